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
    ],
    weight: 2,
    unless: [
      'zuruck|zurueck|zurick|schulde|schuldest|geliehen|ausgelegt|taschengeld|wechselgeld|tauschst|tausch|tauschen|pet|pets|trade|item|items|limited|limiteds',
      'geburtstag|weihnachten|zeugnis|noten|note|einser|versetzung|abschluss|fuhrerschein|fuehrerschein',
      'sendungsnummer|versand|versendet|verschicken|paket|artikel|kaufpreis|abholung|kleinanzeigen|vinted|ebay',
    ],
    examples: {
      match: ['willst du ne psn karte? dann zeig mal was', 'ich kann dir vbucks schenken, 5000 wenn du willst', 'yo willst du 2000 robux?', 'ich zahl dir 100 euro für ein paar fotos von dir', 'du bekommst 500€ pro shooting', 'willst du schnell geld verdienen'],
      ignore: ['ich kauf dir die schuhe wenn du gute noten hast', 'ich zahl dir die 20 euro morgen zurück', 'tauschst du dein pet gegen 500 robux', 'ich schenk dir was zum geburtstag', 'ich geb dir 500 robux für dein limited item', 'Ich überweise Ihnen 80 € per PayPal, bitte schicken Sie mir dann die Sendungsnummer'],
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
    ],
    unless: ['vom|von_der|von_dem|von_den|hochzeit|drucken|ausdrucken|entwickeln|abzug*|fotograf*|kamera|objektiv|tauschst|tausch|tauschen|pet|pets|trade|zuruck|zurueck'],
    weight: 3,
    examples: {
      match: ['2000 robux für ein bild von dir', 'ich zahl dir 50 euro für ein foto', 'wenn du mir ein foto schickst bekommst du 500 vbucks', 'ich bezahl auch gut', 'für ein paar heiße fotos zahle ich 100 euro'],
      ignore: ['tauschst du dein pet gegen 500 robux', '20 euro für das kinoticket', 'ich hab 5 fotos gemacht'],
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
] satisfies PatternEntry[];
