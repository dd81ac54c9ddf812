/** Cosa dice l’avviso, in italiano: calmo, caldo, breve, senza colpe. */
import type { Advice } from './types';

export const it: Advice = {
  levels: {
    caution: {
      title: 'Occhio',
      body: 'Un paio di cose in questa chat meritano una riflessione. Prenditi il tuo tempo e condividi solo quello che ti sembra giusto.',
    },
    warning: {
      title: 'Questa chat ha qualche segnale di allarme',
      body: 'Chi chiede foto, segreti o di spostarsi su un’altra app può cercare di metterti pressione. Non hai fatto niente di male e non devi una risposta a nessuno.',
    },
    urgent: {
      title: 'Sembra un ricatto. Non hai fatto niente di male.',
      body: 'Se qualcuno minaccia di condividere immagini o ti chiede soldi, non è colpa tua, e si può fermare. Succede a tante persone, e ricevono aiuto.',
    },
  },
  steps: {
    caution: ['Non devi passare a un’altra app né dire dove sei.', 'Parlane con qualcuno di cui ti fidi se qualcosa non ti torna.'],
    warning: [
      'Non mandare foto e non accendere la videocamera se hai dubbi.',
      'Puoi smettere di rispondere quando vuoi.',
      'Blocca e segnala l’account se continua a insistere.',
      'Dillo a qualcuno di cui ti fidi: un amico, un genitore, un insegnante.',
    ],
    urgent: [
      'Non pagare e non mandare altro: raramente finisce lì.',
      'Smetti di rispondere, ma tieni la chat: fai screenshot con il nome e il link.',
      'Blocca e segnala l’account su questo sito.',
      'Parlane oggi con un adulto di cui ti fidi. Puoi anche contattare una delle linee di aiuto qui sotto.',
    ],
  },
  reasons: {
    'platform-move': 'ha chiesto di spostarsi su un’altra app o in videochiamata',
    'image-request': 'ha chiesto foto, video o la tua videocamera',
    reciprocity: 'ha proposto di scambiarsi foto',
    secrecy: 'ti ha chiesto di tenerlo segreto',
    'personal-probe': 'ha fatto domande personali (età, scuola, dove sei)',
    flattery: 'ti ha fatto tanti complimenti esagerati',
    sexualization: 'ha fatto domande o commenti sessuali',
    offer: 'ha offerto soldi, regali o un lavoro',
    'meet-request': 'ha chiesto di vedervi di persona',
    'leverage-claim': 'dice di avere foto, registrazioni o il tuo account',
    'threat-to-share': 'ha minacciato di condividere foto o chat',
    'payment-demand': 'ha chiesto soldi, gift card o cripto',
    coercion: 'ha messo pressione o dato scadenze',
    'physical-threat': 'ha minacciato te o la tua famiglia',
    'self-harm-leverage': 'ha detto che si farà del male se non fai come dice',
    'fabrication-threat': 'ha minacciato di creare foto false di te',
  },
  nudge: {
    title: 'Un attimo',
    body: 'Hai appena condiviso come contattarti o dove sei, in una chat con qualche segnale di allarme. Va bene così: puoi fermarti qui.',
  },
  card: {
    close: 'Chiudi questo avviso',
    noticed: 'Cosa abbiamo notato: ',
    showSteps: 'Cosa posso fare?',
    hideSteps: 'Nascondi i consigli',
    learn: 'Impara i segnali in una chat di prova',
    private: 'Lo vedi solo tu. Heads Up legge questa chat sul tuo dispositivo e non invia niente a nessuno.',
  },
  help: {
    title: 'Aiuto',
    titleIn: (country) => `Aiuto (${country})`,
    kinds: {
      talk: 'Parla con qualcuno',
      report: 'Segnala',
      remove: 'Far rimuovere le immagini',
      crisis: 'Se adesso non ti senti al sicuro',
      police: 'Polizia',
      info: 'Consigli',
    },
    text: (number, body) => (body ? `SMS con ${body} al ${number}` : `SMS al ${number}`),
  },
};
