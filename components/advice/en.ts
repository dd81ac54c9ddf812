/** What the warning says, in English: calm, warm, short, never shaming. */
import type { Advice } from './types';

export const en: Advice = {
  levels: {
    caution: {
      title: 'Heads up',
      body: 'A couple of things in this chat are worth a second thought. You can take your time and only share what feels right.',
    },
    warning: {
      title: 'This chat has some warning signs',
      body: "Someone asking for photos, secrets or to move apps can be trying to pressure you. You're not in trouble, and you don't owe anyone a reply.",
    },
    urgent: {
      title: "This looks like blackmail. You're not in trouble.",
      body: "If someone threatens to share images or asks for money, it isn't your fault, and it can be stopped. Many people go through this and get help.",
    },
  },
  steps: {
    caution: ["You don't have to move to another app or say where you are.", 'Talk it over with someone you trust if anything feels off.'],
    warning: [
      "Don't send photos or turn on your camera if you're unsure.",
      'You can stop replying at any time.',
      'Block and report the account if it keeps pushing.',
      'Tell someone you trust: a friend, parent or teacher.',
    ],
    urgent: [
      "Don't pay and don't send anything more: it rarely stops there.",
      'Stop replying, but keep the chat: take screenshots with the name and the link.',
      'Block and report the account on this site.',
      'Tell an adult you trust today. You can also talk to a helpline below.',
    ],
  },
  reasons: {
    'platform-move': 'asked to move to another app or a video call',
    'image-request': 'asked for photos, videos or your camera',
    reciprocity: 'offered to trade pictures',
    secrecy: 'asked you to keep this secret',
    'personal-probe': 'asked personal questions (age, school, where you are)',
    flattery: 'gave lots of intense compliments',
    sexualization: 'asked sexual questions or made sexual comments',
    offer: 'offered money, gifts or a job',
    'meet-request': 'asked to meet in person',
    'leverage-claim': 'claims to have pictures, recordings or your account',
    'threat-to-share': 'threatened to share pictures or chats',
    'payment-demand': 'asked for money, gift cards or crypto',
    coercion: 'put on pressure or gave deadlines',
    'physical-threat': 'threatened you or your family',
    'self-harm-leverage': 'said they will hurt themselves unless you comply',
    'fabrication-threat': 'threatened to make fake pictures of you',
  },
  nudge: {
    title: 'Quick check',
    body: "You just shared how to reach you or where you are, in a chat that has some warning signs. That's okay: you can stop here.",
  },
  card: {
    close: 'Close this heads-up',
    noticed: 'What we noticed: ',
    showSteps: 'What can I do?',
    hideSteps: 'Hide what to do',
    learn: 'Learn the signs in a practice chat',
    private: 'Only you see this. Heads Up reads this chat on your device and sends nothing anywhere.',
  },
  help: {
    title: 'Help',
    titleIn: (country) => `Help in ${country}`,
    kinds: {
      talk: 'Talk to someone',
      report: 'Report it',
      remove: 'Get images taken down',
      crisis: 'If you feel unsafe right now',
      police: 'Police',
      info: 'Advice',
    },
    text: (number, body) => (body ? `text ${body} to ${number}` : `text ${number}`),
  },
};
