import { Alert, Button, FileButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { csvFirstColumn, holidaysFromRows } from '../../../../shared/calendar/holidayImport';
import { errorMessage } from '../../../api/client';
import { readFirstSheet } from '../../../kit/sheetFile';
import { formatTanggalAngka, parseTanggal } from '../../../kit/tanggalText';

/** A list of holidays is a few kilobytes; anything much larger is not one. */
const MAX_BYTES = 2 * 1024 * 1024;

interface Props {
  /** The dates typed so far, one per line. */
  value: string;
  onChange: (value: string) => void;
}

type Outcome = { color: 'green' | 'yellow' | 'red'; text: string };

async function readRows(file: File) {
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
    return csvFirstColumn(await file.text());
  }
  return readFirstSheet(await file.arrayBuffer());
}

/**
 * Adds the dates of a .xlsx or .csv file to Hari libur tambahan: nothing is saved until the
 * office presses Simpan, and rows that hold no date are named.
 */
export function HolidayImportButton({ value, onChange }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setOutcome({ color: 'red', text: `${file.name} terlalu besar untuk daftar hari libur.` });
      return;
    }
    setBusy(true);
    try {
      const { dates, skipped } = holidaysFromRows(await readRows(file), parseTanggal);
      const lines = value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const known = new Set(lines.map((l) => parseTanggal(l) ?? l));
      const added = dates.filter((d) => !known.has(d));
      onChange([...lines, ...added.map(formatTanggalAngka)].join('\n'));
      const skippedText = skipped.length
        ? ` Baris yang bukan tanggal dilewati: ${skipped
            .slice(0, 5)
            .map((s) => `baris ${s.row} ("${s.text}")`)
            .join(', ')}${skipped.length > 5 ? ` dan ${skipped.length - 5} baris lain` : ''}.`
        : '';
      const already = dates.length - added.length;
      setOutcome({
        color: dates.length === 0 ? 'red' : skipped.length ? 'yellow' : 'green',
        text:
          dates.length === 0
            ? `Tidak ada tanggal yang terbaca dari ${file.name}.${skippedText}`
            : `${added.length} tanggal ditambahkan dari ${file.name}` +
              `${already ? ` (${already} sudah ada)` : ''}; tekan Simpan Pengaturan Layanan untuk menyimpannya.${skippedText}`,
      });
    } catch (e) {
      setOutcome({ color: 'red', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Group mt={6}>
        <FileButton onChange={(f) => void pick(f)} accept=".xlsx,.csv,text/csv">
          {(props) => (
            <Button {...props} variant="light" size="xs" loading={busy}>
              Impor tanggal dari berkas (.xlsx/.csv)…
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          Tanggal dibaca dari sel pertama yang terisi pada setiap baris.
        </Text>
      </Group>
      {outcome && (
        <Alert color={outcome.color} mt="xs" withCloseButton onClose={() => setOutcome(null)}>
          {outcome.text}
        </Alert>
      )}
    </>
  );
}
