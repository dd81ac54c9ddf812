import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-know-where-you-live',
    phrases: [
      'ik|k weet ..2 waar je|jij|ge|you ..2 woont|woon|slaapt|werkt|sport|traint|uithangt|op_school_zit|naar_school_gaat|woont_en',
      'kweet ..2 waar je|jij|ge|you ..2 woont|woon|slaapt|werkt|sport|traint|uithangt|op_school_zit|naar_school_gaat|woont_en',
      'ik|k weet|ken ..1 je|jouw|uw ..1 adres|woonadres|huisadres|school|straat',
      'kweet|kken ..1 je|jouw|uw ..1 adres|woonadres|huisadres|school|straat',
      'ik|k weet ..2 op|naar|in welke ..1 school|klas|straat|sportclub|club',
      'kweet ..2 op|naar|in welke ..1 school|klas|straat|sportclub|club',
      'ik|k heb|had ..2 je|jouw|uw ..1 adres|huisadres ..2 gevonden|opgezocht|achterhaald',
      'kheb|khad ..2 je|jouw|uw ..1 adres|huisadres ..2 gevonden|opgezocht|achterhaald',
      'ik|k ga|zal je|jou ..2 vinden',
      'kga|kzal je|jou ..2 vinden',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niet|nie|ni|zeker ..3 welke|waar', 'game*', 'gamen', 'fortnite', 'minecraft', 'roblox', 'feest', 'potje', 'cadeau*', 'kado*', 'brengen', 'breng', 'langs_met', 'haha*', 'hihi', 'grapje', 'lol', 'xd', 'lmao', 'spelletje', 'verstoppertje', 'verstop*', 'pakket', 'bezorg*', 'ophalen', 'met_de_fiets', 'op_de_fiets', 'fietsen', 'je_fiets_ophalen', 'verjaardag*', 'feest', 'uitnodiging', 'kaartje', 'pizza', 'eten', 'taart', 'bloemen', 'boodschappen', 'vergeten', 'vergat', 'laten_liggen', 'terugbrengen', 'terug_te_geven', 'teruggeven', 'boek*', 'tas', 'jas', 'sleutel*', 'oplader', 'spullen'],
    examples: {
      match: ['ik weet waar je woont', 'ik weet waar jij op school zit', 'ik ken je adres', 'ik heb je adres gevonden', 'ik ga je vinden'],
      ignore: ['ik weet waar je woont he haha', 'ik weet waar je woont, ik kom het pakket ophalen', 'ik weet waar je woont, ik breng je tas die je liet liggen', 'ik weet waar je woont hoor, je sleutels lagen nog bij mij', 'ik weet niet waar de bus stopt'],
    },
  },
  {
    id: 'come-to-your-house',
    phrases: [
      'of|anders|als_je_niet|tenzij ..4 ik kom|kom_ik ..3 langs|naar|bij|halen|je_halen|je_opzoeken',
      'als je|jij|ge niet ..5 kom|komt ik ..3 langs|naar|bij|je_halen',
      'als je|jij|ge ..2 niet|nie|ni ..5 sta|staan|kom|komen ik|k|we ..5 deur|voordeur|huis|school|thuis|adres',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'grapje', 'lol', 'pakket*', 'bezorg*', 'ophalen', 'fiets', 'verjaardag*', 'feest', 'eten', 'film', 'spelen', 'gamen', 'huiswerk', 'oppassen', 'helpen', 'halen', 'op_te_halen', 'om_#', 'boodschappen', 'kijken', 'alles_goed', 'ongerust', 'bezorgd', 'zorgen', 'checken', 'opendoet|opendoen|open_doet|voor_niks', 'brengen|breng|terugbrengen|afgeven', 'boek*', 'oplader', 'spullen'],
    examples: {
      match: ['als je me niet terugappt sta ik morgen bij je voor de deur', 'als je niet reageert staan we bij je huis', 'stuur de video of ik kom langs', 'als je niet betaalt kom ik naar je huis'],
      ignore: ['als je niet thuis bent kom ik morgen het pakket ophalen', 'als je niet komt staan we om 8 bij je huis om je op te halen', 'als je niet reageert kom ik langs om te kijken of alles goed is', 'als je niet thuis bent kom ik morgen naar je huis om je boek te brengen', 'als je niet kan komen we wel naar jouw huis om te gamen', 'ik kom om 3 naar je huis om te gamen', 'ik sta voor je deur', 'ik kom morgen langs voor je verjaardag'],
    },
  },
  {
    id: 'hurt-you-or-family',
    phrases: [
      'doe|doen|zal ik|k ..2 je|jouw|uw @parents|familie|broertje|zusje ..3 wat|iets|pijn ..1 aan|aandoen',
      'ik|k doe|zal|ga ..2 je|jouw|uw @parents|familie|broertje|zusje ..3 wat|iets|pijn ..1 aan|aandoen|doen',
      'kdoe|kzal|kga ..2 je|jouw|uw @parents|familie|broertje|zusje ..3 wat|iets|pijn ..1 aan|aandoen|doen',
      'ik|k ..3 vermoord|vermoorden|vermoorde|maak_af|afmaken|steek|neersteken|neerschieten|schiet ..2 je|jouw|uw @parents|familie|broertje|zusje',
      'ik|k doe|zal|ga ..1 je|jou ..1 pijn',
      'kdoe|kzal|kga ..1 je|jou ..1 pijn',
      'ik|k doe|zal|ga ..1 je|jou ..2 iets|wat ..1 aan|aandoen',
      'kdoe|kzal|kga ..1 je|jou ..2 iets|wat ..1 aan|aandoen',
      'ik|k sla|steek|schiet ..2 je|jou ..2 in_elkaar|neer|dood|lens|verrot|kapot|in_het_ziekenhuis',
      'ksla|ksteek|kschiet ..2 je|jou ..2 in_elkaar|neer|dood|lens|verrot|kapot|in_het_ziekenhuis',
      'je|jouw|uw @parents ..3 gaat|gaan|zal|zullen ..3 pijn|er_aan|eraan|boeten|dood',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'lachen', 'schrik*', 'trots', 'oppassen', 'babysit*', 'haha*', 'grapje', 'lol', 'xd', 'game', 'potje', 'fortnite', 'minecraft', 'roblox', 'level', 'spoiler*', 'spoilen', 'verklappen', 'tennis|padel|badminton|squash|tafeltennis|pingpong|schaak*|dammen|voetbal|basketbal|hockey|fifa|mario*'],
    examples: {
      match: ['doe ik je familie wat aan', 'ik doe je ouders iets aan', 'ik vermoord je moeder', 'ik doe je pijn', 'je familie gaat eraan', 'ik sla je in elkaar'],
      ignore: ['ik vermoord je als je nog een keer mijn kill steelt in de game', 'ik doe je jas aan', 'ik sla je in elkaar met fortnite'],
    },
  },
  {
    id: 'coming-to-you',
    phrases: [
      'ik|k kom ..2 naar|bij|langs je|jouw|uw ..1 school|huis|werk|sportclub|training|club|thuis',
      'ik|k kom|sta ..3 voor|aan je|jouw|uw ..1 deur|huis|school ..3 en|als|dan|tenzij',
      'ik|k kom ..2 naar je|jouw|uw ..1 huis|school|adres ..3 en_dan|als_je|tenzij',
      'kkom ..2 naar|bij|langs je|jouw|uw ..1 school|huis|werk|sportclub|training|club|thuis',
      'ik|k ken ..2 mensen|jongens|gasten|types ..3 die ..3 je|jou ..2 vinden|pakken|pijn|weten_te_vinden|in_elkaar|opzoeken',
      'kken ..2 mensen|jongens|gasten|types ..3 die ..3 je|jou ..2 vinden|pakken|pijn|weten_te_vinden|in_elkaar|opzoeken',
      'pas|kijk maar [goed] op|uit ..3 als|wanneer je ..3 naar_buiten|buiten|op_straat|naar_school|alleen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'grapje', 'lol', 'pakket*', 'bezorg*', 'ophalen', 'op_te_halen', 'fiets', 'verjaardag*', 'feest', 'eten', 'film', 'spelen', 'gamen', 'huiswerk', 'oppassen', 'helpen', 'chillen', 'kijken', 'zoals_afgesproken', 'straks', 'om_#'],
    weight: 2,
    examples: {
      match: ['ik kom naar je school', 'ik ken mensen die je kunnen vinden'],
      ignore: ['ik kom naar je huis om te gamen', 'ik kom naar je school om je op te halen'],
    },
  },
  {
    id: 'send-people-to-your-house',
    phrases: [
      'ik|k stuur ..3 mijn|m|mn|me ..1 neef|neven|broer|broers|vrienden|jongens|mannen|maten|gasten|mattie*|boys ..3 naar|bij|langs|op je|jouw|uw ..1 huis|deur|adres|school|werk|woning|af',
      'kstuur ..3 mijn|m|mn|me ..1 neef|neven|broer|broers|vrienden|jongens|mannen|maten|gasten|mattie*|boys ..3 naar|bij|langs|op je|jouw|uw ..1 huis|deur|adres|school|werk|woning|af',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'brengen', 'breng*', 'halen', 'ophalen', 'oplader', 'afgeven', 'boek', 'boeken', 'spullen', 'pakket*', 'cadeau*', 'helpen', 'verhuizen', 'verhuizing', 'feest', 'verjaardag*', 'taart', 'eten', 'pizza', 'lift', 'rijden', 'haha*', 'grapje'],
    examples: {
      match: ['ik stuur mijn neef naar je huis', 'ik stuur mn jongens langs je school'],
      ignore: ['ik stuur mijn broer naar je huis om de oplader te brengen', 'ik stuur mijn neef naar je huis om te helpen met verhuizen'],
    },
  },
  {
    id: 'people-who-can-find-you',
    phrases: [
      'ik|k heb|ken ..2 mensen|jongens|mannen|vrienden|connecties|gasten|boys ..2 die ..1 je|jou ..2 kunnen|gaan|zullen|weten ..1 vinden|pakken|opzoeken|te_vinden|weten_te_vinden|opwachten',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'helpen', 'hulp', 'bijles', 'baan', 'werk', 'stage', 'haha*', 'grapje'],
    examples: {
      match: ['ik heb mensen die je kunnen vinden', 'ik ken jongens die jou weten te vinden'],
      ignore: ['ik ken mensen die je kunnen helpen met bijles'],
    },
  },
  {
    id: 'send-someone-over-u6',
    phrases: [
      'ik|k stuur ..2 iemand|mensen|jongens|vrienden|mijn_vrienden|mn_vrienden|mn_boys|mijn_boys|mijn_mannen ..3 naar|langs_bij|op ..1 je|jouw|jou|uw ..1 huis|adres|school|deur|werk|af',
      'mijn|mn ..1 vrienden|boys|jongens|mannen ..3 weten|kennen|vinden ..2 je|jouw ..1 adres|huis|school|waar_je_woont',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'ophalen', 'halen', 'brengen', 'pakket*', 'bezorg*', 'monteur', 'loodgieter', 'verhuis*', 'helpen', 'feest*', 'verjaardag*', 'uitnodiging*', 'kaart*', 'haha*', 'lol', 'taart', 'eten', 'pizza', 'bloemen', 'cadeau*'],
    weight: 5,
    examples: {
      match: ['ik stuur iemand naar je huis', 'ik stuur mijn vrienden naar je school', 'mijn jongens weten je adres'],
      ignore: ['ik stuur iemand naar je huis om de bank op te halen', 'ik stuur mijn vrienden naar je feest'],
    },
  },
  {
    id: 'i-come-and-you-will-see-u6',
    phrases: [
      'ik|k kom ..3 je|jouw|jou ..1 school|huis|werk|deur|adres|thuis ..6 zul|zal|krijg|krijgt|ga|gaat|heb|hebt @you ..2 wat|iets|klappen|spijt|problemen|een_probleem|het_merken',
      'dan ..1 zul|zal|ga @you ..2 wat|iets|het ..1 beleven|meemaken',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest*', 'verjaardag*', 'verrassing*', 'cadeau*', 'taart', 'leuk*', 'gezellig', 'haha*', 'lol', 'film', 'concert', 'optreden', 'pretpark', 'efteling', 'vakantie', 'uitje', 'avontuur'],
    weight: 5,
    examples: {
      match: ['ik kom naar je school en dan zul je wat beleven', 'ik kom bij je huis en dan krijg je klappen', 'dan zul je wat beleven'],
      ignore: ['ik kom naar je huis met taart, dan zul je wat beleven haha', 'in de efteling zul je wat beleven'],
    },
  },
  {
    id: 'or-i-am-at-your-door-e8',
    phrases: [
      'als|zodra @you ..6 niet|nie|ni|geen ..4 sta|staan|kom|ben|rij|fiets ik|k ..6 deur|voordeur|huis|school|stoep|werk',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'opendoet|opendoen|open_doet|aanbellen|bel_aan|sleutel*', 'pakket*', 'bezorg*', 'ophalen|op_te_halen|halen|brengen|terugbrengen|afgeven', 'spullen', 'oplader', 'jas', 'tas', 'boek*', 'eten', 'pizza', 'verjaardag*', 'feest*', 'huiswerk', 'helpen', 'chillen', 'gamen', 'spelen', 'wakker', 'slaap*', 'telefoon_op|opneemt|opnemen', 'ongerust|bezorgd|zorgen', 'mama|papa|mam|pap|oma|opa'],
    weight: 5,
    examples: {
      match: ['als je nog 1x niet reageert sta ik morgen bij jullie voor de deur', 'als je niet betaalt kom ik naar je school'],
      ignore: ['als je niet opendoet sta ik hier nog uren voor de deur haha', 'als je niet reageert kom ik naar je huis, ik maak me zorgen', 'als je de oplader niet brengt kom ik hem zelf ophalen bij je huis'],
    },
  },
  {
    id: 'not-your-birthday-e8',
    phrases: [
      'ben|bent|zijt|zij|is @you|ge ..1 nog ..1 niet|nie|ni ..1 jarig',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'mama|papa|mam|pap|ma|pa|oma|opa|juf|meester|trainer|coach|leraar|mentor', 'ziet|hoort|merkt|ontdekt|erachter', 'kamer', 'rommel', 'rapport*', 'cijfer*', 'toets*', 'te_laat'],
    weight: 2,
    examples: {
      match: ['als ge iemand iets vertelt, zijt ge nog niet jarig', 'Als je iemand iets vertelt kom ik langs en dan ben je nog niet jarig'],
      ignore: ['als mama je kamer ziet ben je nog niet jarig haha', 'als de trainer dit hoort ben je nog niet jarig'],
    },
  },
  {
    id: 'i-know-your-routine-e8',
    phrases: [
      'weten|weet|kunnen|kan ..2 je|jou ..2 [wel|heus|echt|altijd] te ..1 vinden',
    ],
    unless: ['samen', 'zullen_we', 'haha*', 'lol', 'xd', 'ook', 'wij|we', 'dezelfde', 'meerijden', 'ophalen', 'oma|opa|mama|papa|mam|pap', 'klanten', 'werkgevers', 'fans', 'volgers', 'verjaardag*', 'feest*', 'uitnodiging*', 'vriendinnen|vrienden ..3 vinden', 'reclame', 'influencer*', 'bedrijven', 'adverteerders', 'spam', 'algoritme', 'muggen', 'wespen', 'scouts', 'recruiters', 'werk'],
    weight: 3,
    examples: {
      match: ['mijn neven weten je te vinden, geloof me'],
      ignore: ['die influencers weten je altijd te vinden met hun reclame', 'klanten weten je wel te vinden als je goed werk levert'],
    },
  },
  {
    id: 'wreck-you-unless-e8',
    phrases: [
      'ik|k maak ..1 je|jou ..1 kapot|af|dood|helemaal_kapot ..3 als|zodra @you ..2 niet|nie|geen|niks ..2 betaalt|stuurt|luistert|reageert|doet|gehoorzaamt|antwoordt',
      'ik|k maak ..1 je|jou ..1 kapot|af|dood|helemaal_kapot ..2 tenzij|anders',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'potje', 'game', 'fortnite', 'fifa', 'spel', 'match', 'ronde', '1v1', 'wedstrijd', 'tennis', 'schaak*', 'mario*', 'oplet|opletten|let_op'],
    weight: 5,
    examples: {
      match: ['ik maak je kapot als je niet betaalt', 'ik maak je kapot tenzij je doet wat ik zeg'],
      ignore: ['ik maak je kapot in het volgende potje', 'ik maak je kapot als je niet oplet in de ronde'],
    },
  },
  {
    id: 'i-know-your-route-e8',
    phrases: [
      'ik|k weet ..2 welke|hoe_laat|wanneer ..1 bus|tram|trein|metro|route|weg|school|club|sportschool|training ..2 @you ..3 neemt|pakt|fietst|loopt|zit|gaat|hebt|hebt_training|uit',
    ],
    unless: ['samen', 'zullen_we', 'haha*', 'lol', 'xd', 'ook', 'wij|we', 'dezelfde', 'meerijden', 'ophalen', 'oma|opa|mama|papa|mam|pap'],
    weight: 2,
    examples: {
      match: ['ik weet welke bus je neemt naar school'],
      ignore: ['ik weet welke bus je neemt, zullen we samen gaan?'],
    },
  },
  {
    id: 'break-your-legs-e8',
    phrases: [
      'ik|k breek|sla|trap|steek|schop|mep ..2 je|jou|jouw ..2 benen|nek|armen|neus|kop|tanden|in_elkaar|verrot|dood|helemaal ..4 als|tenzij|zodra|anders',
      'niet|nie ..2 doet|doe wat_ik|wat_k ..1 zeg|vraag|wil ..4 kom|komen ik|k ..2 je|jou ..1 halen|pakken|opzoeken',
      'ik|k weet ..1 waar @you ..1 zit|bent|uithangt|woont ..6 kijk|pas ..1 maar ..1 uit|op',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'potje', 'game', 'fortnite', 'fifa', 'spel', 'match', 'ronde', '1v1', 'wedstrijd', 'mama|papa|mam|pap|oma|opa', 'feest*', 'verjaardag*', 'school_uit', 'regen*', 'koud', 'glad', 'ijs', 'storm', 'onweer', 'verkeer', 'hitte', 'zon', 'bus', 'trein'],
    weight: 5,
    examples: {
      match: ['ik breek je benen als je dit aan iemand vertelt', 'als je niet doet wat ik zeg dan kom ik je halen', 'ik weet waar je zit, kijk maar uit als je naar buiten gaat'],
      ignore: ['ik sla je in elkaar als je weer wint haha', 'als je niet doet wat ik zeg kom ik je halen van het feest, groetjes mama', 'ik weet waar je zit, pas maar op als je naar buiten gaat want het is glad'],
    },
  },
  {
    id: 'visit-your-family-unless-r10',
    phrases: [
      'als|anders|tenzij|of ..6 zoek|kom ik|k ..1 je|jouw|uw @parents|broertje|zusje|broer|zus ..3 op|halen',
      'als|anders|tenzij|of ..6 ik|k zoek ..1 je|jouw|uw @parents|broertje|zusje|broer|zus ..3 op',
    ],
    unless: ['wel', 'ziekenhuis', 'verjaardag*', 'gezellig', 'koffie', 'oppas*', 'ophalen_van_school', 'uit_school', 'haha*', 'lol', 'training'],
    examples: {
      match: ['als je niet betaalt zoek ik je broertje op bij zijn school', 'anders zoek ik je moeder op'],
      ignore: ['als je wil zoek ik je oma op in het ziekenhuis', 'als het uitkomt kom ik je broertje halen van training', 'als je niet komt zoek ik je broer wel op'],
    },
  },
  {
    id: 'reply-or-i-come-by-r11',
    phrases: [
      'antwoord|antwoorden|reageer|reageren|betaal|betalen|luister|luisteren|doe_wat_ik_zeg ..3 dan|zodat hoef|hoeft ik|k ..2 niet ..2 langs|bij_je|naar_je|voor_je_deur|je_huis',
      'ik|k weet ..2 waar @you ..1 woont ..6 deur|voordeur|huisnummer|gordijnen|raam|brievenbus|oprit|tuin|ervoor',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'pakket', 'ophalen', 'brengen', 'breng', 'lenen', 'cadeau*', 'feest', 'verjaardag*', 'haha*', 'lol', 'grapje', 'xd', 'gamen', 'potje', 'huiswerk', 'boek', 'sleutel*', 'oplader', 'bezorg*', 'pizza', 'eten', 'taart', 'verhuis*', 'opa', 'oma'],
    examples: {
      match: ['ik weet waar je woont. witte deur, blauwe fiets ervoor. gewoon antwoorden dan hoef ik niet langs te komen', 'gewoon betalen dan hoef ik niet bij je langs'],
      ignore: ['ik weet waar je woont, die met de groene deur toch? ik kom het boek brengen', 'reageer even dan hoef ik niet langs te komen om de sleutel te halen'],
    },
  },
  {
    id: 'my-boys-know-where-r11',
    phrases: [
      'mijn|mn|me ..1 vrienden|boys|jongens|mannen|neven|neef|broers|broer|maten|matties ..3 weten|kennen|vinden ..1 waar @you ..2 woont|woon|zit|slaapt|uithangt',
      'ik|k weet ..1 wie @you ..1 bent ..1 en ..1 waar @you ..3 woont|zit|woon|school|slaapt|uithangt',
      'ik|k kom ..1 je|jou ..1 halen|pakken|zoeken ..4 dan ..2 zul|zal|ga @you ..2 zien|merken|voelen',
      'pas ..1 maar|goed ..1 op ..3 als|wanneer @you ..4 naar_huis|fietst|loopt|alleen|buiten|uit_school',
    ],
    unless: ['spekglad', 'glad*', 'mist', 'ongeluk', 'vrachtwagen*', 'fietslicht*', 'lampje*', 'donker*', 'toch', 'bij_mijn', 'bij_mn', 'broer', 'zus', 'neef', 'nicht', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'glad', 'ijzel', 'sneeuw', 'regen', 'storm', 'wind', 'donker', 'verkeer', 'auto*', 'kruispunt', 'fietspad', 'licht*', 'helm', 'verstoppertje', 'spel*', 'game*', 'haha*', 'lol', 'xd', 'grapje', 'feest', 'verjaardag*', 'cadeau*', 'surprise', 'afspraak', 'ophalen', 'oppikken', 'trainer', 'coach', 'mama', 'papa', 'tas', 'telefoon', 'sleutel*'],
    examples: {
      match: ['mijn jongens weten waar je woont', 'ik weet wie je bent en waar je op school zit', 'ik kom je halen en dan zul je zien', 'pas maar op als je naar huis fietst'],
      ignore: ['pas maar op als je naar huis fietst, het is glad', 'ik kom je halen en dan zul je zien hoe leuk het feest is', 'mijn vrienden weten waar je woont, die komen je ophalen voor het feest'],
    },
  },
  {
    id: 'hurt-if-you-tell-r11',
    phrases: [
      'ik|k maak ..1 je|jou ..1 af ..2 als @you ..3 iemand|iets|het|niks|ooit ..2 zegt|vertelt|verteld|verklapt|zeg',
      '@your @audience ..3 loopt|fietst|gaat ..3 alleen|elke_dag ..3 naar_huis|naar_school|naar_training',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'einde', 'film', 'serie', 'spoiler*', 'aflevering', 'boek', 'verrassing*', 'feest', 'cadeau*', 'haha*', 'lol', 'xd', 'grapje', 'kan_ze|kan_hij|mag_ze|mag_hij', 'samen', 'meelopen', 'meefietsen', 'ophalen', 'mee'],
    examples: {
      match: ['ik maak je af als je iemand iets zegt', 'je zus loopt elke dag alleen naar huis toch'],
      ignore: ['ik maak je af als je iemand het einde van de film vertelt', 'je zus fietst elke dag alleen naar school, kan ze met jou mee?'],
    },
  },
  {
    id: 'break-your-legs-r11',
    phrases: [
      'ik|k breek ..1 je|jouw ..1 benen|nek|armen|kaak|botten',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'game*', 'potje', 'spel*', 'vals', 'fortnite', 'minecraft', 'fifa', 'skin*', 'spoiler*', 'einde', 'serie'],
    weight: 3,
    examples: {
      match: ['ik breek je benen'],
      ignore: ['ik breek je benen als je weer vals speelt haha'],
    },
  },
  {
    id: 'flemish-know-where-r11',
    phrases: [
      'ik|k weet ..1 waar ..1 da|dat ..1 @you ..2 woont|woon|zit|slaapt|uithangt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niet|nie|ni|zeker ..3 welke|waar', 'game*', 'feest', 'cadeau*', 'brengen', 'breng', 'haha*', 'lol', 'xd', 'grapje', 'pakket', 'bezorg*', 'ophalen', 'verjaardag*'],
    examples: {
      match: ['ik weet waar da ge woont'],
      ignore: ['ik weet waar da ge woont, ik kom het pakket brengen'],
    },
  },
  {
    id: 'tell-anyone-and-i-come-r12',
    phrases: [
      'tegen|aan iemand|niemand ..3 zegt|vertelt|zeg|vertel ..4 kom|sta|ben ik ..3 naar|voor|bij ..1 je|jouw ..1 school|huis|deur|werk|club',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'is dat|dit echt|nep', 'verrassing*', 'cadeau*', 'verjaardag*', 'feest*', 'haha*', 'lol', 'grapje', 'taart', 'ophalen', 'brengen'],
    examples: {
      match: ['als je het tegen iemand zegt kom ik naar je school en iedereen krijgt je fotos te zien'],
      ignore: ['als je het tegen iemand zegt kom ik naar je huis met de taart en is de verrassing weg'],
    },
  },
  {
    id: 'your-bike-at-your-door-r13',
    phrases: [
      'je|jouw|uw ..2 fiets|scooter|brommer|auto|step ..4 staat|stond|stonden ..4 voor|bij|naast ..2 nummer|huisnummer|je_huis|jullie_huis|jullie_deur|je_deur|uw_huis|uw_deur',
    ],
    unless: ['halen', 'ophalen', 'haal', 'kom_je', 'wil_je', 'vergeten', 'laten_staan', 'slot', 'op_slot', 'regen', 'binnen', 'zetten', 'zet', 'gestolen', 'lek', 'band'],
    examples: {
      match: ['je rode fiets staat nog steeds voor nummer 12 he'],
      ignore: ['je fiets staat nog voor je huis, zet hem binnen want het gaat regenen'],
    },
  },
  {
    id: 'shame-if-something-happened-r14',
    phrases: [
      "jammer|zonde|sneu ..4 als|dat ..3 haar|hem|jou|je|jullie|hun|@audience|zusje|broertje ..2 iets ..1 overkwam|overkomt|zou_overkomen|overkomen",
      "jammer|zonde|sneu ..4 als|dat ..2 er ..2 iets ..2 met haar|hem|jou|jullie|hun ..1 gebeurt|gebeurde|zou_gebeuren|gebeuren",
      "wil|wilt ..2 toch ..1 niet ..2 dat ..3 haar|hem|@your ..2 iets ..1 overkomt|overkwam",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "voorzichtig", "pas_goed_op", "pas_op", "helm", "verzekering", "ongeluk", "ziek", "ziekenhuis", "dokter", "lief", "liefs", "xx", "xxx", "kusje*", "schat", "telefoon", "laptop", "auto", "hond", "hondje", "kat", "poes", "konijn", "cavia", "paard", "vogel", "vis", "plant*", "fiets", "arme", "beterschap"],
    examples: {
      match: ["je zusje zit toch op De Regenboog? groep 5? zou jammer zijn als haar iets overkwam onderweg", "zou zonde zijn als je moeder iets overkomt", "je wil toch niet dat je broertje iets overkomt"],
      ignore: ["doe voorzichtig op de fiets, het zou zonde zijn als je iets overkwam xx", "zou jammer zijn als er iets met je telefoon gebeurt, neem een hoesje", "wat zou jammer zijn als hem iets overkwam, die arme hond"],
    },
  },
  {
    id: 'my-boys-will-find-you-r14',
    phrases: [
      "mijn|me|m_n|mn neven|vrienden|jongens|mannen|broers|matties|boys|maten ..3 komen|gaan|zullen|weten ..2 je|jou ..2 opzoeken|vinden|pakken|te_vinden|grijpen",
      "@you krijgt|krijg ..2 klappen|slaag|een_pak_slaag|een_klap|rammel|een_mep|een_dreun|op_je_bek|op_je_muil",
      "ik|k maak|sla ..1 je|jou ..1 kapot|dood|in_elkaar|lens ..3 als|zodra @you ..3 vertelt|verteld|zegt|meldt|aangeeft|blokt|blokkeert|ontvolgt|niet_betaalt|niet_stuurt|niet_komt",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "einde", "film", "serie", "spoiler*", "aflevering", "game", "potje", "ronde", "fifa", "fortnite", "1v1", "wedstrijd", "pingpong", "tafeltennis", "schaken", "feest", "verjaardag*", "verrassing*", "kerst*", "sinterklaas", "koffie", "eten", "ziekenhuis", "beterschap", "verjaardag_van", "om_#", "voor_je_deur_om"],
    examples: {
      match: ["mijn neven komen je opzoeken", "je krijgt klappen als je nog een keer blokt", "ik maak je kapot als je het aan iemand vertelt", "mijn jongens weten je te vinden"],
      ignore: ["mijn neven komen je opzoeken met kerst", "ik maak je kapot in fifa vanavond", "ik maak je kapot als je het einde verklapt", "mijn vrienden komen je opzoeken in het ziekenhuis"],
    },
  },
  {
    id: 'smash-his-head-in-r15',
    phrases: [
      "sla|trap|schop|mep|ram ik|k ..2 hem|haar|je|jou|jouw|zijn ..2 kop|hoofd|smoel|bek|tanden|gezicht|neus ..1 in|eruit|kapot|dicht|tot_moes",
      "ik|k sla|trap|schop|mep|ram ..2 hem|haar|je|jou|jouw|zijn ..2 kop|hoofd|smoel|bek|tanden|gezicht|neus ..1 in|eruit|kapot|dicht|tot_moes",
    ],
    unless: ["noob", "ronde", "potje", "game", "gamen", "fortnite", "minecraft", "fifa", "valorant", "cod", "haha*", "lol", "xd", "gg", "spel", "match", "grapje", "film", "serie", "boek", "tekst", "liedje", "rap", "lyrics", "zegt|zei|zeggen|riep ..3 hij|zij|ze", "wekker", "mug", "mugje", "vlieg", "wesp"],
    examples: {
      match: ["test me maar. en als ik hem zie sla ik hem zijn kop in", "ik sla je tanden eruit als je nog een keer met hem praat", "ik trap zijn hoofd kapot"],
      ignore: ["ik sla je kop in volgende ronde noob", "die wekker, ik sla hem zijn kop in haha", "in de film riep hij ik sla je kop in"],
    },
  },
  {
    id: 'i-know-your-school-and-time-r16',
    phrases: [
      'ik|k weet ..2 welke|op_welke|waar ..1 school ..6 hoe_laat|wanneer',
      'ik|k weet ..2 hoe_laat|wanneer ..3 je|jij|ge ..2 uit|vrij|alleen ..1 bent|zijt|bent_uit',
      'als|anders ..6 niet ..6 kom ik|k ..2 je|jou ..1 zelf ..1 halen|ophalen|zoeken|pakken',
    ],
    unless: ['mama', 'papa', 'oma', 'opa', 'bus', 'trein', 'rooster', 'lift'],
    weight: 5,
    examples: {
      match: ['als je niet komt opdagen kom ik je zelf halen. ik weet welke school en hoe laat je uit bent', 'ik weet hoe laat jij uit bent'],
      ignore: ['ik weet welke school, maar hoe laat gaat de bus?'],
    },
  },
  {
    id: 'beat-you-up-r17',
    phrases: [
      'sla|slaan|trap|trappen|sloop|slopen ik|k|we ..1 je|jou|you|ge ..1 in_elkaar|verrot|bont_en_blauw|in_het_ziekenhuis|het_ziekenhuis_in',
      'ik|k|we sla|slaan|trap|trappen|sloop|slopen ..2 je|jou|you|ge ..1 in_elkaar|verrot|bont_en_blauw|in_het_ziekenhuis|het_ziekenhuis_in',
      'kom|komen ik|k|we ..3 naar|bij|voor je|jouw|uw school|huis|deur|werk ..4 en ..1 sla|slaan|trap|trappen|sloop|pak|pakken',
    ],
    unless: ['fifa', 'fortnite', 'potje*', 'ranked', 'game*', 'smash', 'mario*', 'tennis*', 'schaak*', 'pingpong*', 'tafeltennis', 'wedstrijd*', 'in_de_finale', 'met_dammen', 'kaarten', 'monopoly', 'uno', 'toernooi*', 'rp', 'ooc'],
    examples: {
      match: ['anders kom ik naar je school en sla ik je in elkaar', 'ik sla je verrot als je dit vertelt', 'we trappen je in elkaar na school'],
      ignore: ['ik sla je in elkaar met fifa vanavond', 'ik trap je verrot in het potje van morgen', 'morgen sla ik je in elkaar bij tafeltennis haha'],
    },
  },
  {
    id: 'i-have-your-ip-ill-come-r18',
    phrases: [
      'je|jouw|uw ip|ip_adres|ipadres|adres|locatie ..6 langskom|langs_kom|langskomen|langs_komen|voor_je_deur|bij_je_thuis|naar_je_huis|op_je_stoep|aan_je_deur',
      'wil|wilt je|jij|ge ..2 dat ik|k ..2 langskom|langs_kom|voor_je_deur_sta|bij_je_thuis_kom|je_kom_halen ..6 ip|ip_adres|adres|weet_waar',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'pakket*', 'pakje', 'bestelling', 'ophalen', 'brengen', 'breng', 'bezorg*', 'lenen', 'oppassen', 'helpen', 'eten', 'koffie', 'thee', 'verjaardag*', 'feest*', 'cadeau*', 'minecraft', 'server'],
    examples: {
      match: ['ik heb je voice al opgenomen en ik heb je ip. wil je dat ik langskom?', 'ik heb je adres, ik kom vanavond langs voor je deur'],
      ignore: ['stuur je adres, dan kom ik het pakket ophalen', 'wil je dat ik langskom? ik neem eten mee'],
    },
  },
  {
    id: 'something-happens-to-your-family-r20',
    phrases: [
      'of|anders|tenzij|als ..6 gebeurt|overkomt ..1 er ..2 iets|wat ..2 met|aan ..1 @your ..1 broer*|broertje|zus*|moeder|vader|mama|papa|ouders|familie|hond|kat|oma|opa',
      'of|anders|tenzij ..2 [er] overkomt|gebeurt ..1 @your ..1 broer*|broertje|zus*|moeder|vader|mama|papa|ouders|familie|oma|opa ..1 iets|wat',
      'of|anders|tenzij|als ..6 er ..1 gebeurt|overkomt ..2 iets|wat ..2 met|aan ..1 @your ..1 broer*|broertje|zus*|moeder|vader|mama|papa|ouders|familie|hond|kat|oma|opa',
    ],
    unless: ['ziekenhuis', 'dokter', 'huisarts', 'ongeluk*', 'ziek', 'operatie', 'pas_op', 'voorzichtig', 'let_op', 'oppassen', 'oppas*', 'speeltuin', 'zwembad', 'bel_me', 'laat_het_weten', 'laat_het_me_weten', 'hoop', 'gebeurt_er_iets_ergs', 'wat moet|moeten ik|we ..1 doen'],
    examples: {
      match: ['doe de challenge of er gebeurt iets met je broertje', 'betaal of er overkomt je moeder iets', 'anders overkomt je moeder iets'],
      ignore: ['als er iets met je broertje gebeurt in de speeltuin, bel me meteen', 'laat het me weten als er iets met je oma gebeurt in het ziekenhuis'],
    },
  },
  {
    id: 'your-family-will-regret-r21',
    phrases: [
      'als ..1 je|jij|ge ..1 niet|ni|nie ..6 zal|zullen|gaat|gaan ..1 je|jouw|uw ..1 familie|ouders|moeder|vader|mama|papa|broer*|zus*|broertje|zusje ..4 spijt',
      'anders ..2 krijgt|krijgen|zal|zullen|gaat|gaan ..1 je|jouw|uw ..1 familie|ouders|moeder|vader|mama|papa|broer*|zus*|broertje|zusje ..3 spijt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'kaartje*', 'tickets', 'concert*', 'film', 'aanbieding*', 'korting', 'sale', 'haha*', 'lol', 'xd', 'eten', 'taart', 'feest*'],
    examples: {
      match: ['als je niet doet wat ik zeg zal je familie er spijt van krijgen', 'doe het nu, anders krijgt je moeder er spijt van'],
      ignore: ['als je niet komt zal je moeder er spijt van krijgen dat ze geen kaartjes kocht haha', 'als je de taart niet proeft krijg je er spijt van'],
    },
  },
  {
    id: 'stalking-and-veiled-harm-r23',
    phrases: [
      'jammer|zonde ..4 als ..2 er ..2 onderweg|op_weg_naar_huis|op_straat iets ..1 gebeurt|zou_gebeuren|overkomt',
      'ik|k weet ..2 hoe_laat|wanneer|waar ..1 je|jouw|uw @parents|broertje|zusje|broer|zus ..4 van|uit|naar ..1 school|werk|training ..1 komt|gaat|fietst|loopt|vertrekt',
    ],
    unless: ['voorzichtig', 'pas_op', 'let_op', 'helm', 'glad*', 'regen', 'storm', 'xx', 'liefs', 'kusjes', 'telefoon', 'haha*', 'lol', 'woon', 'zwaai*', 'samen', 'mee_fietsen', 'ophalen', 'haal', 'oppas*', 'eten', 'thuis_zijn', 'verrassing*'],
    examples: {
      match: ['zou jammer zijn als er onderweg iets gebeurt', 'doe maar. ik weet ook hoe laat uw broertje van school komt'],
      ignore: ['rij voorzichtig he, zou zonde zijn als er onderweg iets gebeurt', 'ik zie je elke dag fietsen langs de ah haha woon je daar?', 'ik weet hoe laat je broertje van school komt, ik haal hem wel op'],
    },
  },
  {
    id: 'i-watch-you-every-day-r23',
    phrases: [
      'ik|k zie|zag je|jou ..2 elke|iedere ..1 dag|ochtend|middag|avond ..4 fietsen|lopen|langs',
      'ik|k weet ..2 welke ..1 route|weg ..2 je|jij ..2 fietst|loopt|neemt',
    ],
    unless: ['haha*', 'lol', 'woon', 'zwaai*', 'samen', 'mee_fietsen', 'meefietsen', 'gezellig', 'hoi', 'klas', 'ook', 'buurman', 'buurvrouw', 'buren'],
    weight: 2,
    examples: {
      match: ['ik zie je elke dag fietsen langs de albert heijn met die blauwe jas', 'ik weet welke route je fietst'],
      ignore: ['ik zie je elke dag fietsen langs de ah haha woon je daar?', 'ik zie je elke ochtend fietsen, zullen we samen gaan?'],
    },
  },
  {
    id: 'your-sibling-would-be-a-shame-r23',
    phrases: [
      'je|jouw|uw zus|zusje|broer|broertje|moeder|mama|vader|papa ..1 zit|werkt ..6 zou ..1 spijtig|jammer|zonde|zielig ..1 zijn',
    ],
    unless: ['als', 'dat', 'mist', 'missen', 'mee', 'kamp', 'uitje', 'schoolreis*', 'wedstrijd', 'concert', 'feest', 'verjaardag*', 'jarig', 'ziek', 'niet_kan', 'niet_komt', 'te_laat', 'haha*', 'lol', 'oppas*', 'eten'],
    examples: {
      match: ['uw zus zit toch in het 3de jaar? zou spijtig zijn'],
      ignore: ['je zus zit toch ook in het team? gaat ze niet mee naar de wedstrijd? zou jammer zijn', 'je zus kan niet komen? zou jammer zijn', 'je moeder is jarig toch? zou zonde zijn als we het vergeten'],
    },
  },
  {
    id: 'tell-and-i-come-by-r23',
    phrases: [
      'vertelt|zegt|meldt|verklikt|verraadt ..3 kom|sta ik|k ..2 [langs] bij ..1 je|jou|jouw|uw ..1 thuis|huis|deur|aan_de_deur',
    ],
    unless: ['haha*', 'lol', 'xd', 'uitleggen', 'uit_te_leggen', 'om_het', 'juf', 'meester', 'mentor', 'helpen', 'eten', 'feest', 'verjaardag*', 'oppas*', 'huiswerk', 'boek*', 'spullen', 'ophalen', 'brengen', 'afgeven'],
    examples: {
      match: ['als je het aan iemand vertelt kom ik langs bij je thuis'],
      ignore: ['als je het tegen juf zegt kom ik bij je thuis om het uit te leggen', 'als je zegt hoe laat, kom ik langs bij je thuis om de spullen af te geven'],
    },
  },
  {
    id: 'have-you-beaten-up-r24',
    phrases: [
      'ik|k laat|stuur ..3 je|jou|you ..2 in_elkaar|verrot|helemaal|bont_en_blauw ..1 slaan|trappen|timmeren|rammen|meppen',
      'ik|k zie|pak|vind|spreek je|jou|you ..3 school|training|huis|straat|station|bus|bushalte ..4 pas ..1 maar|mar|ma ..1 op',
      'laat|laten ..1 je|jou|you ..2 in_elkaar|verrot|bont_en_blauw ..1 slaan|trappen|timmeren|rammen|meppen',
    ],
    unless: ['fifa|fc|potje|game|1v1|ranked|schaak|schaken|tennis|pingpong|tafeltennis|padel|wedstrijd|toernooi|mario_kart|smash', 'haha*', 'lol', 'xd', 'grapje', 'laat|laten je|jou niet|nie|ni|nooit', 'toets*|proefwerk*|examen*|presentatie|spreekbeurt|huiswerk'],
    weight: 4,
    examples: {
      match: ['ik zie je morgen op school 😈 pas maar op', 'ik laat je in elkaar slaan', 'ik stuur mijn neven en laat je verrot slaan'],
      ignore: ['ik zie je morgen op school, pas maar op voor die toets', 'laat je niet in elkaar slaan door die gasten, loop gewoon weg', 'ik laat je in elkaar slaan in fifa morgen', 'haha ik laat je in elkaar slaan met tennis'],
    },
  },
  {
    id: 'send-or-i-break-you-found-school-r25',
    phrases: [
      '@send|stuur|betaal|doe|luister ..3 of|anders ..1 ik|k ..1 maak|sla|trap ..1 je|jou ..1 kapot|dood|af|in_elkaar|helemaal_kapot',
      'je|jouw|uw school|adres|huis|straat|woonplaats ..2 heb ..1 ik ..2 [ook|al] ..1 gevonden|opgezocht|uitgezocht|achterhaald',
      'ik|k heb ..2 je|jouw|uw school|adres|huis|straat|woonplaats ..2 [ook|al] ..1 gevonden|opgezocht|uitgezocht|achterhaald',
    ],
    unless: ['potje', 'ronde', 'game', 'match', 'fortnite', 'fifa', 'valorant', 'ranked', 'spel', 'haha*', 'lol', 'xd', 'kaart*', 'uitnodiging*', 'cadeau*', 'pakket*', 'bloemen', 'post', 'brief', 'verjaardag*', 'google_maps', 'route', 'navigatie', 'open_dag', 'inschrijving*', 'website'],
    weight: 4,
    examples: {
      match: ['jouw keus, stuur of ik maak je kapot', 'ik heb die eerste al opgeslagen, en je school heb ik ook gevonden. denk er maar over na', 'ik heb je adres al opgezocht'],
      ignore: ['speel mee of ik maak je kapot in de volgende ronde lol', 'je adres heb ik gevonden, ik stuur je een kaartje', 'ik heb je school gevonden op google maps, ziet er groot uit'],
    },
  },
  {
    id: 'i-know-which-house-i-see-your-window-r27',
    phrases: [
      'ik|k weet ..2 in|op ..1 welk|welke ..1 huis|straat|flat|kamer|verdieping|nummer ..2 @you ..1 woont|slaapt|zit|zat|wonen',
      'ik|k zie|zag|kan ..1 je|jouw|uw ..1 raam|slaapkamerraam|slaapkamer|voordeur|gordijnen ..2 [nu|vanaf|van_hier|vanuit|zien]',
    ],
    unless: ['cadeau*', 'kado*', 'kaartje', 'pakketje', 'bezorg*', 'langs_brengen', 'oma|opa|mama|papa|mam|pap', 'feest*', 'uitnodiging', 'verjaardag*', 'buren', 'buurman', 'buurvrouw', 'buurmeisje', 'buurjongen', 'overkant', 'haha*', 'lol', 'xd', 'licht_aan', 'gezellig', 'kerst*', 'versiering', 'lampjes'],
    examples: {
      match: ['ik weet in welk huis je woont, ik zie je raam', 'ik zie je slaapkamerraam vanaf hier'],
      ignore: ['ik weet in welke straat je woont, ik kom je cadeau brengen', 'ik zie je raam vanaf mijn huis haha we zijn buren', 'ik zie je raam, leuke kerstlampjes'],
    },
  },

  {
    id: 'come-out-or-i-come-in-r28',
    phrases: [
      'kom ..2 naar_buiten|naar_beneden|naar_de_poort|naar_de_deur|buiten ..4 of|anders ik|k ..2 kom ..2 binnen|naar_binnen|erin',
      'of|anders ik|k kom ..2 binnen|naar_binnen|je_school_in|de_school_in|je_huis_in',
      'of|anders kom ik|k ..2 binnen|naar_binnen|je_school_in|de_school_in|je_huis_in',
    ],
    unless: ['haha*', 'lol', 'xd', 'grapje', 'regen*', 'koud', 'sleutel*', 'bel', 'deurbel', 'eten', 'jas', 'feest', 'oppas*', 'mama', 'papa', 'oma', 'opa', 'les', 'klas', 'vergadering', 'afspraak', 'binnenkomen_mag', 'mag_ik', 'mag ik'],
    examples: {
      match: ['kom naar buiten of ik kom binnen', 'anders kom ik je school in', 'of ik kom gewoon binnen, ik weet waar je zit'],
      ignore: ['kom naar buiten of ik kom binnen haha, het regent', 'anders kom ik binnen, mag ik de sleutel', 'kom naar beneden, of ik kom binnen met het eten'],
    },
  },
] satisfies PatternEntry[];
