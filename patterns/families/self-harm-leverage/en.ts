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
] satisfies PatternEntry[];
