import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { twitchAdapter, twitchChannel } from './twitch';

describe('twitch adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('www.twitch.tv', 'https://www.twitch.tv/skater_jay');
  });

  it('is chosen for channel, popout and moderator chat pages only', () => {
    expect(adapterFor(new URL('https://www.twitch.tv/skater_jay'))).toBe(twitchAdapter);
    expect(adapterFor(new URL('https://www.twitch.tv/popout/skater_jay/chat?popout='))).toBe(twitchAdapter);
    expect(adapterFor(new URL('https://www.twitch.tv/moderator/skater_jay'))).toBe(twitchAdapter);
    expect(adapterFor(new URL('https://www.twitch.tv/directory/category/fortnite'))).toBeNull();
    expect(adapterFor(new URL('https://www.twitch.tv/'))).toBeNull();
    expect(adapterFor(new URL('https://www.twitch.tv/skater_jay/videos'))).toBeNull();
    expect(twitchChannel(new URL('https://www.twitch.tv/embed/Skater_Jay/chat?parent=x'))).toBe('skater_jay');
  });

  it('reads text, direction (author vs. the signed-in login) and a stable key; skips status lines', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(twitchAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
    expect(messages[0]!.conversation).toBe('twitch:skater_jay');
    expect(document.querySelector('[data-a-target="chat-welcome-message"]')?.textContent).toBe('Welcome to the chat room!');
  });

  it('falls back to the top-nav avatar name when no session record is stored', () => {
    localStorage.removeItem('twilight-user');
    const later = vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 5000); // past the 1 s identity cache
    try {
      expect(readAll(twitchAdapter).map((m) => m.from)).toEqual(['them', 'me']);
      document.querySelector('[data-a-target="user-menu-toggle"] img')!.setAttribute('alt', 'someone_else');
      later.mockReturnValue(Date.now() + 10000);
      expect(readAll(twitchAdapter).map((m) => m.from)).toEqual(['them', 'them']);
    } finally {
      later.mockRestore();
    }
  });

  it('reads emotes as their alt text', () => {
    chat.receive('nice');
    const container = twitchAdapter.findContainer(document)!;
    const last = [...container.querySelectorAll(twitchAdapter.message)].pop()!;
    const emote = document.createElement('img');
    emote.alt = 'Kappa';
    last.querySelector('[data-a-target="chat-line-message-body"]')!.append(emote);
    expect(twitchAdapter.readMessage(last, container)?.text).toBe('nice Kappa');
  });

  it('keeps keys stable when the list re-renders its rows', () => {
    const before = readAll(twitchAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(twitchAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a channel switch through the URL', () => {
    chat.switchTo('cousin_ana');
    const messages = readAll(twitchAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([['them', 'gg everyone'], ['me', 'gg!']]);
    expect(messages[0]!.conversation).toBe('twitch:cousin_ana');
  });

  it('reads an open whisper thread (1:1) before the channel chat, as its own conversation', () => {
    const dock = document.createElement('div');
    dock.className = 'whispers';
    dock.innerHTML = `
      <div class="whispers-thread" data-a-target="whisper-thread-creepy_dm">
        <div class="whispers-thread__header"><h4>creepy_dm</h4></div>
        <div class="simplebar-scroll-content"><div class="simplebar-content">
          <div class="thread-message__timestamp">Today</div>
          <div class="thread-message__message"><div><span class="thread-message__message--user-name">creepy_dm</span><span>: </span><span data-a-target="chat-message-text">how old r u</span></div></div>
          <div class="thread-message__message"><div><span class="thread-message__message--user-name">Me_Teen</span><span>: </span><span data-a-target="chat-message-text">13</span></div></div>
        </div></div>
      </div>`;
    document.body.append(dock);
    const messages = readAll(twitchAdapter);
    expect(messages.map((m) => [m.from, m.text, m.conversation])).toEqual([
      ['them', 'how old r u', 'twitch:whisper:creepy_dm'],
      ['me', '13', 'twitch:whisper:creepy_dm'],
    ]);
  });
});
