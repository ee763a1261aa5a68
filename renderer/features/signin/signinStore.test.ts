import { describe, expect, it } from 'vitest';
import { createRow, putRow } from '../../db/repository';
import { testDatabase, testWriteContext } from '../../../test/doubles/renderer/testDatabase';
import type { DeriveKey } from '../../../shared/signin/pinPolicy';
import { readCurrentUser } from '../people/public';
import type { SigninEvent } from './signinEvents';
import { checkRecoveryCode, newRecoveryCode, storeRecoveryCode } from './recoveryCode';
import { setPin } from '../people/public';
import { lockNow, signIn, startLocked, type SigninDeps } from './signinStore';
import { recoverAdministrator } from './recoverAdministrator';
import { webCryptoDerive } from '../../kit/webCrypto';

/** A fast stand-in for PBKDF2 (its real cost is tested once below): SHA-256 of pin+salt. */
const fastDerive: DeriveKey = async (pin, salt, _iterations, keyBytes) => {
  const bytes = new Uint8Array([...new TextEncoder().encode(pin), ...salt]);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).slice(0, keyBytes);
};
const random = (n: number) => new Uint8Array(n).map((_, i) => (i * 37 + 11) % 256);

function memorySession(): SigninDeps['session'] {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

async function setup(name: string) {
  const db = testDatabase(name);
  const ctx = testWriteContext(db);
  const personId = await createRow(ctx, 'people', {
    nama: 'Budi',
    nip: '',
    jabatan: 'Staf',
    unitId: null,
    roles: ['administrator'],
    aktif: true,
  });
  expect(await setPin(ctx, fastDerive, random, personId, '493817')).toEqual({ ok: true });
  let time = Date.parse('2026-03-02T09:00:00+07:00');
  const events: SigninEvent[] = [];
  let actor: string | null = null;
  const deps: SigninDeps = {
    db,
    derive: fastDerive,
    now: () => new Date(time),
    report: (e) => void events.push(e),
    setActor: (id) => (actor = id),
    session: memorySession(),
  };
  return {
    db,
    ctx,
    personId,
    deps,
    events,
    actor: () => actor,
    advance: (ms: number) => (time += ms),
  };
}

describe('sign-in store', () => {
  it('stores only a hash, signs in with the right PIN and reports it', async () => {
    const s = await setup('signin-right');
    const row = await s.db.people.get(s.personId);
    expect(JSON.stringify(row)).not.toContain('493817');
    expect(await readCurrentUser(s.db)).toBeNull();
    expect(await signIn(s.deps, s.personId, '493817')).toEqual({ ok: true });
    expect(await readCurrentUser(s.db)).toBe(s.personId);
    expect(s.actor()).toBe(s.personId);
    expect(s.events).toEqual([{ kind: 'signin', personId: s.personId }]);
    s.db.close();
  });

  it('refuses a wrong PIN and locks at the fifth until the lock has passed', async () => {
    const s = await setup('signin-wrong');
    for (let i = 1; i <= 4; i++) {
      expect(await signIn(s.deps, s.personId, '000111')).toEqual({
        ok: false,
        error: 'PIN salah.',
      });
    }
    const fifth = await signIn(s.deps, s.personId, '000111');
    expect(fifth.ok).toBe(false);
    expect(!fifth.ok && fifth.error).toMatch(
      /^Terlalu banyak PIN salah\. Coba lagi pukul \d\d\.\d\d\.$/,
    );
    // Locked: even the right PIN is refused for a minute.
    expect((await signIn(s.deps, s.personId, '493817')).ok).toBe(false);
    expect(await readCurrentUser(s.db)).toBeNull();
    s.advance(60_001);
    expect(await signIn(s.deps, s.personId, '493817')).toEqual({ ok: true });
    expect(s.events.map((e) => e.kind)).toEqual([
      'signin.failed',
      'signin.failed',
      'signin.failed',
      'signin.failed',
      'signin.lockout',
      'signin',
    ]);
    s.db.close();
  });

  it('refuses a deactivated person and one without a PIN', async () => {
    const s = await setup('signin-inactive');
    await putRow(s.ctx, 'people', s.personId, { aktif: false });
    expect((await signIn(s.deps, s.personId, '493817')).ok).toBe(false);
    await putRow(s.ctx, 'people', s.personId, { aktif: true, pin: null });
    expect(await signIn(s.deps, s.personId, '493817')).toEqual({
      ok: false,
      error: 'Pegawai ini belum mempunyai PIN.',
    });
    expect(await readCurrentUser(s.db)).toBeNull();
    s.db.close();
  });

  it('locks, and a new window starts locked while a reload keeps the user', async () => {
    const s = await setup('signin-lock');
    await signIn(s.deps, s.personId, '493817');
    expect(await startLocked(s.db, s.deps.session, s.personId)).toBe(s.personId);
    expect(await startLocked(s.db, memorySession(), s.personId)).toBeNull();
    expect(await readCurrentUser(s.db)).toBeNull();
    await signIn(s.deps, s.personId, '493817');
    await lockNow(s.deps, 'idle', s.personId);
    expect(await readCurrentUser(s.db)).toBeNull();
    expect(s.actor()).toBeNull();
    expect(s.events.at(-1)).toEqual({
      kind: 'lock',
      personId: s.personId,
      detail: { reason: 'idle' },
    });
    s.db.close();
  });

  it('refuses a weak new PIN', async () => {
    const s = await setup('signin-weak');
    expect(await setPin(s.ctx, fastDerive, random, s.personId, '123456')).toEqual({
      ok: false,
      error: 'PIN tidak boleh angka berurutan.',
    });
    s.db.close();
  });

  it('keeps only the recovery code hash and checks it', async () => {
    const s = await setup('signin-recovery');
    const code = newRecoveryCode(random);
    expect(code).toMatch(/^[346789A-HJKMNPQRTUVWXY]{5}(-[346789A-HJKMNPQRTUVWXY]{5}){3}$/);
    await storeRecoveryCode(s.ctx, fastDerive, random, code);
    expect(JSON.stringify(await s.db.settings.toArray())).not.toContain(code.slice(0, 5));
    expect(await checkRecoveryCode(s.db, fastDerive, code.toLowerCase())).toBe(true);
    expect(await checkRecoveryCode(s.db, fastDerive, 'AAAAA-AAAAA-AAAAA-AAAAA')).toBe(false);
    s.db.close();
  });

  it('derives with WebCrypto PBKDF2-SHA-256', async () => {
    const key = await webCryptoDerive('password', new TextEncoder().encode('salt'), 1, 32);
    // RFC 7914 / well-known PBKDF2-HMAC-SHA256 vector, c = 1.
    expect(Buffer.from(key).toString('hex')).toBe(
      '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b',
    );
  });
});

describe('Lupa PIN? with the recovery code', () => {
  it('sets a new PIN for an administrator, replaces the used code, and refuses a wrong code or a non-administrator', async () => {
    const s = await setup('recover-admin');
    let calls = 0;
    // Fresh bytes on every call, so the replacement code differs from the used one.
    const varied = (n: number) => new Uint8Array(n).map((_, i) => (i * 37 + ++calls * 101) % 256);
    const code = newRecoveryCode(varied);
    await storeRecoveryCode(s.ctx, fastDerive, random, code);
    const input = { personId: s.personId, code: 'AAAAA-BBBBB-CCCCC-DDDDD', newPin: '731902' };
    expect(await recoverAdministrator(s.ctx, s.deps, varied, input)).toEqual({
      ok: false,
      error: 'Kode pemulihan salah.',
    });
    expect(s.events.at(-1)).toMatchObject({ kind: 'recovery', detail: { berhasil: false } });

    const typedLoosely = code.toLowerCase().replace(/-/g, ' ');
    const done = await recoverAdministrator(s.ctx, s.deps, varied, {
      ...input,
      code: typedLoosely,
    });
    if (!done.ok) throw new Error(done.error);
    expect(await signIn(s.deps, s.personId, '731902')).toEqual({ ok: true });
    // The used code no longer works; the new one does.
    expect(await checkRecoveryCode(s.db, fastDerive, code)).toBe(false);
    expect(await checkRecoveryCode(s.db, fastDerive, done.newCode)).toBe(true);

    const staff = await createRow(s.ctx, 'people', {
      nama: 'Sari',
      nip: '',
      jabatan: 'Staf',
      unitId: null,
      roles: ['operator'],
      aktif: true,
    });
    expect(
      await recoverAdministrator(s.ctx, s.deps, varied, {
        ...input,
        personId: staff,
        code: done.newCode,
      }),
    ).toEqual({ ok: false, error: 'Pemulihan dengan kode hanya untuk administrator aktif.' });
    s.db.close();
  });
});
