import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    // Dutch wording only: English "add me on snap" is platform-move/en, whose exceptions know gamers.
    phrases: [
      'voeg|add|adden|adde|volg|follow|toevoegen|accepteer|zoek me|mij [maar|ff|even|effe|eens|snel|gwn|gewoon] [toe|terug] op|via|in|bij @app',
      'add|voeg|volg|zoek|dm|app|snap|sc me|mij ..1 op|via|in @app',
      'heb|hebt|hedde|heeft|hebbe|gebruik|gebruikt|zit|zitte you|je|jij|ge|gij [ook|een|nog|al|toevallig] @app',
      'wat|wa|wats|hoe is|s [je|jouw|uw] @app',
      'wat|wa|wats|hoe [is] je|jouw|uw @app [naam|name|account|username|gebruikersnaam|nummer]',
      'geef|stuur|gooi|drop me|mij [ff|even|effe|eens|snel|maar] [je|jouw|uw] @app',
      'mijn|mn|m @app is|staat|hier|heet|naam',
      'adden|voeg|volg me|mij @app',
      'stuur|geef|drop [ff|even|eens|maar|effe] je|jouw|uw @app',
      'op welke @app|apps zit|ben je|jij',
      'kom|ga|gaan|zullen|kunnen [we|je] ..2 op|naar @app ..2 praten|chatten|verder|kletsen|appen|snappen',
    ],
    unless: ['groep*', 'project*', 'werkstuk*', 'spreekbeurt*', 'huiswerk', 'teamlijst', 'opdracht', 'klassenapp', 'klasapp', 'gehackt', 'gehacked', 'gekraakt', 'ik|k heb|had je|jouw @app'],
    weight: 1,
    examples: {
      match: ['voeg me toe op snap', 'add me op insta', 'heb je snap?', 'wat is je snapchat', 'wa is uw insta', 'stuur me je snap', 'mijn snap is lisa_x', 'heb je ook telegram', 'op welke apps zit je'],
      ignore: ['ik heb snap verwijderd lol', 'mijn snap streak is 200 dagen', 'voeg me toe op whatsapp voor de groep van het project', 'snap jij het huiswerk'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'laten|laat|late we|wij|ons ..3 op|naar|via|in @app',
      'zullen|kunnen|kan|gaan|moeten we|wij ..3 op|naar|via|in @app',
      'praten|chatten|appen|kletsen|verder|afspreken|bellen|spreken ..2 op|via|in @app [verder]',
      'hier ..3 saai|kut|irritant|lastig|onveilig|traag|vervelend|druk',
      'deze|die|dit app|site|chat|platform ..3 saai|kut|irritant|lastig|onveilig|traag|stom|vervelend|gecontroleerd|gemonitord',
      'hier kunnen|kan we|ik ..2 niet ..2 praten|chatten|zeggen|vrijuit',
      'ik ben ..2 hier|op_deze_app|op_deze_site ..2 niet|bijna_nooit ..1 vaak|actief|nooit|meer',
      'ergens|somewhere ..2 anders|prive|privater|rustiger|veiliger ..2 praten|chatten|kletsen|verder',
      'kom|ga|gaan|zullen|we ..2 pv|prive|dm|privechat',
      'stuur|doe|gooi me|mij ..2 pv|prive|privebericht|dm|dmtje|berichtje_prive',
      'prive|privater|rustiger ..2 op|via|in @app',
      'kom|join|joinen|joint [op|in|naar|mijn|me] @app',
      'toevoegen|toevoege|adden|volgen|accepteren op|via|in @app',
      'mee naar|op @app',
      'ik|k zit ..2 [ook] op @app',
      'heb|hebt|hedde je|jij|ge ..2 ander|andere|tweede|prive|fake|spam|geheim ..1 account|nummer|profiel',
      'cam|camera|webcam ..3 op|via|in @app',
      'download|installeer|installeren|downloaden|instaleer [ff|even|eens|dan|maar] @app',
      'berichtje|bericht|dm|dmtje|appje ..2 op|via|in @app',
    ],
    unless: ['huil*', 'janken', 'rage*', 'adres stuur ik|k', 'ik|k stuur ..2 adres', 'groep*', 'project*', 'klas*', 'team*', 'squad', 'potje*', 'gamen', 'spelen', 'clan', 'werkstuk*', 'huiswerk', 'server ..2 joinen'],
    weight: 1,
    examples: {
      match: ['laten we verder praten op telegram', 'zullen we naar snap gaan', 'hier is het zo saai', 'kunnen we ergens anders prive praten', 'kom pv', 'stuur me een pv', 'praten we verder op whatsapp?'],
      ignore: ['ok prima, adres stuur ik in dm op insta', 'we hebben gister gebeld', 'zullen we naar discord gaan met de groep', 'dit spel is saai', 'laten we op discord gamen'],
    },
  },
  {
    id: 'video-call',
    phrases: [
      'zullen|kunnen|kan|wil|wilt|wilde|zin|gaan|laten|laat|effe|even|ff we|je|jij|ge|om|in|ons ..3 facetimen|facetime|videobellen|videochatten|videocall*|skypen|cammen|camchatten|camsex',
      'facetimen|videobellen|videochatten|skypen|cammen ..2 met mij|mij|me|ons|samen',
      'bel|bellen me|mij ..3 met|via video|cam|camera|facetime|webcam',
      'ga|kom|gaan ..2 op|on|voor [de|het|je] cam|camera|webcam|live',
    ],
    unless: ['les', 'lessen', 'klas*', 'school', 'meeting', 'vergadering', 'groep*', 'oma', 'opa', 'mama', 'papa', 'tante', 'oom'],
    weight: 1,
    examples: {
      match: ['laten we facetimen', 'kunnen we facetimen?', 'zin om te videobellen?', 'wil je even skypen', 'ga op cam', 'facetimen met mij?'],
      ignore: ['we moeten facetimen met oma zondag', 'videobellen voor de les om 9 uur', 'ik heb gister gefacetimed'],
    },
  },
  {
    id: 'ask-phone-number',
    phrases: [
      'wat|wa|wats|whats|hoe is|s [je|jouw|your|uw|ur] [mobiele|mobiel|telefoon|gsm|06] nummer|nr|nummertje|telefoonnummer|gsmnummer|06|tel|telnr|mobielnummer',
      'geef|stuur|gooi|drop|sms|app [me|mij] [ff|even|effe|eens|snel|maar|dan] je|jouw|uw|your nummer|nr|nummertje|telefoonnummer|gsmnummer|06|telnr|mobielnummer',
      'heb|krijg|mag ik ..2 je|jouw|uw nummer|nr|nummertje|telefoonnummer|06|telnr',
    ],
    unless: ['groep*', 'project*', 'werkstuk*', 'klas*', 'team*', 'lijst', 'ouders', 'school', 'pakket*', 'bezorg*', 'bestelling', 'fiets', 'ophalen', 'verkoop', 'marktplaats'],
    weight: 1,
    examples: {
      match: ['wat is je nummer?', 'geef me je 06', 'mag ik je nummer', 'stuur me ff je nummer'],
      ignore: ['wat is je nummer? dan voeg ik je toe aan de groepsapp', 'wat is het nummer van de bus', 'mijn nummer is veranderd'],
    },
  },
  {
    id: 'lets-videocall-u6',
    phrases: [
      'doe|doen|zullen|kunnen|kun|kan|wil|wilt|gaan ..3 [een|ff|even|eens|es|nog] videocall*|videobel*|videochat*|videogesprek*|facetime*|snapcall*|camcall*|cam_call*|video_call*',
      'bel|bellen ..2 [me|mij|ff|even] ..1 op|via ..1 facetime|video|snap|whatsapp|cam|telegram|discord',
    ],
    unless: ['oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'familie', 'les', 'docent*', 'school', 'huiswerk', 'project*', 'groep*', 'klas*', 'teams', 'zoom', 'meeting', 'werk', 'sollicitatie*', 'dokter', 'huisarts', 'ik_heb', 'gister*', 'som', 'sommen', 'snap_de|snap_het|snap_er', 'uitleg*', 'uitleggen', 'helpen', 'help', 'opgave*', 'oefening*'],
    weight: 1,
    examples: {
      match: ['doe eens een videocall', 'zullen we ff facetimen', 'bel me even op facetime'],
      ignore: ['doe een videocall met oma', 'kunnen we videobellen voor het project'],
    },
  },
  {
    id: 'talk-with-me-on-app-e8',
    phrases: [
      'praat|chat|praten|chatten|kletsen|bellen|appen|snappen ..1 @you ..2 met ..1 mij|me ..2 op|via ..1 @app',
      'zullen|kunnen|gaan we|wij ..3 op|via ..1 @app ..2 verder ..1 praten|chatten|kletsen|bellen|appen',
    ],
    unless: ['groep*', 'klas*', 'project*', 'werkstuk', 'huiswerk', 'server', 'team', 'squad', 'clan', 'potje', 'school', 'mentor', 'docent*', 'juf', 'meester', 'iedereen', 'allemaal', 'jullie'],
    weight: 1,
    examples: {
      match: ['nice. praat je met mij op discord?', 'zullen we op telegram verder praten'],
      ignore: ['praat je met mij op discord voor het project?', 'zullen we op discord verder praten met de hele klas'],
    },
  },
  {
    id: 'step-over-private-call-r10',
    phrases: [
      'stap|stappen|ga|gaan ..2 over ..2 naar|op @app',
      'prive|priv ..1 call|gesprek|chat|videocall|belletje|vc|dm ..2 met me|mij',
    ],
    unless: ['groep', 'klas', 'team', 'werk', 'project', 'school', 'mentor*', 'ouders', 'rooster'],
    examples: {
      match: ['Top. Stap even over naar telegram, daar sturen we de opdrachten', 'wil je staff worden? dan moet je wel even in een prive call met mij'],
      ignore: ['we stappen over naar teams voor het project', 'de klas gaat over naar signal'],
    },
  },
  {
    id: 'flemish-have-you-got-app-r11',
    phrases: [
      'hebde|hedde|hebt_ge ..1 [gij|ge] ..1 @app',
    ],
    unless: ['klas*', 'groep*', 'project', 'werkstuk', 'school', 'les'],
    examples: {
      match: ['hebde gij snap'],
      ignore: ['hebde gij snap voor de klasgroep'],
    },
  },
  {
    id: 'my-number-app-me-r11',
    phrases: [
      'ik|k stuur|geef ..2 mijn|mn|me ..1 nummer|nr|06 ..4 app|appen|bel|sms|text|whatsapp',
    ],
    unless: ['klas*', 'groep*', 'project', 'werkstuk', 'school', 'les', 'marktplaats', 'vinted', 'pakket', 'ophalen', 'fiets', 'te_koop', 'bezorg*', 'afspraak', 'tandarts', 'kapper', 'bijles', 'oppas*', 'mama', 'papa', 'oma', 'opa'],
    examples: {
      match: ['ik stuur je mijn nummer, app me'],
      ignore: ['ik stuur je mijn nummer, app me als je de fiets wil ophalen'],
    },
  },
  {
    id: 'continue-on-app-r12',
    phrases: [
      'kom|join ..2 in|bij ..1 mijn|m|onze ..1 @app ..1 groep|kanaal|channel|chat',
      'op|via @app ..1 verder ..1 praten|chatten|kletsen|appen|plannen',
      'handiger|makkelijker|beter ..3 via|op @app ..4 niet_via|buiten ..2 platform|site|app|hier',
    ],
    unless: ['klas', 'school', 'team', 'huiswerk', 'groepsopdracht*', 'ouders', 'familie', 'mama', 'papa', 'oma', 'opa', 'iedereen', 'jongens', 'allemaal'],
    examples: {
      match: ['Kom in mijn telegram groep, daar leg ik alles uit', 'wil je op insta verder praten, is makkelijker', 'Handiger als we via WhatsApp plannen, niet via het platform'],
      ignore: ['kom in onze whatsapp groep van de klas', 'jongens kunnen we op whatsapp verder plannen'],
    },
  },
  {
    id: 'send-them-via-app-r13',
    phrases: [
      '@send ..3 ze|die|het|maar|dat ..2 via|op|over ..1 whatsapp|telegram|signal|wickr|session|kik|threema|wire ..3 naar|op ..2 dit|mijn|deze ..1 nummer|account|profiel',
      '@send ..3 ze|die|het|maar|dat ..2 via|op|over ..1 telegram|signal|wickr|session|kik|threema|wire',
    ],
    unless: ['groep*', 'familie*', 'oma', 'opa', 'mama', 'papa', 'school', 'klas', 'team', 'werk', 'vakantie', 'feest', 'verjaardag'],
    examples: {
      match: ['Stuur ze maar via WhatsApp naar dit nummer, dan zijn ze veilig', 'Stuur ze via Telegram @starlight_casting_nl'],
      ignore: ['stuur ze maar via whatsapp in de familiegroep'],
    },
  },
  {
    id: 'talk-only-on-app-r15',
    phrases: [
      "praat|praten|chat|chatten|spreek|spreken|appen|app|bericht ..3 alleen|enkel|voortaan|vanaf_nu|liever ..2 [nog] ..1 op|via|in @app ..2 [met] [me|mij]",
      "alleen|enkel|voortaan|vanaf_nu ..2 [nog] op|via @app ..2 met me|mij ..2 praten|praat|chatten|spreken|appen",
    ],
    unless: ["groep*", "klas*", "team", "club", "school", "project*", "werkstuk*", "ouders", "mama", "papa", "oma", "opa", "familie", "werk", "baas", "stage"],
    examples: {
      match: ["wis deze chat en praat alleen nog op telegram met me", "we praten voortaan via signal", "chat liever op whatsapp met mij"],
      ignore: ["we praten voortaan via whatsapp in de groep van de klas", "chat liever op whatsapp met mama, die ziet insta niet"],
    },
  },
  {
    id: 'contact-via-app-r15',
    phrases: [
      "neem ..2 contact ..2 op ..2 via|met|op @app",
      "via|op ..1 prive|privee ..1 videobellen|bellen|chatten|appen|facetimen",
      "@send [de|die|je] @photo [s] ..2 via|op @app ..3 naar|aan ..2 onze|mijn|de scout|manager|agent|fotograaf|collega|assistent",
    ],
    unless: ["groep*", "klas*", "school", "project*", "werkstuk*", "ouders", "mama", "papa", "oma", "opa", "familie", "klantenservice", "helpdesk", "bezorg*", "pakket*", "bestelling*", "huisarts", "tandarts", "gemeente"],
    examples: {
      match: ["Neem contact op via WhatsApp voor de opdracht", "Zullen we volgende keer via privé videobellen ipv het platform?", "Stuur de foto's via Telegram naar onze scout."],
      ignore: ["neem contact op via whatsapp met de klantenservice", "stuur de fotos via whatsapp naar de groep van de klas"],
    },
  },
  {
    id: 'better-on-app-r16',
    phrases: [
      'beter|makkelijker|liever|chiller ..2 via|op|in @app ..4 traag|saai|kut|logt|trager|dood|buggy',
      'ff|even op|via|naar @app dan ..3 discord|insta|instagram|tiktok|hier|deze ..1 is|zijn',
    ],
    unless: ['groep*', 'klas*', 'team', 'project*', 'huiswerk'],
    examples: {
      match: ['beter via telegram, lichess chat is zo traag', 'ff op snap dan, discord is kut'],
      ignore: ['beter via whatsapp met de hele groep, discord is traag'],
    },
  },
  {
    id: 'drop-your-app-r17',
    phrases: [
      'gooi|drop|geef ..1 [je|jouw|ff|even|eens|me|mij] je|jouw|ff|even|eens @app ..1 [ff|even|eens|is|dan|hier|maar|effe]',
    ],
    unless: ['groep*', 'project*', 'klas', 'team', 'werkstuk*', 'spreekbeurt*', 'school', 'ouders', 'opa', 'oma', 'mama', 'papa', 'voor_de', 'iedereen'],
    examples: {
      match: ['chill. gooi je discord even dan kunnen we 1 op 1 callen', 'drop ff je telegram'],
      ignore: ['gooi je discord even in de groep voor het project', 'geef je snap aan iedereen van het team'],
    },
  },
  {
    id: 'app-filters-here-move-r18',
    phrases: [
      'via|op|naar|in @app ..6 hier|chat|roblox|fortnite|insta|instagram|tiktok ..2 filtert|filteren|censuur|censureert|blokkeert|verwijdert|leest_mee|lezen_mee|bant|banned',
      'beter|liever|makkelijker we|wij ..3 oefenen|praten|bellen|verder|chatten ..3 op|via|in @app',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'groep*', 'klas', 'project', 'werkstuk', 'huiswerk', 'team', 'school'],
    examples: {
      match: ['ok maar ff via discord, roblox chat filtert alles', 'Beter we oefenen op video, op Telegram, dan uitspraak is beter'],
      ignore: ['beter we praten via discord voor het project met de groep'],
    },
  },
  {
    id: 'come-on-app-ill-explain-r19',
    phrases: [
      'kom|ga|spring|hop ..2 op|naar|in @app ..2 dan|daar ..2 leg|uitleggen|vertel|regelen|regel|praten|bespreken',
    ],
    unless: ['project*', 'groep*', 'klas', 'huiswerk', 'werkstuk', 'les', 'clan', 'team', 'server', 'squad', 'raid', 'game', 'match', 'potje'],
    examples: {
      match: ['kom ff op telegram dan leg ik uit, @modz_nl', 'ga naar whatsapp daar regelen we de rest'],
      ignore: ['kom op discord dan leg ik het huiswerk uit', 'kom op discord daar praten we over de raid'],
    },
  },
  {
    id: 'come-over-here-is-read-r24',
    phrases: [
      'kom|ga|gaan [ff|even|eens|maar|dan|snel|gwn|gewoon] [ff|even] op|naar @app ..6 hier|deze_app ..2 wordt|worden|leest|lezen|kijkt|kijken ..2 gelezen|meegelezen|mee|gecontroleerd|gemonitord|bekeken|gescreend',
      'hier wordt|worden ..2 alles|berichten|chats ..1 gelezen|meegelezen|gecontroleerd|gemonitord|gescreend|opgeslagen',
    ],
    unless: ['groep*', 'project*', 'klas*', 'team*', 'squad', 'potje*', 'gamen', 'spelen', 'clan', 'werkstuk*', 'huiswerk', 'school', 'ouders|mama|papa|moeder|vader', 'leraar|juf|meester|mentor', 'privacy|voorwaarden|cookies'],
    weight: 1.5,
    examples: {
      match: ['kom ff op telegram, hier wordt alles gelezen', 'hier worden alle berichten gelezen, kom naar signal'],
      ignore: ['hier wordt alles gelezen door de mentor, kom in de klas groep', 'lees de privacy voorwaarden, hier wordt alles opgeslagen'],
    },
  },
  {
    id: 'my-private-number-r24',
    phrases: [
      'stuur|stuurt|app|bel|sms|dm ..4 naar|op|via mijn|mn ..1 prive|eigen|tweede|andere|geheime ..1 nummer|account|telefoon|insta|instagram|snap|snapchat|whatsapp',
      'videocall|videocallen|videobellen|facetimen|cammen ..2 op|via|in @app',
    ],
    unless: ['groep*', 'project*', 'klas*', 'squad', 'potje*', 'gamen', 'spelen', 'clan', 'werkstuk*', 'huiswerk', 'school', 'ouders|mama|papa|moeder|vader|oma|opa', 'werk', 'zakelijk*', 'kantoor', 'nieuw_nummer|nieuwe_nummer|nummer_veranderd|telefoon_kwijt|oude_nummer|oude_telefoon|kapot'],
    examples: {
      match: ['stuur ze naar mijn prive nummer, niet via de teamapp', 'gewoon videocall op insta'],
      ignore: ['mijn telefoon is kapot, stuur het naar mijn tweede nummer', 'app me op mijn prive nummer, de werk telefoon staat uit', 'zullen we videobellen op whatsapp met de groep'],
    },
  },
  {
    id: 'private-server-have-app-r25',
    phrases: [
      'kom|ga|join|gaan ..2 in|op|naar ..1 mijn|mn|m_n ..1 prive|private|eigen ..1 server|discord|kanaal|call|groep|chat|voice',
      'jij|je|ge|you hebt|heb ..1 wel|ook|toch ..1 @app',
    ],
    unless: ['minecraft', 'anderen', 'de_rest', 'met_z_n_allen', 'project*', 'klas*', 'groepje', 'huiswerk', 'werkstuk*', 'presentatie', 'minecraft_server|mc_server|smp', 'iedereen', 'allemaal', 'jullie', 'team', 'toernooi', 'verjaardag*', 'feest*'],
    examples: {
      match: ['kom ff in mijn prive discord server', 'ik ben sophie 16 uit rotterdam. jij hebt wel snap?'],
      ignore: ['kom in mijn prive server, dan doen we het project af', 'jij hebt toch whatsapp, zet het in de klassengroep', 'kom in mijn eigen server, iedereen is er al'],
    },
  },
  {
    id: 'add-me-continue-on-app-r26',
    phrases: [
      'kan|kun|wil|wilt @you ..2 me|mij ..1 op|via|bij @app ..1 toevoegen|adden|add|toevoege',
      'wil|wilt|zullen|kunnen @you|we ..1 op|via|naar @app ..1 verder|verderpraten|verderchatten|verder_praten',
    ],
    unless: ['groep*', 'klas', 'project*', 'werkstuk*', 'school', 'huiswerk', 'ga_van', 'ik_stop_met', 'nieuw_nummer', 'nieuwe_telefoon', 'nieuwe_gsm'],
    examples: {
      match: ['eerst even testfotos, kan je me op whatsapp toevoegen? ig is zo traag', 'wil je op telegram verder? snap slaat mn berichten niet op', 'kun je mij via snap adden'],
      ignore: ['kan je me op whatsapp toevoegen aan de groep van de klas', 'wil je op discord verder met het project'],
    },
  },
  {
    id: 'facetime-just-us-two-r26',
    phrases: [
      'facetimen|videobellen|facetime|skypen|callen|bellen|videocall ..4 alleen ..1 wij|ons|jij_en_ik ..1 twee|2|tweetjes|tweeen',
    ],
    unless: ['groep*', 'klas', 'project*', 'werkstuk*', 'huiswerk', 'oma', 'opa', 'mama', 'papa'],
    examples: {
      match: ['ff facetimen? alleen wij twee'],
      ignore: ['ff facetimen voor het project? alleen wij twee want de rest slaapt'],
    },
  },
  {
    id: 'my-other-account-answer-here-r27',
    phrases: [
      'dit|hier|dat|deze ..1 is|zijn ..1 mijn|mn|m_n ..1 andere|tweede|2_e|reserve|backup|spam|nieuwe|tweede ..1 account|acc|profiel|snap|insta|instagram|tiktok|discord ..6 reageer|antwoord|praat|blok|blokkeer|blokt|blokte|geblokkeerd|geblokt|geblocked|geblockt|negeer|negeert|genegeerd',
    ],
    unless: ['gehackt', 'gehacked', 'kwijt', 'vergeten', 'volg', 'volgen', 'follow', 'tekening*', 'kunst', 'art', 'memes', 'fotografie', 'gaming', 'voor_mijn', 'school', 'werk', 'groep*', 'mama|papa|oma|opa|mam|pap', 'posts', 'post', 'reels', 'content', 'volgers'],
    examples: {
      match: ['dit is mijn andere account, je had me geblokkeerd. antwoord hier', 'dit is mn 2e account, reageer hier'],
      ignore: ['dit is mijn nieuwe account, de oude is gehackt, volg me hier', 'dit is mijn andere account voor mijn tekeningen, reageer maar', 'dit is mijn andere account, reageer hier maar op mijn posts'],
    },
  },

  {
    id: 'there-not-here-r28',
    phrases: [
      '@app ..3 niet hier|niet_op_deze|hier_niet',
      'liever|beter ..1 via|op|in @app ..3 regelen|praten|verder|kletsen|chatten',
    ],
    unless: ['rest', 'iedereen', 'allemaal', 'de_anderen', 'samenvatting*', 'aantekeningen', 'groep*', 'project*', 'klas*', 'team*', 'werkstuk*', 'huiswerk', 'clan', 'squad', 'server'],
    weight: 1,
    examples: {
      match: ['op discord, niet hier in de chat', 'liever via telegram, daar regelen we de contracten'],
      ignore: ['liever via whatsapp, daar zit de rest ook', 'op discord voor het project, niet hier', 'liever via whatsapp in de groep praten'],
    },
  },

  {
    id: 'may-i-have-your-app-r28',
    phrases: [
      'mag|kan|krijg|kun ik ..2 je|jouw|uw @app ..1 [naam|account|username|gebruikersnaam|handle|hebben|krijgen]',
    ],
    unless: ['aantekeningen', 'samenvatting*', 'notities', 'opdracht*', 'les', 'lessen', 'toets', 'lenen', 'gebruiken', 'wachtwoord', 'telefoon', 'oplader', 'groep*', 'project*', 'klas*', 'team*', 'werkstuk*', 'huiswerk', 'clan', 'squad'],
    weight: 1,
    examples: {
      match: ['gisteren was je zo leuk, mag ik je snap?', 'kan ik je insta krijgen', 'krijg ik je discord naam'],
      ignore: ['mag ik je snap? dan stuur ik je de aantekeningen', 'mag ik je telefoon lenen, mijn snap doet het niet', 'mag ik je insta voor het project gebruiken'],
    },
  },
  {
    id: 'continue-in-dm-n31',
    phrases: [
      'verder|verderpraten|verderchatten|door ..2 in|via|op|naar ..1 [de|je|mijn|mn|m_n|onze] dm|dms|pm|pv|prive|privee|privechat|priv|direct|directe_berichten',
      'in|via|op ..1 [de|je|mijn|mn] dm|dms|pm|pv|prive|privechat ..2 verder|verderpraten|verderchatten|verder_praten|verder_spelen',
      'wil|wilt|zullen|kunnen ..2 @you|we ..3 naar|in ..1 [de|mijn|je] dm|dms|pm|pv|prive|privechat ..2 [gaan|verder]',
    ],
    unless: ['adres', 'huiswerk', 'werkstuk*', 'project*', 'opdracht*', 'klas', 'groep*', 'team', 'iedereen', 'jullie', 'link', 'bestelling', 'order', 'ruil*', 'trade*', 'verkoop', 'kopen', 'prijs', 'betaling', 'bezorging', 'met_z_n_allen'],
    examples: {
      match: ['wil je verder in dm? dan doen we iets voor ons samen', 'laten we in prive verder praten', 'zullen we naar pm gaan'],
      ignore: ['stuur het adres verder in dm', 'we gaan verder in de groep met het project', 'bestelling regelen we verder via pm'],
    },
  },
  {
    id: 'talk-on-vc-or-other-app-r36',
    phrases: [
      'kan|kun|kunnen|wil|wilt|zullen|gaan je|jij|we|wij|ge ..2 praten|bellen|kletsen|chatten|verder ..1 op|via|in ..1 vc|videocall|facetime|cam|discord|snap|snapchat|telegram|whatsapp',
      'we|wij ..3 [ook] op|naar|via een|n ..1 andere ..1 app|site|platform',
      'andere app ..4 kijkt|kijken|leest|lezen|ziet|zien|controleert ..3 niet|nie|niemand|nooit',
    ],
    unless: ['klas*', 'groep*', 'project*', 'werkstuk*', 'huiswerk', 'team', 'opa', 'oma', 'tante', 'oom', 'jullie', 'iedereen', 'storing', 'kapot', 'werkt_niet', 'doet_het_niet', 'hapert', 'laggy', 'lag'],
    weight: 1,
    examples: {
      match: ['kun je praten op vc vanavond', 'zullen we bellen via facetime', 'we kunnen ook naar een andere app', 'op die andere app kijkt je moeder toch niet'],
      ignore: ['kunnen we praten op vc voor het project', 'whatsapp doet het niet, we kunnen ook op een andere app', 'bellen via facetime met oma'],
    },
  },
] satisfies PatternEntry[];
