/**
 * `npm run bench:page`: what the content script costs a real chat page. Opens the Discord
 * fixture in headless Chromium twice, without and with the built extension, streams 600
 * messages into it (bursts of 6 every 50 ms), and prints Chromium's own counters:
 * script time, layouts, style recalcs, heap. The difference is the extension's overhead.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launch } from '../tests/e2e/harness';

const MESSAGES = 600;
const BURST = 6;

async function run(withoutExtension: boolean) {
  const harness = await launch({ withoutExtension });
  try {
    const page: Page = await harness.open('https://discord.com/channels/@me/1111');
    await page.waitForTimeout(1500); // let the content script start and read history
    const cdp: CDPSession = await harness.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    const started = Date.now();
    await page.evaluate(
      async ([total, burst]: number[]) => {
        const f = (window as any).fixture;
        for (let i = 0; i < total!; i += burst!) {
          for (let j = 0; j < burst!; j++) (i + j) % 3 ? f.receive(`message ${i + j}: did you see the game last night? lol`) : f.send(`reply ${i + j}: yeah it was wild`);
          await new Promise((r) => setTimeout(r, 50));
        }
      },
      [MESSAGES, BURST],
    );
    await page.waitForTimeout(1000);
    const after = await metrics();
    const d = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
    return {
      scriptMs: d('ScriptDuration') * 1000,
      taskMs: d('TaskDuration') * 1000,
      layouts: d('LayoutCount'),
      recalcs: d('RecalcStyleCount'),
      heapMb: (after.JSHeapUsedSize ?? 0) / 1e6,
      wallMs: Date.now() - started,
    };
  } finally {
    await harness.close();
  }
}

const bare = await run(true);
const withExt = await run(false);
console.log(`${MESSAGES} messages streamed into the Discord fixture (bursts of ${BURST} every 50 ms)\n`);
console.log('                      without   with ext   overhead');
const row = (name: string, a: number, b: number, unit: string) =>
  console.log(`${name.padEnd(20)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(10)} ${(b - a).toFixed(1).padStart(10)} ${unit}`);
row('script time', bare.scriptMs, withExt.scriptMs, 'ms');
row('all tasks', bare.taskMs, withExt.taskMs, 'ms');
row('layouts', bare.layouts, withExt.layouts, '');
row('style recalcs', bare.recalcs, withExt.recalcs, '');
row('JS heap (page)', bare.heapMb, withExt.heapMb, 'MB');
console.log(`\nper message: ${((withExt.scriptMs - bare.scriptMs) / MESSAGES).toFixed(3)} ms of script time added`);
