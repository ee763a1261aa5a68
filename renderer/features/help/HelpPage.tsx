import { Accordion, Highlight, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { searchGuides, searchWords, type Guide } from './guide';
import { GuideView } from './GuideView';
import { ReportProblemPanel } from './ReportProblemPanel';
import { SHORTCUTS } from './shortcuts';

/** Bantuan: every screen's guide with a search over their text, the shortcuts, and a report. */
export function HelpPage({
  guides,
  fromScreen,
}: {
  guides: readonly Guide[];
  /** The screen the user came from, named in the problem report. */
  fromScreen: string;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const hits = useMemo(() => searchGuides(guides, query), [guides, query]);
  const words = searchWords(query);

  return (
    <Stack>
      <Title order={2}>Bantuan</Title>
      <Text>
        Panduan setiap layar Meja TI: kegunaannya, langkah SOP yang dicatatnya, arti setiap isian,
        dan dokumen yang dicetaknya. Tekan F1 di layar mana pun untuk membuka panduan layar itu.
      </Text>
      <TextInput
        label="Cari dalam panduan"
        placeholder="mis. disposisi, kode BMN, kop surat"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={480}
      />
      {words.length > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {hits.length === 0
            ? 'Tidak ada panduan yang memuat semua kata itu.'
            : `${hits.length} panduan memuat kata yang dicari.`}
        </Text>
      )}
      <Accordion variant="separated" value={open} onChange={setOpen} aria-label="Daftar panduan">
        {hits.map(({ guide, lines }) => (
          <Accordion.Item key={guide.id} value={guide.id}>
            <Accordion.Control>
              <Highlight highlight={words} fw={600}>
                {guide.title}
              </Highlight>
              {lines.map((line, i) => (
                <Highlight key={i} highlight={words} size="sm" c="dimmed" lineClamp={2}>
                  {line}
                </Highlight>
              ))}
            </Accordion.Control>
            <Accordion.Panel>{open === guide.id && <GuideView guide={guide} />}</Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Paper withBorder p="md">
        <Title order={3} mb="sm">
          Pintasan papan ketik
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>Tombol</Table.Th>
              <Table.Th>Kegunaan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SHORTCUTS.map((s) => (
              <Table.Tr key={s.keys}>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {s.keys}
                  </Text>
                </Table.Td>
                <Table.Td>{s.what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <ReportProblemPanel screen={fromScreen} />
    </Stack>
  );
}
