/**
 * Telegram Web A (web.telegram.org/a/, source Ajaxy/telegram-tt). Hooks, each with what it
 * relies on (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §6):
 * - container: the `.Transition` whose slides hold each chat's `.MessageList`: telegram-tt
 *   mounts a new slide per chat and keeps the previous one (`.Transition_slide-from` while it
 *   animates, `.Transition_slide-inactive` after), so the watcher observes the surviving
 *   Transition and messages of a leaving/inactive slide are skipped. Fallback: the active
 *   slide's `.MessageList .messages-container`                        (component classes, high)
 * - message: `.Message[data-message-id]` (`.message-list-item`; the element id is
 *   `message<id>` or `message-<id>` depending on the version, so `data-message-id` is used) (high)
 *   `.ActionMessage` (service lines) and `.sticky-date` separators do not match.
 * - text:    `.text-content` (in `.message-content-wrapper .content-inner`) without the
 *            `.MessageMeta` (time, "edited") telegram-tt renders inside it, and outside any
 *            reply preview `.EmbeddedMessage`                                         (high)
 * - direction: class `.own` on `.Message`                                        (class, high)
 * - conversation: `location.hash` `#<chatId>` (or `#<chatId>_<threadId>`)       (low-medium)
 * Virtualised (viewport slices): keys are message ids.
 */
import { telegramHash } from './telegram-k';
import { type SiteAdapter, textWithout } from './types';

const SKIP = '.MessageMeta, .message-time, .Reactions, .message-reactions';

export const telegramAAdapter: SiteAdapter = {
  id: 'telegram-a',
  name: 'Telegram Web A',
  hosts: ['web.telegram.org'],
  isChatPage: (url) => url.pathname === '/a' || url.pathname.startsWith('/a/'),
  findContainer(doc) {
    const list =
      doc.querySelector('.Transition_slide-active > .MessageList .messages-container') ??
      doc.querySelector('.MessageList .messages-container');
    return list?.closest('.MessageList')?.closest('.Transition') ?? list ?? null;
  },
  message: '.Message[data-message-id]',
  readMessage(el) {
    if (el.closest('.Transition_slide')?.matches('.Transition_slide-from, .Transition_slide-inactive')) return null;
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
