/**
 * `npm run --silent scan -- FILE [--sensitivity low|balanced|high]`
 * The detection contract's scanner: one JSON line in, one JSON line out, in order.
 */
import { conversationSchema, parseLines } from './lib/corpus';
import { parseArgs, readInput } from './lib/args';
import { scanConversation } from './lib/run';

function main(): number {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`scan: ${(e as Error).message}\n`);
    return 2;
  }
  if (options.files.length !== 1) {
    process.stderr.write('usage: npm run --silent scan -- FILE|- [--sensitivity low|balanced|high]\n');
    return 2;
  }
  let text: string;
  try {
    text = readInput(options.files[0]!);
  } catch (e) {
    process.stderr.write(`scan: cannot read ${options.files[0]}: ${(e as Error).message}\n`);
    return 2;
  }
  let rejected = 0;
  const out: string[] = [];
  for (const parsed of parseLines(text, conversationSchema)) {
    if (!parsed.ok) {
      rejected++;
      out.push(JSON.stringify({ line: parsed.line, error: parsed.error }));
      process.stderr.write(`scan: line ${parsed.line}: ${parsed.error}\n`);
      continue;
    }
    out.push(JSON.stringify(scanConversation(parsed.value, options.sensitivity)));
  }
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  return rejected ? 1 : 0;
}

process.exitCode = main();
