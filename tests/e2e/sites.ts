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
  { host: 'www.instagram.com', adapter: 'instagram', url: 'https://www.instagram.com/direct/t/1111/', first: '1111', other: '2222' },
  { host: 'www.facebook.com', adapter: 'messenger', url: 'https://www.facebook.com/messages/t/1111/', first: '1111', other: '2222' },
  { host: 'teams.microsoft.com', adapter: 'teams', url: 'https://teams.microsoft.com/v2/', first: '19:5c1f0a2e-sam_riley@unq.gbl.spaces', other: '19:8d0b7c44-class-7b@thread.v2' },
  { host: 'meet.google.com', adapter: 'meet', url: 'https://meet.google.com/abc-defg-hij', first: 'abc-defg-hij', other: 'xyz-wvut-srq' },
  { host: 'app.zoom.us', adapter: 'zoom', url: 'https://app.zoom.us/wc/4815162342/join', first: '4815162342', other: '7312049586' },
  { host: 'x.com', adapter: 'x', url: 'https://x.com/i/chat/1722312-1722399', first: '1722312-1722399', other: '1722312-1733001' },
  { host: 'www.snapchat.com', adapter: 'snapchat', url: 'https://www.snapchat.com/web/0f3c2a9e-7d41-4b8a-9a5e-2c6b1d3e4f50', first: '0f3c2a9e-7d41-4b8a-9a5e-2c6b1d3e4f50', other: '6a1e9b2c-3f58-4d7a-8c09-b2e4f6a8d1c3' },
  { host: 'www.twitch.tv', adapter: 'twitch', url: 'https://www.twitch.tv/skater_jay', first: 'skater_jay', other: 'cousin_ana' },
  { host: 'chat.reddit.com', adapter: 'reddit', url: 'https://chat.reddit.com/room/!abcDEF123_jay:reddit.com', first: 'abcDEF123_jay', other: 'xyzUVW456_ana' },
  { host: 'ome.tv', adapter: 'ometv', url: 'https://ome.tv/', first: 'stranger1', other: 'stranger2' },
  { host: 'uhmegle.com', adapter: 'uhmegle', url: 'https://uhmegle.com/video', first: 'stranger1', other: 'stranger2' },
  { host: 'www.emeraldchat.com', adapter: 'emeraldchat', url: 'https://www.emeraldchat.com/app', first: 'stranger1', other: 'stranger2' },
  { host: 'chathub.cam', adapter: 'chathub', url: 'https://chathub.cam/', first: 'stranger1', other: 'stranger2' },
  { host: 'chatroulette.com', adapter: 'chatroulette', url: 'https://chatroulette.com/', first: 'stranger1', other: 'stranger2' },
];
