import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'meet-in-person',
    phrases: [
      'vediamoci|incontriamoci|conosciamoci|beccamoci|ci_incontriamo|ci_conosciamo ..3 dal_vivo|di_persona|da_soli|di_nascosto|in_segreto|io_e_te|noi_due|da_me|a_casa|in_un_posto|posto_tranquillo|appartat*',
      'vederci|incontrarci|conoscerci|conoscerti|incontrarti ..2 dal_vivo|di_persona|da_soli|di_nascosto|in_segreto|io_e_te',
      'ci vediamo|incontriamo ..3 dal_vivo|di_persona|da_soli|di_nascosto|in_segreto|io_e_te|noi_due',
      'ti vengo|vengo|passo|posso_venire|posso_passare ..1 a prenderti|prendere|trovarti|a_prenderti|a_trovarti',
      'passo|vengo|verro a prenderti|a_prenderti|prenderti',
      'ti aspetto|aspettero ..3 all_uscita|fuori|davanti|sotto_casa|alla_fermata|al_parco|dietro|in_macchina|in_auto|dopo_scuola|alla_stazione|al_bar|al_centro_commerciale|in_piazza',
      'vieni ..2 da_me|a_casa_mia|a_casa_da_me|nel_mio_appartamento|in_albergo|in_hotel|a_trovarmi',
      'posso ..1 venire ..2 da_te|a_casa_tua|a_trovarti|sotto_casa_tua',
      'ti porto ..2 in_macchina|a_fare_un_giro|in_giro|a_casa_mia|da_me',
      'ti porto ..3 fuori|a_cena|a_mangiare|al_cinema|in_giro ..4 solo_io_e_te|io_e_te|noi_due|da_soli|solo_noi',
      'sali in macchina|auto',
      'vengo|verro|passo [io] da_te|a_casa_tua|sotto_casa_tua ..4 quando|mentre|se|che ..2 non ..1 c_e|ci_sono|c|ce|sono ..1 nessuno|i_tuoi|tua_madre|i_tuoi_genitori|a_casa',
      'mi_piacerebbe|vorrei|voglio|vorrei_tanto|voglio_proprio|ho_voglia_di|non_vedo_l_ora_di ..1 conoscerti|vederti|incontrarti|abbracciarti ..2 di_persona|dal_vivo',
      'posso|potrei|vorrei|voglio|fammi|lasciami ..1 venire|passare ..1 a ..1 prenderti|prendere_te',
      'usciamo|uscire|esci|uscirai ..2 io_e_te|noi_due|solo_noi|da_soli|solo_con_me', 'dove|quando ..2 ci ..1 possiamo|potremmo|possiamo_mai ..1 incontrare|vedere|trovare ..4 senza ..2 che ..1 nessuno|i_tuoi|qualcuno|tua_madre'],
    unless: ['mia_madre|mio_padre|i_miei|mia_mamma|mio_fratello|mia_sorella|mia_nonna ..1 mi ..1 rompe|rompono|stressa|stressano|urla|urlano|tormenta|fa_impazzire|fanno_impazzire', 'concerto|in_concerto|tour|palco|cantante_preferit*|la_mia_cantante|il_mio_cantante|autografo', 'per_il_corso|al_corso|dal_corso|per_catechismo|al_catechismo|dal_catechismo|agli_scout|dagli_scout|all_oratorio|dall_oratorio', 'o|oppure|altrimenti|se_no|senno ti ..1 vengo|veniamo ..1 a ..1 prendere|cercare', 'non_fare_il_furbo|non_fare_la_furba|non_fare_lo_scemo|non_fare_la_scema', 'ti_accompagna|o_ti_accompagna|ti_accompagna_qualcuno|non_trovo_il|il_locale|a_che_ora_finisci|a_che_ora_finite|quando_finisci|quando_finite', 'a_che_ora_arrivi|a_che_ora_arriva|che_treno_prendi|binario|con_papa|con_mamma|con_il_papa|con_la_mamma|con_babbo|con_mio_babbo|con_mio_padre|con_mia_madre|con_mio_papa|con_mia_mamma|con_i_miei|con_tuo_padre|con_tua_madre|mandami_la_posizione', 'e_buio|fa_buio|c_e_buio|non_uscire_da_sola|non_uscire_da_solo', 'per ..2 progetto|ricerca|compiti|studiare|ripassare|allenamento|partita|lezione|verifica|interrogazione|esame|esercizi|tesina', 'a_studiare|a_ripassare|a_fare_i_compiti|studiamo_insieme|a_fare_la_ricerca', 'biblioteca|scuola_guida|dentista|dottore|medico', 'palestra|alla_festa|festa_di|per_andare|aeroporto|dal_dentista|dal_medico|dalla_nonna|dopo_il_lavoro|per_scuola|per_andare_a_scuola|per_la_scuola|facciamo_tardi|arriviamo_tardi|perdiamo_il_treno|perdiamo_il_bus|perdiamo_il_pullman|prima_ora|prima_campanella|entriamo_alle', 'mia_mamma|mia_madre|mio_papa|mio_padre|mia_nonna|i_miei ..1 che ..1 fa|fanno|prepara|preparano|cucina|cucinano|ci_porta|ci_accompagna|ci_fa'],
    examples: {
      match: ['vorrei tanto vederti dal vivo', 'mi piacerebbe vederti di persona', 'domani posso venire a prenderti sotto casa', 'ti porto fuori a cena, solo io e te', 'dai usciamo insieme io e te, solo noi due', 'ti vengo a prendere io in macchina', 'ci vediamo domani dopo scuola? ti aspetto all uscita', 'vediamoci da soli', 'vieni a casa mia', 'voglio conoscerti di persona', 'posso venire a casa tua?', 'vengo io da te quando non c è nessuno', 'dove ci possiamo incontrare senza che nessuno ci veda?'],
      ignore: ['sei a casa da sola? posso venire da te che mia madre mi stressa', "sei a casa da sola? ti vengo a prendere io alle 7 per il corso", "entro le 8 voglio i miei 10 euro o ti vengo a prendere a casa 😂", "e portami i 5 euro della pizza, non fare il furbo che ti vengo a prendere a casa", "mandami una foto di dove sei che ti vengo a prendere, non trovo il locale", "ti vengo a prendere io o ti accompagna qualcuno?", 'vuoi che vengo a prenderti alla stazione? dimmi a che ora arrivi', 'domani ti passo a prendere per scuola?', 'vorrei tanto vederti dal vivo al concerto, sei la mia cantante preferita', 'ci vediamo a scuola', 'domani alle 4 ci vediamo in biblioteca per la ricerca', 'ti aspetto per cena', 'vieni da me per studiare?', "allora oggi pomeriggio vieni da me? c'è mia mamma che fa la torta"],
    },
  },
  {
    id: 'when-do-we-meet',
    phrases: [
      'vediamoci|incontriamoci|conosciamoci|beccamoci|ci_incontriamo|ci_conosciamo ..3 sabato|domani|stasera|oggi|dopo_scuola|al_parco|in_centro|al|alla',
      'possiamo|potremmo|dobbiamo|voglio|vorrei|vuoi|ti_va_di|quando ..1 vederci|incontrarci|conoscerci|vedere_te|incontrarti|conoscerti',
      'ti offro ..2 da_bere|un_caffe|un_gelato|una_pizza|la_cena|un_drink',
      'prendiamo|prendiamoci ..2 un_caffe|un_gelato|qualcosa|da_bere ..2 insieme|io_e_te|noi_due','quando ci vediamo|incontriamo|conosciamo', 'ci incontriamo|ci_conosciamo|conosciamoci', 'ci vediamo ..1 io_e_te|noi_due|da_soli', 'ci vediamo|incontriamo ..3 dopo_scuola|all_uscita|fuori_da_scuola', 'vediamoci|incontriamoci|beccamoci', 'ci_troviamo|troviamoci ..3 al|alla|in|dopo_scuola|stasera|domani|sabato|domenica|parco|piazza|stazione|centro|da_me', 'ti_va_di|vuoi|ti_andrebbe_di|perche_non ..1 venire|passare ..2 a_casa_mia|da_me'],
    weight: 1,
    unless: ['per ..2 progetto|ricerca|compiti|studiare|ripassare|allenamento|partita|lezione', 'biblioteca|scuola_guida|dentista|dottore|medico', 'parrocchia|oratorio|catechismo|scout|gita|pullman|autorizzazione|ritrovo|in_sede|davanti_alla_scuola|ragazzi|raga'],
    examples: { match: ['quando ci vediamo?', 'ci incontriamo?', 'possiamo vederci sabato?', 'vediamoci domani', 'vediamoci, ma non dirlo a nessuno', 'ci troviamo al parco dopo scuola?', 'ti va di venire a casa mia sabato?'], ignore: ['ci vediamo a scuola', 'vediamoci in biblioteca per la ricerca'] },
  },
  {
    id: 'come-over-parents-away',
    phrases: [
      'venire|passare|vieni|passa|passi|venir* da_me|a_casa_mia|a_dormire_da_me ..6 i_miei|mia_madre|mio_padre|mia_mamma|i_miei_genitori|nessuno ..2 non ..2 ci_sono|c_e|ci_saranno|ci_sara|sono_via|sono_fuori',
      'venire|passare|vieni|passa|passi|venir* da_me|a_casa_mia ..6 casa ..1 libera|vuota',
      'venire|passare|vieni|passa|passi|venir* da_me|a_casa_mia ..6 saremo|siamo|staremo|stiamo ..1 soli|solo_noi|io_e_te|da_soli',
    ],
    weight: 3,
    unless: ['tutti|tutta|tutte|classe|squadra|pizza|cena|grigliata|raga|ragazzi|ragazze|gruppo|festa|film_con|studiare|compiti|progetto|ricerca|ripassare|anche_giulia|anche_marco|pigiama_party|torneo|partita|ahah*|lol'],
    examples: {
      match: ['ti va di venire da me sabato? i miei non ci sono', 'vieni da me stasera, casa libera', 'passa da me dopo scuola, saremo soli'],
      ignore: ['vieni da me sabato? i miei non ci sono, facciamo serata film con tutti', 'vieni da me a studiare, i miei non ci sono', 'vieni da me sabato, i miei non ci sono, facciamo la pizza con tutta la classe'],
    },
  },
  {
    id: 'come-alone',
    phrases: [
      'vieni|venire|vieni_pure|presentati|devi_venire|devi_essere|ci_vediamo|vediamoci ..3 da_sola|da_solo|senza_nessuno|senza_amiche|senza_amici|senza_le_tue_amiche|senza_i_tuoi_amici|senza_dirlo|senza_dire_niente|senza_dirlo_a_nessuno',
      'non ..1 portare|portarti ..2 nessuno|amiche|amici|le_tue_amiche|i_tuoi_amici|tua_amica|tuo_amico|tua_sorella|tuo_fratello',
    ],
    weight: 3,
    unless: ['prova|prove|provino|porte_chiuse|riunione|lezione|corso|ristretta|ristretto|posti|cinema|pizzeria|concerto|o_ci_sono|anche_le|anche_gli|porta|portati|festa|cena|compleanno|pizza|gruppo|partita|allenamento|compiti|studiare|bus|treno|autobus|metro|scuolabus|pullman|accompagn*|o_con|oppure|sai_la_strada|strada|mamma|papa|tua_madre|tuo_padre|ahah*|lol|haha*|colloquio|visita|dentista|medico|esame|orale|interrogazione|cane|gatto|ombrello|regalo|giochi|soldi|chiavi|chiave'],
    examples: {
      match: ['ci vediamo domani dopo scuola? ti aspetto dietro la palestra, vieni da sola', 'vieni da sola e non dirlo a nessuno', 'non portare le tue amiche, solo io e te', 'ci vediamo sabato al centro commerciale? vieni da sola, è una sorpresa'],
      ignore: ['vieni da sola o ti accompagna tua madre?', 'riesci a venire da sola in bus?', 'non portare nessuno alla festa, è ristretta', 'ci vediamo al cinema, vieni da sola?', 'non portare nessuno alla prova, è a porte chiuse', 'non portarti il cane'],
    },
  },
  {
    id: 'just-the-two-of-us-r9',
    phrases: [
      'ci_vediamo|vediamoci|ci_troviamo|troviamoci|ci_incontriamo|incontriamoci|beccamoci|ci_becchiamo|usciamo|ci_vediamo_solo ..6 solo|soltanto|soli ..1 noi_due|io_e_te|noi|soletti',
      'ci_vediamo|vediamoci|ci_troviamo|troviamoci|ci_incontriamo|incontriamoci|beccamoci|ci_becchiamo|usciamo ..6 senza ..1 dirlo|dire_niente|dire_nulla|che_nessuno|che_lo_sappia',
    ],
    unless: ['per ..2 progetto|ricerca|compiti|studiare|ripassare|allenamento|partita|lezione', 'biblioteca|scuola_guida|dentista|dottore|medico|ripetizion*|interrogazione|verifica|esame'],
    examples: {
      match: ['che figata è vicino a me!! ci vediamo sabato al parco dietro la scuola? solo noi due', 'usciamo stasera, solo io e te', 'ci vediamo dopo scuola senza dirlo a nessuno?'],
      ignore: ['ci vediamo sabato in biblioteca, solo noi due per ripassare', 'ci vediamo domani per studiare solo io e te'],
    },
  },
  {
    id: 'drop-by-to-say-hi-r11',
    phrases: [
      'passo|vengo|faccio_un_salto|passero|verro ..2 a ..1 salutarti|conoscerti',
    ],
    unless: ['nonna|nonno|zia|zio|mamma|papa|cugin*|ospedale|malat*|febbre|compleanno|festa|negozio|ufficio|lavoro|ahah*|lol|haha*|appunti|compiti|libro|quaderno|ti_porto|ti_riporto|ti_restituisco'],
    examples: {
      match: ['tranquilla 😊 a che ora uscite il sabato? passo a salutarti', 'vengo a conoscerti fuori scuola domani'],
      ignore: ['passo a salutarti in ospedale domani, come stai?', 'la nonna passa a salutarti sabato'],
    },
  },
  {
    id: 'hotel-or-i-pick-you-up-r11',
    phrases: [
      'ci_vediamo|vediamoci|incontriamoci|ci_incontriamo|ti_porto|ti_aspetto ..2 in_hotel|in_albergo|in_motel|in_un_hotel|in_un_albergo|in_un_motel|nella_mia_stanza|in_camera_mia',
      'ti ..1 prendo|recupero ..1 io ..3 stazione|fermata|fuori_scuola|uscita|sotto_casa|in_macchina|in_auto',
    ],
    unless: ['sorpresa|papa|mamma|nonna|nonno|zia|zio|cugin*|pranzo|cena|comunione|cresima|battesimo|colazione|vacanz*|gita|reception|conferenza|matrimonio|famiglia|hostess|lavoro|allenamento|partita|ahah*|lol|haha*'],
    examples: {
      match: ['ci vediamo in hotel, prenoto io', 'ti prendo io alla stazione, non dire niente a nessuno'],
      ignore: ['ci vediamo in hotel per la colazione con la nonna', 'ti prendo io alla stazione, papa lavora'],
    },
  },
  {
    id: 'meet-without-them-knowing-r11',
    phrases: [
      'vedere|vederci|incontrarci|incontrare|trovarci|uscire|vederti|incontrarti ..3 senza ..1 che ..3 lo_sappiano|lo_sappia|lo_scoprano|lo_scopra|se_ne_accorgano|se_ne_accorga|ci_vedano|ci_veda ..2 tuoi|tua_madre|tuo_padre|nessuno|genitori|qualcuno',
    ],
    weight: 3,
    unless: ['festa|sorpresa|regalo|compleanno|prof|ahah*|lol|haha*'],
    examples: {
      match: ['dove ci possiamo vedere senza che lo sappiano i tuoi?', 'possiamo vederci senza che se ne accorga nessuno'],
      ignore: ['dove ci vediamo per preparare la festa a sorpresa senza che lo sappia nessuno?'],
    },
  },
  {
    id: 'roman-pick-you-up-r12',
    phrases: [
      'te|ti passo|vengo|passo_io|vengo_io ..1 a ..1 prende|pija|piglia|pigliare|pija_io|prenne|pijatte|prenderte ..3 io|vicino|sotto|davanti|fuori|a_scuola|dopo|all_uscita|con_la_macchina|col_motorino|in_macchina',
      'passo|vengo|verro|passero|vengo_a|passo_a io ..1 a ..1 prenderti|prendere|prenderte|prende|pija ..4 non|nn|senza ..2 dirlo|dire|serve|sapere|nessuno',
      'ce_vedemo|se_vedemo|ce_vediamo|se_beccamo|ce_beccamo ..3 sabato|domani|stasera|oggi|dopo_scuola|io_e_te|noi_due|da_soli|al|alla|in|da_me|da_te',
    ],
    unless: ['per_scuola|per_andare_a_scuola|pe_anna_a_scola|compit*|studia*|allenamento|partita|calcetto|mamma|papa|nonna|nonno|zia|zio|cugin*|ahah*|haha*|lol|xd|tutti|raga|ragazzi|gruppo|festa|compleanno'],
    examples: {
      match: ['ti porto a mangiare fuori sabato, passo io a prenderti, non serve dirlo a tua madre', 'te passo a prende io vicino scuola', 'sabato ce vedemo da soli?', 'te vengo a pija io col motorino'],
      ignore: ['te passo a prende per anna a scola domani', 'ce vedemo sabato a calcetto coi raga'],
    },
  },
  {
    id: 'come-alone-to-studio-r13',
    phrases: [
      'vieni|venire|passa|passare|raggiungimi ..6 da_sola|da_solo',
      'ci vediamo|vediamo ..2 in ..1 studio|albergo|hotel|ufficio|sala_prove|appartamento',
    ],
    weight: 2,
    unless: ['o_con|oppure|accompagn*|con_tua_madre|con_i_tuoi|con_un_genitore|autorizzazione|biblioteca|a_scuola|in_classe|ripassiamo|ripassare|esame|verifica|interrogazione|studio_medico|dal_dentista|dottore|ahah*|haha*|lol'],
    examples: {
      match: ['sono fotografo, vieni in studio sabato pomeriggio, da sola', 'poi ci vediamo in studio a Roma, ti pago il treno io'],
      ignore: ['vieni da sola o con tua sorella?', 'vieni pure da solo, la biblioteca apre alle 9'],
    },
  },
  {
    id: 'meet-and-come-alone-r13',
    phrases: [
      'ci_vediamo|vediamoci|incontriamoci|ci_incontriamo|ci_becchiamo|beccamoci ..6 vieni|venire|arriva|presentati ..1 da_sola|da_solo',
      'vieni|venire|arriva|presentati ..1 da_sola|da_solo ..1 pero|mi_raccomando|eh|ok|capito|senza_dirlo|che_e_meglio',
    ],
    weight: 3,
    unless: ['o_con|oppure|anche|con_tua|con_tuo|con_le|con_gli|con_i|accompagn*|autorizzazione|biblioteca|a_scuola|in_classe|studio_medico|dentista|dottore|ahah*|haha*|lol|in_bici|in_autobus|a_piedi|col_treno'],
    examples: {
      match: ['domani ci vediamo al parchetto dietro la scuola? vieni da sola pero', 'vediamoci in centro, vieni da solo mi raccomando'],
      ignore: ['ci vediamo al cinema, vieni da sola o con Giulia?', 'vieni da sola in bici o ti porto io?'],
    },
  },
  {
    id: 'ill-drive-you-back-r14',
    phrases: [
      'ti ..1 riaccompagno|riporto|accompagno ..3 io ..2 in_macchina|in_auto|con_la_macchina|in_moto|con_la_moto|col_motorino',
      'ti ..1 do|posso_dare|offro un ..1 passaggio ..3 io|in_macchina|in_auto|a_casa|fino_a_casa|in_moto',
      'ci ..1 vediamo ..2 al|alla|in|davanti ..2 centro_commerciale|stazione|parco|fermata ..6 ti_riaccompagno|ti_porto|ti_vengo_a_prendere|in_macchina|da_soli|non_dirlo',
    ],
    unless: ['mamma|papa|zia|zio|nonna|nonno|allenamento|calcio|partita|tua_madre|tuo_padre|i_tuoi_lo_sanno|lo_sanno_i_tuoi|ho_detto_a_tua|con_tutti|con_gli_altri|con_le_altre|bici|in_bici'],
    examples: {
      match: ['dai allora ci vediamo al centro commerciale, poi ti riaccompagno io in macchina', 'ti riaccompagno io in macchina dopo, tranquilla', 'sabato ti accompagno io a casa in macchina se vuoi', 'ti do un passaggio io fino a casa, dai', 'se ti va ti accompagno a casa io con la macchina'],
      ignore: ['ti riaccompagno io in macchina dopo allenamento, ho detto a tua mamma', 'ci vediamo al parco con tutti, ti riaccompagno io in bici', 'ti accompagno io a casa in macchina, lo sa tua madre', 'ti do un passaggio io con gli altri dopo la partita'],
    },
  },
  {
    id: 'wants-to-meet-you-broker-r15',
    phrases: [
      'vuole|vorrebbe|vogliono ..1 conoscerti|vederti|incontrarti ..6 sabato|domenica|domani|stasera|oggi|parco|stazione|casa|prendere|macchina',
      'vi ..1 vedete|incontrate|trovate|beccate ..4 parco|stazione|dietro|sotto|centro|piazza|bar|casa',
      'potrei|posso ..1 venire|passare ..1 io ..1 da_te|a_casa_tua|sotto_casa_tua',
    ],
    unless: ['compit*|studiare|ripetizion*|progetto|allenamento|partita|festa|compleanno|prove|scuola_guida|lezione|nonna|nonno|zia|zio|mamma|papa|gita'],
    examples: {
      match: ['vuole conoscerti, sabato vi vedete al parco dietro la stazione? ti passa a prendere lui', 'potrei venire io da te, oppure ci vediamo al centro commerciale'],
      ignore: ['vi vedete al parco per studiare?', 'potrei venire io da te per fare i compiti'],
    },
  },
  {
    id: 'come-up-alone-r16',
    phrases: ['sali|salire|passa|passare|scendi|entra|entrare ..4 da_solo|da_sola|senza_nessuno|solo_tu|sola_tu|senza_dirlo'],
    weight: 2,
    unless: ['ascensore|macchina|bici|bus|autobus|treno|metro|scuola|classe|lavagna|interrogazione|esame|visita|dentista|medico|colloquio|palco|palcoscenico|scale|pullman|chiavi|portone|mamma|papa|nonna|nonno|tua_madre|tuo_padre'],
    examples: {
      match: ['ti do 20 euro se mi aiuti a montare una cosa, basta che sali da solo', 'passa da me stasera, da sola pero', 'entra da solo, ti aspetto in salotto'],
      ignore: ['sali da solo in ascensore, io faccio le scale', 'scendi da sola che sono in macchina sotto', 'entra da solo sul palco quando ti chiamano'],
    },
  },
  {
    id: 'gift-as-long-as-we-meet-r18',
    phrases: [
      'regalo|regalato|comprato|preso|ti_do|ti_regalo|ti_pago|e_tuo|e_tua|e_tutto_tuo ..6 basta_che|purche|a_patto_che|l_importante_e_che ..2 ci_vediamo|ci_incontriamo|vieni_da_me|esci_con_me|mi_vedi|ci_vedi|vieni_a_prenderlo|vieni_a_prenderla|passi_da_me',
    ],
    unless: ['scuola|biblioteca|compit*|libro|appunti|ripasso|verifica|allenamento|partita|lol|ahah*|haha*|xd|pacco|spedizione|vinted|subito_it|ritiro'],
    examples: {
      match: ['ti ho comprato un regalo, un iphone nuovo, basta che ci vediamo', 'è tuo, purché vieni da me a prenderlo'],
      ignore: ['ti presto gli appunti basta che ci vediamo in biblioteca'],
    },
  },
  {
    id: 'take-the-train-to-you-r22',
    phrases: [
      'prendo|prendero|prenderei ..2 treno|treni|bus|pullman|aereo|flixbus|italo|frecciarossa|regionale|macchina ..3 e|per ..1 vengo|venire|arrivo|arrivare|scendo|scendere ..1 a|da|fino|nella|dalle|dalle_tue_parti|da_te|nella_tua_citta|a_trovarti',
      'vengo|verro|arrivo|scendo ..1 a|fino|dalle_tue_parti|nella_tua_citta ..4 ti ..1 offro|porto|pago ..3 sushi|pizza|cena|gelato|aperitivo|colazione|pranzo|shopping',
    ],
    unless: ['zia|zio|nonna|nonno|nonni|cugin*|mamma|papa|da_voi|tutti|raga|ragazzi|gita|concerto|partita|torneo|convegno|lavoro|colloquio|universita|esame'],
    examples: {
      match: ['sabato prendo il treno e vengo a firenze, ti offro il sushi', 'prendo il flixbus e vengo fino da te', 'vengo a bologna e ti porto a mangiare il sushi'],
      ignore: ['sabato prendo il treno e vengo a firenze dalla nonna', 'prendo il treno e vengo a milano per il concerto, raga ci siete?'],
    },
  },
  {
    id: 'meet-then-i-drive-you-home-r23',
    phrases: [
      'ci_vediamo|vediamoci|ci_troviamo|troviamoci ..6 poi|dopo ..1 ti ..1 riaccompagno|riporto|accompagno|porto ..1 io',
      'dopo_scuola|domani|stasera|sabato ..2 ci_vediamo|ci_troviamo ..4 parchetto|parco|dietro|giardinetti|macchina',
    ],
    weight: 1,
    unless: ['per ..2 progetto|ricerca|compiti|studiare|ripassare|allenamento|partita|lezione', 'biblioteca|palestra|scuola_guida|dentista|raga|ragazzi|tutti|con_gli_altri|con_la_classe|con_marta|con_le_altre'],
    examples: {
      match: ['domani dopo scuola ci vediamo al parchetto dietro la chiesa? poi ti riaccompagno io'],
      ignore: ['domani dopo scuola ci vediamo al parchetto con gli altri?', 'ci vediamo in biblioteca poi ti riaccompagno io'],
    },
  },
  {
    id: 'come-by-alone-after-closing-r24',
    phrases: [
      'se ..1 passi|vieni|torni ..3 stasera|domani|dopo ..4 da_sola|da_solo ..3 dopo|quando ..1 la_chiusura|chiudo|chiudiamo|non_c_e_nessuno',
      'passa|vieni|torna ..3 da_sola|da_solo ..3 dopo_la_chiusura|quando_chiudo|quando_non_c_e_nessuno|a_negozio_chiuso',
    ],
    unless: ['chiave|chiavi|pacco|ritir*|ti_lascio|ripassiamo|studiamo|esame|verifica|compiti'],
    examples: {
      match: ['tranquilla, rimangono tra noi… se passi stasera al negozio da sola dopo la chiusura', 'vieni da sola quando non c e nessuno'],
      ignore: ['se passi stasera al negozio prima della chiusura ti do il telefono'],
    },
  },
  {
    id: 'stop-somewhere-alone-r27',
    phrases: [
      'ci ..1 fermiamo|appartiamo|stiamo|restiamo|vediamo|troviamo|chiudiamo ..3 da_soli|soli_soletti|io_e_te_da_soli|soli_noi_due|tutti_soli',
      'restiamo|appartiamoci|fermiamoci|restiamocene|appartiamo ..2 da_soli|soli_soletti|tutti_soli|soli_noi_due',
      'ti ..1 riaccompagno|riporto|accompagno|porto ..2 io ..4 non_dirlo|non_dire|senza_dirlo|tra_noi|i_tuoi_non|da_soli|che_nessuno',
    ],
    unless: ['panino|pizza|mangiare|gelato|gli_altri_arrivano|arrivano_dopo|ci_raggiungono|raggiungono', 'per ..2 progetto|ricerca|compiti|studiare|ripassare|allenamento|lezione', 'biblioteca|sorpresa|festa|regalo|compleanno|lo_sanno_i_tuoi|i_tuoi_lo_sanno|ho_detto_a_tua|ho_avvisato'],
    examples: {
      match: ['dopo ci fermiamo un po da soli in macchina', 'ti riaccompagno io ma non dirlo a nessuno', 'stasera restiamo da soli io e te'],
      ignore: ['ci fermiamo da soli a mangiare un panino, gli altri arrivano dopo', 'ci vediamo da soli per ripassare per la verifica', 'ti riaccompagno io, ho avvisato tua madre', 'ti porto io alla festa, non dirlo a giulia che è una sorpresa'],
    },
  },
  {
    id: 'stay-behind-just-us-r27',
    phrases: [
      'resta|rimani|fermati|restare|rimanere|trattieniti ..6 solo_noi_due|solo_io_e_te|io_e_te_da_soli|da_soli|noi_due_soli|soli_soletti',
      'resta|rimani|fermati|restare|rimanere|trattieniti ..4 spogliatoi*|spogliatoio|magazzino|ufficio|sala|stanza|in_macchina|dopo_la_partita|dopo_l_allenamento|dopo_lezione ..4 da_sola|da_solo|senza_le_altre|senza_gli_altri',
    ],
    unless: ['c_e_anche|ci_sara_anche|ci_saranno|anche_il_vice|anche_la_vice|con_il_vice|con_la_vice|con_le_altre|con_gli_altri', 'film|serie|studiare|compiti|ripassare|interrogazione|verifica|mamma|papa|tua_madre|tuo_padre|i_tuoi_lo_sanno|ho_avvisato|con_tutti|con_la_squadra|riunione'],
    examples: {
      match: ['dopo la partita resta un po negli spogliatoi, solo noi due', 'rimani dopo l allenamento da sola che ti devo parlare'],
      ignore: ['resta dopo l allenamento da sola che ti spiego lo schema, c e anche il vice', 'resta a casa stasera, io e te da soli guardiamo un film', 'rimani dopo lezione da sola per la verifica, ho avvisato tua madre'],
    },
  },
  {
    id: 'free-lessons-at-my-place-r29',
    phrases: [
      'ripetizion*|lezion*|lezioni_private|aiuto_con_i_compiti ..3 gratis|gratuit*|senza_pagare|senza_farti_pagare|non_ti_faccio_pagare ..4 casa_mia|da_me|a_casa_mia|nel_mio_studio|in_macchina|da_solo|da_sola|noi_due',
      'gratis|gratuit* ..3 ripetizion*|lezion*|lezioni_private ..4 casa_mia|da_me|a_casa_mia|nel_mio_studio|noi_due',
    ],
    unless: ['biblioteca|oratorio|doposcuola|aula|a_scuola|gruppo|tutta_la_classe|tutti|volontari*|online|zoom|meet|teams'],
    examples: {
      match: ['ti posso dare lezioni gratis a casa mia quando vuoi', 'ripetizioni di mate gratuite da me, solo noi due', 'ti faccio gratis lezioni private a casa mia'],
      ignore: ['ripetizioni gratis in biblioteca il martedì per tutta la classe', 'lezioni gratuite al doposcuola della parrocchia', 'ripetizioni gratis online su zoom'],
    },
  },
  {
    id: 'come-over-and-stay-together-r37',
    phrases: [
      'passo|vengo|salgo|arrivo|faccio_un_salto ..2 da_te|a_casa_tua|sotto_casa_tua|da_voi ..5 stiamo|stare|restiamo|rimaniamo|passiamo ..2 insieme|un_po_insieme|da_soli|soli|abbracciati|tranquilli|vicini|sul_letto|sul_divano',
      'stiamo|stare|restiamo|rimaniamo ..1 un_po|un_pochino|un_po_di_tempo ..1 insieme|da_soli|soli ..4 da_te|a_casa_tua|in_camera_tua|sul_tuo_letto',
    ],
    weight: 1,
    unless: ['compit*|studiare|studiamo|ripass*|verifica|progetto|ricerca|esercizi*|gruppo|classe|partita|play|switch|film|serie|pizza|merenda|torta|mamma_lo_sa|tua_madre_lo_sa|i_tuoi_lo_sanno|con_i_tuoi|con_tua_madre|festa|compleanno|ahah*|haha*|lol|xd'],
    examples: {
      match: ['se vuoi passo da te e stiamo un po insieme', 'vengo a casa tua così stiamo da soli', 'restiamo un po da soli in camera tua'],
      ignore: ['passo da te e stiamo un po insieme a fare i compiti', 'vengo da te e guardiamo un film insieme'],
    },
  },
] satisfies PatternEntry[];
