/**
 * `npx tsx tests/e2e/screenshots.ts`: screenshots for people to look at (not a test):
 * the warning on a fixture chat, the practice page, at 200% zoom and in dark mode.
 * Written to tests/e2e/.artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID, expectWarning, launch, ROOT } from './harness';

const out = join(ROOT, 'tests/e2e/.artifacts');
mkdirSync(out, { recursive: true });
const harness = await launch();
try {
  const chat = await harness.open('https://discord.com/channels/@me/1111');
  await chat.waitForFunction(() => document.documentElement.dataset.headsUp === 'discord');
  await chat.evaluate(() => (window as any).fixture.receive('I recorded our video call. Pay $300 in gift cards or I send it to all your followers'));
  await expectWarning(chat, 'urgent');
  await chat.waitForTimeout(400); // the card's fade-in
  await chat.screenshot({ path: join(out, 'discord-urgent.png') });
  await chat.emulateMedia({ colorScheme: 'dark' });
  await chat.screenshot({ path: join(out, 'discord-urgent-dark.png') });

  // A caution on WhatsApp at 200% zoom (a smaller card, folded). Browser zoom halves the viewport
  // in CSS pixels, which is what the card's layout sees (CSS `zoom` on the body would not shrink
  // `vh`), so 200% is a 640 x 400 viewport.
  const wa = await harness.open('https://web.whatsapp.com/');
  await wa.setViewportSize({ width: 640, height: 400 });
  await wa.waitForFunction(() => document.documentElement.dataset.headsUp === 'whatsapp');
  await wa.evaluate(() => (window as any).fixture.receive('hey how old are you? add me on snap'));
  await expectWarning(wa, 'caution');
  await wa.waitForTimeout(400);
  await wa.screenshot({ path: join(out, 'whatsapp-caution-200.png') });

  const popup = await harness.context.newPage();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(out, 'popup.png') });

  for (const [name, scheme, zoom] of [['practice', 'light', 1], ['practice-dark', 'dark', 1], ['practice-200', 'light', 2]] as const) {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${EXTENSION_ID}/practice.html`);
    if (zoom !== 1) await page.setViewportSize({ width: 1280 / zoom, height: 800 / zoom });
    await page.click('[data-scenario="grooming-moves-apps"]');
    await page.waitForSelector('.practice[data-playing]');
    await page.waitForSelector('.practice:not([data-playing])', { timeout: 20_000 });
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    await page.close();
  }
} finally {
  await harness.close();
}

// The card in the browser's language: a Spanish browser on Instagram.
const spanish = await launch({ locale: 'es-ES' });
try {
  const ig = await spanish.open('https://www.instagram.com/direct/t/1111/');
  await ig.waitForFunction(() => document.documentElement.dataset.headsUp === 'instagram');
  await ig.evaluate(() => (window as any).fixture.receive('tengo tus fotos. paga 200 euros o se las mando a tu familia'));
  await expectWarning(ig, 'urgent');
  await ig.waitForTimeout(400);
  await ig.screenshot({ path: join(out, 'instagram-urgent-es.png') });
} finally {
  await spanish.close();
}
console.log(`screenshots in ${out}`);
