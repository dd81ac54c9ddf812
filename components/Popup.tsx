/**
 * The toolbar popup: what Heads Up is doing on this tab, and the few settings a person
 * (or, locked by policy, a parent or school) can change. Never shows message text.
 */
import type { TabStatus } from '../pipeline/status';
import type { Settings } from '../settings/settings';
import { HELP_COUNTRIES } from './help';

export interface PopupProps {
  status: TabStatus | 'unavailable' | 'loading';
  settings: Settings;
  locked: boolean;
  onChange: (settings: Settings) => void;
  practiceUrl: string;
}

function statusLine(status: PopupProps['status']): string {
  if (status === 'loading') return 'Checking this tab…';
  if (status === 'unavailable') return "Heads Up doesn't read this page. It works on chat and video-chat sites.";
  if (status.state === 'off') return 'Heads Up is switched off.';
  if (status.state === 'searching') return `No chat found on this ${status.adapter === 'generic' ? 'page' : `${status.site} page`} yet. Open a conversation and it will start reading it.`;
  return `Looking out for you in this ${status.site === 'Any chat' ? 'chat' : `${status.site} chat`} · ${status.messagesRead} message${status.messagesRead === 1 ? '' : 's'} checked on your device.`;
}

export function Popup({ status, settings, locked, onChange, practiceUrl }: PopupProps) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  return (
    <main class="popup">
      <h1>Heads Up</h1>
      <p class="status" role="status">
        {statusLine(status)}
      </p>
      <fieldset disabled={locked}>
        <legend>Settings</legend>
        {locked && <p class="locked">These settings are managed by your school or family.</p>}
        <label class="row">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => set('enabled', (e.target as HTMLInputElement).checked)} />
          Show heads-ups on chat sites
        </label>
        <label class="row">
          <span>How early</span>
          <select value={settings.sensitivity} onChange={(e) => set('sensitivity', (e.target as HTMLSelectElement).value as Settings['sensitivity'])}>
            <option value="low">Only clear danger</option>
            <option value="balanced">Balanced</option>
            <option value="high">Early hints too</option>
          </select>
        </label>
        <label class="row">
          <input type="checkbox" checked={settings.nudges} onChange={(e) => set('nudges', (e.target as HTMLInputElement).checked)} />
          Remind me before I share my number or address in a risky chat
        </label>
        <label class="row">
          <span>Help links for</span>
          <select value={settings.country} onChange={(e) => set('country', (e.target as HTMLSelectElement).value)}>
            <option value="">My browser's country</option>
            {HELP_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <p class="hint">Changes apply to chats you open or reload next.</p>
      </fieldset>
      <a href={practiceUrl} target="_blank" rel="noopener noreferrer">
        Try the practice chat
      </a>
      <p class="private">Everything stays on this device. Heads Up sends nothing, stores no messages, and only you see its heads-ups.</p>
    </main>
  );
}
