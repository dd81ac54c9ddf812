import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { snapchatAdapter } from './snapchat';

const JAY = '0f3c2a9e-7d41-4b8a-9a5e-2c6b1d3e4f50';
const ANA = '6a1e9b2c-3f58-4d7a-8c09-b2e4f6a8d1c3';

describe('snapchat adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('www.snapchat.com', `https://www.snapchat.com/web/${JAY}`);
  });

  it('is chosen for the web app only', () => {
    expect(adapterFor(new URL(`https://www.snapchat.com/web/${JAY}`))).toBe(snapchatAdapter);
    expect(adapterFor(new URL('https://www.snapchat.com/web'))).toBe(snapchatAdapter);
    expect(adapterFor(new URL('https://web.snapchat.com/'))).toBe(snapchatAdapter);
    expect(adapterFor(new URL('https://www.snapchat.com/add/skater_jay'))).toBeNull();
    expect(adapterFor(new URL('https://www.snapchat.com/'))).toBeNull();
  });

  it('reads text and direction ("Me" header = own, carried forward); skips dates, events, status', () => {
    chat.receive('add me on snap');
    chat.receive('you there?'); // group follow-up without a header
    chat.send('who is this');
    const messages = readAll(snapchatAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['them', 'you there?'],
      ['me', 'who is this'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(5);
    expect(messages[0]!.conversation).toBe(`snapchat:${JAY}`);
  });

  it('keys identical messages apart and keeps keys when rows are rebuilt', () => {
    chat.receive('ok');
    chat.send('ok');
    chat.receive('ok');
    const before = readAll(snapchatAdapter).map((m) => m.key);
    expect(new Set(before).size).toBe(before.length);
    chat.recycle();
    expect(readAll(snapchatAdapter).map((m) => m.key)).toEqual(before);
  });

  it('reads the open conversation among the mounted ones, and switches', () => {
    chat.switchTo(ANA);
    expect(document.querySelectorAll('ul.ujRzj')).toHaveLength(2); // Jay's list stays mounted, hidden
    let messages = readAll(snapchatAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'are you coming to grandmas on sunday?'],
      ['me', 'yes!'],
    ]);
    expect(messages[0]!.conversation).toBe(`snapchat:${ANA}`);
    chat.switchTo(JAY);
    messages = readAll(snapchatAdapter);
    expect(messages[0]!.text).toBe('yo that clip was insane');
  });

  it('falls back to structure when the hashed classes change, and names the chat from headers', () => {
    chat.send('who is this');
    for (const el of document.querySelectorAll('.ujRzj, .KB4Aq, .ogn1z, .R1ne3')) el.removeAttribute('class');
    const container = snapchatAdapter.findContainer(document)!;
    expect(container.id).toBe('conversations'); // the pane holding every mounted list
    const messages = readAll(snapchatAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['me', 'who is this'],
    ]);
    expect(snapchatAdapter.conversationId(new URL('https://web.snapchat.com/'), document, container)).toBe('snapchat:name:Jay');
  });
});
