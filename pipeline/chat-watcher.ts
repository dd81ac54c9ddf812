/**
 * Watches one page for chat messages through a site adapter and hands them on in
 * batches. Cheap by design (see docs/engineering-notes in ../shared):
 * - one MutationObserver on the adapter's narrowest container, never on the whole page;
 * - the observer callback only queues; work happens later in one idle callback;
 * - only added or changed message elements are read, each read once per content
 *   (`textContent`, never layout); a burst of mutations becomes one rescan;
 * - nothing runs while the tab is hidden; `stop()` removes every listener and timer.
 * While no container is found it looks again with a slow, backing-off timer.
 */
import type { ReadMessage, SiteAdapter } from '../adapters/types';

export interface MessageBatch {
  adapter: string;
  conversationId: string;
  messages: ReadMessage[];
}

export interface WatcherStatus {
  /** "searching" until a chat container is found; "watching" after. */
  state: 'searching' | 'watching';
  messagesRead: number;
}

const BURST = 500; // more queued nodes than this: rescan the container instead
const FIND_DELAYS_MS = [0, 250, 500, 1000, 2000, 4000];
/** After this many failed looks for the site's own chat, try the fallback adapter's way. */
const FALLBACK_AFTER = 6;
/** While watching, check this often that the site has not replaced the chat (no URL change needed). */
const HEALTH_CHECK_MS = 2000;

export class ChatWatcher {
  private container: Element | null = null;
  private observer: MutationObserver | null = null;
  private queued = new Set<Element>();
  private rescan = false;
  private flushHandle: number | null = null;
  private findTimer: ReturnType<typeof setTimeout> | null = null;
  private findAttempt = 0;
  private readText = new WeakMap<Element, string>();
  private conversationId = '';
  private lastEmitted = '';
  private stopped = false;
  private healthTimer: ReturnType<typeof setInterval> | null = null;
  /** The adapter reading now: the site's own, or the fallback when the site's chat moved. */
  private adapter: SiteAdapter;
  readonly status: WatcherStatus = { state: 'searching', messagesRead: 0 };

  constructor(
    private readonly primary: SiteAdapter,
    private readonly doc: Document,
    private readonly onBatch: (batch: MessageBatch) => void,
    private readonly options: { fallback?: SiteAdapter; now?: () => URL } = {},
  ) {
    this.adapter = primary;
  }

  private now(): URL {
    return this.options.now?.() ?? new URL(this.doc.location.href);
  }

  start(): void {
    this.doc.addEventListener('visibilitychange', this.onVisibility);
    this.find();
  }

  stop(): void {
    this.stopped = true;
    if (this.healthTimer !== null) clearInterval(this.healthTimer);
    this.observer?.disconnect();
    this.observer = null;
    if (this.findTimer !== null) clearTimeout(this.findTimer);
    this.cancelFlush();
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** The page moved to another URL (single-page apps): find the chat again. */
  locationChanged(): void {
    this.lastEmitted = ''; // tell the pipeline which conversation is on screen, even if unchanged
    this.detach();
    this.findAttempt = 0;
    this.find();
  }

  private onVisibility = () => {
    if (!this.doc.hidden && (this.queued.size || this.rescan)) this.scheduleFlush();
    if (!this.doc.hidden && !this.container) this.find();
  };

  private detach(): void {
    if (this.healthTimer !== null) clearInterval(this.healthTimer);
    this.healthTimer = null;
    this.observer?.disconnect();
    this.observer = null;
    this.container = null;
    this.queued.clear();
    this.status.state = 'searching';
  }

  private find = () => {
    this.findTimer = null;
    if (this.stopped || this.container) return;
    if (!this.doc.hidden && this.primary.isChatPage(this.now())) {
      const container = this.primary.findContainer(this.doc);
      if (container) {
        this.adapter = this.primary;
        return this.attach(container);
      }
      // The site's markup changed and its chat is nowhere: read it the generic way.
      const fallback = this.options.fallback;
      const found = fallback && this.findAttempt >= FALLBACK_AFTER ? fallback.findContainer(this.doc) : null;
      if (fallback && found) {
        this.adapter = fallback;
        return this.attach(found);
      }
    }
    const delay = FIND_DELAYS_MS[Math.min(this.findAttempt++, FIND_DELAYS_MS.length - 1)]!;
    this.findTimer = setTimeout(this.find, Math.max(delay, 100));
  };

  private attach(container: Element): void {
    this.container = container;
    this.status.state = 'watching';
    this.observer = new MutationObserver(this.onMutations);
    // No attributes: class flips (hover, read receipts) would flood the callback.
    this.observer.observe(container, { childList: true, subtree: true, characterData: true });
    this.rescan = true; // read the history already on screen
    this.scheduleFlush();
    this.healthTimer = setInterval(this.checkHealth, HEALTH_CHECK_MS);
  }

  /** Sites replace the whole chat on a conversation switch, sometimes with no URL change. */
  private checkHealth = () => {
    if (this.doc.hidden || !this.container) return;
    if (this.container.isConnected && this.adapter.findContainer(this.doc) === this.container) return;
    this.detach();
    this.findAttempt = 0;
    this.find();
  };

  private onMutations = (records: MutationRecord[]) => {
    if (this.rescan) return;
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.queued.add(parent);
      } else {
        if (record.target instanceof Element) this.queued.add(record.target);
        for (const node of record.addedNodes) if (node instanceof Element) this.queued.add(node);
      }
      if (this.queued.size > BURST) {
        this.rescan = true;
        this.queued.clear();
        break;
      }
    }
    this.scheduleFlush();
  };

  private scheduleFlush(): void {
    if (this.flushHandle !== null || this.doc.hidden || this.stopped) return;
    const win = this.doc.defaultView;
    if (win && 'requestIdleCallback' in win) {
      this.flushHandle = win.requestIdleCallback(() => this.flush(), { timeout: 300 });
    } else {
      this.flushHandle = setTimeout(() => this.flush(), 50) as unknown as number;
    }
  }

  private cancelFlush(): void {
    if (this.flushHandle === null) return;
    const win = this.doc.defaultView;
    if (win && 'cancelIdleCallback' in win) win.cancelIdleCallback(this.flushHandle);
    clearTimeout(this.flushHandle);
    this.flushHandle = null;
  }

  /** Read what changed, in display order, and hand it on as one batch. */
  flush(): void {
    this.flushHandle = null;
    if (this.stopped || this.doc.hidden) return;
    const container = this.container;
    if (!container || !container.isConnected) {
      // The site replaced the chat (conversation switch, re-render): look again.
      this.detach();
      this.find();
      return;
    }
    const selector = this.adapter.message;
    const elements = new Set<Element>();
    if (this.rescan) {
      for (const el of container.querySelectorAll(selector)) elements.add(el);
    } else {
      for (const node of this.queued) {
        if (!node.isConnected) continue;
        const own = node.closest(selector);
        if (own && container.contains(own)) elements.add(own);
        else for (const el of node.querySelectorAll(selector)) elements.add(el);
      }
    }
    this.rescan = false;
    this.queued.clear();

    const url = this.now();
    this.conversationId = this.adapter.conversationId(url, this.doc, container) ?? `${this.adapter.id}:${url.pathname}${url.hash}`;
    const messages: ReadMessage[] = [];
    // Display order: a set of queued nodes is not ordered, the document is.
    const ordered = [...elements].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const el of ordered) {
      const text = el.textContent ?? '';
      if (this.readText.get(el) === text) continue; // seen, unchanged
      this.readText.set(el, text);
      const message = this.adapter.readMessage(el, container);
      if (message && message.text) messages.push(message);
    }
    // An empty batch still tells the pipeline which conversation is on screen after a switch.
    if (messages.length || this.conversationId !== this.lastEmitted) {
      this.lastEmitted = this.conversationId;
      this.status.messagesRead += messages.length;
      this.onBatch({ adapter: this.adapter.id, conversationId: this.conversationId, messages });
    }
  }
}
