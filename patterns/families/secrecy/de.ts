import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dont-tell-anyone',
    phrases: [
      'sag|sage|sags|sagst|erzahl*|erzaehl*|verrat*|zeig|zeigst ..3 niemand|niemandem|niemanden|keinem|keiner|keinen|keinen_menschen',
      'sag|sage|sags|sagst|erzahl*|erzaehl*|verrat*|zeig|zeigst ..3 @family ..3 nix|nichts|nicht|kein_wort|bloss_nicht',
      'keiner|niemand|keine_sau ..2 muss|darf|soll|braucht|wird ..4 wissen|erfahren|mitkriegen|mitbekommen|merken',
      'keiner|niemand|keine_sau ..2 erfahrts|erfaehrts|kriegts_mit|bekommts_mit|wirds_erfahren|wirds_wissen|wirds_je_erfahren',
      '@family ..4 darf|durfen|duerfen|soll|sollen|muss|mussen|muessen|brauchen|braucht ..3 nicht|nix|nichts|nie|niemals ..3 wissen|erfahren|lesen|sehen|mitkriegen|mitbekommen|merken',
      'nicht|nix|nichts ..2 @family ..2 sagen|erzahlen|erzaehlen|verraten|zeigen',
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
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|spoiler*|spoil*|folge|staffel|weihnacht*|ostern|nikolaus|christkind|muttertag|vatertag|jahrestag', 'sag|sage|zeig|zeige|erzahl|erzaehl|erzahle|erzaehle|verrat|verrate ich ..1 keinem|niemandem|niemanden|keiner', 'haha*|lol|xd|meme*|witz|zeugnis|note|noten|spat|spaet|zu_spat|zu_spaet'],
    examples: {
      match: ['komm schon keiner erfährts', 'niemand wirds erfahren', 'sag ihnen nix von mir ok? die würdens eh nicht verstehen', 'deine eltern würden nur ausflippen', 'sag deinen eltern nix davon ok?', 'erzähl niemandem davon', 'sag keinem bescheid', 'keiner muss davon wissen', 'deine mutter darf das nicht wissen', 'deine mutter soll das nicht lesen', 'sag aber erstmal niemandem was'],
      ignore: ['keiner merkts wenn wir früher gehen', 'sag niemandem was von der überraschungsparty', 'ich hab es meinen eltern gesagt', 'keiner hat die hausaufgaben', 'keine sorge zeig ich keinem'],
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
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|weihnacht*|ostern|nikolaus|christkind|muttertag|vatertag|jahrestag'],
    examples: {
      match: ['aber das bleibt unter uns', 'das ist unser kleines geheimnis', 'bleibt geheim ok?', 'nur unter uns'],
      ignore: ['das geschenk bleibt geheim bis zum geburtstag', 'unter uns gesagt, der film war schlecht', 'sag papa nichts, das ist unser geheimnis bis weihnachten'],
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
    unless: ['gruppe|klassenchat|klassengruppe'],
    examples: {
      match: ['lösch das foto nachdem du es angeschaut hast', 'lösch unseren chat nachher, okay?', 'lösch den chat lieber', 'losch alle nachrichten', 'chat danach löschen bitte', 'lösch am besten alles'],
      ignore: ['lösch das foto von mir', 'ich hab aus versehen die gruppe gelöscht', 'lösch den klassenchat nicht'],
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
] satisfies PatternEntry[];
