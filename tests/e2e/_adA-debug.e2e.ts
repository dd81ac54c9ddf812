import { afterAll, beforeAll, it } from 'vitest';
import { launch, warningLevel, type Harness } from './harness';
let harness: Harness;
beforeAll(async () => { harness = await launch(); });
afterAll(async () => { await harness?.close(); });
const THREAT = 'I recorded our video call. Pay $300 in gift cards or I send it to all your followers';
it('debug telegram', async () => {
  for (const url of ['https://web.telegram.org/k/#1111', 'https://web.telegram.org/a/#1111']) {
    const page = await harness.open(url);
    await page.waitForFunction(() => document.documentElement.dataset.headsUp, null, { timeout: 10_000 });
    const d = (c: string, ...a: unknown[]) => page.evaluate(([c, a]) => (window as any).fixture[c as string](...(a as unknown[])), [c, a] as const);
    const trace = async (label: string, ms: number) => { const out = []; for (let t = 0; t < ms; t += 250) { out.push(await warningLevel(page)); await page.waitForTimeout(250); } console.log(url, label, out.join(',')); };
    await d('receive', THREAT); await trace('threat', 2000);
    await d('switchTo', '-1002222'); await trace('switch other', 2000);
    await d('switchTo', '1111'); await trace('switch back', 2000);
    await d('switchTo', '-1002222'); await trace('switch other 2', 2000);
    await d('loadOlder', [['them', 'hey cutie how old r u'], ['them', "send me a pic of you in your underwear, don't tell your parents"]]);
    await trace('older', 3000);
    console.log(await page.evaluate(() => document.querySelector('.bubbles-inner, .messages-container')?.textContent?.slice(0, 300)));
  }
}, 120_000);
