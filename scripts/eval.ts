/**
 * `npm run eval -- FILE... [--sensitivity low|balanced|high] [--typos RATE]`
 * Scores labelled corpora (the contract's format) and prints a table. With no file,
 * the project's own corpus under tests/corpus/. `--typos 0.15` first puts a typing slip in
 * that share of the longer words (scripts/lib/typos.ts), to measure how slips are read.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, readInput } from './lib/args';
import { labelledConversationSchema, parseLines, type LabelledConversation } from './lib/corpus';
import { evaluate, formatEvaluation } from './lib/evaluate';
import { failOnLeftOutEntries } from './lib/left-out';
import { withTypos } from './lib/typos';
import { z } from 'zod';

const argv = process.argv.slice(2);
const typosAt = argv.indexOf('--typos');
const typos = typosAt >= 0 ? z.coerce.number().min(0).max(1).parse(argv.splice(typosAt, 2)[1]) : 0;
const options = parseArgs(argv);
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
failOnLeftOutEntries();
console.log(formatEvaluation(evaluate(typos ? withTypos(corpus, typos) : corpus, options.sensitivity)));
if (rejected) {
  console.error(`${rejected} line(s) rejected`);
  process.exitCode = 1;
}
