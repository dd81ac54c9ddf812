/**
 * Discord (discord.com/channels/...). Hooks, each with what it relies on
 * (see docs/sites.md; sources in ../shared/docs/site-dom-facts.md §2):
 * - list:    ol[data-list-id="chat-messages"]                 (data attribute, stable since 2021)
 * - message: li[id^="chat-messages-"]                          (id = chat-messages-<channel>-<message>)
 * - text:    [id^="message-content-"]                           (id, not the hashed `markup_` class)
 * - author:  [id^="message-username-"] on the first message of a group only: carried forward
 * - self:    the avatar in section[aria-label="User area"] (cdn.discordapp.com/avatars/<userId>/),
 *            else its name; Discord marks no direction in the DOM.
 * - conversation: URL /channels/<guild|@me>/<channel>
 * The list is virtualised (~50 rows mounted): rows are keyed by message id.
 */
import { textOf, type SiteAdapter } from './types';

const AVATAR_ID = /\/avatars\/(\d+)\//;

function selfIdentity(doc: Document): { id?: string; name?: string } {
  const area = doc.querySelector('section[aria-label="User area"], section[class*="panels_"]');
  const id = area?.querySelector('img[src*="/avatars/"]')?.getAttribute('src')?.match(AVATAR_ID)?.[1];
  const name = textOf(area?.querySelector('[class*="panelTitleContainer"], [class*="nameTag"], [class*="title_"]')) || undefined;
  return { id, name };
}

/** The header (avatar + username) of the group this row belongs to: this row or an earlier one. */
function groupHeader(row: Element): Element | null {
  let el: Element | null = row;
  for (let hops = 0; el && hops < 40; hops++, el = el.previousElementSibling) {
    if (el.querySelector('[id^="message-username-"]')) return el;
  }
  return null;
}

export const discordAdapter: SiteAdapter = {
  id: 'discord',
  name: 'Discord',
  hosts: ['discord.com'],
  isChatPage: (url) => url.pathname.startsWith('/channels/'),
  findContainer: (doc) => doc.querySelector('ol[data-list-id="chat-messages"]') ?? doc.querySelector('main [role="log"] ol'),
  message: 'li[id^="chat-messages-"]',
  readMessage(el) {
    const id = el.id.split('-').pop() ?? el.id;
    const text = textOf(el.querySelector('[id^="message-content-"]'));
    if (!text) return null;
    const header = groupHeader(el);
    const self = selfIdentity(el.ownerDocument);
    const avatarId = header?.querySelector('img[src*="/avatars/"]')?.getAttribute('src')?.match(AVATAR_ID)?.[1];
    const author = textOf(header?.querySelector('[id^="message-username-"] [class*="username"], [id^="message-username-"]'));
    const mine = (self.id !== undefined && avatarId === self.id) || (!!self.name && author === self.name);
    const time = header === el ? el.querySelector('time[datetime]')?.getAttribute('datetime') : undefined;
    return { key: `discord:${id}`, text, from: mine ? 'me' : 'them', ts: time ? Date.parse(time) : undefined };
  },
  conversationId(url) {
    const m = url.pathname.match(/^\/channels\/(@me|\d+)\/(\d+)/);
    return m ? `discord:${m[1]}/${m[2]}` : null;
  },
};
