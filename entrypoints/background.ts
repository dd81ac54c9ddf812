/**
 * The service worker: opens the practice chat once after install, so the person sees
 * what Heads Up does before it ever matters. It reads no tabs and sends nothing.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

async function welcome(): Promise<void> {
  // Managed installs (schools) skip the welcome tab: no surprise tabs on a classroom Chromebook.
  const self = await browser.management.getSelf().catch(() => undefined);
  if (self?.installType === 'admin') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/practice.html?welcome=1') });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void welcome();
  });
});
