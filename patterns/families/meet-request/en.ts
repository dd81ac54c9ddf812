import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'meet-up-irl',
    phrases: [
      'let_s|lets|let_us meet|meet_up|link_up|hang_out|meetup|link',
      'can|could|should|shall|when_can|where_can|want_to|let_s|lets|let_us we meet|meet_up|link_up|hang_out|meetup',
      'can|could|should|shall|when|where we meet|meet_up|link_up|hang_out|meetup',
      'i [really] want|would_love|would_like|want_to|need to meet you|u',
      'free to meet|meet_up|hang|hang_out|link|link_up',
      'meet|meetup|meet_up|link|hang_out|hangout ..2 irl|in_person|in_real_life|in_real|for_real|face_to_face|privately|alone|just_us|just_the_two_of_us|secretly|somewhere_quiet|somewhere_private',
      'we|should|can|could|want_to|lets|let_us ..3 meet|meetup|meet_up|link_up ..3 irl|in_person|sometime|soon|one_day|someday|up|alone|privately|secretly',
      'want|want_to|would_like|would_love|would_you_like|do_you_want to meet|meet_up|see_you ..2 irl|in_person|in_real_life|for_real|me|up|sometime|soon',
      'i want|want_to|would_love|need ..2 to see you|u ..2 irl|in_person|in_real_life|for_real|face_to_face',
      'when can|could|will i|we meet|see_you|see_u|meet_you',
      'wanna|want_to|lets|let_us|can_we|should_we|we_should|we_could hang|chill|kick_it|link|link_up|hang_out ..2 irl|in_person|in_real_life|for_real|face_to_face|alone|privately|just_us|just_the_two_of_us',
    ],
    unless: ['group|class|team|practice|school_project|project|study|homework|with_the|everyone|guys|squad|all_of_us|party|game|match|game_night|the_mall|mall|library|park|cafe|movies|cinema|concert|zoom|teams|call|meeting|my_mom|my_dad|my_parents|my_family|my_mum|grandma|swap|exchange|collect|collection|pick_up_the|pickup|hand_over|handover|paypal|payment|cash|item|listing|sale|selling|buying|still_available|is_it_available|the_station|train_station|bus_station|give_it_back|give_you_it_back|give_it_to_you|return_it|return_your|your_phone|ur_phone|your_wallet|your_keys|your_bag|found_your|found_this|found_a'],
    examples: {
      match: [ "let's meet up", "can we meet?", "where can we meet", "I want to meet you",'we should meet up irl', 'wanna meet in person?', 'lets meet sometime', 'i wanna see u in real life', 'when can we meet', 'wanna hang irl?', 'we should link irl fr'],
      ignore: ['looks good, ill pay on paypal, can we meet at the station to swap?', 'lets meet at the mall at 4', 'we should meet up with the group to study', 'wanna meet up at the library for the project', 'wanna hang irl at the party with everyone?', 'can we meet at the station saturday', 'Hi, I found this phone on the 42 bus. Where can we meet so I can give it back?'],
    },
  },
  {
    id: 'come-alone-pick-up',
    phrases: [
      '@iwill drive|come|travel|fly to you|u|your_place|your_town|your_city',
      'buy|get|book|pay_for you|u ..2 a ticket|train_ticket|bus_ticket|plane_ticket|flight ..3 to come|to_see|to_visit|so',
      '@iwill wait|be_waiting ..2 for you|u ..3 outside|at|behind|after|near your|ur|school',
      '@iwill come get|pick|grab|see|visit you|u',
      'come|visit|come_over ..2 my place|house|apartment|room|car|hotel|flat|crib|home',
      '@iwill come|drive|travel|visit ..3 to your|ur town|city|area|place|house|school|home|neighborhood|neighbourhood',
      'come|be|meet ..2 alone|by_yourself|by_urself|without_your|without_ur|without_anyone|without_telling',
      'do_not|never bring ..2 anyone|anybody|friends|your_friends|ur_friends|your_parents|ur_parents',
      '@iwill pick|come_pick you|u up',
      '@iwill swing|swing_by|stop_by|come_by|roll_up|pull_up|come|drive|drive_by ..2 and|n|to|then pick|grab|scoop|get you|u [up]',
      '@iwill drive|come|come_over|stop_by|drop_by ..2 to your|ur ..2 house|place|school|home',
      '@iwill come|come_over|come_to|drive ..3 and get|pick|see|meet you|u',
      'sneak|sneaking out ..3 tonight|and|to|meet|see|when|after|at|later',
      'come|come_over|come_to|visit ..3 to my|my_place|my_house|my_apartment|my_room|my_car|my_hotel|my_flat|hotel|motel ..3 tonight|alone|later|after|when|whenever|this|tomorrow|weekend',
      '@iwill book|get|rent|pay_for ..3 hotel|motel|airbnb|hotel_room|train_ticket|bus_ticket|plane_ticket|uber_for_you|room_for_us',
      'meet me|meet_me_at|meet_me_in ..3 behind|after|outside|at_the_back|in_the_park|at_the_park|after_school|tonight|in_my_car|at_my',
      '@iwill wait|be_waiting|park|be_parked ..2 in_my_car|round_the_corner|around_the_corner|behind|down_the_street|down_the_road|across_the_street ..3 your|ur school|house|home|place|work|gym',
      'come|came stay|sleep|spend_the_night|stay_over|crash ..2 at|with mine|my_place|my_house|my_flat|my_apartment|me ..2 for|this|tonight|the_weekend|weekend|a_few|overnight|ill|i_will',
      'you|u [can|could|should] [even|always] stay|sleep|crash|live at|with mine|my_place|my_house|my_flat|me',
      'i_might|i_may|i_could|@iwill come|come_and|come_to watch|see|find you|u ..2 skate|play|train|practice|there|at|at_the|after|on|saturday|sunday|tomorrow|today|sometime',
      'asked|told|sent|wants me to pick|come_get|get|collect|grab|fetch you|u [up]',
      '@iwill take|get|catch|hop_on|jump_on ..2 train|bus|uber|taxi|cab|plane|flight|coach|ferry|tram ..4 to|out_to|over_to|down_to|up_to your|ur|you|u|yours|ya',
      '@iwill walk|cycle|bike|stroll|pop|swing ..1 over|round|to_yours|to_your_house|to_your_place|to_ur_place|to_ur_house|round_yours|round_to_yours',
      'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|weekend|later at|to|round my_place|my_house|my_flat|my_apartment|my_room|my_hotel|my_crib|mine',
    ],
    unless: ['in # min|mins|minutes|minute|m', 'concert|gig|tournament|movie_night|everyone|math|maths|help_with|help_you_with|mum_said|mom_said|dad_said|driving_lesson|driving_lessons|driving_test|lesson|lessons|no_space|no_room|study|studying|project|revision|assignment|minecraft|fortnite|roblox|video_games|play_games|hurt|kill|beat|stab|shoot|or_else|regret|practice|game|match|tryouts|class|homework|group|team|rehearsal|my_mom|my_dad|my_mum|my_parents|grandma|grandpa|aunt|uncle|carpool|dentist|doctor|school_trip|your_mom_said|your_dad_said|party|sleepover|movies|mall|for_dinner|grounded|curfew|home_by|be_home|not_home'],
    examples: {
      match: [ "i can come get you", "come to my house", "i'll pick you up", "meet me at the park tonight",'come alone', 'i can pick u up after school', 'sneak out tonight and meet me', 'come to my place tonight', 'i can book us a hotel room', 'dont bring anyone', 'i will drive to your house', 'i can swing by n pick u up after school', 'i could take the train to ur town saturday', 'ill wait in my car outside ur school', 'he asked me to pick u up today', 'u can even stay at mine if things get bad at home', 'i might come watch u skate there saturday', 'u should come stay at mine for the weekend, ill tell ur parents its a camp', 'i think we live close, i can walk over', 'sunday at my place. dont mention it to the other girls'],
      ignore: ['i can pick you up from practice', 'come over to my place for the sleepover', 'mom will pick you up', 'ill swing by and grab u for practice', 'ok ill pick you up in 20 mins', 'ill wait outside your school at 3:15, mum', 'saturday at my place for the sleepover', 'ill get the bus to yours for the project', 'ill take the train to your town for the concert saturday', 'i can walk over after dinner to help with the math', 'come stay at mine this weekend, mum said its fine', 'dont bring anyone else, theres no space in the car', 'ill take the bus to your house after school to do the group project', 'ill pick you up at 4 for your driving lesson', "if you're not home by 10 you're grounded. I know where jess lives, I'll come get you"],
    },
  },
  {
    id: 'pay-your-ride',
    phrases: [
      '@iwill pay|get|order|book|send ..3 your|ur|you|u ..2 uber|lyft|taxi|cab|ride|bus_ticket|train_ticket|ticket ..3 to|here|over ..2 my|me|here|place|house|apartment|hotel',
    ],
    unless: ['sleepover|sleep_over|for_the|study|movie|birthday|bday|home|school|practice|game|match|party|airport|station|mom|dad|parents|concert|field_trip|trip|back|owe|team|class'],
    examples: {
      match: ['ill pay for ur uber to my place', 'i will get you a taxi over to my apartment'],
      ignore: ['ill pay for your uber home after the party', 'i will book your train ticket to see mom and dad', 'ill get you an uber to my house for the sleepover'],
    },
  },
  {
    id: 'parents-away',
    weight: 2,
    phrases: [
      'come_over|come|meet|meet_up|hang|hang_out|chill|visit ..6 my parents|mom|mum|dad|folks|wife|roommate ..2 are|r|is|s|will_be|going_to_be away|out|gone|not_home|out_of_town|at_work|working_late|asleep',
      'my parents|mom|mum|dad|folks|wife|roommate ..2 are|r|is|s|will_be|going_to_be away|out|gone|not_home|out_of_town|at_work|working_late|asleep ..4 come|come_over|meet|hang|chill|visit',
    ],
    unless: ['group|class|project|study|homework|practice|team|party|movie|movies|game|games|fortnite|minecraft|sleepover|pizza|bestie|bff|sis|bro|girls|guys|everyone|squad'],
    examples: {
      match: ['lets meet up at my place, my parents are away', 'my wife is out of town this weekend, come over', 'come to mine my dad is at work till late'],
      ignore: ['come over my parents are out, we can finish the project', 'my mom is at work so come over and play fortnite', 'my parents are away this weekend'],
    },
  },
  {
    id: 'just-us-two',
    phrases: [
      'meet|meetup|meet_up|hang|hang_out|link|link_up|see_each_other|see_you|see_u|chill|go ..6 just|only us_two|us_2|the_two_of_us|the_2_of_us|you_and_me|u_and_me|me_and_you|me_and_u|us_both|you_and_i',
      'just|only us_two|us_2|the_two_of_us|the_2_of_us ..3 meet|meetup|hang|link|no_one_else|nobody_else|dont_bring|do_not_bring',
    ],
    unless: ['group|class|project|study|practice|team|mom|mum|dad|parents|family|sister|brother|bestie|bff|sis|bro|date|prom|dance|movies|lol|haha|lmao|homework|game|match|concert|party'],
    examples: {
      match: ["i'm around there a lot, we could meet at the mall saturday, just us two", 'lets hang out this weekend, just the two of us', 'can i see u this weekend? just u and me', 'just us two, dont bring anyone'],
      ignore: ['lets go to the movies just us two', 'we should hang out just us two bestie', 'meet at the library just us two for the project'],
    },
  },
  {
    id: 'private-session',
    phrases: [
      'one_on_one|1_on_1|1on1|private|extra|special|personal ..3 training|session|sessions|lesson|lessons|coaching|tutoring|practice|photoshoot|shoot|workout ..4 just_us|alone|only_us|just_the_two_of_us|just_you_and_me|just_u_and_me|no_one_else|nobody_else|without_the_others|without_your_parents|without_ur_parents|no_parents|without_parents|no_mom|no_mum|no_adults|no_chaperone|parents_not_allowed',
    ],
    unless: ['group|class|team|parents_can|mom_can|dad_can|your_mom_can|your_parents_can|with_your_mom|with_ur_mom|with_your_parents|online|zoom|school|gym_class|lol|haha|lmao'],
    examples: {
      match: ['we could do a private shoot at my studio, no parents', "i'd love to give u some extra one on one training, just us", 'private photoshoot, just the two of us'],
      ignore: ['extra practice on saturday for the whole team', 'private lessons are at the studio, your mom can stay and watch, just us and the piano'],
    },
  },
  {
    id: 'come-alone',
    phrases: [
      'come|be|meet ..2 alone|by_yourself|by_urself|without_your|without_ur|without_anyone|without_telling',
      'do_not|never bring ..2 anyone|anybody|friends|your_friends|ur_friends|your_parents|ur_parents|your_mom|ur_mom|your_mum|your_sister|ur_sister|your_brother|ur_brother|your_bf|ur_bf|a_friend',
      'go|walk|get_there|head_there|get_it|pick_it_up|collect_it ..2 alone|by_yourself|by_urself|without_anyone|without_your_friends|without_ur_friends',
    ],
    unless: ['little_brother|little_sister|the_dog|dog|food|snacks|drinks|money|cash|phone|laptop|homework|book|books|notes|jacket|coat|umbrella|party_is_small|capacity|ticket|tickets|too_many|annoying|lol|haha|lmao|spare|no_room|no_space|car_is_full|seats|bestie|sis|bro|surprise'],
    examples: {
      match: ['its waiting at the park bench near ur school, go alone ok', 'meet me at the mall, dont bring ur friends', 'come alone ok', 'dont bring anyone, just u'],
      ignore: ['dont bring ur friends, the car is full lol', 'come alone, jake is so annoying', 'dont bring anyone, there are only 4 tickets', 'dont bring anyone else, theres no space in the car'],
    },
  },
  {
    id: 'out-with-me',
    phrases: [
      'come|go|coming|going ..3 dinner|lunch|breakfast|coffee|drinks|a_drive|a_ride|for_a_drive|for_a_ride|my_car|a_hotel|the_hotel with me',
      'come|visit|stop_by|come_up ..3 my ..1 hotel|hotel_room|motel|room|airbnb ..3 after|tonight|later|when|we_can|and|alone',
    ],
    unless: ['mom|mum|dad|parents|family|grandma|grandpa|aunt|uncle|everyone|guys|group|team|class|squad|birthday|bday|party|lol|haha|lmao|bestie|sis|bro|girls|friends|us_all|we_all|and_the|and_my|study|homework|project'],
    examples: {
      match: ['u should come to my hotel after the tournament, we can celebrate', 'ill pay for ur nails and hair if u come to dinner with me saturday', 'come for a drive with me tonight'],
      ignore: ['come to dinner with me and my mum on sunday', 'wanna come get coffee with me and the girls after school'],
    },
  },
  {
    id: 'alone-with-me',
    weight: 3,
    phrases: [
      'in|at|to|into my office|room|bedroom|car|classroom|studio|place|house|flat|apartment|van|truck|hotel|hotel_room ..3 alone|just_us|just_the_two_of_us|just_you_and_me|just_u_and_me|privately|in_private|without_anyone|no_one_else|by_yourself',
      'alone|just_us|just_the_two_of_us|by_yourself ..2 in|at|to my office|room|bedroom|car|classroom|studio|place|house|flat|apartment|van|hotel',
    ],
    unless: ['lol|haha|lmao|bestie|sis|bro|left_alone|leave_you|dog|cat|keys|charger|phone|bag|coat|jacket|homework|study|revise|nap|sleep|sick|rest|mum_says|mom_says|while_i|grocer*|shopping|store|work_from'],
    examples: {
      match: ['can u stay after practice? i wanna go over some things with u in my office, alone', 'come to my room alone'],
      ignore: ['u can study in my room alone while i go to the store', 'i left my charger in my car lol'],
    },
  },
  {
    id: 'we-should-hang',
    weight: 1.5,
    phrases: [
      'fancy meeting|meetin|meet|hanging|hang|linking|link ..1 up|out|sometime|irl',
      'we should|could|got_to|need_to|have_to [def|definitely|totally|fr|really|deadass|actually|so] hang|hang_out|link|link_up|meet|meet_up|meetup|chill|kick_it|get_together',
      'we should|could [def|definitely|totally|fr|really|actually] get|grab food|lunch|dinner|coffee|boba|drinks|a_drink|ice_cream|bubble_tea|a_bite ..2 sometime|together|just_us|irl|alone|soon',
      'lets|let_us get|grab coffee|food|lunch|dinner|boba|bubble_tea|ice_cream|drinks|a_drink ..3 my_treat|on_me|i_will_pay|ill_pay|just_us|sometime|alone|irl',
      'what_time|when|where can|could|will|should you|u|we meet|meet_up|link|hang|link_up|hang_out',
      'when|where are|r we meeting|hanging|linking|meeting_up|hanging_out|linking_up',
      'come visit|see me ..2 sometime|soon|this|tonight|tomorrow|irl|at_my|alone|please|pls',
    ],
    unless: ['after_school|after_class|at_lunch|at_school|tomorrow_at_school|forever|been_forever|been_ages|ages|long_time|catch_up|group|class|team|practice|school_project|project|study|homework|with_the|everyone|guys|squad|all_of_us|party|game|match|game_night|the_mall|mall|library|park|cafe|movies|cinema|concert|zoom|teams|call|a_meeting|the_meeting|team_meeting|my_mom|my_dad|my_parents|my_family|my_mum|grandma|swap|exchange|collect|pick_up_the|pickup|paypal|payment|cash|item|listing|sale|selling|buying|bestie|bff|sis|bro|again|like_old_times|miss_you|missed_you|at_school|after_class|lunch_break|recess|online|fortnite|minecraft|roblox|server|discord|in_game|give_it_back|give_you_it_back|return_it|your_phone|ur_phone|your_wallet|your_keys|your_bag|found_your|found_this'],
    examples: {
      match: ['fancy meeting up?', 'lets get coffee sometime, my treat', 'what time can u meet', 'when are we meeting', 'come visit me sometime', 'omg im like 10 min from there, we should hang out', 'we should link up this weekend fr', 'we should get food sometime'],
      ignore: ['we should hang out after school, ill buy u a frappuccino', 'we should hang out again bestie, miss u', 'we should hang out with the squad after practice', 'we should get food sometime with the team', 'we should hang out at the mall saturday'],
    },
  },
  {
    id: 'in-your-area-visit',
    phrases: [
      'meeting|meetin|hanging|linking|meet|hang ..4 just|only me_n_you|me_and_you|you_and_me|you_n_me|us_two|us_2|the_two_of_us',
      '@iwill|i_can|i_could come meet|come_get|come_find|come_pick you|u',
      'i will_be|am_going_to_be|ill_be|im|i_am|am|going_to_be|will_be ..2 in|near|around|by|passing_through|coming_to ..1 your|ur area|city|town|neighborhood|neighbourhood|way|side|part_of_town|school ..5 meet|see_you|see_u|hang|link|come_see|visit|pick_you_up|grab_you',
      'can|could|may i come see|come_visit|visit|come_meet|meet|come_over_and_see|come_and_see you|u',
      '@iwill|i_could|i_can visit|come_visit|come_see you|u',
      '@iwill|i_could|i_can|let_me|lemme come|come_over|come_round|come_and|pop_over|pop_round ..2 keep you|u company',
      '@iwill meet you|u ..3 after_school|outside|behind|tonight|alone|somewhere|secretly|halfway|near_your|near_ur|by_your|by_ur|round_the_corner|at_the_bus_stop|bus_stop|without|in_secret|at_night',
      'address|location|addy|postcode|zip ..3 @iwill|i_can|i_could come|swing|stop|drop|pop|drive by|over|round|there',
      '@iwill take|get|catch|hop_on ..2 train|bus|uber|taxi|cab ..4 to|over_to|round urs|yours|ur_place|your_place|ur_house|your_house',
      '@iwill|i_can|i_could grab|get|collect|fetch|scoop you|u ..1 from|at|outside your|ur house|place|school|home|street|work|front_door',
      '@iwill come|come_over|come_round|pop_round|pop_over|drive|walk ..1 to|round|over_to yours|urs|your_place|ur_place|your_house|ur_house',
      'can|could|may|when_can i see you|u ..2 this|tonight|tomorrow|weekend|irl|in_person|after_school|sometime|soon|saturday|sunday|friday',
      'i_would|id|i_would_love_to|i_want_to|want_to|let_me|lemme love|like|want [to] take you|u out',
      'come|come_over|come_round|come_to ..2 mine|my_place|my_house|my_flat|my_apartment ..3 tonight|alone|later|after|when|whenever|this|tomorrow|weekend|sometime|anytime',
      '@iwill take you|u ..4 just_us|alone|only_us|just_the_two_of_us|just_you_and_me|just_u_and_me|secretly|in_secret|no_one_has_to_know|nobody_has_to_know',
    ],
    unless: ['at_the_stop|the_train_station|at_the_station|drop_off|return|bring_back|give_back|charger|hoodie|jacket|book|notes|package|delivery|soup|hospital|grandma*|grandpa*|nana|aunt|uncle|cousin|mom|mum|dad|my_parents|your_parents|ur_parents|family|funeral|wedding|graduation|recital|game|match|concert|practice|tournament|show|play|party|sleepover|study|homework|project|group|class|team|everyone|squad|guys|bestie|sis|bro|sick|get_well|surgery|dinner_with|movie_night|christmas|xmas|birthday|bday|mall|library|store|church'],
    examples: {
      match: ['fancy meeting up sometime, just me n u', "where abouts r u? i'll come meet u", 'whats ur address ill come by', 'we should meet. i can take the bus to urs', 'wanna chill again? i can grab u from ur house', 'i can meet u after school', "i'll come to yours", 'can i see u this weekend', 'id love to take u out', "i'll be in your area next week, we should meet", 'can i come see u', 'i could visit u', 'i could come keep u company', 'let me come over and keep you company tonight', 'come over to mine tonight', "i'll take you to the movies, just us"],
      ignore: ['whats ur address? ill come by to drop off ur hoodie, mom will drive', 'can i come see u at the hospital? mom said its ok', 'i could visit u at grandmas this weekend', 'i could come keep u company at the hospital', 'ill keep you company on the call while u study', 'come over to mine tonight for the sleepover', 'ill be in ur area for the tournament, come watch the match', "send me a pic of where u are, i'll come meet u at the stop"],
    },
  },
  {
    id: 'come-when-parents-out',
    phrases: [
      'come|come_over|come_by|come_round|visit|drop_by|swing_by|pop_over ..3 when|while|once|after your|ur parents|mom|mum|dad|folks|family ..2 leave|go|are_out|r_out|asleep|are_asleep|sleep|gone|at_work|away|out|not_home|go_out|go_to_bed',
      '@iwill|i_am|im|i_will_be be_parked|be_waiting|be_outside|wait|park|parked ..2 outside|near|by|behind|across_from|round_the_corner_from your|ur school|house|home|place|gym|work|street',
      'older guys|men|boys|dudes will_be|are_coming|r_coming|going_to_be|coming ..1 there|too|over',
      'come see|visit|meet me ..4 tonight|alone|after_dark|late|at_night|midnight|secretly|in_secret|saturday|sunday|friday|tomorrow|this_weekend|after_school',
      'where|what_time|when can|should i pick|get|grab|collect you|u',
    ],
    unless: ['mom|mum|dad|grandma*|grandpa*|aunt*|uncle|sister|brother|carpool|coach|practice|game|match|school_trip|teacher|class|team|project|homework|study|concert|party_for|birthday|bday|sleepover|everyone|everybody|guys_from_class|squad|bestie|sis|bro|lol|haha|lmao|doctor|dentist|hospital|airport|station|the_mall_with|church|youth_group'],
    examples: {
      match: ['come meet me saturday', 'i can come over when ur parents leave', "i'll be parked outside ur school", 'wanna come to a party at my place? older guys will be there', 'come see me at the park tonight', 'where can i pick u up'],
      ignore: ['where can i pick u up? - mom', 'come see me at the game tonight, the whole team is there', 'ill be waiting outside ur school for the carpool', 'i can come over when ur parents leave to help u study for the test'],
    },
  },
  {
    id: 'my-place-nobody-home',
    weight: 3,
    phrases: [
      'mine|my_place|my_house|my_flat ..3 nobody|no_one|noone|nobodys|noones|no_ones|nobody_s ..1 in|home|here|around|there',
      'come|come_by|come_over|come_round|visit|hang ..6 my parents|mom|mum|dad|folks|moms|dads|mums ..2 never|not|rarely|hardly|always_out|always_at_work|away|out home|around|there|in|back',
      'my parents|mom|mum|dad|folks|moms|dads|mums ..2 never|rarely|hardly|always_out|always_at_work home|around|there|in|back ..6 come|come_by|come_over|come_round|visit|hang|watch',
      'watch|see movies|a_movie|netflix|films|a_film ..2 in my room|bed|bedroom',
    ],
    unless: ['revise|revision|exam|exams|test|tests|notes|coursework|essay|peace_and_quiet|bake|baking|cook|cooking|project|study|homework|party|sleepover|friends|everyone|squad|team|bestie|sis|bro|girls|guys|cousins|group|class|lol|haha|lmao|my_sister|my_brother|grandma*|grandpa*'],
    examples: {
      match: ["come to mine, nobody's in", "u should come by my place after, my mom's never home. we can watch movies in my room", 'come over, my dad is never home', 'we can watch netflix in my bedroom'],
      ignore: ['come over for the project, my mom is never home till 6 so we can be loud', 'lets watch movies in my room at the sleepover with the girls'],
    },
  },
  {
    id: 'sessions-at-my-place',
    phrases: [
      'one_on_one|1_on_1|1on1|private|extra|special|personal ..3 session|sessions|training|lesson|lessons|coaching|tutoring|practice|practices ..4 at|in|round my place|house|home|flat|apartment|car|hotel|studio|room',
    ],
    unless: ['parents_can|mom_can|dad_can|your_mom_can|your_parents_can|with_your_mom|with_ur_mom|with_your_parents|parents_welcome|online|zoom|school|gym|lol|haha|lmao|team|group|whole_team|everyone'],
    examples: {
      match: ["I could give you some extra one-on-one sessions at my place, no charge.", 'private lessons at my house on sunday'],
      ignore: ['extra practice at my house for the whole team on saturday', 'private lessons at my studio, your mom can stay and watch'],
    },
  },
  // round 7 (en-tg): "come see me, ill pay for the train"
  {
    id: 'come-see-me-i-pay',
    phrases: [
      'come|visit ..3 see|to|visit me|mine ..6 pay|paying|cover|buy|get ..3 train|bus|uber|ticket|tickets|taxi|cab|lyft|gas|flight|fare',
      '@iwill pay|cover|buy ..3 train|bus|uber|ticket|tickets|taxi|cab|lyft|flight|fare ..4 come|visit|see_me|see_you|see_u|to_me|to_mine|here',
    ],
    unless: ['sleepover|sleep_over|for_the_party|for_the_game|study|movie|birthday|bday|home|school|practice|game|match|party|airport|station|mom|mum|dad|parents|grandma|grandpa|concert|field_trip|trip|back|owe|team|class|wedding|funeral|graduation|family|christmas|thanksgiving'],
    examples: {
      match: ['come see me, ill pay for the train', 'i can cover ur uber if u come see me', 'ill buy ur bus ticket so u can come to mine'],
      ignore: ['come see me at grandma, ill pay for the train', 'ill pay for the train so u can come to the concert'],
    },
  },
  {
    id: 'halfway-and-room-for-us',
    phrases: [
      'meet ..2 halfway|half_way|in_the_middle|somewhere_in_between',
      'rented|booked|got|reserved ..2 a|us|the room|hotel|motel|airbnb|hotel_room ..2 for|4 us|the_two_of_us|me_and_you|you_and_me|just_us',
    ],
    unless: ['swap|sale|sell|selling|buying|item|listing|marketplace|ps5|console|bike|phone|cash|paypal|payment|trade|trading|mom|mum|dad|parents|grandma|grandpa|family|trip|vacation|holiday|wedding|tournament|team|class|school|field_trip|prom|party|concert|conference'],
    examples: {
      match: ['we can meet halfway', 'i rented a room for us', 'booked us a hotel for the two of us'],
      ignore: ['we can meet halfway to swap the ps5', 'mom booked us a room for the tournament'],
    },
  },
  {
    id: 'pull-up-slide-thru',
    phrases: [
      'pull_up|slide|slide_thru|slide_through|come_thru|come_through ..1 to|thru|through|by|over_to mine|my_place|my_crib|my_house|my_spot|my_room|my_car|my_apartment|my_flat',
      'slide_thru|slide_through|come_thru|come_through|pull_up ..2 tonight|later|when_your_parents|when_ur_parents|when_your_mom|when_ur_mom|alone|by_yourself|by_urself|just_you',
      'tryna|trying_to link|link_up|see_you|see_u|meet|meet_up|hang|chill ..2 irl|alone|just_us|in_person|in_real_life|privately|secretly|just_you_and_me|just_u_and_me',
      'kick_it|chill|hang|hang_out ..2 at|in my place|crib|house|spot|room|car|apartment|flat',
      '@iwill scoop|swoop|grab you|u ..3 after|from|at|tonight|later|from_school|up|outside',
    ],
    unless: ['group|class|team|practice|project|study|homework|with_the|everyone|guys|squad|all_of_us|party|game|match|game_night|mall|library|movies|cinema|concert|my_mom|my_dad|my_parents|my_family|my_mum|grandma|bro|bestie|sis|girls|boys|sleepover|birthday|bday|study_group|gym|court|field|park|skatepark|lol|haha|lmao|swap|sale|selling|buying|item|listing|paypal|cash|trade|carpool|ride_to|pizza|food|snacks|play|2k|fifa|xbox|ps5|switch|movie|watch|bowling|late|be_ready|do_not_be_late|everyone_is|everyones'],
    examples: {
      match: ['pull up to mine', 'slide thru tonight when ur parents are out', 'u tryna link irl?', 'wanna kick it at my place', 'ill scoop u after school'],
      ignore: ['pull up to mine for game night bro', 'u tryna link after practice with the squad?', 'wanna kick it at my place for the study group', 'ill scoop u after school for the party lol'],
    },
  },
  {
    id: 'stay-at-mine-waiting',
    phrases: [
      'stay|sleep|crash|spend_the_night at|over mine|my_place|my_house|my_flat|my_apartment|my_hotel ..2 tonight|this_weekend|alone|no_one|nobody|parents|mom|mum|dad',
      '@iwill be waiting|parked|there ..3 at|in|behind|outside|near|by the|your|ur park|school|gate|corner|car|alley|parking_lot|car_park|station|bus_stop',
      'come|meet ..3 to|at|by the|my back|side gate|door|entrance|exit|fence|alley|parking_lot|car_park ..2 after|tonight|alone|when',
    ],
    unless: ['sleepover|party|movie_night|game_night|mom_said|mum_said|dad_said|your_mom_said|ur_mom_said|my_mom|my_mum|my_dad|my_parents|everyone|the_girls|the_boys|squad|team|practice|game|match|teacher|coach|pickup|pick_up|bus|carpool|dog|grandma|grandpa|lol|haha|lmao|study|project|concert|rehearsal|field_trip|school_trip|delivery|package'],
    examples: {
      match: ['stay at mine tonight, ur parents wont know', "i'll be waiting at the park", 'come to the back gate after class alone'],
      ignore: ['stay at mine tonight for the sleepover, mom said yes', 'ill be waiting at the park with the dog', 'come to the back gate after class, the bus is there'],
    },
  },
  // round 8 (en-eg): "i could scoop u after school", "ill uber u to mine", "my place is empty sat night"
  {
    id: 'scoop-and-uber-you',
    phrases: [
      '@iwill scoop|collect|grab ..1 [you|u] [up] ..2 after|from|outside|at|tomorrow|tonight|later school|class|practice|work|tomorrow|tonight|later|saturday|sunday',
      '@iwill uber|lyft|taxi|cab|bolt|drive [you|u] ..2 to|over|round mine|my_place|my_house|my_flat|my_apartment|my_room|my_crib|me',
      '@iwill book|order|get|send|pay_for ..1 [you|u] [a|an] uber|lyft|taxi|cab|bolt|ride ..2 to|over|round mine|my_place|my_house|my_flat|my_apartment|my_room|my_crib|my_hotel|me',
      'my place|house|flat|apartment|room|crib is|s|will_be|going_to_be empty|free|all_mine|to_myself ..3 tonight|saturday|sat|weekend|night|sunday|friday|this|after|when',
      '@iwill|could grab|get|buy|bring you|u [a|some] mcdonalds|maccies|food|boba|starbucks|coffee|ice_cream|lunch|dinner|snacks|bubble_tea ..3 near|by|at|outside|close_to|round your|ur house|place|school|home|flat|street',
    ],
    unless: ['concert|gig|tournament|movie_night|everyone|math|maths|help_with|help_you_with|mum_said|mom_said|dad_said|study|studying|project|revision|assignment|minecraft|fortnite|roblox|video_games|play_games|practice_starts|game|match|tryouts|homework|group|team|rehearsal|my_mom|my_dad|my_mum|my_parents|grandma|grandpa|aunt|uncle|carpool|dentist|doctor|school_trip|your_mom_said|your_dad_said|party|sleepover|the_girls|the_boys|the_guys|squad|bestie|sis|bro|airport|station|hospital|kill|hurt|beat|stab|shoot|or_else|regret|find_you|find_u'],
    examples: {
      match: ['i could scoop u after school tmrw, we could grab boba', "i'll uber u to mine this weekend", "i'll book u an uber to mine", 'could grab u a mcdonalds near ur house', 'my place is empty sat night'],
      ignore: ['i can scoop u after school tmrw for practice, my mom said', 'my place is empty sat night, party at mine with the squad', 'ill uber u to the airport tomorrow'],
    },
  },
  // round 8 (en-eg): "come to my car after practice"
  {
    id: 'come-to-my-car',
    phrases: [
      'come|get|hop|jump|meet_me|sit ..2 to|in|into|at|by my car|truck|van|ride ..3 after|tonight|later|when|alone|quick|real_quick|rn|right_now|before|behind|outside',
    ],
    unless: ['mom|mum|dad|grandma|grandpa|aunt|uncle|carpool|drive_you_home|drive_u_home|home|ride_home|team|we_are_late|late|groceries|shopping|bags|carry|unload|keys|forgot|left_my|left_your|left_ur|the_game|concert|airport|station|dentist|doctor|school_trip|sleepover|party|lol|haha|lmao|bestie|sis|bro|rain|raining|cold|freezing|charger|jacket|coat|wallet|phone|stuff'],
    examples: {
      match: ['come to my car after practice', 'meet me in my truck behind the gym tonight'],
      ignore: ['come to my car after practice, mom said i drive u home', 'get in my car, its raining', 'come to my car after, i left ur jacket there'],
    },
  },
  // round 8 (en-eg): "pop round mine after school, me mum's at work", "wanna come for a drive"
  {
    id: 'pop-round-mine-drive',
    phrases: [
      'pop|come|swing|head|nip|sneak round|over|to|down_to|up_to|over_to|round_to mine|my_place|my_house|my_flat|my_room|my_crib ..4 after|tonight|later|when|while|whilst|nobody|no_one|noone|mum|mom|dad|parents|folks|alone|empty',
      'cum over|round|ova|ovr 2|to mine|my_place|my_house|my_crib|my_room|my_flat',
      'come|go|wanna_go|want_to_go|coming|fancy ..1 for|on a drive|ride|spin|cruise ..2 [with_me|tonight|later|in_my_car|just_us]',
    ],
    unless: ['concert|gig|tournament|movie_night|everyone|math|maths|help_with|help_you_with|mum_said|mom_said|dad_said|study|studying|project|revision|revise|exam|exams|assignment|minecraft|fortnite|roblox|video_games|play_games|game|match|tryouts|homework|group|team|rehearsal|my_mom_says|my_dad_says|grandma|grandpa|aunt|uncle|carpool|dentist|doctor|school_trip|party|sleepover|the_girls|the_boys|the_guys|squad|bestie|sis|bro|airport|station|hospital|bake|baking|cook|cooking|dinner|tea_is|learner|license|licence|driving_test|test|lesson|lessons|bike|horse|rollercoaster|theme_park|kill|hurt|beat|or_else|lol|haha|lmao|cake|cookies|biscuits|pizza|food|lunch|brunch|bbq|barbecue|made'],
    examples: {
      match: ["pop round mine after school, me mum's at work", 'wanna come for a drive', 'cum over 2 mine', 'come over to mine tonight, nobody is home'],
      ignore: ['pop round mine after school for the project, mum said its fine', 'wanna come for a drive? i passed my driving test lol', 'come over to mine for dinner, mum is cooking'],
    },
  },
  // round 9 (en-n9g): "come by my studio, just u tho, no need to bring anyone"
  {
    id: 'come-to-my-place-just-you-r9',
    phrases: [
      'come|pop|swing|stop by|round|over|to ..3 my studio|place|flat|house|hotel|room|apartment|office|car|van ..6 just you|u|alone|by_yourself|on_your_own|on_ur_own',
      'no|dont|do_not need|have to bring anyone|anybody|your_mum|ur_mum|your_mom|ur_mom|your_parents|ur_parents|a_friend|friends|mates|anyone_else',
    ],
    unless: ['party|everyone|all_of_you|guys|class|team|group|birthday|bday|sleepover|bring_snacks|potluck|doctor|dentist|clinic|school_trip|permission_slip'],
    examples: {
      match: ['im in manc next week, come by my studio, just u tho no need to bring anyone', 'no need to bring anyone, come over alone'],
      ignore: ['come over to my place for the party, no need to bring anything'],
    },
  },
  {
    id: 'link-up-ill-scoop-you-r9',
    phrases: [
      'link|meet|hang|chill ..1 up|out ..6 @iwill scoop|swoop|pick_up|come_get|come_and_get|collect you|u',
      '@iwill scoop|swoop you|u ..2 [up] ..2 [later|tonight|tomorrow|saturday|sat|friday|sunday|this_weekend|from_yours|from_your_house|outside|round_the_corner]',
    ],
    unless: ['mum|mom|dad|auntie|uncle|nan|grandma|grandpa|sis|bro|the_girls|the_lads|the_boys|everyone|all_of_you|squad|practice|training|school_trip|team|bestie|babe_after_work'],
    examples: {
      match: ['wanna link up this weekend? ill scoop u', 'ill swoop u up later, round the corner'],
      ignore: ['link up with the lads sat, ill scoop u and jay from practice'],
    },
  },
  {
    id: 'meet-somewhere-just-us-r9',
    phrases: [
      'meet|meet_up|link|hang|chill ..5 just_us|only_us|you_and_me|u_and_me|me_and_you|the_two_of_us|alone|by_yourself|on_your_own|on_ur_own',
    ],
    unless: ['everyone|all_of_us|the_group|group|gc|squad|team|class|project|study|revision|practice|training|mum|mom|dad|parents|grandma|grandpa|auntie|uncle|girls|lads|boys|bestie|sis|bro|birthday|bday|party|lol_jk|in_the_game|in_game|lobby|server|vc'],
    examples: {
      match: ['we can meet at the park, just us', 'lets meet somewhere alone tmrw'],
      ignore: ['we can meet at the park, just us girls lol', 'meet in the lobby just us for ranked'],
    },
  },
  {
    id: 'drive-up-to-you-r11',
    phrases: [
      '@iwill|i_could|i_can drive|come|travel|get_the_train|hop_on_a_train|get_a_train|fly up|down|over|out|across ..4 saturday|sunday|friday|weekend|tomorrow|tonight|next_week|to_you|to_yours|to_see_you|to_see_u|your_way|ur_way|to_your_town|to_ur_town|and_see_you|and_meet',
    ],
    unless: ['mum|mom|dad|nan|nana|grandma|grandpa|auntie|aunt|uncle|love_mum|love_mom|love_dad|my_mum|my_mom|my_dad|my_mam|ask_mum|ask_mom|ask_dad|get_mum|get_mom|get_dad|dinner|from_school|from_practice|from_training|practice|training|lesson|appointment|dentist|doctor|hospital|funeral|wedding|christening|graduation|match|game|tournament|uni_open_day|open_day|interview|concert|festival|gig|rent'],
    examples: {
      match: ['where abouts r u? i could drive up saturday, grab food, my treat', 'i can come down to see u next week', 'i could come over saturday to see u'],
      ignore: ['i could drive up saturday for grandmas birthday dinner', 'ill sort ur train ticket for the uni open day, love mum', 'i can come over tomorrow for the revision session with the others after practice'],
    },
  },
  {
    id: 'you-can-stay-at-mine-r11',
    phrases: [
      'you|u can|could stay ..3 at_mine|at_my_place|at_my_house|at_my_flat|with_me|my_place|my_spare_room|spare_room|in_my_room|for_the_night|the_night|overnight',
      'my friend|mate|mates|cousin|bro ..2 has|got a spare room|spare_bed|flat|place ..4 you|u can|could stay',
    ],
    unless: ['sleepover|party|prom|festival|gig|concert|revision|study|exam|mum_says|mom_says|mum_said|mom_said|your_mum_said|ur_mum_said|parents_said|ask_your_mum|ask_ur_mum|ask_your_mom|ask_ur_mom|ask_your_parents|ask_ur_parents|flood|storm|snow|trains|strike|holiday|uni|open_day|interview|wedding|funeral'],
    examples: {
      match: ['my friend has a spare room, u can stay there, dont tell ur mum', 'u can stay at mine for the night', 'you could stay with me this weekend'],
      ignore: ['u can stay at mine after the party, mum said its fine', 'u can stay at mine for the sleepover'],
    },
  },
  {
    id: 'come-round-after-mum-leaves-r14',
    phrases: [
      'come|come_over|come_by|come_round|come_around|pop_round|pop_over|swing_by|drop_by|visit ..3 after|when|while|once|as_soon_as your|ur mum|mom|mam|dad|mommy|mummy|daddy|nan|gran|stepdad|stepmum|stepmom|parents|folks ..1 leaves|leave|goes|go|left|gone|is_out|are_out|is_at_work|are_at_work|goes_to_work|goes_out|is_asleep|are_asleep|falls_asleep|goes_to_bed|is_on_nights|works_nights',
    ],
    unless: ['my_mum|my_mom|my_dad|ur_mum_said|your_mum_said|your_mom_said|ur_mom_said|she_said|he_said|mum_said|mom_said|dad_said|ask_your|ask_ur|carpool|lift|homework|revision|study|project|sleepover|movie_night|party|birthday|bday|drop_off|return|charger|hoodie|jacket|notes|dog|cat|plants|feed|water|babysit|babysitting|grandma|grandpa|aunt|uncle|cousin|bestie|sis|bro'],
    examples: {
      match: ['i could come round after ur mum leaves, ill bring u vbucks', 'ill come over when ur dad goes to work', 'i can pop round once ur mum is asleep'],
      ignore: ['i can come round after ur mum leaves to help with the project', 'ill come over when ur mum leaves, she said to feed the cat', 'my mum said ill come round after ur mum goes to work'],
    },
  },
  {
    id: 'if-you-come-see-me-r14',
    phrases: [
      'if|when|once you|u ..1 come ..1 see|visit|meet|over_to|round_to|to me|mine|my_place|my_house|my_flat|my_room|my_hotel',
      'come|visit|meet ..6 alone|by_yourself|on_your_own|without_your_parents|without_ur_parents|without_your_mum|without_your_mom|without_your_dad|dont_bring_anyone|do_not_bring_anyone|do_not_bring_your|dont_bring_your|no_parents',
    ],
    unless: ['bowling|cinema|movies|shopping|town|the_park|football|footy|skate|skatepark|no_need_to_bring|bring_anything|bring_a|bring_some|bbq|dinner|work|shift|game|match|show|gig|play|recital|concert|hospital|party|bday|birthday|grandma|grandpa|nana|aunt|uncle|cousin_is_home|practice|training|class|lesson|appointment|bus|lift|walk_home|drive|carpool|my_mum|my_mom|my_dad|my_parents|your_mum_can|your_mom_can|sleepover|movie_night|study|homework|project|revision|bestie|sis|bro|miss_you|missed_you|uni|university|halls|dorm|christmas|xmas|holidays|summer|half_term|graduation|wedding'],
    examples: {
      match: ['ill buy u the new iphone if u come see me', 'my cousin is a photographer he can do ur portfolio free, come to his studio alone', 'come meet me by yourself, dont bring anyone'],
      ignore: ['ill buy u a pizza if u come see me at work', 'come to practice on your own if your mum cant drive', 'if u come see me at uni ill show u around', 'if u come see me at the weekend we can go bowling', 'come on ur own, no need to bring anything'],
    },
  },
  // round 18 (en-n18): "meet me at the bus station saturday? ill drive u to the lan cafe"
  {
    id: 'meet-me-ill-drive-you-r18',
    phrases: [
      'meet me ..6 @iwill drive|take|give_you_a_lift|give_u_a_lift|bring you|u ..3 to|somewhere|round|back|home',
      'meet|link me|up ..6 @iwill drive|pick|collect you|u ..3 up|from|after|at',
    ],
    unless: ['mum|mom|dad|nan|gran|grandma|grandpa|auntie|uncle|practice|training|match|game|tournament|school_trip|dentist|doctor|appointment|work|shift|airport|lesson|lessons|carpool|team|coach_said'],
    examples: {
      match: ['meet me at the bus station saturday? ill drive u to the lan cafe. just say ur at a mates', 'link up friday, ill pick u up after ur class'],
      ignore: ['meet me at the station, ill drive u to practice with the team', 'meet me outside, ill take u to the dentist mum said'],
    },
  },

  // round 19 (en-n19): "lets meet at the mall sat, i can drive u home after", "come over thursday first, just you"
  {
    id: 'meet-and-i-drive-you-r19',
    phrases: [
      'lets|let_us|we_should|we_could|want_to|wanna meet|meet_up|hang|link|link_up ..6 i_can|i_could|ill|i_will|im_going_to|i_am_going_to drive|give|take ..2 you|u home|back|a_ride|a_lift|after',
      'come|come_over|come_by|come_round|pop_by|pop_round|stop_by ..4 just|only you|u|yourself',
      'come|come_over|come_by|come_round|pop_by|stop_by ..4 alone|by_yourself|on_your_own|without_your_parents|without_ur_parents|without_your_mom|without_your_mum',
    ],
    unless: ['my_mom|my_mum|my_dad|my_parents|my_sister|my_brother|my_aunt|my_uncle|mom_said|mum_said|practice|training|game|match|license|licence|sleepover|homework|project|study|revision|fortnite|minecraft|movie|brother|sister|bro|sis|cousin|siblings'],
    examples: {
      match: ['lets meet at the mall sat, i can drive u home after. just tell ur mom ur at ur friends place', 'could you come over thursday first, just you, the boys will be at their mums', 'come by alone saturday, no need to tell anyone'],
      ignore: ['lets meet at the mall sat, my mom can drive u home after', 'come over just you, not ur brother lol', 'come over after practice, i can drive u home'],
    },
  },
  // round 23 (en-n23): "lets meet at the park after school, just us. dont tell ur mum ok" (the plan kept from the parent)
  {
    id: 'meet-just-us-do-not-tell-r23',
    phrases: [
      'meet|meet_up|link|link_up|hang|hang_out|chill ..6 just_us|only_us|you_and_me|u_and_me|alone|by_yourself ..6 do_not|dont|dnt|no_need_to tell|say|mention|let',
      'do_not|dont|dnt tell|say|mention ..3 your|ur mum|mom|dad|parents|folks ..6 meet|meet_up|link|link_up|hang|hang_out|pick_you_up|pick_u_up',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|secret_santa|cake|plan_for|the_girls|the_lads|the_group|squad|everyone|all_of_us|study|revision|project|practice|training|tryouts|detention|grounded|lol_jk'],
    examples: {
      match: ['lets meet at the park after school, just us. dont tell ur mum ok she\'d make it weird', 'dont tell ur parents, ill pick u up at the corner'],
      ignore: ['lets meet at the park just us to plan the surprise party, dont tell ur mum', 'dont tell ur mum but i failed the test lol'],
    },
  },
  // round 24 (en-n24): "i'll wait in my car by the co-op saturday, i'll drive us somewhere quiet"
  {
    id: 'drive-us-somewhere-quiet-r24',
    phrases: [
      '@iwill|we_can|we_could|lets|let_us drive|take|bring [us|you|ya] somewhere|someplace|anywhere|out_somewhere|to_a_place ..1 quiet|private|secluded|alone|dark|nobody_knows|no_one_knows|no_one_will_see|nobody_will_see|just_us|where_no_one|where_nobody',
      '@iwill wait|be_waiting|park|be_parked|be_sat ..1 in my car ..6 by|at|outside|near|behind|round|around|down|across ..3 saturday|sunday|friday|tonight|tomorrow|after_school|at_lunch|later|weekend',
    ],
    unless: ['mum|mom|dad|mam|nan|gran|grandma|grandpa|aunt|uncle|practice|lesson|lessons|driving_lesson|school_run|pickup|pick_up|training|match|game|concert|shopping|groceries|appointment|dentist|doctor|work|delivery|parcel|uber|taxi|lift_home|study|revision|group|team|party|everyone|the_girls|the_boys|picnic|dog|walk_the_dog|lol|haha'],
    examples: {
      match: ["i'll wait in my car by the co-op saturday, i'll drive us somewhere quiet", 'we could drive somewhere private after school, just us', 'ill be waiting in my car behind the leisure centre tonight'],
      ignore: ['ill wait in my car outside the dentist saturday, mum said', 'lets drive somewhere quiet for the picnic with everyone', 'ill be waiting in my car by the gate after practice'],
    },
  },
  // round 25 (en-n25): a third person picks the child up, with a cover story for the parent
  {
    id: 'pick-up-with-cover-story-r25',
    phrases: [
      'pick|come_get|grab|collect|get you|u [up] ..6 tell|say ..2 your|ur mum|mom|parents|dad|mother|father|nan|gran ..1 you|u|your|you_are|youre ..1 at|with|staying|sleeping|are_at|are_with',
    ],
    unless: ['surprise|party|birthday|bday|sleepover|mum_knows|mom_knows|she_knows|already_asked|cleared_it|with_your_mum|coach|practice_is|training_is|carpool|school_trip'],
    examples: {
      match: ['my cousin can pick u up after practice fri, just tell ur mum ur at a friends. we\'ll get food n chill at my place', 'ill grab u at 8, say to ur parents ur staying with jess'],
      ignore: ["my cousin can pick u up from practice, tell ur mum hes coming at 5", 'ill pick u up at 6, tell ur mum ur with us at the surprise party'],
    },
  },
  // round 27 (en-n27): "let's do our next session at my flat instead of the library. just us."
  {
    id: 'next-session-at-my-flat-r27',
    phrases: [
      'session|sessions|lesson|lessons|training|tutoring|practice|revision|study_session ..4 at|in|round|to my|mine flat|place|house|home|apartment|car|room|mine ..4 instead|just_us|just_you|only_us|only_you|alone|no_one_else|nobody_else',
      'come|come_round|come_over|pop_round ..1 mine|to_mine|round_mine|my_place|my_flat|my_house ..4 for ..2 one_on_one|1_on_1|1on1|private|extra|special|personal ..2 training|session|lesson|coaching|tutoring|practice',
    ],
    unless: ['parents_can|mom_can|mum_can|dad_can|your_mom_can|your_mum_can|your_parents_can|with_your_mom|with_your_mum|with_ur_mom|with_your_parents|parents_welcome|mum_is_coming|mom_is_coming|my_wife|my_husband|my_kids|online|zoom|teams|google_meet|school|gym|lol|haha|lmao|team|group|whole_team|everyone|all_of_you|the_others|others_too|bring_a_friend|with_a_friend|heating|power_cut|library_is_closed|library_closed|closed'],
    examples: {
      match: ['next lesson at my flat instead of the library, just us', 'come round mine for some 1 on 1 training saturday', 'our tutoring session can be at my place instead, just you'],
      ignore: ['next lesson at my house instead, your mum can stay', 'come round mine for extra practice, the whole team is coming', 'session at my place instead because the library is closed, bring a friend'],
    },
  },
  // round 28 (en-n28): an outing offered to the person alone — "i could swing by and take u for ice cream"
  {
    id: 'take-you-for-ice-cream-r28',
    phrases: [
      '@iwill|could|can ..3 take you|u [out] for|to|to_get|to_grab|out_for|out_to [a|an|some|the] ice_cream|food|dinner|lunch|boba|coffee|drive|ride|spin|mcdonalds|maccies|pizza|milkshake|milkshakes|shopping|movies|movie|bubble_tea|starbucks|nandos|froyo|breakfast|brunch|sushi|burger|burgers',
    ],
    unless: ['lol|haha|lmao|bro|bruh|sis|birthday|bday|recital|graduation|practice|team|everyone|all_of_you|the_girls|the_boys|the_kids|class|your_brother|ur_brother|your_sister|ur_sister|your_mum|your_mom|ur_mum|ur_mom|mum_said|mom_said|dad_said|your_dad|ur_dad|and_your|and_ur|with_your|with_ur|your_friends|ur_friends|family|we_can_all|grandad|granddad|grandpa|grandma|nana|nan|gran|uncle|auntie|aunt|love_mum|love_mom|love_dad|my_mum|my_mom|my_dad|my_mam|ask_mum|ask_mom|ask_dad|get_mum|get_mom|get_dad|payday|you_owe|u_owe|pay_me_back|my_treat_for|when_you_win|if_you_win|if_u_win|good_grades|report_card|pass|passed|driving|license|licence|learner|coming_too|coming_as_well|is_coming|are_coming|with_us|join_us|the_others'],
    examples: {
      match: ['i could swing by and take you for a milkshake later', 'i can come and take u to the movies friday', 'ill take u out for dinner sometime, just us', 'i can take you for a drive after school'],
      ignore: ['ill take u for ice cream after ur recital, love dad', 'i can take you and ur sister for pizza saturday', 'ill take u for food on payday lol', 'i can ask my mum to take u for ice cream', 'ill take u for a drive when u pass ur test', 'ill take you to get boba after school, jess is coming too'],
    },
  },
  // round 29 (en-n29): come over while the others are out, "just us"
  {
    id: 'come-over-just-us-r29',
    phrases: [
      'come|coming over|round|around|to_mine|to_my_place|to_my_house|to_my_flat ..6 just_us|alone|just_you_and_me|just_u_and_me|just_the_two_of_us|nobody_else|no_one_else',
      'come|coming over|round|around|to_mine|to_my_place ..3 when|while ..3 he|hes|she|shes|they|theyre|your|ur ..3 out|away|at|gone|working|asleep ..6 just|alone|nobody|no_one',
    ],
    unless: ['girls|lads|guys|squad|gang|everyone|study|revision|revise|homework|project|group|movie_night|sleepover|party|birthday|bday|mum_says|mom_says|my_mum_will|my_mom_will|parents_will_be|parents_are_home|your_mum_can|your_mom_can'],
    examples: {
      match: ['wanna come over saturday when ur brother is at football? just us', 'come round to mine, just the two of us', 'come over while ur parents are out, no one else will be there'],
      ignore: ['wanna come over saturday? just us girls, movie night', 'come round to mine to revise, just us and the textbook', 'come over while ur mum is at work, my mum will drive us'],
    },
  },
  // round 29 (en-n29): "when r ur parents out? ill come round"
  {
    id: 'when-parents-out-ill-come-r29',
    phrases: [
      'when|while ..3 parents|mum|mom|dad|@kin|they ..2 out|away|gone|at_work|asleep|not_home|not_in ..4 @iwill|i_can|can_i|i_could|could_i|let_me come|pop|swing|drop ..1 round|over|by|in',
    ],
    unless: ['drop_off|drop_it|parcel|package|homework|notes|charger|book|books|feed|feeding|walk_the_dog|water_the_plants|cat|dog|fish|plants|babysit|babysitting|mum_said|mom_said|dad_said|your_mum_said|your_mom_said|asked_me_to'],
    examples: {
      match: ['when r ur parents out? ill come round', 'while your mum is at work i can come over', 'when they are gone let me come in'],
      ignore: ['when ur parents are away ill come round to feed the cat', 'while ur mum is at work i can come over and drop the charger', 'when they are out can i come over? ur mum said its fine'],
    },
  },
  // round 30 (en-n30): "I'll collect ya from the Luas stop Saturday"
  {
    id: 'collect-ya-from-the-stop-r30',
    phrases: [
      '@iwill collect|fetch|grab ya|you|u ..3 from|at|outside|after|near|round ..3 stop|station|school|bus_stop|corner|park|luas|dart|tram|train|shop|shops|mall|gate|gates|centre|center|saturday|sunday|friday|tonight|tomorrow|weekend',
    ],
    unless: ['in # min|mins|minutes|minute|m', 'mum_said|mom_said|dad_said|your_mum_said|your_mom_said|your_dad_said|my_mum|my_mom|my_dad|practice|training|match|game|lesson|lessons|class|rehearsal|dentist|doctor|appointment|orthodontist|school_trip|carpool|party|sleepover|grandma|nana|gran|granny|grounded|be_home|home_by|dinner|tea|love_mum|love_mom|love_dad|x_mum|mum_x|dad_x'],
    examples: {
      match: ["I'll collect ya from the Luas stop Saturday", 'ill grab you from outside the station tonight', 'i can collect u after school from the corner'],
      ignore: ['ill collect you from the station after practice', 'mum said ill collect you from school at 3 for the dentist'],
    },
  },
  // round 37 (en-n37): an adult offering to come over while the child is alone, or to collect them from school
  {
    id: 'drive-over-bring-something-r37',
    phrases: [
      '@iwill drive|come|swing|walk|pop|pull|nip over|by|round|up ..3 and|n|to bring|get|give|grab you|u|ye|ya something|smth|sumthin|a_present|a_gift|a_surprise|a_treat|stuff',
      '@iwill pick|collect|come_get|come_and_get you|u|ye|ya up|from after|from|outside ..1 school|skool',
      '@iwill drive|come|swing|walk over|round|by ..6 just_us|just_the_two_of_us|only_us|alone|nobody_will_know|no_one_will_know',
    ],
    unless: ['mom|mum|mam|dad|parents|grandma|gran|nan|aunt|uncle|auntie|practice|training|game|match|rehearsal|homework|project|group|team|class|sleepover|party|carpool|lesson|lessons|tutoring|doctor|dentist|appointment|orthodontist|pharmacy|medicine|soup|charger|notes|textbook|book|hoodie|jacket|keys|phone'],
    examples: {
      match: ['i could drive over and bring u something nice', 'i could pick ye up after school n get ye some chips', 'ill come over, just us'],
      ignore: ['i can pick u up after practice', 'ill drive over and bring u the charger', 'i could pick you up from school, mum asked me to'],
    },
  },
] satisfies PatternEntry[];
