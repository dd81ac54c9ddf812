/**
 * Family chats: "hi nana! yes u press the little camera", "ciao tesoro sono la nonna",
 * "ok ma". A grandparent learning to send photos asks for one, a parent asks where you are
 * and says they will pick you up: the words of grooming, in a chat the reader has shown is
 * with family. Once the user addresses the other person as a relative, or the other person
 * says which relative they are, grooming-only signals count for less for the rest of the
 * chat (engine.ts). Extortion, payment demands and sexual talk count in full: an account
 * can be taken over, and "hi mum, new number, send money" is a scam.
 */
import type { OffenderCategory } from './categories';
import { sequencesAt, wordSequences } from './word-sequences';

/** Signals a relative's ordinary message carries, and how much of their weight stays. */
export const FAMILY_DAMPED: ReadonlySet<OffenderCategory> = new Set([
  'image-request',
  'personal-probe',
  'meet-request',
  'platform-move',
  'secrecy',
  'flattery',
  'offer',
]);
export const FAMILY_WEIGHT_FACTOR = 0.5;

/**
 * What people call a parent, grandparent or aunt, as normalised tokens (normalize.ts), in
 * the eight languages. Left out: words groomers use for themselves ("daddy", "papi",
 * "uncle") and words that mean something else as often ("tio" is "dude" in Spain, "zio"
 * "bro" in Italy, "mam" "I have" in Polish, "meme" "same" in French).
 */
const RELATIVES = new Set(
  (
    'mom mum mommy mummy mama momma mother dad father grandma granny gran nana grandpa gramps grandad granddad auntie aunty ' +
    'mami abuela abuelo abue abuelita abuelito yaya yayo ' +
    'mae mamae mainha pai papai painho vovo avo ' +
    'mutti vati oma opa omi opi tante onkel ' +
    'maman mamie papy mamy tonton ' +
    'mamma babbo nonna nonno nonnina ' +
    'moeder vader ' +
    'mamo mamus mamusiu tato tatus babcia babciu dziadek dziadku ciocia ciociu wujek wujku ' +
    'papa'
  ).split(' '),
);
/** "ma" is "but" in Italian and "has" in Polish: a relative only as the last word ("ok ma"). */
const RELATIVES_AT_END = new Set(['ma']);

/** Words before a form of address ("hi nana", "ok mama", "danke oma", "love you mom", "ti voglio bene nonna"). */
const OPENERS = new Set(
  ('hi hey hello hiya ok okay yes yeah no thanks thank love bye morning night sorry please pls you u ya too soon later ' +
    'hola si vale gracias buenas perdon quiero ' +
    'oi ola sim obrigado obrigada valeu desculpa amo ' +
    'hallo ja nein danke tschuss morgen lieb ' +
    'salut bonjour oui non merci coucou pardon aime ' +
    'ciao grazie buongiorno scusa bene ' +
    'hoi dag nee bedankt doei ' +
    'czesc hej tak nie dzieki dziekuje dobranoc sory cie').split(' '),
);
/**
 * Portuguese "tá" (ok) before a Portuguese relative ("tá, mãe"): an opener only there, as
 * "ta" is "your" in French ("ta maman") and "this" in Polish ("ta mama").
 */
const PORTUGUESE_OK = 'ta';
const PORTUGUESE_RELATIVES = new Set('mae mamae mainha pai papai painho vovo avo'.split(' '));
const opensAddress = (opener: string, relative: string) => OPENERS.has(opener) || (opener === PORTUGUESE_OK && PORTUGUESE_RELATIVES.has(relative));

/** After "hi nana": the end of the message, another opener, or the user speaking ("ok mom i'm coming"). */
const AFTER_ADDRESS = new Set('i im ill we ich wir je on io noi ik wij ja my eu nos yo'.split(' '));

/** Longer than this, a message is not a short reply to a relative. */
const MAX_REPLY_TOKENS = 16;

/**
 * Does the user's message address the other person as a relative ("hi nana!", "danke mama",
 * "ok ma")? Only right after a greeting, thanks or "ok": "czasem mama" (sometimes mum, about
 * who checks the phone) and "i'll tell mom" talk about a relative, to someone else.
 */
export function addressesRelative(tokens: readonly string[]): boolean {
  const n = tokens.length;
  if (n < 2 || n > MAX_REPLY_TOKENS) return false;
  const last = tokens[n - 1]!;
  if ((RELATIVES.has(last) || RELATIVES_AT_END.has(last)) && opensAddress(tokens[n - 2]!, last)) return true;
  if (!opensAddress(tokens[0]!, tokens[1]!) || !RELATIVES.has(tokens[1]!)) return false;
  return OPENERS.has(tokens[2]!) || AFTER_ADDRESS.has(tokens[2]!);
}

/** How a relative says who is writing, followed by the relative ("this is nana", "sono la nonna"). */
const INTRODUCTIONS = wordSequences([
  'this is', 'its', 'it is', 'its your', 'it is your', 'this is your',
  'soy', 'soy la', 'soy el', 'soy tu', 'aqui',
  'sou', 'sou a', 'sou o', 'sou tua', 'sou teu', 'aqui e a', 'aqui e o',
  'hier ist', 'hier ist deine', 'hier ist dein', 'ich bin', 'ich bins', 'ich bin s', 'ich bin deine', 'ich bin dein',
  'c est', 'c est ta', 'c est ton', 'ici',
  'sono', 'sono la', 'sono il', 'sono tua', 'sono tuo', 'qui',
  'hier is', 'ik ben', 'ik ben je',
  'to ja', 'pisze',
]);
/** After a relative, the words that make them someone else's ("mom's", "el papá de Lucía", "la mamma di Giulia"). */
const SOMEONE_ELSES = new Set('s of de da do das dos del di della dello du des von vom van'.split(' '));
/** Sign-offs before a relative at the end of a message ("love, mom", "kuss oma"). */
const SIGN_OFFS = new Set('love xx xxx xoxo besos abrazos beijos bjs kuss kusse gruss grusse bisous biz baci bacioni liefs groetjes buziaki calusy'.split(' '));

/** "mom here", "oma hier", "nonna qui". */
const HERE = new Set(['here', 'aqui', 'hier', 'ici', 'qui', 'tutaj']);

/** The first words of a message, where a relative says who is writing. */
const INTRODUCTION_WITHIN = 8;

/** Does the other person's message say which relative is writing ("hello darling this is nana", "love, mom")? */
export function introducesRelative(tokens: readonly string[]): boolean {
  const n = tokens.length;
  for (let i = 0; i < Math.min(n, INTRODUCTION_WITHIN); i++) {
    for (const frame of sequencesAt(INTRODUCTIONS, tokens, i)) {
      // "this is nana", not "this is mom's phone" nor "soy el papá de Lucía" (a friend's parent)
      if (RELATIVES.has(tokens[i + frame.length] ?? '') && !SOMEONE_ELSES.has(tokens[i + frame.length + 1] ?? '')) return true;
    }
  }
  // "mom here", "oma hier", "nonna qui"
  if (n >= 2 && RELATIVES.has(tokens[0]!) && HERE.has(tokens[1]!)) return true;
  return n >= 2 && RELATIVES.has(tokens[n - 1]!) && SIGN_OFFS.has(tokens[n - 2]!);
}
