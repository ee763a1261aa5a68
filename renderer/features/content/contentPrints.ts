import { contentRoleStep } from '../../../shared/content/contentFlow';
import {
  CONTENT_DECISION_LABELS,
  CONTENT_STATUS_LABELS,
  JENIS_KONTEN_LABELS,
} from '../../../shared/content/schema';
import { formatTanggalJam, toIsoDate } from '../../../shared/format/date';
import { formatDurasiMenit } from '../../../shared/format/number';
import type { Office } from '../../../shared/office/office';
import type { LembarKendaliKontenRequest } from '../../../shared/pdf/documents/content/contentDocs';
import type { Signer } from '../../../shared/pdf/signer';
import type { Procedure } from '../../../shared/sop/schema';
import type { ContentItemRow, ContentStepRow } from '../../db/contentRows';
import type { PersonRow } from '../../db/rows';

/** The Lembar Kendali of a content item, resolved from the records to print-ready strings. */

function signerOf(
  people: ReadonlyMap<string, PersonRow>,
  record: ContentStepRow | undefined,
): Signer | null {
  const person = record ? people.get(record.personId) : undefined;
  if (!record || !person) return null;
  const official = record.atasNama ? people.get(record.atasNama.personId) : undefined;
  if (record.atasNama && official) {
    return {
      jabatan: official.jabatan,
      nama: person.nama,
      nip: person.nip,
      plh: record.atasNama.jenis,
    };
  }
  return { jabatan: person.jabatan, nama: person.nama, nip: person.nip };
}

const lastOf = (steps: readonly ContentStepRow[], stepNo: number | undefined) =>
  steps.filter((s) => s.stepNo === stepNo).at(-1);

export function lembarKendaliRequest(input: {
  office: Office;
  item: ContentItemRow;
  procedure: Procedure;
  steps: readonly ContentStepRow[];
  people: readonly PersonRow[];
  now: Date;
}): LembarKendaliKontenRequest {
  const { item, procedure, steps } = input;
  const people = new Map(input.people.map((p) => [p.id, p]));
  const kegiatan = new Map(procedure.steps.map((s) => [s.no, s]));
  const konsep = contentRoleStep(procedure, 'konsep');
  const periksa = contentRoleStep(procedure, 'periksa');
  const keputusan = contentRoleStep(procedure, 'keputusan');
  const name = (id: string) => people.get(id)?.nama ?? id;
  // Only the steps done again after a return are marked as the revision they belong to.
  const rounds = new Map<number, Set<number>>();
  for (const s of steps) rounds.set(s.stepNo, (rounds.get(s.stepNo) ?? new Set()).add(s.putaran));
  const redone = (s: ContentStepRow) => s.putaran > 1 && (rounds.get(s.stepNo)?.size ?? 0) > 1;
  const fields = [
    { label: 'Judul', value: item.judul },
    { label: 'Jenis', value: JENIS_KONTEN_LABELS[item.jenis] },
    { label: 'Sumber/asal unit', value: item.sumber },
    { label: 'Ringkasan', value: item.ringkasan },
    {
      label: 'Disampaikan kepada',
      value: item.perluPerhatianKhusus
        ? 'Pimpinan (memerlukan perhatian khusus)'
        : 'Penanggung jawab (informasi rutin)',
    },
    { label: 'Status', value: CONTENT_STATUS_LABELS[item.status] },
    { label: 'Dimulai', value: formatTanggalJam(new Date(item.dimulaiPada)) },
    { label: 'URL publikasi', value: item.urlPublikasi ?? '' },
    {
      label: 'Dipublikasikan',
      value: item.dipublikasiPada ? formatTanggalJam(new Date(item.dipublikasiPada)) : '',
    },
    { label: 'Lampiran', value: item.lampiran.map((l) => l.nama).join(', ') },
  ];
  return {
    kind: 'lembarKendaliKonten',
    office: input.office,
    paper: input.office.kertas,
    printedAt: input.now.toISOString(),
    fields,
    steps: steps.map((s) => {
      const notes = [
        s.keputusan ? CONTENT_DECISION_LABELS[s.keputusan] : '',
        s.alasanTolak ? `Alasan: ${s.alasanTolak}` : '',
        s.catatan,
        s.urlPublikasi ? `URL: ${s.urlPublikasi}` : '',
      ].filter(Boolean);
      const atasNama = s.atasNama ? ` (${s.atasNama.jenis} ${name(s.atasNama.personId)})` : '';
      return {
        langkah: redone(s) ? `${s.stepNo} (perbaikan ke-${s.putaran - 1})` : String(s.stepNo),
        kegiatan: kegiatan.get(s.stepNo)?.kegiatan ?? `Langkah ${s.stepNo}`,
        petugas: `${name(s.personId)}${atasNama}`,
        waktu: formatTanggalJam(new Date(s.selesaiPada)),
        durasi: `${formatDurasiMenit(s.menitKerja)} / ${
          s.standarMenit === null ? 'tanpa batas' : formatDurasiMenit(s.standarMenit)
        }${s.terlambat ? ' (terlambat)' : ''}`,
        catatan: notes.join('. '),
      };
    }),
    tanggal: toIsoDate(input.now),
    redaktur: signerOf(people, lastOf(steps, konsep?.no)),
    editor: signerOf(people, lastOf(steps, periksa?.no)),
    penanggungJawab: signerOf(people, lastOf(steps, keputusan?.no)),
  };
}
