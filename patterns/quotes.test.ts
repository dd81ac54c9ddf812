import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './engine';
import { withoutQuotedSpeech } from './quotes';

describe('quoted speech', () => {
  it('drops a quoted threat of three words or more, in any quotation marks', () => {
    expect(withoutQuotedSpeech("ppl dm saying 'i have ur pics, pay me or i'll send them' lol")).toBe('ppl dm saying   lol');
    expect(withoutQuotedSpeech('me mandou isso: “tenho tuas fotos, paga 300 ou posto”. oq eu faço')).toBe('me mandou isso:  . oq eu faço');
    expect(withoutQuotedSpeech('er schrieb „ich schick das an alle“ und jetzt?')).toBe('er schrieb   und jetzt?');
  });

  it('keeps apostrophes, short quotes and unquoted threats', () => {
    for (const text of ["j'ai tes photos, paye ou j'envoie à ta mère", 'pay or I send "the video" to your family', "l'ho registrato, lo mando a tutti", "I'll send it to everyone"]) {
      expect(withoutQuotedSpeech(text)).toBe(text);
    }
  });

  it("keeps a payment memo's quoted line: the sender wrote it", () => {
    for (const text of ["Satispay 50€, causale: 'paga o lo mando a tutti'", "przelew, tytuł: 'płać albo wrzucam'", "Tikkie €40, omschrijving 'betaal of ik post het'", 'sent $1, memo: "pay or everyone sees it"']) {
      expect(withoutQuotedSpeech(text)).toBe(text);
    }
    expect(withoutQuotedSpeech("he left a note saying 'pay or everyone sees it'")).toBe('he left a note saying  ');
  });

  it("keeps a voice message's transcript at the start of a message: the sender said it", () => {
    for (const text of ['voice note: "you know i\'ve got them pics, answer by tonight or i post every single one"', "🎤 Sprachnachricht (0:12): „ich hab die Bilder, zahl oder alle sehen sie“", "[audio] 'tengo tus fotos, paga o las subo'"]) {
      expect(withoutQuotedSpeech(text)).toBe(text);
    }
    expect(withoutQuotedSpeech('er hat mir eine Sprachnachricht geschickt: „zahl oder ich poste sie“ was soll ich tun')).toBe('er hat mir eine Sprachnachricht geschickt:   was soll ich tun');
  });

  it('so a friend reporting a threat raises nothing, while the threat itself does', () => {
    expect(analyzeMessage("careful, a fake account is messaging ppl saying 'i have ur nudes pay me or i post them', just block it", 'them').categories).toEqual([]);
    expect(analyzeMessage('i have ur nudes pay me or i post them', 'them').categories).toContain('threat-to-share');
  });
});
