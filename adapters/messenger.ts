/**
 * Messenger: www.facebook.com/messages/t/<id> (and /messages/e2ee/t/<id>), the primary since
 * Meta began retiring messenger.com (Apr 2026); www.messenger.com/t/<id> is the same Comet
 * client and shares this adapter. Hooks, each with what it relies on (see docs/sites.md;
 * sources in ../shared/docs/site-dom-facts.md §4). Classes are Meta atomic CSS: not used.
 * - container: `[role="log"][aria-label^="Messages in conversation titled "]` (English label),
 *   fallback `[role="grid"][aria-label^="Messages"]`, then the `[role="main"]` log/grid (high)
 * - message: `[role="row"], article` inside it; a nested match reads its outermost one  (medium)
 * - text:    the last innermost `[dir="auto"]` of the row that is not a receipt ("Sent", "Seen",
 *            "Delivered"), a "You sent" / "… replied to you" label, the sender's name label,
 *            a heading or a button (quick replies, reactions, quoted replies)      (medium-high)
 * - direction: "You sent" label (English) → own; else the row's aria-label
 *   "Enter, Message sent <time> by <Author>: <text>" ("You" → own); else geometry
 *   (right-hugging bubble = own, left in RTL; the English labels fail on other languages);
 *   nothing laid out → the other person's                                           (medium)
 * - key:     no message id in the DOM: sender + text (an identical repeat is read once)
 * - conversation: URL `/messages/(e2ee/)t/<id>` (facebook.com), `/(e2ee/)t/<id>` (messenger.com) (high)
 * Not covered: the docked chat windows on facebook.com's feed (only /messages pages are read).
 */
import { bodyTexts, hasYouSentLabel, onOwnSide } from './instagram';
import { contentKey, textOf, type SiteAdapter } from './types';

const MESSAGE = '[role="row"], article';
const AUTHOR = /\bMessage sent\b.*?\bby ([^:]+):/i;

/** The author named in the row's accessible description, if any. */
function ariaAuthor(row: Element): string | undefined {
  const labels = [row, ...row.querySelectorAll('[aria-label]')];
  for (const el of labels) {
    const m = el.getAttribute('aria-label')?.match(AUTHOR);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

export const messengerAdapter: SiteAdapter = {
  id: 'messenger',
  name: 'Messenger',
  hosts: ['www.facebook.com', 'www.messenger.com'],
  isChatPage(url) {
    if (url.hostname === 'www.messenger.com') return /^\/($|t\/|e2ee\/|groupcall\/)/.test(url.pathname) || url.pathname === '';
    return url.pathname.startsWith('/messages/') || url.pathname === '/messages';
  },
  findContainer: (doc) =>
    doc.querySelector('[role="log"][aria-label^="Messages in conversation titled "]') ??
    doc.querySelector('[role="grid"][aria-label^="Messages"]') ??
    doc.querySelector('[role="main"] [role="log"]'),
  message: MESSAGE,
  readMessage(el, container) {
    // Read the outermost match, so a row and an article inside it give the same key and text.
    for (let up = el.parentElement?.closest(MESSAGE); up && container.contains(up); up = up.parentElement?.closest(MESSAGE)) el = up;
    const author = ariaAuthor(el);
    const texts = bodyTexts(el).filter((t) => t !== author);
    let text = texts.at(-1);
    if (!text) {
      // Text only in the accessible description ("… by Jay: hi").
      const label = el.getAttribute('aria-label')?.match(/\bMessage sent\b.*?\bby [^:]+:\s*(.+)$/i)?.[1];
      text = label ? label.replace(/\s+/g, ' ').trim() : undefined;
    }
    if (!text) return null;
    let mine: boolean | undefined = hasYouSentLabel(el) || undefined;
    if (mine === undefined && author) mine = /^you$/i.test(author);
    if (mine === undefined) {
      const bubble = [...el.querySelectorAll('[dir="auto"]')].find((d) => textOf(d) === text);
      mine = bubble ? onOwnSide(bubble, container) : undefined;
    }
    const from = mine ? 'me' : 'them';
    return { key: contentKey(from, text), text, from };
  },
  conversationId(url) {
    const m = url.pathname.match(/^(?:\/messages)?\/(?:e2ee\/)?t\/([^/?#]+)/);
    return m ? `messenger:${m[1]}` : null;
  },
};
