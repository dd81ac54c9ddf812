/**
 * Every site adapter keeps the convention that lets the next person repair it in minutes:
 * a comment block naming its hooks, a unit test beside it, a fixture page under the real
 * host, an end-to-end case, and a row in docs/sites.md. Every manifest host is served by
 * some adapter (or knowingly left to the generic one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../adapters';
import { CHAT_SITE_HOSTS } from '../../adapters/hosts';
import { SITE_CASES } from '../e2e/sites';

const root = resolve(import.meta.dirname, '../..');
const adapterFiles = readdirSync(join(root, 'adapters')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'types.ts', 'hosts.ts'].includes(f));
const sitesDoc = readFileSync(join(root, 'docs/sites.md'), 'utf8');
/** Hosts deliberately left to the generic adapter. */
const GENERIC_ONLY = ['chathub.gg'];

describe('adapter conventions', () => {
  it.each(adapterFiles)('%s opens with a comment naming its hooks and has a unit test', (file) => {
    const source = readFileSync(join(root, 'adapters', file), 'utf8');
    expect(source.trimStart().startsWith('/**')).toBe(true);
    const base = file.replace(/\.ts$/, '').replace(/-[ak]$/, '');
    expect(existsSync(join(root, 'adapters', `${base}.test.ts`)), `${base}.test.ts`).toBe(true);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s has a fixture, an end-to-end case and a docs row', (_id, adapter) => {
    const cases = SITE_CASES.filter((c) => c.adapter === adapter.id);
    expect(cases.length, 'SITE_CASES entry').toBeGreaterThan(0);
    for (const c of cases) expect(existsSync(join(root, 'tests/fixtures', c.host, 'index.html')), c.host).toBe(true);
    expect(sitesDoc.includes(adapter.hosts[0]!), `docs/sites.md mentions ${adapter.hosts[0]}`).toBe(true);
  });

  it('covers every host in the manifest', () => {
    const covered = new Set(SITE_ADAPTERS.flatMap((a) => a.hosts));
    const missing = CHAT_SITE_HOSTS.filter((h) => !covered.has(h) && !GENERIC_ONLY.includes(h));
    expect(missing).toEqual([]);
  });
});
