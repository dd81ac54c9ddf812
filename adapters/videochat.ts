/**
 * Random video-chat sites with a text panel beside the video: ome.tv, chatroulette.com,
 * emeraldchat.com, chathub.cam, uhmegle.com. One factory, one adapter per site (each with
 * its own hooks below). Sources: ../shared/docs/site-dom-facts.md §14; all LOW confidence
 * (old userscripts, one 2025 extension driver; chatroulette: nothing public), so every
 * adapter also falls back to class/label conventions ("stranger"/"you", "Stranger:" labels).
 *
 * Conversations: the URL never changes between strangers, so each stranger SESSION is one
 * conversation: `<id>:s<n>.<k>`. n counts log resets: the log's lines (messages and status
 * lines, by content) are remembered, and when the log on screen no longer contains the
 * remembered lines as one run (it was cleared for "Next", or rebuilt with someone else's
 * words), a new session starts. Growing at either end (new lines, older history) or being
 * re-rendered with the same lines keeps it. k counts "You're now chatting with…" status
 * lines in the log, for sites that append a new stranger below the old one without clearing.
 *
 * Per site (container | message | direction | skipped):
 * - ome.tv (Chatruletka platform; videochat-extension driver 2025, Omegle Grabber ~2022):
 *   .chat__body / .chat-container in .chat | .message | .in = stranger, .out = you (.out is
 *   a guess) | .message.system (country bubble .tr-country[data-tr]), .message-report-link
 * - uhmegle.com (Omegle markup; uhmegleSense content.js): .logbox / #chatbox / .chatbox /
 *   #chat_container | p.strangermsg / p.youmsg (in .logitem) | the class | .statuslog,
 *   .servermsg; the "Stranger:" / "You:" label (strong.msgsource) is not part of the text
 * - emeraldchat.com (Omegle Grabber, old; React app): #messages | its direct children |
 *   class/label conventions | status lines by their wording
 * - chathub.cam (Omegle Grabber, old): #message-section | its direct children (Omegle-style
 *   .strangermsg/.youmsg when present) | class/label conventions
 * - chatroulette.com (nothing public): an ARIA log, else a list whose class names "messages" |
 *   its list items / children | class/label conventions
 */
import { contentKey, textOf, type ReadMessage, type SiteAdapter, textWithout } from './types';
import type { Sender } from '../patterns/categories';

interface VideoChatSite {
  id: string;
  name: string;
  hosts: string[];
  /** Candidate message lists, most specific first. */
  containers: string[];
  /** One message (or status line) element. */
  message: string;
  /** Marks of the user's own messages (the element matches, or holds, one). */
  mine: string;
  /** Marks of the stranger's messages. */
  theirs: string;
  /** Status / system lines: never messages, but they mark sessions. */
  system: string;
  /** The text inside a message, when the site wraps it. */
  text?: string;
  /** Parts of a message that are not its words (sender labels, report links, times). */
  strip: string;
}

/** Pages of these sites that never show a chat (the chat itself is a single-page app). */
const STATIC_PAGE = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:privacy|terms|tos|rules|about|faq|blog|help|support|contact|legal|safety|guidelines|cookies?|policy|dmca|imprint|press|careers|login|signup|register|settings)(?:[-_/.]|$)/i;

/** What a status line says when a new stranger is connected (English UIs). */
const CONNECTED = /(?:now chatting with|you(?:'|’| a)re now (?:chatting|connected|talking)|you are now (?:chatting|connected|talking)|stranger has connected|partner (?:found|connected)|connected (?:to|with) (?:a |the |your )?(?:new )?(?:random )?(?:stranger|partner|user|person))/i;
/** Status wording, for sites whose status lines carry no class of their own. */
const STATUS_TEXT = /^(?:you(?:'|’| a)re now chatting\b|you are now chatting\b|stranger has (?:dis)?connected\b|you have disconnected\b|your partner (?:has )?(?:left|disconnected)\b|partner (?:found|left|disconnected)\b|looking for (?:someone|a stranger|a partner)|searching for\b|connecting to (?:the )?server|waiting for (?:a )?(?:stranger|partner)|stranger is (?:typing|from)\b|your partner is from\b|say hi!?$|it'?s a match)/i;
const LEADING_LABEL = /^(stranger|you|partner|me)\s*:\s*/i;
/** Class tokens: the same conventions as the generic adapter, plus Omegle's. */
const OWN_CLASS = /(?:^|[\s_-])(?:out|outgoing|own|mine|self|me|you|youmsg|sent|right)(?:[\s_-]|$)/i;
const THEIR_CLASS = /(?:^|[\s_-])(?:in|incoming|stranger|strangermsg|partner|them|other|received|left)(?:[\s_-]|$)/i;

function classes(el: Element): string {
  let s = '';
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.firstElementChild, depth++) s += ` ${node.getAttribute('class') ?? ''}`;
  return s;
}

export function createVideoChatAdapter(site: VideoChatSite): SiteAdapter & { resetSessions(): void } {
  let session = 0;
  let remembered: string[] = [];

  /** Is this message element a status line? */
  const isSystem = (el: Element, text: string) =>
    el.matches(site.system) || el.querySelector(site.system) !== null || STATUS_TEXT.test(text);

  const direction = (el: Element, label: string): Sender => {
    if (el.matches(site.mine) || el.querySelector(site.mine)) return 'me';
    if (el.matches(site.theirs) || el.querySelector(site.theirs)) return 'them';
    const cls = classes(el);
    if (OWN_CLASS.test(cls) && !THEIR_CLASS.test(cls)) return 'me';
    if (/^(you|me)$/i.test(label)) return 'me';
    return 'them'; // unknown: the stranger's (missing a threat is worse than a false alarm)
  };

  /** Outermost message elements only (nested matches are parts of one message). */
  const lines = (container: Element) => [...container.querySelectorAll(site.message)].filter((el) => {
    const outer = el.parentElement?.closest(site.message);
    return !outer || !container.contains(outer);
  });

  const lineKey = (el: Element) => contentKey('them', `${el.className}|${textOf(el)}`);

  const read = (el: Element, container: Element): ReadMessage | null => {
    const outer = el.parentElement?.closest(site.message);
    if (outer && container.contains(outer)) return null;
    const whole = textOf(el);
    const body = site.text ? el.querySelector(site.text) : null;
    let text = textWithout(body ?? el, site.strip);
    const label = text.match(LEADING_LABEL)?.[1] ?? textOf(el.querySelector('.msgsource')).replace(/:$/, '');
    text = text.replace(LEADING_LABEL, '').trim();
    if (!text || isSystem(el, text) || isSystem(el, whole)) return null;
    const from = direction(el, label);
    return { key: `${site.id}:${contentKey(from, text)}`, text, from };
  };

  return {
    id: site.id,
    name: site.name,
    hosts: site.hosts,
    isChatPage: (url) => !STATIC_PAGE.test(url.pathname),
    findContainer(doc) {
      for (const selector of site.containers) {
        const el = doc.querySelector(selector);
        if (el) return el;
      }
      return null;
    },
    message: site.message,
    readMessage: read,
    conversationId(_url, _doc, container) {
      const all = lines(container);
      const now = all.map(lineKey);
      if (!containsRun(now, remembered)) session++;
      remembered = now.slice(-200);
      const connects = all.filter((el) => CONNECTED.test(textOf(el)) && isSystem(el, textOf(el))).length;
      return `${site.id}:s${session}.${Math.max(0, connects - 1)}`;
    },
    resetSessions() {
      session = 0;
      remembered = [];
    },
  };
}

/** Does `haystack` hold `run` as one contiguous run? (An empty run is held by anything.) */
function containsRun(haystack: string[], run: string[]): boolean {
  if (run.length === 0) return true;
  if (run.length > haystack.length) return false;
  outer: for (let i = 0; i + run.length <= haystack.length; i++) {
    for (let j = 0; j < run.length; j++) if (haystack[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

const STRIP_COMMON = '.msgsource, time, button, [class*="report" i], [class*="time" i], [class*="avatar" i], [aria-hidden="true"]';

export const omeTvAdapter = createVideoChatAdapter({
  id: 'ometv',
  name: 'OmeTV',
  hosts: ['ome.tv'],
  containers: ['.chat .chat__body', '.chat__body', '.chat-container', '.chat'],
  message: '.message',
  mine: '.out, .outgoing, .own',
  theirs: '.in, .incoming',
  system: '.system, .tr-country',
  text: '.message-bubble',
  strip: `${STRIP_COMMON}, .message-report-link`,
});

export const uhmegleAdapter = createVideoChatAdapter({
  id: 'uhmegle',
  name: 'Uhmegle',
  hosts: ['uhmegle.com'],
  containers: ['.logbox', '#chatbox', '.chatbox', '#chat_container'],
  message: '.strangermsg, .youmsg, .statuslog, .servermsg',
  mine: '.youmsg',
  theirs: '.strangermsg',
  system: '.statuslog, .servermsg',
  strip: STRIP_COMMON,
});

export const emeraldChatAdapter = createVideoChatAdapter({
  id: 'emeraldchat',
  name: 'Emerald Chat',
  hosts: ['emeraldchat.com', 'www.emeraldchat.com'],
  containers: ['#messages'],
  message: '#messages > *',
  mine: '.youmsg, [class*="message-self" i], [class*="message-own" i], [class*="message-right" i]',
  theirs: '.strangermsg, [class*="message-stranger" i], [class*="message-left" i]',
  system: '.statuslog, [class*="system" i], [class*="status" i], [class*="notice" i]',
  strip: `${STRIP_COMMON}, [class*="username" i]`,
});

export const chathubAdapter = createVideoChatAdapter({
  id: 'chathub',
  name: 'ChatHub',
  hosts: ['chathub.cam'],
  containers: ['#message-section'],
  message: '#message-section > *',
  mine: '.youmsg, [class*="you-message" i], [class*="message-you" i], [class*="self" i]',
  theirs: '.strangermsg, [class*="stranger" i]',
  system: '.statuslog, .servermsg, [class*="system" i], [class*="status" i]',
  strip: STRIP_COMMON,
});

export const chatrouletteAdapter = createVideoChatAdapter({
  id: 'chatroulette',
  name: 'Chatroulette',
  hosts: ['chatroulette.com'],
  containers: ['[role="log"]', '[class*="chat" i] [class*="messages" i]', '[class*="messages" i]'],
  message: '[role="log"] > *, [class*="messages" i] > *',
  mine: '.youmsg, [class*="--own" i], [class*="--me" i], [class*="--self" i], [class*="--you" i]',
  theirs: '.strangermsg, [class*="--stranger" i], [class*="--partner" i], [class*="--peer" i]',
  system: '.statuslog, [class*="system" i], [class*="status" i], [class*="notice" i]',
  strip: STRIP_COMMON,
});

export const VIDEO_CHAT_ADAPTERS = [omeTvAdapter, uhmegleAdapter, emeraldChatAdapter, chathubAdapter, chatrouletteAdapter];
