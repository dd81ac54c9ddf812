import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { xAdapter } from './x';

describe('x adapter on the fixture DOM (open shadow root)', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('x.com', 'https://x.com/i/chat/1722312-1722399');
  });

  it('is chosen for chat threads only (not the inbox, requests or the passcode gate)', () => {
    expect(adapterFor(new URL('https://x.com/i/chat/1722312-1722399'))).toBe(xAdapter);
    expect(adapterFor(new URL('https://twitter.com/i/chat/1722312-1722399'))).toBe(xAdapter);
    expect(adapterFor(new URL('https://x.com/messages/1722312-1722399'))).toBe(xAdapter);
    for (const path of ['/home', '/i/chat', '/i/chat/', '/i/chat/requests', '/i/chat/pin/recovery', '/skater_jay']) {
      expect(adapterFor(new URL(`https://x.com${path}`))).toBeNull();
    }
  });

  it('finds the list inside the shadow root, not in the light DOM', () => {
    expect(document.querySelector('[data-testid="dm-message-list"]')).toBeNull();
    const list = xAdapter.findContainer(document);
    expect(list?.getRootNode()).toBeInstanceOf(ShadowRoot);
  });

  it('finds the list through an unknown open shadow host too', () => {
    const host = document.querySelector('[data-testid="xchatEmbedRoute"]')!;
    host.removeAttribute('data-testid');
    const outer = document.createElement('x-app-shell');
    host.replaceWith(outer);
    outer.attachShadow({ mode: 'open' }).append(host);
    expect(xAdapter.findContainer(document)?.getAttribute('data-testid')).toBe('dm-message-list');
  });

  it('reads authored text (no timestamps), direction and the uuid key; skips separators', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(xAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(messages.every((m) => /^x:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(m.key))).toBe(true);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
    expect(messages[0]!.conversation).toBe('x:1722312-1722399');
    expect(messages.some((m) => /Today|accepted|AM|PM/.test(m.text))).toBe(false);
  });

  it('prefers explicit direction attributes and "sent by you" labels over layout', () => {
    chat.receive('add me on snap');
    const rows = [...xAdapter.findContainer(document)!.querySelectorAll('[data-dm-message-row]')];
    rows[0]!.setAttribute('data-direction', 'outgoing');
    rows[2]!.setAttribute('aria-label', 'Message sent by you, 10:02 AM');
    expect(readAll(xAdapter).map((m) => m.from)).toEqual(['me', 'me', 'me']);
  });

  it('keeps keys stable when the virtual list rebuilds its rows', () => {
    const before = readAll(xAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(xAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a conversation switch (panel rebuilt) through the URL', () => {
    chat.switchTo('1722312-1733001');
    const messages = readAll(xAdapter);
    expect(messages[0]!.conversation).toBe('x:1722312-1733001');
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'are you coming to grandmas on sunday?'],
      ['me', 'yes!'],
    ]);
  });
});
