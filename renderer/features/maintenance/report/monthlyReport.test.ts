import { afterEach, describe, expect, it } from 'vitest';
import { sampleDevice } from '../../../../test/doubles/shared/sampleDevice';
import { MUKOMUKO_OFFICE } from '../../../../test/doubles/shared/sampleOffice';
import { buildPdfDefinition } from '../../../../shared/pdf/documents/build';
import { pdfDocumentRequestSchema } from '../../../../shared/pdf/documents/request';
import type { MejaDatabase } from '../../../db/database';
import { testDatabase, testWriteContext } from '../../../../test/doubles/renderer/testDatabase';
import { saveDevice } from '../../devices/public';
import { savePerson } from '../../people/public';
import {
  recordBackup,
  recordNetworkCheck,
  recordUat,
  readBackupItems,
} from '../../security/public';
import { readActiveProcedure } from '../../sop/public';
import { recordMaintenance } from '../recordStore';
import { generateTasksFromSop, listTasks } from '../taskStore';
import { loadMonthRecords } from './loadMonthRecords';
import { reportFigures } from '../../../../shared/maintenance/reportFigures';
import { monthlyReportRequest, ReportError } from './reportRequest';
import { EMPTY_NARASI, readReportWords, saveReportWords } from './reportStore';

describe('the monthly report, counted from the records', () => {
  let db: MejaDatabase;
  afterEach(() => db.close());

  async function month() {
    db = testDatabase();
    const ctx = testWriteContext(db, { start: new Date(2026, 10, 22, 9).getTime() });
    const person = (nama: string, nip: string, roles: ('operator' | 'kasubag' | 'sekretaris')[]) =>
      savePerson(ctx, null, { nama, nip, jabatan: nama, unitId: null, roles, aktif: true });
    const op = await person('Rahmat Hidayat, S.Kom', '198703152010121003', ['operator']);
    const kasubag = await person('Dewi Lestari, S.T.', '198001012005022001', ['kasubag']);
    const sekretaris = await person('Drs. Ahmad Yani', '197205101998031002', ['sekretaris']);
    const sw = await saveDevice(
      ctx,
      null,
      sampleDevice({ jenis: 'switch', merek: 'TP-Link', nup: '1' }),
    );
    const ups = await saveDevice(ctx, null, sampleDevice({ jenis: 'ups', merek: 'APC', nup: '2' }));
    await saveDevice(ctx, null, sampleDevice({ jenis: 'pc', merek: 'HP', nup: '3' }));
    await generateTasksFromSop(ctx);
    const physical = (await listTasks(db)).find(
      (t) => t.sumber?.procedureKey === 'C' && t.sumber.stepNo === 4,
    );
    if (!physical) throw new Error('task C4 missing');
    const check = (deviceId: string, temuan = '') => ({
      deviceId,
      hasil: temuan ? ('adaTemuan' as const) : ('baik' as const),
      kondisi: temuan ? ('rusakRingan' as const) : ('baik' as const),
      temuan,
      tindakan: temuan ? 'Ganti baterai' : '',
    });
    // The Fridays of November 2026 up to the 22nd are the 6th, 13th and 20th: the 6th is
    // done on time, the 13th late (on the 16th), the 20th is missed; the 27th is to come.
    for (const [tanggal, perangkat] of [
      ['2026-11-06', [check(sw), check(ups)]],
      ['2026-11-16', [check(sw), check(ups, 'Baterai UPS lemah')]],
    ] as const) {
      await recordMaintenance(ctx, {
        tanggal,
        taskId: physical.id,
        judul: physical.judul,
        petugasId: op,
        perangkat: [...perangkat],
        temuan: '',
        tindakan: '',
        durasiMenit: 60,
      });
    }
    await recordNetworkCheck(ctx, {
      tanggal: '2026-11-10',
      petugasId: op,
      objek: 'Jaringan LAN dan internet',
      status: 'gangguan',
      temuan: 'Akses lambat di ruang sidang',
      tindakan: 'Atur ulang access point',
    });
    const [sipp] = await readBackupItems(db);
    await recordBackup(
      ctx,
      {
        tanggal: '2026-11-15',
        itemId: sipp?.id ?? '',
        media: 'NAS',
        ukuranMb: 2560,
        lokasi: '',
        petugasId: op,
        ujiPemulihan: 'berhasil',
        catatan: '',
      },
      await readBackupItems(db),
    );
    await recordUat(ctx, {
      tanggal: '2026-11-12',
      aplikasi: 'e-Court',
      versi: '2.1',
      petugasId: op,
      skenario: '',
      hasil: 'lulus',
      catatan: '',
    });
    return { ctx, op, kasubag, sekretaris };
  }

  it('counts the schedule, the devices, the network, the backups and the findings', async () => {
    await month();
    const f = reportFigures(await loadMonthRecords(db, 2026, 11, new Date(2026, 10, 22, 12)));
    const weekly = f.jadwal.find((r) => r.kegiatan.startsWith('Melakukan pemeliharaan fisik'));
    // The 27th is still to come: three rounds were due by the 22nd.
    expect(weekly).toMatchObject({ terjadwal: 3, terlaksana: 2, tepatWaktu: 1 });
    expect(weekly?.frekuensi).toBe('Setiap minggu, hari Jumat');
    expect(f.perangkat).toHaveLength(3);
    expect(f.perangkat.find((d) => d.nama.includes('APC'))).toMatchObject({
      kondisi: 'Rusak Ringan',
      tanggal: '2026-11-16',
      tindakan: 'Baterai UPS lemah; Ganti baterai',
      petugas: 'Rahmat Hidayat, S.Kom',
    });
    expect(f.perangkat.find((d) => d.nama.includes('HP'))).toMatchObject({
      tanggal: null,
      tindakan: 'Belum diperiksa bulan ini',
    });
    // The network watch, and the rounds of the task on network gear.
    expect(f.jaringan.map((j) => j.tanggal)).toEqual(['2026-11-06', '2026-11-10', '2026-11-16']);
    expect(f.jaringan[2]).toMatchObject({
      hasil: '2 perangkat diperiksa, 1 ada temuan',
      tindakan: 'Ganti baterai',
    });
    expect(f.cadangan).toEqual([
      {
        tanggal: '2026-11-15',
        item: 'Database SIPP',
        media: 'NAS',
        ukuran: '2,5 GB',
        ujiPemulihan: 'Uji pemulihan berhasil',
        petugas: 'Rahmat Hidayat, S.Kom',
      },
    ]);
    expect(f.uat[0]).toMatchObject({
      aplikasi: 'e-Court 2.1',
      persetujuan: 'Menunggu persetujuan',
    });
    expect(f.temuan.map((t) => t.temuan)).toEqual([
      'Akses lambat di ruang sidang',
      'Baterai UPS lemah',
    ]);
    expect(f.layanan).toMatchObject({ diterima: 0, selesai: 0, rataRataMenit: null });
    // October holds none of it.
    const october = reportFigures(await loadMonthRecords(db, 2026, 10, new Date(2026, 10, 22, 12)));
    expect(october.jadwal).toEqual([]);
    expect(october.cadangan).toEqual([]);
  });

  it('becomes a valid print request with the saved words and signers, refused without them', async () => {
    const { ctx, op, kasubag, sekretaris } = await month();
    const words = {
      nomor: 'W8-A12/123/OT.01/XI/2026',
      tanggalLaporan: '2026-11-30',
      narasi: { ...EMPTY_NARASI, rekomendasi: 'Pengadaan baterai UPS cadangan.' },
      dibuatOlehId: op,
      diperiksaOlehId: kasubag,
      mengetahuiId: null,
    };
    await saveReportWords(ctx, 2026, 11, words);
    expect(await readReportWords(db, 2026, 11)).toEqual(words);
    const base = {
      office: MUKOMUKO_OFFICE,
      paper: 'F4' as const,
      year: 2026,
      month: 11,
      figures: reportFigures(await loadMonthRecords(db, 2026, 11, new Date(2026, 10, 22, 12))),
      people: await db.people.toArray(),
      sop: (await readActiveProcedure(db, 'C'))?.entry.document ?? null,
      printedAt: new Date(2026, 10, 22, 9),
    };
    expect(() => monthlyReportRequest({ ...base, words })).toThrow(ReportError);
    const request = monthlyReportRequest({
      ...base,
      words: { ...words, mengetahuiId: sekretaris },
    });
    const parsed = pdfDocumentRequestSchema.parse(request);
    expect(parsed.kind).toBe('laporanPemeliharaan');
    expect(request.dasar.prosedur.map((p) => p.key)).toEqual(['C', 'D']);
    expect(request.penandatangan.mengetahui).toEqual({
      jabatan: 'Drs. Ahmad Yani',
      nama: 'Drs. Ahmad Yani',
      nip: '197205101998031002',
    });
    expect(buildPdfDefinition(parsed).content).toBeTruthy();
  });
});
