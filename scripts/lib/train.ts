/**
 * Training the message model (patterns/model.ts): one logistic regression per offender
 * category, fitted with FTRL-proximal (McMahan et al., "Ad click prediction", 2013), whose L1
 * term leaves most weights at exactly zero, so the model ships small. Deterministic: the same
 * corpus gives the same model on any machine (seeded shuffle, no threads).
 */
import { createHash } from 'node:crypto';
import { OFFENDER_CATEGORIES } from '../../patterns/categories';
import { getDefaultLibrary, ownWordsEnd, readTokens } from '../../patterns/engine';
import { messageFeatures, packRows, toBase64, type StoredModel } from '../../patterns/model';
import type { LabelledConversation } from './corpus';

export interface TrainingSettings {
  /** Passes over the messages. */
  epochs: number;
  /** FTRL's learning rate and its L1 and L2 terms. */
  alpha: number;
  l1: number;
  l2: number;
  /** A feature seen in fewer messages than this is left out (a typo, a name). */
  minCount: number;
}

/** Chosen on the blind rounds, each left out of its own model (docs/measurements.md). */
export const DEFAULT_SETTINGS: TrainingSettings = { epochs: 6, alpha: 1, l1: 2, l2: 1, minCount: 2 };

const SCALE = 1000;
const BETA = 1;
const C = OFFENDER_CATEGORIES.length;

export interface Example {
  features: number[];
  /** Bit i set: the message carries OFFENDER_CATEGORIES[i]. */
  labels: number;
}

/** The other person's messages with their labelled categories, read the way the engine reads them. */
export function trainingExamples(corpus: readonly LabelledConversation[]): Example[] {
  const library = getDefaultLibrary();
  const examples: Example[] = [];
  for (const conversation of corpus) {
    for (const message of conversation.messages) {
      if (message.from !== 'them') continue;
      const tokens = readTokens(message.text, library);
      let labels = 0;
      for (const category of message.cats ?? []) {
        const i = (OFFENDER_CATEGORIES as readonly string[]).indexOf(category);
        if (i >= 0) labels |= 1 << i;
      }
      examples.push({ features: [...new Set(messageFeatures(tokens, ownWordsEnd(tokens)))], labels });
    }
  }
  return examples;
}

/** A digest of corpus files (name and text), so a test can tell when the model is older than its corpus. */
export function corpusDigest(files: readonly { name: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) hash.update(`${file.name}\0${file.text}\0`);
  return hash.digest('hex').slice(0, 16);
}

export function train(examples: readonly Example[], settings: TrainingSettings = DEFAULT_SETTINGS): Pick<StoredModel, 'bias' | 'scale' | 'rows'> & { features: number; weights: number } {
  const seen = new Map<number, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const column = new Map<number, number>();
  for (const [f, n] of seen) if (n >= settings.minCount) column.set(f, column.size);
  const data = examples.map((e) => ({ features: Int32Array.from(e.features.filter((f) => column.has(f)).map((f) => column.get(f)!)), labels: e.labels }));

  const F = column.size;
  const z = new Float64Array(F * C), n = new Float64Array(F * C), zBias = new Float64Array(C), nBias = new Float64Array(C);
  const weightOf = (zi: number, ni: number, l1: number) =>
    Math.abs(zi) <= l1 ? 0 : -(zi - Math.sign(zi) * l1) / ((BETA + Math.sqrt(ni)) / settings.alpha + settings.l2);
  const logit = new Float64Array(C), gradient = new Float64Array(C);
  let seed = 1;
  const random = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const update = (zs: Float64Array, ns: Float64Array, i: number, g: number, w: number) => {
    const sigma = (Math.sqrt(ns[i]! + g * g) - Math.sqrt(ns[i]!)) / settings.alpha;
    zs[i]! += g - sigma * w;
    ns[i]! += g * g;
  };
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = data.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [data[i], data[j]] = [data[j]!, data[i]!];
    }
    for (const { features, labels } of data) {
      for (let c = 0; c < C; c++) logit[c] = weightOf(zBias[c]!, nBias[c]!, 0);
      for (const f of features) for (let c = 0; c < C; c++) logit[c]! += weightOf(z[f * C + c]!, n[f * C + c]!, settings.l1);
      for (let c = 0; c < C; c++) {
        const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, logit[c]!))));
        gradient[c] = p - ((labels >> c) & 1);
        update(zBias, nBias, c, gradient[c]!, weightOf(zBias[c]!, nBias[c]!, 0));
      }
      for (const f of features) {
        for (let c = 0; c < C; c++) {
          const i = f * C + c;
          if (gradient[c] !== 0) update(z, n, i, gradient[c]!, weightOf(z[i]!, n[i]!, settings.l1));
        }
      }
    }
  }
  const rows: { key: number; weights: { category: number; weight: number }[] }[] = [];
  for (const [key, f] of column) {
    const weights: { category: number; weight: number }[] = [];
    for (let c = 0; c < C; c++) {
      const weight = Math.round(weightOf(z[f * C + c]!, n[f * C + c]!, settings.l1) * SCALE);
      if (weight !== 0) weights.push({ category: c, weight: Math.max(-32768, Math.min(32767, weight)) });
    }
    if (weights.length) rows.push({ key, weights });
  }
  rows.sort((a, b) => a.key - b.key);
  const bias = [...zBias].map((zb, c) => Math.round(weightOf(zb, nBias[c]!, 0) * 1e4) / 1e4);
  return { bias, scale: SCALE, rows: toBase64(packRows(rows)), features: rows.length, weights: rows.reduce((s, r) => s + r.weights.length, 0) };
}
