/** Issue #2: the built extension loads in real Chromium, injects on the real hosts only, and the practice page works. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, expectWarning, launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('the built extension in Chromium', () => {
  it('runs its service worker with the id fixed by the manifest key', async () => {
    const worker = harness.context.serviceWorkers()[0] ?? (await harness.context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(EXTENSION_ID);
  });

  it('injects its content script into a page served as discord.com', async () => {
    const page = await harness.open('https://discord.com/channels/@me/1111');
    expect(page.url()).toBe('https://discord.com/channels/@me/1111');
    await page.waitForFunction(() => document.documentElement.dataset.headsUp !== undefined, null, { timeout: 30_000 });
    await page.close();
  });

  it('stays out of sites it has no permission for', async () => {
    const page = await harness.open('https://example.test/');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.documentElement.dataset.headsUp)).toBeUndefined();
    await page.close();
  });

  it('opens the practice chat, where a scripted sextortion raises an urgent warning', async () => {
    const page = await harness.open(`chrome-extension://${EXTENSION_ID}/practice.html`);
    await expectWarning(page, null);
    await page.click('[data-scenario="video-call-sextortion"]');
    await expectWarning(page, 'urgent', 15_000);
    await expect(page.getByRole('alert')).toBeTruthy();
    const title = await page.textContent('heads-up-warning h2');
    expect(title).toMatch(/not in trouble/i);
    await page.close();
  });

  it('lets a person type as them and as me on the practice page', async () => {
    const page = await harness.open(`chrome-extension://${EXTENSION_ID}/practice.html`);
    await page.fill('.draft', 'send me nudes or I will post your pics everywhere');
    await page.press('.draft', 'Enter');
    await expectWarning(page, 'urgent');
    await page.click('.scenario.secondary');
    await page.click('.who label:has-text("Me")');
    await page.fill('.draft', 'I will send your nudes to everyone');
    await page.press('.draft', 'Enter');
    await page.waitForTimeout(300);
    await expectWarning(page, null);
    await page.close();
  });

  it('the friends scenario stays quiet', async () => {
    const page = await harness.open(`chrome-extension://${EXTENSION_ID}/practice.html`);
    await page.click('[data-scenario="friends-surprise"]');
    await page.waitForSelector('.practice[data-playing]');
    await page.waitForSelector('.practice:not([data-playing])', { timeout: 15_000 });
    expect(await page.locator('.bubble').count()).toBe(6);
    await expectWarning(page, null);
    await page.close();
  });
});
