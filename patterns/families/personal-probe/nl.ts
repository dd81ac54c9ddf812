import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'ask-age',
    phrases: [
      'hoe oud ben|bent|zijt|zijde|zij|bn|benje|benjij|is|word|wordt [je|jij|ge|gij|you]',
      'hoe oud',
      'hoeoud|hoeoudbenje',
      'hoe|hoeveel jaar ben|bent|zijt je|jij|ge',
      'wat is je|jouw|uw leeftijd',
      'welk|wat|welke [geboorte] jaar|bouwjaar ben|bent|zijt je|jij|ge ..1 geboren',
      'in welk jaar ben|bent je|jij ..1 geboren',
      'in welk|welke jaar|leerjaar ..1 zit|zitte',
      'age sex location',
      'ben|bent|zijt je|jij|ge ..2 al|nog # [jaar|jr]',
      'ben|bent|zijt je|jij|ge ..2 meerderjarig|minderjarig|volwassen|18|18_plus|oud_genoeg',
    ],
    unless: ['toernooi*', 'leeftijdsgrens', 'leeftijdscategorie', 'leeftijdsregel', 'competitie', 'inschrijv*', 'we hebben ..2 regel', 'hond', 'kat', 'paard', 'oma', 'opa', 'huis', 'auto', 'fiets', 'film', 'boek', 'telefoon', 'laptop', 'baby', 'broer*', 'zus*', 'zusje', 'moeder', 'vader', '# uur', 'het_is_al', 'al_laat', 'ook_alweer', 'nu_alweer', 'alweer', 'hoe oud was|waren|werd|werden', 'hoe oud is|wordt|zijn hij|zij|ze|die|dat|hun|jullie|deze'],
    examples: {
      match: ['hoe oud ben je eigenlijk?', 'hoe oud zijde gij?', 'hoe oud ben jij', 'wat is je leeftijd', 'welk jaar ben je geboren', 'ben je al 16', 'asl?'],
      ignore: ['hoe oud ben je? er is een leeftijdsgrens voor de competitie', 'hoe oud was napoleon toen hij keizer werd eigenlijk', 'hoe oud is die zanger eigenlijk', 'hoe oud is je hond', 'hoe oud is dat huis wel niet', 'mijn oma wordt 80', 'hoe oud ben je nu ook alweer, 14?'],
    },
  },
  {
    id: 'alone-parents-away',
    phrases: [
      'ben|bent|zijt|zijde|zit|zitte je|jij|ge|gij|you ..2 alleen|allenig|allen',
      'ben|bent|zijt|zit je|jij|ge ..2 [nu|vanavond|straks] alleen|allenig ..2 thuis|op_je_kamer|in_je_kamer|in_huis',
      'zijn|is je|jouw|uw @parents ..3 thuis|weg|er|werken|aan_het_werk|op_vakantie|slapen|in_de_buurt',
      'waar zijn|is je|jouw|uw @parents',
      'hoe laat ..3 je|jouw @parents ..2 slapen|naar_bed|weg|werken|thuis',
      'wat is je|jouw|uw echte|volledige ..1 naam|achternaam',
      'wanneer|hoe_laat zijn|komen|is|komt je|jouw @parents ..2 thuis|terug|weg',
      'wie ..2 [is|zijn] er ..2 bij|thuis ..1 je|jou',
      'slaap|slaapt je|jij ..2 alleen|op_je_eigen_kamer',
      'heb|hebt je|jij|ge ..2 eigen kamer',
      'zit|zitte|zitten|ga|gaat je|jij|ge|gij ..2 [nog] [op|naar|in] [de|het] school|middelbare|basisschool|brugklas|onderbouw|bovenbouw|havo|vwo|vmbo|mavo|atheneum|gymnasium',
      'zijn|is je|jouw|uw @parents ..2 streng|lief|vaak_weg|veel_weg|gescheiden',
      'heb|hebt|hedde je|jij|ge ..2 [al] [een] vriendje|vriendinnetje|vriend|vriendin|relatie|lief|lover',
      'wat voor|welke school|opleiding|niveau ..1 doe|zit|volg|heb',
      'slaap|slaapt|heb|hebt je|jij|ge ..3 eigen ..1 kamer|slaapkamer',
      'kan|kunnen je|jouw @parents ..3 meekijken|meelezen|zien|horen',
    ],
    unless: ['zijn|haar ouders|moeder|vader|mama|papa', 'alleen of met|bij', 'alleen of is|zijn|komt|komen ..2 er ..1 al|ook', 'vreemden', 'deur ..2 opendoen|open_doen|openmaken', 'wedstrijd', 'training', 'ophalen', 'eten', 'koelkast', 'vergadering', 'ouderavond', 'rapport', 'spreekuur', 'waar zijn|is mama|papa|mam|pap|mams|paps', 'mn|mijn|m_n|me|mijne ouders|moeder|vader|ma|pa ..3 ruzie|maken_ruzie|gescheiden|schreeuwen|scheiden'],
    examples: {
      match: ['ben je alleen thuis vanavond?', 'ben je alleen op je kamer?', 'zijn je ouders thuis?', 'waar zijn je ouders', 'hoe laat komen je ouders thuis', 'slaap je alleen', 'heb je een eigen kamer'],
      ignore: ['ben je alleen of met Mila?', 'ben je alleen of is Sanne er al?', 'dan ben je even alleen thuis, niet de deur opendoen voor vreemden he', 'mijn ouders zijn weg', 'we gaan alleen met ons vieren', 'ben je alleen thuis? waar zijn mama en papa', 'zijn je ouders er ook bij de wedstrijd?', 'ben je alleen thuis? mijn ouders maken weer ruzie, mag ik komen'],
    },
  },
  {
    id: 'school-and-address',
    phrases: [
      'op|naar|in welke school|klas|groep|stad|plaats|dorp|wijk|straat ..2 [zit|ga|woon|zat]',
      'welke school|klas|middelbare ..2 zit|ga|doe|heb je|jij|ge',
      'op|naar welke ..1 school',
      'waar ..2 woon|woont|woonde|woonachtig je|jij|ge|you',
      'waar ..1 zit|ga|gaat je|jij|ge ..2 [op|naar] school',
      'wat is je|jouw|uw ..1 adres|woonplaats|postcode|huisnummer|straat|school|klas',
      'in welke straat|wijk|buurt|regio',
      'waar ..2 je|jij|ge ..2 vandaan',
      'welk niveau ..2 [doe|zit] je|jij',
      'in welke ..1 klas|groep|jaar',
    ],
    unless: ['ik|k weet', 'fiets', 'pakket*', 'bezorg*', 'levering', 'bestelling', 'marktplaats', 'verkoop', 'verkopen', 'ophalen', 'teamlijst', 'lijst', 'formulier', 'inschrijving', 'uitnodiging*', 'kaartje', 'kerstkaart', 'mama', 'papa', 'thuis_zijn'],
    examples: {
      match: ['op welke school zit je?', 'waar woon je?', 'wat is je adres', 'in welke klas zit je', 'waar kom je vandaan', 'welke school zit jij', 'wat is je postcode'],
      ignore: ['waar woon je? dan kom ik de fiets ophalen', 'ik woon in utrecht', 'stuur me even je locatie, mama wil het weten'],
    },
  },
  {
    id: 'where-you-live-u6',
    phrases: [
      'woon|woont|woonde @you ..2 [toch|ook|nou|echt|nog|ergens] ..1 in|bij|rond|vlakbij|dichtbij|buurt_van',
      'je|jij|ge woont ..2 toch|ook ..2 in|bij|rond|vlakbij',
      'hoe heet ..2 je|jouw ..1 school|straat|dorp|woonplaats|middelbare',
      'welke stad|plaats|provincie|kant_van',
      'stuur ..3 je|jouw ..1 locatie|adres|live_locatie|pin',
    ],
    unless: ['zijn|haar ouders|moeder|vader|mama|papa', 'ik|k kom je|jou ..1 halen|ophalen', 'ik|k weet', 'fiets', 'pakket*', 'bezorg*', 'levering', 'bestelling', 'marktplaats', 'verkoop', 'verkopen', 'ophalen', 'mama', 'papa', 'oma', 'opa', 'ik|k haal', 'thuis_zijn', 'uitnodiging*', 'kaart*', 'feest*', 'verjaardag*', 'kamer', 'zit_je_nog|zit_je_al', 'trein|bus|auto|file|vertraging', 'klas|groep|team|les|huiswerk', 'waar ben|zit|zijn je|jij|jullie ..1 nu|nou|ergens', 'veilig|veilig_thuis|thuisgekomen', 'formulier', 'invullen', 'inschrijving*', 'aanmelding*'],
    weight: 1,
    examples: {
      match: ['je woont toch in utrecht?', 'woon je ook in rotterdam', 'hoe heet je school', 'stuur je locatie'],
      ignore: ['stuur even je locatie, ik kom je halen. ben je alleen daar of zijn zijn ouders thuis?', 'waar ben je nu? stuur even je locatie, mama wil het weten', 'woon je in utrecht? dan kom ik de fiets ophalen', 'zit je al in de trein?', 'waar ben je nu? stuur even je locatie'],
    },
  },
  {
    id: 'who-is-home-when-e8',
    phrases: [
      'woon|woont @you ..2 alleen ..1 met ..1 je|jouw ..1 moeder|vader|mama|papa|ma|pa|oma',
      'werkt|werken ..1 ze|hij|je_moeder|je_vader|je_ouders|je_mama|je_papa ..2 s_avonds|avonds|snachts|nachts|laat|in_het_weekend|nachtdienst*',
    ],
    unless: ['verzorging', 'ziekenhuis', 'huiswerk', 'werkstuk', 'enquete', 'interview', 'opdracht'],
    weight: 1,
    examples: {
      match: ['woon je alleen met je moeder? werkt ze s avonds?'],
      ignore: ['werkt ze s avonds in het ziekenhuis? voor mijn werkstuk over beroepen'],
    },
  },
  {
    id: 'which-school-r10',
    phrases: [
      'welke|wat_voor school ..1 [zit|ga|doe] [je|jij|ge]',
    ],
    unless: ['kiezen', 'gekozen', 'volgend_jaar', 'open_dag', 'opendag', 'broertje', 'zusje', 'broer', 'zus', 'kind', 'dochter', 'zoon'],
    examples: {
      match: ['zelfde!! welke school', 'op welke school zit je'],
      ignore: ['welke school ga je kiezen volgend jaar', 'welke school zit je broertje op'],
    },
  },
  {
    id: 'when-out-of-school-r11',
    phrases: [
      'hoe ..1 laat ..1 ben|bent|ben_je|zijde @you ..1 uit ..1 school|de_school',
      'hoe ..1 laat ..1 @you ..1 uit ..1 school',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'ophalen', 'haal', 'mama', 'papa', 'oma', 'opa', 'tandarts', 'dokter', 'training', 'bijles'],
    examples: {
      match: ['hoe laat ben je uit school'],
      ignore: ['hoe laat ben je uit school, dan kom ik je ophalen voor de tandarts'],
    },
  },
  {
    id: 'you-go-to-that-school-right-r14',
    phrases: [
      "@you zit|zat|gaat ..1 toch|niet ..3 op|in|naar ..2 de|het ..1 havo|vwo|vmbo|mavo|school|lyceum|college|atheneum|gymnasium|brugklas",
      "zit|zat|ga|gaat @you ..1 toch|niet ..3 op|in|naar ..2 de|het ..1 havo|vwo|vmbo|mavo|lyceum|college|atheneum|gymnasium|brugklas",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "morgen", "vanaf", "volgend_jaar", "nog_steeds", "ouderavond", "mentor"],
    examples: {
      match: ["heyy jij zit toch op de havo in Almere?", "zit jij niet op het Stedelijk College?", "jij gaat toch naar het lyceum"],
      ignore: ["ik zit op de havo", "zit jij morgen op school?"],
    },
  },
  {
    id: 'm-or-f-and-are-you-15-r15',
    phrases: [
      "m|j of v|m|f",
      "jongen|meisje|man|vrouw|boy|girl of|or meisje|jongen|vrouw|man|girl|boy",
      "ben|bent je|jij|ge ..1 ook|al|echt|nog|pas|nou ..1 #",
    ],
    unless: ["ook_alweer", "nu_alweer", "baby", "zwanger*", "wordt_het", "kindje", "puppy", "kitten", "poes", "hond", "konijn", "cavia", "gender_reveal", "echo", "minuten", "min", "uur", "uren", "euro", "keer", "km", "kilo", "kg", "cm", "meter", "punten", "procent", "dagen", "weken", "graden", "level", "lvl", "ronde", "gefeliciteerd", "jarig", "verjaardag*", "taart", "feest*", "wc", "toilet", "kleedkamer", "maat", "schoenmaat", "categorie", "wedstrijd", "toernooi", "formulier*"],
    examples: {
      match: ["m of v", "hey, jongen of meisje?", "omg same. ben jij ook 15?", "hoi mooie ben jij echt 15?"],
      ignore: ["wordt het een jongen of meisje?", "ben je al 5 minuten onderweg?", "ben je al 16? gefeliciteerd!!", "de wc, m of v?"],
    },
  },
  {
    id: 'address-for-a-gift-r15',
    phrases: [
      "geef|stuur|app|dm ..2 je|jouw|uw ..1 adres|huisadres|postcode ..6 cadeau*|pakketje|pakket|iets_leuks|verrassing|bloemen|kadootje*|kado*",
    ],
    unless: ["verjaardag*", "trouwen|bruiloft", "kerstkaart*", "uitnodiging*", "webshop", "bestelling", "marktplaats", "vinted", "verkoop*", "retour", "sinterklaas", "oma", "opa", "tante", "oom"],
    examples: {
      match: ["geef je adres dan stuur ik een cadeautje", "stuur ff je adres, heb een pakketje voor je"],
      ignore: ["stuur je adres voor de uitnodiging van mijn verjaardag", "geef je adres voor de bestelling, dan komt het pakketje morgen"],
    },
  },
  {
    id: 'parents-often-away-r16',
    phrases: [
      'zijn|is je|jouw|uw @parents ..4 vaak|veel|soms|ooit|meestal ..2 weg|van_huis|laat_thuis|op_reis|uit',
      'je|jouw|uw @parents ..2 werkt|werken ..2 laat|nachtdienst|tot_laat|s_avonds',
      'je|jouw|uw @parents ..1 laat|tot_laat|nachtdienst ..1 werkt|werken|heeft',
      'alleen of met je|jouw|uw @parents',
    ],
    unless: ['kaartje*', 'ticket*', 'formulier', 'toestemming', 'school', 'mentor', 'oppas*'],
    examples: {
      match: ['zijn je ouders in het weekend vaak weg?', 'ben je dinsdag thuis? ik hoorde dat je moeder laat werkt', 'ben je daar alleen of met je moeder?'],
      ignore: ['zijn je ouders vaak weg? dan moet je een oppas regelen via school', 'je moeder werkt bij de bakker'],
    },
  },
  {
    id: 'so-youre-often-alone-r18',
    phrases: [
      'dus|dan|oh_dus|ah_dus je|jij|ge bent|zijt|bn|ben ..2 vaak|soms|veel|dikwijls|meestal ..1 alleen',
      'jij|je|ge bent|zijt|bn ..1 alleen ..1 in|op ..1 kamer|je_kamer|jouw_kamer ..6 deur|slot',
      'deur ..2 op_slot|dicht ..4 dan ..3 vrij|rustig|ongestoord ..1 praten|kletsen|bellen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'gezellig|kom_langs|bij_ons|eten|oppas*|zielig|sorry|balen|lastig|eenzaam_voelen|praat_erover|mentor|hulp'],
    examples: {
      match: ['ah dus je bent vaak alleen thuis 👀', 'En jij bent alleen in kamer? Deur op slot? Dan we kunnen vrij praten'],
      ignore: ['dus je bent vaak alleen thuis? kom gezellig bij ons eten'],
    },
  },
  {
    id: 'live-near-centre-r25',
    phrases: [
      'woon|woont @you ..2 dichtbij|vlakbij|dicht_bij|in_de_buurt_van|naast|bij ..2 het|de ..1 centrum|station|school|park|winkelcentrum|bos',
    ],
    unless: ['samen_fietsen|fietsen|carpool*|meerijden|lift|rijden', 'verhuis*', 'nieuwe_huis', 'kamer_te_huur|huur*', 'oppas*', 'bijles*', 'training'],
    weight: 1,
    examples: {
      match: ['zomaar. woon je dichtbij het centrum?'],
      ignore: ['woon je dichtbij het station? dan kunnen we samen fietsen'],
    },
  },

  {
    id: 'when-parents-are-away-r28',
    phrases: [
      'als|wanneer|zodra je|jouw|uw ouders|moeder|vader|mama|papa|ma|pa ..1 niet|nie ..1 thuis|weg|er_niet ..1 zijn|is|zijt',
      'als|wanneer|zodra ..2 niemand ..1 thuis ..1 is',
      'als|wanneer|zodra ..1 je|ge ..1 alleen ..1 thuis ..1 bent|zijt|is',
    ],
    unless: ['bij ons', 'eten', 'oppas*', 'sleutel*', 'buurvrouw', 'buurman', 'bel ..1 me|mij|ons', 'noodnummer', 'deur ..1 op_slot', 'pakket*', 'postbode', 'bezorg*', 'hond', 'kat', 'planten', 'vissen'],
    examples: {
      match: ['liever boven, als je ouders niet thuis zijn', 'als niemand thuis is kan ik langskomen', 'doe het wanneer je alleen thuis bent'],
      ignore: ['als je ouders niet thuis zijn mag je bij ons eten', 'als niemand thuis is, legt de postbode het pakket bij de buurvrouw', 'als je alleen thuis bent, doe de deur op slot'],
    },
  },

  {
    id: 'name-age-address-r28',
    phrases: [
      'naam ..4 leeftijd ..4 adres|woonplaats|school|telefoonnummer|nummer',
      'leeftijd ..3 en ..1 adres|woonplaats|school',
      'hebde|hedde|hebde_gij|hedde_gij ..3 lief|vriendje|vriendinneke|vriendinnetje|vriendin|vriend|lief_gehad',
    ],
    unless: ['abonnement', 'lidmaatschap', 'bestelling', 'verzekering', 'aanmelding*', 'inschrijving*', 'formulier*', 'inschrijfformulier', 'ouders', 'ouder', 'toestemming', 'website', 'gemeente', 'huisarts', 'zorgverzekeraar', 'bank', 'cv', 'sollicit*', 'vacature', 'paspoort', 'id_kaart'],
    examples: {
      match: ['stuur je naam, leeftijd en adres voor de verzending', 'geef me je leeftijd en adres', 'hebde al ne lief gehad?'],
      ignore: ['stuur je naam, leeftijd en adres voor het abonnement', 'vul je naam, leeftijd en adres in op het formulier, met toestemming van je ouders', 'de huisarts vraagt naam, leeftijd en adres'],
    },
  },

  {
    id: 'flemish-home-alone-r28',
    phrases: [
      'zijde|zijt_ge|zijt_gij|bende|bent_ge ..2 [nu|vanavond|morgen|straks] alleen ..1 [thuis]',
    ],
    unless: ['niet_alleen', 'nie_alleen', 'met_uw', 'samen'],
    examples: {
      match: ['zijde alleen thuis?', 'zijt ge vanavond alleen'],
      ignore: ['zijde samen met uw zus of alleen naar de cinema?'],
    },
  },
  {
    id: 'age-gap-is-nothing-n32',
    phrases: [
      'ik|k ben # ..2 jij|je|ge|jy|you bent|ben|zijt|bent_pas # ..4 bijna|praktisch|eigenlijk|toch ..1 hetzelfde|even_oud|gelijk|niks|niets',
      'ik|k ben # ..2 jij|je|ge|jy|you bent|ben|zijt|bent_pas # ..4 maakt|boeit|scheelt|uitmaken ..2 niet_uit|niks|niets|niet|nie|weinig|geen_bal|toch_niet',
      'kben # ..2 jij|je|ge|jy|you bent|ben|zijt|bent_pas # ..4 bijna|praktisch|eigenlijk|toch|maakt|boeit|scheelt ..2 hetzelfde|even_oud|niet_uit|niks|niets|weinig|niet|nie',
    ],
    unless: ['broer*', 'zus*', 'neef*', 'nicht*', 'mama', 'papa', 'mam', 'pap', 'opa', 'oma', 'school', 'klas', 'team', 'training', 'jaar_ouder_dan', 'cm', 'kilo', 'kg', 'punten', 'minuten', 'seconden', 'level', 'lvl', 'rank'],
    examples: {
      match: ['ik ben 19 jij bent 14, dat is toch bijna hetzelfde', 'ik ben 21 en jij bent 15 maar dat maakt niks uit', 'kben 17 jij bent 13, boeit toch niet'],
      ignore: ['ik ben 15 jij bent 13, maakt niet uit we zitten in hetzelfde team', 'ik ben 14 jij bent 12, mijn zus is bijna even oud'],
    },
  },
  {
    id: 'when-parent-back-n37',
    phrases: [
      'hoe_laat|wanneer komt|komen|is|zijn ..1 [je|jouw|uw] ouders|moeder|mama|mam|vader|papa|pap|ma|pa|ze ..3 [weer] terug|thuis',
      'dus ..1 je|jij|ge|gij bent|zijt|ben ..2 [nu|helemaal|vanavond] alleen',
    ],
    unless: ['film', 'bios', 'winkel', 'school', 'gegaan', 'geweest', 'vakantie', 'gaan', 'boodschappen', 'eten', 'koken', 'opgehaald', 'ophalen', 'samen'],
    weight: 1,
    examples: {
      match: ['hoe laat komt je moeder terug?', 'wanneer zijn je ouders weer thuis', 'dus je bent alleen?'],
      ignore: ['hoe laat komt je moeder terug, dan kunnen we samen eten', 'dus je bent alleen naar de film geweest?'],
    },
  },
  {
    id: 'adult-age-is-that-ok-n37',
    phrases: [
      'ik|k ben|m # ..5 is|vind ..2 dat|da|het ..1 [een] erg|probleem|raar|gek|vervelend|bezwaar',
      'ik|k ben|m # ..3 niet|nie te oud',
      'ik|k # ..3 boeie|boeit|maakt_niet_uit|maakt_niks_uit ..1 toch',
    ],
    unless: ['minuten', 'min', 'euro', 'cm', 'kilo', 'kg', 'punten', 'level', 'lvl', 'procent', 'uur', 'km', 'keer', 'seconden', 'te_laat', 'rank', 'cijfer'],
    weight: 1,
    examples: {
      match: ['ik ben 38, is da erg?', 'ik ben 30. is dat een probleem?', '41 m amersfoort. ik ben 41 niet te oud he?', 'ik 35 lol. boeie toch?'],
      ignore: ['ik ben 15 minuten te laat, is dat erg?', 'ik ben 3 kilo aangekomen, is dat erg'],
    },
  },
] satisfies PatternEntry[];
