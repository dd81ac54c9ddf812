/**
 * Vite plugin: drops the `examples` of pattern entries from the extension bundle.
 * Every entry carries its own examples beside its phrases (the tests run them), but
 * the content script only needs the phrases: this keeps thousands of example strings
 * out of every tab. The value is replaced with `0`; nothing else in the file changes.
 */
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function* propertiesNamed(node: unknown, name: string): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* propertiesNamed(child, name);
    return;
  }
  const n = node as Node;
  const key = n.key as { name?: string; value?: string } | undefined;
  if (n.type === 'Property' && (key?.name === name || key?.value === name)) {
    yield n.value as Node;
    return;
  }
  for (const [k, child] of Object.entries(n)) if (k !== 'parent' && typeof child === 'object') yield* propertiesNamed(child, name);
}

export function stripPatternExamples(): Plugin {
  return {
    name: 'heads-up:strip-pattern-examples',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]patterns[\\/]families[\\/][^\\/]+[\\/][a-z]{2}\.ts$/.test(id)) return null;
      const values = [...propertiesNamed(this.parse(code), 'examples')].sort((a, b) => b.start - a.start);
      let out = code;
      for (const v of values) out = `${out.slice(0, v.start)}0${out.slice(v.end)}`;
      return { code: out, map: null };
    },
  };
}
