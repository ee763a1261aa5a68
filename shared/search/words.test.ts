import { describe, expect, it } from 'vitest';
import { foldText, matchesWords } from './words';

describe('matchesWords', () => {
  it('finds every word of the query anywhere, in any case', () => {
    const text = foldText('001/PLTI/XI/2026  Siti Aminah, S.H.  Printer rusak');
    expect(matchesWords(text, 'printer siti')).toBe(true);
    expect(matchesWords(text, 'PLTI/XI')).toBe(true);
    expect(matchesWords(text, 'printer budi')).toBe(false);
  });

  it('matches nothing for an empty query', () => {
    expect(matchesWords(foldText('apa saja'), '   ')).toBe(false);
  });
});
