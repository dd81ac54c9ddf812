/**
 * Every site adapter, one file each. The content script asks `adapterFor(url)`;
 * a host with no adapter of its own (or a site whose chat moved) gets the generic one.
 */
import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: SiteAdapter[] = [];

export function adapterFor(url: URL): SiteAdapter {
  const host = url.hostname.toLowerCase();
  return SITE_ADAPTERS.find((a) => a.hosts.includes(host) && a.isChatPage(url)) ?? genericAdapter;
}

export { genericAdapter };
