/**
 * Telegram Web A (web.telegram.org/a/, source Ajaxy/telegram-tt). Hooks, each with what it
 * relies on (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §6):
 * - container: `.MessageList .messages-container` of the active slide
 *   (`.Transition_slide-active` first: telegram-tt keeps the previous chat while it animates)
 *                                                                   (component classes, high)
 * - message: `.Message[data-message-id]` (`.message-list-item`; the element id is
 *   `message<id>` or `message-<id>` depending on the version, so `data-message-id` is used) (high)
 *   `.ActionMessage` (service lines) and `.sticky-date` separators do not match.
 * - text:    `.text-content` (in `.message-content-wrapper .content-inner`) without the
 *            `.MessageMeta` (time, "edited") telegram-tt renders inside it, and outside any
 *            reply preview `.EmbeddedMessage`                                         (high)
 * - direction: class `.own` on `.Message`                                        (class, high)
 * - conversation: `location.hash` `#<chatId>` (or `#<chatId>_<threadId>`)       (low-medium)
 * Virtualised (viewport slices): keys are message ids; the hash change makes the watcher
 * find the new chat's list.
 */
import { telegramHash } from './telegram-k';
import { type SiteAdapter } from './types';

const SKIP = '.MessageMeta, .message-time, .Reactions, .message-reactions';

function textWithout(root: Element, skip: string): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child instanceof Element && !child.matches(skip)) {
        if (child.tagName === 'IMG') out += child.getAttribute('alt') ?? '';
        else walk(child);
      }
    }
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}

export const telegramAAdapter: SiteAdapter = {
  id: 'telegram-a',
  name: 'Telegram Web A',
  hosts: ['web.telegram.org'],
  isChatPage: (url) => url.pathname === '/a' || url.pathname.startsWith('/a/'),
  findContainer: (doc) =>
    doc.querySelector('.Transition_slide-active > .MessageList .messages-container') ??
    doc.querySelector('.MessageList .messages-container'),
  message: '.Message[data-message-id]',
  readMessage(el) {
    let body: Element | null = null;
    for (const candidate of el.querySelectorAll('.text-content')) {
      if (!candidate.closest('.EmbeddedMessage')) {
        body = candidate;
        break;
      }
    }
    if (!body) return null; // media without caption, sticker
    const text = textWithout(body, SKIP);
    if (!text) return null;
    return { key: `telegram-a:${el.getAttribute('data-message-id')}`, text, from: el.classList.contains('own') ? 'me' : 'them' };
  },
  conversationId(url) {
    const chat = telegramHash(url);
    return chat ? `telegram-a:${chat}` : null;
  },
};
