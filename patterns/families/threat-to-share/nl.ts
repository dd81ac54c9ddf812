import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      'ik|k stuur|stuurt|post|zet|deel|verspreid|lek|leak|upload|plaats|gooi|app|tag ..5 naar|aan|met|op|in|bij|onder al|alle|heel je|jouw|uw|your @audience',
      'kstuur|kstuurt|kpost|kzet|kdeel|kverspreid|klek|kleak|kupload|kplaats|kgooi|kapp|ktag ..5 naar|aan|met|op|in|bij|onder al|alle|heel je|jouw|uw|your @audience',
      'ik|k stuur|stuurt|post|zet|deel|verspreid|lek|leak|upload|plaats|gooi|app|tag ..5 naar|aan|met je|jouw|uw|your @crowd',
      'kstuur|kstuurt|kpost|kzet|kdeel|kverspreid|klek|kleak|kupload|kplaats|kgooi|kapp|ktag ..5 naar|aan|met je|jouw|uw|your @crowd',
      'stuur|post|zet|deel|verspreid|lek|leak|upload|plaats|gooi|tag ik ..5 naar|aan|met|op|in|bij al|alle|heel je|jouw|uw|your @audience',
      'stuur|post|zet|deel|verspreid|lek|leak|upload|plaats|gooi|tag ik ..5 naar|aan|met je|jouw|uw|your @crowd',
      'ik|k stuur|stuurt|post|deel|verspreid|lek|leak|app ..1 je|jouw|uw|die|de|deze|al_je|alle ..1 @photo|@nude|naaktfoto*|chats|gesprekken|screenshots|beelden ..3 naar|aan je|jouw|uw @audience',
      'kstuur|kstuurt|kpost|kdeel|kverspreid|klek|kleak|kapp ..1 je|jouw|uw|die|de|deze|al_je|alle ..1 @photo|@nude|naaktfoto*|chats|gesprekken|screenshots|beelden ..3 naar|aan je|jouw|uw @audience',
      'gaat|gaan [de|die|je|jouw|deze|al_je] @photo|@nude|alles ..2 naar [al|alle] je|jouw|uw [@app] @audience',
      'ik|k ga|zal|wil ..3 delen|sturen|posten|verspreiden|doorsturen|lekken|versturen ..2 met|naar|aan|op [al|alle|heel] je|jouw|uw [hele|heel] @audience',
      'kga|kzal|kwil ..3 delen|sturen|posten|verspreiden|doorsturen|lekken|versturen ..2 met|naar|aan|op [al|alle|heel] je|jouw|uw [hele|heel] @audience',
      'ik|k stuur|stuurt|post|deel|verspreid|lek|leak|app|verstuur ..5 naar|aan|met|op|in|bij al|alle je|jouw|uw @app @audience',
      'kstuur|kstuurt|kpost|kdeel|kverspreid|klek|kleak|kapp|kverstuur ..5 naar|aan|met|op|in|bij al|alle je|jouw|uw @app @audience',
      'of|anders|tenzij ..2 stuur|app|post ik ..4 naar|aan je|jouw|uw @audience',
      'ik|k ga|zal ..5 naar|aan|met|op|in ..1 [al|alle|heel] je|jouw|uw|your @crowd ..2 sturen|posten|zetten|delen|verspreiden|lekken|leaken|uploaden|plaatsen|gooien|appen',
      'kga|kzal ..5 naar|aan|met|op|in ..1 [al|alle|heel] je|jouw|uw|your @crowd ..2 sturen|posten|zetten|delen|verspreiden|lekken|leaken|uploaden|plaatsen|gooien|appen',
      'ik|k stuur|stuurt|post|deel|verspreid|lek|leak ..5 naar|aan|met ..1 iedereen|iedereen_die_je_kent|de_hele_school|heel_je_school|al_je_vrienden',
      'kstuur|kstuurt|kpost|kdeel|kverspreid|klek|kleak ..5 naar|aan|met ..1 iedereen|iedereen_die_je_kent|de_hele_school|heel_je_school|al_je_vrienden',
      'naar|aan|met|voor al|alle je|jouw|uw|your @audience ..2 [ge|op] stuurd|gestuurd|sturen|posten|gepost|delen|gedeeld|verspreiden|verspreid',
      'naar|aan|met|voor je|jouw|uw|your @crowd ..2 [ge|op] stuurd|gestuurd|sturen|posten|gepost|delen|gedeeld|verspreiden|verspreid',
      'stuur|stuurt|post|zet|deel|verspreid ..4 naar|aan|op|met|in je|jouw|uw hele|heel school|klas|familie|stad|dorp|straat|vriendengroep|team|club',
      'ik|k verspreid|lek|leak|publiceer ..2 je|jouw|uw|die|de|deze|al_je|alle ..1 @photo|@nude|naaktfoto*|beelden|chats|berichten|gesprekken|video',
      'kverspreid|klek|kleak|kpubliceer ..2 je|jouw|uw|die|de|deze|al_je|alle ..1 @photo|@nude|naaktfoto*|beelden|chats|berichten|gesprekken|video',
      'ik|k deel|post|upload|verspreid|lek|leak|publiceer ..2 je|jouw|uw|die|de|al_je ..1 @nude|naaktfoto*|naaktvideo*|nudes',
      'kdeel|kpost|kupload|kverspreid|klek|kleak|kpubliceer ..2 je|jouw|uw|die|de|al_je ..1 @nude|naaktfoto*|naaktvideo*|nudes',
      'ziet|zien|krijgt|krijgen [heel|hele|al|alle] je|jouw|uw @audience ..3 @nude|te_zien',
      'ziet|zien|krijgt|krijgen [heel|hele|al|alle] je|jouw|uw @audience ..2 je|jouw @photo',
      'je|jouw|uw @audience ..3 krijgen|krijgt|ontvangen|ontvangt|zien|ziet ..2 @nude',
      'je|jouw|uw @audience ..3 krijgen|krijgt|ontvangen|ontvangt|zien|ziet ..1 je|jouw @photo',
      'wil|wilt je|jij|ge ..2 dat ..1 [heel|al] je|jouw|uw @audience ..4 ziet|zien|krijgt|krijgen|ontvangt|ontvangen',
      'ik|k tag ..3 je|jouw|uw @audience',
      'ktag ..3 je|jouw|uw @audience',
      'ik|k verstuur|doorstuur|forward ..5 naar|aan ..1 [al|alle|heel] je|jouw|uw|iedereen @audience',
      'kverstuur|kdoorstuur|kforward ..5 naar|aan ..1 [al|alle|heel] je|jouw|uw|iedereen @audience',
      'naar|aan iedereen ..3 je|jouw|uw ..1 contacten|contactenlijst|volgers|vriendenlijst|telefoon|school|klas',
      'stuur|post|zet|deel|gooi|plaats ik|k ..5 groepsapp*|groepschat*|klassenapp*|klassengroep*|groepsgesprek* ..2 van je|jouw|uw @crowd',
      'ik|k stuur|post|zet|deel|gooi|plaats ..5 groepsapp*|groepschat*|klassenapp*|klassengroep*|groepsgesprek* ..2 van je|jouw|uw @crowd',
      '@photo|materiaal|beeldmateriaal|alles|beelden|opname*|opnamen|naaktfoto*|@nude ..3 wordt|worden|zal|zullen ..5 verspreid|gedeeld|gestuurd|verstuurd|gepubliceerd|gelekt|doorgestuurd|geupload|gepost ..3 naar|onder|aan|met|op ..2 [al|alle|heel] je|jouw|uw|you @audience',
      '@photo|materiaal|beeldmateriaal|alles|beelden|opname*|opnamen|naaktfoto*|@nude ..3 wordt|worden|zal|zullen ..5 verspreid|gedeeld|gestuurd|verstuurd|gepubliceerd|gelekt|doorgestuurd|geupload|gepost ..3 naar|onder|aan|met ..1 iedereen',
      'al|alle je|jouw|uw @audience ..4 krijgen|krijgt|zien|gaan|gaat|zullen ..3 zien|te_zien|ontvangen',
      'je|jouw|uw @audience ..3 krijgen|krijgt ..3 te_zien|ontvangen',
      'je|jouw|uw @audience ..2 gaan|gaat|zullen|zal ..1 het|ze|alles|dit|dat|die ..1 zien|ontvangen',
    ],
    unless: ['ze|zij|hij wilde|wou|vroeg|vraagt|wil ..2 die|ze|dat|het|deze', 'diploma*', 'uitreiking*', 'afstudeer*', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'zal|kan|mag|moet ik ..4 naar|aan|met|op|in', 'bruiloft', 'foto_s_van_de', 'fotos_van_de', 'cijfer*', 'rapport*', 'brief', 'mail', 'email', 'e_mail', 'dan_weet_ze', 'dan_weten_ze', 'dat_je_komt', 'komt_eten', 'uitnodiging*', 'huiswerk', 'ouderavond', 'verjaardag*', 'feest', 'reis', 'vakantie', 'trip', 'kaartje', 'taart', 'verrassing*', 'locatie', 'adres', 'oma_wil', 'ook_even', 'groepsfoto', 'grapje', 'haha*', 'lol', 'kapsel', 'jurk', 'outfit', 'vroeg|vraagt|wilde|wil ..1 erom|ernaar', 'fotoboek*', 'fotoalbum*', 'fotolijst*', 'naar iedereen in|op de klassenapp*|klasapp*|klasgroep*|klassengroep*|groepsapp*|groepschat*|teamapp*'],
    examples: {
      match: ['en die deel ik dan in de groepsapp van je klas', 'Dit materiaal wordt binnen 24 uur verspreid onder uw contacten', 'de video wordt morgen gedeeld met al je volgers', 'als je me blokt stuur ik ze naar je school en je mentor', 'betaal of ik stuur het naar al je volgers', 'ik stuur je nudes naar je ouders als je niet nog meer stuurt', 'anders stuur ik alles naar je moeder', 'ik ga het naar al je vrienden sturen', 'je vader krijgt ze te zien', 'al je volgers gaan het zien'],
      ignore: ["ik stuur die foto's naar je moeder, ze wilde die van de diploma-uitreiking", 'ik stuur je foto naar je moeder, ze vroeg erom voor het fotoboek', 'ik deel de fotos van de reis in de groepsapp van je klas', 'de informatie wordt per mail verstuurd naar je ouders', 'de rapporten worden gedeeld met je ouders', 'ik stuur het rapport naar je ouders', 'ik stuur de fotos van de reis naar je moeder', 'ik stuur het naar je moeder, dan weet ze dat je komt', 'ik stuur die foto van jou met je beugel naar mama', 'ik stuur hem naar iedereen in de klasgroep'],
    },
  },
  {
    id: 'post-it-online',
    phrases: [
      'ik|k zet|post|gooi|plaats|upload|deel|lek|leak|verspreid ..1 je|jouw|uw|alles|jou ..4 online|op_internet|op_het_internet|op_social*|op_instagram|op_instagram|op_snap|op_tiktok|op_twitter|op_x|op_reddit|op_pornhub|op_porn*|op_je_story|op_jouw_account|op_je_eigen|openbaar|viral|rond|overal|porn*|pornhub|xhamster|xvideos|onlyfans',
      'ik|k zet|post|gooi|plaats|upload|deel|lek|leak|verspreid ..1 ze|het|hem|die|deze|dat|dit|da|t ..4 online|op_internet|op_het_internet|op_pornhub|op_porn*|op_je_story|op_jouw_account|op_je_eigen|openbaar|viral|rond|overal|porn*|pornhub|xhamster|xvideos|onlyfans',
      'kzet|kpost|kgooi|kplaats|kupload|kdeel|klek|kleak|kverspreid ..1 je|jouw|uw|alles ..4 online|op_internet|op_het_internet|op_social*|op_instagram|op_instagram|op_snap|op_tiktok|op_twitter|op_x|op_reddit|op_pornhub|op_porn*|op_je_story|op_jouw_account|op_je_eigen|openbaar|viral|rond|overal|porn*|pornhub|xhamster|xvideos|onlyfans',
      'kzet|kpost|kgooi|kplaats|kupload|kdeel|klek|kleak|kverspreid ..1 ze|het|hem|die|deze|dat|dit ..4 online|op_internet|op_het_internet|op_pornhub|op_porn*|op_je_story|op_jouw_account|op_je_eigen|openbaar|viral|rond|overal|porn*|pornhub|xhamster|xvideos|onlyfans',
      'ik|k ..3 online|op_internet|openbaar|viral|overal|op_pornhub|op_porn* ..1 zet|post|gooi|plaats|zetten|posten|gooien|plaatsen|delen|verspreid|verspreiden',
      'zet|post|gooi|plaats|upload|deel|lek|leak|verspreid ik ..4 online|op_internet|openbaar|viral|rond|overal|op_pornhub|op_porn*|op_je_eigen|op_je_story|op_jouw_account|op_je_account|op_jouw_instagram|op_je_instagram|op_instagram|op_snap|op_tiktok|op_social*|op_twitter|op_reddit',
      'anders|tenzij ..4 gaat|gaan|komt|komen ..3 online|op_internet|viral|rond|overal|naar_iedereen|openbaar|op_pornhub',
      'je|jouw|uw ..1 naaktfoto*|nudes|naakt*|naaktvideo*|blote ..3 gaan|gaat|komen|komt ..3 online|op_internet|viral|rond|overal|openbaar|op_pornhub',
      'dan|anders|tenzij ..1 gaat|gaan alles|de_video|de_fotos|je_fotos|je_nudes|die_video|die_fotos|de_beelden|het_filmpje ..2 naar [al|alle] je|jouw|uw|iedereen',
      'anders|tenzij|of ..1 gaan|gaat ..1 ze|het|hij|die|deze|alles ..2 naar [al|alle] je|jouw|uw @audience',
      'wil|wilt je|jij ..3 dat ik ..3 viral|naar_je_ouders|naar_iedereen|naar_je_moeder|naar_je_vader|naar_je_vrienden|op_pornhub ..1 zet|post|stuur|gooi|plaats|deel',
    ],
    unless: ['clutch', 'clip*', 'highlight*', 'montage', 'gameplay', 'tag_me', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'zelf', 'planning', 'leuk*', 'mooi*', 'grappig*', 'website', 'rooster', 'uitnodiging*', 'brief', 'rapport*', 'cijfer*', 'uitslag', 'link', 'youtube', 'schoolsite', 'website_van_school', 'groepsapp', 'reis', 'vakantie', 'feest', 'uitje', 'klassenfoto', 'huiswerk', 'meme*', 'haha*', 'lol', 'grapje', 'grap', 'kapsel', 'recept', 'tekening', 'spreekbeurt', 'filmpje_van_de', 'podcast', 'vlog'],
    examples: {
      match: ['anders gaan ze naar je ouders', 'anders post ik je fotos op je eigen account', 'ik zet het online', 'wil je dat ik hem online zet?', 'je nudes gaan viral', 'anders gaat alles naar je moeder en je vrienden', 'ik zet je video op pornhub', 'ik zet je fotos op tiktok'],
      ignore: ['anders zet ik het zelf wel online, de planning bedoel ik', 'anders gaat het naar je klas, de uitnodiging bedoel ik', 'ik zet de fotos van de reis in de groepsapp', 'ik heb je foto online gezet op de schoolsite', 'zet het filmpje online haha', 'ik zet hem op tiktok'],
    },
  },
  {
    id: 'everyone-will-see',
    phrases: [
      'iedereen ..2 op|van|in|uit|bij je|jouw|uw ..3 gaat|zal|krijgt|gaan|zullen ..3 zien|te_zien|ontvangen',
      'heel|hele|je_hele ..1 school|klas|stad|internet|familie ..4 gaat|zal|krijgt|krijgen|gaan|zullen ..3 zien|te_zien|ontvangen',
      'dan ..1 ziet|krijgt iedereen ..3 je|jou|jouw ..1 @nude|@photo|lichaam|naakt*',
      'iedereen gaat|zal|krijgt ..3 je|jou|jouw ..2 naakt*|nudes|blote|@nude',
      'ik maak ..2 je|jouw ..1 leven ..2 kapot|zuur|tot_een_hel|een_hel',
      'ik ruineer ..2 je|jouw',
      'ik|k maak ..1 je|jou ..1 kapot ..2 online|op_internet|op_social*|op_instagram|op_school',
      'kmaak ..1 je|jou ..1 kapot ..2 online|op_internet|op_social*|op_instagram|op_school',
    ],
    unless: ['hangt|hangen|ophangen|opgehangen|hang ..4 kantine|aula|gang|prikbord|mediatheek|lokaal|klaslokaal|kantoor', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'optreden', 'voorstelling', 'musical', 'wedstrijd', 'presentatie', 'spreekbeurt', 'diploma', 'uitslag', 'verjaardag*', 'feest', 'haha*', 'lol', 'grapje', 'kapsel', 'outfit', 'jurk', 'schilderij', 'tekening', 'toneel*'],
    examples: {
      match: ['iedereen op je school gaat het zien', 'je hele familie gaat het zien', 'iedereen gaat je naaktfotos zien', 'ik maak je leven kapot'],
      ignore: ['de poster hangt morgen in de aula, de hele school gaat het zien', 'iedereen op je school gaat je optreden zien', 'de hele klas gaat het feest zien', 'iedereen gaat naar het feest'],
    },
  },
  {
    id: 'send-to-one-person',
    phrases: [
      'ik|k stuur|stuurt|app|verstuur ..3 naar|aan je|jouw|uw moeder|vader|mama|papa|mams|paps|mamma|pappa|ma|pa|moeke|vake|mam|pap|broer*|zus|zusje|opa|oma|vriendin|vriend|vriendje|ex|crush|mentor|juf|leraar',
      'kstuur|kstuurt|kapp|kverstuur ..3 naar|aan je|jouw|uw moeder|vader|mama|papa|mam|pap|broer*|zus|zusje|opa|oma|vriendin|vriend|vriendje|ex|crush|mentor|juf|leraar',
      'als je|jouw @audience ..2 die|dit|dat|deze|ze ..1 ziet|zien|leest|lezen|krijgt|krijgen',
      'stuur|app ik ..3 naar|aan je|jouw|uw moeder|vader|mama|papa|broer*|zus|zusje|opa|oma|vriendin|vriend|vriendje|ex|crush|mentor|juf|leraar',
      'of|anders moet|zal ik|k ..5 sturen|doorsturen|appen|laten_zien|tonen|posten|delen ..2 naar|aan je|jouw|uw @audience',
      'of|anders moet|zal ik|k ..5 naar|aan je|jouw|uw @audience ..3 sturen|doorsturen|appen|sturen|posten',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'cijfer*', 'rapport*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'vakantie', 'kaartje', 'verrassing*', 'locatie', 'adres', 'recept', 'dan_weet_ze', 'dan_weet_hij', 'dat_je_komt', 'haha*', 'lol', 'grapje', 'trots', 'gewonnen', 'vast_leuk', 'doelpunt', 'optreden', 'diploma', 'niet_ziet', 'niet_kan_zien', 'niet_komt', 'voorstelling', 'optreden', 'uitvoering', 'musical'],
    weight: 2,
    examples: {
      match: ['ik stuur het naar je moeder', 'dan stuur ik het naar je vriendje', 'of moet ik die van gisteren even doorsturen naar je zus?', 'anders zal ik het maar naar je vader sturen'],
      ignore: ['ik stuur het naar je moeder, dan weet ze dat je komt', 'ik stuur het recept naar je oma', 'of moet ik het adres naar je moeder sturen?'],
    },
  },
  {
    id: 'or-it-goes-online',
    phrases: [
      'of|anders|tenzij ..2 [je|jouw|uw|die|de|deze|dat|het|al_je] @photo|@nude|alles|naaktfoto* ..2 gaat|gaan|komt|komen|staat|staan|belandt|belanden|verschijnt|verschijnen ..3 online|viral|rond|overal|openbaar|op_internet|op_het_internet|op_twitter|op_tiktok|op_instagram|op_insta|op_snap|op_reddit|op_x|op_pornhub|op_straat|op_social*',
      'of|anders|tenzij ..1 gaat|gaan|komt|komen|staat|staan|belandt|belanden|verschijnt|verschijnen ..3 @photo|@nude|alles|naaktfoto* ..3 online|viral|rond|overal|openbaar|op_internet|op_het_internet|op_twitter|op_tiktok|op_instagram|op_insta|op_snap|op_reddit|op_pornhub|op_social*',
      'of|anders|tenzij ..2 [je|jouw|uw|die|de|deze|dat|het|al_je] @photo|@nude|alles|naaktfoto* ..2 gaat|gaan|komt|komen|staat|staan|belandt|belanden ..2 in|op ..2 groepschat*|groepsapp*|groepsgesprek*|klassengroep*|klassenapp*|story|tijdlijn|feed',
      '@photo|@nude|naaktfoto*|alles ..4 op|naar ..2 porn*|pornhub|xvideos|xhamster|onlyfans|seksite*|sekssite*|sexsite*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'weet*', 'vraag*', 'vroeg', 'check*', 'kijk', 'kijken', 'benieuwd', 'twijfel*', 'hoop', 'hopelijk', 'leuk*', 'grappig', 'klassenfoto', 'reis', 'vakantie', 'feest', 'les', 'docu*', 'nieuws', 'artikel', 'onderzoek', 'voorlichting', 'verslaving', 'verboden', 'strafbaar'],
    examples: {
      match: ['of je nudes komen in de groepschat van je klas', 'stuur 0.01 btc of de video gaat viral op twitter', 'anders staan je fotos online', 'of je video staat op alle pornosites', 'ik zet je vid op pornhub'],
      ignore: ['ik weet niet of de video al online staat', 'haha je video gaat viral', 'we hadden een les over porno en verslaving'],
    },
  },
  {
    id: 'they-all-get-it',
    phrases: [
      'ze|zij ..1 krijgen|ontvangen|zien ..1 allemaal ..2 [de|die|je|jouw|deze|dat|het] video|videos|vid|filmpje*|nudes|naaktfoto*|opname*|beelden|fotos|foto_s',
      'iedereen ..1 krijgt|ontvangt|ziet ..2 [de|die|je|jouw|deze|dat|het] video|vid|filmpje*|nudes|naaktfoto*|opname*|beelden',
      'niet|geen|nie ..1 betaald|betaling|betalen|geld|gestuurd ..5 iedereen|heel_je|je_hele|al_je|je_ouders|je_moeder|je_vader ..3 ziet|zien|krijgt|krijgen|ontvangt|ontvangen',
      'niet|geen|nie ..1 betaald|betaling|betalen|geld|gestuurd ..5 ziet|zien|krijgt|krijgen|ontvangt|ontvangen ..1 iedereen|heel_je|je_hele|al_je|je_ouders|je_moeder|je_vader',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'van_de', 'van_het', 'van_onze', 'van_ons', 'feest', 'reis', 'vakantie', 'verjaardag*', 'bruiloft', 'diploma*', 'uitreiking', 'optreden', 'musical', 'toneel*', 'voorstelling', 'wedstrijd', 'les', 'link', 'mail', 'email', 'klassenfoto', 'schoolfoto*', 'groepsapp', 'haha*', 'lol', 'grapje', 'blut', 'brief', 'schoolreis*', 'boete', 'aanmaning', 'herinnering', 'rekening', 'contributie'],
    examples: {
      match: ['niet betaald binnen 30 min = iedereen ziet ze', 'geen geld? dan krijgt al je familie het', 'je vader, je zus, je oma. zij krijgen allemaal de video', 'iedereen krijgt je nudes'],
      ignore: ['niet betaald voor het schoolreisje? dan krijgen je ouders een brief', 'niet betaald voor de reis? dan ziet iedereen je niet op de lijst', 'geen geld meer, iedereen ziet dat ik blut ben haha', 'iedereen krijgt de video van de musical', 'ze krijgen allemaal de fotos via de mail'],
    },
  },
  {
    id: 'post-on-your-account',
    phrases: [
      'anders|of|tenzij ..3 post|zet|gooi|plaats|upload|deel ik|k ..4 op|in je|jouw|uw @app|story|account|profiel|feed|pagina|tijdlijn',
      'anders|of|tenzij ..1 ik|k ..1 post|zet|gooi|plaats|upload|deel ..4 op|in je|jouw|uw @app|story|account|profiel|feed|pagina|tijdlijn',
      'ik|k post|zet|gooi|plaats|upload|deel ..4 op|in je|jouw|uw @app|story|account|profiel|feed|pagina ..4 als|tenzij|zodra je|jij|ge ..3 niet|nie|ni',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verjaardag*', 'feest', 'reis', 'vakantie', 'groepsfoto', 'klassenfoto', 'meme*', 'link', 'recept'],
    examples: {
      match: ['je moet me 50 euro sturen of ik post hem op je story', 'stuur nog een video anders post ik de andere op je tiktok', 'ik zet het op je story als je niet betaalt'],
      ignore: ['zal ik de groepsfoto op je story zetten', 'of post ik de fotos van de reis op je insta?'],
    },
  },
  {
    id: 'we-will-send-it',
    phrases: [
      'sturen|posten|delen|verspreiden|versturen|publiceren|uploaden|lekken wij|we ..5 naar|aan|met|op al|alle|heel je|jouw|uw @audience',
      'wij|we ..2 sturen|posten|delen|verspreiden|versturen|publiceren|uploaden|lekken ..5 naar|aan|met|op al|alle|heel je|jouw|uw @audience',
      'wij|we ..3 naar|aan ..1 al|alle je|jouw|uw @audience ..2 sturen|posten|delen|verspreiden|versturen|publiceren',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'uitnodiging*', 'feest', 'verjaardag*', 'kaart*', 'verrassing*', 'link', 'rooster', 'nieuwsbrief', 'brief', 'rapport*', 'cijfer*', 'reis', 'vakantie', 'bruiloft', 'taart', 'ouderavond', 'informatie', 'info', 'foto_s_van_de', 'fotos_van_de'],
    examples: {
      match: ['als je niet betaalt sturen wij de beelden naar al je contacten', 'we sturen alles naar al je volgers'],
      ignore: ['we sturen de uitnodiging naar al je vrienden', 'wij sturen de fotos van de reis naar al je familie'],
    },
  },
  {
    id: 'or-your-people-get-it',
    phrases: [
      'anders|of|tenzij|dan ..1 krijgt|krijgen|ziet|zien|ontvangt|ontvangen ..1 [al|alle|heel] je|jouw|uw @audience ..2 de|die|je|jouw|deze|dat|het|alles|ze|hem ..1 [@photo|@nude|naaktfoto*|beelden|opname*|te_zien]',
      'anders|of|tenzij ..1 [al|alle|heel] je|jouw|uw @audience ..1 krijgen|krijgt|zien|ziet|ontvangen|ontvangt ..2 de|die|je|jouw|het|alles|ze|hem ..1 @photo|@nude|link|beelden|opname*|te_zien|alles',
      'op ..1 straat ..1 te ..1 liggen|ligt|komen',
      'anders|tenzij ..1 ligt|liggen|staat|staan|gaat|gaan ..1 het|t|m|em|hem|ze|alles|die|dat|hij ..3 bij|naar|onder ..1 iedereen|heel|hele|je|jouw|uw ..3 @crowd',
    ],
    unless: ['rooster', 'bedoel_ik', 'planning', 'huiswerk', 'verslag', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'van_de', 'van_het', 'van_onze', 'van_ons', 'feest', 'reis', 'vakantie', 'verjaardag*', 'bruiloft', 'diploma*', 'uitreiking', 'optreden', 'musical', 'toneel*', 'voorstelling', 'wedstrijd', 'goal', 'les', 'mail', 'email', 'klassenfoto', 'schoolfoto*', 'groepsapp', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'kaart*', 'trots', 'leuk*', 'dakloos', 'huur', 'woning', 'huisbaas', 'pizza', 'eten', 'taart', 'snoep', 'chips', 'rommel', 'kamer'],
    examples: {
      match: ['anders ligt het morgen bij iedereen op school', 'anders gaan ze naar heel je klas', 'betaal of uw ouders krijgen de link', 'of die ene van jou komt op straat te liggen', 'Betaal €250 met een bol.com cadeaukaart anders krijgt je moeder de video', 'anders ziet je hele klas alles', 'anders gaat t naar al je volgers'],
      ignore: ['anders ligt het feest morgen bij iedereen op school stil', 'anders gaat hij naar school met de fiets', 'ik ben bang dat ik op straat kom te staan als de huur omhoog gaat', 'dan krijgt je moeder de video van het optreden', 'anders krijgen je ouders de brief van school'],
    },
  },
  {
    id: 'veiled-threat',
    phrases: [
      'zonde|jammer|vervelend|balen|erg|sneu|naar ..4 als|wanneer ..3 [al|heel] je|jouw|uw|iedereen @audience ..3 ziet|zien|krijgt|krijgen|te_zien|ontvangt|ontvangen|leest|lezen',
      'wil|wilt je|jij|ge ..2 dat ik|k ..3 ze|het|die|deze|dat|alles|hem ..2 rondstuur|rondstuurt|rondsturen|verspreid|verspreiden|lek|lekken|leak|online_zet|online_zetten|openbaar_maak',
      'wat zou|zouden|zal|zullen|gaat|gaan je|jouw|uw @audience ..3 vinden|zeggen|denken|doen ..4 als ..3 @photo|@nude|filmpje*|chats|berichten|berichtjes|dit|dat|die|ze|deze ..3 ziet|zien|leest|lezen|krijgt|krijgen|onder_ogen',
      'stel ..1 je|jij|ge|you ..1 [eens|es|ff] voor ..2 dat|als ..1 [al|heel|hele] je|jouw|uw @audience ..4 ziet|zien|krijgt|krijgen|leest|lezen|onder_ogen|te_zien|ontvangt|ontvangen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'cadeau*', 'verrassing*', 'kamer', 'rommel', 'cijfer*', 'rapport*', 'toets*', 'feest', 'reis', 'vakantie', 'uitnodiging*', 'verjaardag*', 'link', 'huiswerk', 'aantekeningen', 'samenvatting', 'rooster', 'haha*', 'grapje', 'optreden', 'trots', 'voorstelling', 'musical', 'wedstrijd', 'diploma*', 'tekening*', 'van_de', 'van_het', 'schilderij', 'goal'],
    examples: {
      match: ['wat zou je moeder ervan vinden als ze die fotos van je ziet', 'wat zouden je vrienden zeggen als ze deze chats lezen', 'stel je voor dat je mentor die onder ogen krijgt', 'stel je eens voor dat al je volgers dit zien', 'weet je nog die fotos? ik zou het zonde vinden als je vader die ziet', 'ze zien er echt uit. wil je dat ik ze rondstuur?'],
      ignore: ['wat zou je moeder zeggen als ze je rapport ziet', 'stel je voor dat je moeder de rommel in je kamer ziet', 'wat zou je vader vinden van je nieuwe fiets', 'die video van je optreden, wat zouden je ouders ervan vinden als ze die zien, zo trots', 'zonde als je moeder je kamer zo ziet haha', 'wil je dat ik de uitnodiging rondstuur?'],
    },
  },
  {
    id: 'material-will-be-spread',
    phrases: [
      'wordt|worden|zal|zullen ..3 @photo|beeldmateriaal|beelden|opname*|opnamen|naaktfoto*|@nude|materiaal ..4 gepubliceerd|gelekt|verspreid|online_gezet|openbaar_gemaakt|doorgestuurd|rondgestuurd',
      '@photo|beeldmateriaal|beelden|opname*|opnamen|naaktfoto*|@nude|materiaal ..2 wordt|worden|zal|zullen ..4 gepubliceerd|gelekt|verspreid|online_gezet|openbaar_gemaakt|rondgestuurd',
      '@photo|beeldmateriaal|beelden|opname*|opnamen|naaktfoto*|@nude|materiaal ..3 wordt|worden ..2 naar|onder|aan|met ..1 iedereen|al_je|alle_je|je_ouders|je_familie|je_vrienden|je_volgers|je_contacten|je_school|je_klas|uw_contacten|uw_familie ..3 gestuurd|verstuurd|verspreid|gedeeld|doorgestuurd|gepost',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'school*', 'schoolapp', 'nieuwsbrief', 'website', 'krant', 'ouderportaal', 'reis', 'vakantie', 'feest', 'verjaardag*', 'bruiloft', 'mail', 'informatie', 'toestemming', 'privacy', 'wordt|worden|zal|zullen ..2 niet|nooit|nie|geen', 'niet|nooit verspreid|gedeeld|gepubliceerd|gelekt|gestuurd', 'klassenfoto', 'jaarboek', 'album', 'optreden', 'wedstrijd', 'nieuws', 'politie', 'haha*', 'lol'],
    examples: {
      match: ['als je niet betaalt worden de beelden verspreid onder al je volgers', 'de video wordt naar iedereen gestuurd als je niet reageert', 'tenzij u het gevraagde bedrag overmaakt worden de beelden gepubliceerd', 'je fotos worden morgen gelekt'],
      ignore: ['de fotos van de schoolreis worden gedeeld in het album', 'de beelden worden niet verspreid, maak je geen zorgen', 'de video van het optreden wordt naar iedereen gestuurd'],
    },
  },
  {
    id: 'it-goes-to-your-people-r4',
    phrases: [
      'of|anders|tenzij|dan ..1 het|ze|alles|die|dat|hij|deze|dit|da gaat|gaan ..2 naar [al|alle|heel] @your [hele|heel] @audience',
      'wordt|worden ..3 @photo|opname*|opnamen|beelden|beeldmateriaal|materiaal|naaktfoto*|@nude ..3 naar|aan|onder|met ..1 [al|alle|heel] @your [hele|heel] @audience ..2 gestuurd|verstuurd|verzonden|verspreid|gedeeld|doorgestuurd|gepost|gelekt|gemaild|geappt',
      '@photo|opname*|opnamen|beelden|beeldmateriaal|materiaal|naaktfoto*|@nude ..4 verzonden|verstuurd ..2 naar|aan|onder ..1 [al|alle] @your @audience',
      'anders|tenzij ..1 post|zet|gooi|plaats|deel|lek|leak|upload|verspreid ik|k ..6 online|op_internet|op_het_internet|openbaar|overal|viral|op_pornhub|op_social*',
      'rondsturen|rondstuur|rondstuurt|verspreiden|verspreid ..3 op|in|door|bij|naar|over ..1 [heel|hele|de|al|alle] @your [hele|heel] @crowd',
      'stuur|stuurt|sturen|gaan ..3 rond ..2 op|in|door|bij|naar|over ..1 [heel|hele|al|alle] @your [hele|heel] @crowd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'leuk*', 'mooi*', 'grappig*', 'website', 'rooster', 'uitnodiging*', 'brief', 'rapport*', 'cijfer*', 'uitslag', 'link', 'schoolsite', 'reis', 'vakantie', 'feest', 'uitje', 'klassenfoto', 'schoolfoto*', 'fotograaf', 'huiswerk', 'meme*', 'haha*', 'lol', 'grapje', 'grap', 'recept', 'tekening', 'spreekbeurt', 'verjaardag*', 'verrassing*', 'optreden', 'wedstrijd', 'nieuwsbrief', 'petitie', 'flyer*', 'enquete', 'zelf', 'kan|kun|kunt|wil|wilt|zou je|jij|ge ..2 de|dit|deze|het|die|ze ..2 rondsturen|rondstuur|verspreiden|doorsturen|rond', 'niet|nooit|nie ..2 verspreid|gestuurd|gedeeld|gepost|online'],
    examples: {
      match: ['betaal 150 of het gaat naar al je volgers', 'of ze gaan naar je hele klas', 'anders worden de opnames naar al uw contacten verzonden', 'dan wordt de video naar je ouders verstuurd', 'anders post ik al je prive berichten en fotos online', 'ik kan je gezicht op naaktfotos plakken en die rondsturen op je school', 'ik stuur ze rond in je klas'],
      ignore: ['kun je de uitnodiging rondsturen in je klas?', 'de schoolfotos worden naar je ouders gestuurd', 'of het gaat naar je oma, dat weet ik niet haha', 'anders zet ik de fotos van de reis zelf online', 'de beelden worden niet naar je ouders gestuurd'],
    },
  },
  {
    id: 'or-everyone-finds-out',
    phrases: [
      'anders|tenzij ..2 weet|weten|hoort|horen ..1 iedereen|heel|hele|al|alle|je|jouw|uw ..3 het|ervan|alles|wat_je|wat_jij',
      'anders|tenzij|of ..3 komt|komen ..1 iedereen|heel|hele|al|alle|je|jouw|uw ..3 erachter|achter|te_weten',
      'anders|tenzij|of ..1 iedereen|heel|hele|al|alle|je|jouw|uw ..2 komt|komen ..3 erachter|achter|te_weten',
      'dan ..1 weet|weten [morgen|straks] [heel|hele|al] @your [hele] @crowd ..3 wat_je|wat_jij|alles',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verrassing*', 'feest', 'cadeau*', 'verjaardag*', 'haha*', 'lol', 'grapje', 'uitslag', 'cijfer*', 'toets*', 'rapport*', 'huiswerk', 'zeg|vertel ..4 zelf', 'zeg|vertel het ..2 maar|gewoon|nou|zelf', 'roddel*', 'geheim_van_de', 'weet_iedereen_al'],
    weight: 2,
    examples: {
      match: ['200 euro voor vanavond, anders weet iedereen het', 'of iedereen komt het te weten', 'anders komen je ouders erachter', 'dan weet morgen je hele klas wat je gedaan hebt'],
      ignore: ['vertel het nou zelf, anders komt ze er toch achter', 'niet verklappen, anders weet iedereen het van het feest', 'anders weet iedereen je cijfer haha'],
    },
  },
  {
    id: 'your-contacts-receive-it',
    phrases: [
      'of|anders|tenzij|dan ..1 [al|alle|heel] @your [hele] @audience krijgt|krijgen|ontvangt|ontvangen|ziet|zien ..5 beelden|video|videos|vid|filmpje*|opname*|opnamen|nudes|naaktfoto*|@nude|screenshots|fotos|foto_s',
      'als|zodra @you ..2 niet|nie|ni ..2 betaalt|betaald|betaal|overmaakt|reageert|stuurt|antwoordt ..4 ontvangen|krijgen|zien|ontvangt|krijgt|ziet ..2 [al|alle|heel] @your [hele] @audience',
      'gaat|gaan|komt|komen het|ze|alles|die|dat|hij ..2 de_wereld_in|het_internet_op|het_net_op|de_groep_in|de_klassenapp_in|de_groepsapp_in',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'leuk*', 'mooi*', 'grappig*', 'website', 'rooster', 'uitnodiging*', 'brief', 'rapport*', 'cijfer*', 'uitslag', 'link', 'schoolsite', 'reis', 'vakantie', 'feest', 'uitje', 'klassenfoto', 'schoolfoto*', 'huiswerk', 'meme*', 'haha*', 'lol', 'grapje', 'verjaardag*', 'verrassing*', 'optreden', 'wedstrijd', 'musical', 'voorstelling', 'nieuws', 'nieuwtje', 'boete', 'aanmaning', 'herinnering', 'contributie', 'les', 'trots', 'niet|nooit|nie krijgen|zien|ontvangen'],
    examples: {
      match: ['maak 100 euro over of je moeder krijgt een mailtje met de beelden', 'Als u niet betaalt, ontvangen al uw contacten de video.', 'als ik vanavond niks hoor gaat het de wereld in'],
      ignore: ['als je niet betaalt krijgen je ouders een herinnering', 'anders zien je ouders de video van het optreden niet', 'dan gaat het nieuws de wereld in'],
    },
  },
  {
    id: 'you-know-what-happens',
    phrases: [
      'weet|weten|weet_je ..2 wat ..2 gebeurt|gaat_gebeuren|zal_gebeuren|dan_gebeurt ..3 als|wanneer|zodra @you ..2 niet|nie|ni|niks ..1 betaalt|stuurt|doet|reageert|antwoordt|luistert|overmaakt|gehoorzaamt',
      'blijft|blijven ..2 bij_mij|tussen_ons|prive ..2 tenminste|zolang|als ..2 @you ..3 doet|betaalt|stuurt|luistert|meewerkt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'grapje', 'huiswerk', 'toets*', 'cijfer*', 'juf', 'meester', 'mentor', 'school', 'les', 'trainer', 'coach', 'training', 'boete', 'rekening', 'factuur', 'mama|papa|mam|pap', 'verrassing*', 'feest'],
    weight: 2,
    examples: {
      match: ['je weet wat er gebeurt als je niet betaalt', 'die video van jou blijft bij mij, tenminste als je doet wat ik zeg'],
      ignore: ['je weet wat er gebeurt als je niet betaalt, dan krijg je een boete', 'je weet wat er gebeurt als je je huiswerk niet doet haha'],
    },
  },
  {
    id: 'ready-to-send-r4',
    phrases: [
      'of|anders ..3 je|jij bent|ben ..2 je|jouw ..1 reputatie|naam|vrienden|leven ..1 kwijt',
      '@photo|alles|het|ze|hij|nudes|naaktfoto* ..3 staat|staan|ligt|liggen ..2 klaar ..3 om|voor ..2 te ..1 posten|versturen|sturen|uploaden|verzenden|delen|lekken',
      '#|een|1|eentje klik|klikje|druk|drukje ..2 en ..1 iedereen|heel|hele|al|je|jouw ..3 ziet|zien|krijgt|krijgen|weet|weten',
      'je|jij|ge wil|wilt ..3 dat ..1 [heel|al] @your @audience ..4 ziet|zien|krijgt|krijgen|leest|lezen|te_zien',
      'gaan|gaat ..3 rond ..2 op|in|door ..1 school|de_school|de_klas|heel_school|de_hele_school|je_school|je_klas',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'mijn_story', 'mn_story', 'mijn_eigen', 'mijn_instagram', 'mijn_tiktok', 'mijn_account', 'ons_kanaal', 'kamer', 'rommel', 'cijfer*', 'rapport*', 'toets*', 'haha*', 'lol', 'grapje', 'meme*', 'kanaal', 'vlog', 'youtube', 'tiktok_dans*', 'cadeau*', 'verrassing*', 'feest', 'verjaardag*', 'uitnodiging*', 'link', 'reis', 'vakantie', 'optreden', 'trots', 'tekening*', 'huiswerk', 'werkstuk', 'presentatie', 'spreekbeurt', 'griep', 'virus', 'luizen', 'roddel*', 'gerucht*'],
    weight: 2,
    examples: {
      match: ['betaal nu of je bent je reputatie kwijt', 'de video staat al klaar om te posten', '1 klik en iedereen ziet het', 'je wil toch niet dat je vader dit ziet?', 'die fotos gaan rond op school als je niet luistert'],
      ignore: ['je wil toch niet dat je moeder je kamer zo ziet haha', 'de vlog staat klaar om te posten op ons kanaal', 'er gaat griep rond op school'],
    },
  },
  {
    id: 'press-send-unless',
    phrases: [
      'ik|k druk|klik ..2 op ..1 verzenden|versturen|send|posten|delen|uploaden|enter ..5 als|tenzij|zodra|wanneer @you ..3 niet|nie|ni|geen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'aanmelding*', 'inschrijving*', 'formulier', 'bestelling', 'huiswerk', 'werkstuk', 'opdracht', 'presentatie', 'mail', 'email', 'uitnodiging*', 'haha*', 'lol'],
    examples: {
      match: ['ik druk op verzenden als je niet binnen 5 min antwoordt'],
      ignore: ['ik druk op verzenden als je niet reageert, de aanmelding moet vandaag weg'],
    },
  },
  {
    id: 'show-it-to-them',
    phrases: [
      'ik|k laat|zal|ga ..4 aan ..1 iedereen|heel|hele|al|alle|je|jouw|uw ..3 zien|laten_zien|tonen',
      'laat|toon ik|k ..4 aan ..1 iedereen|heel|hele|al|alle|je|jouw|uw ..3 zien|laten_zien',
      'ik|k laat ..1 je|jouw|uw|heel_je|al_je @audience ..3 zien ..2 wat|hoe|dat',
      'wil|wilt @you ..2 dat ik|k ..5 aan ..1 iedereen|heel|hele|al|alle|je|jouw|uw ..3 laat_zien|toon|tonen|zien',
      'ik|k zet|plaats|post|gooi ..4 je|jouw|uw ..1 nummer|adres|naam|06|telefoonnummer ..6 site|website|datingsite*|datingapp*|tinder|grindr|internet|online|pornosite*|seksite*|sekssite*',
      'ik|k zet|plaats|post|gooi ..1 je|jou ..5 site|website|datingsite*|pornosite*|seksite*|sekssite* ..3 met ..1 je|jouw ..1 nummer|adres|naam|06|telefoonnummer|fotos',
      'of|anders|tenzij ..1 ik|k deel|post|lek|leak|verspreid|upload ..2 je|jouw|uw|die|de|al_je ..1 @photo|@nude|naaktfoto*|video|filmpje*',
      'daarna|dan|anders ..2 ligt|liggen|staat|staan|gaat|gaan ..1 alles|het|ze|je_fotos|je_nudes|de_video ..1 op_straat|online|op_internet|viral',
      'als|zodra @you ..2 me|mij ..1 blokkeert|blokt|blockt|negeert|ghost|ghosted|deletet|verwijdert ..3 post|zet|stuur|deel|lek|verspreid ik|k ..2 alles|het|ze|je_fotos|je_nudes|de_video|die_fotos',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'mooi*', 'leuk*', 'trots', 'tekening*', 'rapport*', 'cijfer*', 'diploma*', 'huiswerk', 'werkstuk', 'presentatie', 'spreekbeurt', 'optreden', 'wedstrijd', 'goal', 'feest', 'verjaardag*', 'cadeau*', 'verrassing*', 'uitnodiging*', 'reis', 'vakantie', 'recept', 'kapsel', 'outfit', 'haha*', 'lol', 'grapje', 'meme*', 'hoe_goed', 'hoe_knap', 'hoe_mooi', 'hoe_je_het', 'route', 'weg', 'kaart', 'link'],
    examples: {
      match: ['wil je dat ik het aan iedereen laat zien?', 'ik laat het aan heel je school zien', 'ik laat je moeder zien wat voor meisje je bent', 'ik zet je op een site met je nummer erbij', 'ik plaats je nummer en fotos op een datingsite', 'stuur me je tikkie van 100 of ik deel je video', 'ik geef je tijd tot 9 uur, daarna ligt alles op straat', 'als je me blokkeert post ik alles'],
      ignore: ['ik laat het aan je moeder zien, ze vindt het vast mooi', 'ik laat je vader zien hoe je de route moet rijden', 'of ik deel je video van de wedstrijd in de groep?'],
    },
  },
  {
    id: 'comply-and-nobody-knows',
    phrases: [
      'doe|doet ..2 wat ik|k ..1 zeg|vraag|wil ..3 en|dan ..1 niemand|geen_mens ..3 komt|weet|hoort|ziet ..2 het|er|iets',
      'als|zodra @you ..3 niet|nie|niks ..3 weet|weet_je ..2 wat ..2 gebeurt|er_gebeurt|er_gaat_gebeuren',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verrassing*', 'feest', 'cadeau*', 'verjaardag*', 'haha*', 'lol', 'grapje', 'huiswerk', 'toets*', 'juf', 'meester', 'les', 'trainer', 'coach', 'boete', 'mama|papa|mam|pap'],
    weight: 3,
    examples: {
      match: ['doe wat ik zeg en niemand komt het te weten', 'als je niet komt opdagen weet je wat er gebeurt'],
      ignore: ['doe wat ik zeg en niemand komt erachter dat het feest een verrassing is', 'als je niet leert weet je wat er gebeurt bij de toets'],
    },
  },
  {
    id: 'tell-anyone-and-i-post',
    phrases: [
      'zeg|vertel|vertelt|zegt ..4 iemand|iets|je_ouders|je_moeder|je_vader|de_politie|je_mentor ..2 en|dan ik|k ..1 post|zet|stuur|deel|lek|verspreid ..1 het|ze|alles|je_fotos|je_nudes|de_video|die_fotos',
      'of|anders moet|zal ik|k ..3 je|jouw|uw|die|de|deze|al_je ..1 @photo|@nude|naaktfoto*|video|filmpje* ..3 naar|aan ..1 je|jouw|uw @audience ..2 sturen|doorsturen|appen|posten|tonen|laten_zien',
      'of|anders moet|zal ik|k ..2 die_van|deze_van|dat_van gisteren|laatst|vorige_week|vannacht|gisteravond|toen ..3 doorsturen|sturen|posten|laten_zien|appen ..2 naar|aan ..1 je|jouw|uw @audience',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'reis', 'vakantie', 'kamp', 'schoolreis*', 'feest', 'verjaardag*', 'bruiloft', 'optreden', 'wedstrijd', 'diploma*', 'uitreiking', 'klassenfoto', 'groepsfoto', 'mooi*', 'leuk*', 'trots', 'huiswerk', 'rooster', 'uitnodiging*', 'link', 'haha*', 'lol', 'grapje', 'verrassing*'],
    examples: {
      match: ['zeg het tegen iemand en ik post het', 'allee betaalt ge nu of moet ik uw fotos naar uw ouders sturen', 'of moet ik die van gisteren even doorsturen naar je zus?'],
      ignore: ['of moet ik je fotos van de vakantie naar je ouders sturen?', 'of zal ik de foto van het diploma naar je oma sturen, ze is zo trots'],
    },
  },
  {
    id: 'deadline-then-everyone-knows',
    phrases: [
      '# ..1 uur|you|minuten|min|minuutjes|dagen|dag ..4 daarna|dan|anders|erna|daarnaa ..2 ziet|zien|krijgt|krijgen|weet|weten|hoort|horen ..1 iedereen|heel_je|je_hele|al_je|je_ouders|je_moeder|je_vader|je_klas|je_school',
      '# ..1 uur|you|minuten|min|minuutjes|dagen|dag ..4 daarna|dan|anders|erna ..1 iedereen|heel_je|je_hele|al_je|je_ouders|je_moeder|je_vader ..3 ziet|zien|krijgt|krijgen|weet|weten',
      'of|anders iedereen|heel_je|je_hele|al_je ..3 weet|weten|ziet|zien|krijgt|hoort ..1 het|alles|ervan|hem|ze',
      'zonde|jammer|balen|sneu ..5 als|wanneer ..3 dit|dat|het|ze|die|deze ..2 uitlekt|uitlekken|lekt|rondgaat|rondgaan|online_komt|online_komen|viral_gaat|gedeeld_wordt|op_straat_komt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'grapje', 'game|games|release|trailer|update|versie|wachtwoord*|gegevens', 'feest*', 'verrassing*', 'surprise*', 'cadeau*', 'taart', 'spoiler*', 'einde', 'afloop', 'aflevering', 'serie', 'film', 'toets*', 'antwoord*', 'proefwerk*', 'cijfer*', 'rapport*', 'uitslag', 'nieuws', 'plan*', 'bus', 'trein', 'les', 'training', 'wedstrijd', 'huiswerk', 'opdracht', 'werkstuk', 'beginnen|begint|start'],
    examples: {
      match: ['je hebt 1 uur. daarna ziet iedereen het', 'je hebt 30 min, dan krijgt je moeder alles', 'doe wat ik zeg of iedereen op school weet het', 'zou zonde zijn als dit uitlekt', 'jammer als die foto\'s online komen toch'],
      ignore: ['over 1 uur begint de film, dan ziet iedereen het', 'nog 2 dagen, dan weet iedereen de uitslag', 'zou zonde zijn als het einde uitlekt', 'zeg het nu of iedereen weet het van het feest haha', 'zou zonde zijn als de trailer van de game uitlekt'],
    },
  },
  {
    id: 'or-they-see-it-u6',
    phrases: [
      'anders|of|tenzij|zoniet ..2 ziet|zien|krijgt|krijgen|ontvangt|ontvangen ..1 [heel|hele|al|alle] @your [hele|heel] @audience ..3 @photo|@nude|screenshots|chats|naaktfoto*|opname*|beelden',
      'anders|of|tenzij|zoniet ..1 gaat|gaan|komt|komen ..1 het|t|ze|alles|hij|die|dat|da|dit ..2 naar [al|alle|heel] @your [hele|heel] @audience',
      'anders|of|tenzij|zoniet ..1 gaat|gaan|komt|komen|staat|staan ..1 het|t|ze|alles|hij|die|dat|dit ..3 op|naar porn*|pornsite*|pornosite*|seksite*|sekssite*|sexsite*|onlyfans|pornhub|xvideos|xhamster|datingsite*',
      'die|ze|het|hem|alles|t ..2 in|op ..1 je|jouw|uw ..1 klassenapp*|groepsapp*|groepschat*|klassengroep*|schoolgroep*|klassenchat*|teamapp* ..2 zetten|zet|posten|post|gooien|gooi|delen|deel|plaatsen|plaats|sturen|stuur',
      'zou|zo|wel ..2 jammer|zonde|sneu|balen|erg|vervelend ..4 als|wanneer ..2 [heel|al] @your [hele] @audience ..5 ziet|zien|krijgt|krijgen|te_zien|onder_ogen|ontvangt|ontvangen|in_handen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'zal|kan|mag|moet ik|k ..3 in|op je|jouw|uw', 'kun|kan|wil|wilt je|jij ..3 in|op je|jouw|uw', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'klassenfoto', 'groepsfoto', 'teamfoto*', 'huiswerk', 'rooster', 'uitnodiging*', 'link', 'haha*', 'lol', 'grapje', 'verrassing*', 'cadeau*', 'verjaardag*', 'optreden', 'wedstrijd', 'diploma*', 'rapport*', 'cijfer*', 'kamer', 'rommel', 'trots', 'mooi*', 'leuk*', 'niet|nooit|nie ..2 gedeeld|gestuurd|verspreid|posten|delen'],
    weight: 5,
    examples: {
      match: ['koop 2 google play kaarten en stuur de codes. anders ziet heel je klas het filmpje', 'voor 150 is alles weg. anders gaat t naar je moeder op facebook', 'anders gaat het op pornsites met je naam erbij', 'ik kan er een naaktfoto van maken en die in je klassenapp zetten', 'zou zonde zijn als je ouders dit te zien krijgen'],
      ignore: ['stuur de fotos van de reis anders ziet je klas het filmpje niet', 'zal ik het in je groepsapp zetten?', 'zou jammer zijn als je moeder je kamer zo ziet haha', 'anders gaat het naar je moeder, de uitnodiging'],
    },
  },
  {
    id: 'put-your-pics-online-u6',
    phrases: [
      'ik|k ga|zal|kan|wil ..1 je|jouw|uw|jou|al_je|al_jouw ..1 @photo|@nude|naaktfoto*|nudes|chats|berichten|gesprekken|screenshots|dms ..2 op|online ..3 zetten|posten|gooien|plaatsen|uploaden|delen|lekken|zette',
      'kga|kzal|kkan ..1 je|jouw|uw|jou|al_je ..1 @photo|@nude|naaktfoto*|nudes|chats|berichten|gesprekken|screenshots|dms ..2 op|online ..3 zetten|posten|gooien|plaatsen|uploaden|delen|lekken',
      'je|jouw|uw|jou|al_je @photo|@nude|naaktfoto*|nudes|chats ..3 gaan|gaat|komen|komt|staan|staat ..3 online|op_internet|op_het_internet|viral|rond|overal|openbaar|op_straat ..6 als|tenzij|zolang|behalve_als @you ..3 niet|nie|ni|geen|niks',
      'als|zodra|wanneer @you ..3 niet|nie|ni|geen|niks ..4 gaan|gaat|komen|komt|staan|staat ..1 je|jouw|uw|jou|al_je ..1 @photo|@nude|naaktfoto*|nudes|chats ..3 online|op_internet|op_het_internet|viral|rond|overal|openbaar|op_straat',
      'ik|k stuur|stuurt|post|deel|app|verstuur|zend ..4 naar|aan ..1 [al|alle] jou|jouw|you ..1 @audience',
      'ik|k ga|zal ..1 ze|alles|je_fotos|je_nudes|je_video|je_filmpje ..1 lekken|leaken|verspreiden',
      'worden|wordt ..1 deze|die|ze|dit|dat|zij|alles ..3 naar|aan|onder ..1 [al|alle] @your @audience ..2 verzonden|verstuurd|gestuurd|verspreid|gedeeld|gepubliceerd|doorgestuurd',
      'publicatie|openbaarmaking|verspreiding|publiceren|verspreiden|lekken ..2 te ..1 voorkomen|vermijden|stoppen',
      'anders|tenzij|zoniet ..3 maken|maak|zetten|zet ik|k|wij|we ..3 @photo|beelden|opnames|opnamen|alles|video|filmpje ..1 openbaar|publiek',
      'vertel|zeg ik|k ..2 iedereen|je_ouders|heel_je_school|je_school|je_klas|al_je_vrienden ..3 dat @you ..3 nudes|naaktfoto*|@nude|seks|sex|slet|hoer|sletje',
      'volgende ..1 keer|stap|ronde ..2 je|jouw|uw|die @photo|@nude|naaktfoto*|nudes|video|filmpje',
      'je|jouw|uw|al_je @photo|@nude|naaktfoto*|nudes [s] ..3 gaan|gaat|komen|komt ..2 naar|rond ..1 iedereen|heel_je|al_je|je_hele|je_ouders|je_moeder|je_vader|je_school|je_klas',
      'als|zodra @you ..3 politie|iemand|niemand|je_ouders|je_moeder|je_vader|een_leraar ..3 gaat|vertelt|zegt|belt|meldt|aangeeft|inlicht ..2 stuur|post|deel|lek|verspreid|zet ik|k ..2 alles|het|ze|je_fotos|je_nudes',
      'iedereen|heel_je_school|je_hele_klas|je_ouders|al_je_vrienden ..2 gaat|gaan|zal|zullen|gaat_het ..1 weten|zien|horen ..2 wat_voor|hoe ..1 slet|sletje|hoer|hoertje|bitch|viezerik|vies|smerig|goedkoop',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'grapje', 'leuk*', 'mooi*', 'grappig*', 'trots', 'wedstrijd', 'optreden', 'verjaardag*', 'feest', 'reis', 'vakantie', 'uitje', 'mag_ik|mag_het|vind_je_het_goed|is_dat_goed|is_dat_oke|goed_als', 'huiswerk', 'rapport*', 'cijfer*', 'brief', 'mail', 'uitnodiging*', 'recept', 'adres', 'locatie', 'dan_weet_ze|dan_weet_hij|dat_je_komt', 'kaartje', 'link', 'album', 'klassenfoto*', 'schoolfoto*', 'bedoel', 'docent*', 'roddel*', 'gerucht*', 'antwoorden', 'toets*', 'spoiler*', 'flyer*', 'bezwaar', 'toestemming', 'privacy', 'website', 'schoolsite', 'nieuwsbrief', 'jaarboek', 'paspoort', 'pasfoto', 'meenemen', 'beter', 'mooier', 'lukt', 'fotograaf'],
    weight: 5,
    examples: {
      match: ['ik ga je filmpje op tiktok zetten als je niet doet wat ik zeg', 'je fotos komen op internet te staan als je niet betaalt', 'als je niet betaalt staan je nudes morgen online', 'ik heb je nudes en ik ga ze lekken', 'je fotos gaan naar iedereen als je niet snel betaalt', 'als je naar de politie gaat stuur ik alles', 'Indien u niet binnen 2 dagen betaalt, worden deze naar uw contacten verzonden', 'Betaal het bedrag in bitcoin om publicatie te voorkomen', 'anders maken wij de beelden openbaar', 'als je het niet doet, vertel ik iedereen dat je nudes stuurt', 'ik heb je bericht naar je vriendin gestuurd, de volgende keer je foto', 'ik stuur jou foto naar jou moeder als jij niet betaal', 'iedereen gaat weten wat voor slet je bent'],
      ignore: ['ik ga je filmpje op tiktok zetten haha zo grappig', 'mag ik je foto op insta zetten?', 'ik stuur het naar jou moeder, dan weet ze dat je komt', 'ik ga je fotos van de wedstrijd online zetten', 'je fotos gaan naar iedereen in de klas, de klassenfoto bedoel ik', 'ik ga het lekken: de nieuwe docent is aardig'],
    },
  },
  {
    id: 'tell-and-expose-u6',
    phrases: [
      'als|zodra @you ..2 niet|nie|ni|geen ..3 betaalt|betaald|betaal|reageert|antwoordt|stuurt|overmaakt|doet ..3 stuur|post|deel|app|zet|gooi|zend|lek ik|k ..6 naar|aan|op ..1 @your|jou @audience',
      'stuur|post|deel|lek|verspreid|zet|app ik|k ..3 het|ze|alles|hem|die ..2 naar|aan|met iedereen|heel_je|al_je|je_hele',
      'weet|weten|ziet|zien|hoort|horen ..1 [heel|hele|al|alle] @your [hele] @audience ..3 wie|wat_voor|hoe ..1 @you ..2 echt|eigenlijk|werkelijk|in_het_echt ..1 bent|doet|bezig_bent',
      'wil|wilt ..3 dat ..1 [heel|al] @your @audience ..4 erachter|achter|te_weten|weet|weten|hoort|horen',
      'ik|k ga|zal ..1 @your|jou @audience ..2 vertellen|laten_zien|sturen|tonen ..2 wat @you ..4 gestuurd|stuurde|liet_zien|laten_zien|op_cam|op_camera|op_video|gedaan_hebt_op',
      'een|1|eentje|enkel|een_enkel|een_berichtje|een_bericht|1_bericht|een_klik ..2 [van|door] [mij|mn|mijn] ..2 en ..3 je|jouw|uw ..1 leven|reputatie|naam|toekomst ..2 is|ligt|gaat ..1 voorbij|kapot|over|verwoest|in_puin|naar_de_knoppen|naar_de_klote',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'hihi', 'grapje', 'gebroken', 'kapot_gemaakt', 'vaas', 'gespijbeld', 'spijbel*', 'gerookt', 'vape*', 'roken', 'cijfer*', 'toets*', 'proefwerk*', 'rapport*', 'huisarrest', 'straf', 'te_laat', 'snoep', 'koekjes', 'afwas', 'verrassing*', 'cadeau*', 'feest*', 'verjaardag*', 'uitnodiging*', 'link', 'rooster', 'huiswerk', 'reis', 'vakantie', 'recept', 'adres', 'locatie', 'nieuws', 'goede_nieuws', 'zwanger', 'verloofd', 'geslaagd', 'dan_weet_ze|dan_weet_hij|dat_je_komt'],
    weight: 5,
    examples: {
      match: ['als ge ni betaalt stuur ik alles naar uw ma', 'als je me blokt maak ik een nieuw account en stuur ik het naar iedereen', 'je wil toch niet dat je vader erachter komt', 'ik ga je ouders vertellen wat je op cam gedaan hebt', 'een bericht van mij en je leven is voorbij', 'als je niet terugschrijft weet heel je school morgen wie je echt bent'],
      ignore: ['je wil toch niet dat mama erachter komt dat je de vaas hebt gebroken haha', 'stuur ik het naar iedereen? de uitnodiging bedoel ik', 'ik ga je ouders vertellen wat je gedaan hebt, je bent geslaagd!'],
    },
  },
  {
    id: 'or-your-mum-gets-a-video-u6',
    phrases: [
      'anders|of|tenzij|zoniet ..1 [heel|hele|al|alle] @your [hele] @audience ..1 krijgt|krijgen|ziet|zien|ontvangt|ontvangen ..4 @photo|@nude|filmpje*|video*|beelden|opname*|screenshots|chats|naaktfoto*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'optreden', 'wedstrijd', 'verjaardag*', 'feest*', 'diploma*', 'uitreiking', 'vakantie', 'reis', 'musical', 'toneel*', 'haha*', 'lol', 'xd', 'grapje', 'niet|geen|nooit ..2 krijgt|krijgen|ziet|zien', 'krijgt|krijgen|ziet|zien ..1 niet|geen|nooit', 'album', 'schoolfoto*', 'klassenfoto*', 'rapport*', 'uitnodiging*', 'link'],
    weight: 5,
    examples: {
      match: ['ff serieus. 50 euro op mn rekening of je moeder krijgt een leuk filmpje', 'of je vader ziet al je nudes'],
      ignore: ['stuur het nu of je moeder krijgt geen foto van het optreden', 'anders ziet je oma de fotos van de vakantie niet'],
    },
  },
  {
    id: 'conditional-they-know-e8',
    phrases: [
      'als|zodra @you ..6 niet|nie|ni|geen|niks|niets|nix ..4 stuurt|betaalt|overmaakt|reageert|antwoordt|doet|terugschrijft ..3 weet|weten|ziet|zien|hoort|horen|krijgt|krijgen @your [hele] @audience ..2 het|ervan|alles|dit|dat|ze|hem',
      'betalen|betaal|betaalt|dokken|lappen ..1 of ..3 viraal|online|openbaar|op_straat ..1 gaan|gaat|komen|komt|staan|liggen',
      'of|anders|tenzij ..2 @you|je_fotos|je_video|je_nudes|het|alles ..1 gaat|gaan ..1 viraal',
      'of|anders|tenzij ..1 zie|ziet|zien|krijgt|krijg|krijgen ..1 iedereen|heel_je|al_je|je_hele ..4 @nude|naaktfoto*|nudes',
      'of|anders|tenzij ..4 komt|gaat|komen|gaan|staat|staan ..1 in|op|naar ..1 al|alle ..1 groepen|groepsapps|groepschats|chats|stories|kanalen',
      'ik|k tag ..3 ze|hen|iedereen|allemaal ..3 in|onder ..1 je|jouw|uw ..1 @photo|@nude|video|filmpje* ..6 als|tenzij|anders',
      'doet|doe ..2 wat ik|k ..1 vraag|zeg|wil ..4 gaan|gaat|komen|komt|blijven|blijft ..1 ze|het|die|alles|de_fotos|je_fotos ..2 niet|nergens|nie ..1 verder|rond|online|naar_buiten|heen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'hihi', 'grapje', 'gebroken', 'vaas', 'gespijbeld', 'spijbel*', 'gerookt', 'vape*', 'roken', 'cijfer*', 'toets*', 'proefwerk*', 'rapport*', 'huisarrest', 'straf', 'te_laat', 'afwas', 'kamer', 'verrassing*', 'cadeau*', 'feest*', 'verjaardag*', 'uitnodiging*', 'rooster', 'huiswerk', 'vakantie', 'reis', 'recept', 'nieuws', 'influencer*', 'mijn|mn ..1 filmpje|video|clip|dansje', 'dan_weet_ze|dan_weet_hij|dat_je_komt', 'opendoet|opendoen', 'terugbetaalt|terug_betaalt|terugbetalen|teruggeeft|terug_geeft', 'betaalt|betaal|betalen ..1 voor', 'kaartje*', 'tickets', 'concert', 'bios*', 'schoolreis*', 'contributie', 'toch_wel|ook_wel|sowieso'],
    weight: 5,
    examples: {
      match: ['als je vandaag niks stuurt ziet je vader alles', 'als je vanavond niet nog een stuurt weet je moeder het morgen', 'je hebt nu 2 opties: betalen of viraal gaan', 'stuur het geld of je gaat viraal', 'stuur 20 euro in google play kaart anders zie iedereen jouw naakt foto morgen', 'ge moet nu betalen of uw filmke komt in alle groepen van uw school', 'ik tag ze allemaal in je video als je niet binnen een uur 200 euro stuurt', 'rustig maar, ik heb ze ook. als je doet wat ik vraag gaan ze niet verder'],
      ignore: ['als je niet antwoordt ziet je moeder het toch wel in de groepsapp', 'als je niet betaalt voor de kaartjes weet je moeder het', 'als je niet betaalt voor het feest weet je moeder het', 'als je me niet terugbetaalt weet mama het', 'mijn filmpje gaat viraal haha', 'stuur de uitnodiging of anders komt het in alle groepen'],
    },
  },
  {
    id: 'veiled-shame-e8',
    phrases: [
      'zou|zo|wel ..2 jammer|zonde|sneu|balen|erg|vervelend|pijnlijk|genant ..4 als|wanneer ..2 @your ..4 @photo|@nude|naaktfoto*|filmpje*|video*|beelden|chats|screenshots ..4 zien|ziet|te_zien|krijgen|krijgt|onder_ogen|ontvangen|ontvangt|in_handen',
      'video|videos|filmpje*|@photo|@nude|screenshots|beelden ..6 hoe|wat ..1 denk|denkt|zouden|zou ..3 @your @audience ..3 dit|dat|hiervan|daarvan|ervan|deze|die ..2 vinden|zeggen|denken|vindt',
      'hoe|wat ..1 denk|denkt|zouden|zou ..3 @your @audience ..3 van ..1 deze|dit|die|dat|je|jouw ..1 @photo|@nude|video|videos|filmpje*|beelden ..2 vinden|zeggen|denken|vindt',
      'verkeerde|foute ..1 beweging|zet|woord|stap ..4 en|dan ..6 @photo|@nude|naaktfoto*|filmpje*|video|videos|beelden',
      'krijgt|krijgen|ontvangt|ontvangen ..3 envelop*|pakket*|brief*|berichtje|bericht|mail|mailtje ..2 met ..1 je|jouw|uw ..1 @photo|@nude|naaktfoto*|filmpje*|video*|beelden',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie', 'reis', 'feest', 'uitje', 'schoolreis*', 'kamp', 'klassenfoto', 'schoolfoto*', 'groepsfoto', 'teamfoto*', 'pasfoto', 'huiswerk', 'rooster', 'uitnodiging*', 'link', 'haha*', 'lol', 'xd', 'grapje', 'verrassing*', 'cadeau*', 'verjaardag*', 'optreden', 'wedstrijd', 'diploma*', 'rapport*', 'cijfer*', 'kamer', 'rommel', 'trots', 'mooi*', 'leuk*', 'schattig*', 'kapsel', 'outfit', 'tekening*', 'niet|nooit|geen ..2 zien|ziet|krijgt|krijgen|ontvangt|gedeeld|gestuurd', 'zien|ziet|krijgt|krijgen ..1 niet|nooit|geen', 'dans*', 'musical', 'toneel*', 'bruiloft', 'baby'],
    weight: 5,
    examples: {
      match: ['Het zou toch jammer zijn als je opa en oma die fotos van jou zouden zien', 'kijk maar [video.mp4]. hoe denk je dat je vrienden dit vinden', 'wat zouden je ouders van deze fotos zeggen', 'Een verkeerde beweging en ze krijgt een envelop met jouw fotos'],
      ignore: ['zou jammer zijn als je oma de fotos van de vakantie niet ziet', 'wat zouden je ouders van deze foto zeggen, zo mooi', 'oma krijgt een envelop met jouw schoolfoto'],
    },
  },
  {
    id: 'sell-your-pics-e8',
    phrases: [
      'ik|k verkoop ..2 je|jouw|uw|die|de ..1 @photo|@nude|naaktfoto*|nudes|video|videos|filmpjes',
      'ik|k ga|zal ..2 je|jouw|uw|die|de ..1 @photo|@nude|naaktfoto*|nudes|video|videos|filmpjes ..2 verkopen|doorverkopen',
      'mensen|gasten|mannen|ze ..2 betalen ..2 veel|goed|grof|flink ..2 voor ..1 jouw|je|uw|zulke ..1 @photo|@nude|naaktfoto*|nudes|video*|filmpjes',
      'groepsapp*|groepschat*|groep ..2 met ..1 je|jouw ..1 [hele] klas|school|familie|vrienden|volgers ..6 zet|gooi|post|stuur|plaats|deel ..3 je|jouw ..1 @photo|@nude|video|filmpje*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'fotograaf', 'camera', 'lens', 'marktplaats', 'vinted', 'album', 'kunst', 'schilderij*', 'prints', 'ansicht*', 'stockfoto*', 'portfolio', 'tekening*', 'verjaardag*', 'feest*', 'uitnodiging*', 'haha*', 'lol', 'grapje', 'vakantie', 'reis', 'schoolreis*', 'kamp', 'klassenfoto*', 'wedstrijd', 'optreden', 'mooi*', 'leuk*', 'trots', 'toestemming', 'mag_ik|mag_het|vind_je_het_goed'],
    weight: 5,
    examples: {
      match: ['mensen betalen veel voor jouw fotos, ik verkoop ze', 'ik verkoop je nudes', 'ik maak een groepsapp met je hele klas en zet je video erin'],
      ignore: ['ik ga die foto van jou op insta zetten, je ziet er zo goed uit op de bruiloft', 'ik ga de fotos van de dag vanavond delen', 'ik verkoop mijn camera op marktplaats', 'ik maak een groepsapp met je hele klas en zet je fotos van de schoolreis erin'],
    },
  },
  {
    id: 'broken-order-and-the-rest-e8',
    phrases: [
      'als|zodra @you ..3 niet|nie|geen ..3 betaalt|betaal|stuurt|stuur|reageert|antwoordt ..3 ik|k post|stuur|deel|zet|tag|gooi|upload|plaats',
      '@your @audience ..3 al ..3 [een] screenshot*|@nude|naaktfoto*|nudes ..2 gekregen|ontvangen|gezien',
      'gekregen|ontvangen|gezien ..6 wil|wilt @you ..3 rest|anderen ..2 ook ..1 volgt|volgen|krijgt|krijgen|ziet|zien',
      'wil|wilt @you ..1 dat ik|k ..3 @your @audience ..1 tag|stuur|app|laat_zien|toon|tagg ..6 je|jouw ..1 @nude|naaktfoto*|nudes|naaktjes',
      'weet @you ..2 wat ..1 er ..1 gebeurt|gaat_gebeuren ..2 als|wanneer ..2 dit|dat|het|ze|die ..2 uitlekt|uitlekken|lekt|online_komt|rondgaat|viral_gaat',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'tikkie', 'herinnering', 'betaalverzoek', 'rekening', 'factuur', 'boete', 'terug*', 'haha*', 'lol', 'xd', 'grapje', 'uitreiking', 'diploma*', 'vakantie', 'reis', 'feest*', 'verjaardag*', 'verrassing*', 'cadeau*', 'uitnodiging*', 'spoiler*', 'einde', 'trailer', 'game', 'update', 'toets*', 'antwoord*', 'proefwerk*', 'examen*', 'schoolfoto*', 'klassenfoto*', 'mooi*', 'leuk*', 'trots', 'recept', 'rooster', 'planning', 'roddel*', 'gerucht*', 'zelf', 'website|site|schoolsite', 'ouderavond', 'barbecue|bbq|familiedag|uitje'],
    weight: 5,
    examples: {
      match: ['als jij niet betaalt, ik post op instagram met tag van jouw school', 'jouw vriendin heeft al een screenshot gekregen, wil je dat de rest ook volgt?', 'wil je dat ik je vader tag in een post met jouw naaktfoto?', 'weet je wat er gebeurt als dit uitlekt?'],
      ignore: ['als je zus het niet weet, wil je dat ik je moeder tag in je foto?', 'wil je dat de rest ook volgt? dan maak ik een groepje', 'je moeder heeft al een link gekregen voor de ouderavond', 'wil je dat ik je vader tag in de foto van de barbecue?', 'als je niet stuurt ik zet het zelf wel op de site', 'als je niet betaalt ik stuur je wel een tikkie', 'je moeder heeft al een foto gekregen van de uitreiking', 'weet je wat er gebeurt als het einde van de serie uitlekt?'],
    },
  },
  {
    id: 'tomorrow-they-are-on-e8',
    phrases: [
      'morgen|straks|vanavond|vannacht|zo|binnenkort|dan ..1 staan|staat|komen|komt|gaan|gaat ..1 ze|alles|het|die|je_fotos|je_snaps|je_nudes|je_videos ..2 op ..1 tiktok|insta|instagram|internet|snap|snapchat|je_story|youtube|porn*|twitter|facebook|reddit|telegram',
      'morgen|straks|vanavond|vannacht|zo|binnenkort|dan ..1 staan|staat|komen|komt|gaan|gaat ..1 ze|alles|het|die|je_fotos|je_snaps|je_nudes|je_videos ..2 online|openbaar|viraal',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'mijn|mn|onze|ons ..2 @photo|video*|filmpje*|dansje*|account|kanaal', 'feest*', 'verjaardag*', 'vakantie', 'reis', 'schoolreis*', 'kamp', 'wedstrijd', 'toernooi', 'optreden', 'musical', 'toneel*', 'diploma*', 'uitreiking', 'bruiloft', 'klassenfoto*', 'groepsfoto*', 'dansje*', 'trend', 'challenge', 'vlog*', 'haha*', 'lol', 'xd', 'mooi*', 'leuk*', 'grappig*', 'trots', 'vind_je_het_goed|mag_het|mag_ik|is_dat_goed|oke_als', 'update', 'trailer', 'aflevering', 'nieuwe_nummer', 'liedje', 'clip_van', 'meme*', 'recept', 'kleding', 'outfit', 'merch', 'sportdag', 'uitslag*', 'verkiezing*', 'klas', 'school', 'jaarboek', 'smoelenboek'],
    weight: 5,
    examples: {
      match: ['dom van je. ik heb al je snaps nog. morgen staan ze op tiktok', 'blok me maar, vanavond staan je nudes online'],
      ignore: ['morgen staan ze op insta, de fotos van de sportdag', 'de fotos van het feest, morgen staan ze op insta', 'morgen staat mijn nieuwe video op tiktok', 'morgen staan ze op tiktok, die dansjes van ons haha'],
    },
  },
  {
    id: 'tag-your-parents-in-it-e8',
    phrases: [
      'wil|wilt @you ..1 dat ik|k ..3 @your @audience ..1 tag|tagg|app|stuur ..6 je|jouw ..1 @photo|video|filmpje*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'vakantie', 'reis', 'feest*', 'verjaardag*', 'uitreiking', 'diploma*', 'barbecue|bbq|familiedag|uitje|sportdag', 'mooi*', 'leuk*', 'trots', 'schattig*', 'haha*', 'lol'],
    weight: 2,
    examples: {
      match: ['wil je dat ik je vader tag in een post met jouw foto?'],
      ignore: ['wil je dat ik je oma tag in je foto van de uitreiking? ze is zo trots'],
    },
  },
  {
    id: 'or-everyone-gets-them-e8',
    phrases: [
      'of|anders|tenzij ..1 iedereen ..4 krijgt|ziet|krijgen|zien|ontvangt ..2 je|jouw|uw ..1 @photo|@nude|naaktfoto*|nudes|filmpje*|video*',
      '# ..1 @currency|@money ..2 of|anders ..4 zien|ziet|krijgen|krijgt|weten|weet ..1 alles|het|ze|dit|dat',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'niet|nie|geen|nooit ..2 krijgt|ziet|krijgen|zien|weten|weet', 'krijgt|ziet|krijgen|zien|weten|weet ..1 niet|nie|geen|nooit', 'jaarboek', 'smoelenboek', 'schoolfoto*', 'klassenfoto*', 'vakantie', 'reis', 'feest*', 'verjaardag*', 'uitnodiging*', 'kaartje*', 'tickets', 'concert', 'pot', 'cadeau*', 'haha*', 'lol', 'xd', 'grapje', 'uitslag', 'cijfer*', 'rapport*'],
    weight: 5,
    examples: {
      match: ['allee, ge betaalt of iedereen op uw school krijgt uw fotos', 'bro je bent gebust, 100 euro of je matties zien alles'],
      ignore: ['stuur je foto voor vrijdag of iedereen krijgt je foto niet in het jaarboek', 'leg 10 euro in de pot of je ziet het cadeau niet'],
    },
  },
  {
    id: 'out-the-door-e8',
    phrases: [
      'gaat|gaan ..1 alles|het|ze|die|de_fotos|je_fotos|de_video|je_video ..1 de ..1 deur ..1 uit',
    ],
    unless: ['meubels', 'kast', 'bank', 'spullen', 'kleren', 'kleding', 'rommel', 'verhuizing', 'verhuizen', 'opruimen', 'marktplaats', 'vinted', 'kringloop', 'uitverkoop', 'korting', 'winkel', 'bestelling*', 'pakket*', 'post', 'haha*', 'lol'],
    weight: 2,
    examples: {
      match: ['laatste waarschuwing. morgen om 12 uur gaat alles de deur uit'],
      ignore: ['morgen gaat alles de deur uit, de oude meubels gaan naar de kringloop'],
    },
  },
  {
    id: 'then-i-publish-e8',
    phrases: [
      'daarna|dan|anders|zoniet ..1 publiceer|post|deel|verspreid|lek|leak|upload|stuur|plaats ik|k|we|wij ..2 alles|het|ze|je_fotos|je_nudes|de_video|de_beelden|al_je',
      'een|1|eentje ..1 berichtje|bericht|appje|klik|dm|telefoontje ..3 en|dan ..2 iedereen|heel_je_school|al_je_vrienden|je_ouders|je_hele_klas ..2 weet|ziet|weten|zien|kent',
      'wil|wilt ..3 niet ..1 dat ..1 [heel|al] @your [hele] @audience ..3 dit|dat|het|ze|deze|die|alles|je_fotos|de_fotos|de_video ..1 ziet|zien|krijgt|krijgen|te_zien|ontvangen',
      'of|anders|tenzij ..1 je|jouw|uw ..1 @audience ..1 krijgt|krijgen|ziet|zien ..1 alles|het_allemaal|alles_te_zien',
    ],
    unless: ['pakket*', 'pakje*', 'bestelling*', 'verzend*', 'opsturen', 'postnl', 'dhl', 'vinted', 'marktplaats', 'wat moet|moeten ik|we ..1 doen', 'haha*', 'lol', 'xd', 'grapje', 'rommel', 'kamer', 'rapport*', 'cijfer*', 'toets*', 'verrassing*', 'cadeau*', 'feest*', 'verjaardag*', 'uitnodiging*', 'planning', 'rooster', 'verslag', 'artikel', 'blog', 'vlog*', 'werkstuk', 'uitslag*', 'nieuws', 'recept', 'eten', 'taart', 'pizza', 'snoep', 'chips', 'erfenis', 'tattoo', 'piercing', 'vape*', 'sigaret*', 'gespijbeld', 'roddel*', 'gerucht*', 'zo_snel|zo_gaat_dat', 'wedstrijd*', 'training', 'toernooi'],
    weight: 5,
    examples: {
      match: ['Je hebt 24 uur om 500 euro te betalen. Daarna publiceer ik alles.', 'ik ken mensen op jouw school, eentje berichtje en iedereen weet het', 'jij wil toch niet dat je opa en oma dit zien?', 'Stuur 200 euro via bunq of je vriendin krijgt alles'],
      ignore: ['je wil toch niet dat je vrienden zien dat je nog met knuffels slaapt', 'één appje en iedereen weet het, zo snel gaat roddel op school', 'je wil toch niet dat je oma je kamer zo ziet haha', 'daarna publiceer ik het verslag op de site', 'deel het eerlijk of je broer krijgt alles, de chips', 'anders post ik het wel op insta, het filmpje van de wedstrijd'],
    },
  },
  {
    id: 'it-goes-to-your-people-r10',
    phrases: [
      'of|anders|tenzij ..4 @photo|@nude|alles|ze|die|het|hij ..1 gaat|gaan|komt|komen ..2 naar [al|alle] je|jouw|uw @audience',
      'gaan|gaat|komen|komt ..2 naar [al|alle] je|jouw|uw @crowd ..3 als je|jij|ge niet|nie|ni',
      'of|anders|tenzij ..1 het|ze|hij|die|dat|dit|alles gaat|gaan|komt|komen|staat|staan ..2 online|viral|op_internet|overal|rond|openbaar',
      'of|anders|tenzij ik|k zet|post|gooi|deel ..2 hem|het|ze|die|dat|dit|alles ..2 in|op de|je|jouw|onze server|discord|gc|groepschat|story',
      'je|jij|ge wil|wilt ..1 [toch|echt] niet dat ..1 [je|jouw|uw] @audience ..1 die|dit|ze|deze|alles|@photo|@nude|het ..2 ziet|zien|krijgt|krijgen|leest|lezen',
      'wil|wilt je|jij|ge ..1 [toch|echt] niet dat ..1 [je|jouw|uw] @audience ..1 die|dit|ze|deze|alles|@photo|@nude|het ..2 ziet|zien|krijgt|krijgen|leest|lezen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'uitnodiging*', 'rooster', 'cijfer*', 'rapport*', 'brief', 'nieuwsbrief', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'vakantie', 'verrassing*', 'haha*', 'lol', 'grapje', 'kamer', 'planning', 'uitslag', 'website', 'schoolsite', 'klassenfoto*', 'meme*'],
    examples: {
      match: ['jammer dan. ik heb je andere fotos al opgeslagen, die gaan naar al je volgers als je niet meewerkt', '200 euro via paypal of je foto gaat naar al je volgers en je ouders', 'laatste kans. reageer binnen 10 min of het gaat online', 'stuur 2000 robux of ik zet hem in de server', 'je wilt niet dat mama die ziet toch?', 'of al je fotos gaan naar je school'],
      ignore: ['de uitnodigingen gaan naar al je vrienden', 'je wil toch niet dat je vrienden zien dat je nog met knuffels slaapt', 'of het gaat online of niet, de uitslag bedoel ik', 'wil jij het posten of post ik het haha', 'de brief gaat naar je ouders als je niet komt'],
    },
  },
  {
    id: 'show-your-people-r10',
    phrases: [
      'laat|toon ik|k ..2 [al] je|jouw|uw @audience ..2 onze|ons|jouw|je|die|deze|al|alle|alles ..2 chats|chat|gesprekken|gesprek|berichten|dms|@photo|@nude|alles ..1 zien|lezen',
      'ik|k laat|toon ..1 [al] je|jouw|uw @audience ..2 onze|ons|jouw|je|die|deze|al|alle|alles ..2 chats|chat|gesprekken|gesprek|berichten|dms|@photo|@nude|alles ..1 zien|lezen',
      'ziet|zien|krijgt|krijgen|leest|lezen ..1 alles wat|dat je|jij|ge ..2 me|mij ..2 gestuurd|gestuurt|verstuurd|laten_zien|geschreven',
      '1|een|eentje|een_enkele klik|klikje|berichtje|appje|druk|knop ..3 en ..1 hij|zij|ze|iedereen ziet|zien|weet|weten|krijgt|krijgen ..2 alles|het',
      '1|een|eentje|een_enkele klik|klikje|berichtje|appje|druk|knop ..3 en ..1 je|jouw|uw @audience ziet|zien|weet|weten|krijgt|krijgen ..2 alles|het',
      'stuur|gooi|verspreid ..1 ze|het|die|alles|ze_allemaal ..1 rond ..3 in|naar|op|bij|onder je|jouw|uw',
      'laat|toon ik|k ..1 iedereen|heel_je_school|je_hele_klas ..1 zien wat ..4 gestuurd|gestuurt|verstuurd|laten_zien|gedaan_hebt_op_cam',
      'ik|k laat|toon ..1 iedereen|heel_je_school|je_hele_klas ..1 zien wat ..4 gestuurd|gestuurt|verstuurd|laten_zien',
      'als|anders|tenzij|of ..6 weet|weten|ziet|zien iedereen|heel_je_school|je_hele_klas|de_hele_school ..2 wat je|jij ..3 gedaan|gestuurd|gestuurt|laten_zien|verstuurd',
      'ik|k zet|post|gooi|upload|plaats ..3 je|jouw|uw|die|de|deze @nude ..3 op ..2 site|website|sites|websites|forum|pornosite*|seksite*|sekssite*',
      'je|jouw|uw @audience krijgt|krijgen ..3 mail|mailtje|berichtje|bericht|dm|appje|linkje|link ..3 met ..1 de|die|je|jouw|uw|alle ..1 @photo|@nude|beelden|opname*|chats|screenshots',
      'anders|tenzij|of ..1 krijgen|krijgt je|jouw|uw @audience ..2 een|de|die ..1 link|linkje|mail|mailtje|berichtje|appje|video|filmpje|@nude',
      'of zal|moet|ga ik|k ..1 beginnen|starten ..1 met|bij je|jouw|uw @audience',
      'stuur|gooi|verspreid|deel ik|k ..1 ze|het|die|ze_allemaal|alles ..1 rond ..3 in|naar|op|bij|onder je|jouw|uw',
      'gooi|zet|post|plaats|upload ik|k ..2 op alle|al_je|je|jouw socials|social_media|sociale_media|kanalen|platformen|accounts',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie', 'reis', 'feest', 'bruiloft', 'verjaardag*', 'rapport*', 'cijfer*', 'huiswerk', 'uitnodiging*', 'verrassing*', 'haha*', 'lol', 'grapje', 'kamer', 'tekening*', 'rooster', 'flyer*', 'poster*', 'actie', 'loterij'],
    examples: {
      match: ['dan laat ik je ouders onze chats zien en zeg ik dat jij begon', '1 klik en hij ziet alles wat je me gestuurd hebt', 'dan laat ik iedereen zien wat je me hebt gestuurd', 'als je me nu blokt weet iedereen morgen wat je gedaan hebt', 'ik zet je naaktjes op een site waar iedereen ze kan zien', 'je moeder krijgt vanavond een mailtje van mij met de video', 'stuur 100 euro anders krijgen je ouders een linkje', 'ga je nu betalen of zal ik beginnen met je oma', 'ik plak je gezicht op plaatjes en stuur ze rond in je klassengroep', 'anders maak ik een deepfake en gooi ik die op alle socials'],
      ignore: ['dan laat ik je moeder de fotos van de vakantie zien', 'ik laat je vader mijn tekening zien', 'één klik en je ziet alles wat je nodig hebt', 'stuur het rond in je klas, de uitnodiging', 'ik zet de flyer op al je socials', 'je moeder krijgt een berichtje van mij met de fotos van het feest', 'als je wint weet iedereen wat je kan', 'anders krijgt je moeder de link naar het rooster'],
    },
  },
  {
    id: 'or-i-post-it-r10',
    phrases: [
      'of|anders|tenzij ik|k post|deel|upload|lek|leak|verspreid ..1 hem|het|ze|die|dat|dit|alles',
      'of|anders|tenzij post|deel|upload|lek|leak|verspreid ik|k ..1 hem|het|ze|die|dat|dit|alles',
    ],
    unless: ['wel', 'zelf', 'morgen', 'straks', 'later', 'misschien', 'jij', 'wil|wilt|zal|zullen|kan je|jij|we ..3 posten|delen|uploaden', 'haha*', 'lol', 'grapje', 'verslag', 'rooster', 'uitnodiging*', 'planning', 'groepsapp', 'foto_s_van_de', 'fotos_van_de', 'vakantie', 'feest'],
    examples: {
      match: ['binnen 5 min of ik post hem', 'betaal nu of ik deel het', 'stuur er nog een anders lek ik ze'],
      ignore: ['of ik post het morgen wel', 'wil je het posten of post ik het', 'doe jij het of deel ik het zelf'],
    },
  },
  {
    id: 'want-me-to-send-your-pics-r10',
    phrases: [
      'wil|wilt je|jij|ge dat ik|k ..1 je|jouw|uw @photo|@nude|naaktfoto*|nudes|chats ..2 naar|aan [al] je|jouw|uw @audience',
      'als je|jij|ge ..4 niet|nie|ni ..3 post|deel|lek|leak|verspreid ik|k ..1 alles|ze|je_fotos|die_fotos|de_video|die_video|je_nudes|je_video',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vroeg|vraagt|vroegen|wilde|wil_ze|wil_hij', 'zelf', 'wel', 'diploma*', 'uitreiking', 'vakantie', 'reis', 'feest', 'bruiloft', 'verjaardag*', 'schoolfoto*', 'klassenfoto*', 'pasfoto*', 'haha*', 'lol', 'grapje', 'rooster', 'verslag', 'huiswerk'],
    examples: {
      match: ['wil je dat ik je fotos naar je vriendin stuur?', 'als je me niet terugappt post ik alles'],
      ignore: ['wil je dat ik je fotos naar je moeder stuur? ze vroeg erom', 'als je niet reageert post ik het zelf wel', 'wil je dat ik je fotos van de vakantie naar oma stuur'],
    },
  },
  {
    id: 'or-they-get-them-r11',
    phrases: [
      'of|anders|tenzij ..1 [al|alle|heel] @your [hele] @audience krijgt|krijgen|ziet|zien ze|het|alles|hem|em|die|dat',
      'of|anders|tenzij krijgt|krijgen|ziet|zien [al|alle|heel] @your [hele] @audience ze|het|alles|hem|em|die|dat',
      'of|anders|tenzij iedereen krijgt|krijgen|ziet|zien ..1 ze|het|alles|die|de|je|jouw|deze ..1 [@photo|@nude|filmpje*|beelden|screenshots|video|videos]',
      'daarna|dan|straks|morgen|vanavond gaat|gaan ..1 de|die|je|jouw|het|deze ..1 link|video|videos|@photo|filmpje*|beelden|nudes|screenshots ..2 naar [al|alle|heel] @your [hele|heel] @audience',
      'dan|anders ziet|zien|krijgt|krijgen [de|je|jouw|heel|hele|al|alle] jongens|meiden|meisjes|gasten|iedereen|@crowd ..3 het|ze|alles|die|dat ..1 vanavond|morgen|straks|wel',
    ],
    unless: ['training', 'trainen', 'voetbal*', 'hockey', 'gym', 'kantine', 'schoolreis*', 'op_school', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'vakantie', 'kaartje', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'grapje', 'rommel', 'kamer', 'cadeau*', 'taart', 'eten', 'boete', 'herinnering', 'aanmaning', 'factuur', 'rekening', 'van_de', 'van_het', 'les', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie'],
    examples: {
      match: ['250 euro via tikkie voor vanavond of je school krijgt ze', 'stuur 50 euro via tikkie of iedereen krijgt die fotos', 'je hebt 10 min. daarna gaat de link naar al je volgers', 'dan zien de jongens van 4b het vanavond wel. jouw keuze', 'betaal nu of je ouders krijgen het', 'anders krijgt je hele klas ze morgen'],
      ignore: ['lever het in of je ouders krijgen een brief', 'dan zien we het morgen wel', 'dan zien de jongens het morgen wel bij de wedstrijd', 'daarna gaat de link naar al je vrienden voor het feest', 'of iedereen krijgt een stuk taart'],
    },
  },
  {
    id: 'show-your-people-if-not-r11',
    phrases: [
      'als|zodra @you ..4 niet|geen|nie|ni ..4 laat ik|k ..2 @your [hele] @audience ..3 zien',
      'anders|of|tenzij laat ik|k ..2 @your [hele] @audience ..3 zien',
      'vertel|laat ik|k ..2 iedereen|@audience ..1 [zien] wat @you ..4 stuurde|gestuurd|opgestuurd|stuurt|liet_zien|hebt_laten_zien',
      'stuur|post|zet|gooi|deel ik|k ..1 [die|de|je|jouw|al_je|alle] @photo|@nude|filmpjes|videos|ze|alles ..3 naar|in|op heel|hele ..1 [de] school|klas|klassenapp*|groepsapp*|groepschat*|klassengroep*|jaarlaag|stad',
      'of|anders|tenzij ..1 [deze|die|de|je|jouw] @photo|@nude|alles|het|ze ..1 gaat|gaan|komt|komen op ..1 youtube|pornhub|porn*|onlyfans|telegram|reddit|xhamster',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'schilderij', 'foto_s_van_de', 'fotos_van_de', 'van_de_reis', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'kapsel', 'outfit', 'trots', 'hoe_goed', 'hoe_mooi', 'kanaal', 'vlog', 'gemaakt|maakte|getekend'],
    examples: {
      match: ['als je nu geen betere stuurt laat ik je vrienden zien wat voor meisje jij bent', 'en als je het toch aan je moeder vertelt vertel ik iedereen wat je me laatst over jezelf stuurde', 'als je het uitmaakt stuur ik die filmpjes naar heel de klassenapp', 'of deze video gaat op youtube met jouw naam erbij', 'anders laat ik je ouders zien wat je doet'],
      ignore: ['als je wil laat ik je moeder zien hoe mooi je tekening is', 'ik stuur de fotos van de reis naar heel de klas', 'ik vertel iedereen wat je voor je verjaardag gekregen hebt', 'als je niet komt laat ik je ouders je rapport zien', 'die video gaat op youtube, op mijn kanaal'],
    },
  },
  {
    id: 'if-no-payment-parents-informed-r11',
    phrases: [
      'bij|als|zodra ..2 niet|geen|uitblijvende ..1 betaling|betalen|betaalt|voldoen|voldoet|overmaken|overmaakt|reactie ..4 worden|wordt|zullen|gaan|krijgen|krijgt ..2 @your @audience',
      'bij|als|zodra ..1 niet|geen ..1 betaling|betalen|betaalt|voldoen|voldoet|overmaken ..6 op_de_hoogte|ingelicht|geinformeerd|gemaild|gebeld|benaderd|gecontacteerd',
    ],
    unless: ['administratie', 'leerlingadministratie', 'door_de', 'door_school', 'kluisje*', 'boeken*', 'kantine', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'contributie', 'schoolreis*', 'ouderbijdrage', 'lidmaatschap', 'abonnement', 'huur', 'factuur', 'incasso*', 'deurwaarder', 'kamp', 'excursie', 'vereniging', 'club', 'mentor'],
    examples: {
      match: ['Bij niet betalen worden uw ouders en school op de hoogte gebracht.', 'als je niet betaalt worden je ouders ingelicht'],
      ignore: ['bij niet betalen van de contributie worden je ouders gemaild', 'als je de ouderbijdrage niet betaalt worden je ouders gebeld'],
    },
  },
  {
    id: 'one-click-and-they-know-r11',
    phrases: [
      'klik|klikje|bericht|berichtje|knop|druk|appje|dm ..4 en ..3 @audience|iedereen|ze weet|weten|heeft|hebben|ziet|zien|krijgt|krijgen ..1 het|alles|dit|dat',
      'denk|denkt @you ..2 dat|wat @your @audience ..3 zeggen|zegt|doen|doet|vinden|vindt|denken|denkt ..3 als ..2 @photo|filmpje*|dit|dat|die|deze|ze|het ..2 ziet|zien|krijgt|krijgen|leest|lezen|onder_ogen',
      'ik|k maak ..2 groepsapp*|groepschat*|groep|account ..6 @audience ..4 zet|stuur|post|gooi ..2 erin|in',
      'zal|moet ik|k ..2 beginnen|starten ..2 met ..1 sturen|versturen|posten|delen|doorsturen|lekken',
      'wil|wilt ..2 niet ..1 dat ..3 viral|online|rond|openbaar|overal ..1 gaat|gaan|komt|komen|staat|staan',
      'wil|wilt ..2 niet ..1 dat ..1 @your @audience ..3 ziet|zien|krijgt|krijgen|te_zien|ontvangt|ontvangen',
      'dan ..1 weet|weten|ziet|zien ..1 hij|ze|iedereen ..1 hoe @you ..1 echt ..1 bent',
      'ik|k zet|post|maak ..4 account|pagina|profiel ..2 met ..1 jouw|je ..1 naam ..5 tag|deel|stuur',
      'staat|staan|komt|komen ..3 op ..1 @your ..1 school|klas|schools ..1 insta|instagram|pagina|account|tiktok|story|site|groep',
      'wat_voor ..1 meisje|jongen|slet|hoer|sletje|persoon ..1 @you ..1 bent|echt_bent',
      'iedereen ..2 in|uit|op|van @your @audience|contactenlijst|lijst ..2 krijgt|ziet|ontvangt ..2 dit|dat|die|je|jouw|de|het|deze',
    ],
    unless: ['roddel*', 'zo_gaat_dat', 'van_de', 'van_het', 'schoolreis*', 'excursie', 'werkweek', 'kamp', 'kerstkaart*', 'kaart*', 'met_sturen_van|met_versturen_van|met_posten_van|met_delen_van', 'gewonnen', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'foto_s_van_de', 'fotos_van_de', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'jarig', 'uitje', 'kaartje*', 'zeg|vertel ..3 het ..2 zelf'],
    examples: {
      match: ['ik heb je nummer en die van je ouders. 1 klik en ze hebben het', 'wat denk je dat je vader gaat zeggen als hij dit filmpje krijgt', 'ik maak een groepsapp met al je klasgenoten en zet het erin', '1 bericht van mij en je hele school weet het', 'ik heb de namen van je vrienden al. zal ik beginnen met sturen?', 'je wil toch niet dat dit viral gaat', 'je wilt toch niet dat je ouders dit zien', 'ik zet het op een account met jouw naam en tag iedereen', 'binnen een uur staat het op je school insta pagina', 'dan weet hij wat voor meisje je bent', 'ik stuur het door naar je vriendje dan weet hij hoe je echt bent', 'iedereen in je contacten krijgt dit filmpje'],
      ignore: ['stuur 1 bericht in de groep en iedereen weet het van het feest', 'wat denk je dat je moeder zegt als ze je rapport ziet', 'ik maak een groepsapp met al je vrienden voor je verjaardag', 'zal ik beginnen met sturen van de uitnodigingen?', 'je wil toch niet dat je ouders je kamer zo zien haha', 'het rooster staat op je school site'],
    },
  },
  {
    id: 'if-you-dont-it-goes-r11',
    phrases: [
      'betaalt|betaal|reageert|antwoordt|stuurt|doet ..3 gaat|gaan|komt|komen ..2 naar [al|alle] @your [hele] @audience',
      'deze|die|ze|dit|dat|alles worden|wordt ..1 openbaar ..1 gemaakt ..4 indien|als|tenzij|zodra|wanneer',
      'worden|wordt ..2 gepubliceerd|verspreid|gelekt|online_gezet|openbaar_gemaakt ..3 indien|tenzij ..4 niet|geen ..3 betaalt|betaald|betaling|overmaakt|voldoet',
      'als @you ..3 blokt|blokkeert|negeert|weggaat|ghost ..3 krijgt|krijgen|ziet|zien ..1 iedereen|@your ..2 het|alles|ze',
      'nepaccount*|nep_account*|fake_account*|fakeaccount*|fake_profiel|nepprofiel ..6 tag|tagt|stuur|post|zet ..3 @your|iedereen|school|klas',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'schoolreis*', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'foto_s_van_de', 'fotos_van_de', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'roddel*', 'gewonnen'],
    examples: {
      match: ['ik heb je video. als ge nie betaalt gaat die naar al uw vrienden op facebook', 'Wij beschikken over beelden van u. Deze worden openbaar gemaakt indien u niet binnen 48 uur betaalt.', 'als je me blokt krijgt iedereen het', 'ik zet het op een nepaccount en tag je school'],
      ignore: ['als je niet reageert gaat de uitnodiging naar al je vrienden', 'de uitslag wordt openbaar gemaakt als iedereen klaar is'],
    },
  },
  {
    id: 'tomorrow-the-whole-school-knows-r11',
    phrases: [
      'morgen|straks|vanavond|dan weet|weten|ziet|zien ..1 de|je|jouw ..1 hele|heel ..1 school|klas|stad|familie|buurt ..1 het|alles',
    ],
    unless: ['einde', 'spoiler*', 'aflevering', 'serie', 'film', 'toch_al', 'uitslag', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'schoolreis*', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'foto_s_van_de', 'fotos_van_de', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'roddel*', 'gewonnen', 'zeg|vertel ..3 het ..2 zelf', 'verklap*', 'verloofd', 'zwanger', 'geslaagd', 'gezakt', 'verkering'],
    weight: 3,
    examples: {
      match: ['morgen weet de hele school het'],
      ignore: ['morgen weet de hele school het, we hebben gewonnen', 'morgen weet de hele klas het haha'],
    },
  },
  {
    id: 'you-know-what-happens-to-the-video-r11',
    phrases: [
      'dan|anders|of ..1 weet|zie|ziet ..2 wat ..2 gebeurt|gebeuren ..1 met ..1 die|de|je|jouw|deze ..1 @photo|@nude|filmpje*|video|videos|beelden|chats',
      'ik|k zet|post|gooi|upload ..2 je|jouw|die ..1 @photo|@nude ..2 op ..1 een ..1 site|website|pagina|forum|account ..4 iedereen',
      'die|ze|deze|dat|het|alles gaan|gaat ..1 naar ..1 @your ..1 klassengroep*|klassenapp*|groepsapp*|groepschat*|klasgroep*',
      'ik|k ga|zal ..2 je|jou ..2 blootstellen|exposen|exposed|ontmaskeren',
      'iedereen ..2 weten|zien ..1 wat_voor ..1 iemand|meisje|jongen|slet|hoer ..1 @you ..1 bent|echt_bent',
      'ik|k upload|post|deel|lek|leak|verspreid|publiceer ..3 als|tenzij|zodra @you ..2 niet|nie|geen',
      'voordat|voor|anders ik|k ..2 naar @your @audience ..1 stuur|stuurt|app|doorstuur|laat_zien',
      'ga|zal ik|k ..2 delen|posten|sturen|zetten ..4 groep|groepsapp|chat ..2 van @your klas|school|team|club',
      'bericht|berichtje|mail|mailtje ..1 klaarstaan|klaar_staan|klaar ..2 voor|aan ..1 @your @audience',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'schoolreis*', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'foto_s_van_de', 'fotos_van_de', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'roddel*', 'gewonnen', 'bbq', 'barbecue', 'beste', 'lief*', 'geweldig*', 'top', 'held', 'koninkrijk', 'koning', 'koningin', 'majesteit', 'zwaard', 'verrader', 'ridder*', 'kasteel', 'hof', 'rijk', 'roleplay', 'rp', 'personage*', 'character*', 'fanfic*', 'hoofdstuk'],
    examples: {
      match: ['als ik morgen niks van je hoor dan weet je wat er gebeurt met die video', 'ik zet je fotos op een site waar iedereen ze kan zien', 'die gaan naar je klassengroep', 'ik ga je blootstellen aan iedereen', 'iedereen gaat weten wat voor iemand jij bent', 'ik upload het vanavond als je niet stuurt', 'laatste kans voordat ik het naar je pa stuur', 'ga ik gewoon delen in de groep van je klas', 'ik heb al een bericht klaarstaan voor je moeder'],
      ignore: ['die gaan naar je klassengroep, de uitnodigingen', 'laatste kans voordat ik het naar je pa stuur, de uitnodiging voor de bbq', 'iedereen gaat weten wat voor iemand jij bent: de beste!', 'ik heb al een bericht klaarstaan voor je moeder over het feest', 'ik zal je ontmaskeren voor het hele koninkrijk, verrader!', '*mijn character lacht* ik ga je ontmaskeren bij de raad, rp gaat verder'],
    },
  },
  {
    id: 'flemish-you-will-see-r11',
    phrases: [
      'wil|wilt ..2 toch ..1 niet|nie|ni ..1 dat|da ..3 iedereen|@audience ..3 ziet|zien|krijgt|krijgen',
      '@your @audience ..2 gaat|gaan|zal|zullen ..1 da|dat|dit|het|ze|alles ..1 zien|krijgen|te_zien_krijgen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest*', 'reis', 'schoolreis*', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'roddel*', 'gewonnen', 'oudercontact', 'ouderavond', 'kapsel', 'outfit', 'jurk', 'tattoo', 'tatoeage', 'piercing', 'rommel', 'puinhoop', 'boos', 'kwaad', 'schrikken', 'blij', 'trots'],
    examples: {
      match: ['uw ma gaat da zien', 'gij wilt toch nie da iedereen da ziet he', 'je wil toch niet dat je vrienden dit zien'],
      ignore: ['uw ma gaat da zien op het oudercontact', 'je moeder gaat het zien, je nieuwe kapsel', 'je wil toch niet dat iedereen je rommel ziet haha'],
    },
  },
  {
    id: 'file-forwarded-if-unpaid-r11',
    phrases: [
      'bij|als|zodra|indien ..2 niet|geen ..1 betaling|betalen|betaalt|voldoet ..6 doorgestuurd|verstuurd|gestuurd|overgedragen ..2 naar|aan ..1 @your|de ..1 @audience|media|pers|werkgever',
      'indien @you ..3 niet|geen ..4 betaalt|betaald|betaling|overmaakt|voldoet ..4 @your @audience|media|pers',
      'deze|die|dit|dat|ze|het|alles wordt|worden ..2 gedeeld|verspreid|gestuurd|verstuurd|doorgestuurd|gepubliceerd ..2 met|naar|onder|aan ..1 al|alle ..1 @your @audience|contacten',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest*', 'reis', 'schoolreis*', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'roddel*', 'gewonnen', 'oudercontact', 'ouderavond', 'nieuwsbrief', 'informatie', 'info', 'contributie', 'schoolreis*', 'ouderbijdrage', 'lidmaatschap', 'abonnement', 'huur', 'factuur', 'incasso*', 'deurwaarder', 'kamp', 'excursie', 'vereniging', 'administratie', 'chiro', 'scouts'],
    examples: {
      match: ['Indien u niet betaalt wordt uw dossier doorgestuurd naar uw ouders en de media.', 'Wij hebben een video van u opgenomen. Deze wordt gedeeld met al uw contacten als u niet binnen 2 dagen 1000 euro betaalt.'],
      ignore: ['indien u niet betaalt wordt de factuur doorgestuurd naar het incassobureau', 'deze wordt gedeeld met al je ouders via de nieuwsbrief'],
    },
  },
  {
    id: 'or-it-goes-in-the-group-r12',
    phrases: [
      'of|anders|zoniet|tenzij ..2 ik|k zet|gooi|post|plaats|deel|upload ..4 in|op ..3 story|status|groep*|groepen|server|groepsapp*|klassenapp*|klassengroep*|klasgroep*|tiktok|instagram|internet|snapchat|twitter|reddit|discord',
      'of|anders|zoniet|tenzij ..2 zet|gooi|post|plaats|deel|upload ik|k ..4 in|op ..3 story|status|groep*|groepen|server|groepsapp*|klassenapp*|klassengroep*|klasgroep*|tiktok|instagram|internet|snapchat|twitter|reddit|discord',
      'niet|geen|blokt|blokkeert ..4 zet|gooi|post|plaats|deel|upload ik|k ..1 je|jouw|ze|hem|die|alles ..4 in|op ..3 story|status|groep*|groepen|server|groepsapp*|klassenapp*|klassengroep*|klasgroep*|tiktok|internet',
      'of|anders ..2 ze|die|het|alles|je_fotos|je_foto_s staan|staat|komen|komt ..3 in|op ..3 story|groep*|server|groepsapp*|klassenapp*|klassengroep*|klasgroep*|tiktok|instagram|internet',
      'deze|die|ze|het|alles|hij gaat|gaan ..2 naar ..2 de|je|jouw|uw|al|alle ..2 hele|heel ..1 squad|server|groep|groepsapp*|klassenapp*|vriendenlijst|@audience',
      'gaat|gaan deze|die|ze|het|alles|hij ..2 naar ..2 de|je|jouw|uw|al|alle ..2 hele|heel ..1 squad|server|groep|groepsapp*|klassenapp*|vriendenlijst|@audience',
      'tag|zet ik|k ..2 je|jouw|uw ..1 @audience|school ..2 erbij',
      'maak|maken ik|k ..2 groep*|groepsapp*|groepschat* met ..1 @your ..1 @audience',
      'ik|k maak ..2 groep*|groepsapp*|groepschat* met ..1 @your ..1 @audience',
      'wordt|worden ..4 naar|aan ..1 al|alle ..1 @your @audience ..2 verzonden|verstuurd|gestuurd|doorgestuurd|gedeeld|verspreid',
      'jammer|zonde ..4 als|dat ..3 @audience ..3 ze|het|die|dit|dat ..2 kreeg|krijgt|ziet|zag|zou_zien|te_zien',
      'weet ..3 wat ..2 anders|dan ..1 gebeurt|gebeuren ..2 met ..2 @photo|@nude|filmpje*|video|videos|beelden|chats',
      'of|anders|zoniet ..1 ik|k stuur|stuurt|app|post|deel ..3 naar|aan ..1 je|jouw|uw @audience',
      '@photo|fotos|filmpje*|naaktfoto*|nudes gaat|gaan ..1 naar ..2 je|jouw|uw|al_je ..1 @audience',
      'of|anders|zoniet ..1 ik|k stuur|app|deel ..2 het|ze|alles|hem|die ..1 door|rond',
      'ik|k post|zet|gooi|deel|plaats ..1 ze|het|hem|alles|die ..4 groep*|groepsapp*|klasgroep*|klassengroep*|klassenapp*|story|server ..6 niet ..1 betaalt|stuurt|reageert|luistert',
      'of|anders|zoniet ..1 ik|k verspreid|lek|leak|publiceer|deel|post ..1 alles|ze|het|die|jouw|je',
      '@you ..1 bent|ben|zijt ..2 klaar|kapot|dood|gezien|afgemaakt ..3 als|wanneer|zodra ik|k ..1 dit|dat|het|ze|deze|die ..1 post|deel|verspreid|upload|stuur|lek|online_zet',
      'zullen|zal wij|we|ik ..3 niet ..1 delen|verspreiden|publiceren|versturen|doorsturen|sturen|openbaar ..3 @audience|politie|media',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'huiswerk', 'verjaardag*', 'feest*', 'verrassing*', 'cadeau*', 'uitnodiging*', 'link', 'planning', 'rooster', 'poll', 'datum', 'lijst', 'reis', 'vakantie', 'wedstrijd', 'training', 'toets*', 'klassenfoto', 'groepsfoto', 'meme*', 'vond|vindt|vinden|vond_ze ..2 mooi|leuk|prachtig|geweldig', 'album', 'afdrukken', 'printen', 'lijstje*', 'fotoboek*', 'niet_ziet', 'niet_kan_zien', 'niet_komt', 'mist', 'voorstelling', 'optreden', 'uitvoering', 'musical', 'diploma*'],
    examples: {
      match: ['ff duidelijk: of je stuurt me 5 nieuwe of ik zet je oude in de story', 'als je niet meer stuurt zet ik hem in de roblox groep met je naam', '300 euro of ik zet op internet met je naam', 'stuur 50 euro via tikkie of ze staan morgen in de klassenapp', 'als je me nu niet nog 3 stuurt gaat deze naar de hele squad en je ouders', 'die gaan naar je hele vriendenlijst als je niet betaalt', 'anders tag ik ook je school erbij', 'of ik maak groep met jou familie en ik stuur alles', 'anders wordt het fragment naar al uw contacten verzonden', 'ik zou het jammer vinden als je nieuwe vriend ze kreeg', 'Tegen betaling van 500 euro zullen wij deze niet delen met school en politie', 'je weet wat er anders gebeurt met die video', 'doe wat ik zeg of ik stuur hem naar je neef', 'anders gooi ik het in de klasgroep', 'Jij moet nu betalen of ik verspreid alles', 'jij bent klaar als ik dit post', 'die foto gaat naar je tante', 'stuur 30 euro paysafe of ik stuur het door', 'ik post ze in de groep van je school als je niet betaalt', 'betaal of ik gooi ze in de groepsapp'],
      ignore: ['als je niet reageert zet ik het in de groep, de link voor de training', 'of ik zet de planning in de groep', 'deze gaat naar je moeder, is een cadeau', 'zonde dat je ouders het niet zagen, de wedstrijd was top', 'ik zet het in de groep als je niet reageert, de link voor de training', 'de fotos gaan naar je oma, ze vond ze mooi', 'we zijn klaar als ik dit post en dan gaan we eten', 'dat is zonde als je oma dat niet ziet, de voorstelling is zo mooi'],
    },
  },
  {
    id: 'it-lands-in-the-group-r13',
    phrases: [
      'anders|of|als ..4 gaat|staat|komt|belandt|gaan|staan|komen ..3 het|dit|dat|ze|die|deze|alles ..4 in|op|rond ..2 jaargroep*|klassenapp*|groepsapp*|klassengroep*|groepschat*|jaarapp*|schoolgroep*|story|instagram|tiktok|internet|online',
      'of|anders ..2 het|dit|dat|ze|die|alles ..1 gaat|staat|komt|belandt|gaan ..3 rond|in|op ..2 jaargroep*|klassenapp*|groepsapp*|klassengroep*|groepschat*|jaarapp*|schoolgroep*|story|internet|online',
    ],
    unless: ['rooster', 'schema', 'planning', 'uitnodiging*', 'datum', 'adres', 'info', 'huiswerk', 'link', 'verslag', 'agenda', 'filmavond', 'lijst', 'verjaardag', 'feest', 'bbq', 'aftermovie', 'haha*', 'lol', 'xd', 'grapje', 'antwoorden', 'samenvatting', 'foto_van_de', 'fotos_van_de', 'foto_s_van_de', 'vakantie', 'poll', 'stemmen', 'vergeet', 'vergeten'],
    examples: {
      match: ['kan. 50 euro via tikkie en het is weg. anders gaat het in de jaargroep app vrijdag', 'kom morgen na de les naar het fietsenhok. als je niet komt staat het s avonds in de klassenapp', 'stuur het of het gaat rond in de groepsapp'],
      ignore: ['stuur het schema, anders zet ik het in de groepsapp', 'zeg het nu anders gaat het rooster in de groepsapp', 'of het staat op insta haha'],
    },
  },
  {
    id: 'or-your-people-get-it-r13',
    phrases: [
      'of|anders|dan ..3 @crowd|iedereen ..2 krijgen|krijgt|ontvangen|ontvangt ..2 dit|dat|het|ze|deze|die|alles',
      'anders|of|dan krijgt|krijgen|ziet|zien ..3 @crowd|@parents|iedereen ..2 @photo|beelden|opnames|filmpje*|video*|nudes',
    ],
    unless: ['krijgen|krijgt|zien|ziet ..4 niet|nooit|geen', 'vakantie', 'album', 'bruiloft', 'trouw*', 'verjaardag', 'uitnodiging*', 'rapport', 'cijfers', 'mail', 'brief', 'tikkie', 'link', 'kaartje*', 'taart', 'cadeau*', 'haha*', 'lol'],
    examples: {
      match: ['je insta staat in je bio. 150 via paypal binnen een uur of je volgers krijgen dit', 'Ge hebt tot 8u om 150 euro te storten via payconiq, anders krijgt heel uw school die fotos te zien.'],
      ignore: ['stuur het door anders krijgen je ouders de uitnodiging niet', 'schiet op anders krijgt oma de fotos van de vakantie nooit'],
    },
  },
  {
    id: 'then-forwarded-to-your-people-r13',
    phrases: [
      'dan|anders|volgt|niet|gebeurt ..4 worden|wordt|word|zullen ..3 @photo|beelden|opnames|opname|fotos|videos|materiaal|alles ..3 doorgestuurd|gestuurd|verstuurd|gedeeld|gepost|verspreid|gelekt|gepubliceerd ..2 naar|met|aan|onder|op ..3 @audience|contactpersonen|al_uw|al_je|iedereen|internet|sociale_media',
    ],
    unless: ['schoolfoto*', 'fotograaf', 'klassenfoto*', 'parro', 'magister', 'smartschool', 'schoolreis', 'kamp', 'excursie', 'afscheid', 'musical', 'uitvoering', 'bestellen', 'inloggen', 'nieuwsbrief', 'toestemming'],
    examples: {
      match: ['Als binnen 6 uur geen betaling volgt worden de beelden doorgestuurd naar uw school en ouders.', 'Gebeurt dit niet, dan worden de opnames verstuurd naar al uw contactpersonen.'],
      ignore: ['als er geen bezwaar is dan worden de fotos van het kamp gedeeld met de ouders via parro', 'de fotos worden naar alle ouders gestuurd'],
    },
  },
  {
    id: 'or-you-know-what-happens-to-pics-r13',
    phrases: [
      'anders|of|zoniet|zo_niet ..2 weet @you ..2 wat er ..4 @photo|filmpje*|video*|beelden|nudes ..1 gebeurt|gebeuren|gaat_gebeuren|zal_gebeuren',
      '@crowd|iedereen|@parents ..4 hoort|horen|ziet|zien|weet|weten|leest|lezen ..2 wat @you ..4 stuurde|gestuurd|verstuurd|opgestuurd|liet_zien|hebt_laten_zien',
    ],
    unless: ['haha*', 'lol', 'xd', 'groepsapp', 'groep', 'klassenapp', 'per_ongeluk', 'cloud', 'icloud', 'backup', 'privacy', 'ai_training', 'meta'],
    examples: {
      match: ['koop een bol.com cadeaukaart van 100 en stuur de code. anders weet je wat er met je fotos gebeurt', 'laatste kans. of je zet nu je cam aan of iedereen op je school hoort wat je allemaal naar mij stuurde'],
      ignore: ['iedereen zag wat je stuurde in de groepsapp lol', 'weet je wat er met je fotos gebeurt als je ze in de cloud zet?'],
    },
  },
  {
    id: 'then-i-post-your-messages-r13',
    phrases: [
      'dan|anders|of ..3 post|zet|deel|plaats|gooi ik|k ..3 je|jouw|uw ..1 berichten|dms|chats|@photo|nudes ..4 op|in|online ..3 story|instagram|tiktok|snapchat|internet|pagina|account|feed',
    ],
    unless: ['mag', 'mag_ik', 'oke', 'vind_je', 'vindt_je', 'verjaardag', 'gefeliciteerd', 'feest', 'vakantie', 'haha*', 'lol', 'tag'],
    examples: {
      match: ['300 euro in btc. doe je niks dan post ik je berichten en fotos op je eigen story'],
      ignore: ['als je jarig bent dan zet ik je fotos op mijn story, mag dat?'],
    },
  },
  {
    id: 'if-not-this-goes-to-r13',
    phrases: [
      'niet ..4 gaat|gaan|komt|gaat_ie ..2 deze|die|dit|het|ze|alles ..1 naar ..3 @audience|squad|iedereen|groep|groepsapp|clan',
    ],
    unless: ['uitnodiging*', 'rapport', 'cijfers', 'mail', 'brief', 'tikkie', 'rekening', 'factuur', 'boete', 'melding', 'klacht', 'aanmelding', 'formulier'],
    examples: {
      match: ['haha gescreend. als je me nu niet nog 3 stuurt gaat deze naar de hele squad en je ouders'],
      ignore: ['als je niet betaalt gaat de rekening naar je ouders'],
    },
  },
  {
    id: 'or-else-to-everyone-r13',
    phrases: [
      'anders|zoniet|zo_niet ..4 naar ..1 iedereen|al_je_volgers|al_je_vrienden|je_hele_school|heel_je_school|je_ouders|je_klas|je_familie',
    ],
    unless: ['uitnodiging*', 'planning', 'rooster', 'mail', 'info', 'verslag', 'link', 'tikkie', 'rekening', 'huiswerk', 'antwoorden', 'samenvatting', 'agenda', 'lijst', 'adres', 'datum', 'poll', 'haha*', 'lol', 'grapje', 'stuur_ik_het_zelf', 'bellen', 'bel'],
    examples: {
      match: ["3 echte foto's. dan verwijder ik deze. anders morgen om 8u naar iedereen", 'betaal vandaag, anders gaat het naar al je volgers'],
      ignore: ['stuur de planning vandaag, anders morgen naar iedereen via de mail', 'laat het me weten, anders stuur ik de uitnodiging naar iedereen'],
    },
  },
  {
    id: 'then-your-pics-go-round-r14',
    phrases: [
      "daarna|dan|straks|morgen|vanavond|anders ..3 gaat|gaan|komt|komen|staat|staan ..1 je|jouw|uw ..1 @photo|@nude|naaktfoto*|nudes ..3 rond|viraal|online",
      "daarna|dan|straks|morgen|vanavond|anders ..3 gaat|gaan|komt|komen|staat|staan ..1 je|jouw|uw ..1 @photo|@nude|naaktfoto*|nudes ..2 in|op ..4 groepsapp*|klassenapp*|klassengroep*|klasgroep*|jaargroep*|story|instagram|facebook|tiktok|snapchat|internet|twitter|fanpage|reddit",
      "@your ..1 naaktfoto*|nudes|naaktbeelden|naaktvideo*|naaktfilmpje*|blootfoto* ..2 komen|komt|gaan|gaat|staan|staat|belanden|belandt ..3 op|in|rond|online|viraal",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "bruiloft", "vakantie", "album", "fotograaf", "schoolfoto*", "klassenfoto*", "verjaardag*", "feest*", "wedstrijd", "optreden", "musical", "kamp", "website", "nieuwsbrief", "mag_dat", "mag_het", "kunnen", "kan", "pas_op", "nooit", "tips", "voorlichting", "als_je_ze", "als_je_die"],
    examples: {
      match: ["je hebt tot 9 uur vanavond. daarna gaat je filmpje rond in de groepsapp van je klas", "stort 200 euro via payconiq of uw naaktfoto's komen op facebook bij al uw vrienden", "morgen staan je fotos op tiktok als je niet reageert", "anders gaan je nudes rond op school"],
      ignore: ["morgen staan je fotos van de bruiloft online", "daarna komen je fotos van de wedstrijd op de website", "pas op, je naaktfotos kunnen zo online komen", "morgen staat je video op tiktok haha"],
    },
  },
  {
    id: 'post-it-with-your-name-r14',
    phrases: [
      "zet|post|plaats|gooi|upload ik|k ..4 @photo|nudes ..6 met @your ..1 naam|gezicht|adres|nummer|instagram|school ..3 erbij|eronder|erop|erin",
      "ik|k zet|post|plaats|gooi|upload ..4 @photo|nudes ..6 met @your ..1 naam|gezicht|adres|nummer|instagram|school ..3 erbij|eronder|erop|erin",
      "zet|post|plaats|gooi|upload ik|k ..4 @photo|nudes ..3 op ..3 fanpage*|pagina|account ..3 met # ..1 k|volgers|followers|duizend",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "trots", "gefeliciteerd", "proficiat", "mag_dat", "mag_het", "goed_gedaan", "verjaardag*", "jarig", "wedstrijd", "doelpunt", "goal", "optreden", "tekening*", "kunstwerk", "cosplay", "credit*", "toestemming", "ok_als", "oke_als", "bedankt", "mvp", "club*", "team", "toernooi", "kampioen*", "winnaar", "speler_van", "man_of_the_match", "topscorer"],
    examples: {
      match: ["jammer. dan zet ik die eerste video op onze fanpage met 38k volgers met jouw naam erbij. jouw keuze", "ik post je foto met je naam en school erbij", "dan plaats ik de video op mijn account met 20k volgers"],
      ignore: ["ik zet je video op de pagina met je naam erbij, super goed gedaan!", "mag ik je tekening op mijn account met 2k volgers zetten? met je naam erbij als credit", "ik post je foto met je naam erbij op de clubpagina, je was MVP"],
    },
  },
  {
    id: 'you-sent-it-i-can-forward-r14',
    phrases: [
      "gestuurd|opgestuurd|verstuurd|gestuurt ..5 die|deze|ze|hem|dat|het kan|ga|zal|mag ik|k ..3 naar ..3 sturen|doorsturen|appen|forwarden|rondsturen",
      "gestuurd|opgestuurd|verstuurd|gestuurt ..5 die|deze|ze|hem|dat|het kan|ga|zal ik|k ..3 doorsturen|rondsturen|forwarden|delen|posten|rondgooien",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "oma", "opa", "tante", "oom", "album", "mooi", "leuk", "dank*", "bedankt", "thx", "top", "lief", "groepsapp", "huiswerk", "formulier", "screenshot*", "schema", "rooster", "tikkie", "link", "adres", "uitnodiging*", "bestand*", "document*", "pdf", "samenvatting", "antwoorden", "planning", "meme*", "filmpje_van_de", "liedje", "nummer", "naar papa|mama|pap|mam|paps|mams|opa|oma"],
    examples: {
      match: ["je hebt er net al een gestuurd, die kan ik ook naar romy sturen. en naar je moeder", "je hebt ze zelf gestuurd, die kan ik gewoon doorsturen", "jij hebt hem verstuurd, die ga ik naar je klas sturen"],
      ignore: ["je hebt de planning gestuurd, die kan ik naar sem doorsturen", "je hebt de foto gestuurd, die kan ik naar oma sturen, ze vindt hem mooi", "je hebt het zelf gestuurd, die kan ik toch ook naar papa sturen?"],
    },
  },
  {
    id: 'everyone-knows-how-you-look-r14',
    phrases: [
      "weet|weten|ziet|zien|zal|zullen|gaat|gaan ..4 hele|heel|iedereen|@crowd|@audience ..4 hoe @you ..2 eruit ..1 ziet|zag|ziet_zonder ..3 @nude",
      "hele|heel|iedereen|@crowd ..3 weet|weten|ziet|zien|zal_weten|zal_zien ..2 hoe @you ..2 eruit ..1 ziet|zag ..3 @nude",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "zwembad", "zwemles", "strand", "sauna", "kleedkamer"],
    examples: {
      match: ["als je zaterdag niet bij me bent weet het hele lyceum hoe jij eruit ziet zonder kleren", "straks weet je hele klas hoe je eruit ziet in je ondergoed", "je hele school ziet straks hoe je eruit ziet zonder shirt"],
      ignore: ["iedereen weet hoe je eruit ziet zonder make-up lol", "het hele zwembad zag hoe je eruit zag in je bikini"],
    },
  },
  {
    id: 'pay-or-it-goes-mocking-r14',
    phrases: [
      "# ..1 @currency|@money ..6 of|anders|zoniet ..3 @photo|nudes|filmpje*|video* ..2 gaat|gaan|komt|komen ..2 naar ..3 @audience|iedereen",
      "# ..1 @currency|@money ..6 of|anders|zoniet ..2 ik|k stuur|app|post|deel ..4 naar ..3 @audience|iedereen",
      "# ..1 @currency|@money ..6 of|anders|zoniet ..1 stuur|app|post|deel ik|k ..4 naar ..3 @audience|iedereen",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "grapje", "geintje", "jk", "cadeau*", "verjaardag*", "kaartje*", "uitnodiging*", "factuur", "rekening", "boete", "tikkie_voor", "snackbar", "pizza", "schoolreis", "kamp", "contributie"],
    examples: {
      match: ["haha sukkel. ik heb je foto en ik heb al je volgers gescreenshot. 400 euro via deze link of je foto gaat naar je hele klas en je moeder", "lol 200 euro of je video gaat naar al je vrienden 😂", "hahaha 50 euro anders stuur ik het naar je ouders"],
      ignore: ["haha 10 euro of de foto van je verjaardag gaat naar oma", "lol betaal de 5 euro voor de pizza of ik stuur een tikkie naar je moeder"],
    },
  },
  {
    id: 'if-you-block-it-goes-out-r14',
    phrases: [
      "block*|blok*|ontvolg*|negeer* ..6 gaat|gaan|komt|komen|staat|staan ..3 eruit|online|rond|viraal|op_internet",
      "als|zodra|wanneer ..2 je|jij ..2 me|mij ..1 blokt|blokkeert|blockt|blocked|negeert|ontvolgt ..4 post|zet|gooi|deel|stuur|upload|lek|verspreid ik|k",
      "weet ..3 wat er ..1 gebeurt|gebeuren ..3 als|wanneer|zodra ..3 blokt|blokkeert|blockt|blocked|blokken|blocken|negeert|ontvolgt",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "game", "spel", "server_regels", "spam", "advertentie*", "reclame", "account_van_de", "instellingen", "melding"],
    examples: {
      match: ["je hebt 15 min. niet blocken anders gaat het meteen eruit", "ik heb al je volgers gescreenshot 😈 je weet wat er gebeurt als je me blokt", "als je me blokt post ik alles"],
      ignore: ["als je me blokt in de game kan ik je geen trade sturen", "niet blokken, dan gaat de melding eruit lol"],
    },
  },
  {
    id: 'or-it-is-on-your-page-r14',
    phrases: [
      "of|anders|zoniet ..2 het|ze|alles|die|dit|deze staat|staan|komt|komen|gaat|gaan ..3 in|op ..2 de|je|jouw|uw ..1 klassenserver|schoolserver|server|discord|schoolpagina|pagina|profiel|feed|facebook|schoolsite|tijdlijn",
      "of|anders|zoniet ..2 staat|staan|komt|komen|gaat|gaan ..1 het|ze|alles|die|dit|deze ..3 in|op ..2 de|je|jouw|uw ..1 klassenserver|schoolserver|server|discord|schoolpagina|pagina|profiel|feed|facebook|schoolsite|tijdlijn",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "rooster", "planning", "link", "uitnodiging*", "info", "huiswerk", "verslag", "agenda", "datum", "poll", "lijst", "aftermovie", "vakantie", "cijfers", "uitslag", "nieuwsbrief", "bericht_van", "foto_van_de", "fotos_van_de", "foto_s_van_de"],
    examples: {
      match: ["25 euro op paypal of het staat morgen op je schoolpagina", "50 euro via tikkie of alles komt in de klassenserver", "stuur er nog 2 anders staan ze op je profiel"],
      ignore: ["reageer even anders komt het rooster op de klassenserver", "schiet op of de uitslag staat al in de server"],
    },
  },
  {
    id: 'make-sure-everyone-sees-r14',
    phrases: [
      "ik|k ga|zal|zorg ..3 zorgen|voor|ervoor ..2 dat iedereen|@crowd|@parents|je_hele|heel_je ..3 ziet|zien|weet|weten|krijgt|krijgen|te_zien",
      "zet|plaats|post|gooi ik|k ..2 je|jouw|uw ..1 nummer|adres|naam|fotos|foto|foto_s|pics|instagram|snap ..4 op ..3 seks*|sex*|dating*|porno*|escort*|hoer*|18plus|18_plus|onlyfans",
      "ik|k zet|plaats|post|gooi ..2 je|jouw|uw ..1 nummer|adres|naam|fotos|foto|foto_s|pics|instagram|snap ..4 op ..3 seks*|sex*|dating*|porno*|escort*|hoer*|18plus|18_plus|onlyfans",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "tekening*", "mooi", "trots", "gefeliciteerd", "uitnodiging*", "rooster", "planning", "feest*", "verjaardag*", "verrassing*", "nieuwsbrief", "website_van", "doelpunt", "wedstrijd", "optreden", "cijfer*", "diploma", "geslaagd"],
    examples: {
      match: ["ik ga zorgen dat iedereen het ziet", "ik zorg ervoor dat je hele klas het weet", "ik zet je nummer op een seksdatingsite", "ik plaats je foto op een escort site"],
      ignore: ["ik ga zorgen dat iedereen het ziet, je tekening is zo mooi", "ik zorg ervoor dat iedereen de uitnodiging krijgt"],
    },
  },
  {
    id: 'your-mum-gets-a-link-r14',
    phrases: [
      "@your ..1 @audience|mams|mama|mam ..2 krijgt|krijgen|ontvangt|ontvangen ..2 straks|zo|morgen|vanavond|dadelijk|zometeen ..2 een ..1 linkje|filmpje|fotootje|video|videootje|bestandje|screenshot*",
      "gaat|gaan|wordt|worden ..2 viral|viraal ..3 als @you ..3 niet|nee",
    ],
    unless: ['optreden', 'voorstelling', 'musical', 'concert*', 'diploma*', 'uitreiking*', 'toneel*', 'dansvoorstelling', "wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "ouderavond", "inschrijving", "parro", "magister", "smartschool", "formulier", "betaling", "tikkie", "gesprek", "rapport", "uitnodiging*", "enquete", "vragenlijst", "verjaardag*", "feest*", "bruiloft", "vakantie", "school", "juf", "meester", "mentor", "dansje", "tiktok_trend", "trend"],
    examples: {
      match: ["jouw mams krijgt straks een linkje", "je moeder krijgt zo een filmpje", "dat gaat viral als je niet luistert"],
      ignore: ["je ma krijgt straks een filmpje van jouw optreden, ze was er niet bij", "je moeder krijgt straks een linkje voor de ouderavond", "dat gaat viral als je het niet post, die trend lol"],
    },
  },
  {
    id: 'rest-goes-in-too-r15',
    phrases: [
      "of|anders|zoniet|zo_niet [de|die] rest ..3 gaat|gaan|komt|komen|staat|staan|volgt|volgen ..2 er|erin|er_in|online|rond|op|in|erbij|ook",
      "of|anders|zoniet|zo_niet gaat|gaan|komt|komen|staat|staan [de|die] rest ..2 er|erin|er_in|online|rond|erbij",
      "zet|gooi|post|plaats|drop|dump|stuur ik|k ..2 de|die rest ..3 er|erin|online|rond|erbij|ook [in|op|bij|online|rond]",
      "ik|k zet|gooi|post|plaats|drop|dump ..2 de|die rest ..3 er|erin|online|rond|erbij [in|op|bij|online|rond|ook]",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "pizza", "taart", "eten", "snoep", "chips", "huiswerk", "hoofdstuk*", "opgave*", "sommen", "spullen", "dozen", "pakket*", "kleren", "was", "wasmachine", "vaatwasser", "koelkast", "vriezer", "oven", "foto_s_van_de", "fotos_van_de", "vakantie*", "bruiloft", "feest*", "album", "drive"],
    examples: {
      match: ["40 euro tikkie voor vrijdag of de rest gaat er ook in", "als je niet 20 euro stuurt zet ik de rest er ook in", "anders komt de rest online", "betaal of ik gooi de rest erbij"],
      ignore: ["leg de rest maar in de koelkast anders gaat het er slecht uit", "ik zet de rest van de vakantiefotos erin vanavond", "eet je pizza op anders gaat de rest weg", "ik doe de eerste helft, de rest komt morgen"],
    },
  },
  {
    id: 'drop-it-in-every-group-r15',
    phrases: [
      "of|anders|zoniet|zo_niet ..2 ik|k drop|dump|gooi|zet|post|plaats|stuur ..3 in|op elke|iedere|alle ..2 groep*|groepsapp*|groepschat*|chats|klassenapp*|story|stories|appgroep*",
      "of|anders|zoniet|zo_niet ..1 drop|dump|gooi|zet|post|plaats|stuur ik|k ..3 in|op elke|iedere|alle ..2 groep*|groepsapp*|groepschat*|chats|klassenapp*|story|stories|appgroep*",
      "drop|dump|gooi|zet|post|plaats ..4 elke|iedere|alle ..1 groep*|groepsapp*|groepschat*|chats|appgroep* ..2 van je|jouw|uw school|klas|club|team|vrienden|volgers|voetbal*|hockey*|sportclub",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "feest*", "uitnodiging*", "rooster", "planning", "poster", "flyer", "verjaardag*", "verrassing*", "toernooi", "wedstrijd", "training", "inschrijv*", "tikkie_voor_de", "collecte", "sponsor*", "loterij", "actie"],
    examples: {
      match: ["150 euro via paypal of ik drop het in elke groep van je school", "anders zet ik het in alle groepschats", "ik gooi die pics in elke groep van je klas"],
      ignore: ["ik zet de uitnodiging in elke groep van je school", "zet de poster maar in alle groepen van de club", "ik drop het rooster in elke groep van je team"],
    },
  },
  {
    id: 'then-it-goes-to-your-crowd-r15',
    phrases: [
      "gaat|gaan|komt|komen de|die|het|deze|dit|mijn|een link|linkje|vid|video|filmpje|@photo|screenshots|screenshot|screens|beelden|alles ..4 naar|bij [al|alle] je|jouw|uw [hele|heel] @crowd",
      "anders|zoniet|zo_niet gaat|gaan|komt|komen deze|die|dit|dat|ze|het|alles ..2 naar|bij [al|alle] je|jouw|uw @audience",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "xd", "grapje", "school_mail", "mail", "ouderavond", "inschrijving*", "rapport*", "cijfer*", "parro", "magister", "smartschool", "uitnodiging*", "eten", "pizza", "taart", "kaartje*", "ticket*", "plek", "kamer", "fiets", "kleren", "trui", "jas", "boek", "bord", "soep", "portie", "stuk", "cadeau*", "bruiloft", "vakantie", "verjaardag*", "feest*", "enquete", "vragenlijst", "nieuwsbrief", "formulier*"],
    examples: {
      match: ["daarna gaat de link met jouw vid naar je hele volgerslijst", "nu stuur je er nog 3 anders gaat deze naar je moeder en je mentor", "anders gaan ze naar al je vrienden", "dan gaan de screenshots naar je hele klas"],
      ignore: ["de link van de ouderavond gaat naar je ouders via de mail", "eet je bord leeg anders gaat het naar je broer", "anders gaat die trui naar je zus", "de fotos van de bruiloft gaan naar je familie"],
    },
  },
  {
    id: 'cannot-stop-publication-r15',
    phrases: [
      "kunnen|kan ..3 publicatie|verspreiding|plaatsing|openbaarmaking|verspreiden|publiceren|lekken|uitlekken ..3 niet ..1 tegenhouden|voorkomen|stoppen|tegengaan|garanderen|tegenhouden",
      "niet ..1 garanderen ..4 niet ..3 verspreid|gepubliceerd|gedeeld|online|gelekt|rondgestuurd",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "nieuws*", "artikel", "tips", "voorlichting", "politie_zegt", "helpwanted", "offlimits", "meldpunt", "rapport", "onderzoek", "volgens"],
    examples: {
      match: ["anders kunnen wij publicatie niet tegenhouden", "zonder betaling kunnen wij verspreiding niet voorkomen", "dan kunnen we niet garanderen dat ze niet verspreid worden"],
      ignore: ["volgens het artikel kan de politie verspreiding niet altijd voorkomen", "het meldpunt kan publicatie niet tegenhouden maar wel helpen"],
    },
  },
  {
    id: 'we-send-them-to-your-people-r15',
    phrases: [
      "wij|we sturen|posten|delen|verspreiden|zetten|versturen|mailen ..4 naar|aan|met|op|onder [al|alle|heel] je|jouw|uw [hele|heel] @audience",
      "sturen|posten|delen|verspreiden|versturen|mailen wij|we ..4 naar|aan|met|op|onder [al|alle|heel] je|jouw|uw [hele|heel] @audience",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "rapport*", "cijfer*", "brief", "mail", "email", "e_mail", "uitnodiging*", "huiswerk", "ouderavond", "verjaardag*", "feest*", "reis", "vakantie*", "kaartje*", "verrassing*", "bruiloft", "nieuwsbrief", "formulier*", "inschrijving*", "toestemming*", "smartschool", "magister", "parro", "schoolfoto*", "klassenfoto*", "grapje"],
    examples: {
      match: ["Als je stopt sturen wij de filmpjes naar je school", "we sturen alles naar je ouders als je niet betaalt", "wij verspreiden de beelden onder al je contacten"],
      ignore: ["wij sturen de rapporten naar je ouders", "we sturen de uitnodiging ook naar je familie"],
    },
  },
  {
    id: 'if-not-he-gets-to-see-them-r15',
    phrases: [
      "als|tenzij @you ..6 niet|nie|geen ..6 kan|mag|zal|gaat|krijgt hij|zij|ze|iedereen|je_vriend|je_vriendin|je_lief|je_nieuwe ..3 ze|die|het|alles ..3 ook ..1 zien|krijgen|hebben|bekijken",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "rapport*", "cijfer*", "brief", "mail", "email", "e_mail", "uitnodiging*", "huiswerk", "ouderavond", "verjaardag*", "feest*", "reis", "vakantie*", "kaartje*", "verrassing*", "bruiloft", "nieuwsbrief", "formulier*", "inschrijving*", "toestemming*", "smartschool", "magister", "parro", "schoolfoto*", "klassenfoto*", "grapje", "haha*", "lol", "xd", "eten", "pizza", "taart", "kleren", "trui", "boek", "game", "spel", "film", "serie", "kaartje*", "ticket*", "cadeau*"],
    examples: {
      match: ["als je niet terugkomt kan hij ze ook zien", "als je niet betaalt krijgt iedereen ze ook te zien", "als jij niet reageert mag je nieuwe vriend het ook zien"],
      ignore: ["als je niet komt kan hij de film ook zien", "als je je trui niet meeneemt mag hij die ook hebben"],
    },
  },
  {
    id: 'no-code-then-post-r15',
    phrases: [
      "geen ..1 code|codes|geld|betaling|tikkie|centen|poen|kaart|bitcoin|btc|money ..1 is|dan|betekent ..1 post|posten|online|upload|uploaden|delen|rondsturen|rond|openbaar|gelekt|leak|lek",
      "geen ..1 code|codes|geld|betaling|tikkie|centen|poen|kaart|bitcoin|btc|money ..1 post|posten|online|upload|uploaden|delen|rondsturen|openbaar|leak|lek",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "wifi", "wachtwoord", "inlog*", "2_fa", "verificatie*", "pakket*", "postnl", "brief", "post_nl", "bezorg*", "korting*", "kortingscode*", "actie", "webshop", "winkel"],
    examples: {
      match: ["koop een google play kaart en stuur me de code. geen code = post", "geen geld dan online", "geen betaling is openbaar"],
      ignore: ["geen code voor de wifi dan online gaan lukt niet lol", "geen kortingscode dan post ik het pakket gewoon zo"],
    },
  },
  {
    id: 'drop-or-mail-it-to-your-people-r15',
    phrases: [
      "ik|k|wij|we mail|mailen|droppen|drop|dump|dumpen|gooien|zetten ..1 de|die|je|jouw|al_je|alle|het|alles ..1 @photo|@nude|beelden|screenshots|screens|chats|filmpjes|link|opnames ..4 naar|aan|in|op je|jouw|uw ..1 @audience|klassenapp*|klassengroep*|groepsapp*|groepschat*|mailbox|inbox",
      "@your @audience ..2 krijgen|krijgt|ontvangen|ontvangt ..2 alles|het|ze|die|dit ..3 in ..1 hun|zijn|haar|de ..1 mailbox|inbox|mail|dms|brievenbus|app",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "rapport*", "cijfer*", "brief", "uitnodiging*", "huiswerk", "ouderavond", "verjaardag*", "feest*", "reis", "vakantie*", "kaartje*", "verrassing*", "bruiloft", "nieuwsbrief", "formulier*", "inschrijving*", "toestemming*", "smartschool", "magister", "parro", "schoolfoto*", "klassenfoto*", "grapje", "rooster", "planning", "factuur", "facturen", "betaalverzoek*", "bonnetje*", "haha*", "lol", "xd"],
    examples: {
      match: ["we droppen de filmpjes in je klassenapp als je niet betaalt", "uw ouders krijgen alles in hun mailbox", "ik mail de screenshots naar je mentor"],
      ignore: ["ik mail de fotos van de reis naar je ouders", "je ouders krijgen alles in hun mailbox via parro", "we droppen de link in de groepsapp van je klas voor het feest"],
    },
  },
  {
    id: 'i-tell-them-what-you-sent-r15',
    phrases: [
      "ik|k zeg|vertel ..2 tegen|aan ..1 [al|alle] je|jouw|uw|iedereen ..1 [@audience] ..3 wat @you ..4 gestuurd|verstuurd|opgestuurd|laten_zien|getoond|gedaan_hebt_op_cam",
      "ik|k vertel|zeg ..2 iedereen|@crowd ..3 wat @you ..4 gestuurd|verstuurd|opgestuurd|laten_zien|getoond",
      "kvertel|kzeg ..3 iedereen|@crowd|@audience ..3 wat @you ..4 gestuurd|verstuurd|opgestuurd|laten_zien|getoond",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "meme*", "link", "liedje*", "filmpje_van_de", "kaart*", "cadeau*", "verrassing*", "recept", "huiswerk", "samenvatting"],
    examples: {
      match: ["ik vertel iedereen wat je me gestuurd hebt", "stuur 50 euro of ik zeg tegen je ouders wat je me hebt laten zien", "kvertel je hele klas wat jij hebt gestuurd"],
      ignore: ["ik vertel iedereen wat je me gestuurd hebt, die meme is te goed haha", "ik zeg tegen mama wat je gedaan hebt"],
    },
  },
  {
    id: 'shame-if-they-see-r16',
    phrases: [
      'zou|zo|zal|wordt ..1 zonde|jammer|zielig|erg|vervelend|pijnlijk|balen|sneu ..1 zijn|worden als ..6 @audience|ex|jongen|vriendje|vriendinnetje|iedereen ..4 te_zien|ziet|zien|krijgt|krijgen|ontdekt|ontdekken|vindt|vinden',
      'als|anders|tenzij|of ..6 heeft|hebben|weet|weten|ziet|zien ..1 [de] hele|heel|gans|heel_de|gans_de ..1 [je|jouw|uw] klas|school|familie|straat|team|club|dorp|buurt ..2 het|t|dat|da|alles',
      'of|anders [je] weet ..2 wat er ..4 met ..1 die|je|jouw|uw|deze|die_van ..1 @photo|@nude|beelden|opname*|screenshots|filmpjes ..1 gebeurt|gebeurd|gaat_gebeuren',
      'ik|k stuur|post|deel|app|zet|stuurt ..4 naar|aan|bij iemand|mensen ..2 uit|van|in je|jouw|uw ..1 volgers|volgerslijst|contacten|contactenlijst|vriendenlijst|followers|klas|school|familie',
      'krijgt|krijgen|ziet|zien|ontvangt|ontvangen ..6 berichtje|bericht|filmpje|video|foto|fotootje|appje ..4 jou|jij|je|you in de hoofdrol',
      'stuur|post|deel|app ik|k ..4 naar|aan|bij iemand|mensen ..2 uit|van|in je|jouw|uw ..1 volgers|volgerslijst|contacten|contactenlijst|vriendenlijst|followers|klas|school|familie',
      'je|jouw|uw|die|de ..1 @photo|@nude|filmpje*|opname* ..3 staat|staan|ligt|liggen klaar ..3 posten|versturen|sturen|delen|uploaden|online|verspreiden',
      'hoef|hoeft ik|k ..3 niet ..4 klassengroep*|groepsapp*|klassenapp*|groepschat*|online|rond|instagram|story|tiktok ..2 te gooien|zetten|sturen|posten|delen|plaatsen',
      'anders|tenzij ik|k ..6 stuur|post|deel|verspreid ..1 [het|ze|alles] naar|aan|met allemaal|iedereen',
      'ik|k ..1 stuur|post|deel|app|lek|stuurt ..3 die|je|jouw|uw|de ..1 nudes|naaktfoto*|naaktje*|naaktvideo*|blootfoto*|sexvideo*|seksvideo* ..3 naar|aan ..1 je|jouw|uw @audience',
      'of|anders|tenzij ..1 ik|k deel|lek|leak|verspreid|post ..1 m|hem|em|ze|het|t|die|dat|alles',
      'stel|stel_je ..2 voor ..2 dat ..1 je|jouw|uw @audience ..4 dit|dat|het|deze|die|ze ..3 ziet|zien|krijgt|krijgen|vindt|vinden|ontvangt|ontvangen',
      'wat zou|zal ..1 je|jouw|uw @audience ..3 ervan|daarvan ..1 vinden|zeggen|denken ..4 als ..3 ziet|zien|krijgt|krijgen|te_zien|ontvangt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'zei|zeiden|zegt|dreigde|dreigt ..2 hij|ze|zij|die', 'kamer', 'rommel', 'kapsel', 'haar', 'outfit', 'tattoo', 'piercing', 'vape*', 'sigaret*', 'gespijbeld', 'verrassing*', 'surprise*', 'feest*', 'verjaardag*', 'jarig', 'cadeau*', 'kado*', 'uitnodiging*', 'film', 'serie', 'aflevering', 'wedstrijd*', 'voorstelling', 'optreden', 'toneel*', 'musical', 'verliefd', 'crush', 'roddel*', 'vertelt', 'verteld', 'verklapt', 'link', 'locatie', 'rekening', 'kosten', 'helft', 'eerlijk', 'pizza', 'taart', 'chips', 'snoep', 'bestelling*', 'pakket*', 'jaarboek*', 'schoolfoto*', 'rapport*', 'cijfer*', 'huiswerk', 'planning', 'rooster', 'scherm', 'spel', 'game', 'meme*', 'reis', 'vakantie'],
    weight: 5,
    examples: {
      match: ['zou zonde zijn als die nieuwe jongen van je dat te zien krijgt', 'kom vanavond naar het park. als je er niet bent heeft de hele klas het morgen', 'als ge morgen ni betaalt weet heel uw school het', 'betaal m voor 20:00 of je weet wat er met die filmpjes gebeurt', 'elke minuut dat je niet reageert stuur ik 1 foto naar iemand uit je volgerslijst', 'iedereen in je klassenapp krijgt morgen een berichtje van mij met jou in de hoofdrol', 'je video staat klaar om te posten', 'doe wat ik zeg, dan hoef ik m niet in de klassengroep te gooien', 'jij betaal 200 euro nu, anders ik maak nep fotos en stuur naar allemaal', 'ik stuur die nudes gewoon naar je oma lol', 'nu 3 nieuwe of ik deel m', 'stel je voor dat je vader deze fotos ziet', 'wat zou je moeder ervan vinden als ze dit filmpje te zien krijgt'],
      ignore: ['zou zonde zijn als je oma de voorstelling niet te zien krijgt', 'stel je voor dat je moeder je kamer zo ziet', 'wat zou je vader ervan vinden als hij je cijfers ziet', 'als je dat zegt weet de hele klas het morgen dat je verliefd bent', 'je schoolfoto staat klaar om te downloaden', 'wil je de link of deel ik hem in de groep', 'anders stuur ik de uitnodiging naar iedereen', 'je weet wat er met die fotos gebeurt, die gaan in het jaarboek', 'ik stuur de foto van de reis naar iemand uit je klas'],
    },
  },
  {
    id: 'shame-if-they-find-r17',
    phrases: [
      'zonde|jammer|vervelend|sneu|erg|naar|pijnlijk ..2 als ..3 je|jouw|uw @audience ..5 @photo|@nude ..6 vindt|vinden|ziet|zien|ontvangt|ontvangen|krijgt|krijgen|tegenkomt|tegenkomen|te_zien_krijgt|in_haar_inbox|in_zijn_inbox',
    ],
    unless: ['niet|nooit ..2 zien|ziet|krijgt|vindt', 'vakantie*', 'reis', 'feest*', 'bruiloft*', 'verjaardag*', 'schoolfoto*', 'jaarboek*', 'kapsel', 'voorstelling'],
    examples: {
      match: ['zou toch zonde zijn als jouw mama die filmpjes van jou in haar inbox vindt', 'jammer als je vader die pics van jou ziet he', 'pijnlijk als je vrienden je naaktfotos tegenkomen'],
      ignore: ['zou zonde zijn als je oma de fotos van de vakantie niet ziet', 'jammer als je moeder die foto niet ziet, hij is zo mooi', 'vervelend als je ouders die schoolfoto zien lol'],
    },
  },
  {
    id: 'or-i-put-it-on-a-site-r17',
    phrases: [
      'anders|of|tenzij ..2 zet|post|gooi|plaats|upload|lek|leak|deel ik|k ..5 op|online ..2 porn*|pornosite*|pornhub|xhamster|xvideos|onlyfans|sekssite*|seks_site*',
      'anders|of|tenzij ..1 ik|k zet|post|gooi|plaats|upload|lek|leak|deel ..5 op|online ..2 porn*|pornosite*|pornhub|xhamster|xvideos|onlyfans|sekssite*|seks_site*',
      'zet|post|gooi|plaats|upload|lek|leak ik|k ..5 op ..2 porn*|pornosite*|pornhub|xhamster|xvideos|onlyfans|sekssite*|seks_site* ..4 met|en je|jouw|uw naam|instagram|snapchat|account|profiel|nummer|adres',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje'],
    examples: {
      match: ['Stuur me nu meer videos, anders zet ik de vorige op een pornosite met je instagram erbij', 'of ik post ze op pornhub', 'anders upload ik alles op een seks site'],
      ignore: ['iemand stuurde me: anders zet ik de vorige op een pornosite. wat moet ik doen', 'anders zet ik het op insta'],
    },
  },
  {
    id: 'or-i-drop-it-in-the-group-r17',
    phrases: [
      'of|anders|tenzij ..1 ik|k drop|gooi|zet|post|dump|deel ..2 het|ze|hem|m|die|dat|alles|deze ..3 in|op ..2 de|die|je|jouw|uw server|discord|groep|groepsapp*|groepschat*|gc|klassenapp*|klassengroep*|klasgroep*|story|tijdlijn|feed',
      'of|anders|tenzij ..3 iedereen|heel_de_klas|de_hele_klas|heel_je_school|je_hele_school|hele_school|de_klas ..4 weet|ziet|weten|zien ..1 hoe je|jij|ge ..1 eruit|er_uit ziet|zag|uitziet',
      'of|anders ..1 ik|k stuur|laat ..2 ze|iedereen|allemaal|hun|hen ..2 wat|alles_wat je|jij|ge me|mij ..1 stuurde|gestuurd|hebt_gestuurd|stuurt|liet_zien',
      'wil|wilt je|jij|ge ..1 dat ik|k ..2 die|je|jouw|al_je|deze ..1 prive|geheime|pikante|naakt*|@nude ..2 [@photo|chats|dms|berichten|gesprekken] ..2 doorstuur|stuur|post|deel|verspreid|laat_zien',
      '@nude|naaktfoto*|porno* ..6 wil|wilt je|jij|ge dat ik|k ..6 online|rond|op_internet|openbaar ..1 zet|gooi|post|stuur|zetten',
      '@nude|naaktfoto*|porno* ..6 wil|wilt je|jij|ge dat ik|k ..6 doe|doen ..2 online|rond|op_internet|openbaar',
      '@nude|naaktfoto*|porno*|pornofoto* ..6 stuur|gooi|app ..2 het|ze|hem|m|die|dat ..1 rond',
      'om ..3 publicatie|openbaarmaking|verspreiding|publiceren|verspreiden|delen ..2 te voorkomen',
      'stuur|gooi|app ik|k ..2 het|ze|hem|m|die|dat ..1 rond ..3 in|op|naar|bij ..2 groepsapp*|klassenapp*|klassengroep*|klasgroep*|groepschat* ..2 van je|jouw|uw',
      'ik|k stuur|gooi|app ..2 het|ze|hem|m|die|dat ..1 rond ..3 in|op|naar|bij ..2 groepsapp*|klassenapp*|klassengroep*|klasgroep*|groepschat* ..2 van je|jouw|uw',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'schema', 'rooster', 'planning', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest*', 'uitslag*', 'vakantie*', 'reis', 'kabouter*', 'meme*', 'nieuwe_kapsel', 'outfit'],
    examples: {
      match: ['25 euro in skins of V-bucks of ik drop het in de server', 'kom terug of iedereen in de klasgroep weet hoe je eruit ziet', '1 foto naar mij of ik stuur ze allemaal wat jij me stuurde', 'wil je dat ik die privé chats doorstuur naar je vriendin?', 'ik kan van elke foto een naaktfoto maken met AI. wil je dat ik dat met die van jou doe en online zet?', 'Betaal 250 euro via de onderstaande link om publicatie te voorkomen', 'ik plak jouw hoofd op een pornofoto en stuur het rond in de groepsapp van je klas'],
      ignore: ['stuur het schema of ik drop het zelf in de server', 'of ik gooi de link in de groepsapp', 'iedereen weet hoe je eruit ziet, je bent de knapste', 'ik stuur de uitnodiging rond in de groepsapp van je klas', 'wil je dat ik de fotos van de reis doorstuur naar je moeder?'],
    },
  },
  {
    id: 'post-it-unless-you-pay-r18',
    phrases: [
      'post|zet|stuur|deel|gooi|plaats|upload|lek|leak|drop ik|k ..2 het|ze|alles|die|dat|dit|hem|m|je|jouw ..5 als|tenzij je|jij|ge ..3 niet|nie ..3 betaalt|betaald|betaal|betalen|overmaakt|tikt|dokt',
      'ik|k post|zet|stuur|deel|gooi|plaats|upload|lek|leak|drop ..2 het|ze|alles|die|dat|dit|hem|m|je|jouw ..5 als|tenzij je|jij|ge ..3 niet|nie ..3 betaalt|betaald|betaal|betalen|overmaakt|tikt|dokt',
      'moet|moeten ..2 weten|zien ..2 wat je|jij|ge ..2 me|mij ..4 gestuurd|stuurde|opgestuurd ..6 post|zet|stuur|deel|gooi|plaats|drop ik|k',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'tickets|kaartjes|pizza|eten|cadeau|schuld|boete|contributie|huur|bestelling|factuur|tikkie_terug|terugbetaalt|terug_betaalt|lijst|rooster|schema|link'],
    examples: {
      match: ['om 8 uur post ik het hier als je niet eerst betaalt', 'ik zet het in de groep als je niet vandaag betaalt', 'iedereen moet weten wat jij mij hebt gestuurd, om 8 uur post ik het', 'ik stuur ze door als je niet betaalt'],
      ignore: ['ik zet je naam op de lijst als je niet betaalt voor de tickets', 'ik zet het in de groep als je niet kunt komen', 'ik post het schema als je niet betaalt ook niet'],
    },
  },
  {
    id: 'shame-if-they-turn-up-r18',
    phrases: [
      'jammer|zonde|sneu|vervelend|naar|rot|pijnlijk|genant|balen|kut ..4 als|wanneer|mocht|mochten ..6 je|jouw|uw|jou ..1 @photo|@nude|beelden|naaktfoto*|chats|gesprekken ..6 opduik*|uitlek*|lekken|rondgaan|rondgaat|terechtkom*|verschijn*|beland*|rondgestuurd|viral|gelekt',
      'jammer|zonde|sneu|vervelend|naar|rot|pijnlijk|genant|balen|kut ..4 als|wanneer|mocht|mochten ..6 @photo|@nude|beelden|naaktfoto* van jou|je|you ..6 opduik*|uitlek*|lekken|rondgaan|rondgaat|terechtkom*|verschijn*|beland*|rondgestuurd|viral|gelekt',
      'jammer|zonde|sneu|vervelend|naar|rot|pijnlijk|genant|balen|kut ..4 als|wanneer|mocht|mochten ..3 je|jouw|uw @audience ..4 @photo|@nude|beelden|naaktfoto*|chats ..4 ziet|zien|krijgt|krijgen|vindt|vinden|ontvangt|ontvangen|onder_ogen',
      'stel|stel_dat|wat_als|wat_nou_als|zou_zomaar_kunnen ..5 @photo|@nude|naaktfoto*|beelden ..4 bij|naar|in je|jouw|uw @audience|klassenapp*|groepsapp*|klasgroep* ..3 terechtkom*|beland*|opduik*|gaan|gaat|komen|komt',
      '@photo|@nude|naaktfoto*|beelden van jou|je|you ..4 zomaar|ineens|opeens|plots|per_ongeluk ..4 opduik*|uitlek*|rondgaan|rondgaat|terechtkom*|verschijn*|beland*|viral|online_komen|online_staan',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'verwijder*', 'voorzichtig', 'pas_op', 'let_op', 'kwijt', 'verloren', 'vakantie*', 'reis', 'feest*', 'verjaardag*', 'bruiloft', 'van_de', 'van_het', 'privacy*', 'instellingen', 'nieuws', 'voorlichting', 'les'],
    examples: {
      match: ['zou toch jammer zijn als die fotootjes van jou ineens in de klassenapp opduiken he', 'zonde als je fotos zomaar uitlekken', 'het zou vervelend zijn als je ouders die fotos te zien krijgen', 'stel dat die foto\'s bij je moeder terechtkomen'],
      ignore: ['zou jammer zijn als de fotos van de vakantie kwijt zijn', 'jammer als je fotos uitlekken, dus zet je privacy instellingen goed', 'zonde als je fotos verloren gaan, maak een backup'],
    },
  },
  {
    id: 'it-goes-to-your-people-r18',
    phrases: [
      'anders|tenzij ..1 gaat|gaan|komt|komen|belandt|belanden ..3 @photo|@nude|collage|video|filmpje|beelden|screenshots|screens|alles|het|ze|dit|de_eerste|die_eerste|de_volgende ..4 naar|bij|in ..3 je|jouw|uw @audience|groepsapp*|klassenapp*|klasgroep*|groepschat*|story|tijdlijn',
      'of ..1 de|die|je|jouw|al_je|deze ..1 @photo|@nude|collage|video|filmpje|beelden|screenshots|screens ..3 gaat|gaan|komt|komen|belandt|belanden ..4 naar|bij|in ..3 je|jouw|uw @audience|groepsapp*|klassenapp*|klasgroep*|groepschat*',
      'anders|tenzij|of ..3 verspreidt|verspreiden|verspreid ..2 het|ze|zich|alles ..3 verder|overal|naar|door|rond',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'pakket*', 'pakje', 'brief', 'post', 'cadeau', 'erfenis', 'taart', 'eten', 'kaart', 'uitnodiging*', 'rooster', 'schema', 'uitslag*', 'rapport*', 'cijfer*', 'virus', 'griep', 'corona', 'ziekte', 'vuur', 'brand', 'infectie', 'bacterie*', 'luizen', 'schimmel', 'besmet*', 'roddel*', 'vakantie*', 'reis', 'feest*', 'verjaardag*', 'opvang', 'oppas*', 'logeren', 'slapen'],
    examples: {
      match: ['je hebt 5 min. anders gaat de eerste naar je broer', 'of de collage gaat naar de Lions en je school', 'anders gaat alles naar je klasgroep', 'anders verspreidt het zich verder, ook naar je school'],
      ignore: ['anders gaat het pakket naar je oma', 'anders gaat hij naar de opvang bij je oma', 'was je handen anders verspreidt het virus zich verder', 'of gaat hij naar je broer?'],
    },
  },
  {
    id: 'post-everything-you-sent-me-r18',
    phrases: [
      'zet|post|gooi|plaats|deel|upload|lek|leak|dump ..3 alles|al|alle|elke|dingen ..3 wat|die|dat je|jij|ge ..2 me|mij ..2 gestuurd|stuurde|opgestuurd|gaf|gegeven ..4 op|online|rond|in|openbaar',
      'zet|post|gooi|plaats|deel|upload|lek|leak|dump ..2 daar|er|hier ..2 alles|al|alle ..3 op|in ..2 wat|die|dat je|jij|ge ..2 me|mij ..2 gestuurd|stuurde|opgestuurd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'map|mapje|drive|document|doc|presentatie|verslag|werkstuk|powerpoint|ppt|onedrive|teams|classroom|magister|smartschool|usb|schijf|album|fotoboek|printen|print|website|site|planning|rooster', 'huiswerk', 'opdracht*', 'recept*', 'vakantie*', 'reis', 'feest*', 'verjaardag*'],
    examples: {
      match: ['ik maak een tiktok account met jouw naam en zet daar alles op wat je me gestuurd hebt', 'ik post alles wat je me stuurde online', 'ik gooi alle fotos die je me gestuurd hebt rond'],
      ignore: ['ik zet alles wat je me gestuurd hebt in de presentatie', 'zet alles wat je me stuurde in de drive', 'ik zet daar alles op wat je me gestuurd hebt, het album wordt mooi'],
    },
  },
  {
    id: 'show-it-to-your-people-r18',
    phrases: [
      'ik|k laat ..2 het|ze|alles|die|dat|dit|hem|m ..2 [aan] [al] je|jouw|uw @audience ..1 [ook] zien|lezen|horen',
      'laat ik ..2 het|ze|alles|die|dat|dit|hem|m ..2 [aan] [al] je|jouw|uw @audience ..1 [ook] zien|lezen|horen',
      'of|anders ..1 moet|zal ik ..2 het|ze|alles|dit|dat ..1 ze|hun|hem|haar ..1 zelf ..1 laten_zien|tonen|sturen|geven',
      'dan|anders|tenzij krijgen|krijgt|zien|ziet|ontvangen|ontvangt [al|alle] je|jouw|uw @audience ..4 het|de|dat|die|je|jouw ..1 @photo|@nude|filmpje|beelden|opname*|video',
      'stuur|sturen|post|posten|deel|delen|verspreid|verspreiden ..4 naar|aan|met je|jouw|uw|al|alle ..1 [je|jouw|uw] # ..1 volgers|followers|contacten|vrienden|connecties',
      'ik|k stuur|post|deel|verstuur ..3 naar|aan al|alle ..1 @audience ..3 van jou|you|jij',
      'of|anders ik|k weet ..2 wel wie|iemand ..4 graag|wel ..3 kijken|zien|hebben|willen_zien|wil_zien',
      'anders|of|tenzij ..2 ziet|zien|krijgt|krijgen ..1 je|jouw|uw ..1 @audience ..2 ze|het|alles|die|dat ..1 [ook] [te_zien]',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'zal|kan|mag|moet ik ..4 ook', 'tekening*', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'diploma*', 'toneel*', 'musical', 'optreden', 'voorstelling', 'uitvoering', 'uitreiking', 'reis', 'vakantie*', 'feest*', 'verjaardag*', 'bruiloft', 'schoolfoto*', 'klassenfoto*', 'van_de', 'van_het', 'giveaway', 'winactie', 'promo*', 'korting', 'link', 'nieuwsbrief', 'informatie', 'info', 'ouderavond', 'cadeau*', 'verrassing', 'verstop*', 'trots', 'filmpje_van_de', 'kapsel', 'outfit', 'jurk', 'taart', 'meme*', 'haha*', 'lol'],
    examples: {
      match: ['ik laat het je ouders zien', 'of moet ik het ze zelf laten zien', 'Zo niet, dan krijgen je vrienden en collega\'s het filmpje.', 'of wij sturen het naar uw 347 volgers', 'Als jij niet betaal ik stuur naar alle contacten en familie van jou', 'stuur er nog een paar of ik weet wel wie er graag naar wil kijken', 'maak het uit met hem. anders ziet je vader ze ook'],
      ignore: ['ik laat je tekening aan je moeder zien', 'dan krijgen je ouders de fotos van de reis', 'deel de giveaway met je 500 volgers', 'verstop de cadeaus anders ziet je moeder ze'],
    },
  },
  {
    id: 'veiled-they-will-see-r18',
    phrases: [
      'je|jouw|uw @audience ..3 gaat|gaan|zal|zullen|zou|zouden ..3 raar|vreemd|gek|schrikken|opkijken|staan_te_kijken|niet_blij ..4 als|wanneer ze|hij|zij ..3 dit|dat|deze|die|dat_ziet|dit_ziet|ziet|zien|krijgt|krijgen',
      'je|jouw|uw @photo|@nude|naaktfoto* ..3 komen|komt|gaan|gaat|staan|staat ..3 op ..1 een|de ..1 site|website|forum|pornosite|sekssite ..4 met|en je|jouw|uw naam|adres|school|nummer',
      'gaat|gaan|komt|komen ..2 een|de|die|je @photo|@nude|filmpje|naaktfoto* van jou|je|you ..3 rond|online|viral ..6 als|tenzij je|jij|ge ..2 niet|nie',
      'ik|k maak|zorg ..2 het|ze|jou|je|dit|dat|alles|die ..3 viraal|viral ..4 als|tenzij|anders|of',
      'ik|k maak ..2 jou|je|het|ze ..1 viraal|viral',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'rapport*', 'cijfer*', 'kamer', 'kapsel', 'haar_geverfd', 'tattoo', 'piercing', 'rekening_van', 'cadeau*', 'verrassing', 'taart', 'dans*', 'liedje*', 'meme*', 'haha*', 'lol', 'xd', 'mijn|mn dans|video|filmpje|liedje', 'reclame', 'schoolkrant', 'website_van_school', 'schoolsite', 'vakantie*', 'reis', 'feest*', 'verjaardag*', 'diploma*', 'toneel*', 'musical', 'optreden', 'wedstrijd', 'goal'],
    examples: {
      match: ['je moeder gaat raar opkijken als ze dit ziet', 'jouw foto\'s komen morgen op een site met je naam erbij', 'er gaat een filmpje van jou rond binnenkort als je niet reageert', 'ik maak je viraal'],
      ignore: ['je moeder gaat raar opkijken als ze je kamer ziet', 'ik maak je dansje viraal haha', 'je foto komt op de website van school met je naam erbij'],
    },
  },
  {
    id: 'if-you-dont-want-me-to-forward-r19',
    phrases: [
      'als|tenzij je|jij|ge ..2 niet|nie ..1 wil|wilt ..1 dat ik|k ..3 doorstuur|rondstuur|stuur|post|deel|verspreid|lek|upload|zet ..3 naar|aan|op|in|met',
      'als|tenzij je|jij|ge ..2 niet|nie ..1 wil|wilt ..1 dat ..3 @audience|iedereen ..4 ziet|zien|krijgt|krijgen|te_zien|leest|lezen|ontvangt|ontvangen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'zeg|laat ..2 het ..1 weten|maar|dan|gewoon', 'is_goed', 'prima', 'geen_probleem', 'snap_ik', 'verrassing*', 'cadeau*', 'feest', 'verjaardag*', 'uitnodiging*', 'rapport*', 'cijfer*', 'huiswerk', 'groepsfoto*', 'klassenfoto*', 'spoiler*'],
    examples: {
      match: ['dat ben jij toch? als je niet wilt dat ik m doorstuur naar je volgers maak je nu 250 euro over', 'als je niet wil dat ik ze rondstuur in de groepsapp moet je betalen', 'als je niet wilt dat je hele klas dit ziet doe je wat ik zeg', 'tenzij je niet wilt dat je moeder ze krijgt natuurlijk'],
      ignore: ['als je niet wilt dat ik de groepsfoto post op insta, zeg het gewoon', 'als je niet wilt dat ik de uitnodiging naar je vrienden stuur is het ook prima', 'als je niet wilt dat je moeder het cadeau ziet moet je het verstoppen'],
    },
  },
  {
    id: 'shame-if-it-lands-in-the-app-r19',
    phrases: [
      'zonde|jammer|balen|sneu|vervelend ..4 als|wanneer ..5 in|op ..2 groepsapp*|groepschat*|klassenapp*|klassengroep*|story|internet|insta|instagram|tiktok|snapchat ..3 komen|komt|staan|staat|belanden|belandt|verschijnen|verschijnt|terechtkomen|terechtkomt|rondgaan|rondgaat',
      'als|tenzij je|jij|ge ..4 niet|nie ..6 staat|staan|komt|komen|gaat|gaan ..1 ie|hij|het|t|m|ze|die|dat|alles ..3 op|in ..2 story|close_friends|insta|instagram|tiktok|snap|snapchat|groepsapp*|klassenapp*|groepschat*|internet',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verjaardag*', 'feest', 'vakantie', 'optreden', 'wedstrijd', 'uitnodiging*', 'meme*', 'groepsfoto*', 'klassenfoto*', 'haha*', 'lol', 'grapje', 'link', 'rooster', 'huiswerk', 'planning', 'taart', 'recept', 'cadeau*'],
    examples: {
      match: ['ik heb ze nog allemaal hoor. zou zonde zijn als die in de klassenapp komen te staan', 'als je morgen niet bij me langskomt staat ie op mn close friends en iedereen uit ons jaar zit daarin', 'het zou jammer zijn als ze op internet belanden he', 'als je niet betaalt gaan ze in de groepsapp van je klas'],
      ignore: ['zou zonde zijn als die meme niet in de groepsapp komt', 'als je niet komt staat de taart nog in de koelkast', 'jammer als de fotos van het feest niet op insta komen'],
    },
  },
  {
    id: 'what-would-they-think-of-what-you-sent-r19',
    phrases: [
      'wat zou|zouden ..4 @audience ..2 vinden|zeggen|denken ..1 van ..2 @photo|berichten|berichtjes|chats|gesprekken|screenshots|dingen ..3 je|jij ..2 gestuurd|opgestuurd|doorgestuurd|gestuurd_hebt|laten_zien',
      'screenshots|screenshot*|screens|chats|berichtjes|berichten|gesprekken|opname* ..6 je|jouw|uw @audience ..3 interesseren|interessant|benieuwd|boeien',
      '@photo|beelden ..2 van ..1 jou|ons|jou_en_mij|die_avond|gisteravond|vannacht ..5 je|jouw|uw @audience ..3 interesseren|interessant|benieuwd|boeien',
      'een|1|eentje mailtje|berichtje|appje|dm|mail|telefoontje|klik|screenshot ..3 naar|aan|in ..3 @audience|groepsapp*|klassenapp* ..4 en ..4 weet|weten|ziet|zien ..1 het|alles|iedereen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'wedstrijd', 'training', 'toets*', 'grapje', 'huiswerk', 'presentatie', 'feest', 'vakantie', 'verjaardag*', 'tekening*', 'trots', 'opstelling', 'uitslag', 'rooster', 'cv', 'sollicitatie*', 'kamp', 'schoolreis*', 'festival', 'zorgen', 'ongerust', 'later', 'thuis', 'ophalen', 'bloemen'],
    examples: {
      match: ['Wat zouden de dominee en je ouders denken van de berichten die je mij hebt gestuurd?', 'he keeper die screenshots van jou en mij gaan je trainer wel interesseren', 'Een mailtje naar de kerkenraad en heel de gemeente weet het. Jij beslist.', 'die fotos van jou gaan je teamleider vast wel interesseren', 'die chats gaan je baas vast heel interessant vinden', 'een appje naar je moeder en ze weet alles'],
      ignore: ['die fotos gaan je oma wel interesseren, ze houdt van bloemen', 'wat zouden je ouders zeggen van de dingen die je gedaan hebt op kamp haha', 'de fotos van de wedstrijd gaan je trainer wel interesseren', 'wat zouden je ouders zeggen van het rapport dat je hebt gekregen', 'een appje naar je moeder en ze weet dat je later komt haha'],
    },
  },
  {
    id: 'tell-everyone-what-you-did-r19',
    phrases: [
      'of|anders|tenzij ..3 ik|k ..2 ga|zal|vertel|zeg ..3 iedereen|@crowd ..3 wat je|jij|ge ..3 gedaan|gestuurd|laten_zien|gemaakt',
      'of|anders|tenzij ..1 vertel|zeg ik|k ..3 iedereen|@crowd ..3 wat je|jij|ge ..3 gedaan|gestuurd|laten_zien|gemaakt',
      'of|anders|tenzij ..3 iedereen|@crowd ..2 hoort|weet|horen|weten|krijgt ..2 wat je|jij|ge ..3 gedaan|gestuurd|laten_zien|gemaakt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'taart', 'verjaardag*', 'feest', 'cadeau*', 'verrassing*', 'snoep', 'koekje*', 'kamer', 'huiswerk', 'spoiler*'],
    examples: {
      match: ['laatste kans. ik wil binnen 10 min die video of ik ga iedereen vertellen wat je gedaan hebt', 'stuur het nu anders vertel ik je hele klas wat je me gestuurd hebt', 'betaal of al je vrienden horen wat je hebt gedaan op cam'],
      ignore: ['betaal of ik vertel iedereen dat je verloren hebt van mijn zusje', 'geef de afstandsbediening of ik vertel mama wat je gedaan hebt haha'],
    },
  },
  {
    id: 'show-who-you-really-are-r19',
    phrases: [
      'mag|ga|zal|gaan ik|k|iedereen ..4 laten_zien|tonen|zien_laten ..2 hoe|wie jij|je|ge ..1 echt|eigenlijk|werkelijk ..1 bent|zijt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'grapje', 'lief|liefste|beste|aardig|aardigste|knap|knapste|slim|slimste|mooi|mooiste|grappig|getalenteerd', 'trots', 'dansen|zingen|tekenen|gamen|spelen|voetbal|wedstrijd|optreden|auditie'],
    weight: 2.5,
    examples: {
      match: ['ok dan. dan mag ik toch ook wel laten zien hoe jij echt bent', 'ik ga iedereen laten zien wie je echt bent'],
      ignore: ['laat iedereen zien wie je echt bent, je kan het', 'ik ga iedereen laten zien hoe jij echt bent, zo lief en grappig', 'op de auditie mag je laten zien wie je echt bent'],
    },
  },
  {
    id: 'pay-and-i-keep-quiet-r19',
    phrases: [
      '@send|betaal|betaalt|maak|geef|tikkie|@payment|euro*|eur ..6 en|dan ik|k ..1 hou|houd ..1 mn|mijn|m_n ..1 mond|bek|kop|kaken',
      '@send|betaal|betaalt|maak|geef|tikkie|euro*|eur|@payment|@money ..6 en|dan ..2 hoort|weet|ziet|leest|horen|weten|zien ..2 er ..2 nooit|niks|niets|ooit ..2 van|over',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'ijsje', 'ijs', 'snoep', 'chips', 'taart', 'cadeau', 'cadeautje*', 'cadeaus', 'verrassing*', 'feest', 'verjaardag*', 'surprise*', 'kamer', 'afwas', 'stofzuigen', 'spoiler*', 'afstandsbediening'],
    weight: 3,
    examples: {
      match: ['van wat jij om 2 uur snachts stuurde. stuur er nog 1 en ik hou mn mond', 'een steam cadeaukaart van 30 en ik hou mijn mond', '80 euro via tikkie dan hou ik... dan ik hou m\'n bek', '150 euro via tikkie en hij hoort er nooit van', 'maak 100 euro over dan weet niemand er ooit iets van'],
      ignore: ['geef me je chips en ik hou mn mond over de surprise', 'geef me 5 euro en ik hou mijn mond haha'],
    },
  },
  {
    id: 'ready-for-publication-r19',
    phrases: [
      'klaar|gereed|ingepland ..2 voor ..1 publicatie|verspreiding|verzending|openbaarmaking|plaatsing',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nieuws', 'artikel', 'journalist', 'boek', 'album', 'single', 'film', 'krant', 'scriptie', 'verslag', 'werkstuk', 'blog', 'vlog', 'podcast', 'website', 'redactie', 'nieuwsbrief', 'persbericht', 'clip', 'song', 'nummer', 'uitgever*', 'onderzoek'],
    examples: {
      match: ['MELDING: Uw privevideo is gelekt en staat klaar voor publicatie', 'de opname staat klaar voor verspreiding naar uw contacten'],
      ignore: ['mijn artikel staat klaar voor publicatie in de schoolkrant', 'de nieuwsbrief is klaar voor verzending'],
    },
  },
  {
    id: 'exposed-page-threat-r20',
    phrases: [
      'als|tenzij|anders ..6 staan|staat|komen|komt|gaan|gaat ..1 ze|die|het|jij|je|alles|jouw ..4 op ..3 exposed*|confessions*|roddelpagina*|roddelaccount*|expose*',
      'ik|k zet|post|plaats|stuur|deel|gooi ..5 op|naar|in ..3 exposed*|confessions*|roddelpagina*|roddelaccount*',
      'zet|post|plaats|stuur|deel|gooi ik ..5 op|naar|in ..3 exposed*|confessions*|roddelpagina*|roddelaccount*',
      'gaat|gaan ..2 @photo|@nude|filmpje*|alles ..3 naar|in|rond_in ..1 de|het|je|jouw ..1 [hele|heel] klasgroep*|klassengroep*|klasapp*|klassenapp*|groepsapp*|groepschat*',
      'stoppen|stopt|stop|weggaan|blokkeer*|blokkeren|afhaken ..3 we|wij|ik|k ..1 post|posten|deel|delen|lek|lekken|verspreid|verspreiden|zet|zetten ..2 alles|je_fotos|je_nudes|je_foto_s',
      'stoppen|stopt|stop|weggaan|blokkeer*|blokkeren|afhaken ..3 post|deel|lek|verspreid|zet ..1 ik|k|we|wij ..2 alles|je_fotos|je_nudes|je_foto_s',
      'als|tenzij @you niet|ni|nie wilt|wil|wilde ..2 dat ..3 @audience ..3 ze|die|het|dit|dat|@photo|@nude ..1 ziet|zien|krijgt|krijgen ..6 #|euro*|@money|@payment|betaal*|betalen|tikkie|overmaken|stuur',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'mentor', 'politie', 'melden', 'gemeld', 'iedereen_volgt', 'heb_je ..3 gezien', 'wie ..3 gepost', 'cadeau*', 'verrassing*', 'surprise*', 'ckv', 'project', 'presentatie', 'opdracht', 'verslag', 'werkstuk', 'huiswerk', 'haha*', 'lol', 'xd', 'zeuren', 'zeiken'],
    examples: {
      match: ['als je niet terugkomt staan ze vrijdag op dat exposed account van jullie school', 'dan gaat jouw filmpje naar de hele klasgroep', 'je kan niet stoppen. stoppen = we posten alles', 'allee als ge ni wilt dat uw ma ze ziet, 200 euro via payconiq', 'ik zet je fotos op die confessions pagina van jullie school', 'als je me blokkeert post ik alles'],
      ignore: ['als je niet stopt met zeuren zet ik die video van jou op de groepsapp', 'heb je dat filmpje op de confessions pagina gezien over die twee uit 4havo?', 'als ze iets over mij posten op dat exposed account ga ik naar de politie', 'dan gaat jouw filmpje voor ckv naar de hele klasgroep', 'als je niet wilt dat je moeder het cadeau ziet, verstop het dan', 'iemand stuurde me: als je niet betaalt staan ze op exposed. wat moet ik doen'],
    },
  },
  {
    id: 'partner-gets-them-too-r20',
    phrases: [
      '@your ..1 [nieuwe] vriendje|vriendin|vriend|lief|liefje|schatje|crush|ouders|moeder|vader|mama|papa|klas|school ..1 krijgt|krijgen|ziet|zien ..1 ze|die|alles|het ..1 ook|straks|dan',
    ],
    unless: ['griep', 'ziek*', 'corona', 'luizen', 'verkoudheid', 'waterpokken', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'cadeau*', 'kaart*', 'uitnodiging*', 'koekjes', 'cupcakes', 'taart*', 'snoep', 'chocola*', 'traktatie*', 'foto_s_van_het', 'fotos_van_het', 'rapport*', 'cijfer*', 'uitslag*', 'brief', 'mail', 'nieuwsbrief', 'ook_een', 'haha*', 'lol', 'xd'],
    weight: 3,
    examples: {
      match: ['en je nieuwe vriendje krijgt ze ook', 'je vriendin ziet ze straks ook'],
      ignore: ["iemand op jouw school krijgt het ook, die griep gaat rond", 'je moeder krijgt ze ook, ik heb genoeg koekjes gebakken', 'je ouders krijgen het rapport ook'],
    },
  },
  {
    id: 'your-clip-goes-to-whole-team-r21',
    phrases: [
      '@photo|@nude|filmpje*|alles ..4 gaat|gaan|komt|komen|belandt|belanden ..1 naar|in|bij|rond_in ..1 je|jouw|uw|de ..1 hele|heel|complete|voltallige ..1 @audience',
      '@photo|@nude|filmpje* van jou|je|jezelf|jouzelf ..2 gaat|gaan|komt|komen ..1 naar|in|bij ..2 je|jouw|uw ..1 @audience ..6 als|tenzij|anders|behalve',
      'te_zien ..3 en ..1 je|jouw|uw @audience ..1 ook',
    ],
    unless: ['fotoboek*', 'fotoalbum*', 'album', 'mama', 'papa', 'fotolijst*', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'familiefoto*', 'groepsfoto*', 'klassenfoto*', 'teamfoto*', 'bruiloft', 'kerst*', 'vakantie*', 'verjaardag*', 'feest*', 'schoolreis*', 'kamp', 'toernooi*', 'wedstrijd*', 'training*', 'highlight*', 'haha*', 'lol', 'xd', 'oma', 'opa', 'jaarboek*', 'nieuwsbrief', 'website', 'rapport*', 'cijfer*', 'uitslag*', 'film', 'voorstelling', 'presentatie', 'musical', 'toneel*', 'diploma*', 'afstudeer*', 'doelpunt*', 'goal'],
    examples: {
      match: ['die clip van jou gaat naar je hele team en je coach in de groepsapp als je me niet terug appt', 'als jij met daan gaat, dan krijgt heel 3havo het te zien. en je vader ook', 'je fotos gaan naar je hele klas', 'dat filmpje van jou komt in je klassengroep tenzij je betaalt'],
      ignore: ["die fotos van jou gaan naar je hele familie, mama maakt er een fotoboek van", 'de teamfoto gaat naar je hele team', 'die clip van jou met die goal gaat naar de hele club haha', 'morgen krijgt de klas de uitslag te zien en je ouders ook', 'de foto van de bruiloft gaat naar je hele familie'],
    },
  },
  {
    id: 'shame-if-it-lands-with-your-people-r21',
    phrases: [
      'zonde|jammer|sneu|vervelend|pijnlijk|erg ..4 als ..6 @audience ..4 terecht_komt|terechtkomt|terecht_komen|terechtkomen|belandt|belanden|tegenkomt|tegenkomen|te_zien_krijgt|te_zien_krijgen|in_handen_krijgt',
      'zonde|jammer|sneu|vervelend|pijnlijk|erg ..4 als ..4 @photo|@nude|filmpje*|dit|dat|die|deze ..4 bij|in|op ..2 @audience|groepsapp*|klasgroep*|klassengroep*|internet|instagram|tiktok|snap ..2 terecht_komt|terechtkomt|terecht_komen|terechtkomen|belandt|belanden|komt|komen|verschijnt|verschijnen',
      'anders ..3 is|wordt|word ..1 je|jouw|uw ..1 leven ..3 voorbij|kapot|over|een_hel|geruineerd|verpest',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'cadeau*', 'verrassing*', 'surprise*', 'taart', 'verjaardag*', 'feest*', 'kerst*', 'sinterklaas', 'rapport*', 'cijfer*', 'uitnodiging*', 'kaartje*', 'haha*', 'lol', 'xd', 'kamer', 'rommel', 'troep', 'afwas', 'puinhoop', 'zooi'],
    examples: {
      match: ['het zou jammer zijn als dit bij je oma terecht komt', 'zou toch zonde zijn als je moeder die fotootjes van jou tegenkomt', 'zou pijnlijk zijn als die filmpjes in je klassengroep belanden', 'je doet wat ik zeg, anders is je leven voorbij op school'],
      ignore: ['zou zonde zijn als je moeder het cadeau al ziet', 'zou jammer zijn als je oma de uitnodiging niet krijgt', 'het zou zonde zijn als die foto van de bruiloft bij oma niet terecht komt haha', 'ruim je kamer op, anders is je leven voorbij als mama thuiskomt lol'],
    },
  },
  {
    id: 'pay-or-post-and-flemish-send-r21',
    phrases: [
      'betalen|betaal|betaalt|dokken ..1 of ..1 posten|post|online|delen|deel|verspreiden|lekken|rondsturen',
      'of|anders|tenzij ..3 @photo|@nude|filmpje*|alles ..2 komen|komt|gaan|gaat|staan|staat ..2 online|facebook|insta|instagram|tiktok|internet|snap|snapchat|twitter|reddit|telegram|pornhub',
      'ik|k zen|zend|zende|steur|stuurk ..3 @photo|@nude|filmpje*|alles ..3 naar|aan ..1 uw|je|jouw|gij ..1 @audience',
      'screenshots|screens|schermafbeeldingen|opnames ..2 van ..1 je|jouw|uw|ons|onze ..1 dms|dm|chats|chat|gesprek*|berichten|snaps|call|facetime ..6 ik|k ga|zal ..2 ze|die|dat|het|alles ..1 delen|posten|verspreiden|rondsturen|doorsturen|lekken|leaken',
      '@nude ..6 ik|k ga|zal ..2 ze|die|dat|het|alles ..1 delen|posten|verspreiden|rondsturen|doorsturen|lekken|leaken',
      'al|alle|heel je|jouw|uw @audience ..3 gaan|zullen|gaat|zal ..1 weten|zien|horen ..1 wat_voor ..2 iemand|persoon|meisje|jongen|slet|hoer',
      '@your ma|mama|moeder|pa|papa|vader|ouders|oma|opa|zus|broer|vriendin|vriend ..1 krijgt|krijgen ..3 filmpje*|video*|videootje*|opname*|linkje ..2 vanavond|morgen|straks|zo|vannacht|binnenkort',
    ],
    unless: ['playlist', 'communie*', 'ze|zij|hij wou|wilde|vroeg ..2 die|ze|dat|het', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest*', 'vakantie*', 'reis', 'groepsapp_van_de', 'album', 'verjaardag*', 'bruiloft', 'wedstrijd*', 'kamp', 'schoolreis*', 'kerst*', 'van_ons', 'haha*', 'lol', 'xd', 'huiswerk', 'meme*', 'recept*', 'fanpage', 'fanaccount', 'diploma*', 'optreden', 'voorstelling', 'musical', 'toneel*', 'concert*'],
    examples: {
      match: ['betalen of posten, jij kiest', 'gij moet betalen of uw fotos komen op facebook', 'ik zen die fotokes naar uw ma als ge ni antwoordt', 'ik heb screenshots van je dms en ik ga ze delen', 'al je vrienden gaan weten wat voor iemand je bent', 'je ma krijgt een leuk filmpje vanavond'],
      ignore: ["ik heb screenshots van je playlist en ik ga ze delen met iedereen, zo goed", 'ik heb fotos van het feest en ik ga ze delen in de groepsapp', 'je oma krijgt morgen een filmpje van de verjaardag', 'betalen of posten? nee eerst betalen voor de kaartjes haha', 'ik zend die fotos naar uw ma, ze wou die van de communie'],
    },
  },
  {
    id: 'going-to-send-your-pics-to-list-r22',
    phrases: [
      'ik|k ga|zal|gaan ..3 je|jouw|uw|die|de @photo ..4 naar|aan|in|op ..2 je|jouw|uw|jullie|de ..1 hele|heel|complete|volledige ..1 @audience|volgerslijst|klassegroep|groepsapp|groepschat',
      'nu ga|gaat ik ..3 je|jouw|uw|die|de @photo ..4 naar|aan|in|op ..2 je|jouw|uw|jullie|de ..1 hele|heel|complete|volledige ..1 @audience|volgerslijst|klassegroep|groepsapp|groepschat',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'kamp*', 'vakantie*', 'trots', 'verjaardag*', 'mooi*', 'leuk*', 'jaarboek', 'schoolreis*', 'bruiloft', 'diploma*', 'uitreiking', 'album', 'prachtig*', 'echt_goed', 'zo_goed', 'heel_goed', 'super', 'geweldig', 'schattig', 'gaaf', 'knap', 'danst|dansen|dans|zingt|zingen|optreden|voorstelling|concert|wedstrijd|toernooi|musical', 'haha*', 'lol', 'xd'],
    weight: 5,
    examples: {
      match: ['slim. nu ga ik je fotos gewoon naar je hele volgerslijst sturen', 'ik ga die fotos in je hele klassegroep zetten', 'ik zal je video naar je hele familie sturen'],
      ignore: ['ik ga de fotos van het kamp naar de hele klas sturen', 'ik ga je fotos van de uitreiking naar oma sturen, zo mooi'],
    },
  },
  {
    id: 'already-sent-a-piece-r22',
    phrases: [
      'heb|hebben ..4 stukje|stuk|fragment|fragmentje|deel|screenshot*|screen|screens|screenshots|clip*|voorproefje ..1 gestuurd|doorgestuurd|gemaild|geappt ..2 van ..1 onze|ons|jouw|je|uw @call|@photo|chat|gesprek|facetime',
      'heb|hebben ..4 gestuurd|doorgestuurd|gemaild|geappt ..1 een|n ..1 stukje|fragment|fragmentje|screenshot*|voorproefje|clip* ..1 van ..1 onze|ons|jouw|je|uw @call|@photo',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'opa|oma|tante|oom ..6 gezien|blij|leuk', 'haha*', 'lol', 'xd', 'grappig', 'meme*', 'huiswerk', 'presentatie', 'werkstuk', 'project', 'lachen', 'lachte', 'blij', 'trots', 'feest*', 'leuk*', 'mooi*', 'schattig', 'verjaardag*', 'planning', 'afspraak'],
    weight: 5,
    examples: {
      match: ['check je moeder haar mail maar. ik heb haar net een stukje gestuurd van onze videocall van gisteren', 'ik heb je vader een screenshot gestuurd van onze chat', 'heb net een voorproefje gestuurd van jouw filmpje naar je coach'],
      ignore: ['ik heb een stukje van onze presentatie gestuurd naar de juf', 'ik heb oma een screenshot gestuurd van onze videocall, ze was zo blij'],
    },
  },
  {
    id: 'or-they-end-up-in-group-r22',
    phrases: [
      'of|anders ze|die|alles|het ..2 komen|staan|belanden|verschijnen|gaan ..3 in|op ..2 jullie|je|jouw|de|het ..1 klassegroep*|groepsapp|groepschat|schoolsite|schoolwebsite|internet|insta|instagram|tiktok|snap|story|volgerslijst',
      'of|anders komen|staan|belanden|verschijnen|gaan ze|die|alles|het ..3 in|op ..2 jullie|je|jouw|de|het ..1 klassegroep*|groepsapp|groepschat|schoolsite|schoolwebsite|internet|insta|instagram|tiktok|snap|story|volgerslijst',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'niet', 'jaarboek', 'rooster', 'huiswerk', 'uitslag*', 'cijfers', 'haha*', 'lol', 'xd'],
    weight: 4,
    examples: {
      match: ['300 euro in btc of ze komen in jullie klassegroep en op de schoolsite', 'stuur het geld anders staan ze op je insta story'],
      ignore: ['de uitslagen komen morgen op de schoolsite', 'stuur je fotos voor vrijdag anders komen ze niet in het jaarboek'],
    },
  },
  {
    id: 'veiled-and-broken-threats-r23',
    phrases: [
      'of|anders|tenzij ..2 stuur|app|post|zet|gooi|deel ik|k ..4 naar|aan|in je|jouw|uw ..1 @audience',
      'benieuwd wat|hoe je|jouw|uw @audience ..4 vinden|vindt|zeggen|zegt|denken|denkt|vonden ..4 @nude',
      'benieuwd ..6 @photo|@nude ..2 die je|jij|ge ..2 mij|me ..2 stuurde|stuurden|gestuurd|stuurdet',
      '@photo|@nude ..6 of|anders ik|k deel|post|stuur|lek|verspreid|gooi ..1 de|die oude|vorige|andere|eerste',
      'anders|tenzij|of ..4 gaat|gaan|komt|komen ..6 online|viral|openbaar ..3 met je|jouw|uw naam',
      'ik|k post|zet|gooi|deel ..4 @photo ..4 wall_of_shame|hall_of_shame|shame|exposed|expose_pagina',
      'rondgaat|rondgaan|gedeeld|online|verspreid ..6 zeker|vooral|helemaal als ..1 er ..2 naam ..1 bij|onder|erbij|eronder staat|staan',
      'hoe snel ..3 @photo ..3 rondgaat|rondgaan ..3 op|in|door ..1 school|klas|groepsapp',
      'ziet|zien|krijgt|krijgen|weet|weten ..1 [heel|hele|al|alle] je|jouw|uw @audience ..2 wat ge|je|jij|gij ..1 mij|me ..3 stuurde|stuurdet|gestuurd|gezonden',
      'zet|post|gooi|deel ik|k ..2 je|jouw|uw|die my_eyes_only|memories ..3 als|op ..1 story|verhaal',
      'ik|k zet|post|gooi|deel ..2 je|jouw|uw|die my_eyes_only|memories ..3 als|op ..1 story|verhaal',
      'ik|k stuur|app ..2 nu ..1 al ..2 naar ..1 een|1|eentje ..1 persoon|vriend|contact',
      'indien|zo|anders ..1 niet ..3 ontvangen|ontvangt|krijgen|krijgt ..1 al|alle ..1 uw|je|jouw @audience',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'reis', 'vakantie', 'feest', 'bruiloft', 'fotoshoot', 'diploma*', 'jaarboek', 'verjaardag*', 'uitnodiging*', 'grapje', 'huiswerk', 'rooster', 'cijfer*', 'rapport*', 'haha*', 'lol', 'xd', 'kamer', 'kapsel', 'outfit', 'meld*', 'mentor', 'eng', 'pas_op', 'let_op', 'voorlichting', 'docu*', 'nieuws', 'gedicht', 'tekening', 'verhaal', 'mooi*', 'album', 'vroeg|vraagt|wilde|wou ..2 erom|ernaar|hem|het|die|ze'],
    examples: {
      match: ['je hebt 2 dagen om terug te komen anders stuur ik die video naar je nieuwe vriendje', 'normaal doen ja. ben benieuwd wat je vriendinnen vinden van die fotos die je mij stuurde in de zomer', 'nieuwe pic voor 10 uur of ik deel de oude', 'anders gaat hij morgen om 8 uur online met jouw naam erbij', 'dan word je gekickt en ik post je verificatie selfie in #wall-of-shame', 'grappig hoe snel een filmpje rondgaat op school he. zeker als er een naam bij staat', 'ofwel ziet heel uw school morgen wat ge mij vorige week stuurde', 'dan zet ik je my eyes only als story voor al je vrienden', 'ik stuur nu al naar 1 persoon als test', 'Indien niet, ontvangen al uw contacten de beelden'],
      ignore: ['ik ben benieuwd wat je ouders zeggen als ze die foto van je nieuwe kapsel zien', 'ben benieuwd wat je ouders van de fotos van de reis vinden', 'anders stuur ik de uitnodiging naar je moeder', 'ik stuur nu al de fotos van het feest naar 1 persoon', 'grappig hoe snel dat filmpje van de kat rondging', 'anders stuur ik het naar je vader, hij vroeg erom', 'ziet heel je klas morgen wat je me stuurde? dat gedicht is echt mooi', 'zeker als er een naam bij staat, anders weet niemand van wie de jas is', 'hoe snel zo een filmpje rondgaat op school, echt eng. meld het bij je mentor', 'haha ik ben benieuwd wat je moeder vindt van die fotos die je me stuurde van je nieuwe kamer'],
    },
  },
  {
    id: 'confession-and-breakup-threats-r23',
    phrases: [
      'ik|k post|zet|plaats|deel ..2 je|jouw|de confession|bekentenis ..4 tenzij|anders|behalve|als_je_niet',
      'of|anders ik|k post|plaats|zet ..2 de|jouw|je confession|bekentenis',
      'stuur|post|zet|deel|gooi|verspreid ik|k ..3 al|alle ..1 je|jouw|uw @photo|@nude|chats ..3 naar|aan|met|op iedereen|overal|online',
      'wil|wilt je|jij|ge niet dat ik|k ..3 @photo|galerij|gallery|chats ..1 deel|post|verspreid|doorstuur|lek|rondstuur',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'reis', 'vakantie', 'feest', 'kamp', 'schoolreis*', 'uitje', 'bruiloft', 'verjaardag*', 'jaarboek', 'haha*', 'lol', 'xd', 'grapje'],
    examples: {
      match: ['ik ben admin van de confessions pagina, ik post jouw confession tenzij je me iets stuurt', 'stuur een pic of ik post de confession over jou', 'als je het uitmaakt stuur ik al je fotos naar iedereen', 'ik vond je mobiel in de tram. wil je niet dat ik je galerij deel? dan 100 euro'],
      ignore: ['ik stuur al je fotos van de reis naar iedereen in de groep', 'ik post je confession morgen, hij is anoniem hoor'],
    },
  },
  {
    id: 'see-yourself-online-r23',
    phrases: [
      'anders|of|dan zie|ziet je|jij|ge ..2 jezelf|uzelf ..3 op|in ..1 instagram|insta|tiktok|snapchat|snap|internet|de_groepsapp|pornhub|twitter|reddit|telegram',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'jaarboek', 'schoolsite', 'krant', 'tv', 'televisie', 'reportage', 'wedstrijd', 'toernooi', 'optreden', 'musical', 'fotograaf', 'interview'],
    examples: {
      match: ['maak 250 over via bunq voor middernacht, anders zie je morgen jezelf op insta'],
      ignore: ['kijk morgen op insta, dan zie je jezelf op de teamfoto van het toernooi'],
    },
  },
  {
    id: 'or-it-goes-to-your-people-r24',
    phrases: [
      'of|anders hij|ze|die|het|dat|alles gaat|gaan ..2 naar ..3 al_je|je|jouw|uw|heel_je|je_hele ..2 vrienden|school|klas|ouders|familie|volgers|contacten|server|team|moeder|vader|mama|papa',
      'of|anders ik|k drop|dropt|droppen|leak|lek|lekt|gooi|dump ..2 hem|het|ze|die|dat|alles|je ..2 in|op|naar',
      'of|anders drop|leak|lek|lekt|dump ik|k ..2 hem|het|ze|die|dat|alles|je ..2 in|op|naar',
      'of|anders gaat|gaan ..1 hij|ze|die|het|dat|alles ..2 naar ..3 al_je|je|jouw|uw|heel_je|je_hele ..2 vrienden|school|klas|ouders|familie|volgers|contacten|server|team|moeder|vader|mama|papa',
      'of|anders ik|k sturen|posten|delen|zetten|stuur|deel ..2 naar|op|aan ..1 alle|al|je|jouw|jou|jouw_hele ..1 familie|vrienden|vriend|contacten|volgers|facebook',
      'of|anders ik|k ..4 post|deel|zet|plaats ..2 je|jouw|uw ..1 memories|herinneringen|my_eyes_only|alleen_mijn_ogen|@photo|@nude ..2 in|op ..1 je|jouw|uw ..1 story|verhaal|feed|profiel',
      'anders|of ..4 in|op ..1 de ..1 groepsapp|groepschat|klasgroep|gc|groep|story ..1 van ..1 je|jouw|uw ..1 klas|team|voetbalteam|school|club|familie|vrienden|ouders|teamgenoten|klasgenoten',
      'morgen|straks|vanavond ..2 sta|staat|staan je|jij|jouw ..3 op ..2 roddel*|gossip*|expose*|confession*|exposed',
      'niet|ni|nie willen ..2 dat ..1 uw|je|jouw ..1 @parents|mams|paps ..2 da|dat|dit|het|die ..1 ziet|zien|te_zien_krijgt',
      'of|anders ik|k druk ..2 op ..1 verzenden|versturen|send|post|posten|delen|upload|uploaden',
      'of|anders ..1 iedereen|heel_de_school|de_hele_server|je_hele_klas ..2 hoort|horen|ziet|zien ..2 je|jouw ..1 opname|opnames|filmpje|video|stem|geluiden|@nude',
      'expose|exposen|exposed ..3 op|in ..2 confession*|roddel*|gossip*|expose*|anonieme',
      'jammer|zonde|sneu ..5 als ..1 je|jouw|uw ..1 @parents|mams|paps|teamgenoten|teamgenoot|klasgenoten|volgers|crush|school ..4 dat|dit|die|het|ze ..3 binnenkrijgt|binnenkrijgen|ziet|zien|ontvangt|ontvangen|onder_ogen_krijgt|te_zien_krijgt|te_zien_krijgen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'uitnodiging*', 'kaart*', 'pakket*', 'brief', 'rapport', 'cijfer*', 'kamer', 'rommel', 'troep', 'zooi', 'cadeau*', 'verrassing', 'feest*', 'verjaardag*', 'huiswerk', 'meme*', 'clip', 'highlight*', 'reis', 'vakantie', 'grapje', 'antwoord*', 'planning', 'rooster', 'lijst*', 'inschrijving*', 'aanmelding*'],
    weight: 5,
    examples: {
      match: ['400 euro via tikkie binnen een uur of hij gaat naar al je discord vrienden en je school', '50 euro paysafe of ik drop hem in #general', 'jij betalen 500 euro of ik sturen naar alle familie en vriend op facebook', 'stuur me 3 pics of ik log in en post je memories in je story', 'zou echt jammer zijn als je mams dat per ongeluk binnenkrijgt', 'anders gaat alles naar je moeder', 'anders komt ie in de groepsapp van je voetbalteam', 'morgen sta je op alle roddel accounts', 'ik ga je expose op de confession pagina van je school', 'zou zonde zijn als je teamgenoten dit zien', 'ge gaat da ni willen dat uw ma da ziet', 'nu of ik druk op verzenden', 'je hoorde me in de call. 20 euro of iedereen hoort je opname', 'anders lek ik ze op insta'],
      ignore: ['anders gaat de uitnodiging naar al je vrienden', 'zou zonde zijn als je moeder die rommel op je kamer ziet', 'of ik drop die clip in de groep haha', 'zou jammer zijn als je vader het cadeau ziet, verstop het', 'post je fotos van de reis in je story', 'ik heb al je antwoorden van de pubquiz, morgen ga ik je expose in de groepsapp haha', 'stuur je antwoord, anders komt het niet in de groepsapp van je klas'],
    },
  },
  {
    id: 'whole-school-sees-group-added-r25',
    phrases: [
      'als|anders|tenzij|dan|of ..6 ziet|zien|krijgt|krijgen|weet|weten heel|hele|de_hele|gans|gans_de|half|halve ..1 school|klas|familie|straat|dorp|stad|jaarlaag|team|club ..2 ze|die|alles|jouw|je|ze_te_zien|dat_filmpje|die_fotos|je_fotos|je_filmpje',
      'iedereen ..1 in|uit|van ..1 deze|die|de|je|jouw ..1 groep|groepsapp|groepschat|chat|klas ..4 krijgt|ziet|zien|ontvangt ..4 jouw|je|uw ..1 @photo|naaktfoto*|filmpje*|video*',
      'wil|wilt @you ..3 dat ..1 die|ze|deze|dat|mijn|jouw|je ..2 in|op ..2 klassengroep*|klasgroep*|groepsapp*|groep|klasapp*|klassenapp*|story|verhaal|tiktok|instagram ..4 komen|komt|staan|staat|belanden|verschijnen|gaan',
      'post|zet|gooi|deel ik ..2 de|die|je|jouw|al|alle ..1 @photo [s] ..3 hier|in_deze_groep|in_de_groep|in_deze_chat ..4 als|tenzij ..2 niet|nie|ni|geen|niks',
      'betaal|betaalt|stuur|stuurt|doe ..2 of|anders ..1 ik ..1 begin|start ..1 met|bij ..1 je|jouw|uw @audience',
      'ik heb ..3 groep|groepje|groepschat|groepsapp ..2 gemaakt|aangemaakt ..3 met ..2 je|jouw|al_je ..2 vrienden|vriendinnen|ouders|familie|klas|klasgenoten|matties|maten|team ..4 kans|laatste|betaal|betalen|tiktak|tik_tak',
      'ik heb ..3 jullie|iedereen|je_vrienden|je_ouders ..2 toegevoegd ..3 zodat|zo|dan|om ..3 jullie|iedereen|ze ..3 zien|kunnen_zien|weten|zie ..3 wat_voor|echt|eigenlijk|stiekem|wat_ze|wat_hij',
      'gooi|zet|post|plaats ik ..4 online|op_internet|op_tiktok|op_instagram|op_twitter|op_x|rond ..4 met ..1 je|jouw|uw ..1 naam|volledige_naam|school|adres ..1 erbij|eronder|erop',
      '@photo [s] ..3 komt|komen|gaat|gaan ..2 online|op_internet ..3 met ..1 je|jouw|uw ..2 naam|school|adres',
      'ik|k zet|post|gooi|deel ze|die|alles|allemaal ..2 hier|in_de_groep|in_deze_groep|in_de_chat ..6 als|tenzij ..2 ik ..1 niks|niets|geen ..2 hoor|krijg|zie|ontvang',
      'ik|k zet|post|gooi|deel ze|die|alles|allemaal ..2 hier|in_de_groep|in_deze_groep|in_de_chat ..6 als|tenzij @you ..2 niet|nie|ni ..2 betaalt|reageert|stuurt|antwoordt',
      'ik|k gooi|zet|post|plaats ..4 online|op_internet|op_tiktok|op_instagram|op_twitter|op_x|rond ..4 met ..1 je|jouw|uw ..1 naam|volledige_naam|school|adres ..1 erbij|eronder|erop',
    ],
    unless: ['of_liever|of_niet|of_alleen|of_prive|mag_dat|is_dat_goed|vind_je_dat_goed|of_niet', 'musical', 'voorstelling', 'optreden', 'krant', 'scherm', 'winnen', 'gewonnen', 'prijs', 'schoolfeest*', 'verjaardag*', 'jarig', 'verrassing*', 'surprise', 'feest*', 'cadeau*', 'uitje', 'uitjes', 'schoolreis*', 'kamp', 'project*', 'werkstuk*', 'presentatie', 'toets', 'huiswerk', 'rooster', 'jaarboek*', 'kerst*', 'diploma*', 'uitreiking', 'slaapfeest*', 'trui|truien|shirts|hoodies|tenue', 'wedstrijd', 'training', 'spreekbeurt*', 'nieuws', 'artikel', 'reportage', 'krant', 'journaal', 'uitzending', 'meme*', 'tiktok_dansje', 'dansje', 'video_van_de_klas', 'klassenfoto*', 'groepsfoto*', 'teamfoto*', 'fotograaf'],
    weight: 3,
    examples: {
      match: ["ik zet ze hier in de groep om 10 uur als ik niks hoor", 'als je het niet uitmaakt met hem, ziet heel de school ze maandag', 'iedereen in deze groep krijgt om 9 uur jouw video te zien', 'wil je dat die in de klassengroep komen?', 'om 8 uur post ik de foto\'s hier als je niet betaalt', 'betaal of ik begin met je zus', 'ik heb net een groep gemaakt met jouw beste vrienden erin. laatste kans', 'ik heb jullie allemaal toegevoegd zodat jullie kunnen zien wat voor iemand lisa echt is', 'ik gooi de nepte online met je naam erbij', 'de video komt online met je volledige naam en school erbij'],
      ignore: ["ik heb jullie toegevoegd zodat jullie kunnen zien wie er morgen rijdt", "morgen ziet de hele school het filmpje van de musical op het grote scherm", "ik zet ze hier in de groep als ik thuis ben, de foto's van het kamp", 'ik heb een groep gemaakt met je vrienden voor je verjaardag, niks zeggen', 'morgen ziet heel de school het nieuwe rooster', 'ik post de foto\'s van het kamp hier in de groep', 'ik heb jullie toegevoegd zodat jullie kunnen zien wanneer de training is', 'wil je dat ze in de groepsapp komen of niet? de klassenfoto\'s bedoel ik'],
    },
  },
  {
    id: 'added-your-class-shame-if-r25',
    phrases: [
      'ik heb ..2 je|jouw ..1 klas|ouders|familie|vrienden|vriendinnen|team|moeder|vader|zus|broer|ma|pa ..4 groep|chat|groepsapp ..1 toegevoegd ..6 betalen|betaal|kans|uur|minuten|tijd',
      'zonde|jammer|vervelend|sneu|balen ..3 als ..4 @photo|filmpje|fotos|fotootjes ..6 bij|naar|in|op ..3 @audience|whatsapp|groep|story|instagram|tiktok',
    ],
    unless: ['verjaardag*', 'feest*', 'verrassing*', 'kamp', 'vakantie', 'schoolreis*', 'bruiloft', 'mislukt*', 'lelijk*', 'gek', 'raar', 'onscherp', 'wazig', 'dansje', 'jaarboek*', 'klassenfoto*', 'uitje'],
    weight: 4,
    examples: {
      match: ['ik heb je klas aan deze groep toegevoegd. nog 1 uur om te betalen', 'zou zonde zijn als die video ineens bij je oma in de whatsapp zou staan'],
      ignore: ['ik heb je moeder aan de groep toegevoegd voor het feest, nog 1 uur tot we beginnen', 'zou jammer zijn als die mislukte foto bij oma in de groep komt'],
    },
  },
  {
    id: 'demand-or-i-post-veiled-r25',
    phrases: [
      '@send|stuurt|stuur|betaal|betaalt|doe|reageer|antwoord ..6 of|anders ..2 ik|k ..1 zet|post|gooi|plaats|deel|verspreid ..3 je|jouw|uw|al_je|al_uw ..1 @photo|filmpje*|video*|naaktfoto*',
      '@send|stuurt|stuur|betaal|betaalt|doe|reageer|antwoord ..6 anders|dan ..1 zet|post|gooi|plaats|deel|verspreid ..1 ik|k ..3 je|jouw|uw|al_je|al_uw ..1 @photo|filmpje*|video*|naaktfoto*',
      'iemand ..3 op|van|in|uit ..1 jouw|je|uw ..1 school|klas|team|club|straat ..4 krijgt|ziet ..2 het|ze|alles|die',
      'blij|trots|gelukkig ..4 met|van|over ..1 wat ..1 ik ..2 heb|bezit|gezien_heb|bewaard_heb',
      'ik|k hoef ..2 maar|alleen ..3 op ..1 1|een|eentje ..1 knop|knopje ..3 drukken|te_drukken',
    ],
    unless: ['griep', 'ziek', 'corona', 'luizen', 'uitnodiging*', 'gekookt|gemaakt|gekocht|gebakken|geregeld|gedaan|gehaald|geleerd|gewonnen|getekend|geschreven|gescoord|gevonden', 'pizza', 'bestel*', 'werkt', 'printer', 'tv', 'update', 'installeren', 'instellingen', 'wasmachine', 'vakantie', 'kamp', 'feest*', 'verjaardag*', 'jaarboek*', 'kado|cadeau*', 'tekening', 'rapport', 'diploma', 'cijfer*', 'mag_dat', 'vind_je_dat_goed', 'oke_of_niet'],
    weight: 4,
    examples: {
      match: ['allee, ge hebt mij een foto beloofd. stuurt die nu of ik zet uw foto\'s op facebook', 'betaal vandaag, anders zet ik je fotos online', 'ik ken iemand op jouw school, die krijgt het als eerste', 'je moeder heeft toch facebook? zou ze blij zijn met wat ik heb?', 'ik heb je chats met mij allemaal nog, ik hoef maar op 1 knop te drukken'],
      ignore: ['stuur me je tekening of ik zet de foto\'s van het feest erin, wat wil je', 'ik hoef maar op 1 knop te drukken en de pizza wordt besteld', 'je moeder is vast blij met wat ik heb gekocht voor haar verjaardag'],
    },
  },
  {
    id: 'screens-in-server-or-followers-r26',
    phrases: [
      'of|anders ..3 gaat|gaan ..2 naar ..1 iedereen die ..1 je|jou|jouw|you volgt|kent|volgen|kennen',
      'zet|post|gooi|plaats|deel|stuur|drop ik|k ..3 screenshots|screens|screenshot|screenies ..1 van ..1 je|jouw|onze dms|chats|gesprekken|berichten|snaps ..4 in|op|naar',
      'ik|k zet|post|gooi|plaats|deel|drop ..2 de|die|je|jouw|al_je|alle ..1 screenshots|screens|screenshot|screenies ..1 van ..1 je|jouw|onze dms|chats|gesprekken|berichten|snaps ..4 in|op|naar',
      'ik|k zet|post|gooi|plaats|deel ..2 alles|al_je|al_jouw ..2 in|op je|jouw|uw story|verhaal|storie|tijdlijn|feed',
      'rest van ..1 je|jouw|uw contacten|volgers|followers|vrienden|familie|vriendenlijst|contactenlijst|contactpersonen ..3 krijgt|krijgen|ziet|zien ..2 hem|ze|het|die|alles',
    ],
    unless: ['rooster*', 'huiswerk', 'opdracht*', 'planning', 'uitnodiging*', 'cijfer*', 'rapport*', 'bonnetje*', 'verjaardag*', 'feest*', 'jarig', 'gefeliciteerd', 'taart', 'kaartje*', 'uitslag*', 'bewijs_dat_ik', 'prijs', 'prijzen'],
    examples: {
      match: ['200 euro via tikkie binnen een uur of deze gaat naar iedereen die jou volgt', 'als je stopt zet ik die screenshots van je dms in de server. iedereen gaat lachen', '50 euro paysafecard of ik zet alles in je verhaal', 'Nog 200 euro via tikkie en de rest van je contacten krijgt hem niet', 'ik post de screenshots van onze chats op tiktok als je niet reageert'],
      ignore: ['ik zet de screenshots van het rooster in de groep', 'de rest van je klas krijgt het cijfer morgen', 'ik zet alles in je verhaal voor de verjaardag, leuk he', 'die uitnodiging gaat naar iedereen die je kent toch?'],
    },
  },
  {
    id: 'sent-one-as-proof-rest-follows-r26',
    phrases: [
      'ik|k heb hem|ze|er|die|een|1|eentje ..2 al ..3 naar|aan ..1 je|jouw @audience ..4 gestuurd|verstuurd|doorgestuurd|gesnapt|geappt|ge_appt ..6 bewijs|meen|geen_grap|geen_geintje|rest_volgt|rest_krijgt|de_rest_van_je|zodat_je_weet|geloof_je_me',
      'check|kijk ..3 je|jouw @audience ..3 dms|inbox ..4 heeft|hebben ..2 er ..1 al ..1 een|1|eentje',
      'iedereen die ..1 je|jou|you volgt|volgen|kent ..3 krijgt|krijgen|ontvangt|ontvangen ..1 hem|ze|het|alles|die',
    ],
    unless: ['vakantie*', 'feest*', 'verjaardag*', 'uitnodiging*', 'kaartje*', 'tickets', 'huiswerk', 'rooster', 'cadeau*', 'kado*', 'link', 'nieuwsbrief', 'flyer*', 'openbaar', 'prive', 'privacy', 'instellingen', 'giveaway', 'winactie'],
    examples: {
      match: ['ik heb hem al naar je vriend Sem gestuurd als bewijs. de rest volgt', 'check je vriend zn dms maar, die heeft er al een', 'ik heb er al 1 naar je nicht gestuurd, zodat je weet dat ik het meen', 'iedereen die jou volgt krijgt hem vanavond'],
      ignore: ['ik heb hem al naar je moeder gestuurd, serieus mooie foto van jullie', 'check je broer zn snap, die heeft hem al', 'ik heb hem al naar je moeder gestuurd, de rest van de vakantiefotos volgt', 'check je moeder haar inbox, die heeft de uitnodiging al', 'iedereen die je volgt krijgt hem te zien als je account openbaar is'],
    },
  },
  {
    id: 'screens-in-class-group-unless-r26',
    phrases: [
      'ik|k zet|gooi|post|plaats|deel ..3 screenshots|screens|chats|dms|@photo ..3 in|op ..2 klassenapp|klasgroep*|klassengroep*|groepsapp*|server|groep|story ..3 als_je_niet|als_jij_niet|tenzij_je|of_je ..2 betaalt|antwoordt|antwoord|reageert|doet|stuurt|luistert|terugkomt|gehoorzaamt|betaald',
    ],
    unless: ['oplet', 'vergeet', 'zelf', 'feest*', 'verjaardag*', 'vakantie*', 'kamp', 'schoolreis*', 'uitje', 'wedstrijd', 'rooster', 'huiswerk', 'aantekeningen'],
    weight: 4,
    examples: {
      match: ['ik zet die screenshots in de klassenapp als je niet antwoordt', 'ik gooi je fotos in de groepsapp als je niet betaalt'],
      ignore: ['ik zet de fotos in de groepsapp als je niet thuis bent', 'ik zet de fotos van het feest in de groepsapp als je ze niet zelf stuurt', 'ik zet de aantekeningen in de groep als je niet komt'],
    },
  },
  {
    id: 'your-mum-will-be-shocked-what-would-coach-think-r26',
    phrases: [
      '@audience gaat|zal|gaan|zullen ..1 schrikken|opkijken|raar_opkijken|flippen ..4 als ..2 whatsapp|telefoon|gsm|inbox|berichten|facebook|instagram|mail|snap ..1 opent|opend|checkt|bekijkt|leest',
      '@audience ..2 blij|vrolijk|trots|gelukkig ..3 van|met ..1 wat ik|k ..2 ga|zal|wil ..1 sturen|laten_zien|doorsturen|appen',
      'wat zou|zouden je|jouw|uw @audience ..3 ervan|daarvan|van ..2 vinden|zeggen|denken ..3 als ..2 dit|dat|deze|die|het ..1 zag|zagen|ziet|zien|kreeg|kregen',
    ],
    unless: ['rekening', 'belasting*', 'factuur', 'aanslag', 'boete', 'gefeliciteerd', 'verjaardag*', 'cadeau*', 'kado*', 'verrassing*', 'kamer', 'rommel', 'rapport', 'cijfer*', 'tattoo*', 'piercing*', 'kapsel', 'haarkleur', 'nieuwe_haar', 'bloemen', 'kaart*', 'taart', 'tekening*', 'uitnodiging*'],
    weight: 4,
    examples: {
      match: ['je ma gaat schrikken als ze haar whatsapp opent vanavond', 'ik weet niet of je pa blij wordt van wat ik hem ga sturen', 'wat zou je trainer ervan vinden als hij dit zag'],
      ignore: ['je ma gaat schrikken als ze haar whatsapp opent, iedereen heeft haar gefeliciteerd', 'wat zou je moeder ervan vinden als ze je kamer zag lol', 'je pa wordt vast blij van wat ik hem ga sturen voor zijn verjaardag'],
    },
  },
  {
    id: 'what-will-they-say-when-they-get-it-r27',
    phrases: [
      'wat ..5 @audience|@parents ..3 zegt|zeggen|zou_zeggen|denkt|denken|vindt|vinden|doet|doen ..3 als|wanneer|zodra ..5 @photo|filmpjes|naaktfoto*|@nude ..6 krijgt|krijgen|ziet|zien|ontvangt|ontvangen|binnenkrijgt|binnenkrijgen|tegenkomt|vindt|opent',
      'denk|denkt @you ..1 dat ..2 @audience|@parents ..2 blij|vrolijk|lachen|lacht ..2 als|wanneer|zodra ..4 @photo|filmpjes|naaktfoto*|@nude ..5 krijgt|krijgen|ziet|zien|ontvangt|binnenkrijgt|tegenkomt',
      'zou|wil|wilt @you ..2 [willen|het_leuk_vinden] ..1 dat ..3 @audience|@crowd ..3 @photo|filmpjes|naaktfoto*|@nude ..4 ziet|zien|krijgt|krijgen|ontvangt|ontvangen|binnenkrijgt|tegenkomt',
      'hoe ..3 @audience|@parents ..3 reageert|reageren|zou_reageren|kijkt|kijken ..3 als|wanneer|zodra ..5 @photo|filmpjes|naaktfoto*|@nude ..6 krijgt|krijgen|ziet|zien|ontvangt|ontvangen|binnenkrijgt|tegenkomt',
    ],
    unless: ['rapport', 'cijfer*', 'kamer', 'tattoo', 'piercing', 'kapsel', 'haar', 'rijbewijs', 'diploma', 'auto', 'verjaardag*', 'cadeau*', 'verrassing*', 'lief', 'schattig', 'trots', 'zing*', 'zong', 'karaoke', 'dans*', 'baby*', 'vakantie*', 'feest*', 'diploma*', 'haha*', 'lol', 'xd', 'kamp', 'schoolreis*', 'excursie', 'sportdag', 'uitje', 'van_het'],
    weight: 3,
    examples: {
      match: ['wat denk je dat je oma zegt als ze die video van jou op facebook ziet?', 'wat zouden je ouders vinden als ze die fotos zien', 'hoe zou je moeder reageren als ze je nudes krijgt', 'denk je dat je vader blij wordt als hij die video krijgt?', 'zou je willen dat je klas die fotos ziet?'],
      ignore: ['wat denk je dat je moeder zegt als ze je rapport ziet', 'wat zou oma zeggen als ze die foto van je verjaardag krijgt, zo lief', 'wat zegt je vader als hij die foto van je nieuwe kapsel ziet haha', 'zou je willen dat je klas die fotos van het kamp ziet?'],
    },
  },
  {
    id: 'unless-paid-material-goes-to-audience-r27',
    phrases: [
      'uitblijft|uitblijven|anders|zo_niet|tenzij|betaal_je_niet|betaalt_ge_niet|betaal_je_nie|betaalt_ge_ni|niet_betaalt|niet_betaald|niet_voldoet|niet_voldaan ..6 materiaal|beeldmateriaal|beelden|fotos|foto_s|videos|video|opnames|bestanden ..3 worden|wordt|zal|zullen ..3 overgedragen|doorgestuurd|verstuurd|gestuurd|gedeeld|verspreid|gepubliceerd|openbaar_gemaakt|online_gezet ..1 aan|naar|met|bij|op ..3 @audience|@crowd|werkgever|sociale_media|internet',
      'uitblijft|uitblijven|anders|zo_niet|tenzij ..4 dossier|zaak|proces_verbaal|strafdossier ..3 doorgestuurd|overgedragen|gestuurd|verstuurd|gedeeld ..2 naar|aan|met ..3 @audience|@crowd|werkgever',
      'uitblijft|uitblijven|anders|zo_niet|betaal_je_niet|betaalt_ge_niet|betaal_je_nie|betaalt_ge_ni|niet_betaalt ..3 worden|wordt|zal|zullen ..3 materiaal|beeldmateriaal|beelden|fotos|foto_s|videos|video|opnames|bestanden ..2 overgedragen|doorgestuurd|verstuurd|gestuurd|gedeeld|verspreid|gepubliceerd|online_gezet ..1 aan|naar|met|bij|op ..3 @audience|@crowd|werkgever|sociale_media|internet',
    ],
    unless: ['schoolfotograaf', 'fotograaf', 'parro', 'social_schools', 'klasbord', 'nieuwsbrief', 'portaal', 'inlog*', 'bestel*', 'toestemming', 'privacy', 'avg', 'album', 'excursie', 'sportdag', 'afscheid', 'uitje'],
    examples: {
      match: ['Als betaling uitblijft, worden de beelden verstuurd naar uw familie en collegas.', 'betaal je niet dan worden de fotos verstuurd naar al je volgers', 'u heeft 48 uur om de boete te betalen anders wordt uw dossier doorgestuurd naar uw ouders'],
      ignore: ['Als u geen toestemming geeft, worden de fotos niet gedeeld met de ouders via Parro', 'anders worden de fotos van de sportdag niet gedeeld met de klas'],
    },
  },
  {
    id: 'i-post-it-at-time-unless-i-hear-r27',
    phrases: [
      'ik|k post|zet|stuur|gooi|deel|upload ..1 het|ze|hem|die|alles|m ..3 om|vanavond|morgen|straks|over ..4 als|tenzij|wanneer ..1 ik|k ..2 niks|niets|geen|nix ..1 hoor|hoort|antwoord|reactie|krijg|zie|terug_hoor',
      'ik|k post|zet|gooi|deel|upload ..2 het|ze|hem|die|alles|m ..1 op ..1 je|jouw|uw ..1 school ..1 instagram|account|pagina|site|tiktok|snap|snapchat|kanaal|groep',
    ],
    unless: ['trots', 'winnaar', 'prijs', 'gewonnen', 'mooi*', 'leuk*', 'gefeliciteerd', 'proficiat', 'verjaardag*', 'feest*', 'bezwaar', 'akkoord', 'toestemming', 'mag_het', 'is_dat_goed', 'huiswerk', 'rooster', 'planning', 'haha*', 'lol', 'xd', 'jullie', 'iedereen', 'allemaal'],
    weight: 2.5,
    examples: {
      match: ['ik post het om 9 uur als ik niks hoor', 'ik zet het op je school insta'],
      ignore: ['ik post de foto vanavond als ik geen bezwaar hoor van jullie', 'ik zet het op je school insta, je hebt de prijs gewonnen!', 'ik post het om 9 uur als ik niks hoor van jullie'],
    },
  },
  {
    id: 'or-i-send-them-anyway-r27',
    phrases: [
      'of|anders|tenzij ik|k ..1 stuur|post|deel|zet|gooi ..1 ze|hem|het|die|m|alles ..1 alsnog|toch|gewoon|alsnog_door|toch_door|alsnog_online|toch_online',
      'of|anders|tenzij stuur|post|deel|zet|gooi ik|k ..1 ze|hem|het|die|m|alles ..1 alsnog|toch|gewoon|alsnog_door|toch_door|alsnog_online|toch_online',
    ],
    unless: ['huiswerk', 'opdracht', 'verslag', 'groep*', 'planning', 'rooster', 'uitnodiging*', 'kaartje*', 'tikkie', 'pakketje', 'haha*', 'lol', 'xd', 'mama|papa|mam|pap', 'oma|opa'],
    weight: 2.5,
    examples: {
      match: ['maak die 100 over of ik stuur ze alsnog', 'reageer nu anders post ik het toch'],
      ignore: ['zeg even of je komt anders stuur ik de uitnodiging toch', 'laat maar weten of ik het huiswerk stuur, anders stuur ik het gewoon'],
    },
  },

  {
    id: 'post-and-tag-your-people-r28',
    phrases: [
      'ik|k zet|post|gooi|deel|plaats|upload|stuur ..1 het|hem|ze|die|dat|dit|alles ..5 en|dan ..1 tag|tagg* ..1 je|jouw|uw|al_je|alle|heel_je|de_hele ..2 @audience|voetbalclub|sportclub|hockeyclub|vereniging|parochie|moskee|scouting|jeugdclub|gemeente|kerkgemeente',
      'kzet|kpost|kgooi|kdeel|kplaats|kupload|kstuur ..1 het|hem|ze|die|dat|dit|alles ..5 en|dan ..1 tag|tagg* ..1 je|jouw|uw|al_je|alle|heel_je|de_hele ..2 @audience|voetbalclub|sportclub|hockeyclub|vereniging|parochie|moskee|scouting|jeugdclub|gemeente|kerkgemeente',
      'en|dan|anders|of|tenzij ..1 tag|tagg* ik|k ..2 je|jouw|uw|al_je|alle|heel_je|de_hele ..2 @audience|voetbalclub|sportclub|hockeyclub|vereniging|parochie|moskee|scouting|jeugdclub|gemeente|kerkgemeente',
      'ik|k ga|zal ..4 je|jouw|uw|al_je ..2 @audience|voetbalclub|sportclub|hockeyclub|vereniging|parochie|moskee|scouting|jeugdclub|kerkgemeente ..2 [erbij|erin|eronder] taggen|taggen_erbij',
      'heel|hele|de_hele|je_hele ..1 gemeente|kerkgemeente|parochie|moskee|kerk|vereniging|voetbalclub|sportclub|scouting ..2 ziet|zien|krijgt|krijgen|gaat|gaan|zal|zullen ..2 het|ze|hem|alles|dit|dat|die|je ..1 [zien|te_zien]',
    ],
    unless: ['mooi*', 'leuk*', 'trots', 'vindt', 'wedstrijd*', 'grappig*', 'haha*', 'lol', 'xd', 'grapje', 'gefeliciteerd', 'felicit*', 'verjaardag*', 'jarig', 'groepsfoto', 'teamfoto', 'kampioen*', 'gewonnen', 'doelpunt', 'goal', 'fotos_van_de', 'foto_s_van_de', 'kerkdienst', 'dienst', 'viering', 'mis', 'concert', 'optreden', 'kerst*', 'pasen', 'doop', 'communie', 'vormsel', 'bruiloft', 'huwelijk', 'wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem'],
    examples: {
      match: ['ik post het op insta en tag je hele voetbalclub erbij', 'ik gooi hem op fb en dan tag ik je ouders', 'ik zet hem op fb en tag je kerk erbij', 'anders tag ik je kerk en je school eronder', 'de hele gemeente krijgt het te zien', 'ik ga je vereniging erbij taggen'],
      ignore: ['ik zet de foto op insta en tag je moeder erbij, ze vindt hem vast mooi', 'ik post het filmpje van de wedstrijd en tag je team', 'ik post de groepsfoto en tag je moeder erbij', 'ik zet de foto van de kerkdienst op fb en tag de hele gemeente', 'haha ik post het en tag je broer', 'de hele kerk zag het toen ik viel'],
    },
  },

  {
    id: 'want-it-in-your-story-r28',
    phrases: [
      'wil|wilt je|jij|ge ..2 dat ik|k ..3 in|op je|jouw|uw verhaal|story|stories|storie|feed|profiel|account|tijdlijn ..1 zet|post|gooi|plaats|deel|upload|zetten|posten',
      'dan|anders|of|zoniet|zo_niet ..1 verstuur|stuur|doorstuur|forward|deel|post|verspreid ik|k ..5 naar|aan|met|onder ..1 [al|alle|heel] je|jouw|uw @audience',
    ],
    unless: ['grappig*', 'lachen', 'geweldig', 'vet', 'cool', 'echt_goed', 'trots', 'haha*', 'lol', 'xd', 'grapje', 'verjaardag*', 'jarig', 'feest', 'vakantie', 'reis', 'mooi*', 'leuk*', 'groepsfoto', 'diploma*', 'uitreiking', 'uitnodiging*', 'rapport*', 'cijfer*', 'huiswerk', 'planning', 'rooster', 'kaartje*', 'tickets', 'recept', 'fotos_van_de', 'foto_s_van_de', 'wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje'],
    examples: {
      match: ['wil je dat ik ze in je verhaal zet?', 'Zo niet, dan verstuur ik de video naar al uw contacten', 'anders stuur ik alles door naar al je volgers'],
      ignore: ['wil je dat ik het filmpje in je story zet? hij is echt grappig', 'wil je dat ik de fotos van de reis in je story zet? ze zijn zo mooi', 'dan stuur ik de uitnodiging naar al je vrienden', 'wil je dat ik het op je profiel zet haha'],
    },
  },
  {
    id: 'then-all-of-them-see-it-r28',
    phrases: [
      'dan|anders ..1 zien|ziet|krijgen|krijgt|lezen|leest ..1 al|alle|heel ..1 je|jouw|uw ..1 [#] @audience ..1 ze|het|hem|die|dat|alles|dit',
      'denk|stel_je_voor ..2 aan|dat ..2 je|jouw|uw @audience ..3 die|als|wanneer|dat ..3 dat|dit|het|ze|die|deze|hem ..2 ziet|zien|krijgt|krijgen|leest|lezen|vindt|ontvangt',
      'stel_je_voor|denk_je_eens_in|denk_je_in ..1 dat|als|wanneer ..1 je|jouw|uw @audience ..2 het|dat|dit|ze|die|deze|hem ..2 ziet|zien|krijgt|krijgen|leest|lezen|vindt|ontvangt',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'verjaardag*', 'jarig', 'feest', 'vakantie', 'mooi*', 'leuk*', 'trots', 'groepsfoto', 'diploma*', 'kamer', 'rommel', 'cijfer*', 'rapport*', 'kapsel', 'tattoo', 'piercing', 'haar', 'haren', 'uitnodiging*', 'story_van', 'optreden', 'wedstrijd'],
    weight: 2,
    examples: {
      match: ['dan zien al je 600 vrienden ze', 'denk aan je moeder die dat ziet', 'stel je voor dat je vader het krijgt'],
      ignore: ['post het, dan zien al je vrienden het, ze worden trots', 'stel je voor dat je moeder je kamer ziet haha', 'denk aan je vader als hij je rapport ziet'],
    },
  },

  {
    id: 'send-it-to-two-of-your-people-r28',
    phrases: [
      'ik|k stuur|stuurt|verstuur|app|forward|deel ..1 het|ze|hem|dit|dat|alles|die ..2 naar|aan|met je|jouw|uw @audience ..2 en [naar|aan|met] je|jouw|uw ..2 @audience',
      'kstuur|kverstuur|kapp|kdeel ..1 het|ze|hem|dit|dat|alles|die ..2 naar|aan|met je|jouw|uw @audience ..2 en [naar|aan|met] je|jouw|uw ..2 @audience',
    ],
    unless: ['schoolreis*', 'foto_s_van', 'fotos_van', 'kamp', 'uitje', 'haha*', 'lol', 'xd', 'grapje', 'verjaardag*', 'jarig', 'feest*', 'vakantie', 'reis', 'uitnodiging*', 'rapport*', 'cijfer*', 'huiswerk', 'planning', 'rooster', 'kaartje*', 'tickets', 'recept', 'adres', 'locatie', 'link', 'groepsfoto', 'teamfoto', 'uitslag*', 'schema', 'wedstrijd*', 'training*', 'diploma*', 'bedankt', 'felicit*', 'gefeliciteerd', 'mooi*', 'leuk*', 'wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem'],
    examples: {
      match: ['ik stuur het naar je trainer en je hele team', 'kstuur ze naar je moeder en je klas'],
      ignore: ["ik stuur het naar je moeder en je vader, de foto's van het schoolreisje", 'ik stuur het rooster naar je trainer en je team', 'ik stuur het naar je moeder en je oma, de fotos zijn zo mooi'],
    },
  },

  {
    id: 'on-your-schools-page-r28',
    phrases: [
      'ik|k zet|post|gooi|plaats|upload|deel ..1 het|hem|ze|die|dat|dit|alles ..3 op de @app|pagina|site|account van je|jouw|uw @audience|voetbalclub|sportclub|scouting|vereniging',
      'kzet|kpost|kgooi|kplaats|kupload|kdeel ..1 het|hem|ze|die|dat|dit|alles ..3 op de @app|pagina|site|account van je|jouw|uw @audience|voetbalclub|sportclub|scouting|vereniging',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'mooi*', 'leuk*', 'trots', 'gewonnen', 'kampioen*', 'felicit*', 'gefeliciteerd', 'fotos_van_de', 'foto_s_van_de', 'groepsfoto', 'teamfoto', 'uitslag*', 'verslag', 'aankondiging', 'rooster', 'planning', 'toestemming'],
    examples: {
      match: ['ik zet het op de insta van je school', 'kpost alles op de pagina van je voetbalclub'],
      ignore: ['ik zet de groepsfoto op de insta van je school, met toestemming', 'ik post het verslag op de site van je club, jullie zijn kampioen'],
    },
  },
  {
    id: 'they-all-get-it-vague-r28',
    phrases: [
      'iedereen|heel|hele ..2 van|op|in|uit|bij je|jouw|uw ..2 @audience|voetbalteam|voetbalclub|hockeyteam|sportclub|scouting|vereniging ..1 krijgt|krijgen|ziet|zien ..1 het|ze|hem|alles|dit|dat|die',
      'ik|k stuur|verstuur|app|forward ..1 het|ze|hem|dit|dat|alles|die ..3 naar|aan de ..1 jeugdleider|leiding|leider|voorzitter|directie|directeur|rector|dominee|pastoor|imam|priester|kerkenraad|baas|teamleider ..1 van je|jouw|uw',
      'kstuur|kverstuur|kapp ..1 het|ze|hem|dit|dat|alles|die ..3 naar|aan de ..1 jeugdleider|leiding|leider|voorzitter|directie|directeur|rector|dominee|pastoor|imam|priester|kerkenraad|baas|teamleider ..1 van je|jouw|uw',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'uitnodiging*', 'rooster', 'planning', 'schema', 'formulier*', 'brief', 'mail', 'link', 'info*', 'informatie', 'rapport*', 'cijfer*', 'huiswerk', 'verjaardag*', 'feest*', 'kaartje*', 'tickets', 'uitslag*', 'training*', 'wedstrijd*', 'toestemming*', 'aanmelding*', 'inschrijving*', 'betaalverzoek', 'tikkie', 'factuur', 'fotos_van_de', 'foto_s_van_de', 'groepsfoto', 'teamfoto', 'mooi*', 'leuk*', 'bericht_van', 'morgen_ook', 'ook_een'],
    weight: 2,
    examples: {
      match: ['iedereen van je voetbalteam krijgt het', 'ik stuur het naar de jeugdleider van je scouting'],
      ignore: ['ik stuur het naar de mentor van je klas', 'iedereen van je klas krijgt het rooster morgen ook', 'ik stuur het formulier naar de trainer van je team'],
    },
  },

  {
    id: 'your-pics-on-app-if-you-block-r28',
    phrases: [
      'ik|k zet|post|gooi|plaats|upload|deel ..1 je|jouw|uw|ue|al_je ..1 @photo|@nude|fotos ..3 op|online|rond ..4 als|as|tenzij|zodra|wanneer ge|je|jij|gij ..2 blokt|blokkeert|negeert|weggaat|stopt|niet_betaalt|nie_betaalt|ni_betaalt|niet_antwoordt',
      'kzet|kpost|kgooi|kplaats|kupload|kdeel ..1 je|jouw|uw|ue|al_je ..1 @photo|@nude|fotos ..3 op|online|rond ..4 als|as|tenzij|zodra|wanneer ge|je|jij|gij ..2 blokt|blokkeert|negeert|weggaat|stopt|niet_betaalt|nie_betaalt|ni_betaalt|niet_antwoordt',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje'],
    examples: {
      match: ['ik zet uw fotos op facebook as ge mij blokt', 'ik zet je naaktfotos online als je me negeert'],
      ignore: ['ik zet je fotos op insta als je me blokt haha grapje'],
    },
  },
  {
    id: 'your-mum-gets-those-pics-r28',
    phrases: [
      'je|jouw|uw @audience ..2 gaat|gaan|zal|zullen ..1 die|de|deze|je|jouw|uw|al_je|alle ..1 @photo|@nude|fotos|video|filmpje ..1 krijgen|zien|ontvangen|te_zien_krijgen',
    ],
    unless: ['mail', 'school', 'juf', 'meester', 'mentor', 'via_de', 'schoolfotograaf', 'fotograaf', 'communie', 'vakantie', 'schoolfoto*', 'klassenfoto*', 'mooi*', 'leuk*', 'afdruk*', 'lijst*', 'album', 'bruiloft', 'verjaardag*', 'diploma*', 'kamp', 'schoolreis*', 'uitreiking', 'optreden', 'wedstrijd*', 'haha*', 'lol', 'xd', 'trots', 'kerst*'],
    weight: 2,
    examples: {
      match: ['uw ma gaat die fotos krijgen', 'je vader zal de video zien'],
      ignore: ["je moeder gaat die foto's krijgen via de mail van school", 'je oma gaat de fotos van de communie krijgen', 'je moeder zal die video van het optreden zien, ze wordt zo trots'],
    },
  },

  {
    id: 'veiled-ruin-and-worth-r28',
    phrases: [
      'hoeveel ..2 is|zijn ..1 je|jouw|uw ..1 reputatie|naam|toekomst|privacy|vrienden|familie|relatie|carriere ..2 [je|jou|you] waard',
      'dit|dat|het|deze|die ..2 gaat|zal ..1 je|jouw|uw ..1 leven|toekomst|reputatie|carriere|naam ..1 kapot|verwoesten|ruineren|verpesten|vernietigen',
      'je|jouw|uw ..1 leven|toekomst|reputatie|carriere|naam ..2 is ..1 voorbij|kapot|verwoest|geruineerd|over ..3 als|zodra|wanneer ..2 dit|dat|het|deze|die|ze ..2 uitkomt|uitlekt|uitkomen|uitlekken|rondgaat|online_komt|online_komen',
      'over ..1 een|# ..1 uur|uurtje|minuten|min|kwartier ..2 gaat|gaan|komt|komen|staat|staan ..1 het|alles|ze|hij|die ..2 online|rond|viral|op_internet|op_instagram|op_tiktok|op_snap',
    ],
    unless: ['kijk*', 'inschrijving*', 'aanmelding*', 'uitslag*', 'verkiezing*', 'kamp', 'kaartjes', 'tickets', 'site', 'website', 'rooster', 'cijfers', 'roken', 'vapen', 'vapes', 'drugs', 'alcohol', 'drank', 'gamen', 'verslaving*', 'tattoo*', 'piercing*', 'haar', 'kapsel', 'cijfer*', 'rapport*', 'spijbel*', 'te_laat', 'feest*', 'kamer', 'rommel', 'nummer', 'album', 'single', 'aflevering', 'vlog', 'kanaal', 'stream', 'podcast', 'mijn_video', 'mn_video', 'artikel', 'website', 'webshop', 'haha*', 'lol', 'xd', 'grapje', 'cadeau*', 'verrassing*', 'plan', 'idee', 'nieuwe', 'vakantie', 'opleiding', 'studie', 'school_kiezen', 'profiel_kiezen'],
    weight: 2,
    examples: {
      match: ['hoeveel is je reputatie je waard', 'dit gaat je leven kapot maken', 'je carriere is voorbij als dit uitkomt', 'over een uur gaat het online'],
      ignore: ['over 10 minuten gaat het online, de inschrijving voor het kamp', 'wat denk je dat je moeder ervan vindt als je zo laat thuiskomt', 'roken gaat je leven kapot maken, dit meen ik', 'over een uur gaat mijn nieuwe vlog online', 'wat denk je dat je moeder ervan vindt als je een tattoo neemt', 'wat zou je vader ervan vinden, van je nieuwe kapsel haha'],
    },
  },

  {
    id: 'i-expose-you-r28',
    phrases: [
      'ik|k expose|exposeer|exposen ..1 je|jou|you|ge|u ..4 bij|op|aan|voor|naar|online|overal',
      'kexpose|kexposeer ..1 je|jou|you|ge ..4 bij|op|aan|voor|naar|online|overal',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'slapend', 'slapen', 'snurk*', 'babyfoto*', 'verjaardag*', 'spelletje', 'game', 'potje', 'valsspel*', 'cheat*'],
    examples: {
      match: ['je bent klaar, ik expose je bij je hele school', 'kexpose je op insta'],
      ignore: ['ik expose je bij de klas met die babyfoto haha', 'ik expose je op discord als je weer cheat in het potje'],
    },
  },
  {
    id: 'or-your-people-get-it-n29',
    phrases: [
      'of|anders ..1 @your [hele] @audience ..3 krijgt|krijgen|krijg|ontvangt|ontvangen ..1 m|hem|het|ze|die|dat|da|alles|t',
      'of|anders ..1 @your|uwe [hele] @audience ..3 krijgt|krijgen|krijg ..2 te_zien',
      'of|anders ..1 uwe [hele] @audience ..3 krijgt|krijgen|krijg|ontvangt|ontvangen ..1 m|hem|het|ze|die|dat|da|alles|t',
      'of|anders ..1 krijgt|krijgen|ontvangt|ontvangen @your [hele] @audience ..1 m|hem|het|ze|die|dat|da|alles|t ..2 [te_zien]',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'cadeau*', 'kado*', 'uitnodiging*', 'rekening', 'factuur', 'brief', 'rapport*', 'cijfer*', 'verjaardag*', 'feest*', 'taart', 'koekjes', 'eten', 'kaartje*', 'tickets', 'korting', 'punten', 'straf', 'boete', 'huiswerk', 'les', 'toets*', 'verrassing*', 'grapje', 'haha*', 'lol', 'op_tijd', 'inlever*', 'lever', 'eten', 'niet_voor_elkaar'],
    examples: {
      match: ['ik heb het filmpje nog. 100 euro voor morgen of je hele school krijgt m', 'stuur het geld via bunq of je ouders krijgen het te zien', 'betaal nu anders krijgen je vrienden alles', '3 fotos erbij of uwe ma krijgt da te zien'],
      ignore: ['kom je vanavond eten of krijgt je moeder het niet voor elkaar?', 'snel betalen voor de tickets anders krijgt je vader de rekening', 'of je moeder krijgt het cadeau morgen, of zaterdag', 'lever het in anders krijgt je mentor het niet op tijd'],
    },
  },
  {
    id: 'if-you-dont-pay-i-post-them-n29',
    phrases: [
      'als|tenzij|zodra @you ..2 niet|nie|ni|geen ..2 betaal|betaalt|betalen|overmaakt|overmaken|stuurt|doet|luistert ..6 zet|post|stuur|gooi|deel|upload|lek|verspreid ik|k ..2 ze|het|die|dat|alles|m|hem|t ..3 op|naar|in|online|rond|door',
      'tenzij @you ..3 betaalt|betaal|overmaakt|stuurt ..6 zet|post|stuur|gooi|deel|upload|lek|verspreid ik|k ..2 ze|het|die|dat|alles|m|hem|t ..3 op|naar|in|online|rond|door',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'contributie', 'factuur', 'rekening', 'boete', 'lidmaatschap', 'bibliotheek', 'incasso*', 'deurwaarder', 'herinnering', 'kamer', 'huiswerk', 'verslag'],
    examples: {
      match: ['als je niet betaalt zet ik ze online en stuur ik ze door naar je vader', 'als je niet betaal stuur ik het naar je hele klas', 'tenzij je het geld overmaakt post ik alles op insta'],
      ignore: ['als je niet betaalt stuur ik het naar de deurwaarder', 'als je niet betaalt zet ik de factuur door naar je ouders', 'als je niet luistert zet ik de wifi uit'],
    },
  },
  {
    id: 'send-it-to-all-unless-you-give-me-n30',
    phrases: [
      'stuur|zet|post|gooi|deel|drop|lek|upload ..2 t|het|m|hem|em|ze|die|dat|dit|alles ..3 naar|in|op ..3 server|discord|groep*|groepsapp*|groepschat*|klassengroep*|klasapp*|school|klas|iedereen|instagram|tiktok|story|@crowd ..4 tenzij @you ..1 me|mij ..5 geeft|geef|stuurt|stuur|betaalt|betaal|overmaakt|geven|sturen|betalen',
      'tenzij @you ..1 me|mij ..5 geeft|geef|stuurt|betaalt|overmaakt|geven|sturen|betalen ..5 stuur|zet|post|gooi|deel|lek|verspreid ik|k ..2 t|het|m|hem|ze|die|dat|alles ..3 naar|in|op|online|rond',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'antwoorden', 'huiswerk', 'samenvatting*', 'aantekeningen', 'rooster', 'planning', 'uitnodiging*', 'link', 'verjaardag*', 'feest*', 'cadeau*', 'kado*', 'terug', 'oplader', 'haha*', 'lol', 'xd', 'grapje'],
    examples: {
      match: ['ik heb alles opgenomen. ik zet het in de klassengroep tenzij je me 50 euro stuurt', 'ik stuur die video naar de hele server tenzij je me je account geeft', 'tenzij je me vandaag je wachtwoord geeft post ik het op insta'],
      ignore: ['ik zet de foto in de groep tenzij je me zegt dat het niet mag', 'ik stuur het naar de hele klas tenzij je me je oplader terug geeft haha', 'ik deel de samenvatting in de groep tenzij je me de jouwe stuurt'],
    },
  },
  {
    id: 'post-it-so-your-followers-see-n30',
    phrases: [
      'ik|k ..6 zet|zetten|post|posten|plaats|plaatsen|gooi|gooien|drop|droppen|deel|delen|upload|uploaden ..3 zodat|zo_dat [al|heel|hele|gans] @your ..1 volgers|followers|klas|school|familie|vrienden|ouders|contacten|klasgenoten|vriendinnen ..3 het|ze|m|hem|dat|die|alles ..1 zien|ziet|lezen|kunnen_zien|te_zien_krijgen|te_zien_krijgt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'trots', 'goed', 'mooi', 'leuk', 'grappig', 'geweldig', 'feli*', 'gefeliciteerd', 'verjaardag*', 'jarig', 'feest*', 'optreden', 'dans*', 'wedstrijd', 'goal', 'vakantie', 'concert', 'musical', 'toneel*', 'diploma*', 'geslaagd', 'haha*', 'lol', 'xd', 'liedje', 'cover', 'prijs', 'winactie', 'uitnodiging*', 'actie', 'inzamel*', 'goede_doel', 'vermist*', 'kwijt'],
    examples: {
      match: ['wil je dat ik die fotos online zet zodat al je vrienden ze zien?', 'ik post dat filmpje onder je laatste post zodat al je volgers het zien'],
      ignore: ['ik zet je dans in de story zodat al je volgers het zien, zo goed', 'ik deel de oproep zodat al je volgers het zien, hopelijk vinden ze je kat terug want hij is kwijt'],
    },
  },
  {
    id: 'or-else-they-get-them-n30',
    phrases: [
      'ofwel|anders|zoniet|zo_niet krijgt|krijgen|ontvangt|ontvangen|ziet|zien ..2 @audience ..5 ze|het|die|dat|da|alles|m|hem|t ..4 in|op|te_zien|via|per|morgen|maandag|vanavond|straks',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'cadeau*', 'kado*', 'uitnodiging*', 'rekening', 'factuur', 'brief', 'rapport*', 'cijfer*', 'verjaardag*', 'feest*', 'taart', 'koekjes', 'eten', 'kaartje*', 'tickets', 'korting', 'punten', 'straf', 'boete', 'huiswerk', 'les', 'toets*', 'verrassing*', 'grapje', 'haha*', 'lol', 'op_tijd', 'inlever*', 'lever', 'niet_voor_elkaar', 'niet|nie|ni ..1 mee|op_tijd|te_zien|door', 'opdracht*', 'formulier*', 'pakket*', 'bestelling*', 'griep', 'ziek'],
    examples: {
      match: ['stuur er nog drie, anders krijgen je ouders ze morgen in hun mailbox', 'ofwel betaalde, ofwel ziet heel uw klas het vanavond op insta'],
      ignore: ['lever het op tijd in, anders krijgt je mentor het niet mee', 'doe je jas aan, anders krijgt je moeder het morgen weer te horen met die griep', 'stuur de foto nu, anders krijgt oma het cadeau morgen pas'],
    },
  },
  {
    id: 'keep-it-that-way-and-pay-n30',
    phrases: [
      'hou|houd|houden ..1 dat|het|dit|t|da ..1 zo ..4 # @money|usdt|btc|bitcoin*|crypto|paysafe*|dollar|dollars',
      'hou|houd|houden ..1 dat|het|dit|t|da ..1 zo ..4 @payment|usdt|btc|bitcoin*|crypto|paysafe*|tikkie|overmaken|betaalverzoek',
      'wil|wilt|wilde @you ..1 dat ..1 het|dat|dit|da ..1 zo ..1 blijft ..5 # @money|usdt|btc|bitcoin*|crypto|paysafe*|dollar|dollars',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'per_stuk', 'per_week', 'per_maand', 'per_uur', 'per_dag', 'zakgeld', 'korting', 'prijs', 'kost', 'kosten', 'budget', 'spaar*', 'sparen', 'gespaard', 'bijbaan', 'salaris', 'loon', 'huur', 'abonnement', 'ik|k betaal ..1 je|jou ..2 terug', 'terugbetalen', 'fooi', 'verdien*'],
    examples: {
      match: ['wil je dat het zo blijft? 150 euro in btc voor vanavond', 'niemand weet het nog he. hou het zo, 200 euro via bitcoin', 'je ouders weten van niks. hou dat zo en stuur paysafe codes'],
      ignore: ['wil je dat het zo blijft? dan 5 euro per maand voor premium', 'hou het zo, 10 euro per week is genoeg zakgeld', 'super gespaard! hou dat zo, nog 50 euro en je hebt je fiets'],
    },
  },
  {
    id: 'what-would-they-say-if-they-got-this-video-n31',
    phrases: [
      'wat ..1 zou|zouden|zal|zullen @your ..1 @audience ..3 zeggen|denken|vinden|doen ..4 als|wanneer|moest|moesten ..4 @photo|naaktfoto*|nudes ..3 kreeg|kregen|krijgt|krijgen|zag|zagen|ziet|zien|ontving|ontvangen|binnenkreeg|onder_ogen',
      'hoe zou|zouden|zal|zullen @your @audience ..3 reageren|kijken|zich_voelen ..4 als|wanneer ..4 @photo|naaktfoto*|nudes ..3 kreeg|kregen|krijgt|krijgen|zag|zagen|ziet|zien|ontving|ontvangen|binnenkreeg',
      'wat zou|zouden|zal|zullen @your @audience ..3 zeggen|denken|vinden|doen ..4 als|wanneer ik ..4 @photo|naaktfoto*|nudes ..4 stuur|stuurde|doorstuur|post|deel|laat_zien|toon',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kamer|rapport|cijfer*|kapsel|haar|tattoo*|tatoeage|piercing|outfit|jurk|vakantie*|verjaardag*|feest*|diploma|schoolfoto|optreden|wedstrijd|dans*|baby*|hond*|kat|puppy|trots|lief|mooi*|leuk*', 'haha*', 'lol', 'xd'],
    weight: 3,
    examples: {
      match: ['wat zouden je ouders zeggen als ze deze video kregen', 'wat zou uw moeder denken als ze die fotos zag', 'wat zou je vriend vinden als ik die foto naar hem stuur', 'hoe zouden je ouders reageren als ze dat filmpje zagen'],
      ignore: ['wat zou je moeder zeggen als ze die foto van je kamer zag haha', 'wat zouden je ouders zeggen als ze je rapport zagen', 'wat zou je oma vinden van de foto van de baby', 'je wil niet dat ik het rooster in de klasgroep zet?', 'hoe zou je moeder reageren als ze de foto van je nieuwe kapsel zag'],
    },
  },
  {
    id: 'that-i-send-it-to-your-people-verb-final-n31',
    phrases: [
      'niet|nie|ni dat|da ik|k ..6 naar|aan|in|bij [al|alle|heel] @your [hele|heel] @audience ..2 stuur|stuurt|post|zet|deel|app|gooi|verstuur|doorstuur|lek|laat_zien|toon|steek',
      'niet|nie|ni dat|da ik|k ..6 in|naar|op ..1 de|je|jouw|uw|jullie ..1 klasgroep*|klassengroep*|klasapp*|klassenapp*|groepsapp*|groepschat*|groupchat*|gc ..2 zet|stuur|stuurt|post|gooi|deel|steek|app',
      'wat_als|stel_dat|straks|zodat|voordat|voor_ik ..1 ik|k ..6 naar|aan|in|bij [al|alle|heel] @your [hele|heel] @audience ..2 stuur|stuurt|post|zet|deel|app|gooi|verstuur|doorstuur|lek',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'uitnodiging*|verjaardag*|feest*|cadeau*|kado*|kaart|kaartje|adres|link|rooster|huiswerk|werkstuk|recept|planning|verrassing*|surprise', 'vergeet|vergeten|vergat', 'mooi*|leuk*|lief|trots|schattig*', 'haha*', 'lol'],
    examples: {
      match: ['je wilt toch niet dat ik deze foto naar je ouders stuur', 'je wil toch nie dat ik die video in de klassenapp gooi', 'wat als ik die filmpjes in je klasgroep zet', 'stel dat ik het naar al je volgers stuur'],
      ignore: ['je wil niet dat ik de uitnodiging naar je ouders stuur?', 'ik wil niet dat ik het vergeet naar je moeder te sturen', 'wat als ik die mooie foto naar je oma stuur, vindt ze vast leuk'],
    },
  },
  {
    id: 'one-click-and-they-all-see-n31',
    phrases: [
      '1|een|eentje|enkele ..1 klik|klikje|druk|tik|tikje ..2 en|dan ..5 ziet|zien|krijgt|krijgen|weet|weten|heeft|hebben ..2 het|t|alles|allemaal|iedereen',
      '1|een|eentje ..1 klik|klikje|druk|tik ..2 verwijderd|van ..3 @your ..1 @audience|iedereen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'en_je|en_jij|en_ge|en_gij|dan_je|dan_jij|dan_ge|en_you|dan_you', 'link|linkje|website|site|aanmelden|inschrijven|download|installeren|update|abonneer*|like|liken|volg|bestellen|bestelling|korting|actie|winkel|webshop|knop|menu|instellingen|tikkie|filter|app_store|play_store|google', 'haha*', 'lol'],
    weight: 3,
    examples: {
      match: ['1 klik en ze zien het allemaal', 'een klikje en al je volgers hebben het', 'ik ben 1 klik verwijderd van je familie'],
      ignore: ['1 klik en iedereen ziet je nieuwe profiel, via de instellingen', 'een klik op de link en je bent aangemeld', 'een klikje en iedereen heeft de uitnodiging'],
    },
  },
  {
    id: 'want-it-to-go-around-n32',
    phrases: [
      'wil|wilt je|jij|ge ..2 dat ..3 rondgaat|rondgaan|uitlekt|uitlekken|viral_gaat|viral_gaan|rondgestuurd_wordt|rondgestuurd_worden',
      'wil|wilt je|jij|ge ..2 dat ..4 online|op_insta|op_instagram|op_internet|op_tiktok|op_snapchat ..2 komt|komen|staat|staan|gaat|gaan|belandt|verschijnt',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'feest', 'verjaardag*', 'uitnodiging*', 'flyer*', 'poster*', 'rooster', 'lijst', 'nieuwsbrief', 'petitie', 'filmpje_van_de_klas', 'clip_van_ons', 'werkstuk', 'vlog', 'trailer', 'promo*'],
    examples: {
      match: ['wil je dat die video rondgaat?', 'wil je echt dat dat filmpje uitlekt', 'wil je dat je fotos morgen online staan'],
      ignore: ['wil je dat de uitnodiging rondgaat in de klas?', 'wil je dat de vlog online komt of niet haha', 'wil je dat ik het rooster rondstuur'],
    },
  },
  {
    id: 'everything-goes-online-at-n32',
    phrases: [
      'alles gaat|gaan|komt|komen|staat|staan online|rond|viral|op_insta|op_instagram|op_internet ..2 om|vanavond|morgen|vannacht|straks|over|tenzij|als|anders',
      'al_je_fotos|je_fotos|je_foto_s|al_je_foto_s|die_fotos|die_foto_s|je_video|die_video|je_nudes|die_nudes|je_naaktfotos|dat_filmpje|je_filmpje gaat|gaan|komt|komen|staat|staan ..3 online|rond|viral|op_insta|op_instagram|op_internet',
      'iedereen|heel_de_school|de_hele_school|je_hele_klas|heel_je_klas|je_hele_school gaat|gaan|zal|zullen ..2 je|jouw|die|al_je @photo|@nude|naaktfoto* ..1 zien|krijgen|ontvangen|bekijken',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'feest', 'verjaardag*', 'vakantie*', 'mooi*', 'prachtig*', 'trots', 'expositie', 'tentoonstelling', 'jaarboek', 'album', 'website', 'webshop', 'winkel', 'collectie', 'sale', 'uitverkoop', 'tickets', 'kaartjes', 'uitslag*', 'cijfer*', 'rooster', 'les', 'lessen', 'aflevering*', 'stream', 'livestream', 'webinar', 'wedstrijd', 'toernooi', 'schoolfoto*', 'klassenfoto*', 'groepsfoto*', 'diploma*', 'optreden', 'musical', 'voorstelling'],
    examples: {
      match: ['al je fotos gaan vanavond online', 'alles gaat online om 23:00', 'heel de school gaat je naaktfotos zien', 'iedereen gaat je video bekijken 😈'],
      ignore: ['alles gaat online om 22:00, de nieuwe collectie', 'iedereen gaat je fotos zien op de expositie, zo trots', 'de uitslagen gaan morgen online om 9 uur'],
    },
  },
  {
    id: 'imagine-they-see-what-you-sent-n33',
    phrases: [
      'stel ..2 voor ..1 dat|als ..6 @audience|collega|collega_s|mensen ..3 @photo|@nude|naaktfoto* ..1 van_jou|van_je|van_you|van_u ..2 ziet|zien|krijgt|krijgen|vindt|vinden|ontvangt|ontvangen|te_zien',
      'als|wanneer|dat ..6 @audience|collega|collega_s|mensen|iedereen ..3 zien|ziet|weten|lezen|leest|krijgen|krijgt|te_zien_krijgen|te_zien_krijgt|ontdekken|ontdekt ..1 wat jij|je|you ..2 mij|me|mn|mijn ..3 gestuurd|stuurde|stuurt|verstuurd|stuurden|hebt_gestuurd|opgestuurd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'zei|zeiden|zegt|dreigde|dreigt ..2 hij|ze|zij|die', 'trots', 'blij', 'lief', 'schattig', 'mooi*', 'prachtig*', 'grappig*', 'haha*', 'lol', 'xd', 'meme*', 'recept*', 'link', 'vakantie*', 'reis', 'feest*', 'verjaardag*', 'bruiloft*', 'diploma*', 'jaarboek*', 'schoolfoto*', 'tekening*', 'kaart*', 'uitnodiging*', 'huiswerk', 'verslag', 'cijfer*'],
    examples: {
      match: ['stel je voor dat iedereen in de kerk die fotos van jou ziet', 'stel je eens voor dat je collega\'s die video van je te zien krijgen', 'zou jammer zijn als je ouders zien wat je me gestuurd hebt', 'wat als je klas te weten komt... als je vrienden lezen wat jij mij stuurde'],
      ignore: ['stel je voor dat je oma die foto van jou ziet, ze zou zo trots zijn', 'als je moeder ziet wat je me gestuurd hebt gaat ze lachen haha', 'als je ouders zien wat je me gestuurd hebt voor de verjaardag'],
    },
  },
  {
    id: 'or-i-leak-your-chats-n33',
    phrases: [
      'lek|leak|leek|verspreid|publiceer|expose ik|k ..3 je|jouw|uw|die|de|al_je|alle ..1 @photo|@nude|chats|chatjes|gesprekken|berichten|dms|screenshots|screens|appjes|convo*|nudes',
      'anders|of|tenzij ..2 deel|post|zet|gooi ik|k ..3 je|jouw|uw|al_je ..1 chats|chatjes|gesprekken|berichten|dms|screenshots|screens|appjes|convo* ..4 op|in|online|rond|openbaar|overal|server|groep*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'zei|zeiden|zegt|dreigde|dreigt ..2 hij|ze|zij|die', 'iemand|een_gast|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'clutch', 'highlight*', 'montage', 'gameplay', 'antwoorden', 'toets*', 'spoiler*', 'haha*', 'lol', 'xd', 'grapje', 'meme*', 'recept*', 'huiswerk', 'verslag', 'presentatie', 'werkstuk'],
    examples: {
      match: ['geef me je account, anders leak ik al je dms', 'morgen lek ik je chats met haar in de groep', 'anders zet ik je gesprekken met hem op de discord server'],
      ignore: ['anders leak ik de antwoorden van de toets', 'anders zet ik je screenshots in de groep voor het werkstuk', 'ik leak je gameplay clip haha'],
    },
  },
  {
    id: 'parent-gets-the-media-n35',
    phrases: [
      'krijgt|krijgen|ontvangt|ontvangen|ziet|zien je|jouw|uw|ue @parents ..2 de|die|je|jouw|uw|deze|al_je|alle @photo|@nude|naaktfoto*|beelden|screenshots',
      'krijgt|krijgen|ontvangt|ontvangen|ziet|zien ..1 heel|al je|jouw|uw|ue @audience ..2 de|die|je|jouw|uw|deze|al_je|alle @photo|@nude|naaktfoto*|beelden|screenshots',
      'je|jouw|uw|ue @parents ..1 krijgt|krijgen|ontvangt|ontvangen|ziet|zien ..3 de|die|je|jouw|uw|deze|al_je|alle @photo|@nude|naaktfoto*|beelden|screenshots',
    ],
    unless: ['uitvoering*', 'optreden*', 'voorstelling*', 'wedstrijd*', 'musical', 'toneel*', 'diploma*', 'uitreiking*', 'vakantie*', 'reis', 'bruiloft', 'feest*', 'verjaardag*', 'klassenfoto*', 'schoolfoto*', 'groepsfoto*', 'fotoboek*', 'fotoalbum*', 'album', 'kamp', 'schoolreis*', 'haha*', 'lol', 'grapje', 'wilde|wil|vroeg|vraagt ..1 erom|ernaar', 'wat moet|moeten ik|we ..1 doen', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|sms|dm|appje'],
    weight: 3,
    examples: {
      match: ['daarna krijgt je moeder de fotos', 'je vader krijgt om 9 uur die filmpjes', 'om 8 uur ziet je pa die video', 'morgen krijgen al je volgers de screenshots', 'dan ontvangen je ouders alle beelden'],
      ignore: ['dan krijgt je moeder de fotos van de vakantie', 'je vader krijgt de video van de uitvoering', 'morgen ziet je oma de foto van het diploma', 'dan krijgen je ouders de fotos van het kamp'],
    },
  },
  {
    id: 'you-know-what-happens-to-it-n35',
    phrases: [
      'weet|weette je|jij|ge|gij [wel|toch|heel_goed|best] wat er ..2 met ..2 @photo|@nude|eerste|beelden|screenshots|alles ..2 gebeurt|gebeuren|gaat_gebeuren|zal_gebeuren',
      'je|jij|ge|gij weet|weet_je [wel|toch|heel_goed|best] wat er ..2 met ..2 @photo|@nude|eerste|beelden|screenshots|alles ..2 gebeurt|gebeuren|gaat_gebeuren|zal_gebeuren',
      'je|jij|ge|gij weet|weet_je [wel|toch|heel_goed|best] wat er ..2 gebeurt|gebeuren|gaat_gebeuren|zal_gebeuren ..2 met ..2 @photo|@nude|eerste|beelden|screenshots',
    ],
    unless: ['fotoshoot*', 'fotograaf', 'schoolfoto*', 'album', 'printen', 'geprint', 'cloud', 'icloud', 'backup', 'opslag', 'haha*', 'lol', 'grapje', 'wat moet|moeten ik|we ..1 doen'],
    weight: 2,
    examples: {
      match: ['dan weet je wel wat er met de fotos gebeurt', 'je weet wat er met die video gaat gebeuren als je niet betaalt', 'ge weet toch wat er gebeurt met uw filmkes'],
      ignore: ['weet je wat er met de fotos van de fotoshoot gebeurt?', 'weet jij wat er met mijn fotos gebeurt als ik icloud opzeg', 'weet je wat er gebeurd is met zijn kat?'],
    },
  },
  {
    id: 'ruin-your-life-with-media-n35',
    phrases: [
      'met ..2 @photo|@nude|beelden|screenshots ..2 maak|verpest|ruineer|sloop|vernietig ik|k ..2 je|jouw|uw|ue leven',
      'ik|k maak|verpest|ruineer|sloop|vernietig ..2 je|jouw|uw|ue leven ..3 met ..2 @photo|@nude|beelden|screenshots',
      'kmaak|kverpest|kruineer|ksloop|kvernietig ..2 je|jouw|uw|ue leven ..3 met ..2 @photo|@nude|beelden|screenshots',
      '@photo|@nude|beelden|screenshots ..3 maken|verpesten|ruineren|slopen|vernietigen ..1 je|jouw|uw|ue leven',
      '@photo|@nude|beelden|screenshots ..3 je|jouw|uw|ue leven ..1 kapot_maken|kapotmaken|verpesten|ruineren|slopen|vernietigen',
    ],
    unless: ['haha*', 'lol', 'grapje', 'wat moet|moeten ik|we ..1 doen', 'cringe', 'genant', 'gnant'],
    weight: 3,
    examples: {
      match: ['met die fotos maak ik je leven kapot', 'ik verpest je leven met die video', 'die beelden gaan je leven verpesten, geloof me', 'die filmpjes gaan uw leven kapot maken'],
      ignore: ['met die fotos maak ik een collage voor je verjaardag', 'ik maak je leven makkelijker met die app', 'die video maakt je dag goed'],
    },
  },
  {
    id: 'you-know-what-happens-with-r36',
    phrases: [
      'dan|anders weet|wete je|jij|ge ..1 wat|wa ..2 er ..2 gebeurt|gebeuren|gaat_gebeuren ..3 met ..2 die|de|je|jouw|dat|die_van|je_foto*|@photo|@nude',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'taart', 'pizza', 'eten', 'koekjes', 'plant*', 'vis', 'hamster', 'huiswerk', 'fiets', 'telefoon_als', 'opruimen', 'kamer', 'wat moet|moeten ik|we ..1 doen'],
    weight: 2,
    examples: {
      match: ['doe het nu, dan weet je wat er gebeurt met die van gisteren', 'anders weet je wat er gaat gebeuren met je fotos', 'dan weet je wat er gebeurt met dat filmpje'],
      ignore: ['anders weet je wat er gebeurt met de taart haha', 'je weet wat er gebeurt met je kamer als je niet opruimt', 'dan weet je wat er gebeurt met de hamster'],
    },
  },
  {
    id: 'you-know-what-happens-with-pics-r36',
    phrases: [
      'weet|wete ..1 wat|wa ..2 er ..3 gebeurt|gebeuren|gaat_gebeuren ..3 met ..2 @photo|@nude|die_van_gisteren|die_van_toen|die_van_vorige|die_van_laatst|die_van_vannacht|die_van_jou',
      'weet|wete ..1 wat|wa ..2 er ..2 met ..2 @photo|@nude|die_van_gisteren|die_van_toen|die_van_vorige|die_van_laatst|die_van_jou ..2 gebeurt|gaat_gebeuren',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'oude_telefoon', 'cloud', 'backup', 'icloud', 'google', 'verwijderd', 'wat moet|moeten ik|we ..1 doen', 'schoolfoto*', 'klassenfoto*', 'jaarboek'],
    weight: 3,
    examples: {
      match: ['stuur nu, anders weet je wat er gebeurt met die van gisteren', 'je weet wat er gebeurt met je nudes', 'jij weet wat er met die fotos gaat gebeuren'],
      ignore: ['weet je wat er gebeurt met je fotos als je je oude telefoon inlevert? backup eerst', 'weet je wat er met de klassenfoto gebeurt'],
    },
  },
  {
    id: 'pics-get-posted-unless-n39',
    phrases: [
      '@photo|@nude|beelden|link|screenshots ..2 worden|wordt|komen|komt|gaan|gaat ..6 gezet|gedeeld|gepost|verstuurd|doorgestuurd|rondgestuurd|gelekt|geupload|online ..6 tenzij|behalve_als|als_je_niet|als_jij_niet|als_ge_niet|anders',
      'worden|wordt|komen|komt|gaan|gaat ..3 in|op|naar|bij|rond ..5 gezet|gedeeld|gepost|verstuurd|doorgestuurd|rondgestuurd|gelekt|geupload|gegooid ..2 tenzij|behalve_als|als_je_niet|als_jij_niet ..4 betaal*|stuurt|stuur|overmaakt|overmaken|@money|#|nog_een|meer',
      'worden|wordt|komen|komt|gaan|gaat ..6 gezet|gedeeld|gepost|verstuurd|doorgestuurd|rondgestuurd|gelekt|geupload|gegooid ..2 tenzij|behalve_als|als_je_niet|als_jij_niet ..4 betaal*|stuurt|stuur|overmaakt|overmaken|@money|#|nog_een|meer',
      'daarna|dan|anders|straks|om_# ..2 gaat|gaan ..2 de|die|je|jouw ..1 link|@photo|@nude ..2 naar|rond_naar|in|op ..3 iedereen|al_je|heel_je|volgers|volgerslijst|contacten|vrienden|familie|klas|school|groepsapp',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'wat moet|moeten ik|we ..1 doen', 'schoolfoto*', 'klassenfoto*', 'jaarboek', 'vakantie*', 'kamp', 'schoolreis*', 'feest*', 'verjaardag*', 'uitje', 'toernooi', 'wedstrijd', 'musical', 'uitvoering', 'zoom', 'teams', 'meet', 'vergadering', 'les', 'aanmeld*', 'inschrijv*', 'formulier', 'contributie', 'reis*', 'ouderbijdrage', 'lidmaatschap', 'abonnement', 'cijfers', 'rooster', 'uitslag*'],
    examples: {
      match: ['je naaktfotos worden morgen op insta gezet tenzij je betaalt', 'die video komt vanavond online, behalve als je 50 euro stuurt', 'om 8 uur gaat die link naar al je volgers', 'anders gaan je fotos naar iedereen in je klas', 'ze worden vrijdag in je teamapp gedeeld tenzij je nog een keer betaalt', 'je nudes worden morgen op de story van je school gepost tenzij je 100 euro overmaakt'],
      ignore: ['de fotos van het schoolreisje worden morgen in de groepsapp gezet', 'daarna gaat de link naar iedereen voor de zoom les', 'de fotos van het feest worden gedeeld tenzij je bezwaar hebt', 'de cijfers worden morgen online gezet tenzij je de ouderbijdrage niet betaalt'],
    },
  },
  {
    id: 'shame-if-they-saw-n39',
    phrases: [
      'jammer|zonde|zielig|erg|vervelend|pijnlijk|sneu ..3 als|wanneer|mocht ..6 ziet|zien|zag|zagen|te_zien_krijgt|te_zien_krijgen|ontdekt|ontdekken|hoort|horen ..1 wat|hoe|dat ..1 je|jij|ge ..6 camera|cam|webcam|facetime|videocall|@photo|@nude|stuurde|gestuurd|liet_zien',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'wat moet|moeten ik|we ..1 doen', 'toets', 'rapport', 'cijfer*', 'kamer', 'huiswerk', 'vakantie*', 'verjaardag*', 'feest*', 'schoolfoto*', 'karaoke', 'dansje', 'tiktok_dans*'],
    weight: 3,
    examples: {
      match: ['zou jammer zijn als je moeder ziet wat jij op cam deed', 'het zou zonde zijn als je klas te zien krijgt wat je me gestuurd hebt', 'vervelend als je vader ontdekt wat je voor de webcam doet toch'],
      ignore: ['jammer als je moeder ziet wat je met je kamer deed', 'zou zonde zijn als de juf ziet hoe je die toets deed', 'jammer dat je niet op de foto stond'],
    },
  },
] satisfies PatternEntry[];
