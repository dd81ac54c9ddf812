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
import { getDefaultLibrary } from '../patterns';
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
// An entry that does not compile is left out of the library (the extension does the same):
// say so first (stderr lists them too, as the library is built) and fail, so that nobody
// reads figures without it unawares.
const { problems } = getDefaultLibrary();
if (problems.length) {
  console.log(`ERROR: ${problems.length} pattern entr${problems.length === 1 ? 'y was' : 'ies were'} left out because ${problems.length === 1 ? 'it does' : 'they do'} not compile; the figures below are without them:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exitCode = 1;
}
console.log(formatEvaluation(evaluate(typos ? withTypos(corpus, typos) : corpus, options.sensitivity)));
if (rejected) {
  console.error(`${rejected} line(s) rejected`);
  process.exitCode = 1;
}
