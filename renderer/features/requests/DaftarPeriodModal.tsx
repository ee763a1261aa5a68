import { Button, Group, Modal, Select, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { toIsoDate } from '../../../shared/format/date';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { OfficeHours } from '../../../shared/requests/workingTime';
import type { PersonRow } from '../../db/rows';
import type { RegisterItem } from './registerFilter';
import { useServices } from '../../kit/servicesContext';
import { daftarRequest } from './requestPrints';
import { TanggalInput } from '../../kit/TanggalInput';

interface Props {
  opened: boolean;
  office: Office;
  items: RegisterItem[];
  people: PersonRow[];
  hours: OfficeHours;
  onClose: () => void;
  onPreview: (p: { title: string; request: PdfDocumentRequest; file: string }) => void;
}

function monthBounds(now: Date): { dari: string; sampai: string } {
  const first = new Date(now.getFullYear(), now.getMonth(), 1);
  const last = new Date(now.getFullYear(), now.getMonth() + 1, 0);
  return { dari: toIsoDate(first), sampai: toIsoDate(last) };
}

/** Chooses the period and signer of the Daftar Permintaan Layanan TI. */
export function DaftarPeriodModal({
  opened,
  office,
  items,
  people,
  hours,
  onClose,
  onPreview,
}: Props) {
  const { write } = useServices();
  const [period, setPeriod] = useState(() => monthBounds(write.now()));
  const [signerId, setSignerId] = useState<string | null>(
    () => people.find((p) => p.aktif && p.roles.includes('kasubag'))?.id ?? null,
  );
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(period.dari) &&
    /^\d{4}-\d{2}-\d{2}$/.test(period.sampai) &&
    period.dari <= period.sampai;
  return (
    <Modal opened={opened} onClose={onClose} title="Cetak Daftar Permintaan Layanan TI">
      <Stack>
        <SimpleGrid cols={2}>
          <TanggalInput
            label="Dari tanggal"
            value={period.dari}
            onChange={(dari) => setPeriod({ ...period, dari })}
          />
          <TanggalInput
            label="Sampai tanggal"
            value={period.sampai}
            onChange={(sampai) => setPeriod({ ...period, sampai })}
            error={valid ? undefined : 'Periode tidak valid.'}
          />
        </SimpleGrid>
        <Select
          label="Penanda tangan"
          clearable
          value={signerId}
          onChange={setSignerId}
          data={people
            .filter((p) => p.aktif)
            .map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Batal
          </Button>
          <Button
            disabled={!valid}
            onClick={() =>
              onPreview({
                title: 'Daftar Permintaan Layanan TI',
                request: daftarRequest(
                  office,
                  office.kertas,
                  period,
                  items,
                  hours,
                  people.find((p) => p.id === signerId),
                  write.now(),
                ),
                file: `Daftar Permintaan Layanan TI ${period.dari} sd ${period.sampai}.pdf`,
              })
            }
          >
            Pratinjau
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
