/** Wat de melding zegt, in het Nederlands: rustig, warm, kort, zonder schuld. */
import type { Advice } from './types';

export const nl: Advice = {
  levels: {
    caution: {
      title: 'Even opletten',
      body: 'Een paar dingen in deze chat zijn het waard om even over na te denken. Neem je tijd en deel alleen wat goed voelt.',
    },
    warning: {
      title: 'Deze chat heeft een paar waarschuwingssignalen',
      body: 'Iemand die om foto’s of geheimen vraagt, of naar een andere app wil, probeert je misschien onder druk te zetten. Je hebt niets fout gedaan en je bent niemand een antwoord verschuldigd.',
    },
    urgent: {
      title: 'Dit lijkt op chantage. Je hebt niets fout gedaan.',
      body: 'Als iemand dreigt beelden te delen of geld vraagt, is dat niet jouw schuld, en het kan gestopt worden. Veel mensen maken dit mee en krijgen hulp.',
    },
  },
  steps: {
    caution: ['Je hoeft niet naar een andere app en je hoeft niet te zeggen waar je bent.', 'Praat erover met iemand die je vertrouwt als iets niet goed voelt.'],
    warning: [
      'Stuur geen foto’s en zet je camera niet aan als je twijfelt.',
      'Je kunt altijd stoppen met antwoorden.',
      'Blokkeer en meld het account als het blijft aandringen.',
      'Vertel het aan iemand die je vertrouwt: een vriend, je ouders of een leraar.',
    ],
    urgent: [
      'Betaal niet en stuur niets meer: daarmee stopt het bijna nooit.',
      'Stop met antwoorden, maar bewaar de chat: maak screenshots met de naam en de link.',
      'Blokkeer en meld het account op deze site.',
      'Vertel het vandaag aan een volwassene die je vertrouwt. Je kunt ook contact opnemen met een hulplijn hieronder.',
    ],
  },
  reasons: {
    'platform-move': 'wilde naar een andere app of een videogesprek',
    'image-request': 'vroeg om foto’s, video’s of je camera',
    reciprocity: 'stelde voor om foto’s te ruilen',
    secrecy: 'vroeg je om het geheim te houden',
    'personal-probe': 'stelde persoonlijke vragen (leeftijd, school, waar je bent)',
    flattery: 'gaf veel overdreven complimenten',
    sexualization: 'stelde seksuele vragen of maakte seksuele opmerkingen',
    offer: 'bood geld, cadeaus of een baantje aan',
    'meet-request': 'wilde in het echt afspreken',
    'leverage-claim': 'zegt foto’s, opnames of je account te hebben',
    'threat-to-share': 'dreigde foto’s of chats te delen',
    'payment-demand': 'vroeg om geld, cadeaukaarten of crypto',
    coercion: 'zette je onder druk of gaf deadlines',
    'physical-threat': 'bedreigde jou of je familie',
    'self-harm-leverage': 'zei zichzelf iets aan te doen als je niet meewerkt',
    'fabrication-threat': 'dreigde nepfoto’s van je te maken',
  },
  nudge: {
    title: 'Even checken',
    body: 'Je deelde net hoe je te bereiken bent of waar je bent, in een chat met een paar waarschuwingssignalen. Dat is oké: je kunt hier stoppen.',
  },
  card: {
    close: 'Deze melding sluiten',
    noticed: 'Wat ons opviel: ',
    showSteps: 'Wat kan ik doen?',
    hideSteps: 'Tips verbergen',
    learn: 'Leer de signalen in een oefenchat',
    private: 'Alleen jij ziet dit. Heads Up leest deze chat op je apparaat en stuurt niets door.',
  },
  help: {
    title: 'Hulp',
    titleIn: (country) => `Hulp in ${country}`,
    kinds: {
      talk: 'Praat met iemand',
      report: 'Meld het',
      remove: 'Beelden laten verwijderen',
      crisis: 'Als je je nu niet veilig voelt',
      police: 'Politie',
      info: 'Advies',
    },
    text: (number, body) => (body ? `sms ${body} naar ${number}` : `sms naar ${number}`),
  },
};
