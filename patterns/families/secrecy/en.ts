import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'do-not-tell',
    phrases: [
      'tell|say ..2 them|your_parents|your_mom|your_dad|ur_parents|ur_mom|anyone|everyone|people i_am|im|that_i_am|that_im|we_are|that_we_are ..2 friend|friends|cousin|classmate|girl|from_school|your_age|a_friend',
      'promise [me] you|u will_not|wont|will_never|never ..2 tell|say|show|mention',
      'you|u can_not|must_not|should_not|shouldnt|mustnt|cant|are_not_allowed_to ..2 tell|mention|show ..2 anyone|anybody|your|ur|no_one|nobody',
      'if anyone|anybody|someone|your_parents|ur_parents|your_mom|ur_mom|your_dad|ur_dad asks ..4 say|tell_them|we|you|u',
      'we do_not|never know each|eachother|each_other',
      'do_not let your|ur @audience|anyone|anybody|no_one ..2 see|know|find|read|check|catch',
      'do_not|never|dnt tell ..2 your|ur|ya|yer parents|mom|mum|mam|dad|mother|father|family|friends|teacher|teachers|counselor|sister|brother|bf|gf|boyfriend|girlfriend',
      'no_one|nobody|noone|no_body needs|has|have|should|must|can ..2 know|find_out|see',
      'no_one|nobody|noone will [ever] know|find_out',
      'this|it|that stays|is|should_stay|has_to_stay|must_stay|will_stay ..2 between_us|between_you_and_me|between_u_and_me|our_secret|a_secret|secret|private',
      'keep|keeping ..3 this|it|us|that|our_chat|our_convo|our_conversation|what_we ..2 between_us|to_yourself|to_urself|secret|a_secret|private|quiet|on_the_down_low|on_the_dl|lowkey|hidden|secret_from',
      'our ..2 secret|little_secret|lil_secret|secret_thing|little_thing',
      'convo|chat|conversation|dms|this|everything stays|staying|stay ..1 here|in_here|in_this_chat|in_this_app|between_us|in_the_dms',
      'just|only between you|u and|n me',
      'do_not|dont|never tell her|him|them then',
      'say|tell_her|tell_him|tell_them|tell_your_mom|tell_ur_mom|tell_your_mum|tell_ur_mum|tell_your_mam|tell_your_parents|tell_ur_parents|tell_your_dad|tell_ur_dad ..2 you|your|u [are|re|r|were|will_be] at|with ..2 friend|friends|a_friends|a_friend|your_friends|ur_friends|library|practice|a_sleepover|school',
      'your|ur parents|mom|mum|dad|family|friends ..3 would|will|wouldnt|would_not|will_not|do|dont|wont|do_not ..2 not|never understand|get_it|approve|let_you|allow',
      'they|people|others|adults ..3 would|will|wouldnt|wont|would_not|will_not|do_not|dont ..2 never|not understand|get_it|understand_us|understand_what_we_have',
      'your|ur parents|mom|mum|dad|family|friends|folks ..2 wouldnt|wont|would_not|will_not|dont|do_not|never|cant|can_not ..1 understand|get_it|approve|accept',
      'they|people|others|adults|nobody|no_one|noone ..3 wouldnt|wont|would_not|will_not|dont|do_not|never|cant|can_not|would|will ..1 understand|get_it|get_us|accept_us|approve ..2 us|what_we_have|what_we_got|our|me_and_you|you_and_me|u_and_me',
    ],
    unless: ["i_like|like_him|like_her|but_i_like|i_fancy|have_a_thing_for", "brother|sister|bro|sis|siblings ..4 make_fun|tease|roast|laugh_at_us|laugh_at_me|never_let_us|never_let_me", 'ice_cream|chocolate|the_cake|biscuits|cookies|sweets|candy|snacks|for_sunday|christmas|xmas', 'without_her|without_him|without_them|without_me|seeing_it_without|going_without|sneaking_snacks', 'roundabout|roundabouts|car_park|parking_lot|motorway|parallel_park|parallel_parking|three_point_turn|driving_lesson|driving_lessons|stalled|l_plates|learner_plates', 'santa|secret_santa|budget|fake|edited|photoshopped|real|homework|math|science|history|surprise|party|birthday|bday|present|gift|spoiler|spoilers|ending|episode|season|finale|the_plan|a_plan|our_plan|plans|plan_for|plan_is|game_plan|plan_b|proposal|crush|grade|grades|score|test|exam|quiz|answers|recipe|password|pin|code|wifi|want_to_come|wanna_come|tag_along|want_to_tag|reveal|outfit|prom|corsage|got_into|got_in|got_accepted|academy|announces|announce|announcement|selected|scholarship|offer_letter|results_day', 'more_than_him|more_than_her|more_than_them|more_than_your|more_than_ur|bigger_slice|last_slice', 'from_year|from_the_year|from_the_freshmen|from_the_sophomores|from_the_juniors|from_the_seniors|from_the_sixth_form|from_the_little_ones|from_the_kids|from_the_younger_ones'],
    examples: {
      match: [ "don't tell your mom about me", "just dont tell yer mam ok", "never tell ur mam we talk", "this is just between us ok", "keep this a secret", "you can't tell anyone about this",
        'dont tell ur parents tho',
        'keep it between us',
        'lets keep this our little secret ok?',
        'nobody needs to know',
        'ur parents wouldnt understand',
        'this stays between you and me',
        'no one will ever know',
        'dont tell her then. say ur at a friends',
        'this convo stays here ok',
        'tell your mom you are at the library',
        'just tell ur mum ur with ur friends',
        'ppl wouldnt understand what we have',
        'nobody would understand us',
        'And keep this between us, the other lads get jealous of the 1-to-1 plan',
      ],
      ignore: ["keep it between us but i like jake", "dont tell your mum i let u do the roundabout last week", "dont tell ur brother, he'll make fun of us again", 'lol true keep it secret from year 10s', 'dont tell anyone the plan for saturday', 'dont tell ur brother i gave u more than him lol', "dont tell ur brother lol he'll want to come", 'people wont get this meme lol', 'dont tell mia about the party its a surprise!!', 'dont tell them then, its a surprise', 'tell your mom ur at my house for the sleepover party', "don't tell anyone the ending of the show", 'keep the password secret', 'the cake stays here for the party', 'they would never understand the math homework lol'],
    },
  },
  {
    id: 'delete-traces',
    phrases: [
      'make_sure|remember|dont_forget|do_not_forget ..2 to delete|clear|erase|wipe ..2 everything|it_all|our|the_chat|the_messages|this|these',
      'delete|clear|erase|wipe|remove|unsend ..3 our|this|these|the|my|all|every ..2 chat|chats|messages|message|msgs|msg|convo|convos|conversation|conversations|dms|texts|history|pics|photos|snaps|everything',
      'delete|clear|erase|wipe|unsend everything|it_all|all_of_it ..3 after|when|before|once|so|every_time|each_time|or|right',
      'delete|clear|erase ..3 after|when|once|as_soon_as you|u ..2 read|see|seen|saw|done|finished|sent',
      'use|turn_on|switch_on|put_on ..3 disappearing|vanish|vanishing|incognito|private|secret ..2 mode|messages|chat|chats',
      'set|put|switch|change ..4 disappearing|vanish|vanishing|auto_delete|autodelete|self_destruct*|ephemeral ..1 mode|messages|msgs|chat|on',
      'use|turn_on|switch_on|put_on|set|enable|activate|turn|put ..3 auto_delete|autodelete|auto_deleting|self_destruct*|disappearing_messages|disappearing_msgs|vanish_mode|delete_timer|message_timer|chat_timer ..3 on|timer|mode|messages|msgs|chat|so|its|it_is|for|after|safer',
      'hide|hidden ..3 app|chat|chats|messages|convo|conversation|phone|me|this|us|our ..3 from|so ..3 your|ur|ya|parents|mom|mum|dad|family|nobody|no_one',
      'make_sure|go|first|before ..3 lock|close|shut ..2 your|ur|the door|bedroom_door',
      'your|ur|the door|bedroom_door ..1 is|s locked|shut|closed ..2 first|right|yet|before|now',
      'make|making sure ..3 no_one|nobody|noone|your_parents|ur_parents|your_mom|ur_mom|your_dad|ur_dad ..2 see|sees|finds|find|reads|read|checks|knows',
      'do_not|never save|screenshot|ss|screen_record ..3 chat|chats|messages|this|convo|conversation|pics|photos|it',
      'change|save ..2 my|me ..3 contact|number|name ..2 as|to a_girl|girl|a_fake|fake|different|something_else|someone_else|a_girls',
      'save|put|store|keep ..3 my|me ..3 number|contact|name|chat ..2 under|as ..3 fake|different|another|girl|girls|something_else|someone_else|a_fake|not_my_real',
      'do_not|never save|put|store ..3 my|me ..3 number|contact|name ..2 under|as ..2 my_real|real|my_actual|actual',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|santa|group|gc|class|team|project|embarrassing|ugly|typo|wrong|mistake|spam|old|storage|space|memory|lag|bug|cache|app_is|homework|draft|notes|meme|memes|the_server|channel'],
    examples: {
      match: [ "delete this chat", "make sure your parents don't find out", "delete my messages after you read them", "delete our messages",
        'delete our chats after',
        'delete this convo when ur done',
        'clear the chat history',
        'delete everything after you read it',
        'use disappearing messages',
        'turn on the auto delete timer, its safer for both of us',
        'set the chat to auto-delete so its safer',
        'put it on vanish mode',
        'set the chat to disappearing messages',
        'hide this app from ur parents',
        'make sure your parents dont see',
        'save my number as a girl name',
        'make sure ur door is locked first',
        'dont save my number under my real name',
      ],
      ignore: ['delete that photo it is ugly', 'clear the cache to fix the lag', 'delete the messages in the group chat pls', 'i deleted my old messages for storage', 'turn on auto delete for old messages to free up storage', 'delete the chat when the surprise is done lol', 'set the group chat to disappearing messages'],
    },
  },
  {
    id: 'do-not-tell-anyone',
    phrases: [
      'do_not|never|dnt tell anyone|anybody|nobody|no_one|a_soul',
      'do_not|never|dnt tell|show|mention|say ..2 anyone|anybody|no_one|nobody|noone|a_soul|people|others ..3 about|bout|abt|this|us|me|our|that|what|it|ok|okay|or|they|k|alright',
      'do_not|never|dnt tell|show|mention ..2 ur|your|ya mom|mum|dad|parents|friends|family|teacher*|brother|sister ..3 about|bout|abt|this|us|me|our|that|what|it|ok|okay|or|they|k|alright',
    ],
    unless: ["prank|pranks|snitch", 'lol|lmao|lmfao|omg|haha|hahaha|crush|like_him|like_her|i_like|likes|dating|kissed|gossip|tea|but_i|but_he|but_she|broke|failed|santa|surprise|party|birthday|bday|present|gift|spoiler|spoilers|ending|episode|season|finale|plan|plans|grade|grades|score|test|exam|quiz|answers|password|homework'],
    examples: {
      match: [ "dont tell nobody","don't tell anyone ok", 'dont tell anyone we talk', 'never tell anybody about us'],
      ignore: ["dont tell anyone about the prank, delete the gc after", 'dont tell anyone lol but i like jake', "don't tell anyone the ending of the show", 'dont tell anyone but i kissed him'],
    },
  },
  {
    id: 'delete-ours-then-r36',
    phrases: [
      'delete|clear|erase|wipe|unsend ours|our_chat|our_chats|our_messages|our_msgs|our_convo|our_dms|our_texts ..2 then|just_in_case|in_case|to_be_safe|so_they|so_nobody|so_no_one|before_they|before_anyone',
    ],
    unless: ['group|gc|project|storage|space|lag|old_phone|new_phone|surprise|party|lol|haha|lmao'],
    examples: {
      match: ['maybe delete ours then', 'delete our chats just in case', 'wipe our messages so nobody sees'],
      ignore: ['delete ours then, the group project doc is a mess', 'delete our chat then, my phone has no storage lol'],
    },
  },
  {
    id: 'not-yet',
    phrases: [
      'do_not|never|dnt tell|mention|say|show ..4 parents|mom|mum|dad|family|folks|anyone|anybody ..2 yet|just_yet|for_now|until ..2 we|i|the_contract|it_is|its|you',
    ],
    unless: ['birthday|bday|party|present|gift|mothers_day|fathers_day|anniversary|pregnant|baby|engaged|engagement|proposal|propose|wedding|grade|grades|report_card|test|exam|quiz|puppy|kitten|dog|cat|christmas|xmas|santa|trip|vacation|concert|tickets|cake|recipe|dinner|new_job|got_in|accepted|acceptance|college|university|lol|haha|lmao|omg|crush|dating|broke|failed|dent|scratch|academy|got_into|announce|announces|announced|announcement|selected|picked|captain|scholarship|offer_letter|results'],
    examples: {
      match: ['dont mention it to ur parents yet, we want the contract to be a surprise', "Please don't tell your parents yet, we like to surprise families with the contract", 'dont tell anyone yet until we meet'],
      ignore: ["don't tell mom yet, it's a surprise for her birthday", 'dont tell anyone yet but i got into college!!', 'dont tell your parents yet about the grade, tell them after the retake'],
    },
  },
  {
    id: 'trouble-if-you-tell',
    phrases: [
      'if you|u tell|show ..2 anyone|anybody|your|ur|someone|somebody|people|them ..4 i|ill|@iwill|we ..2 get|go|be|end_up in_trouble|to_jail|to_prison|arrested|locked_up|in_big_trouble',
      'i could|can|will|would|might [get] go|get|end_up to_jail|to_prison|arrested|locked_up|in_big_trouble ..3 if|because',
      'your|ur parents|mom|mum|dad|family|teachers|friends|folks do_not|dont|does_not|doesnt|never need|have|got to|got_to ..1 know|find_out|hear|see|read|check',
      'parents|mom|mum|dad|folks do_not|does_not|never need|have|got to|got_to ..1 know|find_out',
    ],
    unless: ['with_my|my_coach|my_mom|my_dad|my_parents|coach|teacher|surprise|party|birthday|bday|present|gift|plan|plans|grade|grades|test|exam|quiz|homework|phone|curfew|late|skipped|skipping|ditched|sneak|sneaking|broke|dent|scratch|lol|lmao|haha|jk'],
    examples: {
      match: ['if u tell anyone ill get in trouble', 'ur parents dont need to know', 'i can come round, dad doesnt have to know', 'just come, mum doesnt need to find out', 'your parents dont need to see our messages', 'i could go to jail if anyone finds out'],
      ignore: ['ur mom doesnt need to know about the surprise party', 'if u tell anyone i skipped ill get in trouble lol', 'if you tell anyone ill get in trouble with my coach', 'my dad doesnt have to know about the dent lol', 'mom doesnt need to know about the surprise party'],
    },
  },
  {
    id: 'only-i-will-see',
    phrases: [
      'only|just @iwill [ever] see|look_at|watch|have|keep|get_to_see ..2 it|them|those|these|that|this|you|u',
      'only|just me|i ..2 will|would|is_going_to|going_to|can|get_to ..1 see|look_at|watch|have ..2 it|them|those|these|that|this',
      'no_one|nobody|noone else ..2 will|would|is_gonna|going_to|can|is_going_to ..1 ever ..1 see|know|find_out|have',
      'no_one|nobody|noone else ..2 will|would|is_gonna|going_to|can|is_going_to see|know|find_out|have',
      'for my eyes only',
      'send|show ..4 to me privately|in_private|just_to_me|only_to_me',
      'send|show ..4 privately|in_private',
      'my eyes only',
      'view_once|viewonce|view_1 ..3 so|and ..3 it|its|they|nobody|no_one|noone ..2 disappear*|vanish*|delete*|gone|can_not_save|cant_save|can_not_screenshot|cant_screenshot|see',
      'so|and it|its|they|the_pic|the_pics|the_video ..2 disappear*|vanish*|self_destruct*|auto_delete*|deletes_itself ..3 no_one|nobody|noone|no_proof|no_trace|your_parents|ur_parents|your_mom|ur_mom',
    ],
    unless: ['story|close_friends|close_friend|diary|journal|draft|password|passcode|pin|test|exam|grade|grades|doctor|nurse|therapist|counselor|surprise|party|birthday|bday|present|gift|santa|spoiler|spoilers|ending|homework|essay|lol_jk|gc|groupchat|group_chat|group|server|class|team|answer|answers|quiz|address|location|number|link|code'],
    examples: {
      match: ["and u can send me a few practice pics in ur outfit, only i'll see them", 'nobody else will ever see it i promise', 'for my eyes only 😘', 'send it on view once so it disappears', 'just me will see them', 'just send them to me privately'],
      ignore: ['only i will see the draft, dont worry', 'nobody else can see my close friends story', 'no one else will see the surprise until saturday', 'the snow will disappear by tomorrow', 'send me the homework privately so the teacher doesnt see the group copied', 'send it privately, dont post it in the gc', 'nobody else will know the answer lol'],
    },
  },
  {
    id: 'so-they-do-not-see',
    phrases: [
      'so|so_that|where|without your|ur|ya parents|mom|mum|dad|family|folks|sister|brother|mother|father|friends|sis|bro ..2 do_not|does_not|will_not|can_not|never|would_not ..1 see|find_out|know|notice|catch|hear|check|read|suspect|snoop|look|go_through|spy|track|monitor',
      'so|so_that|where no_one|nobody|noone|nobody_else|no_one_else ..1 sees|see|finds_out|find_out|knows|notices|catches|can_see|will_see|hears|suspects',
      'without your|ur|ya parents|mom|mum|dad|family|folks ..1 knowing|finding_out|seeing|noticing|hearing|reading|checking|snooping|looking|monitoring|tracking|spying',
      'without anyone|anybody|nobody|no_one ..1 knowing|finding_out|seeing|noticing',
      'do_not|no_need_to|do_not_need_to|no_need|never_mind worry|bother ..1 about ..1 asking|telling|checking_with|texting ..1 your|ur parents|mom|mum|dad|folks',
      'do_not want|need your|ur parents|mom|mum|dad|folks|family ..1 seeing|reading|finding|to_see|to_read|to_find|knowing|checking|to_check ..2 our|this|us|these|the|my',
      'do_not|never|dnt tell|mention|say ..2 your|ur|ya coach|coaches|trainer|instructor|teacher|teachers|counselor|principal|youth_leader|pastor|tutor',
      'no_need|do_not_need|dont_need|not_necessary ..1 to ask|tell|check_with ..1 your|ur parents|mom|mum|dad|folks',
      'show|teach you|u how to hide|lock|disguise ..2 apps|app|chats|messages|texts|photos|pics|vault|our',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|presents|gifts|cake|mess|grade|grades|report_card|test|exam|dent|scratch|broke|broken|tattoo|piercing|christmas|xmas|mothers_day|fathers_day|anniversary|card|spoiler|spoilers|ending|candy|sweets|chocolate|snack|snacks|dishes|chores|phone_bill|late|curfew|homework|ate|eat|eaten|cookie|cookies|food|pizza|spilled|spill|stole|borrowed|skipped|annoying|home_screen|settings|clutter|notifications|ads|spam|lol|lmao|haha'],
    examples: {
      match: ['i can pick u up after school friday, ill park round the corner so ur mum doesnt see us', 'delete it so ur parents dont find out', 'come to the back door so nobody sees', 'we can talk without your parents knowing', 'so ur parents dont snoop on our chats ofc', 'ill pick u up, dont worry about asking ur parents', 'i dont want ur mom seeing our convos', 'we can celebrate, dont tell ur coach', 'do u want me to show u how to hide apps on ur phone', 'just so we can talk without ur parents reading it'],
      ignore: ['hide the cake so mum doesnt see it before the party', 'wrap the present so your dad doesnt find out', 'so nobody sees the mess lol', 'so nobody finds out we ate the last cookie', 'do u want me to show u how to hide the annoying apps on ur home screen'],
    },
  },
  {
    id: 'will-not-save',
    phrases: [
      'i will_not|never|would_never|do_not|dont ..1 screenshot|ss|save|screen_record|screenrecord|record|keep|post|share ..2 it|them|anything|this|that|pics|pic|photos|video|ever|i_swear|i_promise|promise|swear',
      'i will_not|never|would_never|do_not ..1 screenshot|ss|screen_record|screenrecord|show_anyone|show_anybody|show_nobody|share_them|share_it|post_them|post_it',
      'promise|swear ..3 not_to|never|will_not|wont ..1 screenshot|ss|save|screen_record|record|share|show_anyone|show_anybody|post',
    ],
    unless: ['group|gc|storage|space|full|memory|drawing|art|poem|meme|memes|homework|answers|notes|ending|spoiler|spoilers|surprise|your_number|address|link|password|passcode|pin|code|lol|lmao|haha|ugly|cringe|embarrassing|game|level|file|doc|essay|draft|recipe|playlist|song'],
    examples: {
      match: ['cmon just flash me for a sec on cam, i swear i wont screenshot', 'i never save pics i promise', 'i promise not to screenshot', 'u can trust me, i wont show anyone'],
      ignore: ['i wont screenshot ur ugly selfie lol', 'i promise not to share the answers', 'i wont save the file, send it again', 'i never save pics from the group chat, storage is full', 'i wont show anyone ur drawing'],
    },
  },
  {
    id: 'do-not-tell-we-talk',
    phrases: [
      'do_not|never|dnt say|tell|mention anything|a_word|nothing|owt ..2 to|about_it_to|about_me_to your|ur|ya mom|mum|mam|dad|parents|family|folks|mother|father|ma|da',
      'do_not|never|dnt call|text|ring|message ..2 him|her|your_mom|your_dad|ur_mom|ur_dad|your_mum|your_parents|ur_parents|them ..4 busy|in_a_meeting|meeting|working|will_not_answer|wont_answer|asleep|driving',
      'do_not|never|dnt tell|mention|say ..3 your|ur|ya mom|mum|dad|parents|family|folks ..3 she|he|they|will|would|worry|freak|freak_out|overreact|get_mad|get_angry|understand|get_the_wrong_idea|not_understand|just_worry',
      'do_not|never|dnt tell|mention|say ..2 anyone|anybody|nobody|no_one|your_parents|ur_parents|your_mom|ur_mom|your_mum|your_dad|ur_dad|your_friends|ur_friends [that] i_asked|i_messaged|i_texted|i_dmed|i_dm|we_talk|we_talked|we_are_talking|we_chat|we_met|i_added|about_us|i_sent|i_message|i_text',
      'do_not|never|dnt tell|show|mention|say ..3 the_others|the_other_girls|the_other_boys|the_other_guys|the_other_kids|the_other_players|other_girls|other_kids|the_rest_of_the|the_team',
    ],
    unless: ['crush|like_him|like_her|i_like|likes|dating|kissed|gossip|surprise|party|birthday|bday|present|gift|santa|spoiler|spoilers|ending|episode|grade|grades|score|test|exam|quiz|answers|homework|plan|plans|lineup|line_up|tactic|tactics|play|plays|strategy'],
    examples: {
      match: ['just dont say anything to ur mam', 'wait by the gym door and dont call him hes in a meeting', 'dont mention it to ur mum she will just worry', 'dont tell anyone i asked lol', 'never tell ur parents we talk', 'dont mention it to the other girls, theyd get jealous'],
      ignore: ['dont tell your mum about the surprise party she will cry', 'dont tell anyone i asked but does jake like her', 'dont tell the other girls about the surprise party', 'dont tell the team about the new plays yet'],
    },
  },
  {
    id: 'has-to-stay-secret',
    phrases: [
      'its|it|this|we|us|that|everything ..3 has_to|have_to|got_to|must|need_to|needs_to|should|gotta be|stay|remain [a|our] secret|private|hidden|lowkey|between_us|our_secret|on_the_down_low|on_the_dl',
      'you|u|your|ur [are|r|re] my [little|lil|dirty|sweet|special|best_kept] secret',
      'no_one|nobody|noone else ..1 needs|has|have|should|must|got_to|got ..2 know|find_out|see|hear',
      'they|he|she|them do_not|does_not|never need|needs|have|has|got ..1 to ..1 know|find_out|see|hear',
      'no|without parents|moms|mums|adults|chaperones|your_parents|ur_parents|your_mom|your_mum ..4 awkward|weird|ruin|ruins|complicate|complicated|uncomfortable|get_in_the_way|overreact',
      'when|while|after|once everyone|everyones|everybody|your_parents|ur_parents|your_mom|ur_mom|your_mum|your_family|the_house [is|are|s|re|goes|go|falls|fall|has_gone] asleep|sleeping|to_sleep|to_bed|in_bed',
      'keep|put|turn ..3 phone|it|ringer ..2 on silent|vibrate|mute|do_not_disturb|dnd ..3 so|when|tonight|at_night|late|midnight|nobody|no_one|they|your_parents|ur_parents',
      '@iwill|we_will|we_can|just tell|say_to your|ur parents|mom|mum|dad|folks ..3 its|it_is|that_it_is|that_its|we_are|you_are|youre|your ..2 a|an|at|going_to|on ..1 camp|sleepover|school_trip|trip|study_group|practice|friends|event|workshop|retreat',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|gifts|santa|spoiler|spoilers|ending|episode|plan|plans|proposal|password|pin|code|wifi|recipe|answers|test|exam|quiz|grade|grades|location_of_the|treasure|game|hideout|fort|club|handshake|lol|haha|lmao|sleepover|movie|study|homework|class|school|cinema|church|library|meeting|theatre|theater|bestie|sis|bro|cake'],
    examples: {
      match: ['wanna be my gf? but its gotta be secret', 'ur my little secret 😘', 'u should come stay at mine for the weekend, ill tell ur parents its a camp', 'this has to stay between us', 'just us, no one else has to know', 'u can stay at mine if things get bad, they dont need to know', 'no parents, they make it awkward', 'ill call u at midnight when everyones asleep, keep it on silent'],
      ignore: ['keep ur phone on silent in class so the teacher doesnt take it', 'no parents at the sleepover, it would be awkward lol', 'the surprise has to stay secret until saturday', 'the club handshake has to be secret lol', 'the wifi password has to stay private'],
    },
  },
  {
    id: 'unseen-by-others',
    phrases: [
      'without ..2 the|your|ur|ya ..1 squad|group|friends|team|crew|sister|brother|mom|mum|dad|parents|family ..1 seeing|knowing|reading|noticing|finding_out|watching',
      'lock|close your|ur door ..4 first|so_no_one|so_nobody|so_they|so_your|so_ur|no_one|nobody|do_not_want|dont_want|before_we|before_i',
      'do_not|dont want|need your|ur mom|mum|dad|parents|mother|father|family|sister|brother ..2 walking_in|to_walk_in|coming_in|to_see|seeing|finding_out|to_find_out|to_know|reading',
      'keep it|this|that|them ..1 off|out_of the|your|ur group|gc|group_chat|story|feed|socials',
      'if anyone|anybody|someone|somebody|your_parents|ur_parents|your_mom|ur_mom|your_dad|ur_dad|they ask|asks ..3 i_am|im|say|tell_them|just_say|we_are|were|i_was ..3 friend|cousin|classmate|from_school|tutor|coach|uncle|brothers_friend|sisters_friend',
    ],
    unless: ['surprise|party|present|gift|birthday|bday|spoiler|spoilers|game_plan|plays|homework|answers|test|quiz|exam|drama|beef|fight|robbers|burglar|cold|heat|ac|dog|cat|cats|noise|loud'],
    examples: {
      match: ['wanna hop on discord priv so we can talk without the squad seeing', 'hop on facetime rn and lock ur door first, dont want ur mom walking in lol', 'send it and keep it off the group', 'lock ur door before we call', 'if anyone asks im just a friend from school'],
      ignore: ['lock your door so the cat doesnt get in', 'lock ur door before u go to bed pls', 'lock your door before you leave', 'keep it off the group chat its a surprise for jess', 'plan the party without ur sister finding out, its a surprise', 'if anyone asks say im ur cousin, its a surprise party'],
    },
  },
  {
    id: 'hide-our-chat',
    phrases: [
      'keep ..3 on_the_low|low_key|hush_hush|under_wraps|on_the_quiet',
      'do_not|dont|never go|be telling|tellin|going_round_telling|going_around_telling ..2 people|anyone|anybody|your_mum|ur_mum|your_mom|ur_mom|your_parents|ur_parents|your_friends|ur_friends ..2 about|bout|abt us|me|this',
      'clear|delete|erase|wipe ..2 history|search_history|browser_history ..2 after|afterwards|when|once|every|each|before|so|tonight',
      'delete|clear|erase|unsend this|these|it|them|everything ..2 after|afterwards|right_after|asap|once_you|once_u|when_you|when_u|after_you|after_u|before_anyone|before_your|before_ur|before_someone|before_somebody|before_they',
      'our chat|chats|convo|convos|conversation|conversations|dms|messages|msgs|texts|talks are|is|stay|stays|should_stay|have_to_stay|has_to_stay|must_stay private|secret|between_us|just_between_us|hidden|just_ours',
      'do_not|never screenshot|ss|screen_record|screenrecord|screenshotting|save_this|save_these|save_our',
      'just|only between me and|n you|u',
      'do_not|never|dont say|tell|speak|talk ..1 to|with your|ur mother|mom|mum|father|dad|parents|family|teacher ..2 about me|about_us|about_this|about_our|about_it',
      'better|best|safer ..3 your|ur parents|mom|mum|dad|family|folks|nobody|no_one|noone|they ..1 do_not|dont|does_not|doesnt|not|never|will_not know|find_out|hear|see',
      'no_need|dont_need|do_not_need|no_reason|not_necessary|you_do_not_need|u_dont_need|you_dont_need ..1 to tell|mention|say_anything_to|ask ..1 anyone|anybody|your_parents|ur_parents|your_mom|ur_mom|your_dad|ur_dad|them|your_mum|ur_mum',
      'secret|private|hidden|second|spam|fake|another ..1 account|acc|profile|phone|number|app ..4 she|he|they|your_mom|your_parents|ur_mom|ur_parents|nobody|no_one|your_mum ..2 do_not|does_not|doesnt|dont|wont|will_not|never|can_not|cant know|find|see|check|knows',
      'just_us|only_us|between_us|our [little|lil] secret',
      '@app logs|records|saves|monitors|tracks|reads|keeps|stores|scans everything|messages|chats|all|our_chats|our_messages|dms',
      'i will_not|wont|would_never|never|am_not_going_to|im_not_going_to|am_not_gonna|will_never tell|say_anything_to|snitch_to your|ur parents|mom|mum|dad|folks|family',
      'so|so_that they|them ..1 do_not|does_not|will_not|can_not|never|wont|cant see|find|read|know|notice|check|catch',
      'lock|close|shut the|your|ur door ..3 i_want|i_wanna|i_want_to|want_to|wanna|want_to_show|ill_show|i_will_show|and_turn|and_get_on|and_hop|then_call|then_facetime|and_facetime|and_call|and_go_on',
      'promise|swear ..4 delete|deleting|wont_save|will_not_save|never_save|not_save|wont_keep|will_not_keep|wont_screenshot|will_not_screenshot ..2 it|them|the_pic|the_pics|right_after|after|straight_away|immediately',
      'delete|erase|clear|wipe everything|all ..2 we said|we_talked|we_talked_about|we_sent|we_did|i_said|i_sent|we_talk',
      'so|so_that nobody|no_one|noone|they reads|read|can_read|checks|check|can_see|finds|find|sees',
      'so|so_that your|ur parents|mom|mum|dad|folks|family ..2 do_not|does_not|will_not|can_not|never|wont|cant find|finds|read|reads|notice|check|checks|see|sees',
      'archive|hide ..3 chat|chats|convo|conversation|messages|msgs|dms|this|it|app|texts ..3 so|from',
      'use|turn_on|open|make|put_it_in|move_it_to ..2 hidden|secret|locked|vault chat|chats|folder|album|mode|app|feature',
      'what we have|got ..6 understand|get_it|approve|accept',
      'tell|say_to your|ur parents|mom|mum|dad|folks ..1 [that] you|your|u|you_are [are|r|re] ..2 sleeping|staying|going|at|with ..2 a_friends|a_friend|friends|your_friends|ur_friends|a_sleepover|the_library|practice|study_group',
      'turn_off|switch_off|disable ..2 location|location_sharing|snap_map|find_my|life360|read_receipts|family_sharing|screen_time|parental_controls ..4 so|and|then|nobody|no_one|your|ur|parents|mom|mum|dad|they',
    ],
    unless: ['cache|lag|storage|space|memory|slow|bug|surprise|party|gift*|present*|birthday|bday|christmas|santa|homework|answers|test|quiz|exam|spoiler|spoilers|ending|meme|memes|lol|haha|lmao|ugly|cringe|embarrassing|typo|gc|group|class|team|stranger|strangers|creep|creeps|safe|safety|privacy|creepy|stalker|scam|teacher|counselor|crush'],
    examples: {
      match: ['keep it on the low', 'dont go telling people bout us', 'dont say to your mother about me, she will not understand', 'Our sessions are private, so it is better your parents do not know for now.', "i'll pick u up, no need to tell anyone", 'can we do a video call? just u and me, dont need to tell anyone', 'u know what would help? a secret account she doesnt know about', 'send me a pic of u rn, just us 🤫', 'dm me on telegram instead, discord logs everything', 'u can tell me anything, i wont tell ur parents', 'lets talk on snap so they dont see', 'good. lock the door, i wanna show u something on cam', 'i promise ill delete it', 'erase everything we said', 'put a password on ur phone so nobody reads this', 'use the hidden chat feature', 'archive this chat so ur parents dont find it', 'what we have is special, others wouldnt understand', 'tell ur mom ur sleeping at a friends house', 'clear ur history after', 'delete this after you read it', 'our chats are private ok', 'dont screenshot', 'its just between me and u', 'turn off ur location so ur parents cant see where u go'],
      ignore: ['no need to tell anyone about the surprise party, its tomorrow', 'wrap the presents so they dont see them', 'lock the door and feed the cat pls', 'hide the gift so ur mom doesnt find it', 'use the hidden chat feature for the surprise party group', 'tell ur mom ur sleeping at mine, my mum already texted her', 'delete it after the party lol', 'dont screenshot my ugly face lol', 'clear ur history after, the browser is slow', 'turn off snap map so strangers cant see where u live', 'dont screenshot the test answers', 'just between me and u, i have a crush on jake'],
    },
  },
  {
    id: 'secret-because-of-age',
    weight: 3,
    phrases: [
      'can_not|cant|must_not|should_not|shouldnt|mustnt|not_allowed_to tell|know|find_out ..3 anyone|anybody|people|your_parents|ur_parents|nobody|no_one ..5 age|age_thing|age_gap|age_difference|how_old|older|younger|legal|illegal|trouble|jail',
      'secret|tell|know|find_out|between_us|private|quiet|lowkey ..5 because|bc|cuz|coz|since ..3 age_thing|age_gap|age_difference|our_ages|how_old|im_older|i_am_older',
    ],
    unless: ['lol|haha|lmao|jk|movie|show|book|character|celebrity|actor|actress|singer|teacher|class|news|grandma|grandpa|parents_are|my_parents|my_mom|my_dad'],
    examples: {
      match: ['i really like u. but we cant tell anyone bc of the age thing', 'we have to keep it secret because of the age gap', 'u cant tell anyone how old i am, id get in trouble'],
      ignore: ['we cant tell anyone about the age gap in that show lol', 'my parents have a big age gap, its not a secret'],
    },
  },
  // round 7 (en-tg): "dont mention me to ur friends", "can u talk without anyone hearing", "they'd freak if they knew we talk"
  {
    id: 'do-not-mention-me',
    phrases: [
      'do_not|dont|never|no_need_to mention|bring_up|talk_about|say_anything_about me|us|our_chats|our_chat|our_convo|our_convos|that_we_talk|that_we_talked|we_talk|we_talked|this_chat|our_friendship|our_messages ..3 to|with|around|in_front_of your|ur|anyone|anybody|parents|mom|mum|dad|friends|family',
      'can|could you|u talk|chat|text|call|facetime|vc ..3 without anyone|anybody|your_parents|ur_parents|your_mom|ur_mom|your_family|ur_family|them|people ..1 hearing|seeing|knowing|noticing|listening|finding_out|walking_in',
      'parents|mom|mum|dad|family|they ..3 would|will|gonna|going_to ..2 freak|freak_out|flip|lose_it|kill_you|not_understand|never_understand|not_get_it ..4 if ..3 knew|know|find_out|found_out|saw ..2 we|about_us|about_me|we_talk|we_talked|about_this|about_our',
    ],
    unless: ['party|surprise|birthday|bday|gift|present|spoiler|spoilers|ending|episode|movie|show|test|exam|grade|grades|report_card|vase|broke|broken|crush|lol|haha|lmao|sleepover|detention|grounded|phone_bill|dent|scratch|tattoo|piercing|hair|dye|concert|money|owe|dish|dishes|homework|game|match|divorce|fight|fighting|problem|problems|sad|crying|upset|drama|vent|advice|about_my|skipped|skip|skipping|snuck|sneaked|ditched|cut_class'],
    examples: {
      match: ['dont mention me to ur friends', 'never bring up our chats with ur mom', 'can u talk without anyone hearing', 'ur parents would freak out if they knew we talked'],
      ignore: ['dont mention the party to ur mom, she will tell mine', 'my parents would freak out if they knew about my grades', 'can u talk without anyone hearing? i need to tell u about my crush', 'dont mention me to ur mom lol i still owe her the dish', 'can u talk without anyone hearing? its about my parents divorce', 'my parents would freak out if they knew we skipped school'],
    },
  },
  {
    id: 'will-not-tell-on-me',
    phrases: [
      'you|u|your|ur|you_are|youre ..2 not|will_not|never ..2 tell|snitch|rat on|about me|us',
      'you|u|your|ur|you_are|youre ..1 not|wont|will_not|never ..2 tell|snitch|rat on me|about_me|about_us ..1 right|yeah|ok|okay|huh|promise',
      'what they|your_parents|ur_parents|your_mom|ur_mom|your_dad|ur_dad|parents|mom|mum|dad|people do_not|dont|does_not|doesnt know ..2 will_not|wont|cant|can_not|does_not|doesnt hurt',
      'and|to|just|please not tell|mention anyone|anybody|your_parents|ur_parents|your_mom|ur_mom ..2 we|about|that_we|bout|abt',
      'delete|uninstall|hide ..1 the|this|that app ..4 after|when|before|so|once ..3 we|talk|chat|done|parents|mom|mum|dad|see',
    ],
    unless: ['party|surprise|birthday|bday|gift|present|spoiler|spoilers|ending|episode|movie|test|exam|grade|grades|report_card|vase|broke|broken|crush|lol|haha|lmao|sleepover|detention|grounded|dent|scratch|tattoo|piercing|hair|dye|concert|money|owe|dish|dishes|homework|game|match|cookie|cookies|candy|snack|ate|eaten|lamp|window|sneaking_out|vape|vaping|storage|space|battery|lag|laggy|crash|crashes|virus|bug|update|dented|crashed|wrecked|lost|spilled|ruined'],
    examples: {
      match: ['ur not gonna tell on me right?', 'u wont tell about us right', 'what ur parents dont know wont hurt them', 'can u do me a favour and not tell anyone we talk', 'delete the app after we talk'],
      ignore: ['ur not gonna tell on me right? about the vase', 'u wont tell mom i ate the cookies right', 'delete the app after, its taking all ur storage'],
    },
  },
  {
    id: 'convo-never-happened',
    phrases: [
      'this|our|the convo|conversation|chat|talk|call|facetime|dms never happened|happend|existed',
      'between me|you|u n|an|nd|and you|u|me ..2 only|ok|okay|right|yeah|k|alright|nobody|no_one|noone|got_it|understand|promise',
      'can|could you|u keep [a] secret|secrets ..2 right|yeah|tho|ok|okay|from_your|from_ur|for_me',
      'you|u can|could keep [a] secret|secrets ..2 right|yeah|tho|ok|okay|from_your|from_ur|for_me',
    ],
    unless: ['party|surprise|birthday|bday|gift|present|spoiler|spoilers|ending|episode|movie|show|test|exam|grade|grades|report_card|vase|broke|broken|crush|like_him|like_her|i_like|lol|haha|lmao|sleepover|detention|grounded|dent|scratch|tattoo|piercing|hair|concert|money|owe|homework|game|match|santa|proposal|pregnant|engaged|plan|plans|cookie|cookies|candy|recipe|embarrassing|awkward|cringe|drunk|fight|argument|difference|choose|choice|pick|decide|deciding|vs|better|for_the|for_class|president|election|vote|votes|slice|last_slice|race|final|finals|tie|tied'],
    examples: {
      match: ['this convo never happened', 'its between me n u ok', 'u can keep secrets right?', 'this stays between you and me ok'],
      ignore: ['this convo never happened lol so embarrassing', 'its between me and u for class president', 'can u keep a secret? i like jake', 'its between me and you for the last slice', 'between u n me the new teacher is kinda mid'],
    },
  },
  {
    id: 'typos-and-non-native',
    phrases: [
      'do_not|dont|dnt|never tel|tll|tel_anyone|tell ..1 your|ur|anyone|anybody|nobody|no_one ..1 [mom|mum|dad|parents|parnts|prents|friends|family] about|bout|abt|bowt me|us|this|our',
      'do_not|dont|dnt|never tel|tll|tell your|ur parnts|prents|parants|perents|parens',
      'keep|kep ..2 this|it|us|our ..1 secrit|secrat|secert|secret|seceret|sekret',
      'only one|person i talk|text|speak|chat to|with like this|like_that|this_way|about_this',
    ],
    unless: ['party|surprise|birthday|bday|gift|present|spoiler|spoilers|ending|episode|movie|show|test|exam|grade|grades|vase|broke|broken|crush|lol|haha|lmao|sleepover|homework|game|santa|plan|plans|reveal|outfit|prom|got_into|got_in|academy|announces|announce|announcement|selected|scholarship'],
    examples: {
      match: ['dont tel ur mom bout me', 'dont tell ur parnts', 'cn u keep this secrit', 'ur the only one i talk to like this'],
      ignore: ['dont tel ur mom bout the party lol', 'keep this secret from jess, its a surprise', 'dont tell anyone yet but i got into the academy!! keep it secret till coach announces it'],
    },
  },
  {
    id: 'parents-will-not-know',
    phrases: [
      'your|ur parents|mom|mum|dad|folks|family ..1 will_not|wont|wouldnt|would_not|never|do_not|dont|does_not ..1 know|find_out|notice|see|hear|suspect',
      'your|ur parents|mom|mum|dad|folks|family ..1 do_not_have_to|does_not_have_to|dont_have_to|do_not_need_to|does_not_need_to|dont_need_to|need_not|shouldnt|should_not ..1 know|find_out|hear',
    ],
    unless: ['party|surprise|birthday|bday|gift|present|spoiler|spoilers|ending|episode|movie|show|test|exam|grade|grades|report_card|vase|broke|broken|crush|lol|haha|lmao|sleepover|homework|game|match|santa|plan|plans|tattoo|piercing|hair|dye|dent|scratch|owe|money|anniversary|mothers_day|fathers_day|christmas|xmas|answer|answers|difference|cookie|cookies'],
    examples: {
      match: ['stay at mine tonight, ur parents wont know', 'ur mom doesnt have to know', 'ur parents will never find out'],
      ignore: ['ur mom wont know about the surprise party', 'ur parents wont notice the dent lol'],
    },
  },
  // round 8 (en-eg): "look at this then delete it", "delete after, snap doesnt save anyway", "without them hearing", "this app saves everything"
  {
    id: 'delete-after-looking',
    phrases: [
      'look|see|watch|open|read|check ..3 then|and|and_then|after|afterwards|but ..1 delete|erase|unsend|remove it|this|them|that|everything',
      'and|then|but|just delete|erase|unsend after|afterwards|right_after|straight_after|it_after|them_after|when_you_are_done|when_done',
      'for_me|for_my_eyes|my_eyes_only|between_us ..2 delete|erase|unsend ..1 after|afterwards|right_after|straight_after|it_after|them_after',
      '@app does_not|do_not|will_not|never|can_not save|saves|keep|keeps|store|stores ..1 anyway|anything|nothing|it|them|pics|photos|snaps|chats|messages',
      'without them|anyone|anybody|your_parents|ur_parents|your_mom|ur_mom|your_mum|ur_mum|your_dad|ur_dad|your_family|ur_family|your_folks|ur_folks hearing|knowing|noticing|finding_out|waking_up|catching_you|catching_u|seeing|walking_in',
      'this|the|here app|site|chat|platform ..1 saves|logs|records|keeps|stores|monitors|tracks|reads|scans ..1 everything|all|our_chats|our_messages|messages|chats',
    ],
    unless: ['cache|lag|storage|space|memory|slow|bug|surprise|party|gift*|present*|birthday|bday|christmas|santa|homework|answers|test|quiz|exam|spoiler|spoilers|ending|meme|memes|lol|haha|lmao|ugly|cringe|embarrassing|typo|gc|group|class|team|stranger|strangers|creep|creeps|safe|safety|privacy|creepy|stalker|scam|teacher|counselor|crush|notes|drafts|backup|cloud|password|passwords|receipt|address|drums|guitar|practice|piano|snore|snoring|sleep|tv|music|movie|game|cookie|cookies|snack|fridge|dog|cat|puppy'],
    examples: {
      match: ['look at this then delete it ok', 'ur turn. and delete after, snap doesnt save anyway', 'only for me, delete it after ok', 'between us. erase afterwards', 'just wondering if u can vc late night without them hearing', 'lets keep talking on wickr, this app saves everything'],
      ignore: ['look at this then delete it lol so embarrassing', 'sneak the presents in without them noticing, its a surprise', 'this app saves everything to the cloud, so handy for notes', 'i cant practice drums without them hearing', 'snap doesnt save chats so screenshot the address'],
    },
  },
  // round 8 (en-eg): "clear ur messages before ur parents check"
  {
    id: 'clear-before-parents-check',
    phrases: [
      'clear|delete|erase|wipe|unsend|archive ..3 messages|msgs|chat|chats|texts|dms|convo|convos|history|everything|it|this|them ..2 before|so|in_case ..3 parents|mom|mum|dad|they|anyone|anybody|someone|family|folks ..2 check|checks|see|sees|look|looks|find|finds|go_through|goes_through|read|reads',
    ],
    unless: ['cache|storage|space|memory|slow|bug|surprise|party|gift*|present*|birthday|bday|christmas|santa|spoiler|spoilers|meme|memes|lol|haha|lmao|embarrassing|cringe|test|quiz|exam|answers|scam|stranger|strangers|creep|creeps|safe|safety|teacher|counselor|crush|search_history|browser|grades|report_card|bill|bank'],
    examples: {
      match: ['clear ur messages before ur parents check', 'delete our chat in case ur mom goes through ur phone', 'archive this so they dont see'],
      ignore: ['delete the gc msgs before jess sees, its a surprise', 'clear the cache before anyone checks the laptop, its so slow'],
    },
  },
  // round 8 (en-eg): "make sure no one is around", "go to ur room so we can talk", "turn off ur read receipts", "ill show u something if u promise not to tell"
  {
    id: 'no-one-around-go-to-your-room',
    phrases: [
      'make_sure|check|see_if|see_whether no_one|nobody|noone|nobodys|no_ones|nobody_s ..1 is|s around|home|there|watching|listening|in_the_room|can_hear|can_see|near|nearby|looking',
      'go|get|run|sneak to|into your|ur room|bedroom|bathroom ..3 so|and|then we|i|you|u ..2 talk|call|vc|facetime|ft|chat|show|can_talk|can_call',
      'go|get|run|sneak to|into your|ur room|bedroom|bathroom ..2 and|then|n ft|facetime|vc|call|cam|text|snap|dm|video_call|message|ring me',
      'turn_off|switch_off|disable|hide your|ur read_receipts|location|snap_map|find_my|life360|location_sharing|active_status|online_status',
      '@iwill show|send|tell [you|u] something|smth|sth|a_secret ..3 if|but you|u ..1 promise|swear ..2 not|never|dont|do_not|wont|will_not ..1 tell|say|show',
    ],
    unless: ['surprise|party|gift*|present*|birthday|bday|prank|christmas|santa|spoiler|spoilers|lol|haha|lmao|bestie|sis|bro|creepy|creep|creeps|strangers|stranger|stalker|safety|safe|privacy|scam|teacher|counselor|crush|homework|test|exam|answers|game|fortnite|minecraft|roblox|battery|mom_said|mum_said|dad_said|dinner|chores|clean|tidy|grounded|punishment|noise|loud|quiet_hours|baby|sleeping_baby|nap'],
    examples: {
      match: ['make sure no one is around', 'go to ur room so we can talk', 'go to ur room and ft me', 'turn off ur read receipts', "i'll show u something if u promise not to tell"],
      ignore: ['make sure no one is around when u open the gift, its a surprise', 'turn off ur location, strangers can see it on snap map', 'go to ur room so we can talk about the homework quietly, the baby is sleeping'],
    },
  },
  // round 8 (en-eg): cover stories, "just say ur at a mates"
  {
    id: 'cover-story-at-a-mates',
    phrases: [
      'say|tell_them|tell_her|tell_him|tell_your_mum|tell_ur_mum|tell_your_mom|tell_ur_mom|tell_your_parents|tell_ur_parents you|your|ur|you_are|u [are|re|r] at|with|staying_at|sleeping_at|going_to|round|over_at a|your|ur|my mates|mate|friends|friend|mates_house|friends_house|mate_s|friend_s|sleepover|bestie_s|besties|library|practice',
    ],
    unless: ['surprise|party_for|birthday|bday|gift|present|prank|lol|haha|lmao|grounded|really_are|actually_are|it_is_true|true|truth|mom_said|mum_said|dad_said|if_they_ask_where|sick|doctor|hospital|emergency'],
    examples: {
      match: ['just say ur at a mates', 'tell ur mum ur staying at a friends house'],
      ignore: ['just say ur at a mates for the surprise party lol', 'just say ur at a friends, its true, u r at mine'],
    },
  },
  // round 8 (en-eg): "ur parents would take ur phone if they saw this", "mums the word", "if ur mom asks im a girl from ur school", "save me as emma in ur phone", "we have to be careful"
  {
    id: 'phone-taken-cover-names',
    phrases: [
      'parents|mom|mum|dad|folks would|will|gonna|going_to|d take|confiscate|smash|ban|check ..1 your|ur phone ..3 if they|she|he saw|see|found|find|knew|know|read',
      'mums|moms|mum_s|mom_s the word ..2 ok|okay|yeah|right|about_us|about_this|about_me|k|promise|remember|got_it|understand',
      'if your|ur parents|mom|mum|dad|anyone|anybody|sister|brother|friends|family ask|asks ..3 i_am|im|i_m|say|tell_them ..3 a|your|ur girl|friend|classmate|cousin|mate|from',
      'save|put|add me as|under ..3 in your|ur phone|contacts',
      'change|rename|hide|save my name|number|contact ..3 in|as|to|under [your|ur] contacts|phone|a_girl|a_girls|girl|fake|different|another',
      'we|you|u have_to|gotta|got_to|need_to|must|should be careful|discreet|sneaky|quiet ..2 [ok|okay|tho|though|about_this|about_us|right]',
    ],
    unless: ['surprise|party|gift*|present*|birthday|bday|christmas|xmas|santa|spoiler|spoilers|prank|lol|haha|lmao|bestie|sis|bro|grades|grade|report_card|screen_time|bill|test|exam|homework|new_number|new_phone|changed|lost_my|ice|road|roads|drive|driving|money|budget|weather|storm|stairs|glass|knife|oven|stove|dog|cat|puppy|baby'],
    examples: {
      match: ['ur parents would take ur phone if they saw this', 'mums the word ok', 'if ur mom asks, im a girl from ur school', 'save me as emma in ur phone', 'change my name in ur contacts', 'we have to be careful'],
      ignore: ['mums the word about the surprise party', 'change my name in ur contacts, i got a new number', 'we have to be careful on the ice tomorrow', 'ur mom would take ur phone if she saw ur screen time lol'],
    },
  },
  // round 8 (en-eg): "lets keep our friendship private, other people might not understand", "i could be your secret boyfriend"
  {
    id: 'private-friendship-secret-bf',
    phrases: [
      'keep our|this|us|what_we_have friendship|relationship|chats|chat|convo|thing|talks|connection ..1 private|secret|between_us|quiet|lowkey|on_the_low|to_ourselves|hidden',
      'people|others|they|everyone|nobody|no_one ..2 might|would|will|will_not|would_not|wouldnt|might_not|do_not|dont|does_not|doesnt|can_not|cant ..1 not ..1 understand|get_it|approve|accept ..2 us|this|what_we_have|our',
      'be your|ur|my secret|hidden boyfriend|girlfriend|bf|gf|lover|relationship|man|girl',
      'our secret relationship|thing|friendship|love|romance',
    ],
    unless: ['surprise|party|gift*|present*|birthday|bday|christmas|xmas|santa|spoiler|spoilers|prank|lol|haha|lmao|bestie|sis|bro|grades|grade|report_card|screen_time|bill|test|exam|homework|new_number|new_phone|changed|lost_my|admirer|valentine|valentines|crush|novel|book|show|movie|series|character'],
    examples: {
      match: ["Let's keep our friendship private, other people might not understand", 'I could be your secret boyfriend'],
      ignore: ['i could be ur secret santa lol', 'in the show they keep their relationship secret, people wouldnt understand them'],
    },
  },
  // round 8 (en-eg): chat spellings of "delete this chat"
  {
    id: 'dlt-this-chat',
    phrases: [
      'dlt|del|delet|delte|deleet|dlete|deleat|delit this|the|our|that|these|those chat|convo|msgs|messages|chats|dms|texts|pics|pic|conversation',
    ],
    unless: ['surprise|party|gift*|present*|birthday|bday|spoiler|spoilers|lol|haha|lmao|embarrassing|cringe|ugly|typo|gc|group|class|team|storage|space|spam|scam|bot|bots|creep|creepy'],
    examples: {
      match: ['dlt this chat', 'del our msgs'],
      ignore: ['dlt this chat lol so cringe', 'del the gc msgs before jess sees the surprise'],
    },
  },
  // round 9 (en-n9g): "don't mention it to your parents yet", "im discreet", "no1 has 2 know", "no one checks kik", "dont tell ur mates", "go to the bathroom and lock the door"
  {
    id: 'do-not-mention-to-parents-r9',
    phrases: [
      'do not|do_not|don_t mention|bring_up|say ..3 to|in_front_of your|ur parents|mum|mom|dad|family|folks|friends|mates|teacher|teachers|sister|brother|anyone|anybody',
      'do not|do_not tell|say_anything_to|say_nothing_to|mention_it_to your|ur mates|mate|boys|lads|girls|homies|crew|bestie|bff|bf|gf|boyfriend|girlfriend|sister|brother|sis|bro|friends',
      'no1|noone|no_one|nobody|nobdy has|needs|got_to|got [2|to] know',
      'no1|noone|no_one|nobody|nobdy ..1 checks|check|looks_at|reads|monitors|watches|knows_about @app|dms|dm|messages|msgs|this_app|it',
    ],
    unless: ["brother|sister|bro|sis|siblings ..4 make_fun|tease|roast|laugh_at_us|laugh_at_me|never_let_us|never_let_me", 'santa|secret_santa|surprise|party|birthday|bday|present|gift|spoiler|spoilers|ending|episode|season|finale|proposal|crush|engagement|pregnant|pregnancy|grades|score|test|exam|quiz|answers|recipe|password|pin|code|wifi|prank|plan|plans|result|results|lol_jk|haha|hahaha|want_to_come|wanna_come|tag_along|want_to_tag|reveal|outfit|prom|corsage|got_into|got_in|got_accepted|academy|announces|announce|announcement|selected|scholarship|offer_letter|results_day', 'without_her|without_him|without_them|without_me|seeing_it_without|watching_it_without|going_without', 'more_than_him|more_than_her|more_than_them|more_than_your|more_than_ur|bigger_slice|last_slice'],
    examples: {
      match: ["Yes asap, and don't mention it to your parents yet, agency policy until the contract is signed", 'dont tell ur mates, theyll get jealous', 'wanna meet up l8r? i can come get u, no1 has 2 know', 'add me on kik, no1 checks kik'],
      ignore: ["dont tell ur brother, he'll make fun of us again", 'dont mention the party to ur mum, its a surprise', 'dont tell ur mates the ending of the episode', 'no one has to know my test score lol haha'],
    },
  },
  {
    id: 'i-am-discreet-r9',
    phrases: [
      'i_am|im|i_m [very|super|totally|really|always|100] discreet|discrete',
      'age|your_age|ur_age ..2 does not|does_not matter ..4 discreet|secret|between_us|no_one|nobody',
    ],
    unless: ['crush|about_my|doctor|nurse|clinic|helpline|counsellor|counselor|therapist|police|report|childline|teacher|school|confidential_service'],
    examples: {
      match: ['doesnt matter, how old are u? under 18 is fine im very discreet', 'im super discreet dont worry'],
      ignore: ['the clinic is discreet, im a nurse there'],
    },
  },
  {
    id: 'lock-the-bathroom-door-r9',
    phrases: [
      'go|get|run|sneak to|into|in ..2 bathroom|toilet|loo|bedroom|room ..5 lock ..2 door',
      'lock ..2 door ..4 so|then|and ..2 no_one|nobody|noone|no1|they|she|he|your_sister|ur_sister|your_mum|ur_mum|your_parents|ur_parents|cant|can_not|wont|will_not',
    ],
    unless: ['being_a_pain|annoying|is_being|burglar|intruder|safe|safety|storm|police|scared|fire|lockdown|drill|dog|cat|baby|asleep|when_you_leave|when_u_leave|going_out|leaving|text_me|love_mum|love_mom|love_dad'],
    examples: {
      match: ['go to the bathroom then lol, lock the door', 'lock the door so ur sister cant see'],
      ignore: ["Are you home alone tonight? Dad's back around 10. Lock the door and text me when you've eaten x", 'lock the door when you leave'],
    },
  },
  {
    id: 'nobody-else-will-see-r9',
    phrases: [
      'nobody|noone|no_one|no1|nobdy else ..1 will|gonna|going_to|is_going_to|would|can|has_to|needs_to|is_gonna ..1 see|know|find_out|ever_see|ever_know',
      'no one else|else_will|else_going_to ..2 see|know|find_out',
    ],
    unless: ['spoiler|spoilers|surprise|party|birthday|bday|present|gift|grades|score|test|exam|results|diary|journal|password|story_for_close_friends|close_friends_story|lol_jk|haha'],
    examples: {
      match: ['just wanna c who im carrying lol, nobody else will see it', 'no one else is gonna see it i promise', 'nobody else will know'],
      ignore: ['nobody else will see the surprise till saturday', 'no one else will see ur test score lol haha'],
    },
  },
  {
    id: 'i-will-not-tell-ne1-r9',
    weight: 1,
    phrases: [
      'i will not|never tell|say ne1|any1|anyone|anybody|nobody|no1|noone|a_soul|a_single_person|ur_parents|your_parents|ur_mum|your_mum|ur_mom|your_mom',
      'i_promise|promise|swear ..2 i ..1 will not|will_not|never ..1 tell|show|say ..1 ne1|any1|anyone|anybody|a_soul|nobody|no1',
    ],
    unless: ['tell_me|talk_to_me|vent|here_for_you|here_for_u|down|sad|upset|crying|worried|are_you_ok|you_ok|okay|spoiler|spoilers|ending|episode|surprise|party|birthday|bday|present|gift|crush|grades|score|test|exam|results|secret_santa|plan|plans|pregnant|engaged|engagement|haha|lol_jk|about_your_crush|about_ur_crush|about_the'],
    examples: {
      match: ['i wont tell ne1', 'i promise i will never tell anyone, just send it'],
      ignore: ['i wont tell anyone about ur crush haha', 'i promise i wont tell anyone the ending', 'u can tell me anything, i wont tell anyone. want me to come over after practice?'],
    },
  },
  {
    id: 'dont-say-anything-hed-get-r10',
    phrases: [
      'do_not|dont|no_need_to|dont_need_to|do_not_need_to say|mention|tell|breathe ..4 he|she|they|your|ur|he_would|she_would|they_would|hed|shed ..3 get|gets|would|will|d|be ..2 protective|overprotective|weird|jealous|funny|freak|ballistic|the_wrong_idea|wrong_idea|understand|get_it|paranoid|crazy',
      'no_need|dont_need|do_not_need|needn_t to mention|tell|bring_up ..4 chats|chat|messages|texts|calls|convos|this|us ..3 to your|ur @audience',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|proposal|engagement|pregnant|baby|grades|results|test|exam|broke|broken|crashed|dent|scratch|lost_my|failed|detention|christmas|xmas|anniversary|plan|plans'],
    examples: {
      match: ["don't say anything to tom, he'd get all protective lol", "No need to mention the extra chats to your mum, she's paying for the hour"],
      ignore: ["don't say anything to mum about the party, she'd get weird about the surprise"],
    },
  },
  {
    id: 'save-me-under-another-name-r10',
    phrases: [
      'do_not|dont|never save|put|keep|store my name|number|contact|real_name ..2 in|into|on your|ur phone|contacts',
      'save|put|store me|my_number|my_contact ..1 as|under [a|an] [different|another|fake|girls|girl|other] name|emma|sophie|a_girl|a_girls_name|your_friend|ur_friend|a_friend|something_else',
      'make_sure|check|see_if nobody|no_one|noone|no1 ..1 walks_in|comes_in|is_around|is_home|can_hear|can_see|is_watching|is_looking|is_listening',
      'screenshot|screenshots|screen_record|save nothing|none_of_this|none_of_it',
    ],
    unless: ['surprise|party|cake|present|gift|game|hide_and_seek|hide_and_go_seek|prank|santa|secret_santa|escape_room|spoiler|spoilers|lol|haha|lmao|recording|podcast|rehearsal|practice|exam|test|quiz|class|teacher|nurse|doctor|therapist|counsellor|counselor|ex|stalker|scam|heads_up|blocked'],
    examples: {
      match: ['make sure nobody walks in', 'dont put my name in ur phone', 'save me as emma in ur contacts', 'screenshot nothing ok'],
      ignore: ['make sure nobody walks in, the cake is on the table for the surprise', 'save me as bestie in ur contacts lol'],
    },
  },
  {
    id: 'between-us-okay-r11',
    phrases: [
      'just|only|strictly|all between us|you_and_me|u_and_me ..2 okay|ok|yeah|alright|right|deal|promise|yes|yh|k',
      'things|stuff|some_things|this|it ..2 are|is|r better|best kept|left ..2 between us|you_and_me|u_and_me|private|secret',
      'do not|do_not|never discuss|share|mention|talk_about this|it|these_messages|this_case|this_matter ..2 with|to anyone|anybody|your_parents|ur_parents|family|friends|police',
      'do not|do_not|never inform|notify|alert|contact ..2 your|ur parents|family|school|anyone|anybody|police',
      'this is a|an confidential|private|secret investigation|case|matter',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|spoiler|spoilers|ending|crush|likes|fancy|fancies|grades|score|test|exam|quiz|answers|password|pin|wifi|gossip|tea|drama|jake|santa|recipe|proposal|pregnant|engaged|lol_jk|scam|scams|heads_up|news'],
    examples: {
      match: ['In your underwear, its for the body image exercise. Just between us, okay?', 'Some things are better kept between us while we work on your confidence', 'Do not discuss this with anyone.', 'This is a confidential investigation, do not inform your parents.'],
      ignore: ['just between us ok, i think jake likes her', 'dont share this with anyone, its the surprise party plan', 'do not discuss the exam answers with anyone'],
    },
  },
  {
    id: 'if-your-mum-asks-say-r11',
    phrases: [
      'if|when your|ur mum|mom|mam|dad|parents|family|sister|brother|teacher|nan|gran ..1 asks|ask|ask_you|asks_you|finds_out ..4 say|tell_them|tell_her|tell_him|just_say|pretend|lie|delete',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|santa|secret_santa|proposal|engaged|engagement|pregnant|baby_shower|homework|finished|ready|the_truth|truth|its_fine|sorry|invite|invited'],
    examples: {
      match: ['if ur mum asks say im from school', 'if ur parents ask just say im a friend from the team', 'if ur dad finds out delete everything'],
      ignore: ['if ur mum asks say the present is from both of us', 'if ur mum asks tell her the truth'],
    },
  },
  // ---- round 12 (en-n12): keep the meeting off the radar ----
  {
    id: 'dont-say-where-youre-going-r12',
    phrases: [
      'do_not|never|dont say|tell|mention ..3 where you|your|u|ur ..1 going|goin|headed|heading|off_to',
      'do_not|never|dont say|tell|mention ..2 who you|u are ..1 meeting|with|seeing',
      'wipe|clear|delete ..1 the|our|this chat|chats|messages|dms|convo ..2 every|each|after night|time|we_talk|we_chat',
      'keep us|this|it on the low|down_low|dl|low_key ..4 okay|ok|yeah|promise|alright|k',
    ],
    unless: ['surprise|party|bday|birthday|present|gift|proposal|secret_santa|prank|mum|mom|dad|grandma|nan'],
    examples: {
      match: ['lets link up this weekend, ill uber u to mine, just dont say where ur going', 'dont tell anyone who u are meeting', 'wipe the chat every night', 'u gotta keep us on the low ok?'],
      ignore: ['dont tell mum where were going, its her surprise party', 'dont say where ur going for bday, its a secret'],
    },
  },
  // ---- round 13 (en-n13): cover stories, "no need to involve your parents", "keep our chats to yourself" ----
  {
    id: 'cover-story-no-need-parents-r13',
    phrases: [
      'no_need|do_not_need|dont_need|not_necessary|no_point ..1 to involve|tell|bother|ask|mention|loop_in|get ..2 parents|parent|mum|mom|dad|family|guardian|guardians',
      // round 31 (en-n31): "just you, no need for your parents"
      'no_need|do_not_need|not_necessary|no_point ..1 for|of|with your|ur|the|a parents|parent|mum|mom|dad|guardian|guardians|chaperone|adult|adults|grownup|grownups',
      'parents|parent|mum|mom|dad|guardian|guardians|family|folks do_not|does_not|will_not need_to|have_to|got_to be_involved|get_involved|be_told|know|find_out|hear_about_it|hear_about_this ..2 yet|now|for_now|at_this_stage|right_now|about_this|about_it|about_us',
      'tell|say_to|just_tell ..1 your|ur mum|mom|dad|parents|folks|nan|gran ..2 its|it_is|you_are|youre|your|ur|that_its|that_you [a|at|with|going_to|doing] school_thing|school_trip|sleepover|study_group|studying|revision|practice|club|library|friends_house|mates|a_mate|a_friend',
      'keep ..3 our|these|this|the chats|chat|messages|texts|convos|talks|calls|dms ..2 to yourself|to_yourself|urself|to_urself|between_us|private|secret|on_the_low|quiet',
      'do_not|dont|never say|tell|mention nothing|nowt|nuffin|naught ..1 to nobody|noone|no_one|no1|anybody|anyone',
      'if you|u [ever] tell|mention|say_anything|say_a_word ..2 anyone|anybody|nobody|noone|no_one ..1 about us|me|this|what_we|our',
      '@app|@photo ..4 so they|it|we|our_chats stay|stays|remain|remains private|secret|between_us|hidden',
    ],
    unless: ['sign|signature|form|forms|slip|consent|permission_slip|drop_off|drops|pick_up|picks_up|lift|ride|bus|party|surprise|birthday|bday|present|presents|gift|gifts|already|i_asked|i_told|she_knows|he_knows|they_know|gig|concert|festival|lol|haha|jk|kidding|group_project|homework|teacher|coach|counsellor|counselor|therapist|helpline'],
    examples: {
      match: ['parents dont need to be involved at this stage', 'ur mum doesnt need to know about us', 'quick call? just u, no need for ur mum', 'no need for a parent on the call, its only a chat', 'send them to me on whatsapp +44 7700 900812 so they stay private', 'no need to involve parents yet, we only do that for finalists', 'come on a saturday, tell ur mum its a school thing', 'maybe keep our chats to urself tho', "i could swing by and pick u up, we'll go for a drive, don't say nothing to nobody", 'i will come round ur house if u tell anyone about us'],
      ignore: ['ur mum doesnt need to know about it yet, its her surprise party', 'parents dont need to be involved yet, the coach will email them', 'no need for your parents to sign, i already have the form', 'no need for ur mum to come, coach drops everyone home', 'no need to tell ur mum, i already asked her', 'dont say nothing to nobody about the surprise party', 'keep our chats to urself lol theyre embarrassing'],
    },
  },
  {
    id: 'dont-mention-me-to-her-r14',
    phrases: [
      'do_not|never|dont|no_need_to mention|bring_up|say_anything_about me|us|this_chat|our_chat|our_chats|our_deal|that_we_talk|we_talk|we_talked|that_we_talked|our_sessions|our_calls ..2 to|around|in_front_of|with your|ur|her|him|them|mum|mom|dad|parents|anyone|anybody|family|friends|sister|brother',
    ],
    unless: ['surprise|party|present|gift|birthday|bday|mad|angry|annoyed|upset|fight|fought|fell_out|argument|drama|awkward|ex|crush|hates|hate|jealous|interview|job|reference|cv|resume|teacher_knows'],
    examples: {
      match: ['just dont mention me to her ok', 'never mention our chats to ur parents', 'dont bring up that we talk around ur dad'],
      ignore: ['dont mention me to her, shes mad at me after the fight', 'dont mention the party to her, its a surprise', 'never mention me to my ex lol'],
    },
  },
  {
    id: 'dont-be-telling-your-mam-r14',
    phrases: [
      'do_not|dont|never|no ..1 be|go|going ..1 telling|tellin|snitching|grassing|blabbing ..1 [to] your|ur|ya|yer|anyone|anybody|nobody mam|mum|mom|ma|da|dad|parents|folks|family|mates|teacher|sister|brother ..2 about|bout|on me|us|this|it',
      'if|and you|u tell|snitch|grass|say_anything|report ..3 @iwill|i_will|ill say|tell_them|tell_everyone|make_out|show_them ..3 you|u sent|started|wanted|asked|lied|are_lying|came_onto|were_the_one',
    ],
    unless: ['surprise|party|present|gift|birthday|bday|broke|broken|dent|vase|remote|window|tattoo|piercing|spent|money|crush|lol|haha|lmao|jk|fine_then|homework|detention|grades|report_card'],
    examples: {
      match: ['dont be telling ur mam about me yeah', 'if u tell anyone ill say u started it', 'if you tell ill tell them u sent them first'],
      ignore: ['dont be telling ur mam about the party its a surprise', 'if u tell mum ill say u broke the vase lol'],
    },
  },
  {
    id: 'dont-show-parents-the-contract-r15',
    phrases: [
      'do_not|dont|no_need_to|dont_need_to|do_not_need_to|we_do_not_need_to show|mention|tell ..1 your|ur @audience ..4 contract|deal|deals|sessions|session|chats|chat|convos|messages|job|offer|money|payment|agreement|pics|photos|app|account|arrangement|allowance|rank|robux',
      'do_not|dont need_to|have_to mention|tell|bring_up ..4 to|with your|ur @audience',
      'just|strictly between us|you_and_me|u_and_me|me_and_you|ourselves ..3 the|my|our agency|company|platform|admins|mods|boss|others|team|staff|tutoring_company',
    ],
    unless: ['surprise|party|gift|present|bday|birthday|report|grades|results|exam|test|mark|marks|dent|vase|scratch|broke|broken|phone_bill|spoiler|spoilers|ending|lol|haha|jk|lmao|christmas|xmas|wedding|proposal|engagement|pregnant|pregnancy|shoes|tattoo|piercing|hair|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|recipe|cake|trip|tickets'],
    examples: {
      match: ['u know what i mean. dont show ur parents the contract yet either, they always ruin deals', 'And we dont need to mention the new sessions to your mum, she will just worry about money', 'I can do extra sessions for free if you want. Just between us, the agency does not like that'],
      ignore: ['dont show ur mum the present yet its for christmas', 'we dont need to mention the dent to your dad lol', 'dont tell ur mum about the surprise party', 'dont show ur mum the dress yet its for prom'],
    },
  },
  {
    id: 'parents-wouldnt-understand-what-we-have-r15',
    weight: 3,
    phrases: [
      'your|ur @audience|parents|people|anyone|nobody|no_one ..2 would_not|wouldnt|will_not|wont|could_not|couldnt|do_not|dont|would_never|never ..1 understand|get|accept|approve_of ..2 what_we_have|us|our_relationship|our_friendship|our_love|our_connection|what_we_are|this_relationship|our_thing|what_this_is|what_we_share|what_we_got',
      'nobody|no_one|noone|no1 would|will|could|can [ever] understand|get|accept what_we_have|us|our_relationship|our_love|our_connection|what_we_are|this_relationship|what_we_share',
    ],
    unless: ['lol|haha|jk|lmao|romeo|juliet|movie|film|book|character|characters|song|lyrics|show|episode|band|kpop|fandom|anime|game|gaming|music|bromance|squad|friend_group|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|counsellor|counselor|therapist'],
    examples: {
      match: ['delete our messages after u read them k, ur parents wouldnt understand what we have', 'ur mum would never accept us, shes not like u', 'nobody would understand our connection'],
      ignore: ['my parents wouldnt understand the anime we watch lol', 'ur dad wont get us, he thinks romeo and juliet is a comedy'],
    },
  },
  // round 16 (en-n16): "dont show ur dance teacher", "no need to mention it to mum"
  {
    id: 'do-not-show-your-teacher-r16',
    phrases: [
      'do_not|dont|never show|mention|let ..2 your|ur|ya dance_teacher|coach|teacher|mum|mom|dad|parents|instructor|trainer|riding_instructor|brother|sister|bro|sis',
      'no_need to mention|tell ..3 it|this|that|me|us to|your|ur mum|mom|dad|parents|teacher|coach',
    ],
    unless: ['surprise|present|gift|card|birthday|bday|report|grades|results|test|mark|marks|score|spoiler|ending|ice_cream|chocolate|cake|sweets|candy|biscuits|cookies|snacks|pizza|bill|receipt|price|damage|dent|scratch|crack|mess|tattoo|piercing'],
    examples: {
      match: ["dont show ur dance teacher, she'll want a cut lol", 'No need to mention it to mum, she worries'],
      ignore: ['dont show ur mum the present before sunday', 'dont show ur dad the scratch on the car lol'],
    },
  },
  // round 17 (en-n17): cover stories for parents, "our arrangement stays between us"
  {
    id: 'cover-story-r17',
    phrases: [
      'just|only tell|say_to them|your_parents|your_mum|your_mom|your_dad|your_mom_and_dad you_are|your|youre|you_were|you_will_be at|with|going_to|staying',
      'our [little] arrangement|deal|sessions|chats|talks|lessons|friendship|calls stays|stay|remains|remain|is|are between us|you_and_me|ourselves',
    ],
    unless: ['at_mine|at_my_house|at_my_place|sleepover|surprise|party|birthday|bday|present|gift|bet|prank'],
    examples: {
      match: ['nah better not, parents make models stiff lol. just tell them ur at the park', 'Our little arrangement stays between us', 'just tell ur mum ur with friends'],
      ignore: ['just tell them ur at mine for the sleepover', 'our little bet stays between us lol'],
    },
  },
  // round 18 (en-n18): "just for me, dont show anyone", "dont involve mum yet", "what they dont know wont hurt em"
  {
    id: 'just-for-me-dont-involve-r18',
    phrases: [
      'just|only for me ..3 do_not|dont|never show|tell|send|share ..1 anyone|anybody|nobody|no_one|ur_friends|your_friends',
      'involve|include|loop_in|bring_in ..2 @kin|parents|mum|mom|dad|folks ..1 yet|for_now|in_this|in_it',
      'what they|your_parents|ur_parents|your_mum|ur_mum|your_mom|ur_mom|your_dad|ur_dad|mum|mom|dad|ur_folks|your_folks do_not|does_not|dont|doesnt know will_not|wont|cant|can_not hurt|kill',
    ],
    unless: ['cake|chocolate|pizza|food|ate|eat|eating|spent|shopping|mcdonalds|maccies|takeaway|sweets|snacks|biscuits|ice_cream|fanta|crisps|tattoo|piercing|hair|surprise|party|birthday|bday|present|gift|christmas|xmas|anniversary'],
    examples: {
      match: ['send a pic in ur pjs rn? just for me ok dont show anyone', 'Just a quick test, don\'t involve mum yet', 'good. what they dont know wont hurt em lol', 'no need to loop in ur parents for now'],
      ignore: ['what mum doesnt know wont hurt her, i ate the last of the cake', 'what she doesnt know wont hurt him', 'dont involve ur mum yet its a surprise party', 'just for me? aw dont tell anyone about the present'],
    },
  },

  // round 19 (en-n19): "better not mention the pay to your parents"
  {
    id: 'better-not-mention-r19',
    phrases: [
      'better|best|prob|probably|prolly [do] not mention|bring|bring_up|say_anything|tell ..4 to|about|with|up_with your|ur @audience|folks',
      'no_need|do_not_need|dont_need|not_need ..2 to bring|tell|involve|ask|mention|loop_in ..2 your|ur parents|mom|mum|dad|folks|family|teacher|teachers',
    ],
    unless: ['surprise|gift|present|birthday|bday|party|lol|haha|lmao|sextortion|scam|ticket|tickets|grade|grades|detention'],
    examples: {
      match: ['better not mention the pay to your parents, they might think its too much', 'prolly dont bring this up with ur mom ok', 'no need to bring ur parents, its just a little job'],
      ignore: ['better not mention the surprise party to your mom', 'best not tell ur dad about the dent lol'],
    },
  },

  // round 19 (en-n19): "dont tell the server mods", "delete it from ur chats after", "they just report stuff to ur parents, talk to me instead"
  {
    id: 'dont-tell-the-mods-r19',
    phrases: [
      'do_not|dont|never tell|show|report ..2 mods|moderators|admins|server_mods|staff|owner|server_owner',
      'delete|erase|unsend|clear it|this|them|that|the_chat|the_pic|the_pics|everything ..3 after|afterwards|after_you|when_done|once_you|once_u|from_your_chats|from_ur_chats',
      'report|tell stuff|everything|it|things ..2 to your|ur parents|mom|mum|dad ..3 talk_to_me|come_to_me|tell_me ..1 instead|only',
      // round 31 (en-n31): "lets take this to dms so the mods dont see"
      'so|so_that|where|before [the] mods|moderators|admins|staff|server_mods|owner|server_owner ..1 do_not|does_not|will_not|can_not|never|wont|cant|cannot see|find|read|know|notice|check|catch|spot',
      'before [the] mods|moderators|admins|staff|server_mods|owner|server_owner see|notice|find_out|catch|spot|read|check',
    ],
    unless: ["prank|pranks|detention|gc|groupchat|group_chat", 'lol|haha|lmao|spam|spammed|meme|memes|surprise|party|gift|present|bday|birthday|homework|answers|test|quiz|password'],
    examples: {
      match: ['chill its just pics. nobody sees them exept me. dont tell the server mods tho', 'send a mirror pic rn just for me, and delete it from ur chats after ok', 'u dont need the school counselor, they just report stuff to ur parents. talk to me instead', 'come to my dms so the mods cant see', 'lets go private before the admins notice'],
      ignore: ["ok nobody tell mr harris abt the sticky notes tmrw, delete this gc after", 'dont tell the mods i spammed lol', 'delete this after u read it, its about the surprise party', 'take the spam to dms so the mods dont see lol', 'fix the typo so the mods dont notice the meme'],
    },
  },
  // round 20 (en-n20): "staff dont snitch. tell anyone and u lose rank"
  {
    id: 'tell-anyone-and-you-lose-r20',
    phrases: [
      'tell|telling|tells anyone|anybody|your_parents|ur_parents|your_mom|ur_mom|your_mum|ur_mum|a_mod|the_mods ..3 and|then|or you|u ..2 lose|get_banned|banned|kicked|lose_rank|lose_staff|blocked|demoted',
      'staff|mods|admins|members|vips do_not|dont|never snitch|tell',
    ],
    unless: ['spoiler|spoilers|password|ip|ips|seed|coords|coordinates|base|bases|cheat|cheats|exploit|exploits|glitch|the_answer|the_answers|surprise|party|lol|haha'],
    examples: {
      match: ['staff dont snitch btw. tell anyone and u lose rank and get perma banned', 'tell ur parents and u get kicked from the group'],
      ignore: ['tell anyone the seed and u get banned from the server lol', 'tell anyone the base coords and u get kicked'],
    },
  },
  // round 23 (en-n23): "lets move to snap, its safer, stuff disappears", "send a mirror pic? ill delete it promise"
  {
    id: 'safer-it-disappears-delete-promise-r23',
    phrases: [
      'safer|safe|private|better ..3 stuff|messages|chats|it|everything|pics|snaps ..1 disappears|disappear|deletes|vanish*|gets_deleted|auto_deletes',
      'pic|pics|photo|photos|selfie|mirror_pic|one|video|see|fit ..6 @iwill|i_promise delete|bin|remove it|them ..1 promise|after|straight_after|right_after|i_promise|pinky_promise|swear',
    ],
    unless: ['form|passport|homework|worksheet|id|document|licence|license|receipt|screenshot|notes|timetable|yearbook|baby_photo|for_the_group|for_the_gc'],
    examples: {
      match: ['oof. lets move to snap then, its safer, stuff disappears', 'send a mirror pic? i wanna see the whole fit 🙈 ill delete it promise'],
      ignore: ['snapchat streaks are dumb lol', 'send me a pic of the passport page, ill delete it after the booking'],
    },
  },
  // round 24 (en-n24): "ngl nobody finds out", "no one ever has to find out"
  {
    id: 'nobody-finds-out-r24',
    phrases: [
      'no_one|nobody|noone [ever|even|else] finds|would_find|could_find|has_to_find|needs_to_find|is_going_to_find|gets_to_find out',
      'no_one|nobody|noone [ever|even|else] finds|would_find|could_find|has_to_find|needs_to_find|is_going_to_find out ..3 about us|about_this|about_it|about_me|about_our|about_what_we',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|spoiler|spoilers|ending|episode|season|finale|proposal|crush|grades|score|test|exam|quiz|answers|recipe|password|wifi|prank|lol|haha|lmao|santa|secret_santa|killer|murderer|plot|book|novel|movie|film|game|character|mystery|detective|twist'],
    examples: {
      match: ['ngl nobody finds out, the NFTs are anonymous and u keep it off ur main', 'no one ever has to find out about us', 'nobody would find out, ur mum doesnt check ur phone'],
      ignore: ['nobody finds out who the killer is till the last episode', 'no one has to find out about the surprise party, shhh'],
    },
  },
  // round 27 (en-n27): "your mum doesn't need the details", "dont tell ur parents where they came from"
  {
    id: 'parents-do-not-need-the-details-r27',
    phrases: [
      'your|ur mum|mom|mam|ma|parents|dad|folks|family|brother|sister|nan|gran does_not|do_not|dont|doesnt|need_not need|have ..2 to_know|the_details|details|know_about_it|know_about_this|know_about_us|to_hear_about',
      'do_not|dont|never tell|let your|ur parents|mum|mom|dad|folks|family ..2 where|who ..4 came_from|come_from|from|got_it|got_them|gave_it|gave_them|bought',
    ],
    unless: ['surprise|birthday|bday|christmas|xmas|mothers_day|fathers_day|present_for|gift_for|her_present|his_present|anniversary|party|spoiler|spoilers|grades|grade|report_card|test|exam|detention|bill|price|cost|how_much|lol|haha|lmao|jk|because_they_will_worry|theyll_worry|they_will_worry|worry|stress|panic|freak_out|freak|dramatic|fine_now|im_fine|i_am_fine|injury|bruise|crash|accident|scratch|dent'],
    examples: {
      match: ['your mum doesnt need the details', 'ur parents dont need to know about us', 'dont tell ur parents where the phone came from', 'never let your mom know who gave them to you'],
      ignore: ['your mum doesnt need the details of the party, its a surprise', 'dont tell ur parents how much it cost lol', 'your dad doesnt need to know about the scratch, i fixed it'],
    },
  },
  // round 27 (en-n27): secrecy excused as others' jealousy — "keep our chats between us, the other leaders get jealous lol"
  {
    id: 'between-us-others-get-jealous-r27',
    phrases: [
      'keep|keeping ..3 this|it|us|that|our_chat|our_chats|our_convo|our_convos|our_talks|our_messages|what_we ..2 between_us|secret|private|quiet|to_yourself|to_urself ..6 jealous|would_not_understand|get_the_wrong_idea|get_weird|be_weird|make_it_weird|think_its_weird|not_fair_on',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|spoiler|spoilers|crush|grade|grades|result|results|promotion|job|pregnan*|engaged|engagement|raise|bonus|scholarship|offer_letter|audition|team_selection|squad_selection|selected|picked'],
    examples: {
      match: ['keep our chats between us, the others get jealous lol', 'maybe keep this private, the other girls would get jealous'],
      ignore: ['keep it between us that you got picked for the squad, the others will get jealous', 'keep the party secret, ella will get jealous lol'],
    },
  },
  // round 27 (en-n27): a coach or tutor hiding the contact — "dont tell coach i messaged u"
  {
    id: 'do-not-tell-coach-i-messaged-r27',
    phrases: [
      'do_not|never|no_need_to tell|mention|say_to ..1 coach|sir|miss|your_coach|the_coach|your_teacher|the_teacher|teacher|the_other_coaches|the_other_leaders|your_parents|ur_parents|your_mum|your_mom|your_dad|anyone|anybody ..2 i|that_i|we messaged|texted|dmed|dm|message|text|called|snapped|contacted|added|talk|talked|chat|chatted|speak|spoke ..1 [you|u|to_you|to_u]',
    ],
    unless: ['lol|haha|lmao|jk|answers|homework|late|sick|skipping|skip|skipped|party|surprise|birthday|bday|present|gift|cheat|cheated|copied|test|quiz|exam|injury|injured|hurt|quit|quitting|leaving|transfer|tryout|tryouts|about_the_game|score'],
    examples: {
      match: ['dont tell coach i messaged u', 'never tell your parents we talk', 'no need to tell sir that i texted you'],
      ignore: ['dont tell coach i messaged u the answers lol', 'dont tell miss i texted u about the surprise party'],
    },
  },
  // round 27 (en-n27): an older sibling's friend — "she doesnt need to know i messaged"
  {
    id: 'sibling-does-not-need-to-know-r27',
    phrases: [
      'she|he|they|your_sister|ur_sister|your_brother|ur_brother|your_sis|ur_sis|your_bro|ur_bro does_not|do_not|need_not|never need|have|has [to] know ..1 i|we|that_i|that_we|about_us messaged|texted|talk|talked|chat|chatted|message|text|dmed|spoke|speak|snapped|added',
    ],
    unless: ['party|surprise|birthday|bday|present|gift|anniversary|lol|haha|lmao|jk|homework|answers|test|exam|spoiler|spoilers|ending|game|tickets|ticket|concert|plan|plans|project|group_project'],
    examples: {
      match: ['its ur sisters friend. she doesnt need to know i messaged', 'your brother does not need to know we talk'],
      ignore: ['she doesnt need to know i texted u about her surprise party', 'he doesnt need to know we talked about the ending'],
    },
  },
  // round 28 (en-n28): a modal before "stay between us" — "this can stay between us ok?"
  {
    id: 'can-stay-between-us-r28',
    phrases: [
      'this|it|that|everything|what_we_say|what_we_talk_about|what_we_said|our_chat|our_chats|this_chat|all_this|us can|could|should|will|got_to|must|needs_to|has_to|have_to|better ..1 stay|remain|be|keep ..1 between_us|between_you_and_me|between_u_and_me|between_me_and_you|between_me_and_u|our_secret|our_little_secret|just_ours|on_the_dl|on_the_down_low',
    ],
    unless: ['i_like|like_him|like_her|but_i_like|i_fancy|have_a_thing_for|crush', 'myself|ourselves|embarrassed|embarrassing|till|until|officially', 'party|surprise|birthday|bday|present|gift|spoiler|spoilers|ending|episode|finale|answers|homework|test|exam|quiz|grade|grades|score|plan|plans|recipe|password|pin|code|wifi|santa|secret_santa|lol|haha|lmao|jk|gossip|tea|drama|pregnant|engaged|promotion|new_job|results|selected|got_in|got_into|scholarship'],
    examples: {
      match: ['this can stay between us ok?', 'what we talk about should stay between you and me', 'it could be our little secret, right?'],
      ignore: ['this can stay between us but i like jake', 'this can stay between us till the surprise party', 'this can stay between us till friday, i want to tell her myself', 'it should stay between us, the answers are for the quiz lol'],
    },
  },
  // round 28 (en-n28): hiding the contact from a named friend — "dont tell chloe i messaged u"
  {
    id: 'do-not-tell-them-i-messaged-r28',
    phrases: [
      'do_not|never|no_need_to tell|mention|say ..2 that_i|i|we messaged|texted|dmed|dm|snapped|added|called|talk|talked|chat|chatted|spoke|speak|have_been_talking|been_talking|been_messaging|been_texting|are_talking ..1 [you|u|to_you|to_u|with_you|with_u]',
    ],
    unless: ['mum|mom|dad|mam|nan|gran|class|lesson|during|lol|haha|lmao|jk|answers|homework|late|sick|skipping|skip|skipped|party|surprise|birthday|bday|present|gift|cheat|cheated|copied|test|quiz|exam|injury|injured|hurt|quit|quitting|leaving|transfer|tryout|tryouts|about_the_game|score|crush|likes_you|likes_u|fancy|fancies|ask_her_out|ask_him_out|prom|spoiler|spoilers|gossip|tea|drama|breakup|broke_up|her_ex|his_ex|fight|argument'],
    examples: {
      match: ['dont tell chloe i messaged u', 'never tell ur sister we been talking', 'no need to tell jake i texted you'],
      ignore: ['dont tell chloe i messaged u about her surprise party', 'dont tell jake i texted u, hes my crush lol', 'dont tell mum i texted u during class'],
    },
  },
  // round 29 (en-n29): a teacher or coach on a personal account: "dont mention this at school"
  {
    id: 'dont-mention-this-at-school-r29',
    phrases: [
      'do_not|dont|never|no_need_to mention|bring_up|talk_about|say_anything_about ..3 this|it|me|us|our_chat|our_chats|these_messages|this_chat|this_account|that_we_talk|that_we_chat|that_i_messaged|that_i_added ..3 at|in|to|with [the|your|ur] school|class|practice|training|club|others|team|other_girls|other_boys|other_kids|anyone|anybody|@audience',
    ],
    unless: ['surprise|party|present|gift|spoiler|spoil|spoilers|ending|finale|episode|crush|embarrassing|fart|fell|tripped|cried|crying|haircut|lol|haha|lmao'],
    examples: {
      match: ['this is my personal account, dont mention it at school', 'dont mention this chat to the other girls', 'never talk about our chats at practice'],
      ignore: ['dont mention it at school, its so embarrassing lol', 'dont mention the finale to anyone at school, spoilers', 'dont mention the party to anyone, its a surprise'],
    },
  },
  // round 30 (en-n30): "ur mum never needs to know", "tell your ma you're at a mate's"
  {
    id: 'your-mum-never-needs-to-know-r30',
    phrases: [
      'your|ur|ya mum|mom|ma|mam|mother|dad|father|parents|folks|family|teacher|teachers|brother|sister|bf|gf|boyfriend|girlfriend|coach never|does_not|do_not|will_not|doesnt|dont ..1 need|needs|has|have|got ..1 to know|find_out|hear|see',
    ],
    unless: ['surprise|present|presents|gift|gifts|party|birthday|bday|dent|scratch|broke|broken|spent|price|cost|costs|grade|grades|test|exam|detention|vase|tattoo|piercing|haircut|dinner|cake|christmas|santa|yet|until|till|before'],
    examples: {
      match: ['i could come pick u up after school, we will get food, ur mum never needs to know', 'your parents dont have to know about us', 'your bf doesnt need to find out'],
      ignore: ['your mum doesnt need to know about the party until saturday', 'your dad never needs to know how much the gift cost', 'your mum doesnt need to know yet, we tell her at dinner'],
    },
  },
  {
    id: 'tell-your-ma-you-are-at-a-mates-r30',
    phrases: [
      'tell|telling|say_to your|ur|ya @audience|ma|mam|ma_and_da|folks [that] you|u|your|ur are|will_be|were|re|r|be|staying|sleeping ..3 mate|mates|friend|friends|friends_house|mates_house|bestie|besties|cousin|cousins|sleepover|library|study_group',
    ],
    unless: ['party|concert|festival|gig|rave|club|prom|we_are|we_will|we_r|we_re|us|lol|haha|lmao|really|actually'],
    examples: {
      match: ["bring a dress and tell your ma you're at a mate's", 'tell ur parents ur staying at a friends tonight', 'just tell your mum you will be at your cousins'],
      ignore: ['tell your mum you are at the party with us, she knows', "tell ur mum ur actually at ur cousin's, she'll call there"],
    },
  },
  // round 30 (en-n30): "cam on, only us", "don't say anything at school"
  {
    id: 'cam-on-only-us-r30',
    phrases: [
      'cam|camera|webcam|video|vc|facetime on ..3 only|just us|you_and_me|u_and_me|me_and_you|me_and_u|the_two_of_us|us_two|no_one_else|nobody_else',
    ],
    unless: ['group|team|class|lesson|tutor|tutoring|meeting|interview|squad|study|project|grandma|nana|gran|mum|mom|dad|family|cousins'],
    examples: {
      match: ['just hop in vc with me later, cam on, only us', 'facetime on tonight, just you and me'],
      ignore: ['cam on for the study session, only us and the tutor', 'video on at 7, just us and the group for the project'],
    },
  },
  {
    id: 'do-not-say-anything-at-school-r30',
    phrases: [
      'do_not|dont|never say|mention|tell ..1 anything|a_word|nothing|owt|any_of_this|about_us|about_me ..2 at|in|around school|class|uni|college|practice|training|church|home|work',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|prank|plan|plans|crush|spoiler|spoilers|test|exam|answers|grades|results|embarrassing|cringe|fell|fall|tripped|haircut|lol|haha|lmao|teacher|sub|substitute|detention'],
    examples: {
      match: ["and don't say anything at school, my main acc is private for a reason", 'never say a word at practice about us ok'],
      ignore: ["don't say anything at school about the surprise party", 'dont say anything at school, the haircut is so bad lol'],
    },
  },
  // round 33 (en-n33): "come alone, no parents"
  {
    id: 'come-alone-no-parents-r33',
    phrases: [
      'come|be|arrive|show_up alone|by_yourself|on_your_own ..6 no|without parents|mum|mom|dad|adults|grown_ups|family',
      'come|be|arrive|show_up alone|by_yourself|on_your_own ..6 do_not|never bring|tell ..1 parents|mum|mom|dad|family|anyone',
      'no|without|do_not_bring parents|mum|mom|dad|adults ..3 they|it distract*|make_it_weird|ruin|get_in_the_way|slow',
    ],
    unless: ['party|sleepover|surprise|lol|haha|lmao|trip|concert|game|match|team|class|school|teacher|coach|lesson|appointment|grandma|grandpa'],
    examples: {
      match: ['come alone to the studio, no parents', 'come by yourself, dont bring your mum', 'no parents, they distract the artist', 'be on your own when u come, without parents or friends'],
      ignore: ['come alone to the party, no parents lol', 'the coach said come alone, no parents at training'],
    },
  },
  // round 37 (en-n37): an adult saying he could get in trouble for this chat
  {
    id: 'i-could-get-in-trouble-r37',
    weight: 1,
    phrases: [
      '@iwill|i get|go|be|end_up ..1 in|into trouble|jail|prison|arrested|locked_up ..2 for talking|for_talking_to|for_chatting|for_this|for_texting|for_messaging|talking|chatting|texting ..2 [to|with] you|u|ya|us|this',
      '@iwill|i go|get|be|end_up to|in jail|prison|arrested|locked_up ..2 for|over this|you|u|us|talking|chatting',
      'if people|anyone|anybody|someone|they|your_parents|ur_parents|your_mom|ur_mom found_out|find_out|knew|saw ..3 i|we ..2 get|be|go ..1 in|into|to trouble|jail|prison|arrested',
    ],
    unless: ['class|lesson|teacher|detention|principal|phone|late|curfew|grounded|homework|boss|shift|manager|coach|practice|game|lol_jk|jk|joking|prank|minecraft|roblox|monopoly|fortnite|gta|library|exam|test|quiz|cheat|cheating|copying'],
    examples: {
      match: ['i could get in trouble for talking to u', 'i could go to jail for this lol', 'if anyone found out i would get in trouble'],
      ignore: ['i could get in trouble for talking to u in class', 'if the teacher found out we would get in trouble for cheating', 'ill go to jail in monopoly lol'],
    },
  },
] satisfies PatternEntry[];
