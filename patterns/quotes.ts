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

/**
 * A voice message's transcript, as the chat app shows it ("voice note: '...'", "🎤 Sprachnachricht
 * (0:12): „...“"), is the sender's own words too. Only at the very start of the message: "he sent
 * me a voice note: '...'" is someone reporting what another person said.
 */
const TRANSCRIPT_LABEL =
  /^[^\p{L}\p{N}]*(?:voice (?:note|message|memo|msg)|audio(?: message)?|transcript(?:ion)?|sprachnachricht|sprachmemo|nota de voz|mensaje de voz|audio transcrito|mensagem de voz|[aá]udio|message vocal|vocal|messaggio vocale|vocale|spraakbericht|spraakmemo|wiadomo[sś][cć] g[lł]osowa|notatka g[lł]osowa)\s*[\])]?\s*(?:\([^)]{0,12}\))?\s*:?\s*$/iu;
const TRANSCRIPT_LOOKBACK = 48;

/** An opening mark where QUOTED can start: most apostrophes sit inside words ("i'll") and cannot. */
const OPENING = /(?:^|[\s:(\[])["“«„‘'‹「]/u;

export function withoutQuotedSpeech(text: string): string {
  if (!OPENING.test(text)) return text;
  return text.replace(QUOTED, (whole, before: string, _open: string, inside: string, _close: string, at: number) =>
    inside.trim().split(/\s+/).length >= MIN_WORDS && !ownWordsLabel(text, at + before.length) ? `${before} ` : whole,
  );
}

/** The quote opening at `at` follows a label that makes it the sender's own words (a memo line, a voice transcript). */
function ownWordsLabel(text: string, at: number): boolean {
  return MEMO_LABEL.test(text.slice(Math.max(0, at - MEMO_LOOKBACK), at)) || (at <= TRANSCRIPT_LOOKBACK && TRANSCRIPT_LABEL.test(text.slice(0, at)));
}
