import { describe, expect, it } from 'vitest';
import { analyzeMessage, getDefaultLibrary } from './engine';
import { readAs } from './phrase-index';
import { slipBetween, slipVariants } from './spelling';

describe('typing slips', () => {
  it('names the one slip between what was typed and the word meant', () => {
    expect(slipBetween('parnets', 'parents')).toBe('swap');
    expect(slipBetween('folowers', 'followers')).toBe('missed');
    expect(slipBetween('foollowers', 'followers')).toBe('extra');
    expect(slipBetween('nodes', 'nudes')).toBeUndefined(); // a mistyped letter too often makes another word
    expect(slipBetween('arents', 'parents')).toBeUndefined(); // never the first letter
    expect(slipBetween('sagt', 'sagst')).toBeUndefined(); // nor the ending: inflections, not slips
    expect(slipBetween('parents', 'parents')).toBeUndefined();
  });

  it('lists every slip slipBetween accepts, so the generator checks them all', () => {
    const word = 'followers';
    const variants = new Set(slipVariants(word));
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const edits: string[] = [];
    for (let i = 0; i <= word.length; i++) {
      if (i < word.length) edits.push(word.slice(0, i) + word.slice(i + 1));
      if (i < word.length - 1) edits.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      for (const c of letters) edits.push(word.slice(0, i) + c + word.slice(i));
    }
    for (const typed of edits) if (slipBetween(typed, word)) expect(variants.has(typed), typed).toBe(true);
    expect(variants.has('folowers')).toBe(true);
  });

  it('reads a slip in a key word as the word meant, so a threat still counts', () => {
    const library = getDefaultLibrary();
    expect(readAs(library.byFrom.them, 'parnets')).toBe('parents');
    expect(analyzeMessage('i will send the screenshots to your parnets', 'them').categories).toContain('threat-to-share');
    expect(analyzeMessage('ill send these to all ur folowers', 'them').categories).toContain('threat-to-share');
  });

  it('leaves real words alone, in every language', () => {
    const them = getDefaultLibrary().byFrom.them;
    for (const word of ['patents', 'strand', 'manger', 'sagt', 'cliente', 'peones', 'boek', 'neuen', 'same', 'plants']) {
      expect(readAs(them, word), word).toBe(word);
    }
  });
});
