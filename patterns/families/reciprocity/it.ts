import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-show-if-you-show',
    phrases: [
      'se|solo_se [tu] mi mandi|invii|fai_vedere|mostri ..4 ti mando|invio|mostro|faccio_vedere|giro',
      'se|solo_se [tu] mi mandi|invii|fai_vedere|mostri ..4 te la|le|lo|li mando|faccio_vedere|giro',
      'ti mando|invio|mostro|faccio_vedere ..3 mia|mie|mio|miei ..3 se|solo_se|e|ma|poi ..3 tu|mi|tua|tue|tuo|tuoi',
      'te la|le|lo|li mando|faccio_vedere ..3 se|solo_se ..3 tu|mi|tua|tue|tuo',
      'io ti faccio|mostro|mando ..4 e|se tu ..3 mi|fai|mandi|tua|tuo|tue',
      'una|uno per|a uno|una|testa ..1 io ..1 e|poi tu',
      'prima tu e|poi poi io',
      'prima io ..1 e|poi poi tu',
    ],
    examples: {
      match: ['io ti mando la mia se tu mi mandi la tua', 'se mi mandi la tua ti mando la mia', 'ti faccio vedere il mio se mi fai vedere il tuo', 'te la mando solo se mi mandi la tua', 'prima tu e poi io'],
      ignore: ['ti mando il file se mi dai la mail', 'prima io poi mangio', 'se mi mandi il link ti aggiungo'],
    },
  },
  {
    id: 'trade-pics',
    phrases: [
      'scambi*|scambiamoci|scambiarci|scambiamo ..3 @photo|@video|nudes|selfie|pic*|nude',
      'foto|pic|nudes|video ..1 per|in_cambio_di ..1 foto|pic|nudes|video',
      'una|uno ..1 foto|pic|video a testa',
    ],
    unless: ['gita|vacanza|vacanze|festa|concerto|viaggio|compleanno|figurine|carte|account|skin'],
    examples: {
      match: ['ti va di scambiarci qualche foto?', 'scambiamo foto?', 'facciamo scambio di pic', 'foto per foto'],
      ignore: ['scambiamo le foto della gita', 'scambiamo figurine', 'ci scambiamo i numeri'],
    },
  },
  {
    id: 'i-sent-mine-your-turn',
    phrases: [
      'ho [gia] mandato|inviato|fatto_vedere ..3 mia|mie|mio|miei ..5 tocca|turno|tua|tue|tuo|tu|anche_tu|ora_tu|adesso_tu',
      'ti ho [gia] mandato|inviato|fatto_vedere ..3 foto|video|pic|nudes ..5 tocca|turno|tua|tue|ora_tu|adesso_tu|anche_tu',
      'ora|adesso|mo tocca a te ..3 mandar*|inviar*|far*_vedere|foto|pic|video',
      'tocca a te ..2 mandar*|inviar*|farmi_vedere|foto|pic|video',
      'anche tu|ora_tu|adesso_tu mandamene|mandami_la_tua|mandami_una_tua|fammi_vedere_la_tua|fammi_vedere_il_tuo',
    ],
    examples: {
      match: ['dai ti ho gia mandato la mia, ora tocca a te', 'ti ho mandato la foto, adesso tu', 'ora tocca a te mandarmi una foto', 'anche tu mandamene una'],
      ignore: ['tocca a te giocare', 'ti ho mandato il compito', 'ora tocca a te tirare il dado'],
    },
  },
] satisfies PatternEntry[];
