import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readAll, type FixtureDriver } from '../tests/adapters/fixture-dom';
import { adapterFor } from './index';
import { telegramAAdapter } from './telegram-a';
import { telegramKAdapter } from './telegram-k';

describe('telegram adapters are chosen by client path', () => {
  it('picks K on /k/, A on /a/, nothing special elsewhere', () => {
    expect(adapterFor(new URL('https://web.telegram.org/k/#1111'))).toBe(telegramKAdapter);
    expect(adapterFor(new URL('https://web.telegram.org/k/'))).toBe(telegramKAdapter);
    expect(adapterFor(new URL('https://web.telegram.org/a/#1111'))).toBe(telegramAAdapter);
    expect(adapterFor(new URL('https://web.telegram.org/a/'))).toBe(telegramAAdapter);
    expect(adapterFor(new URL('https://web.telegram.org/'))).toBeNull();
  });
});

describe('telegram web K adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('web.telegram.org', 'https://web.telegram.org/k/#1111');
  });

  it('reads text without the time, direction, message-id keys and timestamps', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(telegramKAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(messages.every((m) => /^telegram-k:\d+$/.test(m.key))).toBe(true);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
    expect(messages.every((m) => typeof m.ts === 'number' && m.ts > 1e12)).toBe(true);
    expect(messages[0]!.conversation).toBe('telegram-k:1111');
  });

  it('keeps keys stable when the virtual list rebuilds its rows', () => {
    const before = readAll(telegramKAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(telegramKAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a switch through the hash, skips service lines, dates and the leaving chat', () => {
    const before = telegramKAdapter.findContainer(document);
    chat.switchTo('-1002222');
    // The watched .bubbles survives the switch (the list inside it is re-created).
    expect(telegramKAdapter.findContainer(document)).toBe(before);
    // The old list is still in the DOM (remover animation) but is never the container.
    expect(document.querySelector('.bubbles-remover')).not.toBeNull();
    const container = telegramKAdapter.findContainer(document)!;
    expect(container.classList.contains('bubbles')).toBe(true);
    expect(container.contains(document.querySelector('.bubbles-remover'))).toBe(true);
    const messages = readAll(telegramKAdapter);
    expect(messages.map((m) => m.text)).toEqual(['are you coming to grandmas on sunday?', 'yes!']);
    expect(messages[0]!.conversation).toBe('telegram-k:-1002222');
    const remover = document.querySelector('.bubbles-remover .bubble[data-mid]')!;
    expect(telegramKAdapter.readMessage(remover, container)).toBeNull();
  });
});

describe('telegram web A adapter on the fixture DOM', () => {
  let chat: FixtureDriver;
  beforeEach(async () => {
    chat = await loadFixture('web.telegram.org', 'https://web.telegram.org/a/#1111');
  });

  it('reads text without the meta, direction (.own) and message-id keys', () => {
    chat.receive('add me on snap');
    chat.send('who is this');
    const messages = readAll(telegramAAdapter);
    expect(messages.map((m) => [m.from, m.text])).toEqual([
      ['them', 'yo that clip was insane'],
      ['me', 'haha thanks'],
      ['them', 'add me on snap'],
      ['me', 'who is this'],
    ]);
    expect(messages.every((m) => /^telegram-a:\d+$/.test(m.key))).toBe(true);
    expect(new Set(messages.map((m) => m.key)).size).toBe(4);
    expect(messages[0]!.conversation).toBe('telegram-a:1111');
  });

  it('keeps keys stable when the virtual list rebuilds its rows', () => {
    const before = readAll(telegramAAdapter).map((m) => m.key);
    chat.recycle();
    expect(readAll(telegramAAdapter).map((m) => m.key)).toEqual(before);
  });

  it('follows a switch through the hash and skips action messages and date separators', () => {
    const before = telegramAAdapter.findContainer(document);
    chat.switchTo('-1002222');
    // The Transition survives the switch; the leaving chat's slide is still mounted but skipped.
    const container = telegramAAdapter.findContainer(document)!;
    expect(container).toBe(before);
    expect(container.classList.contains('Transition')).toBe(true);
    const leaving = container.querySelector('.Transition_slide-from .Message[data-message-id]')!;
    expect(leaving).not.toBeNull();
    expect(telegramAAdapter.readMessage(leaving, container)).toBeNull();
    const messages = readAll(telegramAAdapter);
    expect(messages.map((m) => m.text)).toEqual(['are you coming to grandmas on sunday?', 'yes!']);
    expect(messages[0]!.conversation).toBe('telegram-a:-1002222');
    expect(document.querySelector('.ActionMessage')?.matches(telegramAAdapter.message)).toBe(false);
  });

  it('leaves a reply preview out of the reply', () => {
    const last = document.querySelectorAll('.Message')[1]!;
    last.querySelector('.content-inner')!.insertAdjacentHTML('afterbegin', '<div class="EmbeddedMessage"><div class="message-title">Jay Skate</div><p class="embedded-text-wrapper"><span class="text-content">yo that clip</span></p></div>');
    const container = telegramAAdapter.findContainer(document)!;
    expect(telegramAAdapter.readMessage(last, container)?.text).toBe('haha thanks');
  });
});
