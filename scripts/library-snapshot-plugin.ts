/**
 * Vite plugin: the extension ships the pattern library precompiled. Compiling thousands of
 * entries takes a chat tab over a second (more on a school Chromebook) every time a chat
 * opens, so the build compiles them once (scripts/library-snapshot.ts, in Node) and replaces
 * patterns/default-library.ts with a module that loads the result (patterns/snapshot.ts).
 * The pattern files, their examples included, stay out of the bundle.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const PATTERNS = join(ROOT, 'patterns');

/** The engine's source files the snapshot is made from (not their tests). */
function patternSources(): string[] {
  return readdirSync(PATTERNS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(PATTERNS, f));
}

function snapshotJson(): string {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  // A child process: the pattern files are TypeScript, and tsx reads them as the tests do.
  return execFileSync(process.execPath, [tsx, resolve(ROOT, 'scripts/library-snapshot.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Made once per version of the pattern files: WXT runs Vite once per entrypoint group, and `wxt dev` rebuilds on every change. */
let made: { version: string; code: string } | undefined;

export function librarySnapshot(): Plugin {
  return {
    name: 'heads-up:library-snapshot',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]patterns[\\/]default-library\.ts$/.test(id)) return null;
      const sources = patternSources();
      for (const file of sources) this.addWatchFile(file);
      const version = sources.map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
      if (made?.version !== version) {
        // JSON.parse of a string is quicker for V8 than the same data as an object literal.
        const code = [
          `import { libraryFromSnapshot } from './snapshot';`,
          `const SNAPSHOT = ${JSON.stringify(snapshotJson())};`,
          `export function loadDefaultLibrary() { return libraryFromSnapshot(JSON.parse(SNAPSHOT)); }`,
        ].join('\n');
        made = { version, code };
      }
      return made.code;
    },
  };
}
