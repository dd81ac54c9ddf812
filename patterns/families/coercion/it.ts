import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'hai|avete|ti_do|ti_restano|hai_solo|hai_tempo ..2 #|un|una|mezz ..1 minut*|min|ora|ore|h|secondi|sec|giorn*',
      'entro ..1 stasera|stanotte|mezzanotte|#_ore|#_h|#_minuti|#_min|#_minuto|un_ora|mezz_ora|#_secondi',
      'tempo ..1 fino ..1 a|alle|al stasera|mezzanotte|domani|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|weekend|fine_settimana|le_#|#',
      'il tempo ..1 sta_per|scorre|stringe|e_scaduto|scade|finisce|sta_scorrendo|sta_finendo|sta_scadendo|sta_per_scadere',
      'tic tac|tac',
      'ticktock|tictac|countdown|conto_alla_rovescia',
    ],
    unless: ['a_casa_entro|non_esci|in_punizione|coprifuoco|ti_tolgo_il_telefono', 'compit*|consegn*|verifica|ricerca|iscrizion*|modulo|autorizzazione|prof|professor*|lezione|pizza|treno|bus|autobus|partiamo|si_parte|parte_alle|parte_tra|il_treno_parte|cena|ristorante|negozio|chiude|apre', 'disdett*|appuntamento|conferm*|presenz*|prenotazion*|rinnov*|abbonamento|convocat*|allenamento|quota|quote|fantacalcio|dal_gruppo|dalla_chat'],
    examples: {
      match: ['hai 1 ora', 'hai 10 min', 'entro 24 ore', 'entro mezzanotte', 'hai un ora di tempo', 'il tempo scorre', 'tic tac', 'hai tempo fino a lunedì', 'hai tempo fino a venerdi, poi vedi'],
      ignore: ['hai 5 minuti o partiamo senza di te', 'consegnate la ricerca entro stasera', 'ho 2 ore di matematica', 'per la verifica hai tempo fino a lunedì'],
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
      'o|oppure|altrimenti ..1 sei_finita|sei_finito|peggio_per_te|e_peggio_per_te|te_ne_pentirai|sono_guai|sn_guai|sono_cazzi_tuoi|sn_cazzi_tuoi|sono_affari_tuoi|sn_affari_tuoi|sono_problemi_tuoi',
      'o|oppure|altrimenti|senno ..3 tua|la_tua vita ..1 e|sara|diventa|diventera ..1 finita|rovinata|un_inferno|distrutta',
      'non|nn bloccarmi|ignorarmi|sparire|denunciarmi|segnalarmi',
      'non|nn ..1 provi|provare|pensi|pensare|azzardarti|azzardi|osare|osi ..2 a|di ..1 contattare|chiamare|avvisare|denunciar*|rivolgerti|rivolgersi|parlarne|dirlo ..2 polizia|carabinieri|postale|nessuno|genitori|tuoi',
      'sto aspettando|aspetto ..1 ancora|la_foto|il_video|i_soldi|tua_risposta',
      'fallo|falla|fallo_subito|mandala|mandalo|mandamela|mandamelo|paga|pagami ..1 adesso|ora|subito|immediatamente',
      'non|nn farmi|mi_far ..1 aspettare',
      'se ..1 non|nn ..2 paghi|lo_fai|mandi|rispondi|obbedisci ..4 sono|saranno|sara|ci_saranno ..1 guai|cazzi_tuoi|problemi|affari_tuoi|dolori',
      'ultima volta che ..2 te_lo|lo|te_la|te_le|te_li ..1 chiedo|dico|ripeto', 'se ..1 non|nn ..1 vuoi ..1 problemi|guai|casini|grane'],
    unless: ['bus|autobus|treno|partiamo|parte|film|gioco|partita|giochiamo|pizza|cena|ristorante'],
    examples: {
      match: ['se non paghi sono guai per te', 'mandami sti soldi o sn cazzi tuoi', 'fallo adesso', 'non farmi aspettare', 'ultima volta che te lo chiedo', 'ultima possibilita', 'allora fai quello che ti dico', 'dai non fare la timida', 'o mi dai i soldi o la tua vita è finita', 'nn fare la furba', 'se mi blocchi', 'non provare a bloccarmi', 'ti conviene pagare', 'non sto scherzando', 'Non provi a contattare la polizia. Il tempo sta scorrendo.', 'scrivimi in privato se non vuoi problemi'],
      ignore: ['ultima possibilità, il bus parte', 'fai quello che vuoi', 'non fare tardi'],
    },
  },
  {
    id: 'veiled-pressure',
    phrases: [
      'non ho|abbiamo ..1 niente|nulla da perdere',
      'dipende ..1 tutto|solo|soltanto ..1 da te',
      'prima di|di ..1 bloccarmi|ignorarmi|denunciarmi|segnalarmi|sparire|cancellarmi',
      'sai|sapete|vedi|vedrai ..1 cosa|che|ke|cs ..1 succede|succedera|ti_succede|ti_succedera|ti_aspetta|faccio|faro',
      'ti conviene ..2 rispondermi|pagarmi|ascoltarmi|obbedirmi|darmi_retta|fare_come_dico|stare_zitt*|mandarmela|mandarmele|collaborare',
      'non|nn farmi ..1 perdere ..1 la ..1 pazienza',
      'la mia pazienza ..2 sta_finendo|ha_un_limite|e_finita|finisce',
      'non ..1 te_lo|lo ..1 ripeto|ripetero ..1 due|un_altra|piu',
      'basta che ..1 collabori|obbedisci|ubbidisci|fai_come_dico|fai_quello_che_dico|fai_la_brava|fai_il_bravo',
      'ti ..1 lascio|lascero ..1 in_pace ..2 solo|soltanto|quando|appena ..2 se|quando|mi_mandi|mi_paghi|ricevo|arrivano',
      'sparisco|sparisco_solo|me_ne_vado ..3 quando|appena|se ..2 ricevo|arrivano|mi_mandi|mi_paghi|paghi',
      'non ..1 costringermi|obbligarmi|farmi ..1 a|fare ..1 farlo|pubblicarle|mandarle|cose',
      'e ..1 finisce|finira|chiudiamo ..1 qui|tutto|la_storia',
      'e ..1 ti ..1 lascio|lascero ..1 stare|in_pace',
      'e ..1 sparisco|spariro|sparisce_tutto', 'sai|sapete|tu_sai ..1 gia|bene|benissimo|perfettamente ..1 cosa|che|cs|quello_che ..1 devi|dovete|ti_tocca|hai_da ..1 fare', 'tu|lo ..1 sai ..1 cosa|che|cs|quello_che ..1 devi|ti_tocca|hai_da ..1 fare', 'sai|sapete ..1 gia|bene|benissimo ..1 come ..1 va|andra|finisce|finira|andra_a_finire|va_a_finire', 'vediamo ..1 quanto ..1 ci_tieni|tieni|ci_tiene', 'a te ..1 la ..1 scelta', 'la scelta ..1 e|sta ..1 tua|a_te', 'capisci|hai_capito|capito|sai ..1 cosa ..1 significa|vuol_dire|intendo'],
    weight: 0.5,
    unless: ['film|serie|episodio|finale|puntata|gioco|partita|ahah|haha|lol|compit*|verifica|esame|ricetta|torta'],
    examples: {
      match: ['io non ho niente da perdere, tu sì', 'dipende tutto da te', 'pensaci bene prima di bloccarmi', 'altrimenti sai cosa succede', 'ti conviene rispondermi', 'non farmi perdere la pazienza', 'non te lo ripeto due volte', 'basta che collabori e resta tutto tra noi', 'ti lascio in pace solo se mi mandi quello che ti ho chiesto', 'sparisco solo quando ricevo i soldi', 'non costringermi a farlo', 'paga e ti lascio stare', 'fammi una ricarica da 200 e finisce qui', 'tu sai cosa devi fare', 'se mi ignori sai già come va a finire', 'vediamo quanto ci tieni', 'a te la scelta', 'capisci cosa significa?'],
      ignore: ['sai cosa succede nel finale della serie?', 'dipende dal tempo', 'non ho niente da fare oggi', 'finisci i compiti e finisce qui', 'ridammi la felpa e ti lascio stare ahah', 'sai cosa devi fare per la verifica?', 'a te la scelta del film ahah'],
    },
  },
  {
    id: 'timer-starts-now-r10',
    phrases: [
      'il|tuo ..1 tempo|timer|countdown ..1 parte|partito|inizia|comincia|e_iniziato|e_partito ..1 adesso|ora|da_adesso|da_ora|subito',
      'trascorso|scaduto|passato ..1 il|questo ..1 termine ..4 procederemo|procedero|pubblichero|pubblicheremo|inoltreremo|invieremo',
    ],
    unless: ['gioco|quiz|partita|forno|torta|verifica|gara|esame|compit*|allenamento|esercizio|plank|corsa|giro|round|ahah*|lol|haha*'],
    examples: {
      match: ['il tempo parte adesso ⏰', 'Trascorso il termine procederemo senza ulteriori avvisi'],
      ignore: ['il timer parte adesso, 30 secondi di plank', 'il tempo parte adesso, rispondete al quiz'],
    },
  },
  {
    id: 'last-time-im-asking-r11',
    phrases: [
      'ultima ..1 volta ..2 che ..1 te_lo|te_la|te_le|ti_lo|lo ..1 chiedo|dico|ripeto',
      'non_farmi_aspettare|non_mi_far_aspettare|non_farmi_attendere ..3 ora|adesso|subito|ultima',
      'decidi|scegli ..1 tu ..3 hai_fino|hai_tempo|entro|hai',
    ],
    weight: 1,
    unless: ['compit*|consegn*|verifica|ricerca|iscrizion*|modulo|prof|camera|stanza|piatti|letto|spazzatura|cane|tavola|pizza|ristorante|cinema|film|regalo|menu|ahah*|lol|haha*'],
    examples: {
      match: ['ultima volta che te lo chiedo, poi faccio a modo mio', 'non farmi aspettare. ORA', 'decidi tu. hai fino a mezzanotte'],
      ignore: ['ultima volta che te lo dico, metti a posto la camera', 'decidi tu il film, hai fino alle 8'],
    },
  },
  {
    id: 'to-avoid-the-complaint-r11',
    phrases: [
      'per|x ..1 evitare|archiviare|chiudere|bloccare ..2 denuncia|procedimento|fascicolo|segnalazione|arresto|conseguenze|conseguenze_penali|processo|querela',
      'evitare|evitera|evitarsi ..2 denuncia|procedimento|querela ..6 pagare|pagando|versare|versando|sanzione|multa',
    ],
    weight: 0.5,
    unless: ['se ..1 qualcuno|ti_scrivono|ti_scrive|vi_scrivono', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam|finta|finti|falsa|falso', 'diceva|dicevano|scriveva|scrivevano|notizia|articolo|servizio'],
    examples: {
      match: ['sono della polizia postale, deve pagare una multa di 300 euro per evitare la denuncia', 'per archiviare il procedimento versi 450 euro'],
      ignore: ['mi e arrivata una mail finta: per evitare la denuncia paghi 300 euro, e una truffa'],
    },
  },
  {
    id: 'you-had-better-not-r11',
    phrases: [
      'non ..1 ti ..1 conviene ..2 ignorarmi|bloccarmi|sparire|denunciarmi|dirlo|parlarne|fare_la_furba|fare_il_furbo|giocare|scherzare|sfidarmi|provocarmi',
      'hai_capito|capito|capisci ..1 chi ..1 comanda|decide',
    ],
    unless: ['ahah*|haha*|lol|scherzo|partita|gioco|ranked|squadra|mister|coach|prof|verifica|compit*|dieta'],
    examples: {
      match: ['non ti conviene ignorarmi', 'hai capito chi comanda adesso?'],
      ignore: ['non ti conviene giocare la ranked stasera ahah', 'hai capito chi comanda in squadra? il mister'],
    },
  },
  {
    id: 'if-you-really-love-me-r12',
    phrases: [
      '@send|fallo|falla|fammi|dimostra*|accendi|fai ..6 se ..1 mi ..1 vuoi|ami|tieni ..1 bene|davvero|veramente|a_me',
      'se ..1 mi ..1 vuoi|ami|tieni ..2 bene|davvero|veramente|a_me ..3 @send|fallo|dimostramelo|fammi_vedere|accendi|mandamela|mandamelo',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|cane|gatto|pizza|compiti|appunti|nutella|gelato|caffe|cioccolat*|caricatore|regalo|torta|biscotti|ricetta|canzone|playlist|meme|link|esercizi|patatine'],
    examples: {
      match: ['mandami un video adesso se mi vuoi bene davvero', 'se mi ami davvero mandamela', 'dimostramelo se mi vuoi bene'],
      ignore: ['mandami la foto del cane se mi vuoi bene lol', 'se mi vuoi bene passami gli appunti di storia'],
    },
  },
  {
    id: 'account-banned-within-r13',
    phrases: [
      'account|profilo|canale ..4 bannato|sospeso|disattivato|eliminato|chiuso|cancellato|bloccato ..3 entro|tra|in ..1 #|ventiquattro ..1 ore|h|minuti|min|giorni',
    ],
    unless: ['manutenzione|aggiornamento|se_non_lo_usi|inattivo|inattivi'],
    examples: {
      match: ['il tuo account verrà bannato entro 24 ore per violazione', 'Il profilo sarà disattivato in 12 ore.'],
      ignore: ['gli account inattivi verranno eliminati entro 30 giorni'],
    },
  },
  {
    id: 'you-know-what-to-do-r14',
    phrases: [
      'allora|quindi|ora|adesso|dai ..1 sai ..1 cosa|che|quello_che ..1 fare|devi_fare|devi',
      'dipende ..1 da ..1 te ..4 euro|entro|stasera|sparisco|paghi|paga|mandi|manda',
    ],
    unless: ['verifica|compit*|esercizi*|ricetta|lol|ahah*|haha*|esame|partita|gioco|livello|boss|missione|quest|torta|regalo|festa|ordine|menu|pizza'],
    examples: {
      match: ['allora sai cosa fare', 'dipende da te. 100€ su satispay entro stasera e sparisco'],
      ignore: ['allora sai cosa fare per la verifica?', 'dipende da te, se vuoi la pizza ordiniamo entro le 8'],
    },
  },
  {
    id: 'or-you-will-regret-r15',
    phrases: [
      'se ..2 parli|dici|racconti|lo_dici|lo_racconti|apri_bocca|fiati ..3 qualcuno|nessuno|tuoi|polizia|@family ..3 te_ne_penti|te_ne_pentirai|ti_pentirai|la_paghi|me_la_paghi|sei_finita|sei_finito|vedrai',
      'e|cosi ..1 nessuno ..1 vede|vedra|sapra|sa|ricevera|riceve ..1 niente|nulla',
    ],
    unless: ['ahah*|haha*|lol|scherz*|sorpresa|festa|regalo|compleanno|spoiler|finale'],
    examples: {
      match: ['se parli con qualcuno te ne penti', 'torna con me e nessuno vede niente'],
      ignore: ['se parli con qualcuno della festa te ne penti ahah', 'se dici il finale a qualcuno te ne penti lol'],
    },
  },
  {
    id: 'by-tomorrow-if-not-arrived-r15',
    phrases: [
      'entro ..2 domani|stasera|oggi|mezzanotte|sera|le|un_ora|# ..3 non|nn ..1 arrivano|arriva|paghi|mandi|ricevo|pago|li_ricevo|la_ricevo|vedo_niente|ho_niente',
    ],
    unless: ['compit*|esercizi*|verifica|progetto|pacco|spedizione|corriere|amazon|ordine|consegna|modulo|iscrizione|autorizzazione|firma|ahah*|haha*|lol'],
    examples: {
      match: ['se entro domani non arrivano la metto nel gruppo', 'entro stasera non ricevo niente e sai cosa succede'],
      ignore: ['se entro domani non arriva il pacco chiamo amazon', 'entro domani non mandi il modulo e non vieni in gita'],
    },
  },
  {
    id: 'dont-test-me-or-you-know-r16',
    phrases: [
      'non|nn ..1 mettermi|provocarmi|sfidarmi ..2 alla_prova|troppo',
      'non ..1 tirare ..1 troppo ..1 la_corda',
      'fossi_in_te ..3 non ..1 farei|scherzerei|giocherei ..2 la_furba|il_furbo|la_furbetta|il_furbetto|il_fenomeno|la_fenomena|scherzi|giochetti',
      'per_non_essere|per_evitare_di_essere|per_non_venire|per_non_venir ..1 segnalat*|denunciat*|arrestat*|bannat*|indagat* ..5 paga|pagare|versa|versare|invia|inviare|sanzione|multa',
    ],
    examples: {
      match: ['non mettermi alla prova. entro stasera.', 'fossi in te non farei la furba', 'Per non essere segnalato alla polizia paga una sanzione di 150 euro'],
      ignore: ['fossi in te non farei quella strada, c e traffico', 'mettimi alla prova in matematica'],
    },
  },
  {
    id: 'or-you-are-dead-r16',
    phrases: [
      '@send|mandala|mandamela|paga|pagami|rispondi|rispondimi|fallo ..4 ora|adesso|subito|stasera ..1 o|oppure|altrimenti|senno ..1 sei ..1 morta|morto|finita|finito|rovinata|rovinato',
    ],
    examples: {
      match: ['mandami la foto ora o sei morta', 'rispondimi subito o sei finita'],
      ignore: ['sei morta dal ridere?'],
    },
  },
  {
    id: 'or-its-your-problem-r18',
    phrases: [
      'senno|altrimenti|se_no|o|oppure ..2 sono_cazzi_tuoi|sono_guai|sono_guai_tuoi|sono_problemi_tuoi|te_ne_pentirai|ti_pentirai|peggio_per_te|sono_cavoli_tuoi|sono_cazzi_amari|te_ne_pentirai_amaramente',
    ],
    unless: ['ahah*|haha*|lol|xd|prof|verifica|compit*|treno|autobus|bus|lezione|allenamento|partita|mister'],
    examples: {
      match: ['zio ti conviene cacciare i soldi, sennò sono cazzi tuoi', 'fallo adesso altrimenti te ne pentirai'],
      ignore: ['sbrigati sennò perdi il bus e sono cazzi tuoi lol'],
    },
  },
  {
    id: 'formal-minutes-before-closure-r19',
    phrases: [
      'ha|avete|hai ..1 solo|soltanto|ancora ..1 # ..1 minuti|minuto|ore|ora|min|h ..3 prima_della|prima_che|prima_di ..3 chiusura|sospensione|cancellazione|pubblicazione|divulgazione|invio|blocco|eliminazione',
      'ha|avete # ..1 minuti|minuto|ore|ora|min|h ..3 prima_della|prima_che|prima_di ..3 chiusura|sospensione|cancellazione|pubblicazione|divulgazione|invio|blocco|eliminazione',
      'tempo scade|stringe|scaduto|sta_scadendo|finisce ..2 paga|pagare|soldi|manda|mandare|trova|chiedi|o|oppure|altrimenti|ora|adesso',
      'trova|trovati ..1 soldi|i_soldi|money ..4 tempo|ore|minuti|scade|subito|adesso',
    ],
    unless: ['negozio|ufficio|sportello|biblioteca|piscina|palestra|iscrizion*|esame|treno|bus|volo|imbarco|consegna_del|compit*|verifica|bando|offerta|saldi|sconto|asta|biglietti'],
    examples: {
      match: ['Ha 30 minuti prima della chiusura definitiva dell account', 'trova soldi. chiedi a amici. tempo scade', 'hai solo 2 ore prima della pubblicazione'],
      ignore: ['avete 30 minuti prima della chiusura del negozio', 'tempo scade per le iscrizioni al torneo, chiedi alla prof'],
    },
  },

  {
    id: 'not-money-but-your-friends-r20',
    phrases: [
      'non voglio|vogliamo|cerco|mi_interessano|mi_interessa|mi_servono ..2 soldi|money|pagamenti|euro ..3 voglio|vogliamo|mandami|dammi|passami ..3 contatti|numer*|profili|snap|snapchat|instagram|foto|nudes|nomi ..3 di|delle|dei|tue|tuoi ..2 amiche|amici|compagne|compagni|sorell*|cugin*|amica|amico',
      'voglio|mandami|dammi|passami ..2 contatti|numer*|profili|snap|snapchat|instagram ..2 di ..1 # ..1 tue|tuoi amiche|amici|compagne|compagni',
      'voglio|vogliamo ..2 contatti|numeri|profili|snap ..1 delle|dei ..1 tue|tuoi amiche|amici|compagne|compagni',
      'fai|falle|falli ..2 mandare|mandarmi|inviare ..2 foto|video|nudes ..3 tue|tua|tuoi ..1 amiche|amica|amici|sorella|compagne',
    ],
    unless: ['squadra|festa|torneo|pallavolo|calcio|compiti|progetto|gruppo_di_studio|invit*|compleanno'],
    examples: {
      match: ['non mi interessano i soldi, voglio i numeri delle tue amiche', 'non voglio soldi. voglio i contatti di 3 tue amiche', 'non voglio i tuoi soldi. voglio il numero di 5 tue amiche', 'dammi lo snap di 3 tue amiche', 'fai mandare le foto anche alle tue amiche'],
      ignore: ['dammi il numero di 2 tue amiche per la squadra di pallavolo', 'non voglio soldi, voglio solo la felpa indietro', 'passami il numero di tua cugina per la festa'],
    },
  },
  {
    id: 'spent-on-you-you-owe-me-r20',
    phrases: [
      'ho speso|spendo|buttato ..4 per_te|su_di_te|per_la_tua_live|nella_tua_live|in_live ..4 me_lo_devi|me_la_devi|mi_devi|devi_ricambiare|ricambia|tocca_a_te',
    ],
    unless: ['pizza|cinema|biglietto|compleanno|regalo|cena|pranzo|gita|concerto|treno|benzina'],
    examples: {
      match: ['dai ho speso 200 euro per te, me lo devi', 'ho speso un sacco in coin nella tua live, ora tocca a te'],
      ignore: ['ho speso 20 euro per te al cinema, mi devi una pizza ahah'],
    },
  },
  {
    id: 'every-minute-it-grows-r21',
    phrases: [
      'ogni ..1 minuto|ora|secondo|giorno ..2 che_passa|di_ritardo|in_piu ..6 aggiungo|mando|pubblico|@sharev|raddoppia|aumenta|sale|costa|paghi',
    ],
    unless: ['interessi_della_banca|banca|mutuo|parcheggio|parchimetro|noleggio|affitto|biblioteca|multa'],
    examples: {
      match: ['ogni minuto che passa aggiungo un nome alla lista', 'ogni giorno di ritardo il prezzo raddoppia'],
      ignore: ['ogni ora di parcheggio costa 2 euro'],
    },
  },
  {
    id: 'get-back-with-me-or-r21',
    phrases: [
      'o ..1 torni|ritorni|tornerai|stai ..2 con ..1 me ..3 o|oppure|senno|altrimenti',
      'se ..1 non ..1 torni|ritorni ..2 con ..1 me ..6 @sharev|vedono|vedranno|tutti|pubblic*|foto|video',
    ],
    weight: 1,
    unless: ['ahah*|lol|haha*|squadra|gruppo|team|clan'],
    examples: {
      match: ['o torni con me o domani le vedono tutti, decidi tu'],
      ignore: ['o torni con me in squadra o perdiamo il torneo'],
    },
  },
  {
    id: 'try-blocking-me-and-see-r28',
    phrases: [
      'prova|provaci|prova_pure|azzardati|osa ..1 a|ad ..1 bloccarmi|ignorarmi|denunciarmi|segnalarmi|cancellarmi|dirlo|non_rispondere|non_rispondermi|sparire ..4 e_vedi|e_vedrai|poi_vedi|poi_vedrai|vedi_cosa_succede|vedrai_cosa_succede|vedi_che_succede|e_sei_finita|e_sei_finito|e_vedi_cosa_faccio',
      'se ..1 mi ..1 blocchi|ignori|segnali|denunci ..4 sara|e|e_tutta ..1 colpa_tua|tua_la_colpa',
      'ti ..1 ho detto|ripeto ..1 di ..1 rispondere|rispondermi|rispondi ..2 subito|adesso|ora',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|scherzando|partita|ranked|fortnite|fifa|gioco|game|lobby|compiti|prof|chat_di_classe|gruppo_di_classe'],
    examples: {
      match: ['prova a bloccarmi e vedi cosa succede', 'azzardati a denunciarmi e vedrai', 'se mi blocchi sarà colpa tua', 'ti ho detto di rispondermi subito'],
      ignore: ['prova a bloccarmi in ranked e vedi ahah', 'ti ho detto di rispondere alla prof subito'],
    },
  },
  {
    id: 'prove-you-love-me-r29',
    phrases: [
      'dimostrami|dimostra|provami|fammi_vedere|dimostralo|devi_dimostrarmi|dimostrarmi ..2 che ..2 mi_ami|mi_vuoi_bene|stiamo_insieme|sei_mia|sei_mio|ci_tieni_a_me|sei_la_mia_ragazza|sei_il_mio_ragazzo|sei_la_mia|sei_il_mio|esisti|mi_vuoi',
      'se ..1 mi ..1 ami|amassi|vuoi_bene|volessi_bene|tieni_a_me|tenessi_a_me ..1 davvero|veramente|sul_serio ..4 mandami|manda|mandamela|lo_faresti|lo_fai|faresti|accendi|fammi_vedere|me_la|me_lo',
    ],
    unless: ['squadra|allenament*|partita|compit*|scuola|lezion*|gatto|cane|pizza|torta'],
    examples: {
      match: ['se mi ami davvero me la mandi, non fare storie', 'dimostrami che sei la mia ragazza', 'devi dimostrarmi che mi ami'],
      ignore: ['dimostrami che ci tieni alla squadra e vieni all allenamento', 'se mi vuoi bene davvero mi porti una pizza ahah', 'dimostrami che è giusto con la formula'],
    },
  },
  {
    id: 'not-my-problem-find-it-r30',
    phrases: [
      'non_e_un_problema_mio|non_e_problema_mio|problema_tuo|problemi_tuoi|affari_tuoi|cavoli_tuoi|cazzi_tuoi|non_mi_interessa|non_me_ne_frega|non_mi_importa ..4 trovali|trovale|trova_i_soldi|arrangiati|chiedili|rubali|procurateli|procuratele|paga|pagami|mandali|mandale',
    ],
    unless: ['ahah*|lol|haha*|xd|compit*|verifica|esercizi*'],
    examples: {
      match: ['non è un problema mio. trovali', 'cavoli tuoi, arrangiati e paga'],
      ignore: ['non è un problema mio, trovali tu gli esercizi ahah'],
    },
  },
  {
    id: 'ruin-everything-for-so-little-r31',
    phrases: [
      'rovinare|rovinarti|rovinarsi|rovini|rovinerai|buttare|buttarti|distruggere|distruggerti ..3 tutto|la_vita|la_tua_vita|tua_vita|reputazione|la_tua_reputazione|il_tuo_futuro|tuo_futuro ..2 per ..1 cosi_poco|poco|una_sciocchezza|una_cavolata|niente|pochi_euro|qualche_euro|due_soldi',
      'rovinare|rovinarti|rovinarsi|rovini|rovinerai|buttare|buttarti|distruggere|distruggerti ..3 tutto|la_vita|la_tua_vita|tua_vita|reputazione|la_tua_reputazione|il_tuo_futuro|tuo_futuro ..2 per ..1 # ..1 euro|@money',
    ],
    unless: ['voto|verifica|interrogazione|compito|litigio|litigata|fidanzat*|ragazzo|ragazza|amicizia|dieta|allenamento|partita|gara|scommessa|ahah*|haha*|lol|xd'],
    examples: {
      match: ['non sarebbe un peccato rovinarti la vita per così poco?', 'vuoi davvero buttare la tua reputazione per 200 euro?'],
      ignore: ['non rovinare tutto per così poco, è solo un brutto voto', 'non buttare la vostra amicizia per una sciocchezza'],
    },
  },
] satisfies PatternEntry[];
