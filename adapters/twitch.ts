/**
 * Twitch chat (www.twitch.tv/<channel>, /popout/<channel>/chat, /embed/<channel>/chat,
 * /moderator/<channel>) and whispers (1:1 DMs, a thread docked over any of those pages).
 * Hooks, each with what it relies on (see docs/sites.md; sources in
 * ../shared/docs/site-dom-facts.md §12):
 * - list:    [data-test-selector="chat-scrollable-area__message-container"] (test hook, also
 *            the BEM class .chat-scrollable-area__message-container)          (medium-high)
 *            An open whisper thread wins: `.whispers-thread` (BTTV conversations watcher),
 *            its `.simplebar-content` (medium)
 * - message: .chat-line__message (BTTV, FFZ; BEM class, not hashed)           (high)
 *            whispers: .thread-message__message                               (medium)
 *            Status lines ("Welcome to the chat room!", sub notices: .chat-line__status,
 *            .user-notice-line) are not .chat-line__message, so never read.
 * - text:    [data-a-target="chat-line-message-body"] (else the text fragments
 *            [data-a-target="chat-message-text"]); emotes count as their alt text (medium)
 * - author:  .chat-author__display-name[data-a-user] (login) / its text (display name);
 *            whispers: .thread-message__message--user-name (display name)        (medium)
 * - self:    Twitch marks no direction: the author is compared with the signed-in user,
 *            read from localStorage "twilight-user" ({login, displayName}: Twitch's own
 *            session record), else the `login` cookie, else the avatar alt of the top-nav
 *            user menu [data-a-target="user-menu-toggle"] img                    (medium)
 * - conversation: channel from the path (/<login>, /popout/<login>/chat, ...) (high);
 *            whispers: the peer login of [data-a-target^="whisper-thread-"] (medium)
 * - key:     Twitch puts no message id in the DOM (BTTV reads React props): author + text
 *            (+ the timestamp when the viewer shows timestamps). Same author, same words
 *            twice counts once.
 * With 7TV installed Twitch's own chat lines never render (main.seventv-chat-list): then
 * this adapter finds no container and reads nothing (known gap).
 */
import { contentKey, textOf, type SiteAdapter } from './types';

/** First path segments that are Twitch pages, not channels. */
const NOT_CHANNEL = new Set([
  'directory', 'settings', 'downloads', 'search', 'subscriptions', 'inventory', 'wallet', 'drops',
  'p', 'jobs', 'store', 'turbo', 'prime', 'login', 'signup', 'logout', 'friends', 'following',
  'videos', 'clips', 'privacy', 'legal', 'messages', 'team', 'broadcast', 'bits', 'u', 'dashboard',
]);

/** The channel whose chat a URL shows, or null on non-chat pages. */
export function twitchChannel(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p).toLowerCase());
  if ((parts[0] === 'popout' || parts[0] === 'embed') && parts[1] && parts[2] === 'chat') return parts[1];
  if (parts[0] === 'moderator' && parts[1]) return parts[1];
  const login = parts[0];
  if (!login || NOT_CHANNEL.has(login) || !/^[a-z0-9_]{2,25}$/.test(login)) return null;
  // /<login>, /<login>/about, /<login>/schedule... all show the channel's chat on the side;
  // /<login>/videos and /<login>/clips show replays (no live chat).
  if (parts[1] === 'videos' || parts[1] === 'clips' || parts[1] === 'video') return null;
  return login;
}

function readCookie(doc: Document, name: string): string | undefined {
  try {
    const m = doc.cookie.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
    return m ? decodeURIComponent(m[1]!) : undefined;
  } catch {
    return undefined;
  }
}

let selfCache: { at: number; doc: Document; names: string[] } | null = null;

/** The signed-in viewer's login and display name (lowercased), whatever is known. Cached 1 s. */
function selfIdentity(doc: Document): string[] {
  const age = selfCache && selfCache.doc === doc ? Date.now() - selfCache.at : -1;
  if (selfCache && age >= 0 && age < 1000) return selfCache.names;
  const names = readSelf(doc);
  selfCache = { at: Date.now(), doc, names };
  return names;
}

function readSelf(doc: Document): string[] {
  const names: string[] = [];
  try {
    const raw = doc.defaultView?.localStorage.getItem('twilight-user');
    if (raw) {
      const user = JSON.parse(raw) as { login?: string; displayName?: string };
      if (user.login) names.push(user.login);
      if (user.displayName) names.push(user.displayName);
    }
  } catch {
    /* storage blocked or not JSON */
  }
  const cookie = readCookie(doc, 'login');
  if (cookie) names.push(cookie);
  const alt = doc.querySelector('[data-a-target="user-menu-toggle"] img[alt]')?.getAttribute('alt');
  if (alt) names.push(alt);
  return names.map((n) => n.trim().toLowerCase()).filter(Boolean);
}

/** Text of a message body: text nodes plus emote alt text. */
function bodyText(body: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child instanceof Element) {
        if (child.tagName === 'IMG') out += ` ${child.getAttribute('alt') ?? ''} `;
        else walk(child);
      }
    }
  };
  walk(body);
  return out.replace(/\s+/g, ' ').trim();
}

const WHISPER = '.whispers-thread';

function whisperList(doc: Document): Element | null {
  const thread = doc.querySelector(WHISPER);
  if (!thread) return null;
  return thread.querySelector('.simplebar-content, .simplebar-scroll-content, [data-test-selector="whispers-thread-messages"]') ?? thread;
}

export const twitchAdapter: SiteAdapter = {
  id: 'twitch',
  name: 'Twitch',
  hosts: ['www.twitch.tv'],
  isChatPage: (url) => twitchChannel(url) !== null,
  findContainer(doc) {
    return (
      whisperList(doc) ??
      doc.querySelector('[data-test-selector="chat-scrollable-area__message-container"]') ??
      doc.querySelector('.chat-scrollable-area__message-container')
    );
  },
  message: '.chat-line__message, .thread-message__message',
  readMessage(el) {
    const whisper = el.matches('.thread-message__message');
    const body = el.querySelector('[data-a-target="chat-line-message-body"]');
    const fragments = body ? [body] : [...el.querySelectorAll('[data-a-target="chat-message-text"], .text-fragment, .mention-fragment')];
    const text = fragments.map(bodyText).join(' ').replace(/\s+/g, ' ').trim();
    if (!text) return null;
    const nameEl = whisper
      ? el.querySelector('.thread-message__message--user-name')
      : el.querySelector('.chat-author__display-name, [data-a-target="chat-message-username"]');
    const login = (nameEl?.getAttribute('data-a-user') ?? el.getAttribute('data-a-user') ?? '').toLowerCase();
    const display = textOf(nameEl).toLowerCase();
    const self = selfIdentity(el.ownerDocument);
    const mine = self.length > 0 && ((!!login && self.includes(login)) || (!!display && self.includes(display)));
    const from = mine ? 'me' : 'them';
    const time = textOf(el.querySelector('.chat-line__timestamp, [data-a-target="chat-timestamp"]'));
    return { key: `twitch:${contentKey(from, text, `${login || display}|${time}`)}`, text, from };
  },
  conversationId(url, doc, container) {
    const thread = container.closest(WHISPER);
    if (thread) {
      const labelled = container.closest('[data-a-target^="whisper-thread-"]') ?? thread.querySelector('[data-a-target^="whisper-thread-"]');
      const target = labelled?.getAttribute('data-a-target') ?? '';
      const peer = target.match(/^whisper-thread-(.+)$/)?.[1] ?? textOf(thread.querySelector('.whispers-thread__header [data-a-target="whisper-thread-title"], .whispers-thread__header h4, .whispers-thread__header'));
      return peer ? `twitch:whisper:${peer.toLowerCase()}` : 'twitch:whisper';
    }
    const channel = twitchChannel(url);
    return channel ? `twitch:${channel}` : null;
  },
};
