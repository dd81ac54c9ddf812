/**
 * The naive baseline for `npm run bench`: the very same phrases, each turned into one
 * regular expression over the normalised text and tried one after another on every
 * message: what a straightforward implementation would do.
 */
import type { Category } from '../../patterns';
import type { PatternLibrary } from '../../patterns/library';
import { alternatives, type Alternative, type CompiledPhrase, type Term, type WordTest } from '../../patterns/phrase';

const word = (t: WordTest) => ('exact' in t ? t.exact : 'prefix' in t ? `${t.prefix}[a-z0-9]*` : '[0-9]+k?');
const alternative = (alt: Alternative) => alt.map(word).join(' ');
const group = (term: Exclude<Term, { gap: number }>) => `(?:${alternatives(term.index).map(alternative).join('|')})`;

export function phraseToRegExp(phrase: CompiledPhrase): RegExp {
  let source = '';
  phrase.terms.forEach((term, i) => {
    if ('gap' in term) source += `(?: [a-z0-9]+){0,${term.gap}}`;
    else if (i === 0) source += group(term);
    else source += term.optional ? `(?: ${group(term)})?` : ` ${group(term)}`;
  });
  return new RegExp(`(?:^| )${source}(?= |$)`);
}

export interface NaivePattern {
  category: Category;
  regexps: RegExp[];
  unless: RegExp[];
}

export function naivePatterns(library: PatternLibrary): { them: NaivePattern[]; me: NaivePattern[] } {
  const them: NaivePattern[] = [];
  const me: NaivePattern[] = [];
  for (const entry of library.entries) {
    const p = { category: entry.category, regexps: entry.phrases.map(phraseToRegExp), unless: [...entry.unless, ...entry.unlessLaughing].map(phraseToRegExp) };
    (entry.category === 'self-disclosure' ? me : them).push(p);
  }
  return { them, me };
}

export function naiveCategories(patterns: NaivePattern[], tokens: string[]): Set<Category> {
  const text = tokens.join(' ');
  const found = new Set<Category>();
  for (const p of patterns) {
    if (p.regexps.some((r) => r.test(text)) && !p.unless.some((r) => r.test(text))) found.add(p.category);
  }
  return found;
}
