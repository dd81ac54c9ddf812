import type { PatternEntry } from '../../schema';

const DEATH = 'muoio|morto|morta|suicido|ammazzo|uccido|mi_ammazzo|mi_uccido|mi_taglio|mi_succede_qualcosa|faccio_una_cazzata|la_faccio_finita';

export default [
  {
    id: 'hurt-myself-if-you',
    phrases: [
      'se ..1 mi ..1 lasci|blocchi|ignori|molli|abbandoni|lasciassi|bloccassi|rifiuti ..3 @selfharm',
      'se [tu] non|nn mi rispondi|mandi|ami|vuoi|scrivi|perdoni|richiami|credi ..6 @selfharm',
      'se [tu] non|nn vieni|mi_chiami|accetti|esci_con_me|torni|mi_perdoni|mi_scrivi ..4 @selfharm',
      'se [tu] non|nn lo_fai|rispondi|mandi|torni ..3 @selfharm',
      '@selfharm ..1 se ..1 mi_lasci|mi_blocchi|mi_ignori|mi_molli|non_mi|non_rispondi|non_lo_fai|te_ne_vai|non_mandi|tu_mi',
      '@send|rispondimi|rispondi|fallo|scrivimi|amami|torna ..5 o|altrimenti|senno|se_no @selfharm',
      'senza di ..1 te ..2 @selfharm',
      `sara|e colpa tua ..3 se|quando ..3 ${DEATH}`,
      'se ..2 muoio|mi_succede_qualcosa|mi_ammazzo ..2 sara|e colpa tua',
      'voglio morire|farla_finita ..1 per|se|a_causa ..2 te|tua|tu',
      '@selfharm ..5 colpa ..1 tua',
      'senza ..1 di ..1 te ..3 non ..2 senso|vale_la_pena ..1 vivere',
      'se ..1 mi ..1 lasci|blocchi|ignori|molli|abbandoni ..6 @selfharm',
      'non ..1 voglio|ha_senso|vale_la_pena ..1 piu ..1 vivere|andare_avanti ..3 se|senza|quando',
    ],
    unless: ['ahah|ahahah|haha|hahaha|lol|xd|scherzo|scherzando|dalla_noia|di_noia|noia|dalla_vergogna|di_vergogna|dal_ridere|dalle_risate|dalla_fame|dal_caldo', 'alla_festa|al_compleanno|al_concerto|al_cinema|alla_serata|in_gita|alla_partita|al_pigiama_party|in_discoteca|alla_cena'],
    examples: {
      match: ['se mi lasci mi ammazzo', 'se non vieni stanotte la faccio finita', 'mandami un video o mi taglio, giuro', 'se non mi rispondi la faccio finita', 'mi ammazzo se te ne vai', 'se mi succede qualcosa sarà colpa tua', 'senza di te mi ammazzo', 'mi ammazzo stasera e sarà solo colpa tua', 'se non rispondi prendo tutte le pillole', 'senza di te non ha senso vivere', 'se mi lasci non so cosa faccio, mi faccio del male', 'non voglio più vivere se tu non mi rispondi', 'senza di te non vivo, se non mi rispondi faccio una pazzia'],
      ignore: ['se non mi rispondi mi ammazzo dalla noia ahah', 'se mi lasci da sola alla festa mi ammazzo di noia', 'se prendo un altra insufficienza mi ammazzo', 'se non passo l esame mi ammazzo', 'o passo sto esame o mi ammazzo', 'è colpa tua se mi hanno sgridato', 'mi ammazzo se mi bocciano'],
    },
  },
  {
    id: 'if-you-dont-send-i-hurt-myself',
    phrases: [
      'se ..2 non|nn ..1 mi|lo|me_la|me_le ..1 mandi|rispondi|fai|scrivi|invii|fai_vedere ..6 @selfharm',
    ],
    unless: ['ahah|haha|ahahah|lol|scherzo|appunti|compit*|esercizi|verifica|esame|interrogazione|prof|scuola|riassunt*|versione|traduzione'],
    examples: {
      match: ['se stasera nn mi mandi una foto mi ammazzo giuro', 'se non mi rispondi subito mi taglio', 'se non mi mandi una foto stasera giuro che la faccio finita'],
      ignore: ['se non passo l esame mi ammazzo', 'se stasera non mi mandi gli appunti ti ammazzo', 'se non mi mandi gli appunti mi ammazzo ahah'],
    },
  },
  {
    id: 'on-your-conscience',
    phrases: [
      'avermi|avrai|avresti|mi_avrai|mi_avresti|ce_l_avrai|ce_l_avresti|ce_lavrai|vuoi_avermi ..2 sulla ..1 coscienza',
      'la ..1 mia ..1 morte|vita ..2 sulla ..1 tua ..1 coscienza',
      'se ..3 mi ..1 succede ..1 qualcosa ..3 colpa ..1 tua',
    ],
    unless: ['ahah*|lol|xd|scherzo|scherzando|pianta|piante|pesce|pesciolino|tamagotchi|gatto|cane|criceto'],
    examples: {
      match: ['vuoi avermi sulla coscienza?', 'la mia morte sarà sulla tua coscienza', 'se stanotte mi succede qualcosa è colpa tua'],
      ignore: ['se muore la pianta ce l avrai sulla coscienza ahah', 'ho la coscienza pulita'],
    },
  },
  {
    id: 'it-depends-on-you-r9',
    phrases: [
      '@selfharm ..5 dipende ..2 da ..1 te',
      'dipende ..2 da ..1 te ..5 @selfharm',
      'non_ha_piu_senso ..1 che_io ..1 ci_sia|viva|esista|stia_al_mondo|resti_al_mondo',
      'non_mi_ami|non_mi_vuoi_bene|non_mi_mandi ..6 non_ha_piu_senso|non_ha_senso ..2 vivere|che_io|esistere|andare_avanti',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|scherzando|noia|dalla_vergogna|dal_ridere|festa|riunione|gruppo|squadra|classe|partita|lezione|cena|corso|verifica|esame|interrogazione'],
    examples: {
      match: ['giuro che stanotte la faccio finita. dipende solo da te', 'se non me la mandi vuol dire che non mi ami. allora non ha piu senso che io ci sia', 'dipende da te se mi ammazzo o no', 'se non mi ami non ha senso vivere'],
      ignore: ['non ha piu senso che io ci sia alla festa, tanto non viene nessuno', 'dipende da te se mi ammazzo di noia stasera ahah'],
    },
  },
  {
    id: 'pills-or-tonight-if-you-dont-r11',
    phrases: [
      'se ..1 non|nn ..6 prendo|ingoio|mi_prendo|mi_ingoio|mi_faccio|mando_giu ..2 tutte|tutta|tutti|una_scatola|la_scatola|il_flacone|la_boccetta ..2 pastiglie|pasticche|pillole|compresse|medicine|farmaci|gocce|sonniferi|calmanti|antidepressivi',
      'o|oppure|altrimenti|senno|se_no ..3 prendo|ingoio|mi_prendo|mando_giu ..2 tutte|tutta|tutti|una_scatola|la_scatola|il_flacone ..2 pastiglie|pasticche|pillole|compresse|medicine|farmaci|sonniferi|calmanti',
      'o|oppure|altrimenti|senno|se_no ..2 stanotte|stasera|oggi|domani|giuro|ti_giuro|davvero ..1 @selfharm',
      'senza ..1 di ..1 te ..6 stanotte|stasera|oggi|domani|giuro|allora|quindi ..1 @selfharm',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|scherzando|esame|verifica|interrogazione|bocciat*|voto|prof|noia|dalla_noia|di_noia|vergogna|ridere|risate|fame|caldo|mal_di_testa|dottore|medico|influenza|febbre|raffreddore'],
    examples: {
      match: ['se non vieni stasera giuro che prendo tutte le pastiglie di mia madre. dimostrami che ci tieni', "ok allora mandami almeno una foto come quelle dell'estate o stanotte mi taglio", 'rispondimi o stasera la faccio finita', 'senza di te non ha senso, stanotte la faccio finita'],
      ignore: ['se non passa il mal di testa prendo tutte le pastiglie che ho ahah', 'o studio stasera o domani mi ammazzo all esame'],
    },
  },
  {
    id: 'swear-tonight-end-it-r13',
    phrases: [
      'giuro|stanotte|stasera ..3 @selfharm',
      '@selfharm ..6 colpa_tua|sulla_coscienza|vediamo_come_ti_senti|come_ti_senti|per_colpa_tua|te_ne_pentirai',
      'sai|lo_sai ..3 cosa|che ..1 devi ..1 fare ..2 per ..1 salvarmi|tenermi_in_vita|non_farmi_morire|farmi_stare_in_vita',
    ],
    weight: 5,
    unless: ['con_te|con_lui|con_lei|con_questa|con_questo|con_la_scuola|con_il_calcio|dieta|gioco|partita|livello|boss|videogioco|ahah*|haha*|lol|compiti'],
    examples: {
      match: ['allora è finita. e giuro che stanotte la faccio finita, poi vediamo come ti senti', 'lo sai cosa devi fare per salvarmi', 'stasera mi taglio e sara colpa tua'],
      ignore: ['giuro che la faccio finita con questa dieta', 'sai cosa devi fare per salvarmi nel gioco? cura il boss'],
    },
  },

  {
    id: 'if-you-tell-i-end-it-r20',
    phrases: [
      'se ..1 dici|racconti|parli|lo_dici|lo_racconti|ne_parli|mi_denunci|mi_segnali ..4 @selfharm',
      'se ..2 ai_tuoi|a_tua_madre|a_qualcuno|alla_polizia|a_nessuno ..3 @selfharm',
    ],
    examples: {
      match: ['se dici qualcosa ai tuoi la faccio finita, lo giuro', 'se mi segnali mi ammazzo'],
      ignore: ['se dici che il film fa schifo ti ammazzo ahah'],
    },
  },
  {
    id: 'dont-know-what-ill-do-to-myself-r22',
    phrases: [
      'se ..1 non|nn|mi_lasci|mi_blocchi|sparisci|mi_ignori ..6 non|nn so ..1 cosa|che|cos ..1 mi_faccio|mi_combino|potrei_farmi|mi_succede|faro_a_me',
    ],
    unless: ['mangiare|cena|pranzo|colazione|da_mangiare|panino|pasta|capelli|trucco|tatuaggio'],
    examples: {
      match: ['se non mi aiuti stanotte non so cosa mi faccio', 'se mi lasci non so che mi combino'],
      ignore: ['se non torni presto non so cosa mi faccio da mangiare stasera'],
    },
  },
  {
    id: 'if-you-close-i-jump-r22',
    phrases: [
      'se ..1 chiudi|esci|lasci|te_ne_vai|mi_lasci|smetti|non_rispondi ..3 mi_butto|mi_lancio|mi_ammazzo|mi_uccido|la_faccio_finita|mi_taglio',
    ],
    unless: ['ahah*|haha*|lol|xd|verifica|interrogazione|compito|prof|spoiler|finale|partita'],
    examples: {
      match: ['se chiudi la chat mi butto giu dal ponte', 'se te ne vai la faccio finita'],
      ignore: ['se la prof mi interroga mi butto giu ahah'],
    },
  },
  {
    id: 'if-you-leave-i-dont-know-what-i-do-r25',
    phrases: [
      'se ..1 mi ..1 lasci|blocchi|abbandoni|molli|ignori ..3 non ..1 so ..1 cosa|che ..1 faccio|potrei_fare|mi_faccio|combino',
      'unica|sola ..1 ragione|motivo ..1 di|per ..1 vivere ..6 se ..1 mi ..1 lasci|blocchi|abbandoni|molli',
    ],
    weight: 3,
    unless: ['ahah*|haha|lol|xd|scherzo|netflix|serie|partita|squadra|gruppo|progetto|compito|esame|verifica'],
    examples: {
      match: ['sei la mia unica ragione di vivere, se mi lasci non so cosa faccio', 'se mi blocchi non so cosa mi faccio'],
      ignore: ['se mi lasci da sola col progetto non so cosa faccio ahah', 'se mi molli adesso nella partita non so che faccio'],
    },
  },
  {
    id: 'blade-or-pills-ready-r30',
    phrases: [
      'ho ..1 gia|qui|qua|in_mano|pronto|pronta|pronte|pronti ..1 il_rasoio|la_lametta|le_lamette|una_lametta|il_coltello|le_pillole|le_pastiglie|tutte_le_pillole|la_corda ..2 qui|qua|in_mano|pronto|pronta|pronte|pronti|vicino',
      'ho ..1 il_rasoio|la_lametta|le_lamette|una_lametta|il_coltello|le_pillole|le_pastiglie|tutte_le_pillole|la_corda ..3 qui|qua|in_mano|pronto|pronta|pronte|pronti|vicino',
    ],
    weight: 2,
    unless: ['barba|baffi|gambe|ascelle|ceretta|doccia|depila*|farmacia|medico|dottore|antibiotic*|mal_di_testa|febbre|tachipirina|nonna|nonno|mamma|cucina|pane|carne|verdura|torta|formaggio|campeggio|pesca|borsa|zaino|astuccio|ciclo|mestruazioni|allergia|ahah*|lol|haha*|xd'],
    examples: {
      match: ['ho già il rasoio qui', 'ho le pillole qui pronte, se non mi rispondi'],
      ignore: ['ho già il rasoio qui per la barba', 'ho le pillole qui pronte per il mal di testa'],
    },
  },
] satisfies PatternEntry[];
