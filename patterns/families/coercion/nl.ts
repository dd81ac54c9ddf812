import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'je|jij|ge|you hebt|heb|hebben|hedde ..2 # ..1 min|mins|minuut|minuten|minuutjes|uur|uren|u|you|h|sec|seconden|dagen|dag',
      'je|jij|ge|you hebt|heb|hedde ..2 tot ..3 vanavond|middernacht|morgen*|#|twaalf|vannacht|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag',
      'je|jij|ge|you hebt|heb|hedde|krijgt ..2 1u|2u|3u|for_you|5u|6u|12u|24u|48u|72u|1_h|2_h|3_h|12_h|24_h|48_h|5_min|10_min|15_min|20_min|30_min|60_min|1_uur|2_uur|24_uur',
      'ik|k geef ..1 je|jou ..1 # ..1 min|mins|minuut|minuten|uur|uren|u|you|h|sec|seconden|dagen|dag',
      'kgeef ..1 je|jou ..1 # ..1 min|mins|minuut|minuten|uur|uren|u|you|h|sec|seconden|dagen|dag',
      'binnen # ..1 min|mins|minuut|minuten|uur|uren|u|you|h|sec|seconden|dagen',
      'binnen het|een|1 uur|kwartier',
      'voor|tot ..1 middernacht|vanavond_12',
      'nog # ..1 min|minuten|minuut|uur|uren|seconden|sec ..2 [over|de_tijd]',
      'tik tak|tok',
      'tiktak|tiktok_tiktok|tick_tock|ticktock',
      'de klok tikt|loopt',
      'je|jij|ge hebt|heb|hedde|krijgt ..1 [nog|maar] een|1|n|een_half|anderhalf ..1 uur|kwartier|dag|halfuur|half_uur|minuut|week',
      'de|je teller|tijd loopt|tikt ..1 [af|nu|al]',
      'uiterlijk|voor ..1 # ..1 uur ..1 vanavond|vannacht|morgenochtend|middernacht',
    ],
    unless: ['we_zijn', 'ik_ben', 'zijn_er', 'ben_er', 'er_over', 'over_#', 'om ..4 te', 'zonder_je', 'zonder_jou', 'we_gaan', 'we_vertrekken', 'trein', 'bus', 'film', 'les', 'toets', 'huiswerk', 'inleveren', 'pauze', 'wachten_we', 'oven', 'pizza'],
    examples: {
      match: ['je hebt een uur', 'je hebt nog een kwartier', 'de teller loopt', 'voor 8 uur vanavond', 'je hebt 1 uur', 'je hebt 30 min', 'je hebt tot vanavond', 'binnen 24 uur', 'tik tak', 'nog 10 minuten'],
      ignore: ['je hebt een uur pauze', 'je hebt een uur om te eten', 'de tijd gaat snel', 'we zijn er binnen een kwartiertje', 'ik heb 2 uur les', 'tiktok is leuk', 'je hebt 5 minuten of we gaan zonder je'],
    },
  },
  {
    id: 'ultimatum-pressure',
    phrases: [
      'laatste kans|waarschuwing|keer',
      'nu meteen|direct|onmiddellijk|nu_nu',
      'doe|doet ..1 wat ik zeg|vraag',
      'als je|jij|ge niet|ni|nie ..4 betaalt|betaal|stuurt|stuur|doet|doe|luistert|reageert|antwoordt|gehoorzaamt',
      'anders|of ..2 ik|k ..2 stuur|post|zet|deel|verspreid|kom|maak|ga',
      'of anders|ander',
      'anders|of stuur|post|zet|deel|verspreid|kom|maak|ga|lek|gooi ik|k',
      'je hebt ..2 geen ..1 keus|keuze',
      'ik meen ..2 het|t',
      'geen spelletjes|grappen|excuses',
      'ik wacht ..2 niet|nie ..1 lang|meer|langer',
      'nu of nooit',
      'reageer|antwoord|betaal|stuur ..2 nu|meteen|direct|onmiddellijk|snel|nou ..1 [of|anders]',
      'nu|meteen|direct|vandaag|vanavond ..1 betalen|sturen|overmaken|storten',
      'ik|k wacht [nog] ..2 op ..2 geld|betaling|bewijs|foto|fotos|video|code|screenshot',
      'kwacht [nog] ..2 op ..2 geld|betaling|bewijs|foto|fotos|video|code|screenshot',
      'als je|jij|ge me|mij ..1 blokt|blokkeert|blockt|block|negeert|rapporteert|reported|meldt|aangeeft',
      'ik vraag ..2 het|t ..2 niet|nie ..1 nog_een_keer|nog_eens|opnieuw|twee_keer',
      'waar blijft ..2 het|mijn|de ..1 geld|betaling|foto|video|pic',
      'niet ..1 mijn ..1 probleem|pakkie_an|zaak',
      'dan|en ..2 laat ik|k je|jou ..1 met rust',
      'dat|dit bepaal|beslis jij|je|ge niet|nie|ni',
      'jij|je|ge bepaalt|beslist ..2 niks|niets|niet|nie',
      'dan|en doe|laat ik|k ..1 [je|jou] niks|niets',
    ],
    unless: ['dan|en betaal ik|k', 'eten', 'bus', 'trein', 'film', 'we_gaan', 'zonder_je', 'schoolreis*', 'kamp', 'bestel*', 'inschrijv*', 'aanmeld*', 'scheenbescherm*', 'tenue*', 'clubkleding', 'toernooi*', 'uitje', 'contributie', 'lidmaatschap', 'abonnement', 'ouderbijdrage', 'kun|kan|mag @you ..2 niet ..1 mee', 'niet_kwijt', 'ligt_aan_mij', 'spijt', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde ..2 stuurde|stuurt|zei|schreef|appte ..1 me|mij|dit|dat|haar|hem', 'jongens', 'jullie', 'meiden', 'mensen', 'korting', 'actie', 'uit_de_groep', 'verslag', 'werkstuk', 'presentatie', 'inleveren', 'inlevert', 'je_deel', 'ik meen het|t ..1 lol|haha*|hihi|xd|serieus_lol'],
    examples: {
      match: ['jammer dan, dat bepaal jij niet', 'jij bepaalt hier niks', 'stuur dan zelf wat, dan doe ik niks', 'leen het maar van je ouders, niet mijn probleem', 'nog 1 en dan laat ik je met rust', 'laatste kans', 'stuur dan 150 via tikkie, nu meteen', 'doe wat ik zeg', 'als je niet betaalt', 'anders post ik je fotos', 'je hebt geen keus', 'ik meen het'],
      ignore: ['ik meen het lol, verwijder die berichten', 'laatste kans jongens', 'laatste kans he, er zijn nog 3 mensen die hem willen', 'laatste kans voor korting! nog 10 minuten en de actie is voorbij', 'ik meen het. ik wil je niet kwijt als vriend', 'stuur je tikkie ff dan betaal ik meteen', 'dat bepaal ik wel', 'jij mag kiezen welke film', 'kom nu meteen eten', 'schiet op de bus gaat', 'laatste les van het jaar', 'of we gaan zonder je', 'als je niet betaalt voor vrijdag kun je niet mee op schoolreis', 'top, laatste kans is vrijdag anders bestel ik ze niet'],
    },
  },
  {
    id: 'veiled-pressure-u6',
    phrases: [
      'je|jij|ge weet ..2 wat ..2 je|jij|ge ..2 moet|moeten ..1 doen',
      'je|jij|ge weet ..2 wat er ..2 nu|nou|dan|straks|hierna ..1 gebeurt|gebeuren|gaat_gebeuren',
      'stuur|betaal|maak ..6 code|codes|geld|betaling|bewijs ..3 # ..1 min|mins|minuten|minuutjes|sec|seconden',
      'ik|k wacht ..3 # ..1 min|mins|minuten|minuutjes|uur',
      'ik|k zie ..2 het|t ..2 geld|bewijs|screenshot|code ..3 voor|binnen',
      'krijg|krijgt|gaat @you ..3 spijt|er_spijt|hier_spijt|daar_spijt',
      '@you krijgt|krijg|gaat ..3 spijt',
      'nu|dus ben|bent @you ..1 van mij|me',
      'probeer|waag|durf ..3 [het] ..2 niet ..3 blokken|blokkeren|blocken|negeren|te_blokken|te_blokkeren',
      'ik|k ben ..1 niet|nie ..1 bang ..2 voor ..1 politie|de_politie|je_ouders|niemand',
      'als ik|k ..2 om|voor|binnen|rond # ..2 [uur|you] ..2 niks|niets|geen|nog_niks ..2 gehoord|gezien|ontvangen|binnen|gekregen|heb',
      'anders|of ..3 krijg|krijgt @you ..2 spijt|problemen|het_zwaar|een_probleem',
    ],
    unless: ['toets*', 'examen', 'huiswerk', 'les', 'trainer', 'coach', 'training', 'wedstrijd', 'recept', 'oven', 'eten', 'bus', 'trein', 'film', 'serie', 'haha*', 'lol', 'grapje', 'spel', 'game', 'level', 'potje'],
    weight: 0.5,
    examples: {
      match: ['je weet wat je moet doen', 'jij weet wat er nu gebeurt', 'stuur de code. 20 min', 'ik wacht 10 minuten', 'je krijgt er spijt van', 'doe het nu anders krijg je spijt', 'als ik om 8 uur niks heb gehoord', 'jij hebt me die foto gestuurd dus nu ben je van mij', 'probeer maar niet om me te blokken', 'ik ben niet bang voor de politie'],
      ignore: ['je weet wat je moet doen voor de toets', 'ik wacht 10 minuten bij de bus'],
    },
  },
  {
    id: 'think-twice-e8',
    phrases: [
      'denk ..2 goed|twee_keer|2x|tweemaal|wel_twee_keer ..1 na ..6 blokt|blokkeert|blockt|block|blokken|blokkeren|negeert|negeren|meldt|rapporteert|vertelt|verwijdert|ghost|ghosted|weggaat|politie|aangifte',
      'als|zodra @you ..3 [vanavond|vandaag|nu|morgen|straks|binnen|nog] ..3 niet|nie|ni|geen ..3 stuurt|betaalt|reageert|antwoordt|overmaakt|terugschrijft|terugstuurt',
      'je|jij|ge hebt|heb|hedde ..2 # ..1 opties|keuzes|mogelijkheden',
      'dan|zo weet ik|k ..2 dat @you ..2 om ..1 me|mij ..1 geeft',
      '@you weet ..1 [toch|wel|heel_goed] ..1 wat ..1 dat|dit ..1 betekent',
      'anders|of ..2 is ..1 het ..1 te ..1 laat',
      'laten|laat|bewijzen|bewijs ..1 zien|dan ..2 dat @you ..2 van ..1 me|mij ..1 houdt|houd',
      'denk|doe ..2 na|niks|niets ..4 iets|niks|niets ..1 doms|stoms|raars|geks',
      'denk|denkt @you ..2 dat ik|k ..1 bluf|blufte|grapjes_maak|het_niet_meen|niet_serieus_ben|lieg',
      'kijk|wacht maar ..1 wat ..1 er ..2 gebeurt|gaat_gebeuren',
      'als @you ..2 echt ..2 om ..1 me|mij ..1 geeft|gaf ..4 stuur|stuurt|doe|doet|laat',
      'als @you ..2 [me|mij] ..1 echt ..3 lief_vindt|van_me_houdt|van_mij_houdt|om_me_geeft|om_mij_geeft|vertrouwt ..4 stuur|stuurt|doe|doet|laat',
    ],
    unless: ['naam ..1 er niet|nie op|onder|bij', 'toets*', 'examen', 'huiswerk', 'les', 'trainer', 'coach', 'training', 'wedstrijd', 'recept', 'oven', 'eten', 'bus', 'trein', 'film', 'serie', 'haha*', 'lol', 'grapje', 'spel', 'game', 'level', 'potje', 'menu', 'pizza', 'studie*', 'school', 'vakken', 'abonnement*', 'profielwerkstuk', 'pws', 'kiezen|kies ..2 maar|zelf|uit', 'kwijt|raakt_alles|bestand*|backup'],
    weight: 0.5,
    examples: {
      match: ['ik heb alles opgeslagen. denk goed na voor je me blokt', 'als je vanavond niet nog een stuurt', 'als je nog 1x niet reageert', 'je hebt nu 2 opties', 'stuur dan die foto, dan weet ik dat je om me geeft', 'als je me echt lief vindt stuur je hem gewoon', 'denk je dat ik bluf? kijk maar wat er morgen gebeurt', 'ik heb je ip adres en je weet wat dat betekent', 'denk na voor je iets doms doet', 'dan moet je wel laten zien dat je van me houdt', 'betaal 150 met iDEAL naar deze link anders is het te laat', 'denk goed na voor je naar de politie gaat'],
      ignore: ['je hebt 2 opties voor je profielwerkstuk, kies maar', 'denk goed na voor je je vakken kiest op school', 'je hebt 3 opties op het menu'],
    },
  },
  {
    id: 'to-avoid-prosecution-r11',
    phrases: [
      'om ..1 vervolging|arrestatie|aangifte|strafvervolging|inhechtenisneming|gerechtelijke_stappen ..2 te ..1 voorkomen|vermijden',
      'anders|dan volgt|volgen ..2 arrestatie|vervolging|aangifte|strafvervolging|inhechtenisneming|gerechtelijke_stappen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nieuws', 'krant', 'artikel', 'documentaire', 'serie', 'film'],
    examples: {
      match: ['Om vervolging te voorkomen dient u binnen 48 uur te betalen', 'anders volgt arrestatie'],
      ignore: ['in de serie moest hij betalen om vervolging te voorkomen'],
    },
  },
  {
    id: 'or-it-gets-worse-r11',
    phrases: [
      'anders|of ..2 wordt|maak|maakt ..2 het|ik ..2 erger|alleen_maar_erger|veel_erger',
      'of|anders ..3 weet|zie|ziet|merk|merkt ..2 wat|hoe ..1 er|het ..1 gebeurt|afloopt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'pijn', 'dokter', 'huisarts', 'wond', 'ontsteking', 'verkoudheid', 'griep', 'koorts', 'enkel', 'knie', 'blessure', 'rugpijn', 'hoofdpijn', 'smeren', 'smeer', 'zalf', 'pillen', 'ruzie', 'vlek', 'schimmel'],
    examples: {
      match: ['doe het nu anders wordt het erger', 'stuur het nu, of je ziet wel wat er gebeurt'],
      ignore: ['smeer het nu anders wordt het erger', 'ga naar de dokter anders wordt het erger'],
    },
  },
  {
    id: 'arrest-warrant-r11',
    phrases: [
      'arrestatiebevel|aanhoudingsbevel|arrestatie|huiszoeking|dagvaarding ..3 uitgevaardigd|volgen|volgt|plaatsvinden|verstuurd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nieuws', 'krant', 'artikel', 'documentaire', 'serie', 'film', 'verdachte', 'oplicht*', 'scam', 'phishing'],
    examples: {
      match: ['U heeft 24 uur om te reageren, daarna wordt een arrestatiebevel uitgevaardigd.'],
      ignore: ['in het nieuws: er is een arrestatiebevel uitgevaardigd tegen de verdachte'],
    },
  },
  {
    id: 'now-or-i-do-it-r12',
    phrases: [
      'nu|vanavond|vandaag|meteen ..2 of|anders ik|k doe ..1 het|t',
      'of|anders ik|k doe ..1 het|t ..2 nu|vanavond|vandaag|meteen',
      'kan|mag|kunt ..1 niet ..1 zomaar ..1 stoppen|weggaan|blokken|ophouden',
    ],
    unless: ['haha*', 'lol', 'grapje', 'xd', 'huiswerk', 'afwas', 'kamer', 'opruimen', 'stofzuigen', 'boodschappen', 'training', 'sport', 'medicijn*', 'pillen', 'roken', 'gamen', 'abonnement'],
    examples: {
      match: ['vanavond of ik doe het', 'doe het nu of ik doe het', 'je kan niet zomaar stoppen'],
      ignore: ['doe je de afwas nu of doe ik het', 'je kan niet zomaar stoppen met je medicijnen'],
    },
  },
  {
    id: 'do-what-i-say-blocking-useless-r13',
    phrases: [
      'doe|doet ..3 wat ik|k ..1 zeg|vraag|wil|zeg_en',
      'blokkeren|blokken|blocken|negeren|wegklikken|verwijderen ..3 heeft|helpt|zal ..2 geen|niks|niets ..1 zin|nut|helpen',
    ],
    examples: {
      match: ['staat nog steeds veilig op mn laptop 🙂 doe maar gewoon wat ik zeg dan blijft het daar', 'blokkeren heeft dus geen zin'],
      ignore: ['ik doe wat ik kan', 'blokkeren is slim'],
    },
  },
  {
    id: 'if-you-leave-i-dont-know-r15',
    phrases: [
      "als @you ..4 offline|weg|weggaat|wegga|blokt|blokkeert|stopt|uitmaakt|negeert|niet_antwoordt|niet_reageert ..6 weet ik ..1 niet wat ik ..2 doen",
      "als @you ..4 offline|weg|weggaat|wegga|blokt|blokkeert|stopt|uitmaakt|negeert|niet_antwoordt|niet_reageert ..6 kweet ..1 niet wat ik ..2 doen",
    ],
    unless: ["haha*", "lol", "xd", "verhuis*", "verhuizing", "emigre*", "buitenland", "vakantie*", "uitwisseling", "stage", "studeren", "gamen", "team", "squad", "clan", "ranked", "toernooi"],
    examples: {
      match: ["als je nu offline gaat weet ik niet wat ik ga doen", "als je me blokt weet ik echt niet wat ik zal doen"],
      ignore: ["als je verhuist weet ik niet wat ik ga doen zonder jou haha", "als jij stopt met het team weet ik niet wat ik ga doen"],
    },
  },
  {
    id: 'now-or-too-late-r15',
    phrases: [
      "nu|meteen|direct|vandaag ..3 of|anders ..2 is het|t|het_is|is_het|is_t te_laat",
      "nu|meteen|direct|vandaag ..3 of|anders ..2 te_laat",
    ],
    unless: ["film", "bioscoop", "trein", "bus", "tram", "metro", "vlucht", "winkel", "kassa", "inschrijv*", "aanmeld*", "korting*", "uitverkocht", "kaartje*", "ticket*", "deadline", "huiswerk", "opdracht", "toets", "les", "school", "eten", "oven", "pizza", "taart", "verjaardag*", "feest*", "cadeau*", "haha*", "lol", "xd"],
    examples: {
      match: ["doe het nu of het is te laat", "betaal vandaag anders te laat"],
      ignore: ["schrijf je nu in of het is te laat, de inschrijving sluit vandaag", "kom nu anders is het te laat voor de film"],
    },
  },
  {
    id: 'come-on-everyone-does-it-r18',
    phrases: [
      'kom_op|komop|kom_nou|komaan|kom_aan ..3 iedereen|elk_meisje|alle_meiden|alle_meisjes|elke_jongen ..2 doet|doen|stuurt|sturen|heeft',
      'tenzij|behalve_als je|jij|ge ..3 vandaag|vanavond|nu|binnen|meteen|direct ..3 antwoordt|reageert|betaalt|terugschrijft|terug_schrijft|stuurt|overmaakt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'huiswerk', 'toets*', 'sport*', 'training', 'zwem*', 'feest*', 'mee', 'dansen', 'zingen', 'schoolreis*', 'kamp', 'eten', 'groente*', 'opruimen', 'afwas'],
    examples: {
      match: ['kom op iedereen doet het, lisa heeft ook gestuurd', 'tenzij je me vandaag nog antwoordt'],
      ignore: ['kom op iedereen doet het, gewoon mee dansen'],
    },
  },
  {
    id: 'better-stay-nice-r19',
    phrases: [
      'zou|zou_ik ik|k ..2 maar ..2 lief|braaf|aardig|netjes|rustig|stil|vriendelijk|meewerkend|gehoorzaam ..2 blijven|zijn|doen|houden|meewerken',
      'ik|k zou ..2 maar ..2 lief|braaf|aardig|netjes|rustig|stil|vriendelijk|meewerkend|gehoorzaam ..2 blijven|zijn|doen|houden|meewerken',
    ],
    unless: ['oma', 'opa', 'juf', 'meester', 'sinterklaas', 'sint', 'kerstman', 'haha*', 'lol', 'grapje', 'hond', 'kat', 'puppy', 'baby', 'examen', 'toets', 'les', 'bus', 'trein', 'bios*', 'bibliotheek', 'kerk', 'mis', 'dienst'],
    examples: {
      match: ['je weet nog wat je me vorige week hebt gestuurd toch? zou ik maar even lief blijven doen', 'ik zou maar netjes meewerken en braaf blijven als ik jou was'],
      ignore: ['zou ik maar lief blijven doen tegen oma, anders geen cadeau', 'ik zou maar stil zijn in de bibliotheek'],
    },
  },
  {
    id: 'to-avoid-blocking-within-r19',
    phrases: [
      'om ..1 blokkering|verwijdering|uitsluiting|verbanning|opschorting|publicatie|verspreiding ..2 te ..1 voorkomen|vermijden',
      'zonder ..1 video|foto|verificatie|verificatievideo|filmpje|betaling|bewijs ..3 wordt|worden ..5 verwijderd|geblokkeerd|gesloten|opgeschort|verbannen|gebanned',
      'zonder ..1 video|foto|verificatie|verificatievideo|filmpje|betaling|bewijs ..1 wordt|worden ..3 account|profiel ..6 verwijderd|geblokkeerd|gesloten|opgeschort|verbannen|gebanned',
    ],
    unless: ['wachtwoord', 'tweestaps*', 'inlog*', 'update', 'klantenservice', 'bank', 'digid', 'factuur', 'bestelling', 'abonnement', 'school', 'juf', 'docent'],
    examples: {
      match: ['Om blokkering te voorkomen moet u binnen 24 uur een verificatievideo aanleveren.', 'Zonder video wordt uw account en al uw berichten definitief verwijderd.'],
      ignore: ['om blokkering te voorkomen moet je je wachtwoord wijzigen via de app', 'zonder bewijs van betaling wordt je bestelling geannuleerd en verwijderd'],
    },
  },
  {
    id: 'you-have-until-to-respond-r21',
    phrases: [
      'je|jij|ge hebt|heb ..1 tot|nog ..3 uur|vanavond|middernacht|morgen|minuten|min ..3 om ..2 te ..1 reageren|betalen|antwoorden|sturen|beslissen',
    ],
    unless: ['kaartje*', 'tickets', 'inschrijv*', 'formulier', 'huiswerk', 'opdracht*', 'werkstuk', 'deadline_van', 'docent', 'juf', 'meester', 'mentor', 'coach', 'trainer', 'les', 'toets*'],
    examples: {
      match: ['je hebt tot 9 uur vanavond om te reageren', 'je hebt nog 20 minuten om te betalen'],
      ignore: ['je hebt tot middernacht om te betalen voor de kaartjes', 'je hebt tot morgen om te reageren op de mail van de mentor'],
    },
  },
  {
    id: 'hold-it-back-for-something-r23',
    phrases: [
      'kan|kun ..2 hem|het|die|m|dat nog ..1 tegenhouden|stoppen|tegen_houden|offline_houden ..6 iets|wat ..1 terug|voor_terug',
      'gestuurd|verstuurd|gedaan ..4 wat maakt ..1 een|eentje|1|nog_een ..1 meer|extra ..1 uit',
      'om ..2 vervolging|arrestatie|strafvervolging|aangifte ..1 te ..1 voorkomen|vermijden',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nep', 'pas_op', 'oplicht*', 'scam*', 'koekje*', 'snoep*', 'pizza', 'huiswerk', 'fiets', 'registreren', 'registreer'],
    examples: {
      match: ['kan hem nog tegenhouden. maar dan wil ik wel iets terug', 'niet zeuren. je hebt er al 3 gestuurd dus wat maakt 1 meer uit. 5 minuten', 'Om vervolging te voorkomen dient u binnen 24 uur te betalen'],
      ignore: ['ik heb er al 3 gegeten, wat maakt 1 meer uit haha', 'ik kan het nog tegenhouden, de bestelling'],
    },
  },
  {
    id: 'you-will-notice-tomorrow-r23',
    phrases: [
      'dan merk|merkt|zie|ziet je|jij|ge ..2 [morgen|straks|snel|vanzelf] ..1 wel ..1 wat er ..1 gebeurt|gaat_gebeuren',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'probeer|proberen ..2 maar', 'toets*', 'leren', 'leert', 'huiswerk', 'recept', 'experiment', 'proefje', 'plant', 'oven'],
    examples: {
      match: ['je blokkeert me? prima. dan merk je morgen wel wat er gebeurt'],
      ignore: ['doe er maar zout bij, dan zie je wel wat er gebeurt met het proefje'],
    },
  },
  {
    id: 'account-deleted-deadline-r25',
    phrases: [
      'binnen # ..1 uur|minuten|min|dagen ..6 account|profiel ..3 verwijderd|geblokkeerd|gebanned|geband|verbannen|opgeschort|gesloten',
      'account|profiel ..3 definitief|permanent|voorgoed ..2 verwijderd|geblokkeerd|gebanned|geband|verbannen|gesloten',
      'permanente|definitieve ban ..2 voorkomen|vermijden',
      'account|profiel ..2 wordt|word|is ..2 gedeactiveerd|opgeschort|geblokkeerd|verwijderd ..6 tenzij|bevestig|verifieer|stuur|stuurt',
      'dan weet @you ..1 wat @you ..2 moet|moeten ..1 doen',
    ],
    unless: ['gewoon', 'som', 'recept', 'tutorial', 'stap*', 'knop', 'instellingen', 'klik*', 'uitleg', 'regels', 'mail', 'bevestig*', 'toets', 'examen', 'tentamen', 'opdracht', 'huiswerk', 'inleveren', 'les', 'pauze', 'training', 'wedstrijd', 'ronde', 'potje', 'escape_room', 'quiz', 'bus', 'trein', 'eten', 'pizza', 'oven', 'wachtwoord_vergeten'],
    weight: 1,
    examples: {
      match: ['Doet u dit niet binnen 24 uur, dan wordt uw account verwijderd.', 'Om een permanente ban te voorkomen moet u uw identiteit verifieren', 'U heeft 15 minuten, daarna wordt het account definitief verwijderd', 'dan weet je wat je moet doen'],
      ignore: ["dan weet je wat je moet doen, gewoon de som opnieuw maken", 'je hebt 15 minuten voor de toets, daarna inleveren', 'je hebt 10 minuten pauze, daarna gaan we verder'],
    },
  },
  {
    id: 'you-owe-me-something-r25',
    phrases: [
      'bent|ben ..1 me|mij ..1 iets|wat|eentje|een_foto|een_pic ..1 schuldig',
    ],
    unless: ['winnen', 'gewonnen', 'mario*', 'kart', 'euro', 'geld', 'tikkie', 'pizza', 'drankje', 'lift', 'patat', 'friet', 'snoep', 'ijsje', 'taart', 'gunst', 'haha*', 'lol', 'xd', 'potje', 'bet', 'weddenschap'],
    weight: 0.5,
    examples: {
      match: ['niet zo flauw doen. je bent me iets schuldig nu'],
      ignore: ['je bent me nog een pizza schuldig', 'je bent me iets schuldig voor die lift haha'],
    },
  },
  {
    id: 'pay-or-not-your-choice-rules-r26',
    phrases: [
      'betalen|betaal|sturen|stuur|doen ..1 of niet ..2 jouw|je|uw keus|keuze',
      'je|jij deed|doet|deedt ..1 mee ..2 dus ..1 je|jij moet|moest',
    ],
    unless: ['cadeau*', 'kado*', 'verjaardag*', 'uitje', 'etentje', 'tikkie_voor', 'pizza', 'kaartjes', 'bios'],
    examples: {
      match: ['betalen of niet, jouw keus', 'je deed mee dus je moet. regels zijn regels'],
      ignore: ['betalen of niet voor dat uitje, jouw keus hoor', 'je doet mee dus je moet ook meebetalen aan het cadeau'],
    },
  },
  {
    id: 'do-what-i-asked-by-time-or-r27',
    phrases: [
      'stuur|doe|betaal|regel ..3 wat ik|k ..1 vroeg|gevraagd|vraag|zei|gezegd ..3 voor|binnen|om|tegen ..1 # ..2 [uur|min|minuten] ..3 of|anders|of_anders',
    ],
    unless: ['huiswerk', 'opdracht*', 'verslag', 'werkstuk', 'punten', 'cijfer', 'les', 'toets', 'boodschappen', 'haha*', 'lol', 'printen', 'kopieren', 'inleveren', 'kan_ik_het_niet'],
    examples: {
      match: ['betaal wat ik vroeg binnen 2 uur of je gaat het merken', 'doe wat ik zei binnen 10 min anders weet je wat er gebeurt'],
      ignore: ['stuur wat ik vroeg voor 5 uur anders krijg je minder punten voor je verslag', 'stuur wat ik vroeg voor 5 uur, anders kan ik het niet printen'],
    },
  },
  {
    id: 'i-see-you-read-it-r27',
    phrases: [
      '@you leest|ziet|las|opent ..2 mijn|mn|m_n ..1 berichten|berichtjes|appjes|dms|snaps ..2 wel|heus|gewoon|toch',
      'ik|k zie ..1 dat @you ..3 [het|m|hem|mijn_bericht|mijn_berichten|alles] ..1 gelezen|gezien|geopend ..1 hebt|heb|hebt_gelezen',
      'ik|k zie|zag ..1 dat @you ..1 online ..1 bent|was|bent_geweest|zit',
    ],
    unless: ['haha*', 'lol', 'xd', 'groep*', 'huiswerk', 'feest*', 'verjaardag*', 'mama|papa|mam|pap', 'sorry', 'geen_stress', 'geeft_niet', 'bellen', 'kun_je', 'kan_je', 'vraagje', 'vraag'],
    examples: {
      match: ['jij ziet mijn berichtjes heus wel', 'ik zie dat je het gelezen hebt, reageer', 'ik zie dat je online bent. reageer'],
      ignore: ['je leest mijn berichten wel he haha waarom reageer je niet', 'ik zie dat je het gelezen hebt, geen stress', 'ik zie dat je online bent, kun je even bellen?'],
    },
  },

  {
    id: 'countdown-r28',
    phrases: [
      '10 9 8',
      '5 4 3 ..1 2',
      'tik_tak|tiktak|tik_tak_tik_tak',
      'de|je klok ..1 tikt',
    ],
    unless: ['concert', 'dagen', 'dag', 'nachten', 'slapen', 'vakantie', 'verjaardag*', 'jarig', 'nieuwjaar', 'oud_en_nieuw', 'vuurwerk', 'go', 'start', 'haha*', 'lol', 'xd', 'grapje', 'wachten', 'kerst*', 'zomer', 'weekend', 'raket', 'lancering', 'wekker', 'timer', 'bus', 'trein'],
    examples: {
      match: ['50 euro in paysafecard codes. 10... 9... 8...', 'tik tak, ik wacht', 'de klok tikt he'],
      ignore: ['10... 9... 8... ik kan niet wachten op het concert', 'nog 5 4 3 2 dagen tot de vakantie', 'ik tel af: 10 9 8 grapje'],
    },
  },
  {
    id: 'everyone-already-did-r28',
    phrases: [
      'iedereen ..1 heeft|hebben ..2 het|dat|er_een|al|ook ..2 [al] gedaan|gestuurd|opgestuurd|gepost',
      'niet zo preuts|verlegen|kinderachtig|schijterig|bang|bangerig ..1 doen|zijn',
    ],
    unless: ['huiswerk', 'opdracht*', 'betaald', 'inschrijv*', 'formulier*', 'toets', 'aangemeld', 'ingeleverd', 'tikkie', 'bijdrage', 'cadeau*', 'verslag', 'werkstuk', 'hond', 'kat', 'spin*', 'donker', 'dokter', 'tandarts', 'prik', 'achtbaan', 'zwembad', 'duikplank', 'spreekbeurt', 'presentatie', 'optreden', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['iedereen heeft het al gedaan hoor, niet zo flauw doen', 'kom op niet zo preuts doen', 'iedereen heeft er een gestuurd'],
      ignore: ['iedereen heeft het huiswerk al ingeleverd', 'niet zo bang doen, het is maar een spin', 'iedereen heeft al betaald voor het cadeau'],
    },
  },

  {
    id: 'i-give-you-minutes-to-r28',
    phrases: [
      'ik|k geef ..1 je|jou|you|ge ..3 minuten|minuutjes|min|uur|uurtje|uren|seconden|sec ..3 om ..2 te ..1 betalen|beslissen|reageren|sturen|antwoorden|kiezen',
      'kgeef ..1 je|jou|you|ge ..3 minuten|minuutjes|min|uur|uurtje|uren|seconden|sec ..3 om ..2 te ..1 betalen|beslissen|reageren|sturen|antwoorden|kiezen',
    ],
    unless: ['film', 'serie', 'welke', 'kijken', 'toets', 'examen', 'opdracht*', 'huiswerk', 'spel', 'potje', 'ronde', 'quiz', 'haha*', 'lol', 'xd', 'aankleden', 'klaarmaken', 'douchen', 'eten'],
    examples: {
      match: ['ik geef je 30 minuten om te betalen', 'kgeef u 10 minuten om te beslissen'],
      ignore: ['ik geef je 5 minuten om te beslissen welke film we kijken', 'ik geef jullie 30 minuten om de toets te maken', 'ik geef je 10 minuten om je aan te kleden, dan gaan we eten'],
    },
  },
  {
    id: 'blocking-wont-help-n29',
    phrases: [
      'blokkeren|blokken|blocken|blokkeer|blokeer|block|blokkeerde|blockte ..4 werkt|helpt|heeft|maakt ..2 niet|nie|niks|geen|geen_zin|niet_uit',
      'dacht|denk @you ..2 echt|nou ..2 dat ..1 blokkeren|blokken|blocken|block|blokkeer ..1 werkt|helpt',
      'nieuw|nieuwe|ander|andere account|acc|accountje|nummer ..4 @you ..2 kan|kunt ..2 niet|nie ..2 ontsnappen|weg|vluchten|verstoppen',
      '@you kan|kunt ..2 niet|nie|nergens ..3 [van] me|mij ..1 weg|ontsnappen|vluchten|af',
      '@you kan|kunt ..2 niet|nie|nergens ..2 ontsnappen|vluchten|heen',
    ],
    unless: ['spel', 'game', 'level', 'boss', 'map', 'zombie*', 'escape_room|escaperoom', 'fortnite|minecraft|roblox|valorant', 'spam*', 'bot', 'bots', 'reclame', 'hoe blokkeer', 'instellingen', 'haha*', 'lol', 'xd', 'grapje', 'film', 'serie', 'boek', 'huiswerk', 'toets*', 'school', 'regen'],
    examples: {
      match: ['dacht je echt dat blokkeren werkt? nieuw account', 'je kan niet van me weg', 'blokkeren helpt niks, ik maak gewoon een nieuw account', 'nieuw nummer, je kan niet ontsnappen'],
      ignore: ['je kan niet ontsnappen uit die escape room haha', 'blokkeren werkt niet bij die spam bots', 'je kan niet weg uit het level zonder de sleutel'],
    },
  },
  {
    id: 'check-your-dms-before-i-post-n30',
    phrases: [
      'check|lees|open|bekijk|kijk ..2 je|jouw|uw|in_je dm|dms|pb|priveberichten|inbox|berichten|prive ..4 voordat|voor|anders|of|tenzij ..4 post|zet|deel|drop|plaats|upload|gooi|lek|stuur|posten|zetten|delen|droppen|plaatsen|uploaden|gooien|lekken',
      'reageer|antwoord ..4 op ..2 dm|dms|inbox|prive ..4 voordat|anders|of|tenzij ..4 post|zet|deel|drop|plaats|upload|gooi|lek|posten|zetten|delen|droppen|plaatsen|uploaden|gooien|lekken',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest*', 'verjaardag*', 'uitnodiging*', 'planning', 'rooster', 'poll', 'link', 'huiswerk', 'cadeau*', 'verrassing*', 'spoiler*', 'meme*', 'mooi', 'welke', 'kies', 'kiezen', 'goedkeur*', 'mag', 'oke_is', 'ok_is', 'akkoord', 'adres', 'groep*', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['check je dms voor ik hier alles post', 'lees je berichten anders zet ik het gewoon in de comments'],
      ignore: ['check je dms voordat ik de fotos in de groep post, welke vind je mooi', 'lees je berichten voor ik het rooster deel'],
    },
  },
  {
    id: 'report-your-papers-n33',
    phrases: [
      'jullie|je|jouw|uw|jou ..3 verblijfsvergunning*|verblijfsstatus|verblijfspapieren|papieren|asielaanvraag*|asielprocedure|asielstatus ..6 weet|ken ..2 wie|waar ik|k ..3 moet|kan|ga ..1 bellen|melden|tippen|aangeven|mailen|inlichten',
      'ik|k ..3 bel|meld|tip|verlink|verraad|geef ..4 bij|aan ..2 de ..1 ind|immigratiedienst|vreemdelingenpolitie|marechaussee|vreemdelingendienst',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'advocaat', 'jurist', 'vluchtelingenwerk', 'helpen', 'hulp', 'afspraak', 'gemeente_helpt', 'formulier*', 'aanvraag_indienen'],
    examples: {
      match: ['jouw verblijfsvergunning is nog niet rond he. ik weet heel goed wie ik kan bellen', 'doe wat ik zeg of ik meld jullie bij de ind', 'ik geef je vader aan bij de vreemdelingenpolitie'],
      ignore: ['je verblijfsvergunning is nog niet rond? ik ken een advocaat die je kan helpen', 'ik bel morgen met de ind over mijn eigen aanvraag'],
    },
  },
] satisfies PatternEntry[];
