import { describe, expect, it } from 'vitest';
import { createConversation } from './engine';
import { normalize } from './normalize';
import { pleads } from './pleading';

describe('pleading', () => {
  it('hears the user beg to delete, or protest having paid, in each language', () => {
    for (const text of ['delete them u promised', 'ok now delete it like u promised', 'borralas porfa', 'dijiste que lo borrabas!!', 'apaga isso pfv', 'lösch die bitte', 'ich hab doch bezahlt', "tu les as supprimées tu m'avais dit", 'cancellale', 'wtf verwijder dat', 'prosze usun to']) {
      expect(pleads(normalize(text)), text).toBe(true);
    }
    for (const text of ['i deleted the group chat', 'can you delete your old account', 'ok i paid for the pizza', 'borré el mensaje sin querer', 'ik heb betaald voor de kaartjes']) {
      expect(pleads(normalize(text)), text).toBe(false);
    }
  });

  it('raises nothing by itself, and makes the next demand read as extortion', () => {
    const chat = createConversation();
    chat.push({ from: 'them', text: 'hey remember me' });
    expect(chat.push({ from: 'me', text: 'ich hab doch bezahlt' }).warning).toBeUndefined();
    expect(chat.push({ from: 'them', text: 'nochmal 150 per paysafecard' }).warning?.level).toBe('urgent');

    const fresh = createConversation();
    fresh.push({ from: 'them', text: 'hey remember me' });
    fresh.push({ from: 'me', text: 'ja' });
    expect(fresh.push({ from: 'them', text: 'nochmal 150 per paysafecard' }).warning?.level).not.toBe('urgent');
  });

  it('leaves a friend teasing about a silly video alone', () => {
    const chat = createConversation();
    chat.push({ from: 'them', text: 'i still have the video of u falling in the pool' });
    chat.push({ from: 'them', text: "it's going in the birthday slideshow 😂" });
    chat.push({ from: 'me', text: 'no way delete it' });
    expect(chat.push({ from: 'them', text: "never. everyone's gonna see it" }).warning?.level).not.toBe('urgent');
  });
});
