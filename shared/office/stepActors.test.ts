import { describe, expect, it } from 'vitest';
import type { Procedure } from '../sop/schema';
import { opProblem } from '../sync/rowCheck';
import type { Delegation } from './delegation';
import { stepPermission, type ActorPerson, type StepPermissionInput } from './stepActors';

const procedure: Pick<Procedure, 'actors'> = {
  actors: [
    { id: 'operator', label: 'Operator', role: 'operator' },
    { id: 'kasubag', label: 'Kasub Bag Kepeg dan TI', role: 'kasubag' },
    { id: 'provider', label: 'Pihak ke-3', role: 'pihakKetiga' },
  ],
};

const person = (id: string, roles: ActorPerson['roles'], aktif = true): ActorPerson => ({
  id,
  nama: id.toUpperCase(),
  jabatan: `Jabatan ${id}`,
  nip: '',
  roles,
  aktif,
});

const people = [
  person('ani', ['administrator', 'operator']),
  person('budi', ['kasubag']),
  person('citra', ['operator']),
];

const plh: Delegation = {
  id: 'd1',
  jenis: 'Plh.',
  untukPersonId: 'budi',
  delegasiPersonId: 'citra',
  dari: '2026-11-23',
  sampai: '2026-11-25',
  nomorSurat: 'W8-A1/12/KP.04.6/XI/2026',
  dicabut: false,
};

function check(over: Partial<StepPermissionInput>) {
  return stepPermission({
    procedure,
    step: { actorIds: ['kasubag'] },
    mapping: {},
    userId: null,
    people,
    delegations: [],
    day: '2026-11-24',
    ...over,
  });
}

describe('the office mapping from the share', () => {
  it('refuses a mapping to a role that does not exist, and keeps a good one', () => {
    const bad = { table: 'settings', changes: { petaPelaksana: { Kasubag: 'raja' } } };
    expect(opProblem(bad)).toMatch(/petaPelaksana/);
    const good = { table: 'settings', changes: { petaPelaksana: { 'Kasub Bag': 'kasubag' } } };
    expect(opProblem(good)).toBeNull();
  });
});

describe('who may record a step', () => {
  it('lets a holder of the role record it directly', () => {
    expect(check({ userId: 'budi' }).kind).toBe('direct');
  });

  it('refuses another role, the administrator too, saying who the step waits for', () => {
    expect(check({ userId: 'ani' })).toEqual({
      kind: 'refused',
      message: 'Menunggu Kasub Bag Kepeg dan TI: BUDI.',
    });
    expect(check({ userId: null }).kind).toBe('refused');
  });

  it('lets a delegate record it in the period, on behalf of the official', () => {
    const got = check({ userId: 'citra', delegations: [plh] });
    expect(got.kind).toBe('delegate');
    if (got.kind === 'delegate') {
      expect(got.official.id).toBe('budi');
      expect(got.delegation.id).toBe('d1');
    }
  });

  it('refuses the delegate outside the period', () => {
    expect(check({ userId: 'citra', delegations: [plh], day: '2026-11-26' }).kind).toBe('refused');
    expect(check({ userId: 'citra', delegations: [plh], day: '2026-11-22' }).kind).toBe('refused');
  });

  it('refuses a revoked delegation', () => {
    expect(check({ userId: 'citra', delegations: [{ ...plh, dicabut: true }] }).kind).toBe(
      'refused',
    );
  });

  it('refuses a delegation for an official who is no longer active', () => {
    const gone = [
      person('ani', ['operator']),
      person('budi', ['kasubag'], false),
      person('citra', ['operator']),
    ];
    const got = check({ userId: 'citra', delegations: [plh], people: gone });
    expect(got).toEqual({
      kind: 'refused',
      message: 'Menunggu Kasub Bag Kepeg dan TI: belum ada pegawai dengan peran ini.',
    });
  });

  it("follows the office's mapping of an actor label to a role", () => {
    const mapping = { 'Kasub Bag Kepeg dan TI': 'operator' as const };
    expect(check({ userId: 'citra', mapping }).kind).toBe('direct');
    expect(check({ userId: 'budi', mapping }).kind).toBe('refused');
  });

  it('gives the steps of actors who are not staff to an Operator', () => {
    expect(check({ userId: 'citra', step: { actorIds: ['provider'] } }).kind).toBe('direct');
    expect(check({ userId: 'budi', step: { actorIds: ['provider'] } }).kind).toBe('refused');
  });
});
