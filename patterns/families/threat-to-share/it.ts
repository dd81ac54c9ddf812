import type { PatternEntry } from '../../schema';

const STUFF = 'tt|video|foto|tutto|nudes|nude|chat|screen*|registrazion*|messaggi|conversazion*|immagin*|pic|pics|videochiamat*';
const BENIGN = 'gol|goal|canestro|allenament*|vittoria|siete_stati|bravissim*|complimenti|campioni|mitic*|grandissim*|pacco|pacchetto|lettera|cartolina|torta|biscotti|concerto|partita|torneo|evento|spettacolo|lezione|webinar|invit*|auguri|festa|compleanno|gita|recita|saggio|il_regalo|un_regalo|del_regalo|per_il_regalo|al_regalo|regalino|regali|sorpresa|pagella|voti|compit*|verifica|domanda|appunti|esercizi|ricerca|tema|progetto|meme|ricetta|volantino';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      'lo|la|li|le|gli|glielo|gliela|gliele|glieli ..1 @sharev ..4 tuoi|tua|tue|tuo|suoi|sua|sue|suo ..2 @audience',
      `@sharev ..2 ${STUFF} ..4 tuoi|tua|tue|tuo|suoi|sua|sue|suo ..2 @audience`,
      'mettero|postero|pubblichero|carichero|sharero|diffondero ..2 tue|tuoi|tua|tuo ..1 @photo|@video|nudes|chat',
      `pubblichero|diffondero|sharero|postero|carichero|mettero ..3 ${STUFF} ..2 ovunque|online|in_rete|su_internet|sui_social|dappertutto|su_tutti`,
      'verra|sara|saranno|verranno pubblicat*|diffus*|caricat*|condivis*|postat* ..3 ovunque|su_tutti_i_social|porno|siti_porno|siti_per_adulti',
      `leakko|leako|leakero|leakkero|leaker* ..3 ${STUFF}|tue|tuoi|tutto`,
      'lo|la|li|le|gli ..1 @sharev ..3 ai_tuoi|a_tua_madre|a_tuo_padre|a_tua_mamma|ai_tuoi_genitori|a_mamma_e_papa',
      `@sharev|metto|carico ..3 ${STUFF} ..3 tuo|tua profilo|bacheca|storia|pagina`,
      'lo|la|li|le|gli|glielo|gliela|gliele|glieli ..1 @sharev ..3 tutti|tutte|tutta ..2 tuoi|tua|tue|follower*|contatti|parenti|famiglia',
      'verra|verranno|sara|saranno|finira|finiranno inviat*|pubblicat*|mandat*|diffus*|condivis*|inoltrat*|spedit*|mostrat* ..4 tuoi|tue|tua|tuo|suoi|sue|sua|suo ..2 @audience',
      'lo|la|li|le ..1 pubblico|pubblichero|posto|postero|metto|mettero|carico|carichero|sharo|sharero ..3 online|ovunque|in_rete|su_internet|sui_social|dappertutto|su_tutti|pornhub|xvideos|onlyfans|porno|sito_porno|siti_porno',
    ],
    unless: ['mi_e_arrivata|mi_e_arrivato|ho_ricevuto_questa|ho_ricevuto_una_mail|ho_ricevuto_questo', BENIGN, 'piacera|piace|piaceranno|bellissim*|carin*|felice|felici|contenta|contento|orgoglios*|ridere', 'gli|le ..1 ha|hanno|aveva|avevano ..1 scritto|detto', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano|ti_minaccia|vi_scrivono', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*', 'ha|hanno|aveva|avevano ..1 scritto|detto|mandato|minacciato ..1 a|ad|alla|al|allo'],
    examples: {
      match: ['lo mando a tutti i tuoi follower', 'li sharo a tutti i tuoi contatti', 'le mando a tutta la tua scuola', 'lo faccio vedere a tua madre', 'il video verrà inviato a tutti i tuoi contatti', 'mando il video ai tuoi genitori', 'lo metto online'],
      ignore: ['la polizia dice: se ti scrivono paga o mando le foto ai tuoi amici, non pagare', 'l ho già mandato a tutti', 'mando gli inviti a tutti i tuoi amici per la festa', 'dico a mamma che hai mangiato la nutella', 'giro la tua domanda alla prof', 'mostro ai tuoi amici il mio gioco', 'lo mando a tutti in classe'],
    },
  },
  {
    id: 'or-else-i-post',
    phrases: [
      `altrimenti|senno|se_no ..3 @sharev|metto|mettero|carico|carichero ..3 tutti|tutte|online|ovunque|dappertutto|in_giro|in_rete|internet|social|@app|@audience|${STUFF}`,
      'paga|paghi|pagami|mandami|mandi|manda|fallo|fai|rispondi|rispondimi ..4 o|oppure|altrimenti ..2 @sharev|metto|mettero|carico|carichero|ti_rovino|ti_distruggo|ti_rovinero|ti_sputtano|ti_sputtanero|t_rovino|t_sputtano|te_rovino|te_sputtano|t_distruggo|te_distruggo',
      `se [mi] blocchi|ignori|sparisci|denunci|segnali|lo_dici|dici|racconti|parli ..5 @sharev|metto|carico ..3 ${STUFF}|tutti|tutte|online|ovunque|in_giro|in_rete|internet|social|@app|@audience`,
      'se [mi] blocchi|ignori|sparisci|chiudi|esci|cancelli|elimini|denunci|segnali|non_rispondi|nn_rispondi|non_paghi|nn_paghi ..6 video|foto|nudes|registrazion*|screen*|link|tutto ..3 parte|partono|partira|partiranno|va|vanno|andra|andranno|finisce|finiscono|finira|finiranno|arriva|arrivano|arrivera|gira|girano|girera|esce|escono|uscira ..3 a|ai|alla|alle|su|sui|in|online|ovunque|tutti|@audience',
      'altrimenti|oppure|senno|se_no|o ..4 link|video|foto|nudes|registrazion*|screen*|tutto ..2 va|vanno|andra|andranno|arriva|arrivano|arrivera|finisce|finira|parte|partira|gira|girera ..2 a|ai|alla|alle ..1 tutti|tutte|tuoi|tua|tuo|@audience',
      'o|oppure|altrimenti|senno ..4 spieghi|spiegherai|spiegare|spiegargli|spiegarlo|spiegalo|spiegarglielo|giustifichi|giustificarti ..4 tuoi|@audience',
      'vuoi che ..3 video|foto|nudes|registrazion*|chat|screen*|cosa|tutto ..3 resti|restino|rimanga|rimangano ..2 tra_noi|segret*',
      'se vuoi che ..4 resti|restino|rimanga|rimangano ..2 tra_noi|segret* ..5 devi|paga|paghi|mandami|manda|fai|sai_cosa',
      `se non|nn ..6 @sharev|metto|mettero|carico|carichero ..3 ${STUFF}|tutti|tutte|online|ovunque|in_giro|in_rete|internet|social|@app`,
      'se non|nn ..6 lo|la|li|le ..1 @sharev|metto|mettero|carico|carichero ..3 tuo_profilo|tua_bacheca|tua_pagina|tue_storie|tua_storia|tuo_account|tuo_insta|tuo_instagram|tuo_tiktok|tuo_gruppo', 'devi|mi_devi|dammi|voglio|mandami ..4 # ..3 o|oppure|altrimenti|senno ..2 @sharev|metto|mettero|droppo|droppero ..3 tutto|tutte|tutti|video|foto|gruppo|online|ovunque'],
    unless: ['per_il_profilo|foto_profilo|foto_del_profilo|sondaggio|votano|votare|votate', 'mi_e_arrivata|mi_e_arrivato|ho_ricevuto_questa|ho_ricevuto_una_mail|ho_ricevuto_questo', 'ti mando|invio|giro|passo|mostro|faccio_vedere', 'te lo|la|le|li mando|invio|giro|passo', 'la_mia|le_mie|il_mio|i_miei|cartellone', 'mando|invio|giro|passo a te', BENIGN, 'ahah|ahahah|haha|lol|scherzo|scherzando|da_piccolo|da_piccola|da_bambino|da_bambina|neonato|neonata|tardi|ritardo|coprifuoco|multa', 'gli|le ..1 ha|hanno|aveva|avevano ..1 scritto|detto', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano|ti_minaccia|vi_scrivono', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*', 'ha|hanno|aveva|avevano ..1 scritto|detto|mandato|minacciato ..1 a|ad|alla|al|allo', 'iene|telegiornale|tg|articolo|notizia|servizio_su|documentario|podcast'],
    examples: {
      match: ['voglio 50 euro entro domani o ci pensi tu a spiegare ai tuoi', 'se chiudi la chat il video parte in automatico su tutti i gruppi', 'se paghi elimino tutto, altrimenti il link va a tutti', 'vuoi che il video resti tra noi? allora sai cosa devi fare', 'se non fai quello che dico li pubblico sul tuo profilo', 'o mi mandi altri video o lo pubblico su insta', 'se non paghi 500 euro gli mando il video', 'manda 50€ in bitcoin o pubblico tutto', 'paga o lo metto online', 'o paghi o t rovino', 'se non rispondi diffondo tutto', 'altrimenti il video lo mando a tutti', 'mi devi 200 o droppo tutto nel gruppo'],
      ignore: ['scegli tu la foto per il profilo, altrimenti la metto io nel gruppo della classe', 'fai il sondaggio oppure lo mando ai compagni cosi votano', 'altrimenti che cosa erano le crociate, un giro promozionale del papa?', 'vuoi che le foto restino private? metti il profilo privato', 'se esci dal gruppo le foto della gita non le vedi', 'vuoi che la sorpresa resti segreta? allora zitto', 'la polizia dice: se ti scrivono paga o mando le foto ai tuoi amici, non pagare', "quello gli ha scritto 'paga o mando il video ai tuoi genitori' e lui si è spaventato", 'altrimenti metto la tua foto da piccolo nel gruppo ahah', 'se non me la mandi metto la mia foto sul cartellone', 'se non vieni ti mando le foto domani', 'vieni o no? mando la foto a tutti nel gruppo', 'hai 5 minuti o partiamo senza di te', 'mi devi 10 euro o posto la foto imbarazzante ahah'],
    },
  },
  {
    id: 'everyone-will-see',
    phrases: [
      `vuoi che ..3 @audience|tutti ..2 veda|vedano|riceva|ricevano|guardi|guardino ..3 ${STUFF}|tue|tuoi|nuda|nudo|cosa|quello`,
      `vuoi che ..2 veda|vedano|riceva|ricevano|guardi|guardino ..2 tua|tuoi|tutti|@audience`,
      'vuoi che ..3 tua|tuoi|tue|tutti ..2 sappia|sappiano|scopra|scoprano ..3 cosa|che|quello',
      `tutti|@audience ..4 vedranno|vedra|sapranno|sapra|scopriranno|scoprira|riceveranno|ricevera|guarderanno|vedrebbero ..3 ${STUFF}|tue|tuoi|quello_che|cosa_hai|come_sei|nuda|nudo`,
      `vedranno|sapranno|scopriranno|riceveranno|guarderanno ..2 tutti|@audience ..3 ${STUFF}|tue|tuoi|nuda|nudo|cosa_hai_fatto|quello_che_hai_fatto`,
      'vedranno|riceveranno|guarderanno ..2 tue|tuoi|tuo|tua ..1 foto|video|nudes|chat|corpo|messaggi',
      'tue|tuoi|tuo|tua ..1 foto|video|nudes|chat|pic ..2 finiranno|finira|gireranno|girera|faranno_il_giro|circoleranno|saranno|verranno ..3 online|ovunque|in_rete|su_internet|@app|a_scuola|siti|porno|dappertutto|in_giro|pubblicat*|diffus*',
      'faccio|faro|posso_far* girare|circolare ..3 tue|tuoi|tuo|tua|finte|falsi|nud*',
      'tutti|tt|@audience ..3 sapranno|vedranno|scopriranno ..3 che|quanto|ke ..2 troia|puttana|zoccola|troietta',
      '@sharev|dico|diro|faccio_sapere ..4 tutti|tt|@audience ..3 che|quanto|ke ..2 troia|puttana|zoccola|troietta',
      'o|oppure|altrimenti|senno ..3 tutti|tt|@audience ..2 vedranno|vedra|riceveranno|sapranno|scopriranno',
      'o|oppure|altrimenti|senno ..2 li|lo|la|le ..1 vedranno|vedra|riceveranno',
      'se non vuoi che ..3 veda|vedano|riceva|ricevano ..2 nessuno|tutti|tt|@audience',
      'diventare|diventerai|diventi famosa|famoso|virale ..2 porno|siti_porno|pornhub',
    ],
    unless: ['disegno|mostra|recita|saggio|tema|voto|voti|pagella|festa|compleanno|gita|regalo|sorpresa|concerto|partita|film|giornalino|giornale|annuario|bacheca|premiazione|cartellone|sito_della_scuola|disordine|camera|stanza|compit*|verifica'],
    examples: {
      match: ['vuoi che tua madre veda le tue foto?', 'tutti a scuola vedranno le tue foto', 'le tue foto finiranno online', 'faccio girare le foto finte', 'lo vedranno tutti i tuoi amici, il video'],
      ignore: ['tutti vedranno il tuo disegno alla mostra', 'ci sono video che girano su tiktok', 'vuoi che i tuoi amici vedano il film?', 'faccio girare il volantino a tutti'],
    },
  },
  {
    id: 'imagine-if-they-saw',
    phrases: [
      'immagina|immaginati|pensa|figurati|chissa ..2 se|quando|la_faccia|che_faccia ..6 @audience|tuoi ..4 arriva|arrivasse|arrivassero|arrivano|vede|vedesse|vedessero|vedono|vedrebbe|riceve|ricevesse|ricevessero|ricevono|guardasse|guardassero|trovasse|trovassero|aprisse ..5 @photo|@video|nudes|cosette|chat|messaggi|screen*|quello_che_mi_hai|quelle_foto|quel_video|quei_video|queste_foto|questo_video',
      'immagina|immaginati|pensa|figurati|chissa ..1 se|quando ..4 arriva|arrivasse|arrivassero|arrivano|arrivano_a ..6 @photo|@video|nudes|cosette|chat|messaggi|screen*|quello_che_mi_hai|quelle_foto|quel_video|quei_video|queste_foto|questo_video ..6 @audience|tutti',
      'immagina|immaginati|pensa|figurati|chissa ..1 se|quando ..2 arriva|arrivasse|arrivassero|arrivano|finisse|finissero ..2 a|ai|alla|alle ..3 tuoi|tutti|@audience ..4 @photo|@video|nudes|cosette|chat|quel_video|quelle_foto|quei_video|quello_che_mi_hai',
      'direbbe|direbbero|penserebbe|penserebbero|farebbe|farebbero ..4 @audience|tuoi ..3 se|quando ..3 vedesse|vedessero|ricevesse|ricevessero|trovasse|trovassero|guardasse|guardassero ..4 @photo|@video|nudes|cosette|chat|messaggi|screen*|quello_che_mi_hai|quelle_foto|quel_video|quei_video|queste_foto|questo_video',
      'immagina|immaginati|pensa|figurati|chissa ..1 se|quando ..3 le|gli|li|ai|alla|al|a ..2 arriva|arrivasse|arrivassero|arrivano ..6 @photo|@video|nudes|cosette|chat|messaggi|screen*|quello_che_mi_hai|quelle_foto|quel_video|quei_video|queste_foto|questo_video',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|scherzo|scherzando|da_piccolo|da_piccola|da_bambino|da_bambina|ubriac*|brutt*|disordine|camera|stanza|pulire|ordinare|multa|bolletta|scontrino|pagella|fattura', 'che|mentre ..1 canti|balli|canta|balla|reciti|suoni|cadi|cade|piangi|ridi|mangi|dormi|russi|giochi|urli|fai_karaoke|fai_il_karaoke|fai_lo_scemo|fai_la_scema'],
    examples: {
      match: ['immagina se le arriva un messaggino con le tue cosette 😏', 'pensa se tua madre vedesse le tue foto', 'immagina la faccia dei tuoi se ricevessero quel video', 'figurati se arrivano le tue foto a tutti i tuoi amici', 'chissa cosa direbbe tua madre se ricevesse quel video'],
      ignore: ['immagina se tua madre vede la tua pagella', 'pensa se i tuoi vedessero le foto della festa ahah', 'immagina se arriva la multa a casa', 'pensa se tua madre vede la tua camera in questo stato', 'immagina se i tuoi vedessero quel video di te che canti', 'immagina se tua madre trovasse le tue sigarette'],
    },
  },
  {
    id: 'ruin-your-life',
    phrases: ['ti|te|t rovino|rovinero|distruggo|distruggero ..2 vita|reputazione|immagine', 'ti|te|t sputtano|sputtanero|sputtaniamo|smerdo|smerdero|espongo|esporro|expongo', 'posso|potrei|riesco_a|basta_poco_per|so_come|bastano ..2 rovinarti|distruggerti|sputtanarti|smerdarti|rovinare_la_tua_vita|distruggere_la_tua_vita', 'quanto ..1 vale|valgono|conta|ci_tieni ..3 tua ..1 reputazione|dignita|privacy|vita_sociale'],
    weight: 3,
    unless: ['sorpresa|film|finale|serie|partita|gioco|ahah|ahahah|haha|lol|scherzo|scherzando|felpa|maglia|caricatore', 'fifa|fortnite|ranked|game|match|valorant|cod|brawl|minecraft|a_carte|a_briscola|a_scopa|a_uno|1v1|torneo|calcetto|a_calcio|a_padel|a_tennis|a_ping_pong'],
    examples: { match: ['ti rovino la vita', 'se nun me paghi te sputtano', 'lo sai che posso rovinarti con un solo messaggio', 'Quanto vale per te la tua reputazione?'], ignore: ['ti sputtano a fifa stasera', 'ti rovino la sorpresa', 'ti rovino la vita se non mi ridai la felpa ahah', 'posso rovinarti la sorpresa? scherzo'] },
  },
  {
    id: 'or-it-ends-up-online',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..3 @photo|@video|nudes|chat|registrazion*|tutto ..3 finisce|finira|finiscono|finiranno|va|andra|vanno|andranno|gira|girera|esce|uscira ..2 su|sui|sul|online|ovunque|ai|alla|dappertutto|in_rete|in_giro',
      'e|sara|saranno|finisce|finira|va|andra|lo_trovi|li_trovi ..2 su|sui ..1 pornhub|xvideos|xhamster|siti_porno|siti_per_adulti|sito_porno',
      'o|oppure|altrimenti|senno ..3 ricevono|riceveranno|vedono|vedranno ..3 tue|tuoi|tua|tuo ..1 @photo|@video|nudes|chat|foto',
      'le|lo|li|la ..1 vedono|vedranno|ricevono|riceveranno ..3 tuoi|tua|tue|tuo|tutti|tutte ..2 @audience',
      'o|oppure|altrimenti|senno ..1 pubblico|posto|diffondo|mando|giro|faccio_vedere|metto ..2 quello|quella|quelli|quelle|quel ..2 che_ho|ho|gia|che_mi_hai',
      'o|oppure ..1 metto|mettero|pubblico|pubblichero|carico|carichero|posto|postero ..4 su|sui|sul ..1 @app|internet|social|youtube|pornhub|instagram',
      'o|oppure ..1 metto|mettero|pubblico|pubblichero|carico|carichero|posto|postero ..4 online|ovunque|in_rete|dappertutto',
      'lo|la|li|le faccio_girare|faro_girare|diffondo|diffondero|spargo|spargero',
      'dico|diro|racconto|raccontero ..3 tutti|@audience ..3 cosa|quello|che ..1 mi ..1 hai ..1 mandato|fatto_vedere',
      '@sharev|metto ..3 tuoi|tue|tua|tuo ..1 nudi|nudes|nude|foto_nude|video_intimi|foto_intime',
      'non ..1 vorrai|vuoi|vorresti ..1 che ..3 veda|vedano|sappia|sappiano|riceva|ricevano|scopra|scoprano ..3 @audience|tuoi|tua|tutti',
      'non|nn|altrimenti|senno|o ..6 tuo|tua|tue|tuoi ..1 video|foto|nudes|nudi ..1 e|sara|saranno|sono|finisce|finira ..1 su|sui|in|online ..1 @app|internet|social|rete|pornhub|youtube|storia|storie',
      'dico|diro|racconto|raccontero|faccio_vedere ..1 tutto ..2 a ..1 tuo|tua|tuoi ..1 @audience|padre|madre ..3 foto|video|nudes|nudi|chat|screen*',
      '@audience ..1 riceve|ricevono|ricevera|riceveranno|vede|vedono|vedra|vedranno ..2 il|la|le|i|gli|tuo|tua|tue|tuoi|questo|questa ..1 video|foto|nudes|registrazion*|screen*|link',
    ],
    unless: [BENIGN, 'ahah|haha|lol|scherzo|scherzando|piacera|bellissim*|orgoglios*|volantino|video_del_gatto|video_di_tiktok|gruppo|di_gruppo|classe|squadra|gatto|cane|film|serie|episodio|email|mail|newsletter|circolar*|registro_elettronico|sito_della_scuola'],
    examples: {
      match: ['mandami 100 euro su questo iban o il video finisce su instagram', 'altrimenti il tuo video va sui social', 'mi paghi altrimenti domani è su pornhub', 'o ricevono tutti le tue foto nude', 'stasera le vedono i tuoi genitori', 'o pubblico quello che ho gia', 'dammi il tuo account o metto la registrazione su youtube', 'faccio un fotomontaggio e lo faccio girare', 'fallo subito o dico a tutti cosa mi hai mandato', 'domani pubblico i tuoi nudi se non rispondi', 'non vorrai che lo veda la tua famiglia', 'se non mandi 100 euro stasera il tuo video è su insta', 'dico tutto a tuo padre, le foto e tutto', 'se entro un ora non ricevo i soldi tua madre riceve il video'],
      ignore: ['il video della festa finisce su instagram', 'ci vediamo stasera, le vedono i tuoi genitori le foto della gita?', 'o metto la foto del gatto su insta ahah', 'o metto la foto di gruppo su instagram', 'dico a tutti cosa mi hai regalato per il compleanno', 'dico tutto a tua madre che fumi', 'tua madre vede le foto del saggio stasera', 'questo video lo ricevono tutti i genitori per email', 'non vuoi che i tuoi amici vedano il film?'],
    },
  },
  {
    id: 'unless-you-want-it-to-end-up-r38',
    phrases: [
      `a_meno_che|meno_che|a_meno_ke ..2 non|nn ..1 voglia|vuoi|vorresti|volete ..1 che|ke ..5 ${STUFF}|vocali|audio ..3 finisca|finiscano|arrivi|arrivino|giri|girino|esca|escano|venga|vengano|vada|vadano|circoli|circolino|compaia|compaiano`,
      `se|si ..2 non|nn ..1 vuoi|volete ..1 che|ke ..2 quel|quei|quella|quelle|quello|certe|certi ..1 ${STUFF}|vocali|audio ..3 finisca|finiscano|arrivi|arrivino|giri|girino|esca|escano|venga|vengano|vada|vadano|circoli|circolino|compaia|compaiano`,
    ],
    unless: [BENIGN, 'privato|privacy|profilo|impostazioni|consiglio|consiglia|attenzione|polizia_postale|cancellal*|eliminal*|non_postarl*|non_pubblicarl*|tardi|in_ritardo|drive|caricalo|caricali|caricale|consegna|scadenza', 'ahah*|haha*|lol|xd|scherzo|scherzando|figuraccia|karaoke|balletto|vacanz*|mare'],
    examples: {
      match: ['a meno che tu non voglia che quelle foto arrivino ai tuoi genitori, paga', 'mandami i soldi, a meno che non vuoi che il tuo video giri in tutta la scuola', 'se non vuoi che quel video finisca su instagram fai come dico', 'ti conviene pagare se non vuoi che quelle foto escano'],
      ignore: ['a meno che tu non voglia che le foto della gita finiscano su facebook', 'se non vuoi che le tue foto finiscano in giro metti il profilo privato', 'se non vuoi che quel video del karaoke giri cancellalo ahah', 'a meno che tu non voglia che il video arrivi tardi, caricalo stasera sul drive'],
    },
  },
  {
    id: 'dialect-your-family-sees-r38',
    phrases: [
      'to|tu|tuo|tua|tuoi ..1 patri|matri|frati|soru|famigghia|cumpagni|genitori|padre|madre|mamma|papa ..2 vidi|vidinu|virra|virrannu|viri|virinu ..4 @photo|@video|foto|video|nudes|chat',
      'si|se ..2 nun|un|nu ..1 mi ..1 manni|mmanni|runi|duni|paghi ..6 patri|matri|famigghia|cumpagni ..3 vidi|vidinu|virra|virrannu|viri|virinu|sapi|sapinu',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|vacanz*|mare|matrimoniu|battesimu|cresima'],
    examples: {
      match: ['si nun mi manni i sordi, to matri i vidi i to foto', 'tu patri vidi tutti i to video stasira', 'se un mi paghi to patri vidi tuttu'],
      ignore: ['to patri vidi i foto do matrimoniu', 'to matri vidi i video da cresima stasira', 'mio padre vide il video ieri'],
    },
  },
  {
    id: 'veiled-what-if-they-saw',
    phrases: [
      'peccato|brutto|pensa|immagina|immaginati|figurati ..3 se ..5 vedesse|vedessero|leggesse|leggessero|ricevesse|ricevessero|scoprisse|scoprissero|trovasse|trovassero ..3 quelle|quelli|quella|quel|quei|queste|questi|tue|tuoi|cosa_mi_hai|quello_che_mi_hai|quello_che_hai_fatto|cosa_hai_fatto|cosa_facciamo|cosa_facevi',
      'peccato|brutto ..3 se ..1 girassero|uscissero|finissero|circolassero|venissero_fuori|si_vedessero ..3 @photo|@video|quelle|quelli|tue|tuoi|in_giro|online|ovunque',
      '@photo|@video|quelle|quelli|tue|tuoi ..6 peccato|brutto ..3 se ..1 girassero|uscissero|finissero|circolassero|venissero_fuori|si_vedessero',
      'peccato|brutto|pensa|immagina|immaginati|figurati ..3 se ..3 lo|la|le|li|gli ..1 vedesse|vedessero|leggesse|leggessero|ricevesse|ricevessero|scoprisse|scoprissero|trovasse|trovassero',
      'se vuoi|vorresti|preferisci che non|nn ..3 esca|escano|giri|girino|veda|vedano|sappia|sappiano|finisca|finiscano|si_sappia|venga_fuori ..3 niente|nulla|nessuno|in_giro|online|fuori',
      'basta ..2 un|uno|mezzo ..1 click|clic|messaggio|tasto|invio|secondo ..5 @audience|tutti|tt|ti_rovino|vedono|vedranno|sapranno|sputtan*|rovin*|pubblic*|online',
      'lo|la|li|le metto|mettero|carico|carichero|posto|postero|mando|mandero|giro|girero ..2 su|sul|sui|nel|nella|nei ..3 gruppo|chat|storia|storie ..3 tua|tuo|tuoi ..1 scuola|classe|famiglia|squadra|amici|amiche|parenti|compagni',
      'o|oppure|altrimenti|senno|se_no ..4 lo|la|li|le ..1 vede|vedono|vedra|vedranno|riceve|ricevono|ricevera|riceveranno ..2 tutti|tt|tua|tuo|tuoi|@audience',
      'se non|nn ..3 paghi|mandi|rispondi|lo_fai|mi_paghi|mi_mandi|mi_rispondi|ricevo ..4 lo|la|li|le ..1 vede|vedono|vedra|vedranno|riceve|ricevono|ricevera|riceveranno|sapra|sapranno|scoprira|scopriranno ..2 tutti|tt|tua|tuo|tuoi|@audience',
      'paga|paghi|pagami|soldi|@payment ..4 e ..1 nessuno|nex ..1 vedra|vede|sapra|sapranno|ricevera|scoprira|sapra_mai|vedra_mai ..1 niente|nulla|mai|il_video|le_foto',
      'vuoi che ..3 finisca|finiscano|giri|girino|esca|escano ..2 su|sul|sui|online|in_rete|ovunque|in_giro ..1 @app|internet|social|online|rete|scuola|pornhub',
      'se non|nn ..3 lo_fai|paghi|mandi|rispondi|obbedisci|mi_mandi|mi_paghi|mi_rispondi ..5 finiscono|finiranno|finisce|finira|vanno|andranno|girano|gireranno|escono|usciranno ..2 su|sul|sui|nel|nella|online|ovunque|in_giro|in_rete', 'peccato|brutto|spiacevole ..3 se ..2 quelle|quelli|quella|quel|quei|queste|questi|le_tue|i_tuoi|tue|tuoi|certe|certi ..2 @photo|@video|cose|cosette|chat|messaggi|screen*|nudes ..2 girassero|uscissero|finissero|circolassero|venissero_fuori|arrivassero|finisse|arrivasse|girasse|uscisse', 'tua|tuo|tuoi|tutta_la|tutto_il|tutti_i ..1 @audience ..3 lo|la|li|le ..1 vedra|vedranno|ricevera|riceveranno|sapra|sapranno|scoprira|scopriranno ..4 se ..1 non|nn', 'se non|nn ..6 tua|tuo|tuoi|tutta_la|tutto_il|tutti_i ..1 @audience ..3 lo|la|li|le ..1 vedra|vedranno|ricevera|riceveranno|sapra|sapranno|scoprira|scopriranno', '@photo|@video|foto|video|nudes|tutto|quelle|quello ..6 chissa|chi_lo_sa ..2 dove|a_chi|in_che_mani|chi ..2 finisce|finiscono|finira|finiranno|va|vanno|andra|andranno|arriva|arrivano|arrivera|arriveranno|gira|girano|le_vede|lo_vede|li_vede', 'mandi|mandami|manda|mi_mandi|fai|fallo|un_altra|un_altro|altre|altri ..6 e ..1 nessuno|nex ..1 vedra|vede|sapra|sapranno|ricevera|scoprira|sapra_mai|vedra_mai ..1 niente|nulla|mai|il_video|le_foto', 'poi|dopo|altrimenti|senno|o ..3 clicco|premo|schiaccio|pigio ..1 invia|invio|pubblica|condividi|send', '@audience|gruppo|tutti ..6 manca|mancano|basta|mi_basta ..2 un|uno|solo ..1 click|clic|tasto|invio', '@audience|tutti ..6 guarderanno|vedranno|tratteranno|penseranno|parleranno|guardera|vedra ..6 dopo|quando ..3 visto|vedranno|vedono|ricevuto|ricevono ..3 @photo|@video|foto|video|nudes', 'tuo|tua|tuoi|tue ..1 @video|@photo|nudes|foto|video ..6 premo|clicco|schiaccio|pigio|premere|cliccare ..1 pubblica|invia|invio|condividi|posta|send', 'ho ..2 pronto|pronta|pronti|pronte ..3 post|messaggio|mail|storia|gruppo ..3 tuo|tua|tuoi|tue ..1 @video|@photo|nudes|foto|video', 'hai|ti_do|entro|ti_restano ..4 poi|dopo|altrimenti|senno|o ..3 @video|@photo|foto|video|tutto ..2 va|vanno|andra|andranno|finisce|finira|esce|uscira|parte|partira ..1 live|online|pubblico|in_rete|ovunque|su_internet', 'se ..2 apri_bocca|fiati|parli|lo_dici|dici_qualcosa|racconti|mi_denunci|mi_blocchi|mi_segnali|chiami_la_polizia ..6 @video|@photo|foto|video|tutto ..2 e|sara|finisce|va|esce|finira|andra ..1 online|ovunque|in_rete|su_internet|pubblico|sui_social', 'o|oppure|altrimenti|senno|se_no ..3 tutti|tt|@audience ..2 vede|vedono|sa|sanno|riceve|ricevono|legge|leggono ..1 tutto|tutte|tutti|il_video|le_foto|i_video|la_chat', 'parte|partira|esce|uscira|pubblico|mando|giro|diffondo|posto|droppo ..1 tutto ..4 poi|dopo|e_poi|e ..2 non_lamentarti|non_piangere|non_dire|non_venire|non_dirmi|cazzi_tuoi|affari_tuoi|peggio_per_te|te_la_sei_cercata|l_hai_voluto', 'foto|video|@photo|@video|nudes ..6 chissa|pensa|immagina|figurati ..2 cosa|che ..1 direbbe|direbbero|penserebbe|penserebbero|farebbe|farebbero', 'chissa ..1 cosa|che ..1 direbbe|direbbero|penserebbe|penserebbero ..2 tuo|tua|tuoi ..1 @audience|nuovo_ragazzo|nuova_ragazza'],
    unless: ['se_no|senno|altrimenti|oppure se ..1 la|lo|li|le|me_la|me_lo|ce_la ..1 vede|vedono|legge|leggono|scopre|scoprono|trova|trovano', BENIGN, 'ahah|ahahah|haha|lol|scherzo|scherzando|camera|stanza|cameretta|disordine|disastro|macello|porcile|schifo|pagella|voto|voti|film|serie|piacerebbe_tanto|balletto|ballo|trend|canzone|cover|nostro|nostra|copiat*|copiare|bigliett*|diario|cronologia|playlist|disegn*|male|sfocat*|mosse|buie|scure|sigarett*|svapo|vape|svapa*|canna|canne|tatuagg*|piercing|birr*|alcol*|multa|bocciat*|insufficien*|nota|note|assenz*|verifica|verifiche', 'che|mentre ..1 canti|balli|canta|balla|reciti|suoni|cadi|cade|piangi|ridi|mangi|dormi|russi|giochi|urli|fai_karaoke|fai_il_karaoke|fai_lo_scemo|fai_la_scema', 'torni|tornare|rientri|tardi|coprifuoco|vaso|studi|studiare|sondaggio|iscrizion*|modulo|carrello|acquisto|ordine', 'montaggio|editing|canale|youtube|youtuber|bellissim*|ti_piace|posso|va_bene|anteprima|iscritti', 'perse|persi|perso|perdute|backup|cancellat*|mare|spiaggia|vacanz*'],
    examples: {
      match: [
        'sarebbe un peccato se lo vedessero anche i tuoi compagni di classe no?',
        'pensa se la tua prof le leggesse',
        'pensa se il tuo ragazzo vedesse quelle cose',
        'ti ricordi quelle foto? sarebbe brutto se girassero',
        'sarebbe un peccato se uscissero le tue foto',
        'immagina se i tuoi genitori scoprissero quello che hai fatto in cam',
        'immagina se tua madre li ricevesse stasera',
        'se vuoi che non esca niente fai come dico',
        'se preferisci che non si sappia in giro paga',
        'basta un click e tutti i tuoi follower vedono tutto',
        'le metto sul gruppo della tua scuola',
        'lo giro nella chat della tua classe',
        'se non lo fai quelle di ieri finiscono sul gruppo whatsapp',
        'se nn paghi le foto vanno online',
        'o mi mandi i soldi o li vedono tutti',
        'mandami altre foto o il video lo vede tua sorella',
        'se non paghi lo sapranno tutti',
        'paga e nessuno vedra niente',
        'vuoi che finisca su tiktok?', 'sarebbe un peccato se quelle foto finissero nella chat della tua classe... tu sai cosa devi fare', 'sarebbe brutto se certi video arrivassero a tua madre', 'tua scuola la vedrà domattina se non fai come ti dico', 'se non fai come dico tua madre lo saprà stasera', 'certo che se mi blocchi il video rimane a me... e poi chissà dove finisce', 'tranquilla, basta che mi mandi un altra foto e nessuno vedrà niente', 'hai tempo fino a mezzanotte, poi clicco invia', 'il gruppo della tua classe ce l ho già, manca solo un click', 'pensi che i tuoi amici ti guarderanno uguale dopo aver visto il video?', 'ho già pronto il post con il tuo video, basta che premo pubblica', 'hai 24h, poi il video va live', 'se apri bocca con qualcuno il video è online in 5 secondi', 'pagami o il tuo ragazzo vede tutto', 'allora stasera parte tutto, poi non lamentarti', 'ho ancora quelle foto che mi hai mandato quest estate... chissà cosa direbbe il tuo nuovo ragazzo'],
      ignore: ['sarebbe brutto se tua madre vedesse quel disastro', 'immagina se i tuoi vedessero quel video di te che canti', 'immagina se tua madre trovasse le tue sigarette', 
        'pensa se la prof lo vedesse ahah',
        'immagina se mia madre vedesse la mia camera',
        'pensa se tua madre vedesse quei voti ahah',
        'sarebbe un peccato se uscissero i voti prima delle vacanze',
        'sarebbe un peccato se uscissero male le foto',
        'immagina se la prof trovasse quei bigliettini che abbiamo copiato',
        'se vuoi che non esca niente della sorpresa stai zitto',
        'basta un click e ti arriva il pacco',
        'le metto sul gruppo della classe',
        'la metto sul gruppo della tua classe per la festa',
        'se non lo fai finisci in punizione',
        'o mi ridai la felpa o la vedono tutti che te la sei presa ahah',
        'o ti sbrighi o la vedono tutti la sorpresa',
        'vuoi che finisca su tiktok il nostro balletto?', 'sarebbe un peccato se le foto della gita finissero perse', 'tua madre lo saprà se non torni per cena', 'chissà dove finisce il video del saggio ahah', 'ho il gruppo della classe, manca solo un click per il sondaggio', 'finisci i compiti e poi clicco invia sulla mail alla prof', 'il tuo video è pronto, posso premere pubblica sul canale?', 'alle 18 il video va online sul canale, ricordati', 'sarebbe un peccato se quelle foto del mare finissero perse, fai il backup', 'o ti sbrighi o la mamma vede tutto il disordine in camera', 'stasera parte tutto il gruppo per la gita, poi non lamentarti se resti a casa', 'chissà cosa direbbe tua madre se vedesse quei voti'],
    },
  },
  {
    id: 'those-land-in-your-group',
    phrases: [
      'quelle|quella|quelli|quello|queste|questi|lo|la|li|le|tutto|tutte|tutti ..2 finiscono|finisce|finiranno|finira|vanno|andranno|girano|gireranno|arrivano|arriveranno|escono|usciranno|compaiono|compariranno ..2 nel|nella|sul|sulla|nei|sui|in|su ..3 gruppo|chat|storia|storie|bacheca|profilo ..3 tua|tuo|tuoi|tue',
      'quelle|quella|quelli|quello|queste|questi|le_tue|i_tuoi|il_tuo|la_tua ..3 finiscono|finisce|finiranno|finira|arrivano|arriveranno ..1 in_mano|nelle_mani|sul_telefono|sui_telefoni ..2 a|ai|alla|alle|al|di|dei|della ..2 tua|tuo|tuoi|tue|tutti|@audience',
      'se non|nn vuoi|vorresti|preferisci che ..2 lo|la|le|li|gli|glielo|gliela|gliele|glieli|tutto|quelle|quello|quelli|quella ..1 metta|mettessi|pubblichi|pubblicassi|posti|postassi|mandi|mandassi|giri|girassi|faccia_vedere|mostri|diffonda|carichi|inoltri|condivida|faccia_girare|spedisca|invii|leakki',
      'evitare|evitarne|evitarle|evitarlo|impedire|impedirne|scongiurare ..3 diffusione|pubblicazione|divulgazione|invio|condivisione|inoltro ..4 contatti|familiari|colleghi|amici|conoscenti|@audience|video|filmat*|materiale|immagin*|registrazion*',
      'procedero|procederemo|provvedero|provvederemo ..3 invio|diffusione|pubblicazione|inoltro|divulgazione|condivisione',
      'evitare|evitarne|evitarle|evitarlo|impedire|impedirne|scongiurare ..3 diffusione|pubblicazione|divulgazione|invio|condivisione ..6 versare|versamento|pagare|pagamento|bonifico|@payment',
    ],
    unless: [BENIGN, 'ahah*|lol|scherzo|scherzando|matrimonio|battesimo|comunione|cresima|laurea|vacanz*|mare|natale|capodanno|circolar*|avvis*|comunicat*|link|orario|menu|mensa|sciopero|assemblea|notizi*|info|prof|professor*|virus|fake_news|polizia|consiglia|consigli|esperti|vittime|io_o_tu|mandala_tu|mandalo_tu|fallo_tu'],
    examples: {
      match: [
        'mi basta un click e quelle finiscono nel gruppo della tua classe',
        'se non paghi stasera quelle vanno sulla bacheca del tuo profilo',
        'le tue foto finiscono in mano a tua madre',
        'se non vuoi che le metta nella tua storia fai quello che dico',
        'se non vuoi che lo mandi ai tuoi, rispondi',
        'Per evitarne la diffusione ai Suoi contatti è richiesto un versamento',
        'in caso contrario procederò con l invio del materiale',
        'Per impedirne la pubblicazione deve versare 300 euro',
      ],
      ignore: [
        'le circolari arrivano nella chat della tua classe',
        'le foto della gita finiscono nel gruppo della tua classe',
        'se non vuoi che la mandi io, mandala tu la ricerca',
        'per evitare la diffusione delle foto intime la polizia consiglia di denunciare',
        'tutti vanno nel gruppo della tua squadra? ahah',
        'le foto finiscono nella chat della tua famiglia? quelle del matrimonio',
      ],
    },
  },
  {
    id: 'post-it-if-you-dont',
    phrases: [
      'lo|la|li|le|tutto ..1 metto|mettero|pubblico|pubblichero|posto|postero|carico|carichero|mando|mandero|giro|girero|diffondo ..3 su|sui|online|ovunque|in_giro|a_tutti|@app ..4 se ..1 non|nn ..2 rispondi|mi_rispondi|paghi|mi_paghi|mandi|mi_mandi|lo_fai|obbedisci|ubbidisci|richiami|mi_richiami|mi_scrivi|fai_quello|fai_come',
      'lo|la|li|le|tutto ..1 metto|mettero|pubblico|pubblichero|posto|postero|carico|carichero|mando|mandero|giro|girero|diffondo ..3 su|sui|online|ovunque|in_giro|a_tutti|@app ..4 se ..1 mi_blocchi|mi_ignori|sparisci|mi_denunci|mi_segnali',
      'carico|carichero|metto|mettero|pubblico|pubblichero|posto|postero|mando|mandero ..4 sito|siti|pagina|pagine|canale|gruppo ..1 porno|per_adulti|hard|xxx|hot|di_porno',
      '@sharev ..6 tutti|tutte|chiunque ..2 che ..1 ti ..1 segue|seguono|conosce|conoscono|vuole_bene|vogliono_bene',
      '@sharev ..6 tutti|tutte|chiunque ..2 che ..1 hai ..3 amici|contatti|follower*|seguaci|rubrica|lista',
      'appena|quando|se ..1 mi ..1 blocchi|ignori|denunci|segnali ..4 parte|partono|partira|invio|mando|pubblico|giro|posto|escono|esce',
      '@video|@photo|tutto ..4 pronto|pronta|pronti|pronte|preparato|preparata|preparati ..6 invio|inviare|mandare|pubblicare|postare',
      'preparato|pronto|scritto ..3 messaggio|mail|post ..3 tutti|tuoi|tue ..2 contatti|amici|follower*|@audience',
      'ti ..1 taggo|taggero|tagghero|metto|mettero ..4 post|video|foto|sito|siti|pagina ..1 porno|hot|xxx|hard|per_adulti',
      'poi|dopo|altrimenti ..2 inizio|comincio|iniziero|comincero ..1 a ..1 mandare|pubblicare|postare|girare|inviare|diffondere|mandarle|mandarli|mandarlo|pubblicarle|pubblicarli|pubblicarlo',
      'se ..3 polizia|carabinieri|postale|denunci*|segnal*|blocchi|mi_blocchi ..3 lo|la|le|li|tutto ..1 mando|mandero|pubblico|pubblichero|giro|girero|posto|postero|metto|mettero|diffondo|diffondero ..2 comunque|lo_stesso|subito|uguale|a_tutti',
      'o|oppure|altrimenti|senno|se_no ..1 lo|la|le|li|tutto ..1 pubblico|pubblichero|posto|postero|diffondo|diffondero|leakko|leako|faccio_girare|faro_girare',
      'tutti|tt|@audience|tutta_la_scuola|tutta_la_classe ..4 sapranno|sapra|scopriranno|scoprira|verranno_a_sapere|verra_a_sapere ..2 che|cosa ..1 fai|hai_fatto|facevi|fai_in_cam ..2 queste_cose|in_cam|in_videochiamata|con_me|di_notte',
    ],
    unless: [BENIGN, 'ahah*|lol|scherzo|scherzando|dispiace|fastidio|va_bene|ti_va|ok_per_te|permesso|ti_piace|piace|cosi_com_e|com_e|bozza|correzion*|revision*|articolo|curricul*|cv|candidatur*|volantin*|il_mio|la_mia|i_miei|le_mie|canale|o_mai_piu|piove|pioggia|giriamo|montaggio', 'gli|le ..1 ha|hanno|aveva|avevano ..1 scritto|detto', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano|ti_minaccia|vi_scrivono', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*', 'ha|hanno|aveva|avevano ..1 scritto|detto|mandato|minacciato ..1 a|ad|alla|al|allo'],
    examples: {
      match: [
        'giuro che lo metto su tiktok se non mi rispondi',
        'carico tutto su un sito porno con il tuo nome',
        'gli mando le tue foto a tutti quelli che ti seguono',
        'se non mi mandi foto ti taggo in un post porno',
        'lo giro a tutti quelli che hai tra gli amici su facebook',
        'appena mi blocchi parte il video a tutta la tua lista',
        'il video è pronto, basta premere invio',
        'ho preparato un messaggio per tutti i tuoi contatti, manca solo l invio',
        'hai tempo fino a domani mattina, poi inizio a mandare',
        'se chiami la polizia lo mando comunque',
        'non dire niente a nessuno o lo pubblico',
        'tutti sapranno che fai queste cose in cam',
      ],
      ignore: [
        'lo metto su insta se non ti dispiace, siamo venuti benissimo',
        'mando l invito a tutti quelli che ti seguono',
        'poi inizio a mandare i curriculum',
        'dimmi se va bene o lo pubblico così com è',
        'tutti sapranno chi sei veramente quando vinci il torneo ahah',
        'il video lo metto su youtube se non piove domani e lo giriamo',
        'o lo pubblico stasera o mai più, il mio primo video sul canale',
        'la foto è pronta, basta premere stampa',
        'mando il video a tutta la tua squadra, siete stati grandi',
        'lo faccio arrivare a tua zia il pacco',
      ],
    },
  },
  {
    id: 'veiled-back-reference',
    phrases: [
      'vuoi|vorresti ..2 davvero|proprio|veramente ..1 che ..1 lo|la|le|li|gli ..1 vedano|veda|vedessero|vedesse|ricevano|riceva|leggano|legga',
      'fai|fate ..1 la_brava|il_bravo|come_dico|come_ti_dico|quello_che_dico|quello_che_ti_dico ..2 e ..1 nessuno ..1 sapra|vedra|sapra_mai|vedra_mai|scoprira ..1 niente|nulla|mai',
      'sai|lo_sai|immagina ..1 cosa|che|quello_che ..1 posso|potrei ..1 fare ..1 con ..1 quelle|quelli|quella|quello|queste|questi|le_tue|i_tuoi|il_tuo|la_tua|quel_video|quelle_foto|quei_video',
      'mio ..1 silenzio ..4 costa|costera|prezzo|#|@currency|paga|pagare|vale|compr*',
      'prezzo|costo ..3 mio ..1 silenzio',
      'vuoi che ..2 lo|la|le|li|gli ..1 mandi|mando|giri|giro|faccio_vedere|pubblichi|pubblico ..2 anche ..2 @video|@photo|screen*|tutto',
    ],
    unless: [BENIGN, 'ahah*|lol|scherzo|scherzando|collage|album|cornice|stampare|figurin*|carte|pizza|gelato|merenda|cena|torta|segreto_di|cotta|ti_piace'],
    examples: {
      match: ['vuoi davvero che le vedano?', 'fai la brava e nessuno saprà niente', 'lo sai cosa posso fare con quelle', 'il prezzo per il mio silenzio è 300 euro', 'ho già scritto a tua cugina, vuoi che le mando anche il video?'],
      ignore: ['fai la brava a scuola e nessuno saprà niente della torta, è una sorpresa', 'sai cosa posso fare con quelle foto? un collage!', 'il mio silenzio costa una pizza ahah', 'vuoi davvero che le vedano? sono venute malissimo le foto della gita'],
    },
  },
  {
    id: 'seen-or-received-by-all',
    phrases: [
      'se|o|oppure|altrimenti|senno|se_no|entro|domani|stasera|appena|poi|tra|fra|adesso|ora ..6 @video|@photo|nudes|chat|screen*|registrazion*|messaggi ..2 lo|la|li|le ..1 vedono|vedranno|vedra|vede|ricevono|riceveranno|ricevera|riceve|leggono|leggeranno|legge|leggera ..2 tutti|tutte|tt|@audience|tuoi|tua|tuo',
      '@video|@photo|nudes|chat|screen*|registrazion*|messaggi ..2 lo|la|li|le ..1 vedranno|vedra|riceveranno|ricevera|leggeranno|leggera ..2 tutti|tutte|tt|@audience|tuoi|tua|tuo',
      '@video|@photo|nudes|chat|screen*|registrazion*|messaggi ..2 lo|la|li|le ..1 vedono|vede|ricevono|riceve|leggono|legge ..3 tuoi|tua|tuo|tue',
      '@video|@photo|nudes|quel_video|quelle_foto|figura|figuraccia|vergogna ..6 quando|appena|domani|stasera|presto|poi|adesso|ora|sicuramente ..3 lo|la|li|le ..1 vedranno|vedra|riceveranno|ricevera|leggeranno|leggera|ricevono|vedono|leggono ..1 tutti|tutte|tt|@audience|i_tuoi|tua|tuo',
      'domani|stasera|entro|tra|fra|presto|subito|appena|mattina ..6 lo|la|li|le ..1 ricevono|riceveranno|leggono|leggeranno ..1 tutti|tutte|tt|i_tuoi|tua|tuo',
      'o|oppure|altrimenti|senno|se_no ..3 li|le|lo|la ..1 leggono|leggeranno|legge|leggera|sentono|sentiranno|guardano|guarderanno ..3 tuoi|tua|tuo|tutti|@audience',
      'tutti|tutta_la_scuola|tutta_la_classe|@audience ..4 ti ..1 guarderanno|guardera|guarda|guardano|vedranno|vedra|tratteranno|giudicheranno|giudicano ..2 in_modo_diverso|con_occhi_diversi|diversamente|con_altri_occhi|in_un_altro_modo|per_quello_che_sei|per_quella_che_sei',
      'tutti|tt|@audience|tutta_la_scuola ..3 sapranno|sapra|scopriranno|scoprira ..2 chi|che|cosa ..1 sei_davvero|sei_veramente|sei_realmente|tipo_sei|tipa_sei|hai_fatto_con_me|fai_con_me|mi_hai_mandato|sei_una_poco_di_buono',
      'ti|te|t rovino|rovinero|distruggo|distruggero|sputtano|sputtanero ..4 tutti|tt|@audience ..2 sapranno|vedranno|sapra|vedra|scopriranno',
      'ti|te|t rovino|rovinero|distruggo|distruggero|sputtano|sputtanero ..3 lo|la|li|le ..1 sapranno|vedranno|sapra|vedra|scopriranno|riceveranno ..1 tutti|tt|@audience',
      'lo|la ..1 sapranno|sapra|scopriranno ..2 tutti|tt|@audience ..2 che|chi ..2 sei|hai|fai ..3 troia|puttana|zoccola|troietta|poco_di_buono|sgualdrina|porca|maiala',
      'giuro|te_lo_giuro|ti_giuro|sul_serio|davvero ..3 che ..1 lo|la|li|le ..1 pubblico|pubblichero|posto|postero|diffondo|diffondero|faccio_girare|carico|carichero|mando_a_tutti|giro_a_tutti|mandero_a_tutti',
      'farlo|farla|farli|farle ..1 girare|circolare ..3 nella|nel|in|a|alla|tra|fra|per ..2 tua|tuo|tuoi|tutta|tutti|@audience|scuola|classe',
      'tua|tuo|tuoi|tue ..1 @audience ..6 premo|clicco|schiaccio|premere|cliccare ..1 invio|invia|send|pubblica',
      'premo|clicco|schiaccio ..1 invio|invia|pubblica ..4 e ..4 @audience|tutti|tuoi|tua',
      'ci_metto|mi_basta|mi_bastano|basta|bastano|ci_vuole ..3 niente|nulla|un_attimo|un_secondo|un_click|un_clic|pochi_secondi|zero|poco ..3 a|per ..1 pubblicar*|mandar*|girar*|diffonder*|postar*|caricar*|inviar*|farle_girare|farlo_girare|farle_vedere|farlo_vedere|rovinarti|sputtanarti|distruggerti ..4 tuoi|tua|tue|tuo|tutti|tutta|online|ovunque|@audience',
      'gruppo|chat ..5 @audience ..6 manca|mancano|aggiungo|metto|mando|carico|invio ..3 video|foto|nudes|tue|tuoi|solo_il|solo_le',
      'peccato|brutto|spiacevole ..3 se ..5 vedesse|vedessero|ricevesse|ricevessero|trovasse|trovassero|arrivasse|arrivassero ..3 questo|questa|questi|queste|il_video|le_foto|i_video|quel_video',
      '@video|@photo|link|registrazion*|nudes|tutto ..6 renderlo|renderla|renderli|renderle|rendo|rendero|rendere ..1 pubblico|pubblica|pubblici|pubbliche|visibil*',
      'tuo|tua|tue|tuoi ..1 @video|@photo|nudes ..3 sara|saranno|finira|finiranno|andra|andranno|finisce|finiscono|va|vanno ..1 su|sui|in|online|ovunque ..3 social|@app|internet|rete|siti|sito|web|porno',
      'o|oppure|altrimenti|senno|se_no ..4 tua ..1 reputazione ..2 e|sara|diventa ..1 finita|rovinata|distrutta|morta',
      'quelle|quelli|quella|quello ..1 che ..1 ho|tengo|ho_gia ..3 le|li|la|lo ..1 pubblico|pubblichero|mando|mandero|giro|girero|posto|postero|diffondo|faccio_girare',
      'se ..3 polizia|carabinieri|postale|denunci*|segnal*|blocchi|mi_blocchi ..3 pubblico|pubblichero|mando|mandero|giro|posto|diffondo ..2 tutto|tutte|tutti|il_video|le_foto',
      'pubblichero|pubblico|posto|postero|metto|mettero|carico|carichero ..4 @video|@photo ..4 con ..2 tuo ..1 nome|numero|indirizzo|cognome|contatti',
      'io ..1 manda|mando|pubblica|pubblico|mette|metto|invia|mandare|pubblicare|mandero ..2 video|foto ..1 a|ai|alla|alle ..1 tuoi|tua|tuo|tue|tutti_i_tuoi|tutte_le_tue',
      'io ..1 manda|mando|pubblica|pubblico|mette|metto|invia|mandare|pubblicare|mandero ..1 tuo|tua|tuoi|tue ..1 video|foto ..3 a|ai|su|tutti|youtube|facebook|instagram|@app|@audience',
      'tutti|@audience ..2 vedere|vede|guardare|guarda ..2 tuo|tua|tuoi|tue ..1 video|foto',
      'se ..1 tu ..1 non|nn ..1 paga|paghi|manda|mandi ..3 io ..1 pubblica|pubblico|manda|mando|mette|metto|invia',
      'o|oppure|altrimenti|senno ..2 il|la|le|i ..1 video|foto|link|registrazione ..1 parte|partono|esce|escono',
      'tuo|tua|tue|tuoi ..1 @video|@photo|nudes ..1 e|sono ..1 gia ..2 su|online|in_rete|pubblicat*|caricat*|sul_sito|su_un_sito',
      'tue|tuoi ..1 @photo|@video|nudes ..1 finiscono|finiranno|arrivano|arriveranno|vanno|andranno ..1 a|al|alla|ai|alle|dal|dalla ..1 tuo|tua|tuoi|tutti|@audience',
      'non ..1 vuole|vuoi ..1 che ..4 @audience|familiari|contatti|tuoi|suoi ..2 lo|la|li|le ..1 veda|vedano|ricevano|riceva|vedessero|ricevessero ..6 paga|paghi|pagare|pagami|versa|versare|mandami|soldi|euro|@payment|#',
      'non ..1 vuole|vuoi ..1 che ..1 lo|la|li|le ..1 veda|vedano|ricevano|riceva|vedessero|ricevessero ..3 @audience|familiari|contatti|tuoi|suoi ..6 paga|paghi|pagare|pagami|versa|versare|mandami|soldi|euro|@payment|#',
      'pubblico|pubblichero|posto|postero|diffondo|diffondero|faccio_girare|carico|carichero ..2 le_foto|il_video|i_video|tutto|le_tue|i_tuoi|quelle_foto|quel_video|tutte_le_tue ..4 vediamo|poi_vediamo|cosi_impari|vedrai|te_lo_meriti|peggio_per_te|te_la_sei_cercata|l_hai_voluto|hai_voluto_tu',
      'allora|ok|bene|va_bene ..1 pubblico|pubblichero|diffondo|diffondero|faccio_girare ..1 le_tue|i_tuoi|tutto|quelle|quel|quei',
      'tutta_la_classe|tutta_la_scuola|tutti_i_tuoi|tutte_le_tue ..2 lo|la|li|le ..1 vedra|vedranno|sapra|sapranno|ricevera|riceveranno',
      'lo|la|li|le ..1 vedra|vedranno|sapra|sapranno|ricevera|riceveranno ..1 tutta_la_classe|tutta_la_scuola|tutti_i_tuoi|tutte_le_tue',
      'spam|spammo|spammero|faccio_spam ..3 tuo|tua|tuoi|tue ..1 @video|@photo|nudes',
      'o|oppure|altrimenti|senno|se_no ..1 pubblico|pubblichero|posto|postero|diffondo|diffondero|mando_tutto_a|giro_tutto_a ..1 tutto|tutte|tutti|ogni_cosa|a_tutti',
      'se ..1 mi|m|me ..1 blocchi|ignori|denunci|segnali ..3 pubblico|pubblichero|posto|diffondo|mando|giro ..1 tutto|tt|tutte|tutti|le_foto|il_video',
      'altrimenti|senno|se_no|o|oppure ..2 lo|la|li|le ..1 sa|sapra|sanno|sapranno|scopre|scoprira|scoprono|scopriranno ..1 tutta_la_scuola|tutta_la_classe|tutti|tt|tutto_il_mondo|tutta_la_tua|tutti_i_tuoi|tua|tuo|tuoi',
      'se ..1 non|nn ..1 me|mi ..1 la|lo|le|li|ne ..1 mandi|dai|fai|invii ..6 metto|mettero|pubblico|pubblichero|posto|postero|carico|carichero|giro|girero|mando|mandero ..2 quella|quello|quelle|quelli|la_foto|il_video|le_foto|i_video',
      'altrimenti|senno|se_no|o|oppure ..2 metto|mettero|pubblico|pubblichero|posto|postero|giro|girero|mando|mandero ..1 quella|quello|quelle|quelli ..2 di_ieri|di_prima|che_ho|che_mi_hai|vecchia|vecchie|dell_altra_volta|dell_altro_giorno',
      'vuoi|vorresti ..2 che ..3 @audience|tuoi|tutti ..2 ti ..1 veda|vedano|vedesse|vedessero ..2 nuda|nudo|in_quel_modo|in_quello_stato|in_quelle_foto|in_quel_video|in_quel_video',
    ],
    unless: [BENIGN, 'balletto|reel|trend|nostro_video|nostra_foto|nostre_foto|nostri_video|figat*|mitic*|wow|evviva|finalmente|nascondi|nasconderlo|cronologia|ormai|gia_visto|virale|hai_visto|avete_visto|ahah*|haha*|lol|scherzo|scherzando|capelli|taglio|look|trucco|vestit*|conciat*|ritardo|pagella|voto|voti|piacera|bellissim*|brav*|orgoglios*|felic*|contenti|vinto|vincere|premio|bozza|curricul*|gatto|cane|ricett*|consegn*|circolar*|avvis*|comunicat*|email|mail|newsletter|registro|sito_della|sito_del|film|disegno|giornalino|file|documento|modulo|programma|orario|menu|locandina|biglietti|giacca|freddo|iscrizion*|della_prof|del_prof|della_scuola|della_maestra|scacc*|giornalino|annuario|mostra|concorso|premiat*|ringraziament*|crediti|automatic*|play|pubblicit*|computer|lent*|caricamento|buffering|wifi|connessione|spengo|views|visualizzazioni|like|canale|complimenti', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*|articolo|notizia|telegiornale|polizia_dice|polizia_postale', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano|ti_minaccia|vi_scrivono', 'gli|le ..1 ha|hanno|aveva|avevano ..1 scritto|detto', 'cancella|cancellala|cancellalo|elimina|eliminala|svuota|archivia ..5 cosi|che|per|perche ..2 non|nn ..1 la|lo|li|le ..1 vede|vedono|legge|leggono|trova|trovano|vedra|vedranno'],
    examples: {
      match: [
        'se non mi rispondi entro un ora il video lo vedono tutti',
        'pensa che figura farai quando lo vedranno tutti',
        'domani mattina prima di scuola lo ricevono tutti',
        'e allora adesso fai quello che dico io, o li leggono i tuoi genitori',
        'ok. domani tutta la scuola ti guarda in modo diverso',
        'ti rovino, lo sapranno tutti che sei una poco di buono',
        'te lo giuro che lo pubblico',
        'ci metto niente a farlo girare nella tua scuola',
        'ho il messaggio pronto per tua madre, basta che premo invio',
        'mi basta un secondo per mandarle a tutti i tuoi amici',
        'ho creato un gruppo con tutti i tuoi amici, manca solo il video',
        'sarebbe un peccato se tua madre ricevesse questo video',
        'vuoi davvero che i tuoi compagni di classe ti vedano in quel video?',
        'le foto le vedono tutti i tuoi amici stasera',
        'questo è il link del video, ora è privato, ma posso renderlo pubblico quando voglio',
        'se non collabori, domani il tuo video sarà su tutti i social',
        'fai quello che ti dico o la tua reputazione è finita',
        'manda altre foto o quelle che ho le pubblico',
        'se chiami la polizia pubblico tutto subito',
        'pubblicherò il video con il tuo nome e il tuo numero',
        'ok allora pubblico le foto, vediamo se dopo rispondi',
        'va bene, diffondo tutto',
        'tutta la classe lo vedrà',
        'altrimenti lo sa tutta la scuola',
        'se non me la mandi metto quella di ieri su instagram e taggo tutta la tua classe',
        'mandamene un altra o giro quelle di ieri',
        'se m blocchi pubblico tt',
        'faccio uno spam del tuo video su tutti i gruppi',
        'fammi una ricarica tim da 20 o pubblico tutto',
        'Se non vuole che i suoi familiari lo vedano, deve versare 400 euro',
        'se non vuoi che lo vedano i tuoi genitori paga',
        'io ho registrato tuo video. tu paga 200 euro o io manda video a tuoi amici facebook',
        'se tu non paga io pubblica video',
        'mandami il codice della ricarica o il video parte',
        'il tuo video è già su un sito, se paghi lo tolgo',
        'quel video che mi hai mandato, ricordi? adesso lo vedranno tutti',
        'ora mi mandi un altro video o le tue foto finiscono al tuo ragazzo',
      ],
      ignore: [
        'il video della recita lo vedono tutti i genitori',
        'quando lo vedranno tutti alla mostra saranno orgogliosi',
        'l invito lo ricevono tutti domani',
        'dopo il taglio di capelli tutti ti guarderanno in modo diverso',
        'giuro che lo posto il video della gita',
        'ci metto un secondo a mandarti i compiti',
        'ho creato un gruppo con tutti i tuoi amici per la festa a sorpresa',
        'vuoi che i tuoi ti vedano così? sei conciata malissimo ahah',
        'la polizia postale dice: se ti scrivono che il video lo vedono tutti, non pagare',
        'giuro che la posto la foto imbarazzante ahah',
        'la circolare la ricevono tutti domani',
        'hai visto il video di marco? lo vedono tutti ormai',
        'il video del saggio posso renderlo pubblico?',
        'il tuo video è già su youtube, bravissimo!',
        'ho scritto il messaggio per la prof, premo invio?',
        'se non vuoi che tua madre lo veda, cancella la cronologia',
        'il tuo video è già online! che figata',
        'ok allora pubblico le foto della gita sul profilo',
        'tutta la classe lo vedrà il tuo disegno alla mostra',
        'clicca play o il video parte in automatico',
        'io mando video su youtube tutti i giorni',
        'tutti vedere video su tiktok',
        'o il video parte o spengo tutto, sto computer è lentissimo',
        'la tua foto sarà sul sito della scuola',
        'pubblico il video con il tuo nome nei ringraziamenti, sei stata bravissima',
        'basta che premo invio e la mail parte',
        'te lo giuro che lo mando domani il file',
        'o li leggi tu o li leggono i tuoi i messaggi della prof',
        'quando lo vedranno tutti il tuo disegno resteranno a bocca aperta',
        'poi cancella la chat cosi non la legge tua sorella se prende il telefono',
        'elimina i messaggi che non li vede tuo fratello quando prende il tuo tablet',
      ],
    },
  },
  {
    id: 'make-you-famous',
    phrases: [
      'ti ..1 faccio|faro ..1 diventare ..1 famosa|famoso|virale|la_piu_famosa|il_piu_famoso ..4 scuola|classe|quartiere|paese|online|internet|social|tutti|porno|siti',
      'conosco ..1 gente|persone|amici ..3 ti ..2 trovare|trovano|trova|sistemare|sistemano|fare_del_male|rompere|aspettano',
    ],
    weight: 3,
    unless: [BENIGN, 'brav*|talento|balli|canti|canzone|cover|ahah*|lol|haha*|scherzo|youtuber|tiktoker|influencer|canale|follower_veri|lavoro|stage'],
    examples: {
      match: ['ti faccio diventare virale su siti porno', 'ti faccio diventare famosa a scuola, sai in che senso', 'conosco gente che ti può trovare'],
      ignore: ['ti faccio diventare famoso con il tuo canale di cucina', 'ti faccio diventare famosa su tiktok con le tue cover, hai talento', 'conosco gente che ti può trovare un lavoro'],
    },
  },
  {
    id: 'would-they-be-happy-to-see',
    phrases: [
      'tuo|tua|tuoi ..1 @audience ..3 sarebbe|sarebbero ..1 felice|felici|contento|contenta|contenti|orgoglios* ..3 vedere|sapere|ricevere|leggere ..2 queste|questi|quelle|quelli|questo|quel|tue|tuoi|cosa|come',
    ],
    weight: 3,
    unless: [BENIGN, 'bellissim*|laurea|matrimonio|diploma|promoss*|vinto|premio|brav*|complimenti|ahah*|lol|haha*|disegn*|quadro|torta|voto|voti|pagella'],
    examples: { match: ['tua madre sarebbe contenta di vedere queste foto? non credo', 'i tuoi genitori sarebbero felici di sapere cosa fai in cam?', 'il tuo ragazzo sarebbe felice di vedere queste foto?'], ignore: ['tuo padre sarebbe orgoglioso di vedere questo voto', 'tua nonna sarebbe felice di vedere queste foto della laurea'] },
  },
{
    id: 'if-not-i-post-it',
    phrases: [
      'se ..1 non|nn ..6 lo|la|li|le ..1 posto|postero|pubblico|pubblichero|metto|mettero|carico|carichero|giro|girero ..3 storie|storia|profilo|bacheca|social|gruppi|gruppo|@app|online|ovunque|internet|tagg*',
      'se ..1 non|nn ..6 @sharev|metto|mettero ..4 tagg*|taggandoti|ti_taggo|e_ti_taggo|taggando',
      'entro|prima_di|se_non|se_nn|altrimenti ..4 lo|la|li|le ..1 posto|postero|pubblico|pubblichero|carico|carichero ..3 storie|storia|profilo|bacheca|social|gruppi|gruppo|@app|online|ovunque|tagg*',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|scherzo|scherzando|bella|bellissim*|carin*|venut*|uscit*|piace|piaci|ti_dispiace|ti_va|vuoi_che|posso|meme|gatto|cane', 'non|nn la|lo|le|li posto|pubblico|metto|carico|giro', 'sfondo|come_sfondo|caffe|cappuccino|cornetto|brioche|merenda|gelato|panino'],
    examples: {
      match: ['se non me ne mandi altre 3 entro stasera le posto su tutte le storie taggandoti', 'se non rispondi entro un ora la pubblico sul profilo', 'se nn paghi le carico su telegram', 'se non fai come dico posto tutto e ti taggo'],
      ignore: ['se non la vuoi la metto nel gruppo per la festa', 'se non ti piace la foto non la posto', 'se non ti dispiace la posto nelle storie', 'se non rispondi la posto lo stesso ahah', 'entro stasera la posto nelle storie, sei venuta benissimo', 'se non mi rispondi metto il meme nel gruppo', 'se non mi offri il cappuccino la metto nel gruppo', 'se nn mi rispondi la metto come sfondo della chat di classe'],
    },
  },
{
    id: 'humiliate-you-in-front-of-all',
    phrases: [
      'o|oppure|altrimenti|senno|se_no|se_non|se_nn ..6 sei|sarai|diventi|diventerai ..3 barzelletta|zimbello|lo_zimbello|la_zimbella|lo_scherno|la_vergogna ..2 scuola|classe|istituto|tutti|paese|quartiere',
      'ti ..1 faccio|faro ..1 fare ..1 una|la ..1 figura_di_merda|figuraccia|brutta_figura|figura_di_cacca ..4 davanti|con ..3 tutti|@audience|scuola|classe',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherzo|scherzando|interrogazione|vestito|capelli|balletto|karaoke|canto|cantare|ballare|calcio|gara'],
    examples: {
      match: ['ascolta, o fai quello che ti dico o domani sei la barzelletta della scuola', 'o paghi o ti faccio fare una figura di merda davanti a tutta la scuola'],
      ignore: ['se non studi domani sei la barzelletta della classe all interrogazione', 'ti faccio fare una figuraccia davanti a tutti al karaoke ahah'],
    },
  },
{
    id: 'you-will-see-it-was-a-mistake',
    phrases: [
      'ti_accorgerai|te_ne_accorgerai|capirai|ti_renderai_conto ..3 che ..2 e_stato|hai_fatto|era ..1 un ..1 errore|grosso_errore|brutto_errore|sbaglio',
      'e_stato|hai_fatto ..1 un ..1 errore|grosso_errore|brutto_errore|sbaglio ..2 ignorarmi|bloccarmi|lasciarmi|rifiutarmi|non_rispondermi|a_ignorarmi|a_bloccarmi|a_lasciarmi',
    ],
    unless: [BENIGN, 'studiare|studio|esame|interrogazione|voto|scelta_della|facolta|universita|liceo_scientifico|classico|ahah*|lol|haha*|scherzo|film|serie|gioco|partita'],
    examples: {
      match: ['perfetto, domani a scuola ti accorgerai che è stato un errore', 'hai fatto un grosso errore a bloccarmi'],
      ignore: ['domani all interrogazione ti accorgerai che è stato un errore non studiare', 'ti accorgerai che è stato un errore scegliere quella facoltà'],
    },
  },
  {
    id: 'shame-if-they-got-out-r9',
    phrases: [
      'peccato|brutto|un_casino|spiacevole|imbarazzante ..1 se ..4 foto|video|@photo|@video|nudes|chat|screen*|messaggi ..6 finissero|finisse|arrivassero|arrivasse|girassero|girasse|uscissero|uscisse|vedesse|vedessero|ricevesse|ricevessero|circolassero|circolasse|spuntassero|spuntasse',
      'peccato|brutto|un_casino|spiacevole|imbarazzante ..1 se ..5 @audience|tutti|tuoi ..3 vedesse|vedessero|ricevesse|ricevessero|scoprisse|scoprissero|trovasse|trovassero ..4 foto|video|@photo|@video|nudes|chat|screen*|messaggi|quello|cosa',
    ],
    unless: ['gita|festa|compleanno|vacanz*|mare|recita|saggio|partita|concerto|matrimonio|meme|pagella|voti|verifica|compit*|disegno|camera|stanza|disordine|perse|perso|persi|cancellat*|rovinat*|sfocat*|mosse|venute_male|ahah*|lol|haha*|scherzo|regalo|sorpresa|torta', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano'],
    examples: {
      match: ['sai, sarebbe un peccato se quelle altre foto, quelle che mi hai mandato tu, finissero sul profilo di tua sorella', 'sarebbe brutto se tua madre vedesse queste foto', 'sarebbe un casino se i tuoi video girassero a scuola'],
      ignore: ['sarebbe un peccato se le foto della gita finissero perse', 'sarebbe brutto se tua madre vedesse la pagella adesso', 'sarebbe un peccato se le foto venute male finissero nell album'],
    },
  },
  {
    id: 'or-they-all-see-it-r9',
    phrases: [
      'senno|se_no|altrimenti|oppure|o ..4 lo|la|li|le ..1 vedono|vedranno|vedra|vede|riceve|ricevono|riceveranno|ricevera ..1 tutti|tutte|pure|anche|tt',
      'il_primo|la_prima|i_primi|le_prime|quello_di_ieri|quella_di_ieri|quelle_di_ieri|quelli_di_ieri ..2 lo|la|li|le ..1 vedono|vedranno|ricevono|riceveranno ..1 tutti|tutte|tt',
      '@photo|@video|nudes ..4 lo|la|li|le ..1 vedono|vedranno|ricevono|riceveranno ..1 tutti|tutte|tt',
      'lo|la|li|le ..1 vedono|vedranno|ricevono|riceveranno ..1 tutti|tutte ..1 tuoi|tue ..1 follower*|contatti|amici|amiche|compagni|parenti',
      'preferisci|vuoi|vorresti ..1 che ..1 lo|la|li|le ..1 veda|vedano|vede|vedono|riceva|ricevano|riceve|ricevono ..2 loro|lui|lei|tutti|tua|tuo|tuoi|tue|@audience',
      'se ..1 non|nn ..4 finiscono|finiranno|finisce|finira|vanno|andranno|girano|gireranno|escono|usciranno ..2 nel|sul|in|su|sulla|nella ..1 gruppo|chat|canale|profilo|storia|storie|bacheca|rete|internet|social',
      'altrimenti|senno|se_no|o|oppure ..4 lo|la|li|le ..1 carico|metto|pubblico|posto|giro|carichero|mettero|pubblichero|postero ..2 su|in|sul|nel ..1 un|una|qualche ..1 sito|gruppo|canale|chat|forum|pagina',
      'senno|altrimenti|se_no|oppure ..2 scrivo|scrivero|racconto|raccontero ..2 a ..1 tutti|tutte ..2 tuoi|tue|tua ..1 contatti|follower*|amici|amiche|parenti|@audience ..4 pubblico|mando|giro|posto|faccio_vedere|inoltro',
    ],
    weight: 5,
    unless: ['gita|festa|compleanno|vacanz*|recita|saggio|partita|concerto|matrimonio|meme|pagella|voti|verifica|compit*|disegno|film|serie|video_della|foto_della|torneo|gol|goal|canestro|trofeo|premiazione|classifica|annuario|giornalino|regalo|sorpresa|torta|progetto|ricerca|lavoro|presentazione|slide|cartellone|tema|link|invito|inviti|volantino|ahah*|haha*|scherzo|scherzando', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam', 'comprar*|prezzo|negozio|prima_di|biglietti|biglietto|posti|pizze|magliette|felpe|iscrizion*|wetransfer|drive|dropbox|backup|google_drive|classroom'],
    examples: {
      match: ['ok allora domani il primo lo vedono tutti al campetto', 'chiedili ai tuoi. o preferisci che la vedano loro?', 'ho mentito lol. se non molli lui finiscono nel gruppo della classe e le vede pure davide', 'Mandami altri 2 video entro stasera senno il primo lo carico su un sito', 'senno scrivo a tutti i tuoi contatti e pubblico le chat', 'stasera lo vedono tutti i tuoi follower', 'i tuoi video li vedranno tutti', 'tu vuoi che lo vede tua mamma?'],
      ignore: ['domani lo vedono tutti il film in aula magna', 'se non ti sbrighi le foto della gita finiscono nel gruppo', 'altrimenti lo carico su un sito il progetto, tipo drive', 'vuoi che lo veda tua mamma il disegno?', 'o preferisci che la vedano loro la partita?', 'domani lo vedono tutti a scuola il nuovo prof', 'o preferisci che lo veda tua madre prima di comprarlo?', 'altrimenti lo metto su un sito, tipo wetransfer', 'se non ti sbrighi finiscono nel gruppo i biglietti'],
    },
  },
  {
    id: 'all-your-class-will-get-them-r9',
    phrases: [
      'altrimenti|senno|se_no|oppure|o ..4 tutti|tutte ..1 tuoi|tue ..3 @audience ..3 le|lo|li|la ..1 ricevono|vedono|riceveranno|vedranno|avranno',
      '@sharev|metto|mettero ..3 a ..1 tutta|tutto|tutti ..1 la|il|quelli_della|quelli_del ..1 scuola|classe|istituto|liceo|paese|quartiere|palestra|oratorio|squadra|server',
      'non ..1 la|lo|le|li ..1 vede|vedra|vedranno|riceve|ricevera|sapra ..1 nessuno ..4 se ..3 paghi|pagami|mandi|mi_mandi|fai|ricarichi ..3 #|@money|@payment|soldi|carte|carta|steam|buono|buoni|ricarica|robux|vbucks',
    ],
    weight: 5,
    unless: ['gita|festa|compleanno|vacanz*|recita|saggio|partita|concerto|matrimonio|meme|pagella|voti|verifica|compit*|disegno|film|serie|torneo|gol|goal|trofeo|premiazione|classifica|annuario|giornalino|regalo|sorpresa|torta|progetto|ricerca|presentazione|slide|cartellone|tema|link|invit*|volantino|circolare|avviso|comunicazione|orario|modulo|auguri|ahah*|haha*|lol|scherzo|scherzando', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam'],
    examples: {
      match: ['pagami 300 franchi con twint entro domani, altrimenti tutti i tuoi compagni di classe le ricevono', 'faccio un fotomontaggio con la tua faccia su un video hard e lo mando a tutta la scuola', 'tranqui non la vede nessuno, se mi mandi 2 carte steam da 50', 'o tutti i tuoi amici lo vedranno'],
      ignore: ['mando l invito a tutta la classe per la festa', 'giro il link a tutta la squadra', 'non lo sapra nessuno se mi mandi i soldi del regalo, è una sorpresa'],
    },
  },
  {
    id: 'or-the-first-ones-go-online-r10',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..4 le_prime|i_primi|quelle|quelli|le_altre|gli_altri|queste|questi|le_vecchie|quelle_di_prima|quelle_che_ho ..2 finiscono|finiranno|finisce|finira|vanno|andranno|girano|gireranno ..2 in_rete|online|ovunque|su_internet|sui_social|in_giro|nel_gruppo|su_telegram|sui_gruppi',
      'io ..1 manda|pubblica|posta|mette|mandera ..3 @photo|@video|nudes|tutto ..3 a|ai|su ..2 tutti|tuoi|tua|tuo|tue|@audience',
      'senno|altrimenti|se_no ..2 lo|la|li|le ..1 manda|pubblica|posta|gira|mette ..3 a|ai|alla|al|su|in ..2 tutto|tutta|tutti|tuoi|tua|tuo|tue ..3 server|scuola|classe|gruppo|@audience',
      'altrimenti|senno|se_no|oppure ..6 tuoi|tua|tuo ..1 @audience ..4 ricevono|riceveranno|ricevera|riceve|vedono|vedranno|vedra ..1 tutto|tutte|tutti|le_foto|il_video|i_video',
      'domani|stasera|presto|dopo ..3 le|li|lo|la ..1 trovano|troveranno|vedono|vedranno ..2 tutti|tutte ..4 sito|siti|porno|online|internet|col_tuo_nome|con_il_tuo_nome',
      'sito|siti|pagina|canale ..1 porno|per_adulti|hard ..4 col|con_il|con ..1 tuo ..1 nome',
      'per evitare ..2 diffusione|pubblicazione|divulgazione|invio ..6 contatti|@audience',
      'messaggio|mail|email|messaggi ..3 per ..1 tua|tuo|tuoi ..1 @audience ..3 gia|e ..2 pronto|pronta|pronti ..5 foto|video|allegat*|screen*',
      '@photo|@video|nudes ..3 va|vanno|andra|andranno|finisce|finira|finiscono|gira|girera ..2 in|su|a|nel|nelle|sui ..2 tutte|tutti|tutto ..3 chat|gruppi|gruppo|social ..3 tua|tuo|tuoi|della_tua|del_tuo ..1 scuola|classe|@audience',
      'apro|creo|faccio|aprire|creare ..1 un ..1 profilo|account ..1 falso|fake ..4 tuo|tue|tua ..1 nome|foto|faccia',
      'preparati|vedrai ..6 a_scuola|in_classe|al_paese ..2 lo|la|li|le ..1 sanno|sapranno|vedono|vedranno ..1 tutti|tutte',
      'se ..1 non|nn ..1 paghi|mi_paghi|ricarichi|mi_ricarichi ..2 lo|la|li|le ..1 pubblico|posto|mando|giro|metto|carico|diffondo|inoltro',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|scherzo|scherzando|virus|contagio|covid|influenza|malattia|notizi*|fake_news', 'disordine|camera|stanza|pasticcio|viaggio|vacanz*|mare|montagna|matrimonio|battesimo|cerimonia|natale|pasqua|pranzo|cena|parte|quota|lista|debiti|conto|sito_della_scuola|sito_della_classe|giornalino|album|vinto|premio|promoss*|bocciat*|voto|la_prof|il_prof|la_maestra|il_maestro|la_preside|il_preside|il_mister|la_coach', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano'],
    examples: {
      match: [
        'non hai capito. o me ne mandi altre 3 entro 10 minuti o le prime finiscono in rete',
        'mandane altre oppure quelle di prima vanno online',
        'io manda video a tutti tuoi amici di instagram',
        'a meno che mi ricarichi 50 euro di vbucks. sennò la manda a tutto il server discord',
        'hai tempo fino a stasera, altrimenti la tua ragazza e i tuoi genitori ricevono tutto',
        'altrimenti tuo padre riceve tutto',
        'o domani le trovano tutti su un sito porno col tuo nome e cognome',
        'Per evitare la diffusione ai suoi contatti è richiesto un pagamento di 300 euro',
        'il messaggio per tua madre è già pronto con le foto allegate',
        'poi la foto va in tutte le chat della tua scuola, taggo pure i prof',
        'apro un profilo falso con il tuo nome e metto le foto modificate',
        'ho già creato le immagini fake, se non paghi le pubblico',
        'preparati perche domani a scuola lo sanno tutti',
      ],
      ignore: [
        'o ti sbrighi o le foto della gita finiscono nel gruppo',
        'per evitare la diffusione del virus ai tuoi familiari lavati le mani',
        'il messaggio per tua madre è già pronto con le foto della festa',
        'la foto della gita va in tutte le chat della tua classe',
        'altrimenti tua madre riceve tutto il pacco domani',
        'mi è arrivata una mail: per evitare la diffusione ai suoi contatti paghi 300 euro, è una truffa?', 'altrimenti i tuoi genitori vedono tutto il disordine', 'sennò lo manda a tutta la classe la prof', 'il messaggio per tua mamma è pronto con le foto del viaggio', 'se non paghi la tua parte la posto nel gruppo la lista dei debiti', 'preparati perche domani a scuola lo sanno tutti che hai vinto il premio', 'oppure quelle di prima vanno online sul sito della scuola',
      ],
    },
  },
  {
    id: 'or-the-whole-school-sees-it-r11',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..4 @photo|@video|nudes|foto|video|chat ..2 lo|la|li|le ..1 vede|vedono|vedra|vedranno|riceve|ricevono|ricevera ..1 tutto|tutta|tutti|tutte|pure|anche',
      'lo|la|li|le ..1 vede|vedra|vedono|vedranno|ricevono|riceve ..1 tutta|tutto|tutti ..2 scuola|classe|gruppo|server|paese|istituto|liceo ..4 pure|anche|e ..2 tua|tuo|tuoi ..1 @audience',
      'lo|la|li|le ..1 vede|vedra|vedono|vedranno|ricevono|riceve ..1 tutta|tutto|tutti ..1 la|il ..1 scuola|classe|gruppo|server|istituto ..4 decidi_tu|scegli_tu|a_te_la_scelta|vedi_tu|pensaci',
      'vuoi|preferisci|volete ..1 che ..1 lo|la|li|le ..1 veda|vedano|riceva|ricevano ..1 tutto|tutta ..1 il|la ..1 gruppo|classe|scuola|squadra|server|paese',
      'se ..2 dici|racconti|parli|dirai|racconterai|parlerai ..2 a|con|ad|alla|al ..2 qualcuno|nessuno|tuoi|polizia|carabinieri|@audience ..4 lo|la|li|le ..1 pubblico|pubblichero|posto|postero|diffondo|carico|mando|giro',
    ],
    unless: [BENIGN, 'recita|film|serie|disegno|cartellone|video_della|foto_della|annuario|giornalino|premiazione|ahah*|haha*|lol|scherzo|scherzando|disordine|camera|stanza', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam'],
    examples: {
      match: ['se lo dici a qualcuno lo pubblico subito', 'vuoi che lo veda tutto il gruppo della squadra?', 'o mi rispondi entro stasera o il video lo vede tutto il gruppo della 3B', 'le vede tutta la scuola e pure tua madre. decidi tu', 'o paghi o le foto le vedono tutti'],
      ignore: ['se mi dici di si lo posto su instagram', 'o ti sbrighi o il video della recita lo vede tutta la scuola senza di te', 'lo vede tutta la classe il film domani, pensaci', 'o vieni o le foto della gita le vedono tutti prima di te'],
    },
  },
  {
    id: 'into-the-server-unless-r11',
    phrases: [
      'lo|la|li|le ..1 mando|giro|metto|posto|pubblico|carico ..3 server|gruppo|canale|chat|storia|storie ..6 tuoi|tue|tua|tuo ..3 @audience ..3 a_meno_che|se_non|se_nn|salvo_che|tranne_se|finche_non',
      'lo|la|li|le ..1 mando|giro|metto|posto|pubblico|carico ..3 server|gruppo|canale|chat|storia|storie ..6 a_meno_che|salvo_che|tranne_se|finche_non ..3 paghi|giri|ricarichi|fai|mandi|me_ne|obbedisci|ubbidisci',
    ],
    unless: ['gol|goal|canestro|allenament*|vittoria|complimenti|pacco|pacchetto|lettera|cartolina|torta|biscotti|concerto|partita|torneo|evento|spettacolo|lezione|webinar|invit*|auguri|festa|compleanno|gita|recita|saggio|sorpresa|pagella|voti|compit*|verifica|domanda|appunti|esercizi|ricerca|tema|progetto|meme|ricetta|volantino|link|file|pdf|documento|orario|posizione|scherzo|scherzando|disegno|menu|lista|votazione|sondaggio|preferisci|preferite|ti_va|vi_va|ti_dispiace|vi_dispiace|dispiace|ti_scoccia|problemi|voglia|vuoi_mandarlo|regalo_per|il_regalo|del_regalo|un_regalo', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam'],
    examples: {
      match: ['ahah ok ora la mando nel server dove ci sono anche i tuoi compagni, a meno che mi giri 50€ di carte regalo steam', 'la metto nel gruppo a meno che non fai quello che dico'],
      ignore: ['lo metto nel gruppo a meno che tu non voglia mandarlo tu', 'la metto nel gruppo con i tuoi compagni se non ti dispiace', 'la metto nel gruppo a meno che non preferisci il sondaggio', 'lo metto nel gruppo il link a meno che non ce l hai gia'],
    },
  },
  {
    id: 'or-i-send-them-to-your-profile-r11',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..6 lo|la|li|le ..1 giro|mando|pubblico|posto|metto|carico|inoltro ..3 tuo|tua|tuoi|tue ..1 profilo|bacheca|storia|contatti|follower*|@audience',
    ],
    unless: [BENIGN, 'link|invito|inviti|biglietti|file|pdf|documento|orario|posizione|ahah*|haha*|lol|scherzo|scherzando|recita|disegno|menu|lista|spesa|votazione|sondaggio', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam'],
    examples: {
      match: ['allora facciamo cosi. o me le mandi o le foto in costume le giro al tuo profilo con scritto quanto costi', 'paga oppure le mando ai tuoi contatti'],
      ignore: ['o me lo mandi tu o lo giro io ai tuoi amici il link', 'o vieni o la giro a tua madre la lista della spesa'],
    },
  },
  {
    id: 'shame-if-your-mum-got-r11',
    phrases: [
      'peccato|brutto|un_casino|spiacevole|imbarazzante ..1 se ..6 arrivassero|arrivasse|finissero|finisse|girassero|girasse|circolassero ..2 certe|quelle|queste|tue|tuoi|le|i|delle|dei|alcune|certi ..1 foto|@photo|@video|cose|chat|messaggi|screen*',
      'non ..1 vorrei|vorresti|vuoi ..1 che ..3 @audience ..2 vedesse|vedessero|ricevesse|ricevessero|trovasse|trovassero|scoprisse|leggesse ..3 certe|queste|quelle|tue|tuoi|le|i ..1 foto|cose|video|chat|messaggi|screen*',
    ],
    unless: ['gita|festa|compleanno|vacanz*|mare|recita|saggio|partita|concerto|matrimonio|meme|pagella|voti|verifica|compit*|disegno|perse|perso|persi|cancellat*|rovinat*|sfocat*|venute_male|ahah*|lol|haha*|scherzo|regalo|sorpresa|torta|bollette|multe|multa', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano'],
    examples: {
      match: ['non vorrei che tua madre vedesse certe cose', 'sarebbe un peccato se a tua mamma arrivassero certe foto, no? pensaci bene', 'sarebbe brutto se ai tuoi compagni arrivassero quelle chat'],
      ignore: ['sarebbe un peccato se a tua mamma arrivassero le foto della gita tutte sfocate', 'sarebbe brutto se a casa arrivassero altre multe'],
    },
  },
  {
    id: 'if-you-dont-pay-i-tell-everyone-r11',
    phrases: [
      'se ..1 non|nn ..1 paghi|mi_paghi|ricarichi|mi_ricarichi|mandi_i_soldi|mi_mandi_i_soldi ..3 avviso|avvertiro|avverto|informo|informero|contatto|contattero|scrivo|scrivero ..2 tutti|tutte ..2 tuoi|tue|tua|tuo|@audience',
      'altrimenti|senno|se_no|oppure ..3 avviso|avvertiro|informo|informero|contatto|contattero|scrivo|scrivero ..2 tutti|tutte ..2 tuoi|tue ..1 contatti|follower*|parenti|amici|compagni',
    ],
    weight: 3,
    unless: [BENIGN, 'ahah*|haha*|lol|scherzo|scherzando|quota|colletta|biglietto|biglietti|pizza|cena|gita', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam'],
    examples: {
      match: ['se non paghi avviso tutti i tuoi parenti', 'altrimenti scrivo a tutti i tuoi contatti'],
      ignore: ['se non paghi la quota avviso tutti i tuoi compagni che la gita salta', 'altrimenti scrivo a tutti i tuoi amici per la festa'],
    },
  },
  {
    id: 'or-it-all-goes-on-app-r12',
    phrases: [
      'o|altrimenti|se_no|senno|oppure ..2 tutto|tutte|tutti|video|foto|chat|screen*|nudes ..2 parte|partono|va|vanno|finisce|finiscono|esce|escono|stanno|sara|saranno|andra|andranno|finira|finiranno ..3 su|in|nel|nella|sul|ncoppa|sopra ..2 @app|instagram|tiktok|social|internet|rete|web|online|gruppo|gruppi|profilo',
      'o|altrimenti|se_no|senno|oppure ..2 parte|partono|va|vanno|finisce|finiscono|esce|escono ..1 tutto|tutte|tutti|il_video|le_foto|i_video|la_chat ..3 su|in|nel|nella|sul|ncoppa ..2 @app|instagram|tiktok|social|internet|rete|web|online|gruppo|gruppi|profilo',
      'poi ..2 parte|partono|va|vanno|finisce|finiscono|esce|escono ..1 tutto|tutte|tutti|il_video|le_foto|i_video|la_chat ..3 su|in|sul|ncoppa ..2 @app|instagram|tiktok|social|internet|rete|web|online',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherzo|vacanz*|ricordo|matrimonio|backup|drive|cloud|album|quale|meglio|preferisci|piace_di_piu|le_tengo_io|li_tengo_io|tranquill*|ti_piace', 'diceva|dicevano|ha_detto|hanno_detto|ha_scritto|scriveva|minacciava|tizio|servizio|iene|telegiornale|notizia|articolo|povero|poveretto|poveraccio|poveretta|truffa|scam'],
    examples: {
      match: ['hai 10 min x mandare i soldi poi parte tutto su ig e tiktok', 'perfetto. ora o mi fai un bonifico di 250 euro o la foto va nel gruppo del corso', 'Wagliò, o mi mandi e soldi o e foto toje stanno ncoppa a tiktok stasera', 'paga subito se no i video finiscono su instagram'],
      ignore: ['poi tutto va sul gruppo della classe, tranquilla', 'o le foto vanno nel gruppo o le tengo io, decidi', 'metto la foto sul profilo o va meglio nel gruppo?', 'poi la foto della gita va nel gruppo lol', 'ho fatto il backup, poi tutto va sul drive'],
    },
  },
  {
    id: 'shame-if-your-x-saw-it-r12',
    phrases: [
      'peccato|brutto|spiacevole|un_casino|un_dramma ..3 se ..5 @audience ..1 lo|la|li|le ..1 vedesse|vedessero|ricevesse|ricevessero|scoprisse|scoprissero|trovasse|trovassero|leggesse|leggessero',
      'peccato|brutto|spiacevole|un_casino|un_dramma ..3 se ..5 @audience ..1 vedesse|vedessero|ricevesse|ricevessero|trovasse|trovassero|leggesse|leggessero ..3 quelle|quei|quel|quella|tue|tuoi ..1 foto|video|chat|screen*|messaggi|nudes|vocali',
    ],
    weight: 4,
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherzo|camera|disordine|casino_in_camera|voto|voti|pagella|nota|multa|bolletta|conto|scontrino|graffio|macchina|regalo|sorpresa|torta|pianta|vaso'],
    examples: {
      match: ['sarebbe un peccato se la tua nuova ragazza lo vedesse no?', 'brutto se tua madre ricevesse quelle chat', 'sarebbe un casino se i tuoi compagni vedessero quel video'],
      ignore: ['sarebbe brutto se tua madre vedesse quel disastro', 'sarebbe un peccato se tua madre vedesse il disordine in camera ahah', 'peccato se la prof vedesse il voto, meglio dirglielo'],
    },
  },
  {
    id: 'send-the-old-ones-to-all-r12',
    phrases: [
      '@sharev ..3 vecchie|vecchi|di_prima|precedenti|che_ho|che_mi_hai_mandato ..3 a_tutti|a_tutte|in_giro|ovunque|online|ai_tuoi|@audience',
      'o|oppure|altrimenti|se_no|senno @sharev ..2 il_video|le_foto|i_video|la_foto|la_chat|gli_screen|tutto|i_nudes|le_chat',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherzo|vacanz*|matrimonio|ricordo|album|quale|meglio|preferisci|storia|reel', 'diceva|dicevano|ha_detto|hanno_detto|ha_scritto|scriveva|minacciava|tizio|servizio|iene|telegiornale|notizia|articolo|povero|poveretto|poveraccio|poveretta|truffa|scam'],
    examples: {
      match: ['Voglio altre foto. Se entro stasera non ne ricevo 3 nuove, mando quelle vecchie a tutti', 'manda 50 euro in buoni google play o pubblico il video, ultima possibilita', 'paga oppure giro le foto'],
      ignore: ['mando le foto vecchie della gita a tutti', 'posto la storia o pubblico il video? quale meglio', 'metto il reel oppure pubblico le foto del mare', 'tipo un tizio diceva paga o pubblico le foto, povero ragazzo'],
    },
  },
  {
    id: 'goes-viral-or-ready-to-post-r12',
    phrases: [
      'altrimenti|se_no|senno|oppure|se ..6 video|foto|nudes|chat|screen* ..2 diventa|diventera|diventano|diventeranno|sara|saranno|finisce|finira ..1 virale|virali|pubblic*|di_tutti',
      'link|post|storia|gruppo ..4 tuo|tue|tuoi ..1 video|foto|nudes ..4 pronto|pronta|pronti|pronte ..4 basta_un_click|basta_un_clic|un_click|un_clic|premo_invio|un_tasto|basta_poco',
      'soldi|@money|@payment|pagamento|ricarica ..3 per|x ..1 non ..1 mandare|pubblicare|postare|girare|inviare|far_vedere|diffondere',
      'fra|tra|entro ..3 ora|ore|minuti|min|stasera|domani|mezzanotte ..2 @sharev ..1 tutto|tutte|tutti|il_video|le_foto|i_video|le_chat',
      'vuoi|volete ..1 che ..2 li|le|lo|la ..1 senta|sentano|ascolti|ascoltino|legga|leggano ..3 @audience|tutti',
      'sai|sapete ..1 cosa|che ..1 succede|succedera|capita|capitera|fine_fanno|fine_faranno|fine_fa ..2 alle|ai|al|alla|le|i ..1 foto|video|tue_foto|tuoi_video|screen*|chat|nudes',
      'e|ma ..1 se ..3 @audience ..2 vedesse|vedessero|ricevesse|ricevessero|trovasse|trovassero ..2 quelle|quei|quel|quella|le_tue|i_tuoi|tue|tuoi ..1 foto|video|chat|screen*|messaggi|nudes',
      'ti ..1 sputtano|sputtanero|sputtaniamo|smerdo|smerdero',
      'ti ..1 faccio|faro ..1 vergognare|fare_una_figuraccia|fare_figure_di_merda ..3 davanti|con|in_tutta|a_tutta ..2 @audience|tutti|tutta_la_scuola|scuola|paese|quartiere',
    ],
    unless: [BENIGN, 'fifa|fortnite|gioco|ranked|game|match|valorant|cod|brawl|minecraft|carte|briscola|scopa|1v1|ahah*|haha*|lol|xd|scherzo|scherzando|balletto|recita|canzone|cover|reel|tiktok_dance|vacanz*|matrimonio|ricordo|album|karaoke|complimenti|bravo|brava|figata|grande', 'diceva|dicevano|ha_detto|hanno_detto|ha_scritto|scriveva|minacciava|tizio|servizio|iene|telegiornale|notizia|articolo|truffa|scam|programma', 'polizia_postale|nessuno_puo|nessuno_ti_puo|nessuno_ha_il_diritto|nessuno_deve|se_succede|se_ti_succede|non_rispondere_e|segnala_alla|segnalalo|segnalali|commissariato_di_ps'],
    examples: {
      match: ['se non paghi entro domani il tuo video diventa virale', 'il link col tuo video e gia pronto, basta un click', 'ho creato un gruppo con tutti i tuoi amici, aspetto solo i soldi per non mandare niente', 'fra un ora pubblico tutto, decidi tu', 'ho ancora i vocali che mi hai mandato, vuoi che li senta tua madre?', 'se non vieni stasera sai cosa succede alle foto', 'e se la tua prof vedesse quelle foto?', 'se non paghi ti sputtano con tutti', 'ti faccio vergognare davanti a tutta la scuola'],
      ignore: ['il tuo video sta diventando virale, complimenti', 'nessuno ha il diritto di chiederti soldi per non pubblicare le tue foto: segnalalo', 'se qualcuno vuole soldi per non diffondere le tue foto, non pagare e segnala alla polizia postale', 'il link col tuo video della recita e pronto', 'tra un ora pubblico tutto il programma della festa', 'e se tua madre vedesse quelle foto della gita? ahah', 'sai cosa succede alle foto se le metti in lavatrice lol', 'ti sputtano a fifa stasera', 'il mio prof mi fa vergognare davanti a tutta la classe'],
    },
  },
  {
    id: 'or-everything-goes-out-r13',
    phrases: [
      'o|senno|altrimenti|oppure ..1 parte|partono|esce|escono|vola|volano ..1 tutto|tutte|tutti|il_video|le_foto|gli_screen',
    ],
    weight: 5,
    unless: ['treno|bus|autobus|aereo|volo|pullman|gita|lavatrice|corriera|nave|traghetto|biglietti|posti|offerta|sconto|saldi'],
    examples: {
      match: ['mandami altre 3 foto entro un ora o parte tutto', 'paga stasera, altrimenti escono le foto', 'sbrigati senno volano gli screen'],
      ignore: ['sbrigati o parte il treno', 'prenota ora o partono tutti i posti'],
    },
  },
  {
    id: 'if-you-snitch-into-the-group-r13',
    phrases: [
      'se ..1 non|nn|fai|provi|parli|dici|lo_dici|mi_blocchi|racconti|vai|fai_la_spia ..5 la|le|lo|li metto|pubblico|carico|giro|mando|posto|inoltro|sgancio ..3 gruppo|chat|storia|storie|stories|bacheca|classe|scuola|@audience',
    ],
    weight: 5,
    unless: ['se_vuoi|se_ti_va|se_ti_piace|se_volete|vuoi_che|ti_piace|gita|festa|compleanno|vacanz*|torta|ricetta|compit*|appunti|esercizi|orario|link|ahah*|haha*', 'sfondo|come_sfondo|caffe|cappuccino|cornetto|brioche|merenda|gelato|panino'],
    examples: {
      match: ['e se fai la spia con la prof la metto nel gruppo della 3B', 'se non rispondi le pubblico nelle storie', 'se mi blocchi la giro alla tua classe'],
      ignore: ['se vuoi la metto nel gruppo della classe', 'se non ti piace la foto della gita non la metto nel gruppo', 'se non la trovi la mando nel gruppo, è la foto degli appunti', 'se non mi porti la merenda la metto come sfondo della chat di classe'],
    },
  },
  {
    id: 'this-photo-to-everyone-r13',
    phrases: [
      'sta|questa|quella|ste|queste|quelle|sto|questo|quel|quei @photo|@video|foto|video|screen* ..2 la|le|lo|li @sharev ..4 a_tutta|a_tutti|a_tuo|a_tua|ai_tuoi|alle_tue|tutta|tutti|tuo|tua|tuoi',
    ],
    weight: 5,
    unless: ['gita|compleanno|festa|vacanz*|mare|montagna|matrimonio|cresima|comunione|natale|se_vuoi|ahah*|haha*|nonna|nonno|zia|zio|ricordo|bellissim*|stupend*|che_carina|che_carino'],
    examples: {
      match: ['mo vedi, sta foto la giro a tutta la chat del calcetto di tuo fratello', 'questo video lo mando a tuo padre', 'quelle foto le pubblico a tutti i tuoi follower'],
      ignore: ['sta foto la giro a tutta la famiglia, bellissima', 'questa foto della gita la mando a tutti'],
    },
  },
  {
    id: 'unless-you-want-them-to-arrive-r13',
    phrases: [
      'se ..1 non|nn ..1 vuoi ..1 che ..4 @photo|@video|foto|video|screen*|chat|tutto|vocali ..2 arrivino|arrivi|finiscano|finisca|girino|giri|escano|esca|vedano|veda ..3 @audience|tuoi|tutti|contatti|in_giro|online|su_internet',
      'evitare ..2 trasmissione|invio|diffusione|pubblicazione|divulgazione|inoltro ..6 contatti|famiglia|familiari|amici|follower*|genitori|scuola|polizia|polizia_postale',
    ],
    weight: 5,
    unless: ['festa|gita|compleanno|matrimonio|vacanz*|dimmelo|virus|covid|influenza|contagio|pidocchi|privacy_policy|gdpr|informativa|consenso_al_trattamento'],
    examples: {
      match: ['se non vuoi che le foto arrivino ai tuoi contatti mi mandi 150 euro', 'Per evitare la trasmissione alla Polizia Postale e ai tuoi contatti è richiesto un deposito', 'se non vuoi che il video finisca online paga'],
      ignore: ['per evitare la diffusione del virus in famiglia mettete la mascherina', 'se non vuoi che le foto della festa finiscano online dimmelo'],
    },
  },
  {
    id: 'if-not-he-will-see-it-r13',
    phrases: [
      'se ..6 non|nn ..4 la|le|lo|li vede|vedono|vedra|vedranno|riceve|ricevono|ricevera|riceveranno ..2 lui|lei|tutti|tutta|il_tuo_ragazzo|la_tua_ragazza|tuo_padre|tua_madre|i_tuoi',
    ],
    weight: 5,
    unless: ['torta|regalo|sorpresa|compit*|verifica|pagella|voto|voti|bollett*|pacco|lettera|invito|inviti|mail|email|modulo|partita|film|serie|ahah*|haha*|lol'],
    examples: {
      match: ['se entro domani non lo lasci, la cartella la vede lui. e pure tutta Bari', 'se non paghi li vedono tutti', 'se non rispondi le riceve tua madre'],
      ignore: ['se non la nascondi la torta la vede lei', 'se non la firmi la pagella la vede tuo padre lo stesso'],
    },
  },
  {
    id: 'screens-of-chat-to-your-people-r13',
    phrases: [
      '@sharev ..1 lo|gli|il|la|le|i|tutti_gli|tutte_le ..1 screen*|screenshot*|chat|vocali|audio|conversazion*|messaggi ..4 ai_tuoi|a_tua|a_tuo|alla_tua|al_tuo|ai_tuoi_genitori|a_tutti|alle_tue|agli_amici|ai_tuoi_amici',
    ],
    weight: 5,
    unless: ['gita|orario|compit*|ricetta|link|biglietti|prenotazione|festa|compleanno|regalo|sorpresa|torta|ahah*|haha*|lol|indirizzo|posizione|lista|spesa|voti|prof'],
    examples: {
      match: ['allora lo dico io in giro e mando lo screen della chat ai tuoi', 'mando gli screen a tutti', 'giro i vocali ai tuoi amici'],
      ignore: ['mando lo screen dell orario a tutti', 'ti giro la chat della gita a tutti'],
    },
  },
  {
    id: 'they-will-see-them-r14',
    phrases: [
      'stasera|domani|subito|sbagliata|altrimenti|oppure|senno|se_no|poi ..3 le|li|lo|la ..1 vede|vedono|vedra|vedranno|leggono|leggera|leggeranno|ricevono|riceveranno ..2 tutto|tutta|tutti|tutte|tuoi|tua|tuo ..2 @audience|gruppo|scuola|istituto',
      'le|li|lo|la ..1 vede|vedono|vedra|vedranno|leggono|leggeranno ..2 tutto|tutti|tuoi|tua|tuo ..2 @audience|gruppo|scuola|istituto ..4 se ..1 non|mi_blocchi|blocchi|mi_ignori',
    ],
    unless: ['se_no|senno|altrimenti|oppure se ..1 la|lo|li|le|me_la|me_lo|ce_la ..1 vede|vedono|legge|leggono|scopre|scoprono|trova|trovano', 'matrimonio|gara|sei_forte|mito|compleanno|festa|auguri|sorpresa|regalo|torta|disegno|pagella|voto|voti|verifica|ahah*|lol|haha*|saggio|recita|gita|tema|lettera|biglietto|invito|locandina|video_della_partita|nascondilo|nascondila|attent*|occhio'],
    examples: {
      match: ['stasera le vede tutto il gruppo della 4B se non mi rispondi', 'una parola sbagliata e li leggono i tuoi genitori', 'domani lo vedono tutti i tuoi compagni'],
      ignore: ['stasera lo vede tutta la famiglia il video del saggio', 'domani la vede tua mamma la pagella ahah', 'nascondilo che domani lo vede tua madre'],
    },
  },
  {
    id: 'goes-online-or-else-r14',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..4 link|video|foto|tutto|chat|screen* ..4 va|vanno|andra|andranno|finisce|finiscono|finira|finiranno ..1 online|in_rete|su_internet|in_giro|pubblic*|su_tiktok|su_instagram|sui_social',
      'tempo|entro|minuti|ore|mezzanotte|scadenza ..6 poi|dopo ..1 tutto|tutte|tutti ..1 su|online|in_rete|sui_social ..1 tiktok|instagram|internet|rete|onlyfans|telegram|reddit|twitter|social',
    ],
    unless: ['ballett*|balli|trend|coreografi*|canzone|vlog|montaggio|edit|ricetta|torta|gita|ahah*|lol|haha*|compit*|verifica|progetto|cartellone|ricerca'],
    examples: {
      match: ['manda 0.005 btc a questo wallet o stasera il link con le tue foto va online', 'hai tempo fino a mezzanotte. poi tutto su tiktok', 'paga oppure le foto finiscono in rete'],
      ignore: ['finiamo il balletto entro le 6, poi tutto su tiktok', 'o stasera o domani il video va online, è il vlog della gita'],
    },
  },
  {
    id: 'broken-send-to-school-r14',
    phrases: [
      'io ..1 mandare|pubblicare|mostrare|inviare|postare|mettere|dare ..4 tua|tuo|tuoi|tue ..1 @audience',
      'mandare|pubblicare|postare|inviare|mostrare ..4 a|ad|al|alla|ai|tua|tuo|tuoi ..2 @audience ..4 se ..2 non|no ..1 paga|paghi|pagare|pagi|pagato',
    ],
    unless: ['modulo|compit*|auguri|invito|inviti|regalo|biglietto|lettera|pagella|circolare|posso|devo|dobbiamo|bisogna'],
    examples: {
      match: ['io mandare a tua scuola e tua famiglia se tu non paga', 'io pubblicare foto a tuoi amici', 'mandare video a tua madre se non paga'],
      ignore: ['devo io mandare a tua mamma il modulo della gita?', 'io mandare auguri a tua nonna domani'],
    },
  },
  {
    id: 'forward-into-all-groups-r14',
    phrases: [
      'giro|mando|posto|pubblico|inoltro|metto|spammo|condivido|inoltrero|mandero|girero|pubblichero ..3 in|su|nei|negli|sui ..1 tutti|tutte ..2 gruppi|chat|gruppo ..3 tua|tuo|della_tua|del_tuo|classe|scuola|squadra',
    ],
    unless: ['invito|inviti|festa|auguri|compleanno|volantino|link|modulo|meme|sondaggio|avviso|circolare|orario|orari|ahah*|lol|haha*|compit*|esercizi|foto_della_gita|locandina|evento|raccolta|regalo'],
    examples: {
      match: ["prova a bloccarmi e lo giro in tutti i gruppi della tua classe, tanto la lista dei tuoi contatti ce l'ho gia", 'le mando in tutte le chat della tua scuola'],
      ignore: ['giro l avviso in tutti i gruppi della classe', 'mando il link in tutte le chat della squadra per la festa'],
    },
  },
  {
    id: 'video-reaches-every-address-r14',
    phrases: [
      'video|filmato|registrazion*|materiale|foto|immagini ..3 parte|partira|arriva|arrivera|verra_inviato|sara_inviato|sara_inoltrato|verra_inoltrato|sara_spedito ..4 ogni|tutti|tutte ..2 indirizz*|contatt*|rubrica|email|mail',
      'pubblicazione|diffusione|divulgazione ..3 fascicolo|video|materiale|foto|immagini|registrazion*',
    ],
    unless: ['giornalino|scolastic*|annuario|fotografo|modulo|liberatoria|consenso|privacy_della_scuola|autorizz*|gita|recita|saggio|vietat*|reato|polizia_postale_avverte|consigli|non_pagare|denuncia_subito'],
    examples: {
      match: ['Dopo il pagamento cancello tutto, altrimenti il video parte a ogni indirizzo della tua rubrica.', 'Per evitare il procedimento penale e la pubblicazione del fascicolo, versi la sanzione'],
      ignore: ['Il modulo per la liberatoria sulla pubblicazione delle foto della gita va firmato', 'la diffusione di foto intime è un reato, non pagare e denuncia subito'],
    },
  },
  {
    id: 'post-with-your-name-r14',
    phrases: [
      'pubblico|posto|metto|carico|giro|mando|ti_metto|le_metto|li_metto|pubblichero|mettero ..4 onlyfans|pornhub|siti_porno|sito_porno|gruppi_telegram|gruppo_telegram|canali_telegram|reddit|forum ..4 nome_e_cognome|tuo_nome|col_tuo_nome|il_tuo_nome|tuo_numero|tuo_indirizzo|tuo_profilo|tua_scuola',
      'tutto|foto|video|le_tue_foto|i_tuoi_video ..2 su|in|nei ..1 onlyfans|pornhub|siti_porno|sito_porno|gruppi_telegram',
    ],
    unless: ['iene|notizia|articolo|servizio|polizia_postale|denuncia|denunciare|segnala|segnalare|reato|se_ti|se_qualcuno|occhio|attenzione|ahah*|lol'],
    examples: {
      match: ['pubblico tutto su onlyfans col tuo nome', 'ti metto nei gruppi telegram con nome e cognome', 'le tue foto su pornhub stasera'],
      ignore: ['hai visto il servizio delle iene sui gruppi telegram con nome e cognome delle ragazze? è un reato', 'metto tutto su reddit col nome del progetto'],
    },
  },
  {
    id: 'group-with-all-your-friends-ready-r14',
    phrases: [
      'gruppo|chat ..2 con ..2 tutti|tutte ..2 tuoi|tue ..1 @audience ..6 inviare|invio|mandare|premere|pubblicare|aspetto_solo|pronto|pronta|basta_un_click',
    ],
    weight: 5,
    unless: ['festa|sorpresa|compleanno|regalo|auguri|cena|gita|torneo|partita|progetto|organizz*|invito|inviti|ahah*|lol|haha*'],
    examples: {
      match: ['ho creato un gruppo con tutti i tuoi amici, aspetto solo te per inviare', 'la chat con tutte le tue amiche è pronta, basta un click'],
      ignore: ['ho creato un gruppo con tutti i tuoi amici per la festa a sorpresa, aspetto solo te per inviare il messaggio'],
    },
  },
  {
    id: 'or-i-tell-everyone-about-the-video-r14',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..2 dico|racconto|faccio_sapere|spiffero|sputtano ..2 a|ai|al|alla|alle|agli ..2 tutti|tutte|@audience ..3 del|della|dei|delle|di|dell ..1 video|foto|chat|nudes|screen*|videochiamat*|call',
      'tutti|tutte|@audience ..6 allego|allegando|allegate|allegati|allegato ..2 foto|video|screen*|screenshot*|nudes',
    ],
    unless: ['gita|festa|compleanno|sorpresa|regalo|progetto|compit*|torneo|partita|saggio|recita|ahah*|lol|haha*|volantino|locandina|invito|verbale|circolare|cadi|cadevi|caduta|merenda|scivol*|rutto|canti|cantavi|balli|ballavi'],
    examples: {
      match: ['dammi 500 robux o dico a tutti del video', 'scrivo a tutti che sei una tr**a e allego le foto', 'paga oppure racconto ai tuoi genitori della videochiamata'],
      ignore: ['scrivo a tutti per la festa e allego le foto della gita', 'o lo dici tu o dico a tutti del video della recita ahah'],
    },
  },
  {
    id: 'if-it-ended-up-on-r15',
    phrases: [
      'immagina|immaginati|pensa|figurati|chissa ..1 se|quando ..3 finisse|finissero|girasse|girassero|uscisse|uscissero|spuntasse|spuntassero ..2 su|in|nel|nella|sul|sulla|a|ai|alla|online|ovunque ..2 @app|gruppo|chat|scuola|classe|tutti|online|internet|social|rete|porno|@audience',
      'se|senno|altrimenti|oppure ..6 lo|la|li|le ..1 metto|mettero|giro|girero|posto|postero|carico|carichero|sgancio|droppo|droppero|butto ..3 gruppo|chat|gc|storia|storie|bacheca ..4 scuola|classe|istituto|tutti|tutta|quartiere|paese|calcetto|squadra|oratorio',
      'lo|la|li|le ..1 @sharev ..2 a_tutta|a_tutto|a_tutti|a_tutte ..5 tua|tuoi|tuo ..1 @audience',
      'o|oppure|altrimenti|senno|se_no|se_non|se_nn ..6 lo|la|li|le ..1 vede|vedra|vedono|vedranno|ricevono|riceveranno|guardano ..1 tutto_il|tutta_la|tutti_i|tutte_le|mezza|mezzo ..1 quartiere|paese|scuola|classe|istituto|mondo|citta|follower*|contatti|parenti',
      'tua|tue|tuo|tuoi ..1 @photo|@video|nudes|chat|screen* ..2 finisce|finiscono|va|vanno|arriva|arrivano|gira|girano|parte|partono ..3 a|ai|alla|alle|su|nel|nella ..2 tutti|tuoi|tua|@audience|@app|gruppo|scuola|classe',
      'vengano|vengono|siano|finiscano|finiscono|arrivino|arrivano ..1 diffus*|pubblicat*|inoltrat*|inviat*|condivis*|mandat* ..3 tuoi|tue|tua|tuo ..1 @audience',
      'pubblico|posto|diffondo|sgancio|droppo|mando_in_giro|pubblichero|postero|diffondero ..1 quelle|quelli|quello|tutto|tutte|tutti ..1 che|ke ..1 ho|tengo|ho_gia|conservo|mi_hai_mandato',
      '# ..1 minuti|min|minuto|secondi|ore ..2 e|poi ..1 premo|schiaccio|clicco|pigio ..1 invio|send|inviare',
      'gruppo|chat|gc ..3 classe|scuola|famiglia|tuoi|tua ..2 e_gia|gia|ce_l_ho_gia ..1 aperto|aperta|pronto|pronta|selezionat*',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|scherz*|da_piccolo|da_piccola|da_bambino|da_bambina|karaoke|balletto|canti|balli|cadi|ubriac*|circolare|avviso|orario|link_della|modulo|moduli', 'mi_e_arrivata|mi_e_arrivato|ho_ricevuto_questa|ho_ricevuto_una_mail|ho_ricevuto_questo', 'gli|le ..1 ha|hanno|aveva|avevano ..1 scritto|detto', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*'],
    examples: {
      match: ['ti ricordi cosa mi hai mandato ieri sera? pensa se finisse su tiktok', 'immagina se girasse nel gruppo della classe', 'se entro domani non arrivano la metto nel gruppo di tutta la scuola', 'altrimenti la giro nella chat della classe', 'se non mi fai 150 su paypal stasera lo mando a tutta la 3B e alla tua ragazza', 'passa 100 su ppay o la tua foto la vede tutto il quartiere', 'allora la tua foto finisce a tutti i tuoi follower', 'non possiamo impedire che vengano diffuse ai tuoi contatti', 'se non mi mandi altre foto pubblico quelle che ho', '10 minuti e premo invio', 'il gruppo della classe è già aperto'],
      ignore: ['pensa se finisse su tiktok il video del karaoke ahah', 'se non la trovi la circolare la metto nel gruppo della classe', 'la tua foto va sul giornalino della scuola', '10 minuti e parte il treno', 'se vuoi la metto nel gruppo della classe la foto della gita', 'il gruppo della classe è già pieno di meme'],
    },
  },
  {
    id: 'drop-and-tag-you-r15',
    phrases: [
      'sgancio|droppo|droppero|leakko|leako|spammo ..3 tutto|nudes|video|foto ..6 e ..1 ti ..1 taggo|tagghero|menziono',
      'ti|vi ..1 faccio|faro ..1 finire ..2 su|sul|in|nel|nei|sui ..2 canale|canali|gruppo|gruppi|sito|siti|forum|porno|telegram|onlyfans',
      'tua|tuo|tuoi|tue ..1 @audience ..2 ricevera|riceveranno ..2 bel|bella|piccola|piccolo|sorpresina ..1 regalo|sorpresa|regalino|pacchetto|video|messaggio ..2 stasera|domani|presto|oggi|a_breve',
      'se non|nn ..3 rispondi|paghi|mandi|scrivi ..4 inizio|comincio ..1 a ..1 mandare|inviare|postare|pubblicare|girare|spammare|mandarle|mandarli|inoltrare',
      'tuo|tua|tue|tuoi ..1 video|foto|nudes ..3 gia|e_gia ..1 pront*|caricat* ..3 bozza|bozze|storia|post|gruppo|chat|invio',
    ],
    unless: ['compleanno|festa|natale|anniversario|laurea|ahah*|haha*|lol|scherz*|gita|matrimonio|recita|saggio|partita|torneo|montaggio|edit|giornalino|annuario'],
    examples: {
      match: ['stasera sgancio tutto su tiktok e ti taggo', 'ti faccio finire su un canale telegram', 'la tua ragazza ricevera un bel regalo stasera 😈', 'se non rispondi in 5 minuti inizio a mandare', 'il tuo video è già pronto nella bozza della storia'],
      ignore: ['metto le foto della gita e ti taggo', 'posto la foto e ti taggo', 'tua madre avra una bella sorpresa stasera', 'tua madre ricevera un bel regalo per il compleanno', 'il tuo video della recita è già pronto nella chat'],
    },
  },
  {
    id: 'shame-if-they-ended-up-r16',
    phrases: [
      'peccato|brutto|triste|spiacevole|un_casino ..3 se ..5 finissero|finisse|girassero|girasse|arrivassero|arrivasse|uscissero|uscisse|spuntassero|spuntasse|comparissero|comparisse ..5 @audience|gruppo|gruppi|online|internet|in_giro|tiktok|instagram|telegram',
      'per_sbaglio|per_errore|accidentalmente ..3 finissero|finisse|girassero|girasse|arrivassero|arrivasse|uscissero|uscisse|partissero|partisse ..5 @audience|gruppo|gruppi|online|internet|in_giro',
    ],
    unless: ['serie|film|partita|campionato|gita|biglietti|posti|scorte|torta|pizza|compit*|appunti|esercizi|verifica|soldi|pacco|pacchi|ordine|spedizione|invito|inviti'],
    examples: {
      match: ['capisco. sarebbe un peccato se quelle di ieri finissero per sbaglio nel gruppo della classe 🙃', 'sarebbe brutto se quei video arrivassero a tua madre', 'se per sbaglio girassero tra i tuoi follower...'],
      ignore: ['peccato se finisse la serie cosi', 'sarebbe un peccato se gli inviti della festa arrivassero in ritardo', 'peccato se finissero i biglietti per il concerto prima che arriviamo'],
    },
  },
  {
    id: 'or-the-whole-class-sees-r16',
    phrases: [
      'altrimenti|senno|se_no|oppure ..1 le|li|lo|la|te_le|te_li ..1 vede|vedono|vedra|vedranno|riceve|ricevono|ricevera|riceveranno ..2 tutta|tutto|tutti|tutte|@audience|mezza|mezzo',
      'pubblico|pubblichero|posto|postero|diffondo|diffondero|faccio_girare|faro_girare|metto_online|mettero_online|spargo ..2 tua|tuo|tuoi ..1 documento|documenti|carta_d_identita|carta_di_identita|passaporto|dati|indirizzo|numero_di_casa',
    ],
    unless: ['se_no|senno|altrimenti|oppure se ..1 la|lo|li|le|me_la|me_lo|ce_la ..1 vede|vedono|legge|leggono|scopre|scoprono|trova|trovano', 'compleanno|festa|invito|sorpresa|recita|partita|compito|compiti|presentazione|slide|annuncio|evento|orario|calendario|vinted|curriculum|cv|smarrito|smarrita|ritrovato|trovato|perso'],
    examples: {
      match: ['le cancello se torni con me. altrimenti le vede tutta la 3B e pure il tuo nuovo ragazzo', 'mandala entro 10 min o pubblico la tua carta d identita', 'senno le vedono i tuoi genitori'],
      ignore: ['mettilo nel calendario altrimenti lo vede tutta la classe in ritardo', 'posto il tuo numero nel gruppo della festa cosi ti scrivono per la sorpresa', 'altrimenti la presentazione la vede tutta la classe incompleta'],
    },
  },
  {
    id: 'or-the-video-reaches-r16',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..3 @video|@photo|foto|video|chat|screen* ..1 arriva|arrivano|arrivera|arriveranno|finisce|finiscono|finira|finiranno|va|vanno|andra|andranno ..2 a|al|alla|ai|alle|allo|nel|sul|su|in|nella ..2 tutt*|tua|tuo|tuoi|tue|@audience',
    ],
    unless: ['compleanno|festa|invito|sorpresa|recita|partita|compito|compiti|presentazione|slide|annuncio|evento|orario|calendario|ricetta|gita|meteo|spedizione|pacco|corriere'],
    examples: {
      match: ['Mandami 200 franchi con TWINT a questo numero o il video arriva a tutta la tua scuola a Lugano.', 'paga o le foto finiscono ai tuoi genitori'],
      ignore: ['sbrigati o il video della recita arriva in ritardo alla prof', 'mandami il file o il video finisce nel cestino'],
    },
  },
  {
    id: 'sell-them-or-make-the-rounds-r16',
    phrases: [
      'vendo|vendero|rivendo|metto_in_vendita|mettero_in_vendita ..2 tue|tuoi|tua|tuo ..1 @photo|@video|foto|video|nudes',
      'tue|tuoi|tua|tuo ..1 @photo|@video|foto|video|nudes ..3 in_vendita|le_vendo|li_vendo|lo_vendo|la_vendo|le_vendero|li_vendero',
      'le|li ..1 metto|mettero ..1 in_vendita ..3 su|sul|in|nel ..1 canale|gruppo|telegram|sito|onlyfans|discord',
      'tue|tuoi|tua|tuo ..1 @photo|@video|foto|video|nudes|chat ..2 fanno|faranno|farebbero|fara|farebbe|fa ..1 il_giro ..3 scuola|classe|gruppi|gruppo|paese|quartiere|tutti|internet|social|@audience',
      'faccio|faro|facciamo ..1 sapere ..2 a_tutti|a_tutte|ai_tuoi|a_tua_madre|a_tuo_padre|alla_tua_ragazza|al_tuo_ragazzo ..3 cosa|quello_che|che ..1 mi_hai_mandato|mi_hai_fatto_vedere|fai_in_cam|hai_fatto_in_cam|mi_mandi',
      'tua|tuo|tuoi ..1 madre|mamma|padre|papa|genitori|ragazza|ragazzo|fidanzat* ..1 riceve|ricevera|riceveranno|ricevono ..2 bel|bella|bei|belle ..1 pacchetto|pacco|album|raccolta|collezione ..1 di ..1 foto|video|@photo|@video|screen*',
    ],
    unless: ['vinted|subito_it|ebay|mercatino|fotografo|stampe|stampa|cornice|album_di_nozze|matrimonio|gita|compleanno|natale|regalo_di|sorpresa|festa'],
    examples: {
      match: ['vendo le tue foto su telegram a chi offre di piu', 'le tue foto le metto in vendita su un canale', 'le tue foto faranno il giro di tutti i gruppi', 'faccio sapere a tutti cosa mi hai mandato', 'stasera tua madre riceve un bel pacchetto di foto'],
      ignore: ['vendo le tue foto incorniciate al mercatino?', 'le tue foto della gita fanno il giro della classe, bellissime', 'tua madre riceve un bel pacchetto di foto stampate per natale'],
    },
  },
  {
    id: 'what-would-they-say-seeing-it-r16',
    phrases: [
      'cosa|che ..1 direbbe|direbbero|penserebbe|penserebbero ..2 tuo|tua|tuoi|tue ..1 @audience ..3 vedendo|se_vedesse|se_vedessero|a_vedere ..2 quel|quelle|quei|quello|questo|questa|queste|questi|il_tuo|la_tua|le_tue|i_tuoi ..1 video|foto|@photo|@video|screen*|chat|nudes',
      'cosa|che ..1 direbbe|direbbero|penserebbe|penserebbero ..2 tuo|tua|tuoi|tue ..1 @audience ..2 se_vedesse|se_vedessero|se_ricevesse|se_ricevessero ..1 questo|questa|queste|questi|quello|quella|quelle|quelli',
      'vuoi|vorresti|ti_piacerebbe ..1 che ..1 tuo|tua|tuoi ..1 @audience ..1 veda|vedano|vedesse|vedessero ..2 che_figlia_ha|che_figlio_ha|quel_video|quelle_foto|le_tue_foto|il_tuo_video|i_tuoi_video|che_razza_di',
      'se_no|senno|altrimenti ..1 tutti|tutte|tua_famiglia|tua_mamma|tua_madre|tuo_padre|tuoi_amici ..1 vedono|vedranno|vede|vedra|guardano|guarderanno',
    ],
    unless: ['casino|disordine|camera|stanza|voti|voto|pagella|cucina|piatti|letto|capelli|taglio|tatuaggio|piercing|pagelle|nota|multa|bolletta|vestito|outfit|trucco|ritardo|sbrigati|muoviti|festa|sorpresa|regalo|torta'],
    examples: {
      match: ['pensa a cosa direbbe tua nonna vedendo quel video', 'cosa direbbero i tuoi compagni se vedessero questo?', 'vuoi che tuo padre veda che figlia ha?', 'tu mandare soldi subito, se no tutti vedono'],
      ignore: ['cosa direbbe tua madre se vedesse questo casino in camera', 'sbrigati se no tutti vedono che siamo in ritardo', 'vuoi che tua madre veda che hai preso 4 in pagella?'],
    },
  },
  {
    id: 'ill-show-the-screen-of-your-pic-r17',
    phrases: [
      'faccio_vedere|mostro|giro|mando|pubblico|posto|faccio_girare|metto ..3 screen|screenshot|screenshots|screen_che ..5 tua_foto|tue_foto|della_tua_foto|delle_tue_foto|tuo_video|tuoi_video|del_tuo_video|dei_tuoi_video',
    ],
    unless: ['ti_faccio_vedere|te_lo_faccio_vedere|te_la_faccio_vedere|ti_mando|te_lo_mando|te_li_mando|sfondo|profilo_bellissim*|gita|festa|meme|compleanno|ahah*|haha*|lol|xd'],
    examples: {
      match: ['e faccio vedere lo screen che ho fatto della tua foto di ieri', 'giro a tutti gli screenshot delle tue foto', 'pubblico lo screen del tuo video se non rispondi'],
      ignore: ['ti faccio vedere lo screen della tua foto che ho messo come sfondo', 'ti mando lo screen della tua foto della gita'],
    },
  },
  {
    id: 'or-i-post-it-r17',
    phrases: [
      'o|senno|altrimenti|se_no|se_non ..5 @photo|@video ..2 lo|la|li|le ..1 pubblico|carico|posto|giro|diffondo|mando_a_tutti|metto_online|faccio_girare',
      'cancello|elimino|cancellero ..3 senno|altrimenti|se_no|o ..2 le|li|lo|la ..1 carico|pubblico|posto|giro|diffondo|faccio_girare',
      'faccio_sapere|racconto|dico|faccio_vedere ..2 a_tutti|ai_tuoi|a_tua_madre|a_tuo_padre|alla_tua_classe ..3 cosa_facevi|cosa_hai_fatto|quello_che_facevi|cosa_mi_hai_mandato|quello_che_mi_hai_mandato ..3 in_cam|in_webcam|in_videochiamata|con_me|in_chiamata|su_snap|di_notte',
      '@photo|@video|registrazion*|copie|screen* ..6 saranno|verranno ..1 rese_pubbliche|resi_pubblici|pubblicate|pubblicati|diffuse|diffusi|inviate|inviati|condivise|condivisi|girate|girati',
    ],
    unless: [BENIGN, 'sito_della_scuola|giornalino|premiazione|concorso|album|canale|youtube|montaggio|ahah*|haha*|lol|xd'],
    examples: {
      match: ['niente ma. o paghi o il video lo pubblico con nome e cognome', '100€ in buoni google play e le cancello, sennò le carico', 'paga o faccio sapere a tutti cosa facevi in cam con me. ultimo avviso', 'le copie delle sue foto sono in nostro possesso e saranno rese pubbliche', 'manda altre foto altrimenti il video lo giro ai tuoi amici'],
      ignore: ['le foto della gita saranno pubblicate sul sito della scuola', 'o domani o il video lo carico sul canale, devo finire il montaggio', 'dico a tutti cosa hai fatto alla festa ahah'],
    },
  },
  {
    id: 'broken-io-manda-a-tuoi-r18',
    phrases: [
      'io ..1 manda|mandare|pubblica|pubblicare|invia|inviare|gira|girare|mette|mettere|posta|postare|condivide|condividere ..4 tuoi|tua|tue|tutti|@audience|online|internet|ovunque|facebook|instagram',
      'se ..1 tu ..1 blocca|bloccare|ignora|ignorare|denuncia|denunciare|scappa|sparisce|non_paga|non_pagare|no_paga|no_pagare ..3 io ..1 manda|mandare|pubblica|pubblicare|invia|inviare|gira|girare|posta|postare|mando|pubblico|posto|invio',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd', 'io ..1 manda|invia|gira ..2 a_te|te'],
    examples: {
      match: ['tu paga 500 euro o io manda a tuoi amici facebook e tua famiglia', 'tu trova soldi. hai 1 ora. se tu blocca io pubblica subito', 'io pubblicare video su internet'],
      ignore: ['io manda a te il video del gol', 'io gira il pacco a tua madre domani'],
    },
  },
  {
    id: 'whole-town-sees-your-pics-r18',
    phrases: [
      '@photo|@video|nudes|chat ..1 tue|tuoi|tua|tuo ..2 le|lo|la|li ..1 vede|vedono|vedra|vedranno|guarda|guardano|guardera|guarderanno|riceve|ricevono|ricevera|riceveranno ..2 tutto|tutta|tutti|@audience',
      'le|lo|li|la ..1 vede|vedono|vedra|vedranno|riceve|ricevono|ricevera|riceveranno ..1 tutto_il_paese|tutta_la_scuola|tutto_il_quartiere|tutta_la_citta|tutto_l_istituto|tutta_la_classe|tutto_il_liceo|tutto_il_paesino|tutta_la_via',
    ],
    unless: [BENIGN, 'mostra|giornalino|annuario|sito_della_scuola|bacheca|premiazione|bellissim*|stupend*|carin*|belle|belli|orgoglios*'],
    examples: {
      match: ['poi le foto tue le vede tutto il paese, nn sto scherzando', 'il video tuo lo vedono tutti i tuoi compagni', 'stasera le riceve tutta la scuola'],
      ignore: ['le foto tue della gita le vede tutta la classe, bellissime', 'il video tuo del saggio lo vedono tutti i parenti'],
    },
  },
  {
    id: 'you-pick-who-sees-it-first-r18',
    phrases: [
      'decidi|scegli|dimmi ..2 chi ..2 deve|devono|vuoi ..1 vederlo|vederla|vederle|vederli|riceverlo|riceverla|riceverle|riceverli|vedere|ricevere ..2 prima|per_primo|per_prima|per_primi',
      'chi ..1 vuoi ..1 che ..1 lo|la|le|li ..1 veda|vedano|riceva|ricevano ..1 prima|per_primo|per_prima|per_primi',
    ],
    unless: [BENIGN, 'regalo|sorpresa|torta|film|serie|episodio|puntata|trailer|biglietto|invito|disegno|risultati|pagella|voto'],
    examples: {
      match: ['i tuoi ce li hanno. decidi tu chi deve vederlo prima', 'scegli tu chi lo deve ricevere per primo, mamma o papà', 'chi vuoi che le veda per prima?'],
      ignore: ['decidi tu chi deve vedere il regalo per primo', 'chi vuoi che lo veda per primo il trailer?'],
    },
  },
  {
    id: 'first-batch-goes-out-r18',
    phrases: [
      'parte|partira|inizia|comincia|scatta ..2 il_primo|primo|la_prima|prima ..1 invio|post|caricamento|upload|ondata|pubblicazione ..4 tuoi|tua|tue|tutti|@audience|gruppo|gruppi|contatti|follower*',
      'li|le|lo|la ..1 carico|posto|pubblico|metto|mando|giro|sgancio|droppo ..3 uno_alla_volta|una_alla_volta|uno_per_uno|una_per_una|a_puntate|a_rate|un_po_alla_volta',
    ],
    unless: [BENIGN, 'ricette|ricetta|capitol*|episod*|meme|vacanz*|mare|montagna|disegn*|album|appunti|lezion*|slide|esercizi|ahah*|haha*|lol|xd'],
    examples: {
      match: ['chiedili. alle 22 parte il primo invio ai tuoi contatti di instagram', 'poi li carico qui uno alla volta', 'le pubblico una per una finché non rispondi'],
      ignore: ['le foto delle vacanze le carico una alla volta', 'gli episodi li carico uno alla volta sul canale'],
    },
  },
  {
    id: 'content-will-be-indexed-r18',
    phrases: [
      'contenuti|file|materiale|@photo|@video|filmat* ..4 verranno|saranno|diventeranno|diventano|resteranno|rimarranno ..2 indicizzat*|visibili_a_tutti|visibile_a_tutti|accessibil*|pubblici ..3 tutti|chiunque|online|google|motori|rete|web',
      'contenuti|file|materiale|@photo|@video|filmat* ..6 diventeranno|diventera|diventano|saranno|sara ..1 visibil*|pubblic* ..1 a_tutti|a_chiunque|su_google|online|in_rete',
    ],
    unless: [BENIGN, 'sito_della_scuola|giornalino|annuario|classroom|drive|registro|bacheca|piattaforma_della_scuola|album'],
    examples: {
      match: ['Se non procede entro oggi i contenuti verranno indicizzati e diventeranno visibili a tutti', 'altrimenti i file resteranno online e diventeranno visibili a chiunque', 'le foto diventeranno pubbliche su google'],
      ignore: ['le foto della gita diventeranno visibili a tutti sul sito della scuola', 'i file su classroom saranno visibili a tutti da domani'],
    },
  },
  {
    id: 'amount-or-into-the-group-r18',
    phrases: [
      '# ..1 euro|eur|@money|@currency ..5 o|oppure|altrimenti|senno|se_no ..1 lo|la|le|li ..1 mando|giro|posto|metto|carico|pubblico|inoltro ..3 gruppo|gruppi|chat|canale|classe|server',
      'o|oppure|se_non|altrimenti ..2 mandi|mandami|mandare|mi_mandi ..2 foto|le_foto|altre|video|altri ..4 scrivo|dico|racconto|faccio_sapere ..2 tua|tuo|tuoi|a_tutti',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scommessa|pizza|biglietti|quota|colletta|festa|regalo|cena'],
    examples: {
      match: ['50€ su paypal o lo mando nel gruppo della 3B', 'o mandi le foto o scrivo a tua madre cosa fai', '20 euro entro stasera altrimenti la giro nella chat di classe'],
      ignore: ['mi dai i 10 euro della pizza o lo metto nel gruppo che non hai pagato lol', 'o mi mandi le foto della gita o lo dico alla prof'],
    },
  },
  {
    id: 'cant-stop-it-anymore-r18',
    phrases: [
      'non_potro_piu|non_posso_piu|non_potro|non_riusciro_piu|non_riusciro ..2 fermare|fermarlo|fermarla|fermarli|bloccare|bloccarlo|impedire|impedirlo|controllare|richiamare ..2 niente|nulla|nessuno|la_cosa|il_video|le_foto|l_invio|il_caricamento',
      'paga|pagami|paghi|mandami|manda|soldi|# ..4 o|oppure|altrimenti|senno ..2 la_tua_vita|tua_vita ..1 e_finita|finisce|sara_finita|e_rovinata|sara_rovinata|finira',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|pizza|caricatore|play|partita|treno|autobus|lavatrice|forno'],
    examples: {
      match: ['hai 24 ore. dopo non potrò più fermare niente', 'pagami o la tua vita è finita', 'manda i soldi altrimenti la tua vita sarà rovinata'],
      ignore: ['pagami la pizza o la tua vita è finita 😂', 'dopo le 8 non posso più fermare la lavatrice'],
    },
  },
  {
    id: 'one-click-and-all-see-r18',
    phrases: [
      'basta_un_click|basta_un_clic|basta_un_tap|basta_un_attimo|basta_premere_invio|un_click_e|premo_invio|basta_un_secondo ..6 tutti|tutte|@audience|tuoi|tua|tue|vedono|sanno|vede|sa|finisce|finiscono|online|gruppo|gruppi',
      '@video|@photo|nudes|registrazion* ..4 galleria|telefono|cartella|pronto|pronti|pronta|pronte ..6 basta_un_click|basta_un_clic|basta_un_tap|basta_un_attimo|un_click|un_clic|premo_invio',
      'non_hai_idea|non_sai|immagina|pensa ..2 cosa|quello_che|che ..1 posso|potrei|possiamo ..1 fare ..2 con ..1 quelle|queste|le_tue|i_tuoi|quel|questo|il_tuo|la_tua|quei ..1 foto|video|pic|nudes|screen*|chat|registrazion*',
      'se ..1 fai_la_brava|fai_il_bravo|fai_come_dico|collabori|obbedisci|ubbidisci|stai_zitta|stai_zitto ..4 nessuno ..1 vedra|sapra|vedra_niente|sapra_niente|vedra_nulla|sapra_nulla|le_vedra|lo_vedra',
      'altri|altre|ancora ..1 # ..3 o|oppure|altrimenti|senno ..2 ricomincio|riprendo|continuo|mando|pubblico|giro|carico',
    ],
    unless: [BENIGN, 'drive|classroom|iscrizion*|ordine|acquisto|prenot*|collage|album|sfondo|calendario|filtr*|ahah*|haha*|lol|xd|pizza|quota'],
    examples: {
      match: ['guarda che il video ce l ho in galleria, basta un click', 'non hai idea di cosa posso fare con quelle foto', 'tranquilla, se fai la brava nessuno vedrà niente', 'ti ho già detto, altri 50 o ricomincio a mandare', 'basta un click e lo vedono tutti i tuoi amici'],
      ignore: ['basta un click e la foto va sul drive della classe', 'non sai cosa posso fare con queste foto, un collage per la nonna!'],
    },
  },
  {
    id: 'ready-for-your-friends-before-public-r18',
    phrases: [
      '@video|@photo|tutto|nudes ..3 gia_pronto|pronto|pronti|pronta|pronte ..2 per ..1 tuoi|tua|tue|tutti|@audience',
      'prima_che ..2 tutto|foto|video|tutte|le_foto|il_video|i_video|le_tue|il_tuo ..2 diventi|diventino|sia|siano|finisca|finiscano|vada|vadano ..1 pubblic*|online|virale|virali|in_giro|in_rete',
      'non_voglio|non_vorrei|non_mi_costringere_a|non_costringermi_a ..1 rovinarti|distruggerti|sputtanarti|rovinarti_la_vita|rovinare_la_tua_vita|rovinare_la_tua_reputazione|pubblicarle|pubblicarlo|mandarle|mandarlo',
    ],
    unless: [BENIGN, 'spoiler|finale|serie|film|libro|ahah*|haha*|lol|xd|trucco|capelli'],
    examples: {
      match: ['amico io non scherzo, tuo video è già pronto per tuoi amici', 'questa è la tua ultima possibilità prima che tutto diventi pubblico', 'ti prego collabora, non voglio rovinarti, dammi solo quello che chiedo'],
      ignore: ['il video è pronto per tua madre, le piacerà il regalo', 'non voglio rovinarti la sorpresa'],
    },
  },
  {
    id: 'shame-if-she-saw-certain-things-r18',
    phrases: [
      'peccato|brutto|un_peccato|spiacevole|imbarazzante ..2 se ..1 vedesse|vedessero|ricevesse|ricevessero|scoprisse|scoprissero|leggesse|leggessero ..2 certe_cose|certe_foto|certi_video|quelle_cose|quella_roba|certa_roba|certe_chat|certi_messaggi',
      'se ..1 ti_comporti_bene|fai_la_brava|fai_il_bravo|fai_come_dico|collabori|obbedisci|ubbidisci ..3 resta|rimane|restera|rimarra ..2 tutto|tra_noi|segreto|nascosto',
      'scrivo|dico|racconto|faccio_sapere ..4 tutti|tutte|@audience ..3 che ..2 sei ..1 una_poco_di_buono|un_poco_di_buono|una_facile|una_troia|una_zoccola|una_puttana|un_maniaco|un_pervertito|un_pedofilo|una_sgualdrina',
      'gli|le|a_tutti|a_tutte ..1 giro|mando|passo|faccio_vedere|mostro ..1 le_prove|tutte_le_prove',
      'ho_messo|ho_pubblicato|ho_caricato|ho_postato|ho_creato ..3 tua|tue|tuo ..1 foto|video|numero|profilo ..3 sito|siti|app|annuncio|annunci ..2 incontri|escort|annunci|porno|per_adulti|hot',
    ],
    unless: [BENIGN, 'disordine|camera|stanza|voti|pagella|casino|piatti|ahah*|haha*|lol|xd|verifica|compit*|processo|avvocato|giudice'],
    examples: {
      match: ['tua madre lavora all ospedale vero? sarebbe un peccato se vedesse certe cose al lavoro', 'se ti comporti bene resta tutto tra noi, se no lo sai', 'se non mi rispondi scrivo a tutte le tue amiche che sei una poco di buono e gli giro le prove', 'ho messo la tua foto su un sito di incontri con il tuo numero'],
      ignore: ['sarebbe un peccato se vedesse certe cose in camera tua, metti a posto', 'se fai la brava resta tutto tra noi la verifica lol'],
    },
  },
  {
    id: 'they-would-be-interested-to-see-r19',
    phrases: [
      'sarebbe|sarebbero|sarebbero_molto|sarebbe_molto|sarebbe_proprio|sarebbero_proprio ..1 interessat*|curios*|felic*|content* ..2 vederlo|vederla|vederle|vederli|leggerle|leggerla|leggerli|di_vederlo|di_vederla|di_vederle|di_vederli',
      'vuoi|vorresti|preferisci ..1 che ..3 lo|la|li|le ..1 veda|vedano|riceva|ricevano|legga|leggano ..4 @audience|tutti|tutta|parroco|parrocchia|catechista|capo_scout|oratorio',
    ],
    unless: ['casa|appartamento|film|mostra|spettacolo|concerto|video_della_partita|highlights|gol|goal|rigore|macchina|auto|progetto|compit*|tema|verifica|relazione|consegn*|correggere|disegno|ricetta|tesina|saggio|recita|pagella|regalo|sorpresa|torta|gatt*|cane|cucciol*|vestito'],
    examples: {
      match: ['il tuo allenatore e don luca della parrocchia sarebbero molto interessati a vederlo', 'ho una copia del video. vuoi che lo veda il mister prima della partita di domenica?', 'vuoi che le vedano i tuoi compagni?', 'tua madre sarebbe proprio curiosa di vederle, no?'],
      ignore: ['mia mamma sarebbe interessata a vederla la casa', 'vuoi che lo veda la prof prima di consegnare il tema?', 'la nonna sarebbe felice di vederli i cuccioli'],
    },
  },
  {
    id: 'who-knows-what-they-think-if-they-see-r19',
    phrases: [
      'chissa|immagina|pensa|figurati ..1 cosa|che|che_cosa ..4 se ..3 vede|vedesse|vedessero|vedono|scopre|scoprisse|scoprissero|legge|leggesse|leggessero ..4 cosa_mandi|cosa_hai_mandato|quello_che_mandi|quello_che_mi_mandi|quello_che_mi_hai_mandato|che_mandi|le_tue_foto|i_tuoi_video|le_foto_che|i_video_che|la_nostra_chat|le_nostre_chat|cosa_fai_online|cosa_fai_in_cam',
    ],
    unless: ['gita|vacanz*|festa|compleanno|mare|montagna|meme|tiktok_che|ahah*|haha*|lol|disegn*|voti|pagella|verifica|stanza|camera|gesso|capelli|taglio'],
    examples: {
      match: ['so che il sabato lavori al bar di tuo zio. chissa cosa pensa lui se vede cosa mandi ai ragazzi online', 'immagina cosa direbbe tuo padre se vedesse le tue foto', 'pensa che figura se tua madre leggesse la nostra chat'],
      ignore: ['chissa cosa dice la prof se vede i voti ahah', 'immagina cosa dice tua madre se vede la tua stanza'],
    },
  },
  {
    id: 'will-receive-an-interesting-mail-r19',
    phrases: [
      '@audience|parroco|catechista|capo_scout ..3 ricevera|riceveranno|riceve|ricevono|avra|avranno|trovera|troveranno ..3 mail|email|messaggio|messaggino|pacchetto|link|dm|lettera|busta ..3 interessant*|su_di_te|con_le_tue|con_i_tuoi|con_il_tuo|con_la_tua|allegat*|piccante|particolare|speciale',
      '@audience ..2 riceve|ricevera|ricevono|riceveranno|vede|vedra|vedranno ..2 il_video|le_foto|il_filmato|la_clip|i_video|tutto|le_chat|gli_screen ..3 stasera|domani|oggi|entro|subito|adesso|per_primo|per_prima|poi|stanotte',
      'ogni ..1 ora|minuto|giorno|mezz_ora|10_minuti ..3 @sharev|giro|mando ..3 foto|video|screen*|clip|una|uno ..2 a|ai|al|alla|alle|agli ..2 @audience|amico|amica|contatto|contatti|follower',
    ],
    unless: ['saggio|recita|compleanno|matrimonio|gita|festa|partita|montaggio|pagella|verifica|iscrizion*|segreteria|circolare|newsletter|registro|colloqui*|regalo|sorpresa|auguri|meteo|allerta'],
    examples: {
      match: ['lunedi mattina la preside ricevera una mail molto interessante su di te se non fai come ti dico', 'allora tua sorella riceve il video stasera. poi tua nonna. poi tutti', 'ogni ora che passa mando una foto a un tuo amico', 'tuo padre avra un messaggio con le tue foto allegate'],
      ignore: ['la preside ricevera una mail dalla segreteria per le iscrizioni', 'tua sorella riceve il video del saggio stasera', 'ogni ora mando una foto del meteo ai nonni per la gita'],
    },
  },
  {
    id: 'if-you-close-it-goes-on-r19',
    phrases: [
      'se ..1 chiudi|esci|mi_blocchi|blocchi|skippi|te_ne_vai|vai_via|scappi|ti_disconnetti|stacchi|chiudi_la_chat|mi_ignori|sparisci ..4 lo|la|le|li|tutto|il_video|la_clip|lo_screen ..1 @sharev|metto|carico|finisce|finiscono|va|vanno',
    ],
    unless: ['festa|compleanno|gita|meme|ahah*|haha*|lol|xd|posizione|indirizzo|link|orario|storia_della|foto_della|video_della|pizza|cena'],
    examples: {
      match: ['se chiudi lo mando sul tuo insta, ho visto il nome sul telefono dietro', 'se mi blocchi lo carico su tiktok', 'se sparisci le mando a tutti'],
      ignore: ['se esci mandami la posizione', 'se chiudi la chat lo mando io il link alla prof'],
    },
  },
  {
    id: 'boss-would-be-glad-to-get-these-r19',
    phrases: [
      '@audience|datore|capo|principale|parroco|catechista ..4 sara|saranno|sarebbe|sarebbero ..2 felic*|content*|interessat*|curios* ..2 di|a ..1 ricevere|vedere|leggere ..2 queste|questo|sto|ste|le_tue|i_tuoi|il_video|le_foto|la_chat',
      '@audience|datore|capo|principale|parroco|catechista ..4 sara|saranno|sarebbe|sarebbero|sarebbe_proprio|sarebbero_proprio ..2 felic*|content*|interessat*|curios* ..2 di|a ..1 ricevere|vedere|guardare|leggere ..1 quel|quella|quelle|quei|quello|questi|questa|certe|certi ..1 @video|@photo|foto|chat|messaggi|screen*|vocal*',
      'sarebbe|sarebbero ..1 brutto|un_peccato|peccato|spiacevole|imbarazzante|un_casino ..2 se ..3 sapesse|sapessero|scoprisse|scoprissero|vedesse|vedessero ..3 @audience|tutti|parroco|capo|datore',
      'se ..1 mi_lasci|mi_molli|mi_blocchi|te_ne_vai|mi_ignori|torni_con_lui|torni_con_lei|stai_con_lui|stai_con_lei ..2 @sharev ..3 foto|video|le_tue|i_tuoi|tutto|chat|screen|quello_che',
    ],
    unless: ['gita|vacanz*|viaggio|matrimonio|battesimo|comunione|cresima|laurea|diploma', 'voti|voto|verifica|nota|vaso|rotto|pagella|compit*|regalo|sorpresa|festa|compleanno|torta|ahah*|haha*|lol|xd|disegno|pagella|promozione|aumento|progetto|presentazione|fatturato'],
    examples: {
      match: ['tua sorella sarebbe contenta di vedere quelle foto, o no?', 'i tuoi compagni sarebbero proprio curiosi di guardare certi video', 'il tuo datore di lavoro sara felice di ricevere queste foto', 'ti ricordi cosa abbiamo fatto in chiamata? sarebbe brutto se lo sapesse il tuo allenatore', 'se mi lasci pubblico le foto che mi hai mandato'],
      ignore: ['sarebbe brutto se lo sapesse tua madre che hai preso 4 alla verifica', 'il tuo capo sara felice di vedere il progetto', 'la nonna sarebbe felice di vedere quelle foto della gita', 'mia mamma sarebbe curiosa di vedere quel film'],
    },
  },

  {
    id: 'if-you-dont-want-me-to-post-send-r20',
    phrases: [
      'se non|nn vuoi|volete ..1 che ..3 la|lo|le|li|gli ..1 posto|pubblico|@sharev|vedano|veda|finisca|finiscano ..6 mandami|mandamene|mandane|@send|paga|pagami|dammi',
    ],
    unless: ['gita|festa|compleanno|recita|saggio|vacanz*|matrimonio|dimmelo|dillo|avvisami'],
    examples: {
      match: ['se non vuoi che la posto mandamene altre due', 'se non vuoi che la vedano tutti paga 100 euro', 'se nn vuoi che lo mando ai tuoi mandami un video'],
      ignore: ['se non vuoi che la posto dimmelo, è venuta bene', 'se non vuoi che la pubblico sul profilo della gita avvisami'],
    },
  },

  {
    id: 'onto-the-exposed-page-r20',
    phrases: [
      'se non|nn ..6 metto|posto|pubblico|@sharev|finisc*|finiscono|finiranno ..4 exposed|spotted|confession*|confessioni|pagina_gossip',
      '@photo|@video|foto|video|nudes|screen*|chat ..3 finisc*|finir*|vanno|andranno|metto|posto|@sharev ..4 exposed|spotted|confession*|confessioni|pagina_gossip ..4 se_non|se_nn|o|oppure|altrimenti|senno|se_no',
    ],
    unless: ['se non ..2 ti_dispiace|ti_va|vuoi_tu|ti_scoccia'],
    examples: {
      match: ['se non mi mandi altre foto le metto su spotted', 'le tue foto finiscono sulla pagina exposed della scuola se non rispondi', 'gli screen vanno su confessioni_liceo o paghi'],
      ignore: ['se non ti dispiace posto la confessione su spotted', 'hai visto spotted? hanno postato una foto del prof'],
    },
  },

  {
    id: 'if-they-saw-those-pics-r20',
    phrases: [
      'se ..4 vedesse|vedessero|trovasse|trovassero|ricevesse|ricevessero|guardasse|guardassero ..2 quelle|quei|queste|questi|le_tue|i_tuoi|il_tuo|la_tua|tue|tuoi ..1 foto|video|chat|screen*|nudes|messaggi|vocali',
      'come ..1 ci ..1 rimarrebbe|rimarrebbero|reagirebbe|reagirebbero ..4 se ..1 vedesse|vedessero|sapesse|sapessero|scoprisse|scoprissero|ricevesse|ricevessero',
    ],
    unless: ['gita|festa|compleanno|vacanz*|recita|saggio|matrimonio|pagella|voti|verifica|brutt*_voto|meme'],
    examples: {
      match: ['pensa a come ci rimarrebbe tua nonna se vedesse quelle foto', 'immagina se i tuoi compagni ricevessero quei video'],
      ignore: ['immagina se la prof vedesse quelle foto della gita', 'pensa come ci rimarrebbe tua madre se vedesse la pagella'],
    },
  },
  {
    id: 'list-of-who-gets-them-r21',
    phrases: [
      'lista|elenco ..4 chi ..1 riceve|ricevera|riceveranno|vedra|vedranno|le_riceve|li_riceve|le_ricevera ..3 tue|tuoi|tua|tuo|le_tue|i_tuoi',
      'ogni ..1 minuto|ora|secondo|giorno ..3 che_passa|in_piu|di_ritardo ..6 aggiungo|mando|pubblico|@sharev ..3 nome|contatto|persona|follower|amic*|@audience|foto|video',
    ],
    weight: 5,
    unless: ['invitati|festa|matrimonio|torneo|iscritti|spesa|regali|natale|compleanno'],
    examples: {
      match: ['ogni minuto che passa aggiungo un nome alla lista di chi riceve le tue foto'],
      ignore: ['ogni minuto che passa aggiungo un nome alla lista degli invitati alla festa'],
    },
  },
  {
    id: 'video-goes-to-your-mum-r21',
    phrases: [
      '@video|@photo|screen*|chat|registrazion* ..1 parte|partono|arriva|arrivano|finisce|finiscono|va|vanno ..3 a|ai|alla|alle|al|su|nel|nella|dritto|dritta|dritti|dritte ..2 tua|tuo|tuoi|tue ..1 @audience|madre|padre|profilo',
    ],
    weight: 5,
    unless: ['gita|vacanza|festa|compleanno|matrimonio|recita|saggio|gara|partita|pagella|nonna|nonno|ahah*|lol|auguri|passaporto|documento|identita|iscrizione|modulo|scuola_guida|patente|tessera'],
    examples: {
      match: ['hai 30 minuti, poi il video parte a tua madre su facebook', 'le foto vanno dritte ai tuoi amici'],
      ignore: ['il video della recita va a tua madre, gliel ho gia mandato', 'le foto della gita arrivano ai tuoi genitori via mail'],
    },
  },
  {
    id: 'they-would-like-to-see-them-r21',
    phrases: [
      'tuo|tua|tuoi|tue|alla|al|ai ..3 interessa|interesserebbe|piacerebbe|farebbe_piacere|incuriosirebbe ..1 vederle|vederli|vedere_queste|vedere_quelle|vedere_certe|riceverle|riceverli',
    ],
    weight: 3,
    unless: ['gita|vacanza|vacanze|festa|compleanno|matrimonio|recita|saggio|mare|montagna|viaggio|concerto|partita|disegni|quadri|lavori|ricette|cuccioli|gattini'],
    examples: {
      match: ['magari al tuo nuovo ragazzo interessa vederle. o alla chat della classe'],
      ignore: ['a tua nonna interesserebbe vederle le foto del matrimonio'],
    },
  },
  {
    id: 'message-with-video-goes-out-r22',
    phrases: [
      'parte|partira|arriva|arrivera|esce|uscira ..2 messaggio|mail|email|dm|post ..2 con ..2 @video|@photo|foto|screen|registrazione ..4 tutti|ai_tuoi|alla_tua|@audience',
      'poi|dopo|allora ..1 parte|partira|partono ..3 @video|@photo|foto|screen|registrazione ..4 tutti|ai_tuoi|alla_tua|@audience',
    ],
    unless: ['gita|vacanz*|matrimonio|compleanno|saggio|recita|festa|torneo|partita|diploma|laurea|ricordo|ricordi'],
    examples: {
      match: ['hai 10 minuti. poi parte il messaggio con il video a tutti i tuoi amici di insta. tic tac', 'allo scadere parte la mail con le foto ai tuoi contatti', 'poi partono i video ai tuoi follower'],
      ignore: ['domani parte il messaggio con le foto della gita a tutti i genitori', 'poi parte il video del saggio a tutta la famiglia'],
    },
  },
  {
    id: 'or-else-everything-on-group-r22',
    phrases: [
      'altrimenti|senno|se_no tutto|tutte|tutti|le_foto|i_video|il_video|foto|video ..1 sul|sui|su|nel|in|online ..3 gruppo|tiktok|instagram|social|web|internet|onlyfans|canale|telegram',
      'se_no|senno|altrimenti ..1 le|li|lo|la ..1 pubblichiamo|pubblico|postiamo|posto|carichiamo|carico|giriamo|diffondiamo ..3 canale|gruppo|social|tiktok|instagram|web|internet|telegram|sito',
    ],
    unless: ['compiti|appunti|esercizi|orari*|info|informazioni|dettagli|gita|festa|vacanz*|torneo|classifica|risultati|menu|lista|programma|ahah*|haha*|lol|xd'],
    examples: {
      match: ['altrimenti tutto sul gruppo della scuola e su tiktok', 'se no le pubblichiamo nel canale pubblico da 20k iscritti', 'senno le foto su instagram'],
      ignore: ['altrimenti tutto sul gruppo della classe i compiti', 'se no le pubblico sul gruppo le foto della gita'],
    },
  },
  {
    id: 'already-wrote-your-parent-attachment-r22',
    phrases: [
      'ho|abbiamo ..1 scritto|mandato|inviato|contattato|gia_contattato|gia_scritto ..4 @audience ..6 allegato|solo_ciao|solo_un_ciao|il_prossimo_messaggio|il_prossimo_ha|la_prossima_mail|non_l_hanno_aperta|non_l_ha_aperta|non_l_ha_ancora_aperta',
      'se ..1 dici|parli|racconti|lo_dici|lo_racconti|ne_parli ..4 tuoi|genitori|tua_madre|tuo_padre|polizia|qualcuno|nessuno ..4 lo_sa|lo_sapra|lo_vede|lo_vedra|vedranno|sapranno ..2 tutta|tutti|tutto ..1 la_scuola|scuola|classe|il_mondo|instagram',
    ],
    unless: ['modulo|circolare|pagella|autorizzazione|gita|colloquio|avviso|compiti|ricevuta|fattura|invito|programma|orario|festa|sorpresa|ahah*|haha*|lol'],
    examples: {
      match: ['ho mandato una mail ai tuoi genitori con allegato, per ora non l hanno aperta', 'ciao marco. ho scritto a tua madre su facebook, per ora solo ciao 🙂', 'se dici qualcosa ai tuoi lo sa tutta la scuola'],
      ignore: ['ho mandato una mail ai tuoi genitori con allegato il modulo della gita', 'se lo dici ai tuoi della festa lo sa tutta la scuola ahah'],
    },
  },
  {
    id: 'first-one-arrived-want-the-second-r22',
    phrases: [
      '@audience ..2 ha|hanno ..1 gia ..1 ricevuto|visto|avuto ..2 la_prima|il_primo|le_prime|i_primi|una_foto|un_video|la_foto|il_video',
      'vuoi ..1 che ..1 arrivi|arrivino|mandi|veda|vedano|gli_mandi|le_mandi ..2 anche ..1 la_seconda|il_secondo|le_altre|gli_altri|il_resto|quella_dopo',
      'per ..1 evitare ..2 pubblicazione|diffusione|condivisione ..6 contatt*|paga*|versamento|bonifico|entro|bitcoin|btc',
      'contatt*|paga*|versa*|bonifico|bitcoin|btc ..6 per ..1 evitare ..2 pubblicazione|diffusione|condivisione',
      '@sharev|metto|mettero ..3 registrazione|registrazioni|screen_rec|rec ..3 online|in_rete|web|internet|ovunque|dappertutto',
      'scrivo|scrivero|posto|postero|dico|diro|racconto|raccontero|spiffero ..2 a_tutti|su_ngl|su_tellonym|in_giro ..4 quello_che_so|cosa_so|tutto_quello_che_so|i_tuoi_segreti',
    ],
    unless: ['virus|contagio|influenza|fake_news|notizie|dati_personali|privacy|cartolina|regalo|pacco|corriere|invito|ahah*|haha*|lol|xd|gita|lezione|riunione|compleanno|festa|matrimonio'],
    examples: {
      match: ['tua madre ha gia ricevuto la prima foto. vuoi che arrivi anche la seconda?', 'caro genitore, suo figlio ha inviato materiale intimo. contatti questo numero entro 24h per evitare la pubblicazione', 'ora spogliati o chiudo e metto la registrazione online', 'se mi dici di no scrivo a tutti su ngl quello che so di te'],
      ignore: ['tua nonna ha gia ricevuto la prima cartolina, vuoi che arrivi anche la seconda?', 'metto la registrazione della lezione online sul drive', 'per evitare la diffusione del virus contattate il medico entro domani'],
    },
  },
  {
    id: 'send-to-everyone-that-voice-note-r23',
    phrases: [
      'mando|mandero|giro|girero|pubblico|pubblichero|posto|postero|inoltro ..1 a_tutti|in_giro|ovunque ..3 quel|quella|quelle|quei|le_tue|i_tuoi|il_tuo|la_tua ..1 foto|video|vocale|vocali|screen|audio|chat',
      'se ..1 vuoi|volete che ..2 non ..2 pubblico|pubblichi|posto|posti|mando|giro|giri|metto|mettiamo|pubblichiamo ..6 devi|mandami|paga|pagami|dammi|in_cambio',
      'ho|abbiamo ..1 gia ..1 il_video|le_foto|gli_screen|la_foto ..1 pronto|pronte|pronti|pronta ..1 da|per ..1 caricare|pubblicare|postare|mandare|inviare|girare',
    ],
    unless: ['festa|gita|partita|torneo|compleanno|recita|saggio|lezione|montaggio|canale_della_classe|annuario'],
    examples: {
      match: ['se esci con lui giuro che mando a tutti quel vocale e le tue foto. non mi sfidare', 'giro in giro le tue foto, vedrai', 'se vuoi che non la pubblico devi mandarmi qualcosa di tuo in cambio', 'ho gia il video pronto da caricare', 'ho gia le foto pronte da mandare a tua madre'],
      ignore: ['mando a tutti le foto della gita stasera', 'se vuoi che non la pubblico la foto dimmelo', 'ho gia il video pronto da caricare per il canale della classe', 'ho gia le foto pronte da mandare, quelle della festa'],
    },
  },
  {
    id: 'leave-and-we-post-it-in-the-channel-r23',
    phrases: [
      'se ..1 esci|esce|te_ne_vai|lasci|quitti|ci_blocchi|mi_blocchi|ci_ignori|mi_ignori ..4 la|le|lo|li|ti ..1 mettiamo|metto|pubblichiamo|pubblico|postiamo|posto|mandiamo|giriamo|carichiamo ..3 canale|server|gruppo|gc|storie|storia|ovunque|online|a_tutti',
    ],
    unless: ['gita|festa|partita|torneo|compleanno|annuario|serata|concerto|classifica|punteggio|ban|bannato'],
    examples: {
      match: ['guarda che hai gia mandato la foto con nick e data. se esci ora la mettiamo nel canale #rate con la tua @', 'se mi blocchi lo posto ovunque'],
      ignore: ['se esci ora la mettiamo nel gruppo la foto della serata', 'se lasci il server ti togliamo dalla classifica'],
    },
  },
  {
    id: 'more-coming-on-fake-profile-r24',
    phrases: [
      'profilo|account|pagina ..4 tuo_nome|tue_foto|tua_faccia ..6 ci ..1 metto|carico|pubblico|posto|aggiungo ..1 anche ..1 le_altre|quelle_altre|gli_altri_video|le_altre_foto|quelle',
      'te_lo|te_la|te_li|te_le ..1 ricordo|mostro|faccio_vedere ..2 io ..2 davanti_a ..1 tutti|tutta ..3 tuoi|tua|classe|scuola|amici|famiglia',
    ],
    unless: ['quiz|riunione|allenamento|interrogazione|scommessa|partita|ahah*|haha*|lol|xd'],
    examples: {
      match: ['ho aperto un profilo col tuo nome, tra poco ci metto anche le altre', 'perche stasera alle 22 te lo ricordo io davanti a tutti i tuoi amici, a meno che non paghi'],
      ignore: ['te lo ricordo io domani davanti a tutti alla riunione', 'tra poco ci metto anche le altre foto della gita nel drive', 'te lo ricordo io davanti a tutti i tuoi amici che hai perso la scommessa ahah'],
    },
  },
  {
    id: 'one-screen-and-all-see-r25',
    phrases: [
      'basta|bastano ..1 uno|un|una|due|un_solo|una_sola ..1 screen*|screenshot*|foto|video ..3 e ..1 lo|la|le|li ..1 vedono|vedranno tutti ..4 qui_dentro|nel_gruppo|in_questo_gruppo|sai|lo_sai|tuoi|tua|tue|tuo|classe|scuola',
      'lo|la|le|li vedono|vedranno|leggono|leggeranno tutti ..2 qui_dentro|in_questo_gruppo|in_sto_gruppo|nel_gruppo ..6 sai|tu_sai|hai_capito ..2 di_cosa|cosa|che',
    ],
    unless: ['attent*|occhio|stai_attent*|ricorda*|cosa_scrivi|quello_che_scrivi|per_questo|ecco_perche|mai_scrivere|non_scrivere|pensaci_prima_di_scrivere|figuraccia|meme'],
    examples: {
      match: ['basta uno screen e lo vedono tutti qui dentro. sai di cosa parlo', 'basta una foto e la vedono tutti i tuoi amici'],
      ignore: ["basta un click e lo vedono tutti, il video è virale", 'occhio a cosa scrivi nel gruppo, basta uno screen e lo vedono tutti', 'basta un messaggio e lo sanno tutti, che figuraccia ahah'],
    },
  },
  {
    id: 'send-them-to-the-one-you-date-r25',
    phrases: [
      'le|li|la|lo @sharev ..4 con_cui_esci|con_cui_stai|con_cui_ti_senti|con_cui_ti_vedi|con_cui_esci_adesso|tuo_nuovo_ragazzo|tua_nuova_ragazza|al_tuo_nuovo|alla_tua_nuova',
      'le|li|la|lo @sharev ..3 tuo|tua ..1 ragazzo|ragazza|fidanzato|fidanzata|moroso|morosa ..6 vediamo|vedremo|chissa ..2 se ..2 ti|gli|le ..1 piaci|vuole|lascia',
    ],
    unless: ['festa|compleanno|gita|vacanza|mare|regalo|sorpresa|auguri|ricetta|link|invito'],
    examples: {
      match: ['magari le giro a quel tipo con cui esci adesso, vediamo se gli piaci ancora', 'le mando al tuo ragazzo, vediamo se ti vuole ancora'],
      ignore: ['le foto della festa le giro anche al tipo con cui esci?', 'te le giro su whatsapp'],
    },
  },
  {
    id: 'not-arrived-i-post-the-old-one-r25',
    phrases: [
      'non ..1 arriva|arrivano|mandi|ricevo|me_lo_mandi|me_la_mandi|lo_mandi|la_mandi|le_mandi|li_mandi ..4 @sharev ..2 quello|quella|quelli|quelle|tutto|tutte|tutti ..1 di_prima|dell_altra_volta|di_ieri|che_mi_hai_mandato|che_hai_mandato|vecchi|vecchie|che_ho',
    ],
    unless: ['squadra|profilo_della|pagina_della|sito|annuario|giornalino', 'ti_piace|ti_piacciono|meglio|preferisci|filtro|mio_profilo|sul_mio|mia_storia|nella_mia|pacco|corriere|ordine|amazon|spedizione'],
    examples: {
      match: ['ancora un video, l ultimo giuro. se entro 10 minuti non arriva pubblico quello di prima', 'se non me la mandi posto quelle che ho'],
      ignore: ['se non arriva il pacco posto la recensione di quello di prima su amazon', 'se non mi mandi la tua foto posto quella di prima sul mio profilo'],
    },
  },
  {
    id: 'to-avoid-it-being-forwarded-r25',
    phrases: [
      'evitare|evitarsi|eviti ..3 che ..4 materiale|video|foto|registrazion*|immagini|filmat* ..4 venga|vengano|sia|siano|finisca|finiscano ..2 inoltrat*|inviat*|pubblicat*|diffus*|condivis*|mandat*|recapitat* ..3 @audience',
      'vuoi che ..1 li|le|lo|la ..1 condivida|pubblichi|posti|diffonda|inoltri|mandi|giri ..6 o|oppure preferisci ..3 parlarne|parlare|pagare|trattare|collaborare|accordo|d_accordo|accordarci',
    ],
    unless: ['consenso|privacy|liberatoria|gdpr|autorizzazione|regolamento|informativa|circolare|dirigente|scolastic*', 'festa|gita|compleanno|vacanza|torneo|partita|recita|saggio|album|annuario'],
    examples: {
      match: ['Per evitare che il materiale venga inoltrato a familiari e colleghi è richiesto un versamento di 650 €', 'ho tutti i ricordi salvati. vuoi che li condivida io o preferisci parlarne con me?'],
      ignore: ['per evitare che le foto vengano pubblicate senza consenso firmate la liberatoria per i genitori', 'le foto della festa: vuoi che le mandi io o preferisci parlarne con gli altri prima?'],
    },
  },
  {
    id: 'want-me-to-show-them-something-r25',
    phrases: [
      'vuoi|volete che ..1 gli|le|li|lo|la ..1 faccia|facciamo ..1 vedere ..1 qualcosa|qualcosina|qualche_foto|qualche_video|cosa_mi_hai_mandato|quello_che_mi_hai_mandato',
    ],
    weight: 3,
    unless: ['qualcosa ..1 del|della|dei|delle|di_tuo|di_tua', 'portfolio|progetto|disegno|disegni|compiti|ricetta|casa_nuova|gattino|cane|cucciolo|regalo|torta|festa|vestito|prof|lezione'],
    examples: {
      match: ['ho aggiunto tua madre e i tuoi amici al gruppo, vuoi che gli faccia vedere qualcosa?', 'vuoi che le faccia vedere quello che mi hai mandato?'],
      ignore: ["vuoi che gli faccia vedere qualcosa del tuo book?", 'vuoi che gli faccia vedere qualcosa dei tuoi disegni per il progetto?', 'vuoi che le faccia vedere il gattino?'],
    },
  },
  {
    id: 'the-video-goes-out-tonight-r25',
    phrases: [
      'pagamento|soldi|bonifico|ricarica ..6 il|i ..1 video|foto|screen|filmato ..1 parte|partono|esce|escono|va_online|vanno_online ..2 stasera|domani|tra|fra|adesso|subito|alle',
      'hai|avete ..1 # ..1 minuti|min|ore ..2 poi|dopo|e_poi ..1 lo|la|le|li ..1 @sharev ..3 tutti|tutte|tutto_il|tutta_la',
    ],
    weight: 5,
    unless: [BENIGN, 'canale|youtube|premiere|upload|trailer|serie|puntata|episodio|film|diretta|iscriviti|file|documento|pdf|testo|relazione|presentazione|slide|link|sondaggio|programma|lista|orario|verbale|riassunto|correggere|modificare|rileggere'],
    examples: {
      match: ['pagamento ricevuto? no. allora il video parte stasera', 'hai 10 minuti, poi lo mando a tutti quelli del gruppo'],
      ignore: ['hai 10 minuti per rileggere il testo, poi lo mando a tutti quelli del gruppo', 'pagamento fatto, il video parte stasera sul canale'],
    },
  },
  {
    id: 'want-your-mum-to-see-how-you-talk-r25',
    phrases: [
      'vuoi ..1 che ..2 madre|padre|mamma|papa|genitori|ragazzo|ragazza|amici|amiche|prof|classe|scuola|follower* ..1 veda|vedano|legga|leggano ..3 come|cosa|quello|le_tue|i_tuoi|le_foto|il_video|la_chat|queste|questi|sti|ste',
    ],
    weight: 3,
    unless: ['camera|cucina|bagno|disordine|casino|voto|verifica|pagella|compiti|piatti|pagelle|interrogazione|disegno|tema|regalo|torta|festa|sorpresa'],
    examples: {
      match: ['vuoi che tua madre veda come parli con gli sconosciuti?', 'vuoi che i tuoi amici vedano queste foto?'],
      ignore: ['vuoi che mamma veda come hai lasciato la camera?', 'vuoi che la prof veda il tuo disegno?'],
    },
  },
  {
    id: 'or-else-i-forward-it-r26',
    phrases: [
      'altrimenti|senno|se_no|oppure ..2 lo|la|li|le|questa|questo|queste|questi ..1 giro|girero|mando|mandero|posto|postero|pubblico|pubblichero|inoltro|inoltrero ..2 sul|sui|nel|nella|nei|a|ai|alla|alle ..4 server|gruppo|gruppi|chat|contatti|follower*|amici|amiche|compagni|classe|scuola|genitori',
    ],
    unless: ['prof|profe|professor*|maestr*|sondaggio|votano|votare|messaggio_per|annuncio|festa|compleanno|sorpresa|invit*|gita|compit*|progetto|meme|partita|torneo|pagella|la_mia|le_mie|il_mio|i_miei|link|orari|orario|indirizzo_della|posizione|lista|elenco|locandina|file|slide|documento|ahah|ahahah|haha|scherzo|scherzando'],
    examples: {
      match: ['ora ne voglio una senza, altrimenti questa la giro sul server di roblox e a tutti i tuoi amici', 'mandamene un altra senno la mando nel gruppo della tua classe', 'oppure le inoltro ai tuoi contatti'],
      ignore: ['mandami il file altrimenti lo giro io nel gruppo della classe', 'dimmi l orario senno lo mando nel gruppo io', 'sbrigati a rispondere altrimenti lo mando io nel gruppo il messaggio per la prof'],
    },
  },
  {
    id: 'already-sent-as-proof-r26',
    phrases: [
      'gli|le ho ..2 mandato|mandata|girato|girata|inoltrato|inoltrata|fatto_vedere ..2 una_cosa_tua|qualcosa_di_tuo|la_tua_foto|il_tuo_video|le_tue_foto|i_tuoi_video|una_tua_foto|un_tuo_video|le_tue_chat',
      'ho|l_ho|le_ho|li_ho|gia ..2 mandat*|girat*|inoltrat*|fatto_vedere ..6 come ..1 prova|dimostrazione|assaggio|avvertimento|anteprima',
      'ho|l_ho|le_ho|li_ho ..1 gia ..1 mandato|mandata|mandate|mandati|girato|girata|girate|girati|inoltrato|inoltrata|fatto_vedere ..2 la_tua_foto|il_tuo_video|le_tue_foto|una_tua_foto|un_tuo_video|i_tuoi_video ..2 a|al|alla|ai|alle',
      'gia ..1 mandat*|girat*|inoltrat* ..2 a|al|alla|ai|alle ..1 tua|tuo|tuoi ..3 le_altre|gli_altri|il_resto ..2 seguono|seguiranno|arrivano|arriveranno|dopo|domani|stasera',
      'chiedi|chiedigli|chiedile ..4 cosa|che_cosa ..2 gli|le ..1 e_arrivato|e_arrivata|ho_mandato|ho_girato|ho_inviato|ho_fatto_vedere',
      '@photo|@video|foto|video|mandato|mandata|mandate|mandati ..6 chissa|chi_sa|vediamo ..1 se ..2 tua|tuo|tuoi ..1 @audience ..2 apprezzerebbe|apprezzerebbero|gradirebbe|gradirebbero|sarebbe_contenta|sarebbe_contento|sarebbero_contenti',
    ],
    unless: ['nonna|nonno|nonni|zia|zio|dice_che_sei|dicono_che_sei|ride|ridono|ridere|ridi_troppo|balletto|cresciut*|bravissim*|bellissim*|carinissim*|festa|compleanno|sorpresa|gita|regalo|auguri|iene|telegiornale|tg|articolo|notizia|polizia|postale|truffa|prova_di_pagamento|ricevuta|bonifico|scontrino|screenshot_del_pagamento|esame|prova_scritta|prova_orale'],
    examples: {
      match: ['guarda il tuo amico Simone, gli ho mandato una cosa tua. chiedigli', "l'ho gia mandata a marco come prova, il prossimo è tuo padre", 'ti ricordi cosa mi hai mandato a marzo? chissa se tua madre apprezzerebbe', 'ho già girato il video a tua cugina come avvertimento', 'ho gia fatto vedere la tua foto a giulia, chiedile pure', 'chiedi a tuo cugino cosa gli e arrivato stamattina', "una l'ho gia mandata alla tua migliore amica, le altre seguono"],
      ignore: ['gli ho mandato la tua foto della gita, dice che sei venuta benissimo', 'ti ho mandato lo screen del bonifico come prova', 'ho mandato le foto del mare, chissa se tua madre le ha viste', 'ho gia mandato la tua foto della gita a tutti', 'chiedi a marco cosa gli ho mandato per il compleanno', 'ti ho gia mandato le prime foto, le altre arrivano domani', 'gli ho mandato il tuo video del balletto, dice che sei bravissima', 'chiedi a luca cosa gli ho mandato, ride troppo'],
    },
  },
  {
    id: 'formal-will-be-notified-r27',
    phrases: [
      'materiale|immagini|foto|video|fascicolo|contenuti|chat|conversazioni|atti ..3 sara|saranno|verra|verranno|sarebbe|sarebbero ..5 notificat*|trasmess*|inviat*|inoltrat*|mostrat*|pubblicat*|consegnat*|divulgat*|diffus*|girat*|mandat* ..3 suoi|tuoi|sua|tua ..1 @audience',
      'trasmissione|invio|pubblicazione|divulgazione|diffusione|notifica|inoltro ..3 materiale|immagini|foto|video|fascicolo|contenuti|atti|conversazioni ..3 suoi|tuoi|sua|tua ..1 @audience',
    ],
    unless: ['di_classe|della_gita|della_recita|fotografo|scolastic*|annuario|pagella|voti|ordinar*|gita|recita|saggio|premiazione|torneo|campo_estivo|centro_estivo|colloqui*|circolare|registro'],
    examples: {
      match: ['in mancanza di pagamento le immagini saranno inviate ai suoi familiari', 'le foto verranno mostrate ai tuoi genitori se non rispondi', 'procederemo con la trasmissione del materiale ai suoi contatti', 'altrimenti il materiale sarà allegato agli atti e notificato ai suoi genitori'],
      ignore: ['le foto della gita saranno inviate ai tuoi genitori via mail', 'le foto di classe verranno consegnate ai tuoi genitori', 'la pagella sarà inviata ai tuoi genitori', 'il video del saggio sarà mandato alle vostre famiglie'],
    },
  },
  {
    id: 'do-you-want-them-to-see-r27',
    phrases: [
      'vuoi|volete|preferisci|vorresti ..2 che ..3 @audience|tuoi|tutti|tutte ..2 vedano|veda|vedesse|vedessero|sappiano|sappia|scoprano|scopra|ricevano|riceva|guardino ..4 come|cosa|quello|quel|quella|quelle|quei|foto|video|le_tue|i_tuoi|chat|messaggi|nud*|spogliat*|spogliato|mi_hai_mandato',
      'ti_conviene|conviene|meglio_se|rispondi|rispondimi|paga|pagami|fallo|obbedisci|mandami ..6 prima ..1 che ..3 lo|la|li|le|tutto|tutte|tutti ..1 veda|vedano|scopra|scoprano|sappia|sappiano|riceva|ricevano ..3 @audience|tuoi|tutti',
    ],
    unless: ['viaggio|vacanz*|gliele_mando|gliela_mando|glielo_mando|mandale|mandagli|cucinato|disegno|tema|comunione|matrimonio|laurea|diploma|studiare|studia|voto|voti|preso_#|insufficienz*|bocciat*|verifica|compito', 'balli|ballavi|canti|cantavi|recita|saggio|gol|partita|pagella|voti|torta|dolce|regalo|sorpresa|nascond*|festa|film|serie|puntata|ahah*|haha*|lol|xd|scherz*'],
    examples: {
      match: ['vuoi davvero che i tuoi vedano come ti sei spogliata per me?', 'vuoi che tutta la scuola veda le tue foto?', 'ti conviene rispondere prima che lo veda tuo padre'],
      ignore: ['vuoi che i tuoi vedano le foto del viaggio? gliele mando io', 'ti conviene studiare prima che lo sappiano i tuoi che hai preso 4', 'vuoi che mamma veda il video del saggio?', 'nascondi il regalo prima che lo veda tuo padre', 'vuoi che i tuoi vedano la pagella? ahah'],
    },
  },
  {
    id: 'picture-them-finding-it-r27',
    phrases: [
      'pensa|immagina|immaginati|pensaci|figurati ..3 @audience ..5 vede|vedesse|trova|trovasse|scopre|scoprisse|riceve|ricevesse|guarda|guardasse|apre|aprisse ..4 tue|tuoi|quel|quella|quelle|quei|questi|queste ..1 @photo|@video|foto|video|chat|messaggi|nudes|screen*',
    ],
    unless: ['matrimonio|comunione|cresima|battesimo|laurea|diploma|piangera|commuov*|felice|felicissim*|orgoglios*|contenta|contento', 'piccol*|da_bambin*|neonat*|asilo|elementari|recita|saggio|pagella|voti|ahah*|haha*|lol|xd|scherz*|gita|vacanza|mare'],
    examples: {
      match: ['pensa a tua nonna che apre facebook e trova le tue foto', 'immagina tuo padre che riceve quei video stasera'],
      ignore: ['pensa a tua nonna che vede le tue foto del matrimonio, piangerà', 'immagina tua madre che trova le tue foto da piccola ahah', 'pensa a tua nonna che guarda le tue foto della gita, sarà felicissima'],
    },
  },
  {
    id: 'if-you-dont-pay-they-see-r27',
    phrases: [
      'se ..1 non|nun|nn ..1 mi|me ..1 paghi|mandi|ricarichi|rispondi|fai ..4 le|li|lo|la|tutti|tutte ..2 vedono|vedranno|vede|vedra|ricevono|riceveranno|scoprono|scopriranno',
      '@payment|@money|paga|pagami|paghi|ricarica|ricaricami|mandami|foto|video|nudes|screen* ..6 senno|altrimenti|se_no|o ..2 le|li|lo|la ..1 vedono|vedranno|ricevono|riceveranno ..2 tutti|tutte|@audience|tua|tuo|tuoi',
    ],
    unless: ['compito|verifica|esercizi*|lavagna|non_l_hai_fatto', 'ahah*|haha*|lol|xd|scherz*|tirchio|tirchia|pizza|gelato|torta|regalo|compiti|voti|pagella|ordine|ospiti|pulisci|sistema|metti_via|nascond*'],
    examples: {
      match: ['se nun me paghi le vedono tutti a scola', 'mandami i soldi altrimenti le vedono tutti i tuoi amici'],
      ignore: ['mandami la foto del compito sennò la vedono tutti che non l hai fatto', 'se non mi paghi la pizza lo vedono tutti che sei tirchio ahah', 'mettile in ordine sennò le vedono tutti i tuoi ospiti'],
    },
  },
  {
    id: 'tag-them-under-your-pics-r28',
    phrases: [
      '@audience|scuola|squadra|tutti ..6 se ..2 tagg*|tagghero|taggero ..4 sotto|nei|nelle|nel|sui|sulle|in|con|alle|ai ..3 foto|video|@photo|@video|nudes',
      'se ..2 tagg*|tagghero|taggero ..6 @audience|scuola|squadra|tutti ..6 foto|video|@photo|@video|nudes',
      'tagg*|tagghero|taggero ..4 @audience|la_scuola|la_tua_scuola|la_squadra|la_tua_squadra|la_chiesa|la_parrocchia|tutti ..4 sotto|nei|nelle|nel|sui|sulle|in|al|alla ..3 foto|video|@photo|@video|nudes',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|scherzo|scherzando|da_piccolo|da_piccola|da_bambino|da_bambina|neonat*|primo_giorno|mare|spiaggia|vacanz*|ricord*|bellissim*|stupend*|carin*|di_gruppo|di_classe|di_squadra', 'fail|cadut*|caduta|schiantat*|figuraccia|figuracce|blooper|papera|papere|skate|trick|acrobazi*'],
    examples: {
      match: ['cosa direbbero i tuoi compagni se li taggassi sotto le tue foto?', 'se non paghi taggo tutta la tua classe sotto quelle foto', 'ti taggo la squadra nei tuoi video, vediamo che dicono', 'taggo la tua scuola sotto il video'],
      ignore: ['adesso taggo la pagina della squadra nel video della tua caduta', 'taggo tutta la squadra nelle foto della partita', 'se mi mandi le foto della gita taggo tutti', 'taggo i tuoi amici nelle foto della festa ahah'],
    },
  },
  {
    id: 'ill-tag-your-school-r28',
    phrases: [
      'se ..6 tagg*|tagghero|taggero|menziono|menzionero ..2 la_scuola|la_tua_scuola|la_squadra|la_tua_squadra|la_chiesa|la_parrocchia|il_liceo|l_istituto|il_club|la_societa|i_tuoi|tua_madre|tuo_padre|il_preside|la_preside',
      'tagg*|tagghero|taggero|menziono|menzionero ..3 pure|anche|poi|tutta|tutto ..3 la_scuola|la_tua_scuola|la_squadra|la_tua_squadra|la_chiesa|la_parrocchia|il_liceo|l_istituto|il_club|la_societa|i_tuoi|tua_madre|tuo_padre|il_preside|la_preside',
    ],
    weight: 2,
    unless: [BENIGN, 'ahah*|haha*|lol|grazie|post_di|foto_di_gruppo|foto_di_squadra|foto_di_classe|bellissim*|pagina_ufficiale|profilo_ufficiale|premiazione|open_day|open_day|annuario'],
    examples: {
      match: ['poi taggo anche la tua scuola 😇', 'e taggo pure i tuoi, vediamo', 'se non paghi entro stasera ti taggo la scuola'],
      ignore: ['taggo anche la scuola nel post della premiazione', 'taggo pure la squadra nella foto di gruppo, grazie a tutti', 'taggo la squadra'],
    },
  },
  {
    id: 'veiled-imagine-them-opening-it-r28',
    phrases: [
      'immagina|immaginati|immaginate|pensa|pensate|figurati [a|alla|al|ai|alle] ..2 @audience ..2 che|mentre|quando ..2 la|le|li|lo|gli ..1 apre|aprono|vede|vedono|guarda|guardano|trova|trovano|riceve|ricevono|scopre|scoprono|aprira|vedra|ricevera',
      'sarebbe|sarebbero|peccato ..2 un_peccato|brutto|bruttissimo|triste|spiacevole|un_casino|un_disastro|un_problema|peccato ..1 se ..4 vedesse|vedessero|ricevesse|ricevessero|trovasse|trovassero ..3 @photo|@video|foto|video|quel_video|quelle_foto|quei_video|nudes|chat|screen*|registrazion*',
      'sarebbe|sarebbero|peccato ..2 un_peccato|brutto|bruttissimo|triste|spiacevole|un_casino|un_disastro|un_problema|peccato ..1 se ..4 @audience|tutti|qualcuno|la_tua_scuola ..1 le|li|lo|la|l ..1 vedesse|vedessero|ricevesse|ricevessero|sapesse|sapessero|trovasse|trovassero|scoprisse|scoprissero',
      'peccato|brutto|triste ..1 se ..4 finisse|finissero|girasse|girassero|arrivasse|arrivassero|uscisse|uscissero|venisse_fuori|venissero_fuori ..3 a|ai|alla|alle|su|sui|in|online|in_giro|nel_gruppo|nella_chat',
      '@audience ..3 sarebbe|sarebbero|sara|saranno ..1 contento|contenta|contenti|felice|felici|orgoglios*|fier* ..2 di_vedere|di_sapere|di_ricevere|vedendo|se_vedesse|se_vedessero ..4 quello_che_mi_hai|cosa_mi_hai|che_mi_hai|le_tue_foto|il_tuo_video|i_tuoi_video|quelle_foto|quel_video|queste_foto|questo_video|ste_foto|sto_video|mi_hai_mandato|mi_hai_inviato',
      'direbbe|direbbero|penserebbe|penserebbero ..5 se ..1 le|li|lo|la|l ..1 vedesse|vedessero|ricevesse|ricevessero|trovasse|trovassero|guardasse|guardassero',
      'tuo|tua|tuoi|tue ..1 @audience ..1 le|li|lo|la|l ..1 vedra|vedranno|ricevera|riceveranno|guardera|guarderanno|trovera|troveranno ..2 presto|a_breve|tra_poco|stasera|entro|molto_presto|prestissimo|tra_un_ora|tra_un_minuto',
      'o|lo|la|li|le ..1 @sharev ..4 mammeta|mammata|patete|pateto|soreta|frateto|e_cumpagne|cumpagne',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|scherzo|scherzando|da_piccolo|da_piccola|da_bambino|da_bambina|ubriac*|disordine|camera|stanza|pulire|ordinare|multa|bolletta|scontrino|fattura|sigarett*|tatuaggio|piercing|capelli|trucco|vestito|pagella|voti|nota'],
    examples: {
      match: ['pensa a tua madre che la apre su whatsapp', 'immaginati tuo padre che le trova nel gruppo di famiglia', 'chissà cosa direbbero in parrocchia se le vedessero', 'tua madre le vedrà presto', 'immagina ai tuoi compagni quando lo vedono nel gruppo', 'sarebbe un peccato se tuo padre le vedesse', 'peccato se finissero nel gruppo della classe', 'secondo te tuo padre sarebbe contento di vedere quello che mi hai mandato?', "o mann a mammeta"],
      ignore: ['pensa a tua madre che la apre, la torta, che faccia farà', 'sarebbe un peccato se tutti vedessero la tua camera in disordine', 'tua madre sarebbe contenta di vedere la tua pagella', 'peccato se finisse la festa presto', 'sarebbe un peccato se tutti vedessero solo il lato negativo', 'immagina tua mamma quando vede i voti', 'cosa direbbe la prof se lo vedesse questo disordine', 'tua madre la vedrà stasera la torta'],
    },
  },
  {
    id: 'it-goes-to-all-the-groups-r28',
    phrases: [
      'parte|partira|partono|partiranno|finisce|finira|finiscono|finiranno|arriva|arrivera|arrivano|arriveranno|va|andra|vanno|gira|girera|girano ..3 su|a|in|nei|nel|ai ..1 tutti|tutte ..2 @audience|gruppi|gruppo|chat|contatti|follower*|social',
      'parte|partira|partono|finisce|finira|finiscono|finiranno ..2 su|nei|nel|in ..2 gruppi|gruppo|chat ..2 della|di ..1 tua|tuo|tuoi ..1 @audience|classe|scuola',
    ],
    weight: 2,
    unless: [BENIGN, 'ahah*|haha*|lol|avviso|circolare|comunicato|sondaggio|link|messaggio_della_prof|catena|catene|buongiorno|auguri|sciopero|notizia|virale|compiti|orario|foto_di_classe|foto_di_gruppo'],
    examples: {
      match: ['a zero parte su tutti i gruppi della tua classe', 'se non rispondi finisce nei gruppi della tua scuola', 'tra 5 minuti va a tutti i tuoi contatti'],
      ignore: ['il messaggio della prof parte su tutti i gruppi di classe', 'questo meme finisce su tutti i gruppi ahah', 'l avviso arriva a tutti i genitori'],
    },
  },
  {
    id: 'shame-if-what-you-sent-arrived-r29',
    phrases: [
      'peccato|brutto|spiacevole|imbarazzante|un_casino ..3 se ..3 che_mi_hai|che_mi_avevi|che_hai|che_mi_ha ..2 mandat*|inviat*|girat*|fatto|fatte|fatti ..4 arrivassero|finissero|girassero|uscissero|circolassero|arrivasse|finisse|girasse|uscisse|vedesse|vedessero|ricevesse|ricevessero',
      'peccato|brutto|spiacevole|imbarazzante|un_casino ..3 se ..3 quelle|quelli|quella|quel_video ..2 arrivassero|finissero|arrivasse|finisse ..2 a|al|alla|ai|alle|nel|nella|nei|sul|sulla ..3 @audience|tua|tuo|tuoi',
    ],
    unless: ['compit*|appunti|verific*|ricetta|torta|regalo|sorpresa|gita|vacanz*|pagell*|voti'],
    examples: {
      match: ['sarebbe brutto se quello che mi hai mandato finisse nel gruppo della tua classe', 'peccato se le cose che mi hai inviato ieri arrivassero a tuo padre eh', 'sarebbe un casino se quelle arrivassero alla tua squadra'],
      ignore: ['sarebbe brutto se gli appunti che mi hai mandato finissero persi', 'peccato se quello che mi hai mandato per il regalo arrivasse tardi', 'sarebbe un peccato se quelle torte arrivassero alla festa fredde'],
    },
  },
  {
    id: 'chat-with-your-people-ready-r29',
    weight: 3,
    phrases: [
      'chat|gruppo|gruppi|lista|contatti|numeri|mail ..4 @audience ..4 ce_l_ho|ce_li_ho|ho ..2 gia ..1 pront*|aperta|aperto|salvat*|in_mano',
      '@audience ..3 ce_l_ho|ce_li_ho|ho ..2 gia ..1 pront*|salvat* ..4 basta_un|manca_solo|un_click|un_clic|invio|premo|clicco',
    ],
    unless: ['festa|gita|compleanno|regalo|progetto|compit*|sorpresa|torneo|partita|allenamento|riunione|cena|pizza|verifica|invito|inviti|lezione|ahah*|lol'],
    examples: {
      match: ['la chat con i tuoi genitori ce l ho già pronta', 'i numeri dei tuoi amici li ho già salvati tutti, sai perché', 'il gruppo della tua squadra ce l ho già aperto'],
      ignore: ['la chat con i compagni di classe ce l ho già pronta per la festa', 'il gruppo con i tuoi cugini ce l ho già aperto per la cena di natale', 'la lista dei compagni ce l ho già pronta per la gita'],
    },
  },
  {
    id: 'or-i-pass-it-round-on-app-r29',
    phrases: [
      'o|oppure|altrimenti|senno|se_no ..3 lo|la|li|le|tutto ..1 @sharev ..3 @app|gruppi|gruppo|canali|canale|internet|social|online|siti|sito|forum|in_giro',
    ],
    unless: ['compit*|appunti|file|pdf|documento|progetto|link|stampo|meme|sticker|invito|inviti|volantin*|locandina|ricetta|esercizi|soluzion*|riassunt*|ahah*|haha*|lol'],
    examples: {
      match: ['o mi paghi o lo giro su telegram', 'fai quello che dico altrimenti le posto sui gruppi', 'rispondimi o la mando in tutti i gruppi della scuola'],
      ignore: ['o me lo mandi tu o lo giro io nel gruppo, il pdf degli esercizi', 'finisci il riassunto o lo mando io sul gruppo', 'o vieni alla festa o giro l invito nel gruppo lo stesso'],
    },
  },
  {
    id: 'want-me-to-show-them-r30',
    phrases: [
      'vuoi_che|volete_che|preferisci_che|vuoi_davvero_che|vuoi_proprio_che ..3 mand*|gir*|faccia_vedere|mostri|inoltri|invii|pubblic*|post*|faccia_arrivare|faccia_girare ..4 @audience|tuoi|preside|tutti|tutta_la_scuola|tutta_la_classe',
      'vuoi_che|volete_che|preferisci_che|vuoi_davvero_che|vuoi_proprio_che ..3 @audience|tuoi|preside ..2 le|li|lo|la|tutto|tutte ..1 veda|vedano|riceva|ricevano|guardi|guardino|scopra|scoprano',
      '@audience|preside ..6 vuoi_che|volete_che|preferisci_che|vuoi_davvero_che ..1 gli|le|glie*|loro ..1 mandi|giri|faccia_vedere|mostri|inoltri|faccia_avere|scriva ..2 tutto|tutte|tutti|una_copia|copia|le_foto|il_video|i_video|cosa_mi_hai_mandato',
    ],
    unless: [BENIGN, 'disegno|pagellino|lavoretto|link|invito|programma|orario|file|pdf|document*|modulo|certificato|contratto|preventivo|curriculum|numero|indirizzo|posizione|foto_della_gita|foto_del_mare|video_della_recita|video_del_saggio|ahah*|lol|haha*|xd'],
    examples: {
      match: ['vuoi che lo mandi a tua madre?', 'conosco tuo padre, vuoi che gli faccia vedere tutto?', 'vuoi che la preside le veda?'],
      ignore: ['vuoi che lo mandi a tua madre il video della recita?', 'vuoi che mostri il disegno alla mamma?', 'vuoi che mandi il link ai tuoi?'],
    },
  },
  {
    id: 'want-me-to-send-her-a-copy-r30',
    phrases: [
      'vuoi_che|volete_che|preferisci_che|vuoi_davvero_che|vuoi_proprio_che ..1 le|gli|glie*|loro ..1 mandi|giri|inoltri|invii|mostri|faccia_vedere|faccia_avere|faccia_arrivare ..2 una_copia|copia|copie|tutto|tutte|tutti|le_foto|il_video|i_video|gli_screen',
    ],
    weight: 2,
    unless: [BENIGN, 'contratto|document*|modulo|certificato|preventivo|fattura|curriculum|cv|file|pdf|link|ricetta|programma|orario|appunti|riassunto|disegno|materiale|indirizzo|numero|posizione|foto_della_gita|foto_del_mare|ahah*|lol|haha*|xd'],
    examples: {
      match: ['ha una mail facile da trovare. vuoi che le mandi una copia?', 'vuoi che gli giri tutto?'],
      ignore: ['vuoi che le mandi una copia del contratto?', 'vuoi che gli giri tutti gli appunti?'],
    },
  },
  {
    id: 'pity-your-followers-havent-seen-r30',
    phrases: [
      'peccato|che_peccato|un_peccato ..4 @audience|tuoi|tutti ..4 non ..2 abbiano|hanno|abbiano_ancora|hanno_ancora|abbiate ..1 visto|vist* ..6 @naked|senza_vestito|senza_vestiti|nuda|nudo|nude|quell_altro|quell_altra|l_altro|l_altra|le_altre|gli_altri',
    ],
    unless: [BENIGN, 'balletto|canzone|cover|tiktok|reel|youtube|trailer|tramonto|panorama|vestito_da|abito'],
    examples: {
      match: ["peccato che i tuoi follower non abbiano visto l'altro video, quello senza vestiti", 'che peccato che i tuoi amici non hanno ancora visto le altre foto'],
      ignore: ['peccato che i tuoi amici non abbiano visto la partita, hai segnato', "peccato che i tuoi follower non abbiano visto l'altro balletto"],
    },
  },
  {
    id: 'shame-if-i-forwarded-them-r30',
    phrases: [
      'peccato|brutto|un_casino|spiacevole|imbarazzante|un_problema ..1 se ..2 gliele|glieli|gliela|glielo|le|li|lo|la|l ..1 girassi|mandassi|facessi_vedere|mostrassi|pubblicassi|postassi|inoltrassi|girassimo|mandassimo|pubblicassimo|facessi_girare|facessi_arrivare',
    ],
    unless: [BENIGN, 'via|a_monte|all_aria|a_quel_paese|indietro|per_sbaglio|in_ritardo|sbagliat*|doppio|prima_del|prima_della|prima_di|ahah*|lol|haha*|xd'],
    examples: {
      match: ['il tuo ragazzo si chiama Simone giusto? sarebbe un peccato se gliele girassi', 'sarebbe brutto se le mandassi ai tuoi'],
      ignore: ['sarebbe un peccato se lo mandassi a monte', 'sarebbe brutto se glielo facessi vedere prima della festa'],
    },
  },
  {
    id: 'if-it-does-not-arrive-i-share-r30',
    phrases: [
      'se ..1 non|nn ..2 arriva|arrivano|arrivera|arriveranno|ricevo|me_la_mandi|me_lo_mandi|me_le_mandi|me_li_mandi ..4 lo|la|li|le|tutto|ti ..1 giro|mando|pubblico|posto|@sharev|sputtano|rovino',
      'se ..1 fai ..1 la_furba|il_furbo|la_stupida|lo_stupido|la_scema|lo_scemo|la_difficile|il_difficile ..6 lo|la|li|le|tutto|ti ..1 giro|mando|pubblico|posto|@sharev|sputtano|rovino',
    ],
    unless: [BENIGN, 'pacco|corriere|amazon|ordine|bonifico|rimborso|messaggio|mail|email|link|file|ahah*|lol|haha*|xd'],
    examples: {
      match: ['voglio un altro video stasera alle 22. se non arriva lo giro', 'se fai la furba faccio un collage e lo mando a tutti'],
      ignore: ['se non arriva il pacco lo mando indietro', 'se non arriva la mail ti giro il link'],
    },
  },
  {
    id: 'imagine-if-your-mum-sees-r30',
    phrases: [
      'pensa|immagina|pensate|immaginate|pensa_un_po|immagina_un_po ..1 se ..3 lo|la|li|le ..1 vede|vedesse|vedono|vedessero|trova|trovasse|trovano|trovassero|riceve|ricevesse|ricevono|ricevessero ..2 @audience|tua|tuo|tuoi|tutti|preside',
    ],
    weight: 2,
    unless: [BENIGN, 'disordine|camera|stanza|voto|pagella|nota|multa|bolletta|conto|scontrino|tatuaggio|piercing|capelli|taglio|vestito|scarpe|ahah*|lol|haha*|xd'],
    examples: {
      match: ['con un app ti ho spogliata. pensa se lo vede tua madre', 'immagina se le ricevono i tuoi compagni'],
      ignore: ['pensa se la vede tua madre la camera così ahah', 'immagina se lo vede tua madre il tatuaggio'],
    },
  },
  {
    id: 'if-you-dont-want-them-to-reach-r30',
    phrases: [
      'se ..1 non|nn ..1 vuoi ..1 che ..3 arrivino|arrivi|finiscano|finisca|girino|giri|circolino|circoli|escano|esca ..4 @audience|tuoi|tutti|preside|online|in_rete|su_internet|scuola',
    ],
    unless: [BENIGN, 'pacco|ordine|corriere|bollette|multe|notifiche|spam|pubblicit*'],
    examples: {
      match: ['se non vuoi che arrivino ai tuoi genitori mi fai una ricarica', 'se non vuoi che finiscano online paga'],
      ignore: ['se non vuoi che le notifiche arrivino ai tuoi genitori cambia impostazioni', 'se non vuoi che lo spam arrivi ai tuoi contatti blocca il link'],
    },
  },
  {
    id: 'what-if-it-reached-them-r31',
    phrases: [
      'direbbe|direbbero|penserebbe|penserebbero|faresti|farebbe|farebbero|reagirebbe|reagirebbero|figura|figuraccia|succederebbe ..6 se ..4 arrivasse|arrivassero|girasse|girassero|finisse|finissero|ricevesse|ricevessero|vedesse|vedessero|trovasse|trovassero ..2 questa|questo|queste|questi|quella|quello|quelle|quei|quel|sta|sto|ste|le_tue|il_tuo|i_tuoi|la_tua|tue|tuoi|certe|certi ..1 @photo|@video|foto|video|nudes|chat|screen*|messaggi|vocali',
      'se ..3 a|al|alla|ai|alle|allo|gli|le|@audience ..3 arrivasse|arrivassero|girasse|girassero|finisse|finissero|mandassi|girassi|inoltrassi ..3 @photo|@video|foto|video|nudes|chat|screen*|vocali ..2 mi ..1 hai|avevi ..1 mandato|mandata|mandate|mandati|inviato|inviata|inviate|inviati|fatto|fatta',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|pizza|disordine|stanza|pagella|voto|tatuaggio|piercing|capelli|taglio|vestito|scarpe|da_piccola|da_piccolo|quando_eri_piccol*'],
    examples: {
      match: ['che figuraccia faresti se alla tua classe arrivassero quelle foto?', 'cosa direbbe tua nonna se le arrivasse sto video?', 'e se a tua madre arrivasse la foto che mi hai mandato stanotte?', 'come reagirebbe il tuo ragazzo se gli girassi i video che mi hai inviato?'],
      ignore: ['cosa direbbe tua madre se le arrivasse questa foto della stanza in disordine', 'che figura faresti se alla prof arrivasse questo video della recita', 'se a tua madre arrivasse la foto che ti ho mandato della torta sarebbe contenta', 'cosa direbbe la nonna se vedesse le tue foto da piccola ahah'],
    },
  },
  {
    id: 'or-they-see-them-dialect-r31',
    phrases: [
      '@photo|@video|foto|video ..2 vedono|vedeno|vedranno|vedarranno|verranno ..3 tuoje|tuje|toje|tuoi|tue ..1 @audience|amice|cumpagne|pariente',
      'o|sinno|senno|altrimenti|si_no ..3 e|l|le|li ..1 vedono|vedeno|vedranno|vedarranno ..1 tutt|tutti|tutte',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherzo|scherzando', 'gita|vacanz*|mare|matrimonio|comunione|cresima|battesimo|pranzo|cena'],
    examples: {
      match: ["o me daje 'e sorde o 'e foto 'e vedono tutt'e tuoje amici", "sinno 'e vedono tutt 'o quartiere", "pava subito, 'e video 'e vedarranno tuoje cumpagne"],
      ignore: ["'e foto d'a gita 'e vedono tutt'e tuoje amici", "metti 'e foto d'o compleanno, accussì 'e vedono tutti"],
    },
  },
  {
    id: 'cannot-stop-it-going-online-r31',
    phrases: [
      'non|nn ..1 posso|potro|possiamo|potremo|riesco|riusciro ..2 fermarlo|fermarli|fermarle|fermarla|fermare|bloccarlo|bloccarli|bloccarle|bloccare|impedirlo|impedire|fermare_la_cosa ..6 finiscono|finiranno|finisce|finira|escono|usciranno|vanno|andranno|online|in_rete|su_internet|pubblicat*|diffus*|virale',
      'se ..1 non|nn ..1 paghi|pagate|versi|mandi ..4 non|nn ..1 posso|potro|riesco ..1 fermarlo|fermarli|fermarle|fermarla|fermare|bloccarlo|bloccare|impedirlo|impedire|fare_niente|fare_nulla|aiutarti',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|pioggia|temporale|tosse|influenza|febbre|starnut*|singhiozz*|ridere|piangere|virus|aggiornament*|abbonament*|rinnovo|bolletta|multa|affitto'],
    examples: {
      match: ['se non paghi entro domani non posso fermarlo e le foto finiscono online', 'non riesco a bloccarli, se non versi i soldi vanno su tutti i social', 'se non mandi la ricarica non posso fare niente'],
      ignore: ['non posso fermarlo, la tosse mi viene ogni cinque minuti', 'se non paghi la bolletta non posso fare niente io', 'non riesco a fermare il video, va sempre online da solo ahah'],
    },
  },
  {
    id: 'imagine-if-it-got-around-r33',
    phrases: [
      'pensa|pensaci|immagina|immaginati|immaginate|pensate ..1 se ..6 girasse|girassero|circolasse|circolassero|uscisse|uscissero|arrivasse|arrivassero|finisse|finissero|spuntasse|spuntassero ..4 @video|@photo|video|foto|nudes|chat|screen*|registrazion*',
      'pensa|pensaci|immagina|immaginati|immaginate|pensate ..1 se ..2 tue|tuoi|tua|tuo|quel|quella|quelle|quei|il|la|le|i ..1 @video|@photo|video|foto|nudes|chat|screen*|registrazion* ..4 girasse|girassero|circolasse|circolassero|uscisse|uscissero|arrivasse|arrivassero|finisse|finissero|spuntasse|spuntassero',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherz*|vergogna_per_me|io_morirei|morirei|mie|miei|mio|mia|cane|gatto|cucciol*|vacanz*|mare|neve|spiaggia|film|serie'],
    examples: {
      match: ['immagina se a scuola girassero le foto che mi hai mandato', 'pensa se le tue foto arrivassero ai tuoi', 'pensa se in palestra girasse il video di te in cam'],
      ignore: ['pensa se girasse il video del mio balletto, morirei ahah', 'immagina se uscissero le foto della gita al mare', 'pensa se il video del cane arrivasse a un milione di views'],
    },
  },
  {
    id: 'if-they-see-what-you-sent-me-r33',
    phrases: [
      'se|si ..6 ..2 vedono|vedessero|vedesse|vede|vedranno|vedra|trovano|trovassero|ricevono|ricevessero|scoprono|scoprissero|leggono|leggessero ..2 le|i|il|la|quelle|quei|quel|quella|tue|tuoi ..1 @photo|@video|foto|video|chat|nudes|messaggi ..3 che|ke|ch ..1 mi_hai_mandato|mi_hai_mandata|mi_hai_mandate|mi_hai_inviato|mi_hai_inviate|mi_mandavi|mi_hai_girato|mi_hai_girate|mi_hai_fatto|m_hai_mandato|mi_mandi',
    ],
    unless: [BENIGN, 'cane|gatto|cucciol*|vacanz*|mare|neve|spiaggia|torta|ricetta|paesaggi*|tramonto|bellissim*|carin*|stupend*|piacerebbero|piaceranno|ridono|riderebbero|ahah*|haha*|lol|xd', 'non ..1 le|li|lo ..1 vedo|vede|trovo'],
    examples: {
      match: ['se tua madre e tuo padre vedono le foto che mi hai mandato ieri ti ammazzano', 'se i tuoi compagni vedessero i video che mi hai mandato, pensa che figura'],
      ignore: ['se la nonna vede le foto che mi hai mandato del mare sarà contentissima', 'se vedono le foto che mi hai mandato della torta te la chiedono pure loro', 'se non vedo le foto che mi hai mandato te lo dico'],
    },
  },
  {
    id: 'pay-or-i-show-your-family-r33',
    phrases: [
      'se|si non|nn|nun ..2 paghi|pagi|mi_paghi|ricarichi|versi|sganci|saldi ..6 @sharev ..2 a|ai|alla|al|alle|all ..1 tuoi|tua|tuo|@audience',
      'se|si non|nn|nun ..4 @money|# ..6 @sharev ..2 a|ai|alla|al|alle|all ..1 tuoi|tua|tuo|@audience',
      '@money|# ..6 o|oppure|altrimenti|senno|se_no ..2 @sharev ..2 a|ai|alla|al|alle|all ..1 tuoi|tua|tuo|@audience',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherz*|pagella|voti|voto|bolletta|spesa|compit*|libri|scontrino|biglietto|ricevuta|play|playstation|fratellino|sorellina|fratellone|sorellona'],
    examples: {
      match: ['se nun me daje 50 euro faccio vede a patete', 'dammi 100 euro o mando a tua madre quello che so', 'se non paghi stasera mostro ai tuoi genitori'],
      ignore: ['se non studi faccio vedere i voti a tua madre', 'se non mi presti la play le faccio vedere a mamma', 'dammi 5 euro o lo dico a mamma ahah', 'se non mi ridai i 10 euro dello scontrino lo mostro a tua sorella'],
    },
  },
  {
    id: 'or-everyone-sees-you-r34',
    phrases: [
      '# ..3 o|oppure|altrimenti|senno|se_no ..2 ti|lo|la|li|le|l ..1 vede|vedono|vedra|vedranno|guarda|guardano|guardera|guarderanno ..1 tutti|tutte|tutta|tutto',
      'o|oppure|altrimenti|senno|se_no ..6 ti|lo|la|li|le|l ..1 vede|vedono|vedra|vedranno|guarda|guardano|guardera|guarderanno ..1 tutti|tutte|tutta|tutto ..2 @audience|napoli|roma|milano|torino|palermo|bari|citta|paese|quartiere|liceo|istituto|internet|instagram|tiktok|@app',
      'o|oppure|altrimenti|senno|se_no ..2 [il|i|le|la|l|quel|quella|quelle|quei] video|foto|nudes|chat|screen*|registrazion* ..1 va|vanno|andra|andranno|finisce|finiscono|finira|finiranno|esce|escono|uscira|usciranno ..1 su|sul|sui|in|online ..1 tiktok|instagram|@app|internet|social|rete|pornhub|onlyfans',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherz*|sbrigati|muoviti|fai_presto|entra|entriamo|vieni|nasconditi|spostati|ritardo|in_ritardo|coda|fila'],
    examples: {
      match: ['200 euro o ti vedono tutti', 'o paghi o lo vede tutta la scuola', 'altrimenti le foto finiscono su instagram col tuo nome', 'mandami i soldi oppure la vedranno tutti i tuoi amici'],
      ignore: ['sbrigati o ti vedono tutti entrare in ritardo', 'o il video va su tiktok o su youtube, decidi tu per il progetto', 'metti la giacca o ti vedono tutti bagnato ahah', 'le foto della gita vanno su instagram'],
    },
  },
  {
    id: 'tag-you-on-the-team-page-r34',
    phrases: [
      'vuoi che ..2 lo|la|li|le|ti ..1 tagg*|pubblic*|post*|metta|mett* ..3 sulla|sul|nella|nel|sui ..1 pagina|profilo|gruppo|chat|storia ..2 squadra|scuola|classe|liceo|societa|club|istituto|parrocchia|tuoi',
    ],
    unless: [BENIGN, 'ahah*|haha*|lol|xd|scherz*|foto_di_gruppo|foto_di_squadra|premiazione|bellissim*|carin*'],
    examples: {
      match: ['vuoi che lo tagghi sulla pagina della scuola?', 'vuoi che le pubblichi nel gruppo della classe?'],
      ignore: ['vuoi che la tagghi sulla pagina della squadra la foto della premiazione?', 'vuoi che metta la foto di gruppo sulla pagina della squadra?'],
    },
  },
  {
    id: 'formal-i-will-proceed-to-spread-r35',
    phrases: [
      'provvedero|procedero|procederemo|provvederemo|passero|passeremo ..2 a|alla ..1 diffonderl*|diffonderne|pubblicarl*|divulgarl*|inoltrarl*|condividerl*|inviarl*_a_tutti|diffusione|pubblicazione|divulgazione',
    ],
    unless: ['fattura|preventivo|ricevuta|modulo|documentazione|comunicato|circolare|volantino|bando|graduatoria|verbale|newsletter|avviso|calendario|orario|programma|classifica|risultati|menu|listino|foto_della|video_della|gita|festa|evento|saggio|recita'],
    examples: {
      match: ['versi la somma entro domani oppure provvederò alla pubblicazione del materiale', 'in caso contrario procederemo a divulgarlo a tutti i suoi contatti'],
      ignore: ['appena pronta provvederò a inviarla la fattura', 'procederemo alla pubblicazione della graduatoria lunedì'],
    },
  },
] satisfies PatternEntry[];
