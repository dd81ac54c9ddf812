/** Ce que dit l’avertissement, en français : calme, bienveillant, court, sans culpabiliser. */
import type { Advice } from './types';

export const fr: Advice = {
  levels: {
    caution: {
      title: 'Petit signal',
      body: 'Quelques éléments de cette conversation méritent réflexion. Prends ton temps et ne partage que ce qui te semble juste.',
    },
    warning: {
      title: 'Cette conversation montre des signaux d’alerte',
      body: 'Quelqu’un qui demande des photos, des secrets ou de changer d’appli peut essayer de te mettre la pression. Tu n’as rien fait de mal, et tu ne dois de réponse à personne.',
    },
    urgent: {
      title: 'Ça ressemble à du chantage. Tu n’as rien fait de mal.',
      body: 'Si quelqu’un menace de partager des images ou te demande de l’argent, ce n’est pas ta faute, et ça peut s’arrêter. Beaucoup de gens vivent ça et trouvent de l’aide.',
    },
  },
  steps: {
    caution: ['Tu n’as pas à passer sur une autre appli ni à dire où tu es.', 'Parles-en à quelqu’un de confiance si quelque chose te semble bizarre.'],
    warning: [
      'N’envoie pas de photos et n’allume pas ta caméra si tu as un doute.',
      'Tu peux arrêter de répondre quand tu veux.',
      'Bloque et signale le compte s’il insiste.',
      'Parles-en à quelqu’un de confiance : un ami, un parent, un prof.',
    ],
    urgent: [
      'Ne paie pas et n’envoie plus rien : ça s’arrête rarement là.',
      'Arrête de répondre, mais garde la conversation : fais des captures avec le nom et le lien.',
      'Bloque et signale le compte sur ce site.',
      'Parles-en aujourd’hui à un adulte de confiance. Tu peux aussi contacter une des lignes d’aide ci-dessous.',
    ],
  },
  reasons: {
    'platform-move': 'a proposé de passer sur une autre appli ou en appel vidéo',
    'image-request': 'a demandé des photos, des vidéos ou ta caméra',
    reciprocity: 'a proposé d’échanger des photos',
    secrecy: 'a demandé de garder le secret',
    'personal-probe': 'a posé des questions personnelles (âge, école, où tu es)',
    flattery: 'a fait beaucoup de compliments appuyés',
    sexualization: 'a posé des questions ou fait des remarques sexuelles',
    offer: 'a proposé de l’argent, des cadeaux ou un job',
    'meet-request': 'a demandé à te voir en vrai',
    'leverage-claim': 'dit avoir des photos, des enregistrements ou ton compte',
    'threat-to-share': 'a menacé de partager des photos ou des conversations',
    'payment-demand': 'a demandé de l’argent, des cartes cadeaux ou des cryptos',
    coercion: 'a mis la pression ou fixé des délais',
    'physical-threat': 'a proféré des menaces contre toi ou ta famille',
    'self-harm-leverage': 'a menacé de se faire du mal si tu ne fais pas ce qu’on te demande',
    'fabrication-threat': 'a menacé de créer de fausses photos de toi',
  },
  nudge: {
    title: 'Petite vérification',
    body: 'Tu viens de partager comment te joindre ou où tu es, dans une conversation avec des signaux d’alerte. Ce n’est pas grave : tu peux t’arrêter là.',
  },
  card: {
    close: 'Fermer ce message',
    noticed: 'Ce que nous avons remarqué : ',
    showSteps: 'Que puis-je faire ?',
    hideSteps: 'Masquer les conseils',
    learn: 'Apprendre les signaux dans un chat d’entraînement',
    private: 'Ce message n’est visible que par toi. Heads Up lit cette conversation sur ton appareil et n’envoie rien nulle part.',
  },
  help: {
    title: 'Aide',
    titleIn: (country) => `Aide (${country})`,
    kinds: {
      talk: 'Parler à quelqu’un',
      report: 'Signaler',
      remove: 'Faire retirer des images',
      crisis: 'Si tu ne te sens pas en sécurité maintenant',
      police: 'Police',
      info: 'Conseils',
    },
    text: (number, body) => (body ? `SMS « ${body} » au ${number}` : `SMS au ${number}`),
  },
};
