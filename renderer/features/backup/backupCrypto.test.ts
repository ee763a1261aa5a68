import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BackupFileError,
  backupsToPrune,
  type BackupPayload,
} from '../../../shared/backup/backupFormat';
import { createBackupKey, openBackup, readBackupManifest, sealBackup } from './backupCrypto';

const ITERATIONS = 100_000;
const PASSPHRASE = 'kata sandi cadangan 1';

const payload: BackupPayload = {
  format: BACKUP_FORMAT,
  tables: {
    people: [{ id: 'p1', nama: 'Siti Aminah', _deleted: false }],
    units: [],
  },
};

async function sealed() {
  const key = await createBackupKey(PASSPHRASE, ITERATIONS);
  return sealBackup(
    payload,
    {
      format: BACKUP_FORMAT,
      appVersion: '0.1.0',
      schemaVersion: 7,
      createdAt: '2026-11-20T02:00:00.000Z',
      createdBy: { device: 'pc-1', personId: 'p1', nama: 'Siti Aminah' },
      counts: { people: 1, units: 0 },
      terjadwal: false,
    },
    key,
  );
}

async function refusal(bytes: Uint8Array, passphrase = PASSPHRASE): Promise<string> {
  try {
    await openBackup(bytes, { passphrase }, 7);
  } catch (error) {
    if (error instanceof BackupFileError) return error.reason;
    throw error;
  }
  return 'diterima';
}

describe('backup file', () => {
  it('opens what it sealed: manifest, checksum and rows', async () => {
    const { bytes, manifest } = await sealed();
    expect(manifest.checksum.payload).toMatch(/^[0-9a-f]{64}$/);
    expect(readBackupManifest(bytes, 7)).toEqual(manifest);
    const opened = await openBackup(bytes, { passphrase: PASSPHRASE }, 7);
    expect(opened.payload).toEqual(payload);
    expect(opened.manifest.counts).toEqual({ people: 1, units: 0 });
  });

  it('refuses a wrong passphrase, a damaged, truncated or foreign file, and a newer schema', async () => {
    const { bytes } = await sealed();
    expect(await refusal(bytes, 'kata sandi yang lain')).toBe('kataSandi');

    const damaged = bytes.slice();
    damaged[damaged.length - 20] = (damaged[damaged.length - 20] ?? 0) ^ 0xff;
    expect(await refusal(damaged)).toBe('rusak');

    const manifestChanged = new TextDecoder().decode(bytes).replace('"people":1', '"people":2');
    expect(await refusal(new TextEncoder().encode(manifestChanged))).toBe('rusak');

    expect(await refusal(bytes.slice(0, bytes.length - 10))).toBe('terpotong');
    expect(await refusal(bytes.slice(0, 30))).toBe('terpotong');
    expect(await refusal(new TextEncoder().encode('PK\u0003\u0004 bukan cadangan'))).toBe('asing');
    expect(await refusal(new Uint8Array(0))).toBe('asing');

    await expect(openBackup(bytes, { passphrase: PASSPHRASE }, 6)).rejects.toMatchObject({
      reason: 'versiBaru',
    });
  });

  it('tells the user why in Indonesian', () => {
    expect(new BackupFileError('kataSandi').message).toBe(
      'Kata sandi cadangan salah. Data tidak diubah.',
    );
  });

  it('prunes the oldest of its own files beyond the newest N', () => {
    expect(
      backupsToPrune(
        [
          'cadangan-meja-ti-2026-11-20-090000.mejati',
          'catatan.txt',
          'cadangan-meja-ti-2026-11-18-090000.mejati',
          'cadangan-meja-ti-2026-11-19-090000.mejati',
        ],
        2,
      ),
    ).toEqual(['cadangan-meja-ti-2026-11-18-090000.mejati']);
  });
});
