/**
 * Reddit chat (chat.reddit.com/room/<roomId>, www.reddit.com/chat/...; Matrix-based, built
 * from Lit web components `rs-*` that render inside shadow roots). Hooks, each with what it
 * relies on (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §13):
 * - path:    rs-app ⟶ rs-room ⟶ main > rs-timeline ⟶ rs-virtual-scroll-dynamic ⟶
 *            rs-timeline-event (⟶ = into a shadow root). Component tag names, from a
 *            chat.reddit.com automation script reading the same path (medium); shadow roots
 *            are walked open ones first, closed ones through chrome.dom.openOrClosedShadowRoot
 *            (Chrome) / Element.openOrClosedShadowRoot (Firefox) when the browser lets a
 *            content script see them.
 * - list:    the element (inside rs-virtual-scroll-dynamic's shadow root) whose children are
 *            the rs-timeline-event rows; the pipeline observes inside that shadow root (medium)
 * - message: rs-timeline-event (one per timeline event, its own shadow root; `compact`
 *            attribute = follow-up in a run by the same author)                  (medium)
 * - text:    inside the event's shadow root: div.room-message; its aria-label is
 *            "<user> said <text>" (ChatMarker, low-medium); the body is read from
 *            .room-message-text when present, else the message without its header
 *            (user name, time, buttons) (low: no finer selector found in public code)
 *            Events without .room-message (joins, date dividers, "chat started") are skipped.
 * - self:    no direction marker found. In a direct chat the header names the peer
 *            (div[title][aria-label*="Current chat"], or the nav link
 *            a[aria-label^="Direct chat with"] of this room): the peer's messages are
 *            theirs, any other author's are the user's. In group chats every message
 *            counts as the other people's (missing a threat is worse).           (low)
 * - conversation: the Matrix room id in the URL /room/<!id:reddit.com> (several automation
 *            sources, medium-high), else the header title.
 * - key:     the event id attribute when present (event-id / data-event-id / id), else
 *            author + text.
 * On www.reddit.com the chat can also float over any page; only the light-DOM `rs-app`
 * is looked for there (cheap), the deep walk runs on chat pages only.
 */
import { contentKey, textOf, type SiteAdapter } from './types';

type ShadowHost = Element & { openOrClosedShadowRoot?: () => ShadowRoot | null };

/** The shadow root of `el`, open or (where the browser lets an extension see it) closed. */
export function shadowOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const chromeDom = (globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
    const root = chromeDom?.openOrClosedShadowRoot?.(el) ?? (el as ShadowHost).openOrClosedShadowRoot?.();
    return root ?? null;
  } catch {
    return null;
  }
}

/** First element matching `selector` in `root` or any shadow root below it (bounded walk). */
export function deepQuery(root: Document | ShadowRoot | Element, selector: string, budget = { left: 20000 }): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  const walker = (root instanceof Document ? root : root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && budget.left-- > 0; node = walker.nextNode()) {
    if (!(node as Element).tagName.includes('-')) continue; // only custom elements host shadow roots here
    const shadow = shadowOf(node as Element);
    if (shadow) {
      const found = deepQuery(shadow, selector, budget);
      if (found) return found;
    }
  }
  return null;
}

/** Step from a host into its shadow root and query there; else query its light DOM. */
function inside(host: Element | null, selector: string): Element | null {
  if (!host) return null;
  return shadowOf(host)?.querySelector(selector) ?? host.querySelector(selector);
}

const EVENT = 'rs-timeline-event';
const ROOM_PATH = /\/room\/([^/?#]+)/;

/** The message list of the open room, following the component path, else a deep search. */
function timelineList(from: Document | ShadowRoot | Element, deep: boolean): Element | null {
  const app = from.querySelector('rs-app') ?? (deep ? deepQuery(from, 'rs-app') : null);
  const room = inside(app, 'rs-room') ?? (deep && app ? deepQuery(shadowOf(app) ?? app, 'rs-room') : null);
  const timeline = inside(room, 'rs-timeline');
  const scroll = inside(timeline, 'rs-virtual-scroll-dynamic') ?? inside(timeline, 'rs-virtual-scroll');
  const event = inside(scroll, EVENT) ?? (deep && !scroll ? deepQuery(room ?? app ?? from, EVENT) : null);
  if (event?.parentElement) return event.parentElement;
  // An empty room: the scroller's own first element, so new events are observed as they come.
  const shadow = scroll ? shadowOf(scroll) : null;
  return shadow?.firstElementChild ?? null;
}

/** The rs-room host the list lives in (up through the shadow roots), if any. */
function roomOf(container: Element): Element | null {
  let node: Node = container;
  for (let hops = 0; hops < 12; hops++) {
    const root = node.getRootNode() as ShadowRoot | Document;
    if (!('host' in root) || !root.host) return null;
    if (root.host.localName === 'rs-room') return root.host;
    node = root.host;
  }
  return null;
}

interface Header {
  title: string;
  direct: boolean;
}
const headerCache = new WeakMap<Element, { at: number; url: string; value: Header | null }>();

/** The room's header: the peer's name in a direct chat. Cached briefly (read once per batch). */
function header(container: Element): Header | null {
  const doc = container.ownerDocument;
  const href = doc.location.href;
  const cached = headerCache.get(container);
  const age = cached ? Date.now() - cached.at : -1;
  if (cached && cached.url === href && age >= 0 && age < 1000) return cached.value;
  const room = roomOf(container);
  const scope: Document | ShadowRoot | Element = (room && shadowOf(room)) ?? doc;
  const current = deepQuery(scope, 'div[title][aria-label*="Current chat"], [title][aria-label*="Direct chat with"]') ?? (room ? deepQuery(doc, 'div[title][aria-label*="Current chat"]') : null);
  const title = current?.getAttribute('title')?.trim().replace(/^u\//, '');
  let value: Header | null = null;
  if (title) {
    // A direct chat when the header says so, or when this room's nav link does.
    let direct = /direct chat/i.test(current!.getAttribute('aria-label') ?? '');
    const raw = new URL(href).pathname.match(ROOM_PATH)?.[1];
    if (!direct && raw) {
      const ids = [...new Set([raw, decodeURIComponent(raw)])].filter((id) => !/["\\]/.test(id));
      direct = ids.some((id) => deepQuery(doc, `a[aria-label^="Direct chat with"][href*="${id}"]`) !== null);
    }
    value = { title, direct };
  }
  headerCache.set(container, { at: Date.now(), url: href, value });
  return value;
}

/** Author of a room message, from its aria-label "<user> said …" or its name element. */
function authorOf(message: Element): string {
  const label = message.getAttribute('aria-label') ?? '';
  const m = label.match(/^(\S+) said\b/);
  if (m) return m[1]!.replace(/^u\//, '');
  return textOf(message.querySelector('.user-name, [class*="username" i], [class*="author" i]')).replace(/^u\//, '');
}

const SKIP = 'time, faceplate-timeago, button, .user-name, [class*="username" i], [class*="author" i], [class*="header" i], [class*="reactions" i], .room-message-actions';

function bodyOf(message: Element): string {
  const body = message.querySelector('.room-message-text, [class*="message-text" i]');
  if (body) return textOf(body);
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child instanceof Element && !child.matches(SKIP)) walk(child);
    }
  };
  walk(message);
  return out.replace(/\s+/g, ' ').trim();
}

export const redditAdapter: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit chat',
  hosts: ['chat.reddit.com', 'www.reddit.com'],
  // chat.reddit.com may be framed by www.reddit.com's chat overlay.
  allFrames: true,
  isChatPage: (url) => url.hostname === 'chat.reddit.com' || url.pathname === '/chat' || url.pathname.startsWith('/chat/'),
  findContainer(doc) {
    const deep = doc.location.hostname === 'chat.reddit.com' || doc.location.pathname.startsWith('/chat');
    return timelineList(doc, deep);
  },
  message: EVENT,
  readMessage(el, container) {
    const shadow = shadowOf(el);
    const message = shadow?.querySelector('.room-message') ?? el.querySelector('.room-message');
    if (!message) return null; // joins, date dividers, "chat started"
    const text = bodyOf(message);
    if (!text) return null;
    // Follow-ups (`compact`) have no header: the author is the one of the run's first event.
    let author = authorOf(message);
    for (let prev = el.previousElementSibling, hops = 0; !author && prev && hops < 40; prev = prev.previousElementSibling, hops++) {
      const m = (shadowOf(prev) ?? prev).querySelector('.room-message');
      if (m) author = authorOf(m);
    }
    const head = header(container);
    const mine = !!head?.direct && !!author && author.toLowerCase() !== head.title.toLowerCase();
    const from = mine ? 'me' : 'them';
    const id = el.getAttribute('event-id') ?? el.getAttribute('data-event-id') ?? (el.id || null);
    return { key: id ? `reddit:${id}` : `reddit:${contentKey(from, text, author)}`, text, from };
  },
  conversationId(url, _doc, container) {
    const room = url.pathname.match(ROOM_PATH)?.[1];
    if (room) return `reddit:${decodeURIComponent(room)}`;
    const head = header(container);
    return head ? `reddit:@${head.title}` : null;
  },
};
