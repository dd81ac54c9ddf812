import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { redditAdapter, shadowOf } from './reddit';

describe('reddit chat adapter on the fixture DOM (shadow roots)', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('chat.reddit.com', 'https://chat.reddit.com/room/!abcDEF123_jay:reddit.com');
  });

  it('is chosen for chat.reddit.com and www.reddit.com/chat only', () => {
    expect(adapterFor(new URL('https://chat.reddit.com/room/!abc:reddit.com'))).toBe(redditAdapter);
    expect(adapterFor(new URL('https://chat.reddit.com/'))).toBe(redditAdapter);
    expect(adapterFor(new URL('https://www.reddit.com/chat/room/!abc:reddit.com'))).toBe(redditAdapter);
    expect(adapterFor(new URL('https://www.reddit.com/r/teenagers/'))).toBeNull();
    expect(redditAdapter.allFrames).toBe(true);
  });

  it('finds the list inside the nested shadow roots', () => {
    const container = redditAdapter.findContainer(document)!;
    expect(container).not.toBeNull();
    expect(container.getRootNode()).not.toBe(document);
    expect((container.getRootNode() as ShadowRoot).host.localName).toBe('rs-virtual-scroll-dynamic');
  });

  it('reads text, direction (peer of a direct chat vs. anyone else) and a stable key; skips dividers', () => {
    chat.receive('add me on snap');
    chat.receive('you there?'); // compact follow-up: no header of its own
    chat.send('who is this');
    const messages = readAll(redditAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['them', 'you there?'],
      ['me', 'who is this'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(5);
    expect(messages[0]!.conversation).toBe('reddit:!abcDEF123_jay:reddit.com');
    const container = redditAdapter.findContainer(document)!;
    const divider = container.querySelector('rs-timeline-event')!;
    expect(shadowOf(divider)!.textContent).toContain('Today');
    expect(redditAdapter.readMessage(divider, container)).toBeNull();
  });

  it('counts every message as the other side in a room that is not a direct chat', () => {
    const container = redditAdapter.findContainer(document)!;
    const room = (document.querySelector('rs-app')!.shadowRoot!.querySelector('rs-room'))!;
    const title = room.shadowRoot!.querySelector('[title]')!;
    title.setAttribute('title', 'r/teenagers hangout');
    title.setAttribute('aria-label', 'Current chat: r/teenagers hangout');
    for (const a of document.querySelector('rs-app')!.shadowRoot!.querySelector('rs-rooms-nav')!.shadowRoot!.querySelector('rs-virtual-scroll')!.shadowRoot!.querySelectorAll('rs-rooms-nav-room')) a.remove();
    chat.receive('hello');
    const fresh = redditAdapter.findContainer(document)!;
    expect(fresh).toBe(container);
    expect(readAll(redditAdapter).map((m) => m.from)).toEqual(['them', 'them', 'them']);
  });

  it('keeps keys stable when the list re-renders its rows', () => {
    const before = readAll(redditAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(redditAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a room switch (rs-room rebuilt, new URL)', () => {
    const old = redditAdapter.findContainer(document)!;
    chat.switchTo('xyzUVW456_ana');
    const container = redditAdapter.findContainer(document)!;
    expect(container).not.toBe(old);
    expect(old.isConnected).toBe(false);
    const messages = readAll(redditAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([['them', 'are you coming to grandmas on sunday?'], ['me', 'yes!']]);
    expect(messages[0]!.conversation).toBe('reddit:!xyzUVW456_ana:reddit.com');
    expect(redditAdapter.conversationId(new URL('https://chat.reddit.com/room/%21xyzUVW456_ana%3Areddit.com'), document, container)).toBe('reddit:!xyzUVW456_ana:reddit.com');
  });

  it('reads closed shadow roots through the extension API when the browser offers it', () => {
    const host = document.createElement('rs-timeline-event');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<div class="room-message regular" aria-label="skater_jay said hi"><div class="room-message-text">hi</div></div>';
    expect(shadowOf(host)).toBeNull();
    (globalThis as { chrome?: unknown }).chrome = { dom: { openOrClosedShadowRoot: (e: Element) => (e === host ? root : null) } };
    try {
      expect(shadowOf(host)).toBe(root);
      const container = redditAdapter.findContainer(document)!;
      container.append(host);
      expect(redditAdapter.readMessage(host, container)).toMatchObject({ text: 'hi', from: 'them' });
    } finally {
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });
});
