import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'show-mine-show-yours',
    phrases: [
      '@iwill show|send you|u mine',
      '@iwill send|show [you|u] ..2 one|mine|a_pic|a_nude|something|a_photo|a_video ..2 if_you|if_u|when_you|after_you|as_long_as_you|only_if_you ..2 send|show|do',
      '@iwill show|send you|u if|when you|u show|send',
      '@iwill show|send [you|u] ..2 my body|pics|pic|nudes|nude|boobs|tits|dick|privates|everything|all_of_me ..3 if|when|as_long_as|only_if you|u show|send|do',
      'i already|just showed|sent|send|gave [you|u] ..2 mine|one|something|a_pic|a_picture|a_photo|my_pic ..4 your|ur turn',
      '@iwill [send|show] ..3 show|send|give you|u mine ..4 if|when|and|then|after you|u',
      'show|send|give [you] mine ..3 if|and|when|then you|u ..3 show|send|give ..2 yours|me_yours|one|me_one',
      'show|send me yours ..3 and|then|and_then|after|if i|ill|@iwill ..2 show|send|give ..2 mine|you',
      'you|u show|send [me] yours ..3 i|ill|@iwill|and_i [will] show|send ..2 mine|you',
      'if you|u show|send [me] ..3 @iwill|i|ill [will] show|send ..2 you|u ..2 mine|one|something|too|back',
      'i showed|sent|send|gave you|u ..2 mine|one|something|a_pic|a_picture|a_photo|my_pic ..4 your|ur turn',
      'i showed|sent|send|gave ..3 mine|one|a_pic|a_photo|my_pic ..4 [now] [it|its] [is|s] your|ur turn',
      'i showed|sent|send|gave ..3 mine|one|a_pic|a_photo ..4 send|show ..2 me|yours|one|back',
      'i [already] [just] showed|sent you|u mine|my_pics|my_pic|my_body|my_nudes|my_photos',
      'i showed|sent|send|gave you|u [something|smth|mine|one|it|a_pic|a_photo] ..2 so|now|and|then ..2 show|send ..1 me|yours|urs|one|back',
      'i [already] [just] trusted|trust you|u with mine|my_pics|my_pic|my_body|my_nudes|my_photos|my_pictures',
      'you|u [already] saw|seen|have_seen|got|have mine ..3 now|so|its|send|show|your|ur|turn|where_is|wheres|yours|urs',
    ],
    unless: ['timetable|timetables|schedule|schedules|homework|answers|notes|results|grades|marks|essay|playlist|spotify|wrapped|screen_time', 'homework|answers|notes|schedule|code|link|drawing|art|playlist|essay|cards|card|deck|build|base|house|room|game|minecraft|roblox|fortnite|pokemon|key|keys|charger|phone|hoodie|jacket|book|pen|bag|lunch|number|address|seat|ticket|tickets|secret|secrets|password|result|results|grade|grades|score|scores|marks|report|report_card|test|exam|exams|timetable'],
    examples: {
      match: [ "i'll send you one if you send me one", "i showed you mine so now show me yours", "I already sent you a pic, now its your turn", "i'll show you if you show me",
        "I'll show you mine if you show me yours",
        'i sent mine, ur turn',
        'show me yours and ill show you mine',
        'if u send me one ill send u one back',
        'i showed you mine now its your turn',
        'i already sent you my pics',
        'i trusted u with mine, dont leave me hanging',
        'ur turn babe, i showed u so show me',
        'u already saw mine so send yours',
        "i'll show u my body if u show me urs",
      ],
      ignore: ["i'll show u mine if u show me urs (our timetables for next term obviously)", 'i sent mine, ur turn to send the homework', 'show me your minecraft base and ill show you mine', 'its your turn in the game', 'u have mine so send me the notes', 'i trusted u with my secret'],
    },
  },
  {
    id: 'trade-pics',
    phrases: [
      '@iwill send|show [you|u] one|mine|a_pic|a_nude|something first',
      'pic|pics|nude|nudes|selfie|photo|snap for a|one pic|pics|nude|nudes|selfie|photo|snap',
      'owe me a|one|some|another pic|pics|picture|nude|nudes|photo|video|selfie',
      'now|so [you|u] owe me one|1|a_pic|a_photo|a_video back',
      'owe me a_pic|a_photo|a_video|some back',
      'i [already|just] sent|showed|send ..5 now|so|then send|show [me] one|yours|urs|a_pic|something',
      'trade|swap|exchange ..2 pics|pictures|photos|selfies|nudes|nude|snaps|videos|noodz|noods',
      'switch pics|pictures|photos|selfies|nudes|snaps|noodz|noods',
      'pic|pics|nude|nudes|selfie|photo|snap for pic|pics|nude|nudes|selfie|photo|snap',
      'send|show ..2 one ..2 back',
      'your|ur turn ..2 to send|to_show|now_send|send_me|show_me|send_one|show_me_yours',
      'now|then send|show [me] yours|urs',
      'fair|only fair ..3 you|u send|show',
      'it is|its only fair ..3 send|show|you',
      'send|show [me] [one|yours|urs|it] ..2 so|to_make it|its|it_is|thats [only] fair|even',
      'you|u first ..2 then|and|i|ill|@iwill ..2 send|show',
      '@iwill send|show ..2 first ..2 if|then|and|but',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|birthday|bday|prom|graduation|yearbook|homework|notes|answers|game|card|cards|pokemon|stickers|skins|items|meme|memes|pet|dog|cat|class|pizza|lunch|coffee|food|dinner|ride|favor|favour|money|dollar*|buck*|shift|chores|gift|present|timetable|schedule|rota|form|forms|rsvp|answers|results|grades|scores|marks|list|wishlist|address|playlist|link|links|slip|permission|consent|ticket|tickets|payment'],
    examples: {
      match: [ "send me one back", "ill send you one first", "pic for a pic?", "let's trade nudes",'wanna trade pics?', 'pic for pic', 'send one back', 'your turn to send', 'now send me yours', 'its only fair you send one too', 'send one so its fair', 'u first then ill send', 'now u owe me one back'],
      ignore: ['i sent mine, now send urs - the permission slip', 'je vends ma switch 150€, photos dispo en mp', "there sent mine, ur turn to send ur timetable", 'you owe me one back for the pizza', 'u owe me one back for saturday', 'trade pics from the trip?', 'your turn in the game', 'swap pokemon cards?'],
    },
  },
  {
    id: 'your-turn',
    weight: 1,
    phrases: ['@iwill|i_have|i_got|ive_got|i_have_got ..1 something|smth|sth|somethin ..2 to show|to_send|for you|u', 'send|show me yours|urs|yours_now|urs_now', 'now [it|its] [is|s] your|ur turn', 'your|ur turn now', 'your|ur turn babe|baby|babygirl|cutie|sweetie|hun|hon|princess|gorgeous'],
    unless: ['korean|spanish|french|english|german|japanese|chinese|mandarin|italian|portuguese|arabic|russian|hindi|language|vocab|vocabulary|translate|translation|pronounce|pronunciation|sentence|word|words|quiz|riddle', 'spotify|wrapped|screen_time|screentime|tier_list|tierlist|ranking|rankings|outfit|haul|timetable|schedule|posted|story', 'homework|answers|notes|game|move|roll|dice|card|cards|pick|choose|play|round|song|movie|playlist|drawing|art|essay|code|link|video|meme|memes|funny|lol|haha|lmao|cat|dog|puppy|tiktok|reel|trick|skateboard|bike|car|room|school|tomorrow|at_school|cake|gift|present|surprise|result|results|grade|grades|score|scores|marks|report_card|exam|exams|timetable'],
    examples: { match: ['hey cutie, whats ur kik? i got something to show u 😏', 'send me urs', 'now its your turn', 'ur turn now', 'ur turn babe'], ignore: ['Ah! Thank you. Now your turn korean', 'your turn to pick the movie', 'now its your turn to roll the dice', 'i got something to show u, its a video of my cat lol'] },
  },
  {
    id: 'i-go-first',
    weight: 2,
    phrases: [
      '@iwill go|send|do_it first ..4 so|then|to|if|and you|u|know|prove|see|show|your_turn|ur_turn|serious|trust',
      'i [just] took|made|recorded|filmed|shot one|a_pic|a_video|a_selfie|some|pics|a_photo|something ..2 for|4 you|u|ya',
      'owe me one|1 back',
      'now [you|u] owe me one|1|something|some ..2 back|too|now|of_yours|of_you',
      'fair is|s fair ..3 send|show|your|ur|turn|one',
      'shy ..3 only_fair|its_fair|thats_fair|fair_is_fair',
      'only fair ..3 i|since|cuz|because|after ..2 sent|showed|send|show|showed_you|sent_you',
    ],
    unless: ['game|round|turn_to_pick|pick|choose|roll|dice|card|cards|truth_or_dare|question|questions|speech|presentation|interview|line|queue|solo|song|karaoke|drawing|art|homework|notes|answers|essay|lunch|coffee|pizza|food|dinner|ride|favor|favour|money|dollar*|buck*|shift|chores|gift|present|meme|memes|menu|receipt|screenshot|trip|vacation|concert|party|game_night|sunset|view|group|class|team|dog|cat|puppy'],
    examples: {
      match: ["ok i'll go first so u know im serious", 'i just took one for u 🥵 check ur dms', 'now u owe me one of yours', 'fair is fair, send one', 'u owe me one back 😏', 'dont be shy its only fair', 'its only fair since i showed u mine'],
      ignore: ['ill go first then you pick the song', 'i took a pic for u of the menu', 'now you owe me one for the pizza', 'fair is fair, your turn to roll', 'dont be shy its only fair to split the pizza', 'its only fair since i did the dishes yesterday'],
    },
  },
  {
    id: 'return-the-favour',
    phrases: [
      'i ..2 sent|showed|send|gave ..5 return|repay the|that favor|favour',
      'sent|showed|send ..4 pic|pics|photo|selfie|nude|nudes|video|mine|myself|me ..5 return|repay|returning the favor|favour',
      'your|ur turn ..2 to return|repay the favor|favour',
      'return|repay the favor|favour ..3 pic|pics|photo|selfie|nude|nudes|video|show|send_me|one_of_you|yours',
    ],
    unless: ['homework|notes|answers|money|dollar*|buck*|ride|lift|lunch|coffee|game|skin|skins|code|link|meme|memes|dog|cat|trip|vacation|playlist|essay'],
    examples: {
      match: ['ok sent u a pic of me, now return the favour 😘', 'i showed u mine, return the favor', 'return the favor and send me one of you'],
      ignore: ['i sent u the homework, return the favor and buy me lunch', 'i sent u the meme now return the favour lol'],
    },
  },
  {
    id: 'went-first-your-turn',
    phrases: [
      'you|u gotta|got_to|have_to|need_to|must|should send|show [me] one|yours|urs|something|a_pic|a_selfie first',
      'only fair ..4 just_one|one_pic|a_pic|pic|one_back|send_one|show_me|send_me',
      'i went|did_it|sent|showed|posed|sent_mine|showed_mine first ..4 fair_is_fair|fair|its_fair|only_fair|your_turn|ur_turn|now_you|now_u|so_you|so_u|send|show|do_yours|yours|urs|owe',
      'i did my part ..3 now|so|your|ur ..2 do|send|show|yours|urs|turn|part',
      'i [already] [just] sent|showed you|u ..3 of_me|of_myself ..3 now|so you|u|your|ur',
      'sent|showed|gave ..4 you|u owe me',
      'your|ur turn ..4 thats_how_it_works|that_is_how_it_works|how_it_works|fair_is_fair|its_only_fair|only_fair|i_went_first|i_did|i_sent|i_showed|i_already',
    ],
    unless: ['posted|spotify|wrapped|screen_time|screentime|tier_list|tierlist|haul', 'homework|answers|notes|project|essay|game|round|roll|dice|card|cards|pick|choose|song|movie|truth_or_dare|dishes|chores|lunch|pizza|coffee|money|dollar*|buck*|ride|gift|present|presentation|speech|interview|queue|line|drawing|art|chess|move|level|karaoke|meme|memes|playlist|link|code|address|number|invite|invitation|text|email|bill|rent|split|half|share|tickets|ticket|shift|driving|drive|sorry|apology|apologise|apologize|secret|secrets|password|story|stories|question|questions|dare|vote|match|team|trade|skin|skins|items|car|bike|dog|cat|puppy'],
    examples: {
      match: ['a surprise, but u gotta send one first', 'cmon its only fair. just one pic', 'cmon i went first, fair is fair', 'i did my part, now do yours', 'i sent you a pic of me, now you', 'i sent u one already so u owe me', 'ok so now its ur turn, thats how it works', 'i showed first so now its ur turn'],
      ignore: ['u gotta send the invite first, then i can join the game', 'i went first last round, your turn to pick', 'i did my part of the project, now do yours', 'i sent u the money already so u owe me nothing', 'fair is fair, you pick the movie', 'i went first in truth or dare, ur turn', 'i sent you the pic of me and the dog, now you send one of yours lol'],
    },
  },
  {
    id: 'one-of-me-then-you',
    phrases: [
      '@iwill send|show [you|u] ..4 of me|myself ..3 then|and|if|now|so you|u ..2 send|show|do|one|yours|urs',
      'if i show|send [you|u] [mine|one|something|it] ..2 will|would|can|could|do you|u show|send',
    ],
    unless: ['homework|answers|notes|project|essay|game|trip|vacation|holiday|party|beach|dog|cat|puppy|baby|grandma|mom|mum|dad|prom|dress|outfit|haircut|hair|costume|team|class|group|drawing|art|meme|memes|link|code|schedule|ticket|tickets|menu|recipe|room|house|car|lol|haha|lmao|passport|id'],
    examples: {
      match: ["i'll send you a pic of me, then you send one", 'if i show u will u show me', 'ill send u one of me if u send one too'],
      ignore: ['ill send u a pic of me and the dog then u send one of urs lol', 'if i show u my drawing will u show me urs', 'if i send you the notes will you send me the homework'],
    },
  },
  {
    id: 'one-of-me-too',
    weight: 2,
    phrases: ['@iwill send|show [you|u] one|a_pic|a_photo|a_selfie|some|pics|one_back ..1 of me|of_myself ..1 too|also|back|first|after'],
    unless: ['homework|trip|vacation|holiday|party|beach|dog|cat|puppy|baby|grandma|mom|mum|dad|prom|dress|outfit|haircut|hair|costume|team|class|group|meme|memes|lol|haha|lmao|concert|wedding|graduation|yearbook|passport|id|cast|braces'],
    examples: {
      match: ['ill send u one of me too', 'i will send you a pic of me first'],
      ignore: ['ill send u one of me at the beach too lol', 'ill send u a pic of me in my prom dress too'],
    },
  },
  // round 7 (en-tg): "u show me and ill show u", "fair trade, one for one"
  {
    id: 'you-show-then-i-show',
    phrases: [
      'you|u show|send [me] [first] ..2 and|then|n|an @iwill|i|ill [will] show|send [you|u] ..1 mine|urs|yours|too|back|something|one|u|you',
      'one|1 for one|1 ..3 pic|pics|photo|photos|selfie|selfies|nude|nudes|snap|snaps|vid|video|videos',
    ],
    unless: ['homework|answers|notes|schedule|code|link|drawing|art|playlist|essay|card|cards|pokemon|sticker|stickers|skin|skins|item|items|limiteds|robux|pet|pets|game|minecraft|roblox|fortnite|base|build|house|room|meme|memes|pizza|food|lunch|snack|snacks|candy|trade_in|shift|ticket|tickets|book|books|clothes|hoodie|shoes|sneakers|dance|move|moves|trick|tricks|dog|cat|puppy|grade|grades|test'],
    examples: {
      match: ['u show me and ill show u', 'one for one pics?', 'you send first then ill send mine'],
      ignore: ['u show me the notes and ill show u mine', 'fair trade one for one on the pokemon cards', 'fair trade? one for one, my sandwich for ur chips', 'one for one skins trade?', 'u show me the dance and ill show u my moves'],
    },
  },
  {
    id: 'send-one-get-two',
    phrases: [
      'send|show [me] one|1|yours|urs ..2 and|then|n|an @iwill|ill|i [will] send|show [you|u] #|two|three|more|back|mine|2',
      'you|u first ..1 then me|mine|i',
    ],
    unless: ['homework|answers|notes|schedule|code|link|drawing|art|playlist|essay|card|cards|pokemon|sticker|stickers|skin|skins|item|items|robux|game|minecraft|roblox|fortnite|meme|memes|pizza|food|lunch|snack|ticket|tickets|book|books|queue|line|turn|bathroom|shower|game|round|pick|choose|vote|song|karaoke|dance|present|presentation|speech|interview|dog|cat|puppy|after_you|ladies_first|lol|haha|lmao'],
    examples: {
      match: ['send one and ill send 2', 'u first, then me', 'show me urs and ill send u more'],
      ignore: ['send one meme and ill send 2 lol', 'u first in the queue, then me', 'u first then me in the shower, we r late'],
    },
  },
  // round 8 (en-eg): "u show me something i show u something", "ur turn, and delete after"
  {
    id: 'show-something-for-something',
    phrases: [
      'you|u show|send|snap [me] something|smth|sth|somethin ..2 i|ill|@iwill|and_i|then_i [will] show|send|snap [you|u] something|smth|sth|somethin|mine|one|back',
      'show|send|snap me something|smth|sth|somethin ..3 and|then|n|an i|ill|@iwill [will] show|send|snap [you|u] something|smth|sth|somethin|mine|one|back',
      'your|ur turn ..4 delete|disappears|disappear|snap|no_one_will_see|nobody_will_see|i_wont_save|i_will_not_save|wont_screenshot|will_not_screenshot|do_not_screenshot|dont_screenshot',
    ],
    unless: ['homework|answers|notes|schedule|code|link|drawing|art|playlist|essay|card|cards|pokemon|sticker|stickers|skin|skins|item|items|game|minecraft|roblox|fortnite|base|build|meme|memes|tiktok|reel|funny|trick|tricks|dance|move|moves|song|magic|cat|dog|puppy|pizza|food|lunch|secret_santa|gift|present|roll|dice|pick|choose|round|level|chess|photo_of_the|pic_of_the'],
    examples: {
      match: ['wanna trade? u show me something i show u something', 'show me something and ill show u something', 'ur turn. and delete after, snap doesnt save anyway'],
      ignore: ['u show me a trick ill show u something cool in minecraft', 'show me something funny and ill send u a meme back', 'ur turn to roll, and delete the old save after'],
    },
  },
  // round 8 (en-eg): "i already showed u, now u", "send yours first", "u never sent one back"
  {
    id: 'showed-you-now-you',
    weight: 2,
    phrases: [
      'i [already|just] showed|sent|send you|u [mine|one|it|something|smth|a_pic|a_selfie] ..1 now|so you|u|your|ur',
      'send|show|snap [me] yours|urs|your_pic|ur_pic|your_one|ur_one first',
      'you|u show|send|snap [me] [yours|urs] first',
      'i [already|just] showd|shwd|snt|sentt|sended|shown you|u [mine|one|it] ..2 now|so|your|ur',
      'never|did_not|didnt|still_have_not|still_havent|have_not|havent|still_did_not|still_didnt sent|send|showed|show ..2 pic|pics|photo|one|yours|urs|anything|selfie ..1 back',
    ],
    unless: ['homework|answers|notes|schedule|code|link|drawing|art|playlist|essay|card|cards|skin|skins|item|items|game|minecraft|roblox|fortnite|meme|memes|money|dollar*|buck*|cash|venmo|paypal|invite|invitation|address|number|email|form|forms|slides|file|files|doc|docs|receipt|ticket|tickets|pizza|lunch|text|message|reply|lol|haha|lmao|the_pic_of|the_pics_from|trip|party|dog|cat|puppy|book|books|hoodie|charger|captain|leader|host|presentation|speech|team|queue|line|round|demo|project'],
    examples: {
      match: ['i already showed u, now u', 'send yours first', 'u never sent the pic back', 'u show first', 'i showd u mine, ur turn'],
      ignore: ['i already sent u the link, now u', 'send yours first, the form closes at 5', 'u never sent the pics from the trip back lol'],
    },
  },
  // round 8 (en-eg): "lets play a game, i send one u send one" (a "game" is the pretext, so it does not cancel)
  {
    id: 'i-send-one-you-send-one',
    phrases: [
      'i send|show|snap one|1|mine|a_pic|a_photo ..1 you|u send|show|snap one|1|yours|urs|back|a_pic',
    ],
    unless: ['homework|answers|notes|schedule|code|link|drawing|art|playlist|essay|card|cards|pokemon|sticker|stickers|skin|skins|item|items|meme|memes|tiktok|reel|song|songs|recipe|question|questions|word|words|emoji|gif|gifs|dice|move|letter|letters|postcard'],
    examples: {
      match: ['ok lets play a game, i send one u send one'],
      ignore: ['lets play a game, i send one song u send one song', 'i send one meme u send one back lol'],
    },
  },
  // round 9 (en-n9g): cam-site "ill put mine on first", chat-room "u gotta send 1 back", "i show u something and u show me something"
  {
    id: 'cam-on-first-then-you-r9',
    phrases: [
      '@iwill|i|i_will put|turn|switch mine|my_cam|my_camera|my_webcam|it on ..2 first ..4 then|and|so|now you|u ..2 show|turn|put|switch|do',
      'i|i_will|@iwill put|turn|turned|switch|switched mine|my_cam|my_camera|my_webcam on ..4 you|u|now|so ..2 show|turn|put|switch|do ..2 yours|urs|me|on',
    ],
    unless: ['game|settings|meeting|class|zoom|lesson|lol_jk|music|song|playlist|prom|party|wedding|formal|outfit_for'],
    examples: {
      match: ['ill put mine on first, then u show me', 'i turned my cam on now u turn urs on', 'i put mine on so u turn yours on'],
      ignore: ['ill put mine on first then u show me the game settings'],
    },
  },
  {
    id: 'gotta-send-one-back-r9',
    phrases: [
      'you|u got_to|gotta|have_to|must|need_to|got send|show ..2 1|one|some|a_pic|one_back|1_back ..1 back|too|aswell|as_well|in_return',
      'want|want_to|like to see|c my pic|pics|body|photo|photos|selfie ..6 send|show ..2 1|one|yours|urs|some ..1 back|too|first|in_return',
      'i want to show you|u something|smth|sth ..3 and|if|then you|u show me ..1 something|smth|sth|yours|urs',
      'show you|u ..2 something|smth|sth ..3 and|if|then you|u show me ..1 something|smth|sth|yours|urs',
    ],
    unless: ['homework|notes|answers|result|results|grade|grades|score|scores|marks|report|test|exam|drawing|art|game|card|cards|meme|memes|trick|video_of|song|playlist|recipe|letter|postcard|christmas_card|birthday_card|thank_you'],
    examples: {
      match: ['wanna c my pic? u gotta send 1 back tho', 'bc i wanna show u something and u show me something 🙈', 'u have to send one back'],
      ignore: ['u gotta send one back, its a christmas card chain lol', 'i wanna show u something and u show me ur drawing'],
    },
  },
  {
    id: 'sent-mine-your-turn-r11',
    weight: 3,
    phrases: [
      'your|ur turn [now] ..2 do not|do_not leave me hanging',
      'sent|showed|did mine ..6 your|ur turn|go',
      'i|just|already sent|showed mine ..2 now you|u|your|ur|send|show',
      'where_is|wheres|wer|where_are yours|urs ..4 i|ive|i_have|already sent|showed mine',
    ],
    unless: ['homework|answers|notes|game|move|roll|dice|card|cards|pick|choose|play|round|song|movie|playlist|drawing|art|essay|code|link|meme|memes|funny|tiktok|reel|school|at_school|cake|gift|present|result|results|grade|grades|score|scores|marks|report_card|exam|exams|timetable|form|forms|application|rsvp|vote|votes|list|wishlist|order|address|payment|money|deposit|recipe|review|feedback|assignment|coursework|quiz|number|question|questions|what_did_you_get|what_did_u_get|q1|q2|q3|q4|q5|section|page|slip|permission|consent|ticket|tickets'],
    examples: {
      match: ['ur turn now dont leave me hanging 😏', 'there, sent mine. ur turn', 'i sent mine now u send', 'wheres urs? i already sent mine'],
      ignore: ["ur turn now dont leave me hanging, what did u get for number 5", 'i sent mine, ur turn to send the homework answers', 'sent my rsvp, ur turn', 'your turn, dont leave me hanging in this game'],
    },
  },
  // ---- round 12 (en-n12): trades offered mid-request ----
  {
    id: 'if-you-show-me-ill-show-r12',
    phrases: [
      'if you|u show|send me ..5 @iwill show|send [you|u] mine|one|some',
      'pic|pics|photo|photos|selfie|selfies|video|vid|cam|snap ..6 @iwill send|show|do [you|u] mine|one ..1 too|back|as_well|also|first',
      'i [already|just] sent|showed|did ..1 mine|one|you_mine ..4 fair|your_turn|ur_turn|you_owe|u_owe|now_you|now_u|only_fair',
    ],
    unless: ['timetable|timetables|schedule|notes|homework|answers|results|grades|score|scores|marks|essay|drawing|drawings|art|playlist|outfit|fit|ootd|recipe|card|cards|code|link|screen_time|wrapped|spotify|report|worksheet|test|exam|quiz|rank|stats|setup|build|room|tickets|receipt|location'],
    examples: {
      match: ['if u show me whats under the hoodie ill show u mine', 'can u send a pic in just ur towel after shower? ill send mine too', 'come on i already sent mine, fairs fair', 'i just sent one, ur turn'],
      ignore: ['ill show u mine if u show me urs (our timetables for next term obviously)', 'send a pic of ur spotify wrapped ill send mine too', 'i already sent mine, ur turn to send the homework'],
    },
  },
  // ---- round 13 (en-n13) ----
  {
    id: 'i-sent-now-your-own-r13',
    phrases: [
      'i [already|just] sent|showed|did [you|u] [mine|one|it|my_pic|my_pics|a_pic] ..2 now your|ur own|turn|one|pic|go',
    ],
    unless: ['homework|part|answers|notes|project|essay|form|money|half|share|quiz|game|move|level|code|link|playlist|song|invite|list|order|address|pay|paid|venmo'],
    examples: {
      match: ['ok baby i sent, now your own. show face too', 'i showed u mine, now ur turn', 'i sent one now ur turn'],
      ignore: ['i sent my part, now your turn to do the essay', 'i sent the money now ur turn to pay'],
    },
  },
  // round 16 (en-n16): broken-grammar trade offer "I show you my body if you show yours"
  {
    id: 'my-body-if-you-show-r16',
    phrases: [
      'i|me|@iwill show|send [you|u] my @body|pic|pics|photos|nudes|video|everything ..3 if|when|and you|u show|send [me] [yours|urs|your|ur|too|also]',
    ],
    unless: ['homework|notes|answers|drawing|art|painting|outfit|dress|haircut|hair|nails|tattoo|room|house|garden|dog|cat|puppy|cake|playlist|spotify|wrapped|results|grades|report|tickets|costume|car|bike|trick|move|moves|deck|cards|collection'],
    examples: {
      match: ['You want we do video? I show you my body if you show yours', 'i will show u my pics if u show me yours', 'i send you my photos and you send yours'],
      ignore: ['i show you my drawing if you show yours', 'ill show u my outfit if u show me urs for the party'],
    },
  },

  // round 19 (en-n19): "dont be a tease, send one back"
  {
    id: 'tease-send-one-back-r19',
    phrases: [
      'tease|fair|your_turn|ur_turn|my_turn_was ..4 send|show ..1 one|some|a_pic|a_photo|pic|yours|urs back|in_return|too|now',
    ],
    unless: ['essay|homework|notes|meme|memes|link|playlist|recipe|card|postcard|gift|present'],
    examples: {
      match: ['dont be a tease, send one back', 'fair is fair, send yours back'],
      ignore: ['i sent u my essay, its ur turn send yours back for peer review'],
    },
  },
  // round 23 (en-n23): "sent u mine 😏 ur turn", "done. now your side 😘"
  {
    id: 'sent-you-mine-your-side-r23',
    weight: 3,
    phrases: [
      'sent|showed|send|snapped [you|u] mine ..6 your|ur turn|go|side',
      'done|there|sent ..1 now your|ur side|part|end',
      'your|ur side|end|part of the deal|bargain ..3 send|show|now|pic|pics|photo|one',
    ],
    unless: ['homework|answers|notes|game|move|roll|dice|card|cards|photocard*|pc|pcs|pick|play|round|song|playlist|drawing|art|essay|code|link|meme|memes|school|cake|gift|present|results|grades|score|marks|exam|timetable|form|rsvp|vote|list|wishlist|order|address|payment|money|deposit|recipe|review|assignment|coursework|quiz|question|page|rent|bill|bills|chores|dishes|the_story|of_the_story|story|argument|debate|the_room|bed|the_bed|the_pitch|the_field|the_court|team|tickets|ticket|invoice|contract|survey|parcel|package|project|presentation|slides|report|lab|poster|shift|work|job'],
    examples: {
      match: ['sent u mine 😏 ur turn', 'done. now your side 😘 and keep this between us', 'ur side of the deal now, send it'],
      ignore: ['sent u mine, ur turn to send the answers for q3', 'now your side of the room is messy lol', 'your side of the story?'],
    },
  },
  // round 24 (en-n24): broken-grammar trade offers from fake "girls" ("i send u sexy pic if u send 1 of u first")
  {
    id: 'i-send-if-you-send-r24',
    phrases: [
      'i [will|can] send|show|give|snap [you] ..2 sexy|hot|spicy|naughty|cheeky|nude|nudes|pic|pics|photo|photos|body|selfie|video|boobs|mine ..3 if|when you send|show|give|snap ..2 1|one|yours|urs|pic|of_you|too|first|back|mine|something',
      'you|u first ..2 then i|ill|@iwill send|show|snap|give ..2 mine|sexy|hot|nude|nudes|pic|pics|more|everything|body',
    ],
    unless: ['trip|holiday|vacation|party|notes|homework|worksheet|answers|wedding|concert|dog|cat|puppy|game|match|class|school|group|recipe|outfit|dress|fit|haircut|nails|setup|room|drawing|art|meme|memes|code|link|playlist|address|location|menu|timetable|timetables|schedule|grades|results|report|marks|score|scores|essay|list|answers|tickets|receipt|screen|screenshot|screenshots|wrapped|spotify'],
    examples: {
      match: ['i send u sexy pic if u send 1 of u first 🙈', 'i show u my body if u show urs', 'u first then ill send mine 😘'],
      ignore: ["i'll show u mine if u show me urs 👀 (our timetables for next term obviously)", 'i send u the pics from the trip if u send urs too', 'ill show u my outfit if u show me urs', 'u first then ill send my notes lol'],
    },
  },
  // round 25 (en-n25): "call me on video, i show u everything"
  {
    id: 'call-and-i-show-everything-r25',
    phrases: [
      'call|cam|video|facetime|vc|video_call|videocall ..6 i|@iwill show|shows you|u everything|all|mine|my_body|more|it_all',
    ],
    unless: ['bought|got|haul|room|house|new_room|new_place|apartment|dorm|outfit|dress|shoes|presents|gifts|school|campus|garden|puppy|dog|cat|kitten|tour|project|slides|homework|game|build|setup|how_to|how|steps|recipe|cake|nails|hair|makeup|grandma|nana'],
    examples: {
      match: ['ok call me now on ig video, i show u everything 😘', 'get on cam and ill show u mine'],
      ignore: ['facetime me and ill show u everything i bought', 'call me later ill show u how to do the homework'],
    },
  },
  // round 27 (en-n27): "sent u one 😳 ur turn now", "wanna see mine? show me urs first"
  {
    id: 'sent-you-one-your-turn-r27',
    phrases: [
      'sent|showed you|u one|mine|it|a_pic|a_photo|a_selfie|a_nude|my_pic ..3 your|ur turn|go',
      'want_to|wanna|do_you_want_to|dyou_want_to see mine ..3 show|send me ..1 urs|yours|your|ur [first]',
    ],
    unless: ['trip|holiday|vacation|party|notes|homework|worksheet|answers|wedding|concert|dog|cat|puppy|pet|game|match|move|round|card|cards|class|school|group|recipe|outfit|dress|fit|haircut|nails|hair|setup|room|drawing|drawings|art|meme|memes|tiktok|reel|reels|code|link|playlist|address|location|menu|timetable|timetables|schedule|grades|results|report|marks|score|scores|essay|list|tickets|receipt|screen|screenshot|screenshots|wrapped|spotify|costume|tattoo|tattoos|build|lego|cake|baking|garden|nails|lol|haha|lmao|rank|stats|wordle|quiz'],
    examples: {
      match: ['sent u one, ur turn now', 'i just showed you mine, your turn', 'wanna see mine? show me yours first'],
      ignore: ['sent u my wordle, ur turn lol', 'wanna see mine? show me urs first, my drawing is so bad', 'i sent you one card, your turn'],
    },
  },
  // round 30 (en-n30): "I send a selfie you send one back", "more daring. I'll go first, shirt off"
  {
    id: 'i-send-one-you-send-one-back-r30',
    phrases: [
      'i|@iwill send|show ..4 you|u send|show ..2 one|back|yours|urs|one_back|the_same',
    ],
    unless: ['notes|homework|slides|answers|link|links|meme|memes|song|songs|playlist|recipe|card|cards|sticker|stickers|gif|gifs|move|word|wordle|emoji|emojis|pokemon|code|codes|money|location|address|list|question|questions|file|files|doc|docs|pdf|essay|dog|cat|pet|puppy|timetable|timetables|result|results|maths|math|grades|marks|score|scores|schedule|obviously'],
    weight: 2,
    examples: {
      match: ["let's play a game. I send a selfie you send one back", 'ill send a pic then u send one back', 'i show u mine u show me yours'],
      ignore: ['i send the notes you send the slides back', 'i send a meme you send one back, go', 'i send you a song you send one back', 'i got my maths result back, ill show u mine if u show me urs'],
    },
  },
  {
    id: 'more-daring-i-go-first-shirt-off-r30',
    phrases: [
      'i|@iwill go|going first ..4 shirt|top|clothes|pants|trousers|jeans|bra|hoodie|tshirt|t_shirt off|gone|removed',
      'more|bit_more|little_more daring|risky|spicy|revealing|naughty|sexy|dirty ..6 shirt|top|clothes|pants|trousers|jeans|bra|hoodie|tshirt|t_shirt off|gone|removed',
    ],
    unless: ['pool|swim|swimming|lake|beach|sea|river|sauna|heat|heatwave|sunburn|tan|football|soccer|basketball|skins|gym|workout|doctor|xray|x_ray|costume|fitting|tailor|laundry|wash|spill|spilled|paint'],
    examples: {
      match: ["ok now a bit more daring. I'll go first, shirt off", 'ill go first, top off, then ur turn', 'something more spicy this time, clothes off'],
      ignore: ['ill go first in the lake, shirt off lol', 'it is so hot, ill go first, shirt off at the beach'],
    },
  },
  // round 33 (en-n33): "trade? one of mine for one of yours"
  {
    id: 'one-of-mine-for-one-of-yours-r33',
    weight: 2,
    phrases: [
      'one|pic|pics|photo|photos|selfie|selfies of mine for|4 one|pic|pics|photo|photos|selfie|selfies of yours|urs|ur|your',
      'trade|swap|exchange ..3 mine for|4 yours|urs',
    ],
    unless: ['card*|pokemon|sticker*|skin*|item*|game*|note*|homework|book*|shirt*|hoodie*|jersey*|jumper*|lunch*|sandwich*|seat*|shift*|spot*|place*|turn*|room*|bed*|bike*|case*|pen|pens|pencil*|snack*|answer*|charger*|vinyl*|record*|lego*|figure*|plushie*|hat|hats|shoe*|sweets|candy|chocolate*|song*|playlist*|recipe*|drawing*|art|meme*|sock*|ticket*|shift*|slot*|lol|haha|lmao'],
    examples: {
      match: ['trade? one of mine for one of urs', 'swap pics, mine for yours', 'one selfie of mine for one of yours'],
      ignore: ['trade one of my cards for one of urs?', 'swap seats, mine for yours', 'swap hoodies mine for yours lol'],
    },
  },
  // round 39 (en-n39): "wanna do a private snap thing? like send each other stuff we cant post"
  {
    id: 'send-each-other-stuff-we-cant-post-r39',
    phrases: [
      'send|swap|trade|share|exchange each_other|eachother|each_others ..3 stuff|things|content|pics|pictures|photos|videos ..3 we|you|u|i can_not|cannot|could_not|couldnt|should_not|would_not|not post|show|share|put_online',
      'stuff|things|pics|pictures|photos|content we|you|u can_not|cannot|should_not|would_not post|show ..4 send|swap|trade|share|exchange each_other|eachother',
    ],
    unless: ['homework|answers|notes|memes|music|songs|playlist|recipes|spoilers|leaks|drafts|game|copyright|school_rules|work_stuff|nda|embargo|trailer|merch'],
    examples: {
      match: ['wanna swap each other pics we cant post anywhere 😏', 'lets send each other things we would not post on main', 'stuff we cant post, we could send each other on snap'],
      ignore: ['lets send each other memes we cant post at school', 'we should swap each other the spoilers we cant post yet', 'send each other the answers we cant post in the group chat'],
    },
  },
] satisfies PatternEntry[];
