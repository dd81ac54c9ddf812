/**
 * WhatsApp Web (web.whatsapp.com). Hooks, each with what it relies on
 * (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §1):
 * - container: the element holding `#main` (the open chat's pane). WhatsApp re-mounts `#main`
 *   for every chat it opens and the URL never changes, so the watcher observes #main's parent
 *   to see the switch (a mutation), not #main itself. Fallback: `#main`.        (id, high)
 * - message: `#main [role="row"]` with a bubble inside                          (ARIA role, high)
 *   (rows carry `data-virtualized`: far rows are unloaded and rebuilt on scroll)
 * - key:     `[data-id]` in the row: since Apr 2026 a bare message id; its old
 *            `true_/false_<jid>_` prefix is gone, so neither direction nor chat comes from it (high)
 * - text:    `[data-testid="selectable-text"]` / `span.selectable-text.copyable-text`, outside a
 *            quoted message (`[aria-label="Quoted message"]`); emoji are `img.emoji[alt]`  (high)
 * - direction: class `.message-out` / `.message-in` on the bubble               (class, high)
 *   Rows with neither (date separators, "end-to-end encrypted" notice, unread divider,
 *   group joins) are not messages.
 * - conversation: no id in the URL or DOM since Apr 2026: the chat's name in `#main header
 *   span[title]`, else the selected row of the chat list `#pane-side [aria-selected="true"]`.
 *   (low: two contacts with the same name share one state; a rename starts a new one)
 * CSP is strict (no inline script): content scripts (isolated world) only read the DOM.
 */
import { contentKey, type SiteAdapter, textWithout } from './types';

const BUBBLE = '.message-in, .message-out';
const TEXT = '[data-testid="selectable-text"], span.selectable-text.copyable-text';
const QUOTE = '[aria-label="Quoted message"], [data-testid="quoted-message"]';

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp',
  hosts: ['web.whatsapp.com'],
  // One-page app: every path is the chat client (the URL stays "/" across chats).
  isChatPage: () => true,
  findContainer(doc) {
    const main = doc.getElementById('main');
    if (!main) return null;
    const parent = main.parentElement;
    return parent && parent !== doc.body && parent !== doc.documentElement ? parent : main;
  },
  message: '#main [role="row"]',
  readMessage(el) {
    const bubble = el.querySelector(BUBBLE);
    if (!bubble) return null;
    let body: Element | undefined;
    for (const candidate of bubble.querySelectorAll(TEXT)) {
      if (candidate.closest(QUOTE)) continue;
      // Nested selectable spans: keep the outermost.
      if (body && body.contains(candidate)) continue;
      body = candidate;
      break;
    }
    if (!body) return null; // media without caption, deleted message, sticker
    const text = textWithout(body);
    if (!text) return null;
    const id = el.querySelector('[data-id]')?.getAttribute('data-id') ?? el.getAttribute('data-id');
    const from = bubble.classList.contains('message-out') ? 'me' : 'them';
    return { key: id ? `whatsapp:${id}` : contentKey(from, text), text, from };
  },
  conversationId(_url, doc) {
    const title =
      doc.querySelector('#main header span[dir="auto"][title]')?.getAttribute('title') ??
      doc.querySelector('#main header span[title]')?.getAttribute('title') ??
      doc.querySelector('#pane-side [aria-selected="true"] span[title]')?.getAttribute('title');
    return title ? `whatsapp:${title.trim()}` : null;
  },
};
