import type { PatternEntry } from '../../schema';

const MEDIA = 'foto|video|videochiamat*|video_chiamat*|chiamata|call|facetime|live|diretta|cam|webcam|nudes|nude|nudi|pic|pics|selfie';

export default [
  {
    id: 'recorded-you',
    phrases: [
      'ho|abbiamo|avevo [tutto] registrato|filmato|screenato|screenshottato|catturato ..3 videochiamat*|video_chiamat*|chiamata|call|facetime|live|diretta|cam|webcam|tutto_quello|tutto|tt|mentre|quando_ti|quello_che_hai|nostra|nostro|nostre',
      'ti ho|abbiamo registrat*|filmat*|ripres*_in_cam|screenat*',
      'ti ho|abbiamo beccat*|pizzicat*|ripres*|sgamat* ..3 cam|webcam|videochiamat*|nud*',
      'cam|webcam|videochiamat*|video_chiamat*|call|facetime|live|diretta ..6 l|lo|la ..1 ho|abbiamo ..1 salvata|salvato|registrata|registrato|screenata|screenato|filmata|filmato',
      'hai|ha|avete ..2 visitato|guardato|frequentato|navigato ..3 siti|sito|pagine ..2 per_adulti|porno|hard|xxx|hot|pornografic*|di_incontri',
      'omegle|ometv|chatroulette|monkey|azar|emerald|chatrandom|camsurf|holla|bazoocam|videochiamat*|call|cam|webcam ..6 ho|abbiamo|tengo ..1 la|le|una|delle|il|un|i|gli ..1 registrazion*|screen*|video|filmat*',
      'registrato|filmato|ripreso|registrati|registrate|filmati ..4 tramite|attraverso|dalla|con_la|usando ..2 fotocamera|webcam|telecamera|cam',
      'ho|abbiamo tutto ..1 salvato|registrato|screenato|screenshottato ..4 screen*|video|foto|chat|registrazion*|nudes',
      'sei ..1 nei_guai|fregata|fregato|finita|finito|rovinata|rovinato ..3 ho|abbiamo ..1 tutto|le_foto|il_video|i_video|gli_screen|le_tue|i_tuoi|il_tuo',
      'trovato|beccato|visto ..4 tuo|tua|tuoi|tue ..1 video|foto|registrazion*|nudes ..1 in|su|dalla ..1 cam|webcam|videochiamata|omegle|chatroulette|ometv|monkey|azar',
      'registrato|filmato|ripreso ..6 siti_per_adulti|porno|video_porno|ti_toccavi|ti_masturbavi|si_toccava|nuda|nudo|ti_spogliavi',
      'visto|registrato ..4 quello_che_hai_fatto|cosa_hai_fatto|tutto_quello_che_hai_fatto ..2 in|su|davanti|alla cam|webcam|videochiamata|telecamera',
      'salvato|salvata ..2 videochiamat*|nostra_videochiamata|nostra_call',
      'ho|abbiamo ..2 registrazione|registrazioni|video|screen|screenshot ..2 della|di|del|dei|delle ..1 videochiamat*|chiamata|call|cam|live|diretta|nostra_videochiamata|nostra_chiamata|nostra_call',
      'ho|abbiamo fatto|fatti|preso ..1 lo|gli|uno|degli|un|alcuni screen*|screenshot*|registrazion* ..2 del|della|dei|delle|di|al|alla ..1 video|videochiamat*|chiamata|call|live|cam|nudes|nostra|nostro',
      'registrato|filmato|registrata|salvata|salvato ..3 tutto|tutta ..2 videochiamat*|chiamata|call|cam|live|quello_che_hai_fatto',
      'era|e registrat*|filmat* ..3 tutto|videochiamat*|chiamata|call|cam|live',
      'la|questa videochiamata|chiamata|call era|e|e_stata registrat*|filmat*',
    ],
    unless: ['urli|urlavi|perdi|perdevi|hai_perso|ragequit|rage_quit', 'mi_e_arrivata|mi_e_arrivato|ho_ricevuto_questa|ho_ricevuto_una_mail|ho_ricevuto_questo', 'lezione|podcast|canzone|concerto|partita|compito|prof|professore|professoressa|recita|saggio|meme|tiktok_di|cantav*|ballav*|karaoke|russav*|dormiv*|parlav*|giocav*|suonav*|cadev*|ridev*|mangiav*|recitav*', 'ho|abbiamo tutto il|la|lo|i|gli|l|un|una|quel|quello|quella|sul|nel', 'genio|mitico|mitica|sul_gruppo|dormiv*|copiav*|quaderno|esercizi|mate|matematica|chi_non_c_era|assenti|riunione|truffa|spam|phishing', 'scherzo|carte|denari|briscola|scopa|drive|cloud|chiavetta|gita|festa|vacanz*', 'progetto|scienze|storia|ripass*|studiare|studio|interrogazione|esame|gruppo_di_studio|te_la_mando|te_lo_mando|ve_la_mando|ve_lo_mando|vi_mando|la_vuoi|lo_vuoi|la_volete|chi_era_assente|per_chi_non_c_era'],
    examples: {
      match: ['ho registrato la nostra videochiamata 😈', 'Ho registrato tutto quello che hai fatto in cam', 'nn fare la furba, ho fatto lo screen del video', 'ti ho registrato', 'ho screenato tutta la call', 'ti ho beccato in cam, adesso fai quello che dico', 'Ho registrato video di lei tramite la fotocamera', 'ho tutto salvato, screen e video', 'sei nei guai, ho tutto', 'guarda cosa ho trovato 😈 il tuo video in cam', 'bella la tua cam di ieri sera, l ho salvata tutta', 'ci siamo visti su ometv, ho la registrazione', 'Abbiamo rilevato che Lei ha visitato siti per adulti. Abbiamo un video.', 'ho la registrazione della nostra chiamata', 'la videochiamata era registrata'],
      ignore: ['guarda sto meme 😂 ho fatto lo screen', 'ho registrato la lezione di storia', 'ho registrato il video tramite la webcam per la lezione', 'sei fregato, ho tutto: sette di denari ahah', 'ho tutto salvato sul drive, anche le foto della gita', 'ti ho beccato in cam mentre ballavi ahah', 'sei nei guai, ho tutto il quaderno di mate con gli esercizi', 'ti ho beccato in cam che dormivi durante la lezione', 'ti ho beccata in diretta su tiktok ahah', 'la live del concerto l ho registrata tutta', 'ho registrato la call di ripasso per l interrogazione, te la mando?', 'abbiamo registrato la videochiamata del gruppo di studio, la vuoi?', 'mi è arrivata una mail che dice che ho visitato siti porno, è una truffa?', 'ho salvato il file', 'ho fatto lo screen della chat del gruppo'],
    },
  },
  {
    id: 'have-your-pics',
    phrases: [
      `ho|tengo|possiedo|abbiamo|conservo tutte|tutti|tutto|tt [le|i|gli] tue|tuoi|sue|suoi ..1 ${MEDIA}|chat|conversazion*|screen*|foto_private|nudes`,
      `ho|tengo|possiedo|abbiamo|conservo dei|delle|degli|alcune|alcuni tue|tuoi|sue|suoi ..1 ${MEDIA}|nudes`,
      `ho|abbiamo|tengo ..3 ${MEDIA}|chat|messaggi|conversazion* ..1 private|privati|privata|privato|intime|intimi|intima|intimo|nud*|hot|porno|spint*|compromettent*`,
      'ho|abbiamo|tengo ..2 materiale ..3 su_di_te|tuo|tua|compromettent*|su_di_lei|intimo',
      'ho|abbiamo|tengo|conservo ..2 tutte|tutti|tutto ..2 nostre|nostri|nostra ..1 chat|messaggi|conversazion*|foto|video|screen*',
      'salvato|salvate|salvati ..2 tutte|tutti|tutto|ogni ..2 nostre|nostri|nostra|tue|tuoi ..1 chat|messaggi|conversazion*|foto|video|screen*',
      'ho|abbiamo i|le|gli tuoi|tue nudes|nude|nudi',
      'chi ..1 ha|c_ha|possiede|tiene ..2 tue|tuoi ..1 foto|video|nudes|pic ..1 nud*|intim*|private|privati|hot|in_intimo|spint*',
      'ho|abbiamo|tengo ..2 @photo|@video di te ..4 nud*|spogli*|tocc*|mentre|in_cam|in_intimo|senza',
      'ho|abbiamo|tengo ..2 screen*|screenshot*|registrazion* ..3 tutto_quello|tutte_le|tutti_i|che_mi_hai_mandato|quello_che_mi_hai', 'ho|tengo|abbiamo|possiedo ..1 delle|dei|alcune|alcuni|un_po_di ..1 @photo|@video|foto|video|nudes ..1 tue|tuoi|di_te'],
    unless: ['se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano|ti_minaccia|vi_scrivono|ti_arriva|ti_chiedono', 'non ..1 pagare|pagate|rispondere|rispondete', 'iene|telegiornale|articolo|notizia|polizia_postale|servizio_su|servizio_alle', 'gita|festa|compleanno|vacanza|vacanze|mare|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|profilo|sul_gruppo|del_gruppo|genio', 'te la|le|li|lo mando|giro|passo|invio|rimando|do|posto', 'vocal*|ballett*|tiktok|canzone|karaoke|estate|inverno|natale|spiaggia|piccol*|bambin*|lo_posto|la_posto|le_posto|li_posto', 'ti mando|giro|passo|invio|do|rimando', 'non|nn ho|abbiamo|tengo|trovo', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*', 'ha|hanno|aveva|avevano ..1 scritto|detto|mandato|minacciato ..1 a|ad|alla|al|allo', 'scam|e_uno_scam|e_una_truffa|una_truffa|mi_hanno_mandato_un_messaggio|mi_e_arrivato_un_messaggio|mi_hanno_scritto|mi_ha_scritto_uno', 'nostre|nostri ..1 foto|video|selfie ..4 bellissim*|stupend*|ricord*|album|stamp*|cornice|che_belle|che_belli'],
    examples: {
      match: ['ho tutte le tue foto', 'bro ho i tuoi nudes', 'indovina chi ha le tue foto nude? io', 'ho tutte le tue chat e le foto private', 'ho salvato tutte le nostre chat', 'ho delle tue foto', 'ho un tuo video intimo', 'ho delle foto tue che lei mi ha girato. scrivimi in privato se non vuoi problemi'],
      ignore: ['amore ho salvato tutte le nostre foto, sono bellissime', 'ho le tue foto della gita, te le mando', 'ho screenato tutto quello che hai scritto sul gruppo, sei un genio ahah', 'ho visto le tue foto su insta, belle', 'ho le tue chiavi', 'ho salvato le tue foto del profilo', 'ho delle foto tue della gita, te le mando dopo'],
    },
  },
  {
    id: 'have-your-pics-plain',
    phrases: [`ho|tengo|possiedo|abbiamo|conservo [ancora|sempre|qui|gia|pure] [le|i|la|il|gli] tue|tuoi|tua|tuo|sue|suoi|sua|suo ..1 ${MEDIA}|chat|conversazion*|screen*|nudes`],
    weight: 3,
    unless: ['se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano|ti_minaccia|vi_scrivono|ti_arriva|ti_chiedono', 'non ..1 pagare|pagate|rispondere|rispondete', 'iene|telegiornale|articolo|notizia|polizia_postale|servizio_su|servizio_alle', 'venuta|venuto|venute|venuti|benissimo|stampata|stampate|cornice|gita|festa|compleanno|vacanza|vacanze|mare|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|profilo|vocal*|ballett*|tiktok|canzone|karaoke|estate|inverno|natale|spiaggia|piccol*|bambin*|posto|pubblico', 'te la|le|li|lo mando|giro|passo|invio|rimando|do', 'ti mando|giro|passo|invio|do|rimando', 'non|nn ho|abbiamo|tengo|trovo', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*', 'ha|hanno|aveva|avevano ..1 scritto|detto|mandato|minacciato ..1 a|ad|alla|al|allo', 'scam|e_uno_scam|e_una_truffa|una_truffa|mi_hanno_mandato_un_messaggio|mi_e_arrivato_un_messaggio|mi_hanno_scritto|mi_ha_scritto_uno'],
    examples: { match: ['ho le tue foto', 'ho gia le tue foto, non è che sparisci adesso eh', 'ho il tuo video', 'cmq ho ancora i tuoi video, nn fare la furba'], ignore: ['ora ho la tua foto, sei venuta benissimo', 'se ti scrivono ho il tuo video, paga o lo mando ai tuoi amici, non pagare e blocca', 'ho le tue foto della gita, te le mando', 'non ho le tue foto', "un tipo ha scritto a una ragazza 'ho le tue foto, paga o le mando ai tuoi'", 'mi hanno mandato un messaggio: \'ho il tuo video, paga 200 euro\'. è uno scam vero?'] },
  },
  {
    id: 'hacked-account',
    phrases: [
      'ho|abbiamo ..1 hackerato|hakerato|hackato|craccato|violato|infettato ..2 tuo|tua|tuoi|tue|suo|sua ..1 account|profilo|telefono|cell|cellulare|@app|mail|email|icloud|password|galleria|cloud|dispositivo|computer|pc|webcam',
      'ho|abbiamo ..1 installato|messo ..3 malware|virus|trojan|spyware',
      'ho|abbiamo ..1 accesso ..2 tuo|tua|tuoi|tue|suo|sua ..1 dispositivo|computer|pc|webcam|account|profilo|telefono|cell|cellulare|@app|mail|email|icloud|password|galleria|cloud|foto|chat|contatti',
      'ho|conosco|so ..1 la tua password',
      'sono ..1 entrato|entrata|dentro ..3 tuo|tua ..1 account|profilo|telefono|cell|@app|galleria|icloud',
      'chi|qualcuno e|c_e|e_appena|e_gia ..1 entrato|entrata|dentro ..3 tuo|tua ..1 account|profilo|telefono|cell|@app|galleria|icloud|cloud',
      'indovina|sai|guess ..1 chi ..1 ha|c_ha|controlla|comanda ..2 tuo|tua ..1 account|profilo|password|telefono|cell|@app|icloud|cloud|galleria',
      'sono|siamo ..1 riuscito|riuscita|riusciti ..1 a|ad ..1 entrare ..3 tuo|tua ..1 account|profilo|telefono|cell|@app|galleria|icloud|cloud',
      'ti ho hackerato|hackato|hakerato|craccato',
      'il tuo account|profilo|telefono|cell ..2 e|ora|adesso ..1 mio|in_mano_mia|nelle_mie_mani',
      'ti ho|abbiamo ..1 rubato|fregato|preso|clonato ..2 account|profilo|password|telefono|cell|@app',
      'ho|abbiamo ..1 rubato|fregato|preso|clonato ..2 tuo|tua|tuoi ..1 account|profilo|password|@app',
      'account|profilo|password|@app ..3 ora|adesso ..1 e ..1 mio|mia|nostro|nostra',
      'tuo|tua ..1 account|profilo|password|@app ..2 ce_l_ho_io|ce_lho_io|l_ho_io|e_mio|e_mia|e_in_mano_mia',
    ],
    unless: ['nuovo|nuova|regalo|compleanno|natale|riparare|riparato|aggiustare|aggiustato', 'non|nn ..1 so|ho|conosco|abbiamo', 'non|nn sono ..1 entrato|entrata|riuscito|riuscita|stato|stata|dentro', 'netflix|spotify|disney|prime|dazn|sky|crunchyroll|giocare|gioco|fortnite|minecraft|roblox|prestato|presto|condividiamo|ahah*|lol|haha'],
    examples: {
      match: ['ho hackerato il tuo account instagram', 'ho accesso al tuo telefono', 'conosco la tua password', 'sono entrato nel tuo profilo', 'indovina chi è entrato nel tuo snap 😈', 'sono riuscito a entrare nel tuo icloud', 'indovina chi ha il tuo account insta adesso', 'il tuo account ora è mio', 'ti ho rubato l account, ora è mio', 'il tuo profilo ce l ho io adesso'],
      ignore: ['ho perso la password', 'mi hanno hackerato il profilo', 'ti ho rubato l account di netflix ahah', 'ho preso il tuo account di fortnite per giocare', 'il mio telefono è rotto'],
    },
  },
  {
    id: 'have-your-contacts',
    phrases: [
      'lista|elenco|screen*|screenshot* ..3 tuoi|tue|tua ..2 amici|amiche|follower*|contatti|parenti|familiari|compagni|seguaci|famiglia',
      'screen*|screenshot* ..5 lista|elenco ..1 amici|follower*|contatti|seguaci|parenti',
      'salvato|screenato|screenshottato|salvati ..3 tutti|tutte ..2 tuoi|tue ..1 amici|amiche|follower*|contatti|parenti|familiari|compagni|seguaci', 'ho|tengo|abbiamo ..1 tutti|tutte ..1 [i|le] tuoi|tue ..1 follower*|followers|contatti|amici|seguaci ..3 screen*|salvat*|lista|elenco|in_uno_screen|qui|pronti'],
    unless: ['festa|compleanno|invitat*|invit*|gita|regalo|sorpresa|torneo', 'rubrica|nuovo_telefono|telefono_nuovo|sim|backup'],
    examples: {
      match: ['ho la lista di tutti i tuoi amici e parenti su facebook', 'ho gli screen di tutti i tuoi follower', 'ho salvato tutti i tuoi follower', 'ho fatto uno screen del tuo profilo e della lista amici', 'ho tutti i tuoi follower in uno screen'],
      ignore: ['ho fatto la lista degli invitati per la festa', 'i tuoi amici sono simpatici', 'ho tutti i tuoi amici qui alla festa a sorpresa', 'ho tutti i tuoi contatti salvati nella rubrica nuova'],
    },
  },
  {
    id: 'screens-of-our-chats',
    phrases: ['ho|abbiamo|tengo ..2 screen*|screenshot* ..3 nostra|nostre|nostri ..1 chat|conversazion*|messaggi'],
    weight: 2,
    examples: { match: ['ho gli screen delle nostre chat'], ignore: ['ho fatto lo screen del meme'] },
  },
  {
    id: 'know-your-family',
    phrases: [
      'so chi e tua|tuo ..1 sorella|fratello|madre|padre|ragazzo|fidanzato|migliore_amica|migliore_amico',
      'so chi sono ..3 tuoi|tue|tua ..1 amici|amiche|genitori|follower*|contatti|parenti|familiari|compagni|famiglia',
      'so|conosco come si chiama|chiamano|nome|nomi ..3 tua|tuoi|tuo ..1 madre|padre|genitori|fratello|sorella|famiglia|ragazzo|fidanzato',
      'ho|trovato ..2 profil*|account di|dei|della|delle|del tua|tuoi|tue|tuo ..1 madre|padre|genitori|famiglia|parenti|amici|amiche|fratello|sorella|ragazzo|fidanzato',
    ],
    weight: 3,
    unless: ['non ..1 so|conosco|ho|trovo', 'festa|compleanno|scuola|prof|classe'],
    examples: {
      match: ['so come si chiama tua madre', 'ho trovato il profilo di tua madre', 'ho trovato il profilo di tuo padre su facebook'],
      ignore: ['non so come si chiama tua madre', 'tua madre è simpatica'],
    },
  },
  {
    id: 'saved-your-pics',
    phrases: [
      'ho|abbiamo ..1 salvato|salvate|salvati|conservato|conservate|tenuto|tenute ..3 tue|tuoi|tua|tuo ..1 @photo|@video|nudes|chat|messaggi',
      'salvato|salvata|salvate ..2 tutta|tutto|tutte|tt ..2 la|le|nostra|nostre|tua|tue ..1 chat|conversazion*|messaggi|foto',
      'possiedo|detengo|dispongo_di|conservo ..2 registrazion*|video|filmati|foto|immagini ..2 di ..1 te',
      'suo|vostro ..1 dispositivo|computer|pc|webcam|sistema ..2 stato|stata ..1 infettat*|hackerat*|violat*|compromess*',
      'tuo ..1 dispositivo|webcam ..2 stato|stata ..1 infettat*|hackerat*|violat*|compromess*',
      'ho|abbiamo ..1 i|le|dei|delle|gli ..1 @video|@photo di te ..2 che|ke ..3 abbiamo|hai|mi_hai fatto|fatte|fatti|mandato|mandate|mandati|registrato',
    ],
    weight: 3,
    unless: ['gita|festa|compleanno|vacanza|vacanze|mare|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|profilo|bellissim*|belle|carin*|stupend*|ahah|haha|lol|bambin*|piccol*|natale|spiaggia', 'te la|le|li|lo mando|giro|passo|invio|rimando|do', 'ti mando|giro|passo|invio|do|rimando', 'non|nn ho|abbiamo|tengo|trovo', 'diceva|dicevano|scriveva|scrivevano|arrestat*|condannat*|indagat*|processat*', 'ha|hanno|aveva|avevano ..1 scritto|detto|mandato|minacciato ..1 a|ad|alla|al|allo'],
    examples: {
      match: ['ho salvato le tue foto 😏', 'ho salvato tutta la chat e le tue foto', 'cmq ho salvato tt la nostra chat e le tue foto', 'Possiedo registrazioni di te', 'Gentile utente, il suo dispositivo è stato infettato', 'ho i video di te che abbiamo fatto su skype'],
      ignore: ['il tuo pc è stato infettato, ti porto l antivirus', 'credo che il tuo account sia stato hackerato', 'ho salvato le tue foto della gita', 'ho salvato le tue foto, sono bellissime', 'ho salvato tutta la chat del gruppo della festa'],
    },
  },
  {
    id: 'what-i-have-of-you',
    phrases: [
      'in ..1 possesso ..3 video|foto|registrazion*|immagin*|materiale|filmat*',
      'cosa|quello|quello_che ..1 ho ..1 di ..1 te|lei',
      'manda|mandami|paga|pagami|paghi|versa|versami|ricaricami|fai ..6 e ..1 cancello|elimino|cancellero|eliminero ..1 tutto|il_video|le_foto|i_video|la_registrazione',
      'se ..1 mi ..1 paghi|mandi_i_soldi|fai_la_ricarica|fai_il_bonifico ..3 lo|la|li|le|tutto ..1 cancello|elimino|cancellero|eliminero',
      'se ..1 paghi|pagherai ..3 lo|la|li|le|tutto ..1 cancello|elimino|cancellero|eliminero',
    ],
    weight: 3,
    unless: ['gita|festa|compleanno|vacanza|vacanze|mare|montagna|partita|concerto|matrimonio|album|ricordo|ricordi|ahah|haha|lol|carin*|bambin*|piccol*|gruppo|drive|cloud|memoria|spazio|file|cartella|documento|versione|pizza|cena|pranzo|brutte|brutti|io_le|io_li'],
    examples: {
      match: ['Salve, sono in possesso di un video compromettente che la riguarda.', 'hai visto cosa ho di te? 😈', 'manda 50 su paypal amici e cancello tutto', 'se paghi le cancello, promesso'],
      ignore: ['guarda cosa ho di te nell album dei ricordi ahah', 'mandami le foto e cancello tutto dal drive', 'aspetta e cancello tutto dopo', 'se paghi tu la pizza le cancello io le foto brutte ahah'],
    },
  },
  {
    id: 'possess-explicit-recordings',
    phrases: [
      'possesso|possiedo|detengo|dispongo ..4 registrazion*|video|filmat*|foto|immagini ..6 webcam|cam|nud*|intim*|compromettent*|siti_per_adulti|siti_porno|porno|mentre|masturb*|toccav*',
      'possesso|possiedo|detengo|dispongo ..3 materiale|contenuti|file ..2 sensibil*|riservat*|esplicit*|intim*|compromettent*|privat* ..4 la|ti|vi|riguarda|riguardano|tuo|tua|suo|sua',
    ],
    unless: ['gita|festa|compleanno|vacanza|vacanze|matrimonio|recita|saggio|partita|concerto|museo|archivio|biblioteca|documentario'],
    examples: {
      match: ['Sono in possesso delle registrazioni della sua webcam effettuate mentre guardava siti per adulti', 'possiedo video compromettenti', 'Egregio, siamo in possesso di materiale sensibile che La riguarda. Attendiamo il pagamento.'],
      ignore: ['sono in possesso delle foto della gita', 'dispongo di video della partita di ieri'],
    },
  },
  {
    id: 'captured-you-touching',
    phrases: [
      'registrato|filmato|ripreso|salvato|screenato|screenshottato|catturato|registrat*|screen|screenshot|beccato|beccata|visto|vista ..6 ti_toccavi|ti_masturbavi|ti_spogliavi|eri_nuda|eri_nudo|ti_sei_spogliata|ti_sei_spogliato|ti_sei_toccata|ti_sei_toccato|ti_toccavi_davanti',
    ],
    examples: {
      match: ['Ti ho beccato mentre ti masturbavi davanti allo schermo.', 'ho salvato tutto lo schermo mentre ti toccavi', 'ho lo screen di quando eri nuda', 'ho registrato il momento in cui ti sei spogliata'],
      ignore: ['ho salvato tutto lo schermo mentre giocavi', 'ho fatto lo screen di quando eri piccola'],
    },
  },
  {
    id: 'something-you-would-not-want-out',
    phrases: [
      'ho|abbiamo|tengo ..2 qualcosa|una_cosa|roba|cose|materiale ..3 tuo|tua|tue|tuoi|di_te|su_di_te ..4 non|nn ..2 vorresti|vuoi|piacerebbe|vorrai ..3 girasse|girassero|vedesse|vedessero|uscisse|uscissero|finisse|finissero|sapesse|sapessero|si_sapesse|venisse_fuori|leggesse',
    ],
    unless: ['ahah|haha|lol|scherzo|regalo|sorpresa|compleanno|festa|felpa|maglia|libro|quaderno|caricatore|chiavi'],
    examples: {
      match: ['ho qualcosa di tuo che non vorresti girasse', 'ho delle cose su di te che non vuoi che si sapesse in giro'],
      ignore: ['ho qualcosa di tuo che non vorresti perdere, le chiavi', 'ho qualcosa di tuo che non vorresti si sapesse, il regalo ahah'],
    },
  },
  {
    id: 'saved-what-we-wrote-and-pics',
    phrases: [
      'salvato|salvata|salvate|salvati|tenuto|conservato|screenato|screenshottato|archiviato|registrato ..3 tutto|tutte|tutti|ogni ..5 ci_siamo_scritti|ci_siamo_detti|ci_siamo_mandati|mi_hai_mandato|mi_hai_scritto|mi_hai_detto|mi_hai_inviato|mi_hai_fatto_vedere|abbiamo_fatto|hai_fatto ..4 @photo|@video|nudes|nude|registrazion*|cam',
      '@photo|@video|nudes ..4 e|con|piu ..2 tutto|tutte|tutti|ogni ..3 ci_siamo_scritti|ci_siamo_detti|ci_siamo_mandati|mi_hai_scritto|mi_hai_detto|mi_hai_mandato',
    ],
    unless: ['gita|festa|compleanno|vacanza|vacanze|mare|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|compit*|appunti|esercizi|ricetta|meme|gatto|cane|link|file|ricord*|ahah*|lol'],
    examples: {
      match: ['ho salvato tutto quello che ci siamo scritti e le foto', 'ho le foto e tutto quello che mi hai scritto', 'ho screenato tutto quello che ci siamo detti in cam', 'ho tenuto tutti gli screen di quello che ci siamo scritti, anche le foto'],
      ignore: ['ho salvato tutto quello che ci siamo scritti e le foto della gita', 'ho salvato tutto quello che mi hai mandato per i compiti, anche le foto'],
    },
  },
  {
    id: 'saved-what-we-wrote',
    phrases: [
      'salvato|salvata|salvate|salvati|tenuto|conservato|screenato|screenshottato|archiviato|registrato ..3 tutto|tutte|tutti|ogni ..5 ci_siamo_scritti|ci_siamo_detti|ci_siamo_mandati|mi_hai_mandato|mi_hai_scritto|mi_hai_detto|mi_hai_inviato|mi_hai_fatto_vedere',
      'ricordi|ti_ricordi|te_le_ricordi|te_li_ricordi|te_lo_ricordi|te_la_ricordi|ricordati|ricordo ..4 quelle|quelli|quella|quello|quel|quei|le_foto|il_video|i_video|le_tue|i_tuoi ..3 che ..1 mi ..1 hai ..1 mandato|mandate|mandati|mandata|inviato|inviate|inviati|fatto_vedere|girato|girate',
      'ho|tengo|conservo|c_ho ..1 ancora ..3 quelle|quelli|quella|quel|quei|le_foto|il_video|i_video|tue|tuoi|tua|tuo ..3 che ..1 mi ..1 hai ..1 mandato|mandate|mandati|mandata|inviato|inviate|fatto_vedere',
      'quelle|quelli|quella|quel|quei ..2 che ..1 mi ..1 hai ..1 mandato|mandate|mandati|mandata|inviato|inviate ..3 ce_l_ho|le_ho|li_ho|l_ho|ho_ancora|sono_ancora|conservate|salvate|salvati|ancora_qui|ancora_nel',
    ],
    weight: 3,
    unless: ['gita|festa|compleanno|vacanza|vacanze|mare|spiaggia|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|compit*|appunti|esercizi|ricerca|progetto|tesina|lezion*|verifica|esame|studiare|ricett*|nonna|meme|gatto|cane|link|file|documento|pdf|canzon*|musica|playlist|libro|libri|grazie|bellissim*|carin*|stupend*|amore|cuore|dolce|ridere|belle|belli|ti_voglio_bene|tvb|tvtb|amica|amico|amici|amiche|ahah*|lol'],
    examples: {
      match: ['te le ricordi quelle che mi hai mandato a settembre?', 'ho ancora quelle che mi hai mandato l anno scorso', 'quelle che mi hai mandato le ho ancora tutte', 'ho screenato tutto quello che mi hai scritto'],
      ignore: ['ti ricordi quelle foto che mi hai mandato dal mare? bellissime', 'ho salvato tutto quello che mi hai mandato per i compiti, grazie', 'ho ancora quel libro che mi hai prestato', 'quelle che mi hai mandato le ho ancora, troppo belle', 'ti ricordi quelle foto che mi hai mandato dalla spiaggia? che ridere', 'ho salvato tutto quello che mi hai mandato per la ricerca', 'quelle che mi hai mandato le ho ancora, le ricette della nonna', 'ho salvato tutto quello che ci siamo scritti, ti voglio bene amica mia'],
    },
  },
  {
    id: 'screened-what-you-showed-me',
    phrases: [
      'screen*|screenshot*|registrat*|registrazion*|salvat*|filmat*|ripres* ..6 quello_che|quel_che|cio_che|quelle_che|quelli_che|tutto_quello_che ..1 mi_hai_fatto_vedere|mi_hai_mostrato|mi_hai_fatto_vede|hai_fatto_in_cam|hai_fatto_davanti|facevi_in_cam|mi_facevi_vedere',
      'screen*|screenshot*|registrat*|registrazion*|salvat* ..6 quando|mentre ..1 ti_spogliavi|ti_toccavi|eri_nuda|eri_nudo|eri_in_intimo|mi_facevi_vedere|mi_mostravi',
    ],
    unless: ['gita|festa|vacanz*|mare|compleanno|disegno|disegni|quadro|gioco|partita|livello|trucco|trick|skate|ricetta|compit*|esercizi*|verifica|meme|canzon*|ahah*|lol|bellissim*|brav*|grazie|piano|pianoforte|chitarra|balletto|danza|coreografi*|canto|esibizion*|saggio|recita|lezion*|allenament*|tutorial'],
    examples: {
      match: ['ho fatto gli screen di tutta la chat e di quello che mi hai fatto vedere', 'ho registrato tutto quello che mi hai mostrato ieri', 'ho salvato la call mentre ti spogliavi', 'ho gli screen di quello che facevi in cam'],
      ignore: ['ho registrato quello che mi hai fatto vedere al piano, bravissima', 'ho fatto lo screen di quello che mi hai fatto vedere del gioco', 'ho salvato quello che mi hai mostrato, la ricetta è top', 'ho registrato quello che mi hai fatto vedere allo skate ahah'],
    },
  },
  {
    id: 'screened-your-list',
    phrases: ['@audience ..6 screen*|screenshot* ..3 lista|elenco'],
    unless: ['festa|compleanno|invitat*|invit*|gita|regalo|sorpresa|torneo|spesa|libri|compiti|classifica|voti|esame|squadra|formazion*'],
    examples: { match: ['invio il video a tutti i tuoi follower, ho fatto lo screen della lista'], ignore: ['ho mandato agli amici lo screen della lista della spesa'] },
  },
  {
    id: 'here-is-proof',
    phrases: [
      'ti_mando|ti_giro|ti_invio|eccoti|ecco|guarda ..3 screen*|screenshot*|prova|prove|anteprima|pezzo|spezzone ..3 tuoi|tue|tuo|tua|nostri|nostre|nostra ..1 video|foto|nudes|chat|messaggi|videochiamat*|registrazion*', 'guarda|ecco|eccoti|ti_mando|ti_giro ..3 questo|questa|sto|sta|lo|uno ..1 screen*|screenshot*|registrazion*|spezzone|video ..6 riconosci|ti_riconosci|sei_tu|e_tua|e_tuo|chi_e|indovina_chi'],
    unless: ['gita|festa|vacanz*|mare|compleanno|profilo|voti|voto|classifica|punteggio|partita|meme|compit*|verifica|ahah*|lol|bellissim*|carin*', 'piccol*|bambin*|neonat*|nonna|nonno|recita|saggio|asilo|elementari|carnevale'],
    examples: {
      match: ['ti mando 2 screen dei tuoi video, guarda che nn scherzo', 'ecco una prova: uno screen della nostra videochiamata', 'guarda questo screen 😈 riconosci la ragazza?'],
      ignore: ['ti mando lo screen dei tuoi voti', 'ecco gli screen delle tue foto della gita', 'guarda questo video, ti riconosci? eri piccolissima alla recita'],
    },
  },
  {
    id: 'remember-what-i-have',
    phrases: [
      'ricordati|ricorda|ricordatelo|ricordalo|non_dimenticare|non_dimenticarti|non_scordare|non_scordarti|dimentichi|scordi|sai|sai_bene|sai_benissimo|lo_sai ..2 cosa|quello|quello_che|cio_che ..1 ho|tengo|possiedo|c_ho|conservo|abbiamo ..2 in_mano|in_pugno|di_te|su_di_te|contro_di_te|nel_telefono|nel_cellulare|sul_telefono|sul_pc|salvato|salvata|salvate|ancora',
      'ti ..1 ho|tengo|abbiamo ..1 in_pugno|in_mano|per_le_palle|in_trappola|in_scacco',
      'ho|tengo|abbiamo ..2 in_mano|in_pugno ..2 tue|tuoi|tua|tuo ..1 @photo|@video|foto|nudes|chat|messaggi|vita|reputazione|futuro',
      'ho|tengo|abbiamo ..1 il_coltello_dalla_parte_del_manico',
      'non ..1 dimenticare|scordare|dimenticarti|scordarti ..2 che ..1 ho|tengo|abbiamo ..2 ancora|tutto|tue|tuoi|le_tue|i_tuoi|quelle|quei|quel|quella|le_foto|il_video|i_video',
      'ho|tengo|conservo ..1 ancora ..1 tutto|tutte|tutti ..4 non_dimenticarlo|non_scordarlo|non_dimenticartelo|non_scordartelo|ricordatelo|ricordalo|non_dimenticare|non_scordare', 'ricordati|ricorda|non_dimenticare|non_scordare|non_scordarti|non_dimenticarti ..2 che ..4 ce_le_ho|ce_li_ho|ce_l_ho|le_ho|li_ho|l_ho ..1 ancora|sempre|io|salvat*', 'lo_sai|sai_bene|sai_benissimo|sai|ricordati|ricorda ..1 che ..1 ho|tengo|abbiamo|c_ho ..2 tuo|tua|tuoi|tue|quel|quelle|quei|quella ..1 @video|@photo|nudes|foto|video|screen*|chat', 'tuo|tua|tuoi|tue ..1 @video|@photo|nudes|foto|video ..2 e|sono|sta|stanno ..1 salvat*|conservat*|al_sicuro ..3 mio|mia ..1 pc|computer|telefono|cellulare|cloud|drive|hard_disk|archivio|server', 'ce_l_ho|ce_lho|ce_le_ho|ce_li_ho|l_ho|le_ho|li_ho ..1 io ..2 e_lo_sai|lo_sai|sai_bene|e_tu_lo_sai|ricordatelo|ricordalo|non_dimenticarlo|non_scordarlo'],
    unless: ['bei_ricordi|ricordi_belli|sacco_di_ricordi|ricordi_bellissimi|belli|bellissim*|affetto|ti_voglio_bene|tvb|darti|restituirti|ridarti|prestato|prestata|trattativ*|affare|prezzo|sconto|vendit*|bici|libro|libri|chiavi|caricatore|felpa|giacca|quaderno|appunti|carte|mazzo|gioco|partita|scacc*|mossa|turno|game|round|regalo|sorpresa|festa|compleanno|ahah*|lol|haha*|compit*|ombrello|resto|febbre|fame|sonno|raffreddore|influenza|mal_di|briscola|scopa|asso|jolly|ricett*|torta|pizza|biglietti|biglietto|cena|pranzo|verifica|interrogazione|allenamento|lezione|lezioni|turno|esame', 'recita|te_lo_mando|te_la_mando|te_le_mando|te_li_mando|ti_mando|ti_giro|te_lo_giro|te_lo_passo', 'saggio|danza|gita|concerto|vacanz*|mare'],
    examples: {
      match: ['ricordati cosa ho in mano', 'sai bene cosa ho di te', 'non dimenticare quello che ho salvato', 'ti ho in pugno', 'ho in mano la tua reputazione', 'conservo ancora tutto, non dimenticarlo', 'non scordarti che ho ancora le tue foto', 'ho io il coltello dalla parte del manico', 'ricordati che le tue foto ce le ho ancora io', 'lo sai che ho il tuo video. manda e stai zitta', 'tuo video è salvato sul mio pc. capisci cosa significa?', 'non fare finta di niente, quel video ce l\'ho io e lo sai'],
      ignore: ['ricordati cosa ho detto per la verifica', 'sai cosa ho in mano? un asso ahah', 'ricordati che ho la partita alle 5', 'non dimenticare che ho ancora il tuo libro', 'ti ho in pugno, scacco matto', 'sai bene cosa ho di te? un sacco di ricordi belli', 'ho il coltello dalla parte del manico in questa trattativa per la bici', 'ricordati che le chiavi le ho io', 'il tuo video della recita è salvato sul mio pc, te lo mando', 'lo sai che ho il tuo libro? te lo ridò domani', 'tuo video è salvato sul mio telefono, quello del saggio di danza'],
    },
  },
  {
    id: 'recorded-you-in-cam',
    phrases: [
      'registrat*|registrazion*|screen*|filmat*|ripres* ..5 mentre|quando ..2 eri|stavi ..2 in_cam|in_webcam|in_video|in_videochiamata|in_call|davanti_alla_cam|in_diretta|nuda|nudo|in_intimo|senza_vestiti|senza_niente|in_mutande',
    ],
    unless: ['nonna|nonno|zia|zio|lezione|prof|ahah*|lol|haha*|cantav*|ballav*|dormiv*|ridev*|gioc*|partita|riunione|meet|scuola|interrogazione|compleanno|festa'],
    examples: {
      match: ['ho fatto uno screen registrazione mentre eri in cam', 'ti ho filmata mentre eri nuda in videochiamata', 'ho lo screen di quando stavi in call senza vestiti'],
      ignore: ['ho registrato mentre eri in videochiamata con la nonna', 'ho fatto lo screen mentre eri in call alla lezione ahah'],
    },
  },
  {
    id: 'guess-what-i-saved',
    phrases: ['guarda|indovina|sai|vedi ..1 cosa|che ..1 ho ..1 salvato|registrato|screenato|screenshottato|conservato|catturato'],
    weight: 3,
    unless: ['nonna|nonno|zia|zio|vocale|concerto|partita|festa|gita|gatto|cane|ahah*|lol|haha*|meme|canzone|ricett*|goal|gol|tiktok|film|serie|livello|gioco|compit*|lezione|appunti|audio|vocale_della|playlist|torneo|recita|saggio'],
    examples: {
      match: ['guarda cosa ho salvato 😈', 'indovina cosa ho registrato ieri sera', 'sai cosa ho screenato?'],
      ignore: ['guarda cosa ho registrato al concerto!', 'guarda cosa ho salvato: il vocale di nonna che canta', 'indovina cosa ho salvato: la ricetta della nonna', 'guarda che ho salvato il livello finalmente'],
    },
  },
  {
    id: 'have-all-your-info',
    phrases: ['ho|so|conosco|abbiamo ..2 tutte|tutto|tutti ..2 tue|tuoi|su_di_te ..1 informazioni|dati|info|dettagli'],
    weight: 3,
    unless: ['iscrizion*|modulo|tessera|tesseramento|assicurazione|contratto|ordine|spedizione|prenotazion*|segreteria|gita|viaggio|pratica|registrazione_al', 'non ..1 ho|so|abbiamo'],
    examples: { match: ['abbiamo tutti i tuoi dati, sappiamo chi sei', 'ho tutte le tue informazioni: nome, scuola, indirizzo'], ignore: ['ho tutti i tuoi dati per la prenotazione del viaggio', 'ho tutti i tuoi dati per il modulo di iscrizione'] },
  },
  {
    id: 'recorded-your-video-or-device',
    phrases: [
      'ho|abbiamo ..1 registrato|filmato|salvato|screenato ..2 tuo|tua|tuoi|tue ..1 video|videochiamat*|cam|nudo|nuda|nudes',
      'ho|abbiamo ..1 preso|il ..1 controllo ..3 tuo|tua ..1 telefono|dispositivo|fotocamera|webcam|account|pc|computer|cellulare|profilo',
      'se ..1 [mi] paghi|pagherai|mandi_i_soldi|fai_il_bonifico|fai_la_ricarica ..3 lo|la|li|le|tutto ..1 tolgo|togliero|rimuovo|rimuovero|levo',
    ],
    unless: ['lezione|recita|saggio|concerto|partita|gita|festa|compleanno|tiktok|ahah*|lol|haha*|prof|allenamento|gara|torneo|balletto|canzone|cover|tutorial|pizza|carrello|ordine|abbonamento|canone|multa|conto|biglietto|spesa|personaggio|gioco|fortnite|roblox|minecraft|brawl|clash|account_di|villaggio'],
    examples: {
      match: ['io ho registrato tuo video', 'sono un hacker, ho preso il controllo del tuo telefono e della tua fotocamera', 'il tuo video è già su un sito, se paghi lo tolgo'],
      ignore: ['ho registrato il tuo video per la recita', 'ho preso il controllo del tuo account di fortnite? no ahah', 'se paghi la pizza tolgo tutto dal carrello'],
    },
  },
  {
    id: 'still-have-that-video',
    phrases: [
      '@video|@photo|nudes|quel_video|quelle_foto ..6 ce_l_ho|ce_lho|le_ho|li_ho|l_ho ..1 ancora|sempre|salvat*|qui|io',
      'ce_l_ho|ce_lho ..1 ancora|sempre ..2 tuo|tua|tuoi|tue|quel|quelle|quei ..1 video|foto|nudes',
    ],
    weight: 3,
    unless: ['gita|festa|compleanno|vacanz*|mare|spiaggia|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|compit*|appunti|ricett*|meme|gatto|cane|bellissim*|carin*|ahah*|lol|haha*|ridere|natale|capodanno|bambin*|piccol*|nonna|nonno|te_la|te_le|te_lo|te_li|ti_mando|ti_giro'],
    examples: {
      match: ['quelle foto di ieri le ho ancora salvate', 'sai quel video di ieri sera? ce l ho ancora', 'ce l ho ancora il tuo video eh'],
      ignore: ['il video del concerto ce l ho ancora', 'il video della gita ce l ho ancora, te lo mando', 'quelle foto del mare le ho ancora, bellissime'],
    },
  },
  {
    id: 'have-your-mothers-number',
    phrases: ['ho ..1 il|l ..1 numero|contatto|indirizzo|profilo|email|mail|instagram|facebook ..2 di|della|del|dei ..1 tua|tuo|tuoi ..1 @audience'],
    weight: 2,
    unless: ['passaggio|chiamo|chiamare|chiamarla|chiamarlo|festa|compleanno|gita|emergenza|auguri|scuola|allenamento|pizza|cena|grazie|tranquill*|per_sicurezza|in_caso'],
    examples: { match: ['ho il contatto di tuo padre, vuoi che gli scriva?', 'ho il numero di tua madre', 'ho il profilo di tua sorella'], ignore: ['ho il numero di tua madre per sicurezza, in caso di emergenza', 'ho il numero di tua madre, la chiamo per il passaggio'] },
  },
  {
    id: 'compromising-video-of-you',
    phrases: [
      'ho|abbiamo|possiedo|tengo ..3 @video|@photo|materiale|registrazion*|filmat* ..4 compromettent*|imbarazzant*|intim*|esplicit*|piccant*|spint*',
      'sei ..1 tu ..2 in|nel|nella ..1 questo|questa|quel|quella|sto|sta ..1 video|foto|filmato|registrazione',
      'guarda|indovina ..2 cosa|che ..1 ho ..1 trovato ..4 sei_tu|tuo_video|tue_foto|di_te|tuo_nome',
    ],
    weight: 3,
    unless: ['recita|saggio|gita|festa|compleanno|concerto|partita|torneo|gara|matrimonio|vacanz*|mare|piccol*|bambin*|asilo|elementari|ahah*|lol|haha*|meme|tiktok|annuario|giornalino|squadra|classe|cosplay|carnevale|halloween|vestit*|carin*|bellissim*|simpatic*|divertent*'],
    examples: {
      match: ['abbiamo delle foto molto intime di te', 'Salve, la contatto perché ho un video di lei molto compromettente', 'guarda un po cosa ho trovato... sei tu in questo video vero?'],
      ignore: ['sei tu in questo video del saggio? brava', 'sei tu in questa foto della gita? ahah', 'ho delle foto imbarazzanti di te da piccola ahah'],
    },
  },
  {
    id: 'price-to-delete-it',
    phrases: [
      '# ..1 @currency|@money|@payment|@gamecur ..3 e ..1 lo|la|li|le ..1 cancello|elimino|tolgo|cancellero|eliminero|togliero|rimuovo',
      '# ..1 @currency|@money|@payment|@gamecur ..3 e ..1 cancello|elimino|cancellero|eliminero ..1 tutto|il_video|le_foto|i_video', '# ..3 @currency|@money|@payment|@gamecur ..4 e ..1 facciamo_finta|come_se_niente|come_se_non|ci_dimentichiamo|dimentichiamo|amici_come_prima|non_e_successo_niente|nessuno_sapra'],
    unless: ['pizza|biglietto|biglietti|regalo|cena|pranzo|quota|gita|bici|spesa|affitto|cinema|colletta|abbonamento|a_testa|ti_devo|prestato|prestito|vendo|vendi|usato|vinted|partita|maglia|concerto|palestra|gioco|app|account_premium|iscrizione|ordine|carrello|prenotazione|appuntamento|debito|lista|nome|gruppo|chat_del|chat_della|ahah*|lol|haha*|scherzo'],
    examples: {
      match: ['dipende da te. 50 euro in vbucks e lo cancello', '200 euro su paypal e cancello tutto', 'allora, 100 su paysafe e facciamo finta che non sia successo niente'],
      ignore: ['10 euro e lo cancello dalla lista della gita', '5 euro e la cancello la foto brutta ahah', '30 euro e cancello l abbonamento', '20 euro per la pizza e facciamo finta che non sia successo niente ahah'],
    },
  },
  {
    id: 'split-screen-and-delete-after-payment',
    phrases: [
      'preparato|montato|creato|fatto ..2 un ..1 video ..6 cosa_guardavi|cosa_stavi_guardando|la_tua_faccia|tua_faccia|schermo_diviso|split_screen|mentre_guardavi',
      'dopo|appena|una_volta|quando ..2 pagamento|bonifico|ricarica|versamento|ricevuto_i_soldi|pagato|ricevo_i_soldi ..3 cancellero|eliminero|cancello|elimino|distruggero|distruggo ..2 video|foto|tutto|registrazion*|materiale|filmat*',
    ],
    unless: ['gita|festa|compleanno|recita|saggio|partita|concerto|matrimonio|ordine|abbonamento|account|iscrizione|prenotazione|ahah*|lol|haha*'],
    examples: {
      match: ['Ho preparato un video in cui a sinistra si vede cosa guardavi e a destra la tua faccia.', 'Dopo il pagamento cancellerò il video e non mi sentirai più.'],
      ignore: ['dopo il pagamento cancello il video della recita dal drive', 'ho fatto un video della festa con la tua faccia ahah'],
    },
  },
{
    id: 'fake-police-or-copied-files',
    phrases: [
      'evitare|evitarne|evitarle|evitarlo|evitare_la|evitare_il|scongiurare ..2 denuncia|denunce|procedimento|procedimento_penale|arresto|querela|azione_legale|conseguenze_legali|conseguenze_penali ..6 pagare|versare|pagamento|versamento|sanzione|ammenda|@payment|#',
      'risulta|abbiamo_rilevato|e_stato_rilevato|sono_state_rilevate|e_emerso ..6 scambiato|condiviso|visualizzato|scaricato|inviato|ricevuto ..4 materiale|contenuti|foto|immagini|video ..4 minorenne|minorenni|minori|pedopornografic*|pornografic*|per_adulti|espliciti|espliciti',
      'abbiamo|ho ..1 copiato|scaricato|rubato|estratto|clonato|hackerato|prelevato ..6 foto_private|foto_intime|video_privati|video_intimi|contenuti_privati|materiale_privato|file_privati|tutte_le_foto|tutta_la_galleria|la_galleria|tutti_i_file|tutti_i_dati',
    ],
    unless: ['truffa|truffe|tentativo|phishing|attenzione_a|non_pagate|non_pagare|avverte|se_ricevete|se_ricevi|mail_falsa|messaggio_falso|gita|festa|vacanz*|matrimonio|nuovo_telefono|telefono_nuovo|pc_nuovo|backup|hard_disk|chiavetta|scuola|compit*|progetto'],
    examples: {
      match: ['Salve, la contattiamo da parte della Polizia Postale: risulta che lei ha scambiato materiale con una minorenne. Per evitare la denuncia deve pagare una sanzione di 800 euro.', 'Attenzione: abbiamo copiato tutti i file del suo telefono, incluse foto private. Ha 48 ore di tempo.', 'ho scaricato tutta la galleria del tuo telefono'],
      ignore: ['attenzione alla truffa: se ricevete una mail della polizia che dice di pagare per evitare la denuncia, non pagate', 'ho copiato tutti i file del tuo telefono sul pc nuovo, mamma', 'ho scaricato tutte le foto della gita'],
    },
  },
{
    id: 'someone-gave-me-your-pics',
    phrases: ['mi ..1 ha|hanno ..1 passato|passate|dato|date|mandato|mandate|girato|girate|venduto|vendute|inoltrato ..2 tue|tuoi|le_tue|i_tuoi ..1 @photo|@video|foto|video|nudes|chat|screen*'],
    unless: ['gita|festa|compleanno|vacanz*|mare|matrimonio|recita|saggio|partita|torneo|annuario|tesserino|giornalino|squadra|classe|piccol*|bambin*|neonat*|ahah*|lol|haha*|bellissim*|carin*|te_le_mando|te_li_mando|ti_mando|ti_giro|compit*|appunti|progetto|ricerca|profilo|album'],
    examples: {
      match: ['il tuo ex mi ha passato le tue foto. vediamo se paghi', 'un tuo amico mi ha dato i tuoi video, ora decidi tu'],
      ignore: ['marco mi ha passato le tue foto della gita, te le mando', 'tua madre mi ha mandato le tue foto da piccola ahah'],
    },
  },
  {
    id: 'still-have-those-from-that-night-r9',
    phrases: [
      'ho|tengo|conservo|c_ho ..1 ancora|sempre ..2 le|il|i|gli|quelle|quel|quei|quella ..1 foto|video|@photo|@video|nudes|screen*|registrazion* ..2 di_quella_sera|di_quella_notte|di_quella_volta|di_ieri_sera|di_stanotte|che_mi_hai_mandato|che_mi_hai_mandata|che_mi_hai_fatto_vedere|che_mi_mandavi|di_quando',
      '@photo|@video|nudes|foto|video ..3 ce_le_ho|ce_li_ho|ce_l_ho|ce_lho ..1 ancora|sempre ..1 tutte|tutti|tutto|tutte_quante|tutti_quanti',
      'ce_le_ho|ce_li_ho|le_ho|li_ho ..1 ancora|sempre ..1 tutte|tutti|tutte_quante|tutti_quanti ..2 tuoi|tue ..1 video|foto|nudes|@photo|@video',
      'io ..1 avere|avuto|ho|tengo|possiedo ..2 @photo|@video|foto|video ..2 di_te|tuo|tua|tuoi|tue|te ..2 nud*|spogliat*|in_intimo|in_cam|in_mutande|senza_vestiti',
      'ho|tengo|abbiamo ..2 tuo|tua ..1 video|registrazione|foto|videochiamata ..3 di_ieri_sera|di_stanotte|di_ieri_notte|su_meet|su_skype|su_omegle|su_ometv|in_cam|della_call|della_videochiamata|con_la_ragazza|con_quella|con_quel_tipo',
    ],
    weight: 5,
    unless: ['gita|festa|compleanno|vacanz*|mare|spiaggia|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|compit*|appunti|ricett*|meme|gatto|cane|bellissim*|carin*|ahah*|lol|haha*|ridere|natale|capodanno|bambin*|piccol*|nonna|nonno|te_la|te_le|te_lo|te_li|ti_mando|ti_giro|ricordo|ricordi|discoteca|cena|pizza|serata|uscita|lezione|riunione|prof|classe|ubriac*|cantav*|ballav*|karaoke|balletto|tiktok|pigiama_party', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam|spam'],
    examples: {
      match: ['ti conviene rispondermi. ho ancora le foto di quella sera', 'le foto. ce le ho ancora, tutte quante', 'ciao, io avere video di te nudo', 'ho il tuo video di ieri sera su meet, quello con la ragazza', 'ho sempre quei video che mi hai mandato', 'ce li ho ancora tutti i tuoi video'],
      ignore: ['ho ancora le foto di quella sera in discoteca, ridere', 'le foto della gita ce le ho ancora tutte', 'ho il tuo video di ieri sera al concerto, te lo giro', 'ho ancora le foto di quella sera, che ricordi'],
    },
  },
  {
    id: 'recorded-you-undressing-r9',
    phrases: [
      'registrat*|filmat*|screen*|salvat*|ripres*|beccat*|registrazion* ..5 quando|mentre ..2 ti_sei_cambiato|ti_sei_cambiata|ti_cambiavi|ti_spogliavi|ti_sei_spogliata|ti_sei_spogliato|ti_sei_tolto|ti_sei_tolta|eri_nuda|eri_nudo|eri_in_mutande|eri_in_intimo|eri_senza_maglia|eri_senza_maglietta|eri_senza_vestiti|eri_senza_niente|eri_senza_reggiseno|eri_senza_mutande|facevi_la_doccia|ti_toccavi',
    ],
    unless: ['ahah*|lol|haha*|scherzo|nonna|nonno|recita|saggio|carnevale|camerino|sfilata|costume_di_scena'],
    examples: {
      match: ['l ho registrata tutta, anche quando ti sei cambiato', 'ti ho filmata mentre ti spogliavi', 'ho salvato la call, anche quando eri in mutande', 'ho fatto lo screen di tutta la chiamata, anche quando eri senza maglia'],
      ignore: ['ti ho filmato mentre ti cambiavi per la recita, eri buffissimo ahah', 'ho fatto lo screen della chiamata quando eri senza connessione'],
    },
  },
  {
    id: 'fake-profile-and-saved-screens-r9',
    phrases: [
      'ho|abbiamo ..1 creato|fatto|aperto ..2 profilo|account|pagina ..1 finto|falso|fake|falsa|finta ..4 tue|tuoi|tua|tuo|di_te|con_il_tuo_nome|a_tuo_nome',
      'salvato|fatto|ho|tengo ..2 screen*|screenshot* ..2 di|a ..1 quello|tutto_quello|cio|tutto ..1 che_mi_hai_scritto|che_mi_hai_detto|che_mi_hai_mandato|che_mi_hai_fatto_vedere|che_mi_scrivevi',
    ],
    weight: 5,
    unless: ['ahah*|haha*|lol|xd|scherzo|scherzando|bello|bellissim*|carin*|dolce|tenero|tenerissim*|ricordo|ricordi|cornice|stampo|stampare|pubblicita|gioco|fortnite|roblox|minecraft|gita|festa|compit*|appunti|risposte|verifica|ricett*|indirizzo|lista|spesa|orari|orario|password_del_wifi|wifi', 'se ..1 qualcuno|ti_scrivono|ti_scrive|ti_dicono|ti_minacciano', 'mi_e_arrivata|mi_e_arrivato|mi_hanno_scritto|truffa|scam'],
    examples: {
      match: ['ho creato un profilo finto con le tue foto e lo riempio di schifezze', 'ho gia salvato gli screen di quello che mi hai scritto', 'ho gli screen di tutto quello che mi hai mandato'],
      ignore: ['ho fatto lo screen di quello che mi hai scritto, troppo dolce', 'ho fatto uno screen di quello che mi hai scritto, la lista della spesa', 'ho creato un profilo fake per il gioco'],
    },
  },
  {
    id: 'remember-what-you-sent-me-r10',
    phrases: [
      'ti_ricordi|ricordi|te_lo_ricordi|ricordati|ricordatelo|hai_presente ..3 cosa|quello|quella|quelle|quelli|che|foto|video ..2 mi ..1 hai ..1 mandato|mandata|mandate|mandati|inviato|inviata|inviate|fatto_vedere ..6 o|oppure|altrimenti|senno|se_no|paga|pagami|fai_quello|fai_come|non_farmi|ubbidisci|obbedisci',
    ],
    weight: 3,
    unless: ['link|compit*|esercizi*|ricett*|meme|canzone|indirizzo|file|documento|orario|appunti|modulo|regalo|festa|compleanno|gita|ahah*|haha*|lol|scherzo'],
    examples: {
      match: ['ti ricordi cosa mi hai mandato sabato? ecco, adesso fai quello che ti dico oppure lo vede tua madre', 'ricordi quelle che mi hai mandato? ora paga', 'hai presente le foto che mi hai mandato? ecco, non farmi arrabbiare'],
      ignore: ['ricordi quello che mi hai mandato? tua madre lo ha visto e rideva', 'ti ricordi cosa mi hai mandato ieri? il link non va, adesso riprova', 'ti ricordi quella che mi hai mandato? la ricetta, ora la provo'],
    },
  },
  {
    id: 'took-it-from-your-cloud-r10',
    phrases: [
      'ho|abbiamo ..1 preso|scaricato|rubato|copiato ..3 tutto|tutte|tutti|foto|video|galleria|chat ..3 dal|dalla|tuo|tua ..1 cloud|icloud|drive|google_drive|telefono|cellulare|cell|pc|galleria|backup|account',
      'ho ..1 il|la ..1 tuo|tua ..1 account|profilo|instagram ..3 adesso|ora|in_mano|nelle_mie_mani|sotto_controllo ..3 password|facile|hackerat*|ridammelo',
      'la ..1 tua ..1 password ..1 era|e ..2 facile|semplice|banale|debole|scontata',
      'ho ancora ..2 tutti|tutte|gli|le ..1 screen*|screenshot*|registrazion* ..4 nostra|nostre|nostri|nostro ..1 chat|chiamata|chiamate|videochiamat*|conversazion*|messaggi',
      'ho ..1 fatto ..1 screen*|screenshot*|registrazion*|foto ..2 durante|mentre ..3 stream|live|diretta|videochiamat*|chiamata|call|cam|webcam',
      'davanti ..2 cam|webcam|telecamera|fotocamera ..6 ho ..1 salvato|registrato|screenato|screennato ..1 tutto|tutti|il_video',
      'ho ..1 le|tutte_le ..1 chat|conversazioni|screen* ..1 e ..1 le ..1 foto|video|nudes',
    ],
    unless: ['concerto|cantante|partita|gol|goal|torneo|gita|festa|compleanno|ricetta|meme|lezione|prof|compit*|esercizi*|tranquill*|album|stampar*|stampa|ricordo|teneri|tenero|dolci|dolcissim*|che_belli|che_faccia|che_facce|faccia_buffa|sto_morendo|cambiala|cambiarla|cambia_la|cambiare|cambiata|metti_una_nuova|presentazione|ricerca|lavoro|slide|documenti|relazione|progetto|livello|mondo|ti_serve|ti_servono|se_ti_servono|se_vuoi|per_il_progetto|backup_fatto'],
    examples: {
      match: ['ho preso tutto dal tuo cloud', 'ho il tuo account insta adesso 😂 la password era facile', 'ho ancora tutti gli screen della nostra chat di ieri sera', 'ho fatto screen durante lo stream 😂', 'hai fatto la scemata davanti alla cam e io ho salvato tutto', 'Ti ho beccato. Ho le chat e le foto.'],
      ignore: ['ho preso tutto dal tuo drive per la presentazione', 'davanti alla cam ho salvato tutto il progetto', 'ho preso tutte le foto dal tuo telefono per fare l album', 'ho ancora tutti gli screen della nostra chat di quando ci siamo conosciuti, che teneri', 'ho fatto screen durante la videochiamata, guarda che faccia hai fatto', 'la tua password era facile, cambiala subito', 'ho preso tutte le foto dal tuo telefono per il progetto, se ti servono dimmelo', 'ho ancora tutti gli screen della nostra chat del torneo ahah', 'ho fatto screen durante la live del cantante', 'ho il tuo account di minecraft ancora loggato sul mio pc'],
    },
  },
  {
    id: 'i-have-the-one-you-sent-them-r11',
    phrases: [
      'foto|video|vocale|screen|@photo|@video ..3 che ..1 avevi|hai ..1 mandato|mandata|mandate|mandati|inviato|inviata|fatto_vedere ..1 a|al|alla|ad ..3 ce_l_ho|ce_le_ho|ce_li_ho|ho_anche_io|ho_pure_io|l_ho_anche|l_ho_pure|le_ho_anche|le_ho_pure|ora_ce_l_ho',
    ],
    unless: ['gita|festa|meme|bella|bellissima|carina|venuta_bene|compleanno|vacanz*|mare|gatto|cane|compit*|appunti|link|ricetta|canzone|gruppo_della_gita|sfondo'],
    examples: {
      match: ['sai quella foto che avevi mandato a Fede? ce l ho anche io 😂', 'il video che hai mandato al tuo ex? ora ce l ho io... anzi ce l ho anche io'],
      ignore: ['la foto che avevi mandato a giulia ce l ho anche io, bellissima', 'il video che hai mandato al gruppo della gita ce l ho anche io'],
    },
  },
  {
    id: 'remember-what-you-had-sent-me-r11',
    phrases: [
      'ti_ricordi|ricordi|te_lo_ricordi|ricordati|hai_presente ..3 cosa|quello|quella|quelle|quelli|foto|video ..2 mi ..1 avevi|hai ..1 mandato|mandata|mandate|mandati|inviato|inviata|inviate|fatto_vedere',
    ],
    weight: 2,
    unless: ['link|compit*|esercizi*|ricett*|meme|canzone|indirizzo|file|documento|orario|appunti|modulo|regalo|festa|compleanno|gita|fuochi|auguri|cartolina|natale|bellissim*|maglione|ahah*|haha*|lol|scherzo|libro|film|serie|playlist'],
    examples: {
      match: ['ti ricordi cosa mi avevi mandato a capodanno?', 'ricordi quelle che mi hai mandato'],
      ignore: ['ti ricordi cosa mi avevi mandato a capodanno? il video dei fuochi', 'ricordi il link che mi hai mandato? non va'],
    },
  },
  {
    id: 'i-remember-what-you-showed-on-cam-r11',
    phrases: [
      'mi_ricordo|ricordo|ho_visto|ho_ancora ..3 cosa|quello|tutto ..2 mi ..1 hai ..1 fatto_vedere|mostrato ..3 cam|videochiamata|call|webcam|in_diretta|in_live|facetime',
    ],
    weight: 3,
    unless: ['ahah*|lol|haha*|scherzo|gioco|partita|disegno|progetto|compit*|appunti|slide|presentazione|lezione|casa|camera_nuova|gatto|cane|cucciolo|torta'],
    examples: {
      match: ['mi ricordo bene cosa mi hai fatto vedere in cam'],
      ignore: ['mi ricordo cosa mi hai fatto vedere in videochiamata, il gatto nuovo!'],
    },
  },
  {
    id: 'saw-you-on-cam-saved-it-all-r11',
    phrases: [
      'cam|videochiamata|videocall|call|live|webcam|facetime|diretta ..6 ho ..1 salvato|registrato|screenato|screenshottato|registrata|salvata ..1 tutto|tutta|il_video|la_call|la_videochiamata|ogni_cosa',
      'ho ..1 salvato|registrato|screenato|screenshottato ..1 tutto|tutta|ogni_cosa ..6 cam|videochiamata|videocall|call|live|webcam|facetime',
    ],
    unless: ['ahah*|lol|haha*|scherzo|lezione|prof|riunione|compit*|progetto|slide|presentazione|appunti|partita|gioco|torneo|ranked|twitch|stream|concerto|ricetta|tutorial|corso|webinar|gruppo|di_gruppo|per_chi|chi_non_c_era|chi_non_c|raga|ragazzi|classe|nonna|nonno|compleanno|festa'],
    examples: {
      match: ['ti ho vista in cam, ho salvato tutto', 'ho registrato tutta la videochiamata'],
      ignore: ['ho registrato tutta la lezione in videochiamata, te la mando per gli appunti', 'ho salvato tutto della live su twitch', 'ho registrato tutta la videochiamata di gruppo per chi non c era'],
    },
  },
  {
    id: 'still-have-that-chat-r12',
    phrases: [
      'ho|tengo|conservo|c_ho ..1 ancora ..3 chat|conversazion*|messaggi|vocali|foto|video|screen*|registrazion* ..3 quella_sera|quella_notte|quel_giorno|quella_volta|nostra|nostre|nostri|tua|tue|tuoi|di_te',
      'ho|tengo|conservo ..1 ancora ..2 tua|tue|tuo|tuoi ..1 foto|video|nudes|pic|pics|registrazion*',
      'lo|la|li|le tengo|ho|conservo ancora ..2 salvat*|al_sicuro|da_parte|in_galleria|nel_telefono|nel_cell',
      'ora|adesso ..1 ho ..1 la|le|il|i ..1 tua|tue|tuo|tuoi ..1 foto|video|nudes|pic|pics|selfie',
    ],
    unless: ['momenti|bei_tempi|nostalgia|mi_manca|mi_mancano|ricordi|rileggo|rileggerla|emozion*|venut*|benissimo|stamp*|cornice|divertent*|carin*|bellissim*|bell*|saggio|recita|concerto|partita|di_ieri|ahah*|haha*|lol|xd|ridere|rido|morto|morta|gita|vacanz*|festa|compleanno|matrimonio|ricordo|bellissim*|profilo|sfondo|numero|contatto|indirizzo|appunti|compiti|ricetta|libro|felpa|caricatore|chiavi|quaderno|ti_rido|te_le_mando|te_li_mando|te_lo_mando|te_la_mando'],
    examples: {
      match: ['ricorda che ho ancora la chat di quella sera 😉 non fare la furba', 'lo tengo ancora ben salvato 😉', 'ora ho la tua foto. se non mi mandi 100 la pubblico', 'c ho ancora i tuoi video, non dimenticarlo', 'le tengo ancora al sicuro nel telefono'],
      ignore: ['ho ancora la chat di quella sera, che momenti', 'ora ho la tua foto, sei venuta benissimo', 'ho ancora i tuoi vocali di ieri, troppo divertenti', 'ho ancora i tuoi video del saggio', 'ho ancora la chat di quella sera ahahah che ridere', 'ho ancora le foto della gita, te le mando', 'ora ho la tua foto profilo come sfondo lol', 'il tuo numero lo tengo ancora salvato'],
    },
  },
  {
    id: 'saved-your-private-stories-r12',
    phrases: [
      'ho|abbiamo ..1 salvato|salvate|salvati|screenato|screenshottato|scaricato|scaricate ..3 tue|tuoi ..1 storie|stories|story|dm|direct|messaggi|post ..3 privat*|segret*|close_friends|migliori_amici|intim*|e_le_tue_foto|e_i_tuoi_video',
      'ho|abbiamo ..1 scaricato|scaricate|scaricati ..3 tue|tuoi ..1 foto|video|nudes|pic|pics ..2 privat*|intim*|nascost*|segret*|dalla_galleria|dal_cloud|dall_icloud',
    ],
    unless: ['ahah*|haha*|lol|xd|gita|vacanz*|festa|compleanno|bellissim*|ricordo|mare|montagna'],
    examples: {
      match: ['ho salvato tutte le tue storie private e le tue foto, posso fare quello che voglio', 'ho screenato le tue stories dei close friends', 'ho scaricato le tue foto private dal cloud'],
      ignore: ['ho salvato le tue storie della gita, bellissime', 'ho scaricato le tue foto del mare'],
    },
  },
  {
    id: 'pics-so-do-what-i-say-r12',
    phrases: [
      'foto|video|nudes|pic|pics|screen*|registrazion* ..6 fai|farai|fa|devi_fare ..1 quello_che_dico|quello_che_ti_dico|come_dico|come_ti_dico|cio_che_dico|quello_che_voglio|tutto_quello_che_dico|quel_che_dico',
      'quello|quella|lo_stesso|la_stessa a_cui|cui ..1 hai ..1 mandato|inviato|fatto_vedere ..3 video|foto|nudes|pic|pics',
    ],
    unless: ['ahah*|haha*|lol|xd|scherzo|gita|vacanz*|festa|compleanno|prof|lezione|compiti|fotografo|servizio|mostra|corso'],
    examples: {
      match: ['sono le tue foto. ora fai quello che dico o le vedono tutti', 'quello a cui hai mandato il video in doccia. vuoi che lo vedano i tuoi?', 'ho i video, quindi farai quello che ti dico'],
      ignore: ['per le foto della gita fai come ti dico: mettile nella cartella lol', 'sono quello a cui hai mandato le foto della gita ahah'],
    },
  },
  {
    id: 'saved-your-parents-numbers-r12',
    phrases: [
      'salvato|salvati|preso|presi|trovato|trovati|segnato|segnati ..3 numeri|numero|contatti|profili|indirizzi|mail ..2 dei|di|della|del ..1 tuoi|tua|tuo ..1 genitori|madre|padre|famiglia|parenti|amici|compagni|prof',
      'paga|pagami|versa|ricarica|manda|mandami|fai ..6 e ..1 tutto|il_video|le_foto|i_video|la_chat ..1 sparisce|scompare|spariscono|scompaiono|svanisce|viene_cancellato|viene_eliminato|va_via',
    ],
    unless: ['biglietto|lista|attesa|coda|multa|bolletta|debito|abbonamento|conto|festa|compleanno|emergenza|emergenze|passaggio|gita|cena|pranzo|rubrica|sorpresa|regalo|allenamento|partita|scuola_guida|ahah*|haha*|lol|xd|trucco|macchia|magia'],
    examples: {
      match: ['bloccami pure, ho gia salvato i numeri dei tuoi genitori', 'paga 80 euro di paysafecard e tutto sparisce', 'ho trovato i profili della tua famiglia'],
      ignore: ['ho salvato il numero di tua madre per le emergenze della gita', 'fai cosi e la macchia sparisce lol', 'paga il biglietto e tutto sparisce dalla lista d attesa'],
    },
  },
  {
    id: 'refer-back-kept-it-all-r13',
    phrases: [
      'ti_ricordi|ricordi|te_lo_ricordi|hai_presente ..4 mandato|mandata|mandate|mandati|mandavi|inviato|inviate|inviavi|facevi_vedere ..6 ho|tengo|conservo ..2 salvato|salvate|salvati|ancora|tutto|tutte|conservato',
    ],
    weight: 5,
    unless: ['link|compit*|esercizi*|ricett*|meme|canzone|indirizzo|file|documento|orario|appunti|modulo|regalo|festa|compleanno|gita|fuochi|auguri|cartolina|natale|maglione|ahah*|haha*|lol|scherzo|libro|film|serie|playlist|drive|cloud'],
    examples: {
      match: ['ti ricordi cosa mi hai mandato l estate scorsa? io si, ho salvato tutto', 'ti ricordi cosa mi mandavi quando stavamo insieme? io si, ho ancora tutto in una cartella', 'hai presente quelle che mi avevi inviato? le tengo ancora tutte'],
      ignore: ['ti ricordi cosa mi hai mandato ieri? il link, ce l ho ancora salvato', 'ti ricordi la ricetta che mi hai mandato? ho salvato tutto'],
    },
  },
  {
    id: 'in-our-possession-r13',
    phrases: [
      '@photo|@video|foto|video|immagini|materiale|contenuti|registrazion*|screen* ..4 in ..1 nostro|mio ..1 possesso',
      'sono|siamo ..1 in ..1 possesso ..2 di|delle|dei|del|della ..3 tue|tuoi|tua|tuo|foto|video|immagini|materiale|registrazion*',
    ],
    weight: 5,
    unless: ['iene|articolo|notizia|truffa|scam|se_ti_scrivono|se_vi_scrivono|polizia_postale_avverte|mi_e_arrivat*|ho_ricevuto|hanno_scritto', 'bollett*|fattura|documenti_per|pratica_di|ricevuta|biglietti|biglietto'],
    examples: {
      match: ['Le foto segnalate sono in nostro possesso', 'siamo in possesso delle tue foto private', 'i video sono in mio possesso'],
      ignore: ['siamo in possesso della ricevuta di pagamento', 'mi e arrivata una mail: le foto sono in nostro possesso. è una truffa?'],
    },
  },
  {
    id: 'guess-who-has-your-pic-r13',
    phrases: [
      'indovina|sai|immagina ..1 chi ..1 ha|c_ha|tiene|possiede ..2 tua|tuo|tue|tuoi ..1 @photo|@video|foto|video ..3 @naked|in_reggiseno|in_mutande|in_costume',
      'chi ..1 ha|c_ha ..2 tua|tuo ..1 foto|video ..3 @naked|in_reggiseno|in_mutande',
    ],
    weight: 5,
    unless: ['gita|mare|spiaggia|piscina|vacanz*|profilo|piccol*|bambin*|recita|festa|negozio|camerino|vinted'],
    examples: {
      match: ['ahahah indovina chi ha la tua foto in reggiseno', 'sai chi ha il tuo video nuda? io', 'indovina chi c ha le tue foto intime'],
      ignore: ['indovina chi ha la tua foto della gita', 'sai chi ha la tua felpa?'],
    },
  },
  {
    id: 'now-i-have-all-your-chats-r13',
    phrases: [
      'ora|adesso|ormai ho|abbiamo ..4 tutte|tutti ..1 le|i|gli ..1 tue|tuoi ..1 chat|foto|video|messaggi|conversazion*|contatti|nudes|vocali|screen*',
      'troppo_tardi|ormai ..3 registrato|registrata|registrati|screenato|screenata|salvato|salvata|filmato|filmata ..1 tutto|tutta|tutti|ogni_cosa',
    ],
    weight: 5,
    unless: ['gita|festa|compleanno|vacanz*|mare|montagna|partita|concerto|matrimonio|recita|saggio|torneo|viaggio|lezione|podcast|canzone|compit*|riunione|drive|cloud|backup|nuovo_telefono|telefono_nuovo|trasferit*|ahah*|haha*|lol'],
    examples: {
      match: ['si. ora ho il tuo whatsapp e tutte le tue chat, anche le foto', 'adesso ho tutti i tuoi contatti', 'troppo tardi, registrato tutto', 'ormai ho salvato tutto'],
      ignore: ['ora ho tutte le tue foto della gita, grazie', 'adesso ho tutte le tue chat sul telefono nuovo, il backup ha funzionato', 'troppo tardi, ho registrato tutta la lezione'],
    },
  },
  {
    id: 'found-your-family-profile-r13',
    phrases: [
      'ho|abbiamo ..1 trovato|beccato ..3 profilo|profili|account|numero|numeri|facebook|instagram ..2 di|della|dei ..1 tua_madre|tuo_padre|tua_mamma|tuo_papa|tua_sorella|tuo_fratello|tuoi|tua_famiglia|tua_ragazza|tuo_ragazzo',
    ],
    weight: 3,
    unless: ['gita|festa|compleanno|emergenz*|autorizzazion*|modulo|prof|scuola_guida|auguri|per_invitarl*|per_chiedere'],
    examples: {
      match: ['so il tuo numero, la tua scuola e ho trovato il profilo di tua madre', 'ho trovato il numero di tuo padre'],
      ignore: ['ho trovato il numero di tua madre sul modulo della gita', 'ho trovato il profilo di tua madre per farle gli auguri'],
    },
  },
  {
    id: 'took-control-of-friends-account-r13',
    phrases: [
      'ho|abbiamo ..1 preso ..1 il ..1 controllo ..3 account|profilo|telefono|cell|cellulare|@app|dispositivo|instagram|whatsapp',
      'so|sappiamo ..1 cosa|quello_che ..1 vi|ti ..1 siete|sei|hai ..1 mandate|mandati|mandato|mandata|inviate|inviato|scritto',
    ],
    weight: 5,
    unless: ['non_aprite|non_cliccate|attenzione|occhio|non_rispondete|mi_hanno|gli_hanno|le_hanno|fortnite|minecraft|roblox|gioco|ahah*|haha*|lol|regalo|sorpresa|compleanno|auguri|link|compit*'],
    examples: {
      match: ['Ho preso il controllo dell account di Giulia e ho letto le vostre chat. So cosa vi siete mandate', 'so cosa ti sei mandata con lui'],
      ignore: ['attenzione, mi hanno preso il controllo del profilo, non aprite i link', 'so cosa le hai scritto per il compleanno'],
    },
  },
  {
    id: 'saved-them-all-r14',
    phrases: [
      'tue|tuoi|quelle|quei|quella|quel ..2 @photo|@video|nudes|screen*|foto|video ..4 le|li|l ho ..1 salvat*|screenat*|conservat*|tenut* ..1 tutte|tutti|tutto|io|ancora',
    ],
    weight: 5,
    unless: ['gita|festa|compleanno|vacanz*|mare|matrimonio|recita|saggio|concerto|partita|torneo|ricett*|meme|compit*|appunti|esercizi|drive_della_classe|album|te_le_mando|te_li_mando|te_lo_mando|ti_mando|ti_giro|te_le_giro|te_li_giro|ahah*|haha*|lol|belle|bellissime|carine|stupende|grazie|grz|thx'],
    examples: {
      match: ['quelle foto lì. le ho salvate tutte 🙂', 'i tuoi video? li ho salvati tutti io', 'le tue foto le ho screenate tutte, ricordatelo'],
      ignore: ['le foto della gita le ho salvate tutte, te le mando', 'i meme li ho salvati tutti ahah', 'le foto di ieri le ho salvate tutte, bellissime', 'le foto le ho salvate tutte, grazie mille!'],
    },
  },
  {
    id: 'screens-of-whole-chat-r14',
    phrases: [
      'ho|abbiamo|tengo|conservo ..1 gli|degli|tutti_gli|ancora_gli screen*|screenshot* ..1 di|della|delle|dei ..1 tutta|tutte|tutti|nostra|nostre|nostri ..2 chat|conversazion*|messaggi|dm|direct',
    ],
    weight: 5,
    unless: ['gruppo|classe|prof|compit*|ahah*|lol|haha*|meme|ridere|morire|assurd*|dolc*|carin*|ricord*|te_li_mando|ti_mando|ti_giro|bell*|conosciuti|nostalgi*|guarda_qua'],
    examples: {
      match: ['ho gli screen di tutta la chat. una parola sbagliata e li leggono i tuoi genitori', 'ho gli screenshot delle nostre chat', 'tengo gli screen di tutte le nostre conversazioni'],
      ignore: ['ho gli screen di tutta la chat del gruppo classe ahah', 'ho gli screen della tua chat con la prof per i compiti', 'ho gli screen delle nostre chat di quando ci siamo conosciuti, troppo belli', 'ho gli screen di tutta la chat, che ridere'],
    },
  },
  {
    id: 'your-contacts-list-r14',
    phrases: [
      'ho|abbiamo|tengo ..1 la|gia_la|pure_la|anche_la ..1 lista|elenco ..2 dei|delle|di ..1 tuoi|tue|tua|tuo ..1 amici|amiche|contatti|follower*|parenti|familiari|compagni|madre|mamma|padre',
      'lista|elenco ..2 dei|delle ..1 tuoi|tue ..1 amici|amiche|contatti|follower*|parenti|compagni ..2 ce_l_ho|l_ho|la_ho|ce_l_abbiamo',
      'questo|ecco ..2 tuo|tua ..1 profilo|account|instagram ..5 tuoi|tue ..1 amici|amiche|follower*|contatti|parenti',
    ],
    weight: 5,
    unless: ['invitare|invita|invito|inviti|festa|compleanno|auguri|regalo|matrimonio|ahah*|haha*|lol|sorpresa|cena|gita|torneo|squadre|te_la_giro|te_la_mando|te_la_passo|rubrica_vecchia|vecchio_telefono|ti_serve|telefono_nuovo|backup'],
    examples: {
      match: ['ho la lista dei tuoi amici e di tua madre. 10 minuti', "tanto la lista dei tuoi contatti ce l'ho gia", 'guarda, questo è il tuo profilo insta e questi tuoi amici'],
      ignore: ['ho la lista dei tuoi amici da invitare alla festa?', 'ho la lista dei tuoi contatti della rubrica vecchia, te la giro?', 'ecco il tuo profilo, hai tipo 300 follower ahah'],
    },
  },
  {
    id: 'someone-who-has-your-pics-r14',
    phrases: [
      'uno|una|qualcuno|quello|quella|colui che|ke ..1 ha|c_ha|tiene|possiede ..1 le|i|tutte_le|tutti_i tue|tuoi ..1 @photo|@video|nudes|screen*',
    ],
    weight: 5,
    unless: ['gita|festa|compleanno|vacanz*|mare|matrimonio|recita|saggio|concerto|partita|torneo|chiedigliele|chiediglieli|chiedi_a|cerca|te_le_manda|te_le_da|ahah*|haha*|lol|danza|calcio|gara|porto|te_le|te_li|ti_mando|ti_giro|fotograf*|album|stampat*|chiavetta', 'se ..1 qualcuno|ti_scrive|ti_scrivono|ti_dice', 'non ..1 pagare|rispondere|rispondete'],
    examples: {
      match: ["uno che ha le tue foto. quelle che hai mandato a 'martina' ieri sera", 'sono quello che ha i tuoi video', 'qualcuno che ha tutte le tue foto 🙂'],
      ignore: ["c'è uno che ha le tue foto della gita, chiedigliele", 'sono quella che ha le tue foto di danza, te le porto domani', 'se qualcuno che ha le tue foto ti scrive, non pagare'],
    },
  },
  {
    id: 'still-got-the-call-video-r14',
    phrases: [
      'hai ..1 ancora ..4 @video|registrazion*|screen*|@photo ..6 io si|io_ce_l_ho|io_l_ho|io_le_ho|io_li_ho',
      '@video|registrazion* ..2 della|di|dell|del ..1 call|videochiamat*|chiamata|cam|live ..6 io_si|io_ce_l_ho|io_l_ho|ce_l_ho_ancora|l_ho_ancora|ancora_io',
    ],
    weight: 5,
    unless: ['lezione|prof|riunione|compit*|mandamelo|mandamela|mandamele|mandameli|passamele|passameli|giramele|girameli|mandami|me_lo_giri|me_lo_mandi|me_la_mandi|concerto|partita|gita|festa|compleanno|belle|bellissim*|carin*|ridere|te_lo_mando|te_lo_giro|ti_mando|ti_giro'],
    examples: {
      match: ["ce l'hai ancora il video della call di ieri sera? io si 🙂", 'hai ancora le foto di sabato? io sì 😏', 'il video della videochiamata? io ce l ho ancora'],
      ignore: ['hai ancora il video della lezione? io si, te lo giro', 'il video della call di ieri ce l ho ancora ahah che ridere', 'hai ancora il video del concerto? io si', 'hai ancora le foto di sabato? io si, bellissime', 'hai ancora le foto di sabato? io sì, mandamele'],
    },
  },
  {
    id: 'read-all-your-dms-r14',
    phrases: [
      'ho|abbiamo ..1 letto ..2 tutti|tutte|tutto ..2 dm|direct|chat|messaggi|conversazion* ..6 tuo|tua|tuoi|tue ..1 ragazzo|ragazza|fidanzat*|foto|video|nudes',
    ],
    weight: 3,
    unless: ['mi_hai_fatto_vedere|me_le_hai_fatte|me_li_hai_fatti|ahah*|lol|haha*|che_carino|che_dolce|carin*|dolc*|mi_hai_mandato_tu'],
    examples: {
      match: ['ho letto tutti i dm, anche quelli con il tuo ragazzo. interessanti le foto', 'abbiamo letto tutte le chat e visto le tue foto'],
      ignore: ['ho letto tutti i messaggi del tuo ragazzo che mi hai fatto vedere, che dolce'],
    },
  },
  {
    id: 'screened-now-pay-r14',
    phrases: [
      'ho|abbiamo ..1 fatto ..1 lo|uno|gli|degli|gia_lo screen*|screenshot* ..6 euro|soldi|paga|pagami|mandi_soldi|@payment|ricarica',
    ],
    weight: 5,
    unless: ['scommessa|pizza|cena|biglietto|biglietti|regalo|conto|scontrino|bonifico_fatto|ricevuta|pagamento_fatto|ho_pagato|ti_ho_pagato|ho_fatto_il_bonifico|prova_di_pagamento|lol|ahah*|haha*|vinted|ordine'],
    examples: {
      match: ['ho fatto lo screen. ora mi mandi 200 euro con una ricarica postepay', 'ho gia fatto gli screen, ora paga'],
      ignore: ['ho fatto lo screen del bonifico, ti ho pagato i 20 euro', 'ho fatto lo screen della ricevuta, sono 12 euro a testa per la pizza'],
    },
  },
  {
    id: 'video-proof-software-police-r14',
    phrases: [
      'ho|abbiamo ..1 prove|prova ..1 video|fotografich*|registrat*|filmat* ..3 tue|sue|tua|sua|di_te|di_lei|delle_sue|delle_tue',
      'ho|abbiamo ..1 installato ..2 software|programma|app|codice|estensione|malware|spyware ..3 tuo|tua|suo|sua ..2 sistema|sistema_operativo|dispositivo|pc|computer|telefono|browser|cellulare',
      'lei|tu ..1 e|sei|risulta ..1 indagat*|denunciat*|segnalat*|accusat* ..6 paghi|pagare|versi|versare|sanzione|multa|ammenda|carta_regalo|buoni|paysafe*|bitcoin',
    ],
    weight: 5,
    unless: ['iene|notizia|articolo|servizio|truffa|attenzione|occhio|non_pagate|non_pagare|segnala|segnalate|mi_e_arrivat*|ho_ricevuto|mi_hanno_scritto|tecnico|assistenza|antivirus|aggiornamento|ho_installato_l_app_della_scuola|registro|evento|presenza|partecipazione|incidente|sinistro|danno|danni|assicurazion*|cantiere'],
    examples: {
      match: ['Il suo dispositivo è stato compromesso. Abbiamo prove video delle sue attività.', 'Sono un hacker professionista. Ho installato un software sul tuo sistema operativo', 'Comando Polizia Cyber: lei è indagato. Paghi la multa con carta regalo per chiudere la pratica'],
      ignore: ['mi è arrivata una mail che dice che sono indagato e devo pagare una multa con carta regalo, è una truffa?', 'il tecnico ha installato un programma sul tuo pc per l antivirus'],
    },
  },
  {
    id: 'your-pics-are-circulating-pay-r14',
    phrases: [
      'tue|tuoi ..1 foto|video|nudes|@photo|@video ..3 circolano|girano|stanno_girando|sono_online|sono_in_rete|sono_finite|sono_su ..6 paga|pagami|pagare|togliere|tolga|tolgo|rimuovere|rimuovo|rimuova|cancellare|cancello|eliminare|elimino',
    ],
    weight: 5,
    unless: ['gita|festa|compleanno|lol|ahah*|haha*|segnala|segnalare|polizia|denuncia|denunciare|non_pagare|occhio|attenzione|profilo_fake|chi_le_ha'],
    examples: {
      match: ['le tue foto nude circolano già, se vuoi che le tolga paga', 'le tue foto stanno girando, pagami e le faccio rimuovere'],
      ignore: ['le tue foto della gita girano nel gruppo, chiedi di toglierle lol', 'le tue foto stanno girando su un profilo fake, segnalalo e non pagare nessuno'],
    },
  },
  {
    id: 'already-archived-or-listed-r15',
    phrases: [
      'tue|tuoi|le_tue|i_tuoi ..1 [foto|video|immagini|nudes|chat|screen*] ..2 sono|si_trovano|stanno|girano ..2 gia|ora|adesso ..3 archivio|database|server|siti|sito|cartella|mani|nelle_mani|online|in_rete|dark_web|darkweb',
      'ho|tengo|conservo|salvato ..1 tutte|tutti ..1 le|i ..1 foto|video|messaggi|chat|screen*|vocali ..1 che|ke ..1 hai|mi_hai ..1 mandato|inviato|fatto|girato',
      'ho|abbiamo|conosco|so|trovato|visto ..2 tuo|il_tuo ..1 ip|indirizzo_ip|indirizzo',
      'se vuoi che ..2 tolgo|cancello|elimino|rimuovo|levo|tolga|cancelli|elimini|rimuova ..6 devi|paga|paghi|mi_devi|mandami|dammi|passami|voglio|servono ..3 #|soldi|@payment|@money|euro*',
    ],
    unless: ['gita|vacanza|vacanze|matrimonio|drive|album|stampo|stampare|cresima|comunione|compleanno|festa|progetto|compit*|router|wifi|modem|consegna|spedizione|pacco|fattura', 'ahah*|haha*|lol'],
    examples: {
      match: ['le tue foto sono gia in un archivio privato', 'ho tutte le foto che hai mandato a giulia_02', 'ho visto il tuo ip', 'se vuoi che la tolgo mi devi 50 euro su satispay', 'i tuoi video sono già su un server'],
      ignore: ['ho tutte le foto che mi hai mandato della gita, le stampo', 'le tue foto sono gia nella cartella del drive', 'qual è il tuo indirizzo per la spedizione', 'se vuoi che la tolgo dal profilo dimmelo'],
    },
  },
  {
    id: 'safe-with-me-for-now-r15',
    phrases: [
      'tue|tuoi|tuo|tua ..1 foto|video|nudes|segreti|segreto|chat|messaggi ..3 al_sicuro|sicure|sicuri|in_buone_mani|custodit* ..4 per_ora|finche|per_adesso|almeno_per_ora|fino_a_quando',
      'ho ..1 salvato|registrato|screenato|screenshottato|screennato|catturato ..2 diretta|live|call|videochiamat*|chiamata|storia_privata|cam|webcam',
    ],
    unless: ['ricetta|lezione|lezioni|compit*|partita|torneo|webinar|concerto|messa|nonna|nonno|lavoro|riunione|conferenza|stream_di|ahah*|haha*|lol|cosi_la_rivedi|cosi_la_guardi|se_vuoi_la', 'podcast|intervista|episodio|puntata|canale|youtube|la_monto|montarla|montaggio_del|per_il_video|per_il_progetto|per_la_radio'],
    examples: {
      match: ['tranquilla le tue foto sono al sicuro con me... per ora', 'ho salvato la diretta', 'ho registrato la call di ieri sera'],
      ignore: ['ho registrato la lezione di ieri, se vuoi te la mando', 'ho salvato la diretta del concerto ahah'],
    },
  },
  {
    id: 'your-people-in-my-list-r15',
    phrases: [
      'tuoi|tue ..1 compagni|compagne|amici|amiche|parenti|follower*|contatti ..4 sono ..1 tutti|tutte|gia ..1 nei_miei|tra_i_miei|nella_mia|tra_le_mie ..1 follower*|lista|amici|contatti|seguiti',
    ],
    unless: ['festa|compleanno|gruppo_di_studio|squadra|ahah*|haha*|lol'],
    examples: {
      match: ['i tuoi compagni di classe sono tutti nei miei follower adesso'],
      ignore: ['i tuoi amici sono tutti nella mia lista per la festa'],
    },
  },
  {
    id: 'remember-i-still-have-it-r16',
    phrases: [
      'guarda_che|occhio_che|ricordati_che|ricorda_che|non_dimenticare_che|ti_ricordo_che|sappi_che ..4 @photo|@video|vocale|audio|screen*|registrazion* ..4 ce_l_ho_ancora|ho_ancora|li_ho_ancora|le_ho_ancora|l_ho_ancora|tengo_ancora|conservo_ancora',
      'ricordati_che|ricorda_che|ti_ricordo_che|sappi_che|guarda_che|occhio_che|non_dimenticare_che ..1 ho_ancora|ce_l_ho_ancora|tengo_ancora|conservo_ancora ..3 @photo|@video|vocale|audio|screen*|registrazion*',
    ],
    unless: ['gita|vacanza|vacanze|mare|festa|compleanno|matrimonio|concerto|partita|torneo|recita|saggio|prof|compit*|appunti|lezione|ricett*|meme|gatto|cane|nonna|nonno|bambin*|te_le_mando|te_lo_mando|te_la_mando|te_li_mando|ti_mando|ti_giro|te_le_giro|te_lo_giro|mandamel*|bellissim*|carin*|stupend*'],
    examples: {
      match: ['ricordati che ho ancora il vocale di quella sera. fossi in te non farei la furba', 'guarda che il video della call ce l ho ancora', 'sappi che le foto le ho ancora tutte'],
      ignore: ['ricordati che ho ancora le foto del mare, te le mando', 'guarda che il video della recita ce l ho ancora', 'ricordati che ho ancora il vocale della prof sui compiti'],
    },
  },
  {
    id: 'i-control-your-webcam-r16',
    phrases: [
      'tua|tuo ..1 webcam|telecamera|cam|pc|computer|telefono|cellulare ..2 io|lo|la ..1 controllo|spio|comando|gestisco|vedo',
      'controllo|spio|comando ..2 tua|tuo ..1 webcam|telecamera|cam|pc|computer|telefono|cellulare ..3 da|ogni_giorno|sempre|mesi|settimane',
      'io_ho|ho|abbiamo ..1 tutti|tutte ..2 contatti|numeri ..2 tua|tuo|di_tua|della_tua|dalla_tua ..1 rubrica|telefono|cellulare',
    ],
    unless: ['nuovo_telefono|telefono_nuovo|sim|backup|festa|compleanno|invitat*|sorpresa|assistenza|riparazione|parental|controllo_parentale|genitori|mamma|papa|batteria', 'driver|impostazioni|funziona|non_va|rotta|rotto|problema|aggiust*|sistem*|domani|virus|antivirus|aggiornament*'],
    examples: {
      match: ['io hacker. tua webcam io controllo da 3 mesi. io ho tutti contatti tua rubrica', 'controllo la tua webcam da settimane', 'ho tutti i contatti della tua rubrica'],
      ignore: ['ho tutti i contatti della tua rubrica nel telefono nuovo, ti faccio il backup', 'la tua webcam la controllo io domani, forse e il driver'],
    },
  },
  {
    id: 'i-have-your-id-do-what-i-want-r16',
    phrases: [
      'ho|tengo|abbiamo ..1 tuo|tua|tuoi|tue|il_tuo|la_tua|i_tuoi|le_tue ..1 documento|documenti|carta_d_identita|carta_di_identita|passaporto|dati|foto|video|nudes ..4 ci_faccio|ne_faccio|posso_farci|posso_farne|ci_posso_fare|ne_posso_fare ..1 quello_che_voglio|cio_che_voglio|cosa_voglio|quel_che_voglio|quello_che_mi_pare|cio_che_mi_pare',
      'rilevato|trovato|individuato|scoperto ..3 contenuti|contenuto|materiale|foto|video|immagini ..2 sensibili|intimi|intime|espliciti|esplicite|illegali|per_adulti|vietati|vietate ..3 nei_tuoi|nel_tuo|sul_tuo|nella_tua|tuoi|tuo|tua',
    ],
    examples: {
      match: ['se non la mandi l account si blocca e io ho il tuo documento, ci faccio quello che voglio', 'Team Snapchat: abbiamo rilevato contenuti sensibili nei tuoi Ricordi', 'ho le tue foto, ne faccio quello che voglio'],
      ignore: ['ho il tuo documento, l hai lasciato in macchina', 'abbiamo trovato foto bellissime nel tuo album della gita'],
    },
  },
  {
    id: 'your-video-from-adult-site-r16',
    phrases: ['ho|abbiamo|io_ho ..2 tuo|suo|tua|sua ..1 video|filmato|registrazione ..4 da_sito|dal_sito|da_siti|sito_per_adulti|siti_per_adulti|sito_porno|siti_porno|mentre_guardavi|mentre_visitavi'],
    unless: ['youtube|tiktok|netflix|cantante|attore|attrice|calciatore|influencer|youtuber|streamer'],
    examples: {
      match: ['salve signore io ho suo video molto brutto, da sito per adulti', 'abbiamo il tuo video mentre guardavi siti porno'],
      ignore: ['ho visto il suo video da youtube, il cantante e bravissimo', 'ho il tuo video del saggio'],
    },
  },
  {
    id: 'where-you-change-you-can-see-all-r16',
    phrases: [
      'dove|mentre|in_cui|quando ..1 ti ..1 cambi|spogli|cambiavi|spogliavi|fai_la_doccia|facevi_la_doccia ..4 si_vede_tutto|si_vede|si_vedeva|si_vedono|ti_si_vede|ce_l_ho|l_ho_registrato|ti_ho_registrat*|ti_ho_ripres*',
      'ho|abbiamo ..2 @video|foto|video|registrazion* ..2 del|dal|nel|dello|nello ..1 camerino|spogliatoio|bagno|doccia|docce ..3 dove|mentre|in_cui|tuo|tua|sei|ci_sei|ti',
    ],
    unless: ['vittoria|festa|coppa|scudetto|spettacolo_finito|prima_dello|dopo_lo|dopo_la|balletto|scherzo|tutti_insieme|squadra|gol|partita|tombola|karaoke|canzone|coro'],
    examples: {
      match: ['quello dove ti cambi. si vede tutto', 'ho il video del camerino dove ti cambi', 'ho un video dello spogliatoio dove ci sei tu'],
      ignore: ['ho il video del camerino dopo lo spettacolo, tutti insieme a cantare', 'ho il video dello spogliatoio dopo la vittoria'],
    },
  },
  {
    id: 'copy-of-everything-you-sent-r16',
    phrases: [
      'ho|tengo|conservo|abbiamo ..2 una_copia|copia|copie|backup ..2 di ..1 tutto|tutte|tutti|quello|quelle ..3 mi_hai_mandato|mi_hai_mandata|mi_hai_mandate|mi_hai_inviato|mi_hai_fatto_vedere|ci_siamo_scritti|abbiamo_fatto',
      'tengo|conservo|ho_messo|ho_salvato ..1 tutto ..3 in ..1 una|un ..1 cartella|chiavetta|cloud|hard_disk|pc ..3 foto|video|chat|screen*',
      'cancello|elimino|cancellero|eliminero ..2 tutto|tutte|tutti|le_foto|i_video|il_video ..3 appena|quando|solo_se|solo_quando|dopo_che ..3 arrivano|arrivino|ricevo|paghi|pagherai|mi_mandi|mi_fai ..2 soldi|pagamento|bonifico|ricarica|euro|@payment|@money',
    ],
    unless: ['compit*|appunti|esercizi|lezione|prof|scuola|gita|vacanz*|matrimonio|compleanno|festa|progetto|tesi|lavoro|ufficio|cliente|fattura|contratto|cartella_clinica'],
    examples: {
      match: ['ho una copia di tutto quello che mi hai mandato', 'tengo tutto in una cartella, foto e chat', 'cancello tutto appena mi arrivano i soldi'],
      ignore: ['ho una copia di tutto quello che mi hai mandato per il progetto', 'tengo tutto in una cartella, foto e chat della gita', 'cancello tutto appena mi arriva il pagamento del cliente'],
    },
  },
  {
    id: 'takedown-for-money-or-now-mine-r16',
    phrases: [
      '@video|@photo|video|foto|gruppo|sito|canale|profilo ..6 lo|la|le|li ..1 faccio|posso_far|posso_fare|faro ..1 togliere|rimuovere|cancellare|sparire|eliminare ..4 #|@money|@currency|se_mi_paghi|se_paghi|pagando|paghi',
      'farle|farli|farlo|farla ..1 rimuovere|togliere|cancellare|sparire|eliminare ..3 se ..1 mi ..1 paghi|mandi|fai_una_ricarica',
      'risulta|risultano|e_stato_rilevato|e_stata_rilevata|abbiamo_rilevato|abbiamo_trovato ..2 materiale|contenuti|contenuto|foto|video ..1 illecit*|illegal*|pedopornografic*|vietat*|espliciti|esplicito|sensibili',
      'tue|tuoi ..1 foto|video|nudes ..2 sono|ora_sono|adesso_sono ..1 mie|miei|roba_mia ..4 decido_io|faccio_io|ci_faccio|ne_faccio',
      'decido_io ..2 cosa|che ..1 farne|fare_con_le_tue|fare_dei_tuoi|fare_delle_tue',
    ],
    unless: ['commercialista|avvocato|fotografo|studio_fotografico|album|stampe|stampa|cornice|gita|matrimonio|compleanno|vinted|annuncio|virus|antivirus|spam|scherzo_di', 'macchia|divano|tappezziere|lavanderia|tintoria|dentista|medico|meccanico|tatuaggio|neo|peli|ceretta|laser|graffiti|scritta|muro'],
    examples: {
      match: ['sei tu nel video? l ho trovato in un gruppo, se vuoi lo faccio togliere per 50 euro', 'ho trovato le tue foto su un sito, posso farle rimuovere se mi paghi', 'sono della polizia postale, risulta materiale illecito sul suo profilo', 'ormai le tue foto sono mie, decido io cosa farne'],
      ignore: ['la macchia sul divano la faccio togliere per 50 euro dal tappezziere', 'le tue foto sono mie, le ho stampate per l album della gita'],
    },
  },
  {
    id: 'remember-what-you-sent-i-kept-it-r17',
    phrases: [
      'ricordi|ti_ricordi|hai_presente ..3 mi_hai_mandato|mi_hai_inviato|mi_mandavi|mi_hai_fatto_vedere|mi_hai_girato ..6 ce_l_ho_ancora|l_ho_ancora|le_ho_ancora|li_ho_ancora|ho_ancora_tutto|tengo_ancora|conservo_ancora|l_ho_salvato|l_ho_salvata|le_ho_salvate|li_ho_salvati|ce_l_ho_salvat*',
      'fatto|registrato|salvato|preso ..2 screen*|registrazion*|il_video|un_video ..2 tua|tuo|della_tua|del_tuo|di_tua|della_nostra|nostra ..1 videochiamata|video_chiamata|chiamata_video|call|webcam|cam',
      'registrato|filmato|registrata|salvato ..2 la_nostra|nostra|la_tua|tua|le_nostre|nostre ..1 videochiamata|videochiamate|video_chiamata|chiamata_video|call|webcam|cam',
    ],
    unless: ['gita|vacanz*|mare|festa|compleanno|matrimonio|concerto|partita|prof|lezione|riunione|zoom|meet|classe|gruppo|buff*|divertent*|ridere|ricett*|meme|te_lo_mando|te_la_mando|te_le_mando|ti_mando|ti_giro|mandamel*'],
    examples: {
      match: ['ricordi cosa mi hai mandato l estate scorsa? io si. ce l ho ancora', 'io fatto screenshot tuo videochiamata', 'ho registrato la nostra videochiamata di ieri sera', 'ti ricordi quello che mi hai mandato a natale? le ho salvate tutte'],
      ignore: ['ricordi la ricetta che mi hai mandato? ce l ho ancora', 'ho fatto uno screen della nostra videochiamata siamo buffissimi', 'ho registrato la call della riunione di classe'],
    },
  },
  {
    id: 'we-possess-compromising-material-r17',
    phrases: [
      'possediamo|possiedo|deteniamo|detengo|abbiamo|ho ..3 registrazion*|@video|@photo|materiale|contenuti ..2 compromettent*|intim*|espliciti|esplicite|sessual*|osceni|oscene',
      '@photo|@video|copie|registrazion* ..6 in_nostro_possesso|in_mio_possesso|nelle_mie_mani|nelle_nostre_mani',
      'ho|tengo|io_ho|abbiamo ..2 screen|screenshot|screenshots|screenshottato|screenshottate ..2 delle_tue|dei_tuoi|della_tua|del_tuo|tue|tuoi|tua|tuo ..1 foto|video|nudes|nude|foto_nude|foto_private|video_privati',
      'ho|abbiamo ..1 copiato|scaricato|rubato|clonato ..2 tutti|tutta ..2 tuoi|i_tuoi|la_tua|tua ..1 contatti|follower*|rubrica|amici|seguaci',
    ],
    unless: ['telefono_nuovo|nuovo_telefono|backup|sim|festa|compleanno|invit*|gita|vacanz*|progetto|lavoro_di_gruppo|ricerca|sfondo|profilo|prof|scuola_di|corso|museo|mostra'],
    examples: {
      match: ['Salve. Possediamo registrazioni compromettenti di lei davanti alla webcam.', 'ho gli screen delle tue foto. vuoi che li vede tua nonna? rispondi', 'Ti avviso una volta sola: ho copiato tutti i tuoi contatti', 'le copie delle sue foto sono in nostro possesso'],
      ignore: ['ho copiato tutti i tuoi contatti nel telefono nuovo', 'ho gli screen delle tue foto della gita, te li giro?', 'abbiamo materiale intimo? no, solo foto della mostra'],
    },
  },
  {
    id: 'broken-io-ha-registrato-r18',
    phrases: [
      'io ..1 ha|avere|aver|avuto ..1 registrato|registrata|filmato|salvato|screenshot|screen|preso|fatto ..2 tutto|video|te|tua|tuo|faccia|chiamata',
    ],
    unless: ['concerto|lezione|partita|gol|film|serie|puntata|gita|festa|compleanno|ahah*|haha*|lol'],
    examples: {
      match: ['ciao tu fatto video con me ora io ha registrato tutto', 'io avere registrato tua faccia e tutto', 'io ha salvato video di te'],
      ignore: ['io ha registrato tutto il concerto per te'],
    },
  },
  {
    id: 'your-files-found-on-sites-r18',
    phrases: [
      'individuato|individuati|trovato|trovati|rilevato|rilevati|localizzato|intercettato|scoperto ..3 suoi|sue|tuoi|tue|vostri|vostre|di_lei|di_te ..1 file|foto|video|contenuti|immagini|materiale|filmati ..4 siti|sito|forum|canal*|piattaform*|web|dark_web|rete|server|archivio|archivi|database|cartella',
      'materiale|contenuti|foto|video|immagini|filmati ..1 intim*|espliciti|esplicite|privat*|sessual*|compromettent*|ose ..1 che_la_riguarda|che_ti_riguarda|che_la_ritrae|che_ti_ritrae|che_la_ritraggono|che_ti_ritraggono|che_ti_riguardano|che_la_riguardano',
    ],
    unless: ['servizio|tg|telegiornale|iene|articolo|notizia|documentario|podcast|lezione|incontro|assemblea|legge|reato|se_ti_scrivono|se_qualcuno', 'gita|vacanz*|festa|compleanno|sito_della_scuola|giornalino|annuario|concerto|partita|torneo'],
    examples: {
      match: ['Abbiamo individuato i suoi file su 3 siti esteri', 'Risulta che materiale intimo che la riguarda è stato diffuso su un sito estero.', 'abbiamo trovato tue foto private su un forum'],
      ignore: ['al tg hanno detto che materiale intimo che ti riguarda può finire online, attenzione', 'ho trovato le tue foto della gita sul sito della scuola'],
    },
  },
  {
    id: 'i-have-some-interesting-videos-of-her-r18',
    phrases: [
      'ho|tengo|abbiamo|possiedo ..1 dei|delle|qualche|certi|certe|un_po_di|diverse|diversi ..1 @video|@photo|nudes|screen* ..1 suoi|sue|tuoi|tue|di_te|di_lei|di_lui ..3 interessant*|particolar*|spint*|compromettent*|privat*|imbarazzant*|scottant*|piccant*|che_ti_riguardano|che_la_riguardano',
      'ho|io_ho|tengo ..1 ancora ..1 il|la|le|i|quel|quella|quelle|quei|tutte_le|tutti_i ..1 video|foto|nudes|registrazion* ..6 non_farmi_perdere_la_pazienza|non_farmi_arrabbiare|non_farmi_incazzare|sai_cosa_succede|ricordatelo|ricordalo|non_provarci|fai_come_dico|fai_la_brava|fai_il_bravo|non_scherzare|non_fare_scherzi',
    ],
    unless: ['gita|vacanz*|mare|festa|compleanno|matrimonio|concerto|partita|recita|saggio|piccol*|bambin*|ahah*|haha*|lol|xd|ricett*|meme', 'caduta|cadi|cadevi|ridere|divertent*|buff*|imbarazzant*_ahah'],
    examples: {
      match: ['perché ho dei video suoi molto interessanti', 'e io ho ancora il video. non farmi perdere la pazienza, sai cosa succede', 'ho delle foto tue molto private, rispondimi'],
      ignore: ['ho dei video suoi della recita molto divertenti', 'ho ancora le foto della gita, non farmi dimenticare di mandartele ahah'],
    },
  },
  {
    id: 'your-name-shows-in-the-pic-r18',
    phrases: [
      '@photo|@video ..4 si_vede|si_vedono|si_legge|si_leggono|si_riconosce|si_riconoscono ..5 tua|tuo|tuoi ..1 camera|nome|cognome|faccia|casa|scuola|indirizzo|diario|targa|divisa',
    ],
    unless: ['ahah*|haha*|lol|xd|bell*|carin*|buff*|sfocat*|mossa|venuta_bene|venuta_male|gita|festa|compleanno|vacanz*|attent*|occhio|cancellal*|toglila|toglilo|privacy'],
    examples: {
      match: ['ora guarda bene la foto: si vede il poster della tua camera e il tuo nome sul diario', 'nel video si riconosce la tua faccia e la tua scuola'],
      ignore: ['nella foto si vede la tua faccia buffa lol', 'occhio che nella foto si vede il tuo indirizzo, cancellala'],
    },
  },
  {
    id: 'i-have-your-account-password-r18',
    phrases: [
      'ho|conosco|so|abbiamo|io_ho ..1 la_tua|la|le_tue|le ..1 password|pass|psw|pw|credenziali ..2 del_tuo|della_tua|tuo|tua|di ..1 instagram|account|profilo|@app|mail|email|telefono|snapchat|tiktok',
    ],
    unless: ['netflix|wifi|wi_fi|disney|spotify|dazn|prime|me_l_hai_data|me_l_hai_detta|mi_hai_dato|mi_hai_detto|me_le_hai_date|cambiala|cambiale|cambia|ricordi|dimenticat*|ahah*|haha*|lol'],
    examples: {
      match: ['ho la password del tuo insta, ho visto i tuoi dm con luca', 'conosco la password della tua mail'],
      ignore: ['ho la password del tuo account netflix, me l hai data tu', 'ho la password del tuo insta che mi hai detto, cambiala'],
    },
  },
  {
    id: 'the-video-is-worth-more-r18',
    phrases: [
      'il_video|la_foto|le_foto|i_video|quel_video|quelle_foto|quella_foto|il_materiale|le_tue_foto|il_tuo_video ..1 vale|valgono|varra|varranno ..1 di_piu|molto_di_piu|piu_di_cosi|piu_di|molto_piu',
    ],
    unless: ['progetto|concorso|gara|contest|premio|presentazione|relazione|voto|prof|like|visualizzazion*|views|canale|youtube|tiktok'],
    examples: {
      match: ['però ci ho ripensato. il video vale di più. altri 300 entro venerdì', 'le tue foto valgono molto di più di 50 euro'],
      ignore: ['il video vale di più della foto per il progetto', 'quel video vale molto di più come visualizzazioni'],
    },
  },
  {
    id: 'i-have-your-mums-number-r18',
    phrases: [
      'numero|numeri|contatto|contatti|profilo ..4 tua_madre|tuo_padre|dei_tuoi|tuoi_genitori|tua_mamma|tuo_papa|di_tua_madre|di_tuo_padre ..3 ce_li_ho|ce_l_ho|li_ho|l_ho|ho_gia|li_ho_gia|ce_l_ho_gia|ce_li_ho_gia',
      'ho|ho_gia|ce_l_ho|tengo ..2 numero|numeri|contatto ..1 di|della|dei|del ..1 tua|tuoi|tuo ..1 madre|padre|mamma|genitori|papa ..4 vuoi_che|sai_cosa|chiamo|scrivo|la_chiamo|lo_chiamo|li_chiamo|gli_scrivo|le_scrivo',
    ],
    unless: ['festa|sorpresa|regalo|passaggio|prendere|gita|compleanno|cena|pigiama_party|allenamento|partita|ahah*|haha*|lol|prof|scuola'],
    examples: {
      match: ['il tuo numero e quello di tua madre ce li ho già, vuoi che la chiamo?', 'ho il numero di tua madre, vuoi che la chiamo?'],
      ignore: ['ho il numero di tua madre, la chiamo io per il passaggio di sabato'],
    },
  },
  {
    id: 'you-go-to-jail-you-sent-them-r18',
    phrases: [
      'se ..1 lo_dici|lo_racconti|parli|denunci|mi_denunci|lo_dici_a_qualcuno|vai_dalla_polizia|lo_dici_ai_tuoi ..6 vai|finisci|andrai|finirai ..1 in_galera|in_prigione|nei_guai|in_carcere|al_riformatorio|in_comunita ..2 tu|anche_tu|prima_tu',
      'vado|andro|chiamo|vado_dai|vado_dalla ..2 carabinieri|polizia|polizia_postale ..3 dico|diro|racconto ..3 mi_hai_mandato|hai_mandato|mandato_tu|mandate_tu|me_le_hai_mandate ..2 foto|video|nudes|tu',
      'dico|diro|racconto ..3 carabinieri|polizia|polizia_postale|ai_tuoi|a_tua_madre|a_tuo_padre|preside ..4 mi_hai_mandato|hai_mandato|mandato_tu|mandate_tu|me_le_hai_mandate ..2 foto|video|nudes|tu',
    ],
    unless: ['ahah*|haha*|lol|xd|spoiler|compiti|verifica|finale|se_qualcuno_ti|se_ti_scrive|la_polizia_dice|hanno_spiegato'],
    examples: {
      match: ['vado dai carabinieri e dico che mi hai mandato tu le foto, finisci nei guai tu', 'se lo dici a qualcuno vai in galera tu perché sei minorenne e hai mandato foto'],
      ignore: ['se lo dici alla prof finisci nei guai anche tu per la verifica lol'],
    },
  },
  {
    id: 'your-activity-was-recorded-pay-to-delete-r18',
    phrases: [
      'comportamento|attivita|sessione|sessioni|navigazione|cronologia ..3 e_stato|e_stata|sono_state|sono_stati|stato|stata ..1 registrat*|filmat*|salvat*|catturat*',
      'se ..1 paghi|mi_paghi|mandi_i_soldi|fai_il_bonifico|fai_la_ricarica|versi ..3 cancello|elimino|cancellero|eliminero ..1 tutto|tutte|tutti|le_foto|il_video|i_video|ogni_cosa',
    ],
    unless: ['lezione|corso|riunione|webinar|zoom|classroom|prof|quota|iscrizione|lista|ordine|prenotazione|pizza|biglietti|ahah*|haha*|lol'],
    examples: {
      match: ['Gentile signore, il suo comportamento online è stato registrato.', 'se paghi cancello tutto, te lo giuro sulla mia famiglia'],
      ignore: ['la sessione di zoom è stata registrata dalla prof', 'se paghi la quota cancello il tuo nome dalla lista'],
    },
  },
  {
    id: 'copy-backup-screen-record-r19',
    phrases: [
      'ho|tengo|abbiamo|conservo|ho_fatto|ho_salvato ..2 copia|copie|backup ..3 video|foto|chat|registrazion*|nudes|filmat*|clip',
      'ho|abbiamo registrato|catturato|screenrecordato|screenregistrato|salvato ..2 lo_schermo|la_schermata|schermo|screen_record*|screenrecord*',
      'ci_sei_cascato|ci_sei_cascata|ci_sei_caduto|ci_sei_caduta|abboccato|abboccata ..4 ho|abbiamo ..1 salvato|screenato|registrato|tutto|screen*|registrat*',
      'ho|abbiamo|tengo gli|degli|i|tutti_gli|tutti_i screen|screenshot|screenshots|screenshots ..2 della|delle|dei|di ..1 chat|conversazion*|messaggi|videochiamat*|call|nostra_chat|nostre_chat',
      'ho|ha|abbiamo visto|registrato ..2 il_video|le_foto|quello|quella|cosa ..2 che_hai_fatto|che_facevi|che_hai_mandato ..3 in|su|nella|durante ..1 chiamata|videochiamat*|cam|call|webcam|privato',
    ],
    unless: ['recita|saggio|gita|matrimonio|compleanno|lezione|video_della_partita|copia_della_partita|festa|drive|chiavetta|hard_disk|cloud|gameplay|tutorial|bug|errore|speedrun|livello|gioco|game|prof|gruppo|compit*|verifica|orari|classe|segnal*|polizia|denunci*|prove_che|come_prova|tiktok|meme'],
    examples: {
      match: ['ho una copia del video. vuoi che lo veda il mister?', 'aspetta. ho registrato lo schermo, guarda', 'ahahah ci sei cascato. ho salvato tutto', 'ho gli screen della chat di ieri', 'uno che ha visto il video che hai fatto in chiamata ieri sera'],
      ignore: ['ho una copia del video della recita', 'ho registrato lo schermo per il tutorial', 'ho gli screen della chat del gruppo per la prof', 'ho gli screen della chat dove mi insultava, lo segnalo'],
    },
  },
  {
    id: 'i-have-your-account-now-r19',
    phrases: [
      'ho|controllo|gestisco|possiedo ..1 il_tuo|tuo ..1 account|profilo ..3 adesso|ora|in_mano|e_mio|sono_dentro',
      'sono ..1 entrato|entrata|dentro ..2 nel_tuo|tuo ..1 account|profilo|icloud|telefono|drive|google_foto',
      'ho_visto|ho_aperto|ho_scaricato ..3 tue|tuoi|tua|tuo ..1 memories|ricordi|galleria|rullino|cartella_nascosta|foto_nascoste|my_eyes_only|chat_private|archivio_privato',
    ],
    unless: ['netflix|disney|spotify|prime|dazn|steam_family|password_del_wifi|belle|bellissim*|carin*|natale|gita|vacanz*|ahah*|haha*|lol|xd|compleanno|festa'],
    examples: {
      match: ['ho il tuo account snap adesso. ho visto tutte le tue memories 😈', 'sono entrato nel tuo icloud', 'ho aperto la tua cartella nascosta'],
      ignore: ['ho visto le tue memories di natale, bellissime', 'ho il tuo account netflix ancora ahah'],
    },
  },
  {
    id: 'i-remember-and-so-does-my-phone-r19',
    phrases: [
      'ricordo|ricordo_benissimo|ricordo_bene|ricordo_tutto ..4 anche|pure|e_anche ..2 il_mio_telefono|il_mio_cellulare|la_mia_galleria|il_mio_pc|il_mio_computer|il_mio_rullino|i_miei_screen',
    ],
    unless: ['compleanno|festa|gita|vacanz*|numero|password|indirizzo|appuntamento|promemoria|calendario|sveglia'],
    examples: {
      match: ['ti ricordi la call di sabato? io me la ricordo benissimo. e anche il mio telefono'],
      ignore: ['me lo ricordo benissimo e anche il mio telefono col promemoria del compleanno'],
    },
  },

  {
    id: 'fell-for-it-saved-r20',
    phrases: [
      'ci sei|siete cascat*|caduto|caduta|cascato ..6 screen*|screenshot*|registrat*|salvat*|foto|video|nudes',
      'screen*|screenshot*|registrat*|salvat* ..6 ci sei|siete cascat*|caduto|caduta',
    ],
    unless: ['scherzo|scherzone|pesce_d_aprile|prank|candid*|meme|era_finto|era_finta|ahah_scherzo|filtro|filtri|trucco|magia|effetto|fotomontaggio_della_prof'],
    examples: {
      match: ['ahahah ci sei cascato. ho fatto lo screen', 'ci sei cascata 😂 ho salvato tutto', 'ho registrato tutto e ci sei cascato come un pollo'],
      ignore: ['ho salvato la foto, ci sei cascata pure tu nel filtro', 'ci sei cascato al pesce d aprile ahah guarda il video', 'ci sei cascata, era uno scherzo, guarda la foto', 'ci sei cascato anche tu nel fosso?'],
    },
  },
  {
    id: 'someone-sent-me-your-nude-r20',
    phrases: [
      'mi|ci e|sono arrivat*|girat* ..2 una|un|delle|dei|la|il|le|i tua|tuo|tue|tuoi ..1 foto|video|nudes|pic|pics|selfie ..2 nud*|intim*|hot|privat*|spint*|senza_vestiti|in_intimo|osee|ose',
      'mi|ci hanno|ha girato|mandato|passato|inoltrato ..2 tua|tuo|tue|tuoi ..1 foto|video|nudes|pic ..2 nud*|intim*|hot|privat*|spint*|in_intimo',
    ],
    unless: ['se ..1 ti_arriva|ti_scrivono|qualcuno', 'segnalat*|segnala|polizia|denuncia'],
    examples: {
      match: ["ciao sono l'admin della pagina, mi è arrivata una tua foto nuda", 'mi hanno girato un tuo video privato 👀', 'ci sono arrivate delle tue foto intime'],
      ignore: ['mi è arrivata la tua foto, che bella nonna!', 'mi è arrivato il tuo video del saggio', 'mi hanno girato un tuo video privato, l ho segnalato subito alla polizia'],
    },
  },
  {
    id: 'you-know-which-ones-r20',
    phrases: [
      'ho|abbiamo|tengo ..3 foto|video|nudes|screen*|chat ..3 sai|sapete ..1 benissimo|bene|perfettamente|gia ..1 quali|quale|quelle|quello|cosa|di_cosa|di_quali',
      'sai|sapete benissimo|perfettamente ..1 di_quali|di_che|di_quale ..1 foto|video|registrazion*|screen* ..1 parlo|sto_parlando|parliamo',
    ],
    unless: ['gita|festa|vacanz*|compleanno|matrimonio|recita|saggio|partita|mare|spiaggia|profilo|book|servono|servira*|scegli*|preferisci|ti_piace|copertina|album|annuario'],
    examples: {
      match: ['perche ho le tue foto e sai benissimo quali', 'ho ancora quei video, sai bene quali', 'sai benissimo di quali foto parlo', 'sai benissimo di che video parlo'],
      ignore: ['sai benissimo quale foto voglio per il profilo', 'ho le foto, sai bene quali servono per il book della classe', 'ho le foto della gita, sai quali', 'sai benissimo quale foto voglio mettere per il compleanno di ale'],
    },
  },
  {
    id: 'got-into-your-account-chats-r20',
    phrases: [
      'ho|sono entrat*|entrato|dentro ..2 nel|al|sul|tuo ..1 tuo|instagram|account|profilo|telefono|cell*|icloud|snapchat|tiktok ..6 ho tutte|tutti ..1 le|i|tue|tuoi ..1 chat|messaggi|dm|conversazion*|password|contatti',
      'ho tutte|tutti le|i chat|messaggi|dm|conversazioni con ..1 la_tua|il_tuo|tua|tuo ..1 tipa|tipo|ragazza|ragazzo|fidanzat*|ex|crush',
    ],
    unless: ['ti_ho_lasciato|password_sbagliata|per_sbaglio|mi_hai_dato_tu|me_l_hai_data'],
    examples: {
      match: ['ho entrato nel tuo ig, ho tutte le chat con la tua tipa', 'sono entrato nel tuo account, ho tutti i tuoi messaggi', 'ho tutte le chat con la tua ragazza 😈'],
      ignore: ['sono entrato nel tuo profilo, belle le foto della gita', 'sono entrato nel tuo account per sbaglio, ho tutte le chat aperte, esco subito'],
    },
  },

  {
    id: 'i-have-it-now-ce-l-ho-io-r20',
    phrases: [
      'registrazion*|video|foto|screen*|nudes|videochiamat* ..4 ce ..1 l|le|li|lo ..1 ho|abbiamo ..1 io|noi|adesso|ancora|qui',
    ],
    unless: ['gita|festa|compleanno|vacanz*|recita|saggio|partita|concerto|matrimonio|lezione|compiti|te_la_mando|te_le_mando|te_lo_mando|te_li_mando|te_la_giro|te_le_giro|chiavetta|drive|stampat*'],
    examples: {
      match: ["ahah ci sei cascata, la registrazione ce l'ho io adesso", 'la videochiamata di ieri? ce l ho ancora 😈'],
      ignore: ["le foto della gita ce le ho io, te le mando stasera", "il video della recita ce l'ho io sul drive"],
    },
  },

  {
    id: 'keeping-it-just-in-case-r20',
    phrases: [
      'foto|video|nudes|screen*|vocale|vocali|@photo ..6 la|lo|le|li tengo|conservo|salvo ..3 non_si_sa_mai|per_sicurezza|per_ogni_evenienza|come_assicurazione|come_garanzia',
    ],
    unless: ['gita|festa|compleanno|vacanz*|recita|saggio|ricordo|album|cornice|sfondo'],
    examples: {
      match: ['cmq la foto tua che hai mandato ieri la tengo io eh, non si sa mai', 'i video li conservo per sicurezza 🙂'],
      ignore: ['le foto della gita le tengo io, non si sa mai', 'la foto la tengo come sfondo, non si sa mai ahah'],
    },
  },
  {
    id: 'recorded-it-whole-r21',
    phrases: [
      'l ho|abbiamo ..1 registrata|registrato|filmata|filmato|screenata|screenato ..1 tutta|tutto|intera|intero|dall_inizio',
    ],
    weight: 2.5,
    unless: ['concerto|lezione|lezioni|partita|live|puntata|puntate|film|serie|gara|saggio|recita|spettacolo|conferenza|riunione|episodio|podcast|canzone|audio|messa|matrimonio|tv|programma|show|tiktok|twitch|stream|torneo|esibizione|discorso|intervista|ahah*|lol'],
    examples: {
      match: ["l'ho registrata tutta"],
      ignore: ['la partita l ho registrata tutta', 'il concerto l ho registrato tutto'],
    },
  },
  {
    id: 'broken-i-recorded-all-r21',
    phrases: [
      'io ..1 registrato|registrata|filmato|filmata|salvato ..1 tutto|tutta|te|tuo|tua|video|cam',
      'io ..1 fatto ..1 montaggio|video|registrazione|screen ..3 tua|tuo|tue ..1 faccia|nome|foto|corpo',
      'questo ..1 e|essere|sei ..1 tu|te ..4 io|ho ..1 registrat*|salvat*|filmat*',
    ],
    weight: 5,
    unless: ['concerto|lezione|lezioni|partita|puntata|film|serie|gara|saggio|recita|spettacolo|riunione|matrimonio|compleanno|gita|festa|torneo|vacanza|seminario|corso|webinar|incontro|evento|audio|vocale|canzone|podcast|musica|conferenza', 'piccol*|bambin*|da_piccolo|da_piccola|asilo|elementari|neonat*'],
    examples: {
      match: ['ora guarda questo link [video]. questo e tu. io registrato tutto', 'io fatto montaggio con tua faccia e tuo nome instagram'],
      ignore: ['io registrato tutto il concerto, bellissimo'],
    },
  },
  {
    id: 'remember-what-you-used-to-send-r21',
    phrases: [
      'ti_ricordi|ricordi|te_lo_ricordi|ricordati ..2 cosa|quello_che|che_cosa|cio_che ..1 mi ..1 mandavi|mandasti|facevi_vedere|mostravi|inviavi|hai_fatto_vedere',
    ],
    weight: 2.5,
    unless: ['meme|vocali|canzoni|musica|link|video_divertenti|ricett*|compit*|appunti|lettere|cartoline|bei_tempi|ahah*|lol|haha*|piccol*|bambin*|elementari|medie|che_ridere|ridere|quando_eravamo|in_prima|in_seconda|in_terza|in_gita'],
    examples: {
      match: ['ok. ti ricordi cosa mi mandavi quando stavamo insieme?'],
      ignore: ['ti ricordi cosa mi mandavi alle medie? i meme dei gatti ahah'],
    },
  },
  {
    id: 'still-all-in-my-gallery-r21',
    phrases: [
      'ce_l_ho|ce_le_ho|ce_li_ho|ho|tengo ..1 ancora ..2 tutto|tutte|tutti ..3 in_galleria|nella_galleria|nel_telefono|nel_cell|nel_rullino|sul_telefono|nel_drive|nel_cloud|sul_pc|salvat*',
    ],
    weight: 2.5,
    unless: ['gita|festa|compleanno|vacanz*|mare|montagna|viaggio|concerto|matrimonio|recita|saggio|ricord*|meme|appunti|compit*|screenshot_del_compito|ahah*|lol|haha*|cane|gatto|nonna|nonno|progetto|prof|lezione|lezioni|vocale|vocali|gruppo|classe|ricett*|musica|canzoni'],
    examples: {
      match: ["voglio dire che ce l'ho ancora tutto in galleria 🙂"],
      ignore: ['le foto della gita ce le ho ancora tutte in galleria'],
    },
  },
  {
    id: 'better-answer-i-have-screens-r22',
    phrases: [
      'ti_conviene|attenta|attento|occhio|stai_attenta|stai_attento|rispondi|fai_il_bravo|fai_la_brava ..6 ho|tengo|conservo ..1 gli|tutti_gli|tutti ..1 screen|screenshot|screenshots|screenshot',
      'ho|tengo|conservo ..1 gli|tutti_gli|tutti ..1 screen|screenshot|screenshots ..6 ti_conviene|attenta|attento|occhio|stai_attenta|stai_attento|rispondi|fai_il_bravo|fai_la_brava',
    ],
    unless: ['prof|classifica|punteggio|ordine|pagamento|bonifico|ricevuta|partita|torneo|verifica|compiti|spoiler|gruppo_di_classe'],
    examples: {
      match: ['ti conviene rispondere, ho gli screen di tutto', 'ho tutti gli screen, fai la brava'],
      ignore: ['ho gli screen della classifica, occhio che sara ti supera'],
    },
  },
  {
    id: 'your-child-sent-material-r22',
    phrases: [
      'suo|sua|vostro|vostra|tuo|tua ..1 figlio|figlia|ragazzo|ragazza ..4 inviato|mandato|condiviso|spedito|fatto ..3 materiale|foto|video|immagini ..1 intim*|esplicit*|sessual*|compromettent*|osee|nud*|private',
      'tutti ..1 i ..1 dati|file|documenti ..4 sono ..1 miei|nostri|in_mano_mia|in_mio_possesso|nelle_mie_mani',
    ],
    unless: ['progetto|hackathon|gara|sfida|esercitazione|backup|drive_condiviso|psicolog*|consultorio|polizia_postale|denuncia|scuola_ha_organizzato'],
    examples: {
      match: ['caro genitore, suo figlio ha inviato materiale intimo. contatti questo numero', 'tutti i dati della scuola sono miei, anche le tue foto del registro'],
      ignore: ['tutti i dati del progetto sono nel drive condiviso, sono miei i file del backup'],
    },
  },
  {
    id: 'still-have-them-you-know-what-r22',
    phrases: [
      'ce_le_ho|ce_li_ho|ce_l_ho|le_ho|li_ho ..3 sai ..1 di_cosa|cosa|di_che|a_cosa ..1 parlo|mi_riferisco|intendo',
    ],
    unless: ['figurine|carte|appunti|compiti|libri|chiavi|biglietti|soldi|vestiti|scarpe|ahah*|haha*|lol'],
    examples: {
      match: ['ce le ho ancora tutte, sai di cosa parlo', 'le ho ancora, sai a cosa mi riferisco'],
      ignore: ['ce le ho ancora tutte le figurine, sai di cosa parlo'],
    },
  },
  {
    id: 'this-is-the-recording-of-you-r23',
    phrases: [
      'registrazione|registrazioni ..2 di_te|tua|tuo ..4 fa|ieri|stanotte|stamattina|prima|in_cam|in_chiamata|nuda|nudo|mentre',
      'ho ..2 foto|video ..3 dal_tuo|dalla_tua|del_tuo ..1 profilo|ig|instagram|galleria|telefono ..6 ti_ho_fatto|ho_fatto|ho_creato|ho_modificato',
    ],
    unless: ['lezione|riunione|concerto|saggio|recita|partita|gita|videolezione|meet|webinar'],
    examples: {
      match: ['è la registrazione di te di 5 minuti fa', 'ho preso le foto dal tuo profilo e con l ia ti ho fatto qualche foto speciale'],
      ignore: ['è la registrazione della lezione di ieri', 'la registrazione di te al saggio è bellissima'],
    },
  },
  {
    id: 'repair-shop-saw-your-gallery-r24',
    phrases: [
      'ho|abbiamo ..2 visto|trovato|guardato|dato_un_occhio|dato_un_occhiata|copiato|salvato|recuperato ..2 alla|nella|la|dalla|il|nel|dal ..1 tua|tuo ..1 galleria|rullino|cartella|backup|memoria|icloud',
      'ho|abbiamo ..1 trovato|visto|recuperato ..3 tue|tua|tuoi ..1 foto|video|cose ..2 molto|davvero|parecchio|proprio ..1 interessanti|private|piccanti|particolari|intime',
      'ho|abbiamo ..1 trovato|visto|recuperato ..3 foto|video ..2 molto|davvero|parecchio|proprio ..1 piccanti|intime|compromettenti',
      'passato|passata ..2 per|tra ..1 le_mie_mani ..6 ho ..1 salvato|copiato|tenuto|visto|trovato',
      'ti_ricordi|ricordi ..3 videochiamata|chiamata|call|facetime|diretta ..6 ecco_io_si|beh_io_si|io_si_benissimo|io_me_la_ricordo_benissimo|io_l_ho_registrata|io_ce_l_ho_ancora',
      'quelle|quella|le_foto|i_video ..2 della|nella ..1 cartella_nascosta|cartella_privata|cartella_segreta|album_nascosto|galleria_privata|cassaforte',
    ],
    unless: ['vacanza|gita|matrimonio|festa_di|compleanno|nonna|nonno|concerto|recupero_dati_completato|ti_ho_recuperato_tutto|disegni|disegno|quadri|bravissim*|bellissim*|mostra|portfolio', 'talento|complimenti|fotografia|come_mi_hai_chiesto|spostat*|drive|notific*|ridere|risate|divertent*|ahah*|haha*|lol|xd'],
    examples: {
      match: ['mentre facevo il backup ho dato un occhio alla tua galleria… ho trovato delle foto molto interessanti 📁', 'quelle della cartella nascosta. tranquilla, rimangono tra noi', 'ho copiato il tuo rullino quando mi hai lasciato il telefono', 'il tuo cell è passato per le mie mani, ho salvato qualche foto carina', 'ti ricordi la videochiamata di sabato? ecco, io sì'],
      ignore: ['ho trovato foto molto interessanti della gita del 2019', 'ho visto la tua galleria di disegni, bravissima'],
    },
  },
  {
    id: 'i-made-a-profile-with-your-name-r24',
    phrases: [
      'aperto|creato ..2 profilo|account|pagina ..2 col|con|con_il ..1 tuo ..1 nome|faccia ..3 tue ..1 foto',
    ],
    unless: ['torneo|squadra|iscrizione|iscritto|classroom|registro|scuola|fantacalcio|ti_ho_iscritt*'],
    examples: {
      match: ['ho aperto un profilo col tuo nome e le tue foto, tra poco ci metto anche le altre', 'ho creato un account con il tuo nome e le tue foto'],
      ignore: ['ho creato un account col tuo nome per il torneo, la password te la do domani'],
    },
  },
  {
    id: 'still-have-a-copy-of-your-gallery-r24',
    phrases: [
      'ho_ancora|conservo|tengo|ho_tenuto ..2 una_copia|copia|il_backup|backup ..3 tua|tuo ..1 galleria|telefono|cell|cellulare|rullino|iphone',
      'ho ..1 lo|gli|uno ..1 screen|screenshot|screen_rec|screenrec ..2 della|dalla|di_quella ..1 facetime|videochiamata|call|chiamata ..6 indovina|chissa|vediamo ..1 chi',
    ],
    unless: ['se_ti_serve|se_vuoi|te_lo_passo|te_la_passo|recuper*|ripristin*|te_lo_rimetto|nuovo_telefono|disegni|mostra|quadri|portfolio|ahah*|haha*|lol|xd'],
    examples: {
      match: ['ho ancora una copia della tua galleria da quando ti ho riparato il cell, vediamo se ti ricordi di me', 'ho lo screen della facetime, indovina chi lo riceve se non rispondi'],
      ignore: ['ho ancora il backup del tuo telefono se ti serve te lo passo', 'ho ancora la copia della tua galleria di disegni per la mostra'],
    },
  },
  {
    id: 'not-your-friend-account-is-mine-r25',
    phrases: [
      'non sono ..4 account|profilo ..3 ce_l_ho_io|ce_lho_io|l_ho_io|e_mio|e_in_mano_mia|nelle_mie_mani|me_lo_sono_preso',
      'account|profilo ..3 ce_l_ho_io|ce_lho_io|l_ho_io|e_mio|e_in_mano_mia ..6 letto|salvato|salvata|salvate|scaricato|scaricate|visto ..3 direct|dm|messaggi|chat|foto|archivio|galleria|ricordi|conversazioni',
      'ho ..1 letto|salvato|scaricato ..3 tuoi|tue ..1 direct|dm|messaggi|chat ..6 salvato|salvate|scaricato|scaricate ..3 foto|video|archivio|galleria|ricordi',
    ],
    weight: 5,
    unless: ['netflix|spotify|disney|fortnite|minecraft|roblox|prestato|ridato|restituito|te_lo_rido', 'mi_hanno|hanno_hackerato|mi_ha_hackerato|se_vi_scrive|se_ti_scrive|non_sono_io'],
    examples: {
      match: ['ahah scherzo, non sono giulia. il tuo account adesso ce l ho io, ho letto tutti i tuoi direct e mi sono salvato le foto dell archivio', 'il tuo profilo ora ce l ho io, ho scaricato tutta la galleria', 'ho letto tutti i tuoi dm e ho salvato le foto dei ricordi'],
      ignore: ['non sono io, mi hanno hackerato il profilo: se vi scrive non rispondete', 'il tuo account di netflix ce l ho io, te lo ridò domani', 'ho letto tutti i tuoi messaggi, scusa se non ho risposto'],
    },
  },
  {
    id: 'made-a-group-with-your-friends-r25',
    phrases: [
      'ho ..1 creato|fatto|aperto ..3 gruppo|chat ..2 con|coi ..1 tuoi|tue|i_tuoi|le_tue ..1 amici|amiche|follower*|compagni|compagne|contatti|genitori|parenti|familiari',
      'ho ..1 aggiunto ..5 tua|tuo ..1 madre|padre|mamma|papa|sorella|fratello|genitori ..5 gruppo|chat',
    ],
    weight: 3,
    unless: ['mamme|genitori_della|rappresentant*|catechismo|scout|squadra|della_classe|di_classe|classe|scuola', 'festa|sorpresa|compleanno|regalo|gita|calcetto|partita|progetto|cena|pizza|uscita|torneo|viaggio|vacanza|addio|auguri|organizzare|organizziamo|classe_di|ricerca|compiti'],
    examples: {
      match: ["ho aggiunto tua madre e i tuoi amici al gruppo, vuoi che gli faccia vedere qualcosa?", 'ho creato sto gruppo con i tuoi amici, vedi chi c è? 🙂', 'ho aggiunto tua madre nel gruppo con i tuoi amici'],
      ignore: ["ho aggiunto tua mamma al gruppo delle mamme della classe", 'ho creato un gruppo con i tuoi amici per la festa a sorpresa', 'ho fatto un gruppo con le tue amiche per il regalo'],
    },
  },
  {
    id: 'found-you-by-your-face-r25',
    phrases: [
      'ti ho ..1 trovato|trovata|rintracciato|rintracciata ..3 dalla|con_la|tramite_la|con ..1 faccia|ricerca_inversa|ricerca_per_immagini|riconoscimento_facciale',
      'tuoi|tue follower*|amici|amiche|contatti|seguaci|parenti ..1 li|le ho ..1 tutti|tutte|gia|salvati|salvate',
    ],
    weight: 3,
    unless: ['rubrica|aggiunt*|invitat*|invit*|festa|compleanno|sorpresa|sim|backup|nuovo_telefono|seguiti|seguo|seguit*|gruppo_classe'],
    examples: {
      match: ['ho anche il tuo instagram, ti ho trovato dalla faccia', 'guarda i tuoi follower li ho tutti'],
      ignore: ['i tuoi amici li ho tutti invitati alla festa', 'i tuoi contatti li ho salvati nella rubrica nuova'],
    },
  },
  {
    id: 'still-have-all-your-pics-typo-r25',
    phrases: [
      'ho|tengo ..1 ankora|ankra|ancra|acora|ank|anc|sempre|ancora|ankora_tutte ..1 tt|tutte|tutti|tutto ..1 le|i|gli ..1 tue|tuoi ..1 foto|video|nudes|pic|pics|chat|screen*',
    ],
    unless: ['gita|festa|compleanno|vacanz*|mare|montagna|partita|concerto|matrimonio|te_le_mando|te_li_mando|ti_mando|ti_giro|profilo|album|piccol*|bambin*|cd|dvd|libri|fumetti|disegni|vestiti|giochi'],
    examples: {
      match: ['ho ankora tt le tue foto, nn fare la furba', 'ho sempre tutti i tuoi video eh'],
      ignore: ['ho ancora tutte le tue foto della gita, te le mando', 'ho ancora tutti i tuoi fumetti a casa'],
    },
  },
  {
    id: 'i-take-it-down-if-you-pay-r27',
    phrases: [
      'lo|la|li|le ..1 tolgo|cancello|elimino|rimuovo|levo|togliero|cancellero|eliminero|rimuovero ..3 se|solo_se|quando|appena ..2 mi ..1 mandi|dai|paghi|versi|ricarichi|giri|compri|fai_un_bonifico|fai_una_ricarica',
      '# ..2 euro|@currency|@money ..4 e|per|cosi ..1 tutto|materiale|foto|immagini|video|chat ..2 viene|verra|sara|vengono|verranno|saranno|sparisce|sparira ..1 distrutt*|cancellat*|eliminat*|rimoss*',
      '@send|paga|pagami|fammi|ricarica|ricarichi|@payment|@currency ..6 e ..1 video|foto|immagini|tutto|niente|chat ..1 non ..1 esce|escono|uscira|usciranno|gira|girano|vede|vedra|vedranno|si_vede|finisce_online|finiscono_online',
      '@send|paga|pagami|versa|manda|@payment|@currency ..6 se ..1 vuoi ..1 che ..2 video|foto|immagini|tutto|materiale|chat|screen* ..1 sparisca|spariscano|venga_cancellat*|vengano_cancellat*|sia_cancellat*|siano_cancellat*|non_esca|non_escano|resti_segret*|rimanga_segret*|non_giri|non_girino',
      'se|solo_se|appena ..1 mi ..1 paghi|mandi|versi|ricarichi|giri ..4 lo|la|li|le ..1 tolgo|cancello|elimino|rimuovo|levo|togliero|cancellero|eliminero|rimuovero',
    ],
    weight: 3,
    unless: ['pizza|gelato|caffe|birra|ahah*|haha*|lol|xd|scherz*|lista|elenco|abbonamento|iscrizione|gruppo|squadra|prenotazione|ordine|spedizione|annuncio|inserzione|appuntamento|lezione|compiti|libro|quaderno'],
    examples: {
      match: ['fammi una ricarica da 50 e il video non esce', '500 euro e tutto viene distrutto, altrimenti informiamo la famiglia', 'manda 100 euro su paypal se vuoi che il video sparisca', 'il video lo tolgo solo se mi mandi 200 euro', 'se mi paghi entro stasera le cancello, promesso'],
      ignore: ['la foto la cancello se mi paghi la pizza ahah', 'l annuncio lo tolgo appena mi paghi la bici', 'la prenotazione la cancello se mi mandi la conferma'],
    },
  },
  {
    id: 'recorded-the-call-secretly-r27',
    phrases: [
      'ho|abbiamo ..3 registrazione|screen_recording|registrazione_schermo|screen_registrazione ..3 chiamata|videochiamat*|call|cam|diretta|facetime|tutto',
      'ti ..1 ho|abbiamo ..1 ripres*|ripreso|ripresa ..4 cam|webcam|videochiamat*|chiamata|call|mentre_ti_spogliavi|mentre_ti_toccavi|nud*|svestit*|spogliat*',
      '@cam ..6 era ..1 un ..1 video|registrazione|fake|finta|finto ..6 ti ..1 ho|abbiamo ..1 ripres*|registrat*|filmat*',
    ],
    unless: ['lezione|prof|riunione|compleanno|recita|saggio|partita|concerto|tiktok_insieme'],
    examples: {
      match: ['ho la registrazione di tutta la videochiamata', 'ti ho ripreso in cam mentre ti spogliavi', 'la ragazza in cam era un video, ti ho registrato io'],
      ignore: ['ho la registrazione della lezione, te la mando', 'ti ho ripreso mentre ballavi al saggio, sei bravissima'],
    },
  },
  {
    id: 'your-intimate-pics-are-online-r27',
    phrases: [
      'tue|tuoi ..1 foto|immagini|video|contenuti|scatti ..3 siti_per_adulti|siti_porno|sito_porno|siti_hard|sito_per_adulti|pornhub|onlyfans|siti_di_incontri',
      'tue|tuoi ..1 foto|immagini|video|contenuti|scatti ..2 intim*|privat*|nud*|hot|ose|osee|personali ..4 circolano|girano|stanno_girando|online|in_rete|sui_siti|su_siti|pubblicat*|trapelat*|diffus*|caricat*|in_vendita',
    ],
    weight: 3,
    unless: ['proteggerti|proteggersi|protegger*|non_devono|mai_finire|consigli*|ecco_come|prevenzione', 'se_mai|nel_caso|per_prevenire|consigli|come_proteggere|proteggi|attenzione_a|non_mandare|non_inviare|mai_mandare|polizia_postale_consiglia|campagna'],
    examples: {
      match: ['abbiamo trovato le tue foto private pubblicate su alcuni siti', 'i tuoi video intimi stanno girando su telegram', 'possiamo eliminare i tuoi video dai siti per adulti'],
      ignore: ['le tue foto intime non devono mai finire online: ecco come proteggerti', 'non mandare mai le tue foto intime, poi circolano online', 'le tue foto della gita girano nel gruppo'],
    },
  },
  {
    id: 'illegal-images-found-on-you-r27',
    phrases: [
      'immagini|materiale|foto|video|contenuti|file ..3 a_suo_carico|a_tuo_carico|pedopornograf*|illecit*|compromettent*|minorile|intim* ..6 rilevat*|trovat*|individuat*|scoperto|scoperti|riscontrat*|in_nostro_possesso|sequestrat*|acquisit*',
      'rilevat*|trovat*|individuat*|riscontrat*|acquisit*|sequestrat* ..4 immagini|materiale|foto|video|contenuti|file ..3 a_suo_carico|a_tuo_carico|pedopornograf*|illecit*|intim*|compromettent*',
    ],
    weight: 3,
    unless: ['non ..1 chiede|chiediamo|chiedera|richiede|richiediamo|chiedono', 'truffa|truffe|phishing|attenzione|tentativ*|notizia|articolo|telegiornale|tg|arrestat*|condannat*|indagat*|processat*'],
    examples: {
      match: ['la Sezione Reati Informatici ha rilevato immagini a suo carico', 'sul suo dispositivo sono stati trovati contenuti illeciti'],
      ignore: ['attenzione alla truffa: messaggi che dicono di aver trovato immagini illecite sul tuo pc', 'il tg ha detto che hanno trovato materiale illecito a un prof arrestato'],
    },
  },
  {
    id: 'still-got-it-chat-spelling-r27',
    phrases: [
      'c_ho|cio|ciho|c_o|ce_ho|ho|tengo ..2 @photo|@video|foto|video|chat|screen*|nudes ..1 tue|tuoi|tua|di_te',
      'tue|tuoi ..1 @photo|@video|foto|video|chat|messaggi|screen*|nudes|vocali ..2 hot|intim*|privat*|nud*|spint* ..3 le|li ..1 ho ..1 salvat*|conservat*|tenut*|screenat*|registrat*',
      '@photo|@video|foto|video|screen*|chat|nudes ..2 c_lo|ce_lo|celo|c_l_ho|c_ho|ce_li_ho|ce_le_ho|c_li_ho|c_le_ho|ce_li|ce_le|c_li|c_le ..1 ancora|sempre|io|qui|salvat*|nel_telefono|nel_cell',
      'ti ..1 ho ..1 fatto|registrato|preso|fatta ..1 il|un|dei|uno|lo|uno_screen ..1 video|screen*|registrazion*|filmat* ..4 in_cam|mentre_ti_spogliavi|mentre_ti_toccavi|nud*|svestit*|spogliat*|senza_vestiti',
      'ti ..1 ho ..1 fatto|registrato|preso|fatta ..1 il|un|dei|uno|lo|uno_screen ..1 video|screen*|registrazion*|filmat* ..4 in_chiamata|in_videochiamata|in_call|su_facetime ..6 vuoi_che|vuoi_vederlo|@sharev|giro|pubblico|posto|lo_vedono|lo_vedranno',
    ],
    unless: ['comunione|cresima|battesimo|portafoglio|ti_voglio_bene|le_porto|te_le_porto|album|stampat*', 'te_le_giro|te_lo_giro|te_li_giro|te_la_giro|te_le_mando|te_lo_mando|te_li_mando|te_la_mando|te_le_passo|te_lo_passo|prof|lezione|nonna|nonno', 'partita|gol|recita|saggio|compleanno|festa|gita|vacanza|ballavi|cantavi|cadevi|ahah*|haha*|lol|xd|scherz*|bellissim*|stupend*|sfondo|ricord*|mare|matrimonio|di_classe|profilo', 'non|nn ..1 ce_l_ho|ce_lo|c_lo|ce_le_ho|ce_li_ho', 'della_tua_storia|delle_tue_storie|della_tua_story|delle_tue_stories|delle_tue_story|del_tuo_post|dei_tuoi_post|del_tuo_reel|eri_troppo_bella|eri_troppo_bello|eri_bellissima|eri_bellissimo|troppo_carina|troppo_carino'],
    examples: {
      match: ['c ho le foto tue, nun fa finta de niente', 'le tue chat hot le ho salvate tutte', 'nn fare il furbo che il video c lo ancora', 'le foto ce le ho ancora nel telefono', 'ti ho fatto il video mentre eri in videochiamata nuda', 'ti ho fatto il video mentre eri in chiamata, vuoi che lo giro su insta?'],
      ignore: ['ho le foto tue della comunione, le porto domani', 'tengo le foto tue nel portafoglio, ti voglio bene', 'ho le foto tue del mare, sono bellissime', 'le foto ce le ho io, te le giro stasera', 'ti ho fatto il video mentre eri in chiamata con la prof, sembravi addormentato', 'il video della recita ce l ho ancora, te lo giro?', 'ti ho fatto il video mentre cadevi ahah', 'le foto della gita ce le ho io', 'ho fatto lo screen della tua storia perché eri troppo bello'],
    },
  },
  {
    id: 'you-know-why-the-video-came-out-r27',
    phrases: [
      '@send|paga|pagami|ricarica|ricaricami|@payment|@money|@currency ..6 tu_sai_perche|sai_perche|sai_tu_perche|sai_bene_perche|sai_cosa_ho|sai_cosa_intendo|lo_sai_il_perche|sai_benissimo_perche',
      'videochiamat*|video_chiamat*|chiamata|cam|webcam|call|facetime ..6 video|registrazione|screen* ..2 venut*|venuto|venuta|uscit* ..1 benissimo|bene|perfett*|chiarissim*|nitid*',
    ],
    weight: 3,
    unless: ['cena|pranzo|ti_ho_offerto|offerto|la_volta_scorsa|debito|mi_devi|prestato|prestito', 'ahah*|haha*|lol|xd|scherz*|scommessa|pizza|regalo|biglietto|nonno|nonna|zia|zio|lezione|riunione|ballett*|balletto|recita|tiktok|saggio|partita|concerto'],
    examples: {
      match: ['mandami 50 euro su hype, tu sai perché', 'quello della videochiamata di ieri 😉 il video è venuto benissimo'],
      ignore: ['mandami 20 euro per la cena, sai perché, ti ho offerto io la volta scorsa', 'mandami 5 euro, sai perché ahah la scommessa', 'la videochiamata con la nonna, il video è venuto benissimo'],
    },
  },
  {
    id: 'opened-your-hidden-album-r28',
    phrases: [
      'ho|abbiamo ..2 aperto|visto|trovato|sbloccato|scaricato|guardato|preso ..4 my_eyes_only|solo_per_i_miei_occhi|cartella_nascosta|album_nascosto|foto_nascoste|video_nascosti|cartella_privata|album_privato|cartella_segreta|album_segreto|galleria_nascosta|galleria_privata|archivio_segreto|cassaforte|vault|cartella_bloccata|album_bloccato',
      'ho|abbiamo ..2 aperto|visto|trovato|sbloccato|scaricato|guardato|preso ..3 tuo|tua|tuoi|tue ..1 backup|icloud|cloud|google_foto|drive|archivio|galleria ..4 foto|video|pic|nudes|nud*|private|privati|intime|intimi',
      'ho|abbiamo|tengo ..2 backup|copia|contenuto|galleria ..2 del|della|di|dal|dalla ..1 tuo|tua ..1 telefono|cell|cellulare|icloud|account|drive|cloud|pc|computer|galleria|rullino',
      '@photo|@video|foto|video ..1 che ..1 tieni|nascondi|hai_nascosto|hai_nascoste|conservi|salvi ..2 nascost*|nella_cartella|nell_album|nel_cloud|su_icloud|nel_backup|in_cassaforte|my_eyes_only|solo_per_i_miei_occhi|sotto_chiave',
    ],
    unless: ['non|nn ..1 ho|abbiamo|riesco|trovo', 'reset*|resett*|ripristin*|formatt*|riparat*|riparare|assistenza|aggiorn*|te_lo_rido|nuovo_telefono|telefono_nuovo|trasferit*|passare_i_dati|passo_i_dati', 'come ..2 si|faccio|fai|posso ..2 aprire|vedere|sbloccare|recuperare|trovare', 'mio|mia|miei|mie ..1 backup|icloud|cloud|drive|archivio|galleria', 'ahah*|haha*|lol|recuperat*|ti_ho_recuperato|le_ho_recuperate|te_le_mando|te_li_mando|tranquill*'],
    examples: {
      match: ['ho aperto la tua cartella nascosta, carine le foto', 'ho trovato il tuo album nascosto 😏', 'ho scaricato il tuo backup di icloud, bei video privati', 'interessanti le foto che tieni nascoste eh', 'ho il backup del tuo telefono 😈', 'ho una copia della tua galleria'],
      ignore: ['non trovo più la cartella nascosta, come si apre?', 'ho scaricato il mio backup di icloud', 'ho recuperato le foto dal tuo backup, te le mando', 'come faccio a sbloccare l album nascosto?', 'ho fatto il backup del tuo telefono prima di resettarlo', 'ho la copia del tuo telefono, te lo ridò riparato domani'],
    },
  },
  {
    id: 'i-have-your-video-dialect-r28',
    phrases: [
      'tengo|teng|aggio|tegno ..2 foto|video|@photo|@video|filmat* ..1 tuojo|tuoja|tuoje|toje|tuje|toi|tuoi|tue|tuo|tua|de_te|di_te|tua_nuda|tuoi_nudi',
      'aggio|l_aggio|t_aggio|lo_aggio|l_agg|agg ..1 registrat*|filmat*|salvat*|screenat*|ripres*',
    ],
    unless: ['gita|festa|compleanno|partita|matrimonio|comunione|recita|saggio|te_lo_mando|te_la_mando|te_le_mando|te_li_mando|bell*|ricord*|canzone|concerto|lezione|karaoke'],
    examples: {
      match: ["tengo 'o video tuojo", "l'aggio registrato tutto", 'tengo e foto toje, statte accorta'],
      ignore: ["tengo 'e foto d'a gita, te le mando", "l'aggio registrato 'o concerto"],
    },
  },
  {
    id: 'you-know-what-i-have-r28',
    phrases: [
      'sai|sapete ..1 benissimo|bene|perfettamente|molto_bene|gia ..1 cosa|quello_che|cio_che ho|tengo|possiedo|abbiamo|c_ho',
      'sai|sapete ..2 cosa|quello_che|cio_che ho|tengo|possiedo|abbiamo|c_ho ..1 in_mano|contro_di_te|su_di_te|nel_telefono|nel_cell|in_galleria|salvato|da_parte|qui',
      'ricordati|ricorda|non_dimenticare|non_scordarti ..2 cosa|quello_che|cio_che ho|tengo|possiedo|abbiamo|c_ho',
    ],
    weight: 2,
    unless: ['fatto|detto|pensato|mangiato|studiato|passato|vissuto|sofferto|scritto|chiesto|provato|sentito|visto|comprato|preso|da_fare|voglia|bisogno|paura|freddo|fame|sonno|mal_di|febbre|allergia|in_mente|per_cena|in_frigo|per_te_di_regalo|in_serbo_per_il|compleanno|regalo|sorpresa|torta|pizza|lezione|verifica|esame|ahah*|haha*|lol'],
    examples: {
      match: ['sai benissimo cosa ho', 'tu sai cosa ho in mano, quindi comportati bene', 'ricordati cosa ho'],
      ignore: ['sai benissimo cosa ho passato quest anno', 'ricordati che ho il dentista domani', 'sai cosa ho mangiato oggi? la pizza', 'sai che ho la febbre', 'ricordati che ho lezione alle 5'],
    },
  },
  {
    id: 'more-pics-and-i-delete-r29',
    phrases: [
      'altre|altri|ancora|un_altra|un_altro ..2 @photo|@video|nudes|foto|video ..6 e|poi|dopo ..2 cancello|elimino|cancellero|eliminero|distruggo|distruggero ..1 tutto|tutte|tutti|il_video|le_foto|i_video|la_registrazione|la_chat|ogni_cosa',
      'altre|altri|ancora|un_altra|un_altro ..2 @photo|@video|nudes|foto|video ..6 e|poi|dopo ..2 ti_lascio_in_pace|ti_lascio_stare|sparisco|siamo_pari|non_mi_senti_piu|non_mi_vedi_piu|e_finita|finisce_tutto|non_pubblico|non_mando|non_giro',
    ],
    unless: ['drive|rullino|galleria|memoria|backup|album|cartella|gita|vacanz*|matrimonio|cliente|clienti|sito|catalogo|book|sfocat*|mosse|venute_male'],
    examples: {
      match: ['ok niente paypal, altri 2 video e cancello tutto', 'ancora una foto così e poi ti lascio in pace giuro', 'mandami altre 4 foto e dopo elimino il video'],
      ignore: ['altre 3 foto della gita e poi cancello tutto dal telefono', 'ancora due foto per il catalogo e cancello tutte quelle venute male', 'faccio altre foto e poi cancello quelle sfocate'],
    },
  },
  {
    id: 'you-know-what-i-have-then-demand-r29',
    phrases: [
      'sai|sapete|tu_sai ..1 cosa|che|quello_che ..1 ho ..6 @payment|paga|pagami|paghi|ricarica|bonifico|mandami|manda|obbedisci|fai_quello ..6 o|oppure|altrimenti|senno|se_no',
    ],
    unless: ['comprato|mangiato|preso|trovato|vinto|regalato|febbre|visto|letto|fatto_oggi|saputo|sognato'],
    examples: {
      match: ['sai cosa ho, quindi paga o lo vedono tutti', 'tu sai quello che ho. mandami il video oppure sai cosa succede'],
      ignore: ['sai cosa ho trovato? una ricarica vecchia, o la usi o la butto', 'sai cosa ho comprato? paga tu la prossima volta oppure dividiamo'],
    },
  },
  {
    id: 'you-know-what-i-mean-still-here-r30',
    phrases: [
      'a_cosa|di_cosa|cosa|di_che|a_che ..1 mi_riferisco|mi_riferisca|parlo|sto_parlando|intendo|alludo ..6 @photo|@video|foto|video|chat|screen*|nudes|registrazion*',
      '@photo|@video|foto|video|chat|screen*|nudes ..4 sono|stanno|restano|rimangono|e|sta|resta|rimane ..1 ancora|sempre ..2 tutte_qui|tutti_qui|qui|qua|qui_con_me|sul_mio_telefono|nel_mio_telefono|sul_mio_cell|nel_mio_cell|sul_mio_pc|nel_mio_pc|nella_mia_galleria|salvat*|al_sicuro|da_me|in_mano_mia',
    ],
    weight: 2,
    unless: ['gita|vacanz*|mare|montagna|festa|compleanno|matrimonio|laurea|concerto|partita|torneo|saggio|recita|cena|pizza|natale|capodanno|carnevale|album|drive|cloud|chiavetta|backup|gruppo|meme|tiktok|reel|youtube|film|serie|gatto|cane|canzone|ricetta|progetto|compit*|appunti|lezione', 'te_le_mando|te_le_giro|te_li_mando|te_li_giro|te_lo_mando|te_lo_giro|le_vuoi|li_vuoi|lo_vuoi|ti_servono|ti_serve|mandamele|passamele|belle|bellissim*|ricordi|che_ridere|ahah*|haha*|lol|xd'],
    examples: {
      match: ['sai di cosa parlo. le foto di quella sera', 'le foto di sabato sono ancora tutte qui', 'il video è ancora salvato sul mio telefono, non dimenticarlo'],
      ignore: ['le foto della gita sono ancora tutte sul drive', 'le foto di sabato sono ancora qui, te le mando?', 'sai di cosa parlo? il video del gatto che cade ahah'],
    },
  },
  {
    id: 'the-other-video-without-clothes-r30',
    phrases: [
      'l_altro|l_altra|gli_altri|le_altre|altro|altra|altri|altre|quello|quella|quelli|quelle ..1 @photo|@video|foto|video ..4 quello|quella|quelli|quelle|dove|in_cui|che ..3 @naked|senza_vestito|senza_vestiti|nuda|nudo|nude|nudi|svestita|svestito|in_mutande',
      'l_altro|l_altra|gli_altri|le_altre ..1 @photo|@video|foto|video ..3 senza_vestito|senza_vestiti|nuda|nudo|nude|svestita|svestito|in_mutande|in_intimo',
    ],
    weight: 3,
    unless: ['@send|mandamel*|mandamene|fammi|fanne|fammene|rifai|rifalla|rifallo|voglio|vorrei|mi_mandi|puoi|potresti|me_ne_fai|me_la_fai|me_lo_fai', 'negozio|catalogo|taglia|sito|shop|modell*|manichino|statua|museo|quadro|film|serie|anime|neonat*|bambino|bambina|fratellino|sorellina|bagnetto|dal_mare|spiaggia_nudista'],
    examples: {
      match: ["i tuoi follower non hanno visto l'altro video... quello senza vestiti", 'ho ancora le altre foto, quelle dove sei nuda', 'e poi ci sono le altre foto, quelle in mutande'],
      ignore: ["mandami l'altra foto, quella senza vestiti", "l'altro video del catalogo, quello con la modella in intimo", "l'altra foto, quella del fratellino nudo nel bagnetto, è troppo tenera"],
    },
  },
  {
    id: 'pics-you-sent-someone-i-saved-r30',
    phrases: [
      '@photo|@video|foto|video|nudes|chat ..2 che_hai|ch_hai|che_gli_hai|che_le_hai ..1 mandato|mandate|mandati|mandata|inviato|inviate|inviati|fatto_vedere ..3 a|al|alla|ad ..4 le_ho|li_ho|l_ho|lo_ho|la_ho ..1 scaricat*|salvat*|pres*|screenat*|registrat*|copiat*|intercettat*|recuperat*',
    ],
    weight: 2,
    unless: ['gruppo|chat_di_classe|nel_gruppo|gita|vacanz*|mare|festa|compleanno|matrimonio|album|progetto|compit*|ricerca|lavoro|presentazione|ricetta|meme|drive|cloud|te_le_giro|te_le_mando|ti_servono|ahah*|lol|haha*'],
    examples: {
      match: ['le foto che hai mandato a Martina le ho scaricate', 'il video che hai mandato al tuo ex l ho salvato'],
      ignore: ['le foto che hai mandato al gruppo le ho salvate, bellissime', 'le foto che hai mandato a mamma della gita le ho scaricate'],
    },
  },
  {
    id: 'the-one-who-has-your-pics-dialect-r31',
    phrases: [
      'chillo|chella|chiste|chesta|uno|una|quello|quella ca|che|ke|c ..1 tene|tiene|tenene|tien|ten ..2 foto|video|@photo|@video|filmat* ..1 toje|tuoje|tuje|tuojo|tuoja|toje|toie|tuoie',
    ],
    unless: ['gita|festa|compleanno|partita|matrimonio|comunione|recita|saggio|te_lo_mando|te_la_mando|te_le_mando|te_li_mando|te_le_porta|te_le_da|chiedigliel*|canzone|concerto|lezione|karaoke|fotograf*|album'],
    examples: {
      match: ["songo chillo ca tene 'e video tuoje", "chella ca tene 'e foto toje, statte accorta"],
      ignore: ["chillo ca tene 'e foto toje d'a gita, chiedigliele", "chella ca tene 'e foto toje d'o matrimonio te le porta dimane"],
    },
  },
  {
    id: 'kept-that-from-the-call-r33',
    phrases: [
      'quello|quella|quel|quei|quelle|la_roba|il_video|la_registrazione|lo_screen|gli_screen|le_foto ..2 della|dalla|di|in ..1 chiamata|videochiamat*|video_chiamat*|call|videocall|cam|webcam|facetime|live|diretta ..3 lo|la|l|li|le ..1 tengo|conservo',
      'quello|quella|quel|quei|quelle|la_roba|il_video|la_registrazione|lo_screen|gli_screen|le_foto ..2 della|dalla|di|in ..1 chiamata|videochiamat*|video_chiamat*|call|videocall|cam|webcam|facetime|live|diretta ..3 lo|la|l|li|le ..1 ho ..1 salvat*|registrat*|io|ancora|tenut*|screenat*',
    ],
    unless: ['link|numero|codice|id|password|orario|appuntamento|invito|agenda|riunione|lezione|prof|webinar|nonna|nonno|zia|zio|ahah*|haha*|lol|xd|ricordo|bellissim*'],
    examples: {
      match: ['quello della videochiamata lo tengo io, stai tranquilla', 'quelle della cam le ho salvate tutte', 'la roba della chiamata di ieri l ho ancora'],
      ignore: ['il link della videochiamata lo tengo io, te lo giro', 'quello della lezione in videochiamata lo tengo io, ti passo gli appunti', 'quella della chiamata con la nonna la ho ancora, bellissima'],
    },
  },
  {
    id: 'bare-i-have-the-video-r34',
    phrases: [
      'ho|c_ho|ce_l_ho|tengo|possiedo [ancora|sempre|gia|pure|anche] [il|i|le|la|l|quel|quella|quelle|quei] [tuo|tua|tuoi|tue] video|foto|nudes|screen|screens|screenshot|screenshots|registrazion*|videochiamat*',
      'le|li ..1 ho ..1 salvate|salvati|registrate|registrati|screenate|screenati|conservate|conservati ..1 tutte|tutti',
      'ce|c ..1 l ..1 ho ..2 anche|pure|ancora ..2 io ..2 lo|la|le|gli ..1 screen*|video|foto|registrazion*',
    ],
    weight: 2,
    unless: ['video|foto ..1 della|del|dei|delle|dello|degli|sul|sulla|per|da', 'ahah*|haha*|lol|xd|scherz*|di_quando|piccol*|da_bambin*|neonat*|vestit*_da|carnevale|costume|che_ti_avevo|appunti|compit*|cartella|festa|partita|concerto|lezione|ricett*|vacanz*|gita|mare|recita|saggio|matrimonio|battesimo|cane|gatto|tramonto|paesaggio|meme|tutorial|ricevut*|scontrino|documento|documenti|passaporto|biglietto|biglietti|carta_d_identita|foto_tessera|file|link'],
    examples: {
      match: ['ho il video', 'le ho salvate tutte', "ce l'ho anche io lo screen", 'tengo ancora le tue foto'],
      ignore: ['ho fatto screen di tutto', 'la mappa che ho screenato', 'ho ancora la foto di quando eri piccola', 'ho il video della recita', 'ho le foto della gita', 'le ho salvate tutte nella cartella dei compiti', 'ho il video ahah troppo bello', 'ho il link del video'],
    },
  },
  {
    id: 'your-photo-and-family-names-r35',
    phrases: [
      'tua|tue|tuo|tuoi ..1 foto|@photo|@video|nudes|profilo ..6 nome|nomi|numero|numeri|indirizzo|indirizzi|cognome|profilo|profili|contatti ..3 tua|tuo|tuoi|tue ..1 @audience',
      'nome|nomi|numero|numeri|indirizzo|indirizzi|cognome|profilo|profili ..3 tua|tuo|tuoi|tue ..1 @audience ..6 tua|tue|tuo|tuoi|le_tue|la_tua ..1 foto|@photo|@video|nudes',
    ],
    weight: 2,
    unless: ['gita|festa|compleanno|modulo|moduli|iscrizion*|autorizzazion*|tessera|torta|regalo|invit*|squadra|allenamento|catechismo|campo_estivo|centro_estivo|pagella|colloqui*|documento|documenti|passaporto|carta_d_identita|segreteria|annuario|album|albero_genealogico|ricerca|progetto|ahah*|haha*|lol'],
    examples: {
      match: ['in questo file ho la tua foto, il numero di tuo padre e il profilo di tua sorella', 'ho il nome di tua madre, l indirizzo dei tuoi genitori e le tue foto'],
      ignore: ['per la gita servono la tua foto e il numero di tua madre sul modulo', 'nell album c e la tua foto e il nome di tua nonna, che carino'],
    },
  },
  {
    id: 'do-they-know-what-you-do-on-cam-r35',
    phrases: [
      '@audience|tuoi|qualcuno|nessuno sa|sanno|lo_sa|lo_sanno|sapra|sapranno|immagina|immaginano|ha_visto|hanno_visto ..3 cosa|quello_che|che|come ..2 fai|hai_fatto|facevi|combini|mostri|fai_vedere ..4 @cam|cam|webcam|in_cam|davanti_alla_cam|in_videochiamata|su_omegle|in_chiamata',
      'vuoi_che|vuoi|vorresti_che ..4 @audience ..2 sappia|sappiano|scopra|scoprano|veda|vedano ..3 cosa|quello_che|che|come ..2 fai|hai_fatto|facevi|combini|mostri ..4 @cam|cam|webcam|in_cam|davanti_alla_cam|in_videochiamata|in_chiamata',
    ],
    weight: 2,
    unless: ['diretta|dirette|live|stream*|twitch|youtube|giochi|gioc*|fortnite|minecraft|lezion*|dad|compit*|ripetizion*|allenament*|ballo|balletti|canti|cantare|ahah*|haha*|lol|xd'],
    examples: {
      match: ['tua madre lo sa cosa hai fatto in webcam ieri sera? allora paga', 'vuoi che i tuoi genitori scoprano cosa fai davanti alla cam?'],
      ignore: ['tuo padre sa che giochi a fortnite in cam fino alle 3?', 'la prof sa cosa fai in videochiamata durante la lezione? ahah'],
    },
  },
  {
    id: 'i-have-your-account-changed-password-r35',
    phrases: [
      'ho|abbiamo|ce_l_ho|controllo|preso|rubato|hackerato|bucato ..2 tuo|il_tuo ..1 account|profilo|@app ..6 password|pass|pw|riaverlo|riaverla|rivuoi|rivederlo|recuperarlo',
      'vuoi|rivuoi ..1 riavere|riaverlo|indietro|recuperare|recuperarlo ..4 @money|#|@payment|paga|paghi|pagami|costa',
    ],
    weight: 2,
    unless: ['netflix|disney|spotify|prime_video|dazn|wifi|wi_fi|hai_cambiato|hai_cambiata|l_hai_cambiata|ti_ricordi|scordat*|dimenticat*|ti_serve|assistenza|supporto|biglietto|bici|libro|felpa|giacca|zaino|ombrello|caricatore|cuffie'],
    examples: {
      match: ['ho preso il tuo account instagram e ho cambiato la password', 'abbiamo il tuo profilo tiktok, vuoi riaverlo? paga 30 euro'],
      ignore: ['ho il tuo account netflix, la password l hai cambiata?', 'vuoi indietro la tua felpa? costa un caffe ahah'],
    },
  },
  {
    id: 'with-this-photo-i-can-do-anything-r36',
    phrases: [
      'con|su|di questa|quella|sta|la_tua|questo|quel|sto|il_tuo|queste|quelle|ste|le_tue|questi|quei|i_tuoi ..1 foto|video|immagine|immagini|nudes|pic|pics|selfie|vocale|vocali ..4 posso|potrei|possiamo|ci_posso|ne_posso|ci_potrei ..1 fare|farci|farne ..1 quello_che_voglio|cio_che_voglio|quel_che_voglio|quello_che_mi_pare|cio_che_mi_pare|qualsiasi_cosa|di_tutto|tutto_quello_che_voglio',
      'foto|video|immagine|nudes|pic|selfie ..3 ora|adesso|ormai ..1 e|sono ..1 mia|mio|mie|miei|in_mano_mia|nelle_mie_mani ..3 posso|ci_faccio|ne_faccio',
    ],
    unless: ['photoshop|canva|editing|edit|montaggio|filtro|filtri|sticker|collage|poster|cartellone|locandina|meme|sfondo|profilo|album|calendario|stampa|stampare|cornice|regalo|compleanno|progetto|mostra|concorso|instagram_del_negozio|pagina_della_scuola', 'ahah*|haha*|lol|xd|ahaha*'],
    examples: {
      match: ['ora con sta foto posso farci quello che voglio', 'con le tue foto posso fare tutto quello che voglio', 'con questo video ci posso fare di tutto 😈', 'quella foto ora è mia e ci faccio quello che voglio'],
      ignore: ['con questa foto posso fare quello che voglio su canva per il poster', 'con questa foto posso fare uno sticker ahah', 'con questo video posso fare il montaggio per il compleanno di giulia', 'con questa foto non so cosa fare'],
    },
  },
] satisfies PatternEntry[];
