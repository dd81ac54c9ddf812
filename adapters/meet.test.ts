import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { meetAdapter } from './meet';

describe('meet adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('meet.google.com', 'https://meet.google.com/abc-defg-hij');
  });

  it('is chosen for meeting pages only', () => {
    expect(adapterFor(new URL('https://meet.google.com/abc-defg-hij?authuser=0'))).toBe(meetAdapter);
    expect(adapterFor(new URL('https://meet.google.com/landing'))).toBeNull();
    expect(adapterFor(new URL('https://meet.google.com/'))).toBeNull();
  });

  it('reads text, direction ("You" = own) and a stable key; skips system notes and buttons', () => {
    chat.receive('add me on snap');
    chat.receive('you there?'); // follow-up: no header of its own
    chat.send('who is this');
    chat.send('how did you get this link'); // own follow-up
    const messages = readAll(meetAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['them', 'you there?'],
      ['me', 'who is this'],
      ['me', 'how did you get this link'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(6);
    expect(messages.every((m) => m.key.startsWith('meet:spaces/'))).toBe(true);
    expect(messages[0]!.conversation).toBe('meet:abc-defg-hij');
    expect(messages.some((m) => /pinned|keep|Continuous/.test(m.text))).toBe(false);
  });

  it("treats a header with only a time (no name) as the user's own", () => {
    chat.send('who is this');
    const header = [...document.querySelectorAll('.HNucUd')].pop()!;
    header.querySelector('.poVWob')!.textContent = ''; // an empty sender slot
    expect(readAll(meetAdapter).pop()!.from).toBe('me');
    header.querySelector('.poVWob')!.remove(); // only the time left
    expect(readAll(meetAdapter).pop()!.from).toBe('me');
  });

  it('keeps keys stable when the list re-renders', () => {
    const before = readAll(meetAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(meetAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a switch to another meeting through the URL', () => {
    chat.switchTo('xyz-wvut-srq');
    const messages = readAll(meetAdapter);
    expect(messages[0]!.conversation).toBe('meet:xyz-wvut-srq');
    expect(messages.map((m) => m.from)).toEqual(['them', 'them', 'me']);
    expect(messages[0]!.text).toMatch(/practice/);
  });
});
