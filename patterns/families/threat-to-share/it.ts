import type { PatternEntry } from '../../schema';

const STUFF = 'tt|video|foto|tutto|nudes|nude|chat|screen*|registrazion*|messaggi|conversazion*|immagin*|pic|pics|videochiamat*';
const BENIGN = 'concerto|partita|torneo|evento|spettacolo|lezione|webinar|invit*|auguri|festa|compleanno|gita|recita|saggio|regalo|sorpresa|pagella|voti|compit*|verifica|domanda|appunti|esercizi|ricerca|tema|progetto|meme|ricetta|volantino';

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
    unless: [BENIGN, 'piacera|piace|piaceranno|bellissim*|carin*|felice|felici|contenta|contento|orgoglios*|ridere'],
    examples: {
      match: ['lo mando a tutti i tuoi follower', 'li sharo a tutti i tuoi contatti', 'le mando a tutta la tua scuola', 'lo faccio vedere a tua madre', 'il video verrà inviato a tutti i tuoi contatti', 'mando il video ai tuoi genitori', 'lo metto online'],
      ignore: ['l ho già mandato a tutti', 'mando gli inviti a tutti i tuoi amici per la festa', 'dico a mamma che hai mangiato la nutella', 'giro la tua domanda alla prof', 'mostro ai tuoi amici il mio gioco', 'lo mando a tutti in classe'],
    },
  },
  {
    id: 'or-else-i-post',
    phrases: [
      `altrimenti|senno|se_no ..6 @sharev|metto|mettero|carico|carichero ..4 tutti|tutte|online|ovunque|dappertutto|in_giro|in_rete|internet|social|@app|@audience|${STUFF}`,
      'paga|paghi|pagami|mandami|mandi|manda|fallo|fai|rispondi|rispondimi ..4 o|oppure|altrimenti ..2 @sharev|metto|mettero|carico|carichero|ti_rovino|ti_distruggo|ti_rovinero|ti_sputtano|ti_sputtanero',
      `se [mi] blocchi|ignori|sparisci|denunci|segnali|lo_dici|dici|racconti|parli ..5 @sharev|metto|carico ..3 ${STUFF}|tutti|tutte|online|ovunque|in_giro|in_rete|internet|social|@app|@audience`,
      `se non|nn ..6 @sharev|metto|mettero|carico|carichero ..3 ${STUFF}|tutti|tutte|online|ovunque|in_giro|in_rete|internet|social|@app`,
    ],
    unless: ['ti mando|invio|giro|passo|mostro|faccio_vedere', 'te lo|la|le|li mando|invio|giro|passo', 'mando|invio|giro|passo a te', BENIGN, 'ahah|ahahah|haha|lol|scherzo|scherzando|da_piccolo|da_piccola|da_bambino|da_bambina|neonato|neonata'],
    examples: {
      match: ['o mi mandi altri video o lo pubblico su insta', 'se non paghi 500 euro gli mando il video', 'manda 50€ in bitcoin o pubblico tutto', 'paga o lo metto online', 'se non rispondi diffondo tutto', 'altrimenti il video lo mando a tutti'],
      ignore: ['altrimenti metto la tua foto da piccolo nel gruppo ahah', 'se non vieni ti mando le foto domani', 'vieni o no? mando la foto a tutti nel gruppo', 'hai 5 minuti o partiamo senza di te'],
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
    id: 'ruin-your-life',
    phrases: ['ti rovino|rovinero|distruggo|distruggero ..2 vita|reputazione|immagine', 'ti sputtano|sputtanero|sputtaniamo|smerdo|smerdero|espongo|esporro|expongo'],
    weight: 3,
    unless: ['sorpresa|film|finale|serie|partita|gioco|ahah|ahahah|haha|lol|scherzo|scherzando|felpa|maglia|caricatore'],
    examples: { match: ['ti rovino la vita'], ignore: ['ti rovino la sorpresa', 'ti rovino la vita se non mi ridai la felpa ahah'] },
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
      '@audience ..1 riceve|ricevono|ricevera|riceveranno|vede|vedono|vedra|vedranno ..2 il|la|le|i|gli|tuo|tua|tue|tuoi|questo|questa ..1 video|foto|nudes|registrazion*|screen*',
    ],
    unless: [BENIGN, 'ahah|haha|lol|scherzo|scherzando|piacera|bellissim*|orgoglios*|volantino|video_del_gatto|video_di_tiktok|gruppo|di_gruppo|classe|squadra|gatto|cane|film|serie|episodio'],
    examples: {
      match: ['mandami 100 euro su questo iban o il video finisce su instagram', 'altrimenti il tuo video va sui social', 'mi paghi altrimenti domani è su pornhub', 'o ricevono tutti le tue foto nude', 'stasera le vedono i tuoi genitori', 'o pubblico quello che ho gia', 'dammi il tuo account o metto la registrazione su youtube', 'faccio un fotomontaggio e lo faccio girare', 'fallo subito o dico a tutti cosa mi hai mandato', 'domani pubblico i tuoi nudi se non rispondi', 'non vorrai che lo veda la tua famiglia', 'se non mandi 100 euro stasera il tuo video è su insta', 'dico tutto a tuo padre, le foto e tutto', 'se entro un ora non ricevo i soldi tua madre riceve il video'],
      ignore: ['il video della festa finisce su instagram', 'ci vediamo stasera, le vedono i tuoi genitori le foto della gita?', 'o metto la foto del gatto su insta ahah', 'o metto la foto di gruppo su instagram', 'dico a tutti cosa mi hai regalato per il compleanno', 'dico tutto a tua madre che fumi', 'tua madre vede le foto del saggio stasera', 'non vuoi che i tuoi amici vedano il film?'],
    },
  },
] satisfies PatternEntry[];
