import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'got|have_you_got|have_u_got|you_got|u_got @app',
      'what|whats|wats is|s your|ur number|phone_number|cell|digits|mobile|phone',
      'whats|wats your|ur number|phone_number|cell|digits|mobile|phone',
      'give|send|drop me your|ur number|phone_number|digits|cell',
      'add|follow|message|text|dm|msg|hit|find|hmu|call|snap|sc|pm|inbox me [up] on|at|in|thru|through|via @app',
      'add|follow|message|text|dm|msg|hit my @app',
      'do|got|have|use you [have|got|use] @app',
      'you|u got|have|on|use @app',
      'what|whats|wats is|s [your|ur] @app',
      'whats|wats [your|ur] @app',
      'send|give|drop|tell me [your|ur] @app',
      'can|could i get|have [your|ur] @app',
      'drop|send|give ..2 your|ur @app|number|digits|handle|username|user|tag',
      'my @app is',
    ],
    unless: [
      'add|follow me on @app ..3 for|to the group|team|squad|class|project|game|server',
      'for|to the group|team|class|project|server|study',
      'group_chat|gc|groupchat|class_chat|team_chat|bio_class|same_class|in_class|the_class|for_class|homework|assignment|teacher|coach|project|ranked|duo|squad|we_need|play|fortnite|minecraft|valorant|apex|cod',
    ],
    examples: {
      match: [ "do you have snapchat", "text me on kik", "what's your number", "give me your number",'add me on snap', 'hmu on telegram', 'whats ur snap?', 'do you have kik', 'send me ur sn@p', 'add me on 👻', 'what is your whatsapp', 'u got discord?', 'drop ur insta', 'my snap is jake_22'],
      ignore: ['i deleted snap lol', 'the snap filter is funny', 'add me on discord for the project group', 'my snap streak is 200 days', 'whats ur snap? we r in the same bio class lol'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'download|install|get @app ..3 so|and|to|we|then|plz|please|its',
      'download|install @app',
      'lets|let_s|let_us|can_we|wanna|we_should|should_we|could_we go|move|talk|chat|take_this|take_it private|privately|somewhere_private|to_dms|to_dm|to_private|in_private',
      'come|move|go|slide|hop to|in|into dm|dms|pm|pms|private|inbox|my_dms|my_dm',
      'let|lets [us|s] talk|chat|move|continue|go|switch|text|hop ..2 on|to|in|over|into|onto @app',
      'talk|chat|text|message|speak on|in|over @app instead|better|easier|more_private|its_easier|its_better|cuz|because',
      '@app ..2 is|its|s more|much_more|way_more private|safer|secure|discreet',
      'more private on|in|over @app',
      'this|here app|site|chat|platform is|gets ..3 boring|lame|glitchy|laggy|monitored|watched|weird|slow|trash|annoying',
      'can|could we talk|chat|move|go|text ..2 somewhere|someplace more|else ..2 private|else|quiet',
      'can|could|should we move|take|switch this|it|us|the_convo|the_chat|our_chat|the_conversation to|over_to|on|onto @app',
      'somewhere|someplace|an_app more private|safer|quieter',
      'private chat|chats|dm|dms|convo|room|call|vc',
      'wanna|want_to|lets|can_we|should_we ..2 chat|talk|text ..2 there|privately|in_private|in_dms|on_dms',
    ],
    unless: ['with|for the class|group|team|project|guys|squad|server|gc|homework', 'private_chat_for|group_chat|private_server|teacher|coach'],
    examples: {
      match: [ "let's go to whatsapp", "let's talk on discord", "download telegram", "lets go private","let's talk on telegram instead", 'can we move this to whatsapp', 'this app is so boring, lets chat somewhere more private', 'we can talk more private on kik', 'wanna chat there', 'telegram is more private'],
      ignore: ['we talked on the phone yesterday', "let's move the project chat to discord with the group", 'this game is boring'],
    },
  },
  {
    id: 'video-call',
    weight: 1,
    phrases: [
      'dm|pm|inbox me',
      'facetime|ft|videocall|video_call|skype me|with_me',
      'facetime|ft|videocall|video_call me ..2 tonight|later|when|now|right_now|on|at|rn',
      'wanna|want_to|lets|let_us|can_we|could_we|should_we ..2 facetime|ft|videocall|video_call|vc|video_chat|cam|camchat|skype|video_call',
      'do|can|could|will you ..2 facetime|ft|videocall|video_call|vc|video_chat|cam|camchat',
      'can|could|may i ..2 facetime|ft|video_call|videocall|vc you|u',
    ],
    unless: ['group|class|team|project|homework|study|teacher|coach|the_squad|everyone|guys|zoom_link|meeting|play|game|fortnite|minecraft|roblox|valorant|ranked|match|squad|duo|apex|cod'],
    examples: {
      match: [ "lets facetime", "dm me", "lets video chat",'facetime me tonight', 'wanna vc?', 'can we facetime', 'can i facetime you'],
      ignore: ['facetime me when ur done with homework', 'the zoom link for class is in the email', 'join the group vc'],
    },
  },
] satisfies PatternEntry[];
