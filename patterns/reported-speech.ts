/**
 * Reported speech: "some guy messaged me saying he'd post my pics", "la amenazaba con pasar
 * los videos", "ils disent paie ou j'envoie": someone telling the reader what a third person
 * said or threatened, without quotation marks (quotes.ts handles those). The threat is not
 * the sender's, so what follows the frame raises no signal about its sender.
 */

import { findSequence, sequencesAt, wordSequences } from './word-sequences';

/** Third-person reporting frames, as normalised tokens (normalize.ts: "q" reads "que"), in the eight languages. */
const FRAMES = wordSequences([
  // en
  'he said', 'she said', 'they said', 'he says', 'she says', 'they say', 'he told', 'she told', 'they told',
  'he threatened', 'she threatened', 'they threatened', 'he threatens', 'she threatens', 'they threaten',
  'threatening to', 'threatened to', 'threatens to', 'saying he', 'saying she', 'saying they', 'he was like', 'she was like',
  // es
  'me dijo', 'le dijo', 'les dijo', 'nos dijo', 'dijo que', 'dice que', 'dicen que',
  'amenazaba con', 'amenazo con', 'amenaza con', 'la amenazaba', 'lo amenazaba', 'le amenazaba', 'me amenazo', 'la amenazo',
  'lo amenazo', 'le amenazo',
  // pt
  'ele disse', 'ela disse', 'eles disseram', 'disseram que', 'ele falou', 'ela falou', 'falou que', 'ameacou',
  'ameacava', 'ta ameacando', 'esta ameacando', 'me ameacando', 'ameacando ela', 'ameacando ele',
  // de
  'hat gesagt', 'er sagt', 'sie sagt', 'er meinte', 'sie meinte', 'hat gedroht', 'er droht', 'sie droht', 'droht mir', 'droht ihr', 'droht ihm', 'er drohte', 'sie drohte', 'drohte mir', 'er schreibt',
  'sie schreibt', 'er schrieb', 'sie schrieb', 'sagt er', 'sagt sie', 'sagte er', 'sagte sie', 'meinte er', 'meinte sie',
  'drohte er', 'drohte sie', 'schrieb er', 'schrieb sie', 'hat geschrieben', 'geschrieben er', 'geschrieben sie', 'geschrieben dass',
  'schreibt dass', 'schrieb dass', 'er habe', 'sie habe', 'er hatte', 'sie hatte',
  // fr
  'il a dit', 'elle a dit', 'ils ont dit', 'il dit', 'elle dit', 'ils disent', 'il m a dit', 'elle m a dit', 'il menace',
  'elle menace', 'ils menacent', 'a menace de', 'menacait',
  // it
  'ha detto', 'mi ha detto', 'gli ha detto', 'le ha detto', 'dice che', 'dicono che', 'minaccia di', 'minacciava',
  'ha minacciato', 'la minacciava', 'lo minacciava',
  // nl
  'hij zei', 'zij zei', 'ze zei', 'hij zegt', 'zij zegt', 'ze zegt', 'hij dreigt', 'zij dreigt', 'ze dreigt', 'hij dreigde',
  'zij dreigde', 'ze dreigde', 'dreigt ermee', 'dreigde ermee', 'heeft gedreigd', 'zei dat', 'zei ze', 'zei hij', 'zei zij',
  'zegt ze', 'zegt hij', 'zegt zij', 'dreigde ze', 'dreigde hij',
  // pl
  'powiedzial ze', 'powiedziala ze', 'powiedzial mi', 'powiedziala mi', 'mowi ze', 'mowil ze', 'mowila ze', 'grozi ze',
  'grozil ze', 'grozila ze', 'grozi mi', 'grozil mi', 'grozila mi', 'napisal ze', 'napisala ze', 'pisze ze',
]);

/**
 * A demand relayed to the reader ("dice q eres muy guapa, tienes q mandarle una foto tuya",
 * "he wants you to send him one"): a go-between's request, not a friend telling what was
 * said. Only obligations and wishes aimed at the reader: a generic "you" in safety talk
 * ("then they threaten to send them to ur family unless u pay") stays reported.
 */
const RELAYED_DEMANDS = wordSequences([
  'you have to', 'you need to', 'you must', 'you gotta', 'you got to', 'wants you to',
  'tienes que', 'tenes que', 'debes', 'quiere que le', 'quiere que tu',
  'tem que', 'voce tem que', 'vc tem que', 'tens de', 'tens que', 'quer que voce', 'quer que vc', 'quer que tu',
  'musst du', 'du musst', 'will dass du', 'sollst du', 'du sollst',
  'tu dois', 'faut que tu', 'il faut que tu', 'veut que tu',
  'devi', 'vuole che tu', 'vuole che gli', 'vuole che le',
  'je moet', 'jij moet', 'moet je', 'wil dat je', 'wil dat jij',
  'musisz', 'masz mu', 'masz jej', 'chce zebys', 'chce abys',
]);

/**
 * Where the message starts reporting what a third person said or threatened: the index of
 * the first reporting frame, or -1. What comes before it is the sender's own ("how old r u?
 * everyone says i look older"). A demand relayed to the reader is not a report. Linear in
 * the tokens.
 */
export function reportedSpeechStart(tokens: readonly string[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const frames = sequencesAt(FRAMES, tokens, i);
    if (!frames.length) continue;
    // A demand relayed to the reader after the frame is the sender's own request.
    return findSequence(RELAYED_DEMANDS, tokens, i + frames[0]!.length) >= 0 ? -1 : i;
  }
  return -1;
}
