/**
 * Every site adapter, one file each. The content script asks `adapterFor(url)`:
 * - a known site's chat page gets that site's adapter (the pipeline falls back to the
 *   generic one if the site's markup changed and its chat cannot be found);
 * - a known site's other pages (a feed, a store) get none: nothing runs there;
 * - a host no adapter knows gets the generic adapter.
 */
import { discordAdapter } from './discord';
import { teamsAdapter } from './teams';
import { meetAdapter } from './meet';
import { whatsappAdapter } from './whatsapp';
import { telegramKAdapter } from './telegram-k';
import { telegramAAdapter } from './telegram-a';
import { instagramAdapter } from './instagram';
import { messengerAdapter } from './messenger';
import { zoomAdapter } from './zoom';
import { xAdapter } from './x';
import { snapchatAdapter } from './snapchat';
import { twitchAdapter } from './twitch';
import { redditAdapter } from './reddit';
import { VIDEO_CHAT_ADAPTERS } from './videochat';
import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: SiteAdapter[] = [discordAdapter, teamsAdapter, meetAdapter, whatsappAdapter, telegramKAdapter, telegramAAdapter, instagramAdapter, messengerAdapter, zoomAdapter, xAdapter, snapchatAdapter, twitchAdapter, redditAdapter, ...VIDEO_CHAT_ADAPTERS];

export function adapterFor(url: URL): SiteAdapter | null {
  const host = url.hostname.toLowerCase();
  const site = SITE_ADAPTERS.filter((a) => a.hosts.includes(host));
  if (!site.length) return genericAdapter;
  return site.find((a) => a.isChatPage(url)) ?? null;
}

export { genericAdapter };
