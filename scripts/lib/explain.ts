/**
 * What the engine reads in one message, for whoever writes patterns: the tokens, the
 * language guess, and each entry that fires, with whether the engine would let it
 * (another language's look-alike phrases are held back, and a laugh may excuse a threat).
 * Tokens, typing slips and own words are read as the engine reads them.
 */
import { LANGUAGES, OFFENDER_CATEGORIES, SELF_CATEGORY, type Sender } from '../../patterns/categories';
import { getDefaultLibrary, getDefaultModel, modelMayDrop, ownWordsEnd, readTokens } from '../../patterns/engine';
import { MODEL_THRESHOLDS, modelLogits, type MessageModel } from '../../patterns/model';
import { languageBit, ownLetterLanguages, readLanguage } from '../../patterns/language';
import { matchesAnywhere, type CompiledPhrase } from '../../patterns/phrase';
import { readAs } from '../../patterns/phrase-index';
import { findHits } from '../../patterns/library';

export interface Explanation {
  tokens: string[];
  /** From "them": where the sender stops speaking for themselves (a report of someone else's words, a plea for help); phrases past it raise nothing. */
  ownWordsEnd: number;
  lang: string | undefined;
  /** Languages whose phrases may fire on this message on its own (no chat around it). */
  possible: string[];
  /**
   * Every entry whose phrases match and whose `unless` does not: `fires`, `held back` (a
   * phrase of a language this message is clearly not in), `excused by a laugh` (in an
   * ordinary chat; in one that already looks risky it fires), or `dropped by model` (the
   * model puts its category below the balanced veto: see engine.ts, withModel).
   */
  entries: { key: string; weight: number; status: 'fires' | 'held back' | 'excused by a laugh' | 'dropped by model' }[];
  /**
   * The learned model's log-odds (patterns/model.ts) for each category it does not rule out in
   * the sender's own words, highest first: below MODEL_THRESHOLDS' veto a phrase of that category is
   * dropped, at or above `add` the category is added where the chat gives reason. Empty from "me".
   */
  model: { category: string; logOdds: number }[];
}

/** A message read alone, as the engine reads it: its tokens, where the sender's own words end, its language. */
function readAlone(text: string, from: Sender) {
  const library = getDefaultLibrary();
  const tokens = readTokens(text, library);
  const end = from === 'them' ? ownWordsEnd(tokens) : tokens.length;
  return { library, tokens, end, reading: readLanguage(tokens, undefined, ownLetterLanguages(text)) };
}

/** `model`: the learned model to read with (default: the shipped one; `null` reads with phrases only). */
export function explainMessage(text: string, from: Sender = 'them', model: MessageModel | null = getDefaultModel()): Explanation {
  const { library, tokens, end, reading } = readAlone(text, from);
  const meant = tokens.map((t) => readAs(library.byFrom[from], t)); // typing slips, as the index reads them
  const matches = (phrase: CompiledPhrase) => matchesAnywhere(phrase, meant);
  const ownWords = meant.slice(0, end);
  const entries: Explanation['entries'] = [];
  const odds = modelReading(model, tokens, end, from);
  const vetoed = (category: string) => from === 'them' && model !== null && !odds.some((m) => m.category === category);
  for (const e of library.entries) {
    if ((e.category === SELF_CATEGORY) !== (from === 'me')) continue;
    // As the engine reads them: phrases in the sender's own words, `unless` in the whole message.
    if (!e.phrases.some((p) => matchesAnywhere(p, ownWords)) || e.unless.some(matches)) continue;
    const status = e.unlessLaughing.some(matches)
      ? 'excused by a laugh'
      : (e.langBit & reading.possible) === 0
        ? 'held back'
        : modelMayDrop(e.category, e.weight) && vetoed(e.category)
          ? 'dropped by model'
          : 'fires';
    entries.push({ key: e.key, weight: e.weight, status });
  }
  return {
    tokens,
    ownWordsEnd: end,
    lang: reading.lang,
    possible: LANGUAGES.filter((l) => reading.possible & languageBit(l)),
    entries,
    model: odds,
  };
}

function modelReading(model: MessageModel | null, tokens: readonly string[], end: number, from: Sender): Explanation['model'] {
  if (!model || from !== 'them' || end === 0) return [];
  const logits = modelLogits(model, tokens, end);
  // Compared before rounding, as the engine compares them.
  return OFFENDER_CATEGORIES.flatMap((category, i) => (logits[i]! >= MODEL_THRESHOLDS.balanced.veto ? [{ category, logOdds: Math.round(logits[i]! * 10) / 10 }] : []))
    .sort((a, b) => b.logOdds - a.logOdds);
}

/**
 * The entries the engine itself lets fire on one message read alone (no chat around it):
 * the strongest of each category, through the phrase index, so thousands of lines take a
 * second (explainMessage tries every entry, which is thorough and slow).
 */
export function firedEntries(text: string, from: Sender = 'them'): string[] {
  const { library, tokens, end, reading } = readAlone(text, from);
  return findHits(library, tokens, from, reading.possible, end)
    .filter((hit) => !hit.excusedByLaughter)
    .map((hit) => hit.entry);
}
