/**
 * Which of the eight languages a message is in, from its most common function words.
 * Runs on the device in microseconds. Short messages often have no clue: then the
 * conversation's language so far is the best guess (see engine.ts).
 */
import { LANGUAGES, type Language } from './categories';

const STOPWORDS: Record<Language, string> = {
  en: 'the you your are is and to of it me my what with this that have for not just can how do want dont be so',
  es: 'que de el la los las es y en un una por para con tu te mi me no si pero como eres estas quiero mas muy ya',
  pt: 'que de o a os as e em um uma voce vc por para com tu te meu minha nao sim mas como esta quero mais muito ja',
  de: 'der die das und ist ich du nicht mit zu den ein eine bist hast mir dich dein deine was wie auch noch schon mal',
  fr: 'le la les et est je tu de des un une pas que qui avec pour moi toi ton ta tes mon ma suis es tes veux fais',
  it: 'il lo la gli le e di che un una sono sei non per con mi ti tu io mio mia tuo tua ho hai vuoi cosa anche',
  nl: 'de het een en is ik je jij niet van met op dat die wat zijn ben bent heb hebt mij mijn jouw maar ook wil',
  pl: 'i w nie na sie ze to jest jak co ty ja mi cie ci mnie twoj twoje moj moje czy tak juz bo sa jestes masz',
};

const INDEX = new Map<string, Language[]>();
for (const lang of LANGUAGES) {
  for (const word of STOPWORDS[lang].split(' ')) {
    const list = INDEX.get(word) ?? [];
    list.push(lang);
    INDEX.set(word, list);
  }
}

/** The most likely language of these normalised tokens, or undefined when nothing tells. */
export function detectLanguage(tokens: readonly string[]): Language | undefined {
  const score: Partial<Record<Language, number>> = {};
  let best: Language | undefined;
  let bestScore = 0;
  for (const token of tokens) {
    const langs = INDEX.get(token);
    if (!langs) continue;
    for (const lang of langs) {
      const s = (score[lang] ?? 0) + 1 / langs.length;
      score[lang] = s;
      if (s > bestScore) {
        bestScore = s;
        best = lang;
      }
    }
  }
  return best;
}
