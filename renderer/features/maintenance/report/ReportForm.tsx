import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { endOfMonth } from 'date-fns';
import { useState } from 'react';
import { formatBulanTahun, toIsoDate } from '../../../../shared/format/date';
import { MONTHLY_REPORT_SECTIONS } from '../../../../shared/maintenance/reportSchema';
import type { Office } from '../../../../shared/office/office';
import type { StaffRole } from '../../../../shared/office/roles';
import { toRoman } from '../../../../shared/format/roman';
import type { SopDocument } from '../../../../shared/sop/schema';
import { DraftRestoredNotice } from '../../../kit/DraftRestoredNotice';
import { useDraft } from '../../../kit/drafts';
import { useServices } from '../../../kit/servicesContext';
import { errorMessage } from '../../../api/client';
import type { PersonRow } from '../../../db/rows';
import { PdfPreviewModal } from '../../print/public';
import type { ReportFigures } from '../../../../shared/maintenance/reportFigures';
import { monthlyReportRequest } from './reportRequest';
import { EMPTY_NARASI, saveReportWords, type ReportWords } from './reportStore';
import { sectionSummary } from './sectionSummary';
import type { MonthlyReportRequest } from '../../../../shared/maintenance/reportSchema';
import { TanggalInput } from '../../../kit/TanggalInput';

function firstWith(people: readonly PersonRow[], roles: readonly StaffRole[]): string | null {
  return people.find((p) => p.aktif && p.roles.some((r) => roles.includes(r)))?.id ?? null;
}

function defaults(
  year: number,
  month: number,
  people: readonly PersonRow[],
  me: string | null,
  today: string,
): ReportWords {
  const last = toIsoDate(endOfMonth(new Date(year, month - 1, 1)));
  return {
    nomor: '',
    tanggalLaporan: last < today ? last : today,
    narasi: EMPTY_NARASI,
    dibuatOlehId: me ?? firstWith(people, ['operator']),
    diperiksaOlehId: firstWith(people, ['kasubag']),
    mengetahuiId: firstWith(people, ['sekretaris']),
  };
}

/** The operator's words and the signers of one month's report, then its preview. */
export function ReportForm({
  office,
  year,
  month,
  figures,
  saved,
  people,
  sop,
}: {
  office: Office;
  year: number;
  month: number;
  figures: ReportFigures;
  saved: ReportWords | null;
  people: PersonRow[];
  sop: SopDocument | null;
}) {
  const { db, write } = useServices();
  const draftKey = `monthly-report:${year}-${month}`;
  const form = useForm<ReportWords>({
    initialValues: saved ?? defaults(year, month, people, write.actor(), toIsoDate(write.now())),
  });
  const draft = useDraft(db, draftKey, form.values, (values) => form.setValues(values));
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<MonthlyReportRequest | null>(null);
  const options = people.filter((p) => p.aktif).map((p) => ({ value: p.id, label: p.nama }));

  const save = async (): Promise<boolean> => {
    setError(null);
    try {
      await saveReportWords(write, year, month, form.values);
      await draft.startOver(form.values);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  const print = async () => {
    try {
      const request = monthlyReportRequest({
        office,
        paper: office.kertas,
        year,
        month,
        figures,
        words: form.values,
        people,
        sop,
        printedAt: write.now(),
      });
      if (await save()) setPreview(request);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack>
      <DraftRestoredNotice
        shown={draft.fromDraft}
        onDiscard={() => {
          form.clearErrors();
          void draft.startOver(
            saved ?? defaults(year, month, people, write.actor(), toIsoDate(write.now())),
          );
        }}
      />
      <SimpleGrid cols={{ base: 2, md: 3, xl: 5 }}>
        <TextInput
          label="Nomor laporan"
          placeholder="Kosongkan untuk diisi tangan"
          {...form.getInputProps('nomor')}
        />
        <TanggalInput label="Tanggal laporan" {...form.getInputProps('tanggalLaporan')} />
        <Select
          label="Dibuat oleh"
          searchable
          data={options}
          {...form.getInputProps('dibuatOlehId')}
        />
        <Select
          label="Diperiksa oleh (Kasubag)"
          searchable
          data={options}
          {...form.getInputProps('diperiksaOlehId')}
        />
        <Select
          label="Mengetahui (Sekretaris)"
          searchable
          data={options}
          {...form.getInputProps('mengetahuiId')}
        />
      </SimpleGrid>
      {MONTHLY_REPORT_SECTIONS.map((section, i) => {
        const key = section.narasi;
        const heading = `${toRoman(i + 1)}. ${section.judul}`;
        return (
          <Paper key={section.key} withBorder p="sm">
            <Text fw={600}>{heading}</Text>
            {key === null ? (
              <Text size="sm" c="dimmed">
                {sop
                  ? `${sop.nomor ? `${sop.nomor} ` : ''}${sop.judul}: prosedur C dan D.`
                  : 'SOP prosedur C belum tersedia.'}
              </Text>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {sectionSummary(key, figures)}
                </Text>
                <Textarea
                  mt={4}
                  aria-label={`Uraian ${section.judul}`}
                  placeholder="Uraian tambahan (boleh dikosongkan)"
                  autosize
                  minRows={2}
                  {...form.getInputProps(`narasi.${key}`)}
                />
              </>
            )}
          </Paper>
        );
      })}
      {error && <Alert color="red">{error}</Alert>}
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() =>
            void save().then(
              (ok) =>
                ok && notifications.show({ color: 'green', message: 'Uraian laporan tersimpan.' }),
            )
          }
        >
          Simpan
        </Button>
        <Button onClick={() => void print()}>Pratinjau dan Cetak</Button>
      </Group>
      <PdfPreviewModal
        title={`Laporan ${formatBulanTahun(year, month)}`}
        request={preview}
        suggestedName={`laporan-pemeliharaan-ti-${year}-${String(month).padStart(2, '0')}.pdf`}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
