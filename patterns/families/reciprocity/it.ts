import type { PatternEntry } from '../../schema';

const NOT_PICS = 'mare|spiaggia|montagna|tramonto|panorama|piatto|cibo|risposte|risposta|soluzion*|correzion*|compit*|appunti|esercizi*|gita|festa|vacanz*|link|file|numero|mail|email|indirizzo|posizione|soldi|euro|meme|progetto|parte|ricerca|lavoro|presentazione|verifica|password|figurine|carte|account|skin|ricetta|playlist|canzone|canzoni|gioco|partita|tema|temi|riassunt*|versione|traduzione|relazione|disegno|disegni|storia|video_di_tiktok|bereal|be_real|pagella|voti|setup|postazione|punteggio|classifica|biglietto|biglietti|orario';

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
      'ti mando|invio|mostro|faccio_vedere ..3 mia|mie|mio|miei ..2 tu|te ..2 mandi|mandami|fai_vedere|mostri|manda|mostra ..2 tua|tue|tuo|tuoi',
      'io ..1 [ti] mando|invio|mostro|faccio_vedere ..4 tu ..1 [mi] mandi|invii|mostri|fai_vedere|manda|mostra ..2 tua|tue|tuo|tuoi|la_tua|le_tue',
      'tu ..1 mi ..1 mandi|fai_vedere|mostri ..2 @photo|@video|una|uno ..4 e|poi ..1 io ..2 mia|mio|una_mia|la_mia|le_mie', 'ti|te ..1 faccio_vedere|mostro|mando|la_faccio_vedere|lo_faccio_vedere|le_faccio_vedere ..4 se|solo_se|pero|ma|e|poi ..1 tu|poi_tu|anche_tu ..1 mi|me ..1 fai_vedere|mostri|mandi|la_mandi|lo_mandi|la_fai_vedere|lo_fai_vedere|le_mandi|le_fai_vedere'],
    unless: [NOT_PICS, 'vestit*|outfit|look|scarpe|trucco|unghie|capelli|borsa|borse|maglia|maglie|going_to|gonne|costume_per|tesserino|scegliamo|scegliere|decidiamo|decidere|prof|iscrizion*|documento|biglietto|biglietti|squadra|classe'],
    examples: {
      match: ['io ti mando mia foto, tu mandi tua ok? è giusto cosi, io fatto prima', 'io mando la mia, tu mandi la tua', 'facciamo uno scambio, tu mi mandi una foto e io una mia', 'io ti mando la mia se tu mi mandi la tua', 'se mi mandi la tua ti mando la mia', 'ti faccio vedere il mio se mi fai vedere il tuo', 'te la mando solo se mi mandi la tua', 'se mi mandi una foto te la mando anche io', 'ti va di fare una videochiamata solo io e te su discord? ti faccio vedere una cosa se tu mi fai vedere una cosa', 'ti mostro una cosa ma poi tu mi fai vedere la tua'],
      ignore: ['ti mando il file se mi dai la mail', 'se mi mandi il link ti mando le foto', 'ti mando la mia parte e tu fai la tua', 'io mando il link tu mandi la tua parte', 'tu mi mandi una foto del tuo vestito e io ti mando la mia, così scegliamo', 'io ti mando il mio outfit tu mandi il tuo', 'te lo mando se mi ricordo', 'prima tu e poi io', 'ti faccio vedere il mio disegno se tu mi fai vedere il tuo', 'ti mando il link se tu mi mandi la tua parte della ricerca'],
    },
  },
  {
    id: 'trade-pics',
    phrases: [
      'scambi*|scambiamoci|scambiarci|scambiamo ..5 @photo|@video|nudes|selfie|pic|pics|nude',
      'foto|pic|nudes|video ..1 per|in_cambio_di ..1 foto|pic|nudes|video',
      'una|uno ..1 foto|pic|video a testa',
      'a turno ..4 @photo|@video|pic',
      'una|uno @photo|@video|pic io ..2 tu',
    ],
    unless: [NOT_PICS, 'scambio|scambi di ..1 battute|opinioni|idee|messaggi|persona|culturale', 'scambio|scambi ..1 lingua|lingue|linguistico|linguistici|tandem|conversazione|culturale|photocard|pc|carte|figurine', 'annuario|ritratto|di_classe|di_gruppo|tessera|tesserino|documento'],
    examples: {
      match: ['ti va di scambiarci qualche foto?', 'scambiamo foto?', 'facciamo scambio di pic', 'foto per foto'],
      ignore: ['scambiamo le foto della gita', 'scambiamo figurine', 'ci scambiamo i numeri', 'per lo scambio lingua possiamo fare videochiamata su zoom giovedì?'],
    },
  },
  {
    id: 'i-sent-mine-your-turn',
    phrases: [
      'ho [gia|appena] mandato|inviato|fatto_vedere ..3 mia|mie|mio|miei ..5 tocca|turno|tua|tue|anche_tu|ora_tu|adesso_tu|tu_ora|tu_adesso',
      'ti ho [gia] mandato|inviato|fatto_vedere ..3 foto|video|pic|nudes|selfie ..5 tocca|turno|tua|tue|ora_tu|adesso_tu|anche_tu|tu_ora',
      'ti ho [gia] fatto_vedere|mandato|inviato ..4 ora_tu|adesso_tu|tocca_a_te|tuo_turno',
      'ora|adesso|mo tocca a te ..3 mandar*|inviar*|far*_vedere|foto|pic|video|selfie',
      'tocca a te ..2 mandar*|inviar*|farmi_vedere|foto|pic|video|selfie',
      'anche_tu|ora_tu|adesso_tu|tu_ora|tu_adesso|tocca_a_te [ora|adesso] mandamene|mandami_la_tua|mandami_una_tua|fammi_vedere_la_tua|fammi_vedere_il_tuo',
    ],
    unless: [NOT_PICS],
    examples: {
      match: ['ho appena mandato la mia, ora tocca a te 😏', 'dai ti ho gia mandato la mia, ora tocca a te', 'ti ho mandato la foto, adesso tu', 'ora tocca a te mandarmi una foto', 'anche tu mandamene una'],
      ignore: ['ti ho mandato la mia foto del bereal, ora tocca a te', 'tocca a te giocare', 'ti ho mandato il compito', 'ora tocca a te tirare il dado', 'ho mandato la mia parte, ora tocca a te'],
    },
  },
  {
    id: 'then-you-send-yours',
    phrases: [
      'poi|dopo|pero_poi|e_poi ..1 tu ..2 me_ne|me_la|me_lo|mi ..1 mandi|fai_vedere|mostri|invii ..2 una|uno|la|il ..1 tua|tuo',
      'te ..1 l|la|le|lo ..1 ho ..1 mandat*|inviat*|fatt* ..4 tocca_a_te|tuo_turno|ora_tu|adesso_tu|anche_tu|ora_sei_tu|adesso_sei_tu|sei_tu|tu_ora|tu_adesso|ora_te|tocca_te',
    ],
    unless: [NOT_PICS],
    examples: {
      match: ['pero poi tu me ne mandi una tua ok? una per uno', 'te l ho mandata, ora tocca a te 😘', 'io te l ho mandata, ora sei tu'],
      ignore: ['ti ho mandato la foto del mare, ora tocca a te', 'poi tu mi mandi la tua parte della ricerca', 'te l ho mandato il link, ora tocca a te'],
    },
  },
  {
    id: 'i-sent-you-mine',
    phrases: [
      'ti ho ..1 gia|appena ..1 mandato|inviato|fatto_vedere ..2 la_mia|le_mie|una_mia|il_mio ..1 foto|selfie|video|pic',
      'ti ho [gia|appena] mandato|inviato|fatto_vedere la_mia|le_mie|una_mia|il_mio ..1 foto|selfie|video|pic',
      'adesso|ora|mo|dai|dopo|poi|pero_poi|pero ..1 tocca ..1 a ..1 te',
    ],
    weight: 2,
    unless: [NOT_PICS, 'giocare|tirare|dado|carte|mossa|scegliere|pagare|offrire|guidare|lavare|apparecchiare|profilo|tesserino|documento|carta_d_identita|modulo|iscrizione|interrogazione|leggere|parlare|rispondere|domanda|presentare|tocca_a_te_il'],
    examples: {
      match: ['ti ho mandato la mia foto', 'adesso tocca a te'],
      ignore: ['ti ho mandato la mia foto per il tesserino', 'adesso tocca a te tirare il dado', 'ti ho mandato le mie foto della gita'],
    },
  },
  {
    id: 'i-went-first',
    phrases: [
      'io ..1 [ho|l_ho|le_ho|te_l_ho|te_le_ho|te_la] mandato|mandata|mandate|inviato|inviata|mostrato|fatto_vedere ..1 prima|per_primo|per_prima',
      'io fatto|mandato|mandata ..1 prima|per_primo|per_prima',
      'non_e_giusto|non_vale|non_e_corretto ..4 io ..3 mandat*|inviat*|fatto_vedere|mostrat*',
    ],
    weight: 2,
    unless: [NOT_PICS, 'domanda|iscrizion*|modulo|curricul*|candidatur*|mail|messaggio|messaggi|richiesta|invito|inviti|regalo|auguri'],
    examples: {
      match: ['è giusto cosi, io fatto prima', 'io te l ho mandata per prima, dai', 'dai non è giusto, io ti ho mandato la mia'],
      ignore: ['io ho mandato prima la ricerca', 'non è giusto, io ho mandato il mio tema e tu no', 'io ho mandato prima la domanda di iscrizione'],
    },
  },
  {
    id: 'i-show-you-then-you',
    phrases: [
      'vuoi ..1 vedere ..2 una|le|qualche ..1 mia|mie ..1 foto|@photo|@video ..6 tocca_a_te|poi_tu|anche_tu|pero_tu|dopo_tu|in_cambio|ricambiare',
      'ti ..1 mando|mostro|faccio_vedere|invio ..4 devi|dovrai|dovresti|tocca_a_te ..1 ricambiare|contraccambiare|fare_lo_stesso|fare_altrettanto',
    ],
    unless: [NOT_PICS, 'auguri|regalo|regali|invito|cartolina|favore|gentilezza'],
    examples: {
      match: ['ti mostro la mia ma dovrai fare lo stesso', 'vuoi vedere una mia foto? dopo però tocca a te', 'ti mando una cosa, ma poi devi ricambiare'],
      ignore: ['vuoi vedere una mia foto del mare? poi tocca a te', 'ti mando gli auguri, devi ricambiare', 'vuoi vedere le mie foto della gita? poi tocca a te'],
    },
  },
  {
    id: 'i-send-one-you-send-one-r9',
    phrases: [
      'ti ..1 mando|invio|faccio_vedere|mostro|giro ..4 @photo|@video|una|uno|qualcosa|la_mia|il_mio|una_cosa ..5 e|se|poi ..2 tu|anche_tu|pure_tu ..2 me_ne|me_la|me_lo|me_le|mi|fai_vedere|fai|mandi|mostri|a_me',
      'ti ..1 faccio_vedere|mostro|mando ..5 se ..2 anche|pure|poi ..2 tu ..3 fai_vedere|mostri|mandi|a_me',
      'adesso|ora|mo|tocca ..1 tu|a_te ..2 fammi_vedere|mandami|mandamela|fatti_vedere|mostrami|manda',
    ],
    unless: ['compit*|esercizi*|appunti|verifica|risposte|soluzion*|gita|festa|vacanz*|mare|montagna|lago|concerto|partita|matrimonio|meme|gatto|cane|cucciol*|vinted|scontrino|biglietto|prodotto|felpa|scarpe|outfit|link|documento|modulo|certificato|ricett*|disegn*|torta|regalo|libro|carte|carta|figurin*|skin|deck|mazzo|squadra|formazione|voti|pagella|playlist|canzone'],
    examples: {
      match: ['facciamo un gioco, io ti mando una foto e tu me ne mandi una uguale', 'ti faccio vedere una cosa speciale se poi anche tu fai vedere a me', 'adesso tu, fammi vedere'],
      ignore: ['ti mando la foto del lago e tu mi mandi quelle della montagna', 'ti faccio vedere il mio deck se tu mi fai vedere il tuo', 'ora tu mandami le risposte della verifica'],
    },
  },
  {
    id: 'your-turn-dont-be-shy-r10',
    phrases: [
      'adesso|ora|mo|dai|ok ..1 tocca ..1 a ..1 te ..4 timida|timido|vergognarti|vergogna|fifona|fifone|santarellina|difficile',
      'ti ho [gia|appena] mandato|inviato la_mia|le_mie ..4 tocca|tuo_turno|ora_tu|adesso_tu|anche_tu|la_tua|le_tue',
      'io ..1 ti ..1 mando|invio|faccio_vedere ..1 la_mia|le_mie|una_mia ..2 tu ..2 la_tua|le_tue|una_tua',
    ],
    weight: 3,
    unless: [NOT_PICS, 'giocare|gioca|tirare|tira|dado|carte|mossa|domanda|rispondere|rispondi|interrogazione|cantare|canta|ballare|balla|karaoke|parlare|parla|presentare|leggere|leggi|scegli|racconta|dimmi|parte|risposta|posizione|mail|ahah*|lol'],
    examples: {
      match: ['adesso tocca a te, non fare la timida 😘', 'ti ho appena mandato la mia, ora tocca a te', 'facciamo uno scambio: io ti mando la mia e tu la tua', 'io ti mando la mia tu la tua'],
      ignore: ['adesso tocca a te, non fare il timido, canta!', 'adesso tocca a te cantare, non fare la timida', 'ti ho appena mandato la mia parte, ora tocca a te', 'io ti mando la mia ricetta e tu la tua'],
    },
  },
  {
    id: 'one-of-mine-for-one-of-yours-r11',
    phrases: [
      'una|uno|un ..1 mia|mio ..1 per|x|in_cambio_di|contro ..1 una|uno|un ..1 tua|tuo',
      'se ..1 mi ..1 fai_vedere|mostri|mandi ..1 tu ..2 ti|te_la|te_lo ..1 faccio_vedere|mostro|mando ..1 io',
      'una|uno ..1 tua|tuo ..3 uguale|uguali|identica|identico|stessa_cosa|come_la_mia|come_il_mio|come_le_mie',
      'prima ..1 tu ..3 poi|dopo ..1 io ..2 ti ..1 mando|faccio_vedere|mostro|mando_la_mia ..1 la_mia|il_mio|le_mie|una_mia|mia|mie',
      'mi ..1 fai_vedere|mandi|mostri ..2 tue|tua|tuo|tuoi ..2 se ..1 io ..1 ti ..1 faccio_vedere|mando|mostro',
    ],
    weight: 3,
    unless: ['mare|spiaggia|montagna|tramonto|panorama|piatto|cibo|risposte|soluzion*|compit*|appunti|esercizi*|gita|festa|vacanz*|link|file|numero|mail|indirizzo|posizione|soldi|euro|meme|progetto|ricerca|verifica|password|figurin*|carte|carta|account|skin|ricetta|playlist|canzone|gioco|partita|tema|riassunt*|disegn*|felpa|maglia|maglietta|scarpe|borsa|outfit|vestit*|profilo|squadra|tessera|tesserino|divisa|presentazione|turno|interrogazione|braccialetto|collana|anello|penna|quaderno|libro|sticker|adesivi'],
    examples: {
      match: ['prima tu, poi io ti mando la mia', 'mi fai vedere le tue se io ti faccio vedere le mie?', 'una mia x una tua. nessuno lo sa giuro', 'se mi fai vedere tu, ti faccio vedere io. promesso', 'dai ora una tua, uguale. tocca a te', 'uno mio per uno tuo'],
      ignore: ['prima tu poi io con la mia presentazione', 'dai ora una tua, uguale alla mia, di foto profilo per la squadra', 'una mia figurina per una tua', 'una mia felpa per una tua? facciamo cambio', 'se mi fai vedere tu il disegno ti faccio vedere io il mio', 'comprati una tua uguale alla mia felpa'],
    },
  },
  {
    id: 'i-showed-you-its-fair-r14',
    phrases: [
      'io ..1 ti ..1 ho ..1 fatto_vedere|mostrato|mandato|inviato|fatto_vedere_tutto ..4 tocca_a_te|ora_tu|adesso_tu|e_giusto|giusto_cosi|e_giusto_cosi|ricambia|pure_tu|anche_tu|e_il_tuo_turno|ora_tocca',
      'una|uno ..1 come ..1 la_mia|il_mio|quella_mia|quello_mio ..2 dai|pls|please|ora|adesso|pure_tu|anche_tu|tocca_a_te',
    ],
    unless: ['torta|disegno|maglia|felpa|scarpe|compit*|tema|ricetta|skin|build|casa|macchina|bici|esercizi*|appunti|riassunto|link|canzone|playlist|video_di_youtube|meme|tiktok|ahah*|lol|haha*'],
    examples: {
      match: ['una come la mia dai, io ti ho fatto vedere io, è giusto così', 'io ti ho mandato la mia, ora tocca a te', 'io ti ho fatto vedere tutto, e il tuo turno'],
      ignore: ['io ti ho mandato i compiti, ora tocca a te fare il riassunto', 'fai una torta come la mia dai', 'io ti ho mandato il meme, ora tu ahah'],
    },
  },
  {
    id: 'i-send-mine-first-r15',
    phrases: [
      'io ..1 ti|te_la|te_le|te_lo ..1 mando|giro|faccio_vedere|mostro|invio ..2 la_mia|le_mie|il_mio|i_miei ..1 prima|per_primo|per_prima',
      'io ..1 ti ..1 mando|giro|faccio_vedere|mostro|invio ..1 una|uno|un ..2 mia|mio ..1 prima|per_primo|per_prima',
      'te_la|te_le|te_lo ..1 mando|giro|faccio_vedere|mostro ..1 prima ..1 io ..3 poi|e_poi|dopo ..1 tu|tocca_a_te',
      'prima ..1 io ..1 e|poi ..1 poi|dopo ..1 tu ..3 @photo|foto|una|la_tua|le_tue|vedere|cam',
    ],
    unless: ['compit*|esercizi*|versione|ricetta|lista|playlist|tema|appunti|link|gita|riassunto|soluzion*|risultat*|verifica|curriculum|cv|mail|email|messaggio_vocale|audio'],
    examples: {
      match: ['dai io ti mando la mia prima', 'te la mando prima io e poi tu', 'prima io e poi tu una foto, ok?', 'va bene, io ti mando un mio video prima', 'ok io ti giro una foto mia per primo'],
      ignore: ['io ti mando la mia versione prima, poi tu correggi', 'te la mando prima io la ricetta poi tu'],
    },
  },
  {
    id: 'i-already-sent-mine-your-turn-r16',
    phrases: [
      'io ..1 ho|l_ho|te_l_ho ..1 gia ..1 mandato|mandata|inviato|inviata|fatto|fatta ..1 la_mia|le_mie|il_mio|i_miei|una_mia',
      'anche_tu ..3 io ..1 l_ho_fatto|l_ho_gia_fatto|l_ho_fatta|l_ho_gia_fatta|te_l_ho_mandata|te_l_ho_gia_mandata|ho_gia_mandato|ti_ho_gia_mandato|mi_sono_gia_spogliat*|mi_sono_spogliat*',
    ],
    unless: ['compit*|esercizi|appunti|modulo|iscrizione|slide|ricerca|tema|riassunto|curriculum|cv|candidatura|domanda|regalo|soldi|quota|bonifico'],
    examples: {
      match: ['adesso una piu sexy, io ho gia mandato la mia senza maglietta 😏', 'spogliati anche tu dai, io l ho fatto', 'mandala anche tu, io te l ho gia mandata'],
      ignore: ['io ho gia mandato la mia parte di slide, tu?', 'fai anche tu l iscrizione, io l ho gia fatta'],
    },
  },
  {
    id: 'now-show-me-yours-its-fair-r17',
    phrases: [
      'fammi_vedere|fammela_vedere|fammelo_vedere|mostrami|fammi_vede ..1 la_tua|il_tuo|la_tua_foto|tu ..3 e_giusto|giusto_cosi|e_giusto_cosi|tocca_a_te|e_il_tuo_turno|siamo_pari|io_l_ho_fatto|io_te_l_ho_fatta_vedere',
    ],
    unless: [NOT_PICS, 'pagella|voto|voti|quaderno|libro|tavola|skate|bici|stanza_nuova|taglio|capelli|unghie|tatuaggio'],
    examples: {
      match: ['ora fammi vedere la tua, è giusto così', 'dai mostrami la tua, tocca a te', 'fammela vedere anche tu, siamo pari'],
      ignore: ['fammi vedere il tuo disegno, tocca a te', 'fammi vedere la tua pagella, è giusto così'],
    },
  },
  {
    id: 'broken-i-show-you-show-r17',
    phrases: [
      'io ..1 mostro|mando|gia_mandato|fatto_vedere|mostrato ..3 tu ..1 mostri|mandi|mostra|manda|fai_vedere ..1 me|a_me|mio|mia|tuo|tua|foto',
      'mandato|mandata|mostrato ..3 mio|mia|la_mia|il_mio ..1 foto|pic|video ..3 adesso|ora|mo ..1 tuo_turno|tocca_a_te|tua_volta|tu',
    ],
    unless: [NOT_PICS, 'documento|tessera|iscrizione|abbonamento|passaporto|modulo|carta_d_identita|badge'],
    examples: {
      match: ['vieni snapchat, io mostro te io, tu mostri me', 'io gia mandato mio foto, adesso tuo turno'],
      ignore: ['ho mandato la mia foto per la tessera, ora tocca a te', 'io mando il link, tu mandi la tua parte'],
    },
  },
  {
    id: 'if-you-send-it-ill-send-one-r18',
    phrases: [
      'se ..1 me_la|me_le|me_lo|me_ne|mi ..1 mandi|invii|fai_vedere|mostri ..4 te_ne|te_la|te_le|ti ..1 mando|invio|faccio_vedere|mostro ..2 una|un|io|anch_io|la_mia|le_mie',
    ],
    unless: ['pc|photocard|carte|carta|figurin*|ricett*|meme|sticker|compit*|esercizi|appunti|link|indirizzo|pacco|ricevuta|codice|canzone|playlist|video_del|foto_del|foto_della|foto_delle'],
    examples: {
      match: ['se me la mandi te ne mando una io', 'se mi fai vedere ti faccio vedere anch io'],
      ignore: ['se me la mandi te ne mando una io, la ricetta del tiramisù', 'se mi mandi la foto della pc ti mando la mia'],
    },
  },
  {
    id: 'i-showed-you-mine-now-you-r19',
    phrases: [
      'fatta|fatte|fatto|fatti ..1 vedere ..2 la|le|il|i ..1 mia|mie|mio|miei ..4 fai_tu|tocca_a_te|tocca_te|tocca|tua|tue|tu_ora|ora_tu|adesso_tu',
      'adesso|ora|dai|tocca_a_te ..1 @send|fammi_vedere|mostrami ..1 le|la|i|il ..1 tue|tua|tuoi|tuo',
    ],
    unless: [NOT_PICS, 'pagella|voti|voto|macchina|moto|bici|casa|stanza|camera|vestiti|scarpe|viaggio|mare|montagna|coordinate|idee|proposte|slide|note|storie|album|collezione|pokemon|carte|squadra|formazione|deck|build|setup'],
    examples: {
      match: ['io te l ho fatta vedere la mia, ora fai tu. e giusto cosi', 'adesso mandami le tue', 'ti ho fatto vedere la mia, tocca a te'],
      ignore: ['ti ho fatto vedere la mia pagella, ora fai tu', 'adesso mandami le tue risposte di mate', 'ora mandami le tue foto della gita'],
    },
  },
  {
    id: 'strip-game-your-turn-r22',
    phrases: [
      'ho ..1 gia ..1 tolto|levato|tolta ..4 tocca|ora|adesso ..1 a_te|tu|te',
      'togli|togliti|levati|levi ..2 un|qualcosa|vestito|vestiti|maglia|maglietta|felpa|calze ..4 io_pure|anche_io|io_anche|poi_io|e_io',
    ],
    unless: ['valigia|armadio|lavatrice|stendino|zaino|cassetto|caldo_in_palestra|cappotto_all_ingresso'],
    examples: {
      match: ['dai ho gia tolto la felpa, tocca a te 😏', 'ogni volta che perdi togli un vestito, io pure', 'togliti la maglia, anche io'],
      ignore: ['togli un vestito dalla valigia che non chiude, io pure'],
    },
  },
  {
    id: 'i-went-first-now-yours-r25',
    phrases: [
      'ho ..1 fatto|mandato|mandata|mandate ..1 io ..1 per_primo|per_prima|prima ..4 ora|adesso|tocca ..2 la_tua|tu|a_te|tue',
      'ti ho ..1 mandato|mandata|inviato|inviata ..3 foto|pic|selfie|video ..1 mia|mio ..4 ricambia|ricambiami|tocca_a_te|ora_tu|adesso_tu|ora_la_tua|adesso_la_tua',
    ],
    unless: [NOT_PICS, 'gita|festa|vacanza|mare|pagella|risultato|voto|test|quiz|outfit|vestito|look|nuovo_taglio|capelli'],
    examples: {
      match: ['ho fatto io per primo, ora la tua', 'ti ho mandato una foto mia, ricambia dai'],
      ignore: ['ti ho mandato una foto mia della gita, ora la tua', 'ho mandato io per primo il compito, ora tu'],
    },
  },
  {
    id: 'showed-you-now-you-show-r25',
    phrases: [
      'ti ho ..1 fatto_vedere|mostrato ..4 ora|adesso|tocca ..2 fammi_vedere|fammelo_vedere|mostrami|tu|a_te|la_tua',
      'foto|pic|selfie ..1 tua|tuo ..1 per|in_cambio_di ..1 una|un ..1 mia|mio',
      'mandami ..3 tua|tuo ..3 e ..1 ti ..1 mando|faccio_vedere|giro ..1 la_mia|il_mio|una_mia|un_mio',
    ],
    unless: ['una ..1 mia|mio ..1 del|della|dei|delle|dal|dalla|di', 'camera|stanza|setup|postazione|casa|cameretta|concerto', NOT_PICS, 'gatto|cane|cucciolo|vestito|outfit|look|torta|piatto|unghie|capelli|taglio|trucco|makeup|tatuaggio'],
    examples: {
      match: ['io ti ho fatto vedere, ora fammi vedere tu', 'ricambia il favore, una foto tua per una mia', 'tranquillo bro sono una ragazza vera, mandami una foto tua e ti mando la mia'],
      ignore: ["una foto tua per una mia del concerto?", 'ti ho fatto vedere il mio disegno, ora fammi vedere il tuo', 'mandami la foto tua del vestito e ti mando la mia'],
    },
  },
  {
    id: 'i-will-send-mine-after-r30',
    phrases: [
      'io ..1 poi|dopo|pure|anche|subito ..1 ti|te ..1 mando|mandero|faccio_vedere|faro_vedere|la_mando|le_mando ..1 la_mia|le_mie|il_mio|una_mia|uno_mio',
      'una|uno ..1 uguale|identica|identico|come ..1 alla_mia|al_mio|la_mia|il_mio ..4 senza|nuda|nudo|@naked',
    ],
    weight: 2,
    unless: [NOT_PICS, 'versione|ricetta|canzone|playlist|disegno|tema|relazione|maglia|felpa|scarpe|zaino|cover|custodia'],
    examples: {
      match: ['senza maglietta dai, io poi ti mando la mia', 'una uguale alla mia, senza niente sopra'],
      ignore: ['mandami la tua versione, io poi ti mando la mia', 'prendi una felpa uguale alla mia, senza cappuccio'],
    },
  },
  {
    id: 'i-sent-it-now-send-yours-r35',
    phrases: [
      'te|ti ..2 ho ..1 mandat*|inviat*|fatto_vedere|fatta_vedere|fatte_vedere|fatti_vedere|mostrat*|girat* ..6 mandami|mandamela|mandamene|fammi_vedere|fammela_vedere|mostrami|inviami|girami ..1 la_tua|le_tue|il_tuo|i_tuoi|una_tua|un_tuo|tua|tue',
      'te|ti ..2 ho ..1 mandat*|inviat*|fatto_vedere|fatta_vedere|mostrat* ..6 e_giusto_cosi|giusto_cosi|siamo_pari|cosi_siamo_pari|mi_sembra_giusto|e_giusto|ora_ricambia|ricambia|ricambiare',
    ],
    unless: ['compit*|esercizi*|appunti|versione|ricetta|tema|riassunto|link|indirizzo|numero|mail|email|posizione|orario|playlist|canzon*|lista|file|pdf|documento|soluzion*|risultat*|verifica|codice|iban|curriculum|cv|gita|vocale|audio|messaggio|invito|invit*|regalo|soldi|euro|meme|sticker|video_della|foto_della|foto_del|foto_dei|foto_delle'],
    examples: {
      match: ['te l ho mandata, ora mandami la tua', 'ti ho mandato il mio selfie dai fammi vedere il tuo', 'io te le ho fatte vedere, adesso girami le tue', 'ti ho mostrato tutto io, mi sembra giusto no'],
      ignore: ['ti ho mandato il mio compito, mandami il tuo', 'te l ho mandata la posizione, mandami la tua', 'ti ho mandato la foto della gita, girami le tue'],
    },
  },
] satisfies PatternEntry[];
