import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'give-you-money-or-currency',
    phrases: [
      'ich ..3 dir|ihnen ..4 @gamecur|@money|@currency|gutschein*|geschenkkarte*|iphone|handy|geschenke|skins ..3 schenk*|geben|kaufen|zahlen|bezahlen|spendieren|uberweisen|ueberweisen|schicken|besorgen|gebe',
      'ich schenk*|geb|gebe|kauf*|zahl*|bezahl*|spendier*|uberweis*|ueberweis*|schick*|besorg* dir|ihnen ..3 @gamecur|@money|@currency|gutschein*|geschenkkarte*|iphone|handy|skins',
      'ich schenk*|geb|gebe|kauf*|zahl*|bezahl*|spendier*|uberweis*|ueberweis*|schick* dir|ihnen ..2 # @gamecur|@currency',
      'willst|willste|mochtest|moechtest|brauchst du ..3 @gamecur|@money|iphone|gutschein*|skins|geschenkkarte*',
      'willst|willste|mochtest|moechtest|brauchst du ..3 psn|steam|google_play|xbox|nintendo|amazon|paysafe*|playstation|roblox|fortnite ..1 karte|gutschein|guthaben|code',
      'du|sie ..1 kriegst|bekommst|bekommen|kriegen|verdienst|verdienen ..3 @gamecur|@money|@currency',
      'kriegst|bekommst|verdienst du ..3 @gamecur|@money|@currency',
      'schnell*|leicht*|einfach|viel @money|kohle|@gamecur ..1 verdienen|machen',
      'ich ..3 dir ..4 paysafe*|psc|guthaben*|geschenkkarte*|giftcard*|gift_card*|steam_karte*|google_play* ..3 schenk*|geben|kaufen|schicken|besorgen|gebe',
      'kriegst|bekommst du ..2 was|etwas ..1 dafur|dafuer',
      'ich kauf|kaufe|schenk|schenke|besorg|besorge dir ..3 airpods|iphone|handy|ps5|playstation|switch|xbox|konsole|schuhe|klamotten|nike*|gucci|parfum|schmuck|kette|tasche',
      'ich ..2 mach|mache dich ..2 beruhmt|beruehmt|bekannt|zum_star|zum_model|zur_influencerin',
      'du kriegst|bekommst ..2 was|etwas|belohnung ..1 dafur|dafuer',
      'ich ..2 lad|lade dir ..3 handy|guthaben|konto|karte|robux|vbucks ..1 auf',
      'ich ..1 bring|bringe|bringen dir ..2 neue|neues|neuen|nagelneue|nagelneues ..1 iphone|handy|airpods|ps5|playstation|switch|xbox|konsole|smartphone|tablet|ipad ..2 mit|vorbei',
    ],
    weight: 2,
    unless: [
      'zuruck|zurueck|zurick|schulde|schuldest|geliehen|ausgelegt|taschengeld|wechselgeld|tauschst|tausch|tauschen|pet|pets|trade|item|items|limited|limiteds',
      'geburtstag|weihnachten|zeugnis|noten|note|einser|versetzung|abschluss|fuhrerschein|fuehrerschein',
      'sendungsnummer|versand|versendet|verschicken|paket|artikel|kaufpreis|abholung|kleinanzeigen|vinted|ebay',
    ],
    examples: {
      match: ['willst du ne psn karte? dann zeig mal was', 'ich kann dir vbucks schenken, 5000 wenn du willst', 'yo willst du 2000 robux?', 'ich zahl dir 100 euro für ein paar fotos von dir', 'du bekommst 500€ pro shooting', 'willst du schnell geld verdienen', 'ich bring dir morgen ein neues handy mit', 'ich bringe dir die neuen airpods vorbei'],
      ignore: ['ich kauf dir die schuhe wenn du gute noten hast', 'ich zahl dir die 20 euro morgen zurück', 'tauschst du dein pet gegen 500 robux', 'ich schenk dir was zum geburtstag', 'ich geb dir 500 robux für dein limited item', 'Ich überweise Ihnen 80 € per PayPal, bitte schicken Sie mir dann die Sendungsnummer', 'ich bring dir dein handy mit, hast du liegen lassen', 'ich bring dir das neue handy zum geburtstag mit'],
    },
  },
  {
    id: 'reward-for-pics',
    phrases: [
      '@gamecur|@money|@currency|# ..4 fur|fuer|gegen|pro ..3 @photo|bild|pic|video|nudes|shooting|foto',
      'wenn du ..4 @photo|nudes|bild ..4 schickst|zeigst|machst ..4 @gamecur|@money|@currency|#|geschenk*',
      'ich ..2 bezahl*|zahl* ..3 gut|viel|dafur|dafuer|fur_bilder|fuer_bilder',
      '@money|@gamecur|@currency|# ..4 wenn|falls du ..4 @photo|nudes|bild|bilder ..2 schickst|sendest|zeigst|machst',
      'fur|fuer|gegen|pro ..4 @photo|nudes|video|bilder|fotos ..3 zahl*|bezahl*|geb|gebe|kriegst|bekommst|gibts|gibt_es ..2 ich|du|dir|es ..2 #|@currency|@money|@gamecur',
      'nudes|nacktbild*|nacktfoto*|nacktpic*|nacktvideo* ..6 zahl|zahle|bezahl|bezahle|geb|gebe ..3 @gamecur|@money|@currency|#',
    ],
    unless: ['vom|von_der|von_dem|von_den|hochzeit|drucken|ausdrucken|entwickeln|abzug*|fotograf*|kamera|objektiv|tauschst|tausch|tauschen|pet|pets|trade|zuruck|zurueck', 'fake|angebliche|angeblichen|angeblich|nicht_antworten|blockier*', 'gefahrlich|gefaehrlich|verboten|strafbar'],
    weight: 3,
    examples: {
      match: ['2000 robux für ein bild von dir', 'ich zahl dir 50 euro für ein foto', 'wenn du mir ein foto schickst bekommst du 500 vbucks', 'ich bezahl auch gut', 'für ein paar heiße fotos zahle ich 100 euro', 'nudes? ich zahl auch mit robux', 'nacktbilder von dir und ich geb dir 50 euro'],
      ignore: ['tauschst du dein pet gegen 500 robux', '20 euro für das kinoticket', 'ich hab 5 fotos gemacht', 'nudes verschicken ist gefährlich, ich zahl lieber 5 euro für kino', 'pass auf, da schreibt grad son fake account alle aus der klasse an und will geld für angebliche bilder, nicht antworten!!'],
    },
  },
  {
    id: 'gift-for-you',
    phrases: ['ich hab|habe ..2 geschenk|uberraschung|ueberraschung fur|fuer dich'],
    weight: 1,
    examples: { match: ['ich hab ein geschenk für dich'], ignore: ['ich hab ein geschenk für mama'] },
  },
  {
    id: 'modelling-scout',
    phrases: [
      'modelagentur*|modelsagentur*|modellingagentur*|modelling_agentur*|modeling_agentur*|modelscout*|model_scout*|talentscout*|modelvertrag*',
      'ich bin|arbeite ..4 scout|fotograf|fotografin|agentur|agent|casting*|talentsucher',
      'du ..3 konntest|koenntest|solltest|musst|hast ..3 model|modeln|topmodel|influencerin|potenzial|potential',
      'casting ..3 @photo|bilder|fotos ..3 von dir|brauche|schick*',
      'agentur|agency|casting* ..5 such*|suchen ..3 gesichter|models|madchen|maedchen|talente|nachwuchs',
    ],
    weight: 2,
    examples: {
      match: ['Wir sind eine Agentur und suchen junge Gesichter für eine Kampagne', 'Ich bin Scout bei einer Modelagentur', 'du könntest echt model werden', 'du hast echt Potenzial', 'ich bin fotograf und suche neue gesichter'],
      ignore: ['ich hab die model uhr gekauft', 'germanys next topmodel läuft heute'],
    },
  },
  {
    id: 'buy-you-anything',
    phrases: [
      'ich ..5 kauf|kaufe|schenk|schenke|besorg|besorge dir ..2 was|etwas|alles ..1 schones|schoenes|hubsches|huebsches|tolles|cooles|nettes|besonderes|teures',
      'ich ..3 kauf|kaufe|schenk|schenke|besorg|besorge|hol|hole dir ..2 alles|was ..2 du ..1 willst|mochtest|moechtest|magst|brauchst',
    ],
    unless: ['geburtstag|weihnachten|zeugnis|ostern|mama|papa|oma|opa|mitbringsel|mitbringen|urlaub|reise|ausflug|zuruck|zurueck|gute_besserung|einkaufen|supermarkt|bakerei|baeckerei|baker|kiosk'],
    weight: 2,
    examples: {
      match: ['lass uns mal treffen, ich hol dich ab und kauf dir was schönes', 'ich kauf dir alles was du willst'],
      ignore: ['ich kauf dir was schönes zum geburtstag', 'ich geh einkaufen, soll ich dir was mitbringen'],
    },
  },
  {
    id: 'photographer-seeks-models',
    phrases: [
      'bin|bin_ich ..2 scout|fotograf|fotografin|agent|agentin|talentsucher*|modelscout* ..6 such*|suche ..3 model|models|modelle|gesichter|madchen|maedchen|jungs|dich',
      'such*|suche ..3 models|neue_gesichter|junge_models ..4 in_deinem_alter|bezahlt|gut_bezahlt|gage|honorar|verdienst|verdienen',
    ],
    unless: ['hochzeit|hochzeiten|familienfotos|produkt*|katze|hund|auto|autos|verein|schulfest|abschlussball|eltern_dabei|mit_deinen_eltern'],
    weight: 2,
    examples: {
      match: ['bin fotograf, suche models in deinem alter, gut bezahlt', 'suche neue gesichter, gut bezahlt'],
      ignore: ['bin fotograf und mach hochzeiten, such noch leute', 'wir suchen models für das schulfest, gut bezahlt mit pizza'],
    },
  },
  {
    id: 'private-shoot',
    phrases: [
      'lust ..2 auf ..2 fotoshooting*|shooting*|photoshoot*|fotosession*',
      'fotoshooting*|shooting*|photoshooting*|fotosession*|photoshoot* ..5 nur|privat|bei_mir|zu_zweit|wir_zwei|alleine|allein|bezahl*|gage|kostenlos|umsonst|gratis',
    ],
    unless: ['abi|abizeitung|jahrbuch|schule|verein|hochzeit|familie*|bewerbung*|klasse|team|mannschaft|kurs|eltern|mama|papa|wir_alle|gruppe|produkt*|hund|katze|pferd'],
    weight: 2,
    examples: { match: ['hast du lust auf ein kleines fotoshooting? nur wir zwei', 'ich mach ein kostenloses shooting mit dir bei mir'], ignore: ['hast du lust auf ein fotoshooting für die abizeitung', 'das shooting mit dem verein ist kostenlos'] },
  },
  {
    id: 'gift-or-earn',
    phrases: [
      'kauf|kaufe|schenk|schenke|besorg|besorge|spendier|spendiere ich dir ..3 airpods|iphone|handy|ps5|playstation|switch|xbox|konsole|schuhe|klamotten|nike*|parfum|schmuck|kette|tasche|@gamecur|gutschein*|guthaben',
      'willst|mochtest|moechtest|magst du ..3 dazuverdienen|dazu_verdienen|nebenbei_verdienen|geld_verdienen|taschengeld_aufbessern|was_verdienen|etwas_verdienen',
      'willst|mochtest|moechtest|magst du ..2 # ..1 @currency|euro ..1 verdienen',
      'helfen|helf|mache|mach ..3 beruhmt|beruehmt|bekannt|zum_star|erfolgreich ..1 zu ..1 werden',
      'musst|must ..2 nur ..3 was|etwas|eine_kleinigkeit|kleinigkeit ..2 dafur|dafuer ..1 tun|machen|schicken|zeigen',
      'du kriegst|bekommst ..2 jeden|jede ..1 monat|woche ..3 @money|@currency|@gamecur|taschengeld|#',
    ],
    unless: [
      'zuruck|zurueck|schulde|schuldest|geliehen|ausgelegt|tauschst|tausch|tauschen|trade|geburtstag|weihnachten|zeugnis|noten|note|einser|versetzung|abschluss|fuhrerschein|fuehrerschein|ostern',
      'babysit*|nachhilfe|zeitung*|prospekt*|rasen|rasenmah*|nachbar*|job|garten|hund|gassi|uben|ueben|trainieren|minijob|ferienjob|aushilfe|bewerb*|lebenslauf|mama|papa|oma|opa|haushalt|aufraumen|aufraeumen|hausaufgabe*|lernen|schule|training|verein|gute_noten',
    ],
    weight: 2,
    examples: {
      match: ['willst du 100 euro verdienen? musst nur ein paar fotos machen', 'wenn du willst kauf ich dir das neue iphone', 'willst du dir was dazuverdienen? ist ganz einfach', 'ich kann dir helfen berühmt zu werden', 'ich hab ein geschenk für dich, musst nur was dafür tun', 'du bekommst jeden monat 100 euro von mir'],
      ignore: ['kauf ich dir das neue iphone zum geburtstag', 'willst du dir was dazuverdienen? ich brauch jemand fürs babysitten', 'du musst nur was dafür tun, also lernen', 'du kriegst jeden monat taschengeld von papa'],
    },
  },
  {
    id: 'sending-you-a-gift',
    phrases: ['ich schick*|sende|send ..1 dir ..3 geschenk|paket|uberraschung|ueberraschung|packchen|paeckchen'],
    unless: ['geburtstag*|weihnacht*|ostern|nikolaus|zeugnis|oma|opa|mama|papa|tante|onkel|sendungsnummer|bestellung|kleinanzeigen|vinted|ebay|zuruck|zurueck|tausch*'],
    weight: 1,
    examples: { match: ['ich schick dir ein paket, gib mir deine adresse', 'ich schick dir ein geschenk'], ignore: ['ich schick dir ein paket zum geburtstag', 'ich schick dir das paket zurück'] },
  },
  {
    id: 'pay-your-ticket-paid-shoot',
    phrases: [
      'ich zahl|zahle|bezahl|bezahle|spendier* dir ..2 das|ein|die ..2 ticket|zugticket|busticket|bahnticket|fahrt|fahrkarte|taxi|uber',
      'ich lad|lade dich ..3 ein',
      'bezahlt|vergutet|verguetet ..1 naturlich|natuerlich|selbstverstandlich|selbstverstaendlich|wird_es|gut',
    ],
    unless: ['nach_der_schule|in_der_pause|nach_dem_unterricht|nach_der_ag', 'geburtstag*|party|feier|hochzeit|konfirmation|kommunion|abiball|klassenfahrt|ausflug|konzert|kino_mit_allen|zuruck|zurueck|training|turnier|spiel|mama|papa|oma|opa|praktikum|ferienjob|minijob|babysit*|nachhilfe|job|arbeit|schicht|chef|gruppe|alle|euch|ihr'],
    weight: 2,
    examples: {
      match: ['Lass uns doch mal treffen, ich zahl dir das Zugticket nach Köln', 'wollen wir uns mal auf nen eis treffen? ich lad dich ein', 'fuer das casting brauch ich ein paar fotos in unterwaesche, bezahlt natuerlich'],
      ignore: ['ich lad dich ein zu meinem geburtstag', 'morgen nach der schule eis? ich lad dich ein', 'der ferienjob ist gut bezahlt natürlich'],
    },
  },
  {
    id: 'gift-if-pics',
    phrases: [
      'du bekommst|kriegst ..3 handy|iphone|geschenk|@gamecur|@money|gutschein*|airpods ..1 von mir',
      'handy|iphone|geschenk|@money|@gamecur|gutschein*|airpods ..6 musst ..3 nur ..3 @photo|bilder|fotos|video',
    ],
    unless: ['geburtstag*|weihnacht*|ostern|zeugnis|noten|note|mama|papa|oma|opa|zuruck|zurueck|tausch*|trade|hausaufgabe*|verkauf*|kleinanzeigen|vinted|ebay'],
    weight: 3,
    examples: { match: ['du bekommst ein neues handy von mir, du musst mir nur ein paar bilder schicken'], ignore: ['du bekommst ein neues handy von mir zum geburtstag'] },
  },
  {
    id: 'drugs-alcohol-vapes',
    phrases: [
      'ich ..3 dir ..3 vape*|vapes|e_zigarette*|ezigarette*|zigaretten|kippen|gras|weed|alkohol|wodka|bier|schnaps|drogen|joint|joints|elfbar*|snus ..2 besorgen|geben|kaufen|mitbringen|schenken|holen|ausgeben',
      'ich hab|habe ..3 vape*|vapes|gras|weed|wodka|alkohol|bier|schnaps|joint|joints|elfbar* ..2 da|hier|zuhause|zu_hause|mit|dabei',
    ],
    unless: ['polizei|verboten|gefahrlich|gefaehrlich|ungesund|aufhoren|aufhoeren|lehrer*|schule|eltern_erlauben|nein_danke|keine_drogen|haha*|lol|xd|party|party_bei|geburtstag*|grillen|fest|feier|oma|opa|mama|papa|alle|leute|jungs|wir_alle|ihr|euch'],
    weight: 2,
    examples: {
      match: ['ich kann dir vapes besorgen, musst nur zu mir kommen', 'komm vorbei, ich hab wodka da'],
      ignore: ['ich hab bier da für papas geburtstag', 'ich kann dir keine vapes besorgen, das ist verboten'],
    },
  },
  {
    id: 'drugs-for-pics',
    phrases: ['gras|weed|vape*|vapes|alkohol|wodka|zigaretten|kippen|drogen|elfbar*|joint|joints ..6 wenn|falls du ..4 @photo|bilder|fotos|video|videos|nudes ..2 schickst|zeigst|machst|sendest'],
    unless: ['polizei|verboten|gefahrlich|gefaehrlich|haha*|lol|xd'],
    weight: 3,
    examples: { match: ['ich kann dir gras geben wenn du mir ein paar fotos schickst'], ignore: ['keine drogen, das ist verboten, auch wenn du mir fotos schickst haha'] },
  },
  {
    id: 'grow-your-account',
    phrases: ['mehr|viele|tausende ..1 follower|likes|reichweite|abonnenten ..4 helfen|verschaffen|besorgen|bringen|bekommen', 'helfen|helf ..4 instagram|tiktok|account|kanal ..3 follower|likes|beruhmt|beruehmt|viral|reichweite', 'insta|instagram|tiktok|account|kanal ..2 helfen ..3 follower|likes|beruhmt|beruehmt|viral|reichweite'],
    unless: ['tipps|tutorial|video|kurs|haha*|lol|xd|hashtag*|algorithmus|posten_zu|uhrzeit'],
    weight: 2,
    examples: { match: ['ich kann dir bei deinem insta helfen, mehr follower'], ignore: ['hier sind tipps für mehr follower: hashtags und die richtige uhrzeit'] },
  },
  {
    id: 'bought-you-a-card',
    phrases: ['hab|habe [ich] dir ..4 @payment|gutschein*|@gamecur|guthaben|guthabenkarte* ..2 gekauft|geschenkt|aufgeladen|besorgt|geholt'],
    unless: ['geburtstag*|weihnacht*|ostern|zeugnis|oma|opa|mama|papa|tante|onkel|danke|schulde*|zuruck|zurueck|kino|konzert|wette|gewonnen|gewinnspiel|wichteln|wichtel*|verloren'],
    weight: 2,
    examples: { match: ['hey hab dir nen 25€ steam gutschein gekauft, einfach so weil du so lieb bist 😊'], ignore: ['hab dir nen amazon gutschein zum geburtstag gekauft, alles gute'] },
  },
  {
    id: 'make-you-famous',
    phrases: ['ich ..2 kann|konnte|koennte|werde ..1 dich ..2 beruhmt|beruehmt|bekannt|zum_star|reich ..1 machen'],
    unless: ['haha*|lol|xd|witz|spass|scherz|band|chor|verein|schule|video_projekt'],
    weight: 2,
    examples: { match: ['ich kann dich berühmt machen auf tiktok'], ignore: ['ich kann dich berühmt machen haha, mit meinen 12 followern'] },
  },
  {
    id: 'i-pay-if-you-send',
    phrases: ['ich ..1 bezahl|bezahle|zahl|zahle|kauf|kaufe|finanzier* ..3 dir|dein|deine|deinen ..3 wenn|falls du ..3 schickst|zeigst|machst|sendest'],
    unless: ['haha*|lol|xd|hausaufgabe*|aufgabe*|referat|hilfst|hilfe|rasen|mahst|maehst|putzt|babysittest|aufpasst|nachhilfe|zeugnis|note|noten'],
    weight: 3,
    examples: { match: ['ich bezahl dein handy wenn du mir was schickst'], ignore: ['ich bezahl dir das kino wenn du mir die hausaufgaben schickst'] },
  },
  {
    id: 'money-for-you-just-do-something',
    phrases: ['geld|kohle|cash|@gamecur|robux|vbucks|geschenk ..2 fur_dich|fuer_dich ..4 musst ..2 nur|bloss|einfach ..3 was|etwas ..2 fur_mich|fuer_mich ..1 tun|machen'],
    unless: ['haha*|lol|xd|hausaufgabe*|rasen|mahen|maehen|einkaufen|helfen|hilfst|putzen|aufraumen|aufraeumen|babysitten|nachhilfe|oma|opa|mama|papa|job|nebenjob|zeitung|austragen'],
    weight: 2,
    examples: { match: ['hab geld für dich, musst nur was für mich tun'], ignore: ['hab geld für dich, musst nur was für mich einkaufen, danke oma'] },
  },
  {
    id: 'can-give-you-game-stuff-r10',
    phrases: [
      'kann|konnte|koennte|konnt|werd|werde dir ..3 # ..1 @gamecur ..2 schicken|geben|schenken|besorgen|kaufen|holen|ubertragen|uebertragen',
      'kann|konnte|koennte|konnt|werd|werde dir ..3 vip|vip_rang|rang|rank|admin|adminrechte|mod|op|rechte|premium ..2 geben|schenken|besorgen|freischalten|umsonst|gratis|kostenlos',
    ],
    unless: ['geburtstag*|weihnacht*|zuruck|zurueck|schuld*|wette|ausleihen|geliehen|alle|jeder|gewinnspiel|event|turnier', 'haha*|lol|xd'],
    examples: {
      match: ['hab nen trick, kann dir 2000 gems schicken', 'ich kann dir den vip rang geben, umsonst'],
      ignore: ['ich kann dir die 500 vbucks zurückgeben', 'ich kann dir zum geburtstag 1000 robux schenken', 'ich kann dir den vip rang geben, alle aus dem event kriegen den'],
    },
  },
  {
    id: 'small-favour-for-currency-r11',
    phrases: [
      'musst|musstest|muesstest|muesst ..1 nur|dafur_nur|dafuer_nur|bloss|blos ..3 was|etwas ..1 kleines ..2 fur|fuer ..1 mich ..1 machen|tun',
      'ich ..2 kann|konnte|koennte|konnt ..1 dir ..3 jeden|jede ..1 abend|tag|woche|nacht ..2 gifts|geschenke|coins|rosen|@gamecur|geld|@money ..1 schicken|senden|geben',
      'du ..1 konntest|koenntest|kannst ..2 richtig|echt|voll|viel|gut ..1 @money|geld|cash ..1 machen|verdienen',
      'zahl|zahle|bezahl|bezahle ..1 gut ..4 # euro ..2 pro|fur|fuer|je',
      'gibt|kriegst|bekommst ..2 # euro ..1 extra|dazu|obendrauf',
      'coins|robux|vbucks|diamanten|gems|euro fur|fuer # min|minuten|minute',
    ],
    unless: ['zuruck*|zurueck*|schulde*|job|nachhilfe|babysit*|rasen|garten|einkaufen|hund|gassi|putzen|auto_waschen|zeitung*|flyer|pizza|kino|ticket|ebay|vinted|kleinanzeigen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich kann dir 1000 schicken. musst nur was kleines für mich machen', 'ich kann dir jeden abend gifts schicken, du könntest richtig cash machen', 'du weisst schon 😏 500 coins für 5 min', 'hast du auch getragene socken zu verkaufen? zahl gut, 40€ pro stück'],
      ignore: ['musst nur was kleines für mich machen: den hund gassi führen', 'ich zahl gut für nachhilfe, 15€ pro stunde'],
    },
  },
  {
    id: 'scouting-new-faces-r11',
    phrases: [
      'suchen|suche ..2 neue ..1 gesichter|models|talente ..6 kampagne|shooting|agentur|casting|katalog|werbung|marke|brand',
      'dein|ihr ..1 profil|feed|account|instagram ..2 ist ..1 uns|mir ..1 aufgefallen ..6 model*|shooting|agentur|kampagne|casting|scout',
    ],
    unless: ['schule|schulfoto|jahrbuch|theater|ag|verein|praktikum|bewerbung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Hey 👋 Wir sind @newfaces.berlin.mgmt und suchen neue Gesichter für eine Kampagne. Dein Feed ist uns aufgefallen!'],
      ignore: ['wir suchen neue gesichter für die theater ag, kampagne für den schulflyer'],
    },
  },
  {
    id: 'want-to-be-a-model-r11',
    phrases: ['willst|mochtest|moechtest|wurdest|wuerdest du ..2 model|modell|influencer|influencerin ..1 werden|sein'],
    unless: ['beruf|spater|spaeter|wenn_du_gross|traumberuf|schule|praktikum|aufsatz|referat|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['willst du model werden? ich brauch erstmal fotos von dir'], ignore: ['willst du später model werden oder ärztin? für den aufsatz'] },
  },
  {
    id: 'sugar-daddy-r13',
    phrases: [
      'sugardaddy|sugardad|sugar_daddy|sugar_dad|sugarmommy|sugar_mommy|sugarmom|sugarbaby|sugar_baby|sugar_babe|sugarbabe',
      'ich ..1 zahl|zahle|geb|gebe|uberweis*|ueberweis* ..1 dir ..2 # ..2 im_monat|pro_monat|monatlich|die_woche|pro_woche|wochentlich|woechentlich|jede_woche|jeden_monat',
      'verwohnen|verwoehnen|verwohnt|verwoehnt ..3 geld|geschenke|shoppen|taschengeld',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|pass_auf|vorsicht|fake|haha*|lol|xd', 'miete|nebenkosten|strom|wg|zuruck|zurueck|schulden|raten|babysitten|babysitting|nachhilfe|rasen|mahen|maehen|job|arbeit|schicht|stunde|stunden|minijob'],
    examples: {
      match: ['hi süße, suchst du nen sugardaddy? 500 im monat', 'ich zahl dir 400 im monat, einfach so', 'nö, aber ich würd dich gern verwöhnen. schon mal von sugar daddy gehört?'],
      ignore: ['ich zahl dir 400 im monat für die miete, ok?', 'ich geb dir 50 pro woche fürs babysitten', 'pass auf, da schreibt so ein fake sugardaddy alle an', 'hey willst du mein sugar daddy sein 😂 zahlst du meine pizza'],
    },
  },
  {
    id: 'gamecur-when-you-r13',
    phrases: [
      '# ..1 @gamecur ..2 wenn|falls|fur|fuer|gegen du|ein|n|nen|eins ..4 @photo|foto|bild|pic',
      '@photo|fotos|bilder ..4 als dankeschon|dankeschoen|gegenleistung|bezahlung',
    ],
    unless: ['tauschst|tausch|tauschen|trade|turnier|gewinnspiel|giveaway|wettbewerb_der_schule|screenshot_vom|beweis_dass_du_gewonnen'],
    examples: {
      match: ['2800 vbucks wenn du mir ein foto von dir ohne tshirt schickst', 'du müsstest mir halt nur n paar privatere fotos schicken, so als dankeschön 😇'],
      ignore: ['1000 vbucks für das turnier, schick ein foto vom ergebnis'],
    },
  },
  {
    id: 'producer-scout-r13',
    phrases: [
      'bin|ich_bin ..1 producer|produzent|musikproduzent|musikmanager|talentscout|talent_scout',
      'bezahlung|gage|honorar ..4 shooting|fotoshooting|dreh ..2 # ..1 euro',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|pass_auf|vorsicht|fake', 'mein_onkel|mein_vater|mein_papa|schule|schul*|musikschule|unterricht|lehrer*|agentur_meiner|praktikum'],
    weight: 1,
    examples: {
      match: ['bin producer in berlin, hab schon mit paar bekannten leuten gearbeitet, deine stimme is krass', 'Bezahlung für das erste Shooting 800 €'],
      ignore: ['mein onkel ist producer, der findet deine stimme gut'],
    },
  },
  {
    id: 'scout-and-game-gifts-r14',
    phrases: [
      'bin|ich_bin ..1 scout|talentscout|spielerbeobachter|scoutin ..3 fur|fuer|bei|von ..2 akademie|nachwuchsakademie|verein|nlz|nachwuchsleistungszentrum|agentur|club|klub|profiverein|bundesligist',
      'chan|cha|kann|konnt|koennt ..2 dir|der|dier ..2 # ..1 @gamecur ..1 schanke|schaenke|schenke|schenk|schenken|geh|gebe|geben|ga',
      'dann ..1 gibts|gibt_es|gibt_s|kriegst_du|bekommst_du|gits|chunsch ..2 # ..1 @gamecur|euro|chf|franken|stutz',
      'gage|honorar ..1 # ..1 euro|chf|dollar|franken',
    ],
    unless: ['geburi|geburtstag*|weihnacht*|wiehnacht*|chrischtchind|zuruck|zurueck|ruckerstattung|rueckerstattung|pfand|rabatt|shop|item_shop|angebot|sale|kostet|kosten|preis|mein_papa|mein_vater|meine_mutter|lol|haha*|xd'],
    examples: {
      match: ['Servus! Bin Scout für eine Nachwuchsakademie (U15), hab dein Video vom Hallenturnier gesehen', 'voll okay. ich chan dir 1000 robux schänke 😇', 'nee ohne filter, und im schlafanzug 😳 dann gibts 2800 vbucks', 'Gage 800€ 😉'],
      ignore: ['mein papa ist scout beim verein', 'im item shop gibts 1000 vbucks für 8 euro', 'dann gibts 5 euro zurück', 'ich chan dir 100 robux schänke zum geburi'],
    },
  },
  {
    id: 'in-return-for-a-pic-r14',
    phrases: [
      'dafur|dafuer ..3 schickst|machst|zeigst ..2 du ..3 @photo|live|livestream|cam|kamera',
      '@photo ..4 dann ..1 kriegst|bekommst|gibts ..1 du|es ..1 sie|die|es|das|#',
      'musst ..1 mir ..1 nur ..3 @photo ..1 schicken|senden|machen|zeigen',
      '# ..1 euro|eur|psc|paysafe|robux|vbucks|@gamecur ..3 wenn du ..4 @photo ..6 schickst|sendest|machst|zeigst',
      'ich ..1 zahl|zahle|bezahl|bezahle|spendier|spendiere ..1 dir ..2 zugfahrt|fahrt|ticket|zugticket|bahnticket|anreise|taxi|hotel|ubernachtung|uebernachtung',
      'nebenjob|minijob ..6 schulerinnen|schuelerinnen|schuler|schueler|madchen|maedchen|ab_14|ab_13|ab_15',
    ],
    unless: ['vom|von_der|von_dem|ergebnis|hausaufgabe*|quittung|beleg|rechnung|zettel|arbeitsblatt|kuchen|essen|hund|katze|klassenfahrt|ausflug|urlaub|oma|opa|mama|papa|lol|haha*|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['aber dafür schickst du mir n foto von dir 😇 ein süßes halt', 'schick mir n bild ohne shirt dann kriegst du sie', 'ich schenk dir die, musst mir nur n foto schicken', 'geb dir 30 euro psc wenn du mir n bild von deinen füßen und mehr schickst', 'komm doch mal in mein studio, ich zahl dir die zugfahrt', 'ja aber dafür machst du mal n privates live nur für mich'],
      ignore: ['dafür schickst du mir ein foto vom ergebnis, ok?', 'schick mir ein foto vom zettel, dann kriegst du die lösung', 'ich zahl dir die zugfahrt zu oma, mama hat ja gesagt'],
    },
  },
  {
    id: 'feature-tester-campaign-r15',
    phrases: [
      'bock|lust ..2 auf ..1 n|ein|nen|einen feature|feat|featurepart ..4 track|song|beat|beats|produce|produziere|album|ep',
      'ich ..1 produce|produziere|mach|mache ..1 beats ..6 feature|feat|featurepart',
      'suchen|suche ..2 teenager|jugendliche|teens|madchen|maedchen|jungs|schuler*|schueler* ..6 tester|testerin|models|model|creator*|influencer*|gesichter ..6 # euro|eur|@currency',
      'bezahlung|geld|kohle|euro|verguetung|vergutung ..3 direkt|sofort|gleich ..1 nach ..1 upload|dem_upload|hochladen|dem_hochladen|erhalt|dem_senden|dem_schicken',
      'gesicht|look|ausstrahlung|typ ..3 fur|fuer ..1 unsere|unserer|unseren|eine|unsere_neue ..2 kampagne|werbekampagne|werbung|shooting|agentur|casting|kollektion',
      '# euro|eur|guthaben ..4 geladen|aufgeladen|uberwiesen|ueberwiesen|geschickt ..4 jetzt|nun bist du dran',
    ],
    unless: ['schule|klasse|lehrer*|ag|musikschule|bandprobe|unterricht|zeugnis|hausaufgabe*|schulerjob*|schuelerjob*|ferienjob|minijob|bewerbung|lebenslauf|arbeitsvertrag|elternunterschrift|eltern_mussen|eltern_muessen|einverstandnis*|einverstaendnis*', 'zuruck|zurueck|schulde|schuldest|ticket*|pizza|haha*|lol'],
    examples: {
      match: ['hey hab deinen cover auf tiktok gehört 🔥 ich produce beats, hast du bock auf n feature?', 'Hi! Wir suchen Teenager (13-17) als App-Tester 📱 15€ pro Stunde, alles von zu Hause', 'Ja, für den Filter Test. Bezahlung direkt nach Upload 💶', 'Du hast ein tolles Gesicht für unsere Teen-Kampagne', 'ich hab dir gerade 25€ aufs handy geladen, jetzt bist du dran mit nem foto 😘'],
      ignore: ['bock auf n feature auf meinem track? wir nehmen in der musikschule auf', 'wir suchen jugendliche als tester für die schul-app, 10 euro gutschein, eltern müssen unterschreiben', 'ich hab dir die 20 euro überwiesen, jetzt bist du dran mit der pizza'],
    },
  },
  {
    id: 'rank-for-a-video-r15',
    phrases: [
      'wenn du mir ..3 @photo ..3 schickst|sendest|machst|gibst ..4 kriegst|bekommst|gibts|gibt ..2 du|es ..3 rang|rank|vip|mod|admin|@gamecur|item*|gratis|umsonst|geschenkt',
    ],
    unless: ['wettbewerb|gewinnspiel|contest|event|turnier|screenshot_vom|build|skin_design|fanart|zeichnung'],
    examples: {
      match: ['wenn du mir ein video schickst kriegst du den vip rang', 'wenn du mir n foto machst bekommst du 800 robux'],
      ignore: ['wenn du mir einen screenshot vom build schickst kriegst du den vip rang für den wettbewerb'],
    },
  },
  {
    id: 'nominated-body-challenge-r16',
    phrases: [
      'ratemybody|rate_my_body|bodyrating|body_rating|bodycheck_challenge|glow_up_ranking|glowup_ranking|hot_or_not|hotornot',
      'nominiert|ausgewahlt|ausgewaehlt ..6 challenge|ranking|wettbewerb|bewertung ..6 gewinner|gewinnerin|gewinnt|top_3|top3|platz_1 ..3 #|@money|euro|gutschein|preis',
      'top_3|top3|gewinner|gewinnerin ..2 kriegen|kriegt|bekommen|bekommt ..2 # ..3 euro|@money ..6 gefeatured|gefeatured|auf_unserer_seite|auf_unserem_account',
    ],
    unless: ['schule|verein|kunst|malen|zeichn*|aufsatz|geschichte|rezept|kuchen|backen|sport|lauf|spendenlauf|mathe|quiz|vokabel*|foto_von_deinem_haustier|haustier|hund|katze|landschaft|natur', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['du wurdest fuer die #RateMyBody Challenge nominiert! Gewinnerin kriegt 100€', 'wir bewerten jede woche 20 girls, top 3 kriegen 50€ und werden auf unserer seite gefeatured'],
      ignore: ['du wurdest für die kunst challenge nominiert, gewinner kriegt 50 euro gutschein', 'unser verein macht ein ranking, top 3 kriegen 20 euro'],
    },
  },
  {
    id: 'money-for-photos-broken-r16',
    phrases: [
      'verdien|verdiene|verdienen ..2 geld|@money|euro ..2 mit ..1 @photo|fotoshooting|shooting',
      '@photo ..3 in|im ..1 @underwear|bikini ..3 # ..1 euro|eur|@money|@currency',
      'gratisstunde*|gratistraining*|kostenlose_stunden|kostenloses_training|umsonst_training ..4 interesse|bock|lust|willst|magst',
      'interesse|bock|lust ..2 an|auf ..1 gratisstunde*|gratistraining*|kostenlose_stunden|kostenloses_training',
    ],
    unless: ['schule|verein|vhs|volkshochschule|probestunde_im_verein|mama|papa|eltern|werbung|katalog|vinted|kleinanzeigen|ebay', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['du willst verdiene geld mit foto?', 'nur kleine foto in unterwasche, 300 euro', 'Interesse an Gratisstunden?'],
      ignore: ['im verein gibt es gratisstunden, interesse?', 'bikini foto für vinted, 30 euro'],
    },
  },
  {
    id: 'signed-stuff-call-with-idol-r18',
    phrases: [
      "kann|konnte|koennte|konnt dir ..4 signierte*|signiert*|autogramm*|videocall|meet_and_greet|backstage*|treffen_mit ..4 besorgen|organisieren|klarmachen|geben|verschaffen",
    ],
    unless: ["gewinnspiel|verlosung|gewonnen"],
    examples: {
      match: ["jaa ich kann dir ne signierte pc besorgen, vllt sogar nen videocall mit felix 🥹", "ich kann dir backstage pässe klarmachen"],
      ignore: ["kannst du mir ne signierte karte besorgen?", "ich kann dir das buch geben"],
    },
  },
  {
    id: 'talent-needs-pretty-faces-r18',
    phrases: [
      "sucht|suchen ..3 hubsche|huebsche|suse|suesse|sube|junge ..1 madchen|maedchen|jungs|girls|gesichter ..3 fur|fuer ..2 video|shooting|clip|musikvideo|dreh|kampagne",
      "probetraining|sichtungstraining|profivertrag|nachwuchsleistungszentrum|nlz ..4 besorgen|bringen|vermitteln|verschaffen|klarmachen",
    ],
    unless: ["eltern_sind_eingeladen|liebe_eltern|elternbrief"],
    examples: {
      match: ["bin freund vom manager von montanablack, der sucht hübsche mädchen für ein video", "ich kann dich zu einem probetraining bei einem bundesliga verein bringen"],
      ignore: ["Ihr Kind ist am Mittwoch zum Probetraining eingeladen", "die suchen junge leute für den schulchor"],
    },
  },
  {
    id: 'spoil-train-studio-agency-r18',
    phrases: [
      "such|suche ..3 jemanden|ein_madchen|eine_kleine|einen_jungen ..3 verwohnen|verwoehnen|verwohnen_kann",
      "kann|konnt|konnte|koennte|chan|chonnt|chonnti|chont|kunnt|kannt|kunnat dich ..2 privat|kostenlos|gratis|umsonst ..1 trainieren|trainiere|trainiern|coachen|coache|fotografieren|fotografiere|shooten",
      "studio ..3 spendieren|zeigen|zeig|einladen|spendier",
      "such|suche|suchen ..2 nachwuchs|talente|gesichter|models ..3 fur|fuer ..3 bezahlt*|dreh|shooting|musikvideo*|kampagne",
      "agentur|management|castingagentur|modelagentur ..6 deine|dein|dich ..2 gesehen|entdeckt|aufgefallen",
      "kann dir ..2 helfen ..3 mehr ..1 follower|abonnenten|subs|reichweite|views",
    ],
    unless: ["umzug|schulausflug|ausflug|klasse|elternbrief|liebe_eltern|verein_sucht"],
    examples: {
      match: ["ich bin marc, 34, geschäftsmann aus münchen. ich such jemanden den ich verwöhnen kann 💸", "top. ich könnt dich mal privat trainieren, kostenlos", "ich chönnti dich gratis trainiere wenn du wotsch", "ich kunnt dich privat fotografiere", "Ich könnte dir ne Session im Studio spendieren. Kostenlos.", "Ich suche Nachwuchs fuer einen bezahlten Musikvideo-Dreh in Koeln", "Hallo! Wir sind von der Agentur StarRise und haben deine Lives gesehen 🌟", "Ich kann dir helfen mehr Follower zu kriegen"],
      ignore: ["ich such jemanden der mir beim umzug hilft", "das tonstudio zeigen wir euch beim schulausflug"],
    },
  },
  {
    id: 'book-you-for-private-shoot-r19',
    phrases: [
      'privatshooting*|fotoshooting*|shooting*|privatsession*|fotosession* ..6 zahl|zahle|bezahl|bezahle|gebe|geb|kriegst|bekommst ..2 [dir|euch] ..1 #',
      'dich ..3 fur|fuer ..1 [ein|einen|eine] privatshooting*|fotoshooting*|shooting*|privatsession* ..2 buchen|engagieren|haben|casten',
      'modelpotenzial|modelpotential|modeltalent|modelfigur|modelmasse',
    ],
    unless: ['hochzeit|abiball|bewerbungsfoto*|passfoto*|familienfoto*|familienshooting|mama|papa|eltern|schule|verein|mannschaft|team', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 1.5,
    examples: {
      match: ['Ich würd dich gern für ein Privatshooting buchen, zahl dir 150€', 'für ein shooting bekommst du 200€', 'Du hast echt Modelpotenzial, schon mal an Shootings gedacht?'],
      ignore: ['für das familienshooting zahl ich 150€ an den fotografen', 'das bewerbungsfoto shooting kostet 50€'],
    },
  },
  {
    id: 'pics-as-payment-for-goods-r19',
    phrases: [
      'mit ..1 bildern|fotos|pics|nudes|selfies|videos ..3 zahlen|bezahlen|abbezahlen ..3 statt|anstatt|ohne ..2 @money|geld|euro',
      'fur|fuer|gegen ..3 @photo ..6 kriegst|bekommst|gibts|gibt_es|geb_ich_dir|gebe_ich_dir ..6 umsonst|gratis|geschenkt|key|cheat|cheats|hack|mod|mods|aimbot|wallhack|account|acc',
      'onlyfans|fansly|exklusiv_content|exklusivcontent ..6 verdienen|verdienst|machen|machst ..3 # ..2 monat|woche',
      'manage|manager|betreue|agentur ..4 onlyfans|fansly|creatorinnen|creatorin|girls|madels|maedels ..6 verdienen|# ..2 monat|neue_gesichter',
    ],
    unless: ['hausaufgabe*|klassenfoto|schulfoto|fotograf_zahlen|bewerbung*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['kannst auch mit bildern zahlen statt mit geld 😏', 'für ein paar heiße pics kriegst du den cheat umsonst', 'ich manage creatorinnen auf onlyfans, du könntest locker 3k im monat machen'],
      ignore: ['für das foto vom gewinnspiel kriegst du den account umsonst, steht in den bewerbungsbedingungen', 'mit onlyfans verdient sie angeblich 5k im monat, hab ne doku gesehen'],
    },
  },
  {
    id: 'gifted-now-show-me-r20',
    phrases: [
      'ich hab|habe dir ..4 geschenke|gifts|gift|coins|munzen|muenzen|rosen|lowen|loewen|diamanten|galaxy|galaxien|universe|@gamecur ..2 geschickt|gegeben|gespendet|gesendet ..6 zeig|zeigst|dafur|dafuer|schuldest|revanchier*|gegenleistung',
      'so_viele|so_viel|soviele ..1 geschenke|gifts|coins|munzen|muenzen|rosen ..6 schuldest|gegenleistung|revanchier*|zeig|zeigst',
    ],
    unless: ['geburtstag*|weihnacht*|valentinstag|danke_dir|turnier|clan|team|spende*|charity|stream_fur|stream_fuer|battlepass|battle_pass|angekommen|ankommen|gutgeschrieben|ob_sie|ob_die|ob_es', 'tater|taeter|masche|artikel|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['ich hab dir 50 rosen geschickt, zeig mir was dafür', 'ich hab dir heute 5000 coins im live geschickt, jetzt schuldest du mir was'],
      ignore: ['ich hab dir 500 coins geschickt für den battlepass, zeig mal ob die angekommen sind', 'ich hab dir die coins geschickt, danke dir fürs turnier', 'ich hab dir zum geburtstag rosen geschickt, zeig mal ob sie angekommen sind'],
    },
  },
  {
    id: 'rank-or-feature-for-pics-r20',
    phrases: [
      'mod|admin|staff|rang|rank|vip|feature|beat|@gamecur ..6 wenn|falls du ..4 @photo|video|@cam ..2 schickst|sendest|zeigst|machst|anmachst',
      'gratis|umsonst|kostenlos ..6 wenn|falls du ..4 sexy|hei*|nackt*|freizugig*|freizuegig* ..2 @photo|video',
    ],
    unless: ['hund|katze|logo|skin_idee|build|bau|bauwerk|screenshot|beweis_dass_du_gewonnen|zeugnis|schuler*|schueler*', 'vom|von_der|von_dem|von_deinem|auftritt|performance|freestyle|gesang|singen|rappen|instrument|gitarre|klavier'],
    weight: 3,
    examples: {
      match: ['ich kann dir mod auf dem server geben wenn du mir n foto schickst', 'ich produzier deinen song gratis wenn du mir paar sexy bilder schickst'],
      ignore: ['ich mach dir den beat gratis wenn du mir das video vom auftritt schickst', 'du kriegst den builder rang wenn du mir screenshots von deinem bau schickst', 'ich geb dir vip wenn du mir ein foto von deinem hund schickst lol'],
    },
  },
  {
    id: 'free-boost-or-ambassador-r21',
    phrases: [
      'ich ..1 boost*|coach*|carry|carrie ..1 dich ..3 umsonst|gratis|kostenlos|for_free|free|fur_lau|fuer_lau',
      'such*|wir_suchen ..3 ambassador*|markenbotschafter*|botschafter*|brand_ambassador*|testimonials|gesichter ..3 in_deinem_alter|wie_dich|wie_du|genau_wie_dich',
    ],
    unless: ['verein|schule|ag|nachhilfe|trainer|jugendtrainer|bewerbung_ueber_die_website'],
    examples: {
      match: ['passt. ich boost dich umsonst auf dia, hab grad eh zeit', 'Hey! Wir sind FitGlow Athletics und suchen Ambassadors in deinem Alter. Interesse?', 'ich carry dich gratis bis diamond'],
      ignore: ['ich boost dich umsonst, wir sind doch im selben verein'],
    },
  },
  {
    id: 'spare-nitro-for-you-r22',
    phrases: [
      'noch ..3 nitro|battle_pass|battlepass|vbucks|robux ..5 ubrig|uebrig ..3 kannst|kriegst|willst|gehort|gehoert',
      'nitro|skins|battle_pass|battlepass|vbucks|robux ..3 fur|fuer dich ..3 wenn du',
    ],
    examples: {
      match: ['ich hab noch 3 monate nitro und den battle pass übrig, kannst haben', 'nitro für dich wenn du mir ein foto schickst'],
      ignore: ['ich hab dir nitro gegönnt weil du gestern so geholfen hast', 'hast du noch skins übrig vom event?', 'ich hab noch skins übrig, kannst haben wenn du willst bro'],
    },
  },
  {
    id: 'subs-currency-for-clip-r23',
    phrases: [
      'ich kann|konnte|koennte|wurde|wuerde|werd|werde dir ..3 # subs|bits|follower|abos|likes|donos|giftsubs|@gamecur ..3 geben|giften|schenken|kaufen|spenden|besorgen|schicken',
      '@photo ..1 von dir ..6 # @gamecur|subs|bits|giftsubs',
      '# @gamecur|subs|bits|giftsubs ..3 fur|fuer|gegen ..3 @photo|cam|kamera',
      'dann|dafur|dafuer kriegst|bekommst du ..6 exklusiv*|unreleased|unveroffentlicht*|vip|photocard*|photocards|fancam*',
    ],
    unless: ['pizza|eis|kuchen|getrank*|snack*|essen|rabatt|gutschein_vom|newsletter|anmelden|anmeldung|gewinnspiel_teilnahme|merch', 'turnier|sieger|gewinner|platz|bestenliste|leaderboard|event|giveaway|verlosung'],
    examples: {
      match: ['ich kann dir jeden monat 50 subs geben, dann wirst du safe partner', 'n video von dir ohne shirt, kurz, wie du tanzt. 2800 vbucks 🤝', 'dann kriegst du sofort die ganze sammlung + 2 unreleased photocards', '1000 robux für ein bild von dir'],
      ignore: ['ich kann dir 5 subs giften wenn du beim turnier gewinnst', 'dann kriegst du gratis eis dazu', 'ich hab 1000 robux für den neuen skin ausgegeben'],
    },
  },
  {
    id: 'coins-per-task-r24',
    phrases: [
      'fur|fuer jede|jeden|jedes aufgabe|challenge|runde|mission|dare|foto|bild|pic|video ..3 # ..1 @gamecur|munzen|muenzen|rosen|geschenke|gifts|euro|@currency',
      'ich schick|schicke|geb|gebe dir ..3 # ..1 @gamecur|munzen|muenzen|rosen|gifts|geschenke ..3 wenn|fur|fuer ..4 @cam|@photo|zeigst|ausziehst',
    ],
    unless: ['hausaufgabe*|nachhilfe|mathe|vokabel*|lernen|turnier|quiz|tore|tor|kill|kills|sieg|level|punkte|abo|follower'],
    examples: {
      match: ['ich schick dir für jede aufgabe 50 münzen', 'für jedes foto 500 robux', 'ich geb dir 20 rosen wenn du die cam anmachst'],
      ignore: ['für jede richtige vokabel gibts 10 münzen im lernspiel', 'für jeden kill 100 coins im turnier'],
    },
  },
  {
    id: 'spoil-young-one-girls-for-photosets-r25',
    phrases: [
      'suche|suchen ..3 jung*|junge|jungen|kleine|kleinen ..3 dame|madchen|maedchen|boy|jungen|jungs|frau|mann|girl|prinzessin ..5 verwohnen|verwoehnen|verwohnt|verwoehnt|sponsern|unterstutzen|unterstuetzen',
      'taschengeld ..4 woche|monat|wochentlich|woechentlich|monatlich ..6 fotos|bilder|@photo|aufmerksamkeit',
      'taschengeld ..6 alles was ich ..1 will|mochte|moechte ..1 ist|sind ..3 aufmerksamkeit|fotos|bilder|@photo|nudes',
    ],
    unless: ['rasen*|garten|helfen|hilfe|kuchen|essen|einkaufen|nachhilfe|schulerzeitung|schuelerzeitung|verein|ag|jahrbuch|abibuch|theater|chor|team|mannschaft|schule|klasse|kostum*|kostuem*|hochzeit|katalog_der_schule', 'tater|taeter|betruger|betrueger|masche|vorsicht|fake|warnung|artikel|bericht|doku|news'],
    examples: {
      match: ['taschengeld jede woche aufs konto, alles was ich will ist ein bisschen aufmerksamkeit und fotos', 'Ich suche eine junge Dame die ich ein bisschen verwöhnen darf', 'suche nen jungen boy zum verwöhnen. 150€ die woche'],
      ignore: ['ich suche ne junge frau die mir im garten hilft, 12 euro die stunde'],
    },
  },
  {
    id: 'girls-wanted-for-private-photosets-r25',
    phrases: [
      'suchen|suche ..2 madels|maedels|madchen|maedchen|girls|jungs|boys ..6 private|privat|diskret*|heisse|sexy ..1 fotoset*|shooting*|fotos|bilder|fotoshooting*',
      'suchen|suche ..2 madels|maedels|madchen|maedchen|girls|jungs|boys ..1 # ..2 # ..4 fotoset*|shooting*|fotos|bilder|fotoshooting*',
      'private|privat ..1 fotosets|fotoset|shootings|fotoshootings ..6 diskret|auszahlung|bezahlung|verdien*|@currency|euro',
    ],
    unless: ['schulerzeitung|schuelerzeitung|verein|ag|jahrbuch|abibuch|theater|chor|team|mannschaft|schule|klasse|kostum*|kostuem*|hochzeit|familie*|familien|paare|baby*|neugeboren*|termin*|bewerbung*', 'tater|taeter|betruger|betrueger|masche|vorsicht|fake|warnung|artikel|bericht|doku|news'],
    weight: 3,
    examples: {
      match: ['Wir suchen Mädels 14-19 für private Fotosets. Diskret, Auszahlung per Krypto', 'suchen girls für diskrete fotoshootings, 200€ pro set'],
      ignore: ['wir suchen noch mädels für das fotoshooting der schülerzeitung', 'private fotoshootings für familien, 120 euro, termine im mai'],
    },
  },
  {
    id: 'onlyfans-runs-through-us-till-18-r25',
    phrases: [
      'onlyfans|fansly|fanvue ..6 lauft|laeuft|laufen ..1 auf|uber|ueber',
      'onlyfans|fansly|fanvue ..6 bis du ..1 18|volljahrig|volljaehrig',
      'onlyfans|fansly|fanvue ..4 schon ..1 mit|ab # ..3 anfangen|starten|loslegen|einsteigen',
      'konto|account|acc|profil ..3 lauft|laeuft ..1 auf|uber|ueber ..2 uns|managerin|manager|agentur ..3 bis du ..1 18|volljahrig|volljaehrig',
      'musst|muss ..1 nicht|kein ..1 18|volljahrig|volljaehrig ..4 regeln|klaren|klaeren|machen ..3 konto|account|acc|profil',
    ],
    unless: ['tater|taeter|betruger|betrueger|masche|vorsicht|fake|warnung|artikel|bericht|doku|news|verboten|strafbar|polizei|melden|gemeldet', 'bank|sparkasse|girokonto|volksbank|taschengeld|eltern|handyvertrag|vertrag'],
    weight: 3,
    examples: {
      match: ['du musst nicht 18 sein, wir regeln das mit dem konto', 'wir sind eine agentur, dein onlyfans läuft auf unsere managerin bis du 18 bist', 'Kein Problem, das Konto läuft auf unsere Managerin bis du 18 bist', 'bei fansly kannst du bei uns schon mit 16 anfangen'],
      ignore: ['in der doku ging es um agenturen, bei denen das onlyfans über die managerin läuft, voll verboten', 'der handyvertrag läuft auf mich bis du 18 bist'],
    },
  },
  {
    id: 'coins-just-do-something-for-me-r26',
    phrases: [
      '@gamecur|geld|euro|# ..6 musst|musste ..1 nur|bloss|blos|halt ..2 was|etwas|eine_sache ..1 fur|fuer mich ..1 tun|machen',
      'freunde|freundinnen|freundin ..3 die ..1 auch ..1 modeln|model|shootings|fotos_machen ..3 wollen|mochten|moechten|wurden|wuerden ..4 zahl|zahle|bezahl*|verdien*|gage',
    ],
    unless: ['rasen|einkaufen|abwasch|spulmaschine|spuelmaschine|hausaufgabe*|zimmer|helfen|hund|babysit*|auto|garten|keller|putzen|staubsaugen|mathe'],
    examples: {
      match: ['ich hab noch ein paar coins, willst du die? musst nur was für mich tun', 'hast du freunde die auch modeln wollen? zahl gut', '500 robux, musst halt eine sache für mich machen'],
      ignore: ['10 euro, musst nur was für mich tun: rasen mähen', 'hast du freunde die auch modeln wollen? die agentur sucht, aber zahlt nix lol'],
    },
  },
  {
    id: 'feature-you-on-our-page-r27',
    phrases: [
      'featuren|feature|pushen|reposten|repost ..1 dich ..4 wenn|falls|sobald du',
      'wir|ich ..5 wurden|wuerden|wurde|wuerde|wollen|will|mochten|moechten|mochte|moechte|konnen|koennen|kann|konnten|koennten|konnte|koennte ..1 dich ..6 featuren|feature|gefeatured|shoutout|pushen|viral_machen|bekannt_machen',
    ],
    unless: ['podcast*|schulpodcast*|schulzeitung|schulprojekt|projekt|referat|schulhomepage|jahrbuch|abizeitung|lied|song|track|rapper'],
    weight: 2,
    examples: {
      match: ['wir würden dich gern in unserem nächsten Edit featuren', 'wir featuren dich wenn du uns ein paar bilder schickst', 'ich könnte dich auf meiner seite mit 100k featuren'],
      ignore: ['das lied featured einen rapper', 'wir würden dich gern in unserem schulpodcast featuren', 'wir würden gern mit dir kino gehen'],
    },
  },
  {
    id: 'allowance-for-pics-r28',
    phrases: [
      'taschengeld|allowance|monatlich*|woechentlich*|wochentlich*|jede_woche|jeden_monat ..6 dafur|dafuer|fur|fuer|gegen|nur ..3 @photo|bilder|pics|fotos|selfies',
      '@photo|bilder|pics|fotos ..4 gegen|fur|fuer ..2 taschengeld|allowance|monatlich*|jede_woche|jeden_monat',
      'sugar_daddy|sugar_mommy|sugar_mummy|sugardaddy|sugarmommy|sugar_mama|sugarmama ..6 @photo|bilder|pics|fotos|taschengeld|allowance|zahl*|geld|woche|monat|@money',
    ],
    unless: ['oma|opa|mama|papa|eltern|job|nachhilfe|babysitt*|zeitung|austragen|rasen|hund|haushalt|zimmer_aufraumen|zimmer_aufraeumen|zeugnis|noten|ferienjob|minijob', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|vorsicht|achtung|warnung'],
    examples: {
      match: ['du bekommst ein monatliches taschengeld, dafür nur ein paar pics', 'ein paar bilder gegen taschengeld, ganz easy', 'ich wär gern dein sugar daddy, 200 die woche'],
      ignore: ['von oma gibts monatlich taschengeld, dafür schick ich ihr fotos vom urlaub', 'achtung: fake sugar daddy accounts versprechen geld für bilder'],
    },
  },
  {
    id: 'gifts-for-private-stream-r29',
    phrases: [
      'privat*|spezial*|special|exklusiv* ..1 stream|live|livestream|show|session ..6 @gamecur|rosen|geschenke|gifts|@money|euro|#',
      'privat*|spezial*|special|exklusiv* ..1 stream|live|livestream|show|session ..4 schick*|geb*|bekommst|kriegst|zahl*|spendier* ..3 @gamecur|rosen|geschenke|gifts|@money|euro|#',
      '@gamecur|rosen|geschenke|gifts|@money|euro ..6 privat*|spezial*|exklusiv* ..1 stream|live|livestream|show|session ..3 nur|ganz ..1 fur|fuer ..1 mich',
    ],
    unless: ['alle|euch|zuschauer|community|abonnenten|fragerunde|zocken|minecraft|fortnite|gaming|kochen|backen|tutorial|nachhilfe|musik|singen|gitarre|klavier|danke|ticket*|eintritt|abo'],
    examples: {
      match: ['wenn du einen privaten stream nur für mich machst schick ich dir 5000 coins', '500 rosen für eine private show nur für mich'],
      ignore: ['danke für die coins, freitag gibts einen special stream für alle', 'private stream für abonnenten kostet 5 euro im monat'],
    },
  },
  {
    id: 'face-for-advertising-r29',
    phrases: [
      'gesicht|look|typ|ausstrahlung ..2 fur|fuer ..1 werbung|kampagne*|magazin*|modelagentur*|laufsteg|cover|werbespot*|katalog*',
      'arbeite|arbeiten ..3 mit ..3 agentur*|modelagentur*|castingagentur*|modelagenturen ..1 zusammen',
    ],
    unless: ['eltern|einverstandnis*|einverstaendnis*|mama|papa|erziehungsberecht*|impressum|webseite|website|studio|termin_mit'],
    examples: {
      match: ['du hast echt ein gesicht für werbung', 'ich arbeite mit ein paar agenturen zusammen'],
      ignore: ['ich arbeite mit agenturen zusammen, das shooting machen wir mit deinen eltern im studio', 'der typ für die werbung ist schon gebucht, deine mama hat zugestimmt'],
    },
  },
  {
    id: 'paid-jobs-and-tests-for-pupils-r31',
    phrases: [
      'minijob*|nebenjob*|ferienjob*|jobs|produkttest*|tester|testerin|testerinnen|testjob*|modeljob*|fotojob* ..3 fur|fuer|an ..1 schuler|schueler|schulerinnen|schuelerinnen|madchen|maedchen|teens|teenager|jugendliche|kids',
      'produkttest*|kleidungstest*|modetest*|anprobe*|anprobier*|fotoshooting*|shooting*|modeln|testen|tester|testerin ..6 # ..1 euro|eur|@currency ..2 h|std|stunde|stunden',
    ],
    unless: ['cafe|laden|supermarkt|backerei|baeckerei|edeka|rewe|aldi|lidl|netto|penny|kaufland|rossmann|mcdonalds|burger_king|kino|eisdiele|tankstelle|zeitung*|prospekt*|nachhilfe|babysit*|rasen|gassi', 'bewerb*|lebenslauf|arbeitsamt|agentur_fur_arbeit|agentur_fuer_arbeit|berufsberatung|aushang|schwarze_brett|schwarzen_brett|anzeige|website|stadt|gemeinde|verein|ferienprogramm|arbeitsvertrag|elternunterschrift|einverstandnis*|einverstaendnis*', 'mama|papa|oma|opa|onkel|tante|chef|chefin|lehrer*|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hi! wir vermitteln nebenjobs für schülerinnen, alles online', 'suche testerinnen für mädchen-mode, 20€ pro stunde', 'Produkttests für Kleidung, 15€/h, ganz easy von zuhause'],
      ignore: ['bei rewe gibts minijobs für schüler, frag mal den chef', 'die stadt hat ferienjobs für schüler, bewerbung bis freitag', 'nachhilfe für schüler, 15€ die stunde, meine mama kennt die'],
    },
  },
  {
    id: 'second-phone-gift-r32',
    phrases: [
      'ich ..4 dir|dia ..4 zweithandy*|zweites_handy|zweit_handy|geheimes_handy|eigenes_handy|extra_handy|prepaidhandy*|simkarte|sim_karte|eigene_sim|zweite_sim ..4 schenken|kaufen|geben|schicken|besorgen|bezahlen|spendieren|holen',
      'ich ..3 schenk*|kauf*|besorg*|schick*|spendier* ..1 dir ..3 zweithandy*|zweites_handy|geheimes_handy|prepaidhandy*|simkarte|sim_karte|eigene_sim|zweite_sim',
    ],
    unless: ['mama|papa|mutter|vater|oma|opa|eltern_haben|erlaubt|vertrag|tarif'],
    examples: {
      match: ['ich kann dir ein zweithandy schenken', 'ich kauf dir ne eigene sim, dann merkt das keiner', 'soll ich dir ein geheimes handy besorgen?'],
      ignore: ['mama will dir ein zweithandy kaufen', 'ich hab mir ein zweithandy gekauft', 'ich kann dir meine alte simkarte geben, papa hat es erlaubt'],
    },
  },
  {
    id: 'live-stream-gifts-r32',
    phrases: [
      'ich ..2 schick*|send*|spendier*|geb*|spende ..1 dir ..4 rosen|lowen*|loewen*|universum|galaxy|galaxie|tiktok_geschenk*|live_geschenk*|livegeschenk*',
    ],
    unless: ['garten|blumenladen|strauss|muttertag|valentinstag|beet|foto*|bild*|samen|ableger|mama|papa|oma|opa|tante|onkel|mutter|vater'],
    examples: {
      match: ['ich schick dir gleich 10 rosen und ein löwen-geschenk', 'ich spendier dir ein universum im live', 'ich geb dir nen löwen wenn du tanzt'],
      ignore: ['ich schick dir die rosen fotos aus dem garten', 'ich schick dir rosen zum valentinstag', 'ich geb dir die rosen für deine oma mit'],
    },
  },
  {
    id: 'friend-photographs-young-models-paid-r37',
    phrases: [
      'fotografiert|fotografieren|fotografiere|shootet|fotoshootings|shootings ..4 junge|neue|jugendliche models|modelle|madchen|maedchen|jungs ..6 geld|bezahlt|verdienst|verdienen|verdient|euro|gage|honorar|kohle',
      'freund|kumpel|bekannter|bekannten ..4 fotograf|fotografin|fotografiert ..6 du ..2 warst|waerst|waerest|bist ..2 perfekt|ideal|genau_richtig',
    ],
    unless: ['schulfotograf|abschlussball|hochzeit|kita|kindergarten|klassenfoto|passfoto|bewerbungsfoto'],
    examples: {
      match: ['mein kumpel fotografiert junge models, gibt gut geld', 'ein bekannter ist fotograf, du wärst perfekt dafür', 'er shootet neue models und zahlt gut, da verdienst du was'],
      ignore: ['der fotograf fotografiert junge models für die hochzeit', 'mein freund ist fotograf für passfoto und bewerbungsfoto'],
    },
  },
] satisfies PatternEntry[];
