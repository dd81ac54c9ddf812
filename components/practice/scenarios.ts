/** Scripted practice chats: what the tactics look like, and one that must stay quiet. */
import type { ChatMessage } from '../../patterns/categories';

export interface Scenario {
  id: string;
  title: string;
  summary: string;
  messages: ChatMessage[];
}

export const SCENARIOS: Scenario[] = [
  {
    id: 'video-call-sextortion',
    title: 'A stranger after a video call',
    summary: 'The most common sextortion: a friendly stranger, a video call, then a threat and a demand for money.',
    messages: [
      { from: 'them', text: 'hey you seem cool, how old are you?' },
      { from: 'me', text: 'im 15 lol' },
      { from: 'them', text: 'nice. this app is so laggy, add me on snap?' },
      { from: 'me', text: 'ok' },
      { from: 'them', text: 'I recorded our video call. I have everything.' },
      { from: 'them', text: 'Pay $300 in gift cards or I send it to all your followers and your family. You have 1 hour.' },
    ],
  },
  {
    id: 'grooming-moves-apps',
    title: 'Slow grooming',
    summary: 'Compliments, questions about home, a secret, a move to another app, then a request for pictures.',
    messages: [
      { from: 'them', text: "you're so mature for your age, not like the others" },
      { from: 'me', text: 'haha thanks' },
      { from: 'them', text: 'are your parents home? do they check your phone?' },
      { from: 'me', text: 'no they are at work' },
      { from: 'them', text: "let's keep this between us ok? don't tell anyone about me" },
      { from: 'them', text: 'we should talk on telegram instead, its more private' },
      { from: 'them', text: "send me a pic of you, I'll show you mine if you show me yours" },
    ],
  },
  {
    id: 'friends-surprise',
    title: 'Friends planning a surprise',
    summary: 'Secrets, moving apps and deadlines between friends: Heads Up stays quiet.',
    messages: [
      { from: 'them', text: "don't tell Mia about the party, it's a surprise!!" },
      { from: 'me', text: 'my lips are sealed' },
      { from: 'them', text: "let's move the planning to the discord group with everyone" },
      { from: 'them', text: 'you have 5 minutes or we leave without you lol' },
      { from: 'me', text: 'omw!!' },
      { from: 'them', text: "also you still owe me $20 for the pizza, send it when you can" },
    ],
  },
];
