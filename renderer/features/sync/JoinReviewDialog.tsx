import { Alert, Button, Group, Modal, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatNip } from '../../../shared/format/nip';
import { KOP_TEXT_POSITION_LABELS, type Office } from '../../../shared/office/office';
import type { PersonRow } from '../../db/rows';
import { useServices } from '../../kit/servicesContext';
import { useSaving } from '../../kit/useSaving';
import { readCurrentUser } from '../people/public';
import {
  applyJoinChoices,
  OFFICE_FIELD_LABELS,
  readJoinDifferences,
  type JoinChoices,
  type Source,
} from './joinReview';

const SOURCES = [
  { value: 'workspace', label: 'Pakai data ruang kerja' },
  { value: 'local', label: 'Pakai data PC ini' },
];

function shown(value: Office[keyof Office]): string {
  if (value === null || value === undefined || value === '') return '(kosong)';
  if (typeof value === 'object') return `Logo ${value.width} × ${value.height} piksel`;
  if (value === 'tengahHalaman' || value === 'sampingLogo') return KOP_TEXT_POSITION_LABELS[value];
  return value;
}

function personLine(p: PersonRow): string {
  return `${p.nama} — ${p.jabatan}`;
}

/**
 * Shown once a PC that joined with its own data has the workspace's: per office field and
 * per staff member with the same NIP, the operator picks whose data stays. Nothing of this
 * PC reaches the other PCs before.
 */
export function JoinReviewDialog() {
  const services = useServices();
  const differences = useLiveQuery(() => readJoinDifferences(services.db), [services.db]);
  const [picked, setPicked] = useState<JoinChoices>({ office: {}, people: {} });
  const saving = useSaving();
  // Once saved, the review is over for this PC: the dialog does not wait for the live query
  // to see the hold gone. Under load that query was seen to deliver a result read between
  // the save's writes after the one read when they were done, and the dialog came back with
  // the half-saved differences. Leaving the workspace unmounts it, so a later join reviews
  // afresh.
  const [saved, setSaved] = useState(false);
  if (!differences || saved) return null;
  const { office, people } = differences;
  const save = () =>
    saving.run(async () => {
      await applyJoinChoices(services.write, picked);
      // This PC's user may have been merged into the workspace's person.
      services.setActor(await readCurrentUser(services.db));
      setPicked({ office: {}, people: {} });
      setSaved(true);
    });
  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      size="xl"
      title="Data PC ini berbeda dengan ruang kerja"
    >
      <Stack>
        <Text size="sm">
          PC ini sudah berisi data sebelum bergabung. Data ruang kerja sudah diterima; pilih untuk
          setiap isian data mana yang dipakai. Data PC ini belum dikirim ke PC lain sebelum pilihan
          disimpan.
        </Text>
        {office.length > 0 && (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Identitas kantor</Table.Th>
                <Table.Th>Ruang kerja</Table.Th>
                <Table.Th>PC ini</Table.Th>
                <Table.Th>Pilihan</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {office.map((d) => (
                <Table.Tr key={d.field}>
                  <Table.Td>{OFFICE_FIELD_LABELS[d.field]}</Table.Td>
                  <Table.Td>{shown(d.workspace)}</Table.Td>
                  <Table.Td>{shown(d.local)}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={`Pilihan ${OFFICE_FIELD_LABELS[d.field]}`}
                      data={SOURCES}
                      value={picked.office[d.field] ?? 'workspace'}
                      onChange={(v) =>
                        setPicked((p) => ({
                          ...p,
                          office: { ...p.office, [d.field]: v as Source },
                        }))
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {people.length > 0 && (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Pegawai dengan NIP sama</Table.Th>
                <Table.Th>Ruang kerja</Table.Th>
                <Table.Th>PC ini</Table.Th>
                <Table.Th>Pilihan</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((d) => (
                <Table.Tr key={d.nip}>
                  <Table.Td>{formatNip(d.nip)}</Table.Td>
                  <Table.Td>{personLine(d.workspace)}</Table.Td>
                  <Table.Td>{personLine(d.local)}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={`Pilihan pegawai ${formatNip(d.nip)}`}
                      data={SOURCES}
                      value={picked.people[d.nip] ?? 'workspace'}
                      onChange={(v) =>
                        setPicked((p) => ({ ...p, people: { ...p.people, [d.nip]: v as Source } }))
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {people.length > 0 && (
          <Text size="xs" c="dimmed">
            Pegawai dengan NIP sama digabung menjadi satu orang; semua catatan yang merujuk ke salah
            satunya tetap ada dan merujuk ke orang itu.
          </Text>
        )}
        {saving.error && <Alert color="red">{saving.error}</Alert>}
        <Group justify="flex-end">
          <Button loading={saving.saving} onClick={() => void save()}>
            Simpan pilihan
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
