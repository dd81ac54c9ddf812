import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dont-tell-anyone',
    phrases: [
      'non|nn|mai ..1 dirlo|dire|dirglielo|dirgli|dirle|dirai|dica|raccontarlo|raccontare|raccontarglielo|parlarne|farlo_sapere|fare_sapere|far_sapere|dir_niente|dire_niente|dire_nulla|far_vedere|farlo_vedere|fare_vedere|farli_vedere|farle_vedere ..4 nessuno|@family|tuoi|tua|mamma|madre|genitori|amic*',
      'acqua in bocca',
      'non|nn fare|fate ..1 screen*|screenshot*|foto_alla_chat',
      'non lo|ne deve ..1 sapere|saperlo ..1 nessuno',
      'non|nn chiamare|avvisare|dire|dirlo|denunciare|andare ..3 polizia|carabinieri|polizia_postale',
      'nessuno ..1 lo|ne deve|dovra|puo|sapra|verra ..1 sapere|saperlo|sapra|a_sapere|sapra_mai',
      'nessuno lo|ne sapra|sapra_mai|deve_sapere|deve_saperlo',
      'nessuno ..1 la|le|lo|li ..1 vedra|vedrebbe|vedra_mai|vedrebbe_mai',
      'tanto|dai|tranquill*|nessun_problema ..3 nessuno|nex lo|ne sa|saprebbe|scoprira|scoprirebbe|verra_a_sapere|verrebbe_a_sapere',
      'resta|rimane|rimanga|resti|rimarra|rimane|deve_restare|deve_rimanere tra|fra noi|me_e_te|di_noi',
      'nostro|nostra ..1 segreto|segretino|segreta',
      'prometti|promettimi|giura|giurami|giuri ..2 che ..1 non|nn ..1 lo|ne|gli|le ..1 dici|diresti|dirai|racconti|racconterai|parli|parlerai',
      'segreto|segretino tra|fra noi|me_e_te',
      'e|sara un|il_nostro segreto|segretino',
      'tienilo|tienitelo|tenerlo|tienila per|x te',
      'i tuoi|tua_madre|tuo_padre|genitori ..3 non|nn ..2 capirebbero|capirebbe|capiscono|devono_sapere|devono_saperlo|devono_sapere_niente|devono_scoprirlo',
      'se ..2 i tuoi|tua_madre|genitori ..2 scoprono|scoprissero|lo_sanno|sapessero ..3 guai|finita|morta|morto|problemi', 'non|nn ..1 serve|servira|c_e_bisogno|ce_bisogno|occorre|e_il_caso ..2 che|di ..2 lo|ne|gli|le ..1 dici|dica|dire|dirlo|racconti|raccontarlo|sappia|sappiano|parli|parlarne ..3 nessuno|@family|tuoi'],
    unless: ['ti_ammazza|ti_uccide|ti_ammazzano|ti_uccidono|vuole_venire|vogliono_venire|viene_anche_lei|viene_anche_lui|vuole_venire_anche|si_imbuca|si_autoinvita', 'ancora_pero|ancora_eh|per_ora|dirlo_ancora|dire_ancora|dirle_ancora|dirgli_ancora|ancora_a_nessuno|ancora_niente|ancora_nulla|nessuno_ancora|sorpresa|festa|compleanno|spoiler*|finale', 'glielo_dico_io|lo_dico_io|gliela_dico_io|del_voto|dei_voti|della_nota|ho_rotto|vaso|ho_perso|ho_preso_un_brutto|ho_preso_una_nota|copiat*|copiare|copiato', 'mi_sono_iscritt*|ma_mi_sono|ma_ho_preso|ma_ho_rotto|ma_ho_perso|ho_litigato|mi_sono_lasciat*|ci_siamo_lasciati|mi_sono_fidanzat*', 'si_arrabbia|si_arrabbiano|mi_sgrida|mi_sgridano|mi_uccide|mi_ammazza|ci_sgrida|ci_ammazza|ci_uccide|ci_ammazzano|ci_uccidono|ci_sgridano|mi_uccidono|mi_ammazzano', 'netflix|disney|spotify|dazn|prime_video|sky_go|bocciat*|insufficienz*|brutto_voto|pagella|in_inglese|in_matematica|in_mate|in_latino|in_storia|in_italiano|in_fisica|in_chimica', 'ho|abbiamo preso ..1 un|una ..1 #|2|3|4|5|nota|insufficienza', 'sono_le_ultime|sono_gli_ultimi|e_l_ultima_fetta|e_l_ultimo_pezzo|lasagne'],
    examples: {
      match: ['non dire ai tuoi genitori che parliamo', 'non dirlo a nessuno, resta tra noi', 'nessuno lo saprà', 'nessuno la vedrà, promesso', 'è il nostro segreto', 'nn dire niente a tua mamma', 'i tuoi non capirebbero', 'prometti che non lo dici a nessuno? giura', 'non fare vedere a nessuno i nostri messaggi', 'non parlarne con nessuno', 'dai è una cavolata, nessuno lo sa', 'tranquilla nessuno lo scoprirebbe', 'potrei passare a prenderti sotto casa. non serve che lo dici a nessuno', 'non c è bisogno che lo sappiano i tuoi', 'meglio ancora 😏 e non dire a nessuno che ci sentiamo'],
      ignore: ["non dire a tua sorella che andiamo da grom se no vuole venire anche lei 😂", "e non dire a tua madre che sei caduto con il telefono in mano se no ti ammazza", 'non dire niente a mamma del voto, glielo dico io stasera', 'non dico niente', 'ho detto a mia madre che esco', 'tra noi due preferisco la pizza', 'non capisco gli esercizi', 'quando esce la nuova stagione? nessuno lo sa', 'non dirlo a nessuno ancora però', 'non dirlo ancora a nessuno', 'non dire niente a sara della festa a sorpresa', 'non serve che lo dici a nessuno della festa a sorpresa', 'non dire a mamma che ho rotto il vaso', 'ma non dirlo alla prof che li hai copiati eh', 'non dirlo a tuo fratello che sono le ultime ahah'],
    },
  },
  {
    id: 'delete-traces',
    phrases: [
      'cancella|cancellate|cancellare|cancellala|elimina|eliminare|eliminate|svuota|cancellerai|cancelli ..3 chat|messaggi|msg|conversazion*|cronologia|tutto|tt|tracce|notifiche|nostri',
      'nascondi|nascondere|nascondila|nascondilo ..3 chat|app|messaggi|conversazion*|telefono|notifiche',
      'archivia|blocca ..2 chat|conversazione ..2 cosi|che|per ..2 tuoi|genitori|madre|nessuno',
      'chat segreta|nascosta',
      'messaggi effimeri|temporanei|che_si_cancellano|autodistruggenti',
      'modalita segreta|incognito|fantasma',
    ],
    unless: ['muore|muori|morira|dal_ridere|muoio|morirei|che_figura|figuraccia|curiosissim*|curiosona|sorpresa|festa|regalo|torta|spoiler', 'siamo_morti|siamo_fritti|se_ve_lo|se_ve_la|vi_prende|ve_lo_prende|ve_la_prende|la_prof|il_prof'],
    examples: {
      match: ['cancella questa chat dopo', 'elimina tutti i messaggi', 'nascondi la chat ai tuoi', 'apri una chat segreta su telegram', 'cancella tutto quando hai letto'],
      ignore: ['cancella quella foto è orribile', 'ho cancellato il file', 'elimina il compito sbagliato', 'cancella quella chat dai lol che se la vede la prof muoio', 'cancellate i messaggi se vi prende il telefono, è curiosissima', 'cancella quella chat lol che se la vede marco muore dal ridere'],
    },
  },
  {
    id: 'lie-to-parents',
    phrases: [
      'di|dici|dirai|racconta|inventati ..2 ai|a|alla tuoi|tua|mamma|madre|genitori|papa ..2 che sei|stai|vai|dormi|esci',
      'inventati|inventa una|qualche scusa ..2 tuoi|genitori|mamma|madre',
      'non|nn far* sapere|scoprire ..2 tuoi|genitori|madre|mamma|nessuno',
    ],
    examples: {
      match: ['di ai tuoi che dormi da un amica', 'inventati una scusa con i tuoi', 'non far sapere niente ai tuoi'],
      ignore: ['di a tua madre che la saluto', 'ho inventato una storia'],
    },
  },
  {
    id: 'more-private-there',
    phrases: [
      'che|e|cosi|li|la ..2 piu ..1 riservat*|discret*|privat*|nascost*',
      '@app ..4 che|e|cosi|li|la ..2 piu ..1 sicur*',
      'quando|mentre|se|che ..2 non ..1 c_e|ci_sono|c|ce ..1 nessuno|e_nessuno|i_tuoi|tua_madre|i_tuoi_genitori',
      'non ..1 lo|ne ..1 dico|diro|parlo|parlero ..1 a ..1 nessuno|tuoi|tua_madre|tuo_padre',
      'quando|mentre|appena ..1 i_tuoi|tua_madre|tuo_padre|i_tuoi_genitori|tuoi ..1 dormono|dorme|sono_a_letto|escono|esce|non_ci_sono|non_sono_a_casa|sono_fuori',
      'che|cosi ..1 stiamo|siamo|parliamo ..1 piu ..1 tranquill*',
      'qui|qua ..2 non ..1 posso|possiamo|riesco ..1 scrivere|parlare|dirti ..1 liberamente|tranquill*|certe_cose|tutto',
      'qui|qua ..4 leggono|ci_leggono|possono_leggere|ci_possono_leggere|controllano|ci_controllano|ci_vedono|spiano|ci_spiano|moderano|ci_sentono ..6 @app|privato|pvt|priv|dm|direct',
      '@app|privato|pvt|priv|dm|direct ..6 qui|qua ..4 leggono|ci_leggono|possono_leggere|ci_possono_leggere|controllano|ci_controllano|ci_vedono|spiano|ci_spiano|moderano|ci_sentono',
    ],
    weight: 1,
    unless: ['festa|sorpresa|compleanno|regalo|gruppo|classe|progetto|compit*|partita|gioco|game|online|biblioteca|studiare|studio|ripassiamo|ripassare|esame|verifica|interrogazione', 'ahah*|lol|haha*|mia_madre|mio_padre|mia_mamma|mio_papa|mia_sorella|mio_fratello'],
    examples: {
      match: ['vieni su telegram che è più riservato', 'ti scrivo su telegram che è più sicuro', 'vengo io da te quando non c è nessuno', 'li è più privato', 'tranquilla non lo dico a nessuno, puoi mandarmela', 'facciamo una videochiamata stasera quando i tuoi dormono?', 'dammi il tuo snap che stiamo più tranquilli', 'hai snap? qui non posso scrivere liberamente', 'scrivimi su snap che qui i tuoi genitori leggono tutto', 'qui ci possono leggere, scrivimi su telegram', 'aggiungimi su telegram che qui su discord i mod leggono tutto'],
      ignore: ['facciamo il gruppo su telegram che è più privato per la festa', 'è più comodo', 'quando i tuoi escono facciamo la partita online', 'andiamo in biblioteca che stiamo più tranquilli', 'qui i mod leggono tutto quindi niente spoiler'],
    },
  },
  {
    id: 'they-would-not-understand',
    phrases: [
      'tuoi|genitori|tua_madre|tuo_padre|gli_altri|la_gente ..6 non|nn ..1 capirebbero|capirebbe|capirebbero_mai|capirebbe_mai',
      'nessuno ..1 capirebbe|capirebbe_mai|ci_capirebbe|puo_capire|potrebbe_capire ..4 noi|nostro|nostra|rapporto|quello_che_c_e|cosa_c_e|quello_che_abbiamo',
      'non|nn ..1 capirebbero|capirebbe ..3 noi|nostro|nostra|rapporto|amicizia|cosa_c_e|quello_che_c_e|quanto_ci',
      'meglio ..2 che ..3 tuoi|tua|tuo|nessuno|genitori ..3 non|nn ..2 lo|ne ..1 sappia|sappiano|sa|sanno|sapra|sapranno',
      'senza ..1 che ..3 tuoi|genitori|nessuno|tua_madre|tuo_padre|tua_mamma ..2 lo|ne ..1 sappia|sappiano|scoprano|scopra|vedano|veda|sospettino',
      'cosa|segreto|storia ..1 solo|soltanto ..1 nostra|nostro|tra_noi|tra_me_e_te',
      'meglio ..1 non|nn ..1 dirlo|dirglielo|dirgli|dirle|dire_niente|dire_nulla|farlo_sapere|parlarne ..3 tuoi|genitori|tua_madre|tuo_padre|nessuno|famiglia', 'senza ..1 che ..1 nessuno|i_tuoi|tua_madre|tuo_padre|qualcuno|i_tuoi_genitori ..1 ci|ti|lo|ne|se_ne ..1 veda|vedano|sappia|sappiano|scopra|scoprano|accorga|accorgano'],
    unless: ['diglielo|dirglielo_tu|parlane|parlagli|parlale|parla_con|devi_dirlo|dovresti_dirlo|prof|compit*|verifica|sorpresa|festa|regalo|compleanno|voto|voti|copiat*|pagella|nota|ahah*|lol|haha*|scherzo'],
    examples: {
      match: ['i tuoi sanno che parliamo? meglio di no, non capirebbero', 'nessuno capirebbe il nostro rapporto', 'gli altri non capirebbero cosa c è tra noi', 'meglio che i tuoi non lo sappiano', 'meglio non dirlo ai tuoi', 'dove possiamo incontrarci senza che i tuoi lo sappiano?', 'è una cosa solo nostra', 'dove ci possiamo incontrare senza che nessuno ci veda?'],
      ignore: ['i tuoi non capirebbero? parlane con loro, diglielo', 'meglio che la prof non lo sappia che abbiamo copiato', 'meglio non dirlo a mamma della festa a sorpresa', 'meglio che la mamma non lo sappia che ho rotto il vaso', 'nessuno capirebbe questa battuta', 'esci senza che nessuno ti veda per la festa a sorpresa'],
    },
  },
  {
    id: 'do-parents-know-we-talk',
    phrases: ['i_tuoi|tua_madre|tuo_padre|genitori|tuoi ..2 sanno|sa ..2 che ..2 parliamo|ci_sentiamo|ci_scriviamo|chattiamo|ci_parliamo|mi_scrivi|ci_conosciamo|ci_vediamo'],
    weight: 1,
    unless: ['festa|compleanno|gita|progetto|compit*|studiare|scuola|squadra|allenamento'],
    examples: { match: ['tuo padre sa che ci scriviamo?', 'i tuoi sanno che parliamo?', 'tua madre sa che ci sentiamo?'], ignore: ['tua madre sa che ci vediamo per il progetto?', 'i tuoi sanno che ci vediamo per studiare?'] },
  },
  {
    id: 'secret-account',
    phrases: [
      'account|profilo|numero|telefono|chat ..4 che ..1 i_tuoi|tua_madre|tuo_padre|nessuno|genitori ..2 non|nn ..1 vedono|vede|controllano|controlla|conoscono|conosce|sanno|sa',
      'fatti|crea|creati|apri|aprire|hai ..1 un_altro|un_secondo|un ..1 account|profilo|numero ..1 segreto|nascosto|finto|privato',
    ],
    weight: 2,
    unless: ['lavoro|scuola|classe|gioco|fortnite|roblox|minecraft|ahah*|lol|haha*|progetto|fan|fanpage|meme|cane|gatto|cucina|arte'],
    examples: { match: ['crea un profilo segreto così ci scriviamo', 'scrivimi dal numero che tua madre non conosce', 'hai un altro account? uno che i tuoi non vedono', 'fatti un account segreto'], ignore: ['ho un account privato per la fanpage', 'apri un profilo privato per i meme ahah'] },
  },
  {
    id: 'our-things-r9',
    phrases: [
      'sono|e|restano|rimangono|restino|rimangano ..1 cose|cosa|roba|affari ..1 nostre|nostra|nostri|tra_noi|tra_di_noi',
      '@family ..3 non ..1 serve|c_e_bisogno|devono|deve|servirebbe ..2 che ..1 lo|la|li|le ..1 sappiano|sappia|sapere|scoprano',
      'non ..1 dire|dirlo|dire_niente|dire_nulla ..1 niente|nulla|a_nessuno ..1 agli_altri|ai_compagni|al_clan|al_server|ai_mod|agli_admin|alla_squadra|al_gruppo',
    ],
    unless: ['festa|sorpresa|regalo|compleanno|torta|gita|verifica|compit*|risposte|voti|pagella|ahah*|lol|haha*|scherzo|spoiler|finale|serie|film|strategia|tattica|piano_di_gioco|formazione|raid|base'],
    examples: {
      match: ['meglio, sono cose nostre queste', 'i tuoi genitori non serve che lo sappiano finche non firmi', 'non dire niente agli altri del clan'],
      ignore: ['non dire niente agli altri del clan, è la strategia del raid', 'sono cose nostre, la festa a sorpresa per giulia'],
    },
  },
  {
    id: 'tell-your-parents-you-are-at-a-friends-r10',
    phrases: [
      'ai|a ..1 tuoi|tua_madre|tuo_padre|genitori|mamma|tua_mamma ..1 di|dici|dirai|racconta|racconti ..1 che ..2 vai|sei|stai|dormi|esci|resti ..3 da|a|in|con ..2 amica|amico|amiche|amici|biblioteca|studiare|palestra',
      'tuo|tua|i_tuoi ..1 @family ..1 non|nn ..1 deve|devono|dovrebbe|dovrebbero sapere|saperlo che ..2 ti ..1 scrivo|sento|parlo|messaggio|cerco|scrivevo|vedo',
      'nessuno ..1 deve|dovra|dovrebbe ..1 saperlo|sapere|scoprirlo',
    ],
    unless: ['sorpresa|festa|compleanno|regalo|spoiler*|finale|ahah*|lol|haha*|vaso|ho_rotto|ho_perso|voto|nota|verifica|brutto_voto|verita|bugia|bugie|mentire|non_mentire'],
    examples: {
      match: ['dai facciamo un giro. ai tuoi di che vai da un amica', 'tuo fratello non deve sapere che ti scrivo eh, è geloso', 'solo qualche foto ogni tanto solo per me. nessuno deve saperlo'],
      ignore: ['nessuno deve saperlo, è una festa a sorpresa', 'ai tuoi di che vai da un amica? no dai digli la verita', 'tua madre non deve sapere che ti scrivo del regalo'],
    },
  },
  {
    id: 'dont-tell-about-us-and-delete-r11',
    phrases: [
      'non|nn ..1 dire|dirlo|raccontare|parlare ..3 @family ..2 di_me|di_noi|che_ci_sentiamo|che_ci_scriviamo|che_ci_parliamo|che_ci_vediamo ..6 cancella|elimina|cancellare|eliminare|cancelliamo ..2 chat|messaggi|conversazione|tutto|foto',
      'cancella|elimina|cancellare|eliminare|cancelliamo ..2 chat|messaggi|conversazione|tutto ..6 non|nn ..1 dire|dirlo|raccontare|parlare ..3 @family ..2 di_me|di_noi|niente|nulla',
      'tra_noi|segreto|segreta ..6 raccontarlo|dirlo|dire|parlarne|dirglielo|raccontare ..3 @family|psicolog*|adulti|nessuno ..6 non|nn ..1 capirebbero|capiranno|capirebbe|capiscono|capisce',
      'adulti|tuoi|genitori|grandi ..2 non|nn ..1 capiscono|capirebbero|capiranno ..6 meglio|quindi|percio ..6 tra_noi|segret*|non_dirlo|non_dire',
      'non_parlarne|non_dirlo|non_raccontarlo|non_dire_niente|non_dire_nulla ..3 @family|psicolog*|adulti ..4 non ..1 capisce|capiscono|capirebbe|capirebbero|capira|capiranno ..3 nostro|nostra|noi|rapporto|percorso|amicizia|legame|quello_che_c_e',
    ],
    weight: 3,
    unless: ['diglielo|dirglielo_tu|parlane|parlagli|parlale|devi_dirlo|dovresti_dirlo|compit*|verifica|sorpresa|festa|regalo|compleanno|voto|voti|copiat*|pagella|nota|ahah*|lol|haha*|scherzo'],
    examples: {
      match: ['nn dire niente ai tuoi di me ok? e quando abbiamo finito cancella la chat', 'Ricorda che quello che ci diciamo resta tra noi due. Non serve raccontarlo alla psicologa della scuola ne a tua madre, non capirebbero il lavoro che facciamo', 'normale, gli adulti non capiscono. meglio se per ora questa collaborazione rimane tra noi', 'cancella la chat e non dire niente ai tuoi di noi', 'non parlarne con la psicologa, lei non capisce il nostro percorso'],
      ignore: ['non dire ai tuoi della festa a sorpresa e cancella la chat dopo', 'cancella la chat e non dire niente ai tuoi del voto ahah', 'i tuoi non capiscono il regalo, meglio tenerlo segreto'],
    },
  },
  {
    id: 'dialect-dont-tell-r12',
    phrases: [
      'nun|non|nu|nn ..1 lo|glielo|ce_lo|je_lo|nce_lo ..1 di|dicere ..1 a|ai|alla|al ..2 @family|nessuno|nisciuno|tuoi|mammeta|patete',
      'nun|non|nu|nn ..1 lo|glielo|dirlo|dire|di|dicere|ce_lo ..6 manco|nemmeno|neanche ..1 ai_tuoi|a_tua_madre|a_tuo_padre|ai_tuoi_genitori|a_mammeta|a_patete|a_mamma_tua|a_papa_tuo',
    ],
    unless: ['sorpresa|festa|compleanno|regalo|spoiler*|finale|voto|voti|pagella|nota|ho_rotto|ho_perso|vaso|ahah*|haha*|lol|xd|mi_uccide|mi_ammazza|si_arrabbia|non_lo_sanno_ancora|glielo_dico_io|te_lo_dico_io'],
    examples: {
      match: ['nun lo di a Fede pero, e manco ai tuoi', 'non lo di a nessuno eh', 'nu ce lo di a mammeta'],
      ignore: ['nun lo di a Fede della festa a sorpresa', 'manco ai tuoi piace sta canzone lol'],
    },
  },
  {
    id: 'promise-to-delete-it-r12',
    phrases: [
      'promettimi|prometti|giurami|giura|promettetemi ..3 cancellarla|cancellarlo|cancellarle|cancellarli|eliminarla|eliminarlo|eliminarle|eliminarli|di_cancellare|di_eliminare|che_cancelli|che_la_cancelli|che_lo_cancelli|che_le_cancelli|non_salvarla|non_salvarlo|di_non_salvare',
    ],
    unless: ['ahah*|haha*|lol|xd|brutta|brutto|bruttissim*|orribile|imbarazzante|faccia|capelli|occhi_chiusi|doppio_mento|gita|festa|compleanno|vacanz*|karaoke|balletto|cantavo|ballavo'],
    examples: {
      match: ['ti mando una cosa ma promettimi di cancellarla', 'giura che la cancelli dopo averla vista', 'prometti di non salvarla eh'],
      ignore: ['ti mando la foto ma promettimi di cancellarla che sono bruttissima ahah', 'giurami che cancelli il video del karaoke lol'],
    },
  },
  {
    id: 'disappearing-messages-r12',
    phrases: [
      'messaggi|chat|foto|video ..3 che ..1 si ..1 autodistruggono|cancellano_da_soli|cancellano_da_sole|eliminano_da_soli|autoeliminano|cancellano',
      'metti|attiva|usiamo|usa|mettiamo ..3 messaggi_effimeri|modalita_effimera|autodistruzione|visualizzazione_singola|visualizza_una_volta|una_sola_visualizzazione|modalita_segreta|chat_segreta',
    ],
    unless: ['gruppo|classe|raga|ragazzi|tutti|squadra|lavoro|memoria|spazio|backup|ahah*|haha*|lol|xd|notizia|aggiornamento|funzione_nuova|nuova_funzione'],
    examples: {
      match: ['usiamo whatsapp pero con i messaggi che si autodistruggono', 'attiva i messaggi effimeri prima che ti mando la foto', 'mettiamo la chat segreta su telegram'],
      ignore: ['ho attivato i messaggi effimeri nel gruppo della classe', 'le foto che si cancellano per liberare spazio'],
    },
  },
  {
    id: 'cover-story-for-parents-r13',
    phrases: [
      'ai_tuoi|a_tua_madre|a_tuo_padre|ai_genitori|ai_tuoi_genitori|a_mamma|a_papa|alla_mamma|al_papa|a_casa ..2 digli|dici|di|racconta|raccontagli|dirai|devi_dire ..2 che ..1 sei|vai|stai|dormi|resti|esci ..2 da|a|con|in',
      'segreto ..1 nostro|tra_noi|fra_noi|tra_di_noi',
    ],
    weight: 2,
    unless: ['festa|sorpresa|regalo|compleanno|torta|anniversario|pigiama_party|ahah*|haha*'],
    examples: {
      match: ['domani ti vengo a prendere io fuori da scuola, ai tuoi digli che sei da un amica', 'tranquilla segreto nostro', 'a tua madre dici che dormi da Giulia'],
      ignore: ['è un segreto tra noi, la festa a sorpresa per Vale', 'a tua madre dici che ci sono anche io? ahah'],
    },
  },
  {
    id: 'alone-no-parents-r13',
    phrases: [
      'da_sola|da_solo ..4 senza|niente ..1 genitori|i_tuoi|mamma|papa|tua_madre|tuo_padre|adulti|accompagnatori',
      'da_sola|da_solo ..3 che|perche ..1 i_genitori|i_tuoi|le_mamme|tua_madre|mamma|i_genitori ..3 mettono_ansia|mettono|rompono|si_agitano|fanno_storie|non_capiscono|agitano',
    ],
    weight: 2,
    unless: ['ahah*|haha*|lol|autorizzazione|firmata|firma'],
    examples: {
      match: ['vieni in studio sabato pomeriggio, da sola, senza genitori che si agitano', 'vieni da sola che i genitori mettono ansia agli artisti'],
      ignore: ['puoi venire da sola, senza genitori, basta l autorizzazione firmata'],
    },
  },
  {
    id: 'no-police-r13',
    phrases: [
      'niente|nessuna|no|senza ..1 polizia|carabinieri|sbirri|denunce|denuncia|polizia_postale',
      'se ..1 chiami|avverti|vai_dalla|vai_dai|dici_alla|lo_dici_alla ..2 polizia|carabinieri|sbirri|polizia_postale',
    ],
    weight: 2,
    unless: ['incidente|furto|smarrit*|film|serie|gioco|iene|notizia|articolo|ahah*|haha*|lol'],
    examples: {
      match: ['manda 200 franchi con twint o i tuoi genitori ricevono il video stasera. niente polizia', 'se chiami la polizia è peggio per te'],
      ignore: ['niente polizia, era solo un piccolo incidente col motorino'],
    },
  },
  {
    id: 'dont-talk-about-it-r14',
    phrases: [
      'non ..1 ne ..1 parli|parlare|dica|dire|parlate|parlarne ..3 con|a|ai|alle ..2 @family|nessuno|genitori',
      'meglio|e_meglio ..1 che ..2 non ..2 sappiano|sappia|lo_sappiano|lo_sappia|lo_scoprano|scoprano|lo_scopra',
      'giuro|tranquilla|tranquillo|promesso|prometto ..2 che ..1 non ..1 la|lo|le|li ..1 vede|vedra|vedranno|vedono|fa_vedere ..1 nessuno|nessun',
    ],
    unless: ['sorpresa|festa|regalo|compleanno|spoiler|finale|ahah*|lol|haha*|voto|voti|pagella|verifica|brutta|bocciat*|insufficienz*|rotto|rotta|graffio|ammaccatura|privacy_della_scuola'],
    examples: {
      match: ['È riservato, non ne parli con i genitori altrimenti la pratica viene annullata', 'meglio che non sappiano delle lezioni, pensano sempre male degli adulti online', 'ti ricarico 20€ di vbucks se mi mandi una foto tua in costume, giuro che non la vede nessuno'],
      ignore: ['non ne parlare con Giulia, è una sorpresa per il compleanno', 'meglio che i miei non sappiano del voto di mate lol', 'giuro che non la vede nessuno la foto brutta'],
    },
  },
  {
    id: 'if-your-parents-find-out-r14',
    phrases: [
      'se ..1 i_tuoi|tua_madre|tua_mamma|tuo_padre|tuo_papa|i_tuoi_genitori|genitori ..1 vedono|leggono|scoprono|trovano|sapessero|scoprissero|leggessero|vedessero|lo_scoprono|lo_sanno|scopre|vede|legge|trova|lo_scopre|lo_sa ..4 ci_separano|ci_dividono|e_finita|finisce|mi_denunciano|ci_vietano|non_ci_fanno|non_ci_vediamo_piu|mi_arrestano',
      'procedura|pratica|selezione|provino|verifica ..2 e|sono ..1 riservat*|confidenzial*|segret*',
    ],
    unless: ['hai_preso|ho_preso|voto|voti|pagella|verifica_di|brutto|bocciat*|insufficienz*|ritardo|multa|festa|sorpresa|regalo|ahah*|lol|haha*|sigaretta|sigarette|fumo|tatuaggio|piercing'],
    examples: {
      match: ['se i tuoi vedono la chat ci separano', 'se tua madre scopre di noi è finita, quindi zitta', 'La invii al numero WhatsApp del tutor, la procedura è riservata.'],
      ignore: ['se i tuoi vedono la pagella è finita lol', 'se tua mamma scopre il tatuaggio è finita', 'se i tuoi scoprono che hai preso 4 è finita'],
    },
  },
  {
    id: 'our-secret-surprise-r15',
    phrases: [
      'sorpresa|segreto|cosa ..1 solo ..1 nostra|nostro|tra_noi|tra_noi_due',
      'non|nn ..1 dirlo|dire_niente|dirle|dirgli|dire_nulla ..4 che_e|che_sono|che_diventa ..1 gelos*|invidios*',
    ],
    unless: ['festa|compleanno|regalo|torta|anniversario|ahah*|haha*|lol'],
    examples: {
      match: ['dai non dirlo a nessuno, sarà una sorpresa solo nostra', 'non dirlo alla giulia pero che è gelosa'],
      ignore: ['è una sorpresa solo nostra per la festa di mamma', 'non dirlo a giulia che è gelosa del regalo ahah'],
    },
  },
  {
    id: 'come-alone-r15',
    phrases: [
      'vieni|venire|vieni_pure|devi_venire ..2 da_sola|da_solo ..1 pero|mi_raccomando|eh|ok|capito|intesi|senza_amiche|senza_amici',
      'non ..1 portare|portarti|portarti_dietro ..1 nessuno|nessun|amiche|amici|la_tua_amica|tua_sorella|tuo_fratello ..2 vieni|voglio|solo|da_sola|da_solo|solo_noi|solo_tu',
    ],
    unless: ['colloquio|esame|visita|medico|dentista|segreteria|ufficio|patente|provino_di_gruppo|ahah*|haha*|lol|festa|compleanno|sorpresa|regalo|mamma|papa|nonna|nonno'],
    examples: {
      match: ['domani ci vediamo al parchetto dietro la scuola? vieni da sola pero', 'non portare nessuno, voglio solo te'],
      ignore: ['vieni da sola o con tua sorella?', 'per la visita vieni da sola pero porta il documento'],
    },
  },
  {
    id: 'no-need-to-ask-your-parents-r16',
    phrases: [
      'non_serve|non_c_e_bisogno_di|non_c_e_bisogno|non_ti_serve|non_serve_che ..2 chiedere|chiederlo|dirlo|dire|avvisare|il_permesso|il_consenso|l_autorizzazione|la_firma|disturbare ..3 ai_tuoi|ai_genitori|a_tua_madre|a_tuo_padre|a_mamma|a_papa|dei_tuoi|dei_genitori|di_tua_madre|di_tuo_padre|tua_madre|tuo_padre|genitori',
      'non_serve|non_c_e_bisogno_di ..1 disturbarla|disturbarli|disturbarlo|avvisarla|avvisarli|avvisarlo ..3 e ..1 una ..1 cosa|roba ..2 veloce|tra_noi|da_niente|nostra',
      'se_sei_minorenne|anche_se_sei_minorenne|anche_se_minorenne ..4 non_serve|non_c_e_bisogno|non_ti_serve ..3 consenso|permesso|autorizzazione|firma|genitori',
    ],
    unless: ['gita|uscita_didattica|modulo|prof|preside|segreteria|glielo_dico_io|gliel_ho_gia_detto|lo_sanno_gia|lo_sa_gia|sono_d_accordo|e_d_accordo|ho_gia_chiesto|gia_chiesto|firmato|vaccin*|medico|farmacia|dottore|dottoressa'],
    examples: {
      match: ['dai non farla lunga, e non serve chiedere ai tuoi, la scuola ha gia autorizzato tutto', 'Se sei minorenne non serve il consenso dei genitori 😊', 'no no non serve disturbarla, e una cosa veloce, tra uomini'],
      ignore: ['non serve dirlo a mamma, glielo dico io', 'per la gita non serve il permesso dei genitori, basta il modulo', 'non serve chiedere ai tuoi, lo sanno gia'],
    },
  },
  {
    id: 'to-your-parents-say-nothing-r16',
    phrases: [
      'ai_tuoi|ai_genitori|a_tua_madre|a_tuo_padre|a_mamma|a_papa|alla_mamma|al_papa ..4 non|nn ..1 dire|dirlo|dirgli|dirle|raccontare|raccontarlo ..1 niente|nulla|ancora|per_ora',
      'non|nn ..1 dire|dirgli|dirle|dirlo_a_nessuno ..2 dove ..1 vai|sei|andiamo|stai_andando|vieni|ci_vediamo|ti_porto',
      'se ..1 parli|lo_dici|lo_racconti|dici|racconti|ne_parli ..3 con|a ..1 qualcuno|nessuno|i_tuoi|tuoi|genitori|polizia|prof ..3 di_noi|di_questo|di_questa_cosa|di_me|delle_foto|di_quello_che',
    ],
    unless: ['sorpresa|regalo|festa|anniversario|compleanno|spoiler*|finale|voto|voti|pagella|ho_rotto|nota|multa'],
    examples: {
      match: ['spostiamoci sul server privato, e ai tuoi per ora non dire niente finche non firmi', 'vieni da solo e non dire dove vai', 'se parli con qualcuno di noi ti aspetto fuori da scuola'],
      ignore: ['ai tuoi non dire niente della festa a sorpresa', 'a mamma non dire niente del voto di mate', 'non dire dove vai a tua sorella che poi vuole venire alla festa'],
    },
  },
  {
    id: 'dont-tell-your-coach-or-the-gc-r18',
    phrases: [
      'non_dirlo|non_dirglielo|non_parlarne|non_scriverlo|non_raccontarlo|non_dire_niente|non_dire_nulla|non_nominarmi ..3 allenatore|allenatrice|mister|coach|gc|fandom|server|staff|manager|agenzia|club|societa',
      'non_dirlo|non_dirglielo|non_parlarne|non_raccontarlo ..2 al_tuo|alla_tua|ai_tuoi|nelle|nella|nel ..1 allenatore|allenatrice|mister|coach|gc|gruppo|gruppi|chat|fandom|server',
      'resta|rimane|restera|rimarra|teniamola|tienila ..1 una_cosa_nostra|una_cosa_tra_noi|cosa_nostra|tra_me_e_te|solo_tra_noi',
      'glielo_diciamo|glielo_dici|glielo_dirai|glielo_diremo|lo_diciamo|lo_dirai|lo_diremo|lo_dici ..3 dopo|poi|piu_avanti|a_contratto|a_cose_fatte|quando_sara|quando_e ..2 firmato|ufficiale|fatto|fatta',
    ],
    unless: ['festa|sorpresa|regalo|torta|compleanno|spoiler|finale|puntata|episodio|verifica|compito|interrogazion*|formazione|convocat*|ahah*|haha*|lol', 'non_posso|non_vengo|non_ci_sono|non_ci_saro|giocare|salto|saltare|malato|malata|infortun*|febbre'],
    examples: {
      match: ['si fidati, lo fanno tutti i club. e non dirlo al tuo allenatore che se no si ingelosisce', 'non dirlo nelle gc del fandom se no vogliono entrare tutte', 'allora resta una cosa nostra per ora', 'meglio di no per ora. glielo diciamo a contratto firmato'],
      ignore: ['non dirlo nel gruppo che è una sorpresa per la vale', 'non dirlo al mister ma domani non vengo lol', 'glielo diciamo dopo la festa'],
    },
  },
  {
    id: 'pick-you-up-say-nothing-r18',
    phrases: [
      'prendere|prendo|passo|vengo|vediamo|incontriamo|aspetto ..6 non_dire_niente|non_dire_nulla|non_dirlo|non_dirlo_a_nessuno|acqua_in_bocca|non_dirlo_ai_tuoi|senza_dirlo',
    ],
    unless: ['festa|sorpresa|regalo|torta|compleanno|concerto|biglietti|ahah*|haha*|lol'],
    examples: {
      match: ['ti vengo a prendere io con lo scooter dopo scuola, non dire niente', 'ci vediamo domani alle 4, non dirlo a nessuno'],
      ignore: ['ti passo a prendere alle 8, non dire niente a giulia che è una sorpresa'],
    },
  },
  {
    id: 'your-parents-will-never-know-r18',
    phrases: [
      'tuoi|madre|padre|genitori|mamma|papa|nessuno ..2 lo|la|ne|ci ..1 sapranno|sapra|scopriranno|scoprira|verranno_a_sapere|verra_a_sapere ..1 mai|niente|nulla',
      'inventati|inventa|di_loro|digli|dille ..1 che ..1 stai|sei|dormi|vai|resti ..2 da|a|in|con ..2 amica|amico|amiche|amici|biblioteca|allenamento|scuola|cugin*',
      'se ..2 tuoi|tua_madre|tuo_padre|genitori|tua_mamma|tuo_papa ..2 chiedono|chiede|domandano|domanda ..3 digli|dille|di_loro|rispondi ..1 che ..1 sono|sono_un|sono_una ..3 compagn*|amic*|cugin*|ragazza|ragazzo|allenatore|prof',
    ],
    unless: ['sorpresa|festa|regalo|torta|compleanno|spoiler|ahah*|haha*|lol|xd', 'prof|registro|voto|voti|verifica|compit*|interrogazion*|pagella|nota|studiare|a_studiare|e_vero'],
    examples: {
      match: ['vieni a dormire da me, i tuoi non lo sapranno mai', 'inventati che stai da un amica e vieni da me sabato', 'se i tuoi ti chiedono chi sono digli che sono un compagno di classe'],
      ignore: ['nessuno lo saprà mai della festa a sorpresa', 'dille che stai da giulia per la festa di compleanno'],
    },
  },
  {
    id: 'no-need-for-mum-no-parents-in-between-r19',
    phrases: [
      'non ..1 serve|c_e_bisogno|ce_bisogno|occorre|e_necessario ..1 che ..2 venga|vengano|ci_sia|ci_siano|accompagni|accompagnino ..2 tua_madre|tuo_padre|i_tuoi|tua_mamma|tuo_papa|mamma|papa|genitori|nessuno',
      'niente|senza|nessun ..1 genitori|mamma|papa|adulti|grandi ..2 in_mezzo|di_mezzo|tra_noi|tra_di_noi|da_ora',
      'non ..1 informi|informare|avvisare|avvisi|coinvolgere|coinvolga|dica|dire|dirlo ..3 genitori|@family|tutore|tutori ..6 annullat*|sospes*|bloccat*|chiuso|chiusa|perdi|perdera|fallisce|non_vale',
      'meglio|e_meglio ..2 no|non|non_dirlo|non_dirglielo ..5 mamme|genitori|@family ..2 agitano|agita|preoccupano|preoccupa|arrabbiano|arrabbia|capiscono|capirebbero|esagerano|fanno_storie|rompono|spaventano',
      'non ..1 lo|la|le ..1 sapra|vedra|scoprira ..1 nessuno|nex ..4 cancelliamo|eliminiamo|cancella|elimina|cancellero|elimino ..2 chat|messaggi|conversazione|tutto',
      'ai_tuoi|a_tua_madre|a_tuo_padre|ai_genitori|a_casa|a_mamma ..1 non ..1 dire|dirlo|dirgli|raccontare|far_sapere ..2 quanto|cosa|niente|nulla|che',
      'non_dirlo|non_dirglielo|non_dire_niente ..2 ai_tuoi|a_tua_madre|ai_genitori|a_mamma ..4 non_capiscono|non_capirebbero|questo_lavoro|sto_lavoro|si_agitano|fanno_storie|rompono',
    ],
    unless: ['festa_a_sorpresa|sorpresa_per|sorpresa_a|di_sorpresa|la_sorpresa|festa|compleanno|regalo|torta|spoiler|vaso|rotto|nota|voto|voti|pagella|copiat*|trasloco|allarme|ti_porto_io_in_macchina|casa_libera|pigiama_party|ahah*|haha*|lol', 'tra_amiche|tra_amici|tra_ragazze|allenamento|dopo_la_scuola|dopo_scuola|partita|prove|lezione|catechismo|oratorio|torneo'],
    examples: {
      match: ['facciamo sabato nel mio studio, ti passo a prendere io alla stazione. non serve che venga tua madre', 'meglio di no per ora, le mamme si agitano sempre. facciamo una sorpresa quando il pezzo e pronto', 'bene. allora niente genitori in mezzo, scrivimi su signal da ora in poi', 'Non informi i genitori o la verifica verra annullata', 'meglio di no per ora, le mamme si agitano sempre', 'dai non lo sapra nessuno, cancelliamo la chat dopo', 'e ai tuoi non dire quanto ti pago', 'e per ora non dirlo ai tuoi, i genitori non capiscono questo lavoro'],
      ignore: ['niente genitori stasera, casa libera per la festa', 'non dire niente ai tuoi della festa a sorpresa', 'non informare i genitori della sorpresa o si rovina'],
    },
  },

  {
    id: 'leave-your-parents-out-r20',
    phrases: [
      'lascia|lasciamo|lasciali|lasciala stare|perdere|fuori ..1 i_tuoi|tua_madre|tuo_padre|i_genitori|tua_mamma|i_tuoi_genitori|tuoi|genitori',
      'e|una cosa ..1 tra|fra ..1 artisti|adulti|grandi|me_e_te|noi_due',
    ],
    unless: ['hanno_ragione|ascolta_i_tuoi|chiedi_ai_tuoi|parlane_con|permesso|se_ti_danno|se_ti_lasciano|chiedi|sorpresa|festa|regalo|compleanno'],
    examples: {
      match: ['no lascia stare i tuoi, e una cosa tra artisti', 'lascia fuori i tuoi genitori, è una cosa tra adulti'],
      ignore: ['i tuoi hanno ragione, ascolta i tuoi', 'lascia stare il compito, facciamo dopo', 'lascia stare i tuoi, vieni con noi al mare se ti danno il permesso', 'è una cosa tra me e te, la sorpresa per la mamma'],
    },
  },
  {
    id: 'nobody-sees-them-relax-r21',
    phrases: [
      'nessuno ..1 le|li|la|lo ..1 vede|vedra|vedrebbe|vedra_mai ..3 tranquill*|promesso|giuro|solo_io|tranne_me|fidati',
    ],
    weight: 2,
    unless: ['profilo|account|storia|storie|amici_stretti|migliori_amici|archivio|cartella|drive|gita|festa|compleanno'],
    examples: {
      match: ['le mandi a me in privato e decido io se postarle, nessuno le vede tranquilla'],
      ignore: ['metti le storie agli amici stretti, nessuno le vede tranquilla'],
    },
  },
  {
    id: 'dont-tell-team-or-home-r24',
    phrases: [
      'non ..1 parlarne|dirlo|dirla|raccontarlo|dire_niente|dire_nulla ..2 in_squadra|allo_spogliatoio|ai_compagni|al_mister|in_palestra ..3 ne|e|o ..1 a_casa|ai_tuoi|ai_genitori',
      'che|perche ..1 si ..1 cancellano|cancella|autodistruggono ..3 cosi|cos ..1 nessuno ..1 le|li|la|lo ..1 trova|vede|scopre|legge',
    ],
    unless: ['voto|voti|verifica|interrogazione|pagella|bocciat*|insufficien*|in_mate|multa|festa|sorpresa|regalo|gita|vacanza|venute_male|brutte|figuracci*|compleanno'],
    examples: {
      match: ['no solo a te, sei quello con piu potenziale. ma non parlarne in squadra né a casa, se no gli altri rompono', 'e mandale su snap che si cancellano, cosi nessuno le trova'],
      ignore: ['non dirlo in squadra che domani c e la festa per il mister', 'non dirlo in squadra ne a casa che ho preso 4 in mate', 'mandale su snap che si cancellano cosi nessuno le trova, le foto brutte della gita lol'],
    },
  },
  {
    id: 'it-deletes-itself-anyway-r25',
    phrases: [
      '@photo|@video|fammi_vedere|mandami|mandamela|mandala|una_sola ..6 tanto ..2 si_cancella|si_cancellano|sparisce|spariscono|si_autodistrugge|si_autodistruggono|non_resta|non_rimane|non_la_salvo|non_la_vede_nessuno',
      'non ..1 dirlo|scriverlo|dirglielo|parlarne|scriverne ..6 se_no|senno|altrimenti ..3 ti ..1 levo|tolgo|escludo|caccio|butto_fuori',
      'non ..1 dirlo|scriverlo|dirglielo|parlarne|scriverne ..6 se_no|senno|altrimenti ..4 perdi ..1 il_posto|il_provino|lo_shoutout|la_possibilita|l_occasione',
      'nun ..1 je|glie|ghe|ce ..1 di|dire|dici ..1 niente|gnente|nulla ..3 tuoi|mamma|madre|tu_ma|nessuno|papa|de_noi',
    ],
    unless: ['saluto|amicizia|ahah*|haha|lol|xd', 'storia|storie|stories|bereal|meme|sorpresa|festa|compleanno|regalo|spoiler*|finale|ho_rotto|vaso|voto|nota|verifica|ti_ammazza|ti_uccide|me_ammazza|me_mena'],
    examples: {
      match: ['fammi vedere dai, una foto veloce, tanto si cancella da sola', 'non dirlo agli altri del server se no ti levo dal provino', 'e non scriverlo in chat che se no la vogliono tutti e perdi il posto 🤫', 'aò nun je di niente ai tuoi de noi, capito?'],
      ignore: ["non dirlo agli altri se no ti levo il saluto ahah", 'mandala nella storia tanto sparisce dopo 24 ore', 'non dirlo a nessuno se no perdi l effetto sorpresa della festa', 'nun je di niente a mamma che ho rotto er vaso'],
    },
  },
  {
    id: 'secret-boyfriend-cover-story-r25',
    phrases: [
      'il_tuo|la_tua|nostra|nostro ..1 ragazzo|ragazza|fidanzato|fidanzata|relazione|storia|amore ..1 segret*',
      'se ..4 chiedono|chiede|domandano ..2 di_me ..4 sono ..1 un|una|tuo|tua ..1 amico|amica|compagno|compagna|cugino|cugina',
    ],
    unless: ['wattpad|fanfic*|capitolo|letture|racconto|romanzo|fumetto|manga|anime', 'ammiratore|ammiratrice|babbo_natale|santa|regalo|sorpresa|festa|compleanno|serie|film|libro|personaggio|telenovela'],
    examples: {
      match: ['posso essere il tuo ragazzo segreto', 'se i tuoi ti chiedono di me di che sono un amico di scuola'],
      ignore: ['nella serie lei ha una relazione segreta col prof', 'il tuo regalo segreto arriva domani'],
    },
  },
  {
    id: 'dont-say-i-write-to-you-r27',
    phrases: [
      'non|nn ..1 dirle|dirgli|dirlo|dire|dirglielo|raccontare ..3 che ..1 ti ..1 scrivo|sento|parlo|ho_scritto|messaggio|cerco|ho_cercato',
      'non|nn ..1 deve|devono|dovra ..1 sapere ..2 che ..1 ti ..1 scrivo|sento|parlo|ho_scritto|messaggio|cerco',
      'a|ai|alla|al|allo ..2 lui|lei|loro|fratello|sorella|tuoi|@family ..1 non|nn|mai ..1 dire|dirlo|dirgli|dirle|dire_niente|dire_nulla|raccontare|raccontarlo|dirglielo|far_sapere|farlo_sapere',
      'non|nn ..1 dirlo|dirle|dire|raccontarlo|dire_niente|dire_nulla ..2 alle_altre|agli_altri|alle_compagne|ai_compagni|alla_squadra|in_squadra|al_gruppo|ai_capi|agli_altri_capi',
    ],
    unless: ['ahah*|haha*|lol|xd|scherz*', 'sorpresa|festa|regalo|compleanno|gelos*_per_niente|litigato|litigio|pace'],
    examples: {
      match: ['sono l amico di tuo fratello, non dirgli che ti scrivo', 'tua madre non deve sapere che ti sento', 'dopo resta qui, ma non dirlo alle altre', 'a tuo fratello non dire niente, sai com è geloso'],
      ignore: ['non dirgli che ti ho scritto, è geloso ahah', 'a mamma non dire niente della festa a sorpresa', 'non dirlo agli altri ma domani la festa è a sorpresa', 'non dirle che ti ho scritto, è per la sua festa a sorpresa', 'non dirgli che ti scrivo, abbiamo litigato e deve fare pace lui'],
    },
  },
  {
    id: 'better-they-dont-know-we-talk-r28',
    phrases: [
      'meglio|e_meglio|preferisco|preferirei ..1 che ..5 non|nn ..1 sappia|sappiano|sapesse|sapessero|scopra|scoprano|scoprisse|scoprissero|lo_sappia|lo_sappiano|lo_sapesse|lo_sapessero ..2 che ..2 ti_scrivo|ci_scriviamo|ci_sentiamo|parliamo|ci_parliamo|ti_sento|ci_vediamo|ti_ho_scritto|ti_parlo|chattiamo|ti_vedo|sentiamo|vediamo',
      'nessuno|@family ..3 deve|devono|dovrebbe|dovrebbero|puo|possono ..1 sapere|scoprire ..2 che ..2 ti_scrivo|ci_scriviamo|ci_sentiamo|parliamo|ci_parliamo|ti_sento|ci_vediamo|ti_ho_scritto|ti_parlo|chattiamo|ti_vedo',
    ],
    unless: ['festa|sorpresa|regalo|compleanno|anniversario|addio_al_celibato|addio_al_nubilato|torta', 'ahah*|haha*|lol|xd|copiare|copiamo|copiato|compiti|verifica|interrogazione'],
    examples: {
      match: ['meglio che tua madre non sappia che ti scrivo', 'è meglio che i tuoi non lo sappiano che ci sentiamo', 'nessuno deve sapere che ci vediamo sabato', 'preferisco che tua sorella non scopra che parliamo'],
      ignore: ['meglio che la prof non sappia che ci vediamo per la sorpresa', 'meglio che non sappia che ci vediamo per organizzarle la festa', 'meglio che tua madre sappia che ci vediamo', 'non so che ti scrivo', 'meglio che la prof non sappia che ci sentiamo per copiare ahah'],
    },
  },
  {
    id: 'formal-do-not-contact-police-r28',
    phrases: [
      'non|nn ..1 contatti|contattate|contattare|chiami|chiamate|avvisi|avvisate|informi|informate|informare|coinvolga|coinvolgete|coinvolgere|denunci|sporga_denuncia ..3 polizia|autorita|carabinieri|polizia_postale|forze_dell_ordine|avvocato|avvocati|nessuno',
      'qualsiasi|ogni ..1 contatto|tentativo ..3 con|di_contattare|di_avvisare ..2 polizia|autorita|carabinieri|polizia_postale|forze_dell_ordine ..6 comportera|causera|fara_partire|sara_inviato|invio|pubblicazione|diffusione',
    ],
    unless: ['esit*|dubit*|abbia_paura|avere_paura|vergogn*|non_sei_solo|non_sei_sola|helpline|telefono_azzurro|114|consiglio|ti_consiglio|ti_conviene_denunciare|se_ti_minacciano|se_qualcuno'],
    examples: {
      match: ['Non risponda a questa e-mail e non contatti la polizia.', 'Non informi le autorità, altrimenti il video sarà pubblicato.', 'Qualsiasi contatto con la polizia comporterà la diffusione immediata del video.'],
      ignore: ['non esiti a contattare la polizia postale', 'se qualcuno ti minaccia non avere paura, contatta la polizia', 'non chiami più il numero vecchio, il nostro nuovo è questo'],
    },
  },
  {
    id: 'keep-this-chat-between-us-r29',
    phrases: [
      'teniamola|teniamolo|teniamole|teniamoli|tienila|tienilo|tienile|teniamo|tieni ..4 tra_noi|tra_di_noi|fra_noi|tra_me_e_te|solo_per_noi|segreta|segreto|nascosta|nascosto',
      'questa|sta|la|nostra|le_nostre ..1 chat|conversazion*|amicizia|messaggi|chiamate ..3 resta|rimane|restano|rimangono|deve_restare|deve_rimanere|devono_restare ..1 tra_noi|fra_noi|tra_di_noi|segreta|segreti|tra_me_e_te',
    ],
    unless: ['sorpresa|regalo|festa|compleanno|spoiler|finale|puntata|verifica|voto|voti|ahah*|lol'],
    examples: {
      match: ['questa chat teniamola tra di noi ok?', 'le nostre chiamate restano tra me e te', 'teniamo tutto segreto, gli altri non capirebbero'],
      ignore: ['teniamolo tra noi il regalo per la prof, è una sorpresa', 'tienilo segreto il finale della serie, niente spoiler', 'questa chat resta tra noi del gruppo festa ahah'],
    },
  },
  {
    id: 'neapolitan-i-wont-tell-r29',
    weight: 1,
    phrases: [
      'nun|nu|non ..1 o|lo|you ..1 dico|dic|dicimm|dicu|dicero ..1 a ..1 nisciuno|niscuno|nessuno|mammeta|patete|pateto',
    ],
    unless: ['sorpresa|regalo|festa|compleanno|spoiler|finale|puntata|ahah*|lol'],
    examples: {
      match: ["nun 'o dico a nisciuno, statte tranquilla", 'nu o dicu a nisciuno giuro'],
      ignore: ["nun 'o dico a nisciuno d'o regalo p'a festa", 'nun o saccio'],
    },
  },
  {
    id: 'neapolitan-dont-tell-your-mum-r29',
    phrases: [
      'nun|nu ..1 dicere|dicite|di|dice ..2 niente|nient|nu_cazz|nulla ..1 a ..1 mammeta|patete|pateto|nisciuno|niscuno|e_tuoje|tuoje|soreta|frateto',
    ],
    unless: ['sorpresa|regalo|festa|compleanno|spoiler|finale|puntata|voto|voti|ahah*|lol'],
    examples: {
      match: ['nun dicere niente a mammeta, rimane tra nuje', 'nu dicite nient a nisciuno'],
      ignore: ['nun dicere niente a mammeta d o regalo, è na sorpresa', 'nun dicere niente a soreta d o voto ahah'],
    },
  },
  {
    id: 'confidential-until-you-sign-r30',
    phrases: [
      'non|nn ..1 dirlo|dire|dirglielo|parlarne|dir_niente|dire_niente|dire_nulla ..4 tuoi|genitori|@family|nessuno ..6 riservat*|confidenzial*|firmi|firmare|firma|firmato|contratto|ufficiale',
      'riservat*|confidenzial* ..6 non|nn ..1 dirlo|dire|dirglielo|parlarne|dire_niente|dire_nulla ..4 tuoi|genitori|@family|nessuno',
    ],
    unless: ['sorpresa|festa|compleanno|regalo|spoiler*|finale|torta|anniversario'],
    examples: {
      match: ['e non dirlo ai tuoi per ora, è tutto riservato finché non firmi', 'è confidenziale, non dire niente ai tuoi genitori'],
      ignore: ['non dirlo a nessuno, la festa a sorpresa è riservata agli amici'],
    },
  },
  {
    id: 'so-your-parents-dont-see-what-we-write-r32',
    phrases: [
      'cosi|che|per|perche|in_modo_che ..2 i_tuoi|tuoi|tua_madre|tuo_padre|genitori|tua_mamma|nessuno|mamma ..2 non|nn ..1 vedono|vedano|vede|veda|leggono|leggano|legge|legga|scoprono|scoprano|sanno|sappiano|controllano|controllino ..3 cosa|che|quello_che|cio_che|con_chi|chi ..2 ci ..1 scriviamo|diciamo|mandiamo|raccontiamo',
      'non|nn ..1 voglio|vorrei ..1 che ..2 i_tuoi|tuoi|tua_madre|tuo_padre|genitori|tua_mamma|nessuno ..2 la|lo|li|le|ci ..1 vedano|veda|leggano|legga|scoprano|scopra|sentano|vedessero|vedesse|leggessero|leggesse|scoprissero|scoprisse|sapessero|sapesse',
      'non|nn ..1 voglio|vorrei ..1 che ..1 la|lo|li|le|ci ..1 vedano|veda|leggano|legga|scoprano|scopra|vedessero|vedesse|leggessero|leggesse|scoprissero|scoprisse ..1 i_tuoi|tua_madre|tuo_padre|genitori|tua_mamma',
    ],
    unless: ['compleanno|festa|sorpresa|regalo|torta|spoiler|voti|pagella|verifica'],
    examples: {
      match: ['usa questo numero cosi i tuoi non vedono cosa ci scriviamo', 'non voglio che la leggano i tuoi genitori', 'scrivimi qui che tua madre non legge cosa ci diciamo', 'non voglio che i tuoi lo vedano', 'non vorrei che tua madre le leggesse'],
      ignore: ['non voglio che i tuoi vedano la torta prima della festa', 'nascondi il regalo cosi i tuoi non lo vedono', 'non voglio che la vedano tutti, è brutta'],
    },
  },
  {
    id: 'dont-tell-mum-dialect-r37',
    phrases: [
      'nun ..1 dicere|dicite|dicete|di|dire|dici ..2 niente|nulla|nient|nu_cazz|manco ..2 a ..1 mamma|mammeta|madre|papa|pateto|nisciun|nessuno',
      'basta|purche ..1 che|ke ..1 non|nun|nn ..1 lo ..1 sa|sappia|scopre|scopra ..1 nessuno|nisciun|nessun',
      'gioco|gioc ..2 dei|dei_nostri|del ..1 segreti|segreto ..6 io_e_te|noi_due|tra_noi|solo_noi|nessuno|ci_vogliamo_bene|vuoi',
    ],
    unless: ['festa|sorpresa_per|compleanno|regalo_per|torta|scherzo_a|pesce_d_aprile|gita|verifica|compito|spoiler|finale|serie'],
    examples: {
      match: ['nun dicere niente a mammà eh', 'fai quello che vuoi, basta che non lo sa nessuno', 'facciamo il gioco dei segreti io e te?'],
      ignore: ['non dire niente a mamma della festa a sorpresa per papà', 'basta che non lo sa nessuno prima della festa', 'il gioco dei segreti a scuola era noioso'],
    },
  },
  {
    id: 'i-could-get-in-trouble-r37',
    phrases: [
      'potrei|rischio|rischierei|finirei|finisco|andrei|vado|mi_metto|mi_metterei ..2 nei_guai|nei_casini|in_galera|in_prigione|dentro|grosso|tanto|un_sacco ..3 per_te|a_parlarti|a_scriverti|parlando_con_te|con_te|per_questo|per_noi|per_quello_che|se_si_sa|se_lo_dici|se_qualcuno|se_lo_scoprono|se_lo_sanno',
      'se ..4 lo ..1 scopre|scoprono|scoprisse|scoprissero|sa|sanno|sapesse|sapessero|viene_a_sapere|vengono_a_sapere ..4 finisco|finirei|vado|andrei|mi_arrestano|mi_arresterebbero|mi_denunciano|mi_denuncerebbero ..1 nei_guai|nei_casini|in_galera|in_prigione|dentro',
      'mi ..1 arrestano|arresterebbero|denunciano|denuncerebbero|mettono_dentro ..4 se ..2 lo ..1 dici|racconti|sa|scopre|sanno|scoprono|vedono',
    ],
    weight: 1,
    unless: ['mia_madre|mio_padre|i_miei|mia_mamma|mio_papa|prof|preside|scuola|verifica|compit*|voto|pagella|ritardo|coprifuoco|multa|lavoro|capo|vigile|controllore|biglietto|benzina|ahah*|haha*|lol|xd'],
    examples: {
      match: ['potrei finire nei guai per questo, lo sai', 'io rischio grosso a parlarti', 'se qualcuno lo scopre finisco in galera'],
      ignore: ['se mia madre lo scopre finisco nei guai', 'potrei finire nei guai con la prof per il compito', 'rischio grosso alla verifica domani'],
    },
  },
] satisfies PatternEntry[];
