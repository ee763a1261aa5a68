import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/attachments/schema';
import { createMemoryFolder } from '../../../test/doubles/renderer/memoryFolder';
import { fastKeys } from '../../../test/doubles/renderer/syncOffices';
import { testDatabase } from '../../../test/doubles/renderer/testDatabase';
import type { MejaDatabase } from '../../db/database';
import { openAttachment, uploadPendingAttachments } from './attachmentFolder';
import { addAttachment, attachmentUsage } from './attachmentStore';

const now = () => new Date('2026-12-05T09:00:00+07:00');
const text = (s: string) => new TextEncoder().encode(s);
/** A small whole PDF: header, body, end marker. */
const pdf = (body: string) => text(`%PDF-1.4\n${body}\n%%EOF\n`);
const png = () =>
  new Uint8Array([0x89, ...text('PNG\r\n\x1a\n'), ...text('....IHDR....'), ...text('IEND'), 0xae]);

const open: MejaDatabase[] = [];
function pcDb(name: string): MejaDatabase {
  const db = testDatabase(`lampiran-${name}`);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('attachments on this PC', () => {
  it('keeps a photo or PDF once by its content and counts it against the limit', async () => {
    const db = pcDb('a');
    const first = await addAttachment(db, { nama: 'undangan.pdf', bytes: pdf('isi') }, now);
    expect(first).toMatchObject({
      nama: 'undangan.pdf',
      tipe: 'application/pdf',
      ukuran: pdf('isi').length,
    });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const again = await addAttachment(db, { nama: 'salinan.pdf', bytes: pdf('isi') }, now);
    expect(again.hash).toBe(first.hash);
    expect((await addAttachment(db, { nama: 'foto.png', bytes: png() }, now)).tipe).toBe(
      'image/png',
    );
    expect(await attachmentUsage(db)).toMatchObject({
      berkas: 2,
      bytes: pdf('isi').length + png().length,
    });
  });

  it('refuses an empty, oversized, unknown or cut-short file with its reason, and keeps nothing', async () => {
    const db = pcDb('b');
    const refusals: [string, Uint8Array, string][] = [
      ['kosong.pdf', new Uint8Array(), 'Berkas kosong.pdf kosong.'],
      ['besar.pdf', new Uint8Array(MAX_ATTACHMENT_BYTES + 1), 'terlalu besar'],
      ['catatan.pdf', text('bukan pdf'), 'bukan foto (JPEG, PNG, GIF, WebP) atau PDF'],
      [
        'terpotong.pdf',
        text('%PDF-1.4\nsetengah'),
        'Berkas terpotong.pdf rusak: isinya terpotong.',
      ],
    ];
    for (const [nama, bytes, reason] of refusals) {
      await expect(addAttachment(db, { nama, bytes }, now)).rejects.toThrow(reason);
    }
    expect(await db.attachmentBlobs.count()).toBe(0);
  });
});

describe('attachments between PCs', () => {
  it('go sealed into the shared folder and are fetched, checked and kept by the other PC', async () => {
    const folder = createMemoryFolder({ seed: 7 });
    const keys = await fastKeys();
    const a = pcDb('pc-a');
    const b = pcDb('pc-b');
    const ref = await addAttachment(a, { nama: 'berita.pdf', bytes: pdf('Sidang keliling') }, now);

    // Not in the folder yet: B is told it has not arrived.
    await expect(openAttachment(b, ref, { folder, keys }, now)).rejects.toThrow(
      'Lampiran berita.pdf belum sampai di folder bersama',
    );
    expect(await uploadPendingAttachments(a, { folder, keys })).toBe(1);
    expect(await uploadPendingAttachments(a, { folder, keys })).toBe(0);
    const [relPath] = folder.paths().filter((p) => p.startsWith('lampiran/'));
    expect(relPath).toMatch(/^lampiran\/[0-9a-f]{64}\.bin$/);
    // Sealed: the plain text is nowhere in the folder, nor the content's hash.
    const sealed = folder.getRaw(relPath ?? '') ?? new Uint8Array();
    expect(new TextDecoder().decode(sealed)).not.toContain('Sidang keliling');
    expect(relPath).not.toContain(ref.hash);

    const bytes = await openAttachment(b, ref, { folder, keys }, now);
    expect(new TextDecoder().decode(bytes)).toContain('Sidang keliling');
    // Kept: it opens again with the share gone.
    folder.goAway();
    await expect(openAttachment(b, ref, { folder, keys }, now)).resolves.toEqual(bytes);

    // The same content written by B too: the copy already there stands.
    folder.comeBack();
    const refB = await addAttachment(b, { nama: 'lain.pdf', bytes: pdf('Sidang keliling') }, now);
    expect(refB.hash).toBe(ref.hash);
    const c = pcDb('pc-c');
    await addAttachment(c, { nama: 'x.pdf', bytes: pdf('Sidang keliling') }, now);
    expect(await uploadPendingAttachments(c, { folder, keys })).toBe(0);
    expect(await c.attachmentBlobs.get(ref.hash)).toMatchObject({ diunggah: 1 });
  });

  it('refuses a damaged or swapped copy in the folder and keeps nothing of it', async () => {
    const folder = createMemoryFolder({ seed: 8 });
    const keys = await fastKeys();
    const a = pcDb('pc-a2');
    const b = pcDb('pc-b2');
    const ref = await addAttachment(a, { nama: 'foto.png', bytes: png() }, now);
    await uploadPendingAttachments(a, { folder, keys });
    const relPath = folder.paths().find((p) => p.startsWith('lampiran/')) ?? '';
    const sealed = folder.getRaw(relPath) ?? new Uint8Array();
    const damaged = new Uint8Array(sealed);
    damaged[20] = (damaged[20] ?? 0) ^ 0xff;
    folder.putRaw(relPath, damaged);
    await expect(openAttachment(b, ref, { folder, keys }, now)).rejects.toThrow(
      'Lampiran foto.png di folder bersama rusak atau diubah; ditolak.',
    );
    // A reference whose size or hash does not match what the folder holds.
    folder.putRaw(relPath, sealed);
    await expect(
      openAttachment(b, { ...ref, ukuran: ref.ukuran + 1 }, { folder, keys }, now),
    ).rejects.toThrow('tidak sama dengan aslinya');
    expect(await b.attachmentBlobs.count()).toBe(0);
    // Without a shared folder, a PC that lacks it says so.
    await expect(openAttachment(b, ref, null, now)).rejects.toThrow(
      'belum tersambung ke folder bersama',
    );
  });
});
