/**
 * A tiny stored model for tests: it knows single words only (word -> category weights), so a
 * test can make the model sure or unsure of a message without depending on the trained one.
 */
import { OFFENDER_CATEGORIES, type OffenderCategory } from '../../patterns/categories';
import { messageFeatures, packRows, toBase64, type StoredModel } from '../../patterns/model';

export function toyModel(words: Record<string, Partial<Record<OffenderCategory, number>>>, bias = 0): StoredModel {
  const rows = Object.entries(words).map(([word, weights]) => ({
    key: messageFeatures([word])[0]!,
    weights: Object.entries(weights).map(([c, w]) => ({ category: OFFENDER_CATEGORIES.indexOf(c as OffenderCategory), weight: Math.round(w! * 1000) })),
  }));
  return {
    format: 1,
    categories: [...OFFENDER_CATEGORIES],
    trainedOn: { files: 0, messages: 0, digest: 'toy' },
    settings: {},
    bias: OFFENDER_CATEGORIES.map(() => bias),
    scale: 1000,
    rows: toBase64(packRows(rows)),
  };
}
