/**
 * The content script: wiring only. page -> adapter -> message stream -> engine ->
 * warning decision -> UI, one way. Everything stays in this tab; nothing is stored
 * or sent.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '../../adapters';
import { CHAT_SITE_MATCHES } from '../../adapters/hosts';
import { countryFromLocale } from '../../components/help';
import { createWarningHost } from '../../components/warning-host';
import '../../components/warning-card.css';
import { ChatWatcher } from '../../pipeline/chat-watcher';
import { ConversationHub } from '../../pipeline/conversation-hub';
import { loadSettings } from '../../settings/storage';

export default defineContentScript({
  matches: [...CHAT_SITE_MATCHES],
  // Zoom's meeting (and its chat) lives in an iframe; other frames bail out at once.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (window.top !== window && !adapter.allFrames) return;
    document.documentElement.dataset.headsUp = adapter.id; // proof of life for tests and the popup

    const { settings } = await loadSettings();
    if (!settings.enabled) return;

    const hub = new ConversationHub(settings.sensitivity);
    let current = '';
    const ui = createWarningHost(ctx, {
      country: settings.country || countryFromLocale(navigator.language),
      learnMoreUrl: browser.runtime.getURL('/practice.html'),
      onDismiss: () => hub.dismiss(current),
    });
    const watcher = new ChatWatcher(adapter, document, (batch) => {
      current = batch.conversationId;
      const view = hub.receive(batch);
      void ui.show({ ...view, nudge: settings.nudges && view.nudge });
    });
    watcher.start();

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ui.remove();
      watcher.locationChanged();
    });
    ctx.onInvalidated(() => {
      watcher.stop();
      ui.remove();
    });
  },
});
