import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from './text';

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('text fields', () => {
  it('says in Indonesian that a required field is empty, whether it is blank or a select left unset', () => {
    const kategori = requiredText('Kategori', 60);
    expect(message(kategori.safeParse(null))).toBe('Kategori wajib diisi.');
    expect(message(kategori.safeParse('   '))).toBe('Kategori wajib diisi.');
    expect(message(kategori.safeParse('x'.repeat(61)))).toBe(
      'Kategori paling panjang 60 karakter.',
    );
    expect(kategori.parse('  Jaringan ')).toBe('Jaringan');
    expect(optionalText('Catatan', 5).parse(' ')).toBe('');
  });
});
