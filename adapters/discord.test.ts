import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { discordAdapter } from './discord';

describe('discord adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('discord.com', 'https://discord.com/channels/@me/1111');
  });

  it('is chosen for discord.com/channels only', () => {
    expect(adapterFor(new URL('https://discord.com/channels/@me/1111'))).toBe(discordAdapter);
    expect(adapterFor(new URL('https://discord.com/store'))).toBeNull();
  });

  it('reads text, direction and a stable key for each message', () => {
    chat.receive('add me on snap');
    chat.receive('you there?'); // grouped follow-up: no header of its own
    chat.send('who is this');
    const messages = readAll(discordAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['them', 'you there?'],
      ['me', 'who is this'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(5);
    expect(messages[0]!.conversation).toBe('discord:@me/1111');
  });

  it('keeps keys stable when the virtual list rebuilds its rows', () => {
    const before = readAll(discordAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(discordAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a conversation switch through the URL', () => {
    chat.switchTo('2222');
    const messages = readAll(discordAdapter);
    expect(messages[0]!.conversation).toBe('discord:@me/2222');
    expect(messages[0]!.text).toMatch(/grandmas/);
  });
});
