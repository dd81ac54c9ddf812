/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Pictures and videos (normalize.ts turns pik into pic and vid into video; "pix" stays, it is also Brazil's Pix). */
  photo: [
    'pic', 'pics', 'pix', 'picture*', 'photo*', 'foto', 'fotos', 'selfie*', 'video*', 'clip', 'clips', 'image', 'images', 'nude', 'nudes', 'noodz', 'noods', 'nudz',
  ],
  /** Clearly sexual pictures. */
  nude: [
    'nude*', 'noodz', 'noods', 'nudz', 'naked', 'nakey', 'nakie*', 'nsfw', 'lewd*', 'lewds', 'sexy_pic*', 'sexy_photo*', 'sexy_video*', 'spicy_pic*', 'spicy_photo*',
    'dirty_pic*', 'private_pic*', 'private_photo*', 'private_video*', 'intimate_pic*', 'intimate_photo*', 'intimate_video*', 'explicit', 'dick_pic*', 'titty_pic*', 'boob_pic*', 'tit_pic*',
    'sex_video*', 'sex_tape', 'sextape', 'porn*', 'naughty_pic*', 'hot_pic*', 'nakedness',
  ],
  /** Who a threat says will see the content. */
  audience: [
    'family', 'families', 'fam', 'parents', 'parent', 'mom', 'mum', 'mommy', 'mummy', 'mother', 'dad', 'daddy', 'father', 'mom_and_dad', 'mum_and_dad',
    'brother*', 'sister*', 'siblings', 'grandma', 'grandpa', 'grandparents', 'relatives', 'cousins', 'aunt*', 'uncle*',
    'friends', 'friend', 'friends_list', 'friend_list', 'followers', 'follower*', 'contacts', 'contact_list', 'classmates', 'class', 'school', 'whole_school',
    'teacher*', 'principal', 'coach', 'cousin', 'ex', 'best_friend', 'bestie', 'bff', 'colleagues', 'manager', 'pastor', 'youth_pastor', 'tutor', 'roommate*', 'schoolmates', 'teammates', 'grandmother', 'grandfather', 'stepmom', 'stepdad', 'step_mom', 'step_dad', 'guardian*', 'nana', 'granny', 'husband', 'wife', 'fiance*', 'partner', 'youth_group', 'squad', 'admissions', 'admissions_office', 'college', 'university', 'dean', 'social_circle', 'loved_ones', 'inner_circle', 'circle_of_friends', 'boyfriend', 'girlfriend', 'bf', 'gf', 'crush', 'church', 'team', 'job', 'boss', 'coworkers', 'grade', 'whole_grade', 'year_group', 'homeroom', 'uni', 'workplace', 'mosque', 'temple', 'synagogue', 'employer', 'neighbors', 'neighbours',
    // round 6 (en-ut): gaming groups, UK family words, school staff
    'clan', 'guild', 'mutuals', 'crew', 'mates', 'homies', 'buddies', 'gran', 'nan', 'nanna', 'auntie', 'stepmum', 'stepmother', 'stepfather', 'headteacher', 'head_teacher', 'headmaster', 'form_tutor', 'counselor', 'counsellor', 'scout', 'scouts', 'recruiter', 'recruiters', 'dance_team', 'football_team', 'discord_server', 'family_members', 'little_brother', 'little_sister',
  ],
  /** Ways of spreading content. */
  share: [
    'post', 'posting', 'leak', 'leaking', 'share', 'sharing', 'upload', 'uploading', 'publish', 'publishing', 'spread', 'spreading', 'forward', 'forwarding', 'expose', 'exposing', 'tag', 'broadcast', 'blast', 'send', 'sending', 'show', 'showing', 'release',
  ],
  /** First-person future: I'll, I'm gonna, imma. */
  iwill: [
    'i_will', 'ill', 'id', 'i_wil', 'i_am_going_to', 'im_going_to', 'i_am_gonna', 'im_gonna', 'imma', 'ima', 'i_am_about_to', 'im_about_to', 'i_can', 'i_could', 'i_would', 'i_shall',
    'i_will_just', 'ill_just', 'then_i', 'or_i', 'i_swear_i',
  ],
  /** Family members someone might threaten to hurt. */
  kin: [
    'family', 'fam', 'parents', 'mom', 'mum', 'mother', 'dad', 'father', 'brother*', 'sister*', 'siblings', 'grandma', 'grandpa', 'little_brother', 'little_sister', 'friends', 'dog', 'cat', 'pets',
    // round 6 (en-ut)
    'baby_brother', 'baby_sister', 'lil_bro', 'lil_sis', 'little_bro', 'little_sis', 'nan', 'gran', 'grandparents', 'grandmother', 'grandfather', 'girlfriend', 'boyfriend', 'gf', 'bf', 'best_friend', 'family_members', 'stepmom', 'stepdad', 'stepmum', 'aunt', 'uncle', 'cousin', 'cousins',
  ],
  /** Intimate body parts and states (for image requests and sexual remarks). */
  body: [
    'body', 'boobs', 'boob', 'tits', 'titties', 'tit', 'breasts', 'chest', 'ass', 'butt', 'booty', 'dick', 'cock', 'penis', 'pussy', 'vagina', 'privates', 'private_parts',
    'underwear', 'bra', 'panties', 'boxers', 'thong', 'lingerie', 'bikini', 'nipples', 'thighs', 'crotch', 'bulge',
    // round 19 (en-n19)
    'undies', 'knickers', 'bralette',
  ],
  /** Payment apps and methods common in English-speaking countries (added to common.ts). */
  payment: ['apple_pay', 'applepay', 'google_pay', 'gpay', 'chime', 'cash_app', 'paypal_me', 'vanilla_card*', 'vanilla_visa', 'prepaid_card*', 'visa_gift*', 'target_gift*', 'walmart_card*', 'walmart_gift*', 'ebay_card*', 'sephora_card*',
    // round 7 (en-tt): wallets and transfer apps of other English-speaking countries
    'paytm', 'phonepe', 'upi', 'gcash', 'easypaisa', 'jazzcash', 'mpesa', 'm_pesa', 'opay', 'palmpay', 'interac', 'e_transfer', 'etransfer', 'payid', 'apple_cash', 'binance', 'coinbase', 'monero', 'xmr', 'dogecoin',
    // round 13 (en-n13): UK banks and remittance apps
    'monzo', 'starling', 'remitly', 'worldremit', 'world_remit', 'osko', 'sendwave', 'taptap_send'],
  /** Private or second accounts people are moved to (added to the apps in common.ts). */
  app: ['finsta', 'finstagram', 'spam_account', 'alt_account', 'private_account', 'priv_account',
    // round 8 (en-eg): newer apps and random video-chat sites
    'bereal', 'be_real', 'lemon8', 'bluesky', 'vrchat', 'marco_polo', 'groupme', 'teleguard', 'ometv', 'ome_tv', 'chatroulette', 'emerald_chat', 'bigo', 'bigo_live',
    // round 9 (en-n9g): 2005-2015 messengers from old chat-room logs
    'msn', 'msn_messenger', 'windows_live', 'aim_messenger', 'aol_messenger', 'yahoo_messenger', 'yahoo_chat', 'ym', 'bbm', 'blackberry_messenger', 'myspace', 'bebo', 'icq', 'oovoo', 'tinychat', 'stickam', 'paltalk', 'chatib', 'omegle'],
  /** Round 7 (en-tt): currencies of other English-speaking countries (added to common.ts). */
  currency: ['rupee*', 'inr', 'peso*', 'naira', 'ngn', 'shilling*', 'ksh', 'kes', 'cedi*', 'ghs', 'ringgit'],
  /** Time units for deadlines. */
  timeunit: ['min', 'mins', 'minute*', 'hour*', 'hr', 'hrs', 'h', 'seconds', 'secs', 'sec', 'day', 'days', 'm'],
} satisfies Lexicon;
