import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../scripts/lib/corpus';
import { corpusDigest, train, trainingExamples } from '../scripts/lib/train';
import { OFFENDER_CATEGORIES, type OffenderCategory } from './categories';
import { analyzeMessage, createConversation, getDefaultModel, MODEL_ENTRY } from './engine';
import { buildLibrary } from './library';
import { loadModel, messageFeatures, modelLogits, packRows, toBase64, wordKey } from './model';
import { toyModel } from '../scripts/lib/toy-model';
import { MODEL_DATA } from './model-data';

const index = (c: OffenderCategory) => OFFENDER_CATEGORIES.indexOf(c);

describe('message features', () => {
  it('are the same for the same words, order matters for pairs, and grow linearly', () => {
    expect(messageFeatures(['send', 'pics'])).toEqual(messageFeatures(['send', 'pics']));
    expect(messageFeatures(['send', 'pics'])).not.toEqual(messageFeatures(['pics', 'send']));
    expect(messageFeatures(['zdjecia'])).toContain(messageFeatures(['zdjeciami'])[1]); // shared stem
    expect(messageFeatures(Array(10_000).fill('word')).length).toBeLessThanOrEqual(4 * 10_000);
    expect(messageFeatures(['a', 'b', 'c'], 1)).toEqual(messageFeatures(['a']));
    expect(wordKey('')).toBe(0x811c9dc5);
  });
});

describe('the stored model', () => {
  it('loads what was packed', () => {
    const model = loadModel(toyModel({ nudes: { 'leverage-claim': 9.5, flattery: -1 } }));
    const logits = modelLogits(model, ['nudes']);
    expect(logits[index('leverage-claim')]).toBeCloseTo(9.5, 3);
    expect(logits[index('flattery')]).toBeCloseTo(-1, 3);
  });

  it('refuses malformed data with a clear reason', () => {
    expect(() => loadModel({ ...toyModel({}), categories: ['image-request'] })).toThrow(/categories differ/);
    expect(() => loadModel({ ...toyModel({}), bias: [1] })).toThrow(/bias/);
    expect(() => loadModel({ ...toyModel({}), rows: '%%%' })).toThrow(/base64/);
    expect(() => loadModel({ ...toyModel({}), rows: toBase64(new Uint8Array([1, 2, 3, 4, 9])) })).toThrow(/cut short/);
    expect(() => loadModel(null)).toThrow(/model data/);
  });

  it('is the one shipped, trained on every file of the corpus as it is now (else: npm run train)', () => {
    const files = corpusFiles();
    expect(MODEL_DATA.settings.exclude, 'a model trained with --exclude is for measuring only').toBeUndefined();
    expect(MODEL_DATA.trainedOn.digest, 'the corpus changed since the model was trained: run npm run train').toBe(corpusDigest(files));
    expect(getDefaultModel()).not.toBeNull();
  });
});

describe('the model in the engine', () => {
  const examples = { match: ['send me a photo of the rash', 'i will post it'], ignore: [] };
  const library = buildLibrary({
    'image-request': { en: [{ id: 'photo', phrases: ['send ..2 photo'], examples: { match: [examples.match[0]!], ignore: [] } }] },
    'threat-to-share': { en: [{ id: 'post-it', phrases: ['i will post it'], examples: { match: [examples.match[1]!], ignore: [] } }] },
  });
  const model = loadModel(toyModel({ rash: { 'image-request': -10, 'threat-to-share': -10 }, zorblax: { 'leverage-claim': 12 }, glorp: { 'image-request': 12 }, blip: { 'leverage-claim': 4 } }));

  it('drops a phrase the model finds very unlikely, but never a plainly worded threat', () => {
    expect(analyzeMessage('send me a photo of the rash', 'them', library, { model: null }).categories).toEqual(['image-request']);
    expect(analyzeMessage('send me a photo of the rash', 'them', library, { model }).categories).toEqual([]);
    expect(analyzeMessage('rash or not i will post it', 'them', library, { model }).categories).toEqual(['threat-to-share']);
  });

  it('adds a category it is sure of where the chat gives it reason to', () => {
    expect(analyzeMessage('blip', 'them', library, { model }).categories).toEqual([]); // cold: not sure enough
    expect(analyzeMessage('blip', 'them', library, { model, recentSignal: true }).categories).toEqual(['leverage-claim']);
    expect(analyzeMessage('glorp', 'them', library, { model }).categories).toEqual([]); // cold: never a grooming category
    expect(analyzeMessage('glorp', 'them', library, { model, riskyChat: true }).categories).toEqual(['image-request']);
    expect(analyzeMessage('glorp, send me a photo', 'them', library, { model }).categories).toEqual(['image-request']);
    expect(analyzeMessage('blip, send me a photo', 'them', library, { model }).categories).toEqual(['image-request', 'leverage-claim']);
    expect(analyzeMessage('blip', 'me', library, { model, recentSignal: true }).categories).toEqual([]); // the user's own words: never
    const chat = createConversation({ library, model });
    expect(chat.push({ from: 'them', text: 'blip' }).warning).toBeUndefined();
    chat.push({ from: 'them', text: 'send me a photo' });
    expect(chat.push({ from: 'them', text: 'blip' }).warning?.level).toBe('urgent');
    expect(MODEL_ENTRY).toBe('(model)');
  });

  it('weighs in full a category it is sure of that a phrase found only lightly', () => {
    const light = buildLibrary({
      reciprocity: { en: [{ id: 'your-turn', phrases: ['your turn'], weight: 2, examples: { match: ['your turn'], ignore: [] } }] },
    });
    const sure = loadModel(toyModel({ fair: { reciprocity: 6 } }));
    const weight = (text: string, m: typeof sure | null) => analyzeMessage(text, 'them', light, { model: m }).signals.find((x) => x.category === 'reciprocity')?.weight;
    expect(weight('your turn', sure)).toBe(2);
    expect(weight('your turn, only fair', null)).toBe(2);
    expect(weight('your turn, only fair', sure)).toBe(3);
  });

  it('adds an extortion category with no reason only when surer still, in a message of chat length', () => {
    expect(analyzeMessage('zorblax', 'them', library, { model }).categories).toEqual(['leverage-claim']);
    expect(createConversation({ library, model }).push({ from: 'them', text: 'zorblax' }).warning?.level).toBe('urgent');
    const long = `zorblax ${'and then we went to the shop '.repeat(5)}`;
    expect(analyzeMessage(long, 'them', library, { model }).categories).toEqual([]);
    expect(analyzeMessage(long, 'them', library, { model, recentSignal: true }).categories).toEqual(['leverage-claim']);
  });

  it('shifts with sensitivity, never with patterns', () => {
    const sure = loadModel(toyModel({ zorblax: { 'leverage-claim': 2.5 } })); // log-odds 2.5
    expect(analyzeMessage('zorblax', 'them', library, { model: sure, recentSignal: true, sensitivity: 'high' }).categories).toEqual(['leverage-claim']);
    expect(analyzeMessage('zorblax', 'them', library, { model: sure, recentSignal: true }).categories).toEqual([]);
  });
});

describe('training', () => {
  const corpus = Array.from({ length: 40 }, (_, i) => ({
    id: `t${i}`,
    lang: 'en' as const,
    kind: 'risk' as const,
    messages: [
      { from: 'them' as const, text: `i got every clip of you saved number ${i}`, cats: ['leverage-claim' as const] },
      { from: 'them' as const, text: `see you at practice number ${i}` },
    ],
  }));

  it('learns a labelled wording, and gives the same model twice', () => {
    const settings = { epochs: 4, alpha: 1, l1: 0.5, l2: 1, minCount: 2 };
    const first = train(trainingExamples(corpus), settings);
    expect(train(trainingExamples(corpus), settings)).toEqual(first);
    const model = loadModel({ ...toyModel({}), bias: first.bias, rows: first.rows, scale: first.scale });
    const logit = (text: string) => modelLogits(model, text.split(' '))[index('leverage-claim')]!;
    expect(logit('i got every clip of you saved')).toBeGreaterThan(0);
    expect(logit('see you at practice')).toBeLessThan(0);
  });
});
