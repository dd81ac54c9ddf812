/**
 * Quoted speech: "a fake account is messaging people saying 'i have ur nudes pay me or
 * else', just block it". A threat between quotation marks (three words or more) is someone
 * else's words being reported, not the sender's own, so the engine reads the message without
 * it. Apostrophes inside words ("i'll", "l'ho", "j'ai") are not quotation marks.
 */
const QUOTED = /(^|[\s:(\[])(["“«„‘'‹「])((?:[^"“”«»„‘’'‹›「」\n]|(?<=\p{L})['’](?=\p{L})){1,400}?)(["”»“’'›」])(?=$|[\s.,!?;:)\]…])/gu;
const MIN_WORDS = 3;

/**
 * A payment's memo line is the sender's own words, quoted by the app ("Causale: 'paga o lo
 * pubblico'", "tytuł: '...'", "memo: '...'"): a quote right after such a label is kept.
 */
const MEMO_LABEL = /(?:memo|note|reference|causale|tytul|tytuł|tytułem|concepto|verwendungszweck|omschrijving|mededeling|libelle|libellé|descri[cç][aã]o)\s*:?\s*$/iu;
const MEMO_LOOKBACK = 24;

/** An opening mark where QUOTED can start: most apostrophes sit inside words ("i'll") and cannot. */
const OPENING = /(?:^|[\s:(\[])["“«„‘'‹「]/u;

export function withoutQuotedSpeech(text: string): string {
  if (!OPENING.test(text)) return text;
  return text.replace(QUOTED, (whole, before: string, _open: string, inside: string, _close: string, at: number) =>
    inside.trim().split(/\s+/).length >= MIN_WORDS && !MEMO_LABEL.test(text.slice(Math.max(0, at - MEMO_LOOKBACK), at + before.length)) ? `${before} ` : whole,
  );
}
