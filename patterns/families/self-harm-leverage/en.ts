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
      'i [will] [literally] [can] not|cant live without you|u',
      '@iwill die|not_survive|not_make_it|disappear ..2 if|without|unless you|u',
      'my death|blood|suicide ..3 will_be|is|on|your ..2 fault|hands|your_fault|ur_fault|conscience',
      'it will|it_is_going_to|its_going_to|it_would be your|ur fault ..3 if|when i ..2 die|dead|kill|hurt|gone|not_here',
      'you|u will|would be|feel responsible|guilty ..3 if|when i ..3 die|dead|kill|hurt|gone',
      'do you|u want me to ..2 die|kill_myself|hurt_myself|cut|end_it',
      '@iwill [go] overdose|od|jump_off|jump_in_front|take_all_my_pills|take_pills ..4 if|unless|you',
    ],
    unless: ['spoil*|ending|episode|season|finale|book|movie|show|homework|test|exam|quiz|teacher|class|embarrass*|cringe|lol|lmao|lmfao|haha|hahaha|jk|joking|kidding|song|concert|tickets|game|level|boss|math|essay|presentation|crush_sees|he_sees|she_sees|mom_finds|dad_finds|if_i_fail|if_this|if_that|if_my'],
    examples: {
      match: [ "i'll kill myself if you don't send it", "if you block me i'll end it all", "i'll hurt myself if you leave", "i dont want to live anymore if you ignore me",'if you leave me i will kill myself', "i'll kill myself if you don't", 'i will hurt myself if u block me', 'i cant live without you', 'it will be your fault if i die', 'do u want me to kill myself'],
      ignore: ['if u spoil the ending i will literally kill myself', 'i will kill myself if i fail this test lol', 'if my crush sees this i will die'],
    },
  },
  {
    id: 'cut-if-you',
    phrases: [
      'if you|u ..6 @iwill|i_am_going_to|im_going_to|im_gonna|i_am_gonna [start] cut|cutting|overdose|od [again]',
      'if you|u ..6 @iwill|i_am_going_to|im_going_to|im_gonna [start] hurt|harming|starving|starve [myself] [again]',
    ],
    unless: ['cake|hair|bangs|line|ties|class|paper|grass|lawn|lunch|the|my_hair|you_off|u_off|off|out|corners|in|budget|sugar|carbs|food|pizza|homework|game'],
    examples: {
      match: ['if you dont answer im going to cut', 'if u leave ill start cutting again'],
      ignore: ['if you come late im gonna cut the cake without you', 'if you dont hurry ill cut in line'],
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
    unless: ['pool|lake|river_for_a_swim|swim|swimming|trampoline|in_without|game|level|lol|lmao|haha|jk|joking|kidding|bangs|hair|haircut|tattoo|piercing|shopping|buy|spend|money|diet|eat|food|cake|dessert|text_my_ex|my_ex|drunk|party|skydiving|bungee|parkour|ride|rollercoaster|view|photo|pic|sunset|selfie|concert'],
    examples: {
      match: ["i'm standing on the bridge rn. if u dont answer im jumping", "you're gonna make me do something stupid to myself if you ignore me", 'if u leave me ill jump'],
      ignore: ['if you dont come im jumping in the pool without you', 'im on the bridge rn if you want a photo of the sunset', 'im gonna do something stupid to myself like cut my own bangs lol'],
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
    unless: ['lol|lmao|lmfao|haha|hahaha|jk|kidding|joking|spoil*|ending|episode|finale|season|movie|show|book|test|exam|quiz|homework|essay|game|level|boss|cringe|embarrass*|crush|workout|gym|run|running|laughing|laugh|pun|puns|joke|jokes|meme|memes'],
    examples: {
      match: ['im gonna hurt myself and tell everyone it was because of you', 'if i end it all tonight its because of you'],
      ignore: ['i hurt myself laughing because of you lol', 'im gonna kill myself at the gym because of you and your workout plan'],
    },
  },
] satisfies PatternEntry[];
