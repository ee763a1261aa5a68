import { Input, Text } from '@mantine/core';
import type { StepPermission } from '../../../shared/office/stepActors';

/** Who is recording a step or a decision: the signed-in person, and for whom when a Plh./Plt. */
export function ActingSigner({
  permission,
}: {
  permission: Exclude<StepPermission, { kind: 'refused' }>;
}) {
  const { person } = permission;
  return (
    <Input.Wrapper label="Petugas">
      <Text data-testid="petugas-langkah" mt={6}>
        {person.nama} — {person.jabatan}
      </Text>
      {permission.kind === 'delegate' && (
        <Text size="sm" c="teal.8" data-testid="atas-nama-langkah">
          {permission.delegation.jenis} {permission.official.jabatan} ({permission.official.nama}
          ), surat {permission.delegation.nomorSurat}
        </Text>
      )}
    </Input.Wrapper>
  );
}
