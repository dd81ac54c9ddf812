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
    unless: ['potje', 'spel', 'game', 'dobbel*', 'kaart*', 'zet', 'verzoek', 'vraag', 'huiswerk', 'opdracht'],
    examples: {
      match: ['nu is het jouw beurt om iets terug te sturen', 'ik heb je net een foto gestuurd, nu jij', 'ik heb de mijne al gestuurd', 'nu jij een foto', 'ik heb je er ook een gestuurd, jouw beurt om te sturen', 'eerlijk is eerlijk'],
      ignore: ['jouw beurt, stuur het verzoek', 'ik heb het huiswerk gestuurd, nu jij', 'nu jij aan de beurt in het spel'],
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
    ],
    unless: ['potje', 'spel', 'game', 'skin*', 'kaart*', 'pokemon', 'huiswerk', 'opdracht', 'antwoord*', 'beurt_in', 'groep*', 'klas'],
    examples: {
      match: ['als jij er een stuurt stuur ik er ook een', 'ik stuur er ook een als jij eerst stuurt', 'ik laat de mijne zien als jij de jouwe laat zien', 'jij eerst dan stuur ik', 'zullen we fotos ruilen', 'de mijne voor de jouwe'],
      ignore: ['wil je ruilen? ik geef je mijn skin voor jouw pickaxe', 'als je het stuurt stuur ik het door naar de groep', 'jij eerst dan ik in het potje'],
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
] satisfies PatternEntry[];
