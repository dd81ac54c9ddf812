/** Reading the contract's JSON Lines (../shared/spec/detection.md), validated with zod. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CATEGORIES, LANGUAGES, LEVELS } from '../../patterns/categories';

export const scanMessageSchema = z.object({
  from: z.enum(['them', 'me']),
  text: z.string(),
  ts: z.number().finite().optional(),
});

export const conversationSchema = z.object({
  id: z.string(),
  lang: z.string().optional(),
  messages: z.array(scanMessageSchema),
});

/** A labelled conversation: the scan shape plus the labels the scanner ignores. */
export const labelledConversationSchema = conversationSchema.extend({
  lang: z.enum(LANGUAGES),
  messages: z.array(scanMessageSchema.extend({ cats: z.array(z.enum(CATEGORIES)).optional() })),
  kind: z.enum(['risk', 'benign']),
  expect: z.object({ level: z.enum(LEVELS), by: z.number().int().min(0) }).optional(),
});

export type ScanConversation = z.infer<typeof conversationSchema>;
export type LabelledConversation = z.infer<typeof labelledConversationSchema>;

export type ParsedLine<T> = { line: number; ok: true; value: T } | { line: number; ok: false; error: string };

/** Parse JSON Lines; blank lines are skipped, bad lines reported with their 1-based number. */
export function* parseLines<T>(text: string, schema: z.ZodType<T>): Generator<ParsedLine<T>> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      yield { line: i + 1, ok: false, error: `not valid JSON: ${(e as Error).message}` };
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) yield { line: i + 1, ok: true, value: parsed.data };
    else {
      const why = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(line)'}: ${issue.message}`).join('; ');
      yield { line: i + 1, ok: false, error: why };
    }
  }
}

/** The project's own labelled corpus. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../tests/corpus');

/** Every `.jsonl` file of a corpus folder, by name, with its text (in the order the folder lists them). */
export function corpusFiles(dir = CORPUS_DIR): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
