/**
 * Reading and writing settings through the extension's storage (browser side of settings.ts).
 *
 * Reading chrome.storage.managed from a content script can take seconds while Chrome loads
 * policy, so the background mirrors the administrator's policy into storage.local
 * (`policy`), and pages and content scripts read one fast storage.local get. The policy is
 * still validated field by field wherever it is used (resolveSettings).
 */
import { browser } from 'wxt/browser';
import { resolveSettings, settingsSchema, type Resolved, type Settings } from './settings';

const SETTINGS_KEY = 'settings';
const POLICY_KEY = 'policy';

async function readManaged(): Promise<unknown> {
  try {
    // Rejects where no policy schema exists (Firefox without enterprise policy).
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

/** Background only: copy the current managed policy into storage.local for fast reads. */
export async function mirrorPolicy(): Promise<void> {
  const managed = await readManaged();
  await browser.storage.local.set({ [POLICY_KEY]: managed ?? {} });
}

export async function loadSettings(): Promise<Resolved> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, POLICY_KEY]);
  const resolved = resolveSettings(stored[SETTINGS_KEY], stored[POLICY_KEY]);
  for (const problem of resolved.problems) console.warn(`Heads Up: ${problem}`);
  return resolved;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

export function onManagedPolicyChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') listener();
  });
}

/** Call `listener` whenever the person's settings or the mirrored policy change. */
export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
