/**
 * `npm run false-alarms` — every ordinary ("ham") SMS of ../shared/data/corpora as a
 * message from "them": how many get a warning, and which (real text, no grooming in it).
 */
import { hamMessages, scoreHam } from './lib/ham';

// `npm run false-alarms | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const result = scoreHam(hamMessages());
console.log(`${result.total} ham SMS: ${result.warned.length} with a warning (${((100 * result.warned.length) / result.total).toFixed(2)}%), ${result.withSignal.length} with any signal (${((100 * result.withSignal.length) / result.total).toFixed(2)}%)`);
for (const w of result.withSignal) console.log(`  [${w.categories.join(',')}]${w.level ? ` ${w.level}` : ''} ${w.text}`);
