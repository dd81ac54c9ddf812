/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Pictures and clips of a person (umlauts are removed by normalisation: ä -> a). */
  photo: [
    'foto', 'fotos', 'fotto', 'foti', 'fotis', 'foteli', 'fotteli', 'photo', 'photos', 'bild', 'bilder', 'bildern', 'bildchen', 'bildl', 'fotal', 'fotl', 'buidl', 'pic', 'pics', 'pick', 'picks', 'pik',
    'selfie*', 'video', 'videos', 'vid', 'vids', 'clip', 'clips', 'nacktbild*', 'nacktfoto*', 'nacktvideo*', 'nacktpic*', 'nudes', 'nude',
    'snap', 'snaps', 'aufnahme', 'aufnahmen', 'spiegelselfie*', 'bikinibild*', 'bikinifoto*',
  ],
  /** What an extortionist holds: images, clips, chats, screenshots. */
  media: [
    'foto', 'fotos', 'photo', 'photos', 'bild', 'bilder', 'bildern', 'pic', 'pics', 'video', 'videos', 'vid', 'vids', 'clip', 'clips',
    'nacktbild*', 'nacktfoto*', 'nacktvideo*', 'nacktpic*', 'nudes', 'nude', 'screenshot*', 'screens', 'aufnahme*', 'mitschnitt*',
    'chat', 'chats', 'chatverlauf', 'verlauf', 'nachrichten', 'unterhaltung', 'profilbild*',
  ],
  /** Sending, posting, leaking (verb stems, all persons). */
  sendv: [
    'schick*', 'send*', 'versend*', 'verschick*', 'weiterleit*', 'post', 'poste', 'posten', 'postest', 'leak*', 'veroffentlich*', 'veroeffentlich*',
    'verbreit*', 'hochlad*', 'teil', 'teile', 'teilen', 'zeig', 'zeige', 'zeigen', 'stell', 'stelle', 'stellen',
  ],
  /** "your" (du and Sie forms). */
  poss: ['dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'ihre', 'ihren', 'ihrem', 'ihrer'],
  /** Family members. */
  family: [
    'eltern', 'mama', 'mami', 'mutter', 'mutti', 'papa', 'papi', 'vater', 'vati', 'familie', 'fam', 'oma', 'opa', 'bruder', 'schwester',
    'geschwister', 'grosseltern', 'grossvater', 'grossmutter', 'stiefvater', 'stiefmutter', 'verwandte*', 'tante', 'onkel', 'cousin*', 'alten', 'mum', 'mom', 'dad',
  ],
  /** People and places an image can be sent to. */
  audience: [
    'follower*', 'freunde', 'freunden', 'freundinnen', 'freundin', 'freund', 'kontakte', 'kontakten', 'freundesliste', 'klasse', 'klassenkamerad*',
    'mitschuler*', 'mitschueler*', 'schule', 'lehrer*', 'story', 'klassenchat', 'klassengruppe', 'schulgruppe', 'schulchat', 'stufengruppe', 'stufenchat', 'jahrgangsgruppe', 'jahrgangschat', 'kontaktliste', 'followerliste', 'abonnent*', 'community', 'crush',
    'ex', 'stufe', 'jahrgang', 'verein', 'team', 'mannschaft', 'teamkollegen', 'teammates', 'mitspieler', 'clan', 'squad', 'gilde', 'chef', 'arbeitgeber', 'nachbarn', 'trainer', 'trainerin', 'coach', 'rektor*', 'direktor*', 'schulleiter*', 'klassenlehrer*',
    'chefin', 'ausbilder*', 'kollegen', 'filialleiter*', 'pfarrer', 'pastor', 'kirche', 'kirchengemeinde', 'gemeinde', 'jugendgruppe', 'firmgruppe', 'konfigruppe', 'messdiener*', 'pfarrgemeinde', 'moschee', 'moscheegemeinde', 'imam', 'jugendleiter*', 'ministranten',
  ],
  /** Game currency and in-game goods used as bait. */
  gamecur: ['robux', 'vbucks', 'v_bucks', 'vbux', 'skins', 'skin', 'coins', 'diamanten', 'diamonds', 'gems', 'uc', 'riot_points', 'valorant_points', 'minecoins', 'fifa_points', 'fc_points', 'battle_pass', 'battlepass'],
  /** Money words. */
  money: ['geld', 'kohle', 'knete', 'cash', 'moneten', 'kies', 'asche', 'money', 'flocken'],
  /** German payment methods, gift and prepaid cards (added to the common list). */
  payment: [
    'paysafecard*', 'paysafe_karte*', 'paysafekarte*', 'paysafe_code*', 'amazon_gutschein*', 'amazongutschein*', 'google_play_karte*', 'google_play_guthaben',
    'itunes_karte*', 'apple_karte*', 'steam_guthaben', 'steam_karte*', 'steamkarte*', 'guthabenkarte*', 'geschenkkarte*', 'gutscheinkarte*',
    'gutscheincode*', 'gutschein', 'gutscheine', 'gutscheinen', 'uberweisung', 'ueberweisung', 'echtzeituberweisung', 'echtzeitueberweisung',
    'sofortuberweisung', 'sofortueberweisung', 'krypto*', 'giropay', 'paydirekt', 'wero', 'handyguthaben', 'aufladekarte*', 'prepaidkarte*',
    'prepaid_karte*', 'apple_pay', 'applepay', 'google_pay', 'googlepay', 'playstation_karte*', 'psn_karte*', 'xbox_karte*', 'nintendo_karte*', 'roblox_karte*', 'fortnite_karte*', 'bargeld',
  ],
  /** Random video-chat sites and apps (added to the common list). */
  app: ['ome_tv', 'ometv', 'chatroulette', 'camsurf', 'emerald_chat', 'uhmegle', 'chatrandom', 'shagle', 'bazoocam', 'knuddels', 'jappy', 'lovoo'],
  /** Cameras and video calls. */
  cam: ['kamera', 'kam', 'cam', 'webcam', 'videoanruf*', 'videocall*', 'videochat*', 'video_call*', 'video_anruf*', 'facetime'],
  /** Body and nudity words. */
  body: [
    'korper', 'koerper', 'titten', 'tittis', 'brust', 'bruste', 'brueste', 'busen', 'arsch', 'po', 'hintern', 'beine', 'schwanz', 'penis',
    'muschi', 'nippel', 'intimbereich', 'unterleib',
  ],
  /** Underwear and little clothing. */
  underwear: ['unterwasche', 'unterwaesche', 'unterhose', 'unterhosen', 'bh', 'tanga', 'dessous', 'hoschen', 'hoeschen', 'reizwasche', 'reizwaesche', 'lingerie'],
} satisfies Lexicon;
