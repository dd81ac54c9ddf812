import type { PatternEntry } from '../../schema';

const PRETTY = 'bella|bellissima|bellissimo|carina|carino|carinissima|stupenda|stupendo|figa|figo|fighissima|sexy|gnocca|bona|bono|perfetta|perfetto|meravigliosa|meraviglioso|splendida|splendido|dolcissima|fantastica|unica|speciale|diversa|matura|maturo|fotogenica|attraente|affascinante|dea|principessa|angelo|dolce|tenera|adorabile|deliziosa';

export default [
  {
    id: 'mature-for-age',
    phrases: [
      'matura|maturo|maturi|mature|grande|intelligente|sveglia|sveglio ..3 per la_tua|tua|l eta',
      'per la tua eta ..2 sei|sembri ..1 matur*|grande|sveglia|avanti',
      'sembri|dimostri|sembra ..2 piu grande|grandi|matura|maturo|vecchia|anni',
      'non sembri|dimostri ..2 ragazzina|ragazzino|bambina|bambino|#|piccola|piccolo',
      'non sei come ..2 ragazze|ragazzi|altre|altri ..1 della_tua_eta|tua_eta|di_#',
      'sei diversa|diverso ..2 dalle|dagli|dalle_altre|dagli_altri|altre|altri',
      'ragazze|ragazzi|ragazzine|ragazzini della tua eta',
      'piu matura|maturo|matur*|grande|sveglia ..3 delle|dei|di ..1 ragazze|ragazzi|altre|altri|coetane*',
      'sei|sembri ..3 ragazza|ragazzina|ragazzo|ragazzino ..1 matura|maturo|cosi_matura|cosi_maturo|molto_matura|molto_maturo|piu_matura|piu_maturo',
    ],
    examples: {
      match: ['sei molto matura per la tua eta', 'sembri più grande', 'non sembri una ragazzina', 'sei diversa dalle altre', 'sei matura per l eta che hai', 'le ragazze della tua età sono stupide', 'sei davvero una ragazzina cosi matura', 'sembri un ragazzo molto maturo sai'],
      ignore: ['sei grande!', 'la tua età è 14', 'sembri stanca oggi', 'mia sorella è una ragazza matura', 'sei una ragazza in gamba'],
    },
  },
  {
    id: 'love-bombing',
    phrases: [
      `sei ..1 troppo|cosi|molto|davvero|proprio|super|veramente|tanto|la_piu|il_piu ..1 ${PRETTY}`,
      `sei ${PRETTY}`,
      `eri|stai|sembri ..1 troppo|cosi|molto|davvero|proprio|super|veramente|tanto ..1 ${PRETTY}`,
      'foto|pic|video|selfie di_ieri|che_mi_hai_mandato|tua|tue ..2 era|e|sono|erano ..1 stupend*|bellissim*|sexy|hot|da_urlo|perfett*|meraviglios*',
      'tua|tue|ultima|ultime foto|pic|selfie ..2 era|e|sono|erano ..1 stupend*|bellissim*|sexy|hot|da_urlo|perfett*|meraviglios*',
      `piu ${PRETTY} che ..3 mai|abbia|visto|vista|conosciuto`,
      'hai un|una|degli|dei|gli|il|i|la ..1 viso|corpo|fisico|sorriso|occhi|faccia|labbra|gambe ..2 perfett*|stupend*|bellissim*|pazzesc*|da_modella|da_urlo|da_sogno|meraviglios*',
      'che ..1 bel|bei|begli|bella|bellissimo|bellissimi fisico|corpo|occhi|sorriso|labbra|gambe',
      'mi sono|sto ..1 innamorat*|perdendo_la_testa',
      'ti amo|adoro ..1 gia|da_quando|anche_se',
      'ragazza|ragazzo|donna dei miei sogni',
      'sei una|un bambola|bambolina|dea|favola|bomba|meraviglia|principessa|modella|sogno',
      'tuo|tua profilo|foto|viso|volto|look|sorriso ..2 ci|mi ..1 ha|hanno ..1 colpit*|conquistat*|stregat*',
      'hai ..1 un|una ..1 viso|volto|faccia|look|sorriso|corpo|fisico ..1 da ..1 modella|modello|copertina|attrice|attore|influencer',
      'mi fai impazzire|sognare|perdere_la_testa',
      `sei la|il piu ${PRETTY} ..2 del_mondo|dell_universo|che|di_tutte|di_sempre`,
      'ho un_debole|una_cotta|un_debole_per per te',
      'mi piaci ..1 tanto|troppo|molto|davvero|un_sacco|da_morire|da_impazzire',
      'sei la|il mia|mio principessa|regina|angelo|tesoro|piccola|dea|bambolina',
      'nessuno ti capisce|ti_capira|capisce ..2 come|quanto me|io',
      'solo io ti capisco|capisco',
      'ti capisco solo|soltanto io',
      'non ti meritano|meriti|apprezzano',
      'penso sempre|solo a te|sempre_a_te',
    ],
    unless: ['come_sei_cresciut*|quanto_sei_cresciut*|come_sei_diventat*|quanto_sei_cambiat*', 'non sei ..1 @photo', 'sei bella|bello come la fame|il_sole_a_mezzanotte'],
    examples: {
      match: ['sei troppo carina 😍', 'sei la ragazza più bella che abbia mai visto', 'hai un viso perfetto per un servizio fotografico', 'nessuno ti capisce come me', 'sei bellissima', 'mi sono innamorato di te', 'sei speciale', 'il tuo profilo ci ha colpito', 'hai un viso da modella'],
      ignore: ['come sei cresciuta, sei bellissima', 'quanto sei cresciuto, sei bellissimo nipote mio', 'il tuo profilo è privato?', 'hai un viso stanco', 'stai benissimo con quel taglio', 'la pizza è bellissima', 'sei brutta come la fame ahah', 'bella raga'],
    },
  },
  {
    id: 'only-one-who-understands',
    phrases: [
      'sei ..2 unica|unico|sola|solo che|ke ..1 mi capisce|capisci|capisca|ascolta|ascolti|comprende|comprendi',
      'nessuno ..2 mi capisce|capisce|ascolta|comprende ..1 come ..1 te|fai_tu',
      'mi ..1 capisci|ascolti|comprendi ..1 solo|soltanto ..1 tu',
      'solo|soltanto ..1 tu ..1 mi ..1 capisci|ascolti|comprendi|capisce',
      'tu ..1 mi ..1 capisci ..1 meglio ..2 di|dei|delle ..1 tutti|chiunque|miei|mia|mio',
      'sei ..2 la_persona|l_unica_persona|l_unico|l_unica|quella|quello|la_sola ..2 che|ke ..1 mi ..1 capisce|capisci|ascolta|comprende ..2 di_piu|piu_di_tutti|meglio|davvero|veramente|sul_serio',
    ],
    weight: 1,
    examples: {
      match: ["sei l'unica che mi capisce", 'nessuno mi capisce come te', 'sei la sola ke mi ascolta', 'mi capisci solo tu', 'tu mi capisci meglio di chiunque', 'sei la persona che mi capisce di più, lo sai?', 'sei quella che mi capisce davvero'],
      ignore: ['sei l unica che ha fatto i compiti', 'nessuno mi capisce in questa famiglia'],
    },
  },
{
    id: 'age-is-just-a-number',
    phrases: ['eta ..1 e|conta ..1 solo|soltanto|solamente|davvero ..1 un|poco ..1 numero', 'l_eta ..2 non ..1 conta|importa|ha_importanza', 'non ..1 mi ..1 importa|interessa ..2 quanti ..1 anni ..1 hai|tu_abbia'],
    weight: 2,
    unless: ['nonna|nonno|zia|zio|maratona|corsa|sport|palestra|festa|compleanno|torta|candeline|pensione|lavoro|colloquio|ahah*|lol|haha*'],
    examples: { match: ['ho 25 anni ma l età è solo un numero', 'l età non conta quando ci si capisce', 'non mi importa quanti anni hai'], ignore: ['la nonna dice che l età è solo un numero e corre la maratona'] },
  },
  {
    id: 'now-a-woman-r9',
    phrases: [
      'sei ..1 diventata|diventato|gia|proprio ..1 una_donna|un_uomo|una_signorina|una_donnina|un_ometto',
      'ormai ..2 sei ..1 una_donna|un_uomo|una_signorina|grande',
      'tu ..1 molto|tanto|troppo|cosi|davvero ..1 bella|bello|carina|carino|sexy|figa|figo|bellissima|bellissimo',
    ],
    weight: 1,
    unless: ['compleanno|auguri|nonna|nonno|laurea|diploma|matrimonio|cresima|comunione|sposa'],
    examples: {
      match: ['un amico di tuo zio. ormai sei diventata una donna', 'tu molto bella. togli felpa', 'sei gia una donna'],
      ignore: ['auguri! ormai sei grande, 18 anni', 'sei gia una donna, tanti auguri per il diploma'],
    },
  },
  {
    id: 'not-like-the-others-r9',
    phrases: [
      'non ..1 sei ..1 come ..1 gli_altri|le_altre|tutti_gli_altri|tutte_le_altre|le_altre_ragazze|gli_altri_ragazzi',
      'sei|gentilissim*|carinissim*|dolcissim* ..3 non ..1 come ..1 gli_altri|le_altre|quelli|quelle',
      'ti ..1 posso ..1 dire ..1 un ..1 segreto ..3 mi ..1 piaci',
    ],
    weight: 1,
    examples: {
      match: ['grazie sei gentilissimo, non come gli altri', 'tu non sei come le altre ragazze', 'io 16. ti posso dire un segreto? mi piaci'],
      ignore: ['sei come gli altri, sempre in ritardo'],
    },
  },
  {
    id: 'grown-up-head-r12',
    phrases: [
      'hai ..1 una|la ..1 testa|mentalita|mente|testolina ..1 da ..1 grande|adulta|adulto|donna|donna_vera|ragazza_grande',
      'ragioni|parli|pensi|scrivi ..1 come ..1 una|un ..1 grande|adulta|adulto|donna|ventenne|ragazza_piu_grande',
      'io ..1 # ..3 ma|pero ..1 non ..1 importa|conta|fa_niente|e_un_problema|ci_sono_problemi ..4 sei|tu_sei ..2 speciale|diversa|diverso|matura|maturo|unica|unico',
    ],
    unless: ['ahah*|haha*|lol|xd|nonna|nonno|vecchia|vecchio|boomer|prof|mamma|papa|sembri_mia'],
    examples: {
      match: ['tu hai 14 anni? io 25 ma non importa, tu sei speciale', 'sei sveglia, hai una testa da grande', 'ragioni come una donna, non come una ragazzina', 'scrivi come una ventenne'],
      ignore: ['parli come una nonna lol', 'scrivi come un adulto, sembri mia madre ahah'],
    },
  },
  {
    id: 'good-for-your-age-r13',
    phrases: [
      'bene|brava|bravo|forte|matura|maturo|intelligente|sveglia|sveglio|carina|carino|bella|bello ..3 per_la_tua_eta|per_l_eta_che_hai|per_essere_cosi_piccola|per_essere_cosi_piccolo',
    ],
    examples: {
      match: ['gg bro, giochi bene per la tua età', 'sei sveglia per la tua eta'],
      ignore: ['gioco bene per la mia eta'],
    },
  },
  {
    id: 'nobody-gets-you-like-me-model-face-r19',
    phrases: [
      'nessuno|gli_altri|loro|i_tuoi|nessun_altro ..4 ti ..1 capisc*|capiscono|capisce|conosce|conoscono ..2 come ..1 ti_capisco|ti_conosco|me|faccio_io',
      'voce|viso|faccia|fisico|corpo|talento ..1 pazzesc*|incredibil*|stupend*|da_paura|assurd*|fantastic* ..1 per ..1 la_tua_eta|essere_cosi_giovane|una_della_tua_eta|uno_della_tua_eta',
      'viso|faccia|fisico ..2 super|troppo|davvero|proprio ..1 fotogenic*',
      'sei|hai ..2 portata|portato|nata|nato|fatta|fatto ..1 per ..1 posare|fare_la_modella|fare_il_modello|le_foto|l_obiettivo|la_camera',
      'viso|faccia|fisico|corpo ..1 da ..1 modella|modello|copertina|influencer',
    ],
    unless: ['nonna|nonno|cane|gatt*|cucciol*|bimb*|neonat*|tua_sorella|tuo_fratello|sua_figlia|suo_figlio|cantante|attrice|attore|calciatore|nel_film|nella_serie|ahah*|haha*|lol|xd'],
    examples: {
      match: ['sai, gli altri nel server non ti capiscono come ti capisco io', 'ho sentito la tua cover su tiktok, hai una voce pazzesca per la tua eta', 'ti ho notata dai reel, hai un viso super fotogenico davvero', 'le foto sono venute stupende, sei portata per posare', 'hai proprio un viso da modella'],
      ignore: ['il cane ha un viso da modella ahah', 'nessuno ti capisce come tua nonna', 'la cantante ha una voce pazzesca per la sua eta'],
    },
  },
  {
    id: 'only-one-who-understands-you-r19',
    phrases: [
      'sono|io_sono ..1 l_unico|l_unica|solo_io|il_solo|la_sola ..2 che ..1 ti ..1 capisce|capisco|ascolta|ascolto|vuole_bene|ama|conosce|capisca|ascolti',
    ],
    unless: ['ahah*|haha*|lol|xd|mamma|papa|nonna|nonno|prof|cane|gatt*|quando_parli|quando_parlo|di_anime|di_pokemon|di_calcio'],
    examples: {
      match: ['ascolta, io sono l unico che ti capisce davvero. i tuoi non ti ascoltano'],
      ignore: ['sono l unica che ti ascolta quando parli di anime ahah'],
    },
  },
  {
    id: 'you-struck-me-body-for-your-age-r25',
    phrases: [
      'mi hai ..1 colpito|colpita ..2 subito|tanto|molto|dal_primo|appena|al_primo_sguardo|da_morire',
      'fisico|corpo|fisic* ..4 per_l_eta|per_la_tua_eta|per_essere_cosi_giovane|per_avere_solo',
    ],
    unless: ['battuta|risposta|commento|post|canzone|voce|discorso|idea|tema|storia|nuoto|allenamento|allenarti|allenati|continua_cosi|atleta|gara|gare|squadra|mister|coach|piscina', 'palla|pallone|pugno|gomitata|sasso|calcio|testa|occhio|dodgeball|schiaffo|racchetta|tiro|col_gomito|ahah*|lol'],
    examples: {
      match: ['ciao bella, ho visto il tuo profilo e mi hai colpito subito', 'hai un fisico promettente per l eta'],
      ignore: ["mi hai colpito subito con quella battuta", 'mi hai colpito subito con la palla ahah', 'mi hai colpito in testa col pallone'],
    },
  },
  {
    id: 'my-favourite-special-one-r27',
    phrases: [
      'sei ..1 la_mia|il_mio|proprio_la_mia|proprio_il_mio ..1 preferita|preferito|prediletta|prediletto|pupilla|pupillo|cocca|cocco ..4 tra|fra|di|della|del|dei|delle ..1 tutt*|squadra|classe|gruppo|reparto|corso|allieve|allievi|ragazze|ragazzi|giocatrici|giocatori|studenti|le_altre|gli_altri',
      'sei ..1 la_mia|il_mio|proprio_la_mia|proprio_il_mio ..1 preferita|preferito|prediletta|prediletto|pupilla|pupillo|cocca|cocco ..6 resta_tra_noi|rimane_tra_noi|tra_noi|non_dirlo|le_altre|gli_altri|gelose|gelosi|cancella|cancellali|cancellare|elimina|segreto|di_nascosto',
      'sei ..3 ragazza|ragazzo|persona|allieva|allievo|atleta|giocatrice|giocatore|studentessa|studente|bimba|ragazzina ..1 piu ..1 speciale|speciali|importante',
      'sei ..1 l_unica|l_unico|la_sola|il_solo|l_unica_che|l_unico_che ..2 capisce|capisci|merita|meriti|vale|conta',
      'sei ..1 speciale|specialissima ..2 per_me|piu_delle_altre|piu_degli_altri|non_come_le_altre',
      'ci ..1 tengo ..1 tanto|tantissimo|davvero|molto|troppo ..1 a_te',
    ],
    unless: ['mi_capisce|mi_capisci|mi_capite', 'migliore_amica|migliore_amico|amica_mia|sorellina|fratellino|nonna|nonno|zia|zio|cugin*', 'ahah*|haha*|lol|xd|scherz*'],
    examples: {
      match: ['sei la mia preferita di tutta la squadra', 'sei il mio preferito, ma non dirlo agli altri', 'sei la ragazza più speciale del gruppo', 'sei speciale per me', 'sei l unica che capisce davvero', 'ci tengo tantissimo a te'],
      ignore: ['grazie sei l unica che mi capisce', 'ci tengo tanto a te, sei la mia migliore amica', 'sei la mia preferita della classe ahah non dirlo agli altri', 'sei la mia preferita lo sai ❤️ vieni da me stasera?', 'la mia preferita è la pizza margherita', 'sei speciale tu eh ahah', 'ci tengo tanto a vincere la partita'],
    },
  },
  {
    id: 'prettiest-of-all-r28',
    phrases: [
      `sei|eri|sembri|sembravi|eri_proprio ..2 la|il ..1 piu ..1 ${PRETTY} ..2 di_tutte|di_tutti|della_festa|della_serata|della_classe|del_gruppo|della_scuola|del_mondo|che_abbia_mai_visto|che_abbia_visto|che_conosco|tra_tutte|fra_tutte`,
      'profond*|matur*|intelligent*|sveglia|sveglio|saggia|saggio|adulta|adulto|grande ..3 per ..1 avere|averne|una_di|uno_di|una_ragazza_di|un_ragazzo_di|una_ragazzina_di|una_che_ha|uno_che_ha ..1 # ..1 anni',
    ],
    unless: ['nonna|nonno|zia|zio|mamma|papa|figli*|nipot*|maestra|maestro|prof', 'foto_di_classe|vestito|costume_di_carnevale|tema|compito|verifica'],
    examples: {
      match: ['alla festa eri la più bella di tutte', 'sei la più carina della classe, che abbia mai visto', 'sei troppo matura per avere 13 anni', 'sei molto profonda per una ragazza di 14 anni'],
      ignore: ['sei la più bella di tutte, la mia nipotina', 'il tuo tema è molto maturo per avere 12 anni, brava', 'sei la più alta della classe'],
    },
  },
  {
    id: 'better-than-adults-could-model-r29',
    phrases: [
      'meglio|piu_matur*|piu_intelligent*|piu_sveglia|piu_sveglio|piu_profond*|piu_brava|piu_bravo ..1 di|dei|delle|degli ..1 tanti|molti|tante|molte|certi|certe|tutti|tutte|la_maggior_parte ..2 adulti|adulte|grandi|maggiorenni|trentenni|ventenni|universitari*',
      'dovresti|potresti|devi|meriteresti_di ..2 fare_la_modella|fare_il_modello|fare_l_attrice|fare_l_attore|fare_l_influencer|fare_la_influencer|posare_per',
    ],
    unless: ['ahah*|lol|scherz*|sedia|robot|ia|computer|cane|gatto'],
    examples: {
      match: ['ragioni meglio di tanti adulti che conosco', 'sei più matura di molte ventenni', 'con quel viso dovresti fare la modella'],
      ignore: ['sto programma scrive meglio di tanti adulti lol', 'i grandi giocano meglio di noi', 'da grande vorrei fare la modella'],
    },
  },
  {
    id: 'dialect-pretty-and-amazing-body-r30',
    phrases: [
      'bella|bea|beea|bellissima|bona ..1 tosa|toseta|tosetta|guagliona|guagliuncella|picciridda|carusa|carusidda|figghiola|fiola|fiolina|pupa|pupetta',
      'hai|te_ga|ti_ga|ga|tieni|tiene|c_hai ..1 un|una|na|nu|on ..1 fisico|fisichetto|corpo|corpicino|voce|vocina|sorriso|viso ..1 da_paura|pazzesc*|da_urlo|da_sballo|spaziale|incredibil*|stupend*|bellissim*|favolos*|da_favola|d_angelo|da_modella|da_dio|da_dea',
    ],
    weight: 1,
    unless: ['ahah*|lol|haha*|xd|nonna|mamma|zia'],
    examples: {
      match: ['ciò bella tosa, te si de Treviso?', 'te gà un fisico da paura', 'hai una voce pazzesca'],
      ignore: ['hai un fisico da paura, nonna! complimenti per la maratona'],
    },
  },
  {
    id: 'greeting-pet-name-r31',
    phrases: [
      'buongiorno|buonanotte|buonasera|notte|giorno|ciao|sogni_d_oro ..1 mia|mio ..1 principessa|regina|dea|bambolina|splendore|meraviglia|dolcezza|stellina|piccola',
      'buongiorno|buonanotte|buonasera|notte|giorno|sogni_d_oro ..1 principessa|regina|dea|bambolina|splendore|meraviglia|dolcezza|stellina',
    ],
    unless: ['papa|mamma|mami|nonna|nonno|zia|zio|padrino|madrina|amore_di_papa|amore_di_mamma|della_mamma|del_papa|tesoro_di_mamma|cucciola_di_mamma|disney|cartone|film|ahah*|haha*|lol|xd'],
    examples: {
      match: ['buongiorno principessa, dormito bene?', 'buonanotte mia piccola ❤️', 'sogni d oro splendore'],
      ignore: ['buongiorno principessa, qui è papà, ti ho lasciato la colazione', 'buonanotte principessa ahah hai visto il film disney?'],
    },
  },
  {
    id: 'you-are-the-only-one-i-have-r31',
    phrases: [
      'sei|tu_sei ..1 l_unica|l_unico|la_sola|il_solo|la_sola_persona|l_unica_persona|l_unico_che|l_unica_che ..2 persona|ragazza|ragazzo|che ..1 ho|mi_capisce|mi_capisci|conta|mi_resta|mi_importa|mi_rimane',
      'sei ..1 tutto ..1 quello ..1 che ..1 ho|mi_resta|mi_rimane',
    ],
    unless: ['grazie|grazie_mille|ahah*|haha*|lol|xd|bff|amica_mia|sorellina|sorella|fratello|nonna|mamma|papa|prof|classe|gruppo|squadra|ancora_da_pagare|con_la_chiave|che_ha_gli_appunti|appunti|compiti'],
    examples: {
      match: ['sei l unica persona che ho, non lasciarmi', 'tu sei l unico che mi capisce davvero', 'sei tutto quello che ho'],
      ignore: ['sei l unica che ha gli appunti di storia? ahah', 'grazie per ieri, sei l unica che mi capisce', 'sei l unica persona che ho in classe che sa la mate lol'],
    },
  },
  {
    id: 'first-girl-i-talk-to-like-this-r37',
    phrases: [
      'sei ..1 la_prima|il_primo|l_unica|l_unico ..1 ragazza|ragazzo|persona|tipa ..3 con_cui|con_la_quale|con_il_quale|a_cui ..1 parlo|mi_trovo|riesco|scrivo|mi_apro|mi_confido ..2 cosi|bene|davvero|sul_serio|in_questo_modo',
      'troppo|cosi|molto|super|davvero ..1 bella|bello|carina|carino|figa|fico|sexy|stupenda|bellissima ..2 nella|in ..1 foto_profilo|foto_del_profilo|pfp|propic|immagine_del_profilo|immagine_profilo|foto_di_profilo',
    ],
    unless: ['ahah*|haha*|lol|xd', 'prof|professoressa|nonna|mamma|zia'],
    examples: {
      match: ['sei la prima ragazza con cui parlo così bene', 'sei l unica persona con cui mi apro così', 'sei troppo bella nella foto profilo'],
      ignore: ['sei la prima persona con cui parlo di matematica', 'la prof è troppo bella nella foto profilo ahah'],
    },
  },
  {
    id: 'treat-you-like-a-princess-r37',
    phrases: [
      'uno|una|un_uomo|un_ragazzo ..1 come ..1 me ..3 ti ..1 tratterebbe|tratterebbero|farebbe_sentire|tratta|coccolerebbe|vizierebbe ..2 da|come ..1 principessa|regina|una_principessa|una_regina|dea|una_dea|principe|re',
      'ti ..1 tratterei|trattero|farei_sentire|vizierei|viziero ..2 da|come ..1 principessa|regina|una_principessa|una_regina|dea|una_dea',
    ],
    unless: ['ahah*|haha*|lol|xd', 'papa|nonno|nonna|mamma|zio|zia|compleanno|festa|carnevale|recita|disney'],
    examples: {
      match: ['uno come me ti tratterebbe da principessa', 'se fossi mia ti tratterei come una regina', 'un uomo come me ti tratterebbe come una dea'],
      ignore: ['alla festa di carnevale ti tratterei da principessa ahah', 'papà ti tratterà come una principessa al compleanno'],
    },
  },
  {
    id: 'my-age-is-that-ok-r37',
    phrases: [
      'ho|io|io_ho # [anni] ..3 e_un_problema|e_un_problema_per_te|problema|problemi|ti_scoccia|ti_da_fastidio|ti_disturba|e_strano|e_strano_per_te|ti_fa_strano|ti_spaventa|va_bene_lo_stesso|ti_va_bene_lo_stesso|ti_dispiace',
      'ho|io|io_ho # [anni] ..2 ma|pero ..1 non|nun|nn ..1 fa_niente|importa|conta|e_un_problema|fa_differenza',
    ],
    weight: 1,
    unless: ['prezzo|euro|eur|@currency|km|chili|kg|punti|voto|follower*|like|minuti|ore|giorni|mesi|squadra|scarpe|taglia|numero_di_scarpe|ahah*|haha*|lol|xd'],
    examples: {
      match: ['io 31 ma nun fa niente no?', 'ho 34 anni, è un problema per te?', 'io ho 40 anni, ti scoccia?'],
      ignore: ['ho 34 euro, è un problema?', 'ho 3 ore di ritardo ma non importa', 'ho 15 anni ahah è un problema?'],
    },
  },
] satisfies PatternEntry[];
