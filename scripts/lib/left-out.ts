/**
 * Pattern entries that do not compile are left out of the library (the extension does the
 * same, so one broken entry costs that entry only). A measuring script says so first and
 * fails, so that nobody reads its output without them unawares.
 */
import { getDefaultLibrary } from '../../patterns';

export function failOnLeftOutEntries(): void {
  const { problems } = getDefaultLibrary();
  if (!problems.length) return;
  const n = problems.length;
  console.log(`ERROR: ${n} pattern entr${n === 1 ? 'y does' : 'ies do'} not compile and ${n === 1 ? 'is' : 'are'} left out of what follows:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exitCode = 1;
}
