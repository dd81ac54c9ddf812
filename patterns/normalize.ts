/**
 * Text normalisation: turns a chat message into lowercase ASCII word tokens so one
 * phrase pattern catches the usual evasions ("Sn@p", "ｓｎａｐ", "s.n.a.p", "snaaap",
 * "снап" with Cyrillic look-alikes, zero-width joiners, 👻) without inventing matches.
 *
 * Every step is a single left-to-right pass: linear in the input, safe on any string.
 */

/**
 * Longer messages are cut to their first 3,000 and last 1,000 characters: chat turns are
 * short (Discord caps them at 2,000), the cut bounds the work, and a threat pasted after
 * a wall of text is still read.
 */
export const MAX_ANALYSED_CHARS = 4_000;
const HEAD_CHARS = 3_000;

/** The part of a message the engine reads: all of it, or its first 3,000 and last 1,000 characters. */
export function analysedPart(text: string): string {
  return text.length > MAX_ANALYSED_CHARS ? `${text.slice(0, HEAD_CHARS)} ${text.slice(-(MAX_ANALYSED_CHARS - HEAD_CHARS))}` : text;
}

// Zero-width and invisible characters that split words without showing anything.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDDEF]/g;

/** Latin look-alikes from Cyrillic and Greek, and letters NFD does not decompose. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ѵ: 'v',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', μ: 'u',
  ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ſ: 's',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
};
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/** Emoji that carry meaning in these chats, turned into the word they stand for. */
const EMOJI_WORDS: Record<string, string> = {
  '👻': 'snapchat',
  '📸': 'pic', '📷': 'pic', '🤳': 'selfie',
  '📹': 'video', '🎥': 'video', '📽': 'video',
  '💰': 'money', '💵': 'money', '💸': 'money', '🤑': 'money', '💲': 'money', '💶': 'money', '💷': 'money', '🪙': 'money',
  '🤫': 'secret', '🔞': 'nsfw', '🍆': 'sexy', '🍑': 'sexy', '💦': 'sexy', '👅': 'sexy',
  '🎁': 'gift', '📱': 'phone', '📞': 'phone', '🏠': 'home',
  // Laughter marks banter: `unless` lists can tell "I know where you live 😂" from a threat.
  '😂': 'haha', '🤣': 'haha', '😆': 'haha', '😹': 'haha',
};
const EMOJI_RE = new RegExp(Object.keys(EMOJI_WORDS).join('|'), 'gu');

/** Leetspeak digits and symbols, mapped only inside a word that starts with a letter. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't' };
const LEET_RUN = /([a-z])([013457@$!|+]+)(?=[a-z])/g;

/**
 * English contractions, read from the apostrophe form before it is split off: one pass,
 * the word before the apostrophe and the letters after it ("can't", "i'll").
 */
const CONTRACTION = /\b(can|won|(?:do|does|did|is|are|was|were|would|could|should|have|has|had|must)n|i|you|we|they|he|she|it)['`](t|ll|re|m|ve|d)\b/g;
const CONTRACTED = new Map<string, string>([
  ["can't", 'can not'], ["won't", 'will not'],
  ...['do', 'does', 'did', 'is', 'are', 'was', 'were', 'would', 'could', 'should', 'have', 'has', 'had', 'must'].map((w): [string, string] => [`${w}n't`, `${w} not`]),
  ...['i', 'you', 'we', 'they', 'he', 'she', 'it'].map((w): [string, string] => [`${w}'ll`, `${w} will`]),
  ...['you', 'we', 'they'].map((w): [string, string] => [`${w}'re`, `${w} are`]),
  ["i'm", 'i am'],
  ...['i', 'you', 'we', 'they'].map((w): [string, string] => [`${w}'ve`, `${w} have`]),
  ...['i', 'you', 'he', 'she', 'we', 'they'].map((w): [string, string] => [`${w}'d`, `${w} would`]),
]);

/** Chat abbreviations that mean the same in every language we read. */
const ABBREVIATIONS: Record<string, string> = {
  u: 'you', ur: 'your', yr: 'your', r: 'are', youre: 'you are', rn: 'right now',
  pls: 'please', plz: 'please', plis: 'please', pleas: 'please', plss: 'please', plox: 'please',
  pict: 'pic', picz: 'pics', pikz: 'pics', piks: 'pics', nudez: 'nudes', nudies: 'nudes',
  vid: 'video', vids: 'videos', wanna: 'want to', gonna: 'going to', gotta: 'got to', gimme: 'give me', lemme: 'let me',
  hmu: 'hit me up', b4: 'before', '2nite': 'tonight', '2night': 'tonight', '2day': 'today', tmrw: 'tomorrow', tmr: 'tomorrow',
  '2moro': 'tomorrow', '2morrow': 'tomorrow', bc: 'because', cuz: 'because', coz: 'because', bcuz: 'because',
  dont: 'do not', didnt: 'did not', doesnt: 'does not', cant: 'can not', wont: 'will not', isnt: 'is not',
  wasnt: 'was not', arent: 'are not', werent: 'were not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not',
  havent: 'have not', hasnt: 'has not', hadnt: 'had not', mustnt: 'must not',
  ppl: 'people', bday: 'birthday', asl: 'age sex location', wyd: 'what are you doing', hbu: 'how about you',
  idk: 'i do not know', insta: 'instagram',
  // "q" is "que" in Spanish, Portuguese and French chat, and a lone letter elsewhere.
  q: 'que',
  // Italian shorthand that collides with nothing elsewhere.
  nn: 'non', xke: 'perche', xche: 'perche', cmq: 'comunque', ig: 'instagram', l8r: 'later', gr8: 'great', '4u': 'for you',
};

/** Tells whether a word is one the patterns know: used to undo evasions only when they yield a real word. */
export type KnownWord = ((word: string) => boolean) & {
  /** Is this word itself in the vocabulary, not only one of its prefixes ("ps4" itself, where "fot*" would take "fot0")? */
  exactly?: (word: string) => boolean;
};

/** Brazil's real is written R$ ("R$ 200"), which is neither "are" nor dollars. */
const CURRENCY: Record<string, string> = { $: ' dollar ', r$: ' reais ', '€': ' euro ', '£': ' pound ', '¥': ' yen ' };
const CURRENCY_CHAR = /[$€£¥]/;
const CURRENCY_RE = /\br\$|[$€£¥]/g;
/**
 * A lone "@" asks for or gives a handle ("what's ur @", "drop ur @ on insta"): it reads as
 * "handle". Before a number it is "at" ("meet @ 5"); inside a word it is leetspeak or a mention.
 */
const LONE_AT = /(^|[^a-z0-9@])@(?![a-z0-9_@])(\s*\d)?/g;
const LEET_CHAR = /[a-z][013457@$!|+]+[a-z]/;

/**
 * Normalise one message into tokens. `knows` is the pattern vocabulary: spaced letters
 * ("s n a p") are joined and stretched letters ("pleeease") shortened only when the
 * result is a word some pattern uses, so ordinary text is never rewritten into a match.
 */
export function normalize(text: string, knows: KnownWord = () => false): string[] {
  let s = analysedPart(text);
  // Fast path for plain ASCII, the common case: no Unicode work needed.
  if (!/^[\x00-\x7f]*$/.test(s)) {
    s = s.replace(EMOJI_RE, (e) => ` ${EMOJI_WORDS[e] ?? ''} `);
    s = s.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
    s = s.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  } else {
    s = s.toLowerCase();
  }
  // Each rewrite runs only when its trigger character is present: most messages skip all three.
  if (s.includes("'") || s.includes('`')) s = s.replace(CONTRACTION, (m) => CONTRACTED.get(m.replace('`', "'")) ?? m);
  if (LEET_CHAR.test(s)) s = s.replace(LEET_RUN, (_m, head: string, run: string) => head + [...run].map((c) => LEET[c] ?? c).join(''));
  if (CURRENCY_CHAR.test(s)) s = s.replace(CURRENCY_RE, (c) => CURRENCY[c] ?? ' ');
  if (s.includes('@')) s = s.replace(LONE_AT, (_m, before: string, digit: string | undefined) => `${before}${digit ? ` at${digit}` : ' handle '}`);

  const raw = s.split(/[^a-z0-9]+/);
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i];
    if (!word) continue;
    // Spaced or dotted letters: s n a p / s.n.a.p (a run is read once, whatever its length).
    if (isLetter(word)) {
      let j = i;
      while (j < raw.length && isLetter(raw[j]!)) j++;
      const joined = j - i >= 3 && j - i <= 24 ? raw.slice(i, j).join('') : '';
      if (joined && knows(joined)) tokens.push(joined);
      else for (let k = i; k < j; k++) pushWord(tokens, raw[k]!);
      i = j - 1;
      continue;
    }
    // Brazilian laughter "kkkk" reads as laughter, not as the letter k.
    if (word.charCodeAt(0) === 107 /* k */ && /^k{3,}$/.test(word)) tokens.push('haha');
    else pushWord(tokens, word.length >= 3 ? unstretch(edgeLeet(word, knows), knows) : word);
  }
  return tokens.length > MAX_TOKENS ? tokens.slice(0, MAX_TOKENS) : tokens;
}

const NOT_LEET = /^[0-9]+[a-z]{1,3}$|[a-z]1$/;

/** Digits leetspeak uses for letters (see LEET). */
const LEET_DIGITS = /[013457]/g;

/**
 * Leetspeak at a word's edge ("p4g4", "tod0", "v1d30", "3mail"), which LEET_RUN leaves alone
 * as it reads only digits between letters: read as letters only when that makes a word some
 * pattern uses (and the word as written is not one), so "win10" and "mp3" stay as they are.
 */
function edgeLeet(word: string, knows: KnownWord): string {
  // Most words hold no digit: that test first, as this runs on every word. Ordinals and units
  // ("3ro", "7te", "10min"), a final "1" for "one" ("no1", "any1") and words the patterns use as
  // written ("ps4", "top3") are not leetspeak.
  if (!/[013457]/.test(word) || !/[a-z]/.test(word) || EXPANSIONS.has(word) || NOT_LEET.test(word) || (knows.exactly ?? knows)(word)) return word;
  const letters = word.replace(LEET_DIGITS, (d) => LEET[d]!);
  return /[0-9]/.test(letters) || !knows(letters) ? word : letters;
}

/** A one-letter word. */
function isLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length === 1 && c >= 97 && c <= 122;
}

/** Bound on tokens per message (4,000 characters of one-letter words would be 2,000). */
const MAX_TOKENS = 1_200;

/**
 * A number glued to its unit or ordinal ("500zl", "24h", "10min", "20e", "3j", "14f", "8o" from
 * "8º") becomes two tokens; "5k" stays one, and so does a class name such as "3c" or "4b" (a
 * lone "c" reads as French).
 */
const GLUED_UNIT = /^([0-9]+)([a-z]{2,6}|[aefhjmoswy])$/;

/** The abbreviations as a Map of pre-split words (a plain object would also answer "constructor"). */
const EXPANSIONS = new Map(Object.entries(ABBREVIATIONS).map(([k, v]) => [k, v.split(' ')]));

function pushWord(tokens: string[], word: string): void {
  const expanded = EXPANSIONS.get(word);
  if (expanded !== undefined) {
    for (const w of expanded) tokens.push(w);
    return;
  }
  const first = word.charCodeAt(0);
  const glued = first >= 48 && first <= 57 ? GLUED_UNIT.exec(word) : null; // starts with a digit
  if (glued) tokens.push(glued[1]!, glued[2]!);
  else tokens.push(word);
}

/** Three of the same letter in a row: a plain loop, as this runs on every word. */
function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/**
 * "pleeease" -> "please", "goooood" -> "good": keep a double letter if that is the known word,
 * and a pattern word that has three in a row itself (Dutch "tweeen" from "tweeën"). Letters only: "1000" stays.
 */
function unstretch(word: string, knows: KnownWord): string {
  if (!hasTripleLetter(word) || knows(word)) return word;
  const double = word.replace(/([a-z])\1{2,}/g, '$1$1');
  if (knows(double) || EXPANSIONS.has(double)) return double;
  return word.replace(/([a-z])\1+/g, (m, c: string) => (m.length >= 3 ? c : m));
}
