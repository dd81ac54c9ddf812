/**
 * Zoom web client (app.zoom.us/wc/<meeting number>/...). The meeting UI, chat included,
 * lives in the same-origin iframe `iframe#webclient`, so this adapter sets `allFrames`:
 * the content script runs in that frame and reads the chat there. Hooks, each with what
 * it relies on (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §11):
 * - list:    .chat-container__chat-list (BEM class names from Zoom's own CSS, not hashed;
 *            "verified live" 2026 by a meeting-bot project, medium), else #chat-list-content
 * - message: .chat-item-container (data-id = "<n>-{uuid}", stable per message; the list is
 *            virtualised, so rows are keyed by it)
 * - text:    .new-chat-message__text-box (else .chat-rtf-box__display, else the text after
 *            "<sender> to <receiver>, <time>, " in the row's aria-label)
 * - self:    .new-chat-message__text-box--self, or the sender "You" (the row aria-label
 *            "You to Everyone, 12:05 PM, …"); the sender header (.chat-item__sender) is only
 *            on the first message of a run, so it is carried forward. (medium)
 * - conversation: the meeting number in the URL /wc/<n>/... or /wc/join/<n> (high); in the
 *            iframe, if its own URL lacks it, the same-origin top page's URL
 */
import { contentKey, textOf, type SiteAdapter } from './types';
import type { Sender } from '../patterns/categories';

const MESSAGE = '.chat-item-container';
const MEETING = /^\/wc\/(?:join\/)?(\d{6,})(?:[/?#]|$)/;
/** "<sender> to <receiver>, <h:mm AM>, <text>" (the row's aria-label, English UI). */
const ROW_LABEL = /^(.+?) to (.+?), (\d{1,2}:\d{2}(?:\s*[AP]M)?), ([\s\S]*)$/i;

function rowLabel(item: Element): RegExpMatchArray | null {
  const label = item.querySelector('.new-chat-message__container[aria-label]')?.getAttribute('aria-label') ?? '';
  return label.match(ROW_LABEL);
}

/** Direction from this item's own markup, or null if it says nothing. */
function ownDirection(item: Element): Sender | null {
  if (item.querySelector('[class*="new-chat-message__text-box--self"]')) return 'me';
  const sender = textOf(item.querySelector('.chat-item__sender')) || rowLabel(item)?.[1]?.trim() || '';
  if (!sender) return null;
  return /^you$/i.test(sender) ? 'me' : 'them';
}

function directionOf(item: Element, container: Element): Sender {
  const own = ownDirection(item);
  if (own) return own;
  const items = [...container.querySelectorAll(MESSAGE)];
  for (let i = items.indexOf(item) - 1, hops = 0; i >= 0 && hops < 40; i--, hops++) {
    const found = ownDirection(items[i]!);
    if (found) return found;
  }
  return 'them';
}

export const zoomAdapter: SiteAdapter = {
  id: 'zoom',
  name: 'Zoom',
  hosts: ['app.zoom.us'],
  allFrames: true,
  // Any web-client page: the iframe's own path is not documented (the top page's is).
  isChatPage: (url) => url.pathname.startsWith('/wc/'),
  findContainer: (doc) => doc.querySelector('.chat-container__chat-list') ?? doc.querySelector('#chat-list-content'),
  message: MESSAGE,
  readMessage(el, container) {
    const box = el.querySelector('.new-chat-message__text-box, .chat-rtf-box__display');
    const text = box ? textOf(box) : (rowLabel(el)?.[4]?.trim() ?? '');
    if (!text) return null;
    const from = directionOf(el, container);
    const id = el.getAttribute('data-id') ?? el.querySelector('[id^="chat-message-content-"]')?.id;
    return { key: id ? `zoom:${id}` : contentKey(from, text, 'zoom'), text, from };
  },
  conversationId(url, doc) {
    let m = url.pathname.match(MEETING);
    if (!m) {
      // Inside iframe#webclient: the meeting number is in the (same-origin) top page's URL.
      try {
        m = doc.defaultView?.top?.location.pathname.match(MEETING) ?? null;
      } catch {
        m = null;
      }
    }
    return m ? `zoom:${m[1]}` : null;
  },
};
