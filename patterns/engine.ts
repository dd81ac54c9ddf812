/**
 * The engine's public face. Pure TypeScript: no DOM, no browser API, no network.
 * The content script, the practice page, `scan`, `eval` and the tests all use it.
 *
 *   const chat = createConversation({ sensitivity: 'balanced' });
 *   const step = chat.push({ from: 'them', text: 'add me on snap' });
 *   step.categories  // what this message says on its own
 *   step.warning     // set when a new warning should appear after it
 */
import { OFFENDER_CATEGORIES, SELF_CATEGORY, type Category, type ChatMessage, type Language, type OffenderCategory, type Sensitivity } from './categories';
import { hasEmailAddress, hasPhoneNumber } from './contact-details';
import { ChatLanguage, languageBit, ownLetterLanguages, readLanguage } from './language';
import { loadDefaultLibrary } from './default-library';
import { findHits, type Hit, type PatternLibrary } from './library';
import { analysedPart, normalize } from './normalize';
import { withoutQuotedSpeech } from './quotes';
import { asksForHelp } from './asking-for-help';
import { addressesRelative, FAMILY_DAMPED, FAMILY_WEIGHT_FACTOR, introducesRelative } from './family';
import { pleads } from './pleading';
import { mentionsSurprise, SURPRISE_DAMPED, SURPRISE_WEIGHT_FACTOR } from './surprise';
import { isLaughter } from './laughter';
import { reportedSpeechStart } from './reported-speech';
import { DEFAULT_WEIGHTS, EXTORTION, initialScorerState, step, VAGUE_EXTORTION_WEIGHT, type ScorerState, type Signal, type Warning } from './scorer';
import { loadModel, MODEL_ALONE_MAX_TOKENS, MODEL_CONTEXT_MESSAGES, MODEL_THRESHOLDS, modelLogits, type MessageModel } from './model';
import { MODEL_DATA } from './model-data';

export interface MessageAnalysis {
  categories: Category[];
  /** Signals with their weights (offender categories only). */
  signals: { category: OffenderCategory; weight: number }[];
  lang: Language | undefined;
  /** The message shows the chat is with a relative ("hi nana!", "sono la nonna"): see family.ts. */
  relative: boolean;
  /** The user begs the other person to delete something or protests having paid (pleading.ts). */
  pleading: boolean;
  /** The message mentions a surprise ("it's a surprise party"): see surprise.ts. */
  surprise: boolean;
}

let defaultLibrary: PatternLibrary | undefined;
/**
 * The library of the pattern files (default-library.ts), loaded once on first use. Lenient:
 * an entry that fails to compile is left out and reported (the test suite builds strictly,
 * so none ships), rather than silencing every warning.
 */
export function getDefaultLibrary(): PatternLibrary {
  if (!defaultLibrary) {
    defaultLibrary = loadDefaultLibrary();
    for (const problem of defaultLibrary.problems) console.error(`Heads Up pattern left out: ${problem}`);
  }
  return defaultLibrary;
}

let defaultModel: MessageModel | null | undefined;
/**
 * The learned model (model.ts) from model-data.ts, loaded once on first use. Should it not
 * load, the engine reads with the phrase library alone and says why.
 */
export function getDefaultModel(): MessageModel | null {
  if (defaultModel === undefined) {
    try {
      defaultModel = loadModel(MODEL_DATA);
    } catch (e) {
      console.error(`Heads Up model left out, reading with phrases only: ${(e as Error).message}`);
      defaultModel = null;
    }
  }
  return defaultModel;
}

/** What the chat around a message tells its reading. */
export interface MessageContext {
  /** The language the conversation is in (see analyzeMessage). */
  chat?: ChatLanguage;
  /** The conversation already adds up to a caution or more, so a laugh no longer excuses a threat (library.ts, `unlessLaughing`). */
  riskyChat?: boolean;
  /** The other person raised a signal in the last MODEL_CONTEXT_MESSAGES messages: the model may add categories. */
  recentSignal?: boolean;
  sensitivity?: Sensitivity;
  /** The learned model; `null` reads with phrases only. */
  model?: MessageModel | null;
}

/** Below the weight at which pressure turns a payment demand into extortion (scorer.ts). */
const PLAYFUL_WEIGHT = 0.25;
/** What a vaguely worded leverage claim weighs with a laugh in an ordinary chat. */
const TEASING_CLAIM_WEIGHT = 1.5;

/**
 * What one message says on its own, whoever sent it. `context.chat` (the language the
 * conversation is in) decides which languages' phrases apply to a message too short to tell:
 * that language, English and the languages the message has function words of, so that "photos
 * dispo en mp" in a French chat is not read with another language's look-alike phrase,
 * while "o pagas o les llega a tus padres" in a Spanish chat keeps the Spanish phrases.
 */
export function analyzeMessage(message: string, from: ChatMessage['from'], library = getDefaultLibrary(), context: MessageContext = {}): MessageAnalysis {
  const { chat, riskyChat = false } = context;
  // Every step reads the same bounded part: a 1 MB paste costs what 4,000 characters cost.
  const text = analysedPart(message);
  const tokens = readTokens(text, library);
  const chatLanguage = chat?.lang;
  const language = readLanguage(tokens, chat, ownLetterLanguages(text));
  const possible = chatLanguage ? language.voted | languageBit(chatLanguage) : language.possible;
  const ownEnd = from === 'them' ? ownWordsEnd(tokens) : tokens.length;
  let hits = findHits(library, tokens, from, possible, ownEnd);
  const model = context.model === undefined ? getDefaultModel() : context.model;
  if (model && from === 'them' && ownEnd > 0) hits = withModel(model, hits, tokens, ownEnd, context);
  const categories: Category[] = [];
  const signals: MessageAnalysis['signals'] = [];
  let laughing: boolean | undefined;
  // A threat with a laugh is a sibling's banter in an ordinary chat, and mockery in one that
  // already looks risky or in a message that also demands payment ("kkk manda 50 no pix ou posto").
  const demandsPayment = hits.some((h) => h.category === 'payment-demand' && !h.excusedByLaughter);
  for (const hit of hits) {
    if (hit.excusedByLaughter && !riskyChat && !demandsPayment) continue;
    categories.push(hit.category);
    if (hit.category === SELF_CATEGORY) continue;
    // Pressure with a laugh ("pay up by friday or else haha") is banter, not a threat.
    let weight = hit.weight;
    if (hit.category === 'coercion' && (laughing ??= tokens.some(isLaughter))) weight = Math.min(weight, PLAYFUL_WEIGHT);
    // A vaguely worded claim with a laugh in an ordinary chat ("i still have the karaoke video of u 😂")
    // is a friend's teasing: below the weight at which a claim alone is urgent (scorer.ts).
    if (hit.category === 'leverage-claim' && weight <= VAGUE_EXTORTION_WEIGHT && !riskyChat && (laughing ??= tokens.some(isLaughter))) {
      weight = Math.min(weight, TEASING_CLAIM_WEIGHT);
    }
    signals.push({ category: hit.category, weight });
  }
  if (from === 'me' && !categories.includes(SELF_CATEGORY) && (hasPhoneNumber(tokens) || hasEmailAddress(text))) {
    categories.push(SELF_CATEGORY);
  }
  const relative = from === 'me' ? addressesRelative(tokens) : introducesRelative(tokens);
  const analysis = { categories, signals, lang: language.lang, relative, pleading: from === 'me' && pleads(tokens), surprise: mentionsSurprise(tokens) };
  // A report ends with its sentence: "she said ur nice. how old are u now?" asks the age in the sender's own words.
  const resumed = from === 'them' && ownEnd < tokens.length && !asksForHelp(tokens) ? afterReportedSentence(text, library, ownEnd) : undefined;
  return resumed ? merged(analysis, analyzeMessage(resumed, from, library, context)) : analysis;
}

/** Where a sentence ends: after . ! ? … or a line break, before the next word. */
const SENTENCE_END = /(?<=[.!?…\n])\s+/;

/** The text after the sentence in which a report begins (see reportedSpeechStart), if any. */
function afterReportedSentence(text: string, library: PatternLibrary, reportStart: number): string | undefined {
  const sentences = text.split(SENTENCE_END);
  let read = 0;
  for (let i = 0; i < sentences.length - 1; i++) {
    read += readTokens(sentences[i]!, library).length;
    if (read > reportStart) return sentences.slice(i + 1).join(' ');
  }
  return undefined;
}

/** Two readings of one message as one: every category once, each signal at its heavier weight. */
function merged(a: MessageAnalysis, b: MessageAnalysis): MessageAnalysis {
  const signals = [...a.signals];
  for (const s of b.signals) {
    const same = signals.findIndex((t) => t.category === s.category);
    if (same < 0) signals.push(s);
    else if (s.weight > signals[same]!.weight) signals[same] = s;
  }
  return {
    categories: [...new Set([...a.categories, ...b.categories])],
    signals,
    lang: a.lang ?? b.lang,
    relative: a.relative || b.relative,
    pleading: a.pleading || b.pleading,
    surprise: a.surprise || b.surprise,
  };
}

/**
 * The model's two uses (model.ts): a phrase it finds very unlikely in this message is dropped
 * (unless it is a plainly worded threat), and a category it finds very likely is added where the
 * chat already gives it reason to look (a recent signal, a risky chat, or a phrase in this very
 * message). With no such reason it adds only an extortion category it is surer still of, in a
 * message of chat length: a cold "tengo todas las fotos que mandaste a tu ex" is how sextortion
 * opens, while on long text unlike its training the model's sums run high.
 */
function withModel(model: MessageModel, hits: Hit[], tokens: readonly string[], ownEnd: number, context: MessageContext): Hit[] {
  const offender = (hit: Hit) => hit.category !== SELF_CATEGORY;
  const overrulable = (hit: Hit) => modelMayDrop(hit.category, hit.weight);
  const reason = context.riskyChat || context.recentSignal || hits.some(offender);
  const alone = !reason && ownEnd <= MODEL_ALONE_MAX_TOKENS;
  if (!reason && !alone && !hits.some(overrulable)) return hits;
  const logits = modelLogits(model, tokens, ownEnd);
  const thresholds = MODEL_THRESHOLDS[context.sensitivity ?? 'balanced'];
  const kept = hits.filter((hit) => !overrulable(hit) || logits[OFFENDER_CATEGORIES.indexOf(hit.category as OffenderCategory)]! >= thresholds.veto);
  if (!reason && !alone) return kept;
  for (let c = 0; c < OFFENDER_CATEGORIES.length; c++) {
    const category = OFFENDER_CATEGORIES[c]!;
    const threshold = reason ? thresholds.add : EXTORTION.has(category) ? thresholds.alone : Infinity;
    if (logits[c]! < threshold) continue;
    // Sure of a category a phrase found only lightly ("teraz twoja kolej, tak będzie fair"): it weighs in full.
    const lighter = kept.findIndex((hit) => hit.category === category && hit.weight < DEFAULT_WEIGHTS[category]);
    if (lighter >= 0) kept[lighter] = { ...kept[lighter]!, weight: DEFAULT_WEIGHTS[category] };
    else if (!kept.some((hit) => hit.category === category)) kept.push({ category, weight: DEFAULT_WEIGHTS[category], entry: MODEL_ENTRY });
  }
  return kept;
}

/**
 * Whether the model may drop a phrase hit it finds very unlikely: any offender signal but a
 * plainly worded threat (an extortion entry at full weight), as missing one costs more than a
 * role-play's alarm.
 */
export function modelMayDrop(category: Category, weight: number): boolean {
  if (category === SELF_CATEGORY) return false;
  return !(EXTORTION.has(category) && weight >= DEFAULT_WEIGHTS[category]);
}

/** The `entry` of a category the model added (explain, tests). */
export const MODEL_ENTRY = '(model)';

/** The tokens the engine reads in a message. Someone else's words in quotation marks are reported, not said: they are left out. */
export function readTokens(text: string, library = getDefaultLibrary()): string[] {
  return normalize(withoutQuotedSpeech(analysedPart(text)), library.knows);
}

/**
 * Where a message from the other person stops speaking for them: at once when they ask
 * what to do about a threat, and at a reporting frame ("he said...") when they tell what
 * someone else said. (Its `unless` words still count in the whole message.)
 */
export function ownWordsEnd(tokens: readonly string[]): number {
  if (asksForHelp(tokens)) return 0;
  const reported = reportedSpeechStart(tokens);
  return reported < 0 ? tokens.length : reported;
}

export interface Nudge {
  /** The user is sharing contact or location details in a conversation that already looks risky. */
  categories: [typeof SELF_CATEGORY];
}

export interface ConversationStep {
  index: number;
  categories: Category[];
  lang: Language | undefined;
  /** Set when a new warning should appear after this message (at most once per level). */
  warning: Warning | undefined;
  /** What the live signals add up to now: lets a card already shown list the latest reasons. */
  current: Warning | undefined;
  nudge: Nudge | undefined;
}

export interface ConversationOptions {
  sensitivity?: Sensitivity;
  library?: PatternLibrary;
  /** The learned model; `null` reads with phrases only (default: model-data.ts). */
  model?: MessageModel | null;
}

export interface Conversation {
  push(message: ChatMessage): ConversationStep;
  /** The warning level shown in the current situation, if any. */
  readonly shownLevel: Warning['level'] | undefined;
  /** The language the conversation is in, from its recent messages' function words. */
  readonly lang: Language | undefined;
}

/** Per-conversation state: the signals so far, what was shown, who sent what. */
export function createConversation(options: ConversationOptions = {}): Conversation {
  const sensitivity = options.sensitivity ?? 'balanced';
  const library = options.library ?? getDefaultLibrary();
  const model = options.model === undefined ? getDefaultModel() : options.model;
  let scorer: ScorerState = initialScorerState();
  let index = 0;
  const chatLanguage = new ChatLanguage();
  let nudged = false;
  let withRelative = false;
  let aboutSurprise = false;

  return {
    get shownLevel() {
      return scorer.shown;
    },
    get lang() {
      return chatLanguage.lang;
    },
    push(message) {
      const i = index++;
      const analysis = analyzeMessage(message.text, message.from, library, {
        chat: chatLanguage,
        riskyChat: scorer.current !== undefined,
        recentSignal: message.from === 'them' && scorer.signals.some((s) => s.weight > 0 && i - s.index <= MODEL_CONTEXT_MESSAGES),
        sensitivity,
        model,
      });
      withRelative ||= analysis.relative;
      aboutSurprise ||= analysis.surprise;
      // Messages from the user never raise signals about the other person; what the chat has
      // shown (a relative, a surprise being planned) makes some of them count for less.
      const weighed = (s: MessageAnalysis['signals'][number]) => {
        let weight = s.weight;
        if (withRelative && FAMILY_DAMPED.has(s.category)) weight *= FAMILY_WEIGHT_FACTOR;
        if (aboutSurprise && SURPRISE_DAMPED.has(s.category)) weight *= SURPRISE_WEIGHT_FACTOR;
        return weight;
      };
      const incoming: Signal[] =
        message.from === 'them' ? analysis.signals.map((s) => ({ category: s.category, weight: weighed(s), index: i, ts: message.ts })) : [];
      const result = step(scorer, incoming, i, message.ts, sensitivity, analysis.pleading);
      if (result.state.shown === undefined) nudged = false;
      scorer = result.state;
      let nudge: Nudge | undefined;
      if (message.from === 'me' && scorer.shown && !nudged && analysis.categories.includes(SELF_CATEGORY)) {
        nudge = { categories: [SELF_CATEGORY] };
        nudged = true;
      }
      return { index: i, categories: analysis.categories, lang: analysis.lang, warning: result.warning, current: result.current, nudge };
    },
  };
}

export type { Warning } from './scorer';
