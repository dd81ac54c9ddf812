/**
 * Instagram DMs (www.instagram.com/direct/t/<thread>). Hooks, each with what it relies on
 * (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §3). Classes are Meta
 * atomic CSS (`x1…`), so only ARIA, `dir` and the URL are used:
 * - container: `[aria-label^="Messages in conversation with"]` (English label; it also names
 *   the peer), fallback: the `[role="grid"]` / `[role="log"]` of the main region  (medium-high)
 * - message: `[role="row"]` inside it                                     (ARIA role, medium-high)
 * - text:    the last innermost `div[dir="auto"]` of the row that is not a UI string
 *            ("Enter", "You sent", "… replied to you", "Original message:", "Seen"…), not in a
 *            heading (hidden sender labels) and not in a button (reactions, chips)      (medium)
 *            Rows with no such text (timestamps, "Seen", media) are not messages.
 * - direction: the visually hidden row label "You sent" (English) marks own messages; without
 *   it (other languages), geometry: a bubble right of the list's centre (left in RTL) is
 *   outgoing; nothing laid out → incoming                                          (medium)
 * - key:     no message id in the DOM: sender + text (an identical repeat is read once)
 * - conversation: URL `/direct/t/<id>`                                          (high)
 * Instagram re-mounts the thread on navigation; the URL change makes the watcher look again.
 */
import { contentKey, textOf, type SiteAdapter } from './types';

/** Strings Instagram (and Messenger) render inside rows that are UI, not something a person wrote. */
export const META_UI_TEXT =
  /^(enter|you sent|original message:?|seen( by .*| just now)?|sent|delivered|sending…?|active now|liked a message|you unsent a message|.* unsent a message|reacted .* to your message|you reacted .*|edited|view profile|tap to retry|message sent)$/i;
/** "Jay Skate replied to you", "You replied to jay.skate" (names: one handle or up to 3 capitalised words). */
const REPLY_LABEL = /^(You|\S+|[A-Z]\S*(?: [A-Z]\S*){1,2}) replied to (you|yourself|themselves|themself|\S+|[A-Z]\S*(?: [A-Z]\S*){1,2})$/;

export function isUiText(text: string): boolean {
  return META_UI_TEXT.test(text) || REPLY_LABEL.test(text);
}

/** Innermost `[dir="auto"]` elements of a row, in document order, minus labels and chips. */
export function bodyTexts(row: Element, selector = '[dir="auto"]'): string[] {
  const texts: string[] = [];
  for (const el of row.querySelectorAll(selector)) {
    if (el.querySelector(selector)) continue; // keep the innermost (Meta nests the same text twice)
    if (el.closest('h1, h2, h3, h4, h5, h6, [role="button"], button, [role="heading"]')) continue;
    const text = textOf(el);
    if (text && !isUiText(text)) texts.push(text);
  }
  return texts;
}

/** Is an own-message label ("You sent") somewhere in this row? */
export function hasYouSentLabel(row: Element): boolean {
  for (const el of row.querySelectorAll('h1, h2, h3, h4, h5, h6, span, div[role="heading"]')) {
    if (el.childElementCount === 0 && /^you sent$/i.test(textOf(el))) return true;
  }
  return false;
}

/**
 * Geometry fallback, language-independent: does this bubble sit on the "own" side of the list
 * (right of its centre; left in a right-to-left page)? undefined when nothing is laid out.
 * One layout read per message, only when no label decided.
 */
export function onOwnSide(el: Element, container: Element): boolean | undefined {
  const box = el.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  if (!box.width || !frame.width) return undefined;
  const right = box.left + box.width / 2 > frame.left + frame.width / 2;
  const rtl = (el.closest('[dir="rtl"]') ?? el.ownerDocument.documentElement).getAttribute('dir') === 'rtl';
  return rtl ? !right : right;
}

export const instagramAdapter: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com'],
  isChatPage: (url) => url.pathname.startsWith('/direct/'),
  findContainer: (doc) =>
    doc.querySelector('[aria-label^="Messages in conversation with"]') ??
    doc.querySelector('[role="main"] [role="grid"][aria-label], [role="main"] [role="log"]'),
  message: '[role="row"]',
  readMessage(el, container) {
    // A row may hold nested rows: always read the outermost, so whichever one a mutation
    // points at gives the same key and text (the pipeline drops the repeat).
    for (let up = el.parentElement?.closest('[role="row"]'); up && container.contains(up); up = up.parentElement?.closest('[role="row"]')) el = up;
    const texts = bodyTexts(el, 'div[dir="auto"]');
    const text = texts.at(-1);
    if (!text) return null;
    // The label is English; on other languages (or if it goes) the bubble's side decides.
    let mine = hasYouSentLabel(el);
    if (!mine) {
      const bubble = [...el.querySelectorAll('div[dir="auto"]')].find((d) => textOf(d) === text);
      mine = (bubble && onOwnSide(bubble, container)) ?? false;
    }
    const from = mine ? 'me' : 'them';
    return { key: contentKey(from, text), text, from };
  },
  conversationId(url) {
    const m = url.pathname.match(/^\/direct\/t\/([^/?#]+)/);
    return m ? `instagram:${m[1]}` : null;
  },
};
