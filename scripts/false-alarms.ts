/**
 * `npm run false-alarms` — every ordinary ("ham") SMS of ../shared/data/corpora as a
 * message from "them": how many get a warning, and which (real text, no grooming in it).
 * `npm run false-alarms -- --fortunes` does the same with Debian's fortune collections in
 * six languages, when installed (see scripts/lib/fortunes.ts): lines that warn are listed.
 * It also strings the SMS into long chats, where mild signals could add up.
 */
import { fortunesByLanguage } from './lib/fortunes';
import { hamMessages, scoreHam, scoreHamChats } from './lib/ham';

// `npm run false-alarms | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

if (process.argv.includes('--fortunes')) {
  const collections = fortunesByLanguage();
  if (collections.size === 0) console.log('no fortune collection installed: apt-get install fortunes fortunes-de fortunes-es fortunes-it fortunes-pl fortunes-br');
  for (const [lang, texts] of collections) {
    const r = scoreHam(texts);
    console.log(`${lang}: ${r.total} fortunes: ${r.warned.length} with a warning (${((100 * r.warned.length) / r.total).toFixed(2)}%), ${r.withSignal.length} with any signal`);
    for (const w of r.warned) console.log(`  [${w.level}] ${w.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  process.exit(0);
}

const ham = hamMessages();
const result = scoreHam(ham);
console.log(`${result.total} ham SMS: ${result.warned.length} with a warning (${((100 * result.warned.length) / result.total).toFixed(2)}%), ${result.withSignal.length} with any signal (${((100 * result.withSignal.length) / result.total).toFixed(2)}%)`);
for (const w of result.withSignal) console.log(`  [${w.categories.join(',')}]${w.level ? ` ${w.level}` : ''} ${w.text}`);
console.log('');
console.log('the same SMS strung into long chats (2 of 3 messages from "them"):');
for (const size of [20, 50, 100, 300]) {
  const chats = scoreHamChats(ham, size);
  const pct = (n: number) => `${((100 * n) / chats.chats).toFixed(1)}%`;
  console.log(`  ${String(size).padStart(3)} messages: ${chats.chats} chats, ${pct(chats.anyWarning)} with any warning, ${pct(chats.warningOrAbove)} warning or above`);
}
