import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupProps } from '../../components/Popup';
import { STATUS_REQUEST, type TabStatus } from '../../pipeline/status';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../../settings/storage';
import './style.css';

async function tabStatus(): Promise<TabStatus | 'unavailable'> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return 'unavailable';
  try {
    // No answer means no content script here: not a chat site, or blocked by policy.
    return ((await browser.tabs.sendMessage(tab.id, { type: STATUS_REQUEST })) as TabStatus | undefined) ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

function App() {
  const [status, setStatus] = useState<PopupProps['status']>('loading');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    void tabStatus().then(setStatus);
    const load = () =>
      void loadSettings().then((r) => {
        setSettings(r.settings);
        setLocked(r.locked);
      });
    load();
    // The policy mirror may land just after the popup opens (first start).
    return onSettingsChanged(load);
  }, []);
  return (
    <Popup
      status={status}
      settings={settings}
      locked={locked}
      practiceUrl={browser.runtime.getURL('/practice.html')}
      onChange={(next) => {
        setSettings(next);
        void saveSettings(next);
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
