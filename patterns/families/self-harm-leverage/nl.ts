import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-will-hurt-myself',
    phrases: [
      'ik|k pleeg|ga|doe|zal|plegen ..3 zelfmoord|suicide|zelfdoding',
      'kpleeg|kga|kdoe|kzal|kplegen ..3 zelfmoord|suicide|zelfdoding',
      'zelfmoord|suicide ..2 plegen|pleeg|doen',
      'mezelf|mijzelf ..3 iets|wat|pijn ..1 aan|aandoen|doen',
      'ik|k doe|ga|zal me ..2 iets|wat ..1 aan|aandoen',
      'doe|ga|zal ik|k me ..2 iets|wat ..1 aan|aandoen',
      'mezelf|mijzelf ..2 van kant ..1 [maken]',
      'mezelf|mijzelf ..2 ombrengen|om_brengen|opknopen|ophangen|snijden|verwonden|dood_maken|doodmaken',
      'ik|k snij|snijd|kerf ..2 mezelf|mijzelf',
      'ksnij|ksnijd|kkerf ..2 mezelf|mijzelf',
      'snij|snijd|kerf ik|k ..1 mezelf|mijzelf',
      'pleeg|doe|ga ik|k ..2 zelfmoord|suicide',
      'ga|gaat ik|k ..1 dood ..5 jouw|je schuld',
      'eind|einde ..1 aan ..1 mijn|m|mn|me ..1 leven',
      'ik|k spring ..3 voor ..1 de|een ..1 trein',
      'kspring ..3 voor ..1 de|een ..1 trein',
      'ik|k spring ..3 van ..1 het|een|de ..1 dak|brug|flat',
      'kspring ..3 van ..1 het|een|de ..1 dak|brug|flat',
      'jouw|je schuld ..4 als ..3 dood|zelfmoord|mezelf|er_niet_meer_ben|niet_meer_leef',
      'als ik ..3 dood|doodga|er_niet_meer_ben ..3 jouw|je schuld',
      'ik|k wil|kan ..2 niet ..1 meer leven ..3 als|zonder je|jij|ge|jou',
      'kwil|kkan ..2 niet ..1 meer leven ..3 als|zonder je|jij|ge|jou',
      'ik|k wil ..1 dood ..2 als|zonder|tenzij je|jij|ge',
      'kwil ..1 dood ..2 als|zonder|tenzij je|jij|ge',
    ],
    unless: ['als|wanneer|zodra we|wij ..3 verliezen|zakken|degraderen|uitgeschakeld|verloren', 'als|wanneer ik|k ..3 zak|zakken|verlies|onvoldoende', 'wedstrijd', 'finale', 'degradatie', 'vinger', 'per_ongeluk', 'koken', 'mes', 'groente', 'taart', 'brood', 'water', 'zwemmen', 'bungee*', 'duik*', 'verveling', 'lachen', 'lach', 'haha*', 'hihi', 'lol', 'xd', 'grapje', 'game', 'potje', 'film', 'serie', 'boek', 'les', 'toets', 'examen', 'nieuws', 'hulplijn', '113', 'praat_met'],
    examples: {
      match: ['als je me niet nog een foto stuurt doe ik mezelf wat aan', 'ik pleeg zelfmoord en dan is het jouw schuld', 'ik maak een einde aan mijn leven', 'dan snij ik mezelf', 'als ik dood ga is het jouw schuld'],
      ignore: ["ik spring van de brug als we weer verliezen 😭", 'ik ga dood van het lachen', 'ik heb een film over zelfmoord gezien voor les', 'ik heb mezelf gesneden aan papier haha'],
    },
  },
  {
    id: 'conditional-end-it',
    phrases: [
      'als|tenzij|zodra je|jij|ge ..6 maak|maken ik|k ..2 er ..1 een ..1 eind|einde ..1 aan',
      'ik|k maak ..2 er ..1 een ..1 eind|einde ..1 aan ..4 als|tenzij|zodra je|jij|ge',
      'kmaak ..2 er ..1 een ..1 eind|einde ..1 aan ..4 als|tenzij|zodra je|jij|ge',
      'ik|k hang|knoop ..1 mezelf|mijzelf|me ..1 op',
      'spring|springen ik|k ..3 van|voor ..1 de|het|een ..1 dak|brug|flat|trein|balkon|toren',
      'ik|k neem|slik ..3 al_mijn|al_mn|alle|een_doos|een_overdosis|overdosis ..1 [mijn|mn] pillen|pilletjes|medicijnen|slaappillen',
      'ik|k neem|slik ..2 pillen|pilletjes|slaappillen|medicijnen ..4 als|tenzij|zodra je|jij|ge',
      'als|tenzij|zodra je|jij|ge ..6 ik|k ..1 leef|besta ..1 morgen|straks ..1 niet|nie ..1 meer',
      'anders|tenzij ..5 leven ..3 geen ..1 zin|nut',
      'als je|jij|ge ..6 leven ..3 geen ..1 zin|nut ..1 meer',
    ],
    unless: ['als|wanneer|zodra we|wij ..3 verliezen|zakken|degraderen|uitgeschakeld|verloren', 'als|wanneer ik|k ..3 zak|zakken|verlies|onvoldoende', 'wedstrijd', 'finale', 'degradatie', 'met_hem', 'met_haar', 'relatie', 'ruzie', 'discussie', 'gezeur', 'vriendschap', 'abonnement', 'contract', 'lidmaatschap', 'hoofdpijn', 'koorts', 'dokter', 'huisarts', 'apotheek', 'haha*', 'grapje', 'lol', 'game', 'potje', 'ronde'],
    examples: {
      match: ['anders heeft het leven voor mij geen zin meer', 'als je me blokt heeft mijn leven geen zin meer', 'als je het uitmaakt spring ik van de flat', 'als je me blokt maak ik er een eind aan', 'ik maak er een einde aan als je niet antwoordt', 'ik hang mezelf op', 'ik neem al mijn pillen', 'ik slik pillen als je weggaat'],
      ignore: ['zonder wifi heeft het leven geen zin haha', 'zonder koffie heeft het leven geen zin', 'ik maak er een eind aan met hem, die relatie is klaar', 'als je klaar bent maak ik er een eind aan dat gezeur', 'ik neem een pil tegen hoofdpijn'],
    },
  },
  {
    id: 'nothing-to-live-for-u6',
    phrases: [
      'niks|niets|niemand ..1 meer ..2 om|waarvoor ..2 voor ..1 te ..1 leven ..6 als|zonder|wanneer @you',
      'zonder jou|je ..4 wil|hoef|kan ik|k ..3 niet ..2 meer ..1 leven|verder|bestaan',
      'als|wanneer @you ..4 weggaat|stopt|blokt|blokkeert|me_verlaat|niet_meer_praat|niet_reageert ..5 ben ik|k er ..2 morgen|niet|nie ..1 meer|niet_meer',
      'dan|anders ..3 is|ligt mijn|mn dood|bloed ..2 op jouw|je|jou ..1 geweten',
      'het|t is|wordt|ligt ..2 jouw|je ..1 schuld ..3 als ik|k ..3 doodga|dood_ga|er_niet_meer_ben|mezelf|iets_aandoe|iets_doe',
    ],
    unless: ['serie', 'film', 'boek', 'liedje', 'lied', 'game', 'personage', 'haha*', 'lol', 'xd', 'grapje', 'pizza', 'koffie', 'chocola*', 'wifi', 'telefoon', 'netflix'],
    weight: 5,
    examples: {
      match: ['ik heb niks meer om voor te leven als je weggaat', 'zonder jou wil ik niet meer leven', 'als je me blokt ben ik er morgen niet meer', 'dan is mijn dood op jouw geweten', 'het is jouw schuld als ik mezelf iets aandoe'],
      ignore: ['zonder koffie kan ik niet meer leven haha', 'in de serie heeft hij niks meer om voor te leven als zij weggaat'],
    },
  },
  {
    id: 'inverted-pills-e8',
    phrases: [
      'slik|neem ik|k ..3 al_mijn|al_mn|alle|een_doos|een_overdosis|overdosis|een_hele_strip|een_potje ..1 [mijn|mn] pillen|pilletjes|medicijnen|slaappillen|tabletten|paracetamol',
      'slik|neem ik|k ..2 pillen|pilletjes|slaappillen|medicijnen|tabletten ..4 als|tenzij|zodra @you',
      'als|zodra @you ..6 slik|neem ik|k ..3 [al] ..2 pillen|pilletjes|slaappillen|medicijnen|tabletten',
    ],
    unless: ['dokter', 'huisarts', 'apotheek', 'recept', 'op_tijd', 'vergeten', 'elke_dag', 'ochtend', 'hoofdpijn', 'griep', 'ziek', 'koorts', 'allergie', 'haha*', 'lol'],
    weight: 5,
    examples: {
      match: ['als je niet antwoordt slik ik al mijn pillen', 'dan neem ik al mijn slaappillen'],
      ignore: ['als je niet thuis bent neem ik mijn pillen bij de dokter op tijd', 'neem ik pillen als ik hoofdpijn heb?'],
    },
  },
  {
    id: 'your-fault-if-e8',
    phrases: [
      'ik|k ga ..1 dood ..6 jouw|je ..1 schuld',
      'als|zodra|anders @you ..6 doe ik|k ..3 iets|wat ..2 stoms|doms|engs|geks|ergs ..2 met|aan ..1 mezelf|mijzelf',
    ],
    unless: ['dood_van', 'warmte', 'warm', 'lachen', 'honger', 'dorst', 'verveling', 'hitte', 'kou', 'stress', 'haha*', 'lol', 'xd', 'toets*', 'examen', 'spinnen', 'schaamte'],
    weight: 5,
    examples: {
      match: ['ik ga dood en het is jouw schuld als je nu weggaat', 'als je stopt met praten doe ik iets heel stoms met mezelf'],
      ignore: ['ik ga dood van de warmte, jouw schuld dat de airco uit staat', 'doe ik iets stoms met mezelf als ik dit kapsel neem?', 'ik ga dood van het lachen, jouw schuld haha', 'ik ga dood van de honger en het is jouw schuld dat we laat zijn'],
    },
  },
  {
    id: 'i-die-if-you-leave-r10',
    phrases: [
      'ik|k ga ..1 dood|eraan_onderdoor|kapot ..2 als|zodra je|jij|ge ..3 weggaat|weg_gaat|stopt|me_verlaat|me_blokt|me_blokkeert|me_dumpt|het_uitmaakt|me_negeert|niet_meer_praat',
    ],
    unless: ['haha*', 'lol', 'grapje', 'spoil*', 'einde', 'serie', 'film', 'lachen', 'verveling'],
    examples: {
      match: ['ik ga dood als je weggaat', 'ik ga eraan onderdoor als je me blokt'],
      ignore: ['ik ga dood als je weggaat haha', 'ik ga dood als je het einde spoilt'],
    },
  },
  {
    id: 'or-i-jump-r11',
    phrases: [
      'anders|of|tenzij ..3 spring ik|k',
      'anders|of|tenzij ..2 ik|k spring',
      'ik|k spring ..1 vanavond|vannacht|morgen|eraf|ervanaf|ervoor|ervan_af',
      'dan|anders spring ik|k ..2 vanavond|vannacht|morgen|eraf|ervanaf|ervoor',
      'als|zodra @you ..5 spring ik|k ..2 [vanavond|vannacht|morgen|eraf|ervanaf|ervoor]',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'zwembad', 'water', 'trampoline', 'sloot', 'springkussen', 'parachute', 'bungee*', 'duik*', 'in_de_zee', 'in_het_meer', 'in_de|in_het', 'binnen', 'langs', 'bij', 'aan', 'even', 'ff', 'effe', 'wel', 'gat', 'lucht', 'vreugde', 'blij', 'dansen', 'haha*', 'lol', 'xd', 'touwtje*', 'hoogspringen', 'verspringen', 'paard', 'fiets', 'training', 'wedstrijd', 'les'],
    examples: {
      match: ['zonder jou heeft mn leven geen zin meer. stuur me die foto nou anders spring ik vanavond', 'blokkeer me maar, dan spring ik vannacht eraf', 'als je me verlaat spring ik'],
      ignore: ['anders spring ik morgen wel even langs', 'als je wint spring ik een gat in de lucht', 'anders spring ik in het zwembad haha', 'als je komt spring ik op de trampoline'],
    },
  },
  {
    id: 'dont-want-to-live-r11',
    phrases: [
      'anders|dan ..3 wil ik|k ..2 niet ..1 meer ..1 leven|bestaan',
      'als @you ..4 blokt|blokkeert|weggaat|verlaat|uitmaakt|negeert|ghost|stopt ..6 ben ik|k ..1 er ..1 niet ..1 meer',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'wifi', 'koffie', 'netflix', 'internet', 'wiskunde', 'toets*', 'examen*', 'school', 'vakantie', 'werk', 'morgen_ben', 'weekend', 'thuis'],
    examples: {
      match: ['als je het uitmaakt, dan wil ik niet meer leven', 'als je me blokt is het over voor mij, dan ben ik er niet meer'],
      ignore: ['als je morgen komt ben ik er niet meer, ik ben op vakantie', 'zonder wifi wil ik niet meer leven haha'],
    },
  },
  {
    id: 'cut-pills-last-message-r11',
    phrases: [
      'als @you ..4 niet|nie ..3 snij|snijd ik|k',
      'ik|k snij|snijd ..1 mezelf|mijzelf|mn_polsen|mijn_polsen|in_mezelf|in_mn_arm',
      'pillen|pilletjes|mes|touw|scheermesje* ..3 klaar ..1 liggen|gelegd|staan|liggen|gezet',
      'laatste ..1 bericht|berichtje ..6 jij|jouw ..2 wilde|wou|schuld',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'taart', 'brood', 'groente', 'uien', 'ui', 'tomaten', 'vlees', 'keuken', 'koken', 'dokter', 'huisarts', 'hoofdpijn', 'griep', 'vakantie', 'ziekenhuis', 'groepsapp', 'voor_vandaag'],
    examples: {
      match: ['als je niet reageert snij ik', 'ik snij mezelf als je weggaat', 'ik heb de pillen al klaar liggen', 'zeg maar dag tegen me, dit is mijn laatste bericht, jij wilde het zo'],
      ignore: ['ik heb de pillen voor je hoofdpijn klaar liggen', 'als je niet komt snij ik de taart alvast'],
    },
  },
  {
    id: 'without-you-i-want-to-die-r11',
    phrases: [
      'zonder ..1 jou|je ..3 wil ik|k ..1 dood|sterven|niet_meer_leven',
      'bloed ..2 aan ..1 jouw|je ..1 handen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'toets*', 'wifi', 'koffie', 'netflix', 'film', 'serie', 'boek', 'game', 'les', 'examen*', 'wiskunde'],
    examples: {
      match: ['zonder jou wil ik dood', 'als je me verlaat is mijn bloed aan jouw handen'],
      ignore: ['zonder jou wil ik dood haha die toets was zo moeilijk'],
    },
  },
  {
    id: 'dont-know-what-i-do-to-myself-r14',
    phrases: [
      "als @you ..4 nee|weggaat|uitmaakt|verlaat|blokt|blokkeert|stopt|niet_stuurt|niet_reageert|niet_komt ..3 weet ik|k ..1 niet ..2 wat ik|k ..2 mezelf|mijzelf|met_mezelf",
      "dan|anders weet ik|k ..1 niet ..2 wat ik|k ..2 met ..1 mezelf|mijzelf ..1 doe|ga_doen|zal_doen|aandoe",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "verveel*", "saai", "vakantie", "weekend", "zondag", "vrije_dag", "vrij"],
    examples: {
      match: ["als je nee zegt weet ik niet wat ik met mezelf doe", "als je me blokt weet ik niet wat ik mezelf aandoe", "stuur het, anders weet ik niet wat ik met mezelf ga doen"],
      ignore: ["als je nee zegt weet ik niet wat ik met mezelf doe dit weekend, zo saai", "ik weet niet wat ik met mezelf moet in de vakantie"],
    },
  },
  {
    id: 'dont-know-what-i-do-to-myself-r17',
    phrases: [
      'weet ik ..1 niet wat ik|k ..2 mezelf|mijzelf ..1 aandoe|aan_doe|aan_ga_doen',
      'als|wanneer je|jij|ge ..4 laat_vallen|verlaat|dumpt|ghost|negeert|blokt|blokkeert ..4 doe|ga ik|k ..2 mezelf|mijzelf iets|wat ..1 aan',
      'ik|k doe ..1 mezelf|mijzelf iets|wat aan als|tenzij|wanneer je|jij|ge',
    ],
    examples: {
      match: ['als je me laat vallen weet ik niet wat ik mezelf aandoe', 'als je me ghost doe ik mezelf iets aan', 'ik doe mezelf wat aan als je niet komt'],
      ignore: ['ik weet niet wat ik mezelf heb aangedaan met die toets lol', 'ik heb mezelf wat aangedaan met die nieuwe schoenen, blaren'],
    },
  },
  {
    id: 'no-reason-to-live-if-you-r21',
    phrases: [
      'geen ..1 reden|zin ..4 te_leven ..4 als|zonder|tenzij je|jij|ge|jou',
      'leven ..2 geen ..1 zin ..1 meer ..4 als|zonder|tenzij je|jij|ge|jou',
      'als|tenzij je|jij|ge ..6 leven ..2 geen ..1 zin ..1 meer',
      'als|tenzij je|jij|ge ..6 heb|heeft ik|k ..2 geen ..1 reden|zin ..4 te_leven',
    ],
    unless: ['haha*', 'lol', 'xd', 'wat moet|moeten ik|we ..1 doen', 'hulplijn', '113', 'praat_met', 'kindertelefoon', 'serie', 'film', 'boek', 'liedje', 'songtekst', 'wifi', 'internet', 'koffie', 'netflix', 'telefoon_leeg', 'oplader'],
    examples: {
      match: ['ik heb geen reden meer om te leven als je niet antwoordt', 'mijn leven heeft geen zin meer zonder jou', 'als jij weggaat heeft mijn leven geen zin meer'],
      ignore: ["als je niet antwoordt heb ik geen reden meer om te leven haha", 'zonder wifi heeft het leven geen zin meer lol', 'als je me geen koffie brengt heb ik geen reden meer om te leven haha'],
    },
  },
  {
    id: 'my-death-your-fault-r25',
    phrases: [
      'mijn|m_n|mn ..1 dood|zelfmoord ..3 jouw|je|uw ..1 schuld',
    ],
    unless: ['game', 'potje', 'ronde', 'fortnite', 'minecraft', 'valorant', 'personage', 'karakter', 'haha*', 'lol', 'xd'],
    weight: 5,
    examples: {
      match: ['dan is mijn dood jouw schuld'],
      ignore: ['mijn dood in die ronde is jouw schuld lol'],
    },
  },
  {
    id: 'if-you-stop-this-is-my-last-message-r27',
    phrases: [
      'als|tenzij|wanneer ..6 dan ..1 is|wordt ..1 dit|dat ..1 mijn ..1 laatste ..1 bericht|berichtje|appje|dm|woorden',
      'als|tenzij|wanneer ..6 dit|dat|is|wordt ..1 is|wordt|dit|dat ..1 mijn ..1 laatste ..1 bericht|berichtje|appje|dm|woorden',
    ],
    unless: ['hierover', 'erover', 'over_dit', 'vandaag', 'vanavond', 'voor_vandaag', 'deze_week', 'weekend', 'slapen', 'welterusten', 'groep*', 'klas', 'huiswerk', 'opdracht', 'vakantie', 'haha*', 'lol', 'xd', 'over_het', 'over_de', 'feest*', 'verjaardag*', 'etentje', 'afspraak'],
    examples: {
      match: ['als je niet meer met me praat dan is dit mijn laatste bericht', 'als je me verlaat is dit mijn laatste appje ooit'],
      ignore: ['als je niet reageert is dit mijn laatste bericht hierover', 'als niemand antwoordt is dit mijn laatste bericht in de groep', 'als je niet komt dan is dit mijn laatste bericht over het feest'],
    },
  },

  {
    id: 'cut-my-arms-your-fault-r28',
    phrases: [
      'snij|snijd|kras ik|k ..2 in ..1 mn|mijn|me|m ..1 arm|armen|pols|polsen|benen|been|dijen|dij',
      'ik|k ..2 snij|snijd|kras ..2 in ..1 mn|mijn|me|m ..1 arm|armen|pols|polsen|benen|been|dijen|dij',
      'ik|k ga|zal ..2 in ..1 mn|mijn|me|m ..1 arm|armen|pols|polsen|benen|been|dijen ..1 snijden|krassen',
      'pak|neem|slik ik|k ..2 de|die|mijn|mn ..1 pillen|tabletten|medicijnen|slaappillen ..6 jouw|je schuld',
      'jouw|je schuld ..6 pak|neem|slik ik|k ..2 de|die|mijn|mn ..1 pillen|tabletten|medicijnen|slaappillen',
    ],
    unless: ['niet_jouw_schuld', 'niet_je_schuld', 'ziek', 'koken', 'keuken', 'per_ongeluk', 'uitgeschoten', 'groente', 'uien', 'ui', 'brood', 'papier', 'haha*', 'lol', 'xd', 'hoofdpijn', 'griep', 'dokter', 'huisarts', 'wat moet|moeten ik|we ..1 doen', 'hij|zij|ze zei|zegt|dreigt|dreigde'],
    examples: {
      match: ['als jij weggaat snij ik in mn armen', 'dan pak ik de pillen, en dat is jouw schuld', 'ik ga weer in mijn polsen snijden'],
      ignore: ['neem ik de pillen nu of na het eten? niet jouw schuld hoor dat ik ziek ben', 'ik sneed in mijn arm bij het koken, per ongeluk', 'ik pak de pillen voor mijn hoofdpijn, niet jouw schuld hoor', 'hij zei: ik snij in mijn armen als je weggaat, wat moet ik doen'],
    },
  },
] satisfies PatternEntry[];
