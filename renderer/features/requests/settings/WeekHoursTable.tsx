import { Checkbox, Table } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { WEEKDAY_LABELS } from '../../../../shared/requests/workingTime';
import { JamInput } from '../../../kit/JamInput';
import type { SettingsValues, WeekValues } from './settingsValues';

/** The column each office-hours time sits in, as a screen reader names the field. */
const HOUR_COLUMNS = {
  start: 'jam masuk',
  end: 'jam pulang',
  breakStart: 'istirahat mulai',
  breakEnd: 'istirahat selesai',
} as const;

const ORDER = ['1', '2', '3', '4', '5', '6', '0'] as const;

interface Props {
  form: UseFormReturnType<SettingsValues>;
  /** Where the week sits in the form: 'days', or 'khusus.0.days' for a date range. */
  path: string;
  week: WeekValues;
  /** Put before each field's name for a screen reader, e.g. "Ramadan 1448 H, ". */
  labelPrefix?: string;
}

/** A week's hours: each day with a working switch, its opening, closing and break. */
export function WeekHoursTable({ form, path, week, labelPrefix = '' }: Props) {
  return (
    <Table mt="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Hari</Table.Th>
          <Table.Th>Masuk</Table.Th>
          <Table.Th>Pulang</Table.Th>
          <Table.Th>Istirahat mulai</Table.Th>
          <Table.Th>Istirahat selesai</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ORDER.map((d) => (
          <Table.Tr key={d}>
            <Table.Td>
              <Checkbox
                label={WEEKDAY_LABELS[d]}
                aria-label={labelPrefix ? `${labelPrefix}${WEEKDAY_LABELS[d]}` : undefined}
                {...form.getInputProps(`${path}.${d}.kerja`, { type: 'checkbox' })}
              />
            </Table.Td>
            {(['start', 'end', 'breakStart', 'breakEnd'] as const).map((f) => (
              <Table.Td key={f}>
                <JamInput
                  aria-label={`${labelPrefix}${WEEKDAY_LABELS[d]}: ${HOUR_COLUMNS[f]}`}
                  disabled={!week[d].kerja}
                  {...form.getInputProps(`${path}.${d}.${f}`)}
                />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
