/**
 * Fixed word sequences found in normalised tokens (normalize.ts): the short lists of
 * questions and reporting frames that asking-for-help.ts and reported-speech.ts look for.
 * Linear: each token costs one Map look-up, and only sequences starting with it are compared.
 */
export type WordSequences = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Sequences written as space-separated words, filed by their first word. */
export function wordSequences(list: readonly string[]): WordSequences {
  const byFirst = new Map<string, string[][]>();
  for (const text of list) {
    const words = text.split(' ');
    const filed = byFirst.get(words[0]!);
    if (filed) filed.push(words);
    else byFirst.set(words[0]!, [words]);
  }
  return byFirst;
}

const NONE: readonly (readonly string[])[] = [];

/** The sequences that start at `i` in the tokens (no allocation when there are none: this runs on most tokens). */
export function sequencesAt(sequences: WordSequences, tokens: readonly string[], i: number): readonly (readonly string[])[] {
  const starting = sequences.get(tokens[i]!);
  if (!starting) return NONE;
  let found: (readonly string[])[] | undefined;
  for (const words of starting) if (continuesAt(words, tokens, i)) (found ??= []).push(words);
  return found ?? NONE;
}

/** Do the words after the first (the filing key) follow at `i`? */
function continuesAt(words: readonly string[], tokens: readonly string[], i: number): boolean {
  for (let k = 1; k < words.length; k++) if (tokens[i + k] !== words[k]) return false;
  return true;
}

/** Where the first of the sequences starts in the tokens, from `from` on, or -1. */
export function findSequence(sequences: WordSequences, tokens: readonly string[], from = 0): number {
  for (let i = from; i < tokens.length; i++) if (sequences.has(tokens[i]!) && sequencesAt(sequences, tokens, i).length) return i;
  return -1;
}
