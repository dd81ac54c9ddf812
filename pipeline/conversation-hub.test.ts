import { describe, expect, it } from 'vitest';
import { ConversationHub } from './conversation-hub';

const batch = (conversationId: string, ...messages: [string, 'me' | 'them', string][]) => ({
  adapter: 'test',
  conversationId,
  messages: messages.map(([key, from, text]) => ({ key, from, text })),
});
const THREAT = 'pay me $300 or I send your nudes to all your followers';

describe('ConversationHub', () => {
  it('keeps one state per conversation and restores it when coming back', () => {
    const hub = new ConversationHub('balanced');
    expect(hub.receive(batch('a', ['1', 'them', THREAT])).level).toBe('urgent');
    expect(hub.receive(batch('b', ['1', 'them', 'see you at practice'])).level).toBeUndefined();
    expect(hub.receive(batch('a')).level).toBe('urgent');
  });

  it('feeds each message once: recycled rows and re-read history add nothing', () => {
    const hub = new ConversationHub('balanced');
    hub.receive(batch('a', ['1', 'them', 'add me on snap']));
    hub.receive(batch('a', ['1', 'them', 'add me on snap']));
    // Two platform moves would still be one category; what matters is that a second
    // different weak signal is needed for a caution, and the duplicate is not it.
    expect(hub.view('a').level).toBeUndefined();
    expect(hub.receive(batch('a', ['2', 'them', 'how old are you?'])).level).toBe('caution');
  });

  it('reads an edited message again', () => {
    const hub = new ConversationHub('balanced');
    hub.receive(batch('a', ['1', 'them', 'hi']));
    expect(hub.receive(batch('a', ['1', 'them', THREAT])).level).toBe('urgent');
  });

  it("never warns from the user's own messages", () => {
    const hub = new ConversationHub('balanced');
    expect(hub.receive(batch('a', ['1', 'me', THREAT])).level).toBeUndefined();
  });

  it('stays quiet after a dismissal until something worse happens', () => {
    const hub = new ConversationHub('balanced');
    hub.receive(batch('a', ['1', 'them', 'add me on snap'], ['2', 'them', 'how old are you?']));
    expect(hub.view('a').level).toBe('caution');
    hub.dismiss('a');
    expect(hub.view('a').level).toBeUndefined();
    expect(hub.receive(batch('a', ['3', 'them', THREAT])).level).toBe('urgent');
  });
});
