/**
 * The compiled library as plain data, and back. Compiling the pattern files (library.ts)
 * takes over a second, and a chat tab would pay it every time it opened a chat; the
 * extension's build compiles once and ships this snapshot instead
 * (scripts/library-snapshot-plugin.ts), which loads in a few tens of milliseconds.
 *
 * The snapshot holds what matching reads: the phrase indexes, each phrase's terms (their
 * multi-word alternatives and whether they are optional), the entries and the vocabulary.
 * A term's one-word alternatives live only in the index's word maps, which is how matching
 * reads them (findInIndex passes each token's term set), so a phrase loaded from a snapshot
 * cannot be matched on its own (phrase.ts, `indexedOnly`). Phrase sources and entry
 * examples are left out: the extension never shows them.
 */
import { CATEGORIES, LANGUAGES, SENDERS, type Sender } from './categories';
import { languageBit } from './language';
import { buildRespellForLibrary, vocabularyTest, type CompiledEntry, type PatternLibrary } from './library';
import { phraseShape, reserveTermIds, type Alternative, type CompiledPhrase, type Term, type WordTerm, type WordTest } from './phrase';
import { indexFromParts, indexParts, type PhraseIndexParts, type WordMapParts } from './phrase-index';
import { packInts, unpackInts } from './packed-ints';
import type { Respell } from './spelling';

/** Bumped whenever the layout below changes. */
export const SNAPSHOT_VERSION = 2;

/** An integer list packed into a string (packed-ints.ts). */
type Packed = string;

export interface LibrarySnapshot {
  version: number;
  /** Every string the snapshot refers to, once. */
  words: string[];
  /**
   * The multi-word alternatives, end to end (alternative a is `tests[starts[a]]` to
   * `tests[starts[a + 1]]`). A word test is 2w for the exact word `w`, 2w + 1 for a prefix,
   * -1 for the number test.
   */
  alternatives: { starts: Packed; tests: Packed };
  terms: {
    count: number;
    /** The optional terms. */
    optional: Packed;
    /** For each term with multi-word alternatives: its number, how many, and those alternatives. */
    multi: Packed;
  };
  /** The phrases' terms (term numbers, and `-n` for a gap `..n`) end to end, as above. */
  phrases: { starts: Packed; terms: Packed };
  /** Per entry: [category, language, id, weight, phrases, unless, unlessLaughing]. */
  entries: [number, number, string, number, number[], number[], number[]][];
  problems: string[];
  /** The vocabulary (PatternLibrary.knows): exact words and prefixes, as word numbers. */
  vocabulary: { words: Packed; prefixes: Packed };
  indexes: Record<Sender, IndexSnapshot>;
}

interface WordMapSnapshot {
  /** The keys (word numbers) and the number of the list each names. */
  exactWords: Packed;
  exactLists: Packed;
  prefixWords: Packed;
  prefixLists: Packed;
  numeric: number;
  starts: Packed;
  /** Term numbers; each list in increasing order, as their order does not matter. */
  ids: Packed;
}

interface IndexSnapshot {
  singles: WordMapSnapshot;
  multiWords: WordMapSnapshot;
  /** For each candidate, its entry and its phrase. */
  candidateEntries: Packed;
  candidatePhrases: Packed;
  /** Term numbers, by tracked number. */
  tracked: Packed;
  gateStart: Packed;
  gateRecords: Packed;
}

/** The library as plain data (JSON.stringify it). */
export function snapshotLibrary(library: PatternLibrary): LibrarySnapshot {
  const words = new Map<string, number>();
  const word = (w: string) => {
    let n = words.get(w);
    if (n === undefined) words.set(w, (n = words.size));
    return n;
  };
  const testCode = (t: WordTest) => ('exact' in t ? 2 * word(t.exact) : 'prefix' in t ? 2 * word(t.prefix) + 1 : -1);

  const alternativeStarts = [0];
  const alternativeTests: number[] = [];
  const altNumbers = new Map<Alternative, number>();
  const alternative = (alt: Alternative) => {
    let a = altNumbers.get(alt);
    if (a === undefined) {
      for (const t of alt) alternativeTests.push(testCode(t));
      altNumbers.set(alt, (a = alternativeStarts.push(alternativeTests.length) - 2));
    }
    return a;
  };

  let termCount = 0;
  const optional: number[] = [];
  const multi: number[] = [];
  const termNumbers = new Map<number, number>(); // term id -> term number
  const term = (t: WordTerm) => {
    let n = termNumbers.get(t.id);
    if (n === undefined) {
      termNumbers.set(t.id, (n = termCount++));
      if (t.optional) optional.push(n);
      if (t.index.multi.length) multi.push(n, t.index.multi.length, ...t.index.multi.map(alternative));
    }
    return n;
  };

  const phraseStarts = [0];
  const phraseTerms: number[] = [];
  const phraseNumbers = new Map<CompiledPhrase, number>();
  const phrase = (p: CompiledPhrase) => {
    let n = phraseNumbers.get(p);
    if (n === undefined) {
      for (const t of p.terms) phraseTerms.push('gap' in t ? -t.gap : term(t));
      phraseNumbers.set(p, (n = phraseStarts.push(phraseTerms.length) - 2));
    }
    return n;
  };

  const entryNumbers = new Map<CompiledEntry, number>();
  const entries = library.entries.map((e, i): LibrarySnapshot['entries'][number] => {
    entryNumbers.set(e, i);
    return [CATEGORIES.indexOf(e.category), LANGUAGES.indexOf(e.lang), e.id, e.weight, e.phrases.map(phrase), e.unless.map(phrase), e.unlessLaughing.map(phrase)];
  });

  const termOf = (id: number) => {
    const n = termNumbers.get(id);
    if (n === undefined) throw new Error(`term ${id} is in an index but in no entry`);
    return n;
  };
  const wordMap = (m: WordMapParts): WordMapSnapshot => {
    const ids: number[] = [];
    for (let list = 0; list + 1 < m.starts.length; list++) {
      ids.push(...Array.from(m.ids.subarray(m.starts[list]!, m.starts[list + 1]!), termOf).sort((a, b) => a - b));
    }
    return {
      exactWords: packInts([...m.exact.keys()].map(word)),
      exactLists: packInts([...m.exact.values()]),
      prefixWords: packInts([...m.prefix.keys()].map(word)),
      prefixLists: packInts([...m.prefix.values()]),
      numeric: m.numeric,
      starts: packInts(m.starts),
      ids: packInts(ids),
    };
  };
  const index = (parts: PhraseIndexParts): IndexSnapshot => ({
    singles: wordMap(parts.singles),
    multiWords: wordMap(parts.multiWords),
    candidateEntries: packInts(parts.candidates.map((c) => entryNumbers.get(c.entry)!)),
    candidatePhrases: packInts(parts.candidates.map((c) => phraseNumbers.get(c.phrase)!)),
    tracked: packInts(parts.tracked.map(termOf)),
    gateStart: packInts(parts.gateStart),
    gateRecords: packInts(parts.gateRecords),
  });
  const indexes = Object.fromEntries(SENDERS.map((s) => [s, index(indexParts(library.byFrom[s]))])) as Record<Sender, IndexSnapshot>;
  const vocabulary = { words: packInts([...library.vocabulary.words].map(word)), prefixes: packInts([...library.vocabulary.prefixes].map(word)) };
  return {
    version: SNAPSHOT_VERSION,
    words: [...words.keys()],
    alternatives: { starts: packInts(alternativeStarts), tests: packInts(alternativeTests) },
    terms: { count: termCount, optional: packInts(optional), multi: packInts(multi) },
    phrases: { starts: packInts(phraseStarts), terms: packInts(phraseTerms) },
    entries,
    problems: [...library.problems],
    vocabulary,
    indexes,
  };
}

export class SnapshotError extends Error {}

/** The library a snapshot holds, ready to match with. Throws SnapshotError on a snapshot of another layout. */
export function libraryFromSnapshot(snapshot: LibrarySnapshot): PatternLibrary {
  if (snapshot?.version !== SNAPSHOT_VERSION) throw new SnapshotError(`library snapshot version ${snapshot?.version} is not ${SNAPSHOT_VERSION}: rebuild the extension`);
  const { words } = snapshot;
  const test = (code: number): WordTest => (code < 0 ? { number: true } : code & 1 ? { prefix: words[code >> 1]! } : { exact: words[code >> 1]! });

  const alternativeStarts = unpackInts(snapshot.alternatives.starts);
  const alternativeTests = unpackInts(snapshot.alternatives.tests);
  const alts: Alternative[] = new Array(alternativeStarts.length - 1);
  for (let a = 0; a < alts.length; a++) {
    const alt: WordTest[] = [];
    for (let k = alternativeStarts[a]!; k < alternativeStarts[a + 1]!; k++) alt.push(test(alternativeTests[k]!));
    alts[a] = alt;
  }

  // Fresh ids, so they cannot meet those of phrases compiled elsewhere in this process.
  const { count } = snapshot.terms;
  const base = reserveTermIds(count);
  const noMulti: Alternative[] = [];
  const terms: WordTerm[] = new Array(count);
  for (let i = 0; i < count; i++) terms[i] = { optional: false, id: base + i, index: { exact: [], prefixes: [], number: false, multi: noMulti, indexedOnly: true } };
  for (const i of unpackInts(snapshot.terms.optional)) terms[i]!.optional = true;
  const multi = unpackInts(snapshot.terms.multi);
  for (let k = 0; k < multi.length; ) {
    const n = multi[k + 1]!;
    terms[multi[k]!]!.index.multi = Array.from(multi.subarray(k + 2, k + 2 + n), (a) => alts[a]!);
    k += 2 + n;
  }

  const phraseStarts = unpackInts(snapshot.phrases.starts);
  const phraseTerms = unpackInts(snapshot.phrases.terms);
  const gaps: Term[] = [];
  const phrases: CompiledPhrase[] = new Array(phraseStarts.length - 1);
  for (let p = 0; p < phrases.length; p++) {
    const parts: Term[] = [];
    for (let k = phraseStarts[p]!; k < phraseStarts[p + 1]!; k++) {
      const r = phraseTerms[k]!;
      parts.push(r >= 0 ? terms[r]! : (gaps[-r] ??= { gap: -r }));
    }
    phrases[p] = { source: '', terms: parts, ...phraseShape(parts) };
  }

  const entries: CompiledEntry[] = snapshot.entries.map(([category, lang, id, weight, p, unless, laughing]) => {
    const c = CATEGORIES[category]!;
    const l = LANGUAGES[lang]!;
    return {
      key: `${c}/${l}/${id}`,
      category: c,
      lang: l,
      id,
      langBit: languageBit(l),
      weight,
      phrases: p.map((n) => phrases[n]!),
      unless: unless.map((n) => phrases[n]!),
      unlessLaughing: laughing.map((n) => phrases[n]!),
      examples: { match: [], ignore: [] },
    };
  });

  const wordsOf = (packed: Packed) => Array.from(unpackInts(packed), (w) => words[w]!);
  const vocabulary = { words: new Set(wordsOf(snapshot.vocabulary.words)), prefixes: new Set(wordsOf(snapshot.vocabulary.prefixes)) };
  const knows = vocabularyTest(vocabulary);
  const wordMap = (m: WordMapSnapshot): WordMapParts => {
    const keyed = (keys: Packed, values: Packed) => {
      const k = unpackInts(keys);
      const v = unpackInts(values);
      const map = new Map<string, number>();
      for (let i = 0; i < k.length; i++) map.set(words[k[i]!]!, v[i]!);
      return map;
    };
    const ids = unpackInts(m.ids);
    for (let i = 0; i < ids.length; i++) ids[i] = ids[i]! + base;
    return { exact: keyed(m.exactWords, m.exactLists), prefix: keyed(m.prefixWords, m.prefixLists), numeric: m.numeric, starts: unpackInts(m.starts), ids };
  };
  const index = (s: IndexSnapshot, respell: Respell | undefined) => {
    const entryOf = unpackInts(s.candidateEntries);
    const phraseOf = unpackInts(s.candidatePhrases);
    const candidates = Array.from(entryOf, (e, i) => ({ entry: entries[e]!, phrase: phrases[phraseOf[i]!]! }));
    const tracked = Array.from(unpackInts(s.tracked), (t) => base + t);
    const parts = { singles: wordMap(s.singles), multiWords: wordMap(s.multiWords), candidates, tracked, gateStart: unpackInts(s.gateStart), gateRecords: unpackInts(s.gateRecords) };
    return indexFromParts(parts, respell);
  };
  return {
    entries,
    problems: snapshot.problems,
    byFrom: { them: index(snapshot.indexes.them, buildRespellForLibrary(vocabulary.words, knows)), me: index(snapshot.indexes.me, undefined) },
    knows,
    vocabulary,
  };
}
