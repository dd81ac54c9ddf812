import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-nudes',
    phrases: [
      '@send [@fill] [@fill] [@fill] [@some] ..2 @nude',
      '@photo [s] ..3 van|met|in|zonder ..2 @nude',
      '@nude @photo',
      'mag|kan|kun|wil|zou ik ..4 @nude ..2 zien|hebben|krijgen|@photo',
      'laat|toon ..4 @nude ..1 zien',
      'heb|hebt je|jij|ge ..3 @nude|naaktfoto*|nudes ..2 voor_mij|voor_me|van_jezelf',
      'maar|dan|nu|nog|eentje|een|keer ..3 zonder kleren|kleding|shirt|bh|broek|onderbroek|top|iets_aan|boxer',
      'kleed|kleedt ..2 je|jij|jezelf ..2 uit',
      'doe|trek je|jouw ..2 shirt|kleren|broek|bh|top|trui|onderbroek|boxer|rok ..1 uit',
    ],
    unless: ['dokter', 'huisarts', 'badkleding', 'winkel', 'maat', 'kopen', 'gekocht', 'bestellen', 'wassen', 'was', 'stuur|stuurde ik'],
    examples: {
      match: ['stuur nudes', 'stuur me ff een naaktfoto', 'foto in je ondergoed?', 'mag ik je in bikini zien', 'maar dan zonder kleren', 'doe je shirt uit', 'heb je nudes voor mij', 'stuur eens een pic zonder bh'],
      ignore: ['ik heb een nieuwe bikini gekocht', 'doe je jas uit en kom binnen', 'naakt zwemmen is illegaal hier'],
    },
  },
  {
    id: 'show-body',
    phrases: [
      'laat|toon|show [me|mij|ons|eens|es|ff|even|nou|dan|maar] ..2 [je|jouw|uw|your] @bodypart ..2 [eens|ff|even] [zien]',
      '@photo [s] van|met [je|jouw|uw|your] @bodypart',
      'laat|toon [me|mij] ..4 zien ..3 in|zonder|met ..2 @nude',
      'laat|toon me|mij jou|jezelf|je ..1 [eens|ff|even|es|nou|dan|helemaal] zien',
      'ik wil|wil je|jij ..3 lichaam|lijf|body ..2 zien',
    ],
    unless: ['dokter', 'huisarts', 'blessure', 'wond', 'schaafwond', 'tattoo', 'tatoeage', 'gips', 'enkel', 'pols', 'blauwe_plek'],
    examples: {
      match: ['laat je lichaam zien', 'laat me je tieten zien', 'foto van je kont', 'laat me jezelf eens zien', 'toon me je body', 'laat me je zien in je boxer'],
      ignore: ['laat je wond even aan de dokter zien', 'laat me het filmpje zien', 'laat je nieuwe tattoo zien'],
    },
  },
  {
    id: 'camera-on',
    phrases: [
      'zet|doe|mag|kan|wil|zou ..2 [je|jouw|uw|your|die] @cam|camera|webcam ..1 aan|open|aanzetten|aandoen',
      'cam|camera|webcam aan|aanzetten|aandoen [please|aub|pls|nu|ff|even|dan|eens]',
      'wil|kan|mag ik ..3 zien ..3 op|via|met|voor @cam|camera|webcam',
      'ga|kom|gaan ..2 [op|on|voor] [de|het|je] cam|camera|webcam ..2 staan|zitten|liggen',
    ],
    unless: ['les', 'lessen', 'klas', 'meeting', 'vergadering', 'teams', 'zoom', 'docent*', 'meneer', 'mevrouw', 'juf', 'meester', 'iedereen', 'college', 'toets', 'examen', 'werkgroep', 'presentatie', 'allemaal', 'bewaking*', 'deurbel', 'fiets'],
    examples: {
      match: ['zet je camera aan', 'doe je cam aan', 'cam aan pls', 'wil ik je zien op cam', 'ga voor de cam staan'],
      ignore: ['iedereen graag de camera aan tijdens de les', 'zet je camera aan voor de meeting', 'mijn camera doet het niet'],
    },
  },
  {
    id: 'photo-of-you',
    phrases: [
      '@send [@fill] [@fill] [@fill] [@some] @photo [s] [@fill] van|met|op jezelf|jouzelf|uzelf|you|jou|je_zelf|je_gezicht|je_lichaam|je_lijf',
      '@send [@fill] [@fill] [@fill] [@some] @photo [s] [@fill] van|met|op je|jou|you|uw ..1 in|op|met|zonder je|jouw|uw|bed|bad|douche|pyjama|handdoek|badjas|ondergoed|kamer',
      'mag|kan|kun|wil|zou|krijg ik ..3 @photo [s] [@fill] van jou|jezelf|uzelf|you|je ..1 zien|hebben|krijgen|bewaren',
      'mag|kan|kun|wil|zou|krijg ik ..3 @photo [s] [@fill] van jou|jezelf|uzelf',
      '@photo [s] [@fill] [@fill] van|met jezelf|jouzelf|uzelf ..2 sturen|sturen_aub|maken|doen',
      'ik wil ..2 je|jou ..2 zien ..3 @photo|@cam|camera|video|facetime',
      'selfie|selfies|selfietje ..2 van|met [je|jou|jezelf] [in|op] [je|jouw] bed|bad|douche|pyjama|handdoek|badjas|kamer',
    ],
    unless: ['kapsel', 'haar', 'haren', 'outfit', 'jurk', 'diploma', 'rapport', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'pasfoto', 'paspoort', 'id', 'huiswerk', 'opdracht', 'aantekeningen', 'tante', 'oom', 'oma', 'opa', 'groepsfoto', 'team', 'klas*', 'nieuwe'],
    examples: {
      match: ['stuur eens een foto van jezelf', 'stuur me een pic van jou', 'mag ik een foto van je zien', 'stuur eens ne foto van u in uw bed', 'stuur ff een selfie van jezelf', 'kan ik een foto van jou krijgen', 'ik wil je zien op cam'],
      ignore: ['stuur ff een selfie van je nieuwe kapsel', 'stuur die foto van jou naar mama', 'kun je een foto van je huiswerk sturen', 'stuur een foto van jezelf voor je pasfoto'],
    },
  },
  {
    id: 'pic-request-generic',
    phrases: [
      '@send [@fill] [@fill] [@fill] [@some] @photo',
      '@send [me|mij] er ..1 nog ..1 een|eentje|meer',
      'nog een|eentje|meer|1 @photo|@nude',
      'mag|kan|kun|wil ik ..3 [een|wat|meer] @photo [s] [@fill] [van] [je|jou] ..1 zien|hebben|krijgen',
      'laat|laten|toon ..2 me|mij ..2 iets|wat|meer ..1 zien',
      'me|mij iets|wat|meer ..1 laten|tonen zien',
      'heb|hebt|hebben je|jij|ge ..2 @photo ..1 voor|van me|mij|jezelf|jou',
    ],
    unless: ['huiswerk', 'opdracht', 'aantekeningen', 'reis', 'vakantie', 'feest', 'uitje', 'schoolreis*', 'kamp', 'groep*', 'diploma', 'rapport', 'fiets', 'pakket', 'kamer', 'auto', 'meme*', 'screenshot*', 'link', 'document', 'bon', 'bonnetje', 'recept', 'hond', 'kat', 'puppy', 'wedstrijd', 'concert', 'tante', 'oma', 'opa', 'kapsel', 'haar', 'outfit', 'jurk', 'nieuwe'],
    weight: 1,
    examples: {
      match: ['stuur me een foto', 'stuur er nog eentje', 'nog een pic?', 'mag ik een foto zien', 'je moet me iets laten zien', 'stuur eens een selfie'],
      ignore: ['stuur de fotos van de reis', 'kun je een foto van je huiswerk sturen', 'stuur me de link', 'ik heb een foto van de hond gemaakt'],
    },
  },
] satisfies PatternEntry[];
