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
const merged = new Map<Language, Lexicon>();
export function lexiconFor(lang: Language): Lexicon {
  let lexicon = merged.get(lang);
  if (!lexicon) {
    const words: Record<string, readonly string[]> = { ...COMMON_LEXICON };
    for (const [name, list] of Object.entries(OWN[lang])) words[name] = [...(words[name] ?? []), ...list];
    lexicon = words;
    merged.set(lang, lexicon);
  }
  return lexicon;
}
export const LANGUAGE_LEXICONS = OWN;
