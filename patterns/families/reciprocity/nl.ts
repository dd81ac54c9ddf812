import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-sent-mine-your-turn',
    phrases: [
      'ik|k heb|had ..5 gestuurd|gestuurt|verstuurd|opgestuurd|laten_zien|getoond ..2 nu|dus jij|jouw|you|jij_nu',
      'kheb|khad ..5 gestuurd|gestuurt|verstuurd|opgestuurd|laten_zien|getoond ..2 nu|dus jij|jouw|you|jij_nu',
      'ik|k heb|had ..2 de|het mijne|mijn ..2 gestuurd|gestuurt|verstuurd|laten_zien|getoond',
      'kheb|khad ..2 de|het mijne|mijn ..2 gestuurd|gestuurt|verstuurd|laten_zien|getoond',
      'ik|k heb|had ..3 ook ..2 @photo ..2 gestuurd|gestuurt|verstuurd',
      'kheb|khad ..3 ook ..2 @photo ..2 gestuurd|gestuurt|verstuurd',
      'nu jij|jouw_beurt ..2 @photo|@nude|een_foto|eentje|een_pic|terug',
      '@photo|@nude ..4 nu jij|jouw_beurt',
      'jouw beurt ..3 @send|laat|toon|zien',
      'jouw|jou beurt ..5 terug|terugsturen|terugdoen|terug_te_sturen',
      'eerlijk is eerlijk',
      'nu jij|jouw_beurt ..4 eerlijk',
      'ik|k heb|had het|t|dat ook ..1 gedaan|gestuurd ..5 laat|stuur|toon|nu|jij|jouw',
      'ik|k stuur|laat ..2 er ook|ook_een|ook_eentje ..2 van mij|mezelf',
      'kstuur|klaat ..2 er ook|ook_een|ook_eentje ..2 van mij|mezelf',
      'en|dan ik|k ..1 het|de mijne',
      'ik|k laat|stuur|toon ..2 mijn|m|mn|mijne|de_mijne ..1 @bodypart|@photo|@nude ..2 ook|terug|eerst',
      'klaat|kstuur|ktoon ..2 mijn|m|mn|mijne|de_mijne ..1 @bodypart|@photo|@nude ..2 ook|terug|eerst',
      'ik|k heb|had [je|jou] er ..1 ook ..1 [een|eentje] gestuurd|verstuurd|gestuurt',
      'kheb|khad [je|jou] er ..1 ook ..1 [een|eentje] gestuurd|verstuurd|gestuurt',
      'mijne|de_mijne ..3 gezien|gehad|gekregen ..4 jouwe|de_jouwe',
      'ik|k stuur|laat ..2 eerst ..3 @photo|@nude ..2 van mij|mezelf',
      'kstuur|klaat ..2 eerst ..3 @photo|@nude ..2 van mij|mezelf',
    ],
    unless: ['naar_de_juf|naar_de_meester|naar_de_docent|naar_de_mentor|naar_de_groep|naar_de_klas', 'potje', 'spel', 'game', 'dobbel*', 'kaart*', 'zet', 'verzoek', 'vraag', 'huiswerk', 'opdracht'],
    examples: {
      match: ['nu jij, is wel zo eerlijk', 'kom op ik heb het ook gedaan, laat eens wat meer zien', 'nu is het jouw beurt om iets terug te sturen', 'ik heb je net een foto gestuurd, nu jij', 'ik heb de mijne al gestuurd', 'nu jij een foto', 'ik heb je er ook een gestuurd, jouw beurt om te sturen', 'eerlijk is eerlijk'],
      ignore: ["ik heb het filmpje gestuurd naar de juf, nu jij", 'ik heb het ook gedaan, nu jij je huiswerk', 'de volgende keer betaal jij, is wel zo eerlijk', 'jouw beurt, stuur het verzoek', 'ik heb het huiswerk gestuurd, nu jij', 'nu jij aan de beurt in het spel'],
    },
  },
  {
    id: 'if-you-send-i-send',
    phrases: [
      'als|wanneer jij|je|ge|you ..4 stuurt|stuur|laat|toont|toon|doet|sturen ..2 ik|k ..3 ook|terug|de_mijne|mijne|nog_een|er_een|eentje|er_ook',
      'ik|k stuur|laat|toon|doe ..4 ook|terug|mijne|de_mijne|er_een|eentje ..3 als|wanneer|zodra jij|je|ge|you',
      'kstuur|klaat|ktoon|kdoe ..4 ook|terug|mijne|de_mijne|er_een|eentje ..3 als|wanneer|zodra jij|je|ge|you',
      'ik|k laat ..3 mijne|mijn|me|mij ..2 zien ..3 als|wanneer|zodra jij|je|ge|you',
      'klaat ..3 mijne|mijn|me|mij ..2 zien ..3 als|wanneer|zodra jij|je|ge|you',
      'jij eerst ..4 dan|daarna ik|stuur|laat',
      'ik|k eerst ..3 dan|daarna jij|jij_ook',
      'keerst ..3 dan|daarna jij|jij_ook',
      'ruil*|ruilen|uitwisselen ..3 @photo|@nude',
      '@photo|@nude ..2 ruil*|ruilen|uitwisselen|swappen',
      'de|het mijne|mijn ..3 voor|tegen de|het jouwe',
      'ik|k stuur|laat|toon ..4 alleen|pas|maar als|wanneer|zodra ..1 jij|je|ge ..3 ook|terug ..2 iets|wat|eentje|een ..1 terugstuurt|stuurt|terug_stuurt|laat_zien|toont',
      'kstuur|klaat|ktoon ..4 alleen|pas|maar als|wanneer|zodra ..1 jij|je|ge ..3 ook|terug ..2 iets|wat|eentje|een ..1 terugstuurt|stuurt|terug_stuurt|laat_zien|toont',
      'als|zodra|mits jij|je|ge ..2 ook ..2 iets|wat|eentje|een|er_een ..1 terugstuurt|terug_stuurt|terugstuurd',
    ],
    unless: ['potje', 'spel', 'game', 'skin*', 'kaart*', 'pokemon', 'huiswerk', 'opdracht', 'antwoord*', 'beurt_in', 'groep*', 'klas', 'vakantie*|reis|reisje|feest*|verjaardag*|kerst*|trip|uitje|schoolreis*|kamp'],
    examples: {
      match: ['als jij er een stuurt stuur ik er ook een', 'ik stuur er ook een als jij eerst stuurt', 'ik laat de mijne zien als jij de jouwe laat zien', 'jij eerst dan stuur ik', 'zullen we fotos ruilen', 'de mijne voor de jouwe', 'ok ik stuur je iets, maar alleen als jij dan ook iets terugstuurt', 'als je ook eentje terugstuurt'],
      ignore: ['wil je ruilen? ik geef je mijn skin voor jouw pickaxe', 'als je het stuurt stuur ik het door naar de groep', 'jij eerst dan ik in het potje', 'ik stuur je de kaart alleen als jij ook iets terugstuurt voor de groep', 'ik stuur je de link pas als je het huiswerk terugstuurt', 'ik stuur je iets alleen als jij ook iets terugstuurt van je vakantie'],
    },
  },
  {
    id: 'you-must-send-one-too',
    phrases: [
      'jij|je|ge moet|moet_je ..3 ook ..2 eentje|een|er_een|er_eentje|iets|wat ..1 sturen|terugsturen|opsturen|laten_zien|tonen',
      'moet|moet_je|moet_jij ..2 jij|je ..2 ook ..2 eentje|een|er_een|er_eentje ..1 sturen|terugsturen|opsturen',
    ],
    unless: ['huiswerk', 'opdracht', 'verslag', 'werkstuk', 'mail', 'formulier', 'kaart*', 'uitnodiging*', 'cv', 'sollicitatie', 'link', 'tikkie'],
    examples: {
      match: ['jij moet er daarna ook eentje sturen he', 'dan moet jij ook een foto sturen'],
      ignore: ['jij moet ook een mail sturen naar de docent', 'je moet ook een tikkie sturen'],
    },
  },
  {
    id: 'i-go-first-u6',
    phrases: [
      'ik|k stuur|laat|toon|doe|stuurde ..3 eerst ..5 dan|daarna|en|daarna_ben ..1 jij|jij_ook|jouw_beurt|you',
      'kstuur|klaat|ktoon|kdoe ..3 eerst ..5 dan|daarna|en ..1 jij|jij_ook|jouw_beurt|you',
      'een|eentje|1 van mij ..4 een|eentje|1 van jou|jouw|you',
      'ik|k heb ..3 [net|al|zojuist|ook] een|eentje|1|er_een|er_eentje|er_1 van mij|mezelf ..1 gestuurd|verstuurd|opgestuurd|gestuurt',
      'kheb ..3 [net|al|zojuist|ook] een|eentje|1|er_een|er_eentje|er_1 van mij|mezelf ..1 gestuurd|verstuurd|opgestuurd|gestuurt',
      'heb|had ik|k ..3 [net|al|zojuist|ook] een|eentje|1|er_een|er_eentje van mij|mezelf ..1 gestuurd|verstuurd|opgestuurd',
      'ik|k heb ..2 [je|jou] [net|al|zojuist|ook] ..1 @photo [s] ..1 van mij|mezelf ..1 gestuurd|verstuurd|gestuurt|laten_zien',
      'jij|je|ge hebt|heb ..3 de|het mijne|mijn ..3 gezien|gehad|gekregen ..4 nu|dus|dan',
      'ik|k wil|mag ..3 de|het jouwe|jouw ..2 ook ..1 zien|hebben',
      'ik|k stuur ..2 je|jou ..1 iets|wat|eentje ..6 nu|dan jij|jouw_beurt',
    ],
    unless: ['huiswerk', 'opdracht', 'antwoord*', 'uitwerking*', 'samenvatting', 'potje', 'spel', 'game', 'kaart*', 'link', 'cv', 'sollicitatie', 'mail', 'tikkie', 'adres', 'locatie', 'rooster', 'recept', 'vakantie*', 'reis', 'feest*', 'verjaardag*', 'hond', 'kat', 'groep*', 'klas*', 'familiegroep*', 'familieapp*', 'groepsapp*', 'klassenapp*', 'teamapp*', 'chat', 'mail'],
    weight: 3,
    examples: {
      match: ['ik stuur er eerst een van mij, dan jij een van jou. deal?', 'zo ik heb er net een van mij gestuurd', 'ik heb je net een foto van mezelf gestuurd', 'je hebt de mijne gezien, dus nu', 'ik wil de jouwe ook zien', 'ik stuur je iets, niet schrikken. nu jij'],
      ignore: ['ik stuur eerst mijn huiswerk, dan jij', 'ik heb er net een van mij gestuurd in de groep', 'ik wil het jouwe ook zien, je vakantiefotos'],
    },
  },
  {
    id: 'my-pic-for-yours-e8',
    phrases: [
      'ik|k stuur|geef|laat|toon ..3 mijn|mn|m|mijne ..2 @photo|@nude|@bodypart ..5 jij|je|ge|you ..1 stuurt|stuur|geeft|laat|toont ..3 jouw|jouwe|de_jouwe|je|jou',
      'kstuur|kgeef|klaat|ktoon ..3 mijn|mn|m|mijne ..2 @photo|@nude|@bodypart ..5 jij|je|ge|you ..1 stuurt|stuur|geeft|laat|toont ..3 jouw|jouwe|de_jouwe|je|jou',
      '@nude|@bodypart ..6 ik|k stuur|laat|doe|toon ..2 ook ..1 een|eentje|1|wat|iets',
      '@photo [s] ..1 van ..1 mij|mezelf ..6 van ..1 jou|jezelf',
      'eerst jij|jouw ..3 dan|daarna ..2 stuur|laat|toon ik|k ..2 er_een|eentje|de_mijne|mijne|@photo|@nude|me|mij|mezelf|iets',
      'als @you ..2 je|jezelf ..1 laat ..1 zien ..3 laat|toon ik|k ..2 me|mij|mezelf|de_mijne',
    ],
    unless: ['potje', 'spel', 'game', 'skin*', 'kaart*', 'pokemon', 'huiswerk', 'opdracht', 'antwoord*', 'aantekeningen', 'samenvatting', 'groep*', 'klas', 'vakantie*|reis|reisje|feest*|verjaardag*|kerst*|trip|uitje|schoolreis*|kamp', 'outfit', 'kapsel', 'tekening*', 'hond', 'kat', 'huisdier*', 'kamer', 'recept', 'taart', 'zwembad', 'strand', 'rooster', 'baby', 'klein', 'vroeger', 'kind', 'pasfoto', 'profielfoto', 'schoolfoto*', 'klassenfoto*', 'elkaar_herkennen|herkennen'],
    examples: {
      match: ['eerst jij, dan stuur ik er een', 'als jij je laat zien, laat ik me zien', 'ik stuur jou een foto van mij en jij stuurt er een van jou, deal?', 'Ik stuur jou mijn foto, jij stuurt jouw foto. deal?', 'heb je snap? stuur me er een zonder shirt, ik stuur er ook een'],
      ignore: ['eerst jij, dan doe ik de afwas', 'eerst jij, dan stuur ik de link', 'ik stuur een foto van mij als baby en jij een van jou als baby', 'ik stuur jou mijn foto van de vakantie, jij stuurt jouw foto van de reis', 'ik stuur jou mijn aantekeningen, jij stuurt jouw samenvatting'],
    },
  },
  {
    id: 'if-you-also-send-r10',
    phrases: [
      'als|zolang|wanneer je|jij|ge ..2 [er] ook ..2 [een|eentje|1|iets] stuurt|stuur|doet|laat_zien|toont|terugstuurt',
      'ik|k doe|zet ..1 mijne|de_mijne|mijn_cam|mn_cam|mijn_camera|mijn_webcam ..1 ook ..1 aan ..4 laten|laat|tonen we|wij ..2 zien|elkaar',
    ],
    unless: ['huiswerk', 'antwoorden', 'uitwerkingen', 'aantekeningen', 'samenvatting*', 'opdracht', 'rooster', 'locatie', 'vakantie', 'reis', 'kaartjes', 'tickets', 'lijstje', 'verlanglijst*', 'kerst*', 'bewijs', 'tikkie', 'betaal*', 'spreekbeurt', 'presentatie', 'les', 'vergadering', 'meeting', 'teams', 'zoom'],
    examples: {
      match: ['ik stuur jij een foto als jij er ook een stuurt', 'ik doe mijne ook aan, dan laten we zien wat we hebben', 'ik stuur er een als je ook iets stuurt'],
      ignore: ['ik stuur mijn antwoorden als jij er ook een stuurt', 'ik doe mijn cam ook aan voor de les', 'kom op, ik doe mijne ook aan', 'laten we zien wat we hebben aan boodschappen', 'ik stuur het tikkie als jij ook betaalt'],
    },
  },
  {
    id: 'like-i-did-your-turn-r11',
    phrases: [
      'zoals ik ..2 er ..1 een|eentje|ook|1 ..1 stuurde|stuur|gestuurd|heb_gestuurd',
      'nu jij|jouw_beurt|jij_nu ..5 niet ..1 eerlijk',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'spel', 'spelletje', 'potje', 'game', 'kaart*', 'dobbel*', 'monopoly', 'uno', 'mail', 'kaartje', 'brief', 'tikkie', 'link', 'huiswerk', 'bericht', 'berichtje', 'sollicitatie*'],
    weight: 2,
    examples: {
      match: ['nee een echte. zoals ik er een stuurde. kom op', 'nu jij. anders is het niet eerlijk he'],
      ignore: ['nu jij, anders is het potje niet eerlijk', 'stuur een kaartje zoals ik er een stuurde'],
    },
  },
  {
    id: 'then-i-send-one-too-r11',
    phrases: [
      'dan ..1 stuur|laat ik|k ..2 er|de_mijne|die_van_mij|mijne ..2 ook ..1 een|eentje|zien',
      'nu|dan wil ik|k ..2 iets|wat|er_een|eentje ..1 terug',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'link', 'tikkie', 'geld', 'euro*', 'mail', 'kaart*', 'brief', 'huiswerk', 'samenvatting', 'meme*', 'sticker*', 'gif', 'spotify', 'playlist', 'liedje*', 'lenen', 'geleend', 'boek', 'oplader', 'trui', 'hoodie', 'haha*', 'lol'],
    weight: 2,
    examples: {
      match: ['heb je er een gestuurd, dan stuur ik er ook een', 'ik heb je iets gestuurd, nu wil ik iets terug'],
      ignore: ['stuur jij de link, dan stuur ik er ook een', 'ik heb je mijn oplader geleend, nu wil ik iets terug'],
    },
  },
  {
    id: 'you-first-then-me-r11',
    phrases: [
      'eerst jij|jou ..2 dan ik|k',
      'ik|k stuur ..1 eerst ..2 [deal|ok|oke|goed]',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'potje', 'spel*', 'game*', 'beurt_bij', 'dobbel*', 'kaart*', 'uno', 'monopoly', 'link', 'tikkie', 'geld', 'euro*', 'mail', 'huiswerk', 'samenvatting', 'verslag', 'werkstuk', 'adres', 'locatie', 'uitnodiging*', 'douche', 'badkamer', 'eten', 'afwas'],
    weight: 2,
    examples: {
      match: ['eerst jij dan ik beloofd', 'deal? ik stuur eerst'],
      ignore: ['eerst jij dan ik onder de douche', 'ik stuur eerst de link'],
    },
  },
  {
    id: 'flemish-one-for-one-r11',
    phrases: [
      'ik|k stuur ..2 een|ene|eentje|1 ..1 als @you ..3 een|ene|eentje|1 ..1 stuurt|stuur|opstuurt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'link', 'tikkie', 'mail', 'kaart*', 'uitnodiging*', 'sticker*', 'meme*', 'gif', 'haha*', 'lol'],
    weight: 3,
    examples: {
      match: ['ik stuur er ene als gij er ene stuurt'],
      ignore: ['ik stuur er een als jij er een stuurt, van die memes haha'],
    },
  },
  {
    id: 'i-sent-one-too-you-now-r13',
    phrases: [
      'ik|k stuurde|stuurt|stuur|heb|gaf|deed [er] ook [er] een|eentje|1 ..4 jij|jouw_beurt|nu_jij|jij_nu|jij_ook',
    ],
    unless: ['kaart*', 'kerst*', 'uitnodiging*', 'tikkie', 'link', 'meme*', 'mail', 'brief', 'bericht*', 'appje', 'sticker*', 'gif*', 'voice*', 'spraakbericht*'],
    examples: {
      match: ['ik stuurde er ook een, jij nu 😇'],
      ignore: ['ik stuurde er ook een kerstkaart, jij ook?'],
    },
  },
  {
    id: 'i-send-one-too-r14',
    phrases: [
      "ik|k stuur|stuurde|doe|geef ..2 er ..1 ook ..1 een|eentje|1|wat",
      "jij|jou|jy|you ook ..2 laten|laat|tonen|toon ..1 zien ..4 eerlijk",
      "jij|jou|jy ook ..1 laat|toon ..1 zien",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "groepsfoto*", "vakantie", "huiswerk", "meme*", "kaart", "kaartje*", "uitnodiging*", "link", "tikkie", "recept", "hond", "kat", "verjaardag*", "cadeau*", "foto_van_de", "screenshot*", "rapport", "cijfers", "tekening*", "fiets", "kamer", "outfit_voor"],
    examples: {
      match: ["stuur eens een mirror pic 😏 ik stuur er ook een", "jij ook laat zien, anders is niet eerlijk", "ik doe er ook een, jij ook"],
      ignore: ["stuur een foto van je tekening, ik stuur er ook een", "ik stuur er ook een meme lol"],
    },
  },
  {
    id: 'i-send-something-if-you-do-r15',
    phrases: [
      "ik|k stuur ..2 jou|je|jij|you ..1 iets|wat|eentje|er_een|er_eentje ..2 als|zodra|wanneer jij|je|ge ..2 mij|me ..1 iets|wat|eentje|er_een|er_eentje stuurt|stuurd|terugstuurt",
      "kstuur ..2 jou|je|jij|you ..1 iets|wat|eentje|er_een|er_eentje ..2 als|zodra|wanneer jij|je|ge ..2 mij|me ..1 iets|wat|eentje|er_een|er_eentje stuurt|stuurd|terugstuurt",
    ],
    unless: ["link", "playlist", "liedje*", "meme*", "recept", "huiswerk", "antwoorden", "samenvatting", "adres", "nummer", "code", "kaartje*", "geld", "tikkie"],
    examples: {
      match: ["ik stuur jou iets als jij mij iets stuurt", "kstuur je er eentje als jij me er eentje stuurt"],
      ignore: ["ik stuur je iets als je me de link van de samenvatting stuurt", "ik stuur jou iets als jij mij een leuk liedje stuurt"],
    },
  },
  {
    id: 'mine-then-yours-r16',
    phrases: [
      'van mij ..4 en|dan jij|je|ge|gij ..3 van jou|you',
      'doe|trek ..4 uit ..3 ik doe|doe_ik ..1 het|t|dat|m ..1 ook|mee',
    ],
    unless: ['kaart*', 'sticker*', 'boek*', 'spel*', 'game', 'huiswerk', 'jas', 'schoenen'],
    examples: {
      match: ['ik stuur jou een foto van mij in mijn volleybal outfit en jij mij een van jou', 'doe je shirt eens uit, ik doe het ook'],
      ignore: ['ik neem de kaarten van mij mee en jij die van jou', 'doe je schoenen uit, ik doe het ook'],
    },
  },
  {
    id: 'body-show-mine-too-r17',
    phrases: [
      'lichaam|lijf|body|@bodypart|@nude ..6 ik|k laat ..2 het|de|m mijne|mijn|mn ..1 ook ..1 zien',
      'ik|k laat ..1 [jou|je] het|de mijne ook zien als|wanneer ..2 je|jij|ge ..2 je|jouw|uw lichaam|lijf|body|@bodypart|@nude',
    ],
    unless: ['dokter*', 'huisarts*', 'tatoeage*', 'tattoo*', 'litteken*', 'blauwe_plek*', 'wond*', 'sixpack_vorderingen'],
    examples: {
      match: ['kom op, even je lichaam laten zien, ik laat het mijne ook zien', 'ik laat de mijne ook zien als je je body laat zien'],
      ignore: ['laat je tatoeage zien, ik laat de mijne ook zien', 'laat je tekening zien, ik laat de mijne ook zien'],
    },
  },
  {
    id: 'you-already-have-mine-r18',
    phrases: [
      '@photo|shirt|@nude|@bodypart ..6 die|de van mij ..2 heb|had|kreeg|hebt je|jij|ge ..1 al|toch|nu|net',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'huiswerk', 'samenvatting', 'aantekeningen', 'kaart*', 'kaartje*', 'photocard*', 'pc', 'ticket*', 'vakantie*', 'reis', 'klassenfoto*', 'schoolfoto*', 'verjaardag*', 'feest*'],
    examples: {
      match: ['gwn ff zonder shirt ofzo, die van mij heb je al'],
      ignore: ['stuur de foto van je huiswerk, die van mij heb je al'],
    },
  },
  {
    id: 'i-showed-everything-too-r19',
    phrases: [
      'ik|k ..1 liet|toonde|heb ..2 ook ..3 alles|veel|van_alles|mezelf|mijzelf|mijn_lichaam ..2 zien|laten_zien|getoond',
    ],
    unless: ['juf', 'meester', 'dokter', 'huisarts', 'huiswerk', 'politie', 'ouders', 'mama', 'papa', 'oma', 'opa', 'museum', 'rondleiding', 'stad', 'school', 'kamer', 'huis', 'tuin', 'presentatie', 'spreekbeurt', 'tekening*', 'fotos_van_de', 'vakantie', 'haha*', 'lol'],
    examples: {
      match: ['kom op, ik liet ook alles zien', 'ik heb toch ook alles laten zien, nu jij'],
      ignore: ['ik heb ook alles laten zien aan de juf', 'ik liet ook alles zien van de stad toen jij hier was'],
    },
  },
  {
    id: 'i-show-myself-too-r20',
    phrases: [
      'ik|k laat ..1 mezelf|mijzelf|mij|me ..2 ook ..1 zien',
      'ik|k laat ..1 ook ..1 mezelf|mijzelf ..1 zien',
    ],
    unless: ['feest*', 'optreden*', 'podium', 'voorstelling*', 'wedstrijd*', 'training', 'school', 'les', 'vergadering', 'borrel', 'verjaardag*', 'bruiloft', 'begrafenis', 'meeting'],
    examples: {
      match: ['kom op, ik laat mezelf ook zien, eerlijk ruil', 'ik laat ook mezelf zien dan'],
      ignore: ['ik laat mezelf ook zien op het feest zaterdag', 'ik laat me ook zien bij de wedstrijd'],
    },
  },
  {
    id: 'then-you-send-something-too-r21',
    phrases: [
      '@photo|video|filmpje* ..2 van ..1 mij|mezelf ..6 dan|maar ..2 jij|je ..1 ook',
    ],
    unless: ['klas', 'tekening*', 'groepskaart', 'juf', 'meester', 'school', 'huiswerk', 'antwoorden', 'aantekeningen', 'samenvatting*', 'meme*', 'liedje*', 'playlist', 'link*', 'tikkie', 'geld', 'recept*', 'kerst*', 'vakantie*', 'feest*', 'verjaardag*', 'kaart*', 'oma', 'opa', 'opdracht*', 'werkstuk', 'toets'],
    examples: {
      match: ['ik heb een video van mij voor je, wil je hem? dan moet jij ook iets sturen', 'ik heb een foto van mezelf voor je, maar dan jij ook'],
      ignore: ["ik heb een foto van mij voor je gemaakt in de klas, maar dan moet jij ook een tekening maken", "dan moet jij ook iets sturen voor de groepskaart van juf", 'ik heb je mijn aantekeningen gestuurd, dan moet jij ook iets sturen van de samenvatting'],
    },
  },
  {
    id: 'gave-you-subs-now-you-r23',
    phrases: [
      'ik|k heb ..2 je|jou ..3 subs|bits|donatie|donaties|gegeven|gedoneerd|gestuurd ..6 iets ..1 terugdoen|terug_doen|voor_mij_doen',
    ],
    unless: ['huiswerk', 'afwas', 'klusje*', 'helpen', 'geholpen', 'verhuizen', 'oppassen', 'eten', 'koken', 'boodschappen', 'haha*', 'lol'],
    examples: {
      match: ['ik heb je 5 subs gegeven, nu mag jij wel iets terugdoen 😏'],
      ignore: ['ik heb je geholpen met je huiswerk, nu mag jij wel iets terugdoen'],
    },
  },
  {
    id: 'two-back-for-one-r24',
    phrases: [
      'ik|k stuur ..2 er ..1 twee|2|drie|3|meer|dubbel ..1 terug',
      'mijne|de_mijne voor|tegen jouwe|de_jouwe',
    ],
    unless: ['kaart*', 'pokemon*', 'sticker*', 'skin*', 'boek*', 'jas', 'trui', 'shirt', 'schoenen', 'plek', 'plaats', 'stoel', 'fiets', 'kamer', 'bed', 'fles', 'broodje', 'lunch', 'link', 'meme*', 'berichten', 'appjes', 'sms'],
    weight: 2,
    examples: {
      match: ['jij stuurt er een en ik stuur er twee terug', 'fair deal: mijne voor jouwe'],
      ignore: ['ruilen? mijne voor jouwe, ik heb een charizard kaart', 'ik stuur er twee terug, die memes zijn te goed'],
    },
  },
  {
    id: 'i-sent-now-you-r25',
    phrases: [
      'heb|had ..3 gestuurd|laten_zien|opgestuurd ..4 nu|dan ..1 ben|is ..1 jij|jouw_beurt|het_jouw_beurt',
      'liet|lieten|toonde ..3 zien|alles ..3 nu|dan ..1 jij|jouw_beurt',
      '@send ..3 @photo|spiegel|selfie|pic ..4 ik|k ..1 stuur|doe ..1 [er] [een] ..1 ook',
      'jouw|jou beurt ..3 @photo|@nude|cam|selfie',
      '@photo|@nude|selfie ..4 jouw|jou beurt',
    ],
    unless: ['hoofdstuk*', 'samenvatting*', 'verslag*', 'werkstuk*', 'opdracht*', 'juf', 'meester', 'docent*', 'mentor', 'mail', 'aanmelding*', 'formulier*', 'tekst', 'vragen', 'naar_de|naar_het|naar_juf|naar_mijn|naar_de_groep', 'ontbijt', 'lunch', 'avondeten', 'bereal', 'uitzicht', 'huisdier*', 'tekening*', 'kunstwerk*', 'zonsondergang', 'planten', 'tikkie', 'geld', 'euro', 'huiswerk', 'opdracht', 'antwoorden', 'link', 'adres', 'rooster', 'spel*', 'potje', 'ronde', 'dobbel*', 'kaart*', 'schaak', 'quiz', 'vakantie', 'reis', 'oma', 'opa', 'hond', 'kat', 'eten', 'recept', 'taart'],
    weight: 3,
    examples: {
      match: ['stuur daar een spiegel foto, ik stuur ook', 'ik heb er net een gestuurd, nu ben jij', 'ik liet je net alles zien, nu jij', 'foto gestuurd, jouw beurt'],
      ignore: ["ik heb mijn hoofdstuk gestuurd, nu ben jij", 'ik heb de tikkie gestuurd, nu ben jij', 'jouw beurt, gooi de dobbelsteen', 'stuur de foto van het recept, ik stuur ook die van de taart'],
    },
  },
  {
    id: 'expect-one-back-r25',
    phrases: [
      'ik|k ..1 verwacht|wil|krijg ..3 er ..2 een|eentje|ook ..1 terug',
      '@photo ..6 verwacht|wil|krijg ik ..3 er ..2 een|eentje|ook ..1 terug',
    ],
    unless: ['geld', 'euro', 'tikkie', 'antwoord', 'bericht', 'mail', 'kaart*', 'brief', 'cadeau*', 'spel*', 'boek', 'lader', 'oplader'],
    weight: 3,
    examples: {
      match: ['ik heb je een foto gestuurd, nu verwacht ik er ook een terug'],
      ignore: ['ik heb je een kaartje gestuurd, ik verwacht er ook een terug haha', 'ik heb je 10 euro gestuurd, ik wil er een terug'],
    },
  },
  {
    id: 'you-show-i-show-cam-too-r26',
    phrases: [
      'jij|je|gij|ge laat|toont ..1 zien ..2 ik|k laat|toon ..1 zien',
      'ik|k zet ..2 mijne|cam|camera|webcam ..1 ook aan ..6 laat|laten|toon|jij|je|jouwe|de_jouwe ..2 zien|aan',
    ],
    unless: ['tekening*', 'huiswerk', 'werkstuk*', 'presentatie*', 'scherm', 'tentamen', 'les', 'bijles'],
    examples: {
      match: ['maakt niet uit, ik zet de mijne ook aan. jij laat zien, ik laat zien 😉', 'ik zet mijn cam ook aan, dan laat jij je zien'],
      ignore: ['jij laat je tekening zien, ik laat de mijne zien', 'ik zet mijn cam ook aan voor de bijles, laat je scherm zien'],
    },
  },
  {
    id: 'you-send-first-r26',
    phrases: [
      'stuur|doe ..1 eerst ..1 jij|je|gij|ge ..2 een|1|eentje ..1 foto|pic|snap|selfie|fotootje|pic',
    ],
    unless: ['outfit', 'huiswerk', 'tafel', 'kamer', 'schoenen', 'jurk', 'kapsel', 'eten', 'score', 'stats', 'bon', 'formulier', 'tekening*', 'auto', 'fiets', 'hond', 'kat', 'aantekeningen', 'rooster', 'locatie', 'hoe_het', 'eruit_ziet_het'],
    weight: 2,
    examples: {
      match: ['ik ben 16 echt, stuur eerst jij een foto'],
      ignore: ['stuur eerst jij een foto van je outfit, dan kies ik de mijne', 'stuur eerst jij een foto, dan weet ik hoe het eruit ziet'],
    },
  },

  {
    id: 'mine-is-ready-r28',
    phrases: [
      'ik|k heb ..2 de|die mijne|mijn_foto|mijn_pic|mijn_fotos ..2 al ..2 klaar|klaarstaan|klaar_staan|gestuurd|gemaakt|genomen',
      'kheb ..2 de|die mijne|mijn_foto|mijn_pic|mijn_fotos ..2 al ..2 klaar|klaarstaan|klaar_staan|gestuurd|gemaakt|genomen',
    ],
    unless: ['huiswerk', 'opdracht*', 'formulier*', 'aanmelding*', 'verslag', 'werkstuk*', 'boek*', 'kaartje*', 'ticket*', 'cadeau*', 'outfit', 'kostuum', 'jurk', 'lootje*', 'lijstje', 'verlanglijst*', 'stem', 'spreekbeurt', 'presentatie', 'pasfoto', 'koffer', 'tas', 'lunch', 'taart'],
    weight: 2,
    examples: {
      match: ['come on, ik heb de mijne al klaar staan', 'kheb de mijne al gemaakt, nu jij'],
      ignore: ['ik heb de mijne al klaar, de spreekbeurt bedoel ik', 'ik heb mijn outfit al klaar, de mijne al gekocht'],
    },
  },

  {
    id: 'you-send-one-too-r28',
    phrases: [
      'stuur|stuurt|doe|geef jij|je|gij|ge ..1 [mij|me] er ..1 [dan|nu] ook ..1 een|eentje|1|ene',
    ],
    unless: ['lunch', 'eten', 'outfit', 'jurk', 'kapsel', 'huiswerk', 'opdracht*', 'rooster', 'link', 'kaartje*', 'ticket*', 'uitnodiging*', 'meme*', 'sticker*', 'kaart', 'ansichtkaart*', 'verjaardag*', 'hond', 'kat', 'puppy', 'uitzicht', 'zonsondergang', 'vakantie', 'strand', 'taart', 'boek*', 'spotify', 'playlist', 'nummer', 'liedje'],
    examples: {
      match: ['ik ben 15 net als jij, stuur jij er ook een?', 'nu jij, stuur jij me er ook eentje'],
      ignore: ['mijn lunch is saai vandaag, stuur jij er ook een?', 'leuke meme, stuur jij er ook een terug', 'stuur jij ook eens een foto, we zien je zo weinig'],
    },
  },
] satisfies PatternEntry[];
