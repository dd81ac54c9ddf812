import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'i know where you|u|ya live|stay|sleep|go_to_school|go|study|are|work|hang_out',
      'i [already] know|have|got|found ..2 your|ur home|house|address|school|location|ip|ip_address',
      'i [already] [can] [will] found|find|track|tracked|traced|trace|located|locate ..2 your|ur ip|ip_address|location|house|address',
      'i can see your|ur house|window|location|ip',
      'i_am|im ..2 outside|near|watching ..2 your|ur house|home|school|window|place',
      'i_am|im watching you|u',
    ],
    unless: ['lol|lmao|haha|jk|joking|party|sleepover|pizza|delivery|package|invite|uber|ride|pick_you|pickup|carpool|game|stream|video|show|movie|match|episode'],
    examples: {
      match: [ "i know your address", "you'll regret it, i know where your school is", "i know your school",'i know where you live', 'i have your address', 'i found your ip address', 'i know ur school', 'im outside your house', 'i am watching you'],
      ignore: ['i know where you live lol see you at the party', 'i have your address for the invite', 'im watching your stream'],
    },
  },
  {
    id: 'hurt-you-or-family',
    phrases: [
      'i have|got people|friends|guys|boys ..2 in|near|around your|ur city|town|area|school|neighborhood|neighbourhood',
      '@iwill|will|gonna|going_to|someone_will|we_will|my_boys_will|my_friends_will [come] [and] [find] hurt|kill|beat|stab|shoot|rape|kidnap|attack|murder|find|get|burn|destroy ..2 your|ur @kin',
      '@iwill|will|gonna|going_to|we_will|someone_will|my_boys_will|my_friends_will [come] [and] hurt|beat|stab|shoot|rape|kidnap|attack|murder|burn ..2 you|u|ya',
      '@iwill|going_to|gonna|we_will|someone_will come|show_up|pull_up|go|be ..2 to|at ..2 your|ur house|home|school|place|door|address ..4 and|hurt|kill|beat|if|unless|or|tonight|find',
      '@iwill find you|u ..3 and|hurt|kill|beat|tonight|if|unless',
      'your|ur @kin ..3 will|gonna|going_to|is_going_to|are_going_to get ..2 hurt|killed|beaten',
      'your|ur @kin ..2 gets|get|will_get|is_getting|are_getting|gonna_get hurt|killed|beaten|hurted',
      '@iwill come|show_up|pull_up over|by|round ..4 hurt|kill|beat|stab|shoot|rape|kidnap|attack|hurt_you|get_you',
      'watch|better_watch your|ur back',
      'you|u will not|wont|will_never ..2 be|feel safe',
      '@iwill send ..3 someone|people|my_boys|my_guys|my_friends ..3 to|after your|ur|you|u',
      'you|u are|re|r dead ..3 if|unless|when|meat',
    ],
    unless: ['game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|gg|spoil*|ending|episode|homework|room|mom_is|dad_is|teacher|boss|chores|curfew|grounded|pizza|presents|bug|bugs|spider|mosquito|fly|weeds|plant|plants|virus|pokemon'],
    examples: {
      match: [ "i'll hurt you", "i will kill your family", "i will beat you up", "i will hurt you if you block me",'ill come to ur house and hurt your little brother', 'i will hurt your family', 'i will find you and hurt you', 'your mom will get hurt', 'watch your back', 'im gonna send someone to your house', 'do what i say or ill come over and ur family gets hurt'],
      ignore: ['im gonna kill u lol camping noob', 'mom is gonna kill you when she sees your room', 'i will find you in the next round', 'ill come to your house at 5 for the homework'],
    },
  },
  {
    id: 'veiled-threat',
    weight: 3,
    phrases: [
      '@iwill come find|get_you_and|hunt you|u',
      '@iwill make you|u suffer|pay|regret_it|regret_this|bleed|disappear',
      '@iwill find you|u',
      'you|u will|gonna|going_to regret ..2 it|this|ever|the_day|being_born',
      'i_know_where ..2 your|ur @kin ..2 live|lives|works|work|goes|go|is|are',
    ],
    unless: ['game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|gg|on_insta|on_instagram|online|hide_and_seek|in_the_crowd|at_the_mall|at_school|at_lunch|later|tomorrow|discord|tiktok|skipping|eating|buying|spending|leg_day|hangover|hair'],
    examples: {
      match: [ "i'll come find you","I'll make you suffer", 'i will find you', 'you will regret this', 'i know where your mom works'],
      ignore: ['i will find you in the next round lol', 'you will regret eating that', 'i will find you on insta'],
    },
  },
] satisfies PatternEntry[];
