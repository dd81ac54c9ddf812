/**
 * Issue #4: on every site's fixture (real host name, real DOM shape, real CSP where the
 * site has a strict one), a scripted offender's messages raise the right warning in the
 * right conversation; the user's own words never do; switching chats switches state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectWarning, launch, settledLevel, type Harness } from './harness';
import { SITE_CASES } from './sites';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const drive = (page: Page, call: string, ...args: unknown[]) =>
  page.evaluate(([c, a]) => (window as any).fixture[c as string](...(a as unknown[])), [call, args] as const);

const THREAT = 'I recorded our video call. Pay $300 in gift cards or I send it to all your followers';

describe.each(SITE_CASES)('$host', (site) => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open(site.url);
    // The content script loads the phrase library as the page opens: seconds on a busy machine.
    await page.waitForFunction((id) => document.documentElement.dataset.headsUp === id, site.adapter, { timeout: 30_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('stays quiet on an ordinary chat', async () => {
    await drive(page, 'receive', 'lol did you finish the homework');
    expect(await settledLevel(page)).toBeNull();
  });

  it("never warns about the user's own words", async () => {
    await drive(page, 'send', THREAT);
    expect(await settledLevel(page)).toBeNull();
  });

  it('warns urgently when the other person threatens to share', async () => {
    await drive(page, 'receive', THREAT);
    await expectWarning(page, 'urgent');
  });

  it('switching conversation switches state, and coming back restores it', async () => {
    await drive(page, 'switchTo', site.other);
    await expectWarning(page, null);
    await drive(page, 'receive', 'see you at practice tomorrow');
    expect(await settledLevel(page)).toBeNull();
    await drive(page, 'switchTo', site.first);
    await expectWarning(page, 'urgent');
  });

  it('reads history loaded later (lazy loading) in the other conversation', async () => {
    await drive(page, 'switchTo', site.other);
    await expectWarning(page, null);
    await drive(page, 'loadOlder', [
      ['them', 'hey cutie how old r u'],
      ['them', "send me a pic of you in your underwear, don't tell your parents"],
    ]);
    await expectWarning(page, 'warning');
  });
});

describe('a known site that changed its markup', () => {
  it('falls back to the generic adapter and still warns', async () => {
    const page = await harness.open('https://discord.com/channels/@me/1111?redesign');
    await page.waitForFunction(() => document.documentElement.dataset.headsUp === 'discord');
    await drive(page, 'receive', THREAT);
    // The site's own hooks are gone: the watcher tries them for a few seconds, then reads ARIA.
    await expectWarning(page, 'urgent', 20_000);
    await page.close();
  });
});

describe('a page of a chat site that is not a chat', () => {
  it('runs nothing there (no generic reading of feeds or stores)', async () => {
    const page = await harness.open('https://discord.com/store');
    await page.waitForFunction(() => document.documentElement.dataset.headsUp !== undefined);
    expect(await page.evaluate(() => document.documentElement.dataset.headsUp)).toBe('idle');
    await drive(page, 'receive', THREAT);
    expect(await settledLevel(page)).toBeNull();
    await page.close();
  });
});

describe('outgoing nudge', () => {
  it('adds a quiet line when the user shares a phone number in a chat that already looks risky', async () => {
    const page = await harness.open('https://discord.com/channels/@me/3333');
    await page.waitForFunction(() => document.documentElement.dataset.headsUp === 'discord');
    await drive(page, 'receive', 'send me a pic of you in your underwear');
    await expectWarning(page, 'warning');
    const card = () => page.evaluate(() => document.querySelector('heads-up-warning')?.shadowRoot?.textContent ?? '');
    expect(await card()).not.toMatch(/Quick check/);
    await drive(page, 'send', 'ok my number is 07700 900123');
    await page.waitForFunction(() => /Quick check/.test(document.querySelector('heads-up-warning')?.shadowRoot?.textContent ?? ''), null, { timeout: 5000 });
    await page.close();
  });
});
