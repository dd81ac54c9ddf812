/**
 * The conversation scorer: turns the signals found message by message into at most
 * one warning per situation, escalating caution -> warning -> urgent the way the
 * reports describe grooming (bonding, probing, moving apps, image requests) and
 * sextortion (leverage, threats, demands), which gets `urgent` at once, history or not.
 */
import { LEVELS, levelRank, type Level, type OffenderCategory, type Sensitivity } from './categories';

/** How much one signal of each category says on its own (a pattern may override it). */
export const DEFAULT_WEIGHTS: Record<OffenderCategory, number> = {
  'platform-move': 1,
  'personal-probe': 1,
  flattery: 1,
  coercion: 0.5,
  secrecy: 2,
  'meet-request': 2,
  offer: 2,
  'payment-demand': 2,
  'image-request': 3,
  reciprocity: 3,
  sexualization: 3,
  'leverage-claim': 5,
  'threat-to-share': 5,
  'physical-threat': 5,
  'fabrication-threat': 5,
  'self-harm-leverage': 5,
};

/** Extortion: any one of these, heavy enough to warn on its own, is urgent even as the first message. */
export const EXTORTION: ReadonlySet<OffenderCategory> = new Set([
  'leverage-claim',
  'threat-to-share',
  'physical-threat',
  'fabrication-threat',
  'self-harm-leverage',
]);

/** The weight of one extortion signal in full (DEFAULT_WEIGHTS). */
const EXTORTION_WEIGHT = 5;

/**
 * What turns a payment demand into sextortion: a sexual context, the extortion categories,
 * secrecy ("pay and nobody ever has to know"), or pressure ("send the steam card in 10
 * minutes or you'll see"). A friend's debt comes with a laugh or without an ultimatum, and
 * the engine weighs laughing pressure down.
 */
const PAYMENT_LEVERAGE: ReadonlySet<OffenderCategory> = new Set(['image-request', 'reciprocity', 'sexualization', 'secrecy']);

/**
 * A sexual context: an intimate image request, "I showed you mine", sexual talk. In such a chat
 * a vague extortion signal ("i still have what u sent", "would be a shame if it got out") is
 * extortion: that is how sextortion is worded once the picture exists.
 */
const SEXUAL_CONTEXT: ReadonlySet<OffenderCategory> = new Set(['image-request', 'reciprocity', 'sexualization']);
/** A vaguely worded extortion signal (an entry's weight for "i still have what u sent"). */
export const VAGUE_EXTORTION_WEIGHT = 2;
/**
 * A claim to hold the person's pictures or account ("i have ur pics", "mam twoje fotki") is how
 * sextortion opens, often as the first message, and the contract's own example of a leverage
 * claim. Entries weigh the vaguer wordings down (a friend "has your pics" from a trip), but one
 * step below the warning threshold still makes it urgent: on the fresh rounds 10-26 that caught
 * 37 more chats in time for 3 more benign alarms.
 */
const LEVERAGE_CLAIM_MARGIN = 1;
const PRESSURE_WEIGHT = 0.5;

/** Probing: personal questions in this many messages weigh as much as a secrecy request. */
const PROBING_MESSAGES = 3;
const PROBING_WEIGHT = 2;

interface Thresholds {
  /** Total weight for a caution, and how many different categories it needs. */
  caution: number;
  cautionCategories: number;
  /** Total weight for a warning with two or more categories. */
  warning: number;
  /** A single category this heavy is a warning on its own. */
  warningAlone: number;
  /** A single category this heavy is a caution on its own. */
  cautionAlone: number;
}

/** Sensitivity shifts thresholds, never patterns. */
const THRESHOLDS: Record<Sensitivity, Thresholds> = {
  low: { caution: 3, cautionCategories: 2, warning: 4, warningAlone: 5, cautionAlone: 3 },
  balanced: { caution: 2, cautionCategories: 2, warning: 3, warningAlone: 3, cautionAlone: 3 },
  high: { caution: 2, cautionCategories: 2, warning: 3, warningAlone: 3, cautionAlone: 2 },
};

/**
 * A signal counts for the next 30 messages (both sides; a mild one for 10), and with timestamps for at most
 * a week: a situation is one stretch of chat. Grooming moves fast (the reports' sequence
 * fits in one sitting), while a long ordinary chat gathers unrelated mild signals ("where
 * are you", "pick you up at 5", "hello beautiful") that must not add up over hundreds of
 * messages (`npm run false-alarms` strings real SMS into long chats to measure this).
 */
export const SIGNAL_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const SIGNAL_LIFETIME_MESSAGES = 30;
/**
 * A mild signal (lighter than an intimate image request: a compliment, "add me on insta", "don't
 * tell your brother", "pick you up at 5") counts for the next 10 messages only. Grooming puts
 * its mild steps close together; a long chat between friends scatters them over dozens of
 * messages, where they added up to false warnings (docs/measurements.md, round 25).
 */
export const MILD_SIGNAL_LIFETIME_MESSAGES = 10;
const MILD_BELOW = DEFAULT_WEIGHTS['image-request'];

export interface Signal {
  category: OffenderCategory;
  weight: number;
  /** Index of the message in the conversation, and its time when known. */
  index: number;
  ts: number | undefined;
}

export interface Warning {
  level: Level;
  /** The signals the warning is about, strongest first. */
  categories: OffenderCategory[];
}

export interface ScorerState {
  signals: Signal[];
  /** The level last shown in this situation: no repeat until something worse happens. */
  shown: Level | undefined;
  /** What `signals` add up to (kept so that a message with no new signal costs nothing). */
  current: Warning | undefined;
  /** Index of the user's last plea ("delete it pls", pleading.ts), if any. */
  pleadedAt?: number;
}

export function initialScorerState(): ScorerState {
  return { signals: [], shown: undefined, current: undefined };
}

function isLive(signal: Signal, index: number, ts: number | undefined): boolean {
  if (index - signal.index > (signal.weight < MILD_BELOW ? MILD_SIGNAL_LIFETIME_MESSAGES : SIGNAL_LIFETIME_MESSAGES)) return false;
  return ts === undefined || signal.ts === undefined || ts - signal.ts <= SIGNAL_LIFETIME_MS;
}

/**
 * The level the live signals add up to, if any. `pleaded`: the user has begged the other
 * person to delete something or protested having paid (pleading.ts), so their payment
 * demands, leverage claims and intimate image requests are an extortion under way.
 */
export function assess(signals: readonly Signal[], sensitivity: Sensitivity, pleaded = false): Warning | undefined {
  const strongest = new Map<OffenderCategory, number>();
  // Two vague extortion signals of one kind in different messages ("i still have them", later
  // "be a shame if they got around") count as one in full once their weights reach it, as two
  // of different kinds do below.
  let vagueExtortion: Map<OffenderCategory, number> | undefined;
  for (const s of signals) {
    const before = strongest.get(s.category) ?? 0;
    if (EXTORTION.has(s.category) && before > 0 && Math.max(before, s.weight) < DEFAULT_WEIGHTS[s.category]) {
      (vagueExtortion ??= new Map()).set(s.category, Math.max(vagueExtortion.get(s.category) ?? 0, Math.min(before, s.weight)));
    }
    strongest.set(s.category, Math.max(before, s.weight));
  }
  if (strongest.size === 0) return undefined;
  if (vagueExtortion) for (const [c, second] of vagueExtortion) if (strongest.get(c)! + second >= DEFAULT_WEIGHTS[c]) strongest.set(c, DEFAULT_WEIGHTS[c]);
  // Questions in three different messages (age, then school, then "are your parents home") are
  // the probing stage of the reports' sequence, not one curious question.
  const probed = new Set(signals.filter((s) => s.category === 'personal-probe' && s.weight >= 1).map((s) => s.index)).size;
  if (probed >= PROBING_MESSAGES) strongest.set('personal-probe', Math.max(strongest.get('personal-probe')!, PROBING_WEIGHT));

  const t = THRESHOLDS[sensitivity];
  const categories = [...strongest.keys()].sort((a, b) => strongest.get(b)! - strongest.get(a)!);
  const total = [...strongest.values()].reduce((a, b) => a + b, 0);
  const heaviest = strongest.get(categories[0]!)!;

  const extortionCategories = categories.filter((c) => EXTORTION.has(c));
  // An extortion signal heavy enough to warn on its own is urgent: a threat, even a veiled one
  // ("would be a pity if ur mum saw them"), is not something to weigh calmly (writers of every
  // blind round label them urgent). Two too vague to count alone ("i still have what u sent" +
  // "it'd be a shame if ur class saw") add up to one.
  const extortion =
    extortionCategories.some((c) => strongest.get(c)! >= Math.min(DEFAULT_WEIGHTS[c], t.warningAlone)) ||
    (strongest.get('leverage-claim') ?? 0) >= t.warningAlone - LEVERAGE_CLAIM_MARGIN ||
    (extortionCategories.length >= 2 && extortionCategories.reduce((sum, c) => sum + strongest.get(c)!, 0) >= EXTORTION_WEIGHT);
  const pressed = (strongest.get('coercion') ?? 0) >= PRESSURE_WEIGHT;
  // A generic, low-weight image request (a seller's "send me a video of it") is no leverage.
  const leveragedPayment =
    (strongest.get('payment-demand') ?? 0) >= 2 &&
    (categories.some((c) => EXTORTION.has(c) || (PAYMENT_LEVERAGE.has(c) && strongest.get(c)! >= 2)) || pressed);
  // A threat worded too vaguely to count in full ("everyone you follow is gonna see it")
  // is extortion once it comes with pressure ("...unless you pay by 9").
  const pressedThreat = pressed && categories.some((c) => EXTORTION.has(c));
  // An image request for an intimate picture under pressure ("send another one in 5 min or
  // else") is how extortion for more images is written.
  const pressedImage = pressed && (strongest.get('image-request') ?? 0) >= DEFAULT_WEIGHTS['image-request'];
  // A generic, low-weight image request ("send me a pic of where you are", "send a pic of
  // the form") is what parents, teachers and sellers write: it adds to a warning, but it is
  // no grooming context for a caution with one other mild signal.
  const cautionable = categories.filter((c) => !(c === 'image-request' && strongest.get(c)! < DEFAULT_WEIGHTS[c]));
  const cautionWeight = cautionable.reduce((sum, c) => sum + strongest.get(c)!, 0);
  const pleadedExtortion = pleaded && categories.some((c) => c === 'leverage-claim' || c === 'payment-demand' || (c === 'image-request' && strongest.get(c)! >= DEFAULT_WEIGHTS[c]));
  const vagueInSexualContext =
    extortionCategories.some((c) => strongest.get(c)! >= VAGUE_EXTORTION_WEIGHT) &&
    categories.some((c) => SEXUAL_CONTEXT.has(c) && strongest.get(c)! >= DEFAULT_WEIGHTS[c]);
  let level: Level | undefined;
  if (extortion || vagueInSexualContext || leveragedPayment || pressedThreat || pressedImage || pleadedExtortion) level = 'urgent';
  else if (heaviest >= t.warningAlone || (categories.length >= 2 && total >= t.warning)) level = 'warning';
  else if (cautionable.length >= t.cautionCategories && cautionWeight >= t.caution) level = 'caution';
  else if (heaviest >= t.cautionAlone) level = 'caution';
  return level ? { level, categories } : undefined;
}

/**
 * Add one message's signals and decide whether a new warning appears after it.
 * Pure: returns the next state, never changes the one it was given.
 */
export function step(
  state: ScorerState,
  incoming: readonly Signal[],
  index: number,
  ts: number | undefined,
  sensitivity: Sensitivity,
  pleading = false,
): { state: ScorerState; warning: Warning | undefined; current: Warning | undefined } {
  // The user's plea raises nothing by itself: it colours what the other person sends next.
  if (pleading) state = { ...state, pleadedAt: index };
  const allLive = state.signals.every((s) => isLive(s, index, ts));
  // Nothing new and nothing expired: the situation is as it was (most messages).
  if (allLive && incoming.length === 0) return { state, warning: undefined, current: state.current };
  const live = allLive ? state.signals : state.signals.filter((s) => isLive(s, index, ts));
  // When every earlier signal has expired, the old situation is over: a new one may warn again.
  const shown = live.length === 0 ? undefined : state.shown;
  const signals = incoming.length ? [...live, ...incoming] : live;
  const pleaded = incoming.length > 0 && state.pleadedAt !== undefined && index - state.pleadedAt <= SIGNAL_LIFETIME_MESSAGES;
  const assessed = assess(signals, sensitivity, pleaded);
  const { pleadedAt } = state;
  if (!assessed || levelRank(assessed.level) <= levelRank(shown)) {
    return { state: { signals, shown, current: assessed, pleadedAt }, warning: undefined, current: assessed };
  }
  return { state: { signals, shown: assessed.level, current: assessed, pleadedAt }, warning: assessed, current: assessed };
}

export { LEVELS };
