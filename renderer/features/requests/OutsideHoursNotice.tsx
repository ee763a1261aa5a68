import { Alert, Text } from '@mantine/core';
import {
  outsideWorkingTime,
  outsideWorkingTimeNotice,
} from '../../../shared/requests/outsideWorkingTime';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import { fromLocalInput } from './receptionValues';

/**
 * Under the received time: says when it is outside the office's working time (a day off, a
 * holiday, after hours) and from when the service time counts. The time stays as typed.
 */
export function OutsideHoursNotice({
  diterimaLokal,
  hours,
}: {
  diterimaLokal: string;
  hours: OfficeHours;
}) {
  const iso = fromLocalInput(diterimaLokal);
  const outside = iso === null ? null : outsideWorkingTime(new Date(iso), hours);
  if (outside === null) return null;
  return (
    <Alert color="yellow" mt="sm" role="status" aria-label="Di luar jam kerja">
      {outsideWorkingTimeNotice(outside)}
    </Alert>
  );
}

/** The same, as a line under a request's received time (inside a paragraph). */
export function OutsideHoursHint({
  diterimaPada,
  hours,
}: {
  diterimaPada: string;
  hours: OfficeHours;
}) {
  const outside = outsideWorkingTime(new Date(diterimaPada), hours);
  if (outside === null) return null;
  return (
    <Text span display="block" size="xs" c="orange.9" data-testid="di-luar-jam-kerja">
      {outsideWorkingTimeNotice(outside)}
    </Text>
  );
}
