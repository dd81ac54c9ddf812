import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './engine';
import { asksForHelp } from './asking-for-help';
import { normalize } from './normalize';

const asks = (text: string) => asksForHelp(normalize(text));

describe('asking for help', () => {
  it('reads a friend asking what to do, in each language, as reporting', () => {
    for (const text of [
      'some guy just messaged me saying he recorded me and wants $200 or hes gonna post it. what do i do??',
      'un tipo me dijo que va a subir mis fotos si no le pago. que hago? se lo cuento a mis papas?',
      'um cara disse que vai postar minhas fotos se eu nao pagar, oq eu faço??',
      'einer schreibt er schickt meine bilder an alle wenn ich nicht zahle. was soll ich machen??',
      'un mec dit qu il va publier mes photos si je paie pas, je fais quoi ?',
      'uno dice che manda il video ai miei se non pago, che faccio??',
      'iemand zegt dat hij mijn fotos naar mijn ouders stuurt. wat moet ik doen?',
      'ktos pisze ze wysle moje zdjecia znajomym. co mam zrobic? powiedziec rodzicom?',
    ]) {
      expect(asks(text), text).toBe(true);
      expect(analyzeMessage(text, 'them').categories, text).toEqual([]);
    }
  });

  it('keeps the offender’s own rhetorical questions and taunts', () => {
    for (const text of [
      'ya sabes lo que hago con las que tengo',
      'sabe o que eu faço com as tuas fotos?',
      'what do i do with your nudes then? post them?',
      'guess what i do if u block me',
      'pay me or i post them',
      'se non paghi vedi tu cosa faccio',
      'non rispondo piu di quello che faccio',
    ]) {
      expect(asks(text), text).toBe(false);
    }
    expect(analyzeMessage('what do i do with your nudes now? i will send them to your family', 'them').categories).toContain('threat-to-share');
  });
});
