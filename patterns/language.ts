/**
 * Which of the eight languages a message is in, from its most common function words.
 * Runs on the device in microseconds. Short messages often have no clue: then the
 * conversation's language so far is the best guess (see engine.ts).
 */
import { LANGUAGES, type Language } from './categories';

const STOPWORDS: Record<Language, string> = {
  en: 'the you your are is and to of it me my what with this that have for not just can how do want dont be so i am was will would if or we they he she them please',
  es: 'que de el la los las es y en un una por para con tu tus su sus te mi me no si pero como eres estas quiero mas muy ya del al hay',
  pt: 'que de o a os as e em um uma voce vc por para pra com tu te meu minha teu tua seu sua seus suas nao sim mas como esta quero mais muito ja eu isso tem vou vai ta td hj agr oq pro dos das ou',
  // Colloquial and southern forms too ("hab", "ned", "nimma", "isch"): Austrian and Swiss chat has few of the standard ones.
  de: 'der die das und ist ich du nicht mit zu den ein eine bist hast mir dich dein deine was wie auch noch schon mal aber oder weil dass sich nur wenn dann bin wir uns euch kein keine hab habe jetzt halt kannst musst bitte ned nimma nimmer isch',
  fr: 'le la les et est je tu de des un une pas que qui avec pour moi toi ton ta tes mon ma suis es veux fais a ai au du ce ca sur dans on vous vos votre nous j t qu c as',
  it: 'il lo la gli le e di che un una sono sei non per con mi ti tu io mio mia tuo tua ho hai vuoi cosa anche',
  // With "uw", "of", "dan": formal Dutch ("Wilt u ...") reads "u" as English "you", which must not outvote it.
  nl: 'de het een en is ik je jij niet van met op dat die wat zijn ben bent heb hebt mij mijn jouw maar ook wil uw of dan kan als er nog wel naar om voor aan bij uit zo',
  pl: 'i w nie na sie ze to jest jak co ty ja mi cie ci mnie twoj twoje moj moje czy tak juz bo sa jestes masz a o z do po',
};

/** Each stop word's languages, and the share of a vote each gets (1 / how many languages use the word). */
const INDEX = new Map<string, { langs: number[]; share: number }>();
for (const [i, lang] of LANGUAGES.entries()) {
  for (const word of STOPWORDS[lang].split(' ')) {
    const entry = INDEX.get(word) ?? { langs: [], share: 1 };
    entry.langs.push(i);
    entry.share = 1 / entry.langs.length;
    INDEX.set(word, entry);
  }
}

/**
 * Letters only one of the eight languages writes ("ã" Portuguese, "ñ" Spanish, "ł" Polish,
 * "ß" German): normalisation strips accents, so they are read from the text as typed. Such
 * letters count as two function words: "me manda a localização" is Portuguese, not the
 * Spanish or Italian its words could also be.
 */
const OWN_LETTER_VOTES = 2;
const OWN_LETTERS: Partial<Record<Language, string>> = { pt: 'ãõ', es: 'ñ¿¡', pl: 'łąęśżźćń', de: 'ßäöü', it: 'ìò', fr: 'œû' };
const LETTER_LANGUAGE = new Map<string, number>();
for (const [lang, letters] of Object.entries(OWN_LETTERS)) {
  // "ß" has no one-letter capital ("SS"): it stays lower case only.
  for (const letter of letters) for (const c of [letter, letter.toUpperCase()]) if (c.length === 1) LETTER_LANGUAGE.set(c, LANGUAGES.indexOf(lang as Language));
}
const OWN_LETTER = new RegExp(`[${[...LETTER_LANGUAGE.keys()].join('')}]`, 'g');

/** The languages whose own letters the text uses (bits, LANGUAGES order). */
export function ownLetterLanguages(text: string): number {
  let bits = 0;
  for (const m of text.matchAll(OWN_LETTER)) bits |= 1 << LETTER_LANGUAGE.get(m[0])!;
  return bits;
}

const scores = new Float64Array(LANGUAGES.length);

/** The most likely language of these normalised tokens, or undefined when nothing tells. */
export function detectLanguage(tokens: readonly string[]): Language | undefined {
  return readLanguage(tokens).lang;
}

/** One bit per language, in LANGUAGES order. */
export const languageBit = (lang: Language): number => 1 << LANGUAGES.indexOf(lang);
export const ALL_LANGUAGES = (1 << LANGUAGES.length) - 1;

export interface LanguageReading {
  /** The most likely language, if any function word tells. */
  lang: Language | undefined;
  /** Which languages' phrases may apply (bits). */
  possible: number;
  /** The languages with a fair share of the message's function words, and English (bits). */
  voted: number;
}

/**
 * The most likely language, and which languages' phrases may apply: when a message is
 * clearly in one language (several of its function words, at least twice as many as any
 * other's), only the languages with a fair share of its function words, and English
 * (chats mix it in). Otherwise all of them. `tally`, when given, adds the votes to a chat's;
 * `letters` (ownLetterLanguages) adds votes for each language whose own letters the text uses.
 */
export function readLanguage(tokens: readonly string[], tally?: ChatLanguage, letters = 0): LanguageReading {
  scores.fill(0);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; letters >> i; i++) {
    if (!((letters >> i) & 1)) continue;
    scores[i] = OWN_LETTER_VOTES;
    if (bestScore < OWN_LETTER_VOTES) {
      bestScore = OWN_LETTER_VOTES;
      best = i;
    }
  }
  for (const token of tokens) {
    const entry = INDEX.get(token);
    if (!entry) continue;
    for (const lang of entry.langs) {
      const s = scores[lang]! + entry.share;
      scores[lang] = s;
      if (s > bestScore) {
        bestScore = s;
        best = lang;
      }
    }
  }
  tally?.add(scores);
  if (best < 0) return { lang: undefined, possible: ALL_LANGUAGES, voted: ENGLISH };
  let second = 0;
  let voted = ENGLISH;
  for (let i = 0; i < scores.length; i++) {
    // A language with a stray shared word ("de", "a", "tua") is not a language of the message.
    if (scores[i]! > 0 && scores[i]! >= VOTE_SHARE * bestScore) voted |= 1 << i;
    if (i !== best && scores[i]! > second) second = scores[i]!;
  }
  const clear = bestScore >= CLEAR_MIN && bestScore >= CLEAR_RATIO * second;
  return { lang: LANGUAGES[best], possible: clear ? voted : ALL_LANGUAGES, voted };
}

/**
 * The language a conversation is in: every message's function-word votes, older ones
 * fading, so one short "non" or "ok" does not switch it, while a real switch is followed
 * within a few messages.
 */
export class ChatLanguage {
  private readonly votes = new Float64Array(LANGUAGES.length);

  add(scores: Float64Array): void {
    for (let i = 0; i < this.votes.length; i++) this.votes[i] = this.votes[i]! * CHAT_FADE + scores[i]!;
  }

  /** The language with the most (faded) votes, once there are enough to tell. */
  get lang(): Language | undefined {
    let best = -1;
    for (let i = 0; i < this.votes.length; i++) if (this.votes[i]! >= CHAT_MIN && (best < 0 || this.votes[i]! > this.votes[best]!)) best = i;
    return best < 0 ? undefined : LANGUAGES[best];
  }
}

const CHAT_FADE = 0.8;
const CHAT_MIN = 1;
const CLEAR_MIN = 2;
/** A language counts as one of the message's when it has at least this share of the best one's votes. */
const VOTE_SHARE = 0.25;
const CLEAR_RATIO = 2;
const ENGLISH = languageBit('en');
