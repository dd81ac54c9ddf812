import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../scripts/lib/corpus';
import { hamMessages } from '../scripts/lib/ham';
import { SENDERS } from './categories';
import { getDefaultLibrary } from './engine';
import { buildLibrary, findHits } from './library';
import { matchesAnywhere } from './phrase';
import { readAs } from './phrase-index';
import { normalize } from './normalize';
import { libraryFromSnapshot, SnapshotError, snapshotLibrary, SNAPSHOT_VERSION } from './snapshot';

/** Corpus messages, every entry's examples and real SMS: what both libraries are compared on. */
function texts(): string[] {
  const out: string[] = [];
  for (const file of corpusFiles()) {
    for (const line of file.text.split('\n')) {
      if (line.trim()) for (const m of JSON.parse(line).messages as { text: string }[]) out.push(m.text);
    }
  }
  const every = Math.max(1, Math.ceil(out.length / 20_000));
  const examples = getDefaultLibrary().entries.flatMap((e) => [...e.examples.match, ...e.examples.ignore]);
  return [...out.filter((_, i) => i % every === 0), ...examples, ...hamMessages()];
}

describe('the library snapshot', () => {
  const compiled = getDefaultLibrary();
  // Through JSON, as the extension's build ships it.
  const loaded = libraryFromSnapshot(JSON.parse(JSON.stringify(snapshotLibrary(compiled))));

  it('reads every message exactly as the compiled library does', () => {
    let hits = 0;
    for (const text of texts()) {
      const tokens = normalize(text, compiled.knows);
      expect(normalize(text, loaded.knows), text).toEqual(tokens);
      for (const from of SENDERS) {
        expect(tokens.map((t) => readAs(loaded.byFrom[from], t)), text).toEqual(tokens.map((t) => readAs(compiled.byFrom[from], t)));
        const found = findHits(loaded, tokens, from);
        expect(found, text).toEqual(findHits(compiled, tokens, from));
        hits += found.length;
      }
    }
    expect(hits).toBeGreaterThan(10_000);
  }, 300_000);

  it('keeps the entries, their weights and the problems', () => {
    expect(loaded.entries.map((e) => [e.key, e.weight, e.phrases.length, e.unless.length, e.unlessLaughing.length])).toEqual(
      compiled.entries.map((e) => [e.key, e.weight, e.phrases.length, e.unless.length, e.unlessLaughing.length]),
    );
    expect(loaded.problems).toEqual(compiled.problems);
  });

  it('refuses a snapshot of another layout, and a loaded phrase matched outside its index', () => {
    expect(() => libraryFromSnapshot({ ...snapshotLibrary(buildLibrary({})), version: SNAPSHOT_VERSION + 1 })).toThrow(SnapshotError);
    expect(() => matchesAnywhere(loaded.entries[0]!.phrases[0]!, ['any', 'words'])).toThrow(/index/);
  });
});
