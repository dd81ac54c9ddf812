import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'money-for-pics',
    phrases: [
      'ik|k geef|betaal|stuur|koop|maak ..4 @money|@gamecur|@payment|# ..4 voor|als|in_ruil ..3 @photo|@nude|foto|video|cam|camera|facetime|dat_je|als_je',
      'kgeef|kbetaal|kstuur|kkoop|kmaak ..4 @money|@gamecur|@payment|# ..4 voor|als|in_ruil ..3 @photo|@nude|foto|video|cam|camera|facetime|dat_je|als_je',
      'ik|k geef|betaal|stuur|koop|maak ..4 @money|@gamecur|@payment|# ..4 als|zodra|wanneer je|jij|ge|you ..4 @send|laat|toon|doet|doe',
      'kgeef|kbetaal|kstuur|kkoop|kmaak ..4 @money|@gamecur|@payment|# ..4 als|zodra|wanneer je|jij|ge|you ..4 @send|laat|toon|doet|doe',
      '@photo|@nude ..3 voor|tegen # ..1 @money|@currency|@gamecur|@payment',
      'voor|tegen ..1 @photo|@nude ..2 krijg|krijgt|betaal|geef je|jij ..3 @money|@gamecur|#',
      'ik|k kan|wil|zal je|jou ..3 @money|@currency|@gamecur|# ..2 geven|betalen|sturen|overmaken ..3 @photo|@nude',
      'kkan|kwil|kzal je|jou ..3 @money|@currency|@gamecur|# ..2 geven|betalen|sturen|overmaken ..3 @photo|@nude',
      'dan krijg|krijgt je|jij|ge ..3 @money|@gamecur|@payment|#',
      'je krijgt|krijg ..2 # ..2 @money|@currency|@gamecur ..2 per|voor|als|van_me|van_mij|van_mn',
      'wil|wilt je|jij|ge ..3 [snel|makkelijk|wat|extra|veel] geld|cash|poen|doekoe ..1 verdienen|verdiene|scoren',
      'ik|k koop|geef ..3 iphone|airpods|telefoon|kleren|schoenen|make_up|makeup|tas|sieraden|ketting|cadeautje|cadeau ..2 voor je|jou',
      'kkoop|kgeef ..3 iphone|airpods|telefoon|kleren|schoenen|make_up|makeup|tas|sieraden|ketting|cadeautje|cadeau ..2 voor je|jou',
      'ik|k betaal ..1 je|jou ..1 goed|veel|extra|goed_geld|wat_je_wil',
      'kbetaal ..1 je|jou ..1 goed|veel|extra|goed_geld|wat_je_wil',
      'je|jij kan|kunt|kun ..3 @money|# ..3 verdienen|krijgen|scoren',
      'wil|wilt je|jij ..1 [wat|wat_extra|extra|snel|makkelijk] geld|poen|cash|doekoe',
      'baantje|bijbaantje|job|klusje|opdrachtje|werkje ..5 @photo|model|fotoshoot|poseren',
      'goed|veel betaald|betaalt ..4 @photo|model|fotoshoot|poseren',
      'makkelijk|snel|easy|gratis ..1 geld|cash|poen|doekoe ..2 verdienen|verdiene',
      'ik|k kan|wil|zal ..1 je|jou ..3 @money|@currency|@gamecur|# ..2 geven|betalen|sturen|overmaken ..2 als|zodra|wanneer ..5 @photo|@nude',
      '# ..1 @currency|@money|@gamecur per foto|fotootje|pic|pics|filmpje|video|vid|plaatje|nude|selfie',
      'krijg|krijgt je|jij|ge ..2 # ..2 @money|@currency|@gamecur ..3 als|voor|per|van_me|van_mij',
    ],
    unless: ['adres', 'ophalen', 'opsturen', 'verzend*', 'op_de_post', 'weghaalt|weghalen|verwijdert|verwijderen|wist|wissen', 'krijgt|krijg|krijg_je nog [wel|steeds] #', 'bios|bioscoop|snackbar|pizza|friet*|kapsalon|shoarma|lunch|kantine', 'afwas', 'klusje*', 'oppas*', 'grasmaaien', 'stofzuigen', 'kamer', 'auto_wassen', 'bus', 'boodschappen', 'bijles', 'fiets', 'scooter', 'brommer', 'marktplaats', 'terug*', 'lenen', 'geleend', 'schuldig', 'bijbaan*', 'vakantiewerk', 'krantenwijk', 'oppas*', 'oppassen', 'kaartjes', 'tickets', 'verjaardag'],
    examples: {
      match: ['ik kan je wat geld sturen als je een paar leuke fotos van jezelf maakt', '50 euro per foto', 'krijg je 2000 vbucks van me als je een pic stuurt', 'ik betaal je 50 euro voor een pic in je ondergoed', 'ik geef je 2000 robux als je een foto stuurt', 'laat je lichaam zien dan krijg je 5000 vbucks', 'je krijgt 150 euro per shoot', 'wil je snel geld verdienen?', 'foto voor 20 euro?'],
      ignore: ['Top. Ik maak het geld via tikkie over als je het adres stuurt, dan haal ik hem morgen op', 'ik geef je 2 euro als je hem weghaalt', 'je krijgt nog 15 euro van me van de bios', 'trouwens je krijgt nog 5 euro van me van de snackbar', 'ik geef je 80 euro voor de fiets', 'kun je me 20 euro lenen', 'wil je geld verdienen met oppassen', 'de fotograaf rekent 50 euro per stuk', 'ik kan je het geld sturen als je de fotos van de fiets hebt gestuurd voor marktplaats'],
    },
  },
  {
    id: 'free-game-currency-gifts',
    phrases: [
      'wil|wilt je|jij|ge ..3 [gratis] @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card*|iphone|airpods|telefoon',
      'gratis|free ..1 @gamecur',
      'hoeveel @gamecur|geld|euro|cash ..2 wil|wilt|heb|hebt je|jij|ge ..1 [hebben|krijgen]',
      'ik|k kan|zal|ga ..3 je|jou ..4 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card* ..2 geven|sturen|kopen|gifted|gifte|regelen',
      'kkan|kzal|kga ..3 je|jou ..4 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card* ..2 geven|sturen|kopen|gifted|gifte|regelen',
      'ik|k geef|stuur|koop|gift ..2 je|jou ..3 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card*|airpods|iphone|nieuwe_telefoon',
      'kgeef|kstuur|kkoop|kgift ..2 je|jou ..3 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card*|airpods|iphone|nieuwe_telefoon',
      'ik|k regel|geef|koop ..3 wiet|weed|drank|alcohol|vapes|vape|sigaretten|sigaretjes|drugs|pillen|xtc|snus ..2 voor je|voor_jou',
      'kregel|kgeef|kkoop ..3 wiet|weed|drank|alcohol|vapes|vape|sigaretten|sigaretjes|drugs|pillen|xtc|snus ..2 voor je|voor_jou',
      'wil|wilt je|jij ..3 wiet|weed|drank|alcohol|vapes|vape|sigaretten|drugs|pillen|xtc|snus',
    ],
    unless: ['verjaardag*', 'kerst*', 'sinterklaas', 'mama', 'papa', 'oma', 'opa', 'skin_voor', 'ruilen', 'trade', 'gekregen', 'gekocht', 'voor ..1 je|jouw|jou|die|dat ..1 skin|skins|account|item|items|emote|pickaxe|kaart|kaarten|pokemon*'],
    examples: {
      match: ['hoeveel robux wil je hebben', 'yo wil je 2000 robux?', 'ik kan je gratis vbucks geven', 'gratis robux', 'ik koop je een cadeaukaart', 'ik regel wel wiet voor je'],
      ignore: ['ik heb 1000 vbucks gekregen voor mn verjaardag', 'ik geef je 800 vbucks voor je pickaxe, deal?', 'ik geef je 500 robux voor dat account van je broer', 'ik geef je een skin als we ruilen', 'gratis parkeren hier'],
    },
  },
  {
    id: 'modelling-agency',
    phrases: [
      'ik ben|werk [een|als|voor|bij|van] [een|het] scout|talentscout|modellenscout|modellenbureau|modelbureau|modellen_bureau|castingbureau|modellenagent*|modelling_agency|agency|model_agency',
      'modellenbureau|modelbureau|castingbureau|modelling_agency|model_agency|modellenscout|talentscout',
      'wil|wilt je|jij|ge ..3 model|fotomodel|influencer ..1 worden',
      'betaalde ..2 fotoshoot|shoot|opdracht|samenwerking',
      'fotoshoot|shoot ..3 betaald|betalen|# ..1 @money',
      'je ..3 geschikt ..2 als|voor ..1 model|fotomodel|fotoshoot',
    ],
    unless: ['nep', 'nepbureau', 'oplicht*', 'scam*', 'niet_op_ingaan', 'pas_op', 'let_op', 'waarschuw*', 'voetbal*', 'club', 'team', 'hockey', 'sport*', 'scouting', 'training', 'proef*', 'kunstproject', 'bruiloft'],
    examples: {
      match: ['Ik ben scout voor een modellenbureau', 'wil je model worden?', 'voor een betaalde fotoshoot', 'je bent echt geschikt als model', 'ik werk voor een modellenbureau'],
      ignore: ['let op, er gaat een bericht rond van een nep modellenbureau dat fotos vraagt', 'ik wil later model worden haha', 'mijn portfolio voor kunst is af', 'ik ben fan van die fotograaf'],
    },
  },
  {
    id: 'pay-for-pic-of-you',
    phrases: [
      'ik|k geef|betaal|stuur|koop ..4 @money|@gamecur|@payment|# ..4 voor|als|in_ruil_voor ..3 @photo [s] ..1 van|met|in|zonder ..1 je|jou|jezelf|jouw|@nude',
      'kgeef|kbetaal|kstuur|kkoop ..4 @money|@gamecur|@payment|# ..4 voor|als|in_ruil_voor ..3 @photo [s] ..1 van|met|in|zonder ..1 je|jou|jezelf|jouw|@nude',
      'ik|k geef|betaal|stuur|koop ..4 @money|@gamecur|@payment|# ..4 voor|als|in_ruil_voor ..4 @nude',
      'ik|k geef|betaal ..4 @money|@gamecur|@payment|# ..4 als je|jij|ge ..2 je|jouw|uw ..1 cam|camera|webcam ..1 aanzet|aandoet|aan_zet',
      'je|jij|ge krijgt|krijg ..3 @money|@gamecur|# ..4 voor|als ..3 @photo [s] ..1 van|met|in|zonder ..1 je|jou|jezelf|jouw|@nude',
      'ik|k geef|betaal|stuur|koop ..3 als|zodra|wanneer je|jij|ge ..4 @photo|@nude|pics|fotos ..2 @send|stuurt|laat_zien|opstuurt',
      '@money|@gamecur|skins|skin|# ..3 geven|geef|sturen|kopen|betalen|krijgen ..1 voor|in_ruil_voor ..2 een|1|paar|wat|je|jouw|n|ne ..1 pic|pics|foto|fotos|foto_s|selfie*|nude*|naaktfoto*|video|filmpje|fotootje',
    ],
    unless: ['bruiloft', 'fotograaf', 'fotograferen', 'marktplaats', 'fiets', 'scooter', 'tweedehands', 'terug*', 'lenen', 'geleend', 'schuldig', 'huiswerk', 'hond', 'kat', 'poes', 'auto', 'kamer', 'tuin', 'wedstrijd', 'verjaardag*', 'oma', 'opa', 'mama', 'papa'],
    weight: 3,
    examples: {
      match: ['ik kan je skins geven voor een pic', 'je kan 1000 vbucks krijgen voor een paar fotos', 'ik geef ze als je me een paar pics stuurt', 'ik geef je 2000 robux voor een pic van je', 'ik betaal je 50 euro voor een foto van je voeten', 'ik betaal 100 euro voor een foto in bikini', 'ik geef je 5000 vbucks als je je cam aanzet'],
      ignore: ['ik geef je 80 euro voor de fiets', 'ik betaal je 20 euro voor een foto van je hond voor de wedstrijd', 'ik geef je 10 euro als je mijn kamer opruimt'],
    },
  },
  {
    id: 'pay-well-for-pics-r4',
    phrases: [
      'ik|k betaal|geef ..3 goed|veel|flink|wat|lekker ..3 voor ..3 @photo|fotos|pics|foto|plaatjes',
      'geld|cash|poen|doekoe ..1 verdienen ..6 @photo|fotos|pics|foto|plaatjes|filmpjes|videos',
      'je|jij krijgt|krijg ..4 iphone|telefoon|airpods|geld|@gamecur|cadeau*|schoenen|kleren ..4 als ..2 je|jij ..3 naar|bij me|mij ..2 komt|toekomt|langskomt|slaapt|blijft',
    ],
    unless: ['bruiloft', 'fotograaf', 'fotograferen', 'trouw*', 'marktplaats', 'fiets', 'scooter', 'tweedehands', 'vinted', 'verkopen', 'stockfoto*', 'bijbaan', 'oppas*', 'oppassen', 'mama', 'papa', 'oma', 'opa', 'verjaardag*', 'sinterklaas', 'kerst*'],
    weight: 3,
    examples: {
      match: ['ik betaal je goed voor een paar fotos', 'heb je zin om geld te verdienen? alleen wat fotos', 'je krijgt een nieuwe iphone als je naar me toe komt'],
      ignore: ['ik betaal je goed voor een paar fotos van de bruiloft', 'geld verdienen met je oude fotos op vinted verkopen'],
    },
  },
  {
    id: 'bought-you-a-gift-u6',
    phrases: [
      'ik|k heb ..4 iphone|airpods|telefoon|cadeautje|cadeau|schoenen|sneakers|nikes|jordans|kleren|tas|tasje|ketting|sieraad|sieraden|make_up|makeup|parfum|ps5|playstation|switch|@gamecur|giftcard*|cadeaukaart*|cadeaubon*|verrassing|verrassinkje ..3 voor je|jou|you ..2 gekocht|besteld|gehaald|geregeld|klaarliggen|klaarstaan|liggen|gekocht_hoor',
      'kheb ..4 iphone|airpods|telefoon|cadeautje|cadeau|schoenen|sneakers|nikes|kleren|tas|ketting|make_up|makeup|parfum|ps5|@gamecur|giftcard*|cadeaukaart*|verrassing ..3 voor je|jou ..2 gekocht|besteld|gehaald|geregeld',
      'ik|k heb ..3 iets|wat|een_verrassing|een_cadeautje|een_cadeau ..2 voor je|jou ..6 ophalen|komen_halen|kom_halen|afspreken|langskomen|langs_komen|als_je_komt',
      'ik|k wil ..2 je|jou ..2 verwennen',
      'ik|k kan|wil|zal ..2 je|jou ..2 wiet|weed|drank|alcohol|vapes|vape|drugs|pillen|snus|sigaretten ..2 geven|regelen|brengen|kopen|sturen',
      'ik|k koop ..2 alles ..2 voor je|jou|wat_je_wil|wat_je_maar_wil',
      'wat wil|wilt @you ..3 hebben|krijgen ..3 ik|k ..1 koop|regel|betaal',
    ],
    unless: ['verjaardag*', 'jarig', 'gefeliciteerd', 'proficiat', 'sinterklaas', 'sint', 'kerst*', 'moederdag', 'vaderdag', 'mama', 'papa', 'oma', 'opa', 'tante', 'oom', 'juf', 'meester', 'klas*', 'team', 'lootjes', 'secret_santa', 'geslaagd', 'diploma*', 'marktplaats', 'vinted', 'terugbetalen', 'terug*', 'lenen', 'bestelling', 'pakket*', 'bezorg*', 'haha*', 'lol', 'grapje', 'xd'],
    weight: 2,
    examples: {
      match: ['ik heb een nieuwe iphone voor je gekocht', 'ik heb airpods voor je besteld', 'ik heb iets voor je, kom het ophalen', 'ik wil je verwennen', 'ik koop alles voor je', 'wat wil je hebben? ik koop het', 'ik kan je wiet geven'],
      ignore: ['ik heb een cadeautje voor je gekocht voor je verjaardag', 'oma heeft een cadeau voor je gekocht', 'ik heb iets voor je gekocht bij de lootjes van de klas'],
    },
  },
  {
    id: 'earn-with-pics-u6',
    phrases: [
      'ik|k geef|betaal ..4 # ..3 als @you ..4 uitkleed*|uitkleedt|uittrekt|naakt|bloot',
      'wil|wilt|kun|kan|kunt @you ..2 # ..1 [@currency|@money|euro|eur] ..1 verdienen|scoren|krijgen ..5 @photo|foto|fotos|pics|filmpje*|video*|cam|webcam|camera|poseren|shoot',
      'verdien|verdienen|verdient ..3 met|door ..3 [een|paar|wat|je] @photo|fotos|pics|filmpje*|videos|cam|webcam|poseren',
      'modellencarri*|modelcarri*|modellenwerk|modellenwereld|modeshoot*|fotomodellenwerk',
      'ik|k kan|wil ..2 je|jou ..2 beroemd|famous|bekend ..1 maken',
    ],
    unless: ['oppas*', 'oppassen', 'krantenwijk', 'vakantiewerk', 'bijbaan*', 'vinted', 'marktplaats', 'verkopen', 'verkoop', 'tweedehands', 'stockfoto*', 'fotograaf', 'fotografie', 'bruiloft', 'youtube', 'vlog*', 'school', 'opleiding', 'les', 'cursus', 'mama', 'papa', 'oma', 'opa'],
    weight: 3,
    examples: {
      match: ['wil je 50 euro verdienen met een paar fotos', 'je kan geld verdienen met je fotos', 'ik kan je helpen met een modellencarriere', 'ik kan je beroemd maken'],
      ignore: ['je kan geld verdienen met je fotos op vinted verkopen', 'wil je 50 euro verdienen met oppassen'],
    },
  },
  {
    id: 'help-with-money-if-e8',
    phrases: [
      'ik|k kan|wil|zal ..2 je|jou ..2 helpen ..1 met ..1 geld|centen|poen|doekoe|je_schulden ..6 als|zolang|mits @you',
    ],
    unless: ['huiswerk', 'bijles', 'sollicitatie*', 'baantje', 'vakantiewerk', 'bijbaan', 'cv', 'zakgeld', 'mama|papa|mam|pap|oma|opa|tante|oom', 'sparen', 'budget*', 'terug*', 'lenen', 'leen'],
    weight: 2,
    examples: {
      match: ['ik kan je helpen met geld, als jij mij helpt met iets'],
      ignore: ['ik kan je helpen met geld sparen als je een budget maakt'],
    },
  },
  {
    id: 'new-faces-shoot-e8',
    phrases: [
      'zoek|zoeken ..3 nieuwe|jonge|frisse ..1 gezichten|modellen|talenten|meiden|meisjes|jongens',
      'proefshoot*|testshoot*|gratis_shoot|gratis_fotoshoot|proef_shoot|test_shoot',
    ],
    unless: ['open_dag', 'school', 'klas*', 'voetbal*', 'club', 'team', 'hockey', 'sport*', 'toneel*', 'musical', 'koor', 'band', 'vrijwilliger*', 'bijbaan', 'vacature*', 'sollicit*', 'collega*', 'supermarkt', 'jumbo', 'albert_heijn', 'mama', 'papa', 'oma', 'opa', 'zus', 'broer'],
    weight: 2,
    examples: {
      match: ['ik ben fotograaf en zoek nieuwe gezichten, kom langs voor een proefshoot'],
      ignore: ['de musical zoekt nieuwe gezichten voor het koor'],
    },
  },
  {
    id: 'got-robux-for-you-e8',
    phrases: [
      'ik|k heb ..2 # ..1 @gamecur|robux|vbucks|v_bucks|skins|gems|diamonds|coins ..2 voor ..1 je|jou|jij',
      'moet ..2 @you ..2 wel|ook|dan ..1 iets|wat ..2 voor ..1 me|mij ..1 doen|terugdoen|terug_doen',
    ],
    unless: ['oma', 'opa', 'mama', 'papa', 'mam', 'pap', 'tante', 'oom', 'verjaardag*', 'sinterklaas', 'kerst*', 'afwas', 'boodschappen', 'huiswerk', 'opruimen', 'stofzuigen', 'hond', 'oppassen', 'haha*', 'lol', 'ruilen|ruil', 'giveaway', 'marktplaats', 'vinted', 'fiets', 'scooter', 'tweedehands', 'fotograaf', 'stockfoto*', 'bruiloft'],
    weight: 2,
    examples: {
      match: ['ik heb 1000 robux voor je', 'ja maar dan moet je wel iets voor me doen'],
      ignore: ['ik heb 800 robux voor je verjaardag', 'dan moet je wel iets voor me doen, de afwas haha'],
    },
  },
  {
    id: 'want-money-for-pics-e8',
    phrases: [
      'wil|wilt @you ..2 geld|centen|euro|poen|doekoe|robux|vbucks|@gamecur ..2 voor ..2 [een|paar|wat|een_paar] ..1 @photo|@nude',
    ],
    unless: ['marktplaats', 'vinted', 'fiets', 'scooter', 'tweedehands', 'fotograaf', 'stockfoto*', 'bruiloft', 'schoolfoto*', 'afdrukken', 'album', 'lijst|lijstje', 'camera', 'oppassen', 'hond', 'kat', 'mama|papa|oma|opa'],
    weight: 3,
    examples: {
      match: ['wil je geld voor een paar fotos? ik betaal via tikkie'],
      ignore: ['wil je geld voor een paar fotos van je fiets voor marktplaats?'],
    },
  },
  {
    id: 'allowance-sugar-r10',
    phrases: [
      'sugardaddy|sugar_daddy|sugardad|sugar_dad|sugarbaby|sugar_baby|sugarmommy|sugar_mommy',
      'zakcentje|zakcentjes|toelage ..4 per|elke|iedere week|maand|dag',
      'interesse|zin|wil ..3 [vast|vaste|extra|leuk|lekker] zakcentje|zakcentjes|toelage|bijverdienste*|zakgeld',
      'ik|k verwen ..2 je|jou ..3 graag|als',
      'extra ..1 begeleiden|begeleiding|trainen|trainingen|bijles ..4 hoeft|hoeven|niet_weten|tussen_ons|geheim|anderen',
    ],
    unless: ['moeder', 'vader', 'bloemen', 'ouders', 'mama', 'papa', 'mam', 'pap', 'oma', 'opa', 'klusjes', 'afwas', 'oppas*', 'school', 'docu*', 'nieuws', 'artikel', 'les', 'haha*', 'lol', 'nep', 'oplicht*'],
    examples: {
      match: ['hey schoonheid, interesse in een vast zakcentje per maand?', 'ben je een sugarbaby?', 'Ik wil je extra begeleiden, maar dat hoeven de anderen niet te weten'],
      ignore: ['je krijgt zakgeld van mama als je de afwas doet', 'ik verwen je moeder met bloemen', 'we hadden les over sugardaddy apps'],
    },
  },
  {
    id: 'money-gifts-vapes-r11',
    phrases: [
      'ik|k kan|wil|zal ..2 je|jou ..2 geld|poen|cash|doekoe|@money ..1 geven|sturen|betalen|overmaken|lenen',
      'makkelijk|snel geld|cash|poen|verdiend',
      'wil|wilt @you ..2 makkelijk|snel ..1 geld|cash|poen ..1 verdienen',
      'ik|k betaal ..2 je|jouw ..1 abonnement|telefoonabonnement|beltegoed|bundel|nagels|make_up|schoenen|sneakers|kleren',
      'je|jij krijgt ..2 van ..1 mij|me ..3 iphone|telefoon|airpods|playstation|ps5|switch|nikes|sneakers|vape*|geld|cadeaukaart*|@gamecur',
      'ik|k kan ..2 je|jou ..2 helpen ..3 influencer|model|beroemd|famous|bekend|viral',
      'ik|k geef|koop|regel|haal ..2 je|jou|voor_je|voor_jou ..2 vape*|sigaretten|sigaretjes|wiet|drank|alcohol|pillen|snus|puff*|blikjes|breezers',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'bus', 'trein', 'eten', 'boodschappen', 'lunch', 'mama', 'papa', 'mam', 'pap', 'oma', 'opa', 'tante', 'oom', 'verjaardag*', 'sinterklaas', 'kerst*', 'rapport', 'diploma', 'zakgeld', 'terug', 'terugbetalen', 'lenen_van', 'krantenwijk', 'bijbaan*', 'vakantiewerk', 'oppassen', 'scam', 'oplichting', 'oplichter*', 'pas_op', 'nep', 'nieuws', 'huiswerk', 'presentatie', 'spreekbeurt', 'school', 'verslaving', 'stoppen', 'roken_is'],
    examples: {
      match: ['ik kan je geld geven', 'wil je wat verdienen? makkelijk geld', 'ik betaal je telefoonabonnement', 'je krijgt van mij een nieuwe iphone', 'ik kan je helpen om influencer te worden', 'ik geef je vapes'],
      ignore: ['ik kan je geld geven voor de bus', 'pas op, makkelijk geld verdienen is altijd scam', 'je krijgt van mij een cadeaukaart voor je verjaardag', 'ik kan je helpen met je spreekbeurt over influencers'],
    },
  },
  {
    id: 'model-contract-for-you-r11',
    phrases: [
      'modellencontract*|modelcontract*|modellencontract* ..2 voor ..1 je|jou',
      'ik|k heb ..2 baan|baantje|klus|klusje|opdracht|job|jobje ..2 voor ..1 je|jou ..3 model|fotomodel|modellen|fotoshoot|shoot|camera',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nep', 'scam', 'oplicht*', 'pas_op', 'waarschuw*', 'nieuws'],
    examples: {
      match: ['ik heb een modellencontract voor je', 'ik heb een baantje voor je als model, 200 euro per dag'],
      ignore: ['pas op voor mensen die zeggen ik heb een modellencontract voor je, is nep'],
    },
  },
  {
    id: 'gift-if-you-send-pics-r12',
    phrases: [
      'ik|k kan|geef|koop|stuur ..3 je|jou ..4 iphone|telefoon|airpods|@gamecur|@money|cadeau*|kleren|sneakers|nagels ..6 als @you ..3 @photo|pics|fotos|foto',
      '@send ..4 @photo ..6 dan krijg|krijgt @you ..1 ze|het|die|@gamecur|@money|geld',
    ],
    unless: ['huiswerk', 'opdracht*', 'oma', 'opa', 'verjaardag*', 'marktplaats', 'vinted', 'verkoop*', 'advertentie', 'wedstrijd', 'winactie', 'school', 'klas'],
    examples: {
      match: ['ik kan je een nieuwe iphone geven als je me wat pics stuurt', 'ok stuur een foto van jezelf in je bed dan krijg je ze'],
      ignore: ['stuur een foto van de advertentie dan krijg je ze', 'ik koop je een cadeau als je goede fotos maakt op de verjaardag'],
    },
  },
  {
    id: 'donate-gift-if-you-r13',
    phrases: [
      'ik|k doneer|gift|geef|stuur|betaal ..3 # ..2 euro|subs|sub|bits|donaties|@money|@gamecur|robux|vbucks ..5 als @you',
      'ik|k geef|betaal|stuur ..2 je|jou|you # [euro] ..1 per|elke|iedere ..1 week|maand|foto|pic|keer',
    ],
    unless: ['zakgeld', 'afwas', 'gras', 'maaien', 'oppassen', 'bijles', 'huiswerk', 'fiets', 'krantenwijk', 'boodschappen', 'kamer_opruimen', 'rapport', 'cijfer*', 'wedden|weddenschap|wedde'],
    examples: {
      match: ['ik doneer 100 euro als je na de stream ff prive met mij op discord belt', 'ik gift je 50 subs als je straks off-stream een prive camshow doet', 'ik geef je 250 per week, gewoon via tikkie'],
      ignore: ['ik geef je 10 euro als je de afwas doet', 'ik betaal je 5 per week zakgeld'],
    },
  },
  {
    id: 'contest-prize-money-r13',
    phrases: [
      'hoofdprijs|prijzengeld ..3 is|van|ter_waarde_van ..2 #',
      'hoofdprijs|prijzengeld ..4 fotoshoot|contract|modellencontract|shoot',
    ],
    unless: ['loterij', 'tombola', 'bingo', 'quiz', 'toernooi', 'postcodeloterij', 'staatsloterij', 'lot', 'loten', 'school', 'kerstmarkt', 'inschrijfgeld', 'verkoop*', 'vraagprijs', 'marktplaats', 'vinted', 'bieden'],
    examples: {
      match: ['Een vriendin heeft je opgegeven 😊 Hoofdprijs is €750 en een fotoshoot in Amsterdam'],
      ignore: ['de hoofdprijs van de tombola is 50 euro', 'de prijs is 40 euro, vraagprijs'],
    },
  },
  {
    id: 'bring-drinks-r14',
    phrases: [
      "ik|k neem|breng|regel|heb ..3 drank|drankjes|alcohol|bier|biertjes|wodka|wiet|joint*|vape*|sigaret*|blowtje*|breezer*|flesje* ..2 mee|voor_je|voor_jou|voor_ons",
      "ik|k trakteer ..3 op ..2 drank|drankjes|alcohol|bier|biertjes|wodka|wiet|vape*|breezer*",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "feest*", "verjaardag*", "bbq", "borrel", "iedereen", "jullie", "oud_en_nieuw", "oudjaar", "festival", "mama", "papa", "ouders_weten", "cola", "fris", "limonade", "ranja", "water"],
    examples: {
      match: ["kom vanavond naar het skatepark, ik neem wat drank mee 🍻 zeg tegen je ouders dat je bij een vriendin slaapt", "ik regel wat wiet voor je, kom je?", "ik trakteer op breezers"],
      ignore: ["ik neem drank mee naar het feest van tim", "ik neem cola en chips mee voor iedereen"],
    },
  },
  {
    id: 'won-giveaway-scout-r14',
    phrases: [
      "je|jij|you|ge hebt|heeft|hebt_de|hebt_het ..4 giveaway|winactie|give_away|meet_greet|meet_and_greet|meetandgreet|vipticket*|prijs ..2 gewonnen",
      "models|modellenbureau|modelbureau|agency|castingbureau|modellenagentschap ..6 opgevallen|gespot|geselecteerd|uitgekozen",
      "scout ..3 voor|van|bij ..3 academie|voetbalacademie|jeugdopleiding|modellenbureau|agency|bureau|club|profclub",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "nep", "scam", "oplichting", "oplichter*", "pas_op", "phishing", "loterij_van", "school", "juf", "meester", "kantine", "tombola", "sinterklaas", "voetbalclub_van"],
    examples: {
      match: ["Hoi! Ik ben mod bij het team van een grote nederlandse streamer, jij hebt de meet & greet giveaway gewonnen", "Hier Sophie van Luxe Models Amsterdam. Jouw profiel is ons opgevallen", "Ik ben scout voor een voetbalacademie in Belgie"],
      ignore: ["pas op, nep: je hebt de giveaway gewonnen, klik hier", "je hebt de tombola prijs gewonnen op school!"],
    },
  },
  {
    id: 'voucher-for-a-few-pics-r14',
    phrases: [
      "@you krijgt|krijg ..3 bon|bonnetje|cadeaubon*|@payment|@gamecur|@money ..4 voor ..3 @photo",
      "@you krijgt|krijg ..3 bon|bonnetje|cadeaubon*|@payment|@gamecur|@money ..4 als @you ..4 @photo",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "kamp", "schoolfoto*", "wedstrijd", "fotowedstrijd", "winactie", "vakantie", "verjaardag*", "bruiloft", "fotograaf", "bijbaan*", "oppassen", "huiswerk", "album", "school", "vinted", "marktplaats", "advertentie", "kamer", "opgeruimd", "opruimen", "rapport", "klusje*", "hond", "kat", "tuin", "auto"],
    examples: {
      match: ["je krijgt een bol bon voor een paar fotos", "jij krijgt 500 robux als je me een paar pics stuurt", "je krijgt 20 euro voor een foto"],
      ignore: ["je krijgt een bon voor de fotos van de fotowedstrijd", "je krijgt 20 euro voor de fotos van de bruiloft", "je krijgt 5 euro als je een foto van je kamer stuurt als hij opgeruimd is"],
    },
  },
  {
    id: 'rank-and-currency-bait-r15',
    phrases: [
      "wil|wilt je|jij ..2 mod|moderator|admin|staff|helper|builder|vip ..1 worden|zijn|rank",
      "kan|kun ik ..2 regelen ..3 @gamecur|rank|vip|mod",
      "# ..1 @gamecur ..2 erbij|over|gratis|cadeau ..4 wil|wilt [je|jij] [ze|die|hebben]",
      "ik|k heb ..2 # ..1 @gamecur ..2 over ..3 wil|wilt je|jij",
      "# [euro|eur] ..2 bol|bol_com|cadeaukaart*|kaart|giftcard*|tegoed|bon ..4 voor ..3 @photo",
      "zoeken|zoek ..2 jongeren|tieners|meiden|jongens|meisjes|kinderen ..6 testen|test|testers|tester|modellen|model|app ..6 # ..1 euro|eur ..2 per|p|voor ..1 uur|filmpje|video|foto|opdracht",
      "ik|k verwen ..2 graag ..2 meiden|meisjes|jongens|jou|jonge",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "is dat|dit echt|nep", "oplicht*", "scam*", "pas_op", "vacature*", "bijbaan*", "uitzendbureau", "supermarkt", "bezorg*", "oppas*", "verjaardag*", "sinterklaas", "kerst*"],
    examples: {
      match: ["ik ben admin op deze server btw, wil je mod worden?", "kan ik regelen + 2k robux erbij", "ok. ik heb nog 5000 vbucks over, wil je ze", "50 euro bol.com kaart voor een paar leuke fotos van jou", "Wij zoeken jongeren 13-17 voor het testen van een nieuwe app. 25 euro per uur", "ik verwen graag meiden zoals jij"],
      ignore: ["de supermarkt zoekt jongeren van 15 voor 10 euro per uur, vacature staat online", "pas op, die gast zegt ik heb 5000 vbucks over wil je ze, is scam"],
    },
  },
  {
    id: 'i-give-you-rank-if-r15',
    phrases: [
      "ik|k geef ..2 je|jou|jij ..2 vip|rank|mod|moderator|admin|staff|@gamecur ..4 als|zodra @you ..4 @photo|@nude|cam|camera|webcam|facecam*|call|bellen|videobellen|videocall*|facetime*",
      "kgeef ..2 je|jou|jij ..2 vip|rank|mod|moderator|admin|staff|@gamecur ..4 als|zodra @you ..4 @photo|@nude|cam|camera|webcam|facecam*|call|bellen|videobellen|videocall*|facetime*",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "is dat|dit echt|nep", "oplicht*", "scam*", "pas_op", "wint|wint|winnen|wint_van|eerste_plek|toernooi|event|giveaway|win", "level|lvl ..1 #", "regels", "helpt_met_bouwen|bouwen|bouwwedstrijd"],
    examples: {
      match: ["ik geef je vip rank als je je cam aanzet", "kgeef je 500 robux als jij een foto stuurt"],
      ignore: ["ik geef je vip rank als je het toernooi wint", "ik geef jou mod als je helpt met bouwen", "ik geef je 400 robux als je mijn huis in bloxburg bouwt", "ik geef je 500 vbucks als je me helpt met die missie"],
    },
  },
  {
    id: 'double-your-money-or-pic-for-r16',
    phrases: [
      'ik|we|wij verdubbel* ..3 je|jouw|het|dat|uw ..1 geld|inleg|investering|in',
      '@nude ..4 en|dan je|ge ..1 krijgt|krijg ..3 #|@gamecur|@money',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'scam', 'oplichter*', 'oplichting', 'nep', 'pas_op', 'trap_er'],
    examples: {
      match: ['jij stuurt 50, ik verdubbel het in een week', 'nu eentje zonder shirt en je krijgt 2800 meteen'],
      ignore: ['pas op, die gast zegt ik verdubbel je geld maar het is scam'],
    },
  },
  {
    id: 'currency-for-a-photo-of-you-r17',
    phrases: [
      '# ..1 @gamecur|@money|@currency|euro|eur|robux|vbucks ..2 voor ..2 een|1|wat|paar|je|jouw @photo ..3 van je|jou|jezelf|in_je|zonder',
      '# ..1 @gamecur|@money|@currency|euro|eur|robux|vbucks ..2 voor ..2 een|1|wat|paar @photo ..2 in je|jouw ..1 @nude|badpak|pyjama|bed',
    ],
    unless: ['pasfoto*', 'fotograaf', 'schoolfoto*', 'fotoshoot_van_de_klas', 'afdruk*', 'print*', 'lijst', 'album', 'ik|k betaalde|betaald', 'kost|kosten|prijs'],
    examples: {
      match: ['1000 robux voor een foto van jou in je badpak', '50 euro voor een pic van jou', '2000 vbucks voor een paar fotos in je pyjama'],
      ignore: ['15 euro voor een pasfoto van jou bij de fotograaf', 'de schoolfoto kost 12 euro voor een foto van jou alleen'],
    },
  },
  {
    id: 'idol-access-sugar-money-r18',
    phrases: [
      'ik|k werk ..3 bij|voor het|de|een ..1 management|label|agency|agentschap|entertainment|crew|team_van ..6 ken|kennen|regelen',
      'ik|k kan ..4 videocall|videogesprek|facetime|meet_and_greet|meet_greet|meetandgreet|ontmoeting|backstage|fansign|shoutout|dm_van_hem|dm_van_haar ..4 met|van|voor hem|haar|ze|hen|je|jou ..3 regelen|krijgen|fixen|organiseren',
      'jonge|jongere|mooie meiden|meisjes|jongens|dames ..4 zakgeld|centjes|zakcentje*|cadeautjes|shoppen',
      'help|helpen|geef|geven|stuur ..4 graag|wel ..3 zakgeld|zakcentje*|centjes ..4 jonge|mooie|meiden|meisjes|schat|lieverd',
      'elke|iedere week|maand ..2 # ..2 [euro|eur] ..3 op je|jouw|uw ..1 rekening|bunq|revolut|kaart ..6 aandacht|foto*|gezelschap|videobel*|pic*',
      'stuur|geef|betaal|tikkie|maak ik|k ..4 # ..3 voor|per ..1 een|1|elke|iedere ..1 @photo|foto|pic|videobel|videocall',
      'ik|k stuur|geef|betaal ..4 # ..3 voor|per ..1 een|1|elke|iedere ..1 @photo|foto|pic|videobel|videocall',
      'ik|k scout|ben_scout|werk_als_scout|ben_talentscout ..4 voor ..3 club|bvo|academy|academie|agency|bureau|team|eredivisie|profclub',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'fotograaf|fotoshoot_voor|pasfoto|paspoort|id_kaart|rijbewijs|schoolfoto*|afdruk*|print*|fotoboek|album|ontwikkelen', 'stage', 'vacature', 'sollicit*', 'bijbaan', 'oppas*', 'krantenwijk', 'ouders_van', 'via_je_ouders', 'secretariaat', 'proeftraining_via'],
    examples: {
      match: ['ik werk bij het management in seoul, ik ken felix persoonlijk', 'ik kan een videocall met hem voor je regelen', 'ik help graag jonge meiden met wat zakgeld', 'elke week 100 euro op je rekening. het enige wat ik vraag is aandacht', 'dan stuur ik meteen de eerste 50 voor een foto in je mooiste lingerie', 'ik scout voor een BVO, mag nog niet zeggen welke'],
      ignore: ['ik betaal 15 euro voor een pasfoto bij de fotograaf', 'ik werk bij het management van de supermarkt, ken je die vacature'],
    },
  },
  {
    id: 'private-shoot-i-pay-you-r19',
    phrases: [
      'prive_shoot|priveshoot|prive_fotoshoot|privefotoshoot|prive_photoshoot|prive_sessie|privesessie|shoot_bij_mij|fotoshoot_bij_mij|studio_bij_mij_thuis',
      'ik|k betaal ..1 jou|je|jij|you ..2 zelfs|gewoon|wel|ook|dan|nog ..2 # ..1 [euro|eur|@money]',
    ],
    unless: ['terug*', 'schuld*', 'geleend', 'lenen', 'leen', 'tikkie', 'concert', 'kaartje*', 'pizza', 'eten', 'bios*', 'helft', 'voor_de', 'voor_het', 'per_uur', 'oppas*', 'ouders_mogen', 'met_je_ouders', 'je_ouders_zijn_welkom', 'schoolfotograaf', 'bruiloft', 'communie', 'diploma*'],
    examples: {
      match: ['ik ben fotograaf en doe vaak shoots met cosplayers. lijkt je een prive shoot wat?', 'niks, jij bent het model, ik betaal jou zelfs 50 euro'],
      ignore: ['ik betaal je morgen 20 euro terug', 'ik betaal je wel 10 euro voor de pizza'],
    },
  },
  {
    id: 'shoutout-and-creator-earnings-r19',
    phrases: [
      'ik|ze|hij|we|wij ..3 geef|geeft|geven|doe|doet|doen|regel|regelt ..2 je|jou ..2 een ..1 shoutout|shout_out|promo|collab',
      'onze|mijn meiden|girls|modellen|creators|meisjes|talenten ..3 verdienen|verdient|cashen|maken|halen ..3 #',
      'verdienen|verdient|cashen ..1 onze|mijn ..1 meiden|girls|modellen|creators|meisjes|talenten ..3 #',
      'wil|wilt|kan|gaat|zal ..3 je|jou ..2 een ..1 shoutout|shout_out|promo ..1 geven|doen|regelen',
      'ik|k stuur|geef|betaal|maak ..1 je|jou ..2 elke|iedere ..1 week|maand|dag ..2 # ..1 [euro|eur|@money]',
    ],
    unless: ['terug*', 'schuld*', 'geleend', 'lenen', 'leen', 'zakgeld', 'oma', 'opa', 'mama', 'papa', 'oppas*', 'bijbaan*', 'huur', 'kamer', 'contributie', 'abonnement', 'haha*', 'lol'],
    examples: {
      match: ['hey ik ben mod bij xXlennaXx, ze wil je misschien een shoutout geven', 'we managen creators op socials, gemiddeld verdienen onze meiden 2-4k per maand', 'ik stuur je elke week 100 euro, jij stuurt mij af en toe een leuk fotootje'],
      ignore: ['ik geef je elke week 5 euro zakgeld', 'ik betaal je elke maand 300 euro huur terug'],
    },
  },
  {
    id: 'gift-for-address-or-favour-r21',
    phrases: [
      'ik|k stuur|geef ..2 je|jou ..2 cadeau*|kado*|pakketje*|verrassing* ..4 als ..1 je|jij|ge ..3 adres|nummer|foto|pic|@photo',
      'moet|hoeft|hoef ..2 alleen|wel|enkel|gewoon ..2 iets|wat ..1 terugdoen|terug_doen|voor_me_doen|voor_mij_doen|terug_te_doen',
    ],
    unless: ['verjaardag*', 'sinterklaas', 'kerst*', 'oma', 'opa', 'tante', 'oom', 'mama', 'papa', 'afwas', 'huiswerk', 'oppassen', 'klusje*', 'boodschappen', 'bijles', 'stofzuigen', 'hond', 'uitlaten'],
    examples: {
      match: ['ik stuur je een cadeautje als je je adres geeft', 'ik kan je nieuwe airpods geven, je moet alleen iets terugdoen'],
      ignore: ['ik stuur je een cadeautje voor je verjaardag als je je adres geeft', 'je krijgt 10 euro, je moet alleen iets terugdoen: de hond uitlaten'],
    },
  },
  {
    id: 'looking-for-young-testers-r22',
    phrases: [
      'zoek|zoeken|zoekt ..3 jonge|jongeren|tieners|tiener|kinderen|meiden|meisjes|jongens ..2 testers|tester|testspelers|modellen|model|gezichten|influencers ..6 betaald|betalen|betaal|verdien*|vergoeding|@gamecur|@money',
      'zoek|zoeken|zoekt ..2 testers|tester|testspelers|modellen|gezichten ..3 van ..1 # ..1 tot|t_m|en ..1 # ..1 jaar',
    ],
    unless: ['school', 'gemeente', 'bibliotheek', 'ouders|ouder ..3 toestemming', 'universiteit', 'onderzoek'],
    weight: 2,
    examples: {
      match: ['Ik ben indie dev en zoek jonge testers voor mijn nieuwe horror game betaald in V-bucks', 'wij zoeken nieuwe gezichten van 13 tot 17 jaar'],
      ignore: ['de gemeente zoekt jonge testers voor de nieuwe speeltuin, met toestemming van je ouders', 'we zoeken jonge spelers voor ons team'],
    },
  },
  {
    id: 'vip-bait-and-support-r23',
    phrases: [
      'dan|en krijg|krijgt je|jij|ge ..2 de|een|toegang_tot vip|exclusieve|geheime|prive ..1 link|toegang|content|groep|fancams',
      'zal|kan|mag ik|k ..2 [je|jou] ..1 [een] @payment|cadeaukaart*|cadeaubon*|giftcard*|beltegoed|opwaardeer* ..2 sturen|geven',
      'ik|k wil ..1 je|jou ..2 [wel] [meer] supporten|sponsoren|steunen ..6 paypal|tikkie|@payment|geld|rekening',
      'model|models ..1 management|agency|mgmt',
      'nieuwe ..1 gezichten ..4 campagne|shoot|merk|kledingmerk',
      'ik|k stuur|geef|betaal ..4 # ..4 als|zodra je|jij ..6 streamt|danst|poseert|belt|facetimet|videobelt',
    ],
    unless: ['verjaardag*', 'sinterklaas', 'kerst*', 'oma', 'opa', 'mama', 'papa', 'gefeliciteerd', 'proficiat', 'geslaagd', 'diploma', 'bedankt_voor', 'concert*', 'festival*', 'tickets', 'kaartjes', 'zoom', 'teams', 'les', 'webinar', 'wedstrijd', 'meet_and_greet', 'de_stream', 'stream_van', 'livestream*', 'lid', 'lidmaatschap', 'abonnement', 'abonneren'],
    examples: {
      match: ['perfect! dan krijg je de vip link', 'heb je een paypal? of zal ik een bol cadeaukaart sturen', 'nice. ik wil je wel meer supporten, heb je een paypal?', 'Wij zijn Stellar Faces Model Management uit Antwerpen.', 'We zoeken nieuwe gezichten voor een campagne van een kledingmerk.', 'ik stuur je 50 euro als je een keer alleen voor mij streamt'],
      ignore: ['zal ik je een cadeaukaart sturen voor je verjaardag?', 'dan krijg je de link van de zoom', 'dan krijg je de vip link voor het concert'],
    },
  },
  {
    id: 'credit-on-your-phone-r23',
    phrases: [
      'zet|stort|stuur ik|k ..1 # ..2 [euro|eur] [beltegoed] op ..1 je|jouw ..1 telefoon|nummer|rekening|gsm|simkaart',
      'ik|k zet|stort ..1 # ..2 [euro|eur] [beltegoed] op ..1 je|jouw ..1 telefoon|nummer|gsm|simkaart ..3 als',
    ],
    unless: ['kamer', 'opruim*', 'afwas', 'huiswerk', 'klusje*', 'cijfer*', 'toets*', 'rapport', 'stofzuig*', 'verjaardag*', 'sinterklaas', 'kerst*', 'gefeliciteerd', 'zakgeld', 'terug*', 'geleend', 'schuldig', 'mama', 'papa', 'oma', 'opa'],
    examples: {
      match: ['stuur me je nummer dan zet ik 10 euro op je telefoon', 'ik zet 20 euro beltegoed op je nummer als je me een foto stuurt'],
      ignore: ['ik zet 10 euro op je telefoon als je je kamer opruimt', 'dan zet ik 10 euro op je telefoon voor je verjaardag', 'ik zet 15 euro op je rekening, je zakgeld'],
    },
  },
  {
    id: 'tikkie-for-a-pic-r24',
    phrases: [
      'ik|k tikkie|betaal|geef|stuur|doneer|gift ..2 je|jou|jij ..1 # ..1 [@currency|@money|euro|robux|@gamecur] ..2 als|wanneer|zodra je|jij|ge ..4 @photo|foto|pic|selfie|video|filmpje',
      'ik|k stuur|geef|doneer|gift ..2 gifts|gift|giftjes|rozen|coins|munten|universe|universes|leeuw|leeuwen|galaxy ..2 per|voor_elke|voor_iedere|bij_elke|voor_een ..1 uitdaging|dare|challenge|opdracht|pic|foto',
      'zien ..2 # ..1 universe|universes|leeuw|leeuwen|rozen|roos|gifts|galaxy|galaxies',
      'ik|k stuur|geef|doneer|gift ..2 # ..1 rozen|gifts|coins|universe*|leeuw*|robux|@gamecur|euro ..2 als je|jij ..4 uitdoet|uittrekt|laat_zien|toont',
      'doneer|doneren|gift|giften|stuur ..4 als je|jij ..3 prive|alleen_voor_mij|voor_mij_alleen ..3 live|stream|streamt|cam|call|belt|bellen',
    ],
    unless: ['fiets', 'marktplaats', 'vinted', 'adres', 'terug*', 'lenen', 'oppas*', 'hond', 'klusje', 'gras', 'auto', 'huiswerk', 'pakket', 'product', 'toernooi', 'winnaar', 'wedstrijd'],
    weight: 3,
    examples: {
      match: ['ik tikkie je 50 euro als je een foto stuurt in je ondergoed', 'gewoon videocall op insta, ik stuur gifts per uitdaging', 'bv laat je buik zien = 1 universe', 'ik stuur 10 rozen als je je shirt uitdoet', 'ik doneer als je prive voor mij live gaat'],
      ignore: ['ik tikkie je 20 euro als je de foto van de fiets stuurt', 'ik stuur rozen per uitdaging in de stream van de winnaar'],
    },
  },
  {
    id: 'admin-rank-for-a-pic-r24',
    phrases: [
      'admin|mod|moderator|rank|owner|co_owner|staff|vip ..6 als je|jij|ge ..4 @photo|foto|pic|selfie|fotootje|iets ..2 stuurt|stuur|laat_zien|toont',
      'als je|jij|ge ..4 @photo|foto|pic|selfie|fotootje|iets ..2 stuurt|stuur|laat_zien|toont ..3 krijg|krijgt|word|wordt|maak ..3 admin|mod|moderator|rank|owner|staff|vip',
    ],
    unless: ['setup', 'build', 'base', 'skin', 'skins', 'avatar', 'outfit', 'screenshot*', 'bewijs', 'score', 'highscore', 'level', 'stats', 'clip', 'kamer', 'huis', 'bouwwerk', 'logo', 'banner'],
    weight: 3,
    examples: {
      match: ['je krijgt admin op de server als je een foto stuurt', 'als je een foto stuurt krijg je mod', 'ik maak je admin als je mij iets laat zien'],
      ignore: ['je krijgt admin als je een screenshot van je build stuurt', 'als je een foto van je setup stuurt krijg je de vip rol'],
    },
  },
  {
    id: 'creator-agency-allowance-bonus-r25',
    phrases: [
      'we|wij|ik ..2 managen|beheren|runnen|regelen|begeleiden ..4 fansly|onlyfans|only_fans|fanvue|creators|content_creators|modellen|meisjes',
      'fansly|onlyfans|only_fans|fanvue ..6 verdien*|manager|agency|management|jouw_account|je_account|content_maken',
      'verdien*|geld|cashen ..6 fansly|onlyfans|only_fans|fanvue',
      'ik|k|we|wij ..2 regel|regelen|maak|maken|open|openen ..2 je|jouw|een ..1 onlyfans|fansly|only_fans|fanvue',
      'elke|iedere ..1 week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag ..4 over ..2 via|op ..1 tikkie|bunq|paypal|revolut',
      'met ..1 je|jouw ..1 looks|uiterlijk|gezicht|lichaam|figuur|lijf|body ..4 verdien|verdient|verdienen|cashen|scoren',
      'meisjes|meiden|jongens|girls ..1 van ..1 je|jouw ..1 leeftijd ..3 verdienen|verdienen_het|verkopen|scoren|cashen',
      'binnen ..1 een|1 ..1 week|maand ..2 heb|verdien|verdient @you ..3 [je] [eerste] # ..1 [euro|k]',
      '@photo ..6 doe|geef|leg|stuur ik ..3 bonus|extraatje|fooi|beloning',
      '@photo ..6 ik|k doe|geef|leg ..3 bonus|extraatje|fooi|beloning',
      'ik|k maak|stort|doe ..4 elke|iedere ..1 week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag ..3 over ..2 via|op ..1 tikkie|bunq|paypal|revolut|je_rekening|jouw_rekening',
      'wil|wilt @you ..2 een ..1 shoutout|shout_out|shoutje ..3 op|in|tijdens ..2 stream|live|kanaal|de_stream',
      'als @you ..6 @photo ..4 stuurt|stuur|geeft|maakt ..3 krijg|krijgt @you',
      'krijg|krijgt ..3 shoutout|shout_out|shoutje|@gamecur ..3 als @you ..6 @photo|selfie|cam',
      'wil ik ..2 [ook] ..1 zien ..4 ik|k ..1 betaal|geef ..1 je|jou ..2 #|@money|@gamecur',
    ],
    unless: ['tante', 'oom', 'zei_mijn', 'zegt_mijn', 'per_uur', 'uurloon', 'albert_heijn', 'jumbo', 'lidl', 'aldi', 'mcdonalds', 'baantje*', 'tekening*', 'fanart', 'kunstwerk*', 'setup', 'clip*', 'highlight*', 'nieuws', 'reportage', 'docu*', 'artikel', 'podcast', 'serie', 'aflevering', 'zakgeld_van_mama', 'mama', 'papa', 'oma', 'opa', 'huur', 'kamer', 'abonnement', 'contributie', 'bijbaan*', 'salaris', 'loon', 'oppas*', 'uren', 'uurloon', 'werkgever', 'supermarkt', 'krantenwijk', 'sollicit*', 'tikkie_voor', 'spreekbeurt', 'verbod*', 'gevaarlijk', 'pas_op', 'scam', 'oplichter*', 'marktplaats', 'vinted', 'klas', 'school', 'wedstrijd', 'toernooi', 'giveaway_winnaar'],
    weight: 1.5,
    examples: {
      match: ["met jouw gezicht kun je echt bakken met geld verdienen op fansly", "ik regel je onlyfans, jij hoeft alleen foto's te maken", 'we managen creators op OF en fansly, alles gaat via ons', 'met jouw looks verdien je easy 2k per maand', 'meisjes van jouw leeftijd verdienen het meest', 'binnen een week heb je je eerste 1000 euro', 'Stuur je eerste fotootje vandaag nog en ik doe er een bonus van 50 bij', 'ik maak het elke maandag over via tikkie of bunq', 'wil je een shoutout op stream vanavond?', 'als je een selfie in je pyjama stuurt krijg je een shoutout', 'die wil ik ook zien, stuur ze naar mij ik betaal je 20 euro'],
      ignore: ["meisjes van jouw leeftijd verdienen bij de albert heijn 6 euro per uur", 'heb je die docu gezien over onlyfans managers, echt ziek', 'mama maakt elke maandag je zakgeld over via bunq', 'als je een foto van je tekening stuurt krijg je een sticker van de klas', 'stuur een foto van het bonnetje, dan doe ik er een extraatje bij voor de oppas'],
    },
  },
  {
    id: 'in-exchange-for-pics-money-back-r25',
    phrases: [
      'in_ruil_voor|in_ruil ..3 @photo|fotootjes|videocall*|cam|facetime|@nude',
      '# ..4 over ..6 wat|iets ..1 terug|terugzien|terug_zien|terugkrijgen',
      'bureau|agency|agentschap|management|managementbureau ..3 voor ..1 of|onlyfans|fansly ..1 girls|meisjes|creators|models|modellen|meiden',
      'account|profiel ..3 op ..1 naam ..1 van ..2 je|jouw|de|iemand|een ..1 manager|anders|ander|volwassene',
      'hoeft|hoef ..2 niet|geen ..1 18|achttien ..3 zijn|te_zijn ..6 verdien*|account|regelen|regel|foto*|content',
    ],
    unless: ['wedstrijd', 'klas*', 'school*', 'werkstuk*', 'jaarboek*', 'huiswerk', 'tikkie', 'lenen|geleend|terugbetalen|terug_betalen|schuld', 'oppas*', 'bijbaan*', 'vakantiewerk', 'nieuws', 'reportage', 'docu*', 'artikel', 'waarschuw*', 'pas_op', 'scam', 'oplicht*', 'abonnement', 'telefoon_op_naam'],
    weight: 2,
    examples: {
      match: ['ik betaal je huur/zakgeld, in ruil voor leuke fotos en af en toe een videocall', 'stuur je rekeningnummer, dan maak ik vast 50 over. daarna wil ik wel wat terugzien', 'wij zijn een management bureau voor OF girls, interesse?', 'we zetten het account op naam van je manager', 'je hoeft niet 18 te zijn, wij regelen het account'],
      ignore: ['in ruil voor de foto\'s van de wedstrijd krijg je een shirt van de club', 'ik maak 20 over, wil je het terugbetalen als je kan', 'docu over een bureau voor onlyfans girls, echt ziek'],
    },
  },
  {
    id: 'better-pics-higher-pay-spare-device-r26',
    phrases: [
      'hoe beter|mooier|meer|sexyer|sexier ..3 @photo|foto ..3 hoe hoger|meer|beter ..2 uurloon|loon|betaling|geld|verdien*|betaal*|@money',
      'ik heb ..2 iphone|ipad|telefoon|laptop|airpods|playstation|ps5|switch|tablet ..3 over ..6 wil|wilt|zou ..2 @you ..2 die|hem|het|willen|hebben',
    ],
    unless: ['kopen', 'verkopen', 'verkoop', 'prijs', 'marktplaats', 'kost', 'kosten', 'bod', 'tweedehands', 'vinted', 'euro', 'oma', 'opa', 'tante', 'oom', 'broertje', 'zusje', 'voor_je_broer', 'voor_je_zus'],
    examples: {
      match: ["Hoe beter de foto's hoe hoger het uurloon.", 'Ik heb een iPad over die ik niet gebruik, zou jij die willen?', 'ik heb nog een ps5 over, wil je hem hebben?'],
      ignore: ['ik heb een switch over, wil je hem kopen voor 150 euro', 'hoe beter de fotos hoe hoger de prijs op marktplaats'],
    },
  },
  {
    id: 'something-back-for-skins-phone-for-you-r26',
    phrases: [
      'iets|wat ..1 terugdoen|terug_doen|terug ..3 voor ..2 @gamecur|robux|vbucks|skins|skin|cadeau|gift|giftcard|nitro',
      'ik heb ..2 iphone|ipad|telefoon|airpods|ps5|playstation|switch|laptop|tablet ..2 voor je|jou|you ..4 als|kom|komt|ophalen|afspreken',
    ],
    unless: ['reparatie', 'gerepareerd', 'kapot', 'oude', 'oplader', 'huiswerk', 'helpen', 'help', 'obby', 'bouwen', 'spelen', 'samen', 'gamen', 'potje', 'level*', 'duo', 'kopen', 'betalen', 'euro', 'oma', 'opa'],
    examples: {
      match: ['kan je iets terugdoen voor die skins', 'kan je iets terugdoen voor die robux? niks ergs', 'ik heb een nieuwe iphone voor je, als je komt ophalen'],
      ignore: ['kan je iets terugdoen voor die robux? help me met mijn obby', 'ik heb je telefoon voor je gerepareerd, kom je hem ophalen'],
    },
  },
  {
    id: 'buy-you-skin-if-pic-r26',
    phrases: [
      'ik|k koop|betaal|regel|trakteer ..3 @gamecur|skin|skins|pass|battlepass|bundle|outfit|kleren|telefoon|iphone|airpods|nagels ..2 voor @you ..1 als @you ..3 foto|pic|@photo|cam|camera|selfie|snap',
    ],
    unless: ['verjaardag*', 'rapport', 'cijfer*', 'huiswerk', 'opruimt', 'afwas'],
    weight: 3,
    examples: {
      match: ['ik koop die nieuwe skin voor je als je een foto stuurt', 'ik betaal je battlepass voor je als je je cam aanzet'],
      ignore: ['ik koop die skin voor je verjaardag als je een foto van je rapport stuurt'],
    },
  },

  {
    id: 'free-vapes-for-you-r28',
    phrases: [
      'vape*|puff*|wiet|weed|joint*|drank|alcohol|sigaret*|snus|drugs|pillen|lachgas|elfbar*|elf_bar* ..6 gratis|voor_niks|voor_niets|kado|cadeau ..2 [voor] je|jou',
      'gratis|voor_niks|voor_niets ..2 vape*|puff*|wiet|weed|joint*|drank|alcohol|sigaret*|snus|drugs|pillen|lachgas|elfbar*',
      'ik|k heb|kan ..3 vape*|puff*|wiet|weed|joint*|drank|sigaret*|snus|lachgas|elfbar* ..4 voor je|voor_jou|als_je_wil|als_je_wilt|regelen',
      'kheb ..3 vape*|puff*|wiet|weed|joint*|drank|sigaret*|snus|lachgas|elfbar* ..4 voor je|voor_jou|als_je_wil|als_je_wilt|regelen',
      'vape*|puff*|wiet|weed|drank|sigaret*|snus|elfbar* ..6 ik|k heb|hebben er ..1 zat|genoeg|veel|een_hoop|een_doos|dozen',
    ],
    unless: ['feest*', 'bruiloft', 'borrel', 'receptie', 'open_bar', 'festival*', 'kroeg', 'verslaving*', 'stoppen', 'gestopt', 'longen', 'schadelijk', 'gezondheid*', 'voorlichting*', 'campagne', 'verboden', 'politie', 'boete', 'nieuws', 'artikel', 'spreekbeurt', 'werkstuk'],
    examples: {
      match: ['jij zoekt toch vapes? ik heb er zat, gratis voor jou', 'ik kan wiet regelen voor je als je wilt', 'gratis puffs, kom maar halen'],
      ignore: ['op het feest is er gratis drank', 'vapes zijn slecht voor je longen, stoppen is beter', 'in het nieuws: gratis vapes uitgedeeld aan scholieren'],
    },
  },

  {
    id: 'talent-manager-r28',
    phrases: [
      'ik ben|werk [een|als|voor|bij|van] [een|het] talentmanager*|talent_manager*|talentagent*|talent_agent*|tiktok_manager|influencer_manager|talentbureau|influencerbureau|influencer_bureau|influencer_agency|influencer_management|tiktok_management|tiktok_agency|managementbureau|management_bureau|management_agency|dansbureau|dance_agency|dans_agency|castingagent*|casting_agent*',
      'talentmanager*|talent_manager*|talentbureau|influencerbureau|influencer_bureau|influencer_agency|tiktok_management|tiktok_agency|dance_agency|dansbureau|dans_agency ..6 zoeken|zoekt|contract|contracten|samenwerking*|tekenen|betaald*|verdienen|nieuwe_gezichten|nieuw_talent|per_maand',
    ],
    unless: ['nep', 'nepbureau', 'oplicht*', 'scam*', 'niet_op_ingaan', 'pas_op', 'let_op', 'waarschuw*', 'vacature', 'stage', 'sollicit*', 'supermarkt', 'docu*', 'serie', 'artikel'],
    examples: {
      match: ['Hoi! Ik ben talentmanager bij een TikTok management bureau', 'wij zijn een dance agency en we zoeken nieuwe gezichten', 'ik werk voor een influencerbureau, interesse?'],
      ignore: ['let op, een nep talentmanager stuurt berichtjes naar meisjes', 'mijn tante werkt bij een managementbureau als secretaresse, vacature via haar', 'ik zag een docu over tiktok agencies'],
    },
  },
  {
    id: 'pics-of-you-then-i-pay-r28',
    phrases: [
      '@photo [s] ..1 van|met jezelf|jou|uzelf|you|je_lichaam ..6 ik|k betaal|geef ..1 [je|jou] # [euro|eur|@money|@gamecur]',
      'kbetaal|kgeef ..1 [je|jou] # [euro|eur|@money|@gamecur] ..6 @photo [s] ..1 van|met jezelf|jou|uzelf|you|je_lichaam',
    ],
    unless: ['hond', 'kat', 'paspoort', 'pasfoto', 'fotograaf', 'tekening', 'portret', 'schilderij', 'opdracht', 'huiswerk'],
    examples: {
      match: ['wil je een video van jezelf sturen onder de douche? ik betaal 50 euro', 'stuur een foto van jezelf, ik geef je 1000 robux'],
      ignore: ['een foto van jou en je hond voor de krant? ik geef je 10 euro', 'stuur een foto van jezelf voor de pasfoto, ik betaal 15 euro'],
    },
  },
  {
    id: 'sent-you-currency-r28',
    phrases: [
      'ik|k heb ..2 je|jou ..3 # @gamecur|vbucks|robux ..3 gestuurd|gegeven|gegift|gekocht|overgemaakt|gedoneerd|geschonken',
      'kheb ..2 je|jou ..3 # @gamecur|vbucks|robux ..3 gestuurd|gegeven|gegift|gekocht|overgemaakt|gedoneerd|geschonken',
    ],
    unless: ['verjaardag*', 'jarig', 'gefeliciteerd', 'proficiat', 'sinterklaas', 'sint', 'kerst*', 'terug*', 'ruil*', 'trade*', 'geleend', 'schuld', 'zakgeld', 'mama', 'papa', 'oma', 'opa', 'broer*', 'zus*'],
    weight: 1.5,
    examples: {
      match: ['ik heb je net 2000 robux gestuurd, zomaar', 'kheb je 1000 vbucks gegeven'],
      ignore: ['ik heb je 800 vbucks gegeven voor je verjaardag', 'ik heb je 500 robux gestuurd, je krijgt ze terug als ruil'],
    },
  },

  {
    id: 'allowance-for-pics-r28',
    phrases: [
      'zakgeld|weekgeld|maandgeld|toelage|allowance ..6 @photo|fotos|pics|fotootjes',
      '@photo|fotos|pics ..6 zakgeld|weekgeld|maandgeld|toelage|allowance',
      'sugar_daddy|sugardaddy|sugar_mommy|sugarmommy|sugar_mama|sugarmama|sugar_baby|sugarbaby|suikeroom|suikertante',
    ],
    unless: ['nep', 'oplicht*', 'scam*', 'pas_op', 'let_op', 'waarschuw*', 'docu*', 'serie', 'artikel', 'nieuws', 'mama', 'papa', 'oma', 'opa', 'vakantie', 'reis'],
    examples: {
      match: ['je krijgt zakgeld van me als je fotos stuurt', 'ik ben een sugar daddy, interesse?', 'voor wat pics krijg je een toelage van 100 per week'],
      ignore: ['let op, een nep sugar daddy account stuurt berichten', 'papa geeft me extra zakgeld voor de fotos van de vakantie'],
    },
  },
  {
    id: 'webcam-model-job-n29',
    phrases: [
      'bijbaan|baan|baantje|werk|job|vacature|verdien*|zoeken|zoekt ..6 webcammodel*|cammodel*|camgirl*|camboy*|webcam_model*|webcamwerk|webcam_werk|cam_model*',
      'webcammodel*|cammodel*|camgirl*|camboy*|webcam_model*|webcamwerk|cam_model* ..6 per_uur|verdien*|vanuit_huis|thuis|bijverdienen|cash|euro|@money',
      'jonge meiden|meisjes|dames|jongens ..4 bijbaan|baantje|job|werk|verdienen ..6 cam|webcam|chatten|chat|videochat*|foto*',
    ],
    unless: ['documentaire', 'nieuws', 'artikel', 'uitzending', 'reportage', 'pas_op', 'oplicht*', 'scam*', 'nep', 'trap er niet in', 'politie', 'waarschuw*'],
    examples: {
      match: ['Wij zoeken jonge meiden voor een bijbaan als chatmoderator / webcammodel', 'als cammodel verdien je makkelijk 50 euro per uur vanuit huis', 'bijbaan als camgirl? dm me'],
      ignore: ['er was een documentaire over een webcammodel op npo', 'pas op voor vacatures als webcammodel, dat is vaak oplichting', 'wij zoeken jonge meiden voor ons meidenvoetbalteam'],
    },
  },
  {
    id: 'coins-for-a-private-show-n29',
    phrases: [
      'prive|private|speciale|special ..1 show|stream|live|sessie|dans ..6 munten|coins|gifts|giftjes|cadeautjes|diamanten|diamonds|rozen|@gamecur|@money',
      'munten|coins|gifts|giftjes|diamanten|diamonds|rozen|@gamecur|@money ..6 prive|private ..1 show|stream|live|sessie|dans',
      'ik|k stuur|geef|doneer|gift ..2 je|jou ..2 # ..1 munten|coins|rozen|gifts|diamanten|diamonds ..4 als|voor|dan|zodra @you',
      'prive|private ..1 show|stream|live|sessie|dans ..6 stuur|geef|doneer|gift ..2 # ..1 munten|coins|rozen|gifts|diamanten|diamonds',
    ],
    unless: ['bedankt|dankjewel|dankje|thanks|merci', 'iedereen', 'jullie', 'subathon', 'goed_doel', 'goede_doel', 'giveaway', 'toernooi', 'horror', 'game', 'speedrun', 'goochelaar', 'kost', 'kosten', 'tickets', 'kaartje*', 'entree', 'reserveren', 'boeken'],
    examples: {
      match: ['ik wil een privé show zien, alleen voor mij. ik stuur je 5000 munten', 'ik geef je 2000 coins voor een private stream', 'ik stuur je 300 rozen als je je shirt uitdoet'],
      ignore: ['dankjewel voor de rozen! nog 500 munten en ik doe de speciale stream met de horror game', 'jullie zijn top, bij 10k coins doen we een speciale stream voor het goede doel', 'de privé show van de goochelaar kost 20 euro'],
    },
  },
  {
    id: 'paid-filming-side-job-n31',
    phrases: [
      'bijbaantje|bijbaan|baantje|job|jobke|jobje|bijverdienste|zakcentje|werkje|klusje|opdrachtje ..6 # ..1 [@currency|@money] ..1 per|p ..1 uur|video|filmpje|review|clip ..4 filmen|opnemen|reviews|review|productreview*|unboxing*|testvideo*|video*|filmpje*|camera|cam|poseren|modellen|showen',
      '# ..1 [@currency|@money] ..1 per|p ..1 uur|video|filmpje|review|clip ..3 voor ..3 productreview*|reviews|unboxing*|filmpjes|videos|filmen|poseren|showen|modellen|passen',
    ],
    unless: ['supermarkt|jumbo|albert_heijn|ah|lidl|aldi|kassa|vakkenvullen|bezorg*|afwas|horeca|restaurant|oppas*|krantenwijk|tuin|schoonmaak*', 'vacaturesite|vacature|sollicit*|uitzendbureau|cv|contract|loonstrook|werkgever', 'bruiloft|trouw*|fotograaf|fotografie|cursus|les|school|opleiding|stage', 'mama|papa|oma|opa|tante|oom|buurvrouw|buurman'],
    examples: {
      match: ['bijbaantje? 15 euro per video, gewoon kleding reviews filmen', 'we betalen 25 euro per uur voor productreviews', 'zin in een jobke? euro 30 per filmpje om kleding te showen'],
      ignore: ['bijbaantje bij de jumbo, 9 euro per uur vakkenvullen', 'de fotograaf vraagt 40 euro per uur voor het filmen van de bruiloft', 'oppassen voor 8 euro per uur, filmpjes kijken met de kids'],
    },
  },
  {
    id: 'earn-an-amount-n35',
    phrases: [
      'wil|wilt je|jij|ge|gij ..2 # ..1 @money|@currency ..2 verdienen|verdiene|bijverdienen|scoren|cashen',
      'wil|wilt je|jij|ge|gij ..2 [wat|extra|een_paar|makkelijk|snel] centjes|zakgeld ..2 verdienen|verdiene|bijverdienen',
      'hoe|zin ..3 # ..1 @money|@currency ..2 verdienen|bijverdienen ..2 [in|met] [een|1] [uurtje|avond|dag|paar_minuten|minuutje|minuten]',
    ],
    unless: ['oppas*', 'babysit*', 'krantenwijk', 'folders', 'afwas', 'grasmaaien', 'gras_maaien', 'auto_wassen', 'stofzuig*', 'klusje*', 'bijles', 'bijbaan*', 'vakantiewerk', 'vakkenvull*', 'bezorg*', 'jumbo', 'albert_heijn', 'ah', 'lidl', 'mcdonalds', 'sollicit*', 'loon', 'per_uur', 'uur', 'markt', 'verkopen', 'marktplaats', 'vinted', 'statiegeld', 'flessen', 'lotje*', 'loterij', 'sponsorloop', 'school', 'klas'],
    examples: {
      match: ['wil je 50 euro verdienen?', 'yo wil jij 100 euro snel verdienen', 'wil je wat centjes bijverdienen?'],
      ignore: ['wil je 50 euro verdienen met oppassen zaterdag?', 'wil je 20 euro verdienen? de buurman zoekt iemand voor grasmaaien', 'wil je 10 euro verdienen per uur bij de jumbo'],
    },
  },
  {
    id: 'spare-code-or-stuff-for-you-r36',
    phrases: [
      'ik heb ..3 code|codes|giftcard|cadeaukaart|tegoedbon|skin|skins|vbucks|robux|points|@gamecur ..4 over ..3 wil|wilt je|jij|ge ..1 die|dat|ze|hem|er',
      'verkoopt|verkoopt_ook|heeft ..4 wil|wilt je|jij|ge ..1 er ..1 een|eentje|1|ook_een',
      'voor jou|jij ..1 [is_het|is_ie|is_die] gratis',
      'gratis voor jou|jij',
      'koopt|geeft|stuurt ..2 [ook] altijd|vaak|steeds ..2 cadeautjes|cadeaus|kadootjes|spullen|dingen ..2 voor|aan',
    ],
    unless: ['marktplaats', 'vinted', 'verjaardag*', 'sinterklaas', 'kerst*', 'juf', 'meester', 'klas', 'school', 'oma', 'opa', 'mama', 'papa', 'actie', 'aanbieding', 'proefles*', 'proefabonnement', 'winkel', 'app_store', 'wifi', 'parkeren', 'entree', 'toegang', 'korting'],
    weight: 1,
    examples: {
      match: ['ik heb nog een code voor robux over, wil je die', 'mijn neef verkoopt skateboards, wil je er een', 'voor jou is het gratis', 'hij geeft altijd cadeautjes aan meisjes zoals jij voor niks'],
      ignore: ['ik heb nog een kortingscode over van de winkel, wil je die? actie tot zondag', 'de entree is gratis voor jou met je pasje', 'oma koopt altijd cadeautjes voor ons met kerst'],
    },
  },
  {
    id: 'pay-per-pic-n39',
    phrases: [
      'voor|per elk|elke|iedere|ieder|1|een ..1 @photo|@nude ..4 stuurt|stuur|opstuurt|doorstuurt|maakt|stuurde ..3 krijg|krijgt|geef|betaal|ontvang|verdien|verdient|is',
      'per @photo|@nude ..3 krijg|krijgt|geef_ik|betaal_ik|ontvang|verdien|verdient ..3 je|jij|ge|you ..3 @money|@currency|@gamecur|@payment|#|cadeaukaart*|giftcard*|tegoed*',
    ],
    unless: ['wedstrijd', 'fotowedstrijd', 'actie', 'jury', 'inzending*', 'prijsvraag', 'school', 'juf', 'meester', 'klas', 'stage', 'bijbaan*', 'opdracht', 'klant*', 'fotograaf', 'vinted', 'marktplaats'],
    examples: {
      match: ['voor elke foto die je stuurt krijg je 10 euro', 'per filmpje krijg je van mij een giftcard', 'voor iedere pic die je opstuurt betaal ik 20 euro'],
      ignore: ['voor elke foto die je instuurt voor de fotowedstrijd krijg je een lot', 'voor elke foto die je maakt voor de klant krijg je 15 euro, mooie bijbaan', 'voor elke foto betaal je 2 euro bij de fotograaf'],
    },
  },
] satisfies PatternEntry[];
