import { List, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { formatNip } from '../../../shared/format/nip';
import type { SopDocument } from '../../../shared/sop/schema';
import { tanggalOrDash } from './sopLabels';

function Box({ title, items }: { title: string; items: string[] }) {
  return (
    <Paper withBorder p="sm">
      <Text fw={700} size="sm" mb={4}>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          -
        </Text>
      ) : (
        <List type="ordered" size="sm" spacing={2}>
          {items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

/** The identity page of an SOP: number, dates, who approved it, and the six boxes. */
export function SopIdentity({ document: doc }: { document: SopDocument }) {
  const rows: [string, string][] = [
    ['Nomor SOP', doc.nomor ?? '-'],
    ['Tanggal Pembuatan', tanggalOrDash(doc.tanggalPembuatan)],
    ['Tanggal Revisi', tanggalOrDash(doc.tanggalRevisi)],
    ['Tanggal Efektif', tanggalOrDash(doc.tanggalEfektif)],
    [
      'Disahkan oleh',
      doc.disahkanOleh
        ? [
            doc.disahkanOleh.jabatan,
            doc.disahkanOleh.nama ?? '',
            doc.disahkanOleh.nip ? `NIP. ${formatNip(doc.disahkanOleh.nip)}` : '',
          ]
            .filter(Boolean)
            .join(' · ')
        : '-',
    ],
  ];
  return (
    <>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          Identitas SOP
        </Title>
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <SimpleGrid cols={2}>
        <Box title="Dasar Hukum" items={doc.dasarHukum} />
        <Box title="Kualifikasi Pelaksana" items={doc.kualifikasiPelaksana} />
        <Box title="Keterkaitan" items={doc.keterkaitan} />
        <Box title="Peralatan/Perlengkapan" items={doc.peralatanPerlengkapan} />
        <Box title="Peringatan" items={doc.peringatan ? [doc.peringatan] : []} />
        <Box
          title="Pencatatan dan Pendataan"
          items={doc.pencatatanPendataan ? [doc.pencatatanPendataan] : []}
        />
      </SimpleGrid>
      {doc.catatan && (
        <Text size="sm" c="dimmed">
          Catatan: {doc.catatan}
        </Text>
      )}
    </>
  );
}
