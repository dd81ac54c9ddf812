import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'pay-amount',
    phrases: [
      'betaal|betaalt|betalen|stort|storten|overmaken|tikkie|dokken|lappen ..3 #',
      'stuur|stuurt|sturen|maak|maakt|geef|geeft|regel ..3 # ..1 @currency|@money|@payment|@gamecur',
      '# via|met @payment',
      'betaal|betaalt|betalen|stort|storten|stuur|stuurt|sturen|geef|overmaken ..3 [@fill] @money|geld',
      '# ..1 @currency|@money ..3 via|met|naar @payment',
      'ik|k wil|eis ..3 # ..1 @currency|@money [van_je|van_jou]',
      'ik|k wil|eis [nu|wel|gewoon|dan] euro|eur #',
      'kwil|keis ..3 # ..1 @currency|@money [van_je|van_jou]',
      'ik|k wil|eis ..2 geld|money|poen|doekoe ..2 [van_je|van_jou|hebben|zien]',
      'kwil|keis ..2 geld|money|poen|doekoe ..2 [van_je|van_jou|hebben|zien]',
      'maak|maakt ..3 # ..3 over',
      'maak|maakt ..3 [het|dat|het_geld|geld] over ..2 naar|op',
      'maak|maakt ..1 [het|dat|dat_geld|het_geld|de|die|dat_bedrag] geld|bedrag|centen|poen ..1 over',
      'naar ..1 [deze|dit|mijn|de] iban|rekening|rekeningnummer|wallet|btc_adres',
      '# euro|eur|dollar|@currency ..2 anders|tenzij|binnen|of_ik|of_anders',
      'euro|eur # ..2 anders|tenzij|binnen|via|met|per|of_ik|of_anders',
      'je|jij moet ..3 # ..2 [@currency|@money] ..1 geven|betalen|sturen|overmaken|storten|overschrijven',
      '# ..1 @currency|@money ..2 betaalt|betaal|betalen|overmaakt|overmaken|stuurt|stort|geeft',
      'je|jij|ge moet|gaat ..2 betalen|betaal|dokken|lappen|overmaken',
      'betaal|betalen|dokken|lappen [me|mij|nou|nu|dan|maar|gewoon] of_ik|of_anders|anders|tenzij|binnen|meteen|direct',
      '# ..1 @currency|@money ..2 en|dan ik|k ..2 verwijder|wis|delete|stop',
      'betaal|betalen|dokken|lappen ..3 en|dan ..3 verwijder|wis|delete|stop ..1 ik',
      'koop|kopen|haal|halen|regel ..3 cadeaukaart*|giftcard*|gift_card*|paysafe*|steamkaart*|google_play*|itunes*|cadeaubon*|tegoedbon*|bitcoin*|psc|steam_kaart*|apple_kaart*',
      'geef|stuur|stuurt ..3 je|jouw|uw bankpas*|pinpas*|bankgegevens|bank_gegevens|pincode|pin|iban|rekeningnummer|digid|inloggegevens_van_je_bank',
      'hoeveel ..2 geld|money|poen ..2 heb|hebt|kan|kun je|jij',
      'stuur|betaal|maak ..2 [het|het_geld|dat|maar|dan|nu] via|met|op @payment',
      'betaalt|betalen|overmaakt|overmaken|stort|storten ..2 via|met|op @payment',
      'verschuldigde|gevraagde|genoemde|volledige bedrag',
      'bedrag ..3 voldoet|voldoen|voldaan|overmaakt|overschrijft',
      '# ..1 @currency|@money ..1 naar|op ..2 iban|rekening|rekeningnummer|wallet|btc_adres|nl*',
      '# ..1 @currency|@money ..2 voor|binnen|uiterlijk ..1 # ..1 [uur|you|minuten|min]',
      '# ..1 @currency|@money ..2 voor|binnen|uiterlijk vanavond|vannacht|middernacht|morgenochtend|het_eind_van_de_dag',
    ],
    unless: ['op_de_post', 'opsturen', 'verstuur ik', 'doe ik ..3 op de post', 'loser', 'inzet', 'weddenschap', 'gewed', 'ouderraad', 'klassenkas', 'goede_doel', 'goed_doel', 'kika', 'inzameling', 'sponsorloop', 'taartverkoop', 'ik|k maak|stuur|betaal|doe ..2 het|dat|de|je geld|bedrag', 'tante|oom', 'gamed|gamet|gamen|gamede', 'huiswerk', 'spijbel*|gespijbeld', 'haha*', 'lol', 'xd', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', '# ..1 @currency|@money voor de|het|die|dat|mijn|ons|onze|mn', 'nog niet betaald', 'scheenbescherm*', 'tenue*', 'clubkleding', 'trainingspak*', 'uitwedstrijd*', 'toernooi*', 'betaal|betalen jij|jullie|wij|we', 'wij|we|ik|k betalen|betaal|geven|geef', 'per shoot|fotoshoot|shoot|sessie|uur|opdracht|foto|pic|video|maand|week', 'kost|kosten|prijs|vraagprijs', 'taxi', 'uber', 'benzine', 'tanken', 'drinken', 'friet*', 'snack*', 'concert*', 'festival*', 'entree*', 'die|de|mijn|mn # euro|eur', 'ik|k moet|moest', 'ik|k betaal|geef|stuur|maak|koop je|jou|jij', 'ik|k koop|kocht|kreeg', 'ik|k heb ..2 gekocht|gekregen', 'ik|k kan|wil|zal je|jou', 'mama|papa|oma|opa|juf|meester|verjaardag|sinterklaas|kerst*', 'terug*', 'terugbetal*', 'lenen', 'leen', 'geleend', 'schuldig', 'pizza', 'kaartje*', 'tickets', 'verzendkosten', 'fiets', 'bestelling', 'huur', 'boodschappen', 'zakgeld', 'kapper', 'cadeau', 'cadeautje*', 'pot', 'lootjes', 'bijdrage', 'contributie', 'schoolreis*', 'ouderbijdrage', 'wisselgeld', 'korting', 'uitje', 'eten', 'etentje', 'bios*', 'pakket*', 'delen_we', 'sparen', 'over_voor', 'contant', 'pinnen', 'kassa', 'winkel', 'parkeren', 'parkeer*', 'entree', 'ophalen', 'ik|k kan ..5 betalen|overmaken|storten|tikkie', 'kan|mag|zal ik|k ..5 betalen|overmaken|storten|tikkie|tikken|tikkien', 'rekening ..3 restaurant|etentje|dokter|tandarts', 'factuur', 'abonnement', 'ik|k heb|had ..5 naar|op je|jouw|uw rekening ..2 overgemaakt|gestort|overgeschreven|gezet', 'ik|k heb|had je|jou ..4 overgemaakt|gestort|overgeschreven', 'gefeliciteerd|proficiat', 'ik|k neem ..1 ze|hem|het|die|dat', 'reserveer*', 'postnl', 'dhl', 'dpd', 'bpost', 'verzend*', 'track*', 'verhuurder', 'huisbaas', 'energie', 'verliezer', 'verliest', 'inschrijfgeld', '1|2|3|4|5|6|7|8|9|10|12|15 euro|eur ..3 tikkie|tikkietje', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde ..2 stuurde|stuurt|zei|schreef|appte ..1 me|mij|dit|dat|haar|hem'],
    examples: {
      match: ['200 euro naar NL12 RABO 0123 4567 89 voor 22:00', '300 euro op dit rekeningnummer voor vanavond', '150 euro binnen 2 uur', 'als ge nie betaalt via payconiq zet ik ze online', 'tenzij u het verschuldigde bedrag voldoet', 'stuur via paypal, vrienden en familie optie', 'betaal 300 euro of ik stuur het', 'dan betaal je 500', 'stuur 250 euro naar deze iban', 'stuur dan 150 via tikkie', 'ik wil 500 euro', 'maak 200 euro over', 'stuur geld'],
      ignore: ['stuur eerst het geld via tikkie, dan doe ik de schoenen morgen op de post', 'loser betaalt, 500 vbucks inzet', 'Ja, de tikkie gaat naar de rekening van de ouderraad', 'perfect, ik stuur het geld via paypal vrienden en familie', "betaal nu of ik vertel tante dat je gamed ipv huiswerk", 'stuur 20 euro via tikkie voor het cadeau', 'we betalen 250 euro per shoot', 'de fiets kost 200 euro voor 2 dagen huur', 'Ik kan 80 euro via tikkie betalen, morgen ophalen?', 'de factuur graag binnen 14 dagen voldoen, het verschuldigde bedrag staat erop', 'ik kan hem morgen ophalen, betalen via tikkie kan?', 'gefeliciteerd lieverd! ik heb 50 euro naar je rekening overgemaakt', 'kun je me die 20 euro nog terugbetalen?', 'betaal je me morgen terug?', 'stuur maar een tikkie voor de pizza', 'ik geef je 80 euro voor de fiets', 'wie heeft de scheenbeschermers nog niet betaald? 15 euro via tikkie', 'ik betaal je 50 euro voor een pic', 'ik geef je 80 euro, kan ik hem morgen ophalen?', 'kan ik je 70 via tikkie betalen? dan kom ik langs', 'stuur maar via tikkie dan reserveer ik hem, anders gaat hij naar iemand anders', 'stuur het geld eerst via paypal, dan verstuur ik ze morgen met postnl', 'stuur 5 euro via tikkie', 'maak 420 over naar de rekening van de verhuurder', '1v1 rust, verliezer betaalt 5 euro', 'ok ik neem ze. betaal via paypal'],
    },
  },
  {
    id: 'gift-card-crypto',
    phrases: [
      'koop|kopen|haal|halen|regel ..3 @payment|cadeaukaart*|kaart|kaartje|card|giftcard*|paysafe*|psc|google_play*|steam* ..4 [en] stuur|stuurt|geef|code*|stuur_me',
      'stuur|geef|stuurt ..3 [de|die|je] code|codes|pincode|pin ..3 van ..2 [de|die|je] kaart|kaartje|card|giftcard*|cadeaukaart*|@payment',
      'paysafe*|bitcoin*|btc|crypto*|giftcard*|cadeaukaart*|google_play*|steamkaart*|itunes* of|en|or @payment|@money|paysafe*|bitcoin*|btc|crypto*|giftcard*|cadeaukaart*',
      'via|met bitcoin*|btc|crypto*|paysafe*|paysafecard*|giftcard*|gift_card*|steamkaart*|steam_kaart*|google_play*|itunes*|usdt|eth',
      'paysafe*|psc|giftcard*|gift_card*|cadeaukaart*|cadeaubon*|steamkaart*|steam_kaart*|google_play*|itunes*|@payment ..2 van|ter_waarde_van # [euro|eur]',
      'euro|eur # ..1 in|aan|via|met bitcoin*|btc|crypto*|paysafe*|giftcard*|cadeaukaart*|google_play*|steam*',
      '# ..1 @currency|@money ..2 in|aan|via bitcoin*|btc|crypto*|paysafe*|giftcard*|cadeaukaart*|google_play*|steam*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'ik|k stuur|geef|koop|gift je|jou', 'kreeg', 'gekocht', 'kopen_we', 'downloaden', 'gedownload', 'gekregen', 'verjaardag*', 'cadeautje', 'sinterklaas', 'kerst*', 'investeren', 'koers', 'belegg*'],
    examples: {
      match: ['koop een google play kaart van 200 en stuur me de code', 'paysafecard of bitcoin, maakt me niet uit', 'stuur 50 euro in bitcoin', 'stuur me de code van de kaart', 'betalen via paysafecard'],
      ignore: ['ik stuur je een giftcard van 50 euro', 'ik heb een steam giftcard gekregen voor mn verjaardag', 'bitcoin koers is weer omhoog', 'koop een kaart voor de bus'],
    },
  },
  {
    id: 'pay-now-or-r4',
    phrases: [
      'betaal|betaalt|betalen ..2 ge|je|jij|gij|you ..2 nu|nou|vandaag|snel|eindelijk ..1 of|anders',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'of ..1 straks|later|morgen|volgende|contant|cash|pin|pinnen|tikkie|ideal|via', 'pizza', 'eten', 'friet*', 'kaartje*', 'tickets', 'terug*', 'schuldig', 'geleend', 'winkel', 'kassa', 'rekening_van', 'bestelling'],
    examples: {
      match: ['allee betaalt ge nu of moet ik uw fotos naar uw ouders sturen', 'betaal je nou of niet?'],
      ignore: ['betaal je nu of straks?', 'betaal je nu of via tikkie?'],
    },
  },
  {
    id: 'pay-and-it-disappears-u6',
    phrases: [
      'voor # [@currency|@money] ..4 alles|het|ze|de_video|de_fotos|de_beelden|het_filmpje|die_fotos|die_video|je_fotos ..2 weg|verwijderd|gewist|verdwenen|vernietigd|delete|deleted|gedelete',
      '# ..1 @currency|@money|@payment|@gamecur ..3 en|dan ..2 alles|het|ze|de_video|de_fotos|de_beelden|het_filmpje|die_fotos|die_video|je_fotos ..2 weg|verwijderd|gewist|verdwenen|vernietigd|delete|deleted',
      'betaal|betaalt|betalen|overmaken|maak_over|stuur ..6 en|dan ..2 alles|het|ze|de_video|de_fotos|de_beelden|het_filmpje|die_fotos|die_video|je_fotos ..2 weg|verwijderd|gewist|verdwenen|vernietigd|delete|deleted',
      'hoeveel ..3 heb|hebt|kun|kan|kunt @you ..2 betalen|missen|overmaken|sturen|storten',
      'of|anders ..2 ga|gaat|wil|ben @you ..2 betalen|betaal|dokken|overmaken|lappen',
      'bewijs|screenshot|betaalbewijs ..2 van ..1 [de|je|jouw] betaling|overboeking|transactie|overschrijving',
      'ik|k wil|eis ..3 # ..2 aan|in @gamecur|@payment|bitcoin*|btc|crypto',
      'overschrijven|overmaken|storten|overschrijf|stort|schrijf_over ..3 op|naar ..1 mijn|mn|deze|dit|onderstaand|onderstaande ..1 rekening|iban|rekeningnummer|wallet|adres',
      '@send|geef|regel ..3 [de|die] code|codes|pincode ..2 van ..2 [de|die|je] @payment|paysafe*|psc|kaart|kaarten|kaartje*|card',
      'stuur|koop|haal|regel|geef ..3 steam*|google_play*|googleplay*|itunes*|apple*|paysafe*|psc|bol|bol_com|amazon|xbox|playstation|psn|nintendo|fortnite|roblox ..2 kaart*|kaarten|card|cards|giftcard*|cadeaukaart*|cadeaubon*|tegoed*|code*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'ik|k stuur|geef|koop|gift je|jou', 'rommel', 'vlek*', 'kras*', 'reparatie', 'garage', 'schoonmaak*', 'schoonmaken', 'ik|k heb|had ..6 overgemaakt|gestort|betaald', 'vervoer', 'taxi', 'kaartje*', 'concert', 'tickets', 'winkel', 'kassa', 'terug*', 'lenen', 'geleend', 'schuldig', 'bruiloft', 'verjaardag*', 'cadeau*', 'oma', 'opa', 'mama', 'papa', 'bios*', 'schoolreis*', 'korting*', 'fiets', 'scooter', 'brommer', 'marktplaats', 'vinted', 'tweedehands', 'schade', 'voor die|de|het|dat|deze|dit|je|jouw|mijn|mn|m'],
    weight: 2,
    examples: {
      match: ['prima. voor 150 is alles weg', '200 euro en alles is verwijderd', 'betaal gewoon en dan is het weg', 'hoeveel kun je betalen?', 'stuur de code van de kaart', 'stuur steam kaarten', 'koop 2 google play cards', 'stuur bewijs van betaling', 'wil je dat ik hem in de klassenapp gooi of ga je betalen', 'ik wil 200 aan v-bucks', 'overschrijven op mijn rekening, nu'],
      ignore: ['voor 50 euro is de kras weg bij de garage', 'hoeveel kun je betalen voor de kaartjes van het concert?', 'hoeveel kun je betalen voor die fiets', 'ik heb betaald en dan is het weg uit je winkelmandje', 'ik stuur je een steam kaart voor je verjaardag'],
    },
  },
  {
    id: 'crypto-giftcard-amount-e8',
    phrases: [
      '# ..1 in|aan|via|naar ..1 btc|bitcoin*|crypto*|eth|ethereum|usdt|ltc|litecoin|monero|xmr',
      'wallet_adres|walletadres|wallet_address|bitcoinadres|bitcoin_adres|btc_adres|crypto_adres|btc_wallet|bitcoin_wallet|cryptowallet',
      'btc|bitcoin*|crypto*|usdt|eth ..4 over ..1 te ..1 maken|storten|overmaken|schrijven',
      'verzoeken|vragen|verzoek ..2 you|je|jou ..4 btc|bitcoin*|crypto*|usdt|eth',
      '# ..1 @currency|@money|euro ..1 aan|in|via|met ..3 cadeaukaart*|giftcard*|gift_card*|cadeaubon*|kaarten|kaartjes|codes|tegoedbon*|paysafe*',
      '# ..1 @currency|@money ..3 via|met|naar|op @payment ..2 of|anders|tenzij',
      'betalen|betaal|betaalt|dokken|lappen ..1 of ..3 viraal|online|openbaar|op_straat ..1 gaan|gaat|komen|komt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'ik|k stuur|geef|koop|gift|betaal je|jou', 'kreeg', 'gekocht', 'kopen_we', 'gekregen', 'verjaardag*', 'cadeautje', 'sinterklaas', 'kerst*', 'investeren', 'investering', 'koers', 'belegg*', 'airdrop', 'nft*', 'mining', 'terug*', 'geleend', 'schuldig', 'fiets', 'marktplaats', 'vinted', 'tweedehands', 'ophalen', 'wat_moet_ik_doen', 'naar_de_politie'],
    examples: {
      match: ['Wij verzoeken u 0,1 BTC over te maken.', '300 in btc. ik stuur zo het wallet adres', '30 euro aan bol.com cadeaukaarten of ik post je DMs op je story', 'nu 100 euro via payconiq of ik stuur het naar uw papa en mama', 'je hebt nu 2 opties: betalen of viraal gaan'],
      ignore: ['ik heb 50 euro aan cadeaukaarten gekregen voor mijn verjaardag', 'de koers: 300 in btc is nu weinig', '80 euro via tikkie of contant bij het ophalen?'],
    },
  },
  {
    id: 'send-the-card-code-r10',
    phrases: [
      'stuur|geef|app ..2 [de|die|me|mij] code*|codes ..2 van ..1 [de|die|een] bol|bol_com|steam|google_play|apple|itunes|paysafe|paysafecard|playstation|xbox|nintendo|fortnite|roblox ..1 [bon|kaart|cadeaukaart|card|giftcard]',
    ],
    unless: ['cadeau*', 'kado*', 'bestellen', 'bestelling', 'verjaardag*', 'sinterklaas', 'kerst*', 'oma', 'opa', 'mama', 'papa', 'winactie', 'korting*', 'haha*', 'lol'],
    examples: {
      match: ['stuur de code van de bol bon', 'geef me de codes van die steam kaart'],
      ignore: ['stuur de code van de bol bon dan kan ik het cadeau bestellen', 'stuur de korting code van de bol bon'],
    },
  },
  {
    id: 'fine-and-cards-r11',
    phrases: [
      'dient|dien|moet|moeten @you ..6 boete|schikking|bedrag ..4 # ..4 voldoen|betalen|overmaken|overmaakt|betaalt',
      'dan|maar|of|nu|gewoon|eerst ..2 # ..2 in|aan ..2 @payment|cadeaukaarten|steamkaarten|paysafecards|paysafe',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'gekregen', 'verjaardag*', 'gekocht', 'kost', 'kosten', 'prijs', 'korting', 'te_koop', 'verkoop*', 'gewonnen', 'win', 'winnen', 'bibliotheek', 'parkeer*', 'flitser', 'rood', 'zwartrijden', 'ov', 'trein', 'boeken', 'uitgegeven', 'gespaard', 'sparen', 'cadeau', 'cadeautje*', 'kado', 'sinterklaas', 'kerst*'],
    examples: {
      match: ['Om vervolging te voorkomen dient u binnen 48 uur een boete van 350 euro te voldoen via de onderstaande betaallink.', 'dan maar 150 in bol cadeaukaarten. je hebt een uur'],
      ignore: ['je moet de boete van 50 euro voor de bibliotheek betalen', 'ik heb 50 euro aan cadeaukaarten gekregen voor mijn verjaardag', 'ik heb 100 aan steamkaarten uitgegeven lol'],
    },
  },
  {
    id: 'pay-or-you-will-see-r11',
    phrases: [
      'betaalt|betaal|betalen|overmaken|overmaakt|maak|stuur|stuurt ..3 of|anders ..3 weet|zie|ziet|merk|merkt ..2 wat|hoe ..1 er|het ..1 gebeurt|gebeuren|afloopt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'tikkie', 'friet', 'pizza', 'eten', 'boete', 'bibliotheek', 'huur', 'contributie', 'factuur'],
    examples: {
      match: ['je betaalt of je weet wat er gebeurt', 'maak het over anders zie je wat er gebeurt'],
      ignore: ['betaal je tikkie of je weet wat er gebeurt haha'],
    },
  },
  {
    id: 'pay-and-i-leave-you-alone-r11',
    phrases: [
      'geef|stuur|betaal|maak|koop ..4 en|dan ..1 ik|k ..1 laat ..1 je|jou ..1 met ..1 rust',
      'stuur|betaal|geef|maak ..4 dan ..1 verwijder|wis|delete ik|k ..1 alles|het|ze|die|de',
    ],
    unless: ['stuur|stuurt het|dat|die|m|hem ..1 mij|me ..2 prive', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'huiswerk', 'link', 'samenvatting', 'foto_s_van_de', 'fotos_van_de', 'oude', 'dubbele'],
    examples: {
      match: ['geef me 50 en ik laat je met rust', 'stuur 100 euro dan verwijder ik alles'],
      ignore: ['stuur het mij maar prive dan wis ik het', 'stuur me de samenvatting dan laat ik je met rust haha'],
    },
  },
  {
    id: 'euros-or-else-r12',
    phrases: [
      '# euro|eur|@money ..3 @payment|bol|bol_com|paysafecard|paysafe*|steam*|giftcard*|tikkie|ideal|payconiq ..3 of|anders|zoniet ik|k',
      '# euro|eur|@money ..3 @payment|bol|bol_com|paysafecard|paysafe*|steam*|giftcard*|cadeaukaart* ..3 en|dan @you ..1 krijgt|krijg ..4 terug',
      'ik|k accepteer|neem|pak ..2 ook ..2 @gamecur|paysafe*|bitcoin*|crypto*|steam*|giftcard*|cadeaukaart*',
      'of @you ..2 maakt ..3 # euro|eur ..1 over',
      'om ..2 die|de ..1 # euro|eur ..1 te ..1 storten|betalen|overmaken|sturen ..6 anders|video|fotos|foto|filmpje',
      'wil|wilt @you ..2 terug ..3 stuur|betaal|maak ..3 # euro|eur',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'is dat|dit echt|nep', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'marktplaats', 'vinted', 'verzend*', 'schoolreis*', 'contributie', 'haha*', 'lol', 'grapje', 'feest*', 'verjaardag*', 'cadeau_voor', 'bestellen'],
    examples: {
      match: ['60 euro bol.com giftcard of ik gooi het in de server', '20 euro bol cadeaukaart en je krijgt je account terug', 'ik accepteer ook fortnite vbucks', 'Of je maakt vandaag 50 euro over voor de verzekering', 'je hebt tot middernacht om die 100 euro te storten. je weet wat er anders gebeurt met die video', 'wil je hem terug stuur 40 euro paysafecard'],
      ignore: ['ik accepteer ook tikkie', 'je hebt tot vrijdag om de 12 euro te betalen voor het schoolreisje', '15 euro tikkie of anders haha'],
    },
  },
  {
    id: 'currency-by-deadline-and-it-stays-r13',
    phrases: [
      '# robux|vbucks|v_bucks|@gamecur ..3 voor|binnen|om|uiterlijk ..2 # ..1 [uur|you|min|minuten]',
      '# euro|@money en ..1 het|dit|dat|alles ..1 blijft ..2 tussen_ons|geheim|bij_mij|prive',
    ],
    unless: ['verkoop*', 'koop', 'kopen', 'skin_kopen', 'winkel', 'shop', 'aanbieding', 'haha*', 'lol'],
    examples: {
      match: ['2000 robux voor 9 uur of ik post je filmpje', '1000 euro en het blijft tussen ons'],
      ignore: ['ik verkoop 2000 robux voor 9 euro', '10 euro en het blijft tussen ons haha, ik trakteer'],
    },
  },
  {
    id: 'gift-card-codes-here-r15',
    phrases: [
      "# ..2 in|aan|via|met steam|google_play|apple|itunes|bol|bol_com|paysafe|paysafecard|amazon|playstation|psn|xbox ..1 kaart*|kaarten|codes|cards|giftcard*|tegoed",
      "kaart*|kaarten|giftcard*|cards|paysafe* ..4 code|codes ..1 hierheen|hierzo|naar_mij|opsturen|doorsturen|sturen|hier",
      "voor ..2 verwijdering|verwijderen|wissen|definitief_verwijderen ..4 vragen|rekenen|kost|kosten ..3 # ..1 euro|eur|@money",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "verjaardag*", "cadeau*", "voor_oma", "voor_mama", "sinterklaas", "kerst*", "te_koop", "verkoop*", "winactie", "gewonnen", "spaarpunten", "tandarts", "kapper", "tatoeage", "tattoo", "laser*"],
    examples: {
      match: ["250 in steam kaarten. codes hierheen. 1 uur", "50 euro aan google play kaarten, stuur de codes naar mij", "Voor definitieve verwijdering vragen wij 300 euro servicekosten"],
      ignore: ["ik heb 50 in steam kaarten gekregen voor mijn verjaardag", "voor het verwijderen van de tattoo rekenen ze 300 euro"],
    },
  },
  {
    id: 'pay-us-to-take-it-down-r15',
    phrases: [
      "voor|tegen ..2 # ..1 euro|eur|@money ..6 halen|haal|verwijderen|verwijder|wissen|wis|weghalen ..4 offline|weg|eraf|van_internet|je|jouw|uw",
      "verwijderen|verwijder|offline|wissen|weghalen|verwijdering ..6 tegen ..1 een ..1 vergoeding|betaling|fee|bijdrage ..3 #",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "is dat|dit echt|nep", "oplicht*", "scam*", "pas_op", "trap ..2 niet", "tattoo", "tatoeage", "laser*", "graffiti", "schimmel", "vlek*", "tapijt", "auto", "garage", "virus", "laptop", "computer", "pc", "telefoon_reparatie", "reparatie", "account_verwijderen", "abonnement"],
    examples: {
      match: ["voor 300 euro halen wij je fotos offline", "wij verwijderen uw beelden van alle sites tegen een vergoeding van 200 euro"],
      ignore: ["voor 300 euro halen ze de tattoo weg met laser", "pas op, die site zegt wij verwijderen je fotos tegen een vergoeding van 200 euro, is scam"],
    },
  },
  {
    id: 'if-you-dont-pay-r16',
    phrases: [
      'als|tenzij je|ge|jij|gij ..2 niet|ni|nie ..1 betaalt|betaald|overmaakt|stort|tikt',
      'wil|wilt je|ge|jij ..2 ze|het|alles|die ..1 terug ..6 prijs|betalen|geld|euro*',
    ],
    unless: ['haha*', 'lol', 'xd', 'skin|skins|rematch|1v1|potje|weddenschap|gewed', 'dreig*', 'waarschuw*', 'politie', 'sextortion', 'criminelen', 'artikel', 'nooit', 'oplichter*', 'scam', 'nieuws', 'docu*', 'rekening', 'boete', 'contributie', 'kantine', 'huur', 'schoolreis', 'kamp', 'lidmaatschap', 'abonnement', 'factuur', 'lenen', 'geleend', 'terugbetalen', 'kaartje*', 'ticket*', 'winkel', 'bol_com', 'retour', 'vinted', 'marktplaats', 'pakket*'],
    weight: 3,
    examples: {
      match: ['als ge morgen ni betaalt weet heel uw school het', 'wil je ze terug? dan praten we over een prijs'],
      ignore: ['ik weet waar je woont hoor als je niet betaalt 😂', 'als je niet betaalt voor vrijdag kan je niet mee op schoolreis', 'criminelen dreigen naaktfotos te verspreiden als je niet betaalt', 'wil je je geld terug? stuur het pakket retour'],
    },
  },
  {
    id: 'pay-or-they-see-r17',
    phrases: [
      'betaal|betalen|dokken|lappen [nou|nu|dan|maar|gewoon] of [heel|al|alle|de_hele] je|jouw|uw @audience ..3 krijgt|krijgen|ziet|zien|weet|weten',
      '# ..1 btc|bitcoin*|eth|usdt|ltc|xmr|monero ..2 overmaakt|overmaken|stuurt|sturen|storten|stort|betaalt|betalen',
      'stuur|stuurt|maak|betaal|stort ..2 # ..1 btc|bitcoin*|eth|usdt|ltc|xmr|monero ..3 naar|op|in ..2 wallet|adres|btc_adres',
      'niet binnen # ..1 uur|you|dagen|minuten|min ..4 overmaakt|betaalt|stort|overmaken|betalen|voldoet',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'is dat|dit echt|nep', 'factuur', 'abonnement', 'huur', 'incasso', 'aanmaning', 'belasting*', 'koers', 'belegg*', 'investe*', 'wallet_app', 'contributie', 'boete_van_de_bieb', 'bibliotheek'],
    examples: {
      match: ['ik heb screenshots van alles wat je me hebt gestuurd. betaal of je familie krijgt het te zien', 'Indien u niet binnen 48 uur 0.02 BTC overmaakt, wordt de opname verzonden', 'stuur 300 usdt naar deze wallet'],
      ignore: ['betaal je of je moeder?', 'als je de factuur niet binnen 14 dagen betaalt krijg je een aanmaning', 'ik heb 0.1 btc gekocht, de koers stijgt'],
    },
  },
  {
    id: 'not-enough-pay-more-r18',
    phrases: [
      'was|is|waren|zijn niet|nie genoeg|te_weinig ..6 nog|nogmaals|extra|erbij|er_bij #',
      'nieuwe|andere deal ..5 #',
      'nog|nogmaals|weer|opnieuw ..2 # ..3 [euro|eur|@money] ..3 en|dan ..3 klaar|vrij|ervan_af|er_vanaf|verwijder*|wis|laat_ik_je',
      'dacht|denk|denkt je|jij|ge ..4 dat ..3 ervan_af|er_vanaf|ervanaf|vrij|klaar ..2 bent|was|ben ..5 nog|betaal|betalen|extra|meer',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'punten|cijfer|toets|minuten|min|sec|seconden|uur|kilo|meter|km|kilometer|slaap|pagina*|bladzijde*|oefening*|vragen|sommen|rondjes|rondes|sets|reps|herhalingen|hoofdstuk*|levels|potjes|games|matches|kaarten|stuks|dagen|weken|kaartjes|tickets|graden|procent'],
    examples: {
      match: ['bedankt voor die 100. maar dat was niet genoeg he. nog 250 voor vrijdag', 'nieuwe deal. nog 2x 100 en dan is het echt klaar', 'denk je dat je ervan af bent? nog 200'],
      ignore: ['nog 2 x 100 meter en dan is het klaar', 'dat was niet genoeg punten, nog 5 en je haalt het', 'nieuwe deal: 3 kaarten voor 20 euro?'],
    },
  },
  {
    id: 'pay-to-delete-one-more-time-r18',
    phrases: [
      '# ..6 om ..3 te_verwijderen|te_wissen|weg_te_halen|offline_te_halen|te_laten_verwijderen|verwijderen|wissen',
      'verwijderen|laten_verwijderen|wissen|offline_halen|weghalen|verwijderd|gewist ..3 tegen ..1 betaling|vergoeding|een_vergoeding|een_betaling ..3 [van] #',
      'verwijderingsvergoeding*|verwijderkosten|verwijderingskosten|verwijdervergoeding*',
      'nog ..2 een_keer|keer|1_keer|eenmaal|1x|een_laatste_keer|laatste_keer betalen|betaal|overmaken|tikken|dokken ..4 dan|en ..3 laat ik|k je|jou ..2 met_rust|gaan|vrij',
      'je|jij|ge hebt|hebt_nog|hebt_maar ..1 tot|nog|maar ..3 om # ..2 [euro|eur|@money] ..2 te_sturen|over_te_maken|te_betalen|te_storten|te_tikken|sturen|betalen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'is dat|dit echt|nep', 'tickets|kaartjes|concert|festival|cadeau|pizza|eten|contributie|huur|abonnement|account|data|gegevens|privacy|gdpr|avg|virus|reparatie|garantie|tattoo|schoolreis*|kamp|excursie'],
    examples: {
      match: ['we hebben je betaling ontvangen, maar er is nog een tweede termijn van 300 euro nodig om alles te verwijderen', 'wij kunnen uw beelden laten verwijderen tegen betaling van 200 euro', 'Tegen een verwijderingsvergoeding van €150 halen wij deze binnen 24 uur offline', 'nog een keer betalen en dan laat ik je echt met rust', 'je hebt tot middernacht om 200 euro te sturen'],
      ignore: ['je hebt tot vrijdag om 68 euro te tikken voor de tickets', 'het kost 5 euro om je account te verwijderen bij die app? raar'],
    },
  },
  {
    id: 'removal-against-payment-r19',
    phrases: [
      'verwijdering|verwijderen|wissen|vernietiging|vernietigen|verwijderd|gewist ..4 tegen|na|bij ..2 betaling|betalen|ontvangst|voldoening|overmaking',
    ],
    unless: ['factuur', 'facturen', 'abonnement', 'openstaande', 'contract', 'klantenservice', 'bestelling', 'retour*', 'lidmaatschap', 'tatoeage', 'tattoo', 'laser*', 'ontharing', 'tandarts', 'kliniek', 'gemeente', 'afval', 'grofvuil', 'wrak'],
    examples: {
      match: ['Verwijdering mogelijk tegen betaling van 0.01 BTC. Reageer binnen 12 uur.', 'de video wordt gewist na ontvangst van de betaling'],
      ignore: ['verwijdering van je tattoo kan na betaling van de eerste sessie', 'je account wordt verwijderd na betaling van de openstaande factuur'],
    },
  },
  {
    id: 'same-amount-and-friends-instead-r20',
    phrases: [
      'zelfde|hetzelfde|dezelfde bedrag ..3 zelfde|hetzelfde|dezelfde rekening|iban|tikkie|wallet|adres|nummer',
      'ik|k ..3 laat|laten|kan|zal ..2 verwijderen|weghalen|wissen|deleten|offline_halen ..3 kost|kosten ..3 #|@money|euro*',
      'ik|k ..2 verwijder|wis|delete|weghaal ..2 kost|kosten ..3 #|@money|euro*',
      'geen ..2 geld|poen|doekoe|centen ..6 @photo|nummers|contacten|nudes|namen ..4 van ..3 vriendinnen|vrienden|meisjes|meiden|klasgenoten|klasgenootjes|zus*|klas',
      'wil|wilt ..1 geen ..1 geld|poen|centen ..4 ik|k ..1 wil ..3 @photo|nummers|contacten|nudes ..4 van',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'huur', 'boodschappen', 'abonnement', 'contributie', 'zakgeld', 'tatoeage*', 'tattoo*', 'laser*', 'tand*', 'beugel', 'kapper', 'garage', 'reparatie', 'feest*', 'verjaardag*', 'uitnodiging*', 'groepsfoto*', 'klassenfoto*'],
    examples: {
      match: ['Ik heb nog alles. Zelfde bedrag, zelfde rekening, voor 20u.', 'als je wil dat ik het laat verwijderen kost dat 80 euro', 'als je wilt dat ik het verwijder kost dat 100 euro', 'Geen geld? Dan wil ik de nummers en snaps van je vriendinnen.', 'ik wil geen geld. ik wil de snaps van 5 meisjes uit je klas'],
      ignore: ['zelfde bedrag als vorige maand, zelfde rekening, voor de huur', 'ik heb geen geld voor het feest, stuur de fotos van je vriendinnen van de verjaardag maar', 'de tatoeage laten verwijderen kost 300 euro'],
    },
  },
  {
    id: 'ransom-and-fines-r23',
    phrases: [
      'terug ..2 wilt|wil|hebben ..3 kost|kosten ..2 het|je|dat|dit ..2 #',
      'wil|wilt je|jij|ge ..3 terug ..4 kost|kosten ..2 [het|je] #',
      'boete|schikking|afkoopsom ..4 # ..6 betalen|betaal|voldoen|overmaken|link|voorkomen|vervolging|arrestatie',
      'betaal|betalen|voldoe|voldoen ..2 de|een|uw boete|schikking ..6 om|anders|binnen|voor|link',
      'via|door ..1 betaling|storting ..1 van [euro|eur] # [euro|eur]',
      'alleen|enkel ..1 betalen ..4 dossier|officier|justitie|politie',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nep', 'pas_op', 'oplicht*', 'scam*', 'fraude', 'verkeersboete', 'parkeerboete', 'flitser*', 'cjib', 'te_hard', 'parkeren', 'bibliotheek', 'bieb', 'ov', 'trein', 'conducteur', 'zwartrijden', 'belasting*', 'verzend*', 'retour*', 'statiegeld', 'reparatie', 'repareren', 'betaald', 'ervoor', 'fiets', 'garage', 'onderdeel', 'onderdelen', '# ..1 [euro|eur] voor de|het|die|dat', 'borg', 'inschrijv*', 'contributie', 'lidmaatschap', 'factuur'],
    weight: 3,
    examples: {
      match: ['wil je je gsm terug? kost je 100 euro', 'als je m terug wilt kost het 150 euro. tikkie ik je zo', 'Om vervolging te voorkomen dient u binnen 24 uur een schikking van 250 euro te voldoen via de betaallink', 'Betaal de boete van 300 euro via de link binnen 12 uur om een arrestatie te voorkomen.', 'Annuleer via betaling van €150 (iDEAL/crypto).', 'Reageren is niet nodig, alleen betalen. Na 24u gaat het dossier naar de officier van justitie.'],
      ignore: ['pas op er zit een account rond dat zegt dat het de politie is en dat je een boete moet betalen, niet doen het is nep', 'als je hem terug wilt kost het 6 euro verzendkosten', 'wil je je fiets terug? kost je 20 euro voor de reparatie', 'ik moet een boete van 50 euro betalen voor te hard rijden', 'inschrijven via betaling van 15 euro'],
    },
  },
  {
    id: 'pay-and-i-delete-my-copy-r24',
    phrases: [
      'voor # ..1 @currency|@money|euro ..3 verwijder|wis|delete|vernietig ik|k',
      'fix|fiks|regel ..2 # ..1 @currency|@money ..3 of|anders|voor',
      'betaal|betalen|stuur|regel ..4 cadeaukaart*|cadeaubon*|giftcard*|tegoedbon*|paysafe* ..2 of|anders',
      'verwijder|wis|delete|vernietig ik|k ..2 mijn|mn|de|alle ..1 kopie|kopieen|kopies|back_up|backup|bestanden ..4 voor|tegen ..1 #',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'fiets', 'advertentie', 'account_verwijderen', 'abonnement', 'pizza', 'eten', 'kaartjes', 'tickets', 'cadeau_voor', 'samen', 'helft', 'bioscoop', 'bios', 'haha*', 'lol', 'contant|pin|pinnen|tikkie|kan_ook|mag_ook|gewoon|winkel|kassa|webshop'],
    weight: 5,
    examples: {
      match: ['fix 100 euro of je bent klaar', 'betaal via bol cadeaukaart of je bent de lul', 'Voor 150 euro verwijder ik mijn kopie.', 'verwijder ik de kopie voor 200 euro'],
      ignore: ['voor 5 euro verwijder ik de advertentie van de fiets', 'fix 10 euro voor de pizza of je eet niks', 'je kan betalen met een cadeaukaart of gewoon contant'],
    },
  },
  {
    id: 'pay-or-i-start-never-hear-r25',
    phrases: [
      '@money|eur ..2 en ..3 hoort|hoor|ziet ..3 nooit|niks|niets ..2 meer ..2 van ..1 me|mij|ons',
      'betaal|betaalt|betalen ..2 of|anders ..2 ik ..3 begin|start|stuur|post|zet|deel|laat|gooi|verstuur',
      'betaalt|betaald|betaal @you ..1 ni|niet|nie|niks|geen ..4 dan|zet|stuur|post|gooi|deel',
    ],
    unless: ['tikkie', 'herinnering', 'aanmaning', 'incasso', 'mama', 'papa', 'lunch', 'pizza', 'bioscoop', 'kaartjes', 'concert', 'frietje', 'bieb', 'contributie', 'boete', 'huur', 'rekening_van'],
    weight: 3,
    examples: {
      match: ['Dat hangt van jou af. 500 euro en je hoort nooit meer van me.', 'betaal of ik begin met je zus', 'betaalt ge ni, dan zet ik al uw fotos online'],
      ignore: ['betaal of ik stuur je een tikkie herinnering', 'betaal je de pizza niet dan stuur ik een tikkie'],
    },
  },
  {
    id: 'pay-and-youre-rid-of-me-r25',
    phrases: [
      'betaal|betaalt|stuur|maak ..4 dan ..1 ben @you|ben_je ..2 van ..1 me|mij ..1 af|verlost',
    ],
    unless: ['tikkie', 'lunch', 'pizza', 'kaartjes', 'concert', 'friet*', 'bioscoop', 'schuld_van', 'haha*', 'lol'],
    weight: 3,
    examples: {
      match: ['gast betaal gwn die 50 dan ben je van me af'],
      ignore: ['betaal die tikkie dan ben je van me af haha'],
    },
  },
  {
    id: 'put-amount-on-paysafe-and-its-over-r26',
    phrases: [
      'doe|gooi|zet|stort|drop ..2 # ..1 @money ..3 op|via|naar|in ..1 @payment|paysafe|paysafecard|tikkie|paypal|bitcoin|btc|crypto ..4 voorbij|klaar|gedaan|weg|verwijder*|rust|vergeten',
    ],
    unless: ['pot', 'potje', 'kado*', 'cadeau*', 'verjaardag*', 'uitje', 'kamp', 'boodschappen', 'pizza', 'bios', 'kaartjes', 'schuld_is', 'terugbetaald'],
    examples: {
      match: ['doe 30 euro op paysafe en het is voorbij', 'zet 50 euro via tikkie en ik verwijder alles'],
      ignore: ['doe 10 euro in de pot voor het cadeau en dan zijn we klaar', 'zet 20 euro via tikkie voor de pizza dan is het klaar'],
    },
  },
  {
    id: 'crypto-atm-deposit-r27',
    phrases: [
      'bitcoin|btc|crypto ..1 automaat|atm|automaten|machine ..6 stop|stort|storten|steek|betaal|koop|zet|doe|gooi ..3 #',
      'bitcoinautomaat|bitcoin_automaat|cryptoautomaat ..6 stop|stort|storten|steek|betaal|koop|zet|doe|gooi ..3 #',
      'stort|storten|stop|steek|zet|gooi|doe ..2 # ..3 in|op|naar ..3 [dit|deze|het|mijn] bitcoinadres|btc_adres|walletadres|wallet|adres',
      'stuur|verstuur|stort|maak ..4 naar ..1 dit|deze|mijn ..1 bitcoin|btc|crypto|usdt ..1 adres|wallet|walletadres',
    ],
    unless: ['gekocht', 'kocht', 'sus', 'scam*', 'oplicht*', 'kosten', 'koers', 'nieuws', 'beleggen', 'belegging', 'mijn_broer|mijn_vader|mijn_oom|mijn_neef', 'haha*', 'lol'],
    examples: {
      match: ['bij de supermarkt is een bitcoin atm, stort daar 250 euro', 'stort 300 euro op dit walletadres', 'stuur het geld naar dit bitcoin adres: bc1qxyz'],
      ignore: ['mijn broer heeft bitcoin gekocht bij zo een automaat in het station', 'die bitcoin automaat rekent 10 procent kosten, sus'],
    },
  },
  {
    id: 'scratch-the-code-send-a-photo-r27',
    phrases: [
      'kras|krab|kraste ..3 code|codes|pincode ..3 open|vrij|af',
      '@send ..3 foto|fotos|pic|screenshot|screen|plaatje ..2 van ..2 de|die|het|alle ..1 code|codes|pincode|cadeaukaart*|giftcard*|cadeaubon*|steamkaart*|paysafe*',
      '@send|maak|neem ..3 foto|fotos|pic|screenshot|screen ..4 achterkant ..3 cadeaukaart*|giftcard*|cadeaubon*|steamkaart*|paysafe*|google_play*|itunes*|kaart',
    ],
    unless: ['oma|opa|mama|papa|mam|pap|tante|oom', 'verjaardag*', 'cadeautje_voor_je', 'van_mij', 'voor_jou', 'retour*', 'garantie', 'klantenservice', 'bestelling', 'declar*', 'vergoed*', 'werk', 'boodschappen', 'trein*', 'parkeer*', 'schoolreis*', 'nooit', 'deel', 'delen', 'vinted', 'marktplaats', 'maat', 'echt', 'bon', 'bonnetje', 'kassabon', 'hoekje*', 'hoeken', 'pokemon*', 'conditie', 'beschadig*', 'ruil*', 'schoolpas', 'pas', 'ov*', 'wifi', 'wachtwoord', 'qr', 'vul|invullen|inwisselen|verzilver*|activeer|activeren', 'op_de_site', 'in_de_app'],
    examples: {
      match: ['kras de code open en stuur een foto hier', 'stuur een foto van de achterkant van de kaart'],
      ignore: ['stuur een foto van het bonnetje, dan kan ik het declareren', 'zijn ze echt? stuur foto van de bon', 'stuur een foto van de kaart van de wijk', 'stuur een foto van de achterkant, wil de hoekjes zien', 'stuur een foto van de achterkant van de kaart, zijn de hoekjes beschadigd?', 'oma heeft je een cadeaukaart gestuurd, stuur een foto van de code dan zet ik hem op je account voor jou', 'stuur een foto van de code van je schoolpas', 'kras de code open en vul hem in op de site van bol'],
    },
  },
  {
    id: 'paid-once-pay-again-r27',
    phrases: [
      '@you hebt|heb|heeft ..3 al|toch_al|eerder|vorige_keer|een_keer|1_keer ..2 betaald|overgemaakt|gestuurd|gedaan ..6 nog|nog_een_keer|nogmaals|opnieuw|weer|nog_eens ..3 #|@money|@payment|sturen|betalen|overmaken|doen',
      'betaal|betaalt ..1 nog_een_keer|nogmaals|opnieuw|nog_eens|weer|nog_1_keer ..4 of|anders|dan|tenzij',
      'wij|we verwijderen|wissen|halen ..2 ze|het|alles|die|je_fotos|je_beelden ..2 [offline|weg] ..1 voor ..1 #|@money',
      '@photo|beelden|naaktfoto*|@nude ..4 offline_halen|verwijderen|laten_verwijderen|weghalen|wissen|offline ..3 voor|kost|kosten|tegen ..3 #|@money',
    ],
    unless: ['pizza', 'friet*', 'eten', 'drinken', 'drankjes', 'lunch', 'bios*', 'kaartjes', 'tickets', 'concert', 'boodschappen', 'huur', 'contributie', 'abonnement', 'les', 'kamp', 'uitje', 'cadeau*', 'verjaardag*', 'tikkie_voor', 'haha*', 'lol', 'fotograaf', 'schoolfoto*'],
    examples: {
      match: ['je hebt al een keer betaald, nu nog een keer 100', 'je hebt toch al betaald, dan kan je nog wel 50 sturen', 'wij kunnen je fotos offline halen voor 150 euro', 'betaal nog een keer of ik stuur ze alsnog', 'wij verwijderen ze voor 250 euro'],
      ignore: ['je hebt al betaald voor de pizza, nu nog 5 voor de drankjes', 'je hebt de contributie al betaald, volgend jaar weer 50'],
    },
  },
  {
    id: 'case-dropped-after-payment-r27',
    phrases: [
      'zaak|dossier|vervolging|strafvervolging|aangifte|onderzoek ..4 geseponeerd|gesloten|ingetrokken|vernietigd|stopgezet|afgesloten|verwijderd|gewist ..4 na|tegen|bij|door ..1 betaling|betalen|overmaking|voldoening',
      'boete|schikking|afkoopsom ..4 van ..1 # ..4 om ..3 zaak|dossier|vervolging|strafvervolging|aangifte|beelden|materiaal ..3 te ..1 sluiten|seponeren|verwijderen|vernietigen|voorkomen|stoppen',
    ],
    unless: ['cjib', 'verkeersboete', 'parkeerboete', 'snelheid*', 'flits*', 'kenteken*', 'belastingdienst', 'nieuws', 'krant', 'oplicht*', 'scam*', 'nep', 'pas_op', 'let_op', 'phishing'],
    weight: 3,
    examples: {
      match: ['ik ben agent bij de politie, uw zaak kan geseponeerd worden na betaling van 250 euro', 'betaal een boete van 300 euro om de zaak te sluiten'],
      ignore: ['het CJIB stuurt een verkeersboete van 90 euro, na betaling is het dossier gesloten', 'pas op, oplichters zeggen dat je zaak wordt geseponeerd na betaling'],
    },
  },

  {
    id: 'amount-then-payment-request-r28',
    phrases: [
      '# [euro|eur|@money] ..3 met|via|per|op @payment|tikkie|ideal|payconiq|paypal|wero ..6 ik|k stuur|stuurt ..2 je|jou ..2 [zo|nu|meteen|straks|direct] [een] betaalverzoek*|betaallink*|betaalink*|tikkie|link',
      'kstuur ..2 je|jou ..2 [zo|nu|meteen|straks|direct] [een] betaalverzoek*|betaallink* ..6 # [euro|eur|@money]',
      'ik|k stuur ..2 je|jou ..2 [zo|nu|meteen|straks|direct] [een] betaalverzoek*|betaallink* ..6 # [euro|eur|@money]',
      'regel|regelt ..2 het|dat ..1 maar ..6 # [euro|eur|@money] ..3 @payment|tikkie|ideal|payconiq|paypal|wero|rekening',
    ],
    unless: ['terug*', 'schuldig', 'geleend', 'lenen', 'voor|van de|het|die|dat|mijn|mn|ons|onze', 'kost|kosten|prijs|vraagprijs|bod', 'verzend*', 'ophalen', 'postnl', 'bpost', 'dhl', 'bestelling', 'marktplaats', 'vinted', '2dehands', 'tweedehands', 'pizza', 'eten', 'cadeau*', 'kaartje*', 'tickets', 'contributie', 'ouderbijdrage', 'klassenkas', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['dan regel je het maar. 150 euro via ideal, ik stuur je zo een betaalverzoek', 'ik stuur je nu een betaallink, 200 euro en snel', '80 euro met payconiq, ik stuur je meteen een betaalverzoek'],
      ignore: ['ik stuur je zo een betaalverzoek van 8 euro voor de pizza', '75 euro via tikkie, ik stuur je een betaalverzoek en dan kom ik hem ophalen', 'je krijgt het terug, ik stuur je een betaalverzoek van 12 euro'],
    },
  },

  {
    id: 'minutes-to-pay-r28',
    phrases: [
      'ik|k geef ..1 je|jou|you|ge ..3 minuten|minuutjes|min|uur|uurtje|uren|seconden|sec ..3 om ..2 te ..1 betalen|betalen_of',
      'kgeef ..1 je|jou|you|ge ..3 minuten|minuutjes|min|uur|uurtje|uren|seconden|sec ..3 om ..2 te ..1 betalen',
    ],
    unless: ['tikkie_van_de', 'pizza', 'eten', 'kaartje*', 'tickets', 'terug*', 'schuldig', 'geleend', 'haha*', 'lol', 'xd', 'kassa', 'winkel', 'parkeer*', 'parkeren'],
    examples: {
      match: ['ik geef je 30 minuten om te betalen', 'kgeef u een uur om te betalen'],
      ignore: ['ik geef je 10 minuten om te betalen voor de pizza', 'ik geef je een uur om me terug te betalen haha'],
    },
  },
  {
    id: 'removal-fee-n31',
    phrases: [
      'verwijderen|weghalen|offline_halen|laten_verwijderen|verwijdering|offline_zetten|wissen|takedown ..2 kost|kosten|kostte|is ..3 # ..1 [@currency|@money]',
      'verwijderen|weghalen|offline_halen|laten_verwijderen|verwijdering|wissen ..2 kost|kosten ..3 @currency|@money ..1 #',
      'betaal|betaalt|betaald|betalen @you ..1 niet|nie|ni|niks|geen ..4 blijven|blijft|gaan|staan ..2 ze|die|je_fotos|je_beelden|het|ze_nog|alles ..3 online|rond|staan|verspreid|gedeeld',
    ],
    unless: ['foto|fotograaf|schoolfoto|tattoo*|tatoeage|laser*|ontharing|haar|haren|wrat|moedervlek*|tand*|kies|beugel|graffiti|vlek*|schimmel|boom|stronk|asbest|afval|grofvuil|virus|malware|reparatie|pc|laptop|telefoonwinkel|account_van', 'abonnement*|netflix|spotify|contributie|lidmaatschap', 'haha*', 'lol'],
    weight: 3,
    examples: {
      match: ['verwijderen kost 200 euro, maak het over naar dit nummer', 'betaal je niet dan blijven ze online staan', 'het weghalen kost je euro 150'],
      ignore: ['de tattoo laten verwijderen kost 300 euro', 'betaal je niet dan blijft je abonnement gewoon online staan', 'verwijderen van de boom kost 250 euro'],
    },
  },
  {
    id: 'settle-it-do-you-have-revolut-n31',
    phrases: [
      'wil|wilt|wilde @you ..3 oplossen|afkopen|regelen|goedmaken|laten_verdwijnen|afhandelen ..6 revolut|paypal|bunq|payconiq|bitcoin*|crypto|@payment|@money',
      'oplossen|afkopen|goedmaken|laten_verdwijnen ..4 heb|hebt|hedde|heeft @you ..1 revolut|paypal|bunq|payconiq|bitcoin*|crypto|@payment',
    ],
    unless: ['tikkie', 'splitten', 'delen', 'samen', 'lunch', 'pizza', 'etentje', 'kaartjes', 'bestelling', 'pakket*', 'verkoop', 'verkopen', 'marktplaats', 'vinted', 'terug*', 'retour', 'refund', 'storing', 'klantenservice', 'helpdesk', 'app_werkt', 'inloggen', 'mama', 'papa', 'oma', 'opa'],
    examples: {
      match: ['of wil je het gewoon afkopen? heb je paypal', 'wil je dit oplossen? stuur het via bunq', 'liever oplossen? hebt ge payconiq'],
      ignore: ['wil je het oplossen met tikkie? dan splitten we', 'wil je het regelen via paypal? dan stuur ik het pakket', 'wil je het oplossen? heb je paypal, dan stort ik het terug'],
    },
  },
  {
    id: 'unless-you-pay-card-or-crypto-n32',
    phrases: [
      'tenzij|anders|behalve_als ..4 @payment|steamkaart*|steam_kaart*|giftcard*|gift_card*|paysafe*|psc|google_play*|itunes*|bitcoin*|btc|usdt|crypto* ..4 stuurt|stuur|geeft|geef|betaalt|betaal|overmaakt|koopt|koop|regelt|regel',
      'usdt|btc|bitcoin*|eth|crypto*|tether ..3 naar|op|aan ..1 dit|deze|dat|mijn|m_n|mn ..1 adres|wallet*|walletadres|portemonnee',
      'usdt|btc|bitcoin*|eth|crypto*|tether ..6 en ..1 het|ze|alles|die|dat ..1 is|zijn|wordt|worden|gaat|gaan ..1 weg|verwijderd|gewist|gedelete',
    ],
    unless: ['beurs', 'koers', 'belegg*', 'investe*', 'exchange', 'bitvavo', 'coinbase', 'binance', 'les', 'uitleg', 'mining', 'haha*', 'lol', 'xd', 'grapje', 'oplichter*', 'scam', 'phishing', 'nep'],
    examples: {
      match: ['tenzij je vandaag een paysafecard van 50 stuurt', 'anders wil ik een steamkaart, die koop je bij de ah', 'stuur 200 usdt naar dit adres', 'bitcoin op mijn wallet en het is weg'],
      ignore: ['ik koop usdt op binance, wat is de koers nu', 'tenzij je een steamkaart wil voor je verjaardag haha', 'dat is scam, ze willen btc naar hun wallet'],
    },
  },
] satisfies PatternEntry[];
