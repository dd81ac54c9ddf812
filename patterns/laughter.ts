/**
 * Laughter as chat writes it, after normalisation (normalize.ts reads 😂 and "kkkk" as
 * "haha"). A laugh marks banter ("pay up by friday or else haha"), but extortioners mock
 * their victims too, so what a laugh excuses depends on the chat (engine.ts).
 */
const LAUGHTER = /^(?:(?:ha|he|hi|ja|je|ji|ah|rs){2,}h?|lo+l+|lmf?a+o+|rofl|xd+|mdr+|ptdr|jk|kidding|joking)$/;

export function isLaughter(word: string): boolean {
  return word.length <= 24 && LAUGHTER.test(word);
}
