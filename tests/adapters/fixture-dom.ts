/**
 * Loads a site fixture (tests/fixtures/<host>/) into the unit tests' happy-dom document,
 * runs its chat driver, and reads it with an adapter exactly as the pipeline does.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReadMessage, SiteAdapter } from '../../adapters/types';
// @ts-expect-error plain JS module shared with the browser fixtures
import { createFixture } from '../fixtures/_shared/chat-fixture.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface FixtureDriver {
  conversation: string;
  receive(text: string): string;
  send(text: string): string;
  switchTo(id: string): void;
  loadOlder(list: [string, string][]): void;
  recycle(): void;
  edit(index: number, text: string): void;
}

export async function loadFixture(host: string, url: string): Promise<FixtureDriver> {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(join(FIXTURES, host, 'index.html'), 'utf8');
  const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
  document.body.innerHTML = body.replace(/^<body[^>]*>/, '').replace(/<script[\s\S]*?<\/script>/g, '');
  const { default: site } = await import(/* @vite-ignore */ join(FIXTURES, host, 'site.js'));
  return createFixture(site()) as FixtureDriver;
}

/** Every message the adapter reads in the current document, in order. */
export function readAll(adapter: SiteAdapter): (ReadMessage & { conversation: string | null })[] {
  const container = adapter.findContainer(document);
  if (!container) throw new Error(`${adapter.id}: no container found`);
  const conversation = adapter.conversationId(new URL(location.href), document, container);
  return [...container.querySelectorAll(adapter.message)]
    .map((el) => adapter.readMessage(el, container))
    .filter((m): m is ReadMessage => m !== null)
    .map((m) => ({ ...m, conversation }));
}
