import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      '@iwill [just] [now] @share ..4 to|with|on [all|every|each] [of] your @audience',
      '@iwill [just] [now] @share ..4 to|with everyone|everybody|every1|everyone_you_know|all_your',
      'i_am|im|am [now] [literally] sending|posting|uploading|leaking|sharing|forwarding|showing ..4 to|with|on [all] [of] your @audience',
      'going_to|gonna|will|about_to @share ..4 to|with all [of] your @audience',
      '@share ..4 to|with all [of] your followers|contacts|friends|family|classmates|relatives|friends_list|friend_list|contact_list',
      '@share ..4 to|with everyone|everybody|every1|anyone you know',
      '@share ..4 to|with everyone|everybody|every1 on|in|at your',
      'or|else|otherwise [i] [will] @share ..4 to|with|on your @audience|instagram|story|profile|page',
      '@iwill tag ..3 your @audience',
    ],
    unless: [
      'recipe|invite|invitation|invites|link|schedule|homework|notes|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|card|grades|tickets|address|number|email',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match',
    ],
    examples: {
      match: [
        'I will send it to your family',
        "i'll send them to all ur followers",
        'pay or I send it to all your friends',
        'im sending it to ur mom and dad right now',
        'imma post it and tag your parents',
        'i will send ur pics to everyone you know',
        'send to all your contacts',
        'or i share it with ur whole school',
        'i will show everyone at your school',
      ],
      ignore: [
        'can you send it to your mom too',
        'i will send the invite to your parents',
        'gonna send it to everyone in the group chat',
        'please forward this form to your parents',
        "i'll send the pics from the trip to your mom",
        'send it to me pls',
      ],
    },
  },
  {
    id: 'post-it-online',
    phrases: [
      '@iwill [just] @share|put|make ..3 online|everywhere|internet|pornhub|xvideos|porn|viral|public',
      '@iwill [just] @share|put ..4 on your instagram|story|page|profile|wall|feed|timeline|account|tiktok|facebook|snapchat|fb|twitter',
      'or|else|otherwise [i] [will] @share|put|leak ..3 it|them|everything|this|that|those|these|your|ur|what|the_video|the_pics|the_pictures|the_photos|all',
      '@share|leak ..2 your|ur|the|those|these @nude',
      '@nude ..4 go|goes|going|will_be|gonna_be|get|gets|end_up public|viral|online|everywhere',
      'or|else|otherwise ..5 go|goes|going|will_be|become|becomes public|viral|online',
      'make|making you [go] viral|famous ..3 for|with|the_wrong_way|bad_way|in_a_bad_way',
      '@iwill make ..2 you|it|them|this go_viral|viral',
    ],
    unless: ['art|drawing|drawings|song|cover|recipe|schedule|results|vlog|blog|my_video|my_pics|meme|memes|reel|trailer|project|tutorial', 'do_not|never|careful|should_not|shouldnt @share'],
    examples: {
      match: [
        'I will post it online',
        'more pics. or i post what i have',
        'or else i leak everything',
        'ill upload the video on pornhub',
        'your nudes go public in 1 hour',
        'pay or it goes viral',
        'i will post it on your insta',
        'im gonna leak your nudes',
        'i will make you go viral',
      ],
      ignore: [
        'i will post my art online later',
        'your video is going viral!!',
        'never post your nudes online',
        'i posted the meme everywhere lol',
        'or maybe we post the vlog tomorrow',
      ],
    },
  },
  {
    id: 'everyone-will-see',
    phrases: [
      'everyone|everybody|every1|everyone_you_know|all_your_friends|all_your_followers|your_whole_school|the_whole_school|the_whole_world|whole_world|your_family|your_parents ..3 will|going_to|gonna|is_going_to|about_to|gon|gna|gunna ..2 see|know|watch|get|receive ..2 it|them|this|that|everything|your|ur|what|how|you|u|the_video|the_pics',
      'everyone|everybody|every1|all_your_followers|your_family|your_parents|your_friends will|are_going_to|going_to ..2 see|watch ..2 your @nude|body',
      'your @audience ..2 will|going_to|gonna|are_going_to ..2 see|get|receive|watch your|ur @nude|video|videos|pics|body|dick|boobs',
      'everyone|everybody|every1 ..4 will|going_to|gonna ..2 know|see ..3 what_you_did|what_you_sent|what_you_do|who_you_really_are|the_real_you',
    ],
    unless: [
      'tomorrow|tmrw|tonight|show|game|performance|play|concert|movie|trailer|announcement|meme|haircut|hair|outfit|dress|costume|new|recital|grades|results|prom|party|goal',
    ],
    examples: {
      match: [
        'every1 is gonna see them',
        'everyone at your school will see it',
        'your whole school will see your nudes',
        'your parents will see the video',
        'everybody will know what you did',
      ],
      ignore: [
        'everyone will see your haircut tomorrow',
        'everyone is going to see the show',
        'your parents will see it on the school website lol the play was great',
      ],
    },
  },
  {
    id: 'ruin-your-life',
    phrases: [
      '@iwill [literally] ruin|destroy|end your|ur life|reputation|future|career|relationship|rep',
      'your|ur life ..2 will_be|is|is_going_to_be|gonna_be over|ruined|finished|destroyed ..3 if|when|unless|once',
      'your|ur life is over',
      '@iwill expose|leak you|u ..3 to|on|everywhere|online|if|unless',
      '@iwill expose you|u',
      'your reputation ..2 will_be|is|gonna_be ..2 ruined|destroyed|gone|over',
    ],
    unless: ['cheat*|lying|lie|lies|simp|lol|lmao|lmfao|haha|hahaha|jk|joking|game|fortnite|minecraft|roblox|spoiler|test|exam|homework|grades', 'you_are_going_to|you_will|you_are_gonna|your_going_to|you_are_gon ruin|destroy'],
    examples: {
      match: [
        "I'll ruin your life",
        'i will destroy your reputation',
        'your life will be over if u block me',
        'imma expose you',
        'i will expose you online',
        'your life is over',
      ],
      ignore: [
        'this test is going to ruin my life',
        'im gonna expose you for cheating lol',
        'you are going to ruin your life if you skip school',
        'my life is over lmao i failed',
      ],
    },
  },
] satisfies PatternEntry[];
