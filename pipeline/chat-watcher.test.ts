import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '../adapters/generic';
import { ChatWatcher, type MessageBatch } from './chat-watcher';

function setup(html: string) {
  document.body.innerHTML = html;
  const batches: MessageBatch[] = [];
  const watcher = new ChatWatcher(genericAdapter, document, (b) => batches.push(b));
  return { batches, watcher };
}
const tick = () => new Promise((r) => setTimeout(r, 120));

describe('ChatWatcher', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('reads the history on screen once, then only what is added', async () => {
    const { batches, watcher } = setup('<div role="log"><div class="message in">hi</div><div class="message out">hello</div></div>');
    stop = () => watcher.stop();
    watcher.start();
    await tick();
    expect(batches.flatMap((b) => b.messages.map((m) => [m.from, m.text]))).toEqual([
      ['them', 'hi'],
      ['me', 'hello'],
    ]);
    const log = document.querySelector('[role="log"]')!;
    const added = document.createElement('div');
    added.className = 'message in';
    added.textContent = 'add me on snap';
    log.append(added);
    await tick();
    expect(batches.at(-1)!.messages.map((m) => m.text)).toEqual(['add me on snap']);
    expect(watcher.status).toEqual({ state: 'watching', messagesRead: 3 });
  });

  it('does nothing while the tab is hidden, and catches up when it is shown', async () => {
    const { batches, watcher } = setup('<div role="log"><div class="message in">one</div><div class="message in">two</div></div>');
    stop = () => watcher.stop();
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    watcher.start();
    await tick();
    expect(batches).toHaveLength(0);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 400));
    expect(batches.flatMap((b) => b.messages)).toHaveLength(2);
  });

  it('says it is still searching when a page has no chat', async () => {
    const { batches, watcher } = setup('<p>no chat here</p>');
    stop = () => watcher.stop();
    watcher.start();
    await tick();
    expect(watcher.status.state).toBe('searching');
    expect(batches).toHaveLength(0);
  });
});
