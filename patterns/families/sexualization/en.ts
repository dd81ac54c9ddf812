import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'virgin-and-experience',
    phrases: [
      'are|r you|u [still] [a] virgin',
      'you|u [still] a virgin',
      'have|did you|u ever ..3 had|have|done|tried ..2 sex|it|anything|stuff|oral|head|blowjob|bj|sexual',
      'ever ..2 had|have|done ..2 sex|oral|head|blowjob|bj',
      'how many ..2 guys|boys|girls|people ..2 have you|u ..2 slept|been|had|kissed|done|hooked',
      'lost|lose your|ur virginity',
      'do|did|have you|u [ever] ..2 touch|touched|finger|fingered|play|played ..2 yourself|urself|with_yourself',
      'do|did|have you|u [ever] masturbate*|jerk*|wank*|rub_one|touch_yourself|finger_yourself|cum|come_when|orgasm*',
      'have|did you|u ever ..2 seen|watched|watch ..2 porn|a_dick|a_penis|a_naked',
    ],
    unless: ['islands|olive|oil|mary|virgin_media|virgin_atlantic|game|mobile|class|biology|sex_ed|sex_education|health'],
    examples: {
      match: ['r u a virgin', 'are you still a virgin', 'have u ever had sex', 'do u touch yourself', 'how many guys have you kissed', 'have you ever watched porn'],
      ignore: ['virgin olive oil is better', 'did you pass the sex ed quiz', 'have you ever tried sushi'],
    },
  },
  {
    id: 'kissed',
    weight: 2,
    phrases: [
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
      'what|wat|wut are|r you|u wearing ..2 right_now|now|rn|tonight|in_bed|under|underneath|atm|at_the_moment',
      'what|wat|wut are|r you|u wearing',
      'what|wat|what_color|what_colour|which ..3 color|colour|kind|type ..3 your|ur ..2 underwear|bra|panties|thong|boxers|lingerie',
      'what|wat is|s your|ur bra|cup|boob|dick|penis|cock size',
      'how big ..3 your|ur|are_your|is_your ..2 @body',
      'do|are you|u ..2 wear|wearing ..2 underwear|a_bra|panties|anything|nothing',
      'wear|put_on ..3 something ..2 sexy|hot|revealing|tight|short|cute|skimpy|slutty ..3 for me|when|tonight|on_cam|for_the_call|for_facetime',
      'wear|put_on ..3 your|ur|a|the bikini|lingerie|thong|underwear|bra|panties|short_skirt|crop_top ..3 for me|on_cam|on_camera|and_send|and_take',
      'do you|u sleep naked|in_the_nude|nude|without_clothes',
      'are you|u naked|nude|undressed|in_the_shower|in_bed|in_your_underwear|in_ur_underwear ..2 right_now|now|rn',
    ],
    unless: ['to|for the|a|my|your|ur|school|prom|party|dinner|church|work|practice|class', 'tomorrow|tmrw|tomorow|prom|party|school|dance|wedding|game|match|concert|interview|date_night|event|halloween|costume|mall|church|dinner|trip|team|uniform|practice|recital|graduation|formal'],
    examples: {
      match: ['what r u wearing rn', 'what are you wearing', 'wear something sexy for me', 'what color is ur underwear', 'do u sleep naked', 'whats your bra size'],
      ignore: ['what are you wearing to the party', 'what r u wearing tomorrow for the game', 'wear something warm tonight its cold'],
    },
  },
  {
    id: 'sexual-remarks',
    phrases: [
      '@iwill|i_want_to|i_would_love_to|i_would_like_to kiss|touch|lick|taste|feel|squeeze|grab|rub|undress|strip|spank|fuck|bang|suck ..2 you|u|your|ur ..2 body|all_over|everywhere|neck|boobs|ass|butt|legs|thighs|whole_body|hard|slowly|down_there',
      'i want|wanna|would_love|would_like to fuck|bang|smash|sleep_with|have_sex_with|make_love_to|do_things_to|do_stuff_to|undress|lick|suck ..2 you|u|ur|your',
      'you|u make|made me ..2 hard|horny|wet|hot|so_hard|so_wet|so_horny|turned_on|cum',
      'are|r you|u ..2 horny|wet|turned_on|hard|in_the_mood',
      'i_am|im so horny|hard|wet|turned_on|horny_rn|hard_rn',
      'thinking ..2 about|of you|u ..2 naked|in_bed|in_the_shower|without_clothes|touching',
      'sexy|hot|fine|thicc|thick|developed ..3 for [a|an] #',
      'sexy|hot|fine|thicc|thick|developed ..3 for your|ur|ya age',
      'your|ur body|boobs|ass|butt|lips|legs|thighs|curves ..2 is|are|look|looks|so ..2 sexy|hot|perfect|amazing|nice|fine|thicc|tasty|big|developed',
      'sext|sexting|dirty_talk|talk_dirty|naughty|kinky|freaky ..3 with me|tonight|rn|right_now|together|you|u',
      'do you|u ..2 like|want|wanna ..2 older|old guys|men|man|women|daddy|dominant|rough',
      'size|measurements|cup_size ..2 of your|ur @body|bra',
      'send|show me ..2 something sexy|spicy|naughty|dirty|hot|freaky|nsfw|explicit',
    ],
    unless: ['rain|raining|pool|swim|swimming|umbrella|stuck|hardstuck|ranked|level|boss|game|fortnite|roblox|minecraft|anime|character|manga|movie|actor|singer|song|food|pizza|car|weather|outside|coffee|soup|tea|sauce|pepper|spicy_food|chips|ramen|the_actor|celebrity|book'],
    examples: {
      match: [
        'i wanna kiss you all over',
        'u make me so horny',
        'r u horny',
        'ur so hot for 15',
        'your body is so sexy',
        'wanna sext tonight?',
        'do u like older guys',
        'send me something sexy',
      ],
      ignore: ['this ramen is so spicy', 'the actor is so hot', 'are you hungry', 'your drawing looks amazing'],
    },
  },
] satisfies PatternEntry[];
