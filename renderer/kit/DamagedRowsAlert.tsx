import { Alert, List, Text } from '@mantine/core';
import type { DamagedRow } from '../db/rowReading';

/**
 * The rows a screen could not read, each marked "Data rusak" with its id and what is wrong,
 * so the rest of the screen stays usable and the operator knows what is missing.
 */
export function DamagedRowsAlert({ rows, what }: { rows: readonly DamagedRow[]; what: string }) {
  if (rows.length === 0) return null;
  return (
    <Alert color="red" title={`Data rusak: ${rows.length} ${what} tidak dapat ditampilkan`}>
      <Text size="sm" mb="xs">
        Data berikut tersimpan tidak lengkap atau tidak sah dan dilewati. Data lainnya tetap
        ditampilkan.
      </Text>
      <List size="sm" aria-label="Data rusak">
        {rows.map((row) => (
          <List.Item key={row.id}>
            Data rusak{' '}
            <Text span ff="monospace" size="xs">
              {row.id}
            </Text>
            : {row.problem}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
