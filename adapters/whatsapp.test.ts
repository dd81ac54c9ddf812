import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { whatsappAdapter } from './whatsapp';

describe('whatsapp adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('web.whatsapp.com', 'https://web.whatsapp.com/');
  });

  it('is chosen for web.whatsapp.com', () => {
    expect(adapterFor(new URL('https://web.whatsapp.com/'))).toBe(whatsappAdapter);
    expect(adapterFor(new URL('https://www.whatsapp.com/'))?.id).toBe('generic');
  });

  it('watches the pane that holds #main, so a re-mounted #main is seen', () => {
    const container = whatsappAdapter.findContainer(document)!;
    expect(container.id).toBe('main-pane-wrapper');
    expect(container.querySelector('#main')).not.toBeNull();
  });

  it('reads text (emoji included), direction and a stable key; skips notices and date rows', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(whatsappAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane 🔥'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(messages.every((m) => /^whatsapp:3EB0\d+C2F19A7D4E1B$/.test(m.key))).toBe(true);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
    expect(messages[0]!.conversation).toBe('whatsapp:Jay Skate');
    // No notice, date separator, timestamp or sender label leaks into a text.
    expect(messages.some((m) => /encrypted|TODAY|\d\d:\d\d|Jay Skate/.test(m.text))).toBe(false);
  });

  it('reads a reply without the quoted message it answers', () => {
    chat.receive('send me a pic');
    chat.send('↪ no way');
    const last = readAll(whatsappAdapter).at(-1)!;
    expect(last).toMatchObject({ from: 'me', text: 'no way' });
  });

  it('keeps keys stable when the virtual list rebuilds its rows', () => {
    const before = readAll(whatsappAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(whatsappAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a conversation switch (same URL, re-mounted #main, new header)', () => {
    const container = whatsappAdapter.findContainer(document)!;
    chat.switchTo('ana');
    expect(location.pathname).toBe('/');
    // The watched pane survives the switch: the old container still holds the new chat.
    expect(whatsappAdapter.findContainer(document)).toBe(container);
    const messages = readAll(whatsappAdapter);
    expect(messages[0]!.conversation).toBe('whatsapp:Cousin Ana');
    expect(messages.map((m) => m.text)).toEqual(['are you coming to grandmas on sunday?', 'yes!']);
    chat.switchTo('jay');
    expect(readAll(whatsappAdapter)[0]!.conversation).toBe('whatsapp:Jay Skate');
  });

  it('does not read the chat list rows as messages', () => {
    const container = whatsappAdapter.findContainer(document)!;
    const listRow = document.querySelector('#pane-side [role="row"]')!;
    expect(listRow.closest(whatsappAdapter.message)).toBeNull();
    expect(container.contains(listRow)).toBe(false);
  });
});
