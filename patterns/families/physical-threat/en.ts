import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'i know where you|u|ya live|stay|sleep|go_to_school|go|study|are|work|hang_out',
      'i [already] know|have|got|found ..2 your|ur home|house|address|school|location|ip|ip_address',
      'i [already] [can] [will] found|find|track|tracked|traced|trace|located|locate ..2 your|ur ip|ip_address|location|house|address',
      'i can see your|ur house|window|location|ip',
      'i_know_where ..4 and|n what_time|when|which_way|which_bus you|u ..2 get_out|leave|finish|walk_home|get_home|go_home|get_off|leave_school',
      'i know [exactly] which_way|which_bus|which_route|the_way|your_route|ur_route you|u|your|ur ..3 walk|walk_home|get_home|go_home|come_home|take|ride|leave_school|get_off',
      'i know [exactly] when|what_time you|u are|re|r alone|home_alone|by_yourself',
      'i know which|what house|home|street|apartment|building|bus_stop|window|bedroom|room ..3 is|you|u|yours',
      'i_am|im ..2 outside|near|watching ..2 your|ur house|home|school|window|place',
    ],
    unless: ['crowd|spot_you|see_you_in|find_you_in|lol|lmao|haha|jk|joking|party|sleepover|pizza|delivery|package|invite|invitation|invitations|mail|card|cards|letter|postcard|ship|uber|ride|pick_you|pick_u|pickup|carpool|game|stream|video|show|movie|match|episode|drop_off|drop_it|book|books|lend|borrow|return|bring|food|eat|hang|chill|boba|coffee|movies|mall|grab_you|meet_you|wait_for_you|wait_outside|see_you_there|bus_driver|practice|mom|dad|coach|when_ready|when_you_are_ready|whenever|honk|no_rush|take_your_time|lets_go|running_late|parked'],
    examples: {
      match: ['i know where it is and what time u get out', 'i know which house is yours', 'i know exactly which way you walk home', 'i know when you are home alone', "i know your address", "you'll regret it, i know where your school is", "i know your school",'i know where you live', 'i have your address', 'i found your ip address', 'i know ur school', 'im outside your house'],
      ignore: ['im outside your school, wear the blue shirt so i can spot you in the crowd', 'im coming to your house myself after practice', 'i know which house is yours, the green door right? ill drop off the book', 'i know what time you get out, want to get food after', 'i know what time you get out, ill pick you up', 'i know which house is yours, see you at the party', 'i know where you live lol see you at the party', 'i have your address for the invite', 'im watching your stream', 'i know your address, ill mail the invitation', 'im parked outside your house, come out when ready'],
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
      'block|blocking|ignore|ignoring|report|reporting|tell|telling|try|leave|leaving ..4 and|then|n|or ..1 see|find_out|watch what happens|will_happen to you|u|ya',
      'block|blocking|ignore|ignoring|report|reporting|tell|telling|try|leave|leaving ..4 and|then|n|or ..1 see|find_out|watch what happens|will_happen to your|ur @kin|face|house|home',
      'what happens|will_happen|could_happen|might_happen ..2 to your|ur @kin ..2 if|when|unless|once you|u [ever] block|ignore|report|tell|do_not|dont|leave|refuse|stop|snitch|say|go_to_the_police|go_to_the_cops',
      '@iwill|going_to|gonna come|show_up|pull_up ..2 to|at your|ur school|house|home|door|place|work ..1 myself|personally',
    ],
    unless: ['we_can_talk|to_talk|and_talk|talk_it_out|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|gg|bridge|map|spawn|respawn|bedwars|skywars|storm|rematch|ranked|1v1|science|project|poster|presentation|experiment|assignment|charger|drop_off|drop_it|bring_it|bring_you|pick_it|help_you|fix_it|spoil*|ending|episode|homework|room|mom_is|dad_is|teacher|boss|chores|curfew|grounded|pizza|presents|bug|bugs|spider|mosquito|fly|weeds|plant|plants|virus|pokemon'],
    examples: {
      match: [ "i'll hurt you", "i will kill your family", "i will beat you up", "i will hurt you if you block me",'ill come to ur house and hurt your little brother', 'i will hurt your family', 'i will find you and hurt you', 'your mom will get hurt', 'watch your back', 'try blocking me and see what happens to u and ur little brother', 'then ill come to ur school myself', 'think about what happens to your sister if you tell', 'block me and find out what happens to your family', 'im gonna send someone to your house', 'do what i say or ill come over and ur family gets hurt'],
      ignore: [ 'if you tell mr smith ill come to your house and we can talk','block me and see what happens to your streak', 'what happens to your dog if you go on vacation', 'i will literally end you. watch your back on the bridge', 'leave it in the sun and see what happens to your plants', 'ill come to your house myself at 5 for the homework', 'im coming to your house myself to drop off your charger', 'im gonna kill u lol camping noob', 'mom is gonna kill you when she sees your room', 'i will find you in the next round', 'ill come to your house at 5 for the homework', 'ill come to your house and show your parents the science project'],
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
      'do_not|dont|never make me show_up|come_over|come_there|come_find_you|come_get_you|pull_up|come_to_your|come_to_ur|come_for_you|find_you|visit_you',
    ],
    unless: ['beat_you_at|mario|kart|smash|chess|uno|pong|monopoly|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|gg|on_insta|on_instagram|online|hide_and_seek|in_the_crowd|at_the_mall|at_school|at_lunch|later|tomorrow|discord|tiktok|skipping|eating|buying|spending|leg_day|hangover|hair'],
    examples: {
      match: ['dont make me show up', "don't make me come find you", "i'll come find you","I'll make you suffer", 'i will find you', 'you will regret this', 'i know where your mom works'],
      ignore: ['dont make me come over there and beat you at mario kart', 'i will find you in the next round lol', 'you will regret eating that', 'i will find you on insta'],
    },
  },
  {
    id: 'outside-your-place-if',
    phrases: [
      '@iwill be|come|show_up|pull_up|wait ..1 outside|at|to|in_front_of your|ur house|home|school|door|window|place|work ..3 if|unless|or|until you|u|else',
      'i know which|what school|class|bus|route|gym|team|house|street ..4 and|n what_time|when you|u ..2 leave|get_out|finish|walk|get_home|go_home|leave_school|are_alone',
    ],
    unless: ['lol|lmao|haha|jk|party|sleepover|pizza|delivery|package|invite|uber|ride|lift|pick_you|pick_u|pickup|carpool|game|practice|drop_off|drop_it|book|books|lend|borrow|return|bring|food|eat|hang|chill|boba|coffee|movies|mall|grab_you|meet_you|see_you_there|mom|dad|coach|homework|want|wanna|need|ready|late|charger|hoodie|keys|study|project|walk_together|walk_with'],
    examples: {
      match: ['ill be outside ur house tmrw if u dont answer', 'i know which school u go to and what time u leave', 'i will wait outside your school until you answer'],
      ignore: ['ill be outside ur house at 5 if u want a ride', 'i know which bus you take and when you get out, want to walk together', 'ill be at your house at 6 unless you need more time'],
    },
  },
  {
    id: 'watching-you',
    weight: 2,
    phrases: ['i_am|im watching you|u'],
    unless: ['lol|lmao|haha|jk|stream|streaming|video|videos|show|movie|game|match|play|performance|recital|live|tiktok|youtube|twitch|spoil*|episode|finale|ending|cookie|cookies|candy|diet'],
    examples: {
      match: ['i am watching you', 'im watching u. always'],
      ignore: ['im watching your stream', 'im watching u play lol'],
    },
  },
  {
    id: 'next-time-i-wont-just-watch',
    phrases: [
      'next_time ..3 i will_not|wont|am_not|am_not_going_to|am_not_gonna|not|would_not just|only watch|look|stare|text|message|walk_past|walk_by|drive_by|wave|follow|sit_there',
      'i will_not|wont|am_not_going_to|am_not_gonna just|only watch|look|stare ..3 next_time|anymore|this_time',
      'next_time ..3 i|@iwill ..2 come_up_to_you|say_hi_in_person|grab_you|follow_you_home|talk_to_you_in_person|introduce_myself|come_closer|wont_be_so_nice|will_not_be_so_nice|will_not_be_nice',
    ],
    unless: ['try|trick|tricks|move|moves|jump|dive|climb|join_in|participate|cheer|workout|gym|run|hike|game|play|player|match|movie|show|stream|dance|join|tryouts|lol|lmao|haha|jk|practice|concert|lesson|learn|class|tutorial|help|cook|cooking|recipe|video|episode|sing|karaoke|skate|ride|swim|bet'],
    examples: {
      match: ['answer me or next time i wont just watch', 'saw u at the mall. next time i will say hi in person', 'i wont just watch next time'],
      ignore: ['next time i wont just watch, im joining the game', 'next time i wont just watch, ill try the trick too', 'next time ill say hi in person lol', 'next time i will not just watch the tutorial, ill practice'],
    },
  },
  {
    id: 'something-you-will-regret',
    phrases: [
      'do_not|dont|never make me do something|smth|sth|anything|things|what ..2 you|u|ya will|would|ll|gonna|going_to|are_going_to|are_gonna ..1 regret|be_sorry',
      '@iwill do something|smth|sth|things ..2 you|u|ya will|would|ll|going_to|are_going_to ..1 regret|be_sorry|never_forget',
    ],
    unless: ['room|chores|homework|dishes|game|round|match|noob|lol|lmao|haha|jk|joking|kidding|diet|eat|cake|dessert|shopping|buy|spend|hair|haircut|tattoo|text_your_ex|ex|drunk|karaoke|sing|dance|prank|mom|dad'],
    examples: {
      match: ['dont make me do something u will regret', "don't make me do something you'll regret", 'i will do something you will regret'],
      ignore: ['dont make me do something u will regret lol', 'dont make me do something you will regret, clean your room', 'dont make me do something you will regret, like sing karaoke'],
    },
  },
  {
    id: 'people-outside-your-school',
    phrases: [
      'i_have|i_got|ive_got|got|i_sent|sent [my|some|a_few] people|friends|guys|boys|cousin|cousins|brother|brothers|homies|homie|bros|man|men|boy|crew|gang ..2 outside|near|at|around|waiting_outside|waiting_at|watching|parked_outside|by your|ur school|house|home|place|work|door|window|street|bus_stop',
      'come|get out|outside|down ..3 or|else|otherwise i|ill|@iwill|im|i_am come|coming|break|breaking|bust|busting in|inside|in_there|the_door|down_the_door',
      'i know what|which bus|route|train|way you|u|your|ur ..2 take|ride|walk|get|catch|use',
    ],
    unless: ['drop|dropping|drop_off|pick|pickup|pick_up|picking|charger|ride|lift|carpool|together|save_me|save_you|see_you|meet|meeting|lol|lmao|haha|jk|party|sleepover|pizza|delivery|package|help|fix|moving|move|mow|lawn|shovel|paint|project|study|homework|practice|game|same_bus|same_route|too|also|me_too'],
    examples: {
      match: ['i have my cousin outside your school rn', 'im parked outside your house. come out or i come in', 'i know what bus you take', 'got my boys waiting outside ur house'],
      ignore: ['i have my brother outside your house to drop off the charger', 'come out or im coming in to get you lol, the movie starts at 8', 'i know what bus you take, save me a seat', 'i have friends at your school too lol'],
    },
  },
  {
    id: 'coming-for-you',
    phrases: [
      'i_am|im|we_are|were|@iwill coming|come for|after you|u ..3 and|n your|ur @kin',
      '@iwill|or_i|gonna|going_to break|snap|smash|crack ..1 your|ur legs|leg|arms|arm|neck|face|jaw|bones|nose|fingers|kneecaps|skull|teeth',
      '@iwill|or_i|or_ill find|track|figure_out|look_up|locate where you|u live|stay|sleep|are|go_to_school',
      'i know your|ur real_name|full_name|name ..4 your|ur school|address|house|parents|location',
      'i know ..2 you|u are|re|r [home] alone|by_yourself|home_alone',
      'i know ..1 your|ur home alone|alone_tonight|all_alone',
      'or|else|otherwise ..2 suffer|face ..1 the|my consequences|wrath',
      'and|n|then nobody|no_one|noone gets|will_get|has_to_get|needs_to_get hurt',
    ],
    unless: ['cooking|knife|drive|driving|careful|slow|safety|helmet|movie|come_over|want_me|hang|hangout|sleepover|call_me|facetime|pizza|order|babysit|check_on|checking_on|text_me|if_you_need|need_anything|thanksgiving|dinner|christmas|xmas|visit|visiting|holiday|party|bbq|lol|lmao|haha|jk|joking|kidding|game|round|match|fortnite|minecraft|roblox|valorant|cod|noob|gg|spoil*|ending|episode|bring|pick|ride|soup|gift|present|mail|invite|invitation|form|registration|roster|team|coach|class|application|homework|chores|room|grounded|curfew|teacher|mom_says|dad_says|skiing|ski|skate|skateboard|trampoline|careful'],
    examples: {
      match: ["I'm coming for you and your family", 'i will break your legs if you block me', 'u better not tell anyone or ill find where u live', 'i know your real name, your school and your address. pay now', 'you will do exactly as i say or suffer the consequences', 'i know ur home alone. im close', 'do what i tell u and nobody gets hurt'],
      ignore: ['drive slow and nobody gets hurt', 'i know ur home alone tonight, want me to come over and watch a movie?', 'im coming for you and your family for thanksgiving!', 'careful on the trampoline or youll break your leg lol', 'finish your homework or suffer the consequences', 'i know your full name and your school from the registration form'],
    },
  },
  {
    id: 'block-me-and-i-come',
    phrases: [
      'block|report|ignore|unadd|ghost|blocking ..3 and|n|then i|ill|@iwill|im|i_am ..1 go|come|show_up|pull_up|coming|going|visit ..2 to|at|by|over your|ur house|home|school|place|door',
    ],
    unless: ['sextort*|lol|lmao|haha|jk|game|tower|minecraft|roblox|fortnite|round|match|party|sleepover|pizza|homework|study|project|practice|ride|pick|drop|charger|hoodie|movie|apologize|apology|talk_it_out|sort_it_out|make_up'],
    examples: {
      match: ['one more block and i go to your house', 'ignore me again and im coming to ur school'],
      ignore: ['one more block and you win the tower game lol', 'ignore me and ill come to your house with pizza lol'],
    },
  },
  {
    id: 'tell-anyone-and-i-come',
    phrases: [
      'if you|u [ever] tell|talk|say|speak|snitch|go_to ..6 @iwill|or_i|then_i come|show_up|pull_up|be|go|turn_up ..2 to|at|outside|round|over your|ur house|home|school|door|place|work',
      '@iwill ..5 and|n|then hurt|kill|beat|stab|shoot|poison|burn|strangle ..2 your|ur @kin',
      '@iwill|or_i|gonna slash|slit|key|smash|break|burn ..2 your|ur tires|tyres|car|windows|window|door|house',
    ],
    unless: ['we_can_talk|to_talk|and_talk|talk_it_out|explain|apologize|apologise|sort_it_out|work_it_out|figure_it_out|hug|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|kidding|gg|party|surprise|sleepover|pizza|homework|project|study|practice|ride|pick|drop|charger|hoodie|movie|dinner|bbq|help|fix|fixing|repair|mechanic|garage|wash|clean|mom_is|dad_is|chores|spoil*|ending|episode|accident|accidentally|ice|snow|bug|bugs|spider|weeds|plant|plants'],
    examples: {
      match: ["if you ever talk to anyone about this i'll come to your house", 'ill slash your tires and hurt your dog if u dont answer', 'if u tell ur mom ill show up at ur school'],
      ignore: [ 'if you tell mr smith ill come to your house and we can talk',"if you tell anyone about the party i'll come to your house and drag you there lol", "ill come fix your car window tomorrow", "if you talk to the coach i'll come to your house after practice"],
    },
  },
  {
    id: 'people-who-can-find-you',
    phrases: [
      'i have|got|know people|guys|friends|someone|boys|connections ..2 who|that can|will|could find|track|hurt|get|reach|locate|visit|deal_with you|u',
      'one word|peep ..3 to anyone|anybody|your_parents|ur_parents|the_police|the_cops|a_teacher|your_mom|your_dad ..3 and|n|then ..3 i|ill|@iwill ..3 waiting|outside|come|coming|find|hurt|visit|show_up|pull_up',
      'i know your|ur address|house|school ..6 your|ur @kin works|work|gets_home|comes_home|leaves|is_home|is_alone|sleeps|goes ..1 late|alone|till|until|at_night|nights|every|when|night_shifts|overnight',
    ],
    unless: ['game|fortnite|minecraft|roblox|cod|valorant|lol|lmao|haha|jk|kidding|job|jobs|recruit*|internship|help|tutor|tutoring|fix|repair|mechanic|plumber|lawyer|doctor|therapist|counselor|apartment|room|roommate|tickets|deal|discount|party|surprise|sleepover|pick|ride|visit_you_in_hospital|come_over|hang|dinner'],
    examples: {
      match: ['i have people who can find you. dont play with me', 'one word to anyone and ill be waiting outside your school', 'i know ur address and i know ur mom works late'],
      ignore: ['i know your school and i know your mom works at the hospital, small world', 'i know people who can help you find a job', 'i know your address and i know your mom works late so ill pick you up for the party'],
    },
  },
] satisfies PatternEntry[];
