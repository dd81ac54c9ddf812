/**
 * The compiled pattern library: every family's entries, compiled and checked, with one
 * phrase index per sender (phrase-index.ts) and the vocabulary normalisation may restore.
 */
import { CATEGORIES, LANGUAGES, SELF_CATEGORY, type Category, type Language, type Sender } from './categories';
import { ALL_LANGUAGES, languageBit } from './language';
import { lexiconFor } from './lexicon';
import { compilePhrase, forgetParsedAlternatives, matchesAnywhere, phraseWords, PhraseError, type CompiledPhrase } from './phrase';
import type { KnownWord } from './normalize';
import { isEveryday } from './rarity';
import { isLaughter } from './laughter';
import { buildRespell } from './spelling';
import { buildPhraseIndex, findInIndex, type PhraseIndex } from './phrase-index';
import type { PatternEntry } from './schema';
import { DEFAULT_WEIGHTS, EXTORTION } from './scorer';

export interface CompiledEntry {
  key: string; // "category/lang/id", for error messages and tests
  category: Category;
  lang: Language;
  id: string;
  langBit: number;
  /** The entry's weight, or its category's default (scorer.ts). */
  weight: number;
  phrases: CompiledPhrase[];
  unless: CompiledPhrase[];
  /**
   * `unless` phrases that only laughter fills ("lol|haha"), in extortion entries: they
   * excuse the threat in an ordinary chat, not in one that already looks risky (engine.ts).
   */
  unlessLaughing: CompiledPhrase[];
  examples: { match: string[]; ignore: string[] };
}

export interface PatternLibrary {
  entries: CompiledEntry[];
  /** Entries left out because they did not compile (only when built with `strict: false`). */
  problems: string[];
  /** Phrases about the other person's tactics, and about what the user shares. */
  byFrom: Record<Sender, PhraseIndex>;
  /** Is this a word some phrase uses? (Normalisation restores only such words.) */
  knows: KnownWord;
  /** The words and word beginnings `knows` answers from. */
  vocabulary: Vocabulary;
}

export interface Vocabulary {
  words: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
}

export interface Hit {
  category: Category;
  weight: number;
  entry: string;
  /** Every entry that fired for this category was excused by a laugh (`unlessLaughing`). */
  excusedByLaughter?: true;
}

export class PatternDataError extends Error {}

type Families = Partial<Record<Category, Partial<Record<Language, PatternEntry[]>>>>;

/** Where extortioners mock as often as friends joke: a laugh excuses these only in an ordinary chat. */
const MOCKED: ReadonlySet<Category> = new Set([...EXTORTION, 'payment-demand']);

/** A laughter alternative of an `unless` term ("lol", "haha*", "[xd]"). */
const laughs = (alternative: string) => isLaughter(alternative.replace(/^\[|\*?\]?$/g, ''));

/**
 * An extortion entry's `unless` phrases, with laughter set apart: a one-term phrase loses
 * its laughter alternatives to `unlessLaughing`, and a longer phrase with laughter in it
 * goes there whole ("just ..2 kidding").
 */
function splitUnless(category: Category, sources: readonly string[], compile: (s: string) => CompiledPhrase) {
  const unless: CompiledPhrase[] = [];
  const unlessLaughing: CompiledPhrase[] = [];
  for (const source of sources) {
    const parts = source.trim().split(/\s+/);
    if (!MOCKED.has(category) || !parts.some((part) => part.split('|').some(laughs))) unless.push(compile(source));
    else if (parts.length > 1) unlessLaughing.push(compile(source));
    else {
      const alternatives = source.trim().split('|');
      const plain = alternatives.filter((alt) => !laughs(alt));
      if (plain.length) unless.push(compile(plain.join('|')));
      unlessLaughing.push(compile(alternatives.filter(laughs).join('|')));
    }
  }
  return { unless, unlessLaughing };
}

/**
 * Compile one entry. Its shape is checked with zod by `validateFamilies()` (schema.ts),
 * which the test suite runs on every file; at run time only the phrases are compiled,
 * so zod stays out of the content script.
 */
function compileEntry(category: Category, lang: Language, entry: PatternEntry): CompiledEntry {
  const where = `${category}/${lang}`;
  const lexicon = lexiconFor(lang);
  const compile = (source: string) => {
    try {
      return compilePhrase(source, lexicon);
    } catch (e) {
      if (e instanceof PhraseError) throw new PatternDataError(`${where}/${entry.id}: ${e.message}`);
      throw e;
    }
  };
  return {
    key: `${where}/${entry.id}`,
    category,
    lang,
    id: entry.id,
    langBit: languageBit(lang),
    weight: entry.weight ?? (category === SELF_CATEGORY ? 1 : DEFAULT_WEIGHTS[category]),
    phrases: entry.phrases.map(compile),
    ...splitUnless(category, entry.unless ?? [], compile),
    examples: entry.examples,
  };
}

/**
 * Compile every family. `strict` (tests, scan) throws on the first bad entry; the
 * extension builds with `strict: false` so one broken entry costs that entry, not the
 * whole engine, and is reported in `problems`.
 */
export function buildLibrary(families: Families, { strict = true } = {}): PatternLibrary {
  const entries: CompiledEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const category of CATEGORIES) {
    for (const lang of LANGUAGES) {
      for (const raw of families[category]?.[lang] ?? []) {
        try {
          const entry = compileEntry(category, lang, raw);
          if (seen.has(entry.key)) throw new PatternDataError(`${entry.key}: duplicate id`);
          seen.add(entry.key);
          entries.push(entry);
        } catch (e) {
          if (strict || !(e instanceof PatternDataError)) throw e;
          problems.push(e.message);
        }
      }
    }
  }

  // The vocabulary: normalisation restores spaced or stretched letters, and the index reads
  // typing slips, only into these words.
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      for (const test of phraseWords(phrase)) {
        if ('exact' in test) words.add(test.exact);
        else if ('prefix' in test) prefixes.add(test.prefix);
      }
    }
    // Words spelled with digits that an `unless` uses as written ("ps4", "top3"): normalisation
    // must not read them as leetspeak for another word.
    for (const phrase of [...entry.unless, ...entry.unlessLaughing]) {
      for (const test of phraseWords(phrase)) if ('exact' in test && /[0-9]/.test(test.exact) && /[a-z]/.test(test.exact)) words.add(test.exact);
    }
  }
  const vocabulary = { words, prefixes };
  const knows = vocabularyTest(vocabulary);
  const byFrom: Record<Sender, PhraseIndex> = {
    them: buildPhraseIndex(
      entries.filter((e) => e.category !== SELF_CATEGORY),
      buildRespellForLibrary(words, knows),
    ),
    me: buildPhraseIndex(entries.filter((e) => e.category === SELF_CATEGORY)),
  };
  forgetParsedAlternatives();
  return { entries, problems, byFrom, knows, vocabulary };
}

/** PatternLibrary.knows for this vocabulary. */
export function vocabularyTest({ words, prefixes }: Vocabulary): KnownWord {
  const prefixLengths = [...new Set([...prefixes].map((p) => p.length))].sort((a, b) => a - b);
  const knows: KnownWord = (word) => {
    if (words.has(word)) return true;
    for (const n of prefixLengths) {
      if (n > word.length) break;
      if (prefixes.has(word.slice(0, n))) return true;
    }
    return false;
  };
  knows.exactly = (word) => words.has(word);
  return knows;
}

/** Typing slips are read as the pattern word meant, only where no term matches as typed. */
export function buildRespellForLibrary(words: ReadonlySet<string>, knows: (word: string) => boolean) {
  return buildRespell(words, (token) => isEveryday(token) || knows(token));
}

/**
 * The signals in one normalised message. Each category is reported once, with the
 * highest weight among the entries that fired for it. `languages` (bits, language.ts)
 * limits which languages' entries may fire. Phrases match before `ownEnd` (the sender's own
 * words, before any report of what someone else said); `unless` reads the whole message.
 */
export function findHits(library: PatternLibrary, tokens: readonly string[], from: Sender, languages = ALL_LANGUAGES, ownEnd = tokens.length): Hit[] {
  return findInIndex(library.byFrom[from], tokens, languages, ownEnd);
}

/** Does this one entry fire on these tokens, as in an ordinary chat? (For the entry's own examples.) */
export function entryMatches(entry: CompiledEntry, tokens: readonly string[]): boolean {
  const excused = (u: CompiledPhrase) => matchesAnywhere(u, tokens);
  return entry.phrases.some((p) => matchesAnywhere(p, tokens)) && !entry.unless.some(excused) && !entry.unlessLaughing.some(excused);
}
