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
 * The first term must be a required word term: it is the anchor the index uses.
 */

export type WordTest = { exact: string } | { prefix: string } | { number: true };
/** One alternative: a run of consecutive tokens. */
export type Alternative = WordTest[];
export type Term = { alts: Alternative[]; optional: boolean } | { gap: number };

export interface CompiledPhrase {
  source: string;
  terms: Term[];
}

export type Lexicon = Readonly<Record<string, readonly string[]>>;

export const MAX_GAP = 6;
const MAX_TERMS = 14;
const MAX_GAPS = 3;

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
    alts.push(alt.split('_').map((w) => parseWord(w, source)));
  }
  return alts;
}

export function compilePhrase(source: string, lexicon: Lexicon): CompiledPhrase {
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
    const optional = part.startsWith('[') && part.endsWith(']');
    const body = optional ? part.slice(1, -1) : part;
    terms.push({ alts: parseAlternatives(body, source, lexicon, new Set()), optional });
  }
  const first = terms[0];
  if (!first || 'gap' in first || first.optional) {
    throw new PhraseError(`"${source}" must start with a required word, not a gap or an optional term`);
  }
  const last = terms[terms.length - 1]!;
  if ('gap' in last) throw new PhraseError(`"${source}" must not end with a gap`);
  if (terms.length > MAX_TERMS) throw new PhraseError(`"${source}" has more than ${MAX_TERMS} terms`);
  if (terms.filter((t) => 'gap' in t).length > MAX_GAPS) throw new PhraseError(`"${source}" has more than ${MAX_GAPS} gaps`);
  return { source, terms };
}

/** A number token, with an optional thousands "k" ("5k"). */
const NUMBER = /^[0-9]+k?$/;

export function testWord(test: WordTest, token: string): boolean {
  if ('exact' in test) return token === test.exact;
  if ('prefix' in test) return token.startsWith(test.prefix);
  return NUMBER.test(token);
}

function alternativeAt(alt: Alternative, tokens: readonly string[], pos: number): boolean {
  if (pos + alt.length > tokens.length) return false;
  for (let k = 0; k < alt.length; k++) if (!testWord(alt[k]!, tokens[pos + k]!)) return false;
  return true;
}

function matchFrom(terms: readonly Term[], ti: number, tokens: readonly string[], pos: number): boolean {
  if (ti === terms.length) return true;
  const term = terms[ti]!;
  if ('gap' in term) {
    for (let k = 0; k <= term.gap && pos + k <= tokens.length; k++) {
      if (matchFrom(terms, ti + 1, tokens, pos + k)) return true;
    }
    return false;
  }
  for (const alt of term.alts) {
    if (alternativeAt(alt, tokens, pos) && matchFrom(terms, ti + 1, tokens, pos + alt.length)) return true;
  }
  return term.optional && matchFrom(terms, ti + 1, tokens, pos);
}

/** Does the phrase match starting exactly at `pos`? */
export function matchesAt(phrase: CompiledPhrase, tokens: readonly string[], pos: number): boolean {
  return matchFrom(phrase.terms, 0, tokens, pos);
}

/** Does the phrase match anywhere in the tokens? (Used for examples, `unless` and the naive baseline.) */
export function matchesAnywhere(phrase: CompiledPhrase, tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (matchesAt(phrase, tokens, i)) return true;
  return false;
}

/** Every word test that can start the phrase: the keys the index files it under. */
export function anchorTests(phrase: CompiledPhrase): WordTest[] {
  const first = phrase.terms[0] as { alts: Alternative[] };
  return first.alts.map((alt) => alt[0]!);
}

/** Every word and prefix the phrase mentions: the vocabulary normalisation may restore. */
export function* phraseWords(phrase: CompiledPhrase): Generator<WordTest> {
  for (const term of phrase.terms) if (!('gap' in term)) for (const alt of term.alts) yield* alt;
}
