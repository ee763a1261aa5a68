import { Group, Input } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { JamInput } from './JamInput';
import { TanggalInput } from './TanggalInput';
import { joinTanggalJam, splitTanggalJam } from './tanggalText';

export interface TanggalJamInputProps {
  label: string;
  description?: ReactNode;
  /** "2026-12-04T16:12", or '' when empty: the value the forms stored from datetime-local. */
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  withAsterisk?: boolean;
}

/**
 * A date and a time side by side ("4 Desember 2026" and "16.12"), each typed or picked on
 * its own, so choosing a day in the calendar keeps the time already entered.
 */
export function TanggalJamInput({
  label,
  value = '',
  onChange,
  error,
  ...rest
}: TanggalJamInputProps) {
  const { tanggal, jam } = splitTanggalJam(value);
  // Clicking the label goes to the date, as it did with the single native field.
  const id = useId();
  return (
    <Input.Wrapper id={id} label={label} error={error} {...rest}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TanggalInput
          id={id}
          aria-label={`${label}: tanggal`}
          value={tanggal}
          onChange={(next) => onChange(joinTanggalJam(next, jam))}
          error={Boolean(error)}
          style={{ flex: 1 }}
        />
        <JamInput
          aria-label={`${label}: jam`}
          value={jam}
          onChange={(next) => onChange(joinTanggalJam(tanggal, next))}
          error={Boolean(error)}
          w={90}
        />
      </Group>
    </Input.Wrapper>
  );
}
