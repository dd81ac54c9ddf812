import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'virgin-and-experience',
    phrases: [
      'rua [still] virgin',
      'are|r you|u [still] [a] virgin',
      'you|u [still] a virgin',
      'have|did you|u ever ..3 had|have|done|tried ..2 sex|it|anything|stuff|oral|head|blowjob|bj|sexual',
      'ever ..2 had|have|done ..2 sex|oral|head|blowjob|bj',
      'how many ..2 guys|boys|girls|people ..2 have you|u ..2 slept|been|had|kissed|done|hooked',
      'lost|lose your|ur virginity',
      'are|r you|u [still] [a] virgn|virgen|virign|vergin|virgine|virgiin|virgn',
      'you|u [still] [a] virgn|virgen|virign|vergin',
      'you|u still ..2 have|got [your|ur|a|the] v_card|vcard|cherry|virginity',
      'rua [still] virgn|virgen|virign|vergin',
      'you|u ever ..2 touched|fingered|touch|finger|played_with|play_with yourself|urself|with_yourself',
      'you|u ever ..3 had|done|tried ..2 sex|oral|head|blowjob|bj',
      'do|did|have you|u [ever] ..2 touch|touched|finger|fingered|play|played ..2 yourself|urself|with_yourself',
      'do|did|have you|u [ever] masturbate*|jerk*|wank*|rub_one|touch_yourself|finger_yourself|cum|come_when|orgasm*',
      'have|did you|u ever ..2 seen|watched|watch ..2 porn|a_dick|a_penis|a_naked',
    ],
    unless: ['islands|olive|oil|mary|mojito|mojitos|cocktail|drink|drinks|margarita|virgin_media|virgin_atlantic|airlines|records|galactic|game|games|gaming|played|play|playing|among_us|lobby|server|minecraft|fortnite|roblox|valorant|level|mobile|class|biology|sex_ed|sex_education|health'],
    examples: {
      match: [ "r u still a virgn", "u still got ur v card?", "are you a virgin", "have you ever had sex", "do you masturbate", "u a virgin?",'r u a virgin', 'are you still a virgin', 'have u ever had sex', 'do u touch yourself', 'how many guys have you kissed', 'have you ever watched porn', 'chill its just a question lol. u ever touched urself?'],
      ignore: ['are u a virgin in minecraft? never played?', 'virgin olive oil is better', 'did you pass the sex ed quiz', 'have you ever tried sushi', 'are u a virgin mojito person or nah'],
    },
  },
  {
    id: 'kissed',
    weight: 2,
    phrases: [
      'rua good kisser',
      'have|did you|u ever [been] kissed|made_out|french_kissed|kissed_a|kissed_anyone|kiss_anyone|hooked_up',
      'have you|u ever ..2 kissed|made_out|hooked_up',
      'are|r you|u a good kisser',
    ],
    unless: ['lol|haha|truth_or_dare|game|movie|character|show|episode|book'],
    examples: {
      match: ['have u ever been kissed?', 'have you ever made out with someone', 'are you a good kisser'],
      ignore: ['truth or dare: have you ever kissed someone lol', 'have you ever been to paris'],
    },
  },
  {
    id: 'what-are-you-wearing',
    phrases: [
      'whatcha|watcha|whatchu|wachu wearing|wearin|got_on',
      'what|wat|wut you|u wearin|wearn',
      'wat|wut [are|r] you|u wearing',
      'what|wat|wut are|r you|u wearing ..2 right_now|now|rn|tonight|in_bed|under|underneath|atm|at_the_moment',
      'what|wat|wut are|r you|u wearing',
      'what|wat|what_color|what_colour|which ..3 color|colour|kind|type ..3 your|ur ..2 underwear|bra|panties|thong|boxers|lingerie',
      'what|wat is|s your|ur bra|cup|boob|dick|penis|cock size',
      'whats|wats your|ur bra|cup|boob|dick|penis|cock size',
      'how big ..3 your|ur|are_your|is_your ..2 @body',
      'do|are you|u ..2 wear|wearing ..2 underwear|a_bra|panties|anything|nothing',
      'wear|put_on ..3 something ..2 sexy|hot|revealing|tight|short|cute|skimpy|slutty ..3 for_me|when|tonight|on_cam|for_the_call|for_facetime|for_camera|for_the_camera|for_cam|on_camera|and_stand_up|and_stand',
      'wear|put_on ..3 your|ur|a|the bikini|lingerie|thong|underwear|bra|panties|short_skirt|crop_top ..3 for_me|on_cam|on_camera|and_send|and_take',
      'pic|pics|pix|picture|pictures|photo|photos|selfie|selfies|video|videos|clip|clips|image|images|nude|nudes ..3 in|wearing [your|ur|a|just|only|my|some] bikini|underwear|lingerie|bra|panties|thong|nothing|swimsuit|towel|boxers',
      'do you|u sleep naked|in_the_nude|nude|without_clothes',
      'are you|u naked|nude|undressed|in_the_shower|in_bed|in_your_underwear|in_ur_underwear ..2 right_now|now|rn',
    ],
    unless: ['just_like_a|it_was_a|it_was_just|was_just_a|it_is_just_a', 'scam_right|is_that_a_scam|is_this_a_scam|thats_a_scam|that_s_a_scam|its_a_scam|it_is_a_scam|got_a_dm_from|dm_from_some|my_friend_got|my_sister_got|my_cousin_got', 'to|for the|a|my|your|ur|school|prom|party|dinner|church|work|practice|class', 'tomorrow|tmrw|tomorow|prom|party|school|dance|wedding|game|match|concert|interview|date_night|event|halloween|costume|mall|church|dinner|trip|team|uniform|practice|recital|graduation|formal|coat|jacket|freezing|cold|warm|raining|rain|snow|snowing|weather|umbrella|sweater|jumper|layers|sunscreen|scarf|gloves|boots|chilly'],
    examples: {
      match: ['whatcha wearing 😏',  "wat u wearin", "what are u wearing rn",'what r u wearing rn', 'what are you wearing', 'wear something sexy for me', 'what color is ur underwear', 'do u sleep naked', 'whats your bra size'],
      ignore: ['he posted it, it was just a pic in my bikini from the beach', 'it was a selfie in my bra, he promised he deleted it', "dat je model kan worden en dan willen ze foto's in bikini. gewoon blokkeren", "my friend got a dm from some 'model scout' asking for pics in a bikini, thats a scam right?", 'and what are you wearing? its freezing, take a coat', 'what are you wearing to the party', 'what r u wearing tomorrow for the game', 'wear something warm tonight its cold'],
    },
  },
  {
    id: 'no-clothes',
    phrases: ['no|without|with_no|minus|zero clothes|clothing|clothes_on', 'take_off|remove|lose ..2 all ..2 clothes|clothing',
      'take|pull|strip|slip it|that|them|those|everything|your_shirt|ur_shirt|your_top|ur_top|your_hoodie|ur_hoodie|your_bra|ur_bra|your_pants|ur_pants off ..3 show|send|for_me|let_me_see|on_cam|pic|video|vid|baby|babe'],
    unless: ['list|tag|price|shelf|cart|calendar|schedule|oven|stove|lid|menu|table|wall|hook|charger|wear|to_wear|pack|packed|packing|laundry|shopping|clean|dryer|washing|fit|fits|left|store|shop|suitcase|closet|money|budget|donate|donation|doll|barbie|sims|character|game|baby|dog'],
    examples: {
      match: ['can u send a full body pic? no clothes', 'without clothes this time', 'take off all your clothes', 'take it off and show me 😏', 'pull ur hoodie off for me babe'],
      ignore: ['i have no clothes to wear lol', 'no clean clothes left, laundry day', 'take the price tag off and show me the shoes', 'take that off the list and send me the new one'],
    },
  },
  {
    id: 'sexual-remarks',
    phrases: [
      'you|u horny|wet_for_me|hard_for_me',
      'do you|u like|enjoy|love sex|porn|oral|anal|dick|cock|being_touched',
      'i_am|im [so] [really] [getting] horny|turned_on|hard_for_you|wet_for_you|hard_thinking|wet_thinking',
      'ever ..2 sucked|licked|touched|jerked|fingered|sucked_a ..2 dick|cock|penis|pussy|boobs|a_guy|a_girl',
      'body_count|bodycount',
      'do you|u have ..2 big|small|nice|huge|perky|tiny boobs|tits|breasts|dick|ass|butt|cock',
      'you|u ..3 sexy|hot|good|beautiful naked|nude|without_clothes|in_underwear',
      'dirty|naughty|sexy|spicy|freaky|nsfw game|games|talk|questions|truth_or_dare|roleplay|chat',
      'your|ur ..2 fantasies|fantasy|fetish|fetishes|kinks|kink|turn_ons|turnons',
      'you|u have|got ..2 nice|great|hot|sexy|perfect|amazing|big|tight|fit|juicy ..2 body|boobs|ass|butt|tits|curves|figure|legs|thighs',
      'what|wat size ..2 your|ur|are_your|is_your|are_ur|is_ur @body|bra|cup|dick|penis',
      'what|wat|what_color|what_colour|which|wat_color ..3 underwear|bra|panties|thong|boxers|lingerie ..3 wearing|have_on|got_on|today|rn|right_now',
      'look|looks|be hot|sexy|good|cute|amazing|fine ..2 in a|your|ur|that bikini|lingerie|thong|underwear|bra|panties|swimsuit|nothing',
      'do|would you|u want|want_to|like ..2 have_sex|fuck|hook_up|sleep_with_me|smash|do_it_with_me|make_out_with_me|have_sex_with_me',
      'do|did|have you|u ..2 shave ..3 down_there|there|your_pussy|your_dick|everything|your_private|your_privates',
      'touch|touching|shave|shaved|hair|wet|feel|kiss|lick|rub ..3 down there',
      '@iwill|i_want_to|i_would_love_to|i_would_like_to kiss|touch|lick|taste|feel|squeeze|grab|rub|undress|strip|spank|fuck|bang|suck ..2 you|u|your|ur ..2 body|all_over|everywhere|neck|boobs|ass|butt|legs|thighs|whole_body|hard|slowly|down_there',
      'i want|want_to|would_love|would_like to fuck|bang|smash|sleep_with|have_sex_with|make_love_to|do_things_to|do_stuff_to|undress ..2 you|u|ur|your',
      'you|u make|made me ..2 hard|horny|wet|hot|so_hard|so_wet|so_horny|turned_on|cum',
      'are|r you|u [so] [getting] horny|turned_on|in_the_mood|wet_for_me|hard_for_me|wet_down_there|hard_down_there',
      'i_am|im so horny|hard|wet|turned_on|horny_right_now|hard_right_now',
      'thinking ..2 about|of you|u ..2 naked|in_bed|in_the_shower|without_clothes|touching',
      'sexy|hot|fine|thicc|thick|developed ..3 for [a|an] #',
      'sexy|hot|fine|thicc|thick|developed ..3 for your|ur|ya age',
      'your|ur body|boobs|ass|butt|lips|legs|thighs|curves ..2 is|are|look|looks|so ..2 sexy|hot|perfect|amazing|nice|fine|thicc|tasty|big|developed',
      'sext|sexting|dirty_talk|talk_dirty|naughty|kinky|freaky ..3 with_me|tonight|rn|right_now|together',
      'do you|u ..2 like|want|want_to ..2 older|old guys|men|man|women|daddy|dominant|rough',
      'size|measurements|cup_size ..2 of your|ur @body|bra',
      'send|show me ..2 something sexy|spicy|naughty|dirty|hot|freaky|nsfw|explicit',
      'see you|u ..6 less_of_it|less_clothes|less_clothing|fewer_clothes|even_less|less_on|nothing_on',
      'look|looks|be ..2 good|hot|sexy|better|amazing|fine|cute ..2 without|with_no|out_of ..2 that|your|ur|the|those|a ..1 top|shirt|clothes|bra|dress|skirt|hoodie|jeans|pants|clothing|towel',
      'what would|will|wud|wld|d you|u let me do|try|touch|see',
      'if i was|were ..2 in your|ur bed|room|shower|bath ..3 what would|will|wud you|u do|let',
    ],
    unless: ['rain|raining|pool|swim|swimming|umbrella|stuck|hardstuck|ranked|level|boss|game|player|players|skater|athlete|dancer|musician|writer|artist|skills|skill|team|fortnite|roblox|minecraft|anime|character|manga|movie|actor|singer|song|food|pizza|car|weather|outside|coffee|soup|tea|sauce|pepper|spicy_food|chips|ramen|the_actor|celebrity|book'],
    examples: {
      match: [ "you have a nice body", "what size are your boobs", "ur body is hot", "i'm thinking about you naked",
        'i wanna kiss you all over',
        'u make me so horny',
        'r u horny',
        'ur so hot for 15',
        'your body is so sexy',
        'wanna sext tonight?',
        'do u like older guys',
        'send me something sexy',
        'what would u let me do if i was there rn',
        'i wanna see u in that outfit again but less of it',
        'bet u look good without that top',
        'if i was in ur bed right now what would u do',
      ],
      ignore: ['this ramen is so spicy', 'the actor is so hot', 'are you hungry', 'your drawing looks amazing', 'what would you let me do with the car', 'you look good without the beard', 'you look better without those glasses', 'if i was in your room i would clean it lol'],
    },
  },
  {
    id: 'mild-sexual',
    weight: 2,
    phrases: [
      'i want|need you|u so|soo bad|badly',
      'i want|want_to|would_love|would_like to touch|kiss|feel|taste|hold|cuddle|hug you|u',
      'you|u|your|ur are|re|r|look|looking|so ..2 sexy|sexxy|seggsy|sexi',
      'have|did you|u done|tried it|stuff|anything|that before|yet',
      'have|did you|u ever [been] ..2 touched|fingered|naked_with|slept_with',
      'you|u ever been touched|fingered|felt_up|naked_with',
    ],
    unless: ['game|level|homework|recipe|ride|rollercoaster|skiing|skateboard|class|test|exam|puzzle|song|dance|trick|lol|lmao|haha|mom|dad|grandma|baby|dog|cat|puppy|drawing|car|shoes'],
    examples: {
      match: [ "i want you so bad",'i want to touch you', "you're so sexy", 'have you done it before', 'i wanna kiss u', 'u ever been touched?'],
      ignore: ['have you done the homework before', 'this car is so sexy', 'have you tried it before? the rollercoaster'],
    },
  },
  {
    id: 'older-and-bedtime',
    phrases: [
      'what do|does you|u [usually] sleep in',
      'what|wat do|does you|u [usually] wear ..2 to|in bed|at_night|to_sleep|when_you_sleep',
      'see|know what|how you|u wear|sleep ..2 to|in bed|at_night|to_sleep',
      'truth_or_dare|would_you_rather|wyr|never_have_i_ever ..4 dirty|naughty|sexy|spicy|nsfw|freaky|adult version|edition|mode|questions|ones|version',
      'you|u ever|have_you_ever|did_you_ever|ever sent|send|sended|taken|took|made ..2 @nude|naked_pics|naked_pic|pics_like_that|spicy_pics|sexy_pics|a_pic_like_that|pic_like_that|pictures_like_that|one_like_that|photos_like_that|pics_like_this|a_pic_like_this',
      'sit|sitting on my lap|face|knee|knees',
      'has|have anyone|anybody|a_guy|a_boy|someone|any_guys|any_boys ever seen|touched|kissed|felt you|u ..1 naked|nude|without_clothes|down_there|topless|there|in_your_underwear',
      'bra|panties|underwear|lingerie|thong|bikini ..3 from|in|on your|ur story|stories|pics|post|posts|instagram|snap|page|selfie',
      'look|looks|be ..2 good|great|better|cute|hot|sexy|perfect in|on my bed|lap|arms|sheets',
      '@iwill|let_me teach|show you|u how to kiss|make_out|touch|please|do_it|have_sex|sext|flirt|pleasure',
      'all|every|most|lots_of|other girls|boys|guys|kids|teens ..2 your|ur age ..2 do|does|send|sends|have_done|did|are_doing it|this|that|pics|nudes|stuff',
      'do|did you|u [ever] [even] wear|own ..1 thong|thongs|lingerie|g_string|g_strings|a_bra_yet|bras_yet',
      'you|u [ever] been|dated|slept|hooked_up|gone_out|done_it [with] an|a|any older|older_guy|older_guys|older_man|older_men|grown_man|grown_men',
    ],
    unless: ['summer|boiling|heatwave|winter|freezing|this_hot|so_hot|so_cold', 'where_is_it_from|wheres_it_from|link|brand|sale|cat|cats|dog|dogs|puppy|kitten|pet|pets|teddy|plush|blanket|pillow|santa|homework|chores|sports|tiktok|vape|vaping|cold|freezing|chilly|new_pjs|need_new|shopping|store|grandma|grandmas|grandpa|aunts|cousins|at_your|crowd|group|kids|students|class|friends|team|lol|lmao|haha|tent|sleeping_bag|camp|camping|hotel|car|van|bus|class|field_trip|trip|sleepover|movie|show|book|character'],
    examples: {
      match: ['hop on facetime rn, wanna see what u wear to bed', 'what do u wear in bed', 'what do u sleep in', 'u ever been with an older guy', 'have you ever dated an older man', 'nice. u ever sent nudes before?', 'have u ever sent a pic like that before?', 'come sit on my lap', 'has anyone ever seen u naked', 'u know, the bra and panties one from ur story', 'u would look good in my bed', 'i can teach u how to kiss', 'its normal, all girls ur age do it', 'do u wear thongs', 'we should play truth or dare, but the dirty version'],
      ignore: ['what do u wear to bed in summer, its boiling', 'what do u sleep in when we go camping, a tent?', 'have you ever been with an older guy in a movie lol', 'u ever been with an older crowd at parties', 'have you ever sent nudes in the group chat lol', 'do you wear thongs to the beach lol', 'what do you sleep in at your grandmas', 'what do u wear to bed when we go camping? its cold in the tent', 'what do you wear to bed, i need new pjs', 'the cat would look so cute in my bed', 'all kids ur age do homework after school', 'come sit on santas lap at the mall', 'the bikini from ur story is so cute, link?'],
    },
  },
  {
    id: 'see-what-you-wear',
    weight: 2,
    phrases: [
      'let_me|lemme|can_i|want_to|i_want_to|i_wanna see|know what you|your|u|ur|you_are [are|r|re] wearing|got_on|have_on',
    ],
    unless: ['to|for the|a|my|your|ur|school|prom|party|dinner|church|work|practice|class', 'before|go_out|going_out|we_go|tomorrow|tmrw|party|prom|dance|school|dinner|date|fit|outfit|fit_check|ootd|wedding|concert|game|event|mall|trip|costume|halloween'],
    examples: {
      match: ['lemme see what ur wearing', 'i wanna see what u have on rn 😏'],
      ignore: ['lemme see what ur wearing to prom', 'let me see what your wearing tonight before we go out'],
    },
  },
  {
    id: 'underwear-size',
    phrases: [
      'what|wat|which size|cup_size|cup ..2 bra|bras|panties|underwear|boxers|thong|thongs|lingerie',
      'move|point|put|tilt|angle|aim ..3 it|the_camera|cam|camera|phone|your_camera|ur_camera|the_cam lower|down_there|further_down|lower_down|a_bit_lower|lil_lower|little_lower|bit_lower',
      'move|point|put|tilt|angle|aim ..3 it|the_camera|cam|camera|phone|your_camera|ur_camera|the_cam down|lower a_bit|a_little|a_lil|a_little_bit|a_lil_bit|more|further|abit|lil|little|slightly|some',
    ],
    unless: ['mom|mum|dad|sister|shopping|store|shop|buy|buying|order|ordering|gift|target|walmart|amazon|sale|return|refund|fit|measure|doctor|nurse|worksheet|homework|paper|page|notes|board|whiteboard|desk|table|drawing|art|craft|recipe|food|puppy|dog|cat|baby|project|screen|tripod|stream|plant|sign'],
    examples: {
      match: ['good cuz ur mine now lol. what size bra do u wear', 'turn ur camera on and move it lower 👀', 'point the cam a bit lower', 'point the camera down a bit'],
      ignore: ['what size bra do u wear? im at target getting u some', 'move the camera lower i cant see the worksheet', 'what size boxers should i order for dad', 'point the camera down a bit i cant see the worksheet'],
    },
  },
  {
    id: 'how-far-have-you-gone',
    phrases: [
      'how far ..2 have|did|would you|u ..1 gone|been|go|went|let ..3 with|w a|any|anyone|someone|boy|boys|guy|guys|girl|girls|him|her|your_bf|ur_bf|your_gf|ur_gf|your_boyfriend|ur_boyfriend',
      'want|want_to|would_love|would_like you|u to be my first',
      'allowed to date|see|talk_to|go_out_with ..2 older|older_guys|older_men|older_boys|grown|adults|an_older',
      'do|did you|u [ever] think|thinking about|abt|of me ..2 at_night|in_bed|when_you_are_alone|when_alone|in_the_shower|before_bed|before_you_sleep|when_you_are_in_bed',
    ],
    unless: ['essay|project|homework|game|level|walk|hike|run|drive|trip|book|series|show|level|race|marathon|lol|haha|lmao|customer|follower|guest|client|subscriber|reader|player|pick|choice|call|dance|partner_for'],
    examples: {
      match: ['how far have u gone with a boy', 'i want u to be my first', 'are u allowed to date older guys?', 'do u ever think about me at night'],
      ignore: ['how far have you gone with the essay', 'i want u to be my first customer lol', 'how far did you go on the hike with your bf'],
    },
  },
  {
    id: 'if-i-kissed-you',
    weight: 2,
    phrases: [
      'what would|will|wud|wld|d you|u do if i kissed|touched|was_there|were_there|was_in_your|came_over|hugged|held ..1 you|u|your|ur|there|now|rn|right_now',
      'have|did you|u [even] [started|start|got|get|had] ..1 your|ur|a [first] period|periods ..1 yet|already|started',
      'can|could|let i|me be your|ur first kiss|time|everything',
    ],
    unless: ['game|movie|show|episode|book|character|story|essay|truth_or_dare|would_you_rather|mom|mum|dad|sister|cramps|pad|pads|tampon|tampons|nurse|health|class|lol|haha|lmao|bestie|sis'],
    examples: {
      match: ['what would u do if i kissed u', 'have u started ur period yet?', 'can i be ur first kiss'],
      ignore: ['what would u do if i kissed u in the movie scene lol', 'have u got ur period? i have pads if u need', 'did you get your period yet sis, we have swim class'],
    },
  },
  {
    id: 'naughtiest-thing',
    phrases: [
      'naughtiest|dirtiest|kinkiest|freakiest|nastiest|sexiest|most_sexual|most_intimate thing ..3 you|u|youve|uve|you_have|ya ..2 ever|done|did|tried|thought|let',
      'rate|rating my ..1 body|pic|pics|selfie|face|abs|bod ..4 @iwill|and_ill|and_i_will|then_i|and_i rate|do yours|urs|you|u|your|ur',
    ],
    unless: ['school|teacher|kid|child|little|prank|pranks|class|detention|food|ate|eaten|game|movie|show|book|dog|cat|pet|lol_jk|outfit|drawing|art|haircut|nails|room'],
    examples: {
      match: ['ok be honest, whats the naughtiest thing uve ever done', 'rate my body 1-10 and ill rate urs'],
      ignore: ['whats the naughtiest thing uve ever done at school lol', 'rate my outfit 1-10 for the party', 'rate my drawing and ill rate yours'],
    },
  },
  {
    id: 'into-older-guys',
    phrases: [
      'are|r you|u into|interested_in|okay_with|ok_with|cool_with|fine_with ..1 older|old guys|men|man|dudes|women|age_gaps|age_gap',
      'do|would you|u mind|care_about ..1 age_gaps|age_gap|older_guys|the_age_difference|the_age_gap|age_difference|an_age_gap|dating_older',
      'bet|guess|imagine ..2 the rest|rest_of_you|rest_of_u ..3 is|looks|just_as|as pretty|hot|good|sexy|cute|beautiful|fine|perfect',
      'should|wanna|want_to|lets|let_us|can_we|could|we_could ..2 sext|sexting|talk_dirty|dirty_talk|get_naughty|get_freaky|facetime_naked',
      'thinking|think|dreaming|dream|fantasizing|fantasize ..2 about|of your|ur ..1 body|lips|legs|boobs|ass|butt|thighs|curves|figure|bod',
      'allowed|let_you ..3 have|bring boys|guys|men|a_boy|a_guy|older_guys|boyfriends ..1 over|round|home|in_your_room ..3 when|while your|ur parents|mom|mum|dad|folks',
      'want|want_to|would_love|would_like|like to be your|ur first everything|time|lover|partner|kiss',
      'looked|look|looking|looks so|really|soo|super ..1 good|hot|sexy|fine|thicc|peng in ..2 your|ur|those|that leggings|yoga_pants|gym_shorts|tights|gym_fit|gym_clothes|sports_bra|crop_top|swimsuit|bikini|short_shorts',
      'your|ur other sizes|measurements|size_down_there|cup_size',
      'got_out_of|just_got_out|got_out|out_of|just_out_of|fresh_out_of ..1 the ..1 shower|bath|bed ..4 wanna|want_to|want|do_you_want ..1 see|a_pic|pic|look|to_see|peek|a_peek',
      'strip truth_or_dare|poker|game|games|tod|quiz|twister|rock_paper_scissors|dare|dares',
      'do|did you|u like|love|enjoy it when guys|boys|men|people|someone|older_guys ..2 tell|call|say|text ..2 hot|sexy|fine|beautiful|pretty|cute|touch|stare',
    ],
    unless: ['movie|movies|film|show|character|actor|actress|book|anime|game_character|celebrity|singer|band|music|wine|cheese|art|history|lol_jk|club|paint|painting|drawing|where|wheres|link|brand|buy|shop|store|uniform|costume|jersey|tailor|prom|bestie|sis|girlie|ordering|order'],
    examples: {
      match: ['are u into older guys or nah', 'u have such a pretty face, bet the rest of u is just as pretty', 'wanna play strip truth or dare on cam', 'do u like it when guys tell u ur hot', 'do u mind age gaps', 'we should sext sometime 😜', 'u up? i cant sleep thinking about ur body', 'r u allowed to have boys over when ur parents r out?', 'i want to be ur first everything 😘', 'u looked so good in ur gym fit today, those leggings 🥵', 'whats ur shoe size? and ur other sizes 😏', 'just got out the shower 😏 wanna see?'],
      ignore: ['u look so good in those leggings, where are they from', 'i want to be ur first call when u get the results', 'r u allowed to have friends over when ur parents r out', 'are u into older movies or nah', 'do u mind the age gap between the actors in that show'],
    },
  },
  {
    id: 'likes-attention',
    weight: 2,
    phrases: [
      'kind|type of girl|boy|guy|person who|that ..2 likes|loves|wants|craves|enjoys attention|being_watched|to_be_watched|older_guys|to_show_off|it_rough|being_looked_at',
      'want|want_to|like|love|going to|going_to watch you|u move|undress|dance_for_me|strip|shower|change',
    ],
    unless: ['lol_jk|drama|tiktok|influencer|pick_me|pickme|teacher|class|game|match|performance|recital|show|concert|routine|play|skate|skating|ballet|gymnastics'],
    examples: {
      match: ['i can tell ur the kind of girl who likes attention 😏 am i right', 'just want to watch u move 😍'],
      ignore: ['ur the kind of person who likes attention in class lol drama', 'i want to watch u dance at the recital'],
    },
  },
  {
    id: 'body-for-age',
    phrases: [
      'your|ur body|figure|curves|shape|chest|legs|boobs|ass|butt ..4 for [a|an|only] #|your_age|ur_age|ya_age|a_kid|a_teen|a_girl_your_age|someone_your_age',
      'so|really|very|pretty|super developed|grown ..2 for [a|an|only] #|your_age|ur_age|ya_age|a_kid',
      'you|u are|look|got|have ..2 developed|grown_up_body|womans_body|woman_body|mans_body|grown_body',
    ],
    unless: ['doctor|pediatrician|puberty_class|health_class|biology|bio_class|growth_chart|article|height|tall|taller|short|shoes|shoe_size|sprint|run|running|swim|swimming|athlete|coach|training|muscles|gym'],
    examples: {
      match: ['ngl ur body is lowkey insane for 14', 'you look so developed for your age', 'ur curves r crazy for a 15 yr old', 'u got a grown up body'],
      ignore: ['ur tall for 14, coach wants u on the team', 'ur so developed as a player for 14', 'so developed for a 3 day old puppy, look at his muscles', 'your legs are strong for your age, keep up the running'],
    },
  },
  {
    id: 'teach-you-things',
    phrases: [
      '@iwill teach you|u ..2 other|adult|grown_up|grownup|naughty|dirty|sexy|bedroom|grown stuff|things|tricks',
      '@iwill show you|u ..2 adult|grown_up|grownup|naughty|dirty|sexy|bedroom|grown stuff|things|tricks',
      '@iwill teach|show you|u how to kiss|make_out|touch|please|do_it|have_sex|hook_up',
      'practice|practise kissing|making_out|make_out|kiss ..2 with|on me',
      'want_to|wanna|let_me|lemme|i_could|i_can ..2 be|teach ..2 your|ur first kiss|time|teacher',
    ],
    unless: ['math|maths|algebra|homework|guitar|piano|chess|drive|driving|code|coding|skate|skateboard|swim|game|fortnite|roblox|minecraft|valorant|level|boss|trick_shot|recipe|cook|bake|class|test|exam|essay'],
    examples: {
      match: ['wanna practice with me sometime? i can teach u other stuff too 😉', 'ill show u how to kiss', 'we could practice kissing with me', 'let me be ur first kiss'],
      ignore: ['i can teach u other stuff in algebra too', 'ill show u other stuff in photoshop later', 'ill teach u the new moves in fortnite', 'i can teach you how to drive'],
    },
  },
  {
    id: 'sleep-in-just',
    phrases: [
      'do|does you|u [usually|always|ever] sleep in just|only|nothing|underwear|your_underwear|ur_underwear|a_shirt|a_tshirt|a_bra|panties|boxers',
      'describe ..3 what_you|what_u|what_your|what_ur|your|ur|yourself|urself ..2 wear|wearing|sleep|look_like|body|underwear|bra|panties|boxers|bed|outfit_right_now',
    ],
    unless: ['sleepover_list|camping|tent|cold|freezing|hot|heat|ac|air_con|weather|character|essay|story|costume|police|suspect|witness|outfit_for|uniform'],
    examples: {
      match: ['do u sleep in just a shirt or what? describe it', 'do you sleep in only your underwear', 'describe what ur wearing rn', 'describe ur body to me'],
      ignore: ['do u sleep in just a shirt when camping? its freezing', 'describe what the character is wearing in the essay'],
    },
  },
  {
    id: 'experience-and-body-probe',
    phrases: [
      'are|r you|u wearing|in ..2 your|ur|the school_skirt|skirt|uniform|school_uniform|tights ..1 right_now|rn|now|atm|still',
      'you|u [have] never|ever done|did anything|stuff|it ..2 with a|any|an guy|boy|girl|man|men|one|anyone|someone|older',
      'have|did you|u ever been with anyone|anybody|a_guy|a_boy|a_girl|someone|somebody|a_man|an_older ..1 before|yet|like_that|that_way',
      'you|u ever hooked_up|hook_up|made_out|slept_with|messed_around|fooled_around ..2 with|w',
      'furthest|farthest ..3 gone|went|been ..2 with|w',
      'whats|what_is|what_s the furthest|farthest you|u|youve|uve|you_have ..2 gone|went',
      'do|did you|u like|love|enjoy it when ..2 people|guys|boys|someone|they|men|he ..2 touch|touches|kiss|kisses|hold|holds',
      'are|r you|u [even|fully] developed|developing ..2 yet|already|down_there|enough',
      'are|r you|u experienced|inexperienced ..2 with|in ..2 guys|boys|girls|men|bed|sex|kissing|stuff|that',
      'have|did you|u [even] hit|reached|started|gone_through|go_through puberty ..1 yet|already',
      'your|ur body|boobs|chest|hips ..3 must_be|is|are|has_been|have_been|probably|getting ..1 changing|developing|growing|filling_out|bigger',
      'ever sent|send|sended|shared pics|pictures|photos|nudes|selfies ..2 to a|any|an guy|boy|girl|man|older|someone|anyone|anybody ..2 before|yet',
      'ever ..2 seen|watched|seen_a|seen_any ..3 naked|nude|undressed|without_clothes|down_there',
      'do you|u know what ..2 a|an bj|blowjob|blow_job|handjob|hand_job|orgasm|boner|hickey|69',
      'do|did you|u [ever] [even] think|thought about|abt|of sex|having_sex|doing_it|hooking_up|losing_your_virginity|losing_ur_virginity',
      'want_to|lets|let_us|we_should|should_we|can_we|we_could|do_you_want_to play|try [a|some] dirty|naughty|sexy|spicy|freaky|nsfw|kinky game|games|version|truth_or_dare',
      'let|want|want_to|can|could ..2 me|i be your|ur first',
      'prettier|hotter|sexier|better|cuter|finer ..4 without|with_no|out_of anything|nothing|clothes|clothing|a_thing|any_clothes|those_clothes|nothing_on',
      'or|and without|with_no anything|nothing|clothes|a_thing|nothing_on',
      'do|would you|u like|want|prefer it rough|hard|slow|gentle',
      'kiss|kisses ..3 somewhere_else|somewhere_special|down_there|lower|lower_down|all_over',
      'body|figure|curves|bod ..4 insane|unreal|crazy|banging|fire|stacked|thicc|thick|perfect|developed ..3 for [a|an] #|your_age|ur_age',
      'attention ..3 from boys|guys|men|the_boys|older_guys ..3 with that|your|ur|a body|figure|face|ass|curves|booty',
      'grown_up|grown|mature|older|developed|womanly ..3 your|ur body|figure|curves|chest',
      'your|ur body|figure ..2 especially|too|looks|is|getting ..2 grown|grown_up|developed|mature|older|womanly',
      'you|u ever think|thinking about|abt|of me ..3 in_the_shower|in_bed|at_night|when_alone|in_the_bath|before_bed|touching',
      'treat|make you|u ..1 like|feel_like a real|grown|proper woman|man|lady',
      'what i_would|i_d|id|ill|i_will|i_could|i_want_to do|make to|with you|u ..2 if|right_now|rn|tonight|in_bed|alone|baby|babe|when|know',
      'want_to|do_you_want_to know what i_would|i_d|id|ill|i_will|i_could|i_want_to do ..1 to|with you|u',
      'ever ..4 done|did stuff|anything_sexual|sexual_stuff|sexual_things',
      'bf|boyfriend|gf|girlfriend ..3 done|did stuff|it|anything|things ..1 with|together|before|yet',
      'what are|r you|u doing|wearing in bed ..2 right_now|now|rn|tonight|atm',
      'what it|that feels|feel|would_feel|will_feel like ..2 to be|being touched|kissed|held|touch|kiss|with_someone|with_a_guy|with_a_girl|with_a_man|naked',
      'what|which|wat kind|type|color|colour|style of underwear|bra|bras|panties|thong|thongs|boxers|lingerie ..3 you|u ..1 wear|wearing|have_on|got_on|like',
      'imagining|picturing|imagine|picture|thinking_of|thinking_about you|u ..2 in|on your|ur|my|the bed|shower|bath|underwear|bikini|towel',
      'want_to|do_you_want_to|lets|let_us|we_could|we_should do|try something|smth|stuff|things naughty|dirty|sexy|kinky|freaky',
      'wish|want|wanted you|u [were|was|could_be] ..2 in|next_to_me_in|with_me_in my bed|shower|bath|lap',
      'ever ..2 kissed|made_out|frenched|french_kissed ..3 properly|with_tongue|tongue|like_properly|for_real',
    ],
    unless: ['cake|food|pizza|burger|coffee|tea|toppings|topping|on_top|sauce|salad|recipe|taste|tastes|filter|filters|edit|editing|worksheet|homework|board|whiteboard|paper|page|notes|screen|desk|drawing|sick|flu|fever|covid|tired|sleepy|nap|napping|netflix|reading|football|soccer|rugby|mud|paintball|dodgeball|basketball|hockey|referee|foul|fouls|movie|film|show|episode|book|character|actor|actress|anime|manga|video_game|fortnite|minecraft|roblox|statue|museum|art|painting|class|biology|sex_ed|sex_education|health|health_class|doctor|nurse|teacher|hike|hiking|run|running|drive|driving|trip|travel|from_home|bike|bikes|biking|cycle|cycling|scooter|skate|skateboard|swim|swimming|walk|walking|car|country|city|marathon|race|level|customer|client|follower|guest|player|pick|choice|call|caller|reader|subscriber|fan|lol_jk|truth_or_dare_lol|news|scam|never_send|do_not_send|warning|mom|mum|dad|my_sister|my_brother|baby|puppy|kitten|plant|tree|garden|phone|camera|photo|film_roll|rollercoaster|ride|concert|snow|city_lights'],
    examples: {
      match: ['r u wearing ur school skirt rn', 'bet ur even prettier without makeup... or without anything 😏', 'do u like it rough', 'send me a kiss 😘 somewhere else', 'ngl ur body is lowkey insane for 14, bet u get told that a lot', 'u must get a lot of attention from boys with that body', 'u look so grown up, ur body especially', 'u ever think about me when ur in the shower', 'id treat u like a real woman', "u wanna know what i'd do to u", 'have u ever had a bf? like done stuff', 'what r u doing in bed rn 😏', 'u know... like what it feels like to be touched', 'what kind of underwear do u wear', 'im imagining u in ur bed rn', 'do u wanna do something naughty', 'wish u were in my bed rn', 'so u never done anything with a guy? 👀', 'ur body must be changing rn', 'have u ever been with anyone before', 'whats the furthest uve gone', 'do u like it when ppl touch u', 'r u developed yet', 'have u hit puberty yet', 'u ever sent pics to a guy before', 'u ever hooked up with someone', 'do u think about sex', 'wanna play a dirty game', 'have u ever seen a guy naked', 'do u know what a bj is', 'u should let me be ur first', 'have u ever kissed anyone?? like properly 👀'],
      ignore: ['the cake is better without anything on top lol', 'u wanna know what i would do to the guy who hurt u? report him', 'your body is getting older, the doctor said its normal', 'what r u doing in bed rn, are u sick?', 'i forgot what it feels like to be held by my mom lol', 'what kind of underwear do u want me to order, mom asked', 'i was imagining u in the movie scene lol', 'wish u were in my bed frame shopping trip lol', 'the teacher will show how babies are made in biology class', 'whats the furthest uve gone on a hike', 'have u ever seen the naked statue at the museum', 'the doctor said ur body is changing, its normal', 'let me be ur first caller lol', 'wanna play a dirty game of mud football', 'did you hit puberty yet? asking for health class'],
    },
  },
  {
    id: 'alone-in-your-room',
    weight: 2,
    phrases: [
      'hey|hi|hello|heyy|heyyy|sup|yo|morning|hiya hottie|hot_stuff|sexy_girl|sexy_boy|sexy_lady',
      'good girl|boy or|and bad|naughty girl|boy',
      'you|u have|got many|lots_of|a_lot_of|so_many boyfriend*|boys|guys|bf|bfs|men',
      'your|ur|you|u ..3 kissable|biteable|lickable|suckable',
      'wake|waking|woke up ..1 next_to|beside|with|in_bed_with you|u',
      'wish i could|was|were ..2 hold|cuddle|kiss|hug|sleep_next_to|be_in_bed_with|lay_with|lie_with|sleep_with|be_with you|u ..2 tonight|right_now|now|in_bed|all_night|rn',
      'show you|u something|smth|sth ..2 on @cam|facetime|video|camera|live|call',
      'curious|exploring|explore|experiment|experimenting ..3 at|for your|ur age',
      'normal|ok|okay|natural|fine to be|feel curious|want_to_explore|explore|experiment|have_feelings ..3 your|ur age|body|at_your_age',
      'babies|baby ..2 are|r|is|get made ..5 show|teach|i_can|ill|@iwill',
      'your|you_are|u_r|youre|you_re|ur [such_a|so|a|probably_a|def_a] good|great|amazing|nice|cute kisser',
      'have|did|had you|u ..2 had|got|get your|ur first kiss',
      'what do|does you|u do when you|u|your|ur [are|re|r] alone|by_yourself|by_urself ..3 room|bed|bedroom|night|shower',
      'i_want|i_want_to|i_would_like|i_would_love|@iwill|i_could|i_can|let_me ..2 teach|show you|u other_stuff|other_things|more_stuff|more_things|things|stuff|some_things|a_few_things|a_thing_or_two|what_adults_do|grown_up_things|grownup_stuff|adult_stuff|everything_i_know',
    ],
    unless: ['homework|math|maths|science|chemistry|essay|project|game|games|minecraft|fortnite|roblox|guitar|piano|drums|code|coding|cooking|recipe|baking|skate|skateboard|tricks|drive|driving|chess|dance|moves|makeup|hair|class|lesson|lessons|school|lol|haha|lmao|bored|hobby|hobbies|read|reading|draw|drawing|netflix|music'],
    examples: {
      match: ['hey hottie', 'wanna practice with me sometime? i can teach u other stuff too 😉', 'r u a good girl or bad girl', 'you are very pretty for sure you have many boyfriend', 'ur lips look so kissable', 'wish i could wake up next to u', 'i wanna show u something on cam', 'its ok to be curious at ur age', 'do u know how babies are made? i can show u', 'i bet ur a good kisser', 'have u had ur first kiss', 'what do u do when ur alone in ur room', 'i want to teach u things'],
      ignore: ['hey hottie 😂 u left ur hoodie at mine lol', 'i wanna show u something on facetime, my new puppy lol', 'its normal to be curious at ur age, read the book the school nurse gave u lol', 'have u had ur first kiss in the movie yet? the scene where lol', 'what do u do when ur alone in ur room? i just read lol', 'i can teach u things on guitar', 'i want to teach u stuff in minecraft'],
    },
  },
  {
    id: 'camera-lower',
    phrases: ['@cam|camera|cam|phone ..6 a_bit_lower|bit_lower|lil_lower|little_lower|lower_down|further_down|down_more|down_there'],
    unless: ['worksheet|homework|board|whiteboard|paper|page|notes|screen|desk|drawing|book|table|floor|plant|dog|cat|puppy|baby|cake|food|shoes|shoe|foot|ankle|knee|leg|rash|doctor|nurse|vet|tripod|stream|keyboard|setup|sign|poster'],
    examples: {
      match: ['turn ur camera on babe, a bit lower 😉', 'move the cam a lil lower 😏'],
      ignore: ['turn ur camera on, a bit lower i cant see the worksheet', 'point the camera a bit lower at ur ankle so the doctor can see'],
    },
  },
  {
    id: 'want-to-know-what',
    weight: 2,
    phrases: ['inappropriate|dirty|naughty|nsfw|steamy|spicy|x_rated|are_rated|sexual ..4 want_to_know|want_to_hear|should_i_tell|do_you_want_to_know|u_want_to_know|you_want_to_know|should_i_say'],
    unless: ['joke|jokes|meme|memes|movie|show|book|song|lyrics|teacher|class|news|tiktok|video_game|game|comment|comments|rumor|rumour|gossip|tea|about_him|about_her|about_them'],
    examples: {
      match: ['cant say, it was kinda inappropriate lol. wanna know?', 'it was a dirty dream, u want to know?'],
      ignore: ['the teacher said something inappropriate in class, wanna know?', 'i heard a dirty rumor about him, wanna know?'],
    },
  },
  // round 7 (en-tg): "ever sent nudes before", "ur body is fire"
  {
    id: 'ever-sent-nudes',
    phrases: [
      'have|did|do|would you|u ever ..2 sent|send|sending|taken|took|take|made|make|shared @nude|nudes|spicy_pics|pics_like_that',
      'ever sent|send|taken|took|made|shared @nude ..2 before',
      'your|ur body ..2 is|s|looks|look [so|lowkey|rlly|really|kinda|sooo|actually|literally|deadass] fire|insane|unreal|bangin|banging|sexy|tight|thicc|thick|stacked|perfect',
    ],
    unless: ['news|article|scam|assembly|class|teacher|police|report|leaked|leak|someone|somebody|she|he|they|her|him|survey|statistics|study|podcast|documentary|gym|workout|lift|lifting|gains|bulk|diet|protein|coach|trainer|bestie|sis|bro|ily|girl|costume|makeup|cosplay|character|skin|avatar|car|bike|guitar|painting|art|drawing|statue|phone_case|laptop|engine|paint|paint_job'],
    examples: {
      match: ['ever sent nudes before', 'have u ever sent nudes?', 'ur body is fire', 'ur body looks insane 🥵'],
      ignore: ['did u see the news, a girl at school had her nudes leaked', 'ur body is fire after all that gym work bro', 'the car body looks insane after the paint job'],
    },
  },
  {
    id: 'shower-first-and-young',
    phrases: [
      'like|love ..1 it when ..3 call you|u babygirl|baby_girl|princess|daddy|good_girl|kitten',
      'never|havent|have_not|not_often ..1 been_with|dated|talked_to|met|had someone|anyone|a_girl|a_guy|a_boy ..1 as|so young|younger|little',
      'want|want_to|would_love|need|let_me|lemme to|go be your|ur first',
      'are|r you|u flexible ..3 wink|winky|smirk|if_you_know|if_u_know|in_bed|bendy',
    ],
    unless: ['gym|yoga|dance|gymnastics|cheer|stretch|stretching|schedule|time|hours|day|weekend|date|plans|job|shift|interview|doctor|nurse|hair|dryer|towel_for_the_dog|dog|cat|puppy|baby|lol_jk|first_car|first_job|first_game|first_kiss_story|first_time_driving|first_customer|first_student|first_client|first_day|pick|choice|draft|follower|followers|subscriber|sub|fan|customer|client|student|guest|viewer|comment|reply|partner|teammate|player|recruit|autograph'],
    examples: {
      match: ['do u like it when guys call u babygirl', 'ive never been with someone as young as u', 'i want to be ur first', 'r u flexible if u know what i mean'],
      ignore: ['r u flexible on the date? the concert moved', 'i want to be ur first customer when u open the bakery', 'i want to be ur first follower on the new account'],
    },
  },
  {
    id: 'just-out-of-the-shower',
    weight: 2,
    phrases: [
      'did|have|you|u ..1 just ..2 get|got|come|came|hop|hopped out ..1 the|of_the|of_the_shower shower|bath',
    ],
    unless: ['leaving|leave|late|ready|hurry|bus|school|minutes|mins|min|waiting|car|outside|hair|dryer|towel_for|dog|cat|puppy|baby|practice|game|dinner|lol|haha'],
    examples: {
      match: ['did u just get out the shower?', 'u just got out of the shower? 😏'],
      ignore: ['did u just get out the shower? we are leaving in 5', 'did u just get out the shower? ur hair is wet for the dance pics'],
    },
  },
  {
    id: 'kissed-and-further',
    weight: 2,
    phrases: [
      'you|u ever kissed|made_out|hooked_up|kissed_a ..2 anyone|anybody|someone|somebody|a_boy|a_girl|a_guy|boy|girl|guy|before|properly|for_real',
    ],
    unless: ['lol|haha|lmao|truth_or_dare|game|movie|character|show|episode|book|frog|dog|cat|puppy|cousin|grandma|grandpa|mom|mum|dad|bestie|sis|bro|spin_the_bottle|story|song|lyrics'],
    examples: {
      match: ['u ever kissed anyone?', 'u ever kissed a boy before?', 'have you ever kissed anyone properly'],
      ignore: ['u ever kissed a frog lol', 'u ever kissed anyone in that game, the character can'],
    },
  },
  {
    id: 'done-more-than-kissing',
    phrases: [
      'have|did|you|u [ever] ..1 done|gone|go|went|tried more|further|farther ..1 than|then that|kissing|just_kissing|making_out|first_base',
    ],
    unless: ['homework|project|questions|essay|pages|chapter|levels|level|game|quest|run|running|miles|km|mile|laps|hike|hiking|trip|drive|drove|driving|road|map|train|bus|school|course|class|math|practice|set|sets|reps|workout|gym|book|series|show|episode|season|lol_jk'],
    examples: {
      match: ['u ever kissed anyone? have u done more than that', 'did u ever go further than kissing'],
      ignore: ['have u done more than that for the project?', 'how far have u gone in the game', 'how far did u go on the hike'],
    },
  },
  {
    id: 'freak-and-dirty-talk',
    phrases: [
      'talk|text|speak dirty|nasty|naughty|sexy|freaky|spicy ..1 to|with me',
      'are|r you|u [a|kinda|lowkey] freak|freaky|kinky|naughty',
      'you|u a|kinda|lowkey freak|freaky|kinky|naughty',
      '21_questions|twenty_one_questions ..4 spicy|dirty|naughty|freaky|nsfw|sexy|adult|juicy|18',
      'what_are_you_doing|what_r_you_doing|whatcha_doing|wyd under_the_covers|in_the_shower|in_the_bath ..2 [right_now|now|alone|tonight]',
      'you|u [usually|always|ever] sleep in just|only|nothing|underwear|your_underwear|ur_underwear|a_shirt|a_tshirt|a_bra|panties|boxers',
    ],
    unless: ['sleepover_list|camping|tent|cold|freezing|hot|heat|ac|air_con|weather|character|essay|story|costume|police|suspect|witness|outfit_for|uniform|game|movie|song|lyrics|show|episode|sick|flu|fever|covid|homework|reading|studying|phone|netflix|lol_jk|clean|neat|freak_out|freaking_out|freaked|control_freak|neat_freak|fitness_freak|gym|dog|cat|meme|memes|lol|haha|lmao|said|plant|freeze|camp|sick'],
    examples: {
      match: ['talk dirty to me', 'u a freak?', 'wanna play 21 questions? the spicy version', 'wyd in the shower rn', 'u sleep in just a shirt?'],
      ignore: ['ur such a neat freak lol', 'wyd in bed? sick with the flu?', 'u sleep in just a shirt? isnt it freezing in the tent', 'talk dirty to me - said the plant lol (meme)', 'u sleep in just a shirt? ur gonna freeze at camp'],
    },
  },
  {
    id: 'positions-and-spicy-questions',
    phrases: [
      'fav|favorite|favourite|best ..1 position|positions',
      'sexy|moan|moaning|breathy|whisper|whispering ..3 voice_note|vn|voice_message|voice_memo|audio ..2 for me|to_me',
      'wat|wht|whta|wut u|you|ur|your wearin|wering|waering|wearing ..1 [right_now|now|rn|tonight|in_bed|atm]',
      'what u|you|ur|your wearin|wering|waering ..1 [right_now|now|rn|tonight|in_bed|atm]',
    ],
    unless: ['soccer|football|basketball|volleyball|baseball|hockey|rugby|netball|game|team|play|playing|coach|field|court|sleep|sleeping|sleep_in|yoga|pose|poses|chess|fortnite|league|role|lane|lol_jk|party|costume|dress_code|prom|interview|wedding|funeral|tomorrow|tonight_to|to_the|for_the|school'],
    examples: {
      match: ['whats ur fav position lol', 'wat u wearin'],
      ignore: ['whats ur fav position in soccer', 'what ur wearing to the party tonight?', 'wat u wearin for the interview', 'What * u wearing?'],
    },
  },
  // round 8 (en-eg): "what u wearing rn", "then one without the hoodie", "i like young boys like you"
  {
    id: 'what-you-wearing-short',
    phrases: [
      'what|wat|wut you|u wearing ..1 right_now|now|rn|tonight|atm|in_bed|under|underneath',
      'then|now|next|another|1|one ..3 without|with_no|minus [the|your|ur|that|those|a] hoodie|jacket|sweater|jumper|top|shirt|towel|clothes|blanket|shorts|pants|leggings|skirt|dress',
      'i like|love|prefer|am_into|im_into|go_for|want young|younger|little boys|girls|guys|ones|kids|teens ..2 like you|like_you|like_yourself|your_age|ur_age',
    ],
    unless: ['to|for the|a|my|your|ur|school|prom|party|dinner|church|work|practice|class', 'tomorrow|tmrw|tomorow|prom|party|school|dance|wedding|game|match|concert|interview|date_night|event|halloween|costume|mall|church|dinner|trip|team|uniform|practice|recital|graduation|formal|coat|freezing|cold|warm|raining|rain|snow|snowing|weather|umbrella|layers|sunscreen|scarf|gloves|boots|chilly|heat|hot_outside|sweating|ac|aircon|tag|label|price|return|size|fit|fits|store|shop|order|listing|compare|matching|twinning|same|colour|color|pic_of_the|photo_of_the|doll|dolls|barbie|lego|mannequin|coaching|teaching|teach|babysit|babysitting|kindergarten|nursery|volunteer|camp|counselor|daycare'],
    examples: {
      match: ['boring lol. what u wearing rn', 'show me ur outfit, full body pic pls, then one without the hoodie', 'I like young boys like you'],
      ignore: ['what u wearing tonight to the party?', 'send a pic of the dress, then one without the jacket so i can compare', 'what u wearing rn? its freezing out', 'i like teaching young kids like u did at camp'],
    },
  },
  // round 8 (en-eg): "ever done anything with a boy", "has anyone ever touched u"
  {
    id: 'ever-done-anything-with',
    phrases: [
      'ever done|did|tried anything|stuff|things|something|smth|sth with|w [a|an|your|ur] boy|guy|girl|man|older_guy|older_man|bf|boyfriend|gf|girlfriend|anyone|someone|anybody|somebody',
      'has|have anyone|anybody|someone|somebody|a_guy|a_boy|a_man|a_girl ever touched|felt|kissed ..1 you|u',
      'ever sent|send|shared|traded|swapped pics|nudes|pictures|photos|videos|vids|noods ..1 to|with anyone|anybody|someone|somebody|a_guy|a_boy|a_girl|your_bf|ur_bf|your_ex|ur_ex|before',
    ],
    unless: ['project|homework|class|music|band|art|business|team|game|games|sport|sports|skate|skating|climbing|concert|trip|holiday|vacation|camp|teacher_asked|counselor|counsellor|therapist|doctor|nurse|report|safe_adult|trusted_adult|hotline|helpline|police|inappropriately_you_can_tell|you_can_tell_me_or|lol|haha|lmao|dance|duet|cover|collab|painting|baking|cooking|fishing|hiking|gaming'],
    examples: {
      match: ['u ever sent pics to anyone', 'ever done anything with a boy', 'have u ever did stuff w ur bf', 'has anyone ever touched u'],
      ignore: ['have u ever done anything with a band before? for the music project', 'has anyone ever touched u in a way that felt wrong? u can tell a trusted adult or call the helpline'],
    },
  },
  // round 8 (en-eg): "wanna be my baby girl", "r u wet", "what would u do if i was there"
  {
    id: 'baby-girl-and-wet',
    phrases: [
      'be my baby_girl|babygirl|little_girl|good_girl|sugar_baby|lil_princess|little_princess',
      'are|r you|u horny|turned_on|touching_yourself|touching_urself',
      'what would|wud|wld you|u do if i was|were there|in_your_room|in_ur_room|next_to_you|next_to_u|in_bed_with_you|in_bed_with_u|in_your_bed|in_ur_bed',
    ],
    unless: ['rain|raining|rained|pool|swim|swimming|shower|storm|soaked|umbrella|outside|paint|puddle|bucket|water_fight|sprinkler|lol|haha|lmao|pizza|party|concert|game|match|exam|test|class|spider|bug|ghost|zombie|prank|scared|cat|kitten_is|kittens|dog|puppy|vet|adopt|adopted|meme|play|musical|role|part|costume|school_play|cast|rehearsal'],
    examples: {
      match: ['wanna be my baby girl', 'r u horny', 'what would u do if i was in ur bed'],
      ignore: ['what would u do if i was there lol we would eat all the pizza', 'will u be my little ones godmother'],
    },
  },
  // round 8 (en-eg): "do u shave down there"
  {
    id: 'shave-down-there',
    phrases: [
      'you|u shave|shaved|wax|waxed|trim|trimmed ..1 down_there|everywhere|your_privates|ur_privates|your_private_parts|ur_private_parts|your_pubes|ur_pubes',
      'down_there ..2 shaved|waxed|hairy|bald|smooth',
    ],
    unless: ['doctor|nurse|surgery|health_class|health|biology|bio|puberty_talk|lesson|lol_jk'],
    examples: {
      match: ['do u shave down there', 'u waxed everywhere?'],
      ignore: ['the health class lesson says u can shave down there or not, its ur choice'],
    },
  },
  // round 8 (en-eg): "r u wet" is ambiguous (rain, pool: a real SMS says "Are you wet right now?"), so it only adds to other signals
  {
    id: 'are-you-wet',
    weight: 2,
    phrases: ['are|r you|u wet|hard ..1 [right_now|rn|now|yet|for_me|thinking|babe|baby]'],
    unless: ['rain|raining|rained|pool|swim|swimming|shower|storm|soaked|umbrella|outside|paint|puddle|bucket|water_fight|sprinkler|lol|haha|lmao|beach|sea|ocean|lake|river|boat|hose|washing|laundry|hair|dog|cat|puppy|test|exam|working|at_work|done|finished|homework|level|game'],
    examples: {
      match: ['r u wet', 'are u wet for me'],
      ignore: ['r u wet? its pouring rain out', 'are you hard at work on the homework'],
    },
  },
  // round 8 (en-eg): undressed details in image requests ("a cute one, no shirt", "shirt off", "not wearing much", "a lil more skin", "flash me")
  {
    id: 'undressed-image-details',
    phrases: [
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|vid|vids|one|snap|shot|shots|cam|camera|mirror|bed ..4 no|without|with_no|minus [a|your|ur|the|any] shirt|top|bra|clothes|clothing|pants|trousers|underwear|panties|boxers',
      'no|without|with_no|minus [a|your|ur|the|any] shirt|top|bra|clothes|clothing|pants|trousers|underwear|panties|boxers ..4 pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|vid|vids|one|snap|shot|shots|cam|camera|first|for_me',
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|vid|vids|snap|cam|camera|mirror ..4 shirt|top|bra|clothes|pants|towel off',
      'shirt|top|bra|clothes|pants|towel off ..4 pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|vid|vids|snap|cam|camera|for_me',
      'pic|pics|photo|photos|ones|cam|video|videos|selfie|selfies|any ..4 not wearing much|anything|a_lot|nothing',
      'you|u|your|ur|you_are [are|re|r] not wearing much|anything|nothing ..1 right_now|rn|now|under|underneath',
      'a_lil|a_little|a_bit|little|lil|bit|bit_of|some more skin',
      'show|see|show_me ..3 more skin|some_skin',
      'flash me|us ..4 cam|camera|facetime|video|vc|a_sec|a_second|sec|boobs|tits|chest|body|bum|butt|ass',
      'show|flash me ..2 your|ur chest|boobs|tits|body|bum|butt|ass ..3 on|for @cam|camera|video|facetime|call|a_sec',
      'in|wearing [your|ur|just|only|some|a] underwear|lingerie|undies|boxers|bra|panties|thong ..4 portfolio|shoot|test|shots|body_shape|so_we_can_see|so_i_can_see|for_me',
      'test shots|shot|photos|pics ..3 in|wearing [your|ur|just|only|some|a] underwear|lingerie|undies|boxers|bra|swimwear|bikini',
      'one|pic|selfie|photo|video in|on your|ur bed ..2 now|next|rn|right_now|no_face|for_me',
      'now|next|then|another|send|take|snap ..2 one|pic|selfie|photo|video in|on your|ur bed',
    ],
    unless: ['service|sunburn|sunburnt|beach|swim|swimming|pool|game|team|skins|shirts_vs_skins|basketball|football|jersey|laundry|wash|washing|store|shop|size|return|refund|order|listing|sale|doctor|nurse|rash|injury|x_ray|costume|halloween|lights|torch|headlights|signal|badge|id|card|laptop|drive|usb|brother|dog|cat|puppy|baby|toddler|kid_brother|lol_jk|dress_code|uniform|pe|gym|weather|hot_outside|heat|heatwave|stain|stains|ironed|iron|dryer|ai|art|drawing|painting|statue|model_kit|doll|mannequin|car|convertible|jeep|roof|lid|cap|bottle|pen|cup|box|jar|container|flash_sale|camera_flash|flash_on|flash_off|flash_photography|news|scam|report|missed_call|call_me|credit|airtime|ring_me'],
    examples: {
      match: ['a cute one 😈 no shirt', 'take a pic in the mirror for me, shirt off', 'just snap me a selfie without ur shirt first', 'do u have any pics where ur not wearing much', 'show me a lil more skin next time', 'cmon just flash me for a sec on cam', 'show me ur chest on cam for like 5 sec', 'We need a few test shots in underwear for your portfolio', 'now one in ur bed'],
      ignore: ['Guy, no flash me now. If you go call me, call me.', 'no shirt no shoes no service lol', 'pic of the dress without the jacket, is it the right size?', 'the flash on ur camera is off', 'send a pic of ur brother without his shirt, he got sunburnt lol', 'shirts vs skins game, come with no shirt'],
    },
  },
  // round 8 (en-eg): "u have a good body for ur age", "u got curves", "send me ur measurements"
  {
    id: 'body-for-your-age-curves',
    phrases: [
      'good|nice|great|hot|amazing|fit|mature|developed|grown body|figure|curves|bod ..1 for your|ur|a|an age|# ..1 [year|your|year_old|your_old]',
      'you|u got|have [nice|such|great|real|some] curves|a_nice_body|a_body|nice_legs|nice_ass|a_nice_ass|a_nice_butt|big_boobs|nice_boobs',
    ],
    unless: ['car|bike|guitar|violin|wine|whisky|coffee|road|track|graph|chart|design|font|drawing|art|painting|sculpture|statue|vase|pottery|lol_jk|doctor|physio|coach_said|gym_progress|puppy|dog|cat|horse'],
    examples: {
      match: ['u have a good body for ur age', 'u got curves'],
      ignore: ['the road got curves so drive slow', 'this wine has a nice body for its age'],
    },
  },
  {
    id: 'your-measurements',
    weight: 2,
    phrases: [
      'your|ur measurements ..1 [please|pls|first|babe|for_me]',
      'your|ur bust|waist|hip|hips|cup size|sizes|measurement|measurements',
    ],
    unless: ['costume|uniform|jersey|dress_order|tailor|seamstress|school|team|kit|order|hoodie|shirt|dance|recital|prom|wedding|bridesmaid|mom|mum|dad|grandma|nan|aunt|shop|store|online|size_chart|return|sewing|knitting|pattern|doctor|nurse|gym|trainer|coach|bmi|health|pe'],
    examples: {
      match: ['send me ur measurements', 'whats ur waist size'],
      ignore: ['send me ur measurements for the costume', 'whats ur waist size for the team kit order'],
    },
  },
  // round 9 (en-n9g): chat-room "ever kissed any1?"
  {
    id: 'ever-kissed-anyone-short-r9',
    weight: 2,
    phrases: [
      'ever kissed|kiss|made_out|snogged|hooked_up|french_kissed ..1 any1|anyone|anybody|someone|somebody|a_guy|a_boy|a_girl|a_man|an_older|with_tongue|before',
      'u|you ever kissed|snogged|made_out',
    ],
    unless: ['lol|haha|truth_or_dare|game|movie|film|character|show|episode|book|series|season|song|lyrics|in_the_book|in_the_film'],
    examples: {
      match: ['ever kissed any1?', 'u ever snogged anyone'],
      ignore: ['truth or dare: ever kissed anyone lol', 'has the character ever kissed anyone in the show'],
    },
  },
  // round 9 (en-n9g): old chat-room "wanna cyber?", dropped-g "wat r u wearin"
  {
    id: 'wanna-cyber-r9',
    phrases: [
      'want|wana|like|you_want|u_want to ..1 cyber|cybersex|cyber_sex|sext|sexting|talk_dirty|roleplay_dirty',
      'cyber|cybersex|sext ..1 with|w me ..1 [now|right_now|tonight|babe|baby]',
    ],
    unless: ['bully|bullying|bullied|security|safety|punk|monday|attack|attacks|crime|awareness|class|lesson|course|assembly|talk_at_school|police|news|article|documentary|essay|homework|project'],
    examples: {
      match: ['wanna cyber?', 'u wanna sext', 'cyber with me tonight'],
      ignore: ['we have a cyber safety assembly tomorrow', 'want to cyber bully someone? no thanks'],
    },
  },
  {
    id: 'wat-r-u-wearin-r9',
    phrases: [
      'what|wat|wut|wot|wht [are|r|re] you|u wearin|wearn|wering|werin|wearing_right_now|wearin_right_now',
      'whatchu|watchu|wachu|whatcha|watcha wearin|wearn|wering|werin ..1 [rn|now|right_now|babe|baby|tonight|in_bed]',
    ],
    unless: ['to|for the|a|my|your|ur|school|prom|party|dinner|church|work|practice|class', 'tomorrow|tmrw|tomorow|prom|party|school|dance|wedding|game|match|concert|interview|date_night|event|halloween|costume|mall|church|dinner|trip|team|uniform|practice|recital|graduation|formal|coat|jacket|freezing|cold|warm|raining|rain|snow|snowing|weather|umbrella|sweater|jumper|layers|sunscreen|scarf|gloves|boots|chilly'],
    examples: {
      match: ['wat r u wearin', 'wot u wearin rn', 'what r u wearin babe'],
      ignore: ['wat r u wearin to the party', 'what r u wearin tmrw its cold'],
    },
  },
  {
    id: 'you-into-older-guys-short-r9',
    weight: 2,
    phrases: [
      'you|u into|like|prefer|ok_with|okay_with|mind older|old guys|men|dudes|boys|women|girls ..1 [tho|then|fr|lol|or_nah|or_no]',
    ],
    unless: ['kdrama|drama|anime|tv|actor|actors|singer|singers|celebrity|celebrities|characters|character|movie|film|show|series|book|kpop|band|boyband|music|songs|fictional'],
    examples: {
      match: ['u into older guys?', 'you like older men or nah'],
      ignore: ['u into older guys like the actors in that show?'],
    },
  },
  {
    id: 'want-an-older-bf-r9',
    weight: 2,
    phrases: [
      'you|u want|need|want_to|want_to_have ..1 a|an older|mature|grown bf|boyfriend|gf|girlfriend|man|guy|daddy',
      'can|could|let i|me b|be your|ur bf|boyfriend|gf|girlfriend|man|daddy|first ..1 [tho|lol|pls|please|ok|babe]',
    ],
    unless: ['in_the_game|roleplay_game|character|movie|film|show|series|kdrama|anime|book|fanfic|for_the_play|play|skit|lol_jk|haha|prank|dare|truth_or_dare'],
    examples: {
      match: ['u want a older bf?', 'can i b ur bf', 'let me be ur first babe'],
      ignore: ['can i be ur bf in the skit lol', 'truth or dare: can i be ur bf'],
    },
  },
  {
    id: 'wearing-what-r10',
    phrases: [
      'oh|so|and|n [ya|yeah|yea|yh|really|ok|okay] wearing what|wat',
      'wearing what|wat rn|right_now|now|tonight|in_bed|atm',
      'stand up ..4 turn|spin around|round ..2 for me|slowly|so_i_can',
    ],
    unless: ['party|prom|wedding|tomorrow|to_the|for_the|school|dinner|interview|lol|haha|funeral|church|game|match|concert|costume|halloween|trip|dance_routine|routine|dance'],
    examples: {
      match: ['oh ya? wearing what', 'can u stand up and turn around for me'],
      ignore: ['so wearing what to the party tomorrow', 'and wearing what for the wedding lol', 'The truth about a man lies first and foremost in what he hides'],
    },
  },
  {
    id: 'start-an-onlyfans-r10',
    phrases: [
      'you|u should|could|need_to|got_to|have_to|ought_to start|make|open|get|do ..1 an|a|ur|your onlyfans|only_fans|fansly|of_account|spicy_account',
      'you|u would|will|could make|earn ..1 so_much|bank|a_lot|loads|bare|thousands ..2 on|with onlyfans|only_fans|fansly',
    ],
    unless: ['heads_up|news|article|scam|documentary|podcast|sextortion|report|reported|creepy|gross|weird_guy|some_guy|this_guy|a_guy|what_do_i_do|what_should_i_do|cooking|recipe|cooking_channel'],
    examples: {
      match: ['u should start an onlyfans when ur older', 'u would make bank on onlyfans'],
      ignore: ['some guy said u should start an onlyfans, so creepy, report him'],
    },
  },
  {
    id: 'cheekier-less-on-r11',
    phrases: [
      'another|one_more|next_one|another_one|next ..3 less|fewer ..2 on|clothes|clothing|layers',
      'with|wearing less ..2 on|clothes|clothing',
      'a|little|lil bit|little|lil cheekier|spicier|naughtier|saucier|riskier|sexier|more_revealing|more_skin|less_clothes',
      'but ..2 cheekier|spicier|naughtier|saucier|riskier|sexier|more_revealing|more_skin|less_clothes ..2 this_time|yeah|ok|pls|please|now',
    ],
    unless: ['layers|coat|jacket|jumper|hoodie|cold|weather|rain|snow|hot_outside|heat|sun|sunburn|gym|workout|caption|captions|meme|joke|jokes|tweet|comment|story|joke|banter|roast|lol|haha|menu|curry|sauce|wings|chilli|chili|pepper|food|pizza|plate|burger|burgers|toppings|cheese|sauce|chips|fries|salt|sugar|ice|milk|cream'],
    examples: {
      match: ['righto. another one, less on', 'yeah but a bit cheekier 😉 no one has to know', 'send one with less on'],
      ignore: ["another one with less on the pizza next time", 'wear less layers its hot outside', 'make the caption a bit cheekier lol', 'get the wings a bit spicier this time'],
    },
  },
  {
    id: 'wearing-underneath-r11',
    phrases: [
      'what|wat|wot [are|r] you|u|your [are|r|re] wearing|got_on|have_on|wearin underneath|under|beneath ..2 [that|it|there|them|your|ur|the]',
      'show|tell|let me ..3 what|wat you|u|your [are|r|re] wearing|got_on|have_on|wearin underneath|under',
      'see|show ..2 you|u|yourself in just|only ..1 your|ur|a bra|underwear|boxers|towel|knickers|undies|pants|thong|bikini|lingerie',
    ],
    unless: ['costume|dress_up|fancy_dress|kit|jersey|shin_pads|thermals|base_layer|layers|cold|weather|snow|ski|skiing|hike|hiking|coat|jacket|hoodie|jumper|school_uniform|pe_kit|gym'],
    examples: {
      match: ['show me what ur wearing under', 'what r u wearing underneath that', 'i wanna see u in just ur underwear'],
      ignore: ['what are u wearing under the coat, its snowing', 'show me what ur wearing under the costume for the party'],
    },
  },
  // ---- round 12 (en-n12): bodies and experience of a minor ----
  {
    id: 'body-unreal-for-age-r12',
    phrases: [
      'your|ur body|figure|curves|shape ..4 for #',
      'your|ur body|figure|curves|shape ..4 for_your_age|for_ur_age|for_a_kid|for_a_girl|for_a_boy',
      'you|u [ever] been|done_it|done_stuff|hooked_up with ..1 anyone|anybody|someone|a_guy|a_girl|a_boy|a_man ..1 yet|before',
    ],
    unless: ['gym|workout|training|runner|athlete|sport|sports|coach|physio|doctor|growth|growing|puberty|healthy|cafe|restaurant|place|shop|team|club|party|project|group|partner_for'],
    examples: {
      match: ['ur body is lowkey unreal for 14, u been with anyone yet?', 'your body is insane for your age'],
      ignore: ['ur body is growing fast for 14, thats normal the doctor said', 'have u been with anyone yet to the new cafe'],
    },
  },
  // ---- round 13 (en-n13): "bet you look better in...", "ever done anything with a girl", "what's under the hoodie" ----
  {
    id: 'bet-you-look-better-in-r13',
    phrases: [
      'bet|betcha|i_bet you|u look|looks ..3 better|good|hot|sexy|fine|fit|peng|banging ..2 in|without your|ur|a|some @body|swimsuit|towel|nothing|less',
      'ever done|did anything|stuff|it|things ..2 with|w a|any girl|guy|boy|man|woman|gf|bf|someone|anyone|older',
      'what|whats|wats|what_is|what_are|show_me_what|show_me_whats under your|ur|the|that hoodie|shirt|top|skirt|dress|clothes|towel|blanket|jumper|sweater|uniform',
    ],
    unless: ['cat|dog|kitten|puppy|present|gift|logo|print|design|stain|sticker|project|homework|school_project|group_project|lab|lol_jk|dress_shop|prom_dress|wedding_dress|fit_check|rate_my_fit'],
    examples: {
      match: ['i bet u look even better in ur bikini', 'lol same. ever done anything w a girl', 'can u take ur headset off. and whats under the hoodie 😳'],
      ignore: ['ever done a project with a girl from year 9', 'whats under the hoodie, a cat?', 'i bet u look good in the prom dress'],
    },
  },
  {
    id: 'ever-sent-pics-before-r14',
    phrases: [
      'you|u ever sent|send|sent_any|shared|taken ..2 pics|nudes|pictures|photos|vids|videos|snaps ..1 before|to_anyone|to_a_guy|to_a_girl|to_a_boy|to_your_ex|to_ur_ex|to_a_boyfriend|to_a_bf|to_a_gf|to_someone|to_a_man|to_older',
    ],
    unless: ['wetransfer|airdrop|bluetooth|using|via|google_photos|icloud_link|app|compress|compressed|quality|blurry|email|upload|website|portal|drive|teams|homework|project|competition|printer|print|album|scam|heads_up|careful|assembly|lesson|teacher|never_send'],
    examples: {
      match: ['u ever sent pics before?', 'have you ever sent nudes to a guy', 'u ever sent pics to ur ex'],
      ignore: ['u ever sent pics before on this app? they come out blurry', 'have you ever sent photos to the printer', 'u ever sent photos before with wetransfer?'],
    },
  },
  {
    id: 'what-you-wear-to-bed-r14',
    phrases: [
      'what|whats|wat|wht|wot ..4 wear|wearing|sleep_in ..1 to_bed|in_bed|at_night|when_you_sleep|when_u_sleep|under_the_covers|under_your_clothes|under_ur_clothes',
    ],
    unless: ['summer|boiling|heat|warm|winter|freezing|pj|pjs|pyjama*|pajama*|sleepover|slumber|onesie|shop|buy|gift|present|christmas|xmas|hot|cold|weather|heatwave|camping|tent|sleeping_bag|hospital|school_trip|trip|residential|packing|pack|list|rain|snow|mum_asks|mom_asks|hoodie|socks'],
    examples: {
      match: ['whats ur fav thing to wear to bed lol', 'what do u wear in bed', 'wat r u wearing under ur clothes'],
      ignore: ['what r u wearing to bed at the sleepover, pjs?', 'what do u wear in bed when its this hot', 'what do u wear to bed in summer, its boiling', 'what should i pack to wear at night on the school trip'],
    },
  },
  {
    id: 'wear-less-on-cam-r14',
    phrases: [
      'wear|wearing|put_on less|nothing|fewer_clothes|less_clothes|even_less|a_bit_less|something_smaller|something_shorter ..4 cam|camera|call|facetime|ft|vc|pic|pics|video|vid|snap|snaps|on_camera|live',
    ],
    unless: ['layers|coat|jacket|makeup|make_up|jewellery|jewelry|perfume|gym|pe|sports|match|game|interview|zoom|teams|class|lesson|meeting|school_photo|yearbook|hot|heat|summer|sweating|weather'],
    examples: {
      match: ['u should wear less next time u cam', 'wear nothing on facetime tonight', 'wear something smaller for the next pic'],
      ignore: ['wear less makeup for the school photo', 'wear less layers on the call, its so hot in ur room'],
    },
  },
  {
    id: 'ever-kissed-anyone-r15',
    phrases: [
      'you|u ever|even [actually] kissed|kiss|made_out|make_out|hooked_up|hook_up|done_stuff|did_stuff ..2 anyone|anybody|someone|a_girl|a_boy|a_guy|a_gf|a_bf|with',
      'you|u ever ..4 kissed|made_out|hooked_up ..1 anyone|anybody|someone|a_girl|a_boy|a_guy',
      'ever kissed|made_out|hooked_up anyone|anybody|someone|a_girl|a_boy|a_guy',
    ],
    unless: ['truth|dare|truth_or_dare|tod|wyr|would_you_rather|never_have_i_ever|nhie|movie|film|show|episode|book|character|characters|romeo|juliet|scene|romcom|lol_jk'],
    examples: {
      match: ['cool. u ever had a gf? kissed anyone?', 'have u ever made out with someone', 'u ever hooked up with a guy'],
      ignore: ['truth: have u ever kissed anyone', 'never have i ever kissed anyone in a cinema', 'did the characters ever kiss in the book'],
    },
  },
  // round 18 (en-n18): non-native "You already kiss someone? girls your age do more things", "have u ever been with anyone", "i could be ur first"
  {
    id: 'already-kiss-be-your-first-r18',
    phrases: [
      'you|u ..2 already|ever kiss|kissed|make_out|made_out|snog|snogged|do_more ..2 someone|anyone|any1|somebody|a_boy|a_girl|a_guy|a_man',
      'girls|boys your|ur age ..3 do|doing|already|have ..2 more|things|stuff|it',
      'have|ever ..2 been with|slept_with|done_it_with|done_stuff_with anyone|someone|any1|a_guy|a_boy|a_girl|a_man',
      'i could|can|will|wanna|want_to|should be your|ur first',
      'you|u ever been with anyone|someone|any1 ..2 like properly|for_real|all_the_way',
    ],
    unless: ['customer|client|follower|subscriber|guest|sub|donation|donor|reader|viewer|fan|patient|caller|visitor|partner_in_class|lab_partner|teammate|duo|to_the_cinema|to_the_movies|there|to_paris|to_that|abroad|before_on_holiday'],
    examples: {
      match: ['You have boyfriend? You already kiss someone? In my country girls your age do more things 😏', 'have u ever been with anyone? like properly', 'i could be ur first 😏 ive thought about it a lot', 'did u ever make out with a guy'],
      ignore: ['i could be ur first customer lol', 'have u ever been with anyone to that ramen place', 'kids your age are more into tiktok than tv'],
    },
  },

  // round 19 (en-n19): "same 😏 what u wearing" (no "are")
  {
    id: 'what-u-wearing-no-are-r19',
    phrases: [
      'same|so|and|how_about_you|wbu|mmm|hmm|ok|k|cool ..1 what you|u|ya wearing|wearin',
      'what you|u|ya wearing|wearin rn|right_now|now|in_bed|under|underneath|atm|under_there',
    ],
    unless: ['scam_right|is_that_a_scam|is_this_a_scam|thats_a_scam|got_a_dm_from|dm_from_some|my_friend_got|my_sister_got', 'to|for the|a|my|your|ur|school|prom|party|dinner|church|work|practice|class', 'tomorrow|tmrw|tomorow|prom|party|school|dance|wedding|game|match|concert|interview|date_night|event|halloween|costume|mall|church|dinner|trip|team|uniform|practice|recital|graduation|formal|coat|jacket|freezing|cold|warm|raining|rain|snow|snowing|weather|umbrella|sweater|jumper|layers|sunscreen|scarf|gloves|boots|chilly'],
    examples: {
      match: ['same 😏 what u wearing', 'what ya wearin rn'],
      ignore: ['what u wearing to the party', 'what you wearing tmrw for school', 'what u wearing its freezing', 'What * u wearing?'],
    },
  },

  {
    id: 'lingerie-vibe-r19',
    phrases: [
      'lingerie|underwear|undies|panties|bra|knickers vibe|vibes|shots|shot|pics|photos|look|theme|aesthetic|set',
      'bikini|swimwear|swimsuit ..2 or|and|n lingerie|underwear|undies',
    ],
    unless: ['sale|shop|store|discount|order|return|returns|website|brand|catalog|catalogue|ad|ads|mannequin|laundry|wash|scam|sextortion|they_asked|he_asked|she_asked|what_do_i_do|heads_up'],
    examples: {
      match: ['just need a few test shots first. nothing crazy, bikini or lingerie vibe so the team can see ur angles'],
      ignore: ['bikini and lingerie sale at target this week', 'underwear pics on the website look weird'],
    },
  },
  // round 21 (en-n21): "the less you're wearing the better"
  {
    id: 'less-wearing-the-better-r21',
    phrases: [
      'less|fewer you|u are|r|you_are|your wearing|clothes|on ..2 the better',
      'the more skin ..2 the better',
      'less clothes|clothing ..2 the better',
    ],
    unless: ['heatwave|hot|weather|sun|sunburn|beach|swim|pool|gym|run|running|race|sauna|yoga'],
    examples: {
      match: ["The less you're wearing the better for the catalogue x", 'the more skin the better'],
      ignore: ['in this heatwave the less ur wearing the better lol'],
    },
  },
  // round 24 (en-n24): a "writer" asking what the reader would let someone do to them
  {
    id: 'what-would-you-let-him-do-r24',
    phrases: [
      'what would|will|do|did you let [a|the|some|an|older|your] boy|guy|man|him|me|men|boys|guys|boyfriend|bf|someone|somebody ..1 do to|with you',
      'how far would|will|do|have you ..2 go|gone|let_him_go|let_a_boy_go|let_someone_go ..2 with|on a|the|your boy|guy|man|him|me|boyfriend|bf|first_date|first_night',
    ],
    unless: ['hair|haircut|makeup|nails|tattoo|piercing|car|bike|game|homework|essay|room|phone|account|money|cash|dog|cat|teacher|coach|doctor|dentist|lesson|lessons|training|drive|driving|dare|prank|trip|road_trip|city|miles|km|run|walk|race|swim|hike|cycle|ride|train|bus'],
    examples: {
      match: ['what would u let a boy do to u on the first night? be detailed its for the story 😳', 'what would you let me do to you', 'how far would u go with a guy on a first date'],
      ignore: ['what would you let him do to your hair lol, hes a terrible barber', 'how far would u go with ur bf in a road trip, like which city'],
    },
  },
  // round 25 (en-n25): underwear pics, "take the hoodie off so coach can see ur build"
  {
    id: 'underwear-pics-r25',
    phrases: [
      'pic|pics|photo|photos|picture|pictures|video|vid|selfie|selfies|one|ones|shots ..2 in|wearing [your|ur|a|just|only|some] bra|underwear|undies|boxers|lingerie|panties|thong|briefs|knickers',
      'take|get|pull ..2 the|your|ur hoodie|shirt|top|jacket|jumper|sweater|clothes|tshirt|t_shirt ..1 off ..6 build|body|abs|chest|figure|physique|shape|cam|camera|on_cam|mirror',
    ],
    unless: ['fit|fits|try_on|tried_on|new|bought|order|ordered|shop|shopping|size|sizes|return|which_one|catalog|listing|sell|selling|swim_team|nana|mum|mom|doctor|nurse|dr|rash|xray|x_ray|fitting|costume|jersey|number|too_hot|hot_in_here|sweating|heat|stain|spill|wash|laundry|advert|ad|campaign|brand'],
    examples: {
      match: ['spicy but tasteful. send me 5-6 test pics in lingerie', 'need one in ur bra', 'take the hoodie off so coach can see ur build lol'],
      ignore: ["take the jacket off so i can see the dress", 'send pics in the new bra i wanna see if it fits', 'take ur jacket off so i can see ur jersey number', 'can u take the hoodie off and put it in the wash'],
    },
  },
  // round 27 (en-n27): "wish i was there in bed with u tbh"
  {
    id: 'wish-i-was-in-bed-with-you-r27',
    weight: 2,
    phrases: [
      'wish|wishing|imagine [if] i was|were|could_be [there|lying] in|under bed|your_bed|ur_bed|the_covers|the_sheets|the_shower|your_shower|the_bath ..1 with|next_to you|u',
      'want_to|wanna|wish_i_could|would_love_to|can_not_wait_to be|get|lie|lay|climb in|into bed|your_bed|ur_bed|the_shower ..1 with you|u',
    ],
    unless: ['sick|ill|flu|covid|fever|cold|sleepover|movie|movies|film|netflix|series|show|snacks|pizza|marathon|tired|so_tired|exhausted|sleepy|sleep|nap|naps|lazy|raining|rain|cold_out|monday|school|homework|revision|exams|exam'],
    examples: {
      match: ['wish i was there in bed with u right now', 'i wanna get in the shower with you 😏', 'imagine if i were in your bed with you'],
      ignore: ['wish i was in bed with u watching movies, so tired', 'omg i wish i was in bed too, school is so long'],
    },
  },
  // round 31 (en-n31): a "job interview" call with a short skirt; role-play touching; "ill describe what i do to u"
  {
    id: 'wear-something-short-for-the-call-r31',
    phrases: [
      'wear|wearing|put_on|change_into ..6 for|on|during [the|our|a|this|that|your|ur] @cam|video|call|interview|stream|video_call|chat ..4 short|tiny|mini|revealing|skimpy|low_cut|sexy|see_through|sheer|cropped|miniskirt|crop_top|tight_dress|tight_top|tight_shorts|tight_skirt|something_tight',
      'wear|wearing|put_on|change_into ..4 short|tiny|mini|revealing|skimpy|low_cut|sexy|see_through|sheer|cropped|miniskirt|crop_top|tight_dress|tight_top|tight_shorts|tight_skirt|something_tight ..4 for|on|during [the|our|a|this|that|your|ur] @cam|video|call|interview|stream|video_call',
    ],
    unless: ['grandma|grandpa|nana|nan|gran|mom|mum|dad|aunt|uncle|wedding|funeral|church|prom|party|dance|recital|costume|play|rehearsal|weather|hot|heat|cold|freezing|dress_code|uniform|school|class|lesson|presentation|lol|lmao|haha|do_not_wear|dont_wear|never_wear|not_wear|no_short|professional|smart|formal|blazer|hair|ponytail|bun|braid|braids|sleeves|sleeve|notice|deadline|break|breaks'],
    examples: {
      match: ['can you wear something nicer for our video call, like a tight dress?', 'wear a short skirt on cam tonight', 'put on something revealing for the call ok'],
      ignore: ['wear something smart for the interview, not a short skirt', 'wear a short dress for the call with grandma, its her bday theme', 'dont wear a short skirt on the video call for class'],
    },
  },
  {
    id: 'rp-hand-on-your-thigh-r31',
    phrases: [
      'put|puts|putting|place|places|placing|rest|rests|resting|slide|slides|sliding|run|runs|running|move|moves|moving|lay|lays ..3 hand|hands|fingers|palm ..3 on|up|onto|along|over|between|under|inside|up_your|up_ur your|ur thigh|thighs|inner_thigh|leg|legs|lap|hips|hip|butt|ass|bum|skirt|dress|shirt',
      'touches|touching|strokes|stroking|rubs|rubbing|caresses|caressing|squeezes|squeezing|gropes|groping|grabs|grabbing ..2 your|ur thigh|thighs|inner_thigh|butt|ass|bum|boobs|breasts|chest|crotch|lap',
      'kisses|kissing|licks|licking|nibbles|nibbling ..2 your|ur neck|thigh|thighs|inner_thigh|collarbone|chest|body|ear',
    ],
    unless: ['heal|heals|healing|bandage|bandages|wound|wounded|injury|injured|bleeding|cast|splint|steady|steadies|balance|help_you_up|helps_you_up|pulls_you_up|cramp|physio|doctor|nurse|medic|potion|spell|healer|cleric|pet|pets|dog|cat|puppy|kitten|horse|baby'],
    examples: {
      match: ['*slides a hand up your thigh*', 'puts his hands on ur hips and pulls u close', '*kisses your neck slowly*', 'he grabs your butt'],
      ignore: ['*puts a hand on your leg and casts a healing spell*', '*places a hand on your shoulder* well fought', 'the cat rubs against your legs', '*puts a bandage on your leg*'],
    },
  },
  {
    id: 'describe-what-i-do-to-you-r31',
    phrases: [
      'describe|detail|narrate|type_out|write_out ..3 what|everything|all|the_things|things ..3 do|doing|would_do|d_do|want_to_do|wanna_do|gonna_do|going_to_do ..1 to|with you|u|your_body|ur_body',
      'tell|show|teach you|u ..2 what|everything|all_the_things|the_things ..1 i_would|id|i_want_to|i_wanna|i_could|i_d ..1 do|like_to_do|love_to_do ..1 to|with you|u|your_body|ur_body',
    ],
    unless: ['lol|lmao|haha|jk|kidding|if_you_lose|if_u_lose|if_you_eat|if_u_eat|if_you_touch|if_u_touch|if_you_take|if_u_take|fries|charger|hoodie|kill|beat|punch|smack|slap|fight|win|lose|game|match|race|chess|cards|homework|essay|project|job|interview|shift|chores|workout|exercise|training|class|lesson|recipe|hair|makeup|nails|tattoo|dentist|doctor|surgery|plan|schedule|story|character|villain'],
    examples: {
      match: ['ill describe what i do to u in dms 😏', 'let me tell you what id do to you if i was there', 'i could describe everything i would do with you'],
      ignore: ['ill describe what i do to u if u eat my fries again lol', 'let me tell u what id do to ur hair, layers and a fringe', 'i will describe what i do to the villain in my story'],
    },
  },
  // round 31 (en-n31): "how big are u? send pic"
  {
    id: 'how-big-are-you-r31',
    weight: 2,
    phrases: [
      'how big are|r you|u',
      'how big|long|thick is your|ur dick|cock|penis|thing|package|bulge|boobs|tits|chest|ass|butt',
    ],
    unless: ['tall|height|feet|foot|ft|cm|metres|meters|inches_tall|weigh|weight|kg|lbs|stone|dog|cat|puppy|kitten|snake|fish|pet|hamster|room|house|flat|apartment|garden|team|class|classes|group|school|family|guys|yall|y_all|both|all|shoe|shoes|size_in|clothes|jacket|hoodie|shirt|order|pumpkin|tree|tv|screen|monitor|storage|gb|tb|file|files|download|update|hard_drive|ssd|base|island|world|map|server|sandwich|pizza|slice|portion|bed|car|truck|bike|tank|pool|yard|cake|level|lvl|rank|followers|subs|subscribers|channel|account|city|town|village|country|campus|gym|muscles|biceps|arms|spider|bug|wave|waves|crowd|venue|stadium|bruise|cut|scar|wound|bump|zit|pimple|storm|hail|snow|box|parcel|package_from|the_package|delivery|baby|bump_now|weeks|months|how_old|tiktok|youtube|twitch|instagram|snapchat|discord|on_there|online'],
    examples: {
      match: ['how big r u? show me', 'hey cutie how big are you 😏', 'how big is ur dick'],
      ignore: ['how big are u on tiktok now', 'how big are u guys, like how many in ur class', 'how big is the box? does it fit the bike', 'how big is ur room lol'],
    },
  },
  // round 32 (en-n32): "bet ur not a virgin lol"
  {
    id: 'bet-you-are-a-virgin-r32',
    phrases: [
      'bet|betting|betcha ..3 [not|still|no|never] [a] virgin|virgn|virgen|virign',
    ],
    unless: ['islands|olive|oil|mary|mojito|mojitos|cocktail|drink|drinks|margarita|virgin_media|virgin_atlantic|airlines|records|galactic|mobile|trains|active|money'],
    examples: {
      match: ['bet u r still a virgin', 'betcha ur not a virgin anymore', 'i bet youre a virgin haha'],
      ignore: ['i bet the virgin olive oil is cheaper', 'bet virgin media is down again', 'bet the virgin mojito is nicer'],
    },
  },
  // round 32 (en-n32): a live-stream viewer asking for a dance in bed for a gift
  {
    id: 'dance-in-bed-for-a-gift-r32',
    phrases: [
      'do|dance|twerk|move|strip|dancing|twerking|shake|wiggle|show ..5 in|on|from your|ur bed|bedroom|bathtub|shower|bath|pjs|pajamas|pyjamas|underwear|undies|towel|bra ..6 send|give|tip|drop|gift|pay ..2 galaxy|galaxies|lion|lions|universe|universes|gift|gifts|coins|diamonds|roses|rose|tip|tips|money|cash|dollar|#',
    ],
    examples: {
      match: ['dance in ur bed again and i will send a lion', 'twerk on your bed for me and ill drop 500 coins', 'do it again in ur pjs and ill tip u 20'],
      ignore: ['do the dance again in your bedroom and ill send it to the group', 'dance on ur bed lol', 'do your homework in your bedroom and ill give you a snack'],
    },
  },
  // round 33 (en-n33): recorded moaning or heavy breathing as a "casting" task
  {
    id: 'record-yourself-moaning-r33',
    phrases: [
      'send|record|do|make|want|hear ..6 you|u|yourself|urself ..2 moan|moaning|moans|breathing_heavy|breathing_heavily|breathe_heavy|breathe_heavily|heavy_breathing|panting',
      'voice_note|voice_notes|voice_message|voice_memo|vn|audio|clip ..4 moan|moaning|moans|breathing_heavy|breathing_heavily|heavy_breathing|panting',
    ],
    unless: ['about|again|all_day|every_day|complain*|whine|whining|stop|quit|shut_up|gym|workout|run|running|asthma|inhaler|doctor|sick|cold|flu|cough|throat|horror|zombie|ghost|halloween|pain|hurt|labour|labor|birth|yoga|meditation|exercise|dog|cat|puppy|lol|haha|lmao'],
    examples: {
      match: ['send me a voice note of you breathing heavy and moaning a bit', 'i want to hear u moaning for me', 'record urself panting in a vn'],
      ignore: ['i dont want to hear you moaning about homework again', 'send me a vn of the zombie moaning for the halloween video', 'record yourself breathing heavy after the run for the gym app'],
    },
  },
  // round 35 (en-n35): "ever sent nudes?", "u should wear less next time", "bet u look amazing without it", "wanna see my dick", "the one you were naked on"
  {
    id: 'ever-sent-nudes-short-r35',
    phrases: [
      'ever sent|send|sending|taken|took|take|shared|made [any|a|some] @nude',
      'you|u [ever] send|sent|take|taken|do @nude|nudes ..1 at_all|ever|often|much|a_lot|to_people|to_guys|to_boys|to_girls',
    ],
    unless: ['never_ever|not_ever|news|article|scam|assembly|class|teacher|police|report|leaked|leak|someone|somebody|she|he|they|her|him|survey|statistics|study|podcast|documentary|lesson|pshe|careful|never_send|dont_send|do_not_send|arrested|illegal|cosplay|statue|painting|art|drawing'],
    examples: {
      match: ['ever sent nudes?', 'u ever take any nudes', 'you send nudes to guys?'],
      ignore: ['the teacher asked in pshe if anyone ever sent nudes', 'i have never ever sent nudes', 'did u see the news, a girl leaked nudes'],
    },
  },
  {
    id: 'should-wear-less-bet-you-look-without-r35',
    phrases: [
      'you|u should|could|need_to|got_to|have_to|must wear|wearing less|nothing|fewer_clothes|less_clothes|even_less ..2 next_time|for_me|tonight|more_often|when_we|when_i|with_me|in_your_pics|in_ur_pics|in_your_story|in_ur_story',
      'bet|betcha|i_bet you|u look|looks ..3 better|amazing|gorgeous|incredible|hot|sexy|fine|good ..1 without it|that|them|those|anything_on|clothes|your_clothes|ur_clothes|them_on',
    ],
    unless: ['layers|coat|jacket|jumper|hoodie|scarf|makeup|make_up|jewellery|jewelry|perfume|cologne|glasses|specs|braces|beard|moustache|mustache|wig|cast|hat|cap|helmet|mask|filter|filters|eyeliner|lashes|gym|pe|sports|match|game|interview|hot|heat|heatwave|summer|sweating|weather|sun|beach|pool|hiking|run|race'],
    examples: {
      match: ['u should wear less next time 😏', 'you should wear nothing for me tonight', 'bet u look amazing without it', 'i bet you look even better without clothes'],
      ignore: ['you should wear less makeup next time, you dont need it', 'bet u look amazing without the braces', 'you should wear less layers next time its a heatwave'],
    },
  },
  {
    id: 'want-to-see-my-dick-r35',
    phrases: [
      'want|wan to|2 see|watch|look_at my dick|cock|penis|junk|bulge|dik|d1ck',
      'want|wan a|to_see_a pic|picture|photo|vid|video of my dick|cock|penis|junk|bulge|dik|d1ck',
      'i|ill|let_me|lemme ..2 show|send you|u my dick|cock|penis|junk|bulge|dik|d1ck',
    ],
    unless: ['lol_jk|joke|jk'],
    examples: {
      match: ['wanna see my dick? show me urs first', 'i can send you my cock', 'u want a pic of my dick?'],
      ignore: ['want to see my new puppy?', 'wanna see my drawing'],
    },
  },
  {
    id: 'you-were-naked-on-r35',
    phrases: [
      'you|u were|was|are naked|nude|topless|undressed|half_naked ..1 on|in|during the|that|our call|cam|video|vid|facetime|stream|snap',
      'the|that one|call|video|vid|facetime you|u were|was naked|nude|topless|undressed|half_naked on|in',
    ],
    unless: ['baby|toddler|kid|little|photo_album|album|bath|baby_pics|lol|haha|dream|dreamt|dreamed|nightmare|statue|painting|art|doctor|hospital|x_ray|xray|scan|surgery'],
    examples: {
      match: ['the one you were naked on', 'remember the call you were topless on', 'you were naked on that facetime'],
      ignore: ['lol i dreamt you were naked on stage', 'the baby album where you were naked in the bath'],
    },
  },
  // round 37 (en-n37): an adult's arousal and sexual talk in plain words
  {
    id: 'aroused-thinking-of-you-r37',
    phrases: [
      'getting|gettin|got|get|am|im|so|making_me|makes_me hard|horny|wet|turned_on|rock_hard ..3 thinking|think|thinkin|looking|lookin|picturing|imagining about|of|at you|u|your|ur',
      'thinking|thinkin|thought|picturing|imagining about|of you|u ..3 makes|made|making|gets|got|getting me [so|really|rly|real|super|rock] hard|horny|wet|turned_on',
      'while|when|and|as i touch|rub|play_with|stroke|jerk|jack myself|off|it',
      'i_am|im|i_was|i_have_been|ive_been|been touching|rubbing|stroking|playing_with myself ..4 you|u|your|ur|thinking|rn|right_now|now',
    ],
    unless: ['headache|exam|test|homework|math|essay|workout|gym|training|run|leg|legs|knee|hurt|hurts|injury|fell|wound|rash|eczema|cream|lotion|moisturizer|sunburn|hair|makeup|face|chess|game|level|boss'],
    examples: {
      match: ['so horny just thinking of u rn', 'thinking about you makes me so hard', 'i want to hear ur voice while i touch myself', 'im touching myself thinking about u'],
      ignore: ['my head is getting hard to think about the exam', 'i was rubbing lotion on my sunburn', 'this level is so hard thinking about it'],
    },
  },
  {
    id: 'cyber-dirty-talk-r37',
    phrases: [
      'want_to|do_you_want_to|you_want_to|lets|let_us|should_we|can_we|we_could|we_should ..1 sext|talk_dirty|dirty_talk',
      'lets|let_us|should_we|can_we|we_could|we_should do|have ..1 cyber|cybersex|cyber_sex|phone_sex',
      'we|i|you|u ..2 talk|text|chat|type dirty|naughty|nasty|sexy ..4 you|u|together|stuff|teach|show|learn',
      'talk|text|chat dirty|naughty|nasty ..2 to|with me|you|u',
    ],
    unless: ['cyber_security|cybersecurity|cyberbullying|cyber_bullying|security|monday|punk|truck|class|course|homework|language|swear|swearing|cuss|cussing|mouth|curse|cursing|grandma|teacher'],
    examples: {
      match: ['like we talk dirty n stuff, ill show u', 'u wanna talk dirty to me', 'we could sext later', 'lets do cyber tonight', 'can we have phone sex'],
      ignore: ['lets do cyber security homework together', 'the cyber security class was boring', 'he talks dirty in class and the teacher yells', 'my grandma says i have a dirty mouth lol'],
    },
  },
  {
    id: 'do-you-shave-yet-r37',
    weight: 2,
    phrases: [
      'do|did|have you|u ..1 shave|shaved|wax|waxed|started_shaving yet|already|down_there|there|everything',
      'you|u got|have|grow|growing [any] hair down_there|there_yet|yet ..2 [down|there]',
      'have|did you|u ..1 started|got|get|begun your|ur period|periods|boobs|breasts yet',
    ],
    unless: ['legs|leg|armpits|pits|face|beard|mustache|moustache|dad|razor|mom|mum|doctor|nurse|health|class|biology|science|dog|cat|horse|sheep|pet'],
    examples: {
      match: ['do u shave yet', 'have u started ur period yet', 'u got hair down there yet'],
      ignore: ['do u shave ur legs yet or nah', 'did you shave the dog already', 'has your dad shaved his beard yet'],
    },
  },
  {
    id: 'i-like-them-younger-r37',
    weight: 2,
    phrases: [
      'i|im|i_am like|love|prefer|into|fancy ..1 younger|young|little ..1 girls|girl|boys|boy|lassies|lasses|lads|ones|guys|kids|teens',
      'younger|young girls|girls|boys|lassies|ones|teens are|r|re ..1 more fun|better|hotter|sexier|tighter|cuter|easier',
    ],
    unless: ['siblings|sibling|brother|brothers|sister|sisters|cousin|cousins|kids_at_the|camp|coach|coaching|teach|teaching|tutor|tutoring|babysit|babysitting|class|classes|team|students|puppies|puppy|kittens|cats|dogs|trees|wine|cheese|version|players|songs|music|episodes|seasons'],
    examples: {
      match: ['i like younger lassies, theyre more fun', 'i prefer younger girls tbh', 'young girls are more fun'],
      ignore: ['i like coaching the younger girls team', 'i prefer the younger kittens at the shelter', 'i like younger players in the team'],
    },
  },
] satisfies PatternEntry[];
