/**
 * The library the engine reads with unless told otherwise, compiled here from the pattern
 * files (lenient: a broken entry is left out and listed in `problems`). The extension's
 * build replaces this module with one that loads the same library precompiled
 * (scripts/library-snapshot-plugin.ts), so that no chat tab spends a second compiling it.
 */
import { FAMILIES } from './families';
import { buildLibrary, type PatternLibrary } from './library';

export function loadDefaultLibrary(): PatternLibrary {
  return buildLibrary(FAMILIES, { strict: false });
}
