import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatTanggal, fromIsoDate, toIsoDate } from '../../../shared/format/date';
import { errorMessage } from '../../api/client';
import type { DelegationRow, PersonRow } from '../../db/rows';
import { useServices } from '../../kit/servicesContext';
import { listPeople, readCurrentUser } from '../people/public';
import { DelegationForm } from './DelegationForm';
import { NO_ROLES_EVENTS } from './delegationEvents';
import { listDelegations, revokeDelegation } from './delegationStore';

type Status = 'berlaku' | 'akanDatang' | 'lewat' | 'dicabut';
const STATUS: Record<Status, { label: string; color: string }> = {
  berlaku: { label: 'Berlaku', color: 'teal.8' },
  akanDatang: { label: 'Akan datang', color: 'blue.8' },
  lewat: { label: 'Sudah lewat', color: 'dimmed' },
  dicabut: { label: 'Dicabut', color: 'red.8' },
};
const ORDER: Status[] = ['berlaku', 'akanDatang', 'lewat', 'dicabut'];

function statusOf(d: DelegationRow, today: string): Status {
  if (d.dicabut) return 'dicabut';
  if (d.sampai < today) return 'lewat';
  return d.dari > today ? 'akanDatang' : 'berlaku';
}

const tanggal = (iso: string) => {
  const date = fromIsoDate(iso);
  return date ? formatTanggal(date) : iso;
};

/** Plh./Plt.: who acts for which official, when, under which letter; administrators only. */
export function DelegationsPage() {
  const { db, write, rolesEvents } = useServices();
  const data = useLiveQuery(async () => {
    const people = await listPeople(db);
    const me = await readCurrentUser(db);
    return {
      people,
      delegations: await listDelegations(db),
      admin: people.some((p) => p.id === me && p.aktif && p.roles.includes('administrator')),
    };
  }, [db]);
  if (!data) return null;
  const today = toIsoDate(write.now());
  const named = (id: string, people: PersonRow[]) => {
    const p = people.find((x) => x.id === id);
    return p ? `${p.nama} (${p.jabatan})` : 'Pegawai tidak dikenal';
  };
  const rows = [...data.delegations].sort(
    (a, b) => ORDER.indexOf(statusOf(a, today)) - ORDER.indexOf(statusOf(b, today)),
  );
  const revoke = async (d: DelegationRow) => {
    try {
      await revokeDelegation(write, d.id, rolesEvents ?? NO_ROLES_EVENTS);
      notifications.show({ color: 'green', message: `${d.jenis} ${d.nomorSurat} dicabut.` });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };

  return (
    <Stack>
      <Title order={2}>Plh./Plt.</Title>
      <Text size="sm" c="dimmed" maw={820}>
        Selama pejabat berhalangan, pegawai yang ditunjuk dengan surat dapat mencatat langkah SOP
        pejabat itu pada masa penunjukan; dokumen mencetak blok tanda tangan &quot;Plh.&quot; atau
        &quot;Plt.&quot; dengan nama dan NIP pegawai yang ditunjuk.
      </Text>
      {data.admin ? (
        <DelegationForm people={data.people} />
      ) : (
        <Alert color="yellow">
          Hanya Administrator yang dapat mencatat atau mencabut Plh./Plt.
        </Alert>
      )}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Jenis</Table.Th>
            <Table.Th>Pejabat yang digantikan</Table.Th>
            <Table.Th>Pegawai yang ditunjuk</Table.Th>
            <Table.Th>Masa</Table.Th>
            <Table.Th>Nomor surat</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => {
            const status = statusOf(d, today);
            return (
              <Table.Tr key={d.id} data-testid="baris-delegasi">
                <Table.Td>{d.jenis}</Table.Td>
                <Table.Td>{named(d.untukPersonId, data.people)}</Table.Td>
                <Table.Td>{named(d.delegasiPersonId, data.people)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {tanggal(d.dari)} s.d. {tanggal(d.sampai)}
                </Table.Td>
                <Table.Td>{d.nomorSurat}</Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    fw={600}
                    c={STATUS[status].color}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {STATUS[status].label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {data.admin && status !== 'dicabut' && status !== 'lewat' && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => void revoke(d)}>
                      Cabut
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text size="sm" c="dimmed">
                  Belum ada Plh./Plt. yang dicatat.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
