import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'kill-myself-if',
    phrases: [
      'you|u will|would be|are the reason i|im|i_am ..2 die|dead|kill|gone|hurt',
      'kill|hurt|cut|harm myself ..5 your|ur fault',
      'do_not want to live|be_alive|exist ..4 if|without|unless you|u',
      'no_reason to live ..3 if|without|unless you|u',
      '@iwill|will|going_to|gonna|might|would [literally] [just] kill|hurt|cut|harm|end|off|shoot|hang|starve|drown myself|my_life|it_all ..4 you|u',
      'if you|u ..6 @iwill|i_am_going_to|im_gonna|i_will_just|i_might ..2 kill|hurt|cut|harm|end|off|shoot|hang|overdose myself|my_life|it_all',
      'kill|hurt|cut|harm|end myself|my_life|it_all ..3 if|unless|when you|u',
      'i [will] [literally] [can] not|can_not live without you|u',
      '@iwill die|not_survive|not_make_it|disappear ..2 if|without|unless you|u',
      'my death|blood|suicide ..3 will_be|is|on|your ..2 fault|hands|your_fault|ur_fault|conscience',
      'it will|it_is_going_to|its_going_to|it_would be your|ur fault ..3 if|when i ..2 die|dead|kill|hurt|gone|not_here',
      'you|u will|would be|feel responsible|guilty ..3 if|when i ..3 die|dead|kill|hurt|gone',
      'do you|u want me to ..2 die|kill_myself|hurt_myself|cut|end_it',
      '@iwill [go] overdose|od|jump_off|jump_in_front|take_all_my_pills|take_pills ..4 if|unless|you',
    ],
    unless: ['bestie|bff|bestfriend|best_friend|see_you_tomorrow|see_u_tomorrow|coffee|pizza|music|phone|wifi|spoil*|ending|episode|season|finale|book|movie|show|homework|test|exam|quiz|teacher|class|embarrass*|cringe|lol|lmao|lmfao|haha|hahaha|jk|joking|kidding|song|concert|tickets|game|level|boss|math|essay|presentation|crush_sees|he_sees|she_sees|mom_finds|dad_finds|if_i_fail|if_this|if_that|if_my'],
    examples: {
      match: [ "i'll kill myself if you don't send it", "if you block me i'll end it all", "i'll hurt myself if you leave", "i dont want to live anymore if you ignore me",'if you leave me i will kill myself', "i'll kill myself if you don't", 'i will hurt myself if u block me', 'i cant live without you', 'it will be your fault if i die', 'do u want me to kill myself'],
      ignore: ["i cant live without you bestie 😭 see you tomorrow", 'if u spoil the ending i will literally kill myself', 'i will kill myself if i fail this test lol', 'if my crush sees this i will die'],
    },
  },
  {
    id: 'cut-if-you',
    phrases: [
      'if you|u ..6 @iwill|i_am_going_to|im_going_to|im_gonna|i_am_gonna [start] cut|cutting|overdose|od [again]',
      'if you|u ..6 @iwill|i_am_going_to|im_going_to|im_gonna [start] hurt|harming|starving|starve [myself] [again]',
    ],
    unless: ['hurt|harm|hurting|harming|starve your|ur|you|u|him|her|them|his|their|ya', 'cake|hair|bangs|line|ties|class|paper|grass|lawn|lunch|the|my_hair|you_off|u_off|off|out|corners|in|budget|sugar|carbs|food|pizza|homework|game'],
    examples: {
      match: ['if you dont answer im going to cut', 'if u leave ill start cutting again'],
      ignore: ['i swear to god if you tell anyone ill hurt your little sister', 'if you come late im gonna cut the cake without you', 'if you dont hurry ill cut in line'],
    },
  },
  {
    id: 'end-it-if-you-leave',
    phrases: [
      'if you|u block|leave|ignore|unfriend|unmatch|unadd|dump|ghost|report|break_up_with|stop_talking_to|stop_answering ..1 me ..6 end it|it_all|everything|things|my_life|myself|my_own_life',
      '@iwill|i_am_going_to|im_going_to|i_am_gonna|im_gonna|i_will_just|ill_just slit|cut|slice ..1 my wrists|wrist|arms|arm|throat',
      'do_not|never leave|block|ignore|unfriend|dump|ghost me ..4 @iwill|i_will_just|or_i [just] end|kill|hurt|off|cut ..2 it|myself|my_life|it_all|everything',
    ],
    unless: ['on_read|on_seen|on_delivered|early|relationship|friendship|streak|call|chat|game|match|convo|conversation|story|series|episode|movie|book|season|stream|lobby|round|party|lol|lmao|haha|jk|joking|kidding|spoil*|ending|with_you|with_u|between_us|things_between|us'],
    examples: {
      match: ['if u block me i swear ill end it tonight', 'if you leave me ill end everything', 'if u stop talking to me ill end it', 'dont leave me or i will just end it', "if u dont send it im gonna slit my wrists and it'll be ur fault"],
      ignore: ['if you leave me on read ill end it', 'if you leave now ill end it early', 'if you leave the call ill end it', 'if you ignore me ill end the streak lol', 'if you leave me ill end things between us'],
    },
  },
  {
    id: 'kms-or-pills-unless-you',
    phrases: [
      'if|unless|when you|u ..6 i|ill|@iwill|im|i_am|i_swear ..2 kms|unalive|unalive_myself|off_myself|end_my_life|end_myself|ending_it|end_it_all|ending_it_all|overdose|od|drink_bleach|drinking_bleach|drink_poison|swallow_bleach',
      'kms|unalive_myself|off_myself|end_my_life|ending_it_all ..4 if|unless|when you|u',
      'if you|u do_not|dont|will_not|wont|never ..6 @iwill|i|im|i_am ..1 kill|hurt|cut|harm|end|off|unalive myself|my_life|it_all',
      'or|else|otherwise|unless|if_you|if_u ..6 i|ill|@iwill|im|i_am ..1 swallow|overdose_on|od_on|overdose ..2 all|every|the_whole|them|of_them|pills|the_pills|my_pills|tablets|bottle|the_bottle|meds',
      'or|else|otherwise|unless|if_you|if_u ..6 i|ill|@iwill|im|i_am ..1 take|down|swallow|eat ..2 all|every|the_whole|whole ..2 pills|the_pills|my_pills|tablets|bottle|the_bottle|meds|my_meds|pill_bottle',
      'i have|got ..1 the|my|some|a_bottle_of|bottle_of|a_whole_bottle_of pills|tablets|meds|sleeping_pills|a_blade|a_razor|razor|razors|blades ..4 in_my_hand|right_here|with_me|next_to_me|ready|in_front_of_me ..6 or|unless|if|answer|reply|block|leave',
      'i_am|im|i|@iwill ..2 ending|end|kill|killing|off|offing|unalive ..2 it|myself|my_life ..6 it_will_be|it_would_be|its|it_is|and_its|and_it_is ..1 on_you|on_u|your_fault|ur_fault|on_your_conscience|on_your_hands|because_of_you',
    ],
    unless: ['spoil*|ending_of|episode|season|finale|book|movie|show|homework|test|exam|quiz|teacher|class|embarrass*|cringe|lol|lmao|lmfao|haha|hahaha|jk|joking|kidding|song|concert|tickets|game|level|boss|math|essay|presentation|need|want|do_you|shaving|shave|craft|crafts|vitamin*|headache|advil|tylenol|ibuprofen|doctor|prescription|allergy|allergies|flu|candy|skittles|mints|gum|cookies|fries|pizza|chips|snacks|cake|relationship|friendship|streak|the_call|this_call|convo|conversation'],
    examples: {
      match: ['I swear if you leave me im ending it tonight and it will be on you', 'if u block me ill kms', "if you dont video call me right now i'll kill myself", "if you block me i'll drink bleach", 'unblock me and facetime me or i swallow all of them', 'answer or i take all my pills', 'i have the pills in my hand. answer or i take them all', 'im ending it tonight and its your fault'],
      ignore: ['if u spoil the finale ill kms lol', 'i have the pills right here if you need one for your headache', 'eat your fries or i eat all of them', 'if you dont take your vitamins ill take all of them lol', 'if you leave me on this level ill kms haha'],
    },
  },
  {
    id: 'jumping-or-something-to-myself',
    phrases: [
      'if you|u ..6 i|im|i_am|@iwill|i_swear ..1 jumping|jump|going_to_jump|gonna_jump|jump_off|jumping_off',
      'on|at|off the bridge|roof|ledge|edge|cliff|tracks|rooftop ..6 if|unless you|u',
      'something|smth|anything stupid|bad|drastic|dumb|terrible|crazy ..1 to myself|to_myself',
      'make|making me do something|smth|anything stupid|bad|drastic|dumb|terrible|crazy ..3 myself|to_myself|my_life',
    ],
    unless: ['fixing|fix|repair|antenna|gutter|gutters|solar|shingles|need_anything|if_you_need|chimney|ball|frisbee|drone|stargazing|stars|sunbathing|pool|lake|river_for_a_swim|swim|swimming|trampoline|in_without|game|level|lol|lmao|haha|jk|joking|kidding|bangs|hair|haircut|tattoo|piercing|shopping|buy|spend|money|diet|eat|food|cake|dessert|text_my_ex|my_ex|drunk|party|skydiving|bungee|parkour|ride|rollercoaster|view|photo|pic|sunset|selfie|concert'],
    examples: {
      match: ["i'm standing on the bridge rn. if u dont answer im jumping", "you're gonna make me do something stupid to myself if you ignore me", 'if u leave me ill jump'],
      ignore: ["im on the roof fixing the antenna, call me if you need anything", 'if you dont come im jumping in the pool without you', 'im on the bridge rn if you want a photo of the sunset', 'im gonna do something stupid to myself like cut my own bangs lol'],
    },
  },
  {
    id: 'end-it-all-if-you-dont',
    phrases: [
      '@iwill|i_am_going_to|im_gonna|im_going_to|i_swear_i|i_will_just|ill_just ..2 end|kill|off|unalive|hurt|cut ..1 it_all|myself|my_life|my_self|everything ..6 if|unless|when you|u ..3 do_not|dont|wont|will_not|never|block|leave|ignore|stop|refuse|say_no',
    ],
    unless: ['lol|lmao|lmfao|haha|hahaha|jk|kidding|spoil*|ending|episode|finale|season|movie|show|book|test|exam|quiz|homework|essay|game|level|boss|cringe|embarrass*|crush|mom_finds|dad_finds|streak|relationship|friendship|contract|subscription|lease'],
    examples: {
      match: ['you think im joking?? ill end it all tonight if you dont send me one more pic', 'i swear ill kill myself tonight if u block me', "i'm going to end it all if you say no"],
      ignore: ['ill end it all tonight if you dont come to the finale party lol', 'i swear ill kill myself if u spoil the episode', "ill end the streak if you dont reply"],
    },
  },
  {
    id: 'hurt-myself-because-of-you',
    phrases: [
      'hurt|kill|cut|harm|end|starve|unalive myself|it_all|my_life ..6 because_of_you|because_of_u|cause_of_you|cause_of_u|bc_of_you|bc_of_u|thanks_to_you|your_fault|ur_fault|on_your_conscience|blame_you|blame_u',
    ],
    unless: ['lol|lmao|lmfao|haha|hahaha|jk|kidding|joking|spoil*|ending|episode|finale|season|movie|show|book|test|exam|quiz|homework|essay|game|level|boss|cringe|embarrass*|crush|workout|gym|run|running|laughing|laugh|pun|puns|joke|jokes|meme|memes|squats|squat|reps|lifting|weights|deadlift*|pushups|push_ups|marathon|hike|hiking|climbing|training|stretch*|plank|legs_day|leg_day'],
    examples: {
      match: ['im gonna hurt myself and tell everyone it was because of you', 'if i end it all tonight its because of you'],
      ignore: ["im gonna hurt myself if i keep doing these squats, ur fault", 'i hurt myself laughing because of you lol', 'im gonna kill myself at the gym because of you and your workout plan'],
    },
  },
  // ---- round 6 (en-ut): self-harm leverage said in other words ----
  {
    id: 'or-i-jump',
    phrases: [
      'or|else|otherwise|unless ..1 i|ill|@iwill|im|i_am|i_swear_i ..1 jump|jumping|end_it|end_it_all|kms|kill_myself|cut|cutting|cut_myself|hurt_myself|overdose|od|take_the_pills|take_my_pills|take_all_my_pills|off_myself|unalive_myself|slit_my_wrists|hang_myself|end_myself|end_my_life|disappear_forever',
      'overdose|od|jump|jumping|end_it|end_it_all|take_the_pills|take_all_the_pills|take_my_pills|take_all_my_pills|slit|hang_myself|kill_myself|kms ..6 your_fault|on_you|on_your_hands|because_of_you|blame_you|on_your_conscience|your_choice|ur_choice|choice_is_yours',
    ],
    unless: ['pool|lake|river|swim|swimming|trampoline|jump_in|jumping_in|jump_into|jump_ahead|jump_the|jump_on|jump_off_the_diving|diving|queue|line|ahead|first|game|level|boss|ship|rope|jump_rope|hurdle|hurdles|high_jump|long_jump|parkour|skydiving|bungee|ski|skiing|start|starter|car|battery|jump_start|lol|lmao|haha|jk|joking|kidding|spoil*|ending|episode|finale|season|movie|show|book|test|exam|quiz|homework|essay|cringe|embarrass*|crush|cake|hair|bangs|class|paper|grass|lawn|coupon|coupons|budget|onions|vegetables|veggies|nails|cut_you_off|cut_u_off|cut_off|cut_me_off|cutting_you_off|cutting_you|you_off|off_the|plan|phone_plan|bill|allowance|wifi|data|cut_the|cut_it|the_cut|haircut|cut_my_hair|do_it_for_you|do_it_myself|do_it_later|ill_do_it|i_will_do_it'],
    examples: {
      match: ['send me a video or i jump. ur choice', 'answer me or i end it tonight', 'im going to overdose and its your fault', 'unblock me or i swear i cut', 'ill take all my pills and it will be on you'],
      ignore: ["pay your phone bill share this week or I'm cutting you off the family plan", 'hurry or i jump in the pool without you', 'answer or ill do it myself lol', 'pick a movie or i cut the cake without you', 'send the notes or i do it myself'],
    },
  },
  {
    id: 'standing-on-the-edge-unless',
    phrases: [
      'i_am|im|standing|sitting|stood|up on|at the|a edge|ledge|bridge|roof|rooftop|tracks|cliff|railing ..6 answer|reply|respond|unblock|send|call|facetime|pick_up|come_back|do_not_leave|dont_leave|if_you|unless|or_i|because_of_you|your_fault',
      'i have|got|am_holding|im_holding ..1 a|the|my|some knife|blade|razor|pills|rope|gun|bottle_of_pills ..6 answer|reply|respond|unblock|send|call|facetime|pick_up|come_back|do_not_leave|if_you|unless|or_i|your_fault|because_of_you',
    ],
    unless: ['fixing|fix|repair|antenna|gutter|gutters|solar|shingles|need_anything|if_you_need|chimney|ball|frisbee|drone|stargazing|stars|sunbathing|view|photo|pic|pics|selfie|sunset|sunrise|fireworks|concert|game|lol|lmao|haha|jk|fishing|hiking|hike|trip|tour|bus|train|waiting_for|meet|meeting|pizza|cooking|recipe|cut_the|chop|kitchen|dinner|onions|headache|cold|flu|vitamins|prescription|camping|craft|crafts|art|model|skate|skating|bike|biking|dog|cat|bird|birds'],
    examples: {
      match: ['im standing on the bridge rn. answer me', 'im on the roof. unblock me or i jump', 'i have the pills right here, answer me'],
      ignore: ["im on the roof fixing the antenna, call me if you need anything", 'im standing on the bridge rn, sending you a pic of the sunset', 'i have the knife, answer me when you want the onions chopped'],
    },
  },
  {
    id: 'leave-me-and-i-die',
    phrases: [
      'if|when you|u leave|block|ignore|dump|ghost|unfriend|unmatch|stop_talking_to|break_up_with|unadd ..2 me ..2 i|@iwill|im|i_am ..1 will|gonna|going_to|might|would|just ..1 die|not_survive|not_make_it|disappear|be_gone|stop_breathing|stop_eating|starve ..4 on_you|your_fault|because_of_you|on_your_hands|blame_you|forever|for_real|i_mean_it|swear|and|literally|tonight',
      '@iwill|i_swear_i|i_will_just do ..1 something|smth|sth|anything ..1 to myself|to_myself ..4 if|unless|when you|u|or',
    ],
    unless: ['lol|lmao|lmfao|haha|hahaha|jk|kidding|joking|dishes|homework|chores|bored|boredom|hungry|starving|cringe|embarrass*|laughing|laugh|spoil*|ending|episode|finale|season|game|level|party|concert|shopping|mall|hair|haircut|tattoo|makeup|outfit|dress|nails|diet|cake|dessert|chocolate|pizza|room|alone_with|on_read|streak'],
    examples: {
      match: ["If you leave me I'll die and it's on you", "I swear I'll do something to myself if you block me", 'if u block me i will just die tonight'],
      ignore: ['if you leave me alone with the dishes ill die lol', "if you spoil the finale i'll die", 'ill do something to myself if you dont come shopping, like dye my hair'],
    },
  },
  {
    id: 'you-will-make-me-hurt-myself',
    phrases: [
      'you|u are|re|will|would ..2 make|making|drive|driving|push|pushing me ..2 hurt|kill|cut|harm|end|off|starve|unalive myself|my_life|it_all|me',
      'starve|starving|cut|cutting|hurt|hurting|harm|harming|kill|killing|burn|burning myself ..3 until|till|unless|if|as_long_as you|u',
      'not|never going_to|gonna|will be_alive|wake_up|survive|still_be_alive|be_breathing|see_tomorrow|see_the_morning ..3 if|unless|when you|u leave|block|ignore|dont|do_not|go|stop|say_no|refuse|dump|ghost|unfriend',
    ],
    unless: ['alarm|call_me|wake_me|oversleep|overslept|sleep|sleeping|tired|nap|laughing|laugh|laughed|lol|lmao|lmfao|haha|hahaha|jk|kidding|joking|gym|workout|running|run|hike|hiking|food|dinner|lunch|thanksgiving|christmas|xmas|cake|diet|fasting|fast|ramadan|lent|snacks|pizza|spoil*|ending|episode|finale|movie|show|book|test|exam|homework|cringe|embarrass*|cramps|cramp|jokes|joke|puns|pun|meme|memes|skateboard|trampoline|dance|tricks|stunt'],
    examples: {
      match: ["you're gonna make me hurt myself", 'ill starve myself until you send it', 'im not gonna wake up tomorrow if you leave'],
      ignore: ["you're gonna make me hurt myself laughing", 'im starving myself until you bring the pizza lol', 'im not gonna wake up tomorrow if you dont call me, set an alarm'],
    },
  },
  {
    id: 'pills-ready-your-choice',
    phrases: [
      'pills|tablets|razor|razors|blade|blades|rope|knife ..1 ready|lined_up|counted|out|in_my_hand|next_to_me|right_here|on_the_table|in_front_of_me ..6 your|ur|you|u|choice|decision|fault|call|answer|reply|online|if|unless|or|tonight',
      'if|unless you|u do_not|dont|never|wont|will_not ..6 i_am|im|i_swear_im|i_swear_i_am ..1 done with|done_with|finished_with|over ..1 everything|life|it_all|living|this_world|being_alive|existing',
    ],
    unless: ['headache|migraine|cold|flu|fever|cough|allergy|allergies|vitamin*|advil|tylenol|ibuprofen|doctor|prescription|pharmacy|med_schedule|cooking|cook|chop|kitchen|dinner|onions|veggies|vegetables|cake|craft|crafts|art|project|camping|hiking|climbing|gym|party|lol|lmao|haha|jk|kidding|joking|homework|test|exam|class|game|level|season|show|series|episode|drama|group_chat|gc'],
    examples: {
      match: ['if u dont come online tonight i swear im done with everything. i have the pills ready. its ur choice', 'the pills are lined up. answer me', 'if you dont answer im done with life'],
      ignore: ['i have the pills ready for your headache', 'if you dont come to the party im done with everything lol', 'knife is ready, come chop the onions'],
    },
  },
  {
    id: 'take-every-pill',
    phrases: [
      'take|swallow|down|overdose_on|od_on|eat ..1 every|all|all_the|all_my|all_of_my|the_whole|a_whole|whole|a_bottle_of|the_bottle_of ..1 pill|pills|tablet|tablets|meds|medicine|bottle|pack|box|sleeping_pills ..6 if|unless|when|because|cause|bc|your_fault|on_you|swear|tonight',
      'if|unless you|u ..6 take|swallow|down|overdose_on|od_on ..1 every|all|all_the|all_my|all_of_my|the_whole|a_whole|whole|a_bottle_of|the_bottle_of ..1 pill|pills|tablet|tablets|meds|medicine|bottle|pack|box',
    ],
    unless: ['doctor|prescribed|prescription|antibiotics|antibiotic|course|vitamins|vitamin|gummies|mints|candy|skittles|m_ms|tic_tacs|cough|cold|flu|headache|advil|tylenol|ibuprofen|pharmacist|nurse|dose|dosage|instructions|lol|lmao|haha|jk|kidding|joking|dog|cat|vet|grandma|grandpa|mom_says|dad_says'],
    examples: {
      match: ['I swear if u leave me im gonna take every pill in the cabinet', 'ill swallow all my pills tonight if you block me'],
      ignore: ['if you feel sick take all the pills the doctor prescribed', 'make sure you take all the antibiotics even if you feel better'],
    },
  },
  {
    id: 'jump-if-you-do-not-reply',
    phrases: [
      'jump|jumping|end_it|end_it_all|kms|od|overdose|kill_myself|end_my_life|hurt_myself|cut_myself ..3 if|unless you|u do_not|dont|never|wont|will_not|leave|block|ignore|stop|say_no|refuse|go',
      'cannot|cant|can_not|can_t|not go_on|keep_going|continue|survive|live|breathe ..2 without you|u ..6 send|answer|reply|or|unless|if',
    ],
    unless: ['pool|lake|river|swim|swimming|trampoline|jump_in|jumping_in|jump_into|jump_ahead|jump_the|jump_on|diving|queue|line|ahead|game|level|boss|ship|rope|jump_rope|hurdle|hurdles|high_jump|long_jump|parkour|skydiving|bungee|ski|skiing|jump_start|battery|lol|lmao|haha|jk|joking|kidding|spoil*|ending|episode|finale|season|movie|show|book|test|exam|quiz|homework|essay|cringe|embarrass*|coffee|wifi|phone|music|pizza|chocolate|food|snacks|hold|catch|spot_me|help_me|bestie|best_friend'],
    examples: {
      match: ["I'm going to jump if you don't reply", "I can't go on without you, send it or I'm done"],
      ignore: ["im going to jump if you don't hold the trampoline", "i cant go on without you, bestie, the group project is a mess lol"],
    },
  },
  {
    id: 'do-it-and-its-your-fault',
    phrases: [
      'if|when you|u leave|block|ignore|dump|ghost|stop|unfriend|unmatch|say_no|refuse ..6 i|ill|@iwill|im|i_am ..2 do_it|do_something|end_it|disappear|be_gone|go_through_with_it ..6 your_fault|ur_fault|because_of_you|blame_you|its_your_fault|on_you|on_your_hands|on_your_conscience',
    ],
    unless: ['lol|lmao|haha|jk|kidding|joking|game|match|round|homework|project|chores|dishes|room|party|trip|spoil*|ending|finale|episode|test|exam|grades|blame_you_for|late|lost|losing|team|tattoo|hair|haircut|dye|piercing'],
    examples: {
      match: ['i swear on my life if u leave me ill do it, and ill tell everyone its ur fault'],
      ignore: ['if you leave now ill do it myself and its your fault we lost lol'],
    },
  },
  {
    id: 'if-you-go-im-done',
    phrases: [
      'if|when you|u go|leave|block|ghost|dump|ignore|unfriend ..3 i_am|im|i_will_be|ill_be|i_m done|gone|finished|over ..4 actually|for_real|for_good|forever|tomorrow|find_out|like_actually|literally|you_will_see|youll_see|i_mean_it|i_swear',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|match|round|lobby|party|homework|project|trip|work|dishes|chores|team|club|group|class|movie|show|mall|shopping|store|friendship|friends|relationship|talking_to_you|with_you|with_u|with_this|with_it'],
    examples: {
      match: ['pls dont go. if u go im done. like actually done. u will find out tomorrow'],
      ignore: ['if you leave the game im done with this team lol', 'if you ghost me again im done with you for real'],
    },
  },
  {
    id: 'medicine-cabinet-and-news',
    phrases: [
      'swallowing|swallow|taking|take|eating|drinking|downing|drink ..1 everything|all|every|whatever|the_whole ..3 medicine_cabinet|cabinet|pills|meds|bottle|bleach|in_the_cabinet|in_the_bathroom|i_can_find',
      'only reason|thing i_am|im|i_m [still] alive|living|breathing|here_still',
      'if you|u leave|go|block|dump ..3 no reason|point|purpose ..1 anymore|left|to_live|to_stay|to_be_here|to_keep_going',
      'i_am|im|i_m [literally] cutting|bleeding|hurting_myself|burning_myself ..4 because|cause|cuz|bc|since|thanks_to|and_its|and_it_is|its_your_fault|your_fault ..3 you|u|your|ur',
      'you|u will|gonna|going_to|will_be|ll_be|are_going_to_be ..2 reading|read|hearing|hear|seeing|see about me ..2 in|on the news|newspaper|paper|obituaries|obituary|funeral',
    ],
    unless: ['lol|lmao|haha|jk|kidding|joking|class|school|meeting|job|work|shift|onions|onion|hair|bangs|paper|cake|veggies|vegetables|coupons|grass|lawn|wood|fabric|cardboard|crafts|win|won|lottery|famous|award|championship|olympics|record|soup|juice|coffee|water|tea|smoothie|leftovers|snacks|fries|cold|flu|cough|headache|doctor|vitamins|allergy|coffee_cup|game|level|memes|meme|playlist|music|dog|cat|kids|baby|grandma'],
    examples: {
      match: ["if u don't call me back in 10 min i'm swallowing everything in the medicine cabinet", "you're the only reason i'm still alive. if you leave there's no reason anymore", 'Im cutting rn. its because u wont answer me', "send me one or i swear you'll be reading about me in the news tomorrow"],
      ignore: ["you're the only reason i'm still alive in this class lol", 'im cutting onions rn because u wont help', "you'll be reading about me in the news when i win the championship"],
    },
  },
  {
    id: 'wont-have-to-worry-about-me',
    phrases: [
      'you|u will_not|wont|will_never|never ..1 have_to|need_to ..1 worry_about|deal_with|hear_from|see ..1 me ..2 anymore|again|ever_again ..6 if|unless|until|answer|send|reply',
      'if|unless you|u ..6 you|u will_not|wont|will_never|never ..1 have_to|need_to ..1 worry_about|deal_with|hear_from|see ..1 me ..1 anymore|again|ever_again',
      '@iwill|i_am_going_to|im_gonna|gonna|going_to do something|smth|anything stupid|dumb|drastic|crazy|bad ..3 if|unless|when you|u',
      'you|u will|ll|gonna|going_to|will_be be sorry|regret_it|miss_me|feel_bad|feel_guilty ..2 when|once|after i_am|im|i_m gone|dead|not_here|not_around',
      'not|stop eating|sleeping|drinking|taking_my_meds ..3 until|till|unless|if you|u send|answer|reply|come_back|unblock|forgive|talk',
      'cannot|cant|can_not|can_t promise|guarantee|say ..2 i|ill|i_will|i_ll ..1 be alive|here|around|still_here|still_alive|breathing ..6 if|unless|when|tomorrow',
      'live|living [with] ..2 knowing|the_fact|the_guilt ..4 you|u could_have|couldve|could stopped|saved|helped|prevented',
      'goodbye|bye forever|for_good|for_real ..6 unless|if|until you|u',
    ],
    unless: ['shoes|buying|buy|stop_me|clothes|spend|spending|order|ordering|lol|lmao|haha|jk|kidding|joking|spoil*|ending|finale|episode|season|movie|show|game|level|boss|homework|test|exam|quiz|class|dishes|chores|room|party|concert|trip|shopping|hair|haircut|tattoo|diet|dinner|lunch|breakfast|pizza|cake|snacks|candy|fasting|ramadan|lent|surgery|doctor|dentist|procedure|moving|move|college|university|abroad|vacation|holiday|camp|sleepover|busy|work|shift|ex|breakup|bored|boring|stupid_haircut|bangs|dye'],
    examples: {
      match: ['if you dont answer me tonight you wont have to worry about me anymore', "i'm gonna do something stupid if you don't facetime me", "you'll be sorry when i'm gone", "i'm not eating until you send a pic", 'i cant promise ill be alive tomorrow if you ignore me', 'ill end it. and youll have to live knowing u could have stopped it', 'goodbye forever, hope ur happy. unless u send it'],
      ignore: ["i'm gonna do something stupid if you don't stop me from buying these shoes", 'you wont have to worry about me anymore, i got a ride home', "i'm gonna do something stupid if you don't stop me, like dye my hair lol", "you'll be sorry when i'm gone to college lol", "i'm not eating until you come home for dinner"],
    },
  },
  {
    id: 'or-i-swear-ill-overdose',
    phrases: [
      'or|else|otherwise|unless ..4 overdose|od|kill_myself|kms|end_it|end_it_all|cut_myself|hurt_myself|slit_my_wrists|hang_myself|take_the_pills|take_all_my_pills|swallow_the_pills|end_my_life|off_myself|unalive_myself',
    ],
    unless: ['pool|lake|river|trampoline|game|level|boss|lol|lmao|haha|jk|joking|kidding|spoil*|ending|episode|finale|season|movie|show|book|test|exam|quiz|homework|essay|cringe|embarrass*|crush|cake|hair|bangs|class|paper|coffee|sugar|candy|pizza|chocolate|boredom|bored|laughing|laugh|music|song|noise|alarm|heat|hot|cold'],
    examples: {
      match: ["text me back or i swear i'll overdose tonight", 'answer or i swear ill hurt myself'],
      ignore: ["finish the finale or i swear ill kill myself lol", 'turn the music down or i swear ill end it all lol'],
    },
  },
  {
    id: 'reason-i-die',
    phrases: [
      'your|youre|you_are|you_re|ur gonna|going_to|will|ll be the reason ..1 i|im|i_am|why_i ..1 die|dead|died|kill|end|gone|cut|hurt|overdose|do_it',
    ],
    unless: ['lol|lmao|haha|jk|kidding|laughing|laugh|cringe|embarrass*|jokes|joke|puns|pun|memes|meme|spoil*|ending|episode|finale|game|level|smile|happy|fail|failing|grades|test|exam'],
    examples: {
      match: ['ur gonna be the reason i die tonight'],
      ignore: ["you're gonna be the reason i die laughing lol"],
    },
  },
  // ---- round 7 (en-tt): goodbye messages that put the blame on the teen ----
  {
    id: 'goodbye-its-your-fault',
    phrases: [
      'goodbye|bye|farewell forever|for_good|everyone|world|cruel_world ..6 your|ur fault|doing',
      'goodbye|bye|farewell forever|for_good|world|cruel_world ..6 because_of_you|because_of_u|cuz_of_you|cuz_of_u|bc_of_you|bc_of_u|you_did_this|u_did_this|blame_yourself|on_you|on_your_hands|on_ur_hands',
      'this|it is|s [all] your|ur fault ..3 i_am|im|i_m|i_will|ill|i_wont|i_will_not ..2 gone|not_be_here|not_be_around|be_gone|dead|dying|leaving_this_world|ending',
    ],
    unless: ['phone|old|laptop|tablet|ipad|console|xbox|ps5|switch|car|bike|shoes|hoodie|jacket|haircut|hair|diet|sugar|money|wallet|paycheck|winter|sanity|dignity|savings|allowance|free_time|social_life|screen|charger|headphones|airpods|lol|lmao|haha|jk|kidding|game|match|round|lost|team|drama|groupchat|gc|server|class|school|summer|vacation|trip|camp|holiday|weekend|party|sleepover|moving|move|airport|flight|new_school|graduation|semester|season|show|series|finale|friendship|brb|gtg|g2g|night|nite|sleep|bed|battery|phone_dying|phone_is_dying|wifi|signal|exam|test|homework|broke|spoiler*', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['goodbye forever, this is your fault', 'bye world. you did this', "it's all your fault, soon i'll be gone"],
      ignore: ['goodbye forever summer, ur fault we have school lol', 'bye for good, moving to the new school tomorrow, your fault i cry', 'goodbye forever old phone, your fault for breaking'],
    },
  },
  {
    id: 'note-with-your-name',
    phrases: [
      'kill_myself|kms|end_it|end_it_all|end_my_life|die|suicide|off_myself|unalive_myself|hang_myself|overdose ..6 note|letter|message ..4 your|ur|you|u name|fault|blame|blaming|responsible',
      'my death|suicide|dying|blood ..3 on you|u|your|ur ..1 hands|conscience|head|soul|fault',
      'my death|suicide ..1 will_be|is|would_be|is_going_to_be ..1 on you|u|your|ur',
      'without you|u ..3 i|ill|@iwill|im|i_am|i_d|id ..2 end_it|end_it_all|die|kill_myself|kms|be_dead|not_survive|cant_live|can_not_live|cannot_live|will_not_survive|do_something_stupid|hurt_myself|end_my_life|not_be_here',
    ],
    unless: ['lol|lmao|haha|jk|kidding|lap|laps|run|workout|gym|coach|spicy|hot_sauce|pepper|laugh|laughing|cringe|exam|test|boredom|bored|math|homework|class|team|game|coffee|starve|starving|hungry|food|lunch|dinner|movie|show|book|character|story|song|lyrics|essay|poem|novel', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'll kill myself and leave a note with your name", 'my death will be on u', "without you i'll end it, i mean it, so dont leave"],
      ignore: ['my death will be on u if u make me run another lap lol', 'without you id die of boredom in math class'],
    },
  },
  {
    id: 'something-to-myself-live-with-that',
    phrases: [
      'do|doing|did|try something|smth|sth|something_bad|something_stupid|something_drastic ..1 to myself|to_myself|to_me',
      'you|u will|ll|gonna|going_to|would have_to|have_got_to live with ..1 that|it|this|the_guilt|guilt|my_death|what_i_do|what_happens|forever',
    ],
    unless: ['lol|lmao|haha|jk|kidding|haircut|hair|bangs|tattoo|piercing|makeover|nails|diet|workout|gym|room|outfit|clothes|paint|dye|decision|choice|mistake|grade|grades|test|exam|car|dent|scratch|decor|ugly|curtains|couch|wallpaper|tiles|rules|consequences_at_school|mom_said|dad_said|spoiler*|ending', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['if u dont do it i will do something to myself and u will have to live with that', 'answer or ill do something stupid to myself'],
      ignore: ['i might do something drastic to my hair lol', 'you will have to live with that haircut for a month'],
    },
  },
  // round 8 (en-et): "leave me and I'm done with life", "I'll cut again if you leave", "don't know what I'll do to myself"
  {
    id: 'done-with-life-if-you-leave',
    phrases: [
      'leave|leaving|block|blocking|dump|dumping|ignore|ignoring|unadd|ghost|ghosting me ..2 and|n|then|i_swear i_am|im|i_will_be|ill_be|ill|i_will|i ..1 done_with_life|done_with_everything|done_with_living|gone_for_good|not_here_anymore|not_going_to_be_here|ending_it|end_it|ending_it_all|end_it_all',
      'i_do_not|i_dont|i_do_not_know|dunno know what ..1 i|ill|@iwill|i_will|i_might ..1 do|will_do|might_do|would_do ..1 to myself|to_me',
      '@iwill|gonna|going_to|i_will|i_might|i_swear_i cut|hurt|harm|starve|burn ..1 again|myself ..4 if|unless|when|cuz|because|the_second|the_moment you|u',
      'only thing|reason|one|person keeping me alive|here|going|breathing ..6 leave|block|stop|ignore|dare|if|so|send|prove|dont|do_not',
    ],
    unless: ['lol|lmao|haha|jk|kidding|lap|laps|run|workout|gym|coach|spicy|hot_sauce|pepper|laugh|laughing|cringe|exam|test|boredom|bored|math|homework|class|team|game|coffee|starve|starving|hungry|food|lunch|dinner|movie|show|book|character|story|song|lyrics|essay|poem|novel|hair|haircut|phone|wifi|battery|netflix|series', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever|helpline|samaritans|988|counsellor|counselor|therapist'],
    examples: {
      match: ['u leave me and im done with life', "if you dont send it i dont know what ill do to myself", "i'll cut again if you leave", "you're the only thing keeping me alive so dont you dare leave"],
      ignore: ['if you leave me on read again im done with you lol', "you're the only thing keeping me going in math class lol"],
    },
  },
  {
    id: 'no-reason-to-live-without-you',
    weight: 3,
    phrases: [
      'without you|u i|there_is|theres|there_s|i_have|ive|i_ve ..2 no|nothing|zero reason|point ..2 to_live|living|in_living|to_be_here|to_stay_alive|to_go_on|to_keep_going',
      'you_are|youre|your|you_re|u_are|u_r|ur|you_r my only reason ..2 to_live|living|to_be_here|to_stay_alive|for_living|im_alive|i_am_alive',
    ],
    unless: ['lol|lmao|haha|jk|kidding|lap|laps|run|workout|gym|coach|spicy|hot_sauce|pepper|laugh|laughing|cringe|exam|test|boredom|bored|math|homework|class|team|game|coffee|starve|starving|hungry|food|lunch|dinner|movie|show|book|character|story|song|lyrics|essay|poem|novel|hair|haircut|phone|wifi|battery|netflix|series', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever|helpline|samaritans|988|counsellor|counselor|therapist'],
    examples: {
      match: ['without you i have no reason to live, so prove you care', 'ur my only reason to live'],
      ignore: ['without you theres no point to living in this boring class lol'],
    },
  },
  {
    id: 'took-pills-if-you-cared',
    phrases: [
      'i [just] [already] took|swallowed|downed|necked ..3 pills|tablets|paracetamol|tylenol|meds|my_meds|sleeping_pills|painkillers ..6 if|unless you|u ..2 cared|care|loved|love|leave|left|ignore|block|dont|do_not|didnt|did_not|send|reply|answer|really|actually',
      'i [just] [already] took|swallowed|downed|necked ..3 pills|tablets|paracetamol|tylenol|meds|my_meds|sleeping_pills|painkillers ..6 because_of|cuz_of|bc_of|thanks_to|for you|u',
      'if|unless you|u ..6 i_am|im|i_will_be|ill_be|i_start|ill_start cutting|harming_myself|hurting_myself|starving_myself|overdosing|gone|jumping',
      'i_am|im|i will_not|wont|am_not_gonna|am_not_going_to|not_gonna|not_going_to be_here|be_around|be_alive|wake_up ..3 tomorrow|anymore|much_longer|by_morning|tonight ..2 if|unless you|u ..1 leave|left|block|ignore|do_not|dont|stop|never|will_not|wont|keep|say_no|refuse',
    ],
    unless: ['lol|lmao|haha|jk|kidding|lap|laps|run|workout|gym|coach|spicy|hot_sauce|pepper|laugh|laughing|cringe|exam|test|boredom|bored|math|homework|class|team|game|coffee|starve|starving|hungry|food|lunch|dinner|movie|show|book|character|story|song|lyrics|essay|poem|novel|hair|haircut|phone|wifi|battery|netflix|series|cake|line|grass|lawn|paper|ties|onions|veg|vegetables|bangs|corners|budget|dentist|appointment|holiday|trip|school|work|shift|office|flight|away|visit|cover|substitute|headache|migraine|flu|period|cramps|doctor|prescribed|vitamins|allergy|allergies|hayfever', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever|helpline|samaritans|988|counsellor|counselor|therapist'],
    examples: {
      match: ['i took a bunch of pills. if u cared youd send it', 'if u dont reply in 10 mins im cutting', "i'm not gonna be here tomorrow if you don't talk to me"],
      ignore: ['i took my pills, if u see mum tell her im fine', 'im not gonna be here tomorrow if u need notes, ask sam', 'i took two pills for my headache, if u see mum tell her', 'if u dont come im cutting the cake', "i won't be here tomorrow if you need me, dentist appointment"],
    },
  },
  // round 9 (en-n9t): "guess you don't care if I end up in hospital", "razor's right here"
  {
    id: 'end-up-in-hospital-razor-here-r9',
    phrases: [
      'do_not|dont|never|obviously|clearly|guess_you|guess_u ..1 care|cared ..6 if|when i end|wind|land ..1 up ..2 hospital|the_hospital|er|icu|grave|a_grave|dead|a_coffin|morgue',
      'if|when i end|wind|land up ..2 hospital|the_hospital|er|icu|grave|a_grave|dead|a_coffin|morgue ..6 fault|on_you|because_of_you|blame|care|your_choice|ur_choice',
      'guess|fine|ok|okay|whatever|then|so ..6 razor|razors|blade|blades|pills|rope|noose ..1 s|is|are ..1 right_here|here|ready|in_my_hand|next_to_me|beside_me|in_front_of_me',
    ],
    unless: ['shaving|shave|legs|beard|grandma|grandpa|vitamin|vitamins|with_food|with_water|after_dinner|prescription|headache|period|cramps|allergy|allergies|doctor|dentist|surgery|broken_arm|broke_my|fell|fall|accident|football|skate|skating|ski|skiing|trampoline|bike|lol|lmao|haha|jk|joke|joking|kidding|game|character|movie|episode'],
    examples: {
      match: ["guess u dont care if i end up in hospital then. razor's right here", "if i end up dead it's on you", 'fine. the pills are right here'],
      ignore: ['if i end up in hospital after this skate trick lol', 'the pills are right here, take one with food grandma', 'guess the razor is here, shaving my legs'],
    },
  },
  {
    id: 'only-reason-im-still-here-r9',
    phrases: [
      'only reason i_am|im|i ..1 still here|alive|breathing|living|around ..6 if|without|leave|go|dont|do_not|lose',
      'if you|u go|leave|leave_me|break_up|dump_me|block_me ..3 so do i|will_i',
    ],
    unless: ['lol|lmao|haha|jk|joke|joking|kidding|exam|test|school|class|job|work|party|trip|concert|coffee|netflix|show|series|game|team|cat|dog|puppy|shop|store|bus|train|car|ride|lift'],
    examples: {
      match: ['ur the only reason im still here. if u go, so do i', 'if u leave me so do i'],
      ignore: ['ur the only reason im still in this class lol', 'if u go to the party so do i', 'if u leave now so do i, the bus is here'],
    },
  },
  {
    id: 'you-are-the-reason-i-die-r10',
    phrases: [
      'you|u are|r|re|will_be the reason ..4 die|kill_myself|end_it|end_it_all|hurt_myself|cut_myself|cut_again|overdose|jump|not_be_here|not_here_anymore',
    ],
    unless: ['could_die|lost|we_lost|game|match|team|goal|exam|test|hangover|tired|hungry|cold|hot|heat|song|movie|show|episode|season', 'lol|lmao|lmfao|haha|hahaha|dying_laughing|crying_laughing|so_funny|funny|jokes|joke|dead|deceased|crying|laugh|laughing|meme|memes|cringe|embarrassment|embarrassed'],
    examples: {
      match: ["u r the reason i'll die tonight", 'you will be the reason i kill myself'],
      ignore: ['ur the reason im gonna die laughing lol', 'you are the reason we lost, i could die'],
    },
  },
  {
    id: 'hurt-myself-your-the-reason-r11',
    phrases: [
      '@iwill|i_am_going_to|im_going_to|i_am_gonna|im_gonna hurt|harm|cut|starve|end myself|me|it ..4 your|ur|you|u ..2 [the|are_the|r_the] reason|fault|blame|cause',
      '@iwill|i_am_going_to|im_going_to|i_am_gonna|im_gonna hurt|harm|cut|end myself|it ..4 because_of_you|because_of_u|cos_of_you|cos_of_u|cuz_of_you|cuz_of_u|thanks_to_you|on_you|on_u',
    ],
    unless: ['lol|lmao|haha|jk|kidding|laughing|laugh|gym|workout|running|training|football|skating|skateboard|bike|trampoline|ladder|cooking|knife_skills|falling|trip|dancing|exam|revision|diet|homework|essay|game|level|boss|squats|squat|reps|lifting|weights|deadlift*|pushups|push_ups|marathon|hiking|climbing|stretch*|plank|leg_day'],
    examples: {
      match: ['ill hurt myself and ur the reason', 'im gonna cut myself and its ur fault', 'ill end it because of u'],
      ignore: ['ill hurt myself laughing lol', 'im gonna hurt myself at the gym and its ur fault for the workout plan'],
    },
  },
  // round 16 (en-n16): "i'll cut again and it'll be ur fault"
  {
    id: 'cut-again-your-fault-r16',
    phrases: [
      '@iwill|i_swear|i_swear_i|i_am_gonna|im_gonna|imma [just] cut|relapse|start_cutting|hurt_myself|self_harm ..1 again|myself|tonight ..6 your|ur fault|on_you|because_of_you|blame_yourself',
      'if you|u ..6 @iwill|i_swear|i_swear_i ..1 cut|relapse|start_cutting ..1 again|myself',
      '@iwill|i_swear|i_swear_i [just] cut|relapse|start_cutting|hurt_myself ..1 again ..3 if|unless|when|the_moment you|u',
    ],
    unless: ['hair|fringe|bangs|sugar|carbs|caffeine|team|squad|roster|grass|lawn|cake|paper|fabric|losses|ties|you_off|u_off|you_from|u_from'],
    examples: {
      match: ["fine. if u dont send one by lunch i swear i'll cut again and it'll be ur fault", 'im gonna relapse tonight and its ur fault', "i'll start cutting again if u ignore me"],
      ignore: ['if u dont come to practice ill cut u from the team', 'i will cut my hair again, its ur fault for showing me that pic'],
    },
  },
  // round 23 (en-n23): "ill just end it tonight then, u clearly dont care if im alive", "then send it. ur the only thing keeping me here"
  {
    id: 'end-it-you-do-not-care-r23',
    phrases: [
      'you|u [clearly|obviously|really|even] do_not|dont|dnt [even|really] care if i_am|im|i|me ..1 alive|dead|die|live|living|here|gone|exist',
      '@iwill|i_am_gonna|im_gonna|i_am_going_to|im_going_to [just] end it|everything|things|my_life ..2 tonight|today|now|for_good|for_real ..3 then|since|because|cos|cuz|if|you|u',
      'send|do|answer|reply|pick_up ..6 only thing|reason|person|one keeping me here|alive|going|breathing',
      'only thing|reason|person|one keeping me here|alive|breathing ..6 so|then|if|unless send|do|answer|reply|dont_leave|do_not_leave',
    ],
    unless: ['with_him|with_her|with_them|the_relationship|the_call|the_stream|the_game|the_match|the_series|the_season|the_chat|the_convo|the_meeting|the_episode|the_book|the_story|the_essay|the_argument|the_fight|the_friendship|coffee|caffeine|gym|job|shift|lol|lmao|haha'],
    examples: {
      match: ['fine. ill just end it tonight then, u clearly dont care if im alive', 'then send it. ur the only thing keeping me here', 'u dont even care if im dead'],
      ignore: ['ill just end it with him tonight then', 'coffee is the only thing keeping me alive lol', 'fine ill end the stream now then, u clearly dont care about the raid'],
    },
  },
  // round 27 (en-n27): "if u walk away tonight i swear ill end it. i mean it"
  {
    id: 'walk-away-i-swear-end-it-r27',
    phrases: [
      'if|when|once you|u walk_away|walk_out|leave|go|dump_me|break_up|finish_this|end_this|end_us|leave_me ..4 i_swear|swear|i_promise ..3 end it|it_all|my_life|myself|everything',
      'if|when|once you|u walk_away|walk_out|leave_me|dump_me|break_up ..4 @iwill end it|it_all|my_life|myself|everything ..3 i_mean_it|i_am_serious|im_serious|not_joking|for_real|for_good|tonight',
    ],
    unless: ['on_read|on_seen|early|streak|call|chat|game|match|round|lobby|stream|party|class|meeting|lesson|practice|movie|show|series|episode|book|season|lol|lmao|haha|jk|joking|kidding|spoil*|ending|with_you|with_u|between_us|things_between|friendship|relationship|argument|convo|conversation|discussion'],
    examples: {
      match: ['if u leave me tonight i swear ill end it', 'if you walk away i will end it all, i mean it', 'if u dump me i swear to god i end everything'],
      ignore: ['if u leave the call i swear ill end it lol', 'if you leave now ill end the game early', 'if you walk away from this argument i will end it between us for real'],
    },
  },
  // round 27 (en-n27): "if u break up with me ill do something stupid", "dont u dare leave me, i'll jump"
  {
    id: 'leave-me-and-i-do-something-stupid-r27',
    phrases: [
      'if|when|once you|u break_up|leave|dump|go|block|ghost|walk_away ..4 @iwill|i_will|i_swear do something_stupid|something_drastic|something_bad|something_i_regret|something_to_myself|something_crazy',
      'do_not|never you|u dare leave|dump|block|ghost|go ..1 [me] ..3 @iwill|i_will|or_i|i_swear jump|overdose|od|cut|slit|drown|hang',
    ],
    unless: ['on_read|on_seen|early|streak|call|chat|game|match|round|lobby|stream|party|class|meeting|lesson|practice|movie|show|series|episode|book|season|lol|lmao|haha|jk|joking|kidding|spoil*|ending|eat|eating|buy|buying|order|ordering|text_your_ex|haircut|hair|dye|tattoo|pool|lake|water|trampoline|bungee|plane|parachute|skydive|queue|line'],
    examples: {
      match: ['i swear if u break up with me ill do something stupid', 'dont u dare leave me, ill jump', 'if you block me i will do something to myself'],
      ignore: ['if u leave me at the party ill do something stupid like text my ex lol', 'dont u dare leave the queue or ill jump in front lol'],
    },
  },
] satisfies PatternEntry[];
