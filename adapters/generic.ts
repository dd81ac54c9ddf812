/**
 * The fallback adapter: finds a chat-like region from ARIA roles and text structure
 * on any page (and on a known site whose markup changed). Direction is guessed from
 * common class and label conventions; when nothing tells, a message counts as the
 * other person's: missing a threat is worse than reading one's own words twice.
 */
import { contentKey, textOf, type SiteAdapter } from './types';

/** Regions that chat UIs mark up as message lists, most specific first. */
const REGION_SELECTORS = [
  '[role="log"]',
  '[role="feed"]',
  '[aria-label*="message" i][role="list"]',
  '[aria-label*="message" i][role="grid"]',
  '[aria-label*="conversation" i]',
  '[role="list"]',
  '[role="grid"]',
];

const ITEM = ':scope > [role="listitem"], :scope > [role="row"], :scope > [role="article"], :scope > article, :scope > li, :scope > div';

const OUTGOING = /(^|[\s_-])(out|outgoing|own|mine|self|me|sent|from-me|is-out|message-out|right)([\s_-]|$)/i;
const INCOMING = /(^|[\s_-])(in|incoming|other|them|received|stranger|is-in|message-in|left)([\s_-]|$)/i;

/** Does this element look like a list of chat messages (several short text children)? */
function looksLikeChat(el: Element): boolean {
  const items = el.querySelectorAll(ITEM);
  if (items.length < 2) return false;
  let texty = 0;
  for (const item of items) {
    const len = (item.textContent ?? '').length;
    if (len > 0 && len < 4000) texty++;
    if (texty >= 2) return true;
  }
  return false;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any chat',
  hosts: [],
  isChatPage: () => true,
  findContainer(doc) {
    for (const selector of REGION_SELECTORS) {
      for (const el of doc.querySelectorAll(selector)) if (looksLikeChat(el)) return el;
    }
    return null;
  },
  message: '[role="listitem"], [role="row"], [role="article"], article, li, [data-message-id], [class*="message" i]',
  readMessage(el, container) {
    // Only the outermost message element counts (nested matches are parts of it).
    const outer = el.parentElement?.closest(genericAdapter.message);
    if (outer && container.contains(outer) && outer !== container) return null;
    const text = textOf(el);
    if (!text) return null;
    const marker = `${el.className} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-author') ?? ''}`;
    const from = OUTGOING.test(marker) && !INCOMING.test(marker) ? 'me' : /you sent|^you:/i.test(el.getAttribute('aria-label') ?? '') ? 'me' : 'them';
    const id = el.getAttribute('data-message-id') ?? el.getAttribute('data-id') ?? el.id;
    return { key: id ? `id:${id}` : contentKey(from, text), text, from };
  },
  conversationId(url) {
    return `${url.hostname}${url.pathname}`;
  },
};
