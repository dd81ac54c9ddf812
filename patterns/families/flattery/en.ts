import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'mature-for-age',
    phrases: [
      'nobody|no_one|noone ..3 understands|gets|knows|loves|cares_about|appreciates|treats|cares you|u ..3 like|better_than|the_way|as_much i',
      'mature|grown_up|grown|smart|wise|advanced|developed ..3 for|4 ..2 your|ur|ya age',
      'mature|grown_up|developed ..2 for [a|an] #',
      'seem|seems|look|act|sound|are|re ..3 older|more_mature|so_mature|mature ..2 than|for ..3 age|#|other|girls|guys|boys|kids',
      'age is just|only|only_just|really_just a number',
      'wise|mature|smart|grown|old ..2 beyond|past your|ur|ya years|age',
      'look|looks|seem|sound ..1 so_much|way|much|a_lot|sooo_much older ..4 no_way|cant_be|can_not_be|dont_believe|do_not_believe|not_really',
      'no_way you|your|you_are|ur|youre [only|just|really] # ..1 [your|yo|years|year]',
      'want|keep you|u [all] to|for myself|my_self',
      'care|cares|caring about ..1 you|u more than|better_than they|them|your_parents|ur_parents|anyone|your_mom|ur_mom|your_family|ur_family',
      'do_not|never act|seem|look|sound|talk|type|text like [a|an] # ..1 yr|your|year|years|yo|y_o|year_old',
      'age ..2 does_not_matter|doesnt_matter|means_nothing|is_nothing_but_a_number|aint_nothing_but_a_number|is_just_a_number|is_only_a_number',
      'not like ..2 other|the_other ..2 girls|guys|boys|kids|people',
      'different from|than ..2 the_other|other|all_the ..2 girls|guys|boys|kids',
      'you|u are|re [so] [much] [way] more mature',
      'you|u get|understand me ..3 better than|more_than|like_no|like_nobody',
      'nobody|no_one|noone ..3 understands|gets|knows you|u ..3 like|better_than|the_way i',
      'i understand you|u ..3 better than|more_than|like_no|unlike your',
      'you|u ..2 deserve ..3 better|someone|more|to_be_treated|freedom|some_freedom|more_freedom',
      'i will_not|would_never|do_not|never judge ..3 like|unlike your|ur|they|them|adults|everyone|your_parents|ur_parents',
      'than ..2 most|other|the_other|all_the|all|any|other_girls|the_girls|the_guys girls|guys|boys|kids|people|teens ..1 your|ur|ya age',
      'different|unlike|smarter|prettier|cooler|hotter|cuter|not_like ..4 girls|guys|boys|kids|teens your|ur|ya age',
      'more grown|grown_up|mature|developed ..2 than ..4 girls|guys|boys|kids|teens|people',
      'type|talk|text|write|act|sound ..2 like ..2 older|more_mature|an_adult|a_grown_up|a_grownup|way_older|someone_older|an_older',
    ],
    unless: ["parents_evening|parent_teacher|report_card|mrs|teacher_said|said_so", 'haircut|hair|makeup|glasses|beard|grandma|grandpa|nana|granny|homework|essay|teacher|grade|grades|exam|test|school|class|report|project|book|dog|cat|puppy|kitten|game|match'],
    examples: {
      match: [ "nobody cares about you like i do", "you look way older than 14", "you're so much more mature than girls my age", "you deserve someone who treats you right",'u seem way more mature than other girls ur age', 'age is just a number', 'ur so mature for your age', 'ur really mature for 14 honestly', 'ur not like other girls', 'ur different from the other girls', 'nobody understands u like i do', 'ur parents sound so strict, u deserve some freedom', 'u can always talk to me, i wont judge like they do', 'way better than most girls ur age tbh', 'ur so different from girls ur age', 'ur so grown for ur age', 'u r wise beyond ur years', 'omg u look so much older in ur new pfp, no way ur 14', 'i want u all to myself', 'honestly i care about u more than they do', 'ur so mature, u dont act like a 13 yr old', 'ur honestly way more grown than the other girls in this server', 'u r more mature than most boys i talk to', 'how old r u btw? u type like ur older'],
      ignore: ["ur so mature for ur age, mrs k said so at parents evening", 'your essay is very mature for your grade', 'age is a number on the form', 'she is taller than most girls her age', 'the game is more grown up than the kids version', 'your essay sounds like an adult wrote it', 'wise beyond your years, says grandma', 'omg u look so much older with the new haircut, no way ur 14'],
    },
  },
  {
    id: 'so-beautiful',
    phrases: [
      'your|ur beautiful|gorgeous|pretty|cute|stunning|perfect|adorable|hot|sexy',
      'known you|u ..2 forever|my_whole_life|for_years|all_my_life',
      'in love with you|u',
      'you|u|your|ur are|re|is|look|looking|r ..3 beautiful|gorgeous|pretty|cute|hot|stunning|perfect|adorable|attractive|mature|grown_up',
      'prettier|hotter|cuter|more_beautiful|more_mature|smarter ..2 than ..3 girls|guys|boys|people|girl|guy|boy|anyone|anybody|everyone|kids',
      'you|u are|re|r my everything|world|whole_world|soulmate|angel|princess|babygirl|baby_girl|dream_girl',
      'such a good girl|boy',
      'you|your|ur [are|re|r] [such|so|being|been] a good girl|boy ..2 arent|are_not|for|right|huh|tho',
      'good girl|boy ..2 for_me|for_daddy',
      'you|u|your|ur are|re|is|look|looking|r [so|really|very|sooo|rlly|super|such|literally|honestly|damn|kinda|lowkey] [a] beautiful|gorgeous|pretty|cute|hot|stunning|perfect|cutie|beauty|babe|angel|goddess|princess|queen|adorable|attractive|handsome|model|special|amazing|breathtaking|lovely',
      'you|u|your|ur are|re|r [so|really|very|such] [a] [real] [natural] model_material|perfect_girl|perfect_boy|dream_girl|dream_guy',
      'your|ur ..2 smile|eyes|face|lips|hair|body|skin ..2 is|are|so ..2 beautiful|gorgeous|pretty|perfect|stunning|amazing|cute|hot|nice|lovely',
      'such|what a ..2 beautiful|gorgeous|pretty|cute|hot|stunning ..2 girl|boy|face|smile|body|thing|young',
      'hey|hi|hello|hii|heyy beautiful|gorgeous|pretty|cutie|princess|angel|sweetie|sweetheart|cutie_pie|beautiful_girl',
      'you|your|ur so|sooo|really|very|such|super|rlly|literally|lowkey|kinda|damn|too [a] beautiful|gorgeous|pretty|cute|hot|stunning|perfect|cutie|beauty|adorable|attractive|handsome',
      'you|u have|got ..2 such|the|a|really|so ..2 beautiful|gorgeous|pretty|perfect|stunning|amazing|cute|nice|lovely|hot|cutest|prettiest ..2 smile|eyes|face|lips|body|hair|skin',
      'i think i_am|im falling ..2 for|in_love you|u',
      'i [have] [never] [met] ..3 anyone|someone|somebody|a_girl|a_guy ..3 like you|u|as_special|as_beautiful|as_perfect',
      'you|u are|r|re ..2 special|perfect|one_of_a_kind|the_only_one|my_everything|my_world|the_best_thing ..3 to|for me',
      // round 31 (en-n31): "you're the best thing in my life"
      'you|u|your|ur [are|r|re] [honestly|literally|really|truly|just|genuinely] the_best_thing|the_best_part|the_only_good_thing|the_only_thing|the_highlight|the_light ..3 in|of|about my life|day|days|world|week',
      'saw|seen|checked|looked_at|love|loved|liked ..3 your|ur pics|photos|profile|pictures|posts|videos|page ..3 beautiful|pretty|gorgeous|cute|hot|stunning|amazing|perfect|model',
      'you|u|your|ur ..4 have|has|got ..3 natural|perfect|unique|stunning|striking|flawless|amazing|great|beautiful|gorgeous|pretty|special|rare|fresh look|features|face|bone_structure',
      'you|your|u|ur ..3 cute|pretty|hot|fine|gorgeous|beautiful|sexy|fit|stunning af|asf|as_hell|as_fuck',
      'your|ur feed|page|profile|insta|instagram|account|pics|photos|selfies|content is|are|looks|look|s [so|really|very|literally|honestly|lowkey|super|sooo|rlly] stunning|gorgeous|beautiful|amazing|pretty|perfect',
    ],
    unless: ["where_did_you_get|where_d_you_get|that_top|this_top|grad|graduation|grad_pics", 'mountain|mountains|lake|ocean|travel|sunset|view|views|landscape|filter|lens|scenery|sky|nature|haircut|dress|outfit|drawing|art|essay|cake|dog|cat|puppy|kitten|car|house|room|shoes|nails|video_was|edit|game|voice|song|singing|dance|dancing|play|performance|goal|shot|project|presentation|mom|dad|sister|brother|grandma|baby|lol|lmao|haha|thanks|thx|ty|ily|bestie|bff|sis|bro|girl_you|queen_of|teacher|team'],
    examples: {
      match: [ "you're gorgeous", "you're so mature", "you are beautiful", "you're prettier than all the girls on here",'ur so pretty', 'hey cutie', 'you are so beautiful', 'u have such a nice smile', 'ur eyes are gorgeous', 'youre so beautiful seriously', 'saw ur pics ur so pretty', 'i think im falling for you', 'ur a good girl arent u', "Your profile has a really natural look, we're casting teen models", "Hi! I'm a scout for a modelling agency and you have a really great look", 'ok ur real and cute af', 'Hey love! Your feed is stunning', 'honestly ur the best part of my day', 'you are the only good thing in my life rn'],
      ignore: ["u look so grown up in ur grad pics", "ur so pretty omg where did u get that top", 'your haircut looks so good', 'your drawing is amazing', 'ur so pretty bestie ily', 'your dog is so cute', 'my dog is a good boy isnt he', 'your new room has a really natural look with the plants', 'your dog is cute af', 'your photos are stunning, did you use a filter on the sunset', 'your pics are stunning, the mountains look unreal', 'ur feed is so pretty bestie', 'you are the best thing in my life, love mom', 'ur the best part of my day lol'],
    },
  },
  {
    id: 'thinking-about-you',
    weight: 1,
    phrases: [
      'cant|cannot|can_not|can_t stop thinking|thinkin ..2 about|abt|bout|of you|u',
      'you|u are|re|r [always] on_my_mind|all_i_think_about|all_i_think_abt',
      'your|ur|you_are [always] on_my_mind|all_i_think_about|all_i_think_abt',
      'always|constantly|keep thinking|thinkin ..2 about|abt|bout|of you|u ..3 day|night|all_day|all_night|24_7|every',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|mom|dad|grandma|exam|test|homework|essay|game|match|team|coach|sorry|condolences|sick|hospital|surgery|funeral|loss|feel_better|get_well|praying|prayers|good_luck'],
    examples: {
      match: ['u up? cant stop thinking abt u', 'ur all i think about tbh', 'i keep thinking about you all day'],
      ignore: ['cant stop thinking about the test lol', 'thinking of you, hope the surgery goes well', 'cant stop thinking about you bestie ily'],
    },
  },
  {
    id: 'the-prettiest',
    phrases: [
      'you|your|ur [are|re|r] [lowkey|literally|honestly|like|so|def|definitely|easily|actually|deadass|fr] the prettiest|cutest|hottest|most_beautiful|sexiest|most_gorgeous|most_attractive|finest ..3 girl|boy|guy|person|one|thing|i_have|ive|on|in|here',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|dog|cat|puppy|kitten|baby|dress|outfit|drawing|art|grandma|mom|dad|sister|brother|team'],
    examples: {
      match: ['ngl ur lowkey the prettiest girl in my server', 'you are the most beautiful girl on here', 'youre literally the cutest person i have ever talked to'],
      ignore: ['ur the prettiest bestie ily', 'your dog is the cutest one in the park'],
    },
  },
  {
    id: 'only-i-get-you',
    weight: 1,
    phrases: [
      'older guys|men|people|ppl ..4 get|understand|treat|know you|u better|more',
      'i get|understand|treat|know you|u ..2 better than ..3 boys|guys|kids|anyone|your_friends|ur_friends|your_parents|ur_parents|your_bf|ur_bf|them',
      'you|your|ur [are|re|r] the only one|person who|that ..2 gets|understands|gets_me|understands_me|listens|cares',
      'you|u looked|look|looking so|really|soo|super|sooo good|hot|sexy|fine|amazing|perfect|beautiful in that|your|ur|this|those pic|pics|photo|picture|selfie|video',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|dress|outfit|prom|wedding|haircut|hair|team|class_photo|yearbook|dog|cat|mom|dad|grandma|jersey|uniform|costume|thanks|thank|ty|thx'],
    examples: {
      match: ['older guys like me get u better than the boys in ur class', 'ur the only one who gets me', 'u looked so good in that pic babe'],
      ignore: ['ur the only one who gets me bestie ily', 'you looked so good in that prom pic', 'i get you better than anyone lol'],
    },
  },
  {
    id: 'pretty-with-fillers',
    phrases: [
      'your|you_are|youre|u_r well|proper|dead|bare|so|sooo|really fit|peng|buff',
      'your|you_are|youre|u_r [so|really|very|super|such|actually|honestly|just|way|sooo] mature|grown_up',
      'your|you_are|you_re|youre|u_r|u_are actually|honestly|genuinely|literally|lowkey|deadass|fr|ngl|just|like|really|rlly|sooo|super|kinda|damn|too [so|really|very|super|sooo|such|like] [a] beautiful|gorgeous|pretty|cute|stunning|perfect|adorable|attractive|hot|sexy|cutie|beauty|angel|princess|amazing|special',
      'beautiful|pretty|gorgeous|cute|hot|sexy girl|boy|guy like you|u',
      'cooler|prettier|smarter|hotter|cuter|better|more_mature|funnier|easier_to_talk_to|nicer|more_fun ..2 than ..3 girls|guys|boys|people|kids|women|men my|your|ur age',
      'you|u seem|look|act|sound|are|re ..2 older|more_mature|more_grown_up than you|u are|r|actually_are|look|say',
    ],
    unless: ["parents_evening|parent_teacher|report_card|mrs|teacher_said|said_so", 'gym|workout|push_ups|pushups|running|training|marathon|mountain|mountains|lake|ocean|travel|sunset|view|views|landscape|filter|lens|scenery|sky|nature|haircut|dress|outfit|drawing|art|essay|cake|dog|cat|puppy|kitten|car|house|room|shoes|nails|edit|game|voice|song|singing|dance|dancing|play|performance|goal|shot|project|presentation|mom|dad|sister|brother|grandma|baby|lol|lmao|haha|thanks|thx|ty|ily|bestie|bff|sis|bro|queen_of|teacher|team|prom|wedding|costume|makeup|glasses|beard|photo_of|pic_of'],
    examples: {
      match: ['ur well fit', 'ur proper fit x', 'ur mature.', 'ur actually so pretty', 'ur honestly beautiful', 'beautiful girl like you should be model', 'ur so much cooler than girls my age', 'you seem older than you are'],
      ignore: ["ur so mature for ur age, mrs k said so at parents evening", 'ur so fit, how many push ups can u do in a workout', 'ur actually so pretty bestie ily', 'ur honestly beautiful in that prom dress', 'you look older than you are with the beard lol', 'ur dog is actually so cute'],
    },
  },
  {
    id: 'bonding-like-i-do',
    weight: 1,
    phrases: [
      'not|nothing like ..1 other|the_other|most|typical|normal ..1 # yr|your|year|y_o|yo|years ..1 olds|old',
      'i [feel_like] [i] can tell you|u anything|everything',
      'too cute|pretty|hot|beautiful|gorgeous|sexy|perfect ..1 to not|not_to|to_be|to_stay ..2 famous|single|a_model|alone|unnoticed|hidden|lonely',
      'do_not|dont|does_not|doesnt|never care about|abt age|the_age|ages|age_gap|age_gaps|age_difference|how_old|your_age|ur_age',
      'you|u are|re|r|your|ur [so|very|really|such|a|such_a] [very|really|so] nice|sweet|lovely|special|pretty|beautiful|cute|kind girl|boy|lady|young_lady',
      'i want|would_like|wanna|want_to ..1 to know|get_to_know|know you|u ..1 more|better',
      'you|u are|r|re|your|ur my girlfriend|gf|boyfriend|bf|wife|babygirl|baby_girl|princess|lover',
      'i like you|u very_much|so_much|sooo_much',
      'you|u can [always] come|talk|turn|run to me',
      'you|u looked|look|looking [so|really|super|sooo|rlly|absolutely] amazing|hot|sexy|cute|gorgeous|stunning|beautiful|fine|perfect in it|them',
      'dream|dreamt|dreamed|dreaming about|of you|u ..3 last_night|again|every_night|all_night|lately',
      'you|u|your|ur looked|look|looking|looks [so|really|very|super|sooo|lowkey|kinda|rlly] cute|pretty|hot|good|beautiful|gorgeous|sexy|fine|amazing on|in @cam|cam|camera|video|facetime|call|vc|stream|live',
      'we|i love|like|loved|adore your|ur look|vibe|face|features',
      'too pretty|cute|hot|beautiful|gorgeous|sexy|perfect to be single',
      'boys|guys|kids at|in|from your|ur school|class|grade|year|age ..3 do_not|dont|does_not deserve|appreciate|get|understand you|u',
      'boys|guys|kids at|in|from your|ur school|class|grade|year|age ..3 are_not_good_enough|are_immature|are_so_immature|cant_handle|can_not_handle|are_idiots',
      'smarter|wiser|more_mature|more_grown_up ..2 than ..2 most|lots_of|a_lot_of|half_the|many adults|grown_ups|grownups|people_my_age|women|men',
      'so|really|super|sooo easy to talk to',
      'you|u can tell me anything|everything',
      'i_can|ill|@iwill|i_will_always|i_am_always|im_always [always] be|here there|here for you|u',
      'favorite|favourite|fav person|human ..2 to talk|to_talk_to|ever|in_the_world',
      'never felt ..2 this|that way|like_this ..2 about|for|with anyone|anybody|someone|a_girl|a_guy',
      'want|want_to|will|would you|u ..1 be my girlfriend|boyfriend|gf|bf|wife|babygirl|baby_girl|princess',
      'gm|good_morning|goodmorning|morning|gn|good_night|goodnight|night beautiful|gorgeous|cutie|babygirl|sexy|handsome',
      'understand|get|know|love|care_about|appreciate|treat you|u like|the_way|as_well_as|better_than i do|can|could',
      'you|your|ur|u [are|re|r] ..2 the only one|person|girl|guy|boy who|that ..2 gets|understands|listens|cares|makes|really',
      'you|your|ur|u [are|re|r] [so|really|very|sooo|such|just] special|precious|important ..2 to|for me',
      'i [really] [just] [honestly] love|like|enjoy talking|talkin|chatting|texting to|with you|u',
      'talk|chat|text to|with you|u ..2 forever|all_night|for_hours|all_day',
      'no_one|nobody|noone ..2 makes|made me feel|me_feel ..2 like|the_way you|u',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|mom|mum|dad|grandma|grandpa|nana|aunt|uncle|teacher|coach|therapist|counselor|customer|client|team|class|homework|project|game|dog|cat|puppy|sorry|condolences|thank_you|thanks|congrats|happy_birthday|birthday|bday|wedding|anniversary'],
    examples: {
      match: ['ur not like other 13 yr olds', 'i feel like i can tell u anything', 'ur way too cute to not be famous', "I'm 19 but I don't care about age", 'hello my dear, you are very nice girl', 'i want to know you more', 'You are my girlfriend now ok?', 'I like you very much.', 'u can always come to me', 'u looked amazing in it', 'i had a dream about u last night 😳', 'u looked cute on cam yesterday', "Hi! I'm a talent scout with Star Faces Models, we love your look", 'ur way too pretty to be single', 'those boys at ur school dont deserve u', 'ur smarter than most adults i know', 'ur so easy to talk to', 'u can tell me anything', 'i can be there for u', 'ur my favorite person to talk to', "i've never felt this way about anyone", 'i want u to be my girlfriend', 'gm beautiful ☀️', "your parents don't understand you like I do", "you're honestly the only person who gets me", 'ur so special to me', 'i love talking to u, ur so different', 'i could talk to u forever', 'nobody makes me feel like you do'],
      ignore: ['u looked amazing in it bestie, the dress is perfect', 'ngl u looked really cute in bio today lol', 'u looked so good on cam in class, thanks for presenting', 'gm beautiful bestie ☀️', 'i can be there for u grandma', 'nobody gets me like u do bestie lol', 'i love talking to u grandma', 'you are so special to me, happy birthday sis', 'i could talk to u forever about this game'],
    },
  },
  {
    id: 'parents-too-strict',
    weight: 1,
    phrases: [
      'your|ur parents|mom|mum|dad|folks ..2 are|r|is|sound|seem|seems [so|too|really|very|way|super] strict|overprotective|controlling|unfair|mean|annoying|crazy',
      'they|parents|adults|your_parents|ur_parents never|do_not|dont|did_not|didnt understood|understand|get|listen_to|listened_to me|you|u|us ..1 either|too|like_i_do|the_way_i_do',
    ],
    unless: ['lol|haha|lmao|bestie|sis|bro|mine_too|mine_are|same|ikr|grounded|curfew|phone_taken|took_my_phone|homework|grades|report_card'],
    examples: {
      match: ['ur mom seems really strict', 'ur parents r too strict with u', 'i get it. my parents never understood me either'],
      ignore: ['ur parents r too strict lol mine let me go', 'ur mom seems really strict, my mom is the same, we both got grounded'],
    },
  },
  // round 7 (en-tg): romance claims without an obvious keyword
  {
    id: 'special-connection',
    weight: 1,
    phrases: [
      'we|i have|got|share|feel [such|a|this|something] [really|so] special|deep|real|strong|unique|crazy|rare connection|bond|chemistry',
      'your|you_are|youre|u_r mine|all_mine ..1 now|forever|only|ok|right|babe|baby',
      'i_am|im your|ur boyfriend|bf|man|daddy|girlfriend|gf ..1 now',
      'your|ur parents|mom|mum|dad|family|folks ..2 do_not|dont|never|does_not|doesnt appreciate|deserve|value|notice|understand you|u',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|mom|mum|dad|grandma|grandpa|nana|aunt|uncle|teacher|coach|therapist|team|class|homework|project|game|dog|cat|puppy|sorry|thank_you|thanks|congrats|happy_birthday|birthday|bday|wedding|anniversary|cookie|pizza|fries|seat|spot|turn|player|character|pokemon|card|slice|last|last_one|last_slice'],
    examples: {
      match: ['we have a special connection', 'ur mine now', 'im ur boyfriend now ok', 'ur parents dont appreciate u'],
      ignore: ['ur mine now, the last cookie is mine lol', 'i love u so much mom', 'we have a special bond with the dog', 'ur parents dont appreciate u bestie, im sorry'],
    },
  },
  {
    id: 'stare-at-your-pics',
    weight: 1,
    phrases: [
      'stare|look|staring|looking at your|ur pics|photos|face|eyes|pictures|selfies|smile ..2 all_day|forever|all_night|for_hours',
      'your|ur beauty ..2 is|s rare|unreal|unmatched|insane|everything|perfect|out_of_this_world',
      'you|u make me feel ..1 things|some_type_of_way|a_certain_way|so_good|funny_inside|alive|young_again',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|mom|mum|dad|grandma|grandpa|nana|aunt|uncle|teacher|coach|team|class|homework|project|game|dog|cat|puppy|baby|thank_you|thanks|congrats|birthday|bday|wedding|anniversary|song|movie|book|art|painting|drawing|sunset|view|trip|vacation|paintings|photography'],
    examples: {
      match: ['i could stare at ur pics all day', 'ur beauty is rare', 'u make me feel things'],
      ignore: ['i could stare at ur pics of the sunset all day', 'u make me feel things, this song is so good lol'],
    },
  },
  {
    id: 'slang-and-age-gap',
    weight: 1,
    phrases: [
      'you|your|ur|you_are|youre [are|r|re] [lowkey|literally|honestly|so|such|def|fr|deadass|easily|actually] a 10|ten|baddie|dime|dime_piece|snack|smoke_show|smokeshow',
      'you|u look|looks|looking [so|really|mad|hella|way|lowkey] grown|older|mature|grown_up ..3 in your|ur pfp|pic|pics|profile|photos|selfie|selfies|story',
      'if you|u were|was older ..3 date|marry|be_with|go_out|ask_you_out|wife|girlfriend|boyfriend',
      'age is|s nothing|irrelevant|not_a_thing|no_big_deal',
      'do_not|dont|never worry|care about|abt the|our age|age_gap|age_difference|ages',
      'i_am|im [only|just] # ..3 not|nothing|no|isnt|is_not ..1 a_big_deal|big_deal|weird|bad|a_problem|that_old|that_much_older|old',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|mom|mum|dad|grandma|grandpa|nana|aunt|uncle|teacher|coach|team|class|homework|project|game|dog|cat|puppy|baby|grandpa|kid|haircut|hair|makeup|glasses|beard|suit|graduation|grad|prom|wedding|job|interview|college|school|birthday|bday|party|car|license|licence|driving|brother|sister|cousin|wine|cheese|whiskey|building|house|movie|score|grade|test|rating|rate|fortnite|minecraft|roblox|valorant|cod|apex|2k|fifa|chess|math|basketball|soccer|football|skill|skills|aim|gameplay|duos|squad|clutch|player|discord'],
    examples: {
      match: ['ur a 10 fr', 'ur lowkey a baddie', 'u look so grown in ur pfp', 'if u were older id date u', 'age is nothing', 'dont worry about the age gap', "i'm only 19 it's not a big deal"],
      ignore: ['ur a 10 bestie', 'ur a 10 at fortnite fr', 'u look so grown in ur grad pic, mom is crying', 'age is nothing for wine lol', 'im only 19 its not that old, my brother is 22'],
    },
  },
  {
    id: 'typos-and-irl',
    weight: 1,
    phrases: [
      'you|u|your|ur|you_are [are|r|re] [so|very|vry|vary|soo|sooo|rlly|realy|really|such|a] beutiful|beautifull|beatiful|beautifu|butiful|bootiful|beutifull|prety|pritty|preety|gorjus|gorgous|gorgeus|sexxy|sexi|cuteee|hott',
      'bet you|your|ur|you_are [are|r|re] ..1 even|so|way|much prettier|cuter|hotter|more_beautiful|sexier|better ..2 irl|in_person|in_real_life|in_real',
      'been|keep|kept thinking|thinkin about|abt|bout|of you|u ..2 all_day|all_night|nonstop|non_stop|24_7|since|every|the_whole_day|all_week',
      'you|u are|r|re [looking|look|so|very] [very] sweet|cute|pretty|beautiful ..2 show|send me more|your|ur ..1 photos|pics|pictures|picture|photo',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|mom|mum|dad|grandma|grandpa|nana|aunt|uncle|teacher|coach|team|class|homework|project|exam|test|game|match|dog|cat|puppy|kitten|baby|thank_you|thanks|congrats|birthday|bday|wedding|anniversary|dress|outfit|hair|haircut|cake|art|drawing|sunset|view|trip|vacation|sorry|condolences|hospital|surgery|get_well|feel_better|funeral|interview|tryout|tryouts'],
    examples: {
      match: ['u r vry beutiful gurl', 'ur so prety', 'i bet ur even prettier irl', 'ive been thinking about u all day ngl', 'you are looking very sweet, show me more photos'],
      ignore: ['ur dog is so prety', 'been thinking about u all day, hope the surgery went ok', 'i bet ur even prettier irl bestie lol'],
    },
  },
  {
    id: 'you-seem-older',
    weight: 1,
    phrases: [
      'you|u seem|sound|act|seemed [so|way|much|a_lot|kinda|lowkey|really|mad|hella|def|definitely] older|more_mature|mature|grown|grown_up ..1 [tbh|ngl|fr|honestly|than|for|to_me|af]',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|mom|mum|dad|grandma|grandpa|teacher|coach|team|class|homework|essay|project|game|dog|cat|puppy|baby|haircut|hair|makeup|glasses|beard|suit|grad|prom|interview|job|voice_crack|on_the_phone|voicemail|in_the_video|in_the_play|character|role|play'],
    examples: {
      match: ['u seem older tbh', 'you sound so mature', 'u act way older ngl'],
      ignore: ['u seem older with the new haircut lol', 'u sound so mature in ur essay, the teacher will love it'],
    },
  },
  // round 8 (en-eg): "ur avatar is so cute", "ur voice on stream is so cute"
  {
    id: 'your-avatar-voice-cute',
    weight: 1,
    phrases: [
      'your|ur avatar|voice|pfp|profile_pic|profile_picture|smile|eyes|laugh|accent|skin ..3 is|s|so|really|super|very|too|sooo|lowkey|kinda ..1 cute|pretty|hot|gorgeous|adorable|beautiful|sexy|attractive|perfect|stunning|angelic|soft',
    ],
    unless: ['bestie|sis|girlie|bro|ily|omg|queen|slay|mom|mum|dad|grandma|grandpa|dog|cat|puppy|kitten|baby|song|cover|choir|audition|recital|singing|solo|teacher|class|lol|lmao'],
    examples: {
      match: ['hiii ur avatar is so cute', 'ur voice on stream is so cute haha', 'ur smile is lowkey gorgeous'],
      ignore: ['omg ur pfp is so cute bestie', 'ur voice in the choir solo was so pretty', 'ur dog has the cutest eyes'],
    },
  },
  // round 8 (en-eg): "u can trust me more than ur parents", "im the only one who really gets u"
  {
    id: 'only-one-who-gets-you',
    weight: 1,
    phrases: [
      'trust me more than ..1 your|ur parents|mom|mum|dad|family|friends|teachers|anyone',
      'i_am|im|i the only one|person who|that ..2 really|truly|actually gets|understands|cares_about|listens_to|knows you|u',
      'nobody|no_one|noone ..2 gets|understands|cares_about|loves|knows you|u like|the_way|as_much_as i|me',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|song|lyrics|movie|show|character|book|mom|mum|dad|grandma|grandpa|dog|cat|puppy|therapist|counselor|teacher|coach'],
    examples: {
      match: ['u can trust me more than ur parents', "i'm the only one who really gets u", 'nobody gets u like i do'],
      ignore: ['nobody gets u like i do bestie lol', 'im the only one who really gets u, ur dog doesnt count lol'],
    },
  },
  // round 8 (en-eg): "age dont matter", "we can be together when ur older", "id treat u like a princess", "if u were mine id spoil u"
  {
    id: 'age-does-not-matter-princess',
    weight: 2,
    phrases: [
      'age|ages|the_age|age_gap|age_difference|how_old_you_are|our_age|our_ages ..1 do_not|dont|does_not|doesnt|wont|will_not|never|not ..1 matter|matters|count|bother_me|a_problem|an_issue',
      'be together|date|married|official when|once|til|till|until you|u|ur|your|you_are [are|r|turn|re] older|18|eighteen|16|sixteen|legal|of_age|grown',
      'treat|spoil you|u like a|my princess|queen|goddess|baby|babygirl|baby_girl',
      'age is|s just|only a number',
      'if you|u were|was mine ..3 spoil|treat|buy|give|take_care|never_let',
      'too mature|grown|grown_up|smart|advanced|good|pretty for ..1 the|those|these boys|guys|kids|people|ppl|lads ..3 at|in|your|ur|in_your|in_ur|at_your|at_ur|your_age|ur_age',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|song|lyrics|movie|show|character|book|series|anime|celebrity|actor|actress|singer|mom|mum|dad|grandma|grandpa|nan|aunt|uncle|dog|cat|puppy|kitten|birthday|bday|friendship|friends|team|club|class|sport|league|tournament|marathon|race|climb|learn|learning|coding|job|work|wine|whisky|cheese|anyone|everyone|sign_up|signup|join|register|5k|10k|run|competition|contest|apply|eligible'],
    examples: {
      match: ['age is just a number babe', 'ur too mature for the boys at ur school', 'ur 14? thats fine, age dont matter', 'we can be together when ur older', "i'd treat u like a princess", 'if u were mine id spoil u'],
      ignore: ['age doesnt matter in the chess club, anyone can join', 'in the show they get married when shes older lol', 'ill spoil u like a princess on ur bday bestie'],
    },
  },
  // round 8 (en-eg): "i think about u all the time", "ur different, ur special", "u should be my gf", "ur gonna be a model", "too mature for the boys at ur school"
  {
    id: 'think-about-you-special-model',
    weight: 1,
    phrases: [
      'i think|thinking|dream|dreaming about|of you|u all_the_time|constantly|every_day|24_7|nonstop|every_second|every_minute|every_night|all_day|non_stop',
      'you|your|ur|you_are [are|re|r] [so] different ..2 you|your|ur|you_are [are|re|r] [so] special',
      'you|u should|could|got_to|need_to be my gf|girlfriend|bf|boyfriend|wife|babygirl|baby_girl|girl|princess',
      'you|u|your|ur|you_are [are|re|r] gonna|going_to|will|could|should [totally|deffo|definitely|so] be a|an model|supermodel|influencer|star|celebrity',
    ],
    unless: ['bestie|bff|sis|bro|lol|lmao|haha|ily|song|lyrics|movie|show|character|book|series|anime|mom|mum|dad|grandma|grandpa|nan|aunt|uncle|dog|cat|puppy|kitten|exam|test|homework|project|trip|holiday|vacation|food|pizza|game|team|class|coach|teacher|partner_for|lab_partner|group'],
    examples: {
      match: ['i think about u all the time', 'ur different, ur special', 'u should be my gf', 'ur gonna be a model fr'],
      ignore: ['i think about pizza all the time lol', 'u should be my lab partner for the project', 'ur gonna be a model in the art class drawing lol'],
    },
  },
  // round 8 (en-eg): talent and gameplay praise as an opener ("ur honestly so talented", "u play like a pro", "love ur art posts", "good face for model")
  {
    id: 'talent-and-gameplay-praise',
    // half weight: gamers and friends praise each other all the time; it only tips a conversation that has other signals
    weight: 0.5,
    phrases: [
      'you|your|ur|you_are [are|re|r] [honestly|so|really|lowkey|literally|actually|fr|ngl|like] [so|really|super|hella|crazy] talented|cracked|goated|gifted|a_natural|insanely_good',
      'your|ur gameplay|aim|skills|edits|dancing|dance|voice|vids|videos|posts|content|moves|style ..2 is|are|s|so|really|lowkey insane|amazing|fire|crazy|goated|incredible|unreal|perfect|stunning',
      'you|u play|game|dance|sing|draw|skate like a pro|god|goddess|legend|pro_player',
      'love|loved|obsessed_with|adore your|ur art|posts|videos|vids|tiktoks|tiktok|content|edits|dances|page|profile|pics|photos|feed|style|look|vibe',
      'you|u have|got [a|the] very|really|such_a|so [a] good|great|perfect|real|pretty|beautiful face|look|looks|body for model|modeling|modelling|the_camera|camera|photos',
      'most|the_most talented|beautiful|pretty|gorgeous|mature|amazing|cutest ..2 player|girl|boy|person|one|on_the_team|on_here',
      'nails|hair|eyes|smile|outfit|fit|makeup look|looks|looked so|really|super good|amazing|perfect|cute|pretty|hot|fire in that|this|your|ur pic|pics|photo|selfie|video',
    ],
    unless: ['bestie|bff|sis|bro|girlie|ily|omg|queen|slay|lol|lmao|haha|mom|mum|dad|grandma|grandpa|nan|aunt|uncle|coach_says|teacher|class|dog|cat|puppy|kitten|baby|song|cover|choir|audition|recital|concert|show|team_photo|congrats|congratulations|proud|thank|thanks|ty|thx'],
    examples: {
      match: ['heyy saw ur dance vid on tt, ur honestly so talented fr', 'how old r u btw? u play like a pro', 'hey! love ur art posts', 'You have very good face for model', 'ur nails look so good in that pic', 'great game today, ur the most talented player on the team honestly'],
      ignore: ['omg ur so talented bestie', 'love ur art posts lol ur so good', 'ur nails look so good in that pic, congrats on the comp!'],
    },
  },
  // round 8 (en-eg): "i love u, do u love me?", "ur my everything"
  {
    id: 'love-you-my-everything',
    weight: 1,
    phrases: [
      'i love you|u ..3 do you|u love me',
      'you|your|ur|you_are [are|re|r] my everything|world|whole_world|soulmate|one_and_only|forever|universe',
    ],
    unless: ['bestie|bff|sis|bro|girlie|ily|lol|lmao|haha|mom|mum|dad|grandma|grandpa|nan|aunt|uncle|dog|cat|puppy|kitten|baby_brother|baby_sister|song|lyrics|movie|show|anniversary|happy|monthsary|wedding|husband|wife'],
    examples: {
      match: ['i love u, do u love me?', 'ur my everything'],
      ignore: ['ur my everything bestie', 'ur my whole world lol love u mom'],
    },
  },
  // round 9 (en-n9g): chat-room greetings ("hey sexy", "hello handsome"), "ur eyes r unreal", "ur the best builder on this server", "real talent"
  {
    id: 'greeting-pet-names-and-eyes-r9',
    phrases: [
      'your|ur eyes|smile|lips|face are|r|look|is unreal|amazing|stunning|gorgeous|beautiful|perfect|insane|so_pretty|so_cute|mesmerising|mesmerizing',
      'you_are|your|youre|you_re the best|prettiest|cutest|greatest|most_talented ..1 builder|player|gamer|girl|boy|artist|singer|dancer|duo|teammate ..3 on|in|of this|the|my|all server|game|app|world|time',
      'real|proper|crazy|insane|so_much|serious|natural talent ..2 you|u|honestly|fr|tbh|for_real',
      'heard|saw|seen your|ur track|song|cover|vids|videos|art|drawings ..3 real|proper|so|crazy|serious|such talent|talented|amazing|sick|fire',
    ],
    unless: ['mum|mom|dad|nana|grandma|grandpa|auntie|uncle|love_mum|love_mom|love_dad|bestie|sis|bro|girls|lads|guys|everyone|all_of_you|team|class|lol_jk'],
    examples: {
      match: ['omg ur eyes r unreal', 'nice build, ur the best builder on this server honestly', 'yo heard ur track on soundcloud, real talent'],
      ignore: ['hey gorgeous girls, practice at 5!', 'hello beautiful, love mum'],
    },
  },
  {
    id: 'pet-name-greeting-r9',
    weight: 0.5,
    phrases: ['hey|hi|hello|heyy|heyyy|hiya|yo sexy|handsome|gorgeous|cutie|cutie_pie|hottie|babygirl|baby_girl|pretty_girl|pretty_boy'],
    unless: ['mum|mom|dad|nana|grandma|grandpa|auntie|uncle|love_mum|love_mom|bestie|sis|bro|girls|lads|guys|everyone|all_of_you|team|class|babe|love_you|luv_you|miss_you|miss_me|adore|husband|wife|hubby|wifey|boytoy|loverboy|man|buns|mummy|job|work'],
    examples: {
      match: ['hey sexy', 'Hello handsome 😘', 'hi cutie'],
      ignore: ['hey gorgeous girls, practice at 5!', 'Hey sexy buns ! I adore you, babe', 'hello handsome ! are you finding that job ?'],
    },
  },
  {
    id: 'mature-af-r9',
    phrases: [
      'mature|grown|grown_up|wise ..1 af|asf|as_hell|for_real|fr|for_ur_age|for_your_age',
    ],
    unless: ["parents_evening|parent_teacher|report_card|mrs|teacher_said|said_so", 'lol_jk|not|isnt|is_not|so_immature|cheese|wine|tree|trees|plant|content|rated|rating|audience|film|movie|game'],
    examples: {
      match: ['u built different fr, mature af', 'ur grown af fr'],
      ignore: ["ur so mature for ur age, mrs k said so at parents evening", 'that film is rated mature af lol'],
    },
  },
  {
    id: 'you-dont-act-your-age-r10',
    phrases: [
      'you|u do_not|dont act|seem|sound|talk|look|text|type [like] [a|an] #|your_age|ur_age',
      'you|u act|seem|sound|talk|text|type [way] older|more_mature|so_mature|like_an_adult|like_a_grown ..2 than|for #',
    ],
    unless: ['birthday|bday|cake|candles|party|gift|grandma|grandpa|nana|mum|mom|dad|teacher|miss|sir|mr|mrs|ms'],
    examples: {
      match: ['u dont act 13 at all', 'you dont seem 14 tbh'],
      ignore: ['u dont look 40 mum, happy birthday'],
    },
  },
  {
    id: 'good-for-your-age-r11',
    weight: 1,
    phrases: [
      'so|really|actually|crazy|insanely|very|too|proper ..2 good|talented|skilled|advanced|pretty|fit|hot|developed|mature|gorgeous for your|ur|ya age',
      'way|much|so more|much_more mature|grown|grown_up|developed than your|ur|ya age',
      'i [keep] forget|forgetting|forgot ..3 you|u are|re|r [only] #',
    ],
    unless: ['grandma|grandpa|nana|granny|teacher|coach|mum|mom|dad|dog|cat|puppy|essay|homework|grade|grades|exam|test|report|book|class|school'],
    examples: {
      match: ['ur beats are actually so good for ur age', 'ur way more mature than ur age tbh, i keep forgetting ur only 14'],
      ignore: ['ur essay is really good for ur age, says the teacher', 'my dog is so fit for his age'],
    },
  },
  // round 18 (en-n18): UK "ur actually rly fit ngl", coach "ur body is already looking great"
  {
    id: 'rly-fit-body-looking-great-r18',
    phrases: [
      'you_are|youre|your|ur|u_r [actually|rly|really|so|proper|well|lowkey|highkey|ngl|dead|bare] actually|rly|really|so|proper|well|lowkey|highkey|dead|bare fit|peng|buff|leng|gorgeous|stunning',
      'your|ur body ..3 looking|looks|is|already ..1 great|amazing|perfect|fire|incredible|unreal|insane|so_good|sexy|hot',
    ],
    unless: ['gym_bro|training_plan|marathon|race|5k|10k|recovery|injury|physio|doctor|nurse|pregnan*|baby|post_surgery|after_surgery|after_the_op|healing|that_dress|that_outfit|the_dress|the_outfit|the_fit|your_fit|ur_fit|fit_check|haircut|hair|nails|makeup'],
    examples: {
      match: ['ur actually rly fit ngl', 'its totally normal for clients. ur body is already looking great btw', 'ur proper peng'],
      ignore: ['ur body is looking great after the op, healing well', 'ur fit check is so good, that outfit!!'],
    },
  },

  // round 19 (en-n19): "ur builds r insane for ur age", "ur the only one who gets me", "nothing about u is ugly"
  {
    id: 'insane-for-your-age-r19',
    phrases: [
      'insane|crazy|amazing|incredible|talented|skilled|advanced|cracked|goated|gifted|smart|so_good|really_good ..4 for your|ur age',
      'you|u|your|ur [are|r] the only one|person ..3 who|that [really] gets|understands|listens_to|cares_about me',
      'nothing about you|u is|s ugly|bad|wrong|boring',
      'way|so|much more mature|chill|grown|different|interesting|real ..2 than the|other ..1 ppl|people|girls|guys|kids|ones',
    ],
    unless: ['lol|haha|lmao|bro|bruh|dude|mom|mum|dad|grandma|grandpa|teacher|coach|therapist'],
    examples: {
      match: ['ur builds r actually insane for ur age, u could get hired by a studio', 'honestly ur the only one here who gets me too', 'nothing about u is ugly trust', 'ur way more chill than the ppl in my world'],
      ignore: ['bro ur cracked for ur age lol', 'nothing about u is ugly lmao stop'],
    },
  },
  // round 23 (en-n23): "u seem so chill for ur age", "ur my lil one now", "wow so smart"
  {
    id: 'so-chill-for-your-age-r23',
    phrases: [
      'so|really|super|hella|mad|lowkey|proper|well chill|cool|smart|funny|pretty|grown|wise|calm|deep|clever|talented|good ..2 for your|ur|a age|kid|youngster|#_year_old',
      'your|ur|you_are|u_are|youre|you_r|u_r my lil|little one|princess|baby|angel ..1 now',
    ],
    unless: ['my_mum|my_mom|nana|gran|grandma|auntie|uncle|dad|grandpa|coach|sir|miss|for_a_beginner|for_a_first_try|for_your_first|for_ur_first|for_a_rookie|for_the_price|for_the_money|your_age_group|age_group|under_12_s|under_14_s'],
    examples: {
      match: ['u seem so chill for ur age. ur like 15?', 'well ur my lil one now 🥺'],
      ignore: ['ur so good for ur age group, see u at training - coach', 'thats so good for a first try'],
    },
  },
  // round 27 (en-n27): a tutor or coach singling the teen out — "you're honestly my brightest student", "i've been thinking about you a lot"
  {
    id: 'my-favourite-student-r27',
    phrases: [
      'you|u are|re|r [honestly|literally|definitely|easily|by_far|def|deffo|always|secretly] my favourite|favorite|fave|brightest|best|most_special|special ..1 student|pupil|player|one|girl|boy|kid|athlete|swimmer|dancer|camper|member|gymnast|scout',
      'your|ur [honestly|literally|definitely|easily|by_far|def|deffo|always|secretly] my favourite|favorite|fave|brightest|most_special ..1 student|pupil|player|one|girl|boy|kid|athlete|swimmer|dancer|camper|member|gymnast|scout',
      'your|ur [honestly|literally|definitely|easily|by_far|def|deffo] my best student|pupil|player|athlete|swimmer|dancer|gymnast',
      'i [have] been thinking about you|u ..2 a_lot|all_day|all_week|nonstop|constantly|every_night|so_much|loads',
    ],
    unless: ['all_of_you|you_all|you_guys|everyone|team|squad_did|class_did|lol|haha|jk|joking|kidding|cat|dog|puppy|character|pokemon|player_in_the_game|on_the_show|in_the_show|your_grandma|your_nan|your_mum|your_mom|your_dad|get_well|recovery|surgery|hospital|funeral|sorry_for|condolences|exam_results|results|interview|audition'],
    examples: {
      match: ["you're honestly my favourite student", 'ur my best player tbh', 'i have been thinking about u a lot this week'],
      ignore: ['you are all my favourite students, well done everyone', 'ive been thinking about u a lot since the surgery, hope recovery goes well'],
    },
  },
  // round 27 (en-n27): an older sibling's friend — "ur so grown up now"
  {
    id: 'so-grown-up-now-r27',
    phrases: [
      'you|your|ur [are|re|got|have_got|look|looking] [so|really|all|proper|well] grown_up|grownup|grown ..2 now|since|these_days|lately|last_summer|last_time',
    ],
    unless: ['aunt|auntie|uncle|nan|gran|grandma|grandpa|nana|granny|grandad|cousin|mum|mom|dad|godmother|godfather|teacher|miss|sir|photo_of_you_as_a_baby|baby_photo|when_you_were_little|time_flies|proud'],
    examples: {
      match: ['ur so grown up now', 'you got so grown up since last summer', 'u look proper grown up these days'],
      ignore: ['you are so grown up now, your nan is so proud', 'you look so grown up now, time flies, love auntie'],
    },
  },
  // round 30 (en-n30): "ur honestly more grown up than anyone my age"
  {
    id: 'more-grown-up-than-anyone-my-age-r30',
    phrases: [
      'more|way_more|much_more|so_much_more grown_up|grownup|mature|adult|sensible|switched_on ..1 than ..3 anyone|anybody|people|most|everyone|girls|boys|guys|women|men|adults|lads|kids ..2 my|your|ur age',
    ],
    unless: ['essay|writing|answer|answers|story|drawing|art|painting|handwriting|brother|sister|twin|the_dog|the_cat'],
    examples: {
      match: ['proud of u. ur honestly more grown up than anyone my age', 'ur way more mature than most girls my age', 'you are more switched on than people my age'],
      ignore: ['your essay is more mature than anyone your age could write', 'your brother is more mature than most boys your age'],
    },
  },
  // round 30 (en-n30): "ur the only one there who actually gets me"
  {
    id: 'only-one-who-gets-me-r30',
    phrases: [
      'you|u|your|ur [are|re|r] the only one|person ..3 who|that|whos [actually|really|truly|even] gets|understands|listens_to|understand|get me',
    ],
    unless: ['lol|haha|lmao|bro|bruh|sis|bestie|bff|girl|mate|hw|homework|maths|math|chemistry|physics|class|question|joke|meme|reference|song'],
    examples: {
      match: ['ur the only one there who actually gets me', 'you are the only person who really understands me'],
      ignore: ['ur the only one who gets me lol', 'you are the only one who gets the maths homework'],
    },
  },
  // round 33 (en-n33): a stranger praising a voice ("you have a great voice from your tiktok")
  {
    id: 'you-have-a-great-voice-r33',
    weight: 0.5,
    phrases: [
      'you|u|your|ur have|got|has [a|such_a|the] [really|so|very|super|literally|honestly] great|amazing|beautiful|lovely|gorgeous|sexy|cute|perfect|hot|incredible voice',
      'love|loved|obsessed_with your|ur voice',
    ],
    unless: ['choir|teacher|coach|concert|karaoke|recital|grandma|grandpa|nan|mum|mom|dad|sis|bro|bestie|lol|haha|lmao|your_brother|your_sister|baby|dog|cat|parrot|bird'],
    examples: {
      match: ['yes you have a great voice from your tiktok', 'ur voice is so cute, u have a perfect voice', 'love your voice honestly'],
      ignore: ['the choir teacher said you have a great voice', 'lol u have a great voice for karaoke'],
    },
  },
  // round 37 (en-n37): an adult telling a child they look older than their age
  {
    id: 'you-look-older-in-pic-r37',
    weight: 1,
    phrases: [
      'you|u|ye|ya look|looked|looks|seem ..2 older|more_grown|grown_up|more_mature|mature ..2 in|on your|ur|yer|the pic|pics|photo|photos|picture|pictures|pfp|profile|selfie|selfies|avatar|story|vids|videos',
      'you|u|ye|ya could_pass_for|can_pass_for|pass_for|look|looks [at_least|like|about] 16|17|18|19|20|21|way_older',
    ],
    unless: ['lol|lmao|haha|mom|mum|dad|grandma|grandpa|teacher|coach|class|yearbook|graduation|grad|prom|wedding|makeup|haircut|glasses|beard|suit|costume|filter|baby|lighting|angle|passport|id_photo'],
    examples: {
      match: ['ye look older in yer pic', 'u look so much older in ur pfp', 'u could pass for 18 easily'],
      ignore: ['u look older in ur yearbook photo lol', 'you look older with that haircut in the pic'],
    },
  },
] satisfies PatternEntry[];
