/**
 * The compiled pattern library: every family's phrases, validated and indexed by the
 * word that can start them. Finding the signals in a message costs a few map look-ups
 * per token, then a bounded match attempt for the few phrases filed under those words.
 */
import { CATEGORIES, LANGUAGES, SELF_CATEGORY, type Category, type Language, type Sender } from './categories';
import { FAMILIES } from './families';
import { lexiconFor } from './lexicon';
import { anchorTests, compilePhrase, gateTerm, matchesAnywhere, matchesAt, phraseWords, PhraseError, termKeys, type CompiledPhrase, type WordTest } from './phrase';
import type { PatternEntry } from './schema';
import { DEFAULT_WEIGHTS } from './scorer';

export interface CompiledEntry {
  key: string; // "category/lang/id", for error messages and tests
  category: Category;
  lang: Language;
  id: string;
  /** The entry's weight, or its category's default (scorer.ts). */
  weight: number;
  phrases: CompiledPhrase[];
  unless: CompiledPhrase[];
  examples: { match: string[]; ignore: string[] };
}

interface Candidate {
  entry: CompiledEntry;
  phrase: CompiledPhrase;
  /** Index of the phrase's gate in `gates`, or -1 when its first word is rare enough. */
  gate: number;
}

/** Words filed under keys: exact words, prefixes (looked up by length) and numbers. */
interface WordMap<T> {
  exact: Map<string, T[]>;
  prefix: Map<string, T[]>;
  prefixLengths: number[];
  numeric: T[];
}

/** One sender's phrases, filed by their first word, and their gates by the gate's words. */
interface PhraseIndex {
  starts: WordMap<Candidate>;
  gates: WordMap<number>;
  gateCount: number;
  /** Scratch: `open[g] === stamp` when gate g's word is in the message being read. */
  open: Uint32Array;
  stamp: number;
  /**
   * What each distinct token opens and starts, computed once: chat words repeat a lot,
   * so most tokens cost one Map look-up. Bounded; cleared when full.
   */
  tokens: Map<string, TokenInfo>;
}

interface TokenInfo {
  /** Phrases starting with this token whose first word is rare enough to try at once. */
  starts: Candidate[];
  /** Phrases starting with this token that wait for their gate (their rarest word). */
  gatedStarts: Candidate[];
  /** Gates this token opens. */
  gates: number[];
}

const TOKEN_CACHE_LIMIT = 50_000;

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
  weight: number;
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
    weight: entry.weight ?? (category === SELF_CATEGORY ? 1 : DEFAULT_WEIGHTS[category]),
    phrases: entry.phrases.map(compile),
    unless: (entry.unless ?? []).map(compile),
    examples: entry.examples,
  };
}

function emptyMap<T>(): WordMap<T> {
  return { exact: new Map(), prefix: new Map(), prefixLengths: [], numeric: [] };
}

function file<T>(map: WordMap<T>, test: WordTest, value: T): void {
  if ('number' in test) return void map.numeric.push(value);
  const [bucket, key] = 'exact' in test ? [map.exact, test.exact] : [map.prefix, test.prefix];
  const list = bucket.get(key);
  if (list) list.push(value);
  else bucket.set(key, [value]);
}

function sealed<T>(map: WordMap<T>): WordMap<T> {
  map.prefixLengths = [...new Set([...map.prefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  return map;
}

const NUMBER_TOKEN = /^[0-9]/;

/** Call `visit` with every value filed under a key this token matches. */
function lookup<T>(map: WordMap<T>, token: string, visit: (list: T[]) => void): void {
  const exact = map.exact.get(token);
  if (exact) visit(exact);
  for (const n of map.prefixLengths) {
    if (n > token.length) break;
    const list = map.prefix.get(token.slice(0, n));
    if (list) visit(list);
  }
  if (map.numeric.length && NUMBER_TOKEN.test(token)) visit(map.numeric);
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

  const byFrom: Record<Sender, PhraseIndex> = {
    them: { starts: emptyMap(), gates: emptyMap(), gateCount: 0, open: new Uint32Array(0), stamp: 0, tokens: new Map() },
    me: { starts: emptyMap(), gates: emptyMap(), gateCount: 0, open: new Uint32Array(0), stamp: 0, tokens: new Map() },
  };
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const entry of entries) {
    const index = byFrom[entry.category === SELF_CATEGORY ? 'me' : 'them'];
    for (const phrase of entry.phrases) {
      const g = gateTerm(phrase);
      const gate = g === 0 ? -1 : index.gateCount++;
      if (gate >= 0) for (const test of termKeys(phrase.terms[g]!)) file(index.gates, test, gate);
      const candidate = { entry, phrase, gate };
      for (const test of anchorTests(phrase)) file(index.starts, test, candidate);
      for (const test of phraseWords(phrase)) {
        if ('exact' in test) words.add(test.exact);
        else if ('prefix' in test) prefixes.add(test.prefix);
      }
    }
  }
  for (const index of Object.values(byFrom)) {
    sealed(index.starts);
    sealed(index.gates);
    index.open = new Uint32Array(index.gateCount);
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

/**
 * The signals in one normalised message. Each category is reported once, with the
 * highest weight among the entries that fired for it. Two passes over the tokens:
 * which gates are open (their rare word is present), then match attempts at the
 * positions where a phrase's first word is, for phrases whose gate is open.
 */
export function findHits(library: PatternLibrary, tokens: readonly string[], from: Sender): Hit[] {
  const index = library.byFrom[from];
  const infos: TokenInfo[] = new Array(tokens.length);
  // Which gates are open in this message: stamped, so the scratch array is never cleared.
  const stamp = ++index.stamp;
  const open = index.open;
  let anyOpen = false;
  for (let pos = 0; pos < tokens.length; pos++) {
    const info = tokenInfo(index, tokens[pos]!);
    infos[pos] = info;
    for (const g of info.gates) open[g] = stamp;
    anyOpen ||= info.gates.length > 0;
  }

  const found = new Map<Category, Hit>();
  const attempt = (entry: CompiledEntry, phrase: CompiledPhrase, pos: number) => {
    const known = found.get(entry.category);
    if (known && known.weight >= entry.weight) return;
    if (!matchesAt(phrase, tokens, pos)) return;
    if (entry.unless.some((u) => matchesAnywhere(u, tokens))) return;
    found.set(entry.category, { category: entry.category, weight: entry.weight, entry: entry.key });
  };
  for (let pos = 0; pos < infos.length; pos++) {
    const info = infos[pos]!;
    for (const { entry, phrase } of info.starts) attempt(entry, phrase, pos);
    // Most ordinary messages hold no gate word at all: then no gated phrase is even looked at.
    if (anyOpen) for (const { entry, phrase, gate } of info.gatedStarts) if (open[gate] === stamp) attempt(entry, phrase, pos);
  }
  return [...found.values()];
}

function tokenInfo(index: PhraseIndex, token: string): TokenInfo {
  let info = index.tokens.get(token);
  if (!info) {
    const starts: Candidate[] = [];
    const gates: number[] = [];
    lookup(index.starts, token, (list) => starts.push(...list));
    lookup(index.gates, token, (list) => gates.push(...list));
    const unique = [...new Set(starts)];
    info = { starts: unique.filter((c) => c.gate < 0), gatedStarts: unique.filter((c) => c.gate >= 0), gates };
    if (index.tokens.size >= TOKEN_CACHE_LIMIT) index.tokens.clear();
    index.tokens.set(token, info);
  }
  return info;
}

/** Does this one entry fire on these tokens? (For the entry's own examples.) */
export function entryMatches(entry: CompiledEntry, tokens: readonly string[]): boolean {
  return entry.phrases.some((p) => matchesAnywhere(p, tokens)) && !entry.unless.some((u) => matchesAnywhere(u, tokens));
}
