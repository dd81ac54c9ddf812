/**
 * Surprise parties: "don't tell her, it's a surprise party", "la fiesta sorpresa de la Vale
 * es el sábado!!", "Überraschungsparty für ihren 16.!!". Keeping a party secret is the most
 * common innocent secret among friends and family, and it is worded like a groomer's "don't
 * tell anyone". Once either side mentions one, secrecy counts half for the rest of the chat
 * (engine.ts): together with a photo request, a meeting or money for the present, it no
 * longer adds up to a warning on its own. Nothing else is damped; a present is not a
 * surprise party (offering presents is a grooming tactic), nor is a surprise on its own.
 */
import type { OffenderCategory } from './categories';

export const SURPRISE_DAMPED: ReadonlySet<OffenderCategory> = new Set(['secrecy']);
export const SURPRISE_WEIGHT_FACTOR = 0.5;

/** "Surprise" as normalised tokens (normalize.ts: "Überraschung" reads "uberraschung"), in the eight languages. */
const SURPRISE = new Set(
  (
    'surprise surprises sorpresa sorpresas sorpresita sorpresina surpresa surpresas surpresinha ' +
    'uberraschung uberraschungen ueberraschung verrassing verrassingen niespodzianka niespodzianke niespodzianki niespodzianek'
  ).split(' '),
);
/** A party or a birthday: what a surprise is planned for among friends and family. */
const CELEBRATION = new Set(
  (
    'party parties birthday bday fiesta cumple cumpleanos festa aniversario niver ' +
    'feier geburtstag fete anniversaire anniv compleanno compleanni feest feestje verjaardag impreza urodziny imprezka osiemnastka'
  ).split(' '),
);
/** One word for a surprise party ("Überraschungsparty", "verrassingsfeest"). */
const SURPRISE_PARTY = new Set(
  'uberraschungsparty ueberraschungsparty uberraschungsfeier ueberraschungsfeier verrassingsfeest verrassingsfeestje'.split(' '),
);

/** The shortest word for a surprise ("surpresa"): this runs on every message, and most words are shorter. */
const SURPRISE_MIN_LENGTH = Math.min(...[...SURPRISE].map((w) => w.length));

/**
 * Does the message mention a surprise party or birthday ("la fête surprise pour les 15 ans de
 * Jade", "il compleanno di Giulia, SORPRESA")? A surprise alone is what groomers promise
 * ("a surprise video call with him, nobody can know"). Only a message with a word long enough
 * to be a surprise pays for the look-ups.
 */
export function mentionsSurprise(tokens: readonly string[]): boolean {
  let surprise = false;
  for (const token of tokens) {
    if (token.length < SURPRISE_MIN_LENGTH) continue;
    if (SURPRISE_PARTY.has(token)) return true;
    surprise ||= SURPRISE.has(token);
  }
  return surprise && tokens.some((token) => CELEBRATION.has(token));
}
