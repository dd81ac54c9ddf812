/** Command-line options shared by scan and eval, validated with zod. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SENSITIVITIES, type Sensitivity } from '../../patterns/categories';

export interface CliOptions {
  files: string[];
  sensitivity: Sensitivity;
}

export function parseArgs(argv: string[]): CliOptions {
  const files: string[] = [];
  let sensitivity: string = 'balanced';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--sensitivity') sensitivity = argv[++i] ?? '';
    else if (arg.startsWith('--sensitivity=')) sensitivity = arg.slice('--sensitivity='.length);
    else files.push(arg);
  }
  const parsed = z.enum(SENSITIVITIES).safeParse(sensitivity);
  if (!parsed.success) throw new Error(`--sensitivity must be one of ${SENSITIVITIES.join(', ')} (got "${sensitivity}")`);
  return { files, sensitivity: parsed.data };
}

/** A file's text, or standard input for "-". */
export function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}
