/**
 * Synthetic typing slips for measuring how the engine copes with them (`npm run eval --
 * --typos 0.15`): each word of five letters or more is, with the given probability, typed
 * with one letter missed or two neighbours swapped (never the first letter). Seeded, so a
 * run is repeatable.
 */
import type { LabelledConversation } from './corpus';

/** mulberry32: a small seeded generator, enough for picking slips. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function withTypos(corpus: LabelledConversation[], rate: number, seed = 7): LabelledConversation[] {
  const random = seeded(seed);
  const slip = (word: string): string => {
    const letters = [...word];
    if (letters.length < 5 || !/^\p{L}+$/u.test(word) || random() >= rate) return word;
    const i = 1 + Math.floor(random() * (letters.length - 2));
    if (random() < 0.5) letters.splice(i, 1);
    else [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
    return letters.join('');
  };
  return corpus.map((c) => ({ ...c, messages: c.messages.map((m) => ({ ...m, text: m.text.split(' ').map(slip).join(' ') })) }));
}
