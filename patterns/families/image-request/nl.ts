import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-nudes',
    phrases: [
      '@send [@fill] [@fill] [@fill] [@some] ..2 @nude',
      '@photo [s] ..3 van|met|in|zonder ..2 @nude',
      '@nude @photo',
      'fullbody*|full_body*|bodypic*|body_pic*|bodyshot*',
      'gewaagde|stoute|ondeugende|spannende|seksi|hete|pikante|geile @photo',
      '@send [@fill] [@fill] [@fill] iets|wat|eentje ..1 sexy|seksi|geils|heets|spannends|ondeugends|stouts|hots|pikants|gewaagds',
      'sturen|stuurt|maken|opsturen van|met [je|jouw|uw] @bodypart|@nude',
      'mag|kan|kun|wil|zou ik ..4 @nude ..2 zien|hebben|krijgen|@photo',
      'laat|toon ..4 @nude ..1 zien',
      'heb|hebt je|jij|ge ..3 @nude|naaktfoto*|nudes ..2 voor_mij|voor_me|van_jezelf',
      'maar|dan|nu|nog|eentje|een|keer ..3 zonder kleren|kleding|kleertjes|outfit|shirt|bh|broek|onderbroek|top|iets_aan|boxer',
      'kleed|kleedt ..2 je|jij|jezelf ..2 uit',
      'wat ..2 onder ..1 je|jouw ..1 kleren|kleding|shirt|rok|broek|trui|top|jurk|hoodie|hoody|vest|sweater|pyjama|badjas|handdoek|rokje|jurkje|topje|shirtje|t_shirt|deken|dekens|dekbed ..1 [hebt|draagt|zit|hebt_aan|aan]',
      'draai ..3 om ..3 voor|op [de|je] cam|camera|webcam',
      'ik|k wil je|jou live|op_cam|op_camera|op_webcam ..1 zien',
      'doe|trek je|jouw shirt|top|trui|rok|jurk|bh|broek ..1 omhoog|omlaag|naar_beneden|opzij',
      'maar|dan|nu|eentje|keer ..2 spannender|gewaagder|sexier|geiler|pikanter|stouter|blooter|met_minder_kleren|met_minder_aan',
      'minder kleren|kleding|aan ..2 [aan|op] [de|je] @photo',
      'doe|trek je|jouw ..2 shirt|kleren|broek|bh|top|trui|onderbroek|boxer|rok ..1 uit',
    ],
    unless: ['perso', 'personnage', 'commission*', 'oc', 'tekening*', 'genshin', 'headshot', 'halfbody', 'half_body', 'character', 'sketch', 'schets', 'chibi', 'render', 'willen|vragen|vroegen|vroeg ze|hij|die ..2 @photo', 'blokkeren', 'dokter', 'huisarts', 'badkleding', 'winkel', 'maat', 'kopen', 'gekocht', 'bestellen', 'wassen', 'was', 'stuur|stuurde ik', 'tracking', 'tracker*', 'vrchat', 'avatar*', 'training', 'gym', 'sportschool', 'voetbal', 'hockey', 'wedstrijd', 'warming_up', 'kocht', 'zwemmen', 'zwembad', 'strand', 'zee', 'zonnebrand*', 'insmeren', 'omkleden', 'kleedkamer', 'douchen', 'wassen', 'bad', 'sauna'],
    examples: {
      match: ['laat eens zien wat je onder je hoodie hebt', 'wat draag je onder je badjas?', 'stuur nudes', 'stuur me ff een naaktfoto', 'foto in je ondergoed?', 'mag ik je in bikini zien', 'maar dan zonder kleren', 'doe je shirt uit', 'heb je nudes voor mij', 'stuur eens een pic zonder bh'],
      ignore: ["je veux un full body de mon perso de Genshin", 'wat zit er onder je bed, ik hoorde iets', 'wat heb je onder je jas aan naar school, is het koud?', "kan je een fullbody van mijn oc tekenen? commission", 'stuur je bikini foto van de vakantie nog? mijn moeder wil zien welke je kocht', 'doe je shirt uit, het is zo heet op training', 'dat je model kan worden en dan willen ze fotos in bikini. gewoon blokkeren', 'ik heb een nieuwe bikini gekocht', 'doe je jas uit en kom binnen', 'naakt zwemmen is illegaal hier', 'doe je shirt uit, we gaan zwemmen'],
    },
  },
  {
    id: 'show-body',
    phrases: [
      'laat|toon|show [me|mij|ons|eens|es|ff|even|nou|dan|maar] ..2 [je|jouw|uw|your] @bodypart ..2 [eens|ff|even] [zien]',
      '@photo [s] van|met [je|jouw|uw|your] @bodypart',
      'laat|toon [me|mij] ..4 zien ..3 in|zonder|met ..2 @nude',
      'laat|toon me|mij jou|jezelf ..1 [eens|ff|even|es|nou|dan|helemaal] zien',
      'laat|toon me|mij je [eens|ff|even|es|nou|dan|helemaal] zien',
      'ik wil|wil je|jij ..3 lichaam|lijf|body ..2 zien',
    ],
    unless: ['ik|k laat|toon', 'dokter', 'huisarts', 'blessure', 'wond', 'schaafwond', 'tattoo', 'tatoeage', 'gips', 'enkel', 'pols', 'blauwe_plek'],
    examples: {
      match: ['laat je lichaam zien', 'laat me je tieten zien', 'foto van je kont', 'laat me jezelf eens zien', 'toon me je body', 'laat me je zien in je boxer'],
      ignore: ['laat je wond even aan de dokter zien', 'laat me het filmpje zien', 'laat je nieuwe tattoo zien', 'laat me je tekening eens zien, ben benieuwd'],
    },
  },
  {
    id: 'camera-on',
    phrases: [
      'zet|doe|mag|kan|wil|zou ..2 [je|jouw|uw|your|die] @cam|camera|webcam ..3 aan|open|aanzetten|aandoen',
      'cam|camera|webcam aan|aanzetten|aandoen|aanzet|aandoet [please|aub|pls|nu|ff|even|dan|eens]',
      'wil|kan|mag ik ..3 zien ..3 op|via|met|voor @cam|camera|webcam',
      'ga|kom|gaan ..2 [op|on|voor] [de|het|je] cam|camera|webcam ..2 staan|zitten|liggen',
    ],
    unless: ['rekenmachine*', 'rekenmachientje*', 'lesboek*', 'boeken', 'oefentoets*', 'hoofdstuk*', 'huil*', 'janken', 'rage*', 'ragen', 'leg|leggen ik|k|we ..3 uit', 'uitleggen', 'bijles*', 'studiehulp', 'tryout*', 'briefing', 'selectie', 'teamleider', 'project*', 'groepsproject*', 'werkstuk*', 'opdracht*', 'huiswerk', 'les', 'lessen', 'klas', 'meeting', 'vergadering', 'teams', 'zoom', 'docent*', 'meneer', 'mevrouw', 'juf', 'meester', 'iedereen', 'college', 'toets', 'examen', 'werkgroep', 'presentatie', 'allemaal', 'som', 'sommen', 'sommetje*', 'wiskunde', 'uitleg*', 'scherm', 'bijles', 'bewaking*', 'deurbel', 'fiets', 'oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'familie', 'jarig', 'verjaardag', 'kapsel', 'nieuwe ..1 haar|haren|coupe|haarkleur|bril|beugel|trui|jas|schoenen|puppy|fiets|kamer|slaapkamer|bureau|gamestoel|poster*', 'sollicit*', 'legitimatie*', 'identiteitsbewijs', 'id ..3 bij_de_hand', 'setup', 'hond', 'kat', 'puppy', 'konijn', 'tekening', 'taart', 'cadeau*', 'blad', 'werkblad', 'opgave*', 'schrift', 'is|staat jouw|je|uw camera|cam|webcam [wel|nou|al] aan', 'tactiek', 'bespreken', 'strategie', 'ranked', 'surveillant*', 'proctor*', 'tentamen*', 'online_toets', 'examencommissie', 'surveillance', 'plafond', 'vorige_keer', 'zagen|zien|konden we ..2 alleen'],
    examples: {
      match: ['als je je cam aanzet', 'zet je camera aan', 'zet uw camera ne keer aan', 'doe je cam aan', 'cam aan pls', 'wil ik je zien op cam', 'ga voor de cam staan'],
      ignore: ["Zet je camera aan en zorg dat je je rekenmachine bij de hand hebt", 'zet je cam aan op discord ik wil je huilen zien', "Zullen we donderdag een videocall doen? Dan zet je je camera aan en leg ik het uit", 'zet je camera aan dan laat ik je de som zien', 'iedereen graag de camera aan tijdens de les', 'zet je camera aan voor de meeting', 'mijn camera doet het niet', 'zet je cam aan ik wil je nieuwe kapsel zien 💀', 'zet je camera aan he, ik wil je nieuwe haar zien', 'doe je camera aan lieverd, gisteren zagen we alleen je plafond', 'Let op: zet je camera en microfoon aan voor de surveillant tijdens het online tentamen', 'kan je je cam aanzetten? ik wil je nieuwe kamer zien', 'zorg dat je camera aan staat voor het sollicitatiegesprek en houd je ID bij de hand'],
    },
  },
  {
    id: 'photo-of-you',
    phrases: [
      '@send [@fill] [@fill] [@fill] [@some] @photo [s] [@fill] van|met|op jezelf|jouzelf|uzelf|you|jou|je_zelf|je_gezicht|je_lichaam|je_lijf',
      '@send [@fill] [@fill] [@fill] [@some] @photo [s] [@fill] van|met|op je|jou|you|uw ..1 in|op|met|zonder je|jouw|uw|bed|bad|douche|pyjama|handdoek|badjas|ondergoed|kamer',
      'mag|kan|kun|wil|zou|krijg ik ..3 @photo [s] [@fill] van jou|jezelf|uzelf|you|je ..1 zien|hebben|krijgen|bewaren',
      'mag|kan|kun|wil|zou|krijg ik ..3 @photo [s] [@fill] van jou|jezelf|uzelf',
      'wil|kan|kun|wilt|kunt|zou|zal je|jij|ge|you ..3 @photo [s] van|met jezelf|jou|uzelf|you ..1 [sturen|maken|opsturen|doen]',
      'wil|kan|kun|wilt|kunt|zou|zal je|jij|ge|you ..3 @photo [s] van je sturen|maken|opsturen|doorsturen',
      'ik|k wil ..2 @photo [s] van|met je|jou|jezelf|uzelf ..1 [zien|hebben]',
      'kwil ..2 @photo [s] van|met je|jou|jezelf|uzelf ..1 [zien|hebben]',
      '@photo [s] [@fill] [@fill] van|met jezelf|jouzelf|uzelf ..2 sturen|sturen_aub|maken|doen|maakt|stuurt|opstuurt|doorstuurt|neemt',
      'ik wil ..2 je|jou ..2 zien ..3 @photo|@cam|camera|video|facetime',
      '@send [@fill] [@fill] [@fill] [@some] @photo [s] ..1 in|op je|jouw|uw pyjama|bed|bad|douche|badjas|handdoek|nachtjapon|slaapkleding|slaapkamer',
      'selfie|selfies|selfietje ..2 van|met [je|jou|jezelf] [in|op] [je|jouw] bed|bad|douche|pyjama|handdoek|badjas|kamer',
    ],
    unless: ['portretopdracht*', 'fotografieopdracht*', 'fotoopdracht*', 'kunstopdracht*', 'ckv', 'fotografieles*', 'fotoles*', 'inleveren', 'inlever*', 'gala', 'galajurk*', 'baljurk*', 'kostuum*', 'tenue', 'toga', 'communie*', 'trouwjurk*', 'voorstelling', 'als_een kip|aap|hond|kat|koe|varken|eend|dino|dinosaurus|zombie|robot|kikker|paard|pinguin|clown|baby|gorilla|dolfijn', 'doen_of_durven|truth_or_dare', 'kapsel', 'haar', 'haren', 'outfit', 'jurk', 'diploma', 'rapport', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'pasfoto', 'paspoort', 'id', 'huiswerk', 'opdracht', 'aantekeningen', 'tante', 'oom', 'oma', 'opa', 'groepsfoto', 'team', 'klas*', 'nieuwe', 'gebruiken', 'edit', 'edits', 'fanpage', 'fanaccount', 'repost*', 'witte|lichte|effen|grijze|lege ..1 muur|achtergrond', 'teamkaart*', 'spelerskaart*', 'ledenpas*', 'spelerspas*'],
    examples: {
      match: ['als je een paar leuke fotos van jezelf maakt', 'stuur eens een foto van jezelf', 'stuur me een pic van jou', 'mag ik een foto van je zien', 'stuur eens ne foto van u in uw bed', 'stuur ff een selfie van jezelf', 'kan ik een foto van jou krijgen', 'ik wil je zien op cam'],
      ignore: ['kun je me de foto van jou sturen voor de fotografieopdracht? ik moet hem maandag inleveren', "stuur eens een foto van je in je galajurk", 'stuur ff een selfie van je nieuwe kapsel', 'stuur die foto van jou naar mama', 'kun je een foto van je huiswerk sturen', 'stuur een foto van jezelf voor je pasfoto', 'Mag ik die foto van jou vooraan bij de Ziggo gebruiken voor een edit?', 'stuur ff een foto van je gezicht voor een witte muur, voor de spelerspas'],
    },
  },
  {
    id: 'pic-request-generic',
    phrases: [
      '@send [@fill] [@fill] [@fill] [@some] [leuke|mooie|lekkere|nieuwe|andere|coole|knappe|goede] @photo',
      'wil|kan|kun|wilt|kunt|zou|zal je|jij|ge|you ..3 [een|wat|meer|nog] @photo ..2 sturen|maken|opsturen|doorsturen|sture',
      'maak|neem|doe ..3 @photo ..4 voor me|mij|mij_alleen',
      'spiegelselfie*|spiegelfoto*|badkamerselfie*|bedselfie*',
      'ik|k wil ..2 meer|nog|nieuwe ..1 @photo',
      'kwil ..2 meer|nog|nieuwe ..1 @photo',
      'laat|toon [me|mij] [eens|es|ff|even|nou|dan|maar] iets|wat|meer ..1 zien',
      '@send [me|mij] er ..1 nog ..1 een|eentje|meer',
      'nog een|eentje|meer|1 @photo|@nude',
      '@send [me|mij] de|die|dat|dit @photo [s] ..2 of|anders|nu|nou|nu_meteen|direct',
      'mag|kan|kun|wil ik ..3 [een|wat|meer] @photo [s] [@fill] [van] [je|jou] ..1 zien|hebben|krijgen',
      'laat|laten|toon ..2 me|mij ..2 iets|wat|meer ..1 zien',
      'laat|laten|toon ..2 zien ..1 hoe je|jij|ge ..1 eruit|er_uit ..1 ziet|zien',
      'me|mij iets|wat|meer ..1 laten|tonen zien',
      'iets|wat|beetje ..1 meer ..2 laten|tonen ..1 zien',
      'heb|hebt|hebben je|jij|ge ..2 @photo ..1 voor_me|voor_mij|van_jezelf|van_jou',
      '@photo ..6 ik|k wil er nog|meer',
    ],
    unless: ['batterij*', 'scherm', 'stad', 'dorp', 'uitzicht', 'tenue', 'teamfoto', 'fotograaf', 'portretopdracht*', 'fotografieopdracht*', 'fotoopdracht*', 'kunstopdracht*', 'ckv', 'fotografieles*', 'fotoles*', 'inleveren', 'inlever*', 'tekening*', 'knutsel*', 'hetzelfde', 'huisarts*', 'dokter*', 'videoconsult*', 'consult', 'achterwiel*', 'voorwiel*', 'wiel', 'wielen', 'ik|k stuur|stuurde ..3 @photo', 'slot', 'achterband*', 'voorband*', 'voor_en_achter', 'achter_en_voor', 'beide_kanten', 'alle_kanten', 'pc', 'pcs', 'photocard*', 'poca*', 'binder', 'match|matchen|gekozen|kiezen', 'als_een kip|aap|hond|kat|koe|varken|eend|dino|dinosaurus|zombie|robot|kikker|paard|pinguin|clown|baby|gorilla|dolfijn', 'doen_of_durven|truth_or_dare', 'remmen', 'ketting', 'zadel', 'wat_je_koopt', 'wat_je_gaat_kopen', 'batterij', 'accu', 'lader', 'verpakking', 'stuur|stuurde ik', 'huiswerk', 'opdracht', 'aantekeningen', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'groep*', 'diploma', 'rapport', 'fiets', 'pakket', 'kamer', 'auto', 'meme*', 'screenshot*', 'link', 'document', 'bon', 'bonnetje', 'code', 'codes', 'kaart', 'kaarten', 'kaartje*', 'betaalbewijs', 'recept', 'hond', 'kat', 'puppy', 'werkblad', 'schrift', 'blad', 'antwoorden', 'opgave*', 'sommen', 'sommetje*', 'vraag_#', 'uitwerking*', 'oefening*', 'frame', 'banden', 'band', 'product', 'artikel', 'achterkant', 'voorkant', 'label', 'merk', 'schade', 'kras*', 'onderdelen', 'zool', 'binnenkant', 'wedstrijd', 'concert', 'tante', 'oma', 'opa', 'kapsel', 'haar', 'outfit', 'jurk', 'nieuwe', 'pasfoto*', 'spelerspas*', 'ledenpas*', 'schoolpas*', 'studentenpas*', 'pasje', 'legitimatie*', 'inschrijving*', 'aanmelding*', 'toernooi', 'smoelenboek', 'jaarboek', 'rooster', 'planning', 'gekocht', 'gekregen', 'planner', 'agenda', 'formulier*', 'toestemmingsformulier*', 'versnelling', 'verlichting', 'waar_je_bent', 'waar_je_nu_bent', 'waar_je_staat', 'locatie', 'taart*', 'zolen', 'sneakers', 'schoenen', 'doos', 'labeltje', 'maatlabel', 'ik|k stuur|stuurde|maak|zal ..3 nog ..1 een|eentje|wat|1 @photo', 'versiering', 'huiswerk*', 'toets*', 'proefwerk*', 'oefenboek*', 'werkboek*', 'lesboek*', 'planner*', 'hoe_je_het_doet', 'hoe_jij_het_doet', 'lang_niet_gezien', 'ik|k stuur|stuurde ..1 je|jou|you ..2 [een] @photo', 'bron|bronnen|bladzijde|blz|boek|tekst|uitleg|bord|whiteboard', 'als je|jij hem|haar|het ..1 ziet|tegenkomt|vindt', 'vermist*|kwijt|weggelopen|ontsnapt'],
    weight: 1,
    examples: {
      match: ['die foto was leuk maar ik wil er nog eentje', 'en dan iets meer laten zien', 'stuur me gewoon 1 foto', 'stuur me een foto', 'stuur er nog eentje', 'nog een pic?', 'mag ik een foto zien', 'je moet me iets laten zien', 'stuur eens een selfie'],
      ignore: ['kun je een foto sturen van het scherm aan, met het batterijpercentage?', 'wie er niet is stuurt een foto in tenue, dan plakt de fotograaf je erin', "stuur een foto van je tekening, ik stuur er ook een", "U kunt in de app een foto van de plek op uw arm uploaden, dan kijkt de huisarts ernaar voor het videoconsult", "De Pink Ladies jasjes zijn binnen! Ik stuur even een foto", "Super, tot zaterdag. Mag ik nog een foto van het achterwiel?", "stuur ff een foto dan, ik wil niet hetzelfde aan", 'stuur ff een foto van die bron uit het boek, ik heb mijn boek op school laten liggen', 'als je hem ziet stuur dan een foto naar dit nummer aub', 'stuur ff een foto van het bord, ik zat te slapen', 'Kun je nog een foto sturen van het slot en de achterband?', 'ok! kun je een foto sturen van voor en achter?', 'stuur even een foto als je hebt gekozen, dan match ik', 'stuur nog een foto van de remmen', 'stuur nog een paar fotos van de zolen', 'stuur me een foto van die taart die je wil', 'top, en stuur even een foto voor je spelerspas', 'stuur me ff een foto van het rooster pls', 'Kun je een paar extra fotos sturen van het frame en de banden?', 'kun je een foto sturen van je werkblad?', 'die foto van de hond is leuk, ik wil er nog een', 'stuur de fotos van de reis', 'kun je een foto van je huiswerk sturen', 'stuur me de link', 'stuur even een foto van je huiswerkplanner dan geloof ik je', 'Kun je voor dinsdag een foto sturen van je laatste toets?', 'stuur ff een filmpje van hoe je het doet dan oefenen we', 'ik heb een foto van de hond gemaakt', 'koop er iets leuks van en stuur me een foto van wat je gekocht hebt', 'stuur een foto van wat je koopt'],
    },
  },
  {
    id: 'just-for-me',
    phrases: [
      '@photo [s] ..6 alleen|enkel|speciaal ..1 voor ..1 mij|mijn_ogen',
      '@photo [s] ..4 in|op ..1 je|jouw|uw ..1 slaapkamer|bed|badkamer|bad|douche',
      '@send [@fill] [@fill] ..4 # ..1 [nieuwe|extra|andere|verse] @photo',
    ],
    unless: ['verjaardag*', 'cadeau*', 'oma', 'opa', 'mama', 'papa', 'verbouwing', 'verhuizing', 'verhuizen', 'te_koop', 'marktplaats', 'huur*', 'kamer_te', 'makelaar', 'meubel*', 'bureau', 'kast', 'lamp', 'behang', 'verf', 'fiets', 'schade', 'lekkage', 'schimmel', 'huiswerk', 'opdracht'],
    examples: {
      match: ['kun je een filmpje maken in je slaapkamer, alleen voor mij?', 'stuur me vandaag nog 3 nieuwe fotos'],
      ignore: ['stuur een foto van je slaapkamer, we willen het behang kiezen', 'stuur 3 fotos van de fiets voor marktplaats'],
    },
  },
  {
    id: 'spicy-pics-r4',
    phrases: [
      '@send|mag|kan|wil|krijg|maak ..4 spicy|spicey|pikante|pikant|ondeugende|stoute|gewaagde|gewaagd|gewaagdere|uitdagende|nsfw|expliciete|pikantere|spicier|hete ..1 @photo|pic|foto|fotos|vid|video|filmpje|snap|snaps|selfie*',
      'laat|toon ..3 huid|meer_huid|wat_huid|wat_meer_huid ..1 zien',
      'wil|wilt ..2 je|jou|jezelf ..3 in|zonder ..1 [je|jouw|een] bikini|ondergoed|lingerie|badpak|string|bh|handdoek|kleren|shirt|topje ..1 zien',
      '@send|maak|neem ..4 @photo ..4 in|onder [de|het|je|jouw] douche|bad|bed|badkamer|handdoek',
      '@photo ..4 waar|waarop|waarin|met ..2 je|jij ..2 minder|weinig|niks|niets|bijna_niks ..1 aan|aanhebt|draagt',
    ],
    unless: ['baby', 'kat', 'hond', 'poes', 'puppy', 'verbouwing', 'badkamer_is', 'tegels', 'lekkage', 'schimmel', 'marktplaats', 'te_koop', 'winkel', 'maat', 'past', 'passen', 'kopen', 'gekocht', 'bestellen', 'auto', 'eten', 'saus', 'pizza', 'kip', 'recept', 'curry', 'chili', 'peper*'],
    weight: 3,
    examples: {
      match: ['stuur ff een spicy pic 😏', 'laat eens wat huid zien', 'ik wil je in bikini zien', 'stuur een vid van je in de douche', 'maak een filmpje voor mij in bed', 'kan je ff een foto sturen waar je minder aan hebt'],
      ignore: ['stuur een foto van de spicy saus', 'stuur een foto van de baby in bad', 'ik wil je in die bikini zien passen in de winkel', 'stuur een foto van de badkamer, de tegels'],
    },
  },
  {
    id: 'that-pic-you-promised-u6',
    phrases: [
      '@send @fill [@fill] [@fill] die|dat @photo',
      '@send [@fill] [@fill] [@fill] die|dat|de @photo [s] ..3 waar|wat|die ..4 over ..1 hadden|hebben|had|gehad|praatten',
      'die|dat|de @photo [s] ..3 die|wat @you ..3 beloofd|beloofde|beloofd_had|zou_sturen|zou_maken',
      'waar blijft|blijven ..2 die|dat|de|mijn @photo',
      'je|jij|ge zou|zei ..4 me|mij ..2 een|eentje|die|dat ..1 @photo ..2 sturen|geven|laten_zien',
    ],
    unless: ['stuur|stuurde ik', 'huiswerk', 'opdracht', 'aantekeningen', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'groep*', 'klas*', 'diploma', 'rapport', 'fiets', 'pakket', 'auto', 'meme*', 'screenshot*', 'link', 'document', 'bon', 'bonnetje', 'code', 'codes', 'kaart', 'betaalbewijs', 'recept', 'hond', 'kat', 'puppy', 'werkblad', 'frame', 'product', 'schade', 'wedstrijd', 'concert', 'tante', 'oma', 'opa', 'mama', 'papa', 'pasfoto*', 'rooster', 'planning', 'album', 'gekocht', 'gekregen', 'van_de|van_het|van_ons|van_gisteren|van_zaterdag|van_zondag|van_vrijdag', 'team*', 'bruiloft', 'verjaardag*'],
    weight: 2,
    examples: {
      match: ['stuur nou gewoon die foto dan is alles goed', 'stuur me die foto waar we het over hadden', 'die foto die je beloofd had', 'waar blijft die foto?', 'je zei dat je me een pic zou sturen'],
      ignore: ['stuur ff die foto van de reis', 'stuur me die foto van het rooster waar we het over hadden', 'waar blijft die foto van de hond?', 'stuur nou die foto van zaterdag in de groep'],
    },
  },
  {
    id: 'portfolio-swimwear-u6',
    phrases: [
      '@photo [s] ..6 nodig ..6 selectie|casting|portfolio|auditie|agency|bureau|modellenbureau|shoot|fotoshoot|klant|klanten|opdrachtgever',
      'selectie|casting|portfolio|auditie|modellenbureau|agency|klant ..6 @photo [s] ..3 nodig|van_je|van_jou|van_jezelf',
      '@photo [s] ..4 in|zonder ..1 [je|jouw|een] badkleding|zwemkleding|badpak|bikini|ondergoed|lingerie|zwembroek|string|bh|beha|boxer|pyjama',
      'ook|graag|liefst|bij_voorkeur ..2 in ..1 [je|jouw|een] badkleding|zwemkleding|badpak|bikini|ondergoed|lingerie',
      '@photo|@send|sturen|maken ..3 zonder ..1 je|jouw ..1 shirt|shirtje|kleren|kleding|bh|beha|broek|top|topje|trui|onderbroek|boxer',
    ],
    unless: ['willen|vragen|vroegen|vroeg ze|hij|die ..2 @photo', 'blokkeren', 'nep', 'zwemles*', 'zwemdiploma*', 'zwembad', 'zwemvereniging', 'school', 'winkel', 'webshop', 'vinted', 'marktplaats', 'kopen', 'gekocht', 'bestellen', 'besteld', 'maat', 'maten', 'past', 'passen', 'retour*', 'terugsturen', 'verkoop', 'verkopen', 'te_koop', 'folder', 'catalogus', 'reclame', 'baby', 'vakantie', 'strand', 'oma', 'opa', 'mama', 'papa'],
    weight: 3,
    examples: {
      match: ['voor de selectie heb ik wel wat fotos nodig, ook in badkleding', 'de klant wil fotos van je zien', 'stuur een paar fotos in bikini', 'graag in je ondergoed', 'kan je een foto sturen zonder je shirt? gwn voor de lol'],
      ignore: ['dat je model kan worden en dan willen ze fotos in bikini. gewoon blokkeren', 'ik zet fotos van de bikini op vinted', 'stuur een foto van de badkleding die je gekocht hebt, past het?', 'fotos van de vakantie in bikini op het strand'],
    },
  },
  {
    id: 'video-call-show-u6',
    phrases: [
      'facetime*|videobel*|videocall*|videochat*|bel|belletje|skype ..6 laat|toon ..3 [me|mij] [je|jezelf|jou|jouw] [kamer|lichaam|body|lijf|outfit|pyjama|bed] ..1 zien',
      'laat|toon ..3 je|jezelf|jou ..3 zien ..3 op|via|met|in ..1 [de] facetime|cam|camera|webcam|videocall|videochat|video|live',
    ],
    unless: ['nieuwe', 'verhuis*', 'verbouw*', 'behang', 'ingericht', 'opgeruimd', 'geverfd', 'oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'huiswerk', 'les', 'docent*', 'teams', 'zoom', 'meeting', 'klas*', 'groep*', 'tandarts', 'dokter', 'huisarts', 'blessure', 'wond', 'fiets', 'marktplaats'],
    weight: 1.5,
    examples: {
      match: ['bel me even via facetime, laat je kamer zien', 'laat jezelf eens zien op cam', 'videobel me en laat je zien'],
      ignore: ['facetime me, laat je nieuwe kamer zien!', 'bel oma even en laat je zien', 'laat je zien in de teams les'],
    },
  },
  {
    id: 'show-what-you-wear-u6',
    phrases: [
      'laat|toon ..3 zien ..1 wat @you ..2 aanhebt|aan_hebt|draagt|aan_hebt_nu|nu_aanhebt',
      '@you ..2 uitkleden|uitkleed|uitkleedt|uittrekt ..3 op|voor ..1 [de|je] cam|camera|webcam|video|facetime',
      '@photo [s] ..4 van ..1 jezelf|jou|je ..2 in|onder ..1 [de|het|je] douche|bad|bed|badkamer',
      'hoe zie|ziet @you ..2 eruit|er_uit ..2 in|zonder ..1 [je|jouw|een] bikini|ondergoed|lingerie|badpak|bh|string|pyjama',
      'laat|toon ..2 [me|mij] ..2 je|jouw ..1 pyjama|ondergoed|slaapkleding|nachtjapon|bikini|badpak|lingerie|outfit_in_bed ..2 zien',
      'stuur|maak ..3 @photo ..3 hoe @you ..4 in ..1 bed|je_bed|de_douche|bad ..1 ligt|zit|staat',
    ],
    unless: ['feest*', 'bruiloft', 'gala', 'galafeest', 'schoolfeest', 'diploma*', 'uitreiking', 'sollicitatie*', 'carnaval', 'verkleed*', 'kostuum', 'halloween', 'winkel', 'kopen', 'gekocht', 'maat', 'past', 'passen', 'vinted', 'oma', 'opa', 'mama', 'papa', 'morgen_aan', 'school', 'werk', 'toneel*', 'musical', 'optreden'],
    weight: 3,
    examples: {
      match: ['laat me zien wat je aanhebt', 'laat je pyjama eens zien', 'ik geef je 100 euro als je je uitkleed op cam', 'hoe zie je eruit in bikini', 'ik wil dat je een filmpje maakt van jezelf onder de douche', 'stuur een foto van hoe je nu in bed ligt'],
      ignore: ['laat me zien wat je aanhebt voor het gala', 'laat je nieuwe bikini zien die je gekocht hebt', 'laat zien wat je morgen aan hebt naar school'],
    },
  },
  {
    id: 'shower-and-only-pics-e8',
    phrases: [
      '@photo ..6 als|wanneer|terwijl|nadat @you ..3 uit|onder|in ..1 de|je|bad ..1 douche|bad|badkamer',
      '@you hoeft|hoef|moet ..3 alleen|enkel|maar ..3 @photo|@nude ..2 sturen|maken|opsturen|laten_zien|doorsturen',
      '@send ..4 @photo|fotootje ..1 van ..1 jezelf|jouzelf|uzelf|je_zelf',
      '@photo [s] ..2 zonder ..1 shirt|shirtje|t_shirt|kleren|kleding|kleertjes|bh|beha|broek|top|topje|iets_aan|onderbroek',
    ],
    unless: ['gala', 'galajurk*', 'baljurk*', 'kostuum*', 'tenue', 'toga', 'communie*', 'trouwjurk*', 'voorstelling', 'als_een kip|aap|hond|kat|koe|varken|eend|dino|dinosaurus|zombie|robot|kikker|paard|pinguin|clown|baby|gorilla|dolfijn', 'doen_of_durven|truth_or_dare', 'kapsel', 'haar', 'haren', 'outfit', 'jurk', 'diploma', 'rapport', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'tante', 'oom', 'oma', 'opa', 'groepsfoto', 'team', 'klas*', 'smoelenboek', 'jaarboek', 'profiel', 'profielfoto', 'website', 'schoolsite', 'dokter|huisarts|arts|dermatoloog|uitslag|ziekenhuis|fysio*|wond|uitslag', 'schoolpas', 'ov', 'ov_chipkaart', 'id', 'legitimatie', 'sollicitatie*', 'cv', 'werkblad', 'huiswerk', 'formulier', 'pasfoto', 'toestemming*', 'opdracht', 'werkstuk', 'aantekeningen', 'bon', 'bonnetje', 'kassabon', 'rijbewijs', 'id_kaart', 'identiteitskaart', 'paspoort', 'schade', 'fiets', 'marktplaats', 'vinted', 'product', 'lekkage', 'loodgieter', 'tegels', 'verbouwing', 'kamer', 'hond', 'kat', 'juf', 'meester', 'mentor', 'coach', 'trainer', 'school', 'les', 'zing*', 'zong', 'karaoke', 'liedje*', 'playback'],
    weight: 3,
    examples: {
      match: ['stuur jij eerst een leuke foto van jezelf', 'dan moet je wel iets voor me doen, foto zonder shirt', 'kan je een filmpje maken als je uit de douche komt?', 'wil je een nieuwe telefoon? je hoeft alleen maar wat fotos te sturen'],
      ignore: ["stuur ff een foto van jezelf in je tenue voor de teamfoto planning", 'stuur een foto van jezelf voor het smoelenboek van de klas', 'kan je een foto zonder shirt sturen voor de dokter? hij wil de uitslag zien', 'stuur eerst een pasfoto van jezelf voor je schoolpas', 'stuur een foto zonder filter', 'je hoeft alleen maar een foto van je werkblad te sturen', 'kun je een foto van de tegels maken als je in de badkamer bent?', 'ik laat papa dat filmpje zien van jou terwijl je onder de douche karaoke doet'],
    },
  },
  {
    id: 'want-to-see-more-e8',
    phrases: [
      'ik|k wil ..2 meer|alles|nog_meer ..1 van ..1 je|jou ..1 zien',
    ],
    unless: ['afspreken', 'vaker', 'samen', 'werk', 'tekening*', 'schilderij*', 'kunst', 'optreden', 'dans*', 'video_s_van', 'kanaal', 'youtube', 'tiktok', 'vlog*', 'muziek', 'liedjes', 'spel', 'wedstrijd', 'haha*', 'lol'],
    weight: 2,
    examples: {
      match: ['ik wil meer van je zien'],
      ignore: ['ik wil meer van je zien, we moeten vaker afspreken', 'ik wil meer van je tekeningen zien'],
    },
  },
  {
    id: 'in-your-underwear-r10',
    phrases: [
      'gewoon|alleen|even|eentje|1|foto|pic|liefst|liever ..2 in je|jouw|uw ondergoed|lingerie|bh|beha|slipje*|string|boxer*|onderbroek*|pyjama|badpak|bikini|badkleding',
      'als je|jij|ge ..1 er|een|1|eentje ..2 stuurt|stuur|maakt ..2 in je|jouw|uw ondergoed|lingerie|bh|beha|slipje*|string|boxer*|onderbroek*|pyjama|badpak|bikini|bed',
      'liefst|liever|graag|maar_dan ..1 zonder ..1 shirt|shirtje|top|topje|bh|beha|kleren|kleding|broek',
      'nu|nog ..3 spannendere|spannender|pittigere|sexyere|gewaagdere|uitdagendere|stoutere',
    ],
    unless: ['winkel', 'maat', 'kopen', 'gekocht', 'bestellen', 'besteld', 'wassen', 'was', 'graden', 'warm', 'heet', 'zwemles', 'zwemmen', 'strand', 'film', 'serie', 'boek', 'verhaal', 'aflevering', 'nep', 'blokkeren', 'modellenbureau', 'stuur|stuurde ik', 'willen|vragen|vroegen ze', 'pyjamaparty|pyjamafeest', 'haha*', 'lol'],
    examples: {
      match: ['alleen voor mij, niks geks, gewoon in je ondergoed', 'ik geef je 800 robux als je er 1 stuurt in je pyjama', 'Ja en liefst zonder shirt, zie ik je spieren beter', 'mooi. nu een wat spannendere'],
      ignore: ['ga niet in je pyjama naar school haha', 'liefst zonder shirt, het is 30 graden', 'die film werd nu een stuk spannender', 'dan willen ze fotos in je bikini, gewoon blokkeren'],
    },
  },
  {
    id: 'pic-question-and-outfits-r11',
    phrases: [
      '@send ..3 @photo|selfie* ..2 in|met @your ..1 schooluniform|uniform|turnpakje|gympak*|balletpakje|danspakje|sportbroekje|rokje|korte_rok|legging|yogabroek|badjas',
      'niet in @your ..1 pyjama|kleren|kleding|ondergoed|shirt|outfit|bikini|badpak ..1 maar zonder',
      'graag|liefst|liever|maar|dan ..2 zonder iets|niks|niets ..1 eronder|onder|aan',
      '@photo|videootje*|filmpje* ..1 van jou|jezelf ..2 in|op @your kamer|slaapkamer|bed|badkamer',
      'die|dat|eentje in ..1 [je|jouw] bikini|ondergoed|lingerie|badpak ..3 [en|ook|nu|graag]',
    ],
    unless: ['remmen', 'ketting', 'zadel', 'verpakking', 'stuur|stuurde ik', 'huiswerk', 'opdracht', 'aantekeningen', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'groep*', 'diploma', 'rapport', 'fiets', 'pakket', 'auto', 'meme*', 'screenshot*', 'link', 'document', 'bon', 'bonnetje', 'code', 'codes', 'kaart*', 'betaalbewijs', 'recept', 'hond', 'kat', 'puppy', 'werkblad', 'schrift', 'blad', 'antwoorden', 'product', 'artikel', 'label', 'merk', 'schade', 'wedstrijd', 'concert', 'tante', 'oma', 'opa', 'mama', 'papa', 'kapsel', 'outfit_voor', 'jurk', 'nieuwe', 'pasfoto*', 'spelerspas*', 'schoolpas*', 'pasje', 'legitimatie*', 'inschrijving*', 'toernooi', 'smoelenboek', 'jaarboek', 'rooster', 'planning', 'planner', 'agenda', 'formulier*', 'gekocht', 'gekregen', 'winkel', 'maat', 'past', 'passen', 'kopen', 'vinted', 'marktplaats', 'teamfoto', 'klassenfoto', 'schoolfoto*', 'team', 'verhuis*', 'verhuiz*', 'verbouw*', 'behang', 'opgeruimd', 'bureau', 'kast', 'mail', 'email', 'brief', 'zwemles*', 'strand_vorige'],
    examples: {
      match: ['stuur anders ff een selfie in je schooluniform haha', 'en niet in je pyjama maar zonder. dat is de deal', 'graag zonder iets eronder, dan zie ik beter hoe de stof valt', 'gewoon een videootje van jou in je kamer. dan krijg je 1000 robux', 'die in bikini graag'],
      ignore: ['stuur een foto in je schooluniform voor het smoelenboek', 'stuur me een foto van je planner', 'dat filmpje van jou in je kamer voor de verhuizing'],
    },
  },
  {
    id: 'send-me-one-question-r11',
    phrases: [
      'stuur|stuurt @you ..2 [me|mij] ..1 [een|eens|ff|even|wat|nog] @photo',
      '@send ..1 er ..2 zelf ..1 een|eentje|1',
    ],
    unless: ['ik|k stuur|stuurde|verstuur ..5 @photo', 'hetzelfde', 'huisarts*', 'dokter*', 'videoconsult*', 'remmen', 'ketting', 'zadel', 'verpakking', 'stuur|stuurde ik', 'huiswerk', 'opdracht', 'aantekeningen', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'groep*', 'diploma', 'rapport', 'fiets', 'pakket', 'auto', 'meme*', 'screenshot*', 'link', 'document', 'bon', 'bonnetje', 'code', 'codes', 'kaart*', 'betaalbewijs', 'recept', 'hond', 'kat', 'puppy', 'werkblad', 'schrift', 'blad', 'antwoorden', 'product', 'artikel', 'label', 'merk', 'schade', 'wedstrijd', 'concert', 'tante', 'oma', 'opa', 'mama', 'papa', 'kapsel', 'outfit_voor', 'jurk', 'nieuwe', 'pasfoto*', 'spelerspas*', 'schoolpas*', 'pasje', 'legitimatie*', 'inschrijving*', 'toernooi', 'smoelenboek', 'jaarboek', 'rooster', 'planning', 'planner', 'agenda', 'formulier*', 'gekocht', 'gekregen', 'winkel', 'maat', 'past', 'passen', 'kopen', 'vinted', 'marktplaats', 'teamfoto', 'klassenfoto', 'schoolfoto*', 'team', 'verhuis*', 'verhuiz*', 'verbouw*', 'behang', 'opgeruimd', 'bureau', 'kast', 'mail', 'email', 'brief', 'zwemles*', 'strand_vorige', 'we_zien_je', 'zien_je_zo_weinig', 'we_missen_je', 'huiswerk*', 'toets*', 'proefwerk*', 'oefenboek*', 'werkboek*', 'lesboek*', 'lang_niet_gezien', 'ik|k stuur|stuurde ..1 je|jou|you ..2 [een] @photo'],
    weight: 1,
    examples: {
      match: ['ik 17. stuur je mij een foto? ik wil weten met wie ik praat', 'dus stuur er gwn zelf een'],
      ignore: ["ik stuur je moeder ook de foto's van de avond, jullie waren zo grappig", 'stuur je me een foto van het rooster?', 'stuur er zelf een mail over', 'stuur je me de foto van je huiswerkblad? dan kijk ik de zinnen na', 'ik stuur je een foto van mijn oefenboek zodat je weet wat ik leer', 'stuur jij eens een foto van jou, ik heb je zo lang niet gezien'],
    },
  },
  {
    id: 'one-more-and-mirror-r11',
    phrases: [
      'nog|nu ..1 een|1|eentje ..3 en ..1 dan ..3 klaar|laat_ik_je_met_rust|stop_ik|ben_ik_weg',
      'stuur|stuurt|maak|neem|doe ..2 er ..1 een|eentje|1 ..1 van ..1 onder|onderen|beneden|dichtbij|achter|boven',
      'stuur|stuurt|maak|neem|doe ..2 er ..1 een|eentje|1 ..2 in|voor ..1 de ..1 spiegel',
      'kom ..1 op ..3 [een|eentje|1] @photo|@nude',
      'een|1|eentje @photo|fotootje* ..1 voor ..1 mij|me|mij_alleen|mijn_ogen',
    ],
    unless: ['profielfoto*', 'pf', 'haha*', 'lol', 'xd', 'potje', 'game', 'ronde', 'level', 'aflevering', 'hoofdstuk', 'som', 'sommen', 'opdracht', 'huiswerk', 'toets*', 'match', 'spel*', 'remmen', 'fiets', 'auto', 'schade', 'product', 'verpakking', 'label', 'achterkant', 'voorkant', 'onderkant_van', 'hond', 'kat', 'puppy', 'baby', 'taart', 'eten', 'recept', 'feest', 'reis', 'vakantie', 'uitje', 'schoolreis*', 'kamp', 'groep*', 'diploma', 'rapport', 'rooster', 'planning', 'oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'verjaardag*', 'cadeau*', 'outfit', 'kapsel', 'haar', 'jurk', 'nieuwe', 'gekocht', 'gekregen', 'pasfoto*', 'team', 'klas*', 'concert', 'wedstrijd', 'marktplaats', 'vinted', 'te_koop', 'stuur|stuurde ik', 'tekening', 'schilderij', 'kamer', 'behang'],
    weight: 2,
    examples: {
      match: ['nog 1 en dan ben ik klaar', 'stuur er eentje van onder', 'maak er een in de spiegel', 'kom op ff een pic dan', 'een fotootje voor mij? 🥺'],
      ignore: ['nog 1 potje en dan ben ik klaar', 'maak er een van de achterkant van de fiets', 'kom op een foto van het feest', 'een foto voor mij van de hond?', 'stuur er een van onder, de verpakking'],
    },
  },
  {
    id: 'let-me-see-you-r11',
    phrases: [
      'mag|kan|wil ik ..1 je|jou|jezelf ..1 [even|ff|eens|es] zien ..4 @photo|snap|cam|camera|facetime|videocall|webcam',
      'laat|toon ..1 is|ns|es|eens|ff ..1 iets|wat ..1 zien',
      'toon|laat ..3 @photo ..1 van ..1 jou|jezelf|you|uzelf',
      '@photo ..2 van je|jou|jezelf|you sturen|opsturen|doorsturen|maken',
      'ik|k wil ..2 je|jou ..2 in ..1 je|jouw ..1 pyjama|nachtjapon|slaapkleding|handdoek|badjas ..1 zien',
    ],
    unless: ['portretopdracht*', 'fotografieopdracht*', 'fotoopdracht*', 'kunstopdracht*', 'ckv', 'fotografieles*', 'fotoles*', 'inleveren', 'inlever*', 'remmen', 'fiets', 'auto', 'verpakking', 'stuur|stuurde ik', 'huiswerk', 'opdracht', 'aantekeningen', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'groep*', 'diploma', 'rapport', 'pakket', 'kamer', 'meme*', 'screenshot*', 'link', 'document', 'bon', 'code', 'kaart*', 'recept', 'hond', 'kat', 'puppy', 'baby', 'werkblad', 'schrift', 'antwoorden', 'product', 'schade', 'wedstrijd', 'concert', 'tante', 'oom', 'oma', 'opa', 'mama', 'papa', 'kapsel', 'outfit', 'jurk', 'nieuwe', 'pasfoto*', 'legitimatie*', 'toernooi', 'smoelenboek', 'jaarboek', 'rooster', 'planning', 'planner', 'formulier*', 'gekocht', 'gekregen', 'les', 'teams', 'zoom', 'pyjamaparty*', 'pyjamafeest*', 'logeer*', 'haha*', 'lol', 'xd', 'dokter', 'huisarts', 'wond', 'blessure'],
    weight: 2,
    examples: {
      match: ['mag ik je zien? gwn ff snap', 'laat is wat zien dan', 'toon eens een foto van u', 'ff n snapje van je sturen?', 'ik wil je in je pyjama zien'],
      ignore: ['laat is wat zien van je nieuwe kamer dan', 'ik wil je in je pyjama zien op de pyjamaparty haha', 'kun je een foto van je huiswerk sturen', 'mag ik je even zien op cam? oma wil je gedag zeggen'],
    },
  },
  {
    id: 'flemish-undress-see-you-r11',
    phrases: [
      'doe|trek @your ..2 shirt|t_shirt|tshirt|kleren|broek|bh|top|trui|onderbroek|boxer|rok ..2 uit',
      'ik|k wil @you ..1 zien ..2 in|zonder ..1 [je|jouw|uw|your] ondergoed|bikini|lingerie|badpak|string|bh|handdoek|pyjama|kleren',
    ],
    unless: ['dokter', 'huisarts', 'fysio*', 'blessure', 'wond', 'zwemles*', 'zwembad', 'warm', 'heet', 'graden', 'nat', 'vies', 'modder', 'was', 'wassen', 'binnen', 'jas', 'schoenen', 'winkel', 'pashokje', 'passen', 'kopen', 'pyjamaparty*', 'haha*', 'lol', 'zwemmen', 'strand', 'zee', 'zonnebrand*', 'insmeren', 'omkleden', 'kleedkamer', 'douchen', 'sauna'],
    examples: {
      match: ['doe uw t-shirt eens uit', 'ik wil u zien in uw ondergoed'],
      ignore: ['doe je shirt uit, het is nat, dan gaat het in de was', 'ik wil je zien in je bikini in het pashokje, passen ze?'],
    },
  },
  {
    id: 'send-something-never-sent-r12',
    phrases: [
      '@send ..2 iets ..3 nog_nooit|niemand|niemand_anders ..4 gestuurd|laten_zien|gezien',
      'als @you ..2 me|mij ..2 @some ..1 @photo|pics|fotos ..1 stuurt|geeft|laat_zien',
      '@send ..2 @some ..1 dansvideo*|dansfilmpje*|tiktokje*|dansje',
    ],
    unless: ['huiswerk', 'opdracht*', 'oma', 'opa', 'vakantie', 'verjaardag*', 'feest*', 'school', 'juf', 'meester', 'mentor', 'groepsopdracht*', 'klas', 'schoolopdracht*'],
    examples: {
      match: ['stuur me iets wat je nog nooit aan iemand hebt gestuurd, blijft tussen ons', 'ik kan je een nieuwe iphone geven als je me wat pics stuurt', "stuur eens een dansvideo'tje"],
      ignore: ['als je me wat fotos stuurt van de vakantie maak ik een album', 'stuur een dansvideo voor de schoolopdracht'],
    },
  },
  {
    id: 'private-camshow-spicy-pics-r13',
    phrases: [
      'prive|private|privee ..2 camshow*|cam_show*|show|showtje|stream|sessie ..3 voor|met ..1 mij|ons',
      'camshow|camshowtje|camshows',
      '@some|@send|wil ..2 spicy|pikant*|pittig*|ondeugend*|stout*|gewaagd*|sexy|hete ..1 @photo|fotootjes|plaatjes|pics',
    ],
    unless: ['eten', 'curry', 'saus', 'chili', 'peper*', 'recept', 'taco*', 'wings', 'kip', 'ramen', 'noodles', 'concert', 'theater', 'tickets'],
    examples: {
      match: ['ik gift je 50 subs als je straks off-stream een prive camshow doet voor mij alleen 👀', 'alleen wat spicy pics voor mij en af en toe een date'],
      ignore: ['stuur wat spicy fotos van je curry', 'we doen een prive show voor de ouders in het theater'],
    },
  },
  {
    id: 'polaroids-in-underwear-r13',
    phrases: [
      'polaroid*|digitals ..5 in|zonder ..2 @nude',
      'nodig|sturen|stuur|wil|maak ..3 @photo|polaroid*|digitals ..3 in|zonder ..2 ondergoed|lingerie|strak_ondergoed|bikini|badkleding|badpak|string|bh',
      '@photo|polaroid*|digitals [s] ..1 nodig ..4 in|zonder ..2 ondergoed|lingerie|bikini|badkleding|badpak|string|bh',
    ],
    unless: ['winkel', 'webshop', 'vinted', 'verkoop', 'verkopen', 'passen', 'maat', 'kopen', 'catalogus', 'retour', 'dokter', 'huisarts'],
    examples: {
      match: ['Om je portfolio aan te maken hebben we polaroids nodig: in strak ondergoed, voor en achter', 'Voor de jury hebben we nog 3 fotos nodig. 1 in badkleding'],
      ignore: ['stuur fotos van de bikini voor vinted, welke maat is het', 'ik heb fotos nodig in badkleding voor de webshop'],
    },
  },
  {
    id: 'you-put-your-cam-on-r13',
    phrases: [
      'je|jij|ge zet ..2 je|jouw|uw ..1 cam|camera|webcam ..2 aan',
    ],
    unless: ['project*', 'werkstuk*', 'opdracht*', 'huiswerk', 'les', 'lessen', 'klas', 'meeting', 'vergadering', 'teams', 'zoom', 'docent*', 'meneer', 'mevrouw', 'juf', 'meester', 'iedereen_graag', 'college', 'toets', 'examen', 'presentatie', 'bijles', 'oma', 'opa', 'tante', 'oom', 'familie', 'jarig', 'verjaardag', 'kapsel', 'hond', 'kat'],
    examples: {
      match: ['laatste kans. of je zet nu je cam aan of ik zeg het'],
      ignore: ['als je je camera aanzet in de les krijg je een plus'],
    },
  },
  {
    id: 'the-photo-i-asked-for-r13',
    phrases: [
      '@send ..2 die|de|dat ..2 @photo|filmpje|video ..2 waar ik|k ..3 om vroeg|gevraagd',
      '@send [@fill] [@fill] [@some] @photo ..1 van je|jou|jezelf ..6 een_nieuwe|van_nu|op_dit_moment|zoals_je_nu|nu_meteen|recente|actuele|niet_die',
    ],
    unless: ['huiswerk', 'opdracht*', 'aantekeningen', 'rooster', 'formulier*', 'bon', 'bonnetje', 'schade', 'product', 'pakket', 'fiets', 'vinted', 'marktplaats', 'recept', 'oma', 'opa', 'kapsel', 'outfit', 'rapport', 'diploma', 'pasfoto*', 'vakantie', 'feest', 'kamp', 'uitslag', 'dokter', 'huisarts', 'verpleeg*'],
    examples: {
      match: ['bewijs het dan. stuur die foto waar ik om vroeg', 'stuur een foto van je, niet die van je pf, een nieuwe van nu'],
      ignore: ['stuur die foto van het rooster waar ik om vroeg', 'stuur een foto van je huiswerk van nu'],
    },
  },
  {
    id: 'pics-of-your-figure-r13',
    phrases: [
      '@send ..3 @photo [s] ..1 van|met je|jouw|uw ..1 figuur|lichaam|lijf|body|postuur|lichaamsbouw|vormen|curves|buikje|benen',
      '@photo [s] ..1 van|met je|jouw|uw ..1 figuur|postuur|lichaamsbouw|vormen|curves ..3 sturen|stuur|zien|nodig|hebben',
    ],
    unless: ['dokter', 'huisarts', 'fysio*', 'blessure', 'wond', 'uitslag', 'plekje', 'verpleeg*', 'sportschool_trainer', 'voor_en_na', 'dieet*', 'kostuum*', 'naaister', 'kleermaker'],
    examples: {
      match: ["Stuur ff een paar foto's van je figuur, strak topje of zo", 'stuur eens wat pics van je body', 'ik wil fotos van je figuur zien'],
      ignore: ['stuur een foto van de uitslag op je benen naar de huisarts', 'stuur een foto van je lichaam voor de fysio, waar zit de blessure'],
    },
  },
  {
    id: 'made-that-photo-yet-send-it-r13',
    phrases: [
      'heb|hebt @you ..1 die|de|dat|het @photo|filmpje|video ..1 al ..1 gemaakt|gedaan|klaar ..4 stuur|stuurt|sturen',
    ],
    unless: ['rooster', 'huiswerk', 'opdracht*', 'groep*', 'oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'familie*', 'feest', 'verjaardag', 'vakantie', 'team', 'klas', 'school', 'formulier', 'bon', 'pakket', 'fiets', 'vinted', 'marktplaats'],
    weight: 2,
    examples: {
      match: ['heb je die foto al gemaakt? stuur m en wis daarna ons gesprek'],
      ignore: ['heb je de foto al gemaakt? stuur hem in de familiegroep'],
    },
  },
  {
    id: 'dont-be-difficult-send-it-r14',
    phrases: [
      "@send ..3 @photo ..6 doe|wees ..2 niet ..1 zo ..1 moeilijk|preuts|kinderachtig|verlegen|schijterig|bang|saai|truttig",
      "doe|wees ..1 niet ..1 zo ..1 moeilijk|preuts|kinderachtig|verlegen|schijterig|bang|truttig ..6 @send ..3 @photo",
      "is|s ..1 maar ..1 een|1|eentje ..1 foto|fotootje|pic|fotie|selfie ..4 niemand|laatste ..2 ziet|ziet_het|weet|komt|kans",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "groepsfoto*", "klassenfoto*", "vakantie", "huiswerk", "antwoorden", "formulier", "screenshot*", "bonnetje", "bon", "pasfoto", "rijbewijs", "paspoort", "schoolpas", "jas", "schoenen", "kaart", "kaarten", "trui", "menu", "recept", "tekening", "oma", "opa", "mama", "papa", "hond", "kat", "taart", "uitslag", "cijfer*", "rooster", "fiets", "klassenapp", "groepsapp", "klas", "rapport", "app_groep", "voor_de_groep", "album", "jaarboek", "collage"],
    examples: {
      match: ["stuur die foto nou, doe niet zo moeilijk. laatste kans anders ben je me kwijt", "doe niet zo preuts en stuur een pic", "het is maar 1 foto, niemand ziet het"],
      ignore: ["stuur die foto van de groepsfoto nou, doe niet zo moeilijk", "het is maar 1 foto van je huiswerk, stuur nou", "stuur die foto nou, doe niet zo moeilijk, het is voor de klassenapp", "het is maar een foto van je rapport, stuur nou"],
    },
  },
  {
    id: 'full-body-or-swimwear-r14',
    phrases: [
      "@photo [s] ..3 van ..2 hele|volledige|gehele ..1 lichaam|lijf|figuur",
      "@photo [s] ..6 in ..2 zwemkleding|badkleding|badpak|zwembroek|zwemkleren|bikini|ondergoed|lingerie|sportbeha|sportbh",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "huisarts", "dokter", "dermatoloog", "plek", "vlek", "uitslag", "moedervlek", "huid", "wond", "hond", "kat", "paard", "konijn", "dier*", "kopen", "winkel", "maat", "bestellen", "zalando", "vinted", "gekocht", "past", "paspop", "zwemles", "diploma", "zwemdiploma", "etalage", "reclame", "catalogus", "webshop", "tekenles", "mannequin", "sale", "willen|vragen|vroegen|vroeg ze|hij|die ..2 @photo", "blokkeren", "blokken", "scam", "oplichting", "oplichter*", "nep", "fotograaf", "kleding", "collectie", "outfit", "kostuum", "verkleed*", "carnaval"],
    examples: {
      match: ["Verder vragen wij van iedere kandidaat een foto van het hele lichaam, in sportkleding of zwemkleding", "stuur een foto van je volledige lichaam", "paar fotos van jou in badpak graag"],
      ignore: ["stuur een foto van die vlek, de huisarts wil het hele lichaam zien", "dat je model kan worden en dan willen ze foto's in bikini. gewoon blokkeren", "stuur een foto van de bikini die je wilt kopen, welke maat?", "de fotograaf wil een foto van het hele lichaam voor de kleding"],
    },
  },
  {
    id: 'want-to-see-you-in-bed-r14',
    phrases: [
      "ik|k wil|wilde|zou_willen je|jou ..2 zien ..2 in ..1 je|jouw|uw|bed ..1 bed|pyjama|badjas|handdoek|ondergoed|nachtjapon|slaapkamer",
      "doe|laat ..2 iets ..1 leuks|stouts|spannends|geks|sexys|hots ..2 voor ..1 de|je|mij|me ..1 cam|camera|webcam",
      "@photo ..6 alleen|enkel ..1 voor ..1 mij|mijn_ogen",
      "@photo ..6 maar|echt|wel ..3 alleen|enkel ..1 voor ..1 mij|mijn_ogen",
      "alleen|enkel voor mij|mijn_ogen ..6 @photo",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "morgen_ochtend", "ziek", "griep", "koorts", "ziekenhuis", "dokter", "groepsfoto*", "verjaardag*", "cadeau*", "taart", "tekening", "huiswerk", "surprise", "verrassing*"],
    examples: {
      match: ["doe nou gwn, niemand ziet het. ik wil je zien in je bed 😏", "je bent best knap. doe iets leuks voor de cam 😉", "stuur een pic van je outfit van vandaag 😍 maar echt alleen voor mij"],
      ignore: ["ik wil je zien in je bed met die griep, arme jij", "stuur die tekening alleen voor mij, niet voor de groep, het is een verrassing"],
    },
  },
  {
    id: 'that-pic-i-asked-for-r14',
    phrases: [
      "@send ..4 @photo ..2 waar|wat|die ik|k ..2 om|naar ..1 vroeg|gevraagd|vroeg",
      "@send ..4 @photo ..2 waar|wat|die ik|k ..1 je|jou ..2 om|naar ..1 vroeg|gevraagd",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "huiswerk", "rooster", "formulier", "samenvatting", "antwoorden", "groepsfoto*", "vakantie", "feest*", "hond", "kat", "fiets", "link", "screenshot*", "bonnetje", "schema", "werkblad", "opdracht", "menu", "recept", "oma", "opa", "tante", "oom"],
    examples: {
      match: ["stuur me dan vanavond die foto waar ik om vroeg", "stuur nou eens die pic waar ik je om gevraagd heb"],
      ignore: ["stuur me die foto van het rooster waar ik om vroeg", "stuur de fotos van de vakantie waar ik om vroeg"],
    },
  },
  {
    id: 'what-is-under-your-clothes-r14',
    phrases: [
      "toon|laat|show ..3 wat ..2 onder ..1 uwe|uw|je|jouw|jou|ue ..1 kleren|kleding|kleeren|shirt|rok|broek|trui|top|jurk|pyjama",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "dokter", "huisarts", "wond", "blessure", "tattoo", "tatoeage", "gips", "uitslag", "jas"],
    examples: {
      match: ["toon eens wat onder uwe kleren zit", "laat me zien wat onder je shirt zit"],
      ignore: ["laat de dokter zien wat onder je shirt zit, die uitslag"],
    },
  },
  {
    id: 'show-body-on-cam-r15',
    phrases: [
      "ik|k wil ..2 je|jouw|uw ..1 @bodypart ..1 zien",
      "kwil ..2 je|jouw|uw ..1 @bodypart ..1 zien",
      "camera|cam|webcam|telefoon|gsm ..2 naar_beneden|lager|omlaag|naar_onder",
      "mag|kan|krijg ik ..4 @photo ..6 niet op je|jouw ..1 story|insta|instagram|feed|profiel|pf",
      "film|filmt|fotografeer|fotografeert ..3 jezelf|je_zelf|jouzelf ..3 spiegel|bed|slaapkamer|badkamer|douche|ondergoed",
      "zelfde|hetzelfde|nog_eens|opnieuw ..3 maar ..1 dan|nu|nou ..1 in|zonder @nude",
      "lichaam|body|fullbody|full_body ..3 in|zonder @nude|badkleding|badpak|zwemkleding|zwemkleren",
      "een|eentje|foto|pic|snap ..1 in ..1 je|jouw|uw ..1 pyjama|nachthemd|slaapkleding|ondergoed|onderbroek|boxer ..3 op|in ..1 [je|jouw] bed",
    ],
    unless: ["dokter", "huisarts", "fysio*", "ziekenhuis", "arts", "blessure", "wond*", "uitslag", "zwemles*", "zwemdiploma", "diploma", "schoolfoto*", "fotograaf_van_school", "marktplaats", "vinted", "te_koop", "verkoop*", "webshop", "retour", "huiswerk", "opgave*", "blad", "werkblad", "kamer_opruimen", "opgeruimd", "oma", "opa", "tante", "oom"],
    examples: {
      match: ["kan jij camera naar beneden doen? ik wil jouw lichaam zien", "mag ik een snap die niet op je story staat", "Opdracht 1: film je slaapkamer en jezelf in de spiegel", "Zelfde maar dan in ondergoed, voor de body detection test", "Gezicht, profiel, en volledig lichaam in ondergoed of badkleding", "een in je pyjama op bed"],
      ignore: ["ik wil je benen zien na de operatie, stuur het naar de huisarts", "stuur een foto van je bed voor marktplaats", "doe je camera naar beneden zodat ik je huiswerk zie"],
    },
  },
  {
    id: 'i-want-pics-of-you-vibe-r15',
    phrases: [
      "ik|k wil ..2 wat|een|paar|een_paar|meer|nog|nieuwe @photo [s] ..1 van ..1 je|jou|jezelf|jouzelf",
      "kwil ..2 wat|een|paar|een_paar|meer|nog|nieuwe @photo [s] ..1 van ..1 je|jou|jezelf|jouzelf",
      "wil ik|k ..2 wat|een|paar|een_paar|meer|nog|nieuwe @photo [s] ..1 van ..1 je|jou|jezelf|jouzelf",
      "in ..1 je|jouw|uw ..1 ondergoed|onderbroek|boxer|bikini|lingerie|bh|beha|string|slipje ..1 of_zo|ofzo|ofso|bijvoorbeeld|graag|please",
    ],
    unless: ["album", "fotoboek", "jaarboek", "smoelenboek", "schoolfoto*", "pasfoto*", "oma", "opa", "mama", "papa", "tante", "oom", "bruiloft", "vakantie*", "verjaardag*", "diploma*", "uitreiking", "musical", "toneel", "wedstrijd", "toernooi", "optreden", "concert", "krant", "nieuwsbrief", "website", "zwem*", "strand", "zee", "zwembad", "sauna", "camping", "kamp", "was", "wassen", "koffer", "inpakken", "paklijst", "winkel", "hema", "primark", "zara", "maat", "passen", "cadeau*"],
    examples: {
      match: ["voor de cover art wil ik wat foto's van je, beetje sexy vibe", "in je ondergoed of zo, niks geks", "kwil nieuwe pics van jou", "ik wil meer fotos van jezelf"],
      ignore: ["ik wil wat fotos van je voor het album van oma", "neem je bikini of zo mee naar het zwembad", "ik wil een paar fotos van je optreden voor de nieuwsbrief"],
    },
  },
  {
    id: 'test-shots-in-underwear-r16',
    phrases: [
      'testshot*|polaroid*|digitals|testfoto*|snapshots|fotos|foto|pics|selfie*|spiegelselfie* ..6 in je|jouw|uw ..1 ondergoed|bikini|boxer*|onderbroek|lingerie|badpak*|zwemkleding|string|bh|beha|pyjama',
      'in je|jouw|uw ..1 ondergoed|bikini|boxer*|onderbroek|lingerie|string|bh|beha ..6 testshot*|polaroid*|digitals|testfoto*|@photo|spiegelselfie*',
      'stuur|stuurt|sturen ..3 in je|jouw|uw ..1 ondergoed|bikini|boxer*|onderbroek|lingerie|string|bh|beha',
      'stuur|stuurt|sturen ..5 @photo|filmpje* van jou|jezelf|je ..2 in je|jouw|uw ..1 rijbroek|legging|maillot|turnpak*|badpak*|zwempak*|pyjama|sportbeha|gympakje|danspakje|korte_broek|handdoek|badjas',
      'stuur|stuurt|sturen ..3 @photo|filmpje* ..2 in|alleen_in je|jouw|uw ..1 rijbroek|legging|maillot|turnpak*|badpak*|zwempak*|sportbeha|gympakje|danspakje|handdoek|badjas',
      'cam|camera|webcam|videocall ..1 aan ..6 in je|jouw|uw ..1 pyjama|ondergoed|bed|badjas|handdoek|boxer*|bikini',
      'meer|alles ..2 laten_zien|zien_laten|tonen ..1 schat*|babe|lieverd|liefje|mop|popje|schatje',
      'laat ..2 meer|alles ..1 zien schat*|babe|lieverd|liefje|mop|popje',
      'doe|trek ..3 uit ..4 laat|laten ..2 zien|kijken',
      'verificatievideo*|verificatiefoto*|verificatieselfie*|video|filmpje|foto ..6 van je|jouw|uw ..1 gezicht ..1 en ..1 lichaam|lijf|body',
    ],
    unless: ['winkel', 'paskamer', 'retour', 'maat', 'maten', 'vinted', 'marktplaats', 'kostuum*', 'juf', 'dansschool', 'oefening*', 'examen', 'huiswerk', 'zwemles', 'diploma*', 'jas', 'trui', 'huis', 'kamer', 'tuin', 'auto'],
    examples: {
      match: ['voor de selectie heb ik wat testshots nodig. geen make up, in je ondergoed of bikini', 'stuur maar in je ondergoed, spiegelselfie', 'stuur anders eerst eens een foto van jou in je rijbroek', 'cam aan, lekker relaxt in je pyjama', 'meer laten zien schatje', 'doe m eens uit dan en laat zien', 'stuur je hier een verificatievideo van je gezicht en lichaam', 'stuur een filmpje in je maillot, liefst zonder rokje', 'stuur een fotootje in je turnpakje'],
      ignore: ['stuur een foto van de jurk aan, ik twijfel over de maat', 'doe je jas uit en laat je nieuwe trui zien', 'stuur een foto van je kind in het kostuum', 'laat meer zien van je kamer schat', 'stuur een filmpje van je oefening in je maillot voor de juf'],
    },
  },
  {
    id: 'one-more-without-and-show-body-r17',
    phrases: [
      'nog|nu ..1 een|eentje|1|ene ..1 zonder [shirt|bh|top|broek|kleren|kleding|iets|niks]',
      'even|ff|effe|eens|gewoon|nou je|jouw ..1 lichaam|lijf|body|buik|borsten|kont|billen|benen ..1 laten_zien|laat_zien|tonen|showen',
      'laat|toon ..2 je|jouw ..1 lichaam|lijf|body|borsten|kont|billen ..1 [eens|ff|even|nou] zien',
    ],
    unless: ['filter*', 'flits*', 'bril', 'ketchup', 'mayo*', 'saus', 'suiker', 'ijs', 'pet', 'jas', 'hoed', 'muts', 'make_up', 'makeup', 'tekst', 'ondertitel*', 'watermerk*', 'achtergrond', 'dokter*', 'huisarts*', 'fysio*', 'arts', 'blessure*', 'uitslag', 'wond*', 'sport*', 'gym', 'kleur', 'zeep', 'lijm'],
    examples: {
      match: ['goed zo. nu nog eentje zonder', 'kom op, even je lichaam laten zien, ik laat het mijne ook zien', 'laat je body eens zien'],
      ignore: ['nog eentje zonder filter', 'nu eentje zonder bril, voor je pasfoto', 'laat je lichaam even zien aan de huisarts als de uitslag erger wordt'],
    },
  },
  {
    id: 'shirt-off-on-cam-r18',
    phrases: [
      'shirt|trui|top|topje|bh|broek|hoodie ..1 uit ..4 cam|camera|live|vc|call|foto|pic|pics|voor_mij|bonus|extra|initiatie|snap',
      'live|cam|camera|vc|call|snap ..4 shirt|trui|top|topje|bh|broek|hoodie ..1 uit',
      'gwn|gewoon|ff|even|effe ..2 zonder shirt|top|topje|bh|broek|kleren',
      'eentje|een|1 ..2 met|in je|jouw|your ..1 topje|top|shirt|bh|broek|rok|rokje|jurk ..2 lager|omhoog|uit|open|naar_beneden|opgetrokken',
      'nog ..1 eentje|een_foto|een_pic|een_selfie|een_snap|1_foto ..3 in|op ..1 bed|bad|ondergoed|bikini|badkamer|douche|handdoek',
      'elke|iedere ochtend|dag|avond ..4 @photo ..3 via|sturen|naar_mij|naar_me|whatsapp|snap|snapchat|telegram',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'warm', 'hitte', 'zomer', 'wasmachine', 'was', 'strijk*', 'kleedkamer', 'zwemles', 'dokter', 'huisarts', 'fysio', 'wedstrijd', 'team', 'training', 'scheids*', 'shirts_uit', 'ontbijt', 'eten', 'hond', 'kat', 'baby', 'plant*', 'tuin', 'voortgang_van', 'project', 'bouw', 'huiswerk', 'planning', 'ik_zat', 'ik_loop', 'ik_lag', 'ik_train', 'ik_ben', 'ik_sliep', 'ik_slaap', 'ik_zit', 'ik_liep', 'ik_ga', 'ik_sport', 'ik_ren'],
    examples: {
      match: ['ja bro gwn ff live, shirt uit is 2800 extra als bonus', 'kom op iedereen doet het. shirt uit voor de squad initiatie', 'gwn ff zonder shirt ofzo', 'nu eentje met je topje iets lager', 'mooi. nog eentje maar dan in bed', 'elke ochtend een check-in foto via whatsapp'],
      ignore: ['shirts uit het is veel te warm op training', 'ik zat gwn ff zonder shirt in de tuin, zo warm', 'nog een uurtje in bed', 'elke ochtend een foto van de plant sturen voor het project'],
    },
  },
  {
    id: 'verification-video-body-r19',
    phrases: [
      'video|filmpje*|opname*|verificatievideo*|verificatiefoto* ..6 je|jouw|uw|you ..1 lichaam|lijf|body|figuur ..3 zichtbaar|te_zien|in_beeld|goed_te_zien',
      'neem|maak|film|filmt ..4 video|filmpje*|opname* ..5 ronddraai*|omdraai*|rondje_draai*|draai_je_om|draait_rond',
      'selfie*|@photo|foto ..2 vanuit|uit|vanaf|in ..1 je|jouw|uw ..1 bed|slaapkamer|badkamer|douche|bad',
      'nog|nu ..1 een|eentje|1 ..4 maar ..1 dan|nu|wel ..1 zonder|met_minder ..1 trui|shirt|top|topje|hoodie|broek|kleren|kleding|bh|jurk|rok|rokje|sweater|vest',
    ],
    unless: ['dans*', 'choreo*', 'kunstje', 'turn*', 'pirouette', 'skate*', 'kapsel', 'outfit', 'kamer_opruimen', 'opgeruimd', 'makeover', 'verbouw*', 'behang', 'marktplaats', 'vinted', 'ikea', 'meubels', 'verf', 'lek', 'lekkage', 'schimmel', 'tegels', 'kraan', 'loodgieter', 'huisbaas', 'dokter', 'huisarts', 'fysio*', 'blessure', 'wond*', 'uitslag', 'huiswerk', 'opdracht', 'gym', 'sport*', 'filter*', 'bril'],
    examples: {
      match: ['Neem een video op waarin u langzaam ronddraait en uw lichaam goed zichtbaar is, zonder jas of trui', 'stuur een verificatievideo waarin je lichaam goed zichtbaar is', 'heb je insta? wil ff zien hoe je eruit ziet. stuur een selfie vanuit je slaapkamer', 'nog eentje pls, maar dan zonder trui 🙏', 'nu een maar dan zonder shirt'],
      ignore: ['stuur een foto vanuit je slaapkamer van de lekkage aan het plafond', 'neem een filmpje op waarin je de dans ronddraait voor tiktok', 'nog eentje maar dan zonder filter'],
    },
  },
  {
    id: 'casting-pics-tight-clothes-r19',
    phrases: [
      'hebben|heb|wij|we|ik ..3 @photo ..3 nodig ..4 strakke|strak|nauwsluitende|badkleding|zwemkleding|badpak|bikini|ondergoed|lingerie|topje',
      'nodig ..2 in ..1 strakke|nauwsluitende|strak_zittende ..1 kleding|kleren|outfit|legging',
      'eentje|een|1 ..1 zonder ..1 die|je|dat|jouw|dat_stomme ..1 hoodie|trui|shirt|top|topje|bh|broek|sweater|vest',
      'jij|je stuurt|stuur ..2 mij|me ..3 [af_en_toe|soms|elke_dag|elke_week|iedere_dag] ..2 @photo',
    ],
    unless: ['zwemles*', 'zwemdiploma', 'diploma', 'sportdag', 'gym', 'schoolfoto*', 'pasfoto*', 'verkoop*', 'vinted', 'marktplaats', 'webshop', 'retour', 'maat', 'maten', 'winkel', 'huiswerk', 'opdracht', 'hond', 'kat', 'vakantie', 'strand', 'oma', 'opa', 'tante', 'oom', 'filter*', 'wasmachine', 'was'],
    examples: {
      match: ['Voor je aanmelding hebben wij een paar fotos nodig in strakke kleding of badkleding, zonder make-up.', 'ik heb wat fotos van je nodig in een strak topje', 'gwn. en dan eentje zonder die hoodie 😏', 'ik stuur je elke week 100 euro, jij stuurt mij af en toe een leuk fotootje'],
      ignore: ['voor de webshop hebben we fotos nodig in strakke kleding, maat S', 'nog een zonder filter', 'jij stuurt me de fotos van de vakantie toch'],
    },
  },
  {
    id: 'write-on-your-body-fansign-r21',
    phrases: [
      'schrijf|schrijft|schrijven|teken|tekent|tekenen ..5 op ..1 je|jouw|uw buik|buikje|bovenbeen|bovenbenen|dij|dijen|dijbeen|borst|decollete|heup|heupen|billen|bil|kont|onderrug|lies|huid|lichaam|lijf|onderbuik',
      'fansign* ..5 op ..2 je|jouw|uw buik|buikje|bovenbeen|bovenbenen|dij|dijen|dijbeen|borst|decollete|heup|heupen|billen|kont|huid|lichaam|lijf|been|benen|onderrug',
    ],
    unless: ['schmink*', 'carnaval', 'smiley', 'henna', 'kleurplaat', 'zonnebrand*', 'pleister', 'wond', 'dokter', 'huisarts'],
    examples: {
      match: ['en de laatste: schrijf DJ op je buik of je bovenbeen en stuur die, dat is de echte fansign', 'schrijf mijn naam op je dij en maak een pic', 'doe die fansign op je huid ipv papier', 'teken een hartje op je onderbuik voor mij'],
      ignore: ["teken een smiley op je buik voor de schminkwedstrijd haha", 'schrijf mijn naam op een papiertje voor de fansign', 'schrijf het op je hand anders vergeet je het', 'fansign op papier met je photocard graag'],
    },
  },
  {
    id: 'body-progress-pics-figure-r21',
    phrases: [
      'body|lichaams|progress|progressie|figuur|fitness ..1 @photo ..3 nodig|sturen|stuur|insturen|opsturen|doorsturen',
      '@send ..3 lichaamsfoto*|bodyfoto*|progressfoto*|progressiefoto*|figuurfoto*',
      'lichaamsfoto*|bodyfoto*|progressfoto*|progressiefoto*|figuurfoto* ..3 nodig|sturen|insturen|opsturen',
      '@nude|sportbeha|sportbh|sport_bh|strakke ..6 figuur|lichaam|lijf|body|vormen|buikje ..3 beoordelen|bekijken|checken|zien|keuren',
    ],
    unless: ['id', 'identiteitsbewijs', 'paspoort', 'rijbewijs', 'webshop', 'bestelling', 'retour*', 'huisarts', 'dokter', 'fysio*', 'mijn|m_n|mn body|lichaam|figuur ..1 @photo', 'ik|k stuur|post|deel ..2 mijn|m_n|mn'],
    examples: {
      match: ['Top. Voor je aanmelding hebben we body progress fotos nodig, voor en achter', 'In sportbeha of ondergoed zodat het team je figuur kan beoordelen. Stuur ze naar deze DM', 'stuur ff je progressfotos naar mij', 'we hebben eerst lichaamsfotos nodig voor het contract'],
      ignore: ['ik post mijn progress fotos elke maand op insta', 'voor de verzekering hebben we een foto van je ID nodig, voor en achter', 'die jurk is strak maar je figuur is echt mooi erin'],
    },
  },
  {
    id: 'more-than-your-face-mirror-r21',
    phrases: [
      'ik|k wil ..2 meer ..2 zien ..2 dan ..2 [alleen] ..1 je|jouw ..1 gezicht|hoofd|face',
      'kwil ..2 meer ..2 zien ..2 dan ..2 [alleen] ..1 je|jouw ..1 gezicht|hoofd|face',
      'badkamer|douche|slaapkamer|wc ..4 maak|neem|doe ..2 spiegelfoto*|spiegelselfie*|spiegel_foto*|spiegel_selfie*|mirror_pic*|mirrorpic*|selfie*',
      'testfoto*|testshot*|proeffoto*|testshoot* ..3 in|met ..1 zwemkleding|badpak|zwembroek|badkleding|@nude',
    ],
    unless: ['webshop', 'catalogus', 'collectie', 'lekkage', 'schimmel', 'kraan', 'tegels', 'verbouwing', 'nieuwe_badkamer', 'makelaar', 'verhuur*', 'huis', 'kapsel', 'haar', 'outfit', 'tattoo', 'oma', 'opa'],
    examples: {
      match: ['ik wil meer zien dan alleen je gezicht', 'ga naar de badkamer en maak een spiegel foto', 'ik ben fotograaf en zoek jonge modellen, eerst een paar testfotos in zwemkleding'],
      ignore: ['ga naar de badkamer en maak een foto van de lekkage', 'ik wil meer zien dan alleen je gezicht op die poster, doe de hele outfit', 'de testfotos in zwemkleding voor de webshop komen morgen van de fotograaf'],
    },
  },
  {
    id: 'buyer-wants-you-wearing-it-r21',
    phrases: [
      '@photo ..3 van ..1 jezelf|jou|je ..1 erin|ermee|aan ..6 pasvorm|hoe_het_valt|hoe_hij_valt|hoe_ie_valt|hoe_het_zit|hoe_hij_zit|hoe_ie_zit|hoe_het_staat',
      'filmpje*|video*|@photo ..4 waarin|waarop|terwijl ..1 je|jij|ge ..3 ronddraait|rondraait|draait|rondloopt|poseert|bukt|buigt|ligt',
    ],
    unless: ['benieuwd', 'gekocht', 'nieuwe', 'omg', 'wauw', 'schattig', 'dansles', 'choreo*', 'juf', 'docent', 'les', 'opdracht', 'oma', 'opa', 'tante', 'oom', 'mama', 'papa', 'sport', 'turnen', 'training', 'techniek', 'coach', 'trainer', 'trampoline', 'salto'],
    examples: {
      match: ['Hoi, ik wil je jurk kopen. Kan je eerst een foto van jezelf erin sturen zodat ik de pasvorm zie?', 'Ik betaal je 10 euro extra als je een filmpje stuurt waarin je ronddraait', 'stuur een video waarin je poseert in die legging'],
      ignore: ['omg je nieuwe jurk! stuur een foto van jezelf erin, ben benieuwd hoe hij valt', 'stuur een filmpje waarin je de salto doet voor de trainer', 'kun je een filmpje sturen waarin je de choreo doet'],
    },
  },
  {
    id: 'not-just-your-face-r22',
    phrases: [
      'stuur|stuurt|laat|zend|toon|iets|meer ..5 niet|nie ..1 alleen|enkel|allen|alleen_maar ..1 je|jouw|uw|jou ..1 gezicht|hoofd|kop|face|smoel|gezichtje',
      '@photo ..4 niet|nie ..1 alleen|enkel|alleen_maar ..1 je|jouw|uw ..1 gezicht|hoofd|kop|face|smoel|gezichtje',
    ],
    unless: ['pasfoto', 'paspoort', 'id_kaart', 'identiteitskaart', 'schoolfoto*', 'fotograaf', 'profielfoto', 'kapper', 'kapsel', 'schmink*', 'make_up', 'toneel', 'cosplay'],
    weight: 3,
    examples: {
      match: ['stuur me iets waar ik blij van word.. je weet wel, iets van jou zelf, niet alleen je gezicht', 'laat eens wat meer zien, niet alleen je hoofd', 'een foto niet alleen je gezicht he'],
      ignore: ['voor de pasfoto niet alleen je gezicht, ook je schouders', 'stuur een foto van je kapsel, niet alleen je gezicht maar ook de achterkant'],
    },
  },
  {
    id: 'more-in-nightwear-r23',
    phrases: [
      'nog een|eentje|1 ..2 in|met|zonder je|jouw|uw ..1 pyjama|pyama|slaapshirt|slaapkleren|nachthemd|nachtkleding|badpak|bikini|ondergoed|bh|onderbroek|handdoek',
      'mag|mogen|kan ook ..2 in|met je|jouw pyjama|pyama|slaapshirt|nachthemd|ondergoed|bikini|badpak|bed|handdoek',
      'in|op je|jouw ondergoed|onderbroek|bh|slipje|lingerie|boxer ..5 checken|check|verifieren|sturen|laten_zien|foto|pic|zien',
      'een|n @photo ..2 van jou|je ..3 je weet ..1 wel ..1 welke|wat_voor|wat',
      'je|jij|ge had|hebt|heeft beloofd ..3 [nog] een|eentje|meer|1 ..2 te ..1 sturen|maken',
      'je|jij|ge beloofde|belooft ..3 [nog] een|eentje|meer|1 ..2 te ..1 sturen|maken',
      '@photo|verificatiefoto*|verificatieselfie* ..3 met ..1 je|jouw gezicht ..1 en ..1 je|jouw lichaam|lijf|body',
      'selfie|foto ..3 met ..2 username|gebruikersnaam|naam ..2 op ..1 [een] papier*|briefje',
      'hebben|heb ..3 [ook|nog] [een] @photo ..2 nodig ..2 regel|mod|verificatie|verifieren|channel|kanaal',
    ],
    unless: ['les', 'online_les', 'zoom', 'teams', 'schoolpas', 'pas', 'pasje', 'ledenpas*', 'spelerspas*', 'studentenpas*', 'ov_kaart', 'aanmelding*', 'inschrijving*', 'filmavond', 'pyjamaparty', 'pyjama_party', 'logeerpartij', 'sleepover', 'feest*', 'formulier*', 'huiswerk*', 'opdracht*', 'jaarboek', 'smoelenboek', 'paspoort', 'id_kaart', 'identiteitskaart', 'rijbewijs', 'pasfoto*', 'school', 'reis', 'vakantie', 'hond', 'kat', 'puppy', 'taart', 'werkblad', 'toets*', 'fiets', 'pakket', 'product', 'bon', 'bonnetje', 'oma', 'opa', 'mama', 'papa', 'rooster', 'kaart*'],
    examples: {
      match: ['perfect! nu nog 1 in je slaapshirt, dat is de check haha', 'gwn, familie moet elkaar kennen toch. mag ook in je pyjama hoor', 'daarom juist, zodat we weten dat je echt bent. in je ondergoed is het snelst te checken lol', 'een pic van jou, je weet wel welke soort', 'je had beloofd nog een te sturen', 'je beloofde nog een te sturen', 'stuur een verificatiefoto met je gezicht en je lichaam anders kom je niet in de server', 'stuur in #verify een selfie met je username op een papiertje', 'top. voor de 18- channel hebben we ook een full body pic nodig, mod regel'],
      ignore: ['je moet een foto van het formulier sturen', 'je had beloofd nog een te sturen van de puppy', 'mag ook in je pyjama hoor, het is gewoon een filmavond', 'mag ook in je pyjama hoor, is gewoon online les', 'we hebben nog een foto nodig voor het jaarboek', 'je moet een selfie sturen voor je schoolpas'],
    },
  },
  {
    id: 'must-send-a-photo-r23',
    phrases: [
      'je|jij|ge moet|moeten ..2 [een|wat|nog_een] @photo ..3 sturen|maken|opsturen',
      'moet|moeten je|jij|ge|gij ..3 [een|wat|nog_een] @photo ..3 sturen|maken|opsturen|insturen',
      '@send ..3 verificatiefoto*|verificatieselfie*|verificatiepic*|verify_selfie|verify_pic',
    ],
    unless: ['formulier*', 'huiswerk*', 'opdracht*', 'jaarboek', 'smoelenboek', 'paspoort', 'id_kaart', 'identiteitskaart', 'rijbewijs', 'pasfoto*', 'schoolpas', 'pasje', 'ledenpas*', 'spelerspas*', 'reis', 'vakantie', 'hond', 'kat', 'puppy', 'taart', 'werkblad', 'toets*', 'fiets', 'pakket', 'product', 'bon', 'bonnetje', 'rooster', 'kaart*', 'kamer', 'outfit', 'kapsel', 'tekening', 'project*', 'werkstuk*', 'school', 'klas', 'juf', 'meester', 'mentor', 'coach', 'trainer', 'aanmelding*', 'inschrijving*'],
    weight: 1,
    examples: {
      match: ['ja maar alleen voor verified army. je moet een selfie sturen met je hand zo voor verificatie', 'om erin te komen moet je wel een selfie sturen', 'stuur eerst een verificatiefoto'],
      ignore: ['je moet een foto sturen van het formulier', 'je moet een selfie sturen voor je schoolpas', 'je moet echt een foto sturen van je nieuwe kamer'],
    },
  },
  {
    id: 'wear-something-shorter-r23',
    phrases: [
      'iets|wat ..1 korters|strakkers|bloters|sexiers|onthullenders|minder ..1 aantrekken|aandoen|aan ..6 @photo|foto|sturen|cam|laten_zien',
      '@photo|foto|cam ..6 iets|wat ..1 korters|strakkers|bloters|sexiers|onthullenders|minder ..1 aantrekken|aandoen|aan',
    ],
    examples: {
      match: ['kun je iets korters aantrekken en een foto sturen', 'zet je cam aan en trek iets bloters aan'],
      ignore: ['trek iets korters aan, het is warm vandaag', 'ik trek iets strakkers aan voor de foto van de sportclub'],
    },
    unless: ['sportclub', 'club', 'team', 'training', 'wedstrijd', 'bruiloft', 'feest', 'gala', 'schoolfoto', 'jaarboek', 'warm', 'heet'],
  },
  {
    id: 'want-to-see-you-in-swimwear-r24',
    phrases: [
      'wil|willen|wilt ..2 je|jou|you ..1 zien ..2 in ..1 [je|jouw|een] zwemkleding|badkleding|bikini|badpak|zwembroek|lingerie|boxer|boxershort|string|slipje|bh|ondergoed',
    ],
    unless: ['zwemles*', 'zwemwedstrijd*', 'zwembad', 'training', 'diploma', 'winkel', 'paskamer', 'passen', 'kopen', 'gekocht', 'verkoop*', 'vinted', 'marktplaats', 'strand_foto*'],
    weight: 2,
    examples: {
      match: ['de jury wil je zien in zwemkleding', 'ik wil je zien in je bikini'],
      ignore: ['de trainer wil je zien in je zwembroek bij de zwemles om 9 uur', 'ik wil je zien in die bikini die je gekocht hebt, stuur de link van de winkel'],
    },
  },
  {
    id: 'body-photo-verification-r25',
    phrases: [
      '@photo [s] ..2 van|met ..1 je|jouw|uw ..2 lichaam|lijf|figuur|bovenlichaam|hele_lichaam|volledige_lichaam|hele_lijf|torso',
      '@photo [s] ..6 in ..1 lichte|weinig|dunne|strakke|korte|luchtige ..1 kleding|kleren|kleertjes|kledij',
      '@photo [s] ..3 van ..1 jezelf|uzelf|jouzelf|you|je|jou|u ..2 zonder ..1 jas|trui|hoodie|vest|shirt|shirtje|t_shirt|sweater|top|topje',
      'id|identiteitskaart|paspoort|rijbewijs|legitimatie|ov_kaart|schoolpas ..2 naast|bij|voor ..2 je|jouw|uw ..1 gezicht|hoofd',
      'trek|doe ..2 je|jouw|uw|dat|die ..1 hoodie|trui|shirt|shirtje|vest|t_shirt|top|topje|sweater ..2 uit ..6 zie|zien|cam|camera|webcam|@photo|checken|check',
      'cam|camera|webcam|facecam ..1 aan ..3 shirt|shirtje|trui|hoodie|top|topje|t_shirt|kleren ..1 uit',
      'nu|dan|maar|nog|en ..3 zonder ..1 dat|die|je|jouw|het ..1 shirt|shirtje|topje|top|trui|bh|broek|hoodie|t_shirt|vest',
    ],
    unless: ['past', 'passen', 'maat', 'bank', 'itsme', 'digid', 'app_van_de', 'huisarts*', 'dokter*', 'arts', 'doktersassistent*', 'fysio*', 'ziekenhuis', 'consult*', 'videoconsult*', 'uitslag', 'moedervlek*', 'wond*', 'blessure*', 'kostuum*', 'toneel*', 'voorstelling', 'musical', 'regisseur', 'paspoort_aanvraag', 'gemeente', 'pasfoto*', 'kapper', 'warm|heet|zweet|zweten|warmte', 'verkoudheid|verkouden', 'wasmachine|wassen|vlek|vlekken', 'schilderen|verf'],
    weight: 2,
    examples: {
      match: ['Stuur een foto van uw gezicht en een foto van uw volledige lichaam in lichte kleding, voor de leeftijdscontrole.', 'stuurt u een foto van uzelf zonder jas en met uw ID naast uw gezicht', 'trek je hoodie maar uit dan zie ik je beter', 'cam aan, shirt uit, zodat ik kan checken', 'mooi. en nu zonder dat shirt', 'stuur een foto van je hele lijf in strakke kleren'],
      ignore: ["houd je ID naast je gezicht in de app van de bank, dan is het geregeld", 'stuur een foto van je hele lichaam in het kostuum, dan kan de regisseur kijken', 'U kunt een foto van de plek op uw arm uploaden voor de huisarts', 'trek je trui uit joh het is veel te warm binnen', 'trek je jas uit en kom zitten', 'zonder dat shirt zie je er net zo goed uit hoor, die andere is mooier'],
    },
  },
  {
    id: 'naughty-pic-mirror-delete-after-r25',
    phrases: [
      '@photo ..4 blote|bloot ..1 schouders|benen|buik|rug|huid|beentjes',
      '@photo ..6 beetje|wat|iets|lekker ..1 ondeugend|stout|pikant|gewaagd|uitdagend|sexy|hot',
      '@send|maak|neem|maken ..3 spiegel|badkamer|bed|douche ..1 foto|fotootje|selfie|pic|fotos|pics',
      'ik|k verwijder|wis|delete ..2 hem|het|ze|m|die|em ..1 meteen|direct|gelijk|daarna|erna|na_het_kijken|na_1_keer',
      'face_cam|facecam|cam|camera|webcam ..1 check|controle|verificatie|checken',
      '@photo|cam|camera|selfie|pyjama|rokje|rok|short|shortje|broekje|jurkje|topje ..6 hoe ..1 korter|kleiner|minder|strakker|doorzichtiger ..1 hoe ..1 beter',
    ],
    unless: ['mooi', 'lelijk', 'foto_van_ons|fotos_van_ons|van_ons_samen|van_ons_twee', 'ons_samen', 'als_je_wil', 'spiegel_kapot|spiegel_gebroken|spiegel_ophangen|spiegel_kopen', 'te_koop', 'marktplaats', 'vinted', 'kamer_inrichten|inrichting|ikea', 'toernooi', 'tournament', 'admin*', 'organisatie', 'iedereen', 'allemaal', 'scheids*', 'printen|geprint|formulier*|huiswerk', 'spreekbeurt', 'presentatie', 'uitleg', 'oma|opa|tante', 'haar|kapsel|kapper', 'hond|kat|puppy', 'jurk_voor_het_gala', 'strand', 'zonnebrand', 'verbrand*', 'eczeem', 'uitslag', 'huisarts*', 'dokter*'],
    weight: 2,
    examples: {
      match: ['Af en toe een leuk fotootje, wat blote schouders, beetje ondeugend', 'stuur daar een spiegel foto, ik stuur ook', 'toe nou, 1 maar. ik verwijder hem meteen en niemand weet het', 'we moeten een face cam check doen, anti cheat regels', 'stuur een selfie in je pyjama, hoe korter hoe beter'],
      ignore: ["spiegel foto's zijn zo cringe haha", 'de spiegel foto van de badkamer voor marktplaats is gemaakt', 'voor het toernooi moet iedereen een facecam check doen bij de admin', 'hoe korter de presentatie hoe beter zei de docent', 'stuur een foto van je verbrande schouders, zo erg?'],
    },
  },
  {
    id: 'verify-with-selfie-upper-body-r25',
    phrases: [
      'bevestig|verifieer|bewijs|bevestigt|verifieert ..2 uw|je|jouw ..1 identiteit|leeftijd|account ..4 met|via ..2 @photo|selfie|selfievideo',
      'bovenlichaam|lichaam|lijf|torso ..2 laat|laten|toont|tonen ..1 zien',
      'verifieren|verificatie|verifieer|bevestigen ..3 met|via ..2 een|je|jouw ..1 @photo|selfie',
      'camera|cam|webcam ..2 op ..1 je|jouw|uw ..1 hele|volledige ..1 lichaam|lijf|body',
    ],
    unless: ['bank*', 'itsme', 'digid', 'gemeente', 'paspoort*', 'rijbewijs', 'school*', 'mentor', 'huisarts*', 'dokter*', 'fysio*', 'sport*', 'training', 'yoga', 'dans*', 'houding', 'kostuum*', 'toneel*', 'moest|moet_ik|ik_moest|hij_moest|zij_moest', 'oplichters|oplichting|scam|phishing|nep|pas_op|let_op'],
    weight: 2,
    examples: {
      match: ['Bevestig uw identiteit met een selfie video waarin u uw gezicht en bovenlichaam laat zien.', 'dan moet je wel eerst verifieren met een foto', 'camera op je hele lichaam'],
      ignore: ['pas op, oplichters vragen je om je identiteit te bevestigen met een selfie', 'in de app van de bank moet je verifieren met een selfie', 'laat je bovenlichaam zien aan de fysio, die kijkt naar je houding'],
    },
  },
  {
    id: 'show-it-disappears-anyway-r26',
    phrases: [
      'laat ..2 eens|es|ff|even|effe|ns ..1 zien ..5 snap|snapchat|@send|cam ..4 verdwijnt|verdwijnen|weg ..1 toch|vanzelf|meteen|direct|na',
      'klant|opdrachtgever|bureau|agency|agent|casting|castingbureau ..3 wil|moet|wilt ..2 zien hoe ..1 je|jij|you ..1 eruit|eruitziet|er_uit|uitziet',
    ],
    unless: ['haar', 'kapsel', 'tekening*', 'nagels', 'schoenen', 'tattoo*', 'kamer', 'huiswerk', 'meme*', 'taart', 'outfit', 'jurk', 'cv', 'sollicitatie*', 'pasfoto*', 'uniform', 'winkel', 'werkkleding', 'tattoo*'],
    weight: 2,
    examples: {
      match: ['laat eens zien dan, snap maar, verdwijnt toch', 'laat ff zien op snap, is na 10 sec weg toch', 'Standaard voor promotieteams, de klant wil zien hoe je eruit ziet'],
      ignore: ['laat eens zien je nieuwe kapsel, snap maar, verdwijnt toch', 'de klant wil zien hoe je eruit ziet op je cv foto, gewoon een pasfoto'],
    },
  },
  {
    id: 'snap-it-goes-away-anyway-r26',
    phrases: [
      '@send|snap|snapchat ..3 maar|dan|gewoon ..4 gaat|is|verdwijnt ..1 toch ..2 weg|verdwenen|vanzelf',
    ],
    unless: ['meme*', 'huiswerk', 'link', 'rooster', 'kapsel', 'haar', 'outfit', 'schoenen', 'tekening*', 'eten', 'hond', 'kat'],
    weight: 2,
    examples: {
      match: ['snap maar, gaat toch weg na 10 sec', 'stuur dan gewoon via snap, verdwijnt toch weg'],
      ignore: ['snap maar die meme, gaat toch weg', 'stuur dan je rooster, is toch weg na de zomer'],
    },
  },
  {
    id: 'verification-selfie-face-check-r27',
    phrases: [
      '@send|doe|maak|geef ..3 verificatie|verificatieselfie*|verificatiefoto*|verificatiepic*|verify|verifieer ..1 [selfie|foto|pic|fotootje|plaatje]',
      '@send|doe|maak|geef ..3 selfie|foto|pic|fotootje ..3 voor|als|ter ..1 verificatie|verifiering|controle|leeftijdscheck|leeftijdscontrole|leeftijdsverificatie|check',
      '@send|doe|geef|maak ..3 face_check|facecheck|face_reveal|facereveal|gezichtscheck|face_pic|facepic|face_verify',
    ],
    unless: ['bank*', 'itsme', 'digid', 'gemeente', 'paspoort*', 'rijbewijs', 'klantenservice', 'vinted', 'marktplaats', 'huisarts*', 'dokter*', 'school*', 'mentor', 'toernooi', 'iedereen', 'allemaal', 'oplichters|oplichting|scam|phishing|nep|pas_op|let_op', 'moest|ik_moest|hij_moest|zij_moest', 'oma|opa|mama|papa'],
    weight: 2,
    examples: {
      match: ['als moderator moet ik je checken, stuur een verificatie selfie', 'ik ben ook 14, doe ff face check zodat ik weet dat je echt bent', 'stuur een selfie voor verificatie anders kan je geen staff worden'],
      ignore: ['in de app van de bank moet je een selfie voor verificatie maken', 'voor het toernooi moet iedereen een face check doen bij de admin', 'pas op, oplichters vragen om een verificatie selfie'],
    },
  },

  {
    id: 'camera-in-bedroom-r28',
    phrases: [
      '@cam|cam|camera|webcam|facetime|videobellen|videocall|videobel ..6 je_slaapkamer|jouw_slaapkamer|uw_slaapkamer|vanuit_je_bed|op_je_kamer|op_jouw_kamer|op_je_bed|in_je_bed|badkamer|douche|in_bad',
      'je_slaapkamer|jouw_slaapkamer|uw_slaapkamer|op_je_bed|in_je_bed|badkamer|douche ..6 @cam|cam|camera|webcam|facetime|videobellen|videocall|videobel',
    ],
    unless: ['babyfoon', 'beveiliging*', 'bewaking*', 'nooit', 'niet ..2 op|in je|jouw slaapkamer|kamer|bed', 'veilig*', 'tip*', 'advies', 'ligt|lag|staat|stond ..3 camera|webcam|cam', 'camera|webcam|cam ..2 ligt|lag|liggen', 'mijn|mn camera|webcam|cam', 'oplader', 'lader', 'kapot', 'opruim*', 'verbouw*', 'renovatie', 'makelaar', 'huis_te_koop', 'bezichtiging', 'haha*', 'lol', 'xd', 'mama', 'papa', 'oma', 'opa'],
    weight: 2,
    examples: {
      match: ['doe je de camera aan op je slaapkamer? dan is het gezelliger', 'kom even videobellen vanuit je bed', 'zet je webcam in de badkamer'],
      ignore: ['doe je camera aan, ik zit op mijn slaapkamer met mijn huiswerk', 'kom even videobellen, ik lig in bed met griep', 'mijn camera ligt nog in de slaapkamer', 'zet nooit je webcam aan op je slaapkamer met vreemden', 'de camera van de babyfoon staat in de slaapkamer'],
    },
  },

  {
    id: 'sexy-pics-of-you-r28',
    phrases: [
      'lekkere|sexy|hete|hot|ondeugende|pikante|spannende|geile|stoute|uitdagende @photo [s] ..2 van|met je|jou|jezelf|you',
      'hoe minder ..1 kleding|kleren|aan ..2 hoe meer|hoe_beter|hoe_liever',
      'wil ik|kwil|ik_wil ..2 je|jou|jij ..3 zien ..3 @nude',
      '@nude ..3 en ..1 dan ..1 wat|iets|nog ..1 lager',
    ],
    unless: ['taart', 'eten', 'gerecht*', 'recept', 'hond', 'kat', 'strand', 'zwembad', 'zwemles', 'vakantie', 'wedstrijd', 'haha*', 'lol', 'xd', 'wasmachine', 'was', 'winkel', 'kopen'],
    examples: {
      match: ['gewoon lekkere fotos van jezelf', 'hoe minder kleding hoe meer geld', 'nu wil ik jou ook zien, zonder shirt en dan wat lager'],
      ignore: ['lekkere fotos van je taart!', 'hoe minder kleren hoe meer je moet wassen haha', 'ik wil je zien in bikini op het strand haha'],
    },
  },

  {
    id: 'pay-me-back-with-a-pic-r28',
    phrases: [
      'terug ..1 [te] betalen|betaalt|betaal ..2 met ..1 een|n|1|wat|paar ..1 @photo|@nude',
      'betaal|betalen|betaalt ..3 [me|mij] terug ..1 met ..1 een|n|1|wat|paar ..1 @photo|@nude',
    ],
    unless: ['haha*', 'lol', 'xd', 'hond', 'kat', 'lunch', 'eten', 'taart', 'uitzicht'],
    examples: {
      match: ['tijd om terug te betalen met een pic', 'betaal me maar terug met een paar fotos'],
      ignore: ['betaal me terug met een foto van je hond haha'],
    },
  },

  {
    id: 'unless-you-send-real-ones-r28',
    phrases: [
      'tenzij|behalve_als|of ..2 je|jij|ge|gij ..2 [me|mij] [zelf] [wat|een_paar|een_paar] echte ..2 stuurt|stuurde|opstuurt|sturen|geeft',
      'stuur|stuurt ..2 [me|mij] [dan|maar|gewoon] [zelf] echte|een_echte ..1 [@photo|@nude|fotos]',
    ],
    unless: ['van de|het|die|dat|deze', 'internet', 'fiets', 'auto', 'bloemen', 'brief*', 'kaart*', 'post', 'pakket*', 'cadeau*', 'snoep', 'geld', 'biljetten', 'euro', 'haha*', 'lol', 'xd', 'link', 'review*', 'schoenen', 'sneakers', 'tassen', 'nep_of_echt'],
    examples: {
      match: ['tenzij je me zelf echte stuurt', 'stuur dan zelf echte fotos'],
      ignore: ['stuur me echte fotos van de fiets, niet van internet', 'tenzij je me echte bloemen stuurt haha', 'stuur me echte sneakers, geen nep'],
    },
  },

  {
    id: 'must-send-intimate-r28',
    phrases: [
      'moet|moeten je|jij|ge|gij ..4 @nude|naaktfoto*|nudes|naaktpic* ..3 sturen|maken|opsturen|insturen|posten|delen',
      'je|jij|ge|gij moet|moeten ..4 @nude|naaktfoto*|nudes|naaktpic* ..3 sturen|maken|opsturen|insturen|posten|delen',
    ],
    unless: ['niet', 'nooit', 'nie', 'ni', 'waarschuw*', 'pas_op', 'let_op', 'voorlichting*', 'politie', 'melden', 'zwemkleding', 'zwemles', 'zwembad', 'badpak_voor', 'winkel', 'retour*', 'terugsturen', 'maat', 'verkoop*', 'vinted', 'marktplaats'],
    examples: {
      match: ['als je in de groep wil blijven moet je een naaktfoto sturen', 'je moet een foto in je ondergoed sturen, anders ben je eruit'],
      ignore: ['je moet nooit naaktfotos sturen naar mensen die je niet kent', 'je moet de bikini terugsturen naar de winkel, verkeerde maat'],
    },
  },
  {
    id: 'naked-on-cam-n29',
    phrases: [
      'wil|wilt|kun|kan|kunt|durf|durft|zou|ga|wilde @you ..3 naakt|bloot|topless|uitkleden|uitkleed|uit_te_kleden|zonder_kleren|zonder_shirt|in_je_ondergoed ..3 op|voor|via|in ..1 [de|je|mijn] cam|webcam|camera|video|videocall|facetime|snapcall|stream|live',
      'naakt|bloot|topless|uitkleden ..2 op|voor|via ..1 [de|je|mijn] cam|webcam|camera|videocall|facetime|stream ..4 ik|k betaal|geef|stuur',
    ],
    unless: ['nooit', 'niet', 'nie', 'oplicht*', 'scam*', 'politie', 'kreeg|kregen ..3 mail|bericht|dm', 'iemand|een_man|een_gast vroeg|vraagt|wilde', 'nieuws', 'documentaire', 'kunst', 'schilder*', 'tekenles'],
    examples: {
      match: ['wil je naakt op cam met mij? ik betaal', 'durf jij je uit te kleden voor de webcam?', 'kan je topless op facetime'],
      ignore: ['ga nooit naakt voor de webcam, dat is gevaarlijk', 'die man vroeg of ze naakt op cam wilde, ze heeft de politie gebeld', 'wil je met mij op cam mario kart spelen'],
    },
  },
  {
    id: 'more-pics-then-i-delete-n29',
    phrases: [
      'nog|stuur|stuurt|doe ..2 # ..2 [@photo|fotos|pics|videos|filmpjes|nudes] ..3 en|dan ik|k ..2 verwijder|wis|delete|gooi|laat ..2 alles|ze|het|weg|jou|je',
      'nog|stuur|stuurt ..2 # ..2 [@photo|fotos|pics|videos|filmpjes|nudes] ..3 en|dan ben|zijn ..2 je|jij|we ..2 van_me_af|van_mij_af|klaar|quitte|vrij',
    ],
    unless: ['vakantie', 'verjaardag', 'feest', 'album', 'fotoboek', 'opslag', 'geheugen', 'icloud_vol', 'telefoon_vol', 'werkstuk', 'project', 'verslag', 'opdracht', 'huiswerk', 'vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag'],
    examples: {
      match: ['nog 3 fotos en ik wis alles, beloofd', 'stuur er nog 2 en ik verwijder ze', 'nog 4 videos en dan ben je van me af'],
      ignore: ['nog 3 fotos van de vakantie en dan is het album klaar', 'stuur er nog 2 voor het werkstuk en dan zijn we klaar', 'nog 5 fotos en mn telefoon is vol, ik wis alles'],
    },
  },
  {
    id: 'do-it-in-your-underwear-n29',
    phrases: [
      'doe|doet|doen ..2 het|dat|die|dit|da|er|eens ..2 in|met @your bikini|ondergoed|onderbroek|boxer|boxershort|beha|bh|string|lingerie|slipje|nachtjapon',
      'laat|laten ..3 zien ..2 in @your bikini|ondergoed|onderbroek|boxer|boxershort|beha|bh|string|lingerie|slipje',
    ],
    unless: ['zwem*', 'strand', 'zwembad', 'was', 'wasmachine', 'wassen', 'winkel', 'retour*', 'terugsturen', 'maat', 'kast', 'koffer', 'la', 'lade'],
    examples: {
      match: ['doe het in je bikini 😘', 'doe die stream eens in je ondergoed', 'laat eens zien in je boxer'],
      ignore: ['doe het in je bikini, we gaan naar het zwembad', 'doe dat in je ondergoed la, die lag nog op de trap', 'doe die beha maar terugsturen, verkeerde maat'],
    },
  },
  {
    id: 'try-it-on-on-camera-n31',
    phrases: [
      'moet|moeten|mag|kan|kun|wil @you ..4 @nude|badpak*|bikini*|zwemkleding|lingerie|ondergoed|beha|string|slipje*|badpakken|outfits|kleding|kleren|ze|die|het ..3 aantrekken|aandoen|passen|showen|laten_zien ..3 op|voor|via ..1 [de|je|mijn] camera|cam|webcam|facetime|videocall|video|beeld',
      'aantrekken|aandoen|passen|showen ..3 op|voor|via ..1 [de|je|mijn] camera|cam|webcam|facetime|videocall|beeld ..4 nu|nu_even|meteen|direct|even|ff',
    ],
    unless: ['winkel|pashokje|paskamer|retour|maat|maten|bestelling|webshop ..6 vraag|klantenservice', 'mama|papa|oma|opa|zus|zusje|tante', 'carnaval|verkleed*|kostuum|toneel|musical|uniform|schooluniform|galajurk|gala|trouwjurk|bruiloft|communie|diploma'],
    examples: {
      match: ['voor de review moet je de bikini aantrekken op camera', 'je moet het ondergoed passen voor de cam, nu even', 'ze aantrekken via facetime, nu even'],
      ignore: ['kan je de galajurk aantrekken op facetime zodat oma hem ziet', 'mag je je carnavalskostuum aandoen voor de camera voor de toneelfoto', 'ik moet de jas passen in de winkel'],
    },
  },
  {
    id: 'in-pyjamas-closer-to-the-camera-n32',
    phrases: [
      'in ..1 je|jouw|uw ..1 pyjama|pyama|pyjamaatje|nachthemd|nachtjapon|ondergoed|onderbroek|slipje|bikini|badpak|bh|beha|handdoek ..6 dichter|dichterbij|dichter_bij|close|closer|inzoomen|zoom ..2 camera|cam|webcam|scherm|lens',
      'in ..1 je|jouw|uw ..1 pyjama|pyama|pyjamaatje|nachthemd|nachtjapon|ondergoed|onderbroek|slipje|bikini|badpak|bh|beha|handdoek ..4 voor|op|bij ..2 de|je ..1 camera|cam|webcam|live|stream',
      'dichter|dichterbij|dichter_bij ..2 de|je ..1 camera|cam|webcam ..4 pyjama|pyama|nachthemd|ondergoed|onderbroek|slipje|bikini|badpak|bh|beha|handdoek|shirt_uit|zonder_shirt|zonder_top',
    ],
    unless: ['opa', 'oma', 'mama', 'papa', 'pyjamadag', 'pyjamafeest*', 'pyjamaparty', 'sleepover', 'les', 'docent', 'juf', 'meester', 'dokter', 'huisarts', 'uitslag', 'huid', 'wond*', 'vlek*'],
    examples: {
      match: ['in je pyjama en dan wat dichterbij de camera', 'doe je dansje in je ondergoed voor de cam', 'kom dichter bij de camera, zonder shirt'],
      ignore: ['oma wil je zien in je pyjama voor de camera op de pyjamadag', 'houd de uitslag dichter bij de camera voor de dokter'],
    },
  },
  {
    id: 'photo-to-prove-your-age-r36',
    phrases: [
      '@photo [s] ..6 dan|zodat ..2 weet|zie|geloof ..2 of|dat @you ..1 echt ..3 bent|ben|bn|is|zijt',
      '@send ..4 @photo [s] ..3 als ..1 bewijs ..3 @you ..2 echt|wel',
    ],
    unless: ['pasfoto', 'paspoort', 'id', 'ov', 'ov_kaart', 'leeftijdscheck*', 'bol', 'bestelling', 'pakket', 'marktplaats', 'vinted', 'schade', 'kapot', 'beslag', 'oma', 'opa', 'mama', 'papa', 'school', 'klas', 'kostuum', 'outfit', 'verkleed*'],
    weight: 2,
    examples: {
      match: ['stuur een foto van je gezicht dan weet ik of je echt 12 bent', 'doe een selfie zodat ik weet dat je echt bent', 'stuur een foto als bewijs dat je echt bestaat'],
      ignore: ['stuur een foto van het pakket dan weet ik of het echt kapot is', 'stuur een foto van je verkleedpak dan weet ik of je echt klaar bent', 'stuur een foto van je outfit zodat ik weet of je echt klaar bent'],
    },
  },
] satisfies PatternEntry[];
