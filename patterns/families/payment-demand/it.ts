import type { PatternEntry } from '../../schema';

const FRIENDLY = 'scammato|scammata|mi_hanno_scammato|non_scammo|non_ti_scammo|trade|tradiamo|poi_spedisco|e_spedisco|te_la_spedisco|te_lo_spedisco|te_li_spedisco|te_le_spedisco|pacco|corriere|scommessa|scommesse|pegno|pizza|biglietto|biglietti|il_regalo|un_regalo|del_regalo|per_il_regalo|al_regalo|regalino|regali|cena|pranzo|fotocopie|quota|gita|bici|spesa|benzina|affitto|cinema|colletta|abbonamento|a_testa|ciascuno|ti_devo|restituire|ridare|prestato|prestito|scontrino|vendo|vendi|spedizione|usato|vinted|subito_it|ebay|panino|pizzeria|partita|maglia|concerto|torneo|palestra|merenda|ognuno|ognuna|ciascuna|per_persona|a_cranio';

export default [
  {
    id: 'pay-amount',
    phrases: [
      'paga|pagami|pagare|paghi|pagherai|pagherei|mandami|manda|mandare|inviami|invia|inviare|versa|versami|ricaricami|dammi|darmi|voglio|vogliamo|mandarmi|passami|trasferisci|fammi|porti|portami|portarmi|mi_porti ..4 # ..1 @currency|@money|@payment|@gamecur',
      'paga|pagami|paghi|pagare|mandami|manda|inviami|invia|versa|versami|dammi|voglio|ricaricami ..4 @currency|@money|@payment|@gamecur ..2 o|oppure|altrimenti|senno|se_no|entro|subito|ora|adesso|su|con|in|tramite|via',
      'paga|pagami|paghi|pagarmi|versa|versami|ricaricami con|su|in|tramite|via|una|un @payment|@gamecur',
      'paga|pagami|paghi|pagherai ..2 subito|adesso|altrimenti|entro|immediatamente',
      'devi|deve|dovra|dovrai|dovete ..1 pagar*|darmi|mandarmi|versar*|inviarmi|ricaricarmi|effettuare|fare ..3 #|soldi|@currency|@payment|@gamecur|bonifico|versamento|pagamento',
      'se non|nn ..1 mi|paghi|pagherai ..2 paghi|pagherai|mandi|invii|dai|versi ..3 #|soldi|@currency|@payment|@gamecur',
      'si|se nun|un ..1 mi ..1 manni|mmanni|runi|duni|paghi|mandi ..3 #|soldi|@money|@currency|@payment',
      'ti_conviene|ti_consiglio_di|meglio_che|faresti_bene_a|e_meglio_se ..1 pagarmi|ricaricarmi|mandarmi|darmi|versarmi|inviarmi|passarmi|mi_paghi|mi_ricarichi|mi_mandi|mi_dai ..4 #|@currency|@money|@payment|@gamecur|gift_card|giftcard|carta_regalo',
      'a meno che|meno_che ..2 paghi|pagherai|mandi|invii|dai ..3 #|soldi|@currency|@payment',
      'fai|fammi|fate ..2 ricarica|ricariche|bonifico|versamento|pagamento ..4 #|@payment|@currency',
      'hai|avete ..3 ore|ora|minuti|giorni|tempo ..2 per|x pagare|pagarmi|mandarmi|trovare_i_soldi',
      'ricaricami ..2 @payment|carta|conto|prepagata',
      'quanti soldi ..1 puoi|riesci ..2 darmi|mandarmi|pagare|trovare|mettere',
      'se non|nn [mi] paghi|pagherai|versi|mandi_i_soldi|ricevo_il_pagamento|ricevo_i_soldi',
      'quanto ..1 puoi|riesci ..1 pagare|darmi|mandarmi',
      'trova|trovami|procurati|procurami|recupera ..2 soldi|i_soldi|#|@currency|@money',
      'ne ..1 voglio|vogliamo|pretendo ..1 altri|altre|ancora ..1 #',
      'voglio|vogliamo|pretendo|mi_servono|mi_devi_dare ..1 altri|ancora ..1 # [@currency|@money]', 'non|nn ..1 hai ..1 ancora ..1 pagato|mandato_i_soldi|fatto_il_bonifico|fatto_la_ricarica|mandato_il_codice', 'ne ..1 voglio|vogliamo|pretendo ..1 # ..2 adesso|ora|subito|entro|o|oppure', 'vediamo|vedremo ..1 se ..1 paghi|mi_paghi|pagherai', 'trovali|trovale|procurateli|procuratele|trova_i_soldi|rubali ..6 ruba|rubali|rubarli|chiedi_ai_tuoi|chiedili_ai_tuoi|chiedili|arrangiati|non_mi_interessa_come|non_mi_importa_come'],
    unless: ['tuo|tua ..2 iban|twint|paypal|postepay|satispay|conto ..4 ti ..1 mando|pago|faccio|verso|giro|passo', FRIENDLY, 'posso|possiamo|potrei|accetti|accetta|accettate|preferisci|preferite ..1 pagar*|pagarti|pagare|che_ti_paghi|bonifico|paypal|satispay', 'scam|e_uno_scam|e_una_truffa|una_truffa|mi_hanno_mandato_un_messaggio|mi_e_arrivato_un_messaggio|mi_hanno_scritto|mi_ha_scritto_uno'],
    examples: {
      match: ['se non mi paghi 300€ entro stasera', 'pagami 200 euro su paypal', 'manda 50€ in bitcoin o pubblico tutto', 'Invia 150 euro con una ricarica PostePay', 'mandami 200 euro', 'a meno che non mi paghi 100 euro', 'voglio 500 euro', 'hai 1 ora. paga con paysafecard', 'quanti soldi puoi mandarmi?', 'quanto hai sul conto? trova i soldi', 'deve versare 400 euro in bitcoin entro domani', 'se domani non mi porti 50 euro a scuola', 'procurati 200 euro entro domani', 'hai già pagato una volta, ora ne voglio altri 200', 'non hai ancora pagato. tic tac', 'altro che 50, ne voglio 200 adesso', 'vediamo se paghi', 'trovali. chiedi ai tuoi, ruba, fai come vuoi. entro stasera', 'ti conviene mandarmi 100 euro su paypal entro stasera', 'meglio che mi ricarichi 30€ di buono amazon, capito?', 'si nun mi manni 50 euro su postepay', 'se un mi runi i picciuli su paypal'],
      ignore: ["dammi il tuo numero twint o l iban e ti mando subito la prima settimana", 'mandami prima i soldi su paypal amici e parenti e poi spedisco, grazie', "ti passo io la skin, tu mandami prima i 500 robux che l'altra volta mi hanno scammato", 'posso pagare con bonifico o paypal?', 'accetti di pagare con satispay 50 euro o preferisci contanti?', 'mi devi ancora 20 euro della pizza', '10 euro a testa, mandameli su paypal entro venerdì', 'ognuno manda 25€ entro lunedì', 'porta 10 euro per il regalo', 'pago io il cinema', 'trovali i calzini, fai come vuoi', 'ti conviene pagare i 10 euro della gita entro venerdi', 'si un ti piaci, un ci mannari'],
    },
  },
  {
    id: 'gift-card-code',
    phrases: [
      'compra|comprami|prendi|prendimi|acquista|acquistami|mandami|manda|inviami|invia|voglio|dammi|ricarica ..3 gift_card*|giftcard*|carta_regalo|carte_regalo|buono_amazon|buono_regalo|paysafe*|steam_card*|ricarica|ricariche|@payment',
      'codice|codici|numero|foto|pin ..3 della|delle|del|dei ..1 gift_card*|giftcard*|carta|carte|buono|buoni|ricarica|ricariche|paysafe*|steam|amazon|google_play|postepay|@payment',
      'ecco|questo_e|ti_mando|ti_scrivo il|l mio iban|numero_della_postepay|wallet|indirizzo_bitcoin|paypal',
      'gift_card*|giftcard*|paysafe*|paysafecard|steam_card*|buono_amazon|buoni_amazon|carta_regalo|carte_regalo|ricarica_postepay ..3 va|vanno|andrebbe|andrebbero ..1 bene',
      '@payment|buono|buoni|gift_card*|giftcard*|steam|amazon|google_play|apple|itunes|psn ..6 mandami|mi_mandi|scrivimi|mi_scrivi|passami|dammi|inviami|mi_dai|mi_passi ..2 codice|codici|pin',
      'compra|comprami|prendi|prendimi|acquista|mandami|voglio ..3 carta_apple|carte_apple|carta_itunes|carte_itunes|carta_google|carte_google|carta_google_play|carte_google_play|carta_steam|carte_steam|carta_psn|carte_psn|carta_amazon|carte_amazon|carta_xbox|carte_xbox|carta_playstation|carte_playstation',
      'foto ..2 del|dello ..1 retro ..3 carta|carte|card|codice|buono',
    ],
    unless: ['tuo|tua ..2 iban|twint|paypal|postepay|satispay|conto ..4 ti ..1 mando|pago|faccio|verso|giro|passo', FRIENDLY, 'telefono|cellulare|credito_telefonico', 'identita|sanitaria|patente|studente|documento|tessera|libretto', 'ti_ho_fatto|ti_ho_mandato|ti_ho_ricaricato|ti_ho_girato|ti_ho_messo|auguri|nonna|nonno|compleanno'],
    examples: {
      match: ['buono amazon, mi mandi il codice qui', 'compra 2 carte apple da 50 e mandami la foto del retro', 'paysafecard da 100 poi scrivimi il codice', 'allora compra una gift card amazon da 100, hai 30 minuti', 'mandami il codice della paysafecard', 'voglio una ricarica postepay', 'ecco il mio iban', 'comprami una steam card', 'amazon gift card va bene uguale. mandami il codice', 'anche la paysafecard va bene'],
      ignore: ['per il compleanno di ale facciamo una gift card amazon?', 'ho perso il codice del lucchetto', 'ti mando il mio iban per la quota della gita', 'mandami una foto della carta d identità', 'auguri nipotino!! ti ho fatto una ricarica sulla postepay, comprati quello che vuoi'],
    },
  },
  {
    id: 'game-currency-demand',
    phrases: [
      'mandami|dammi|regalami|voglio|passami|comprami|inviami ..3 #|tuoi|tue|i_tuoi ..2 @gamecur|@payment',
    ],
    weight: 1,
    unless: [FRIENDLY, 'scambio|scambiamo|scambiare|in_cambio'],
    examples: {
      match: ['mandami 1000 robux', 'dammi i tuoi vbucks'],
      ignore: ['scambiamo skin?'],
    },
  },
  {
    id: 'pay-and-i-delete',
    phrases: [
      'o|se ..1 mi ..1 mandi|dai|invii|versi|fai ..3 #|@currency|@payment',
      'o ..1 mi ..1 mandi|dai|passi|versi ..2 @money|@currency|@payment ..3 o|oppure|altrimenti|senno',
      'paga|paghi|pagami|versa|manda_i_soldi ..2 e ..1 lo|la|li|le|ti ..1 cancello|elimino|lascio|cancellero|eliminero|lascero',
      'paga|paghi|pagami|versa|manda_i_soldi|se_paghi|se_mi_paghi ..3 cancello|elimino|cancellero|eliminero ..1 tutto|ogni_cosa|il_video|le_foto|i_video',
      'se non|nn ..1 mi ..1 fai ..2 bonifico|ricarica|versamento|pagamento',
      'ti ..1 conviene ..1 pagare|pagarmi|mandarmi|mandare|darmi',
      'o ..1 paghi|pagami|mi_paghi ..1 o',
      'paga|paghi|pagami|manda_i_soldi ..2 e ..1 finisce|finira|chiudiamo|sparisco|spariro|sparisce ..1 qui|tutto',
      'in ..1 buoni|buono|buoni_regalo|buono_regalo|paysafe*|paysafecard|bitcoin|btc|gift_card*|giftcard*|steam_card*',
    ],
    unless: [FRIENDLY.replace('|regalo|', '|per_il_regalo|'), 'ti_rido|te_li_rido|ti_ridaro|rimborso|rimborsare|compleanno', 'sei_fuori|siete_fuori|fuori_dal_club|fuori_dalla_squadra|fuori_dal_gruppo', 'chiedevano|chiedeva|hanno_chiesto|gli_hanno|le_hanno|tg|telegiornale|notizia|articolo|ricattat*|truffa|truffe|truffatori'],
    examples: {
      match: ['o mi dai i soldi o la tua vita è finita', 'tanto non hai scelta, o paghi o per te è finita', 'ti conviene pagare', 'o mi mandi 200 euro o lo giro', 'paga e lo cancello', 'paga e cancello tutto, promesso', 'non fare la stupida, paga e finisce qui', 'se non mi fai un bonifico', '300 in buoni regalo amazon'],
      ignore: ['o paghi o sei fuori dal club ahah', 'se mi mandi 10 euro per la pizza ti faccio sapere', 'paga e lo cancello dalla lista della gita', '15 euro su satispay per il regalo', 'hai visto al tg? un ragazzo ricattato con dei video, gli chiedevano 500 euro in bitcoin'],
    },
  },
  {
    id: 'price-to-delete',
    phrases: [
      '@currency|@money|@payment|@gamecur ..3 e ..2 lo|la|li|le|tutto|ti ..1 cancello|elimino|cancellero|eliminero|sparisce|sparira|spariscono|spariranno|lascio_in_pace|lascero_in_pace',
      '@currency|@money|@payment|ricarica|bonifico ..2 e ..1 finisce|finira|chiudiamo|e_finita ..1 qui|tutto|la_storia',
      'con|per|bastano|basta|solo|soltanto ..1 # ..3 sparisce|sparira|spariscono|spariranno|cancello|elimino|cancellero|eliminero|sparisco|spariro|finisce|finira|chiudiamo ..1 tutto|ogni_cosa|il_video|le_foto|i_video|qui|per_sempre', '# ..1 su|sulla|sul|con|in|tramite|via ..1 @payment ..4 e ..2 cancello|elimino|cancellero|eliminero|sparisce|sparira|spariscono|finisce|finira|chiudiamo|ti_lascio|lascio_in_pace|sparisco|non_se_ne_parla_piu', '# ..3 @payment|@currency|@money ..4 e ..1 non_se_ne_parla_piu|chiudiamo_qui|amici_come_prima|tutto_torna_come_prima|nessuno_sapra_niente'],
    unless: [FRIENDLY, 'speso|spendo|spendere|costa|costano|costato|costava|pagato|comprato|vale|valeva|gioco|app|account_premium|ti_rido|te_li_rido|rimborso|credito|telefono|cellulare|sim'],
    examples: {
      match: ['dipende da te. 50 euro in vbucks e lo cancello', '150 euro e lo cancello', '200€ con satispay e tutto sparisce', '100 in paysafecard e ti lascio in pace', 'una ricarica e finisce qui', 'certo, con 150 sparisce tutto', 'bastano 200 euro e cancello tutto', 'per 100 elimino il video', 'ok allora facciamo cosi: 150 su postepay e cancello tutto', 'mi mandi 50 su satispay e non se ne parla più'],
      ignore: ['10 euro e ti lascio la bici per il weekend', 'ho speso 5 euro e lo cancello il gioco, fa schifo', '20 euro per la pizza e lo cancello dalla lista', 'una ricarica e finisce qui, il credito del telefono è a zero', 'ti ho mandato 20 su satispay e cancello la nota dal gruppo della pizza'],
    },
  },
  {
    id: 'bare-amount-or-else',
    phrases: [
      '# @currency|@money ..2 o|oppure|altrimenti|senno|se_no|entro|subito|adesso|immediatamente',
      '# [@currency] ..2 @payment ..1 o|oppure ..1 @payment',
      '# @currency|@money ..2 su|con|in|tramite|via|sulla|sul ..1 @payment',
      'allora|quindi|dunque|e|dove_sono|quando_arrivano|aspetto ..1 i|sti|questi|miei ..1 soldi',
    ],
    unless: ['ti_do|ti_pago|pago|pago_io|ti_passo|te_li_do|te_li_passo|ti_regalo|ricevi|riceverai|guadagni|guadagnerai', FRIENDLY, 'veras|vas_a_ver|debes|pasame|pagame|euros|pavos|lucas|plata', 'mi_devi|mi_dovevi|ridammi|ridarmi|rimbors*|trattabil*|prezzo|costa|costano|costava|spedizion*|consegna|scontat*|sconto|stipendio|paghetta|mancia|risparmi*|a_persona|a_testa|spedisco|spedisci|spedire|spedita|spedito|condizion*|scatola|garanzia|ritiro|ritira|nuova|nuovo|compro|comprato|comprata|ti_ho_mandato|ti_ho_fatto|ti_ho_girato|ti_ho_inviato|fatto|arrivati|ricevuti'],
    examples: {
      match: ['150 euro su postepay. hai 30 minuti', '300 euro o lo mando a tutti i tuoi amici', 'ti ho detto 150, bonifico o ricarica non mi interessa', 'allora i soldi?', '200€ su postepay entro stasera'],
      ignore: ["ti compro la maglia, pago 20€ con paypal", "aspetta, ti do 200 franchi a settimana con twint solo per chattare con me", 'ti ho mandato 20 euro su satispay', '150 euro su paypal e te la spedisco domani', 'sono 150 trattabili, paypal o satispay', '20 euro o niente per la maglia', 'e i soldi della pizza?', 'mi devi 10 euro entro venerdì', 'me debes 10 euros o veras 😂', 'pasame 20 euros o veras'],
    },
  },
  {
    id: 'unless-you-top-up-r10',
    phrases: [
      'a meno che|meno_che ..2 ricarichi|ricarica|compri|regali|fai_una_ricarica|mi_ricarichi|mi_compri|mi_regali ..3 #|soldi|@money|@payment|@gamecur',
      'ora|adesso|quindi ..1 parliamo|parlare|parleremo ..1 di ..1 soldi|prezzo|pagamento|quanto_paghi|quanto_mi_dai',
      'dammi|mandami|paga|pagami|dai|manda ..3 soldi|@money|# ..3 e|poi|cosi ..1 cancello|elimino|cancellero|eliminero ..1 tutto|tutte|tutti|le_foto|il_video|i_video',
      'invii|invia|inviare|trasferisca|trasferisci|trasferire|versi|versa|versare|paghi|pagare|mandami|mandare ..4 btc|bitcoin|eth|ethereum|usdt|litecoin|ltc|monero|cripto*|crypto',
    ],
    unless: ['gita|regalo|festa|affitto|stipendio|lavoro|vendita|vendo|vinted|negozio|bici|telefono_usato|pizza|biglietti|paghetta', 'lista|debito|debiti|conto_della|spesa|scontrino|tuo_wallet|tuo_conto|tuo_exchange|scendano|scende|salgono|sale|investi*|comprare|comprarli|conviene|exchange|binance|coinbase'],
    examples: {
      match: ['dammi i soldi e cancello tutto, promesso', 'Abbiamo registrato le sue attività. Invii 0.05 BTC', 'trasferisci 500 euro in bitcoin al wallet qui sotto', 'a meno che mi ricarichi 50 euro di vbucks sul mio account', 'so chi sono tua sorella e i tuoi amici. ora parliamo di soldi'],
      ignore: ['dammi i soldi e cancello tutto dalla lista dei debiti', 'trasferisci i bitcoin sul tuo wallet prima che scendano', 'ho visto che il bitcoin è salito, conviene comprarlo?', 'ora parliamo di soldi: quanto costa la gita?', 'a meno che mi regali 10 euro per la festa ahah'],
    },
  },
  {
    id: 'unless-you-send-me-money-r11',
    phrases: [
      'a_meno_che|meno_che|se_non|se_nn ..2 mi ..1 giri|ricarichi|fai|passi|mandi|paghi ..4 #|@money|@payment|@gamecur|carte|carta|steam|buono|buoni',
    ],
    unless: ['scommessa|pegno|pizza|cena|regalo_per|il_regalo|del_regalo|un_regalo|biglietto|biglietti|quota|colletta|scherzo|prestito|restituisci|ridai|mi_devi'],
    examples: {
      match: ['a meno che mi giri 50€ di carte regalo steam', 'se non mi ricarichi 100 euro sulla postepay'],
      ignore: ['a meno che mi giri i 10 euro della pizza', 'se non mi passi la quota del regalo entro venerdi'],
    },
  },
  {
    id: 'minutes-to-send-money-r12',
    phrases: [
      'hai|avete|ti_do|ti_restano ..1 #|un|una|mezz ..2 minut*|min|ora|ore|h|giorn* ..2 per|x|a ..1 mandare|mandarmi|pagare|pagarmi|versare|ricaricare|fare ..2 soldi|i_soldi|@money|@payment|bonifico|ricarica|il_pagamento|tutto',
      'allora|ok|va_bene|dai ..1 # ..1 euro|eur|dollari ..1 subito|adesso|ora|entro|stasera',
    ],
    unless: [FRIENDLY, 'ahah*|haha*|lol|xd|scherzo|prof|scuola|iscrizion*|quota|bolletta|tasse|multa|saldi|sconto|offerta|vendo|vendi|prezzo'],
    examples: {
      match: ['hai 10 min x mandare i soldi poi parte tutto su ig e tiktok', 'allora 150 euro subito. hai 1 ora', 'avete 2 ore per pagare il bonifico'],
      ignore: ['hai 10 min per mandare i soldi della gita alla prof', 'allora 20 euro subito per la pizza ok?', 'ok 30 euro subito e la bici e tua, vendo'],
    },
  },
  {
    id: 'pay-me-on-app-r12',
    phrases: [
      'pagami|paga|pagate|versami|ricaricami|fammi_un_bonifico|fammi_una_ricarica ..2 su|con|tramite|via|in|sulla|sul ..1 @payment|paypal|revolut|satispay|postepay|hype|paysafe*',
    ],
    unless: [FRIENDLY, 'quando_puoi|con_calma|appena_puoi|grazie|ahah*|haha*|lol|xd|scherzo|spedisco|spedisci|spedire|spedito|pacco|articolo|annuncio|felpa|scarpe|telefono_usato|negozio|ordine|abbonamento|bolletta|affitto|spesa|parrucchier*|lezioni|ripetizion*|quanto_ti_devo|ti_devo'],
    examples: {
      match: ['pagami su revolut stasera', 'versami su postepay entro domani', 'paga con paysafe e mandami il codice'],
      ignore: ['pagami su satispay la pizza di ieri lol', 'paga con paypal e ti spedisco la felpa', 'quanto ti devo? ti pago su satispay'],
    },
  },
  {
    id: 'deposit-required-r13',
    phrases: [
      'richiesto|richiesta|dovuto|dovuta|necessario|necessaria|obbligatorio ..3 deposito|pagamento|versamento|cauzione|multa|sanzione|contributo ..4 di|da ..1 #',
      '@send|invia|inviami|mandami ..3 foto|@photo ..2 dei|del|delle ..1 codici|codice|pin ..4 buon*|gift*|card|carte|carta|paysafe*|amazon|google_play|steam|apple|ricarica|ricariche',
      '# ..2 euro|eur|franchi|chf ..2 e ..1 sparisce|sparisce_tutto|cancello|elimino|scompare|finisce ..1 tutto',
    ],
    weight: 2,
    unless: ['gita|campo_estivo|iscrizione|scuola|mensa|palestra|corso|affitto|condominio|caparra|vinted|subito|spedizione|pacco|tracking|biglietti|ahah*|haha*|lol'],
    examples: {
      match: ['Per evitare la trasmissione ai contatti è richiesto un deposito cauzionale di 120€', 'invia la foto dei codici delle carte amazon qui', 'dipende solo da te. 100€ e sparisce tutto'],
      ignore: ['per la gita è richiesto un deposito di 50 euro', 'mandami la foto del codice del pacco amazon per il ritiro'],
    },
  },
  {
    id: 'amount-on-app-or-else-r14',
    phrases: [
      'su|con|via ..1 paypal|satispay|postepay|revolut|hype|paysafe*|bonifico*|paypal_amici ..4 oppure|altrimenti|senno|se_no|o ..4 video|foto|tutto|chat|screen*|pubblic*|posto|mando|giro|lo_giro|le_giro|lo_mando|le_mando|lo_pubblico|le_pubblico|nudes',
      'bonifico*|iban ..4 euro|eur ..4 iban|sotto|qui_sotto|a_questo|entro',
      'se ..1 tu ..1 non|no ..1 paga|paghi|pagi',
    ],
    unless: ['contanti|spedizione|spedisco|vinted|subito_it|prezzo|trattabil*|costa|costano|ricevuta|tracking|pacco|biglietto|biglietti|gita|quota|affitto|bolletta|pizza|cena|regalo|ahah*|lol|haha*|commissione|commissioni|caparra|acconto|fattura|prenotazione|iscrizione|saldo'],
    examples: {
      match: ['allora: 150 su paypal amici oppure il video va in giro tra i tuoi compagni. scegli tu', 'allora bonifico istantaneo 250€, iban sotto', 'io mandare a tua scuola se tu non paga'],
      ignore: ['sono 150 su paypal o in contanti, come preferisci', 'bonifico di 80 euro per la quota della gita, iban sotto', 'dividiamo la pizza, 12 euro su satispay o contanti', 'posso pagare con bonifico o paypal? ci vediamo in centro per lo scambio?', "bonifico di 50 euro sull'iban sotto per la caparra"],
    },
  },
  {
    id: 'fine-with-gift-card-r14',
    phrases: [
      'paghi|pagare|versi|versare|saldi|saldare ..3 multa|sanzione|ammenda|cauzione ..4 carta_regalo|carte_regalo|buoni|buono|@payment|bitcoin|paysafe*|ricarica|steam|google_play|itunes',
    ],
    unless: ['comune|vigili|autovelox|parcheggio|pagopa|f24|agenzia_delle_entrate|bollettino|iene|truffa|attenzione|occhio|non_pagate|non_pagare|mi_e_arrivat*|ho_ricevuto'],
    examples: {
      match: ['Paghi la multa con carta regalo per chiudere la pratica', 'deve versare la sanzione in buoni paysafecard entro 24 ore'],
      ignore: ['devi pagare la multa del parcheggio con pagopa', 'mi è arrivato un sms che dice di pagare una multa con carta regalo, è una truffa?'],
    },
  },
  {
    id: 'amount-on-app-now-r15',
    phrases: [
      'passa|passami|fai|fammi|manda|mandami|sgancia|caccia|butta ..1 # ..2 su|con|in|via|tramite|sulla|sul @payment|ppay|pp',
      '# [euro|eur|e] su|con|in|via|tramite|sulla @payment ..3 adesso|ora|subito|entro|stasera|oggi|veloce|muoviti',
    ],
    unless: ['pizza|cena|pranzo|biglietto|biglietti|regalo|colletta|quota|spesa|affitto|bolletta|felpa|scarpe|vinted|subito_it|spedizione|vendo|venduto|ahah*|haha*|lol|grazie|ti_rido'],
    examples: {
      match: ['frate passa 100 su ppay o la tua foto la vede tutto il quartiere', 'quelle in bagno. 50 su paysafecard adesso'],
      ignore: ['passami 10 su satispay per la pizza', '25 su paypal subito e ti spedisco la felpa'],
    },
  },
  {
    id: 'broken-you-send-money-r16',
    phrases: [
      'tu ..1 mandare|pagare|dare|inviare|trasferire ..2 soldi|@money|@payment|@currency|#',
      'paghi|pagare|paga ..2 la|una ..1 sanzione|multa|ammenda ..4 voucher|buono|buoni|gift_card|giftcard|carte|ricarica|paysafe*|bitcoin|@payment|entro',
    ],
    unless: ['bolletta|affitto|condominio|parcheggio|autovelox|comune|agenzia_delle_entrate|tasse|f24|pagopa|inps|scuola|mensa|gita|bar|pizza|cena'],
    examples: {
      match: ['tu mandare soldi subito, se no tutti vedono', 'paghi la sanzione con voucher entro oggi'],
      ignore: ['devi pagare la multa del parcheggio entro oggi con pagopa', 'tu pagare la pizza stasera? ok'],
    },
  },
  {
    id: 'not-enough-more-now-r18',
    phrases: [
      'non_basta|non_bastano|non_e_abbastanza|vale_di_piu|valgono_di_piu|ci_ho_ripensato|troppo_poco|troppo_pochi|e_poco|sono_pochi ..6 altri|altre|ancora ..1 #',
      'ricevuti|ricevuto|arrivati|arrivato ..4 ma|pero ..4 altri|altre|ancora ..1 #',
    ],
    unless: [FRIENDLY, 'torta|festa|biglietto|biglietti|libri|libro|bolletta|fattura|spedizione'],
    examples: {
      match: ['però ci ho ripensato. il video vale di più. altri 300 entro venerdì', 'ok i 100 li ho ricevuti bravo. ma non bastano, ne servono altri 300 entro domani', 'ricevuti ma non basta, altri 200'],
      ignore: ['non bastano per la torta, servono altri 20 a testa', 'ricevuti grazie, ma per i biglietti mancano altri 30'],
    },
  },
  {
    id: 'pay-in-btc-amount-r18',
    phrases: [
      'pagamento|versamento|versa|versi|paga|paghi|invia|invii|manda|mandi|trasferisci|trasferisca ..3 # ..2 btc|bitcoin|usdt|eth|ethereum|crypto|cripto*|ltc',
      '@payment|twint|satispay ..2 da|di ..1 # ..4 ti_rido|ti_ridaro|ti_restituisco|cancello|elimino|cancellero|eliminero|restituisco',
    ],
    unless: [FRIENDLY, 'investiment*|investire|guadagn*|trading|exchange|borsa|corso'],
    examples: {
      match: ['effettua il pagamento di 0,02 BTC entro 48h', 'fammi un satispay da 80 e ti ridò le foto', 'versa 0.01 bitcoin a questo indirizzo'],
      ignore: ['ho comprato 50 euro di bitcoin come investimento', 'fammi un satispay da 8 per la pizza'],
    },
  },
  {
    id: 'cough-up-or-else-second-rata-r18',
    phrases: [
      'cacciare|caccia|cacci|caccia_fuori|sgancia|sganciare|sganci|tira_fuori|tirare_fuori|tiri_fuori|scuci|scucire ..2 soldi|i_soldi|la_grana|grana|piccioli|i_piccioli|#|euro|@payment|@money',
      'prima ..1 rata|tranche|parte|tappa ..5 ora|adesso|manca|manda|aspetto|voglio ..2 la_seconda|seconda|il_resto|l_altra|l_altro',
      'brava|bravo ..1 a_pagare|hai_pagato|per_aver_pagato ..4 ora|adesso ..3 il_bis|ancora|altri|altre|di_nuovo|un_altra|la_seconda|il_doppio',
    ],
    unless: [FRIENDLY, 'ahah*|haha*|lol|xd|mutuo|finanziament*|telefono_nuovo|iphone|macchina|moto|scooter|corso|iscrizione|tasse|universita|bolletta|condominio'],
    examples: {
      match: ['zio ti conviene cacciare i soldi, sennò sono cazzi tuoi', 'la prima rata l hai pagata, ora la seconda', 'sei stata brava a pagare, ora facciamo il bis', 'sgancia 100 euro su postepay'],
      ignore: ['caccia i soldi della pizza lol', 'la prima rata dell iphone l ho pagata, ora la seconda'],
    },
  },
  {
    id: 'hours-granted-for-payment-r18',
    phrases: [
      'concedo|concediamo|do|diamo|lascio|lasciamo|ha|hai|avete ..2 # ..1 ore|giorni|minuti|h ..2 per ..1 il_pagamento|pagare|effettuare_il_pagamento|il_bonifico|il_versamento|versare|la_ricarica',
    ],
    unless: [FRIENDLY, 'fattura|ordine|bolletta|prenotazione|iscrizione|rata|abbonamento|condominio|affitto'],
    examples: {
      match: ['Le concedo 72 ore per il pagamento.', 'hai 24 ore per pagare'],
      ignore: ['ha 48 ore per il pagamento della fattura', 'avete 3 giorni per pagare la quota della gita'],
    },
  },
  {
    id: 'fine-to-close-the-case-r18',
    phrases: [
      'per_chiudere|per_archiviare|chiudere|archiviare ..2 pratica|caso|fascicolo|procedimento|segnalazione|denuncia ..4 pagare|paga|versare|versi|multa|sanzione|ammenda|contributo|#',
      'per ..1 toglierle|toglierli|toglierlo|toglierla|rimuoverle|rimuoverli|rimuoverlo|cancellarle|cancellarli|cancellarlo ..3 servono|serve|costa|costano|chiedo|chiediamo|paghi|pagare ..2 #|soldi|euro|@payment',
    ],
    unless: [FRIENDLY, 'macchia|macchie|sfondo|peli|brufol*|tatuaggio|trucco|etichett*|virus|antivirus'],
    examples: {
      match: ['abbiamo trovato tue foto in un archivio, per chiudere la pratica serve pagare una multa', 'le tue foto sono già su un sito, per toglierle servono 200 euro'],
      ignore: ['per toglierle le macchie servono 10 euro di smacchiatore'],
    },
  },

  {
    id: 'another-amount-or-i-send-r20',
    phrases: [
      'altri|altre|ancora # [@currency|@money] ..2 entro|subito|o|oppure|senno|se_no ..4 giro|mando|@sharev|pubblico|video|foto|tutti',
    ],
    unless: [FRIENDLY],
    examples: {
      match: ['il video e ancora qui. altri 200 entro venerdi o lo giro a tua zia', 'ancora 100 euro subito o pubblico tutto'],
      ignore: ['altri 5 entro venerdi per la colletta o non ci sta il regalo'],
    },
  },

  {
    id: 'paid-once-now-again-r20',
    phrases: [
      'hai|avevi [gia] pagato ..6 ricominciamo|ricominciare|di_nuovo|un_altra_volta|altra_rata|seconda_rata|non_basta|non_bastano|altro_giro|ancora_una_volta',
      'i|quei|questi # [@currency|@money] ..1 non ..1 bastano|bastavano|sono_bastati|sono_abbastanza ..4 voglio|ne_voglio|servono|ne_servono|altri|ancora|mandami|paga',
    ],
    unless: [FRIENDLY],
    examples: {
      match: ['la settimana scorsa hai pagato, brava. adesso ricominciamo', 'i 100 euro non bastano, ne voglio altri 200'],
      ignore: ['hai pagato la pizza? ora tocca a me di nuovo', 'i 20 euro non bastano per il regalo, ne servono altri 10'],
    },
  },

  {
    id: 'pay-and-i-take-them-down-r20',
    phrases: [
      'paga|pagami|paghi|versa|manda_i_soldi ..2 e ..1 le|li|lo|la|il_video|le_foto ..1 tolgo|cancello|elimino|rimuovo|levo|faccio_sparire',
    ],
    unless: [FRIENDLY],
    examples: {
      match: ['le foto con la tua faccia su corpi nudi girano gia, paga e le tolgo', 'pagami e il video lo cancello'],
      ignore: ['paga la tua parte e ti tolgo dalla lista dei debiti della pizza'],
    },
  },
  {
    id: 'buy-the-card-at-the-shop-r21',
    phrases: [
      'vai|andare|corri|passa ..3 tabaccheria|tabacchi|edicola|supermercato|negozio|posta|ufficio_postale|autogrill|centro_commerciale ..6 compra|compri|prendi|prendere|comprare ..3 carta|carte|buono|buoni|paysafe*|gift*|google_play|steam|amazon|itunes|apple|psn',
      'compra|compri|prendi|prendere|comprare ..2 # ..1 carte|carta|buoni|buono|gift_card* ..3 google_play|steam|amazon|itunes|apple|playstation|psn|xbox|paysafe*',
    ],
    weight: 2,
    unless: ['pokemon|yugioh|magic|figurine|panini|calciatori|per_te|per_il_tuo_compleanno|regalo_per|per_tuo_fratello|per_tua_sorella|per_la_nonna|per_il_nonno|auguri|natale'],
    examples: {
      match: ['vai adesso in tabaccheria, compri 2 carte google play da 50', 'vai in tabaccheria, prendi una paysafecard da 100'],
      ignore: ['vai in tabaccheria e compra una carta amazon per il regalo per tuo fratello'],
    },
  },
  {
    id: 'scratch-the-code-send-photo-r21',
    phrases: [
      'gratta|gratti|grattare|grattala|grattale|scopri ..3 codice|codici|retro ..6 foto|pic|mandami|manda|invia|scrivimi|me_la_mandi|me_lo_mandi|mandamelo',
      'foto|pic ..3 del|dei|al ..1 codice|codici|retro ..3 della|delle|sulla ..1 carta|carte|ricarica|buono|buoni|paysafe*',
      'gratta|gratti|grattare ..3 paysafe*|carta|carte|buono|buoni|ricarica|google_play|steam|amazon ..6 foto|pic|codice|codici|mandami',
    ],
    weight: 3,
    unless: ['gratta_e_vinci|lotteria|vinto|vincita|biglietto_della_lotteria|nonno|nonna|tuo_fratello|tua_sorella|regalo_per'],
    examples: {
      match: ['gratti il codice, fai una foto nitida e me la mandi qui', 'gratta il codice e mandami la foto', 'gratta la paysafe e mandami una foto del codice'],
      ignore: ['ho grattato il gratta e vinci e ho vinto 5 euro, ti mando la foto'],
    },
  },
  {
    id: 'transfer-and-we-close-it-here-r25',
    phrases: [
      '@payment|bonifico*|ricarica ..4 # ..4 e ..1 la_chiudiamo_qui|la_chiudiamo|chiudiamo_qui|finisce_tutto|finisce_qui|sparisco|ti_lascio_in_pace|non_ti_scrivo_piu|tutto_resta_tra_noi|nessuno_sapra_niente',
      '# ..1 @currency|@money ..4 e ..1 la_chiudiamo_qui|la_chiudiamo|chiudiamo_qui|finisce_tutto|finisce_qui|sparisco|ti_lascio_in_pace|non_ti_scrivo_piu|nessuno_sapra_niente',
    ],
    unless: [FRIENDLY],
    examples: {
      match: ['un bonifico istantaneo di 200 e la chiudiamo qui', '100 euro e ti lascio in pace'],
      ignore: ['10 euro a testa per la pizza e la chiudiamo qui', 'ti ho mandato il bonifico di 50 per il biglietto, la chiudiamo qui'],
    },
  },
  {
    id: 'remove-it-if-you-pay-r27',
    phrases: [
      'lo|la|li|le ..1 tolgo|cancello|elimino|rimuovo|levo|togliero|cancellero|eliminero|rimuovero ..3 se|solo_se|quando|appena ..2 mi ..1 mandi|dai|paghi|versi|ricarichi|giri|compri|fai_un_bonifico|fai_una_ricarica',
      'se|solo_se|appena ..1 mi ..1 paghi|mandi|versi|ricarichi|giri ..4 lo|la|li|le ..1 tolgo|cancello|elimino|rimuovo|levo|togliero|cancellero|eliminero|rimuovero',
      'distrugg*|distrutt*|cancellat*|eliminat*|rimoss*|rimuover*|cancellare|eliminare ..4 materiale|immagini|foto|video|file|contenuti ..4 a_fronte_di|a_fronte_del|a_fronte_della|in_cambio_di|in_cambio_del|in_cambio_della|previo|dietro_pagamento ..3 pagamento|rimborso|versamento|compenso|somma|#|@payment',
      'materiale|immagini|foto|video|file|contenuti ..4 distrugg*|distrutt*|cancellat*|eliminat*|rimoss* ..4 a_fronte_di|a_fronte_del|a_fronte_della|in_cambio_di|in_cambio_del|in_cambio_della|previo|dopo_il_pagamento|dopo_il_versamento',
    ],
    weight: 3,
    unless: ['pizza|gelato|caffe|birra|ahah*|haha*|lol|xd|scherz*|lista|elenco|abbonamento|iscrizione|gruppo|squadra|prenotazione|ordine|spedizione|annuncio|inserzione'],
    examples: {
      match: ['la foto la tolgo solo se mi mandi 100 euro', 'se mi paghi stasera le cancello tutte', 'il materiale verrà distrutto a fronte del pagamento di 400 euro', 'le immagini saranno cancellate dai nostri archivi previo versamento della sanzione'],
      ignore: ['la foto la cancello se mi paghi la pizza ahah', 'se mi paghi la quota ti tolgo dalla lista', 'l annuncio lo tolgo appena mi paghi la bici', 'le foto le cancello appena le ho stampate'],
    },
  },
  {
    id: 'pay-again-more-r27',
    phrases: [
      'ora|adesso|stavolta|questa_volta ..3 mi ..1 mandi|dai|servono|devi|paghi|giri|ricarichi ..2 altri|ancora|di_nuovo|altrettanti ..2 #|@money|soldi|euro',
      'mi ..1 servono|devi|mandi|dai ..1 altri|ancora ..2 #|@money|soldi|euro ..4 senno|altrimenti|o|oppure|se_no|se_non',
      'hai ..1 pagato|pagata|mandato ..2 una_volta|gia|prima ..4 ora|adesso|quindi|e_ora ..3 paghi|pagherai|devi_pagare|rifai|di_nuovo|ancora',
    ],
    weight: 2,
    unless: ['pizza|gelato|cena|quota|colletta|regalo|biglietto|biglietti|concerto|affitto|bolletta|spesa|benzina|prestito|restituisc*|ridare|ridarmi|ridammi|mi_devi|debito|ahah*|haha*|lol|scherz*'],
    examples: {
      match: ['pensavi fosse finita? ora mi mandi altri 50 euro', 'mi servono altri 100 euro sennò ricomincio', 'hai pagato una volta, ora paghi di nuovo'],
      ignore: ['ora mi mandi altri 5 euro per la pizza', 'mi servono altri 20 euro per il regalo della prof o facciamo senza'],
    },
  },
  {
    id: 'photo-of-the-card-code-r27',
    phrases: [
      '@send|fammi|fai ..3 foto|codice|codici|scontrino|retro|pin ..4 gift_card|giftcard|carta_regalo|carte_regalo|buono|buoni|paysafe*|steam|google_play|amazon|apple|itunes|ricarica|psn|playstation_store',
      'gratta|gratti|grattare ..4 codice|codici|carta|card|buono ..4 @send|foto|manda|scrivimi|dimmi',
    ],
    weight: 2,
    unless: ['ordine|reso|rimborso|compleanno|regalo_per|per_il_regalo|per_la_nonna|per_mamma|negozio|cassa|assistenza|cliente'],
    examples: {
      match: ['mandami la foto dello scontrino della gift card', 'gratta il codice della paysafe e mandamelo in foto'],
      ignore: ['mandami la foto della gift card che la regaliamo per il compleanno di giulia', 'il codice del buono amazon non funziona, chiamo l assistenza'],
    },
  },
  {
    id: 'fee-to-remove-pictures-r27',
    phrases: [
      'rimuover*|cancellar*|eliminar*|togliere|toglierle|far_sparire|rimozione|cancellazione|eliminazione|cancella|rimuove|elimina|cancelliamo|rimuoviamo|eliminiamo|togliamo|facciamo_sparire ..4 foto|immagini|video|contenuti|materiale ..6 #|costo|costa|pagamento|tariffa|quota|versamento|@payment',
    ],
    weight: 2,
    unless: ['account|profilo|abbonamento|iscrizione|gratis|gratuit*|gratuitamente|senza_costi|non_costa|non_pagare|mai_pagare|polizia_postale|segnala|segnalazione|google|meta|garante'],
    examples: {
      match: ['per rimuovere le tue foto dai siti serve un pagamento di 200 euro', 'la rimozione delle immagini costa 150 euro con postepay'],
      ignore: ['la rimozione delle foto è gratuita, segnala il contenuto alla polizia postale', 'per cancellare il profilo e le foto non serve pagare niente'],
    },
  },
  {
    id: 'fee-to-close-the-case-r27',
    phrases: [
      'per ..1 archiviare|chiudere|estinguere|evitare|sospendere|annullare|bloccare ..3 caso|pratica|procedimento|denuncia|fascicolo|querela|segnalazione|procedura|indagine|arresto|conseguenze ..6 versi|versare|pagare|paghi|pagamento|sanzione|multa|ammenda|oblazione|#',
      'sanzione|multa|ammenda|oblazione ..4 di ..1 # ..6 immagini|materiale|foto|video|contenuti|denuncia|procedimento',
    ],
    unless: ['iscrizione|quota|tessera|abbonamento|rinnovo|mora|bolletta|condominio|tassa|tasse', 'non ..1 chiede|chiediamo|chiedera|richiede|richiediamo|chiedono', 'truffa|truffe|phishing|attenzione|diffida|tentativ*|parcheggio|divieto|autovelox|ztl|bollo|abbonamento|biglietto|controllore|treno|autobus'],
    examples: {
      match: ['per archiviare il caso versi 250 euro entro oggi', 'per evitare la denuncia deve pagare una sanzione di 300 euro'],
      ignore: ['per archiviare la pratica dell iscrizione serve versare 50 euro di quota', 'attenzione: la polizia non chiede mai di pagare per chiudere una denuncia, è una truffa', 'per evitare la multa in ztl paga entro 5 giorni'],
    },
  },
  {
    id: 'amount-on-this-card-r30',
    phrases: [
      '# ..1 @currency|@money ..2 su|sulla|sul|in|a|al ..1 questa|questo|sta|sto|mia|mio|la_mia|il_mio ..1 carta|conto|iban|postepay|prepagata|wallet|paypal|numero',
      'aspetto|aspetta|aspettando|attendo|pretendo|esigo ..2 # ..1 @currency|@money',
      'adesso|ora|subito|domani|stasera|tu ..1 mandi|invii|versi|paghi|ricarichi|mi_mandi|mi_versi|mi_dai ..2 # [@currency|@money]',
      '@payment ..2 # [@currency|@money] ..1 oggi|subito|ora|adesso|stasera|entro|muoviti|veloce',
      '# [@currency|@money] ..1 subito|adesso|ora|stasera|oggi ..3 e ..1 il_resto|l_altra_meta|la_meta|gli_altri|le_altre|l_altro',
    ],
    unless: ['ho_versato|ho_pagato|ti_ho_mandato|ti_ho_dato|ti_ho_fatto|ho_ricevuto|abbiamo_pagato|rimborso|rimborsat*|stipendio|paghetta|risparmi*|affitto|bolletta|bollette|quota|iscrizion*|palestra|corso|biglietto|biglietti|spesa|regalo|colletta|pizza|cena|pranzo|benzina|treno|a_testa|ciascuno|ognuno|ahah*|lol|haha*|xd'],
    examples: {
      match: ['uno che aspetta 300 euro su questa carta. hai tempo fino a lunedì', 'adesso mandi 250 euro al mio amico', 'Satispay, 200€. oggi.', 'allora 150 subito e il resto la settimana prossima'],
      ignore: ['ho versato 300 euro su questo conto per l affitto', 'aspetto 12 euro a testa per la pizza', 'satispay 20 euro oggi per il regalo della prof'],
    },
  },
  {
    id: 'hand-over-your-account-r30',
    phrases: [
      'dammi|mi_dai|mi_dia|passami|mandami|voglio|ridammi ..3 tuo|tua|il_tuo ..1 account|profilo ..6 password|credenziali|pass|email_e_password|mail_e_password|codice',
    ],
    unless: ['netflix|disney|spotify|prime|dazn|sky|per_vedere|wifi|compiti|classroom|registro|scuola|mamma|papa|ahah*|lol|haha*|xd'],
    examples: {
      match: ['ora mi dai il tuo account fortnite con tutte le skin, email e password', 'dammi il tuo account e la password, subito'],
      ignore: ['mi dai il tuo account netflix? la password non va', 'passami il tuo account di classroom e la password che vedo i compiti'],
    },
  },
  {
    id: 'give-me-money-dialect-r31',
    phrases: [
      'daje|dajie|daie|damme|dammi|mannami|manname|mi_dai|me_dai ..3 # [@currency|@money] ..3 cu|co|con|su|in|tramite|via|ncopp|ncoppa ..1 @payment',
      'o|mo|mo_o ..1 me|mi ..1 daje|dajie|daie|damme|manne ..3 # @currency|@money|sorde|sord|sordi',
    ],
    unless: ['ti_do|ti_pago|pago|pago_io|ti_passo|te_li_do|te_li_passo|ti_regalo|ricevi|riceverai|guadagni|guadagnerai', FRIENDLY, 'mi_devi|mi_dovevi|ridammi|ridarmi|rimbors*|prezzo|costa|costano|spedizion*|consegna|sconto|paghetta|mancia|pizza|cena|pranzo|regalo|biglietto|biglietti|quota|colletta|ahah*|haha*|lol|xd'],
    examples: {
      match: ['damme 300 euro cu paypal, subito', "o me daje 150 sorde o è peggio pe te"],
      ignore: ['damme 10 euro cu satispay pe la pizza', 'mi dai 20 euro con paypal per il regalo di giulia?'],
    },
  },
  {
    id: 'do-the-payment-now-r34',
    phrases: [
      'fare|fai|fa|fammi|mi_fai|mi_fa ..2 pagamento|bonifico|ricarica|versamento ..2 subito|ora|adesso|stasera|entro|oggi|immediatamente ..2 # ..1 @money',
      'fare|fai|fammi|mi_fai|pagare|paga|paghi ..2 pagamento|bonifico|ricarica|versamento ..1 # ..1 @money ..2 subito|ora|adesso|stasera|entro|oggi',
      'mi|me ..1 mandi|mandate|fai|fate ..1 la|una|sta|questa ..1 ricarica ..1 o_no|si_o_no|o_cosa',
      'pagami|paga|paghi ..1 ora|subito|adesso|immediatamente|stasera',
    ],
    unless: ['bolletta|bollette|affitto|condominio|spesa|ordine|ordini|pacco|negozio|carrello|checkout|sito|abbonamento|iscrizione|gita|mensa|scuola|palestra|corso|biglietto|biglietti|pizza|cena|pranzo|conto|ristorante|bar|amazon|ebay|vinted|subito_it|cassa|tasse|multa|mutuo|rata|rate|parcheggio|ticket|medico|dentista|dottore|ricevi|spedizione|cliente|clienti|offerta|sconto|promo|spesa|negozio|compro|comprare|vendita|vendo|prezzo|nonna|nonno|mamma|papa|zio|zia|ahah*|haha*|lol|xd'],
    examples: {
      match: ['devi fare pagamento subito 300 euro', 'allora mi mandi la ricarica o no', 'paga ora', 'pagami subito se non vuoi problemi'],
      ignore: ['paga ora con carta e ricevi domani', 'fai il bonifico subito 300 euro per l affitto', 'mamma mi fai la ricarica o no?', 'paga subito il conto al bar'],
    },
  },
] satisfies PatternEntry[];
