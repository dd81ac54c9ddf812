import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../scripts/lib/corpus';
import { hamMessages } from '../scripts/lib/ham';
import { SELF_CATEGORY, type Sender } from './categories';
import { getDefaultLibrary } from './engine';
import { entryMatches, findHits } from './library';
import { readAs } from './phrase-index';
import { normalize } from './normalize';

/**
 * 4,000 of the project's corpus messages, spread over every file (the families test runs every
 * entry's own examples through the index too), and real SMS. Trying every entry on each is
 * slow by design, so the sample stays the same size as the corpus grows.
 */
const CORPUS_SAMPLE = 4_000;

function texts(): string[] {
  const out: string[] = [];
  for (const file of corpusFiles()) {
    for (const line of file.text.split('\n')) {
      if (line.trim()) for (const m of JSON.parse(line).messages as { text: string }[]) out.push(m.text);
    }
  }
  const every = Math.max(1, Math.ceil(out.length / CORPUS_SAMPLE));
  return [...out.filter((_, i) => i % every === 0), ...hamMessages().slice(0, 500)];
}

describe('the phrase index', () => {
  it('finds exactly what trying every entry one by one finds', () => {
    const library = getDefaultLibrary();
    let hits = 0;
    for (const text of texts()) {
      const tokens = normalize(text, library.knows);
      for (const from of ['them', 'me'] as Sender[]) {
        const expected = new Map<string, number>();
        // Typing slips are read as the word meant, as the index reads them.
        const meant = tokens.map((t) => readAs(library.byFrom[from], t));
        for (const entry of library.entries) {
          if ((entry.category === SELF_CATEGORY) !== (from === 'me') || !entryMatches(entry, meant)) continue;
          expected.set(entry.category, Math.max(expected.get(entry.category) ?? 0, entry.weight));
        }
        // A hit a laugh excuses counts only in a chat that already looks risky: entryMatches reads an ordinary chat.
        const found = new Map(findHits(library, tokens, from).filter((h) => !h.excusedByLaughter).map((h) => [h.category as string, h.weight]));
        hits += found.size;
        expect([...found].sort(), text).toEqual([...expected].sort());
      }
    }
    expect(hits).toBeGreaterThan(300);
  }, 600_000);
});
