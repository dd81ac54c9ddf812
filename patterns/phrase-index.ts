/**
 * The phrase index: how the library finds, in one message, the few phrases worth a match
 * attempt. Each phrase is filed under its gate (its required term least likely in ordinary
 * chat); a message marks the tracked terms its tokens may match, visits only the phrases
 * whose gate is marked, checks that their other tracked terms are marked within one match's
 * span, and only then runs the matcher (phrase.ts). See patterns/README.md, "How a message
 * is matched"; library.test.ts checks that this finds exactly what trying every entry finds.
 */
import { CATEGORIES, type Category } from './categories';
import type { CompiledEntry, Hit } from './library';
import type { Respell } from './spelling';
import { alternatives, matchesAnywhere, testWord, type CompiledPhrase, type WordTest } from './phrase';
import { presenceKey, requiredTermsByRarity } from './rarity';

interface Candidate {
  entry: CompiledEntry;
  phrase: CompiledPhrase;
}

/**
 * Term ids filed under words: exact words, prefixes (looked up by length) and numbers.
 * Each key names a list, and the lists lie end to end in one array (list k is
 * `ids[starts[k]]` to `ids[starts[k + 1]]`): tens of thousands of small arrays would cost
 * every chat tab megabytes.
 */
interface WordMap {
  exact: Map<string, number>;
  prefix: Map<string, number>;
  prefixLengths: number[];
  /** The list of the number test, or -1. */
  numeric: number;
  starts: Int32Array;
  ids: Int32Array;
}

/**
 * One sender's phrases. Each phrase is filed under its gate: the required term least
 * likely to appear in ordinary chat. A message first marks where its tokens can match
 * each tracked term; only phrases whose gate is marked, and then only those whose other
 * tracked terms are marked within one match's span, get a match attempt. Most messages
 * attempt none.
 */
export interface PhraseIndex {
  /** Term ids by the words that match them as a one-word alternative. */
  singles: WordMap;
  /** Term ids by the rarest word of their multi-word alternatives ("cash_app" under "cash"). */
  multiWords: WordMap;
  /** The phrases, numbered. */
  candidates: Candidate[];
  /**
   * The tracked terms (the rarest required terms of each phrase: the only terms whose
   * presence is marked), numbered densely from 0 by term id, so that the scratch marks
   * stay small enough for the processor's cache.
   */
  tracked: Map<number, number>;
  /**
   * Phrases by the tracked number of their gate term, packed in one array so that checking
   * them reads memory in order: records `[candidate number, n, n other tracked numbers...]`,
   * those of gate g from `gateStart[g]` to `gateStart[g + 1]`.
   */
  gateStart: Int32Array;
  gateRecords: Int32Array;
  /**
   * Scratch, one number per tracked term: the message's stamp (bits 22 and up) when the
   * term may match in the message being read, and where it first (bits 11-21) and last
   * (bits 0-10) may match. One read and one write per mark.
   */
  marks: Int32Array;
  stamp: number;
  /**
   * What each distinct token matches, computed once: chat words repeat a lot, so most
   * tokens cost one Map look-up. Bounded; cleared when full.
   */
  tokens: Map<string, TokenInfo>;
  /** Reads a typing slip as the pattern word meant (spelling.ts), for tokens no term matches. */
  respell: Respell | undefined;
}

interface TokenInfo {
  /** The word the token is read as: itself, or the pattern word a typing slip meant. */
  readAs: string;
  /** Terms this token matches as a one-word alternative. */
  singles: Set<number>;
  /**
   * The tracked terms this token may match (as a one-word alternative, or the rarest word of
   * a longer one), as `number * 2 + 1` when the term is some phrase's gate and `number * 2`
   * otherwise, in increasing order: marking them reads no other table.
   */
  present: Int32Array;
}

const TRACKED_TERMS_PER_PHRASE = 3;
const TOKEN_CACHE_LIMIT = 50_000;

/** A word map being filled: plain lists, packed end to end by `sealed`. */
interface OpenWordMap {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  numeric: number[];
}

function emptyMap(): OpenWordMap {
  return { exact: new Map(), prefix: new Map(), numeric: [] };
}

function file(map: OpenWordMap, test: WordTest, value: number): void {
  if ('number' in test) return void map.numeric.push(value);
  const [bucket, key] = 'exact' in test ? [map.exact, test.exact] : [map.prefix, test.prefix];
  const list = bucket.get(key);
  if (list) list.push(value);
  else bucket.set(key, [value]);
}

/** A word map as data (snapshot.ts): `prefixLengths` follows from the prefixes. */
export type WordMapParts = Omit<WordMap, 'prefixLengths'>;

function wordMapFromParts(parts: WordMapParts): WordMap {
  return { ...parts, prefixLengths: [...new Set([...parts.prefix.keys()].map((p) => p.length))].sort((a, b) => a - b) };
}

/** An index's lasting parts, as data: its scratch and caches are made fresh by indexFromParts. */
export interface PhraseIndexParts {
  singles: WordMapParts;
  multiWords: WordMapParts;
  candidates: Candidate[];
  /** Term ids, by tracked number. */
  tracked: number[];
  gateStart: Int32Array;
  gateRecords: Int32Array;
}

export function indexParts(index: PhraseIndex): PhraseIndexParts {
  const { prefixLengths: _s, ...singles } = index.singles;
  const { prefixLengths: _m, ...multiWords } = index.multiWords;
  return { singles, multiWords, candidates: index.candidates, tracked: [...index.tracked.keys()], gateStart: index.gateStart, gateRecords: index.gateRecords };
}

export function indexFromParts(parts: PhraseIndexParts, respell: Respell | undefined): PhraseIndex {
  return {
    singles: wordMapFromParts(parts.singles),
    multiWords: wordMapFromParts(parts.multiWords),
    candidates: parts.candidates,
    gateStart: parts.gateStart,
    gateRecords: parts.gateRecords,
    tracked: new Map(parts.tracked.map((id, number) => [id, number])),
    marks: new Int32Array(parts.tracked.length),
    stamp: 0,
    tokens: new Map(),
    respell,
  };
}

/** The map with its lists packed end to end. */
function sealed(map: OpenWordMap): WordMapParts {
  const starts = [0];
  const ids: number[] = [];
  const pack = (list: number[]) => {
    for (const id of list) ids.push(id);
    starts.push(ids.length);
    return starts.length - 2;
  };
  const packAll = (bucket: Map<string, number[]>) => new Map([...bucket].map(([key, list]) => [key, pack(list)]));
  return {
    exact: packAll(map.exact),
    prefix: packAll(map.prefix),
    numeric: map.numeric.length ? pack(map.numeric) : -1,
    starts: Int32Array.from(starts),
    ids: Int32Array.from(ids),
  };
}

const NUMBER_TEST: WordTest = { number: true };

/** Call `visit` with every term id filed under a key this token matches. */
function lookup(map: WordMap, token: string, visit: (id: number) => void): void {
  const visitList = (list: number | undefined) => {
    if (list !== undefined) for (let i = map.starts[list]!, end = map.starts[list + 1]!; i < end; i++) visit(map.ids[i]!);
  };
  visitList(map.exact.get(token));
  for (const n of map.prefixLengths) {
    if (n > token.length) break;
    visitList(map.prefix.get(token.slice(0, n)));
  }
  if (map.numeric >= 0 && testWord(NUMBER_TEST, token)) visitList(map.numeric);
}

/** One sender's index over these entries. */
export function buildPhraseIndex(entries: readonly CompiledEntry[], respell?: Respell): PhraseIndex {
  const singles = emptyMap();
  const multiWords = emptyMap();
  const candidates: Candidate[] = [];
  const tracked = new Map<number, number>();
  const track = (id: number) => {
    let number = tracked.get(id);
    if (number === undefined) tracked.set(id, (number = tracked.size));
    return number;
  };
  const filed = new Set<number>();
  const records = new Map<number, number[]>();
  for (const entry of entries) {
    // Every term of every phrase, `unless` ones too, is filed: matching reads them from the token sets.
    for (const phrase of [...entry.phrases, ...entry.unless, ...entry.unlessLaughing]) {
      for (const term of phrase.terms) {
        if ('gap' in term || filed.has(term.id)) continue;
        filed.add(term.id);
        for (const alt of alternatives(term.index)) file(alt.length === 1 ? singles : multiWords, presenceKey(alt), term.id);
      }
    }
    for (const phrase of entry.phrases) {
      // The gate and the next rarest required terms: tracking every required term would
      // cost more per token (common words sit in hundreds of terms) than the few extra
      // match attempts it saves.
      const [gate, ...others] = requiredTermsByRarity(phrase).slice(0, TRACKED_TERMS_PER_PHRASE).map((t) => track(t.id));
      const list = records.get(gate!) ?? [];
      list.push(candidates.length, others.length, ...others);
      records.set(gate!, list);
      candidates.push({ entry, phrase });
    }
  }
  const gateStart = new Int32Array(tracked.size + 1);
  const packed: number[] = [];
  for (let g = 0; g < tracked.size; g++) {
    gateStart[g] = packed.length;
    for (const n of records.get(g) ?? []) packed.push(n);
  }
  gateStart[tracked.size] = packed.length;
  const parts = { singles: sealed(singles), multiWords: sealed(multiWords), candidates, tracked: [...tracked.keys()], gateStart, gateRecords: Int32Array.from(packed) };
  return indexFromParts(parts, respell);
}

/**
 * The signals these tokens hold among the index's phrases: each category once, with the
 * highest weight among the entries that fired for it, in the categories' own order.
 * `languages` (bits, language.ts) limits which languages' entries may fire; `ownEnd`, where
 * the sender stops speaking for themselves (reported-speech.ts).
 */
export function findInIndex(index: PhraseIndex, tokens: readonly string[], languages: number, ownEnd = tokens.length): Hit[] {
  const n = tokens.length;
  if (ownEnd <= 0) return [];
  // Phrases match in the sender's own words (tokens before `ownEnd`); `unless` reads the whole message.
  const own = ownEnd < n ? tokens.slice(0, ownEnd) : tokens;
  // Stamped, so the scratch array is cleared only once every 511 messages.
  const stamp = ++index.stamp > MAX_STAMP ? resetStamp(index) : index.stamp;
  const stamped = stamp << STAMP_SHIFT;
  const { marks, gateStart, gateRecords } = index;
  const known: Set<number>[] = new Array(n);
  const gates: number[] = [];
  for (let pos = 0; pos < n; pos++) {
    const info = tokenInfo(index, tokens[pos]!);
    known[pos] = info.singles;
    if (pos >= ownEnd) continue;
    const ids = info.present;
    for (let i = 0; i < ids.length; i++) {
      const coded = ids[i]!;
      const at = coded >> 1;
      const mark = marks[at]!;
      if (mark >>> STAMP_SHIFT === stamp) marks[at] = (mark & ~LAST) | pos;
      else {
        marks[at] = stamped | (pos << FIRST_SHIFT) | pos;
        if (coded & 1) gates.push(at);
      }
    }
  }

  let found: Map<Category, Hit> | undefined;
  for (const gate of gates) {
    for (let r = gateStart[gate]!, end = gateStart[gate + 1]!; r < end; ) {
      const candidate = gateRecords[r]!;
      const required = gateRecords[r + 1]!;
      // Every tracked term must be present, and all within one match's span: a match
      // starts at or before each one's last place, and at most `span` tokens before its first.
      let all = true;
      const gateMark = marks[gate]!;
      let lastFirst = (gateMark >> FIRST_SHIFT) & LAST;
      let firstLast = gateMark & LAST;
      for (let k = r + 2; k < r + 2 + required; k++) {
        const mark = marks[gateRecords[k]!]!;
        if (mark >>> STAMP_SHIFT !== stamp) {
          all = false;
          break;
        }
        const first = (mark >> FIRST_SHIFT) & LAST;
        if (first > lastFirst) lastFirst = first;
        if ((mark & LAST) < firstLast) firstLast = mark & LAST;
      }
      r += 2 + required;
      if (!all) continue;
      const { entry, phrase } = index.candidates[candidate]!;
      const from = lastFirst - phrase.span + 1;
      if (from > firstLast) continue;
      // In a message clearly in another language, a phrase is a look-alike ("foto intime"
      // is French and Italian): see readLanguage().
      if ((entry.langBit & languages) === 0) continue;
      // A hit a laugh excuses gives way to any other of its category.
      const best = found?.get(entry.category);
      if (best && !best.excusedByLaughter && best.weight >= entry.weight) continue;
      if (!matchesAnywhere(phrase, own, known, from, firstLast)) continue;
      if (entry.unless.some((u) => matchesAnywhere(u, tokens, known))) continue;
      const excused = entry.unlessLaughing.some((u) => matchesAnywhere(u, tokens, known));
      if (excused && best && (!best.excusedByLaughter || best.weight >= entry.weight)) continue;
      const hit: Hit = { category: entry.category, weight: entry.weight, entry: entry.key };
      if (excused) hit.excusedByLaughter = true;
      (found ??= new Map()).set(entry.category, hit);
    }
  }
  if (!found) return [];
  // In the categories' own order, whatever order the gates came in.
  return [...found.values()].sort((a, b) => CATEGORY_ORDER.get(a.category)! - CATEGORY_ORDER.get(b.category)!);
}

const CATEGORY_ORDER = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

/** A mark's layout (see PhraseIndex.marks): positions up to 2047 (normalize.ts keeps at most 1,200 tokens). */
const FIRST_SHIFT = 11;
const LAST = (1 << FIRST_SHIFT) - 1;
const STAMP_SHIFT = 22;
const MAX_STAMP = (1 << (31 - STAMP_SHIFT)) - 1;

function resetStamp(index: PhraseIndex): number {
  index.marks.fill(0);
  return (index.stamp = 1);
}

function tokenInfo(index: PhraseIndex, token: string): TokenInfo {
  let info = index.tokens.get(token);
  if (!info) {
    const singles = new Set<number>();
    lookup(index.singles, token, (id) => singles.add(id));
    const present = new Set<number>();
    for (const id of singles) if (index.tracked.has(id)) present.add(index.tracked.get(id)!);
    lookup(index.multiWords, token, (id) => index.tracked.has(id) && present.add(index.tracked.get(id)!));
    const meant = singles.size === 0 && present.size === 0 ? index.respell?.(token) : undefined;
    info = meant ? tokenInfo(index, meant) : { readAs: token, singles, present: markCodes(index, present) };
    if (index.tokens.size >= TOKEN_CACHE_LIMIT) index.tokens.clear();
    index.tokens.set(token, info);
  }
  return info;
}

/** Tracked numbers as `number * 2 + 1` for a gate and `number * 2` otherwise, in increasing order (see TokenInfo.present). */
function markCodes(index: PhraseIndex, numbers: Iterable<number>): Int32Array {
  const codes = Int32Array.from(numbers, (n) => n * 2 + (index.gateStart[n + 1]! > index.gateStart[n]! ? 1 : 0));
  return codes.sort();
}

/** The word a token is read as by this index (library.test.ts reads messages the same way). */
export function readAs(index: PhraseIndex, token: string): string {
  return tokenInfo(index, token).readAs;
}
