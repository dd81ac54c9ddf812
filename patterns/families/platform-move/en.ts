import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'add|follow|message|text|dm|msg|hit|find|hmu me [up] on|at|in @app',
      'add|follow|message|text|dm|msg|hit my @app',
      'do|got|have|use you [have|got|use] @app',
      'what|whats|wats is|s [your|ur] @app',
      'whats|wats [your|ur] @app',
      'send|give me [your|ur] @app',
    ],
    unless: ['add me on @app ..3 for|to the group|team|squad|class|project|game|server'],
    examples: {
      match: ['add me on snap', 'hmu on telegram', 'whats ur snap?', 'do you have kik', 'send me ur sn@p', 'add me on 👻', 'what is your whatsapp'],
      ignore: ['i deleted snap lol', 'the snap filter is funny', 'add me on discord for the project group', 'my snap streak is 200 days'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'let|lets us|s talk|chat|move|continue|go ..2 on|to|in|over @app',
      'talk|chat|text|message on|in @app instead',
      'this|here app|site|chat is ..3 boring|lame|glitchy|laggy|monitored',
      'can|could we talk|chat|move ..2 somewhere|someplace more private|else',
      'can|could|should we move|take|switch this|it|us to|over_to|on @app',
      'more private on|in @app',
    ],
    unless: ['with|for the class|group|team|project|guys|squad'],
    examples: {
      match: ["let's talk on telegram instead", 'can we move this to whatsapp', 'this app is so boring, lets chat somewhere more private', 'we can talk more private on kik'],
      ignore: ['we talked on the phone yesterday', "let's move the project chat to discord with the group", 'this game is boring'],
    },
  },
] satisfies PatternEntry[];
