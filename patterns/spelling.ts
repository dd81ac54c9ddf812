/**
 * Typing slips ("parnets", "screnshot", "folowers", "instagarm"): a word the patterns do not
 * know that is one slip (a letter missed, added, or swapped with its neighbour)
 * away from a pattern word is read as that word. Only pattern words none of whose slips is a
 * real word in any of our languages may be reached (listed by `npm run respellable`), and
 * never through the first letter or the last two (endings are inflections: "sagt", "sagst").
 */
import { RESPELLABLE } from './lexicon/respellable';

export const RESPELL_MIN_LENGTH = 6;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A mistyped letter ("nodes" for "nudes") is left out: it too often makes another real word. */
type Slip = 'swap' | 'missed' | 'extra';
/** Likelier slips first, when a word could be read two ways. */
const SLIP_RANK: Record<Slip, number> = { swap: 0, missed: 1, extra: 2 };

/** The slip that turns `word` into `typed`, if there is exactly one, in the allowed span. */
export function slipBetween(typed: string, word: string): Slip | undefined {
  const d = typed.length - word.length;
  if (typed === word || d > 1 || d < -1) return undefined;
  let i = 0;
  while (i < typed.length && i < word.length && typed[i] === word[i]) i++;
  if (i === 0 || i > word.length - 3) return undefined;
  if (d === 1) return typed.slice(i + 1) === word.slice(i) ? 'extra' : undefined;
  if (d === -1) return typed.slice(i) === word.slice(i + 1) ? 'missed' : undefined;
  if (i <= word.length - 4 && typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2)) return 'swap';
  return undefined;
}

/** Every way `word` can be typed with one allowed slip (for the generator's safety check). */
export function* slipVariants(word: string): Generator<string> {
  for (let i = 1; i <= word.length - 3; i++) {
    const head = word.slice(0, i);
    yield head + word.slice(i + 1); // missed
    if (i + 1 <= word.length - 3 && word[i] !== word[i + 1]) yield head + word[i + 1] + word[i] + word.slice(i + 2); // swap
    for (const c of LETTERS) yield head + c + word.slice(i); // extra
  }
}

export type Respell = (token: string) => string | undefined;

/**
 * The respeller for this vocabulary. `leaveAlone` says which tokens are words already
 * (pattern words, everyday words). A token's one-letter deletions, swaps and insertions
 * are looked up among the reachable words; the caller caches the answer (phrase-index.ts
 * asks once per distinct token).
 */
export function buildRespell(vocabulary: ReadonlySet<string>, leaveAlone: (token: string) => boolean): Respell {
  const reachable = new Set(RESPELLABLE.split(' ').filter((w) => vocabulary.has(w)));
  return (token) => {
    if (token.length < RESPELL_MIN_LENGTH - 1 || token.length > 30 || !/^[a-z]+$/.test(token) || leaveAlone(token)) return undefined;
    let best: string | undefined;
    let bestRank = Infinity;
    let tie = false;
    const consider = (word: string) => {
      if (!reachable.has(word)) return;
      const slip = slipBetween(token, word);
      if (!slip || word === best || SLIP_RANK[slip] > bestRank) return;
      tie = SLIP_RANK[slip] === bestRank;
      best = word;
      bestRank = SLIP_RANK[slip];
    };
    for (let i = 1; i < token.length; i++) {
      const head = token.slice(0, i);
      const tail = token.slice(i);
      consider(head + tail.slice(1)); // an extra letter typed
      if (tail.length >= 2) consider(head + tail[1] + tail[0] + tail.slice(2)); // two letters swapped
      for (const c of LETTERS) consider(head + c + tail); // a letter missed
    }
    return tie ? undefined : best;
  };
}
