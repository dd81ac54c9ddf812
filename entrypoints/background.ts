/**
 * The service worker: mirrors the school's or parent's managed policy into local
 * storage (content scripts read it fast from there), and opens the practice chat once
 * after install, so the person sees what Heads Up does before it ever matters.
 * It reads no tabs and sends nothing anywhere.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { mirrorPolicy, onManagedPolicyChanged } from '../settings/storage';

async function welcome(): Promise<void> {
  // Managed installs (schools) skip the welcome tab: no surprise tabs on a classroom Chromebook.
  const self = await browser.management.getSelf().catch(() => undefined);
  if (self?.installType === 'admin') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/practice.html?welcome=1') });
}

export default defineBackground(() => {
  void mirrorPolicy();
  onManagedPolicyChanged(() => void mirrorPolicy());
  browser.runtime.onStartup.addListener(() => void mirrorPolicy());
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void mirrorPolicy();
    if (reason === 'install') void welcome();
  });
});
