/**
 * Every site adapter, one file each. The content script asks `adapterFor(url)`;
 * a host with no adapter of its own (or a site whose chat moved) gets the generic one.
 */
import { discordAdapter } from './discord';
import { teamsAdapter } from './teams';
import { meetAdapter } from './meet';
import { whatsappAdapter } from './whatsapp';
import { telegramKAdapter } from './telegram-k';
import { telegramAAdapter } from './telegram-a';
import { instagramAdapter } from './instagram';
import { zoomAdapter } from './zoom';
import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: SiteAdapter[] = [discordAdapter, teamsAdapter, meetAdapter, whatsappAdapter, telegramKAdapter, telegramAAdapter, instagramAdapter, zoomAdapter];

export function adapterFor(url: URL): SiteAdapter {
  const host = url.hostname.toLowerCase();
  return SITE_ADAPTERS.find((a) => a.hosts.includes(host) && a.isChatPage(url)) ?? genericAdapter;
}

export { genericAdapter };
