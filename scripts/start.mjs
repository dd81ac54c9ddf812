/**
 * `npm start`: build the extension, then open Chromium with it loaded on the practice chat.
 * With a display, a real window stays open until you close it. Without one (a server, CI),
 * it runs headless, plays the practice scenario, saves a screenshot and prints its path.
 * Chromium: $CHROMIUM_PATH, else /usr/bin/chromium (branded Chrome 137+ ignores
 * --load-extension; use Chromium or Chrome for Testing, or load it by hand: README).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const extension = join(root, '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION_ID = 'jgenpjiggminekdcajlbnppiohjlicdm';

execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const headless = !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.env.CI === 'true' || process.argv.includes('--headless');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'heads-up-start-')), {
  executablePath,
  headless,
  viewport: headless ? { width: 1200, height: 900 } : null,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const practice = `chrome-extension://${EXTENSION_ID}/practice.html`;
const page = context.pages().find((p) => p.url().startsWith(practice)) ?? (await context.newPage());
if (!page.url().startsWith(practice)) await page.goto(practice);

if (headless) {
  await page.click('[data-scenario="video-call-sextortion"]');
  await page.waitForSelector('heads-up-warning[data-level="urgent"]', { timeout: 20_000 });
  const shot = join(root, '.output/practice.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Heads Up is built and loaded. No display here, so it ran headless: screenshot of the practice chat at\n${shot}`);
  await context.close();
} else {
  console.log(`Heads Up is loaded in Chromium on the practice chat (${practice}). Close the window to stop.`);
  await new Promise((done) => context.on('close', done));
}
