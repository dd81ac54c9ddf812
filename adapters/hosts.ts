/**
 * The chat and video-chat sites Heads Up reads, as manifest match patterns.
 * This one list feeds both the content script's `matches` and the manifest's
 * `host_permissions`, so the extension can never ask for more than it reads.
 * Whole-site patterns (not just `/messages/*`) because these are single-page apps:
 * a content script only injects on a full page load, and people reach their
 * DMs by navigating inside the app. Each adapter then decides, per URL, whether
 * the page in front of it is a chat.
 */
export const CHAT_SITE_MATCHES = [
  'https://discord.com/*',
  'https://web.whatsapp.com/*',
  'https://www.instagram.com/*',
  'https://www.messenger.com/*',
  'https://www.facebook.com/*',
  'https://web.telegram.org/*',
  'https://web.snapchat.com/*',
  'https://www.snapchat.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://meet.google.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  // Teams' current home (2025+): teams.microsoft.com redirects here.
  'https://teams.cloud.microsoft/*',
  // Zoom's web client runs its meeting UI in a same-origin iframe: see allFrames.
  'https://app.zoom.us/*',
  'https://www.twitch.tv/*',
  'https://chat.reddit.com/*',
  'https://www.reddit.com/*',
  'https://ome.tv/*',
  'https://chatroulette.com/*',
  'https://emeraldchat.com/*',
  'https://www.emeraldchat.com/*',
  // chathub.cam is the random video chat; chathub.gg (named in issue #2) is an AI
  // chatbot site today, kept because teens chat there too and the issue lists it.
  'https://chathub.cam/*',
  'https://chathub.gg/*',
  'https://uhmegle.com/*',
] as const;

/** The bare host names, for the e2e harness's host-resolver rules. */
export const CHAT_SITE_HOSTS: string[] = CHAT_SITE_MATCHES.map((m) => new URL(m.replace('/*', '/')).hostname);
