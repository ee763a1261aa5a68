import { DateInput } from '@mantine/dates';
import type { CSSProperties, FocusEventHandler, ReactNode } from 'react';
import { parseTanggal } from './tanggalText';

export interface TanggalInputProps {
  id?: string;
  label?: ReactNode;
  'aria-label'?: string;
  description?: ReactNode;
  /** "2026-12-04", or '' when empty: the value the forms stored from the native input. */
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  withAsterisk?: boolean;
  disabled?: boolean;
  /** Lets the field be emptied (an optional date). */
  clearable?: boolean;
  /**
   * "2026-12-04": later days are greyed out in the calendar. A later day typed stays in the
   * field, so the form's own check says why it is refused instead of the field dropping it.
   */
  maxDate?: string;
  minDate?: string;
  onFocus?: FocusEventHandler<HTMLInputElement>;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  style?: CSSProperties;
}

/**
 * A date read the Indonesian way whatever the PC's locale: shows "4 Desember 2026", accepts
 * typed "04/12/2026" or "4 Desember 2026", and opens a calendar in Indonesian (Senin first,
 * from the DatesProvider at the app root).
 */
export function TanggalInput({
  value = '',
  onChange,
  clearable = false,
  maxDate,
  minDate,
  ...rest
}: TanggalInputProps) {
  return (
    <DateInput
      {...rest}
      getDayProps={(day) => ({
        disabled:
          (maxDate !== undefined && day > maxDate) || (minDate !== undefined && day < minDate),
      })}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      dateParser={parseTanggal}
      valueFormat="D MMMM YYYY"
      weekdayFormat="ddd"
      placeholder="mis. 04/12/2026"
      clearable={clearable}
      allowDeselect={clearable}
      nextLabel="Bulan berikutnya"
      previousLabel="Bulan sebelumnya"
      ariaLabels={{
        nextMonth: 'Bulan berikutnya',
        previousMonth: 'Bulan sebelumnya',
        nextYear: 'Tahun berikutnya',
        previousYear: 'Tahun sebelumnya',
        nextDecade: 'Dekade berikutnya',
        previousDecade: 'Dekade sebelumnya',
        monthLevelControl: 'Pilih bulan',
        yearLevelControl: 'Pilih tahun',
      }}
      clearButtonProps={{ 'aria-label': 'Kosongkan tanggal' }}
    />
  );
}
