/**
 * The compiled pattern library: every family's phrases, validated and indexed by the
 * word that can start them. Finding the signals in a message costs a few map look-ups
 * per token, then a bounded match attempt for the few phrases filed under those words.
 */
import { CATEGORIES, LANGUAGES, SELF_CATEGORY, type Category, type Language, type Sender } from './categories';
import { FAMILIES } from './families';
import { lexiconFor } from './lexicon';
import { anchorTests, compilePhrase, matchesAnywhere, matchesAt, phraseWords, PhraseError, type CompiledPhrase } from './phrase';
import type { PatternEntry } from './schema';

export interface CompiledEntry {
  key: string; // "category/lang/id", for error messages and tests
  category: Category;
  lang: Language;
  id: string;
  weight: number | undefined;
  phrases: CompiledPhrase[];
  unless: CompiledPhrase[];
  examples: { match: string[]; ignore: string[] };
}

interface Candidate {
  entry: CompiledEntry;
  phrase: CompiledPhrase;
}

/** One sender's phrases, filed by their first word. */
interface PhraseIndex {
  exact: Map<string, Candidate[]>;
  prefix: Map<string, Candidate[]>;
  prefixLengths: number[];
  numeric: Candidate[];
}

export interface PatternLibrary {
  entries: CompiledEntry[];
  /** Entries left out because they did not compile (only when built with `strict: false`). */
  problems: string[];
  /** Phrases about the other person's tactics, and about what the user shares. */
  byFrom: Record<Sender, PhraseIndex>;
  /** Is this a word some phrase uses? (Normalisation restores only such words.) */
  knows: (word: string) => boolean;
}

export interface Hit {
  category: Category;
  weight: number | undefined;
  entry: string;
}

export class PatternDataError extends Error {}

type Families = Partial<Record<Category, Partial<Record<Language, PatternEntry[]>>>>;

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
    weight: entry.weight,
    phrases: entry.phrases.map(compile),
    unless: (entry.unless ?? []).map(compile),
    examples: entry.examples,
  };
}

function emptyIndex(): PhraseIndex {
  return { exact: new Map(), prefix: new Map(), prefixLengths: [], numeric: [] };
}

function file(map: Map<string, Candidate[]>, key: string, c: Candidate): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/**
 * Compile every family. `strict` (tests, scan) throws on the first bad entry; the
 * extension builds with `strict: false` so one broken entry costs that entry, not the
 * whole engine, and is reported in `problems`.
 */
export function buildLibrary(families: Families = FAMILIES, { strict = true } = {}): PatternLibrary {
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

  const byFrom: Record<Sender, PhraseIndex> = { them: emptyIndex(), me: emptyIndex() };
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const entry of entries) {
    const index = byFrom[entry.category === SELF_CATEGORY ? 'me' : 'them'];
    for (const phrase of entry.phrases) {
      const candidate = { entry, phrase };
      for (const test of anchorTests(phrase)) {
        if ('exact' in test) file(index.exact, test.exact, candidate);
        else if ('prefix' in test) file(index.prefix, test.prefix, candidate);
        else index.numeric.push(candidate);
      }
      for (const test of phraseWords(phrase)) {
        if ('exact' in test) words.add(test.exact);
        else if ('prefix' in test) prefixes.add(test.prefix);
      }
    }
  }
  for (const index of Object.values(byFrom)) {
    index.prefixLengths = [...new Set([...index.prefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  }
  const prefixLengths = [...new Set([...prefixes].map((p) => p.length))].sort((a, b) => a - b);
  const knows = (word: string) => {
    if (words.has(word)) return true;
    for (const n of prefixLengths) {
      if (n > word.length) break;
      if (prefixes.has(word.slice(0, n))) return true;
    }
    return false;
  };
  return { entries, problems, byFrom, knows };
}

const NUMBER_TOKEN = /^[0-9]/;

/**
 * The signals in one normalised message. Each category is reported once, with the
 * highest weight among the entries that fired for it.
 */
export function findHits(library: PatternLibrary, tokens: readonly string[], from: Sender): Hit[] {
  const index = library.byFrom[from];
  const found = new Map<Category, Hit>();
  const tryCandidates = (list: Candidate[] | undefined, pos: number) => {
    if (!list) return;
    for (const { entry, phrase } of list) {
      const known = found.get(entry.category);
      if (known && (known.weight ?? Infinity) >= (entry.weight ?? Infinity)) continue;
      if (!matchesAt(phrase, tokens, pos)) continue;
      if (entry.unless.some((u) => matchesAnywhere(u, tokens))) continue;
      found.set(entry.category, { category: entry.category, weight: entry.weight, entry: entry.key });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    tryCandidates(index.exact.get(token), i);
    for (const n of index.prefixLengths) {
      if (n > token.length) break;
      tryCandidates(index.prefix.get(token.slice(0, n)), i);
    }
    if (index.numeric.length && NUMBER_TOKEN.test(token)) tryCandidates(index.numeric, i);
  }
  return [...found.values()];
}

/** Does this one entry fire on these tokens? (For the entry's own examples.) */
export function entryMatches(entry: CompiledEntry, tokens: readonly string[]): boolean {
  return entry.phrases.some((p) => matchesAnywhere(p, tokens)) && !entry.unless.some((u) => matchesAnywhere(u, tokens));
}
