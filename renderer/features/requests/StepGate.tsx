import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import type { ComponentProps } from 'react';
import type { Procedure, Step } from '../../../shared/sop/schema';
import { useServices } from '../../kit/servicesContext';
import { permissionFor, type StepAuthority } from '../delegations/public';
import { stepsRecordableWith } from '../../../shared/requests/stepsTogether';
import { StepForm } from './StepForm';

type Props = Omit<ComponentProps<typeof StepForm>, 'permission'> & {
  procedure: Procedure;
  step: Step;
  authority: StepAuthority;
};

/**
 * The step now in hand, for the signed-in person: its form when they hold the step's role
 * (or act for the official who does), otherwise a notice of who it waits for and no form.
 */
export function StepGate({ authority, ...props }: Props) {
  const { write } = useServices();
  const permission = permissionFor(
    authority,
    props.procedure,
    props.step,
    props.currentUser,
    write.now(),
  );
  if (permission.kind !== 'refused') {
    // The plain steps after it the same person may record: offered to record at once.
    const together = stepsRecordableWith(props.procedure, props.step, (next) => {
      const p = permissionFor(authority, props.procedure, next, props.currentUser, write.now());
      return p.kind !== 'refused' && p.person.id === permission.person.id;
    });
    return <StepForm {...props} permission={permission} together={together} />;
  }
  return (
    <Paper withBorder p="md" bg="gray.0" data-testid="langkah-menunggu">
      <Stack gap="xs">
        <Title order={4}>
          Langkah {props.step.no}: {props.step.kegiatan}
        </Title>
        <Alert color="yellow" title="Langkah ini bukan bagian Anda">
          <Text size="sm">{permission.message}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {props.currentUser
              ? 'Langkah dicatat oleh pemegang peran tersebut, atau oleh Plh./Plt. yang ditunjuk untuknya, setelah masuk di komputer ini.'
              : 'Pilih pengguna di kanan atas dan masuk terlebih dahulu.'}
          </Text>
        </Alert>
      </Stack>
    </Paper>
  );
}
