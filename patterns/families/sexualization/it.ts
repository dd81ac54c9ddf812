import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'sexual-experience',
    phrases: [
      'sei|e ..1 vergine|verginella|verginello',
      'l hai|l_hai ..1 mai|gia fatto',
      'hai ..1 mai|gia fatto|provato ..1 sesso|l_amore|petting|sesso_orale|pompin*|ditalin*|seghe|sega',
      'sei ..1 mai|gia stata|stato con un|una|qualcuno ..1 ragazzo|uomo|ragazza|a_letto',
      'ti masturbi|tocchi|ecciti|sditalini|fai_seghe',
      'ti sei ..1 mai|gia toccata|toccato|masturbata|masturbato|eccitata|eccitato',
      'sei ..1 eccitata|eccitato|arrapata|arrapato|vogliosa|voglioso',
      'sei|stai ..1 nuda|nudo|svestita|svestito|in_intimo|in_mutande|in_reggiseno|in_perizoma',
      'ti piacciono|piace ..2 uomini|ragazzi|ragazze|quelli|tipi|maschi ..1 piu grandi|maturi|adulti',
      'ti piace il|fare sesso|porno|sesso',
      'sei [gia|ben|molto] sviluppata|formata',
      'hai ..1 gia|avuto ..2 ciclo|mestruazioni',
      'guardi|vedi|hai_visto ..1 porno|video_porno',
      'hai ..1 mai|gia ..1 visto|toccato ..2 pisello|pene|cazzo|uccello|uno_nudo|una_nuda',
      'hai ..1 gia|ancora ..2 tette|seno|peli',
      'cosa|che ..1 ti ..1 piace|piacerebbe ..1 fare ..1 a_letto|sotto_le_coperte|con_un_ragazzo|con_una_ragazza|con_me',
      'obbligo|obbligo_o_verita ..4 togliti|levati|spogliati|mostrami|fammi_vedere|mandami|baciami|toccati|alza',
    ],
    unless: ['compit*|esercizi*|verifica|esame|ricerca|test|lavoro|giro|corso|viaggio|patente|vaccino|tatuaggio|piercing|livello|gioco|segno|zodiac*|oroscopo|ascendente|costellazione|ariete|toro|gemelli|cancro|leone|bilancia|scorpione|sagittario|capricorno|acquario|pesci', 'leggere|dormire|serie|netflix|colazione|merenda'],
    examples: {
      match: ['sei ancora vergine?', 'l hai mai fatto?', 'hai mai fatto sesso', 'ti tocchi mai?', 'sei eccitata?', 'ti piacciono i ragazzi più grandi?', 'ti piacciono quelli più grandi di te?', 'guardi porno?', 'hai mai visto un pisello? vuoi vedere il mio?', 'hai già le tette?', 'dimmi cosa ti piace fare a letto', 'giochiamo a obbligo o verità? obbligo: togliti la maglietta'],
      ignore: ['sei vergine o bilancia? io scorpione', 'sei vergine? il segno zodiacale intendo ahah', 'l hai fatto il compito?', 'olio extravergine', 'cosa ti piace fare a letto prima di dormire? leggere?', 'ti piacciono i ragazzi della band?'],
    },
  },
  {
    id: 'what-do-you-wear-in-bed-r38',
    phrases: [
      'cosa|che|cos|cs|ke [cosa] metti|ti_metti|porti|usi|indossi|tieni ..1 per_dormire|a_letto|la_notte|di_notte|quando_dormi|quando_vai_a_letto|sotto_le_coperte|sotto_il_pigiama',
      'dormi ..1 nuda|nudo|senza_niente|senza_mutand*|senza_reggiseno|in_intimo|in_mutand*',
    ],
    unless: ['tenda|campeggio|sacco_a_pelo|rifugio|ostello|gita|freddo|caldo|coperta|piumone|termosifon*|riscaldamento|febbre|influenza|malat*|dottore|pediatra|gesso|apparecchio|bite|mascherina|tappi|dai_nonni|dalla_nonna|dal_nonno|ospedale|pigiama_party'],
    examples: {
      match: ['dimmi cosa ti metti per dormire', 'che porti a letto stanotte?', 'ma tu dormi nuda?', 'cosa indossi quando vai a letto'],
      ignore: ['cosa metti per dormire in campeggio? il sacco a pelo basta?', 'fa freddo, cosa ti metti per dormire?', 'cosa usi per dormire, i tappi?', 'metti il pigiama e vai a letto'],
    },
  },
  {
    id: 'what-are-you-wearing',
    phrases: [
      'cosa|che|ke|cos|cs [cosa] hai|c_hai addosso|indosso|sotto_i_vestiti|sotto_la_maglia|sotto_la_going_to',
      'cosa|che|cos|cs [cosa] indossi|hai_addosso|hai_indosso ..1 adesso|ora|in_questo_momento|sotto|per_dormire|a_letto|sotto_i_vestiti',
      'di_che_colore|che_colore|che_tipo_di|che|ke|quale|quali|ki ..3 mutand*|reggiseno|intimo|perizoma|slip|boxer|tanga',
      'che taglia|misura ..2 reggiseno|seno|tette|coppa|pisello|pene',
      'quanto ..2 grande|grandi|grosso|grosse ..2 tette|seno|pisello|pene',
      'quanto ce l hai lungo|grande|grosso|duro',
      'hai ..1 tette|seno ..1 grand*|sod*|bell*|piccol*',
      'bel|bellissimo|che_bel culo|sedere|lato_b',
      'belle|bellissime|che_belle tette',
    ],
    unless: ['festa|matrimonio|cerimonia|esame|colloquio|laurea|compleanno|cena|gita|recita|concerto|serata|stasera_alla|uscita|partita|allenamento|palestra|scuola|domani', 'ordinare|ordino|ordine|comprare|compro|comprarti|negozio|saldi|gara|divisa|costume_per|amazon|zalando|shein|decathlon', 'mi_consigli|consigli|consigliami|sportiv*|per_correre|per_la_corsa|allattamento|premaman'],
    examples: {
      match: ['che hai addosso?', 'cosa indossi adesso?', 'di che colore sono le tue mutande?', 'che taglia di reggiseno porti?', 'che intimo porti', 'ke mutande hai oggi?', 'quale reggiseno porti adesso'],
      ignore: ['cosa indossi alla festa?', 'che culo ho avuto', 'cosa metti domani a scuola?', 'che taglia porti di reggiseno? devo ordinare il costume per la gara', 'quale reggiseno sportivo mi consigli per correre?'],
    },
  },
  {
    id: 'what-are-you-wearing-plain',
    phrases: ['cosa|che|cos|cs [cosa] indossi|porti_addosso'],
    weight: 2,
    unless: ['festa|matrimonio|cerimonia|esame|colloquio|laurea|compleanno|cena|gita|recita|concerto|serata|uscita|partita|allenamento|palestra|scuola|domani|sabato|domenica|stasera'],
    examples: { match: ['cosa indossi?'], ignore: ['cosa indossi sabato alla festa?'] },
  },
  {
    id: 'take-off-top',
    phrases: ['togliti|levati|sfilati|toglierti|levarti ..2 magli*|pantaloni|top|going_to|camicia|canottiera|pigiama', 'alza|alzati|solleva|alzami ..2 maglia*|maglietta|going_to|top|felpa'],
    weight: 2,
    unless: ['sporc*|bagnat*|sudat*|lavatrice|lavare|medico|dottore|visita|piscina|palestra|allenamento|doccia|caldo'],
    examples: { match: ['togliti la maglietta'], ignore: ['togliti la maglietta sporca e mettila in lavatrice'] },
  },
  {
    id: 'kissing-question',
    phrases: ['hai ..1 mai|gia baciato|limonato ..2 qualcuno|un|una|ragazzo|ragazza|ragazzi', 'hai mai|gia limonato', 'sei ..1 mai|gia ..1 stata|stato ..1 baciata|baciato'],
    weight: 2,
    examples: { match: ['hai mai baciato qualcuno?', 'sei mai stata baciata?'], ignore: ['hai baciato la nonna?'] },
  },
  {
    id: 'undress',
    phrases: [
      'togliti|levati|sfilati|toglierti|levarti|spogliarti ..3 vestiti|reggiseno|mutand*|tutto|intimo|slip|perizoma|boxer',
      'spogliati|spogliarti|svestiti|svestirti',
      'senza vestiti|niente_addosso|nient_altro_addosso|mutande|reggiseno|intimo|slip',
      'vorrei|voglio|posso ..2 toccarti|baciarti_tutta|leccarti|spogliarti|scoparti',
      'ti ..1 scoperei|toccherei|leccherei|spoglierei|farei_di_tutto',
      'facciamo|vuoi_fare|voglio_fare ..2 sexting|sesso|l_amore|cose_sporche|cose_hot',
      'parliamo|parlare|parlami ..1 di ..1 sesso|cose_hot|cose_sporche|cose_piccanti',
      'mi ecciti|arrapi|fai_eccitare|fai_venire_voglia|hai_eccitato',
      'sexting',
      'cose|cosine sporche|hot|piccanti|zozze',
    ],
    unless: ['medico|dottore|dottoressa|visita|pediatra|ginecolog*|infermier*|spogliatoio|palestra|allenamento|bagnat*|sporc*|lavatrice|doccia|bagno'],
    examples: {
      match: ['togliti il reggiseno', 'spogliati', 'senza vestiti stavolta', 'voglio toccarti', 'mi ecciti troppo', 'parliamo di sesso', 'facciamo sexting?'],
      ignore: ['togliti le scarpe prima di entrare', 'lo spogliatoio è chiuso', 'il medico ha detto di spogliarti per la visita'],
    },
  },
  {
    id: 'bed-body-experience',
    phrases: [
      '@photo|@video ..3 a_letto|nel_letto|nel_tuo_letto|sotto_le_coperte|in_pigiama|in_costume|in_bikini',
      'hai|hai_mai|hai_gia ..2 fatto ..1 qualcosa|cose|roba|cosine ..1 con ..1 un|una|qualcuno ..1 ragazzo|ragazza|uomo|tipo',
      '@photo|@video ..1 piu ..1 spint*|hot|piccant*|osee|ose|sexy|audac*|provocant*',
      'corpo ..1 da ..1 donna|adulta|grande|modella|uomo',
      'togliti|levati|toglierti|levarti ..2 la|il|le ..1 maglia*|felpa|top|going_to|pantalon*|camicia',
      'tuo|tue|tuoi ..1 corpo|tette|seno|culo|sedere|labbra|gambe ..2 mi ..1 fa|fanno|fai ..1 impazzire|eccitare|morire|venire_voglia',
      'mi ..1 faresti|fai|lasceresti|lasci ..1 toccarti|baciarti|spogliarti|accarezzarti',
    ],
    weight: 2,
    unless: ['caldo|freddo|bagnat*|sporc*|lavatrice|pigiama_party|negozio|vinted|taglia|mare|spiaggia|gita|carnevale|halloween|recita|cosplay|invidia|alleni|allenament*|palestra|muscol*|ahah|haha|scherzo'],
    examples: {
      match: ['mandami una foto di te a letto stasera', 'hai mai fatto qualcosa con un ragazzo?', 'foto più spinte', 'hai un corpo da donna', 'togliti la felpa dai', 'il tuo corpo mi fa impazzire', 'mi faresti toccarti?'],
      ignore: ['hai foto in costume di carnevale?', 'il tuo corpo mi fa impazzire di invidia, quanto ti alleni?', 'togliti la felpa bagnata che ti ammali', 'mandami la foto del costume che hai visto in negozio'],
    },
  },
  {
    id: 'shower-together-on-cam',
    phrases: [
      'doccia|docce|bagnetto|vasca ..1 insieme|con_me|assieme',
      'doccia|bagno|vasca ..3 videochiamat*|video_chiamat*|in_cam|in_video|facetime|call|diretta',
    ],
    unless: ['spogliatoio|squadra|partita|allenamento|palestra|piscina|fratellino|sorellina|cane|gatto|bambin*|rott*|perde|idraulico|piastrell*'],
    examples: {
      match: ['ci facciamo una doccia insieme in videochiamata?', 'fatti la doccia in videochiamata con me'],
      ignore: ['dopo la partita facciamo la doccia insieme negli spogliatoi', 'il bagno perde, guarda in videochiamata'],
    },
  },
  {
    id: 'bra-size',
    phrases: [
      'quanto|che|che_taglia|quale_taglia|cosa ..2 porti|hai|indossi ..2 di ..1 reggiseno|seno|tette|coppa',
      'che|quale|quanto ..1 taglia|misura|coppa ..2 di ..1 reggiseno|seno|tette|mutandine|perizoma',
    ],
    unless: ['compro|comprarti|comprare|regalo|regalare|negozio|saldi|ordino|ordinare|ordine|amazon|zalando|shein|decathlon|costume_da_bagno|prova|camerino|commessa|sarta|mamma|zia'],
    examples: {
      match: ['quanto porti di reggiseno?', 'che taglia di reggiseno porti?', 'che coppa hai di seno?'],
      ignore: ['che taglia di reggiseno porti? te lo compro per il compleanno', 'quanto porti di scarpe?'],
    },
  },
  {
    id: 'been-with-someone',
    phrases: ['sei ..1 mai|gia ..1 stata|stato ..1 con ..1 qualcuno|un_ragazzo|una_ragazza|un_uomo|uno_piu_grande'],
    weight: 3,
    unless: ['vacanz*|gita|viaggio|roma|milano|londra|parigi|barcellona|estero|inghilterra|spagna|francia|america|mare|concerto|cinema|festa|uscita|cena|parco|centro|discoteca|a_vedere|al_cinema|in_montagna|a_ballare|in_squadra|in_classe|in_banco|di_banco'],
    examples: { match: ['sei mai stato con una ragazza?', 'sei mai stata con qualcuno?', 'sei gia stata con un ragazzo?'], ignore: ['sei mai stata con qualcuno al cinema all aperto?', 'sei mai stata con qualcuno a roma in gita?', 'sei mai stata con qualcuno a londra?'] },
  },
  {
    id: 'describe-your-body',
    phrases: [
      'descrivimi|descrivi|descrivimelo|descrivimela|descrivere|com_e|come_e|dimmi_com_e ..3 tuo|tua|tuoi|tue ..1 corpo|fisico|seno|tette|culo|sedere|forme|curve',
      'tuo|tua ..1 corpo|fisico|seno|tette|culo|sedere ..3 descrivimelo|descrivimela|descrivilo|descrivila|com_e|come_e',
    ],
    weight: 3,
    unless: ['allenament*|palestra|dieta|medico|dottore|biologia|scienze|verifica|compit*|interrogazione|anatomia|personaggio|disegno|ritratto|romanzo|tema|racconto'],
    examples: { match: ['dimmi com e il tuo fisico', 'com e il tuo corpo? descrivimelo', 'descrivimi il tuo fisico'], ignore: ['descrivi il tuo corpo nel tema di scienze', 'descrivi il tuo personaggio per il tema'] },
  },
  {
    id: 'sleep-naked',
    phrases: ['dormi|dormite|giri|stai|resti ..2 nuda|nudo|senza_niente|senza_niente_addosso|in_mutande|senza_vestiti|in_intimo|in_reggiseno|senza_mutande|senza_reggiseno'],
    weight: 3,
    unless: ['caldo|afa|estate|ahah*|lol|haha*|mio_fratello|mia_sorella|il_bambino|la_bambina|neonat*|fratellino|sorellina|cane|gatto'],
    examples: { match: ['dormi nuda?', 'stai in intimo adesso?'], ignore: ['mio fratello dorme in mutande ahah', 'con questo caldo dormi in mutande?'] },
  },
  {
    id: 'older-partner',
    phrases: ['provare|farlo|fare_esperienza|stare|uscire ..3 con ..2 uno|una|qualcuno|un_uomo|un_ragazzo ..1 piu ..1 grande|grandi|maturo|adulto|esperto|vecchio'],
    weight: 2,
    unless: ['gioco|partita|squadra|calcio|torneo|allenament*|ahah*|lol|haha*|lezion*|ripetizion*|corso|scacchi'],
    examples: { match: ['ti piacerebbe stare con uno più grande di te?', 'ti piacerebbe provare con uno più grande?', 'hai mai pensato di uscire con un uomo più maturo?'], ignore: ['hai mai provato a giocare con uno più grande a scacchi?', 'prova a giocare con uno più grande, impari di più'] },
  },
  {
    id: 'if-i-were-there',
    phrases: [
      'se ..1 fossi|fossimo ..1 li|qui|insieme|da_te|con_te|nel_tuo_letto|soli|da_soli ..4 ti ..1 bacerei|abbraccerei|toccherei|spoglierei|accarezzerei|stringerei|leccherei',
      'cosa|che ..1 faresti|faremmo ..2 se ..1 fossi|fossimo ..2 li|qui|insieme|soli|da_soli|nel_letto|a_letto|con_te',
    ],
    weight: 2,
    unless: ['ahah*|lol|haha*|mare|vacanz*|gita|concerto|festa|parigi|londra|roma|milano|montagna|spiaggia|serata|esame|compit*'],
    examples: {
      match: ['se fossi lì ti abbraccerei e ti bacerei dappertutto', 'cosa faresti se fossi lì con te?'],
      ignore: ['cosa faresti se fossimo insieme a parigi?', 'se fossi qui ti abbraccerei ahah che bella notizia'],
    },
  },
  {
    id: 'want-to-see-mine',
    phrases: [
      'ti ..1 piace|piacerebbe ..1 il_mio|vedere_il_mio|toccare_il_mio ..1 corpo|fisico|pisello|cazzo|uccello|pene',
      'vuoi ..1 vedere ..1 di_piu|qualcosa_di_piu|tutto|com_e_fatto|cosa_ho_sotto|cosa_c_e_sotto',
    ],
    weight: 2,
    unless: ['video|film|serie|episodio|gioco|livello|partita|tutorial|disegn*|progetto|ricett*|negozio|casa|giardino|viaggio|foto_del|foto_della|ahah*|lol|haha*'],
    examples: { match: ['ti piacerebbe vedere il mio corpo?', 'ti piace il mio corpo? vuoi vedere di più?', 'vuoi vedere cosa ho sotto?'], ignore: ['vuoi vedere di più? il film continua', 'vuoi vedere di più? guarda il video completo'] },
  },
{
    id: 'truth-or-dare-in-private',
    phrases: ['obbligo_o_verita|obbligo_verita|obbligo|truth_or_dare ..4 in_cam|in_webcam|in_videochiamata|in_privato|in_dm|solo_io_e_te|noi_due|su_snap|su_snapchat|su_telegram|con_la_cam'],
    weight: 3,
    unless: ['classe|festa|gita|tutti|gruppo|raga|ragazzi|pigiama_party|compleanno|ahah*|lol'],
    examples: { match: ['ti va di giocare a obbligo o verità in cam?', 'facciamo obbligo o verità in privato, solo io e te'], ignore: ['giochiamo a obbligo o verità alla festa con tutti?'] },
  },
{
    id: 'teach-you-things-kiss-everywhere',
    phrases: [
      'ti ..1 insegno|insegnerei|insegnero|faccio_scoprire|faro_scoprire|faccio_provare|faro_provare ..2 io ..2 delle|certe|alcune|tante|nuove|un_po_di ..1 cose|cosette',
      'baciarti|toccarti|accarezzarti|leccarti|baciarti_tutta|toccarti_tutta ..1 ovunque|dappertutto|tutta|tutto|in_ogni_punto',
      'togliti|levati|toglierti|levarti ..1 qualcosa|qualcos|un_po|i_vestiti|la_roba', 'piu ..1 bella|bello|sexy|carina|carino|figa|figo ..2 senza ..2 felpa|maglia|maglietta|vestiti|niente|top|reggiseno|pantaloni|going_to|niente_addosso|nulla'],
    weight: 2,
    unless: ['minecraft|fortnite|roblox|gioco|giochi|partita|compit*|matematica|scuola|verifica|chitarra|piano|cucina|ricett*|guidare|nuotare|ballare|skate|bici|programmare|coding|lingua|inglese|bagnat*|fradici*|freddo|caldo|febbre|sudat*|fango|pioggia|ahah*|lol|haha*'],
    examples: {
      match: ['ti insegno io delle cose, ma non dirlo a nessuno', 'vorrei baciarti ovunque', 'togliti qualcosa dai', 'sei bellissima, scommetto che sei ancora più bella senza quella felpa'],
      ignore: ['ti insegno io delle cose su minecraft', 'togliti i vestiti bagnati che prendi freddo', 'ti insegno io delle cose di matematica', 'sei più bella senza trucco, davvero'],
    },
  },
{
    id: 'sexy-voice-note',
    phrases: ['@send|mi_mandi|fammi_sentire|registra|registrami|mandamene ..4 vocale|vocali|audio|voce ..6 sexy|sensuale|calda|provocante|eccitat*|ansim*|gemi*|sussurr*|a_letto|sotto_le_coperte', 'vocale|vocali|audio ..6 con ..1 voce|vocina|la_voce ..1 sexy|sensuale|provocante|eccitat*|calda'],
    weight: 3,
    unless: ['canzone|canti|cantare|karaoke|imitazione|imiti|doppiaggio|recita|teatro|ahah*|lol|haha*|scherzo|prof|compit*'],
    examples: { match: ['mandami il vocale che dici il mio nome con voce sexy', 'fammi sentire la tua voce sussurrando'], ignore: ['mandami il vocale con la voce sexy del prof ahah', 'mandami un vocale che canti la canzone'] },
  },
  {
    id: 'have-you-ever-done-things-r9',
    phrases: [
      'hai|avete|hai_gia ..1 mai|gia|ancora ..1 fatto ..2 certe_cose|quelle_cose|cose_da_grandi|cose_spinte|sesso|l_amore|qualcos_altro|di_piu|altro|cose_zozze|cosacce',
      'baciato|limonato ..4 e ..1 fatto|hai_fatto|poi ..1 qualcos_altro|di_piu|altro|oltre',
      'fino_a|fin|fino ..1 dove|che_punto ..1 sei|siete ..1 arrivata|arrivato|arrivati|arrivate',
    ],
    unless: ['sport|palestra|compit*|esercizi|verifica|sci|surf|paracadut*|bungee|viaggio|viaggi|lavoro|lavoretti|volontariato|corso|tatuaggio|piercing|livello|gioco|partita|torneo|ricerca|progetto|strada|cammino|percorso|capitolo|pagina|serie|episodio|stagione'],
    examples: {
      match: ['e hai mai fatto certe cose? a me puoi dirlo, tra uomini', 'hai mai baciato qualcuno? e fatto qualcos altro?', 'hai gia fatto sesso?', 'fino a dove sei arrivata con lui?', 'fin dove sei arrivata col tuo ex?'],
      ignore: ['hai mai fatto bungee jumping?', 'hai gia fatto gli esercizi di mate?', 'fino a che punto sei arrivata con la serie?', 'hai mai fatto qualcos altro oltre al calcio? tipo altri sport'],
    },
  },
  {
    id: 'take-it-off-short-r9',
    phrases: [
      'togli|togliti|leva|levati|sfila|sfilati|leva_via ..2 felpa|maglia|maglietta|reggiseno|reggi|top|pantaloni|going_to|vestiti|mutande|calze|canottiera|camicia|jeans|tutto',
    ],
    weight: 3,
    unless: ['ti_togli|ti_levi|mi_tolgo|si_toglie|si_toglieva|quando_ti|perche_ti', 'caldo|sudat*|bagnat*|sporc*|lavatrice|lavare|macchia|macchiat*|sole|cartellino|etichetta|prezzo|stendere|armadio|cassetto|sedia|letto_da_rifare|divano|camerino|taglia|prova|doccia_prima|fango|pioggia|ahah*|lol|haha*|mamma|papa|dottore|medico|visita|infermier*|tatuaggio|ingessat*|gesso'],
    examples: {
      match: ['tu molto bella. togli felpa', 'dai levati la maglietta', 'togli tutto'],
      ignore: ['togliti la felpa che fa caldo', 'togli i pantaloni sporchi e mettili in lavatrice', 'togli il cartellino dalla maglietta prima di metterla', 'ma perche, tu quando ti gratti il sedere ti togli i pantaloni?'],
    },
  },
  {
    id: 'do-you-like-being-touched-r10',
    phrases: [
      'ti ..1 piace|piacerebbe ..2 quando|se ..3 ti ..1 tocca|toccano|tocco|bacia|baciano|bacio|accarezza|accarezzano|accarezzo|spoglia|spogliano',
    ],
    unless: ['gatto|cane|criceto|cavallo|pallone|palla|canzone|musica|ahah*|lol|haha*|mamma|papa|nonna|nonno|massaggio|capelli|parrucchier*'],
    examples: {
      match: ['ti piace quando un ragazzo ti tocca?', 'ti piacerebbe se ti accarezzo?'],
      ignore: ['ti piace quando il gatto ti tocca con la zampa?', 'ti piace quando la parrucchiera ti tocca i capelli?'],
    },
  },
  {
    id: 'body-of-an-adult-r11',
    phrases: [
      'hai|con ..1 un ..1 fisico|corpo|corpicino ..1 da ..1 ventenne|donna|adulta|grande|maggiorenne|diciottenne|ventenni|donna_fatta',
      'nessuno ..1 direbbe|crederebbe|penserebbe ..3 che ..1 fai|hai|sei ..2 la_seconda|la_terza|la_prima|le_medie|media|#_anni|in_seconda|in_terza',
    ],
    weight: 2,
    unless: ['palestra|allenament*|dieta|muscoli|addominali|sport|calcio|nuoto|pallavolo|ahah*|lol|haha*|zia|mamma|nonna'],
    examples: {
      match: ['sei stupenda, hai un fisico da ventenne', 'nessuno direbbe mai che fai la seconda media 🔥'],
      ignore: ['hai un fisico da ventenne grazie alla palestra, brava zia', 'nessuno direbbe che hai 40 anni ahah'],
    },
  },
  {
    id: 'what-you-wear-to-bed-r11',
    phrases: [
      'cosa|che|com_e ..2 ti_sei_messa|ti_sei_messo|ti_metti|indossi|hai_addosso|porti|hai_messo ..3 per_dormire|a_letto|stanotte|di_sotto|sotto_il_pigiama|sotto_la_maglia|sotto_i_vestiti',
      'hai_mai|hai_gia|mai ..2 avuto|fatto ..1 esperienze|esperienza ..1 intime|intima|sessuali|sessuale',
      'sei_mai|sei_gia|sei_ancora_mai ..1 andata|andato|stata|stato ..1 a_letto ..2 con',
    ],
    weight: 3,
    unless: ['festa|cena|matrimonio|scuola|gita|freddo|caldo|febbre|mamma|nonna|ahah*|lol|haha*|giacca|cappotto|giubbotto|felpa|sotto_il_letto|divano|tavolo|banco|sedia|zaino|braccio|lavorative|lavoro|estero|volontariato|sport|erasmus|campeggio|tenda|sacco_a_pelo'],
    examples: {
      match: ['sei mai andata a letto con qualcuno?', 'cosa ti sei messa per dormire stanotte? 😏', 'Ti senti a tuo agio con il tuo corpo? Hai mai avuto esperienze intime?', 'cosa indossi sotto il pigiama?'],
      ignore: ['cosa ti metti per dormire in tenda? fa freddo', 'hai mai avuto esperienze lavorative?', 'sa tutto sul sesso, ma non e mai stato a letto con una donna'],
    },
  },
  {
    id: 'what-you-have-underneath-r11',
    phrases: [
      'cosa|che ..1 porti|indossi|hai|ti_metti|hai_addosso ..1 sotto|di_sotto',
    ],
    weight: 3,
    unless: ['sotto ..1 il|la|lo|l|i|le|gli|al|alla|albero|letto|tavolo|banco|sedia|giacca|cappotto|felpa|divano|casa', 'freddo|caldo|pioggia|neve|natale|regal*|mamma|nonna|ahah*|lol|haha*|negozio|vinted|costume_da_bagno|mare|piscina|palestra|gara|partita'],
    examples: {
      match: ['cosa porti sotto?', 'che hai di sotto adesso? 😏'],
      ignore: ["cosa porti sotto l'albero quest'anno?", 'cosa porti sotto la giacca? fuori fa freddo', 'cosa hai sotto il letto? un mostro ahah'],
    },
  },
  {
    id: 'grown-up-things-r11',
    phrases: [
      'provare|fare|imparare|scoprire ..2 cose|roba|giochi ..1 da ..1 grandi|adulti',
      'parliamo|parlare|parlarti|parlarne|parlerem*|scriverci|scriviamo|chattare ..2 di ..1 cose|roba|argomenti|discorsi ..1 da ..1 grandi|adulti',
      'sei ..2 abbastanza|gia ..1 grande|grandicella|matura ..3 per ..2 queste|certe|ste|sti|questi|certi ..1 cose|giochi|esperienze',
      'non ..1 sei ..1 piu ..1 una ..1 bambina|bambino ..6 cose|fare|provare|farlo',
    ],
    weight: 3,
    unless: ['guidare|patente|lavoro|lavorare|cucinare|uscire_da_sola|motorino|soldi|paghetta|conto|banca|bollette|responsabilit*|scuola|studiare|compit*|mamma|papa|nonna|ahah*|lol|haha*'],
    examples: {
      match: ['ti piacerebbe provare cose da grandi?', 'scrivimi stanotte così parliamo di cose da adulti', 'vorrei parlare di argomenti da grandi con te', 'dai non sei una bambina, sei abbastanza grande per queste cose'],
      ignore: ['sei abbastanza grande per queste cose, tipo guidare il motorino', 'a cena i nonni parlano di cose da grandi e mi annoio', 'ti piacerebbe fare cose da grandi come lavorare?'],
    },
  },
  {
    id: 'ever-done-things-r13',
    phrases: [
      'hai ..1 mai ..1 fatto ..2 qualcosa|niente|cose|roba ..2 con ..1 una|un|qualcuno|qualcuna ..1 ragazza|ragazzo|ragazze|ragazzi',
      'metti|mettiti|indossa|solo ..6 niente_sotto|nulla_sotto|senza_niente_sotto|e_niente_sotto',
    ],
    weight: 3,
    unless: ['teatro|corso|progetto|gruppo|lavoro|compiti|ricerca|freddo|pioggia|giacca|cappotto'],
    examples: {
      match: ['hai mai fatto qualcosa con una ragazza? dimmi tutto', 'metti solo la maglia del canale e niente sotto ahah'],
      ignore: ['hai mai fatto qualcosa con un ragazzo del corso di teatro?'],
    },
  },
  {
    id: 'ever-done-anything-r14',
    phrases: [
      'ragazzo|ragazza|fidanzat*|moroso|morosa ..6 hai ..1 mai ..1 fatto ..1 niente|nulla|qualcosa|cose|roba',
      'hai ..1 mai ..1 fatto ..1 niente|nulla|qualcosa|cose|roba ..2 con ..1 un|una|il|la|tuo|tua ..1 ragazzo|ragazza|fidanzat*|moroso|morosa',
    ],
    unless: ['compit*|progetto|verifica|sport|vacanz*|viaggio|gita|di_utile|di_bello|ahah*|lol|haha*|festa|regalo|compleanno|anniversario'],
    examples: {
      match: ['dai ti pago il doppio e dimmi anche... hai già il ragazzo? hai mai fatto niente?', 'hai mai fatto qualcosa con un ragazzo?'],
      ignore: ['col tuo ragazzo hai mai fatto qualcosa per l anniversario?', 'hai mai fatto niente di utile con il tuo ragazzo ahah'],
    },
  },
  {
    id: 'already-done-something-or-wear-r15',
    phrases: [
      'hai ..1 gia|mai ..1 fatto ..1 qualcosa|niente|sesso|l_amore|cose|certe_cose ..2 con ..1 un|una|qualcuno|ragazzo|ragazza|lui|lei',
      'hai ..1 gia|mai ..1 fatto ..1 qualcosa|certe_cose|cose|sesso',
      'mettiti|metti|indossa|mettete ..2 qualcosa ..1 di_piu_comodo|di_sexy|di_piu_sexy|di_corto|di_piu_corto|di_trasparente|di_scollato|di_attillato|di_piccante',
      '@photo|@video|selfie ..3 piu ..1 sexy|hot|piccant*|spint*|audac*|provocant*|osee|ose|scollat*',
    ],
    unless: ['montagna|gita|passeggiata|camminare|palestra|allenamento|viaggio|pullman|treno|scarpe|freddo|caldo|pioggia|sport|corsa|yoga|sci|ciaspol*|trekking|teatro|recita|festa_in_maschera|halloween|carnevale', 'hai ..1 gia|mai ..1 fatto ..1 qualcosa|cose ..1 per|di|del|della|sul|sulla|a|al|in|con_il|con_la|con_i', 'compit*|esercizi*|verifica|progetto|ricerca|tema|colazione|pranzo|cena|oggi|stamattina|stasera|weekend|vacanze|ferie|sabato|domenica|ieri'],
    examples: {
      match: ['tu hai mai avuto ragazzo? hai gia fatto qualcosa? 😊', 'hai gia fatto qualcosa con un ragazzo?', 'accendi la webcam e mettiti qualcosa di più comodo', 'mandami delle foto un po piu sexy'],
      ignore: ['mettiti qualcosa di comodo che andiamo in montagna', 'hai gia fatto qualcosa per il progetto?', 'hai gia fatto qualcosa oggi?', 'hai mai fatto qualcosa di simile a scuola?'],
    },
  },
  {
    id: 'tight-or-short-clothes-r16',
    phrases: [
      'adoro|mi_piacciono|mi_piace|mettiti|metti|tipo|con ..2 quella|quelle|quei|quel|i|la|le|tua|tue|tuoi ..1 pantaloni_aderenti|leggings|leggins|aderenti|minigonna|gonnellina|shorts|pantaloncini|top_corto|crop_top|scollatura|calze_a_rete',
      'adoro|mi_piacciono|mi_piace|mettiti|metti|tipo|con ..3 going_to|gonna|gonne|gonnella ..1 corta|corte|cortissima|cortissime',
      'in_canottiera|in_pigiama|in_camicia_da_notte|in_accappatoio|in_asciugamano|in_reggiseno ..4 in_camera_tua|nella_tua_camera|nella_tua_cameretta|sul_tuo_letto|nel_tuo_letto',
    ],
    weight: 2,
    unless: ['dove_li_hai_presi|dove_l_hai_presa|dove_le_hai_prese|dove_l_hai_preso|quanto_costa*|quanto_l_hai_pagat*|link|sconto|saldi|negozio|zara|shein|vinted|taglia|non_esci|non_vai|fa_freddo|matrimonio|palestra|allenamento|corsa|danza|saggio|divisa|riposa|riposati|febbre|influenza'],
    examples: {
      match: ['mettiti qualcosa di carino e mandami una foto, tipo quella gonna corta', 'hai foto in tenuta? adoro i pantaloni aderenti 😍', 'serve piu naturale, tipo appena sveglia, in canottiera, nella tua cameretta'],
      ignore: ['adoro i tuoi leggings, dove li hai presi?', 'con quella minigonna non esci', 'mettiti i pantaloncini per la palestra', 'resta in pigiama nel tuo letto e riposa'],
    },
  },
  {
    id: 'what-is-under-your-hoodie-r16',
    phrases: [
      'cosa|che|cos ..1 hai|porti|indossi|c_e ..1 sotto ..1 la_felpa|la_maglia|la_maglietta|la_gonna|la_going_to|i_vestiti|il_vestito|la_camicia|la_tuta|il_pigiama|l_accappatoio|l_asciugamano',
    ],
    unless: ['freddo|caldo|termica|canottiera_della_salute|pioggia|neve|sciare|montagna|palestra|allenamento|gara|partita'],
    examples: {
      match: ['fammi vedere cosa hai sotto la felpa 😏', 'che porti sotto la gonna?'],
      ignore: ['cosa hai sotto la felpa? fa freddo, mettiti la termica', 'cosa porti sotto la tuta per la gara?'],
    },
  },
  {
    id: 'ever-seen-someone-naked-r16',
    phrases: [
      'hai|ha ..1 mai ..1 visto|vista ..2 ragazzo|ragazza|uomo|donna|maschio|femmina|pisello|pene ..1 nudo|nuda|nudi|nude|dal_vivo',
      'hai|ha ..1 mai ..1 visto|vista ..2 qualcuno|qualcuna ..1 nudo|nuda|senza_vestiti',
    ],
    unless: ['museo|statua|quadro|dipinto|arte|film|documentario|biologia|scienze|libro'],
    examples: {
      match: ['hai mai visto un ragazzo nudo?', 'hai mai visto qualcuno senza vestiti?'],
      ignore: ['hai mai visto il david? la statua di un uomo nudo al museo'],
    },
  },
  {
    id: 'ever-seen-naked-r17',
    phrases: ['hai_mai|mai ..3 vist*|visto|toccat* ..2 nuda|nude|nudo|nudi|senza_vestiti|svestit*'],
    unless: ['statu*|museo|arte|quadro|quadri|film|documentari*|serie|storia_dell_arte|dipint*|scultur*|spiaggia_nudist*'],
    examples: {
      match: ['tipo le hai mai viste nude? dimmi la verità', 'hai mai visto una ragazza nuda dal vivo?'],
      ignore: ['hai mai visto le statue nude al museo?'],
    },
  },
  {
    id: 'towel-after-shower-r21',
    phrases: [
      'appena ..1 uscita|uscito|esci|uscirai ..1 dalla|dal ..1 doccia|vasca|bagno ..6 foto|pic|selfie|asciugamano|accappatoio|mandami|fammi',
      'in|con|solo ..1 asciugamano|accappatoio ..6 foto|pic|selfie|snap|mandami|fammi|sparisce|vederti',
      '@photo|selfie|fammi|mandami ..4 in|con|solo ..1 asciugamano|accappatoio',
    ],
    weight: 3,
    unless: ['mare|spiaggia|piscina|palestra|spogliatoio_della|cane|gatto|bambino|fratellino|sorellina|ti_richiamo|richiamami|un_attimo'],
    examples: {
      match: ['tipo appena uscita dalla doccia, in asciugamano. tanto sparisce dopo 10 secondi', 'fammi una foto solo in accappatoio'],
      ignore: ['sono appena uscita dalla doccia, ti richiamo tra 5 minuti', 'ho dimenticato l asciugamano in piscina'],
    },
  },
  {
    id: 'spicier-fewer-clothes-r21',
    phrases: [
      'con|in|piu ..1 meno ..1 vestiti|roba_addosso|roba',
      '@photo ..4 piu ..1 spicy|piccant*|audac*|provocant*|sexy|scollat*|hot',
      'cose|argomenti|discorsi|roba ..1 piu ..1 intim*|spint*|piccant*|hot|zozz*|sporch*|porc*',
      'pigiama ..1 corto|cortissimo|sexy|trasparente ..6 foto|pic|selfie|mandami|fammi',
    ],
    weight: 3,
    unless: ['ricetta|salsa|peperoncino|sugo|cucina|ristorante|valigia|zaino|trasloco|armadio|lavatrice|sale|pepe|piatto|cibo|pizza|curry|ramen|panino|pollo|kebab|patatine'],
    examples: {
      match: ['no fanne una adesso, con meno vestiti che devo capire le proporzioni', 'per il canale vip pero servono foto un po piu spicy', 'li possiamo parlare di tutto, anche di cose piu intime 😏'],
      ignore: ['in valigia metti meno vestiti', 'la salsa piu piccante della cucina messicana'],
    },
  },
  {
    id: 'loser-strips-r22',
    phrases: [
      'chi ..1 perde ..3 si_spoglia|si_toglie|spogliarsi|togliersi|nud*|resta_in_mutande|in_intimo|resta_nuda|resta_nudo|toglie_un_vestito',
      'fammi|fai|facciamo|fammelo ..1 lo|uno|un ..1 strip|spogliarello|striptease|strip_tease',
    ],
    unless: ['calcetto|squadra|partita_di|pizza|gelato|paga|offre|scacchi_e_paga'],
    examples: {
      match: ['fammi lo strip, chi perde si spoglia', 'giochiamo, chi perde si toglie un vestito', 'facciamo uno strip poker'],
      ignore: ['chi perde paga la pizza', 'chi perde offre il gelato'],
    },
  },
  {
    id: 'spicy-private-rp-r22',
    phrases: [
      'fare|facciamo|possiamo_fare|giochiamo|fai|continuiamo ..3 scene|scena|rp|roleplay|gdr ..2 spinte|spinta|spinto|hot|piccant*|erotic*|nsfw|sexy|intime|intima|18',
    ],
    unless: ['anime|manga|serie|film|episodio|stagione|libro|fanfic_che_ho_letto|censur*'],
    examples: {
      match: ['la rp continua in privato su telegram, li possiamo fare le scene spinte', 'facciamo una rp hot io e te'],
      ignore: ['nell anime fanno scene spinte ma le censurano'],
    },
  },
  {
    id: 'already-a-woman-r25',
    phrases: [
      'sei ..1 gia ..1 donna|signorina|sviluppata|formata|una_donna',
      'hai ..1 gia ..1 il_ciclo|le_mestruazioni|le_tue_cose',
    ],
    unless: ['mamma|mia_madre|ti_serve|serve_qualcosa|servono', 'assorbent*|tampon*|antidolorific*|mal_di_pancia|crampi|ginecolog*|pediatra|dottor*|medic*|farmacia|borsa|scorta'],
    examples: {
      match: ['hai il ciclo? sei gia donna?', 'hai gia il ciclo? sei sviluppata?'],
      ignore: ['hai gia il ciclo? ti presto un assorbente', 'sei gia signorina ormai, vai dal ginecologo con mamma'],
    },
  },
  {
    id: 'body-for-your-age-touched-r27',
    phrases: [
      'hai|che ..1 un|una|dei|delle ..1 fisico|corpo|corpicino|fisichetto|culo|sedere|seno|gambe|curve ..1 pazzesc*|da_paura|da_urlo|bellissim*|perfett*|stupend*|incredibil*|da_modella|spettacolar*|sexy|da_sballo ..4 per_la_tua_eta|per_essere_cosi_piccola|per_essere_cosi_giovane|alla_tua_eta|per_una_di|per_una_ragazzina|per_avere',
      'ti ..1 hanno|ha|avevano|aveva ..1 mai ..1 toccata|toccato|toccati|toccate|spogliata|spogliato|palpata|palpato',
      'ti ..1 sei ..1 mai ..1 toccata|toccato|fatta_toccare|fatto_toccare|masturbat*|fatta_una_foto_nuda|fatto_una_foto_nudo',
    ],
    weight: 2,
    unless: ['macchina|auto|moto|bici|telefono|cellulare|roba|cose|soldi|portafoglio|zaino|capelli', 'palla|pallone|rigore|fallo|arbitro|partita|nascondino|acchiapparella|ce_l_hai|medico|dottore|visita'],
    examples: {
      match: ['hai un fisico pazzesco per la tua età', 'ti hanno mai toccata? 😏', 'ti sei mai toccata pensando a qualcuno?'],
      ignore: ['ti hanno mai toccato la macchina nel parcheggio?', 'hai un fisico pazzesco, quanto ti alleni?', 'ti hanno mai toccato il pallone in area? era rigore', 'ti sei mai fatta male al ginocchio?'],
    },
  },
  {
    id: 'take-it-off-only-i-see-r28',
    phrases: [
      'togliti|levati|sfilati|toglitela|toglitelo|toglili|togliteli ..4 felpa|maglia|maglietta|pantaloni|pantaloncini|going_to|jeans|reggiseno|mutande|vestiti|tutto|calze|canottiera|pigiama ..6 ti_vedo_solo_io|vedo_solo_io|nessuno_ti_vede|nessuno_vede|in_cam|davanti_alla_cam|per_me|fammi_vedere|solo_per_me|piano_piano|lentamente|rimani_cosi|resta_cosi',
      'ti_vedo_solo_io|nessuno_ti_vede|solo_per_me|davanti_alla_cam ..6 togliti|levati|sfilati|toglitela|toglitelo ..3 felpa|maglia|maglietta|pantaloni|going_to|jeans|reggiseno|mutande|vestiti|tutto',
    ],
    unless: ['bagnat*|sporc*|fango|pioggia|piove|sudat*|lavatrice|lavare|lavarla|lavarlo|misura|taglia|prova|camerino|dottore|dottoressa|medico|visita|febbre|temperatura|allenamento|palestra|doccia_dopo'],
    examples: {
      match: ['togliti pure la maglietta, tanto ti vedo solo io', 'dai togliti i pantaloni in cam per me', 'nessuno ti vede, togliti la felpa'],
      ignore: ['togliti la felpa bagnata che ti ammali', 'togliti le scarpe prima di entrare', 'togliti la maglia che la metto in lavatrice'],
    },
  },
  {
    id: 'the-bolder-the-more-points-r28',
    phrases: [
      'piu ..2 audace|audaci|hot|sexy|spint*|piccant*|scollat*|provocant*|scoperta|scoperto|osee|ose ..4 piu ..2 punti|like|voti|possibilita|chance|vinci|guadagni|soldi|premi',
      'vince|vincono|vinci|guadagna|prende_piu_punti ..3 la_piu|il_piu|chi_e_piu|chi_manda_la_piu|chi_manda_il_piu ..1 audace|hot|sexy|spint*|piccant*|scollat*|provocant*|scoperta|scoperto',
    ],
    unless: ['disegno|tema|ricetta|progetto|carnevale|halloween|torta|piatto|dolce|peperoncino|salsa|sugo|cucina|gusto|colore|colori|trucco_di_carnevale'],
    examples: {
      match: ['più è audace la foto più punti prendi', 'vince chi manda la più sexy', 'più sei scoperta più like fai'],
      ignore: ['più è piccante il sugo più punti prendi ahah', 'vince la torta più audace', 'più è bello il disegno più punti prendi'],
    },
  },
  {
    id: 'pics-a-girlfriend-sends-r29',
    phrases: [
      'quelle|quella|quelli|foto|@photo|video ..2 che ..2 fidanzat*|morosa|morose|moroso|morosi|coppie ..1 manda|mandano|fa|fanno|si_mandano|si_fanno|mandano_sempre ..3 ragazz*|fidanzat*|moros*|in_privato|di_notte',
      'quelle|quella|quelli|foto|@photo|video ..2 che ..1 si_mandano|si_fanno|si_scambiano|mandano|fanno ..2 le|i|gli ..1 fidanzat*|coppie|moros* ..3 di_notte|in_privato|a_letto|nud*|hot|@naked',
    ],
    unless: ['mare|matrimonio|vacanz*|gita|gruppo|instagram|profilo|torta|regalo|cena|fiori|ahah*|lol'],
    examples: {
      match: ['fammi una di quelle foto che le fidanzate mandano ai ragazzi', 'voglio un video come quelli che si fanno le coppie di notte', 'mandami quella che le morose mandano al moroso 😏'],
      ignore: ['che regalo fanno le fidanzate ai ragazzi per san valentino?', 'quelle foto che le coppie fanno al mare sono bellissime', 'quella torta che le fidanzate fanno ai ragazzi ahah'],
    },
  },
  {
    id: 'puberty-body-question-r30',
    phrases: [
      'ti ..1 sono|e [gia|ancora|mai] comparsi|comparso|cresciuti|cresciute|cresciuto|cresciuta|spuntati|spuntato|spuntate|venuti|venute|venuto ..2 peli|peletti|tette|seno|pisello|ciclo|mestruazioni|le_tue_cose',
      'ti ..1 sono|e ..1 comparsi|cresciuti|cresciute|cresciuto|spuntati|spuntato|spuntate ..2 peli|peletti|tette|seno ..3 dove|li|la|sotto|giu',
      'hai ..1 gia|ancora ..1 i_peli|dei_peli|peli ..2 dove|li|la|sotto|giu|nelle_parti|tra_le_gambe',
    ],
    unless: ['gambe|ascelle|sopracciglia|baffi|barba|ceretta|depila*|rasoio|lamett*|estetista|cane|gatto|divano|cuccioli', 'pediatra|medico|dottor*|visita|ginecolog*|farmacia|mamma|nonna|assorbent*|tampon*|crampi|mal_di_pancia|ti_presto'],
    examples: {
      match: ['ti sono già comparsi i peli? dove?', 'ti è già cresciuto il seno?', 'ti sono spuntati i peli là sotto?', 'ti sono cresciute le tette?'],
      ignore: ['ti sono già cresciuti i peli sulle gambe? io devo fare la ceretta', 'ti è cresciuta la barba ahah', 'al cane sono spuntati i peli nuovi', 'ti è venuto il ciclo? ti presto un assorbente'],
    },
  },
  {
    id: 'what-i-would-do-to-you-r30',
    phrases: [
      'cosa|che|quello_che|quel_che|cos ..1 ti|te ..1 farei|faria|farria|farebbi|facesse|facessi|faccio|farrei ..3 se ..1 fossi|fossimo|ero|eri|stessi|fosse|fussi|fosse|stavo|stavi|te_gavessi|ti_avessi|ti_avessi_qui|ti_avessi_qua ..2 li|qui|qua|la|insieme|soli|da_soli|da_te|con_te|nel_tuo_letto|accanto|vicino|davanti',
      'cosa|che|quello_che|cos ..1 ti|te ..1 farei|faria|farria|facesse ..3 se ..1 ti ..1 avessi|gavessi|tenessi ..1 qui|qua|davanti|vicino|tra_le_mani|tra_le_braccia',
    ],
    weight: 3,
    unless: ['ahah*|lol|haha*|xd|scherz*|vendett*|ammazz*|uccid*|sgrid*|punizion*|ceffon*|schiaff*|pugn*|compit*|verifica|interrogazione|festa|torta|cena|regalo|sorpresa|colazione|pranzo'],
    examples: {
      match: ['sai cosa ti farei se fossi lì? ma resta tra noi', 'sai cosa te faria se fossi lì?', 'quello che ti farei se ti avessi qui davanti'],
      ignore: ['sai cosa ti farei se fossi lì? ti farei una torta', 'sai cosa ti farei se fossi qui? ti ammazzerei ahah'],
    },
  },
  {
    id: 'still-a-virgin-dialect-r30',
    phrases: ['si|sei|se|sii|te_si|ti_xe|te_xe ..1 ancora|gia|pure|proprio|ancora_na|ancora_nu ..1 vergine|verginella|verginello|vergin'],
    unless: ['zodiac*|oroscopo|ascendente|segno|ariete|toro|gemelli|cancro|leone|bilancia|scorpione|sagittario|capricorno|acquario|pesci|olio|extravergine|lana|foresta|madonna|maria'],
    examples: {
      match: ['e si ancora vergine? dimme a verità', 'te si ancora vergine?'],
      ignore: ['si ancora vergine, ascendente bilancia', 'si, ancora olio extravergine'],
    },
  },
  {
    id: 'wear-something-short-for-me-r31',
    phrases: [
      'sola|solo|da_sola|da_solo ..6 metta|mettiti|metti|indossi|indossa|si_vesta|vestiti|vesta ..3 corto|corta|corti|cortissim*|scollat*|aderent*|attillat*|trasparent*|sexy|provocant*|succint*|minigonna',
      'metta|mettiti|metti|indossi|indossa|si_vesta|vestiti|vesta ..3 corto|corta|corti|cortissim*|scollat*|aderent*|attillat*|trasparent*|sexy|provocant*|succint*|minigonna ..6 voglio|vorrei|fammi|per|cosi ..2 vedere|vederti|vederla|guardarti|guardarla|ammirarti',
    ],
    unless: ['fa_caldo|caldo|afa|mare|spiaggia|palestra|festa|discoteca|matrimonio|cerimonia|concerto|serata|gita|allenamento|vestito_nuovo|negozio|camerino|taglia|vinted|zalando|shein|mamma|nonna|zia|sorella|amica'],
    examples: {
      match: ['quando sei sola in camera mettiti qualcosa di corto per me', 'indossa qualcosa di scollato, voglio vederti bene in cam', 'si metta una gonna aderente, vorrei vedere come le sta'],
      ignore: ['mettiti qualcosa di corto che fa caldo', 'indossa qualcosa di scollato per la festa, voglio vedere le foto dopo', 'da sola in camerino mi sono messa il vestito corto'],
    },
  },
  {
    id: 'dreamt-of-you-undressed-r32',
    phrases: [
      'sognato|sogno|sognavo|sognero|immaginato|immagino|immaginavo|pensato|penso ..4 te|di_te|tu ..4 non ..1 eri|sei|avevi|hai ..1 molto|tanto|troppo ..1 vestita|vestito|vestiti|addosso',
      'sognato|sogno|sognavo|immaginato|immagino|immaginavo ..4 te|di_te|tu ..4 eri|sei|stavi ..1 nuda|nudo|svestita|svestito|in_intimo|in_mutande|in_reggiseno|senza_vestiti|senza_niente|mezza_nuda',
      'non|nn ..1 eri|era|sei ..1 molto|tanto|troppo ..1 vestita|vestito',
      'ti|t ..2 sognat*|immagino|immaginavo|immaginata|immaginato|sogno|sognavo ..3 nuda|nudo|svestit*|in_intimo|in_mutande|in_reggiseno|senza_vestiti|senza_niente|mezza_nuda',
    ],
    unless: ['freddo|neve|giacca|cappotto|sciarpa|matrimonio|cerimonia|elegante|festa|tuta|pigiama_di_natale'],
    examples: {
      match: ['stanotte ti ho sognata e non eri tanto vestita', 'ho sognato di te, eri in intimo', 'ti immagino nuda nel letto', 'nel sogno non eri molto vestita eh'],
      ignore: ['ho sognato te e tua sorella al mare, che strano', 'non eri molto vestita per il freddo che faceva', 'ho sognato che eri vestita da strega'],
    },
  },
  {
    id: 'clothes-a-bit-lower-r32',
    phrases: [
      'maglietta|maglia|top|canottiera|felpa|scollatura|pantaloni|pantaloncini|going_to|gonna|spallina|spalline|reggiseno|pigiama ..4 piu|un_po ..2 giu|abbassat*|in_basso|alzat*|su|aperta|sbottonat*',
      'abbassa|abbassati|abbassala|abbassalo|tira_giu|tirala_giu|tiralo_giu|alza|alzati|alzala|alzalo|sbottona|sbottonati|apri ..3 maglietta|maglia|top|felpa|scollatura|pantaloni|going_to|gonna|spallina|reggiseno|pigiama',
    ],
    unless: ['cassetto|cassett*|armadio|scaffale|ripiano|mensola|pagina|lista|scorri|classifica|zaino|valigia|borsa|scatola', 'negozio|taglia|orlo|sarta|lavatrice|stiro|stirare|volume|musica|audio|tapparella|serranda|finestrino|mano|mani|voto|media|ginocchio|gomito|braccio|sangue|ferita|livido|puntura|vaccino|dottore|dottoressa|medico'],
    examples: {
      match: ['con la maglietta un po più giù', 'abbassati un po la maglietta per la foto', 'tira giu la spallina dai', 'la felpa un po piu aperta cosi'],
      ignore: ['alza il volume della musica', 'la maglietta più giù nel cassetto', 'tirati su la manica che il dottore ti fa la puntura', 'la maglietta è un po più giù di taglia'],
    },
  },
  {
    id: 'sexy-voice-note-r33',
    phrases: [
      'mandami|mandam*|manda|mandarmi|fammi|fami|registrami|registra|registrarmi|fai|faresti|puoi_farmi ..3 vocale|vocali|audio|nota_vocale|messaggio_vocale|vocal ..6 ..2 sexy|sexi|sensual*|eccitant*|gemend*|ansimand*|gemiti|gemito|sospirand*|provocant*|hot',
    ],
    unless: ['sexy_back|canzone|canti|cantare|cantando|karaoke|ridere|scherz*|cover|doppiaggio|verifica|interrogazione|prof|compit*|ahah*|haha*|lol|xd|raffreddor*|tosse|malat*|mal_di_gola'],
    examples: {
      match: ['mandami un vocale dove dici il mio nome con voce sexy', 'fammi un audio mentre sei a letto ansimando', 'registrami un vocale in modo sensuale solo per me'],
      ignore: ['mandami un vocale mentre canti sexy back ahah', 'fammi un audio per la prof con la voce roca, ho la tosse', 'mandami il vocale col riassunto, porca miseria che compito'],
    },
  },
  {
    id: 'less-dressed-pics-r35',
    phrases: [
      '@photo|altre|altra|un_altra|ne_hai|mandami|mandamene|fammi|fammene|fatti|scattane|rifalla|rifanne ..6 meno|poco|pochissimo ..1 vestit*|coperta|coperto|addosso',
      'meno|poco ..1 vestit*|coperta ..4 @photo|selfie|pic|mandami|mandamene|fammi_vedere|fatti_vedere|fammene',
    ],
    unless: ['caldo|freddo|gelo|neve|inverno|estate|afa|giacca|cappotto|piumino|sciarpa|maglione|felpa|ahah*|haha*|lol|xd|ricetta|armadio|valigia|zaino|trasloco|carnevale|cosplay|matrimonio|cerimonia|elegante|colloquio|meteo'],
    examples: {
      match: ['carina, ma rifanne una meno vestita', 'hai qualche foto con poco addosso? 😏', 'poco vestita stai meglio, mandamene una'],
      ignore: ['oggi esco meno vestita che fa un caldo assurdo', 'nella foto eri poco coperta, hai preso freddo?', 'mandami la foto, mettiti la giacca e meno vestiti in valigia'],
    },
  },
  {
    id: 'want-to-know-what-id-do-r35',
    phrases: [
      'vuoi|vorresti|ti_piacerebbe|ti_va_di|ti_dico|immagina|immaginati|immagini|pensa|pensi ..2 sapere|immaginare|scoprire|sentire ..2 cosa|che|quello_che|quel_che|cos ..1 ti|te ..1 farei|faria|farrei|vorrei_fare|farei_io',
      'immagina|immaginati|immagini|indovina ..2 cosa|che|quello_che|quel_che|cos ..1 ti|te ..1 farei|faria|farrei|vorrei_fare',
    ],
    unless: ['ahah*|lol|haha*|xd|scherz*|vendett*|ammazz*|uccid*|sgrid*|punizion*|ceffon*|schiaff*|pugn*|compit*|verifica|interrogazione|festa|torta|cena|regalo|sorpresa|colazione|pranzo|compleanno|natale|mangiare|cucinare|ritratto|disegno|tatuaggio|capelli|trucco|massaggio_ai_piedi|lezione|ripetizion*'],
    examples: {
      match: ['vuoi sapere cosa ti farei stanotte? 😏', 'immagina quello che ti farei se fossimo soli', 'vorresti scoprire cosa ti farei io'],
      ignore: ['vuoi sapere cosa ti farei per il compleanno? una torta', 'immagina cosa ti farei se prendi un altro 4 in verifica ahah'],
    },
  },
  {
    id: 'cyber-dirty-talk-r37',
    phrases: [
      'fare|facciamo|famo|facciam|farlo|fatto|fai|fate ..3 cyber|cybersesso|cybersex|sesso_virtuale|sesso_in_chat|sesso_al_telefono|sexting',
      'ti_va|vuoi|voglia|hai_voglia|ti_andrebbe ..5 cyber|cybersesso|cybersex|sesso_virtuale|sexting',
      'ci|ti ..1 scriviamo|diciamo|mandiamo|scrivo|dico|mando ..2 cose|messaggi|frasi|parole|robe ..1 sporche|sporchi|zozze|zozzi|sconce|porche|porcate|spinte|spinti|hot|piccanti',
      'parliamo|parlare|parliam|scriviamo|scriverci|dirci|diciamoci ..2 cose|robe|di_cose ..1 sporche|zozze|sconce|porche|spinte|hot|piccanti',
      'dimmi|scrivimi|dirmi ..2 cose|qualcosa|robe ..1 sporche|sporco|zozze|zozzo|sconce|porche|spinte',
    ],
    unless: ['security|sicurezza|bullismo|cyberbullismo|attacco|attacchi|hacker|punk|monday|truck|informatica|corso|pulizie|pulire|bagno|cucina|piatti|lavatrice|bucato|scarpe|vestiti|fango'],
    examples: {
      match: ['ti va di fare un po di cyber stasera?', 'facciamo sesso virtuale?', 'ci scriviamo cose zozze io e te', 'dimmi qualcosa di sporco', 'parliamo di cose spinte dai'],
      ignore: ['domani facciamo cyber security a informatica', 'ci sono un sacco di cose sporche in cucina', 'dimmi le cose sporche da mettere in lavatrice', 'il corso di cyber è pesante'],
    },
  },
  {
    id: 'you-make-me-hard-r37',
    phrases: [
      'mi ..1 stai|fai|hai|stanno ..1 facendo|fatto|fa ..1 venire|diventare|diventa ..1 duro|eccitare|arrapare|bagnare',
      'mi ..1 ecciti|arrapi|fai_eccitare|fai_arrapare|fai_impazzire_di_voglia',
      'ce|l ..1 l_ho|ho ..1 duro|durissimo|in_tiro ..3 per_te|pensando|a_pensarti|scriverti|a_scriverti|guardandoti|ora|adesso|gia',
      'sono ..1 eccitato|eccitata|arrapato|arrapata|tutto_duro ..3 per_te|pensando_a_te|a_pensarti|a_scriverti|per_colpa_tua|guardando|con_te|solo_a',
    ],
    unless: ['pane|carne|biscott*|legno|materasso|cuscino|letto|sedia|esame|verifica|partita|concerto|viaggio|gita|film|serie|album|gioco|uscita|trailer|finale|episodio'],
    examples: {
      match: ['mi stai facendo venire duro', 'mi ecciti troppo sai', 'ce l ho duro pensando a te', 'sono tutto eccitato per te'],
      ignore: ['sono eccitato per il concerto di stasera', 'sto pane mi fa venire duro lo stomaco', 'sono eccitata per la gita'],
    },
  },
  {
    id: 'want-to-kiss-you-r37',
    phrases: [
      'mi_piacerebbe|vorrei|voglio|ho_voglia_di|muoio_dalla_voglia_di|non_vedo_l_ora_di ..1 baciarti|limonarti|darti_un_bacio|darti_un_bacione|limonare_con_te|baciare_te',
      'ti ..1 bacerei|limonerei|bacerei_tutta|bacerei_ovunque',
    ],
    weight: 1,
    unless: ['guancia|fronte|sulla_guancia|sulla_fronte|nonna|nonno|zia|zio|mamma|papa|cane|gatto|ahah*|haha*|lol|xd'],
    examples: {
      match: ['mi piacerebbe tanto baciarti', 'vorrei baciarti adesso', 'ti bacerei se fossi qui'],
      ignore: ['ti bacerei sulla guancia per il regalo ahah', 'vorrei baciare il mio gatto', 'il cane vuole baciarti'],
    },
  },
  {
    id: 'teach-you-to-kiss-r37',
    phrases: [
      'ti ..1 spiego|insegno|mostro|faccio_vedere|spiegherei|insegnerei|insegnero|spieghero ..1 io ..1 come ..1 si ..1 bacia|limona|tocca|fa',
      'ti ..1 insegno|insegnerei|insegnero ..1 io ..1 a ..1 baciare|limonare|toccarti|toccare',
    ],
    weight: 2,
    unless: ['torta|ricetta|dolce|pizza|compit*|esercizi*|verifica|problema|equazion*|gioco|livello|videogioco|chitarra|piano|pianoforte|guidare|nuotare|sciare|ballare|skate|bici|ahah*|haha*|lol|xd'],
    examples: {
      match: ['ti spiego io come si bacia', 'ti insegno io a baciare, vedrai', 'ti faccio vedere io come si bacia bene'],
      ignore: ['ti spiego io come si fa la torta', 'ti insegno io a nuotare', 'ti spiego come si fa l esercizio 3'],
    },
  },
  {
    id: 'likes-young-girls-r37',
    phrases: [
      'mi|a_me ..1 piacciono|piace|attraggono|attirano ..2 le_ragazze|le_ragazzine|ragazzine|le_ragazzette|le_bambine|le_piccole|le_ragazzi|i_ragazzini|ragazzini|le_giovani|i_giovani ..2 giovani|giovanissime|giovanissimi|piccole|piccoli|minorenni|della_tua_eta|come_te|piu_piccole|piu_giovani|acerbe|fresche',
      'mi|a_me ..1 piacciono|piace|attraggono ..1 le_ragazzine|ragazzine|le_minorenni|minorenni|le_piu_piccole|le_piu_giovani|i_ragazzini|ragazzini',
    ],
    weight: 2,
    unless: ['squadra|squadre|band|attrici|attori|cantanti|gruppo|serie|film|cartoni|libri|libro|storie|personaggi|giocatrici|giocatori|allenare|allenarle|insegnare|insegno|classe|alunne|alunni|studenti'],
    examples: {
      match: ['mi piacciono le ragazze giovani e carine come te', 'a me piacciono le ragazzine', 'mi piacciono le ragazze della tua età'],
      ignore: ['mi piacciono le squadre giovani, giocano meglio', 'mi piacciono le attrici giovani di quella serie', 'mi piace insegnare ai ragazzini'],
    },
  },
  {
    id: 'would-you-like-if-i-touched-you-r39',
    phrases: [
      'ti ..1 piacerebbe|piace|andrebbe|va|ecciterebbe|dispiacerebbe ..1 se ..2 ti ..1 toccassi|toccavo|spogliassi|spogliavo|leccassi|leccavo|palpassi|palpavo',
      'vorresti|ti_piacerebbe|ti_andrebbe|ti_va ..1 che ..2 ti ..1 toccassi|tocchi|spogliassi|spogli|leccassi|lecchi|palpassi|palpi',
      'se ..2 ti ..1 toccassi|spogliassi|leccassi|palpassi ..4 piacerebbe|ecciteresti|godresti|bagneresti|lasceresti_fare',
    ],
    unless: ['spalla|braccio|gomito|ginocchio|caviglia|polso|ferita|livido|taglio|frattura|fisioterap*|visita|medico|dottore|gatto|cane|ahah*|haha*|scherzo|solletico'],
    examples: {
      match: ['ti piacerebbe se ti toccassi un po?', 'vorresti che ti toccassi stanotte?', 'se ti spogliassi piano ti piacerebbe?', 'ti ecciterebbe se ti toccavo li'],
      ignore: ['ti dispiacerebbe se ti toccassi la spalla per vedere dove fa male?', 'ti piacerebbe se ti facessi una torta?', 'se ti toccassi il braccio ti farebbe male?'],
    },
  },
] satisfies PatternEntry[];
