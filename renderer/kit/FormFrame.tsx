import { Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormFooter } from './FormFooter';

/** A record form: its title, the fields, the reason the last save failed and Simpan. */
export function FormFrame(props: {
  title: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  error: string | null;
  saving: boolean;
  submitLabel: string;
  onCancel?: () => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <form onSubmit={props.onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={4}>{props.title}</Title>
          {props.children}
          <FormFooter
            error={props.error}
            saving={props.saving}
            submitLabel={props.submitLabel}
            onCancel={props.onCancel}
          />
        </Stack>
      </form>
    </Paper>
  );
}
