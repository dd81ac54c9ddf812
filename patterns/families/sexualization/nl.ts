import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'sexual-questions',
    phrases: [
      'ben|bent|zijt je|jij|ge ..2 [nog] maagd',
      'nog maagd',
      'heb|hebt|hedde je|jij|ge ..3 [ooit|al|wel|eens|al_eens|weleens] seks|sex|gevreeen|geneukt|het_gedaan|gepijpt|gevingerd|gebeft|klaargekomen|klaar_gekomen',
      'doe|doet je|jij ..3 [wel|ooit] aan ..1 masturberen|vingeren|aftrekken|jezelf',
      'masturbeer|masturbeert|vinger je|jij',
      'trek|trekt je|jij ..3 [jezelf|je|wel|ooit|vaak] af',
      'wil|wilt je|jij ..3 seks|sex|neuken|vrijen|het_doen|pijpen|beffen',
      'wat ..2 cupmaat|bh_maat|bhmaat|maat_bh|cup',
      'hoe groot ..2 zijn|is je|jouw|uw borsten|tieten|piemel|lul|penis|kont',
      'ben|bent je ..2 geschoren|kaal ..2 daar|beneden|onder',
      'scheer|scheert je|jij ..2 daar|beneden|onder',
      'scheer|scheert ge|gij ..3 daar|beneden|onder',
      'word|wordt|ben|bent|zijt je|jij|ge ..2 geil|horny|opgewonden|nat|hitsig',
      'ben|bent je|jij ..2 al ongesteld',
      'wat heb|hebt|draag|draagt|hedde je|jij|ge|you ..1 nu|nou|op_dit_moment|right_now ..1 [aan]',
      'wat voor ondergoed|onderbroek|bh|slipje|string|boxer ..2 heb|hebt|draag|draagt',
      'welke kleur ..2 ondergoed|onderbroek|bh|slipje|string|boxer',
    ],
    unless: ['minecraft', 'hardcore', 'doodgegaan', 'sterrenbeeld*', 'horoscoop', 'astrologie', 'ziekenhuis', 'dokter', 'huisarts', 'biologie', 'bio', 'les', 'toets', 'film', 'serie', 'mam|mama|moeder|oma|tante ..6 maat|cupmaat|bh|bhmaat|bh_maat', 'hema|zeeman|primark|c_en_a|winkel|webshop|bestellen|kopen|passen|paskamer|sportbh|sport_bh', 'prijs', 'bedrag', 'korting', 'belasting'],
    examples: {
      match: ['ben je nog maagd?', 'heb je ooit seks gehad', 'wat heb je nu aan', 'wat draag je op dit moment', 'word je geil', 'wat is je cupmaat', 'welke kleur ondergoed heb je aan'],
      ignore: ["ben je nog maagd in minecraft hardcore? nog nooit doodgegaan?", 'wat heb je aan naar het feest morgen', 'ik heb seks ed bij bio morgen', 'wat heb je gegeten', 'trek je jas uit en kom binnen, het eten is klaar', 'trek je niks aan van hem'],
    },
  },
  {
    id: 'sexual-remarks',
    phrases: [
      'ik word|ben|wordt|raak ..3 geil|horny|opgewonden|hard|hitsig ..3 van|om|door je|jou',
      'ik wil ..3 je|jou ..3 aanraken|betasten|voelen|likken|neuken|zoenen|kussen|pijpen|beffen|vingeren|uitkleden',
      'ik zou ..3 je|jou ..3 aanraken|betasten|likken|neuken|pijpen|beffen|vingeren|uitkleden',
      'ik|k wil|zou ..3 met je|jou ..1 naar bed',
      'wil|wilt je|jij|ge ..2 met me|mij ..1 naar bed',
      'ik|k wil ..2 je|jou ..2 naakt|bloot|zonder_kleren ..1 zien',
      'kwil ..2 je|jou ..2 naakt|bloot|zonder_kleren ..1 zien',
      'klaargekomen|klaarkomen|orgasme*|klaarkwam',
      'ik|k droom ..3 over|van je|jou ..2 naakt|bloot|in_bed|zonder_kleren',
      'jij en ik ..2 samen ..1 in_bed|naakt|onder_de_douche|in_bad|in_de_douche',
      'neuk*|pijp*|beffen|seks_met_je|sex_met_je|vrijen_met_je',
      'je|jouw|uw ..1 lichaam|lijf|kont|borsten|tieten|body|benen ..2 is|zijn|ziet|zien ..2 sexy|geil|heet|lekker|hot',
      'sexy|geil|geile|heet|hete|lekker|lekkere ..1 lichaam|lijf|kont|body|tieten|borsten',
      'in je|jouw blootje|nakie',
      'doe|trek je|jouw ..2 shirt|kleren|kleding|broek|bh|top|onderbroek|boxer|slipje|string ..1 uit',
      'zien|@photo ..3 in|met je|jouw ondergoed|onderbroek|boxer*|bh|beha|slipje|string|lingerie',
      'zonder kleren|kleding',
    ],
    unless: ['hard gaan', 'hard_werken', 'werken', 'rennen', 'lachen', 'lekker_eten', 'pijpje*', 'pijpleiding', 'schoorsteen', 'pijplijn', 'muziek', 'liedje', 'beat', 'nummer', 'auto', 'schoenen', 'jurk', 'outfit', 'film', 'training', 'gym', 'sportschool', 'voetbal', 'hockey', 'wedstrijd', 'warming_up', 'kocht', 'zwemmen', 'zwembad', 'strand', 'zee', 'zonnebrand*', 'insmeren', 'omkleden', 'kleedkamer', 'douchen', 'wassen', 'bad', 'sauna'],
    examples: {
      match: ['ik word geil van je', 'ik wil je aanraken', 'je lichaam is zo sexy', 'maar dan zonder kleren', 'lekker lijf'],
      ignore: ['doe je shirt uit, het is zo heet op training', 'dat liedje is zo geil', 'ik werk hard voor mijn geld', 'die jurk is sexy', 'ik zou je zoenen haha nee grapje', 'doe je shirt uit, we gaan zwemmen'],
    },
  },
  {
    id: 'sexual-word-alone',
    phrases: ['seksi|sexie|geil|geile|geiler|hitsig|ondeugend|ondeugende|stoute'],
    unless: ['muziek', 'liedje', 'beat', 'nummer', 'auto', 'schoenen', 'jurk', 'outfit', 'film', 'serie', 'eten', 'pizza', 'hond', 'kat', 'geit', 'game', 'skin', 'kind', 'broertje', 'zusje', 'ich', 'ist', 'das', 'nicht', 'und', 'auch', 'sehr', 'wir', 'voll'],
    weight: 1,
    examples: {
      match: ['je bent zo seksi', 'ik ben zo geil', 'stoute meid'],
      ignore: ['die jurk is sexy', 'dat liedje is zo geil', 'mijn broertje is stout geweest', 'geil, ich bin tanjiro'],
    },
  },
  {
    id: 'probing-experience',
    phrases: [
      'heb|hebt|hedde je|jij|ge ..3 [al|ooit|wel|eens|al_eens|weleens] gezoend|getongd|aangeraakt|gevoeld|betast|aan_jezelf_gezeten|met_jezelf_gespeeld',
      'heb|hebt je|jij ..2 [al] borsten|tieten|borstjes|schaamhaar|haar_daar|haar_beneden',
      'wat heb|hebt|hedde je|jij|ge ..1 aan',
      'wat draag|draagt je|jij|ge',
      'lig|ligt je|jij ..2 [al|nu] in bed',
      'al|ooit ..1 [eens|es|wel_eens|weleens|een_keer] gezoend|getongd|seks_gehad|het_gedaan|ontmaagd|gevingerd|gepijpt',
      'als ik ..1 naast|bij je|jou ..1 lag|lig|zou_liggen|in_bed',
      'stel je voor ..1 dat ik je|jou ..2 zoen|kus|aanraak|uitkleed|vasthoud|streel',
      'ben|bent|zijt je|jij|ge ..3 aangeraakt|betast|gevingerd|ontmaagd',
      'wil|wilt je|jij|ge ..2 het met me|mij ..1 doen',
      'lekker|lekkere|mooie|mooi|strak|strakke|geil ..1 kontje|kont|billen|tieten|borsten|borstjes|benen|lijf|lichaam|kontje',
    ],
    unless: ['twijfel*', 'diner', 'etentje', 'kerst*', 'verjaardag*', 'feest', 'morgen', 'bruiloft', 'school', 'gala', 'galafeest', 'diploma', 'uitreiking', 'voetbal', 'training', 'koud', 'regen', 'ziek', 'griep', 'koorts', 'vroeg', 'mama', 'papa', 'fitness', 'sport', 'matchen', 'matching', 'dresscode', 'thema', 'kleur', 'verkleed*'],
    weight: 2,
    examples: {
      match: ['13? perfect. al eens gezoend?', 'heb je al eens gezoend', 'heb je al borsten', 'lig je in bed? wat heb je aan', 'je hebt een lekker kontje', 'wil je het met me doen'],
      ignore: ["wat heb jij aan? ik twijfel tussen rok en broek voor het diner", 'wat heb je aan naar het feest', 'lig je nog in bed? je bent ziek he', 'wat heb je aan morgen naar school', 'wat heb je gedaan vandaag', 'wat heb je gegeten', 'wat heb je voor wiskunde', 'wat heb je aan vandaag? we moeten matchen voor de foto'],
    },
  },
  {
    id: 'body-development',
    phrases: [
      'heb|hebt|hedde je|jij|ge ..2 [al] borsten|tieten|borstjes|tietjes|schaamhaar|haar_daar|haar_beneden|haartjes_beneden',
      'heb|hebt|hedde je|jij|ge ..3 [al|ooit|weleens|wel_eens|eens] ..1 aan ..1 jezelf ..1 gezeten|gezeten',
      'hoe groot ..2 zijn ..1 je|jouw ..1 borsten|tieten|borstjes',
      'ik val op ..2 jonge|jongere|jonge_meiden|jongere_meiden|jonge_meisjes|kleine|jongens_van_jouw_leeftijd',
    ],
    unless: ['dokter', 'huisarts', 'biologie', 'bio', 'les', 'voorlichting', 'puberteit_les', 'boek'],
    weight: 3,
    examples: {
      match: ['heb je al borsten? 😏', 'heb je weleens aan jezelf gezeten?', 'ik val op jongere meiden'],
      ignore: ['in de biologieles ging het over borsten en puberteit', 'heb je al die les over de puberteit gehad'],
    },
  },

  {
    id: 'done-things-with',
    phrases: [
      'heb|hebt|hedde je|jij|ge ..2 al|ooit|eens|weleens|nooit ..1 iets|dingen gedaan|uitgeprobeerd|uitgeprobeert met ..1 een|je ..1 jongen|meisje|meid|man|vrouw|vriendje|vriendinnetje|jongen*',
    ],
    unless: ['project*', 'werkstuk*', 'opdracht*', 'huiswerk', 'spreekbeurt', 'school', 'klas', 'groepje', 'sport*', 'voetbal', 'training'],
    examples: {
      match: ['heb je al eens iets gedaan met een jongen', 'heb jij ooit dingen gedaan met je vriendje?'],
      ignore: ['heb je iets gedaan met een jongen uit je klas voor het project?', 'ik heb niks gedaan vandaag', 'heb je vandaag nog iets leuks gedaan met je vriendin?', 'heb je wat gedaan met een vriend?'],
    },
  },
  {
    id: 'naked-and-underwear-questions',
    phrases: [
      'heb|heeft|hebt je|jij|ge ..3 wel_eens|ooit|al_eens|al|weleens ..2 iemand|een_jongen|een_meisje|een_man|een_vrouw ..1 naakt|bloot|zonder_kleren ..1 gezien',
      'slaap|slaapt|lig|ligt|zit|loop|loopt je|jij|ge ..3 in ..1 je|jouw|alleen_je|alleen ..1 ondergoed|onderbroek|bh|slipje|string|lingerie',
      'slaap|slaapt|lig|ligt je|jij|ge ..2 naakt|bloot',
    ],
    unless: ['les', 'biologie', 'seksuele_voorlichting', 'voorlichting', 'film', 'serie', 'museum', 'schilderij*', 'standbeeld*', 'kunst', 'mama|papa|mam|pap', 'koud', 'warm', 'hitte', 'verwarming', 'haha*', 'lol'],
    weight: 3,
    examples: {
      match: ['heb je wel eens iemand naakt gezien?', 'slaap je in je ondergoed?', 'slaap jij naakt?'],
      ignore: ['heb je wel eens iemand naakt gezien in een museum schilderij', 'slaap je in je ondergoed met die hitte? haha'],
    },
  },
  {
    id: 'how-far-alone-thoughts',
    phrases: [
      'hoe ver ..2 ben|heb|bent|hebt je|jij|ge ..3 gegaan|gekomen ..3 met|bij ..1 een|je|jouw ..1 jongen|meisje|vriend|vriendje|vriendin|man|ex',
      'denk|denkt je|jij|ge ..3 aan mij|me ..3 als|wanneer je|jij|ge ..2 alleen|in_bed|onder_de_douche|in_bad',
    ],
    unless: ['huiswerk', 'project', 'werkstuk', 'wandeling', 'fietstocht', 'route', 'les', 'toets*'],
    weight: 3,
    examples: {
      match: ['hoe ver ben je al gegaan met een jongen', 'denk je wel eens aan mij als je alleen bent?'],
      ignore: ['hoe ver ben je gekomen met je werkstuk met je vriendin'],
    },
  },
  {
    id: 'done-things-with-u6',
    phrases: [
      'heb|hebt|had @you ..3 [ooit|al|wel|eens|weleens] ..2 iets|wat|dingen|het ..2 met ..1 een|n ..1 jongen|meisje|man|vrouw|jongens|meisjes|oudere ..1 gedaan',
      'denk|denkt @you ..3 [wel] [eens|es|weleens|ooit|vaak] ..1 aan seks|sex|neuken|vrijen|het_doen',
      'wat vind @you ..2 van oudere ..1 jongens|mannen|meiden|vrouwen|vriendjes',
      'doe|doet @you ..3 [wel] [eens|es|weleens|ooit] ..1 dingen|iets|wat ..1 met|bij ..1 jezelf',
      'wil|wilt @you ..2 iets|wat ..1 spannends|stouts|ondeugends|pikants ..1 doen|proberen|met_me_doen',
      'je|jouw lichaam|body|lijf|benen|kont|kontje|borsten ..2 is|zijn|ziet|ziet_er ..2 [zo|echt|heel|super] mooi|sexy|lekker|heet|hot|geil|perfect|prachtig|strak',
    ],
    unless: ['project*', 'opdracht', 'werkstuk', 'spreekbeurt', 'les', 'biologie*', 'voorlichting*', 'efteling', 'pretpark', 'escape*', 'achtbaan', 'zwemmen', 'sport*', 'training', 'coach', 'dokter', 'fysio*', 'geopereerd', 'operatie', 'herstel*', 'huiswerk', 'klas*', 'film', 'serie'],
    weight: 3,
    examples: {
      match: ['heb je ooit al iets met een jongen gedaan?', 'denk je wel eens aan seks', 'wat vind je van oudere jongens', 'doe je wel eens dingen met jezelf', 'wil je iets spannends doen', 'je lichaam is zo mooi'],
      ignore: ['heb je ooit iets met een jongen gedaan voor het project?', 'denk je aan seks in de biologieles haha'],
    },
  },
  {
    id: 'how-far-have-you-gone-e8',
    phrases: [
      'hoe ver ..2 ben|bent|ga|gaat|zou|wil|durf|durft @you ..3 [al|ooit|wel] gegaan|gaan_met|al_gegaan',
      'hoe ver ..1 durf|durft|wil|zou @you ..2 [te] gaan',
      'wat|welke ..2 bh|beha|cup ..1 maat|maatje',
      'cupmaat|behamaat|bhmaat|bh_maat|beha_maat',
      'wat ..3 onder ..1 je|jouw|uw ..1 pyjama|rok|rokje|jurk|jurkje|handdoek|badjas|deken|dekens|shirt|trui|broek|kleren|kleding|hoodie',
      'wat heb|hebt @you ..3 al ..2 gedaan ..2 met ..1 een_jongen|een_meisje|een_man|een_vrouw|jongens|meisjes|een_jongen_of_meisje',
    ],
    unless: ['hardloop*', 'rondje', 'lopen', 'marathon', 'run', 'running', 'game|games|level|levels|spel', 'fiets*', 'wandel*', 'km', 'kilometer*', 'huiswerk', 'opdracht', 'boek', 'serie', 'werkstuk', 'training', 'toets*', 'project*', 'schoolreis*', 'vakantie', 'reis', 'hardlopen', 'rennen', 'zwemmen', 'school', 'schommel', 'klimmen', 'klimrek', 'achtbaan', 'uitdaging', 'challenge', 'durfde', 'prank*', 'weekend', 'bios*', 'stad', 'shoppen', 'vakantie', 'mam|mama|moeder|oma|tante ..6 maat|cupmaat|bh|bhmaat|bh_maat', 'winkel', 'kopen', 'bestellen', 'passen', 'hema|zeeman|primark|webshop|sportbh|sport_bh'],
    weight: 3,
    examples: {
      match: ['wat heb je aan onder je pyjama?', 'wat voor beha maat heb je?', 'hoe ver durf jij te gaan', 'heb je al een vriendje? hoe ver ben je al gegaan?', 'wat heb je al gedaan met een jongen?'],
      ignore: ["hoe ver ben je gegaan met je hardlooprondje", 'hoe ver ben je gegaan in de game?', 'hoe ver ben je gegaan met fietsen vandaag?', 'wat heb je al gedaan met je vriend voor het project?', 'wat heb je al gedaan met je vriendin dit weekend? bios?'],
    },
  },
  {
    id: 'have-you-done-it-e8',
    phrases: [
      'heb|hebt @you ..1 het ..1 al ..1 eens|ooit|es ..1 gedaan',
      'heb|hebt @you ..1 het ..1 ooit ..1 gedaan',
    ],
    unless: ['game|games|level|spel|opdracht|huiswerk|toets*|examen|recept|proef|test|quiz|sport|training|achtbaan|bungee*|parachute*|challenge|uitdaging|skate*|surfen|duiken|klimmen|schaatsen|ski*|rijles|theorie*|examen', 'haha*', 'lol'],
    weight: 2,
    examples: {
      match: ['heb je het al eens gedaan? hoe ver durf jij te gaan'],
      ignore: ['heb je het al eens gedaan, die challenge?', 'heb je het ooit gedaan, bungeejumpen?'],
    },
  },
  {
    id: 'less-clothing-r10',
    phrases: [
      'iets|wat|beetje|ietsje minder ..1 kleding|kleren|kleertjes|aan',
    ],
    unless: ['warm', 'heet', 'graden', 'zomer', 'tas', 'koffer', 'inpakken', 'meenemen', 'kopen', 'uitgeven', 'haha*', 'lol'],
    examples: {
      match: ['doe eens je cam aan, dan zie ik je beter. en misschien iets minder kleding', 'met wat minder kleren aan'],
      ignore: ['neem iets minder kleren mee in je koffer', 'trek iets minder aan het is 30 graden'],
    },
  },
  {
    id: 'turned-on-by-you-r11',
    phrases: [
      'ik|k word|wordt|ben ..2 gek|geil|opgewonden|hitsig|heet ..2 van|door ..1 je|jouw ..1 lichaam|lijf|body|@bodypart|benen|lippen|fotos|foto|pics',
      'ik|k word|wordt|ben ..2 geil|opgewonden|hitsig ..2 van|door ..1 je|jou|jouw',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['ik word gek van je lichaam', 'ik word echt geil van jou'],
      ignore: ['ik word gek van je, stop met spammen'],
    },
  },
  {
    id: 'what-do-you-think-of-sex-r11',
    phrases: [
      'wat ..1 vind|vindt|denk @you ..2 van|over ..1 seks|sex|neuken|pijpen|porno',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'les', 'lessen', 'voorlichting', 'biologie', 'documentaire', 'serie', 'film', 'artikel', 'werkstuk', 'spreekbeurt'],
    examples: {
      match: ['wat vind je van seks'],
      ignore: ['wat vind je van de voorlichting over seks bij biologie'],
    },
  },
  {
    id: 'underwear-and-body-thoughts-r11',
    phrases: [
      'welke|wat ..1 maat|cup ..1 bh|beha|cup|ondergoed|onderbroek|slipje',
      'draag|draagt @you ..2 string|stringetje|slipje|lingerie',
      'denk ..4 aan ..1 je|jouw ..1 lichaam|lijf|body|@bodypart',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'winkel', 'kopen', 'sale', 'korting', 'hema', 'zeeman', 'primark', 'bestellen', 'besteld', 'cadeau*', 'zag_een', 'retour*', 'ruilen', 'sport*', 'zwemmen', 'gym', 'blessure', 'dokter', 'fysio*', 'pijn', 'gezondheid', 'haha*', 'lol'],
    examples: {
      match: ['welke maat bh heb je', 'draag je een string?', 'ik denk de hele tijd aan je lichaam'],
      ignore: ['welke maat bh heb je, ik zag een leuke in de sale bij de hema', 'denk aan je lichaam en ga naar de fysio'],
    },
  },
  {
    id: 'flemish-what-you-wearing-r11',
    phrases: [
      'wa|wat hebde|hedde|hebt_ge|hebde_gij|hedde_gij ..2 aan',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest', 'gala', 'trouw', 'bruiloft', 'morgen', 'school', 'chiro', 'scouts', 'examen', 'werk', 'sollicitatie', 'verkleed*', 'carnaval', 'haha*', 'lol'],
    examples: {
      match: ['wa hebde aan?'],
      ignore: ['wa hebde aan naar het feest morgen?'],
    },
  },
  {
    id: 'one-in-underwear-r12',
    phrases: [
      'eentje|een|nog_een|@photo ..3 zonder_shirt|zonder_top|in_je_ondergoed|in_ondergoed|in_je_bikini|in_bikini|in_je_pyjama|in_pyjama|in_je_bh|in_je_onderbroek',
      '@photo ..4 nodig ..3 in ..1 je|jouw ..1 @nude',
      '@photo ..4 nodig ..3 in ..1 @nude',
      'alleen|gewoon ..2 in ..1 je|jouw ..1 pyjama|ondergoed|onderbroek|bh|handdoek',
    ],
    unless: ['winkel', 'shop', 'webshop', 'maat', 'kopen', 'verkoop*', 'marktplaats', 'vinted', 'retour*', 'zwemles', 'zwembad', 'mama', 'mam', 'papa', 'pap', 'haha*', 'lol', 'nep*', 'blokk*', 'melden', 'willen_ze', 'vragen_ze', 'vroeg', 'vroegen', 'let_op', 'oplichter*', 'oma', 'opa', 'vakantie*', 'pyjamafeest*', 'pyjamaparty', 'slaapfeest*', 'logeer*', 'feest*', 'komen'],
    examples: {
      match: ['nu eentje zonder shirt', 'nu eentje in je ondergoed, ik stuur je 50 euro', 'Voor je portfolio hebben we wat fotos nodig in ondergoed of bikini', 'kom op alleen even in je pyjama ofzo niks geks'],
      ignore: ['stuur een foto van die bikini in de winkel, welke maat', 'ik lig gewoon in mijn pyjama haha', 'gewoon in je pyjama komen, het is een pyjamafeest', 'dat je model kan worden en dan willen ze fotos in bikini. gewoon blokkeren'],
    },
  },
  {
    id: 'shirt-may-come-off-less-clothes-r13',
    phrases: [
      'shirt|t_shirt|tshirt|top|trui|broek|kleren|bh|topje ..2 mag|mogen|kan|kunnen ..2 uit',
      'hoe minder kleding|kleren|kleertjes|aan ..5 hoe beter|hoger|meer|liever|mooier',
    ],
    unless: ['warm', 'heet', 'zweet*', 'zwem*', 'sport', 'training', 'strand', 'was', 'wassen', 'vies', 'nat', 'dokter', 'huisarts', 'graden', 'koffer', 'bagage', 'inpakken', 'kast', 'opruimen', 'verkoop*', 'vinted'],
    examples: {
      match: ['niks raars, beetje chillen. shirt mag uit als je wil 😉', "1 'artistiek', hoe minder kleding hoe hoger de score haha"],
      ignore: ['je shirt mag uit, het is 30 graden', 'hoe minder kleren in je koffer hoe beter'],
    },
  },
  {
    id: 'take-off-your-top-r15',
    phrases: [
      "doe|trek ..2 [even|ff|eens|es|nou|maar] je|jouw|die|dat ..1 trui|hoodie|vest|shirt|shirtje|tshirt|t_shirt|top|topje|bh|broek|broekje|rokje|kleren ..2 uit",
      "topje|top|shirt|shirtje|trui|hoodie|bh|broek|broekje|kleren ..1 uit ..1 mag|mogen|kan|moet|graag|please",
      "niet zo ..3 zonder ..1 die|dat|de|je|jouw ..1 trui|hoodie|vest|shirt|shirtje|tshirt|top|topje|bh|broek|kleren",
      "ff|even|eens|es zonder ..1 die|dat|de|je|jouw ..1 trui|hoodie|vest|shirt|shirtje|tshirt|top|topje|bh|broek|kleren",
    ],
    unless: ["wasmand", "wassen", "vies", "vlek*", "zweet*", "douchen", "zwemmen", "zwembad", "training", "dokter", "huisarts", "fysio", "prik", "vaccin*", "koorts", "binnen", "buiten", "koud", "sneeuw", "regen", "nat", "modder", "passen", "paskamer", "maat", "winkel", "retour", "terugsturen", "strijken", "jas", "schoenen", "eten", "avondeten"],
    examples: {
      match: ["wil je zien. doe even je hoodie uit, is toch warm", "gewoon iets losser, topje uit mag ook", "niet zo, ff zonder die trui 😏", "trek ff je shirtje uit"],
      ignore: ["doe je trui uit, hij is helemaal nat van de regen", "trek je shirt uit, die moet in de wasmand", "ga ff zonder je trui naar buiten, het is warm"],
    },
  },
  {
    id: 'spicy-vibe-pics-r15',
    phrases: [
      "sexy|spicy|pikante|pikant|hete|stoute|ondeugende|uitdagende|gewaagde|sexier|pikanter|gewaagder ..1 vibe|vibes|foto*|fotos|pic*|snap*|look|kiekje*|video*|vid*|filmpje*|selfie*|poses|pose",
      "in ..1 je|jouw|uw ..1 ondergoed|onderbroek|boxer|bikini|lingerie|bh|beha|string|slipje ..1 of_zo|ofzo|ofso|bijvoorbeeld|graag|please",
    ],
    unless: ["eten", "saus", "pizza", "taco*", "ramen", "noedels", "chips", "kip", "wings", "recept", "restaurant", "curry", "peper*", "film", "serie", "trailer", "album", "clip", "zanger*", "zangeres", "artiest", "beyonce", "rihanna", "shakira", "nieuws", "artikel", "zwem*", "strand", "zee", "zwembad", "sauna", "camping", "kamp", "was", "wassen", "koffer", "inpakken", "paklijst", "winkel", "hema", "primark", "zara", "maat", "passen", "halloween", "carnaval", "verkleed*", "kostuum"],
    examples: {
      match: ["voor de cover art wil ik wat foto's van je, beetje sexy vibe", "stuur eens een spicy pic", "in je ondergoed of zo, niks geks", "doe een gewaagde pose voor me"],
      ignore: ["die spicy saus op de pizza was te veel", "neem je bikini of zo mee naar het zwembad", "die nieuwe clip van rihanna heeft echt een sexy vibe", "sexy kostuum voor halloween lol"],
    },
  },
  {
    id: 'puberty-body-questions-r17',
    phrases: [
      'ben|zit je|jij|ge ..2 [al] in de puberteit',
      'heb|hebt je|jij|ge ..2 [al] haar|haartjes|schaamhaar|okselhaar ..3 op|onder|bij|rond je|jouw ..1 lichaam|lijf|piemel|borsten|onderkant',
      'heb|hebt je|jij|ge ..2 [al] schaamhaar|borstjes|borsten',
      'groeit|groeien ..2 er|je [al] ..2 haar|haartjes|borstjes|borsten ..2 bij|op|onder|beneden',
    ],
    unless: ['biologie*', 'hoofdstuk*', 'toets*', 'les', 'lessen', 'werkstuk*', 'documentaire*', 'huisarts*', 'dokter*', 'baard*', 'snor*', 'kapper*', 'kapsel*', 'hond*', 'kat', 'kater', 'konijn*', 'hamster*', 'puppy*', 'kitten*'],
    examples: {
      match: ['ben je al in de puberteit? heb je al haar op je lichaam?', 'zit jij al in de puberteit ofzo', 'heb je al haartjes onder je onderkant', 'groeien er al borstjes bij je'],
      ignore: ['bij biologie hebben we het over de puberteit, ben je al in de puberteit is een vraag uit de toets', 'heb je al haar op je lichaam na het scheren lol, nee toch je hond', 'mijn broer zit in de puberteit, echt irritant'],
    },
  },
  {
    id: 'describe-what-you-wear-r17',
    phrases: [
      'beschrijf|vertel ..3 wat je|jij|ge ..1 echt|in_het_echt|irl|nu|op_dit_moment|precies ..2 aanhebt|aan_hebt|draagt|aan',
    ],
    unless: ['feest*', 'bruiloft', 'gala', 'examen*', 'diploma*', 'sollicitatie*', 'morgen', 'kostuum*', 'cosplay', 'schoolfoto*', 'uitvaart', 'begrafenis'],
    examples: {
      match: ['in deze rp is jouw character verliefd op de mijne. beschrijf eens wat je echt aan hebt nu?', 'vertel eens wat je nu aanhebt'],
      ignore: ['vertel wat je nu aanhebt naar het gala morgen', 'beschrijf wat je character aan heeft in deze scene'],
    },
  },
  {
    id: 'wear-that-skirt-i-like-r18',
    phrases: [
      'doe|trek ..3 rok|rokje|jurkje|hakken|string|lingerie|strakke|korte|kort|crop_top|croptop|legging ..4 aan ..4 die|dat|wat ik|k ..3 leuk|mooi|sexy|lekker|geil|heet|hot',
      'wil|wil_je ..2 jou|je|you ..1 zien ..2 in je|jouw|uw ..1 bed|bad|ondergoed|pyjama|bikini|handdoek|douche|lingerie|slipje|bh',
      'hoe minder ..2 je|jij|ge ..2 aanhebt|aan_hebt|draagt ..2 hoe meer|hoe_beter',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'bruiloft', 'feest*', 'gala', 'diploma*', 'uitreiking', 'musical', 'toneel*', 'optreden', 'winkel', 'maat', 'passen', 'kopen', 'sale', 'retour*', 'zomer', 'warm', 'koud', 'regen'],
    examples: {
      match: ['en doe die korte rok aan die ik zo leuk vind 😘', 'Ik wil jou zien in je bed', 'hoe minder je aanhebt hoe meer ik betaal'],
      ignore: ['doe die korte rok aan die ik zo leuk vind voor het feest, staat je mooi', 'trek die jurk aan die je zo mooi vond in de winkel'],
    },
  },
  {
    id: 'spicier-pics-bed-r20',
    phrases: [
      '@photo ..6 ook|wat|iets|nog ..1 spannender*|pikanter*|gewaagder*|stouter*|ondeugender*|sexier*|heter|heetere|hetere',
      'wil ..1 je|jou|you ..1 zien ..1 in ..1 bed|bad|douche|pyjama|ondergoed|badjas|handdoek',
    ],
    unless: ['film*', 'serie*', 'boek*', 'game*', 'achtbaan*', 'attractie*', 'pretpark', 'horror', 'uur', 'om_#', 'slapen', 'ziek', 'koorts', 'griep', 'morgen_vroeg'],
    examples: {
      match: ['heb je nog meer fotos? ook wat spannendere', 'zet je cam aan nu, ik wil je zien in bed'],
      ignore: ['heb je nog meer fotos van de achtbaan? ook wat spannendere', 'ik wil je zien in bed om 10 uur, morgen school', 'heb je nog meer films? ook wat spannendere'],
    },
  },
  {
    id: 'how-far-have-you-gone-r21',
    phrases: [
      'hoe_ver|hoever ..2 zijn|gingen|gaan ..1 jullie ..2 gegaan',
      'hoe_ver|hoever ..2 ben|ging ..2 je|jij|ge ..2 gegaan ..1 met ..1 hem|haar|je_vriend|je_vriendje|je_vriendin|je_ex|die_jongen|dat_meisje',
      'hoe_ver|hoever ..2 heb|hebben|hebt ..2 jullie|je|jij|ge ..2 het ..1 gedaan|laten_gaan',
      'tot ..1 hoe ..1 ver ..2 zijn|ben|gaan ..1 jullie|je|jij ..1 gegaan|al',
    ],
    unless: ['hardloop*', 'rondje', 'rennen', 'lopen', 'zwem*', 'wandel*', 'fiets*', 'rij*', 'route', 'km', 'kilometer*', 'serie', 'seizoen', 'aflevering*', 'boek', 'hoofdstuk*', 'huiswerk', 'opdracht*', 'werkstuk*', 'project*', 'game', 'level*', 'quest*', 'marathon', 'training', 'toets*', 'stof', 'les', 'verbouwing', 'puzzel'],
    examples: {
      match: ['heb je al een vriendje? hoe ver zijn jullie gegaan', 'hoever ben je al gegaan met hem', 'tot hoe ver zijn jullie gegaan'],
      ignore: ["hoe ver ben je gegaan met je hardlooprondje", 'hoe ver zijn jullie gekomen met het werkstuk', 'hoe ver zijn jullie gegaan met fietsen, tot utrecht?', 'hoe ver ben je al in de serie'],
    },
  },
  {
    id: 'want-to-learn-kissing-r21',
    phrases: [
      'gezoend|zoenen|kussen|tongen|gekust|getongd ..6 wil|wilt|zal ..1 je|jij|ik ..2 het|je ..1 leren|oefenen|laten_zien|voordoen',
      'ik|k kan|wil|zal ..1 je|jou ..2 leren ..1 zoenen|tongen|kussen|vrijen',
    ],
    unless: ['film', 'serie', 'boek', 'toneel*', 'rol', 'scene', 'hond', 'kat', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['heb je al eens een jongen gezoend? wil je het leren?', 'ik kan je leren zoenen als je wil'],
      ignore: ['heb jij al eens gezoend in een toneelstuk? wil je het oefenen voor de rol?'],
    },
  },
  {
    id: 'wearing-a-bra-now-r22',
    phrases: [
      'heb|hebt ..1 je|jij|ge|gij ..3 bh|beha|string|slipje|ondergoed|onderbroek|boxer|bralette ..2 aan|om',
      'draag|draagt ..1 je|jij|ge|gij ..3 bh|beha|string|slipje|ondergoed|onderbroek|boxer|bralette',
    ],
    unless: ['mijn|mn', 'wasmachine', 'was', 'winkel', 'kopen', 'gekocht', 'hema|zeeman|primark|wibra|action', 'maat', 'sportbh|sport_bh', 'gym', 'zwemles', 'jurk', 'bandjes', 'doorschijn*', 'zwembroek', 'zwem*', 'badpak', 'bikini', 'kleedkamer', 'omkleden', 'juf', 'meester', 'gym*', 'turnen', 'ballet', 'dokter', 'huisarts', 'ziekenhuis', 'mam|mama|moeder|oma|tante|zus'],
    weight: 3,
    examples: {
      match: ['heb je een bh aan nu? zeg eens eerlijk', 'draag je nu een string', 'heb jij ondergoed aan'],
      ignore: ['heb je mijn bh aan? die zat in de was', 'draag je een sportbh bij gym?'],
    },
  },
  {
    id: 'kissing-and-figure-r23',
    phrases: [
      'ben|bent|heb|hebt je|jij|ge ..2 nog_nooit|al_eens|ooit|wel_eens|weleens|nooit ..1 gezoend|getongd|gefingerd|gevingerd',
      'verder ..1 gegaan ..1 dan ..1 zoenen|kussen|tongen',
      'zodat|dan ..3 [ik|we|de_klant|hij] ..2 je|jouw figuur|lichaam|lijf|vormen|rondingen ..1 kan|kunnen|kunt|goed ..1 zien',
      'in ..1 strakke|doorzichtige ..1 kleding|kleren|jurkje|rokje|top|topje|legging ..3 of ..1 bikini|ondergoed|badpak',
    ],
    weight: 2,
    unless: ['serie', 'film', 'aflevering*', 'boek', 'personage*', 'biologie', 'les', 'mentor', 'voorlichting', 'sportschool', 'fitness', 'houding', 'dokter', 'fysio*'],
    examples: {
      match: ['echt niet? ben je dan nog nooit gezoend', 'gwn nieuwsgierig. ben je al eens verder gegaan dan zoenen', 'full body in strakke kleding of bikini, zodat de klant je figuur kan zien'],
      ignore: ['in de serie heeft ze nog nooit gezoend', 'zodat de fysio je houding kan zien'],
    },
  },
  {
    id: 'need-a-bra-yet-r23',
    phrases: [
      'heb|hebt|draag|draagt je|jij ..2 al ..1 [een] bh|beha|bh_tje ..1 [nodig|aan]',
    ],
    unless: ['winkel', 'shoppen', 'kopen', 'hema', 'zeeman', 'maat', 'passen', 'sport', 'gym', 'gymles', 'zwem*', 'omkleden', 'kleedkamer', 'mama', 'mam', 'oma', 'tante'],
    examples: {
      match: ['heb je al een bh nodig of nog niet', 'draag je al een bh?'],
      ignore: ['heb je al een bh nodig? dan gaan we zaterdag shoppen'],
    },
  },
  {
    id: 'slept-with-someone-experience-r25',
    phrases: [
      'met ..1 iemand|een_jongen|een_meisje|een_man|een_vrouw|jongens|meisjes ..2 naar_bed|in_bed ..1 geweest|gegaan|gelegen',
      'ervaring ..3 met ..1 jongens|meisjes|mannen|seks|sex|zoenen|tongen',
    ],
    unless: ['babysit*', 'oppas*', 'oppassen', 'kinderen', 'groep', 'trainer', 'coach', 'les', 'werk', 'sollicit*', 'team', 'voetbal*', 'klas'],
    weight: 2,
    examples: {
      match: ['ben je al eens met iemand naar bed geweest', 'heb je al ervaring? met jongens bedoel ik'],
      ignore: ['heb je ervaring met oppassen op jongens van 8?', 'ik ben met hoofdpijn naar bed gegaan'],
    },
  },
  {
    id: 'kissed-or-more-shorter-skirt-r26',
    phrases: [
      'heb|ben @you ..3 al|ooit ..4 gezoend|gekust|getongd|gezoent|gefoefeld ..2 of|en ..1 meer|verder',
      'liefst|graag|beter|mag ..3 korter|kortere|korte ..1 rokje|broekje|topje|jurkje|shortje',
    ],
    unless: ['gala', 'bruiloft', 'uniform', 'schoolregels', 'dresscode', 'toneel*', 'voorstelling', 'sport*', 'hockey', 'tennis'],
    examples: {
      match: ['heb je al eens met iemand gezoend of meer?', 'stuur maar een paar testfotos in je cosplay, liefst wat korter rokje en zonder die pruik', 'heb je ooit al gezoend of meer gedaan'],
      ignore: ['heb je al eens gezoend? vertel!!', 'voor het toneel graag een korte rokje of broek'],
    },
  },
  {
    id: 'further-than-kissing-r26',
    phrases: [
      'verder ..2 dan|als ..1 zoenen|kussen|tongen|zoene',
    ],
    unless: ['fietsen', 'lopen', 'rijden', 'school', 'studie', 'level', 'ronde', 'huis', 'project*', 'werkstuk*', 'boek', 'serie', 'game'],
    examples: {
      match: ['ben je al eens verder geweest dan zoenen', 'zijn jullie al verder dan zoenen?'],
      ignore: ['ik woon verder dan school', 'kunnen we verder dan level 3'],
    },
  },
  {
    id: 'boyfriend-done-it-yet-r26',
    phrases: [
      'vriendje|vriend|vriendin|jongen|meisje|lief ..6 heb|hebben|hebt @you|jullie ..1 het ..1 al ..2 gedaan',
    ],
    unless: ['huiswerk', 'opdracht*', 'toets*', 'werkstuk*', 'gevraagd', 'gezegd', 'verteld', 'uitgemaakt', 'afgesproken', 'gebeld', 'opgeruimd', 'aangevraagd'],
    examples: {
      match: ['heb je een vriendje? heb je het al gedaan', 'hoe lang ben je met je vriend? hebben jullie het al eens gedaan'],
      ignore: ['heb je een vriendje? heb je het al gevraagd', 'je vriendin zei dat je het huiswerk al hebt gedaan'],
    },
  },

  {
    id: 'no-need-to-dress-r28',
    phrases: [
      'hoeft|hoef|hoeve ..2 niet|niks|nie ..3 om_te_kleden|aan_te_kleden|aankleden|omkleden|iets_aan_te_trekken|aan_te_trekken ..6 pyjama|ondergoed|onderbroek|nachtjapon|bed|handdoek|badjas|boxer*|slipje',
      'pyjama|ondergoed|onderbroek|nachtjapon|handdoek|badjas|boxer* ..2 is|mag|vind_ik ..2 prima|goed|ok|oke|beter|leuker|lekkerder|perfect',
    ],
    unless: ['pyjamafeest*', 'pyjamaparty*', 'logeer*', 'sleepover', 'film', 'filmavond', 'ontbijt*', 'brunch*', 'zwembad', 'zwemles', 'gym', 'sportles', 'wasmachine', 'was', 'strijk*', 'kopen', 'gekocht', 'winkel', 'maat', 'korting', 'mama', 'papa', 'oma', 'opa', 'haha*', 'lol', 'xd', 'thuisdag', 'ziek'],
    weight: 2,
    examples: {
      match: ['je hoeft je niet om te kleden hoor, pyjama is prima', 'ondergoed is ook prima voor de cam', 'hoef je niks aan te trekken, blijf maar in bed'],
      ignore: ['pyjama is prima voor de filmavond', 'je hoeft je niet om te kleden, we gaan gewoon ontbijten, pyjama is prima', 'die pyjama is goed, ik heb hem gekocht in maat 152'],
    },
  },
  {
    id: 'kissed-or-more-r28',
    phrases: [
      'hebde|hedde|hebt_ge|hebt_gij|hebde_gij|hebje|heb_je|heb_jij|zijde|bende|ben_je ..3 [al|ooit|wel] ..3 gekust|gezoend|getongd|gefoefeld|gevingerd ..3 of|en ..2 meer|verder',
      'gekust|gezoend|getongd|gefoefeld ..3 of|en ..2 al|ook|nog ..1 meer|verder ..2 gedaan|dan_dat|dan_zoenen|dan_kussen|dan_dat_gedaan',
      'al|ooit ..1 meer ..1 gedaan ..1 dan ..1 zoenen|kussen|dat|tongen',
    ],
    unless: ['met ..1 hem|haar|die|jouw|je_vriend|je_vriendin|je_lief', 'in de film|serie|boek', 'haha*', 'lol', 'xd', 'oma', 'opa', 'hond', 'kat'],
    examples: {
      match: ['hebde al ooit iemand gekust? of al meer gedaan dan dat', 'heb je wel eens gezoend? en verder?', 'al meer gedaan dan zoenen?'],
      ignore: ['heb je al gezoend met hem? of meer dan dat?? haha', 'in de film hebben ze gezoend en meer'],
    },
  },

  {
    id: 'flemish-had-sex-r28',
    phrases: [
      'hebde|hedde|hebt|heb ..1 [gij|ge|je|jij] ..3 al|ooit|eens|keer ..2 seks|sex ..1 gehad',
    ],
    unless: ['in de film|serie|boek', 'hij|zij|ze ..1 al ..2 seks', 'voorlichting*', 'biologie', 'bio', 'les'],
    examples: {
      match: ['hebde gij al ne keer seks gehad', 'heb je al eens sex gehad?'],
      ignore: ['in de serie, heeft zij al seks gehad?'],
    },
  },
  {
    id: 'your-body-develops-n29',
    phrases: [
      '@your lichaam|lijf|body|figuur ..3 ontwikkelt|ontwikkeld|ontwikkeling ..3 snel|goed|mooi|lekker|al|vrouwelijk',
      '@you bent|ben|zijt ..3 al ..2 goed|mooi|lekker|flink|vroeg ontwikkeld',
      '@your rondingen|borsten|tieten|kont|billen ..3 worden|groeien|zijn ..3 groter|groot|mooi|lekker|rond',
    ],
    unless: ['puberteit', 'biologie', 'voorlichting', 'les', 'boek', 'arts', 'dokter', 'huisarts', 'spieren', 'spiermassa', 'conditie', 'herstel*', 'blessure', 'techniek'],
    examples: {
      match: ['je lichaam ontwikkelt zich echt snel 😉', 'jij bent al goed ontwikkeld voor je leeftijd', 'je borsten worden al groter he'],
      ignore: ['je lichaam ontwikkelt zich in de puberteit, dat leren we bij biologie', 'je lichaam ontwikkelt spieren snel als je goed eet na de training', 'het plan is al goed ontwikkeld'],
    },
  },
  {
    id: 'pic-after-the-shower-n29',
    phrases: [
      'stuur|stuurt|maak|maakt|laat ..4 foto|fotos|pic|pics|selfie|selfies|video|filmpje ..3 na|onder|uit|in|tijdens ..1 [het|de|je] douche|douchen|bad|badkamer',
      'als|wanneer @you ..2 onder_de_douche|in_bad|in_de_badkamer ..2 staat|zit|ligt|bent ..3 stuur|maak ..2 foto|pic|selfie|video',
    ],
    unless: ['lekkage', 'kraan', 'tegels', 'schimmel', 'verbouwing', 'loodgieter', 'verstopt', 'haar|haren|kapsel|krullen', 'hond', 'kat', 'puppy', 'baby', 'zusje|broertje', 'huisdier', 'verhuurder', 'airbnb'],
    examples: {
      match: ['stuur eens een foto na het douchen', 'maak een selfie onder de douche voor me', 'als je in bad ligt stuur me een pic'],
      ignore: ['stuur een foto van de lekkage in de badkamer naar de verhuurder', 'stuur een foto van je haar na het douchen, zijn de krullen gelukt?', 'maak een video van de hond in bad haha'],
    },
  },
  {
    id: 'done-something-with-someone-n32',
    phrases: [
      'heb|hebt|hedde je|jij|ge ..2 al|ooit|weleens|wel_eens|al_eens|al_es|eens|es|nog_nooit ..2 met iemand ..2 iets|wat|het|dingen|meer gedaan|gehad|uitgeprobeerd',
      'al|ooit|weleens|wel_eens ..1 iets|wat|het ..1 met iemand ..1 gedaan ..3 je_weet_wel|je_weet_toch|snap_je|zoenen|in_bed',
    ],
    unless: ['project*', 'werkstuk*', 'opdracht*', 'spreekbeurt', 'presentatie', 'samengewerkt', 'huiswerk', 'school', 'klas', 'sport', 'training', 'band', 'muziek', 'vrijwilliger*', 'stage', 'bijbaan', 'vakantie', 'reis', 'festival'],
    examples: {
      match: ['heb je ooit al met iemand iets gedaan', 'en heb jij al eens met iemand het gedaan?', 'al eens iets met iemand gedaan je weet wel'],
      ignore: ['heb je al eens met iemand iets gedaan voor een werkstuk?', 'heb jij ooit met iemand samengewerkt op stage'],
    },
  },
  {
    id: 'moaning-voice-recording-n33',
    phrases: [
      'neem|neemt|opnemen|voice|voices|voicememo*|voicenote*|voicebericht*|spraakbericht*|spraakmemo*|spraakberichtje*|audio*|geluidsopname*|opname*|opnames ..6 kreun*|hijg*',
      'kreun*|hijg* ..6 voice|voices|voicememo*|voicenote*|voicebericht*|spraakbericht*|spraakmemo*|spraakberichtje*|audio*|geluidsopname*|opname*|opnemen',
      'neem|neemt|opnemen|voice|voicememo*|voicenote*|spraakbericht*|audio*|opname* ..6 zwaar|hard ..1 adem*|hijg*|zucht*',
      'kreun*|kreunt ..3 mijn|mn|m_n naam',
      'mijn|mn|m_n naam ..2 kreun*',
    ],
    unless: ['pijn', 'ziek', 'griep', 'verkouden', 'keel', 'hoest*', 'astma', 'dokter', 'huisarts', 'sport*', 'training', 'gym', 'fitness', 'yoga', 'zang*', 'zingen', 'liedje*', 'cover', 'toneel*', 'horror*', 'zombie*', 'spook*', 'halloween', 'dubbing', 'bevalling', 'hond*', 'kat', 'katten', 'puppy', 'baby', 'opa', 'oma', 'deadlift*', 'squat*', 'marathon', 'hardlopen', 'boos', 'klagen', 'zeuren', 'huiswerk', 'wiskunde'],
    examples: {
      match: ['neem een spraakbericht op waarin je zachtjes kreunt', 'stuur een voice waarin je hijgt voor mij', 'kreun eens mijn naam 😏', 'kun je jezelf opnemen terwijl je zwaar ademt'],
      ignore: ['neem jezelf op terwijl je zingt, voor de cover', 'mijn oma kreunt van de pijn in haar rug', 'stuur een voice van je hond die kreunt haha'],
    },
  },
  {
    id: 'hot-photo-n35',
    phrases: [
      'die|je|jouw|deze|dat|uw|ue @photo ..1 was|is|zijn|waren|ziet|staat ..2 [echt|zo|super|heel|mega|best|wel] heet|hot|geil|sexy|sexie|seksie|spicy',
      'je|jij|ge ..1 ziet|zag|staat|stond ..2 [er] [echt|zo|super|heel|mega] heet|hot|geil|sexy|sexie|seksie ..2 [uit] [op|in] [die|je|deze|dat] @photo',
    ],
    unless: ['weer', 'graden', 'zon', 'zonnig', 'strand', 'hittegolf', 'warm*', 'woestijn', 'eten', 'pizza', 'soep', 'saus', 'pepers', 'peper', 'sambal', 'curry', 'gerecht', 'auto', 'brommer', 'scooter', 'schoenen', 'sneakers', 'jas', 'gaming', 'setup', 'haha*', 'lol', 'artikel', 'nieuws', 'topic', 'onderwerp'],
    examples: {
      match: ['die foto was echt heet 🔥', 'je pic is zo sexy', 'je ziet er echt heet uit op die foto'],
      ignore: ['die foto was echt heet, 38 graden daar', 'die foto van de pizza ziet er heet uit', 'je foto is heet nieuws haha'],
    },
  },
  {
    id: 'cybersex-sexting-n37',
    phrases: [
      'cybersex*|cyberseks*|cyberen|sexchat*|sekschat*|sexchatten',
      'zin|wil|wilt|zullen|gaan|doen ..3 sexten|sexen|seksen|cyber|cybere',
    ],
    unless: ['voorlichting', 'gevaren', 'les', 'lessen', 'school', 'politie', 'artikel', 'docu*', 'mentor', 'monday', 'security', 'beveiliging', 'pesten', 'cyberpesten', 'aanval', 'hackers'],
    examples: {
      match: ['zin om te cyberen?', 'wil je sexchatten met mij', 'zullen we sexten vanavond', 'heb je wel eens aan cybersex gedaan'],
      ignore: ['we hadden een les over de gevaren van sexten', 'zin om cyber monday te shoppen', 'cyberpesten is echt erg'],
    },
  },
  {
    id: 'arousal-remarks-n37',
    phrases: [
      'ik|k krijg|kreeg|heb|had|krijgt ..3 stijve|boner|erectie|stijfje',
      'ik|k heb|had hem ..2 [al] hard|stijf ..2 van|om|door',
      'ik|k word|wordt|raak|ben ..2 [er|al|zo|echt] geil|horny|opgewonden|hitsig ..3 [van|om|door]',
    ],
    unless: ['nek', 'rug', 'spieren', 'spierpijn', 'benen', 'kuiten', 'hond', 'kat'],
    examples: {
      match: ['ik krijg er een stijve van als ik je zie', 'ik heb hem er al hard van', 'ik word er echt geil van'],
      ignore: ['ik krijg een stijve nek van het gamen', 'ik heb hem hard nodig voor het project'],
    },
  },
  {
    id: 'would-like-to-kiss-you-n37',
    phrases: [
      'ik|k zou ..4 je|jou|you ..3 [willen|wel|best|graag|eens] kussen|zoenen|tongen',
      'mag|wil ik ..2 je|jou|you ..2 [eens|een_keer|ff|even] kussen|zoenen|tongen',
      'zin ..3 om ..1 je|jou|you ..2 te kussen|zoenen|tongen',
    ],
    unless: ['mama', 'mam', 'papa', 'pap', 'oma', 'opa', 'tante', 'oom', 'knuffel*', 'welterusten', 'slaap_lekker', 'baby', 'hond', 'kat', 'puppy', 'film', 'serie', 'toneel', 'scene', 'rol'],
    weight: 2,
    examples: {
      match: ['ik zou je best eens willen kussen', 'mag ik je een keer zoenen', 'ik heb zin om je te zoenen'],
      ignore: ['in de film moet ik haar zoenen in de laatste scene', 'welterusten lieverd, ik zou je wel willen knuffelen'],
    },
  },
  {
    id: 'likes-older-men-n37',
    phrases: [
      'hou|houd|val|valt|vind ..3 je|jij|ge|gij ..3 [van|op] oudere|oude|volwassen mannen|jongens|kerels|gasten|venten|man',
      'oudere|volwassen mannen|kerels|venten ..4 weten|kunnen|snappen ..5 meisje|meiden|meisjes|behandelen|verwennen',
    ],
    unless: ['oma', 'tante', 'moeder', 'mama', 'zus', 'film', 'serie', 'acteur*', 'boek', 'stijl', 'mode', 'kleding'],
    weight: 2,
    examples: {
      match: ['hou je van oudere mannen?', 'val jij op oudere jongens', 'oudere mannen weten tenminste hoe ze een meisje moeten behandelen'],
      ignore: ['mijn tante valt op oudere mannen haha', 'vind je die film over oudere mannen goed'],
    },
  },
] satisfies PatternEntry[];
