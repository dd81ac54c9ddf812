import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'just-for-me-pic-r38',
    phrases: [
      'zeig|zeige|zeigst|schick|schicke|schickst|send|sende|mach ..6 nur|ganz_allein|exklusiv fur|fuer|fur_mich|fuer_mich [mich|allein|alleine]',
      'nur fur|fuer mich ..3 zeig|zeigen|zeigst|schick|schicken|schickst|senden|machen|machst',
    ],
    weight: 1,
    unless: ['mama|papa|oma|opa|tante|onkel|hausaufgabe*|rezept|zusammenfassung|notizen|referat|link|adresse|nummer|playlist|lied|song|gutschein|zeugnis|ergebnis*|haha*|lol|xd'],
    examples: {
      match: ['zeig dich mal, aber nur für mich', 'schick mir ein selfie, nur für mich 😘', 'nur für mich zeigst du das, ok?'],
      ignore: ['schick mir die zusammenfassung, nur für mich zum lernen', 'zeig mir das rezept, nur für mich und mama', 'nur für mich? danke für das geschenk'],
    },
  },
  {
    id: 'dont-tell-anyone',
    phrases: [
      'sag|sage|sags|sagst|erzahl*|erzaehl*|verrat*|zeig|zeigst ..3 niemand|niemandem|niemanden|keinem|keiner|keinen|keinen_menschen',
      'sag|sage|sags|sagst|erzahl*|erzaehl*|verrat*|zeig|zeigst ..3 @family ..3 nix|nichts|nicht|kein_wort|bloss_nicht',
      'keiner|niemand|keine_sau ..2 muss|darf|soll|braucht|wird ..4 wissen|erfahren|mitkriegen|mitbekommen|merken',
      'keiner|niemand|keine_sau ..2 erfahrts|erfaehrts|kriegts_mit|bekommts_mit|wirds_erfahren|wirds_wissen|wirds_je_erfahren',
      '@family ..4 darf|durfen|duerfen|soll|sollen|muss|mussen|muessen|brauchen|braucht ..3 nicht|nix|nichts|nie|niemals ..3 wissen|erfahren|lesen|sehen|mitkriegen|mitbekommen|merken',
      'nicht|nix|nichts|ned|nid|net ..2 @family ..2 sagen|erzahlen|erzaehlen|verraten|zeigen|verzahlen|verzaehlen',
      'darfst|sollst|musst ..3 niemand*|keinem|keiner ..2 sagen|erzahlen|erzaehlen|verraten|zeigen|davon',
      '@poss @family ..4 nicht|nie|eh_nicht ..1 verstehen|versteh|kapieren',
      'wenn|falls @poss @family|jemand|einer ..2 fragt|fragen ..5 sag|sagst|ich_bin|bin|einfach',
      'behalt|behalte ..2 fur|fuer dich',
      'heimlich|ohne_dass_deine_eltern|ohne_dass_es_jemand ..3 raus|rauskommen|rausschleichen|treffen|kommen|schreiben|weg',
      'nur|bloss wenn du ..2 allein|alleine|niemand|keiner',
      'wenn|falls du ..4 jemand*|irgendwem|irgendwen|irgendjemand*|wem ..2 erzahlst|erzaehlst|sagst|verratst|verraetst|zeigst|davon',
      'wenn|falls du ..2 @poss @family ..3 erzahlst|erzaehlst|sagst|verratst|verraetst|zeigst',
      'wissen|weiss|weis @poss @family ..3 dass|das du ..3 mir|uns',
      'sag|sags|sage|erzahl*|erzaehl*|verrat* ..2 ihnen|ihr|ihm|denen|keinem|niemandem|niemand ..2 nix|nichts|kein_wort|bloss_nix ..2 von|uber|ueber mir|uns',
      'nix|nichts|kein_wort von|uber|ueber mir|uns ..3 sagen|erzahlen|erzaehlen|verraten|wissen',
      'von mir|uns ..3 muss|darf|soll|braucht ..2 keiner|niemand ..3 wissen|erfahren',
      'die|sie ..1 wurden|wuerden|wurdens|wuerdens ..2 eh|sowieso ..1 nicht|nie ..1 verstehen',
      '@poss @family ..3 wurden|wuerden|wurde|wuerde ..2 nur|eh|sowieso ..1 ausflippen|durchdrehen|ausrasten|sauer_werden|es_verbieten|dir_verbieten',
    ],
    unless: ['dass|das ich ..3 heimkomm*|erst_um|spater_heim*|spaeter_heim*', 'erzahl|erzaehl|sag|sags|petz|petze|verrat ich|ichs ..2 @family ..3 dass|das', 'sag|sags|erzahl|erzaehl|verrat ..1 papa|mama|opa|oma|mami|papi|vati|mutti ..1 nix|nichts ..3 meckert|schimpft|motzt|nervt|meckern|schimpfen', 'uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|spoil*|folge|staffel|weihnacht*|ostern|nikolaus|christkind|muttertag|vatertag|jahrestag', 'sag|sage|zeig|zeige|erzahl|erzaehl|erzahle|erzaehle|verrat|verrate ich ..1 keinem|niemandem|niemanden|keiner', 'haha*|lol|xd|meme*|witz|zeugnis|note|noten|spat|spaet|zu_spat|zu_spaet', 'ladekabel|kabel|hoodie|pulli|bier|alkohol|wodka|vodka|shisha|kippen|schokolade|sussigkeit*|suessigkeit*|chips|kekse|platzchen|plaetzchen|gummibarchen|gummibaerchen|kuchen|eis|pommes|cola', 'ich sags|petz*|verpetz*', 'skateboard|unfall|sturz|gesturzt|gestuerzt|hingefallen|kratzer|delle|beule|vase|scherbe*|zerbrochen|blauer_fleck', 'ich sag|sage|erzahl|erzaehl|erzahle|erzaehle es|das|alles ..1 @family', 'sag|sage|sagst @poss|der|den ..1 @family ..2 bescheid', 'lacht|lachen|lachst ..2 mich|uns ..2 aus|tot', 'auslachen|ausgelacht'],
    examples: {
      match: ['komm schon keiner erfährts', 'niemand wirds erfahren', 'sag ihnen nix von mir ok? die würdens eh nicht verstehen', 'deine eltern würden nur ausflippen', 'sag deinen eltern nix davon ok?', 'erzähl niemandem davon', 'sag keinem bescheid', 'keiner muss davon wissen', 'deine mutter darf das nicht wissen', 'deine mutter soll das nicht lesen', 'sag aber erstmal niemandem was', 'aber ned da mama zeigen gell', 'des net am papa verzählen, gell'],
      ignore: ['danke!! und sag mama nicht dass ich erst um 12 heimkomme 🙏', 'Ich habe dir ein paar Euro für die Klassenfahrt überwiesen, sag Papa nichts, er meckert sonst', 'wenn du nochmal meinen pulli nimmst erzähl ich mama dass du gestern heimlich weg warst', 'sag deiner mutter aber bescheid, nicht dass sie wieder sauer ist wie letztes mal', 'keiner merkts wenn wir früher gehen', 'sag niemandem was von der überraschungsparty', 'ich hab es meinen eltern gesagt', 'keiner hat die hausaufgaben', 'keine sorge zeig ich keinem', 'ich sags mama wenn dus nicht zurück gibst', 'Und sag Mama nicht dass ich dir Schokolade mitgebe 🤫', 'und sag deinem bruder nix von gestern, der lacht mich sonst aus', 'des hab i ned da mama gsagt, de war eh ned do'],
    },
  },
  {
    id: 'our-secret',
    phrases: [
      'bleibt|bleiben|bleib ..2 unter_uns|geheim|unser_geheimnis',
      'unser|unsere [kleines|kleines_kleines] geheimnis',
      'nur unter uns',
      'unter uns ..1 bleiben|bleibt',
      'nur|bleibt zwischen uns|dir_und_mir',
      'das ist|is ..2 geheim ..2 okay|ok|klar|verstanden|ja',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|weihnacht*|ostern|nikolaus|christkind|muttertag|vatertag|jahrestag', 'gefahr|schweigepflicht|beratungsstelle|sozialarbeit*|schulsozialarbeit*|vertrauenslehrer*|schulpsycholog*'],
    examples: {
      match: ['aber das bleibt unter uns', 'das ist unser kleines geheimnis', 'bleibt geheim ok?', 'nur unter uns'],
      ignore: ['das geschenk bleibt geheim bis zum geburtstag', 'unter uns gesagt, der film war schlecht', 'sag papa nichts, das ist unser geheimnis bis weihnachten', 'Du kannst mir jederzeit schreiben, was du mir erzählst bleibt unter uns, außer jemand ist in Gefahr.'],
    },
  },
  {
    id: 'delete-chat',
    phrases: [
      'losch|loesch|losche|loesche|loschst|loeschst|loscht|loescht ..3 [unseren|unsere|den|die|diesen|diese|alle|unsern] chat|chats|verlauf|chatverlauf|nachrichten|unterhaltung|konversation|alles|msgs|messages',
      'losch|loesch|losche|loesche ..3 meine nachrichten|meine_nummer|mich_aus',
      'losch|loesch|losche|loesche ..2 das|es|die|alles ..1 danach|nachher|nach_dem_lesen',
      'chat|chats|verlauf|nachrichten ..2 loschen|loeschen|geloscht|geloescht ..3 danach|nachher|immer|bitte|sofort',
      'losch*|loesch* ..3 das|die|es|@media ..2 nachdem|nach_dem|sobald|wenn du ..2 es|sie|das|die ..1 angeschaut|angesehen|gesehen|anschaust|angeguckt',
    ],
    unless: ['gruppe|klassenchat|klassengruppe', 'losch|loesch|losche|loesche|loschst|loeschst nicht|nie|bloss_nicht|ja_nicht', 'lehrer*|lehrerin|schule|sekretariat|elternbrief'],
    examples: {
      match: ['lösch das foto nachdem du es angeschaut hast', 'lösch unseren chat nachher, okay?', 'lösch den chat lieber', 'losch alle nachrichten', 'chat danach löschen bitte', 'lösch am besten alles'],
      ignore: ['lösch das foto von mir', 'ich hab aus versehen die gruppe gelöscht', 'lösch den klassenchat nicht', 'und lösch nicht wieder die nachrichten von der schule, die lehrerin hat geschrieben'],
    },
  },
  {
    id: 'cover-story',
    phrases: [
      'sag|sage|sagst|erzahl*|erzaehl* ..1 @poss @family ..4 du ..1 bist|warst|schlafst|schlaefst|pennst|ubernachtest|uebernachtest ..2 bei ..1 ner|einer|einem|nem|ne|deiner|deinem freundin|freund|kumpel|kumpeline|freunden',
      'sag|sage|sagst|erzahl*|erzaehl* ..1 @poss @family ..3 du ..1 bist|warst ..2 bei ..1 ner|einer|einem|nem freundin|freund|kumpel|kumpeline',
    ],
    weight: 2.5,
    examples: { match: ['aber sag deinen eltern du bist bei ner freundin', 'erzähl deiner mutter einfach du schläfst bei einer freundin'], ignore: ['sag deiner mama dass du bei mir schläfst', 'sag deinen eltern du bist um 8 zuhause'] },
  },
  {
    id: 'when-you-are-alone',
    phrases: ['wenn|sobald|falls du ..2 allein|alleine|ungestort|ungestoert ..1 bist'],
    unless: ['haha*|lol|xd|angst|langweilig|langeweile|hausaufgabe*|lernen|kochen|essen|hund|katze|mama|papa|oma|opa|schlussel|schluessel'],
    weight: 1.5,
    examples: { match: ['ich hab dir ein paket geschickt, öffne es wenn du alleine bist', 'ruf mich an sobald du allein bist'], ignore: ['wenn du alleine bist und angst hast ruf mich an', 'wenn du allein bist, denk an den schlüssel'] },
  },
  {
    id: 'nobody-needs-to-know',
    phrases: [
      'muss|braucht|darf|soll|wird ..2 keiner|niemand|keine_sau ..2 wissen|erfahren|mitkriegen|mitbekommen|merken',
      'keiner|niemand ..2 sieht|sehen|liest|lesen|kriegt|bekommt ..2 das|es|die|sie ..1 ausser|auser mir',
      'sag|sags|sage|erzahl*|erzaehl*|verrat* ..3 bloss|blos|ja|aber|lieber ..1 nicht|nix|nichts ..2 @poss|den|der @family',
      'geht|gehts|gehn ..2 niemanden|keinen|keinem ..2 was|etwas|nix ..1 an',
      'keiner|niemand ..1 wird|kann ..2 es|das|sie|die ..1 sehen|erfahren|mitkriegen',
      '@poss @family ..2 musst|brauchst|sollst du ..2 nicht|nichts|nix|noch_nicht ..3 fragen|sagen|erzahlen|erzaehlen',
      '@photo|video|bild|eins ..4 nur ..1 fur|fuer mich',
      'sei|bleib|bist ..3 allein|alleine|ungestort|ungestoert ..1 im|in ..1 zimmer|deinem|bad|bett|badezimmer',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|spoil*|folge|staffel|weihnacht*|ostern|nikolaus|christkind|muttertag|vatertag|jahrestag|haha*|lol|xd|meme*|witz|zeugnis|note|noten|spat|spaet|zu_spat|zu_spaet|vase|kaputt|pizza|schokolade|kuchen|eis|gegessen|ausgegeben'],
    weight: 2,
    examples: {
      match: ['aber mach dich vorher hübsch und sei allein im zimmer 😘', 'komm schon ist doch fair. keiner wird es sehen', 'Deine Eltern musst du noch nicht fragen', 'schick mal ein bild von dir, nur fuer mich 😉', 'Muss ja keiner wissen', 'muss keiner erfahren', 'keiner sieht das außer mir', 'erzähl das bloß nicht deiner mama', 'das geht niemanden was an, nur uns'],
      ignore: ['muss ja keiner wissen dass ich die ganze pizza gegessen hab', 'erzähl das bloß nicht mama, die vase ist kaputt', 'muss keiner wissen, ist eine überraschung'],
    },
  },
  {
    id: 'parents-must-not-read',
    phrases: [
      'will|mochte|moechte ..1 nicht ..2 dass|das @poss @family ..3 lesen|sehen|wissen|erfahren|mitkriegen|mitbekommen',
      'wurden|wuerden|wurde|wuerde ..3 falsch ..1 verstehen',
      'losch|loesch|losche|loesche ..1 das|es|alles|die ..1 am_besten|lieber',
      'kein ..1 wort ..1 zu|an|gegenuber|gegenueber ..1 @poss|deinen|deiner|niemand|niemandem|irgendwem ..1 [@family]',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|weihnacht*|haha*|lol|xd|zeugnis|note|noten|vase|kaputt|hasslich|haesslich|peinlich|unscharf|doppelt|falsch_geschickt|aus_versehen|versehentlich'],
    weight: 2,
    examples: {
      match: ['ich will nicht dass deine eltern das hier lesen, die würden es falsch verstehen. lösch das am besten', 'ich hol dich ab, wir fahren zu mir. aber kein wort zu deinen eltern'],
      ignore: ['lösch das sofort 😭', 'lösch das am besten, ich seh so hässlich aus', 'kein wort zu deinen eltern wegen der überraschung'],
    },
  },
  {
    id: 'nobody-will-find-out',
    phrases: ['keiner|niemand ..2 erfahrt|erfaehrt|merkt|mitkriegt ..2 was|etwas|es|davon', 'eltern ..2 machen|macht ..3 das|es|alles ..2 kompliziert|schwierig|kaputt'],
    unless: ['party|uberraschung*|ueberraschung*|geschenk*|geburtstag*|uberraschungsparty|ueberraschungsparty|meine|mein|meiner|unsere|unser|haha*|lol|xd|spoiler|ende|folge'],
    weight: 2,
    examples: { match: ['Ich geb dir 50 Euro für ein Foto, keiner erfährt was davon', 'Am Anfang lieber noch nicht, Eltern machen das immer kompliziert.'], ignore: ['keiner erfährt was von der überraschungsparty', 'meine eltern machen das immer kompliziert mit dem handy'] },
  },
  {
    id: 'dont-even-think-of-telling',
    phrases: [
      'denk ..2 nicht ..2 dran|daran ..4 polizei|eltern|mama|papa|jemandem|lehrer*|anzeige ..3 zu ..1 holen|sagen|erzahlen|erzaehlen|rufen|melden|gehen|machen',
      'sag|sagst ..2 einfach|halt ..3 du ..1 ubernachtest|uebernachtest|schlafst|schlaefst|pennst|bist|gehst ..2 bei|zu ..1 einer|ner|nem|einem|deiner|deinem ..1 freundin|freund|kumpel|kumpeline',
    ],
    unless: ['haha*|lol|xd|party|uberraschung*|ueberraschung*|geburtstag*'],
    examples: { match: ['denk nicht mal dran die polizei zu holen', 'sag einfach du übernachtest bei einer freundin'], ignore: ['sag einfach du übernachtest bei einer freundin haha, für die überraschungsparty'] },
  },
  {
    id: 'delete-after-reading-hide-from-mum',
    phrases: [
      'nach dem lesen ..1 loschen|loeschen|losch|loesch',
      'damit|dass|das @poss @family ..2 nix|nichts|es_nicht|das_nicht ..1 sieht|sehen|mitbekommt|mitkriegt|merkt|liest|erfahrt|erfaehrt',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|muttertag|vatertag|geburtstag*|party|weihnacht*|haha*|lol|xd'],
    examples: { match: ['nach dem lesen löschen ok?', 'schalte die benachrichtigungen aus damit deine mutter nix sieht'], ignore: ['versteck das geschenk, damit deine mama nichts merkt'] },
  },
  {
    id: 'dont-tell-the-others-r10',
    phrases: [
      'sag|sags|sage|erzahl*|erzaehl*|verrat* ..2 den_anderen|keinem_anderen|den_andern ..2 nix|nichts|kein_wort|davon',
      'weiss|weis @poss @family ..2 dass|das wir ..2 schreiben|chatten|reden|texten',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|spoil*|folge|staffel|weihnacht*|ostern|jahrestag|haha*|lol|xd|test|klausur|losung*|loesung*|antwort*|quiz|ratsel|raetsel|hausaufgabe*|lernen|projekt|referat'],
    examples: {
      match: ['und sag den anderen nix, die kriegen kein vip', 'sag mal, weiß dein bruder dass wir schreiben?'],
      ignore: ['sag den anderen nix von der überraschung', 'sag den anderen nix von den lösungen haha', 'weiß deine mama dass wir heute lernen?'],
    },
  },
  {
    id: 'someone-needs-not-know-r10',
    phrases: [
      'muss|braucht|darf|soll ..1 nix|nichts ..1 davon|von_uns|von_mir ..1 wissen|erfahren|mitkriegen|mitbekommen',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|folge|staffel|weihnacht*|zeugnis|note|noten|vase|kaputt|pizza|schokolade|kuchen|gegessen|ausgegeben'],
    weight: 2,
    examples: {
      match: ['tim muss nix davon wissen, der ist eh eifersüchtig', 'dein bruder muss nichts von uns wissen'],
      ignore: ['mama muss nix davon wissen dass die vase kaputt ist', 'lena muss nichts davon wissen, ist ne überraschung'],
    },
  },
  {
    id: 'hide-from-parents-and-traces-r11',
    phrases: [
      'musst|brauchst ..1 @poss|den ..1 @family ..2 nix|nichts|noch_nix|noch_nichts|erstmal_nix|nicht ..1 sagen|erzahlen|erzaehlen|verraten',
      'losch|loesch|losche|loesche ..3 @poss ..1 profil|account|konto|app ..4 bevor|damit|sonst ..4 meldet|melden|sieht|sehen|merkt|merken|rausfindet',
      'unter uns ..2 behalten|bleiben|lassen|bleibt ..6 vertraulich|geheim|@family',
      'vertraulich|geheim ..3 auch ..1 vor|gegenuber|gegenueber ..1 @poss|den ..1 @family',
      'keiner|niemand ..1 sieht|siehts|sehen|sieht_es ..2 ausser|auser|ausser_mir',
      'keinem|niemandem|niemand ..1 erzahlen|erzaehlen|sagen|verraten ..3 sonst ..3 krieg|kriege|bekomm|bekomme ..1 ich ..1 arger|aerger|probleme|stress',
      'muesch|musch ..1 niemertem|niemerem|niemer|niemertem ..1 sage|saege|verzelle|verzaehle',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|weihnacht*|jahrestag|schulfest', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Musst deinen Eltern noch nix sagen, den Vertrag machen wir dann zusammen wenns klappt 😉', 'und lösch am besten dein profil hier bevor das jemand meldet', 'Lass uns das hier unter uns behalten. Was wir besprechen ist vertraulich, auch vor deinen Eltern.', 'versprochen keiner siehts ausser mir', 'und keinem erzählen sonst krieg ich ärger mit dem admin', 'muesch niemertem säge'],
      ignore: ['musst deinen eltern nix sagen, ist ne überraschung für ihren jahrestag', 'lösch dein profil, die app ist eh tot'],
    },
  },
  {
    id: 'penalty-if-you-tell-r11',
    phrases: [
      'bei ..1 weitergabe|weitererzahlen|weitererzaehlen|kontakt_zur_polizei|information_der_eltern ..3 erhoht|erhoeht|verdoppelt|verdreifacht ..2 sich ..2 strafe|gebuhr|gebuehr|summe|betrag|preis',
      'keiner|niemand ..1 speichert|screenshottet|sieht ..1 was|es|das|was_davon',
    ],
    unless: ['bereal|snapchat_story|haha*|lol|xd|spoiler*|uberraschung*|ueberraschung*|geschenk*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Nein. Das Verfahren ist vertraulich. Bei Weitergabe erhöht sich die Strafe.', 'komm schon nur kurz, keiner speichert was'],
      ignore: ['keiner sieht es, ist doch nur bereal haha'],
    },
  },
  {
    id: 'tell-your-people-nothing-r13',
    phrases: [
      'erzahl*|erzaehl*|sag ..1 @poss ..1 leuten|alten|eltern|@family|freunden|freundinnen ..1 nix|nichts|nicht|bloss_nix|blos_nix ..2 von mir|uns|uber_mich|ueber_mich',
      'lass|lassen ..1 unser|unsere ..1 ding|sache|geschichte|chat|freundschaft ..1 unter uns',
      'sag|sags|erzahl|erzaehl ..1 halt|bloss|blos|aber|ja ..1 keinem|niemandem|niemand',
      'nicht|nich ..2 mit ..1 @poss|den @family ..2 besprechen|bereden|teilen',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|weihnacht*|ostern|nikolaus|christkind|muttertag|vatertag|jahrestag|spoiler|spoil*|folge|staffel|serie|film|ende|note|noten|test|klausur|zeugnis|verkackt|peinlich|crush'],
    examples: {
      match: ['aber erzähl deinen leuten nix von mir, die checken das eh nich', 'gut. lass unser ding unter uns, die machen sonst nur theater 😅', 'für meinen freund der zeichnet leute 😂 sag halt keinem', 'Bitte nicht mit den Eltern besprechen, die Teilnahme ist vertraulich'],
      ignore: ['sag bloß keinem wie die serie endet', 'erzähl deinen eltern nix von der note, ich sag auch nix'],
    },
  },
  {
    id: 'come-alone-r13',
    phrases: ['komm|kommst|sei ..1 allein|alleine|allei ..5 @family|niemand|niemandem|niemanden|keinem|keiner|keinen|stress|theater|mitbringen'],
    unless: ['mama_holt|papa_holt|holt_dich|abholen|party|geburtstag*|uberraschung*|ueberraschung*|training|probe|schule|lernen|kino|haha*|lol|xd|krank|corona|erkaltet|erkaeltet|ansteckend'],
    examples: {
      match: ['lass uns treffen, ich nehm dich mit ins mobile studio im van. komm allein, eltern machen immer nur stress bei sowas', 'komm alleine, bring niemanden mit'],
      ignore: ['komm allein, mama holt dich später ab', 'komm alleine, lisa ist krank'],
    },
  },
  {
    id: 'family-need-not-know-r14',
    phrases: [
      '@family|schule|lehrer|lehrerin|lehrern|trainer ..1 muss|musst|muessen|mussen|braucht|brauchen|darf|durfen|duerfen ..3 nich|nicht|nix|nichts|kein ..2 wissen|erfahren|mitkriegen|mitbekommen',
      '@family ..1 erstmal|erst_mal|lieber|besser|noch ..1 nicht|nich|nix ..1 fragen|einweihen|fragst',
      'musst|brauchst ..2 nicht|nich|nix|keinem|niemandem ..2 sagen|erzahlen|erzaehlen|verraten ..3 wo|wohin|mit_wem|zu_wem ..2 du ..2 hingehst|gehst|bist|fahrst|faehrst|triffst|hinfahrst|hinfaehrst',
      'niemerem|niemertem|niemer ..1 sage|saege|verzelle|verzaehle|verrate',
    ],
    unless: ['uberraschung*|ueberraschung*|uberraschig|ueberraschig|geschenk*|party|geburtstag*|geburi|spoiler*|folge|staffel|weihnacht*|jahrestag|zeugnis|note|noten|vase|kaputt|pizza|schokolade|kuchen|gegessen|ausgegeben|musst_mir|brauchst_mir|musst_uns|brauchst_uns|eh_nein|sagt_eh'],
    weight: 2,
    examples: {
      match: ['perfekt, ich hol dich nach der schule ab, welche schule ist das? mama muss das nich wissen', 'Mama erstmal nicht fragen, das machen wir mit ihr wenn der Vertrag steht', 'komm doch samstag vorbei, ich hol dich am bahnhof ab. musst ja nicht sagen wo genau du hingehst', 'niemerem säge gell, suscht wird mis konto gsperrt'],
      ignore: ['mama muss nix davon wissen dass die vase kaputt ist', 'papa darf nichts wissen, ist ne überraschung', 'du musst mir nicht sagen wo du hingehst, nur wann du heimkommst', 'mama lieber nicht fragen, die sagt eh nein lol'],
    },
  },
  {
    id: 'dont-tell-x-about-it-r15',
    phrases: [
      'erzahl|erzaehl|erzahle|erzaehle|sag|sags|verrat ..2 nix|nichts|nicht ..1 davon ..6 eifersuchtig|eifersuechtig|neidisch',
      'sag|erzahl|erzaehl ..1 aber ..1 nicht|nix|nichts ..1 den|der ..1 anderen|andern|restlichen ..4 neidisch|eifersuchtig|eifersuechtig',
      'bitte ..3 nicht|nix ..2 mit ..2 @family|eltern|jemandem|anderen ..1 besprechen|bereden|teilen|reden|drueber_reden|daruber_reden|darueber_reden',
      'nicht ..1 erzahlen|erzaehlen|weitersagen|rumerzahlen|rumerzaehlen ..4 vertraulich|geheim|nda|unter_uns',
      'schick*|zeig* ..3 nur ..1 mir ..1 privat|heimlich|alleine|allein ..2 nicht|nix|bloss_nicht ..1 posten|hochladen|teilen|online|rumzeigen',
      'musst|brauchst ..1 sie|ihn|die|deine_eltern|deine_mutter|deinen_vater|deine_mama ..1 ja|doch ..1 nicht|nich ..1 fragen|erzahlen|erzaehlen|fragen_oder',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|spoil*|folge|staffel|weihnacht*|ostern|jahrestag|hausaufgabe*|losung*|loesung*|test|klausur|haha*|lol|xd', 'ich_rede|ich_red|ich_sprech|ich_spreche|selbst|selber|beratung*|sozialarbeit*|vertrauenslehrer*|schweigepflicht|gefahr'],
    examples: {
      match: ['will dich sehen halt. und erzähl jonas nix davon ok, der ist eifersüchtig', 'klar. sag aber nicht den anderen, die sind sonst neidisch', 'Bitte nicht mit Eltern besprechen, NDA Vertrag!', 'Bitte erst mal nicht erzählen, die Kampagne ist noch vertraulich', 'schick das aber nur mir privat, nicht posten', 'musst sie ja nicht fragen 😉'],
      ignore: ['erzähl mama nix davon, sonst ist sie sauer dass ich zu spät bin', 'sag aber nicht den anderen, die wollen sonst alle mit', 'schick es nur mir privat, nicht in die gruppe, da sind zu viele', 'bitte nicht mit deinen eltern besprechen, ich rede selbst mit ihnen', 'erzähl lisa nix davon, ist ne überraschung', 'sag aber nicht den anderen die lösung, die sollen selber', 'bitte nicht mit den anderen über die folge reden, spoiler', 'musst sie ja nicht fragen lol'],
    },
  },
  {
    id: 'when-parents-asleep-r15',
    phrases: [
      'wenn|sobald|wann|nachdem @poss @family ..1 schlafen|schlaft|schlaeft|pennen|pennt|weg_sind|weg_ist|nicht_da_sind|nicht_da_ist|aus_dem_haus_sind|im_bett_sind|im_bett_ist',
    ],
    unless: ['geburtstag*|uberraschung*|ueberraschung*|geschenk*|party|weihnacht*|kuchen|deko|aufraumen|aufraeumen|staubsaug*|leise|krach|laut|ruhig', 'haha*|lol|xd'],
    examples: {
      match: ['kannst du heute abend cam machen, wenn deine eltern schlafen?', 'schreib mir wenn deine mama weg ist'],
      ignore: ['wenn deine eltern schlafen, sei leise beim reinkommen', 'wenn deine mama weg ist, bauen wir die deko für die überraschung auf'],
    },
  },
  {
    id: 'our-thing-dont-ask-parents-r16',
    phrases: [
      'ist|bleibt|wird ..1 [dann|halt|einfach] unser|unsere ..1 ding|sache|geheimnis',
      'musst|brauchst ..2 @poss @family ..2 nicht|nicht_extra|gar_nicht ..1 fragen|sagen|erzahlen|erzaehlen|bescheid_sagen',
      'sag|sags|erzahl|erzaehl ..3 nicht|nix|nichts dass|das wir ..2 schreiben|reden|chatten|texten|schreiben|uns_treffen|uns_schreiben',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|weihnacht*|ostern|muttertag|vatertag|jahrestag|referat|projekt|hausaufgabe*|klausur|test|abschreiben|zeugnis|note|noten'],
    weight: 2,
    examples: {
      match: ['Ist dann unser Ding', 'Musst deine Eltern auch nicht fragen, das ist nur intern', 'sag Marvin aber nicht dass wir schreiben'],
      ignore: ['das geschenk für mama ist unser geheimnis', 'musst deine eltern nicht fragen, die party ist eh abgesagt', 'sag nicht dass wir beim test abgeschrieben haben'],
    },
  },
  {
    id: 'dont-tell-we-chat-r17',
    phrases: [
      'musst|brauchst|darfst ..3 nicht|nix|keinem|niemandem ..1 erzahlen|erzaehlen|sagen|verraten ..2 dass|das wir ..3 schreiben|chatten|reden|texten|schreibn',
      'erzahl|erzaehl|sag|verrat ..3 nicht|nix|keinem|niemandem ..3 dass|das wir ..3 schreiben|chatten|texten|schreibn',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|weihnacht*|projekt|gruppenarbeit|referat'],
    weight: 2,
    examples: {
      match: ['musst tim nicht erzählen dass wir schreiben, der ist da komisch', 'sag keinem dass wir chatten'],
      ignore: ['sag keinem dass wir schreiben wegen der überraschungsparty', 'musst ihr nicht erzählen dass wir für das geschenk schreiben'],
    },
  },
  {
    id: 'cover-story-with-pickup-r17',
    phrases: [
      'hol|hole|treff|treffen|abholen|abhole ..6 sag|sagst ..2 einfach|halt ..3 du bist|gehst|warst|ubernachtest|uebernachtest ..2 bei|zu',
    ],
    unless: ['haha*|lol|xd|uberraschung*|ueberraschung*|geburtstag*|party|geschenk*'],
    weight: 2.5,
    examples: {
      match: ['treffen wir uns nächste woche? ich hol dich von der schule ab, sag einfach du bist bei ner freundin'],
      ignore: ['ich hol dich ab, sag einfach du bist bei lena, für die überraschungsparty haha'],
    },
  },
  {
    id: 'dont-show-parents-they-dont-get-it-r18',
    phrases: [
      "zeig|zeige|zeigst|sag|sags|erzahl|erzaehl ..2 nicht|nie|bloss_nicht|ja_nicht ..1 @poss @family",
      "@poss @family|alten ..4 checken|raffen|peilen ..3 nicht|nie|eh_nicht|sowieso_nicht",
      "erzahl|erzaehl|sag ..1 dem|der|deinem|deiner trainer|trainerin|coach|lehrer|lehrerin|betreuer|betreuerin ..2 noch|erstmal|lieber|bloss ..1 nix|nichts|nicht",
    ],
    unless: ["zeugnis|note|noten|spat|spaet|zu_spat|vergessen|verletz*|krank|selbst|selber|uberraschung*|ueberraschung*|geschenk*|geburtstag*|party|lol|haha*|xd|handy|tiktok|meme*"],
    examples: {
      match: ["ja klar. und zeig die nicht deinen eltern, die checken das konzept nicht und machen nur stress", "deine alten raffen das eh nicht", "und erzähl dem trainer noch nix, sonst lässt er dich nicht gehen"],
      ignore: ["zeig das zeugnis nicht deinen eltern bevor ich mit ihnen rede 😅", "erzähl dem trainer erstmal nix, dass ich mir den fuß verletzt hab, ich sags ihm selbst"],
    },
  },
  {
    id: 'cover-story-r20',
    phrases: [
      'sag|sagst|erzahl*|erzaehl* ..2 zu_hause|zuhause|daheim|eltern|mama|mutter|papa|vater ..3 du bist|warst|schlafst|schlaefst|pennst|ubernachtest|uebernachtest ..1 bei ..2 freundin|freund|kumpel|kumpels|freunden|freundinnen',
      'sag|sagst|erzahl*|erzaehl* ..3 @family ..3 du bist|warst|gehst ..2 bei|beim|zu|zum|in|im ..2 freundin|kumpel|freunden|bibliothek|bib|training|nachhilfe',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*', 'haha*|lol|xd', 'bist_bei_mir|bist_bei_uns|schlafst_bei_mir|schlaefst_bei_mir|pennst_bei_mir|pennst_bei_uns|warst_bei_mir'],
    weight: 2,
    examples: {
      match: ['komm samstag zu mir, ich wohn allein, wir machen nen filmabend, aber sag zu hause du bist bei ner freundin', 'sag deiner mutter einfach du pennst bei nem kumpel'],
      ignore: ['sag deiner mama du bist bei mir, die kennt mich ja', 'sag deiner mama du bist bei mir, wir lernen eh', 'sag zu hause du bist bei lea wegen der überraschungsparty'],
    },
  },
  {
    id: 'between-us-parents-dont-get-it-r21',
    phrases: [
      'unter uns ..5 @family ..3 checken|verstehen|kapieren|muessen|mussen|brauchen|sollen|durfen|duerfen',
      'die_anderen|niemand|keiner ..2 muss|muessen|mussen|brauchen|braucht|darf|duerfen|durfen ..2 das|es|davon ..2 nicht|nich|nix|ned ..1 wissen|erfahren|mitkriegen',
      'eltern|mama|papa|mutter|vater ..3 informieren|sagen|bescheid ..2 wir|ich ..1 erst|spater|spaeter ..3 nach|nachdem|wenn',
      'bitte ..2 vorher|vorab ..1 nichts|niemandem|keinem ..1 erzaehlen|erzahlen|sagen|verraten',
      'ohne ..1 @family ..2 im|in_der|dabei|in_der_naehe raum|zimmer|nahe|dabei',
    ],
    unless: ['ueberraschung*|uberraschung*|geburtstag*|party|geschenk*|spoiler|serie|folge|staffel|noten|zeugnis|test|klausur|hochzeit|antrag|verlobung|schwanger*', 'lehrer*|schule|polizei|arzt|arztin|psycholog*|therapeut*|beratung|jugendamt|vertrauenslehrer*'],
    examples: {
      match: ['mit mir kannst du ueber alles reden. aber lass das unter uns, eltern checken sowas nicht', 'komm in nen privaten call nur wir zwei. die anderen muessen das nich wissen', 'Die Eltern informieren wir erst nach Vertragsabschluss, bitte vorher nichts erzaehlen', 'Am besten ohne Eltern im Raum, das wirkt natuerlicher'],
      ignore: ['die anderen muessen das nich wissen, ist ne ueberraschung fuer lisa', 'lass das unter uns, mama checkt das mit dem geschenk sonst', 'bitte vorher nichts erzählen, die party soll eine überraschung sein'],
    },
  },
  {
    id: 'dont-tell-mods-r22',
    phrases: [
      'sag|sags|erzahl|erzaehl|verrat den|dem|der ..1 mods|mod|admins|admin|moderatoren|moderator ..2 nix|nichts|kein_wort',
      'den|dem|der mods|admins|moderatoren ..2 nix|nichts|kein_wort sagen|erzahlen|erzaehlen|verraten',
    ],
    unless: ['uberraschung|ueberraschung|event|turnier|giveaway|geschenk'],
    examples: {
      match: ['aber sag den mods nix, die sind da voll komisch', 'den admins nichts sagen ok'],
      ignore: ['sag den mods nix vom giveaway, das ist ne überraschung'],
    },
  },
  {
    id: 'dont-even-think-of-telling-r22',
    phrases: [
      'komm|kommt|kommst ..2 nicht|bloss_nicht|ja_nicht|gar_nicht ..1 auf die idee ..4 jemandem|jemand|wem|irgendwem|irgendjemandem|@poss|polizei ..3 sagen|erzahlen|erzaehlen|verraten|melden|petzen',
    ],
    unless: ['uberraschung|ueberraschung|party|geburtstag*|geschenk|spoiler*|serie|folge|film|ende'],
    examples: {
      match: ['und komm nicht auf die idee es jemandem zu sagen', 'komm bloß nicht auf die idee deinen eltern was zu erzählen'],
      ignore: ['komm nicht auf die idee es jemandem zu sagen, ist ne überraschung für lisa'],
    },
  },
  {
    id: 'we-dont-have-to-tell-her-r25',
    phrases: [
      'mussen|muessen|brauchen wir ..1 ihr|ihm|denen|deiner_mutter|deiner_mama|deinen_eltern|deinem_vater|deinem_papa ..3 nicht|nix|nichts ..2 erzahlen|erzaehlen|sagen|verraten',
    ],
    unless: ['uberraschung|ueberraschung|geburtstag*|party|geschenk|note|noten|zeugnis|vase|kaputt|delle|kratzer'],
    examples: {
      match: ['Müssen wir ihr ja nicht gleich erzählen 😉 erst mal schauen ob die Chemie passt', 'brauchen wir deinen eltern nicht sagen'],
      ignore: ['müssen wir mama ja nicht erzählen, ist doch ihre geburtstagsüberraschung', 'müssen wir papa nicht sagen dass die vase kaputt ist', 'müssen wir mama ja nicht erzählen dass wir pommes gegessen haben'],
    },
  },
  {
    id: 'say-nothing-about-us-r25',
    phrases: [
      'sag|sage|sags|erzahl|erzaehl|verrat ..1 @poss|deinem|deiner|deinen ..1 freund|freundin|freunden|@family ..1 nix|nichts|nicht ..2 von ..1 uns',
      'sag|sage|sags|erzahl|erzaehl|verrat ..2 niemandem|keinem|niemand ..2 von ..1 uns ..4 muss|mussen|muessen|braucht|brauchen ..2 nicht ..1 wissen',
    ],
    unless: ['party|uberraschung|ueberraschung|geschenk|geburtstag*|plan|planen|streich'],
    examples: {
      match: ['sag deinem freund nix von uns, der muss das nicht wissen', 'erzähl deiner mama nichts von uns'],
      ignore: ['sag deiner mama nix von uns, wir planen doch ihre party'],
    },
  },
  {
    id: 'dont-tell-dialect-r27',
    phrases: [
      'ned|net|nit|nid|noed|nod @poss|deina|deim|deinra ..1 @family|@audience|freindin|freind ..1 sagn|sogn|sog|sagen|sage|verzahln|verzaehln|verzahl*|verzaehl*|verrat*|erzahl*|erzaehl*|zeign',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|geburtstag*|party|muttertag|vatertag|weihnacht*'],
    examples: {
      match: ['aber ned deiner mama sagn, gell', 'des dearfst net deine eltern verzähln'],
      ignore: ['ned deiner mama sagn, is a überraschung zum geburtstag'],
    },
  },
  {
    id: 'dont-tell-the-others-r27',
    phrases: [
      'nicht|nich|net|ned|nix den|die anderen|andern ..1 sagen|erzahlen|erzaehlen|verraten|zeigen|posten',
      '@family ..4 mussen|muessen|brauchen|sollen|sollten|durfen|duerfen ..2 das|es|davon ..1 erst_spater|erst_spaeter|erst_danach|noch_nicht ..1 wissen|erfahren|mitbekommen|mitkriegen',
      'poste|post|zeig|zeige|teil ..1 das|es|die|das_bild|das_foto ..2 nicht|nich|lieber_nicht ..4 die anderen|andern ..3 denken|merken|wissen|neidisch|eifersuchtig|eifersuechtig',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|geburtstag*|party|muttertag|vatertag|weihnacht*|spoiler|folge|staffel|losung*|loesung*|antwort*|test|klausur|ergebnis*', 'team|teams|projekt|repo|bauen|hackathon|taktik|strategie|turnier', 'ich_sag|ich_sage|sag_ich|sage_ich|selbst|selber|eingeladen|einladen|einladung|bestanden|geschafft'],
    examples: {
      match: ['nicht den anderen sagen sonst wollen alle', 'Deine Eltern müssen das erst später wissen, wenn der Vertrag steht', 'aber poste das nicht, die anderen sollen nicht denken ich hab lieblinge'],
      ignore: ['nicht den anderen sagen, ist ne überraschung zum geburtstag', 'nicht den anderen die lösungen verraten', 'und nicht den anderen teams verraten was wir bauen'],
    },
  },
  {
    id: 'dont-tell-that-we-write-r27',
    phrases: [
      'sag|sags|erzahl|erzaehl|verrat ..3 nicht|nix|nichts|niemandem|keinem ..2 dass|das wir|ich ..3 schreiben|schreibe|chatten|texten|reden|kontakt_haben|uns_schreiben|geschrieben',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|geburtstag*|party|muttertag|vatertag|weihnacht*|sauer|streit|gestritten'],
    examples: {
      match: ['sag ihr nicht dass ich dir schreibe', 'erzähl niemandem dass wir chatten'],
      ignore: ['sag ihr nicht dass ich dir geschrieben hab, wegen der überraschung', 'sag ihm nicht dass wir reden, er ist eh sauer wegen dem streit'],
    },
  },
  {
    id: 'better-not-tell-him-r27',
    phrases: [
      'erzahl|erzaehl|sag|verrat ..1 ihm|ihr|ihnen|es ..1 lieber|besser|bloss|blos|bitte ..1 nix|nichts|nicht|kein_wort',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|geburtstag*|party|muttertag|vatertag|weihnacht*|traurig|aufregen|sauer|krank|spoiler|folge|ende|note|noten|test|klausur'],
    examples: {
      match: ['ich bin der beste freund von deinem großen bruder, erzähl ihm lieber nix', 'sag ihr bloß nichts von uns'],
      ignore: ['sag ihr lieber nix von der party, ist ne überraschung', 'erzähl ihm lieber nix vom ende der folge'],
    },
  },
  {
    id: 'nobody-reads-along-there-r28',
    phrases: [
      'da|dort|wo|hier ..1 liest|lesen|sieht|schaut|guckt|kontrolliert ..1 keiner|niemand|kein_mensch|keine_sau ..1 mit|zu|nach',
      'da|dort ..2 konnen|koennen|kann ..2 @family|keiner|niemand ..2 nicht|nix ..1 mitlesen|nachlesen|reinschauen|reingucken',
    ],
    unless: ['verschlusselt|verschluesselt|ende_zu_ende|datenschutz|privatsphare|privatsphaere|sicherer|sicherheit|hacker|werbung|daten|dsgvo', 'gruppe|klassenchat|gruppenchat|lehrer*|schule|zeitung|buch|forum'],
    examples: {
      match: ['schreib mir lieber auf telegram, da liest keiner mit', 'komm auf snap, da können deine eltern nicht mitlesen'],
      ignore: ['signal ist ende zu ende verschlüsselt, da liest keiner mit', 'in der klassengruppe liest eh keiner mit lol'],
    },
  },
  {
    id: 'dont-tell-the-others-r29',
    phrases: [
      'sag|sags|sage|erzahl*|erzaehl*|verrat* ..3 nicht|nix|nichts|bloss_nicht|ja_nicht ..1 den|die|deinen ..1 anderen|andern|madels|maedels|jungs|mitspieler*|teamkolleg*',
      'sag|sags|sage|erzahl*|erzaehl*|verrat* ..1 den|die|deinen ..1 anderen|andern|madels|maedels|jungs|mitspieler*|teamkolleg* ..3 nix|nichts|nicht|kein_wort ..4 sonst|dass|das|von|uber|ueber ..3 wir|uns|ich|dir|wollen',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|spoil*|folge|staffel|weihnacht*|jahrestag', 'haha*|lol|xd|meme*|witz|zeugnis|note|noten|test|klausur|arbeit|hausaufgabe*|losung*|loesung*|antwort*', 'ich sags|petz*|verpetz*|aufstellung|startelf|kapitan|kapitaen|trikot*|taktik|spielzug'],
    examples: {
      match: ['erzähl das aber nicht den anderen mädels, sonst wollen die auch', 'sag den anderen nix davon dass wir schreiben'],
      ignore: ['sag den anderen nix von der überraschung', 'erzähl den anderen nicht die lösung vom test lol'],
    },
  },
  {
    id: 'then-they-cant-see-what-we-write-r32',
    phrases: [
      'die|deine|eltern|mama|papa|mutter|vater|sie|keiner|niemand ..3 nicht|nie|nix ..1 sehen|lesen|mitlesen|mitkriegen|mitbekommen|checken ..2 was wir ..3 schreiben|schreibn|reden|texten|chatten|machen',
      'keiner|niemand ..2 sieht|liest|mitliest|mitkriegt|mitbekommt ..2 was wir ..3 schreiben|schreibn|reden|texten|chatten',
      'keiner|niemand ..1 kriegt|bekommt|liest ..1 mit ..2 was wir ..3 schreiben|schreibn|reden|texten|chatten',
      'kriegt|bekommt|liest keiner|niemand ..2 mit ..2 was wir ..3 schreiben|schreibn|reden|texten|chatten',
    ],
    unless: ['test|klausur|arbeit|spickzettel|lehrer*|abschreiben|hausaufgab*|referat|uberraschung*|ueberraschung*|geschenk*|geburtstag*'],
    examples: {
      match: ['dann können die nicht sehen was wir schreiben', 'so kriegt keiner mit was wir schreiben', 'da können deine eltern nie mitlesen was wir so schreiben'],
      ignore: ['die lehrerin darf nicht sehen was wir im test schreiben', 'mama soll nicht sehen was wir für ihren geburtstag planen und schreiben', 'ich kann nicht lesen was wir schreiben sollen'],
    },
  },
  {
    id: 'dont-tell-swiss-r36',
    phrases: [
      'verzell|verzel|verzellsch|seg|sag|sags|sagsch ..3 dinere|dine|dim|dini|dinae|dina|dinne ..1 mami|mama|mueter|muetter|mam|papi|papa|vater|eltere|eltern|fam|familie ..3 nut|nuet|nuud|nix|niemerem',
      'verzell|verzel|seg|sags|sagsch ..2 niemerem|niemertem|keinem ..3 vo|von us|uns|mir|dem',
    ],
    unless: ['uberraschig|ueberraschig|uberraschung*|ueberraschung*|gschenk|geschenk*|party|geburi|geburtstag*|spoiler*|noote|note|zeugnis|haha*|lol|xd'],
    examples: {
      match: ['verzell dinä mama nüt devo', 'säg dim papi nüt vo mir gell', 'verzell niemerem vo üs'],
      ignore: ['verzell dinere mami nüt vom gschenk', 'säg dinere mami en gruess', 'ich verzell mim papi alles'],
    },
  },
  {
    id: 'no-one-can-read-there-r36',
    phrases: [
      'da|dort|do|dert ..1 kann|konnen|koennen|chan|kannsch ..1 mods|admins|moderatoren|niemand|keiner|niemer|deine_eltern|deine_mama ..1 [nix|nichts|nicht|nid|nuet] lesen|mitlesen|sehen|mitkriegen|mitbekommen',
      'da|dort liest|lesen|sieht|sehen ..1 keine|keiner|niemand|kein ..1 mods|admins|moderatoren|mod|admin|mit',
    ],
    unless: ['spoiler*|uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|klausur|test|prufung|pruefung|hausaufgabe*|lehrer*|brille|schrift|klein|unscharf|pixelig'],
    examples: {
      match: ['komm auf telegram, da kann keiner mitlesen', 'lass auf discord privat schreiben, dort können mods nichts sehen', 'da liest kein admin mit'],
      ignore: ['da kann ich nichts lesen, die schrift ist zu klein', 'da kann keiner nichts sehen ohne brille', 'mach die gruppe für die party, da kann lena nichts sehen'],
    },
  },
  {
    id: 'we-tell-her-nothing-r37',
    phrases: [
      'dann|also|einfach ..1 sagen|erzahlen|erzaehlen|verraten wir ..1 ihr|ihm|ihnen|deiner|deinem|deinen|niemandem|keinem ..2 nichts|nix|niks',
      'sagen|erzahlen|erzaehlen wir ..1 ihr|ihm|ihnen|deiner_mutter|deiner_mama|deinem_vater|deinem_papa|deinen_eltern ..1 nichts|nix|lieber_nichts|erst_mal_nichts',
      'sag|saeg ..2 niemerem|niemertem|niemerm|niemandem ..2 devo|dervo|davon',
      'merkt|merkts|merken ..1 doch|eh|ja ..1 keiner|keine|niemand|niemer',
    ],
    unless: ['uberraschung|ueberraschung|geburtstag|geschenk|party|surprise'],
    examples: {
      match: ['dann sagen wir ihr nichts', 'sagen wir deinen eltern lieber nichts', 'säg niemerem devo gell', 'merkt doch eh keiner'],
      ignore: ['sagen wir ihr nichts von der überraschung', 'das merkt doch keiner, der geburtstag wird super'],
    },
  },
] satisfies PatternEntry[];
