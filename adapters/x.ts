/**
 * X (Twitter) direct messages, now "XChat" (x.com/i/chat/<id>; twitter.com redirects).
 * Hooks, each with what it relies on (see docs/sites.md; sources in
 * ../shared/docs/site-dom-facts.md §8):
 * - list:    [data-testid="dm-message-list"] (inside [data-testid="dm-conversation-panel"]);
 *            data-testid test ids (medium). The chat UI may render inside an OPEN shadow root
 *            (host [data-testid="xchatEmbedRoute"]): the known host is tried first, then a
 *            bounded walk of open shadow roots. Closed roots cannot be read (not seen on X).
 * - message: [data-dm-message-row="<uuid>"] (also data-testid="message-<uuid>"; the list is
 *            virtualised, rows are keyed by the uuid)
 * - text:    [data-testid="message-text-<uuid>"] -> the authored span[dir="auto"].whitespace-pre-wrap
 *            (the bubble also holds two timestamp decorations that are not the message)
 * - direction, in order: data-direction / data-is-outgoing attributes if present; an
 *            aria-label "Message sent by you…" / "You: …"; else the Tailwind layout class
 *            .justify-end that right-aligns own bubbles (low-medium: utility class, not an id);
 *            nothing = the other person.
 * - conversation: URL path segment after /i/chat/ (legacy /messages/<a>-<b>) (medium-high).
 *            Not /i/chat/pin/… (passcode gate: nothing is decrypted there) nor the requests list.
 */
import { contentKey, textOf, type SiteAdapter } from './types';
import type { Sender } from '../patterns/categories';

const LIST = '[data-testid="dm-message-list"]';
const MESSAGE = '[data-dm-message-row]';
const CHAT_PATH = /^\/(?:i\/chat\/(?!pin(?:\/|$)|requests(?:\/|$)|settings(?:\/|$)|compose(?:\/|$))([^/?#]+)|messages\/(\d+-\d+))/;
const OWN_LABEL = /^(message sent by you|you:|you sent)/i;
/** How many elements the shadow-root walk may visit per search (x.com has a few thousand). */
const WALK_BUDGET = 20_000;

/** The message list in the document or in an open shadow root below it. */
function findList(doc: Document): Element | null {
  const light = doc.querySelector(LIST);
  if (light) return light;
  for (const host of doc.querySelectorAll('[data-testid="xchatEmbedRoute"]')) {
    const inside = host.shadowRoot?.querySelector(LIST);
    if (inside) return inside;
  }
  const roots: (Document | ShadowRoot)[] = [doc];
  let visited = 0;
  while (roots.length && visited < WALK_BUDGET) {
    const root = roots.shift()!;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node && visited < WALK_BUDGET; node = walker.nextNode(), visited++) {
      const shadow = (node as Element).shadowRoot;
      if (!shadow) continue;
      const found = shadow.querySelector(LIST);
      if (found) return found;
      roots.push(shadow);
    }
  }
  return null;
}

function directionOf(row: Element, textEl: Element | null): Sender {
  const direction = row.getAttribute('data-direction');
  const outgoing = row.getAttribute('data-is-outgoing');
  if (direction === 'outgoing' || outgoing === 'true') return 'me';
  if (direction === 'incoming' || outgoing === 'false') return 'them';
  const labelled = [row, ...row.querySelectorAll('[aria-label]')].some((el) => OWN_LABEL.test(el.getAttribute('aria-label') ?? ''));
  if (labelled) return 'me';
  // Own bubbles are right-aligned by a flex container inside the row (or the row itself).
  const anchor = textEl ?? row;
  const aligned = anchor.closest('.justify-end, .justify-start, .items-end, .items-start');
  if (aligned && row.contains(aligned)) return aligned.matches('.justify-end, .items-end') ? 'me' : 'them';
  if (row.matches('.justify-end, .items-end')) return 'me';
  return 'them';
}

function authoredText(body: Element): string {
  const spans = [...body.querySelectorAll('span[dir="auto"].whitespace-pre-wrap')].filter((s) => !s.parentElement?.closest('span[dir="auto"].whitespace-pre-wrap'));
  if (spans.length) return spans.map((s) => textOf(s)).join(' ').trim();
  const copy = body.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[aria-hidden="true"], time, .absolute')) el.remove();
  return textOf(copy);
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  name: 'X (Twitter) chat',
  hosts: ['x.com', 'twitter.com'],
  isChatPage: (url) => CHAT_PATH.test(url.pathname),
  findContainer: findList,
  message: MESSAGE,
  readMessage(el) {
    const id = el.getAttribute('data-dm-message-row') ?? '';
    const bodies = [...el.querySelectorAll('[data-testid^="message-text-"]')];
    const body = bodies.find((b) => b.getAttribute('data-testid') === `message-text-${id}`) ?? bodies[0] ?? null;
    const text = body ? authoredText(body) : '';
    if (!text) return null;
    const from = directionOf(el, body);
    return { key: id ? `x:${id}` : contentKey(from, text, 'x'), text, from };
  },
  conversationId(url) {
    const m = url.pathname.match(CHAT_PATH);
    const id = m?.[1] ?? m?.[2];
    return id ? `x:${decodeURIComponent(id)}` : null;
  },
};
