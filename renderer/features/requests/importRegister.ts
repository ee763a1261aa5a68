import type { ImportedRequest } from '../../../shared/requests/registerImport';
import { numberKey } from '../../../shared/requests/registerImport';
import type { MejaDatabase } from '../../db/database';
import { putRows, writeTogether, type WriteContext } from '../../db/repository';
import type { FieldsOf } from '../../db/rows';
import { readActiveProcedure } from '../sop/public';
import { readLedger, seriesOf } from './numberLedger';
import { numberSeries } from './numberingSite';
import { RequestError } from './requestError';
import type { RequestSettings } from './requestSettings';

/**
 * The numbers the register already uses in the series, as numberKey: every request row
 * (deleted ones and drafts too: a printed number is never given twice) and the numbers this
 * PC holds on the shared folder. An imported number among them is refused.
 */
export async function takenNumbers(
  db: MejaDatabase,
  settings: RequestSettings,
): Promise<Set<string>> {
  const lokasi = await numberSeries(db, settings);
  const taken = new Set<string>();
  const years = new Set<number>();
  await db.requests.each((r) => {
    years.add(r.tahun);
    if (seriesOf(r) === lokasi) taken.add(numberKey(r.tahun, r.urut));
  });
  for (const tahun of years) {
    for (const urut of (await readLedger(db, tahun, lokasi)).held)
      taken.add(numberKey(tahun, urut));
  }
  return taken;
}

/**
 * Writes the checked rows of an old register as requests, all in one transaction or none:
 * numbers as printed (their running number and year kept, so numbers given afterwards
 * continue after them), no step records (the old register has none), closed requests at
 * the last step of the active procedure. A number that turned up meanwhile refuses the lot.
 */
export async function importRegister(
  ctx: WriteContext,
  rows: readonly ImportedRequest[],
  settings: RequestSettings,
): Promise<number> {
  const active = await readActiveProcedure(ctx.db, 'B');
  if (!active)
    throw new RequestError('Prosedur B (permintaan layanan) belum tersedia di Daftar SOP.');
  const steps = active.procedure.steps;
  const first = steps[0]?.no ?? 0;
  const last = steps.at(-1)?.no ?? 0;
  const lokasi = await numberSeries(ctx.db, settings);
  const sejak = ctx.now().toISOString();
  return writeTogether(ctx, ['requests'], async () => {
    const taken = await takenNumbers(ctx.db, settings);
    const clash = rows.find((r) => taken.has(numberKey(r.tahun, r.urut)));
    if (clash)
      throw new RequestError(
        `Baris ${clash.rowNumber}: nomor ${clash.nomor} sudah dipakai di register. Baca ulang berkasnya.`,
      );
    const writes = rows.map((r) => {
      const fields: FieldsOf<'requests'> = {
        pemohon: r.pemohon,
        diterimaPada: r.diterimaPada,
        saluran: 'formulir',
        kategori: r.kategori,
        aplikasi: '',
        perangkat: r.perangkat,
        deviceId: null,
        uraian: r.uraian,
        urgensiPemohon: 'sedang',
        surat: null,
        nomor: r.nomor,
        tahun: r.tahun,
        urut: r.urut,
        ...(lokasi !== '' ? { lokasi } : {}),
        riwayatNomor: [{ nomor: r.nomor, jenis: 'final', sejak, oleh: ctx.device }],
        sopId: active.ref.sopId,
        sopRevision: active.ref.revision,
        urgensi: null,
        dampak: null,
        prioritas: null,
        disposisi: null,
        status: r.status,
        langkahTerakhir: r.status === 'berjalan' ? first : last,
        langkahMulai: r.diterimaPada,
        adaTerlambat: false,
        selesaiPada: r.selesaiPada,
        penutupan: null,
      };
      return { id: ctx.newId(), fields };
    });
    const result = await putRows(ctx, 'requests', writes);
    const refused = result.refused[0];
    const row = refused && rows[refused.index];
    if (refused) throw new RequestError(`Baris ${row?.rowNumber ?? '?'}: ${refused.reason}`);
    return rows.length;
  });
}
