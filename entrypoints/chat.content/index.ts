/**
 * The content script: wiring only. page -> adapter -> message stream -> engine ->
 * warning decision -> UI, one way. Everything stays in this tab; nothing is stored
 * or sent.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor, genericAdapter } from '../../adapters';
import { CHAT_SITE_MATCHES } from '../../adapters/hosts';
import type { SiteAdapter } from '../../adapters/types';
import { adviceLanguage } from '../../components/advice';
import { countryFromLocale } from '../../components/help';
import { createWarningHost } from '../../components/warning-host';
import '../../components/warning-card.css';
import { ChatWatcher } from '../../pipeline/chat-watcher';
import { ConversationHub } from '../../pipeline/conversation-hub';
import { STATUS_REQUEST, type TabStatus } from '../../pipeline/status';
import { loadSettings } from '../../settings/storage';

/** Sites update the URL before they redraw the chat: look again once they have. */
const AFTER_NAVIGATION_MS = 150;

export default defineContentScript({
  matches: [...CHAT_SITE_MATCHES],
  // Zoom's meeting (and its chat) lives in an iframe; other frames bail out at once.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const isTop = window.top === window;
    const first = adapterFor(new URL(location.href));
    if (!isTop && !first?.allFrames) return;
    document.documentElement.dataset.headsUp = first?.id ?? 'idle'; // proof of life for tests

    const { settings } = await loadSettings();
    let adapter: SiteAdapter | null = null;
    let watcher: ChatWatcher | undefined;
    const status = (): TabStatus =>
      !settings.enabled
        ? { adapter: first?.id ?? 'none', site: first?.name ?? '', state: 'off', messagesRead: 0 }
        : { adapter: adapter?.id ?? 'none', site: adapter?.name ?? '', state: watcher?.status.state ?? 'searching', messagesRead: watcher?.status.messagesRead ?? 0 };
    // The popup asks what this tab is doing (never what it says).
    const onMessage = (message: unknown, _sender: unknown, reply: (status: TabStatus) => void) => {
      if ((message as { type?: string })?.type === STATUS_REQUEST) reply(status());
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    if (!settings.enabled) return;

    const hub = new ConversationHub(settings.sensitivity);
    let current = '';
    const ui = createWarningHost(ctx, {
      country: settings.country || countryFromLocale(navigator.language),
      language: adviceLanguage(navigator.language),
      learnMoreUrl: browser.runtime.getURL('/practice.html'),
      onDismiss: () => hub.dismiss(current),
    });

    /** Pick the adapter for this URL; keep the watcher if it is the same one. */
    const follow = (url: URL) => {
      const next = isTop ? adapterFor(url) : first;
      if (next === adapter && watcher) return watcher.locationChanged();
      watcher?.stop();
      watcher = undefined;
      adapter = next;
      if (!adapter) return;
      document.documentElement.dataset.headsUp = adapter.id;
      watcher = new ChatWatcher(
        adapter,
        document,
        (batch) => {
          current = batch.conversationId;
          const view = hub.receive(batch);
          void ui.show({ ...view, nudge: settings.nudges && view.nudge });
        },
        { fallback: adapter === genericAdapter ? undefined : genericAdapter },
      );
      watcher.start();
    };
    follow(new URL(location.href));

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ui.remove();
      ctx.setTimeout(() => follow(new URL(location.href)), AFTER_NAVIGATION_MS);
    });
    ctx.onInvalidated(() => {
      watcher?.stop();
      ui.remove();
    });
  },
});
