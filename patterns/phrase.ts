/**
 * The phrase language patterns are written in, and its matcher.
 *
 * A phrase is a sequence of terms over normalised tokens (see normalize.ts):
 *
 *   send|show me [a|some] ..2 pic*|@photo
 *
 *   word        one token, exactly
 *   word*       one token that starts with `word`
 *   a_b         several tokens in a row ("cash_app")
 *   a|b|c       any one of these alternatives
 *   [a|b]       optional: the alternatives, or nothing
 *   ..N         skip 0 to N tokens (`..` = up to 3)
 *   @name       the alternatives listed under `name` in the lexicon
 *   #           any number token ("300")
 *
 * There are no nested quantifiers, so a match attempt does bounded work at each
 * start position: matching is linear in the message length by construction.
 * The first term must be a required word term: a match attempt starts where it matches.
 */

export type WordTest = { exact: string } | { prefix: string } | { number: true };
/** One alternative: a run of consecutive tokens. */
export type Alternative = WordTest[];
/** A word term's alternatives, sorted for speed. */
export interface TermIndex {
  /** The single exact words. */
  exact: string[];
  /**
   * The same as a Set, built on first use: the phrase index answers "which terms does this
   * token match" for every term at once (phrase-index.ts), so most terms never need theirs,
   * and 45,000 Sets would cost every chat tab megabytes.
   */
  exactSet?: Set<string>;
  prefixes: string[];
  number: boolean;
  /** Alternatives of two or more tokens. */
  multi: Alternative[];
  /** `multi` filed by first word, built on first use when the list is long (see multiAt). */
  multiByFirst?: MultiByFirst;
  /**
   * Loaded from a snapshot (snapshot.ts): the one-word alternatives are only in its library's
   * index, so the term is matched through the index's per-token term sets, never on its own.
   */
  indexedOnly?: true;
}
/** Multi-word alternatives by their first word when it is exact; the rest (prefix or number first) apart. */
interface MultiByFirst {
  exact: Map<string, Alternative[]>;
  rest: Alternative[];
}
/** A word term; `id` is unique among all terms compiled in this process (the index and per-token sets use it). */
export type WordTerm = { optional: boolean; index: TermIndex; id: number };
export type Term = WordTerm | { gap: number };

let termsCompiled = 0;

/** `count` fresh term ids, for terms made outside compilePhrase (snapshot.ts); returns the first. */
export function reserveTermIds(count: number): number {
  const first = termsCompiled;
  termsCompiled += count;
  return first;
}

/** A term's alternatives again, from its index (for the index keys, the vocabulary and the naive baseline). */
export function alternatives(index: TermIndex): Alternative[] {
  return [
    ...index.exact.map((exact) => [{ exact }]),
    ...index.prefixes.map((prefix) => [{ prefix }]),
    ...(index.number ? [[{ number: true as const }]] : []),
    ...index.multi,
  ];
}

function indexTerm(alts: Alternative[]): TermIndex {
  const index: TermIndex = { exact: [], prefixes: [], number: false, multi: [] };
  const exact = new Set<string>();
  for (const alt of alts) {
    if (alt.length > 1) index.multi.push(alt);
    else {
      const test = alt[0]!;
      if ('exact' in test) exact.add(test.exact);
      else if ('prefix' in test) index.prefixes.push(test.prefix);
      else index.number = true;
    }
  }
  index.exact = [...exact];
  return index;
}

export interface CompiledPhrase {
  source: string;
  terms: Term[];
  /** Has gaps or optional terms: several paths can reach the same state, so memoise. */
  branches: boolean;
  /** The most tokens a match can cover: every tracked term of a match lies within this many. */
  span: number;
}

export type Lexicon = Readonly<Record<string, readonly string[]>>;

export const MAX_GAP = 6;
const MAX_TERMS = 14;
const MAX_GAPS = 6;
/** Bound on the ways the gaps can be laid out at one start position: keeps matching linear with a small constant. */
const MAX_GAP_LAYOUTS = 4096;

export class PhraseError extends Error {}

function parseWord(word: string, source: string): WordTest {
  if (word === '#') return { number: true };
  const m = /^([a-z0-9]+)(\*?)$/.exec(word);
  if (!m) throw new PhraseError(`"${word}" in "${source}" is not a lowercase ASCII word (use a-z, 0-9, * at the end)`);
  return m[2] ? { prefix: m[1]! } : { exact: m[1]! };
}

function parseAlternatives(body: string, source: string, lexicon: Lexicon, seen: Set<string>): Alternative[] {
  const alts: Alternative[] = [];
  for (const alt of body.split('|')) {
    if (alt === '') throw new PhraseError(`empty alternative in "${source}"`);
    if (alt.startsWith('@')) {
      const name = alt.slice(1);
      const entries = lexicon[name];
      if (!entries) throw new PhraseError(`unknown lexicon entry @${name} in "${source}"`);
      if (seen.has(name)) throw new PhraseError(`lexicon entry @${name} refers to itself`);
      const inner = new Set(seen).add(name);
      for (const entry of entries) alts.push(...parseAlternatives(entry, source, lexicon, inner));
      continue;
    }
    let parsed = PARSED.get(alt);
    if (!parsed) PARSED.set(alt, (parsed = alt.split('_').map((w) => parseWord(w, source))));
    alts.push(parsed);
  }
  return alts;
}

/**
 * Parsed alternatives by their text, shared: a lexicon list expands into the same few
 * hundred alternatives in every phrase that uses it, and one copy of each saves megabytes
 * in every chat tab. Alternatives are never changed once parsed.
 */
const PARSED = new Map<string, Alternative>();

/** Let go of the parsed alternatives no compiled term holds (buildLibrary calls it when done). */
export function forgetParsedAlternatives(): void {
  PARSED.clear();
}

/**
 * Compiled word terms, shared between phrases of the same lexicon: "@payment" expands to
 * the same few hundred alternatives in every phrase that uses it, so it is built once.
 */
const termCache = new WeakMap<Lexicon, Map<string, WordTerm>>();

export function compilePhrase(source: string, lexicon: Lexicon): CompiledPhrase {
  let cache = termCache.get(lexicon);
  if (!cache) termCache.set(lexicon, (cache = new Map()));
  const parts = source.trim().split(/\s+/);
  const terms: Term[] = [];
  for (const part of parts) {
    const gap = /^\.\.(\d*)$/.exec(part);
    if (gap) {
      const n = gap[1] ? Number(gap[1]) : 3;
      if (n < 1 || n > MAX_GAP) throw new PhraseError(`gap ..${n} in "${source}" must be 1 to ${MAX_GAP}`);
      terms.push({ gap: n });
      continue;
    }
    let term = cache.get(part);
    if (!term) {
      const optional = part.startsWith('[') && part.endsWith(']');
      const alts = parseAlternatives(optional ? part.slice(1, -1) : part, source, lexicon, new Set());
      term = { optional, index: indexTerm(alts), id: termsCompiled++ };
      cache.set(part, term);
    }
    terms.push(term);
  }
  const first = terms[0];
  if (!first || 'gap' in first || first.optional) {
    throw new PhraseError(`"${source}" must start with a required word, not a gap or an optional term`);
  }
  const last = terms[terms.length - 1]!;
  if ('gap' in last) throw new PhraseError(`"${source}" must not end with a gap`);
  if (terms.length > MAX_TERMS) throw new PhraseError(`"${source}" has more than ${MAX_TERMS} terms`);
  const gaps = terms.filter((t): t is { gap: number } => 'gap' in t);
  if (gaps.length > MAX_GAPS) throw new PhraseError(`"${source}" has more than ${MAX_GAPS} gaps`);
  if (gaps.reduce((n, g) => n * (g.gap + 1), 1) > MAX_GAP_LAYOUTS) {
    throw new PhraseError(`"${source}": its gaps allow too many layouts (keep the product of (N+1) over ..N under ${MAX_GAP_LAYOUTS})`);
  }
  // `slice` leaves an exact-size array: pushing grows capacity ahead, in 30,000 phrases.
  return { source, terms: terms.slice(), ...phraseShape(terms) };
}

/** What a phrase's terms imply for matching it: whether to memoise (`branches`) and its longest `span`. */
export function phraseShape(terms: readonly Term[]): Pick<CompiledPhrase, 'branches' | 'span'> {
  let span = 0;
  for (const t of terms) span += 'gap' in t ? t.gap : Math.max(1, ...t.index.multi.map((alt) => alt.length));
  return { branches: terms.some((t) => 'gap' in t || t.optional), span };
}

/** A number token, with an optional thousands "k" ("5k"). */
const NUMBER = /^[0-9]+k?$/;

export function testWord(test: WordTest, token: string): boolean {
  if ('exact' in test) return token === test.exact;
  if ('prefix' in test) return token.startsWith(test.prefix);
  return NUMBER.test(token);
}

/**
 * Below this many multi-word alternatives a term tries each in turn; above, it looks up the
 * few that start with the token ("@payment" has hundreds: "cash_app", "western_union"...).
 */
const MULTI_SCAN_LIMIT = 4;

function fileByFirst(multi: readonly Alternative[]): MultiByFirst {
  const byFirst: MultiByFirst = { exact: new Map(), rest: [] };
  for (const alt of multi) {
    const first = alt[0]!;
    if (!('exact' in first)) byFirst.rest.push(alt);
    else {
      const list = byFirst.exact.get(first.exact);
      if (list) list.push(alt);
      else byFirst.exact.set(first.exact, [alt]);
    }
  }
  return byFirst;
}

/** Does a multi-word alternative of the term match at `pos`, with the rest of the phrase after it? */
function multiAt(terms: readonly Term[], ti: number, index: TermIndex, tokens: readonly string[], pos: number, memo: boolean, known: TermsPerToken | undefined): boolean {
  if (index.multi.length <= MULTI_SCAN_LIMIT) return anyAltAt(index.multi, terms, ti, tokens, pos, memo, known);
  const byFirst = (index.multiByFirst ??= fileByFirst(index.multi));
  const starting = pos < tokens.length ? byFirst.exact.get(tokens[pos]!) : undefined;
  return (starting !== undefined && anyAltAt(starting, terms, ti, tokens, pos, memo, known)) || anyAltAt(byFirst.rest, terms, ti, tokens, pos, memo, known);
}

/** Does one of these alternatives match at `pos`, with the rest of the phrase after it? */
function anyAltAt(alts: readonly Alternative[], terms: readonly Term[], ti: number, tokens: readonly string[], pos: number, memo: boolean, known: TermsPerToken | undefined): boolean {
  for (const alt of alts) if (alternativeAt(alt, tokens, pos) && matchFrom(terms, ti + 1, tokens, pos + alt.length, memo, known)) return true;
  return false;
}

function alternativeAt(alt: Alternative, tokens: readonly string[], pos: number): boolean {
  if (pos + alt.length > tokens.length) return false;
  for (let k = 0; k < alt.length; k++) if (!testWord(alt[k]!, tokens[pos + k]!)) return false;
  return true;
}

/**
 * Scratch memory for one match attempt: a (term, position) state that failed once fails
 * again, so each state is tried at most once. That makes an attempt O(terms x tokens
 * reachable), whatever the gaps and optional terms, instead of one try per layout.
 * Module-level and reused (JavaScript runs one attempt at a time); stamps avoid clearing.
 */
let failed = new Uint32Array(1024);
let stamp = 0;
let width = 0;

/** Does one token match a single-token alternative of the term? */
function singleAt(index: TermIndex, token: string): boolean {
  if (index.indexedOnly) throw new Error('a phrase loaded from a library snapshot matches only through its index (findHits)');
  if ((index.exactSet ??= new Set(index.exact)).has(token)) return true;
  for (const p of index.prefixes) if (token.startsWith(p)) return true;
  return index.number && NUMBER.test(token);
}

/**
 * For each token, the ids of the terms it matches as a one-word alternative. When the
 * caller has them (library.ts computes them once per distinct token), a term test is one
 * Set look-up instead of a walk over the term's prefixes.
 */
export type TermsPerToken = readonly ReadonlySet<number>[];

function matchFrom(terms: readonly Term[], ti: number, tokens: readonly string[], pos: number, memo: boolean, known: TermsPerToken | undefined): boolean {
  if (ti === terms.length) return true;
  const slot = ti * width + pos;
  if (memo && failed[slot] === stamp) return false;
  const term = terms[ti]!;
  let ok = false;
  if ('gap' in term) {
    for (let k = 0; k <= term.gap && pos + k <= tokens.length && !ok; k++) ok = matchFrom(terms, ti + 1, tokens, pos + k, memo, known);
  } else {
    const token = tokens[pos];
    ok =
      token !== undefined &&
      (known ? known[pos]!.has(term.id) : singleAt(term.index, token)) &&
      matchFrom(terms, ti + 1, tokens, pos + 1, memo, known);
    if (!ok && term.index.multi.length) ok = multiAt(terms, ti, term.index, tokens, pos, memo, known);
    if (!ok && term.optional) ok = matchFrom(terms, ti + 1, tokens, pos, memo, known);
  }
  if (!ok && memo) failed[slot] = stamp;
  return ok;
}

function freshMemo(phrase: CompiledPhrase, tokens: readonly string[]): void {
  width = tokens.length + 1;
  const size = phrase.terms.length * width;
  if (failed.length < size) failed = new Uint32Array(size * 2);
  if (++stamp === 0xffffffff) {
    failed.fill(0);
    stamp = 1;
  }
}

/**
 * Does the phrase match anywhere in the tokens? `known` (optional) must list, for every
 * token, every term of this phrase that the token matches as a one-word alternative.
 * `first`..`last` bound the start positions tried (the caller may know no match starts elsewhere).
 */
export function matchesAnywhere(phrase: CompiledPhrase, tokens: readonly string[], known?: TermsPerToken, first = 0, last = tokens.length - 1): boolean {
  // One memo for every start: a state that failed from one start fails from all, so the
  // whole search visits each (term, position) once: linear in the tokens.
  if (phrase.branches) freshMemo(phrase, tokens);
  const head = phrase.terms[0] as WordTerm;
  // With the token sets, a start where the first word cannot match costs one look-up.
  const quick = known !== undefined && head.index.multi.length === 0;
  for (let i = Math.max(0, first); i <= last && i < tokens.length; i++) {
    if (quick && !known[i]!.has(head.id)) continue;
    if (matchFrom(phrase.terms, 0, tokens, i, phrase.branches, known)) return true;
  }
  return false;
}

/** Every word and prefix the phrase mentions: the vocabulary normalisation may restore. */
export function* phraseWords(phrase: CompiledPhrase): Generator<WordTest> {
  for (const term of phrase.terms) if (!('gap' in term)) for (const alt of alternatives(term.index)) yield* alt;
}
