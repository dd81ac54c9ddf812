/**
 * Telegram Web K (web.telegram.org/k/, source morethanwords/tweb). Hooks, each with what it
 * relies on (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §5):
 * - container: the `.bubbles` element of the active chat (`.chat.active` first) that holds
 *   `.scrollable.scrollable-y > .bubbles-inner`. tweb re-creates `.bubbles-inner` for every
 *   peer and keeps the old one as `.bubbles-remover` for its closing animation, so the watcher
 *   observes the surviving `.bubbles` and bubbles inside `.bubbles-remover` are skipped
 *                                                                        (tweb classes, high)
 * - message: `.bubble[data-mid]` (`data-mid` message id, `data-timestamp` unix s)   (high)
 *   `.bubble.service` (date bubbles, "X joined", pinned notices) are not messages.
 * - text:    `.translatable-message` inside `.message`, else `.message` without its `.time`,
 *            reply preview (`.reply`), name and reactions                          (high)
 * - direction: `.is-out` / `.is-in` on the bubble                              (class, high)
 * - conversation: `location.hash` — `#<peerId>` (negative for groups/channels) or `#@username`
 *   (medium: the same chat opened by @username and by id counts as two)
 * tweb slices far bubbles away (virtualised): keys are message ids.
 */
import { type SiteAdapter, textWithout } from './types';

const SKIP = '.time, .time-inner, .reply, .name, .peer-title, .bubble-name-rank, .reactions, .message-reactions, .bubble-name-forwarded';

/** The conversation part of the hash: "#-1001234" -> "-1001234", "#@name" -> "@name". */
export function telegramHash(url: URL): string | null {
  const hash = decodeURIComponent(url.hash.replace(/^#/, '')).trim();
  return hash ? hash.split('?')[0]! : null;
}

export const telegramKAdapter: SiteAdapter = {
  id: 'telegram-k',
  name: 'Telegram Web K',
  hosts: ['web.telegram.org'],
  isChatPage: (url) => url.pathname === '/k' || url.pathname.startsWith('/k/'),
  findContainer(doc) {
    const inner =
      doc.querySelector('.chat.active .bubbles > .scrollable.scrollable-y > .bubbles-inner:not(.bubbles-remover)') ??
      doc.querySelector('.bubbles-inner:not(.bubbles-remover)');
    return inner?.closest('.bubbles') ?? inner ?? null;
  },
  message: '.bubble[data-mid]',
  readMessage(el) {
    if (el.classList.contains('service') || el.closest('.bubbles-remover')) return null;
    const message = el.querySelector('.message');
    if (!message) return null; // sticker, photo without caption, round video
    const translatable = message.querySelector('.translatable-message');
    const text = textWithout(translatable ?? message, SKIP);
    if (!text) return null;
    const from = el.classList.contains('is-out') ? 'me' : 'them';
    const ts = Number(el.getAttribute('data-timestamp'));
    return { key: `telegram-k:${el.getAttribute('data-mid')}`, text, from, ts: ts > 0 ? ts * 1000 : undefined };
  },
  conversationId(url) {
    const peer = telegramHash(url);
    return peer ? `telegram-k:${peer}` : null;
  },
};
