/**
 * Quoted speech: "a fake account is messaging people saying 'i have ur nudes pay me or
 * else', just block it". A threat between quotation marks (three words or more) is someone
 * else's words being reported, not the sender's own, so the engine reads the message without
 * it. Apostrophes inside words ("i'll", "l'ho", "j'ai") are not quotation marks.
 */
const QUOTED = /(^|[\s:(\[])(["“«„‘'‹「])((?:[^"“”«»„‘’'‹›「」\n]|(?<=\p{L})['’](?=\p{L})){1,400}?)(["”»“’'›」])(?=$|[\s.,!?;:)\]…])/gu;
const MIN_WORDS = 3;

/** An opening mark where QUOTED can start: most apostrophes sit inside words ("i'll") and cannot. */
const OPENING = /(?:^|[\s:(\[])["“«„‘'‹「]/u;

export function withoutQuotedSpeech(text: string): string {
  if (!OPENING.test(text)) return text;
  return text.replace(QUOTED, (whole, before: string, _open: string, inside: string) =>
    inside.trim().split(/\s+/).length >= MIN_WORDS ? `${before} ` : whole,
  );
}
