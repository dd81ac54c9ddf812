/**
 * Word lists shared by every language (apps, payment methods, currencies).
 * Referenced from phrases as @name. A language's own lexicon file may add names
 * or override these for its patterns. Entries are phrase alternatives: `a_b` is a
 * multi-word name, `word*` a prefix.
 */
import type { Lexicon } from '../phrase';

export default {
  /** Chat, social and video apps people are moved to. */
  app: [
    'snap', 'snapchat', 'sc', 'snapp', 'snpchat', 'snap_chat',
    'kik', 'telegram', 'tele', 'tg', 'telegr*', 'whatsapp', 'whats_app', 'watsapp', 'whatsap', 'wa', 'wapp', 'wsp', 'wpp', 'zap', 'zapzap',
    'signal', 'discord', 'dc', 'instagram', 'insta', 'ig', 'skype', 'facetime', 'ft', 'wickr', 'threema',
    'viber', 'wechat', 'omegle', 'messenger', 'fb', 'facebook', 'google_meet', 'meet', 'zoom', 'teams', 'hangouts', 'duo',
    'tiktok', 'youtube', 'twitter', 'reddit', 'twitch', 'roblox', 'steam', 'xbox', 'psn', 'imo', 'matrix',
    'kakao', 'kakaotalk', 'hike', 'monkey', 'azar', 'yubo', 'wizz', 'hoop', 'grindr', 'tinder', 'onlyfans',
  ],
  /** Video calls and cameras. */
  cam: ['cam', 'cams', 'webcam', 'camera', 'facetime', 'ft', 'videocall*', 'video_call*', 'vc', 'live'],
  /** Gift cards, wallets, transfers and game currency used to pay extortion (Brazil's Pix is in pt.ts: "pix" is English for pictures; Sofort only as "sofort überweisung": "sofort" is German for "at once"). */
  payment: [
    'gift_card*', 'giftcard*', 'steam_card*', 'steam_gift*', 'steam', 'itunes', 'apple_card*', 'apple_gift*', 'google_play', 'play_store',
    'amazon_card*', 'amazon_gift*', 'xbox_card*', 'psn_card*', 'playstation_card*', 'nintendo_card*', 'razer_gold', 'roblox_card*',
    'paysafe*', 'psc', 'neosurf', 'crypto*', 'bitcoin*', 'btc', 'eth', 'ethereum', 'usdt', 'tether', 'litecoin', 'ltc', 'wallet',
    'paypal', 'pp', 'cash_app', 'cashapp', 'venmo', 'zelle', 'western_union', 'wu', 'moneygram', 'revolut', 'wise', 'skrill',
    'bizum', 'blik', 'mbway', 'mb_way', 'satispay', 'lydia', 'paylib', 'tikkie', 'twint', 'sofort_uberweisung', 'klarna', 'iban',
    'robux', 'vbucks', 'v_bucks', 'fortnite_card*', 'riot_points', 'rp', 'valorant_points', 'diamonds', 'uc', 'minecoins',
    'transfer', 'bank_transfer', 'wire_transfer',
  ],
  /** Currency words (normalisation turns $ € £ into dollar, euro, pound). */
  currency: [
    'dollar*', 'usd', 'buck*', 'euro*', 'eur', 'pound*', 'gbp', 'quid', 'zl', 'zloty*', 'zlote*', 'zlotych', 'pln', 'real', 'reais', 'rs',
    'franc*', 'chf', 'cad', 'aud', 'grand',
  ],
} satisfies Lexicon;
