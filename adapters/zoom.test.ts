import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { zoomAdapter } from './zoom';

// The fixture's meeting document, as loaded inside iframe#webclient.
describe('zoom adapter on the fixture DOM (meeting iframe)', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('app.zoom.us', 'https://app.zoom.us/wc/4815162342/meeting');
  });

  it('is chosen for web-client meeting pages (top page and iframe) and reads all frames', () => {
    expect(adapterFor(new URL('https://app.zoom.us/wc/4815162342/join?fromPWA=1'))).toBe(zoomAdapter);
    expect(adapterFor(new URL('https://app.zoom.us/wc/join/4815162342'))).toBe(zoomAdapter);
    expect(adapterFor(new URL('https://app.zoom.us/wc/4815162342/meeting'))).toBe(zoomAdapter);
    expect(adapterFor(new URL('https://app.zoom.us/profile'))).toBeNull();
    expect(adapterFor(new URL('https://app.zoom.us/signin'))).toBeNull();
    expect(zoomAdapter.allFrames).toBe(true);
  });

  it('reads text, direction and a stable key; skips the system banner', () => {
    chat.receive('add me on snap');
    chat.receive('you there?'); // no sender header: carried forward
    chat.send('who is this');
    chat.send('how did you get this link');
    const messages = readAll(zoomAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['them', 'you there?'],
      ['me', 'who is this'],
      ['me', 'how did you get this link'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(6);
    expect(messages.every((m) => /^zoom:3-\{/.test(m.key))).toBe(true);
    expect(messages[0]!.conversation).toBe('zoom:4815162342');
    expect(messages.some((m) => /Who can see|Everyone/.test(m.text))).toBe(false);
  });

  it('falls back to the sender "You" and the row aria-label', () => {
    chat.send('who is this');
    for (const el of document.querySelectorAll('.new-chat-message__text-box--self')) el.classList.remove('new-chat-message__text-box--self');
    expect(readAll(zoomAdapter).map((m) => m.from)).toEqual(['them', 'me', 'me']);
    for (const el of document.querySelectorAll('.chat-item__chat-info, .new-chat-message__text-box')) el.remove();
    expect(readAll(zoomAdapter).map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['me', 'who is this'],
    ]);
  });

  it('keeps keys stable when the virtual list rebuilds its rows', () => {
    const before = readAll(zoomAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(zoomAdapter).map((m) => m.key)).toEqual(before);
  });

  it('takes the meeting number from the top page when the frame URL lacks it', () => {
    const container = zoomAdapter.findContainer(document)!;
    // happy-dom: this window is its own top, so the frame URL and top URL coincide.
    expect(zoomAdapter.conversationId(new URL('https://app.zoom.us/wc/4815162342/meeting'), document, container)).toBe('zoom:4815162342');
    expect(zoomAdapter.conversationId(new URL('https://app.zoom.us/wc/webclient'), document, container)).toBe('zoom:4815162342');
  });

  it('follows a switch to another meeting through the URL', () => {
    chat.switchTo('7312049586');
    const messages = readAll(zoomAdapter);
    expect(messages[0]!.conversation).toBe('zoom:7312049586');
    expect(messages.map((m) => m.from)).toEqual(['them', 'them', 'me']);
  });
});
