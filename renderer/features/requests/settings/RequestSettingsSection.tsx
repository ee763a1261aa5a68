import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/servicesContext';
import { readRequestSettings } from '../requestSettings';
import { RequestSettingsPage } from './RequestSettingsPage';

export function RequestSettingsSection() {
  const { db } = useServices();
  const settings = useLiveQuery(() => readRequestSettings(db), [db]);
  return settings ? <RequestSettingsPage settings={settings} /> : null;
}
