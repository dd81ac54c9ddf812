import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

const knows = (w: string) => ['snap', 'snapchat', 'telegram', 'nudes', 'please', 'good', 'insta', 'tweeen'].includes(w);
const n = (text: string) => normalize(text, knows).join(' ');

describe('normalize', () => {
  it('lowercases and splits on anything but letters and digits', () => {
    expect(n('Add ME, on SNAP!!')).toBe('add me on snap');
  });
  it('undoes leetspeak inside words, but leaves numbers alone', () => {
    expect(n('sn@p t3l3gram n00dz')).toBe('snap telegram noodz');
    // At a word's edge only into a pattern word: "p4g4" is "paga", "win10" and "mp3" stay.
    const known = (w: string) => ['paga', 'ou', 'todo', 'mundo', 'video'].includes(w);
    expect(normalize('p4g4 t0d0 mund0 v4i v3r t3u v1d30', known).join(' ')).toBe('paga todo mundo vai ver teu video');
    expect(normalize('win10 mp3 4u b4 r00m4', known).join(' ')).toBe('win10 mp3 for you before room4');
    expect(normalize('no1 any1 3ro 10min', (w) => ['noi', 'anyi', 'ero', 'iomin'].includes(w)).join(' ')).toBe('no1 any1 3 ro 10 min');
    expect(normalize('ps4 p54', (w) => ['ps4', 'psa'].includes(w)).join(' ')).toBe('ps4 psa');
    expect(n('you have 5 minutes, 10min, pay 300')).toBe('you have 5 minutes 10 min pay 300');
  });
  it('reads a lone "@" as a handle, or as "at" before a number', () => {
    expect(n("drop ur @ on insta")).toBe('drop your handle on instagram');
    expect(n('ur @?')).toBe('your handle');
    expect(n('meet @ 5')).toBe('meet at 5');
    expect(n('add me @jake_22, sn@p')).toBe('add me jake 22 snap');
  });
  it('maps look-alike Cyrillic and Greek letters, full-width forms and accents', () => {
    expect(n('ѕnаp')).toBe('snap'); // Cyrillic ѕ and а
    expect(n('ｓｎａｐ')).toBe('snap');
    expect(n('𝓼𝓷𝓪𝓹')).toBe('snap');
    expect(n('envíame fotos, zdjęcia, größe, ładna')).toBe('enviame fotos zdjecia grosse ladna');
  });
  it('removes zero-width and invisible characters', () => {
    expect(n('sn\u200bap te\u2060le\ufeffgram')).toBe('snap telegram');
  });
  it('joins spaced or dotted letters only into words the patterns know', () => {
    expect(n('add me on s n a p')).toBe('add me on snap');
    expect(n('s.n.a.p')).toBe('snap');
    expect(n('i a b c d')).toBe('i a b c d');
  });
  it('shortens stretched letters, keeping a known double', () => {
    expect(n('pleeeease')).toBe('please');
    expect(n('goooood')).toBe('good');
    expect(n('snaaaap')).toBe('snap');
    expect(n('1000 robux')).toBe('1000 robux');
    expect(n('wij tweeën')).toBe('wij tweeen'); // a pattern word with three in a row stays
    expect(n('zeeën')).toBe('zen');
  });
  it('expands chat abbreviations and English contractions', () => {
    expect(n("u r so cute, i'll send picz rn pls")).toBe('you are so cute i will send pics right now please');
    expect(n("don't tell, can't, you're")).toBe('do not tell can not you are');
    expect(n("they wouldn't get it, they wouldnt, it`ll be ok")).toBe('they would not get it they would not it will be ok');
    expect(n("j'ai l'anno don'tt")).toBe('j ai l anno don tt');
    expect(n('im Park')).toBe('im park'); // German "im" is not "I'm"
    expect(n('q bonita, sabes q tengo tus fotos?')).toBe('que bonita sabes que tengo tus fotos'); // es/pt/fr chat "q"
  });
  it('turns meaningful emoji into words and currency symbols into currency words', () => {
    expect(n('add me on 👻')).toBe('add me on snapchat');
    expect(n('send 📸 for 💰')).toBe('send pic for money');
    expect(n('pay $300 or 50€')).toBe('pay dollar 300 or 50 euro');
    expect(n('manda R$ 200 no pix')).toBe('manda reais 200 no pix'); // Brazil's real, not "are" dollars
    expect(n('ik pik je op om 8')).toBe('ik pik je op om 8'); // Dutch "I'll pick you up", not a pic
    expect(n('i know where you live 😂')).toBe('i know where you live haha');
  });
  it('splits numbers glued to their unit, but keeps 5k', () => {
    expect(n('500zl 24h 5k')).toBe('500 zl 24 h 5k');
    expect(n('20e 10min cala 3c')).toBe('20 e 10 min cala 3c');
  });
  it('is safe and fast on hostile input', () => {
    const inputs = ['a'.repeat(1_000_000), '👻'.repeat(1_000_000), '\u200b'.repeat(500_000), '\u0301'.repeat(500_000), 's '.repeat(500_000), '@$!|'.repeat(250_000)];
    for (const input of inputs) {
      const start = performance.now();
      normalize(input, knows);
      expect(performance.now() - start).toBeLessThan(100);
    }
  });
});
