/**
 * Scoring a labelled corpus against the engine, with the contract's measures:
 * risk caught in time, extortion caught as urgent in time, false alarms on benign
 * conversations, and message-level precision and recall per category.
 */
import { CATEGORIES, levelRank, type Category, type Sensitivity } from '../../patterns';
import type { LabelledConversation } from './corpus';
import { scanConversation, type ScanResult } from './run';

export interface GroupFigures {
  risk: number;
  caught: number;
  extortion: number;
  extortionCaught: number;
  benign: number;
  falseAny: number;
  falseWarning: number;
}

export interface CategoryFigures {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

export interface Evaluation {
  overall: GroupFigures;
  byLanguage: Record<string, GroupFigures>;
  byCategory: Record<Category, CategoryFigures>;
  missed: { id: string; lang: string; expected: string; got: string }[];
  falseAlarms: { id: string; lang: string; got: string }[];
}

const empty = (): GroupFigures => ({ risk: 0, caught: 0, extortion: 0, extortionCaught: 0, benign: 0, falseAny: 0, falseWarning: 0 });

function caughtInTime(result: ScanResult, level: string, by: number): boolean {
  return result.warnings.some((w) => w.at <= by && levelRank(w.level) >= levelRank(level as never));
}

function describe(result: ScanResult): string {
  return result.warnings.map((w) => `${w.level}@${w.at}(${w.categories.join(',')})`).join(' ') || 'nothing';
}

export function evaluate(corpus: LabelledConversation[], sensitivity: Sensitivity = 'balanced'): Evaluation {
  const overall = empty();
  const byLanguage: Record<string, GroupFigures> = {};
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { truePositive: 0, falsePositive: 0, falseNegative: 0 }])) as Record<
    Category,
    CategoryFigures
  >;
  const missed: Evaluation['missed'] = [];
  const falseAlarms: Evaluation['falseAlarms'] = [];

  for (const conversation of corpus) {
    const result = scanConversation(conversation, sensitivity);
    const groups = [overall, (byLanguage[conversation.lang] ??= empty())];
    if (conversation.kind === 'risk') {
      const expect = conversation.expect ?? { level: 'warning' as const, by: conversation.messages.length - 1 };
      const caught = caughtInTime(result, expect.level, expect.by);
      const extortion = expect.level === 'urgent';
      for (const g of groups) {
        g.risk++;
        if (caught) g.caught++;
        if (extortion) g.extortion++;
        if (extortion && caught) g.extortionCaught++;
      }
      if (!caught) missed.push({ id: conversation.id, lang: conversation.lang, expected: `${expect.level}@${expect.by}`, got: describe(result) });
    } else {
      const any = result.warnings.length > 0;
      const serious = result.warnings.some((w) => w.level !== 'caution');
      for (const g of groups) {
        g.benign++;
        if (any) g.falseAny++;
        if (serious) g.falseWarning++;
      }
      if (any) falseAlarms.push({ id: conversation.id, lang: conversation.lang, got: describe(result) });
    }
    conversation.messages.forEach((message, i) => {
      const expected = new Set(message.cats ?? []);
      const found = new Set(result.messages[i]?.categories ?? []);
      for (const c of CATEGORIES) {
        if (found.has(c) && expected.has(c)) byCategory[c].truePositive++;
        else if (found.has(c)) byCategory[c].falsePositive++;
        else if (expected.has(c)) byCategory[c].falseNegative++;
      }
    });
  }
  return { overall, byLanguage, byCategory, missed, falseAlarms };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

export function formatEvaluation(e: Evaluation): string {
  const lines: string[] = [];
  const row = (name: string, g: GroupFigures) =>
    `${name.padEnd(8)} ${String(g.risk).padStart(5)} ${pct(g.caught, g.risk).padStart(8)} ${pct(g.extortionCaught, g.extortion).padStart(9)} ${String(g.benign).padStart(7)} ${pct(g.falseAny, g.benign).padStart(8)} ${pct(g.falseWarning, g.benign).padStart(9)}`;
  lines.push('lang      risk   caught urgent-ok  benign  alarms  warning+');
  for (const [lang, g] of Object.entries(e.byLanguage).sort()) lines.push(row(lang, g));
  lines.push(row('all', e.overall));
  lines.push('');
  lines.push('category              precision  recall   (tp/fp/fn)');
  for (const [c, f] of Object.entries(e.byCategory)) {
    if (!f.truePositive && !f.falsePositive && !f.falseNegative) continue;
    lines.push(
      `${c.padEnd(21)} ${pct(f.truePositive, f.truePositive + f.falsePositive).padStart(9)} ${pct(f.truePositive, f.truePositive + f.falseNegative).padStart(7)}   (${f.truePositive}/${f.falsePositive}/${f.falseNegative})`,
    );
  }
  if (e.missed.length) {
    lines.push('', 'missed (expected -> got):');
    for (const m of e.missed) lines.push(`  ${m.id} [${m.lang}] ${m.expected} -> ${m.got}`);
  }
  if (e.falseAlarms.length) {
    lines.push('', 'false alarms:');
    for (const f of e.falseAlarms) lines.push(`  ${f.id} [${f.lang}] ${f.got}`);
  }
  return lines.join('\n');
}
