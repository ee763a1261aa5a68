import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ProcedureKey } from '../../../shared/sop/schema';
import { sopTitle } from './sopLabels';
import { useCatalog } from './useCatalog';

export function SopListPage({ onOpen }: { onOpen: (id: string) => void }) {
  const catalog = useCatalog();
  if (!catalog) return null;
  const activeBy = new Map<ProcedureKey, string>(catalog.active.map((a) => [a.key, a.entry.id]));

  return (
    <Stack>
      <Title order={2}>Daftar SOP</Title>
      <Text c="dimmed" size="sm">
        SOP bawaan berasal dari SOP pengadilan yang menjadi dasar Meja TI. Duplikat SOP untuk
        menyesuaikannya dengan kantor Anda; setiap perubahan disimpan sebagai revisi.
      </Text>
      {catalog.problems.map((p) => (
        <Alert key={p.id} color="red" title="SOP rusak">
          {p.message}
        </Alert>
      ))}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          Prosedur aktif kantor
        </Title>
        <Table>
          <Table.Tbody>
            {catalog.active.map((a) => (
              <Table.Tr key={a.key}>
                <Table.Td w={40} fw={700}>
                  {a.key}
                </Table.Td>
                <Table.Td>{a.procedure.judul}</Table.Td>
                <Table.Td>
                  {sopTitle(a.entry.document)}
                  <Text size="xs" c="dimmed">
                    {a.entry.document.pengadilan}
                    {a.isDefault ? ' · bawaan, belum dipilih kantor' : ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Table withTableBorder striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nomor</Table.Th>
            <Table.Th>Judul</Table.Th>
            <Table.Th>Pengadilan</Table.Th>
            <Table.Th>Prosedur</Table.Th>
            <Table.Th>Jenis</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalog.entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.document.nomor ?? '-'}</Table.Td>
              <Table.Td>{e.document.judul}</Table.Td>
              <Table.Td>{e.document.pengadilan}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {e.document.procedures.map((p) => (
                    <Badge
                      key={p.key}
                      variant={activeBy.get(p.key) === e.id ? 'filled' : 'outline'}
                      title={activeBy.get(p.key) === e.id ? `Prosedur ${p.key} aktif` : p.judul}
                    >
                      {p.key}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {e.builtIn ? 'Bawaan' : `Milik kantor, revisi ${e.revision}`}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onOpen(e.id)}
                  aria-label={`Buka ${sopTitle(e.document)} (${e.document.pengadilan})`}
                >
                  Buka
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
