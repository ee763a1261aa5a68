import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PETUNJUK } from '../../shared/requests/schema';
import { ROW_SCHEMAS } from '../../shared/sync/rowSchemas';
import type { PersonRow, RequestRow } from '../../renderer/db/rows';
import { disposisiRequest } from '../../renderer/features/requests/requestPrints';
import {
  emptyReception,
  validateReception,
} from '../../renderer/features/requests/receptionValues';
import { mukomukoOffice } from '../fixtures/office';
import { local, renderRequest } from '../fixtures/requestDocs';

/**
 * Issue #15 item 4: a request that arrived as a letter keeps the letter's own number and
 * date (entered at reception); the Lembar Disposisi prints them as Nomor surat and Tanggal
 * surat, and the register's number as Nomor agenda.
 */

const synced = { _clock: {}, _deleted: false, _updatedBy: null, _updatedAt: local(11, 1) };

const ketua: PersonRow = {
  id: 'ketua',
  ...synced,
  nama: 'Dr. H. Muhammad Yusuf, M.H.',
  nip: '197805122003121001',
  jabatan: 'Ketua Pengadilan Agama Mukomuko',
  unitId: null,
  roles: [],
  aktif: true,
};

function request(surat: RequestRow['surat']): RequestRow {
  return {
    id: 'r1',
    ...synced,
    nomor: '012/PLTI/XI/2026',
    tahun: 2026,
    urut: 12,
    sopId: 'sop',
    sopRevision: 1,
    pemohon: {
      personId: null,
      nama: 'Siti Aminah, S.H.',
      nip: '',
      unitNama: 'Kepaniteraan Hukum',
      telepon: '',
    },
    diterimaPada: local(11, 23, 8, 15),
    saluran: surat ? 'surat' : 'formulir',
    kategori: 'Perangkat keras',
    aplikasi: '',
    perangkat: '',
    uraian: 'Komputer ruang sidang tidak menyala.',
    urgensiPemohon: 'tinggi',
    ...(surat === undefined ? {} : { surat }),
    urgensi: null,
    dampak: null,
    prioritas: null,
    disposisi: {
      dariPersonId: 'ketua',
      tanggal: local(11, 23, 10, 0),
      sifat: 'biasa',
      kecepatan: 'segera',
      diteruskanKepada: ['ketua'],
      petunjuk: ['Selesaikan'],
      catatan: '',
    },
    status: 'berjalan',
    langkahTerakhir: 3,
    langkahMulai: local(11, 23, 10, 0),
    adaTerlambat: false,
    selesaiPada: null,
    penutupan: null,
  };
}

/** When the paper is printed (its date line). */
const PRINTED_AT = new Date('2026-11-23T10:00:00+07:00');

const line = (text: string, label: string) => text.split('\n').find((l) => l.includes(label)) ?? '';

describe('the Lembar Disposisi of a request that arrived as a letter', () => {
  it("prints the letter's number and date, and the register number as the agenda", async () => {
    const letter = { nomor: 'W7-A8/123/OT.01/XI/2026', tanggal: '2026-11-20' };
    const print = disposisiRequest(
      mukomukoOffice(),
      'F4',
      request(letter),
      [ketua],
      [...DEFAULT_PETUNJUK],
      PRINTED_AT,
    );
    const file = await renderRequest(print, 'disposisi-surat');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(line(text, 'Nomor surat')).toContain('W7-A8/123/OT.01/XI/2026');
    expect(line(text, 'Nomor surat')).not.toContain('012/PLTI/XI/2026');
    expect(line(text, 'Tanggal surat')).toContain('20 November 2026');
    expect(line(text, 'Diterima tanggal')).toContain('23 November 2026');
    expect(line(text, 'Nomor agenda')).toContain('012/PLTI/XI/2026');
  });

  it('leaves the letter fields empty for a request that came another way', async () => {
    const print = disposisiRequest(
      mukomukoOffice(),
      'A4',
      request(undefined),
      [ketua],
      [...DEFAULT_PETUNJUK],
      PRINTED_AT,
    );
    const file = await renderRequest(print, 'disposisi-bukan-surat');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(line(text, 'Nomor surat')).not.toContain('012/PLTI/XI/2026');
    expect(line(text, 'Tanggal surat')).not.toContain('23 November 2026');
    expect(line(text, 'Nomor agenda')).toContain('012/PLTI/XI/2026');
  });
});

describe('reception of a letter', () => {
  const now = new Date(2026, 10, 23, 9, 0);
  const base = {
    ...emptyReception(now),
    nama: 'Siti',
    unitNama: 'Kepaniteraan',
    kategori: 'Printer/scanner',
    uraian: 'Printer macet',
    saluran: 'surat' as const,
  };

  it("keeps the letter's number and date", () => {
    const result = validateReception(
      { ...base, suratNomor: 'W7-A8/123/OT.01/XI/2026', suratTanggal: '2026-11-20' },
      now,
    );
    expect(result.ok && result.reception.surat).toEqual({
      nomor: 'W7-A8/123/OT.01/XI/2026',
      tanggal: '2026-11-20',
    });
  });

  it('asks for them, and refuses a letter dated after it was received', () => {
    const missing = validateReception(base, now);
    expect(missing.ok ? {} : missing.errors).toEqual({
      suratNomor: 'Isi nomor dan tanggal surat permintaan.',
    });
    const later = validateReception(
      { ...base, suratNomor: '123', suratTanggal: '2026-11-24' },
      now,
    );
    expect(later.ok ? {} : later.errors).toEqual({
      suratTanggal: 'Tanggal surat tidak boleh sesudah tanggal diterima.',
    });
  });

  it('drops letter fields typed before the channel changed to another', () => {
    const result = validateReception(
      { ...base, saluran: 'whatsapp', suratNomor: '123', suratTanggal: '2026-11-20' },
      now,
    );
    expect(result.ok && result.reception.surat).toBeNull();
  });

  it('reads rows from other PCs with or without the letter', () => {
    const { surat: _omitted, ...older } = request(null);
    expect(ROW_SCHEMAS.requests.safeParse(older).success).toBe(true);
    const withLetter = request({ nomor: 'W7/1', tanggal: '2026-11-20' });
    expect(ROW_SCHEMAS.requests.safeParse(withLetter).success).toBe(true);
    const bad = request({ nomor: 'W7/1', tanggal: '20-11-2026' });
    expect(ROW_SCHEMAS.requests.safeParse(bad).success).toBe(false);
  });
});
