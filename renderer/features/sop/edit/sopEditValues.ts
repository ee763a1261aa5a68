import { normalizeNip } from '../../../../shared/format/nip';
import { sopDocumentSchema, type Procedure, type SopDocument } from '../../../../shared/sop/schema';
import { parseWaktu } from '../../../../shared/sop/waktu';

/** The SOP as the editor holds it: lists as one item per line, dates as input strings. */
export type SopEditValues = {
  nomor: string;
  judul: string;
  pengadilan: string;
  tanggalPembuatan: string;
  tanggalEfektif: string;
  disahkanJabatan: string;
  disahkanNama: string;
  disahkanNip: string;
  dasarHukum: string;
  kualifikasiPelaksana: string;
  keterkaitan: string;
  peralatanPerlengkapan: string;
  peringatan: string;
  pencatatanPendataan: string;
  procedures: Procedure[];
  tanggalRevisi: string;
  perubahan: string;
};

const LIST_FIELDS = [
  'dasarHukum',
  'kualifikasiPelaksana',
  'keterkaitan',
  'peralatanPerlengkapan',
] as const;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function toEditValues(doc: SopDocument, today: string): SopEditValues {
  return {
    nomor: doc.nomor ?? '',
    judul: doc.judul,
    pengadilan: doc.pengadilan,
    tanggalPembuatan: doc.tanggalPembuatan ?? '',
    tanggalEfektif: doc.tanggalEfektif ?? '',
    disahkanJabatan: doc.disahkanOleh?.jabatan ?? '',
    disahkanNama: doc.disahkanOleh?.nama ?? '',
    disahkanNip: doc.disahkanOleh?.nip ?? '',
    dasarHukum: doc.dasarHukum.join('\n'),
    kualifikasiPelaksana: doc.kualifikasiPelaksana.join('\n'),
    keterkaitan: doc.keterkaitan.join('\n'),
    peralatanPerlengkapan: doc.peralatanPerlengkapan.join('\n'),
    peringatan: doc.peringatan,
    pencatatanPendataan: doc.pencatatanPendataan,
    procedures: structuredClone(doc.procedures),
    tanggalRevisi: today,
    perubahan: '',
  };
}

/** Steps renumbered 1..n and their time standard read again from the Waktu text. */
function normalizeProcedure(p: Procedure): Procedure {
  return {
    ...p,
    steps: p.steps.map((s, i) => {
      let mutuBaku = s.mutuBaku;
      try {
        mutuBaku = parseWaktu(s.waktu, p.waktuMode);
      } catch {
        // Left as it was: the schema then reports the unreadable Waktu on its own field.
      }
      return { ...s, no: i + 1, mutuBaku };
    }),
  };
}

/** The document the values describe, on top of the one being edited. */
export function fromEditValues(values: SopEditValues, base: SopDocument): SopDocument {
  const jabatan = values.disahkanJabatan.trim();
  return {
    ...base,
    nomor: values.nomor.trim() || null,
    judul: values.judul.trim(),
    pengadilan: values.pengadilan.trim(),
    tanggalPembuatan: values.tanggalPembuatan || null,
    tanggalEfektif: values.tanggalEfektif || null,
    disahkanOleh: jabatan
      ? {
          jabatan,
          nama: values.disahkanNama.trim() || null,
          nip: normalizeNip(values.disahkanNip) || null,
        }
      : null,
    dasarHukum: lines(values.dasarHukum),
    kualifikasiPelaksana: lines(values.kualifikasiPelaksana),
    keterkaitan: lines(values.keterkaitan),
    peralatanPerlengkapan: lines(values.peralatanPerlengkapan),
    peringatan: values.peringatan.trim(),
    pencatatanPendataan: values.pencatatanPendataan.trim(),
    procedures: values.procedures.map(normalizeProcedure),
  };
}

/** Where in the form an issue of the document schema belongs. */
function formPath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  if (head === 'disahkanOleh') {
    const field = rest[0] ?? 'jabatan';
    return (
      { jabatan: 'disahkanJabatan', nama: 'disahkanNama', nip: 'disahkanNip' }[field] ??
      'disahkanJabatan'
    );
  }
  if (head && (LIST_FIELDS as readonly string[]).includes(head)) return head;
  if (head === 'procedures' && rest.at(-1) === 'mutuBaku') {
    return ['procedures', ...rest.slice(0, -1), 'waktu'].join('.');
  }
  return [head, ...rest].join('.');
}

/**
 * Validates the edited document with the SOP schema and the revision fields; returns the
 * document, or errors keyed by form path with Indonesian messages.
 */
export function validateEdit(
  values: SopEditValues,
  base: SopDocument,
): { ok: true; document: SopDocument } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!values.perubahan.trim()) errors.perubahan = 'Tuliskan apa yang diubah pada revisi ini.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.tanggalRevisi))
    errors.tanggalRevisi = 'Tanggal revisi wajib diisi.';
  const document = fromEditValues(values, base);
  const parsed = sopDocumentSchema.safeParse({
    ...document,
    tanggalRevisi: values.tanggalRevisi || null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = formPath(issue.path);
      errors[key] ??= issue.message;
    }
  }
  return Object.keys(errors).length === 0 && parsed.success
    ? { ok: true, document: parsed.data }
    : { ok: false, errors };
}
