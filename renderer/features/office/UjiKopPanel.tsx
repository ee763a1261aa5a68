import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Office } from '../../../shared/office/office';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { PaperSizeId } from '../../../shared/pdf/paper';
import { useServices } from '../../kit/servicesContext';
import { listPeople } from '../people/public';
import { PdfPreviewModal, usePdfActions } from '../print/public';

/** One page to check the kop surat, the paper size and the printer's scaling. */
export function UjiKopPanel({ office }: { office: Office }) {
  const { db, write } = useServices();
  const people = useLiveQuery(() => listPeople(db), [db]);
  const [paper, setPaper] = useState<PaperSizeId>(office.kertas);
  const [signerId, setSignerId] = useState<string | null>(null);
  const [preview, setPreview] = useState<PdfDocumentRequest | null>(null);
  const { save, print, busy } = usePdfActions();

  const active = (people ?? []).filter((p) => p.aktif);
  const request = (): PdfDocumentRequest => {
    const signer = active.find((p) => p.id === signerId);
    return {
      kind: 'ujiKop',
      office,
      paper,
      printedAt: write.now().toISOString(),
      signer: signer ? { jabatan: signer.jabatan, nama: signer.nama, nip: signer.nip } : null,
    };
  };
  const fileName = `Uji Cetak Kop Surat ${paper}.pdf`;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3}>Uji Cetak Kop Surat</Title>
        <Text size="sm" c="dimmed">
          Satu halaman berisi kop surat, garis uji 100 mm dan blok tanda tangan, untuk memeriksa
          printer sebelum mencetak dokumen resmi.
        </Text>
        <Group align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4}>
              Kertas
            </Text>
            <SegmentedControl
              value={paper}
              onChange={(v) => setPaper(v === 'A4' ? 'A4' : 'F4')}
              data={[
                { value: 'F4', label: 'F4' },
                { value: 'A4', label: 'A4' },
              ]}
              aria-label="Ukuran kertas uji cetak"
            />
          </div>
          <Select
            label="Penanda tangan (opsional)"
            placeholder="Tanpa tanda tangan"
            data={active.map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }))}
            value={signerId}
            onChange={setSignerId}
            clearable
            w={380}
          />
        </Group>
        <Group>
          <Button variant="default" onClick={() => setPreview(request())}>
            Pratinjau
          </Button>
          <Button
            variant="light"
            loading={busy === 'save'}
            onClick={() => void save(request(), fileName)}
          >
            Simpan PDF…
          </Button>
          <Button loading={busy === 'print'} onClick={() => void print(request())}>
            Cetak…
          </Button>
        </Group>
      </Stack>
      <PdfPreviewModal
        title={`Pratinjau Uji Cetak Kop Surat (${paper})`}
        request={preview}
        suggestedName={fileName}
        onClose={() => setPreview(null)}
      />
    </Paper>
  );
}
