import { describe, expect, it } from 'vitest';
import type { TimedRecord } from './stepTimes';
import { judgeStep } from '../requests/lateness';
import { DEFAULT_OFFICE_HOURS, RAMADAN_DAYS, type OfficeHours } from '../requests/workingTime';
import type { Procedure } from '../sop/schema';
import type { MutuBaku } from '../sop/waktu';
import { countBy } from './counting';
import { devicesByAcquisitionYear, deviceConditions } from './deviceStats';
import { maintenanceCompliance } from './maintenanceStats';
import { periodLabel, periodOf, periodRange } from './period';
import { stageLabel } from './requestStats';
import { prepareStatistics, statisticsFor, type RequestLike } from './statistics';
import { createStepClock } from './stepClock';

const local = (m: number, d: number, h = 0, min = 0) => new Date(2026, m - 1, d, h, min);

describe('periods', () => {
  it('covers a month, a quarter and a year in local days', () => {
    const q4 = { jenis: 'triwulan' as const, tahun: 2026, ke: 4 };
    expect(periodLabel(q4)).toBe('Triwulan IV 2026');
    expect(periodLabel({ jenis: 'bulan', tahun: 2026, ke: 11 })).toBe('November 2026');
    expect(periodLabel({ jenis: 'tahun', tahun: 2026, ke: 1 })).toBe('Tahun 2026');
    const r = periodRange(q4);
    expect([r.fromIso, r.toIso]).toEqual(['2026-10-01', '2026-12-31']);
    expect(r.toMs).toBe(new Date(2027, 0, 1).getTime());
    expect(periodOf('triwulan', local(11, 20))).toEqual(q4);
  });
});

describe('counting', () => {
  it('keeps the given order with zeros, then the rest by count', () => {
    expect(countBy(['b', 'c', 'c', 'x'], (s) => s, ['a', 'b'])).toEqual([
      { label: 'a', jumlah: 0 },
      { label: 'b', jumlah: 1 },
      { label: 'c', jumlah: 2 },
      { label: 'x', jumlah: 1 },
    ]);
  });

  it("names a request's stage", () => {
    expect(stageLabel('berjalan', 3, 9)).toBe('Menunggu langkah 4');
    expect(stageLabel('berjalan', 9, 9)).toBe('Menunggu konfirmasi pemohon');
    expect(stageLabel('selesai', 9, 9)).toBe('Selesai');
  });
});

describe('the step clock', () => {
  const ramadan: OfficeHours = {
    ...DEFAULT_OFFICE_HOURS,
    holidays: ['2026-11-24'],
    khusus: [{ nama: 'Ramadan', dari: '2026-11-02', sampai: '2026-11-06', days: RAMADAN_DAYS }],
  };
  const standards: MutuBaku[] = [
    { kind: 'duration', minutes: 30 },
    { kind: 'range', minMinutes: 15, maxMinutes: 60 },
    { kind: 'dayNumber', day: 2 },
    { kind: 'none' },
  ];
  it("gives judgeStep's verdict across holidays, cuti bersama, breaks and Ramadan hours", () => {
    const clock = createStepClock(ramadan);
    const starts = [local(11, 2, 7), local(11, 5, 11, 50), local(11, 23, 16), local(12, 23, 9)];
    const spans = [0, 5, 45, 200, 600, 3000, 9000];
    for (const start of starts) {
      for (const span of spans) {
        for (const mutuBaku of standards) {
          const finish = new Date(start.getTime() + span * 60_000);
          const judged = judgeStep({
            mutuBaku,
            startedAt: start,
            finishedAt: finish,
            receivedAt: start,
            hours: ramadan,
          });
          const ours = clock.judge(mutuBaku, start.getTime(), finish.getTime(), start.getTime());
          expect(ours.menit).toBeCloseTo(judged.actualMinutes, 6);
          expect(ours.terlambat).toBe(judged.late);
          expect(ours.berstandar).toBe(judged.deadline !== null);
        }
      }
    }
  });
});

describe('devices and maintenance', () => {
  it('counts active devices by condition and by acquisition year with their age', () => {
    const devices = [
      { kondisi: 'baik' as const, aktif: true, tahunPerolehan: 2020 },
      { kondisi: 'rusakBerat' as const, aktif: true, tahunPerolehan: 2018 },
      { kondisi: 'rusakRingan' as const, aktif: true, tahunPerolehan: null },
      { kondisi: 'baik' as const, aktif: false, tahunPerolehan: 2018 },
    ];
    expect(deviceConditions(devices).map((r) => r.jumlah)).toEqual([1, 1, 1]);
    expect(devicesByAcquisitionYear(devices, 2026)).toEqual([
      { label: '2018', umur: 8, jumlah: 1, baik: 0, rusakRingan: 0, rusakBerat: 1 },
      { label: '2020', umur: 6, jumlah: 1, baik: 1, rusakRingan: 0, rusakBerat: 0 },
      { label: 'Tidak diketahui', umur: null, jumlah: 1, baik: 0, rusakRingan: 1, rusakBerat: 0 },
    ]);
  });

  it('counts scheduled maintenance due up to today against what was done', () => {
    const weekly = { kind: 'mingguan' as const, setiap: 1, hari: 5 };
    const rows = maintenanceCompliance(
      [
        {
          rule: weekly,
          mulai: '2026-10-01',
          records: [
            { id: 'a', tanggal: '2026-11-06' },
            { id: 'b', tanggal: '2026-11-16' },
          ],
        },
      ],
      { jenis: 'triwulan', tahun: 2026, ke: 4 },
      '2026-11-20',
    );
    expect(rows.map((r) => r.label)).toEqual(['Oktober', 'November', 'Desember']);
    // Fridays of October: 2, 9, 16, 23, 30; of November up to the 20th: 6, 13, 20.
    expect(rows.map((r) => [r.dijadwalkan, r.dilaksanakan, r.tepatWaktu])).toEqual([
      [5, 0, 0],
      [3, 2, 1],
      [0, 0, 0],
    ]);
  });
});

describe('statistics for a period', () => {
  const procedure = {
    steps: [
      { no: 1, kegiatan: 'Menerima', waktu: '5 menit', mutuBaku: { kind: 'duration', minutes: 5 } },
      {
        no: 2,
        kegiatan: 'Meneliti',
        waktu: '30 menit',
        mutuBaku: { kind: 'duration', minutes: 30 },
      },
      {
        no: 3,
        kegiatan: 'Menangani',
        waktu: '60 menit',
        mutuBaku: { kind: 'duration', minutes: 60 },
      },
    ],
  } as unknown as Pick<Procedure, 'steps'>;
  const request = (id: string, received: Date, over: Partial<RequestLike> = {}): RequestLike => ({
    id,
    sopId: 's',
    sopRevision: 1,
    kategori: 'Printer/scanner',
    pemohon: { unitNama: 'Kepaniteraan' },
    saluran: 'telepon',
    prioritas: 'tinggi',
    status: 'selesai',
    adaTerlambat: false,
    langkahTerakhir: 3,
    langkahMulai: received.toISOString(),
    diterimaPada: received.toISOString(),
    ...over,
  });
  const step = (no: number, at: Date, personId = 'ani') => ({
    id: `${no}-${at.getTime()}`,
    stepNo: no,
    personId,
    selesaiPada: at.toISOString(),
  });
  const rows = [
    request('a', local(11, 2, 9)),
    request('b', local(11, 3, 9), {
      kategori: 'Jaringan/internet',
      saluran: 'whatsapp',
      adaTerlambat: true,
    }),
    request('c', local(10, 5, 9), { pemohon: { unitNama: 'Hakim' } }),
    request('d', local(11, 19, 9), {
      status: 'berjalan',
      langkahTerakhir: 1,
      prioritas: null,
      langkahMulai: local(11, 19, 9).toISOString(),
    }),
  ];
  const records: Record<string, ReturnType<typeof step>[]> = {
    a: [
      step(1, local(11, 2, 9)),
      step(2, local(11, 2, 9, 20)),
      step(3, local(11, 2, 10, 0), 'budi'),
    ],
    b: [step(1, local(11, 3, 9)), step(2, local(11, 3, 10)), step(3, local(11, 3, 10, 30), 'budi')],
    c: [step(1, local(10, 5, 9)), step(2, local(10, 5, 9, 10)), step(3, local(10, 5, 9, 40))],
    d: [step(1, local(11, 19, 9))],
  };
  const prepared = prepareStatistics(
    rows,
    () => procedure,
    (id) => records[id] ?? [],
    DEFAULT_OFFICE_HOURS,
    local(11, 20, 9),
  );
  const other = {
    procedure,
    nameOf: (id: string) => id.toUpperCase(),
    devices: [],
    tasks: [],
    today: '2026-11-20',
  };
  const nov = statisticsFor(prepared, other, { jenis: 'bulan', tahun: 2026, ke: 11 });

  it('counts the requests received in the period by category, unit, channel, priority, stage', () => {
    expect(nov.permintaan.total).toBe(3);
    expect(nov.permintaan.terlambat).toBe(2); // b's step 2 took 60 of 30 minutes; d waits since yesterday
    expect(nov.permintaan.perKategori).toEqual([
      { label: 'Printer/scanner', jumlah: 2 },
      { label: 'Jaringan/internet', jumlah: 1 },
    ]);
    expect(nov.permintaan.perUnit).toEqual([{ label: 'Kepaniteraan', jumlah: 3 }]);
    expect(nov.permintaan.perSaluran.find((r) => r.label === 'Telepon')?.jumlah).toBe(2);
    expect(nov.permintaan.perPrioritas.map((r) => [r.label, r.jumlah])).toEqual([
      ['Sangat Tinggi', 0],
      ['Tinggi', 2],
      ['Sedang', 0],
      ['Rendah', 0],
      ['Belum ditentukan', 1],
    ]);
    expect(nov.permintaan.perTahap).toEqual([
      { label: 'Selesai', jumlah: 2 },
      { label: 'Menunggu langkah 2', jumlah: 1 },
    ]);
    expect(nov.perBulan[9]?.jumlah).toBe(1);
    expect(nov.perBulan[10]?.jumlah).toBe(3);
  });

  it('times the steps against the SOP: median, p90 and share within, per step and officer', () => {
    const step2 = nov.langkah[1];
    expect(step2).toMatchObject({ stepNo: 2, jumlah: 2, median: 20, p90: 60, dalamStandar: 0.5 });
    expect(nov.langkah[2]).toMatchObject({ jumlah: 2, median: 30, p90: 40, dalamStandar: 1 });
    expect(nov.petugas.map((p) => [p.nama, p.jumlah])).toEqual([
      ['ANI', 5],
      ['BUDI', 2],
    ]);
    const q4 = statisticsFor(prepared, other, { jenis: 'triwulan', tahun: 2026, ke: 4 });
    expect(q4.permintaan.total).toBe(4);
    expect(q4.langkah[1]?.jumlah).toBe(3);
  });

  it('times a period once: seen again, its steps are not read again', () => {
    const reads: string[] = [];
    const counted = prepareStatistics(
      rows,
      () => procedure,
      (id) => {
        reads.push(id);
        return records[id] ?? [];
      },
      DEFAULT_OFFICE_HOURS,
      local(11, 20, 9),
    );
    const first = statisticsFor(counted, other, { jenis: 'bulan', tahun: 2026, ke: 11 });
    expect(reads.sort()).toEqual(['a', 'b', 'd']);
    const again = statisticsFor(counted, other, { jenis: 'bulan', tahun: 2026, ke: 11 });
    expect(reads).toHaveLength(3);
    expect(again.langkah).toEqual(first.langkah);
    expect(first.langkah).toEqual(nov.langkah);
  });

  it('settles a step recorded twice as the register does: the settled record counts', () => {
    const twice = {
      ...records,
      a: [
        step(1, local(11, 2, 9)),
        { ...step(2, local(11, 2, 9, 20)), id: 'kept' },
        { ...step(2, local(11, 2, 9, 50), 'budi'), id: 'dropped' },
        step(3, local(11, 2, 10, 0), 'budi'),
      ],
    };
    const settled: Record<string, TimedRecord[]> = {
      ...twice,
      a: twice.a.map((r) =>
        r.id === 'dropped'
          ? {
              ...r,
              penyelesaian: { dipakaiId: 'kept', digantikanIds: ['dropped'], pada: '', oleh: null },
            }
          : r,
      ),
    };
    const stats = statisticsFor(
      prepareStatistics(
        rows,
        () => procedure,
        (id) => settled[id] ?? [],
        DEFAULT_OFFICE_HOURS,
        local(11, 20, 9),
      ),
      other,
      { jenis: 'bulan', tahun: 2026, ke: 11 },
    );
    expect(stats.langkah).toEqual(nov.langkah);
  });
});
