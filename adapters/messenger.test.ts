import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { messengerAdapter } from './messenger';

describe('messenger adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('www.facebook.com', 'https://www.facebook.com/messages/t/1111/');
  });

  it('is chosen for facebook.com/messages and messenger.com threads only', () => {
    for (const url of [
      'https://www.facebook.com/messages/t/1111/',
      'https://www.facebook.com/messages/e2ee/t/987654321',
      'https://www.messenger.com/t/1111',
      'https://www.messenger.com/e2ee/t/1111',
    ]) expect(adapterFor(new URL(url))).toBe(messengerAdapter);
    expect(adapterFor(new URL('https://www.facebook.com/'))).toBeNull();
    expect(adapterFor(new URL('https://www.facebook.com/jay.skate'))).toBeNull();
  });

  it('takes the conversation id from either host and e2ee threads', () => {
    const c = document.body;
    expect(messengerAdapter.conversationId(new URL('https://www.facebook.com/messages/e2ee/t/987654321/'), document, c)).toBe('messenger:987654321');
    expect(messengerAdapter.conversationId(new URL('https://www.messenger.com/t/1111'), document, c)).toBe('messenger:1111');
    expect(messengerAdapter.conversationId(new URL('https://www.messenger.com/e2ee/t/55?x=1'), document, c)).toBe('messenger:55');
  });

  it('reads text, direction and a stable key; skips time headings, receipts, labels and chips', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(messengerAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
    expect(messages[0]!.conversation).toBe('messenger:1111');
    expect(document.querySelector('[role="row"].receipt')).not.toBeNull();
  });

  it('leaves group name labels, reply labels and quoted messages out', () => {
    chat.switchTo('2222');
    chat.receive('send me a pic');
    chat.send('↪ no way');
    chat.receive('↪ come on');
    const messages = readAll(messengerAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'are you coming to grandmas on sunday?'],
      ['me', 'yes!'],
      ['them', 'send me a pic'],
      ['me', 'no way'],
      ['them', 'come on'],
    ]);
    expect(messages[0]!.conversation).toBe('messenger:2222');
  });

  it('keeps keys stable when the list re-renders its rows', () => {
    const before = readAll(messengerAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(messengerAdapter).map((m) => m.key)).toEqual(before);
  });

  it('reads a row and an article inside it as the same message', () => {
    const container = messengerAdapter.findContainer(document)!;
    const row = container.querySelectorAll('[role="row"]')[1]!;
    const article = document.createElement('article');
    const cell = row.firstElementChild!;
    article.append(...cell.childNodes);
    cell.append(article);
    expect(messengerAdapter.readMessage(article, container)).toEqual(messengerAdapter.readMessage(row, container));
    expect(messengerAdapter.readMessage(article, container)).toMatchObject({ from: 'them', text: 'yo that clip was insane' });
  });

  it('uses the accessible description for direction when there is no label', () => {
    const container = messengerAdapter.findContainer(document)!;
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.innerHTML = '<div role="gridcell" aria-label="Enter, Message sent 10:40 by You: ok see you"><div dir="auto"><div dir="auto">ok see you</div></div></div>';
    container.append(row);
    expect(messengerAdapter.readMessage(row, container)).toMatchObject({ from: 'me', text: 'ok see you' });
  });
});
