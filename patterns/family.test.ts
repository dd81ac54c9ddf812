import { describe, expect, it } from 'vitest';
import { createConversation } from './engine';

// These test the phrase rules' own mechanism; the learned model (model.ts) reads on top of them in the product.
import { addressesRelative, introducesRelative } from './family';
import { normalize } from './normalize';

const addresses = (text: string) => addressesRelative(normalize(text));
const introduces = (text: string) => introducesRelative(normalize(text));

describe('family chats', () => {
  it('hears the user address a relative, in each language', () => {
    for (const text of ['hi nana! yes u press the little camera', 'thats ok mom', 'Hi Opa!', 'danke mama', 'ok ma', 'ciao nonna!', 'merci mamie', 'dziekuje babciu', 'obrigado vovo', 'te quiero abuela', 'hoi oma', 'tá, mãe', 'tá mãe, já vou']) {
      expect(addresses(text), text).toBe(true);
    }
  });

  it('does not take talk about a relative for addressing one', () => {
    for (const text of ['czasem mama', 'i will tell my mom', "i'll tell mom", 'mom said i cant', 'yes mom is home', 'my dad checks it sometimes', 'a veces mi mama', 'frag doch deine oma', 'ok so what did your mom say', 'dis bonjour à ta maman', 'to ta mama z parku']) {
      expect(addresses(text), text).toBe(false);
    }
  });

  it('hears a relative say who is writing', () => {
    for (const text of ['Hello darling this is Nana. Is this how I send a photo?', 'ciao tesoro sono la nonna', 'Hallo Paul hier ist Opa', 'hola soy la abuela', 'mom here, call me', 'see you sunday, love mom', "c'est mamie, tu m'appelles ?"]) {
      expect(introduces(text), text).toBe(true);
    }
    for (const text of ['this is mom\'s phone but add me on snap', 'is your mom home?', 'e a mae, ta em casa?', 'tu mama no esta?', 'ik ga met mama naar de stad', 'hola! soy el papá de Lucía, ella me pasó tu número', 'ciao sono la mamma di Giulia']) {
      expect(introduces(text), text).toBe(false);
    }
  });

  it("lets a relative's photo request pass, while the same request from anyone else warns", () => {
    const grandma = createConversation({ model: null });
    grandma.push({ from: 'them', text: 'Hello darling this is Nana. Is this how I send a photo?' });
    grandma.push({ from: 'me', text: 'hi nana! yes u press the little camera' });
    const asked = grandma.push({ from: 'them', text: 'can you send me a photo of you?' });
    expect(asked.warning).toBeUndefined();

    const stranger = createConversation({ model: null });
    stranger.push({ from: 'them', text: 'hey how are you' });
    stranger.push({ from: 'me', text: 'good' });
    expect(stranger.push({ from: 'them', text: 'can you send me a photo of you?' }).warning?.level).toBe('warning');
  });

  it('still reads extortion in full in a chat with a "relative" (accounts get taken over)', () => {
    const chat = createConversation({ model: null });
    chat.push({ from: 'them', text: 'hi sweetie its mom' });
    chat.push({ from: 'me', text: 'hi mom' });
    const threat = chat.push({ from: 'them', text: 'i have your nudes, pay 200 on paypal or i send them to everyone in your school' });
    expect(threat.warning?.level).toBe('urgent');
  });
});
