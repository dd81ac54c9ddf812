import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { teamsAdapter } from './teams';

const SAM = '19:5c1f0a2e-sam_riley@unq.gbl.spaces';
const CLASS = '19:8d0b7c44-class-7b@thread.v2';

describe('teams adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('teams.microsoft.com', 'https://teams.microsoft.com/v2/');
  });

  it('is chosen on every Teams host, not on launcher pages', () => {
    for (const host of ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']) {
      expect(adapterFor(new URL(`https://${host}/v2/`))).toBe(teamsAdapter);
    }
    expect(adapterFor(new URL('https://teams.microsoft.com/dl/launcher/launcher.html'))).toBeNull();
  });

  it('reads text, direction and a stable key; skips system lines, dividers and reactions', () => {
    chat.receive('add me on snap');
    chat.receive('you there?'); // follow-up: no author name, like the user's own messages
    chat.send('who is this');
    chat.send('how did you get my name'); // own follow-up
    const messages = readAll(teamsAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['them', 'you there?'],
      ['me', 'who is this'],
      ['me', 'how did you get my name'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(6);
    expect(messages.every((m) => /^teams:\d{13,}$/.test(m.key))).toBe(true);
    expect(messages[0]!.conversation).toBe(`teams:${SAM}`);
    expect(messages.some((m) => /added|Today|👍|Like/.test(m.text))).toBe(false);
  });

  it('falls back to author names when the Fluent classes are gone', () => {
    chat.receive('add me on snap');
    chat.receive('you there?'); // no author: carries "them" forward
    for (const el of document.querySelectorAll('.fui-ChatMessage, .fui-ChatMyMessage')) el.className = 'x1abc';
    const authors = [...document.querySelectorAll('[data-tid="message-author-name"]')];
    authors[0]!.textContent = 'Riley Chen (You)'; // Teams' own label
    authors[1]!.textContent = 'Riley Chen'; // the signed-in name (me-control-displayname)
    expect(readAll(teamsAdapter).map((m) => m.from)).toEqual(['me', 'me', 'me', 'me']);
    authors[1]!.textContent = 'Sam Rivera';
    expect(readAll(teamsAdapter).map((m) => m.from)).toEqual(['me', 'me', 'them', 'them']);
  });

  it('keeps keys stable when the virtual list rebuilds its rows', () => {
    const before = readAll(teamsAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(teamsAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a conversation switch through the selected chat (the URL stays /v2/)', () => {
    chat.switchTo(CLASS);
    const messages = readAll(teamsAdapter);
    expect(location.pathname).toBe('/v2/');
    expect(messages[0]!.conversation).toBe(`teams:${CLASS}`);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'are you coming to the museum trip on sunday?'],
      ['them', 'bring a packed lunch'],
      ['me', 'yes!'],
    ]);
    chat.switchTo(SAM);
    expect(readAll(teamsAdapter)[0]!.conversation).toBe(`teams:${SAM}`);
  });

  it('reads history loaded at the top', () => {
    chat.loadOlder([['them', 'hey cutie how old r u'], ['them', 'first message']]);
    const messages = readAll(teamsAdapter);
    expect(messages.slice(0, 2).map((m) => [m.from, m.text])).toEqual([
      ['them', 'hey cutie how old r u'],
      ['them', 'first message'],
    ]);
  });
});
