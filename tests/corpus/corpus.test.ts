/**
 * Holds the engine to its own figures on the project's labelled corpus and on real
 * ordinary text, so a pattern change that loses catches or adds false alarms fails CI.
 * (The independent held-out corpus is measured outside this repository.)
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../patterns/categories';
import { corpusFiles, labelledConversationSchema, parseLines, type LabelledConversation } from '../../scripts/lib/corpus';
import { evaluate } from '../../scripts/lib/evaluate';
import { hamMessages, scoreHam } from '../../scripts/lib/ham';

const corpus: LabelledConversation[] = [];
const rejected: string[] = [];
for (const file of corpusFiles(import.meta.dirname)) {
  for (const line of parseLines(file.text, labelledConversationSchema)) {
    if (line.ok) corpus.push(line.value);
    else rejected.push(`${file.name}:${line.line}: ${line.error}`);
  }
}
const result = evaluate(corpus);
const rate = (n: number, d: number) => (d ? n / d : 0);

describe('the labelled corpus', () => {
  it('is well-formed, large enough, and covers all eight languages with hard benign cases', () => {
    expect(rejected).toEqual([]);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    expect(result.overall.risk).toBeGreaterThanOrEqual(150);
    expect(result.overall.benign).toBeGreaterThanOrEqual(150);
    for (const lang of LANGUAGES) {
      expect(result.byLanguage[lang]?.risk ?? 0, lang).toBeGreaterThanOrEqual(15);
      expect(result.byLanguage[lang]?.benign ?? 0, lang).toBeGreaterThanOrEqual(15);
    }
  });

  it('catches risk in time: at least 95% overall and 90% in every language', () => {
    expect(rate(result.overall.caught, result.overall.risk), JSON.stringify(result.missed, null, 1)).toBeGreaterThanOrEqual(0.95);
    for (const lang of LANGUAGES) {
      const g = result.byLanguage[lang]!;
      expect(rate(g.caught, g.risk), lang).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('catches extortion as urgent in time: at least 97%', () => {
    expect(rate(result.overall.extortionCaught, result.overall.extortion)).toBeGreaterThanOrEqual(0.97);
  });

  it('raises almost no false alarms on hard benign chats', () => {
    expect(rate(result.overall.falseAny, result.overall.benign), JSON.stringify(result.falseAlarms, null, 1)).toBeLessThanOrEqual(0.02);
    expect(rate(result.overall.falseWarning, result.overall.benign)).toBeLessThanOrEqual(0.01);
  });
});

describe('real ordinary text (SMS Spam Collection, ham)', () => {
  it('warns on at most 0.5% of 4,827 real messages', () => {
    const ham = scoreHam(hamMessages());
    expect(ham.total).toBe(4827);
    expect(rate(ham.warned.length, ham.total), ham.warned.map((w) => w.text).join('\n')).toBeLessThanOrEqual(0.005);
  });
});
