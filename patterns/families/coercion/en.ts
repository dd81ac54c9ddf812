import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'you|u have|got [only] [just] 24_hrs|24_hr|24_h|48_hrs|48_h|1_hr|1_h|2_hrs|2_h|3_hrs|12_hrs|5_min|5_mins|10_min|10_mins|15_min|15_mins|20_min|20_mins|30_min|30_mins|60_min',
      'giving|give you|u # ..2 @timeunit',
      'you|u have|got [only] [just] # ..2 @timeunit|more_minutes|more_hours',
      'you|u have|got [only] until|till|til ..3 tonight|midnight|tomorrow|morning|#',
      'within|in_the_next|in_less_than|in_under|less_than|before # ..2 @timeunit ..3 or|else|otherwise|everyone|everybody|i|your',
      'within|in # ..2 @timeunit or|else|otherwise',
      'in_the_next|within_the_next|within|in_less_than|before_the_end_of [an|the|one|a] hour|day|night|minute ..3 or|else|otherwise',
      'clock_is_ticking|tick_tock|ticktock|tik_tok_tik_tok|time_is_running_out|running_out_of_time|times_up|time_is_up|the_clock_is_ticking',
      'last|final chance|warning|time_im_asking|time_i_am_asking',
      'this is your|ur last|final chance|warning',
    ],
    unless: ["benched|bench|lineup|line_up|off_the_team|roster|team_sheet|fantasy", 'ticket|tickets|someone_else|other_buyer|other_buyers|next_buyer|next_person|first_come', 'to_return|to_submit|to_hand_in|to_turn_in|permission|form|forms|rsvp|to_rsvp|to_order|homework|assignment|test|exam|quiz|class|lesson|game|match|round|bus|train|flight|movie|leave|leaving|dinner|ready|practice|shift|sale|offer_ends|deal|coupon|to_sign|sign_up|to_buy|to_get|to_join|to_register|to_enter|to_vote|to_apply|slides|your_part|ur_part|grounded|curfew|lol|omw|we_leave|without_you|the_store|closes|doors|boarding|drop_out|to_drop_out|back_out|pull_out|refund|refunds'],
    examples: {
      match: [ "you have 10 minutes", "this is your last warning", "you have 2 hours to comply", "the clock is ticking",'u have 30 mins', 'you have 1 hour', 'last chance', 'you have until midnight', 'tick tock', 'within 24 hours or everyone sees', 'this is your final warning', 'send it in the next hour or its going out'],
      ignore: ["you have until 6 to send your lineup or you're benched", 'reply in 10 min or i sell ur ticket', 'Reminder: last chance to return the field trip permission form.', 'you have 5 minutes or we leave without you', 'you have 2 hours for the exam', 'last chance to buy tickets sale ends'],
    },
  },
  {
    id: 'do-it-now',
    phrases: [
      'do_not make this|it harder|worse|difficult',
      'you|u are|re making a ..2 mistake',
      'block|ignore|report me and|then|n see what happens',
      'try|go_ahead|go_on [and] [just] block|blocking|ignore|ignoring|report|reporting|leave|leaving me ..2 and|then|n see|find_out|watch what_happens|what',
      'and see what happens',
      'you|u know|kno|knw what happens|will_happen|happens_next if|when|unless you|u',
      'do_not want to test|try|play_with me',
      'answer|reply|respond|pay|send|do_it ..2 or|else ..2 i|ill|@iwill|everyone',
      'do_not make me wait|ask_again|repeat_myself|angry|mad|do_this|do_something',
      'you|u better answer|respond|reply|do|send|pay|listen|hurry',
      'i_am|im not playing|joking|kidding|messing_around|bluffing|messing',
      'do_not test me|my_patience|try_anything|try_me',
      'do_not try anything|something stupid|funny|dumb',
      'hurry ..2 before|or_else|or_i|or_everyone',
      'do|send it|this [right] now ..2 or|else|before',
      'do [exactly|just] what i say|tell|want',
      'you|u will|are_going_to|re_going_to|going_to|r_going_to do [exactly|just] everything|whatever|what|as i say|tell|want|told',
      'or else',
      'you have no choice|option|other_choice',
      'i_am|im not asking|joking|playing|kidding ..2 again|twice|anymore',
      'this is not a joke|game',
      'it is not a joke',
      'its not a joke',
      'not a joke',
      'do_not ignore me|my_messages|this',
      'answer|reply|respond me|now|right_now|asap|immediately|to_me ..2 or|now|right_now|before|asap',
      'you will|gonna|going_to regret ..2 this|it|if|ignoring|blocking',
      'do_not even think about blocking|reporting|telling',
      'if you block|report|ignore me',
      'if you tell anyone|anybody|someone|your',
      'you [only] have two|2 options|choices',
      'do [exactly|just] as i say|told',
      'stop ignoring me',
      'hurry up ..2 or|before',
    ],
    unless: ["phone_goes_off|screen_time|bedtime|curfew|grounded|for_the_week|for_a_week|lights_out|wifi_goes_off", 'what_do_i_do|what_should_i_do|should_i_pay|is_this_real|is_this_a_scam|never_even_sent|heads_up|pretending_to_be|going_round|going_around', 'kills|noob|bet|wager|loser|goal|missed|recital|concert|lol|lmao|lmfao|haha|hahaha|jk|game|fortnite|minecraft|roblox|match|round|bus|movie|party|dinner|homework|teacher|class|mom_says|dad_says|chores|room', 'tell_an_adult|trusted_adult|someone_ever|somebody_ever|anyone_ever|if_someone_says|if_somebody_says|if_anyone_says|they_said|they_told_us|scammer|scammers|when_someone|when_somebody|someone_says|somebody_says|like_when|sextortion'],
    examples: {
      match: [ "dont make me wait", "you better respond", "i am not playing with you", "dont test me",'do what i say', 'now you are going to do exactly as I say', 'you will do whatever i tell you', 'go ahead and try blocking me and see what happens', 'its not a joke', 'do it now or else', 'dont ignore me', 'u kno what happens if u dont listen', 'you will regret this', 'if you block me everyone sees', 'answer me now'],
      ignore: ["phone goes off at 10. if I see you online after that it's mine for the week, I'm not joking", "send the vid or i swear ur dad will be mad he missed your goal",  'like when someone says pay me or else','if someone ever says pay or else, tell an adult', 'go ahead and block me lol i dont care', 'do what i say in the game lol', 'do your homework or else mom will be mad', 'hurry up or we miss the bus'],
    },
  },
  {
    id: 'pressure',
    phrases: [
      'do_not be shy|a_baby|boring|lame|a_prude|scared|such_a_prude|like_that',
      'stop being shy|a_baby|boring|lame|a_prude|scared',
      'come on ..2 just one|one_pic|one_more|once|for_me|please|it_is_only|its_only',
      'just one|once ..2 please|for_me|i_promise|no_one_will|nobody_will',
      'prove|show_me ..3 you|u love|like|trust|care',
      'if you [really] [actually] love|loved|like|liked|trust|trusted|cared_about me you|u would|will',
      'everyone|everybody|all_the_girls|all_the_guys|other_girls|other_guys does|do_it|do_this|sends',
      'nobody|no_one|noone will [ever] know|find_out|see_it',
      'you owe me',
      'after everything i did|have_done for you',
      '@iwill stop talking|stop_being_your_friend|leave|unfriend|block ..3 if you do not|if_you_do_not|unless',
      'it is|its [just] [only] a|one pic|picture|photo|video ..3 relax|chill|no_big|not_a_big|come_on|nothing|please',
    ],
    unless: ["bucks|dollars|quid|pounds|euros", 'bet|the_bet|vbucks|v_bucks|lunch_money|pizza|ticket|tickets|drink|coffee|concert|quid|fiver|tenner|deposit|corsage|favour|favor|from_last_time|last_time|popcorn|snacks|chips|sweets|a_pint|a_round|rent|bus_fare|meal_deal|pay_me_back|nandos|maccies|mcdonalds|kfc|greggs|chippy|boba|bubble_tea', 'fake|edited|photoshopped|real|game|party|karaoke|dance|sing|singing|presentation|speech|class|team|tryouts|audition|homework|dinner|lunch|meeting|interview|test'],
    examples: {
      match: ['come on dont be shy, just one', 'prove you love me', 'if you really loved me you would', 'everyone does it', 'nobody will know', 'you owe me', 'after everything i did for you'],
      ignore: ["u owe me 5 bucks lol", 'dont be shy at the party', 'come on just one more song at karaoke', 'dont be scared of the presentation', 'u owe me from last time lol get the popcorn', 'pay me back or else 😂 u owe me a meal deal from tuesday'],
    },
  },
  {
    id: 'deadline-after-unless',
    phrases: [
      'unless|if_not|or|otherwise ..6 received|paid|transferred|deposited|sent|done ..5 within|in_the_next|before|by # ..2 @timeunit',
      'you|u [only] [just] have|got # ..2 @timeunit|more_minutes|more_hours ..3 to_pay|to_send|to_comply|to_respond|to_answer|to_decide|to_reply|from_now|starting_now|starting_from_now',
    ],
    unless: ['shipping|order|item|delivery|tickets|ticket|refund|invoice|subscription|rent|booking|reservation|homework|assignment|test|exam|quiz|class|lesson|game|match|round|form|forms|permission|rsvp|sale|deal|offer_ends|coupon|lol|haha|jk|bus|train|flight|movie|dinner|practice'],
    examples: {
      match: ['Unless 0.05 BTC is received at the wallet below within 48 hours, the recording will be forwarded', 'you have 24 hours to pay', 'u got 10 min to respond'],
      ignore: ['unless the form is sent within 2 days you cant come on the trip', 'you have 24 hours to send the homework', 'you have 30 minutes to answer the quiz'],
    },
  },
  {
    id: 'clock-and-consequences',
    phrases: [
      'clock|clocks|clock_s ticking|is_ticking|ticks|tickin',
      'or|else|otherwise you|u will|ll|gonna|going_to|are_going_to|are_gonna [really] [seriously] regret|be_sorry',
      'should|if you|u fail|refuse|neglect|decline|choose_not to comply|pay|cooperate|respond|follow',
      'failure to comply|pay|respond|cooperate',
      'to avoid|prevent|stop ..4 charges|arrest|arrested|prosecution|jail|prison|police|legal_action|lawsuit|criminal|exposure|publication|being_exposed|being_reported ..6 pay|must|need_to|have_to|required|send',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|match|round|homework|assignment|essay|class|teacher|exam|test|quiz|form|forms|permission|veggies|vegetables|dinner|lunch|breakfast|food|eat|sunscreen|jacket|coat|umbrella|study|studying|sleep|bed|practice|tickets|sale|deal|subscription|trial|library|parking|tuition|rent|bill|taxes|tax|insurance|fine_print|terms|policy|contract|job|interview'],
    examples: {
      match: ["$100 apple card, code in the chat. Clock's ticking", "meet me behind the gym tmrw or u'll regret it", 'Should you fail to comply, the footage will be distributed', 'To avoid charges being filed you must pay a settlement today'],
      ignore: ["wear a jacket or you'll regret it", "clock's ticking on the essay lol", 'failure to comply with the dress code means detention, see the policy'],
    },
  },
  {
    id: 'not-asking-twice',
    phrases: [
      'not|never going_to|gonna|gon|gunna ask|say|tell_you|repeat|remind_you ..1 again|twice|myself|a_second_time',
      'deal|face|live with the|my consequences',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|match|round|homework|assignment|essay|class|teacher|exam|test|quiz|form|forms|dinner|lunch|chores|room|dishes|trash|curfew|grounded|mom|dad|coach|practice|bed|sleep|diet|eat|food|drink|drinking|hangover|sunburn|detention|grades|bill|rent'],
    examples: {
      match: ['im not gonna ask twice. the money or the video', 'you sent it, now you deal with the consequences'],
      ignore: ['im not gonna ask twice, take out the trash', 'stay up all night and deal with the consequences at the exam lol'],
    },
  },
  {
    id: 'till-sunrise',
    phrases: [
      'giving|give you|u [only] till|until|til ..3 sunrise|sunset|morning|tonight|midnight|tomorrow|the_end|end|noon|#',
      'you|u have|got|ve [got] [only] until|till|til ..3 the_end|end|sunrise|sunset|noon|tonight|midnight|tomorrow|morning|#',
      'required|due|expected|needed|must_be_made|must_be_sent|must_be_paid ..2 within|in|before # hours|hrs|hour|hr|h|minutes|mins|min',
      'or|else|otherwise|if_not ..4 you_are|you_r|you_re|u_are|u_r|your|youre|ur done|finished|dead|over|toast',
      'by|before # [@timeunit] you_are|you_r|you_re|u_are|u_r|your|youre|ur done|finished|dead|over|toast',
    ],
    unless: ["benched|bench|lineup|line_up|off_the_team|roster|team_sheet|fantasy", 'lol|lmao|haha|jk|kidding|game|match|round|level|homework|assignment|essay|project|class|teacher|exam|test|quiz|form|forms|permission|rsvp|order|shipping|delivery|invoice|rent|bill|tuition|fee|fees|library|book|dinner|lunch|practice|shift|sale|deal|offer|coupon|subscription|trial|application|apply|register|registration|sign_up|vote|tickets|flight|bus|train|checkout|check_out|hotel|curfew|grounded|home|room|chores|math_homework|algebra|worksheet|calculator|recipe|cake|cookies|oven|baking|laundry|done_yet|almost_done|are_you_done|finished_yet|turn|tax|taxes|work|meeting'],
    examples: {
      match: ['Im giving you till sunrise', "you've got until the end of the day", 'Payment is required within 72 hours.', 'if the robux isnt in my account by 8 ur done'],
      ignore: ["you have until 6 to send your lineup or you're benched", 'you have until the end of the day to hand in the essay', 'the invoice payment is due within 48 hours', 'are you done with the game yet lol', 'do the math homework first', 'if im not back by the time youre done just leave the mouse on my desk'],
    },
  },
  {
    id: 'you-know-what-happens-if-not',
    phrases: [
      'you|u know|kno|knw what happens|will_happen|happens_next ..1 if_not|otherwise|or_else|if_you_refuse|if_u_refuse|if_you_do_not',
      'one word|peep ..3 to anyone|anybody|your_parents|ur_parents|the_police|the_cops|a_teacher ..3 and|n|then',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|match|round|homework|class|teacher|exam|test|quiz|dinner|chores|room|curfew|grounded|mom|dad|coach|practice|diet|plants|dog|cat|oven|cake|cookies|milk|battery|charger|phone_dies|surprise|party|spoiler*'],
    examples: {
      match: ['let me know when u have the money. u know what happens if not', 'one word to anyone and you will regret it'],
      ignore: ['water the plants, u know what happens if not lol', 'one word to anyone about the surprise party and its ruined'],
    },
  },
  // ---- round 6 (en-ut): pressure said in other words ----
  {
    id: 'think-twice-before-blocking',
    phrases: [
      'do_not|dont|never make me stop_being_nice|stop_being_so_nice|be_mean|get_mean|get_nasty|get_ugly|lose_my_patience|lose_my_temper|change_my_mind',
      'think twice|carefully|very_carefully before|about you|u block|report|ignore|delete|tell|leave|say_no|refuse|blocking|reporting|ignoring|deleting|telling',
      'you|u see|know|think i_am|im|i_m not|never lying|bluffing|kidding|joking|playing_around',
      'do what i said|told_you|asked|told_u',
      'do_not|never play|mess|screw|mess_around ..1 games|with|around_with ..1 me',
      'i_am|im counting|count down|downwards|the_minutes|the_seconds',
      'giving|give|gave you|u [only] one|1|a|last|final|your_last chance|shot|opportunity',
    ],
    unless: ['drive|shared_drive|folder|file|files|doc|docs|project|album|delete_the|lol|lmao|haha|jk|kidding|game|round|match|homework|class|teacher|mom|dad|chores|room|dishes|days|summer|holiday|holidays|vacation|christmas|xmas|birthday|bday|weekend|graduation|party|concert|trip|spoiler*|recipe|salt|sugar|diet|workout|buying|purchase|tattoo|haircut|hair|piercing|job|offer|contract|lease|college|apply|application|tell_an_adult|trusted_adult|report_him|report_her|report_them|report_it'],
    examples: {
      match: ['think twice before you block me', 'im being nice rn. dont make me stop being nice', 'you see im not lying', 'do what i said', 'dont play games with me', 'im counting down. 10. 9. 8.', 'im giving u one chance'],
      ignore: ["i saved everything, think twice before you delete the shared drive", 'think twice before you buy that tattoo', 'im counting down the days till summer', 'do what i said in the recipe, less salt lol'],
    },
  },
  {
    id: 'easy-way-or-hard-way',
    phrases: [
      'easy|hard way or the|a hard|easy way',
      'keep playing|testing|trying [me|games|with_me|dumb|stupid]',
      'what happens to girls|boys|people|those|anyone|kids|guys who|that ignore|block|report|say_no|refuse|do_not|dont|play|lie|snitch|tell|test',
    ],
    unless: ['lol|lmao|haha|jk|kidding|leg_day|gym|workout|room|clean|homework|chores|dishes|veggies|vegetables|game|match|round|level|boss|math|problem|test|exam|puzzle|lego|recipe|cake|stairs|elevator|hike|trail|route|road|road_trip'],
    examples: {
      match: ['we doing this the easy way or the hard way?', 'my boys know where u stay. keep playing', 'Do you know what happens to girls who ignore me?'],
      ignore: ['easy way or the hard way for the math problem?', 'do you know what happens to people who skip leg day? lol'],
    },
  },
  {
    id: 'you-should-be-nicer',
    phrases: [
      'you|u should|better|had_better|need_to|must be nicer|nice|good|sweet|careful|polite ..1 to|with me',
    ],
    unless: ['lol|lmao|haha|jk|kidding|sister|brother|sibling|siblings|mom|dad|teacher|coach|grandma|grandpa|customers|customer|waiter|cashier|dog|cat|puppy|birthday|bday|sorry|apologize|apologise'],
    examples: {
      match: ['u should be nicer to me', 'you better be nice to me'],
      ignore: ['you should be nicer to your sister', 'you should be nicer to me lol its my birthday'],
    },
  },
  {
    id: 'you-know-why',
    phrases: [
      'you|u know|kno|knw why|what_for|what_this_is_about|what_i_have|what_i_got|what_i_mean|the_reason',
    ],
    unless: ['lol|lmao|haha|jk|kidding|dinner|homework|chores|room|birthday|bday|surprise|party|gift|present|game|match|test|exam|class|teacher|coach|mom|dad|because|cause|bc|do_you|did_you|right|upset|mad|angry|annoyed|sad|hurt|jealous'],
    examples: {
      match: ['money. now. you know why.', 'pay up, you know what this is about'],
      ignore: ['do you know why the bus is late?', 'you know why lol, the party', "the fact that you're cleaning shows you know why i'm upset"],
    },
  },
  {
    id: 'or-you-know-what-happens',
    phrases: [
      'or|else|otherwise|if_not you|u know|kno|knw what happens|will_happen|happens_next|comes_next|i_will_do|i_do|to_expect',
      'if|unless i do_not|dont|never|can_not|cannot get paid|get_paid|see_the_money|receive_payment|get_my_money|get_the_money|get_the_cards|get_the_codes',
    ],
    unless: ['lol|lmao|haha|jk|kidding|dinner|homework|chores|room|game|match|test|exam|class|teacher|coach|mom|dad|curfew|grounded|boss|job|work|shift|rent|landlord|paycheck|salary|customer|client|invoice'],
    examples: {
      match: ['but i still need the 100. my cashapp is $ghostx. or u know what happens', 'if i dont get paid by 6 ur done'],
      ignore: ['clean your room or you know what happens lol', 'if i dont get paid by friday i cant pay rent'],
    },
  },
  {
    id: 'leave-you-alone-forever',
    phrases: [
      'and|then i|ill|@iwill leave_you_alone|go_away|disappear|stop_texting|stop_messaging|never_bother_you|never_text_you|never_message_you ..1 forever|for_good|i_promise|promise|for_real|deal',
    ],
    unless: ['back|owe|owed|lunch|pizza|bet|chores|homework|notes|dishes|room|game|match|movie|show|party|trip|sleep|nap|bed|work|study|studying|exam|test'],
    examples: {
      match: ["Venmo me 75 and I'll leave you alone forever"],
      ignore: ['pay me back the 20 and ill leave you alone forever', 'finish the dishes and ill leave you alone for good'],
    },
  },
  {
    id: 'neither-involves-blocking',
    phrases: [
      '# choices|options ..4 neither|none ..2 involves|involve|include|includes blocking|ignoring|leaving|saying_no|telling|reporting',
      'then|so do_not|dont make me',
    ],
    unless: ['lol|lmao|haha|jk|kidding|dinner|pizza|movie|game|homework|class|room|chores'],
    examples: {
      match: ['you got 2 choices and neither involves blocking me', 'then dont make me. 3 more pics'],
      ignore: ['you have 2 choices for dinner and neither involves pizza lol'],
    },
  },
  {
    id: 'i-dare-you-to-block-me',
    phrases: [
      'dare|double_dare|triple_dare you|u to block|report|ignore|tell|leave|unadd|delete',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|truth_or_dare|truth|challenge|tiktok|prank'],
    examples: {
      match: ['i dare u to block me'],
      ignore: ['truth or dare: i dare u to tell your crush lol'],
    },
  },
  {
    id: 'no-choice-anymore',
    phrases: [
      'you|u do_not|dont|no_longer have a|any choice|option|say|way_out ..1 anymore|now|here|in_this|left',
    ],
    unless: ['lol|lmao|haha|jk|kidding|dinner|pizza|movie|game|homework|class|room|chores|school|uniform|vaccine|shot|doctor|dentist|mom|dad|rules|law|tax|taxes'],
    examples: {
      match: ['u dont have a choice anymore'],
      ignore: ['you dont have a choice anymore, mom said you have to go to school'],
    },
  },
  {
    id: 'wrong-person-nothing-to-lose',
    phrases: [
      'should_have|shouldve|should_of thought|known ..2 before|twice ..1 sending|you_sent|showing|trusting',
      'messed|played|fucked|screwed|messing|playing with the wrong person|guy|girl|one|dude',
      'want|want_to to lose everything|your_friends|your_family|your_reputation|it_all|your_future',
      'this|it can|could ..1 all end|be_over ..1 today|now|tonight|right_now|quickly|fast',
      'i have|got nothing to lose|nothing_left_to_lose',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|match|round|lobby|exam|test|homework|class|teacher|coach|mom|dad|dinner|party|tattoo|haircut|hair|diet|bet|poker|cards|monopoly|chess|uno|movie|show|episode|relationship|dating|ex|breakup|sunburn|weather|rain'],
    examples: {
      match: ['should have thought before sending that', 'you messed with the wrong person', 'do you want to lose everything?', 'this can all end today', 'i have nothing to lose'],
      ignore: ['you messed with the wrong person in this lobby lol', 'should have thought before dyeing your hair lol'],
    },
  },
  {
    id: 'you-did-this-to-yourself',
    phrases: [
      'you|u did this|it to yourself|urself|your_self',
      'stop crying|whining|begging|complaining ..1 and|n|then send|pay|do|buy|get',
    ],
    unless: ['lol|lmao|haha|jk|kidding|dinner|food|eat|homework|room|chores|sunburn|hangover|haircut|tattoo|diet|workout|exam|test|grades|bed|sleep|shower|bath|vegetables|veggies|medicine'],
    examples: {
      match: ['stop crying and send the gift card. you did this to yourself'],
      ignore: ['stop crying and eat your dinner', 'you did this to yourself, wear sunscreen next time lol'],
    },
  },
  {
    id: 'your-choice-after-or',
    phrases: [
      'or ..6 your|ur choice|pick|decision|call',
    ],
    unless: ['lol|lmao|haha|jk|pizza|tacos|sushi|dinner|lunch|movie|movies|game|games|color|colour|restaurant|music|song|songs|outfit|dress|shirt|shoes|drink|coffee|tea|ice_cream|dessert|cake'],
    examples: {
      match: ['its either 3 more pics or 100 dollars. ur choice'],
      ignore: ['pizza or tacos, your choice'],
    },
  },
  // ---- round 7 (en-tt): pressure that only makes sense after an earlier message ----
  {
    id: 'you-know-what-to-do',
    phrases: [
      'then|so|now|well you|u [already] know|kno|knw what to_do|you_got_to_do|you_have_to_do|u_have_to_do|you_need_to_do|u_need_to_do|needs_to_happen|i_want|i_need',
      'answer|reply|respond|pick_up ..1 when|whenever|every_time|the_second|as_soon_as|the_moment i text|message|call|dm|snap ..1 you|u|ya',
      'today|now|tonight|right_now not|and_not tomorrow|later|next_week|monday|in_an_hour',
    ],
    unless: ['homework|chores|room|dishes|trash|laundry|recipe|game|level|boss|test|exam|quiz|dinner|oven|cake|dog|cat|plants|fire|alarm|emergency|lol|lmao|haha|jk|mom|dad|coach|teacher|practice|medicine|meds|inhaler|doctor|nurse|911|first_aid|owe|back|lunch|pizza|bill|rent|form|permission|rsvp|essay|assignment|project|shift|work|boss|interview|application|appointment|dentist', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['then you know what to do', 'then answer when i text u', '$80 on zelle. today. not tomorrow', 'so u already know what i want'],
      ignore: ['if the alarm goes off you know what to do', 'answer when i text u, mom is worried', 'do the dishes today not tomorrow'],
    },
  },
  {
    id: 'countdown-started',
    phrases: [
      'starting|started|start|begins|beginning|begin|starts ..2 countdown|count_down|the_timer|a_timer|timer|the_clock',
      'countdown|timer|count_down ..2 # ..1 @timeunit',
      'timer|countdown|clock starts|started|is_running|running|begins|has_started|is_on ..1 now|today|tonight|rn|right_now',
    ],
    unless: ['new_year|new_years|nye|launch|release|drop|album|game|match|oven|cake|cookies|cooking|baking|workout|plank|exam|test|quiz|christmas|xmas|birthday|bday|vacation|holiday|trip|summer|graduation|concert|movie|premiere|show|episode|season|school_ends|last_day|weekend|break|spring_break|race|rocket|stream|speedrun|pizza|microwave|eggs|pasta|rice|tea|presentation|speech|debate|round|lap|laps|swim|run|interval|hiit|pomodoro|study|studying|break_time|recess|lunch', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['i have ur pics and ur school name, starting countdown: 10 minutes', 'the timer starts now', 'countdown 30 min'],
      ignore: ['countdown to christmas 30 days', 'start the timer for the cookies, 12 min', 'pomodoro timer 25 min then break'],
    },
  },
  {
    id: 'who-will-they-believe',
    phrases: [
      'who|whos|who_do_you_think|who_do_u_think ..3 will|would|gonna|are_they_going_to|d|going_to ..1 believe|trust ..3 me_or_you|you_or_me|me_or_u|u_or_me|a_kid|a_child|an_adult|a_teenager|a_little_girl|a_little_boy',
      'nobody|no_one|noone will|would|is_going_to|gonna|going_to ..1 believe|trust you|u|a_kid|a_child ..3 over|against|if|when|anyway|anyways|they_will|theyll',
    ],
    unless: ['lol|lmao|haha|jk|kidding|story|fish|fishing|prank|dream|sighting|ghost|ufo|alien|crazy_story|weekend|party|concert|met|celebrity|famous|score|won|win|catch|homework|dog_ate|excuse|truth_or_dare', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["who do you think they'll believe, me or you", 'nobody will believe you over me'],
      ignore: ['nobody will believe you caught a fish that big lol', 'who do you think will believe the dog ate it, me or you'],
    },
  },
  {
    id: 'blocking-wont-stop-me',
    phrases: [
      'block|blocking|blocked ..6 @iwill|i|i_will_just|ill_just [just] have|got|make|made|keep_making other|another|more|new|a_new|multiple|100|# accounts|account|profiles|profile|numbers|number|ways|alts|alt',
      'made|making|created|make|creating a|another|this new|another|second|different|fresh account|profile|number|alt ..3 since|because|cause|cuz|bc|after you|u blocked|block|blocking',
      'you|u can_not|cannot|cant|can_t|will_never ..1 block|escape|hide_from|get_rid_of|run_from|run_away_from me',
    ],
    unless: ['game|lobby|server|discord_mod|mod|mods|admin|spam|bot|bots|scam|report|reported|lol|lmao|haha|jk|kidding|spoiler*|ads|ad|youtube|tiktok|algorithm|hacker|hackers|harasser|stalker|creep|careful|safe|keep_you_safe|tell_an_adult|trusted_adult|app|apps|cleaning|chores|tag|hide_and_seek|nerf|water_gun', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["you can't block me i have other accounts", 'i made a new account since u blocked me', 'block me and ill just make another account'],
      ignore: ['the spam bot made a new account after you blocked it, report it', 'you cant escape me in tag lol'],
    },
  },
  {
    id: 'never-speak-again',
    phrases: [
      'and|n|then we|you|u|ill|i_will|i ..1 never|wont|will_not|do_not ..1 speak|talk|hear_from_me|hear_from_each_other|see_me|bother_you|contact_you|text_you|message_you ..1 again|ever_again',
      'not the|your first|1_st girl|guy|boy|one|kid|person ..2 i_have|ive|i_ve|i done_this|did_this|done this|played|caught',
    ],
    unless: ['lol|lmao|haha|jk|kidding|back|owe|owed|lunch|pizza|bet|chores|homework|notes|dishes|room|game|match|movie|show|party|trip|fight|argument|sorry|apologize|apologise|breakup|break_up|ex|makeover|haircut|tattoo|braids|nails|piercing|prank|tutor|lesson|lessons|teach|taught|coach|train|trained|interview', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'm a reasonable person. 200 and we never speak again", "you're not the first girl i've done this to"],
      ignore: ['pay me back the 20 and we never speak of this again lol', "you're not the first person i've done braids for"],
    },
  },
  {
    id: 'kys-if-you-dont',
    phrases: [
      'kys|kill_yourself|kill_urself|kill_your_self|unalive_yourself ..3 if|unless|or|cuz|because|then',
    ],
    unless: ['lol|lmao|haha|jk|kidding|game|match|round|lobby|noob|trash|bot|spoiler*|ending|joke|cringe|meme|memes|song|lyrics|never_say|dont_say|do_not_say|report|reported|mean|bully|bullying|hotline|988|help|talk_to|counselor'],
    examples: {
      match: ['kys if u dont send it'],
      ignore: ['lol kys if you spoil the ending', 'someone told me kys if i dont win, should i report it'],
    },
  },
  {
    id: 'you-know-what-im-capable-of',
    phrases: [
      'you|u [already] know|dont_know|do_not_know|have_no_idea|got_no_idea ..1 what i_am|im|i_m|i capable_of|able_to_do|can_do|will_do|am_capable_of',
      'warna|nahi_to|nahi_toh|nhi_to ..4 video|pics|photos|viral|sab|sabko|family|ghar',
    ],
    unless: ['making|pancakes|cook|bake|build|fix|lol|lmao|haha|jk|kidding|kitchen|cooking|baking|game|match|court|field|gym|workout|exam|test|talent|show|dance|sing|singing|art|drawing|chess|fifa|proud|surprise|gift|present|birthday|bday|party'],
    examples: {
      match: ["u know what i'm capable of", 'paise bhej warna video viral'],
      ignore: ["you know what i'm capable of in the kitchen lol"],
    },
  },
  {
    id: 'if-you-want-this-to-end',
    phrases: [
      'if you|u want|want_to this|it|all_this|everything|all_of_this to end|stop|go_away|disappear|be_over ..4 know|pay|send|do|then|you_will|u_will',
      'every time|every_time|each_time|everytime you|u ignore|block|wait|delay|stall|leave_me_on_read ..3 price|amount|it|fee|number ..2 goes_up|go_up|doubles|double|gets_higher|increases|rises|grows',
      'price|amount|fee ..2 just|now|already went|goes|going|gone|is_going|has_gone up|higher|doubled ..2 to|#',
      'you|u belong to me',
      'from_now_on you|u answer|report|listen|obey ..1 to|me',
      'do_not|dont say i did_not|didnt|never warn|warned you|u',
      'you|u think|thought i_am|im|i_m playing|joking|kidding|bluffing|messing|lying',
    ],
    unless: ['project|group_project|moving|move|lol|lmao|haha|jk|kidding|song|lyrics|taylor|movie|show|ticket|tickets|gas|rent|stock|shares|bitcoin_price|sneakers|shoes|console|ps5|game|concert|flight|hotel|uber|ride|store|menu|subscription|netflix|spotify|sale|eggs|milk|inflation|spicy|sauce|food|pepper|weather|rain|cold|movie|ending|test|exam|homework|dog|cat|really_got|for_real_got|bought|won|puppy|cat|plants|class|teacher|coach|hiccups|headache|pain|cramps|argument|fight|boredom|noise', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['if u want this to end u know what to do', 'every time u ignore me the price goes up', 'price just went up to 300', 'you belong to me', 'from now on you answer to me', 'fine. dont say i didnt warn you', 'u think im playing?'],
      ignore: ['the ticket price just went up to 300', 'dont say i didnt warn you about the spicy sauce', 'u think im joking? i really got a dog lol'],
    },
  },
  {
    id: 'nice-version-of-me',
    phrases: [
      'being|im|i_am|i_m nice ..4 that|this|it can|could|will|might change|end|stop',
      'nice|good|patient|polite|kind version|side|me of_me|me ..3 about_to|gonna|going_to|is|will leave|end|disappear|go|gone|run_out|wear_off|expire',
      'you|u have|got a|the|some choice|option|options|time|chance ..4 not for long|but_not_for_long|for_now|right_now_but',
    ],
    unless: ['lol|lmao|haha|jk|kidding|mood|hungry|tired|sleepy|coffee|monday|mondays|diet|sugar|sale|deal|offer|store|tickets|ticket|menu|plan|plans|college|class|classes|elective|electives|course|courses|schedule|game|round|level|turn|draft|pick|vote|election|weather|sun|rain|summer|winter|season|flavor|flavour|ice_cream|sandwich|pizza|dinner|lunch', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'm being nice rn, that can change", 'the nice version of me is about to leave', 'u have a choice, but not for long'],
      ignore: ['im being nice rn because i had coffee lol', 'you have a choice of ice cream flavors but not for long'],
    },
  },
  // round 8 (en-et): "10 mins. then I...", "after that I stop asking nicely", "or find out what I do"
  {
    id: 'minutes-then-i',
    phrases: [
      'fast fast|quick quick|quickly quickly|hurry hurry|now now',
      'you|u said|promised ..1 by|before|at #|tonight|midnight',
      'if|unless you|u do_not|dont|wont|will_not|refuse|say_no @iwill|i_will_just|ill_just|then_i',
      'if|unless you|u do_not|dont|wont|will_not ..3 by|before tonight|midnight|tomorrow|the_morning|#',
      'keep|keep_on ignoring|ghosting|blanking me ..2 and|n|then see|watch|find_out',
      'one more ignore|block|no|excuse|delay|ignored_message ..2 and|n|then',
      'and quicker|faster ..1 this_time|next_time',
      '# @timeunit ..1 then|or|or_else|after_that|otherwise i|@iwill|it|they|everyone|everybody|ur|your',
      'after_that|after_this|from_now_on|or|otherwise|then|else i|@iwill stop|quit asking_nicely|being_nice|being_patient|asking_politely|being_polite|playing_nice',
      'or|else find|finding out what i|@iwill do|will_do|can_do|am_capable_of|do_with_it|do_with_them',
      'or|else find_out|finding_out|see what happens|will_happen|comes_next',
      'i will_not|wont|shall_not|am_not_going_to|aint|am_not_gonna ask|asking|say|repeat|tell_you ..1 again|twice|myself|a_second_time',
      'send|do|give [me] ..1 what i asked|said|told_you|want|asked_for ..1 or|else|otherwise|before',
    ],
    unless: ['ticket|tickets|someone_else|other_buyer|other_buyers|next_buyer|next_person|first_come', 'episode|season|chapter|brother|sister', 'lol|lmao|haha|jk|pizza|order|ordering|food|bus|train|class|lesson|movie|film|game|match|round|lobby|leaving|leave|ready|pick_you|pick_u|meet|park|home|dinner|lunch|slides|homework|project|notes|essay|mum|mom|dad|coach|practice'],
    examples: {
      match: ['its 9pm. u said by 9', "if u dont i'll tell everyone u sent me the first one", 'one more ignore and i drop the pics in it', 'few more. and quicker this time', '10 mins. then i start tagging ppl', 'e-transfer 400 to this email by midnight, after that i stop asking nicely', 'send the vid or find out what i do with it', 'after this i stop being nice', 'answer or find out what happens', 'i wont ask again', 'send what i asked or i dm every single one of them'],
      ignore: ['reply in 10 min or i sell ur ticket', 'meet at the park in 10 mins', 'send me the slides when you can'],
    },
  },
  {
    id: 'or-will-you-cooperate',
    phrases: [
      'done|finished|through being|with_being patient|nice|polite|kind|friendly|chill|reasonable',
      'you|u leave|left|give|gave|giving|are_leaving me no|zero choice|option|options|other_choice|other_option|choice_but',
      'or will|are|r you|u [going_to|gonna] cooperate|comply|behave|play_nice|do_as_i_say|do_what_i_say',
      'cooperate|comply ..3 or|else|otherwise|and_nobody|and_no_one|and_this_stays|and_it_stays|and_nothing_happens',
    ],
    unless: ['lol|lmao|haha|jk|group_project|project|team|teammates|game|match|lobby|raid|squad|teacher|class|police|officer|investigation'],
    examples: {
      match: ['send it or im done being patient', 'i dont wanna do this but u leave me no choice', 'should i send this to ur dad or will u cooperate', 'cooperate or else'],
      ignore: ['will u cooperate on the group project or not lol'],
    },
  },
  // round 9 (en-n9t): "do what i said", "you got till i finish this match", "or don't pay and find out"
  {
    id: 'do-what-i-said-till-r9',
    phrases: [
      'do|just_do what i say|said|tell_you|told_you|ask|asked|want ..6 you|u got|have till|until|til|before|or',
      'you|u got|have till|until|til i|this ..2 finish|finishes|end|ends|get_back|log_off|wake_up|count_to',
      'you|u do_not|dont|have_no|got_no|aint_got_no have|got|get ..1 a|any|much ..1 choice|option|options|say',
      'if_not|otherwise|or_else in|within # @timeunit',
      'keep|go_ahead|try ignoring|ignore|blocking|block|avoiding ..2 me ..2 and|n|then see|find_out|watch what|how',
      'answer|reply|respond ..2 in|within # @timeunit',
      'now|right_now|rn|tonight|today ..1 or i swear|or_i_swear|or_you_will_see|or_youll_see|or_watch',
      'or|else|otherwise do_not|dont|don_t|refuse_to ..1 pay|send|answer|reply|listen ..2 and|n find_out|see_what_happens|watch_what_happens|you_will_see|youll_see',
    ],
    unless: ['sell|selling|sold|ticket|tickets|buyer|order|ordering|delivery|uber|pizza|food|table|reservation|booking|interview|application', 'homework|chores|room|dishes|laundry|trash|bin|bins|dinner|bed|bedtime|shower|teeth|practice|lesson|test|exam|game_night|movie|snacks|lol|haha|jk|joking|kidding|mom|mum|dad|honey|sweetie|coach_said|teacher_said|sergeant|simon_says|recipe|instructions|steps|manual|tutorial'],
    examples: {
      match: ['then do what i said. u got till i finish this match', 'u got till i finish this game', 'or dont pay and find out', 'u dont have a choice', 'If not in 2 hours everything is gone viral', 'keep ignoring me and see what happens', 'Answer in 15 min', 'send a video now or i swear'],
      ignore: ['do what i said and clean ur room, u have till dinner', 'u got till i finish this episode lol then we go', 'reply in 10 min or i sell ur ticket', 'come down now or i swear ill leave without u lol'],
    },
  },
  {
    id: 'no-real-choice-r10',
    phrases: [
      'you|u do_not|dont [really] [even] get|have a|any [real] choice|say|option ..2 here|now|anymore|in_this|do_you|do_u',
      'i|i_have|ive already told|said|explained|warned ..2 you|u what happens|will_happen|i_will_do|im_going_to_do|ill_do|is_going_to_happen ..1 if|unless|when_you|when_u|otherwise',
      'you|u got|get two|2|three|3 choices|options',
      'stop stalling|delaying|making_excuses ..3 camera|cam|pay|send|now|money|video|vid|pic',
    ],
    unless: ['end|ending|episode|season|book|chapter|plot|quiz|question|questions|dough|oven|plant', 'project|class|school|teacher|mum_says|dad_says|mom_says|uniform|lol|haha|homework|seats|team|game|menu|pizza|flavour|flavor|colour|color|dessert|drink|lunch|dinner|movie|film|bus|train|detention|dentist|doctor|exam|test'],
    examples: {
      match: ['u dont really get a choice here do u', 'i already told u what happens if u dont', 'you got 2 choices.', 'stop stalling. camera on. NOW'],
      ignore: ['u dont get a choice, mum says we are having pizza', 'you got 2 choices for dessert lol', 'i already told u what happens in the movie'],
    },
  },
  // ---- round 12 (en-n12): deadlines in scam scripts and street wording ----
  {
    id: 'timer-has-started-r12',
    phrases: [
      'timer|clock|countdown|count_down has|is|just [now] started|starts|running|ticking|begun',
      'that_is|thats|that_s|its|it_is your|ur problem|issue ..3 # @timeunit',
      'within|in|under|before # @timeunit ..3 if_not|otherwise|or_else|failing|failure|if_you_fail|if_you_do_not|if_u_do_not',
      'send|make|complete|pay ..2 payment|transfer|the_money|it within # @timeunit',
    ],
    unless: ['quiz|game|oven|round|exam|test|match|kahoot|bake|baking|cake|pizza|workout|plank|race|tournament|lobby|auction|sale|offer_ends|deal|discount|coupon|voucher|refund|order|delivery|parcel|rent|landlord|invoice|bill|subscription|homework|essay|assignment|form|registration|tickets|scam|heads_up|what_do_i_do|what_should_i_do|they_say|saying'],
    examples: {
      match: ['Do not reply. The timer has started.', 'thats ur problem. 20 mins', 'Transfer 0.02 BTC within 48 hours. If not, the footage goes out', 'Send payment within 1 hour'],
      ignore: ['the quiz timer has started, go go go', 'pay the rent within 3 days or the landlord charges a fee', 'the oven timer is ticking'],
    },
  },
  {
    id: 'not-a-threat-new-account-r14',
    phrases: [
      'not|isnt|is_not a threat ..2 its|it_is|thats|that_is a promise|fact|warning',
      '@iwill ..3 make|create|open|start a new|another|fresh acc|account|profile|instagram|snap ..3 and|to find|message|dm|get|reach|text you|u',
    ],
    unless: ['lol|haha|lmao|jk|game|fortnite|fifa|roblox|minecraft|server_reset|hacked|locked_out|forgot_password|banned|my_old_account|new_phone'],
    examples: {
      match: ['its not a threat its a promise', 'if u ever block me ill make a new acc and find u'],
      ignore: ['i got locked out so ill make a new acc and message u', 'not a threat its a promise lol see u in fifa'],
    },
  },
  // round 16 (en-n16): "ur gonna want to pick up when i call"
  {
    id: 'gonna-want-to-answer-r16',
    phrases: [
      'you|u|your|ur [are|r|re|will] going_to|gonna|will want to|want_to pick_up|answer|reply|respond ..3 when|next|this_time|tonight|the_phone|my_call|me',
    ],
    unless: ['party|tea|gossip|news|surprise|tickets|results|grades|pizza|sale|deal|offer|birthday|bday|teacher|coach|mom|mum|dad|doctor|dentist|interview|job'],
    examples: {
      match: ['remember what u sent me on tuesday? yeah. ur gonna want to pick up when i call', 'u will want to answer when i call tonight'],
      ignore: ['ur gonna want to pick up when i call, its about the party', 'ur gonna want to answer the phone, mum has news'],
    },
  },
  // round 18 (en-n18): "then u know what to send", "u want it back u know what to send me"
  {
    id: 'you-know-what-to-send-r18',
    phrases: [
      'you|u know|kno|knw what|wat to send|pay|give',
      'you|u know|kno|knw what|wat to do if|unless|or ..3 want|want_to|this|it',
      'then|so you|u know what ..1 to send|you_have_to_send|you_need_to_send|u_have_to_send|u_need_to_send',
    ],
    unless: ['recipe|homework|notes|answers|playlist|link|invite|address|form|for_her_birthday|for_his_birthday|for_the_birthday|present|gift|card|flowers|christmas|xmas|secret_santa|mothers_day|fathers_day|valentines|party|order|essay|slides'],
    examples: {
      match: ['then u know what to send', 'i got into ur insta and changed the password. u want it back u know what to send me', 'u know what to do if u want this to stop'],
      ignore: ['u know what to send for her birthday, flowers lol', 'you know what to do with the slides'],
    },
  },

  // round 19 (en-n19): "or u'll see what happens", "then prove it. video call tonight"
  {
    id: 'or-youll-see-what-happens-r19',
    phrases: [
      'or|else|otherwise you|u will|ll|going_to|are_gonna|are_going_to|will_regret see|regret|find_out what_happens|what_happens_next|what_i_do|what_i_will_do|what_i_can_do|it|this',
      'then|so|now prove|prove_it|prove_that ..4 call|video|cam|camera|pic|photo|send|facetime|vc|tonight',
    ],
    unless: ['homework|project|test|exam|game|match|quiz|math|lol|haha|lmao|jk|kidding|joking'],
    examples: {
      match: ["unblock me and send what u promised or u'll see what happens", 'then prove it. video call tonight, just us, camera on'],
      ignore: ['study for the test or u will see what happens lol', 'prove it, send me the math answers'],
    },
  },
  // round 20 (en-n20): the second round of extortion ("that was part 1")
  {
    id: 'that-was-part-one-r20',
    weight: 0.5,
    phrases: [
      'that|this was [only|just] part_1|part_one|round_1|round_one|the_first_payment|the_deposit|the_first_round',
      'that_is|thats|that_s|this_is [only|just] part_1|part_one|round_1|round_one|the_first_payment|the_deposit|the_first_round',
    ],
    unless: ['series|episode|ep|video|vid|movie|film|story|tutorial|lecture|season|chapter|book|vlog|essay|project|assignment|test|exam|quiz|course|class|lesson|song|album|podcast|game|level|match|race|trilogy|part_2_comes|part_2_is|tournament|tourney|bracket|heat|heats|final|finals|semis|semi|league|cup|qualifier|qualifiers|playoffs|draft|interview|interviews|auditions|audition|tryouts|trials'],
    examples: {
      match: ['thought we were done? lol nah that was part 1. 200 more on zelle by sunday'],
      ignore: ['that was part 1 of the series, part 2 drops friday', 'that was just round 1 of the tournament'],
    },
  },
  // round 21 (en-n21): "one screenshot each. ur choice what happens next"
  {
    id: 'your-choice-what-happens-next-r21',
    phrases: [
      'your|ur choice|call|decision what happens ..1 next|now|after|tonight',
      'one|1 screenshot|ss|pic|message|dm each ..3 your|ur choice|call',
    ],
    unless: ['story|book|game|campaign|dnd|quest|adventure|episode|choose_your_own|menu|dinner|movie|film|holiday|weekend'],
    examples: {
      match: ['one screenshot each. ur choice what happens next'],
      ignore: ['in this game its ur choice what happens next', 'ur choice what happens next in the story lol'],
    },
  },
  // round 24 (en-n24): "block me again and see what happens"
  {
    id: 'block-me-and-see-r24',
    phrases: [
      'block|unadd|ignore|report|unfriend|remove|mute|delete me [again|one_more_time|once_more] ..1 and|n see|watch|find_out what_happens|what_i_do|what_i_will_do|what_happens_next',
      'try|go_ahead_and block|unadd|ignore|report|unfriend|mute me [again] ..1 and|n see|watch|find_out what_happens|what_i_do|what_i_will_do',
    ],
    unless: ['gc|group_chat|game|lobby|server|squad|clan|team|match|round|lol|lmao|haha|jk|kidding'],
    examples: {
      match: ['block me again and see what happens', 'go ahead and block me and see what i do', 'ignore me one more time and find out what happens'],
      ignore: ['block me in the game again and see what happens lol', 'remove me from the gc again and see what happens haha'],
    },
  },
  // round 28 (en-n28): gifts turned into a debt — "its only fair after all the skins i bought u"
  {
    id: 'after-all-i-gave-you-r28',
    phrases: [
      'after|for all|everything|all_that ..3 i|ive|i_have gave|given|bought|got|sent|gifted|did|done|spent ..3 you|u|for_you|on_you ..6 owe|least|only_fair|return_the_favor|return_the_favour|do_something_for_me|send|cant_even|can_not_even|show',
      'only_fair|least_you_can_do|least_u_can_do ..4 after|for all|everything|all_that ..3 i|ive|i_have gave|given|bought|got|sent|gifted|spent',
    ],
    unless: ['birthday|bday|christmas|xmas|mum|mom|dad|nan|grandma|grandpa|auntie|homework|chores|dishes|washing_up|clean|tidy|lol|haha|lmao|jk|shift|cover_my|cover_for_me|proofread|help_me_move|babysit|dog|walk|lift|lifts|petrol|gas|fuel|ride|rides|rent|bill|bills'],
    examples: {
      match: ['its only fair after all the skins i bought u', 'after everything i gave u, u cant even send one pic?', 'for all the robux i sent u, u owe me'],
      ignore: ['after everything i did for ur birthday u cant even say thanks', 'its only fair after all the lifts i gave u that u pay for petrol'],
    },
  },
] satisfies PatternEntry[];
