/**
 * Snapchat for web (www.snapchat.com/web/..., formerly web.snapchat.com). LOW confidence:
 * Snapchat ships almost only hashed CSS-module class names, which churn on deploys; every
 * hashed hook below has a structural fallback. Hooks, each with what it relies on (see
 * docs/sites.md; sources in ../shared/docs/site-dom-facts.md §7):
 * - list:    the VISIBLE ul.ujRzj (hashed; Snapchat keeps one list mounted per opened
 *            conversation and hides the others), else the visible <ul> whose <li> groups
 *            carry a sender <header> (structure); if neither is found the pipeline falls
 *            back to the generic ARIA adapter.
 *            The watched container is the pane holding all mounted lists (its <main>, else
 *            the list's grandparent), and messages in hidden lists are skipped, so switching
 *            between mounted chats (a visibility change only) never strands the watcher.
 * - message: div.KB4Aq bubble (hashed), else a content <div> after a group's <header>
 *            (`li > header ~ div`, structure); a match that contains bubbles is skipped
 * - text:    span.ogn1z (hashed), else its [dir="auto"] span, else the bubble's text
 * - sender:  the group's header name span.nonIntl (Snapchat's class for untranslated
 *            names, not hashed), else the header text; "Me" = own (English UI: "Me" is
 *            Snapchat's own label). A group without a header carries the previous one forward.
 * - conversation: the conversation uuid in the URL /web/<uuid> (URL form from the web app,
 *            unconfirmed in sources), else the other person's name in the list's headers.
 * Keys: Snapchat exposes no message id in the DOM, so messages are keyed by sender + text +
 * their position among identical messages (stable across re-renders).
 */
import { contentKey, textOf, type SiteAdapter } from './types';
import type { Sender } from '../patterns/categories';

const BUBBLE = 'div.KB4Aq';
const MESSAGE = `${BUBBLE}, li > header ~ div`;
const SENDER = 'span.nonIntl';
const ME = /^me$/i;
/** Status lines Snapchat shows under bubbles (only checked in the structural fallback). */
const UI_STRINGS = /^(delivered|opened|received|sent|viewed|typing\.*|saved in chat|new chat|tap to (?:view|chat))( · .*)?$/i;
const UUID = /^\/web\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** Shown on screen (not in a hidden, inert or aria-hidden subtree): style only, no layout. */
function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return check ? check.call(el) : true;
}

function firstShown(list: Iterable<Element>): Element | null {
  for (const el of list) if (isShown(el)) return el;
  return null;
}

/** The open conversation's message list: hashed class, else lists of header-led groups. */
function shownList(root: Document | Element): Element | null {
  return (
    firstShown(root.querySelectorAll('ul.ujRzj')) ??
    firstShown([...root.querySelectorAll(`ul > li > header ${SENDER}, ul > li > header`)].map((h) => h.closest('ul')!))
  );
}

/** The sender name in a group's header, "" when the group has no header. */
function headerName(group: Element | null): string {
  const header = group?.querySelector(':scope > header, header');
  if (!header) return '';
  return textOf(header.querySelector(SENDER)) || textOf(header.firstElementChild) || textOf(header);
}

function directionOf(el: Element, container: Element): Sender {
  let group: Element | null = el.closest('li');
  for (let hops = 0; group && container.contains(group) && hops < 40; hops++, group = group.previousElementSibling) {
    const name = headerName(group);
    if (name) return ME.test(name) ? 'me' : 'them';
  }
  return 'them';
}

export const snapchatAdapter: SiteAdapter = {
  id: 'snapchat',
  name: 'Snapchat',
  hosts: ['www.snapchat.com', 'web.snapchat.com'],
  isChatPage: (url) => url.hostname === 'web.snapchat.com' || url.pathname === '/web' || url.pathname.startsWith('/web/'),
  findContainer(doc) {
    const list = shownList(doc);
    // The pane that holds every mounted list, so a switch between mounted conversations
    // (only visibility changes) never leaves us watching a hidden list.
    if (!list) return null; // the pipeline then tries the generic ARIA adapter
    return list.closest('main, [role="main"]') ?? list.parentElement?.parentElement ?? list;
  },
  message: MESSAGE,
  readMessage(el, container) {
    // Only the open conversation: other mounted lists are hidden.
    const list = el.closest('ul');
    if (list && container.contains(list) && !isShown(list)) return null;
    if (container.querySelector(BUBBLE)) {
      // Snapchat's bubbles are there: read only them.
      if (!el.matches(BUBBLE)) return null;
    } else {
      // Hashed classes changed: structural fallback, outermost match only, no status lines.
      if (el.parentElement?.closest('li > header ~ div')) return null;
      if (UI_STRINGS.test(textOf(el))) return null;
    }
    const text = textOf(el.querySelector('span.ogn1z') ?? el.querySelector('[dir="auto"]') ?? el);
    if (!text) return null;
    const from = directionOf(el, container);
    // Position among identical texts in this list keeps two "ok"s apart.
    let nth = 0;
    for (const other of (list ?? container).querySelectorAll(BUBBLE)) {
      if (other === el) break;
      if (textOf(other.querySelector('span.ogn1z') ?? other) === text) nth++;
    }
    return { key: `snapchat:${contentKey(from, text, String(nth))}`, text, from };
  },
  conversationId(url, _doc, container) {
    const m = url.pathname.match(UUID);
    if (m) return `snapchat:${m[1]!.toLowerCase()}`;
    for (const header of (shownList(container) ?? container).querySelectorAll(`li > header`)) {
      const name = textOf(header.querySelector(SENDER)) || textOf(header);
      if (name && !ME.test(name)) return `snapchat:name:${name}`;
    }
    return null;
  },
};
