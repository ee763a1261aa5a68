import { Accordion, Table, Text } from '@mantine/core';
import { NATIONAL_HOLIDAY_YEARS } from '../../../../shared/calendar/nationalHolidays';
import { formatHariTanggal, fromIsoDate } from '../../../../shared/format/date';

function hariTanggal(iso: string): string {
  const date = fromIsoDate(iso);
  return date ? formatHariTanggal(date) : iso;
}

/** The national holidays and cuti bersama working time already skips, year by year. */
export function NationalHolidaysPanel() {
  return (
    <Accordion variant="contained" mt="sm">
      {NATIONAL_HOLIDAY_YEARS.map((year) => (
        <Accordion.Item key={year.tahun} value={String(year.tahun)}>
          <Accordion.Control>
            Hari libur nasional dan cuti bersama {year.tahun} (bawaan, {year.hari.length} hari)
          </Accordion.Control>
          <Accordion.Panel>
            <Text size="xs" c="dimmed" mb="xs">
              Sumber: {year.sumber}.
            </Text>
            <Table striped withTableBorder fz="sm" aria-label={`Hari libur ${year.tahun}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Tanggal</Table.Th>
                  <Table.Th>Keterangan</Table.Th>
                  <Table.Th>Jenis</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {year.hari.map((h) => (
                  <Table.Tr key={h.tanggal}>
                    <Table.Td>{hariTanggal(h.tanggal)}</Table.Td>
                    <Table.Td>{h.nama}</Table.Td>
                    <Table.Td>{h.jenis === 'libur' ? 'Libur nasional' : 'Cuti bersama'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
