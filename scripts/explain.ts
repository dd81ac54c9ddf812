/**
 * `npm run --silent explain -- "message" [--from me|them]`
 * `npm run --silent explain -- - [--from me|them] < lines.txt` (one message per line)
 * `npm run --silent explain -- - --fired < lines.txt`: only the lines where the engine lets an
 *   entry fire, as "entries<TAB>line" (fast: for checking thousands of innocent lines at once)
 * Prints what the engine reads in a message (scripts/lib/explain.ts), for pattern work.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { failOnLeftOutEntries } from './lib/left-out';
import { explainMessage, firedEntries } from './lib/explain';
import { MODEL_THRESHOLDS } from '../patterns/model';

const args = z
  .tuple([z.string().min(1, 'give the message text')], z.string())
  .safeParse(process.argv.slice(2));
if (!args.success) {
  process.stderr.write('usage: npm run --silent explain -- "message text" [--from me|them]   ("-" reads one message per line from standard input; add --fired to list only the lines where an entry fires)\n');
  process.exit(2);
}
const [text, ...rest] = args.data;
const fromAt = rest.indexOf('--from');
const from = z.enum(['me', 'them']).safeParse(fromAt >= 0 ? rest[fromAt + 1] : 'them');
if (!from.success) {
  process.stderr.write('--from must be "me" or "them"\n');
  process.exit(2);
}
failOnLeftOutEntries();
// "-": many messages in one run, so the library is built once.
const messages = text === '-' ? readFileSync(0, 'utf8').split('\n').filter((line) => line.trim()) : [text];
if (rest.includes('--fired')) {
  for (const message of messages) {
    const fired = firedEntries(message, from.data);
    if (fired.length) console.log(`${fired.join(' ')}\t${message}`);
  }
  process.exit(0);
}
for (const message of messages) {
  const e = explainMessage(message, from.data);
  if (messages.length > 1) console.log(`\n> ${message}`);
  console.log(`tokens:    ${e.tokens.join(' ')}`);
  if (e.ownWordsEnd < e.tokens.length) console.log(`own words: ${e.tokens.slice(0, e.ownWordsEnd).join(' ') || '(none)'}; the rest reports someone else or asks for help, and raises nothing`);
  console.log(`language:  ${e.lang ?? '(no clue)'}; phrases of ${e.possible.join(', ')} may fire`);
  if (!e.entries.length) console.log('entries:   none');
  for (const entry of e.entries) console.log(`  ${entry.status.padEnd(18)} ${entry.key} (weight ${entry.weight})`);
  if (from.data === 'them') {
    const { add, veto } = MODEL_THRESHOLDS.balanced;
    const reading = e.model.map((m) => `${m.category} ${m.logOdds}`).join(', ');
    console.log(`model:     ${reading || `every category below ${veto}`} (balanced: phrases of a category below ${veto} are dropped unless a plain threat; ${add} or more is added where the chat gives reason)`);
  }
}
