import { TextInput } from '@mantine/core';
import { useState, type FocusEventHandler, type ReactNode } from 'react';
import { formatJam, parseJam } from './tanggalText';

export interface JamInputProps {
  label?: ReactNode;
  'aria-label'?: string;
  description?: ReactNode;
  /** "16:12", or '' when empty: the value the forms stored from the native time input. */
  value?: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  withAsterisk?: boolean;
  disabled?: boolean;
  onFocus?: FocusEventHandler<HTMLInputElement>;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  /** Width in pixels; the table of office hours uses the default. */
  w?: number;
}

/**
 * A time on the 24-hour clock written the Indonesian way, "16.12"; "16:12" is accepted too.
 * What is typed stays as typed until it reads as a time, and is tidied when the field is left.
 */
export function JamInput({ value = '', onChange, onBlur, ...rest }: JamInputProps) {
  // What is being typed, while it is; otherwise the value itself is shown, so a value set
  // from outside (a restored draft, "start over") appears at once.
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <TextInput
      {...rest}
      value={typing ?? formatJam(value)}
      placeholder={rest.disabled ? undefined : 'mis. 16.12'}
      inputMode="numeric"
      autoComplete="off"
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setTyping(typed);
        if (typed.trim() === '') onChange('');
        else {
          const parsed = parseJam(typed);
          if (parsed !== null) onChange(parsed);
        }
      }}
      onBlur={(event) => {
        setTyping(null);
        onBlur?.(event);
      }}
    />
  );
}
