/**
 * The popup's view of a tab, and a school's managed policy read through
 * chrome.storage.managed in real Chromium (Linux policy file, needs root: CI runs as root).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launch, type Harness } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/heads-up-e2e.json`;
const isRoot = process.getuid?.() === 0;

describe('popup', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => harness?.close());

  it("reports what the content script is doing on a chat tab, and nothing on other sites", async () => {
    const chat = await harness.open('https://discord.com/channels/@me/1111');
    await chat.waitForFunction(() => document.documentElement.dataset.headsUp === 'discord');
    await chat.waitForTimeout(500);
    const popup = await harness.open(`chrome-extension://${EXTENSION_ID}/popup.html`);
    const statuses = await popup.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type: 'heads-up:status' }).catch((e) => String(e))));
    });
    expect(statuses).toContainEqual(expect.objectContaining({ adapter: 'discord', state: 'watching' }));
    expect(await popup.textContent('[role="status"]')).toMatch(/doesn't read this page/);
    await popup.close();
    await chat.close();
  });
});

describe.skipIf(!isRoot)('managed policy (root only: writes a Chromium policy file)', () => {
  let harness: Harness;
  beforeAll(async () => {
    mkdirSync(POLICY_DIR, { recursive: true });
    // Chromium drops a policy that breaks the schema as a whole: field-by-field fallback is unit-tested (settings.test.ts).
    const policy = { sensitivity: 'low', country: 'DE', lockSettings: true };
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
    rmSync(POLICY_FILE, { force: true });
  });

  it('locks the settings and applies the valid fields', async () => {
    const popup = await harness.open(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await popup.waitForSelector('.locked');
    expect(await popup.isDisabled('select >> nth=0')).toBe(true);
    expect(await popup.isDisabled('input[type="checkbox"] >> nth=0')).toBe(true);
    expect(await popup.inputValue('select >> nth=0')).toBe('low');
    expect(await popup.inputValue('select >> nth=1')).toBe('DE');
    await popup.close();
  });
});
