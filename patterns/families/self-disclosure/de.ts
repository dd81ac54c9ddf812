import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'my-age',
    phrases: [
      'ich_bin|bin # [jahre|jahr|j|jahre_alt]',
      'bin erst|schon|grad|gerade|ja|noch|jetzt #',
      'bin|ich_bin [erst|schon|grad|gerade] # jahre|jahr|j',
      '# jahre|jahr|j alt',
      '# und du|sie|selbst',
      'werde|werd ..3 # [jahre|jahr]',
    ],
    unless: ['uhr|minut*|min|stunde*|std|km|euro|eur|mal|prozent|punkte|kilo|kg|cm|tore|level|grad'],
    examples: {
      match: ['ich bin 14', '14 und du?', '13 jahre alt', 'bin erst 12', 'werde bald 15'],
      ignore: ['ich bin 5 minuten zu spät', 'bin um 3 uhr da', 'ich bin 2 mal gefallen'],
    },
  },
  {
    id: 'my-address',
    phrases: [
      'ich wohne|wohn|lebe|leb in|im|bei|nahe',
      'meine|unsere adresse|addresse ist|lautet',
      'wohne|wohn ..3 strasse|str|weg|allee|platz|gasse ..1 #',
    ],
    examples: {
      match: ['ich wohne in köln', 'meine adresse ist musterstraße 5', 'ich wohn bei der kirche'],
      ignore: ['wo wohnst du', 'meine oma wohnt in köln'],
    },
  },
  {
    id: 'my-school',
    phrases: [
      'ich_geh|ich_gehe|ich_bin|geh|gehe|bin ..2 auf|aufs|in|an|zur ..3 schule|gymnasium|gymi|gym|realschule|gesamtschule|hauptschule|oberschule|grundschule|sekundarschule|gemeinschaftsschule|stadtteilschule|werkrealschule',
      'gymnasium|gymi|realschule|gesamtschule|hauptschule|oberschule|gemeinschaftsschule|stadtteilschule ..2 in|im|am',
      'ich_bin|bin|geh|gehe ..2 in|in_die|in_der #|5_te|6_te|7_te|8_te|9_te|10_te|11_te|12_te|5_ten|6_ten|7_ten|8_ten|9_ten|10_ten|11_ten|12_ten [klasse]',
      'ich_bin|bin|geh|gehe ..3 klasse #',
      'meine schule ist|heisst|heist',
      'ich_bin|bin|geh|gehe ..2 in|in_die|in_der 5_a|5b|5c|6_a|6b|6c|7_a|7b|7c|8_a|8b|8c|9_a|9b|9c|10_a|10b|10c|5d|6d|7d|8d|9d|10d',
    ],
    examples: {
      match: ['gesamtschule in köln', 'ich geh aufs gymnasium am park', 'ich bin in der 8 klasse', 'ich gehe in die 7te', 'bin in klasse 9'],
      ignore: ['die schule ist doof', 'ich geh jetzt schlafen'],
    },
  },
  {
    id: 'my-handle-or-number',
    phrases: [
      'mein|meine @app ..2 ist|lautet|heisst|heist|name|nick|nickname|username|id',
      'meine nummer|handynummer|telefonnummer|nr ..2 ist|lautet|#',
      'du kannst|kannst ..2 mich ..3 auf|bei|unter @app ..2 adden|finden|anschreiben|hinzufugen|hinzufuegen|erreichen',
      'add|adde|schreib mich|mir ..2 auf|bei|unter @app ..2 ich_bin|ich_heisse|name|unter',
      'add|adde|schreib|schreibt mich|mir ..2 auf|bei|unter @app',
    ],
    examples: {
      match: ['mein snap ist lea_2011', 'meine nummer ist 0176 1234567', 'du kannst mich auf insta adden', 'mein insta name ist lea.xo'],
      ignore: ['mein handy ist kaputt', 'snap ist doof'],
    },
  },
  {
    id: 'i-am-alone',
    phrases: [
            'ich_bin|bin ..2 allein|alleine',
      'meine|unsere eltern|mama|mutter|papa|vater ..2 sind|ist ..3 weg|arbeiten|nicht_da|nicht_zuhause|unterwegs|verreist|im_urlaub|auf_arbeit|bei_der_arbeit',
      'sturmfrei|sturmfrei*',
    ],
    examples: {
      match: ['ja meine eltern sind arbeiten', 'ich bin allein zuhause', 'hab sturmfrei'],
      ignore: ['meine eltern sind nett', 'bist du allein'],
    },
  },
] satisfies PatternEntry[];
