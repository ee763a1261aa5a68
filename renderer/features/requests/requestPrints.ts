import { fromIsoDate, toIsoDate } from '../../../shared/format/date';
import { rincianHariKerja } from '../../../shared/sop/totals';
import type { Office } from '../../../shared/office/office';
import type { AtasNama } from '../../../shared/office/stepActors';
import type { PdfDocumentRequest } from '../../../shared/pdf/documents/request';
import type { PaperSizeId } from '../../../shared/pdf/paper';
import type { Signer } from '../../../shared/pdf/signer';
import { workingMinutesBetween, type OfficeHours } from '../../../shared/requests/workingTime';
import {
  LEVEL_LABELS,
  REQUEST_STATUS_LABELS,
  SALURAN_LABELS,
} from '../../../shared/requests/schema';
import { daftarOrder } from '../../../shared/requests/daftarOrder';
import { cancellationNote } from '../../../shared/requests/corrections';
import { lateNote } from '../../../shared/requests/requestLateness';
import { earlierNumbersNote } from '../../../shared/requests/numberHistory';
import { readStepRecords } from '../../../shared/requests/stepConflicts';
import type { PersonRow, RequestRow, RequestStepRow } from '../../db/rows';

export function signerOf(person: PersonRow | undefined): Signer | null {
  return person ? { jabatan: person.jabatan, nama: person.nama, nip: person.nip } : null;
}

/** The register number as printed: a draft number says so on the paper. */
export function printedNumber(request: Pick<RequestRow, 'nomor' | 'nomorSementara'>): string {
  return request.nomorSementara ? `${request.nomor} (SEMENTARA)` : request.nomor;
}

/** The office's Kasubag PTIP from Pegawai: the first active person with the role. */
export function kasubagOf(people: readonly PersonRow[]): Signer | null {
  return signerOf(people.find((p) => p.aktif && p.roles.includes('kasubag')));
}

/**
 * The blank Formulir for walk-in requesters: the Kasubag from Pegawai named in the
 * "Mengetahui" block, and the office's categories (Pengaturan Layanan) to tick.
 */
export function blankFormulirRequest(
  office: Office,
  paper: PaperSizeId,
  people: readonly PersonRow[],
  kategori: readonly string[],
  now: Date,
): PdfDocumentRequest {
  const categories = kategori.map((k) => k.trim()).filter(Boolean);
  return {
    kind: 'formulirPermintaan',
    office,
    paper,
    printedAt: now.toISOString(),
    data: null,
    kasubag: kasubagOf(people),
    ...(categories.length > 0 ? { kategori: categories } : {}),
  };
}

/** The Formulir Permintaan Layanan TI of a request, or a blank one (request null). */
export function formulirRequest(
  office: Office,
  paper: PaperSizeId,
  request: RequestRow | null,
  records: RequestStepRow[],
  people: PersonRow[],
  now: Date,
): PdfDocumentRequest {
  const person = (id: string | undefined) => people.find((p) => p.id === id);
  // A step recorded twice prints once: the record kept (or, unsettled, the one counted).
  const steps = readStepRecords(records).effective;
  const reception = steps[0];
  return {
    kind: 'formulirPermintaan',
    office,
    paper,
    printedAt: now.toISOString(),
    data: request
      ? {
          nomor: printedNumber(request),
          ...(request.pembatalan ? { dibatalkan: cancellationNote(request.pembatalan) } : {}),
          diterimaPada: request.diterimaPada,
          saluran: SALURAN_LABELS[request.saluran],
          pemohon: {
            nama: request.pemohon.nama,
            nip: request.pemohon.nip,
            unitNama: request.pemohon.unitNama,
            telepon: request.pemohon.telepon,
          },
          kategori: request.kategori,
          aplikasi: request.aplikasi,
          perangkat: request.perangkat,
          uraian: request.uraian,
          urgensi: LEVEL_LABELS[request.urgensiPemohon],
          petugasPenerima: signerOf(person(reception?.personId)),
          kasubag: kasubagSignerOf(steps, people),
          hasil:
            request.status === 'berjalan'
              ? null
              : {
                  ...formulirHasil(steps, request.status),
                  status: REQUEST_STATUS_LABELS[request.status],
                  tanggalSelesai: request.selesaiPada,
                },
        }
      : null,
  };
}

type HasilStep = Pick<
  RequestStepRow,
  'catatan' | 'tindakan' | 'sukuCadang' | 'hasil' | 'alasanTolak'
>;

/**
 * The Formulir's Hasil pemeriksaan and Tindakan of a closed request: the steps' notes and the
 * result typed at the last step; what was done with the spare parts used, or why it was
 * refused.
 */
export function formulirHasil(
  steps: readonly HasilStep[],
  status: RequestRow['status'],
): { pemeriksaan: string; tindakan: string } {
  const last = steps.at(-1);
  const joined = (parts: (string | undefined)[]) => parts.filter(Boolean).join('; ');
  if (status === 'ditolak') {
    return {
      pemeriksaan: joined(steps.map((s) => s.catatan)),
      tindakan: `Ditolak: ${last?.alasanTolak ?? ''}`,
    };
  }
  return {
    pemeriksaan: joined([...steps.map((s) => s.catatan), last?.hasil]),
    tindakan: joined([last?.tindakan, last?.sukuCadang ? `Suku cadang: ${last.sukuCadang}` : '']),
  };
}

/** The Lembar Disposisi of a disposed request. */
export function disposisiRequest(
  office: Office,
  paper: PaperSizeId,
  request: RequestRow,
  people: PersonRow[],
  petunjukPilihan: string[],
  now: Date,
): PdfDocumentRequest | null {
  const d = request.disposisi;
  const from = people.find((p) => p.id === d?.dariPersonId);
  if (!d || !from) return null;
  const named = (id: string) => {
    const p = people.find((x) => x.id === id);
    return p ? `${p.nama} (${p.jabatan})` : 'Pegawai tidak dikenal';
  };
  return {
    kind: 'lembarDisposisi',
    office,
    paper,
    printedAt: now.toISOString(),
    data: {
      suratDari: `${request.pemohon.nama}, ${request.pemohon.unitNama}`,
      // A letter's own number and date; the register's number is the agenda number.
      nomorSurat: request.surat?.nomor ?? '',
      tanggalSurat: request.surat
        ? (fromIsoDate(request.surat.tanggal)?.toISOString() ?? null)
        : null,
      diterimaTanggal: request.diterimaPada,
      nomorAgenda: printedNumber(request),
      sifat: d.sifat,
      kecepatan: d.kecepatan,
      hal: `Permintaan layanan TI: ${request.kategori}${request.aplikasi ? ` (${request.aplikasi})` : ''} — ${request.uraian}`.slice(
        0,
        400,
      ),
      diteruskanKepada: d.diteruskanKepada.map(named),
      petunjukPilihan: [...new Set([...petunjukPilihan, ...d.petunjuk])],
      petunjukDipilih: d.petunjuk,
      catatan: d.catatan,
      pemberi: pemberiOf(from, d.atasNama ?? null, people),
      tanggalDisposisi: d.tanggal,
    },
  };
}

/** The Daftar Permintaan Layanan TI for a period (dates 'YYYY-MM-DD', inclusive). */
export function daftarRequest(
  office: Office,
  paper: PaperSizeId,
  period: { dari: string; sampai: string },
  requests: readonly { row: RequestRow; late: boolean }[],
  hours: OfficeHours,
  signer: PersonRow | undefined,
  now: Date,
): PdfDocumentRequest {
  // Late exactly as the register shows it (isRequestLate as of the register's reading).
  const lateIds = new Set(requests.filter((i) => i.late).map((i) => i.row.id));
  // By received time, each with the number it was given (daftarOrder).
  const inPeriod = daftarOrder(
    requests
      .map((i) => i.row)
      .filter((r) => !r._deleted)
      .filter((r) => {
        const day = toIsoDate(new Date(r.diterimaPada));
        return day >= period.dari && day <= period.sampai;
      }),
  );
  return {
    kind: 'daftarPermintaan',
    office,
    paper,
    printedAt: now.toISOString(),
    data: {
      dari: period.dari,
      sampai: period.sampai,
      rows: inPeriod.slice(0, 5000).map((r) => ({
        nomor: printedNumber(r),
        diterimaPada: r.diterimaPada,
        pemohon: r.pemohon.nama,
        unit: r.pemohon.unitNama,
        kategori: r.aplikasi ? `${r.kategori} (${r.aplikasi})` : r.kategori,
        uraian: r.uraian,
        prioritas: r.prioritas ? LEVEL_LABELS[r.prioritas] : '-',
        status: r.pembatalan ? 'Dibatalkan' : REQUEST_STATUS_LABELS[r.status],
        selesaiPada: r.selesaiPada,
        // Working days of 450 minutes, as the SOP and the monthly report write durations;
        // a cancelled request has no working time.
        durasi: r.pembatalan
          ? ''
          : rincianHariKerja(
              workingMinutesBetween(
                new Date(r.diterimaPada),
                r.selesaiPada ? new Date(r.selesaiPada) : now,
                hours,
              ),
            ),
        terlambat: lateIds.has(r.id),
        ketTerlambat: lateNote(r, lateIds.has(r.id)) ?? undefined,
        nomorLama: earlierNumbersNote(r),
        ...(r.pembatalan ? { dibatalkan: cancellationNote(r.pembatalan) } : {}),
      })),
      penandaTangan: signerOf(signer),
    },
  };
}

/**
 * Who signs the disposition: its giver, or when a Plh./Plt. gave it, the official's jabatan
 * prefixed "Plh." over the delegate's name and NIP.
 */
function pemberiOf(from: PersonRow, atasNama: AtasNama | null, people: PersonRow[]): Signer {
  const official = atasNama && people.find((p) => p.id === atasNama.personId);
  if (!atasNama || !official) return { jabatan: from.jabatan, nama: from.nama, nip: from.nip };
  return { jabatan: official.jabatan, nama: from.nama, nip: from.nip, plh: atasNama.jenis };
}

/**
 * The Formulir's "Mengetahui": the Kasubag, or when a Plh./Plt. recorded the Kasubag's step
 * on the request, the Plh. block over the delegate's name and NIP.
 */
export function kasubagSignerOf(
  steps: readonly Pick<RequestStepRow, 'personId' | 'atasNama'>[],
  people: readonly PersonRow[],
): Signer | null {
  const person = (id: string) => people.find((p) => p.id === id);
  for (const step of steps) {
    const official = step.atasNama && person(step.atasNama.personId);
    const delegate = person(step.personId);
    if (!step.atasNama || !official?.roles.includes('kasubag') || !delegate) continue;
    return {
      jabatan: official.jabatan,
      nama: delegate.nama,
      nip: delegate.nip,
      plh: step.atasNama.jenis,
    };
  }
  return kasubagOf(people);
}
