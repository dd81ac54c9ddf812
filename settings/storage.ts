/** Reading and writing settings through the extension's storage (browser side of settings.ts). */
import { browser } from 'wxt/browser';
import { resolveSettings, settingsSchema, type Resolved, type Settings } from './settings';

const KEY = 'settings';

async function readManaged(): Promise<unknown> {
  try {
    // Rejects where no policy schema exists (Firefox without enterprise policy).
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

export async function loadSettings(): Promise<Resolved> {
  const [local, managed] = await Promise.all([browser.storage.local.get(KEY), readManaged()]);
  const resolved = resolveSettings(local[KEY], managed);
  for (const problem of resolved.problems) console.warn(`Heads Up: ${problem}`);
  return resolved;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settingsSchema.parse(settings) });
}

export function onSettingsChanged(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
