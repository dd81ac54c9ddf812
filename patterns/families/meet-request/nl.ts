import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'lets-meet',
    phrases: [
      'zullen|kunnen|kan|gaan|moeten we|wij ..3 [een_keer|eens|keer|ff|even|snel] afspreken|afspreke|ontmoeten|meeten|daten|elkaar_zien|elkaar_ontmoeten|elkaar_spreken',
      'wil|wilt|zou je|jij|ge ..3 afspreken|afspreke|ontmoeten|meeten|daten|langskomen|langs_komen|me_ontmoeten|mij_ontmoeten',
      'in het echt ..3 zien|ontmoeten|afspreken|meeten',
      'irl ..2 zien|ontmoeten|afspreken|meeten',
      'wanneer ..3 afspreken|ontmoeten|elkaar_zien|meeten|in_het_echt',
      'ik wil|wil_je|wil_ik ..3 je|jou ..2 in het echt ..1 zien|ontmoeten',
      'laten|laat we ..3 afspreken|ontmoeten|meeten',
      'ik wil ..3 je|jou ..2 ontmoeten|in_het_echt_zien|irl_zien|echt_zien',
    ],
    weight: 1.5,
    unless: ['bieb', 'bibliotheek', 'mediatheek', 'leren', 'toets', 'huiswerk', 'studeren', 'groep*', 'project*', 'werkstuk*', 'training', 'wedstrijd', 'oefenen', 'teams', 'zoom', 'meeting', 'iedereen', 'allemaal', 'met_z_n_allen', 'ouderavond', 'mentor*', 'docent*', 'lisa', 'bioscoop', 'film'],
    examples: {
      match: ['zullen we een keer afspreken?', 'wil je afspreken', 'ik wil je in het echt zien', 'wanneer kunnen we afspreken', 'laten we ergens afspreken'],
      ignore: ['zullen we afspreken voor het project?', 'ik heb vandaag afgesproken met sanne', 'zullen we morgen naar de film'],
    },
  },
  {
    id: 'pick-you-up-come-over',
    phrases: [
      'ik kan|kom|wil|zal|haal ..2 je|jou ..4 ophalen|oppikken|halen',
      'ik|k haal ..1 je|jou ..3 op',
      'spreek|spreken|spreekt je|jij|we ..1 af ..2 met me|mij',
      'ik kom ..3 naar je|jou ..1 toe',
      'kom|komt ..3 [een_keer|eens|maar] naar|bij mij|me|mijn ..1 [huis|thuis|appartement|auto]',
      'wil|wilt je|jij ..3 bij|naar mij ..2 thuis|komen|slapen|logeren',
      'stap|stapt ..2 bij_mij|in_mijn ..1 auto',
      'gaan|gaat we|wij ..2 naar|bij mij|mijn ..1 huis|thuis|appartement|kamer|auto',
      'ik ..2 betaal ..2 je|jouw ..1 trein|treinkaartje|reis|taxi|uber|bus',
      'ik kan ..2 een|je ..1 taxi|uber|treinkaartje ..2 regelen|betalen|sturen',
      'hotel|hotelkamer ..3 jij|samen|wij|jou',
    ],
    unless: ['mn|mijn|m_n moeder|vader|ouders|mama|papa ..3 maakt|kookt|bakt|koken|maken|bakken|zijn_thuis|is_thuis', 'mn|mijn|m_n vader|moeder|mama|papa|ouders|broer|zus ..2 brengt|brengen|rijdt|rijden|haalt|halen', 'zijn|haar ouders|moeder|vader|mama|papa', 'huiswerk|werkstuk|leren|oefenen', 'make_up|makeup|mascara', 'bruiloft', 'kom|komen ..1 het|dat|die|m|hem|mn|mijn|m_n|ze|geld|sleutel|spullen ..3 halen|ophalen', 'sta|ben|zijn ..1 over # min|minuten|minuutjes ..2 voor_de_deur|bij_de_ingang|bij_het_station|buiten', 'het_is_al ..1 laat|#', 'kom_je_anders|haal_je_anders|anders_kom_ik|anders_haal_ik|thuis_zijn_anders', 'voetbal*', 'trainer', 'coach', 'hockey', 'zwemmen', 'dansles', 'les', 'sport', 'turnen', 'training', 'school', 'wedstrijd', 'oma', 'opa', 'mama', 'papa', 'fiets', 'marktplaats', 'pakket', 'boodschappen', 'eten', 'verjaardag', 'feest', 'werk', 'mijn|mn moeder|mama|vader|papa|ouders ..1 vindt|vinden|zegt|zeggen ..1 het|dat ..1 goed|prima|oke|ok'],
    examples: {
      match: ['dan gaan we naar mijn huis', 'ik kan je ophalen', 'ik kom naar je toe', 'kom naar mijn huis', 'wil je bij mij slapen', 'ik betaal je treinkaartje'],
      ignore: ["kom je zaterdag bij mij? mn moeder maakt pannenkoeken", "mn vader brengt ons, kom je eerst naar mij", "kom je morgen bij mij? mijn ouders zijn naar een bruiloft", 'ik wil je zien dansen op het podium zaterdag!', 'wil je bij mij komen logeren? mijn moeder vindt het goed', 'ik kan je ophalen van training', 'kan ik de fiets morgen ophalen', 'ik kom naar je toe voor het feest', 'om 12 uur thuis zijn, ik kom je anders halen', 'anders kom ik je zelf ophalen bij Joep', 'betaal vandaag of ik kom het bij je thuis halen', 'ik kom die sleutel morgen bij je ophalen'],
    },
  },
  {
    id: 'drink-nearby-u6',
    phrases: [
      'kunnen|kan|gaan|zullen|gaan we|wij ..4 wat|iets|een_drankje|een_hapje|samen ..1 drinken|eten|chillen|doen|afspreken',
      'ik ben|kom|zit|ben_ik ..3 [ook|toevallig|morgen|zaterdag|zondag|vrijdag] ..2 in ..1 de|jouw|je buurt|stad|dorp|omgeving|regio',
      'kom|komt|kan ..3 [me|mij] ..2 [even|gewoon|maar] ..1 ophalen ..3 bij ..2 station|het_station|de_parkeerplaats|mijn_auto|mijn_huis|mij|me|hotel',
      'waar|wanneer ..3 kan|kunnen ..2 ik|we ..2 je|jou ..2 zien|ontmoeten|oppikken|ophalen',
    ],
    unless: ['leren', 'toets', 'huiswerk', 'studeren', 'groep*', 'project*', 'werkstuk*', 'training', 'wedstrijd', 'oefenen', 'meeting', 'iedereen', 'allemaal', 'mama', 'papa', 'oma', 'opa', 'tante', 'oom', 'fiets', 'marktplaats', 'pakket', 'bestelling', 'ps5|console|playstation|spullen|tafel|kast|bank', 'bios*', 'klas*', 'verjaardag*', 'feest*', 'jullie', 'discord|facetime|zoom|online|scherm|schermdelen|videocall|call|teams|docs|doc'],
    weight: 1.5,
    examples: {
      match: ['dan kunnen we ook even wat drinken', 'ik ben zaterdag ook in de buurt', 'kom hem vrijdag ophalen bij het station', 'waar kan ik je oppikken'],
      ignore: ['zullen we samen doen op discord? ik deel mn scherm', 'zullen we samen iets doen online vanavond', 'zullen we wat drinken met de klas', 'kom de ps5 zaterdag ophalen bij mij', 'ik ben in de buurt van oma'],
    },
  },
  {
    id: 'pick-you-up-by-car-u6',
    phrases: [
      'ik|k kan|kom|zal|wil|kom_je ..3 je|jou ..4 ophalen|oppikken|halen ..4 met ..1 de|mijn|mn auto|scooter|motor|wagen',
      'ik|k kan|kom|zal|wil ..3 je|jou ..4 met ..1 de|mijn|mn auto|scooter|motor|wagen ..2 ophalen|oppikken|halen',
      'stap|stapt|instappen ..3 in ..2 mijn|mn|de auto ..4 [dan|en] ..2 rijden|gaan|ergens',
    ],
    unless: ['mama', 'papa', 'mam', 'pap', 'oma', 'opa', 'tante', 'oom', 'training', 'trainer', 'coach', 'voetbal*', 'les', 'wedstrijd', 'voetbal', 'hockey', 'zwemmen', 'dansles', 'tandarts', 'dokter', 'huisarts', 'ziekenhuis', 'regen', 'ziek', 'feest*', 'verjaardag*', 'werk', 'station_na', 'vliegveld', 'schiphol', 'bagage', 'koffer*', 'boodschappen', 'jullie', 'allemaal', 'iedereen'],
    weight: 2,
    examples: {
      match: ['zullen we zaterdag afspreken? ik kan je ophalen bij school met de auto', 'ik kom je wel halen met mijn auto', 'ik kan je met de auto ophalen'],
      ignore: ['ik kan je ophalen met de auto na de training', 'papa kan je ophalen met de auto', 'ik haal jullie allemaal op met de auto'],
    },
  },
  {
    id: 'meet-with-me-u6',
    phrases: [
      'ik|k wil ..2 je|jou ..2 echt|graag|zo_graag|heel_graag|eindelijk ..2 ontmoeten|zien_in_het_echt|in_het_echt_zien|irl_zien',
      'ik|k trakteer|betaal ..3 [op|de|het] [een] drankje|ijsje|etentje|bios|film|mcdonalds|mac|alles',
    ],
    unless: ['leren', 'toets', 'huiswerk', 'studeren', 'groep*', 'project*', 'werkstuk*', 'training', 'wedstrijd', 'oefenen', 'meeting', 'iedereen', 'allemaal', 'jullie', 'mama', 'papa', 'oma', 'opa', 'tante', 'oom', 'klas*', 'verjaardag*', 'feest*', 'geslaagd', 'sollicitatie*'],
    weight: 2,
    examples: {
      match: ['ik wil je echt ontmoeten', 'ik trakteer op een drankje'],
      ignore: ['wil je een keertje met me afspreken om te leren voor de toets?', 'ik trakteer jullie allemaal op ijs voor mijn verjaardag'],
    },
  },
  {
    id: 'meet-up-with-me-u6',
    phrases: [
      'wil|wilt|zou|zullen|kunnen @you|we ..5 met ..1 me|mij ..2 afspreken|afspreke|ontmoeten|daten|uitgaan|chillen|meeten|op_date',
      'chillen|slapen|logeren|langskomen|komen ..3 mij|me ..1 thuis ..6 ouders|moeder|vader ..3 niet|nie|weg',
    ],
    unless: ['leren', 'toets', 'huiswerk', 'studeren', 'groep*', 'project*', 'werkstuk*', 'training', 'wedstrijd', 'oefenen', 'meeting', 'iedereen', 'allemaal', 'jullie', 'mama', 'papa', 'oma', 'opa', 'tante', 'oom', 'klas*', 'verjaardag*', 'feest*', 'geslaagd', 'sollicitatie*'],
    weight: 1.5,
    examples: {
      match: ['wil je een keertje met me afspreken?', 'zullen we een keer samen met mij chillen', 'heb je zin om te chillen bij mij thuis, mijn ouders zijn er niet'],
      ignore: ['wil je een keertje met me afspreken om te leren voor de toets?'],
    },
  },
  {
    id: 'come-over-when-parents-away-e8',
    phrases: [
      '@parents ..3 weg|weg_zijn|niet_thuis|er_niet|werken|slapen|op_vakantie ..5 kom|komen ik|k ..2 langs|naar_je_toe|bij_je|naar_jou|naar_je_huis',
      'kan|mag|zal ik|k ..3 langskomen|langs_komen|naar_je_toe_komen|bij_je_komen ..5 @parents ..3 weg|weg_zijn|niet_thuis|er_niet|werken|slapen',
    ],
    unless: ['mijn|mn|m|onze ..1 @parents', 'helpen', 'huiswerk', 'oppassen', 'hond', 'kat', 'planten', 'eten', 'sleutel*', 'pakket*', 'haha*', 'lol', 'feest*', 'verjaardag*', 'gamen', 'film'],
    weight: 2,
    examples: {
      match: ['wanneer zijn je ouders weg? dan kom ik langs', 'kan ik langskomen als je ouders weg zijn?'],
      ignore: ['als je ouders weg zijn kom ik langs om op de hond te passen', 'als mijn ouders weg zijn kom ik langs'],
    },
  },
  {
    id: 'fancy-meeting-up-e8',
    phrases: [
      'zin ..2 om ..2 af ..1 te ..1 spreken',
      'zin ..2 om ..2 te ..1 chillen|daten|ontmoeten|meeten ..2 [bij|met] mij|me',
    ],
    unless: ['leren', 'toets', 'huiswerk', 'studeren', 'groep*', 'project*', 'werkstuk*', 'training', 'wedstrijd', 'oefenen', 'meeting', 'iedereen', 'allemaal', 'met_z_n_allen', 'jullie', 'mama', 'papa', 'oma', 'opa', 'klas*', 'verjaardag*', 'feest*', 'bios*', 'film', 'stad', 'shoppen', 'mac|mcdonalds'],
    weight: 1.5,
    examples: {
      match: ['zin om af te spreken morgen?', 'zin om een keer te chillen bij mij'],
      ignore: ['zin om af te spreken met de klas?', 'zin om af te spreken voor de toets?'],
    },
  },
  {
    id: 'pick-you-up-at-e8',
    phrases: [
      'ik|k pic|pik|pick ..1 you|je|jou|u ..1 op ..3 aan|bij|van|om|voor ..2 station|het_station|school|huis|hoek|halte|bushalte|parkeerplaats|de_jumbo|de_ah',
    ],
    unless: ['mama|papa|mam|pap|oma|opa|tante|oom', 'training', 'trainer', 'coach', 'voetbal*', 'hockey', 'les', 'wedstrijd', 'feest*', 'verjaardag*', 'werk', 'boodschappen', 'jullie', 'allemaal', 'iedereen'],
    weight: 2,
    examples: {
      match: ['ik pik u op aan het station'],
      ignore: ['ik pik je op aan het station na de training'],
    },
  },
  {
    id: 'give-address-i-bring-r10',
    phrases: [
      'geef|stuur|zeg ..2 je|jouw|uw adres|huisnummer|postcode ..4 ik|k|dan ..2 kom|breng|neem|haal|rij',
    ],
    unless: ['boek*', 'spullen', 'oplader', 'jas', 'sleutel*', 'tas', 'terug*', 'lenen', 'geleend', 'cadeau*', 'pakket*', 'pakje', 'bestelling', 'marktplaats', 'vinted', 'fiets', 'verkoop', 'kopen', 'gekocht', 'betaal*', 'tikkie', 'uitnodiging*', 'kaart*', 'feest', 'verjaardag*'],
    examples: {
      match: ['geef je adres, ik neem iets lekkers mee', 'stuur je adres dan kom ik'],
      ignore: ['stuur je adres, ik breng het pakket morgen', 'geef je adres, dan kom ik morgen de boeken brengen', 'geef je adres voor de uitnodiging, dan stuur ik een kaart'],
    },
  },
  {
    id: 'coming-to-your-town-r11',
    phrases: [
      'ik|k kom ..2 naar ..1 jouw|je ..1 stad|dorp|buurt|woonplaats|wijk ..4 zien|afspreken|ontmoeten|langs|elkaar',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'concert', 'wedstrijd', 'toernooi', 'festival', 'oma', 'opa', 'tante', 'oom', 'familie', 'school', 'klas', 'team', 'werk', 'verhuis*', 'verhuiz*'],
    examples: {
      match: ['ik kom naar jouw stad zaterdag, dan zien we elkaar'],
      ignore: ['ik kom naar jouw stad voor het concert, dan zien we elkaar daar'],
    },
  },
  {
    id: 'come-by-my-car-r11',
    phrases: [
      'wil|wilt @you ..3 bij ..1 mij|me ..2 langskomen|langs_komen',
      'zullen|gaan|kunnen we|wij ..6 met|in mijn|mn ..1 auto',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'mama', 'papa', 'oma', 'opa', 'tante', 'oom', 'training', 'wedstrijd', 'voetbal*', 'hockey', 'huiswerk', 'les', 'werk', 'verjaardag*', 'feest', 'gamen', 'potje', 'film', 'wij_allemaal', 'jullie'],
    examples: {
      match: ['wil je een keer bij mij langskomen', 'zullen we na school ergens heen gaan met mijn auto'],
      ignore: ['wil je na de training bij mij langskomen om te gamen', 'zullen we met mijn auto naar de wedstrijd'],
    },
  },
  {
    id: 'sleep-over-see-each-other-r11',
    phrases: [
      'wil|wilt @you ..2 bij ..1 mij|me ..1 komen ..1 slapen|logeren|chillen',
      'laten|zullen we|wij ..1 elkaar ..2 zien|ontmoeten|treffen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'school', 'klas', 'les', 'training', 'wedstrijd', 'feest', 'verjaardag*', 'morgen_op', 'in_de_pauze', 'bij_de_fietsen', 'mijn|mn moeder|mama|vader|papa|ouders ..1 vindt|vinden|zegt|zeggen ..1 het|dat ..1 goed|prima|oke|ok'],
    examples: {
      match: ['wil je bij me komen slapen', 'laten we elkaar zien dit weekend, niks zeggen tegen je ouders'],
      ignore: ['laten we elkaar zien in de pauze bij de fietsen'],
    },
  },
  {
    id: 'flemish-pick-you-up-car-r11',
    phrases: [
      'ik|k kom|kan|zal ..1 @you ..2 halen|ophalen|oppikken ..3 met ..1 de|mijn|mn ..1 auto|wagen|camionette|busje',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'chiro', 'scouts', 'training', 'wedstrijd', 'school', 'les', 'oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'feest', 'verjaardag*', 'station_voor', 'werk'],
    examples: {
      match: ['ik kom u halen met de auto'],
      ignore: ['ik kom u halen met de auto na de chiro'],
    },
  },
  {
    id: 'at-my-place-nobody-knows-r12',
    phrases: [
      'kan|kom|mag|kunnen ..4 bij_mij_thuis|naar_mij_toe|bij_mij|naar_mijn_huis ..6 niemand|hoeft_niemand|geheim|tussen_ons|stiekem',
      'ik|k haal|pik|breng ..1 je|jou ..4 op|thuis|weg ..6 niks|niets|niemand|stiekem|geheim|tussen_ons',
    ],
    unless: ['verrassing*', 'cadeau*', 'verjaardag*', 'feest*', 'haha*', 'lol', 'mama', 'papa', 'oma', 'opa'],
    examples: {
      match: ['ik haal je op na school, niks tegen je ouders zeggen', 'Zaterdag kan ik je ook bij mij thuis gratis bijles geven, hoeft niemand te weten'],
      ignore: ['kom zaterdag bij mij thuis, het feest is geheim', 'ik haal je op na school, niks tegen papa zeggen, het is een verrassing'],
    },
  },
  {
    id: 'waiting-by-car-near-school-r13',
    phrases: [
      'ik|k sta|wacht|ben ..5 met ..1 de|mijn ..1 auto|wagen ..5 bij|naast|voor|achter ..3 je|jouw|uw school',
      'kom ..4 na ..2 les|school ..3 naar ..2 fietsenhok|fietsenstalling|park*|speeltuin*|bosje*',
    ],
    examples: {
      match: ['ik sta morgen om 4 uur met de auto bij de Jumbo naast je school', 'kom morgen na de les naar het fietsenhok'],
      ignore: ['ik sta met de fiets bij de Jumbo'],
    },
  },
  {
    id: 'come-alone-no-parents-r14',
    phrases: [
      "moet|kom|komt|wel ..2 alleen ..1 komen|kom|komt ..4 geen|zonder ..1 ouders|mama|papa|vrienden|vriendin|iemand|begeleider*|@parents",
      "alleen ..1 komen|kom|komt ..3 zonder|geen ..1 ouders|mama|papa|@parents",
      "kom|komt|moet_je ..2 alleen ..4 hotel|hotelkamer|kamer|auto|appartement|mijn_huis|bij_mij|mijn_kamer",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "feest*", "kamp", "training", "les", "klas", "school", "verjaardag*", "bus", "trein", "werk", "sollicitatie*", "examen", "toets", "wedstrijd", "oudercontact", "afspraak", "kapper", "tandarts", "dokter", "keuring", "fietsen", "druk", "plek", "ruimte", "helm", "vol", "passen", "past", "zitplaats*"],
    examples: {
      match: ["je moet wel alleen komen, geen ouders, dat is de regel", "kom alleen naar het hotel, kamer 12", "alleen komen, zonder je ouders"],
      ignore: ["je moet alleen komen voor de training, geen ouders langs de lijn", "kom alleen naar de tandarts, mama moet werken", "je moet alleen komen, zonder vrienden, anders wordt het te druk in de auto"],
    },
  },
  {
    id: 'waiting-in-my-car-r16',
    phrases: [
      'ik sta|wacht ..2 er|daar ..3 met ..1 een|mijn|m_n|mn ..2 auto|golf|scooter|wagen|busje|bmw|audi|polo|mercedes',
      'mag|kan ..2 altijd|gerust ..2 langskomen|langs_komen|bij_me_komen|bij_mij_komen',
      'achterdeur ..2 is|staat ..1 open|los',
      'kom ..6 deur ..2 is|staat ..1 open|los',
      'kom ..4 naar|in|bij het|de park|parkje|bos|bosje|station|speeltuin*|parkeerplaats|steeg|garage|fietsenstalling|achteringang|bushokje|parkeergarage',
      'ik ..1 kan|zal|wil ..2 je ..3 naar huis brengen|thuisbrengen',
      'afspreken|afspreke ..4 ik ..1 kom|haal ..1 je ..3 halen|ophalen|op ..2 bij|aan|van|na je|jouw school|huis|training|les',
    ],
    unless: ['vertrouwenspersoon', 'mentor', 'mevrouw', 'meneer', 'decaan', 'zorgcoordinator', 'kantoor', 'spreekuur', 'huisarts', 'dokter', 'juf', 'meester', 'allemaal', 'we_zijn', 'iedereen', 'voetbal', 'training_is', 'met_z_n_allen', 'feest', 'bbq', 'picknick', 'papa', 'mama', 'oma', 'opa', 'trein_gaat', 'klas', 'groep*', 'team', 'verjaardag*', 'in_gevaar', 'onveilig'],
    weight: 1.5,
    examples: {
      match: ['kom vrijdag naar het station, ik sta er met een zwarte golf', 'je mag altijd even langskomen hoor', 'kom je om 8 uur? achterdeur is open', 'kom vanavond om 9 naar het park', 'ik kan je daarna naar huis brengen', 'vrijdag afspreken? ik kom je halen bij je school', 'kom morgen na school naar het speeltuintje'],
      ignore: ['kom naar het park, we zijn met z n allen aan het voetballen', 'ik ben de vertrouwenspersoon, je mag altijd langskomen', 'papa kan je naar huis brengen', 'je mag altijd langskomen, het blijft tussen ons tenzij je in gevaar bent'],
    },
  },
  {
    id: 'pick-you-up-just-us-r18',
    phrases: [
      'haal|pik|ophalen ik|k ..2 je|jou|jij ..5 op ..6 alleen ..1 wij|we|jij_en_ik ..1 tweeen|twen|twee|2|samen',
      'test|testje|proef|proeftraining|auditie|shoot|fotoshoot|casting|try_out|tryout ..4 bij ons|mij|mijn|mn ..3 alleen ..1 wij|we|jij_en_ik ..1 tweeen|twen|twee|2|samen',
      'ik|k haal|pik ..2 je|jou ..5 op ..6 alleen ..1 wij|we|jij_en_ik ..1 tweeen|twen|twee|2|samen',
      'afspreken|afspreek|chillen|zien|meeten|meet ..6 ik|k sta|wacht|sta_te_wachten ..2 met ..1 de|mijn|mn|m_n auto|scooter|wagen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'mama|papa|mam|pap|oma|opa|tante|oom', 'ouders', 'trainer_van', 'team', 'carpool*', 'rijden_ouders'],
    examples: {
      match: ['volgende week haal ik je op na de training voor een test bij ons, alleen wij tweeën', 'na school ff afspreken? ik sta met de auto bij de jumbo'],
      ignore: ['ik haal je op na de training, alleen wij tweeen want mama moet werken', 'mama zegt: afspreken bij de jumbo, ik sta met de auto bij de ingang'],
    },
  },
  {
    id: 'come-alone-i-bring-it-r19',
    phrases: [
      'kom|komt gewoon|maar|wel|dan alleen',
      'kom|komt alleen ..2 naar|bij|in',
      'kan|zal|mag|kom ik|k ..3 komen ..1 brengen|langsbrengen|afgeven|bezorgen ..3 waar|adres|jouw_huis|je_huis|bij_jou',
    ],
    unless: ['feest*', 'verjaardag*', 'bios*', 'film', 'training', 'les', 'school', 'oma', 'opa', 'mama', 'papa', 'marktplaats', 'vinted', 'pakket*', 'bestelling', 'postnl', 'dhl', 'kom_je_alleen', 'of_met', 'met_je_ouders', 'ouders_mogen', 'zin', 'eten'],
    examples: {
      match: ['liever niet, ouders maken er altijd iets raars van. kom gewoon alleen', 'kom alleen naar het station', 'ik heb een nieuwe headset voor je gekocht. kan ik m komen brengen? waar woon je'],
      ignore: ['kom je alleen of met je vriend naar het feest', 'kan ik het pakket komen brengen, wat is je adres voor de marktplaats koop'],
    },
  },
  {
    id: 'get-in-my-car-r21',
    phrases: [
      'auto|wagen|busje|bus ..6 stap|spring ..2 maar|gwn|gewoon|ff|even|snel ..1 in',
      'stap|spring ..2 maar|gwn|gewoon|ff|even|snel ..1 in ..6 auto|wagen|busje',
      'ik sta ..6 bij|achter|naast ..2 fietsenstalling|fietsenhok|schoolplein|schoolhek|hek|achteringang ..3 met|in ..1 de|mijn|m_n|mn ..1 auto|wagen|busje',
    ],
    unless: ['regen*', 'regent', 'koud', 'boodschappen', 'training', 'zwem*', 'tandarts', 'dokter', 'oma', 'opa', 'mama', 'papa', 'mam', 'pap', 'tante', 'oom', 'carpool*', 'ouders', 'taxi', 'uber', 'chauffeur', 'buschauffeur', 'halte', 'ov', 'trein', 'excursie', 'schoolreis*', 'kamp'],
    examples: {
      match: ['ik sta om half 4 bij de fietsenstalling met de auto, stap maar in. zeg niks tegen je vriendinnen', 'zwarte auto om de hoek, stap gewoon in', 'ik sta achter het schoolplein met mijn wagen'],
      ignore: ['het regent, ik sta met de auto bij de ingang, stap maar in', 'papa staat met de auto bij het hek, stap maar in', 'de bus is er, stap maar in bij de halte'],
    },
  },
  {
    id: 'sleep-at-mine-house-empty-r21',
    phrases: [
      'zin|wil|wilt|kom ..4 bij ..1 mij|me ..2 slapen|logeren|blijven_slapen|overnachten ..6 leeg|niemand_thuis|alleen_thuis|alleen|weg|weekend_weg',
      'mijn|m_n|mn ..1 huis|appartement|flat|studio|kamer ..1 is|staat ..1 leeg ..4 kom|komen|langs|slapen|logeren|chillen',
      'zin|wil|wilt ..4 bij ..1 mij|me ..2 slapen|logeren|overnachten ..6 zeg|vertel ..2 niks|niets|niemand',
    ],
    unless: ['oma', 'opa', 'tante', 'oom', 'mama', 'papa', 'ouders_vinden', 'mijn_moeder_vindt', 'logeerpartij*', 'verjaardag*', 'feest*', 'film*', 'iedereen', 'allemaal', 'meiden', 'klas', 'team', 'pyjama_party', 'sleepover', 'verhuis*', 'verhuizing', 'dozen', 'te_koop', 'huur*', 'verbouw*'],
    examples: {
      match: ['zin om dit weekend bij mij te slapen? mijn huis is leeg', 'mijn appartement is leeg, kom langs', 'wil je bij mij logeren? zeg niks tegen je moeder'],
      ignore: ['wil je bij mij slapen zaterdag? de meiden komen ook, mama vindt het goed', 'mijn kamer is leeg want we verhuizen morgen', 'zin om bij mij te slapen? film kijken met iedereen'],
    },
  },
  {
    id: 'flemish-pick-you-up-u-r21',
    phrases: [
      'ik|k kom|kan|wil|zal ..2 you|u|ulle ..4 ophalen|oppikken|afhalen|halen ..6 auto|wagen|school|station|alleen|niemand',
      'ik|k pik ..1 you|u|ulle ..3 op ..6 auto|wagen|school|station|alleen|niemand',
    ],
    unless: ['mama|papa|ma|pa|moeke|vake|oma|opa|meme|pepe|bompa|bomma|tante|nonkel|oom', 'training', 'zwem*', 'chiro', 'scouts', 'jeugdbeweging', 'voetbal*', 'muziekschool', 'academie', 'tandarts', 'dokter', 'regen*', 'carpool*'],
    examples: {
      match: ['ik kom u oppikken aan de school met de auto', 'ik pik u op aan het station, zeg het tegen niemand'],
      ignore: ['ik kom u oppikken aan de chiro met de auto', 'bomma komt u halen aan de school'],
    },
  },
  {
    id: 'pickup-offer-r23',
    phrases: [
      'zal|kan|mag ik|k je|jou ..4 ophalen|oppikken|komen_halen ..6 ergens|samen ..2 lunchen|eten|drinken|chillen|rijden|naartoe',
    ],
    unless: ['school', 'training', 'werk', 'station', 'mama', 'papa', 'oma', 'opa', 'voetbal*', 'hockey', 'les', 'feest', 'verjaardag', 'oppas*', 'fiets', 'pakket', 'marktplaats', 'regen*', 'laat', 'donker', 'trein', 'bus', 'dokter', 'tandarts', 'ziekenhuis', 'zwem*', 'turnen', 'dansles', 'sport'],
    examples: {
      match: ['zaterdag ben ik in jouw buurt. zal ik je ophalen bij de jumbo? dan gaan we ergens lunchen'],
      ignore: ['zal ik je ophalen van training?', 'het regent, zal ik je ophalen?', 'zal ik je ophalen bij de jumbo? ik sta er toch'],
    },
  },
  {
    id: 'secret-pickup-r23',
    phrases: [
      'ophalen|oppikken|halen ..6 niks|niet|niemand ..3 zeggen|vertellen|weten',
      'stap|stapt ..3 in ..3 auto|busje|wagen ..6 niemand|onopvallend',
    ],
    unless: ['verrassing*', 'surprise', 'feest', 'verjaardag*', 'cadeau*', 'mama|papa|oma|opa ..3 weet|weten|zegt|vindt'],
    examples: {
      match: ['ik kom je vrijdag na school wel ophalen, niks tegen je ouders zeggen he', 'stap maar in de grijze auto om de hoek, dan ziet niemand het'],
      ignore: ['ik kom je ophalen voor het verrassingsfeest, niks zeggen tegen sanne', 'ik kom je ophalen, ik weet niet hoe laat', 'stap maar in de auto, ik sta om de hoek bij de bakker'],
    },
  },
  {
    id: 'meet-in-real-life-r23',
    phrases: [
      'elkaar|samen ..3 in_het_echt|irl|in_real_life ..2 zien|ontmoeten|oefenen|afspreken|spreken',
      'in_het_echt|irl ..1 ontmoeten|afspreken|zien ..3 ik|we|wij',
      'ik|k kom ..3 naar je|jou ..1 toe ..6 in_het_echt|samen',
    ],
    unless: ['klas', 'school', 'uitwisseling', 'excursie', 'kamp', 'juf', 'meester', 'mentor', 'ouders', 'mama', 'papa', 'oma', 'opa', 'concert', 'toernooi', 'wedstrijd', 'groepje', 'iedereen', 'jullie', 'meetup', 'meet_up', 'convention', 'evenement', 'beurs', 'event'],
    examples: {
      match: ['ik kom naar je toe als je wil, we kunnen samen oefenen in het echt', 'zullen we elkaar een keer in het echt zien?'],
      ignore: ['in mei komen we met de klas op uitwisseling, dan zien we elkaar in het echt'],
    },
  },
  {
    id: 'come-over-chill-at-yours-r25',
    phrases: [
      'chillen|afspreken|hangen|kroelen|knuffelen ..2 bij ..1 jou|jou_thuis|je_thuis|jouw_huis ..6 alleen|niemand|stiekem|scooter|auto|ouders_weg|ouders_zijn_weg|ouders_niet_thuis',
      'zal|kan|mag ik ..3 langskomen|langs_komen|langs ..4 ouders|alleen|scooter|auto|niemand|stiekem',
    ],
    unless: ['huiswerk', 'werkstuk*', 'project*', 'leren', 'toets', 'oma', 'opa', 'tante', 'oom', 'mama', 'papa', 'jullie', 'met_z_n_allen', 'iedereen', 'groep*', 'verjaardag*', 'feest*', 'pakket*', 'spullen', 'boek', 'sleutel*', 'oplader', 'terugbrengen|brengen|ophalen', 'klusje*', 'boodschappen', 'mn|mijn|m_n|me|mijne ouders|moeder|vader|ma|pa ..3 ruzie|maken_ruzie|gescheiden|schreeuwen|scheiden'],
    weight: 2,
    examples: {
      match: ['zal ik langskomen? ik heb een scooter, kunnen we chillen bij jou', 'mag ik langs komen als je ouders weg zijn'],
      ignore: ['mag ik vanavond langskomen? mijn ouders hebben weer ruzie en jij bent alleen', 'zullen we chillen bij jou? dan doen we het werkstuk', 'mag ik langskomen om je oplader terug te brengen, je ouders zijn toch thuis'],
    },
  },
  {
    id: 'pick-you-up-drive-around-r26',
    phrases: [
      'kom|haal|pik ik|k je|jou ..3 ophalen|op|oppikken ..6 gaan|kunnen we ..2 rijden|rondrijden|toeren|cruisen|rondje|ritje|stukje|eindje',
      'ik|k kom|haal|pik je|jou ..3 ophalen|op|oppikken ..6 gaan|kunnen we ..2 rijden|rondrijden|toeren|cruisen|rondje|ritje|stukje|eindje',
      'ik|k sta ..4 om|bij ..1 de hoek ..6 stap|kom|loop ..2 naar ..1 buiten|beneden|auto',
    ],
    unless: ['rijles*', 'les', 'instructeur', 'examen', 'oma', 'opa', 'training', 'tante', 'oom', 'mama', 'papa', 'werk', 'wedstrijd', 'tandarts', 'dokter', 'ziekenhuis'],
    examples: {
      match: ['dan kom ik je even ophalen, gaan we rijden. ik sta om 9 uur om de hoek', 'ik pik je op bij het station en dan gaan we ff cruisen', 'ik sta om de hoek van je straat, kom maar naar buiten naar de auto', 'ik kom je ophalen bij school, dan gaan we een stukje rijden'],
      ignore: ['morgen rijles, ik pik je op, dan gaan we rijden op de snelweg', 'ik haal je op, dan gaan we naar oma rijden'],
    },
  },
  {
    id: 'take-you-to-my-apartment-r26',
    phrases: [
      'ik|k neem @you ..1 mee ..6 naar ..1 mijn|mn|m_n|ons appartement|appartementje|huis|kamer|studio|flat|hotel|hotelkamer|auto',
    ],
    unless: ['oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'verjaardag*', 'feest*', 'klas', 'team'],
    examples: {
      match: ['ik neem je mee naar de mcdo en dan naar mijn appartement'],
      ignore: ['ik neem je mee naar ons huis voor het verjaardagsfeest van oma'],
    },
  },
  {
    id: 'shall-i-come-over-bring-drinks-n31',
    phrases: [
      'zal|kan|mag ik|k ..3 langskomen|langs_komen|langs|afkomen|naar_je_toe_komen|bij_je_komen ..6 neem|breng ..3 ik|k ..3 drinken|drank|drankje*|bier|biertjes|wijn|wodka|breezer*|flesje*|fles|sterke_drank|mixdrank*|blikjes',
      'ik|k neem|breng ..3 drinken|drank|drankje*|bier|biertjes|wijn|wodka|breezer*|flesje*|fles|sterke_drank ..2 mee ..6 als|wanneer ..3 @parents ..3 weg|niet_thuis|er_niet',
      'zal|kan|mag ik|k ..3 langskomen|langs_komen|langs|afkomen ..6 ik|k neem|breng ..3 drinken|drank|drankje*|bier|biertjes|wijn|wodka|breezer*|flesje*|fles|sterke_drank',
    ],
    unless: ['huiswerk', 'werkstuk*', 'oma', 'opa', 'tante', 'oom', 'jullie', 'met_z_n_allen', 'iedereen', 'groep*', 'verjaardag*', 'feest*', 'bbq', 'barbecue', 'mn|mijn|m_n|me moeder|vader|ouders|mama|papa|vriendin|vrouw|man'],
    examples: {
      match: ['zal ik vanavond langskomen? dan neem ik wat drank mee', 'kan ik langs komen, ik breng biertjes mee', 'ik neem wel wodka mee als je ouders weg zijn'],
      ignore: ['zal ik langskomen voor je verjaardag? ik neem drinken mee', 'mag ik langskomen met mijn vriendin, ik neem wijn mee', 'zal ik langskomen? dan neem ik je boek mee'],
    },
  },
  {
    id: 'pick-you-up-just-us-n31',
    phrases: [
      'zal|kan|mag|kom ik|k ..1 @you ..4 ophalen|oppikken|komen_halen|halen|op_halen ..6 alleen_wij|wij_tweeen|wij_twee|jij_en_ik|met_z_n_tweeen|met_ons_tweeen|met_ons_twee|onder_ons|zonder_pottenkijkers|niemand',
      'ik|k kan|zal|kom ..1 @you ..4 ophalen|oppikken|komen_halen|halen|op_halen ..6 alleen_wij|wij_tweeen|wij_twee|jij_en_ik|met_z_n_tweeen|met_ons_tweeen|met_ons_twee|onder_ons|zonder_pottenkijkers|niemand',
      'ik|k haal|pik ..1 @you ..6 op ..6 alleen_wij|wij_tweeen|wij_twee|alleen_jij_en_ik|met_z_n_tweeen|met_ons_tweeen|onder_ons|zonder_pottenkijkers|niemand',
    ],
    unless: ['huiswerk', 'werkstuk*', 'training', 'oma', 'opa', 'mama', 'papa', 'verjaardag*', 'feest*', 'verrassing*', 'surprise*', 'cadeau*', 'kado*', 'mn|mijn|m_n ouders|moeder|vader|mama|papa ..3 weten|vinden|zeggen'],
    examples: {
      match: ['zal ik je morgen ophalen? dan zijn we met z n tweeen', 'ik kan je na de les oppikken, niemand hoeft het te weten', 'ik haal je op bij de bushalte, alleen wij'],
      ignore: ['zal ik je ophalen? dan kunnen we samen het cadeau voor mama kopen, alleen wij', 'ik haal je op na de training, niemand anders kan rijden', 'zal ik je ophalen van school?'],
    },
  },
] satisfies PatternEntry[];
