import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      '@iwill [just] [now] post|posting|leak|leaking|upload|uploading|publish|spread|expose|broadcast|blast ..4 to|with|on|2 [all|every|each] [of] your @audience',
      '@iwill [just] [now] send|show|share|forward [your|ur|the|those|these|all|all_your|all_ur] @nude|video_of_you|pics_of_you|videos_of_you ..4 to|with|2 [all] your|ur @audience',
      '@iwill ..3 to|with|2 all|every|each [of] your|ur @audience',
      'if you|u do_not|dont|refuse|block|ignore|report|tell|leave|stop|try ..6 @iwill|i ..2 send|show|share|forward ..4 to|with|2 your @audience',
      '@share ..4 to|with|2 your|ur @audience ..4 if|unless|when|once you|u',
      'i_am|im|am [now] [literally] sending|posting|uploading|leaking|sharing|forwarding|showing [your|ur|the|those|these|all] @nude ..4 to|with|on|2 [all] [of] your @audience',
      '@iwill dm|message|text|email|mail|contact|tag all|every [of] your|ur @audience',
      '@iwill dm|message|text|email|mail your|ur followers|contacts|friends_list|friend_list|classmates|contact_list|whole',
      'will|gonna|going_to|is_going_to|about_to be sent|posted|leaked|shared|uploaded|forwarded|published ..3 to|on|with your|ur|everyone|everybody|all|every',
      'block|ignore|report me and|then|n ..3 @share|post|leak|sees|goes|expose|go_out|go_up|go_public|go_viral|everyone_sees|everyone_will_see',
      'if you|u do_not|dont|refuse|block|ignore|report|tell|leave|stop ..6 i|ill|everyone|@iwill ..2 post|leak|expose|upload|publish|spread|send_it_to|send_them_to|share_it|share_them|show_everyone|show_your',
      'fake account|profile|page|insta|instagram ..4 @share|post|leak|upload|with_your|of_you|your_pics|your_nudes',
      '@iwill ..2 @share|put ..4 on|to|across every|all|all_the social|socials|social_media|platforms|sites|websites|apps',
      '@share your|ur ..3 on|to|across every|all|all_the social|socials|social_media|platforms|sites|websites',
      'all_your|all_ur|all_of_your|every_one_of_your|your_whole|ur_whole @audience ..3 will|gonna|going_to|are_going_to|about_to|is_going_to ..2 see|get|know|find_out|receive|watch',
      'make_sure|making_sure all_your|all_ur|all_of_your|every_one_of_your|your_whole|ur_whole|your|ur @audience ..2 see|sees|get|gets|know|knows|finds_out|find_out|receive|watch',
      'do_you_want|you_want|want|want_to|would_you_like your|ur @audience to see|know|find_out|get|receive|watch',
      '@share ..4 to|with everyone|everybody|every1|anyone you|u follow|love|care|follows',
      'imagine|think_about ..3 your|ur @audience ..4 see|seeing|sees|find_out|finding_out|reaction|face|faces|when_they',
      '@iwill tag you|u ..4 everyone|everybody|all|so',
      '@iwill [just] [now] @share ..4 to|with everyone|everybody|every1|everyone_you_know|all_your',
      'going_to|gonna|will|about_to @share ..4 to|with all [of] your @audience',
      '@share it|them|everything|your|ur|the_video|the_pics|the_videos|the_pictures|the_photos|these|those ..4 to|with all [of] your followers|contacts|friends|family|classmates|relatives|friends_list|friend_list|contact_list',
      '@share ..4 to|with everyone|everybody|every1 on|in|at your',
      'or|else|otherwise i|ill|@iwill|your|ur [will] @share ..4 to|with|on your @audience|instagram|story|profile|page',
      '@iwill ..6 tag ..2 your|ur|all_your|all_ur @audience',
      '@share ..4 to|with your|ur whole|entire @audience',
      '@iwill [just] @share ..3 everyone|everybody|every1 at|in|on|from your|ur',
      '@iwill [just] @share ..3 all_your|all_ur|your_whole|ur_whole|every_one_of_your @audience',
      'start|begin|keep sending|posting|leaking|sharing|forwarding|showing|dming|messaging|texting|emailing|tagging|blasting|spamming|uploading|dropping ..4 to|with|in [all] your|ur @audience|dms|inbox|inboxes',
    ],
    unless: ['music_taste|taste_in_music|playlist|spotify|wrapped|hot_take|hot_takes|search_history|screen_time|cringe_era|got_an|got_a_b|a_plus|gorgeous|flowers|beautiful|amazing|haircut|new_hair|hair|congrats|congratulations|well_done|great_job|you_look_great|u_look_great', 'they_threaten|they_threatened|threaten_to|threatens_to|threatened_to|then_they_threaten|they_threaten_to', 'surprise_party|about_the_surprise|the_surprise|for_the_surprise', 
      'will_love|going_to_love|love_it|love_this|love_them|so_proud|proud|so_cute|adorable',
      'recipe|invite|invitation|invites|link|schedule|homework|notes|revision|revise|lecture|lectures|lessons|students|zoom|messy|your_room|ur_room|like_this|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|book_report|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|grades|tickets|address|number|email',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|books|puppy|dog|cat|gift|present|cake|keys|jacket|hoodie|charger|money|cash|bike|car|ride|cookies|food|dinner|lunch|drawing|art|song|recital|baby',
      'when_someone|when_somebody|someone_says|somebody_says|like_when|sextortion|tell_an_adult|trusted_adult',
      // r9 (en-n9t): a friend quoting the scam script as a warning
      'heads_up|going_round|going_around|theres_a_scam|there_is_a_scam|new_scam|scam_alert|dm_saying|dms_saying|messaged_me_saying|people_saying|saying_they|pretending_to_be|pretend_to_be|then_say|then_they_say|they_say|say_they|what_do_i_do|what_should_i_do|should_i_pay',
      'fall|fell|falling|slipped|tripped|wiped_out|wipe_out|dancing|singing|scored',
    ],
    examples: {
      match: [ "I will send your nudes to everyone on your friends list", 'answer me before i start dming them to ur followers', "if you dont pay im sending it to your whole family", 'report me and they go out faster', "im going to post your video on every social media", "I'm going to make sure all your followers see this",
        'I will send your nudes to your family',
        "i'll send them to all ur followers",
        'pay or I send it to all your friends',
        'i will send it to ur mom and dad if u block me',
        'imma post it and tag your parents',
        'i will leak ur pics to everyone you know',
        'send them to all your contacts',
        'or i share it with ur whole school',
        'i will show everyone at your school',
      ],
      ignore: ["i'll expose ur bad music taste to everyone lmao", "think about how your parents will see it, you got an A!", "ur whole school is going to see this haircut tomorrow lmao", "then they threaten to send them to ur family unless u pay", "sending it to your whole family group chat rn, theyll love it",  'like when someone says pay me or ill send ur pics to everyone',
        "heads up theres a scam going round. ppl dm saying 'i have ur pics, pay me or i send them to ur followers'",
        'imagine ur coach seeing u fall on the ice lol',
        'can you send it to your mom too',
        'i will send the invite to your parents',
        'gonna send it to everyone in the group chat',
        'please forward this form to your parents',
        'imagine your mom seeing your room like this',
        'the recording of the zoom class will be sent to all students',
        "i'll send the pics from the trip to your mom",
        'send it to me pls',
      ],
    },
  },
  {
    id: 'post-it-online',
    phrases: [
      '@iwill [just] @share|put|make ..3 online|everywhere|internet|pornhub|xvideos|porn|viral|public',
      '@iwill [just] @share|put ..4 on your instagram|story|page|profile|wall|feed|timeline|account|tiktok|facebook|snapchat|fb|twitter',
      'or|else|otherwise i|ill|@iwill [will] @share|put|leak ..3 it|them|everything|this|that|those|these|your|ur|what|the_video|the_pics|the_pictures|the_photos|all',
      '@share|leak ..2 your|ur|the|those|these @nude',
      '@nude ..3 will_be|gonna_be|going_to_be|end_up|go|goes|going|get|gets ..3 public|viral|online|everywhere|internet|all_over|leaked|everyones|everyis|everybodys|every_phone|everyone|everybody|every1',
      'your_pics|your_video|your_photos|ur_pics|ur_video|your_videos|your_pictures ..3 will_be|gonna_be|going_to_be|end_up|go|goes|get|gets ..3 public|everywhere|internet|all_over|leaked',
      'or|else|otherwise ..5 go|goes|going|will_be|become|becomes public|viral|online',
      'make|making you [go] viral|famous ..3 for|with|the_wrong_way|bad_way|in_a_bad_way',
      '@iwill make ..2 you|it|them|this go_viral|viral',
    ],
    unless: ['episode|villain|movie|film|series|season|character|netflix|scene|plot|tv_show', 'what_do_i_do|what_should_i_do|should_i_pay|is_this_real|is_this_a_scam|never_even_sent|heads_up|pretending_to_be|going_round|going_around', 'lipstick|nude_lipstick|palette|heels|polish|nail_polish|shade|order_arrived|foundation|makeup|cooking|so_good|your_videos|ur_videos|content|followers|dance|dancing|singing|talent|proud|choreo|art|drawing|drawings|song|cover|recipe|schedule|results|vlog|blog|my_video|my_pics|meme|memes|reel|trailer|project|tutorial|playlist|album|event|group|server|channel|poll|calendar|announcement|homework|assignment|essay|notes|photos_from|pics_from|party|trip|game|match', 'never|should_not|shouldnt|careful_not_to @share', 'do not post|leak|share|upload|publish|spread', 'tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever|anyone_ever|scammer|scammers|as_a_joke|when_people|people_say|people_who_say|hate_when|when_someone|when_somebody|someone_says|somebody_says|like_when|sextortion',
      // round 31 (en-n31): a sibling's "or i show mum ur report card"
      'report_card|report_cards|school_report|grades|detention|baby_pic*|baby_photo*|baby_video*|search_history|browser_history|diary|text_history|screen_time'],
    examples: {
      match: [ "your nudes will be all over the internet", "i will leak ur nudes", "I'll upload it to porn sites", "I will make your nudes go viral",
        'I will post it online',
        'more pics. or i post what i have',
        'or else i leak everything',
        'ill upload the video on pornhub',
        'your nudes go public in 1 hour',
        'pay or it goes viral',
        'i will post it on your insta',
        'im gonna leak your nudes',
        'i will make you go viral',
      ],
      ignore: ["i'm sending your nudes... lol jk i mean your nude lipstick order arrived",  'like when someone says pay me or ill send ur pics to everyone',
        'i will post my art online later',
        'i will make it viral on tiktok, your dance is so good',
        'i can make you internet famous, your cooking videos are so good',
        'your video is going viral!!',
        'never post your nudes online',
        "i hate when people say i'll leak your nudes as a joke, its not funny",
        'i posted the meme everywhere lol',
        'or maybe we post the vlog tomorrow',
        'give me ur fries or i show dad ur report card',
        'do the dishes or i post ur baby pics 😂',
      ],
    },
  },
  {
    id: 'everyone-will-see',
    phrases: [
      'everyone|everybody|every1|all_your_friends|all_your_followers|your_whole_school|the_whole_school ..3 will|going_to|gonna|is_going_to|are_going_to ..2 see|watch|get|receive ..2 your|ur|the @nude|body|video_of_you|pics_of_you|naked',
      'or|else|otherwise|and|or_else ..3 everyone|everybody|every1|the_whole_school|all_your_friends will|gonna|going_to|is_going_to|gon see|know|find_out',
      'your|ur|all_your @audience ..3 will|going_to|gonna|are_going_to|is_going_to|gon ..2 see|receive|watch|get ..3 what_a|what_you|who_you|everything|the_video|the_pics|your_pics|your_video|your_body|you_naked|these|those|nice_video|special_video|little_video|video_of_you|pics_of_you',
      'everyone|everybody|every1|all_your_followers|your_family|your_parents|your_friends will|are_going_to|going_to ..2 see|watch ..2 your @nude|body',
      'your @audience ..2 will|going_to|gonna|are_going_to ..2 see|get|receive|watch your|ur @nude|video|videos|pics|body|dick|boobs',
      'or|else|otherwise|and|then everyone|everybody|every1|all_your_friends|all_your_followers|your_family|your_parents sees|see|gets|get|will_see|will_get|finds_out|will_know ..2 it|them|this|everything|your|ur|what|the',
      'everyone|everybody|every1 ..4 will|going_to|gonna ..2 know|see ..3 what_you_did|what_you_sent|what_you_do|who_you_really_are|the_real_you',
    ],
    unless: ["garden|talent_show|drawings|drawing|loves|so_pretty|proud|recital|performance", 
      'surprise|mom_gets_home|before_mom|gift|present|cake|decorations',
      'talented|talent|proud|amazing|awesome',
      'lol|lmao|haha|tiktok|channel|youtube|story|blowing_up|famous|tomorrow|tmrw|tonight|show|game|performance|play|concert|movie|trailer|announcement|meme|haircut|hair|outfit|dress|costume|new|recital|grades|results|prom|party|goal',
    ],
    examples: {
      match: [ "everyone will see your nudes", "Your family will receive the video in 10 minutes", "your friends are going to see what a slut you are", "your mom is going to get a nice video",
        'or everyone sees them',
        'everyone at your school will see your nudes',
        'your whole school will see your nudes',
        'your parents will see the video',
        'everybody will know what you did',
      ],
      ignore: ["ur mum is going to see everything u did in the garden, its so pretty", "hurry up or everyone sees the surprise before mom gets home", "everyone will know the real you, so talented", 
        'everyone will see your haircut tomorrow',
        'everyone is going to see the show',
        'your parents will see it on the school website lol the play was great',
      ],
    },
  },
  {
    id: 'ruin-your-life',
    phrases: [
      'enough|needed|everything|able|power|what_i_need ..3 to ruin|destroy|end your|ur life|reputation|future',
      'i_am|im|i_will|ill going_to|gonna|about_to|to ruin|destroy|end you|u',
      '@iwill ruin|destroy you|u',
      'say goodbye|bye to your|ur reputation|life|future|friends|dignity|social_life|career|school',
      '@iwill [literally] ruin|destroy|end your|ur life|reputation|future|career|relationship|rep',
      'your|ur life ..2 will_be|is|is_going_to_be|going_to_be over|ruined|finished|destroyed ..3 if|when|unless|once',
      'your|ur life is over',
      '@iwill expose|leak you|u ..3 to|on|everywhere|online|if|unless',
      '@iwill expose you|u',
      'your reputation ..2 will_be|is|going_to_be ..2 ruined|destroyed|gone|over',
    ],
    unless: ['again|once_again|all_over_again', 'kingdom|realm|empire|traitor|the_king|the_queen|the_council|the_court|your_majesty|my_lord|my_liege|the_throne', 'cheat*|lying|lie|lies|simp|uninstall|uninstalls|ragequit|rage_quit|controller|respawn|headshot*|vbucks|battle_pass|team|whole_team|squad|clan|guild|lol|lmao|lmfao|haha|hahaha|jk|joking|gg|ez|next_round|rematch|1v1|lobby|ranked|noob|game|fortnite|minecraft|roblox|spoiler|test|exam|homework|grades|going_down|bring_it', 'base|this_time|next_time|in_game|on_the_court|on_the_field|at_chess|chess|fifa|court|field|pitch|race|tournament|scrim|scrims|kd|elo|map|level|boss|build|score|points|wins|rank|server|round|match|raid|pvp|smash|mario_kart|tennis|ping_pong|debate|quiz|trivia|bowling|golf|pool_table|arm_wrestling', 'you_are_going_to|you_will|you_are_gonna|your_going_to|you_are_gon ruin|destroy'],
    examples: {
      match: [ "say goodbye to your reputation", "I have your nudes and everything needed to ruin your life", "Im gonna expose you on instagram", "if you dont pay im going to ruin you",
        "I'll ruin your life",
        'i will destroy your reputation',
        'your life will be over if u block me',
        'imma expose you',
        'i will expose you online',
        'your life is over',
      ],
      ignore: [ "i'm gonna destroy u again, bring ur best",  "i'm gonna destroy u and ur whole team", 'im gonna destroy u so bad u uninstall', 'im gonna destroy u this time, ur base is mine',
        'this test is going to ruin my life',
        'im gonna expose you for cheating lol',
        'you are going to ruin your life if you skip school',
        'my life is over lmao i failed',
      ],
    },
  },
  {
    id: 'plain-send-or-see',
    weight: 2,
    phrases: [
      'everyone|everybody|your_mom|your_dad|your_parents|your_family|your_school|your_friends|your_followers ..2 is|are getting|receiving|gets|get ..2 them|it|this|the_video|the_pics|your ..2 tonight|today|soon|in|unless|if|now|tomorrow',
      '@iwill [just] [now] @share ..4 to|with|on|2 [all|every|each] [of] your @audience',
      'i_am|im|am [now] [literally] sending|posting|uploading|leaking|sharing|forwarding|showing ..4 to|with|on|2 [all] [of] your @audience',
      '@iwill @share everyone|everybody|every1|all_your_friends|your_family|your_parents|your_mom|ur_mom|your_dad|ur_dad ..3 the|it|them|your|ur|this|those|what',
      'want|do_you_want|should|shall me|i to|i ..2 @share ..4 to|with your|ur @audience',
      'ready to @share ..4 to|with your|ur @audience|everyone|everybody',
      'everyone|everybody|every1|everyone_you_know|all_your_friends|all_your_followers|your_whole_school|the_whole_school|the_whole_world|whole_world|your_family|your_parents ..3 will|going_to|gonna|is_going_to|about_to|gon|gna|gunna ..2 see|know|watch|get|receive ..2 it|them|this|that|everything|your|ur|what|how|you|u|the_video|the_pics',
      '@share ..4 to|with everyone|everybody|every1|anyone you|u know',
    ],
    unless: [
      'recipe|invite|invitation|invites|link|schedule|homework|notes|revision|revise|lecture|lectures|lessons|students|zoom|messy|your_room|ur_room|like_this|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|grades|tickets|address|number|email|asked|wanted|she_asked|he_asked|they_asked',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|books|puppy|dog|cat|gift|present|cake|keys|jacket|hoodie|charger|money|cash|bike|car|ride|cookies|food|dinner|lunch|drawing|art|song|recital|baby|lol|lmao|haha|tiktok|channel|youtube|insta|instagram|website|yearbook|show|play|movie|trailer|meme|haircut|outfit|dress|prom|goal', 'assembly|talent_show|showcase|dance_video|dance_recital|performance|so_proud|proud_of|you_were_amazing|u_were_amazing|killed_it|slayed|got_an|got_a_b|a_plus|congrats|congratulations'],
    examples: {
      match: [ "ill send the pics to ur school", "I already have the video ready to send to your family and friends", "I'm gonna send this to your parents", "i'll send it to your school principal",'I will send it to your family', 'im sending it to ur mom and dad right now', 'every1 is gonna see them', 'want me to send this to your mom?'],
      ignore: ['everyone at school is going to see your dance video at the assembly, you were amazing', "i'll send the pics to your mom, she asked for them", 'everyone is going to see it on the school insta', 'i will send the invite to your parents'],
    },
  },
  {
    id: 'or-it-goes-out',
    phrases: [
      'or|else|otherwise|if_not [the|your|ur|those|these|that|this|my|all|all_the|all_your|all_ur] video|videos|pics|pictures|photos|nudes|clip|clips|it|its|they|everything|screenshots|chats|recording ..2 goes|go|going|gets|get|will_go|will_be|is_going|are_going|will_get ..2 out|up|live|online|public|viral|everywhere|posted|leaked',
      '@nude|it|its|they|them|video|videos|pics|pictures|photos|your|ur|everything ..3 on|to|onto|all_over pornhub|xvideos|xhamster|porn_sites|porn_site|porn_websites|a_porn_site|onlyfans',
    ],
    unless: ['website|school_website|portal|yearbook|newsletter|bulletin|noticeboard|notice_board|without|part|file|files|project|edit|render|price|prices|cost|fee|bill|rent|mail|package|trash|garbage|bin|stream|premiere|youtube|channel|twitch|game|lights|power|fire|candle|sun|wifi|internet_goes|light|tire|battery|newsletter|late|sale|stock|tickets|deal|order|scam|fake|report|never|do_not|should_not'],
    examples: {
      match: ['send 200 on cashapp in the next hour or its going out', 'last chance. u pay or the video goes up', 'pay or the pics go online', 'no money = its on pornhub with ur name and school', 'or your nudes end up on pornhub'],
      // (an offer like "i can make u famous on onlyfans" is an offer, not a threat)
      ignore: ['send the file or the video goes up without your part', 'buy it now or the price goes up', 'hurry or the stream goes live without you', 'take out the trash or it goes out late'],
    },
  },
  {
    id: 'or-im-sending-it',
    phrases: [
      'or|else|otherwise|if_not [i|ill|@iwill|i_am|im] [just] [now] [am] sending|posting|leaking|showing|forwarding|send|post|leak|show|forward|share|sharing|upload|uploading ..6 to|with|on your|ur|all_your|all_ur @audience',
    ],
    unless: [
      'recipe|invite|invitation|invites|link|schedule|homework|notes|revision|revise|lecture|lectures|lessons|students|zoom|messy|your_room|ur_room|like_this|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|grades|tickets|address|number',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|books|puppy|dog|cat|gift|present|cake|keys|jacket|hoodie|charger|bike|car|ride|cookies|food|dinner|lunch|drawing|art|song|recital|baby|lol|lmao|haha',
      // r9 (en-n9t): a friend quoting the scam script as a warning
      'heads_up|going_round|going_around|theres_a_scam|there_is_a_scam|new_scam|scam_alert|dm_saying|dms_saying|messaged_me_saying|people_saying|saying_they|pretending_to_be|what_do_i_do|what_should_i_do|should_i_pay|tell_an_adult|trusted_adult',
    ],
    examples: {
      match: ["send me another vid or i'm sending the one i have to ur followers", 'pay or i send it to all your friends', 'answer me or im posting them on your school page'],
      ignore: ['answer or im sending the trip pics to your mom lol', 'reply or ill send the invite to your parents', "heads up theres a scam going round. ppl dm saying 'i have ur pics, pay me or i send them to ur followers'"],
    },
  },
  {
    id: 'audience-gets-a-message',
    phrases: [
      'or|else|otherwise [your|ur] @audience ..2 get|gets|receive|receives|will_get|will_receive|are_getting|is_getting|see|sees|will_see ..3 a|an|the|some|it|them|everything|this|that|those|my ..2 email|mail|message|dm|dms|text|video|surprise|package|pics|link|copy|nice|little|special|gift|present',
    ],
    unless: ['mothers_day|fathers_day|christmas|xmas|present|gift|valentine*', 'from_coach|from_the|from_school|from_the_school|from_your_teacher|coach|teacher|principal|counselor|game|match|trip|took_at|i_took|concert|recital|yearbook|prom|school_office|detention|absence|attendance|late|grades|report|form|homework|assignment|fees|permission|tardy|notice|reminder|newsletter|birthday|bday|christmas|xmas|thank|thanks|invite|invitation|party|lol|lmao|haha|jk'],
    examples: {
      match: ['or ur parents get a nice email tonight', 'otherwise your school gets a little video', 'or your followers get the link'],
      ignore: ['answer me or ur mum gets a nice surprise for mothers day', 'hand in the form or your parents get an email from the school office', 'or your mom gets a birthday present from me lol', 'or your parents get an email from coach'],
    },
  },
  {
    id: 'everyone-on-your-list',
    phrases: [
      'everyone|everybody|every1|everyone_you_know ..1 on|in|at|from your|ur ..2 followers|following|contacts|contact_list|friends_list|friend_list|follower_list|followers_list|list|snap|snapchat|instagram|tiktok|facebook|fb|phone ..2 will|going_to|gonna|is_going_to|are_going_to|about_to|gon ..2 see|get|receive|watch|know ..3 it|them|this|that|everything|your|what_you|you_naked|naked|nude|@nude',
    ],
    unless: [
      'recipe|invite|invitation|invites|link|schedule|homework|notes|revision|revise|lecture|lectures|lessons|students|zoom|messy|your_room|ur_room|like_this|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|grades|tickets|address|number|email|asked|wanted',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|gift|present|cake|drawing|art|song|recital|baby|lol|lmao|haha|tiktok|channel|youtube|website|yearbook|show|play|movie|trailer|meme|haircut|outfit|dress|prom|goal|won|win|news|announcement|speech|post',
    ],
    examples: {
      match: ['i have ur video from last night. every1 on ur followers list gonna see it', 'everyone in your contacts is going to get it', 'everybody on your snap will see it'],
      ignore: ['everyone at your school is going to see the play tomorrow', 'everyone in your class will get the invite', 'everyone in your class is going to see it at the assembly'],
    },
  },
  {
    id: 'everyone-sees-you-naked',
    phrases: [
      'everyone|everybody|every1|everyone_you_know|all_your_friends|all_ur_friends|your_whole_school|ur_whole_school|the_whole_school|your_whole_class ..5 will|going_to|gonna|is_going_to|are_going_to|about_to|gon ..2 see|know|watch ..4 naked|nude|@nude|without_clothes|with_no_clothes|undressed',
    ],
    unless: ['play|costume|lol|jk|haha|lmao|skit|musical|statue|painting|art|museum|locker_room|changing_room|movie|show|scene|beach|nudist|dream|nightmare|sunburn|baby'],
    examples: {
      match: ['everyone at lincoln high is gonna know what u look like naked', 'your whole school is going to see you naked', 'everybody will see your nudes'],
      ignore: ['everyone is going to see the naked statue at the museum', 'i had a nightmare everyone saw me naked', 'everyone is going to see you naked in the school play lol jk its a costume'],
    },
  },
  {
    id: 'want-me-to-post-it',
    weight: 2,
    phrases: [
      'want|should|shall me to @share|put|post ..6 [and] tag|send_it_to|show ..2 all|every|everyone|everybody|your_whole|ur_whole',
      'want|should|shall me|i [to] @share|put|post ..3 it|them|this|that|everything|your_pics|ur_pics|the_video ..2 on|to your|ur instagram|story|page|profile|feed|snapchat|tiktok|facebook|school_page',
      'want|should|shall me|i [to] @share|put|post ..3 to|with everyone|everybody|every1|all_your|all_ur|your_whole|ur_whole',
      'want|should|shall me|i [to] tag your|ur @audience ..2 in|on it|them|this|that|the_video|the_pics|everything',
    ],
    unless: ['party|trip|vacation|holiday|game|match|team|group|birthday|bday|wedding|concert|prom|graduation|us|we|our|of_us|meme|art|drawing|cake|dog|cat|puppy|recipe|song|cover|edit|project|fundraiser|charity|flyer|event|announcement'],
    examples: {
      match: ['do u want me to tag ur mom in it', 'want me to post it on ur insta and tag all ur friends?', 'should i post this on your story?', 'want me to send it to everyone?'],
      ignore: ['want me to post the pic of us on your story?', 'should i post the party pics and tag everyone?'],
    },
  },
  {
    id: 'it-goes-to-your-people',
    phrases: [
      'or|else|otherwise|if_not [the|your|ur|those|these|that|this|my|all|all_the|all_your|all_ur] video|videos|pics|pictures|photos|nudes|fakes|clip|clips|it|its|they|everything|screenshots|chats|recording|them|one|ones|first_one|next_one|last_one ..2 go|goes|going|gets_sent|get_sent|will_go|are_going|is_going ..2 to [your|ur] @audience|whole|entire|everyone|everybody|every1|everyone_you|every1_you|all_your|all_ur',
      'the|your|ur|those|these|my video|videos|pics|pictures|photos|nudes|fakes|recording|footage|clip|screenshots go|goes|will_go|gets_sent|get_sent|will_be_sent|are_going|is_going ..2 to all|every|everyone|everybody|your_whole|ur_whole|your_entire|ur_entire',
    ],
    unless: [
      'recipe|invite|invitation|invites|link|schedule|homework|notes|revision|revise|lecture|lectures|lessons|students|zoom|messy|your_room|ur_room|like_this|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|grades|tickets|food|dinner|lunch|plate|cake|leftovers|pizza|snack|cookies',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|books|puppy|dog|cat|gift|present|drawing|art|song|recital|baby|lol|lmao|haha|asked|wanted|wants|yearbook|school_website|album|edit|edited|editing|after_i|in_the_group|team|class|sextort*|scammer|scammers|never_pay|say_things|things_like',
    ],
    examples: {
      match: ['pay me $100 in bitcoin or those fakes go to ur whole school', 'If I do not receive the payment, the video goes to all your contacts.', 'or it goes to your mom', 'u send me 3 more vids or the first one goes to every1 u follow'],
      ignore: ['or the pics go to everyone in the group after i edit them', 'my teacher said sextortion scammers say things like pay or your pics go to your family, never pay', 'the trip pics go to your mom first, she asked', 'eat it or it goes to your brother lol', 'the pics go to your mom after i edit them'],
    },
  },
  {
    id: 'how-would-they-feel',
    phrases: [
      'how would|will|do your|ur @audience ..2 feel|react|like_it|take_it ..3 reading|seeing|watching|getting|if_they_saw|if_they_see|when_they_see|when_they_saw|if_they_read|when_they_read',
      'what would|will your|ur @audience ..2 think|say|do ..3 if_they_saw|if_they_see|when_they_see|if_they_read|when_they_read|seeing|reading ..3 this|these|those|them|it|your|ur|our',
    ],
    unless: ['grades|grade|report|report_card|room|mess|test|exam|quiz|homework|haircut|hair|tattoo|piercing|outfit|dress|drawing|art|lol|lmao|haha|jk|proud|happy|love|bill|phone_bill|screen_time'],
    examples: {
      match: ['how would ur teachers feel reading them? do what i say', 'what would your parents think if they saw these', 'how would your family feel seeing these videos'],
      ignore: ['how would your mom feel seeing your report card lol', 'what would your parents think if they saw your room'],
    },
  },
  {
    id: 'drop-it-in-the-group',
    weight: 2,
    phrases: [
      'and drop|leak|post|send ..2 them|it|those|these|the_pics|the_video|your_pics|ur_pics in|on|to|into your|ur ..2 class|school|grade|family|team|friends ..1 groupchat|group_chat|gc|group|chat|page|discord|server',
      '@iwill|or|else|otherwise|i_am|im [i_am|im|i|i_will] [just] drop|dropping|post|posting|put|putting|send|sending|leak|leaking|share|sharing|upload|uploading|forward|forwarding ..3 in|on|to|into your|ur|the ..2 class|school|grade|family|team|friends|college|uni|university|office|work|church|tuition|coaching|society|building|colony|neighborhood|neighbourhood|hostel|dorm ..1 groupchat|group_chat|gc|gcs|group|groups|chat|chats|page|discord|server|whatsapp_group|whatsapp_groups',
    ],
    unless: [
      'and_then|first_i|after_that', 'lmaoo|lmao|lmfao|lmfaoo|hahaha|hahah|singing|dancing|falling|fell|tripped', 'recipe|invite|invitation|invites|link|schedule|homework|notes|revision|revise|lecture|lectures|lessons|students|zoom|messy|your_room|ur_room|like_this|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|grades|tickets|address|number|answers|study|guide|assignment|project|meme|memes|lol|lmao|haha',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|books|puppy|dog|cat|gift|present|cake|drawing|art|song|recital|baby|yearbook|photos_from|pics_from|video_from|us|we|our|my',
    ],
    examples: {
      match: ['gonna edit ur pics so u look nude and drop them in ur class groupchat', 'else i am uploading it in ur college whatsapp groups', 'or i post it in your school gc', 'pay me 80 bucks or im dropping ur pics in the school discord'],
      ignore: ['ill drop the notes in the class groupchat', 'ill post the trip pics in the family group chat', 'and then i post it in the class group chat'],
    },
  },
  {
    id: 'posting-unless-you',
    phrases: [
      '@iwill|i_am|im|next_i_am|next_im [just] [now] uploading|posting|leaking|sending|dropping|releasing|upload|post|leak|drop|release|expose ..6 unless|if_you_do_not|if_you_dont|if_u_dont|if_you_block|if_you_ignore|if_you_refuse|if_you_stop',
    ],
    unless: ['do_not_want|dont_want|mind|want_me_to|ok_with|okay_with|cool_with|is_that_ok|object|say_no|say_so|hate_it|care|permission|recipe|homework|notes|slides|schedule|playlist|link|video_for|my_video|my_art|my_song|meme|memes|cover|vlog|tiktok|story_of|party|trip|game|lol|lmao|haha|reply|answer|rsvp'],
    examples: {
      match: ['next im uploading the vids unless u send more', 'im uploading it in your family whatsapp group unless u pay', 'i will post everything if you block me'],
      ignore: ['im posting the pic unless you mind', 'im posting my cover tomorrow unless you hate it'],
    },
  },
  {
    id: 'or-they-see-it',
    phrases: [
      'or|else|otherwise|if_not [your|ur] [whole|entire] @audience ..2 sees|see|will_see|gets|get|will_get|watches|watch|receives ..3 body|@nude|pics|pictures|photos|video|videos|nudes|everything|naked',
      'block|blocking|ignore|ignoring|report|reporting ..4 everyone|everybody|every1|your_whole|ur_whole will|going_to|gonna|is_going_to|are_going_to see|know|find_out|watch',
      'do_not|dont|never make me @share|expose|post|leak|send|release ..3 your|ur|it|them|this|the_video|the_pics|everything|those|these',
      '@iwill show|send|forward your|ur @audience ..2 what_you|what_u did|sent|showed|look_like|looked_like|were_doing',
      '@iwill sell your|ur|the|those|these @nude|pics|videos|video|photos|pictures',
      '@iwill tell|text|message|dm|call|email your|ur @audience ..2 you|u|that_you|that_u sent|send|showed|took|made ..3 @nude|nudes|pics|videos|naked|me_pics|me_nudes',
      '@iwill|gonna|going_to|about_to screenshot|ss|screenshotting|record ..3 and ..2 @share|send|post|leak ..4 to|with|on the|your|ur whole|entire|all|every ..1 grade|school|class|internet|world|everyone',
      '@iwill @share|post|put ..4 with|and your|ur full_name|real_name|name|address|home_address|school|phone_number|number|insta|instagram|snap ..2 and|on|tagged|attached|in_it|too|address|school',
    ],
    unless: ['menu|order|ordering|fridge|freezer|pantry|kitchen|snacks|candy|chocolate|ice_cream|dessert|leftovers|wedding|graduation|recital|reunion|who_took|took_it|took_the|photographer|photo_by|so_people|credits|credit|shoutout|thanks|thank|sunset|etsy|ebay|of_the|landscape|photography|lens|lol|lmao|haha|jk|joking|baby|kitchen|room|mess|cake|surprise|party|birthday|bday|trip|vacation|game|match|homework|grades|report_card|drawing|art|fair|prints|print|photography|portfolio|meme|memes|tiktok|dance|singing|recital|house|bike|car|stuff|clothes|test'],
    examples: {
      match: ["i'll tell ur parents u sent me nudes", 'imma screenshot this and send it to the whole grade', "i'll post it with ur full name and address", 'pay me or ur whole class sees ur body', 'ur gonna regret blocking me, everyone will see', 'dont make me share ur video', "i'll show ur parents what u did on cam", "i'll sell ur pics"],
      ignore: [ 'or ur fam sees the first video from the wedding',"don't make me post ur baby pics lol", 'ill show your mom what you did to the kitchen', 'hide the cake or your mom sees it', 'ill sell your pics at the art fair', 'or your brother gets everything in the fridge', 'imma screenshot this and send it to the whole group chat lol', 'ill post it with your name in the credits', 'ill post the pic with your name tagged so people know who took it', 'ur gonna regret not coming, everyone will see the fireworks', "i'll sell your pics of the sunset on etsy"],
    },
  },
  {
    id: 'one-click-away',
    phrases: [
      'already|all uploaded|drafted|ready|queued|scheduled|typed ..4 press|hit|click|tap post|send|upload|publish',
      'one click|tap|button ..2 away|and_its|and_everyone|and_your',
      'before|or|till|until|unless i hit|press|click|tap send|post|upload|publish',
    ],
    unless: ['invite|invites|invitation|party|event|rsvp|calendar|email|mail|essay|application|is_this|is_it|check|proofread|looks_ok|look_ok|tiktok|vlog|my|our|we|lol|lmao|haha|edit|cover|song|art|drawing|essay|homework|assignment|application|form|order|checkout|cart|ticket|tickets|game|level|video_game|controller'],
    examples: {
      match: ['this ur last chance before i hit send', 'ur video is already uploaded, just need to press post', 'its one click away from your whole family'],
      ignore: ['i just need to hit post on my tiktok lol', 'the tickets are one click away', 'just need to hit send on the email', 'wait before i hit send on the order lol', 'before i hit send, is this email ok?'],
    },
  },
  {
    id: 'shame-if-they-saw',
    phrases: [
      'shame|pity|sad|bad|awkward|unfortunate|suck|sucks|terrible|horrible|embarrassing|too_bad ..3 if ..4 your|ur|all_your|all_ur|the_whole|everyone|everybody|every1 ..2 @audience|at_your|at_ur|in_your|in_ur|on_your|on_ur ..3 saw|see|seen|seeing|found_out|find_out|knew|got|received|watched|heard',
      'shame|pity|sad|bad|awkward|unfortunate|suck|sucks|terrible|horrible|embarrassing|too_bad ..3 if ..4 it|they|them|this|these|those|that|your|ur|everything|the_video|the_pics ..3 got_out|gets_out|leaked|got_leaked|went_public|go_public|goes_public|got_posted|were_posted|was_posted|got_around|went_around|went_viral',
      'shame|pity|sad|bad|awkward|unfortunate|suck|sucks|terrible|horrible|embarrassing|too_bad ..3 if ..4 it|they|them|this|these|those|that|your|ur|everything|the_video|the_pics ..3 ended_up|end_up|ends_up|showed_up|show_up|got_sent ..3 online|internet|groupchat|group_chat|gc|everyone|everybody|instagram|snapchat|tiktok|story|feed|public|wrong_hands|@audience',
      'be|stay|play nice|good|cool|smart|quiet ..4 and|n|then nobody|no_one|noone|none_of_them|your_parents|ur_parents|they ..3 has_to|have_to|needs_to|need_to|will|ever|got_to ..2 see|know|find_out|hear',
      'do_what_i_say|do_as_i_say|cooperate|do_what_i_tell_you|listen_to_me|pay|do_this ..4 and|n|then nobody|no_one|noone|none_of_them|your_parents|ur_parents ..3 has_to|have_to|needs_to|need_to|will|ever|got_to ..2 see|know|find_out|hear',
      'nobody|no_one|noone ..2 has_to|needs_to|have_to|got_to ..2 see|know|find_out ..3 as_long_as|long_as|if_you|if_u|unless ..3 do|pay|send|cooperate|listen|behave|what_i',
      'you|u do_not|dont|wouldnt|would_not want this|it|that|these|those|them|your_pics|ur_pics|the_video|the_pics ..1 getting|to_get|going|to_go|gettin out|around|public|online|leaked|viral',
      'how much ..2 is|are your|ur reputation|rep|privacy|dignity|secret|secrets|social_life|school_life|nudes|pics|video|videos worth',
      'bet|wonder|guess ..2 your|ur @audience would|will|d|wud love|like|want|enjoy|be_interested|be_happy ..2 to_see|seeing|in_seeing|knowing|to_know ..2 what|these|those|this|them|your|ur|how|the_video|the_pics|the_photos|the_clip|the_recording',
      'what|how your|ur @audience would|will|d|wud|might ..2 think|say|do|feel|react ..2 about|of|to your_pics|ur_pics|the_video|the_pics|what_you_sent|what_u_sent|what_you_did|what_u_did|what_i_have|what_i_got',
      'what|how ..1 would|will|do your|ur @audience ..2 think|say|do|feel|react ..2 about|of|to your_pics|ur_pics|the_video|the_pics|what_you_sent|what_u_sent|what_you_did|what_u_did|what_i_have|what_i_got',
    ],
    unless: ['search_history|browser_history|my_search|my_history|diary|journal', 'livestream|live_stream|webinar|zoom_link|recital|graduation|ceremony', 'lol|lmao|lmfao|haha|hahaha|jk|joking|kidding|surprise|party|birthday|bday|gift|present|rain|weather|game|match|tickets|movie|concert|grades|report_card|test|exam|room|mess|vase|cookie|cookies|cake|secret_santa|prank|crush|dinner|quiz|score|speech|play|talent_show|recital|reveal|spoiler*|ending|trailer|album|plan|plans|gender|lost_and_found|drawing|art|haircut|hair|outfit|made|cooked|baked|built|won|got_for|window|broke|broken|dent|scratch|accident|spill*|practice|skip|skipped|skipping|sneak*|snuck|curfew|vape|vaping|grounded|broke|ate|spent|drank|drinking'],
    examples: {
      match: [
        "it'd be a real shame if ur dad saw what u showed me on cam",
        'would be a shame if they ended up in ur class groupchat',
        'would suck if these ended up in ur school groupchat',
        'be a pity if everyone at your school saw these',
        'just do what i say and nobody ever has to find out',
        'nobody has to know as long as you do what i say',
        'be nice and your parents never have to see it',
        'u dont want this getting out do u',
        'how much is ur reputation worth to u?',
        'bet ur dad would love to see what his princess does online',
        'i bet ur dad would love to see the video of his little girl',
        'i wonder what ur principal would say about ur pics',
        'how would ur parents react to the video',
      ],
      ignore: ['would be embarrassing if the whole class saw my search history', 
        'would be a shame if it rained on the trip',
        'it would be a shame if your mom found out about the surprise party',
        'be a shame if everyone saw your grades lol',
        'nobody has to know you ate the last cookie',
        'it would suck if it rained during the game',
        'be cool and nobody has to know about the broken window',
        'bet ur mom would love to see what you baked',
        'i bet ur dad would love to see the video of your recital',
        'shame if they ended up in the lost and found',
        'you dont want this to get out before the reveal',
        'i wonder what your mom would say about these shoes',
        'how would your coach react to these times',
        'you dont want this getting out before the party lol',
        'it would be a shame if your parents found out you skipped practice',
      ],
    },
  },
  {
    id: 'refer-back-to-them',
    phrases: [
      '@iwill [just] @share|post|leak|upload ..3 this|the|it|them|these|those|your|ur ..2 video|videos|pics|pictures|photos|recording|clip|nudes|chats|screenshots ..3 to|with all|each|every|every_one [of] them|of_them',
      'forward|send|leak|post|share|sending|forwarding|leaking ..3 it|them|this|everything|the_video|the_pics ..3 to|with every|each|all_of|all [the] [of] contact|contacts|follower|followers|friend|friends|person|people|one ..3 on|in|from your|ur',
      'and|n i [will] leak|leaking|expose|exposing|blast|blasting ..4 to|with|on [all|every] [of] your|ur @audience',
      'gonna|going_to|about_to|finna|boutta|bout_to [just] upload|post|leak|share|put ..4 with|and your|ur full_name|name|address|home_address|school|phone_number|number|insta|instagram|snap ..3 tagged|attached|on_it|in_it|too|and|unless|if|on',
      'or|else|otherwise|if_not [your|ur|the|those|these|that|this|all|my] @photo|it|they|everything|them|one|ones|recording|screenshots|chats ..2 go|goes|going|gets_posted|will_go|end_up|ends_up|land|lands on|in|onto ..3 discord|server|story|instagram|snapchat|tiktok|twitter|reddit|internet|web|groupchat|group_chat|gc|timeline|feed|page|everyone|everybody|every1|everyones|everybodys',
      'or|else|otherwise i|ill|@iwill [just] show|send|post|leak|forward|share|sharing|showing|sending|posting|leaking everyone|everybody|every1|the_whole_school|your_whole|ur_whole|all_your|all_ur ..3 the|it|them|this|that|those|these|your|ur|what|my',
      'if|unless|when ..6 not|do_not|dont|arent|are_not|isnt|is_not|never|fail|miss ..6 it|its|they|everything|the_video|the_pics|all_of_it ..1 goes|go|going|will_go|gets_sent|get_sent|gets_posted|get_posted out|public|live|viral|online|up|everywhere',
      'do_not|dont|no|never pay|paying|payment|money|cash ..2 and|then|n|means ..1 your|ur|all_your|all_ur @audience ..2 sees|see|gets|get|will_see|will_get|finds_out|find_out|know|knows',
      'do_not|dont|no|never|refuse_to|fail_to pay|paying|send|sending|payment|money|answer|reply ..2 and|then|n|means ..1 everyone|everybody|every1|your_whole|ur_whole|the_whole_school|your_parents|ur_parents|it|the_video|the_pics ..2 sees|see|gets|get|knows|know|goes_out|goes_public|goes_up|finds_out|find_out|will_see|will_know',
      '@iwill|or_i [just] @share it|them|this|those|these|everything|your|ur|the_video|the_pics|the_vid|the_pictures|the_photos ..2 to|with|on|around the whole|entire school|grade|internet|world|town',
      'one wrong move|word|mistake|more_word ..2 and|n ..2 it|its|it_is|they|them|everything|your|ur ..3 everywhere|online|public|out|posted|leaked|viral|goes_out|goes_up|gets_posted',
      'stop|quit ..1 replying|answering|responding|texting|talking|ignoring ..3 and|then|n ..3 @share|post|leak|goes_out|goes_up|goes_public|goes_online|goes_viral|its_on|it_is_on|its_everywhere|it_is_everywhere|its_online|it_is_online|everyone_sees|everyone_will_see|everybody_sees',
      '@photo|your_pics|ur_pics|your_video|ur_video|the_video|the_pics|your_nudes|ur_nudes ..2 will_be|gonna_be|going_to_be|are_going_to_be|end_up|ends_up|go|goes|get_posted|gets_posted ..1 on|all_over every|each|all_the site|sites|platform|platforms|website|websites|porn_site|porn_sites|social|socials',
      'or|else|otherwise ..6 everyone|everybody|every1|all ..3 on|in your|ur followers|following|contacts|contact_list|friends_list|friend_list|follower_list|followers_list|list ..2 gets|get|see|sees|receives|will_get|will_see ..2 it|them|the|this|that|these|those|everything|your|ur',
      '@iwill|or_i|i_am|im drop|dropping|dump|dumping|spam|spamming|blast|blasting ..3 to|in|on|into|with [all] [of] your|ur @audience|dms|inbox|inboxes',
      'reach|reaches|get_to|gets_to|land_in|lands_in|land_on|lands_on ..3 every|all|each ..2 [one] [of] your|ur @audience|inbox|inboxes|phone|phones',
      'drafts|draft|outbox ..4 addressed_to|to|for your|ur @audience|everyone|everybody|all_your|all_ur',
      'all_your|all_ur|all_of_your|every_one_of_your|your_whole|ur_whole|your|ur @audience ..3 bout_to|boutta|bout|finna|gon|gna|gunna|bouta ..2 see|get|know|find_out|receive|watch ..2 it|them|everything|your|ur|what|these|those',
    ],
    unless: [
      'recipe|invite|invitation|invites|link|schedule|homework|notes|revision|revise|lecture|lectures|lessons|students|zoom|messy|your_room|ur_room|like_this|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|grades|tickets|address_for|meme|memes|lol|lmao|haha|jk|chain|luck|tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever|scam|scammer|scammers|pay_for|paying_for|pay_attention|report_card|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|tv|sale|for_sale|sold|price|auction|waitlist|listing|voicemail',
      'birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|books|puppy|dog|cat|gift|present|cake|drawing|art|song|recital|baby|yearbook|album|photos_from|pics_from|video_from|us|we|our|news|announcement|power|light|lights|fire|candle|sun|milk|food|practice|meeting|team|club|rehearsal|lesson|keys|key|drop_off|dropping_off|charger|jacket|hoodie|package|bag|hilarious|funny|cute|epic|fundraiser|charity|donation|donate|event|poster|petition|vote|voting|campaign|reminder|announcements|assembly|bulletin|pta|carpool|ride|pickup|pick_up|thank|thanks|subscription',
    ],
    examples: {
      match: [
        'If you do not cooperate I will share this video to all of them.',
        'Ignore this and I forward it to every contact on your list.',
        'change the password and i leak every single message to ur followers',
        'gonna upload it with ur name and ur school tagged unless u pay up',
        'gimme 5k vbucks or ur pics go on the discord server',
        'do it now or i show everyone the first one',
        'if they arent here by 9pm it goes out',
        'dont pay and everyone sees',
        'no money and ur followers see everything',
        'ur mom and ur whole school bout to see it',
        'i will send it to the whole school',
        'one wrong move and its everywhere',
        'stop replying and its on every site by tonight',
        'ur nudes will be on every site by tonight',
        'or ur aunt, ur coach and everyone on ur followers list gets the clip',
        'Send it or I drop everything to your contacts.',
        'i will make sure this reaches every one of your contacts',
        'its already in my drafts, addressed to your mom',
      ],
      ignore: [
        'ill share the pics with all of them after the party',
        'send this to every friend on your list for good luck',
        'if you dont come the power goes out anyway',
        'or the pics go on the yearbook page',
        'dont pay for the tickets yet',
        'ur mom bout to see the report card lol',
        'dont pay for it and they see you as cheap',
        'pay now or it goes on your moms card',
        'if they dont come by 9 it goes up for sale',
        'u and ur fam bout to see the best bbq ever',
        'i will share the video with all of them at practice',
        'ill send the newsletter to the whole school',
        'one wrong move and its game over',
        'stop replying and go to sleep',
        'make sure the invite reaches all your friends',
        'the recipe is on every site lol',
        'it is on every site',
        'the pics on every site are fake',
        'and i post the photos to your mom on facebook',
        'make sure this reaches all your classmates for the fundraiser',
        'its in my drafts to your mom for the carpool',
        'i will send it to the whole school in the morning announcements',
        'ill drop the keys to your mom later',
        'rsvp or everyone on your list gets a reminder',
      ],
    },
  },
  {
    id: 'your-people-see-it',
    phrases: [
      'your|ur [whole|entire] @audience sees|see|receives|receive|will_see|will_receive them|it|this|that|everything|the_file|the_video|the_pics|the_recording|the_clip',
      'your|ur [whole|entire] @audience gets|get|will_get|receives|receive a_copy|a_link|the_link|the_file|the_video|the_pics|the_recording|the_clip|the_screenshots',
      'every|each|all contact|contacts|follower|followers|friend|friends ..4 receives|receive|gets|get|will_receive|will_get|sees|will_see the_file|the_video|the_pics|the_recording|the_clip|a_copy|a_link|the_link|the_screenshots',
      'ready to be_sent|be_posted|be_shared|be_leaked|go_out_to_all|go_out_to_every|go_out_to_everyone',
      'would_be_a_shame|would_be_a_pity|be_a_shame|be_a_pity if ..3 they|it|this|them|these|those|your|ur ..3 ended_up_in|ended_up_on|end_up_in|end_up_on|got_out|got_leaked|leaked|went_out|got_posted|got_sent|found_their_way|got_a_copy|gets_a_copy|saw_it|saw_them|saw_that|saw_these|saw_those|found_out',
      '@share it|them|this|that|everything|the_video|the_pics|the_clip|the_recording ..4 unless you|u send|pay|give|do_what|comply|cooperate|get_me|venmo|cashapp',
      'otherwise|or_else|else your|ur [whole|entire] @audience gets|get|will_get|sees|see|will_see|receives|receive it|them|this|that|everything|a_copy|a_link|the_link|the_video|the_pics',
      'all_over your|ur @audience|insta|instagram|tiktok|socials|snap|snapchat|story|feed ..4 unless|if_you_do_not|if_not|or_else|otherwise|if_you_dont|if_u_dont',
    ],
    unless: ['bin|cake|rubbish|trash|fridge|oven|lost_property|got_an|got_a_b|a_plus|haircut|new_hair|congrats|congratulations|well_done|great_job', 'they_threaten|they_threatened|threaten_to|threatens_to|threatened_to|then_they_threaten|they_threaten_to', 'episode|villain|movie|film|series|season|character|netflix|scene|plot|tv_show', 'what_do_i_do|what_should_i_do|should_i_pay|is_this_real|is_this_a_scam|never_even_sent|heads_up|pretending_to_be|going_round|going_around|pretend_to_be|then_say|then_they_say|they_say|say_they|news|article', 'lol|lmao|haha|jk|birthday|bday|surprise|gift|present|party|invite|invitation|report_card|grades|recipe|newsletter|homework|trip|vacation|meme|memes|game|match|concert|show|project|yearbook|want|wanted|mind|like|rather|object|fine|ok|okay|door|car|bus|house|place|dinner|lunch|asked|needs|borrow|turn|first|instead|split|half|leftovers|room|seat|spot|ticket|tickets|slice|last_one|better|team|correct|right_one|original|delete|deleted|take_it_down|remove|untag|final|finals|losing|lose|win|won', 'tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|someone_ever|scammer|scammers|never'],
    examples: {
      match: ['if u dont send 3 more by tonight ur whole school sees them', 'venmo 150 or ur dad gets a link', 'Then every contact in your list receives the file.', 'its ready to go out to all ur followers', 'would be a shame if they ended up in ur class group chat', 'gonna share it on the discord server unless u send another', 'your mom sees everything unless you pay', 'be a shame if ur mom got a copy of that', 'i will if u pay. otherwise ur whole friend list gets it', 'its gonna be all over ur school tmrw unless u do what i say'],
      ignore: ["be a shame if it ended up in the bin, its such a nice cake", "then they threaten to send them to ur family unless u pay", 'ur mom gets the report card tomorrow lol', 'your whole class sees it on the projector for the project', 'every friend gets a link to the party invite', 'would be a shame if it rained on the trip', 'ill share it with the group unless you dont want me to', 'are you ready to go out to your grandmas', 'your mom gets it, she is cool', 'otherwise your mom gets the car', 'the rumor is all over your school lol', 'would be a shame if they ended up losing the final', 'otherwise ur sister gets it, she wanted it', 'gonna post it tonight unless u send me a better pic of the team', 'all over your insta unless u delete it'],
    },
  },
  {
    id: 'forwarded-to-every-contact',
    phrases: [
      'will|shall|would|going_to|is_going_to|are_going_to|about_to|gets|get [be] [immediately|automatically|instantly|then] forwarded|sent|distributed|shared|released|emailed|mailed|delivered|published|posted|uploaded|leaked|sent_out ..4 to|among|across|on every|each|all ..3 contact|contacts|address|addresses|follower|followers|friend|friends|relative|relatives|classmate|classmates|colleague|colleagues|platform|platforms|social|socials|site|sites|family_member|family_members',
      'distribute|distributing|forward|forwarding|publish|publishing|release|releasing|circulate|circulating ..4 to|among|across all|every|each ..2 [of] your|ur contacts|contact_list|followers|friends|family|relatives|classmates|colleagues|family_members|address_book',
      'distribute|distributing|forward|forwarding|publish|publishing|release|releasing|circulate|circulating ..4 to|among|across your|ur contacts|contact_list|followers|friends|family|relatives|classmates|colleagues|family_members|address_book',
    ],
    unless: ['revision|revise|study|studying|lecture|lesson|teacher|exam|exams|review|notes|newsletter|invite|invites|invitation|schedule|form|forms|permission|reminder|receipt|confirmation|tickets|results|grades|report|party|birthday|bday|wedding|meeting|announcement|survey|link|update|updates|order|event|flyer|menu|recipe|homework|notes|slides|petition|fundraiser|charity|chain|luck|prayer|lol|lmao|haha|jk|scam|scammer|scammers|tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone'],
    examples: {
      match: [
        'the recording will be forwarded to every address in your contact list',
        'The video will be distributed to all your contacts and family members.',
        'i will start distributing it to all of your followers',
        'your images get sent to every friend you have',
      ],
      ignore: [
        'the newsletter will be sent to every address on the list',
        'the recording will be sent to all your classmates for revision',
        'the invite will be forwarded to all your friends',
        'results will be published to every student portal',
      ],
    },
  },
  {
    id: 'failure-to-comply',
    phrases: [
      'failure|failing|fail|refusal|refusing|refuse|neglect ..1 to comply|pay|cooperate|respond|reply|follow|answer|obey ..6 publication|distribution|exposure|releas*|publish*|distribut*|leak*|expos*|upload*|forward*|sent_to|shared_with|posted|posting|everyone|everybody|your_family|your_contacts|all_your|your_friends|your_followers|public|online',
      'to|in_order_to prevent|avoid|stop ..4 distribution|publication|publishing|release|releasing|exposure|leak|leaking|spreading|this_from_being|it_from_being|the_video_from_being|them_from_being|being_sent|being_shared|being_published|being_leaked|being_distributed|being_released|being_posted|being_exposed ..6 remit|pay|transfer|deposit|wire|@payment|@currency|#|money|btc|bitcoin',
      'remit|pay|send|transfer|deposit|wire ..6 to|in_order_to prevent|avoid|stop ..3 disclosure|distribution|publication|release|exposure|leak|leaking|publishing|the_video|the_recording|the_footage|it_from|this_from|them_from|being_sent|being_published|being_leaked|being_shared',
    ],
    unless: ['typo|typos|edits|edit|draft|drafts|proofread|detention|suspension|suspended|library|late_fee|germs|virus|flu|policy|homework|assignment|tax|taxes|rent|landlord|lease|ticket|tickets|parking|fine|court|jury|summons|license|insurance|account_closure|service|subscription|tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|scam|scammer|scammers|lol|haha'],
    examples: {
      match: [
        'You have 72 hours. Failure to comply will result in publication.',
        'To prevent distribution, remit $950 in Bitcoin to the address provided.',
        'failing to pay means the video is sent to your family',
        'failure to pay will result in your video being released',
        'if you fail to comply i will release everything to your school',
        'send the money to avoid the video being published',
        'Transfer $600 to avoid its disclosure.',
      ],
      ignore: [
        'Failure to comply with the dress code will result in detention.',
        'wash your hands to prevent spreading germs',
        'to avoid this being published with typos, send me your edits',
        'pay the late fee to avoid suspension of your library card',
      ],
    },
  },
  {
    id: 'shame-if-they-got-a-link',
    phrases: [
      'shame|pity|sad|awkward|unfortunate|too_bad|tragic ..3 if ..5 got|get|gets|received|receive|receives|opened|open ..1 a|an|the|this|that|some|my link|links|copy|copies|email|message|dm|video|clip|file|recording|screenshots|screenshot|pics|photos|pictures|package',
    ],
    unless: ['livestream|live_stream|webinar|zoom_link|recital|graduation|ceremony', 'party|invite|invitation|birthday|bday|surprise|discount|coupon|deal|sale|tickets|game|match|concert|lol|lmao|haha|jk|newsletter|homework|grades|report|report_card|missed|miss|forgot|spam|yearbook|zoom|meeting|class|lesson|recipe|trip|vacation|wedding|graduation|gift|present|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|prize|award|scholarship|acceptance|offer|job|interview'],
    examples: {
      match: ['be a shame if they both got a link in their inbox tonight', 'would be a pity if your dad received a copy of this', 'it would be sad if ur principal got an email with the video'],
      ignore: ['shame if they got the link to the party late', 'would be a shame if you missed the zoom link', 'too bad if they got the email about the sale'],
    },
  },
  {
    id: 'wont-stay-private',
    phrases: [
      'it|this|they|them|everything|that|those|these|your_secret|ur_secret|your_pics|ur_pics|the_video|the_pics|your_video|ur_video|your_nudes ..1 will_not|not|wont|will_no_longer|is_not_going_to|are_not_going_to|do_not|does_not stay|remain|be|be_kept|keep private|secret|hidden|between_us|offline|safe|quiet ..2 for_long|much_longer|long|forever|anymore|if|unless|otherwise|much_more|after_tonight|past_tonight',
    ],
    unless: ['surprise|party|gift|present|birthday|bday|crush|tea|gossip|lol|lmao|haha|jk|announcement|news|engagement|pregnan*|relationship|dating|plans|weather|secret_santa|spoiler*|grades|results|password|wifi|recipe|account_settings|settings|privacy|profile|story|ice_cream|cake|food|milk|fridge|leftovers|outside|sun|heat|warm|cold'],
    examples: {
      match: ['Otherwise it will not stay private for long.', 'those pics wont stay secret much longer if u keep ignoring me', 'your secret wont be safe for long unless you pay'],
      ignore: ['the surprise wont stay secret for long lol', 'the ice cream wont stay cold for long', 'your profile wont stay private if you change the settings'],
    },
  },
  {
    id: 'and-the-video-goes-public',
    phrases: [
      'unless|if_not|or|otherwise|else ..6 everything|it_all|all_of_it|they|them ..1 goes|go|will_go|gets|get|is_going|are_going public|viral|everywhere|live|online',
      'and|n|then|or|else|otherwise ..1 the|your|ur|those|these|that|this|my|all_the|all_your|all_ur video|videos|pics|pictures|photos|nudes|recording|recordings|clip|clips|footage|screenshots|chats|fakes ..1 go|goes|going|will_go|gets|get|will_get|are_going|is_going|will_be|get_posted|gets_posted|go_straight|goes_straight public|viral|everywhere|leaked|to_everyone|to_everybody|straight_to|to_your|to_ur|on_your|on_ur',
    ],
    unless: ['sextort*|scam|scammer|scammers|never|teacher_said|they_said|say_things|things_like|stream|site|website|store|shop|server|update|patch|app|menu|rent|price|prices|cost|tax|sign_up|registration|tickets|channel|youtube|premiere|trailer|vlog|release|launch|edit|edited|editing|project|wedding|graduation|trip|vacation|party|concert|game|match|team|class|lol|lmao|haha|jk|meme|memes|recipe|website|yearbook|album|gallery|photographer|photographers|school_website|newsletter|friday|monday|tomorrow_at|after_i|grandma|grandpa|mom_wanted|she_asked|he_asked|asked|wanted|order|shop|store|listing|sale|tiktok_trend|baby|puppy|dog|cat'],
    examples: {
      match: ['one missed day and the video goes public', 'unless 1000 dollars is deposited by tonight everything goes live', 'block me and those pics go viral', 'skip a payment and the recording goes straight to your family'],
      ignore: ['edit it tonight and the video goes public on my channel friday', 'unless the server crashes everything goes live at 8', 'buy it now or everything goes up in price', 'and the photos go to your mom, she asked for them', 'then the pics go on the school website'],
    },
  },
  {
    id: 'share-what-you-sent-if',
    phrases: [
      '@share|post|leak|expose|release|forward ..4 what|everything|the_things|all_the_things you|u [did|showed|sent] ..2 on|during|over cam|camera|webcam|facetime|skype|omegle|video_call|call|snap|live',
      'if|otherwise|or|else|unless ..6 @iwill [have_to|need_to|be_forced_to|just|simply] [have_to] @share|forward|release|post|leak|publish|expose ..3 the_ones|the_pics|the_photos|the_videos|the_video|what|everything|those|the_stuff|all_the_pics|all_the_ones|all_of_them|it_all ..2 you|u [already|just|previously] sent|gave|showed|did|took|made|shared',
    ],
    unless: ['trick|tricks|magic|dance|dancing|song|singing|recipe|want|wanted|like|liked|need|mind|ok|okay|cool|prefer|trip|party|vacation|holiday|birthday|bday|group_chat|with_us|we|grandma|grandpa|yearbook|album|lol|haha|lmao|jk|recipe|homework|notes|project|art|drawing|drawings|portfolio_review|for_class|in_class|class_project'],
    examples: {
      match: ['Honestly if you back out now I will have to share the ones you already sent with our whole agency network', 'otherwise ill post what u sent me', 'refuse and i share what you showed me on cam with your whole class', 'if u stop replying im gonna leak everything you showed me'],
      ignore: ['if you want ill share the ones you sent with the group chat', 'ill show mom what you did on facetime, the magic trick', 'if you dont mind ill post the ones you took at the party', 'if u like ill send the drawings you made to my aunt'],
    },
  },
  {
    id: 'leak-it-in-the-group',
    phrases: [
      '@iwill|or_i|i_am|im|and_i|then_i leak|leaking|expose|exposing ..4 in|on|to|into your|ur|the ..2 class|school|grade|family|team|friends|college|uni|university|office|work|church ..1 groupchat|group_chat|gc|gcs|group|groups|chat|chats|page|discord|server',
    ],
    unless: ['tea|gossip|drama|answers|answer_key|test|quiz|exam|homework|notes|study|guide|spoiler*|plans|plan|surprise|party|lol|lmao|haha|jk|joking|kidding|meme|memes|secret_santa|schedule|lineup|setlist|score|scores|results|recipe|my|our|us|we'],
    examples: {
      match: ["i'll leak it in your class group chat", 'im leaking them in ur school gc tonight'],
      ignore: ['ill leak the test answers in the class group chat lol', 'im leaking the party plans in the team chat'],
    },
  },
  {
    id: 'pay-or-they-see-everything',
    phrases: [
      'pay|pay_up|send|venmo|cashapp|zelle|transfer ..6 or|else|otherwise [your|ur|all_your|all_ur] [whole|entire] @audience|everyone|everybody|every1 sees|see|will_see|gets|get|will_get|receives|receive|finds_out|find_out|is_getting|are_getting ..2 everything|it|them|this|that|the_video|the_pics|your|ur|what|those|these',
      'guess|wonder|choose|pick|decide|deciding who|which_one ..2 gets|sees|receives|should_get|should_see|will_get|will_see ..2 it|them|the_video|the_pics|this|these|those|your_pics|ur_pics|your_video|ur_video first|next',
      'imagine|picture|think_about ..4 @audience|coworkers|colleagues|boss ..3 getting|seeing|receiving|watching|finding|opening ..2 your|ur|these|those|the|this|my @photo|nudes|video|pics|pictures|messages|chats|dms|screenshots|recording',
      'ready to go|be_sent|send|post ..2 to|out_to your|ur whole|entire|all contact_list|contacts|followers|friends_list|friend_list|family|school|class|@audience',
      'make_sure|making_sure everyone|everybody|every1|the_whole_school|the_whole_world|all_of ..4 sees|see|gets|get|knows|know|finds_out|find_out|watches|watch ..2 it|them|this|that|everything|what|the_video|the_pics|your|ur',
      'i [already|just] sent|forwarded|leaked|showed ..1 one|a_sample|a_preview|a_taste|the_first_one|one_of_them|a_screenshot|one_pic|a_clip|a_little_preview|the_first_pic|the_first_video ..2 to your|ur @audience',
      'next|second|another one|ones|video|pic|pics|clip|batch goes|go|will_go|is_going|gets_sent|will_be_sent ..1 to your|ur @audience|school|whole',
      'or|else|otherwise|and ..1 the|your|ur|those|these|that|this|all_the|all_your|all_ur video|videos|pics|pictures|photos|nudes|recording|clip|clips|footage|screenshots is|are|will_be|gonna_be|going_to_be everywhere|public|viral|leaked|all_over',
      'if you|u do_not|dont|never|refuse|will_not|wont pay|send|comply|cooperate|answer|do_it|listen ..4 your|ur life|reputation|future|social_life ..1 is|will_be|gonna_be|going_to_be|is_gonna_be|is_going_to_be over|ruined|finished|done|destroyed|gone',
      '@iwill|or_i tell|text|message|dm|say_to everyone|everybody|every1|all_your|people|the_whole_school|your_whole|ur_whole ..3 you|u|that_you|that_u sent|send|showed|shared|took|made|sell|sold|were_selling ..2 @nude|nudes|pics|naked|me_nudes|me_pics',
    ],
    unless: ['deal|great_deal|good_deal|quote|estimate', 'pizza|pizzas|order|ordered|plate|drink|drinks|burger|fries', 'bet|lost_the_bet|back|owe|tickets|pizza|lunch|rent|gift|surprise|party|birthday|bday|report_card|grades|invite|invitation|recipe|newsletter|menu|flyer|cake|food|dinner|game|phone|prize|turn|slice|ride|seat|homework|notes|slides|project|trip|vacation|wedding|yearbook|album|art|drawing|poster|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|cards_against|baby|puppy|dog|cat|meme|memes', 'tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|someone_ever|scam|scammer|scammers'],
    examples: {
      match: [
        'u really thought that was a real girl? lmao. now pay up or ur fam sees everything',
        'Guess who gets the video first?',
        'ur dads on linkedin right? imagine his coworkers getting ur pics',
        'the vid is ready to go to your whole contact list',
        "i'll make sure everyone at lincoln high sees it",
        "i'm not bluffing, i already sent one to your cousin",
        'sent a sample to your sister. next one goes to your mom',
        'you have until midnight to send 400 or the video is everywhere',
        "if you don't pay, your life is finished",
        'ill tell everyone you sent me nudes even if you didnt',
      ],
      ignore: ['i already sent one to ur dad, he said its a great deal', 'next one goes to ur dad, he ordered 2 pizzas', 
        'pay me back or your mom sees the report card lol',
        'guess who gets the last slice first',
        'imagine your mom seeing your grades',
        'the cake is ready to go to your whole family',
        'ill make sure everyone sees the invite',
        'i already sent the invite to your mom',
      ],
    },
  },
  {
    id: 'audience-would-be-interested',
    weight: 3,
    phrases: [
      'your|ur @audience will|would|might|gonna|going_to|is_going_to|are_going_to|d ..1 be [very|really|so|super|quite|pretty|extremely|most] interested|curious',
    ],
    unless: ['recipe|club|team|tryouts|job|internship|course|class|program|camp|event|party|book|books|show|movie|article|news|sale|deal|offer|college|university|scholarship|volunteer|church|concert|game|lol|haha|jk|car|house|apartment|trip|vacation|museum|exhibit|art|drawing|painting|garden|plant|plants|dog|puppy|cat|history|science|hobby|business|investment|product|app|podcast|documentary|sport|sports|match|tickets|lessons|tutoring|tutor|workshop|seminar|conference|fair|festival|market|shop|store|restaurant|menu|wine|coffee|tea|buying|buy|selling|sell|joining|join|learning|learn|reading|read|visiting|visit|meeting|meet'],
    examples: {
      match: ['I know what you did on camera last night. Your mother will be very interested.', 'your dad would be super interested'],
      ignore: ['your mom would be interested in the book club', 'your dad would be really interested in buying the car'],
    },
  },
  {
    id: 'veiled-share-threats',
    phrases: [
      '@photo|nudes|video|videos|it|they|them|everything ..2 will_be|gonna_be|going_to_be|are_going_to_be|end_up|ends_up ..1 in|on every|all|each|your|ur gc|gcs|groupchat|group_chat|groupchats|group|groups|chat|chats|server|servers|feed|story|timeline|phone|phones|inbox|inboxes|dms',
      'or|else|otherwise [i|i_go|i_will_go|ill_go|ill|i_will] [just] [go] post|share|send|leak|expose|upload|show ..4 for|to|on|in|with your|ur @audience',
      '@iwill|or_i|i_will_make|ill_make viral|virall|viraled ..2 your|ur|the|it|them|this video|videos|pics|photos|nudes|it|them|clip',
      'it|they|them|the_video|your_video|ur_video|the_pics|your_pics|ur_pics|everything will|gonna|is_going_to|are_going_to|going_to go|be|become|get live|public|viral|online|published|released|posted ..5 unless|if_you_do_not|if_you_dont|if_u_dont|if_not|without_payment',
      'your|ur|the private|intimate|sexual|explicit|naked|nude|compromising video|videos|pics|photos|recording|recordings|images|content|footage|material ..3 will|shall|would|is_going_to|are_going_to|gets|get [be] released|sent|forwarded|distributed|shared|published|posted|leaked|uploaded|made_public|go_public|go_live',
      'we_will|and_will|we_shall|they_will|we_are_going_to|and_we_will share|send|post|leak|forward|release|publish|distribute|show ..3 to|with|on your|ur @audience',
      'no_top|no_shirt|topless|naked|nudes|nude|no_clothes|shirtless|in_your_underwear|in_ur_underwear|without_clothes ..6 your|ur @audience would|will|d|going_to ..1 love|like|enjoy|appreciate|want_to_see|be_interested',
      'keep|continue|try|go_ahead ignoring|ignore|playing|pretending|acting|testing|blocking|ghosting|lying|being_difficult|being_stubborn|refusing|stalling ..3 and|n your|ur @audience ..2 get|gets|receives|will_get ..3 a|an|the|some|my surprise|email|message|dm|video|link|package|copy',
      'lucky i have_not|havent|did_not|didnt|have_not_yet posted|shared|leaked|sent|uploaded|exposed|released ..3 them|it|those|these|your|ur|everything|anything ..2 yet',
      '@iwill leak|expose|release|publish everything|it_all|all_of_it',
      '@iwill|or_i @share|send|show|post|leak your|ur|those|these|the @photo|nudes|pics|pictures|photos|video|videos ..4 to|with the whole|entire ..1 team|class|squad|club|church|youth_group|school|grade',
      'the_whole|your_whole|ur_whole|the_entire ..2 team|class|school|grade|squad|club|church|group|family will|gonna|going_to|is_going_to|are_going_to ..1 see|know|get|watch|find_out ..1 what_you|what_u|everything_you|everything_u sent|showed|did|do|send|look_like|were_doing|are_like',
      'the_whole|your_whole|ur_whole|the_entire ..2 team|class|school|grade|squad|club|church|group|family will|gonna|going_to|is_going_to|are_going_to ..1 see|know|get|watch ..1 your_nudes|ur_nudes|you_naked|u_naked|your_body|ur_body',
    ],
    unless: ['recipe|invite|invitation|newsletter|menu|flyer|schedule|homework|notes|slides|permission|form|forms|results|grades|report_card|tickets|project|assignment|presentation|for_the|review|study|birthday|bday|party|gift|present|idea|plan|plans|trip|vacation|holiday|wedding|graduation|concert|game|match|practice|meet|tournament|banquet|season|yearbook|album|art|drawing|drawings|baby|puppy|dog|cat|lol|lmao|haha|jk|joking|kidding|spoiler*|finale|episode|tea|gossip|drama|song|cover|vlog|channel|youtube|stream|trailer|premiere|release_date|weather|rain*|storm|snow*|falling|fell|funny|recital|practicing|practice|studying|working|trying|effort|good_grades', 'tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|someone_ever|scam|scammer|scammers|as_a_joke|when_people|people_say|people_who|hate_when', 'pretend_to_be|pretending_to_be|then_say|then_they_say|they_say|say_they|news|article|police_said|what_do_i_do|what_should_i_do|should_i_pay|heads_up|going_round|going_around'],
    examples: {
      match: [
        'bro i swear on my life if u dont send the 5k ur pics will be in every gc by morning',
        'Send me 3000 naira now or I go post ur nakedness for ur church',
        'i will viral your video if u not pay',
        'Your private video has been uploaded to a server. It will go live in 24 hours unless payment is made.',
        'This is your final notice. Your intimate recording will be released to your social circle.',
        'we have your sexual video and will share it with your contacts. pay now to stop this.',
        'that pic of u with no top on, ur teacher would love it',
        'keep playing dumb and ur aunt gets a surprise in her inbox',
        "you're lucky i haven't posted them yet",
        "I'll leak everything. your pics, your chats, all of it",
        "i'll send your pics to the whole lacrosse team",
        'the whole team will see what you sent me',
      ],
      ignore: [
        'the pics will be in the group chat tonight',
        'send the notes or i post the meme for your mom lol',
        'the video will go live tomorrow unless it rains',
        'keep practicing and your mom gets a surprise at the recital',
        'keep it up and your mom gets a surprise from the teacher, a good report',
        "you're lucky i haven't posted the video of you falling yet lol",
        'ill leak everything about the finale lol',
        'ill send the photos to the whole team, great game',
        'ill send the pics to the whole class for the project',
        'the whole class will see what you made, its so cool',
        "i hate when people say i'll leak your nudes as a joke",
        "some guys pretend to be girls, get a pic, then say they'll send it to ur family unless u pay in bitcoin",
      ],
    },
  },
  {
    id: 'make-your-life-hell',
    phrases: [
      '@iwill|i_am_gonna|im_gonna make|making your|ur life ..1 hell|a_living_hell|miserable|a_nightmare|hell_on_earth',
      'your|ur @audience deserve|deserves|should|ought|needs|need to know|see|find_out ..3 what|who|how ..3 you|u|their|your|ur ..2 do|does|did|sent|send|showed|are|really',
    ],
    unless: ['lol|lmao|haha|jk|joking|kidding|game|round|match|noob|grades|grade|test|exam|score|award|prize|proud|amazing|great|well|good|hard_work|effort|volunteer|volunteering|achievement|scholarship|won|win|birthday|party|surprise|gift'],
    examples: {
      match: ["keep ignoring me and i'll make your life hell", 'your parents deserve to know what their daughter does at night'],
      ignore: ['your parents deserve to know how well you did, your grades are amazing', 'ill make your life hell in the next round lol'],
    },
  },
  {
    id: 'what-if-i-sent-it',
    weight: 2,
    phrases: [
      'how_about|what_if|maybe|should i [just] send|show|post|forward|leak ..3 to|with your|ur @audience',
      'unless you|u want|would_like|prefer ..2 to keep|keeping it|this|everything|things ..1 quiet|between_us|secret|private|hidden',
    ],
    unless: ['recipe|invite|invitation|newsletter|menu|flyer|schedule|homework|notes|slides|permission|form|forms|results|grades|report_card|tickets|project|birthday|bday|party|surprise|gift|present|idea|plan|plans|trip|vacation|wedding|engagement|announce*|news|pregnan*|lol|lmao|haha|jk|decides|decide|opinion|approve|dress|outfit|shoes|recipe|cake'],
    examples: {
      match: ['how about i just send it to your boyfriend and see what he thinks', 'unless you want to keep it quiet?'],
      ignore: ['how about i just send it to your mom and she decides', 'unless you want to keep it quiet, we can announce the engagement'],
    },
  },
  {
    id: 'or-they-all-have-it',
    phrases: [
      'or|else|otherwise ..1 [your|ur] [whole|entire] @audience|everyone|everybody|every1 ..1 has|have|sees|see|will_see|will_have|going_to_see|going_to_have|is_going_to_see|are_going_to_see|gets_to_see|get_to_see ..2 them|it|this|those|these|the_pics|the_video|everything|your_pics|ur_pics|your_nudes|ur_nudes|it_all|the_one|the_ones|what_you|what_u|the_first_one|the_last_one|the_other_one',
      '@photo|it|they|everything ..1 is|are going|headed|getting_sent|being_sent|on_its_way ..1 to your|ur @audience ..4 unless|if|in|within|tonight|right_now|now|soon',
      'if i do_not|dont|never|can_not get|receive|see ..3 money|payment|it|the_money|paid|the_cash|the_cards|the_codes ..6 i_am|im|@iwill|i posting|post|leaking|leak|uploading|upload|sending|send|exposing|expose',
      '@share|posting|post|exposing|expose|leaking|leak you|u ..2 on|to every|all|each site|sites|platform|platforms|website|websites|app|apps|social',
      'or|else|otherwise ..2 be|become|get|you_will_be|you_are_going_to_be|your_going_to_be|you_are_gonna_be famous|viral|known|trending|the_talk|a_meme|exposed ..2 at|in|on|around|by school|your_school|ur_school|tomorrow|online|everywhere|the_internet|town|monday',
      'or|else|otherwise ..1 the|this|that|my first|last|other|old|next one|ones|video|pic|pics|clip gets|get|will_get|is|will_be|goes|go shared|posted|leaked|sent|uploaded|out|public|exposed|forwarded|viral',
      '@nude|your_pics|ur_pics|your_video|ur_video ..6 viral|go_viral|goes_viral|on_blast',
      'or|else|otherwise ..1 @nude on|to|all_over|across|in',
      'every minute|second|hour|day ..6 another|one_more|more person|people|contact|follower|friend|one ..2 sees|see|gets|get|receives',
      'made|created|started|set_up ..2 a|the group_chat|groupchat|gc|group|server ..2 with all|every ..1 your|ur @audience',
      'regret ..2 blocking|ignoring|reporting|leaving ..6 i [still|also] have|got|kept',
      'or|else|otherwise [i|ill|@iwill] [just] post|leak|drop|upload|send|share ..3 in|on|to|into the|your|ur ..2 group|groups|gc|server|discord|groupchat',
      'tell|telling|block|blocking|report|reporting|ignore|ignoring ..6 i|@iwill|and_i ..2 post|leak|expose|upload|release ..1 it|them|everything|those|these|the_video|the_pics|your|ur',
      'should|shall|do_you_want_me_to|want_me_to i|me [to] start|begin with|by_sending_to your|ur @audience',
      'message|email|text|dm|post|video|pics|it|everything ..2 typed|drafted|written|ready|prepared|queued|scheduled ..4 to|for your|ur @audience',
      '@iwill|or_i tell|text|message|show everyone|everybody|every1|your|ur|the_whole_school ..3 you|u|that_you|that_u are|were|re|r gay|lesbian|bi|trans|a_slut|a_whore|a_hoe|easy|a_pervert|a_creep|a_pedo|a_prostitute',
      '@iwill|or_i|or_ill|gonna|going_to ..4 put|post|list|upload|advertise|share ..6 on|to|onto an|a|some|every|all_the escort|porn|hookup|adult|sugar_daddy|sugar_baby|prostitution|xxx',
      '@iwill|or_i [just] @share|post|put|upload ..4 with|and your|ur real_name|legal_name|real_identity|real',
    ],
    unless: ['recipe|invite|invitation|newsletter|menu|flyer|schedule|homework|notes|slides|permission|form|forms|results|grades|report_card|tickets|project|assignment|presentation|birthday|bday|party|surprise|gift|present|cake|pizza|slice|leftovers|cookies|food|trip|vacation|holiday|wedding|graduation|concert|game|match|practice|tournament|banquet|season|yearbook|album|art|drawing|drawings|baby|puppy|dog|cat|lol|lmao|haha|jk|joking|kidding|spoiler*|finale|episode|song|cover|vlog|channel|youtube|stream|trailer|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|thank|thanks|recital|talent|failing|fail|study|dinner|christmas|thanksgiving|dress|outfit|prom|meme|memes|tiktok_dance|dance', 'reported|report|message_saying|email_saying|text_saying|dm_saying|got_a_message|got_an_email|got_a_text|got_a_dm|tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|someone_ever|scam|scammer|scammers|as_a_joke|never|do_not_ever|warning|police|report_it|news|article'],
    examples: {
      match: [
        'I got the pics u sent on snap. 300 to my cashapp or ur whole school has them by monday',
        'your little video is going to your mom in 5 minutes unless you answer',
        "if i don't get the money today i'm posting you on every site i know",
        'you have a choice: pay me or be famous at school tomorrow',
        'i want 5 more videos by tonight or the first one gets shared',
        'ur gonna send me a pic every night or ur mom sees the one u already sent',
        'pick: 100 dollars or your nudes on twitter',
        'every second u dont answer is another person who sees it',
        "I've already made a group chat with all your friends. Should I send it?",
        "you're going to regret blocking me, i still have the pics",
        'give me 2000 robux or i post the vid in the roblox group',
        'your nudes + your name + your school = viral. think about it',
        'Dont even think about telling your parents, i will know and i will post it',
        'so ur gonna pay or should i start with ur grandma',
        'i already have the message typed to your mom. just need to hit send',
        "Send me nudes or I'll tell everyone you're gay",
        "I'll put your number and your pics on an escort site",
        "i'll upload your stuff to reddit with your real name",
      ],
      ignore: [
        'my cousin got a message saying pay 100 dollars or your nudes on twitter, she reported it',
        'hurry or your mom gets the last slice',
        'i made a group chat with all your friends for the surprise party, should i send the invite?',
        'every second you dont answer the pizza gets colder',
        'send the notes or i post them in the gc',
        'the video is going to your mom after the recital',
        'study or be famous at school for failing lol',
        'should i start with your moms recipe',
        'the invite is typed and ready for your mom',
        'never send nudes, they can go viral',
        "ill tell everyone you're gay for taylor swift lol",
      ],
    },
  },
  {
    id: 'veiled-consequences',
    phrases: [
      'explain to your|ur @audience why|how ..4 naked|nude|nudes|on_the_internet|all_over_the_internet|online|everywhere|porn|on_pornhub',
      'so he|she|they|everyone|everybody knows|know|sees|see|can_see|finds_out what|who ..2 you|u|his_sister|her_daughter|their_daughter|their_son|his_son|her_son|his_daughter|your_sister|your_brother ..2 is|are|really|did|do|are_like|is_like|looks_like|look_like',
      'posting|leaking|uploading|exposing_you|sending_it|sending_them|dropping_it|dropping_them ..1 in # ..1 [@timeunit]',
      'pay|send|venmo|cashapp|zelle|transfer ..6 and|n|then nobody|no_one|noone|none_of_them ..2 sees|see|will_see|knows|will_know|finds_out|will_find_out|has_to_see|has_to_know|gets_anything|hears',
      '@iwill ..4 post|leak|expose|share your|ur dms|messages|chats|texts|pics|nudes|videos|photos ..4 if_you_do_not|if_you_dont|if_u_dont|unless|if_not|if_you_block|if_you_ignore',
      'miss|skip|forget|refuse|fail ..3 and|n|then everyone|everybody|every1|the_whole_school|your_whole|ur_whole|all_your|your_parents|ur_parents ..1 finds_out|find_out|knows|will_know|sees|will_see|gets_it|gets_them|gets_everything',
      'ignore|ignoring|block|blocking|report|reporting|test|testing ..4 and|n|then ..1 see|watch|find_out what happens|will_happen to your|ur reputation|rep|life|future|pics|secret|secrets|account|social_life|image|name',
      'your|ur|the|those|these @nude go|goes|will_go|are_going|gets_sent|get_sent ..1 to your|ur @audience',
      '@share ..4 to|with every|each single|last|one ..2 of your|ur @audience',
      'after_that|after_this|by_then|by_tomorrow ..2 the|your|ur|those|these|that|this video|videos|pics|pictures|photos|nudes|recording|clip|footage is|are|goes|go|will_be|gets|get public|viral|everywhere|leaked|online|out|posted',
      'delete|block|unadd|ignore|report|unfriend me ..2 and|n|then your|ur @audience ..2 gets|get|will_get|sees|see|will_see|receives|finds_out|is_getting ..1 tagged|added|sent|it|them|everything|a_copy|the_video|the_pics',
    ],
    unless: ['sextort*|recipe|invite|invitation|newsletter|menu|flyer|schedule|homework|notes|slides|permission|form|forms|results|grades|report_card|tickets|project|birthday|bday|party|surprise|gift|present|trip|vacation|holiday|wedding|graduation|concert|game|match|practice|team_photo|banquet|yearbook|album|art|drawing|baby|puppy|dog|cat|lol|lmao|haha|jk|joking|kidding|meme|memes|spoiler*|finale|episode|song|cover|vlog|channel|story_time|algorithm|room|mess|messy|chores|dishes', 'tell_an_adult|trusted_adult|if_someone|if_somebody|if_anyone|scam|scammer|scammers|never|warning|police'],
    examples: {
      match: [
        'u can either cooperate or explain to ur parents why ur naked on the internet',
        "i'll send your little brother the video so he knows what his sister is like",
        'ok then. posting in 10',
        'bro just send 100 on venmo and nobody sees anything',
        "i'll hack your account and post your dms if you dont send another",
        'i want 3 vids a week. miss one and everyone finds out',
        'delete me and your sister gets tagged in everything',
        'keep ignoring me and watch what happens to your reputation',
        'i wasnt gonna do this but u left me no choice. ur nudes go to ur mom tonight',
        'i’ll send the video to every single one of your followers',
        "i'll give u a week to get the money. after that the video is public",
      ],
      ignore: [
        'you can either clean your room or explain to mom why its a mess',
        'ok then. posting the meme in 10 lol',
        'just send 100 on venmo for the trip and nobody has to front you',
        'i want 3 vids a week for the channel, miss one and the algorithm hates us',
        'delete me from the group and tag your sister instead',
        'keep studying and watch what happens to your grades',
        "i'll send the invite to every single one of your friends",
        'upload it tonight, after that the video is online on my channel',
      ],
    },
  },
  {
    id: 'they-would-love-reading-it',
    phrases: [
      'screenshot*|screenshotted|saved|recorded|kept|said|wrote|sent|typed|told_me ..6 your|ur @audience would|will|d|wud|gonna|going_to [really|so|just|definitely|totally] love|like|enjoy|be_interested ..2 reading|seeing|watching|hearing|to_see|to_read|to_watch|to_hear|in_reading|in_seeing',
      'your|ur @audience would|will|d|wud [really|so|definitely|totally] love|like|enjoy ..2 reading|to_read|seeing|to_see|watching|to_watch ..2 our|the|your|ur|what|everything|all ..1 chats|chat|messages|texts|dms|convo|conversation|conversations|pics|nudes|video|videos|you_said|u_said|you_sent|u_sent|you_wrote|you_did|u_did',
    ],
    unless: ['the_card|card_you_made|card_u_made|clean|tidy|room|proud|amazing|great|good|well|recipe|invite|invitation|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|letter|poem|essay|story|book|project|homework|grades|report_card|recital|concert|game|match|goal|baked|cake|cookies|drawing|art|painting|song|trip|vacation|party|birthday|bday|wedding|graduation|speech|lol|lmao|haha|jk|proud|cute|sweet|funny|baby|puppy|dog|cat', 'tell_an_adult|trusted_adult|if_someone|if_somebody|when_someone|someone_says|scam|scammer|scammers|news|article'],
    examples: {
      match: ['I screenshotted everything you said to me last night. your parents would love reading it', 'i saved all our chats, ur dad would be interested in reading them', 'your mom would love to read what you sent me'],
      ignore: [ 'ur mom would love to see what you did in your room, its so clean now','i saved the card you made, your mom would love reading it', 'your dad would love to see the video of your goal', 'i kept the poem, your teacher would love reading it'],
    },
  },
  {
    id: 'nobody-has-to-find-out-about-the-pics',
    phrases: [
      '# [@currency] ..4 nobody|no_one|noone|none_of_them ..2 sees|see|will_see|knows|will_know|finds_out|will_find_out|has_to_know|has_to_see|needs_to_know|gets_anything|hears',
      'nobody|no_one|noone|none_of_them|your_parents|ur_parents|your_family|ur_family [never|ever] has_to|have_to|needs_to|need_to|gotta|got_to|must|will|ever_has_to|ever_have_to ..2 find_out|know|see|hear ..2 [about] [those|these|the|your|ur|our|what|all] @nude|pics|pictures|photos|video|videos|clip|recording|chats|messages|dms|what_you_sent|what_u_sent|what_you_did|what_u_did|you_sent|u_sent|we_did|on_cam',
    ],
    unless: ['party|trip|surprise|gift|present|birthday|bday|lol|lmao|haha|jk|meme|memes|test|grades|report_card|cookie|cookies|cake|window|vase|car|dent|crush|concert|game|prank|sleepover|baby|haircut'],
    examples: {
      match: [ "150 and we're good. nobody sees anything","Nobody has to find out about those pics. Depends on you.", 'no one needs to know about the video. just pay', 'your parents never have to see what you sent... if you cooperate'],
      ignore: [ '20 bucks and nobody finds out you broke the vase lol','nobody has to find out about those pics from the party lol', 'nobody has to know about the surprise video for mom', 'no one needs to know about the photos of the broken vase'],
    },
  },
  {
    id: 'or-it-goes-on-your-profile',
    phrases: [
      'or|else|otherwise|if_not ..2 it|its|they|them|everything|this|that|@photo ..2 going|goes|go|will_go|gets_posted|get_posted|ends_up|end_up|lands|land|is_going|are_going ..2 on|onto|up_on|to|in your|ur instagram|story|page|profile|feed|snapchat|tiktok|facebook|socials|account|wall|twitter|timeline|stories',
    ],
    unless: ['recipe|invite|invitation|flyer|schedule|homework|notes|slides|birthday|bday|party|trip|vacation|holiday|wedding|graduation|concert|game|match|art|drawing|song|cover|meme|memes|lol|lmao|haha|jk|kidding|drafts|draft|archive|tagged_photos|settings|private|algorithm|shoutout|shout_out|collab|promo|ad|ads'],
    examples: {
      match: ['300 on zelle and its gone. otherwise its going on ur insta with ur name tagged', 'do what i say or they go up on ur story', 'answer me or the video goes on your facebook'],
      ignore: ['send me the caption or it goes on your story without one lol', 'pick the best one or they all go on your page for the party', 'tag me or the shoutout goes on your story'],
    },
  },
  {
    id: 'drop-it-in-every-gc',
    phrases: [
      '@iwill|or|else|otherwise|im|i_am ..2 drop|dropping|post|posting|send|sending|leak|leaking|share|sharing|spam|spamming|forward|forwarding ..2 it|them|this|everything|these|those|the_pics|the_video|the_vid|your_pics|ur_pics|your_nudes|ur_nudes ..2 in|on|to|into every|all|all_the|each ..1 gc|gcs|group_chat|group_chats|groupchat|groupchats|group|groups|chat|chats|server|servers',
    ],
    unless: ['recipe|invite|invitation|invites|link|flyer|poster|schedule|homework|notes|slides|form|forms|petition|fundraiser|birthday|bday|party|trip|vacation|wedding|graduation|concert|game|match|tournament|meme|memes|playlist|song|lol|lmao|haha|jk|kidding|announcement|news|event|sale|lost|missing|dog|cat|puppy'],
    examples: {
      match: ['u got 30 mins to send 500 or im dropping it in every gc ur in', 'ill post them in all the group chats at ur school', 'or i leak the pics to every server you are in'],
      ignore: ['im dropping it in every gc so everyone comes to the party', 'ill post the flyer in all the group chats', 'im sending it to all the group chats, its the fundraiser link'],
    },
  },
  {
    id: 'publish-what-we-have-if-you-back-out',
    phrases: [
      'if you|u back_out|backout|quit|stop|refuse|say_no|cancel|leave|pull_out|change_your_mind|do_not_do|dont_do ..6 we|we_will|well|i|@iwill ..2 @share|publish|put ..3 the_ones|them|it|those|these|the_pics|the_photos|the_videos|what_we_have|what_i_have|everything|your_pics|ur_pics|your_photos|ur_photos',
    ],
    unless: ['party|trip|vacation|wedding|graduation|concert|game|match|tournament|team|club|website|yearbook|newsletter|school_website|album|art|drawing|song|cover|recipe|schedule|homework|lol|lmao|haha|jk|kidding|giveaway|contest|refund|raffle|event'],
    examples: {
      match: ["If you back out now we'll publish the ones we have on our site with your full name", 'if u refuse the next shoot i will post the photos i have', 'if you quit now we post everything we have'],
      ignore: [ 'if you quit the club we will post the photos we have on the website',"if you back out of the game we'll post the team photos without you", 'if you cancel we will post the ones we have for the yearbook', 'if you quit now we post the schedule tomorrow'],
    },
  },
  {
    id: 'just-a-preview',
    phrases: [
      'just|only a preview|taste|sample|teaser|glimpse|sneak_peek|fraction ..3 of what|whats|what_is|what_i|everything ..4 release|post|posted|leak|leaked|send|share|drop|expose|have|got|coming|on_you|gets_out|going_out|to_come',
    ],
    unless: ['album|song|songs|music|mixtape|ep|movie|film|season|series|episode|game|update|patch|dlc|menu|show|concert|tour|party|trip|vacation|lol|lmao|haha|jk|new|merch|collection|clothing|line|drop_date|art|drawing|recipe|cooking|book|chapter|story|fic|fanfic|video_essay|vlog|channel|stream|cake|dessert|dinner|food|workout|training|class|course|lesson|sale|product|app|website|build|project|presentation|talent|skills|moves|dance'],
    examples: {
      match: ["u saw what i sent u. thats just a preview of what i'll release", 'that was only a taste of what i have on you', 'just a sample of what gets posted if you dont pay'],
      ignore: ["thats just a preview of what i'll release on the album", 'only a taste of what im cooking for dinner lol', 'just a sneak peek of what i have planned for the party'],
    },
  },
  {
    id: 'your-people-get-the-first-one',
    phrases: [
      'then|so|or|else|otherwise ..3 your|ur @audience gets|get|receives|receive|will_get|is_getting|are_getting|sees|see|will_see ..1 the|that|this|my ..1 first|last|other|old|next|best|worst one|ones|pic|pics|picture|pictures|photo|photos|video|videos|vid|clip|nudes|nude',
      'then|so|or|else|otherwise ..3 your|ur @audience gets|get|receives|receive|will_get|is_getting|are_getting|sees|will_see ..1 it|them|those|these|everything|it_all|all_of_it|all_of_them ..3 tonight|today|now|right_now|in|first|too|instead|then|next|tomorrow|by|all|unless|if',
    ],
    unless: ['fridge|freezer|pantry|kitchen|ice_cream|dessert|wedding|graduation|concert|recital|game|match|prom|reunion|slice|pizza|cake|cookie*|piece|seat|food|dinner|lunch|snack*|candy|fries|gift|present|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|invite|invitation|ticket*|turn|bed|room|car|ride|lol|lmao|haha|jk|kidding|birthday|bday|party|trip|vacation|christmas|xmas|souvenir|report_card|grades|receipt|bill|change|leftovers|dessert|drink|hug|hugs|kiss|kisses|flowers|chocolates|package|mail|letter|keys|shirt|hoodie|jacket|charger|recipe|hamster|kitten|puppy|dog|cat|surprise'],
    examples: {
      match: ['no? then i guess ur dad gets the first one', 'or ur mom sees the last video', 'so your friends get them tonight unless you answer'],
      ignore: [ 'or ur fam sees the first video from the wedding','hurry or ur mom gets the last slice', 'then your dad gets the first piece of cake lol', 'or your sister gets the front seat'],
    },
  },
  {
    id: 'spread-them-round-your-school',
    phrases: [
      '@iwill|or|otherwise|can|could|gonna|going_to|and|then ..6 spread|spreading|leak|leaking|circulate|circulating|pass|passing ..2 them|it|those|these|@photo|everything|your_pics|ur_pics ..1 around|round|all_over|throughout|across your|ur [whole|entire] @audience',
    ],
    unless: ['recipe|invite|invitation|invites|flyer|poster|petition|worksheet|notes|homework|form|forms|sign_up|signup|sheet|list|cookies|cake|candy|snacks|food|cards_for|greeting_cards|christmas_cards|birthday_cards|card_games|trading_cards|pokemon_cards|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|birthday|bday|party|trip|word|news|love|joy|kindness|positivity|cheer|rumor|rumors|gossip|lol|lmao|haha|jk|kidding|butter|jam|seeds|mulch|fertilizer'],
    examples: {
      match: ['I can easily put your face on some nasty pics and spread them round your school', 'or i leak them all over your school', 'im going to pass your pics around your whole class'],
      ignore: ['spread the flyer around your school pls', 'can you pass these cookies around your class', 'lets spread the word around your school about the bake sale'],
    },
  },
  {
    id: 'parents-contacted-unless-you-pay',
    phrases: [
      'your|ur @audience ..2 being|getting|will_be|gets|get|are|is contacted|informed|notified|told|called|emailed|messaged|alerted ..6 pay|payment|settlement|fine|fee|@payment|@currency',
      'pay|payment|settlement|fine ..6 or|else|otherwise ..3 your|ur @audience ..2 will_be|get|gets|are|is contacted|informed|notified|told|called|emailed|messaged|alerted',
    ],
    unless: ['school|absence|absent|attendance|detention|tuition|field_trip|trip|lunch|cafeteria|library|book|books|grades|report_card|form|forms|permission|club|team|dues|uniform|registration|camp|daycare|doctor|dentist|appointment|bill|rent|phone_bill|late_fee|parking|lol|haha|jk|scam|scammer|scammers|news|article|tell_an_adult|trusted_adult|police_say'],
    examples: {
      match: ['To avoid charges being filed and your parents being contacted you must pay a settlement of $1,500 in Google Play cards today.', 'pay the fine or your family will be contacted tonight'],
      ignore: ['your parents will be contacted if the lunch fee is not paid', 'pay the library fine or your parents get emailed'],
    },
  },
  {
    id: 'they-would-be-fascinated',
    phrases: [
      'your|ur @audience would|will|d|wud|might|must [really|so|definitely|totally|be|be_very|be_so] fascinated|interested|shocked|surprised|curious|disgusted|thrilled|horrified|love_to_know|love_to_hear|like_to_know|love_to_see|like_to_see ..3 what|how|in_what|by_what|about_what|to_know|to_see|to_learn ..3 you|u ..2 do|did|doing|sent|send|showed|get_up_to|are_into ..4 cam|camera|webcam|video|naked|nude|nudes|facetime|with_me|to_me|for_me',
      'shame|pity|sad|too_bad|sorry_for|watch|wait_till_you_see|you_will_see ..4 what|whats|what_is ..1 about_to|going_to|gonna|bout_to|gunna happen ..2 to your|ur reputation|rep|life|future|social_life|name|image|friendships|family|account',
      'or|else|otherwise ..3 your|ur @audience get|gets|will_get|are_getting|is_getting|are_going_to_get|is_going_to_get a|the|quite_a|little|free|nice|real show|preview|peek|treat|eyeful|look|private_show',
      '@iwill make|create|set_up|open|start ..2 an|a account|profile|page|insta|instagram ..3 with|using|of|full_of your|ur pics|photos|nudes|videos|face|pictures ..6 message|dm|text|add|follow|tag|send|post|everyone|everybody|your|ur',
      '@iwill tell your|ur @audience ..3 about us|everything|what_we_did|what_you_did|what_u_did|our_chats|our_chat|what_happened ..4 show|send|forward|give them|him|her|it|everything|the_pics|the_chats|our_chats|the_video|the_screenshots|what_you_sent',
    ],
    unless: ['lol|lmao|lmfao|haha|hahaha|diary|journal|haircut|hair|outfit|clean|tidy|proud|ring|engaged|engagement|propose|proposal|party|surprise|gift|present|birthday|bday|recital|concert|game|match|movie|play|talent|dance|dancing|magic|fireworks|cake|dinner|cooking|grades|report_card|school_project|science|homework|essay|award|trip|vacation|volunteer*|team|club|fan|fanpage|fan_page|business|shop|art|drawing|drawings|jk|kidding|joking|weather|storm|finale|episode|season|spoil*|tell_an_adult|trusted_adult|scam|scammer|scammers|news|article|sextortion'],
    examples: {
      match: ["I'm sure ur principal would be fascinated by what you do on camera", "its a real shame what's about to happen to your reputation", 'venmo me or ur followers get a show', "i'll make an account with your pics and message everyone at your school", "I'll tell your parents about us and show them everything"],
      ignore: [ "shame what's going to happen to your reputation when they see your new haircut lol", "i'll tell your mom about us and show her the ring", 'or your sister gets a look at your diary haha','your mom would be so interested in what you did on the science project', "watch what's about to happen to your team in the finale", 'hurry or your mom gets a show at the recital', "i'll make an account with your pics for the fan page", "i'll tell your parents about the surprise party and show them everything"],
    },
  },
  {
    id: 'the-longer-you-wait',
    phrases: [
      'longer you|u wait|ignore|take|delay|stall|wait_the|ignore_me ..3 more people|people|followers|contacts|of_your|everyone ..2 see|sees|get|gets|receive|will_see|will_get ..1 it|them|this|these|those|everything|the_video|the_pics|your_pics|ur_pics|your_nudes|ur_nudes',
      'every minute|second|hour|day|time ..6 send|post|forward|leak|show|sending|posting ..2 it|them|this|these|those ..3 to one_more|another|a_new|more person|people|contact|follower|friend|contacts|followers',
      'this|it|everything|these|those|they ..1 goes|go|will_go|is_going|are_going|gets_sent|get_sent ..1 to your|ur @audience ..4 monday|tomorrow|tonight|today|morning|unless|if|in|first_thing|by|at|now|soon|next',
      '@iwill [just] send|show|forward|post|share|leak screenshots|screenshot|ss|screenies|recordings|recording ..3 of|from our|your|ur chat|chats|conversation|conversations|convo|convos|dms|messages|texts|call|calls|facetime ..3 to|with|on your|ur @audience',
      'still love|respect|like|want|talk_to|look_at you|u ..3 after|when|once|if they|he|she|everyone|people ..1 see|sees|saw|find_out|read|hear|watch',
    ],
    unless: ['sign|signed|signature|fill|hand_in|turn_in|deliver|mail|stamp|forget|forgot|planned|plan|so_she|so_he|so_they|so_your|where|early|algorithm|views|likes|recipe|invite|invitation|invites|link_to_the|flyer|schedule|homework|notes|slides|form|forms|permission|newsletter|menu|results|grades|report_card|tickets|address|directions|pick|pickup|pick_up|plan|plans|info|details|proof_that|birthday|bday|party|surprise|gift|present|package|parcel|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|letter|wedding|trip|vacation|holiday|graduation|concert|game|match|recital|yearbook|album|art|drawing|song|cover|cake|cookies|baby|puppy|dog|cat|haircut|hair|outfit|dress|tattoo|lol|lmao|haha|jk|kidding|application|resume|cv|report|essay|project|assignment|timesheet|invoice|shift|memo', 'tell_an_adult|trusted_adult|if_someone|if_somebody|when_someone|someone_says|scam|scammer|scammers|news|article|sextortion'],
    examples: {
      match: ['the longer you wait the more people see it', 'every hour you ignore me i send it to one more person', 'this goes to your boss monday morning', "i'm going to send screenshots of our conversation to your school", 'u think ur parents will still love u after they see this?'],
      ignore: ['the longer you wait the more people get tickets', 'this goes to your boss monday, its the timesheet', "i'll send screenshots of our chat to your mom so she has the pickup plan", 'the longer you wait the more people see your post, post it early', 'it goes to your teacher monday, dont forget to sign it', 'ill send screenshots of our chat to your mom so she knows we planned it'],
    },
  },
  {
    id: 'you-dont-everyone-sees',
    phrases: [
      'you|u do_not|dont|wont|refuse|will_not [pay|send|answer|reply|comply|cooperate|listen|do_it|do_that] everyone|everybody|every1|your_whole|ur_whole|your_parents|ur_parents|all_your|all_ur ..1 sees|see|knows|know|gets|get|finds_out|will_see|will_know',
      'or|else|otherwise i|ill|@iwill|im [just] @share|leak|post|drop|release ..2 the|those|these|all_the ones|one|rest|others|pics|videos|stuff ..1 i_have|i_got|i_already|i_saved|you_sent|u_sent|from_before|i_kept',
      '@iwill show|send|forward|read everyone|everybody|every1|the_whole_school ..1 the|our|your|ur|those|these chats|chat|messages|dms|texts|screenshots|convo|convos|pics|video|videos|nudes',
      'sending|posting|forwarding|leaking|uploading|dropping|showing it|them|this|everything|these|those ..1 to your|ur @audience ..2 now|right_now|rn|tonight|today|as_we_speak|unless|in|first',
      '@iwill tell|show|let_know|inform everyone|everybody|every1|the_whole|your_whole|ur_whole|all_your|all_ur|your|ur ..2 school|class|grade|@audience|followers|friends|family ..1 what|how|that you|u did|do|sent|look|looked|were_doing ..3 on|in|with cam|camera|facetime|video|call|vc|snap|bed|naked|nude|to_me|for_me|with_me',
      'see|watch how fast|quickly it|this|they|these|those|everything|the_video|the_pics|your_pics|ur_pics spreads|spread|goes_viral|go_viral|travels|travel|gets_around|goes_around',
    ],
    unless: ['recipe|invite|invitation|invites|link|flyer|schedule|homework|notes|slides|form|forms|permission|newsletter|menu|results|grades|report_card|tickets|birthday|bday|party|surprise|gift|present|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|trip|vacation|holiday|wedding|graduation|concert|game|match|recital|yearbook|album|art|drawing|song|cover|cake|cookies|baby|puppy|dog|cat|haircut|outfit|dress|lol|lmao|haha|jk|kidding|tiktok|on_tiktok|reel|reels|my_video|my_post|petition|fundraiser|cause|awareness|rumor|rumors|gossip|word|news|fire|virus|flu|cold|germs|covid|lice|meme|memes|trend|challenge|scared|chicken|come|show_up|vote|rsvp|tell_an_adult|trusted_adult|if_someone|when_someone|someone_says|scam|scammer|scammers|article|sextortion|proud|amazing|great|awesome|talent|funny|trick|tricks|magic'],
    examples: {
      match: ['its simple. u pay, i delete. u dont, everyone sees', 'either more pics or i leak the ones i have', "if i go down im taking u with me, i'll show everyone the chats", 'ok ur choice. sending it to ur sister now', 'im going to tell the whole school what you did on facetime', 'keep ignoring me and see how fast this spreads'],
      ignore: ['if u dont hurry everyone sees the ending before us', 'see how fast this spreads on tiktok', 'if u dont come everyone will know youre scared lol', 'ok sending it to ur sister now, its the party invite', 'im going to tell the whole school what you did at the talent show, so proud', 'tell one person and see how fast the rumor spreads'],
    },
  },
  // ---- round 6 (en-ut): threats to share said in other words ----
  {
    id: 'nudes-are-going-somewhere',
    phrases: [
      '@nude ..2 [are|is|r] going|goin|headed|heading|getting_posted|getting_sent|going_up|going_out|go|goes|gonna_go|going_to_go|will_go|will_be|are_gonna_be|are_going_to_be ..3 in|into|on|to|out|up|online|public|everywhere|viral|posted|leaked',
      '@photo|video|vid|recording|clip|everything|it|they|them|your_pics ..2 are|is|r going|goin|headed|heading|getting_posted|getting_sent|going_up|going_out ..3 in|into|on|to|up|out|online|public ..6 unless|if_you_do_not|if_not|or_else|otherwise|until|tick_tock|clock_is_ticking',
    ],
    unless: ['channel|vlog|youtube_channel|say_no|if_you_object|object|objection|permission|consent|ok_with|okay_with|approve|approval|news|article|celebrity|celebrities|celeb|leaked_celebrity|scam|scammer|scammers|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|tell_an_adult|trusted_adult|lol|lmao|haha|jk|team|website|yearbook|newsletter|album|slideshow|class|trip|party|birthday|bday|wedding|graduation|prom|concert|game|match|recital|show|exhibit|exhibition|gallery_show|portfolio|art|drawing|project|homework|frame|print|prints|fridge|wall|mail|post_office|package|delivery|storage|cloud|backup|new_phone|camera_roll|upload_finished|rendering|render|export'],
    examples: {
      match: ['ur nudes are going in the group chat at 9 unless i get another vid', 'your nudes will be online tonight', 'the video is going up on your school page unless you pay', 'nudes are getting posted in 10 min'],
      ignore: ['the video is going up on the channel unless you say no', 'celebrity nudes are going viral, crazy news', 'the team pics are going on the website unless someone objects', 'the video is going up on the channel tonight lol'],
    },
  },
  {
    id: 'or-its-posted',
    phrases: [
      'or|else|otherwise|if_not it|its|it_is|it_s|they|they_are|theyre|everything|everything_is|everything_s|the_video|the_video_is|the_pics|the_pics_are|your_pics|your_nudes|your_video [all] [getting|going|gets|being] posted|leaked|uploaded|published|exposed|online|public|viral|shared|forwarded',
      'or|else|otherwise|if_not i|we|@iwill [just] [will] publish|post|upload|leak|expose|share|put|release ..2 on|to|in|online|everywhere|internet|the_internet|youtube|pornhub|facebook|instagram|tiktok|twitter|reddit|snapchat|social|social_media|socials|@app|all_platforms|every_platform',
    ],
    unless: ['notice_board|noticeboard|bulletin|bulletin_board|board|website|portal|automatically|auto|by_the_app|bot|system|algorithm|queue|late|homework|assignment|grade|grades|form|forms|listing|ad|ads|sale|price|prices|deadline_for|essay|project|edit|editing|channel|subscribers|vlog|thumbnail|stream|streams|podcast|episode|recipe|without|without_you|without_it|without_your|without_ur|with_or_without|draft|drafts|schedule|scheduled|newsletter|blog|article|review|reviews|menu|photos_from|pics_from|trip|party|game|match|team|lol|lmao|haha|jk|kidding|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult'],
    examples: {
      match: ['not my problem. 4 minutes. or its posted', "pay or it's leaked", 'pay or the pics are leaked', 'You have 1 hour for send me 200 euro or I publish on youtube', 'answer me or i post on every platform', 'send it or everything is public'],
      ignore: ["or it's posted automatically at midnight by the app", 'send me your part or its posted late', 'finish the edit or i post on youtube without it', 'send the recipe or i post on my blog without it lol'],
    },
  },
  {
    id: 'or-they-all-get-a-link',
    phrases: [
      'or|else|otherwise|if_not they|everyone|everybody|every1|all_of_them|each_of_them|every_single_one_of_them|every_one_of_them [all] [will] [are_going_to] [going_to] get|gets|receive|receives|see|sees ..2 a|the|my|this|that|it|them|your link|links|copy|copies|video|vid|pics|clip|recording|screenshots|preview|everything|nudes',
      'or|else|otherwise|if_not ..6 send|sending|show|showing|sent|forward|forwarding your|ur|to_your|to_ur|all_your|all_ur @audience',
    ],
    unless: ['surprise|mom_gets_home|invite|invitation|invites|zoom|meeting|class|lesson|party|rsvp|form|forms|newsletter|schedule|homework|notes|slides|recipe|menu|playlist|tickets|ticket|trip|bday|birthday|wedding|gift|present|cake|flowers|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|cards_for|greeting_cards|christmas_cards|birthday_cards|card_games|trading_cards|pokemon_cards|thank_you|late|lol|lmao|haha|jk|kidding|report_card|grades|results|letter_home|detention|permission|field_trip|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult'],
    examples: {
      match: ['Pay or they all get a link.', 'answer me or everyone gets the video', 'you have 1 hour or I publish on youtube and send your friends', 'or else i send your parents'],
      ignore: ['rsvp or they all get the zoom link late', 'hurry or everyone gets the cake before you lol', 'sign the form or i send your parents a letter home'],
    },
  },
  {
    id: 'everyone-you-know-will-see-it',
    phrases: [
      'everyone|everybody|every1|anyone|all_the_people|every_person|every_single_person you|u follow|know|love|care_about|follows|talk_to|have|went_to_school_with ..3 will|gonna|going_to|is_going_to|are_going_to|about_to|gon|will_get_to ..1 see|get|receive|watch|know|have|hear_about ..1 it|them|this|that|these|those|everything|what|the|about|your_pics|your_nudes|your_video|the_video|the_pics',
      'everyone|everybody|every1|anyone you|u follow|know|love|care_about|follows ..2 gets|get|sees|see|receives|will_get|will_see ..1 it|them|this|these|those|everything|a_copy|a_link|the_video|the_pics ..2 tonight|today|now|soon|in|unless|if|first|next|by|tomorrow|too',
    ],
    unless: ['story|stories|posts|notification|notifications|status|update|profile|premiere|show|movie|play|musical|concert|recital|party|wedding|graduation|prom|game|match|trailer|announcement|news|article|haircut|hair|outfit|dress|costume|tattoo|car|house|new_car|new_house|baby|puppy|dog|cat|post|reel|tiktok|youtube|channel|video_for|school_play|talent_show|yearbook|invite|invitation|lol|lmao|haha|jk|kidding|proud|amazing|congrats|congratulations|famous|cute|so_good|art|drawing|painting|book|song|album'],
    examples: {
      match: ['everyone you follow is gonna see it', 'everybody you know is going to get these', 'anyone you care about will see what you sent', 'everyone you follow gets it tonight'],
      ignore: ["everyone you follow will see your story", 'everyone you know is going to see it at the premiere', 'everyone you follow is going to see your new haircut lol', 'everybody you love will see the wedding video, so proud'],
    },
  },
  {
    id: 'will-not-share-them-if-you',
    phrases: [
      'i [will] will_not|would_not|wont|am_not_going_to|not_going_to|am_not_gonna|never|do_not share|post|leak|send|show|forward|expose|upload|release them|it|those|these|anything|your|ur|the|this|that|you|u ..4 if|as_long_as|long_as|so_long_as|provided|only_if you|u send|pay|give|keep_sending|cooperate|behave|listen|answer|reply|stay|do_what|do_as|send_me|pay_me|get_me|follow|comply|obey|play_along|keep_quiet|keep_talking|remain|keep_paying|do_exactly',
      'as_long_as|long_as|so_long_as|provided you|u ..3 send|pay|keep_sending|cooperate|behave|listen|do_what|do_as ..4 i [will] will_not|would_not|wont|am_not_going_to|not_going_to|never share|post|leak|send|show|forward|expose|upload|release|tell',
    ],
    unless: ['ugly|blurry|bad_pic|embarrassing_pic|of_me|me_in|the_one_of_me|lol|lmao|haha|jk|kidding|homework|answers|notes|recipe|playlist|spoiler*|ending|surprise|party|birthday|bday|gift|present|crush|better_ones|best_ones|good_ones|nicer|edit|edits|permission|consent|if_you_do_not_want|if_you_dont_want|unless_you_want|ok_with_it|okay_with_it|comfortable|agree|say_so|say_yes'],
    examples: {
      match: ['dont worry i wont share them... if u send me some too', "Before you panic, I'm not going to share anything as long as you follow my instructions.", 'i wont post anything as long as you keep sending', 'as long as you pay i will not leak them', 'i will never show your parents if you do what i say'],
      ignore: ['i wont post them if you dont want me to', 'i wont post the ugly pic if you send me the answers lol', 'i will not share the recipe as long as you keep it a surprise'],
    },
  },
  {
    id: 'pity-if-she-got-tagged',
    phrases: [
      'shame|pity|sad|bad|awkward|unfortunate|too_bad|terrible|awful ..3 if ..3 she|he|they|her|him|them|@audience|mom|dad|mum got|gets|were|was|is|being tagged|sent|shown|forwarded|dmed|messaged|emailed|mailed ..1 in|it|them|this|that|those|these|a_copy|the_video|the_pics|a_link|your',
    ],
    unless: ['lol|lmao|haha|hahaha|jk|joking|kidding|ugly|blurry|embarrassing|meme|memes|home|detention|office|principal_s_office|to_the_office|bill|invoice|spam|junk|chain_letter|newsletter|surprise|party|birthday|bday|gift|present|invite|invitation|homework|report_card|grades|letter|reminder|ticket|tickets|fine'],
    examples: {
      match: ['would be a pity if she got tagged in it', 'it would be a shame if your dad got sent a copy', 'would be awkward if they were shown the video'],
      ignore: ['would be a shame if she got tagged in the ugly pic lol', 'it would be bad if he got sent to the office again', 'would be a shame if your mom got sent the report card'],
    },
  },
  {
    id: 'to-avoid-publication',
    phrases: [
      'to avoid|prevent|stop ..4 publication|publishing|distribution|distributing|release|releasing|exposure|dissemination|it_being_posted|it_being_shared|it_going_public|them_being_posted|the_leak|leaking|being_exposed|being_published|going_public|your_exposure ..6 pay|must|need_to|have_to|send|transfer|required|payment|settle',
      'avoid|prevent|stop ..3 publication|distribution|dissemination|release|sharing|spread of ..3 your|ur|the|these|those video|videos|images|photos|footage|recording|recordings|material|content|pics|nudes',
    ],
    unless: ['homework|assignment|essay|thesis|paper|journal|manuscript|article|book|newsletter|magazine|editor|editorial|deadline|submission|submit|peer_review|grant|patent|copyright|press_release|embargo|scam|scammer|scammers|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|tell_an_adult|trusted_adult|report_it|take_it_down|takeitdown|ncmec|helpline|lol|haha|jk|privacy_settings|settings|app|tips|how_to'],
    examples: {
      match: ['To avoid prosecution and publication you must pay a fine of 300 EUR via Western Union', 'to prevent distribution of the footage, payment is required within 24 hours', 'if you want to stop the release of your video, send 200'],
      ignore: ['to avoid publication delays, submit the essay by friday', 'to stop the spread of your photos, use take it down and tell a trusted adult'],
    },
  },
  {
    id: 'sends-everything-to-your-people',
    phrases: [
      '@iwill|i_am_going_to|im_about_to [just] send|show|forward|post|leak|share|drop everything|it_all|all_of_it|all_of_them|them_all|every_pic|every_video|every_screenshot|all_your_pics|all_your_nudes|every_single_one|the_whole_thing|the_whole_video ..2 to|with your|ur @audience',
      '@iwill|i_am_going_to|im_about_to ..4 to|with every|each|all [single] [the] [of] contact|contacts|follower|followers|friend|friends|person|people|number|numbers|email|emails ..1 you|u|in_your|on_your|your have|know|follow|got|talk_to',
      'watch me send|post|leak|forward|share|show|drop ..3 to|on|with|in your|ur',
    ],
    unless: ['shoot|photoshoot|session|photographer|edited|editing|gallery|so_she_can|so_he_can|so_they_can|print|prints|order|frame|recipe|invite|invitation|invites|link|schedule|homework|notes|revision|lecture|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report_card|grades|tickets|asked|wanted|she_asked|he_asked|they_asked|birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|puppy|dog|cat|gift|present|cake|drawing|art|song|recital|baby|lol|lmao|haha|jk|yearbook|prom|christmas|xmas|thanksgiving|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|cards_for|greeting_cards|christmas_cards|birthday_cards|card_games|trading_cards|pokemon_cards|memes|meme|playlist|petition|fundraiser|survey|vote|thank_you'],
    examples: {
      match: ['i will send everything to your followers', "i'll leak it to every contact you have", 'watch me send it to your dad', 'im about to drop all of it to your family', 'ill send them all to your school'],
      ignore: ["i will send all the pics to your mom after the shoot", 'i will send everything to your mom so she can order prints', 'i will send everything to your mom for the party', 'ill send the invite to every contact you have', 'watch me send this meme to your dad lol'],
    },
  },
  {
    id: 'already-sent-to-one-of-yours',
    phrases: [
      'i [already] sent|showed|forwarded|posted|dropped|leaked ..2 one|some|a_few|two|couple of ..2 @photo|nudes|pics|videos|screenshots|chats ..4 to your @audience',
      'already|just sent|showed|forwarded|leaked|dropped it|them|one|some|a_copy|the_first_one|the_first ..3 to your|ur @audience ..4 you_are_next|your_next|whos_next|who_is_next|next|one_down|more_coming|rest|others|everyone_else|want_me|should_i|keep_going|the_rest',
    ],
    unless: ['asked|wanted|she_asked|he_asked|they_asked|loved|liked|cute|sweet|pretty|funny|birthday|bday|party|wedding|trip|vacation|graduation|concert|game|match|recipe|invite|invitation|link|schedule|homework|notes|form|forms|meme|memes|yearbook|prom|team|school_photos|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|flowers|thank_you|for_her|for_him|for_them|so_she|so_he|so_they|she_can|he_can|they_can|print|prints'],
    examples: {
      match: ['I already sent one of your pics to your friend Emma. want me to send the rest?', 'already sent it to ur sister lol ur next', 'just sent the first one to your dad. want me to keep going?'],
      ignore: ['already sent it to ur sister, she loved it', 'i sent one of your pics to your mom, she wanted it for the party', 'just sent the first one to your dad so he can print it'],
    },
  },
  {
    id: 'tell-everyone-you-sent-them',
    phrases: [
      '@iwill|or_i|or_ill tell|show|let_know|inform everyone|everybody|every1|your|ur|the_whole|all_your ..2 @audience|school|class|grade ..1 you|u|that_you|that_u|how_you|how_u sent|showed|gave|send ..2 them|it|me|those|these|nudes|pics|your_body|ur_body|yourself|naked',
      '@iwill|or_i|or_ill tell|show|let_know|inform everyone|everybody|every1 ..1 you|u|that_you|that_u|how_you|how_u sent|showed|gave|send ..2 them|it|me|those|these|nudes|pics|your_body|ur_body|yourself|naked',
    ],
    unless: ['lol|lmao|haha|jk|kidding|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|cards_for|greeting_cards|christmas_cards|birthday_cards|card_games|trading_cards|pokemon_cards|flowers|gift|present|cake|cookies|birthday|bday|valentine*|letter|note|love_letter|poem|playlist|homework|answers|notes|invite|invitation|meme|memes|recipe|thank_you|thanks|so_nice|so_sweet|kind|money|donation'],
    examples: {
      match: ['i will tell everyone you sent them to me', 'ill show your whole class you sent me nudes', 'or i tell your parents that you sent pics'],
      ignore: ['ill tell everyone you sent me flowers lol', 'i will tell your mom you sent the birthday card, so sweet'],
    },
  },
  {
    id: 'report-you-to-the-police',
    phrases: [
      '@iwill|or_i|or_ill|or_we|we_will|i_am_going_to|going_to|gonna report|turn|hand ..1 you|u|your_name|ur_name ..3 to|for police|cops|fbi|authorities|child_porn|cp|csam|distributing|distribution|possession|sending_nudes|sexting|exploitation|pedophilia|grooming',
      'pay|send|transfer ..6 or|else|otherwise ..3 police|cops|fbi|authorities|jail|prison|arrest|arrested|charges|charged|sex_offender|register|lawsuit|court',
      'you|u will|gonna|are_going_to|going_to|could|can go|be to|sent_to|in|on jail|prison|juvie|the_sex_offender_registry|a_sex_offender_list|the_registry ..4 unless|if|for|pay|send|sent|sending|nudes|pics|minor|underage',
    ],
    unless: ['lol|lmao|haha|jk|kidding|joking|charger|hoodie|snacks|fries|cookies|game|fortnite|minecraft|roblox|lobby|cheat|cheater|cheating|hacker|hacking|teacher|principal|mod|mods|moderator|admin|spam|scam|scammer|scammers|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|tell_an_adult|trusted_adult|news|article|movie|show|episode|documentary|speeding|parking|ticket|fine|drunk|driving|shoplifting|tax|taxes|parking_ticket|monopoly|careful|be_careful|did_you_know|fyi|psa|health_class|class'],
    examples: {
      match: ['i will report you to the police for child porn', 'pay 500 or the police get everything', 'you will go to jail for sending nudes to a minor unless you pay', 'im going to report you to the fbi for distribution'],
      ignore: ['ill report you to the mods for cheating lol', 'pay the parking ticket or you get a fine', 'you will go to jail for stealing my fries lol'],
    },
  },
  {
    id: 'hope-they-enjoy-the-video',
    phrases: [
      'hope|bet|betting|sure|guess your|ur @audience ..2 enjoy|enjoys|like|likes|love|loves|appreciate|appreciates|will_enjoy|will_love|will_like|going_to_love|going_to_enjoy ..2 the|my|your|ur|this|these|those|our video|videos|vid|pics|show|clip|recording|photos|content|nudes|chats|screenshots|little_video|little_show|surprise',
    ],
    unless: ['birthday|bday|party|wedding|trip|vacation|graduation|concert|game|match|recital|play|musical|talent_show|performance|dance|song|singing|gift|present|cake|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|credit_card_statement|flowers|cookies|slideshow|album|yearbook|prom|christmas|xmas|thanksgiving|anniversary|holiday|cute|sweet|amazing|proud|lol|lmao|haha|jk|funny|baby|puppy|dog|cat|movie|film|documentary|project|school_play|vlog|tour|house|room|garden|new_house|new_room|haircut|outfit'],
    examples: {
      match: ['hope your family enjoys the video', 'bet your dad will love these pics', 'hope your followers like the little show you gave me'],
      ignore: ['hope your family enjoys the wedding video', 'bet your mom will love these pics from the recital', 'hope your grandma likes the video, so cute'],
    },
  },
  {
    id: 'or-i-share-the-first',
    phrases: [
      'or|else|otherwise ..1 i|ill|@iwill|im ..1 share|post|send|leak|show|forward|drop|release|expose|sending|posting|leaking ..2 the|your|ur|that|those first|first_one|last_one|last|old|old_ones|other|other_ones|ones|previous|earlier|rest|others',
      'or|else|otherwise ..1 the|this|that|my|your|ur first|last|other|old|next|previous one|ones|video|pic|pics|clip|nude|nudes ..1 goes|go|gets_sent|get_sent|will_go|is_going|are_going|gets_posted|get_posted ..1 to|on|in your|ur|the @audience|whole|entire|everyone|school|class|instagram|story|socials|group_chat|gc',
      'one more excuse|no|word|delay|lie|day|block|ignore|ignored_message|minute|hour|dodge ..2 and|n|then ..1 it|its|it_s|they|they_are|everything|the_video|the_pics|you_are|youre|your ..1 out|goes_out|posted|online|public|leaked|viral|everywhere|exposed',
    ],
    unless: ['teacher|drawing|drawings|assignment|worksheet|essay|poem|story|presentation|slides|with_the_class|lol|lmao|haha|jk|kidding|out_of_my_hands|out_of_here|out_of_the|kicked_out|out_of_the_group|team|game|match|round|class_photo|yearbook|birthday|bday|party|cake|cookies|pizza|food|dinner|fries|snack*|slice|turn|song|playlist|homework|notes|recipe|meme|memes|draft|edit|edits|thumbnail|video_for|for_the|trip|vacation'],
    examples: {
      match: ['Send another one or I share the first', 'send 2 more pics or the first one goes to your class', 'one more excuse and its out', 'pay now or i post the other ones'],
      ignore: ['send another one or i share the first one with the class, teacher said we need two drawings', 'finish your fries or i share the rest with the dog lol', 'send the draft or i post the old one for the project', 'one more excuse and youre out of the team'],
    },
  },
  {
    id: 'everything-i-need-to-destroy-you',
    phrases: [
      'everything|enough|all|what i [will] need|needed|have|got ..2 to ruin|destroy|end|expose|finish|bury you|u|your|ur',
      'say goodbye|bye to your|ur scholarship|college|university|uni|admission|acceptance|job|team|spot|place|relationship|girlfriend|boyfriend|friendships|followers|account|privacy|innocence|family|good_name|name|image|spot_on_the_team|place_on_the_team',
      '@iwill make_sure|ensure|make_certain you|u never|do_not|will_not|cannot|can_not ..2 get_into|get_in|graduate|get_a_job|get_hired|work|play|make_the_team|go_to_college|get_a_scholarship|show_your_face|live_this_down|live_it_down',
      '@iwill|or_i make_sure|making_sure|ensure everyone|everybody|every1|the_whole_school|all_your|your_whole|the_whole_world ..2 see|sees|get|gets|know|knows|finds_out|find_out|receive|watch ..2 it|them|this|these|those|the_ones|everything|the_video|the_pics|what_you|what_u|you_naked|the_real_you|who_you_really',
      'check ..1 your|ur @audience|moms|mums|dads|sisters|brothers|parents [s|is] insta|instagram|facebook|fb|dms|dm|inbox|phone|snap|snapchat|email|texts|messages|tiktok ..4 in|tonight|tomorrow|soon|later|after|at|minute|minutes',
    ],
    unless: ['fail|failing|grades|gpa|study|studying|skip|skipping|class|exam|test|lol|lmao|haha|jk|kidding|smoking|vaping|drinking|drugs|party|partying|late|curfew|coach_said|if_you_keep|homework|invite|invitation|birthday|bday|cake|food|recipe|post|art|project|talent|proud|congrats|congratulations|amazing|game|match|round|noob|gg|spoil*|surprise|gift|present|card_for|link|zoom|meeting|schedule|newsletter|photo_from|photos_from|pics_from'],
    examples: {
      match: ['I have everything I need to destroy you', 'say goodbye to your scholarship', "I'll make sure you never get into college", 'if u dont send more ill make sure everyone sees the ones u already sent', 'u think im joking? check ur sisters insta in 5 min'],
      ignore: ['say goodbye to your scholarship if you keep failing chem', 'i have everything i need to destroy you in the next round lol', "check your mom's email in 5 min, i sent the invite", 'ill make sure everyone sees your art project, so proud'],
    },
  },
  {
    id: 'block-me-and-they-get-it',
    phrases: [
      'block|blocking|report|reporting|ignore|ignoring|unadd|delete|leave|ghost ..1 me ..4 your|ur @audience|everyone|everybody|every1|they|all_of_them ..1 get|gets|receive|receives|see|sees|will_see|will_get|is_getting|are_getting|going_to_see|going_to_get|get_to_see ..1 it|them|everything|this|these|those|the_video|the_pics|a_copy|a_link|your_pics|your_nudes',
      'every|each minute|hour|day|second|time ..6 send|post|forward|leak|show|sending|posting|forwarding ..3 # more|extra|new|additional ..1 people|persons|contacts|followers|friends|person|of_your',
      'money|cash|payment|the_money|the_cash|pay|@payment or|else exposure|expose|exposed|everyone_sees|everyone_knows|i_post|i_leak|i_expose|they_see|they_get_it|your_reputation|your_family_sees|your_parents_see|your_friends_see',
      'sending|posting|forwarding|leaking|dropping [it|them|this|these|those] to your|ur @audience first|now|next|right_now|tonight',
      '@iwill|i_am_going_to|im_gonna|going_to screenshot|screenshotting|screen_record|record|save ..2 this|it|everything|our_chat|the_chat|these|that|our_chats ..3 and|n|then send|show|forward|post ..2 it|them|this|these ..1 to your|ur @audience',
    ],
    unless: ['love|will_love|going_to_love|proud|laugh|laughing|funny|hilarious|he_will_love|she_will_love|they_will_love|lol|lmao|haha|jk|kidding|invite|invitation|link|zoom|meeting|party|birthday|bday|cake|food|meme|memes|recipe|homework|notes|trip|vacation|so_she_can|so_he_can|so_they_can|asked|wanted|loved|liked|cute|print|prints|card_for|game|match|team|yearbook|newsletter|schedule|tickets|proof_of|evidence|report_him|report_her|report_them|police|tell_an_adult|trusted_adult|scam|scammer|scammers'],
    examples: {
      match: ['go ahead and block me, your friends get it in 2 minutes', "every hour you don't pay, I send it to 10 more people", "it's up to you. money or exposure", 'Sending to your grandma first', 'im gonna screenshot this and send it to your dad'],
      ignore: ['im gonna screenshot this and send it to your dad he will laugh', 'block me and your friends get the invite anyway lol', 'im gonna screenshot this and send it to your dad, he will love the meme', 'sending it to your mom first so she can print it'],
    },
  },
  {
    id: 'pay-or-get-exposed',
    phrases: [
      'or|else|otherwise [you|u|your|youre|you_are|you_re] [will] [are] get|be|getting|gonna_get|gonna_be|going_to_be|going_to_get exposed|leaked|outed|humiliated|ruined|cancelled|canceled|famous|posted',
      'after_that|after_this|then|by_tomorrow|by_tonight|at_midnight ..1 everyone|everybody|every1|your_parents|your_family|your_friends|your_school|the_whole_school ..1 sees|see|gets|get|knows|know|finds_out|find_out|will_see|will_know|will_get|gets_it|gets_them',
      'would|d|will|do hate|not_want|not_like for them|him|her|your|ur|everyone|everybody|people|anyone ..2 to see|know|find_out|get|hear_about|watch ..1 this|it|that|these|those|what|about_this|about_it',
      '@audience|they|everyone|everybody ..3 will|gonna|going_to|would|d be ..2 disappointed|ashamed|shocked|heartbroken|devastated|horrified|disgusted|upset|embarrassed ..3 when|if|once they|he|she|everyone|everybody see|sees|find_out|finds_out|watch|watches|read|reads|get|gets|hear',
      'want|want_to|like your|ur life|reputation|future|rep|name ..1 ruined|destroyed|over|gone|wrecked|finished',
      '@iwill|i_am_about_to|im_about_to|about_to|gonna|going_to [literally] [so] ruin|destroy|wreck|end ..1 your|ur [whole|entire] life|reputation|future|career|world',
    ],
    unless: ['mario_kart|kart|chess|smash|1v1|ranked|in_fortnite|in_the_game|in_game|rematch|on_the_pitch|on_the_court|sun|sunscreen|sunburn|covid|virus|radiation|germs|cold|flu|lol|lmao|haha|jk|kidding|joking|spoil*|ending|finale|episode|surprise|party|birthday|bday|gift|present|grades|report_card|test|exam|quiz|room|mess|messy|car|bill|bills|dent|scratch|broke|broken|vase|spent|spend|money_you|tattoo|haircut|hair|piercing|smoking|vaping|drinking|detention|suspended|suspension|skipped|skipping|failing|fail|diet|cake|dessert|game|match|round|noob|homework|chores|dishes|curfew|grounded|news|article|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult|movie|show|song|album|meme|memes|photo_of_me|pic_of_me|ugly|blurry'],
    examples: {
      match: ['bro u got 2 options. pay or get exposed', 'pay me or ur getting exposed on tiktok', 'u have until 10pm. after that everyone sees', 'thats a nice family you have. would hate for them to see this', 'your parents will be so disappointed when they see this', 'do u want ur life ruined? no? then pay', "I'm about to ruin your whole life"],
      ignore: ["i'll ruin ur life in mario kart tonight", 'wear sunscreen or get burned lol', 'your parents will be so disappointed when they see your grades', "i'd hate for them to see this mess, clean your room", 'im about to ruin your whole life with this spoiler lol'],
    },
  },
  {
    id: 'leak-your-stuff',
    phrases: [
      '@iwill|gonna|going_to|about_to|im_gonna|i_am_gonna leak|expose|release ..2 your|ur|it|them|em|everything|all|this|that|stuff|shit|things|pics|nudes|video|the_video|the_pics|those|these|you|u',
      'regret ..3 sending|sent|showing|showed|trusting|giving ..2 me|those|these|the|your|ur|them|that ..1 pics|nudes|video|videos|photos|anything|pic|snaps|vids',
      '# people|friends|followers|contacts|of_your_friends|of_your_followers|of_your_classmates already have|got|seen|saw|received ..1 it|them|the_video|the_pics|your_pics|your_nudes|these|those ..4 want_more|and_counting|so_far|who_is_next|whos_next|who_s_next|more_coming|next_is|next_will_be|is_next|are_next|keep_going|more_soon',
      'done|finished|tired|sick_of waiting|asking|playing|being_nice|being_patient ..6 sending|posting|leaking|uploading|dropping|send|post|leak|upload ..1 it|them|everything|this|the_video|the_pics|now',
      'had|blew|wasted ..1 your|ur chance|chances ..6 sending|posting|leaking|uploading|dropping|send|post|leak|upload ..1 it|them|everything|this|the_video|the_pics|now',
    ],
    unless: ['kingdom|realm|empire|traitor|the_king|the_queen|the_council|the_court|your_majesty|my_lord|my_liege|the_throne', 'flu|cold|covid|virus|sick|chickenpox|lice|going_around|without|without_your|part|parts|project|bus|train|uber|ride|for_the|for_you|line|queue|download|printer|spoil*|setlist|set_list|tracklist|album|song|songs|single|trailer|lol|lmao|haha|jk|kidding|news|roof|pipe|pipes|tap|faucet|sink|boat|tire|tyre|battery|pen|bottle|diaper|pee|bathroom|answers|test|exam|homework|gossip|tea|drama|surprise|party|birthday|bday|order|buy|hoodie|shirt|game|book|ticket|tickets|bought|preorder|pre_order|copy|sold|rsvp|invite|invitation|homework_link|link|essay|draft|report|application|form|forms|mail|email|package|dinner|food|cake|cookies|recipe|meme|memes|notes|slides|schedule|playlist|photos_from|pics_from|trip|concert|yearbook|team'],
    examples: {
      match: ['ima leak ur shit if u dont answer', 'ill leak em', 'ur gonna regret ever sending those pics', '3 people already have it. want more?', 'im done waiting. sending it now', 'you had your chance. posting it now'],
      ignore: ["2 people already have it, the flu is going around", "im done waiting, sending it now without your part", 'im gonna leak the setlist lol', '3 people already have it, want me to order you one too?', 'im done waiting for the bus, sending it now', 'you will regret sending those pics of the trip to grandma lol'],
    },
  },
  {
    id: 'or-he-is-posting-them',
    phrases: [
      'or|else|otherwise he|she|they|hes|he_is|she_is|shes|he_s|she_s|they_are|theyre|he_will|she_will|they_will|hell|shell ..1 [gonna|going_to] posting|post|leaking|leak|sending|send|sharing|share|exposing|expose|showing|show|uploading|upload ..2 them|it|everything|your|ur|the_pics|the_video|those|these',
      '@iwill [just] [have_to] [going_to] show|send|forward|give ..1 your|ur @audience|him|her|them ..2 the|that|this|those|my first|last|other|old|previous|earlier|original one|ones|pic|pics|video|vid|nudes|photo',
      'want|do_you_want|should|shall ..1 me|i [to] send|show|forward|post|leak ..1 that|this|the|those|these one|ones|first_one|pic|pics|video|vid|nudes|photo ..2 to your|ur @audience',
    ],
    unless: ['liked|loved|love|asked|wanted|cute|pretty|beautiful|gorgeous|frame|print|prints|invite|invitation|link|party|birthday|bday|wedding|trip|vacation|recital|concert|game|match|team|yearbook|website|channel|premiere|newsletter|vlog|project|club|homework|notes|recipe|meme|memes|schedule|photographer|gallery|album|your_story|insta_story|instagram_story|slideshow|announcement|results|report_card|menu|playlist|tickets|news|article|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult|so_she_can|so_he_can|so_they_can|drawing|drawings|art|painting|sunset|dog|cat|puppy|baby|grandma|grandpa|holiday|christmas|xmas|graduation|prom|beach|camp|cake|food|dinner|outfit|dress|haircut|hair', 'messaged_me_saying|dmed_me_saying|saying_he|saying_she|what_do_i_do|what_should_i_do|should_i_pay|never_even_sent|never_sent_him|never_sent_her|she_said|he_said|they_said|added_him|added_her|to_his|his_family|his_mum|his_mom|his_parents|her_parents|her_mum|her_mom|her_family'],
    examples: {
      match: ['so funny story, remember the pics u sent me? my cousin found them on my phone and now he wants money or hes posting them', 'ok then ill just have to show ur bf the first one', 'u sent one before lol. want me to send that one to ur dad?'],
      ignore: ['want me to send that one to your mom? she liked it', 'ill just show your mom the first one from the beach', 'send me 10 or she posts the cake pics lol', 'some guy just messaged me saying he recorded me and wants $200 or hes gonna post it. i never even sent him anything. what do i do??', "a 'girl' added him on insta, then she said pay 400 or she would send the video to his family"],
    },
  },
  {
    id: 'if-not-im-sending-to-everyone',
    phrases: [
      'if|unless you|u do_not|dont|refuse|will_not|never|block|ignore ..6 i_am|im|@iwill|i sending|send|posting|post|leaking|leak|showing|show|forwarding|forward ..4 to|with|in everyone|everybody|every1|all|the_whole|your|ur',
      'video|videos|pics|photos|images|recording|footage|nudes|your_video|your_pics ..2 will_be|is_going_to_be|going_to_be|are_going_to_be|will_get|gets|get published|posted|released|leaked|uploaded|distributed|made_public|live ..3 at|in|on|tonight|today|tomorrow|#|unless|if|within|by',
    ],
    unless: ['lol|lmao|haha|jk|kidding|liked|loved|love|asked|wanted|cute|pretty|frame|print|prints|invite|invitation|link|party|birthday|bday|wedding|trip|vacation|recital|concert|game|match|team|yearbook|school_website|website|channel|youtube_channel|premiere|newsletter|vlog|class|project|club|homework|notes|recipe|meme|memes|schedule|photographer|gallery|album|story|stories|edit|edited|slideshow|announcement|results|report|menu|playlist|tickets|news|article|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult|so_she_can|so_he_can|so_they_can'],
    examples: {
      match: ['bro i swear to god if u dont send me the robux im sending the screenshot to everyone in the discord', 'Your video will be published at 18:00 today.'],
      ignore: ['the video will be published at 6 today on the school website', 'if you dont reply im sending the invite to everyone'],
    },
  },
  {
    id: 'crazy-if-they-got-out',
    phrases: [
      'would|d|will|could|going_to be ..3 if|when ..1 it|they|them|these|those|this|that|your_pics|your_nudes|the_video|the_pics|everything|your_video ..1 got_out|gets_out|leaked|got_leaked|went_public|go_public|went_viral|got_posted|got_around|ended_up_online|ended_up_everywhere|got_sent|slipped_out|accidentally_got_sent|accidentally_got_posted|found_their_way|made_it_online',
      'easy|easily|one_click|one_message|one_text|one_email|one_dm|only_takes ..3 for your|ur|the whole|entire @audience|everyone|everybody ..2 to find_out|know|see|hear|learn',
      '@audience|everyone|everybody|the_whole_school|your_whole_school ..2 to|will|would|could|might|going_to find_out|know|see|learn|hear ..1 what_you|what_u|what_you_did|what_u_did|what_you_sent|what_u_sent|about_your_pics|about_the_pics|about_the_video|who_you_really_are|what_you_really_are|what_kind_of_person|what_you_really_do',
      '@iwill|have_to|gonna|going_to|forced_to share|post|send|show|leak|release|expose|drop|publish ..1 what|everything|all i [have] have|got|saved|kept|recorded|own',
      'for|in_exchange_for not sending|posting|showing|leaking|forwarding|sharing ..3 your|ur|the|those|these pics|nudes|video|photos|it|them|videos',
      'pictures|pics|nudes|photos|videos|vids|their_pics|their_pictures|their_nudes|their_photos|their_videos ..2 end_up|ends_up|ended_up|wind_up|winds_up|get_posted|get_leaked|go ..1 everywhere|online|on_the_internet|all_over|public|on_every|viral|on_pornhub',
      'everyone|everybody|all ..1 on|in your|ur friends_list|followers|contacts|contact_list|following|friend_list|followers_list|list ..3 will|gonna|going_to|about_to|is_about_to|is_going_to|are_going_to|are_about_to get|see|receive|watch ..3 video|videos|pics|clip|recording|photos|nudes|surprise|interesting|special',
      'then|so [i_guess|guess|i_guess_that] your|ur @audience get|gets|are_getting|is_getting|will_get ..2 a|an|the|some nice|little|special|big|interesting ..1 surprise|present|gift|email|message|video|package|link ..4 inbox|dms|tonight|tomorrow|today|mail|email|phone|soon|now',
      'should|shall i|want_me_to|do_you_want_me_to send|show|forward|email|text|dm|message|tag ..1 him|her|them ..2 something|smth|a_little_something|a_link|a_copy|the_video|the_pics|those|these|a_surprise',
    ],
    unless: ["garden|talent_show|drawings|drawing|loves|so_pretty|proud|recital|performance", 'lol|lmao|haha|jk|kidding|dating|crush|surprise_party|party|birthday|bday|gift_for|present_for|card|card_for|flowers|thank|thanks|cake|dinner|cookies|food|snacks|lunch|notes|homework|answers|recipe|invite|invitation|with_you|with_u|with_the_class|with_everyone|vase|broke|broken|room|clean|kitchen|grades|report_card|test|exam|spoiler*|ending|finale|news|article|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult|rumor|rumors|gossip|tea|drama|field_trip|trip|vacation|concert|game|match|team|yearbook|recital|graduation|wedding|prom|meme|memes|album|song|mixtape|art|drawing|project|the_plan|plans|secret_santa|gender_reveal|announcement|engaged|pregnant|promotion|job|award|scholarship|won|win'],
    examples: {
      match: ['hey so ur nudes r kinda all over my camera roll rn, would be crazy if they got out', "so it'd be easy for the whole school to find out what u did", "i dont want to do this but if you don't send money i'll have to share what i have", 'for not sending ur pics to ur girlfriend', 'Do you know what happens to girls who ignore me? Their pictures end up everywhere.', 'everyone on ur friends list is about to get a very interesting video', 'then i guess ur parents get a nice surprise in their inbox tonight', "ur principal's email is on the school site. should i send him something?"],
      ignore: ["my mum will see what u sent, she loves ur drawings", "everyone will see what u did at the talent show", "would be crazy if it got out that we're dating lol", 'then your parents get a nice surprise when they see the clean kitchen', 'ill share what i have with you, i made extra cookies', 'should i send him something for his birthday?', 'everyone on your friends list is about to get an invite to the party'],
    },
  },
  {
    id: 'posting-it-on-your-story',
    phrases: [
      'or|else|otherwise i_am|im [just] @share ..4 on|to|in|with your|ur @audience|instagram|story|profile|page|feed|snap|snapchat|tiktok|socials|account|school',
      'sending|posting|leaking|forwarding|uploading|dropping|send|post ..3 to|on|with your|ur @audience ..1 in # [@timeunit]',
      'that_is|thats|that_s|this_is|this_s what|whats|what_is your|ur @audience|everyone|everybody ..1 is|are|will|gonna|going_to|about_to ..1 see|get|receive|watch|find',
      'first thing ..3 they|he|she|everyone|everybody|@audience ..2 see|sees|get|gets|notice|wake_up_to|open ..2 is|will_be|are you|u|your|ur|this|it|them|the_video|the_pics|these|those',
      'want|should|shall|do_you_want me|i [to] remind|show|tell|inform|let_know everyone|everybody|your_whole|ur_whole|the_whole|all_your|all_ur ..3 what|how|about|you|u|of',
      'want|should|shall|do_you_want me|i [to] remind|show everyone|everybody|your_whole|ur_whole|the_whole|all_your|all_ur',
      'make|create|open|use|start another|a_new|new|a_second|different account|accounts|profile|page ..4 send|post|leak|share|and_send|and_post|them|it|anyway|again ..2 anyway|again|them|it|everyone|your',
    ],
    unless: ['lol|lmao|haha|jk|kidding|meme|memes|invite|invitation|party|birthday|bday|surprise|cake|balloons|decorations|banner|flowers|breakfast|dinner|clean|smile|outfit|dress|sign|poster|welcome|gift|present|meeting|practice|game|match|homework|test|deadline|event|bring|rsvp|schedule|drawing|art|project|recital|concert|trip|vacation|yearbook|team|club|class|teacher|news|article|scam|scammer|scammers|tell_an_adult|trusted_adult|so_proud|proud|cute|adorable|funny|hilarious|banned|ban|suspended|glitch|bug|game_account|alt'],
    examples: {
      match: ['now ur gonna pay me or im posting it on ur story with ur @', 'sending the video to your mother in 10... 9... 8...', "your face on a naked girl's body. thats what ur school is gonna see", "tick tock, ur parents wake up in 6 hours and the first thing they'll see is you", 'i still have those vids u sent last summer... want me to remind everyone?', 'if u report me ill just make another account and send them anyway'],
      ignore: ['finish the cake or im posting it on my story lol', 'the first thing they will see is the birthday banner', 'want me to remind everyone about the meeting?', 'if u ban me ill just make another account lol'],
    },
  },
  {
    id: 'make-you-viral',
    phrases: [
      'or|else|otherwise ..2 i|ill|@iwill make you|u famous|viral|known|a_meme|trend|trending|go_viral|infamous',
      '@iwill|i|or_i|we viral|expose you|u',
      'make|making you|u viral|go_viral ..2 in|on|at|all_over|across your|ur city|town|school|country|area|family|instagram|facebook|internet|neighborhood|neighbourhood',
      'want|want_to i|me [to] send|show|post|share ..2 @audience|everyone|everybody|all_your|all_ur',
      'i|we send|post|show|share|sending|posting ..1 to all|every|all_of ..1 your|ur @audience|follower',
      'want|do_you_want|should me|i [to] @share ..4 to|with your|ur @audience ..2 yes_or_no|answer|choose|decide|or_not|or_pay|or_no|or_nah|yes_or_no_question',
      '@iwill|i_am_going_to|gonna|going_to ..1 send|show|forward|post|email ..1 it|them|this|these|those|everything ..2 to your|ur school|schools ..1 s principal|principal|headteacher|head|dean|admin|administration|office|counselor|counsellor|page|confession_page|account|instagram|group',
      '@share ..4 to the|local news|newspaper|media|press|reporters|tv_station|news_station',
      'one|1|single tap|click|button|press|message|text|send ..2 and|n|away ..1 it|its|it_s|it_is|everyone|everybody|they|everything|the_video|the_pics ..1 posted|sent|gone|out|online|public|sees|see|everywhere|leaked|live',
      'your|ur video|videos|pics|photos|nudes|recording|footage ..6 awaiting|pending|queued|scheduled|ready_for|set_for publication|release|posting|distribution|going_live',
      '@audience ..1 s|is [gonna|going_to|about_to] get|getting|receive ..2 a|an|lil|little|nice|big|special surprise|present|gift|package|email|message|video|link',
      'imagine|picture ..2 your|ur @audience opening|reading|checking|seeing|watching|getting|finding|receiving ..2 his|her|their|the|this|it|email|inbox|phone|dms|messages|video|pics|link',
      'they|everyone|everybody will|gonna|going_to [all] know|see|find_out|learn what_you_did|what_u_did|what_you_sent|what_u_sent|who_you_really_are|what_you_really_are|the_real_you',
      '@iwill show|tell everyone|everybody|your|ur|the_whole ..2 what_kind_of_person|who_you_really_are|what_you_really_are|the_real_you|what_kind_of_girl|what_kind_of_guy',
      'your|ur life|reputation|future|school_life|social_life will_be|is_going_to_be|going_to_be|is over|ruined|finished|destroyed',
      'or|else|otherwise it|its|it_s|it_is|this [is] [all] over for you|u',
    ],
    unless: ['kingdom|realm|empire|traitor|the_king|the_queen|the_council|the_court|your_majesty|my_lord|my_liege|the_throne', 'charity|hero|volunteer|volunteering|donated|donation|helped|for_the|talented|talent|so_talented|kindest|nicest|best|sweetest|amazing|awesome|great|good_person|lol|lmao|haha|hahaha|jk|kidding|proud|so_proud|achievement|won|win|award|scholarship|story_about|article_about|good_news|congrats|congratulations|talent|song|cover|singing|dance|dancing|art|drawing|painting|video_of_your_solo|recital|concert|game|match|goal|team|birthday|bday|party|surprise_party|christmas|xmas|cake|flowers|card|gift_for|invite|invitation|homework|project|finale|spoiler*|ending|episode|season|tutorial|how_to|instagram_is|so_easy|youtube_studio|processing|channel|subscribers|vlog|model|modeling|modelling|agency|scout|offer|contract|sign|signed|fans|fan|exam|exams|grades|test|finals|graduation|college|job|wedding|baby|engaged|tv_show|news_story|scam|scammer|scammers|tell_an_adult|trusted_adult|sextort*|one_click_checkout|checkout|cart|order|shipped|delivery'],
    examples: {
      match: ['Send me $100 or I will make you famous.', 'I will viral you', 'i make you viral in your city', 'You want I send to family?', 'I send to all your follower', 'Do you want me to send it to your mom? Yes or no?', "I'm going to send it to your school's principal", 'i have the clip. 1 tap and its posted', 'your video has been uploaded and is awaiting publication', "ur mom's gonna get a lil surprise", 'imagine your dad opening his email tomorrow', 'Answer me now or its over for you', 'they will all know what you did', 'I will show everyone what kind of person you are', 'your life will be over'],
      ignore: ["they will all know what you did for the charity, you're a hero", "i'll show everyone what kind of person you are, the kindest one", 'send me your cover or i will make you famous lol', "your mom's gonna get a little surprise for her birthday", 'they will all know what you did for the team, so proud', 'one click and its posted, instagram is so easy', 'your life will be over after the finale lol', 'your video has been uploaded and is awaiting processing'],
    },
  },
  {
    id: 'ruin-your-life-if-i-have-to',
    phrases: [
      'do_not|dont|never want to ruin|destroy|expose|end|hurt ..2 your|ur|you|u ..4 but|unless|if|i_will|ill|i_would',
      'ruin|destroy|end|expose ..1 your|ur|you|u ..1 life|reputation|future ..6 i will|i_will|ill|but_i_will|but_ill|if_i_have_to|if_you_make_me|if_i_must|if_i_need_to',
      'your|ur @audience|followers ..1 are|r|is next|up_next|getting_it_next|going_to_get_it',
      'made|created|make|making|opened|open ..2 new|another|a_new|second|fresh acc|account|profile|instagram|snap ..4 your|ur @audience|followers|everyone',
      'can|could|will|gonna|going_to make|making your|ur life ..2 difficult|hard|hell|miserable|a_nightmare|a_living_hell|very_difficult|very_hard|unbearable|really_hard',
      'either way ..3 she|he|they|everyone|everybody|your_mom|your_dad|your_parents|@audience ..1 sees|see|finds_out|find_out|knows|gets_it|will_see|will_know',
      'give|send|tell me your|ur @audience|moms|mums|dads|parents ..1 s|number|numbers|email|contact|insta|instagram|address ..3 or|else|otherwise',
      '@iwill|i have_to|need_to|must|gonna_have_to|going_to_have_to send|post|show|share|forward|leak ..2 your|ur|the video|videos|pics|nudes|photos|vid|vids|it|them|everything ..3 to|with your|ur @audience',
      '@nude ..4 and|with|plus your|ur home_address|address|number|phone_number|school|full_name|name|location ..4 post|posted|one_post|online|everywhere|together|how_does_that_sound|sound_good',
      'shame|pity|sad|bad|awkward|unfortunate|too_bad|terrible|awful ..3 if ..3 she|he|they|her|him|them|@audience|mom|dad|mum found|find|finds|saw|sees|got|gets|received|receives|opened|stumbled_on ..2 your|ur|the|those|these|my vids|videos|pics|nudes|photos|video|pictures|recording|chats|messages',
    ],
    unless: ['lol|lmao|haha|jk|kidding|test|exam|quiz|spoil*|ending|finale|episode|day|weekend|diet|appetite|surprise|party|birthday|bday|gift|present|grades|report_card|teacher|homework|class|coach|boss|coworker|job|work|game|match|round|noob|level|server|lobby|carpool|emergency|contact_list_for|form|forms|trip|vacation|concert|recital|wedding|prom|graduation|yearbook|cake|cookies|dinner|food|pizza|news|article|scam|scammer|scammers|tell_an_adult|trusted_adult|movie|show|new_phone|lost_my_phone|got_hacked|i_got_hacked|hacked|sorry'],
    examples: {
      match: ['i dont want to ruin ur life. but i will if i have to', 'cute. i made a new acc and ur followers r next', 'someone who can make ur life very difficult. check the link i sent', 'give me ur moms number or i find it myself. either way she sees', 'im just disappointed that ill have to send ur video to ur team', 'your nudes and your home address in one post. how does that sound', 'be a shame if she found ur vids in her inbox'],
      ignore: ['i dont want to ruin your day but the test is tomorrow', 'the teacher can make your life very difficult if you skip homework', 'i made a new account, my old one got hacked, tell your followers', 'would be a shame if she found your pics from the party lol'],
    },
  },
  {
    id: 'collection-and-others-go-to-your-sister',
    phrases: [
      'hate|not_want|not_like|d_hate|would_hate to share|post|send|show|leak|forward ..3 with|to your|ur @audience',
      '@audience would|will|d|wud|might|may find ..2 our|the|your|ur|these|those|this|them|it chats|messages|pics|video|texts|dms|convo|conversation|screenshots|photos|it|this|them ..1 interesting|fascinating|funny|disturbing|very_interesting|entertaining|eye_opening|shocking|enlightening',
      'or|else|otherwise ..1 the|my|your|ur others|rest|lot|bunch ..1 go|goes|get_sent|will_go|are_going|gets_posted|get_posted ..1 to|on|in your|ur @audience|everyone|whole|school|class',
      '@nude ..2 are|r|is|will_be|go|going on|in|to every|all|each|all_the page|pages|account|accounts|site|sites|group|groups|gc|gcs|story|platform|platforms|social|socials|phone|phones',
      'recognize|recognise|notice|spot ..1 you|u ..2 in|on the|this|that|my video|vid|pics|clip|recording|footage',
      '@audience will|gonna|going_to|could|might lose ..2 job|jobs|everything|respect|friends|position|license|reputation ..3 when|if|once ..3 sees|see|finds_out|find_out|gets|watches|reads',
      '@iwill ruin|destroy|wreck your|ur family|parents|dad|mom|mum|familys|relationship|marriage',
    ],
    unless: ['lol_jk|jk|kidding|fries|food|snacks|pizza|cake|candy|lunch|dinner|notes|homework|answers|recipe|playlist|article|documentary|science|project|presentation|experiment|old|baby|kid|childhood|throwback|costume|halloween|makeup|wig|mask|school_play|play|musical|recital|concert|game|match|team_video|highlights|yearbook|tiktok_trend|news|scam|scammer|scammers|tell_an_adult|trusted_adult|layoffs|layoff|economy|company|strike|covid|surprise|party|birthday|bday|gift|present|wedding|trip|vacation|sunburn|tan|haircut|hair|glasses|braces|beard|grown|grew|tall|taller'],
    examples: {
      match: ["your pics are now part of my collection. I'd hate to share my collection with your school.", 'btw i think ur principal would find our chats interesting', 'one more video. last one i promise. or the others go to ur sister', 'if i dont get paid by 6 ur nudes r on every page at ur school', 'u look just like ur mom lol. i wonder if shed recognize u in the video', 'your dad will lose his job when his boss sees this', "I'll ruin your family"],
      ignore: ["i'd hate to share my fries with your brother", 'your teacher would find the science video interesting', 'would your mom recognize you in the video from the school play?'],
    },
  },
  {
    id: 'not-responsible-for-what-happens',
    phrases: [
      'not|no_longer responsible|accountable for what|whatever happens|happens_next|comes_next|they_do|people_do|happens_to_you|happens_to_your|happens_to_them',
    ],
    unless: ['lol|lmao|haha|jk|kidding|leftovers|food|fries|snacks|cake|pizza|dinner|lunch|fridge|room|dog|cat|hamster|plants|car|bike|phone|laptop|game|lobby|round|match|party|trip|weather|hair|dye|tattoo|diet|spicy|sauce|hot_sauce|pepper|peppers|insurance|policy|terms|warranty|disclaimer|company|store|management|school|teacher|coach|class|trampoline|pool|skating|skateboard|ride|rides|park|injuries|injury|accident|accidents'],
    examples: {
      match: ['you have till midnight. after that im not responsible for what happens'],
      ignore: ['after 5 im not responsible for what happens to your leftovers lol', 'the store is not responsible for what happens to items left behind'],
    },
  },
  {
    id: 'to-avoid-exposure',
    phrases: [
      'to avoid|prevent|stop exposure|being_exposed|public_exposure|your_exposure|humiliation|the_release|the_leak|it_going_public|it_being_posted|them_being_posted|them_going_public|being_leaked|the_publication',
      'pay|send|transfer|answer|reply ..3 before i|we ..1 upload|post|leak|send|release|publish|share|expose|drop ..1 it|them|everything|the_video|the_pics|your|ur|this',
    ],
    unless: ['sun|sunscreen|sunburn|radiation|cold|heat|uv|covid|germs|chemicals|noise|lead|mold|virus|smoke|asbestos|allergens|allergy|camera_settings|photo_settings|iso|shutter|overexposure|underexposure|invoice|bill|rent|ticket|tickets|homework|assignment|essay|slides|schedule|newsletter|lol|haha|jk|scam|scammer|scammers|tell_an_adult|trusted_adult|never_pay|dont_pay|do_not_pay|if_someone_says'],
    examples: {
      match: ['Send 500 USDT (TRC20) to the address below to avoid exposure.', 'Last chance to pay before I upload it'],
      ignore: ['to avoid exposure to the sun wear sunscreen', 'pay before i post the invoice to the group'],
    },
  },
  {
    id: 'or-your-nudes-will-be-published',
    phrases: [
      'or|else|otherwise ..1 your|ur|the|those|these|my @nude|@photo|video|videos|pics ..1 will_be|gets|get|are_getting|is_getting|are_going_to_be|is_going_to_be|going_to_be published|posted|leaked|released|shared|uploaded|distributed|sent|exposed|public|online|everywhere',
      'or|else|otherwise everyone|everybody|every1|the_whole_school|your_parents|your_family|the_world|your_friends sees|see|finds_out|knows|will_see|will_know|gets_it|gets_them|find_out',
      'or|else|otherwise i_am|im|@iwill [just] posting|leaking|exposing|dropping|sending|releasing|uploading|publishing everything|it_all|all_of_it|all|them|it|the_video|the_pics|your_pics|your_nudes',
    ],
    unless: ['messy|mess|room|drawing|terrible|bad|awful|ugly|cringe|singing|dance|dancing|handwriting|spelling|score|surprise|cake|party|spoiler*|gift_for|birthday_gift|present|birthday|bday|late|homework|assignment|grade|grades|form|forms|listing|sale|price|essay|project|edit|editing|channel|vlog|thumbnail|stream|podcast|episode|recipe|without|without_you|without_it|draft|drafts|schedule|newsletter|blog|article|review|menu|team|scam|scammer|scammers|tell_an_adult|trusted_adult|notes|answers|results|report_card|yearbook|photos_from|pics_from|trip|game|match'],
    examples: {
      match: ['bank transfer 400 GBP to this account or your nudes will be published', 'just send me the gift card code already or everyone sees', 'i need the money by tonight or im posting everything'],
      ignore: ["or everyone sees your terrible drawing haha", 'hurry or everyone sees the surprise', 'finish your part or im posting it without you'],
    },
  },
  {
    id: 'put-you-on-blast',
    phrases: [
      'put|putting|puttin you|u ..1 on blast|full_blast',
      'air|airing you|u|your|ur|them|it ..1 out',
      '@iwill|i_am|im|gonna|going_to drop|dropping|post|posting|leak|leaking|send|sending ..2 your|ur|the|those|these pics|nudes|video|vid|videos|photos ..3 in|on|to the|your|ur school|class|grade|team ..1 gc|group_chat|groupchat|group|page|chat|server|account',
      'pics|nudes|video|vid|videos|photos|it|they|them|these|those ..2 gonna|going_to|will|about_to go|get|be_passed|be_sent|spread around|round|through|all_over ..3 the|your|ur whole|entire|school|class|grade|team|town',
      '@iwill|i_am|im|gonna|going_to pass|passing|spread|spreading|send|sending ..1 them|it|these|those|your_pics|ur_pics|the_pics|the_video around|round|out ..3 at|in|to lunch|school|class|practice|the_bus|everyone|everybody',
      'getting|being|gonna_be|going_to_be|will_be sent|passed|spread|posted|shared around|round|out|everywhere ..3 unless|if|or|by|tonight|tomorrow',
      'do_not|dont|never make me expose|leak|post|share|send ..1 you|u|it|them|this|everything|your|ur',
      'you|u gonna|going_to|will|are_going_to|are_gonna be the talk of the|your|ur school|class|town|grade|internet',
      '@iwill|i_am|im|going_to upload|post|put|share ..2 it|them|this|everything|your|ur ..2 to|on every|all|each site|sites|website|websites|platform|platforms|app|apps',
      'one more ignore|block|no|excuse|lie ..3 and|n|then i|ill|@iwill hit|press|click send|post|upload|enter',
      'my finger|thumb is|s [already] on|over the send|post|upload button|key',
      'already|just typed|drafted|wrote|written|prepared ..4 message|email|text|dm ..2 to your|ur @audience|moms|dads|parents ..6 send|press|click|hit',
      '@iwill|i_am|im|going_to send|sending|show|forward ..1 your|ur|the|my video|vid|pics|nudes|photos|recording ..2 to your|ur job|work|boss|employer|coach|principal|pastor|church|college|university',
      '@iwill tell your|ur @audience ..2 and|n send|show|forward him|her|them ..2 the|your|ur|my video|vid|pics|nudes|photos|recording|screenshots|chats',
      'your|ur @audience|little_brother|little_sister|lil_bro|lil_sis ..1 s|is [gonna|going_to|about_to|will] see|find_out|learn what ..1 his|her|their|your|ur|you|u sibling|sister|brother|son|daughter|kid|child|does|did|sent|do',
      'you|u want|want_to your|ur @audience seeing|to_see|watching|to_watch|reading|to_read this|that|these|those|it|them',
      'fun|awkward|interesting|nice|great family|thanksgiving|christmas dinner|dinner|breakfast|reunion|holiday ..3 when|once|after they|he|she|everyone|your_parents|your_mom|your_dad see|sees|find_out|finds_out|watch|read',
    ],
    unless: ['haircut|hair|outfit|dress|shoes|look|glow_up|style|order|group_order|cart|application|college|form|essay|carpool|ride|pickup|speakers|speaker|volume|menu|takeout|delivery|lol|lmao|haha|jk|kidding|meme|memes|party|birthday|bday|surprise|cake|food|recipe|invite|invitation|flyer|flyers|poster|posters|newsletter|homework|notes|answers|study_guide|slides|schedule|game|match|team_photo|team_photos|yearbook|album|trip|vacation|concert|recital|graduation|wedding|prom|laundry|clothes|room|closet|tent|sleeping_bag|tire|tires|balloon|balloons|mattress|pillow|dough|bread|cookies|muffins|cupcakes|flyer|sign_up|sign_ups|petition|fundraiser|raffle|tickets|grades|report_card|gossip|rumor|rumors|tea|drama|song|album_drop|mixtape|music|playlist|good_news|news|engaged|pregnant|promotion|new_job|award|college_acceptance|accepted|scholarship|art|drawing|painting|proud|congrats|congratulations|cute|sweet|adorable|so_good|amazing'],
    examples: {
      match: ['im putting u on blast tonight', 'ima air u out on my story', 'imma drop ur pics in the school gc', 'these pics gonna go around the whole school by monday', 'ill pass them around at lunch', 'its getting sent around unless u pay', 'dont make me expose you', 'u gonna be the talk of the school', "i'll upload it to every site i know", 'one more ignore and i hit send', 'my finger is on the send button', 'already typed out the message to ur dad. just need to press send', 'imma send ur video to ur job', 'ill tell ur coach and send him the vid', "your little brother's gonna see what his sibling does", 'you want your grandma seeing this?', 'gonna be a fun family dinner when they see this'],
      ignore: ["you gonna be the talk of the school with that haircut", "one more no and i hit send on the group order", "my finger is on the send button for the college application!!", "already typed out the message to your dad about the carpool, just need to press send", 'im putting the music on blast tonight lol', 'air out your room its so stuffy', 'ill pass the cookies around at lunch', 'the flyers are getting sent around tomorrow', 'you want your grandma seeing your graduation? ill send the link'],
    },
  },
  {
    id: 'my-friend-has-them-now',
    phrases: [
      'so does|do my friend|friends|boys|cousin|brother|boyfriend|buddy|homie|homies|roommate ..1 now|too|also',
      'my friend|friends|boys|cousin|cousins|brother|buddy|homies|roommate ..2 has|have|got|seen|saw|saved them|it|your_pics|your_nudes|the_video|the_pics|everything|your_video ..1 now|too|also|as_well',
      'further action|steps|measures ..4 with|against|involving|toward|towards your|ur contacts|family|friends|followers|@audience',
      'before i|we show|send|post|forward|leak|expose ..1 your|ur|the|it_to|them_to|everyone ..1 @audience|school|class|everyone|parents',
    ],
    unless: ['tickets|ticket|hoodie|jacket|book|books|notes|homework|answers|game|games|console|controller|keys|charger|recipe|cookies|cake|pizza|food|lunch|party|invite|invitation|birthday|bday|surprise|lol_jk|kidding|legal|lawyer|court|school_board|principal_said|teacher|class_project|news|article|scam|scammer|scammers|tell_an_adult|trusted_adult|lunch_money|chores|room|grades|report_card'],
    examples: {
      match: ['funny how you stopped replying after you sent those. i still look at them. so does my friend now', 'my cousin has your pics now too', 'Settle the amount of $700 or further action will be taken with your contacts.', 'dm me before i show ur school'],
      ignore: ['my friend has the tickets now too', 'answer before i show your mom the report card lol'],
    },
  },
  {
    id: 'then-its-everywhere',
    phrases: [
      'then|after_that|after_this|by_then ..1 it|its|it_s|it_is|they|theyre|they_are|everything ..1 everywhere|online|public|posted|viral|live|on_every|on_blast',
      'your|ur pic|pics|nudes|video|vid|photos ..3 your|ur name|school|address|number|face ..6 viral|everywhere|online|posted|public|go_viral|on_blast',
      'know|kno ..3 secret|secrets|what_you_did|what_you_sent|what_u_did|what_u_sent ..3 so will|so_will|and_so_will everyone|everybody|every1|your_parents|your_mom|your_dad|your_school|the_whole_school|your_friends|your_followers',
      'everyone|everybody|every1|the_whole_school|your_whole_school [is|are] about_to|bout_to|finna see|watch|know you|u|it|this|them|everything',
      '@iwill|or_i|or_ill let|tell|show everyone|everybody|every1|your|ur ..1 know|kno|see ..1 what_you_did|what|wat|who|how',
      'or ..1 your|ur|the|those|these|my @photo|nudes|pics|video ..1 are|r|is|will_be|go ..1 on|in every|all ..1 story|stories|page|pages|account|accounts|gc|group|platform|site|phone',
      'what|wat|wut you|u going_to|gonna|will tell|say_to|say ..1 your|ur @audience|moms|dads|parents ..3 when|once|after they|he|she see|sees|find_out|finds_out|watch|get',
      '@audience|moms|dads|parents [is|are] gonna|going_to|will|would love|like|enjoy ..2 the|this|that|these|those video|vid|pics|photos|nudes ..1 you|u sent|showed ..1 me|to_me',
      'i_am|im sending|posting|leaking ..1 it|them|this|everything ..4 last_chance|stop_me|too_late|goodbye|say_goodbye|no_going_back',
      '@audience|followers|they|people will|would|gonna|going_to [still] like|love|respect|talk_to|want|follow you|u ..1 after|once|when ..1 this|they_see|they_find_out|they_know|it_gets_out|seeing_this',
      '@iwill|or_i dm|message|text|email|contact|tag every|each [single] one ..1 of ..1 your|ur @audience|followers',
    ],
    unless: ['recipe|fair|card|add_your|sign|sign_the|order|cart|form|application|anniversary|camp|from_camp|from_the|passed|lol|lmao|haha|jk|kidding|news|rumor|rumors|gossip|tea|drama|party|birthday|bday|surprise|gift|present|cake|cookies|food|dinner|recipe|invite|invitation|flyer|poster|art|drawing|painting|song|cover|talent|dance|dancing|recital|concert|game|match|goal|team|yearbook|graduation|wedding|prom|trip|vacation|homework|project|essay|grades|report_card|exam|test|haircut|hair|outfit|dress|shoes|buy|buying|new_car|new_phone|engaged|pregnant|baby|puppy|kitten|dog|cat|proud|congrats|congratulations|amazing|talented|cute|sweet|scam|scammer|scammers|tell_an_adult|trusted_adult|so_proud|promotion|award|won|win|scholarship|accepted|college|acceptance'],
    examples: {
      match: ['u got til 9. then its everywhere', 'ur pic + ur name + ur school = viral', 'i kno ur secret and so will everyone', 'everybody bout to see u', 'lemme kno when u got the cash or ill let everyone kno wat u did', 'dont ghost me or ur pics r on every story by midnight', 'wat u gonna tell ur parents when they see it', 'your parents gonna love the video you sent me', "i'm sending it. last chance to stop me", 'you think your followers will still like you after this?', 'ill dm every single one of ur followers'],
      ignore: ["so will everyone, we all passed!", "your parents are gonna love the video you made for their anniversary", "im sending it now, last chance to add your name to the card", "your mom is gonna love the pics you sent from camp", 'everyone is going to see it on the school insta', 'i know your secret and so will everyone at the party lol', 'your parents are gonna love the video of the recital you sent me', 'im sending it, last chance to stop me from buying these shoes', 'everybody about to see your art at the show, so proud'],
    },
  },
  {
    id: 'he-would-love-to-see-what-you-sent',
    phrases: [
      '@audience|he|she|they ..1 would|d|will|wud [probably|definitely|really|totally] love|like|enjoy|want to see|seeing|to_see what|everything you|u ..2 sending|sent|send|showing|showed|been_sending|ve_been_sending|have_been_sending',
      'if|when you|u stop sending|stop_sending|stop ..2 i|ill|@iwill start|begin sending|posting|leaking|sharing|forwarding',
      'your|ur @audience gets|get|receives|sees|will_get|is_getting it|them|this|that|everything|a_copy ..1 first|next|tonight|tomorrow|soon|now',
      'imagine|picture if ..1 all|every|each ..1 your|ur @audience|classmates|followers ..2 got|get|received|saw|see ..2 a|the|your|this video|vid|pics|photos|nudes|link|copy',
    ],
    unless: ['memes|meme|cat|dog|puppy|kitten|gifs|stickers|recipes|songs|music|cookie|cookies|cake|pizza|invite|invitation|card|gift|present|birthday|bday|surprise|party|trip|vacation|graduation|recital|concert|game|match|goal|team|yearbook|art|drawing|drawings|cute|so_proud|proud|amazing|newsletter|homework|notes'],
    examples: {
      match: ["cause he'd probably love to see what you've been sending me unless u wanna make a deal", 'if you stop sending i start sending. to everyone.', 'send the vid or i swear on my mom ur dad gets it first', 'imagine if all ur classmates got a video of u in their dms tomorrow morning'],
      ignore: ["if you stop sending memes i'll start sending cat pics", 'your mom gets it first, its her birthday cake', 'imagine if all your classmates got a cookie tomorrow'],
    },
  },
  {
    id: 'you-will-be-a-sex-offender',
    phrases: [
      'you_are|youre|your|you_re|u_r|ur cooked|finished|done|over|screwed|toast|dead ..3 if|unless you|u do_not|dont|never|refuse ..1 pay|send|answer|reply|cooperate',
      'your|ur|our dms|messages|chats|texts|convo|convos|conversations|pics|nudes ..3 gonna|going_to|will|are_going_to be on|in|all_over every|all|each ..2 account|accounts|page|pages|story|stories|gc|group|phone|platform|phones',
      'never|wont|will_not|not ..2 be_able_to|able_to show|show_your_face ..2 your|ur|face ..2 at|in school|class|town|again',
      'disown|kick_you_out|kick_u_out|hate_you|never_forgive_you|be_ashamed_of_you ..3 when|if|once they|he|she|everyone see|sees|find_out|finds_out|watch|read',
      '@iwill|gonna|going_to make|get you|u ..1 a|on registered sex_offender|the_registry|a_pedo|arrested|charged|locked_up|jail|prison|a_criminal',
      'think|believe|know|say you|u are|re|r a|an pedo|pedophile|paedophile|predator|creep|pervert|sex_offender',
      'reporting|report you|u to the cops|police|fbi|authorities|your_school|the_school ..4 unless|if|or',
      'you_are|youre|you_re # ..2 and i_am|im|i_m|i_am_only|im_only # ..6 know_what_that_means|pay|police|cops|jail|prison|crime|illegal|arrested|in_trouble',
      '@iwill tell|email|message|call|contact|text your|ur boss|employer|manager|work|job|hr',
      'if you|u value|care_about|love|want_to_keep your|ur reputation|life|future|privacy|dignity|family|freedom|job|friendships|scholarship ..3 pay|send|you_will|you_ll|do_what|listen|cooperate|answer',
    ],
    unless: ['team|rooting|cheering|fan|jersey|lol|lmao|haha|jk|kidding|exam|test|quiz|finals|homework|essay|game|match|round|level|boss_fight|boss_level|raid|fall|fell|tripped|embarrassing|grades|report_card|room|messy|haircut|hair|outfit|dress|tattoo|piercing|sick|ill|late|running_late|cover|shift|covering|day_off|vacation|news|article|documentary|podcast|scam|scammer|scammers|tell_an_adult|trusted_adult|if_someone_says|careful|awareness|health_class|class|lesson|older|younger|birthday|bday|cheating|cheat|copying|copied|stole|stealing|fries|snacks|charger|hoodie|tiktok|recipe|game_chat|joke|memes|meme'],
    examples: {
      match: ["you're finished if you don't pay", 'ur dms with me are gonna be on every account at ur school', "you'll never be able to show your face at school again", 'your family will disown you when they see this', 'i will make you a registered sex offender', "they'll think you're a pedo", "you're 18 and i'm 15. you know what that means. pay", 'im reporting you to the cops unless you send money', "i'll tell your boss", 'if you value your reputation, you will pay'],
      ignore: ["your family will disown you when they see you rooting for the other team", "you're cooked if you don't study for the exam", "i'll tell your boss you're sick, dont worry", 'your family will disown you when they see your haircut lol', "you're 18 and i'm 15, so you're older than my brother"],
    },
  },
  {
    id: 'stop-texting-your-friends',
    phrases: [
      'stop|quit texting|messaging|dming|contacting|emailing|calling|tagging|sending_to your|ur @audience',
    ],
    unless: ['lol|lmao|haha|jk|kidding|party|surprise|birthday|bday|gift|present|homework|project|group_project|invite|invitation|plans|trip|game|team|practice|crush|drama|gossip|tea|rumor|rumors'],
    examples: {
      match: ['pls just send 50 and ill stop texting ur friends'],
      ignore: ['ill stop texting your friends about the party lol', "i'll stop texting your friends if you answer me lol"],
    },
  },
  {
    id: 'before-your-pics-hit-twitter',
    phrases: [
      '@audience would|will|d|wud ..3 if|when|once they|he|she saw|see|sees|found|find|watched|watch them|it|those|these|the_video|the_pics|your_videos|your_pics|your_nudes',
      'others|everyone|everybody|your_contacts|your_friends|your_family|they will|gonna|going_to|are_going_to|shall receive|get|see it|this|them|a_copy ..1 soon|shortly|next|tomorrow|tonight|too|as_well',
      'before your|ur|the|my @photo|pics|nudes|video ..1 hit|hits|go|goes|land|lands|end_up|show_up|appear on|online|twitter|instagram|tiktok|snapchat|facebook|the_internet|reddit',
      'posting|leaking|dropping|sending|releasing the|my first|next|last one|video|pic|pics ..2 at|in|tonight|tomorrow|midnight|# ..4 tag|tag_list|list|ready|everyone|your',
      'get_ready|be_ready|prepare|have_fun|good_luck ..2 to explain|explaining ..2 to your|ur @audience',
      'explain ..3 your|ur @audience ..3 what|why you|u were|did|sent|was ..3 on|in camera|cam|facetime|video|call|snap|bed',
      'sending|sent|showing ..2 those|these|them|that|me|pics|nudes ..4 now you|u owe|have_to|must|got_to|belong_to|belong',
      'or|else|otherwise you|u|your|you_are will|ll|gonna|going_to [be] all_over|everywhere|on ..2 the internet|internet|online|social|socials|tiktok|instagram|twitter|web|pornhub|news',
    ],
    unless: ['gorgeous|flowers|beautiful|amazing|haircut|new_hair|congrats|congratulations|well_done|great_job|got_an|a_plus', 'lol|lmao|jk|kidding|song|album|single|track|vlog|episode|chapter|book|art|collection|merch|drop|recipe|recital|concert|game|match|team|yearbook|birthday|bday|party|surprise|gift|present|wedding|graduation|proud|cute|love_it|loved|viral_dance|famous|talent|school_email|newsletter|invite|invitation|schedule|homework|notes|grades|report_card|dent|car|room|mess|late|curfew|missed|missing|ride|bus|scam|scammer|scammers|tell_an_adult|trusted_adult|news_article|article'],
    examples: {
      match: ['i bet your parents would miss you if they saw them', 'Your recording is there. Others will receive it soon.', 'get me 200 on cashapp before ur pics hit twitter', 'posting the first one at midnight. tag list ready.', 'pay me or get ready to explain to your parents what you were doing on camera', 'Ur so dumb for sending those 😂 now u owe me', "wire me the money or you'll be all over the internet by morning"],
      ignore: ["imagine what ur mom would say when she sees them, the flowers are gorgeous", 'posting the first one at midnight, its my new song!', 'get ready to explain to your parents why the car has a dent lol', 'ur so dumb for missing the bus 😂 now u owe me a ride'],
    },
  },
  {
    id: 'group-with-your-whole-family',
    phrases: [
      'making|make|create|creating|start|starting|made|started a|the group|gc|group_chat|chat|server ..2 with your|ur [whole|entire] @audience',
      'you|u would_not|wouldnt|do_not|dont want [your|ur|the] @audience|daddy|mommy|dad|mum to find_out|see|know|hear|get ..1 right|would_you|do_you|huh|now|about',
      'or i|ill|@iwill start|begin talking|telling|posting|sharing|sending|snitching|spilling',
      'want|should me|i [to] call|tell|email|message|contact your|ur @audience|school ..4 tell|show|send ..1 them|him|her what|how you|u did|sent|were_doing',
      'tell|show them|him|her|everyone what|how you|u did|were_doing|sent|showed ..2 on|in cam|camera|facetime|ft|video_call|call|snap',
    ],
    unless: ['lol|lmao|haha|jk|kidding|crush|surprise|party|birthday|bday|gift|present|trip|vacation|graduation|wedding|reunion|thanksgiving|christmas|xmas|planning|plan|plans|game_night|movie_night|dinner|bbq|recipe|homework|project|study|team|practice|carpool|chore|chores|grades|sick|ill|late|absent|doctor|dentist|note|good_news|proud|award|won|win|camping|cooking|singing|dancing|tiktok'],
    examples: {
      match: ['bro if i dont see the money in 30 min im making a group with ur whole family', "you wouldn't want daddy to find out, right?", '$150 or i start talking', 'do u want me to call ur school and tell them what u did on cam'],
      ignore: ['im making a group with your whole family for the surprise party', 'do you want me to call your school and tell them you are sick?', "you wouldn't want dad to find out about the surprise, right?"],
    },
  },
  {
    id: 'life-to-change-forever',
    phrases: [
      'your|ur life|future|reputation ..1 to change|changed|will_change|is_going_to_change|going_to_change|change ..1 forever|for_good|for_ever|completely|overnight',
      'start|begin|keep|im_going_to_start|i_will_start tagging|messaging|texting|dming|sending_to|emailing|adding your|ur @audience',
      'think|imagine how ..1 your|ur @audience will|would|going_to|d|is_going_to feel|react ..2 seeing|when_she_sees|when_he_sees|when_they_see|to_see|finding|watching ..2 her|his|their|you|u|this|that|it',
      '@audience|he|she|they|dad|father|mom|mother|her_dad|his_dad|her_mom|his_mom wants|want|needs|demands # ..4 or|else|otherwise ..6 police|cops|jail|court|lawyer|charges|report',
    ],
    unless: ['lol|lmao|haha|jk|kidding|gym|workout|college|university|job|promotion|baby|wedding|married|graduate|graduation|proud|award|scholarship|won|win|lottery|move|moving|new_house|new_school|party|birthday|bday|surprise|gift|present|trip|vacation|photos_from|pics_from|game|team|recital|concert|prom|dress|outfit|haircut|grades|report_card|room|car|dent|broke|broken|vase|tickets|invite|invitation|group_chat_for|project|homework|news|article|scam|scammer|scammers|tell_an_adult|trusted_adult|rent|landlord|fine|ticket|parking'],
    examples: {
      match: ['u have one hour to decide if u want ur life to change forever', 'if u dont pay by 5 i start tagging ur family members one by one', 'think how ur mom will feel seeing her daughter like that', "her dad wants 1000 or he's going to the police"],
      ignore: ['college will make your life change forever, so proud', 'think how your mom will feel seeing her daughter graduate!', 'ill start tagging your friends in the party pics'],
    },
  },
  // ---- round 7 (en-tt): veiled, referring back, slang and second-language threats ----
  {
    id: 'they-will-be-seeing-it',
    phrases: [
      'your|ur|all_your|all_ur|your_whole|ur_whole|the_whole|everyone|everybody|every1 ..2 @audience|list|school|class|grade|contacts|followers ..2 going_to|gonna|will|about_to|bout_to|finna|boutta|gon|gna|is_going_to|are_going_to|going_to_be|will_be be|soon [be] seeing|getting|watching|receiving|reading ..1 it|them|this|that|these|those|everything|what_you|what_u|your_pics|ur_pics|your_nudes|ur_nudes|the_video|the_pics|you_naked|a_lot|a_preview',
      'then|so|or ..3 your|ur @audience get|gets|getting|will_get|receive|receives ..2 preview|previews|sample|samples|teaser|taste|sneak_peek|peek|first_look',
    ],
    unless: ['perfume|lotion|candle|food|snacks|cookies|wine|recipe|invite|invitation|invites|link|schedule|homework|notes|revision|lecture|lessons|students|zoom|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|report_card|grades|tickets|yearbook|trailer|album|song|show|play|movie|episode|game|match|concert|recital|party|birthday|bday|gift|present|surprise|cake|trip|vacation|holiday|wedding|graduation|prom|news|announcement|email_from|from_school|from_the_school|the_school_will|new_car|car|package|mail|for_you|for_u', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['lol u thought that was private?? got screenies of everything, ur whole follower list gonna be seeing it by tonight', 'your mom is gonna be seeing these soon', 'i dont care. then ur friends get a preview', 'or your followers get a little sneak peek'],
      ignore: ['your whole class is going to be getting the results tomorrow', 'your mom is gonna be seeing the show tonight', 'or your friends get a preview of the album lol'],
    },
  },
  {
    id: 'check-your-moms-inbox',
    phrases: [
      'check|look_at|go_check|open|go_look_at ..1 your|ur sisters|sister|moms|mom|mums|mum|dads|dad|brothers|brother|parents|parent|friends|teachers|teacher|principals|principal|grandmas|grandma|cousins|cousin|coachs|coach|bf|gf|boyfriends|girlfriends|boyfriend|girlfriend|crush|crushs|best_friend|bestie|aunt|aunts|uncle|uncles|stepmom|stepdad|mother|father|mothers|fathers [s] dms|dm|inbox|inboxes|messages|texts|email|emails|mailbox|messenger|phone',
    ],
    unless: ['the_school|school_sent|permission_slip|slip|from_the_school|teacher_sent|coach_sent|report_card|she_got|she_has|she_said|he_said|they_said|she_replied|he_replied|she_answered|she_texted|he_texted|she_wants|he_wants|she_is_waiting|she_s_waiting|shes_waiting|hes_waiting|waiting_for_you|asked_you|asking_for_you|about_dinner|about_the|invite|invitation|party|recipe|schedule|pickup|pick_up|carpool|ride|address|link|dinner|birthday|bday|meme|memes|she_sent|he_sent|she_posted|he_posted|photo_of_the|cute|dog|cat|baby|grades|lunch|plans|weekend|trip|vacation|game|practice|forgot|lost|charger|password|wifi|reminder|appointment|hilarious|funny|so_funny|lol|lmao|tickets|order|package|delivery|flight|school_email|from_school', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['check ur sisters dms 😈', "go check your mom's inbox. thats just the first one", 'check ur dads email rn'],
      ignore: ['check your moms texts, she said you can come', "check your sister's dms, she sent the meme", 'check your dads email for the flight tickets'],
    },
  },
  {
    id: 'should-i-show-your-dad',
    phrases: [
      'should|shall i|me [just] [go_ahead_and] show|send|forward|tell|text|message|dm|email|tag|call ..1 your|ur @audience ..4 what|how|these|those|this|them|it|everything|the_pics|the_video|your_pics|ur_pics|the_screenshots|about_us|about_you|about_u|you_sent|u_sent',
      'show|send|tell your|ur @audience what his|her|their daughter|son|little_girl|little_boy|princess|baby_girl|baby_boy|kid|child|boy|girl|angel does|did|sends|sent|is_doing|was_doing|gets_up_to|got_up_to|looks_like|is_like|really_is',
    ],
    unless: ['scoring|score|scored|winning|won|playing|performance|performing|singing|dancing|skating|swimming|race|birthday|bday|surprise|gift|present|report_card|grades|test|drawing|art|trip|vacation|party|invite|recipe|cake|dinner|game|match|goal|recital|concert|play|dance|award|certificate|homework|project|haircut|outfit|dress|new_room|car|bike|dog|cat|puppy|meme|memes|pics_of_us|funny|cute|proud|lol|lmao|haha|jk|kidding|science|fair|trophy|medal|painting|essay|poem|song|cooking|baked|made|built|garden|fish|catch|school_play|talent|tiktok_dance', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['should i show ur dad what his daughter does at night', 'should i send your mom these?', 'shall i forward your principal the screenshots'],
      ignore: ['should i send your mom the pics from the trip?', "should i show your dad what his daughter made in art class", 'should i text your mom about the party lol'],
    },
  },
  {
    id: 'wonder-how-they-would-react',
    phrases: [
      'wonder|imagine|curious|bet ..3 how|what your|ur @audience ..1 would|will|d|might|gonna|going_to|is_going_to ..2 react|say|think|feel|do ..2 to|about|when|if|seeing|reading ..2 the_pics|the_video|your_pics|ur_pics|the_screenshots|what_i_have|what_i_got|what_you_sent|what_u_sent|our_chats|our_convo|your_nudes|ur_nudes|the_recording|the_clip|your_video|ur_video|what_you_did_on|what_u_did_on',
      'wonder|imagine|curious|bet ..3 how|what your|ur @audience ..1 would|will|d|might|gonna|going_to|is_going_to ..2 react|say|think|feel|do ..2 to|about|when|if|seeing|reading ..2 these|those|the|your|ur|our pics|photos|videos|vids|screenshots|nudes|clips|chats|messages|dms|texts|recordings',
    ],
    unless: ['lol|lmao|surprise|party|birthday|bday|gift|present|shoes|dress|outfit|haircut|hair|tattoo|piercing|grades|report_card|score|news|results|car|room|cake|drawing|painting|essay|poem|song|recital|dance|performance|game|goal|new|engagement|ring|puppy|dog|cat|kitten|baby|pregnant|prom|acceptance|admission|college_letter|scholarship|award|trophy|medal|job|offer|promotion|move|moving|plan|plans|idea|ideas|bill|phone_bill|credit_card|screen_time|bank|spending|vape|vaping|grounded|detention|suspension|broke|broken|window|vase|crash|dent|scratch', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['i wonder how ur mom would react to these pics', 'imagine what your principal would say reading our chats', 'imagine what ur dad would say when he sees these pics'],
      ignore: ['i wonder how ur mom would react to these shoes', 'imagine what your parents will say about your grades', 'i wonder how your dad would react to this news about the car'],
    },
  },
  {
    id: 'what-if-they-accidentally-ended-up',
    phrases: [
      'what_if|imagine|if|suppose|shame_if|pity_if ..3 these|those|they|them|it|this|everything ..1 accidentally|somehow|mysteriously|magically|suddenly|happened_to|just_happened_to ..2 ended_up|end_up|got|went|leaked|got_sent|got_posted|showed_up|appeared|landed|slipped|got_out|went_out|made_it|were_sent|was_sent|was_posted|were_posted|leak|get_sent|get_posted ..3 in|on|at|with|to|into|onto|all_over your|ur|everyone|everybody|the_internet|the_school|the_class|the_group|online|public|everywhere|reddit|twitter|discord',
      'what_if|imagine|if|suppose|shame_if|pity_if ..3 your_pics|ur_pics|the_pics|the_video|your_nudes|ur_nudes|your_video|ur_video|the_screenshots|the_recording ..1 accidentally|somehow|mysteriously|magically|suddenly|happened_to|just_happened_to ..2 ended_up|end_up|got|went|leaked|got_sent|got_posted|showed_up|appeared|landed|slipped|got_out|went_out|made_it|were_sent|was_sent|was_posted|were_posted|leak|get_sent|get_posted',
      'what_if ..3 these|those|they|them|your_pics|ur_pics|the_pics|the_video|your_nudes|ur_nudes|your_video|ur_video ..2 ended_up|end_up|got_out|leaked|got_leaked|showed_up|got_posted|got_sent|went_viral ..3 in|on|at|with your|ur @audience|group_chat|gc|groupchat|story|feed|school|class|page|insta|instagram|timeline',
      'accidents happen ..6 leak|leaks|leaked|posted|sent|online|public|get_out|gets_out|go_out|goes_out|send_button|wrong_chat|wrong_person|wrong_group|group_chat|gc|groupchat|your_pics|ur_pics|your_nudes|ur_nudes|the_video|the_pics',
      'my finger|thumb|fingers|hand might|could|may|almost|just ..1 slip|slips|slipped|click|press|hit|tap ..3 send|post|upload|share|forward|publish|your|ur|everyone|everybody|@audience',
    ],
    unless: ['surprise|party|birthday|bday|gift|present|trip|vacation|lost_and_found|recipe|homework|notes|results|grades|test|exam|spoiler*|trailer|album|song|meme|memes|cake|cookies|dog|cat|knife|cutting|cooking|kitchen|hair|haircut|nails|makeup|eyeliner|ladder|game|aim|controller|driving|ice|skating|skate|rain|weather|mud|paint|coffee|drink|spill*|mail|package|wrong_address|trash|recycling|laundry|wash|washing|lol|lmao|oops|sorry|my_bad|scam|scammer|scammers|careful|be_careful|tell_an_adult|trusted_adult|dont_send|do_not_send|never_send|private_account|privacy_settings|settings', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['what if these accidentally ended up in your school group chat', 'accidents happen. pics get leaked all the time', 'my finger might slip and hit send', 'would be a shame if ur pics somehow got posted'],
      ignore: ['what if the cake accidentally ended up on the floor lol', 'what if they accidentally ended up in the wrong box', 'accidents happen, sorry i sent it to the wrong chat', 'my finger might slip while cutting the onions', 'be careful, what if your pics ended up online, dont send them'],
    },
  },
  {
    id: 'not-posting-them-yet',
    phrases: [
      'not|never|havent|have_not|did_not|didnt|wont|will_not ..2 leak|leaked|leaking|expose|exposed|exposing|release|released|releasing ..1 them|those|these|your_pics|ur_pics|your_nudes|ur_nudes|the_video|the_vid|your_video|ur_video|anything|it|you|u ..3 yet|for_now|just_yet',
      'not going_to|gonna ..2 post|share|send|leak|drop|show|release|expose them|those|these|your_pics|ur_pics|your_nudes|ur_nudes|the_video|the_vid|em ..3 yet|just_yet'
    ],
    unless: ['caption|edit|editing|filter|which|pick|choose|favorite|fav|fave|photo_dump|dump|album|party|trip|vacation|holiday|birthday|bday|concert|prom|wedding|graduation|game|match|team|recital|our|us|we|my|cute|pretty|perfect|ready|finished|finish|done|homework|essay|assignment|email|application|form|invite|invitation|invites|card|package|letter|money|payment|check|order|message_to|text_to|reply|answer|ask|asked|permission|lol|lmao|haha|promise_i_will_not', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'm not gonna post them... yet", 'i didnt leak anything yet', 'i havent released the video yet. yet.'],
      ignore: ['i havent posted them yet, which one is your favorite?', 'i havent sent the invites yet', "im not gonna post them yet, i need to edit first"],
    },
  },
  {
    id: 'every-hour-another-one',
    phrases: [
      'every|each hour|hours|minute|minutes|day|second|seconds|min|mins|hr|hrs ..6 send|post|forward|leak|share|sending|posting|leaking|goes|gets_sent|get_sent|goes_out ..4 to|with|on your|ur|another|one_more|a_new|more @audience|contact|contacts|follower|followers|friend|person|people',
      'for every|each hour|minute|day ..2 you|u ..2 wait|ignore|do_not|dont|delay|stall|make_me_wait ..4 another|one_more|more|a_new ..2 pic|pics|photo|photos|video|videos|person|people|contact|contacts|follower|followers|friend|friends',
    ],
    unless: ['homework|newsletter|reminder|reminders|updates|update|digest|report|photos_of_the|pics_of_the|baby|puppy|dog|cat|vacation|trip|camp|diary|journal|streak|streaks|meme|memes|quote|quotes|verse|prayer|affirmation|workout|progress|lol|lmao|haha', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["every hour you don't pay i send one more pic to your friends", 'for every hour you ignore me another person gets the video'],
      ignore: ['every day i send a baby pic to your grandma', 'every hour the app sends an update to your parents'],
    },
  },
  {
    id: 'one-click-and-its-over',
    phrases: [
      '1|one click|tap|press|button|send|message|text ..2 and|n|away ..2 its|it_is|it_s|you_are|youre|your|ur|everyone|everybody|they|it|everything|ur_life|your_life|life ..1 over|done|finished|out|everywhere|sent|posted|gone|live|public|see|sees|get|gets|know|knows|ruined',
    ],
    unless: ['invite|invites|invitation|party|event|rsvp|calendar|link|share_link|shared|tickets|ticket|order|cart|checkout|purchase|buy|install|download|app|game|level|sign_up|signup|register|registration|application|submit|form|vote|subscribe|subscription|delete_your_account|email|homework|assignment|essay|lol|lmao|playlist|song|album|photo_dump|story|cute|fixed|works|easy|setup|set_up|settings|printer|printing|print|unsubscribe|stream|live_stream|going_live|we_are_live|were_live', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["ur mom's facebook is right there, 1 click and its over for u", 'one tap and everyone sees it', 'one message and ur life is ruined'],
      ignore: ['one click and its installed, so easy', '1 click and the order is done', 'one tap and we are live on the stream'],
    },
  },
  {
    id: 'or-they-go-to-the-principal',
    phrases: [
      'or|else|otherwise|if_not ..1 they|it|them|these|those|everything|the_pics|the_video|your_pics|ur_pics|the_screenshots|the_chats|your_nudes|ur_nudes|the_vid|the_recording ..1 go|goes|get_sent|gets_sent|are_going|is_going|will_go|land|lands|end_up|ends_up|get_forwarded|gets_forwarded ..1 to|straight_to|directly_to|in|on|into the|your|ur|ya|his|her @audience|principals|teachers|moms|dads|parents|inbox|dms',
    ],
    unless: ['hand_it_in|hand_in|turn_it_in|turn_in|submit|return_it|give_it_back|give_back|bring_it_back|lost|found|recipe|invite|invitation|invites|link|schedule|homework|notes|revision|lecture|lessons|students|zoom|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|information|results|report|grades|tickets|food|dinner|lunch|plate|cake|leftovers|pizza|snack|cookies|detention|slip|late|tardy|absence|note|office|complaint|phone|confiscated|birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|books|puppy|dog|cat|gift|present|drawing|art|song|recital|baby|lol|lmao|haha|asked|wanted|wants|yearbook|school_website|album|edit|edited|editing|team|class|sextort*|scammer|scammers|never_pay|say_things|things_like|lost_and_found|toys|clothes|donation|donate|charity', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['Venmo @jxx 250 or they go to the principal', 'pay up or the screenshots land in ur moms inbox', 'otherwise it goes straight to your dad'],
      ignore: ['hand in the permission slip or it goes to the principal', 'eat it or it goes to the dog lol', 'or the toys go to the donation box', 'hand it in or it goes to the principal'],
    },
  },
  {
    id: 'thinking-about-dropping-them',
    phrases: [
      'thinking|considering|might|lowkey|finna|bout_to|boutta|about_to|tempted|planning|itching|dying|debating ..3 drop|dropping|post|posting|leak|leaking|upload|uploading|put|putting|share|sharing|send|sending|expose|exposing|dump|dumping ..2 them|it|those|these|everything|your_pics|ur_pics|the_pics|the_video|the_vid|your_nudes|ur_nudes|em ..3 on|in|to|with|into your|ur @audience|story|stories|page|profile|feed|insta|instagram|snap|snapchat|tiktok|gc|groupchat|group_chat|close_friends|account|acc|timeline|wall|dms|inbox',
    ],
    unless: ['recipe|invite|invitation|invites|link|schedule|homework|notes|lecture|slides|permission|form|forms|newsletter|flyer|menu|playlist|details|info|results|grades|tickets|birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|gift|present|cake|drawing|art|song|recital|baby|yearbook|album|photo_dump|dump_from|us|we|our|cute|pretty|hilarious|funny|meme|memes|asked|wanted|wants|she_asked|he_asked|for_you|for_u|shoutout|shout_out|congrats|proud|lol|lmao|team|club|fundraiser|event', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['ngl i got ur nudes saved in my drive, lowkey thinking about dropping them on ur story after i log in to ur acc', 'im tempted to send them to ur gc', 'might post it on your insta tonight'],
      ignore: ['thinking about posting the trip pics on your story, you look cute', 'might post it on your story for your birthday', 'lowkey thinking about sending it to your mom, she asked for the recipe'],
    },
  },
  {
    id: 'police-will-say-you-sent-them',
    phrases: [
      'police|cops|fbi|authorities|cyber_police ..6 you|u sent|send|showed|gave|were_sending|was_sending|shared ..3 pics|nudes|naked|photos|videos|images|porn|them|me|explicit',
      'you|u sent|send|showed|shared ..3 nudes|naked|pics|explicit|images|porn ..6 illegal|a_crime|crime|criminal|jail|prison|arrested|juvie|sex_offender|child_porn|cp|csam|the_registry',
    ],
    unless: ['said|says|told|report_it|reported|report_them|report_him|report_her|tell_an_adult|trusted_adult|if_you|if_u|never|help|helped|help_you|safe|victim|not_in_trouble|wont_get|won_t_get|will_not_get|not_your_fault|not_ur_fault|scam|scammer|scammers|news|article|assembly|class|lesson|presentation|podcast|documentary|ncmec|takeitdown|take_it_down|hotline|helpline|counselor|teacher|worried|careful|be_careful', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['do you want me to go to the police and say you sent me pics', 'you sent nudes to an adult, thats illegal, you will go to jail'],
      ignore: ['the police said if you sent pics you are not in trouble, report it', 'in the assembly they said if you sent nudes to someone its not your fault, tell an adult'],
    },
  },
  {
    id: 'spread-rumors-you-sent-nudes',
    phrases: [
      '@iwill|gonna|going_to|about_to|will spread|start|tell|post|make_up ..2 rumors|rumours|rumor|rumour|lies|stories|story ..4 you|u|that_you|that_u sent|send|showed|are|r|slut|whore|nudes|naked|sex|hooked_up|sleep_around|sleeps_around',
      'make_up|making_up|invent|fabricate|fabricating|inventing ..2 stuff|things|lies|stories|fake_stuff|rumors|rumours|shit ..2 about you|u ..4 post|posting|share|send|tell|spread|everyone|everybody|your|ur',
    ],
    unless: ['roast|speech|toast|birthday|bday|lol|lmao|haha|jk|kidding|story_time|bedtime|game|improv|skit|class|writing|fanfic|fan_fic|dnd|campaign|book|novel|essay|creative|drama_club|play|movie|secret_santa|prank', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'll spread rumors that you sent me nudes", "i'll make up stuff about you and post it"],
      ignore: ['ill make up stuff about you for the roast lol', 'imma make up a story about you for the creative writing class'],
    },
  },
  {
    id: 'group-chat-with-your-followers',
    phrases: [
      '@iwill|gonna|going_to|about_to|finna ..1 make|create|start|set_up|made|created a|an|one group_chat|gc|groupchat|group|server|chat ..4 with|of|for all|every|your|ur ..2 @audience ..6 drop|post|send|share|leak|show|them|it|everything|the_pics|the_video|your_pics|ur_pics',
      'i [already] made|created|started|set_up a|an group_chat|gc|groupchat|group|chat ..3 with your|ur [whole|entire] @audience ..6 send|hit_send|post|drop|share|leak|want_me|should_i',
    ],
    unless: ['party|birthday|bday|surprise|project|homework|study|notes|trip|vacation|holiday|game|match|team|practice|fundraiser|charity|event|invite|invitation|plans|planning|carpool|reunion|wedding|graduation|prom|memes|meme|lol|lmao|haha|gift|present|secret_santa|book_club|club', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'll make a group chat with all ur followers and drop them", 'i made a group chat with ur whole class in it. want me to hit send?'],
      ignore: ["i'll make a group chat with all your friends for the surprise party", 'i made a group chat with your whole class for the project'],
    },
  },
  {
    id: 'interesting-monday-for-them',
    weight: 2,
    phrases: [
      'your|ur @audience ..2 about_to|going_to|gonna|will|is_going_to|are_going_to|bout_to|boutta ..1 have|get|see ..1 an|a|such_an|a_very|a_really interesting|eventful|shocking|surprising|eye_opening|enlightening|educational|memorable ..1 monday|tuesday|wednesday|thursday|friday|morning|day|night|week|weekend|read|time|inbox|surprise|notification|message|email',
    ],
    unless: ['lol|lmao|haha|jk|sub|substitute|snow|storm|weather|traffic|fire_drill|field_trip|trip|test|exam|assembly|meeting|conference|party|birthday|bday|wedding|holiday|vacation|flight|baby|new_job|job|work|promotion|moving|dinner|cooking|kids|students|class_trip|inspection|observation|museum|documentary|book|lecture|show|movie|game|match|news|election|results|report_card|grades', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['your teachers are about to have an interesting monday', 'ur mom is gonna have a very educational morning'],
      ignore: ['your teachers are about to have an interesting monday with the fire drill lol', 'your mom is going to have an interesting day at the conference'],
    },
  },
  {
    id: 'viral-not-in-a-good-way',
    phrases: [
      'viral|famous|known|infamous|popular|trending ..3 not_in_a_good_way|for_the_wrong_reasons|wrong_reasons|the_wrong_way|the_bad_way|in_a_bad_way|for_all_the_wrong|not_the_good_kind|not_for_a_good_reason|for_the_wrong_thing',
      'you_are|youre|your|ur|u_r|you_re|u_are|you_will_be|youll_be gonna|going_to|about_to|bout_to [be] famous|viral|infamous|known|a_celebrity|a_star|a_meme ..2 at|in|around|across|all_over school|class|grade|town|college|campus|your_school|ur_school|the_school|tomorrow|monday',
    ],
    unless: ['lol|lmao|haha|jk|kidding|talent|tiktok|dance|song|video_of_your_dance|goal|play|musical|recital|concert|game|match|touchdown|speech|election|award|win|won|winning|champion|team|science_fair|spelling_bee|art|drawing|painting|poem|essay|article|newspaper|yearbook|school_paper|announcement|interview|news|proud|congrats|congratulations|costume|halloween|outfit|hair|haircut|talent_show|battle|cookie|cookies|cake|baking|bake_sale', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['ur gonna go viral and not in a good way', "you're gonna be famous at school tomorrow"],
      ignore: ["you're gonna be famous at school tomorrow after that goal", 'your dance is gonna go viral, not in a bad way lol'],
    },
  },
  {
    id: 'your-mom-gets-everything',
    phrases: [
      'or|else|otherwise ..3 your|ur [whole|entire] @audience gets|get|will_get|receives|receive|sees|see|will_see everything|it_all|all_of_it|every_pic|every_video|every_single_one|all_the_pics|all_the_videos|the_whole_thing|the_lot|all_of_them',
      'cooperate|comply|behave|listen|do_as_i_say|do_what_i_say|pay|send ..4 and|n|then nobody|no_one|noone|nobody_else ..1 gets|has_to_get|will_get|has_to_be|is ..1 embarrassed|exposed|humiliated|ashamed',
      'your|ur face|body|name|nudes|pics|video|videos|vids ..3 gonna|going_to|will|about_to|is_going_to|are_going_to ..2 be_on|end_up_on|go_on|be_all_over|land_on|be_posted_on ..3 porn|pornhub|xvideos|xhamster|onlyfans|adult|xxx|escort|sugar_daddy|every_site|every_website|dark_web|darkweb',
    ],
    unless: ['fridge|freezer|pantry|kitchen|snacks|candy|chocolate|ice_cream|recipe|invite|invitation|invites|link|schedule|homework|notes|permission|form|forms|newsletter|flyer|menu|details|info|results|report|report_card|grades|tickets|birthday|bday|party|wedding|trip|vacation|holiday|graduation|concert|game|match|book|gift|present|cake|cookies|food|dinner|lunch|leftovers|pizza|dessert|drawing|art|song|recital|baby|yearbook|lol|lmao|haha|jk|share|split|half|room|clothes|toys|inheritance|will_and|estate|presentation|project|team|billboard|magazine|cover|tv|news', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['send me the money or i swear your mom gets everything', 'pls just cooperate and nobody gets embarrassed', 'your face is gonna be on every porn site'],
      ignore: ['clean your room or your sister gets all the toys', 'finish your dinner or your brother gets everything lol', 'your face is gonna be on the yearbook cover'],
    },
  },
  {
    id: 'your-friends-are-gonna-love-this',
    weight: 2,
    phrases: [
      'your|ur little|lil|precious|dear|sweet friends|followers|classmates|contacts|family|school|teachers|parents|mommy|daddy|mummy|boyfriend|girlfriend|bf|gf|crush|church ..3 gonna|going_to|will|are_going_to|is_going_to|about_to ..1 love|enjoy|like|appreciate this|these|it|that|those|them|the_show|the_video|the_pics|what_i_have|what_i_got',
    ],
    unless: ['gift|present|toy|toys|birthday|bday|cake|cookies|christmas|xmas|party|surprise|song|dance|drawing|card|recipe|dinner|trip|vacation|puppy|kitten|dog|cat|baby|photo_of_us|of_us|lol|lmao|haha|cute|game|story|book|movie|show|gift_card|candy|snacks', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['your little friends on insta are gonna love this', 'ur precious parents will enjoy these'],
      ignore: ['your little sister is gonna love this toy', 'your little friends are gonna love the cake'],
    },
  },
  {
    id: 'crash-out-and-leak-everything',
    phrases: [
      '@iwill|gonna|going_to|finna|about_to|bout_to|boutta ..3 leak|expose|release|dump|leaking|exposing|releasing|dumping everything|it_all|all_of_it|them_all|all_your|all_ur|your_stuff|ur_stuff|the_pics|the_videos|the_video|your_pics|ur_pics|your_nudes|ur_nudes|them|em|it',
      '@iwill|gonna|going_to|finna|about_to|bout_to|boutta ..3 drop|dropping everything|it_all|all_of_it|all_your|all_ur|the_pics|the_videos|the_video|your_pics|ur_pics|your_nudes|ur_nudes|your_videos',
      'if you|u do_not|dont|wont|will_not|refuse|stop ..4 i_am|im|i_m|ill|i_will dropping|posting|leaking|releasing|exposing|uploading em|them|it|everything|it_all|your|ur',
      'or|else|otherwise i_am|im|i_m [just] posting|leaking|dropping|exposing|uploading|releasing',
    ],
    unless: ['baby_pic|baby_pics|baby_photo|baby_photos|baby_picture|baby_pictures|throwback|yearbook|trash|bin|garbage|sink|water|toilet|fish|birds|balloons|butterflies|wild|into_the|sunlight|without_you|without_u|off|by_your|at_your|at_ur|by_ur|mailbox|porch|door|answers|album|song|track|mixtape|beat|tea|gossip|test|trailer|spoiler*|info|details|plans|surprise|secret_santa|party|location|drop_off|dropping_off|lol|lmao|haha|jk|ugly|cute|pic_of_me|which|choose|pick|caption|story_of_us|our|us|we|my_pics|my_video|my_vlog|vlog|tiktok|cover|edit|photo_dump|dump_from|trip|vacation|class|homework|notes|study|guide|recipe|meme|memes|game|match|team|stats|lineup|schedule|results|grades|news|merch|release_date|update|patch|later|later_on', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['fr fr ill crash out and leak everything', 'if u dont answer im dropping em', "say less, 100 on cash app or i'm posting", 'ill leak them tbh idc anymore'],
      ignore: ["ill drop the pics in the gc later", "if u dont answer im dropping them off at your door", 'delete it or im posting ur baby pic', 'give it back or im posting ur yearbook photo', 'pick one or im posting the ugly one lol', 'gonna leak the album tracklist lol'],
    },
  },
  {
    id: 'pics-go-crazy-on-the-tl',
    phrases: [
      'or|else|otherwise|if_not ..2 your|ur|the|those|these @photo|nudes|vids|video|it|they|them|everything ..1 go|goes|going|will_go|going_to_go|are_going|is_going crazy|wild|brazy|viral|nuclear|public|live|everywhere|up',
      'one|1 more excuse|no|word|delay|lie|day|block|ignore|minute|hour|dodge|message|text|second ..2 and|n|then ..1 it|its|it_s|they|they_are|theyre|everything|the_video|the_pics ..1 up|out|on|live|going_up|goes_up ..2 on|in|at|to|everywhere|online|tonight|twitter|insta|instagram|tiktok|snap|reddit|discord|story|school',
      'or|else|otherwise|if_not theyre|they_are|they_re|its|it_is|it_s|everythings|everything_is|the_pics_are|the_video_is|ur_pics_are|your_pics_are out|going_out|gone_public|going_public',
    ],
    unless: ['portal|website|site|school_website|school_site|yearbook|newsletter|schedule|assignment|of|stock|sold|sold_out|tickets|store|shop|sale|restock|price|prices|lights|power|fire|tide|sun|candle|wifi|battery|game|match|stream|premiere|movie|episode|season|album|song|trailer|lol|lmao|haha|jk|cookies|cake|oven|bake|baking|bus|train|school_out|class|homework|grades|results|report_card|dog|cat|party|trip|meme|memes', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['pay up or ur pics go crazy on the tl', 'one more block and its up on twitter', 'i dont want money i want more pics or theyre out'],
      ignore: ['hurry or theyre out of stock', 'buy now or the price goes up', 'one more day and its up on the school website, the trip pics lol'],
    },
  },
  {
    id: 'school-meme-laughing-stock',
    weight: 2,
    phrases: [
      'you_are|youre|your|ur|u_r|you_re|u_are|you|u gonna|going_to|finna|about_to|bout_to|will|boutta be the|a school|class|grade|whole_school|schools|internet|tiktok|twitter|towns meme|joke|laughing_stock|clown|freak_show',
      'laughing_stock ..3 of|at your|ur|the school|class|grade|whole_school|family|internet|town',
      'see|watch what happens to your|ur snap|account|insta|instagram|rep|reputation|socials|page|profile|tiktok|life',
    ],
    unless: ['lol|lmao|haha|jk|kidding|fall|fell|trip|tripped|dance|costume|haircut|outfit|falling|slipped|sneeze|burp|fart|karaoke|singing|talent_show|play|musical|streak|streaks|score|game|match|plant|plants|fish|goldfish|cake|bread|sourdough|battery|phone|screen_time|grades', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['u finna be the school meme fr', 'keep ignoring me and see what happens to ur snap', 'ur gonna be the laughing stock of ur whole school'],
      ignore: ['u finna be the school meme after that fall lol', 'see what happens to your snap streak if you dont reply'],
    },
  },
  {
    id: 'broken-english-send-to-your-family',
    phrases: [
      'or|else|otherwise|if_not i|ill|@iwill|me ..1 sen|send|sent|snd|post|share|show|put|upload|uplod ..3 to|on|in your|ur|you|yu famly|family|fmly|famili|famliy|familly|frends|friends|freinds|frnds|frens|parents|parnts|mom|dad|school|skool|contacts|contact|followers|facebok|facebook|fb|instagram|insta|friend_list|freind_list',
      'i ..1 put|post|upload|uplod|send|share|leak ..1 your|ur|you|yu|yur video|vidio|vedio|videos|pics|pic|photos|foto|fotos|nudes ..2 on|in|to facebook|facebok|fb|instagram|insta|tiktok|youtube|internet|online|whatsapp_group|porn|pornhub|all_group',
      'i|@iwill|will|gonna|going_to viral|virall|viral_it|make_it_viral|make_viral ..1 it|them|your|ur|you|yu|video|vidio|pics|photos',
      'video|videos|vidio|pics|photos|nudes|mms ..1 viral ..1 kar|karunga|kardunga|kar_dunga|kar_dungi|kardungi|karu|ho_jayega|hogi|hoga|krdunga|krunga',
    ],
    unless: ['recipe|trend|challenge|grandma|grandpa|loved|love|likes|liked|proud|cute|birthday|bday|recital|dance|game|goal|funny|lol|haha|lmao|school_page|page_for|trip|vacation|holiday|party|wedding|graduation|concert|prom|yearbook|team|club|class_photo|drawing|art|for_you|so_you|tiktok_dance|cover|song|award|prize|contest|competition', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['i hav ur pic send monee now or i sen to ur famly', 'plz send mony frend i not joke i put ur video on facebok', 'i hve ur vidio, pay 5000 rupees on paytm or i will viral it', 'bhai paise bhej warna video viral kar dunga'],
      ignore: ['i put your video on facebook, grandma loved it', 'your dance video will go viral, so cute'],
    },
  },
  {
    id: 'starting-with-your-mom',
    phrases: [
      'starting|start|starting_off|first_up|beginning|begin|first_stop ..1 with|w your|ur @audience|moms|mums|dads|sisters|brothers|parents|grandmas|teachers|principals|coachs|cousins|aunts|uncles|stepmoms|stepdads',
      'hope|bet|guess your|ur @audience|moms|mums|dads|sisters|brothers|parents|grandmas|teachers|principals|coachs|cousins|aunts|uncles|stepmoms|stepdads [s] enjoys|enjoy|likes|like|loves|love ..1 her|his|their|the|a new|little|surprise inbox|notification|notifications|dms|texts|emails|messages|email|message|dm',
      'scheduled|set|timed|queued|programmed ..2 to|for post|go_out|upload|send|publish|go_live|be_posted|be_sent ..3 at|by|tonight|tomorrow|midnight|noon|in|#',
      'already uploaded|posted|drafted|queued ..4 private|unlisted|hidden|drafts ..3 for_now|until|unless|one_click|public|button',
      'pay|venmo|cashapp|zelle|transfer or post|leak|share|expose|i_post|i_leak|i_share|i_expose|it_posts|it_goes_up|it_goes_out',
      'imagine the|all_the comments|replies|reactions ..3 when|once|after|under|on ..2 it|they|this|these|those|the_video|the_pics|your_pics|ur_pics|gets_posted|get_posted|goes_up|goes_out|drops',
      'message|dm|email|contact|text|call|tag ..1 his|her|their boss|employer|manager|workplace|coworkers|colleagues|hr|company',
    ],
    unless: ['slice|slices|cake|pizza|plate|serve|served|food|dinner|gifts|presents|hug|hugs', 'thankful|grateful|everyone_say|say_one|each|turn|turns|go_around|order|introduce|intro|welcome|grace|pray|prayer|photos|pictures|photo|picture|group_photo|hug|permission|form|consent|signature|sign|cake|food|pizza|presents|gifts|gift|hugs|interview|introductions|thank|thanks|invites|invitations|seating|list|lol|haha|lmao|jk|speech|toast|my|our|we|us|vlog|episode|podcast|newsletter|blog|announcement|giveaway|merch|collab|promo|ad|ads|campaign|club|team|class|event|stream|teacher|project|homework|assignment|meme|memes|tiktok|dance|outfit|fit|hair|birthday|bday|party|schedule|shift|day_off|leave|sick|resume|job|application|reference|recommendation|raise|complaint|refund|order|phone|delivery|package|gift_card|card|thank_you|christmas|xmas|new_phone|new_laptop|recipe|flowers', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['ok your choice. starting with your mom', 'ok bye then, hope ur mom enjoys her new inbox', 'its scheduled to post at 8pm', 'the video is already uploaded, just set to private for now', 'cry all you want, pay or post', "ur dad's linkedin says he works at ford. should i message his boss too?"],
      ignore: ['starting with your mum, everyone gets a slice', 'starting with your mom, everyone gets cake', 'starting with your dad, everyone say one thing you are thankful for', 'my vlog is scheduled to post at 8pm', 'hope your mom enjoys her new phone', 'should i email your boss about the schedule?'],
    },
  },
  {
    id: 'non-payment-results-in-distribution',
    phrases: [
      'result|results|lead|leads in|to ..2 distribution|publication|release|sharing|posting|exposure|dissemination|circulation ..3 of your|ur|the material|content|videos|video|photos|images|pics|recording|recordings|footage|files|data',
      'non_payment|nonpayment|failure_to_pay|not_paying|no_payment|refusal_to_pay ..6 distribution|publication|release|sharing|posting|exposure|dissemination|published|released|distributed|shared|posted|exposed',
      'or|else|otherwise they_are|theyre|they_will_be|it_is|its|it_will_be|everything_is|everything_will_be published|posted|leaked|released|distributed|shared|made_public|exposed|uploaded',
    ],
    unless: ['notice_board|noticeboard|bulletin|bulletin_board|board|website|portal|yearbook|tuition|school_fees|fees|enrollment|insurance|policy|coverage|service|services|account_suspended|suspended|disconnected|utility|utilities|electricity|water|internet_service|phone_bill|rent|lease|eviction|late_fee|credit|score|collections|library|membership|subscription|gym|newsletter|results|grades|winners|schedule|tickets|lol|haha|jk|homework|essay|article|paper|journal|research|thesis|book|album|song|report|findings|study', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['Final warning: Non-payment will result in the distribution of your material to everyone in your contact list.', 'Pay the fee or they are published.'],
      ignore: ['non-payment of fees will result in suspension of your membership', 'submit the essay or it is published without your name in the school paper', 'or else it is posted on the notice board'],
    },
  },
  {
    id: 'swear-ill-post-them',
    phrases: [
      'swear|swear_to_god|i_swear|on_god|ong|fr_fr|no_cap ..3 post|leak|expose|drop|upload|share|posting|leaking|exposing|dropping them|em|it_all|everything|those|these|your_pics|ur_pics|your_nudes|ur_nudes|your_video|ur_video|the_video|the_pics',
      'to|with your|ur @audience ..3 if|unless you|u do_not|dont|don_t|wont|will_not|refuse|fail|refuse_to|fail_to pay|pay_me|send_money|send_the_money|send_the_cash',
      'your|ur @photo|nudes|pics|video|vids|videos|everything ..1 are|r|is|will_be|going_to_be|going|goin|going_to|about_to|bout_to ..1 going|goin|go|going_to_go|end_up|land ..1 on|in|to|into every|all|each ..2 group_chat|gc|groupchat|chat|chats|group|groups|page|server|story|feed|site|account|phone',
      'your|ur @audience ..2 do_not|dont|doesnt|does_not|do_not_know|does_not_know|have_no_idea|has_no_idea ..6 they|she|he|everyone|everybody|they_will|she_will|he_will will|gonna|going_to|gon|about_to ..1 soon|tho|though|tonight|tomorrow|shortly|find_out|know|see|now',
    ],
    unless: ['off|drop_off|pick_up|pickup|forgot|sorry|later|after|trip|party|pics_from|the_pics_from|vacation|birthday|bday|surprise|gift|present|recipe|homework|notes|answers|schedule|meme|memes|lol|lmao|haha|jk|back|owe|owed|lunch|pizza|dinner|bet|tickets|website|yearbook|portal|newsletter|board|wall|fridge|album|slideshow|frame|grades|report_card|test|exam|class|teacher|coach|detention|vase|broke|broken|crush|tattoo|piercing|hair', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["bro i swear i'll post them, no estoy jugando", 'je vais envoyer tes photos to your parents if you dont pay', 'if u dont pay ur pics r going on every group chat in ur school', 'lemme guess, ur parents dont know what u do online? they will soon'],
      ignore: ["i swear i'll post them later, sorry i forgot the trip pics", 'ill give it to your mom if you dont pay me back for lunch', 'your mom doesnt know about the surprise party, she will soon tho'],
    },
  },
  {
    id: 'no-card-it-goes-everywhere',
    phrases: [
      'no|without card|cards|money|payment|pay|cash|code|codes|robux|vbucks|transfer|btc|bitcoin ..2 it|its|they|everything|the_pics|the_video|your_pics|ur_pics ..1 goes|go|going|gets_posted|is_posted|get_posted|will_go ..1 everywhere|out|online|public|viral|up|live',
      '@iwill|and|then post|leak|share|expose|drop|upload|send em ..3 if|unless|when|once|everywhere|online|to_everyone|to_your|to_ur',
    ],
    unless: ['tab|store|shop|checkout|register|cashier|refund|order|shipping|ticket|tickets|sale|price|game|level|lol|lmao|haha|jk|party|trip|birthday|bday|pics_from|photo_dump|story_of_us|of_us|our|we|us|later|tomorrow|tonight_after|edit|editing|caption|cute', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['send 100$ in apple gift card codes and it all goes away. no card = it goes everywhere', "I'll put ur face on some nasty pics and post em if u stop talking to me"],
      ignore: ['no card? it goes on my tab then', 'ill post em later after i edit them'],
    },
  },
  // round 8 (en-et): "or I DM every one of them", veiled "shame if they found out", "hope you're ready"
  {
    id: 'or-i-dm-every-one-of-them',
    phrases: [
      'keep|keep_on ignoring|ghosting|blanking|blocking ..2 and|n|then see|watch what ..2 shows_up|pops_up|appears|gets_posted|turns_up|goes_up|ends_up|gets_sent|goes_out',
      'or|else|otherwise|then i|ill|@iwill ..1 dm|message|text|snap|tag|contact|email|send_it_to|send_them_to|forward_it_to|show_it_to|show_them_to ..1 every|each|all ..2 one_of_them|of_them|single_one|last_one|follower|followers|friend|friends|contact|contacts|@audience',
      '@iwill dm|message|text|snap|email|contact ..1 each|every|all ..1 of|one_of|single_one_of your|ur contacts|followers|friends|family|following|@audience ..3 one_by_one|with_it|with_the|the_pics|the_video|the_vid|your_pics|ur_pics|everything|unless|if|or|tonight|now',
      'or|else|otherwise|then i|ill|@iwill [start|starting] dm|dming|message|messaging|text|texting|tag|tagging|send_it_to|sending_it_to|show|showing ..1 your|ur [whole|entire] @audience|followers|contacts|following',
    ],
    unless: ['surprise|plans|plan|about_the|about_your_party|reminder|remind', 'party|birthday|bday|invite|invites|invitation|giveaway|contest|meme|memes|lol|lmao|haha|jk|group_photo|photo_dump|results|announcement|homework|notes|project|slides|trip|game|lobby|match|schedule|address|details|link|forms|form', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending'],
    examples: {
      match: ['keep ignoring me and see what shows up in ur class gc', 'send what i asked or i dm every single one of them', 'i will dm each of your contacts one by one', 'or i message all your followers', 'then i start tagging your whole family', 'reply or ill text each of ur contacts'],
      ignore: ['keep ignoring me and see what happens', 'or i dm every one of them the party invite', 'then i start tagging ur friends in the memes lol', 'otherwise i text all your friends the address'],
    },
  },
  {
    id: 'start-tagging-people',
    weight: 3,
    phrases: [
      'then|or|else|otherwise i|ill|@iwill [start|starting] tagging|tag|dming|messaging|posting|sending|exposing|leaking ..1 people|ppl|everyone|everybody|every1|them_all',
    ],
    unless: ['party|birthday|bday|invite|invites|invitation|giveaway|contest|meme|memes|lol|lmao|haha|jk|group_photo|photo_dump|results|announcement|homework|notes|project|slides|trip|game|lobby|match|schedule|address|details|link|forms|form|photos_from|pics_from|the_post|in_the_post|raffle|winners|prizes'],
    examples: {
      match: ['10 mins. then i start tagging ppl', 'or i start leaking to everyone'],
      ignore: ['then i start tagging people in the giveaway post', 'ok then i start messaging everyone about the party'],
    },
  },
  {
    id: 'shame-if-they-saw-what-you-look-like',
    phrases: [
      'shame|pity ..3 if|when ..6 found_out|find_out|saw|see|seen|knew|learned|got_to_see|saw_what|got_hold_of what|how you|u look|looked|really_look ..2 like|without|with_no|naked|under|undressed',
      'shame|pity ..3 if|when ..6 found_out|find_out|saw|see|seen|got_to_see|got_hold_of|got ..2 what|the_stuff|the_pics|the_snaps|the_video|those_pics|those_snaps you|u sent|showed|did_on_cam|did_on_camera|sent_me|showed_me',
      'ready|prepared ..1 for everyone|everybody|the_whole_school|@audience ..2 to|will|going_to see|get|have ..2 your|ur|the|those|these @nude',
      'ready|prepared ..1 for everyone|everybody|the_whole_school|@audience ..2 to|will|going_to see|know|find_out ..3 @nude|snaps|snap|pics|pic|video|vid|videos|vids|photos|photo|stuff|what|everything ..2 you|u sent|showed|gave|did',
    ],
    unless: ['costume|outfit|haircut|hair|makeup|dress|fit|prom|lol|lmao|haha|jk|baby_pics|baby_photos|school_photo|drawing|drawings|art|essay|report_card|grades|results|cake|surprise|gift|present|recipe|tiktok_dance|dance|singing|talent|performance|show|play|concert', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay'],
    examples: {
      match: ['would be such a shame if ur sixth form found out what u look like without a hoodie on', 'be a shame if your mum saw what you sent me', 'hope ur ready for everyone to see the snaps u sent me 🙂', 'get ready for everyone to see ur nudes', 'what a pity if your class found out how you look undressed'],
      ignore: ['would be a shame if they saw what u look like in that costume lol', 'hope ur ready for everyone to see your drawings at the art show', 'shame if your mum found out what you did with the cake'],
    },
  },
  {
    id: 'what-would-your-dad-say-if-he-saw',
    phrases: [
      'think ..2 your|ur @audience|moms|mums|dads ..2 would|will|gonna|going_to|d say|think|do|react|feel ..3 if|when|once ..2 saw|see|sees|seen|found|got|gets|received',
      'or|else|otherwise ..1 this|it|they|that|these|those|the_video|the_vid|the_pics|everything goes|go|going|gets_sent|get_sent|is_going|are_going|will_go ..1 to|straight_to your|ur @audience|moms|mums|dads|parents|school|followers',
      'if|unless i do_not|dont|never|can_not|cannot get|receive|see ..3 money|cash|payment|paid|the_cards|the_codes|my_money ..4 everything|it|they|them|the_video|the_vid|the_pics|your_pics|ur_pics gets|get|goes|go|will_be|is_going|are_going|will_get posted|leaked|sent|out|public|online|shared|everywhere|uploaded',
      '@iwill|gonna|going_to send|forward|email|text|mail|show the|that|this|your|ur|those video|vid|videos|vids|pics|pic|clip|recording|screenshots|nudes|photos|it|them ..2 to your|ur moms|mums|dads|parents|sisters|brothers|grandmas|nans|teachers|coaches|bosses ..1 work|email|work_email|phone|number|inbox|boss|facebook|instagram|whatsapp',
    ],
    unless: ['report_card|grades|room|mess|car|dent|haircut|hair|tattoo|piercing|lol|lmao|haha|jk|eat|food|plate|dinner|pizza|slice|ticket|tickets|seat|spot|trip|holiday|vacation|party|birthday|bday|wedding|family_photos|baby|christmas|graduation|prom|school_photos|she_asked|she_wanted|he_asked|he_wanted|for_her|for_him|drawing|drawings|art|essay|recipe|cake|present|gift|invite|invitation|permission|form|forms|homework', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['what do u think ur dad would say if he saw this', 'send 5 more or this goes to your mum', 'if i dont get the money everything gets posted', 'im gonna send the vid to ur mums work email'],
      ignore: ['what do u think ur dad would say if he saw your report card lol', 'eat it or it goes to your brother', 'im gonna send the pics to ur mums phone from the wedding'],
    },
  },
  {
    id: 'ready-to-press-upload',
    weight: 3,
    phrases: [
      'just waiting|ready|all_set|set ..3 for me to|i_just_need_to|i_just_have_to|to press|hit|click|tap upload|send|post|publish|enter|share',
      'finger|thumb ..2 on|over the send|post|upload|share|publish button',
    ],
    unless: ['youtube|vlog|channel|edit|edited|editing|montage|subscribers|subs|thumbnail|podcast|song|cover|track|mixtape|album|art|drawing|essay|homework|assignment|application|form|order|checkout|cart|tickets|lol|lmao|haha|jk|nervous|so_nervous|scared_to_post|wish_me_luck|fingers_crossed|my_video|my_first', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['the video is ready, just waiting for me to press upload', 'my finger is on the send button'],
      ignore: ['my video is ready, just waiting for me to press upload on youtube, so nervous', 'finger on the send button for my college application, wish me luck'],
    },
  },
  {
    id: 'imagine-if-this-went-round',
    weight: 2,
    phrases: [
      'imagine|picture ..1 if|when ..2 this|it|that|these|those|they|the_video|the_pics|your_pics|ur_pics ..1 went_round|went_around|got_out|leaked|went_viral|got_posted|spread|ended_up|got_sent|got_shared|came_out',
    ],
    unless: ['yearbook|committee|early|spoiler|spoilers|trailer|album|results|leak_of|leaked_early', 'funny|so_funny|hilarious|falling|fell|tripped|slipped|viral_on_tiktok|famous', 'meme|memes|tiktok_dance|dance|song|art|drawing|recipe|cake|trip|party|game|match|goal|essay|homework|project|cat|dog|baby|rumor|rumour|gossip|tea', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['check ur dms, thats you right? 😂 imagine if this went round', 'imagine if those pics got out'],
      ignore: ['imagine if this meme went viral', 'imagine if the rumor got out lol'],
    },
  },
  // round 8 (en-et): extortion written with a laugh ("lol", "😂"): specific wordings whose exceptions leave laughter out
  {
    id: 'laughing-shame-if-they-got-a-copy',
    phrases: [
      'then|or|else|otherwise your|ur [whole|entire] ..1 @audience sees|see|gets|get|will_see|will_get|receives it|them|this|everything|the_pics|the_video|the_vid|a_copy|the_link',
      'or|else|otherwise they|it|them|everything|the_pics|the_video|the_vid go|goes|going|end_up|get_posted|gets_posted ..1 on|to|onto a|the forum|site|website|internet|reddit|twitter|telegram|discord|porn_site',
      'everyone|everybody|all ..3 in|on your|ur contacts|list|followers|friends_list|contact_list ..1 gets|get|receives|sees|will_get a|the|your ..2 video|vid|pic|pics|clip|link|copy',
      'and|n nobody|no_one|noone has_to|needs_to|will|gets_to|would_have_to see anything|them|it|a_thing|the_pics|the_video',
      '@share|post|drop ..1 your|ur gallery|camera_roll|photos|pics|dms|chats|messages ..3 on|as|to your|ur own|story|account|page',
      'shame|pity ..3 if|when ..4 @audience|everyone|everybody|she|he|they ..1 got|gets|get|received|receives|saw|sees a_copy|the_link|a_link|copies|the_pics|the_video|the_vid|your_pics|ur_pics|them|it',
      'or|else|otherwise your|ur [whole|entire] @audience|moms|mums|dads sees|see|gets|get|will_see|will_get|receives them|it|this|everything|the_pics|the_video|the_vid|a_copy|the_link',
      '#|@payment|@currency|pay|send|cashapp|venmo|zelle ..5 and|n|then she|he|they|nobody|no_one|your_mom|ur_mom|your_mum|ur_mum|your_parents|ur_parents never|wont|will_never|will_not|does_not_have_to|do_not_have_to|does_not_need_to|need_never find_out|finds_out|knows|know|sees|see|hears|has_to_know',
    ],
    unless: ['livestream|live_stream|stream|webinar|zoom_link|recital|graduation|ceremony|concert|show|play', 'recipe|cake|surprise|present|presents|gift_for|gifts_for|a_gift|the_gift|her_gift|his_gift|birthday_gift|party|birthday|bday|hide|hidden|mess|room|tattoo|piercing|report_card|grades|test|exam|homework|invite|invitation|schedule|menu|newsletter|tickets|results|rain|weather|game|match|trip|holiday|vacation|wedding|engagement|dog|cat|puppy|car|dent', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['then ur whole fortnite squad sees it', '0.005 btc within 24h or they go on a forum with ur name and school', 'u got 2 choices. pay or everyone in ur contacts gets a lil video of u 🎥', 'get back with me and nobody has to see anything', 'dont and i post ur gallery as a story on ur own account', 'lol ok. remember what u already sent me tho? be a shame if ur whole class got a copy', 'get me 2 apple gift cards $100 each and send the codes. or ur mom sees them', "funny how ur mom has insta too. wonder what she'd think. $150 on cashapp and she never finds out", 'be a pity if your dad got the link lmao'],
      ignore: ['hide the presents or ur mom sees them lol', '$20 each for the gift and she never finds out who paid', 'would be a shame if your mum got a copy of the recipe lol'],
    },
  },
  {
    id: 'you-dont-want-your-mum-seeing-this',
    phrases: [
      'you|u do_not|dont|would_not|wouldnt want ..1 your|ur @audience|moms|mums|dads ..1 seeing|to_see|finding|to_find|getting|to_get|knowing_about|to_know_about|reading this|that|these|those|it|them|the_pics|the_video|what_you',
      'your|ur @audience|moms|mums|dads ..2 gonna|going_to|will|is_going_to|are_going_to love|enjoy|like|be_shocked|be_surprised|be_proud ..3 what i_am|im|i ..1 about_to|going_to|gonna|finna|fixing_to send|show|post|share|forward',
    ],
    unless: ['fishing|holiday_pics|pics_of_the|photos_of_the|pics_from|photos_from|match|goal|grandkids|garden|text', 'present|presents|gift|gifts|surprise|mess|room|report_card|grades|lol|lmao|haha|jk|cake|recipe|flowers|card|baby|puppy|kitten|party|birthday|bday|trip|holiday|vacation|wedding|christmas|tattoo|haircut|hair|outfit|dress|drawing|drawings|art|essay|homework', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['u dont want ur mum seeing this do u', "ur dad is gonna love what i'm about to send him"],
      ignore: ['u dont want ur mum seeing this mess lol', 'ur mum is gonna love what im about to send her, the cake pics'],
    },
  },
  {
    id: 'one-vid-can-end-a-life',
    weight: 3,
    phrases: [
      'one|a|single|1 vid|video|pic|photo|post|clip|screenshot ..3 can|could|would|will end|ruin|destroy|wreck ..3 life|lives|reputation|future',
    ],
    unless: ['tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article', 'careful|be_careful|think_before|before_you_post|psa|lesson|assembly|class|teacher|talk|presentation'],
    examples: {
      match: ["innit funny how one vid can end someone's life"],
      ignore: ['the teacher said in assembly that one photo can ruin your future, be careful'],
    },
  },
  {
    id: 'watch-your-story',
    weight: 2,
    phrases: [
      'watch|check|keep_an_eye_on ..1 your|ur story|feed|page|profile|insta|instagram|snap|tiktok|wall|gc|group_chat|class_chat|dms ..3 in|by|tonight|tomorrow|soon|later #',
      'after_that|then|otherwise|or|else ..2 its|it_is|it_s|everything_is|thats|that_is out_of_my_hands|out_of_my_control|not_up_to_me',
    ],
    unless: ['announcement|big_news|reveal|drop|new_video|teaser|giveaway|teacher|decides|referee|ref|judges|vote|up_to_them|up_to_the', 'present|presents|gift|gifts|surprise|mess|room|report_card|grades|lol|lmao|haha|jk|cake|recipe|flowers|card|baby|puppy|kitten|party|birthday|bday|trip|holiday|vacation|wedding|christmas|tattoo|haircut|hair|outfit|dress|drawing|drawings|art|essay|homework', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article', 'posted_you|tagged_you|shoutout|shout_out|made_you_something|edit|birthday_post|collab'],
    examples: {
      match: ['u think im playing? watch ur story in 5 mins', "you've got until 9 to send it. after that its out of my hands"],
      ignore: ['check ur story tonight, i made u a birthday post lol'],
    },
  },
  {
    id: 'post-your-video-if-you-no-pay',
    phrases: [
      '@iwill @share|leak|put|publish your|ur|the|that|this video|videos|vid|pics|nudes|photos|recording|clip ..4 if|unless|when|or you|u ..2 pay|send|reply|answer|cooperate|comply|do_what',
    ],
    unless: ['yearbook|goal|match|game|dance|dancing|singing|song|music|caption|edit_them|edit_it|for_the|project|homework|trip|holiday|party|birthday|bday|concert|recital|prom|graduation|wedding|cute|lol|lmao|haha|jk', 'name|tag|handle|link|username|permission|ok_with_it|consent', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['i will publish your video if you no pay', 'ill post the pics unless u send more'],
      ignore: ['ill post your video if you send me the song name'],
    },
  },
  {
    id: 'want-it-on-your-story-or-nah',
    weight: 3,
    phrases: [
      'want|want_to|want_me_to_put ..1 it|them|this|that|the_clip|the_video|the_vid|the_pics ..1 on|in your|ur story|snap_story|feed|page|gc|group_chat|class_chat|school_chat|wall ..2 or|or_nah|or_not|or_what',
    ],
    unless: ['yearbook|goal|match|game|dance|dancing|singing|song|music|caption|edit_them|edit_it|for_the|project|homework|trip|holiday|party|birthday|bday|concert|recital|prom|graduation|wedding|cute|lol|lmao|haha|jk', 'shoutout|shout_out|birthday|post_it_yourself|repost|collab', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['yo i got the clip, u want it on ur snap story or nah'],
      ignore: ['i got the clip of ur goal, u want it on ur story or nah'],
    },
  },
  // round 9 (en-n9t): veiled "awkward if X had it", dm-every-follower countdowns, "then she gets to see the vid",
  // "the one you sent goes on your page", group-making in broken English, fake account in your name
  {
    id: 'awkward-if-they-had-it-r9',
    phrases: [
      'shame|pity|awkward|embarrassing|unfortunate|sad|bad ..3 if|when your|ur|the|the_whole|all_your|all_ur|your_whole|ur_whole ..2 @audience|server|gc|group_chat|groupchat|grade|year|feed|timeline|tl ..3 had|has|got|gets|saw|seen|found|stumbled|came_across|got_hold|got_a_copy|watched|read ..3 it|them|this|that|these|those|em|a_copy|on_it|on_them|across_it',
      'shame|pity|awkward|embarrassing|unfortunate|sad|bad ..3 if|when ..2 this|it|they|them|these|those|that|everything|your_pics|ur_pics|the_video|the_pics ..1 went|goes|got|gets|ended_up|end_up|leaked ..1 round|around|out|public|viral|online ..3 your|ur|the|everyone|school|college|uni',
      'shame|pity|awkward|embarrassing|unfortunate ..3 if|when everyone|everybody|every1|the_world|the_internet ..3 had|has|got|saw|seen|found|stumbled|came_across|watched ..3 it|them|this|that|these|those|em|a_copy',
    ],
    unless: ['biscuits|cookies|chocolate|candy|sweets|snacks|fav|favourite|favorite|recipe', 'lol|lmao|haha|jk|joking|kidding|surprise|party|birthday|bday|gift|present|rain|weather|game|match|tickets|movie|concert|grades|report_card|test|exam|essay|homework|room|mess|vase|cookie|cake|prank|crush|dinner|quiz|score|speech|talent_show|recital|spoiler*|ending|trailer|album|plan|plans|drawing|art|haircut|hair|outfit|window|broke|broken|accident|practice|skipped|curfew|vape|grounded|diary|journal|search_history|browser_history|playlist|texts_about|my_room|my_mum|my_mom|my_dad'],
    examples: {
      match: ["it'd be a pity if this went round ur college", 'remember what u already sent me? would be real awkward if the whole server had it pinned in #general', 'just saying, it would be a real shame if your grandma stumbled on it', 'would be embarrassing if ur whole grade got a copy', 'shame if everyone came across these'],
      ignore: ['would be so awkward if the whole server saw my search history', 'it would be a shame if your mum found the cake before the party', 'would be embarrassing if my mom saw my room', 'be a shame if the whole class saw your essay lol'],
    },
  },
  {
    id: 'countdown-more-people-get-it-r9',
    phrases: [
      'every|each # @timeunit ..6 late|waste|wasted|you_wait|you_delay|you_ignore|you_stall|of_silence|no_reply|no_answer|without_payment|without_an_answer ..6 i|one|another|more|new ..4 send|post|share|leak|get|gets|dm|receive|receives|sees|see',
      'every|each [#] @timeunit ..4 i|ill|@iwill ..2 send|post|share|leak|add|dm|forward ..4 more|another|new ..2 people|person|follower|followers|contact|contacts|friend|friends|relative|classmate|classmates',
      'one|another|extra|more ..1 follower|followers|friend|friends|contact|contacts|person|people|relative|classmate|classmates ..3 gets|get|receives|receive|sees|see ..3 dm|dms|message|copy|link|video|pic|pics|nudes|clip|screenshot|screenshots',
    ],
    unless: ['queue|line|in_line|joins|turn|waitlist', 'reminder|reminders|update|updates|newsletter|invite|invites|invitation|homework|notes|joins|joined|raffle|giveaway|discount|free|prize|ticket|tickets|points|bonus|referral|refer|coupon|sale|order|orders|stream|streaming|subscriber|subscribers|followers_gets_a_shoutout|shoutout'],
    examples: {
      match: ['every 10 mins late i send to 5 more ppl', 'Every 5 minutes you waste, one more follower gets a DM with the video', 'every hour i send it to 3 more of your friends', 'each day you ignore me another contact gets a copy'],
      ignore: ['every 10 mins i send a reminder to the group lol', 'one more follower gets a shoutout at 1k', 'every 5 minutes another person joins the stream', 'every 10 minutes one more person gets in the queue', 'refer a friend and one more friend gets a discount'],
    },
  },
  {
    id: 'then-she-gets-to-see-the-vid-r9',
    phrases: [
      'then|or|else|otherwise|if_not he|she|they|everyone|everybody|every1|your_mom|your_mum|your_dad|your_parents|your_family|your_school|your_friends ..1 gets|get|get_to|gets_to|will|gonna|going_to|can ..2 see|watch|have|receive ..1 the|your|it|them|those|these|em|my ..1 video|vid|pic|pics|pictures|photos|nudes|clip|clips|recording|everything|copy|link',
      'then|or|else|otherwise|if_not your|ur @audience gets|get|receives|receive ..1 the|your|it|them|a|my video|vid|pics|pictures|photos|nudes|clip|recording|everything|copy|link',
      'then|or|else|otherwise your|ur [whole|entire] contact_list|contacts|friends_list|friend_list|followers|family|school|class|grade|followers_list does|do|will|gets|get|sees|see ..3 starting|beginning|first',
    ],
    unless: ['grandma|grandpa|nana|granny|call_with|facetime_with', 'recital|concert|game|match|play|show|movie|trailer|dance|wedding|party|birthday|bday|graduation|prom|trip|holiday|vacation|baby|puppy|dog|cat|surprise|slideshow|highlights|goal|drawing|art|cooking|recipe|homework|notes|report|grades|results|list_of|guest|guests|invite|invites|invitations|seating|chores|dinner|lunch|cake|gift|gifts|presents|starting_with_your_mom_for_the|lol|haha|jk'],
    examples: {
      match: ['then she gets to see the vid. ur choice', 'then ur whole contact list does. starting with ur dad', 'or everyone gets to see the pics', 'then your dad gets the video'],
      ignore: ['then she gets to see the vid of the recital', 'invites go out tomorrow, starting with your mum lol', 'then your parents get to see the baby pics', 'starting with your mom for the guest list', 'then she gets to see the video call with grandma'],
    },
  },
  {
    id: 'the-one-you-sent-goes-on-your-page-r9',
    phrases: [
      'the|that|those one|ones|pic|pics|picture|pictures|photo|photos|video|vid|clip|nudes|snap|snaps you|u [already] sent|showed|gave ..2 goes|go|going|will_go|gets|get|ends_up|end_up|is_going|are_going ..2 on|in|to|into|out|public|online|everywhere|viral',
      'in|into|to every_one_of|each_of|all_of|every|all ..1 your|ur ..1 @audience|followers|friends ..1 dms|dm|inbox|inboxes|messages|chats|gcs',
      'i_am|im|am|i_will|ill|@iwill|gonna|going_to|about_to dropping|drop|posting|post|putting|put|leaking|leak ..1 it|them|this|that|these|those|em|everything ..2 on|in|to|all_over your|ur page|story|profile|feed|wall|comments|gc|group_chat|groupchat|timeline|account|insta|instagram|snap|tiktok|fb',
      'if you|u reset|change|recover|report|block|unfriend|delete ..4 i|ill|@iwill post|leak|send|share|upload|dump|drop ..4 whole|entire|all|every|camera_roll|gallery|everything',
      'and|n|then|while tagging|tag|dming|messaging ..2 every|all|each|all_your|all_ur|every_one_of_your ..1 follower|followers|friend|friends|contact|contacts|person|classmate|classmates ..2 you|u|your|ur',
    ],
    unless: ['wall_of_fame|fridge|lock_screen|lockscreen|wallpaper|frame|album|scrapbook|collage|drawing|art|recipe|song|playlist|bday|birthday|shoutout|shout_out|congrats|congratulations|collab|proud|happy|tribute|anniversary|fan_edit|edit_i_made|giveaway|contest|vote|voting|win|won|cute|adorable|merch|flyer|event|fundraiser|charity|bake_sale|lost_dog|missing'],
    examples: {
      match: ['then the one u sent goes on ur insta comments and in every one of ur friends dms. pick', "lol no. i'm keeping this. unless u send a video in the next hour im dropping it on ur page and tagging every follower u have", 'the pics u sent are going online tonight', 'ill put them on ur story and tag all ur friends', 'if u reset the password i post the whole camera roll to ur story'],
      ignore: ['the one u sent goes on my lock screen lol', 'im posting it on ur page for ur bday!!', 'ill put them on ur story for the fundraiser, tag all ur friends', 'the drawing u sent goes in the art show'],
    },
  },
  {
    id: 'make-a-group-and-send-it-r9',
    phrases: [
      'i|we|ill|@iwill|or_i|then_i|if_not_i make|create|making|creating|open|start|add ..2 group|gc|group_chat|groupchat|chat ..6 send|post|share|put|drop|forward|show ..3 video|videos|pic|pics|photos|nudes|this|it|them|everything|your|ur',
      'make|create|making|creating|open|made|created|opened ..3 account|acc|profile|page|instagram|finsta|tiktok|snapchat|snap ..2 in|under|with your|ur name|names|face|pics|photos|nudes ..6 with|and|post|add|follow|tag|dm|message|send ..3 those|these|the|your|ur|all|every @photo|@audience|classmates|followers|friends',
    ],
    unless: ['trip|party|holiday|vacation|wedding|birthday|bday|game|match|class|homework|project|notes|plan|plans|schedule|team|practice|reunion|study|revision|portal|school_portal|yearbook|app_store|netflix|spotify|minecraft|roblox|fortnite|business|shop|store|bake_sale|fundraiser|lost_dog|memorial|tribute|fan_page|fanpage|graduation|prom|club|secret_santa|surprise'],
    examples: {
      match: ['I hacked your phone and took all the contacts. I make group and send this video to everyone', 'make me an account in ur name with those pics and add all ur classmates. how does that sound', 'i will create an insta with your name and post your nudes', 'ill make a gc with ur family and drop the video there'],
      ignore: ['ill make a group and send the pics from the trip to everyone', 'i made a gc for the party and sent the plan', 'make an account in your name for the school portal with your photo'],
    },
  },
  {
    id: 'drop-it-in-the-gc-or-be-nice-r9',
    phrases: [
      'want|want_to|should ..2 drop|post|put|send|leak|share|show|forward ..2 it|them|this|that|these|those|em ..5 gc|group_chat|groupchat|chat|story|server|page|feed|team_chat|class_chat|school_chat|dms ..4 or you|u|your|ur ..3 going_to|gonna|will|be|play|pay|cooperate|listen|behave|nice ..2 nice|good|cooperate|listen|behave|pay|play_nice|to_me|with_me',
      'i_will_not|will_not|i_wont|i_would_not|not_going_to|i_am_not_going_to|im_not_going_to post|leak|share|send|upload|release|expose ..3 them|it|those|these|em|your|ur|anything ..4 if|as_long_as|once|when you|u pay|send|cooperate|listen|behave',
      '@payment|dollar|dollars|pound|pounds|quid|bucks ..6 and|then|n i_will_not|will_not|i_wont|i_would_not post|leak|share|send|upload|release|expose ..3 them|it|those|these|em|your|ur|anything',
    ],
    unless: ['yourself|urself|dont_want|do_not_want|comfortable|ok_with|okay_with|consent|permission', 'notes|homework|link|file|doc|pdf|slides|schedule|plan|address|pics_from|photos_from|trip|party|birthday|bday|recipe|meme|memes|playlist|song|lol|haha|jk|permission|promise_i|spoiler|spoilers|ending|tickets|bike|phone|console|ps5|xbox|item|order|shipping|refund|deposit|rent|invoice'],
    examples: {
      match: ['i already did one. looks real af. want me to drop it in the team group chat or u gonna be nice to me', 'relax. $100 on cashapp and i wont post them on reddit with ur name', 'i wont post them if u pay tonight'],
      ignore: ['want me to drop the notes in the gc or u got it', 'want me to drop it in the gc or u gonna send it yourself', 'i wont post them if u dont want me to', 'i wont post the spoilers if u send me the link lol', 'pay the $40 deposit and i wont sell the bike to anyone else'],
    },
  },
  {
    id: 'leaking-it-on-the-app-r9',
    phrases: [
      'i_am|im|am|i_will|ill|@iwill|gonna|going_to|about_to|or_i|then_i|if_not_im leaking|leak|dropping|drop|spreading|spread ..1 it|them|this|that|these|those|em|everything|your|ur ..2 on|to|in|all_over|across ..1 tiktok|twitter|x|reddit|instagram|snapchat|facebook|fb|discord|youtube|telegram|online|internet|story|page|gc|group_chat|server|school|web',
      'i_am|im|@iwill|gonna|going_to tagging|tag ..1 your|ur|all_your|all_ur ..1 whole|entire @audience ..3 in',
      'this|it|they|them|these|those|everything|the_video|the_pics gets|get|will_be|going_to_be|goes|go posted|leaked|shared|uploaded|sent|dropped|published ..6 if|unless you|u do_not|refuse|ignore|block|stop|leave',
      'tagging|tag|dming|messaging|texting|emailing ..1 your|ur|all_your|all_ur school|class|grade|year|principal|teachers|parents|mom|mum|dad|family|coach|team|church',
    ],
    unless: ['christmas|xmas|holiday|reunion|pics_from|photos_from|baby|yearbook|newsletter|object|opt_out|permission|consent|form|photographer', 'album|song|track|setlist|trailer|spoiler|spoilers|episode|movie|game|update|beta|patch|map|skin|release_date|lyrics|tea|gossip|merch|drop_date|sneakers|collab|mixtape|cover|demo|art|drawing|fundraiser|bake_sale|event|trip|party|birthday|bday|congrats|proud|award|won|win|team_pic|photo_of_us|pic_of_us|graduation|prom|concert|recital|game_highlights|highlights|goal|match|haircut|hair|outfit|new_look|glow_up|so_cute|look_so|gorgeous|stunning'],
    examples: {
      match: ["i'm tagging ur whole family in it tonight", "this gets posted on your school's confessions page if u dont reply", 'send me a 5000 v-bucks card and i will. if not im leaking it on tiktok n tagging ur school', 'or i leak everything on reddit', 'im spreading them all over the internet'],
      ignore: ["ill drop ur pic in the gc so everyone can see ur new haircut", 'im tagging ur whole family in the christmas pics', 'it gets posted on the school page if you dont object, its for the yearbook', 'im leaking the setlist on twitter lol', 'posting the team pic and tagging your school, congrats!!', 'im dropping the mixtape on youtube tonight'],
    },
  },
  {
    id: 'your-people-might-want-to-see-em-r9',
    phrases: [
      'your|ur [new|little|lil|whole|precious|sweet] @audience ..1 might|may|would|could|will|probably|gonna|going_to|is_going_to ..2 want_to|like_to|love_to|wanna|enjoy|be_interested|be_curious ..2 see|seeing|watch|watching|read|reading|have|in ..1 em|them|it|this|these|those|that|what_you|what_u|your_pics|ur_pics|the_video|the_pics',
      '@audience ..1 going_to|gonna|will|would ..1 love|enjoy|like ..1 reading|seeing|watching|hearing ..3 it|them|this|these|those|em|that ..3 unless|if_you_dont|if_you_do_not|if_u_dont|or|if_not',
    ],
    unless: ['recipe|report|grades|results|cute|adorable|baby|puppy|dog|cat|kitten|drawing|art|painting|concert|recital|game|match|goal|news|article|job|offer|flyer|house|listing|apartment|deal|sale|menu|card|letter|poem|essay|story_you_wrote|book|trip|holiday|vacation|wedding|graduation|prom|party|birthday|bday|surprise|gift|present|cake|award|certificate|photos_from|pics_from|video_of_the|lol|haha|jk'],
    examples: {
      match: ['i still have those vids from last summer btw 🙂 ur new bf might wanna see em', 'ur parents r gonna love reading it unless u send more', 'your dad might like to see these'],
      ignore: ['your mum might want to see the recipe', 'ur grandma would love to see these baby pics', 'your coach might want to see the game highlights'],
    },
  },
  {
    id: 'or-your-people-get-it-r9',
    phrases: [
      'or|else|otherwise|unless all_of|everyone_at|everyone_in|everybody_at|everybody_in|the_whole ..2 sees|see|gets|get|watches|has|will_see ..1 this|it|them|these|those|the|your|ur ..1 one|video|vid|pic|pics|nudes|clip|by|tomorrow|tonight|morning',
      'do_not|refuse|dont and|n your|ur @audience ..2 gets|get|sees|see|receives ..1 a|the|it|them|everything ..1 link|copy|video|pic|pics|nudes|clip',
      'or|else|otherwise|if_not|unless ..3 your|ur ..1 @audience|year|years|yeargroup|sixth_form|college|uni ..5 get|gets|see|sees|receive|receives|will_get|will_see|going_to_see|going_to_get|find_out ..1 it|them|this|that|everything|a_copy|a_link|the_link|these|those|em|the_pics|the_video|it_first|them_first',
    ],
    unless: ['pizza|cake|slice|food|snacks|last_one|seat|front_seat|shotgun|ticket|tickets|bed|room|bathroom|shower|charger|remote|controller|tv|car|keys|gift|present|surprise|cookie|cookies|candy|chocolate|dessert|lol|haha|jk|joking|kidding|invite|invites|invitation|report_card|grades|results|call|phone_call|voicemail|flu|cold|covid|virus|sick'],
    examples: {
      match: ['$200 on Cash App to $rkt991 or your mom and your coach get it. u got 30 min', 'pay or ur dad sees everything', 'u send me 3 more, no shirt, or all of westfield sees this one by tmrw morning', 'do it and i delete everything, dont and ur mum gets a link', 'mate, 200 quid by tonight or ur whole year sees the video', 'unless u answer ur sister gets a copy'],
      ignore: ['hurry or ur brother gets the last slice', 'hurry or the whole class sees the movie without u', 'come home or ur sister gets the front seat lol', 'wash ur hands or ur mom gets the flu too'],
    },
  },
  {
    id: 'wonder-if-she-checks-her-inbox-r9',
    phrases: [
      'wonder|bet|guess ..2 if|whether he|she|they|your_mom|your_mum|your_dad|your_parents|ur_mom|ur_mum|ur_dad ..1 checks|check|reads|read|opens|open ..2 it|them|her|his|their email|emails|inbox|dms|messages|texts|mail',
      'your|ur @audience ..1 s email|number|inbox|linkedin|facebook|insta|instagram ..3 on|public|easy ..6 wonder|bet|btw|checks|see',
    ],
    unless: ['invite|invitation|form|homework|order|application|job|interview|results|rsvp|grades|receipt|ticket|tickets|party|birthday|bday|recipe|newsletter|contact_her|ask_her|ask_him|for_the|reply|replied|answer|answered|hiring|business|work|meeting|reference|signature|sign|permission'],
    examples: {
      match: ["ur mom's email is on her linkedin btw. wonder if she checks it", 'i wonder if ur dad reads his dms'],
      ignore: ['i wonder if she checks her email, i sent the invite', 'your mums number is on the form, ask her to sign'],
    },
  },
  {
    id: 'going-straight-to-your-people-r9',
    phrases: [
      'going|goes|go|sent|heading|going_to_go|will_go straight|right|directly to your|ur ..2 @audience|uni|admissions|inbox|dms|phone',
      'watch|see ..1 it|them|this|that|everything|em|these|those go|goes|going|end_up viral|public|online|everywhere|round|around',
      'going|goes|go|going_to_go|will_go ..1 on|in|to your|ur story|page|feed|profile|timeline|wall|gc|group_chat|groupchat ..3 if|unless|when you|u',
      'send|spread|pass|share|sending|spreading|passing|sharing ..1 it|them|em|this|these|those ..1 round|around ..1 your|ur ..1 whole|entire ..1 year|grade|school|college|uni|year_group',
      'already|just sent|showed|forwarded ..3 one|it|a_pic|a_video|a_clip|the_first|a_preview|a_sample|a_screenshot|a_taste ..2 to your|ur @audience',
      'sent|showed|forwarded ..4 to your|ur @audience ..3 as_a_warning|as_proof|to_show_you|so_you_know|to_prove',
    ],
    unless: ['homework|notes|project|revision|study|answers|worksheet|petition|fundraiser|sign_up|signup|say_so|say_its_ok|say_it_is_ok|approve|agree|deal|great_deal|good_deal|quote|estimate', 'pizza|food|order|delivery|package|parcel|invite|invitation|form|application|forms|grades|report|results|refund|bill|invoice|voicemail|lol|lmao|haha|jk|dance|dancing|song|singing|cover|art|drawing|recipe|cooking|trend|challenge|meme|memes|want|like|prefer|say_yes|ok_with|okay_with|agree|bday|birthday|dump|collab|shoutout|loved|love|liked|card|link|gift|present|cute|thanks|thank|christmas|xmas|trip|holiday|vacation|wedding|party|graduation|prom|game|match|goal|highlights|congrats|proud|baby|puppy|dog|cat'],
    examples: {
      match: ['this vid is going straight to ur uni admissions', 'gonna photoshop ur face on some porn and send it round ur whole year', 'watch it go viral on tiktok', 'its all going on ur story if u play games with me', "i've already sent one to ur cousin as a warning"],
      ignore: ['this vid is going viral on tiktok, ur dance is insane', 'its all going on ur story if u want lol', 'its all going on ur story if u say so', 'i already sent one to ur dad, he said its a great deal', 'i already sent one to ur mom, she loved it', 'the forms are going straight to your parents', 'send it round ur whole class, its the revision notes', "i'll send it round ur whole class"],
    },
  },
  {
    id: 'everyone-wants-to-see-it-r10',
    phrases: [
      'think|bet|guess|wonder|reckon ..3 your|ur ..1 whole|entire|hole ..1 @audience|year|grade|year_group|school|class|uni|college ..2 want|wants|would_love|would_like|want_to|wana|dying|would_pay ..2 to_see|see|to_watch|watch|to_have|a_copy ..1 it|this|them|that|these|those|em',
      'imagine|picture|think_about if|when|how your|ur @audience ..1 saw|sees|seen|found|finds|got|gets|received|opened|watched|clicked ..2 that|this|it|them|these|those|em|the_video|the_pic|the_pics|my_message|my_dm',
      'that|those|the pic|pics|photo|photos|video|vid|snaps|nudes|clip you|u sent|showed ..4 think|bet|wonder|imagine|reckon ..4 your|ur @audience|year|school',
    ],
    unless: ['goal|dance|dancing|recital|performance|concert|match|game|movie|film|trailer|art|drawing|cake|baby|puppy|dog|cat|proud|amazing|sick|fire|insane|so_good|lol|lmao|haha|cute|funny|hilarious|haircut|hair|outfit|room|mess|grades|report|results|tattoo|piercing|drunk|party|singing|car|bill|phone_bill|house|garden|fall|fell|falling|trip|holiday|vacation|wedding|prom|birthday|bday|heads_up|sextortion|scam|news|doc|documentary'],
    examples: {
      match: ['that pic u sent me in may? think ur whole school wants to see it', 'imagine if ur dad saw that', 'bet ur whole year would love a copy of this'],
      ignore: ['imagine if ur dad saw that goal lol', 'bet ur whole class wants to see the video of ur dance, its insane', 'imagine if ur mum saw ur room rn'],
    },
  },
  {
    id: 'goes-to-everyone-you-follow-r10',
    phrases: [
      'or|else|otherwise|if_not|unless ..3 this|it|that|everything|they|these|those|em|them|the_pics|the_pic|the_video|the_vid|the_clip ..1 goes|go|going|gets_sent|get_sent|will_go|gets_posted|go_out|goes_out ..2 to|out_to everyone|everybody|every1|all|anyone ..2 you|u|your|ur follow|follows|know|love|care|followers|contacts|friends',
      'otherwise|or|else|if_not|unless ..4 the|these|those|your|ur|all|my files|logs|pics|photos|videos|recording|recordings|screenshots|evidence|chats|data|material|content|footage ..2 are|is|will_be|get|gets|go|goes forwarded|sent|released|leaked|published|posted|shared|emailed|mailed|delivered ..3 to|on|with your|ur|every|all',
    ],
    unless: ['invite|invitation|link|newsletter|party|birthday|bday|update|announcement|homework|notes|form|forms|tickets|menu|schedule|results|grades|report|christmas|xmas|card|heads_up|scam|going_round|going_around|what_do_i_do|what_should_i_do|they_say|saying'],
    examples: {
      match: ['zelle me 400 or this goes to everyone you follow', 'clear your name by paying 150 USDT, otherwise the files are forwarded to ur college', 'pay or it goes out to all ur followers'],
      ignore: ['rsvp by friday or the invite goes to everyone you know anyway', 'hand it in or the report gets sent to your parents'],
    },
  },
  {
    id: 'if-you-dont-your-whole-year-gets-em-r10',
    phrases: [
      '@currency|dollar|dollars|quid|pounds|bucks|usd|gbp|aud ..6 your|ur ..1 whole|entire|hole ..1 @audience|year|grade|year_group|school|class|uni|college ..3 gets|get|sees|see|will_see|will_get|receive|receives|going_to_see|going_to_get ..1 em|them|it|this|those|these|everything|the_pics|the_video|a_copy',
      'if|unless you|u do_not|dont|refuse|ignore|block|never|cant|can_not|wont|will_not ..6 your|ur ..1 whole|entire|hole ..1 @audience|year|grade|year_group|school|class|uni|college ..3 gets|get|sees|see|will_see|will_get|receive|receives|going_to_see|going_to_get ..1 em|them|it|this|those|these|everything|the_pics|the_video|a_copy',
    ],
    unless: ['pizza|cake|slice|food|snacks|seat|ticket|tickets|invite|invites|invitation|report_card|grades|results|flu|cold|covid|virus|sick|detention|email|letter|newsletter|homework|notes|form|lol|haha|jk|joking|kidding'],
    examples: {
      match: ['if u dont send me $250 on payid by 6 ur whole year 9 gets em', 'if you block me your whole school sees everything'],
      ignore: ['if u dont hand it in ur whole class gets detention', 'if u dont come ur whole family gets the flu lol'],
    },
  },
  {
    id: 'or-i-post-your-dms-r10',
    phrases: [
      'or|else|otherwise|unless|then ..6 @iwill|i|and ..2 post|leak|expose|publish|share|drop|screenshot your|ur|all_your|all_ur dms|chats|messages|texts|convos|conversations|search_history|browser_history|history|snaps|private_messages',
    ],
    unless: ['lol|lmao|haha|jk|it_did_not_happen|did_not_happen|proof|receipts|group_project|homework|heads_up|scam|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['send me 50 quid on paypal or i delete it and post ur dms', 'pay or i leak all ur messages'],
      ignore: ['post ur dms with him or it didnt happen lol'],
    },
  },
  {
    id: 'what-would-your-mum-say-if-she-saw-r10',
    phrases: [
      'what|how would|will|wud your|ur @audience say|think|feel|react|do ..3 if|when he|she|they|u|you saw|see|sees|found|got|received|opened|watched ..2 this|these|that|those|it|them|em|the_pics|the_video|in_his_inbox|in_her_inbox|in_their_inbox',
      '@audience ..1 would|will|d|wud be [so] [really] [very] disappointed|upset|ashamed|devastated|heartbroken|shocked|disgusted ..3 if|when he|she|they saw|see|sees|found|got|knew_about ..2 this|these|that|those|it|them|em|the_pics|the_video',
      'what|how would|will your|ur @audience say|think|feel|react ..4 got|gets|received|saw ..2 this|these|that|those|it|them|em ..1 in his|her|their|the inbox|dms|email|messages|group_chat|gc',
    ],
    unless: ['meme|memes|tiktok|reel|tweet|comment|comments|search_history|screen_time|playlist', 'room|mess|messy|haircut|hair|outfit|grades|report|results|tattoo|piercing|drunk|party|bill|phone_bill|car|dent|kitchen|garden|lol|lmao|haha|cute|funny|proud|amazing|goal|gift|present|surprise|card|flowers|cake|drawing|art|dress|shoes|nails|makeup|room|school_report|test|exam|detention|heads_up|sextortion|scam|news'],
    examples: {
      match: ['ur dad would be so disappointed if he saw this', 'what would ur mum say if she saw these', 'how would ur dad feel if he got this in his inbox'],
      ignore: ['what would ur mum say if she saw ur room lol', 'how would ur dad react if he saw the dent in the car'],
    },
  },
  {
    id: 'expose-you-confessions-page-r10',
    phrases: [
      'do_you_want|you_want|u_want|want|want_to|want_me ..1 me to expose|leak|out you|u|your|ur',
      'going|goes|go|ending_up|end_up|will_be|going_to_be|be_on ..1 on|in|to your|ur ..1 school|schools|college|uni|year ..1 s ..1 confessions|confession|confessions_page|gossip_page|tea_page|exposed_page|memes_page|exposed|spill_page',
      'about_to|gonna|going_to|will be famous|viral|trending|everywhere ..2 on|in every|all|your|ur group_chat|groupchats|group_chats|gc|gcs|group|groupchat|school|page|story|feed',
    ],
    unless: ['party|number|invite|plan|plans|birthday|bday|surprise|playlist|score|grades', 'lol|lmao|haha|jk|crush|secret_crush|spill_the_tea|tea|gossip|song|cover|dance|goal|video_of_your_goal|art|drawing|bake|cake|proud|congrats|amazing|insane|fire|sick|heads_up|scam|sextortion|what_do_i_do'],
    examples: {
      match: ['do u want me to expose u?', "this is going on ur school's confessions page", 'ur about to be famous on every group chat'],
      ignore: ['do you want me to leak your number to the group for the party', 'ur about to be famous on every group chat, that dance was insane', 'do u want me to expose u to ur crush lol'],
    },
  },
  {
    id: 'school-page-gc-r11',
    phrases: [
      '@iwill|or_i|then_i [just] send|post|put|drop|tag|dm|throw|chuck|dump|stick ..4 to|on|in|into your|ur|the school|schools ..2 [s] instagram|page|account|snapchat|story|tiktok|spotted|spotted_page|confessions|confessions_page|group|gc|group_chat|groupchat',
      '@iwill|or_i|then_i [just] drop|post|put|throw|chuck|dump|stick|leak ..2 the_first_one|that_first_one|the_one_you_sent|the_ones_you_sent|the_one_u_sent|your_pic|ur_pic|your_pics|ur_pics|your_photo|your_nudes|ur_nudes|those_pics|your_selfie|ur_selfie ..4 in|on|into the|our|your|ur|year|class ..2 gc|group_chat|groupchat|year_chat|class_chat|spotted|spotted_page|story|group|confessions',
      '@iwill|or_i|then_i [just] drop|post|put|throw|chuck|dump|leak ..4 in|on|into the|our|your|ur ..2 gc|group_chat|groupchat|spotted|spotted_page|confessions ..3 captions|caption|with_a_caption|with_your_name|with_ur_name|and_tag_you|and_tag_u|for_everyone_to_see|so_everyone_sees',
    ],
    unless: ['trip|holiday|vacation|party|prom|birthday|bday|match|game|concert|results|fixtures|newsletter|event|fundraiser|competition|comp|art|yearbook|sports_day|award|achievement|timetable|homework|notes|revision|memes|meme|happy|congrats|so_proud|proud|team_photo|class_photo|group_photo|group_pic|the_link|link|form|rota|haircut|hair|outfit|new_look|glow_up|cute|so_cute|look_so|congrats|well_done|amazing|gorgeous|stunning'],
    examples: {
      match: ['its fine, ill just drop the first one in the gc with some captions then 🤷', 'ill send the first one to ur schools insta then', "ill send it to ur school's insta", 'or i post ur pic on the spotted page', 'ill drop it in the year gc with ur name'],
      ignore: ["ill drop ur pic in the gc so everyone can see ur new haircut", 'ill drop the trip pics in the gc later', 'ill post the fixtures on the school insta', 'ill put the link in the gc', 'ill drop the group pic in the gc so everyone can save it'],
    },
  },
  {
    id: 'half-the-school-gets-them-r11',
    phrases: [
      'or|else|otherwise|unless ..3 half|all|most|everyone|everybody|the_whole ..3 school|class|year|grade|year_group|estate|street|town|team|gym|church|your_followers|ur_followers ..2 gets|get|sees|see|will_see|will_get|going_to_see|going_to_get|receives|has ..1 them|it|those|these|em|everything|your_pics|ur_pics|the_pics|the_videos|the_video',
    ],
    unless: ['cake|cupcake|cupcakes|sweets|cookies|brownies|food|pizza|invite|invites|invitation|invitations|flyers|tickets|ticket|leftovers|lol|haha|jk|joking|kidding|flu|cold|covid|sick|homework|grades|results|notes'],
    examples: {
      match: ['take me back or half the school gets them. think about it', 'answer me or the whole year sees them', 'unblock me or everyone at school gets the pics'],
      ignore: ['hurry or half the class gets the cupcakes first', 'reply or everyone gets the invites without ur name lol'],
    },
  },
  {
    id: 'before-i-send-them-to-r11',
    phrases: [
      'before|till|until|then|or i send|post|show|forward|leak|drop|share ..3 screenshots|screenshot|screenies|pics|pictures|photos|video|vid|videos|nudes|them|it|everything|chats|messages ..3 to|on|in|with your|ur @audience',
      'do|would you|u want|like ..1 your|ur @audience ..2 seeing|to_see|finding_out|to_find_out|knowing|to_know ..3 what|how you|u|his_sister|her_brother|their_daughter|their_son ..3 get_up_to|gets_up_to|got_up_to|sent|send|look_like|do_online|did|does',
      'do|would you|u want|like ..1 your|ur @audience ..2 seeing|to_see|getting|to_get|receiving ..3 your|ur|those|these|the|them pics|photos|nudes|video|vid|videos|messages|chats|screenshots',
      'go|going|going_to_go|will_go live ..2 with|showing|and_show your|ur|those|the|them pics|photos|nudes|video|vid|videos|chats|screenshots',
    ],
    unless: ['lol|lmao|haha|jk|kidding|trip|holiday|vacation|party|prom|birthday|bday|match|game|concert|results|homework|notes|revision|surprise|baby|wedding|graduation|report|grades|drawing|art|cake|dog|cat|puppy|recital|performance|play|show_and_tell|heads_up|scam|scams|news|what_do_i_do|what_should_i_do|album|which_ones|which_one|choose|pick|print|prints|frame|framed|collage|slideshow'],
    examples: {
      match: ['u got 2 hours before i send the screenshots to ur mum', 'do u want ur little brother seeing what his sister gets up to', 'pay what i asked or i go live with ur pics', 'would u like ur dad getting those pics'],
      ignore: ["before i send the pics to ur mum, which ones do u want in the album", 'do u want ur mum seeing the prom pics first', 'before i send the pics to ur mum, which ones from the trip do u like', 'im going live with the match highlights later'],
    },
  },
  {
    id: 'this-goes-to-your-contacts-r11',
    phrases: [
      'this|it|they|them|these|those|everything|pics|video|vid|nudes goes|go|going|will_go|gets_sent|get_sent|are_going|is_going ..3 to ..1 your|ur ..2 @audience|contact_list|contacts ..3 unless|if|or|tonight|at|by|in|before|when',
    ],
    unless: ['invite|invites|invitation|newsletter|email|letter|form|forms|permission|report|reports|results|grades|card|cards|cake|present|gift|parcel|package|delivery|refund|receipt|bill|subscription|link_for|zoom|meeting|rota|schedule|timetable|lol|haha|jk|scam|scams|heads_up|news|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['this goes to ur entire contact list unless u pay', 'the pics go to ur whole family tonight', 'it goes to all ur followers at 9 if u dont answer'],
      ignore: ['the invite goes to ur whole class tonight', 'this newsletter goes to ur parents by friday'],
    },
  },
  // ---- round 12 (en-n12): spreading threats in street, UK, Nigerian and scam wording ----
  {
    id: 'or-its-going-round-r12',
    phrases: [
      'or|else|otherwise it|its|it_is|they|them|this|everything|it_all|they_all|the_pics|the_vid|the_video ..2 goes|go|going|gets|get|is_going|are_going|will_go|going_to_go ..1 round|around|public|viral|everywhere|online|live',
      'one word|peep|sound ..3 to anyone|anybody|someone|somebody|your|ur ..4 and|n|then it|its|it_is|everything|they|this|it_all ..3 goes|go|gets|get|going ..2 public|out|posted|everywhere|online|round|around|viral',
      'or|else|otherwise it|its|it_is|they|them|this|everything|its_going ..2 on|up_on|goes_on|go_on|going_on|gets_posted_on|straight_on|straight_to reddit|tiktok|twitter|insta|instagram|pornhub|onlyfans|facebook|fb|discord|telegram|porn_sites|porn|the_internet|internet|youtube|snapchat|your_story|ur_story|whatsapp_status|status|the_gc|group_chat',
      'ignore|block|report|ghost|leave|unadd|unfriend me ..2 and|n|then it|they|everything|the_vid|the_video|the_pics|this drops|drop|goes|go|lands|gets_posted|gets_leaked|leaks ..2 on|to|everywhere|online|public',
    ],
    unless: ['lol_jk|jk|kidding|joking|meme|memes|recipe|playlist|cake|pizza|food|party|bday|birthday|surprise|homework|notes|revision|song|album_drop|merch|tickets|sale|heads_up|scam|scams|news|what_do_i_do|what_should_i_do|they_say|he_said|she_said|saying'],
    examples: {
      match: ['more. proper ones this time. or its going round', 'i still have the chats. one word to anyone and it all goes public', 'e-transfer 250 tonight or its on reddit w ur name', 'send $200 in steam gift cards. ignore me and it drops on tiktok'],
      ignore: ['hurry up or its going round without us, the party starts at 8', 'the song drops on tiktok tonight, ignore the haters', 'one word to anyone and it goes round, its a surprise party'],
    },
  },
  {
    id: 'or-your-people-see-it-r12',
    phrases: [
      'or|else|otherwise your|ur ..2 @audience|form|form_group|tutor_group|year|group_chat|gc|school_gc|class_gc|year_group ..1 sees|see|gets|get|receives|finds_out|will_see|watches|is_getting|are_getting',
      'everyone|everybody|the_whole_school|whole_school|the_whole_year|your_whole|ur_whole gets|get|sees|see|will_see|will_get ..1 your|ur|the|those|them @nude|pics|nudes|video|vid|videos|photos|pictures',
      'posting|leaking|dropping|uploading|exposing|sending|releasing ..2 the|your|ur|it|them|those|these|album|pics|vid|video|videos|nudes|clip|photos|folder|everything ..3 in # @timeunit',
      'or|else i|ill|i_will leak|expose|leak_it|leak_them|expose_you|expose_u',
    ],
    unless: ['mess|room|grades|report_card|results|baby_pic*|baby_photo*|jk|kidding|joking|recipe|homework|notes|revision|cake|pizza|food|party|bday|birthday|surprise|trip|holiday|vacation|prom|match|game|tickets|ticket|invites|invite|flyer|menu|schedule|rota|heads_up|scam|scams|news|what_do_i_do|what_should_i_do|they_say|saying'],
    examples: {
      match: ['ok well remember the pic. pay by friday or ur form group sees it', 'transfer R2000 or ur whole family sees', 'bring the money or everyone gets ur pics', 'posting the album in 10 mins. tag ur sister too', '200 on cashapp or i leak'],
      ignore: ['clean up or ur mum sees the mess', 'everyone gets ur pics from the trip on friday', 'posting the prom album in 10 mins', 'pay 5 or i post ur baby pic jk'],
    },
  },
  {
    id: 'i-go-share-pidgin-r12',
    phrases: [
      'i|or_i|we go|fit|wan|dey share|post|put|upload|drop|expose|release|send|leak ..3 your|ur video|vid|pics|nudes|photos|pictures|picture|yansh|body|matter',
      '@share ..3 your|ur video|vid|pics|nudes|photos|pictures ..2 for|on|to whatsapp_status|status|facebook|fb|instagram|tiktok|twitter|x|telegram',
    ],
    unless: ['birthday|bday|wedding|party|graduation|naming|owambe|church|congrats|congratulations|happy|proud|lol|haha|heads_up|scam|what_do_i_do'],
    examples: {
      match: ['sharp sharp, u dey pay 50k naira now or i go share ur video for whatsapp status', 'if you no pay i go post your pics for facebook'],
      ignore: ['i go post your pics for whatsapp status, happy birthday babe', 'i go share your video for status, congrats on graduation'],
    },
  },
  // ---- round 13 (en-n13): veiled "your people are about to get a copy", "or it's going in the gc" ----
  {
    id: 'your-people-about-to-get-a-copy-r13',
    phrases: [
      'your|ur @audience|group_chat|gc|family_gc|family_chat ..3 about_to|gonna|going_to|will|is_getting|are_getting|will_all|are_all ..1 [all] get|see|receive|have|getting [a|an|their] [little|big|nice|own] surprise|copy|copies|preview|link|look|show',
      'your|ur @audience|group_chat|gc ..2 will|gonna|going_to|are_going_to [all] have|get|receive ..1 a|the|their [own] copy|copies ..2 by|tonight|today|tomorrow|in|soon|before',
    ],
    unless: ['party|birthday|bday|invite|invites|invitation|wedding|christmas|xmas|baby|pregnant|engaged|newsletter|cake|gift|gifts|present|presents|notes|homework|handout|worksheet|revision|timetable|rota|schedule|report|results|yearbook|tickets|menu|recipe|card|cards|photos_from|trip|holiday|jk|kidding|joking|scam|heads_up|what_do_i_do|what_should_i_do|news'],
    examples: {
      match: ['ur family group chat is about to get a surprise', 'Keep being rude and your mates will all have a copy by tonight', 'your followers are about to get a little preview', 'ur mum is gonna get a copy tonight'],
      ignore: ['ur family group chat is about to get a surprise, mum is pregnant!!', 'your mates will all have a copy of the notes by tonight', 'your friends are about to get the party invite'],
    },
  },
  {
    id: 'or-its-going-in-the-gc-r13',
    phrases: [
      'or|else|otherwise|either_way it|its|it_is|they|theyre|they_are|them|this|that|the_pics|the_video|the_clip [is|are|will] going|goes|go|end_up|ends_up|land|lands|landing ..2 in|on|to|into|round|around|straight_to the|your|ur|his|her|every ..3 gc|group_chat|groupchat|inbox|dms|year|school|timeline|story|feed|@audience',
      '@iwill|or_i make|making|start|create [a] group_chat|gc|groupchat ..6 drop|post|leak|send|share|airdrop|blast the|that|your|ur clip|video|vid|videos|recording|pics|nudes|photos|footage',
      'airdrop|airdropping|airdropped|blast|blasting ..3 it|them|this|that|the|your|ur ..3 round|around|to|across the|your|ur [whole|entire] year|school|grade|class|year_group|bus|canteen|corridor|following|followers ..3 unless|if|or|lol|when|tomorrow|monday',
      'or|else|otherwise|then your|ur whole|entire following|followers|contacts|contact_list|friends_list|school|year|class|family|fam gets|get|sees|see|receives|receive ..1 them|it|this|that|everything|the_lot',
      'hit|press|click send ..3 on|to the email|message|dm|post|video|vid|group_chat|gc ..2 to your|ur @audience',
    ],
    unless: ['party|homework|form|report|rota|invite|invites|bin|fridge|montage|highlight|highlights|edit|edits|gameplay|without_you|without_u|lol_jk|jk|kidding|joking|trip|holiday|birthday|bday|prom|yearbook|meme|memes|recipe|notes|results|playlist|song|cover|demo|track|beat|album|scam|heads_up|what_do_i_do|what_should_i_do|news|they_say|saying|she_said|he_said|someone_says|somebody_says|if_someone|if_somebody|tell_an_adult|trusted_adult|health_class|assembly'],
    examples: {
      match: ['fifty bucks on payid by tmrw or its going in the year 10 gc', 'either u come back or they end up in his inbox and ur dads. ur call', 'u pay 500 or i make group chat with all of them and drop the clip', 'gonna airdrop it round the whole year unless u do what i say', 'buy 3 apple gift cards and send the codes or ur whole following gets them', 'u got 10 mins before i hit send on the email to ur college'],
      ignore: ['hurry or i drop the clip on youtube without you', 'finish ur tea or it goes in the bin', 'send me ur part or its going in the report without ur name', 'airdrop the photos round the class after the trip'],
    },
  },
  {
    id: 'your-content-forwarded-to-school-r13',
    phrases: [
      'your|ur [private|intimate|personal|sensitive|explicit] content|photos|pics|images|videos|media|nudes|files|material ..3 forwarded|released|leaked|distributed|published|made_public|exposed ..3 to|unless|if|within|online|publicly|everywhere',
    ],
    unless: ['yearbook|website|newsletter|gallery|exhibition|competition|winners|portal|classroom|print|prints|after_editing|edited|photographer|album|deleted|backed_up|backup|cloud|icloud|google_photos|new_phone|transfer|transferred|printer|lab|order|delivery|scam|heads_up|what_do_i_do|what_should_i_do|news|if_someone|if_somebody'],
    examples: {
      match: ['Failure to comply within 24 hours will result in your content being forwarded to your school and local police.', 'Your account will be banned and your private photos released unless you pay the verification fee', 'your videos will be leaked to all your followers if you ignore this'],
      ignore: ['your photos will be sent to you after editing', 'your pics are being transferred to the new phone', 'your photos will be published on the school website tomorrow'],
    },
  },
  {
    id: 'do-as-told-and-nobody-sees-r13',
    phrases: [
      'behave|cooperate|comply|listen|obey|be_good|be_nice|play_nice|do_as_i_say|do_what_i_say|pay|pay_up|send_it ..2 and|n nobody|no_one|noone|no1 ..1 sees|see|will_see|has_to_see|needs_to_see|ever_sees|gets|will_get|finds_out_about ..1 them|it|those|these|anything|the_pics|the_video|a_thing',
    ],
    unless: ['present|presents|gift|gifts|surprise|grades|report|results|mess|room|cake|lol|haha|jk|kidding'],
    examples: {
      match: ['I have all ur pics saved on my drive. Behave and nobody sees them x', 'pay up and no one sees it', 'do what i say and nobody ever sees them'],
      ignore: ['hide the presents and nobody sees them', 'behave and nobody sees the mess lol'],
    },
  },
  {
    id: 'or-youre-exposed-r13',
    phrases: [
      'or|else|otherwise|unless_you_pay|if_you_do_not_pay you|u|your|ur|youre|you_are [getting|gonna_be|going_to_be|will_be|get|gets|end_up] exposed|leaked|viral|all_over_the_internet|all_over_instagram|all_over_snap|on_blast',
    ],
    unless: ['quiz|test|exam|game|match|jk|kidding|joking|spoiler|spoilers|secret_santa|crush|lol_jk|scam|heads_up|what_do_i_do|what_should_i_do|news|if_someone|if_somebody|someone_says|tell_an_adult|sunburn|sun|cold|rain|weather'],
    examples: {
      match: ['bro pay up or ur exposed. i have the recording', 'send it or youre getting exposed', 'pay or ur all over the internet'],
      ignore: ['wear sunscreen or ur exposed to the sun all day', 'tell me ur crush or ur exposed jk'],
    },
  },
  {
    id: 'or-it-goes-on-every-group-r14',
    phrases: [
      'or|else|otherwise|if_not [the|your|ur|those|that|this|my|all_the|all_your|all_ur] video|videos|pics|pictures|photos|nudes|clip|clips|recording|it|its ..2 goes|go|going|is_going|will_go|gets_posted|get_posted|ends_up|end_up on|in|into|onto every|each|all|all_the|all_your|all_ur|every_single ..3 group|groups|site|sites|server|servers|chat|chats|gc|gcs|groupchat|groupchats|page|pages|platform|platforms|account|accounts',
      'or|else|otherwise|if_not [the|your|ur|those|that|this|my] video|videos|pics|pictures|photos|nudes|clip|recording|it ..2 goes|go|going|is_going|will_go|gets_sent|get_sent to them|em|him|her ..1 anyway|anyways|regardless|too|as_well|aswell',
    ],
    unless: ['lol|haha|lmao|jk|album|yearbook|newsletter|website_team|photographer|proofs|order|prints|printed|trip|holiday|party|wedding|birthday|bday|match|game_night|teacher|form|forms|scam|fake|news|what_do_i_do|what_should_i_do|never_pay|heads_up'],
    examples: {
      match: ['Pay up in 2000 robux or ur vid goes on every roblox group ur in', 'then ask ur parents for it or the vid goes to them anyway', 'go to this telegram or its going on every site with ur face', 'send it or the pics end up in every gc at ur school'],
      ignore: ['vote for the best photo or they all go in the yearbook', 'send me the trip pics or they go to them anyway, mum already asked', 'pick ur favs or the pics go on every page of the album', 'or else it goes in every group chat lol'],
    },
  },
  {
    id: 'your-contacts-get-them-r14',
    phrases: [
      'your|ur [whole|entire|full|complete] contact_list|contacts|followers|friends_list|friend_list|following|mutuals|close_friends ..1 gets|get|getting|will_get|going_to_get|receive|receives|sees|will_see them|em|it|those|these|everything|a_copy|copies',
      'every1|everyone|everybody|all [of] [the_people|people] you|u follow|know ..1 gets|get|sees|see|will_see|receive|receives them|em|it|those|these|everything|a_copy',
      'or|else|otherwise|unless ..6 @audience|groupchat|group_chat|gc|contact_list|contacts ..2 get|gets|getting|will_get|going_to_get|receive|receives a|the slideshow|copy|copies|compilation|montage|preview|highlight_reel|screenshots|vids|videos|video|pics',
    ],
    unless: ['birthday|bday|party|invite|invites|invitation|newsletter|update|updates|notification|notifications|christmas|xmas|card|cards|card_game|recipe|wedding|trip|holiday|graduation|yearbook|slideshow_for|for_the_party|memorial|funeral|scam|fake|news|what_do_i_do|what_should_i_do|never_pay|heads_up'],
    examples: {
      match: ['ur pics r saved in my cloud. one click and ur whole contact list gets them', '$500 on cashapp in 15 min or every1 u follow gets them', 'get back with me or ur mum and ur little sisters school groupchat get a slideshow', 'pay or ur followers get the pics'],
      ignore: ['when u post, ur whole contact list gets a notification lol', 'hurry or ur mum gets the slideshow for the party late', 'everyone u follow gets them too, its just an update'],
    },
  },
  {
    id: 'images-will-be-released-formal-r14',
    phrases: [
      'failure_to|fail_to|if_not|unless|otherwise|or|non_payment|nonpayment|should_you_fail|if_you_fail ..6 images|photos|pictures|videos|material|content|submissions|footage|recording|recordings ..2 will|shall|would|are_going_to ..1 be released|published|distributed|forwarded|shared|circulated|made_public|leaked',
      'your|ur parents|school|family|employer|college|university ..3 being|be|will_be|shall_be|are_going_to_be notified|informed|contacted|sent_the|shown|made_aware',
    ],
    unless: ['homework|miss|missed|late|lateness|behaviour|behavior|uniform|absent|school_office|headteacher|principal|sir|mr|mrs|ms', 'photographer|proofs|order|yearbook|trip|form|forms|consent|newsletter|report_card|grades|absence|attendance|detention|permission|lunch|fees|the_office|reminder|parents_evening|results|exam|exams|ofsted|inspection|policy'],
    examples: {
      match: ['Failure to settle by Friday means the images will be released to our partner sites and your listed school contact.', 'To avoid charges and your parents and school being notified, a fine of £250 must be paid today via Amazon gift cards.', 'Should you fail to pay, the recordings shall be distributed to your contacts.'],
      ignore: ['Your parents will be notified of the absence by the office', 'Proofs will be released to parents next week, order by Friday', 'your parents will be informed about the trip consent form', 'your parents will be notified if you miss another homework'],
    },
  },
  {
    id: 'drop-them-in-the-gc-unless-r14',
    phrases: [
      '@iwill|gonna|going_to|finna|bout_to|about_to ..4 drop|dump|post|put|throw|leak|spam ..2 them|em|it|those|these|the_pics|the_videos|the_fakes ..3 groupchat|group_chat|gc|year_group|class_chat|school_chat|story|page|server ..4 unless|or_else|if_you_do_not|until_you|till_you|til_you',
    ],
    unless: ['edit|edited|editing|crop|filter|choose|pick|approve|veto|check_them|look_first|see_them_first|want_to_edit', 'trip|holiday|party|match|game|birthday|bday|memes|meme|notes|homework|answers|slides|lol|haha|lmao|jk'],
    examples: {
      match: ['gonna make a few and drop them in ur year groupchat unless u send the real thing', 'ill post em on my story unless u pay', 'im gonna dump those in the class chat if u dont answer'],
      ignore: ['ill drop the pics in the gc unless u want them first lol', 'gonna post the notes in the class chat unless someone else does', 'gonna post them in the gc unless u want to edit first'],
    },
  },
  {
    id: 'i-go-post-am-pidgin-r14',
    phrases: [
      'i_go|i_dey_go|i_don|make_i|i_must|i_will ..1 post|share|send|upload|release|leak|show|put|scatter|blast am|dem|them_all ..3 for|on|to|give facebook|fb|instagram|tiktok|whatsapp|your|ur|everybody|everyone|family|people|status|online|internet',
      'your|ur @audience|people|everybody|everyone go|will ..1 see|watch|receive am|dem|everything',
    ],
    unless: ['church|wedding|party|birthday|bday|naming|ceremony|owambe|graduation|match|football|news|scam|fake|report|police'],
    examples: {
      match: ['pay 5k naira sharp sharp or i go post am for facebook', 'i go send am give your family', 'your people go see am'],
      ignore: ['i go post am for facebook after the wedding', 'your family go see am at the party'],
    },
  },
  {
    id: 'you-dont-want-pics-all-over-r14',
    phrases: [
      'you|u do_not|dont|wouldnt|would_not want|want_to [your|ur|these|those|the|them|all_your|all_ur] @photo|nudes|vids|chats|snaps ..3 all_over|everywhere|going_round|going_around|leaked|getting_out|to_get_out|posted|on_tiktok|on_instagram|on_twitter|on_reddit|on_snap|online|public',
    ],
    unless: ['set_your|set_ur|account|make_it_private|turn_off|location|website|school_website|consent|form|box|opt_out|privacy|settings|private_account|tag|tagged|ugly|blurry|bad_angle|embarrassing_baby|baby_pics|lol|haha|lmao|advice|tip|tips|careful|be_careful|assembly|lesson|teacher'],
    examples: {
      match: ['you dont want ur pics all over tiktok do u', 'u dont want those vids going round school do u', 'you wouldnt want these pics getting out'],
      ignore: ['you dont want ur pics on the school website? tick the opt out box', 'u dont want those baby pics all over insta lol', 'be careful, you dont want your pics leaked online', 'you dont want your photos all over the internet, so set your account to private'],
    },
  },
  {
    id: 'if-you-dont-reply-im-posting-r14',
    phrases: [
      'if|unless you|u do_not|dont|fail|ignore|block|stop ..6 im|i_am|ill|i_will|i_start|imma|ima|then_im|then_ill posting|post|leaking|leak|sharing|share|uploading|upload|exposing|expose|sending_it|sending_them|sending_everything|dropping_it|dropping_them',
    ],
    unless: ['group_photo|group_pic|group_shot|class_photo|team_photo|the_link|the_update|the_results|the_recipe|the_photo_of|the_pic_of|the_video_of|the_photos_of|the_pics_of|the_pics_from|the_photos_from', 'meme|memes|cake|plans|plan|lol|haha|lmao|jk|question|poll|vote|order|homework|notes|answers|playlist|trip|party|birthday|bday|match|game|score|scores|results|rota|schedule|list|menu|without_you|for_you|instead|myself|my_own|my_story_anyway|scam|fake|news|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['if u dont reply in 5 mins im posting', 'if you block me im leaking everything', 'if u ignore me again im sharing them'],
      ignore: ['if u dont reply in 5 mins im posting the plans in the gc', 'if u dont reply in 10 mins im posting the group photo', 'if u dont answer im posting without u lol', 'if u dont send the notes im posting the answers myself'],
    },
  },
  {
    id: 'dad-gonna-see-what-you-do-online-r14',
    phrases: [
      'your|ur @audience|dads|mums|moms|parents ..1 gonna|going_to|will|is_going_to|are_going_to|about_to|bout_to see|find_out|know|learn|hear_about ..1 what|how ..5 online|on_cam|on_camera|on_call|on_facetime|on_snap|sent_me|send_me|sent_to_me|showed_me|little_girl|little_boy|baby_girl|precious_daughter|precious_son|really_like|really_are',
    ],
    unless: ['car|dent|vase|remote|window|grades|report|results|exam|exams|test|detention|homework|room|mess|bill|phone_bill|spent|money|party|tattoo|piercing|hair|proud|amazing|well_done|congrats|present|gift|surprise|birthday|bday|lol|haha|lmao|jk|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['ur dads gonna see what his little girl does online', 'ur mum is about to find out what u sent me', 'your parents will see what you really are'],
      ignore: ['ur dads gonna see what u did to the car lol', 'ur mum is gonna find out how much u spent online', 'ur parents will see what u got in the exam'],
    },
  },
  {
    id: 'video-uploaded-pay-removal-r14',
    phrases: [
      'your|ur @photo|video|recording|clip ..2 has_been|have_been|was|were|is|are|got uploaded|posted|leaked|published|put_online ..6 to remove|to_delete|to_take_down|removal|takedown|take_it_down|delete_it ..4 pay|contact|send|charges|fee|fees',
      '@iwill|i_could|i_can [literally|easily|actually|so_easily] ruin|destroy|end|expose you|u ..2 with one|a|1 click|post|message|text|tap|button|screenshot|upload',
    ],
    unless: ['scam|fake|heads_up|what_do_i_do|what_should_i_do|report|news|is_this_real|they_said|he_said|she_said|school_channel|channel|vlog|tiktok_account|lol|haha|lmao|jk|fifa|game|match|chess|quiz'],
    examples: {
      match: ['Your video has been uploaded on YouTube. To remove it contact this number and pay the removal charges.', 'i could literally ruin u with one click', 'i can expose u with one post'],
      ignore: ['got a text saying your video has been uploaded, to remove it pay the fee. is this real?', 'i could literally end u with one click in fifa lol'],
    },
  },
  {
    id: 'shame-if-they-saw-these-r15',
    phrases: [
      'shame|pity if|when ..4 your|ur @audience|nans|nan|mums|moms|dads ..4 saw|see|seen|got|found|received|opened|stumbled ..4 these|those|them|em|this|that|it|surprise|pics|pic|photos|videos|video|inbox|dms',
      'shame|pity if|when she|he|they|everyone|everybody|every1|all_of_them ..2 saw|see|seen|got|found|received these|those|them|em',
    ],
    unless: ['room|mess|state|grades|report|score|results|haircut|hair|outfit|cake|food|dinner|car|dent|bill|prices|price|spoilers|spoiler|ending|episode|film|movie|show|game|match|concert|tickets|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|news|article'],
    examples: {
      match: ['would be a real shame if ur mum got a lil surprise in her inbox tonight', 'ur nans on fb innit? be a shame if she saw these lol', 'itd be a pity if your dad stumbled on those pics'],
      ignore: ['be a shame if she saw the state of ur room lol', 'would be a shame if ur mum saw ur grades', 'shame if they saw the ending coming, its the best part'],
    },
  },
  {
    id: 'want-mum-seeing-the-first-one-r15',
    phrases: [
      'do_you_want|you_want|want|would_you_like|you_want_to|would_you_want|u_want your|ur @audience ..1 seeing|to_see|getting|finding|watching|reading|opening ..3 [the] first|other|rest|last|next|those|these|them|em|one|ones|pics|pic|photos|videos|video|nudes',
    ],
    unless: ['room|mess|grades|report|results|haircut|outfit|cake|dress|bill|present|gift|surprise|party|card|drawing|art|lol|haha|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|baby_pics|wedding|trip|holiday|vacation|graduation'],
    examples: {
      match: ['u want ur mum seeing the first one? thought so', 'want ur dad getting the rest?', 'do you want your followers seeing those pics'],
      ignore: ['u want ur mum seeing the pics from the trip?', 'do u want ur mum seeing the cake first or is it a surprise', 'want ur dad seeing the first one of the graduation pics?'],
    },
  },
  {
    id: 'or-the-rest-go-in-the-chat-r15',
    phrases: [
      'or|else|otherwise|unless the_rest|the_others|these|those|they|them|it|everything|the_pics|the_videos|your_pics|ur_pics|the_lot|the_whole_lot|the_other_ones|all_of_them|the_photos go|goes|going|get|gets ..3 in|into|on|to|round|around|up_on ..3 chat|gc|group_chat|groupchat|group|year|school|every|everyone|everybody|every1|followers|follower|twitter|story|instagram|snapchat|tiktok|discord|@audience',
      'the_whole_lot|the_lot|all_of_it|everything|all_of_them|the_rest goes|go|going ..1 on|to|in|into|up_on|out_to twitter|instagram|tiktok|snapchat|facebook|story|everyone|everybody|every1|the_gc|the_group_chat|the_year|your_school|ur_school',
    ],
    unless: ['everyone_else|everybody_else|waitlist|waiting_list|queue|fridge|freezer|ticket|tickets|cake|pizza|food|sweets|cookies|spare|spares|leftover|leftovers|merch|hoodies|shirts|free|sale|first_come|raffle|prizes|prize|invites|invitations|flyers|slides|notes|answers|homework|results|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|bin|charity|lost_property|playlist|memes|meme'],
    examples: {
      match: ['£50 by tonight or the rest go in the year 11 chat. ur move', 'transfer $300 thru PayID in the next hour or these go to every1 on ur follower list', 'if anyone tells a teacher the whole lot goes on twitter', 'pay or everything goes to your followers', 'venmo me or these go on ur story'],
      ignore: ['grab ur ticket by friday or the rest go to everyone in year 11', 'take some cookies or the rest go in the bin', 'answer the poll or the slides go in the gc without ur part lol'],
    },
  },
  {
    id: 'you-dont-i-tag-everybody-r15',
    phrases: [
      'you|u do_not|dont|will_not|wont|refuse ..1 i|@iwill tag|leak|post|expose|share|send ..2 everybody|everyone|every1|all|them|it|everything',
      'you|u do_not|dont|will_not|wont ..1 everybody|everyone|every1 sees|gets|see|get',
    ],
    unless: ['lol|haha|lmao|jk|meme|memes|party|invite|link|notes|homework|answers|slides|results|pics_from|photos_from|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|then_i_will_just|myself'],
    examples: {
      match: ['u pay, i delete. u dont, i tag everybody. simple', 'you dont, everyone sees'],
      ignore: ['if u dont, i send the notes to everyone myself', 'u dont? i tag everybody in the party pics lol'],
    },
  },
  {
    id: 'files-spread-to-your-contacts-r15',
    phrases: [
      'files|images|pics|photos|videos|recordings|content|material|footage|clips will|gonna|going_to|continue_to|keep ..2 spread|circulate|reach|be_sent|be_shared|be_distributed|be_released|be_forwarded ..6 contacts|contact|address_book|followers|family|friends|social_media|sites|websites',
      'cannot|can_not|unable_to|not_be_able_to|cant|will_not_be_able_to stop|prevent|halt [the] further|more distribution|circulation|leaking|sharing|spread|spreading|release ..4 to|among|across your|ur|contacts|followers|family|friends|social_media',
      'prevent|stop|avoid [the] disclosure|distribution|release|publication|leak|leaking|sharing ..5 to|among|with every|each|all|your|ur contact|contacts|@audience|address_book|followers',
    ],
    unless: ['privacy_settings|settings|setting|scam|heads_up|what_do_i_do|what_should_i_do|is_this_real|news|article|virus|flu|covid|rumour|rumor|gossip|they_said|he_said|she_said|report_it|police_say|helpline'],
    examples: {
      match: ['If not paid within 12 hours the files will spread to more sites and your social media contacts.', 'If unpaid we cannot stop further distribution to your contacts.', 'payment is required to prevent disclosure to every contact in your address book'],
      ignore: ['got an email saying we cannot stop further distribution to your contacts unless i pay. is this real?', 'change your privacy settings to prevent sharing with all your contacts'],
    },
  },
  {
    id: 'drop-it-in-the-gc-unless-r15',
    phrases: [
      '@share|drop|put|chuck|stick it|them|this|em|these|those ..1 in|into|on the|your|ur ..3 group_chat|gc|groupchat|chat ..3 unless|if_you_do_not|if_u_do_not|or_else|if_not|if_you_dont|if_u_dont',
    ],
    unless: ['meme|memes|invite|link|notes|homework|answers|slides|playlist|poll|plans|lol|haha|lmao|jk|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['gonna stitch it on a nude and send it in the lads group chat unless u pay £100', 'ill drop them in ur class gc if u dont answer'],
      ignore: ['ill drop the notes in the gc unless u already did', 'send it in the group chat unless u think its cringe lol'],
    },
  },
  {
    id: 'airdrop-it-to-everyone-r15',
    phrases: [
      '@iwill|or_i|or_ill|then_i|gonna|going_to airdrop|air_drop|airdropping ..3 it|them|this|these|those|your|ur|em ..4 everyone|everybody|every1|whole|school|class|assembly|bus|canteen|cafeteria|hallway|year|grade',
    ],
    unless: ['meme|memes|lol|haha|lmao|jk|dog|cat|puppy|funny|cute|flyer|poster|notes|slides|homework|invite|playlist|ticket|tickets|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['i will air drop it to everyone in ur school assembly', 'pay up or ill airdrop them to the whole bus'],
      ignore: ['ill airdrop the meme to everyone in class lol', 'ill airdrop the notes to the whole class'],
    },
  },
  // round 16 (en-n16): veiled and non-native threats, school staff as the audience
  {
    id: 'veiled-share-r16',
    phrases: [
      'imagine|picture|think_about ..4 your|ur @audience|head_of_year|year_head|head_of_house|form_teacher|deputy_head|vice_principal ..4 getting|receiving|opening|finding ..3 these|this|them|those|it|that|in_her_inbox|in_his_inbox|in_their_inbox',
      'want|want_to|do_you_want|would_you_like|you_want your|ur [whole|entire] @audience seeing|to_see|watching|to_watch ..1 you|u ..1 like_that|like_this|naked|nude|that_way|in_that',
      '@photo|this_video|the_video|this_vid ..2 go|goes|will_go|going_to_go|going|sent|send ..1 to [all|every|each] [you|your|ur] @audience|contact|contacts',
      'be [a] [real] shame|pity if she|he|they|someone|somebody|everyone|everybody|anyone|your|ur ..3 saw|sees|see|found|finds|got|gets|read|reads|heard',
      'you|u know what happen|happens|will_happen|is_gonna_happen|is_going_to_happen if not|you_do_not|u_do_not|you_dont|you_dont|you_will_not|you_wont|you_refuse|u_refuse',
    ],
    unless: ['flowers|card|cards|letter|postcard|invite|invitation|surprise|party|birthday|bday|trip|holiday|vacation|wedding|graduation|recital|concert|drawing|art|painting|talent|report_card|grades|results|cake|dog|cat|puppy|plants|plant|water_the|milk|fridge|battery|charger|homework|detention|assignment|essay|deadline_for|flight|bus|train|sextortion|they_threaten|threatened|scam|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['imagine ur head of year getting these in her inbox. u have till 8', 'want ur whole grade seeing u like that?', 'you send me 300 pound or this video go to all you contact on Facebook', 'would be a shame if she saw 🙂', 'u know what happen if not. i still got the vids'],
      ignore: ['imagine ur nan getting these flowers, shell cry', 'would be a shame if nobody saw your drawing', 'u know what happens if u dont water the plants lol', 'imagine your mum getting the report card this term'],
    },
  },
  // round 17 (en-n17): "otherwise he gets them", screenshots into the group chat, "want them to see", audience reading it
  {
    id: 'otherwise-they-get-them-r17',
    phrases: [
      'otherwise|or_else|if_not|else [your|ur|ya] he|she|they|everyone|everybody|@audience ..2 gets|get|getting|receives|sees|see them|em|these|those|the_pics|the_vids|the_videos|everything|all_of_it',
      '@photo|screenshot*|screenies|vids|every_msg|every_message|our_chats ..3 going|go|goes|will_go|gonna_go|going_to_go ..3 group_chat|gc|groupchat|story|feed|everyone|school_page|finsta ..3 in|within # @timeunit|unless|if_you|tonight',
      'want|want_to|would_you_like|do_you_want them|her|him|@audience|everyone ..1 to see|seeing|to_watch|watching|to_read|reading your|ur [little] show|video|videos|vids|pics|nudes|body|performance|msgs|messages|dms',
      'your ..4 going_to|gonna|will love|enjoy reading|seeing|watching it|them|this|these|that|those ..3 unless|if_you_do_not|if_you_dont|if_not',
      'want|want_to ..4 nothing|none posted|leaked|shared|online|out ..4 send|pay|venmo|cashapp|transfer|@payment',
    ],
    unless: ['recital|concert|musical|talent_show|school_play|dance_show|cake|cookies|cupcakes|sweets|candy|tickets|invites|invite|food|pizza|slice|presents|gifts|homework|notes|leftovers|recipe|trophy|medal|book|books|essay|story_i_wrote|chapter|fic|fanfic|sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|warning|heads_up'],
    examples: {
      match: ['otherwise he gets them. and so does ur whole year group', 'or else ur mum gets them tonight', 'if not everyone gets the vids', 'every single screenshot is going in the group chat in 10 min', 'want them to see ur little show?', 'ur mod friends + ur mom\'s fb gonna love reading it unless u hop on vc tonight', 'u want it back + nothing posted, send $200 cashapp'],
      ignore: ['bring the cupcakes otherwise everyone gets none lol', 'the skate pics are going in the group chat tonight', 'my mum would love reading it unless its too spicy', 'want them to see ur little show? the dance recital is at 6'],
    },
  },
  {
    id: 'visit-and-show-r17',
    phrases: [
      '@iwill|maybe_ill|maybe_i_will|maybe_i visit|pay_a_visit_to|drop_by|stop_by|come_see|knock_on ..3 your|ur @audience|dads|mums|moms|nans|grans ..4 show|give|hand|tell ..3 @photo|vids|everything|what_you_sent',
    ],
    unless: ['holiday|vacation|wedding|baby|graduation|trip|album|birthday|bday'],
    examples: {
      match: ['i\'ve got ur address from ur geotag, maybe i\'ll visit ur mom and show her the pics in person', 'ill stop by ur dads work and show him the vids'],
      ignore: ['ill visit ur mom and show her the holiday pics', 'i will visit your gran and show her the baby photos'],
    },
  },
  // round 18 (en-n18): "or i post the summer ones on her story", "the edited one goes to ur school insta", "ur new man gets a copy", group-chat "droppin it at 9 unless he answers", airdrop round year 10, "or i finish what i started"
  {
    id: 'or-i-post-the-ones-r18',
    phrases: [
      'or|else|otherwise|if_not i|ill|@iwill [will] @share|drop|put|leak ..4 ones|one|them|em|it|lot|batch ..3 on|in|to|where her|his|their|your|ur|my|the|everyone|everybody story|stories|feed|page|profile|gc|group_chat|instagram|snapchat|tiktok|sees|see',
      'or|else|otherwise [the|that|this|your|ur] edited|fake|photoshopped|ai|deepfake|nude|naked|spicy|real one|version|pic|photo|video|vid|image|ones|pics|videos ..1 goes|go|going|will_go|gets_sent|get_sent|gets_posted|lands|land ..2 to|on|in|up_on your|ur @audience|school|dads|mums|moms|story|instagram|facebook',
      'your|ur [new] @audience|man|bf|gf|boyfriend|girlfriend|dads|mums|moms ..1 gets|get|getting|receives|will_get|going_to_get|is_getting a|the|his|her copy|copies|link|preview|screenshot|screenshots|clip|file|files [too|as_well|aswell|next]',
      'dropping|droppin|posting|leaking|uploading|sending|drop|post|leak|upload it|them|em|the_pics|the_vid|the_video|everything|what_he_sent|what_she_sent ..4 unless|if he|she|they|you|u ..2 answers|answer|replies|reply|pays|pay|responds|texts|unblocks|unblock|calls|messages',
      '@iwill tell|show|send ..3 gc|group_chat|groupchat|group|school|class|everyone|everybody|year|grade ..3 what you|u did|sent|showed|done ..3 on|in|over cam|camera|call|vc|facetime|snapchat|video|stream',
      'airdrop|airdropping|airdropped|air_drop ..4 round|around|to|across|across_the ..3 school|year|class|everyone|the_whole|whole|bus|canteen|lunch_hall',
      'or|else|otherwise i|ill|@iwill finish|end|complete what i started',
      'who|anyone|everyone|yall|y_all|everybody ..1 wants|want|wanna|want_to to see what ..2 sent|send|showed|snapped me ..3 last|at_night|privately|in_private|on_snapchat|on_snap|in_dms|late',
      'guess|wait_till|wait_until|wait_til ..2 whose|who_s|whos @nude|pics|vids|videos|photos ..3 posting|dropping|leaking|sharing|going_up|goes_up|i_post|im_posting|i_am_posting|getting_posted|getting_leaked',
    ],
    unless: ['sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|heads_up|warning|meme|memes|playlist|homework|notes|recipe|trip|holiday|holidays|concert|match|game|cake|puppy|dog|cat|beach|report|newsletter|letter|invoice|receipt|certificate|form|essay|drawing|painting|jigsaw|puzzle|lego|book|chapter|project|assignment|talent_show|recital|school_play|assembly|presentation|karaoke'],
    examples: {
      match: ['send 3 new pics or i post the summer ones on her story where everyone sees', '£250 in steam cards tonight or the edited one goes to ur school insta and ur dad\'s facebook', 'and ur new man gets a copy too 🙂', 'yo everyone in here wanna see what jake sent me last nite?? droppin it at 9pm unless he answers me', 'ill photoshop ur face onto some dirty pics and airdrop them round the whole of year 10', 'another 300 by friday or i finish what i started', 'answer or i drop them in the gc', 'who wants to see what emma sent me last night 👀', 'guess whose nudes im posting in here at 8', 'i\'ll tell the whole gc what u did on cam unless u reply', 'pay or the fake ones go to ur mum', 'ur dad gets the link next'],
      ignore: ['send me the pics or i post the ugly ones of my dog on my story', 'ur mum gets a copy of the school report too', 'dropping the playlist at 9 unless he answers the poll', 'airdrop the memes round the class', 'ill show the group what u did in the video at the talent show', 'or i finish what i started on the puzzle'],
    },
  },

  // round 19 (en-n19): "imagine if the whole congregation saw our dms", "i could show mike and u'd be fired", "otherwise ur chat logs go to ur moms facebook", "pastor would love to hear them"
  {
    id: 'congregation-saw-our-dms-r19',
    phrases: [
      'imagine|picture if|when [the|your|ur] [whole|entire] @audience|congregation|parish|everyone|everybody ..2 saw|sees|see|seen|read|reads|found|finds|got|gets our|your|ur|these|those|the dms|messages|msgs|chats|texts|convo|convos|snaps|videos|nudes|screenshots|voice_notes',
      '@iwill show|send|forward|leak|post ..4 and|then you|u ..2 fired|sacked|expelled|excommunicated|kicked_out_of_church|kicked_off_the_team',
      'otherwise|or|else|or_else ..1 your|ur|the|our|these|those|all_the chat_logs|chats|logs|dms|messages|msgs|texts|convo|convos|screenshots|voice_notes|snaps ..1 go|goes|going|will_go|going_to_go|get_sent|gets_sent|end_up|get_posted|get_forwarded ..2 to|on|in|into your|ur|the @audience|moms|mums|dads|facebook|instagram|story|gc|group_chat',
      'pastor|youth_pastor|priest|congregation|boss|employer|manager ..1 would|will|going_to|is_going_to love|enjoy ..1 to hear|hearing|see|seeing|read|reading them|these|those|em|your_voice_notes|our_chats|our_dms',
    ],
    unless: ['sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|heads_up|warning|dance|recital|talent_show|song|songs|choir|sermon|testimony|poem|poems|essay|ideas|idea|game|match|highlights|drawing|art|spam|junk|archive|trash|bin|baby|wedding|holiday|trip|cake|dog|puppy|late_again|show_up|showed_up|shift|rota|numbers|sales|results|report|slides|progress|figures'],
    examples: {
      match: ['ur parents think ur such a good christian girl huh. imagine if the whole congregation saw our dms 😇 answer me', "u know which one. i could show mike and u'd be fired so fast. or u could be nice to me", 'drop me ur steam login or 3 steam cards ($50 each) otherwise ur chat logs go to ur moms facebook', 'pastor dave would love to hear them. ur mom too', 'imagine if ur coach read our snaps lol', 'or ur dms go straight to the gc'],
      ignore: ['imagine if the whole school saw your dance lmao', 'pastor dave would love to hear your songs', 'if you show up late again you will be fired', 'or the messages go to spam, check your junk', 'my boss would love to see these sales numbers'],
    },
  },

  // round 19 (en-n19): "you waste time i post", "after that its on everyones story"
  {
    id: 'waste-time-i-post-r19',
    phrases: [
      'you|u waste|wasting|wasted [my] time ..2 i|ill|@iwill post|leak|share|send|upload|expose',
      'after_that|after_midnight|after_which|then [its|it_is|it_s|they_are|everything_is|all_of_it_is|they_go|it_goes|everything_goes] on|in|going_on|going_in|goes_on|goes_in everyones|everybodys|everyis|everyone_s|everyones_story story|stories|feed|feeds|phone|phones|fyp',
    ],
    unless: ['sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|heads_up|warning|party|birthday|bday|recital|game|match|trip|holiday|dance|concert|video_edit|edit|playlist|meme|memes'],
    examples: {
      match: ['ok send the 40 and gift card later. you waste time i post', 'u got till midnight. after that its on everyones story'],
      ignore: ['after that its on everyones story, the party pics i mean'],
    },
  },

  {
    id: 'boss-would-be-interested-r19',
    phrases: [
      'your|ur @audience|church_friends|congregation|shift_manager ..4 would|will|might|going_to|d be ..2 interested|curious|fascinated|shocked|surprised in|to_see|by|seeing these|those|them|em|this|your|ur',
      'bet|betcha|wonder_if|wonder_how your|ur @audience|church_friends|congregation ..2 would|will|going_to|d|might love|like|enjoy|appreciate|react_to these|those|them|em|your_pics|your_videos|your_nudes|our_chats|our_dms',
      'delete|unfriend|unadd|unmatch|remove|mute|ghost me and|then|n ..4 everyone|everybody|all|your|ur ..3 sees|see|gets|get|finds_out|find_out|knows|know',
    ],
    unless: ['flowers|card|cards|cookies|cake|cupcakes|food|recipe|gift|gifts|present|presents|drawing|drawings|art|painting|song|songs|cover|poem|essay|stats|numbers|sales|results|report|grades|trophy|medal|highlights|goal|goals|clips_from_the_game|game|match|recital|concert|dance|talent_show|holiday|vacation|trip|baby|puppy|dog|cat|wedding|graduation|prom|tickets|invite|invites|gc|group_chat|sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|heads_up|warning|lol|haha|lmao'],
    examples: {
      match: ['ur manager at mcdonalds would be real interested in these pics', 'i bet ur church friends would love these', 'delete me and everyone at ur job sees'],
      ignore: ['ur coach would be interested in these stats', 'i bet ur mom would love these flowers', 'delete me from the gc and everyone will know lol'],
    },
  },
  // round 20 (en-n20): "want me to show him what u sent me?", school exposed/confessions accounts
  {
    id: 'want-me-to-show-what-you-sent-r20',
    phrases: [
      'want|should|shall|do_you_want me|i [to] show|send|forward|screenshot ..3 him|her|them|@audience ..2 what you|u sent|showed ..2 me',
      'want|should|shall|do_you_want me|i [to] show|send|forward|screenshot ..3 him|her|them|@audience ..2 what you|u did|do|were_doing on_cam|on_camera|on_ft|on_facetime|on_call|on_the_call',
      'exposed|confessions|confession|expose|leaks|tea_page|tea_account|gossip_page|gossip_account ..2 account|acc|page|instagram|is|are ..2 gonna|going_to|will|would love|enjoy them|these|those|your|ur',
      '@share them|these|those|it_all|everything|your_pics|ur_pics|your_nudes|ur_nudes|your_videos|your_video|ur_video|your_photos|ur_photos ..4 on|to the|your|ur|a|our ..1 exposed|confessions|confession|tea|gossip|leaks|burn ..1 page|account|acc|instagram|book',
    ],
    unless: ['meme|memes|funny|tiktok|the_link|recipe|the_song|playlist|drawing|homework|notes|answers|essay|what_you_sent_me_about|the_text_about|article|anon|anonymous|anonymously|submission|submissions|submit|submitted|confess|dm_the_page|report|reported|take_it_down|taken_down'],
    examples: {
      match: ['ur bf jayden follows me. want me to show him what u sent me? no? then answer me', 'jefferson exposed is gonna love them. dm me in 10', 'should i forward ur mum what u did on cam', 'ill post them on the confessions page', 'the tea page is going to love these', 'ill leak ur pics on the school exposed account'],
      ignore: ['want me to show her the meme u sent me', 'send ur confession to the confessions page', 'the confessions page is gonna love this drama lmao', 'should i show mum what u did to the wall', 'the confessions page is gonna love it'],
    },
  },
  // round 21 (en-n21): "or the clip goes in #general", "or the whole server sees it"
  {
    id: 'or-the-clip-goes-in-r21',
    phrases: [
      'or|else|otherwise the|ur|your|that clip|vid|video|pic|pics|recording|screenshot|photo|photos|ss ..1 goes|go|gets|get|ends_up|lands|drops|goes_up|goes_live ..2 in|on|to|into ..3 general|gc|server|chat|channel|group|story|insta|instagram|feed|everywhere|main',
      'or|else|otherwise ..1 the|ur|your whole|entire|every|all ..3 server|gc|school|class|team|channel|discord|group|year|grade|squad|clan sees|see|will_see|gets|get ..1 it|them|this|everything|that',
    ],
    unless: ['highlights|montage|fail|fails|funny|clutch|ace|gg|blooper|bloopers|score|scores|leaderboard|rank|results|essay|homework|project|recipe|cake|birthday|bday|lol|haha|lmao'],
    examples: {
      match: ['send 0.01 eth to this wallet or the vid drops on ur schools insta tag', 'i clipped u on cam already btw. do the dare or the clip goes in #general', 'nah. 20 mins or the whole rate-me server sees it, every channel', 'answer or the vid goes on ur story'],
      ignore: ['do the dare or the clip goes in highlights lmao', 'finish ur part or the whole class sees our project is half empty lol'],
    },
  },
  // round 21 (en-n21): broken-English "i will sharing ur photos in every group"
  {
    id: 'sharing-in-every-group-r21',
    phrases: [
      'sharing|posting|spreading|sending|share|post|spread|leaking|leak your|ur @photo ..2 in|to|on|with every|all|each group|groups|gc|gcs|page|pages|contact|contacts|platform|platforms|city|school',
      'in every group ..1 of your|ur city|town|area|school|country',
    ],
    unless: ['amazing|beautiful|gorgeous|proud|lovely|congrats|congratulations|well_done|so_good|art|drawing|portfolio|holiday|trip|party|birthday|bday|wedding|graduation|yearbook|team_photo|missing|lost|found|pet|dog|cat'],
    examples: {
      match: ['u dont want problem? send 150$ venmo. if not i will sharing ur photos in every group of ur city', 'i will post ur pics in every group'],
      ignore: ['im sharing ur photos in every group, they are amazing', 'sharing your photos in every group so we find your lost dog'],
    },
  },
  // round 21 (en-n21): threat to open an account with the teen's pictures and message their people
  {
    id: 'make-an-acc-with-your-pics-r21',
    phrases: [
      '@iwill make|create|set_up|start|open ..2 an|a|fake acc|account|profile|page|insta|instagram|snap|tiktok ..3 with|w|using your|ur pics|photos|pictures|face|name|selfies ..6 follow|dm|message|add|text|send',
      '@iwill make|create|set_up|start|open ..2 an|a|fake acc|account|profile|page|insta|instagram|snap|tiktok ..3 with|w|using your|ur pics|photos|pictures|selfies and|n ur|your name',
    ],
    unless: ['fan_account|fanpage|fan_page|fan|for_you|for_your|birthday|bday|tribute|business|shop|art|portfolio|permission|if_you_want|can_i|should_i|want_me_to|memorial|surprise|project|for_the_team|for_the_club|for_class'],
    examples: {
      match: ['lied lol. ima make an acc w ur pics n ur name and follow the whole netball team. dm them all hi its me', 'ill make a fake insta with ur pics and ur name'],
      ignore: ['should i make a fan account with ur pics for ur birthday?', 'ill make an insta with ur art for ur shop if u want'],
    },
  },
  // round 21 (en-n21): broken-English "all your contacts receiving it"
  {
    id: 'all-your-contacts-receiving-it-r21',
    phrases: [
      'all|every|each your|ur contacts|contact|followers|friends|family|classmates|school ..1 receiving|receive|recieving|recieve|getting|will_get|gonna_get|going_to_get ..1 it|this|them|video|videos|pics|photos|the_video',
      'if not|no ..4 all|every your|ur contacts|contact|followers|friends|family|classmates ..1 receiving|receive|recieving|getting|see|seeing',
    ],
    unless: ['newsletter|invite|invitation|invitations|update|updates|email|christmas_card|birthday_card|greeting_card|christmas|xmas|wedding|party|birthday|bday|announcement|message_from_the|school_app|notification|notifications|spam|virus|chain'],
    examples: {
      match: ['If not in one hour all your contacts receiving it', 'all ur followers gonna get the video'],
      ignore: ['all your contacts will get the wedding invitation by email', 'all ur friends receiving the party invite?'],
    },
  },
  // round 22 (en-n22): the e-mail already sent to a parent; "the drive goes public"; "think how ur teachers would read them"
  {
    id: 'email-sent-to-your-parent-r22',
    phrases: [
      'sent|emailed|drafted|queued|scheduled|prepared|written ..3 email|e_mail|mail|message|dm|letter ..2 to your|ur @audience ..6 contains|containing|with|has|attached [the|some|all|your|ur] photos|pics|pictures|videos|video|nudes|clip|recording|screenshots ..1 of you|u',
      'next|another|second email|e_mail|mail|message|dm|one ..2 goes|go|going|will_go|gets_sent ..2 to your|ur @audience',
    ],
    unless: ['about_the|regarding|reminder|bake_sale|fundraiser|meeting|conference|parent_teacher|pta|bill|invoice|order|delivery|appointment|lunch_money|bus', 'trip|holiday|vacation|party|recital|graduation|birthday|bday|match|school_play|concert|class_photo|yearbook|picture_day|photo_day|newsletter|invitation|invite|report_card|permission|field_trip|wedding|album|christmas|xmas|game|tournament|award|ceremony'],
    examples: {
      match: ['I have sent an email to your mother, Karen. It contains photos of you. She has not opened it yet.', 'I can stop the email. The next one goes to your father and your school principal.', 'drafted a dm to ur dad with the pics of u attached'],
      ignore: ['the next email goes to your parents about the bake sale', 'i sent an email to your mum with photos of you from the school trip', 'the next email goes to your parents about the field trip permission slip'],
    },
  },
  {
    id: 'the-drive-goes-public-r22',
    phrases: [
      'drive|folder|pics|photos|nudes|files|vids|videos|clip|recording|recordings|album|gallery|screenshots|chats ..2 goes|go|going|gets|get public|viral|leaked|live ..3 to|on|for [the|your|ur] [whole|entire] @audience|district|internet|web|reddit|twitter|instagram|tiktok|snapchat',
    ],
    unless: ['yearbook|website|newsletter|exhibition|exhibit|results|contest|competition|vote|voting|art_show|gallery_opening|open_day|open_house|album_drop|trailer|premiere|release|recital|concert|project|hackathon|announcement|portfolio|assembly|news|scam|heads_up|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['then the drive goes public to the whole district friday', 'ur pics go viral on reddit tonight', 'the folder goes public to ur whole school'],
      ignore: ['the photos go live on the school website friday for the yearbook', 'our project files go public to the whole class after the hackathon'],
    },
  },
  {
    id: 'think-how-your-teachers-would-read-them-r22',
    phrases: [
      'think|imagine|picture ..3 how|what|when your|ur @audience would|will|gonna|going_to|might read|see|react_to|look_at|find|open|opens ..4 them|those|these|it_all|all_of_it|the_chats|the_pics|the_screenshots|the_video|our_chats|ur_pics|your_pics',
    ],
    unless: ['grades|grade|report|results|marks|scores|score|tattoo|haircut|hair|room|gift|present|cake|surprise|card|drawing|painting|art|essay|poem|story|project|trophy|medals|medal|certificate|video_of_the|dance|recital|performance|cooking|garden'],
    examples: {
      match: ['screenshotted all our chats. every single one. think abt how ur teachers would read them', 'imagine what ur dad would see when he opens them', 'picture how ur mum will react to the pics'],
      ignore: ['imagine how ur mum will react to the cake, she is gonna cry', 'think how ur parents will see them, your grades are amazing'],
    },
  },
  {
    id: 'the-leak-goes-live-unless-r22',
    phrases: [
      'leak|leaks|exposure|expose_post|thread_about_you|post_about_you ..2 goes|go|going|drops|drop|is_going live|out|up|public ..4 unless|if|or',
    ],
    unless: ['game|trailer|album|song|single|track|update|patch|season|skin|rumor|rumors|rumour|gta|fortnite|minecraft|roblox|apple|iphone|episode|spoiler|spoilers|plumber|roof|pipe|water|gas|ceiling|tap|sink'],
    examples: {
      match: ['the leak goes live at midnight unless i get paid', 'ur exposure post goes up at 8 if u dont answer'],
      ignore: ['the gta leak goes live at midnight if the rumors are true', 'the leak in the roof is going up to the attic if we dont fix it'],
    },
  },
  // round 23 (en-n23): veiled "be a shame if it ended up in #rate-me", "keep ignoring me and the whole of year 10 gets to see it"
  {
    id: 'veiled-shame-if-it-ended-up-r23',
    phrases: [
      'be|would_be|itd_be|it_would_be a [real|big|massive] shame|pity if ..4 it|they|them|this|that|those|your|ur ..3 ended_up|end_up|got_out|got_posted|got_leaked|leaked|found_its_way|showed_up|went_public|got_around|went_round ..6 @audience|school|everyone|everybody|online|internet|tagged|group|gc|channel|rate|rate_me|exposed|inbox|feed|story|server|tiktok|instagram|snapchat',
      'ignoring|ignore|block|blocking|blocked|answer|reply|test_me|on_read|ghosting|ghost|ghosted ..6 whole ..2 year|grade|school|class|form|team|estate|town ..3 gets|get|will|going_to|going|has|have ..2 see|have|get ..1 it|them|everything',
    ],
    unless: ['bin|cake|launch|before_the_launch|lost_property|rain|raining|weather|cancelled|canceled|sold_out|the_game|the_match|the_cake|the_leftovers|assembly|play|musical|concert|performance|yearbook|trophy|award|video_project|film_project|documentary|the_show|exhibition|art_show'],
    examples: {
      match: ['ok but we kept ur first selfie + ur username. be a shame if it ended up in #rate-me with ur school tagged', 'keep ignoring me and the whole of year 10 gets to see it. dont test me', 'block me and the whole school will see them', 'itd be a real shame if those got out to ur mum'],
      ignore: ['be a shame if it ended up raining on sports day', 'the whole school gets to see it at the assembly on friday', 'would be a shame if the cake ended up in the bin lol'],
    },
  },
  // round 23 (en-n23): "i havent posted it yet, i could delete it if u make it worth my while"
  {
    id: 'not-posted-yet-unless-r23',
    phrases: [
      'not posted|leaked|shared|uploaded|sent|forwarded it|them|the_pic|the_pics|the_video ..3 yet ..6 if|unless|depends|worth_my_while|make_it_worth|your_choice|ur_choice|up_to_you|your_move|your_call|on_you|up_to_u',
      'could|can|will|would|might [just] delete|remove|take_down|bin it|them|the_pic|the_pics|the_post|the_video ..3 if|once|when you|u ..3 send|pay|make_it_worth|make_it_worth_my_while|do_what',
      'or they|it|them go|goes|get|end_up ..1 in|on|to ..2 exposed|expose|rate|rate_me|leaks|the_gc|every_gc|main|story|everyones_feed',
    ],
    unless: ['cake|better_pic|better_one|the_right|caption|vlog|edit|edits|draft|essay|homework|the_recipe|the_bake|my_cover|my_song|the_song|my_art|my_drawing|meme|memes'],
    examples: {
      match: ['the one from the mirror. i havent posted it yet. i could just delete it if u make it worth my while 😉', 'we still have ur verification pic. drop 80 in paysafe codes or they go in #exposed with ur @', 'i havent leaked them yet, depends what u do next', 'i havent shared them yet. ur move', 'i havent sent it to anyone... yet. depends on u'],
      ignore: ['i havent posted it yet, can u check the caption', 'i could delete the post if u send me a better pic of the cake'],
    },
  },
  // round 24 (en-n24): "250 on cashapp or they all get it tonight", "pay or they all get it"
  {
    id: 'or-they-all-get-it-r24',
    phrases: [
      'or|otherwise|else they|everyone|everybody|all_of_them [all|will|going_to] get|gets|see|receive it|this|that|everything|the_video|the_vid|the_pics|the_clip|the_link ..1 tonight|today|tomorrow|in_the_morning|at_midnight|right_now|now|first_thing',
      '@payment|@currency|pay|paid|payment ..6 or|otherwise|else they|everyone|everybody|all_of_them [all|will|going_to] get|gets|see|receive it|this|that|everything|the_video|the_vid|the_pics|the_clip|the_link',      // round 28 (en-n28): "or every single one of them gets it"
      'or|otherwise|else every_single_one_of_them|every_one_of_them|each_one_of_them|every_last_one_of_them|each_of_them|every_single_one_of_em|every_one_of_em|all_of_em|every_single_one_of_your|every_one_of_your|all_of_your|all_ur|all_your ..2 [will|going_to|gonna|are_going_to] get|gets|see|sees|receive|receives it|this|that|everything|the_video|the_vid|the_pics|the_clip|the_link|them|your_pics|ur_pics|your_nudes|ur_nudes',
    ],
    unless: ['from_someone_else|confused|wrong|mad|angry|jealous|for_free|cheaper|discount|sale|tickets|ticket|invite|invites|invitation|the_joke|the_memo|the_message|the_email|the_homework|refund|voucher|wrong|tbh'],
    examples: {
      match: ['250 on cashapp or they all get it tonight', 'do it now or every single one of them gets it', 'pay up or all ur followers see ur pics', 'send it or everyone gets it tomorrow', '£100 on revolut or they all see it'],
      ignore: ['buy the tickets now or they all get sold out, 20 quid each', 'explain it simply or they all get confused', 'pay the £5 today or everyone gets an invite before you', 'explain the rules again or every one of them gets it wrong', 'bring enough cake or all of your cousins get upset'],
    },
  },
  // round 24 (en-n24): scripted notices: "send $200 gift card within 60 minutes to stop upload", "to prevent distribution, a compensation of..."
  {
    id: 'pay-to-stop-upload-r24',
    phrases: [
      '@payment|@currency|pay|send|transfer|code|codes ..6 to|or|otherwise stop|prevent|avoid|cancel|halt [the|this|its|any] upload|uploading|publication|publishing|distribution|release|posting|leak|leaking|sharing|exposure|spread|broadcast',
      'to prevent|avoid|stop|cancel|halt [the|this|its|any] distribution|publication|publishing|release|upload|uploading|leak|leaking|exposure|posting|sharing ..6 @payment|@currency|compensation|payment|fee|pay|transfer|settlement',
    ],
    unless: ['malware|virus|spam|piracy|pirated|copyright|dmca|terms|policy|privacy_policy|gdpr|data_protection|license|licence|software|app_store|render|export|youtube_studio|settings|button|tap|click|subscription|news|article|scam|scams|scammer|scammers|phishing|psa|warning|heads_up|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['NOTICE: Your video call session has been recorded. Send $200 Apple gift card code within 60 minutes to stop upload.', 'To prevent distribution, a compensation of 0.015 BTC is required within 48 hours.', 'transfer 300 pounds today to cancel the publication'],
      ignore: ['to stop the upload tap cancel in settings', 'pay the £5 fee to prevent the spread of fake tickets, says the article', 'got an email saying send $200 in gift cards to stop the upload of my video, is it a scam?'],
    },
  },
  // round 25 (en-n25): a group chat with the victim's friends ("everyone in here is about to get a preview"),
  // going down the list ("ur bestie already got the first one"), "one post and ur bf sees", "check ur dms before ur mum does",
  // "would be a pity if the old ones resurfaced"
  {
    id: 'group-about-to-get-preview-r25',
    phrases: [
      'everyone|everybody|all_of_you|yall|y_all|friends|followers|class|school|family|contacts|in_here|this_gc|this_group|this_chat ..4 about_to|going_to|will|gon ..1 get|see|receive|watch ..2 a|little|lil|sneak|small|free|first ..1 preview|peek|sneak_peek|teaser|taste|show',
      'already got|received|seen|saw the|a first|1_st ..1 one|pic|photo|video|vid|clip|screenshot ..6 keep_going|keep|continue|next|rest|more|down_the_list|who_is_next|whos_next',
      'want|should|shall me|i ..2 keep|continue|carry_on ..2 going|sending|on ..3 down|through the|your|ur list|contacts|followers|friends|family',
      'who_is|whos|who_s next ..2 your|ur list|contacts|followers|friends_list|contact_list',
      'about_to|going_to|will|gon ..1 see|get|receive|watch ..2 everything|all|what|it_all ..1 you|u sent ..1 me',
      'about_to|going_to|will|gon ..1 see|get|receive|watch ..2 everything|all|what|it_all ..1 you|u showed|show|did ..2 on_cam|on_camera|on_facetime|on_vc|on_video|on_call',
      'want|should|shall me|i ..2 show|send|forward them|her|him|everyone|all_of_them|yall ..2 what|everything you|u sent|showed',
    ],
    unless: ['notes|project|homework|rehearsal|dance|drawing|drawings|art|garden|talent_show|amazing|so_good|performance|edit|trailer|update|season|episode|album|song|movie|film|map|beta|patch|collection|menu|event|launch|release|merch|recital|show_and_tell|presentation|exhibition|cake|dress|outfit|invite|invites|invitation|invitations|christmas_card|cards|cookies|sweets|candy|flyer|flyers|tickets|ticket|party|bday|birthday|gift|present|thank_you|wedding|survey|petition|fundraiser|raffle|homework|quiz|cv|resume|application|applications|newsletter|yearbook|slides|playlist|mixtape|lineup|line_up'],
    examples: {
      match: ['everyone in here is about to get a preview unless u dm me in 5 mins', 'ur friends are about to get a sneak peek', 'ur bestie kayla already got the first one. want me to keep going down the list?', 'want me to keep sending down ur contacts?', 'whos next on ur followers list', 'ur friends are about to see everything u sent me', 'i just added ur sister and ur bff to this chat. want me to show them what u sent?'],
      ignore: ["they're about to see everything u showed me in rehearsal, the dance is amazing", "want me to send them what u sent me? the notes for bio", 'everyone is about to get a preview of the new album', 'ur mom already got the first invite, ill keep going with the rest', 'want me to keep going down the list for the party invites?'],
    },
  },
  {
    id: 'one-post-and-they-see-r25',
    phrases: [
      'one|1|single|a_single|just_one post|upload|story|click|tap|message|dm|text ..3 and|n|then ..2 your|ur|everyone|everybody|the_whole ..3 sees|see|will_see|knows|know|finds_out|find_out|gets_it|get_it',
      'check|read|open|look_at your|ur dms|messages|inbox|snap|snapchat|instagram|phone|email|texts ..2 before your|ur @audience ..1 does|do|sees|see|finds_out|find_out|reads|read|checks',
      'already tagged ..3 your|ur school|schools|mom|mum|dad|parents|family|boss|teacher|principal|friends|followers',
      'your|ur school|schools|school_s|mom|mum|dad|parents|family|boss|principal ..3 already tagged|is_tagged|are_tagged|tagged_already',
      'would|d|will|it_would|itd be ..1 a|such_a|real ..1 pity|shame|waste ..3 if ..6 resurface|resurfaced|surfaced|resurfacing|found_their_way|made_their_way|turned_up|popped_up',
    ],
    unless: ['wedding|pics_from|photos_from|album|holiday|vacation|christmas|xmas|family_photo|reunion|art|drawing|talent|music|song|cover|dance|business|shop|brand|algorithm|viral|famous|fyp|promote|promotion|advert|ad|surprise|present|gift|party|bday|birthday|report|grades|school_report|letter|photo_dump|dump|graduation|prom|congrats|game|match|win|won|trip|concert|cute|proud|emo|cringe|braces|baby|childhood|throwback|tbt|yearbook|phase|haircut|lost|keys|wallet|lol|haha|lmao'],
    examples: {
      match: ['one post on the finsta and ur new bf sees exactly who u r', 'remember what u sent me in july? cuz i do. check ur dms before ur mum does', 'i have the screenshots and ur school\'s insta is already tagged', 'would be a pity if the old ones resurfaced'],
      ignore: ["already tagged ur mum in the pics from the wedding", 'one post and everyone sees ur art, thats how the algorithm works', 'check ur messages before ur mum does, its about the surprise party', 'would be a shame if ur emo pics resurfaced lol', 'already tagged ur mum in the graduation photo dump'],
    },
  },
  {
    id: 'or-pic-goes-to-everyone-r26',
    phrases: [
      'or|else|otherwise|if_not ..3 pic|pics|picture|pictures|photo|photos|video|videos|vid|nudes|it|them|everything ..1 goes|go|gets_sent|get_sent|will_go|is_going|are_going ..1 to|out_to everyone|everybody|every1|all|your|ur',
      'pic|pics|picture|photo|photos|video|videos|nudes goes|go|will_go ..1 to everyone|everybody|every1|all ..2 follows|follow|following you|u',
    ],
    unless: ['what_do_i_do|what_should_i_do|should_i_pay|scammer|scammers|sextortion'],
    examples: {
      match: ['so either u send more or that pic goes to everyone who follows u on tiktok. ur call', 'pay up or the video goes out to ur whole class', 'answer me or ur nudes go to everyone'],
      ignore: ['the class photo goes to everyone next week', 'either send the form or it goes to the office late lol', 'the pic goes to everyone in the group chat after the trip'],
    },
  },
  {
    id: 'no-answer-im-posting-every-one-r26',
    phrases: [
      'do_not|dont answer|reply|respond|pick_up ..4 i_am|im|i_will|ill|imma|ima|i_am_going_to|im_going_to posting|leaking|post|leak|sending|uploading|upload|dropping|drop ..2 every|all|them|it|everything|those|each',
      'posting|leaking|uploading|dropping|exposing every single one|pic|picture|photo|video|nude ..3 everyone|everybody|every1 ..1 is_going_to|going_to|will see',
    ],
    unless: ['group_photo|class_photo|results|schedule|slides|meme|memes|recipe|holiday|trip|prom|party|birthday|bday|wedding|concert|match|game|without_you|without_u|anyway|poll'],
    examples: {
      match: ["you don't answer me by tonight, i'm posting every single one, yeah? everyone's gonna see", 'dont reply n im leaking them all', 'u dont answer in 10 min imma post everything'],
      ignore: ["if u dont reply by 5 im posting the group photo anyway", "dont answer then, im posting the holiday pics without u", 'im posting every single one of the prom pics lol everyone is going to see how cute we look'],
    },
  },
  // round 27 (en-n27): "those pictures will be everywhere by tomorrow"
  {
    id: 'pictures-will-be-everywhere-r27',
    weight: 3,
    phrases: [
      'those|these|your|ur|the|them|all_your|all_ur @nude|pictures|pics|photos|images|videos|vids|clips|nudes|them ..1 will|gonna|going_to|are_going_to|could|would be|end_up|go everywhere|all_over|on_every|viral|public|on_every_site|on_every_group',
    ],
    unless: ['website|newsletter|magazine|paper|display|noticeboard|notice_board|assembly|slideshow|comes_out|published|prom|party|trip|holiday|vacation|wedding|concert|game|match|cute|funny|lol|lmao|haha|jk|yearbook|school_photos|photographer|gallery|exhibition|exhibit|museum|art|drawings|paintings|portfolio|contest|competition|won|winner|famous|influencer|model|modelling|shoot|photoshoot|charity|poster|posters|campaign|newspaper|article|news|careful|be_careful|once_you_post|if_you_post|anything_you_post|if_you_send|once_you_send|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['pay or those pictures will be everywhere by tomorrow', 'ur nudes are gonna be all over the internet tonight', 'your videos will go viral by monday, think about it'],
      ignore: ['the pics will be all over the school website next week', 'your prom pics will be everywhere lol', 'once you post it those pics will be everywhere forever, be careful', 'your drawings will be all over the gallery walls'],
    },
  },
  // round 27 (en-n27): veiled — "think of your mum seeing that"
  {
    id: 'think-of-your-mum-seeing-it-r27',
    weight: 2,
    phrases: [
      'think_of|think_about|imagine|picture your|ur @audience ..4 seeing|watching|getting|finding|opening|receiving|looking_at that|this|it|them|those|the_video|the_pics|the_photos|the_clip|these|ur_pics|your_pics',
    ],
    unless: ['goal|goals|replay|highlight|highlights|trophy|win|medal|save|try|touchdown', 'mark|marks|essay|exam|test|homework|detention|teacher|score|lol|haha|lmao|jk|mess|room|bedroom|grades|grade|report|report_card|results|haircut|hair|outfit|dress|tattoo|piercing|bill|bank|cake|present|gift|surprise|card|drawing|painting|performance|play|show|concert|graduation|proud|happy|cry|crying|tears|smile|reaction|face_when'],
    examples: {
      match: ['think of your mum seeing that', 'imagine ur dad opening the video at work', 'think about ur coach and all ur teammates seeing them', 'imagine your nan and the whole family getting those'],
      ignore: ['think of your mum seeing that mark on your essay', 'imagine your mum seeing your room like this lol', 'think of your dad seeing your grades, he will be so proud', 'imagine ur coach and the whole team seeing that goal on the replay'],
    },
  },
  // round 27 (en-n27): a fake lawyer — "my client will release the images unless a settlement is paid"
  {
    id: 'client-will-release-unless-r27',
    phrases: [
      'client|clients|principal ..4 will|shall|intends_to|is_prepared_to|is_ready_to|plans_to release|publish|share|distribute|forward|send|disclose|circulate ..3 images|material|photos|videos|content|files|pictures|recordings|footage ..6 unless|if_not|should_you_fail|failing|if_you_do_not|if_you_fail|without',
    ],
    unless: ['photographer|shoot|photoshoot|portfolio|press|magazine|album|wedding|exhibition|catalogue|campaign|brand|launch|marketing|agency_will|website_launch|trailer|product|scam|heads_up|what_do_i_do|is_this_real|is_this_a_scam|they_said|he_said|she_said'],
    examples: {
      match: ['my client will release the images unless a settlement is paid', 'Our client intends to distribute the material to your contacts unless payment is received.'],
      ignore: ['our client will release the campaign photos unless the brand objects', 'the photographer said the client will publish the pictures without edits'],
    },
  },
  // round 27 (en-n27): threats hidden in a question or a regret, and to a school page — "do u want ur whole year to see it?", "id hate for those to end up on ur schools insta"
  {
    id: 'want-your-year-to-see-it-r27',
    weight: 2,
    phrases: [
      'do|would|dyou you|u want|like your|ur [whole|entire|little] @audience|year|whole_year|year_group ..2 to see|seeing|getting|watch|watching|find|finding it|them|this|that|those|these|the_video|the_pics|the_photos|what_you_sent|what_u_sent',
    ],
    unless: ['dress|outfit|fit|shoes|hair|haircut|nails|makeup|drawing|painting|art|poster|cake|room|house|garden|car|bike|grades|grade|report|results|certificate|award|medal|trophy|performance|show|play|concert|match|game|goal|film|movie|trailer|video_of_the|video_we_made|project|essay|before_you|before_u|first|lol|haha|lmao|surprise|present|gift|card|new_puppy|puppy|kitten|baby'],
    examples: {
      match: ['do u want ur whole year to see it?', 'would you like your dad to see those?'],
      ignore: ['do u want ur mum to see the dress first?', 'would you like your nan to see the video of the play'],
    },
  },
  {
    id: 'hate-for-those-to-end-up-r27',
    weight: 3,
    phrases: [
      'hate|shame|sad|awful|terrible|pity|tragic|unfortunate ..3 for|if those|them|these|it|that|they|your_pics|ur_pics|the_pics|the_video|your_video|ur_video|your_nudes|ur_nudes ..2 [to] end_up|ended_up|got_out|get_out|leaked|went_around|go_around|got_posted|get_posted|got_sent|get_sent|were_posted|was_posted ..3 on|in|around|out|to',
      'posting|uploading|putting|sharing|leaking|sending it|them|this|that|those|the_video|the_pics|your_pics|ur_pics ..3 on|to|in your|ur ..2 confession_page|confessions|confessions_page|school_page|schools_page|schools_instagram|school_instagram|year_group|year_chat|class_chat|whole_school|year_group_chat',
      'everyone|everybody|every1 on|in|from your|ur ..2 followers|followers_list|contacts|contact_list|friends_list|friend_list|list ..2 is|are [going_to] getting|get|gets|seeing|see|receiving|receive it|them|this|that|the_video|the_pics|ur_pics|your_pics',
    ],
    unless: ['lol|haha|lmao|jk|party|birthday|bday|invite|invitation|invites|card|cards|newsletter|announcement|award|prize|results|grades|cake|photos_from_the|pics_from_the|trip|holiday|vacation|wedding|prom|match|concert|event|poster|fundraiser|charity|sale|merch|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|someone_is|somebody_is|theres_an_account|there_is_an_account|careful|report'],
    examples: {
      match: ['id hate for those to end up on ur schools insta', 'shame if your pics got out around school', 'im posting it on ur schools confession page', 'everyone on your followers list is getting it'],
      ignore: ['everyone on ur contacts list is getting an invite to the party', 'shame if it ended up raining on the trip', 'im posting the pics from the trip on ur schools page for the newsletter'],
    },
  },
  {
    id: 'the-link-goes-out-at-r27',
    weight: 2,
    phrases: [
      'the_link|the_video|the_vid|your_video|ur_video|your_pics|ur_pics|the_pics|the_clip|your_nudes|ur_nudes|the_nudes|it_all|the_files goes|is_going|going|gets|get|go out|up|live|public|online ..2 at|tonight|in|tomorrow|by|soon|today',
    ],
    unless: ['youtube|channel|stream|episode|premiere|blog|newsletter|sale|drop|merch|tickets|album|song|single|trailer|podcast|school_website|website|yearbook|gallery|photographer|prints|order|zoom|meeting|class|lesson|webinar|invite|invitation|party|event|registration|sign_up|signup|form|survey|lol|haha'],
    examples: {
      match: ['the link goes out at 9', 'ur nudes go online tomorrow unless u pay'],
      ignore: ['the link goes out at 9 for the zoom class', 'the video goes up at 6 on my channel'],
    },
  },
  // round 28 (en-n28): doxxing — "post ur address in the discord unless u send it"
  {
    id: 'dox-your-address-r28',
    phrases: [
      '@iwill|gonna|going_to|about_to|or_i|then_i|and|n|then|or|also post|leak|drop|share|spread|publish|expose ..1 your|ur|ya address|home_address|addy|location|phone_number|number|personal_info|personal_details|face_and_address|name_and_address|school_and_address ..4 in|on|online|everywhere|all_over|to|unless|if|or|discord|server|reddit|twitter|tiktok|gc|groupchat|group_chat|forums',
      '@iwill|gonna|going_to|about_to|or_i|then_i dox|doxx|doxxing|doxing you|u',
      'get|getting you|u doxxed|doxed',
    ],
    unless: ['party|sleepover|form|forms|package|parcel|label|delivery|courier|invite|invites|invitation|rsvp|carpool|ride|lift|pickup|pick_up|coach|teacher|contact_sheet|contact_list|sign_up|signup|directions|uber|taxi|order|card|cards|wedding|so_people|so_everyone|so_they|so_she|so_he|so_you|so_u|team_list|emergency|can_add|add_you|add_u|text_you|text_u|call_you|call_u|reach_you|with_mum|with_mom|with_dad|with_the|landlord|doctor|dentist|school_office|secretary|lol|haha|lmao|jk|family_group|family_chat|find_my|life360|check_in|checked_in|arrived|landed|get_home|got_home|safe|so_i_can|so_we_can|invoice|photographer|bill|billing|receipt|shipping|quote|estimate|insurance'],
    examples: {
      match: ['ill post ur address in the server unless u pay', 'ill tell everyone and post ur home address on reddit', 'im gonna dox u', 'or i drop your home address on tiktok'],
      ignore: ['ill post your address in the group chat so people can find the party', 'ill share ur number with coach for the carpool', 'i will put your address on the parcel label', 'when u land share your location in the family group chat', 'ill share your address with the photographer for the invoice'],
    },
  },
  // round 28 (en-n28): where the material goes — "your mum's on facebook right? thats where the video goes"
  {
    id: 'thats-where-the-video-goes-r28',
    phrases: [
      'that_is|thats|that_s|this_is|which_is|and_thats where ..1 the|your|ur|those|these|my|all_the|all_your ..1 video|videos|vid|vids|pics|pictures|photos|nudes|clip|clips|screenshots|recording|recordings ..1 goes|go|is_going|are_going|will_go|end_up|ends_up|land|lands|get_posted|get_sent|will_end_up|go_next|goes_next|are_headed|is_headed',
      'that_is|thats|that_s|this_is|which_is|and_thats where ..1 it|they|them|everything|all_of_it|all_of_them ..1 goes_next|go_next|goes_tonight|go_tonight|goes_tomorrow|go_tomorrow|goes_live|go_live|is_going|are_going|will_go|gonna_go|going_to_go|will_end_up|get_posted|gets_posted|get_sent|gets_sent|will_land',
    ],
    unless: ['export|exported|upload|uploaded|download|downloaded|folder|album|drive|gallery|settings|app|backup|back_up|cloud|storage|recently_deleted|trash|bin|printer|print|printed|frame|wall|yearbook|slideshow|website|portfolio|camera_roll|files|sd_card|laptop|computer|tutorial|click|tap|button|menu|shelf|drawer|box|attic|cupboard|recycling|washing|laundry|dishwasher|fridge|freezer|lost_property|hit|press|pressed|save|after_you|after_u|once_you|once_u|tv|sofa|couch|table|kitchen|living_room|lol|haha|lmao'],
    examples: {
      match: ['ur dads on insta right? thats where ur pics are going', 'your whole class follows that page. thats where it goes next', 'this is where the video ends up if u ignore me'],
      ignore: ['thats where the photos go after you export them', 'thats where the pics go when u tap the album button', 'this is where it goes, in the top drawer', 'thats where it goes, next to the tv', 'this is where the pics end up after you hit save'],
    },
  },
  // round 28 (en-n28): a veiled "present" for the audience — "or do u want coach to get a little present?"
  {
    id: 'audience-gets-a-present-r28',
    phrases: [
      'or|unless|else|otherwise ..4 @audience|everyone|everybody ..3 get|gets|getting|receive|receives|receiving|find|finds|open|opens ..1 a|an|some [little|lil|nice|special|small|big] present|surprise|gift|package|delivery|treat|parcel',
      '@audience|everyone|everybody will|gonna|going_to|is_going_to|are_going_to|about_to|might ..1 get|receive|find|open ..1 a|an|some [little|lil|nice|special|small|big] present|surprise|gift|package|parcel|treat ..4 unless|if|from_me|about_you|of_you',
    ],
    unless: ['maybe|perhaps|the_class|class_gift|from_everyone|from_the_class|should_we|shall_we|we_could|chip_in|chipping_in|collection|card|flowers|end_of_season|end_of_year|thank_you|thanks|christmas|xmas|birthday|bday|wedding|retirement|leaving|baby_shower|each|from_us|from_the_team|from_all_of_us|budget|voucher|mug|wrap|wrapped|buy|bought|order|ordered|sign|signed|anniversary|mothers_day|fathers_day|valentine*|easter|graduation|party|santa|secret_santa|lol|haha|lmao'],
    examples: {
      match: ['$200 by tonight or ur mum gets a little present', 'pay up or do u want ur teacher to get a surprise?', 'ur whole class will get a nice package unless u answer me'],
      ignore: ['or does coach get a little present from all of us?', 'everyone gets a present at the secret santa', 'or maybe your teacher gets a little gift from the class?', 'ur mum will get a nice surprise for mothers day if u help'],
    },
  },
  // round 28 (en-n28): the audience's reaction as a question — "how would ur church feel about these pics"
  {
    id: 'how-would-they-feel-about-these-r28',
    phrases: [
      'how|what would|will|do|does your|ur @audience ..3 feel|think|react|say|like ..2 about|to|seeing|if|when ..3 these|those|your|ur|the|my @nude|pics|pictures|photos|video|videos|vids|clip|screenshots|messages|texts|chats',
    ],
    unless: ['lol|haha|lmao|funny|falling|fall|fell|dance|dancing|party|holiday|trip|graduation|prom|recital|concert|baby|cute|haircut|hair|tattoo|piercing|outfit|dress|grades|report|results|school_photos|yearbook|wedding|concert|match|game|goal|trophy|art|drawing|painting|cake|cooking|dog|cat|puppy|kitten|car|room|house|garden|print|printed|frame|framed|album|shall_we|should_we|canvas'],
    examples: {
      match: ['how would ur church feel about these pics', 'what would your mum say about these videos u sent me', 'how will ur team react to ur nudes'],
      ignore: ['how would ur mum feel about these pics from prom', 'what would your dad say about the video of u falling lol', 'what will your mum think of the photos of your new haircut', 'how would your mum feel about these photos, shall we print them?'],
    },
  },
  // round 28 (en-n28): veiled — "ur church group would find it very interesting", "ill make u famous at ur school"
  {
    id: 'they-would-find-it-interesting-r28',
    phrases: [
      'your|ur @audience|youth_group|church_group|whole_class|whole_school ..2 would|will|might|gonna|going_to find|think ..1 it|this|that|them|these|those|the_video|the_pics|what_you_sent|what_u_sent ..2 very|really|so|quite|pretty|super|real [very] interesting|entertaining|eye_opening|fascinating|enlightening|educational|hilarious',
      '@iwill make you|u famous|viral|known|infamous|a_celebrity|a_legend ..2 at|in|around|across|with|to your|ur|the|that school|class|year|grade|town|church|team|family|@audience',
    ],
    unless: ['article|book|books|essay|project|documentary|podcast|museum|history|science|recipe|painting|drawing|art|poem|story|song|cover|band|music|channel|bakery|shop|business|cooking|talent_show|speech|presentation|idea|news|fact|facts|trivia|that_you|that_u|that_ur|that_your|how_you|how_u|lol|haha|lmao|jk'],
    examples: {
      match: ['ur church group would find it very interesting', 'ill make u famous at ur school tomorrow', 'your teachers will find these really entertaining'],
      ignore: ['ur teacher would find it very interesting, the essay is so good', 'ill make u famous at school with ur cover of that song', 'your teacher will find it very interesting that u finished early'],
    },
  },
  // round 29 (en-n29): voice-to-text splits "everyone" ("send them to every one you follow")
  {
    id: 'send-to-every-one-you-follow-r29',
    phrases: [
      '@iwill|gonna|going_to|about_to ..2 send|post|show|share|leak|forward ..3 them|it|those|these|em|everything|your_pics|ur_pics|the_video|the_pics ..2 to every_one|everyone|everybody|every_single_person you|u follow|know|talk_to|have_added',
      '@iwill|gonna|going_to|about_to ..2 send|post|show|share|leak|forward ..3 them|it|those|these|em|everything ..2 to every_one|everyone|everybody ..2 on|in your|ur following|follower|followers|contacts|friends_list|friend_list',
    ],
    unless: ['invite|invites|invitation|birthday|bday|party|playlist|song|songs|meme|memes|link|recipe|notes|homework|flyer|poster|petition|fundraiser|charity|giveaway|lol|haha|lmao'],
    examples: {
      match: ['im gonna send them to every one you follow', 'ill post it to everyone u know', 'im going to forward those to everyone in ur contacts'],
      ignore: ['ill send the invite to everyone you know from school', 'im gonna send it to everyone i know, this song slaps', 'ill share the fundraiser link to everyone in my contacts'],
    },
  },
  // round 29 (en-n29): showing up at the parents' door with the material
  {
    id: 'knock-on-their-door-with-it-r29',
    phrases: [
      '@iwill|im|i_am|gonna|going_to ..2 knock|knocking|turn_up|turning_up|show_up|showing_up|come|coming|go|going|visit|visiting ..4 door|doorstep|house|home|place|work|school ..4 with the|your|ur|those|these|printouts|printout|printed|prints|pics|photos|screenshots|nudes|video|recording',
      '@iwill|im|i_am|gonna|going_to ..2 print|printing ..2 them|it|your_pics|ur_pics|the_pics|the_screenshots|those|these ..4 and|n ..2 hand|give|post|stick|put|show|deliver ..4 your|ur|their @audience|door|letterbox|mailbox|school|street|neighbours|neighbors',
    ],
    unless: ['invite|invites|invitation|birthday|bday|party|cake|flyer|flyers|leaflet|leaflets|poster|posters|homework|notes|worksheet|form|forms|menu|tickets|ticket|boarding_pass|map|recipe|lol|haha|lmao'],
    examples: {
      match: ['pay or im knocking on ur parents door tonight with the printouts', 'ill print ur pics and stick them on ur school door', 'im coming to your house with the screenshots'],
      ignore: ['im coming to your house with the cake at 6', 'ill print the flyers and stick them on the school door', 'im knocking on your door with the tickets, come down'],
    },
  },
  // round 29 (en-n29): "think of ur coach and the whole team seeing those pics u sent me" — the veiled threat names the intimate material, so it counts in full
  {
    id: 'think-of-them-seeing-the-pics-you-sent-r29',
    phrases: [
      'think_of|think_about|imagine|picture your|ur @audience ..4 seeing|watching|getting|finding|opening|receiving|looking_at ..2 those|these|the|your|ur|my pics|pic|photos|pictures|video|videos|vids|clip|snaps|selfies ..2 you|u sent|showed|took|gave|made',
      'think_of|think_about|imagine|picture your|ur @audience ..4 seeing|watching|getting|finding|opening|receiving|looking_at ..3 @nude',
    ],
    unless: ['lol|haha|lmao|jk|proud|happy|cute|funny|hilarious|beach|holiday|vacation|trip|birthday|bday|wedding|graduation|prom|baby|puppy|dog|cat|cake|art|drawing|painting|portfolio|team_photo|class_photo|yearbook|school_photo|recital|match|game|goal|concert|performance|medal|trophy'],
    examples: {
      match: ['think of ur coach and the whole team seeing those pics u sent me', 'imagine your mum and dad opening the video you made for me', 'picture ur church finding ur nudes'],
      ignore: ['imagine ur mum seeing the pics u sent me from the beach, she will be so happy', 'think of your nan seeing the video you made for her birthday', 'imagine ur coach seeing the video u sent me of that goal'],
    },
  },
  // round 29 (en-n29): calling or visiting the parents to tell them what was sent
  {
    id: 'call-your-parents-about-what-you-sent-r29',
    phrases: [
      '@iwill|gonna|going_to|im_going_to call|ring|phone|text|message|dm|email|tell|visit|contact ..3 your|ur [whole|entire|all] @audience ..6 show|tell|send|about|everything ..4 sent|showed|send|sending|pics|nudes|video|photos|screenshots|recording',
    ],
    unless: ['lol|haha|lmao|jk|joking|haircut|hair|tattoo|piercing|grades|report|marks|homework|detention|mess|party|surprise|present|gift|recipe|holiday|trip|concert|tickets|ticket|permission|invite|invitation|forms|form|consent|photos_from|pics_from|team_photo|class_photo|school_photo|yearbook'],
    examples: {
      match: ["i'll call your parents and tell them everything you sent me", 'im gonna ring ur dad and send him the pics', 'ill email your whole church about the video you sent me'],
      ignore: ['ill text your mum and send her the pics from the trip', 'ill call your dad about the tickets, send me the screenshot of the booking', 'im gonna tell ur mum about ur haircut pics lol'],
    },
  },
  // round 30 (en-n30): "before i start posting them in ur comments", "or I post the old ones",
  // "or Liam gets the whole convo", "they'd LOVE what u sent me", "...and they stay private",
  // "otherwise the whole server sees em"
  {
    id: 'before-i-start-posting-them-r30',
    phrases: [
      'before|or|otherwise|else|till|until ..1 i|@iwill start|begin|starts ..1 posting|sharing|leaking|dropping|uploading|spamming|sending|forwarding them|em|those|your_pics|ur_pics|the_pics|the_video|the_vid|your_nudes|ur_nudes|your_video|ur_video',
    ],
    unless: ['class|team|club|yearbook|trip|holiday|vacation|album|event|party|wedding|recipe|approve|approval|ok_with|okay_with|cool_with|which_ones|edit|edits|caption|captions|filter|blog|website|shop|listing|listings|portfolio|invites|invitations|flyers|memes|meme|christmas|cards|lol|haha|lmao'],
    weight: 3,
    examples: {
      match: ['check ur dms before i start posting them in ur comments', 'answer me or ill start sending ur pics to ur followers', 'u have an hour before i start leaking the video'],
      ignore: ['check which ones u like before i start posting them on the team page', 'tell me if ur ok with it before i start posting them from the trip'],
    },
  },
  {
    id: 'or-i-post-the-old-ones-r30',
    phrases: [
      'or|else|otherwise ..1 i|@iwill post|share|leak|send|drop|forward|expose|upload the|your|ur old|other|first|last|older ones|pics|photos|videos|vids|nudes|snaps',
    ],
    unless: ['team|club|page_for|website|listing|listings|shop|store|portfolio|menu|event|ad|ads|flyer|poster|logo|design|yearbook|trip|holiday|vacation|wedding|party|album|recipe|memes|meme|contest|competition|lol|haha|lmao'],
    weight: 3,
    examples: {
      match: ["you're gonna send me new ones or I post the old ones", 'send more or ill leak the other pics', 'new ones tonight, otherwise i share ur old nudes'],
      ignore: ['send me the new logo or ill post the old ones on the shop page', 'pick the best ones or i post the old pics from the trip'],
    },
  },
  {
    id: 'or-he-gets-the-whole-convo-r30',
    phrases: [
      'or|else|otherwise ..2 gets|sees|will_see|will_get|receives|reads|will_read the|our|your|ur whole|entire|full|all_the convo|chat|conversation|screenshots|messages|dms|history|chats|convos',
    ],
    unless: ['project|homework|assignment|group_project|notes|minutes|meeting|plan|plans|party|trip|holiday|recipe|pizza|cake|lol|haha|lmao'],
    weight: 3,
    examples: {
      match: ['one video for me tonight or Liam gets the whole convo', 'do it or ur mum sees the entire chat', 'send it otherwise your bf reads our whole conversation'],
      ignore: ['reply tonight or the group gets the whole chat for the project', 'answer or i send mum the whole convo about the party plans lol'],
    },
  },
  {
    id: 'they-would-love-what-you-sent-r30',
    phrases: [
      'they|he|she|everyone|everybody|people|page|account|followers|@audience would|will|going_to|gonna|d love|enjoy|like|appreciate|die_for ..1 what|wat you|u sent|showed ..1 me',
    ],
    unless: ['gift|gifts|present|presents|recipe|recipes|birthday|bday|cake|flowers|card|cards|thank|thanks|ty|song|songs|playlist|link|links|meme|memes|tiktok|tiktoks|video_of|art|drawing|drawings|design|designs|outfit|dress|shoes|book|books|idea|ideas|plan|pattern|essay|notes|slides|poem|story|puppy|dog|cat|kitten|baby|wedding|trip|holiday|where_did_you|where_did_u|where_d_you|buy|bought|send_it_to_them|forward_it'],
    weight: 3,
    examples: {
      match: ["they'd LOVE what u sent me last week", 'ur followers would love what you showed me on cam', 'everyone at school will enjoy what you sent me'],
      ignore: ['my mum would love what you sent me, where did you buy it', 'she will love what u sent me for her birthday', 'they would love what you sent me, the song is so good'],
    },
  },
  {
    id: 'pay-and-they-stay-private-r30',
    phrases: [
      'trade|give|send|pay|transfer|gift|gifting ..6 on|via|through|to|in|into ..4 and|n|then they|it|everything|those|em|the_pics|the_video|the_vid|your_pics|ur_pics stay|stays|remain|remains|will_stay private|hidden|offline|deleted|off_the_internet',
      '@payment|@currency|#|steam|robux|vbucks|v_bucks|skins|gift_card|gift_cards|giftcard|giftcards ..4 and|n|then they|it|everything|those|em|the_pics|the_video|the_vid|your_pics|ur_pics stay|stays|remain|remains|will_stay private|hidden|offline|deleted|off_the_internet',
    ],
    unless: ['settings|setting|privacy|toggle|account_private|private_account|album|folder|whatsapp|drive|cloud|icloud|backup|vault|locked|password|lock|archive|close_friends|story_settings|scam|scammer|what_do_i_do|what_should_i_do|tell_an_adult|presents|gifts|closet|cupboard|wardrobe|drawer|safe_place'],
    weight: 3,
    examples: {
      match: ['trade me ur knife and the two gloves on steam and they stay private', 'send 50 on cashapp and everything stays offline', 'give me ur account login via dm and the pics stay offline'],
      ignore: ['send them to the shared album and they stay private', 'turn on the privacy toggle and it stays hidden'],
    },
  },
  {
    id: 'otherwise-the-whole-server-sees-r30',
    phrases: [
      'or|else|otherwise the|your|ur whole|entire ..1 @audience|server|discord|lobby|gc|groupchat|group_chat|guild|clan|team|grade|year|year_group|town|internet|timeline sees|see|gets|get|will_see|will_get|receives em|them|it|everything|the_pics|the_video|the_vid|those',
    ],
    unless: ['typo|typos|mistake|spoiler|spoilers|score|scores|results|meme|memes|cake|pizza|snacks|food|invite|invites|invitation|schedule|plan|trailer|clip_of_the|lol|haha|lmao|before_you|before_u|first'],
    weight: 3,
    examples: {
      match: ['otherwise the whole server sees em tonight', 'pay up or the entire school sees everything', 'or the whole discord gets the pics'],
      ignore: ['delete that typo otherwise the whole class sees it lol', 'hurry or the whole team gets the pizza before you'],
    },
  },
  // round 31 (en-n31): "wanna see what im gonna post in there" after making a gc of the person's followers
  {
    id: 'see-what-i-post-in-there-r31',
    weight: 2,
    phrases: [
      'see|guess what @iwill|i|i_am_going_to|im_going_to|i_am_about_to|im_about_to|i_am|im post|posting|drop|dropping|send|sending|share|sharing|leak|leaking ..2 in_there|in_it|to_them|to_all_of_them|in_the_gc|in_the_group|in_the_group_chat|in_the_chat|in_that_chat|in_that_gc',
    ],
    unless: ['meme|memes|birthday|bday|party|surprise|plan|plans|pics_from|photos_from|trip|holiday|vacation|game|match|funny|invite|invites|playlist|schedule|homework|notes|answers|recipe|tiktok|video_of_me|my_video|my_pics|pic_of_me|pics_of_me'],
    examples: {
      match: ['u wanna see what im gonna post in there?', 'guess what im about to drop in the gc', 'see what i send to all of them'],
      ignore: ['wanna see what im gonna post in the gc for her birthday', 'guess what im gonna post in there, the meme from class', 'u wanna see what im gonna post in there? its my trip pics'],
    },
  },
  // round 32 (en-n32): "reckon ur mum'd love to see what ur doing on there"
  {
    id: 'mum-would-love-to-see-what-you-do-r32',
    phrases: [
      '@audience would|d|will|might|going_to love|like|enjoy|want|be_interested|be_keen to see|know|hear|find_out|watch|learn what you|your|you_are|u ..2 doing|sending|sent|posting|posted|up_to|getting_up_to|do|did|send|post ..3 on_there|on_that|online|on_cam|on_camera|on_snap|on_snapchat|at_night|with_strangers|to_strangers|with_randoms|to_randoms|behind_their_back|behind_her_back|behind_his_back|on_your_other|on_ur_other|on_that_other|on_the_other|on_that_acc|on_that_account|on_that_app|on_that_site',
    ],
    unless: ['proud|college|grades|school_project|volunteer|volunteering|charity|art|painting|garden|cooking|baking|recital|performance|progress|lol|haha|lmao|jk'],
    examples: {
      match: ['bet ur dad would love to see what ur doing on that app', 'your mum would like to know what you are sending to strangers', 'ur parents might want to see what u post on that other acc'],
      ignore: ['your mum would love to see what youre doing at college, send her pics', 'ur dad would love to see what u are doing online for the charity', 'my mum would love to see you'],
    },
  },
  // round 32 (en-n32): "do u think he'd still be proud of u if he watched the video"
  {
    id: 'still-proud-if-they-saw-the-video-r32',
    phrases: [
      'still|even be proud of you|u if|once|when|after ..3 watched|saw|seen|sees|watches|found|finds|got|gets|heard ..3 video|vid|videos|pics|photos|pictures|clip|clips|recording|nudes|screenshots|what_you|what_u|those|them',
      'would|will|d ..2 still love|want|respect|like|trust|talk_to you|u if|once|when|after ..3 watched|saw|seen|sees|watches|found|finds|got|gets ..3 video|vid|videos|pics|photos|pictures|clip|clips|recording|nudes|screenshots|what_you|what_u|those|them',
    ],
    unless: ['lol|haha|lmao|jk|karaoke|fall|falling|fell|tripping|tripped|singing|dancing_badly|drunk_singing|recital|performance|grades|report_card'],
    examples: {
      match: ['would ur dad still be proud of u once he sees the pics', 'think ur bf would still love u if he saw the video', 'would she still trust you after she watched the recording'],
      ignore: ['would ur dad still be proud of u if he saw the video of u falling lol', 'still proud of you even after seeing your report card', 'would he still love u if he saw the video of the recital'],
    },
  },
  // round 32 (en-n32): "or it's in every server u in", "or they're in every gc", "or i drop them in #general"
  {
    id: 'or-it-is-in-every-gc-r32',
    phrases: [
      'or|else|otherwise it|its|it_s|it_is|they|they_are|theyre|those|them|everything|all_of_it|all_of_them ..3 in|on|to|into|across every|each|all ..1 gc|gcs|group|groups|group_chat|group_chats|groupchat|server|servers|chat|chats|story|stories|feed|page|pages|channel|channels|discord|account|accounts|school|class',
      'or|else|otherwise i|ill|@iwill [just] drop|post|dump|leak|put|paste|spam|upload|share them|it|em|those|everything|all_of_them|your_pics|ur_pics|the_pics|the_video|the_vid|the_nudes ..3 general|gc|group|group_chat|groupchat|server|discord|channel|announcements|main_chat|every_server|everywhere',
    ],
    unless: ['answers|notes|homework|schedule|link|links|meme|memes|playlist|recipe|score|scores|results|plan|plans|rota|list|slides|assignment|pizza|snacks|lol|haha|lmao|jk|photos_from_the|trip|party|birthday|bday|match|game_night|invite|invites|poll|reminder|minutes'],
    examples: {
      match: ['pay up or its in every group chat u in', '100 now or they are on every server by tonight', 'do it or i drop them in general with ur name'],
      ignore: ['send me the answers or i post them in the gc', 'vote now or its in every group chat anyway lol', 'reply or i drop the link in the group'],
    },
  },
  // round 32 (en-n32): a fake agency: "unpaid accounts have their images published on our partner sites"
  {
    id: 'images-published-on-partner-sites-r32',
    phrases: [
      'images|photos|pictures|pics|videos|content|portfolio|portfolios|nudes ..3 published|released|uploaded|posted|leaked|sold|listed ..2 on|to our|partner|adult|other|external|third_party ..2 sites|websites|site|website|pages|platforms|partners',
    ],
    unless: ['exhibition|gallery_opening|magazine|catalog|catalogue|lookbook|campaign|credit|congrats|congratulations|excited|yearbook|newsletter|school_website|school_site|team_page|proud|lol|haha'],
    examples: {
      match: ['unpaid accounts have their images published on our partner sites', 'your photos will be uploaded to adult websites', 'the pics get posted on other sites if u ignore this'],
      ignore: ['your photos will be published on our partner sites as part of the campaign, congrats', 'the pics are posted on the school website', 'photos from the match are uploaded to the team page'],
    },
  },
  // round 33 (en-n33): threats to report the family to immigration
  {
    id: 'report-family-to-immigration-r33',
    phrases: [
      'one|1|single email|call|message|text|phone_call|report|tip [from_me] to|and ..3 home_office|immigration|border_force|uscis|deportation ..6 gone|deported|done|finished|sent_back|kicked_out|on_a_plane',
      'one|1|single email|call|message|text|phone_call|report|tip [from_me] to ice ..6 deported|sent_back|kicked_out|gone',
      'i|@iwill report|reporting|call|calling|tell|telling|email|emailing ..3 your|ur family|mum|mom|dad|parents|whole_family ..3 immigration|home_office|border_force|uscis|deportation',
    ],
    unless: ['lawyer|solicitor|advice|help_you|help_u|appointment|appeal|application|renewal|case_worker|caseworker|news|article|documentary|scam|scams|heads_up|they_said|he_said|she_said'],
    examples: {
      match: ['one email from me to the home office and ur all gone', 'one call from me to ICE and your parents are deported', 'one call to immigration and ur family is deported', 'ill report ur family to immigration'],
      ignore: ['one email from me to the home office lawyer and ur application is done', 'i will call your mum to the appointment at immigration, the lawyer said'],
    },
  },
  // round 35 (en-n35): "if u dont keep sending pics ill make sure ur mom reads every word"
  {
    id: 'make-sure-they-read-every-word-r35',
    phrases: [
      '@iwill make_sure|making_sure|ensure your|ur @audience ..2 reads|read|hears|hear|sees|see|gets ..2 every_word|everything|every_message|every_text|every_msg|all_of_it|our_chats|all_our_chats|the_chats|our_messages|our_dms|the_screenshots|what_you_said|what_u_said|what_you_sent|what_u_sent',
    ],
    unless: ['trip|party|event|plan|plans|schedule|report|report_card|letter|form|newsletter|essay|poem|speech|card|note|invite|invitation|permission|consent|results|grades|feedback|lol|haha|proud|nice|kind|sweet'],
    examples: {
      match: ['if u dont keep sending ill make sure ur mom reads every word', 'i will make sure your dad sees what you sent'],
      ignore: ['i will make sure your mum reads every word of your lovely card', 'ill make sure ur parents get the permission form', 'i will make sure your mum sees every message about the trip'],
    },
  },
  // round 38 (en-n38): "u know what happens to the recording if u log off"
  {
    id: 'you-know-what-happens-to-the-recording-r38',
    phrases: [
      'you|u|ye|ya know|kno|knw what happens|will_happen|happens_next|i_will_do|ill_do|i_do|im_going_to_do|i_am_going_to_do to|with the|your|ur|those|that|these|my|our @photo|recording|recordings|footage|screenshot|screenshots|screen_recording|screenrecording|tape|stream|chats|dms|videocall|video_call|facetime ..3 if|when|unless|once|the_second|the_minute you|u|ye|ya',
      'remember|recall|mind what happens|will_happen|happens_next|i_will_do|ill_do|i_do|im_going_to_do|i_am_going_to_do to|with the|your|ur|those|that|these|my|our @photo|recording|recordings|footage|screenshot|screenshots|screen_recording|screenrecording|tape|stream|chats|dms|videocall|video_call|facetime ..3 if|when|unless|once|the_second|the_minute you|u|ye|ya',
    ],
    weight: 3,
    unless: ['lol|haha|lmao|jk|class|lesson|lecture|zoom|meeting|teacher|cloud|storage|drive|icloud|google_photos|settings|battery|autosave|save|saved|saving|backup|back_up|download|expire|expires|story|stories|disappear|disappears|deleted_automatically|camera_roll|quality|edit|editing|game|match'],
    examples: {
      match: ['get back on. you know what happens to the video if you leave', 'u kno what happens to those pics if u block me', 'remember what happens to the screenshots when u stop answering', 'mind what happens to the vid if ye block me'],
      ignore: ['you know what happens to the pics if you dont save them, they disappear', 'u know what happens to the recording if u log off the zoom? it stops', 'you know what happens to the video if the battery dies lol'],
    },
  },
  // round 39 (en-n39): "how your mum would react to seeing those photos", "or yer da sees them", "set to go public at 6pm"
  {
    id: 'how-would-your-people-react-to-the-pics-r39',
    phrases: [
      'how|what your|ur|yer @audience|da|ma|maw|nan|gran would|will|gonna|going_to react|feel|say|think|do ..3 seeing|see|sees|saw|find|found|got|get|gets|opened|open those|these|the|your|ur|yer|them|my|all_your|all_ur @photo|nudes|messages|texts|chats|dms|screenshots|screenshot',
      'how|what would|will|does|do your|ur|yer @audience|da|ma react|feel|say|think ..2 seeing|see|if_they_saw|when_they_see ..2 those|these|the|your|ur|yer|them|my|all_your|all_ur @photo|nudes|screenshots',
      'wondered|wonder|wondering|imagine|picture how|what your|ur|yer @audience|da|ma would|will react|feel|say|think ..4 those|these|your|ur|yer|them @photo|nudes|messages|screenshots',
    ],
    unless: ['recipe|cake|haircut|hair|tattoo|piercing|outfit|dress|prom|graduation|wedding|holiday|vacation|trip|baby|puppy|kitten|report_card|grades|results|surprise|gift|present|card|painting|drawing|art|room|house|garden|car'],
    examples: {
      match: ['ever wondered how ur dad would react to seeing those pics?', 'how would your family feel seeing the photos u sent me', 'imagine how your mum would react to your nudes'],
      ignore: ['how would your mum react to seeing the holiday photos lol', 'how will your parents feel seeing your grades', 'how would your mum react to seeing the new haircut pics'],
    },
  },
  {
    id: 'or-your-people-see-them-r39',
    phrases: [
      'or|else|otherwise your|ur|yer|you @audience|da|ma|maw|nan|gran|da_and_ma|mum_and_da see|sees|seeing|gets|get|receives|will_see|see_them|sees_them|gets_them|finds_out|get_them|will_get_them',
    ],
    unless: ['lol|haha|lmao|xd|rofl', 'dinner|tea|mess|room|dishes|chores|homework|report_card|grades|results|bedroom|fridge|car|bill|tab|phone_bill|game|match|recital|concert|play|show'],
    weight: 2,
    examples: {
      match: ['send another or yer da sees them', 'pay me now or your parents get them', 'do what i say or ur followers see everything'],
      ignore: ['clean ur room or ur mum sees the mess haha', 'hand it in today or your parents get the report card', 'do it now or ur mum sees the dishes lol'],
    },
  },
  {
    id: 'set-to-go-public-only-you-can-stop-r39',
    phrases: [
      'set|scheduled|timed|programmed|queued|ready|about to go|be|get public|posted|published|live|out|released|leaked|uploaded ..4 at|in|by|tonight|tomorrow|midnight|#|@timeunit',
      'uploaded|posted|queued|scheduled ..6 only you|u can stop|cancel|delete|remove|prevent|undo it|this|that',
      'only you|u can stop|cancel|prevent it|this|that ..4 going|go|from public|live|out|viral|posted|leaking|getting_out|being_posted|being_shared',
    ],
    unless: ['video_is_set_to|premiere|episode|trailer|album|song|single|track|podcast|stream|livestream|blog|newsletter|article|post_is_scheduled|our_video|my_video|my_channel|our_channel|youtube|tiktok_video|project|assignment|essay|homework|results|grades|tickets|sale|website|update|game|patch|season|movie|film|show'],
    examples: {
      match: ['the video is uploaded and set to go public at 9pm, only u can stop it', 'ur pics are scheduled to be posted tonight, only you can stop this', 'its queued and ready to go live in 2 hours'],
      ignore: ['my youtube video is set to go public at 6pm!!', 'the album is scheduled to be released at midnight', 'only you can stop the project from going public lol'],
    },
  },
] satisfies PatternEntry[];
