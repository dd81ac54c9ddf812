/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Pictures and videos of the person (foto's is split into foto + s by normalisation). */
  photo: [
    'foto_s', 'foto', 'fotos', 'polaroid*', 'fotoo', 'fotooo', 'fullbody*', 'full_body*', 'bodypic*', 'body_pic*', 'bodyshot*', 'fotootje*', 'fotoos', 'fotie', 'fotietje', 'pic', 'pics', 'picje*', 'pictures', 'picture',
    'plaatje*', 'selfie*', 'snap', 'snaps', 'snapje*', 'nude*', 'naaktfoto*', 'naaktje*', 'video', 'videos', 'videootje*',
    'vid', 'vidje*', 'filmpje*', 'clip*', 'beeld*', 'voetenfoto*', 'voetfoto*', 'voetjesfoto*', 'feetpic*', 'feet_pic*', 'voetenpic*', 'voetpic*', 'filmke*', 'fotooke*', 'fotoke*', 'foteke*', 'fotokes', 'auditievideo*', 'auditiefilmpje*', 'auditietape*',
  ],
  /** Nude, undressed, underwear. */
  nude: [
    'nude*', 'naakt*', 'naaktfoto*', 'bloot', 'blote', 'blootje', 'topless', 'nsfw', 'zonder_kleren', 'zonder_kleding',
    'zonder_shirt', 'zonder_bh', 'zonder_broek', 'zonder_top', 'zonder_iets_aan', 'ondergoed', 'onderbroek*', 'lingerie',
    'slipje*', 'string', 'bh', 'beha', 'boxer*', 'bikini',
  ],
  /** Body parts someone may ask to see. */
  bodypart: [
    'lichaam', 'lijf', 'body', 'borsten', 'borstjes', 'tieten', 'tietjes', 'tetten', 'memmen', 'kont', 'kontje', 'billen',
    'buik', 'buikje', 'benen', 'voeten', 'voetjes', 'teentjes', 'beentjes', 'piemel', 'lul', 'penis', 'kut', 'kutje', 'vagina', 'onderkant', 'sixpack', 'six_pack',
  ],
  /** To send. */
  send: ['stuur*', 'sturen', 'sture', 'zend*', 'drop', 'dm', 'doe', 'geef', 'gooi', 'app', 'snap'],
  /** Fillers between a verb and its object ("stuur ff nog eens een ..."). */
  fill: ['eens', 'es', 'ns', 'ff', 'even', 'effe', 'nou', 'nu', 'dan', 'toch', 'gewoon', 'gwn', 'snel', 'maar', 'is', 'me', 'mij', 'mn', 'nog', 'aub', 'please', 'alsjeblieft', 'pls', 'eerst', 'efkes', 'ekes', 'eventjes', 'effekes'],
  /** "a", "some", "one more". */
  some: ['een', 'ne', 'n', 'un', '1', 'eentje', 'wat', 'paar', 'een_paar', 'nog_een', 'nog_eentje', 'er_een', 'er_eentje', 'meer', 'nog'],
  /** The person addressed: jij/je/jou, Flemish ge/gij, formal u (normalised to "you"). */
  you: ['je', 'jij', 'jou', 'ge', 'gij', 'gy', 'you', 'jy'],
  your: ['je', 'jouw', 'jou', 'jw', 'uw', 'your', 'ue'],
  yourself: ['jezelf', 'jouzelf', 'uzelf', 'je_zelf', 'jou_zelf', 'you_zelf', 'jou', 'jij', 'you', 'je_lichaam', 'je_lijf'],
  /** Audiences a sextortionist threatens to send material to. */
  audience: [
    'ouders', 'familie', 'moeder', 'vader', 'mama', 'papa', 'mam', 'pap', 'ma', 'pa', 'mams', 'paps', 'mamma', 'pappa', 'mammie', 'pappie', 'moeke', 'vake', 'broer*', 'zus', 'zusje', 'zussen',
    'opa', 'oma', 'vrienden', 'vriendinnen', 'vriendin', 'vriend', 'vriendje', 'vriendinnetje', 'volgers', 'followers',
    'contacten', 'contactpersonen', 'contactenlijst', 'vriendenlijst', 'volgerslijst', 'volgerlijst', 'followerslijst', 'followerlijst', 'hele_familie', 'hele_school', 'hele_klas', 'heel_school', 'klas', 'klasgenoten', 'klasgenootjes', 'school', 'leraren', 'leraar', 'docenten', 'mentor', 'juf',
    'collegas', 'collega_s', 'collega', 'volglijst', 'familieleden', 'ex', 'crush', 'team', 'club', 'kerk', 'mattie*', 'matties', 'maten', 'homies', 'fam', 'vriendengroep', 'neef', 'nicht', 'neefje', 'nichtje', 'oom', 'tante', 'stiefvader', 'stiefmoeder',
    'klasgroep*', 'klassengroep*', 'klasapp*', 'klassenapp*', 'groepsapp*', 'groepschat*', 'teamleider', 'baas', 'manager', 'werkgever', 'leidinggevende', 'trainer', 'coach', 'dominee', 'pastoor', 'priester', 'kerkenraad', 'imam', 'directeur', 'rector', 'jeugdleider',
    'commissie', 'selectiecommissie', 'toelatingscommissie', 'beurscommissie', 'jury', 'werkgevers', 'sponsor', 'sponsors', 'mom', 'dad', 'parents', 'voetbalclub', 'sportclub', 'hockeyclub', 'voetbalteam', 'vereniging', 'parochie', 'moskee', 'scouting', 'jeugdclub', 'chiro', 'chiroleiding', 'chiro_leiding', 'scouts', 'scoutsleiding', 'ksa', 'jeugdbeweging',
  ],
  /** Broad audiences: a threat to send there is a threat to expose. */
  crowd: [
    'ouders', 'familie', 'familieleden', 'vrienden', 'vriendinnen', 'volgers', 'followers', 'contacten', 'contactpersonen', 'contactenlijst',
    'vriendenlijst', 'volgerslijst', 'volgerlijst', 'followerslijst', 'followerlijst', 'klas', 'klasgenoten', 'klasgenootjes', 'school', 'leraren', 'docenten', 'collegas', 'collega_s', 'volglijst', 'team', 'club', 'kerk', 'klasgroep*', 'klassengroep*', 'klasapp*', 'klassenapp*', 'groepsapp*',
  ],
  /** Whose family or friends: "je ouders", "al je vrienden". */
  parents: ['ouders', 'moeder', 'vader', 'trainer', 'coach', 'mama', 'papa', 'mam', 'pap', 'ma', 'pa', 'familie', 'vrienden', 'vriendinnen', 'vriendin', 'vriend', 'broer*', 'zus', 'zusje', 'opa', 'oma', 'leraar', 'lerares', 'juf', 'meester', 'mentor', 'docent*', 'klasgenoten', 'klas', 'vriendjes', 'vriendinnetjes', 'vriendje', 'familieleden'],
  /** Money words. */
  money: ['geld', 'money', 'poen', 'doekoe', 'knaken', 'pegels', 'centen', 'cash', 'euro*', 'eur', 'pegel*', 'ballen'],
  /** Dutch and Belgian payment methods and gift cards. */
  payment: [
    'ideal', 'payconiq', 'bancontact', 'bunq', 'rekeningnummer', 'rekening', 'cadeaukaart*', 'cadeaubon*', 'giftcard*',
    'gift_card*', 'waardebon*', 'bol_com_bon*', 'bol_com_cadeau*', 'google_play_kaart*', 'itunes_kaart*', 'apple_kaart*',
    'steamkaart*', 'steam_kaart*', 'spelkaart*', 'tegoedbon*', 'beltegoed', 'herlaadkaart*', 'opwaardeerkaart*', 'belkaart*', 'prepaidkaart*', 'paysafe_kaart*', 'bitcoins',
  ],
  /** Game currency and in-game gifts used as bait. */
  gamecur: ['robux', 'vbucks', 'v_bucks', 'vbuck*', 'fortnite_skin*', 'skins', 'nitro', 'discord_nitro', 'battle_pass', 'battlepass', 'diamonds', 'gems', 'coins', 'uc', 'minecoins', 'fifa_points', 'fc_points', 'primogems'],
  /** A video call or camera: what someone recorded. */
  call: ['call', 'videocall*', 'videogesprek*', 'gesprek*', 'bellen', 'belletje', 'facetime*', 'ft', 'cam', 'webcam', 'camera', 'skype*', 'stream*', 'live', 'videochat*', 'snapcall', 'chat', 'chats', 'dms', 'berichten', 'videobellen'],
  /** Pretty, handsome: flattery adjectives. */
  pretty: [
    'mooi', 'mooie', 'knap', 'knappe', 'schoon', 'schone', 'zo_schoon', 'prachtig', 'beeldschoon', 'beeldig', 'schattig', 'perfect', 'bijzonder', 'speciaal',
    'volwassen', 'sexy', 'hot', 'cute', 'geweldig', 'adembenemend', 'lekker', 'lekkerding', 'lekker_ding', 'een_plaatje',
    'een_schoonheid', 'goddelijk', 'stunning', 'gorgeous', 'beautiful', 'wauw', 'wow', 'zo_mooi', 'volwassener', 'slim', 'knapper', 'mooier', 'matuur', 'rijp', 'rijper',
  ],
} satisfies Lexicon;
