import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  installerMismatch,
  offerFromManifest,
  UPDATE_MANIFEST_FORMAT,
  type UpdateManifest,
} from './updateManifest';

const manifest: UpdateManifest = {
  format: UPDATE_MANIFEST_FORMAT,
  version: '1.4.0',
  notes: 'Perbaikan cetak Daftar.',
  fileName: 'Meja TI Setup 1.4.0.exe',
  size: 1234,
  sha256: 'a'.repeat(64),
  createdAt: '2026-12-05T03:00:00.000Z',
  createdBy: 'Admin PTIP',
};

describe('offerFromManifest', () => {
  it('offers a newer version with its notes', () => {
    expect(offerFromManifest(manifest, '1.3.9')).toEqual({ kind: 'offer', manifest });
    expect(offerFromManifest(manifest, '0.9.12').kind).toBe('offer');
  });

  it('does not offer an equal or older version', () => {
    expect(offerFromManifest(manifest, '1.4.0')).toEqual({ kind: 'none' });
    expect(offerFromManifest(manifest, '1.10.0')).toEqual({ kind: 'none' });
    expect(offerFromManifest(manifest, '2.0.0')).toEqual({ kind: 'none' });
  });

  it.each([
    ['an unknown field', { ...manifest, run: 'cmd.exe' }],
    ['a folder in the file name', { ...manifest, fileName: '..\\..\\evil.exe' }],
    ['a non-installer file', { ...manifest, fileName: 'setup.bat' }],
    ['a bad version', { ...manifest, version: '1.4' }],
    ['a bad hash', { ...manifest, sha256: 'xyz' }],
    ['an oversized note', { ...manifest, notes: 'x'.repeat(5000) }],
    ['another format', { ...manifest, format: 'meja-ti/update@2' }],
    ['not an object', 'hello'],
  ])('refuses %s with a short Indonesian reason', (_name, json) => {
    const offer = offerFromManifest(json, '1.0.0');
    expect(offer.kind).toBe('refused');
    if (offer.kind === 'refused') expect(offer.reason).toMatch(/tidak valid/);
  });
});

describe('compareVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('0.0.9', '0.1.0')).toBeLessThan(0);
  });
});

describe('installerMismatch', () => {
  it('accepts the file the manifest names and refuses a changed one', () => {
    expect(installerMismatch(manifest, { size: 1234, sha256: 'a'.repeat(64) })).toBeNull();
    expect(installerMismatch(manifest, { size: 1234, sha256: 'b'.repeat(64) })).toMatch(/SHA-256/);
    expect(installerMismatch(manifest, { size: 1235, sha256: 'a'.repeat(64) })).toMatch(/Ukuran/);
  });
});
