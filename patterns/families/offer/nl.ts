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
    ],
    unless: ['afwas', 'klusje*', 'oppas*', 'grasmaaien', 'stofzuigen', 'kamer', 'auto_wassen', 'bus', 'boodschappen', 'bijles', 'fiets', 'scooter', 'brommer', 'marktplaats', 'terug*', 'lenen', 'geleend', 'schuldig', 'bijbaan*', 'vakantiewerk', 'krantenwijk', 'oppas*', 'oppassen', 'kaartjes', 'tickets', 'verjaardag'],
    examples: {
      match: ['ik betaal je 50 euro voor een pic in je ondergoed', 'ik geef je 2000 robux als je een foto stuurt', 'laat je lichaam zien dan krijg je 5000 vbucks', 'je krijgt 150 euro per shoot', 'wil je snel geld verdienen?', 'foto voor 20 euro?'],
      ignore: ['ik geef je 80 euro voor de fiets', 'kun je me 20 euro lenen', 'wil je geld verdienen met oppassen'],
    },
  },
  {
    id: 'free-game-currency-gifts',
    phrases: [
      'wil|wilt je|jij|ge ..3 [gratis] @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card*|iphone|airpods|telefoon',
      'gratis|free ..1 @gamecur',
      'ik|k kan|zal|ga ..3 je|jou ..4 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card* ..2 geven|sturen|kopen|gifted|gifte|regelen',
      'kkan|kzal|kga ..3 je|jou ..4 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card* ..2 geven|sturen|kopen|gifted|gifte|regelen',
      'ik|k geef|stuur|koop|gift ..2 je|jou ..3 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card*|airpods|iphone|nieuwe_telefoon',
      'kgeef|kstuur|kkoop|kgift ..2 je|jou ..3 @gamecur|giftcard*|cadeaukaart*|cadeaubon*|gift_card*|airpods|iphone|nieuwe_telefoon',
      'ik|k regel|geef|koop ..3 wiet|weed|drank|alcohol|vapes|vape|sigaretten|sigaretjes|drugs|pillen|xtc|snus ..2 voor je|voor_jou',
      'kregel|kgeef|kkoop ..3 wiet|weed|drank|alcohol|vapes|vape|sigaretten|sigaretjes|drugs|pillen|xtc|snus ..2 voor je|voor_jou',
      'wil|wilt je|jij ..3 wiet|weed|drank|alcohol|vapes|vape|sigaretten|drugs|pillen|xtc|snus',
    ],
    unless: ['verjaardag*', 'kerst*', 'sinterklaas', 'mama', 'papa', 'oma', 'opa', 'skin_voor', 'ruilen', 'trade', 'gekregen', 'gekocht'],
    examples: {
      match: ['yo wil je 2000 robux?', 'ik kan je gratis vbucks geven', 'gratis robux', 'ik koop je een cadeaukaart', 'ik regel wel wiet voor je'],
      ignore: ['ik heb 1000 vbucks gekregen voor mn verjaardag', 'ik geef je een skin als we ruilen', 'gratis parkeren hier'],
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
    unless: ['voetbal*', 'club', 'team', 'hockey', 'sport*', 'scouting', 'training', 'proef*', 'kunstproject', 'bruiloft'],
    examples: {
      match: ['Ik ben scout voor een modellenbureau', 'wil je model worden?', 'voor een betaalde fotoshoot', 'je bent echt geschikt als model', 'ik werk voor een modellenbureau'],
      ignore: ['ik wil later model worden haha', 'mijn portfolio voor kunst is af', 'ik ben fan van die fotograaf'],
    },
  },
] satisfies PatternEntry[];
