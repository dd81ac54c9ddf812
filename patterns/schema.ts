/**
 * The shape of pattern data, checked with zod by the test suite on every run, so a
 * malformed entry fails loudly with its family, language and id. (The run-time library
 * compiles the same data without zod, to keep the content script small.)
 */
import { z } from 'zod';

export const patternEntrySchema = z
  .object({
    /** Unique inside its family and language, kebab-case. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'),
    /** Phrases in the phrase language (phrase.ts); any one of them matching fires the entry. */
    phrases: z.array(z.string().min(1)).min(1),
    /** Phrases that, anywhere in the same message, cancel this entry ("photo of the homework"). */
    unless: z.array(z.string().min(1)).optional(),
    /** How much this entry says about risk, when it differs from the category's default (scorer.ts). */
    weight: z.number().min(0.25).max(5).optional(),
    /** Messages this entry must fire on, and near-misses it must not fire on. */
    examples: z.object({
      match: z.array(z.string().min(1)).min(1),
      ignore: z.array(z.string().min(1)).min(1),
    }),
  })
  .strict();

export type PatternEntry = z.input<typeof patternEntrySchema>;

export const lexiconSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9_]*$/, 'lexicon names are lowercase words'),
  z.array(z.string().min(1)).min(1),
);

/** Every problem in the pattern data, as "category/lang[index]: path: message" lines. */
export function validateFamilies(families: Record<string, Record<string, unknown[]>>): string[] {
  const problems: string[] = [];
  for (const [category, langs] of Object.entries(families)) {
    for (const [lang, entries] of Object.entries(langs)) {
      entries.forEach((entry, i) => {
        const parsed = patternEntrySchema.safeParse(entry);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) problems.push(`${category}/${lang}[${i}]: ${issue.path.join('.')}: ${issue.message}`);
        }
      });
    }
  }
  return problems;
}
