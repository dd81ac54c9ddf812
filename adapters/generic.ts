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

const ITEM = ':scope > [role="listitem"], :scope > [role="row"], :scope > [role="article"], :scope > article, :scope > li, :scope > div, :scope > p';

const OUTGOING = /(^|[\s_-])(out|outgoing|own|mine|self|me|sent|from-me|is-out|message-out|right|youmsg)([\s_-]|$)/i;
const INCOMING = /(^|[\s_-])(in|incoming|other|them|received|stranger|is-in|message-in|left|strangermsg)([\s_-]|$)/i;
/** A sender label before the words ("You: hi", "Stranger: hi"), as Omegle-style text chats show. */
const LEADING_LABEL = /^(you|me|stranger|partner)\s*:\s*/i;

/** What marks one message semantically. A class naming a list ("messages") is not one. */
const SEMANTIC = '[role="listitem"], [role="row"], [role="article"], article, li, [data-message-id], [class*="message" i]:not([class*="messages" i]), .strangermsg, .youmsg';
/** Plain children of a chat log count too (a `role="log"` of bare divs or paragraphs). */
const MESSAGE = `${SEMANTIC}, [role="log"] > *, [role="feed"] > *`;

/** A structural match that only wraps several messages (a scroller inside the log). */
function isWrapper(el: Element): boolean {
  return !el.matches(SEMANTIC) && el.querySelectorAll(SEMANTIC).length >= 2;
}

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
  message: MESSAGE,
  readMessage(el, container) {
    if (isWrapper(el)) return null;
    // Only the outermost message element counts (nested matches are parts of it),
    // wrappers of several messages aside.
    for (let up = el.parentElement; up && up !== container && container.contains(up); up = up.parentElement) {
      if (up.matches(MESSAGE) && !isWrapper(up)) return null;
    }
    const full = textOf(el);
    const label = full.match(LEADING_LABEL)?.[1];
    const text = full.replace(LEADING_LABEL, '').trim();
    if (!text) return null;
    const marker = `${el.className} ${el.firstElementChild?.className ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-author') ?? ''}`;
    const from =
      OUTGOING.test(marker) && !INCOMING.test(marker) ? 'me'
      : /^(you sent|you said|you:)/i.test(el.getAttribute('aria-label') ?? '') || /^(you|me)$/i.test(label ?? '') ? 'me'
      : 'them';
    const id = el.getAttribute('data-message-id') ?? el.getAttribute('data-id') ?? el.id;
    return { key: id ? `id:${id}` : contentKey(from, text), text, from };
  },
  conversationId(url) {
    return `${url.hostname}${url.pathname}`;
  },
};
