import { BarChart, DonutChart } from '@mantine/charts';
import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { StatCell, StatTable } from '../../../shared/statistics/tables';

const COLORS = ['blue.6', 'orange.6', 'red.6', 'teal.6', 'grape.6', 'yellow.6', 'cyan.6', 'lime.6'];

const number = (c: StatCell | undefined) => (typeof c === 'number' ? c : 0);
const text = (c: StatCell | undefined) =>
  c === null || c === undefined ? '-' : typeof c === 'number' ? c.toLocaleString('id-ID') : c;

function Chart({ table }: { table: StatTable }) {
  const rows = table.baris;
  const total = rows.reduce(
    (sum, r) => sum + table.grafik.seri.reduce((s, c) => s + number(r[c]), 0),
    0,
  );
  if (rows.length === 0 || total === 0) {
    return (
      <Text c="dimmed" size="sm">
        Belum ada data pada periode ini.
      </Text>
    );
  }
  if (table.grafik.jenis === 'donat') {
    const column = table.grafik.seri[0] ?? 1;
    return (
      <DonutChart
        data={rows.map((r, i) => ({
          name: text(r[0]),
          value: number(r[column]),
          color: COLORS[i % COLORS.length] ?? 'blue.6',
        }))}
        withLabels
        withLabelsLine
        size={180}
        thickness={28}
        mx="auto"
      />
    );
  }
  return (
    <BarChart
      h={Math.max(200, Math.min(420, rows.length * 28 + 80))}
      data={rows.map((r) =>
        Object.fromEntries([
          ['label', text(r[0])],
          ...table.grafik.seri.map((c) => [`s${c}`, number(r[c])]),
        ]),
      )}
      dataKey="label"
      orientation={rows.length > 8 ? 'vertical' : 'horizontal'}
      yAxisProps={rows.length > 8 ? { width: 140 } : undefined}
      type={table.grafik.bertumpuk ? 'stacked' : 'default'}
      withLegend={table.grafik.seri.length > 1}
      series={table.grafik.seri.map((c, i) => ({
        name: `s${c}`,
        label: table.kolom[c] ?? '',
        color: COLORS[i % COLORS.length] ?? 'blue.6',
      }))}
    />
  );
}

/** A chart with its table beside it. */
export function StatSection({ table }: { table: StatTable }) {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {table.judul}
      </Title>
      {/* A wide table goes under its chart rather than beside it. */}
      <SimpleGrid cols={{ base: 1, lg: table.kolom.length > 4 ? 1 : 2 }} spacing="lg">
        <div>
          <Chart table={table} />
        </div>
        <Table striped withTableBorder aria-label={table.judul} fz="sm">
          <Table.Thead>
            <Table.Tr>
              {table.kolom.map((k) => (
                <Table.Th key={k}>{k}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.baris.map((r, i) => (
              <Table.Tr key={i}>
                {r.map((c, j) => (
                  <Table.Td key={j} ta={typeof c === 'number' ? 'right' : undefined}>
                    {text(c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Paper>
  );
}
