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
/** A word term's alternatives, sorted for speed: one Set look-up covers every single exact word. */
export interface TermIndex {
  exact: Set<string>;
  prefixes: string[];
  number: boolean;
  /** Alternatives of two or more tokens. */
  multi: Alternative[];
}
/** A word term; `id` is unique among all terms compiled in this process (index keys and per-token sets use it). */
export type WordTerm = { optional: boolean; index: TermIndex; id: number };
export type Term = WordTerm | { gap: number };

let termsCompiled = 0;
/** How many word terms exist so far: every term id is below this. */
export function termIdLimit(): number {
  return termsCompiled;
}

/** A term's alternatives again, from its index (for the index keys, the vocabulary and the naive baseline). */
export function alternatives(index: TermIndex): Alternative[] {
  return [
    ...[...index.exact].map((exact) => [{ exact }]),
    ...index.prefixes.map((prefix) => [{ prefix }]),
    ...(index.number ? [[{ number: true as const }]] : []),
    ...index.multi,
  ];
}

function indexTerm(alts: Alternative[]): TermIndex {
  const index: TermIndex = { exact: new Set(), prefixes: [], number: false, multi: [] };
  for (const alt of alts) {
    if (alt.length > 1) index.multi.push(alt);
    else {
      const test = alt[0]!;
      if ('exact' in test) index.exact.add(test.exact);
      else if ('prefix' in test) index.prefixes.push(test.prefix);
      else index.number = true;
    }
  }
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
  const span = terms.reduce((n, t) => n + ('gap' in t ? t.gap : Math.max(1, ...t.index.multi.map((alt) => alt.length))), 0);
  return { source, terms, branches: terms.some((t) => 'gap' in t || t.optional), span };
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
  if (index.exact.has(token)) return true;
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
    if (!ok) {
      for (const alt of term.index.multi) {
        if (alternativeAt(alt, tokens, pos) && matchFrom(terms, ti + 1, tokens, pos + alt.length, memo, known)) {
          ok = true;
          break;
        }
      }
    }
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

/**
 * Function words that start a great many phrases ("i", "you", "send"...): a phrase
 * is also filed under its rarest required term (its gate), so that a message holding
 * only common words does not try every phrase that begins with "i".
 */
const COMMON = new Set(
  ('i you me my your ur to the a an on in at of and or it is are do did can will would want wanna have has had get got go ' +
    'send show give tell let lets just so if not no what how when where who why this that be am was were with for ' +
    'que de el la lo los las y en un una te tu mi me no si por para con se es' +
    ' o os as e em um uma voce vc eu meu minha nao com' +
    ' ich du mir dich dein deine ist und nicht mit zu der die das ein eine was wie' +
    ' je tu me moi toi ton ta te le les et de des un une pas que ne' +
    ' il lo gli e di che mi ti io non ho hai' +
    ' ik je jij jou jouw me mij mijn het een en niet van met dat wat' +
    ' ja ty mi cie ci mnie i w nie na sie to jak co').split(' '),
);

/**
 * Everyday words of each language (general frequency lists, not our corpora): a phrase
 * gated by "know" or "come" would be tried on a good share of all chat, so a rarer
 * word of the phrase is its gate when it has one.
 */
const FREQUENT = new Set(
  ('all know see come like one home call way make take good from now out only more think back some still time day today ' +
    'tomorrow tonight then there here they them their we us our he she him her his by about up down over after before as ' +
    'but because really very too also well yes yeah ok okay sure right new need look find say said ask work going thing ' +
    'things something anything nothing much many any every other again first last next long little great love thanks ' +
    'thank sorry hey hi hello night morning week year years later soon never always maybe already even ever keep put feel ' +
    'house school class friend friends mom mum dad family phone text message money free stop wait try help start leave ' +
    'play game watch talk which these those than into off around through someone everyone anyone been being doing done ' +
    'does made should could might must may lol haha' +
    ' del al le les su sus pero mas como porque muy ya bien hay esta este eso esto ese asi todo todos nada algo hoy manana ' +
    'ahora aqui cuando donde quien tambien solo siempre nunca bueno vale tengo tienes tiene hacer hace puedo puedes quiero ' +
    'quieres voy vas va ver estoy estas soy eres fue ser casa dia vez gracias hola jaja mama papa amigo amigos' +
    ' do da dos das na nos ao mais muito ja bem tem tenho isso isto essa tudo agora quem tambem so sempre bom ta to vai ' +
    'estou sou foi obrigado oi ola mae pai pra pro gente fazer quero pode posso' +
    ' den dem des auch aber noch schon nur mal doch jetzt heute morgen hier dann wenn wo wer immer nie gut bin bist hast ' +
    'habe hab kann kannst will willst mach machen sein war haus tag danke hallo freund freunde mein meine sie wir ihr uns ' +
    'es er von fur auf an bei nach aus oder mich' +
    ' du au aux il elle on nous vous mais plus tres deja est ca ce cette tout tous rien demain maintenant ici quand ou qui ' +
    'aussi seulement toujours jamais bon vais va voir suis etre fait faire maison jour fois merci salut mdr maman ami amis ' +
    'avec pour dans sur par mon ma mes tes ses oui' +
    ' della alla con per su ma piu molto gia bene ci sono sei questo questa quello tutto tutti niente oggi domani adesso ' +
    'ora qui dove chi anche sempre mai vado fare fatto giorno volta grazie ciao mamma amico amici mio mia tuo tua cosa come se' +
    ' op voor aan bij naar uit om te er maar ook nog al wel zo nu dan als wie waar hoe altijd nooit goed ben bent heb hebt ' +
    'heeft kan kun wil moet ga gaat doen zijn huis dag keer dank hoi hallo vriend vrienden jij we wij ze zij hij' +
    ' z do od po za o ale tez juz jeszcze tylko bardzo dobrze jest sa jestem jestes mam masz ma moge mozesz chce chcesz ten ' +
    'ta tak kto gdzie kiedy dzisiaj dzis jutro teraz tu tutaj zawsze nigdy dom dzien raz dzieki czesc tata moj moja twoj twoja').split(' '),
);

/** A function word or an everyday word of one of the languages. */
export const isEveryday = (word: string) => COMMON.has(word) || FREQUENT.has(word);

/**
 * How often a word test passes in ordinary chat, roughly: function words all the time,
 * everyday words and short prefixes often, other short words sometimes, long words rarely.
 * Only the order matters.
 */
function wordCommonness(test: WordTest): number {
  if ('number' in test) return 300;
  if ('prefix' in test) return test.prefix.length <= 2 ? 1000 : test.prefix.length === 3 ? 100 : test.prefix.length === 4 ? 10 : 2;
  if (COMMON.has(test.exact)) return 1000;
  if (FREQUENT.has(test.exact)) return 100;
  return test.exact.length <= 2 ? 30 : test.exact.length === 3 ? 5 : 1;
}

/**
 * The word of an alternative that is least likely in ordinary chat: a message where the
 * alternative matches holds it ("a_blade" is filed under "blade", not under "a").
 */
export function presenceKey(alt: Alternative): WordTest {
  let best = alt[0]!;
  for (const test of alt) if (wordCommonness(test) < wordCommonness(best)) best = test;
  return best;
}

/** How likely a term is to be present: the sum over its alternatives. */
function commonness(term: WordTerm): number {
  let score = 0;
  for (const alt of alternatives(term.index)) score += wordCommonness(presenceKey(alt));
  return score;
}

/** The phrase's required word terms, each once, least likely in an ordinary message first. */
export function requiredTermsByRarity(phrase: CompiledPhrase): WordTerm[] {
  const required = new Map<number, WordTerm>();
  for (const term of phrase.terms) if (!('gap' in term) && !term.optional) required.set(term.id, term);
  return [...required.values()].map((term) => ({ term, score: commonness(term) })).sort((a, b) => a.score - b.score).map((r) => r.term);
}

/** Every word and prefix the phrase mentions: the vocabulary normalisation may restore. */
export function* phraseWords(phrase: CompiledPhrase): Generator<WordTest> {
  for (const term of phrase.terms) if (!('gap' in term)) for (const alt of alternatives(term.index)) yield* alt;
}
