import type { PatternEntry } from '../../schema';

const NOT_PICS = 'mare|spiaggia|montagna|tramonto|panorama|piatto|cibo|risposte|risposta|soluzion*|correzion*|compit*|appunti|esercizi*|gita|festa|vacanz*|link|file|numero|mail|email|indirizzo|posizione|soldi|euro|meme|progetto|parte|ricerca|lavoro|presentazione|verifica|password|figurine|carte|account|skin|ricetta|playlist|canzone|canzoni|gioco|partita|tema|temi|riassunt*|versione|traduzione|relazione|disegno|disegni|storia|video_di_tiktok';

export default [
  {
    id: 'i-show-if-you-show',
    phrases: [
      'se|solo_se [tu] mi mandi|invii|fai_vedere|mostri ..3 tua|tue|tuo|tuoi|@photo|@video|nudes ..3 ti|te_la|te_le|te_lo|te_li|io_ti mando|invio|mostro|faccio_vedere|giro',
      'ti mando|invio|mostro|faccio_vedere ..3 mia|mie|mio|miei|@photo|@video ..3 se|solo_se|e|ma|poi ..4 tua|tue|tuo|tuoi',
      'te la|le|lo|li mando|faccio_vedere ..3 se|solo_se ..4 tua|tue|tuo|tuoi',
      'te la|le|lo|li mando|faccio_vedere|mostro ..3 se|solo_se [tu] me_la|me_le|me_lo|me_li|me_ne mandi|fai_vedere|mostri',
      'io ti faccio|mostro|mando ..4 e|se tu ..3 tua|tuo|tue|tuoi',
      'mia|mie|mio ..4 mandami|mandamene|fammi_vedere|inviami ..1 tua|tue|tuo|una_tua|le_tue|la_tua',
      'se [tu] me_la|me_le|me_lo|me_li|me_ne mandi|fai_vedere|mostri ..3 te_la|te_le|te_lo|te_li|ti|io ..1 mando|faccio_vedere|mostro',
      'io ti faccio|mostro|mando ..4 e|se tu [mi] fai_vedere|mostri|mandi ..2 tua|tuo|tue|tuoi',
    ],
    unless: [NOT_PICS],
    examples: {
      match: ['io ti mando la mia se tu mi mandi la tua', 'se mi mandi la tua ti mando la mia', 'ti faccio vedere il mio se mi fai vedere il tuo', 'te la mando solo se mi mandi la tua', 'se mi mandi una foto te la mando anche io'],
      ignore: ['ti mando il file se mi dai la mail', 'se mi mandi il link ti mando le foto', 'ti mando la mia parte e tu fai la tua', 'te lo mando se mi ricordo', 'prima tu e poi io'],
    },
  },
  {
    id: 'trade-pics',
    phrases: [
      'scambi*|scambiamoci|scambiarci|scambiamo ..3 @photo|@video|nudes|selfie|pic|pics|nude',
      'foto|pic|nudes|video ..1 per|in_cambio_di ..1 foto|pic|nudes|video',
      'una|uno ..1 foto|pic|video a testa',
      'a turno ..4 @photo|@video|pic',
      'una|uno @photo|@video|pic io ..2 tu',
    ],
    unless: [NOT_PICS, 'scambio|scambi di ..1 battute|opinioni|idee|messaggi|persona|culturale'],
    examples: {
      match: ['ti va di scambiarci qualche foto?', 'scambiamo foto?', 'facciamo scambio di pic', 'foto per foto'],
      ignore: ['scambiamo le foto della gita', 'scambiamo figurine', 'ci scambiamo i numeri'],
    },
  },
  {
    id: 'i-sent-mine-your-turn',
    phrases: [
      'ho [gia] mandato|inviato|fatto_vedere ..3 mia|mie|mio|miei ..5 tocca|turno|tua|tue|anche_tu|ora_tu|adesso_tu|tu_ora|tu_adesso',
      'ti ho [gia] mandato|inviato|fatto_vedere ..3 foto|video|pic|nudes|selfie ..5 tocca|turno|tua|tue|ora_tu|adesso_tu|anche_tu|tu_ora',
      'ti ho [gia] fatto_vedere|mandato|inviato ..4 ora_tu|adesso_tu|tocca_a_te|tuo_turno',
      'ora|adesso|mo tocca a te ..3 mandar*|inviar*|far*_vedere|foto|pic|video|selfie',
      'tocca a te ..2 mandar*|inviar*|farmi_vedere|foto|pic|video|selfie',
      'anche_tu|ora_tu|adesso_tu|tu_ora|tu_adesso|tocca_a_te [ora|adesso] mandamene|mandami_la_tua|mandami_una_tua|fammi_vedere_la_tua|fammi_vedere_il_tuo',
    ],
    unless: [NOT_PICS],
    examples: {
      match: ['dai ti ho gia mandato la mia, ora tocca a te', 'ti ho mandato la foto, adesso tu', 'ora tocca a te mandarmi una foto', 'anche tu mandamene una'],
      ignore: ['tocca a te giocare', 'ti ho mandato il compito', 'ora tocca a te tirare il dado', 'ho mandato la mia parte, ora tocca a te'],
    },
  },
  {
    id: 'then-you-send-yours',
    phrases: [
      'poi|dopo|pero_poi|e_poi ..1 tu ..2 me_ne|me_la|me_lo|mi ..1 mandi|fai_vedere|mostri|invii ..2 una|uno|la|il ..1 tua|tuo',
      'te ..1 l|la|le|lo ..1 ho ..1 mandat*|inviat*|fatt* ..4 tocca_a_te|tuo_turno|ora_tu|adesso_tu|anche_tu',
    ],
    unless: [NOT_PICS],
    examples: {
      match: ['pero poi tu me ne mandi una tua ok? una per uno', 'te l ho mandata, ora tocca a te 😘'],
      ignore: ['ti ho mandato la foto del mare, ora tocca a te', 'poi tu mi mandi la tua parte della ricerca', 'te l ho mandato il link, ora tocca a te'],
    },
  },
  {
    id: 'i-sent-you-mine',
    phrases: [
      'ti ho ..1 gia|appena ..1 mandato|inviato|fatto_vedere ..2 la_mia|le_mie|una_mia|il_mio ..1 foto|selfie|video|pic',
      'ti ho [gia|appena] mandato|inviato|fatto_vedere la_mia|le_mie|una_mia|il_mio ..1 foto|selfie|video|pic',
      'adesso|ora|mo|dai ..1 tocca ..1 a ..1 te',
    ],
    weight: 2,
    unless: [NOT_PICS, 'giocare|tirare|dado|carte|mossa|scegliere|pagare|offrire|guidare|lavare|apparecchiare|profilo|tesserino|documento|carta_d_identita|modulo|iscrizione|interrogazione|leggere|parlare|rispondere|domanda|presentare|tocca_a_te_il'],
    examples: {
      match: ['ti ho mandato la mia foto', 'adesso tocca a te'],
      ignore: ['ti ho mandato la mia foto per il tesserino', 'adesso tocca a te tirare il dado', 'ti ho mandato le mie foto della gita'],
    },
  },
] satisfies PatternEntry[];
