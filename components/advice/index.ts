/**
 * What the warning card says, in the eight languages the engine reads: calm, warm, short,
 * never shaming. One file per language, all of the same shape (types.ts), so a reviewer or
 * translator sees every sentence of a language in one place.
 */
import { LANGUAGES, type Language } from '../../patterns/categories';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import type { Advice } from './types';

export type { Advice } from './types';

export const ADVICE: Record<Language, Advice> = { en, es, pt, de, fr, it, nl, pl };

/**
 * The card's language from the browser's (a BCP 47 tag such as "pt-BR"): the person's own
 * choice, not the chat's, which may be another language. English when we have no translation.
 */
export function adviceLanguage(tag: string | undefined): Language {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** English, for the practice page (its scenarios are written in English). */
export const REASONS = en.reasons;
