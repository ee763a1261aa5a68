import { Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../kit/servicesContext';
import { readRequestSettings } from '../requestSettings';
import { ActorRolesPanel } from '../../delegations/public';
import { NumberingModePanel } from './NumberingModePanel';
import { RequestSettingsPage } from './RequestSettingsPage';

export function RequestSettingsSection() {
  const { db } = useServices();
  const settings = useLiveQuery(() => readRequestSettings(db), [db]);
  if (!settings) return null;
  return (
    <Stack>
      <RequestSettingsPage settings={settings} />
      <NumberingModePanel key={settings.modePenomoran} settings={settings} />
      <ActorRolesPanel />
    </Stack>
  );
}
