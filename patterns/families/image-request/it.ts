import type { PatternEntry } from '../../schema';

const SCHOOL = 'compit*|esercizi*|appunti|pagina|pagine|libro|quaderno|lavagna|scheda|schede|verifica|orario|ricetta|scontrino|documento|bici|prodotto|oggetto|modulo';

export default [
  {
    id: 'photo-of-you',
    phrases: [
      '@send|voglio|vorrei [mi|me] ..3 @photo|@video tua|tue|tuo|tuoi|di_te|dove_sei_tu|a_figura_intera|intera|allo_specchio',
      '@send|voglio|vorrei [mi|me] ..2 tua|tue|tuo ..1 @photo|@video',
      'mi mandi|invii|fai_vedere|mandaresti|manderesti ..3 @photo|@video tua|tue|tuo|di_te|allo_specchio',
      'mi mandi|invii ..2 tua|tue ..1 @photo|@video',
      '@photo|@video ..2 del|della tuo|tua corpo|fisico|pancia|gambe|piedi|sedere|petto|addominali|seno|culo|viso|faccia',
      'fammi|fatti|fammela|famme vedere|vede ..3 corpo|fisico|tette|seno|culo|sedere|pancia|addominali|gambe|piedi|intimo|mutand*|reggiseno|sotto|nuda|nudo|come_sei|com_sei|quanto_sei',
      'voglio|vorrei|fammi vederti|guardarti ..3 nuda|nudo|senza|in_intimo|mentre|spogliata|spogliato',
    ],
    unless: [`del|della|dei|delle|di ..2 ${SCHOOL}`],
    examples: {
      match: ['mandami una foto tua', 'mandami una tua foto', 'mi mandi un selfie allo specchio?', 'fammi vedere il tuo fisico', 'voglio vederti nuda', 'inviami un video tuo', 'mandami una foto del tuo corpo', 'fammi vedere come sei'],
      ignore: ['mandami la foto dei compiti', 'fammi vedere il meme', 'ti ho visto ieri', 'la tua foto profilo è carina'],
    },
  },
  {
    id: 'send-a-pic-generic',
    phrases: [
      '@send [mi|me] ..2 @photo|@video|selfie|selfi',
      'mi mandi|invii|passi|giri ..2 @photo|@video|selfie',
      'mandane|mandamene|fammene|fanne ..1 altr*|ancora|un_altra|un_altro|una|uno|#',
      'ne voglio|vorrei|mandi ..1 altr*|ancora|un_altra|un_altro',
    ],
    weight: 1,
    unless: [
      `${SCHOOL}`,
      '@photo|@video del|della|dei|delle|degli|dello|dell|di_ieri|di_gruppo|di_classe|dal|dalla',
      'gita|vacanza|vacanze|festa|concerto|partita|viaggio|compleanno|matrimonio|meme|gatto|cane|link|screen|posizione',
    ],
    examples: {
      match: ['mandami una foto', 'mi mandi un selfie?', 'inviami una pic', 'mandane altre 3', 'ne voglio un altra', 'mandami un video'],
      ignore: ['mandami le foto della gita', 'mandatemi una foto dei compiti', 'mandami il link', 'mandami la foto del gatto', 'mandami lo screen'],
    },
  },
  {
    id: 'nude-or-sexy-pics',
    phrases: [
      '@send|voglio|vorrei|fammi|fai|fatti|mi_mandi|mi_fai ..3 @photo|@video ..3 @naked',
      '@photo|@video|selfie [in|senza|da|col|con|tutta|tutto] ..1 nud*|svestit*|spogliat*|in_intimo|intimo|biancheria|mutande|reggiseno|perizoma|lingerie|topless|hot|piccant*|osee|ose|senza_vestiti|senza_niente',
      '@send|voglio|vorrei [mi|me] ..2 nudes|nudi|nude|nud*',
      'nudes|nude per|x me',
      'un altra|un_altro|altre|altri|ancora ..2 @photo|@video ..2 senza|nud*|in_intimo|hot',
      'un altra|un_altro|altre|altri ..2 ma senza|ma_nud*|ma_in_intimo',
    ],
    examples: {
      match: ['mandami una foto nuda', 'una foto in intimo', 'voglio un video hot', 'mandami nudes', 'mandami una foto senza vestiti', 'fai un video in mutande', 'ne voglio un altra ma senza vestiti'],
      ignore: ['ho visto un video sul nudo nell arte', 'il costume è nuovo', 'foto del mare'],
    },
  },
  {
    id: 'turn-on-cam',
    phrases: [
      'accendi|apri|attiva|metti|accenderesti|riaccendi [la|le|il] [tua] @cam|telecamera|video|webcam',
      'vederti|guardarti|vedere_te ..2 in|su|dalla|alla|nella @cam',
      'fatti|fammi vedere|vederti in|su|alla|nella @cam',
      'in|su @cam ..2 fammi|fatti vedere|spogliati|togliti',
    ],
    unless: ['appunti|compiti|lavagna|esercizi|libro|slide|presentazione|lezione|prof|professore|professoressa|lavoro|riunione'],
    examples: {
      match: ['accendi la cam dai', 'attiva la webcam', 'voglio vederti in cam', 'fatti vedere in cam', 'apri la telecamera'],
      ignore: ['accendi la cam che ti faccio vedere gli appunti', 'accendi la luce', 'la prof ha detto di accendere la cam per la lezione'],
    },
  },
] satisfies PatternEntry[];
