import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { createConversation } from '../patterns';
import { adapterFor } from './index';
import { chathubAdapter, chatrouletteAdapter, emeraldChatAdapter, omeTvAdapter, uhmegleAdapter } from './videochat';

const SITES = [
  { host: 'ome.tv', url: 'https://ome.tv/', adapter: omeTvAdapter },
  { host: 'uhmegle.com', url: 'https://uhmegle.com/video', adapter: uhmegleAdapter },
  { host: 'www.emeraldchat.com', url: 'https://www.emeraldchat.com/app', adapter: emeraldChatAdapter },
  { host: 'chathub.cam', url: 'https://chathub.cam/', adapter: chathubAdapter },
  { host: 'chatroulette.com', url: 'https://chatroulette.com/', adapter: chatrouletteAdapter },
];

describe.each(SITES)('$host text panel', ({ host, url, adapter }) => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    adapter.resetSessions();
    chat = await loadFixture(host, url);
  });

  it('is chosen for the chat page, not the static pages', () => {
    expect(adapterFor(new URL(url))).toBe(adapter);
    expect(adapterFor(new URL(`https://${new URL(url).hostname}/privacy`))).toBeNull();
    expect(adapterFor(new URL(`https://${new URL(url).hostname}/en/terms-of-service`))).toBeNull();
  });

  it('reads text and direction; skips status lines, labels, report links and times', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(adapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'hi, m or f?'],
      ['me', 'f, you?'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
  });

  it('keeps keys and the session when the log re-renders the same lines', () => {
    const container = adapter.findContainer(document)!;
    const session = adapter.conversationId(new URL(url), document, container);
    const before = readAll(adapter).map((m) => m.key);
    chat.recycle();
    const after = readAll(adapter);
    expect(after.map((m) => m.key)).toEqual(before);
    expect(after[0]!.conversation).toBe(session);
  });

  it('keeps the session while the log grows (new lines, older history)', () => {
    const first = readAll(adapter)[0]!.conversation;
    chat.receive('u there?');
    expect(readAll(adapter)[0]!.conversation).toBe(first);
    chat.loadOlder([['them', 'earlier line']]);
    expect(readAll(adapter)[0]!.conversation).toBe(first);
  });

  it('starts a new conversation for each new stranger (log cleared), even the same words again', () => {
    const first = readAll(adapter)[0]!.conversation;
    chat.switchTo('stranger2');
    const second = readAll(adapter);
    expect(second.map((m) => m.text)).toEqual(['hey where are you from', 'canada']);
    expect(second[0]!.conversation).not.toBe(first);
    chat.switchTo('stranger1'); // another stranger who happens to say the same things
    const third = readAll(adapter)[0]!.conversation;
    expect(third).not.toBe(first);
    expect(third).not.toBe(second[0]!.conversation);
    expect(third).toMatch(new RegExp(`^${adapter.id}:s\\d+\\.\\d+$`));
  });

  it("a stranger's cam, app-switch and recording lines reach the engine as theirs", () => {
    chat.receive('turn on your cam');
    chat.receive('add me on snap, my username is jay_2009');
    chat.receive('I recorded our video call. Pay $300 in gift cards or I send it to all your followers');
    const conversation = createConversation({ sensitivity: 'balanced' });
    let level: string | undefined;
    for (const m of readAll(adapter)) {
      const step = conversation.push({ from: m.from, text: m.text });
      if (step.warning) level = step.warning.level;
    }
    expect(level).toBe('urgent');
  });
});

describe('video chat sessions without a cleared log', () => {
  it('a new "now chatting" status line below the old one starts a new conversation', async () => {
    uhmegleAdapter.resetSessions();
    const chat = await loadFixture('uhmegle.com', 'https://uhmegle.com/text');
    const container = uhmegleAdapter.findContainer(document)!;
    const first = uhmegleAdapter.conversationId(new URL(location.href), document, container);
    const status = (text: string) => {
      const item = document.createElement('div');
      item.className = 'logitem';
      item.innerHTML = `<p class="statuslog">${text}</p>`;
      container.querySelector('.logwrapper')!.append(item);
    };
    status('Stranger has disconnected.');
    expect(uhmegleAdapter.conversationId(new URL(location.href), document, container)).toBe(first);
    status("You're now chatting with a random stranger. Say hi!");
    chat.receive('hi');
    const next = uhmegleAdapter.conversationId(new URL(location.href), document, container);
    expect(next).not.toBe(first);
    expect(readAll(uhmegleAdapter).map((m) => m.text)).toEqual(['hi, m or f?', 'f, you?', 'hi']);
  });
});
