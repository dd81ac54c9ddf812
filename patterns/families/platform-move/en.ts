import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'got|have_you_got|have_u_got|you_got|u_got @app',
      'what|whats|wats is|s your|ur number|phone_number|cell|digits|mobile|phone',
      'whats|wats your|ur number|phone_number|cell|digits|mobile|phone',
      'give|send|drop me your|ur number|phone_number|digits|cell',
      'add|follow|message|text|dm|msg|hit|find|hit_me_up|call|snap|sc|pm|inbox me [up] on|at|in|thru|through|via @app',
      'add|follow|message|text|dm|msg|hit my @app',
      'do|got|have|use you [have|got|use] @app',
      'you|u got|have|on|use @app',
      'what|whats|wats is|s [your|ur] @app|handle',
      'whats|wats [your|ur] @app|handle',
      'send|give|drop|tell me [your|ur] @app',
      'can|could i get|have [your|ur] @app',
      'drop|send|give ..2 your|ur @app|number|digits|handle|username|user|tag',
      'my @app is',
      'add|follow|message|text|dm|msg|hit|find|hit_me_up|pm me [up] on|at|in|over [the|my] other|another|different|second|private|secret app|account|platform|acc',
      'talk|chat|text on|over|in [the] other|another|different|a_different|a_private|a_secret app|platform',
    ],
    unless: ['during_games|during_the_game|during_matches|while_we_play|while_gaming|when_we_play|for_gaming|for_the_games', "show_you_my|puppy|kitten|new_room|new_dog", 'who_follows_you|who_follow_you|everyone_who_follows|people_who_follow_you', "text|call|ring|message you|u when|once i_am|im|i|i_get|i_arrive ..1 there|here|outside|arrive|close|parked", 
      'add|follow me on @app ..3 for|to the group|team|squad|class|project|game|server',
      'for|to the group|team|class|project|server|study',
      'group_chat|gc|groupchat|class_chat|team_chat|bio_class|same_class|in_class|the_class|for_class|homework|assignment|teacher|coach|project|ranked|duo|squad|we_need|play|fortnite|minecraft|valorant|apex|cod|new_phone|lost_all|lost_my|my_contacts|new_number|changed_my_number|crashing|keeps_crashing|not_working|same_username|login|log_in|password|passcode|pin|verification_code|credentials',
    ],
    examples: {
      match: [ "what's ur @", "do you have snapchat", "text me on kik", "what's your number", "give me your number",'add me on snap', 'hmu on telegram', 'whats ur snap?', 'do you have kik', 'send me ur sn@p', 'add me on 👻', 'what is your whatsapp', 'u got discord?', 'drop ur insta', 'my snap is jake_22', 'add me on the other app', 'add my finsta, its private'],
      ignore: ['add me on discord its way easier to chat during games', 'whats ur discord, easier for the games', "call me on facetime and ill show u my new puppy", "Ill text you when im there, whats your number", 'i deleted snap lol', 'the snap filter is funny', 'add me on discord for the project group', 'my snap streak is 200 days', 'whats ur snap? we r in the same bio class lol', "what's ur snap? new phone lost all my contacts", 'add me on the other app, this one keeps crashing, same username'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'download|install|get @app ..3 so|and|to|we|then|plz|please|its',
      'download|install @app',
      'lets|let_s|let_us|can_we|want_to|we_should|should_we|could_we go|move|talk|chat|take_this|take_it private|privately|somewhere_private|to_dms|to_dm|to_private|in_private',
      'come|move|go|slide|hop to|in|into dm|dms|pm|pms|private|inbox|my_dms|my_dm',
      'let|lets [us|s] talk|chat|move|continue|go|switch|text|hop ..2 on|to|in|over|into|onto @app',
      'talk|chat|text|message|speak on|in|over @app instead|better|easier|more_private|its_easier|its_better|cuz|because',
      '@app ..2 is|its|s more|much_more|way_more private|safer|secure|discreet',
      'more private on|in|over @app',
      'this|here app|site|chat|platform is|gets ..3 boring|lame|glitchy|laggy|monitored|watched|weird|slow|trash|annoying',
      'can|could we talk|chat|move|go|text ..2 somewhere|someplace more|else ..2 private|else|quiet',
      'can|could|should we move|take|switch this|it|us|the_convo|the_chat|our_chat|the_conversation to|over_to|on|onto @app',
      'somewhere|someplace|an_app more private|safer|quieter',
      'private chat|chats|dm|dms|convo|room|call|vc',
      'wanna|want_to|lets|can_we|should_we ..2 chat|talk|text ..2 there|privately|in_private|in_dms|on_dms',
      'come|hop|jump|slide [and|n] talk|chat|text|dm|msg|message [to_me|with_me|me] on|in|over|thru|through|via @app',
      '@app is|its|s less|not|way_less|so_much_less|much_less|never laggy|glitchy|boring|monitored|watched|slow|buggy',
      'take|move|bring this|it|us|the_chat|the_convo|our_chat|things to|on|onto|over_to|over_on @app',
      'hop|jump|get|go|come|move on|onto|to @app priv|privately|private|alone|just_us|just_me_and_you|with_just_me',
      'text|call|message|msg|whatsapp|ring me on|at this|my number|cell|phone ..3 instead|better|easier|from_now_on|so|its|it_is',
      // round 28 (en-n28): "we should talk on telegram, insta reads our msgs"
      'we|you|u should|could|can|gotta|need_to|got_to talk|chat|text|move|switch|continue|go ..2 on|to|in|over|into|onto @app',
      '@app|this_app|this_site|here reads|monitors|watches|checks|scans|spies_on|screens|tracks ..2 our|your|ur|the|all msgs|messages|chats|dms|texts|convos',
      'get|download|install|use|on @app ..4 deletes|delete|disappear*|vanish*|auto_delete|autodelete|self_destruct*|no_trace|untraceable|can_not_be_traced|no_one_can_see|nobody_can_see|encrypted',
    ],
    unless: ["appointment|doctor|dr|clinic|telehealth|patient|nurse|therapist|gp|reception|pharmacy", 'with|for the class|group|team|project|guys|squad|server|gc|homework', 'private_chat_for|group_chat|private_server|teacher|coach|gc|groupchat|the_group|our_server|the_server|everyone', 'about_the_homework|for_homework|the_homework|family_group|family_chat|the_family|safety_feature|for_bullying|anti_bullying'],
    examples: {
      match: [ "let's go to whatsapp", "let's talk on discord", "download telegram", "lets go private","let's talk on telegram instead", 'can we move this to whatsapp', 'this app is so boring, lets chat somewhere more private', 'we can talk more private on kik', 'wanna chat there', 'telegram is more private', 'just a fan lol. come talk on kik its less laggy', 'come chat with me on telegram', 'snap is way less glitchy', 'lets take this to whatsapp', 'hop on snap priv', 'text me on this number instead 555 0199', 'u should get signal, it deletes msgs', 'we should chat on telegram tbh', 'u could text me on kik', 'insta reads our dms so come to snap'],
      ignore: ["we should talk on discord with the squad about the raid", 'instagram reads the captions out loud now', 'we could move to whatsapp, the family group is there', 'this app monitors the messages for bullying, its a safety feature', "Please join the video call 5 min early from a private room and have your ID ready for your appointment.", 'we talked on the phone yesterday', "let's move the project chat to discord with the group", 'this game is boring', 'yo the gc is dead lets move to discord', 'come chat on discord with the squad', 'the telegram update is less laggy now? idk', 'lets take this to whatsapp with the group', 'hop on discord private server with the squad', 'text me on my number instead for the group project'],
    },
  },
  {
    id: 'video-call',
    weight: 1,
    phrases: [
      'dm|pm|inbox me',
      'facetime|ft|videocall|video_call|skype me|with_me',
      'facetime|ft|videocall|video_call me ..2 tonight|later|when|now|right_now|on|at|rn',
      'wanna|want_to|lets|let_us|can_we|could_we|should_we ..2 facetime|ft|videocall|video_call|vc|video_chat|cam|camchat|skype|video_call',
      'do|can|could|will you ..2 facetime|ft|videocall|video_call|vc|video_chat|cam|camchat',
      'can|could|may i ..2 facetime|ft|video_call|videocall|vc you|u',
      'we should|could|can|got_to|need_to ..2 facetime|ft|vc|videocall|video_call|video_chat|skype|camchat ..2 sometime|tonight|later|rn|right_now|now|soon|one_day|someday|alone|privately|again',
      'hop|jump on|onto facetime|ft|vc|videocall|video_call|video_chat|skype',
      'get|come on|onto facetime|ft|vc|videocall|video_call|video_chat|skype ..3 with_me|for_me|now|rn|right_now|tonight|and|so|quick|real_quick',
    ],
    unless: ["breaking_up|break_up_with|breakup", 'tell_you|tell_u|what_happened|spill|tea|rant|vent|drama|gossip|group|class|team|project|homework|study|teacher|coach|the_squad|everyone|guys|zoom_link|meeting|play|game|fortnite|minecraft|roblox|valorant|ranked|match|squad|duo|apex|cod|practice|lab|help_me|help_with|help_w|need_help|chem|math|bio|biology|physics|essay|grandma|grandpa|mom|dad|aunt|uncle|cousin', 'call_us|facetime_us|ft_us|vc_us|skype_us|nana|nan|gran|granny|grandad|granddad|grandmother|grandfather|mum|auntie'],
    examples: {
      match: [ "lets facetime", "dm me", "lets video chat",'facetime me tonight', 'wanna vc?', 'can we facetime', 'can i facetime you', 'we should vc sometime', 'go lock ur door and hop on facetime'],
      ignore: ["if u dont facetime me tonight im breaking up w u (jk ily)", 'wanna facetime? i need to tell u what happened w sam', 'facetime me when ur done with homework', 'the zoom link for class is in the email', 'join the group vc', 'facetime me when ur done with practice? i need help w the chem lab', 'we should facetime grandma tonight',
        'Can you video call us on Saturday, nana cant work the ipad'],
    },
  },
  {
    id: 'private-room-alone',
    phrases: [
      'keep ..2 company ..4 on|over video|cam|facetime|call|vc|video_call|the_phone',
      'private|secret|own server|channel|room|chat|groupchat|vc ..5 talk|chat|be|hang ..2 alone|privately|in_private|just_us|just_the_two_of_us|just_you_and_me|just_u_and_me|without_anyone|no_one_else',
    ],
    unless: ['squad|team|guys|everyone|everybody|build|minecraft|the_group|raid|class|project|homework|study|lol|haha|lmao|bestie'],
    examples: {
      match: ['we could keep each other company at night on video 💕', 'join my private server so we can talk alone', 'i made a secret channel just for us to chat just us'],
      ignore: ['join my private server for the minecraft build with the squad', 'we made a private server so the team can talk alone before the match'],
    },
  },
  {
    id: 'number-handle-or-call',
    phrases: [
      'ring|bell|phone|call me on|at this|my number|mobile|cell',
      'then|so|and we can|could vc|facetime|ft|videocall|video_call|video_chat',
      'add|follow|dm|message my spam|alt|priv|private|second|other|finsta|secret acc|account|page|instagram',
      'talk|chat|text|go|move ..2 somewhere|someplace|an_app|a_place private|privately|more_private|quiet|quieter|safer',
      'get|hop|jump|come on snap|snapchat|kik|telegram|whatsapp|signal|wickr|skype|instagram|insta|wechat|viber|threema|facetime',
      'switch|slide|hop|jump ..1 to|into|in dm|dms|pm|pms|private|priv|private_chat|my_dms',
      'join my [private|secret|own|little] discord|server|channel|groupchat|private_server|telegram|telegram_channel',
      'do|got|have you|u [have|got] a|any phone_number|number|cell|cell_number|mobile|mobile_number',
      'another|other|different|second app|platform|site|account ..2 we|to can|could talk|chat|text',
      'can|could|may i get|have [your|ur] number|digits|phone_number|cell|cell_number|mobile|mobile_number',
      'your|ur username|user|handle|tag|at|acc|account|id on|for @app',
      'text|call|message|msg|whatsapp|ring|dm|add me at|on|to # # #',
      'send|text|message|msg|add|contact|dm ..5 to|on|at|via my @app|number|cell|private_number',
      'lets|let_s|let_us|we_should|we_could|can_we|should_we use|try|switch_to|move_to|go_on|get_on @app',
      'hop|jump|get|come in|into|on [a|the|my] vc|voice_chat|video_chat|call|voice_call|video_call ..2 on|in|with @app|me|just_us',
      'we could|can|should facetime|ft|videocall|video_call|video_chat|skype',
      'talk|chat|text|message [more] on|over|in|to my other|second|private|secret|alt|spam|personal account|acc|app|number|phone',
      'text|call|message|msg|whatsapp me instead ..3 number|cell|digits|heres|here_is|here_s',
      'message|msg|text|dm|pm|chat|talk|inbox me|with_me privately|in_private|in_priv|on_priv|priv',
      'heres|here_is|here_s|this_is my number|cell|digits|private_number|personal_number|snap|@app ..2 text|message|msg|add|call|dm|hmu|hit_me_up|instead',
    ],
    unless: [
      'group_chat|gc|groupchat|class_chat|team_chat|group|team|class|project|homework|assignment|teacher|coach|study|squad|server|we_need|play|game|games|ranked|match|duo|fortnite|minecraft|valorant|apex|cod|roblox|practice|lobby|raid|new_phone|lost_all|lost_my|my_contacts|new_number|changed_my_number|crashing|not_working|same_username',
      'grandma|grandpa|mom|mum|dad|aunt|uncle|cousin|filter|filters|streak|streaks|lens|meeting|zoom_link|link_in|delivery|order|package|appointment|interview|landlord|plumber|customer|support',
    ],
    examples: {
      match: ['ring me on this number', 'add me, then we can vc and u can turn ur cam on so i know ur real', 'is ur insta private? add my spam acc, its more chill there', 'just wanna talk somewhere private, get on snap', 'lets switch to dms', 'join my discord', 'do u have a phone number', 'do u have another app we can talk on', 'we can talk more on my other account', 'message me privately', 'text me instead, heres my number', 'can i get ur number', 'whats ur username on insta', 'text me at 555 201 3344', 'send full body photos to my whatsapp', 'this app deletes messages, lets use wickr', 'lets hop in a vc on discord', 'so ur alone til then? we could facetime', 'we should facetime'],
      ignore: ['join my discord server for the class project', 'do u have a phone number for the plumber', 'message me privately about the group project', 'heres my number for the team chat, text me', 'can i get ur number for the group project', 'whats ur username on fortnite so we can play', 'text me at 5 when ur done', 'lets hop in a vc on discord for ranked', 'we could facetime grandma tonight', 'lets use snap filters for the pic', 'send the homework to my whatsapp'],
    },
  },
  // round 7 (en-tg): "come to telegram", "add my private snap"
  {
    id: 'come-to-chat-app',
    phrases: [
      'come|move|switch|hop|jump|go|slide to|on|onto|over_to|in snap|snapchat|telegram|tele|tg|whatsapp|signal|wickr|kik|threema|viber|wechat|session|discord_dms|my_dms ..2 [instead|now|rn|right_now|its|it_is|where|so|we|better|easier|faster|pls|please]',
      'add|follow|dm|message|text my private|priv|spam|alt|second|secret|other|backup snap|snapchat|insta|instagram|tiktok|account|acc|kik|telegram|discord',
    ],
    unless: ['group_chat|gc|groupchat|class_chat|team_chat|group|team|class|project|homework|assignment|teacher|coach|study|squad|server|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|practice|lobby|raid|new_phone|lost_all|lost_my|new_number|crashing|not_working|memes|meme|grandma|grandpa|mom|mum|dad|family|the_fam|filter|filters|streak|streaks|story|stories|event|channel|news', 'heads_up|block_her|block_him|block_them|report_her|report_him|report_them|asking_them|asking_people|asking_ppl|asking_everyone|asks_people|messaging_people|messaging_ppl|sextortion|scam|scammer|scammers'],
    examples: {
      match: ['come to telegram', 'move to snap its better there', 'add my private snap', 'text my other account'],
      ignore: ['heads up, some account is messaging ppl from our school asking them to move to telegram. block her', 'come to discord with the squad', 'add my spam acc for memes lol', 'move to whatsapp, the family group is there'],
    },
  },
  {
    id: 'other-app-second-phone',
    phrases: [
      'get|hop|go|come|move on|to|onto the|that other app|one ..4 you|u know which|what',
      'do|got|have you|u [have|got] a|an|any second|secret|spare|burner|other|extra|private|hidden phone|account|acc|number|finsta|snap|instagram|profile',
      'do|got|have you|u [have|got] a|an finsta|spam|alt|priv',
      'video_chat|videochat|cam|camchat|video_call|call ..2 on|over|in omegle|monkey|azar|ome_tv|ometv|chatroulette|hoop|yubo|wizz|emerald|chitchat',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|teacher|coach|squad|server|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|practice|lobby|new_phone|lost_all|lost_my|broke|broken|cracked|repair|fixing|charger|died|dead|battery|for_work|work_phone|business|memes|meme|grandma|grandpa|mom|mum|dad|family|scam|news|warning|never|dont_use|do_not_use|banned|lol'],
    examples: {
      match: ['get on the other app, u know which one', 'do u have a second phone', 'do u have a finsta', "let's video chat on omegle"],
      ignore: ['do u have a second phone? mine is broken and i need one for work', 'do u have a finsta? lol mine is just memes', 'news says omegle is banned now, never video chat on omegle'],
    },
  },
  {
    id: 'tap-in-on-app',
    phrases: [
      'tap_in|tap|hmu|hit_me_up|hit_me|slide|pull_up ..2 on|at|via|in|to @app|the_gram|gram|my_dms|ma_dms|the_dms',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|teacher|coach|squad|server|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|practice|lobby|raid|memes|meme|grandma|grandpa|mom|mum|dad|family|business|order|orders|customer|commission|commissions|shop|store|sale|selling|tickets|event|party|stream|live|link_in_bio|new_post|follow_for'],
    examples: {
      match: ['tap in on snap', 'hmu on the gram', 'slide in my dms'],
      ignore: ['tap in on discord for ranked', 'hmu on insta for commissions, link in bio'],
    },
  },
  {
    id: 'other-number-hear-you',
    phrases: [
      'message|text|call|msg|dm|whatsapp|hit_me_up|reach me on|at|via my other|second|private|personal|secret|work|burner number|phone|acc|account|cell',
      'my number ..5 text|call|message|msg|whatsapp|hit_me_up me|there|on_there|on_it',
      'i want|want_to|need|would_love ..1 to hear your|ur voice',
      'lets|let_us|can_we call ..4 hear you|u|your_voice|ur_voice',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|teacher|coach|squad|server|game|match|practice|new_phone|lost_my|broke|broken|died|dead|battery|grandma|grandpa|mom|mum|dad|family|order|delivery|customer|business|shop|store|lol|haha|emergency|sick|hospital'],
    examples: {
      match: ['message me on my other number', 'imma send u my number, text me there', 'lets call, i wanna hear u', 'i wanna hear ur voice'],
      ignore: ['text me on my other number, this phone died', 'imma send u my number for the group project', 'call grandma, she wants to hear ur voice'],
    },
  },
  // round 8 (en-eg): "lets keep talking on wickr", "can we chat on hangouts", "download it, its more private", "do it for me on facetime", "can u vc late night"
  {
    id: 'keep-talking-on-app',
    phrases: [
      'keep|continue|carry_on ..1 talking|chatting|texting|this|messaging ..1 on|over|in|via|thru|through @app',
      'can|could|shall|should we chat|talk|text|speak|message ..1 on|in|over|via|thru|through @app',
      'download|install|get it ..3 more|way_more|much_more|so_much_more private|safer|secure|encrypted|discreet',
      'for me on|over|in @cam|skype|video|vid_call|video_call|videocall',
      'if|whether|when you|u can|could|wanna|want_to vc|facetime|ft|video_call|videocall|video_chat|call|cam ..2 late|late_night|at_night|tonight|midnight|after_midnight|when_everyone|when_they|in_bed|from_bed|under_the_covers',
      'you|u can|could vc|facetime|ft|video_call|videocall|video_chat ..2 late_night|at_night|after_midnight|when_everyone|when_they|in_bed|from_bed|under_the_covers',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|assignment|teacher|coach|study|studying|squad|server|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|valorant|apex|cod|practice|lobby|raid|grandma|grandpa|mom|mum|dad|family|the_fam|aunt|uncle|cousin|filter|filters|streak|streaks|update|news|scam|warning|work|business|customer|order|delivery|support|interview|meeting|haircut|hair|dog|cat|puppy|than_the|updated|version|old_app|old_one|new_version|vpn|antivirus|browser|password_manager'],
    examples: {
      match: ['lets keep talking on wickr or signal', 'Can we chat on hangouts?', 'download it, its more private', 'just do a lil video for me on facetime', 'just wondering if u can vc late night'],
      ignore: ['can we talk on discord for the group project', 'lets keep talking on whatsapp, the family group is there', 'can u vc late night? need help w the chem homework', 'download it, its way more secure for work', 'facetime me when ur home, need to show u my new haircut'],
    },
  },
  // round 8 (en-eg): "do u have a private insta" (insta is normalised to instagram)
  {
    id: 'private-second-account',
    phrases: [
      'do|got|have you|u [have|got] a|an|any second|secret|spare|burner|other|private|priv|hidden|alt|spam instagram|snapchat|tiktok|telegram|discord|account|acc|number|page|profile',
      'you|u got|have a|an|any second|secret|spare|burner|other|private|priv|hidden|alt|spam instagram|snapchat|tiktok|telegram|discord|account|acc|number|page|profile',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|teacher|coach|squad|server|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|practice|lobby|new_phone|lost_all|lost_my|broke|broken|cracked|repair|charger|died|dead|battery|for_work|work_phone|business|memes|meme|grandma|grandpa|mom|mum|dad|family|scam|news|warning|never|banned|lol|haha|lmao|art|photography|shop|store|band|fan_page|fanpage|follow_back|followback|followers'],
    examples: {
      match: ['do u have a private insta', 'u got a spam account?', 'do you have a secret tiktok'],
      ignore: ['do u have a private insta for ur art? lol', 'do u have a spam account for memes', 'do u have a second number for work'],
    },
  },
  // round 8 (en-eg): "vc me when ur alone"
  {
    id: 'call-me-when-alone',
    weight: 2,
    phrases: [
      '@cam|vc|ft|facetime|call|videocall|video_call|skype|ring|snap|dm|message|text me ..2 when|once|if|whenever|as_soon_as you|u|your|ur|you_are ..2 alone|by_yourself|by_urself|on_your_own|on_ur_own|home_alone|in_bed|in_your_room|in_ur_room',
      '@cam|vc|ft|facetime|call|videocall|video_call|skype|ring|snap|dm|message|text me ..2 when|once|after|as_soon_as your|ur parents|mom|mum|dad|folks|family|everyone ..2 leave|leaves|left|go_out|goes_out|are_asleep|is_asleep|fall_asleep|falls_asleep|go_to_bed|goes_to_bed|sleep|sleeps|gone',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|assignment|teacher|coach|study|studying|squad|server|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|valorant|apex|cod|practice|lobby|raid|grandma|grandpa|mom|mum|dad|family|aunt|uncle|cousin|work|business|customer|order|delivery|support|interview|meeting|lol|haha|lmao|bestie|sis|bro|tea|spill|vent|rant|drama|crying|sad|upset|emergency|scared|safe|help|surprise|plan|planning|gift|present|party'],
    examples: {
      match: ['vc me when ur alone', 'ft me once ur parents go to bed', 'text me when u r home alone'],
      ignore: ['call me when ur alone, i need to spill the tea lol', 'facetime me when ur parents leave so we can finish the project', 'call me when ur home alone if ur scared'],
    },
  },
  // round 8 (en-eg): non-native "do one video call na"
  {
    id: 'do-one-video-call',
    phrases: [
      'do|make|have|join one|a|1 video_call|videocall|vc|video_chat|facetime|cam_call ..1 [na|pls|please|now|dear|with_me|baby|babe|jaan|yaar]',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|assignment|teacher|coach|study|studying|squad|server|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|valorant|apex|cod|practice|lobby|raid|grandma|grandpa|mom|mum|dad|family|aunt|uncle|cousin|work|business|customer|order|delivery|support|interview|meeting|doctor|appointment|tutor|tutoring|lesson|lol|haha|lmao|bestie|sis|bro|birthday|bday|wedding|group_call|everyone|guys'],
    examples: {
      match: ['do one video call na', 'make a video call with me dear'],
      ignore: ['can we do a video call for the project', 'lets do a video call with grandma on sunday'],
    },
  },
  // round 8 (en-eg): "go on omegle with me", "join my private discord server", "lets dm on ig", "kik me"
  {
    id: 'omegle-private-server-dm-on',
    phrases: [
      'go|get|hop|come|jump on|onto omegle|ome_tv|ometv|monkey|azar|chatroulette|hoop|yubo|wizz|emerald|chitchat|kik|wickr|telegram|signal with_me|w_me|together|right_now|now|tonight|later',
      'join|come_to|come_in|come_into my private|secret|priv|personal discord|server|channel|telegram|chat|room',
      'lets|let_s|let_us|wanna|want_to|can_we|should_we|we_can|we_could dm|pm|msg|message|chat|talk|text ..1 on|in|via|over|thru|through @app',
      'kik|snap|snapchat|telegram|whatsapp|signal|wickr|threema|session|dm|pm|skype me ..1 [at|on|rn|right_now|now|later|tonight|babe|baby|cutie|asap|instead|there]',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|homework|assignment|teacher|coach|study|studying|squad|play|game|games|ranked|match|duo|fortnite|minecraft|roblox|valorant|apex|cod|practice|lobby|raid|grandma|grandpa|mom|mum|dad|family|aunt|uncle|cousin|work|business|customer|order|delivery|support|interview|meeting|news|scam|warning|never|banned|memes|meme|smp|build|guild|clan|event|giveaway|lol|haha|lmao|bestie|sis|bro|filter|filters|streak|streaks|story|stories|pic_of|pics_of|a_pic_of|the_link|link|address|location|when_you_land|when_u_land|when_you_get|when_u_get|if_you_need|if_u_need'],
    examples: {
      match: ['go on omegle with me', 'join my private discord server', 'lets dm on ig', 'kik me'],
      ignore: ['join my private discord server for the smp build', 'lets dm on ig about the group project', 'snap me when u land lol', 'whatsapp me the address'],
    },
  },
  // round 9 (en-n9g): 2005-2015 messengers with an e-mail handle, "we go video call on messenger", "hop in vc w me", "add my priv acc"
  {
    id: 'old-messenger-add-r9',
    phrases: [
      'you|u|do_you|do_u got|have|use msn|msn_messenger|windows_live|yahoo_messenger|yahoo|aim_messenger|aol|ym|bbm|myspace|bebo|icq|oovoo|kik|skype|tinychat|stickam ..3 add|message|msg|hit|pm|im me',
      'add|msg|message|hit|pm|im me ..1 [up] [on|at] msn|msn_messenger|windows_live|yahoo_messenger|yahoo|aim_messenger|aol|ym|bbm|myspace|bebo|icq|oovoo|kik|skype|tinychat|stickam',
      'add|follow my priv|private|spam|second|other|alt|backup acc|account|page|instagram|snap|profile',
      'add|msg|message|pm|im me ..4 my sn|screen_name|screenname|screename|addy|username|handle|id ..1 is|its',
      'add me on|at yahoo|aim|myspace ..3 my|sn|screen_name|addy|its',
      'pm|im|msg|message me ..1 your|ur msn|yahoo|aim|addy|sn|screen_name|email|e_mail|kik|snap|number',
    ],
    unless: ['group|gc|class|project|team|squad|homework|teacher|coach|study|server_for|lost_my|hacked|new_phone|got_banned|banned|deactivated|lol_jk|duo|ranked|game|steam|xbox|psn|lobby|party_chat'],
    examples: {
      match: ['add me on yahoo, my sn is sk8rboy', 'pm me ur addy', 'kool. u got msn? add me hotguy_4u@hotmail.com', 'add my priv acc tho, i post more there', 'u use yahoo messenger? add me'],
      ignore: ['add my priv acc for the group project', 'u got msn? add me for the class project', 'add me on steam so we can duo'],
    },
  },
  {
    id: 'we-go-video-call-r9',
    phrases: [
      'we_go|we_can|can_we|lets|let_us|you_want_to|want_to video_call|videocall|video_chat|vc|facetime|cam ..3 on|in|over @app',
      'we_go|we_can|can_we|lets|let_us|you_want_to|want_to video_call|videocall|video_chat|vc|facetime|cam ..2 now|tonight|later|private|me|rn|right_now|babe|baby',
      'hop|jump|come|get in|into|on vc|voice_chat|call ..2 w|with me',
    ],
    unless: ['group|gc|squad|team|class|project|homework|study|everyone|all_of_us|guys|lads|boys|girls|mum|mom|dad|nana|grandma|grandpa|raid|ranked|match|game|lobby|party_chat|the_server'],
    examples: {
      match: ['we go video call on messenger? 😍', 'hop in vc w me, cam on', 'can we facetime tonight'],
      ignore: ['hop in vc w me for ranked', 'can we facetime tonight for the homework'],
    },
  },
  {
    id: 'slide-me-your-handle-r9',
    phrases: [
      'slide|drop|send|give|pass me your|ur number|digits|snap|addy|@app|handle|username',
      'whats|wats|what_is your|ur [handle|username|user|name|tag|at] on|for @app',
    ],
    unless: ['group|gc|class|project|team|squad|homework|teacher|coach|study|for_the_group|for_the_team|delivery|parcel|courier|order|booking|receipt|dentist|doctor|mum|mom|dad|lol_jk'],
    examples: {
      match: ['slide me ur number', 'whats ur @ on insta', 'pass me ur snap'],
      ignore: ['slide me ur number for the group project', 'send me ur number for the delivery'],
    },
  },
  {
    id: 'keep-chats-on-app-not-platform-r10',
    phrases: [
      'keep|move|take|have|continue [our|the] [chats|chat|convos|conversations|this|things|talks] on|to|over_to @app ..2 rather_than|instead_of|not|and_not ..4 platform|site|app|here|server|team_chat|group_chat|gc|tutoring',
      'send|dm|message|text ..2 it|them|me ..2 to|on|through|via|over my|me_on @app ..2 not|instead|rather_than|dont_use|do_not_use ..3 team|group|chat|gc|here|platform|server',
      'vc|video_call|facetime|cam|camera interview|audition|verification|check|test ..3 first|before|to_join|to_get|cam_on',
    ],
    unless: ['lol|haha|lmao|embarrassing|cringe|ugly|awful|gross', 'homework|assignment|class|lesson_link|group_project|project|teacher|school_email|parents_know|ask_your_mum|ask_ur_mum|job_centre|hr|recruiter_from|company|zoom_link|teams_link'],
    examples: {
      match: ["Let's keep our chats on WhatsApp rather than the tutoring platform", 'send it to my snap not the team chat', 'gotta do a vc interview first'],
      ignore: ['send the homework to my email not the group chat'],
    },
  },
  {
    id: 'private-stream-other-app-r11',
    phrases: [
      'private|priv|vip|secret stream|live|livestream|room|show|session ..3 on|in|to my|our other|second|backup|private app|account|acc|platform|page|server|channel',
      'come|join|move|go ..3 to|on|in my|our other|second|backup|private app|account|acc|platform|server|channel|group',
    ],
    unless: ['subs|subscribers|sub_only|members|patreon|schedule|announcement|announcements|giveaway|tournament|clan|guild|squad|team|class|school|homework|study'],
    examples: {
      match: ['ill drop 5k coins on ur live if u come to a private stream on my other app and do what i tell u', 'join me on my other app, private room', 'come to my second account'],
      ignore: ['come to my other server for the giveaway', 'private stream for subs on my other channel tonight'],
    },
  },
  {
    id: 'private-channel-for-us-r11',
    phrases: [
      'private|secret|hidden|locked channel|chat|room|server|group|thread|vc ..3 for|with us|just_us|you_and_me|u_and_me|only_us|the_two_of_us|us_two|me_and_you',
    ],
    unless: ['team|squad|clan|guild|class|project|homework|study|mods|moderators|admins|staff|family|group_project|tournament|raid|the_boys|the_girls|all_of_us|everyone'],
    examples: {
      match: ['join my server, theres a private channel for us', 'i made a secret chat just for us'],
      ignore: ['i made a private channel for us mods', 'private vc for the squad'],
    },
  },
  // ---- round 12 (en-n12): swapping numbers because the app "glitches" ----
  {
    id: 'swap-numbers-app-glitches-r12',
    phrases: [
      'swap|exchange|trade|switch numbers|nums|numbers_quick|digits|socials|snaps ..4 dms|app|chat|insta|instagram|discord|tiktok|here glitch|glitches|glitching|bugs|buggy|lag|laggy|broken|dodgy|suck|sucks|is_trash|are_trash|slow',
      'contact|message|text|reach|find me on|at|via telegram|signal|wickr|session|threema|whatsapp|kik|wire ..4 to_get|for|get_it_back|price|pay|payment|if_you_want|to_recover',
    ],
    unless: ['group|project|class|team|homework|school|club|work|shift|parents|mum|mom|dad'],
    examples: {
      match: ['wanna swap numbers? IG dms glitch heaps', 'Contact me on telegram to get it back, price 100$'],
      ignore: ['swap numbers for the group project? the app chat is so laggy'],
    },
  },
  // ---- round 13 (en-n13): private worlds/lobbies in VR and games ----
  {
    id: 'private-world-just-us-r13',
    phrases: [
      'private|priv|invite_only|locked|friends_only world|instance|room|server|lobby|call|chat|party ..2 just_us|just_you_and_me|just_me_and_you|only_us|us_two|the_two_of_us|just_the_two_of_us',
      'lets|let_us|wanna|want_to|come|join_me ..2 to|into|in a|my|our private|priv|invite_only world|instance|room|server|lobby',
      'continue|carry_on|talk|chat ..1 on|in|via|over @app ..3 my|id|username|user|handle|add|is',
    ],
    unless: ['tournament|tourney|scrim|scrims|squad|team|everyone|the_boys|the_girls|the_group|practice|build|building|project|class|homework|club|guild|clan|raid|group'],
    examples: {
      match: ['lets go to a private world, just us', 'come to my private instance', 'Yes. Please continue on Telegram, my id @elitefaces_casting'],
      ignore: ['lets go to a private lobby for the scrim', 'private server just us and the squad'],
    },
  },
  {
    id: 'move-to-my-app-dms-r15',
    phrases: [
      'move|switch|hop|slide|come|go [over|on] to|into|in my|me_on|mine_on @app [dms|dm|server|chat|pms]',
      '@app is|would_be|its|will_be|be better|easier|safer|more_private',
      'download|install ..3 our|my|this ..2 app|apk ..6 link|not_on_the_app_store|not_on_app_store|not_in_the_app_store|from_this_link',
    ],
    unless: ['starting|were_starting|lobby|honestly|tbh|calls_are|than|group|project|class|team|squad|the_gc|our_server|club|homework|revision|study|the_lads|everyone|everybody|guys|tournament|scrims|raid|the_mods|support|ticket|server_invite|school'],
    examples: {
      match: ['k but admins dont give stuff for nothing lol. move to my discord dms', 'we can do video to practice speaking? whatsapp is better', 'Download our tester app from this link (not on app store) and turn on camera access', 'hop over to my telegram', 'telegram is better for this'],
      ignore: ['move to my discord server for the project', 'whatsapp is better for the group chat tbh', 'move to my discord server we are starting'],
    },
  },
  {
    id: 'join-my-private-world-r15',
    phrases: [
      'join|enter|come_to|come_into|hop_in|hop_into|come_in my private|priv|own|secret ..1 world|instance|room|lobby|realm|server|island ..4 only|just you|u|us',
    ],
    unless: ['class|team|squad|guys|everyone|everybody|all|group|club|project|build|event|tournament|raid|party|the_lads|friends|mates'],
    examples: {
      match: ['join my private vrchat world, only u and me', 'come to my secret room, just us'],
      ignore: ['join my private server guys, everyone is welcome', 'come to my private world for the build event, just u and the team'],
    },
  },
  // round 18 (en-n18): non-native "Is better we speak in whatsapp", "We do video call for practise", "give me number"
  {
    id: 'better-we-speak-in-app-r18',
    phrases: [
      'better|best|is_better|more_better we|to|if_we speak|talk|chat|continue|write|go in|on|at|via|to [the] @app',
      'we do|we_make|lets_do|lets_make|we_can_do|we_can_make video_call|videocall|video_chat|facetime|vc|cam|camera_call|call_with_camera ..3 for|to|now|tonight|together|practice|practise',
      'give|send|tell me [your|ur] number|digits|whatsapp_number|phone_number ..2 for|we|so|to ..2 speak|talk|call|voice|video',
    ],
    unless: ['group|team|class|project|homework|study|revision|club|parents|mum|mom|dad|teacher|coach|meeting|interview|tutor|tutoring|doctor|appointment|grandma|nan|gran|family|cousins'],
    examples: {
      match: ['jaja good. Is better we speak in whatsapp with voice, give me number', 'Ok perfect. We do video call for practise pronunciation', 'better we talk on telegram'],
      ignore: ['better we chat on discord for the group project', 'we do video call for the class tonight', 'we do video call with nan on sunday'],
    },
  },

  // round 19 (en-n19): "video call tonight, just us", "hop on his private snap"
  {
    id: 'video-call-just-us-r19',
    phrases: [
      'video_call|vid_call|videocall|facetime|vc|cam_call ..3 tonight|later|now|right_now|just_us|just_you_and_me|alone|camera_on|cam_on|private',
      'hop|get|jump|come on|onto ..2 his|her|my private|priv|alt|other|second snap|snapchat|instagram|account|acc|telegram|discord|whatsapp',
    ],
    unless: ["breaking_up|break_up_with|breakup", 'project|homework|study|revision|squad|team|raid|game|match|class|group|guys|everyone|all_of_us|grandma|grandpa|nan|mom|mum|dad|family|practice'],
    examples: {
      match: ['then prove it. video call tonight, just us, camera on', 'ok bet. hop on his private snap, he only adds ppl i send'],
      ignore: ["if u dont facetime me tonight im breaking up w u (jk ily)", 'vc tonight for the project?', 'facetime later with grandma'],
    },
  },
  // round 22 (en-n22): role-play server moved to "private rp"
  {
    id: 'rp-in-private-r22',
    phrases: [
      'continue|finish|take|move|do|keep ..3 rp|roleplay|role_play|scene|story ..2 in|on|to|into private|priv|a_private_server|our_own_server ..4 just_us|just_you_and_me|only_us|us_two|no_one_else|nobody_else|my_dms|dms|secret',
      'private|priv|secret channel|server|chat|thread|room ..3 for|just our|just_us|us|two rp|roleplay|role_play|scenes|scene',
    ],
    unless: ['everyone|everybody|the_group|all_of_us|the_others_can|open_to|class|club|teacher|mods_said|mod_said|group|the_5|the_five|the_4|the_four|the_3|the_three|the_gang|the_squad|server_is_down|is_down'],
    examples: {
      match: ['we can continue the rp in private, my dms, just us', 'make a private channel for our rp, no one else allowed', 'lets take the scene to private, just us'],
      ignore: ['lets move the rp to a new server, everyone is invited', 'we should make a private server for our rp group, just the 5 of us', 'lets continue the rp in dms, the server is down'],
    },
  },
  // round 25 (en-n25): "add me on the mod discord", "u have video call?", "call me now on ig video"
  {
    id: 'app-call-or-handle-r25',
    phrases: [
      'add|follow|message|dm|text|hit|find|join me [up] on|at|in the|my ..2 @app',
      'you|u have|got video_call|videocall|video_chat|webcam|cam',
      'call|facetime|vc|video_call|videocall me ..2 on|in|over @app ..1 video|vid|call|cam',
    ],
    unless: ['zoom|teams|google_meet|school|lesson|tomorrow|group|team|class|project|squad|server_for|study|homework|club|band|choir|gc|groupchat|practice|game_night|raid|ranked|tournament|grandma|grandpa|nana|nan|mum|mom|dad|when_you_land|when_u_land|when_im_home|new_phone|camera_for|for_the_trip'],
    examples: {
      match: ['ya but we gotta verify u first. add me on the mod discord, dms only', 'nice i like canadian boys. u have video call?', 'ok call me now on ig video, i show u everything', 'u got webcam?'],
      ignore: ["u have cam? for the zoom call tomorrow", 'add me on the team discord for the tournament', 'call me on whatsapp video when u land, mum', 'u have cam? for the trip'],
    },
  },
  {
    id: 'continue-on-app-please-r26',
    phrases: [
      'continue|carry_on on|in|via|over @app please|pls|plz',
      'please|pls|plz continue|carry_on on|in|via|over @app',
      'continue|carry_on on|in|via|over @app ..2 #',
    ],
    unless: ['group_chat|gc|groupchat|class|team|project|teacher|coach|homework|crashing|not_working'],
    examples: {
      match: ['Continue on WhatsApp please, +44 7700 900123, our HR handle all applicants there', 'pls continue on telegram', 'continue on whatsapp 07700 900123'],
      ignore: ['continue on whatsapp please, this app keeps crashing', 'lets continue on discord for the project', 'please continue on the group chat'],
    },
  },
  // round 27 (en-n27): second accounts — "this is my other account, answer me here"
  {
    id: 'my-other-account-answer-here-r27',
    phrases: [
      'this_is|its|it_is|heres|here_is my other|second|backup|alt|spam|new|third account|acc|acct|page|profile ..4 answer|reply|respond|talk|text|message|dm|msg ..1 [to] me|here|on_here',
      'answer|reply|respond|talk_to_me|text_me ..1 [me] here|on_here|on_this_account|on_this_acc|on_this_one ..6 ignoring|blocked|block|ignore|other_account|other_acc|other_one',
      'why are|r|did you|u ignoring|ignore|block|blocked|blocking my other|first|old|main account|acc|acct|profile|page ..3 answer|reply|respond|here',
      'new|another|other|second|backup account|acc|acct|profile|page|number ..4 because|cos|cause|cuz|coz|since|bc|as you|u blocked|block|ignored|ignore|keep_blocking|keep_ignoring ..1 me|my',
    ],
    unless: ['main_is_down|is_down|not_working|isnt_working|is_not_working|broken|broke|hacked|got_hacked|lost_my|lost_access|new_phone|forgot_my_password|forgot_password|forgot_my_login|got_banned|locked_out|school|club|team|class|group|project|art|drawings|edits|business|shop|follow|follow_me|follow_back|lol|haha|lmao|jk'],
    examples: {
      match: ['hey its me again, new account cos u blocked me', 'this is my other account, answer me here', 'answer me here, i know u blocked my other one', 'why r u ignoring my other acc, reply here'],
      ignore: ['this is my other account, answer me here if my main is down', 'new account because my phone broke', 'this is my new account, my old one got hacked, follow me here', 'its my art account, reply here with your commission ideas'],
    },
  },
  // round 29 (en-n29): an adult in a role-play or fan-fiction community moving the story to private messages
  {
    id: 'take-our-rp-private-r29',
    phrases: [
      'take|move|continue|keep|carry_on ..2 our|the|this rp|roleplay|role_play|roleplaying|role_playing|story|fic|plot|scene ..3 to|in|into|on dms|dm|pms|pm|private|privately|discord|snap|snapchat|whatsapp|telegram|@app',
    ],
    unless: ['server|channel|thread|forum|group_chat|gc|everyone|the_group|with_the_group|all_of_us|ao3|wattpad|doc|google_doc|gdoc'],
    examples: {
      match: ['lets keep our rp going in private, just the two of us', 'wanna take the roleplay to dms', 'continue our story on telegram?'],
      ignore: ['lets move the rp to the new server channel', 'take the story to a google doc so everyone can edit', 'continue our fic on ao3'],
    },
  },
] satisfies PatternEntry[];
