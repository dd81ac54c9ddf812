/**
 * `npm run eval -- FILE... [--sensitivity low|balanced|high]`
 * Scores labelled corpora (the contract's format) and prints a table. With no file,
 * the project's own corpus under tests/corpus/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, readInput } from './lib/args';
import { labelledConversationSchema, parseLines, type LabelledConversation } from './lib/corpus';
import { evaluate, formatEvaluation } from './lib/evaluate';

const options = parseArgs(process.argv.slice(2));
const files = options.files.length
  ? options.files
  : readdirSync('tests/corpus').filter((f) => f.endsWith('.jsonl')).map((f) => join('tests/corpus', f));
const corpus: LabelledConversation[] = [];
let rejected = 0;
for (const file of files) {
  for (const parsed of parseLines(readInput(file), labelledConversationSchema)) {
    if (parsed.ok) corpus.push(parsed.value);
    else {
      rejected++;
      process.stderr.write(`${file}:${parsed.line}: ${parsed.error}\n`);
    }
  }
}
console.log(formatEvaluation(evaluate(corpus, options.sensitivity)));
if (rejected) {
  console.error(`${rejected} line(s) rejected`);
  process.exitCode = 1;
}
