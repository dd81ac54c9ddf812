/**
 * Every pattern entry carries its own examples: each `match` must fire the entry and
 * each `ignore` must not. This test runs them all, so a pattern change that breaks
 * one of its own examples fails with the entry's key.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANGUAGES, SELF_CATEGORY } from '../categories';
import { buildLibrary, entryMatches, findHits } from '../library';
import { normalize } from '../normalize';
import { lexiconSchema, validateFamilies } from '../schema';
import { COMMON_LEXICON, LANGUAGE_LEXICONS } from '../lexicon';
import { FAMILIES } from './index';

// Built leniently so that one broken entry fails its own test below, not every other
// entry's examples with it (several people edit these files at once).
const library = buildLibrary(FAMILIES, { strict: false });

describe('pattern families', () => {
  it('has a folder for every category and a registered file for every language', () => {
    const dir = import.meta.dirname;
    const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory()).sort();
    expect(folders).toEqual([...CATEGORIES].sort());
    for (const category of CATEGORIES) {
      const files = readdirSync(join(dir, category)).filter((f) => /^[a-z]{2}\.ts$/.test(f));
      expect(files.map((f) => f.slice(0, 2)).sort()).toEqual([...LANGUAGES].sort());
      expect(Object.keys(FAMILIES[category]).sort()).toEqual([...LANGUAGES].sort());
    }
  });

  it('every entry compiles (no phrase over the term or gap limits, no unknown @name)', () => {
    expect(library.problems).toEqual([]);
  });

  it('every entry and lexicon fits the zod schema', () => {
    expect(validateFamilies(FAMILIES)).toEqual([]);
    for (const lexicon of [COMMON_LEXICON, ...Object.values(LANGUAGE_LEXICONS)]) expect(lexiconSchema.safeParse(lexicon).success).toBe(true);
  });

  it('every match example fires its category through the phrase index too, as the engine reads messages', () => {
    // entryMatches() tries the entry alone; the engine goes through the index, which must find the same.
    const missed: string[] = [];
    for (const entry of library.entries) {
      const from = entry.category === SELF_CATEGORY ? 'me' : 'them';
      for (const text of entry.examples.match) {
        const hit = findHits(library, normalize(text, library.knows), from, entry.langBit).find((h) => h.category === entry.category);
        if (!hit || hit.weight < entry.weight) missed.push(`${entry.key}: ${JSON.stringify(text)}`);
      }
    }
    expect(missed).toEqual([]);
  });

  for (const entry of library.entries) {
    describe(entry.key, () => {
      it.each(entry.examples.match)('fires on %j', (text) => {
        expect(entryMatches(entry, normalize(text, library.knows))).toBe(true);
      });
      it.each(entry.examples.ignore)('stays quiet on %j', (text) => {
        expect(entryMatches(entry, normalize(text, library.knows))).toBe(false);
      });
    });
  }
});
