/**
 * Google Meet in-call chat (meet.google.com/<abc-defg-hij>). Hooks, each with what it
 * relies on (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §9):
 * - list:    div[aria-live="polite"][jsname="xySENc"] (jsname: Closure component name,
 *            stable for years; class Ge9Kpc is obfuscated, kept as a second choice), else the
 *            live region that holds [data-message-id] elements (ARIA + data attribute)
 * - message: div[data-message-id] (the pin button carries the same attribute: buttons are
 *            not matched; high)
 * - text:    [jsname="dTKtvb"] inside the message (jsname, high)
 * - sender:  the group header, a sibling of one of the message's ancestors that holds no
 *            message (class HNucUd; sender name .poVWob). Follow-ups share one header, so
 *            the sender is carried forward from earlier messages.
 * - self:    sender "You" (English UI: localised in other languages), or a header with
 *            only a time and no name (Meet shows no name on the user's own messages)
 *            (medium)
 * - conversation: the meeting code in the URL (high). Not virtualised.
 */
import { contentKey, textOf, type SiteAdapter } from './types';
import type { Sender } from '../patterns/categories';

const MESSAGE = 'div[data-message-id]';
const SENDER = '.poVWob, [data-sender-name]';
/** Meet's label for the user (English UI; other languages rely on the time-only header). */
const YOU = /^you$/i;
const MEETING_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:[/?#]|$)/;

/** The header of the group this message is in, or null when its group has none. */
function headerOf(message: Element, container: Element): Element | null {
  // Only inside the message's own group (a direct child of the list): never a neighbour.
  for (let el: Element | null = message; el && el.parentElement && el.parentElement !== container; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (!sib.querySelector(MESSAGE) && !sib.matches(MESSAGE) && textOf(sib)) return sib;
    }
  }
  return null;
}

/** Direction from a group header, or null when the header is missing or unclear. */
function headerDirection(header: Element | null): Sender | null {
  if (!header) return null;
  // A header without a name (only the time, or an empty sender slot) is the user's own.
  const name = textOf(header.querySelector(SENDER)) || (header.children.length > 1 ? textOf(header.firstElementChild) : '');
  if (!name) return 'me';
  return YOU.test(name) ? 'me' : 'them';
}

function directionOf(message: Element, container: Element): Sender {
  const own = headerDirection(headerOf(message, container));
  if (own) return own;
  const messages = [...container.querySelectorAll(MESSAGE)];
  for (let i = messages.indexOf(message) - 1, hops = 0; i >= 0 && hops < 40; i--, hops++) {
    const found = headerDirection(headerOf(messages[i]!, container));
    if (found) return found;
  }
  return 'them';
}

export const meetAdapter: SiteAdapter = {
  id: 'meet',
  name: 'Google Meet',
  hosts: ['meet.google.com'],
  isChatPage: (url) => MEETING_CODE.test(url.pathname),
  findContainer(doc) {
    const direct = doc.querySelector('div[aria-live="polite"][jsname="xySENc"], div[aria-live="polite"].Ge9Kpc');
    if (direct) return direct;
    return doc.querySelector(MESSAGE)?.closest('[aria-live="polite"]') ?? null;
  },
  message: MESSAGE,
  readMessage(el, container) {
    const text = textOf(el.querySelector('[jsname="dTKtvb"]'));
    if (!text) return null;
    const from = directionOf(el, container);
    const id = el.getAttribute('data-message-id');
    return { key: id ? `meet:${id}` : contentKey(from, text, 'meet'), text, from };
  },
  conversationId(url) {
    const m = url.pathname.match(MEETING_CODE);
    return m ? `meet:${m[1]}` : null;
  },
};
