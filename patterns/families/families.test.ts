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
import { alternatives, testWord } from '../phrase';
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

  it('no alternative is written in a form no message is read in ("wanna", "24h": write "want_to", "24_h")', () => {
    // Normalisation rewrites some words in every message (normalize.ts: "u" -> "you", "gonna" ->
    // "going to", "24h" -> "24 h"), so an alternative holding one can never match. That is harmless
    // when another alternative of the term reads the rewritten form ("you|u"); alone, the phrase
    // silently misses what its writer meant.
    const unread = (word: string) => {
      const read = normalize(word, library.knows);
      return !(read.length === 1 && read[0] === word);
    };
    const dead: string[] = [];
    for (const entry of library.entries) {
      for (const phrase of [...entry.phrases, ...entry.unless, ...entry.unlessLaughing]) {
        for (const term of phrase.terms) {
          if ('gap' in term) continue;
          const alts = alternatives(term.index);
          for (const alt of alts) {
            if (!alt.some((w) => 'exact' in w && unread(w.exact))) continue;
            const read = normalize(alt.map((w) => ('exact' in w ? w.exact : 'prefix' in w ? w.prefix : '7')).join(' '), library.knows);
            const covered = alts.some((other) => other !== alt && other.length === read.length && other.every((w, k) => testWord(w, read[k]!)));
            if (!covered) dead.push(`${entry.key}: "${alt.map((w) => ('exact' in w ? w.exact : '...')).join('_')}" in "${phrase.source}" is read as "${read.join('_')}"`);
          }
        }
      }
    }
    expect(dead).toEqual([]);
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
