/**
 * The fixture sites the end-to-end suite drives: each is served under its real host
 * name (tests/fixtures/<host>/) and must be read by the named adapter.
 */
export interface SiteCase {
  host: string;
  adapter: string;
  /** A conversation URL the fixture opens on. */
  url: string;
  /** The id of another conversation in the fixture (`fixture.switchTo`). */
  other: string;
  /** The id of the first conversation (to switch back). */
  first: string;
}

export const SITE_CASES: SiteCase[] = [
  { host: 'discord.com', adapter: 'discord', url: 'https://discord.com/channels/@me/1111', first: '1111', other: '2222' },
  { host: 'web.whatsapp.com', adapter: 'whatsapp', url: 'https://web.whatsapp.com/', first: 'jay', other: 'ana' },
  { host: 'web.telegram.org', adapter: 'telegram-k', url: 'https://web.telegram.org/k/#1111', first: '1111', other: '-1002222' },
  { host: 'web.telegram.org', adapter: 'telegram-a', url: 'https://web.telegram.org/a/#1111', first: '1111', other: '-1002222' },
  { host: 'teams.microsoft.com', adapter: 'teams', url: 'https://teams.microsoft.com/v2/', first: '19:5c1f0a2e-sam_riley@unq.gbl.spaces', other: '19:8d0b7c44-class-7b@thread.v2' },
  { host: 'meet.google.com', adapter: 'meet', url: 'https://meet.google.com/abc-defg-hij', first: 'abc-defg-hij', other: 'xyz-wvut-srq' },
  { host: 'app.zoom.us', adapter: 'zoom', url: 'https://app.zoom.us/wc/4815162342/join', first: '4815162342', other: '7312049586' },
];
