import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { instagramAdapter, isUiText } from './instagram';

describe('instagram adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('www.instagram.com', 'https://www.instagram.com/direct/t/1111/');
  });

  it('is chosen for instagram.com/direct only', () => {
    expect(adapterFor(new URL('https://www.instagram.com/direct/t/1111/'))).toBe(instagramAdapter);
    expect(adapterFor(new URL('https://www.instagram.com/direct/inbox/'))).toBe(instagramAdapter);
    expect(adapterFor(new URL('https://www.instagram.com/'))).toBeNull();
    expect(adapterFor(new URL('https://www.instagram.com/jay.skate/'))).toBeNull();
  });

  it('reads text, direction and a stable key; skips timestamps, "Seen", labels and reactions', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(instagramAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
    expect(messages[0]!.conversation).toBe('instagram:1111');
    expect(document.querySelector('[role="row"].seen')).not.toBeNull();
  });

  it('reads a reply without its "replied to" label or the quoted message', () => {
    chat.receive('send me a pic');
    chat.send('↪ no way');
    chat.receive('↪ come on');
    const [mine, theirs] = readAll(instagramAdapter).slice(-2);
    expect(mine).toMatchObject({ from: 'me', text: 'no way' });
    expect(theirs).toMatchObject({ from: 'them', text: 'come on' });
  });

  it('keeps keys stable when the list re-renders its rows', () => {
    const before = readAll(instagramAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(instagramAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a conversation switch through the URL', () => {
    chat.switchTo('2222');
    const messages = readAll(instagramAdapter);
    expect(messages.map((m) => m.text)).toEqual(['are you coming to grandmas on sunday?', 'yes!']);
    expect(messages[0]!.conversation).toBe('instagram:2222');
    expect(instagramAdapter.findContainer(document)!.getAttribute('aria-label')).toBe('Messages in conversation with cousin.ana');
  });

  it('reads a nested row once, from the outermost row', () => {
    const container = instagramAdapter.findContainer(document)!;
    const cell = container.querySelectorAll('[role="gridcell"]')[1]!;
    cell.setAttribute('role', 'row'); // a row inside a row
    const inner = instagramAdapter.readMessage(cell, container);
    const outer = instagramAdapter.readMessage(cell.parentElement!, container);
    expect(inner).toEqual(outer);
    expect(inner).toMatchObject({ from: 'me', text: 'haha thanks' });
  });

  it('falls back to geometry when the label is not the English "You sent" (RTL-aware)', () => {
    const container = instagramAdapter.findContainer(document)!;
    const row = container.querySelectorAll('[role="row"]')[2]!; // "haha thanks"
    row.querySelector('h6 span')!.textContent = 'Has enviado'; // Spanish UI
    const rect = (left: number, width: number) => ({ left, width, top: 0, height: 20, right: left + width, bottom: 20, x: left, y: 0, toJSON() {} }) as DOMRect;
    const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return this === container ? rect(0, 700) : rect(500, 120);
    });
    expect(instagramAdapter.readMessage(row, container)?.from).toBe('me');
    spy.mockImplementation(function (this: Element) {
      return this === container ? rect(0, 700) : rect(20, 120);
    });
    expect(instagramAdapter.readMessage(row, container)?.from).toBe('them');
    document.documentElement.setAttribute('dir', 'rtl'); // own bubbles sit on the left
    expect(instagramAdapter.readMessage(row, container)?.from).toBe('me');
    document.documentElement.removeAttribute('dir');
    spy.mockRestore();
  });

  it('treats UI strings as UI and real sentences as messages', () => {
    for (const ui of ['Seen', 'You sent', 'jay.skate replied to you', 'You replied to jay.skate', 'Jay Skate replied to you', 'Enter']) expect(isUiText(ui)).toBe(true);
    for (const text of ['she replied to my story lol', 'sent you the pic?', 'seen that movie?']) expect(isUiText(text)).toBe(false);
  });
});
