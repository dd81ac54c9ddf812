import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'so|sappiamo|conosco|conosciamo|scopro|scoprire|trovo|trovero ..1 dove abiti|vivi|abita|abitate|vai_a_scuola|lavora|lavorano',
      'so|sappiamo|conosco ..2 tuo|il_tuo indirizzo',
      'so ..2 a_che_ora|quando ..1 esci|entri|finisci|torni ..2 scuola|casa|allenamento|danza|palestra',
      'ti|vi ..1 tengo|teniamo d_occhio|sotto_controllo', 'so|sappiamo|conosco ..1 che ..1 abiti|vivi|stai ..1 in_via|in_viale|in_piazza|in_corso|al_numero|al_civico|sopra_il|vicino_al|vicino_alla'],
    unless: ['non ..1 so|sappiamo|conosco|trovo', 'andiamo|insieme|accompagn*|portami|ci_andiamo|passiamo|andare_a_trovarl*', 'passo_a_prenderti|ti_passo_a_prendere|ti_vengo_a_prendere|invito|festa|pacco|regalo|sorpresa|libro|libri|quaderno|compiti|appunti|ti_porto|ti_riporto|ti_lascio|ti_passo', 'ahah*|haha*|lol|xd|scherzo|scherzando', 'pizza|pizze|cena|pranzo|colazione|merenda|gelato|gelati|cornetti|sushi|kebab|panin*|birr*|popcorn|patatine|dolci|dolcetti|pasticcini|spesa|fiori|ti_apro|citofono|citofonare|delivery|glovo|deliveroo|just_eat'],
    examples: {
      match: ['so dove abiti, via garibaldi 15', 'conosco il tuo indirizzo', 'so a che ora esci da scuola', 'ti tengo d occhio', 'so dove vai a scuola', 'so che abiti in via verdi, ti aspetto sotto casa'],
      ignore: ['non so dove abiti', 'so dove abiti, sto arrivando con il gelato', 'tranquilla so dove vivi, arrivo con la cena tra 10 minuti', 'so dove abiti, passo a prenderti alle 8', 'so dove abita giulia, andiamo insieme?', 'so a memoria la poesia', 'conosco la tua scuola, ci andavo anche io', 'so che abiti in via verdi, passo a prenderti alle 8?'],
    },
  },
  {
    id: 'come-for-you',
    phrases: [
      'se non|nn ..6 vengo|verro|veniamo|arriviamo|ti_vengo ..3 casa_tua|sotto_casa_tua|a_cercarti|a_scuola_tua|alla_tua_scuola|a_trovarti|sotto_scuola',
      'altrimenti|senno|se_no ..3 vengo|verro|veniamo|arrivo|ti_vengo|ti_trovo ..3 casa_tua|cercarti|prenderti|trovarti|a_scuola|sotto_casa',
      'paga|pagami|paghi|fallo|mandami|obbedisci ..4 o|oppure ..1 vengo|verro|veniamo ..3 casa_tua|cercarti|prenderti|trovarti|a_scuola|sotto_casa',
      'vengo|verro|veniamo|verremo ..3 casa_tua|a_scuola_tua|alla_tua_scuola|sotto_casa_tua ..4 ti|vi|tua|tuo ..2 picchio|ammazzo|uccido|meno|massacro|male|pentire',
      'ti ..1 trovero|trovo|troviamo ..2 ovunque|dovunque|anche_se',
      'vengo|verro|veniamo|verremo|arrivo|arrivero ..3 sotto_casa_tua|casa_tua|a_casa_tua|a_scuola_tua|alla_tua_scuola|sotto_scuola_tua ..4 se ..1 non|nn|mi_blocchi|mi_ignori|sparisci|mi_denunci',
      'ti ..1 trovero|trovo|troviamo ..2 e_ti ..1 sfregio|accoltello|rapisco|faccio_del_male|rovino',
      'se ..1 [mi] blocchi|ignori|sparisci|denunci|segnali|lo_dici|parli ..3 vengo|verro|veniamo|mi_presento|presento|mi_presentero|ti_vengo|ti_aspetto|piombo|ti_trovo ..3 casa_tua|sotto_casa_tua|a_casa_tua|a_scuola|scuola_tua|a_scuola_tua|alla_tua_scuola|sotto_scuola|a_cercarti|a_trovarti|a_cercare|fuori_da_scuola|all_uscita',
      'se ..1 non_rispondi|nn_rispondi|non_paghi|nn_paghi|non_lo_fai ..3 mi_presento|presento|mi_presentero|piombo ..3 casa_tua|sotto_casa_tua|a_casa_tua|a_scuola|scuola_tua|a_scuola_tua|alla_tua_scuola|sotto_scuola|fuori_da_scuola|all_uscita',
      'altrimenti|senno|se_no ..3 mi_presento|presento|mi_presentero|piombo|ti_aspetto ..3 casa_tua|sotto_casa_tua|a_casa_tua|a_scuola|scuola_tua|alla_tua_scuola|sotto_scuola|fuori_da_scuola|all_uscita',
    ],
    unless: ['festa|cena|pizza|film|compiti|studiare|sorpresa|regalo|giocare|partita', 'citofono|a_prenderlo|a_prenderla|a_prenderli|a_riprendermelo|a_riprendermela|libro|caricatore|chiavi|felpa|quaderno|appunti', 'ti_va|ti_dispiace|disturbo|piove|pioggia|traffico|fai_in_tempo|ce_la_fai|hai_da_fare|sei_impegnat*|ti_sbrighi|ahah|haha|lol', 'me_lo_riprendo|me_la_riprendo|me_li_riprendo|me_le_riprendo|riprendermel*|a_riprenderm*|controller|joystick|cuffie|console|ps5|ps4|nintendo|ombrello|pallone|giacca|maglia_della_squadra'],
    examples: {
      match: ['se mi blocchi mi presento a scuola tua', 'se non rispondi mi presento sotto casa tua', 'se non fai quello che dico vengo sotto casa tua', 'paga o vengo a casa tua', 'vengo sotto casa tua stasera se non rispondi', 'ti troverò ovunque', 'ti trovo e ti sfregio'],
      ignore: ['se non mi rispondi vengo sotto casa tua e suono il citofono finche non scendi', 'se non mi dai il libro vengo a casa tua a prenderlo', 'se non mi ridai le cuffie entro domani vengo a casa tua e me le riprendo', 'se non rispondi ti vengo a prendere a scuola io', 'giuro ti trovo e ti uccido se mi spoileri il finale', 'se non piove vengo a casa tua per la festa', 'stasera vengo sotto casa tua', 'giuro che ti vengo a cercare se lo fai', 'se non fai in tempo passo a prenderti io', 'vengo io o vieni tu? vengo a casa tua', 'vengo sotto casa tua stasera se non piove', 'vengo a casa tua se non ti va di uscire'],
    },
  },
  {
    id: 'hurt-you-or-family',
    phrases: [
      'faccio|faro|facciamo|faremo ..1 del_male|male ..2 tua|tuoi|tuo|alla_tua|ai_tuoi|a_te ..1 famiglia|madre|padre|genitori|fratello|sorella|cane|gatto|nonna|mamma|papa',
      'ti ..1 faccio|faro|faremo del male',
      'ti ..1 faccio|faro|faremo ..1 male ..1 sul_serio|davvero|veramente|tanto',
      'uccido|ammazzo|picchio|massacro|uccidero|ammazzero|picchiero|sfregio ..2 tua|tuoi|tuo ..1 famiglia|madre|padre|genitori|fratello|sorella|cane|gatto|nonna|mamma|papa|ragazzo|fidanzato',
      'ti ..1 sfregio|accoltello|sfigurero|stupro',
      'guardati le spalle',
      'paga|paghi|pagami|soldi|@payment|obbedisci|fai_come_dico|fai_quello_che_dico ..4 e ..1 non|nn ..1 ti ..1 succede|succedera|capita|capitera ..1 niente|nulla',
      'se ..2 fai_la_spia|parli|denunci|lo_dici|lo_racconti|racconti|dici_qualcosa|vai_alla_polizia|chiami_la_polizia|vai_dai_carabinieri|mi_blocchi|mi_denunci ..4 finisci_male|finirai_male|fai_una_brutta_fine|farai_una_brutta_fine|te_la_faccio_pagare|te_la_faro_pagare|te_ne_pentirai|ti_pentirai|la_pagherai|me_la_pagherai|me_la_paghi',
      'la|me_la|te_la paghi|pagherai|pagate|pagherete|faccio_pagare|faro_pagare ..4 tua_famiglia|tuoi|tua_madre|tuo_padre|tuoi_genitori|tua_mamma|tuo_papa|tua_sorella|tuo_fratello',
    ],
    unless: ['gioco|partita|round|kill|game|match|fortnite|minecraft|roblox|fifa|cod|scherzo|scherzando'],
    examples: {
      match: ['faccio del male alla tua famiglia', 'ti faccio del male', 'ammazzo tua madre', 'guardati le spalle', 'vengo li e la paghi tu e la tua famiglia', 'manda i soldi e non ti succede niente', 'se fai la spia finisci male', 'se lo dici ai tuoi farai una brutta fine', 'se racconti qualcosa ai tuoi te la faccio pagare', 'ti faccio male sul serio'],
      ignore: ['ti ammazzo se mi rubi ancora la kill', 'sei morto al prossimo round', 'mi fa male la testa', 'la paghi tu la pizza o i tuoi?', 'segui le istruzioni e non ti succede niente', 'se mangi tutto finisci male', 'se lo dici a mamma sei morta ahah'],
    },
  },
  {
    id: 'shame-if-something-happened',
    phrases: [
      'peccato|brutto|spiacevole ..3 se ..3 succedesse|capitasse|accadesse ..1 qualcosa|qualcosina',
      'vuoi|volete ..1 fare ..1 la ..1 stessa|sua ..1 fine',
    ],
    weight: 3,
    unless: ['torta|festa|sorpresa|telefono|cellulare|macchina|bici|computer|pc|vaso|pianta|gatto|cane|criceto|partita|esame|verifica|bocciat*|ahah*|lol|haha|scherzo'],
    examples: {
      match: ['tua sorella è carina, sarebbe un peccato se le succedesse qualcosa', 'hai visto cosa è successo a quella ragazza? vuoi fare la stessa fine?'],
      ignore: ['sarebbe un peccato se succedesse qualcosa alla torta', 'vuoi fare la stessa fine di marco che è stato bocciato?'],
    },
  },
  {
    id: 'you-will-regret-it',
    phrases: ['te_ne_pentirai|ti_pentirai|farai_una_brutta_fine|te_la_faro_pagare|la_pagherai|me_la_pagherai|te_la_faccio_pagare|me_la_paghi'],
    weight: 2,
    unless: ['film|serie|gioco|partita|concerto|festa|libro|pizza'],
    examples: { match: ['te ne pentirai', 'me la pagherai'], ignore: ['ti pentirai di non aver visto il film? no dai'] },
  },
  {
    id: 'know-your-school',
    phrases: [
      'so|sappiamo|conosco ..1 che ..1 vai|frequenti|studi ..2 al|alla|allo|a|in ..1 liceo|scuola|istituto|media|medie|itis|ipsia|classe|scientifico|classico',
      'so|sappiamo ..1 in|a ..1 che|quale ..1 scuola|liceo|classe|palestra ..1 vai|sei|studi|fai',
      'so|conosco ..2 tua|la_tua ..1 scuola|classe|sezione|palestra|fermata',
    ],
    weight: 3,
    unless: ['anche|anch|pure|ci_andavo|ci_vado|insieme|stessa|stesso|accompagn*|passo_a_prenderti|andiamo|mia_sorella|mio_fratello|cugin*|festa|open_day|iscriver*|orientamento|bella|bellissima|brutta', 'non ..1 so|sappiamo|conosco'],
    examples: {
      match: ['se mi blocchi mi presento a scuola tua, so che vai al liceo Galilei', 'so in che scuola vai', 'conosco la tua fermata del bus'],
      ignore: ['so che vai al liceo anche tu, ci vediamo là', 'non so in che scuola vai', 'conosco la tua scuola, ci andavo anche io'],
    },
  },
  {
    id: 'family-taken-care-of',
    phrases: ['poi|dopo|e_poi|anche|pure ..1 a ..1 tua|tuo ..1 sorella|sorellina|fratello|fratellino|madre|mamma|famiglia|ragazzo ..2 ci_penso_io|ci_pensiamo_noi'],
    weight: 3,
    unless: ['porto|accompagn*|prendo|passo|scuola|cena|pranzo|compit*|bus|tranquill*|grazie|baby*|cucino|regalo|compleanno|festa|auguri|torta|vai_pure|stai_tranquill*|non_preoccuparti'],
    examples: { match: ['e dopo a tuo fratello ci penso io', 'e poi a tua sorella ci penso io. fai come ti dico'], ignore: ['poi a tua sorella ci penso io, la porto a scuola', 'vai pure, poi a tua sorella ci penso io', 'poi a tua sorella ci penso io per il regalo'] },
  },
  {
    id: 'beat-you-up',
    phrases: ['ti ..1 ammazzo|meno|picchio|gonfio|spacco|massacro|riempio|faccio_nero|faccio_nera ..1 di_botte|di_mazzate|a_sangue|la_faccia|di_pugni|di_calci|le_ossa|le_gambe'],
    weight: 3,
    unless: ['se ..1 tocchi|ritocchi|prendi|riprendi|usi|rompi ..3 mia|mio|miei|mie', 'gioco|partita|round|kill|game|match|fortnite|minecraft|roblox|fifa|cod|brawl|clash|valorant|lol|ahah*|haha*|xd|scherzo|scherzando|a_calcio|a_tennis|a_carte|a_ping_pong|a_basket|a_pallavolo', 'ranked|lobby|1v1|1vs1|respawn|in_game|noob|nabbo|warzone|apex|rocket_league|overwatch|in_classificata'],
    examples: { match: ['ti meno a sangue se lo dici a qualcuno', 'se domani non mi porti 50 euro a scuola ti ammazzo di botte', 'ti spacco la faccia se non fai come dico'], ignore: ['stasera in ranked ti spacco la faccia 💀', 'ti spacco la faccia 1v1 su warzone', 'ti spacco a calcio domani', 'ti spacco a fifa stasera', 'ti ammazzo di botte se mangi la mia nutella ahah'] },
  },
{
    id: 'find-you-and-hurt',
    phrases: [
      'ti ..1 trovo|trovero|troviamo|becco|becchero|prendo|aspetto|aspettiamo ..4 e ..1 ti ..1 spacco|meno|picchio|massacro|gonfio|rompo|sfregio|faccio_male|faccio_del_male|faccio_a_pezzi|sistemo|sfondo',
      'ti ..1 aspetto|aspettiamo ..3 sotto_casa|fuori_da_scuola|fuori_scuola|all_uscita|sotto_scuola|fuori_casa ..6 vediamo_se_fai|vediamo_se_ridi|vediamo_se_hai|vediamo_se_sei|vedrai_cosa|vedi_cosa|vediamo_chi|ti_sistemo|ti_spacco|te_la_faccio|facciamo_i_conti|regoliamo_i_conti|fai_ancora',
    ],
    unless: ['gioco|partita|round|kill|game|match|fortnite|minecraft|roblox|fifa|cod|brawl|clash|valorant|lol|ahah*|haha*|xd|scherzo|scherzando|a_calcio|a_tennis|a_carte|a_ping_pong|a_basket|a_pallavolo|spoiler*|finale|serie|film|cinema|gelato|pizza|festa|compiti|studiare|passaggio|a_prenderti_per|torta'],
    examples: {
      match: ['ti trovo e ti spacco la faccia, so che vai al liceo Volta', 'ti becco e ti meno', 'ti aspetto fuori da scuola domani e vediamo se fai ancora la furba', 'ti aspettiamo all uscita e ti sistemo'],
      ignore: ['giuro ti vengo a prendere a casa e ti spacco la faccia lol', 'ti trovo in game e ti ammazzo', 'ti aspetto fuori da scuola e vediamo un film', 'ti becco e ti ammazzo se mi fai spoiler del finale', 'giuro ti trovo e ti uccido', 'ti aspetto fuori da scuola e vediamo se c è ancora il gelataio'],
    },
  },
{
    id: 'better-watch-out',
    phrases: [
      'ti ..1 conviene|consiglio ..1 stare|guardarti|fare ..1 attenta|attento|alle_spalle|in_guardia ..4 quando|se|mentre ..2 esci|torni|vai|cammini|sei_sola|sei_da_sola|rientri',
      'stai|state ..1 attenta|attento ..3 quando|mentre ..2 esci|torni|rientri|cammini ..3 da_sola|da_solo|sola|solo|stasera|di_notte|da_scuola ..4 io|ti|so|ti_vedo|ti_seguo|ti_aspetto',
    ],
    unless: ['piove|pioggia|ghiaccio|neve|scivol*|freddo|traffico|borseggiator*|ladri|zanzare|sole|caldo|buio|macchine|strada|bici|motorino|casco|ahah*|lol|haha*|scherzo', 'controllor*|bus|autobus|metro|treno|multa|vigil*|prof|mamma|papa|scrivimi|avvisami|chiamami|messaggio_quando'],
    examples: {
      match: ['ti conviene stare attenta quando esci di casa', 'stai attenta quando torni da sola stasera, ti vedo'],
      ignore: ['ti conviene stare attenta quando esci, piove e la strada è scivolosa', 'stai attenta quando torni da sola stasera, c è buio', 'ti conviene stare attenta quando esci, c è il controllore sul bus'],
    },
  },
{
    id: 'shame-if-someone-waited',
    phrases: ['peccato|brutto|spiacevole ..3 se ..1 qualcuno|qualcuna|qualche_amico ..2 la|lo|ti|li|le|vi ..1 aspettasse|seguisse|trovasse|beccasse|incontrasse|avvicinasse|prendesse|facesse_del_male|toccasse'],
    unless: ['festa|sorpresa|regalo|torta|compleanno|ahah*|lol|haha*|scherzo|bus|autobus|treno|pioggia|piove|passaggio|accompagn*'],
    examples: {
      match: ["tua sorella fa la prima media vero? sarebbe un peccato se qualcuno la aspettasse all uscita", 'sarebbe brutto se qualcuno ti seguisse fino a casa'],
      ignore: ['sarebbe un peccato se qualcuno la aspettasse alla festa a sorpresa', 'peccato se nessuno ti aspetta'],
    },
  },
  {
    id: 'come-and-hurt-them-r9',
    phrases: [
      'passo|vengo|verro|passero|ci_passo|ci_vengo|arrivo ..5 e ..1 gli|le|ti|vi ..1 faccio|faro|facciamo ..1 male|del_male|la_festa|pentire',
      'se ..1 non|nn ..6 gli|le|ti ..1 faccio|faro|facciamo ..1 male|del_male',
      'vediamo|vedremo|vedrai ..1 chi ..1 si_fa_male|si_fa_del_male|si_fara_male|finisce_male|finira_male|si_fa_piu_male',
      'ti ..1 trovo|trovero|troviamo|troveremo ..4 so|sappiamo ..1 dove|dov ..1 abiti|vivi|stai|dormi|stai_di_casa|vai_a_scuola',
    ],
    unless: ['arrivo|arrivando|sto_arrivando|aspettami|macchina|bus|autobus|treno|metro|scommessa|sfida|braccio_di_ferro|partita|gioco|calcio|calcetto|basket|pallavolo|torneo|round|match|game|fortnite|fifa|gara|allenamento|palestra|skate|bici|pattini|sci|ahah*|lol|haha*|xd|scherzo|scherzando|dentista|dottore|medico|puntura|vaccino|massaggio|ceretta'],
    examples: {
      match: ['so tutto di te. se non mi mandi il video ci passo io al bar e gli faccio male', 'fai pure. poi vediamo chi si fa male', 'vengo sotto casa e ti faccio male', 'ti trovo, so dove stai'],
      ignore: ['domani a calcetto vediamo chi si fa male ahah', 'se non ti fermi ti faccio male a braccio di ferro', 'vengo dal dentista e mi fa male', 'ti trovo io, so dove sei, sto arrivando con la macchina', 'mandameli su satispay entro stasera o ti vengo a cercare'],
    },
  },
  {
    id: 'if-you-dont-send-i-come-r10',
    phrases: [
      'se ..1 non|nn ..1 mi ..1 mandi|paghi|fai ..6 vengo|verro|passo|arrivo|mi_presento ..2 sotto_casa_tua|a_casa_tua|casa_tua|sotto_casa|a_scuola_tua|alla_tua_scuola|sotto_scuola',
      'ho|so|conosco|trovato ..1 l|il ..1 indirizzo ..2 casa_tua|di_casa_tua|tuo|tua ..6 non ..1 costringermi|obbligarmi|farmi ..2 venire|passare|arrabbiare',
      'non ..1 costringermi|obbligarmi ..2 a ..1 venire|passare ..3 casa_tua|da_te|sotto_casa|a_scuola|a_prenderti|a_cercarti',
    ],
    unless: ['regalo|pacco|invito|festa|amazon|spedi*|compleanno|pizza|ahah*|lol|haha*|scherzo|compit*|libro|quaderno|caricatore|chiavi'],
    examples: {
      match: ['se non mi mandi quello che ti ho chiesto vengo sotto casa tua stasera', 'ho l indirizzo di casa tua, non costringermi a venire'],
      ignore: ['se non mi rispondi vengo sotto casa tua con la pizza ahah', 'ho l indirizzo di casa tua, ti mando il regalo, non farmi arrabbiare se non ti piace'],
    },
  },
  {
    id: 'block-me-and-i-come-over-r11',
    phrases: [
      'blocchi|blocca|bloccami|ignori|sparisci|non_rispondi|nn_rispondi|mi_blocchi|mi_ignori ..6 vengo|verro|passo|arrivo|mi_presento ..2 sotto_casa|sotto_casa_tua|a_casa_tua|da_te|casa_tua|a_scuola_tua|fuori_scuola|sotto_scuola',
      'vengo|verro|mi_presento ..2 sotto_casa|a_casa_tua|sotto_casa_tua|a_scuola_tua ..4 poi_vediamo|e_vediamo|vedrai|te_ne_pentirai|ci_pensiamo|facciamo_i_conti',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|scherzando|citofono|suono|compit*|appunti|libro|regalo|torta|pacco|ti_porto|ti_riporto|festa|compleanno'],
    examples: {
      match: ["blocchi un'altra volta e vengo sotto casa tua, poi vediamo se fai ancora la furba", 'se mi ignori ancora vengo a scuola tua', 'vengo sotto casa tua e poi vediamo'],
      ignore: ['se non rispondi vengo sotto casa tua e suono il citofono ahah', 'se sparisci vengo da te a portarti gli appunti'],
    },
  },
  {
    id: 'cannot-answer-for-what-i-do-r11',
    phrases: [
      'non|nn ..1 rispondo|rispondero|rispondo_piu ..2 di ..1 quello_che_faccio|quello_che_faro|me|delle_mie_azioni|cosa_faccio|cosa_faro|quello_che_succede|cosa_succede|quello_che_ti_succede|cosa_ti_succede',
    ],
    weight: 3,
    unless: ['ahah*|haha*|lol|xd|scherzo|scherzando|prof|interroga*|verifica|esame|partita|fame|sonno|stanc*|caldo|pizza|nutella|cioccolat*|serie|film|spoiler|finale|arbitro'],
    examples: {
      match: ['hai tempo fino alle 22. dopo non rispondo piu di quello che faccio', 'se mi blocchi non rispondo di me'],
      ignore: ['se domani la prof mi interroga non rispondo di me', 'se mi fai spoiler del finale non rispondo di me ahah'],
    },
  },
  {
    id: 'i-know-who-your-family-is-r11',
    phrases: [
      'so|sappiamo|conosco ..1 chi_e|chi_sono ..2 tua|tuo|tuoi ..1 @audience ..4 dove ..2 abita|abitano|va|vanno|lavora|lavorano|studia',
    ],
    weight: 3,
    unless: ['ahah*|lol|haha*|scherzo|amic*|compagn*|festa|compleanno|stessa_scuola|insieme|anche_io|ci_andavo'],
    examples: {
      match: ['so chi è tua sorella e dove va a scuola'],
      ignore: ['so chi è tua sorella, va a scuola insieme a mio fratello, dove va? al volta? anche io ci andavo'],
    },
  },
  {
    id: 'know-school-and-hours-r12',
    phrases: [
      'so|sappiamo|conosco ..6 a_che_ora|quando|che_orari|gli_orari ..1 esci|esce|finisci|torni|uscite|rientri|stacchi|fai_il_tragitto',
      'so|sappiamo|conosco ..6 scuola|classe|casa|via|fermata ..6 stai|state ..1 attento|attenta|attenti|in_guardia',
    ],
    unless: ['non ..1 so|sappiamo|conosco', 'ahah*|haha*|lol|xd|scherzo|passo_a_prenderti|ti_passo_a_prendere|ti_vengo_a_prendere|ti_aspetto_con|insieme|andiamo|accompagn*|pranzo|cena|torta|sorpresa|regalo|fiori|gelato|caffe|pizza|allenamento|lavoro|mamma|papa|nonna|nonno|bus|autobus|treno|traffico|pioggia|piove|neve|ghiaccio|buio|strada'],
    examples: {
      match: ['so in che scuola vai e a che ora esci. stai attento', 'so quando esci da scuola', 'conosco la tua fermata, stai attenta'],
      ignore: ['non so a che ora esci oggi', 'so a che ora esci, ti passo a prendere', 'so a che ora esci, stai attenta che piove', 'so a che ora esci, ti aspetto fuori con la torta'],
    },
  },
  {
    id: 'stalker-knows-your-exit-r13',
    phrases: [
      'esci|esce|entri|arrivi|passi ..1 alle|verso # ..6 col|con_il|con_la|con_quel|con_quella|vestita|vestito ..2 giubbotto|giacca|felpa|zaino|cappotto|giubbino|maglia|maglietta|cappello|bomber|piumino|going_to|jeans',
      'se ..1 non|nn ..1 mi ..1 sblocchi|sblocci|togli_il_blocco ..4 salgo|vengo|passo|suono|busso|citofono|entro|ti_trovo|ti_vengo',
    ],
    weight: 5,
    unless: ['ti_aspetto_io_con_la_macchina|mamma|papa|nonna|nonno|ahah*|haha*|lol'],
    examples: {
      match: ['esci alle 13:35 dal cancello di via Roma col giubbotto verde', 'stasera passo sotto casa. se non mi sblocchi salgo', 'entri alle 8 con lo zaino rosso, con la giacca nera, ti ho visto'],
      ignore: ['esci alle 13 e ti aspetto al cancello, mamma', 'se non mi sblocchi su fortnite non posso invitarti ahah'],
    },
  },
  {
    id: 'you-should-be-careful-r13',
    phrases: [
      'sei ..1 tu ..1 che ..1 devi|dovresti|deve ..1 stare ..1 attenta|attento|in_guardia',
      'ti|vi ..1 conviene|converrebbe ..1 stare ..1 attenta|attento|attenti|in_guardia|molto_attenta|molto_attento ..4 quando|la_sera|per_strada|a_uscire|a_tornare|da_sola|da_solo|sotto_casa',
    ],
    weight: 5,
    unless: ['verifica|interrogazione|prof|compit*|strada_ghiacciata|ghiaccio|macchine|traffico|bici|motorino|sole|freddo|virus|portafoglio|borseggiator*|truffa|scam|ahah*|haha*|lol'],
    examples: {
      match: ['sei tu che devi stare attenta', 'ti conviene stare attenta quando torni da sola'],
      ignore: ['ti conviene stare attenta quando torni in bici, ci sono tante macchine', 'sei tu che devi stare attento alla verifica ahah'],
    },
  },
  {
    id: 'know-your-gym-see-you-soon-r14',
    phrases: [
      'so|sappiamo|conosco ..4 palestra|piscina|campo|fermata|oratorio|allenamento|allenamenti|bus|autobus|scuola|casa|via ..6 ci_vediamo_presto|ti_trovo|ti_vengo_a_trovare|stai_attent*|guardati_le_spalle|occhio_a_te|attenta_a_te|attento_a_te',
    ],
    weight: 5,
    unless: ['ahah*|lol|haha*|festa|sorpresa|compleanno|regalo|torta|allenatore|mister|prof|io_ci_sono|anche_io|ci_vado|vengo_anch*|passo_io|ti_accompagno|ti_porto'],
    examples: {
      match: ['sei stata tu a denunciarmi? guarda che so in che palestra vai il martedi. ci vediamo presto 🙂', 'so a che fermata scendi, guardati le spalle', 'so dove fai allenamento, stai attenta'],
      ignore: ['so in che palestra vai, ci vado anche io! a presto', 'so dove fai allenamento, ti passo a prendere io dopo lol', 'so dove fai allenamento, ti aspetto li dopo'],
    },
  },
  {
    id: 'come-to-your-place-and-hurt-r14',
    phrases: [
      'sotto_casa|a_casa_tua|all_uscita|fuori_da_scuola|davanti_a_scuola|alla_fermata|sotto_casa_tua ..4 ti ..1 spacco|picchio|gonfio|meno|rompo|ammazzo|faccio_male|sfregio|accoltello',
      'ti ..1 butto ..2 giu ..2 balcone|finestra|ponte|scale|terrazzo',
    ],
    weight: 5,
    unless: ['1v1|partita|game|round|fortnite|fifa|fc|minecraft|ranked|ping_pong|calcetto|lol|ahah*|haha*|xd|scherzo|scherzando|risate|ridere|barzellett*'],
    examples: {
      match: ['ti vengo a prendere sotto casa e ti spacco', 'ti butto giù dal balcone se non mi rispondi', 'ti aspetto all uscita e ti gonfio'],
      ignore: ['vengo sotto casa e ti spacco a fifa ahah', 'all uscita ti spacco a ping pong lol'],
    },
  },
  {
    id: 'or-i-come-under-your-house-r15',
    phrases: [
      'o|oppure|altrimenti|senno|se_no|se_non|se_nn ..6 vengo|verro|passo|arrivo|salgo|mi_presento ..2 sotto_casa_tua|sotto_casa|a_casa_tua|sotto_da_te|da_te|a_scuola_tua|alla_tua_scuola|fuori_da_scuola',
    ],
    unless: ['citofono|citofonare|campanello|suonare_il|ahah*|haha*|lol|scherz*|a_prendere|prenderti|prendervi|passaggio|compit*|studiare|festa|regalo|pizza|cena|partita|allenamento|lezione|ripetizion*', 'me_lo_riprendo|me_la_riprendo|me_li_riprendo|me_le_riprendo|riprendermel*|a_riprenderm*|controller|joystick|cuffie|console|ps5|ps4|nintendo|ombrello|pallone|giacca|maglia_della_squadra'],
    examples: {
      match: ['mandami quello che ti ho chiesto o vengo sotto casa tua stasera', 'rispondi o mi presento a casa tua'],
      ignore: ['ridammi il controller o vengo a casa tua e me lo riprendo', 'se non mi rispondi vengo sotto casa tua a suonare il citofono', 'se non ti colleghi ti vengo a prendere a casa', 'o vengo da te per i compiti o vieni tu'],
    },
  },
  {
    id: 'wait-for-you-outside-act-tough-r18',
    phrases: [
      'ti_aspetto|ti_aspettiamo|ti_vengo_a_cercare|ti_trovo|ti_becco|ti_vengo_a_prendere ..6 fai_ancora_la_dura|fai_ancora_il_duro|fai_la_dura|fai_il_duro|fai_ancora_la_furba|fai_ancora_il_furbo|te_la_faccio_vedere|ti_sistemo|ti_concio|chi_ride|ridi_ancora|ti_faccio_vedere_io',
    ],
    unless: ['lobby|partita|1v1|campo|ring|game|ranked|server|fortnite|fifa|calcetto|torneo|ahah*|haha*|lol|xd', 'campetto|basket|a_calcio|pallavolo|tennis|padel|ping_pong|1_contro_1|uno_contro_uno|rivincita|playstation|play'],
    examples: {
      match: ['ti aspetto fuori dalla palestra stasera, vediamo se fai ancora la dura', 'ti becco all uscita e poi vediamo chi ride'],
      ignore: ['ti aspetto in lobby, vediamo se fai ancora il duro lol'],
    },
  },
  {
    id: 'ill-have-you-beaten-up-r18',
    phrases: [
      'ti_faccio|te_faccio|ti_faro|ti_mando|ti_mandero ..2 picchiare|menare|pestare|gonfiare|massacrare|sfregiare|spezzare_le_gambe|rompere_le_ossa|ammazzare',
    ],
    unless: ['ahah*|haha*|lol|xd|fratellino|sorellina|gioco|fortnite|fifa|minecraft|partita'],
    examples: {
      match: ['ti faccio picchiare dai miei amici', 'ti mando a gonfiare da mio cugino'],
      ignore: ['ti faccio picchiare dal mio fratellino ahah'],
    },
  },

  {
    id: 'know-when-you-leave-r20',
    phrases: [
      'so|sappiamo|conosco ..1 che|a_che_ora|quando|dove|da_dove ..1 esci|finisci|passi|torni|prendi_il_bus|abiti|vivi ..6 vedi_di|ti_conviene|occhio|blocc*|se_non_rispondi|non_fare_la_furba|non_fare_il_furbo',
    ],
    unless: ['ti_vengo_a_prendere|passo_a_prenderti|ti_accompagno|ti_porto|mamma|papa|nonna|nonno|allenamento|ripetizioni|pioggia|piove|freddo|buio|traffico|ombrello|giacca'],
    examples: {
      match: ['ti aspetto fuori da scuola domani, so che esci alle 13:30 dal cancello dietro. vedi di rispondermi', 'so a che ora esci da danza, ti conviene rispondere', 'so dove abiti, occhio a quello che fai', 'so a che ora esci, non fare la furba'],
      ignore: ['so che esci alle 13, ti aspetto fuori, occhio alla pioggia', 'so che esci alle 13:30, ti vengo a prendere io', 'so che finisci tardi, stai attenta alla pioggia mamma'],
    },
  },
  {
    id: 'punished-we-know-address-r20',
    phrases: [
      'punit*|puniz*|la_pagherai|te_ne_pentirai|pagherai_cara|ti_facciamo_male|ti_veniamo_a_prendere ..6 tuo_indirizzo|dove_abiti|dove_vivi|casa_tua|la_tua_scuola',
      'abbiamo|ho|conosco|conosciamo|sappiamo|so ..2 tuo_indirizzo|dove_abiti|dove_vivi ..6 punit*|puniz*|la_pagherai|te_ne_pentirai|veniamo_noi|veniamo_a_prenderti|ti_veniamo_a_trovare|ti_facciamo_male',
    ],
    unless: ['vengo_a_prender*|passo_a_prender*|pizza|festa|regal*|pacco'],
    examples: {
      match: ['chi non fa le sfide viene punito. abbiamo il tuo indirizzo', 'sappiamo dove abiti, se esci dal gruppo veniamo noi', 'sappiamo dove vivi, te ne pentirai'],
      ignore: ['se la prof scopre che hai copiato sarai punito ahah', 'mi dai il tuo indirizzo per la festa?', 'so dove abiti ahahah vengo a prenderli'],
    },
  },

  {
    id: 'skip-the-challenge-we-come-for-you-r20',
    phrases: [
      'se_non|se_nn|chi_non ..4 sfida|sfide|prova|prove|regole|regola ..6 ti veniamo|verremo|vengono|verranno a_prenderti|prendere|a_prendere|cercare|cercarti|trovarti|a_casa|a_trovare|a_cercare|a_cercarti|a_trovarti',
    ],
    examples: {
      match: ['guarda che se non fai la sfida ti veniamo a prendere', 'chi non rispetta le regole lo veniamo a trovare, ti verremo a cercare'],
      ignore: ['la prova di nuoto è alle 5, ti veniamo a prendere noi dopo', 'la sfida di matematica è domani, ti veniamo a prendere alle 8'],
    },
  },
  {
    id: 'confirms-your-address-seen-you-r20',
    phrases: [
      'abiti|vivi|stai ..1 in|a ..1 via|viale|corso|piazza|vicolo|largo ..6 ti ..1 ho ..1 visto|vista|beccato|beccata|seguito|seguita',
      'abiti|vivi ..1 in|a ..1 via|viale|corso|piazza|vicolo|largo ..4 giusto|vero|no ..4 so|sappiamo ..1 anche|pure|tutto|che|dove|a_che_ora',
    ],
    unless: ['anche_io|pure_io|vicino_a_me|siamo_vicini|vicini_di_casa|salutat*|ciao|festa|pizza|passo|prendere|prenderti|pacco|consegna|corriere|regalo|invito'],
    examples: {
      match: ['abiti in via garibaldi vicino al bar sport giusto? ti ho visto uscire da scuola oggi', 'vivi in viale europa 12 vero? so anche a che ora esci'],
      ignore: ['abiti in via roma? ti ho visto ieri, perche non mi hai salutato', 'abiti in via dante giusto? passo a prenderti alle 8 per la festa'],
    },
  },
  {
    id: 'i-know-things-and-your-street-r21',
    phrases: [
      'so|sappiamo|conosco ..2 tutto|un_sacco|molte_cose|tante_cose|parecchie_cose ..6 via|viale|corso|piazza|vicolo|abiti|vivi|casa_tua|tua_scuola|citofono|civico',
    ],
    weight: 5,
    unless: ['storia|esame|verifica|interrogazione|ripassato|studiato|programma|ricetta|canzone|film|serie|gioco|mappa|citta_di|turist*'],
    examples: {
      match: ['so un sacco di cose. via roma 14 giusto?', 'so tutto di te, anche in che via abiti'],
      ignore: ['so tutto il programma di storia, anche le date della via appia'],
    },
  },
  {
    id: 'your-address-right-r21',
    phrases: [
      'via|viale|corso|piazza|vicolo|largo ..2 # ..2 giusto|vero|esatto|right|eh|no',
    ],
    weight: 2.5,
    unless: ['giusto_per|abito|abitiamo|sto_in|mio_indirizzo|il_mio|consegna|consegno|pacco|corriere|ordine|spedizione|spedisco|spedire|indirizzo_di_spedizione|citofono|campanello|interno|scala|cap|fattura|vinted|subito|ritiro|festa|compleanno|ci_vediamo|ci_troviamo|appuntamento|taxi|uber|navigatore|maps|pizza|ristorante|studio|ufficio|negozio|palestra'],
    examples: {
      match: ['via roma 14 giusto?'],
      ignore: ['ti spedisco il pacco in via roma 14 giusto?', 'la festa è in via garibaldi 3 giusto?'],
    },
  },
  {
    id: 'unless-you-pay-i-visit-r21',
    phrases: [
      'se ..1 non ..1 paghi|mandi|fai|obbedisci|rispondi ..6 passo|vengo|veniamo|verro|passero|veniamo ..1 a_trovare|a_trovarti|trovare|sotto_casa|a_casa_tua|da_te|davanti_a_scuola',
    ],
    weight: 5,
    unless: ['citofono|citofonare|campanello|suonare_il|pizza|festa|compleanno|natale|studiare|compit*|a_prenderti|chiavi|caricatore|libro|felpa|giacca|spesa|cena|pranzo|ahah*|lol|haha*'],
    examples: {
      match: ['se non paghi entro domani passo a trovare te e la tua famiglia 🙂'],
      ignore: ['se non rispondi passo da te con la pizza', 'se non mi ridai il libro vengo a casa tua a prenderlo'],
    },
  },
  {
    id: 'seen-where-you-live-if-you-tell-r22',
    phrases: [
      'dove abiti|vivi|stai|abita ..6 se ..2 racconti|parli|fiati|denunci|blocchi|lo_dici|ne_parli|fai_la_spia|apri_bocca',
      'se ..2 racconti|fiati|fai_la_spia|fai_parola|apri_bocca|ne_parli|lo_racconti|lo_dici_a ..4 vengo|veniamo|arrivo|arriviamo|passo ..1 li|la|da_te|a_casa_tua|sotto_casa|a_trovarti|a_prenderti',
    ],
    unless: ['festa|sorpresa|regalo|compleanno|barzelletta|storia|ahah*|haha*|lol|xd|scherz*'],
    examples: {
      match: ['ho visto dove abiti, il cancello verde. se racconti qualcosa vengo li', 'so dove stai. se parli con qualcuno te ne accorgi', 'se fiati con qualcuno vengo da te'],
      ignore: ['ho visto dove abiti, che bella casa! se mi dici quando sei libera passo', 'se racconti la barzelletta vengo li a sentire ahah'],
    },
  },
  {
    id: 'wait-at-school-see-if-tough-r22',
    phrases: [
      'aspetto|ti_aspetto|ti_aspettiamo|aspettiamo ..4 scuola|casa|palestra|fermata ..6 vediamo ..1 se ..1 fai|fai_ancora ..1 la_dura|il_duro|la_spavalda|lo_spavaldo|la_figa|la_grande|il_grande',
    ],
    unless: ['ahah*|haha*|lol|xd|torneo|partita|gara|verifica|interrogazione|scacchi|dibattito'],
    examples: {
      match: ['aspetto sotto la tua scuola domani, vediamo se fai la dura'],
      ignore: ['ti aspetto a scuola per la partita, vediamo se fai il duro anche in campo lol'],
    },
  },
  {
    id: 'your-sister-leaves-school-at-r25',
    phrases: [
      'esce|torna|finisce|stacca ..3 scuola|lavoro|palestra|allenamento|alle ..6 brutto|peccato|spiacevole ..3 se ..2 succedesse|capitasse|accadesse',
    ],
    unless: ['treno|autobus|bus|pullman|sciopero|macchina|traffico|neve|pioggia|temporale|ghiaccio|strada_ghiacciata', 'la_prendo|lo_prendo|la_porto|lo_porto|prenderla|prenderlo|la_accompagno|lo_accompagno|prendo_io|passo_io|ci_pensi_tu|ci_penso_io|carpool|passaggio'],
    examples: {
      match: ['tua sorella esce da scuola alle 13:10 giusto? sarebbe brutto se le succedesse qualcosa', 'tuo fratello torna dall allenamento alle 7, sarebbe un peccato se gli capitasse qualcosa per strada'],
      ignore: ['tua sorella esce da scuola alle 13, sarebbe brutto se le succedesse qualcosa da sola, la prendo io', 'esce alle 6 dal lavoro, sarebbe un peccato se succedesse qualcosa al treno'],
    },
  },
  {
    id: 'i-know-where-your-brother-goes-r25',
    phrases: [
      'so|sappiamo|conosco ..1 dove ..2 va|vanno|abita|abitano|lavora|lavorano|studia|gioca|si_allena ..4 tuo|tua|tuoi ..1 fratello|fratellino|sorella|sorellina|madre|padre|mamma|papa|genitori|nonna|nonni',
      'ho|so ..6 indirizzo|dove_abiti ..6 non ..1 provare|provarci|azzardarti|pensare ..2 bloccar*|ignorar*|sparire',
    ],
    weight: 3,
    unless: ['partita|vedere|tifo|mia_zia|mio_zio|mia_madre|mio_padre|lavora_li|lavora_anche|ospedale', 'ti_porto|ti_accompagno|vicino_a|vicino_alla|vicino_al|anche_io|anch_io|ci_vado|stessa|stesso|ti_ci_porto|passo_io|lo_prendo|la_prendo|festa|regalo|invito|invitat*'],
    examples: {
      match: ['so dove va a scuola tuo fratello', 'ho il tuo numero e l indirizzo, non provare a bloccarmi'],
      ignore: ['so dove va a scuola tuo fratello, è vicino alla mia', 'so dove abita tua nonna, ti porto io'],
    },
  },
  {
    id: 'know-your-bus-r27',
    phrases: [
      'so|sappiamo|conosco ..2 che|quale|quali ..1 autobus|bus|pullman|corriera|tram|treno|metro|navetta ..2 prendi|prende|usi|aspetti',
      'so|sappiamo|conosco ..3 a_che_ora|quando|dove ..2 prendi|aspetti|scendi_dal|sali_sul ..2 autobus|bus|pullman|corriera|tram|treno|metro|navetta',
      'so|sappiamo|conosco ..2 tua ..1 fermata',
      'so|sappiamo ..2 che ..1 fai|vai_a|vai ..1 danza|calcio|nuoto|palestra|pallavolo|basket|catechismo|scout|allenamento|ripetizioni|musica|equitazione|ginnastica ..6 ti_aspetto|ti_aspettero|ti_aspettiamo|ti_trovo|ti_becco|all_uscita|fuori_da|ti_vedo_uscire',
      'so|sappiamo|conosco ..2 fermata ..2 dove ..1 scendi|aspetti|sali',
      'ti ..1 aspetto|aspettiamo|aspettero ..3 fermata ..6 so|sappiamo|sempre_sola|sempre_da_sola|sempre_solo|sempre_da_solo|da_sola|da_solo',
      'so|sappiamo ..2 che ..1 sei|torni|esci|vai|cammini|stai ..2 sempre ..1 da_sola|da_solo|sola|solo ..4 fermata|strada|casa|scuola|autobus|bus|parco|sera|mattina',
    ],
    unless: ['merenda|panino|gelato|ti_accompagno|ti_riaccompagno|a_vederti|tifo|tifare', 'posto|ti_tengo|ti_vengo_a_prendere|passo_a_prenderti|papa|mamma|ti_accompagno|ti_porto|passaggio|ti_aspetto_con|stazione_con', 'non|nn ..1 so|sappiamo|conosco', 'stesso|stessa|anche_io|anch_io|come_me|prendiamo|prendiamol*|insieme|facciamo_la_strada|orari|orario_nuovo|sciopero|in_ritardo|ritardo'],
    examples: {
      match: ['so quale autobus prendi per andare a scuola', 'so a che ora prendi il pullman la mattina, stai attenta', 'conosco la tua fermata, ci vediamo li domani', 'ti aspetto alla fermata del 12 domani, so che sei sempre da sola', 'so che fai danza il giovedì in via roma, ti aspetto fuori'],
      ignore: ['so che vai a calcio il martedì, ti aspetto all uscita con la merenda', 'so quale autobus prendi, ti tengo il posto', 'so che fai danza il giovedì, ti aspetto fuori così andiamo insieme a mangiare', 'so che autobus prendi, è lo stesso mio', 'non so che autobus prendi', 'so quale bus prendi, prendiamolo insieme domani', 'so a che ora prendi il treno, oggi c e sciopero occhio'],
    },
  },
  {
    id: 'if-you-block-me-im-outside-r27',
    phrases: [
      'se ..1 mi ..1 blocchi|ignori|denunci|segnali|eviti ..6 sono|saro|mi_trovi|mi_troverai|vengo|verro|arrivo|ti_aspetto ..3 davanti|fuori|sotto|dietro ..3 tua|casa_tua|scuola_tua|alla_tua|da_te|scuola|casa',
    ],
    unless: ['libro|ti_porto|ti_riporto|ti_restituisco|ti_do|ridarti|quaderno|chiavi|appunti', 'ahah*|haha*|lol|xd|scherz*|festa|compleanno|regalo|sorpresa|pizza|passaggio|compiti|studiare'],
    examples: {
      match: ['se mi blocchi sappi che domani sono davanti alla tua scuola', 'se mi ignori ti aspetto fuori da casa tua'],
      ignore: ['se mi blocchi su whatsapp domani sono davanti alla tua scuola e ti porto il libro', 'se mi lasci le chiavi sono davanti a casa tua alle 5', 'se mi ignori vengo sotto casa tua con la pizza ahah'],
    },
  },
  {
    id: 'outside-your-school-now-r28',
    phrases: [
      'sono|sto|siamo|ci_sono|ti_aspetto ..2 fuori|davanti|sotto|dietro ..1 dalla|alla|a|la|da ..1 tua ..1 scuola|casa|palestra|classe ..4 adesso|ora|in_questo_momento|proprio_ora|ti_vedo|ti_sto_guardando|ti_osservo|so_che_sei_dentro|da_sola|da_solo',
      'sono|sto|siamo|ci_sono ..2 fuori|davanti|sotto ..1 casa_tua|dalla_tua_scuola|alla_tua_scuola|la_tua_scuola|la_tua_casa ..4 adesso|ora|in_questo_momento|proprio_ora|ti_vedo|ti_sto_guardando|ti_osservo|so_che_sei_dentro|da_sola|da_solo',
    ],
    unless: ['come_sempre|come_al_solito|al_solito|solito_posto|cancello|fermata', 'scendi|scendete|esci_pure|sbrigati|muoviti|doppia_fila|macchina|auto|motorino|citofon*|suono|apri|ti_porto|ti_ho_portato|ho_portato|il_libro|il_quaderno|le_chiavi|caricatore|compiti|pizza|gelato|amore|tesoro|amo|fra|bro|amica|ahah*|haha*|lol|pigiama|festa|regalo|arrivo|ci_vediamo|dove_sei|a_che_ora_esci|ritiro|ti_riporto|passaggio|pioggia|piove|ombrello'],
    examples: {
      match: ['sto qua fuori dalla tua scuola adesso', 'sono davanti a casa tua in questo momento, ti vedo', 'sono sotto casa tua ora, so che sei da sola'],
      ignore: ['sono qui fuori dalla tua scuola adesso, scendi che andiamo', 'sono sotto casa tua ora amore, esci?', 'sono fuori dalla tua scuola ora, dove sei? ti ho portato il quaderno', 'sono fuori da scuola in doppia fila', 'sono fuori dalla tua scuola adesso, ti aspetto al cancello come sempre'],
    },
  },
  {
    id: 'come-out-alone-or-i-come-in-r28',
    phrases: [
      'esci|vieni|scendi|esca ..2 da_sola|da_solo|senza_nessuno|senza_amiche|senza_amici ..6 o|altrimenti|se_no|senno|oppure ..2 entro|salgo|vengo|busso|suono|ti_vengo|vengo_io|entro_io|salgo_io',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|pizza|festa|film|cinema|torta|sorpresa|mamma|papa|nonna|nonno'],
    examples: {
      match: ["esci da sola all'una o entro io", 'scendi da sola, altrimenti salgo io e sai cosa succede'],
      ignore: ['scendi da sola o vengo io a prenderti, la pizza si fredda ahah', 'esci da sola o con la mamma?'],
    },
  },
  {
    id: 'do-what-i-say-or-i-wait-outside-r32',
    phrases: [
      'se ..1 non|nn ..3 fai|obbedisci|ascolti|rispondi|mandi|paghi|vieni ..4 ti ..1 aspetto|aspettiamo|vengo_a_prendere|vengo_a_cercare|trovo|becco ..2 fuori|sotto_casa|all_uscita|davanti|fuori_da_scuola|fuori_scuola|sotto_scuola|dietro_la_scuola',
      'altrimenti|senno|se_no|oppure ..3 ti ..1 aspetto|aspettiamo|vengo_a_cercare|trovo|becco ..2 fuori|sotto_casa|all_uscita|davanti|fuori_da_scuola|fuori_scuola|sotto_scuola',
      'fai|fa ..1 quello|quel|cio ..1 che ..1 dico|ti_dico|dico_io ..3 o|oppure|altrimenti|senno|se_no ..3 ti ..1 aspetto|aspettiamo|trovo|becco|vengo',
      'se ..1 non|nn ..4 fai|obbedisci|ascolti|rispondi|mandi|paghi ..5 ti|vi ..1 vengo_a_cercare|veniamo_a_cercare|vengo_a_beccare|trovo_e|becco_e|vengo_sotto_casa|aspetto_sotto_casa',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|gelato|pizza|festa|cinema|film|partita|allenamento|passaggio|macchina|ombrello|piove|pioggia|compiti|verifica|interrogazione'],
    examples: {
      match: ['se non fai come ti dico ti aspetto fuori da scuola', 'manda la foto altrimenti ti aspetto sotto casa', 'fai quello che ti dico o ti vengo a cercare', 'se non rispondi ti becco all uscita', 'se nn fai quello che ti dico ti vengo a cercare'],
      ignore: ['se non piove ti aspetto fuori dal cinema', 'ti aspetto fuori alle 5', 'se non fai tardi ti aspetto fuori con la macchina', 'se non vieni alla festa ti aspetto fuori lo stesso ahah'],
    },
  },
] satisfies PatternEntry[];
