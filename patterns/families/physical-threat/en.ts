import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'i know where you|u|ya live|stay|sleep|go_to_school|go|study|are|work|hang_out',
      'i [already] know|have|got|found ..2 your|ur home|house|address|school|location|ip|ip_address',
      'i [already] [can] [will] found|find|track|tracked|traced|trace|located|locate ..2 your|ur ip|ip_address|location|house|address',
      'i can see your|ur house|window|location|ip|bedroom|room|bedroom_light|bedroom_window|light|lights|curtains|porch|front_door',
      'i_know_where ..4 and|n what_time|when|which_way|which_bus you|u ..2 get_out|leave|finish|walk_home|get_home|go_home|get_off|leave_school',
      'i know [exactly] which_way|which_bus|which_route|the_way|your_route|ur_route you|u|your|ur ..3 walk|walk_home|get_home|go_home|come_home|take|ride|leave_school|get_off',
      'i know [exactly] when|what_time you|u are|re|r alone|home_alone|by_yourself',
      'i know which|what house|home|street|apartment|building|bus_stop|window|bedroom|room ..3 is|you|u|yours',
      'i_am|im ..2 outside|near|watching ..2 your|ur house|home|school|window|place',
    ],
    // round 27 (en-n27): a threat to "whoever took my charger" is addressed to nobody in particular
    unless: ['whoever|who_ever|who_took|who_stole|who_ate|who_nicked|who_drank|who_broke|who_has_my|who_finished', "bringing|cake|cookies|brownies|casserole|leftovers", "spawn|spawns|spawn_point|respawn|every_round|every_single_round|killcam|kill_cam|lobby|hide_and_seek", 'home_safe|home_safely|made_it_home|got_home_ok|are_safe|there_safe', 'where_are_you|waiting_for_you|waiting|pickup|ready|come_out|come_down|open_the_door|open_up|let_me_in|im_here|i_am_here|honk|are_you_ready|you_ready|crowd|spot_you|see_you_in|find_you_in|lol|lmao|haha|jk|joking|party|sleepover|pizza|delivery|package|invite|invitation|invitations|mail|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|cards_for|greeting_cards|christmas_cards|birthday_cards|card_games|trading_cards|pokemon_cards|letter|postcard|ship|uber|ride|pick_you|pick_u|pickup|carpool|game|stream|video|show|movie|match|episode|drop_off|drop_it|book|books|lend|borrow|return|bring|food|eat|hang|chill|boba|coffee|movies|mall|grab_you|meet_you|wait_for_you|wait_outside|see_you_there|bus_driver|practice|mom|dad|coach|when_ready|when_you_are_ready|whenever|honk|no_rush|take_your_time|lets_go|running_late|parked', 'bday|birthday|present|gift|parcel|christmas|xmas|surprise',
      // round 31 (en-n31): "bro i know where u live im coming round with the xbox"
      'with|bring|bringing|lend|borrow|play|playing|grab|fetch|carry|carrying [the|my|your|ur|some|a] xbox|ps5|ps4|playstation|controller|controllers|console|nintendo|snacks|games|fifa|mario_kart|switch'],
    examples: {
      match: ['i know where it is and what time u get out', 'i know which house is yours', 'i know exactly which way you walk home', 'i know when you are home alone', "i know your address", "you'll regret it, i know where your school is", "i know your school",'i know where you live', 'i have your address', 'i found your ip address', 'i know ur school', 'im outside your house'],
      ignore: ['whoever ate my noodles i know where u live', 'who took my hoodie?? i know where you live', "i know where u live, im bringing the cake over", "i know where u live, respawn camper lmao", "I know where you live bro, spawn point B, every single round", 'send a selfie so i know ur home safe', "i'm outside your school waiting for you, where are you?", "i'm outside your house, come out", 'im outside your school, wear the blue shirt so i can spot you in the crowd', 'im coming to your house myself after practice', 'i know which house is yours, the green door right? ill drop off the book', 'i know what time you get out, want to get food after', 'i know what time you get out, ill pick you up', 'i know which house is yours, see you at the party', 'i know where you live lol see you at the party', 'i have your address for the invite', 'im watching your stream', 'i know your address, ill mail the invitation', 'im parked outside your house, come out when ready', 'i know ur address, sending ur bday present 🎁', 'i know where u live, im coming round with the ps5', 'i know where you live lmao ill bring my controller'],
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
      'your|ur @kin ..2 gets|get|will_get|is_getting|are_getting|going_to_get hurt|killed|beaten|hurted',
      '@iwill come|show_up|pull_up over|by|round ..4 hurt|kill|beat|stab|shoot|rape|kidnap|attack|hurt_you|get_you',
      'watch|better_watch your|ur back',
      'you|u will not|will_not|will_never ..2 be|feel safe',
      '@iwill send ..3 someone|people|my_boys|my_guys|my_friends ..3 to|after your|ur|you|u',
      'you|u are|re|r dead ..3 if|unless|when|meat',
      'block|blocking|ignore|ignoring|report|reporting|tell|telling|try|leave|leaving ..4 and|then|n|or ..1 see|find_out|watch what happens|will_happen to you|u|ya',
      'block|blocking|ignore|ignoring|report|reporting|tell|telling|try|leave|leaving ..4 and|then|n|or ..1 see|find_out|watch what happens|will_happen to your|ur @kin|face|house|home',
      'what happens|will_happen|could_happen|might_happen ..2 to your|ur @kin ..2 if|when|unless|once you|u [ever] block|ignore|report|tell|do_not|dont|leave|refuse|stop|snitch|say|go_to_the_police|go_to_the_cops',
      '@iwill|going_to|gonna come|show_up|pull_up ..2 to|at your|ur school|house|home|door|place|work ..1 myself|personally',
    ],
    unless: ['buy|sell|selling|couch|sofa|furniture|listing|customers|clients|interested|deliver|delivery', 'pick_you|pick_u|pick_you_up|walk_you|take_you|drive_you|bring_you|meet_you|movie|movies|film|netflix|sleepover|party|dinner|game_night|study|hangout|chill|for_the|mario|kart|smash|chess|uno|monopoly|race|racing|arm_wrestling|wrestling|beat_you_at|beat_u_at|beat_ya_at|we_can_talk|to_talk|and_talk|talk_it_out|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|gg|bridge|map|spawn|respawn|bedwars|skywars|storm|rematch|ranked|1v1|science|project|poster|presentation|experiment|assignment|charger|drop_off|drop_it|bring_it|bring_you|pick_it|help_you|fix_it|spoil*|ending|episode|homework|room|mom_is|dad_is|teacher|boss|chores|curfew|grounded|pizza|presents|bug|bugs|spider|mosquito|fly|weeds|plant|plants|virus|pokemon|lunch|pe_kit|forget_your|forgot_your|forgotten_your|love_mum|love_mom|love_dad|practice|after_practice|training|after_training|revise|revision|exam|exams|quiz|baking|bake|cook|cooking|brunch|breakfast|sleep_over|stay_over|movie_night|birthday|bday|feed_your|cat_sitting|dog_sitting|babysit|babysitting|walk_the_dog|walk_your_dog'],
    examples: {
      match: [ "i'll hurt you", "i will kill your family", "i will beat you up", "i will hurt you if you block me",'ill come to ur house and hurt your little brother', 'i will hurt your family', 'i will find you and hurt you', 'your mom will get hurt', 'watch your back', 'try blocking me and see what happens to u and ur little brother', 'then ill come to ur school myself', 'think about what happens to your sister if you tell', 'block me and find out what happens to your family', 'im gonna send someone to your house', 'do what i say or ill come over and ur family gets hurt'],
      ignore: ['i got ppl in ur area who want to buy the couch', "I will come to your school and pick you up at 3", "i'll be at your house tonight for the movie", 'my cousins are gonna beat you at mario kart',  'if you tell mr smith ill come to your house and we can talk','block me and see what happens to your streak', 'what happens to your dog if you go on vacation', 'i will literally end you. watch your back on the bridge', 'leave it in the sun and see what happens to your plants', 'ill come to your house myself at 5 for the homework', 'im coming to your house myself to drop off your charger', 'im gonna kill u lol camping noob', 'mom is gonna kill you when she sees your room', 'i will find you in the next round', 'ill come to your house at 5 for the homework', 'ill come to your house and show your parents the science project', "i'll come to your house after practice and we can revise"],
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
    unless: ['tickle|tickles|hug|kiss|cuddle', 'concert|festival|game|match|party|mall|wear|shirt|at_the_concert|meet|meeting|meet_up|spot|fifa|madden|2k|rocket_league|kick_your_butt|butt|beat_you|beat_u|beat_you_at|mario|kart|smash|chess|uno|pong|monopoly|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|gg|on_insta|on_instagram|online|hide_and_seek|in_the_crowd|at_the_mall|at_school|at_lunch|later|tomorrow|discord|tiktok|skipping|eating|buying|spending|leg_day|hangover|hair',
      // r12 (en-n12): a parent or friend finding you in a crowded place
      'so_i_can_find|so_i_can_see_you|car_park|carpark|parking_lot|the_entrance|meeting_point|drop_a_pin|send_your_location|send_ur_location'],
    examples: {
      match: ['dont make me show up', "don't make me come find you", "i'll come find you","I'll make you suffer", 'i will find you', 'you will regret this', 'i know where your mom works'],
      ignore: ['dont make me come over there and tickle u', "i'll find you at the concert, wear red", "don't make me come over there and kick your butt at fifa", 'dont make me come over there and beat you at mario kart', 'i will find you in the next round lol', 'you will regret eating that', 'i will find you on insta', 'send me a pic of where u are so i can find u, the car park is massive'],
    },
  },
  {
    id: 'outside-your-place-if',
    phrases: [
      '@iwill be|come|show_up|pull_up|wait ..1 outside|at|to|in_front_of your|ur house|home|school|door|window|place|work ..3 if|unless|or|until you|u|else',
      'i know which|what school|class|bus|route|gym|team|house|street ..4 and|n what_time|when you|u ..2 leave|get_out|finish|walk|get_home|go_home|leave_school|are_alone',
    ],
    unless: ['lol|lmao|haha|jk|party|sleepover|pizza|delivery|package|invite|uber|ride|lift|pick_you|pick_u|pickup|carpool|game|practice|drop_off|drop_it|book|books|lend|borrow|return|bring|food|eat|hang|chill|boba|coffee|movies|mall|grab_you|meet_you|see_you_there|mom|dad|coach|homework|want|want_to|need|ready|late|charger|hoodie|keys|study|project|walk_together|walk_with|mum|lunch|pe_kit|forget_your|forgot_your'],
    examples: {
      match: ['ill be outside ur house tmrw if u dont answer', 'i know which school u go to and what time u leave', 'i will wait outside your school until you answer'],
      ignore: ["ill show up at ur school if u forget ur lunch again, mum", 'ill be outside ur house at 5 if u want a ride', 'i know which bus you take and when you get out, want to walk together', 'ill be at your house at 6 unless you need more time'],
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
      '@iwill|or_i|going_to slash|slit|key|smash|break|burn ..2 your|ur tires|tyres|car|windows|window|door|house',
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
  // ---- round 6 (en-ut): physical threats said in other words ----
  {
    id: 'know-where-you-live-keep-ignoring',
    phrases: [
      'i know where you|u live|stay|sleep|go_to_school ..6 show_up|pull_up|come_over|come_round|see_what_happens|find_out|regret|sorry|careful|watch_your|keep_ignoring|keep_ignoring_me|ignore_me|ignoring_me|block_me|blocking_me|ghosting_me|keep_ghosting|do_not_test|do_not_make_me|answer_me|or_else|better_answer|better_pay|better_reply',
      'see|find_out|watch what happens when|if|once i ..1 show_up|come_over|come_round|come_by|get_there|find_you|pull_up|turn_up|visit|come_to|come_for|get_my_hands_on|catch_you|knock',
    ],
    unless: ['lol|lmao|haha|jk|kidding|pizza|party|sleepover|see_you|be_there|pick_you|pick_u|ride|lift|carpool|delivery|package|invite|invitation|mail|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|cards_for|greeting_cards|christmas_cards|birthday_cards|card_games|trading_cards|pokemon_cards|gift|present|surprise|cake|cookies|snacks|food|dinner|movie|movies|game|games|homework|project|study|practice|outfit|costume|hair|haircut|dress|shoes|charger|hoodie|book|mom_will|dad_will|party_in|to_the_party|at_the_party|at_school|to_school|in_class|to_class|at_practice|to_practice|at_work'],
    examples: {
      match: ['I know where you live. 14 Maple Close right? Keep ignoring me and see what happens when I show up', 'i know where u live so u better answer me', 'block me and see what happens when i come over', 'watch what happens when i find you'],
      ignore: ['haha dw i know where u live, be there at 7 with the pizza', 'see what happens when i show up to the party in this outfit lol', 'i know where you live, ill drop the charger off later so keep ignoring me lol'],
    },
  },
  {
    id: 'waiting-outside-if-you-keep-ignoring',
    phrases: [
      '@iwill|i_am|im be|gonna_be|going_to_be waiting|waitin|watching|outside|there|standing|parked ..5 if|unless|until|till|when you|u keep|ignore|ignoring|block|blocking|ghost|ghosting|refuse|do_not_answer|do_not_reply|do_not_respond|do_not_pay|do_not_send|keep_ignoring|keep_ghosting|keep_blocking|dont_answer|do_not_pick_up|stop_answering|stop_replying',
      'if|when you|u keep|keep_on ignoring|ghosting|blocking|avoiding|dodging me ..4 @iwill|i_will_just|then_i|im|i_am come|show_up|pull_up|turn_up|be_waiting|wait|visit|find|go|coming|showing_up',
      'if|unless you|u do_not|never|stop|keep|refuse ..3 reply|respond|answer|send|pay|talk|pick_up|unblock|ignoring ..4 @iwill|i_will_just|then_i|im|i_am come|show_up|pull_up|turn_up|coming|showing_up ..2 to|at|by|round|outside your|ur house|home|school|door|place|work|window|class',
      'or|else|otherwise i_am|im|@iwill|i coming|come|showing_up|show_up|pulling_up|pull_up|turning_up ..1 over|to_your|round|by_your|to_ur|for_you|to_you|after_you|to_get_you|to_find_you',
      'keep|keep_on ignoring|ghosting|blocking|avoiding|dodging me ..3 and|n|then|or @iwill|im|i_am|i_will|i ..1 come|coming|show_up|showing_up|pull_up|pulling_up|turn_up|be_waiting|visit|find|go|going',
    ],
    unless: ['doorbell|door_bell|knock|knocking|raining|rain|cold|freezing|phone_dead|dead_phone|locked_out|help|to_help|help_you|edit_it|editing|were_late|we_are_late|running_late|im_late|i_am_late|you_are_late|late_for|hurry|on_time|lol|lmao|haha|jk|kidding|ride|lift|pick_you|pick_u|pickup|carpool|bus|car|uber|drop_off|charger|hoodie|keys|homework|project|study|practice|game|match|party|sleepover|movie|movies|dinner|lunch|food|coffee|boba|mall|concert|tickets|want_to|wanna|if_you_want|if_u_want|need_anything|are_ok|are_okay|are_you_ok|are_you_okay|you_ok|alive|worried|worry|check_on|checking_on|talk_it_out|sort_it_out|apologize|apologise|sorry|love_you|miss_you|mom|dad|coach|teacher'],
    examples: {
      match: ["doesnt matter, i already found it. westfield high. i'll be waiting outside on monday if u keep ghosting me", 'ill be outside ur school tmrw if u keep ignoring me', 'if you keep ignoring me ill come to your house', 'keep blocking me and im showing up at your door', 'send the vid or im coming over', "If you don't reply I'll come to your school tomorrow"],
      ignore: ["i'll be waiting outside if you keep ignoring the doorbell, its raining", 'send the vid or im coming over to help you edit it', "i'll be waiting outside at 7 if you keep ignoring my texts, we're late", 'ill be waiting outside if you dont want to come in', 'if you keep ignoring me ill come over and check on you, are you ok?', 'ill be waiting outside at 5 if you need a ride', 'hurry up or im coming over to drag you to the party lol', 'answer or im coming over with soup, are you ok?'],
    },
  },
  {
    id: 'know-your-family-is-alone',
    phrases: [
      'i know ..4 your|ur @kin ..4 alone|home_alone|by_himself|by_herself|by_themselves|on_their_own|on_his_own|on_her_own|without_you',
      'i know ..1 when|what_time|where|how|that your|ur @kin ..2 walks|walk|gets_home|comes_home|leaves|goes|finishes|sleeps|works|takes|rides|plays|waits ..3 alone|at_night|every|the_bus|late|after',
    ],
    unless: ['walk_with|walk_him|walk_her|give_him|give_her|ride|lift|pick|pickup|pick_up|carpool|company|keep_him|keep_her|join|with_him|with_her|with_them|check_on|checking_on|want_me|worried|worry|safe|safety|babysit|babysitting|help|drop_off|mind_him|mind_her|sit_with|look_after|food|dinner|lunch|pizza|lol|haha|jk|sad|lonely|cheer|visit_him|visit_her|call_him|call_her|text_him|text_her'],
    examples: {
      match: ['i know ur brother walks home alone from practice', 'i know your mom is home alone on fridays', 'i know when your sister gets home every day'],
      ignore: ['i know your brother walks home alone, want me to walk with him?', 'i know your mom is home alone tonight, i can check on her', 'i know your sister walks home alone, tell her to text you when shes safe'],
    },
  },
  {
    id: 'shame-if-something-happened',
    phrases: [
      'shame|pity|terrible|sad|awful|tragic|unfortunate|bad|too_bad ..3 if|when ..1 something|anything|accidents|an_accident|something_bad ..1 happened|happens|happen|were_to_happen|was_to_happen|bad_happened|bad_happens|would_happen ..1 to him|her|them|you|u|yours',
      'shame|pity|terrible|sad|awful|tragic|unfortunate|bad|too_bad ..3 if|when ..1 something|anything|accidents|an_accident|something_bad ..1 happened|happens|happen|were_to_happen|was_to_happen|bad_happened|would_happen ..1 to your|ur @kin|house|home|car',
      'accidents happen|happens ..3 you|u|your|ur|him|her|them|know',
      'shame|pity|terrible|sad|awful|tragic|unfortunate|bad|too_bad ..3 if|when ..1 someone|somebody|anyone|people ..1 knocked|knocks|knock|showed_up|shows_up|came|comes|visited|visits|broke_in|breaks_in|came_by|stopped_by ..3 door|house|home|window|place|school|room',
    ],
    unless: ['lol|lmao|haha|jk|kidding|cake|cookies|phone|case|screen|laptop|plants|plant|garden|game|character|save_file|level|streak|fish|goldfish|recipe|homework|project|spill|spilled|milk|juice|coffee|tea|wet_floor|floor|carpet|rug|potty|training|toddler|puppy_training|oops|no_worries|its_ok|its_okay|it_is_okay|its_fine|dont_worry|do_not_worry|no_big_deal|clean_it|clean_up|insurance|careful_driving|seatbelt|helmet|drive_safe'],
    examples: {
      match: ['would be a shame if something happened to him. do what i said', 'be a pity if something happened to your little sister', 'it would be sad if anything happened to your house', 'accidents happen, you know', 'nice house btw. be a shame if someone knocked on the door tonight'],
      ignore: ['it would be a shame if something happened to your phone, get a case lol', 'accidents happen, dont worry about the carpet', 'would be sad if something happened to the cake before the party'],
    },
  },
  {
    id: 'my-people-will-jump-you',
    phrases: [
      'my|some|a_few|the friends|boys|guys|cousins|cousin|brothers|brother|homies|people|crew|gang|mates|bros ..2 will|gonna|going_to|are_going_to|are_gonna|will_be|are_waiting|wait|waiting ..2 jump|beat|beat_up|hurt|stab|shoot|attack|rob|smash|wreck|mess_up|batter|bash|pound|deal_with you|u|ya|your|ur',
      '@iwill|or_i|or_ill|gonna|going_to jump|batter|bash|pound|wreck|mess_up|smack|slap|punch|knock_out|beat_up ..1 you|u|ya|your_face|ur_face|your_head|ur_head ..3 after|at|outside|when|on|behind|if|unless|tomorrow|monday|school',
      '@iwill|or_i|or_ill|gonna|going_to knock|beat|punch|smack you|u|ya out|up|senseless|silly|unconscious ..3 after|at|outside|when|on|behind|if|unless|tomorrow|monday|school|tonight',
    ],
    unless: ['at_pool|at_darts|at_snooker|at_bowling|at_golf|at_table_tennis|at_badminton|at_squash|at_tennis|at_ping_pong|beat_you_at|beat_u_at|beat_ya_at|fifa|madden|2k|rocket_league|mario_kart|kart|chess|checkers|cards|poker|race|racing|spoil*|ending|episode|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|kidding|gg|1v1|rematch|ranked|pvp|boss|raid|spawn|map|tag|dodgeball|paintball|laser_tag|airsoft|water_balloon|snowball|pillow|tickle|hug|hugs|scare|surprise|party|birthday|bday|mario|smash_bros|tekken|street_fighter|wrestle|wrestling|practice|training|sparring|boxing|karate|judo|gym|help|helping|move|moving|homework|project|study|ride|pick_you'],
    examples: {
      match: ['my friends will jump you after school', 'my cousins are gonna beat you up', 'ill knock you out after school if you tell', 'my boys are waiting to jump you'],
      ignore: ["my cousins are gonna beat you at fifa", 'my friends will jump you in the next round lol', 'ill jump you at laser tag tomorrow', 'my cousins are gonna help you move on saturday', 'my friends will take care of you', 'ill slap you if you spoil the ending', 'ill batter u at pool later'],
    },
  },
  {
    id: 'better-watch-out',
    phrases: [
      'you|u|ya better|had_better|would_better pray|hope ..1 i|we never|do_not|dont find|catch|see|meet|run_into you|u',
      'you|u|ya better|had_better|d_better|would_better watch_out|watch_your_back|look_over_your_shoulder|lock_your_doors|sleep_with_one_eye_open|watch_yourself|not_show_your_face',
    ],
    unless: ['ice|icy|dark|rain|raining|snow|snowing|traffic|cars|car|slippery|storm|wind|windy|weather|safe|text_me|call_me|love|love_you|xx|xoxo|wet|puddle|puddles|construction|road|roads|street_lights|dogs|dog|bees|wasps|geese|goose|ducks|sun|hot|heat|lol|haha|jk|kidding|spoiler*|game|boss|level|zombie*|creeper|mom|dad|grandma|stranger|strangers|weirdo|weird_guy|creep|creeps|van|news|police|be_safe|stay_safe|take_care'],
    examples: {
      match: ['you better watch out when you walk home', 'u better lock your doors tonight', 'you better watch your back at school', 'u better not show your face at school monday', 'u better pray i never find u', "you'd better watch your back"],
      ignore: ['you better watch out when you walk home, its icy', 'you better lock your doors tonight, the storm is crazy', 'you better watch yourself on the ice rink lol', 'you better stay home if you are sick'],
    },
  },
  {
    id: 'dont-want-me-showing-up',
    phrases: [
      'you|u do_not|dont|would_not|wouldnt want me ..1 showing_up|show_up|coming|to_come|pulling_up|to_show_up|turning_up|to_pull_up|knocking|to_knock|visiting|to_visit ..3 at|to|by|on your|ur house|home|school|door|work|place|doorstep|window|class|practice',
      'i know what|which car|bus|train|route|way|path your|ur @kin ..1 drives|drive|takes|take|rides|ride|uses|use|walks|walk',
    ],
    unless: ['same|mine|too|also|lol|lmao|haha|jk|kidding|unannounced|messy|mess|party|sleepover|surprise|birthday|bday|pickup|pick_up|pick_you|pick_him|pick_her|ride|lift|carpool|look_for|find_it|parking|parked|wave|honk|same_bus|same_route|too|also|me_too|save_a_seat|cute|cool|nice|love|wow|jealous|dream_car|fancy|tesla|new_car|meet|meeting|drop_off|drop_it'],
    examples: {
      match: ['u dont want me showing up at ur house do u', 'you dont want me to come to your school', 'I know what car your dad drives'],
      ignore: ["i know what bus your brother takes, same as mine", 'you dont want me showing up at your house unannounced lol', 'i know what car your dad drives, ill look for it at pickup'],
    },
  },
  {
    id: 'my-boys-know-where-you-stay',
    phrases: [
      'my|some|the boys|guys|people|friends|cousins|cousin|brothers|brother|homies|crew|gang|bros know|found|got|have ..1 where you|u live|stay|sleep|go_to_school|are|be|hang',
      'my|some|the boys|guys|people|friends|cousins|cousin|brothers|brother|homies|crew|gang know|found|got|have ..1 your|ur address|house|school|location',
    ],
    unless: ['drop|drop_off|dropping|pick|pickup|pick_up|picking|ride|lift|carpool|party|sleepover|pizza|delivery|package|invite|invitation|cake|gift|present|birthday|bday|lol|lmao|haha|jk|neighbor|neighbour|next_door|same_street|help|moving|move|mow|lawn|shovel|snow|fix|repair|visit_you|come_hang|hang_out|hangout|game_night|study|homework|project'],
    examples: {
      match: ['my boys know where u stay. keep playing', 'my cousins found your address'],
      ignore: ['my friends know where you live, theyll drop off the cake', 'my brother knows where you live, he can give you a ride'],
    },
  },
  {
    id: 'dont-make-me-go-to-your-school',
    phrases: [
      'do_not|dont|never make me go|come|show_up|pull_up|turn_up ..1 to|over|by|at|round your|ur school|house|home|work|class|door|place|practice|church',
      'do_not|dont|never make me come|go ..1 looking|searching|hunting|look for|after you|u',
    ],
    unless: ['dinner_is_ready|dinners_ready|dinner_s_ready|ready|bus|car|late|drag|dragging|practice_again|party|movie|movies|game|match|dinner|lunch|homework|study|project|wake_you|wake_u|get_you_up|get_u_up|pick_you|pick_u|ride|lift|carpool|lol|lmao|haha|jk|kidding|cake|pizza|food|soup|hug|hugs|sleepover|clean|chores|help'],
    examples: {
      match: ['dont make me go to ur school and show everyone', 'dont make me come to your house', "I'll be outside your school at 3. Don't make me come looking for you."],
      ignore: ['dont make me go to your house and drag you to practice', 'dont make me come over there and wake you up lol'],
    },
  },
  {
    id: 'end-you-and-where-they-work',
    phrases: [
      'i know your|ur @kin works|work|is_working|works_nights|works_late ..1 at|in|night|late|nights|the_night_shift|alone',
      'i know where|that ..1 your|ur @kin works|work|goes|parks|shops|prays|trains|plays',
    ],
    weight: 3,
    unless: ['helped|help|helps|he_helped|she_helped|amazing|awesome|great|kind|lovely|helpful|saw_her|met_her|saw_him|met_him|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|kidding|gg|1v1|rematch|ranked|chess|uno|mario|fifa|debate|argument|essay|spoil*|nice|sweet|love|discount|employee|hiring|hired|hire|job|jobs|apply|application|shift_swap|visit|say_hi|tell_her|tell_him|small_world|recommend|friend|friends_with|works_with|coworker|colleague|boss'],
    examples: {
      match: ['I know your mom works at Walmart', 'i know where your dad works'],
      ignore: ["i know your dad works at the bank, he helped my mom", "i know your mom works at the hospital, she's amazing", 'i know your mom works at walmart, she is so nice', 'i know where your dad works, he hired my brother'],
    },
  },
  {
    id: 'find-out-where-you-live',
    phrases: [
      '@iwill|i_can|can|could|gonna|going_to find_out|figure_out|track_down|trace|look_up|dox|doxx|find where you|u live|stay|sleep|go_to_school|are ..4 with|using|from|in|if|unless|dont|do_not|easy|easily|#',
      'with|using|from your|ur ip|ip_address|location|metadata|gps ..4 find|track|trace|locate|know|see where|your_house|your_address',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|server|lag|ping|minecraft|roblox|fortnite|map|maps|google_maps|uber|delivery|pizza|package|invite|invitation|party|sleepover|pick_you|pick_u|ride|lift|carpool|mail|card|gift|present|teacher|school_form|form|forms|vpn|settings|privacy|careful|safety|safe|scam|scammer|scammers|news|article|tell_an_adult|trusted_adult'],
    examples: {
      match: ['i can find out where you live in 5 min with your ip, dont test me', 'using your ip i can see where you live'],
      ignore: ['i can find out where you live from the party invite list lol', 'turn off location, with your ip anyone can see where you are, be careful'],
    },
  },
  {
    id: 'know-her-name-and-where-she-works',
    phrases: [
      'i know your|ur @audience|moms|mums|dads ..1 s|name|names|full_name ..3 and|n|plus where|what_time|when ..1 she|he|they works|work|lives|live|sleeps|goes|is|parks|gets_off',
      'do_not|dont|never make me do something|smth|anything ..3 we|both|we_will|well|we_ll|you_and_i ..2 regret|be_sorry',
    ],
    unless: ['lol|lmao|haha|jk|kidding|nice|sweet|love|lovely|amazing|friend|friends_with|coworker|colleague|boss|hired|hire|helped|met_her|met_him|small_world|recommend|discount|dinner|party|wedding|birthday|bday|card|invite|invitation|carpool|pickup|pick_up|drop_off|ride|lift|tattoo|haircut|hair|diet|dessert|cake|karaoke|drunk|text_your_ex'],
    examples: {
      match: ['i know u think ur safe. ur not. i know ur moms name and where she works', "so don't make me do something we'll both regret. just send one more"],
      ignore: ['i know your moms name and where she works, she helped me at the bank', "dont make me do something we'll both regret, like karaoke lol"],
    },
  },
  {
    id: 'end-up-in-a-ditch',
    phrases: [
      'you|u will|ll|gonna|going_to|might|could end_up|wind_up ..1 in|at a|the ditch|hospital|morgue|grave|body_bag|river|trunk|wheelchair',
      '@iwill|gonna|going_to beat|kick|punch ..1 the shit|crap|hell|life|snot out of you|u',
      '@iwill|gonna|going_to get|send|pay|hire someone|somebody|people|my_boys|my_friends ..1 to jump|beat|hurt|stab|shoot|get|find|visit|deal_with you|u',
      '@iwill|gonna|going_to|imma shoot|shooting|burn|burning|blow|blowing|smash|shoot_up ..1 up|down your|ur house|home|school|car|place|door|window',
      'your|ur @kin|house|home|family isnt|is_not|are_not|arent|wont_be|will_not_be|not safe|safe_anymore',
      'i|we know where you|u sleep|are_sleeping|go_every_day|walk_home|park|hang_out|wait_for_the_bus',
      'we know where you|u live|stay ..4 coming|were_coming|we_are_coming|on_our_way|see_you_soon|watch_out|be_ready',
      '@iwill|gonna|going_to stab|shoot|strangle|choke|slap|punch you|u',
    ],
    unless: ['chess|checkers|cards|uno|monopoly|mario|kart|fifa|madden|2k|tennis|ping_pong|pong|volleyball|soccer|football|race|racing|trivia|scrabble|at_chess|at_fifa|start|car|battery|jump_start|jumper_cables|cables|text|message|email|dm|a_text|a_message|an_email|a_dm|later|call|a_call|line|a_line|lol|lmao|haha|jk|kidding|joking|game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|lobby|server|noob|gg|1v1|rematch|ranked|paintball|laser_tag|airsoft|nerf|water_gun|water_balloon|snowball|pillow|tickle|hug|hugs|party|birthday|bday|surprise|sleepover|pizza|dinner|movie|drive_safe|drive_carefully|careful|seatbelt|helmet|ice|icy|storm|hurricane|tornado|flood|weather|fire_drill|safety|smoke_detector|carbon_monoxide|earthquake|news|article|cooking|bbq|grill|fireworks|campfire|candle|candles|toast|cookies|cake|oven|photos|pics|camera|picture|selfie|hoops|basketball|pool|darts|arrow|archery|target|range|spoil*|ending|episode'],
    examples: {
      match: ["you'll end up in a ditch", "i'll beat the shit out of you", "i'll get someone to jump you", 'imma shoot up ur house', 'ur family isnt safe', 'i know where u sleep', "we know where you live. we're coming", 'ill stab u'],
      ignore: ["ill beat the crap out of you at chess", "i'll get someone to jump you start the car", 'your house isnt safe in the storm, come to ours', 'ill shoot you a text later', "i'll beat the crap out of you at fifa lol"],
    },
  },
  {
    id: 'easy-to-get-to-him',
    phrases: [
      'easy|easily|simple ..2 to get_to|reach|get_at|hurt|find|get_hold_of him|her|them|you|u|your|ur',
      '@iwill make_sure|ensure you|u regret|pay|suffer|are_sorry|never_forget',
    ],
    weight: 3,
    unless: ['bus|train|subway|drive|car|directions|map|maps|walk|walking|bike|address|number|phone|email|office|hours|lol|lmao|haha|jk|kidding|game|level|boss|fortnite|minecraft|roblox|party|birthday|bday|gift|present|surprise|help|helping|tutor|homework|class|teacher|coach|practice|smile|laugh|ticket|tickets'],
    examples: {
      match: ['my cousin knows ur brother. would be easy to get to him', "do exactly as I say or I'll make sure you regret it"],
      ignore: ['would be easy to get to him by bus', 'ill make sure you regret skipping leg day lol'],
    },
  },
  {
    id: 'wish-you-never-met-me',
    phrases: [
      'wish|regret ..1 you|u ..1 never|had_never|ever met|knew|talked_to|messaged|texted|found ..1 me',
    ],
    weight: 3,
    unless: ['lol|lmao|haha|jk|kidding|workout|gym|leg_day|run|running|hike|training|practice|coach|spicy|cooking|recipe|game|match|round|board_game|chess|monopoly|tickle|hug|annoying|puns|pun|jokes|joke|karaoke|singing|dance|dancing|music'],
    examples: {
      match: ["you're gonna wish you never met me"],
      ignore: ["you're gonna wish you never met me after this workout lol"],
    },
  },
  {
    id: 'address-from-your-metadata',
    phrases: [
      'i [already] know|found|have|got|traced ..2 your|ur address|location|house|school|street|town ..3 from|via|using|through ..1 your|ur|the pic|pics|photo|photos|metadata|ip|ip_address|snap_map|snapmap|location|exif|posts|background',
    ],
    unless: ['invite|invitation|party|birthday|bday|form|forms|directory|list|card|mail|package|delivery|gift|present|wedding|school_form|emergency|careful|be_careful|turn_off|settings|privacy|tip|safety|scam|scammer|scammers|tell_an_adult|trusted_adult|news|article|class|lesson'],
    examples: {
      match: ['i know ur address from ur pic metadata lol. answer me'],
      ignore: ['i know your address from the party invite', 'turn off location, i found your school from your pic background, be careful'],
    },
  },
  {
    id: 'my-people-at-your-door',
    phrases: [
      'my|some people|boys|guys|friends|cousins|homies|crew|brothers|gang will_be|gonna_be|going_to_be|are_going_to_be|will|are|will_come|come|going_to_come|show_up|will_show_up|pull_up|will_pull_up ..1 at|to|outside|by your|ur door|house|school|home|place|work|doorstep',
      '@iwill make one|1|a call|phone_call ..4 and|n ..3 at|outside|to your|ur door|house|school|home|place',
    ],
    unless: ['party|sleepover|pizza|delivery|birthday|bday|surprise|dinner|bbq|movie|game|game_night|study|homework|project|pick_you|pick_u|ride|lift|carpool|help|helping|move|moving|mow|lawn|shovel|snow|fix|repair|plumber|electrician|mechanic|cake|gift|present|flowers|lol|lmao|haha|jk|kidding|mom_will|ground|grounded'],
    examples: {
      match: ["don't test me. I'll make one call and my people will be at your door", 'my boys will pull up to your house'],
      ignore: ['my friends will be at your door at 7 for the party', "i'll make one call and my mom will ground you lol"],
    },
  },
  // ---- round 7 (en-tt): stalking details and snitch threats ----
  {
    id: 'i-know-your-door-and-car',
    weight: 2,
    phrases: [
      'i know|saw|seen|noticed ..6 what|which car|color_car|colour_car|kind_of_car your|ur @kin|you|u ..1 drive|drives|drove|has|have|park|parks',
      'nice|cute|pretty|big|lovely|cozy|small house|home|room|car|door|window|backyard|garden|driveway|curtains|porch|bedroom ..4 blue|red|green|white|black|yellow|grey|gray|brown|pink|purple door|car|house|curtains|fence|roof|mailbox|window|shutters ..2 right|yeah|huh|isnt_it|is_not_it|yes',
      'look|check|peek outside|out ..1 your|ur window|door|front_door|back_door|curtains',
    ],
    unless: ['coming_over|come_over|party|visit|visiting|see_you|pick|picking|pickup|pick_up|look_for_her|look_for_him|look_out_for|spot_her|spot_him|drop_off|dropping_off|delivery|package|pizza|uber|lyft|taxi|lol|lmao|haha|jk|snow|snowing|rain|raining|rainbow|moon|sunset|sunrise|stars|fireworks|storm|lightning|eclipse|sky|northern_lights|aurora|here|im_here|i_am_here|arrived|outside_now|surprise|birthday|bday|wave|waving|ice|hail|fog|deer|bird|birds|cat|dog|parade|beautiful|gorgeous|wow|omg|buying|for_sale|selling|listing|zillow|realtor|rent|renting|paint|painted|painting|repaint|design|decor|thanksgiving|halloween|decorations|lights|carpool|ride|lift|mom_said|dad_said', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['nice house btw. blue door right?', 'i know where u live and what car ur mom drives', 'look out your window'],
      ignore: ['look out your window its snowing!!', 'nice house btw, blue door right? ill drop off the book', 'i know what car your mom drives, ill look for her at pickup'],
    },
  },
  {
    id: 'dead-if-you-snitch',
    phrases: [
      'you_are|youre|your|ur|u_r|you_re|u_are|you_will_be|youll_be dead|done|finished|toast|a_dead_man|a_dead_girl ..2 if|when|once|the_moment|the_second you|u snitch|tell|talk|report|block|say|squeal|rat|go_to|open_your|ignore',
      'snitch|rat|squeal|tell ..3 and|n you_are|youre|your|ur|u_r|you_re|u_are|you_will_be|youll_be dead|done|finished|toast',
      'snitches get stitches',
    ],
    unless: ['lol|lmao|haha|jk|kidding|mom|dad|mum|mam|mummy|mommy|ma|nan|nana|gran|grandma|vase|spoiler*|ending|surprise|party|secret_santa|crush|show|movie|finale|episode|book|game|match|round|among_us|amongus|mafia|werewolf|impostor|imposter|cookie|cookies|cake|candy|homework|teacher|sub|substitute|lyrics|song|rap|meme', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['ur dead if u snitch', 'snitch and ur done', 'snitches get stitches. remember that'],
      ignore: ['ur dead if u tell mom i broke the vase lol', 'tell mum and ur dead', 'snitch to nan and youre dead', 'snitches get stitches lmao its a song lyric'],
    },
  },
  {
    id: 'coming-to-get-you',
    weight: 2,
    phrases: [
      'i_am|im|i_m|ill|i_will coming|come|gonna_come|going_to_come ..1 to|for get|find|grab|take you|u',
      'i know|see|can_see you_are|youre|ur|u_r|u_are|you_re|your [home] alone|by_yourself|on_your_own ..6 parents|mom|dad|mum|family|work|til|till|until|right_now|rn|now|tonight',
    ],
    unless: ['ready|outside|pickup|pick_up|ride|car|school|practice|omw|min|mins|minutes|eta|where_are_you|tag|hide_and_seek|lol|haha|lmao|jk|station|airport|mall|bus|train|game|round|rematch|1v1|crown|title|spot|record|rank|lock|door|safe|call_me|text_me|love|dinner|fridge|pizza|food|back_soon|be_home|home_soon|sorry|miss|lonely|sad|cheer|hug|here_for_you|feel|feeling|if_you_need|need_anything|want_company|come_over|facetime|movie|netflix|babysit|babysitter|check_on|checking_on', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'm coming to get you", 'i know ur alone, your parents are at work til 6'],
      ignore: ["i'm coming to get you, be ready in 5 min", 'i know you are home alone tonight, lock the door and call me if you need anything love mum'],
    },
  },
  {
    id: 'lock-your-doors-tonight',
    weight: 2,
    phrases: [
      'better|should|might_want_to|make_sure_you|make_sure_to|make_sure|going_to_want_to ..1 lock ..2 your|ur|the doors|door|windows|window ..2 tonight|at_night|from_now_on|when_you_sleep|when_u_sleep|before_bed',
      'my|me_and_my|me_n_my boys|homies|guys|people|crew|squad|brothers|cousins|friends|bros|gang|opps ..3 gonna|going_to|will|about_to|finna|bout_to|boutta|coming_to|are_coming_to pull_up|come_through|slide|visit|pay_a_visit|pay_you_a_visit|handle_you|handle_it|see_you|find_you|find_u|catch_you|catch_u|jump_you|jump_u|run_up',
    ],
    unless: ['break_ins|breakins|break_in|burglar|burglars|burglary|storm|wind|news|neighborhood|neighbourhood|police_said|cops_said|robbery|robberies|thieves|safe|love|mom|dad|mum|leaving|going_out|out_tonight|trip|vacation|party|game|court|gym|park|mall|movies|bday|birthday|lol|lmao|haha|jk|later|kickback|function|cookout|bbq|concert|show|help|move|moving|celebrate|hang|hangout|hang_out|chill|dinner|lunch|pizza|halloween|trick_or_treat|raccoon|raccoons|bear|bears|coyote|wind', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['better lock your doors tonight', 'me and my boys gonna pull up', 'my boys about to find you'],
      ignore: ['better lock your doors tonight, there were break ins on our street', 'me and my boys gonna pull up to the party later'],
    },
  },
  // round 8 (en-et): waiting at the stop, "if you want him hurt", family "might have a bad night"
  {
    id: 'waiting-at-the-stop-or',
    phrases: [
      'or|else|otherwise|unless @iwill|i_will|im|i_am [be] waiting|waitin|standing|parked|sat|outside ..1 at|by|outside|for|near the|your|ur stop|bus_stop|gate|gates|school|house|door|station|corner|work|practice|school_gates|front_door',
      'or|else|otherwise|unless @iwill|i_will|im|i_am [be] at|by|outside|near your|ur stop|bus_stop|gate|gates|school|house|door|station|corner|work|practice|school_gates|front_door',
      'if|unless you|u want ..2 your|ur @kin|family|house ..2 to_stay|stay|to_be|to_remain|to_keep_being safe|alive|unharmed|in_one_piece|breathing',
      'if you|u want him|her|them|yourself|your_family|ur_family|your_mum|your_mom|your_brother|your_sister [to_get|to_be|get] hurt|harmed|beaten|beat_up|hurted',
    ],
    unless: ['anyway|anyways|forever|ages|for_ages|all_day|without_you|hurry|hurry_up|bus_leaves|miss_the_bus|leash|vet|sunscreen|helmet|seatbelt|seat_belt|weather|storm|heat|heatwave|cold|vaccine|vaccinated|careful|lock_the_door|lock_your_door|online_safety|privacy_settings|tips', 'lol|lmao|haha|jk|game|fortnite|minecraft|roblox|valorant|lobby|match|round|pickup|pick_you|pick_u|ride|lift|late|running_late|traffic|umbrella|rain|coffee|food|lunch|dinner|party|practice_starts|mom|dad|coach|teacher', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['unblock me on snap or ill be waiting at the stop tmrw', 'bring ur brother too if u want him hurt', 'if you want your sister to stay safe send it', 'answer me or i will be outside your school gates'],
      ignore: ['if you want your dog to stay safe keep him on the leash', 'hurry or ill be waiting at the stop in the rain lol', 'text me or ill be waiting at the gate for the pickup'],
    },
  },
  {
    id: 'your-family-might-have-a-bad-night',
    phrases: [
      'or|else|otherwise|unless ..3 your|ur @kin|house|home|car ..3 might|could|will|gonna|going_to|may|would ..1 have|get|be_in|end_up|need ..2 bad_night|bad_day|accident|an_accident|a_visit|visitor|visitors|hurt|hospital|the_hospital|surprise_visit|bad_time|rough_night|fire|a_doctor|ambulance',
      'i kno|knw|knoe|noe where you|u|ya live|stay|sleep|go_to_school',
      'do_not|dont|never make me come|pop|swing|drop|pull_up ..1 round|around|over|by|to_yours|to_your_place|to_your_house|to_ur_house',
    ],
    unless: ['tickle|tickles|hug|kiss|cuddle', 'helped|help|nice|kind|lovely|sweet|amazing|works_with|met_her|met_him|small_world|my_mum|my_mom|my_dad|lol|lmao|haha|jk|party|dinner|tea|pizza|homework|sleepover|movie|game|drag_you|bring_snacks|card|invite|invitation|delivery|package', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['keep talking to me nicely or ur family might have a bad night', 'I kno where u live. 22 Harrow Rd', 'dont make me come round'],
      ignore: ['dont make me come over there and tickle u', 'dont make me come round and drag you to the party lol', 'hurry up or your mum will have a bad day waiting lol'],
    },
  },
  {
    id: 'i-know-your-people-and-routine',
    weight: 3,
    phrases: [
      'i know your|ur @kin|dads|moms|mums|sisters|brothers ..2 name|names|full_name ..4 and|n|plus he|she|they ..1 drives|drive|works|work|lives|live|parks|park|walks|walk|leaves|gets|goes|takes',
      'i have|know|got your|ur address|home_address|postcode|zip|zip_code ..6 your|ur school|sister|sisters|brother|brothers|mum|mom|dad|mums|moms|dads|family|little_sister|little_sisters|little_brother|instagram|snapchat|tiktok',
    ],
    unless: ['helped|help|nice|kind|lovely|sweet|amazing|works_with|met_her|met_him|small_world|my_mum|my_mom|my_dad|lol|lmao|haha|jk|party|dinner|tea|pizza|homework|sleepover|card|cards|invite|invitation|invitations|delivery|package|parcel|form|forms|emergency|emergency_contact|contact_sheet|carpool|pickup|pick_up|register|registration|application|trip|permission|school_office|office', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do'],
    examples: {
      match: ["i know ur dad's name is paul and he drives a grey corsa", 'i have ur address, ur school, ur little sisters insta'],
      ignore: ["i know ur mum's name is sarah and she works with my mum, small world", 'i have your address and your mums number for the trip form'],
    },
  },
  {
    id: 'i-know-your-bus-home',
    weight: 2,
    phrases: [
      'i know|kno|knw you|u ..6 get|take|catch|ride the|a|your|ur [#] bus|train|tram|route',
      'i know|kno|knw you|u go_to|take|get|catch|ride|walk ..6 bus|train|tram|route|stop|bus_home|walk_home|the_bus',
    ],
    unless: ['too|same|me_too|together|sit_with|sit_together|meet_you|see_you|save_me|save_you|lol|lmao|haha|late|missed|early|times|timetable'],
    examples: {
      match: ['i know u go to st marys and u get the 47 bus home'],
      ignore: ['i know u get the 47 bus too, lets sit together'],
    },
  },
  {
    // round 8 (en-et): "I'll end you" alone is everyday banter; it counts only with pressure or another threat
    id: 'i-will-end-you',
    weight: 2,
    phrases: [
      '@iwill|gonna|going_to end|finish|erase|delete you|u',
    ],
    unless: ['loot|steal|stealing|stole|drop|landing|rez|revive|respawn|duo|squad|trio|storm|dub|victory|builds|boxed|snipe|sniper|spawn|kd|aim|wins|scrim|scrims|tilted|retail', 'game|fortnite|minecraft|roblox|cod|valorant|apex|round|match|next_round|lobby|server|noob|lol|lmao|lmfao|haha|jk|joking|kidding|gg|1v1|rematch|ranked|chess|uno|mario|fifa|debate|argument|essay|spoil*', 'touch|touches|touched|xbox|ps5|playstation|switch|controller|charger|remote|headphones|leftovers|snacks|makeup|hoodie|borrow|borrowed|eat|ate|eats|drink|drank|wear|wore|my_room|my_stuff|my_clothes'],
    examples: {
      match: ["I'll end you", 'i will end u'],
      ignore: ['if you touch my xbox again i swear i\'ll end you', 'eat my leftovers one more time and ill end u', 'ill end u if u steal my loot again', 'ill end you in the next round lol'],
    },
  },
  {
    id: 'you-will-get-jumped',
    phrases: [
      'you|u|ya|your|youre|you_are|u_r will|ll|gonna|going_to|are_gonna|are_going_to|r_gonna|about_to|finna [get|be] jumped|beaten|beat_up|stabbed|shot|battered|merked|rushed|smacked|slapped|dropped|bashed ..4 after|at|outside|when|tomorrow|tonight|monday|school|if|unless|walking|on_your_way',
    ],
    unless: ['game|fortnite|cod|warzone|apex|valorant|minecraft|roblox|round|match|lobby|zombies|squad|ranked|gta|pubg|lol|lmao|haha|jk|dodgeball|paintball|laser_tag|nerf|tackle|rugby|football|practice|training|drill|vaccine|flu_shot|shot_at|jab|booster|nurse|doctor|shots|shot_glass|photo|photoshoot', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|news|article|episode|movie|film|series'],
    examples: {
      match: ["you'll get jumped after school tomorrow", 'ur gonna get beaten up outside the gates if u tell'],
      ignore: ["you'll get jumped in the next round lol", 'you will get shot in dodgeball tomorrow'],
    },
  },
  {
    id: 'my-cousin-lives-near-you',
    phrases: [
      'my|some cousin|cousins|boys|mates|friends|brother|brothers|bro|people|guys|crew|gang ..1 lives|live|is|are|stays|stay ..1 near|around|close_to|by you|u|yours|your_house|your_school|ur_house|ur_school ..6 pop_round|come_round|come_by|visit|pay_a_visit|pay_you_a_visit|anytime|any_time|find_you|drop_by|pull_up|knock',
      '@iwill|gonna|going_to get|send|have my|some boys|mates|friends|cousins|brothers|people|guys|crew|gang|bros ..1 to wait|waiting|looking|come ..1 for|on you|u ..3 after|outside|at|when|tomorrow|tonight|school',
      'we|they|my_boys|my_friends|my_people know|have|got ..1 your|ur address|house|home_address|postcode ..4 sleep_tight|sleep_well|see_you|watch_out|careful|soon|tonight|coming|knock|visit|door',
      'lucky|luckily i do_not|dont|dunno|did_not|have_not know|found|find where you|u live|stay ..1 yet',
      'i know|kno|knw ..6 hope you|u like surprises|visitors|company|unexpected_visitors|a_visit',
    ],
    unless: ['together|walk|walk_home|walk_you_home|park|we_can|so_we|so_you|meet_up|with_us', 'party|meet|hang|hang_out|friends_with|play|football|lift|ride|pick_you|pick_u|invite|invitation|sleepover|lol|lmao|haha|jk|small_world|bring_you|borrow|return|help|homework|babysit|tutor|lesson|lessons', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['my cousin lives near u, he can pop round anytime', 'ill get my boys to wait for u after school', 'we know ur address. sleep tight', 'ur lucky i dont know where u live yet', 'i know what school u go to. hope u like surprises'],
      ignore: ['my cousin lives near u, he can give u a lift to the party', 'we have your address for the invite, see you soon'],
    },
  },
  {
    id: 'i-know-what-school-you-go-to',
    weight: 3,
    phrases: [
      'i know|kno|knw what|which school|street|house|road|estate|class|bus|gym|club you|u go|live|take|are|get|train|attend',
    ],
    unless: ['party|meet|hang|hang_out|friends_with|play|football|lift|ride|pick_you|pick_u|invite|invitation|sleepover|lol|lmao|haha|jk|small_world|bring_you|borrow|return|help|homework|babysit|tutor|lesson|lessons', 'blazer|uniform|same|too|me_too|also|saw_you_at|your_cousin|your_sister|your_brother|our_school', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['i know what school u go to'],
      ignore: ['i know what school u go to, same as my cousin lol'],
    },
  },
  // round 9 (en-n9t): reciting the address and the family's car, "find out how fast i can get there",
  // "don't make me come knocking", "i know the school you go to ... i'll be waiting by the gate"
  {
    id: 'i-know-your-door-and-truck-r9',
    phrases: [
      '# ..2 drive|street|st|road|rd|avenue|ave|lane|ln|close|court|ct|way|crescent|place|pl|blvd|boulevard|terrace|grove|gardens ..6 your|ur ..2 truck|car|van|bike|house|door|window|bedroom_window|driveway|garage|mailbox|porch|gate|dog|mom|mum|dad|parents|brother|sister',
    ],
    unless: ['park|parking|pick|pick_up|picking|drop|dropping|party|come_over|visit|uber|lyft|delivery|deliver|pizza|package|parcel|gps|directions|address_is|my_address|our_address|moving|new_place|new_house|landlord|rent|sale|for_sale|selling|listing|open_house|sleepover|playdate|carpool|ride|lift|blocked_in|blocking|lights_on|headlights|towed|ticket|flat_tire|dent|nice_car|love_your|congrats|washing|wash|lost|found|keys|insurance'],
    examples: {
      match: ['14 Larkspur Drive. blue door. ur dads truck is a silver tacoma', '22 elm street. your bedroom window faces the road'],
      ignore: ['its 14 oak street, park your car in the driveway', 'your dads car is a black honda right?', 'your dads car is a silver honda right? its blocking the drive, can he move it', '14 maple road, the party starts at 8, your mom can drop you'],
    },
  },
  {
    id: 'find-out-how-fast-i-get-there-r9',
    phrases: [
      'find_out|see|watch ..2 how fast|quick|quickly|soon|long ..3 i|we|my_boys|my_people|my_brothers ..2 can|could|will|would get|be|show_up|come|reach|turn_up|find ..1 there|here|to_you|to_your|at_your|you|u',
      'do_not|dont|don_t make me come|show_up|turn_up|pay_you_a_visit|visit|find_you|pull_up ..2 knocking|knock|to_your|round|around|over_there|at_your|there|for_you|to_you',
      'i|we know|knw|kno ..4 school|bus|route|house|street|gym|practice|job|stop|bus_stop|train ..6 time|when ..3 leave|leaves|finish|finishes|get_out|gets_out|walk|walks|come_out|home ..4 waiting|wait|watching|outside|by_the|find_you|get_you|come_for_you|coming_for_you|see_you|pay_a_visit|pull_up|show_up',
      'your|ur little|lil|baby ..1 brother|sister|bro|sis ..1 walks|walk|gets|goes|rides|plays|is ..2 home|alone|outside|by_himself|by_herself|to_school',
    ],
    unless: ['in_there|up_there|down_there|in_here|come_in_there', 'tickle|tickles|hug|kiss|cuddle|growing|grown|proud|independent|big_girl|big_boy|so_big', 'pick_you_up|pick_u_up|come_get_you|lift|ride|carpool|drive_you|walk_with|walk_together|meet_you_there|save_you_a_seat|coffee|lunch|love|miss_you|cant_wait|can_not_wait|excited|surprise|bring|snacks|party|birthday|bday|sleepover|lol|haha|jk|joking|kidding|honey|sweetie|sweetheart|darling|traffic|bus_is_late|train_is_late|running_late|omw|on_my_way|eta|gps|directions|babysit|babysitting|worried|worry|careful|be_careful|is_he_ok|is_she_ok|proud|mom_said|mum_said|dad_said|dinner|homework|practice_ends|game_ends|help'],
    examples: {
      match: ['block me and find out how fast i can get there', "Don't make me come knocking.", 'tell her. i know the school u go to and what time u leave. ill be waiting by the gate', 'ur little brother walks home alone right'],
      ignore: ['dont make me come in there', 'i know your school, ill be waiting by the gate to pick you up', 'dont make me come over there lol', 'dont make me come over there and tickle u', 'your little sister walks home alone now? shes growing up', 'your little brother walks home alone? is he ok', 'lets see how fast i can get there, traffic is bad'],
    },
  },
  {
    id: 'one-call-and-my-cousin-pulls-up-r9',
    phrases: [
      'one|a|1 call|text|word|message|phone_call ..1 and|n|from_me ..2 my|the ..1 cousin|cousins|brother|brothers|boys|bros|people|guys|mans|gang|friends|crew|lads|homies ..2 pull|pulls|show|shows|turn|turns|come|comes|visit|visits|at|outside|round|over|find|finds',
    ],
    unless: ['fix|help|repair|car|tire|tyre|move|moving|lift|ride|pick_you|pick_u|sofa|couch|furniture|tow|lol|lmao|haha|party|game|bbq|cookout|pizza|food|drinks|snacks|hoop|hoops|basketball|football|practice|homework|tutor|study'],
    examples: {
      match: ['one call and my cousin pulls up at ur house', 'one text and my boys show up at your school'],
      ignore: ['one call and my brother comes to fix your tire', 'one text and my cousins show up with pizza lol'],
    },
  },
  {
    id: 'get-you-jumped-r9',
    phrases: [
      '@iwill|gonna|going_to|im_gonna|i_am_gonna ..1 get|have you|u jumped|beaten|beat_up|shanked|stabbed|smoked|merked|done_in|battered|bodied',
      'you|u|your|ur are|re|r|getting|gonna_get|going_to_get|will_get|gon_get ..1 jumped|shanked|stabbed|beaten|merked|battered|bodied|done_in ..3 if|unless|when|after|tonight|tomorrow|monday',
      '@iwill put|send you|u ..1 in|into|to hospital|the_hospital|a_hospital|the_er|icu|a_coma|the_ground|a_wheelchair|a_body_bag|a_box',
    ],
    unless: ['fortnite|game|match|1v1|ranked|round|valorant|cod|minecraft|warzone|lol|lmao|haha|jk|joke|joking|kidding|chess|basketball|court|tournament|driving|cooking|food|spicy|wings|workout|gym|leg_day|practice|training|coach|hug|hugs|tickle|queue|in_line|line|sale|sales|black_friday|deal|deals|prices|fees|tax|taxes|bill|bills'],
    examples: {
      match: ['im gonna get u jumped after school', 'ur getting shanked if u snitch', "i'll put u in hospital"],
      ignore: ['ur getting jumped in ranked lol', 'leg day will put u in a wheelchair lol', 'im gonna get u jumped on the queue, my cousin works there'],
    },
  },
  {
    id: 'i-know-your-street-r10',
    phrases: [
      'i [already] know|found|saw|got ..2 you|u|your|ur [family] [still] live|living|lives|house|home|address|flat|apartment on|in|at|off ..3 road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|crescent|court|way|estate|terrace|grove|place|the_blue_door|the_red_door',
      'i know ..3 the|your|ur blue|red|white|black|green|yellow|grey|gray|brown|front ..1 door|gate|house ..3 you|u|your|ur|live|keep_ignoring',
    ],
    unless: ['come_round|come_over|round_after|after_school|hang_out|hangout|coming_round|walk_you|walk_u|can_i_come|pop_round|pop_over', 'drop_off|drop_it_off|drop_the|pick_you_up|pick_u_up|lift|give_you_a_lift|near_me|neighbours|neighbors|walk_together|bus|deliver|parcel|package|party|invite|lol|haha|same_street|next_door|so_do_i|me_too|carpool|walk_home_together|sleepover|visit|pass_by|on_my_way|dinner|birthday'],
    examples: {
      match: ['i know u live on ashgrove road. the blue door.', 'i found ur address on park street', 'i know your red front door, you keep ignoring me'],
      ignore: ['i know u live on park road, i can drop the book off', 'i know u live on the same street lol'],
    },
  },
  {
    id: 'i-know-which-house-is-yours-r10',
    phrases: [
      'i [already] know which|what house|flat|door|window|room|bedroom|car is|s yours|urs|your|ur',
      'i_have|ive|i_ve [already] seen|found|been_outside|sat_outside|parked_outside|watched your|ur house|home|front_door|bedroom_window|window ..3 nice|lovely|cute|red|blue|white|black|green|door|curtains|light|lights|car',
    ],
    unless: ['party|sleepover|pick_you_up|pick_u_up|drop_off|drop_it_off|lift|parcel|package|delivery|deliver|lol|haha|lmao|next_door|neighbours|neighbors|round_for|come_round|christmas_lights|decorations|halloween|on_instagram|on_your_story|on_ur_story|tour|house_tour|estate_agent|for_sale|open_house|listing'],
    examples: {
      match: ['i know which house is yours', 'ive seen ur house, nice red door'],
      ignore: ['ive seen ur house on ur story, the christmas lights are so nice', 'i know which house is yours, ill pick u up at 7 for the party'],
    },
  },
  {
    id: 'shame-if-it-or-him-r11',
    phrases: [
      'shame|pity ..3 if ..1 something|anything|something_bad ..1 happened|happens|happen|were_to_happen|was_to_happen ..1 to it|them|your_car|ur_car|the_car|your_house|ur_house ..2 or|and him|her|them|you|u|your|ur|@kin',
      'your|ur @kin|mums|moms|dads|sisters|brothers|nans ..2 car|house|bike|flat|school|work|job ..6 shame|pity ..3 if ..1 something|anything|something_bad',
    ],
    unless: ['lol|lmao|haha|jk|kidding|cake|cookies|phone|case|screen|laptop|plants|plant|game|insurance|careful_driving|seatbelt|helmet|drive_safe|mot|service|garage|mechanic|tyres|tires|brakes|oil'],
    examples: {
      match: ['ur dads car is the silver one innit. would be a shame if something happened to it or him', 'be a pity if anything happened to ur house or ur mum', 'ur mums car is nice, shame if something happened'],
      ignore: ['ur dads car is making a noise, would be a shame if something happened to it before the mot', 'shame if something happened to the cake or her lol'],
    },
  },
  {
    id: 'turn-up-at-your-house-if-r11',
    phrases: [
      '@iwill|i_can|i_could turn|show|rock|pull|come|roll up|round|over|by ..3 [at|to] your|ur house|home|school|door|place|work|flat|street ..4 if|unless|when|and_you|and_u|since',
      '@iwill|i_can|i_could turn|show|rock|pull|come|roll up|round|over|by ..3 [at|to] your|ur house|home|school|door|place|flat ..3 do_not|dont|stop|ignore|block|keep',
    ],
    unless: ['lol|lmao|haha|jk|kidding|pizza|food|snacks|present|gift|charger|hoodie|jumper|keys|homework|notes|revision|study|film|movie|party|birthday|bday|after_school|after_practice|lift|ride|pick_you_up|mum_said|mom_said|dad_said|sleepover|game|match|football|xbox|ps5|switch|help|fix|tomorrow_morning|at_8|at_7|at_6|at_9|mum|mom|dad|love|lunch|forget|forgot|pe_kit|forgotten'],
    examples: {
      match: ['ill turn up at ur house if u dont answer', 'ill show up at ur school if u keep ignoring me', 'i can come round ur house since u wont reply'],
      ignore: ["ill show up at ur school if u forget ur lunch again, mum", 'ill turn up at ur house at 7 with the pizza lol', 'ill come round ur house after school if u want help with the homework'],
    },
  },
  // ---- round 12 (en-n12): UK and street wording for beatings ----
  {
    id: 'smash-your-face-in-r12',
    phrases: [
      'smash|bash|kick|batter|knock|cave|punch|stamp ..2 your|ur face|head|teeth|skull|brains ..1 in|off|out',
      'find|catch|get|wait_for|waiting_for you|u after|outside|at|behind|near ..1 school|practice|class|training|the_gates|the_gate|the_shop|your_house|ur_house ..3 and|then|n smash|hurt|beat|jump|batter|bash|stab|sort|deal',
    ],
    unless: ['fifa|game|games|smash_bros|mario|kart|fortnite|minecraft|roblox|cod|valorant|lol|lmao|haha|jk|joking|kidding|gg|homework|project|hoodie|charger|party|surprise|present|gift|study|revise|hug|tickle|food|snacks|maccies|ride|lift|cinema'],
    examples: {
      match: ['bring the money tmrw or ill find u after school and smash ur face in', 'ill kick ur head in', 'ill catch u outside school and batter u'],
      ignore: ['ill smash ur face in at fifa lol', 'ill find u after school and give u ur hoodie back', 'ill catch u after practice and we can get maccies'],
    },
  },
  // ---- round 13 (en-n13): "you're dead monday" between schoolmates ----
  {
    id: 'youre-dead-monday-r13',
    phrases: [
      'you|u|your|ur|youre|you_are [so|so_fucking|fucking|actually|literally] dead ..1 monday|tuesday|wednesday|thursday|friday|tomorrow|tmrw|after_school|at_school|at_lunch|tonight|when_i_see_you|when_i_see_u|when_i_catch_you|when_i_catch_u|next_time_i_see|on_monday|first_thing',
    ],
    unless: ['game|match|ranked|fortnite|valorant|minecraft|fifa|cod|coach|mum|mom|dad|teacher|sir|miss|homework|essay|detention|lol|lmao|haha|jk|kidding|joking|in_the_match|in_game|tryouts|exam|test'],
    examples: {
      match: ['mate ur dead monday', 'ur actually dead after school', 'ur so dead when i see u'],
      ignore: ['ur dead tomorrow in the match lol', 'ur dead monday when coach sees ur kit', 'ur so dead when mum finds out about the vase'],
    },
  },
  {
    id: 'come-round-and-batter-you-r14',
    phrases: [
      '@iwill|gonna|going_to ..4 beat|knock|sort|do|kick|bang ..1 you|u|ya in|out|up|to_death|black_and_blue|your_head|ur_head|your_face|ur_face',
      '@iwill|gonna|going_to ..2 batter|deck|leather|glass|stab|shank|merk you|u|ya',
      'come|come_round|come_over|turn_up|rock_up|show_up ..3 your|ur|ya house|place|gaff|yard|school|street|door|area|ends ..3 and|to batter|deck|smash|bang|beat|sort|hurt|do|get|find you|u|ya',
    ],
    unless: ['spoil|spoiler|spoilers|ending|episode|finale|season|movie|film|series|ate|chips|snacks|stole|steal|nick|nicked|borrow|borrowed|again|my_charger|my_hoodie|my_seat', 'homework|laptop|phone|wifi|tickets|lift|dinner|food|hair|revision|bike|computer|xbox|ps5|console|game|pool|darts|snooker|table_tennis|ping_pong|badminton|squash|golf|bowling|fifa|fortnite|cod|match|next_round|this_round|one_round|rematch|chess|tennis|at_pool|at_darts|in_the_game|lol|haha|lmao|jk|sort_you_out_with|sort_u_out_with|sort_it|sort_out_the'],
    examples: {
      match: ['mate i\'ll come round ur house and sort u out', "i'll batter u", 'im gonna knock u out if u block me', 'ill turn up at ur gaff and find u'],
      ignore: ['ill batter u at fifa tonight', 'ill batter u if u spoil the ending', 'ill batter u at pool later', 'ill deck u if u nick my chips again', 'ill come round and sort u out with the homework', 'ill come round ur house and sort the wifi'],
    },
  },
  {
    id: 'friends-who-know-your-area-r14',
    phrases: [
      'i [have|got] friends|boys|people|mates|cousins|guys|peoples|contacts ..2 who|that|dat know|live_in|live_near|are_in|are_from|from your|ur area|ends|school|street|road|town|estate|block|house',
    ],
    unless: ['lol|haha|lmao|jk|chippy|food|shop|shops|restaurant|cafe|park|recommend|best|show_you|show_u|tips|moving|move|new_to|tour|job|jobs|flat|flats|rent|team|club|football|youth_club|church|coffee|lift|carpool'],
    examples: {
      match: ['i got friends who know ur area', 'i have people that live near ur school'],
      ignore: ['i got friends who know ur area, they can show u the best chippy', 'i have mates from ur school in my football team'],
    },
  },
  {
    id: 'find-which-window-is-yours-r15',
    phrases: [
      'or_i|@iwill|i_will|ill|gonna|going_to|and_i find|find_out|work_out|figure_out|see which|what window|bedroom|room|door ..2 is|are yours|urs|your|ur',
      'or_i|or_ill|or_i_will|and_i|then_i|or_else_i find|find_out|work_out|figure_out which|what house|flat|apartment|place ..2 is|are yours|urs|your|ur',
      'your|ur ip|ip_address|address|home_address ..2 is_not|isnt|not|is_easy|easy|aint hard|difficult|tough [to|2] get|find|grab|trace|pull|track',
    ],
    unless: ['party|when_i_get|when_i_arrive|directions|postcode|sat_nav|satnav|hotel|airbnb|trip|camp|dorm|sleepover|cabin|hostel|residential|vpn|link|links|careful|be_careful|use_a_vpn|router|port|server_ip|minecraft_server|settings|wifi|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|lol|haha|delivery|parcel|uber|taxi|pizza'],
    examples: {
      match: ['unban me and we are good. or i find out which window is urs', 'ur ip isnt hard to get kid', 'or i find out which house is urs', 'your address isnt hard to find'],
      ignore: ['ill find out which room is urs at the hotel', 'ill find out which house is urs when i get there for the party', 'ill find out which house is urs from ur mum', 'ur house isnt hard to find, its the one with the big tree', 'ur ip isnt hard to get, use a vpn', 'ur house isnt hard to find lol, the driver will see the balloons'],
    },
  },
  {
    id: 'act-tough-and-ill-come-r15',
    phrases: [
      'acting_tough|act_tough|talk_tough|talking_tough|acting_big|act_big|talking_big|talk_big|acting_hard|try_me|test_me|mouthy|disrespect|disrespecting ..6 @iwill|ill|and_ill|n_ill|and_i_will come|pull_up|show_up|turn_up ..4 in_person|irl|your_house|your_door|ur_house|ur_door|your_place|ur_place|your_school|ur_school|see_you|see_u|find_you|find_u',
    ],
    unless: ['pizza|cake|food|snacks|presents|present|gift|flowers|chocolate|chocolates|coffee|drinks|balloons|game|match|court|pitch|field|rematch|1v1|lobby|lol|haha|lmao|jk|party|birthday|concert|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['ur ip isnt hard to get kid. keep acting tough and ill come see u in person', 'try me and ill show up at ur house'],
      ignore: ['keep acting tough and ill come see u at the match lol', 'talking big for someone who lost, ill see u in person at the rematch', 'try me and ill show up at ur house with pizza'],
    },
  },
  // round 16 (en-n16): "maybe ill pay u a visit tonight", address found from a photo
  {
    id: 'pay-you-a-visit-r16',
    phrases: [
      '@iwill|might|maybe|i_might|i_may|going_to ..2 pay|paying you|u|your_house|ur_house|your_place|ur_place|your_school|ur_school [a] [little] visit',
      'found|got|tracked|traced|figured_out|worked_out your|ur address|home_address|house|street ..4 from|off|through|via|using|in [your|ur] pic|pics|photo|photos|school|instagram|snap|snapchat|ip|location|story|post',
    ],
    unless: ['cake|soup|flowers|gift|present|hospital|get_well|birthday|bday|sunday_lunch|lunch|dinner|tea|coffee|brunch|grandma|grandpa|nan|nana|invite|invitation|card|parcel|package|delivery|postcard|letter|christmas|xmas|santa|party|sleepover'],
    examples: {
      match: ['found ur address from ur school pic. 42 something road right? maybe ill pay u a visit tonight', 'ill pay u a little visit soon', 'i tracked ur house from ur snap location'],
      ignore: ['ill pay u a visit sunday with the cake', 'found ur address on the party invite list, sending the card'],
    },
  },
  // round 17 (en-n17): "i know ur bus" and "you'll regret saying no"
  {
    id: 'know-your-route-r17',
    phrases: [
      'i know where ..4 and i know your|ur|when|what',
      'i know which|what bus|route|way|door|house|window|gym|park you|u take|walk|live|use|go ..6 regret|sorry|careful|watch_out|see_you|waiting|coming|pull_up|find_you|saying_no|say_no',
      'i know your|ur bus|bus_stop|bus_route|route|walk_home|street|door|window|locker|schedule ..6 regret|sorry|watch_out|careful|see_you|waiting|coming|pull_up|find_you|saying_no|say_no',
    ],
    unless: ['late|timetable|delayed|cancelled|canceled|driver|number_is|party|surprise|pick_you_up|pick_u_up|lift|ride|carpool'],
    examples: {
      match: ['lol i know where northgate is and i know ur bus. ull regret saying no', 'i know which bus u take. u will regret saying no', 'i know what park u go to, ill be waiting', 'i know ur walk home, u better be careful'],
      ignore: ['i know ur bus is late lol, ill give u a lift', 'i know where the park is and i know when it closes, see u there for the party'],
    },
  },

  // round 19 (en-n19): "i got ur address from the pizza order", "if u block me im coming over", "ur dad cant protect u"
  {
    id: 'block-me-and-im-coming-over-r19',
    phrases: [
      'if you|u block|ignore|report|leave|unfriend|unadd|ghost|unmatch ..4 i_am|im|i|ill|@iwill coming|come|pulling_up|pull_up|showing_up|show_up|turning_up|turn_up ..2 over|to_your|to_ur|round|at_your|at_ur|up|there|to_yours',
      'got|have|found|pulled|traced your|ur address|addy|home_address|location ..4 from|off|thru|through|via|using [the|your|ur] pizza|ip|ip_address|geotag|snap_map|snapmap|doordash|ubereats|uber_eats|deliveroo|location_tag',
      'your|ur @kin|dad|mom|mum|parents ..2 can_not|cannot|could_not|will_not|wont|is_not_going_to|are_not_going_to|not_going_to|aint_going_to protect|save|stop|hide|keep ..1 you|u|me|safe',
    ],
    unless: ['sleepover|party|invite|invites|invitation|card|cards|gift|present|parcel|package|shipping|tracking|homework|project|study|movie|fortnite|minecraft|game|pizza_night|cooking|food|dinner|sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|forever|grow_up|growing_up'],
    examples: {
      match: ['i got ur address from the pizza order lmao. if u block me im coming over and ur dad cant do nothing', 'if u ignore me again im pulling up to ur house', 'found ur address thru ur ip', 'ur parents cant protect u'],
      ignore: ['if u leave the party early im coming over to yours after', 'i got ur address from ur mum for the invites', 'my parents cant protect u from my brothers cooking lol'],
    },
  },
  // round 20 (en-n20): "i know ur street ... keep ignoring me and see what happens"
  {
    id: 'know-your-street-keep-ignoring-r20',
    phrases: [
      'i|we know ..1 your|ur street|road|house|address|flat|apartment|building|block|estate|front_door|window|bedroom_window ..6 ignor*|block*|see_what_happens|regret|watch_out|coming_for|come_for|pay_you_a_visit|pay_a_visit|show_up|pull_up|waiting|find_out',
      'i|we know ..1 your|ur street|road|address|estate|block ..6 house|door|car|window|garden|trampoline|gate|driveway|porch|fence|curtains ..6 ignor*|block*|see_what_happens|regret|watch_out|coming_for|come_for|pay_you_a_visit|pay_a_visit|show_up|pull_up|waiting|find_out',
    ],
    unless: ['drop_off|drop_it|deliver|parcel|package|pick_you|pick_u|lift|ride|uber|party|come_over|visit_you|sleepover|invite|present|gift|birthday|bday|lol|haha|jk|joking|kidding'],
    examples: {
      match: ['i know ur street. blue house w the trampoline out front. keep ignoring me and see what happens', 'we know your address so keep blocking us'],
      ignore: ['i know ur street, ill drop the parcel off later', 'i know your house, see u at the party'],
    },
  },
  // round 21 (en-n21): "i know where u train on thursdays. dont make me turn up there"
  {
    id: 'know-where-you-train-r21',
    phrases: [
      'i know where|when you|u train|practice|practise|skate|swim|dance|box|train_on|have_practice|have_training|catch_the_bus|get_the_bus|walk_home ..6 do_not|dont|never make me turn|show|pull|come ..1 up|there|round|down',
      'do_not|dont make me turn_up|show_up|pull_up ..2 there|at_your|at_ur|at_practice|at_training|at_school|outside',
    ],
    unless: ['lift|give_you_a_lift|pick_you_up|cheer|support|watch_you|come_watch|mum|mom|dad|coach|late|bed|lol|haha|lmao'],
    examples: {
      match: ['i know where u train on thursdays. dont make me turn up there', 'dont make me pull up at ur school'],
      ignore: ['dont make me turn up at practice to pick you up, mum says be on time'],
    },
  },
  // round 22 (en-n22): "if u stop replying i'll show up at 14 Elm"
  {
    id: 'stop-replying-and-i-show-up-r22',
    phrases: [
      'if you|u stop replying|stop_answering|stop_texting|ignore|block|ghost|unadd|unfriend|stop_talking ..5 show_up|turn_up|pull_up|come|coming|be_waiting|wait ..2 at|to|outside|by your|ur|#|house|home|school|door|place|work',
      'i know you|u walk|walking|go|leave|get_home|bike|cycle ..3 alone|by_yourself|on_your_own|on_ur_own',
      'ignore|block|ghost|unadd|unfriend me ..1 and|n|then @iwill be_waiting|be_outside|show_up|turn_up|pull_up|come ..2 your|ur school|house|home|door|place|work|practice|class',
      'if you|u stop_replying|stop_answering|stop_texting|ignore|block|ghost|unadd|unfriend|stop_talking ..5 be_outside|be_waiting_outside|be_at|be_by|wait_outside|waiting_outside your|ur school|house|home|door|place|work|job|practice|class',
    ],
    unless: ['drag_you|drag_u|carpool|carpooling|anyway|walk_together|wake_you|wake_u|lol|lmao|haha', 'want_me|with_you|with_u|come_with|walk_with|walk_you|be_careful|careful|text_me_when|let_me_know|stay_safe|safe|share_your_location|mom_says|mum_says|dad_says|worried|worry|pick_you_up|pick_u_up|ride|lift'],
    examples: {
      match: ["if u stop replying i'll show up at 14 Elm, i know u walk there alone", 'ignore me again and ill be waiting outside ur school', 'i know u walk home alone after practice', 'if u block me ill be outside ur school at 3'],
      ignore: ['i know u walk home alone, text me when ur back safe', 'if u stop replying ill come to ur house to check ur ok, mum says', 'if you ignore me ill be outside your house at 7 anyway, were carpooling'],
    },
  },
  // round 23 (en-n23): "i know ur walking home alone thursdays"
  {
    id: 'i-know-your-route-r23',
    phrases: [
      'i|we know ..2 you|u|your|ur walk|walking|walks|go|goes|going|get|getting|leave|leaving ..4 alone|by_yourself|on_your_own|on_ur_own',
    ],
    unless: ['want_me_to|want_to_walk|walk_with|walk_you|can_i_walk|can_we_walk|come_with|join_you|keep_you_company|company|meet_you_at|be_careful|stay_safe|text_me_when|so_i_can_drive|pick_you_up|lift|the_quiz|timetable|bus_times|bus_app|walk_together|car|in_the_car|dad|mum|mom|worried|not_safe|its_dark|dark'],
    examples: {
      match: ['try me. and i know ur walking home alone thursdays', 'i know u go home by yourself after practice'],
      ignore: ['i know u walk home alone on fridays, want me to walk with u?', 'i know what time u finish, ill be outside in the car - dad'],
    },
  },
  // round 25 (en-n25): street view / maps, "ignore me again and i'll come knock", "dont think i wont show up", "i know ur shifts"
  {
    id: 'found-your-house-maps-r25',
    phrases: [
      'seen|saw|found|looked_up|checked|know|located ..2 your|ur house|home|street|place|front_door|door|building|flat|apartment ..3 street_view|google_maps|maps|google_earth|gmaps',
      'ignore|block|ghost|unadd|leave me ..1 again|one_more_time|once_more|on_read ..4 @iwill|and_i|i come|pull_up|show_up|turn_up|drive_over|swing_by ..1 knock|knocking|to_your|to_ur|at_your|at_ur|over|round|by|there',
      'do not think|believe [that] i will|would|can not ..1 show_up|turn_up|pull_up|come|find_you|find_u|drive|visit|come_find',
      'i know ..1 your|ur shifts|route_home|walk_home|bus_route|work_shifts',
    ],
    unless: ["big|huge|massive|nice|pretty|fancy|mansion|pool|garden", 'on_my_way|omw|coming_over|for_the_party|party|pizza|delivery|uber|lift|ride|pick_you|pick_u|pickup|drop_off|drop_it|see_you_soon|be_there|sleepover|study|project|homework|game|match|recital|concert|support|cheer|graduation|birthday|bday|for_you|be_there_for|text|call|free|lunch|cover|swap|covering|manager|rota|carpool|so_cool|cute|nice_house|lol|haha|lmao|jk'],
    examples: {
      match: ['i seen ur house on street view. white door, blue car out front. ignore me again and i\'ll come knock', 'found ur house on google maps', 'and dont think i wont show up at ur work either. i know ur shifts', 'ghost me again and ill pull up at ur door'],
      ignore: ["i know ur routine, ur at the gym at 6 right? ill join", "i saw ur house on google maps its so big", 'found ur house on google maps, omw lol', 'dont think i wont show up to ur recital, ill be there', 'i know ur shifts, can u cover mine on sat', 'i seen ur house on street view, so cute'],
    },
  },
  // round 27 (en-n27): "block me again and ill find ur house and hurt u"
  {
    id: 'find-your-house-and-hurt-you-r27',
    phrases: [
      'find|track_down|come_to|show_up_at|turn_up_at|pull_up_to|go_to your|ur house|home|place|address|school|flat ..2 and|n|then hurt|beat|kill|stab|smash|batter|jump|beat_up|mess_up|knock|punch|hit',
    ],
    unless: ['minecraft|server|base|game|round|map|lobby|fortnite|roblox|rust|ark|build|builds|raid|creeper|lol|lmao|haha|jk|joking|kidding|hide_and_seek|tag|nerf|water_balloon*|snowball*|pillow|tickle|hug|hugs|cake|pizza|present|gift'],
    examples: {
      match: ['ill find ur house and hurt u', 'block me again and im gonna come to your school and beat you up', 'i will track down your home and kill u'],
      ignore: ['ill find ur base and destroy it lol', 'im gonna come to your house and hug u', 'ill find your house in minecraft and blow it up'],
    },
  },
  // round 27 (en-n27): "i know which bus u take", "i know the bus you take home"
  {
    id: 'i-know-your-bus-r27',
    phrases: [
      'i [already] [even] know [exactly] the|your|ur|which|what bus|train|tram|route|bus_stop|stop|bus_number ..3 you|u take|get|catch|ride|wait_at|use ..2 home|every|each|to_school|from_school|in_the_morning|after_school|at',
      'i [already] [even] know [exactly] the|your|ur|which|what bus|train|tram|route|bus_stop|stop ..3 you|u take|get|catch|ride|wait_at',
    ],
    unless: ['meet_you|pick_you|pick_u|wait_for_you|wait_for_u|walk_with_you|walk_with_u|come_with|umbrella|coat|jacket|lunch|forgot|forgot_your|left_your|bring|bringing|dad|mum|mom|nan|gran|grandma|grandpa|sis|bro|delayed|late|cancelled|canceled|strike|diverted|timetable|schedule|changed|app|map|same_bus|same_one|same_as|too|as_well|lol|haha|jk|so_we_can|we_can|lets|let_us|together|ticket|pass|bus_pass|oyster'],
    examples: {
      match: ['i know which bus u take every morning', 'i know the bus you take home', 'number 12 right? i know what bus you catch after school'],
      ignore: ['i know which bus you take, ill meet you at the stop with your coat', 'i know the bus u take, the 42 is cancelled today', 'i know which bus u get, same one as me, lets go together'],
    },
  },
  // round 29 (en-n29): where the family lives, with a visit or a demand after it
  {
    id: 'know-where-your-family-lives-r29',
    weight: 3,
    phrases: [
      'i_know|i_found_out|we_know|i_found where ..2 your|ur @kin ..2 live|lives|stay|stays|sleep|sleeps ..6 pay|unless|or_else|knock|knocking|visit|visiting|show_up|turn_up|pull_up|see_what_happens|careful|regret|knock_on',
      '@iwill|gonna|going_to|im_going_to pay ..2 your|ur @kin a visit ..6 unless|if|or|tomorrow|tonight|since|then',
    ],
    unless: ['cake|present|gift|card|invite|invitation|party|lift|ride|pick_you|pick_u|drop_off|dropping|lol|haha|lmao|neighbour|neighbor|next_door|down_the_road|same_street|say_hi|hello|hospital|get_well|flowers|condolences|funeral|christmas|xmas|birthday|bday|thank|thanks|lend|borrow|return'],
    examples: {
      match: ['i know where ur mum lives and im gonna pay her a visit unless u answer', 'i know where your parents live, pay or im knocking on their door', 'ill pay ur dad a visit tomorrow if u keep ignoring me'],
      ignore: ['i know where ur nan lives, ill drop off the flowers tomorrow', 'i know where your parents live, same street as my aunt lol', 'ill pay ur grandma a visit tomorrow to say hi'],
    },
  },
  // round 30 (en-n30): "i know ur at Westfield High and u catch the 7:40 bus"
  {
    id: 'i-know-which-bus-you-catch-r30',
    phrases: [
      'i know ..6 you|u catch|take|get|ride the ..2 bus|train|tram|school_bus',
      'i know ..2 which|what|wat bus|train|tram|stop|bus_stop you|u catch|take|get|ride|wait_at|get_off',
      'i know ..1 what_time|when|which_way|which_route|the_way|the_route|your_route you|u [usually] leave|walk|finish|get_out|go|come|get ..2 school|home|practice|class|training|work',
    ],
    unless: ['meet_you|meet_u|pick_you|pick_u|lift|give_you_a_ride|drop_you|late|miss|missed|running_late|strike|cancelled|canceled|delayed|schedule|timetable|ticket|pass|card|rain|weather|umbrella|coat|jacket|money_for|fare|app|so_do_i|me_too|same_one|lol|haha|lmao|mum|mom|dad|call_me|text_me|ring_me|message_me|wait_for_you|walk_together|walk_with_you|together|with_you|bring|dinner|tea'],
    weight: 3,
    examples: {
      match: ['i know ur at Westfield High and u catch the 7:40 bus', 'i know which bus u take after school', 'i know what time u leave school and which way u walk', 'i know exactly where u live and you catch the 8am train'],
      ignore: ['i know you take the bus so ill meet you at the stop', 'i know which bus u catch, the timetable changed so check the app', 'i know you catch the same train lol we should sit together', 'i know when u finish school, text me and we walk together'],
    },
  },
  // round 39 (en-n39): "what if your little sister had an accident on her way home ... keep replying and it won't happen"
  {
    id: 'what-if-your-family-had-an-accident-r39',
    phrases: [
      'what_if|imagine_if|be_a_shame_if|be_sad_if|be_terrible_if|would_hate_if your|ur @kin ..3 had|has|got|gets|were_in|was_in|ended_up_in|met_with [an|a|some] accident|car_accident|fall|bad_fall|bad_day|bad_night|hurt|injured|run_over|hit_by',
      'accident ..6 keep|stay|do|answer|reply|pay|listen ..3 and|then it|nothing will_not|would_not|wont happen',
    ],
    unless: ['hope|hopefully|pray|praying|worried|worry|insurance|careful|be_safe|stay_safe|drive_safe|helmet|seatbelt|first_aid|hospital_visit|get_well|is_she_ok|is_he_ok|are_they_ok|sorry|oh_no|omg_is'],
    examples: {
      match: ['what if ur little brother had an accident on his way to school', 'be a shame if your mum had an accident tomorrow. keep answering and it wont happen', 'imagine if your dog got hit by a car tonight'],
      ignore: ['what if your sister had an accident? do you have insurance for that', 'omg is she ok? what if your brother had an accident, hope not', 'what if your mum has a fall, is there a first aid kit'],
    },
  },
  // round 39 (en-n39): "omw to ur school now. i know ur last lesson ends 3:15"
  {
    id: 'i-know-when-your-lesson-ends-r39',
    phrases: [
      'i know ..2 your|ur|when_your|when_ur|what_time_your|what_time_ur last|first|final lesson|class|period|practice|shift ends|finishes|starts|lets_out|gets_out|is_over',
      'omw|on_my_way|heading|coming|driving to your|ur school|house|place|work ..6 i know ..3 your|ur|when|what_time',
    ],
    unless: ['meet_you|meet_u|pick_you|pick_u|lift|give_you_a_ride|drop_you|late|miss|missed|running_late|cancelled|canceled|schedule|timetable|lol|haha|lmao|mum|mom|dad|call_me|text_me|wait_for_you|walk_together|together|with_you|bring|dinner|tea|forgot|homework|same|so_do_i|me_too|teacher|sir|miss|coach|substitute|sub|test|exam'],
    weight: 3,
    examples: {
      match: ['i know ur last class finishes at 2:50 😊', 'heading to your school now. i know when ur practice ends', 'i know your final period lets out at 3'],
      ignore: ['i know ur last lesson ends 3:15 so ill pick u up', 'i know ur last class ends at 3, the test was moved tho', 'omw to ur house now i know ur mum is making dinner lol'],
    },
  },
] satisfies PatternEntry[];
