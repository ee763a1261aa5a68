import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { totalLines } from '../../../shared/sop/totalText';
import type { Procedure } from '../../../shared/sop/schema';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import { setActiveProcedure } from './activeProcedures';
import { ProcedureTable } from './flowchart/ProcedureTable';

interface Props {
  sopId: string;
  procedure: Procedure;
  active: boolean;
}

/** One procedure: whether the office runs on it, its time total, and its table. */
export function ProcedurePanel({ sopId, procedure, active }: Props) {
  const { write } = useServices();
  const lines = totalLines(procedure);
  const activate = async () => {
    try {
      await setActiveProcedure(write, procedure.key, sopId);
      notifications.show({
        color: 'green',
        message: `Prosedur ${procedure.key} kantor kini memakai SOP ini.`,
      });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <Stack gap="sm" pt="sm">
      <Group justify="space-between" align="flex-start">
        <Title order={4}>
          {procedure.key}. {procedure.judul}
        </Title>
        {active ? (
          <Badge size="lg" color="teal">
            Prosedur aktif kantor
          </Badge>
        ) : (
          <Button size="xs" variant="light" onClick={() => void activate()}>
            Jadikan prosedur {procedure.key} aktif
          </Button>
        )}
      </Group>
      <ProcedureTable procedure={procedure} />
      <Stack gap={2}>
        {lines
          .filter((l) => !l.italics)
          .map((l) => (
            <Text key={l.lead ?? l.text} size="sm">
              <b>{l.lead}</b> {l.text}
            </Text>
          ))}
      </Stack>
      {lines
        .filter((l) => l.italics)
        .map((l) => (
          <Alert key={l.text} color="yellow" title="Total di dokumen tidak sesuai">
            {l.text.replace(/^Catatan: /, '')}
          </Alert>
        ))}
    </Stack>
  );
}
