/** Was der Hinweis sagt, auf Deutsch: ruhig, freundlich, kurz, ohne Vorwürfe. */
import type { Advice } from './types';

export const de: Advice = {
  levels: {
    caution: {
      title: 'Kurzer Hinweis',
      body: 'Ein paar Dinge in diesem Chat sind einen zweiten Blick wert. Lass dir Zeit und teile nur, was sich für dich richtig anfühlt.',
    },
    warning: {
      title: 'Dieser Chat hat ein paar Warnzeichen',
      body: 'Wer nach Fotos oder Geheimnissen fragt oder in eine andere App wechseln will, versucht vielleicht, dich unter Druck zu setzen. Du hast nichts falsch gemacht, und du schuldest niemandem eine Antwort.',
    },
    urgent: {
      title: 'Das sieht nach Erpressung aus. Du hast nichts falsch gemacht.',
      body: 'Wenn jemand droht, Bilder zu verbreiten, oder Geld verlangt, ist das nicht deine Schuld, und es lässt sich stoppen. Vielen passiert das, und sie bekommen Hilfe.',
    },
  },
  steps: {
    caution: ['Du musst nicht in eine andere App wechseln oder sagen, wo du bist.', 'Sprich mit jemandem, dem du vertraust, wenn sich etwas komisch anfühlt.'],
    warning: [
      'Schick keine Fotos und mach die Kamera nicht an, wenn du unsicher bist.',
      'Du kannst jederzeit aufhören zu antworten.',
      'Blockiere und melde das Konto, wenn es weiter drängt.',
      'Erzähl es jemandem, dem du vertraust: Freunden, deinen Eltern oder einer Lehrkraft.',
    ],
    urgent: [
      'Zahl nichts und schick nichts mehr: Damit hört es fast nie auf.',
      'Antworte nicht mehr, aber behalte den Chat: Mach Screenshots mit dem Namen und dem Link.',
      'Blockiere und melde das Konto auf dieser Seite.',
      'Erzähl es heute einem Erwachsenen, dem du vertraust. Du kannst dich auch an eine Beratung unten wenden.',
    ],
  },
  reasons: {
    'platform-move': 'wollte in eine andere App oder einen Videocall wechseln',
    'image-request': 'hat nach Fotos, Videos oder deiner Kamera gefragt',
    reciprocity: 'hat angeboten, Bilder zu tauschen',
    secrecy: 'wollte, dass du das geheim hältst',
    'personal-probe': 'hat persönliche Fragen gestellt (Alter, Schule, wo du bist)',
    flattery: 'hat dir auffällig viele Komplimente gemacht',
    sexualization: 'hat sexuelle Fragen gestellt oder Bemerkungen gemacht',
    offer: 'hat Geld, Geschenke oder einen Job angeboten',
    'meet-request': 'wollte sich mit dir treffen',
    'leverage-claim': 'behauptet, Bilder, Aufnahmen oder dein Konto zu haben',
    'threat-to-share': 'hat gedroht, Bilder oder Chats zu verbreiten',
    'payment-demand': 'hat Geld, Gutscheinkarten oder Krypto verlangt',
    coercion: 'hat Druck gemacht oder Fristen gesetzt',
    'physical-threat': 'hat dir oder deiner Familie gedroht',
    'self-harm-leverage': 'hat gesagt, sich etwas anzutun, wenn du nicht mitmachst',
    'fabrication-threat': 'hat gedroht, gefälschte Bilder von dir zu machen',
  },
  nudge: {
    title: 'Kurzer Check',
    body: 'Du hast gerade geteilt, wie man dich erreicht oder wo du bist, in einem Chat mit ein paar Warnzeichen. Das ist okay: Du kannst hier aufhören.',
  },
  card: {
    close: 'Diesen Hinweis schließen',
    noticed: 'Was uns aufgefallen ist: ',
    showSteps: 'Was kann ich tun?',
    hideSteps: 'Tipps ausblenden',
    learn: 'Die Zeichen in einem Übungschat kennenlernen',
    private: 'Nur du siehst das. Heads Up liest diesen Chat auf deinem Gerät und sendet nichts irgendwohin.',
  },
  help: {
    title: 'Hilfe',
    titleIn: (country) => `Hilfe in ${country}`,
    kinds: {
      talk: 'Mit jemandem reden',
      report: 'Melden',
      remove: 'Bilder entfernen lassen',
      crisis: 'Wenn du dich gerade nicht sicher fühlst',
      police: 'Polizei',
      info: 'Rat',
    },
    text: (number, body) => (body ? `SMS mit ${body} an ${number}` : `SMS an ${number}`),
  },
};
