import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../kit/servicesContext';
import { listPeople } from '../people/public';
import { BackupTab } from './BackupTab';
import { NetworkCheckTab } from './NetworkCheckTab';
import { UatTab } from './UatTab';

/** Pengamanan (SOP D): network watch, application acceptance tests, backups. */
export function SecurityPage() {
  const { db } = useServices();
  const people = useLiveQuery(() => listPeople(db), [db]);
  if (!people) return null;
  return (
    <Stack>
      <div>
        <Title order={2}>Pengamanan Perangkat TI</Title>
        <Text c="dimmed">Pemantauan jaringan, uji penerimaan aplikasi dan cadangan data.</Text>
      </div>
      <Tabs defaultValue="jaringan" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="jaringan">Pemantauan Jaringan</Tabs.Tab>
          <Tabs.Tab value="uat">Uji Penerimaan Aplikasi (UAT)</Tabs.Tab>
          <Tabs.Tab value="cadangan">Cadangan Data</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="jaringan">
          <NetworkCheckTab people={people} />
        </Tabs.Panel>
        <Tabs.Panel value="uat">
          <UatTab people={people} />
        </Tabs.Panel>
        <Tabs.Panel value="cadangan">
          <BackupTab people={people} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
