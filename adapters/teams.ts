/**
 * Microsoft Teams web (teams.microsoft.com/v2, teams.cloud.microsoft, teams.live.com).
 * Hooks, each with what it relies on (see docs/sites.md; sources in
 * ../shared/docs/site-dom-facts.md §10):
 * - list:    [data-tid="message-pane-list-viewport"]           (data-tid test id, high)
 * - message: [data-tid="chat-pane-message"] (has data-mid = epoch-ms message id), one per
 *            [data-tid="chat-pane-item"]; system lines and date dividers are items without
 *            a chat-pane-message (or inside .fui-ChatControlMessage) and are skipped
 * - text:    [data-message-content] / div[id^="content-"] inside the message (data attribute
 *            and id), minus quoted-reply cards and reactions
 * - direction, in order:
 *   1. Fluent UI chat component classes: .fui-ChatMyMessage (own) / .fui-ChatMessage (other)
 *      (component class names, not hashed; several 2025-26 scripts rely on them, medium-high)
 *   2. [data-tid="message-author-name"]: "Name (You)" or equal to the signed-in name
 *      [data-tid="me-control-displayname"] = own; another name = other (medium-high)
 *   3. no author name: Teams omits it on own messages AND on follow-ups of the same
 *      sender, so carry the previous message's direction forward; none before = own.
 * - conversation: the selected chat in the left tree, [role="treeitem"][aria-selected="true"]
 *            (else the roving tabindex="0" item) -> data-fui-tree-item-value ("19:…@thread.v2",
 *            medium); else the URL. Teams v2 keeps one URL for every chat.
 * The list is virtualised and lazy-loads on scroll: rows are keyed by data-mid.
 */
import { contentKey, textOf, type SiteAdapter } from './types';
import type { Sender } from '../patterns/categories';

const MESSAGE = '[data-tid="chat-pane-message"]';
const ITEM = '[data-tid="chat-pane-item"]';
const AUTHOR = '[data-tid="message-author-name"]';
const TEXT = '[data-message-content], div[id^="content-"]';
const NOT_TEXT = '[data-tid="quoted-reply-card"], [data-tid*="reaction"], [class*="__reactions"], time, [data-tid="message-author-name"]';

function selfName(doc: Document): string {
  return textOf(doc.querySelector('[data-tid="me-control-displayname"]'));
}

/** The author label of a message, on its item (Teams puts it beside the body). */
function authorOf(message: Element): string {
  const scope = message.closest(ITEM) ?? message.parentElement;
  return textOf(message.querySelector(AUTHOR) ?? scope?.querySelector(AUTHOR));
}

/** Direction from this message's own markup, or null if it says nothing. */
function ownDirection(message: Element): Sender | null {
  if (message.closest('.fui-ChatMyMessage, [data-is-me-message="true"]')) return 'me';
  if (message.closest('.fui-ChatMessage')) return 'them';
  const author = authorOf(message);
  if (!author) return null;
  if (/\(\s*you\s*\)\s*$/i.test(author)) return 'me';
  const me = selfName(message.ownerDocument);
  return me && author === me ? 'me' : 'them';
}

function directionOf(message: Element, container: Element): Sender {
  const direct = ownDirection(message);
  if (direct) return direct;
  // No marker and no name: carry the previous message's direction forward.
  const messages = [...container.querySelectorAll(MESSAGE)];
  for (let i = messages.indexOf(message) - 1, hops = 0; i >= 0 && hops < 40; i--, hops++) {
    const found = ownDirection(messages[i]!);
    if (found) return found;
  }
  return 'me';
}

function textOfMessage(message: Element): string {
  const content = message.querySelector(TEXT) ?? message;
  if (!content.querySelector(NOT_TEXT)) return textOf(content);
  const copy = content.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(NOT_TEXT)) el.remove();
  return textOf(copy);
}

export function teamsConversationId(doc: Document): string | null {
  const selected =
    doc.querySelector('[role="treeitem"][aria-selected="true"][data-fui-tree-item-value]') ??
    doc.querySelector('[role="treeitem"][tabindex="0"][data-fui-tree-item-value]');
  const value = selected?.getAttribute('data-fui-tree-item-value');
  // Values look like "19:…@thread.v2", sometimes prefixed "self|chat|48:notes".
  return value ? value.split('|').pop()! : null;
}

export const teamsAdapter: SiteAdapter = {
  id: 'teams',
  name: 'Microsoft Teams',
  hosts: ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com'],
  // One single-page app for chats, channels and meetings; launcher/deep-link pages excluded.
  isChatPage: (url) => !/^\/(dl|l|downloads)\//.test(url.pathname),
  findContainer: (doc) => doc.querySelector('[data-tid="message-pane-list-viewport"]'),
  message: MESSAGE,
  readMessage(el, container) {
    if (el.closest('.fui-ChatControlMessage, [data-tid="control-message-renderer"]')) return null;
    const text = textOfMessage(el);
    if (!text) return null;
    const from = directionOf(el, container);
    const mid = el.getAttribute('data-mid');
    const time = el.querySelector('time[datetime]')?.getAttribute('datetime') ?? el.closest(ITEM)?.querySelector('time[datetime]')?.getAttribute('datetime');
    const ts = time ? Date.parse(time) : mid && /^\d{12,}$/.test(mid) ? Number(mid) : undefined;
    return { key: mid ? `teams:${mid}` : contentKey(from, text, 'teams'), text, from, ts };
  },
  conversationId(url, doc) {
    const id = teamsConversationId(doc);
    return id ? `teams:${id}` : `teams:${url.pathname}${url.hash}`;
  },
};
