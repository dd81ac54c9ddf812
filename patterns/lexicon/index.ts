import type { Language } from '../categories';
import type { Lexicon } from '../phrase';
import common from './common';
import en from './en';
import es from './es';
import pt from './pt';
import de from './de';
import fr from './fr';
import it from './it';
import nl from './nl';
import pl from './pl';

export const COMMON_LEXICON: Lexicon = common;
const OWN: Record<Language, Lexicon> = { en, es, pt, de, fr, it, nl, pl };

/**
 * The lexicon a language's phrases see: the shared words, with the language's own
 * entries added (a name in both lists means both lists' words).
 */
export function lexiconFor(lang: Language): Lexicon {
  const merged: Record<string, readonly string[]> = { ...COMMON_LEXICON };
  for (const [name, words] of Object.entries(OWN[lang])) merged[name] = [...(merged[name] ?? []), ...words];
  return merged;
}
export const LANGUAGE_LEXICONS = OWN;
