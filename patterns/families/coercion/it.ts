import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'hai|avete|ti_do|ti_restano|hai_solo|hai_tempo ..2 #|un|una|mezz ..1 minut*|min|ora|ore|h|secondi|sec|giorn*',
      'entro ..1 stanotte|mezzanotte|#_ore|#_h|#_minuti|#_min|#_minuto|un_ora|mezz_ora|#_secondi',
      'tempo ..1 fino ..1 a|alle stasera|mezzanotte|domani|le_#|#',
      'il tempo ..1 sta_per|scorre|stringe|e_scaduto|scade|finisce|sta_scorrendo|sta_finendo|sta_scadendo|sta_per_scadere',
      'tic tac|tac',
      'ticktock|tictac|countdown|conto_alla_rovescia',
    ],
    unless: ['compit*|consegn*|verifica|ricerca|iscrizion*|modulo|autorizzazione|prof|professor*|lezione|pizza|treno|bus|autobus|partiamo|parte|cena|ristorante|negozio|chiude|apre'],
    examples: {
      match: ['hai 1 ora', 'hai 10 min', 'entro 24 ore', 'entro mezzanotte', 'hai un ora di tempo', 'il tempo scorre', 'tic tac'],
      ignore: ['hai 5 minuti o partiamo senza di te', 'consegnate la ricerca entro stasera', 'ho 2 ore di matematica'],
    },
  },
  {
    id: 'ultimatum',
    phrases: [
      'ultima|ultimo possibilita|chance|occasione|avviso|avvertimento',
      'fai|fate ..1 quello|cio|come ..1 che_ti_dico|ti_dico|dico_io|ti_ho_detto|dico',
      'obbedisci|obbediscimi|ubbidisci|ubbidiscimi',
      'non hai ..1 scelta|altra_scelta|alternative|via_di_uscita',
      'non|nn fare|fa ..1 la|il ..1 timid*|difficil*|santarellin*|bambin*|prezios*|furb*|santa|finta_tonta',
      'se [tu] mi blocchi|ignori|segnali|denunci',
      'se [tu] sparisci|blocchi|mi_blocchi',
      'non ..1 provare|pensare|azzardarti ..1 a|di ..1 bloccarmi|bloccarmi|ignorarmi|sparire|denunciarmi|segnalarmi|dirlo',
      'ti conviene ..2 pagare|obbedire|fare_quello|rispondere|ascoltarmi|collaborare|mandare',
      'o lo_fai|paghi|mi_mandi|obbedisci|fai_cosi|lo_mandi ..2 o|oppure',
      'adesso|ora|subito ..1 o|oppure ..1 mai|sei_finita|sei_finito|peggio_per_te',
      'non sto scherzando|scherzo|giocando',
      'se mi ami|vuoi_bene|tieni_a_me|ci_tieni ..4 mandi|fai|fallo|lo_fai|mandamela|mandamele|dimostra*|me_la',
      'dimostrami|dimostra ..2 che mi ami|mi_vuoi_bene|ci_tieni|tieni_a_me|sei_matura|sei_grande',
      'fallo|falla|fallo_solo per me',
      'se [mi] denunci|segnali|vai_alla_polizia|chiami_la_polizia ..3 peggio|finita|finito|pubblico|mando|guai',
      'o|oppure|altrimenti ..1 sei_finita|sei_finito|peggio_per_te|e_peggio_per_te|te_ne_pentirai|sono_guai',
      'non|nn bloccarmi|ignorarmi|sparire|denunciarmi|segnalarmi',
      'non|nn ..1 provi|provare|pensi|pensare|azzardarti|azzardi|osare|osi ..2 a|di ..1 contattare|chiamare|avvisare|denunciar*|rivolgerti|rivolgersi|parlarne|dirlo ..2 polizia|carabinieri|postale|nessuno|genitori|tuoi',
      'sto aspettando|aspetto ..1 ancora|la_foto|il_video|i_soldi|tua_risposta',
    ],
    unless: ['bus|autobus|treno|partiamo|parte|film|gioco|partita|giochiamo|pizza|cena|ristorante'],
    examples: {
      match: ['ultima possibilita', 'allora fai quello che ti dico', 'dai non fare la timida', 'nn fare la furba', 'se mi blocchi', 'non provare a bloccarmi', 'ti conviene pagare', 'non sto scherzando', 'Non provi a contattare la polizia. Il tempo sta scorrendo.'],
      ignore: ['ultima possibilità, il bus parte', 'fai quello che vuoi', 'non fare tardi'],
    },
  },
] satisfies PatternEntry[];
