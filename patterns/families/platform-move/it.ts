import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'aggiungimi|addami|seguimi|scrivimi|contattami|cercami|trovami|messaggiami|chattami|followami|sentiamoci su|in|sul|a @app',
      'mi aggiungi|segui|scrivi|cerchi|contatti|addi su|in|sul @app',
      'ce_l_hai|hai|c_hai|usi|tieni [anche] @app',
      'hai [anche] [un|il] profilo|account su @app',
      '@app ce_l_hai|c_hai|hai',
      'qual_e|com_e|dimmi [il] [tuo] @app',
      'qual [e] il tuo @app|nick|username|numero|num|contatto',
      'dammi|passami|lasciami|dimmi|mandami|scrivimi|mi_dai|mi_passi|mi_lasci|dai il|ilt|l [tuo] @app|numero|num|cell|cellulare|contatto|nick|username|id',
      'dammi|passami|lasciami|mi_dai|mi_passi|mi_lasci|mi_mandi|mandami ..2 numero|num|contatto|nick|username',
      'ti ho aggiunt* ..1 su|in @app',
      'sei|stai ..1 su|in @app',
      'accetta ..3 richiesta ..2 su|in|di @app',
      'ti lascio ..2 mio @app|numero|nick|contatto',
      'il mio @app e|ecco|si_chiama|x|per',
    ],
    unless: [
      'per ..2 progetto|ricerca|compiti|gruppo|classe|squadra|server|torneo|partita|lavoro',
      'del|della|dello gruppo|classe|squadra|prof|professore|professoressa',
    ],
    examples: {
      match: ['aggiungimi su snap', 'scrivimi su whatsapp', 'hai snap?', 'c hai telegram', 'qual è il tuo insta?', 'dammi il tuo numero', 'mi passi il tuo snap?', 'snap ce l hai?', 'seguimi su ig'],
      ignore: ['ho cancellato snap', 'raga aggiungetevi sul gruppo di classe', 'dammi il numero della prof', 'aggiungimi su discord per il progetto', 'il filtro di snap è bellissimo'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'passiamo|spostiamoci|andiamo|parliamo|scriviamoci|continuiamo|sentiamoci|chattiamo|spostiamo|passa|vieni ..2 su|in|sul|a @app',
      'ci_sentiamo|ci_scriviamo|ci_spostiamo|ci_vediamo su|in|sul @app',
      'meglio|piu_tranquill*|piu_privato|piu_comodo su|in|sul @app',
      'scrivimi|scrivi|passa|passiamo|andiamo|vieni|parliamo|sentiamoci|rispondimi|spostiamoci in|su|nel privato|pvt|priv|pv|dm|direct|direct_message|privata',
      'in|su privato|pvt|priv|dm|direct ..2 e_meglio|meglio|piu_tranquill*',
      'ti ..1 scrivo|scrivero|rispondo|mando in|su privato|pvt|priv|dm|direct',
      'ti ..1 posso|potrei scrivere|chiamare|aggiungere|seguire su|in @app',
      'ti ..1 scrivo|scrivero|chiamo|chiamero|aggiungo|aggiungero|cerco|cercher* ..1 su|in|sul @app',
      'su|in|sul @app ..3 possiamo|potremmo|posso ..1 parlare|scriverci|sentirci|chattare|vederci ..1 meglio|tranquill*|in_pace|in_privato|di_piu',
      'vieni|entra|entri|vieni_in in chiamata|call|vocale|videochiamata',
      'videochiamata|videochiamate|videocall|video_chiamata|chiamata|call|facetime ..1 privata|private|in_privato|da_soli|solo_noi|solo_io_e_te|a_due',
      'scarica|scaricati|installa|scaricare|installati ..2 @app',
      'qui|qua|questa_app|questo_sito|questa_chat ..3 controll*|monitor*|leggono|spiano|noios*|laggy|lagga|bannano|segnalano',
      'qui|qua non ..2 mi_trovo|si_puo|posso|possiamo ..2 parlare|scrivere|bene',
    ],
    unless: ['per ..2 progetto|ricerca|compiti|gruppo|classe|squadra|server|torneo|partita|lavoro', 'raga|ragazzi|regaz|il_gruppo|nel_gruppo|del_gruppo|siamo_in|tutta_la_classe', 'condividi_lo_schermo|condividete_lo_schermo|condividi_schermo|tryout*|scrim*|ranked|coach|clan|torneo|niente_cam|senza_cam|al_gruppo|ai_gruppi|del_progetto|dei_compiti|gli_appunti|i_compiti|le_risposte'],
    examples: {
      match: ['sono un selezionatore di modelle, ti va di fare un provino in videochiamata privata?', 'passiamo su telegram', 'spostiamoci su whatsapp dai', 'scrivimi in privato', 'qui ci controllano', 'ti scrivo su telegram che è più sicuro', 'su telegram possiamo parlare meglio', 'meglio su snap', 'vieni in pvt', 'qui non mi trovo bene'],
      ignore: ['raga spostiamo il gruppo su telegram che su whatsapp siamo in 300', 'facciamo una videochiamata privata per il progetto?', 'raga spostiamoci su discord per il progetto', 'passiamo su whatsapp che discord mi lagga, ti aggiungo al gruppo del progetto', 'andiamo al parco', 'ci vediamo a scuola', 'qui fa freddo'],
    },
  },
  {
    id: 'video-call',
    phrases: [
      'facciamo|famo|fai|facciamoci|possiamo_fare|vuoi_fare|ti_va_di_fare|ti_va_una ..2 videochiamat*|video_chiamat*|videocall|vc|facetime|call',
      'videochiamat*|video_chiamat*|videocall|call su|in|sul @app',
      'ti chiamo|videochiamo su|in @app',
      'chiamami|videochiamami su|in @app',
    ],
    unless: ['ripass*|studiare|studiamo|compit*|verifica|interrogazione|con_le_altre|con_gli_altri|di_gruppo|con_tutti|con_tutte|nonna|nonno|nonni', 'pronuncia|pratichiamo|praticare|esercitarci|tandem|scambio_linguistico|app_dello_scambio|classroom|teams|meet|anche_i_tuoi|con_i_tuoi|con_tua_madre|con_tuo_padre'],
    examples: {
      match: ['facciamo una videochiamata su skype?', 'ti va di fare una videochiamata?', 'fai facetime?', 'videochiamata su whatsapp stasera?', 'chiamami su telegram'],
      ignore: ['facciamo una videochiamata sulla app dello scambio venerdi? così pratichiamo la pronuncia', 'se hai dubbi facciamo una videochiamata su meet, ci sono anche i tuoi?', 'facciamo videochiamata dopo e ripassiamo', 'ho fatto una chiamata a mia madre', 'la call di lavoro è finita', 'mi chiama sempre la nonna'],
    },
  },
  {
    id: 'in-private-on-app',
    phrases: ['in privato|pvt|priv ..1 su|in|sul ..1 @app'],
    weight: 1,
    unless: ['gruppo|classe|compit*|progetto|squadra'],
    examples: {
      match: ['li mandi in privato su telegram', 'scrivimi in privato su snap'],
      ignore: ['scrivimi in privato su whatsapp per il progetto', 'in privato ne parliamo'],
    },
  },
  {
    id: 'private-voice-just-us-r10',
    phrases: [
      'vieni|andiamo|entra|entriamo|passa ..2 nel|in|sul ..2 canale|vocale|stanza|server|chat ..2 privat*|segret*|nascost* ..4 solo_io_e_te|noi_due|io_e_te|solo_noi',
    ],
    unless: ['gruppo|classe|compit*|progetto|squadra|torneo|raga|ragazzi|tutti|anche'],
    examples: {
      match: ['bello! vieni nel canale vocale privato, solo io e te'],
      ignore: ['vieni nel canale vocale privato della squadra, ci sono tutti'],
    },
  },
  {
    id: 'cam-on-other-app-r12',
    phrases: [
      'accendi|apri|attiva|metti ..3 cam|webcam|telecamera|videocamera ..2 su|in ..1 @app|skype|zoom|meet|facetime|teams',
    ],
    unless: ['lezione|prof|professor*|classe|scuola|riunione|lavoro|colloquio|interrogazion*|compit*|verifica|gruppo|tutti|raga|ragazzi|appello|corso'],
    examples: {
      match: ['accendi la webcam su skype, solo io e te', 'apri la cam su telegram dai'],
      ignore: ['accendi la cam su meet che la prof fa l appello', 'accendi la webcam su zoom per la riunione'],
    },
  },
  {
    id: 'send-them-there-r13',
    phrases: [
      'mandali|mandale|mandamele|mandameli|mandala|mandalo|inviali|inviale|inviamele ..2 su|in|via|per ..1 @app',
      'vieni|entra|passa ..2 nel|sul|in ..1 mio ..1 @app|server|canale ..1 privato|privata|segreto',
    ],
    examples: {
      match: ['Mandali su WhatsApp, qui su IG comprimono le immagini', 'quindi sei da solo, vieni nel mio discord privato'],
      ignore: ['mandali su classroom i compiti'],
    },
  },
  {
    id: 'operator-on-app-r13',
    phrases: [
      'operatore|supporto|assistenza|agente|consulente|booker|manager|responsabile ..4 su|via|in ..1 @app',
    ],
    unless: ['negozio|ordine|spedizione|pacco|banca|poste|assicurazione|bolletta|fattura|vodafone|tim|iliad|wind|fastweb|enel'],
    examples: {
      match: ['inviando un video al nostro operatore su WhatsApp', 'scrivi al nostro booker su telegram'],
      ignore: ['scrivi all assistenza su whatsapp per il pacco'],
    },
  },
  {
    id: 'continue-there-staff-r14',
    phrases: [
      'proseguiamo|prosegui|continuiamo|spostiamoci|passiamo|sentiamoci|spostiamo ..2 su|in|via ..1 @app',
      'scrivimi|scrivici|mi_scriva|ci_scriva|ci_scrivi|contattami|contattaci|mi_contatti|ci_contatti ..3 su|in|via ..1 @app',
      'su|in|via|al|sul ..1 @app ..2 al|alla|allo|del|della|dello ..1 manager|staff|agente|tutor|responsabile|capo|team',
      'al|sul ..1 nostro|mio ..1 @app',
      'canale|stanza|server|chat|gruppo ..1 privat*|segret* ..5 solo_per_noi|per_noi_due|noi_due|io_e_te|solo_noi|solo_tu_e_io',
    ],
    unless: ['classe|prof|compit*|progetto|squadra|mister|allenatore|gita|genitori|segreteria|scuola|assistenza_clienti|ordine|spedizione|reso|tryout*|torneo|scrim*|clan|ranked|allenamento|campionato', 'raga|ragazzi|regaz|il_gruppo|nel_gruppo|del_gruppo|siamo_in'],
    examples: {
      match: ['Per motivi di privacy proseguiamo su WhatsApp, mi scriva a questo numero', 'però serve che ci scrivi su telegram, è il canale dello staff', 'manda un video su telegram al manager', 'Per la preselezione invia 5 foto al nostro WhatsApp', 'ti ho creato un canale privato nel server solo per noi due, entra'],
      ignore: ['continuiamo su whatsapp nel gruppo della classe per il progetto', 'per il reso scrivici su whatsapp con il numero ordine'],
    },
  },
  {
    id: 'dm-on-other-account-r22',
    phrases: [
      'in|su|nel ..1 dm|privato|pvt|direct ..3 altro|secondo|second|fake|finto ..1 account|profilo|acc',
      'scrivimi|scrivi|parliamo|sentiamoci|passiamo|aggiungimi ..3 altro|secondo|second|fake|finto ..1 account|profilo|acc',
    ],
    unless: ['gruppo|classe|progetto|server|squadra|torneo|clan|bannato|sospeso|hackerato|rubato'],
    examples: {
      match: ['però in dm su un altro account, quello principale lo vede mia sorella', 'scrivimi sul mio secondo profilo', 'parliamo sul fake account'],
      ignore: ['scrivimi su un altro account che questo me l hanno bannato', 'aggiungimi sul secondo account per il gruppo della classe'],
    },
  },
  {
    id: 'my-personal-number-r27',
    phrases: [
      'ti ..1 ho ..1 scritto|scritta|messaggiato|aggiunto|aggiunta ..2 dal|sul|col|con_il|con ..1 mio ..1 numero|profilo|account|telefono|cell ..1 personale|privato|secondario|segreto',
      'scrivimi|scrivermi|contattami|sentiamoci|messaggiami|chiamami|rispondimi ..3 sul|al|nel|dal ..1 mio ..1 numero|profilo|account|telefono|cell ..1 personale|privato|secondario|segreto',
    ],
    unless: ['scarico|rotto|perso|lavoro|ufficio|nuovo|cambiato|si_e_rotto|ho_cambiato|segreteria'],
    examples: {
      match: ['ti ho scritto dal mio numero personale, salvalo', 'scrivimi sul mio profilo privato, qui ci leggono tutti'],
      ignore: ['ti ho scritto dal mio numero personale perché quello del lavoro è scarico', 'scrivimi sul mio numero nuovo, ho cambiato telefono'],
    },
  },
  {
    id: 'this-is-my-other-account-r27',
    phrases: [
      'questo|questa|qui ..2 mio|mia ..1 secondo|altro|nuovo|seconda|altra ..1 profilo|account|numero|acc|pagina ..4 rispondi|rispondimi|scrivimi|qui|rispondere',
      'mi ..1 hai ..1 bloccat* ..4 altro|secondo|nuovo|fake ..1 account|profilo|numero|acc',
    ],
    unless: ['per_sbaglio|sbaglio|sbagliato', 'gruppo|classe|progetto|server|squadra|torneo|clan|bannato|sospeso|hackerato|rubato|rotto|perso|scarico|lavoro'],
    examples: {
      match: ['questo è il mio secondo profilo, rispondi qui', 'mi hai bloccato ma ho un altro account'],
      ignore: ['mi hai bloccato per sbaglio? ho un altro account', 'questo è il mio nuovo numero, quello vecchio si è rotto', 'mi hai bloccato per sbaglio? scrivimi sull altro account del gruppo'],
    },
  },
  {
    id: 'continue-in-dm-away-from-mods-r31',
    phrases: [
      'continuiamo|proseguiamo|andiamo_avanti|scriviamoci|sentiamoci|parliamone|spostiamo|spostiamola ..2 in|su|nei|nel ..1 dm|privato|pvt|priv|pv|direct|privata|chat_privata',
      'dm|privato|pvt|priv|direct|chat_privata ..3 cosi|che|perche|dove ..2 mod|moderatori|admin|gli_admin|i_mod ..2 non|nn ..1 rompono|vedono|leggono|rompe|vede|legge|controllano|rompono_le_scatole',
      'entra|entrare|entri|unisciti|vieni ..2 nel|nella|in|sul ..1 nostro|nostra ..1 @app|server|canale|gruppo ..1 privato|privata|segreto|segreta',
      'ti_va_di|vuoi|ti_andrebbe_di|possiamo|perche_non ..1 videochiamare|videochiamarci|videochiamarmi|videochiamarti',
    ],
    unless: ['progetto|compit*|gruppo_classe|prof|squadra|lezione|ripass*|studiare|verifica|interrogazione|nonna|nonno|zia|zio|mamma|papa|riunione|torneo|partita|raid|clan|gilda|spoiler|bot|regolamento|ticket|supporto'],
    examples: {
      match: ['continuiamo in privato, qui è troppo affollato', 'scriviamoci in dm, così gli admin non vedono', 'entra nel nostro server privato, ti mando il link', 'ti va di videochiamarci stasera?'],
      ignore: ['continuiamo in privato la parte del progetto', 'entra nel nostro server privato del clan per il torneo', 'ti va di videochiamare la nonna insieme domenica?', 'scrivi in dm al bot per aprire un ticket'],
    },
  },
] satisfies PatternEntry[];
