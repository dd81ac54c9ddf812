import { describe, expect, it } from 'vitest';
import { ALL_LANGUAGES, languageBit, ownLetterLanguages, readLanguage } from './language';
import { normalize } from './normalize';

const read = (text: string) => readLanguage(normalize(text));

describe('readLanguage', () => {
  it('tells the eight languages apart from their function words', () => {
    expect(read('are you home alone right now? what is your snap').lang).toBe('en');
    expect(read('t’as intérêt à payer, tu vas voir ce que je fais').lang).toBe('fr');
    expect(read('a myślałaś o seksie? powiedz mi co robisz').lang).toBe('pl');
    expect(read('o pagas o les llega a tus padres, ya lo sabes').lang).toBe('es');
    expect(read('manda uma foto pra mim, você não vai se arrepender').lang).toBe('pt');
    expect(read('ich weiß wo du wohnst und was du machst').lang).toBe('de');
    expect(read('mi mandi una foto? sei da sola a casa').lang).toBe('it');
    expect(read('ik wil een foto van jou, ben je alleen thuis').lang).toBe('nl');
  });
  it('does not take Brazilian chat full of "no", "pro", "seus" for Spanish', () => {
    const brazilian = read('mano seus nudes tão cmg… manda 50 conto no pix ou posto no grupo');
    expect(brazilian.lang).toBe('pt');
    expect(brazilian.possible & languageBit('pt')).toBeTruthy();
  });
  it('reads formal Dutch ("Wilt u ...", where "u" reads "you") as clearly Dutch, and Austrian chat as German', () => {
    const formal = read('Wilt u via de app een duidelijke foto sturen van de uitslag op uw arm? Dan kan de huisarts kijken of u langs moet komen.');
    expect(formal.lang).toBe('nl');
    expect(formal.possible & languageBit('de')).toBe(0);
    expect(read('hob i ned gsagt, des is halt nimma so').lang).toBe('de');
  });
  it('keeps every language in play when a message says too little', () => {
    expect(read('ok').possible).toBe(ALL_LANGUAGES);
    expect(read('manda foto').possible).toBe(ALL_LANGUAGES);
  });
  it("reads letters only one language writes, as typed (normalisation strips accents)", () => {
    const withLetters = (text: string) => readLanguage(normalize(text), undefined, ownLetterLanguages(text));
    const portuguese = withLetters('me manda a localização');
    expect(portuguese.lang).toBe('pt');
    expect(portuguese.possible & languageBit('es')).toBe(0);
    expect(withLetters('mañana te veo').lang).toBe('es');
    expect(withLetters('Łódź jutro').lang).toBe('pl');
    expect(withLetters('Straße').lang).toBe('de');
    // Capital letters of other words are no clue ("SVT", not a capital "ß").
    expect(ownLetterLanguages("allume ta cam on fait l'appel pour le projet de SVT")).toBe(0);
    expect(read('me manda a localizacao').possible).toBe(ALL_LANGUAGES);
  });
  it('in a clear message, keeps only the languages it has words of, and English', () => {
    const clear = read('ich weiß wo du wohnst und was du machst');
    expect(clear.possible & languageBit('de')).toBeTruthy();
    expect(clear.possible & languageBit('en')).toBeTruthy();
    expect(clear.possible & languageBit('pt')).toBe(0);
  });
});
