/**
 * The learned reader: one logistic regression per offender category over a message's words,
 * word stems and word pairs, trained on the labelled corpora's message categories
 * (`npm run train`, scripts/lib/train.ts). The phrase library knows exactly the wordings
 * someone wrote a phrase for; the model has read every labelled message, so it knows how
 * likely a category is in wordings nobody wrote ("got every vid u sent saved on my drive").
 *
 * It is used in two ways only (engine.ts), both measured on blind rounds it never saw
 * (docs/measurements.md):
 * - A phrase the model finds very unlikely in its message (a clinic's "send a photo of the
 *   rash", a friend's vague "i still have that video") is dropped: it vetoes. A plainly worded
 *   threat (an extortion entry at full weight) is never dropped.
 * - A category the model finds very likely is added in a chat where the other person has
 *   already raised a signal, or next to a phrase in the same message. With no such reason it adds
 *   only an extortion category it is surer still of, in a short message: on text unlike its
 *   training (real SMS) it is too sure of itself, the more so the longer the text.
 *
 * Pure: no DOM, no browser API. The weights live in model-data.ts (generated).
 */
import { z } from 'zod';
import { OFFENDER_CATEGORIES, type Sensitivity } from './categories';

/** FNV-1a over a string's first `length` UTF-16 units: a word's 32-bit key. */
export function wordKey(word: string, length = word.length): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two keys into one feature key; `kind` keeps a word, a stem, a pair and a skip pair apart. */
function mix(a: number, b: number, kind: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + kind, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Long words also count by their first letters, so "zdjecia", "zdjeciami" share a stem. */
const STEM = 5;
/** At most this many features a token. */
const PER_TOKEN = 4;

/**
 * Writes the features of normalised tokens [0, end) into `out` and returns how many: each
 * word, the stem of a long word, each pair of neighbours and each pair one word apart.
 * Linear in the tokens; duplicates are harmless.
 */
function writeFeatures(tokens: readonly string[], end: number, out: Uint32Array): number {
  let n = 0;
  let before = 0;
  let previous = 0;
  for (let i = 0; i < end; i++) {
    const token = tokens[i]!;
    const key = wordKey(token);
    out[n++] = mix(key, 0, 1);
    if (token.length > STEM + 1) out[n++] = mix(wordKey(token, STEM), 0, 2);
    if (i > 0) out[n++] = mix(previous, key, 3);
    if (i > 1) out[n++] = mix(before, key, 4);
    before = previous;
    previous = key;
  }
  return n;
}

/** The features of normalised tokens [0, end) (training reads these). */
export function messageFeatures(tokens: readonly string[], end = tokens.length): number[] {
  const out = new Uint32Array(PER_TOKEN * end);
  return Array.from(out.subarray(0, writeFeatures(tokens, end, out)));
}

export interface MessageModel {
  bias: Float32Array;
  /**
   * Feature key -> row, in an open-addressing table (keys, and rows + 1 so that 0 is an empty
   * slot): a look-up costs a multiply and a probe or two, where a Map of 32-bit keys boxes them.
   */
  slotKeys: Uint32Array;
  slotRows: Uint32Array;
  /** A row's weights are cats/weights[offsets[row] .. offsets[row + 1]). */
  offsets: Uint32Array;
  cats: Uint8Array;
  weights: Float32Array;
  /** Scratch for one message: its features and logits (a chat reads one message at a time). */
  features: Uint32Array;
  logits: Float32Array;
}

/** The model as stored in model-data.ts: metadata plus the rows packed in base64. */
export const storedModelSchema = z.object({
  format: z.literal(1),
  categories: z.array(z.string()).refine((c) => c.join() === OFFENDER_CATEGORIES.join(), 'categories differ from the contract (categories.ts)'),
  /** What it was trained on: `digest` lets a test tell a model older than the corpus. */
  trainedOn: z.object({ files: z.number().int(), messages: z.number().int(), digest: z.string() }),
  settings: z.record(z.string(), z.union([z.number(), z.string()])),
  bias: z.array(z.number().finite()).length(OFFENDER_CATEGORIES.length),
  /** Weights are stored as integers: weight * scale. */
  scale: z.number().positive(),
  /** Per feature: key (uint32), count (uint8), then count x (category uint8, weight int16), little-endian. */
  rows: z.string(),
});
export type StoredModel = z.infer<typeof storedModelSchema>;

/** Packs feature rows the way `rows` stores them. */
export function packRows(rows: { key: number; weights: { category: number; weight: number }[] }[]): Uint8Array {
  const size = rows.reduce((sum, row) => sum + 5 + 3 * row.weights.length, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const row of rows) {
    if (row.weights.length > 255) throw new Error('a feature row holds at most 255 weights');
    view.setUint32(at, row.key, true);
    view.setUint8(at + 4, row.weights.length);
    at += 5;
    for (const { category, weight } of row.weights) {
      view.setUint8(at, category);
      view.setInt16(at + 1, weight, true);
      at += 3;
    }
  }
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** Reads a stored model; throws a clear error on anything malformed. */
export function loadModel(data: unknown): MessageModel {
  const parsed = storedModelSchema.safeParse(data);
  if (!parsed.success) throw new Error(`model data: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(model)'}: ${i.message}`).join('; ')}`);
  const stored = parsed.data;
  let binary: string;
  try {
    binary = atob(stored.rows);
  } catch {
    throw new Error('model data: rows are not base64');
  }
  // A plain loop: Uint8Array.from with a mapping function is several times slower on a megabyte.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  const keys: number[] = [];
  const offsets: number[] = [0];
  const cats: number[] = [];
  const weights: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 5 > bytes.length) throw new Error('model data: a row is cut short');
    const key = view.getUint32(at, true);
    const count = view.getUint8(at + 4);
    at += 5;
    if (at + 3 * count > bytes.length) throw new Error('model data: a row is cut short');
    for (let j = 0; j < count; j++, at += 3) {
      const category = view.getUint8(at);
      if (category >= OFFENDER_CATEGORIES.length) throw new Error(`model data: category ${category} out of range`);
      cats.push(category);
      weights.push(view.getInt16(at + 1, true) / stored.scale);
    }
    keys.push(key);
    offsets.push(cats.length);
  }
  let bits = 4;
  while (1 << bits < keys.length * 3) bits++; // a third full at most: short probes
  const slotKeys = new Uint32Array(1 << bits);
  const slotRows = new Uint32Array(1 << bits);
  for (let row = 0; row < keys.length; row++) {
    let slot = slotOf(keys[row]!, bits);
    while (slotRows[slot] !== 0 && slotKeys[slot] !== keys[row]) slot = (slot + 1) & (slotKeys.length - 1);
    slotKeys[slot] = keys[row]!;
    slotRows[slot] = row + 1;
  }
  return {
    bias: Float32Array.from(stored.bias),
    slotKeys,
    slotRows,
    offsets: Uint32Array.from(offsets),
    cats: Uint8Array.from(cats),
    weights: Float32Array.from(weights),
    features: new Uint32Array(0),
    logits: new Float32Array(OFFENDER_CATEGORIES.length),
  };
}

function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/**
 * Each offender category's log-odds (OFFENDER_CATEGORIES order) for tokens [0, end). The
 * array returned is the model's scratch: read it before the next call.
 */
export function modelLogits(model: MessageModel, tokens: readonly string[], end = tokens.length): Float32Array {
  if (model.features.length < PER_TOKEN * end) model.features = new Uint32Array(PER_TOKEN * end * 2);
  const count = writeFeatures(tokens, end, model.features);
  const { slotKeys, slotRows, offsets, cats, weights, logits, features } = model;
  logits.set(model.bias);
  const mask = slotKeys.length - 1;
  const bits = 31 - Math.clz32(slotKeys.length);
  for (let i = 0; i < count; i++) {
    const key = features[i]!;
    let slot = slotOf(key, bits);
    while (slotRows[slot] !== 0 && slotKeys[slot] !== key) slot = (slot + 1) & mask;
    const row = slotRows[slot]!;
    if (row === 0) continue;
    for (let j = offsets[row - 1]!; j < offsets[row]!; j++) logits[cats[j]!]! += weights[j]!;
  }
  return logits;
}

/**
 * Log-odds at which the model adds a category where the chat gives reason (about 95% in
 * balanced), below which it vetoes a phrase (about 5%), and at which it adds an extortion
 * category with no reason at all (about 99.3%). Sensitivity shifts them.
 */
export const MODEL_THRESHOLDS: Record<Sensitivity, { add: number; veto: number; alone: number }> = {
  low: { add: 4, veto: -2, alone: 6 },
  balanced: { add: 3, veto: -3, alone: 5 },
  high: { add: 2, veto: -4, alone: 4 },
};

/** With no reason from the chat, the model adds only in a message of chat length (own words). */
export const MODEL_ALONE_MAX_TOKENS = 25;

/**
 * How many messages back a signal from the other person lets the model add categories. Ten is
 * the life of a mild signal (scorer.ts): one stretch of chat.
 */
export const MODEL_CONTEXT_MESSAGES = 10;

