import { Paper, Select, Stack, Title } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { FormEvent, ReactNode } from 'react';
import { DraftRestoredNotice } from '../../kit/DraftRestoredNotice';
import { FormFooter } from '../../kit/FormFooter';
import type { PersonRow } from '../../db/rows';
import { personOptions, PETUGAS_ROLES, staffFor } from './securityLabels';
import { TanggalInput as KitTanggalInput } from '../../kit/TanggalInput';

/**
 * The pieces the Pengamanan record forms (backup, network check, UAT) share: the frame with
 * its title, restored-draft notice and footer; the date field that stops at today; the
 * officer select that falls back to every active staff member.
 */

export function RecordFormFrame({
  title,
  onSubmit,
  restoredDraft,
  onStartOver,
  error,
  saving,
  submitLabel,
  children,
}: {
  title: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  restoredDraft: boolean;
  onStartOver: () => void;
  error: string | null;
  saving: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <DraftRestoredNotice shown={restoredDraft} onDiscard={onStartOver} />
          <Title order={4}>{title}</Title>
          {children}
          <FormFooter error={error} saving={saving} submitLabel={submitLabel} />
        </Stack>
      </form>
    </Paper>
  );
}

/** The record's date: required, never after today. */
export function TanggalInput({
  label,
  today,
  input,
}: {
  label: string;
  today: string;
  input: GetInputPropsReturnType;
}) {
  return <KitTanggalInput label={label} withAsterisk maxDate={today} {...input} />;
}

/** The officers who may record (Operator, else every active staff member), and who to preselect. */
export function petugasOf(people: readonly PersonRow[], me: string | null) {
  const petugas = staffFor(people, PETUGAS_ROLES);
  const preselected = petugas.people.find((p) => p.id === me)?.id ?? petugas.people[0]?.id ?? null;
  return { ...petugas, preselected };
}

export function PetugasSelect({
  label = 'Petugas',
  petugas,
  input,
}: {
  label?: string;
  petugas: { people: PersonRow[]; fallback: boolean };
  input: GetInputPropsReturnType;
}) {
  return (
    <Select
      label={label}
      withAsterisk
      searchable
      data={personOptions(petugas.people)}
      description={petugas.fallback ? 'Belum ada Operator; semua pegawai ditampilkan.' : undefined}
      {...input}
    />
  );
}
