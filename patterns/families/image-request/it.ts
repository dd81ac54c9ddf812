import type { PatternEntry } from '../../schema';

const CAM = 'cam|webcam|telecamera|videocamera|fotocamera|videochiamata|facetime|ft|video_chiamata|diretta';
const SCHOOL = 'squadra|bacheca|annuario|giornalino|tesserino|badge|tessera|tesseramento|documento|identita|passaporto|compit*|esercizi*|appunti|pagina|pagine|libro|quaderno|lavagna|scheda|schede|verifica|orario|ricetta|scontrino|documento|bici|prodotto|oggetto|modulo';

export default [
  {
    id: 'photo-of-you',
    phrases: [
      '@send|voglio|vorrei [mi|me] ..3 @photo|@video tua|tue|tuo|tuoi|di_te|dove_sei_tu|a_figura_intera|intera|allo_specchio|di_come_sei|come_sei_adesso|come_sei_vestita',
      '@send|voglio|vorrei [mi|me] ..2 tua|tue|tuo ..1 @photo|@video',
      'mi mandi|invii|fai_vedere|mandaresti|manderesti ..3 @photo|@video tua|tue|tuo|di_te|allo_specchio',
      'mi mandi|invii ..2 tua|tue ..1 @photo|@video',
      '@photo|@video ..2 del|della|dei|delle tuo|tua|tuoi|tue corpo|fisico|pancia|gambe|piedi|sedere|petto|addominali|seno|culo|viso|faccia',
      '@photo|@video ..1 di|de|di_il|di_la ..1 tuo|tua|tuoi|tue|te ..1 corpo|fisico|pancia|gambe|piedi|sedere|petto|addominali|seno|culo|tette|cosce',
      'fammi|fatti|fammela|famme vedere|vede ..3 corpo|fisico|tette|seno|culo|sedere|pancia|addominali|gambe|piedi|intimo|mutand*|reggiseno|sotto|nuda|nudo|zinne|zizze|bocce|poppe|chiappe|lato_b|fondoschiena|cosce',
      'fammi|fatti|fai ..2 @photo|@video|selfie ..2 allo_specchio|a_figura_intera|intera|di_te|tua',
      'dimostrami|dimostra|prova ..3 che sei|sei_tu|sei_davvero ..4 @photo|selfie|@video|cam',
      'voglio|vorrei vedere ..2 come sei ..1 fatta|fatto',
      '@send|mi_mandi|mi_invii|fammi_vedere ..3 @photo|selfie|@video ..3 cosi|per ..1 ti_riconosco|riconoscerti|ti_vedo|vedo_chi_sei|so_chi_sei|capisco_chi_sei|so_che_sei_tu|ti_conosco|conoscerti|ti_conosco_meglio|conoscerti_meglio|ci_conosciamo_meglio',
      '@photo|@video|selfie ..1 ai|dei|delle|alle|al|ai_tuoi|dei_tuoi|delle_tue|alle_tue ..1 piedi|piedini|gambe|sedere|culo|seno|tette|pancia|cosce',
      '@send|mi_mandi|mi_invii ..3 @photo|@video|selfie ..2 per|x ..1 vederti|vedere_come_sei|vedere_chi_sei|vedere_quanto_sei|capire_come_sei',
      'mostrami|mostra|vedere|fai_vedere|fammi_vedere ..2 tuo|tua|tue|tuoi ..1 corpo|fisico|pancia|gambe|piedi|addominali|petto|sedere|seno|culo|tette|intimo|mutand*|reggiseno',
      'mostrami|mostra|vedere|fammi_vedere|fai_vedere ..2 tette|seno|culo|pisello|mutand*|reggiseno|intimo|nuda|nudo|sotto_la_maglia|sotto_i_vestiti|lato_b|fondoschiena|chiappe|davanzale|sotto_la_maglietta|sotto_la_going_to',
      'voglio|vorrei|fammi vederti|guardarti ..3 nuda|nudo|in_intimo|spogliata|spogliato|senza_vestiti|senza_niente|in_mutande|in_reggiseno', '@send|mi_mandi|mi_invii|fammi_vedere ..3 @photo|selfie|@video ..3 cosi|per|x ..1 vedo_se_sei|vedere_se_sei|capire_se_sei|vedo_come_sei|vedo_quanto_sei|capisco_se_sei|vedo_se_e_vero', '@send|mi_mandi|fammi ..2 uno|un ..1 snap|snapchat ..2 di_te|tuo|tua|della_tua_faccia|adesso'],
    unless: ['uma|quero|voce|pijama|essa|tambem|nao|obrigad*', 'costume_di_prova|costume_di_scena|vestito_di_scena|sartoria|costumeria|va_stretto|va_largo|vedo_se_va|vedo_se_ti_sta|se_ti_sta_bene|orlo|spilli', 'non_ti_vedo_da|che_non_ti_vedo|nonna|nonno|zia|zio', `del|della|dei|delle|di ..2 ${SCHOOL}`, 'per_il_compito|compito_del_ritratto|compito_di_fotografia|compito_di_arte|per_il_ritratto|la_prof_vuole|il_prof_vuole|autoritratto', 'cresima|comunione|battesimo|alle_zie|alla_zia|agli_zii|ai_nonni|alla_nonna|al_nonno|ai_parenti|alla_bisnonna|avo|vovo|avozinha', 'divisa|divise|tesseramento|iscrizione|costume_di_scena|recita|saggio', 'taglio|capelli|pettinatura|trucco|outfit|nuovo_look|unghie', 'che_studi|mentre_studi|stai_studiando|sui_libri', 'cosa_mettere|cosa_metto|decidiamo|cravatta|abbinat*|abbinare|devo_scegliere|per_scegliere|aiutami_a_scegliere|appena_sveglia|appena_sveglio|appena_svegliata|appena_svegliato|da_incubo|struccata', 'come_ti_sta|come_ti_stanno|se_ti_stanno_bene|se_ti_sta|prima_di_comprarli|prima_di_prenderli|come_ti_va|prima_di_prenderla|prima_di_prenderlo|prima_di_prenderle|prima_di_comprarla|prima_di_comprarlo|prima_di_comprarle|maglia_nuova|maglietta_nuova|felpa_nuova|pantaloni_nuovi|jeans_nuovi|vestito_nuovo|scarpe_nuove|giacca_nuova|cappotto_nuovo|che_ti_ha_preso|che_ti_ha_regalato|che_ti_ho_regalato|che_ti_abbiamo_regalato|che_ti_ho_preso|di_dove_sei|di_dove_siete'],
    examples: {
      match: ['mandami una foto tua', 'mandami una tua foto', 'mi mandi un selfie allo specchio?', 'fammi vedere il tuo fisico', 'fammi vede le zinne', 'voglio vederti nuda', 'inviami un video tuo', 'mandami una foto del tuo corpo', 'tu mandare foto di tuo corpo', 'voglio video di tue gambe', 'quanto pesi? mandami una foto per vedere come sei', 'mandami un selfie così ti riconosco', 'fai una foto ai piedi e mandamela', 'girati e fammi vedere il lato b', 'sono un ragazzo di 16 anni anche io, mandami una foto così vedo se sei carina', 'dai mandami uno snap di te adesso', 'mandami un selfie del viso così ti conosco meglio', 'mi mandi una foto per conoscerti un po?'],
      ignore: ["manda uma selfie tua de pijama, quero ver essa cara de sono", 'mandami la foto dei compiti', 'amore mi mandi una foto di te col vestito per stasera? devo scegliere la cravatta abbinata', 'ok allora manda una foto della tua faccia appena sveglia', 'amore mandami una foto di te col vestito della cresima che la faccio vedere alle zie', 'ragazzi mandatemi una foto a figura intera per le divise', 'fammi vedere il meme', 'ti ho visto ieri', 'la tua foto profilo è carina', 'mandami uno snap di te con il nuovo taglio!', 'mandami una foto tua per il compito di fotografia', 'mi mandi la tua foto per il ritratto? la prof vuole il file', 'mandami una foto di te con la felpa nuova, voglio vedere come ti sta', 'mi fai una foto tua con quei jeans? se ti stanno bene li compro anche io prima di comprarli'],
    },
  },
  {
    id: 'send-a-pic-generic',
    phrases: [
      '@send [mi|me] ..2 @photo|@video|selfie|selfi',
      'mi mandi|invii|passi|giri ..2 @photo|@video|selfie',
      'mandane|mandamene|fammene|fanne ..1 altr*|ancora|un_altra|un_altro|una|uno|#|qualcuna|qualcuno|qualche_altra|un_paio',
      'ne voglio|vorrei|mandi ..1 altr*|ancora|un_altra|un_altro',
      'voglio|vorrei ..1 altre|altri|ancora|piu @photo|@video|pic|pics',
      'fammi|famme|fammela vedere|vede ..2 @photo|@video|selfie',
      'mi_fai|mi_faresti|me_la_fai|me_lo_fai vedere ..2 @photo|@video|selfie',
      'fammi|voglio vedere ..2 come sei ..1 vestita|vestito',
      'mi_fai|fammi|fai ..1 un|una|qualche @video|@photo|selfie per|x me',
      'fai|fatti|scattati ..2 @photo|selfie ..3 e mandamela|mandamelo|inviamela|mandala|mandamele',
    ],
    weight: 1,
    unless: ['uma|quero|voce|pijama|essa|tambem|nao|obrigad*', 'costume_di_prova|costume_di_scena|vestito_di_scena|sartoria|costumeria|va_stretto|va_largo|vedo_se_va|vedo_se_ti_sta|se_ti_sta_bene|orlo|spilli', 'non_ti_vedo_da|che_non_ti_vedo|da_quanto_non_ti_vedo', 'mi_ha_chiesto|mi_hanno_chiesto|che_gli_dico|cosa_gli_dico|che_le_dico|cosa_le_dico|come_gli_rispondo|come_le_rispondo', 
      `${SCHOOL}`,
      '@photo|@video del|della|dei|delle|degli|dello|dell|di_ieri|di_gruppo|di_classe|dal|dalla',
      'gita|vacanza|vacanze|festa|concerto|partita|viaggio|compleanno|matrimonio|meme|gatto|cane|link|screen|posizione|outfit|look|scarpe|borsa|trucco|capelli|unghie|taglio|pettinatura',
      'saggio|sarta|ritocchi|saluto|auguri|rappresentante|che_studi|mentre_studi|stai_studiando|sui_libri',
      'di_dove_sei|di_dove_siete|di_dove_ti_trovi|della_fermata|del_posto|dove_sei_che|dove_siete_che',
      'cresima|comunione|battesimo|laurea|diploma|alle_zie|alla_zia|agli_zii|ai_nonni|alla_nonna|al_nonno|ai_parenti|vo|avo|vovo',
      'con_lei|con_lui|di_lei|di_lui|per_il_video_di|per_il_montaggio|certificato|modulo|ricevuta|tutti_e_due_addosso|addosso_che_ti_dico',
      'per_la_dottoressa|per_il_dottore|per_la_pediatra|per_il_pediatra|alla_dottoressa|al_dottore|alla_pediatra|al_pediatra|al_medico|per_il_medico|eruzion*|sfogo_cutaneo|macchie_sulla_pelle|puntini_rossi',
      'cosa_mettere|cosa_metto|decidiamo|il_vestito_nuovo|vestito_nuovo|camerino|gratta_e_vinci|foglio|form|orlo|cerniera|lunghezza|recita|spettacolo|di_scena|fanclub|fanbase|autorizzazione|firmata|firma',
    ],
    examples: {
      match: ['mandami una foto', 'hai foto in tenuta da equitazione? mandamene qualcuna', 'mi mandi un selfie?', 'inviami una pic', 'mandane altre 3', 'ne voglio un altra', 'mandami un video', 'mi fai vedere una foto di oggi?'],
      ignore: ['se ha eruzioni sulla pelle ci mandi una foto per la pediatra', 'mandami le foto della gita', 'mandatemi una foto dei compiti', 'mandami il link', 'mandami una foto col vestito della comunione che la mando alla nonna', 'mandami la foto del gatto', 'mandami lo screen', 'mandami una foto di tutto l outfit che lo faccio vedere a chiara'],
    },
  },
  {
    id: 'nude-or-sexy-pics',
    phrases: [
      '@send|voglio|vorrei|fammi|fai|fatti|mi_mandi|mi_fai ..3 @photo|@video ..3 @naked',
      '@photo|@video|selfie [tutta|tutto|mezza|mezzo|completamente] nuda|nudo|nude|nudi|svestit*|spogliat*|hot|piccant*|osee|ose|topless|sexy',
      '@photo|@video|selfie ..3 in_intimo|in_biancheria|in_mutande|in_reggiseno|in_lingerie|in_perizoma|in_tanga|senza_vestiti|senza_niente|senza_reggiseno|senza_mutande|senza_nulla|senza_maglia*|a_petto_nudo',
      '@send|voglio|vorrei [mi|me] ..2 nudes|nudi|nude|nud*',
      'nudes|nude per|x me',
      'un_altra|un_altro|altre|altri|ancora ..2 @photo|@video ..2 senza|nud*|in_intimo|hot',
      'un_altra|un_altro|altre|altri ..2 ma senza_vestiti|senza_niente|nud*|in_intimo|senza_maglia*|senza_reggiseno',
    ],
    unless: ['mi_ha_chiesto|mi_hanno_chiesto|che_gli_dico|cosa_gli_dico|che_le_dico|cosa_le_dico|come_gli_rispondo|come_le_rispondo', 'faccia|viso|fotomontagg*|finte|finti|fake|ia|photoshop|deepfake*|arte|museo|statua|quadro|dipinto'],
    examples: {
      match: ['mandami una foto nuda', 'una foto in intimo', 'voglio un video hot', 'mandami nudes', 'mandami una foto senza vestiti', 'fai un video in mutande', 'ne voglio un altra ma senza vestiti'],
      ignore: ['ho visto un video sul nudo nell arte', 'il costume è nuovo', 'foto del mare'],
    },
  },
  {
    id: 'turn-on-cam',
    phrases: [
      `accendi|apri|attiva|accenderesti|riaccendi [la|le|il] [tua] ${CAM}`,
      `vederti|guardarti|vedere_te ..2 in|su|dalla|alla|nella ${CAM}`,
      `fatti|fammi vedere|vederti in|su|alla|nella ${CAM}`,
      `in|su ${CAM} ..2 fammi|fatti vedere|spogliati|togliti`,
      `mettiti|spostati|mostrati ..3 ${CAM}`,
    ],
    unless: ['visita_online|televisita|videovisita|visita_in_video|dottoressa|dottore|medico|pediatra|psicolog*|terapeut*|logopedist*|colloquio', 'vederti_piangere|vedere_piangere|ti_voglio_vedere_piangere|rosicare|rosichi|vederti_rosicare|quando_perdi|la_faccia_quando', 'appunti|compiti|lavagna|esercizi|libro|slide|presentazione|lezione|prof|professore|professoressa|lavoro|riunione|progetto|plastico|modellino|ricerca|tesina|cartellone|schema|verifica|ripass*|studiamo|studiare_insieme|interrogazion*|ripetizion*', 'youtube|tiktok|tv|televisione|canzone|film|karaoke|proiettore|pc|computer|netflix|volume|audio', 'twitch|streaming|streammiamo|stream|kick|obs|youtube_live|live_su_twitch|live_su_tiktok|live_su_youtube', 'taglio|capelli|con_le_altre|con_gli_altri|anche_le_altre|anche_gli_altri|di_gruppo', 'pulsante|tasto|bottone|icona|in_basso_a|in_alto_a|ciao_nonna|ciao_nonno|nonna_accendi|nonno_accendi|quando_perdi|quando_perderai|quando_perdete|quando_vinci|quando_vinco|faccia_quando|la_tua_reazione', 'la_nonna|il_nonno|i_nonni|nonnina|nonnino|la_zia_vuole|lo_zio_vuole', 'con_la_zia|con_lo_zio|con_la_nonna|con_il_nonno|con_i_nonni|con_i_cugini|con_la_cugina|con_il_cugino|con_mamma|con_papa|con_la_mamma|con_il_papa|con_la_famiglia|con_tutti|alla_zia|allo_zio|alla_nonna|al_nonno|ai_nonni', 'ti_faccio_vedere|ti_mostro|ti_presento ..3 setup|postazione|disegn*|lavoretto|torta|regalo|scarpe|tatuaggio|piercing|capelli|acconciatura|trucco|unghie|collezione|figurine|lego|plastico|gattin*|gatt*|cagnolin*|cane|cucciol*|criceto|coniglio*|pappagall*|acquario|casa_nuova|camera_nuova|stanza_nuova|nipotin*|fratellino|sorellina'],
    examples: {
      match: ['accendi la cam dai', 'attiva la webcam', 'voglio vederti in cam', 'fatti vedere in cam', 'apri la telecamera'],
      ignore: ["per la visita online mettiti in una stanza tranquilla da sola e accendi la videocamera", "accendi la cam che ti voglio vedere piangere", 'accendi la cam che facciamo il ripasso di storia insieme', 'accendi la cam che ti faccio vedere gli appunti', 'accendi la luce', 'la prof ha detto di accendere la cam per la lezione', 'accendi il video su youtube che inizia la canzone', 'bro accendi la cam che facciamo la live su twitch', 'facciamo videochiamata con le altre? accendi la cam che ti faccio vedere il taglio nuovo', 'accendi la cam che ti faccio vedere il gattino nuovo 😍 è piccolissimo', 'nonna accendi la telecamera, è il pulsante con la videocamera in basso a destra', 'accendi la cam che facciamo la videochiamata con la zia', 'tesoro la nonna vuole vederti, accendi la videocamera stasera?', 'apri la cam che voglio vedere la tua faccia quando perdi', 'apri la cam che ti faccio vedere il mio setup nuovo'],
    },
  },
  {
    id: 'show-me-more',
    phrases: [
      'fammi|fatti|famme|mi_fai vedere ..5 costume|bikini|in_costume|in_bikini|intimo|pigiama|a_letto|nel_letto|sotto_le_coperte',
      'fammi|fatti|fai|mi_fai vedere ..2 di_piu|un_po_di_piu|qualcosa_di_piu|un_po ..3 in|su|alla|nella ..1 video|cam|webcam|videochiamata',
      '@photo|@video ..1 piu ..1 spint*|hot|piccant*|osee|ose|sexy|audac*|intim*|provocant*',
      'tu|poi|pero ..2 me_ne|me_la|me_lo ..1 mandi|invii|fai_vedere ..1 una|uno|la|il ..1 tua|tuo',
      'mi|me ..1 puoi|potresti ..1 mandare|inviare ..2 @photo|@video ..2 piu|tue|tua|di_te',
      'mi_fai|fai|faresti|mi_faresti vedere ..3 corpo|fisico|tette|seno|culo|sedere|pancia|mutand*|reggiseno|intimo|nuda|nudo',
      'mi_fai|fai|faresti|mi_faresti|fammi|famme|mostrami|puoi_farmi|potresti_farmi vedere ..4 sotto_la_felpa|sotto_la_maglia|sotto_la_maglietta|sotto_la_camicia|sotto_i_vestiti|sotto_la_going_to|sotto_i_pantaloni|sotto_il_pigiama|sotto_l_asciugamano|sotto_la_canottiera|sotto_il_top',
      'mi_fai|fai|faresti|mi_faresti|fammi|famme ..1 vedere ..3 gambe|cosce|piedi|piedini|pancia|pancino|addominali|petto|sedere|lato_b ..4 @photo|@video|selfie|cam|webcam|videochiamata',
      'mostrami|mi_mostri|mi_mostreresti|mostrarmi ..3 gambe|cosce|piedi|piedini|pancia|pancino|addominali|petto|sedere|lato_b ..4 @photo|@video|selfie|cam|webcam|videochiamata',
      '@photo|@video ..2 un_po|molto|ancora|davvero ..1 piu ..1 personal*|intim*|privat*|spint*|hot|sexy|osee|ose',
      'fammi|fai|fai_mi|mi_fai ..2 uno|un ..1 spogliarello|striptease|strip_tease|strip|balletto_sexy',
      'hai|c_hai|ce_l_hai ..2 foto|@photo|@video ..2 in|senza ..1 costume|bikini|intimo|mutande|reggiseno|pigiama|perizoma|maglia|niente',
      'costume|costumi|bikini|intimo|lingerie|pigiama|perizoma|body ..3 indossato|indossata|indossati|addosso|su_di_te|con_te_dentro',
      '@send|mi_mandi|mi_fai ..3 @photo|@video ..4 in_camera_tua|nella_tua_camera|nel_tuo_letto|in_bagno|in_doccia|sotto_la_doccia|mentre_ti_cambi|mentre_ti_spogli|mentre_sei_a_letto',
      'mettiti|resta|rimani|stai ..1 in_intimo|in_mutande|in_reggiseno|nuda|nudo|senza_vestiti|senza_maglia|in_perizoma|in_lingerie', 'hai|c_hai|ce_l_hai|avresti|avete ..3 @photo|@video ..2 senza_maglietta|senza_maglia|a_petto_nudo|in_intimo|in_mutande|in_costume|in_bikini|in_reggiseno|senza_reggiseno|senza_vestiti|nuda|nudo|nude|hot|piccant*|sexy|osee|ose|spint*', '@send|mi_mandi|mi_fai|fammi_sentire|fammi ..3 vocale|audio|@photo|@video|selfie ..4 mentre_sei_a_letto|mentre_sei_nel_letto|dal_tuo_letto|nel_tuo_letto|sotto_le_coperte|sotto_la_doccia|mentre_ti_spogli|mentre_ti_cambi|mentre_fai_la_doccia|in_accappatoio|in_asciugamano', 'mandami|mi_mandi|fammi_vedere|mi_fai_vedere ..2 qualcosa|qualcosina ..1 di_carino|di_sexy|di_piccante|di_speciale|di_hot|di_tuo|di_privato|di_intimo ..3 per_me|solo_per_me|tuo|di_te|dai|stasera', 'metti|punta|sposta|gira|posiziona|abbassa ..2 cam|webcam|telecamera|fotocamera|telefono|cell ..3 in_camera_tua|nella_tua_camera|sul_letto|sul_tuo_letto|verso_di_te|in_bagno|su_di_te|piu_in_basso|in_basso|verso_il_basso', 'farmi|farti ..1 vedere ..5 costume|bikini|in_costume|in_bikini|intimo|pigiama|a_letto|nel_letto|sotto_le_coperte|in_mutande|in_reggiseno', '@photo|@video|snap|snapchat|faccia|selfie ..6 poi|e_poi|dopo ..2 magari|anche|pure ..1 qualcosa|qualcosina ..1 di_piu|in_piu'],
    weight: 3,
    unless: ['costume_di_prova|costume_di_scena|vestito_di_scena|sartoria|costumeria|va_stretto|va_largo|vedo_se_va|vedo_se_ti_sta|se_ti_sta_bene|orlo|spilli', `${SCHOOL}`, 'gita|vacanza|vacanze|festa|concerto|partita|viaggio|compleanno|matrimonio|meme|gatto|cane|negozio|vendi|vendo|vinted|taglia|prezzo|telefono|cellulare|macchina|moto|scarpe|ahah|ahahah|haha|scherzo|scherzando|carnevale|halloween|recita|cosplay|squadra|curriculum|cv|saggio|sarta|ritocchi|scuola_di_danza|spettacolo'],
    examples: {
      match: ['fammi vedere come stai in costume dai', 'fammi vedere com è il tuo pigiama', 'ti regalo un iphone se mi fai vedere un po di più in video', 'li mi puoi mandare foto più spinte', 'pero poi tu me ne mandi una tua ok?', 'mettiti in intimo davanti alla cam', 'ti regalo netflix se mi fai vedere il sedere', 'non hai una foto un po più personale?', 'fammi uno spogliarello in cam', 'hai foto in costume?', 'mandami un video mentre balli in camera tua', 'mi fai vedere com è il tuo nuovo costume? indossato però 😏', 'ehi sei davvero carina, hai qualche foto senza maglietta? nessuno lo saprà', 'e mandami un vocale mentre sei a letto', 'avresti qualche foto un po hot?', 'mandami qualcosa di carino solo per me', 'facciamo una videochiamata privata, ma metti la cam in camera tua', 'abbassa la telecamera più in basso', 'ti va di farmi vedere come sei in costume? è estate dai', 'dai mi fai vedere cosa hai sotto la maglietta?', 'fammi vedere come sei sotto i vestiti', 'mi mostreresti le cosce in un selfie?', 'fammi vedere la pancia in foto', 'dai mandami uno snap di te adesso, solo la faccia... e poi magari qualcosa di più 😏'],
      ignore: ['fammi vedere il costume che hai comprato su vinted', 'mi faresti vedere le scarpe nuove in una foto?', 'mi fai vedere la pianta sotto la finestra?', 'mi fai vedere in foto le gambe del tavolo che hai montato?', 'mi puoi mandare le foto della gita', 'fammi vedere di più sul video della partita', 'mi fai vedere il corpo del telefono nuovo?', 'hai foto in costume della gita al mare?', 'fammi uno spogliarello ahah scherzo', 'hai foto in costume di carnevale?', 'hai foto senza maglietta della gita al mare?', 'mandami un vocale che sono a letto con la febbre', 'mandami qualcosa di carino da leggere per le vacanze', 'metti la cam sul plastico del progetto', 'ti va di farmi vedere il costume di carnevale?'],
    },
  },
  {
    id: 'one-in-swimsuit',
    phrases: [
      'una|un_altra|altre|qualcuna|ancora_una|un_paio ..1 in_costume|in_bikini|in_intimo|in_mutande|in_reggiseno|in_lingerie|senza_maglietta|senza_maglia|senza_reggiseno|in_asciugamano',
    ],
    unless: ['negozio|camerino|prova|provato|provata|comprato|comprata|taglia|sta_bene|ti_sta|mi_sta|vinted|vendo|vendi|ho_trovato'],
    examples: {
      match: ['poi magari una in costume, ti pago di piu', 'dai fammene un altra in bikini', 'ancora una senza maglietta'],
      ignore: ['ho comprato una in costume intero, ti sta bene secondo te?', 'in foto ce n e una in costume e una in tuta, quella in tuta mi sta meglio'],
    },
  },
  {
    id: 'pic-for-payment-or-now',
    phrases: [
      '#|soldi|@currency|@gamecur|@payment|ricarica|skin ..4 per|x|in_cambio_di ..1 una|un|qualche|delle|dei|due|tre|# ..1 @photo|@video|selfie|foto ..3 in_bagno|in_camera|a_letto|allo_specchio|tua|tue|di_te|in_costume|in_intimo|senza|nuda|nudo|sotto_la_doccia|in_doccia|in_pigiama|in_asciugamano',
      'voglio|vorrei|pretendo|esigo ..2 un|una|altro|altra|nuovo|nuova|altri|altre|qualche ..1 @photo|@video ..2 entro|subito|adesso|stasera|tua|tuo|di_te',
      'pretendo|esigo ..3 @photo|@video|selfie|foto|video',
      '@photo|@video|selfie ..2 solo|soltanto ..1 per|x ..1 me|i_miei_occhi',
    ],
    weight: 3,
    unless: [`${SCHOOL}`, 'gita|vacanza|vacanze|festa|concerto|partita|viaggio|compleanno|matrimonio|meme|gatto|cane|negozio|vendi|vendo|vinted|taglia|prezzo|telefono|cellulare|macchina|moto|scarpe|canale|youtube|tiktok|montaggio|editing|stampa|stampare|album|ahah|haha|scherzo', '@photo|@video del|della|dei|delle|degli|dello|dell|di_ieri|di_gruppo|di_classe|dal|dalla|per_il_profilo', 'per_me ..1 del|della|dei|delle|degli|dello|dell'],
    examples: {
      match: ['ti do 2000 robux per una foto in bagno, nessuno lo saprà', 'voglio un video nuovo entro un ora', 'pretendo altre foto stasera', 'fai una foto solo per me, nessuno la vedrà', 'ti regalo la skin per una foto allo specchio',],
      ignore: ['voglio una foto nuova per il profilo, me la fai tu?', 'voglio un video nuovo dei gattini', 'mi fai una foto solo per me del tramonto?', 'per una foto allo specchio serve la luce giusta', 'voglio un video nuovo sul canale youtube', 'ti do 5 euro per una foto della gita stampata', 'per una foto in bagno la luce è pessima ahah'],
    },
  },
  {
    id: 'turn-on-video',
    phrases: ['accendi|attiva|riaccendi ..1 il|la ..1 video|frontale'],
    weight: 1,
    unless: ['appunti|compiti|lavagna|esercizi|libro|slide|presentazione|lezione|prof|professore|professoressa|lavoro|riunione|progetto|plastico|modellino|ricerca|tesina|cartellone|schema|verifica', 'youtube|tiktok|tv|televisione|canzone|film|karaoke|proiettore|pc|computer|netflix|volume|audio'],
    examples: { match: ['accendi il video dai che sono solo'], ignore: ['accendi il video su youtube che inizia la canzone', 'accendi il video che la prof fa l appello'] },
  },
  {
    id: 'prove-you-are-real',
    phrases: [
      'sapere|credere|dimostrami|dimostra|dimostrarmi|provami|prova|capire|verificare ..2 che ..1 sei|esisti ..2 vera|vero|reale|reali|davvero|tu|una_ragazza|un_ragazzo ..6 @photo|@video|selfie|cam|webcam|live|@cam|videochiamat*',
      'sei ..1 un|una ..1 fake|profilo_falso|catfish|bot|finta|finto ..6 @send|accendi|fammi_vedere|@photo|selfie|cam|webcam|live|videochiamat*',
      '@photo|selfie|cam|webcam|live|videochiamat* ..6 se_no|altrimenti|senno|o ..2 sei ..1 un|una ..1 fake|finta|finto|falsa|falso|catfish|bot',
      'mi_fai|mi_faresti|fammi|famme|voglio|vorrei|fatti ..1 vedere ..2 come ..1 sei ..1 vestita|vestito|conciata|messa ..2 adesso|ora|in_questo_momento|a_letto|per_dormire|sotto',
    ],
    unless: ['documento|carta_d_identita|passaporto|patente|spid|banca|account_verificato|verifica_dell_account|assistenza|festa|matrimonio|cerimonia|carnevale|halloween|recita|gita|colloquio|compleanno|cena|concerto|freddo|caldo|pioggia|piove|ombrello|giacca|cappotto|ahah*|lol|haha*'],
    examples: {
      match: ['come faccio a sapere che sei vera? mandami una foto adesso', 'se no sei un fake. dai live, accendi la cam 2 secondi', 'dimostrami che sei tu con un selfie', 'fai una videochiamata altrimenti sei un fake', 'mi fai vedere come sei vestita adesso?'],
      ignore: ['per dimostrare che sei tu carica un selfie con il documento', 'fammi vedere come sei vestita per la festa', 'mi fai vedere come sei vestita adesso? fuori piove', 'sei un fake ahah'],
    },
  },
  {
    id: 'verification-selfie',
    phrases: ['@photo|selfie|@video ..5 con ..2 mano|dita|pollice|foglio|cartello|biglietto|segno ..6 pace|alzat*|scritto|nome|data|oggi|vittoria|mio_nome'],
    weight: 2,
    unless: ['documento|carta_d_identita|passaporto|patente|spid|banca|squadra|gita|festa|classe|profilo_della|compit*|progetto'],
    examples: { match: ['fatti un selfie con due dita alzate adesso, così so che sei tu', 'mandami una foto adesso con la mano che fa il segno della pace', 'fai un selfie con un foglio con scritto il mio nome'], ignore: ['fate un selfie con il cartello con scritto il nome della squadra', 'foto di gruppo con il segno della pace per la squadra'] },
  },
  {
    id: 'just-one-dont-be-shy',
    phrases: [
      'non_fare_la_timida|non_fare_il_timido|non_fare_la_preziosa|dai|ti_prego|solo ..3 una|uno ..1 sola|solo|soltanto|piccola|piccolo|veloce',
      'una|uno ..1 sola|solo|soltanto ..3 nessuno_lo_sapra|per_me|non_fare_la_timida|non_fare_il_timido|ti_prego|giuro_che_la_cancello|poi_la_cancello',
    ],
    weight: 2,
    unless: [`${SCHOOL}`, 'partita|fetta|pizza|birra|canzone|puntata|episodio|domanda|volta|sigaretta|caramella|gioco|round|game|ora|minuto|minuti|giro|pagina|capitolo|biscott*|patatin*|cioccolat*|gelato|ahah*|lol|haha*|notte|giorno|settimana|euro|moneta|carta|mano|tiro|palla|esercizio|firma'],
    examples: {
      match: ['dai non fare la timida, una sola', 'una sola, per me', 'ti prego una sola veloce'],
      ignore: ['dai una sola partita e poi vado a dormire', 'una sola fetta di torta ahah', 'dai una sola domanda'],
    },
  },
  {
    id: 'pic-in-shower-or-bed',
    phrases: [
      'sei|stai ..1 sotto_la_doccia|in_doccia|in_bagno|nella_vasca|a_letto|nel_letto|in_pigiama|in_accappatoio|in_asciugamano|in_costume|in_bikini|in_intimo|in_mutande|in_reggiseno|nuda|nudo ..6 @send|fammi_vedere|mi_mandi|mi_fai_vedere|@photo|selfie|cam|videochiamat*',
    ],
    weight: 3,
    unless: [`${SCHOOL}`, 'gatto|cane|criceto|febbre|malat*|influenza|medicina|ahah*|lol|haha*|meme|tiktok|link'],
    examples: { match: ['sei in pigiama? fammi una videochiamata', 'sei sotto la doccia? mandami una foto', 'sei a letto? fammi vedere', 'sei in costume? fammi vedere'], ignore: ['sei in bagno? mandami la foto del link che non lo trovo', 'sei a letto? mandami la foto dei compiti', 'sei a letto con la febbre? mandami un selfie che ti vedo'] },
  },
  {
    id: 'where-you-sleep',
    phrases: [
      '@photo|fammi_vedere|mi_fai_vedere|fammela_vedere ..3 tuo|tua ..1 letto|camera|cameretta|stanza',
      'fammi_vedere|mi_fai_vedere|mostrami ..1 dove ..1 dormi',
    ],
    weight: 2,
    unless: ['arredament*|mobili|ikea|nuova|nuovo|trasloco|dipint*|pittur*|poster|disordine|ordinat*|pulit*|gatto|cane|mamma|papa'],
    examples: { match: ['fammi vedere la tua camera, dove dormi', 'mi fai vedere dove dormi? la tua camera', 'mandami una foto del tuo letto'], ignore: ['mandami una foto della tua camera nuova che mamma vuole vedere i mobili', 'fammi vedere la tua camera nuova dopo il trasloco'] },
  },
  {
    id: 'more-pics',
    phrases: ['mandami|manda|mandamene|inviami|mi_mandi|voglio|vorrei ..1 altre|altri|ancora ..1 @photo|@video|foto|video|selfie'],
    weight: 2,
    unless: [`${SCHOOL}`, '@photo|@video del|della|dei|delle|degli|dello|dell|di_ieri|di_gruppo|di_classe|dal|dalla', 'gita|vacanza|vacanze|festa|concerto|partita|viaggio|compleanno|matrimonio|meme|gatto|cane|negozio|vendi|vendo|vinted|taglia|prezzo|retro|etichetta|freni|dettagli|difetti|condizioni|misure|prodotto|annuncio|disponibile|spedizione|ahah*|lol|haha*'],
    examples: { match: ['fai la brava e mandami altre foto, o sai cosa succede', 'voglio altri video'], ignore: ['mi mandi altre foto? tipo del retro e dell etichetta', 'mandami altre foto del cane', 'mandami altre foto della gita'] },
  },
  {
    id: 'let-me-see-you',
    phrases: [
      'fammi|famme|voglio|vorrei|fatti ..1 vedere|vede ..2 come ..1 sei',
      'fammi|famme|mi_fai ..1 vedere|vede ..2 com_e|come_e|la ..1 tua ..1 faccia|viso',
      'voglio|vorrei ..1 vederti|guardarti',
      'dai|ti_prego ..1 fatti|fammi ..1 vedere|vede',
      'mostrati|fatti_vedere ..2 dai|adesso|ora|subito|per_me', 'girati|alzati|avvicinati|spostati|abbassa|alza ..3 fammi|fatti ..1 vedere|vede', 'voglio|vorrei|fammi|famme ..1 vedere|vede ..1 tutto ..2 di_te|te|tutta|tutto_il_tuo|il_tuo_corpo'],
    weight: 2,
    unless: [`${SCHOOL}`, 'spesso|ogni_tanto|piu_spesso|a_casa|da_noi|a_pranzo|a_cena|domenica|dal_vivo|di_persona|presto|festa|matrimonio|cerimonia|carnevale|halloween|recita|saggio|gara|partita|colloquio|compleanno|concerto|palco|ospedale|medico|dottore|ahah*|lol|haha*|pettinatura|capelli|taglio|nuovo_taglio|nonna|nonno|zia|zio|mamma|papa|vestito|abito|scarpe', 'saggio|danza|gara|spettacolo|schiena|scottatura|puntura|ferita|livido'],
    examples: {
      match: ['sono un tuo compagno di classe, fammi vedere com e la tua faccia', 'fammi vede come sei', 'voglio vederti', 'sei bella? fammi vedere come sei', 'dai fatti vedere', 'girati e fammi vedere', 'sei così bella che voglio vedere tutto di te'],
      ignore: ['fatti vedere più spesso, la nonna ti aspetta', 'voglio vederti dal vivo al concerto', 'fammi vedere come sei col nuovo taglio', 'girati e fammi vedere il taglio dietro', 'voglio vedere tutto di te al saggio di danza'],
    },
  },
  {
    id: 'body-part-pic',
    phrases: ['@photo|@video|selfie ..1 piedi|piedini|gambe|cosce|sedere|culo|tette|seno|pancia|lato_b|addominali|petto'],
    weight: 3,
    unless: [`${SCHOOL}`, 'medico|dottore|dottoressa|pediatra|podolog*|ortoped*|scarpe|taglia|numero|livido|lividi|ferita|sbucciat*|caduta|caduto|caduta|gesso|distorsione|allenament*|palestra_per|scheda|ahah*|lol|haha*|gatto|cane|neonat*|bimb*|fratellino|sorellina'],
    examples: { match: ['mandami un selfie pancia', 'manda foto piedi', 'mi mandi una foto gambe?'], ignore: ['mandami la foto piedi per il numero delle scarpe', 'mandami una foto piedi che il dottore vuole vedere il livido'] },
  },
{
    id: 'disappearing-pics',
    phrases: [
      '@send|puoi_mandarmi|potresti_mandarmi|mandarmi|mi_mandi|manda|mandami ..3 @photo|@video|foto|video ..4 non_si_salvano|non_si_salva|visualizzazione_singola|una_visualizzazione|si_autodistrugg*|si_cancellano|spariscono|sparisce|a_tempo|effimer*',
      'visualizzazione_singola|una_visualizzazione|a_visualizzazione_unica ..4 @send|mandami|mi_mandi|manda ..2 @photo|@video|foto|video|una|qualcosa', 'mandamela|mandamelo|mandamele|mandameli|inviamela|mandala|mandale ..2 a_visualizzazione_singola|visualizzazione_singola|una_visualizzazione|a_visualizzazione_unica|che_sparisce|non_si_salva|a_tempo'],
    unless: ['compit*|esercizi*|verifica|appunti|pagina|libro|password|codice|pin|iban|documento|gita|festa|meme|ahah*|lol|haha*'],
    examples: {
      match: ['lì puoi mandarmi le foto che non si salvano, tranquilla', 'mandamela a visualizzazione singola, tanto sparisce'],
      ignore: ['mandami la password a visualizzazione singola', 'mandami la foto dei compiti che tanto sparisce'],
    },
  },
  {
    id: 'cam-on-now-r9',
    phrases: [
      'metti|accendi|attiva|apri ..1 [la|sta|questa|tua] cam|webcam|telecamera|videocamera ..2 dai|adesso|ora|subito|un_attimo|per_me|solo|pls|please|ti_prego|#',
      'videochiamata|videocall|video_chiamata|call|chiamata|facetime|skype ..4 con ..1 la|tua ..1 cam|webcam|telecamera ..1 accesa|aperta|attiva',
      'videochiamata|videocall|video_chiamata|call|facetime|skype ..5 con_la_cam|con_la_webcam|con_cam|con_la_telecamera|in_cam',
    ],
    unless: ['appunti|compiti|lavagna|esercizi|libro|slide|presentazione|lezione|prof|professore|professoressa|lavoro|riunione|progetto|plastico|modellino|ricerca|tesina|cartellone|schema|verifica|interrogazione|studiare|ripassare', 'nonna|nonno|nonni|zia|zio|zii|cugin*|classe|gruppo|tutti|raga|ragazzi', 'twitch|streaming|stream|live|youtube|tiktok|obs|discord_per_giocare', 'partita|film|serie|inizia|gioco|match|torneo|ci_sono_anche|c_e_anche|ci_saranno|anche_gli_altri|anche_le_altre'],
    examples: {
      match: ['metti la cam dai, solo 5 minuti', 'senti ti va di fare una videochiamata? con la cam accesa pero', 'facciamo call su skype stasera? con la cam', 'accendi la webcam adesso', 'facetime stasera? ma con la cam accesa eh'],
      ignore: ['metti la cam che ti faccio vedere gli appunti', 'facciamo videochiamata con la cam per studiare storia', 'videochiamata con la nonna stasera con la cam accesa', 'facciamo call di gruppo con la cam accesa, raga', 'metti la cam adesso che inizia la partita', 'facciamo videochiamata stasera con la cam? ci sono anche giulia e marta'],
    },
  },
  {
    id: 'something-spicy-r9',
    phrases: [
      '@send|mi_mandi|mi_invii|fammi_vedere|mi_fai_vedere|voglio ..2 qualcosa|qlcs|qlc|qcs|qualcosina ..2 spicy|piccant*|hot|sexy|osee|ose|zozz*|sporc*|proibit*|spint*',
      '@send|mi_mandi|mi_invii ..3 @photo|@video|qualcosa|qlcs ..2 spicy',
    ],
    unless: ['ricetta|ricette|salsa|pizza|cibo|mangiare|ristorante|sugo|peperoncino|meme|canzone|playlist|libro|serie|film|gossip|notizia|drama|pettegolezz*'],
    examples: {
      match: ['mandami qlcs di spicy dai', 'mandami qualcosa di piccante stasera', 'voglio qualcosa di hot da te', 'mi mandi una foto spicy?'],
      ignore: ['mandami qualcosa di piccante da mangiare, tipo la ricetta del sugo', 'mandami qualcosa di spicy da leggere, tipo il gossip di oggi'],
    },
  },
  {
    id: 'in-underwear-come-on-r9',
    phrases: [
      'in|senza ..1 reggiseno|intimo|mutande|maglietta|maglia|perizoma|boxer|slip ..2 dai|pero|lo_fanno_tutte|lo_fanno_tutti|lo_fanno_tutt*|nessuno_lo_sapra|solo_per_me|per_me|ti_prego',
      'fammi|fatti|mi_fai|voglio ..1 vedere|vederti ..2 cosa|che ..1 hai|porti|indossi|metti ..1 addosso|sotto',
    ],
    unless: ['caldo|mare|spiaggia|piscina|partita|calcetto|calcio|allenamento|palestra|negozio|vinted|taglia|comprato|comprata|saldi|lavatrice|lavare|stendere|valigia|zaino|cassetto|outfit|festa|cena|scuola|gita|mamma|papa|ahah*|lol|haha*'],
    examples: {
      match: ['tipo in reggiseno, dai lo fanno tutte', 'senza maglietta dai', 'una pic in intimo per me', 'fammi vedere cosa hai addosso, se fai il bravo ti ricarico 1000 robux'],
      ignore: ['vieni senza maglietta dai che fa caldo', 'fammi vedere cosa hai addosso per la festa', 'ho comprato il reggiseno dai saldi, in reggiseno nero dai'],
    },
  },
  {
    id: 'the-one-i-asked-for-r9',
    phrases: [
      'video|foto|@photo|@video|videochiamata ..1 che ..1 ti ..1 ho|avevo|abbiamo ..1 chiesto|chiesta|chiesti|chieste|detto',
      '@send|voglio|dammi ..2 quelle|quella|quelli|quello ..1 vere|vera|veri|vero|originali|reali',
      'voglio|vorrei ..1 vederti ..1 tutta|tutto|intera|intero|completamente',
    ],
    unless: ['compit*|esercizi*|appunti|verifica|scheda|schede|libro|quaderno|ricett*|risposte|soluzion*|gita|festa|vacanz*|mare|concerto|partita|matrimonio|meme|gatto|cane|vinted|scontrino|biglietto|biglietti|prodotto|felpa|scarpe|maglia|outfit|link|documento|modulo|certificato|tesserino|ahah*|lol|haha*', 'moneta|banconot*|soldi|euro|firma|quadro|borsa|orologio|gioiello|diamant*'],
    examples: {
      match: ['il video che ti ho chiesto', 'dov e il video che ti avevo chiesto?', 'dov e la foto che ti ho chiesto?', 'mandami quelle vere e non succede niente', 'adesso tu, fammi vedere, voglio vederti tutto'],
      ignore: ['la foto che ti ho chiesto dei compiti?', 'mandami quelle vere, non le foto del catalogo della felpa', 'il video che ti ho chiesto della partita ce l hai?'],
    },
  },
  {
    id: 'on-cam-do-what-i-say-r9',
    phrases: [
      'videochiamata|videocall|cam|webcam|call|facetime ..5 fai|farai|devi_fare|fai_tutto ..1 quello|cio|tutto|quel ..1 che|quello_che ..2 ti ..1 dico|chiedo|dico_io',
    ],
    unless: ['compit*|esercizi*|verifica|lezione|prof|studiare|ripassare|gioco|partita|torneo|ranked|game|fortnite|minecraft|roblox|ahah*|lol|haha*'],
    examples: {
      match: ['dipende da te. stasera videochiamata e fai quello che ti dico', 'accendi la cam e fai tutto quello che ti dico'],
      ignore: ['stasera call per la ranked e fai quello che ti dico, niente cazzate', 'videochiamata per studiare e fai quello che ti dico per la verifica'],
    },
  },
  {
    id: 'this-time-without-anything-r10',
    phrases: [
      'stavolta|questa_volta|la_prossima|adesso|ora ..3 senza ..1 niente|nulla|vestiti|maglietta|maglia|reggiseno|mutande ..1 sopra|addosso|dai|pero',
      'mandami|mandamene|fammi|fai ..2 un|uno|una ..1 snap|selfie|foto ..2 allo_specchio|davanti_allo_specchio ..3 dai|adesso|ora|in_camera|in_bagno|intimo|senza',
      'mandami|fammi|fai ..1 un|uno ..1 snap|selfie ..1 allo_specchio|davanti_allo_specchio',
    ],
    unless: ['outfit|vestito|look|festa|negozio|camerino|taglia|vinted|trucco|capelli|taglio|gita|matrimonio|cerimonia|ahah*|lol|haha*|pizza|panino|gelato|sugo|torta|condimento|nuovo|nuova|comprato|comprata|scarpe|felpa|giacca'],
    examples: {
      match: ['e stavolta senza niente sopra', 'mandami un snap allo specchio dai', 'fammi un selfie allo specchio'],
      ignore: ['mandami un selfie allo specchio col costume nuovo', 'mandami un selfie allo specchio col vestito nuovo', 'stavolta senza niente sopra la pizza ahah'],
    },
  },
  {
    id: 'another-one-this-time-without-r11',
    phrases: [
      'un_altra|un_altro|altra|ancora_una|ancora_uno ..3 stavolta|questa_volta|ma|pero|adesso|ora ..1 senza ..1 top|maglia|maglietta|felpa|canottiera|reggiseno|vestiti|niente|nulla|mutande|pantaloni|costume|sopra',
      'mandamene|mandane|mandami|fammene|fanne|fammi ..2 una|uno|altre|altri|qualcuna ..1 senza ..1 top|maglia|maglietta|felpa|canottiera|reggiseno|vestiti|niente|nulla|mutande|costume',
      'servono|voglio|vorrei|mandami|mandamele|mandane|ora|adesso ..2 quelle|quella|quelli ..1 senza ..2 per|x|stavolta|adesso|ora|dai|niente|nulla|vestiti|sopra|top|maglia|reggiseno|costume|intimo',
      'rifalla|rifallo|rifalle|rifammela|rifammelo|rifai|rifalla_ma ..3 senza|togli|togliti|levati|leva ..2 top|maglia|maglietta|felpa|canottiera|reggiseno|vestiti|mutande|costume|niente|nulla',
      'adesso|ora|stavolta|questa_volta ..1 una|uno|un_altra ..1 senza ..2 top|maglia|maglietta|felpa|canottiera|reggiseno|vestiti|mutande|costume',
    ],
    unless: ['glutine|lattosio|zucchero|sale|cipolla|aglio|caldo|pizza|panino|gelato|sugo|torta|biscott*|bibita|pioggia|ombrello|ahah*|lol|haha*|gita|partita|allenamento|calcetto|squadra|filtro|filtri|sfondo|occhiali|cappello|flash|scritte|logo|prezzo|etichetta|cartellino'],
    examples: {
      match: ["un'altra. stavolta senza top", 'rifalla senza top', 'adesso una senza il reggiseno', 'dai rifalla ma togli la felpa', 'ora servono quelle senza, per il book artistico', 'un altra ma questa volta senza maglietta', 'mandamene una senza reggiseno dai', 'ancora una, adesso senza niente sopra'],
      ignore: ["un'altra pizza ma stavolta senza cipolla", 'mandami quella senza filtro che la metto nel profilo', 'un altra foto ma senza flash che e venuta scura', 'ora servono quelle senza glutine per la festa'],
    },
  },
  {
    id: 'waiting-for-the-pic-r11',
    phrases: [
      'allora|aspetto|sto_aspettando|dov_e|dove_sono|dove_e|ancora_niente|e_allora ..2 la|le|mia|mie|sta|ste|questa|queste ..1 foto|pic|pics|selfie|video',
    ],
    weight: 2,
    unless: [`${SCHOOL}`, 'del|della|dei|delle|degli|dello|dell|di_ieri|di_gruppo|di_classe|gita|vacanz*|festa|concerto|partita|viaggio|compleanno|matrimonio|meme|gatto|cane|profilo|tessera|documento|scontrino|ricevuta|annuncio|prodotto|pacco|spedizione|vinted|link|scherzo|ahah*|lol|haha*'],
    examples: {
      match: ['allora? la foto?', 'sto aspettando la foto', 'dove sono le mie foto? non farmi aspettare', 'allora sta foto?'],
      ignore: ['allora la foto della gita?', 'aspetto la foto del pacco prima di pagare', 'allora le foto per il profilo?'],
    },
  },
  {
    id: 'private-live-just-for-me-r11',
    phrases: [
      'live|diretta|videochiamata|videocall|video|call ..1 privata|privato|privati|privat* ..4 solo_per_me|per_me|solo_io|io_e_te|noi_due|solo_noi|nessun_altro',
      'in_pigiama|in_intimo|in_accappatoio|in_asciugamano|in_costume|a_letto ..2 solo_io|solo_per_me|per_me_solo|nessun_altro|solo_noi_due',
    ],
    weight: 3,
    unless: ['twitch|gioco|partita|ranked|lezione|compit*|studiare|gruppo|raga|ragazzi|squadra|classe|festa|pigiama_party|ahah*|lol|haha*'],
    examples: {
      match: ['pero tu fai una cosa per me, una live privata solo per me su ig', 'niente di che, in pigiama, solo io', 'facciamo una videochiamata privata, io e te'],
      ignore: ['stasera live privata su twitch per il gruppo', 'pigiama party stasera, in pigiama solo noi due e giulia ahah'],
    },
  },
  {
    id: 'audition-on-cam-r11',
    phrases: [
      'prova|provino|casting|selezione|preselezione ..3 in|su|via|con_la ..1 cam|webcam|videochiamata|videocall',
      'fai|facciamo|fare ..2 una|un|il ..1 prova|provino|casting ..3 in|su|via ..1 cam|webcam|videochiamata|videocall',
    ],
    weight: 2,
    unless: ['teatro|scuola|recita|coro|band|musica|canto|strumento|chitarra|pianoforte|danza|squadra|calcio|microfono|audio|connessione|lezione|prof|compit*|interrogazione'],
    examples: {
      match: ['fai una prova in cam per il provino', 'il casting si fa in videochiamata, stasera'],
      ignore: ['facciamo una prova in videochiamata per la recita di scuola', 'prova in cam se la connessione regge'],
    },
  },
  {
    id: 'answer-with-a-photo-r12',
    phrases: [
      'rispondi|rispondere|rispondimi|risposta ..2 con ..1 una|un|delle ..1 foto|selfie|video|pic|pics|vocale_video',
      'ogni ..1 domanda|risposta|round|turno ..4 @send|una_foto|un_selfie|un_video|una_pic',
    ],
    unless: ['gruppo|contest|sfida|challenge|tutti|raga|compit*|esercizi|verifica|quiz_di_classe|prof|quaderno|libro|esercizio|soluzion*|lavagna|ricetta|menu|piatto|cane|gatto|paesaggio|tramonto|concorso|contest_di_classe'],
    examples: {
      match: ['ti va di fare un gioco? io faccio una domanda e tu rispondi con una foto', 'a ogni domanda mandami un selfie'],
      ignore: ['rispondi con una foto dell esercizio 4', 'ogni turno mandami la foto del quaderno'],
    },
  },
  {
    id: 'need-shots-in-swimwear-r13',
    phrases: [
      'servono|serve|mi_servono|ci_servono|bisogno_di|richiediamo|richiesti|richieste ..4 @photo|scatti|@video|foto|video ..6 costume|bikini|@naked|in_intimo|in_costume|in_bikini',
    ],
    weight: 3,
    unless: ['vinted|subito|vendere|vendita|vendo|annuncio|taglia|prezzo|etichetta|negozio|prodotto|articolo|piscina_comunale|iscrizione_al_corso'],
    examples: {
      match: ['Per iscriverti mi servono 3 scatti: viso, figura intera e uno in costume o intimo', '[Max] Ciao cara, per il book ci servono foto in bikini, davanti e di spalle', 'abbiamo bisogno di un video in intimo per il casting'],
      ignore: ['mi servono le foto del costume per venderlo su vinted', 'ci servono foto della spiaggia per il progetto'],
    },
  },
  {
    id: 'i-need-a-video-of-you-r13',
    phrases: [
      'mi_serve|mi_servono|ci_serve|ci_servono|serve|servono ..3 @photo|@video|foto|video|selfie di_te|tua|tue|tuo|tuoi',
      '@video|@photo|video|foto ..1 di_te|tuo|tua ..6 in_camera|in_camera_tua|a_letto|in_pigiama|pigiama|in_bagno|in_doccia|sotto_le_coperte|appena_sveglia',
    ],
    weight: 3,
    unless: ['tessera|cartellino|documento|carta_d_identita|passaporto|abbonamento|iscrizione|badge|annuario|giornalino|formato|fototessera|patente|modulo|segreteria|curriculum|cv|biglietto|fanbase|edit|gita|compleanno|recita|saggio|nonna|nonno|zia|zio', 'faccia|viso|faccio_vedere|faro_vedere|mostro|mostrero|pokemon'],
    examples: {
      match: ['mi serve un video di te che canti in camera tua, vestita comoda, tipo pigiama', 'mi servono foto tue per il provino', 'voglio un video di te a letto'],
      ignore: ['ok allora manda una foto della tua faccia appena sveglia', 'se non mi lavi i piatti faccio vedere a mamma la foto di te col pigiama dei pokemon', 'mi serve una foto tua formato tessera per il cartellino', 'ci serve una foto tua per l annuario'],
    },
  },
  {
    id: 'photo-cam-without-top-r13',
    phrases: [
      '@photo|@video|foto|video|cam|webcam|telecamera|videochiamat* ..5 senza ..1 felpa|maglia|maglietta|reggiseno|vestiti|mutande|pigiama|top|canottiera|niente_addosso',
    ],
    weight: 3,
    unless: ['vinted|subito|vendo|taglia|prezzo|etichetta|filtro|filtri|trucco|occhiali|sfondo|flash|audio|microfono|cappello|pallone|ahah*|haha*'],
    examples: {
      match: ['cancella la chat dopo ok? e rimandami quella foto di ieri ma senza felpa', 'ti regalo 10 sub se accendi la cam in privato senza felpa', 'fai una videochiamata senza maglietta'],
      ignore: ['mandami la foto senza filtri', 'foto senza occhiali per la carta d identita'],
    },
  },
  {
    id: 'body-verification-video-r13',
    phrases: [
      'verifica|verificare|conferma|confermare ..4 eta|identita|account|profilo ..2 inviando|mandando|invia|manda|con ..3 @video|@photo|video|foto|selfie',
      '@video|@photo|video|foto|selfie ..4 mostri|si_vede|si_veda|si_vedano|mostra|inquadri ..3 corpo|corpo_intero|figura_intera|tutto_il_corpo|il_fisico',
      'muoviti|spostati|vai|mettiti|allontanati ..4 indietro|piu_indietro|piu_in_la ..4 fai_vedere|fammi_vedere|si_veda|vedo|vederti',
    ],
    weight: 3,
    unless: ['vinted|subito|vendo|bici|moto|auto|macchina|divano|mobile|quadro|danno|graffio|pacco|spid|banca|poste|carta_d_identita_elettronica|cie|inps|agenzia_delle_entrate'],
    examples: {
      match: ['Per evitare la sospensione verifica la tua età inviando un video in cui mostri il corpo intero', 'carino. muoviti un po piu indietro, fai vedere di più', 'manda un selfie in cui si vede tutto il corpo'],
      ignore: ['per lo spid verifica la tua identita con un video selfie', 'mandami un video in cui si vede il graffio sulla macchina'],
    },
  },
  {
    id: 'private-pics-just-for-me-r13',
    phrases: [
      'qualche|delle|alcune|un_po_di|una|un ..1 @photo|foto|video|fotina|fotine ..2 privat*|intim*|speciale|speciali|piccant*|ose|osee|solo_per_me|tutta_per_me',
    ],
    weight: 3,
    unless: ['ho_delle|ho_qualche|ho_una|mie|nostre|cancellat*|hackerat*|rubat*|truffa|scam|iene|notizia|profilo_privato|account_privato|galleria|album|festa|gita'],
    examples: {
      match: ['cerco una sugar baby, 300 a settimana per qualche foto privata', 'mandami una foto speciale, solo per me', 'mi fai un video piccante?'],
      ignore: ['ho delle foto private della festa sul telefono', 'ho messo le foto private nella galleria nascosta'],
    },
  },
  {
    id: 'photos-needed-in-swimsuit-r14',
    phrases: [
      'servono|serve|servirebbe|servirebbero|necessari*|richiest*|obbligatori*|occorre|occorrono ..3 foto|@photo|video ..5 fisico|corpo|figura_intera|corpo_intero|boxer|costume|costume_da_bagno|@naked|slip|shorts|pancia|addominali',
      '@send ..3 paio|qualche|un_paio|alcune ..2 @photo|foto|video ..5 costume|in_costume|@naked|boxer|in_boxer|senza_maglia|senza_maglietta|pigiama|in_pigiama',
    ],
    unless: ['carnevale|halloween|cosplay|maschera|recita|teatro|fototessera|documento|passaporto|tessera|tesserino|carta_d_identita|negozio|taglia|taglie|comprare|scegliere|provato|provarlo|reso|vinted|zalando|shein|ordine|mare|spiaggia|vacanz*|piscina_comunale|gara|saggio|gita|mamma|tua_madre|nonna', 'in_jeans_e_maglietta|jeans_e_maglietta|in_jeans|vestiti_normali|vestito_normale|con_lei_presente|con_voi_presenti|con_un_genitore|alla_presenza_dei_genitori|alla_presenza_di_un_genitore|genitori_presenti|genitore_presente'],
    examples: {
      match: ['Per la scheda tecnica mi servono foto del fisico: in boxer, fronte e retro, senza nessuno nella stanza', 'è necessaria una foto a figura intera in costume da bagno per la visita medica', 'manda un paio di foto carine, magari in costume, per il profilo vip', 'mandami qualche foto in pigiama dai'],
      ignore: ['per la tessera della piscina serve una foto tessera', 'mandami qualche foto in costume che devo scegliere quale comprare', 'mandami un paio di foto in costume dal mare che la nonna le vuole vedere', "servono due foto a figura intera in jeans e maglietta per l'agenzia", 'per il book servono foto a corpo intero, le facciamo in studio con un genitore presente'],
    },
  },
  {
    id: 'late-night-call-just-us-r14',
    phrases: [
      'stanotte|di_notte|quando_dormono|quando_dormono_tutti|quando_i_tuoi_dormono ..5 videochiamat*|video_chiamat*|videocall|cam|webcam|facetime',
      'videochiamat*|video_chiamat*|videocall|cam|facetime ..5 solo_io_e_te|solo_noi_due|da_soli|di_nascosto|quando_dormono|stanotte',
      'videochiamat*|video_chiamat*|videocall|cam|webcam|facetime ..4 quando ..3 dormono|dormiranno',
    ],
    unless: ['compit*|verifica|studiare|studiamo|ripass*|esame|interrogazione|nonna|nonno|zia|zio|papa|mamma|fuso_orario|australia|america|canada|giappone|ahah*|lol|haha*|con_le_altre|con_gli_altri|tutti_insieme|gruppo'],
    examples: {
      match: ['stanotte quando dormono tutti facciamo una videochiamata? solo io e te. poi cancella la chat ok?', 'accendi la cam quando i tuoi dormono', 'facciamo videochiamata da soli stanotte?'],
      ignore: ['stanotte facciamo videochiamata con papà che è in australia', 'facciamo videochiamata stanotte tutti insieme per il ripasso'],
    },
  },
  {
    id: 'see-you-in-swimsuit-private-story-r14',
    phrases: [
      'vederti|guardarti ..2 in_costume|costume|@naked|in_pigiama|pigiama|in_boxer|boxer|in_mutande|senza_maglia|senza_maglietta|a_letto',
      'storia|story|storie ..2 privat*|segret*|amici_stretti|close_friends ..3 solo_per_me|per_me|solo_a_me|solo_io',
    ],
    unless: ['carnevale|halloween|cosplay|maschera|recita|teatro|spettacolo|gara|saggio|partita|piscina_comunale|gita|mare|concerto|festa|matrimonio|cerimonia|ahah*|lol|haha*|vestito|abito|nonna|nonno|zia|mamma|papa'],
    examples: {
      match: ['mi piacerebbe vederti in costume', 'vorrei vederti in pigiama 😏', 'fai una storia privata solo per me'],
      ignore: ['vorrei vederti in costume da carnevale ahah', 'voglio vederti in costume alla gara di nuoto domenica', 'fai una storia privata per me col link della festa lol'],
    },
  },
  {
    id: 'another-like-before-without-r15',
    phrases: [
      'un_altra|un_altro|altre|altri|ancora_una ..2 @photo|@video|selfie ..6 ma|pero|stavolta|adesso|ora ..1 senza ..1 niente|nulla|vestiti|maglietta|reggiseno ..1 sopra|addosso',
      '@photo|@video|selfie ..4 senza ..2 niente|nulla|troppe_cose|troppi_vestiti|tanti_vestiti ..1 addosso|sopra',
      'una|uno|un ..1 di_quelle|di_quelli|di_quei ..3 sai_cosa_intendo|sai_cosa_voglio|hai_capito|mi_capisci|capisci|speciali|piccanti|hot',
      'senza ..1 reggiseno|maglietta|top|mutande ..3 si_vede|si_vedrebbe|vedo|vedrei ..1 meglio',
    ],
    unless: ['pizza|panino|gelato|sugo|torta|glutine|lattosio|filtro|filtri|flash|ahah*|haha*|lol|meme|sticker|gif|scarpe|tuta'],
    examples: {
      match: ["mandami un'altra foto come quella di prima ma senza niente sopra", 'foto tue in camera, senza troppe cose addosso', 'no dai una di quelle... sai cosa intendo', 'senza reggiseno si vede meglio il movimento'],
      ignore: ["un'altra foto come quella di prima ma senza flash", 'una di quelle pizze, sai cosa intendo ahah', 'mandami una di quelle gif, hai capito quali'],
    },
  },
  {
    id: 'close-up-and-full-length-r16',
    phrases: ['@send|mi_mandi|mi_invii|inviaci|mandaci [mi|me|tu] ..4 @photo|selfie ..4 primo_piano|figura_intera|a_figura_intera|tutta_intera|tutto_intero|da_capo_a_piedi'],
    unless: ['costume_di_prova|costume_di_scena|vestito_di_scena|sartoria|costumeria|va_stretto|va_largo|vedo_se_va|vedo_se_ti_sta|se_ti_sta_bene|orlo|spilli', `${SCHOOL}`, 'divisa|divise|tessera|tesserino|curriculum|cv|passaporto|carta_d_identita|modulo|iscrizione|taglia|vinted|vendo|vendi|gita|matrimonio|cresima|comunione|outfit|vestito|abito|nonna|nonno|zia|zio|costume_di_scena|saggio|sarta'],
    examples: {
      match: ['nessun problema, mandami tu un paio di foto in primo piano e una a figura intera', 'mi mandi due selfie, uno in primo piano e uno a figura intera?', 'per il casting inviaci 3 foto a figura intera'],
      ignore: ["Se riuscite mandatemi anche una foto a figura intera col costume di prova addosso, così vedo se va stretto.", 'mandatemi una foto in primo piano per il tesserino', 'mandami una foto a figura intera col vestito che devo decidere la taglia', 'mandami una foto in primo piano per l annuario'],
    },
  },
  {
    id: 'more-with-number-r16',
    phrases: ['mi_mandi|mandami|mandamene|mandane|voglio|vorrei|pretendo|esigo ..2 altre|altri|ancora ..1 #|due|tre|quattro|cinque|dieci ..2 @photo|@video|foto|video|selfie'],
    weight: 3,
    unless: [`${SCHOOL}`, '@photo|@video del|della|dei|delle|degli|dello|dell|di_ieri|di_gruppo|di_classe|dal|dalla', 'gita|vacanza|vacanze|festa|concerto|partita|viaggio|compleanno|matrimonio|meme|gatto|cane|negozio|vendi|vendo|vinted|taglia|prezzo|retro|etichetta|dettagli|difetti|condizioni|misure|prodotto|annuncio|disponibile|spedizione|casa|appartamento|stanza|macchina|moto|bici|tramonto|panorama|paesaggio|torta|piatto'],
    examples: {
      match: ['guarda che il video ce l ho ancora, quindi adesso mi mandi altre 3 foto', 'ne voglio altri 2 video entro stasera', 'mandamene altre due foto dai'],
      ignore: ['mi mandi altre 3 foto della stanza?', 'mandami altre due foto del divano', 'mi mandi altre 2 foto? tipo il retro e l etichetta'],
    },
  },
  {
    id: 'spicier-one-or-no-face-r16',
    phrases: [
      'una|un_altra|uno|un_altro|adesso_una|ora_una ..1 piu ..1 sexy|hot|spinta|spinto|osee|ose|piccante|audace|provocante|scollata',
      '@photo|@video|selfie ..3 senza ..1 faccia|viso|mostrare_la_faccia|mostrare_il_viso',
      'anche|pure ..1 senza ..1 faccia|viso ..3 se ..1 ti_vergogni|sei_timida|sei_timido|hai_paura|non_vuoi|preferisci',
      'tue|tua|tuoi|tuo ..1 foto|@photo|@video ..1 speciale|speciali|privata|private|privato|privati|particolare|particolari|segreta|segrete',
      '@photo|@video|selfie ..2 dopo_la_doccia|appena_uscita_dalla_doccia|appena_uscito_dalla_doccia|appena_fatta_la_doccia|in_accappatoio|in_asciugamano',
      'mandala|mandamela|mandale|mandamele|inviala|inviamela ..4 non_a_tempo|senza_timer|non_temporanea|non_effimera|in_chat_normale|che_resti|che_rimanga|da_salvare',
      'mi_fai|mi_faresti|fammi ..1 vedere ..1 come ..1 sei ..3 @photo|foto|selfie',
      '#|@gamecur|@money|@currency ..2 per|x ..1 ogni ..1 @photo|@video|foto|video|selfie ..2 che ..1 mi ..1 mandi|invii|fai',
    ],
    unless: ['compit*|esercizi*|appunti|pagina|pagine|libro|quaderno|verifica|documento|identita|passaporto|tesserino|ricetta|scontrino|prodotto|oggetto|modulo', 'natale|compleanno|matrimonio|vacanz*|gita|laurea|cane|gatto|cucciol*|vinted|taglia|vendo|vendi|annuncio|prodotto|torta|piatto|pizza|ricetta|salsa|peperoncino|menu'],
    examples: {
      match: ['sei bellissima. adesso una piu sexy', 'in costume o intimo, anche senza faccia se ti vergogni, e tutto anonimo', 'ciao carina, io pago tu 100 euro per tue foto speciale', 'fidati del coach. ah e mandami una foto dopo la doccia per la scheda fisica', 'ma mandala in chat normale non a tempo', 'mi fai vedere come sei? una foto, anche solo una', 'facile, 1000 robux per ogni foto che mi mandi'],
      ignore: ['una piu piccante per me, la salsa con peperoncino', 'mandami una foto del cane dopo la doccia 😂', 'le tue foto speciali di natale sono bellissime', 'mi fai vedere come sei vestita per la festa?'],
    },
  },
  {
    id: 'call-tonight-alone-in-your-room-r16',
    phrases: [
      `${CAM}|call|chiamata ..4 da_sola|da_solo|sola|solo ..2 in_camera|in_camera_tua|nella_tua_camera|nel_tuo_letto|a_letto|in_bagno`,
    ],
    unless: ['sono_da_sola|sono_da_solo|io_sono|studiare|studiamo|compiti|esercizi|ripasso|verifica|interrogazione|lezione|prof|lavoro|riunione|gruppo|tutti|anche_le_altre|anche_gli_altri|con_le_altre|con_gli_altri'],
    examples: {
      match: ['videochiamata stasera? da sola in camera', 'facciamo una call, tu da solo in camera tua'],
      ignore: ['videochiamata stasera? sono da sola in camera, mi annoio', 'facciamo call per studiare? da sola in camera si concentra meglio'],
    },
  },
  {
    id: 'one-lower-or-shirt-off-r18',
    phrases: [
      'ora|adesso|poi|dai|mandane|fanne|manda|mandami|fammene ..2 una|un_altra|altra ..3 piu_giu|piu_in_basso|piu_sotto|piu_scollata|piu_scoperta|con_meno_vestiti|con_meno_roba',
      'dai|almeno|solo|anche|ora|adesso ..2 senza_maglia|senza_maglietta|a_torso_nudo|senza_reggiseno|in_mutande|in_intimo|in_boxer|in_reggiseno ..3 almeno|dai|tanto|sparisce|scompare|ti_prego|please|nessuno_lo_vede',
    ],
    unless: ['scala|scalino|piano|pagina|riga|cartella|scaffale|cassetto|ahah*|haha*|spiaggia|piscina|mare|partita|calcetto|allenamento'],
    examples: {
      match: ['mmm bello. ora una un po piu giu 😈', 'dai senza maglia almeno, tanto dopo 10 sec sparisce', 'mandane un altra più scollata'],
      ignore: ['guarda una pagina più giù', 'una tacca più sotto di quella di un maniaco', 'dai senza maglia almeno in spiaggia si sta freschi'],
    },
  },
  {
    id: 'when-alone-call-me-on-video-r18',
    phrases: [
      'quando|appena|se ..2 sei|sarai|rimani|resti|stai ..1 sola|solo|da_sola|da_solo ..4 chiamami|videochiamami|accendi|fammi_vedere|facciamo|fai ..2 video|cam|webcam|videochiamata|@cam|vedere',
      'girati|girati_e|voltati ..3 fammi_vedere|mostrami|fatti_vedere|mandami ..2 da_dietro|di_dietro|il_sedere|il_culo|di_schiena|il_lato_b',
    ],
    unless: ['compit*|verifica|interrogazion*|ripass*|lezione|esercizi|prof|taglio|capelli|vestito|outfit_per|scarpe|zaino|tatuaggio|pettinatura|treccia|trecce', 'con_le_altre|con_gli_altri|con_tutte|con_tutti|di_gruppo|di_classe|con_la_classe|con_i_nonni|con_la_nonna|con_la_zia'],
    examples: {
      match: ['quando sei sola a casa chiamami in video', 'appena resti da sola accendi la cam', 'girati e fammi vedere da dietro'],
      ignore: ['quando sei sola a casa chiamami che ti spiego la verifica', 'girati e fammi vedere da dietro il taglio nuovo'],
    },
  },
  {
    id: 'pic-in-short-skirt-just-for-me-r18',
    phrases: [
      '@photo|@video ..4 going_to|gonnellina|minigonna|shorts|pantaloncini|calze|collant|canottiera|top|crop_top|vestitino ..1 corta|corti|corto|cortissim*|attillat*|aderent*|scollat*',
      '@photo|@video ..6 solo_per_me|solo_x_me|solo_a_me|tutta_per_me|solo_mia|solo_nostra',
    ],
    unless: ['o_lunga|o_lungo|o_lunghi|quale|meglio|prova|negozio|camerino|vinted|taglia|saldi|compleanno|festa|gita|matrimonio|ricetta|torta|gatt*|cane|cucciol*|nonna|nonno', 'vestito|postarla|postarlo|postarle|pubblicarla|pubblicarlo|prima_di_postare|prima_di_pubblicare|profilo|storia|outfit|disegno|compito'],
    examples: {
      match: ['una foto con la gonna corta dai, solo per me', 'mandami un video con gli shorts corti', 'una foto solo per me dai'],
      ignore: ['foto con la gonna corta o lunga? quale è meglio per la festa', 'mandami la foto della torta solo per me'],
    },
  },
  {
    id: 'truth-or-dare-but-pics-r18',
    phrases: [
      'obbligo_o_verita|obbligo_verita|gioco|giochino ..4 solo_foto|con_le_foto|con_foto|a_colpi_di_foto|ma_con_foto|ma_solo_foto|penitenza_foto|pegno_una_foto|pegno_foto',
      'pegno|penitenza|obbligo ..3 mandami|manda|mandarmi|fammi|foto|video|selfie ..3 @naked|pigiama|letto|doccia|costume|intimo|specchio',
    ],
    unless: ['festa|compleanno|pigiama_party|con_le_altre|di_gruppo|meme|buff*|ahah*|haha*'],
    examples: {
      match: ['facciamo un gioco: obbligo o verità ma solo foto', 'obbligo: mandami una foto in pigiama'],
      ignore: ['facciamo obbligo o verità alla festa con le altre, con foto buffe'],
    },
  },
  {
    id: 'take-off-the-hoodie-on-cam-r19',
    phrases: [
      'togli|togliti|levati|leva|sfilati|sfila|apri|abbassa|alza|alzati ..3 felpa|maglia|maglietta|top|reggiseno|canottiera|camicia|camicetta|pantaloni|pantaloncini|jeans|going_to|vestito|asciugamano|accappatoio',
    ],
    unless: ['quando_ti|tu_quando|cappello|gratti|scarpe|calze|cappotto|giubbotto|sudi|suda|sudare|crema|scottatura|cerotto|ferita|medic*|puntura|vaccino|dottore|dottoressa|pediatra', 'asciug*|lavatrice|lavare|lavala|lavalo|stendi|stendere|caldo|sudat*|bagnat*|sporc*|macchia|cena|tavola|tavolo|armadio|cassetto|letto_rifatto|sedia|divano|etichetta|prezzo|negozio|camerino|taglia|orlo|sarta|negozi*|vinted|zip|cerniera|bottone|mamma|papa|nonna|fratello|sorella|allenamento|palestra|gara|partita'],
    examples: {
      match: ['sei bellissima. togli la felpa', 'dai levati la maglietta', 'alza un po la maglia'],
      ignore: ['ma tu quando ti gratti il sedere ti togli i pantaloni?', 'togli la felpa dall asciugatrice', 'levati la felpa che fa caldo in palestra', 'togli la maglia sporca e mettila in lavatrice'],
    },
  },
  {
    id: 'another-one-at-the-mirror-r19',
    phrases: [
      '@send|fanne|fammene ..2 altra|altre|un_altra|un_altro|altro|altri ..4 specchio|bagno|letto|doccia|pigiama|costume|intimo|in_camera|camera_tua|a_letto|sdraiata|sdraiato',
      'altre|altri|un_altra|un_altro ..1 foto|video|pic|selfie ..2 come ..1 quelle|quella|quelli|quello ..2 l_altra_volta|dell_altra_volta|di_prima|di_ieri|di_ieri_sera|che_mi_hai_mandato',
      'fatti|fammiti ..1 vedere ..3 foto|pic|selfie|cam|video|videochiamata',
      'sai ..1 cosa|che_cosa|quello_che ..1 voglio ..1 vedere',
      'dimostrami|provami ..6 mi_ami|mi_vuoi_bene|ci_tieni|sei_mia|sei_mio ..6 foto|video|vedere|mandami|cam',
    ],
    unless: ['finale|champions|serie_a|match|gara|stagione|puntata|sanremo|programma|tv|televisione|netflix', 'vestito|outfit|scarpe|borsa|giacca|capelli|trucco|make_up|unghie|taglio|carnevale|gatt*|cane|cucciol*|torta|gita|festa|compleanno|tramonto|paesaggio|mare|montagna|vacanz*|film|serie|episodio|trailer|anime|partita|concerto|mostra|spettacolo|ho_fatto|abbiamo_fatto|scattato|scattate|casa_nuova|arredamento'],
    examples: {
      match: ['dai mandamene un altra, stavolta allo specchio del bagno 😏', 'altre foto come quelle dell altra volta. se no vengo sotto casa', 'fatti vedere in una foto, sono curiosa com e il mio duo 😏', 'allora dimostrami che mi ami, sai cosa voglio vedere'],
      ignore: ['mandamene un altra allo specchio col vestito rosso', 'sai cosa voglio vedere? il nuovo film marvel', 'fatti vedere in foto col taglio nuovo'],
    },
  },
  {
    id: 'video-showing-full-body-turning-r19',
    phrases: [
      '@video|video|videochiamata ..6 corpo|corpo_intero|figura_intera|tutto_il_corpo ..4 girandosi|girandoti|girati|giri|ruotando|lentamente|di_spalle|di_profilo',
      '@video|video ..4 mostr*|inquadr*|si_veda|si_vede ..6 corpo_intero|figura_intera|tutto_il_corpo|il_corpo_intero',
    ],
    unless: ['vinted|subito|vendo|bici|moto|auto|macchina|divano|mobile|danno|graffio|pacco|spid|banca|poste|inps|fisioterapist*|fisioterapia|medico|palestra|allenamento|esercizio|esercizi|postura|coreografia|balletto|danza|prof_di_ginnastica|tutorial'],
    examples: {
      match: ['Deve inviare un video in cui mostra il volto e il corpo intero girandosi lentamente, con abiti leggeri', 'manda un video dove si vede il corpo intero, girandoti lentamente'],
      ignore: ['mandami un video della coreografia con il corpo intero, girandoti lentamente', 'il fisioterapista vuole un video della postura a corpo intero'],
    },
  },
  {
    id: 'verification-photos-side-full-body-r19',
    phrases: [
      '@photo|foto|video|selfie ..4 verifica|verificare|controllo ..6 di_lato|di_fronte|figura_intera|corpo_intero|in_intimo|intimo|costume|di_spalle|senza_vestiti',
    ],
    unless: ['vinted|subito|vendo|bici|moto|auto|macchina|divano|mobile|danno|graffio|pacco|spid|banca|poste|inps|documento|carta_d_identita|passaporto|patente|tessera|fisioterapist*|medico|sarta|costume_di_scena|saggio|ritocchi|postura'],
    examples: {
      match: ['mi servono 3 foto per la verifica dell account, una di fronte una di lato e una a figura intera in intimo'],
      ignore: ['mandami 2 foto per la verifica del graffio, di lato e di fronte', 'per il controllo della postura mandami una foto di lato'],
    },
  },

  {
    id: 'pics-on-demand-r20',
    phrases: [
      '@photo|@video|foto|video ..3 quando|ogni_volta|ogni_volta_che|appena ..2 te|le|la|li|lo ..1 chiedo|chiedero|voglio|dico',
    ],
    unless: ['prof|progetto|gita|documento|modulo|compiti|esercizi|verifica|ricetta|lavoro|cliente|prodotto'],
    examples: {
      match: ['niente di che, un po di compagnia e qualche foto carina quando te la chiedo', 'mi mandi video ogni volta che te lo chiedo'],
      ignore: ['mandami la foto degli esercizi quando te lo dico'],
    },
  },

  {
    id: 'a-pic-so-i-know-youre-real-r20',
    phrases: [
      '@send|mi_mandi|fammi ..6 foto|pic|selfie|video|@photo ..4 cosi|per ..2 so|sapere|vedo|vedere|capisco|capire|verificare ..4 vera|vero|sei_tu|fake|esisti|reale|realmente',
      '@send|mi_mandi ..2 una|un|qualche ..1 foto|pic|selfie ..1 tua|tue ..1 carina|carine|speciale|speciali|privata|private|sexy',
    ],
    unless: ['pacco|prodotto|oggetto|annuncio|documento|identita|vinted|subito_it|ebay|bici|telaio|etichetta|modulo|compito|esercizi|retro|fronte|photocard|toploader|bordo|angoli|originale|originali|scambio|scambiamo'],
    examples: {
      match: ['io ho 16 anni giuro, mandami un vocale e una foto cosi so che non sei un fake', 'mandami un selfie per vedere se sei vera', 'mi mandi una foto tua carina?'],
      ignore: ['mandami una foto del prodotto cosi vedo che è vero, su vinted ci sono tanti fake', 'mandami una foto del documento per verificare'],
    },
  },

  {
    id: 'video-in-the-bathroom-for-me-r20',
    phrases: [
      'se ..1 fai|mi_fai|mi_mandi|mandi|registri ..2 video|foto|videochiamata|live|@photo|@video ..3 in_bagno|in_doccia|sotto_la_doccia|a_letto|nel_letto|in_pigiama|in_costume|in_intimo|in_mutande|in_accappatoio',
    ],
    examples: {
      match: ['ti do 5000 robux se fai un video in bagno per me', 'se mi mandi una foto a letto ti regalo la skin'],
      ignore: ['fai un video in bagno del rubinetto rotto per l idraulico'],
    },
  },
  {
    id: 'fansign-on-skin-r21',
    phrases: [
      'scrivi|scrivere|scrivimi|scriviti|disegna|disegnati ..2 mio|mie ..1 nome|iniziali|nick ..3 sulla|sul|sull|sulle|sui ..1 mano|braccio|polso|pelle|corpo|gamba|gambe',
    ],
    weight: 1,
    unless: ['cartellone|quaderno|lavagna|torta|maglietta_della|striscione'],
    examples: {
      match: ['no sul foglio e noioso, scrivi il mio nome sulla mano', 'scriviti il mio nick sul braccio e fai la foto'],
      ignore: ['scrivi il nome del fanclub sul foglio col pennarello', 'scrivi il tuo nome sul quaderno'],
    },
  },
  {
    id: 'pic-of-intimate-body-spot-r21',
    phrases: [
      'sulla|sul|sulle|sui|sull|ora|adesso ..1 pancia|pancino|coscia|cosce|interno_coscia|petto|seno|sedere|fianchi|ombelico|inguine ..6 foto|pic|selfie|da_vicino|inquadra|mandami|scatta|fammi_vedere',
      '@photo|selfie ..2 della|delle|del|dei ..1 tua|tue|tuo|tuoi ..1 pancia|pancino|coscia|cosce|petto|seno|sedere|fianchi|ombelico',
    ],
    weight: 3,
    unless: ['dottor*|medico|pediatra|dermatolog*|macchia|macchie|puntura|punture|bolla|bolle|ustione|scottatura|tatuaggio|tattoo|eritema|rash|gonfi*|livido|lividi|ferita|graffio|incinta|gravidanza|sorellina|fratellino|bebe|neonato|zanzar*|allergia|brufol*|cicatrice|operazione'],
    examples: {
      match: ['adesso sulla pancia o sulla coscia, e fai la foto da vicino 😏', 'mandami una foto della tua pancia'],
      ignore: ['mandami una foto della macchia sulla pancia che la faccio vedere al dottore', 'fammi vedere la foto del tatuaggio sulla coscia'],
    },
  },
  {
    id: 'one-more-without-shirt-r21',
    phrases: [
      'chiedo|chiederei|te_ne_chiedo|ultim*|un_altra|un_altro|una|fammene|mandamene ..3 senza maglia*|maglietta|reggiseno|vestiti|niente_addosso|niente_sopra|pantaloni',
    ],
    weight: 3,
    unless: ['sole|caldo|spiaggia|mare|piscina|partita|calcetto|allenamento|fratellino|bimbo|bambino|neonato|cane|gatto|ahah*'],
    examples: {
      match: ['daii lo fanno tutte le creator, poi te ne chiedo un ultimo senza maglietta e basta', 'fammene una senza maglietta'],
      ignore: ['oggi fa caldo, una senza maglietta al mare ci sta', 'ho giocato la partita senza maglietta'],
    },
  },
  {
    id: 'real-pic-of-you-r21',
    phrases: [
      '@send|mandane|fammene|fanne|mandamene ..4 vera|vere|reale|reali ..1 di_te|tua|tue',
      '@photo|selfie ..1 vera|vere|reale|reali ..1 di_te|tua|tue|con_la_tua_faccia',
    ],
    weight: 2,
    unless: ['meme|sticker|gif|profilo_della_squadra|documento|carta_d_identita|tessera'],
    examples: {
      match: ['senti basta foto del soffitto per la streak 😂 mandane una vera di te', 'voglio una foto vera tua, non quella del profilo'],
      ignore: ['mandami una foto vera del danno, non dal sito', 'manda uno sticker vero'],
    },
  },
  {
    id: 'it-disappears-anyway-r21',
    phrases: [
      'tanto ..2 sparisce|spariscono|scompare|scompaiono|si_cancella|si_cancellano|si_autodistrugge|si_autodistruggono|non_resta|non_rimane|non_si_salva|non_la_salvo|non_le_salvo',
      'visualizzazione_singola|una_visualizzazione|visualizza_una_volta|view_once ..4 @send|mandala|mandamela|foto|pic',
      '@send|mandala|mandamela ..3 visualizzazione_singola|una_visualizzazione|view_once',
    ],
    weight: 2,
    unless: ['storia|storie|post|messaggio_vocale|vocale|meme|sondaggio'],
    examples: {
      match: ['tipo appena uscita dalla doccia. tanto sparisce dopo 10 secondi', 'mandala a visualizzazione singola, non la salvo'],
      ignore: ['metti la storia, tanto sparisce dopo 24 ore', 'tanto il vocale si cancella'],
    },
  },
  {
    id: 'pics-to-see-the-body-r21',
    phrases: [
      '@photo ..6 fronte|retro|lato|profilo|intera ..6 fisico|corpo|forme|curve',
      '@photo|selfie ..6 per ..1 vedere|valutare|capire|controllare ..2 fisico|corpo|forme|proporzioni|curve|muscoli|gambe',
      'meglio|serve|servono|vuole|preferisce ..3 in_intimo|in_costume|in_reggiseno|in_mutande|in_body|intimo_sportivo|in_top|in_shorts ..4 vedere|foto|@photo|bene',
    ],
    weight: 3,
    unless: ['fisioterapist*|ortoped*|medico|dottor*|visita|radiografia|postura_del_cane|cavallo|cane|gatto|statua|disegno_anatomico'],
    examples: {
      match: ['Ok! Per la candidatura mandami 3 foto in top e shorts, fronte retro e lato, per vedere il fisico', 'No meglio in intimo sportivo, il brand vuole vedere bene'],
      ignore: ['manda le foto della lastra al fisioterapista per vedere la postura', 'foto del cavallo per vedere le gambe'],
    },
  },
  {
    id: 'send-them-to-me-privately-r21',
    phrases: [
      'le|li ..1 mandi|invii|giri a ..1 me ..2 in_privato|in_pvt|in_priv|in_dm|in_direct|privatamente',
      'mandale|mandali|mandamele|mandameli|inviamele|inviale ..2 a_me|solo_a_me ..2 in_privato|in_pvt|in_priv|in_dm|in_direct|privatamente',
    ],
    weight: 2,
    unless: ['compit*|appunti|esercizi|progetto|gruppo|classe|documenti|moduli|file|pdf|link|ricevut*|gita|vacanza|festa|gatto|cane|meme|foto_del|foto_della|foto_dei|foto_delle'],
    examples: {
      match: ['le mandi a me in privato e decido io se postarle, nessuno le vede tranquilla'],
      ignore: ['le foto della gita le mandi a me in privato che le metto nel drive'],
    },
  },
  {
    id: 'show-me-irl-mirror-r22',
    phrases: [
      'fammi|fatti|famme vedere ..6 @photo|@video ..3 allo_specchio|in_going_to|in_minigonna|going_to_corta|minigonna|in_pigiama|a_letto|in_camera_tua',
      'assomigli|somigli|sei_uguale ..3 tuo|tua|al_tuo|alla_tua ..1 pg|oc|personaggio|avatar|pfp ..6 fammi|fatti ..1 vedere',
    ],
    unless: ['vestito_nuovo|outfit_per|per_la_festa|per_il_matrimonio|vinted|taglia|misura|negozio|saggio|recita|costume_di_carnevale|carnevale'],
    examples: {
      match: ['fammi vedere dai, un cosplay, una foto allo specchio con la gonna corta', 'fatti vedere, mandami un video allo specchio', 'ma assomigli al tuo pg nella vita vera? fammi vedere'],
      ignore: ['fammi vedere il vestito nuovo allo specchio per la festa', 'fammi vedere la foto allo specchio della taglia che hai preso su vinted'],
    },
  },
  {
    id: 'tester-with-webcam-on-r22',
    phrases: [
      'tester|beta_tester|playtester|test|provino ..6 webcam|cam|telecamera ..1 accesa|attiva|accendere|aperta',
    ],
    unless: ['lezione|prof|esame|verifica|interrogazione|colloquio|riunione|dad|classroom|scuola|universita|microfono_e_cam'],
    examples: {
      match: ['cerco beta tester per il mio gioco, serve la webcam accesa', 'il test si fa in call con la cam accesa'],
      ignore: ['per il test di ingresso all universita serve la webcam accesa'],
    },
  },
  {
    id: 'gift-done-now-show-something-r22',
    phrases: [
      'ti ho ..1 fatto|preso|regalato|comprato ..3 regalo|nitro|skin|skins|@gamecur|ricarica ..6 fai|fammi|fatti|mi_fai ..1 vedere ..2 qualcosa|qualcos|un_po|di_piu|te',
      'in_camera_da_sola|in_camera_da_solo|da_sola_in_camera|da_solo_in_camera|da_sola|da_solo ..3 con_la_cam|con_la_webcam|cam_accesa|webcam_accesa|davanti_alla_cam',
    ],
    unless: ['lezione|prof|esame|verifica|interrogazione|colloquio|dad|scuola|universita|unboxing|apri_il_pacco|come_ti_sta|ti_piace'],
    examples: {
      match: ['dai bro ti ho fatto il regalo, ora fai vedere qualcosa', 'x il test devi stare in camera da sola con la cam, i tuoi non devono entrare'],
      ignore: ['ti ho fatto il regalo, fammi vedere come ti sta', 'per l esame devi stare da sola con la cam accesa'],
    },
  },
  {
    id: 'dance-in-underwear-for-me-r24',
    phrases: [
      'fai|fammi|fatti|mandami|manda|registra|registrami ..4 balletto|ballo|balletti|video|videino|@photo|trend ..2 in_reggiseno|in_intimo|in_mutande|in_mutandine|in_boxer|in_perizoma|in_lingerie|in_slip|in_reggi',
      'mandami|manda|mandi|invia|inviami ..3 progressi|fisico|forma|corpo|addominali ..4 in_boxer|in_mutande|in_intimo|in_slip|in_reggiseno|in_mutandine|in_perizoma',
      'ogni ..1 sera|mattina|giorno|settimana ..3 mi ..1 mandi|invii|manderai ..4 @photo|@video ..4 in_boxer|in_mutande|in_intimo|in_slip|in_reggiseno|in_mutandine',
    ],
    unless: ['vinted|taglia|negozio|pubblicita|catalogo|saggio|recita|carnevale|bro|fra|frate|zio|lol|in_tuta|non_importa|diario|pigiama_party'],
    examples: {
      match: ['accendi la cam in privato e fai un balletto in reggiseno. su insta che qui tiktok blocca', 'fammi un video in intimo per la battle', 'ogni sera mi mandi le foto dei progressi, solo in boxer, davanti e dietro', 'mandami un videino in mutande dai', 'mandami le foto del fisico ogni settimana in mutande per il controllo', 'mandami i progressi in intimo che controllo la massa'],
      ignore: ['mandami i progressi in palestra, la foto in boxer davanti allo specchio lol', 'ti ho fatto un video del balletto per il saggio', 'fammi una foto del reggiseno che lo metto su vinted, taglia s'],
    },
  },
  {
    id: 'you-must-show-yourself-in-bikini-r24',
    phrases: [
      'serve|servira|bisogna|devi|dovrai|occorre ..2 che ..1 ti ..1 mostri|fai_vedere|fotografi|riprendi ..3 in_bikini|in_intimo|in_mutande|in_reggiseno|in_costume_da_bagno|senza_vestiti|in_boxer|in_lingerie|nuda|nudo',
    ],
    unless: ['vinted|taglia|negozio|catalogo|saggio|recita|carnevale|dermatolog*|medico|visita|nei'],
    examples: {
      match: ['per il video finale serve che ti mostri in bikini', 'devi che ti riprendi in intimo per la selezione'],
      ignore: ['per la visita serve che ti mostri in intimo al medico, porta il certificato'],
    },
  },
  {
    id: 'full-length-something-shorter-r25',
    phrases: [
      'figura_intera|corpo_intero ..6 piu_corto|piu_corta|piu_corti|piu_scollat*|piu_aderent*|piu_leggero|piu_leggera|piu_sexy|going_to_corta|minigonna|abbigliamento_leggero|vestiti_leggeri|in_intimo|in_costume',
      'una|foto|pic|video ..4 con|in ..1 qualcosa_di_piu_corto|qualcosa_di_piu_leggero|qualcosa_di_piu_scollato|qualcosa_di_piu_sexy|qualcosa_di_corto|qualcosa_di_scollato|qualcosa_di_aderente',
      'se ..1 ti ..1 fai ..1 vedere ..2 in|su|alla|nella|dalla ..1 cam|webcam|videochiamata|telecamera|diretta',
    ],
    unless: ['costume_di_prova|costume_di_scena|vestito_di_scena|sartoria|costumeria|va_stretto|va_largo|orlo|spilli', 'vinted|taglia|vendo|annuncio|negozio|shein|zalando|reso|depop|subito_it', 'nonna|nonno|zia|zio|lezione|prof|compiti|esercizi'],
    examples: {
      match: ['carina 😍 ora una a figura intera, magari con qualcosa di più corto', 'ti passo 30€ di ricarica se ti fai vedere in cam 5 minuti', 'manda una foto con qualcosa di più scollato'],
      ignore: ['mi mandi una foto a figura intera del vestito? lo vendo su vinted, voglio vedere la taglia', 'se ti fai vedere in cam dalla nonna è contenta', 'mettiti qualcosa di più corto che fa caldo'],
    },
  },
  {
    id: 'cam-with-me-alone-in-your-room-r25',
    phrases: [
      'devi|dovrai|serve|si_fa|obbligatori* ..4 videochiamata|video_chiamata|call|cam|webcam|facetime ..4 con_me ..3 da_sola|da_solo|sola|solo_noi|io_e_te|in_camera',
      'da_sola|da_solo ..3 in_camera|in_camera_tua ..4 cam|webcam|videochiamata|con_me',
    ],
    weight: 2,
    unless: ['prof|lezione|compiti|esercizi|studiare|ripass*|interrogazione|tutor|ripetizion*|nonna|nonno|zia|zio|mamma|papa|dottor*|medic*|psicolog*|terapeut*'],
    examples: {
      match: ['per il provino devi fare una videochiamata con me da sola', 'la verifica si fa in cam, da solo in camera, con me'],
      ignore: ["facciamo una videochiamata con me da sola che ti devo raccontare una cosa", 'fai la videochiamata con me da sola per ripassare storia?', 'la televisita col dottore la fai da sola in camera con la webcam'],
    },
  },
  {
    id: 'verification-photo-or-account-deleted-r25',
    phrases: [
      'invii|invia|inviare|mandi|manda|mandare|mandami|inviami|carica|caricare ..3 foto|selfie|video ..1 verifica|di_verifica|per_la_verifica|di_conferma|verifica_eta|verifica_identita ..6 account|profilo|entro|eliminat*|sospes*|bannat*|chius*|disattivat*',
      'account|profilo ..3 verra|sara ..1 eliminato|sospeso|bannato|chiuso|disattivato ..4 se ..1 non ..2 invii|mandi|carichi ..3 foto|selfie|video',
    ],
    weight: 2,
    unless: ['segreteria|universita|iscrizione|registro|spid|banca|poste|comune|anagrafe', 'compito|voto|prof|correzione|della_verifica|delle_verifiche|scuola|registro|classe', 'truffa|scam|phishing|attenzione|attenti|occhio|non_rispondete|non_rispondere|falso|finto|fake'],
    examples: {
      match: ['discord staff qui. il tuo account verra eliminato se non invii una foto verifica entro 1 ora', 'invia un selfie di verifica o il profilo sara sospeso'],
      ignore: ['mandami la foto della verifica di mate che il prof ha corretto', 'occhio: un finto staff discord dice che l account verra eliminato se non mandi un selfie di verifica, è una truffa'],
    },
  },
  {
    id: 'cam-check-for-the-team-r25',
    phrases: [
      'controllo|check|face_check|facecheck|verifica|provino ..3 cam|webcam|videochiamata|facecam ..6 con_me|formalita|in_privato|privato|solo_io|nuovi|nuove|stasera|tranquilla|tranquillo',
      'ti ..1 metto|prendo ..2 squadra|team|roster|clan ..4 se ..2 cam|webcam|videochiamata|facecam',
    ],
    weight: 2,
    unless: ['con_tua_madre|con_tua_mamma|con_i_tuoi|con_un_genitore|genitore|genitori|regista|casting_ufficiale', 'prof|professor*|lezione|mate|matematica|storia|inglese|italiano|scuola|classe|interrogazion*|esame|universita|dad', 'torneo_ufficiale|regolamento|arbitro|admin_del_torneo|tutti_i_giocatori|handcam'],
    examples: {
      match: ['il coach fa il controllo cam a tutti i nuovi, tranquilla è una formalità', 'ti metto in squadra se fai la verifica in cam con me stasera'],
      ignore: ['domani verifica in cam di mate, la prof vuole la webcam accesa', 'per il torneo ufficiale il regolamento chiede il check in cam per tutti i giocatori'],
    },
  },
  {
    id: 'show-me-your-legs-closer-r25',
    phrases: [
      'fammi|mi_fai|fai|fatti ..1 vedere ..2 gambe|piedi|pancia|cosce|sedere|culo|seno|tette|schiena|fianchi|pancino',
      'me ..1 ne ..1 fai|mandi ..1 una|un_altra|un_altro ..2 piu_da_vicino|da_vicino|piu_vicina|piu_vicino|intera|a_figura_intera',
    ],
    unless: ['abbronzat*|mare|spiaggia|incinta|mesi|gravidanza|ahah*|haha*|lol|palestra', 'ferit*|livid*|male|caduta|cadut*|tatuaggio|tattoo|abbronzatura|scottatura|puntura|zanzar*|gesso|ginocchio|cerotto|dottor*|medic*|pediatra|scarpe|calzini|going_to_nuova|pantaloni|jeans|leggings|taglia', 'gatto|cane|cucciolo|neonat*|bimb*|fratellino|sorellina|pianta|torta|piatto|disegno|quadro|tavolo|muro|casa|scrivania|dettaglio|scritta|etichetta|prezzo'],
    examples: {
      match: ['mi fai vedere le gambe?', 'sei bellissima, ma in foto non si vede bene, me ne fai una piu da vicino?'],
      ignore: ["fammi vedere le gambe abbronzate dopo il mare ahah", 'fammi vedere la gamba che ti sei fatta male cadendo', 'me ne fai una piu da vicino dell etichetta col prezzo?'],
    },
  },
  {
    id: 'verification-selfie-r27',
    phrases: [
      'selfie|selfi [di|per|x] verifica|verificazione|conferma|controllo|verificare|confermare|verificarti|verificarmi',
      '@send|fammi|fai|fare|serve|servirebbe|devi ..3 face_check|facecheck|face_verification|verifica_facciale|verifica_del_viso|check_della_faccia|prova_faccia|faccia_check',
      '@send|fammi|mi_mandi|mandi ..6 vedere|capire|sapere|controllare ..1 se ..1 sei|esisti ..1 reale|vera|vero|un_fake|una_fake|davvero|veramente',
      'fammi|fatti|voglio|devo ..1 vedere ..1 la_faccia|il_viso|la_tua_faccia|il_tuo_viso|in_faccia ..4 @send|foto|selfie|video|cam|per_vedere|per_essere_sicur*|se_sei|che_sei',
      '@send|fammi|fatti|fai|serve|servono|devi|mi_mandi ..3 foto|selfie|selfi|video|uno|una ..3 per ..1 verificare|confermare|dimostrare|provare|vedere ..2 eta|identita|che_sei|chi_sei|che_esisti|che_non_sei_un_fake|che_sei_vera|che_sei_vero|che_sei_reale',
    ],
    unless: ['badge|tessera|abbonamento|palestra|iscrizione|segreteria', 'spid|cie|banca|app_della_banca|sportello|carta_d_identita|patente|passaporto|documento_d_identita|ufficio'],
    examples: {
      match: ['mandami un selfie di verifica sennò niente ruolo', 'fammi un face check veloce prima', 'mandami una foto per dimostrare che sei vera', 'fammi vedere la faccia, girami un video veloce', 'mandami un audio e una foto, voglio vedere se sei reale'],
      ignore: ['mandami un selfie di verifica per la tessera della palestra', 'mandami la foto della verifica di mate', 'per lo spid serve un selfie di verifica col documento', 'ho fatto la verifica, era facilissima', 'fammi vedere la faccia che fai quando lo scopri'],
    },
  },
  {
    id: 'shirt-off-photo-or-cam-r27',
    phrases: [
      '@send|fammi|fatti|serve|servirebbe|servono|voglio|vorrei|ne_voglio|ora|adesso|anche ..3 uno|una|foto|selfie|selfi|pic|video|@photo ..2 senza ..1 maglietta|maglia|vestiti|reggiseno|mutande|pantaloni|niente_addosso|niente_sopra',
      '@cam ..6 togliti|levati|toglierti|levarti|togli ..2 maglia|maglietta|felpa|vestiti|reggiseno|pantaloni|mutande|tutto|canottiera|top',
      '@cam ..6 che|e|pero|ma|poi|dai ..6 togliti|levati|toglierti|levarti ..2 maglia|maglietta|vestiti|reggiseno|pantaloni|mutande|tutto|canottiera|top',
      'togliti|levati|toglierti|levarti ..2 maglia|maglietta|vestiti|reggiseno|pantaloni|mutande|tutto|canottiera|top ..6 @cam',
    ],
    unless: ['visita|dottor*|medico|pediatra|fisioterapist*|dermatolog*|sporc*|bagnat*|lavatrice|lavare|da_lavare|macchiat*|prova_la|provare|provala|camerino|taglia'],
    examples: {
      match: ['serve anche uno senza maglietta per la verifica', 'mandami una foto senza vestiti', 'accendi la cam e togliti la maglietta', 'in videochiamata togliti la felpa dai, fa caldo'],
      ignore: ['togliti la maglia sporca che la metto in lavatrice', 'ho visto la foto di marco senza maglietta al mare', 'per la visita il dottore in videochiamata ti dirà di togliere la maglia'],
    },
  },
  {
    id: 'what-are-you-wearing-show-me-r27',
    phrases: [
      'cosa|che|cos ..1 indossi|hai_addosso|porti|ti_sei_messa|ti_sei_messo|ti_metti|metti ..4 fammi|fammelo|fammela|famme|fatti ..1 vedere|vede',
      'fammi|famme|fatti ..1 vedere ..2 cosa|che|cos ..1 indossi|hai_addosso|porti|ti_sei_messa|hai_sotto',
    ],
    unless: ['festa|vestito|vestiti_per|matrimonio|cerimonia|serata|cena|scarpe|outfit|concerto|compleanno|colloquio|battesimo|comunione|cresima|costume_di_carnevale|carnevale|halloween|recita|saggio|gita|domani_a_scuola|uniforme|divisa|taglia|negozio|saldi|comprato|comprata'],
    examples: {
      match: ['cosa indossi? fammi vedere', 'fammi vedere cosa hai addosso adesso'],
      ignore: ['cosa ti metti per la festa? fammi vedere il vestito', 'che scarpe hai comprato? fammi vedere'],
    },
  },
  {
    id: 'cam-on-the-bed-r28',
    phrases: [
      'accendi|apri|attiva|accenderesti|riaccendi|tieni_accesa [la|le|il] [tua] cam|webcam|telecamera|videocamera|videochiamata|facetime|ft ..6 letto|lettino|camera_da_letto|in_camera_tua|stenditi|sdraiati|distenditi|mettiti_a_letto',
      'mettiti|stenditi|sdraiati|distenditi|spostati|siediti ..2 sul|nel|a ..1 letto|lettino ..6 cam|webcam|telecamera|videocamera|ti_vedo|ti_vedo_meglio|inquadra*|accendi|accesa',
      'accendi|apri|attiva|accenderesti|tieni_accesa ..2 cam|webcam|telecamera|videocamera ..6 chiudi_la_porta|chiudi_a_chiave|chiuditi_in_camera|chiuditi_dentro|in_camera_tua|nella_tua_camera',
      'chiudi_la_porta|chiudi_a_chiave|chiuditi_in_camera|chiuditi_dentro ..6 accendi|apri|attiva ..2 cam|webcam|telecamera|videocamera',
      'porta|sposta|spostati_con|gira ..2 telefono|cell|cellulare|pc|portatile|computer|tablet|cam|webcam ..3 in_camera_tua|nella_tua_camera|camera_da_letto|sul_letto|in_bagno|nel_bagno',
    ],
    unless: ['rifare|rifai|rifatto|disordine|ordine|pulisci|pulire|sistemare|sistema_la|mostrami_la_stanza|arredamento|mobili|armadio_nuovo|imbiancat*|trasloco', 'malat*|febbre|influenza|covid|riposo|medico|dottore|dottoressa|pediatra|televisita|videovisita', 'nonna|nonno|mamma|papa|zia|zio'],
    examples: {
      match: ['accendi la webcam e stenditi sul letto', 'accendi la cam e sdraiati sul letto, oggi facciamo così', 'mettiti sul letto così ti vedo meglio in cam', 'porta il telefono in camera tua e accendi la cam', 'per la lezione privata accendi la webcam e chiudi la porta a chiave'],
      ignore: ['accendi la cam e fammi vedere la stanza nuova, che bel letto', 'sei a letto con la febbre? accendi la cam che ti vede il dottore', 'accendi la webcam così vedo il quaderno', 'mettiti sul letto e riposa'],
    },
  },
  {
    id: 'pay-me-back-in-pics-r28',
    phrases: [
      'paga*|pagami|pagameli|pagamele|pagamelo|ripagami|ripagameli|ripagamele|ridammeli|ridammele|restituiscimeli|sdebitati|sdebitarti|sdebiti|saldi|salda ..3 in|con ..3 foto|@photo|@video|pic|pics|nudes|selfie',
      'regalato|dato|comprato|passato|ricaricato|pagato ..6 mi_devi|me_lo_devi|me_li_devi|ora_mi_devi|adesso_mi_devi ..3 foto|@photo|@video|pic|pics|nudes|selfie',
      'mi devi|me_li_devi|me_le_devi|me_lo_devi|in_cambio ..4 foto|@photo|@video|pic|pics|nudes ..3 tua|tue|tuo|tuoi|di_te|nud*|in_intimo|senza_maglia|senza_maglietta|senza_vestiti|in_mutande|in_reggiseno|hot|piccant*',
    ],
    unless: ['gita|festa|concerto|partita|torneo|compleanno|matrimonio|vacanz*|mare|paesaggio|tramonto|compit*|appunti|esercizi|album|figurin*|panini|like', 'non_in_foto|non_con_le_foto|satispay|paypal|postepay|twint|contanti|bonifico|spiccioli'],
    examples: {
      match: ['ti ho dato 1000 vbucks, ora pagameli in foto', 'mi devi una foto tua in intimo per la skin', 'sdebitati con un paio di foto senza maglia', 'ti ho dato 500 robux, ora mi devi delle foto'],
      ignore: ['mi devi le foto della gita', 'pagami con satispay non in foto ahah', 'mi devi ancora le figurine', 'ti ho pagato il panino, mi devi le foto della gita'],
    },
  },
  {
    id: 'take-something-off-r29',
    phrases: [
      'devi|dovresti|puoi|potresti|prova_a|vorrei_che|basta_che ..2 toglierti|levarti|sfilarti|togli|levi|sfili ..1 qualcosa|qualcos|qualche_vestito|un_vestito|un_capo|tutto|tutti_i_vestiti',
      'toglierti|levarti|togliti|levati|sfilati|togli|levi ..2 qualcosa|qualche_vestito|un_vestito|un_capo ..5 per_me|in_live|in_cam|in_diretta|davanti|stream|live|@cam|solo_per_me',
    ],
    unless: ['lista|trucco|testa|mente|pensier*|dubbio|dubbi|peso|sfizio|soddisfazion*|scarpe|caldo|medico|dottor*|visita|spesa|carrello|zaino|tasche|borsa|valigia'],
    examples: {
      match: ['in cam devi toglierti qualcosa, sennò che live speciale è', 'dai puoi levarti qualche vestito, solo per me', 'togliti qualcosa in diretta e ti mando il regalo'],
      ignore: ['devi toglierti qualcosa dalla testa, non pensarci più', 'puoi toglierti qualcosa dallo zaino che pesa troppo', 'devi toglierti tutto il trucco prima di dormire'],
    },
  },
  {
    id: 'some-pics-in-return-r30',
    phrases: [
      'in_cambio|in_cambio_di|come_ricompensa|per_ringraziarmi|per_sdebitarti ..3 qualche|una|delle|un_paio_di|due|tre|solo ..2 @photo|@video|foto|selfie ..3 per_me|solo_per_me|tue|tua|tuoi|di_te|ogni_tanto|private|privat*',
      '@photo|@video|foto|selfie ..3 per_me|solo_per_me|tue|di_te ..3 in_cambio|come_ricompensa|per_sdebitarti',
    ],
    unless: ['prodotto|articolo|oggetto|vinted|subito_it|ebay|annuncio|spedizione|pacco|scheda|misure|etichetta|scontrino|ricevuta|gita|vacanz*|mare|paesaggio|tramonto|piatto|torta|ricetta|cane|gatto|disegno|progetto|compit*'],
    examples: {
      match: ['te la pago io la ricarica, in cambio qualche foto tua ogni tanto', 'ti regalo la skin ma in cambio voglio delle foto solo per me', 'qualche selfie per me in cambio, niente di che'],
      ignore: ['in cambio mi mandi qualche foto del prodotto?', 'ti aiuto con il progetto, in cambio mi mandi le foto della gita', 'in cambio delle foto della torta ti do la ricetta'],
    },
  },
  {
    id: 'the-ones-you-do-not-post-r30',
    phrases: [
      'quelle|quella|quelli|quello|@photo|@video|foto|video ..2 che ..1 non ..1 metti|pubblichi|posti|carichi|fai_vedere|mostri|mandi ..2 su|sul|sui|nel|nei|in|a ..1 instagram|@app|social|profilo|storie|storia|feed|nessuno|nessun_altro|altri',
      '@send|mandami|fammi_vedere|voglio|vorrei ..3 quelle|quella|quelli|quello|foto|@photo|video ..2 che ..1 non ..1 metti|pubblichi|posti|carichi|fai_vedere|mostri',
    ],
    unless: ['gita|vacanz*|mare|montagna|viaggio|festa|compleanno|matrimonio|concerto|partita|gatto|cane|cibo|piatto|ricetta|tramonto|paesaggio|venute_male|sfocat*|brutte|scartate|outtake|bloopers|ahah*|lol|haha*|xd'],
    examples: {
      match: ['quelle che non metti su insta 😏', 'mandami le foto che non pubblichi sul profilo', 'voglio quelle che non fai vedere a nessuno'],
      ignore: ['mandami le foto della gita che non metti su insta', 'quelle venute male che non posti sul profilo ahah'],
    },
  },
  {
    id: 'show-me-something-on-cam-r31',
    phrases: [
      'fammi|farmi|mi_fai|mi_faresti|fatti|farti|ti_fai|ti_faresti|mostrarmi|mostrami|mi_mostri|mi_mostreresti ..1 vedere ..3 qualcosa|qualcosina|qlcs|qcs|qualcos_altro|qualcosa_in_piu|qualcos_altro ..3 in|su|alla|nella|davanti_alla|con_la|sulla ..1 cam|webcam|videochiamata|videocall|video|diretta|live|facetime',
      'ti_va|vuoi|ti_andrebbe|potresti|puoi|perche_non ..2 farmi|mostrarmi|fammi|mi_fai ..1 vedere ..1 qualcosa|qualcosina|qlcs|qcs|qualcos_altro ..2 in|su|alla|nella ..1 cam|webcam|videochiamata|videocall|video|live',
    ],
    unless: [`${SCHOOL}`, 'disegno|disegni|lavoretto|progetto|gioco|partita|livello|setup|schermo|gatto|cane|gattino|cucciolo|stanza_nuova|camera_nuova|vestito|outfit|scarpe|regalo|torta|ricetta|trucco|taglio|capelli|chitarra|pianoforte|canzone|ballo|balletto|coreografia|nonna|nonno|zia|zio'],
    examples: {
      match: ['ti va di farmi vedere qualcosina in webcam stasera? 😏', 'dai fammi vedere qualcosa in videochiamata, nessuno lo saprà', 'perché non mi fai vedere qualcosa in cam?'],
      ignore: ['ti va di farmi vedere qualcosa in cam del progetto di arte?', 'fammi vedere qualcosa in videochiamata del gioco nuovo', 'mi fai vedere qualcosa in cam? tipo il disegno che hai fatto'],
    },
  },
  {
    id: 'underwear-or-nothing-for-measurements-r31',
    phrases: [
      'in_intimo|in_mutande|in_reggiseno|in_costume|in_bikini|in_perizoma|in_lingerie|in_slip|in_boxer|in_mutandine ..1 o|oppure|anzi|o_anche|o_meglio|o_ancora_meglio ..1 senza_niente|nuda|nudo|nudi|nude|senza_vestiti|senza_niente_addosso|senza_nulla|tutta_nuda',
      'in_intimo|in_mutande|in_reggiseno|in_perizoma|in_lingerie|in_slip|in_boxer|nuda|nudo|senza_niente|senza_vestiti|spogliata|spogliato ..6 misure|le_misure|misurarti|proporzioni|riferimento|corporatura',
      'misure|proporzioni|riferimento|corporatura ..6 in_intimo|in_mutande|in_reggiseno|in_perizoma|in_lingerie|in_slip|in_boxer|nuda|nudo|senza_niente|senza_vestiti|spogliata|spogliato',
      'in_intimo|in_mutande|in_reggiseno|in_perizoma|nuda|nudo|senza_niente|senza_vestiti|spogliata|spogliato ..6 poi|subito|dopo ..2 le|li|la|lo ..1 cancello|elimino|cancellero|eliminero|cancelliamo|butto',
    ],
    unless: ['spiaggia|naturis*|nudista|camerino|negozio|commessa|medico|dottor*|pediatra|ambulatorio|ospedale|nutrizionist*|dietolog*|ecografia|visita|taglia_del_reggiseno|coppa|quadro|modella_vivente|statua|museo|dipinto|scultura|mamma|nonna|zia'],
    examples: {
      match: ['mandamene una in intimo o nuda, come preferisci', 'per il costume mi servono foto in mutande per le misure', 'mi serve un riferimento: senza vestiti, di fronte e di lato', 'mandamele in intimo, poi le cancello subito'],
      ignore: ['in spiaggia ci vai in costume o nuda? ahah scherzo, è una spiaggia nudista', 'in negozio mi hanno preso le misure in intimo nel camerino', 'la dottoressa per la visita mi ha misurato in intimo, le misure erano ok'],
    },
  },
  {
    id: 'dress-up-and-show-yourself-r31',
    phrases: [
      'metta|mettiti|metti|indossi|indossa|si_vesta|vestiti|vesta ..3 corto|corta|corti|cortissim*|scollat*|aderent*|attillat*|trasparent*|sexy|provocant*|succint*|minigonna ..6 voglio|vorrei|fammi|devo|per|cosi ..2 vedere|vederti|vederla|guardarti|guardarla|ammirarti',
      'sia|stia|sii|stai|resta|rimani|rimanga|resti ..1 sola|solo|da_sola|da_solo ..2 in_camera|nella_sua_camera|nella_tua_camera|in_stanza|in_cameretta ..6 metta|mettiti|metti|indossi|indossa|si_vesta|vestiti ..3 corto|corta|cortissim*|scollat*|aderent*|attillat*|trasparent*|sexy|provocant*|succint*|minigonna',
    ],
    unless: ['fa_caldo|caldo|afa|mare|spiaggia|palestra|festa|discoteca|matrimonio|cerimonia|concerto|serata|gita|allenamento|vestito_nuovo|negozio|camerino|taglia|vinted|zalando|shein|mamma|nonna|zia|sorella|amica|foto_dopo|le_foto'],
    examples: {
      match: ['mettiti qualcosa di aderente in videochiamata, voglio vederti bene', 'resta sola in camera e indossa qualcosa di trasparente per la call'],
      ignore: ['mettiti qualcosa di corto che fa caldo, voglio vederti abbronzata al mare', 'indossa qualcosa di scollato per la festa, voglio vedere le foto dopo'],
    },
  },
  {
    id: 'for-a-pic-of-you-in-swimsuit-r32',
    phrases: [
      'per|x|in_cambio_di|in_cambio|basta|mi_basta|solo ..1 una|un|qualche|delle|due|tre|# ..1 foto|@photo|selfie|video ..1 di_te|tua|tue|tuo ..2 in_costume|in_intimo|in_bikini|in_reggiseno|in_mutande|in_perizoma|a_letto|in_bagno|allo_specchio|nuda|nudo|senza_maglietta|senza_maglia|in_pigiama|in_asciugamano|sotto_la_doccia|mezza_nuda|sexy|hot|in_body',
    ],
    unless: ['costume_da|carnevale|halloween|recita|cosplay|gara|gare|nuoto|squadra|album|cornice|stampa|stampare|annuario|concorso|mamma|nonna|zia|ahah*|haha*|lol'],
    examples: {
      match: ['per una foto tua in costume te ne do altri 500', 'in cambio di qualche foto di te in intimo', 'basta una foto tua allo specchio in bikini', 'x un selfie di te in pigiama'],
      ignore: ['per una foto di te in costume da strega serve il trucco', 'per una foto tua in costume della gara di nuoto chiedi al coach', 'per una foto di te al mare', 'per una foto tua in costume per l album chiedi alla mamma'],
    },
  },
  {
    id: 'turn-on-your-cam-r34',
    phrases: [
      'accendi|attiva|apri|accendimi|riaccendi|accenderesti|puoi_accendere ..2 la|il|tua|sta ..1 cam|webcam|telecamera|videocamera',
    ],
    weight: 1,
    unless: ['riunione|meet|zoom|teams|classroom|appello|verifica|interrogazione|compagni|tutti|ragazzi|raga|classe|gruppo|colloquio|call_di_lavoro|streaming|live|twitch|obs|microfono|mic|audio|impostazioni|funziona|si_vede|non_si_sente'],
    examples: {
      match: ['accendi la cam, ti spiego meglio', 'dai riaccendi la webcam che ti voglio vedere'],
      ignore: ['ragazzi accendete la cam per l appello su meet', 'accendi la cam e il microfono che proviamo se funziona'],
    },
  },
] satisfies PatternEntry[];
