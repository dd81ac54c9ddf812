import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'ask-age',
    phrases: [
      'quanti anni ..1 hai|c_hai|tieni|ai|fai|compi|avete',
      'quanti anni',
      'quanti ne hai|ne_hai_tu',
      'anni hai|c_hai|ai',
      'che|ke|quale|qual_e_la eta|eta_hai ..1 hai|c_hai|avete|tua',
      'di|in che anno sei|nata|nato',
      'qual_e|dimmi|quale_e la tua eta',
      'sei ..1 maggiorenne|minorenne|piccola|piccolo_ancora',
      'che|quale|in_che classe|anno fai|sei|frequenti',
      'fai [le|la] medie|media|superiori|elementari ..1 o|oppure',
      'sei alle medie|superiori|elementari',
    ],
    unless: ['quanti anni ..1 ha|hanno|aveva|avevi|compie|compiono|fa|fanno|sono|ci_vogliono|di_galera|di_esperienza', 'torneo|tryout*|under|categoria|tesseramento|iscrizione|iscriverti|regolamento|lega|campionato'],
    examples: {
      match: ['quanti anni hai?', 'quanti anni c hai', 'che età hai', 'anni hai?', 'sei maggiorenne?', 'in che classe sei?', 'fai le medie o le superiori?'],
      ignore: ['quanti anni ha tua nonna', 'ci vogliono 3 anni', 'compio gli anni domani'],
    },
  },
  {
    id: 'ask-school',
    phrases: [
      'che|ke|k|quale|in_che|a_che scuola|liceo|istituto|medie|media|superiore|superiori ..1 fai|vai|frequenti|sei|fate|vai_a',
      'dove|in_che|quale vai|fai ..1 scuola|liceo|medie|superiori',
      'come si chiama ..1 tua|la_tua scuola|liceo|prof',
      'qual e|quale la|e_la tua scuola|il_tuo_liceo',
      'a che ora esci|finisci ..2 scuola|lezioni',
    ],
    examples: {
      match: ['che scuola fai?', 'a che scuola vai', 'dove vai a scuola?', 'come si chiama la tua scuola', 'a che ora esci da scuola?'],
      ignore: ['la scuola è chiusa', 'che schifo la scuola', 'vai a scuola domani?'],
    },
  },
  {
    id: 'ask-alone',
    phrases: [
      'sei|stai|resti|rimani|sarai|rimarrai|siete ..3 sola|soletta|soletto|soli',
      'sei|stai|resti|rimani|sarai|rimarrai ..2 da solo',
      'ci sono|ci_stanno|c_e ..1 i_tuoi|tua_madre|tuo_padre|tuoi_genitori|i_genitori|tua_mamma|qualcuno|i_tuoi_genitori ..2 a|in|casa|con_te|li|ora|adesso',
      'c_e|ci_sono qualcuno|nessuno ..1 con_te|a_casa|in_casa|li_con_te|li|adesso',
      'i tuoi|genitori ..2 sono|stanno ..1 a_casa|in_casa|fuori|via|al_lavoro|a_lavoro|usciti',
      'dove sono|stanno i tuoi|tua_madre|tuo_padre|genitori',
      'quando tornano|rientrano|escono|torna|rientra|esce|vanno_via i_tuoi|tua|tuo|tuoi|genitori|mamma|madre|papa',
      'i tuoi ..2 a_che_ora|quando ..1 tornano|rientrano|escono',
      'i tuoi|genitori ..2 controllano|leggono|guardano ..3 telefono|cell|chat|messaggi',
      'tua|tuo ..1 madre|mamma|padre|papa|sorella|fratello ..1 ti ..1 controlla|legge|guarda ..2 telefono|cell|chat|messaggi',
      'hai ..1 la|una ..1 camera|stanza ..1 tutta_tua|tutta_per_te|solo_tua|da_sola|da_solo',
      'chi ..1 c_e|c|ce ..2 a_casa|in_casa ..2 con_te',
      'hai ..1 camera|stanza tua|da_sola|da_solo|tutta_per_te',
      'dormi|dormite ..2 da sola|solo|in_camera_tua', 'tuoi|genitori|tua_madre|tuo_padre|tua_mamma ..2 ti ..1 lasciano|lascia|fanno|fa ..1 uscire|dormire|stare|restare ..2 da_sola|da_solo|fuori|la_sera|di_sera|fino_a_tardi|la_notte|di_notte'],
    unless: ['mia_madre|mio_padre|i_miei|mia_mamma|mio_fratello|mia_sorella|mia_nonna ..1 mi ..1 rompe|rompono|stressa|stressano|urla|urlano|tormenta|fa_impazzire|fanno_impazzire', 'chiudi_la_porta|chiudi_a_chiave|a_chiave|non_aprire_a_nessuno|non_aprire_la_porta', 'non ..2 sei|sarai|stai|sarete|siete ..3 sol*', 'non|nn sei|sarai sol*', 'da solo|sola ..2 a|in scuola|cinema|festa|concerto|piscina|palestra|gita', 'mamma|madre|papa|padre|genitori|nonna|nonno|zia|zio|sorella|fratello di', 'sua_madre|sua_mamma|suo_padre|suoi_genitori|sua_nonna|sua_sorella', 'sol* ..1 a|in|al|alla|allo ..1 scuola|classe|lezione|verifica|palestra|allenamento|corso|gita|mensa|interrogazione|laboratorio'],
    examples: {
      match: ['sei a casa da sola?', 'sei sola?', 'sei da sola o c e qualcuno?', 'ci sono i tuoi a casa?', 'quando tornano i tuoi?', 'i tuoi controllano il telefono?', 'hai una camera tutta per te?', 'sei da sola adesso?', 'tua madre ti guarda i messaggi?', 'hai la camera tutta tua?', 'chi c è a casa con te adesso?', 'i tuoi genitori ti lasciano uscire da sola la sera?'],
      ignore: ['sei a casa da sola? posso venire da te che mia madre mi stressa', 'sei da sola a casa? papà arriva alle 8, chiudi la porta a chiave', 'sei sola? non aprire a nessuno eh', 'non sei sola, ci sono io', 'non sarai mai sola', 'sei da sola o c è anche la mamma di luca?', 'sei da sola o c è anche sua madre', 'sono da sola a casa', 'sei solo un idiota', 'stai al sole', 'sei sola a scuola domani? io ho la verifica e non vengo'],
    },
  },
  {
    id: 'ask-location',
    phrases: [
      'dove|do|dv abiti|vivi|stai|abitate|vivete|abita',
      'di dove sei|di_dove_sei',
      'in|di|a che|quale citta|paese|zona|via|quartiere|provincia|regione ..1 abiti|vivi|stai|sei',
      'qual e il|l tuo|tua indirizzo|via|paese',
      'dammi|mandami|inviami|condividi|mi_dai|mi_mandi|passami ..2 indirizzo|civico',
      'abiti|vivi ..2 vicino|lontano|da_sola|da_solo|in_centro|dove',
    ],
    unless: ['so|sappiamo|conosco|scopro|trovo dove', 'foto|pic|screen|selfie|posizione ..1 di ..1 dove'],
    examples: {
      match: ['dove abiti?', 'di dove sei', 'in che città vivi?', 'mandami il tuo indirizzo', 'qual è il tuo indirizzo'],
      ignore: ['io abito a roma', 'sono a roma', 'la posizione della squadra', 'dove sei? è tardi', 'mandami una foto di dove sei che ti vengo a prendere'],
    },
  },
  {
    id: 'ask-live-location',
    phrases: ['dammi|mandami|inviami|condividi|mi_dai|mi_mandi|passami ..2 posizione|posizione_live|live_location'],
    unless: ['per_favore|per_piacere|sono_in_pensiero|sono_preoccupat*|a_che_ora_torni|quando_torni|quando_rientri', 'prendere|prenderti|a_prenderti|recuperarti|riprenderti|ci_vediamo_li|sono_arrivat*|sto_arrivando|quando_esci|appena_esci|quando_arrivi|appena_arrivi|quando_sei_arrivat*|appena_sei_arrivat*'],
    examples: {
      match: ['mandami la posizione', 'mi mandi la tua posizione?'],
      ignore: ['mandami la posizione per favore', 'mandami la posizione per favore che sono in pensiero', 'mandami la posizione quando esci', 'mandami la posizione che ti vengo a prendere', 'dammi la posizione, passo a prenderti'],
    },
  },
  {
    id: 'ask-relationship-or-body',
    phrases: [
      'hai|c_hai ..1 il|un|la|una ragazzo|fidanzato|fidanzata|ragazza|tipo|tipa',
      'sei fidanzat*|single|impegnat*',
      'quanto sei alta|alto|pesi',
      'quanto pesi|misuri',
    ],
    weight: 1,
    examples: {
      match: ['hai il ragazzo?', 'sei fidanzata?', 'quanto pesi?', 'hai un fidanzato'],
      ignore: ['il ragazzo di giulia è simpatico', 'pesi la farina'],
    },
  },
  {
    id: 'parents-back-school-check',
    phrases: [
      'a che ora|quando ..1 tornano|torna|rientrano|rientra|escono|esce ..2 tuoi|tua|tuo|i_tuoi|genitori|madre|padre|mamma|papa',
      'vai|frequenti|fai ..2 media|medie|liceo|scientifico|classico|itis|istituto|elementari ..2 vero|giusto|no|nevvero',
    ],
    examples: {
      match: ['a che ora tornano i tuoi?', 'vai alla media pascoli vero?'],
      ignore: ['a che ora torni?', 'vado al liceo'],
    },
  },
  {
    id: 'home-routine-probe',
    phrases: [
      'vivi|abiti|stai ..1 con ..1 i_tuoi|tua_madre|tuo_padre|i_tuoi_genitori|tua_mamma|tuo_papa|tuoi',
      'sei ..1 figlia|figlio ..1 unica|unico',
      'abiti|vivi ..1 a|in|vicino|vicino_a|dalle_parti_di|zona ..3 giusto|vero|no|anche_tu|anch_io|anche_io|di_preciso',
      'sei ..1 di ..1 qui|zona|queste_parti|vicino|milano|roma|napoli|torino|palermo|bologna|firenze|genova|bari|venezia|verona|catania',
      'i_tuoi|tua_madre|tuo_padre|genitori|tua_mamma|tuo_papa ..2 lavorano|lavora|tornano|torna|rientrano|rientra ..2 tardi|fino_a_tardi|la_sera|di_notte|di_sera',
    ],
    weight: 1,
    unless: ['mamma|papa|nonna|nonno|zia|zio ..1 dice|chiede|vuole_sapere'],
    examples: {
      match: ['abiti con tuo padre o con tua madre?', 'abiti a torino giusto? anch io', 'sei di milano? aggiungimi su instagram', 'vivi con i tuoi?', 'sei figlia unica?', 'i tuoi lavorano fino a tardi?'],
      ignore: ['io vivo con i miei nonni', 'vivo con i miei', 'a che ora vai a scuola?'],
    },
  },
  {
    id: 'where-from-and-in-your-room-r9',
    phrases: [
      'tu|e_tu|ma_tu|sei ..1 da|di ..1 dove',
      'tu ..1 vai|fai|frequenti ..1 al|il|la|le|alle ..1 liceo|medie|superiori|scuola|elementari',
      'sei ..1 in ..1 camera|cameretta|camera_tua|bagno|letto|stanza',
      'm|f ..1 o ..1 f|m',
    ],
    weight: 1,
    unless: ['compit*|verifica|prof|mamma|papa|cena|pranzo|tavola|pronto|ritardo|scuolabus|autobus|bus'],
    examples: {
      match: ['ciao bella, tu da dove?', 'vabbe sara per la prossima. tu vai al liceo?', 'nnt annoiato. sei in camera?', 'm o f?'],
      ignore: ['sei in camera? la cena è pronta', 'tu vai al liceo domani con l autobus?'],
    },
  },
  {
    id: 'which-class-when-you-get-out-r11',
    phrases: [
      'che|quale|in_che ..1 sezione|classe ..1 fai|sei|frequenti|vai',
      'a_che_ora|quando ..1 esci|uscite|finisci|finite ..3 da_scuola|scuola|il_sabato|sabato|la_mattina|di_casa|dall_allenamento|da_danza|dalla_palestra',
    ],
    weight: 1,
    unless: ['prof|compit*|verifica|orario_delle_lezioni|mamma|papa|nonna|nonno|zia|zio'],
    examples: {
      match: ['ma tu sei quella del Volta? che sezione fai?', 'a che ora uscite il sabato?'],
      ignore: ['mamma chiede a che ora esci da scuola'],
    },
  },
  {
    id: 'are-your-parents-there-r13',
    phrases: [
      'i_tuoi|tua_madre|tuo_padre|i_tuoi_genitori|tua_mamma|tuo_papa ..1 ci ..1 sono|stanno|e',
      'stasera|oggi|adesso|ora ..1 sono|stanno ..1 a ..1 casa',
    ],
    unless: ['saluta|salutami|auguri|cena|pranzo|invitati|ahah*|haha*'],
    examples: {
      match: ['sei a casa ora? i tuoi ci sono?', 'e stasera sono a casa?'],
      ignore: ['i tuoi ci sono a cena domenica?'],
    },
  },
  {
    id: 'birth-year-parents-check-phone-r14',
    phrases: [
      'anno ..1 di ..1 nascita',
      'di ..1 che ..1 anno ..1 sei',
      'i_tuoi|tua_madre|tua_mamma|tuo_padre|tuo_papa|genitori ..2 controllano|controlla|guardano|leggono|ti_controllano|ti_guardano ..3 telefono|cell|cellulare|pc|chat|messaggi|computer|tablet',
      'che|quale|in_che ..1 classe|scuola|istituto ..2 frequenti|frequenta',
    ],
    unless: ['modulo|iscrizion*|tessera|tesseramento|segreteria|anagrafe|documento|codice_fiscale|certificato|vino|annata|macchina|auto|moto'],
    examples: {
      match: ['Hai un bel piede. Ruolo? anno di nascita?', 'di che anno sei?', 'i tuoi ti controllano il pc?', 'Che classe frequenta e in che istituto?'],
      ignore: ['per il tesseramento serve anno di nascita e codice fiscale', 'di che anno è la macchina?'],
    },
  },
  {
    id: 'you-are-still-n-right-r19',
    phrases: [
      'hai|ha|c_hai ..1 ancora|solo|appena|tipo|gia ..1 # ..1 anni ..2 giusto|vero|no|right|si|eh',
      'sei ..1 ancora|solo ..1 in ..1 prima|seconda|terza ..1 media|superiore|liceo ..2 giusto|vero|no|eh',
    ],
    unless: ['cinema|ridotto|biglietto|biglietti|sconto|tessera|abbonamento|cugino|cugina', 'patente|votare|voto|lavoro|mutuo|pensione|esperienza|contratto|matrimonio|sposat*|galera|nonna|nonno|cane|gatt*|macchina|auto|casa|fa|tua_sorella|tuo_fratello|tuo_cugino|tua_cugina'],
    examples: {
      match: ['hai ancora 14 anni giusto?', 'hai solo 13 anni vero?', 'sei ancora in terza media giusto?'],
      ignore: ['hai gia 18 anni giusto? allora puoi fare la patente', 'la macchina ha solo 3 anni vero?'],
    },
  },
  {
    id: 'dialect-boyfriend-question-r30',
    phrases: [
      'tiene|tieni|tien|ten|tene|te_ga|te_ghe|ti_ga|ti_ghe|gheto|ghe_to|ga|gh_ai ..1 o|il|el|un|lo|la|a|na|nu|n|on|al|ol ..1 fidanzat*|fidanzatin*|moroso|morosa|morosetto|morosetta|ragazzo|ragazza|guaglione|guagliona|zito|zita|picciotto|picciotta|ragazzu|ragazza',
      'tiene|tieni|te_ga|gheto|ga ..1 fidanzat*|moroso|morosa|guaglione|guagliona|zito|zita',
    ],
    weight: 1,
    unless: ['cugin*|sorella|fratello|amica_mia|amico_mio'],
    examples: {
      match: ['ma tu tiene o fidanzato?', 'te gà el moroso?', 'gheto el moroso?'],
      ignore: ['mia sorella tiene il fidanzato a cena stasera'],
    },
  },
  {
    id: 'are-you-the-one-from-school-r30',
    phrases: [
      'sei ..1 tu ..1 quella|quello|quella_ragazza|quel_ragazzo ..1 della|del|dello|che_va|che_fa|che_gioca ..3 liceo|scuola|classe|istituto|media|medie|sezione|palestra|squadra|oratorio',
    ],
    weight: 1,
    unless: ['raga|ragazzi|gruppo|prof|professor*|rappresentant*|gita|compit*|verifica|appunti|libro|libri|riunione|assemblea|torneo|partita'],
    examples: {
      match: ['heyy sei tu quella della 3B del liceo Volta?', 'sei tu quello che gioca nella squadra del quartiere?'],
      ignore: ['sei tu quella della 3B? ti porto gli appunti domani', 'raga sei tu quello del gruppo di scienze?'],
    },
  },
  {
    id: 'body-data-list-r30',
    phrases: [
      'mi_servono|mi_serve|mandami|dimmi|dammi|scrivimi|servono|dati ..4 altezza|peso|eta|misure|taglia ..2 peso|eta|altezza|misure|seno|vita|fianchi|giro_vita|giro_seno',
    ],
    weight: 1,
    unless: ['costume|costumi|scena|teatro|sartoria|sarta|recita|spettacolo|saggio|musical|abito|vestito|carnevale', 'divise|divisa|ordinare|ordine|maglie|maglia|tutti|ragazzi|raga|squadra_intera|medico|visita|pediatra|certificato|iscrizione|mamma|papa|scarpe|pacco|valigia|scatola|mobile|letto|armadio|bici|pesce|cane|gatto'],
    examples: {
      match: ['mi servono alcuni dati: altezza, peso, età', 'mandami misure (seno, vita, fianchi)'],
      ignore: ['mi servono altezza, taglia e numero di scarpe di tutti per ordinare le divise', 'altezza e peso del mobile?', 'per il costume di scena mi servono le tue misure: petto, vita, fianchi e altezza'],
    },
  },
  {
    id: 'going-home-alone-r36',
    phrases: [
      'ti|te [ne] torni|tornerai|rientri|vai|rientrerai|ritorni ..3 da_sola|da_solo|sola_soletta|tutta_sola',
      'torni|tornerai|rientri|rientrerai|ritorni ..2 a|in|verso ..1 casa ..2 da_sola|da_solo|tutta_sola|sola_soletta',
      'domani|stasera|oggi|sabato|domenica ci|la torni|ritorni|tornerai ..2 al|alla|in ..1 parco|parchetto|giardinetti|fermata',
    ],
    unless: ['o_ti|oppure|o_vengo|o_passo|ti_vengo_a_prendere|ti_passo_a_prendere|ti_accompagn*|ti_porto|ti_prendo|ti_aspetto|mandami_la_posizione|scrivimi_quando|avvisami|fammi_sapere_quando|chiamami_quando', 'mamma|papa|babbo|nonna|nonno|zia|zio|tua_madre|tuo_padre|tua_sorella|tuo_fratello|con_le_tue|con_i_tuoi|con_gli_altri|con_le_altre|con_noi', 'e_buio|fa_buio|c_e_buio|stai_attenta|stai_attento|attenta|piove|pioggia|fa_freddo|sciopero|bus|autobus|pullman|treno|metro|navetta|bici'],
    examples: {
      match: ['torni a casa da sola dopo allenamento?', 'te ne torni da sola stasera?', 'domani ci torni al parco a che ora?', 'domani ci ritorni al parchetto?'],
      ignore: ['torni a casa da sola o ti vengo a prendere?', 'torni da sola? è buio, stai attenta', 'torni a casa da sola o con le tue amiche?', 'domani torni al parco con i tuoi?', 'torno a casa da sola', 'torni a casa da sola col bus?'],
    },
  },
  {
    id: 'when-does-your-mum-get-back-r37',
    phrases: [
      'tua|tuo|i_tuoi ..1 madre|mamma|madree|padre|papa|genitori|nonna|nonni ..2 quando|a_che_ora|che_ora|fino_a_che_ora ..1 torna|tornano|rientra|rientrano|arriva|arrivano|stacca|staccano|finisce|finiscono|va_via|vanno_via|esce|escono',
      'i_tuoi|i_tuoi_genitori|tua_madre|tua_mamma|tuo_padre ..3 quando ..1 vanno|va ..1 a_letto|a_dormire|al_lavoro|via',
      'quando|appena ..1 vanno|va|sono_andati|e_andata|e_andato ..1 a_letto|a_dormire ..1 i_tuoi|i_tuoi_genitori|tua_madre|tua_mamma|tuo_padre',
      'fino_a_che_ora|fino_a_quando|per_quanto ..2 sei|stai|resti|starai ..1 sola|solo|da_sola|da_solo',
    ],
    unless: ['sua_madre|sua_mamma|suo_padre|i_suoi', 'cena|pranzo|spesa|ti_passo|ti_vengo_a_prendere|lasagne|torta|compiti|chiama|chiamala|chiamalo|la_chiave|le_chiavi|pacco'],
    examples: {
      match: ['tua madre quando torna?', 'tua mamma a che ora rientra stasera?', 'scrivimi quando vanno a letto i tuoi', 'fino a che ora stai sola oggi?'],
      ignore: ['tua madre quando torna? devo ridarle le chiavi', 'sua madre quando torna?', 'i tuoi quando tornano? c è la cena pronta'],
    },
  },
] satisfies PatternEntry[];
