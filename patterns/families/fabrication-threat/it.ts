import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'con [l|un|una|lo|il] ia|ai|app|photoshop|programma|intelligenza|fotomontaggio|software|bot ..6 nud*|porno|spogli*|svest*|senza_vestiti|xxx|hot|sesso|intimo',
      'metto|incollo|attacco|monto|mettero|incollero ..3 tua|tuo ..1 faccia|viso|testa|foto ..4 nud*|porno|corpo|foto_porno|video_porno|sito|siti|donna_nuda|ragazza_nuda',
      'faccio|faro|creo|creero|genero|mando|pubblico|giro|faccio_girare ..4 foto|video|immagin* ..1 finte|finti|falsi|false|fake|modificat*|taroccat*|ritoccat*|montat*',
      'faccio|faro|creo|creero|genero ..3 deepfake*|deep_fake|fotomontagg*_nud*|nudes_finte|nude_finte|foto_finte',
      'creare|creo|creero|generare|genero|generero ..3 @photo|@video ..4 nud*|porno|spogli*|hot',
      'ia|app|photoshop|deepfake*|programma ..4 spogliarti|svestirti|spogliata|nuda|nudo|senza_vestiti',
      'ti spoglio|spogliero ..3 con|app|ia|ai|photoshop|programma',
      'nudify|undress ..2 tua|tue|tuo|foto',
      'anche senza ..3 tue|tuoi|foto|nudes ..3 posso|creo|faccio|creare|crearle|farle ..2 nud*|finte|porno|uguale|lo_stesso',
    ],
    examples: {
      match: ["con l'ia metto la tua faccia su foto nude e le mando a tutta la tua scuola", 'con un app ti spoglio', 'faccio girare le foto finte', 'ti faccio un deepfake', 'metto la tua faccia su un video porno'],
      ignore: ['ho fatto un fotomontaggio con il gatto', 'quella foto è finta lol', 'con l ia ho fatto i compiti', 'se non ti piace faccio un deepfake di me che canto ahah'],
    },
    unless: ['di_me|ahah*|haha*|lol|scherzo|meme'],
  },
  {
    id: 'fake-montage-or-profile',
    phrases: [
      'fotomontagg*|montaggio|deepfake*|photoshop ..4 di|con|della ..1 te|tua|tuo|tue ..4 nud*|porno|spogli*|senza_vestiti|hot|in_intimo',
      'profilo|account ..1 falso|fake|finto ..3 col|con|con_il|a ..1 tuo|tue|tua ..1 nome|foto',
      'creo|faccio|apro|creero|faro|aprire|creare ..2 un ..1 profilo|account ..1 falso|fake|finto ..4 tuo|tue|tua|te',
      'creo|faccio|apro|creero|faro|aprire|creare ..2 una|un ..1 pagina|profilo|account ..2 con ..2 tue|tuoi ..1 @photo|@video|nudes|foto', 'ho_fatto|ho_creato|ho_aperto ..3 profilo|account|pagina ..2 con ..2 tue|tuoi|tuo|tua ..1 foto|@photo|@video|nome|video'],
    unless: ['gatto|cane|meme|ahah|haha|lol|scherzo|compleanno|festa|sito_della_scuola|annuario|giornalino|fantacalcio'],
    examples: {
      match: ['allora faccio un fotomontaggio di te nuda', 'creo un profilo falso col tuo nome e le tue foto', 'apro un account fake con le tue foto', 'ti creo una pagina con le tue foto', 'ho fatto un nuovo profilo con le tue foto e sto scrivendo ai tuoi amici'],
      ignore: ['ho fatto un fotomontaggio di te col gatto ahah', 'ho un profilo falso per seguire i cantanti'],
    },
  },
  {
    id: 'your-face-on-porn',
    phrases: [
      'metterti|mettero|metto|mettere|montare|montarti|monto|incollarti|incollo|incollare|attaccarti|attacco|piazzarti|piazzo ..3 faccia|viso|testa|faccina ..5 porno|nud*|video_porno|foto_porno|corpo_nudo|hot|xxx|sesso|spogliat*|svestit*|onlyfans|pornhub',
      'nessuno ..2 capira|capirebbe|sapra|saprebbe|scoprira|notera|credera|crederebbe|si_accorgera|si_accorgerebbe|dira ..3 che ..1 sono|e|siano|sia|non_sono|non_sei ..1 finte|finti|finta|finto|false|falsi|falsa|falso|fake|montat*|modificat*|taroccat*|ritoccat*|tu|te',
      'anche se ..2 sono|e|siano|sia|saranno ..1 finte|finti|false|falsi|fake|modificat*|montat* ..6 crederanno|credera|ci_credono|ci_crederanno|penseranno|pensera|ci_cascano|ci_cascheranno|importa|frega',
      'modifico|modifichero|ritocco|tarocco|taroccare|modificare|trasformo|trasformare ..3 tue|tuoi|tua|tuo ..1 @photo|@video|foto ..4 nud*|porno|spogli*|senza_vestiti|hot|xxx',
      'ti ..1 faccio|faro|rendo|metto ..2 nuda|nudo|spogliata|spogliato|svestita ..3 con|ia|ai|app|photoshop|programma|deepfake*',
      'le|li|lo|la ..1 creo|creero|faccio|faro|genero|generero ..2 io ..3 ia|ai|app|photoshop|intelligenza|programma|bot ..6 @sharev|nud*|porno|tutti|nude|spogliat*',
      'finte|finti|false|falsi|fake ..4 sembrano|sembreranno|sembrera|sembra ..1 vere|veri|vera|vero|reali|reale',
      'distinguer*|capire|capira|capiranno ..4 vere|veri ..3 finte|finti|false|falsi|fake',
    ],
    unless: ['meme|filtro|sticker|ciglia|unghie|capelli|extension|tatuagg*|banconot*|soldi_finti|regalo|sorpresa|ahah*|lol|scherzo|bravissim*|brava|bravo|complimenti|nike|scarpe|borsa|borse|marca|originali|orecchie|gatto|slide|compit*|ricerca'],
    examples: {
      match: ['posso metterti la faccia su dei video porno e nessuno capirà che sono finti', 'monto la tua faccia su un corpo nudo', 'anche se sono finte tutti ci crederanno', 'nessuno crederà che sono finte', 'modifico le tue foto e ti faccio nuda', 'ti faccio nuda con l ia', 'se non mi mandi le foto le creo io con l ia e le mando a tutti', 'ho già fatto delle foto finte di te, sembrano vere, le mando?', 'nessuno distinguerà quelle vere da quelle finte'],
      ignore: ['metto la faccia di marco su un meme', 'nessuno capirà che sono finte le ciglia', 'ti metto la faccia sul corpo di un calciatore ahah', 'le faccio io con l ia le slide, tranquillo', 'sono foto finte di te? sembrano vere, bravissimo con photoshop', 'non so distinguere le vere dalle finte nike'],
    },
  },
  {
    id: 'fake-with-your-face',
    phrases: [
      'fotomontagg*|deepfake*|montaggio|photoshop ..4 tua|tuo ..1 faccia|viso|foto|testa ..6 girare|circolare|@sharev|pubblicar*|mandar*|scuola|classe|tutti|online|ovunque|nud*|porno|spogl*|corpo|hot',
      '@photo|@video|immagin* ..1 nud*|porno|hot|spogliat*|svestit*|xxx ..4 con ..2 tua|tuo ..1 faccia|viso',
      'faccio|faro|creo|creero|genero|generero ..4 nud*|porno|nudes ..4 con ..3 ia|ai|intelligenza|app|photoshop|tua_faccia|tuo_viso',
      'posso|so|le|li ..1 crearle|crearli|farle|farli|generarle|generarli|inventarle ..3 io ..3 tue|tuoi|te ..2 @photo|@video ..2 nud*|porno|hot|finte|false|fake|spogliat*',
      'creo|creero|genero|generero|faccio|faro ..2 io ..3 tue|tuoi|di_te ..2 @photo|@video|nudes ..2 nud*|porno|hot|finte|false|fake|spogliat*',
      'se_non|altrimenti|oppure|senno ..6 fotomontagg*|deepfake*|foto_finte|foto_false|video_finto|video_falso',
      'creo|faccio|genero|creero|faro|generero ..2 io ..6 nessuno ..1 capira|notera|vedra|capirebbe|si_accorgera ..1 la_differenza',
      'app|ia|programmi|programma|siti|sito|bot ..2 che ..1 ti ..1 spogliano|spoglia|svestono|tolgono_i_vestiti|toglie_i_vestiti',
    ],
    unless: ['meme|filtro|sticker|gatto|cane|ahah*|lol|haha*|scherzo|compleanno|festa|auguri|regalo|biglietto|calciatore|supereroe|cartone|avatar|profilo|copertina|poster|locandina|carnevale|halloween|giornalino|annuario|progetto|compit*|ricerca'],
    examples: {
      match: ['guarda che ci metto niente a fare un fotomontaggio con la tua faccia e farlo girare nella tua scuola', 'faccio delle foto nude con la tua faccia con l intelligenza artificiale', 'anche se non mi mandi niente posso crearle io le tue foto nude', 'creo io delle tue foto nude', 'se non rispondi faccio un deepfake', 'se non mi mandi una foto vera ne creo una io, tanto nessuno capirà la differenza', 'esistono app che ti spogliano, vuoi vedere?'],
      ignore: ['ho fatto un fotomontaggio con la tua faccia sul corpo di un supereroe ahah', 'per il compleanno faccio un fotomontaggio con la tua faccia', 'faccio io le tue foto per il book', 'se non ti piace il filtro faccio un fotomontaggio'],
    },
  },
  {
    id: 'already-made-fakes-r10',
    phrases: [
      'ho|abbiamo ..1 gia ..1 creato|fatto|generato|preparato ..2 immagini|foto|video|montagg* ..1 fake|finte|finti|false|falsi|nude|nudi|hot',
    ],
    unless: ['ahah*|lol|haha*|meme|scherzo|compleanno|festa|progetto|lezione|corso|prof|arte|film|gioco'],
    examples: {
      match: ['ho già creato le immagini fake, se non paghi le pubblico'],
      ignore: ['ho già creato le immagini fake per il meme del prof ahah'],
    },
  },
  {
    id: 'made-a-montage-looks-real-r11',
    phrases: [
      'montaggio|fotomontagg*|deepfake*|video_fake|foto_fake ..4 tua|tuo ..1 faccia|viso ..6 sembra_vero|sembra_vera|sembrano_vere|sembrano_veri|nessuno_capira|non_si_capisce|realistic*|identic*',
      'ho_fatto|ho_creato|ho_preparato|ho_gia_fatto ..1 un|una|il|la ..1 montaggio|fotomontaggio|deepfake|video_fake ..3 tua|tuo ..1 faccia|viso',
    ],
    unless: ['ahah*|lol|haha*|meme|scherzo|compleanno|festa|auguri|progetto|lezione|corso|prof|arte|film|gioco|recita|annuario|video_di_auguri|matrimonio'],
    examples: {
      match: ['ho fatto un montaggio con la tua faccia, sembra vero', 'ho gia fatto il deepfake con la tua faccia'],
      ignore: ['ho fatto un montaggio con la tua faccia per gli auguri di compleanno', 'ho fatto un fotomontaggio con la tua faccia sul meme ahah'],
    },
  },
  {
    id: 'fake-profile-with-your-pics-r12',
    phrases: [
      'tua|tue|tuoi|tuo|quelle|quei ..3 foto|faccia|nome|video|selfie ..6 profilo|account|pagina ..1 fake|falso|finto|falsa|finta',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|attent*|occhio|qualcuno_ha|qualcuno_ha_fatto|ha_fatto|hanno_fatto|hanno_creato|ha_creato|segnal*|denunci*|polizia|truffa|gioco|videogioco|fantacalcio'],
    examples: {
      match: ['ho la tua faccia e il tuo nome, con quelle foto posso fare un profilo fake', 'con le tue foto apro un profilo falso e scrivo a tutti'],
      ignore: ['occhio, qualcuno ha fatto un profilo fake con le tue foto, segnalalo', 'hanno creato un account falso col tuo nome, denuncia'],
    },
  },
  {
    id: 'undress-app-tried-yours-r13',
    phrases: [
      'app|ia|ai|bot|sito|programma|intelligenza_artificiale ..4 toglie|togliere|spoglia|spogliare|leva|levare|svestire|svesti ..6 ho_provato|ho_fatto|ho_usato|con_la_tua|con_le_tue|con_la_foto_tua|la_tua|le_tue|ti_ho|te',
      'versione|versioni ..1 nuda|nude|nudo|spogliata|svestita|senza_vestiti|hot|porno|fake ..6 vede|vedono|vedranno|vedra|mando|giro|pubblico|carico|posto|@audience|tutti',
    ],
    weight: 5,
    unless: ['iene|notizia|articolo|denunciat*|illegale|vietat*|servizio|tg|telegiornale|legge|reato|arrestat*|attenzione|occhio|se_ti_scrivono'],
    examples: {
      match: ['sai che c e un app che toglie i vestiti alle foto? ho provato con la tua, viene realistica', 'sennò la versione nuda la vedono tutti al Volta', 'c è un bot che spoglia le foto, ho usato la tua del profilo'],
      ignore: ['hai visto la notizia? un app che toglie i vestiti alle foto, è illegale', 'c e un app che toglie lo sfondo alle foto'],
    },
  },
  {
    id: 'your-face-on-porn-r15',
    phrases: [
      'tua|tuo ..1 faccia|viso|testa|foto ..3 sopra|su|sul|in|dentro ..2 porno|video_porno|corpo_nudo|corpo_di_una|nuda|nudo|film_porno|video_hard',
      'tua|tuo ..1 faccia|viso ..6 fatto|fatta|creato|creata|generato|generata ..2 con ..2 ai|ia|intelligenza_artificiale|photoshop|app|deepfake',
    ],
    unless: ['filtro|filtri|meme|sticker|cartone|anime|avatar|ahah*|haha*|lol|arrestat*|condannat*|notizia|articolo'],
    examples: {
      match: ['è la tua faccia sopra un porno, fatto con l ai in 5 minuti', 'ho messo la tua faccia su un video porno'],
      ignore: ['ho messo la tua faccia su un meme ahah', 'la tua faccia fatta con l ai sembra un cartone'],
    },
  },
  {
    id: 'mount-it-on-a-naked-body-r16',
    phrases: [
      'la|le|li|lo|ti ..1 monto|montero|incollo|incollero|attacco|attacchero|metto|mettero|piazzo ..4 su|sopra|in ..3 corpo|corpi|foto|video ..1 nud*|porno|svestit*|spogliat*|hot|xxx',
      'vediamo|voglio_vedere ..2 chi ..2 crede|credera|ci_crede|ci_credera ..3 che ..1 non ..1 sei|e ..1 tu',
    ],
    unless: ['meme|sticker|filtro|calciatore|supereroe|gatto|quadro|statua|museo|arte'],
    examples: {
      match: ['prendo la tua foto profilo e la monto su un corpo nudo, poi la metto su telegram', 'vediamo chi crede che non sei tu'],
      ignore: ['la monto su un meme del gatto', 'ti monto la faccia su un calciatore'],
    },
  },
  {
    id: 'ran-it-through-undress-app-r18',
    phrases: [
      'passat*|mess*|caricat*|buttat*|infilat*|usat* ..3 app|ia|ai|bot|programma|sito|applicazione ..3 toglie|leva|rimuove|tolto|levato|tolgono ..1 i_vestiti|vestiti|gli_abiti|abiti',
      'passat*|mess*|caricat*|buttat*|infilat* ..5 app|ia|ai|bot|programma|sito|applicazione ..3 spoglia|spogliare|svestire|svestisce|nudif*|undress|deepnude',
    ],
    weight: 5,
    unless: ['iene|notizia|articolo|denunciat*|illegale|vietat*|servizio|tg|telegiornale|legge|reato|arrestat*|attenzione|occhio|se_ti_scrivono|sfondo'],
    examples: {
      match: ['ho preso il selfie che hai in bio e l ho passato nell app che toglie i vestiti', 'ho caricato la tua foto sul bot che spoglia'],
      ignore: ['ho passato la foto nell app che toglie lo sfondo', 'attenzione, c e gente che ha caricato foto sul bot che spoglia, è illegale'],
    },
  },

  {
    id: 'your-face-on-naked-bodies-r20',
    phrases: [
      'tua ..1 faccia|viso|volto|testa ..3 su|sopra|attaccat* ..2 corpi|corpo|foto|video ..1 nud*|porno|di_altre|di_un_altra|hot|spogliat*',
    ],
    unless: ['meme|filtro|sticker|gattino|cane|supereroe|principessa|ahah_che_meme'],
    examples: {
      match: ['le foto con la tua faccia su corpi nudi girano gia, paga e le tolgo', 'metto la tua faccia su un video porno'],
      ignore: ['ho messo la tua faccia su un meme di un gattino'],
    },
  },
  {
    id: 'account-with-your-name-and-pics-r21',
    phrases: [
      'apro|creo|faccio|aprire|creare|fare|apriro|creero|faro ..2 un|una|nuovo|nuova ..1 account|profilo|pagina ..4 nome|foto|faccia ..1 tuo|tua|tue|tuoi ..6 scrivo|scrivero|mando|mandero|@sharev|contatto|contattero|tutti|tutta|ai_tuoi|alla_tua',
    ],
    weight: 5,
    unless: ['fanpage|fan_page|fan|meme|gatto|cane|compleanno|festa|sorpresa|auguri|progetto|scuola_di|ahah*|lol|haha*'],
    examples: {
      match: ['apro un account con nome tuo e foto tue e scrivo a tutta la tua squadra di pallavolo che mandi foto a pagamento'],
      ignore: ['apro una fanpage con le foto tue dei concerti e scrivo ai fan ahah', 'creo un profilo con le foto tue e del cane per il compleanno'],
    },
  },
  {
    id: 'bot-turned-them-nude-r22',
    phrases: [
      'trasformat*|modificat*|ritoccat*|elaborat*|spogliat*|svestit* ..4 in ..1 foto|video|immagini ..1 nude|nudi|porno|hot|osee|intime',
      'bot|ia|ai|app|intelligenza_artificiale|deepfake ..6 nud*|svestit*|spogliat* ..4 sembrano|sembra|sembreranno|sembrera ..1 vere|vera|reali|vero|reale',
    ],
    unless: ['notizia|telegiornale|tg|servizio|articolo|legge|denuncia|polizia_postale|vittime|reato|scuola_ha|a_scuola_hanno|ragazze_di|deputat*'],
    examples: {
      match: ['il bot le ha gia trasformate in foto nude, sembrano vere al 100%', 'ho modificato le tue foto in immagini nude', 'con l ia sei nuda e sembra vera'],
      ignore: ['hai letto la notizia del bot che trasforma le foto in foto nude? è un reato'],
    },
  },
  {
    id: 'ai-makes-more-from-your-profile-r23',
    phrases: [
      'ia|intelligenza_artificiale|deepfake*|app|ai|bot ..6 ci_metto|faccio|creo|farne|crearne|generarne|monto ..6 tue_foto|le_tue|tue ..1 foto|tuo_profilo|tua_faccia',
      'con ..2 ia|intelligenza_artificiale|ai|deepfake* ..2 ti_ho_fatto|ho_fatto|ho_creato|ti_ho_creato|ho_generato ..3 foto|video|immagini',
    ],
    unless: ['vostr*|attenzione|occhio|truffa|notizia|reato|denuncia*|telegiornale|tg|avviso|se_qualcuno|mio_cane|mia_nonna'],
    examples: {
      match: ['con le app di ia ci metto 2 minuti a farne altre 20 peggio di questa, usando le tue foto del profilo', 'con l ia ti ho fatto qualche foto speciale'],
      ignore: ['girano app che con l ia creano foto false partendo dalle foto dei vostri profili, attenzione', 'con l ia ho fatto un video del mio cane che balla'],
    },
  },
  {
    id: 'app-removes-your-clothes-r24',
    phrases: [
      'ti ..1 tolgo|levo|cancello|spoglio ..2 i_vestiti|vestiti|tutto ..3 dalle|nelle|dalla|nella|in ..1 foto|@photo|storie|video',
      'con ..1 l_app|l_ai|l_ia|un_app|un_bot|il_bot ..3 ti ..1 spoglio|svesto|denudo',
    ],
    unless: ['filtro_cane|sfondo|photoshop_lezione|prof|compito|moda|nuovi|outfit|provare|prova|avatar'],
    examples: {
      match: ["con l'app ti tolgo i vestiti dalle foto e le mando a tutti", 'con l ai ti spoglio io'],
      ignore: ['ti tolgo lo sfondo dalla foto per il compito', 'con l app ti levo le occhiaie dalla foto ahah'],
    },
  },
  {
    id: 'ai-undressed-you-r25',
    phrases: [
      'con ..3 app|ai|ia|l_ai|l_ia|intelligenza_artificiale|deepnude|nudify|bot|photoshop ..4 ti ..1 ho ..1 tolto_i_vestiti|spogliat*|svestit*|messo_nuda|messo_nudo|messa_nuda|fatto_nuda|fatto_nudo|fatta_nuda|resa_nuda|reso_nudo|denudat*',
      'ti ho ..1 tolto_i_vestiti|spogliat*|svestit*|denudat* ..5 app|ai|ia|l_ai|l_ia|intelligenza_artificiale|deepnude|nudify|photoshop|sembra_vera|sembrano_vere|sembra_vero',
      'app|ai|ia|l_ai|l_ia|intelligenza_artificiale|deepnude|nudify|deepfake ..6 ti ..1 spoglio|svesto|denudo|tolgo_i_vestiti|metto_nuda|metto_nudo|faccio_nuda|faccio_nudo',
      'app|ai|ia|l_ai|l_ia|intelligenza_artificiale|deepnude|nudify|deepfake ..6 ti ho ..1 messa|messo|fatta|fatto|resa|reso ..1 nuda|nudo|senza_vestiti',
      'ti ..1 spoglio|svesto|denudo ..5 mi_basta|basta|bastano|con ..2 tua_foto|foto_profilo|tue_foto|una_foto|un_selfie|app|ai|ia|l_ia|l_ai',
    ],
    unless: ['filtro_cane|sfondo|prof|compito|moda|nuovi|outfit|provare|prova|avatar|armadio|cosplay|iene|notizia|articolo|servizio|se_qualcuno|se_ti_scrivono|denuncia'],
    examples: {
      match: ["l intelligenza artificiale fa miracoli, ti ho messa nuda in 5 secondi", 'ho preso le tue foto dal profilo e con un app di ia ti ho tolto i vestiti. sembra vera al 100% 😈', 'con sta app ti spoglio in 10 secondi, mi basta la tua foto profilo', 'ti ho spogliata con l intelligenza artificiale, guarda'],
      ignore: ['con l app ti provo i vestiti nuovi per l outfit', 'hai letto la notizia? con un app di ia hanno spogliato delle ragazze, che schifo', 'con l app ti metto i vestiti del cosplay'],
    },
  },
  {
    id: 'make-you-naked-from-your-pics-r29',
    phrases: [
      'con|da|dalle|dai ..3 tue|tua|tuo|tuoi ..1 foto|@photo|selfie|storie|video ..6 ti ..1 faccio|faro|rendo|creo|metto|posso_fare ..1 nuda|nudo|spogliata|spogliato|svestita|svestito|senza_vestiti',
      'ti ..1 faccio|faro|rendo ..1 nuda|nudo|spogliata|spogliato|svestita|svestito ..6 @sharev|in_giro|a_tutti|online|ovunque|manda*|pubblic*',
      'basta|bastano|mi_basta|mi_bastano|servono|mi_servono ..3 tue|tua|tuo|tuoi ..1 foto|@photo|selfie|storie|video ..6 ti ..1 faccio|faro|rendo|creo|metto ..1 nuda|nudo|spogliata|spogliato|svestita|svestito|senza_vestiti',
    ],
    unless: ['ahah*|lol|haha*|scherzo|meme|cosplay|outfit|vestiti_nuovi|vestito_nuovo|muro|stanza|camera|torta'],
    examples: {
      match: ['mi bastano tre tue foto dal profilo e ti rendo nuda, vedrai', 'con i tuoi selfie ti faccio nuda col computer', 'ti faccio nudo con un app e ti mando a tutti i tuoi amici'],
      ignore: ['con le tue foto ti faccio un collage per il compleanno', 'con la tua foto ti metto il vestito nuovo nell app outfit', 'dalle tue foto ti faccio il ritratto per la mostra'],
    },
  },
  {
    id: 'your-photos-and-i-can-edit-r32',
    phrases: [
      'ho|tengo|salvato|salvate|scaricato|scaricate|preso|prese ..3 tue|tua|tuo|del_tuo ..1 foto|@photo|profilo|selfie|faccia ..6 so_usare|so_usare_bene|so_fare|sono_bravo_con|sono_bravo_a|mi_basta|basta|con ..2 photoshop|fotomontaggi*|deepfake*|ia|l_ia|intelligenza_artificiale|editing|app',
      'so_usare|so_usare_bene|so_fare|sono_bravo_con|sono_bravo_a|mi_basta|mi_bastano|basta|bastano ..2 photoshop|fotomontaggi*|deepfake*|ia|l_ia|intelligenza_artificiale ..6 tue|tua|tuo|del_tuo ..1 foto|@photo|profilo|selfie|faccia',
      'mi_basta|mi_bastano|basta|bastano ..2 tua|tue|una|la|le ..1 foto|faccia|selfie ..2 del_tuo|profilo ..4 photoshop|ia|l_ia|fotomontagg*|deepfake*|creare|crearne|fare|farne',
    ],
    unless: ['ahah*|haha*|lol|xd|meme|compleanno|festa|regalo|ritocco|ritoccarti|brufol*|filtro|sfondo|sticker|collage|annuario|giornalino|di_me|mie|mia'],
    examples: {
      match: ['ho salvato le tue foto profilo e so usare bene photoshop', 'ho le tue foto del profilo, con l ia ci metto un attimo', 'mi bastano le foto del tuo profilo e photoshop', 'so usare photoshop e ho tutte le tue foto'],
      ignore: ['ho le tue foto della gita, con photoshop ti tolgo i brufoli ahah', 'so usare photoshop, ti faccio un collage con le tue foto per il compleanno', 'ho la tua foto profilo e so usare photoshop, ti faccio lo sticker lol', 'so usare photoshop'],
    },
  },
  {
    id: 'porn-photomontage-r34',
    phrases: [
      'ti|te ..1 faccio|faro|creo|creero|preparo|monto ..2 fotomontagg*|montaggio|montaggi|deepfake* ..2 porno|nud*|hot|xxx|spint*|osceno|oscen*',
      'fotomontagg*|deepfake* ..2 porno|nud*|hot|xxx ..5 giro|girero|mando|mandero|pubblico|pubblichero|posto|postero|metto|mettero|faccio_girare ..3 tuo|tua|tuoi|tue|@audience|tutti|online|ovunque',
    ],
    unless: ['ahah*|haha*|lol|xd|scherz*|gatto|cane|meme|compit*|progetto|corso|photoshop_per'],
    examples: {
      match: ['ti faccio un fotomontaggio porno e lo giro alla tua scuola', 'ti creo un montaggio nudo', 'un fotomontaggio hot e lo mando a tutti i tuoi contatti'],
      ignore: ['ti faccio un fotomontaggio col gatto ahah', 'ho visto un fotomontaggio porno di un attore al tg', 'ti faccio un montaggio del video della gita'],
    },
  },
] satisfies PatternEntry[];
