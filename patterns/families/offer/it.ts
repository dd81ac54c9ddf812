import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'money-for-pics',
    phrases: [
      'ti do|darei|pago|regalo|mando|ricarico|faccio_una_ricarica|passo|offro ..3 #|soldi|@currency|@gamecur|@payment|ricarica|gift_card*|carta_regalo ..6 se|per|x|in_cambio ..3 @photo|@video|nudes|selfie|mandi|fai_vedere|foto',
      'ti pago|pagherei|pago ..3 se ..3 @photo|@video|nudes|fai_vedere|selfie',
      'ti pago|pagherei|pago ..3 per|x ..2 @photo|@video|nudes|selfie|vederti|una_foto|un_video',
      'quanto vuoi|chiedi|prendi per ..3 @photo|@video|nudes|selfie|foto|farti_vedere|spogliarti|mostrarti|@cam',
      'te li|le|lo|la regalo|do|mando|ricarico ..3 se ..3 @photo|@video|nudes|fai_vedere|selfie',
      'in cambio ..2 di ..2 @photo|@video|nudes|foto|selfie',
      'in cambio ..2 qualche|una|un|delle|dei|alcune|poche|tue|tua|tuoi ..2 @photo|@video|nudes|selfie|fotine',
      '@photo|@video|nudes ..2 pagat*|a_pagamento|per_soldi',
      '@photo|@video|nudes|selfie ..4 e te li|le|lo|la regalo|do|ricarico|compro|mando', 'ti ..1 do|darei|pago|regalo|mando|ricarico|offro|faccio ..3 #|soldi|@currency|@gamecur|@payment|ricarica ..6 se|per|x ..3 accendi|accendere|cam|webcam|@cam|videochiamat*|live|ti_fai_vedere|farti_vedere|ti_spogli|spogliarti|ti_mostri|mostrarti'],
    weight: 3,
    unless: ['bici|vendi|vendo|usato|prodotto|annuncio|spedizione|vinted|subito_it|compit*|appunti|esercizi|progetto|viaggio|vacanz*|matrimonio|battesimo|comunione|cresima|cerimonia|evento|festa|compleanno|gita|servizio_fotografico|fotografo|fotografa|shooting|book|locale|ristorante|casa|appartamento|stanza|auto|macchina|moto|prodotti|menu|catalogo|sito|logo|paesaggi*|tramonto|cane|gatto|cagnolino|gattino|animal*|scherzo|scherzando|ahah*|haha*|lol|profilo|reflex|fotocamera|macchina_fotografica|professional*|portfolio|linkedin', 'lezione|riunione|classroom|meet|interrogazione'],
    examples: {
      match: ['ti faccio la ricarica, in cambio qualche foto tua', 'quanto vuoi per qualche foto tua? pago in ricariche', 'ti do 50 euro su postepay se mi mandi una foto', 'ti pago per delle foto', 'te li regalo se mi mandi una foto', 'quanto vuoi per una foto?', 'quanto vuoi per farti vedere in cam?', 'ti do 1000 robux per un video', 'ti do 2000 v-buck se accendi la cam 5 min', 'ti regalo 50 euro di ricarica se ti fai vedere in videochiamata'],
      ignore: ['ti presto la bici, in cambio mi mandi qualche foto del viaggio', 'ti do 20 euro per la pizza', 'ti pago il biglietto del cinema', 'ti do il libro domani', 'quanto vuoi per le foto del matrimonio di mia sorella?', 'ti pago per le foto della festa, sei un fotografo bravissimo', 'quanto vuoi per le foto del tuo cane? scherzo', 'ti pago per una foto profilo professionale, sei bravissima con la reflex', 'ti do 5 euro se accendi la cam per la lezione di domani'],
    },
  },
  {
    id: 'gifts-and-currency',
    phrases: [
      'ti do|darei|regalo|regalerei|ricarico|ricaricherei|compro|comprerei|prendo|offro|mando|passo ..2 #|soldi|@currency|@gamecur|ricarica|ricariche|buono|buoni|gift_card*|carta_regalo|iphone|telefono|cellulare|scarpe|vestiti|borsa|trucchi|regal*|abbonamento|nitro|pass|skin|paysafe*|cuffie|airpods|auricolari|ps5|playstation|console|tablet|ipad|profumo|gioielli|collana|orologio',
      'ti faccio|faro ..1 ricarica|ricariche|bonifico|regalo|regalino|regalone',
      'ti pago ..2 ricarica|ricariche|abbonamento|skin|pass|nitro|@gamecur',
      'ti faccio|posso_farti|ti_posso_far guadagnare|fare_soldi',
      'ti ricarico|ricaricherei|faccio_la_ricarica ..2 telefono|cell|cellulare|credito|sim|account',
      'ti compro|regalo|prendo ..3 che|quello_che|quella_che|quelle_che|quelli_che ..2 volevi|vuoi|ti_piacciono|ti_piace',
      'vuoi|ti_servono|serve ..3 #|soldi|@gamecur ..2 gratis|facili|veloce*|subito',
      'soldi|guadagno|guadagni|guadagnare ..1 facili|facile|veloci|velocemente|senza_fare_niente',
      'vuoi ..1 guadagnare|fare_soldi',
      'ti pago|pagherei ..1 di_piu|il_doppio|extra',
      'vuoi|vorresti|ti_servono|ti_servirebbero|ti_interessano|ti_vanno ..2 @gamecur|vbucks|robux',
      'posso|potrei|voglio|vorrei ..1 farti|regalarti|comprarti|mandarti|offrirti ..2 regal*|regalino|ricarica|ricariche|pensierino|soldi|@gamecur|buono|gift_card*',
      'ti ..1 faccio|faro|mando|do ..1 un ..1 regalino|pensierino',
    ],
    weight: 1,
    unless: ['pizza|biglietto|cinema|compleanno|natale|libro|pranzo|cena|bus|treno|prestito|mi_devi|ti_devo|restituisco|rido|indietro|sconto|negozio|vendo|vendi', '# ..1 minut*|min|ore|ora|secondi|sec|giorni|mesi|settimane|volte|punti|km|metri', 'stai_zitto|stai_zitta|stai_muto|stai_muta|non_dici_niente|non_dire_niente|vaso', 'gita|nonno|nonna|zia|zio|paghetta|mancia|auguri', 'scammato|scammata|scammati|mi_hanno_scammato|non_scammo|non_ti_scammo|trade|trado|tradiamo', 'gli_altri #|il_resto|l_altra_meta|la_seconda_meta|commission*|ricevut*', 'se_vinci|torneo|scommessa|se_perdi|regalo_di|per_il_regalo|il_regalo_per|colletta|quota|cassa_comune'],
    examples: {
      match: ['ti ricarico il telefono se mi dai il tuo whatsapp', 'ti compro le scarpe che volevi', 'bro vuoi 2000 robux gratis?', 'ti regalo 1000 vbucks', 'se vieni a casa mia ti regalo le cuffie nuove', 'ti faccio la ricarica del telefono', 'soldi facili', 'vuoi robux? ne ho tantissimi', 'poi una in costume, ti pago di piu', 'ti serve una ricarica? posso farti un regalino', 'vorrei regalarti dei vbucks'],
      ignore: ['ti do 20 euro per la pizza', 'ti do indietro i soldi domani', 'ti compro il biglietto del cinema', 'ti pago il doppio la pizza la prossima volta', 'Ti do 10 minuti per decidere.', 'ti do 5 euro e stai zitto sul vaso', 'ti mando 20 euro su postepay per la gita, non dirlo alla mamma che si arrabbia ahah', "ti passo io la skin, tu mandami prima i 500 robux che l'altra volta mi hanno scammato", 'manda prima tu la skin poi io ti passo i robux, giuro che non scammo'],
    },
  },
  {
    id: 'modelling-agency',
    phrases: [
      'agenzia|agenzie di ..1 moda|modelle|modelli|modeling|modelling|casting|talenti|spettacolo',
      'talent scout',
      'scout|scouting|fotografo|fotografa|agente ..3 moda|modell*|agenzia|brand|casting',
      'servizio|servizi|shooting|shoot|book ..1 fotografic*|foto ..3 pagat*|retribuit*|#|soldi|euro|gratis',
      'diventare|fare_la|fare_il|fare ..1 modella|modello|fotomodella|influencer|testimonial',
      'cerchiamo|cerco|selezioniamo ..3 modelle|modelli|ragazze|ragazzi|volti|talenti ..3 #|pagat*|retribuit*|eta|anni|giovani',
      'contratto|contratti ..3 modella|modello|modelle|agenzia|moda|fotomodella',
      'fare|facciamo|possiamo_fare|ti_faccio|ti_propongo ..2 servizio|servizi|shooting|book ..1 fotografic*|foto',
      'potresti|puoi fare ..1 la|il ..1 modella|modello|fotomodella',
      'compenso|cachet|retribuzione ..3 #|@currency ..6 book|shooting|servizio|scatti|foto|modell*|firmiamo|contratto|non_dirlo|tra_noi',
      'responsabile|direttore|direttrice|agente|selezionatore|selezionatrice ..2 casting|scouting|talenti|modelle|modelli',
      'casting|provino|provini ..6 intimo|costume|bikini|videochiamata_privata|in_privato|non_devono_saperlo|tra_noi|foto_in|book_fotografico',
      'ho|lavoro_per|lavoro_in|collaboro_con ..2 un_agenzia|agenzia ..6 foto|book|casting|modell*|costume|intimo|catalogo|servizio',
    ],
    examples: {
      match: ["salve, sono una talent scout di un'agenzia di moda", 'servizio fotografico pagato 500€', 'potresti fare la modella', 'cerchiamo ragazze tra 13 e 17 anni per un servizio pagato', 'sono un fotografo di moda', 'Buongiorno, sono il responsabile casting di una nota agenzia', 'per il provino ci servono foto in intimo', 'Il compenso è di 300 euro, ma non dirlo ai tuoi finché non firmiamo il contratto', 'ho un agenzia, mi servono foto in costume per il catalogo'],
      ignore: ['il provino per la squadra è sabato, porta le scarpe', 'la moda di quest anno è strana', 'mia sorella vuole fare la parrucchiera', 'il compenso è di 300 euro per le ripetizioni di matematica'],
    },
  },
  {
    id: 'pay-your-trip-to-me',
    phrases: [
      'ti ..1 pago|mando|do|compro|regalo|offro ..4 biglietto|biglietti|treno|bus|pullman|viaggio|taxi|uber|benzina ..4 se ..1 vieni|venissi|passi|mi_raggiungi',
      'ti ..1 pago|compro|regalo|offro ..3 biglietto|treno|bus|pullman|viaggio|taxi|uber ..3 per ..1 venire ..2 da_me|a_trovarmi|a_casa_mia|qui', 'ti ..1 pago|compro|regalo|offro ..2 io ..2 biglietto|treno|bus|pullman|viaggio|taxi ..6 ti_aspetto|ti_vengo_a_prendere|ti_prendo_io|vieni_da_me|ci_vediamo'],
    unless: ['concerto|partita|gita|cinema|festa|compleanno|matrimonio|mi_ridai|rido|ridai|scuola|esame|nonna|nonno|zia|zio'],
    examples: {
      match: ['ti mando i soldi per il biglietto del treno se vieni da me', 'ti pago il treno per venire da me', 'prendi il treno domenica, ti pago io il biglietto, ti aspetto in stazione'],
      ignore: ['ti pago il biglietto del concerto se vieni', 'ti do i soldi per il bus se vieni a scuola domani', 'ti pago io il biglietto del concerto, ti aspetto in stazione'],
    },
  },
  {
    id: 'sugar-daddy',
    phrases: [
      'sugar_baby|sugar_daddy|sugardaddy|sugarbaby|sugar_mommy',
      // "mantenuta" alone is also a kept promise: only as what someone offers to make you.
      'diventa|diventare|essere|fare ..2 mia|mio|la_mia|il_mio ..1 mantenuta|mantenuto',
      'ti ..1 mando|do|pago|verso|ricarico ..3 # ..3 settimana|mese|giorno ..4 se ..2 diventi|carina|gentile|compagnia|mandi|esci',
    ],
    weight: 3,
    unless: ['paghetta|stipendio|lavoro|ripetizion*|babysitter|baby_sitter|affitto|nonna|nonno|papa|mamma|zio|zia|ahah*|lol'],
    examples: {
      match: ['vuoi diventare la mia mantenuta?', 'ti mando 50 euro a settimana se diventi la mia sugar baby', 'ti do 100 euro al mese se sei carina con me'],
      ignore: ['nessuno ha mai detto che la promessa sia stata mantenuta', 'ti do 10 euro a settimana di paghetta se studi', 'ti pago 20 euro al giorno per fare la babysitter', 'ti do 5 euro al giorno se mi aiuti con i compiti'],
    },
  },
  {
    id: 'drugs-alcohol',
    phrases: [
      'ti porto|offro|do|regalo|passo|compro|procuro ..2 erba|canna|canne|fumo|alcol|alcool|vodka|birra|birre|sigarette|svapo|pod|sigaretta_elettronica|pasticche|droga',
      'vuoi ..2 fumare|bere|provare ..2 erba|canna|fumo|alcol|vodka|pasticche|droga',
    ],
    examples: {
      match: ['ti porto da bere e da fumare se vieni, ti porto una canna', 'ti procuro le sigarette', 'vuoi provare una canna?'],
      ignore: ['la birra è finita', 'ho smesso di fumare'],
    },
  },
  {
    id: 'send-pics-then-gift-r38',
    phrases: [
      '@send ..3 @photo|@video|foto|video|selfie ..6 io|ti ..1 regalo|regalero|compro|comprero|do|daro|ricarico|ricarichero ..2 iphone|telefono|cellulare|airpods|ps5|playstation|soldi|ricarica|abbonamento|#|@gamecur|@currency|@money',
    ],
    unless: ['compit*|appunti|esercizi|scontrino|ricevuta|iban|documento|biglietto|vinted|annuncio|usato|vendo|vendi|spedizione|prodotto|torta|gita|compleanno|natale|auguri|nonna|nonno|matrimonio|festa|lavoro|cliente|curriculum'],
    examples: {
      match: ['manda foto tua, io regalo iphone', 'mandami un video e ti compro le airpods', 'mandami qualche selfie ti ricarico 20 euro'],
      ignore: ['mandami la foto dello scontrino, ti do i soldi', 'manda la foto del compito e ti do 5 euro', 'mandami le foto della bici che vendi, ti do 100 euro'],
    },
  },
  {
    id: 'money-for-some-pics',
    phrases: [
      'ricarica|ricariche|soldi|euro|@currency|@gamecur|@payment ..3 per|x|in_cambio_di|in_cambio ..3 qualche|una|un|delle|dei|alcune|due|tre|poche|# ..1 @photo|@video|fotine|nudes|selfie',
      'euro|@currency|@gamecur ..1 a|per|x|ogni ..1 foto|video|fotina|selfie|nudes',
      'guadagnare|soldi ..6 solo|soltanto|basta|bastano ..2 qualche|una|delle|due|poche ..1 @photo|@video|foto',
      'guadagnare|guadagni|guadagnando ..3 facendo|fai|con|mandando|mandandomi ..2 qualche|delle|una|alcune|due ..1 @photo|@video|foto|selfie',
      '@gamecur|@currency|soldi|euro|ricarica ..6 basta|bastano|solo|soltanto ..1 un|una|qualche|due|delle ..1 @photo|@video|selfie|foto',
      'ti ..1 regalo|do|pago|compro|offro|faccio ..3 netflix|spotify|disney*|abbonamento|nitro|iphone|airpods ..4 se ..1 mi',
      'ti ..1 regalo|do|pago|compro|offro|ricarico|faccio ..3 se ..1 mi ..1 fai_vedere|mandi|mostri|fai ..1 [vedere]', 'ti ..1 ricarico|regalo|do|pago|compro|faccio ..6 mi ..1 mandi|fai_vedere|mostri ..2 qualcosa|qualcosina ..2 di_carino|di_bello|di_speciale|di_sexy|di_piccante|di_tuo|in_cambio', 'se ..1 mi ..1 mandi|fai_vedere|invii|mostri ..3 @photo|@video|foto|video|selfie|una|qualche ..4 ti ..1 regalo|do|pago|compro|ricarico|faccio_avere|mando ..3 #|@gamecur|@currency|soldi|pass|skin|ricarica|buono|iphone|abbonamento|battle_pass|pass_battaglia|nitro'],
    weight: 3,
    unless: ['bici|vendi|vendo|usato|prodotto|annuncio|spedizione|vinted|subito_it|compit*|appunti|esercizi|progetto|verifica|orario|pagina|pagine|libro|quaderno|scheda|tesserino|documento|stampa|stampare|stampe|stampat*|cantante|idolo|autografo|calciatore|attore|attrice|sviluppo|sviluppare|album|fotografo|gita|matrimonio|festa|ritocc*|montaggio|modificare|editare|scontorn*', 'compleanno|nonna|nonno|natale|auguri|regalo_per|per_il_compleanno'],
    examples: {
      match: ['ti piacerebbe guadagnare facendo qualche foto? ti pago bene', 'vuoi 1000 robux? basta un video', '50 euro su paysafecard, in cambio solo qualche foto carina per me', 'ti faccio una ricarica da 50 euro per qualche foto, niente di che', '1000 robux per due foto', 'ti do 20 euro a foto', 'vuoi guadagnare soldi facili? solo qualche foto', 'ti regalo netflix se mi fai vedere', 'ti pago la ricarica se mi fai vedere', 'ti ricarico il telefono, tu però mi mandi qualcosa di carino', 'se mi mandi una foto ti regalo il pass battaglia'],
      ignore: ['ti do 5 euro per una foto della tua verifica', '10 euro per stampare qualche foto', 'vendo la bici, 50 euro, ti mando qualche foto', 'ti ricarico il telefono, tu però mi mandi qualcosa di carino per il compleanno di nonna'],
    },
  },
  {
    id: 'money-to-meet',
    phrases: [
      'ti ..1 do|daro|pago|paghero|regalo|offro|compro|ricarico ..4 se ..1 vieni|esci|ci_vediamo|ci_incontriamo|mi_raggiungi|sali|passi_da_me|vieni_da_me|mi_vedi|mi_incontri',
      'ti_porto|ti_ho_comprato|ti_ho_preso|ho_un ..2 regalo|regalino|pensierino|sorpresa ..6 vieni|venire|passare|prenderlo|prenderla|ci_troviamo|ci_vediamo|vediamoci|da_me',
    ],
    weight: 2,
    unless: ['supermercato|spesa|negozio|centro_commerciale|pizza|cinema|bus|autobus|treno|gita|festa|compleanno|a_scuola|studiare|compit*|nonna|nonno|mamma|papa|zia|zio|calcetto|partita|allenamento|concerto|lavoro|turno|babysitter|baby_sitter|ripetizion*|trasloco|aiutarmi|mi_aiuti|benzina|passaggio|ahah*|lol|haha*'],
    examples: {
      match: ['ti ho comprato un regalo, devi venire a prenderlo da me', 'ti porto un regalo, ci troviamo al parco dopo scuola?', 'ti do 100 euro se vieni con me a fare un giro', 'ti regalo le cuffie se ci vediamo sabato'],
      ignore: ['ti do 5 euro se vieni a giocare a calcetto', 'ti pago la pizza se vieni stasera', 'ti do 5 euro se vieni con me al supermercato', 'ti do 20 euro se vieni ad aiutarmi col trasloco'],
    },
  },
  {
    id: 'anything-you-want',
    phrases: [
      'ti ..1 posso|potrei|voglio|vorrei ..1 comprare|regalare|dare|prendere ..2 quello_che_vuoi|tutto_quello_che_vuoi|qualsiasi_cosa|cio_che_vuoi|tutto_cio_che_vuoi|quello_che_desideri',
      'basta_che|se_solo|se ..1 sei|fai_la|fai_il|sarai ..1 carina|gentile|brava|buona|dolce|carino|affettuosa ..2 con_me',
    ],
    weight: 2,
    unless: ['compleanno|natale|nonna|nonno|mamma|papa|zia|zio|voto|voti|promoss*|pagella|ahah*|lol|haha*|cucino|cena|pranzo|menu|ristorante|bar|negozio'],
    examples: {
      match: ['ti potrei comprare qualsiasi cosa', 'ti posso comprare quello che vuoi, basta che sei carina con me', 'ti regalo un iphone se sei gentile con me'],
      ignore: ['per natale ti posso regalare quello che vuoi', 'per il compleanno ti posso regalare quello che vuoi', 'ti posso prendere quello che vuoi al bar'],
    },
  },
{
    id: 'casting-call',
    phrases: [
      'cerchiamo|cerco|selezioniamo|stiamo_cercando|sto_cercando|cerca ..2 volti|nuovi_volti|volti_nuovi|facce_nuove|modelle|modelli|ragazze|ragazzi|giovani_talenti ..5 servizio|servizi|shooting|shoot|book|campagna|casting|catalogo|sfilata|brand|marchio|spot|pubblicita',
      'agenzia|agency ..3 model*|moda|fashion|casting|talent*|modeling|modelling',
      'sono ..1 un|una ..1 fotografo|fotografa|agente|scout ..3 e ..3 cerco|cerchiamo|mi_servono|ci_servono|vorrei',
    ],
    unless: ['volontar*|mensa|civile|squadra|allenament*|lavoro_estivo|cameriere|cameriera|tirocinio|classe|progetto|giornalino|viaggi|immobiliare|assicurazion*|interinale|lavoro_interinale|bancone|negozio'],
    examples: {
      match: ['ciao sono Giulia dell agenzia StarModels, cerchiamo volti nuovi per un servizio fotografico', 'stiamo cercando ragazze per una campagna di un brand di costumi', 'selezioniamo nuovi volti per il catalogo', 'sono un fotografo e cerco ragazze per un book'],
      ignore: ['cerchiamo ragazzi volontari per il servizio mensa', 'l agenzia viaggi ha chiamato', 'cerchiamo ragazze per la squadra di pallavolo, servizio navetta incluso'],
    },
  },
{
    id: 'fame-for-pics',
    phrases: [
      'farti|ti_faccio|ti_farei|ti_faro|posso_farti|potrei_farti ..1 diventare ..1 famosa|famoso|modella|modello|influencer|una_star|una_modella ..6 foto|book|video|scatti|selfie|mi_servono|mandami',
      'mi|ci ..1 servono|bastano|basta|serve ..1 solo|soltanto|giusto ..1 qualche|due|tre|delle|alcune|un_paio_di ..1 foto|scatti|video|selfie ..4 tue|tuoi|di_te|in_costume|in_intimo|per_il_book|per_il_provino|per_il_casting|per_il_profilo|per_l_agenzia',
    ],
    weight: 3,
    unless: ['compit*|verifica|esercizi|pagina|libro|tesserino|documento|iscrizion*|gita|festa|compleanno|matrimonio|squadra|annuario|giornalino|progetto|ricerca|cane|gatto|prodotto|vendere|vinted|annuncio|canzone|cover|canale|ahah*|lol|haha*'],
    examples: {
      match: ['lo sai che potrei farti diventare famosa? mi servono solo qualche foto', 'ci servono solo due foto tue in costume per il book'],
      ignore: ['mi servono solo due foto per il tesserino della squadra', 'ti faccio diventare famosa con le tue cover, mi servono solo due video per il canale'],
    },
  },
{
    id: 'lingerie-shoot',
    phrases: ['servizio|servizi|shooting|shoot|book|foto|scatti|casting|provino ..2 in ..1 lingerie|intimo|biancheria|bikini|topless|costume|mutande|reggiseno|accappatoio'],
    weight: 3,
    unless: ['negozio|catalogo_online|sito|vinted|vendo|vendi|taglia|prezzo|sconto|saldi|recensione|brand_di_mia|mia_madre|mia_sorella|mamma|papa|gara|nuoto|piscina|squadra|gita|mare|spiaggia|vacanz*|carnevale|recita|ahah*|lol|haha*'],
    examples: { match: ['sto cercando ragazze per un servizio in lingerie, pagato bene', 'ti va di fare un book in intimo? ti pago'], ignore: ['mia sorella ha fatto uno shooting in costume per il negozio di mamma', 'foto in costume della gita al mare'] },
  },
  {
    id: 'gift-if-you-do-something-r9',
    phrases: [
      'regalo|do|ricarico|mando|passo|faccio ..3 # ..3 se ..2 fai|mi_fai|farai ..1 una_cosa|qualcosa|un_favore|quello_che',
      'te|ti ..1 ne ..1 regalo|do|ricarico|mando ..1 # ..3 se',
      'ricarico|ricarica|pago|regalo|faccio_una_ricarica ..5 basta|in_cambio|in_cambio_di ..3 @photo|@video|foto|video|pic|selfie',
    ],
    weight: 2,
    unless: ['compit*|esercizi*|verifica|appunti|spesa|lavastoviglie|camera|stanza|pulire|cane|gatto|pizza|caffe|scarpe|felpa|spada|skin_in_cambio|scambio|trade|pagella|voti|ahah*|lol|haha*'],
    examples: {
      match: ['te ne regalo 2800 se fai una cosa per me', 'ti ricarico 1000 robux se mi fai un favore', 'se vuoi ti ricarico la postepay, basta una foto'],
      ignore: ['ti do 5 euro se mi fai gli esercizi ahah', 'ti do 10 euro se porti fuori il cane'],
    },
  },
  {
    id: 'earn-with-your-videos-r9',
    phrases: [
      'guadagnare|guadagni|guadagnerai|fare_soldi|monetizzare ..3 con ..1 tuoi|tue|le_tue|i_tuoi|il_tuo|la_tua ..1 video|foto|contenuti|profilo|corpo|immagine|account',
      'agenzia|agency|management ..6 creator|influencer|modell*|talenti ..6 guadagn*|pagat*|compens*|contratto|soldi|@money|#',
    ],
    weight: 2,
    unless: ['corso|scuola|lezione|articolo|notizia|documentario|truffa|truffe|scam|attenzione|occhio|non_fidarti|tasse|partita_iva|commercialista'],
    examples: {
      match: ['Ciao, lavoro per un agenzia che gestisce creator su tiktok. ti andrebbe di guadagnare con i tuoi video?', 'puoi guadagnare tanto con le tue foto'],
      ignore: ['occhio, le agenzie che ti scrivono per guadagnare con i tuoi video sono spesso truffe', 'a scuola abbiamo fatto un corso su come guadagnare con i tuoi video'],
    },
  },
  {
    id: 'come-to-me-i-pay-r10',
    phrases: [
      'se ..1 vieni|venissi|passi|resti|dormi ..4 ti ..1 pago|compro|regalo|offro ..2 il|la|le|un|una ..1 treno|biglietto|viaggio|taxi|hotel|benzina|scarpe|vestit*|borsa|telefono|iphone|cuffie|trucchi|play|ps5',
      'ti ..1 pago|compro|regalo ..6 basta_che|purche|se ..2 resti|rimani|dormi|stai ..2 da_me|con_me|a_dormire|la_notte',
    ],
    unless: ['compleanno|festa|nonna|nonno|zia|zio|mamma|papa|pizza|matrimonio|cerimonia|gita|squadra|torneo|partita'],
    examples: {
      match: ['se vieni a trovarmi a milano ti pago il treno e ti compro le scarpe che volevi, basta che resti a dormire da me'],
      ignore: ['se vieni al mio compleanno ti pago il treno, dai', 'se passi ti offro la pizza'],
    },
  },
  {
    id: 'make-you-famous-agency-contacts-r11',
    phrases: [
      'ti ..1 faccio|faro|posso_far ..1 diventare ..1 famosa|famoso|modella|modello|influencer|una_star|una_modella ..6 agenzi*|contatti|casting|book|servizi|brand|sponsor',
      'ho ..1 contatti|conoscenze|agganci ..2 con|in ..2 agenzi*|casting|moda|brand ..6 ti|posso|potrei ..2 far|fare|portare|lanciare',
    ],
    unless: ['ahah*|lol|haha*|scherzo|scuola_di|corso|accademia|iscrizione|curriculum|cv|colloquio|stage|tirocinio|prof|orientamento'],
    examples: {
      match: ['ti faccio diventare famosa, ho contatti con le agenzie', 'ho contatti con agenzie di moda, ti posso lanciare'],
      ignore: ['ti faccio diventare famosa con il corso di recitazione della scuola, ho contatti con l accademia'],
    },
  },
  {
    id: 'paid-shoot-r12',
    phrases: [
      'compenso|cachet|pagamento|rimborso|retribuzione ..4 shooting|servizio_fotografico|servizio|book|set|campagna|scatti|posa',
      'shooting|servizio_fotografico|book|set_fotografico|campagna|scatti ..4 pagat*|retribuit*|compenso|cachet|#_euro|euro',
    ],
    unless: ['matrimonio|battesimo|comunione|cresima|laurea|fotografo_di_famiglia|annuncio_di_lavoro|curriculum|cv|partita_iva|fattura|diciottenn*|maggiorenn*|18_anni|mamma|papa|genitori_presenti|con_i_tuoi_genitori|ahah*|lol'],
    examples: {
      match: ['il compenso per il primo shooting e di 400 euro', 'lo shooting e pagato 300 euro, solo qualche scatto in camera', 'book fotografico retribuito per ragazze'],
      ignore: ['il fotografo del matrimonio chiede un compenso di 800 euro', 'shooting pagato solo per maggiorenni, serve la partita iva'],
    },
  },
  {
    id: 'gifted-you-skin-r13',
    phrases: [
      'ti ..1 ho ..1 regalato|comprato|mandato|passato ..2 @gamecur|skin|skins|vbucks|robux|sub|abbonamento|nitro|pass',
    ],
    weight: 2,
    unless: ['compleanno|natale|auguri|befana|promesso|scommessa|pareggiamo|ridai|ridammi|debito|dovevo|dovevi|ahah*|haha*|lol'],
    examples: {
      match: ['ah ti ho regalato la skin, controlla', 'ti ho comprato il battle pass, non dirlo a nessuno'],
      ignore: ['ti ho regalato la skin per il compleanno', 'ti ho mandato i robux che ti dovevo'],
    },
  },
  {
    id: 'scout-academy-pass-vip-r14',
    phrases: [
      'meet_greet|meet_and_greet|backstage|fansign|fan_meeting|fanmeeting|pass_vip ..5 gratis|gratuito|gratuita|in_regalo|omaggio|in_omaggio|scelt*|selezion*',
      'farti|ti_faccio|ti_facciamo|vuole_farti ..1 entrare ..3 vip|staff|mod|moderatori|team|agenzia|cast',
      'saluto|shoutout|shout_out|dedica ..2 in_live|in_diretta|in_stream',
      'ti ..1 spedisco|regalo|mando|do ..2 pure|anche|gratis ..2 booster|bustine|carte|charizard|box|collezione',
    ],
    unless: ['iscrizion*|concorso_ufficiale|bando|graduatoria|segreteria|preside|modulo|isee|ahah*|lol|haha*|mamma|papa|compleanno|natale'],
    examples: {
      match: ['stiamo scegliendo 3 stay per il meet&greet a Milano, pass backstage gratis', 'lui ti ha notata, vuole farti entrare nei vip e magari farti un saluto in live', 'tranquilla è uno scambio, e poi ti spedisco pure un booster box'],
      ignore: ['la graduatoria della borsa di studio è uscita, i selezionati vanno in segreteria', 'mi hanno regalato due pass per il concerto, vieni?'],
    },
  },
  {
    id: 'scout-or-scholarship-pitch-r14',
    phrases: [
      'sono ..3 osservatore|osservatrice|scout|talent_scout|selezionatore|selezionatrice|talent ..5 accademia|squadra|club|serie_a|agenzia|societa|giovanili|academy',
      'selezionat*|candidat*|vincitric*|vincitore|assegnat* ..6 borsa_di_studio|borse_di_studio|contributo|premio_in_denaro|bonus',
    ],
    weight: 1,
    unless: ['iscrizion*|concorso_ufficiale|bando|graduatoria|segreteria|preside|modulo|isee|ahah*|lol|haha*|mamma|papa'],
    examples: {
      match: ["Sono osservatore per un'accademia calcio di serie A, ti ho visto nel video del torneo", 'Lei risulta tra i candidati selezionati per il contributo di 1.500 euro'],
      ignore: ['la graduatoria della borsa di studio è uscita, i selezionati vanno in segreteria'],
    },
  },
  {
    id: 'be-good-and-ill-take-you-r14',
    phrases: [
      'se ..1 fai ..1 la_brava|il_bravo|la_buona|il_buono|la_carina|il_carino ..4 ti ..1 porto|regalo|compro|do|faccio|ricarico|pago',
      'ti ..1 faccio|posso_far ..1 conoscere|incontrare ..4 ma_prima|prima|in_cambio|se_mi|basta_che',
    ],
    unless: ['compit*|studia|studiare|verifica|pagella|mamma|papa|nonna|nonno|zia|zio|ahah*|lol|haha*|cugin*|sorella|fratello|mio_amico|mia_amica|cena|pranzo'],
    examples: {
      match: ['se fai la brava ti porto al concerto di Anna', 'ti faccio conoscere Sfera, ma prima una foto', 'se fai il bravo ti ricarico 20 euro'],
      ignore: ['ti faccio conoscere mia cugina, ma prima finisci i compiti', 'se fai la brava a scuola ti porto al concerto, dice mamma'],
    },
  },
  {
    id: 'gift-if-you-send-them-r16',
    phrases: [
      'se ..1 me_le|me_la|me_lo|me_li|mi ..1 mandi|invii|fai_vedere ..4 ti_regalo|ti_do|ti_pago|ti_compro|ti_ricarico|ti_faccio_avere|avrai|ricevi',
      'ti_regalo|ti_do|ti_pago|ti_compro|ti_ricarico|ti_faccio_avere ..5 se ..1 me_le|me_la|me_lo|me_li|mi ..1 mandi|invii|fai_vedere',
      'ti_offriamo|ti_offro|ti_proponiamo ..3 #|@money|@currency|soldi|compenso ..4 prodotti|regali|gratis|ambassador|collaborazione|collab|shooting|scatti|foto',
    ],
    unless: ['appunti|compiti|esercizi|riassunto|link|caffe|pizza|birra|gelato|panino|aperitivo|colazione|cena|pranzo|codice|slide|indirizzo|biglietto|cinema|iban|ricevuta|scontrino|curriculum|cv|colloquio|contratto|stage|tirocinio'],
    examples: {
      match: ['e per la sezione dietro le quinte 😊 se me le mandi stasera ti regalo la copia dell annuario', 'Ciao! Siamo un brand di costumi. Ti offriamo 80 euro + prodotti gratis', 'ti do 20 robux se mi mandi la foto'],
      ignore: ['se mi mandi gli appunti ti regalo un caffe', 'ti offro 10 euro per il panino di ieri', 'se me le mandi stasera ti do un passaggio per il cinema'],
    },
  },
  {
    id: 'make-you-famous-free-lessons-r16',
    phrases: [
      'farti|ti_faccio|ti_faro|posso_farti ..1 diventare ..1 famosa|famoso|una_star|modella|modello|influencer|virale',
      'ti ..1 farei|faccio|posso_far|posso_fare|faro ..1 registrare|un_provino|uno_shooting|un_servizio ..2 gratis|gratuit*|aggratis',
    ],
    unless: ['matematica|inglese|compiti|scuola|prof|ripetizion*|ahah*|haha*|scherzo|meme|lol_no'],
    examples: {
      match: ['posso farti diventare famosa su tiktok, ho 200k follower', 'io produco, ho lo studio a Milano. ti farei registrare gratis'],
      ignore: ['ti faccio diventare famosa col meme ahah', 'ti farei registrare gratis la canzone per il progetto di scuola'],
    },
  },
  {
    id: 'weekly-pay-for-girls-pics-r18',
    phrases: [
      'offro|pago|paghiamo|do|diamo|regalo ..2 # ..1 euro|eur|@money|@currency ..3 settimana|mese|al_giorno|a_foto|per_foto|a_video|per_video|a_servizio|ragazze|ragazzi|carine|carini',
      'paghiamo|pago|pagano|si_guadagna ..1 bene|benissimo|tanto|molto ..4 ragazze|ragazzi|video|foto|servizio|shooting|irl|carine|carini',
      'cerco|cerca|cerchiamo ..2 ragazze|ragazzi|ragazzine|ragazzini ..6 paghiamo|pago|pagano|pagato|pagata ..1 bene|benissimo|tanto|molto',
      'te_li|te_le|ti_li ..1 carico|carichero|ricarico|accredito|mando|regalo ..1 subito|appena|dopo|ora|adesso',
    ],
    unless: ['punti|tessera|file|drive|foto_della|foto_del|appunti|compiti|video_della|video_del', 'cameriere|camerier*|baby_sitter|babysitter|ripetizion*|volantin*|negozio|bar|ristorante|stagional*|curriculum|cv|colloquio|contratto_regolare|compiti|appunti|figurine|pc|photocard|spedizion*|vinted|subito_it'],
    examples: {
      match: ['ciao bella, offro 300€ a settimana a ragazze carine, solo chat e qualche foto', 'cerca ragazze per il prossimo video irl, paghiamo bene', 'mi mandi una foto tua sul letto e te li carico subito'],
      ignore: ['cerchiamo camerieri per l estate, paghiamo bene', 'offro 10 euro a settimana per le ripetizioni di mate'],
    },
  },
  {
    id: 'shoutout-followers-agency-pay-r19',
    phrases: [
      'ti ..1 posso|faccio|fa|fara|faro|puo|possiamo ..1 fare|far_fare|avere|dare ..2 shoutout|shout_out|menzione|promo|spotlight ..3 live|stream|diretta|canale|twitch|streamer',
      'ti ..1 faccio|fa|fara|faro|facciamo|possiamo ..1 salire|arrivare|crescere|guadagnare|fare ..2 # ..1 follower*|iscritti|like|view*|visual*',
      'le_nostre|nostre|le_mie|mie ..1 ragazze|modelle|creator|creatrici|talent ..3 guadagnano|fanno|prendono|portano_a_casa|incassano ..3 #|mila|k',
      'paga|pagano|pagato|pagava ..1 bene|molto|tanto|benissimo ..3 giovani|ragazze|ragazzine|ragazzini|cosplayer|modelle|minorenni',
      '@photo|@video|foto|pic|video ..6 te|ti ..1 lo|la|li|le ..1 passo|do|regalo|mando ..1 gratis|aggratis|gratuitamente|free',
      '# ..1 euro|eur|dollari|franchi ..1 a|per|ogni ..1 sessione|shooting|set|scatto ..6 sexy|bikini|costume|intimo|hot|lingerie|piu_scoperti|scollat*',
    ],
    unless: ['matrimonio|sposi|battesimo|comunione|preventivo|iva|fattura|listino|cliente_finale|storia_di_instagram|nella_mia_storia|compleanno|torneo|raccolta_fondi|beneficenza|scuola|repost|storia|story|collab|tag|taggami'],
    examples: {
      match: ['non posso dirlo qui ma ti ho visto in chat. ti posso far fare uno shoutout in live 🔥', 'pero serve un favore, mandami 2 foto in boxer e ti fa salire a 1000 follower', 'perfetto nessun problema. le nostre ragazze fanno anche 3-4k al mese', 'sto facendo un book privato per un cliente, paga bene le cosplayer giovani', 'mi mandi qualche foto tua e te lo passo gratis 😏', '200 euro a sessione. pero servono costumi un po piu sexy, tipo versione bikini'],
      ignore: ['ti faccio uno shoutout nella mia storia di instagram per il compleanno', '200 euro a sessione per il matrimonio, iva esclusa', 'ti passo gratis le foto del torneo'],
    },
  },
  {
    id: 'onlyfans-manager-pay-in-pics-r19',
    phrases: [
      'con ..1 il_tuo|la_tua|quel|quella|sto|sta|questo|questa ..1 aspetto|faccia|fisico|corpo|viso|bellezza|visino ..3 faresti|guadagneresti|potresti_fare|potresti_guadagnare|fai ..3 soldi|sacco|fortuna|#|mila|k|un_botto|una_barca',
      'gestiamo|gestisco|gestisce|manager|agenzia|agency ..6 onlyfans|fansly|mym|profili_of|creator_di_of|pagine_of',
      'pagami|paghi|pagare|pagarmi|pagamento|paga ..2 in ..1 foto|pic|pics|video|nudes|selfie|natura',
      'ti_va|vuoi|facciamo|ti_andrebbe|ti_propongo ..3 shooting|servizio_fotografico|book|set ..1 privato|privati|in_privato|a_casa_mia|nel_mio_studio|da_me|solo_noi',
    ],
    unless: ['matrimonio|sposi|battesimo|comunione|preventivo|iva|fattura|listino|scuola|classe|annuario|squadra|tua_madre_viene|con_tua_madre|con_i_tuoi|genitori_presenti|ahah*|haha*|lol'],
    examples: {
      match: ['lavoro per un agenzia, gestiamo profili onlyfans. con il tuo aspetto faresti un sacco di soldi', 'il cheat costa 15 euro oppure mi paghi in foto 😏', 'ciao sono un fotografo, ti ho vista al romics. ti va di fare uno shooting privato?'],
      ignore: ['ti va di fare uno shooting privato con i tuoi genitori presenti per la comunione?', 'il cheat costa 15 euro, paghi con paypal'],
    },
  },

  {
    id: 'music-feature-r20',
    phrases: [
      'ti faccio|produco|regalo|do|passo ..2 beat|beats|base|basi|strumentale|feat|featuring|videoclip ..3 gratis|gratuit*|free|per_te',
      'ti metto|porto|faccio_entrare ..2 in|nel|nei|sul ..1 feat|featuring|album|disco|tape|mixtape|videoclip|palco|label|etichetta',
      'ti faccio|posso_farti ..1 firmare ..2 contratto|con_una_label|con_un_etichetta|con_la_mia_label',
      'ti faccio|faccio|ti_offro ..1 un|il|una feat|featuring|beat|videoclip|provino ..3 se ..2 vieni|mi_mandi|mandi|fai',
    ],
    unless: ['siamo_amici|band|sala_prove|la_band|saggio|laboratorio_di_musica|prof_di_musica|scuola_di_musica|conservatorio'],
    examples: {
      match: ['ti faccio un feat se vieni in studio da sola', 'ti faccio il beat gratis e ti metto in feat nel prossimo album', 'ti porto nel mio album, ti faccio firmare un contratto'],
      ignore: ['il beat di quella canzone è gratis su youtube', 'ti faccio il beat gratis bro, siamo amici', 'ti faccio un feat se vieni a registrare sabato in sala prove con la band'],
    },
  },
  {
    id: 'rank-staff-if-r20',
    phrases: [
      'ti do|regalo|passo|metto|faccio ..3 rank|vip|staff|mod|moderatore|admin|op|helper ..3 se|in_cambio|pero|ma_prima',
      'se ..1 vuoi ..2 staff|rank|vip|mod|moderatore|admin|helper ..3 devi|dimostra*|mandami|fammi',
    ],
    unless: ['candidatur*|modulo|form|regolamento|colloquio_in_chat|vot*|sondaggio|ore_di_gioco|domanda|sito|requisiti|torneo|vinci|vincere|evento|classifica'],
    examples: {
      match: ['se vuoi lo staff devi dimostrare che sei fedele', 'ti do il rank vip, in cambio pero fai una cosa per me'],
      ignore: ['se vuoi lo staff devi fare domanda sul sito', 'ti do il rank vip se vinci il torneo', 'se vuoi lo staff devi compilare il modulo di candidatura', 'se vuoi il rank vip devi votare il server ogni giorno'],
    },
  },
  {
    id: 'gifts-in-live-now-you-owe-r20',
    phrases: [
      'ti ho ..1 mandato|fatto|regalato|donato ..2 # ..1 rose|leoni|leone|universi|universo|gift|regali|coin|monete|diamanti|galassie|galassia|balene ..6 me_la_devi|me_lo_devi|me_le_devi|mi_devi|tocca_a_te|in_cambio|ricambiare|ricambia|mi_fai_vedere|fammi_vedere|accendi|in_privato',
      'live|diretta ..6 foto|video|cam|privato ..3 me_la_devi|me_lo_devi|me_le_devi|mi_devi',
    ],
    examples: {
      match: ['ti ho fatto 3 universi in live, almeno una foto privata me la devi 😏', 'ti ho mandato 50 rose, ora tocca a te', 'ti ho mandato 20 rose e un leone, ora mi fai vedere qualcosa?'],
      ignore: ['ti ho mandato 3 rose in live, sei stata bravissima'],
    },
  },

  {
    id: 'seeking-young-company-pays-r20',
    phrases: [
      'cerco ..2 giovane|giovani|ragazzina|ragazzino|ragazzine|ragazzini|minorenne|teen ..4 compagnia|sugar|paghetta|divertirsi ..4 pago|pagherei|ti_pago|ricompens*|paghetta|soldi|regali',
    ],
    examples: {
      match: ['cerco ragazza giovane per compagnia, pago bene', 'cerco ragazzo giovane per un po di compagnia, ti pago bene'],
      ignore: ['cerco ragazza per il gruppo di studio, porto io la pizza', 'cerco ragazza per compagnia di studio, pago io il caffe'],
    },
  },

  {
    id: 'homework-answers-for-a-pic-r20',
    phrases: [
      'ti passo|do|mando|faccio|giro ..3 risposte|compiti|soluzioni|esercizi|verifica|compito|tesina|riassunt* ..6 se ..2 mi_mandi|mandi|mi_fai_vedere|fai_vedere|mi_dai ..3 foto|pic|selfie|video|@photo',
    ],
    examples: {
      match: ['ti passo le risposte della verifica se mi mandi una foto tua carina', 'ti faccio i compiti se mi mandi un selfie'],
      ignore: ['ti passo le risposte se mi mandi la foto della pagina 40'],
    },
    unless: ['pagina|pag|esercizio_n|libro|quaderno|lavagna|traccia|testo'],
  },
  {
    id: 'extra-money-if-you-send-r21',
    phrases: [
      'aggiungo|ti_aggiungo|te_ne_do|ti_do|ti_pago|ti_mando|ti_regalo|ti_faccio ..3 #|altri|soldi|euro ..5 se ..3 mandi|mandami|me_ne_mandi|mi_mandi|mi_fai_vedere|fai_vedere|fai_una_foto|ti_fai',
      'te_ne_do|ti_do|ti_pago|ti_mando ..1 # ..3 che_te_li_meriti|te_li_meriti|invece_di|invece_che',
    ],
    weight: 2,
    unless: ['risposte|verifica|soluzion*|compleanno|regalo|auguri|paghetta|mancia|lavoretto|ripetizioni|babysitter|baby_sitter|appunti|compit*|esercizi|riassunto|pdf|file|link|schema|versione|traduzione|biglietto|pizza|spesa|pranzo|cena|mi_devi|ti_devo|prestito|restituisco|indietro|vinted|subito|spedizione|iban|codice'],
    examples: {
      match: ['ti aggiungo altri 60 se me ne mandi un paio', 'te ne do 40 che te li meriti, ti mando su paypal adesso'],
      ignore: ['ti do 5 euro se mi mandi gli appunti di storia', 'ti do 10 euro se mi mandi il link del biglietto'],
    },
  },
  {
    id: 'ambassador-free-stuff-r21',
    phrases: [
      'ambassador|ambasciatric*|ambasciatore|brand_ambassador|testimonial ..6 gratis|omaggio|#|euro|compenso|prodotti|pagat*|guadagn*',
      'prodotti|vestiti|integratori|capi|outfit ..1 gratis|in_omaggio|gratuiti ..4 #|euro|al_mese|compenso|postare|pubblicare|storie',
    ],
    weight: 2,
    unless: ['sconto_del|codice_sconto_per_tutti|concorso|estrazione|truffa|occhio|attenzione|segnala|fake|club|scuola|associazione|volontar*|niente_compenso|senza_compenso'],
    examples: {
      match: ['Ricevi prodotti gratis + 150€ al mese, ti serve solo postare 😎', 'selezioniamo ambassador giovani, prodotti gratis e compenso'],
      ignore: ['occhio, quella pagina che cerca ambassador con prodotti gratis è una truffa'],
    },
  },
  {
    id: 'free-boost-for-you-r21',
    phrases: [
      'boost|boosting|coaching|carry|ti_porto|portarti ..6 gratis|free|gratuit* ..3 a_te|per_te|mi_stai_simpatic*|sei_simpatic*',
      'a_te|per_te ..1 gratis|free ..3 mi_stai_simpatic*|mi_piaci|sei_speciale|sei_carin*',
    ],
    weight: 1,
    examples: {
      match: ['a te gratis dai mi stai simpatico', 'il boost te lo faccio gratis a te, mi stai simpatico'],
      ignore: ['il coaching costa 10 euro a sessione'],
    },
  },
  {
    id: 'paid-young-testers-r22',
    phrases: [
      'cerco|cerchiamo|serve|servono|recluto|reclutiamo ..3 tester|beta_tester|playtester|collaudatori|testatori ..6 pago|pagato|pagati|pagamento|ricompensa|@gamecur|nitro|@money|#_euro',
      'tester|beta_tester|playtester ..6 anni ..3 pago|pagato|pagati|pagamento|ricompensa|@gamecur|nitro|@money',
      'ti ho ..1 preso|comprato|regalato|pagato|ricaricato ..4 @gamecur|nitro|skin|abbonamento|ricarica|battle_pass ..6 ricambia*|tocca_a_te|mi_devi|in_cambio ..3 foto|@photo|@video',
    ],
    unless: ['azienda_seria|contratto_regolare|maggiorenni|18_anni|universita|tirocinio|stage'],
    examples: {
      match: ['cerco beta tester per il mio gioco, 13-16 anni, pago in robux', 'ti ho preso la skin da 20 euro, ora tocca a te ricambiare con una foto', 'recluto tester per la mia app, ricompensa 1000 vbucks'],
      ignore: ['cerco tester maggiorenni per la beta, contratto regolare', 'ti ho regalato la skin, ora tocca a te giocare'],
    },
  },
  {
    id: 'private-club-access-for-a-pic-r23',
    phrases: [
      'ti ..1 faccio_entrare|aggiungo|porto|invito ..4 club|gruppo|server|gc|canale|mondo|istanza ..2 privato|privata|vip|esclusivo|esclusiva|segreto ..6 prima|pero|ma|se|basta_che ..3 mandami|mandi|manda|fammi|mi_fai ..3 foto|selfie|video|pic|vedere',
    ],
    examples: {
      match: ['ti faccio entrare nel mio club privato su vrchat, pero prima mandami una foto vera di te, senza avatar', 'ti aggiungo al gc vip se mi mandi un selfie'],
      ignore: ['ti aggiungo al gruppo privato della classe, mandami il numero', 'ti invito nel server privato, mandami il nick'],
    },
  },
  {
    id: 'i-pay-per-pic-crypto-r24',
    phrases: [
      'pago|pagherei|offro|do|darei|ricarico ..1 # ..2 @currency|@payment|@money|usdt|coins|monete ..2 per|a ..1 ogni|una|la|qualche|foto ..1 @photo|@video|esclusiva|esclusive',
      'private_battle|battle_privata|battaglia_privata|pk_privata|sfida_privata ..6 se ..6 se ..2 ti ..1 mando|regalo|do ..2 # ..1 coins|monete|leoni|rose|diamanti|gift|regali',
    ],
    unless: ['fotografo_per_il_matrimonio|matrimonio|battesimo|comunione|stampa|stampe|album_di_foto|fototessera|fotografo|stampat*|cantante|idolo|autografo|calciatore|attore|attrice'],
    weight: 3,
    examples: {
      match: ['Io faccio collezione NFT di ragazze giovani. Pago 200 USDT per ogni foto esclusiva, anche 500 se piu intima', 'darei 50 euro per una foto tua', 'facciamo una private battle solo noi due? se vinco io fai quello che dico, se vinci tu ti mando altri 5000 coins'],
      ignore: ['pago 30 euro per la stampa delle foto', 'ho pagato 10 euro per la fototessera'],
    },
  },
  {
    id: 'allowance-to-chat-r25',
    phrases: [
      'ti ..1 faccio|do|passo|verso ..1 la|una ..1 paghetta ..4 se ..1 mi ..1 mandi|fai_vedere|scrivi|chatti|fai_compagnia',
      'ti ..1 faccio|do|passo ..1 la|una ..1 paghetta ..3 in_cambio|per_chattare|per_le_foto|per_qualche_foto|per_una_foto',
      'ti ..1 do|passo|mando|verso|faccio ..3 # ..3 a|alla|ogni|al ..1 settimana|mese ..4 solo|per|se ..2 chattare|parlare|chattiamo|parliamo|compagnia|foto|vederci|uscire|mi_mandi|mi_fai|mi_scrivi',
      'dammi|mandami|passami|scrivimi ..1 il|l ..1 tuo ..2 iban|twint|paypal|postepay|satispay|conto ..4 ti ..1 mando|pago|faccio|verso ..2 subito|la_prima|il_primo|ogni|la_paghetta|settimana',
      'account|profilo ..4 a_nome_di|a_nome_della|intestato_a|intestato ..3 maggiorenne|adulta|adulto|collaboratrice|collaboratore',
      'onlyfans|fansly|piattaforme_in_abbonamento|contenuti_esclusivi|contenuti_a_pagamento ..6 guadagn*|al_mese|k_al_mese|soldi|euro|pensiamo_a_tutto|gestiamo',
    ],
    unless: ['mamma|papa|nonno|nonna|zio|zia|babbo|compiti|pagella|voti|piatti|camera|lavatrice|faccende', 'cena|pizza|ti_devo|rido|restituisco|rimborso|quota|regalo|biglietto|biglietti|bolletta|spesa|affitto|stipendio|lavoro_da', 'notizia|articolo|iene|servizio|documentario|truffa|attenzione|attenti|occhio'],
    examples: {
      match: ['ti faccio la paghetta se mi mandi qualche foto', 'ti do 200 franchi a settimana solo per chattare con me', 'dammi il tuo iban e ti mando subito la prima settimana', 'apriamo l account a nome di una collaboratrice maggiorenne, tu sei il volto', 'OF, Fansly ecc. Le nostre ragazze guadagnano in media 3-8k al mese'],
      ignore: ["ti faccio la paghetta se mi aiuti in negozio il sabato", 'dammi il tuo iban che ti mando i soldi della cena', 'se pulisci la camera ti faccio la paghetta, parola di papà', 'hai visto la notizia? uno che guadagnava con onlyfans 10k al mese'],
    },
  },
  {
    id: 'keep-you-spoil-you-onlyfans-manager-r25',
    phrases: [
      'ti ..1 posso|vorrei|voglio|potrei ..1 mantenere|viziare ..4 #|settimana|mese|soldi|regali|foto|shopping',
      'sono ..1 un|il|tuo ..1 papi|paparino|daddy ..1 generoso|sugar',
      'cerco|cerchi ..3 sugar_baby|sugar_daddy|papi_generoso|sugar_mommy',
      'agenzia|manager|management ..3 of|onlyfans|fansly|mym',
      'agenzia|ragazze|modelle|creator|contenuti ..6 anche ..1 minorenni|16_enni|17_enni|15_enni ..2 va_bene|vanno_bene|ok|nessun_problema|non_importa|accettiamo',
      'ti ..1 apro|apriamo|creo|creiamo|gestisco|gestiamo ..3 account|profilo|pagina ..4 onlyfans|fansly|of|dividiamo|guadagni|percentuale|50_e_50',
      'perfetta|perfetto|adatta|adatto|nata|nato ..2 per ..1 onlyfans|fansly',
    ],
    unless: ['netflix|spotify|disney|prime|dazn|sky|gioco|fortnite|minecraft|playstation|psn|steam|torneo|regalato|mi_ha', 'notizia|articolo|iene|servizio|documentario|truffa|attenzione|attenti|occhio|denuncia|arrestat*|polizia'],
    examples: {
      match: ['ciao cara, sono un papi generoso, ti posso mantenere con 150 a settimana, niente sesso solo foto', 'cerco ragazze per la mia agenzia OF, anche minorenni va bene', 'sei perfetta per onlyfans, ti apro io l account e dividiamo 50 e 50'],
      ignore: ["ti apro io l account di netflix e dividiamo", 'hai visto la notizia? un manager onlyfans arrestato', 'i miei mi mantengono fino alla laurea'],
    },
  },
  {
    id: 'webcam-model-chat-job-r29',
    phrases: [
      'cerc*|selezion*|assum* ..3 ragazze|ragazzi|ragazzine|giovani|modelle|bella_presenza ..5 webcam|cam_model|camgirl|cam_girl|chat_moderator|videochat|chat_erotic*|chat_hot|modell*_webcam|webcam_model*',
      'lavor*|guadagn*|paga*|offert* ..4 webcam|cam_model|camgirl|cam_girl|chat_moderator|videochat|webcam_model* ..6 casa|settimana|ora|giorno|mese|#|soldi|euro|@money|@payment',
    ],
    unless: ['truffa|truffe|attenzione|segnala*|denuncia*|notizia|articolo|polizia'],
    examples: {
      match: ['selezioniamo ragazze per webcam model, si lavora da casa', 'lavoro come chat moderator dal telefono, 500 euro a settimana', 'cerco ragazze giovani per videochat, paghiamo bene'],
      ignore: ['attenzione alla truffa: cercano ragazze per webcam model', 'cerchiamo ragazzi per moderare il server discord del torneo', 'ho comprato una webcam nuova per le lezioni a casa'],
    },
  },
  {
    id: 'reward-gift-card-and-top-ups-r30',
    phrases: [
      'chi_partecipa|partecipando|per_partecipare|se_partecipi|chi_risponde|se_rispondi|in_cambio|come_ricompensa|per_il_disturbo|come_premio ..4 ricev*|avrai|ottieni|ottiene|ottenere|vinci|vince|regalo|ti_do|ti_regalo|spetta ..3 buono|buoni|gift_card*|giftcard*|ricarica|ricariche|#_euro|@gamecur',
      'hai_bisogno_di|ti_servirebbero|ti_servirebbe|ne_vuoi|cerchi ..1 @gamecur|robux|vbucks|v_bucks|skin|gemme|ricarica|ricariche',
      'te_la_faccio_io|te_la_pago_io|te_lo_pago_io|ti_pago_io|te_li_pago_io|te_le_pago_io ..3 ricarica|ricariche|abbonamento|ogni_mese|tutti_i_mesi|@gamecur',
      'mi_piace|adoro|amo ..1 viziare ..2 le|la|te|ragazze|ragazzine|ragazza|ragazzina',
    ],
    weight: 1,
    unless: ['consenso_dei_genitori|consenso_informato|modulo_di_consenso|tuoi_genitori|i_tuoi_genitori|scuola|preside|professor*|classe|comune|sondaggio_istat', 'mamma|papa|nonna|nonno|zia|zio|compleanno|auguri|natale'],
    examples: {
      match: ['chi partecipa riceve un buono Amazon da 30€', 'hai bisogno di robux?', 'te la faccio io la ricarica, anche ogni mese', 'mi piace viziare le ragazze carine'],
      ignore: ['chi partecipa al questionario della scuola riceve un buono libri', 'hai bisogno di robux? chiedi a papà per il compleanno'],
    },
  },
  {
    id: 'music-label-scout-r30',
    phrases: [
      'etichetta|casa_discografica|produttore|produttrice|label|studio_di_registrazione|agenzia ..6 cerchiamo|cerco|stiamo_cercando|selezioniamo|scegliamo ..2 voci|volti|talenti|cantanti|ragazz*|giovani',
      'cerchiamo|cerco|stiamo_cercando|selezioniamo ..2 voci|volti|talenti|cantanti ..1 giovani|nuove|nuovi|fresche|minorenni|under',
    ],
    unless: ['coro|parrocchia|scuola|professor*|prof|conservatorio|saggio|recita|annuncio_ufficiale|bando|comune'],
    examples: {
      match: ["Lavoro con un'etichetta di Milano, cerchiamo voci giovani per un progetto", 'sono produttore, cerchiamo talenti giovani come te'],
      ignore: ['per il coro della scuola cerchiamo voci nuove', 'la prof di musica dice che cerchiamo voci giovani per il saggio'],
    },
  },
  {
    id: 'secret-phone-or-sim-r32',
    phrases: [
      'ti ..1 mando|mandero|regalo|regalero|compro|comprero|porto|portero|spedisco|spediro|lascio|do|daro ..3 telefono|telefonino|cellulare|cell|smartphone|sim|scheda ..3 nuova|nuovo|mia|mio|segret*|solo_per_noi|per_noi|per_sentirci|per_scriverci|intestat*',
      'ti ..1 mando|mandero|regalo|regalero|compro|comprero|porto|portero|spedisco|spediro|lascio|do|daro ..3 una_sim|una_scheda|un_secondo_telefono|un_telefono_segreto|un_cellulare_segreto|un_altro_telefono|un_altro_cellulare ..4 cosi|che|per|solo|tuoi|genitori|nessuno|noi',
    ],
    unless: ['mamma|papa|nonna|nonno|zia|zio|compleanno|natale|riparat*|riparazione|assistenza|garanzia|rotto|rotta|vecchio|vecchia|usato|usata|ti_lascio_il_mio|prestito|presto|restituisc*|ridai|ridammi|operatore|tim|vodafone|iliad|wind|negozio|ordine|amazon'],
    examples: {
      match: ['ti regalo un cellulare nuovo con una sim mia, solo per sentirci', 'ti spedisco un telefono segreto cosi ci scriviamo tranquilli', 'ti do una sim nuova per scriverci', 'ti compro un secondo telefono cosi i tuoi non vedono'],
      ignore: ['ti porto il telefono riparato domani', 'ti regalo il mio cellulare vecchio, tanto ho preso quello nuovo', 'ti do la sim nuova della tim che è arrivata a casa', 'papa ti compra il telefono nuovo per il compleanno'],
    },
  },
] satisfies PatternEntry[];
