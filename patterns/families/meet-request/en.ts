import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'meet-up-irl',
    phrases: [
      'let_s|lets|let_us meet|meet_up|link_up|hang_out|meetup|link',
      'can|could|should|shall|when_can|where_can|wanna|let_s|lets|let_us we meet|meet_up|link_up|hang_out|meetup',
      'can|could|should|shall|when|where we meet|meet_up|link_up|hang_out|meetup',
      'i [really] want|would_love|would_like|wanna|need to meet you|u',
      'free to meet|meet_up|hang|hang_out|link|link_up',
      'meet|meetup|meet_up|link|hang_out|hangout ..2 irl|in_person|in_real_life|in_real|for_real|face_to_face|privately|alone|just_us|just_the_two_of_us|secretly|somewhere_quiet|somewhere_private',
      'we|should|can|could|wanna|lets|let_us ..3 meet|meetup|meet_up|link_up ..3 irl|in_person|sometime|soon|one_day|someday|up|alone|privately|secretly',
      'want|wanna|would_like|would_love|would_you_like|do_you_want to meet|meet_up|see_you ..2 irl|in_person|in_real_life|for_real|me|up|sometime|soon',
      'i want|wanna|would_love|need ..2 to see you|u ..2 irl|in_person|in_real_life|for_real|face_to_face',
      'when can|could|will i|we meet|see_you|see_u|meet_you',
      'wanna|want_to|lets|let_us|can_we|should_we|we_should|we_could hang|chill|kick_it|link|link_up|hang_out ..2 irl|in_person|in_real_life|for_real|face_to_face|alone|privately|just_us|just_the_two_of_us',
    ],
    unless: ['group|class|team|practice|school_project|project|study|homework|with_the|everyone|guys|squad|all_of_us|party|game|match|game_night|the_mall|mall|library|park|cafe|movies|cinema|concert|zoom|teams|call|meeting|my_mom|my_dad|my_parents|my_family|my_mum|grandma'],
    examples: {
      match: [ "let's meet up", "can we meet?", "where can we meet", "I want to meet you",'we should meet up irl', 'wanna meet in person?', 'lets meet sometime', 'i wanna see u in real life', 'when can we meet', 'wanna hang irl?', 'we should link irl fr'],
      ignore: ['lets meet at the mall at 4', 'we should meet up with the group to study', 'wanna meet up at the library for the project', 'wanna hang irl at the party with everyone?'],
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
    ],
    unless: ['study|studying|minecraft|fortnite|roblox|video_games|play_games|hurt|kill|beat|stab|shoot|or_else|regret|practice|game|match|tryouts|class|homework|group|team|rehearsal|my_mom|my_dad|my_mum|my_parents|grandma|grandpa|aunt|uncle|carpool|dentist|doctor|school_trip|your_mom_said|your_dad_said|party|sleepover|movies|mall|for_dinner'],
    examples: {
      match: [ "i can come get you", "come to my house", "i'll pick you up", "meet me at the park tonight",'come alone', 'i can pick u up after school', 'sneak out tonight and meet me', 'come to my place tonight', 'i can book us a hotel room', 'dont bring anyone', 'i will drive to your house', 'i can swing by n pick u up after school'],
      ignore: ['i can pick you up from practice', 'come over to my place for the sleepover', 'mom will pick you up', 'ill swing by and grab u for practice'],
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
      'come_over|come|meet|meet_up|hang|hang_out|chill|visit ..6 my parents|mom|mum|dad|folks|wife|roommate ..2 are|r|is|s|will_be|gonna_be away|out|gone|not_home|out_of_town|at_work|working_late|asleep',
      'my parents|mom|mum|dad|folks|wife|roommate ..2 are|r|is|s|will_be|gonna_be away|out|gone|not_home|out_of_town|at_work|working_late|asleep ..4 come|come_over|meet|hang|chill|visit',
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
] satisfies PatternEntry[];
