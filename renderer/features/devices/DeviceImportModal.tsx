import {
  Alert,
  Button,
  FileInput,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import {
  DEVICE_SHEET_FIELDS,
  deviceSheetHeader,
  parseDeviceSheet,
  type DeviceColumnMapping,
  type ParsedDeviceSheet,
  type SheetCell,
} from '../../../shared/devices/deviceSheet';
import { type DeviceTypeLabels } from '../../../shared/devices/deviceTypes';
import { addDeviceType, useDeviceTypes } from './deviceTypeStore';
import { RowErrors, ValidRows } from './ImportPreviewRows';
import { ImportTypeChoice, resolveTypeChoices, type TypeChoices } from './ImportTypeChoice';
import { useServices } from '../../kit/servicesContext';
import { errorMessage } from '../../api/client';
import { listDevices } from './deviceStore';
import { readDeviceWorkbook, writeDeviceWorkbook } from './deviceXlsx';
import { importDevices } from './importDevices';
import { readDeviceMapping, saveDeviceMapping } from './deviceImportMapping';
import type { DeviceRow } from '../../db/rows';
import { useSaveWorkbook } from '../../kit/saveWorkbook';
import { recordAuditEvent } from '../audit/public';

/** Larger files are refused before they are read (5000 devices take well under 1 MB). */
const MAX_FILE_BYTES = 30 * 1024 * 1024;

type Reading =
  | { state: 'idle' }
  | { state: 'reading' }
  | { state: 'failed'; message: string }
  | { state: 'read'; rows: SheetCell[][]; existing: DeviceRow[] };

function summary(sheet: ParsedDeviceSheet): string {
  const ready = `${sheet.valid.length} baris siap diimpor`;
  if (sheet.errors.length === 0) return `${ready}.`;
  return `${ready}, ${sheet.errors.length} baris bermasalah dan akan dilewati.`;
}

/**
 * Impor perangkat dari .xlsx: the file is read and checked row by row, the good rows are
 * shown, the bad ones listed with the reason; nothing is written until "Impor" is pressed,
 * and then the good rows land together or not at all.
 */
export function DeviceImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { db, write } = useServices();
  const template = useSaveWorkbook();
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [importing, setImporting] = useState(false);
  const [mapping, setMapping] = useState<DeviceColumnMapping>({});
  const [choices, setChoices] = useState<TypeChoices>({});
  const office = useDeviceTypes();
  // A file picked while another is still being read wins.
  const latest = useRef(0);

  async function pick(picked: File | null) {
    const token = ++latest.current;
    setFile(picked);
    if (!picked) {
      setReading({ state: 'idle' });
      return;
    }
    if (picked.size > MAX_FILE_BYTES) {
      setReading({ state: 'failed', message: 'Berkas terlalu besar (paling besar 30 MB).' });
      return;
    }
    setReading({ state: 'reading' });
    try {
      const rows = await readDeviceWorkbook(await picked.arrayBuffer());
      const existing = await listDevices(db);
      const remembered = await readDeviceMapping(db);
      if (token !== latest.current) return;
      setMapping(remembered);
      setChoices({});
      setReading({ state: 'read', rows, existing });
    } catch (error) {
      if (token === latest.current) setReading({ state: 'failed', message: errorMessage(error) });
    }
  }

  function reset() {
    latest.current++;
    setFile(null);
    setReading({ state: 'idle' });
    onClose();
  }
  // Closing while the rows are being written would hide how the import ended.
  const close = () => {
    if (!importing) reset();
  };

  const read = reading.state === 'read' ? reading : null;
  const header = useMemo(
    () => (read ? deviceSheetHeader(read.rows, mapping) : null),
    [read, mapping],
  );
  const types = useMemo(() => office?.types ?? [], [office]);
  // The unknown type names come out of the reading itself; the choices resolve them.
  const unknown = useMemo(
    () =>
      read
        ? parseDeviceSheet(read.rows, {
            currentYear: write.now().getFullYear(),
            existing: read.existing,
            mapping,
            types,
          }).unknownTypes
        : [],
    [read, mapping, write, types],
  );
  const resolved = useMemo(
    () => resolveTypeChoices(unknown, choices, types),
    [unknown, choices, types],
  );
  const sheet = useMemo(
    () =>
      read && office
        ? parseDeviceSheet(read.rows, {
            currentYear: write.now().getFullYear(),
            existing: read.existing,
            mapping,
            types,
            typeChoices: resolved.typeChoices,
          })
        : null,
    [read, office, mapping, write, types, resolved],
  );
  const previewLabels: DeviceTypeLabels = {
    ...office?.labels,
    ...Object.fromEntries(resolved.added.map((t) => [t.code, t.name])),
  };
  const ready = sheet?.valid.length ?? 0;

  async function runImport() {
    if (!sheet || ready === 0) return;
    setImporting(true);
    try {
      // The new types are added first (a code may differ from the preview's if another
      // PC took it meanwhile), then the devices naming them.
      const codes = new Map<string, string>();
      for (const t of resolved.added) {
        if (!sheet.valid.some((v) => v.device.jenis === t.code)) continue;
        codes.set(t.code, await addDeviceType(write, t.name));
      }
      const count = await importDevices(
        write,
        sheet.valid.map((v) => ({
          ...v.device,
          jenis: codes.get(v.device.jenis) ?? v.device.jenis,
        })),
      );
      await recordAuditEvent(write, {
        kind: 'impor',
        table: 'devices',
        detail: { berkas: file?.name ?? '', diimpor: count, ditolak: sheet.errors.length },
      });
      // The headings of this file fill the same fields next time (a SIMAK-BMN export).
      if (header) await saveDeviceMapping(write, header.chosen);
      notifications.show({ color: 'green', message: `${count} perangkat diimpor.` });
      reset();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Impor gagal', message: errorMessage(error) });
    } finally {
      setImporting(false);
    }
  }

  return (
    <Modal opened={opened} onClose={close} title="Impor perangkat dari .xlsx" size="xl">
      <Stack>
        <Group align="flex-end" wrap="nowrap">
          <FileInput
            label="Berkas .xlsx"
            description="Baris judul (di 10 baris teratas) wajib memuat kolom Jenis, Merek, Ruangan dan Kondisi."
            placeholder="Pilih berkas…"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            name="berkasPerangkat"
            value={file}
            onChange={(f) => void pick(f)}
            clearable
            disabled={importing}
            style={{ flex: 1 }}
          />
          <Button
            variant="subtle"
            loading={template.busy}
            onClick={() =>
              void template.save(() => writeDeviceWorkbook([]), 'templat-perangkat-ti.xlsx')
            }
          >
            Unduh templat
          </Button>
        </Group>

        {reading.state === 'reading' && (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">Membaca berkas…</Text>
          </Group>
        )}
        {reading.state === 'failed' && (
          <Alert color="red" title="Berkas tidak dapat dibaca">
            {reading.message}
          </Alert>
        )}
        {header && (
          <ColumnChoice
            headings={header.headings}
            chosen={header.chosen}
            onChange={(field, heading) => {
              const next: DeviceColumnMapping = Object.fromEntries(
                Object.entries({ ...header.chosen, [field]: heading }).filter(([, h]) => h),
              );
              setMapping(next);
            }}
          />
        )}
        {sheet?.headerError && (
          <Alert color="red" title="Baris judul tidak sesuai">
            {sheet.headerError}
          </Alert>
        )}
        {sheet && !sheet.headerError && (
          <>
            <ImportTypeChoice
              unknown={unknown}
              choices={choices}
              types={types}
              onChange={(key, choice) => setChoices((c) => ({ ...c, [key]: choice }))}
            />
            <Text fw={600} role="status">
              {sheet.valid.length === 0 && sheet.errors.length === 0
                ? 'Tidak ada baris perangkat di bawah baris judul.'
                : summary(sheet)}
            </Text>
            <ValidRows sheet={sheet} labels={previewLabels} />
            <RowErrors sheet={sheet} />
          </>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={importing}>
            Batal
          </Button>
          <Button disabled={ready === 0} loading={importing} onClick={() => void runImport()}>
            Impor {ready} perangkat
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type MappedField = (typeof DEVICE_SHEET_FIELDS)[number]['key'];

/** Which heading of the file fills each field; the choice is remembered after an import. */
function ColumnChoice({
  headings,
  chosen,
  onChange,
}: {
  headings: string[];
  chosen: DeviceColumnMapping;
  onChange: (field: MappedField, heading: string | null) => void;
}) {
  const options = [...new Set(headings.filter(Boolean))];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        Kolom berkas untuk setiap isian (diingat untuk impor berikutnya)
      </Text>
      <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
        {DEVICE_SHEET_FIELDS.map((f) => (
          <Select
            key={f.key}
            size="xs"
            label={f.header}
            withAsterisk={f.required}
            placeholder="Tidak ada"
            clearable
            searchable
            value={chosen[f.key] ?? null}
            onChange={(v) => onChange(f.key, v)}
            data={options}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
