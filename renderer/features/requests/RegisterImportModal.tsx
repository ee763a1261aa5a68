import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Loader,
  Modal,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import { formatTanggalJam } from '../../../shared/format/date';
import {
  cellText,
  findHeaderRow,
  guessMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  mappingErrors,
  parseRegisterImport,
  REQUIRED_IMPORT_FIELDS,
  type ImportCell,
  type ImportMapping,
} from '../../../shared/requests/registerImport';
import { REQUEST_STATUS_LABELS } from '../../../shared/requests/schema';
import { errorMessage } from '../../api/client';
import { readFirstSheet } from '../../kit/sheetFile';
import { useServices } from '../../kit/servicesContext';
import { importRegister, takenNumbers } from './importRegister';
import { readRequestSettings } from './requestSettings';

/** The preview lists this many rows of each kind; the import takes them all. */
const SHOWN_ROWS = 200;
const MAX_FILE_BYTES = 30 * 1024 * 1024;

interface Sheet {
  rows: ImportCell[][];
  headerRow: number;
  taken: Set<string>;
  defaultKategori: string;
}

type Reading =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'failed'; message: string }
  | { state: 'read'; sheet: Sheet };

/** "B — Tgl Terima" for a column of the sheet. */
function columnName(index: number, header: ImportCell | undefined): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  const text = cellText(header);
  return text ? `${name} — ${text}` : `Kolom ${name}`;
}

/**
 * Impor register lama (.xlsx): the user maps the sheet's columns to the register's fields,
 * sees the rows that will be imported and the ones refused with their reason; nothing is
 * written until "Impor" is pressed, then all good rows together or none.
 */
export function RegisterImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { db, write } = useServices();
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [importing, setImporting] = useState(false);
  const latest = useRef(0);

  async function pick(picked: File | null) {
    const token = ++latest.current;
    setFile(picked);
    setMapping(null);
    if (!picked) {
      setReading({ state: 'idle' });
      return;
    }
    if (picked.size > MAX_FILE_BYTES) {
      setReading({ state: 'failed', message: 'Berkas terlalu besar (paling besar 30 MB).' });
      return;
    }
    setReading({ state: 'reading' });
    try {
      const rows = await readFirstSheet(await picked.arrayBuffer());
      const settings = await readRequestSettings(db);
      const headerRow = findHeaderRow(rows);
      const sheet: Sheet = {
        rows,
        headerRow,
        taken: await takenNumbers(db, settings),
        defaultKategori: settings.kategori.includes('Lainnya')
          ? 'Lainnya'
          : (settings.kategori.at(-1) ?? 'Lainnya'),
      };
      if (token !== latest.current) return;
      setMapping(guessMapping(rows[headerRow] ?? []));
      setReading({ state: 'read', sheet });
    } catch (error) {
      if (token === latest.current) setReading({ state: 'failed', message: errorMessage(error) });
    }
  }

  const sheet = reading.state === 'read' ? reading.sheet : null;
  const problems = mapping ? mappingErrors(mapping) : [];
  const parsed = useMemo(
    () =>
      sheet && mapping && mappingErrors(mapping).length === 0
        ? parseRegisterImport(sheet.rows, sheet.headerRow, mapping, {
            now: write.now(),
            taken: sheet.taken,
            defaultKategori: sheet.defaultKategori,
          })
        : null,
    [sheet, mapping, write],
  );
  const ready = parsed?.valid.length ?? 0;

  function reset() {
    latest.current++;
    setFile(null);
    setMapping(null);
    setReading({ state: 'idle' });
    onClose();
  }
  const close = () => {
    if (!importing) reset();
  };

  async function runImport() {
    if (!parsed || ready === 0) return;
    setImporting(true);
    try {
      const count = await importRegister(write, parsed.valid, await readRequestSettings(db));
      notifications.show({ color: 'green', message: `${count} permintaan lama diimpor.` });
      reset();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Impor gagal', message: errorMessage(error) });
    } finally {
      setImporting(false);
    }
  }

  const headers = sheet?.rows[sheet.headerRow] ?? [];
  const columns = Array.from(
    { length: Math.max(headers.length, ...(sheet?.rows.map((r) => r.length) ?? [0])) },
    (_, i) => ({
      value: String(i),
      label: columnName(i, headers[i]),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title="Impor register lama dari .xlsx" size="xl">
      <Stack>
        <FileInput
          label="Berkas .xlsx"
          description="Register yang selama ini dicatat di Excel. Nomor tetap seperti tercetak; baris judul dicari di 10 baris teratas."
          placeholder="Pilih berkas…"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          name="berkasRegister"
          value={file}
          onChange={(f) => void pick(f)}
          clearable
          disabled={importing}
        />
        {reading.state === 'reading' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">Membaca berkas…</Text>
          </Group>
        )}
        {reading.state === 'failed' && (
          <Alert color="red" title="Berkas tidak dapat dibaca">
            {reading.message}
          </Alert>
        )}
        {sheet && mapping && (
          <>
            <Text fw={600}>
              Kolom di berkas untuk setiap isian (baris judul: baris {sheet.headerRow + 1})
            </Text>
            <SimpleGrid cols={3} spacing="xs" verticalSpacing={4}>
              {IMPORT_FIELDS.map((field) => (
                <Select
                  key={field}
                  label={IMPORT_FIELD_LABELS[field]}
                  withAsterisk={REQUIRED_IMPORT_FIELDS.includes(field)}
                  placeholder="Tidak ada"
                  clearable
                  value={mapping[field] === null ? null : String(mapping[field])}
                  onChange={(v) =>
                    setMapping({ ...mapping, [field]: v === null ? null : Number(v) })
                  }
                  data={columns}
                  comboboxProps={{ withinPortal: true }}
                />
              ))}
            </SimpleGrid>
            {problems.length > 0 && (
              <Alert color="orange" title="Pilihan kolom belum lengkap">
                {problems.join(' ')}
              </Alert>
            )}
          </>
        )}
        {parsed && (
          <>
            <Text fw={600} role="status">
              {`${parsed.valid.length} baris siap diimpor`}
              {parsed.errors.length > 0
                ? `, ${parsed.errors.length} baris bermasalah dan akan dilewati.`
                : '.'}
            </Text>
            {parsed.valid.length > 0 && (
              <ScrollArea.Autosize mah={240} type="auto">
                <Table striped withTableBorder stickyHeader aria-label="Pratinjau register lama">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Baris</Table.Th>
                      <Table.Th>Nomor</Table.Th>
                      <Table.Th>Diterima</Table.Th>
                      <Table.Th>Pemohon</Table.Th>
                      <Table.Th>Uraian</Table.Th>
                      <Table.Th>Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {parsed.valid.slice(0, SHOWN_ROWS).map((r) => (
                      <Table.Tr key={r.rowNumber}>
                        <Table.Td>{r.rowNumber}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.nomor}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {formatTanggalJam(new Date(r.diterimaPada))}
                        </Table.Td>
                        <Table.Td>{r.pemohon.nama}</Table.Td>
                        <Table.Td>{r.uraian}</Table.Td>
                        <Table.Td>{REQUEST_STATUS_LABELS[r.status]}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
            {parsed.errors.length > 0 && (
              <ScrollArea.Autosize mah={160} type="auto">
                <List size="sm" c="red.8" spacing={2} aria-label="Baris bermasalah">
                  {parsed.errors.slice(0, SHOWN_ROWS).map((e) => (
                    <List.Item key={e.rowNumber}>
                      Baris {e.rowNumber}: {e.messages.join('; ')}
                    </List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={importing}>
            Batal
          </Button>
          <Button disabled={ready === 0} loading={importing} onClick={() => void runImport()}>
            Impor {ready} permintaan
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
