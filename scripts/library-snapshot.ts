/**
 * Prints the pattern library, compiled, as a snapshot (patterns/snapshot.ts) in JSON. The
 * extension's build runs it once (scripts/library-snapshot-plugin.ts) so that no chat tab
 * compiles the pattern files itself.
 */
import { loadDefaultLibrary } from '../patterns/default-library';
import { snapshotLibrary } from '../patterns/snapshot';

const library = loadDefaultLibrary();
for (const problem of library.problems) console.error(`Heads Up pattern left out: ${problem}`);
process.stdout.write(JSON.stringify(snapshotLibrary(library)));
