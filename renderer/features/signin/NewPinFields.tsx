import { PasswordInput, SimpleGrid } from '@mantine/core';
import { pinProblem } from '../../../shared/signin/pinPolicy';

export interface NewPin {
  pin: string;
  again: string;
}

/** Why a new PIN and its repetition are refused, or null. */
export function newPinProblem(pin: string, again: string): string | null {
  return pinProblem(pin) ?? (pin === again ? null : 'PIN yang diulang tidak sama.');
}

/** "PIN" and "Ulangi PIN", with the policy's message under the first once typed. */
export function NewPinFields({
  value,
  onChange,
  pinLabel = 'PIN',
}: {
  value: NewPin;
  onChange: (v: NewPin) => void;
  pinLabel?: string;
}) {
  const problem = value.pin ? pinProblem(value.pin) : null;
  const mismatch = value.again && value.again !== value.pin ? 'PIN yang diulang tidak sama.' : null;
  return (
    <SimpleGrid cols={2} mt="sm">
      <PasswordInput
        label={pinLabel}
        description="6 angka atau lebih, atau kata sandi"
        value={value.pin}
        onChange={(e) => onChange({ ...value, pin: e.currentTarget.value })}
        error={problem}
        autoComplete="new-password"
      />
      <PasswordInput
        label="Ulangi PIN"
        description="Ketik sekali lagi"
        value={value.again}
        onChange={(e) => onChange({ ...value, again: e.currentTarget.value })}
        error={mismatch}
        autoComplete="new-password"
      />
    </SimpleGrid>
  );
}
