import type { Office } from '../../../shared/office/office';
import type { AtasNama } from '../../../shared/office/stepActors';
import { PROGRAM_ITEM_STATUS_LABELS, PROGRAM_STATUS_LABELS } from '../../../shared/policy/schema';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { Signer } from '../../../shared/pdf/signer';
import { formatAngka } from '../../../shared/format/number';
import { toIsoDate } from '../../../shared/format/date';
import type {
  PolicyDecreeRow,
  PolicyProgramItemRow,
  PolicyProgramRow,
  PolicyProposalRow,
  PolicyStepRow,
} from '../../db/policyRows';
import type { PersonRow } from '../../db/rows';

/** The print requests of SOP A, resolved from the records to print-ready strings. */

function signerOf(
  person: PersonRow | undefined,
  atasNama?: AtasNama | null,
  official?: PersonRow,
): Signer | null {
  if (!person) return null;
  if (atasNama && official) {
    return { jabatan: official.jabatan, nama: person.nama, nip: person.nip, plh: atasNama.jenis };
  }
  return { jabatan: person.jabatan, nama: person.nama, nip: person.nip };
}

const byId = (people: readonly PersonRow[]) => new Map(people.map((p) => [p.id, p]));

export function formUsulanRequest(office: Office, tahun: number, now: Date): PdfDocumentRequest {
  return { kind: 'formUsulan', office, paper: office.kertas, printedAt: now.toISOString(), tahun };
}

/**
 * The year's programme: the Kasubag who drew it up (step 1's recorder, else the office's
 * Kasubag) and whoever adopted it at the adopting step (as Plh. when so recorded).
 */
export function rencanaProgramRequest(input: {
  office: Office;
  program: PolicyProgramRow;
  items: readonly PolicyProgramItemRow[];
  usulan: readonly PolicyProposalRow[];
  steps: readonly PolicyStepRow[];
  penetapanStepNo: number | null;
  people: readonly PersonRow[];
  now: Date;
}): PdfDocumentRequest {
  const people = byId(input.people);
  const usulan = new Map(input.usulan.map((u) => [u.id, u]));
  const drafter = input.steps.find((s) => s.stepNo === 1);
  const adopter = input.steps.find((s) => s.stepNo === input.penetapanStepNo);
  const kasubag = input.people.find((p) => p.aktif && p.roles.includes('kasubag'));
  return {
    kind: 'rencanaProgram',
    office: input.office,
    paper: input.office.kertas,
    printedAt: input.now.toISOString(),
    tahun: input.program.tahun,
    judul: input.program.judul,
    status: PROGRAM_STATUS_LABELS[input.program.status],
    tanggal: input.program.ditetapkanPada
      ? toIsoDate(new Date(input.program.ditetapkanPada))
      : toIsoDate(input.now),
    rows: input.items.map((item) => {
      const source = item.usulanId ? usulan.get(item.usulanId) : undefined;
      const realisasi = [
        item.realisasiBiaya === null ? '' : `Rp ${formatAngka(item.realisasiBiaya)}`,
        item.realisasi,
      ]
        .filter(Boolean)
        .join(', ');
      return {
        program: item.program,
        tujuan: item.tujuan,
        output: item.output,
        perkiraanBiaya: item.perkiraanBiaya,
        triwulan: item.triwulan,
        penanggungJawab: people.get(item.penanggungJawabId)?.nama ?? '',
        usulanAsal: source ? `${source.unit}: ${source.judul}` : '',
        status: PROGRAM_ITEM_STATUS_LABELS[item.status],
        realisasi,
      };
    }),
    penyusun: signerOf(drafter ? people.get(drafter.personId) : kasubag) ?? signerOf(kasubag),
    pengesah: adopter
      ? signerOf(
          people.get(adopter.personId),
          adopter.atasNama,
          adopter.atasNama ? people.get(adopter.atasNama.personId) : undefined,
        )
      : null,
  };
}

export function skTimRequest(
  office: Office,
  decree: PolicyDecreeRow,
  people: readonly PersonRow[],
  now: Date,
): PdfDocumentRequest {
  const map = byId(people);
  const ketua = people.find((p) => p.aktif && p.roles.includes('ketua'));
  return {
    kind: 'skTim',
    office,
    paper: office.kertas,
    printedAt: now.toISOString(),
    tahun: decree.tahun,
    nomor: decree.nomor,
    tanggal: decree.tanggal,
    menimbang: decree.menimbang,
    mengingat: decree.mengingat,
    tugasTim: decree.tugasTim,
    anggota: decree.anggota.map((a) => {
      const person = map.get(a.personId);
      return {
        nama: person?.nama ?? '(pegawai tidak ditemukan)',
        nip: person?.nip ?? '',
        jabatan: person?.jabatan ?? '',
        kedudukan: a.kedudukan,
        tugas: a.tugas,
      };
    }),
    ketua: signerOf(ketua),
  };
}
