import { describe, expect, it } from 'vitest';
import { createConversation } from './engine';

// These test the phrase rules' own mechanism; the learned model (model.ts) reads on top of them in the product.
import { normalize } from './normalize';
import { mentionsSurprise } from './surprise';

const mentions = (text: string) => mentionsSurprise(normalize(text));
type Line = [from: 'me' | 'them', text: string];

function levels(lines: Line[]): (string | undefined)[] {
  const chat = createConversation({ model: null });
  return lines.map(([from, text]) => chat.push({ from, text }).warning?.level);
}

describe('surprise parties', () => {
  it('hears a surprise party or birthday being planned, in each language', () => {
    for (const text of [
      "jade's surprise party is saturday",
      'la fiesta sorpresa de la vale es el sabado!!',
      'festa surpresa pro niver da bia',
      'Überraschungsparty für ihren 16.!!',
      "la fête surprise pour les 15 ans de jade c'est samedi",
      'il compleanno di giulia e sabato, SORPRESA',
      'verrassingsfeest voor papa',
      'robimy niespodziankę na urodziny Oli',
    ]) {
      expect(mentions(text), text).toBe(true);
    }
  });

  it('does not take a surprise alone, or a party alone, for one', () => {
    for (const text of ['ele pediu pra eu achar fãs bonitas pra um video call surpresa', 'i have a surprise for you', 'party at mine saturday', 'what a surprise lol']) {
      expect(mentions(text), text).toBe(false);
    }
  });

  it('reads money for the present, kept secret in a surprise-party chat, as less than extortion', () => {
    const keptSecret: Line = ['them', "keep it secret, don't tell anyone"];
    const money: Line = ['them', 'can you bring 10 bucks for the present? pay me on venmo'];
    expect(levels([['them', "ok guys jade's surprise party is saturday at 3, my place"], keptSecret, money])[2]).not.toBe('urgent');
    expect(levels([['them', 'hey whats up'], keptSecret, money])[2]).toBe('urgent');
  });

  it('still warns when a groomer calls a video call a surprise', () => {
    const result = levels([
      ['them', 'he wants a surprise video call with pretty fans'],
      ['them', 'it has to stay secret, nobody can know, not even your friends'],
      ['them', 'send a pic in shorts so he can approve'],
    ]);
    expect(result[2]).toBe('warning');
  });
});
