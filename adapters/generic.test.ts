import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

function readAll(adapter: SiteAdapter) {
  const container = adapter.findContainer(document);
  if (!container) throw new Error('no container');
  return [...container.querySelectorAll(adapter.message)].map((el) => adapter.readMessage(el, container)).filter((m) => m !== null);
}

function line(html: string): Element {
  const t = document.createElement('template');
  t.innerHTML = html.trim();
  return t.content.firstElementChild!;
}

describe('generic adapter on a plain ARIA role="log" chat', () => {
  let log: Element;
  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://chat.example.test/room/7');
    document.body.innerHTML = `
      <header><nav role="list"><a role="listitem" href="/a">Home</a></nav></header>
      <main>
        <div class="chat-log" role="log" aria-live="polite"></div>
        <form><textarea aria-label="Message"></textarea></form>
      </main>`;
    log = document.querySelector('[role="log"]')!;
    log.append(
      line('<div>hey whats up</div>'),
      line('<div class="line own">not much</div>'),
      line('<div><span class="author">Stranger:</span> how old are you</div>'),
      line('<div><span class="author">You:</span> why</div>'),
    );
  });

  it('finds the log, not the navigation list', () => {
    expect(genericAdapter.findContainer(document)).toBe(log);
  });

  it('reads plain children of the log, with direction from classes and "You:" labels', () => {
    expect(readAll(genericAdapter).map((m) => [m.from, m.text])).toEqual([
      ['them', 'hey whats up'],
      ['me', 'not much'],
      ['them', 'how old are you'],
      ['me', 'why'],
    ]);
  });

  it('keys messages by site id when there is one, else by content (stable across re-renders)', () => {
    log.append(line('<div data-message-id="m-42">see you</div>'));
    const keys = readAll(genericAdapter).map((m) => m.key);
    expect(keys.at(-1)).toBe('id:m-42');
    log.replaceChildren(...[...log.children].map((c) => c.cloneNode(true) as Element));
    expect(readAll(genericAdapter).map((m) => m.key)).toEqual(keys);
  });

  it('reads each message once when message elements nest', () => {
    log.append(line('<div class="message message-in"><div class="message-body">send a pic</div></div>'));
    const texts = readAll(genericAdapter).map((m) => m.text);
    expect(texts.filter((t) => t === 'send a pic')).toHaveLength(1);
  });

  it('does not read a wrapper holding the whole log as one message', () => {
    const wrapper = line('<div class="scroller"></div>');
    wrapper.append(line('<div class="message">one</div>'), line('<div class="message outgoing">two</div>'));
    log.replaceChildren(wrapper, line('<div class="message">three</div>'));
    const container = genericAdapter.findContainer(document)!;
    expect(container).toBe(log);
    expect(genericAdapter.readMessage(wrapper, container)).toBeNull();
    expect(readAll(genericAdapter).map((m) => [m.from, m.text])).toEqual([
      ['them', 'one'],
      ['me', 'two'],
      ['them', 'three'],
    ]);
  });

  it('uses Omegle-style youmsg / strangermsg classes and a "messages" list class is not a message', () => {
    document.body.innerHTML = `<div class="messages" role="log">
      <p class="strangermsg"><strong class="msgsource">Stranger:</strong> <span>hi</span></p>
      <p class="youmsg"><strong class="msgsource">You:</strong> <span>hello</span></p></div>`;
    expect(readAll(genericAdapter).map((m) => [m.from, m.text])).toEqual([
      ['them', 'hi'],
      ['me', 'hello'],
    ]);
  });

  it('names the conversation after the page', () => {
    const container = genericAdapter.findContainer(document)!;
    expect(genericAdapter.conversationId(new URL(location.href), document, container)).toBe('chat.example.test/room/7');
  });
});
