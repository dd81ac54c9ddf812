import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'ask-age',
    phrases: [
      'hoe oud ben|bent|zijt|zijde|zij|bn|benje|benjij|is|word|wordt [je|jij|ge|gij|you]',
      'hoe oud',
      'hoe|hoeveel jaar ben|bent|zijt je|jij|ge',
      'wat is je|jouw|uw leeftijd',
      'welk|wat|welke [geboorte] jaar|bouwjaar ben|bent|zijt je|jij|ge ..1 geboren',
      'in welk jaar ben|bent je|jij ..1 geboren',
      'age sex location',
      'ben|bent|zijt je|jij|ge ..2 al|nog # [jaar|jr]',
      'ben|bent|zijt je|jij|ge ..2 meerderjarig|minderjarig|volwassen|18|18plus|oud_genoeg',
      '# of|ofzo # [jaar]',
    ],
    unless: ['hond', 'kat', 'paard', 'oma', 'opa', 'huis', 'auto', 'fiets', 'film', 'boek', 'telefoon', 'laptop', 'baby', 'broer*', 'zus*', 'zusje', 'moeder', 'vader'],
    examples: {
      match: ['hoe oud ben je eigenlijk?', 'hoe oud zijde gij?', 'hoe oud ben jij', 'wat is je leeftijd', 'welk jaar ben je geboren', 'ben je al 16', 'asl?'],
      ignore: ['hoe oud is je hond', 'hoe oud is dat huis wel niet', 'mijn oma wordt 80'],
    },
  },
  {
    id: 'alone-parents-away',
    phrases: [
      'ben|bent|zijt|zit je|jij|ge|you ..2 alleen|allenig|allen',
      'ben|bent|zijt|zit je|jij|ge ..2 [nu|vanavond|straks] alleen|allenig ..2 thuis|op_je_kamer|in_je_kamer|in_huis',
      'zijn|is je|jouw|uw @parents ..3 thuis|weg|er|werken|aan_het_werk|op_vakantie|slapen|in_de_buurt',
      'waar zijn|is je|jouw|uw @parents',
      'wanneer|hoe_laat zijn|komen|is|komt je|jouw @parents ..2 thuis|terug|weg',
      'wie ..2 [is|zijn] er ..2 bij|thuis ..1 je|jou',
      'slaap|slaapt je|jij ..2 alleen|op_je_eigen_kamer',
      'heb|hebt je|jij|ge ..2 eigen kamer',
      'kan|kunnen je|jouw @parents ..3 meekijken|meelezen|zien|horen',
    ],
    unless: ['wedstrijd', 'training', 'ophalen', 'eten', 'koelkast', 'vergadering', 'ouderavond', 'rapport', 'spreekuur'],
    examples: {
      match: ['ben je alleen thuis vanavond?', 'ben je alleen op je kamer?', 'zijn je ouders thuis?', 'waar zijn je ouders', 'hoe laat komen je ouders thuis', 'slaap je alleen', 'heb je een eigen kamer'],
      ignore: ['mijn ouders zijn weg', 'we gaan alleen met ons vieren', 'zijn je ouders er ook bij de wedstrijd?'],
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
    unless: ['fiets', 'pakket*', 'bezorg*', 'levering', 'bestelling', 'marktplaats', 'verkoop', 'verkopen', 'ophalen', 'teamlijst', 'lijst', 'formulier', 'inschrijving', 'uitnodiging*', 'kaartje', 'kerstkaart', 'mama', 'papa', 'thuis_zijn'],
    examples: {
      match: ['op welke school zit je?', 'waar woon je?', 'wat is je adres', 'in welke klas zit je', 'waar kom je vandaan', 'welke school zit jij', 'wat is je postcode'],
      ignore: ['waar woon je? dan kom ik de fiets ophalen', 'ik woon in utrecht', 'stuur me even je locatie, mama wil het weten'],
    },
  },
] satisfies PatternEntry[];
