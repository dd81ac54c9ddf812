import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'age',
    phrases: [
      'hw|hoe|howold old are|r you|u',
      'and|so|tell_me|whats|what_is|wats|how_about_you|wbu your|ur age',
      'how old r|are ya|yu',
      'you|u in high_school|middle_school|junior_high|elementary|grade|year|college',
      'how old are|r you|u|ya',
      'how old ..2 you|u|ya ..2 turning|now|again|exactly',
      'what|whats|wat is|s your|ur age',
      'whats|wats your|ur age',
      'age sex location',
      'what|which grade|year ..2 are|r you|u ..2 in',
      'what grade|year are|r you|u',
      'are|r you|u ..2 in middle_school|high_school|elementary|junior_high|year|grade|8_th|7_th|9_th|6_th|10_th|11_th|sixth|seventh|eighth|ninth|tenth|middle|high',
      'are|r you|u # or #',
      'are|r you|u [even] [over] [under] 18|16|17|15|14|13|12|legal|underage|a_minor|an_adult',
      'when is|s|was your|ur birthday|bday|bd',
      'what year ..2 you|u born',
    ],
    unless: ['team|list|roster|form|forms|registration|register|sign_up|signup|tryout|tryouts|survey|insurance|ticket|tickets|discount|doctor|dentist|appointment|dog|cat|puppy|kitten|pet|car|bike|phone|laptop|house|brother|sister|cousin|son|daughter|kid|kids|baby|grandma|grandpa|mom|dad|party|invite|costume|size'],
    examples: {
      match: [ "how old are you", "what's your age", "u in high school?", "how old r u again",'how old r u?', 'whats ur age', 'asl', 'what grade are u in', 'r u in middle school', 'are you 14 or 15', 'r u even 18', 'when is ur bday'],
      ignore: ['how old is your dog', 'for the team list I need your age', 'how old is your brother', 'when is your birthday party'],
    },
  },
  {
    id: 'alone-and-parents',
    phrases: [
      'you|u live alone|by_yourself|with_your_parents|with_parents|with_ur_parents|with_your_mom|with_ur_mom',
      'what_time|when do|does you|u ..2 get_out|finish|leave|get_off|end|get_home ..2 school|class|from_school',
      'whos|who_is|who_s ..2 home|there with you|u',
      'whos|who_is|who_s home',
      'you|u alone|home_alone|by_yourself|by_urself',
      'where|wheres are|r|is|s your|ur parents|mom|mum|dad|folks|family',
      'what_time|what_time_do|when_do ..3 your|ur parents|mom|mum|dad|folks ..3 get|come|go|leave|sleep',
      'are|r you|u [home] alone|by_yourself|by_urself ..2 right_now|now|rn|tonight|at_home|home|today|atm',
      'are|r you|u home alone|alone_at_home|by_yourself|by_urself|alone_right_now|alone_now',
      'are|r you|u alone',
      'your|ur parents|mom|mum|dad|folks home|around|there|asleep|awake|out|away|at_work',
      'is|are anyone|anybody|someone|your_parents|ur_parents|your_mom|ur_mom|your_dad|ur_dad ..2 home|with_you|there|around|near_you|in_the_room|watching|awake|asleep',
      'where|wheres|when ..2 are|r|is|s your|ur ..2 parents|mom|mum|dad|folks|family|mother|father ..2 rn|right_now|now|tonight|at|going|go|leave|back|home|asleep|sleep|bed|work',
      'when ..3 your|ur parents|mom|mum|dad|folks|family ..3 go|going|get|leave|sleep|asleep|bed|home|back|work|out',
      'do|does your|ur parents|mom|mum|dad|folks ..3 check|look_at|go_through|read|monitor|see|know_about|watch ..3 phone|messages|chats|texts|dms|snap|instagram|account|what_you',
      'are|r your|ur parents|mom|mum|dad|folks ..3 strict|home|around|awake|asleep|there|out|at_work|away|gone|watching|checking',
      'phone|laptop|tablet|ipad|computer ..2 in your|ur room|bedroom ..3 at_night|overnight|when_you_sleep|in_bed',
      'do you|u have [your|ur|a] own_room|own_phone|own_laptop|own_computer|own_bedroom|door_lock|lock_on_your_door',
      'is|are your|ur door|room ..2 locked|lock',
      'who ..2 do|are you|u ..2 live|living with',
      'do you|u live with|alone',
      'do|does your|ur parents|mom|mum|dad|folks let|allow you|u ..3 go_out|out|alone|date|have_a_boyfriend|have_a_bf|stay_out|meet',
      'your|you_are|you_re|youre|ur|u_r so|all|home ..1 alone|by_yourself|by_urself|by_your_self|on_your_own|on_ur_own ..2 right_now|now|tonight|then|huh|rn|at_home|home',
      'so|perfect|nice|good ..3 you|your|you_are|ur ..1 all by_yourself|by_urself|by_your_self|alone',
      'house|place|home|flat|apartment|crib to yourself|urself|ur_self|yourselves|your_self',
      'do|does you|u sleep|share ..3 own_room|own_bedroom|a_room|a_bedroom|your_room|ur_room|alone|with_anyone|with_someone',
      'what_time|when do|does you|u [usually|normally|always] get_there|arrive_there|go_there|walk_home|walk_back',
      'what_time|when do|does you|u [usually] go_to_bed|go_to_sleep|shower|take_a_shower|get_in_the_shower|have_a_bath|take_a_bath|get_changed|get_undressed',
      'is|s the house|place|home|flat empty|free',
      'just you|u at|in home|the_house|your_house|ur_house|the_flat',
      'anyone|anybody|somebody|someone else ..2 home|in_the_house|at_home|with_you|in_your_room|in_ur_room',
    ],
    unless: ['theatre|theater|cinema|me_and_dad|me_and_mum|me_and_mom|dad_and_i|mum_and_i|mom_and_i|me_and_your_dad|me_and_ur_dad|your_dad_and_i|ur_dad_and_i', 'leave|leaves|leaving|let ..1 you|u alone', 'call|ring|trip|bus|flight|alarm|grandma|grandpa|nana|granny|babysitter|nanny|aunt|uncle|lock_the_door|my_mom|my_dad|mom_said|dad_said|group|project|study|studying|revise|revision|class|team|game|match|lobby|queue|squad|package|delivery|parcel|plumber|pizza|groceries|chores|dinner_ready|dinner|homework|the_dog|the_cat|party|carpool|pick_up|pickup|ride|lift|sleepover|movie'],
    examples: {
      match: [ "u alone?", "where are your parents", "are your parents home", "what time do your parents get home",'r u home alone rn?', 'are you alone', 'is anyone home with you', 'where are your parents rn', 'when do ur parents go to bed', 'do ur parents check ur phone?', 'r ur parents strict?', 'do u have ur own room', 'do u have a phone in ur room at night', 'do ur parents let u go out alone', 'ur parents home?', 'perfect lol so ur all by urself', 'so youre home alone tonight', 'nice u r all alone rn', 'so u have the house to urself 😏', 'is the house empty?', 'anyone else home with you?', 'do u sleep in ur own room?', 'what time do u go to bed', 'what time do u usually get there', 'when do u usually shower'],
      ignore: ['pay me and i will leave you alone', 'are you home? the package is coming at 3', 'is your mom home? i need a ride to the party', 'are you alone in the group project?', 'so ur all alone in the lobby lol', 'r u home alone? grandpa is dropping by at 6', 'youre home alone tonight? mom said to feed the dog', 'u have the house to urself? party at yours!!', 'u have the house to yourself? can i come study', 'what time do u go to bed? i need to call u about the trip'],
    },
  },
  {
    id: 'school-and-location',
    phrases: [
      'rua boy|girl|guy|male|female',
      'do you|u live near|close|by|around',
      'you|u live close|near|nearby|around_here|near_me|close_to ..3 park|school|mall|here|me|station|store|there',
      'whats|what_is ur|your school|schools_name|school_name',
      'whats|what_is|wats ur|your name',
      'what|which|wat|where school|high_school|middle_school|college ..3 do|are|r|you|u ..3 go|goes|going|attend|study|at|to',
      'where do|d you|u go_to|goto|attend ..2 school|high_school|middle_school',
      'where do|d you|u [even] live|stay',
      'whereabouts|where_abouts|what_part|which_part|what_area|which_area ..1 do|are|of you|u ..2 live|from|based|stay',
      'what|which bus|train|route|way do|does you|u take|walk|get ..1 home|to_school|from_school',
      'where you|u [at] live|living|from',
      'what|which|wat city|town|state|country|area|neighborhood|neighbourhood|street|part|suburb ..3 do|are|r|you|u ..3 live|from|in|living|stay',
      'what|whats|wat is|s your|ur address|home_address|zip|zip_code|postcode|postal_code|street|location',
      'whats|wats your|ur address|home_address|zip|zip_code|postcode|postal_code|street|location',
      'send|give|drop|share [me] ..2 your|ur ..2 address|location|pin|live_location|home_address|addy',
      'where are|r you|u from',
      'wru|wya|where_you_at',
      'nearest|closest station|bus_stop|stop|train_station|mall|park|shop|store|tube|subway|metro|bus_station ..2 to|near|by you|u|your|ur|yours',
      'what|whats|wat is|s your|ur real|full|last name|surname',
      'whats|wats your|ur real|full|last name|surname',
      'are|r you|u a boy|girl|guy|male|female|m_or_f|f_or_m',
      'm_or_f|f_or_m|boy_or_girl|girl_or_boy|age_and_location',
      'do you|u have|got a|any boyfriend|girlfriend|bf|gf|man|crush|partner',
      'are|r you|u single|taken|dating|in_a_relationship',
    ],
    unless: ['pick_it_up|collect_it|for_sale|still_available|still_for_sale|i_know|i_found|i_have|for_the|team|roster|list|form|forms|registration|delivery|package|order|shipping|invite|invitation|party|sleepover|carpool|uber|ride|pickup|pick_up|address_book|return|refund|homework|assignment|project|class|teacher|interview|application|grounded|curfew|worried|worried_sick|home_by|past_curfew|mum_will|mom_will|dad_will|my_mum|my_mom|my_dad|drive_you|give_you_a_lift|match|game|concert|tournament|gig|show|postage|fees|the_fees|parcel|tracked|tracking|ship_it|ill_ship|photocard*|paypal|depop|vinted'],
    examples: {
      match: [ "what school u go to", "what's your address", "where do u live", "whats ur name",'what school do u go to?', 'where do you live', 'whats ur address', 'send me your location', 'where r u from', 'whats ur real name', 'r u a girl', 'do u have a bf', 'what city do u live in', 'where abouts do u live? i might be near', 'what bus do u take home', 'u live close to the park?', 'whats the nearest station to u?', 'which is the closest bus stop to your house'],
      ignore: ['can u send more pics? and where do u live, i can pick it up', 'whats the nearest station to your school? im coming to the match', 'whats the closest station to you? mum will drive you', "send me your location right now or you're grounded", 'whats your address for the party invite', 'send me your location for the uber', 'what school is the game at', 'u live close to school so can u give me a ride to practice', 'whats the closest station to you for the party'],
    },
  },
  {
    id: 'route-home-alone',
    phrases: [
      'do|does|will|would you|u [usually|normally|always|still] walk|go|get|ride|bike|cycle|take_the_bus|get_the_bus ..2 home|back|to_school|from_school ..2 alone|by_yourself|by_urself|by_your_self|on_your_own|on_ur_own|solo',
      'what|which|wat bus_stop|stop|bus_route|route|street|road|way ..4 do|does you|u get_off|take|walk|go|use|get_out',
      'where|wat|what ..2 do|does you|u get_off the|at|bus|train',
      'what_way|which_way|what_route|which_route do|does you|u [usually] walk|go|take|ride',
    ],
    unless: ['lol_same|me_too|with_me|together|lets_walk|i_can_walk_with|carpool|field_trip|for_the_map|directions_to_the|mom_said|dad_said|the_party|tonight_after_the|to_the_game'],
    examples: {
      match: ['do u walk home by urself after school', 'which bus stop do u get off at after school?', 'what street do you walk down to get home', 'do you ride home alone', 'which way do u usually walk home'],
      ignore: ['do u walk home by urself? we can walk together', 'which bus do i take to the mall', 'what stop do u get off at for the party? mom said she can pick us up'],
    },
  },
  {
    id: 'alone-bf-weight',
    phrases: [
      'is|are|s your|ur mum|mom|dad|parents|folks in',
      'what|which secondary|sixth_form|college|primary|academy|uni do|d|are you|u go_to|goto|attend|go|at',
      'you|u got|have [a|any] bf|boyfriend|gf|girlfriend|man|partner',
      'your|you_are|you_re|youre|u_r|u_are [all|home|gonna_be|going_to_be|still] alone|home_alone|by_yourself|by_urself|on_your_own ..2 till|til|until|then|tonight|right_now|now|today|all_day|all_night|after_school|this_weekend|huh|for_a_while',
      'you|u [at] home alone|by_yourself|by_urself|on_your_own',
      'wheres|where_is|where_s your|ur parents|mom|mum|dad|folks ..2 right_now|now|tonight|at|atm|at_the_moment|today',
      'how much do|does you|u weigh',
      'your|ur parents|mom|mum|dad|folks check|checks|look_at|looks_at|go_through|goes_through|read|reads|monitor|monitors your|ur phone|messages|chats|texts|dms|snap|instagram',
      'how old you|u|ya are|r|is|be',
      'your|ur real age|name|birthday|bday|address',
      'whats|what_is|when_is|when_s your|ur birthday|bday|birth_date|birthdate|date_of_birth|dob|birth_year',
      'your|you_are|youre|u_r|u_are in middle_school|high_school|elementary|junior_high|primary|secondary|middle|high|year|grade',
      'where|what_park|which_park|what_places|what_spots do|does you|u [usually] hang|hang_out|chill|go|hangout ..2 after_school|weekends|on_weekends|after|at_night|alone',
      'what_time|when do|does you|u [usually] get_home|get_back_home|come_home|get_back|get_in',
      'who|whos|who_is picks|picking|pick|drives|collects|walks you|u [up|home] ..2 from|after|at school|practice|class',
      'are|r your|ur parents divorced|separated|together|married|still_together',
      'do|does you|u live in a|an house|apartment|flat|trailer|condo',
      'when do|will|are you|u turn|turning #',
      'are|r you|u|your|youre|you_are ..2 in # th|st|nd|rd ..1 grade|year|form|too|yet|right',
      'are|r you|u [home|at_home] on_your_own|on_ur_own|all_alone',
      'you|u live|stay near|around|by|close_to|in ..2 downtown|town|the_city|city|centre|center|city_centre|the_area|this_area|area',
      'wat|wut|wht|which grade|year ..2 are|r you|u',
      'your|you_are|youre|u_r|u_are in year|grade|your|form ..1 #|6_th|7_th|8_th|9_th|10_th|11_th|sixth|seventh|eighth|ninth|tenth ..1 right|yeah|yea|huh|rite|correct',
      'your|you_are|youre|u_r|u_are # right|yeah|huh|rite|correct|yea|yh',
      'how old did you|u say you|u were|was|are',
      'do|does your|ur parents|mom|mum|dad|folks work ..1 late|nights|night_shifts|night_shift|all_day|a_lot|weekends',
      'do|does your|ur parents|mom|mum|dad|folks let|allow you|u ..2 have|use|get|be_on @app|social_media|a_phone',
      'what|whats|what_is ..1 your|ur weight|height_and_weight|measurements',
      'how tall ..3 and ..3 weigh|weight',
    ],
    unless: ['theatre|theater|cinema|me_and_dad|me_and_mum|me_and_mom|dad_and_i|mum_and_i|mom_and_i|me_and_your_dad|me_and_ur_dad|your_dad_and_i|ur_dad_and_i', 'drive|drive_us|she_said|he_said|call|ring|trip|bus|flight|alarm|grandma|grandpa|nana|granny|babysitter|nanny|aunt|uncle|lock_the_door|my_mom|my_dad|mom_said|dad_said|group|project|study|studying|class|team|game|match|lobby|queue|squad|package|delivery|parcel|plumber|pizza|groceries|chores|dinner|homework|the_dog|the_cat|party|carpool|pick_up|pickup|ride|lift|sleepover|movie|doctor|nurse|coach|form|forms|roster|weigh_in|weigh_ins|wrestling|boxing|gym|trainer|bmi|physical|checkup|jersey|size|luggage|bag|baggage|suitcase|lol|haha|lmao|bestie|crush|jake|cute_couple'],
    examples: {
      match: ['is ur mum in?', 'what secondary do u go to', 'ur mom checks ur phone right? delete our chat after ok', 'hello, how old you are?', 'is that ur real age on ur profile', 'whats ur birthday', 'ur in middle school?', 'where do u hang out after school', 'what time do u get home', 'whos picking u up after school', 'are ur parents divorced', 'do u live in a house or apartment', 'when do u turn 16', 'hey! r u in 7th grade too?', 'r u on ur own rn', 'u live near downtown?', 'wat grade r u in', 'ur in year 8 right?', 'ur 13 right?', 'how old did u say u were', 'do ur parents work late', 'does ur mom let u have snap', 'u got a bf?', 'u have a boyfriend?', 'so ur alone til then?', 'u home by urself?', 'wheres ur mom rn', 'how much do u weigh', 'how tall are u and how much do u weigh'],
      ignore: ['whats ur birthday? i need it for the party invite list lol', 'what time do u get home? mom said dinner at 7', 'when do u turn 16? we need the date for the team form', 'ur 5 right? 5 dollars for the ticket lol', 'do ur parents work late? mom said we can drive u', 'u got a bf? omg jake is so cute lol', 'so ur alone til then? mom said to feed the dog', 'how much do u weigh for the wrestling weigh in', 'wheres ur mom rn? i need a ride', 'u home by urself? grandma is coming at 6'],
    },
  },
  // round 7 (en-tg): thru-spellings, "who else is in the house", "u like 15 or smth", school + "i bet i know people there"
  {
    id: 'phone-checks-and-who-else',
    phrases: [
      'do|does|will|would your|ur parents|mom|mum|dad|folks|family ..2 go_thru|goes_thru|look_thru|looks_thru|read_thru|snoop|snoops|snoop_on|snoop_through|snoop_thru|stalk|track|spy_on ..3 phone|messages|chats|texts|dms|snap|instagram|insta|account|stuff|you|u',
      'who|anyone|anybody|somebody|someone else ..3 in|at the|your|ur house|home|room|place|flat|apartment ..2 with you|u|rn|right_now|now|tonight',
      'who|anyone|anybody else [is|s] [at] home ..2 with you|u|rn|right_now|now|tonight',
      'you|u|ur|your [like|about|around|prob|probably|prolly|maybe] # or ..1 smth|something|sth|somethin|so|sumn|sum',
    ],
    unless: ['lol_same|mine_do|mine_does|mine_too|my_parents|my_mom|my_mum|my_dad|same|ikr|party|sleepover|coming|invited|game|lobby|movie|dinner|pizza|dollar*|buck*|ticket|tickets|minutes|mins|hours|years_ago|shoe|size|score|points|level|grade_on|test|quiz|exam|delivery|package|plumber|grandma|grandpa|babysitter|nanny'],
    examples: {
      match: ['do ur parents go thru ur phone', 'who else is in the house with u', 'anyone else home with u rn?', 'u like 15 or smth?', 'does ur mom snoop on ur snap'],
      ignore: ['do ur parents go thru ur phone? mine do lol same', 'who else is coming to the party', 'u like 5 or something minutes away?', 'who else is in the lobby with u'],
    },
  },
  {
    id: 'school-i-know-people',
    phrases: [
      'what|which|wat|where school|high_school|middle_school ..6 i [bet] [probably|prob|prolly|might|maybe|def|definitely] know ..2 some|someone|people|ppl|kids|friends|a_few|somebody|ppl_there|people_there|your_friends|ur_friends',
    ],
    unless: ['next_year|transfer|transferring|tour|open_house|applying|application|cousin|brother|sister|my_kid|my_son|my_daughter|game|match|tournament|team|for_the|party'],
    examples: {
      match: ['which school u go to? i bet i know some ppl there', 'what school do u go to, i might know someone'],
      ignore: ['which school u going to next year? i might know someone who transferred', 'what school is the game at? i know some people on the team'],
    },
  },
  {
    id: 'typos-and-non-native',
    phrases: [
      'your|ur parnts|prents|parants|perents|parens|mom|mum|dad home|there|around|awake|asleep|out|away|at_work|gone',
      'wher|whr|were|wer do|d you|u [even] liv|live|stay',
      'give|send|tell me address|location|home_address|addy|adress|adres|your_adress|ur_adress',
      'where|wher|whr are|r you|u from ..2 how old|age|and_how_old',
    ],
    unless: ['ring_her|call_her|speak_to_her|talk_to_her|ring_him|call_him|speak_to_him|talk_to_him|ask_her|ask_him|ring_your|call_your|speak_to_your', 'pick_it_up|collect_it|for_sale|still_available|delivery|package|order|shipping|invite|invitation|party|sleepover|carpool|uber|ride|pickup|pick_up|return|refund|homework|project|class|teacher|interview|application|form|forms|team|roster|grandma|grandpa|plumber|pizza|dinner|my_mom|my_dad|mom_said|dad_said|lol|haha'],
    examples: {
      match: ['ur parnts home?', 'wher do u liv', 'i am sending you gift, give me address', 'hey dear where are you from? how old are you?'],
      ignore: ['Found it! Is your mum home? I want to ring her', 'give me address for the party invite', 'ur mom home? i need to drop off the pizza'],
    },
  },
  {
    id: 'parents-home-bare',
    phrases: [
      'parents|folks|mom|mum|dad|mommy|daddy home|around|out|away|at_work|awake|asleep|gone|there ..1 [right_now|now|tonight|rn|yet|today|or_nah|or_no|too]',
    ],
    unless: ['my|our|his|her|their|my_parents|my_mom|my_mum|my_dad|my_folks|when|pick_up|pickup|ride|lift|dinner|party|sleepover|package|delivery|plumber|grandma|grandpa|babysitter|nanny|dog|cat|keys|key|lock|locked_out|homework|project|study|game|team|lol|haha|lmao|bestie|ask|asked|said|says|permission|let_you|allow|allowed'],
    examples: {
      match: ['parents home?', 'parents out tonight?', 'mom home rn?'],
      ignore: ['my parents home now, cant talk', 'parents home? ask them if u can come to the sleepover', 'mom home? she has my keys'],
    },
  },
  {
    id: 'grade-room-bus',
    phrases: [
      'what|which|wat grade|year you|u in',
      'you|u live w|with your|ur mom|mum|dad|parents|grandma|grandparents|family|aunt',
      'is|s your|ur room|bedroom upstairs|downstairs|in_the_basement|on_the_ground_floor|ground_floor|next_to|far_from|near',
      'are|r you|u home ..2 after_school|tomorrow|tonight|alone|by_yourself|by_urself|this_weekend|all_day',
      'take|ride|catch the|a bus|train|subway|tube|metro ..2 alone|by_yourself|by_urself|on_your_own|on_ur_own|solo',
      'your|ur parents|mom|mum|dad|folks strict|overprotective|controlling|chill|cool',
    ],
    unless: ['theatre|theater|cinema|me_and_dad|me_and_mum|me_and_mom|dad_and_i|mum_and_i|mom_and_i|me_and_your_dad|me_and_ur_dad|your_dad_and_i|ur_dad_and_i', 'party|sleepover|package|delivery|parcel|plumber|pizza|dinner|homework|project|study|studying|class|team|game|match|lobby|trip|field_trip|carpool|pick_up|pickup|ride|lift|my_mom|my_dad|mom_said|dad_said|grandma_said|teacher|form|forms|survey|registration|lol|haha|lmao|bestie|same|mine|my_parents|paint|painting|decor|wifi|router|tour|open_house'],
    examples: {
      match: ['what grade u in', 'u live w ur mom?', 'is ur room upstairs', 'are u home after school', 'do u take the bus alone', 'ur mom strict?'],
      ignore: ['what grade u in? i need it for the class form', 'is ur room upstairs? the wifi router is there', 'are u home after school? the package is coming', 'ur mom strict? mine is lol'],
    },
  },
  // round 8 (en-eg): "ur parents wouldnt get it. r they home rn?"
  {
    id: 'parents-then-are-they-home',
    phrases: [
      'your|ur parents|mom|mum|dad|folks|family ..6 are|r|is they|she|he home|around|awake|asleep|in|out|back|up|gone|at_work',
    ],
    unless: ['my_parents|my_mom|my_mum|my_dad|my_folks|pick_up|pickup|ride|lift|dinner|party|sleepover|package|delivery|parcel|plumber|grandma|grandpa|babysitter|nanny|dog|cat|keys|key|locked_out|homework|project|study|game|team|lol|haha|lmao|bestie|ask|asked|said|says|permission|let_you|allow|allowed|sick|hospital|ok|okay|alright|back_from|flight|trip|vacation|holiday|drop_off|give_it|give_them|sign|form'],
    examples: {
      match: ['good girl. ur parents wouldnt get it. r they home rn?', 'does ur mom work late? is she home yet'],
      ignore: ['ur parents said yes? r they home? ask them if u can come to the sleepover', 'is ur mom ok? is she back from the hospital', 'ur dad has my keys, is he home?'],
    },
  },
  // round 8 (en-eg): "u on ur own tonight?"
  {
    id: 'on-your-own-tonight',
    phrases: [
      'you|u on|by your|ur own|self|lonesome ..1 tonight|right_now|rn|now|at_home|home|today|this_weekend|atm|all_night|til|till|until',
      'you|u|your|ur|you_are by yourself|urself|your_self|yaself ..1 tonight|right_now|rn|now|at_home|home|today|this_weekend|atm|all_night|til|till|until',
    ],
    unless: ['party|homework|project|study|studying|game|match|practice|dinner|food|pizza|bring|mom_said|mum_said|dad_said|grandma|grandpa|babysit|babysitting|dog|cat|puppy|feed|lol|haha|lmao|bestie|sis|bro|sleepover|movie|shift|work|drive|ride|lift|bus|train|walk|safe|text_me_when|call_me_if|emergency|sick'],
    examples: {
      match: ['u on ur own tonight?', 'so ur by urself rn'],
      ignore: ['u on ur own tonight? want me to bring pizza', 'ur on ur own tonight, mom said feed the dog'],
    },
  },
  // round 8 (en-eg): "what street u on", "u sleep alone?", "ur parents dont check ur phone right?"
  {
    id: 'street-sleep-phone-checks',
    phrases: [
      'what|which|wat street|road|neighborhood|neighbourhood|estate|block|building|apartment_block|floor ..2 you|u live|on|in|at|stay',
      'what|wat time you|u get|getting|gets home|back ..1 [tonight|today|from_school|usually|on_weekdays]',
      'does|do your|ur parents|mom|mum|dad|folks check|track|see|watch|monitor ..1 your|ur location|phone|messages|chats|screen_time|snap_map|life360',
      'you|u [still] sleep alone|by_yourself|by_urself|in_your_own_room|in_ur_own_room|in_the_same_room|with_the_door',
      'your|ur parents|mom|mum|dad|folks|family ..1 do_not|dont|does_not|doesnt|never|rarely|wont|will_not ..1 check|look_at|go_through|go_thru|read|monitor|see ..1 your|ur phone|messages|chats|texts|dms|snap|instagram|screen_time',
    ],
    unless: ['party|package|delivery|parcel|pizza|uber|taxi|plumber|teacher|class|project|homework|form|survey|lol|haha|lmao|bestie|sis|bro|same|mine|my_parents|my_mom|my_dad|my_street|moving|moved|house_hunting|for_sale|rent|renting|map|directions|sleepover|camp|trip|hotel|dog|cat|puppy|baby|nightmare|nightmares|scared|thunder|storm|snore|snores|snoring|laugh|laughs|world|dinner|tea|lunch|food|eat|cook|cooking|dropping|drop_off|drop|dropping_off|returning|bring|bringing|hoodie|jacket|keys|charger|stuff|parcel'],
    examples: {
      match: ['what time u get home', 'does ur mom check ur location', 'what street u on', 'u sleep alone?', 'ur parents dont check ur phone right?'],
      ignore: ['what street u on? the pizza guy is lost', 'u sleep alone at camp or in a tent with the others', 'ur mom doesnt check ur phone? mine does lol'],
    },
  },
  // round 8 (en-eg): non-native "what class are you in dear"
  {
    id: 'what-class-are-you-in',
    phrases: [
      'what|which|wat grade|year|class|form|standard are|r you|u in|at ..1 [dear|baby|babe|now|right_now|sweetie|cutie]',
    ],
    unless: ['party|sleepover|package|delivery|homework|project|study|studying|team|game|match|lobby|trip|field_trip|ride|lift|mom_said|dad_said|teacher|form|forms|survey|registration|lol|haha|lmao|bestie|same|mine|my_class|in_my_class|for_maths|for_math|for_english|for_science|for_history|for_bio|for_chem|for_spanish|for_french|for_pe|for_art|which_room|room|period|set|timetable|schedule|swap|switch'],
    examples: {
      match: ['what class are you in dear', 'which year r u in'],
      ignore: ['which class are you in for maths? i need the room', 'what year are u in? same as me lol'],
    },
  },
  // round 8 (en-eg): "have u ever had a bf"
  {
    id: 'ever-had-a-bf',
    phrases: [
      'ever had|have_had|been_with|been_in a|an bf|boyfriend|gf|girlfriend|relationship|partner|crush',
    ],
    unless: ['lol|haha|lmao|bestie|sis|bro|character|show|movie|series|anime|book|song|my_mom|my_dad|my_sister|my_brother|survey|quiz|game|truth_or_dare|question|questions'],
    examples: {
      match: ['have u ever had a bf', 'u ever been in a relationship'],
      ignore: ['has ur sister ever had a bf lol', 'truth or dare: have u ever had a crush'],
    },
  },
  // round 8 (en-eg): "ur parents let u go into town on ur own?"
  {
    id: 'parents-let-you-out-alone',
    phrases: [
      'your|ur parents|mom|mum|dad|folks ..1 let|allow|lets|allows you|u ..4 on_your_own|on_ur_own|alone|by_yourself|by_urself|out_alone|into_town|to_town|into_the_city|out_at_night|out_late|stay_out|sleep_over|sleepovers',
    ],
    unless: ['party|sleepover_at_mine|homework|project|study|game|match|practice|team|trip|field_trip|lol|haha|lmao|bestie|same|mine|my_parents|my_mom|my_mum|my_dad|concert|festival|driving|drive|car|license|licence|learner|phone|tiktok|makeup|piercing|tattoo|dye'],
    examples: {
      match: ['ur parents let u go into town on ur own?'],
      ignore: ['ur parents let u go to the concert alone? mine dont lol'],
    },
  },
  // round 8 (en-eg): bare "ur age?"
  {
    id: 'bare-your-age',
    phrases: [
      'your|ur age ..1 [please|pls|dear|babe|tho|though|btw|first|again|right_now|hun|sweetie|baby]',
    ],
    unless: ['at|for|doesnt|does_not|do_not|dont|not|matter|matters|group|range|category|bracket|limit|rating|restriction|act|acting|old_for|when_i_was|like_you|lol|haha|lmao|wisdom|ages|aged|birthday|bday|happy|mature|young|beautiful|pretty|cute|look|looks|number|just_a_number'],
    examples: {
      match: ['ur age?', 'ur age pls'],
      ignore: ['at ur age i was already working lol', 'u look so mature for ur age'],
    },
  },
  // round 8 (en-eg): "do u walk home from school", "which park do u go to"
  {
    id: 'walk-home-which-park',
    phrases: [
      'do|you|u walk|bike|cycle|skate|ride home ..1 from|after|alone|by_yourself|by_urself school|practice|class|work|alone',
      'which|what park|gym|mall|library|bus_stop|skatepark|skate_park|pool|club|church|station|cafe|shop|corner_shop do|does you|u ..1 go_to|use|hang|usually|go',
    ],
    unless: ['lol|haha|lmao|bestie|sis|bro|same|mine|party|trip|project|homework|team|practice_starts|coach|teacher|class_trip|membership|sign_up|recommend|recommendation|best|good_one|cheap|cheaper|review|open|opening|hours|closed|grandma|grandpa|mom|mum|dad|new_to|moved|moving|visiting|tourist'],
    examples: {
      match: ['do u walk home from school', 'which park do u go to'],
      ignore: ['which gym do u go to? i need a cheap one', 'do u walk home from school? same lol'],
    },
  },
  // round 8 (en-eg): "what are you doing home all alone", "is anyone else using your computer", "do you get lonely when your mum works nights"
  {
    id: 'alone-computer-mum-works-nights',
    phrases: [
      'you|u ..3 home|house all_alone|all_by_yourself|all_by_urself',
      'anyone|anybody|someone|somebody else ..2 using|use|uses|on|reading|read|see|sees|check|checks|share|shares your|ur computer|phone|laptop|account|ipad|tablet|messages|pc',
      'when|while your|ur mum|mom|dad|parents|folks work|works|working|are_at_work|is_at_work|go_out|goes_out|are_away|is_away ..1 nights|late|night_shifts|night_shift|at_night|weekends|late_shifts|away',
      'do|you|u get lonely|bored|scared ..3 when|while|at_night|alone|by_yourself|by_urself',
    ],
    unless: ['movie|film|watch|watching|christmas|kevin|lol|haha|lmao|bestie|sis|bro|same|mine|my_mom|my_mum|my_dad|my_parents|homework|project|team|class|teacher|virus|hacked|password|wifi|printer|fix|broken|update|grandma|grandpa|dog|cat|puppy|pet|therapist|counselor|helpline|doctor'],
    examples: {
      match: ['What are you doing home all alone on a Friday night?', 'Is anyone else using your computer?', 'Do you get lonely when your mum works nights?'],
      ignore: ['u watching home alone tonight? its christmas lol', 'is anyone else using ur computer? the printer is broken'],
    },
  },
  // round 9 (en-n9g): "u 14?", "u in yr 9?", old chat-room "a/s/l"
  {
    id: 'bare-age-and-year-r9',
    phrases: [
      'you|u|are_you|r_u|ru 10|11|12|13|14|15|16|17 ..1 cool|nice|ok|okay|kool|thats_fine|perfect|wow|right|really|fr|tho',
      'you|u|are_you|r_u|ru in your|year|yr|grade # [yet|then|right|tho]',
      'a s l',
    ],
    unless: ['mins|minutes|hours|km|miles|points|pts|percent|place|kills|wins|rank|level|lvl|elo|laps|reps|weeks_pregnant|dollars|quid|pounds|in_line|in_the_queue|seat|row|room|locker|bus'],
    examples: {
      match: ['u 14? cool add me on kik', 'u in yr 9?', 'a/s/l', 'are you in year 8?'],
      ignore: ['u 14 points behind lol', 'are you in year 9 at the bus stop'],
    },
  },
  {
    id: 'rents-and-skool-shorthand-r9',
    phrases: [
      'your|ur|yo rents|parentals|folks|p_s home|around|in|out|there|back|asleep|awake|strict|working',
      'wat|what|which|wut skool|school|skl you|u go 2|to|at',
      'ru|r_u|are_you alone|by_yourself|by_urself ..1 [rn|right_now|now|tonight|2nite]',
    ],
    unless: ["same_class|same_school|literally|rant|vent|gossip|spill|the_tea", 'drop|dropping|parcel|package|lift|jumper|hoodie|group|project|team|match|game|tournament|reunion|fundraiser|trip|form|permission|party|tell_them|say_hi|love_mum|love_mom|mum|mom|dad|thanks'],
    examples: {
      match: ['r ur rents home', 'wat skool u go 2', 'ru alone?'],
      ignore: ["are u alone? i wanna call and rant about sarah", "i know what school u go to lol we're literally in the same class", 'are ur folks home? tell them thanks for the lift', 'which school do u go to for the tournament'],
    },
  },
  {
    id: 'in-your-room-alone-r10',
    phrases: [
      'are|r you|u [in|at] [your|ur] [room|bedroom|house|home|place] alone|by_yourself|on_your_own|by_urself|on_ur_own',
      'is|s anyone|anybody|someone ..1 else ..1 in|at|around ..1 your|ur|the room|bedroom|house|home ..1 rn|right_now|now|with_you|with_u',
    ],
    unless: ["rant|vent|gossip|spill|the_tea", 'dad|mum|mom|love_you|love_u|lock_the_door|dinner|lol|haha|scared|safe|ok|okay|are_you_ok|need_anything|food|party|bored|lonely|come_over|sleepover|covid|sick|ill|doctor'],
    examples: {
      match: ['r u in ur room alone', 'is anyone else in the room rn'],
      ignore: ["are u alone? i wanna call and rant about sarah", 'are you home alone? love you, dinner is in the fridge', 'r u in ur room alone, want to come over for the sleepover'],
    },
  },
  {
    id: 'where-you-based-r11',
    weight: 1,
    phrases: [
      'where [are|r] you|u based|located|living|staying ..2 [now|these_days|atm]',
      'whereabouts|where_abouts [are|r] you|u [from|based|living|located]',
    ],
    unless: ['company|business|office|team|job|role|position|vacancy|shop|store|delivery|parcel|package|courier|order|deal|collect|collection|pickup|pick_up|postage|for_sale|still_available|item|price|bike|tickets'],
    examples: {
      match: ['where u based?', 'where abouts r u?', 'whereabouts are you living'],
      ignore: ['where is the company based?', 'whereabouts are you with the delivery', 'deal. where are u based'],
    },
  },
  // ---- round 13 (en-n13): late-night checks on the parents ----
  {
    id: 'parents-dont-mind-late-r13',
    phrases: [
      'parents|mum|mom|dad|folks|mam ..1 do_not|dont|never|not mind|care|check|know|notice|wake_up|come_in ..3 late|night|at_night|this_late|up_late|online|on_here',
      'always|usually|often on|up|online ..1 this|so late ..3 parents|mum|mom|dad|folks',
    ],
    unless: ['come_over|stay|sleepover|party|lift|drive|pick_up|if_i|if_we|homework|revision|exams|test|coursework'],
    examples: {
      match: ['cool cool. u always on this late? parents dont mind?', 'ur parents dont check ur phone at night?'],
      ignore: ['do ur parents mind if i come over late', 'my parents dont mind me staying up late to revise for exams'],
    },
  },
  // round 16 (en-n16): "are you usually alone after school"
  {
    id: 'usually-alone-after-school-r16',
    phrases: [
      'are|r you|u usually|normally|always|often|mostly|ever alone|home_alone|by_yourself|by_urself|on_your_own ..3 after_school|at_night|in_the_evening|in_the_evenings|evenings|weekends|at_home|when',
    ],
    unless: ['party|sleepover|package|delivery|parcel|plumber|pizza|dinner|homework|project|study|studying|class|team|game|match|lobby|trip|carpool|pick_up|pickup|ride|lift|my_mom|my_dad|mom_said|dad_said|teacher|form|survey|babysit|babysitting|dog|cat|feed|scared|lonely|safe|ok|okay'],
    examples: {
      match: ['nice. so are you usually alone after school or do u have siblings around?', 'r u ever home alone at night'],
      ignore: ['are you usually alone after school? mom said to feed the dog', 'are u ever alone at home and scared?'],
    },
  },
  // round 18 (en-n18): "ur parents in?", "are they home rn?", "Your parents they are home now?", "u go to oakfield high dont u", "do ur parents check ur discord"
  {
    id: 'parents-in-they-home-r18',
    phrases: [
      'your|ur parents|folks|rents [they] [are|r] in|home|around|awake|asleep',
      'are|r they|ppl|people|anyone|any1|anybody [at] home|in|around|awake|asleep right_now|now|tonight|atm|rn',
      'you|u go to ..3 high|academy|school|college|middle|grammar ..2 do_not_you|dont_you|right|yeah|innit|yh|ye',
      'do|does your|ur parents|folks|mum|mom|dad|family check|read|look_at|go_through|monitor|see ..2 your|ur phone|discord|messages|dms|chats|snapchat|instagram|texts|tablet|laptop',
    ],
    unless: ['in_law|law|abroad|country|city|spain|france|hospital|package|parcel|delivery|plumber|pizza|pick_up|pickup|lift|ride|dinner|food|party|sleepover|homework|project|carpool|grandma|nan|gran|fundraiser|charity|i_need|can_i_come|can_i_borrow|tell_them|say_hi|ask_them|ask_your|ask_ur|match|game|trials|tryouts|open_day'],
    examples: {
      match: ['ur parents in?', 'are they home rn?', 'Your parents they are home now?', 'u go to oakfield high dont u', 'do ur parents check ur discord?'],
      ignore: ['are they home rn? i need to drop off the parcel', 'ur parents in? can i come borrow the charger', 'u go to oakfield high right? we play u in the match saturday'],
    },
  },

  // round 19 (en-n19): "u in hs?", "so u a girl right?", "saw u on quick add, u go to westview?"
  {
    id: 'you-in-hs-r19',
    phrases: [
      'you|u [are|r|still] in|at hs|high_school|highschool|middle_school|middleschool|junior_high|jr_high|secondary_school|primary_school|elementary',
      'so you|u [are|r] a girl|boy|guy|female|male [right|irl|tho|fr]',
      'quick_add|quickadd|suggested|mutuals|recommended ..4 you|u go|live|from|at',
    ],
    unless: ['college|uni|university|job|teacher|class_of|reunion|alumni|my_brother|my_sister|my_cousin'],
    examples: {
      match: ['u sound young, u in hs?', 'ok so u a girl right? heard ur voice in vc', 'hey saw u on quick add, u go to westview?'],
      ignore: ['are u still in touch with anyone from college', 'my cousin is in high school now'],
    },
  },
  // round 23 (en-n23): age asked behind a compliment or a nickname ("ur aim is nuts for a kid how old r u", "how old r u btw, u sound young"), parents strict / listening, alone when we call
  {
    id: 'how-old-you-sound-young-r23',
    weight: 1,
    phrases: [
      'how old are|r you|u ..4 you|u sound|look|seem|act|type|write young|younger|older|mature|grown|like_a_kid|little',
      'for a kid|your_age|ur_age|a_youngster ..3 how old are|r you|u',
      'your|ur parents|folks ..1 strict|overprotective|nosy',
      'you|u are|r alone|by_yourself ..3 in|at ..1 room|house|home|bedroom ..2 when|while|during we|you|u call|talk|facetime|video',
      'parents|mum|mom|dad no|not listening|watching|around|checking|hearing',
      'are|r your|ur parents|mum|mom|dad|folks ..1 home|in|around|there|out|asleep|working ..2 right_now|now|tonight|atm|later',
    ],
    unless: ['your_kid|ur_kid|the_kid|my_kid|your_kids|ur_kids|dog|cat|pet|puppy|team|form|roster|sleepover|party|invite|pick_you_up|pick_u_up|lift|carpool|dinner|tea|their_car|my_mum_says|my_mom_says|project|homework|study|revision'],
    examples: {
      match: ['ur aim is nuts for a kid how old r u', 'well ur my lil one now 🥺 vr dad has got u. how old r u btw, u sound young', 'you are alone in room when we call? parents no listening?', 'ur parents strict? mine r so annoying w my phone'],
      ignore: ['how old is ur kid now? he looks so grown', 'are ur parents home? my mum says she can give u a lift to the party'],
    },
  },
  // round 27 (en-n27): "are u in ur room rn"
  {
    id: 'are-you-in-your-room-r27',
    phrases: [
      'are|r you|u in|alone_in [your|ur] room|bedroom ..1 [right_now|now|atm|rn|alone|by_yourself]',
      'are|r you|u in|alone_in [your|ur] bed ..1 alone|by_yourself',
    ],
    unless: ['already|movie|tmrw|tomorrow|early|only|dinner|food|tea|lunch|breakfast|ready|come_down|downstairs|upstairs|charger|hoodie|borrow|lend|my_keys|keys|the_remote|remote|lol|haha|shower|bath|wifi|noise|loud|music|the_dog|the_cat|parcel|package|door|doorbell|homework|revising|revision|sick|ill|feeling|headache'],
    examples: {
      match: ['are u in ur room rn', 'r u in bed alone'],
      ignore: ['are u in bed already? its only 9', 'r u in bed, movie night tmrw?', 'are u in ur room? dinner is ready', 'are you in your room, can i borrow ur charger'],
    },
  },
  // round 30 (en-n30): "no one else is home right?", "ur parents working late again tonight?", "what age are ya"
  {
    id: 'no-one-else-home-right-r30',
    phrases: [
      'no_one|nobody|noone|no_body else ..1 home|in_the_house|around|awake|there ..1 right|yeah|yea|yet|now|rn|right_now|tonight|is_there|are_they|innit|ya',
      'your|ur parents|folks|mum|mom|dad|mam|ma working|at_work|out|away|gone|on_nights|on_shift ..2 late|tonight|again|till|until|all_night|all_weekend',
      'what|wat age are|r ya',
    ],
    unless: ['lock|key|keys|door|alarm|package|parcel|delivery|feed|dog|cat|dinner|fridge|food|chores|bins|say_thanks|tell_them|for_dinner|come_for|want_to_come|wanna_come|party|sleepover|game|match|grandma|nana|gran|love_mum|love_mom|mum_x'],
    examples: {
      match: ['come on. no one else is home right?', 'ur parents working late again tonight?', 'heya, what age are ya'],
      ignore: ['no one else is home right now so take your key', 'ur parents working late again tonight? want to come for dinner'],
    },
  },
  // round 31 (en-n31): "u local? what school", "how old are u now, 13?"
  {
    id: 'are-you-local-r31',
    phrases: [
      'are|r you|u local|nearby|close_by|near_me|near_here|around_here|from_around_here',
      'you|u local|nearby|from_around_here ..1 what|which school|area|town|city|part|side',
      'how old are|r you|u now ..2 #',
    ],
    unless: ['pick_up|pickup|collect|collection|collecting|delivery|deliver|postage|post_it|ship|shipping|item|sale|selling|sell|buy|listing|price|marketplace|ebay|vinted|depop|gumtree|craigslist|tickets|ticket|plumber|electrician|quote|quote_for|business|shop|store|restaurant|cafe|pub|gig|venue|dog|cat|puppy|kitten|pet|grandma|grandpa|nana|nan|gran|mom|mum|dad|uncle|aunt|cousin|brother|sister|son|daughter|baby|kid|kids'],
    examples: {
      match: ['nice nice. are u local?', 'ok cool, u local? what school', 'how old r u now, 14?'],
      ignore: ['are you local? i can pick up the bike tomorrow', 'r u local? theres a gig at the venue on friday', 'how old is ur sister now, 14?'],
    },
  },
  // round 37 (en-n37): when the parents are back, i.e. how long the child is alone
  {
    id: 'when-is-mom-back-r37',
    phrases: [
      'when|what_time|wat_time|how_long_until|how_long_till|how_long_before does|do|will|is|are your|ur|yer|she|they|he ..1 mom|mum|mam|dad|parents|folks|mother|father ..1 get|gets|come|comes|be back|home',
      'when|what_time|wat_time does|do|will|is|are she|they|he get|come|be back|home',
      'how_long ..1 your|ur|yer mom|mum|mam|dad|parents|folks gone|out|away|at_work|working',
      'whens|when_is|when_are|when_will your|ur|yer mom|mum|mam|dad|parents|folks ..1 back|home|be_back|be_home|get_back|get_home',
    ],
    unless: ['bus|train|plane|flight|store|shop|shops|package|parcel|order|delivery|library|book|books|dinner|pizza|food|hospital|doctor|surgery|vet|results|cake|party|surprise|present|gift|teacher|coach|sub|substitute|season|show|series|episode|album|tour|movie|song|stock|sale|restock|school|class|work_schedule'],
    examples: {
      match: ['when does ur mom get back', 'what time do your parents come home', 'how long r ur parents gone for', 'whens ur mum back from work'],
      ignore: ['when does she get back from the hospital', 'when do your parents come back with the pizza', 'when is the show back'],
    },
  },
] satisfies PatternEntry[];
