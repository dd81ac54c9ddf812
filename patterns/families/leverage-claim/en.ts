import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-have-your-nudes',
    phrases: [
      'your|ur @nude ..3 on|in my phone|computer|laptop|pc|gallery|camera_roll|drive|cloud|folder|hard_drive',
      'i hav|hve|hv|gt ..3 your|ur|ya|the|those|these|all|every @nude',
      'ive|iv [still] [got|saved|kept|recorded|screenshotted] ..3 your|ur|ya|the|those|these|all|every @nude',
      'sent|gave|showed|forwarded|leaked me ..2 your|ur @nude',
      'took|take|have|got ..2 screenshots|screenshot|recording|recordings|pics|pictures|photos|videos ..2 of your|ur @nude|body|cam|dick|boobs',
      'i [still] have|got|saved|kept|own|screenshotted|downloaded|recorded ..3 your|ur|ya|the|those|these|all|every @nude',
      'i [still] have|got|saved|kept|screenshotted|downloaded ..2 pics|pictures|photos|videos|video|screenshots|recordings|screenshot|recording|proof ..2 of you ..2 naked|nude|undressed|touching|jerking|masturbating|doing|with_no_clothes|without_clothes',
      'i [still] have|got|saved ..3 your|ur @nude|pics|photos|pictures|video|videos ..2 saved|screenshotted|recorded|downloaded|backed_up',
      'i [have] [already] saved|screenshotted|downloaded|backed_up ..2 every_pic|every_photo|every_video|all_our_chats|all_your_nudes|all_ur_nudes',
      'i have|got ..2 screenshots|recordings|screen_recording|screenrecording|proof of ..3 our|your|ur|everything|what_you',
    ],
    unless: ['funny|so_funny|read_back|reread|re_read|rereading|hilarious|cute|laugh|laughing|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school_pics|class_photo|homework|notes|assignment|project|meme|memes|lecture|slides|our_history|memories|sentimental|miss_you|love_you|aww', 'message_saying|messaged_me_saying|got_a_message|what_should_she_do|what_should_he_do|what_should_i_do|what_do_i_do|freaking_out|should_she_pay|should_i_pay|heads_up|going_round|going_around|fake_account|its_a_bot|it_is_a_bot|just_block|block_it|people_saying|messaging_people|dm_saying|dms_saying'],
    examples: {
      match: [ "i have your nudes", "I have screenshots of everything you sent", "I got all your nudes saved", "i have a video of you masturbating",
        'I have ur nudes',
        'i got your naked pics',
        'i still have ur nudez lol',
        'I saved all our chats and your pictures',
        'i have pics of you naked',
        'i got ur video screenshotted',
      ],
      ignore: ["careful theres a fake account messaging ppl saying 'i have ur nudes pay me or else', its a bot just block it", "i saved all our chats, they're so funny to read back", 
        'i have your pics from the trip',
        'i saved the notes for the test',
        'i saved all our chats, its our history',
        'i got your video on the group chat it was so funny',
        'i have the video of the lecture',
      ],
    },
  },
  {
    id: 'recorded-our-call',
    phrases: [
      'made|got|have|took a|the recording|video|screen_recording|recordings of you|u',
      'i [have] [just] recorded|screenrecorded|screen_recorded|captured|saved|filmed ..3 our|the|your|ur|that|last ..2 call|video_call|videocall|facetime|ft|vc|cam|webcam|skype|session|chat|stream|convo|conversation|show',
      'i [have] [just] recorded|screenrecorded|screen_recorded|filmed|captured you|u|everything|it_all|all_of_it|the_whole_thing',
      'i have|got ..2 recording|recordings|a_recording|the_recording|a_video|the_video|video|screenshots|screen_recording ..2 of|from our|your|ur|that|the|you ..2 call|video_call|videocall|facetime|vc|cam|webcam|skype|chat|conversation|convo|session|doing',
      'you|u [were] [are] [being] [got] recorded|filmed|captured|screen_recorded ..2 the_whole_time|whole_time|during|on_cam|on_camera|the_entire',
      'this|that|our|the call|video_call|facetime|vc|chat was [being] recorded',
      'it|i was recording ..2 the_whole_time|whole_time|all_along|everything',
    ],
    unless: ["teacher|tutor|notes|for_you_to_rewatch", 'group_chat|class_chat|show_the_teacher|their_part|who_did_not|falling|fell|fall|tripped|slipped|pool|prank|sleeping|snoring|scoring|goal|goals|touchdown|basket|dunk|race|swim|swimming|skating|performing|playing|coach|team|solo|performance|good_job|nice_job|proud|awesome|amazing|so_my|so_mom|so_dad|my_mom_can|my_dad_can|can_see_you|wanted_to_see_you|birthday|bday|surprise|lol|lmao|haha|singing|dancing|funny|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|stream_highlights|clip_of_the_game|cute|grandma|grandpa|nana|granny|cat|dog|puppy|baby|rewatch|re_watch|math|explained|explain|study|studying|notes|revise|revision|review|quiz|test|exam|chem|physics|bio|history|essay', 'its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|just_a_scam|total_scam|obvious_scam|one_of_those|those_emails|spam|phishing'],
    examples: {
      match: [ "I screen recorded the whole video call", "i recorded you on cam", "I have the video of our call", "I captured everything on cam",
        'I recorded our video call',
        'i screen recorded our facetime',
        'i recorded everything',
        'you were recorded the whole time',
        'i have a recording of our call',
        'i have a video of you doing it on cam',
        'i recorded you',
      ],
      ignore: ["i recorded the whole call with the teacher, want it?", 'I have got screenshots of the whole group chat, we can show the teacher who did not do their part',  'i still have the video of u falling in the pool',
        'i have a video of you scoring and i know your coach will love it',
        'nice job btw, i recorded the whole thing, your solo was amazing',
        'i recorded the lecture for you',
        'i recorded our meeting notes',
        'did u record the lecture',
        'i recorded the concert its so good',
        'i recorded you on facetime for your birthday video surprise',
        'i recorded the entire facetime so grandma can watch',
        'i recorded our call so i can rewatch the part where u explained the chem',
        "got one of those 'i recorded you on your webcam' emails, its a scam right",
      ],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'i [have] [just] hacked|hack|accessed|cracked|got_into|broke_into|took_over ..2 your|ur|ya account|phone|instagram|snapchat|snap|icloud|cloud|gallery|camera|cam|webcam|device|pc|laptop|computer|email|gmail|tiktok|discord|facebook|fb|whatsapp|photos|camera_roll|messages|dms|google_drive|drive|google_photos|dropbox|onedrive|files|folder|folders|private_folder|hidden_folder|vault|hidden_album|my_eyes_only',
      'i have|got [full] [complete] [total] access|control ..2 to|of|over your|ur account|phone|instagram|snapchat|icloud|cloud|gallery|camera|webcam|device|pc|laptop|computer|email|photos|camera_roll|contacts|google_photos|google_drive|dropbox|onedrive|backup|cloud_backup|icloud_backup|memories|snapchat_memories|my_eyes_only|hidden_album|hidden_folder|private_album|vault',
      'i [have] [already] installed|put ..3 malware|spyware|virus|trojan|rat|software|keylogger ..4 your|ur|on',
      'your|ur account|phone|device|camera|webcam|computer ..2 is|has_been|was|got hacked ..2 by me',
    ],
    unless: ['someone|somebody|think|maybe|careful|reset|settings|like_you_asked|you_asked|asked|to_fix|fix|fixed|help|helping|for_you|story|stories|close_friends|best_friends|streak|streaks|spotlight|highlights|group_chat|gc|jk|joking|kidding|wifi|netflix|spotify', 'change your|ur password'],
    examples: {
      match: [ "I have access to your camera",
        'I hacked your account',
        'i have access to your icloud',
        'i got into ur insta and saw everything',
        'i accessed your google drive and found your private folder',
        'I installed malware on your device',
        'i have full control over your webcam',
        'i got access to ur google photos',
        'i have access to your icloud backup now',
      ],
      ignore: [
        'i think someone hacked your account',
        'your account got hacked lol change your password',
        'i hacked the game lol',
        'i got into your snapchat story lol',
        'i got into your account to fix the settings like you asked',
      ],
    },
  },
  {
    id: 'have-your-contacts',
    phrases: [
      'i [also|already|still|even] have|got|know|saved|copied|downloaded|found ..2 all|every|list_of|a_list_of|the_list_of ..2 your|ur followers|contacts|friends|family|classmates|relatives|following|friend_list|friends_list|contact_list|family_members',
      'i have|got|know|saved|copied|downloaded ..2 your|ur followers|contacts|contact_list|followers_list|friends_list|friend_list|family_members ..3 list|saved|screenshotted|already|names|numbers|all',
      'i know|have|found ..2 your|ur|all_your moms|mums|dads|parents|sisters|brothers|family|familys|families ..2 instagram|insta|facebook|fb|accounts|account|numbers|number|profiles|emails|snapchat|tiktok',
      'i [already] found ..2 your|ur family|parents|mom|mum|dad|school|friends ..2 on|in instagram|facebook|fb|tiktok|snapchat|linkedin',
    ],
    unless: ['follow_them_back|follow_back|follow_them_too', 'carpool|pickup|pick_up|ride|sleepover|practice|about_the|asked|like_you|new_phone|for_you|transfer|transferred|party|birthday|bday|invite|invitation|wedding|surprise|list_for|yearbook|cute|posts|posted|she_posts|he_posts|recipes|so_funny|sweet|she_follows|he_follows|friends_with|from_church|from_work|works_with|know_her|know_him|met_her|met_him'],
    examples: {
      match: [ "i have your followers list and your family's accounts", "i have all of your contacts and followers",
        'i have a list of all ur followers and ur family members',
        'I have all your contacts',
        'I also have the list of all your friends and relatives.',
        'i saved your followers list',
        'i know your moms facebook',
        'i found ur family on facebook',
      ],
      ignore: [
        'i have all your friends at my party lol',
        'i know your mom she is nice',
        'i know your moms instagram, she posts cute stuff',
        'i saved all your contacts to the new phone like you asked',
      ],
    },
  },
  {
    id: 'saved-sexual-chats',
    weight: 3,
    phrases: [
      'i [have] saved|screenshotted|screenshot|kept|got|have ..3 our|your|ur|all_our|all_your|all_ur chat|chats|messages|msgs|dms|convo|convos|conversation|conversations|texts|sexts ..3 screenshot*|saved|recorded',
      'i [have] screenshotted|screenshot|screenshoted|screenshotting|ss|sc ..2 our|your|ur|all|every|the chat|chats|messages|convo|conversation|dms|texts|sexts',
      'i [have] [already] saved|screenshotted|screenshot|screenshoted|recorded|downloaded|backed_up ..2 everything|all_of_it|it_all|all_your|all_ur|all_our',
      'i have|got screenshots|screenshot|screenies|receipts of ..2 our|your|ur|all|every|everything',
    ],
    unless: ['forget|do_not_forget|address|directions|the_plan|timetable|for_later|so_i_can_remember', 'cute|how_cute|so_cute|show_my|sweet|drive|shared_drive|shared_folder|folder|doc|docs|files|project|mods|mod|moderator|moderators|admin|admins|for_the_report|evidence_for|lol|lmao|lmfao|haha|funny|meme|group|gc|drama|tea|homework|notes|assignment|our_history|memories|sentimental|miss_you|love_you|aww|lecture|lesson|seminar|webinar|meeting|minutes|speech|amazing|performance|presentation|solo|assembly|proud'],
    examples: {
      match: [ "i downloaded all your pictures",'i screenshotted everything', 'i saved it all', 'i screenshotted our chat', 'i have screenshots of all your messages', 'i saved our chats screenshotted'],
      ignore: ['i screenshotted ur messages so i dont forget the address', "too late, i recorded everything, ur speech was amazing", "i have recorded everything from the lecture for u", "i screenshotted our convo to show my sister how cute you are", "i saved everything, think twice before you delete the shared drive", 'i screenshotted everything we said for the report to the mods', 'i screenshotted the group chat lol', 'i screenshotted the homework for you', 'i saved all our chats, its our history'],
    },
  },
  {
    id: 'screenshotted-your-snap-r36',
    weight: 2,
    phrases: [
      'i [already|just|literally] screenshotted|screenshoted|screenshotd|screenrecorded|screen_recorded ..2 the|that|this|your|ur|every|each|both last|first|other|previous|one|ones|pic|pics|photo|photos|snap|snaps|selfie|selfies|video|vid|it|them',
    ],
    unless: ['lol|lmao|lmfao|haha|funny|meme|memes|tiktok|reel|tweet|post|story|recipe|homework|notes|answers|schedule|timetable|address|directions|score|game|match|ticket|tickets|receipt|order|link|group|gc|chat|for_the_report|mods|evidence|cute|aww|show_my|proof_for'],
    examples: {
      match: ['i screenshotted ur last snap', 'i already screenshotted that pic btw', 'i screen recorded the video u sent'],
      ignore: ['i screenshotted the last one lol its so funny', 'i screenshotted the homework answers for u', 'i screenshotted ur story to show my sister how cute it was'],
    },
  },
  {
    id: 'i-have-your-pics',
    weight: 2,
    phrases: [
      'you|u sent|showed|gave me ..2 those|these|the|your|ur pics|nudes|pictures|photos|videos|video ..2 remember|rember|right|didnt_you|did_not_you',
      'i have|got|know|found all|everything ..2 your|ur info|information|details|data|personal_info',
      'i [still] have|got|saved|kept|downloaded ..2 the|that|this|a|those video|videos|pics|pic|photos|photo|recording|clip|screenshot|screenshots of you|u|yourself|urself',
      'i know who your|ur @audience is|are',
      'i know your|ur @audience ..2 name|names|number|numbers|address|work|job|workplace|school',
      'look|guess|see|remember what i have|got|found|saved',
      'i have|got ..2 everything|all ..2 you|u sent|showed|did|gave',
      'i [still] have|got|saved|kept|downloaded ..2 your|ur|ya|those|these|all_your|all_ur pics|pictures|photos|picture|photo|videos|video|selfies|snaps|pic|pix|nude|nudes|vids',
      'i [still] have|got everything|it_all|all_of_it',
    ],
    unless: ['saying|said|say ..6 is|are|was elite|mid|trash|overrated|underrated|goated|better|the_best|the_worst|peak|cringe', 'what_do_i_do|what_should_i_do|should_i_pay|is_this_real|is_this_a_scam|never_even_sent|heads_up|pretending_to_be|going_round|going_around', 'logged_in|left_your_account|left_your_acc|change_your_password|change_your_pass', 'lol|lmao|lmfao|haha|falling|funny|dancing|singing|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school|class|camp|beach|homework|notes|project|meme|dog|cat|send_them|sending|ill_send|will_send|back|album|the_link'],
    examples: {
      match: [ "i saved the video of you", "I know who your parents are", "i have everything, your pics, your contacts, your address", "look what i have \ud83d\udcf8",'I have your pics', 'i still have ur photos', 'i kept all your videos', 'i have everything', 'i have everything you sent me', 'i got ur pic now', 'i still have ur nudes'],
      ignore: ['u left ur account logged in on my laptop, i got all ur info up, change ur password', 'i have your pics from the trip', 'i got your pics ill send them later', 'i have your pics from prom', 'guess what i got for your birthday', 'i have the screenshots of u saying the new album is mid'],
    },
  },
  {
    id: 'know-what-i-have-on-you',
    phrases: [
      'you|u [already] know what i have|got|saved|kept|own ..2 of|on you|u',
      'i [have] [already] saved|screenshotted|screenshot|kept|screen_recorded|recorded|downloaded it|them|that|those|this|your_snap|your_snaps ..4 before it|they|the_snap|the_snaps disappeared|deleted|expired|vanished|was_gone|were_gone|could_disappear',
      'you|u sent|showed me ..4 on|over|through snapchat|snap|facetime|cam ..3 i saved|i_kept|i_screenshotted|i_recorded|i_screen_recorded ..2 it|them|everything',
    ],
    unless: ['meme|memes|recipe|song|link|homework|notes|story_of|birthday|bday|gift|present|christmas|for_you|got_you|got_u|funny|hilarious|cute|lol|haha|lmao'],
    examples: {
      match: ['u know what i got of u. dont play dumb', 'you know what i have on you', 'remember the vid u sent me on snap? i saved it before it disappeared', 'i screenshotted them before they disappeared', 'the pics u sent me on snap i saved them all'],
      ignore: ['i saved them before they disappeared, ur snaps are so funny', 'you know what i got you for your birthday?', 'i saved the meme before it got deleted', 'you know what i have? a new phone'],
    },
  },
  {
    id: 'fake-profile-of-you',
    phrases: [
      'i [have] [already] [just] made|created|opened|set_up|started ..3 account|accounts|profile|profiles|page|insta|instagram|tiktok|snapchat|snap ..4 with|using|of|under your|ur name|names|pics|photos|pictures|face|nudes|identity|videos',
      'fake account|accounts|profile|profiles|page ..3 of|with|using|pretending_to_be|as you|u|your|ur',
    ],
    unless: ['for_the|league|fantasy|game|server|tournament|school|portal|for_you|registration|reservation|booking|order|signed_you_up|fan|fanpage|fan_page|project|class|team|club|birthday|bday|surprise|parody|report|reported|careful|watch_out|someone|somebody|beware|scam|spam'],
    examples: {
      match: ['I made an account with ur name and ur pics. everyone thinks its u', 'i created a profile using your photos', 'i made a fake account of you'],
      ignore: ['i made a fan account with your pics for your birthday', 'someone made a fake account of you, report it', 'i made an account for the class project', 'i made an account with your name on the school portal', 'i made an account with your name for the fantasy league'],
    },
  },
  {
    id: 'inside-your-account',
    phrases: [
      'i can|could see|read|access|open ..2 all|every|everything|each ..2 your|ur|in_your|in_ur dms|messages|chats|texts|gallery|camera_roll|files|icloud|emails|drafts|memories|my_eyes_only|private|archived|hidden',
      'i [have] [already] [just] changed|reset|stole|have|got ..2 your|ur password|passcode|login|logins|2_fa|recovery_email|account_password',
      'your|ur ..2 password|passcode ..2 was|were ..2 easy|so_easy|too_easy|weak|easy_to_guess|simple|so_simple',
    ],
    unless: ['added|add|now_that|accepted|shared|you_sent|you_shared|asked|like_you|you_wanted|for_you|wifi|wi_fi|netflix|spotify|hulu|disney|locker|school_login|someone|somebody|think|maybe|careful|should|change|changing|reset_it|lol_jk|jk|forgot|forget|remember|the_group|group_chat|gc'],
    examples: {
      match: ['lol ur insta password was easy', 'i can see all ur dms and pics', 'i changed your password', 'i have your password now'],
      ignore: ['ur wifi password is so easy lol', 'your password is weak, you should change it', 'your password is easy to guess', 'i can see all your messages in the group chat', 'i can see all your messages now that you added me', 'i changed your password like you asked'],
    },
  },
  {
    id: 'recorded-what-you-did',
    phrases: [
      'i [have] [just] recorded|screenrecorded|screen_recorded|filmed|captured|saved ..2 everything|all|all_of_it|what ..2 you|u did|showed|were_doing|showed_me|did_on_cam|did_on_camera|did_for_me',
      'i [have] [just] recorded|screenrecorded|screen_recorded|filmed|captured you|u ..3 on|during|while|when ..2 cam|camera|webcam|video_call|videocall|facetime|call|stream|live',
      'i have|got|saved|kept ..2 the|those|all_the|some|a|your|ur video|videos|recording|recordings|clip|clips|screenshots|pics|screen_recording ..2 from|of our|the|that|last ..2 call|video_call|videocall|facetime|ft|vc|cam|webcam|skype|session|stream|chat',
      'i got|have|recorded|captured|filmed ..3 whole_thing|everything|it_all|all_of_it ..1 on video|camera|cam|tape|film|recording',
      'has|have|got|kept|saved your|ur video|videos|recording|recordings|clip|clips|screenshots|screen_recording ..1 from|of the|our|that|last call|video_call|videocall|facetime|ft|vc|cam|webcam|skype|session',
      'the|those one|ones|video|videos|pic|pics|clip|clips where|when|of you|u ..3 took|take|had|were|got ..3 clothes_off|naked|nude|undressed|topless|shirt_off|top_off|touching|jerking',
    ],
    unless: ['teacher|wanted|asked|zoom|team|coach|fight|crazy|insane|hilarious|epic|sick|fire|wedding|party|birthday|bday|surprise|singing|sing|dancing|dance|funny|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|karaoke|play|speech|talent_show|fell|fall|falling|trick|skate|goal|performance|for_the|yearbook|recipe|stream_highlights'],
    examples: {
      match: ['i screen recorded everything u did lol', 'i recorded what you showed me', 'i filmed you on cam the whole time', 'i have the vids from our call', 'someone who has your videos from the call', 'guess who got ur recording from that facetime', 'so i got the whole thing on video lmao', 'the ones where u took ur clothes off'],
      ignore: ['i recorded everything you did at the talent show lol', 'i filmed you singing at karaoke', 'i recorded you during the game, that goal was crazy', 'i got the whole thing on video lmao you fell so hard', 'i have the notes from our call for the project', 'i have the videos from the call, the teacher wanted them', 'do you still have your notes from the call', 'i got the whole thing on video, the fight was crazy'],
    },
  },
  {
    id: 'screenshotted-your-people',
    phrases: [
      'i [have] [already] screenshotted|screenshot|screenshoted|ss|saved|copied ..2 your|ur|all_your|all_ur followers|following|contacts|friends_list|friend_list|contact_list|family|fam|family_members|followers_list',
    ],
    unless: ['asked|like_you|new_phone|for_you|transfer|photo|pic|pics|picture|post|story|meme|memes|tree|recipe|group|gc|lol|lmao|haha|dog|cat|trip|vacation'],
    examples: {
      match: ['now listen carefully. i screenshotted ur followers and ur fam', 'i saved all your contacts'],
      ignore: ['i screenshotted your family photo lol so cute', 'i screenshotted ur followers post lol'],
    },
  },
  {
    id: 'whole-call-saved',
    phrases: [
      'got|have|kept|saved the|our|that|your|ur|this whole|entire|full ..1 call|video_call|videocall|facetime|ft|vc|cam|session|show|stream|chat|convo ..2 saved|recorded|screen_recorded|screenrecorded|on_video|on_tape|on_camera|on_my_phone|on_my_laptop|backed_up|downloaded',
      'i [also|already|still] got|have|kept ..2 the|our|that|your|ur whole|entire|full call|video_call|videocall|facetime|ft|vc|cam_session|session|show ..1 on|in my phone|laptop|computer|pc|drive|cloud|gallery|camera_roll',
    ],
    unless: ['birthday|bday|surprise|lol|lmao|haha|singing|dancing|funny|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|notes|teacher|grandma|grandpa|family_call|movie|episode|game_stream'],
    examples: {
      match: ['got the whole call saved bro', 'i have our whole facetime recorded', 'i kept the entire video call on my phone'],
      ignore: ['got the whole lecture call recorded for the project', 'i have the whole call saved for grandma lol', 'got the whole stream saved, the game was crazy'],
    },
  },
  {
    id: 'inside-your-account-now',
    phrases: [
      'got|have|gained [full|complete|total] access|control to|of|over [all|every|each] [of] your|ur dms|messages|chats|texts|account|accounts|photos|pics|pictures|gallery|camera_roll|icloud|snaps|memories|my_eyes_only|contacts|followers|emails|files|drafts|archive|snapchat|snap|instagram|email|gmail|camera|webcam|laptop|computer|pc',
      'i_am|im|guess_who_is|guess_whos|guess_who_s|guess_who|look_who_is|look_whos|look_who_s in|inside your|ur account|instagram|snapchat|icloud|email|gmail|tiktok|discord|facebook|fb|laptop|computer|pc|cloud|gallery|camera_roll ..2 right_now|now|already',
    ],
    unless: ['code|fridge|password_is|wifi|netflix|did_you|do_you|you_got|app|apps|permission|permissions|settings|allow|shared_album|family_sharing|you_added|you_gave|you_shared|added_me|like_you_asked|for_you|someone|somebody|think|maybe|careful|should|change_your|reset|story|stories|group|gc|tag|tagged|favorites|best_friends|bio|highlights|following|contacts_now|lol|lmao|haha|jk'],
    examples: {
      match: ["ive got access to your icloud", "guess who's in ur insta rn", 'got access to all ur dms and the close friends stuff', 'i have full access to all your photos', "i'm inside your icloud now"],
      ignore: ['got access to your account? the code is on the fridge', 'i got full access to the google drive for the project', 'the app got access to all your photos, check the settings', 'im in your story lol', 'im in your close friends now', 'i have access to all your photos in the shared album you added me to'],
    },
  },
  {
    id: 'images-of-you-found',
    phrases: [
      'images|pictures|photos|pics|videos|nudes|content|material|files|recordings of you|u|yourself ..3 were|was|have_been|has_been|are_being|got found|discovered|seized|reported|recovered|flagged|identified|intercepted',
      'your|ur images|pictures|photos|pics|videos|nudes|content|material ..3 were|was|have_been|has_been|got found|discovered|seized|recovered|flagged|intercepted ..3 on|in|during|by|from ..3 suspect|suspects|device|phone|computer|investigation|raid|server|case',
    ],
    unless: ['yearbook|album|box|attic|drawer|old_phone|grandma|grandpa|baby|lol|lmao|haha|jk|school_website|website|newspaper|trip|vacation|party|lost_and_found|found_your_phone|cute'],
    examples: {
      match: ["Images of you were found on a suspect's device.", 'explicit photos of you have been flagged by our system', 'your pictures were seized during an investigation'],
      ignore: ['pics of you were found in the old yearbook lol', 'photos of you were found in grandmas album, so cute'],
    },
  },
  {
    id: 'pay-and-it-stays-between-us',
    phrases: [
      'pay|send|give|transfer|venmo|cashapp ..4 and|n|then ..2 this|it|everything|that|they|them|the_video|the_pics|your_secret|ur_secret stays|stay|remains|remain|will_stay|will_remain|can_stay ..2 between_us|between_you_and_me|private|secret|hidden|offline|off_the_internet|deleted|with_me',
      'if you|u want this|it|everything|them|all_this|the_video|the_pics to go_away|disappear|be_deleted|get_deleted|stay_private|stay_hidden|stay_between_us ..4 #|@currency|pay|cost|costs|price|@payment|going_to_cost|will_cost',
      'your|ur|this|the|our secret|secrets|pics|video|videos|photos|nudes ..2 is|are|stays|stay safe|private|hidden ..2 with_me|with_us ..2 as_long_as|if_you|if_u|unless|until|only_if',
      'this|it|everything|the_video|the_pics|your_secret|ur_secret stays|stay|remains|will_stay|can_stay between_us|between_you_and_me|private|secret|hidden|offline ..3 if|as_long_as|long_as|once|when you|u pay|send|cooperate|do_what',
    ],
    unless: ['lol|lmao|haha|jk|joking|kidding|surprise|party|birthday|bday|gift|present|crush|gossip|tea|snacks|candy|chores|homework|answers|cream|rash|pimple|acne|itch|pain|cold|cough|doctor|medicine|stain|headache'],
    examples: {
      match: ['if u want this to go away its 300', 'ur secret is safe with me as long as u keep paying', 'u send me 200 and this stays between us', 'pay and everything stays private', 'it stays between us as long as u pay'],
      ignore: ['your secret is safe with me for now go study', 'your secret is safe with me', 'if you want this headache to go away its 5 bucks for advil', 'send me 5 bucks and this stays between us lol', 'pay for the gift and this stays between us, its a surprise'],
    },
  },
  {
    id: 'screen-recorded-whole-call',
    phrases: [
      'i [have] [just] [literally] screen_recorded|screenrecorded|screen_record|screenrecord|recorded|saved|captured ..2 our|the|that|your|ur whole|entire|full ..1 call|video_call|videocall|facetime|ft|vc|cam|session|show',
    ],
    unless: ['so_my|so_mom|so_dad|my_mom_can|my_dad_can|can_see_you|wanted_to_see_you|birthday|bday|surprise|singing|sing|dancing|dance|funny|hilarious|cute|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|notes|teacher|grandma|grandpa|movie|episode|study|group|team|karaoke|laughing|memories|memory|remember'],
    examples: {
      match: ['i screen recorded our whole call lol', 'i recorded the entire facetime', 'i saved our whole video call'],
      ignore: ['i recorded the whole facetime so my mom can see you', 'i screen recorded our whole call lol u were singing so bad', 'i recorded the whole call for the study group', 'i saved our whole facetime for the memories'],
    },
  },
  {
    id: 'veiled-leverage',
    weight: 3,
    phrases: [
      'i possess|obtained|have_obtained|acquired|have_acquired|hold ..4 footage|video|videos|recording|recordings|material|images|photos|content|evidence ..3 of|from|showing you|u|your|ur',
      'compromising|intimate|explicit|sensitive|embarrassing footage|video|videos|material|content|photos|images|recordings|pics ..4 of|from|showing you|u|your|ur',
      'i [have] [already] screenshotted|screenshot|screenshoted|saved|kept|ss every|all|each ..2 msg|msgs|message|messages|text|texts|chat|chats|dm|dms|convo|convos|snap|snaps ..3 we|you|u sent|had|wrote|said|did',
      'made|created|put_together|edited|compiled ..4 of|with your|ur pics|photos|pictures|nudes|videos|snaps ..4 with|w|and|n your|ur name|school|number|address|info|face|socials',
      'your|ur followers|followers_list|follower_list|friends_list|friend_list|contacts|contact_list|following ..1 is|are|has_been|have_been|been|was|were saved|copied|screenshotted|downloaded|backed_up|collected|mine',
      'i [have] [already] kept|saved|got a_copy|copies|a_recording|a_screenshot|a_screenrecording',
      'too_bad|shame|unfortunately|sadly|oops|guess_what|funny_thing i [already] saved|recorded|screenshotted|screen_recorded|kept|captured ..1 it|that|everything|them|all|you|u',
    ],
    unless: ['lol|lmao|haha|hahaha|jk|cute|memories|memory|sweet|aww|love_you|so_funny|hilarious|birthday|bday|gift|present|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|letter|hoodie|meme|memes|recipe|homework|notes|project|class|teacher|group|gc|trip|vacation|party|concert|game|match|yearbook|proof|evidence|report|reporting|police|draft|drafts|school_project|for_you|for_u|baby|puppy|dog|cat|wedding|graduation|highlight*|reel|clutch|insane|math|explained|rewatch|study|lecture|doc|docs|document|slides|sheet|spreadsheet|receipt|book|keys|key|cloud|backup|sync*|settings|sim|new_phone|tutorial|lesson|podcast|interview|song|singing|dancing|recital|practice', 'if_someone|if_somebody|if_anyone|someone_says|scammer|scammers|tell_an_adult|trusted_adult'],
    examples: {
      match: ['I possess compromising footage of you obtained via your webcam.', 'i screenshotted every msg we sent, the spicy ones too', 'i made a collage of ur pics w ur name n school on it', 'too bad i saved it', 'Your followers list is saved.', 'u look good on cam btw, i kept a copy'],
      ignore: ['i screenshotted every msg we sent, so cute', 'i made a collage of ur pics with ur name for ur bday', 'too bad i saved it as a draft', 'i kept a copy of the notes for you', 'your contacts are saved to the cloud backup', 'embarrassing photos of you from the trip lol', ],
    },
  },
  {
    id: 'still-have-it-recorded',
    phrases: [
      'it|everything|the_call|the_whole_call|that_call|all_of_it was|got|is|has_been|was_being|is_being [literally] screen_captured|screen_recorded|screenrecorded|recorded|captured|saved ..2 the_whole_time|the_entire_time|all_along|from_the_start',
      'remember what you|u sent|showed|did ..4 i [still] have|got|kept|saved it|them|that|everything',
      'i [have] [already] [just] screen_grabbed|screengrabbed|screengrab|screen_grab|screen_captured|screencaptured|screen_recorded|screenrecorded|recorded|captured your|ur live|livestream|stream|cam|webcam|call|video_call|facetime|show',
      'i_am|im in_possession_of|in_possesion_of ..3 recording|recordings|footage|video|videos|material|pics|photos|images|content|screenshots|files',
    ],
    unless: ['lol|lmao|haha|hahaha|jk|cute|memories|memory|sweet|aww|love_you|so_funny|hilarious|birthday|bday|gift|present|birthday_card|thank_you_card|christmas_card|xmas_card|greeting_card|get_well_card|valentine_card|valentines_card|card_for|sympathy_card|wedding_card|postcard|card_game|card_games|pokemon_card*|trading_card*|uno|business_card|library_card|id_card|sd_card|memory_card|letter|hoodie|meme|memes|recipe|homework|notes|project|class|teacher|group|gc|trip|vacation|party|concert|game|match|yearbook|proof|evidence|report|reporting|police|draft|drafts|school_project|for_you|for_u|baby|puppy|dog|cat|wedding|graduation|highlight*|reel|clutch|insane|math|explained|rewatch|study|lecture|tutorial|lesson|podcast|interview|song|singing|dancing|recital|practice', 'if_someone|if_somebody|if_anyone|someone_says|scammer|scammers|tell_an_adult|trusted_adult'],
    examples: {
      match: ['funny thing is it was screen captured the whole time', 'remember what u sent me? i still have it', 'the call was recorded the whole time btw', 'btw i screen grabbed ur live last nite', 'Hello. I am in possession of the recording from our session on the video site.'],
      ignore: ['remember what u sent me for my bday? i still have it', 'the whole call was recorded the whole time for the class', 'remember what u sent me lol i still have it', 'i recorded ur live for the highlights reel', 'i screen recorded your stream, that clutch was insane'],
    },
  },
  {
    id: 'all-your-nudes-from-your-cloud',
    phrases: [
      'got|have|downloaded|pulled|stole|saved|grabbed|copied all|every|each [one] [of] your|ur @nude',
      '@nude ..3 from|off|out_of your|ur icloud|cloud|phone|gallery|camera_roll|drive|google_photos|laptop|account|memories|my_eyes_only',
    ],
    unless: ['if_someone|if_somebody|if_anyone|someone_says|scammer|scammers|tell_an_adult|trusted_adult|never|delete|deleted|did_you|have_you|should|make_sure|back_up|backup'],
    examples: {
      match: ['got all ur nudes from ur icloud lmaooo password was ez', 'i downloaded every one of your nudes', 'your nudes from your icloud are mine now'],
      ignore: ['did you delete all your nudes from your icloud?', 'never keep nudes on your phone, delete them'],
    },
  },
  {
    id: 'recorded-through-your-camera',
    phrases: [
      'recorded|captured|filmed|recording|recordings|footage|filmed_you|recorded_you ..4 via|through|thru|by_hacking|by_accessing|using your|ur|the [own|front|laptop|phone|device] webcam|camera|cam|device|front_camera|phone_camera|laptop_camera|pc',
      'we [have] [already] hacked|accessed|infected|compromised|got_into|broke_into|took_over|recorded|filmed|captured ..2 your|ur|you account|device|phone|computer|laptop|pc|camera|webcam|cam|icloud|email|instagram|snapchat',
      'we have|got|gained [full] [complete] [total] access|control ..2 to|of|over your|ur account|phone|device|camera|webcam|computer|laptop|pc|icloud|email|contacts|photos|gallery',
      'software|malware|virus|spyware|trojan|program|hackers recorded|captured|filmed|accessed|hacked|activated|infected|took_over ..2 your|ur webcam|camera|cam|screen|device|computer|laptop',
      'detected|noticed|observed|know|saw ..6 visit|visited|visiting|watch|watched|watching adult|porn|porno|pornographic|xxx sites|site|websites|website|content|videos',
    ],
    unless: [
      'its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|just_a_scam|total_scam|obvious_scam|one_of_those|those_emails|spam|phishing|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|never_pay',
      'mine|my_phone_died|battery|borrow*|lend*|lent|thank*|podcast|interview|vlog|tiktok|youtube|birthday|bday|surprise|lol|lmao|haha|jk|concert|game|match|recital|trip|vacation|party|wedding|graduation|lecture|class|lesson|meeting|project|teacher|coach|practice|tutorial|dog|cat|puppy|baby|sunset|bird|birds|wildlife|doorbell|ring|security|nanny|baby_monitor|zoom_class',
    ],
    examples: {
      match: [
        'I am contacting you regarding footage captured through your webcam while you were on adult sites',
        'We have recorded intimate moments via your camera',
        'i recorded you thru ur webcam',
        'we hacked your phone and saw everything',
        'we have full access to your device and contacts',
        'Our malware captured your camera while you browsed',
        'We noticed that you were visiting porn websites late at night',
      ],
      ignore: [
        "my sister got one of those 'I recorded you through your webcam' emails, its a scam right",
        'i filmed the concert using your camera since mine died',
        'we recorded the podcast via your laptop camera, thanks for lending it',
        'we recorded the recital through the school camera lol',
        'the footage from your doorbell camera shows the package',
        'the antivirus software blocked your camera, restart it',
        'i know you watched the video i sent on the adult education site',
      ],
    },
  },
  {
    id: 'your-show-got-recorded',
    phrases: [
      'i [have] [just] [literally] screen_recorded|screenrecorded|recorded|captured|filmed|saved|clipped ..2 your|ur [lil|little|private|whole|entire|nice] omegle|skype|cam|webcam|striptease|cam_show|private_show|omegle_show|skype_show|little_show|lil_show',
      'your|ur [lil|little|private|cam|webcam|nice|whole|entire] show|call|video_call|videocall|facetime|cam|webcam|omegle|skype|striptease|performance ..5 got|was|been|is|has_been|were|is_being|was_being|all screen_recorded|screenrecorded|recorded|captured|saved|screenshotted|filmed|clipped',
    ],
    unless: ['its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|just_a_scam|total_scam|obvious_scam|one_of_those|those_emails|spam|phishing|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|never_pay', 'talent|school|play|recital|concert|dance|band|youtube|tiktok|theater|theatre|musical|game|match|graduation|grandma|grandpa|lecture|class|lesson|meeting|presentation|interview|podcast|teacher|practice|tournament|highlight*|vod|twitch|archive|replay|rewatch|quality|training|customer|support|service|purposes|doctor|appointment|therapy|court|hearing|radio|station|tv|news|premiere|episode|church|choir|team|coach'],
    examples: {
      match: [
        'ur lil show on omegle last nite got screen recorded',
        'i screen recorded ur omegle show lmao',
        'your whole facetime was recorded btw',
        'ur cam show got screenshotted and saved',
        'your little performance on skype is recorded',
      ],
      ignore: [
        "got one of those 'i recorded you through your webcam' emails, its a scam right",
        'your dance show got recorded, its on youtube',
        'your call was recorded for quality and training purposes',
        'ur performance at the talent show was recorded by the school',
      ],
    },
  },
  {
    id: 'have-that-call-recording',
    phrases: [
      'got|have|kept ..1 your|ur cam|webcam|facetime|skype|omegle|vc|snap_call ..1 video|videos|recording|recordings|clip|clips|pics|screenshots ..3 saved|on_my|recorded|downloaded|backed_up|right_here',
      'i [still|also|already|even] have|got|kept|saved ..2 that|the|our|your|ur|this|last_nights|last_night video_call|videocall|facetime|call|cam|vc|skype|omegle|snap_call ..1 recording|recordings|recorded|screen_recorded|screenrecorded|video|clip|clips|screenshots|footage|screen_recording|on_tape|on_video',
    ],
    unless: ['its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|just_a_scam|total_scam|obvious_scam|one_of_those|those_emails|spam|phishing|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|never_pay', 'birthday|bday|surprise|lol|lmao|haha|singing|dancing|funny|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|notes|teacher|grandma|grandpa|nana|family_call|movie|episode|game_stream|study|group|team|coach|doctor|therapy|for_you|for_u|you_asked|u_asked|work|client|boss'],
    examples: {
      match: [
        'i still have that video call recording',
        'i got the facetime recorded',
        'i still got ur cam recording',
        'i kept our skype video',
        'got ur cam vid saved on my laptop',
      ],
      ignore: [
        'i still have the video call recording from the study group',
        'i got the facetime recorded for grandma',
        'i have the call recording for the project meeting',
        'got ur cam video saved for the project',
      ],
    },
  },
  {
    id: 'something-of-yours',
    weight: 2,
    phrases: [
      'i|who|someone|somebody|someone_who|somebody_who|we have|has|got|hold|holding ..2 something|smth|sth|stuff|things|content|material ..1 of_yours|of_urs|that_belongs_to_you|you_would_want|you_want_back|you_do_not_want|you_would_not_want|that_could_ruin|that_can_ruin|that_would_ruin|you_sent|you_will_want|you_need_back',
    ],
    unless: ['its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|just_a_scam|total_scam|obvious_scam|one_of_those|those_emails|spam|phishing|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|never_pay', 'hoodie|jacket|sweater|keys|key|charger|left|forgot|forgotten|book|books|phone|wallet|bag|backpack|return|give_it_back|come_get|come_grab|pick_up|pick_it|lol|haha|lmao|jk|birthday|bday|gift|present|surprise|lost_and_found|locker|car|house|my_place|at_mine|mail|package|order'],
    examples: {
      match: ['Someone who has something of yours.', 'someone has something that belongs to you. pay 100 and its yours', 'i have something of yours that you would not want ur parents to see', 'i got stuff you dont want out there'],
      ignore: ['i have something of yours, you left your hoodie at my place', 'i have something of yours lol come get it', 'someone who has something of yours turned it in to the lost and found'],
    },
  },
  {
    id: 'extracted-your-contacts',
    phrases: [
      'extracted|harvested|exported|obtained|collected|stole|stolen|grabbed|scraped|pulled|copied|downloaded ..3 your|ur [full|entire|whole|complete] contact_list|contacts|address_book|friends_list|friend_list|followers_list|follower_list|phonebook|phone_book|email_contacts|contact_book|list_of_contacts|list_of_followers',
    ],
    unless: ['new_phone|asked|for_you|for_u|like_you|transfer|transferred|backup|back_up|sync|synced|spreadsheet|newsletter|invite*|wedding|party|sim|sim_card|settings|app|apps|permission|permissions|privacy|policy|scam|scammer|scammers|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|news|article|data_breach|breach'],
    examples: {
      match: ['We have recorded you and extracted your full contact list.', 'i already scraped ur followers list', 'stole your contacts from your phone'],
      ignore: ['i copied your contacts to the new phone like you asked', 'this app harvested your contacts, check the privacy settings', 'i exported your contacts for the party invites'],
    },
  },
  {
    id: 'got-your-password',
    phrases: [
      'this|is_this|thats|that_is your|ur instagram|snapchat|snap|account|tiktok|discord|icloud|email|gmail|profile|fb|facebook ..4 i [have] [just] [now] [already] got|have|changed|reset|know|stole|cracked the|your|ur|its password|passcode|login|logins',
      'i [have] [just] [now] [already] got|have|changed|reset|stole|cracked ..1 the|your|ur|its password|passcode|login ..3 to|for|of your|ur instagram|snapchat|snap|account|icloud|tiktok|email|gmail|discord|fb|facebook|phone',
      'i_am|im|i_am_literally|im_literally|i_am_already|im_already in|inside your|ur icloud|google_photos|google_drive|cloud|hidden_album|my_eyes_only|email|gmail|laptop|computer',
      'give|giving|get ..1 it|them|your_account|ur_account|access|your_password|ur_password|your_instagram|ur_instagram|your_snapchat|ur_snapchat back ..4 when|if|once|after|as_soon_as|only_if you|u send|give ..3 @photo|nude|nudes|pic|pics',
    ],
    unless: ['its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|just_a_scam|total_scam|obvious_scam|one_of_those|those_emails|spam|phishing|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|never_pay', 'added|add|now_that|accepted|shared|you_sent|you_shared|asked|like_you|you_wanted|for_you|wifi|wi_fi|netflix|spotify|hulu|disney|locker|school_login|someone|somebody|think|maybe|careful|should|change_it|reset_it|lol_jk|jk|forgot|forget|remember|the_group|group_chat|gc|mom|dad|teacher|trip|party|vacation'],
    examples: {
      match: ['this ur insta? i got the password now', 'im in your icloud lol all those pics', 'i have the password to your instagram now', 'ill give it back when u send me 5 pics'],
      ignore: ['i got the password for the wifi', 'is this your account? i reset the password like you asked', 'ill give it back when u send me the pics from the trip'],
    },
  },
  {
    id: 'amount-and-it-stays-private',
    phrases: [
      '# ..3 @currency|@payment|usd|btc|bitcoin|robux|vbucks ..4 and|n|then ..2 it|this|everything|they|them|the_video|the_pics|your_secret|ur_secret|your_pics|ur_pics [all] stays|stay|remains|remain|will_stay|will_remain|can_stay private|between_us|between_you_and_me|secret|hidden|offline|safe|with_me|off_the_internet',
      '@currency # ..4 and|n|then ..2 it|this|everything|they|them|the_video|the_pics|your_secret|ur_secret|your_pics|ur_pics [all] stays|stay|remains|remain|will_stay|will_remain|can_stay private|between_us|between_you_and_me|secret|hidden|offline|safe|with_me|off_the_internet',
    ],
    unless: ['its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|just_a_scam|total_scam|obvious_scam|one_of_those|those_emails|spam|phishing|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|never_pay', 'lol|lmao|haha|jk|joking|kidding|surprise|party|birthday|bday|a_gift|the_gift|gifts|present|presents|secret_santa|crush|gossip|spent|spend|spending|do_not_tell_my|my_brother|my_sister|my_mom|my_dad|bought|buy|tea|snacks|candy|chores|homework|answers|owe|back|lunch|pizza|ticket|tickets|split|bet|sale|selling|price|shipping|hoodie|jacket|game|controller'],
    examples: {
      match: ['Someone who has something of yours. $250 in steam cards and it stays private.', '200 in gift cards and it stays between us', '500 via cashapp and it all stays private', '300 on cashapp and this stays between us', '100 bucks and ur pics stay offline'],
      ignore: ['20 bucks and your secret stays safe lol', '200 in robux and it stays between us, dont tell my brother i spent it', '20 in gift cards and it stays between us for secret santa', '$5 for the gift and it stays a surprise', '10 dollars and it stays between us, i wont tell mom about the pizza'],
    },
  },
  {
    id: 'know-what-you-did-on-cam',
    phrases: [
      'i [already] know|saw|seen|watched what you|u did|do|were_doing|showed|have_been_doing ..3 on|in|during|over|in_front_of cam|camera|webcam|facetime|ft|skype|omegle|video_call|videocall|call|snap|live|stream',
      'i [have] [just] [literally] screen_recorded|screenrecorded|recorded|filmed|captured|saved|screenshotted ..2 when|while you|u showed|were_showing|did|took|stripped|undressed|flashed|got_naked|were_naked|touched ..3 on|over|during|in cam|camera|ft|facetime|video_call|call|snap|skype|omegle|live|front_of_the_camera',
    ],
    unless: ['lol|lmao|haha|jk|joking|kidding|dance|dancing|song|singing|trick|tricks|magic|prank|funny|hilarious|cute|tiktok|game|match|recital|talent|karaoke|cooking|recipe|makeup|tutorial|homework|class|lesson|lecture|project|presentation|meeting|interview|birthday|bday|puppy|dog|cat|baby|outfit|haircut|art|drawing|painting'],
    examples: {
      match: ['I know what you did on camera last night.', 'i screen recorded when u showed me on ft', 'i recorded while you undressed on cam'],
      ignore: ['i know what you did on facetime lol you fell asleep', 'i screen recorded when you showed me the dance on ft', 'i know what you did on the math test'],
    },
  },
  {
    id: 'saved-in-my-camera-roll',
    phrases: [
      '@photo|nudes|recording|recordings|clip|clips of you|u|yourself ..2 is|are [still] [safe|saved|sitting|stored] ..1 in|on my camera_roll|phone|gallery|laptop|drive|cloud|computer|pc|hard_drive|folder|vault|usb',
      'your|ur @nude|snaps|nudes ..3 are|is|got|were|have_been saved|backed_up|stored|copied|uploaded ..3 on|in|to|across ..3 drives|drive|cloud|computers|devices|phones|accounts|usb|server|servers|places|backups|backup|folders',
      'your|ur snaps|pics|messages|videos|nudes did_not|didnt|never|do_not|dont disappear|disappeared|delete|get_deleted|expire|vanish',
      '@photo|nudes|pics|video|videos|them|those ..4 i [still] [also] have|got|kept|saved them|those|it|em|all_of_them|every_one|both|all',
      'everything|all|whatever you|u [ever] [have] sent|showed|gave me ..2 is|are|was|has_been|got|have_been backed_up|saved|screenshotted|recorded|stored|safe_with_me|on_my_phone|on_my_laptop|in_my_gallery',
      'i [have] saved|screenshotted|kept|recorded|downloaded every|each|all ..1 one|single_one|snap|snaps|pic|pics|video|videos|of_them|one_of_them|single_snap|single_pic',
      'screenshotted|saved|kept|recorded|have|got ..6 dirty|spicy|nasty|naughty|sexy|nude|naked|explicit|lewd|private ones|messages|texts|chats|snaps|msgs|pics|videos',
      'i have|got|made|kept|saved ..1 backups|backup|copies|copy|a_copy ..2 of_everything|of_it_all|of_all_of_it|of_your|of_ur|of_them|of_the_video|of_the_pics|everywhere|on_every|in_multiple|on_multiple|on_different|in_different',
      'will_not|wont|does_not|doesnt|not|nothing|no_point|useless ..3 help|matter|change|point ..4 i have|got|made|kept backups|copies|a_backup|a_copy',
    ],
    unless: ['lol|lmao|haha|jk|joking|kidding|singing|dancing|funny|hilarious|cute|sweet|aww|baby|puppy|dog|cat|birthday|bday|trip|vacation|holiday|party|wedding|prom|graduation|concert|game|match|camp|beach|yearbook|album|school|class|project|homework|notes|files|docs|document|documents|paperwork|forms|receipts|slides|essay|work|talent|show|performance|speech|play|musical|competition|contest|race|tournament|because|you_saved|u_saved|in_chat|glitch|bug|update|lawyer|court|custody|insurance|tax|taxes|records|bank|doctor|hospital|application|visa|passport|recipe|food|chips|wings|salsa|noodles|peppers|meme|memes|memories|if_you_want|you_want|want_them|need_them|send_them|sending_them|for_you|for_u|back_to_you|give_them_back|tickets|streak|streaks|settings|app|autosave|auto_save|phone_storage|storage|icloud_settings', 'its_a_scam|it_is_a_scam|is_a_scam|scam_right|one_of_those|those_emails|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult'],
    examples: {
      match: [
        'that video of u is still in my camera roll',
        'your nudes are saved on 3 different drives so blocking me does nothing',
        'your snaps didnt disappear, i saved every one',
        'so about those pics... i still have them',
        'everything you sent me is backed up',
        'ive got 200 of your messages screenshotted, the dirty ones',
        'deleting your account wont help, i have backups',
        'i have copies of everything you sent',
      ],
      ignore: [
        'that video of you singing is still in my camera roll lol',
        'everything you sent me for the project is backed up',
        'your snaps didnt disappear, check your settings',
        'about those pics from the trip, i still have them if you want',
        'i saved the spicy ones, the wings were so good',
        'i have copies of the notes for the test',
        'that video of you is still in my camera roll, the one from the talent show',
        'your snaps didnt disappear because you saved them in chat',
        'i have copies of everything for the custody lawyer',
      ],
    },
  },
  {
    id: 'send-more-and-i-delete',
    phrases: [
      'send|sending ..3 one|1|another|more|last|two|2|three|3 ..3 and|then|n|after_that i|ill|@iwill|i_promise_i|i_promise_to ..1 delete|remove|erase|destroy|wipe ..2 it|them|the|that|this|those|everything|all',
    ],
    unless: ['meme|memes|link|links|file|files|homework|notes|draft|drafts|listing|post|posts|blurry|ugly|of_me|my_pic|my_pics|my_photo|wrong_one|duplicate|duplicates|screenshot_of_the|email|emails|message_by_mistake|by_mistake|voice_note|playlist|song|songs|version|versions|design|logo'],
    examples: {
      match: ['i still have one. send one more and ill delete it for real', 'send 2 more then i promise i delete them all', 'just send another one n i erase everything'],
      ignore: ['send one more and i delete the blurry ones', 'send me the last version and ill delete the old drafts', 'sending one more, then i delete the wrong one i sent by mistake'],
    },
  },
  {
    id: 'delete-it-if-you-pay',
    phrases: [
      '@iwill|and_i|then_i|ill|i_promise_i|i_promise_to delete|remove|erase|destroy [the|your|ur|those|these|that|all|all_the|all_your] video|videos|pics|photos|pictures|nudes|recording|recordings|clip|clips|it|them|everything|footage|files ..4 if|when|once|after|as_soon_as you|u pay|send|transfer|venmo|cashapp|zelle|do_what|give_me',
      '@iwill|and_i|then_i|ill|i_promise_i|i_promise_to delete|remove|erase|destroy [the|your|ur|those|these|that|all|all_the|all_your] video|videos|pics|photos|pictures|nudes|recording|recordings|clip|clips|it|them|everything|footage|files ..4 you_have_my_word|after_payment|after_you_pay|once_you_pay|when_you_pay|once_i_get_paid|when_i_get_paid|once_i_receive|when_i_receive',
      'pay|send|venmo|cashapp|zelle|transfer ..6 and|n|then i|ill|@iwill ..1 delete|remove|erase|destroy ..2 the|your|ur|it|them|everything|those|these|all',
    ],
    unless: ['lol|lmao|haha|jk|joking|kidding|listing|post|ad|ads|ticket|tickets|order|account_settings|subscription|app|game|save|file_for|homework|notes|draft|embarrassing_pic|ugly_pic|blurry|my_pic|my_photo|of_me|the_one_of_me'],
    examples: {
      match: ['pay 80 on paypal and ill delete the video, you have my word', 'i will delete everything once you pay', 'send 200 and i delete them'],
      ignore: ['pay for the ticket and ill delete the listing', 'i will delete the pics once you pick your favorite', 'send me 5 bucks and ill delete the embarrassing pic lol', 'ill delete the pics of me once you send the good ones'],
    },
  },
  {
    id: 'screenshot-of-your-followers',
    phrases: [
      'screenshot|screenshots|list|lists|pic|photo|collage ..1 of your|ur followers|following|contacts|contact_list|friends_list|friend_list|family|family_members|classmates|relatives',
    ],
    unless: ['count|1k|10k|100k|milestone|hit|congrats|congratulations|lol|lmao|haha|jk|party|birthday|bday|wedding|invite|invitation|reunion|tree|family_tree|christmas|thanksgiving|vacation|trip|holiday|album|project|class_project|yearbook|cute|sweet|aww|dinner'],
    examples: {
      match: ["I've attached a screenshot of your followers.", 'here is a list of your family members and classmates'],
      ignore: ['screenshot of your followers count lol you hit 1k', 'i made a collage of your family for the reunion'],
    },
  },
  {
    id: 'have-your-sexual-video',
    phrases: [
      'i|we have|got|hold|possess|own ..2 your|ur sexual|intimate|explicit|private|naked|nude|compromising|dirty|spicy video|videos|pics|photos|recording|recordings|images|content|footage|material|clip|clips',
      'your|ur private|intimate|sexual|explicit|naked|nude video|videos|pics|photos|recording|recordings|images|content ..3 has_been|have_been|was|were|is|are uploaded|saved|stored|copied|backed_up|downloaded ..2 to|on|onto|in a|the|my|our server|cloud|drive|computer|site|website|servers',
      'if|even_if|when|after you|u block|report|delete|leave|tell|change ..4 i|we [will] [would] still have|keep|got copies|backups|a_copy|a_backup|the_pics|the_video|everything|them',
      'i|we [will] [would] still have|keep|got|keep_the copies|backups|a_copy|a_backup|the_pics|the_video|everything|them ..3 if|even_if|when|after you|u block|report|delete|leave|tell|change',
      'i have|got|know ..2 your|ur number|phone_number|address|email|insta|instagram|snap|snapchat ..2 and|n|plus|also your|ur @audience|moms|mums|dads|parents|sisters|brothers',
      'folder|file|album|drive|collection ..1 with|named|called|labeled|labelled your|ur name ..3 full_of|of_your|with_your|pics|photos|nudes|videos',
    ],
    unless: ['trip|vacation|holiday|party|wedding|prom|graduation|yearbook|school|class|homework|notes|project|drawings|drawing|art|birthday|bday|gift|emergency|carpool|pickup|pick_up|practice|coach|team|camp|lol|haha|jk|album_cover|recipe|for_you|for_u|like_you_asked|you_asked|forms|paperwork|emergency_contact|contact_sheet', 'its_a_scam|it_is_a_scam|is_a_scam|scam_right|one_of_those|those_emails|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult'],
    examples: {
      match: ['we have your sexual video and will share it', 'Your private video has been uploaded to a server.', 'if you report me i will still have copies and i will post them', "i have your number and your mom's", 'i have a folder with your name on it, full of your pics'],
      ignore: ['i have your private photos from the trip, want them?', "i have your number and your mom's for the carpool", 'i have a folder with your name on it, full of your drawings from art class'],
    },
  },
  {
    id: 'got-the-pics-you-sent',
    weight: 2,
    phrases: [
      'i [still|also|already] have|got|kept|saved ..1 the|those|these|that|this|your|ur|all_the|all_your|all_ur @photo|snaps|pictures ..1 you|u sent|sent_me|showed|gave|took',
      'i still have|got the|those|these|your|ur pics|nudes|videos|video|photos|pictures|snaps',
      '@iwill|and_i|then_i|ill forget|drop|delete|let_go_of ..2 this|it|everything|all_this|all_of_this ..1 ever_happened|happened|ever_existed',
    ],
    unless: ['falling|fell|fall|tripped|slipped|pool|prank|sleeping|snoring|dancing|singing|trip|vacation|holiday|party|wedding|prom|graduation|yearbook|school|class|homework|notes|project|birthday|bday|gift|cute|sweet|aww|beautiful|pretty|so_good|amazing|love_them|thanks|thank|thx|ty|lol|haha|lmao|jk|pizza|dinner|lunch|argument|fight|drama|beach|camp|concert|game|match|dog|cat|puppy|baby|recipe|sunset|album'],
    examples: {
      match: ['I got the pics u sent on snap', "buy me a $100 xbox card and I'll forget this ever happened"],
      ignore: [ 'i still have the video of u falling in the pool','i got the pics you sent from the trip, so cute', "buy me pizza and i'll forget this ever happened lol"],
    },
  },
  {
    id: 'what-i-have-of-you',
    phrases: [
      'what|everything|all i have|got|saved|kept|recorded ..1 of|on you|u',
      'you|u have_been|were|are_being|got recorded|filmed|captured|screen_recorded|watched|photographed',
    ],
    unless: ['birthday|bday|gift|present|surprise|christmas|xmas|lol|haha|lmao|jk|absent|attendance|present|late|recorded_as|for_the|for_class|class|lesson|meeting|zoom|lecture|interview|practice|game|match|recital|concert|play|show|ceremony|graduation|wedding|team|coach|teacher|school|camera_for|security|cctv|in_the_store|store|shop|quality|training|purposes|voicemail|message_for|podcast|dance|dancing|singing|tiktok|funny|cute|proud|so_good|amazing|yearbook|photographer|photos_from|pics_from'],
    examples: {
      match: ['ur bf is gonna love what i have of u', 'You have been recorded. Reply to this message within 12 hours.', 'remember what i have on you'],
      ignore: ['you have been recorded as absent today', 'wait till you see what i got you for your birthday', 'you were filmed at the game, youre on the jumbotron lol'],
    },
  },
  {
    id: 'sensitive-material-involving-you',
    phrases: [
      'obtained|acquired|possess|hold|holding|have_obtained|has_obtained|collected ..4 material|content|footage|video|videos|images|recordings|photos|files ..6 involving|featuring|showing|depicting|of you|u|yourself',
      'explicit|intimate|sexual|compromising|sensitive content|material|footage|video|videos|images|photos|recording|recordings ..2 featuring|involving|of|showing|depicting you|u|yourself',
      'not|never|will_not|wont|am_not|im_not deleting|delete|remove|removing|erasing|erase it|them|anything|this|that|the_video|the_pics|your_pics ..1 for_free|without_payment|unless|until|for_nothing|without_getting_paid',
    ],
    unless: ['goal|game|match|recital|concert|play|graduation|ceremony|yearbook|team_photo|sports_team|coach|school|class|lesson|training|meeting|news|article|documentary|scam|scammer|scammers|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|lol|haha|jk|account|app|file_for|homework|notes|project|draft|listing|post|game_save|save_file'],
    examples: {
      match: ['Greetings. Our team has obtained material of a sensitive nature involving you.', 'This message concerns explicit content featuring you.', 'and im not deleting it for free'],
      ignore: ['we obtained footage of you scoring the goal, its on the school site', 'im not deleting the game save for free lol'],
    },
  },
  {
    id: 'kept-everything-from-last-night',
    weight: 3,
    phrases: [
      'kept|saved|have|got|recorded ..1 everything|it_all|all_of_it ..2 from last_night|our_call|the_call|our_facetime|our_chat|that_night|yesterday|our_video_call',
      'that_is|thats|this_is|is_that you|u in|on the|this|that video|pic|pics|clip|recording ..1 right',
    ],
    unless: ['party|decorations|leftovers|food|dinner|lunch|trip|vacation|game|match|concert|school|class|project|homework|notes|lecture|meeting|recital|show|play|talent|team|lol|haha|jk|cute|funny|so_good|great|amazing|proud|want_any|you_want|u_want|for_you|yearbook|news|tv'],
    examples: {
      match: ['good. i kept everything from last night', 'thats you in the video right'],
      ignore: ['i kept everything from the party, the decorations and stuff', 'thats you in the video right? the school one'],
    },
  },
  {
    id: 'the-ones-you-thought-disappeared',
    phrases: [
      'your|ur pics|nudes|videos|video|photos|snaps are|r|is [already|all|safely] on|in my laptop|phone|computer|drive|cloud|pc|gallery ..4 backed_up|saved|copied|do_not_even_try|dont_even_try|dont_bother|do_not_bother',
      'remember our|the|that|last_nights facetime|call|video_call|vc|skype|cam|snap_call|omegle ..6 saved|recorded|screenshotted|kept|have_it|got_it|screen_recorded',
      'the|those|these ones|snaps|pics|videos|vids|photos you|u thought|think ..1 disappeared|were_gone|got_deleted|were_deleted|deleted|vanished|expired',
      'we|i have|hold|possess ..4 evidence|proof|records|recordings|footage ..6 intimate|explicit|sexual|compromising|adult|private|nude|naked',
      'rest of you|u|your_body|ur_body ..1 in frame|in_the_frame|in_the_shot|in_view|visible|showing',
      'pay|send|venmo|cashapp|zelle|transfer ..6 and|then|n this|it|everything|all_this|all_of_this [all] goes_away|go_away|disappears|stays_private|stays_between_us|stays_secret|never_happened|is_forgotten',
      'i [have] [already] [just] made|created|opened|set_up|started ..3 account|accounts|profile|profiles|page ..2 pretending_to_be|posing_as|impersonating|as you|u',
    ],
    unless: ['slideshow|slide_show|collage|scrapbook|album|print|prints|picture_frame|photo_frame|sextort*|birthday|bday|reminding|remind|reminder|lol|haha|jk|funny|confused|cute|dog|cat|puppy|trip|vacation|party|homework|notes|project|class|school|team|game|fan|fanpage|parody|for_the|registration|tickets|ticket|order|subscription|fee|fees|rent|bill|lunch|pizza|owe|back', 'scam|scammer|scammers|if_someone|if_somebody|if_anyone|tell_an_adult|trusted_adult|report_it|careful|watch_out|someone_made|somebody_made'],
    examples: {
      match: ['i have ur snaps from last week. the ones u thought disappeared', 'ur pics r already on my laptop and backed up. dont even try', 'remember our facetime? i do. i have it saved', 'we have evidence of your online activity including intimate video recordings', 'i screenshotted ur face during the call. with the rest of u in frame', "don't make this harder than it needs to be. send the cards and this all goes away", 'i made an account pretending to be you and im gonna post the pics there'],
      ignore: ['send the cards for the birthday and this all goes away, i will stop reminding you', 'someone made an account pretending to be you, report it', 'the ones you thought disappeared are in the lost and found lol', 'your pics are already on my laptop, ill make the slideshow tonight', 'remember our facetime? i do lol you fell asleep'],
    },
  },
  {
    id: 'thats-you-in-the-clip',
    phrases: [
      'you|u in|on this|that|the|my clip|video|recording|vid|footage|screenshot ..6 got|have|saved|recorded|kept ..2 the_whole|whole|all|everything|it_all|full|entire',
    ],
    unless: ['concert|game|match|party|lol|lmao|haha|jk|trip|vacation|recital|play|show|practice|tournament|goal|dance|dancing|singing|wedding|graduation|birthday|bday|prom|yearbook|tiktok|vlog|lecture|class|presentation|school_play|cute|funny|legend|iconic'],
    examples: {
      match: ["btw thats u in this clip right? i've got the whole thing saved", 'this is you on the recording. i have all of it'],
      ignore: ['thats u in this clip from the concert right? i got the whole thing', 'you in the video of the game, i saved the whole match lol'],
    },
  },
  {
    id: 'been-through-your-vault',
    phrases: [
      'your|ur my_eyes_only|hidden_folder|private_folder|hidden_album|private_album|locked_folder|vault|secret_folder|secret_album ..4 interesting|very_interesting|spicy|nice|fun|full|saw|seen|looked|went_through|found|have|got|copied|downloaded|saved',
      'went|been|looked|looking|scrolled|scrolling|gone through your|ur my_eyes_only|hidden_folder|private_folder|hidden_album|private_album|locked_folder|vault|secret_folder|secret_album|camera_roll|gallery|icloud|cloud|google_photos|memories|dms|drive',
    ],
    unless: ['trip|vacation|party|birthday|bday|wedding|graduation|concert|game|recipe|homework|notes|lol|lmao|haha|jk|for_the|to_find|looking_for|find_the|your_permission|you_asked|u_asked|you_said|asked_me|help|helping|backup|back_up|storage|full_storage|space|delete|clean|organize|password_for'],
    examples: {
      match: ['your my eyes only folder is very interesting', 'i went through your camera roll after i got in'],
      ignore: ['i went through your camera roll to find the trip pics like you asked', 'your my eyes only is full, delete some stuff lol'],
    },
  },
  {
    id: 'buy-my-silence',
    phrases: [
      '# ..5 and|n|then|or i|ill|@iwill ..2 keep_my_mouth_shut|keep_quiet|stay_quiet|say_nothing|wont_tell|will_not_tell|never_tell|not_tell_anyone|forget_about_it|forget_this|forget_everything|forget_the_video|forget_the_pics|delete_it|delete_everything|delete_them|delete_the_video|delete_the_pics',
      '@payment|cards|card|money|cash|bucks|robux|vbucks ..4 and|n|then|or i|ill|@iwill ..2 keep_my_mouth_shut|keep_quiet|stay_quiet|say_nothing|wont_tell|will_not_tell|never_tell|not_tell_anyone|forget_about_it|forget_this|forget_everything|forget_the_video|forget_the_pics|delete_it|delete_everything|delete_them|delete_the_video|delete_the_pics',
      'stay|keep|kept|remain ..3 between_us|quiet|secret|private|hidden|offline|off_the_internet ..6 cost|costs|price|pay|fee',
    ],
    unless: ['lol|lmao|haha|hahaha|jk|kidding|joking|pizza|lunch|dinner|snack*|candy|boba|coffee|ice_cream|surprise|party|gift|present|birthday|bday|christmas|xmas|secret_santa|spoiler*|crush|homework|notes|chores|bet|owe|back|ticket*|subscription|plan|storage|cloud|icloud|vpn|privacy_settings|account_settings|hosting|server|domain'],
    examples: {
      match: ['hey so i know about the video. 50 bucks and i forget about it', "buy me 2 roblox cards and i'll keep my mouth shut", "want it to stay between us? that'll cost you"],
      ignore: ["buy me boba and i'll keep my mouth shut about your crush", '5 bucks and i forget about it lol', 'keeping your photos private on the cloud will cost you 2 dollars a month for storage'],
    },
  },
  {
    id: 'your-nudes-are-on-my-phone',
    phrases: [
      '@nude ..2 are|r|is|in|on|sit|sitting|saved_on|saved_in my phone|camera_roll|gallery|screensaver|wallpaper|lockscreen|laptop|computer|pc|drive|cloud|folder|hard_drive|possession|hands|favorites|favourites',
      'contact_list|contacts|followers|friends_list|follower_list|friend_list ..6 and|plus|n|with that|the|your|ur|those|these video|videos|pics|nudes|clip|recording|photos|screenshots',
      'your|ur webcam|camera|cam|device|devices|laptop|computer|pc was|has_been|got|is|were compromised|hacked|infected|accessed|breached|hijacked ..6 i|we have|got|recorded|captured|installed|gained|now|saw|made',
    ],
    unless: ['for_the|slideshow|reunion|memorial|funeral|invites|invitations|trip|vacation|party|wedding|graduation|concert|game|match|recital|team|yearbook|birthday|bday|lol|lmao|haha|jk|kidding|cute|sweet|pretty|beautiful|baby|puppy|dog|cat|scam|scammer|scammers|news|article|email_saying|message_saying|text_saying|fake_email|phishing|spam|antivirus|update|it_guy|tech_support|repair|fixed|fix|reset|password_reset'],
    examples: {
      match: ['ur nudes r my screensaver now', 'i got ur whole contact list and that video. do the math', 'Your webcam was compromised. I have recordings.'],
      ignore: ['your pics are on my phone from the beach', 'your laptop was hacked? change your password asap', 'your webcam got hacked?? thats scary, tell your parents', 'i got your contact list and the photos for the reunion slideshow', 'your pics are in my camera roll from the trip lol', 'your laptop got infected, take it to the repair shop', 'i got your contact list for the party and the video from last year'],
    },
  },
  {
    id: 'safe-with-me-for-a-price',
    phrases: [
      'safe|quiet|hidden|between_us|with_me|secret|private ..3 for [a|the] price|fee|small_fee|right_price|cost|little_something|some_money|small_price',
    ],
    unless: ['hug|hugs|kiss|kisses|favor|favour|price_of_one|price_of_a|lol|lmao|haha|jk|kidding|pizza|lunch|dinner|candy|chocolate|cookies|boba|coffee|snack*|surprise|party|gift|present|birthday|bday|christmas|crush|spoiler*|recipe|storage|cloud|vpn|locker|safe_deposit|bank'],
    examples: {
      match: ['your little secret is safe with me... for a price', 'i can keep this quiet for a small fee'],
      ignore: ['your secret is safe with me for a price of one hug', 'your secret is safe with me for the price of a pizza lol', 'your stuff is safe in my locker for a small fee of one cookie'],
    },
  },
  // ---- round 6 (en-ut): leverage said in other words ----
  {
    id: 'remember-what-i-have-on-you',
    phrases: [
      'remember|forget|forgot|forgetting ..2 what|everything|all i [still] [also] have|got|saved|kept|recorded ..1 on|of|from you|u|my_phone|my_laptop|my_computer|my_pc|my_camera_roll|my_gallery|my_drive|my_cloud',
      'do_not|never forget who|what has|holds|have|got ..1 your|ur @photo|nudes|secrets|secret|videos|pics',
      'you|u [already] [still] know what i [still] have|got|saved|kept',
      'the one|guy|girl|person with|who_has|who_have your|ur videos|pics|nudes|photos|secrets|vids',
    ],
    unless: ['new|new_phone|news|plan|plans|idea|planned|for_you|for_u|in_my_bag|in_store|lunch_box|birthday|bday|gift|present|surprise|christmas|xmas|meme|memes|recipe|homework|notes|test|exam|quiz|trip|vacation|holiday|party|concert|game|match|beach|camp|prom|charger|keys|hoodie|jacket|book|books|money|cash|dinner|lunch|pizza|playlist|song|songs|grocery|groceries|list|schedule|dog|cat|puppy|baby|cute|funny|hilarious', 'its_a_scam|it_is_a_scam|is_a_scam|scam_right|one_of_those|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|tell_an_adult|trusted_adult'],
    examples: {
      match: ['dont u dare leave me on read again. u know what i have', 'the one with your videos', 'lol you think I forgot? remember what I have on my phone', 'remember what i have of you', 'dont forget what i got on u', 'did you forget everything i saved from you?', 'never forget who has your pics'],
      ignore: ['remember what i have on my phone? the concert vid lol', 'dont forget what i have to do tomorrow', 'remember what i got you for your birthday', 'remember what i have on my phone, the grocery list'],
    },
  },
  {
    id: 'amount-and-it-all-disappears',
    phrases: [
      'for|just|only # [more] [@currency] ..3 it|this|everything|they|them|all_of_it|the_video|the_pics|your_pics|the_recording|your_video [all] disappears|disappear|goes_away|go_away|gets_deleted|get_deleted|vanishes|vanish|is_gone|are_gone|gone|deleted|erased',
      '# [more] ..2 @currency|@payment ..3 and|n|then it|this|everything|they|them|all_of_it|the_video|the_pics|your_pics|your_video|the_recording [all] [will] disappears|disappear|goes_away|go_away|vanishes|vanish|is_gone|are_gone|gone|deleted|erased|gets_deleted',
    ],
    unless: ['stain|stains|acne|pimple|pimples|rash|scratch|scratches|dent|smell|cream|product|serum|lotion|sale|deal|upgrade|subscription|ads|ad|premium|storage|cleaning|clean|wash|repair|fix|mechanic|laundry|dry_cleaning|delivery|shipping|hair|haircut|nails|tattoo|removal|lol|lmao|haha|jk|kidding|ticket|tickets|fine|fee|late_fee|owe|back|lunch|pizza|pickup|obo|first_come|selling|sell|price'],
    examples: {
      match: ['sure, and for 150 more it all disappears for good. zelle this time', 'only 200 and it all goes away', '300 bucks and the video is gone', '50 in steam cards and they disappear', 'for 100 the recording gets deleted'],
      ignore: ['for 20 more the stain is gone, best cleaner ever', 'only 5 bucks and the ads go away with premium', '$30 and the dent is gone, the mechanic is cheap', 'for 10 more it all goes away lol'],
    },
  },
  {
    id: 'saved-everything-so-do-not-block',
    phrases: [
      'screenshotted|screenshoted|screenshot|screenshots|ss|saved|recorded|screen_recorded|screenrecorded|kept|backed_up|downloaded|copied ..1 everything|it_all|all_of_it|all|every|each|them_all ..6 think_twice|do_not_block|before_you_block|if_you_block|blocking_me|block_me|report_me|reporting_me|do_not_even_think|do_not_even_try|no_point|will_not_help|does_not_matter|so_do_not|so_block|go_ahead_and_block|so_blocking',
      'every|each|all ..1 msg|msgs|message|messages|pic|pics|photo|photos|snap|snaps|video|videos|text|texts|chat|chats|call|calls ..6 think_twice|do_not_block|before_you_block|if_you_block|blocking_me|block_me|report_me|reporting_me|do_not_even_think|do_not_even_try|no_point|will_not_help|does_not_matter|so_go_ahead',
    ],
    unless: ['drive|shared_drive|shared_folder|doc|docs|file|files|folder|project|the_album|the_folder|the_drive|the_files|storage|backup|cloud|album|lol|lmao|haha|jk|kidding|homework|notes|lecture|class|test|exam|quiz|study|project|recipe|meme|memes|group_chat|gc|evidence|proof_for|report_him|report_her|report_them|report_it|tell_an_adult|trusted_adult|police|mod|mods|moderator|admin|teacher|counselor|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|scammer|scammers|bully|bullies|harass*'],
    examples: {
      match: ['screenshotted everything btw. every msg every pic. so think twice before u block me', 'saved it all so dont even think about blocking me', 'every pic every video, think twice before you report me', 'i kept everything. blocking me wont help'],
      ignore: ["i saved everything, think twice before you delete the shared drive", 'i saved all the pics, think twice before you delete the album', 'screenshotted everything he said, report him to the mods', 'saved all the notes so dont even think about skipping class lol', 'screenshotted every msg as evidence, tell an adult'],
    },
  },
  {
    id: 'blocking-will-not-help',
    phrases: [
      'deleting|delete|deactivating|deactivate|blocking|block|unadding|unadd|reporting|report|ignoring|ignore|changing|change|leaving|ghosting|running|hiding me|your_account|your_accounts|your_profile|your_instagram|your_snapchat|your_snap|your_number|your_phone|your_phone_number|this_chat|the_chat|our_chat|our_chats|your_messages|the_messages|the_pics|your_pics|the_video|everything|your_socials|your_name ..1 will_not|would_not|is_not_going_to|not_going_to|never|cannot|can_not|does_not|do_not|wont|will_never ..1 help|save_you|stop_me|stop_this|stop_anything|change_anything|change_a_thing|matter|work|fix_anything|fix_this|erase_anything|delete_anything|protect_you|make_it_go_away|make_this_go_away',
      'blocking|deleting|reporting|ignoring me ..2 is|was ..1 pointless|useless|not_going_to_help|a_mistake|a_bad_idea|the_worst_idea',
    ],
    unless: ['project|together|group_project|still_have_to|we_still|same_team|partner|partners|lab|restart|restarting|reinstall|reinstalling|update|updating|the_app|lol|lmao|haha|jk|kidding|bug|glitch|server|cache|update|settings|cookies|browser|history|wifi|router|lag|crash|crashing|acne|diet|sleep|homework|chores|dishes|room|game|lobby|teacher|counselor|therapist|problem|problems|feelings|anxiety|stress|grief|it_will_not|tell_an_adult|trusted_adult|report_him|report_her|report_them|report_it|police|parents|mods|moderator|bully|bullies|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|same_class|same_school|see_me_tomorrow|in_class'],
    examples: {
      match: ["Deleting your account won't help.", 'blocking me wont save you', 'blocking me wont change anything, i have copies', 'changing your number will not stop me', 'reporting me is pointless'],
      ignore: ["blocking me won't help, we still have to do the project together", "deleting the app won't help, try restarting your phone", 'deleting the app wont help, its a server bug', 'blocking him wont help, report him and tell an adult', 'ignoring me wont help lol we sit next to each other in class', 'ignoring your feelings will not help, talk to the counselor'],
    },
  },
  {
    id: 'already-have-your-contacts',
    phrases: [
      'i [also|already|still|even] have|got|saved|copied|downloaded|know ..2 your|ur [whole|entire|full|complete] followers|follower|contacts|contact_list|contacts_list|followers_list|follower_list|friends_list|friend_list|family_members|friends_and_family ..4 list|lists|saved|screenshotted|names|numbers|your|ur|everyone|everybody|all_of_them|every_single|every_one',
    ],
    unless: ['follow_them_back|follow_back|follow_them_too', 'old_phone|sim|backup|sync|synced|icloud_backup|asked|like_you|new_phone|for_you|for_u|transfer|transferred|party|birthday|bday|invite|invitation|invites|wedding|surprise|list_for|yearbook|cute|posts|posted|recipes|so_funny|sweet|carpool|emergency|team|roster|class_list|group_chat|gc|newsletter|christmas_cards|thank_you_cards'],
    examples: {
      match: ['I already have your contacts list, your sister, your coach, everyone.', 'i also have your followers list', 'i still got ur contacts, every single one'],
      ignore: ['i already have your contacts list from the old phone', 'i already have your contacts list for the party invites', 'i saved your contacts to the new phone like you asked, all of them'],
    },
  },
  {
    id: 'chat-logs-and-your-people',
    phrases: [
      'i [still|also|already] have|got|kept|saved ..2 the|our|your|ur|all_the|all_our|all_your|those|these chat_logs|chatlogs|logs|chat_history|transcripts|transcript|receipts|screenshots|screenies|dms|messages|chats|convos|pics|nudes|videos|vids ..6 and|n|plus|also|with ..3 your|ur @audience',
      'your|ur @audience ..1 s|is email|emails|number|numbers|phone_number|insta|instagram|facebook|fb|snap|snapchat|address|account|tiktok ..6 and|n|plus|also|with ..3 your|ur|the|those|these|all|our pics|nudes|video|videos|photos|chats|chat_logs|screenshots|dms|messages|@nude',
    ],
    unless: ['project|homework|group_project|carpool|party|trip|vacation|birthday|bday|wedding|invite|invites|invitation|reunion|yearbook|team|roster|practice|game|match|emergency|for_you|for_u|like_you_asked|you_asked|asked_me|recipe|recipes|lol|lmao|haha|jk|cute|slideshow|album|memorial|funeral|surprise|newsletter'],
    examples: {
      match: ["because i still have the chat logs and pics and your coach's email", "i have your pics and your mom's number", "your dad's email and those pics, think about it", 'i still have our dms and your principal is one email away'],
      ignore: ["i still have the chat logs and your mom's number from the group project", "i have your pics and your mom's number for the party slideshow"],
    },
  },
  {
    id: 'record-of-you-undressed',
    phrases: [
      'i|we [still] [also] have|got|keep|kept|saved|make|made|take|took|has ..2 record|records|recording|recordings|video|videos|vid|vids|film|films|movie|movies|footage|photo|photos|pics|pictures|picture|screenshot|screenshots|screen|capture|captures ..2 of|from you|u|yourself ..3 naked|nude|undressed|without_clothes|with_no_clothes|no_clothes|topless|touching|masturbat*|jerking|in_underwear|in_your_underwear',
      'i|we [have] [just] [already] record|recorded|film|filmed|capture|captured|save|saved|screenshot|screenshotted|take|took you|u ..3 naked|nude|undressed|without_clothes|no_clothes|topless|touching|masturbat*|jerking|performing|sexual|sexually|pleasuring|webcam|your_webcam|your_camera|hidden_camera',
      'when|while you|u [are|were|was|be] naked|nude|undressed|without_clothes|no_clothes|topless|touching_yourself ..4 i|we record*|film*|video*|screenshot*|capture*|saved|save|took|have|got',
    ],
    unless: ['baby|babies|toddler|bath|bathtub|diaper|when_you_were_little|when_u_were_little|as_a_kid|lol|lmao|haha|jk|kidding|album|beach|pool|sauna|locker_room|doctor|medical|art_class|statue|painting|drawing|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult|news|article'],
    examples: {
      match: ['I have record of you when you naked on video chat', 'we have film of you naked', 'i recorded you undressed', 'when you were naked on cam i recorded everything', 'i took screenshot of you without clothes', 'We have recorded you performing sexual acts.', 'we recorded you via webcam'],
      ignore: ['mom has pics of you naked as a baby lol', 'i have a photo of you topless at the beach lol', 'i took a pic of you in the bath when you were little'],
    },
  },
  {
    id: 'material-in-our-possession',
    phrases: [
      'video|videos|recording|recordings|footage|content|material|materials|images|photos|pics|pictures|nudes|clip|clips|files|evidence ..6 in|into our|my possession|custody|hands',
      'intimate|explicit|sexual|private|naked|nude|compromising|sensitive video|videos|pics|photos|images|content|recording|recordings|footage|material ..6 has_been|have_been|was|were|is|are reported|flagged|seized|recovered|obtained|intercepted|secured|confiscated',
    ],
    unless: ['podcast|edit|editing|mix|mixing|project|band|album|song|episode|interview|come_get|pick_up|pick_them|collect|give_them_back|get_them_back|lost|found|left|scam|scammer|scammers|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|tell_an_adult|trusted_adult|never_pay|news|article|police_say|warning|beware|lost_and_found|wallet|keys|phone|jacket|returned|return|museum|archive|library|evidence_room|court|lawyer|case_file|yearbook|school|lol|haha|jk|delete_it|deleted_it|removed_it|report_it|reported_it_to'],
    examples: {
      match: ['Your intimate video has been reported and is in our possession.', 'the recordings are now in my possession', 'explicit images of you were seized', 'we have the footage in our hands now'],
      ignore: ["the recordings are now in my possession for the podcast edit", 'the photos are in my possession until you come get them', 'the photos are in my possession, ill return them at school', 'if someone says your intimate video has been reported, its a scam', 'your private photos were reported and the app removed it'],
    },
  },
  {
    id: 'sent-you-proof',
    phrases: [
      'i [just] [already] sent|send|attached|attaching [you|u] ..2 a|the|this|that|some screenshot|screenshots|preview|proof|sample|snippet|clip|part|piece|still|frame|stills|frames ..2 of|from your|ur|the|our video|videos|call|cam|nudes|pics|recording|facetime|webcam|vid',
      'here is|here_s|heres [a|the|some|your] proof|preview|sample|taste|snippet ..3 of|from your|ur|the|our video|videos|call|cam|nudes|pics|recording|facetime|webcam|vid',
    ],
    unless: ['likes|views|tiktok|lol|lmao|haha|funny|cute|post|posted|edit|highlight*|game|match|goal|concert|recital|trip|party|birthday|bday|school|class|project|homework|teacher|coach|dance|song|singing|for_the|yearbook|reel|stream|clip_of_the_game|ride|order|receipt|payment|transfer|ticket|tickets|delivery|shipping'],
    examples: {
      match: ['I sent you the screenshot of your video. you see Im not lying', 'here is proof of the recording', 'i just sent u a preview of ur nudes', 'i attached a still from our call'],
      ignore: ['i sent you the screenshot of your video, it got 1k likes', 'here is proof of the payment', 'i just sent u a preview of the edit for the reel'],
    },
  },
  {
    id: 'someone-showed-me-your-pics',
    phrases: [
      'he|she|they|someone|somebody|your_ex|your_friend|your_bf|your_gf|your_boyfriend|your_girlfriend|your_bestie|your_best_friend|a_friend|a_guy|a_girl|jake|this_guy|this_girl ..2 showed|sent|forwarded|gave|shared|leaked|passed|airdropped|airdrop me|to_me ..4 your|ur|those|the|all_your @nude|pics|pictures|photos|video|videos|vids|snaps|private_pics|private_photos',
      '@nude|pics|pictures|photos|video|videos you|u sent ..2 him|her|them|your_ex|your_bf|your_gf|your_boyfriend|your_girlfriend ..4 i|we have|got|saw|seen|has|now|are_mine|ended_up|went_around|are_going_around|going_around',
    ],
    unless: ['trip|vacation|holiday|party|wedding|prom|graduation|concert|game|match|beach|camp|birthday|bday|yearbook|school_pics|class_photo|team_photo|art|drawing|drawings|painting|paintings|project|portfolio|photography|shoot|model_photos|cute|sweet|pretty|beautiful|gorgeous|nice|good|amazing|adorable|dog|cat|puppy|baby|outfit|haircut|hair|dress|glow_up|glowup|look_so|looked_so|so_different|funny|hilarious|meme|memes|tiktok|instagram_post|post|story|stories|you_posted|u_posted|scam|scammer|scammers|tell_an_adult|trusted_adult|report'],
    examples: {
      match: ["hey this is jake's friend, he showed me ur pics lol", 'he gave me ur number and ur pics. so now we talk business', 'your ex sent me your nudes', 'someone forwarded me your private pics', 'the pics u sent him? i have them now'],
      ignore: ['she showed me ur pics from the trip, so cute', 'he showed me your drawings, they are amazing', 'your bf sent me the pics from prom lol'],
    },
  },
  {
    id: 'you-sent-them-to-a-minor',
    phrases: [
      'you|u sent|send|sending|showed ..4 @nude|pics|photos|pictures|explicit|images|sexual|dick_pic*|nude*|yourself ..3 to a|an|my minor|underage|child|kid|daughter|son|14|15|13|12|16|little_sister|little_brother|fourteen|fifteen|thirteen',
      'my daughter|son|kid|child|little_sister|little_brother|sister|brother is|was only|just|is_only|is_just|is_a ..2 minor|underage|#|child|kid ..6 you|u|your|ur|police|cops|jail|prison|charges|pay|crime|illegal|arrest|arrested',
      'i_am|im|i|i_was|she_is|he_is|she_s|he_s only|just # ..6 you|u sent|send|sending|showed ..3 @nude|pics|photos|nude*|explicit|that|those|this|it|that_to|those_to|it_to',
    ],
    unless: ['meme|memes|link|video_game|game|song|playlist|news|article|he_got|they_caught|was_caught|got_caught|sentenced|documentary|podcast|story|court_case|trial|teacher_was|coach_was|on_tv|a_man|a_guy|this_man|this_guy|that_guy|some_guy|lesson|assembly|class|presentation|health_class|awareness|workshop|lol|haha|jk|birthday|bday|party|baby|babies|cute|drawing|homework'],
    examples: {
      match: ['you sent nudes to a minor, thats a crime', 'you sent those pics to my daughter. she is only 14', 'my son is only 15. you will pay or the police get everything', 'im only 14 and you sent me that'],
      ignore: ['the news said a man sent nudes to a minor and got caught', 'you sent the pics to my daughter? she loved the birthday ones', 'im only 14 and you sent me the homework answers lol'],
    },
  },
  {
    id: 'your-mum-is-on-facebook-right',
    phrases: [
      'your|ur @audience|moms|mums|dads|sisters|brothers|parents ..1 s|is|are on facebook|fb|instagram|insta|tiktok|snapchat|snap|linkedin|twitter|whatsapp ..2 right|yeah|yea|yes|correct|isnt_she|isnt_he|is_not_she|is_not_he|are_not_they|huh|too',
      'found|see|saw|looked_up|looking_at|checked ..1 your|ur @audience|moms|mums|dads|sisters|brothers|parents [s|is] profile|account|page|facebook|instagram|insta|fb|linkedin ..3 nice|cute|interesting|lovely|pretty|hi|hello|so|wonder',
    ],
    unless: ['birthday|bday|happy|tell_her|tell_him|say_hi|add_me|add_her|add_him|friend_request|accepted|send_her|send_him|share_this|share_it|invite|invitation|like_my|like_the|page_for|follow_me|recipe|recipes|photos_from|pics_from|trip|vacation|party|wedding|graduation|reunion|garden|dog|cat|baby|posts|posted|post|shared|sharing|story|memes|meme|business|shop|store|selling|sells|bakery|cakes|church|work|job|hiring|group_for|school_group|parents_group|pta|class_group'],
    examples: {
      match: ["the recording lol. your mum's on facebook right? Jennifer Hayes", 'your dad is on linkedin right', 'found your moms profile. nice family'],
      ignore: ["your mum's on facebook right? tell her happy birthday from me", 'your dad is on facebook right? he posted the trip pics'],
    },
  },
  {
    id: 'pay-and-your-video-stays-between-us',
    phrases: [
      'do_what_i_say|do_as_i_say|do_exactly_what_i_say|do_exactly_as_i_say|do_what_i_tell_you|do_as_you_are_told|do_what_i_want|cooperate|listen_to_me|obey_me ..3 and|n|then ..3 video|videos|vid|vids|pics|nudes|clip|secret|photos|pictures|recording|stuff|it|everything|them|they|this ..1 stays|stay|remains|remain|will_stay|can_stay|is_safe|are_safe ..1 between_us|between_you_and_me|private|secret|hidden|offline|safe|with_me|off_the_internet|our_secret|our_little_secret',
      'send|pay|transfer|venmo|cashapp|zelle|give ..6 and|n|then ..3 video|videos|vid|vids|pics|nudes|clip|secret|photos|pictures|recording|stuff|it|everything|them|they|this ..1 stays|stay|remains|remain|will_stay|can_stay|is_safe|are_safe ..1 between_us|between_you_and_me|private|secret|hidden|offline|safe|with_me|off_the_internet|our_secret|our_little_secret',
    ],
    unless: ['lol|lmao|haha|jk|joking|kidding|surprise|party|birthday|bday|gift|present|secret_santa|crush|gossip|tea|snacks|candy|chores|homework|answers|owe|back|lunch|pizza|split|ticket|tickets|recipe|spoiler*|cream|rash|pimple|acne|doctor|medicine|password|wifi|netflix|game|games|skin|skins|account_for'],
    examples: {
      match: ['u send me $80 on venmo and ur little video stays between us', 'pay 100 and your pics stay private', 'send the cards and this stays our little secret', 'Do exactly what I say and this stays between us'],
      ignore: ['send me 5 bucks and the secret stays between us lol', 'pay for the gift and it stays a surprise between us'],
    },
  },
  {
    id: 'your-friends-list-is-public',
    phrases: [
      'your|ur followers|following|friends_list|friend_list|friends|contacts|contact_list|followers_list|follower_list|family ..1 list|lists ..1 is|are public|visible|open|not_private|easy_to_find|right_there ..2 btw|by_the_way|just_saying|you_know|u_know|remember|think_about|so|interesting|nice',
      'your|ur followers|following|friends_list|friend_list|contacts|contact_list|followers_list|follower_list ..1 is|are public|visible|open|not_private|easy_to_find ..2 btw|by_the_way|just_saying|you_know|remember|think_about|interesting|nice',
    ],
    unless: ['should|make_it|settings|privacy|careful|change|lol|haha|jk|fyi_you|tip|hide_it|turn_off|switch|set_it|go_private|make_your|safe|safety|strangers|creeps|anyone_can|scam|scammer|scammers|tell_an_adult|trusted_adult|party|birthday|bday|invite|invitation'],
    examples: {
      match: ['I screenshotted everything we said. Your friends list is public btw', 'ur followers are public btw', 'your contact list is visible, just saying'],
      ignore: ['your friends list is public btw, you should make it private', 'ur followers are public lol anyone can see them, change the settings'],
    },
  },
  {
    id: 'thought-it-was-private',
    phrases: [
      'thought|think|believed ..3 private|disappeared|was_gone|were_gone|deleted|safe|disappear|gone|secret ..6 screenshotted|screenshoted|saved|recorded|screen_recorded|kept|backed_up|have_it|have_them|got_it|got_them|saved_it|saved_them|screenshot',
      'make|making this|it|everything|all_this|all_of_this|the_video|the_pics|them [all] go_away|disappear|vanish ..3 for|if_you|if_u|@currency|#|with_a|with_some',
    ],
    unless: ['cleaning|service|cleaner|worth_it|worth|company|professional|removal|plumber|scratch|scratches|dent|repair|polish|wax|cleaner|stain|news|article|notif*|notification|settings|group_chat|gc|everyone_saw|story|stories|meme|memes|tweet|post|posted|headache|migraine|pain|cramps|pimple|acne|rash|stain|bug|bugs|ants|problem|problems|ticket|tickets|fine|medicine|advil|tylenol|pills|tea|nap|sleep|homework|essay|lol_jk|jk|kidding|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult|therapy|therapist|counselor|magic|trick'],
    examples: {
      match: ["you really thought that was private? lmao it's screenshotted", 'thought it disappeared? i saved it', 'i can make this all go away for 200', 'i can make the video disappear for $300'],
      ignore: ["make this all go away for 20 bucks? the cleaning service is worth it", 'i can make this all go away for 5 bucks, its just a scratch', 'you thought it was private? it was on your story lol everyone saw', 'i can make this headache go away with some tea', 'i can make it all go away for 5 bucks, its a magic trick'],
    },
  },
  {
    id: 'account-compromised-we-have',
    phrases: [
      'your|ur account|accounts|phone|device|devices|computer|laptop|email|icloud|pc|webcam|camera|instagram|snapchat has_been|have_been|was|got|is|were compromised|hacked|breached|infected|hijacked ..6 we|i have|recorded|captured|installed|gained|saw|now_own|control|own|recorded_you|filmed',
    ],
    unless: ['weird|spam|message_from_you|messages_from_you|dm_from_you|dms_from_you|change_your_password|change_ur_password|reset|2_fa|careful|link|links|scam|scammer|scammers|phishing|fake_email|email_saying|message_saying|text_saying|its_fake|it_is_fake|ignore_it|do_not_pay|never_pay|report_it|tell_an_adult|trusted_adult|antivirus|it_guy|tech_support|repair|fixed|fix|recover|recovered|support|help|helping|lol|haha|jk|news|article|data_breach|breach_notice|company'],
    examples: {
      match: ['your account has been compromised and we recorded you via webcam', 'your phone was hacked. we have access to everything'],
      ignore: ['your account got hacked, i got a weird message from you, change your password', 'your laptop was infected, we installed antivirus and fixed it'],
    },
  },
  {
    id: 'got-receipts-of-everything',
    phrases: [
      'i [have] got|have|kept|saved receipts|proof|screenshots|screenies|evidence|copies|copy ..4 every|everything|all ..2 thing|single_thing|message|pic|msg|word|you|u',
      'every_single_thing|everything|every_thing|every_word|every_pic|every_message you|u [ever] sent|said|did|showed|wrote|typed|shared ..3 i [still] have|saved|kept|got|screenshotted|recorded|backed_up',
      'not|never|will_not|wont|am_not|im_not|i_am_not deleting|delete|removing|remove|erasing|erase|taking_down|take_down ..2 until|till|til|unless|before|for_free|without ..3 i|you|u get|pay|paid|payment|money|see|send',
      'pay|send|transfer|venmo|cashapp|zelle ..6 and|n|then i|ill|@iwill ..1 take|takes ..2 it|them|everything|the_video|the_pics|the_post|the_site|the_page down|off',
      '@iwill|i_can take|taking ..1 it|them|everything|the_video|the_pics|the_post|the_page down|off ..4 once|when|after|if|as_soon_as you|u|i pay|send|transfer|get_paid|receive|get_the',
      'i [already] know|have|got ..1 all|every ..1 your|ur passwords|password|logins|login_details|security_questions',
      'i_am|im|we_are a [professional] [skilled] hacker|hackers|hacking_group|hacker_group ..6 your|access|account|device|camera|webcam|recorded|pay|bitcoin|btc|passwords|password|files|contacts',
    ],
    unless: ['paid|spent|for_every|for_everything|sentimental|memories|memory|love|miss|cute|sweet|aww|keepsake|letters|marketplace|ebay|depop|vinted|craigslist|for_sale|sold|sale|pay_me_back|me_back|back|sticky|note|change|change_that|change_them|same_one|same_password|written|notebook|bought|buy|purchase|purchases|store|refund|return|returns|expenses|expense|taxes|tax|receipt_for|warranty|insurance|boss|work|job|lol|lmao|haha|jk|kidding|joking|game|ctf|class|course|ethical|cybersecurity|cyber_security|minecraft|roblox|fortnite|movie|show|netflix|series|app|apps|refund|listing|ad|ads|tweet|post_you|comment|review|old_post|tags|tagged|bully|bullying|bullied|report|mods|moderator|teacher|counselor|police|lawyer|court|tell_an_adult|trusted_adult|scam|scammer|scammers|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|news|article|wifi|netflix_password|password_manager|notes|family_sharing'],
    examples: {
      match: ['i got receipts. every single thing u sent', 'I am a professional hacker and I have access to your device', 'Im not deleting shit till i get my money', 'its already on a website. pay and i take it down', "I'll take it down once you pay", 'I am a hacker. I know all your passwords.', 'everything you ever sent me i still have'],
      ignore: ["i got receipts for every single thing i paid for the trip", "everything you ever sent me i still have, i'm sentimental", "pay and i take it down from marketplace", "i'll take it down once you pay me back for the ticket", "i know all your passwords are on a sticky note, change that", 'i got receipts for everything we bought', 'im not deleting the app until i get my refund', 'i know all your passwords lol you use the same one', 'im a hacker in the ctf class lol', 'im a hacker now, i learned python'],
    },
  },
  {
    id: 'screen-recorded-it-btw',
    phrases: [
      'i [have] [just] [literally] [also] screen_recorded|screenrecorded|screen_record|screenrecord|screen_captured|screenshotted|recorded ..1 it|that|this|that_call|the_call|you|u ..4 btw|relax|just_for_me|only_for_me|for_myself|do_not_worry|unless|as_long_as|long_as|if_you|so_do_not|so_dont|oops|hope_you_do_not_mind|hope_you_dont_mind|no_big_deal|dont_panic|do_not_panic',
    ],
    unless: ['lol|lmao|haha|jk|kidding|tutorial|lecture|class|lesson|meeting|teacher|notes|homework|study|game|match|stream|clip|highlight*|funny|hilarious|cute|dance|dancing|song|singing|concert|recital|grandma|grandpa|mom|dad|birthday|bday|surprise|for_you|for_u|send_it|sending_it|ill_send|will_send|bug|glitch|error|support|tech|help|proof_of|evidence|report|mods|police'],
    examples: {
      match: ['i screen recorded it btw. relax its just for me... unless you stop talking to me', 'i recorded you btw, hope you dont mind', 'i screenshotted that, dont worry its only for me'],
      ignore: ['i screen recorded it btw, the tutorial is so useful', 'i recorded it for you btw, ill send it later', 'i screen recorded the bug, sending it to support'],
    },
  },
  {
    id: 'recording-and-your-mom-would-love-it',
    phrases: [
      'facetimed|facetime|facetiming|video_called|videocalled|skyped|camming|on_cam ..6 kept|saved|took|got|have ..2 souvenir|memento|keepsake|reminder|little_something|copy|recording|screenshots',
      'recording|video|vid|clip|pics|nudes|footage|screenshots|souvenir|screen_recording ..6 your|ur @audience|moms|mums|dads ..1 would|will|d|wud|going_to|is_going_to [really|so|definitely|totally] love|like|enjoy|appreciate|want_to_see ..1 it|this|that|them|these|those',
    ],
    unless: ['solo|band|choir|orchestra|musical|speech|grandma|nana|granny|grandpa|recital|concert|game|match|goal|graduation|wedding|party|birthday|bday|trip|vacation|holiday|prom|school_play|play|show|talent|performance|dance|song|singing|baby|puppy|dog|cat|cute|sweet|funny|lol|haha|jk|gift|present|card|flowers|cake|cookies|art|drawing|project|yearbook|photo_shoot|photoshoot|photographer|family_photo|picture_day'],
    examples: {
      match: ['the recording babe. ur mom would love it', 'the guy u facetimed last night, i kept a little souvenir', 'i kept the video. your dad would really like that'],
      ignore: ["want me to send the video of your solo to your grandma? she'd love it", 'the recording of the recital, your mom would love it', 'i got the pics from the wedding, your mom will love them'],
    },
  },
  {
    id: 'our-call-is-on-my-laptop',
    phrases: [
      'our|that|the|last_nights|little call|facetime|video_call|videocall|vc|cam|cam_session|snap_call|skype|session ..6 on|in|saved_on|saved_to|stored_on my laptop|phone|computer|pc|drive|camera_roll|gallery|cloud|hard_drive',
      'i have|got your|ur stuff|things|secrets|secret|content|material|files|secret_stuff ..3 your|ur move|turn|call|choice|decision',
      'hacker|hackers ..6 has|have|got|in|into|access ..1 your|ur icloud|account|phone|instagram|snapchat|snap|camera|webcam|photos|pics|gallery|email|cloud|password|passwords|dms',
      'think|thought|believe|believed blocking|deleting|reporting|ignoring|changing me|your_account|your_number|your_insta|your_instagram|your_snap ..4 stop|stops|save|saves|help|helps|work|works|change|changes',
      'want|want_to this|it|everything|the_video|the_pics|your_secret|these|those|them [to] stay|stays|remain|kept between_us|between_you_and_me|private|secret|hidden|quiet|offline ..6 do|pay|send|then|listen|cooperate|obey|better',
    ],
    unless: ['calendar|schedule|zoom|meeting|notes|class|lecture|lesson|homework|project|teacher|interview|podcast|sleepover|come_get|pick_up|pick_it|left|forgot|forgotten|house|car|locker|hoodie|jacket|charger|keys|bag|backpack|fixed|fix|repair|laptop_fixed|game|minecraft|roblox|ctf|surprise|party|birthday|bday|gift|present|crush|gossip|plan|plans|engaged|pregnant|lol_jk|kidding|same_class|same_school|we_still|together|group_project'],
    examples: {
      match: ["remember our little call? yeah that's on my laptop now", 'I have ur stuff. ur move', 'my friend is a hacker and he already has ur icloud', 'u think blocking me is gonna stop me from sending it?', 'u want this to stay between us? then do exactly what i say'],
      ignore: ['our call is on my calendar for 5', 'I have ur stuff from the sleepover. ur move, come get it', 'my friend is a hacker lol he fixed my laptop', 'you want this to stay between us? then dont tell anyone about the surprise party'],
    },
  },
  {
    id: 'got-it-all-on-cam',
    phrases: [
      'on|in cam|camera|facetime|ft|video_call|videocall|the_call|vc|skype|snap_call ..2 last_night|yesterday|earlier|the_other_night|today ..6 got|have|saved|recorded|kept|screenshotted|screen_recorded|captured ..1 it|that|everything|all|it_all',
      'i [have] got|have|saved|recorded|kept|captured it_all|everything|all_of_it ..1 btw|now|on_video|on_camera|on_tape|saved|recorded|screenshotted|by_the_way',
      'i [still] [also] got|have|know|found your|ur @audience|fam ..1 on|in facebook|fb|instagram|insta|snapchat|tiktok|linkedin|whatsapp',
    ],
    unless: ['presentation|powerpoint|speech|portfolio|cv|resume', 'essay|homework|assignment|project|notes|slides|coursework', 'notes|homework|lecture|class|lesson|meeting|teacher|study|project|thanks|thank|thx|ty|recipe|game|match|goal|concert|recital|dance|song|singing|funny|hilarious|cute|birthday|bday|surprise|party|grandma|grandpa|hoodie|jacket|charger|keys|come_get|pick_up|sleepover|posts|posted|post|pics_of|add|added|friend_request|accepted|follow|followed|cooking|tutorial|makeup|haircut'],
    examples: {
      match: ["stop? u weren't saying that on cam last night, i got it all btw", "stop? u weren't saying that on cam last night 😂 i got it all btw", 'i still got ur fam on fb', 'i got everything on video btw'],
      ignore: ['i have everything saved on my laptop for the presentation', 'i got it all saved on my laptop, the essay is done', "mine now unless you want it back lol", 'i got it all btw, thanks for the notes', "i've got your hoodie, its mine now unless you come get it", 'i still got your mom on fb, she posts so much'],
    },
  },
  {
    id: 'your-whole-life-in-my-phone',
    phrases: [
      'i have|got your|ur whole|entire life|world ..2 in|on my phone|hands|laptop|computer|pocket|drive|gallery',
      'your|ur [whole|entire|full] contacts|contact|followers|follower|friends|friend ..1 list|lists ..2 is|are|r|now|already [now|already] in|on|saved_in|saved_on|copied_to my',
      'your|ur @photo|pics|nudes|videos ..3 part_of|in|added_to|now_in my collection|folder|stash|vault|gallery|album|library',
      'pay|send|venmo|cashapp|zelle|transfer ..3 to keep|keeping ..1 them|it|this|everything|the_pics|the_video|your_pics|those|these ..1 private|secret|hidden|quiet|offline|between_us|off_the_internet|safe',
      'silence|crying|begging|hiding|running|running_away|ignoring_me|blocking_me|pretending ..1 is|are|will ..1 not|is_not|will_not|never ..2 help|save_you|work|change_anything|stop_me|fix_this',
    ],
    unless: ['want_them|want_em|do_you_want|i_will_send|airdrop|if_you_want', 'project|together|we_still|same_team|partner|group_project|lab|same_class|lol|lmao|haha|jk|kidding|party|invite|invitation|invites|new_phone|backup|cloud|sync|synced|for_you|like_you_asked|you_asked|cute|sweet|memories|scrapbook|art|drawing|drawings|portfolio|exhibit|exhibition|gallery_show|photography|class|teacher|homework|problem|problems|fix_the|talk_to|counselor|therapist|feelings|grief|sad|anxiety|test|exam|grades|dishes|chores|room|late|bus|subscription|storage|plan|icloud_plan|premium'],
    examples: {
      match: ['silence isnt gonna help u. i have ur whole life in my phone rn', 'just so u know, ur contacts list is in my notes app now. every single one', 'your pics are now part of my collection', 'you sent them willingly. so now you pay to keep them private'],
      ignore: ['ur pics are saved in my gallery, want them?', 'crying wont help, talk to the counselor', 'your contacts list is in my phone now for the party invites', 'pay 2 dollars to keep them private in the cloud with the premium plan'],
    },
  },
  {
    id: 'mine-now-unless',
    phrases: [
      'mine now ..3 unless|until|if you|u give_me|pay|send|do|behave|cooperate|listen',
    ],
    unless: ['want_it_back|lol|haha|jk|hoodie|jacket|charger|keys|book|books|shirt|sweater|snacks|fries|food|pizza|cake|seat|spot|bed|room|game|controller|phone_case|come_get|pick_up|pick_it|return'],
    examples: {
      match: ['nah. its mine now unless u give me a reason'],
      ignore: ['mine now unless you want it back lol', "i've got your hoodie, its mine now unless you come get it"],
    },
  },
  {
    id: 'nobody-has-to-know-for-money',
    phrases: [
      'nobody|no_one|noone [else] has_to|needs_to|will|ever_has_to|ever_needs_to know|find_out|see ..6 #|pay|@currency|@payment|money|cash',
    ],
    unless: ["costume|looks_so_real|fake_tan|prop|props", 'cookies|cookie|ate|its_yours|it_s_yours|yours|fries|chocolate|pizza|lunch|dinner|even|owe|owed|back|snacks|candy|gift|present|birthday|bday|surprise|party|secret_santa|ticket|tickets|split|bet|lost_the_bet|lol|haha|jk|kidding|spent|spend|bought|buy|broke|broken|vase|dent|scratch|car|phone_screen|repair|fix|mom|dad|parents_do_not|crush|tattoo|piercing|hair'],
    examples: {
      match: ["nobody has to know. 200 bucks and we're square"],
      ignore: ["nobody will know its fake, the costume looks so real", "nobody has to know i ate the last 3 cookies, 5 bucks and it's yours", "nobody has to know, 20 bucks and we're even for the pizza", 'nobody has to know i spent 50 bucks on skins lol'],
    },
  },
  {
    id: 'amount-and-i-delete',
    phrases: [
      '# ..3 @currency|@payment ..6 then|and|n i|ill|@iwill|we ..1 delete|erase|remove|destroy|forget_this|forget_everything|forget_about_it|forget_it|forget_all',
      '@payment ..6 then|and|n i|ill|@iwill|we ..1 delete|erase|remove|destroy|forget_this|forget_everything|forget_about_it|forget_all',
      '# ..6 and|n|then we|i|ill|@iwill forget|forget_about ..1 this|it|everything|about_it|all_this|this_ever_happened|we_ever_talked|all_about_it',
      '@photo|video|vid|pics|nudes|recording|everything ..2 is|are [still] [safe] on|in my phone|laptop|computer|pc|drive|camera_roll|gallery|cloud ..4 tick_tock|pay|money|send|or|unless|until|so',
    ],
    unless: ['lol|lmao|haha|jk|kidding|embarrassing|ugly|blurry|bad_pic|of_me|listing|ad|ads|post_for_sale|old_files|files|storage|space|backup|owe|owed|back|lunch|pizza|dinner|bet|lost_the_bet|ticket|tickets|split|rent|bill|recital|concert|game|match|trip|vacation|party|wedding|graduation|birthday|bday|school|class|project|homework|yearbook|dance|song|singing|team|cute|funny|hilarious'],
    examples: {
      match: ['I saw ur video. 250 dollars in steam card and i delete', 'u pay me 100$ paypal friends and family and we forget this', 'western union 300 euros to name Kwame A. then i delete all', 'i want my money. the video is still on my phone. tick tock'],
      ignore: ['$20 and i delete the embarrassing pic of you lol', 'the video is still on my phone from the recital, want it?', '50 on paypal and we forget about the pizza money'],
    },
  },
  {
    id: 'silence-costs',
    phrases: [
      'silence|my_silence|quiet|keeping_quiet|keeping_my_mouth_shut costs|cost|is|will_cost ..1 #|@currency|money|you',
      '@iwill|i keep|stay ..1 quiet|silent|shut for #',
      'you|u pay ..2 i|ill|@iwill stay|keep|remain quiet|silent|shut|quiet_about_it',
      'secret|secrets ..1 dies|die|stays|stay|safe with me ..2 if|as_long_as|long_as|once|when you|u pay|send|cooperate',
    ],
    unless: ['minutes|minute|mins|min|seconds|hours|hour|promise|class|lecture|nap|lol|lmao|haha|jk|kidding|crush|gossip|surprise|party|birthday|bday|gift|present|secret_santa|spoiler*|cookies|pizza|snacks|candy|chocolate|boba|coffee|library|movie|theater|exam|test|meditation|retreat|headphones|noise|noise_cancelling'],
    examples: {
      match: ['your secret dies with me if you pay', "i'll keep quiet for 100", 'silence costs 50', 'you pay, i stay quiet. simple'],
      ignore: ["i'll keep quiet for 5 minutes, promise", 'ill keep quiet about your crush for 5 bucks lol', 'your secret is safe with me if you pay for my boba lol'],
    },
  },
  {
    id: 'compromising-recording-notice',
    phrases: [
      'regarding|about|concerning|re the|your compromising|intimate|explicit|sexual|private recording|recordings|video|videos|footage|material|photos|images|content',
      'pics|nudes|video|photos|videos|pictures|snaps you|u sent|showed|gave ..1 me ..6 talk_about|how_this_goes|what_happens|from_here|next_steps|deal|terms|owe|cooperate|do_what|we_should|we_need|lets_talk|let_s_talk',
      'you|u have_been|were|got caught ..6 we|i have|got|know everything|it_all|proof|evidence|all_of_it',
      'you_are|youre|your|you_re|u_r|u_are|you_r the girl|guy|boy|one|kid|person from|in the|that|this video|vid|clip|pics|recording|nudes ..1 right|huh|yeah|arent_you|are_not_you',
      'your|ur intimate|explicit|private|nude|naked|sexual photos|pics|videos|images|content ..3 listed|posted|uploaded|available|live|online ..3 on|at an|a adult|porn|xxx|escort|dating site|website|sites',
    ],
    unless: ['tiktok|dance|dancing|love|cute|fan|famous|viral|youtube|singing|song|cover|talent|game|match|goal|prank|lol_jk|jk|kidding|news|article|scam|scammer|scammers|tell_an_adult|trusted_adult|never_pay|dont_pay|do_not_pay|police|report_it|takeitdown|take_it_down|if_someone_says|phishing|spam|fake_email|lecture|class|meeting|zoom|tutorial'],
    examples: {
      match: ['Dear Sir/Madam, this is the final notice regarding the compromising recording.', 'i kept the pics u sent me and i think we should talk about how this goes from here', 'You have been caught. We have everything. Respond within one hour.', 'ur the girl from the video right? lol i recognized u', 'Your intimate photos are currently listed on an adult website.'],
      ignore: ['ur the girl from the tiktok dance video right? love it', 'if someone says your intimate photos are listed on a site its a scam, dont pay'],
    },
  },
  {
    id: 'resolve-this-quietly',
    phrases: [
      'resolve|settle|handle|sort|fix|take_care_of|deal_with this|it|the_matter|things|everything quietly|privately|discreetly|between_us|between_you_and_me',
      'folder|file|album|drive ..1 with|named|called your|ur name ..4 interesting|spicy|juicy|fun|special|private|stuff|things|content|secrets',
      'think|thought i would_not|wouldnt|would_never|wont|will_not|did_not|didnt keep|save|screenshot|screenshotted|screen_record|record|saved|kept them|it|those|that|your|ur|these',
      'and|n|then i|ill|@iwill delete|erase|remove ..1 everything|it_all|all|them|the_pics|the_video|your_pics|all_of_it ..3 i_promise|promise|swear|for_real|you_have_my_word|my_word|one_more|just_one',
    ],
    unless: ['apologize|apologise|sorry|sister|brother|argument|fight|teacher|principal|coach|manager|customer|refund|complaint|order|lol|lmao|haha|jk|kidding|drawings|drawing|art|kindergarten|baby|school_work|homework|notes|recipes|recipe|embarrassing|ugly|of_me|memes|meme|screenshots_of_the|trip|party|birthday|bday'],
    examples: {
      match: ['I am giving you the opportunity to resolve this quietly. 500 USD in bitcoin.', 'ive got a folder with ur name on it. lots of interesting stuff', 'did u really think i wouldnt keep them?', "do this one thing for me and i'll delete everything i promise. one more pic"],
      ignore: ['I am giving you the opportunity to resolve this quietly, just apologize to your sister', 'ive got a folder with your name on it, all your drawings from kindergarten lol'],
    },
  },
  {
    id: 'collage-ready-with-your-face',
    phrases: [
      'collage|compilation|edit|montage|slideshow|post|video|thread|album ..2 ready|prepared|made|done|set_up|queued ..3 with|of your|ur face|name|nudes|pics|body|photos',
      'video|pics|photos|recording|footage|proof|screenshots|nudes ..2 is|are attached|in_your_inbox|in_your_email|in_your_dms',
    ],
    unless: ['birthday|bday|anniversary|graduation|wedding|party|surprise|memorial|funeral|reunion|yearbook|school|class|project|homework|lecture|recital|concert|game|match|team|trip|vacation|baby|cute|sweet|proud|lol|haha|jk|kidding|invoice|receipt|resume|cv|application|form|forms|order|ticket|tickets|contract|news|scam|scammer|scammers|phishing|spam'],
    examples: {
      match: ['i have a collage ready with your face and your nudes', 'check your email. the video is attached'],
      ignore: ['i have a collage ready with your face for your birthday', 'the video is attached, its the recital'],
    },
  },
  {
    id: 'you-pay-i-disappear',
    phrases: [
      'you|u pay|send|transfer ..2 i|ill|@iwill disappear|vanish|go_away|leave_you_alone|stay_quiet|stay_silent|forget_everything',
      'kept|saved|have|got|made a_copy|copies|a_backup|backups ..6 think|future|reputation|careful|before_you|before_u|consequences|wisely',
      'owe|owes me ..1 for keeping|staying quiet|silent|my_mouth_shut|your_secret|the_secret|it_quiet|this_quiet',
      'saved|kept|have|got our|the|your little|private|special|secret video|vid|videos|pics|chat|chats|call ..6 would_not|wouldnt|do_not|dont want|like',
    ],
    unless: ['homework|notes|test|exam|quiz|class|teacher|study|recipe|birthday|bday|surprise|party|gift|present|trip|vacation|memories|memory|cute|sweet|aww|love_you|miss_you|school|project|concert|recital|game|match|drive|cloud|storage|file|files|doc|docs|document|documents|contract|lease|receipt|passport|id|license|crush|tea|gossip|lunch|pizza|coffee|shift|covering'],
    examples: {
      match: ["lmao u really sent that to a stranger. ok here's how this works. u pay, i disappear", 'I kept a copy. Think about your future before you answer.', 'you owe me for keeping quiet', "i saved our little video. you wouldn't want daddy to find out, right?"],
      ignore: ['i kept a copy of the notes, think about the test before you answer', 'you owe me for keeping quiet about the surprise party'],
    },
  },
  {
    id: 'your-camera-recorded-you',
    phrases: [
      'your|ur camera|webcam|cam|phone|device|laptop|computer ..2 recorded|filmed|captured|photographed|recorded_you|filmed_you you|u|everything',
      'device|computer|phone|laptop|pc ..2 infected|hacked|compromised ..4 adult|porn|xxx|websites|sites|videos',
      'you_are|youre|you_re in big|serious|deep|a_lot_of ..1 trouble ..6 she_is|shes|she_s|he_is|hes|he_s|minor|underage|police|cops|jail|dad|pay|money|her_dad|his_dad|#',
    ],
    unless: ['doorbell|ring|security_camera|baby_monitor|dashcam|dash_cam|gopro|vacation|trip|concert|game|match|party|birthday|bday|school|class|lecture|recital|lol|haha|jk|kidding|scam|scammer|scammers|spam|phishing|fake_email|its_fake|never_pay|dont_pay|do_not_pay|tell_an_adult|trusted_adult|antivirus|virus_scan|update|settings|news|article|grades|principal|detention|mom_found|dad_found|curfew'],
    examples: {
      match: ['Your device was infected while visiting adult websites. Your camera recorded you.', "shes 16 bro, you're in big trouble. her dad wants 1000"],
      ignore: ['your camera recorded you falling at the concert lol', "you're in big trouble, mom found your grades lol"],
    },
  },
  // ---- round 7 (en-tt): leverage said in passing, by reference, or in broken English ----
  {
    id: 'thought-it-stayed-private',
    phrases: [
      'you|u [really] [actually] [honestly] thought ..4 was|were|is|are|stayed|stays|would_stay|would_be private|secret|deleted|gone|safe|disappeared|erased',
      'you|u really|actually|honestly think ..4 was|were|is|are|stayed|stays|would_stay|would_be private|secret|deleted|gone|safe|disappeared|erased',
      'you|u [really] [actually] thought|think snap|snapchat|it|they|the_pics|the_snaps|pics|snaps|photos|videos|stuff deletes|deleted|disappear|disappears|disappeared|vanish|vanishes|vanished|expire|expires|expired|gets_deleted|get_deleted',
      'thought|think i deleted|erased|would_delete|would_erase|got_rid_of|threw_away them|it|those|these|everything|the_pics|the_video|the_vid|your_pics|ur_pics|your_nudes|ur_nudes',
      'i never|did_not|didnt|didn_t deleted|delete|erased|erase|got_rid_of them|those|these|the_pics|the_video|the_vid|your_pics|ur_pics|your_nudes|ur_nudes|your_video|ur_video|the_screenshots|the_recording',
    ],
    unless: ['found|find|airpods|keys|wallet|charger|hoodie|jacket|ring|earring|earrings|necklace|glasses|lost|recycle|recycle_bin|trash|bin|folder|drive|cloud|recently_deleted|restore|recover|hear|heard|could_hear|listening|door|window|walls|class|speaker|loud|surprise|party|birthday|bday|gift|present|trip|vacation|holiday|homework|notes|file|files|doc|docs|app|apps|game|account|email|draft|memes|meme|recipe|playlist|grades|exam|test|secret_santa|crush|schedule|concert|recital|wedding|prom|graduation|yearbook|cute|memories|our_pics|pics_of_us|of_us|dog|cat|puppy|baby|beach|camp|sleepover|storage|backup|cloud|icloud|phone_full|space|pool|club|meeting|room|bathroom|locker', 'tell_an_adult|trusted_adult|scam|scammer|scammers|news|article|sextortion|careful|be_careful|warning|psa', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['lol u thought that was private?? got screenies of everything', 'u really thought snap deletes stuff lol', 'thought i deleted them? think again', 'i never deleted them btw', 'you thought those were gone forever?', 'u actually think it stayed private 😂'],
      ignore: ['you thought the party was a secret? everyone knows lol', 'i never deleted them, the trip pics are still on my phone', 'i never deleted the app', 'you thought the bathroom was private? the door was open lol', 'you thought it was private? the whole class could hear you lol', 'psa: snap doesnt really delete stuff, be careful'],
    },
  },
  {
    id: 'whole-call-screenshotted',
    phrases: [
      'i [still] have|got|kept|saved the|that|our|this whole|entire|full video|vid|call|recording|clip|facetime|vc|stream|convo|conversation|chat|thing ..1 saved|recorded|screenshotted|downloaded|backed_up|on_my_phone|on_my_laptop|in_my_gallery|in_my_camera_roll|on_my_pc',
      'i [have|just] screenshotted|screenshot|screenshoted|ss|sc|screen_recorded|screenrecorded|recorded|saved ..2 our|the|that|your|ur|last|every|the_whole|our_whole ..2 call|calls|video_call|videocall|facetime|ft|vc|cam|webcam|stream|session|snap_call',
      'i [always] [just] record|save|screenshot|screen_record|screenrecord everything|every_call|all_our_calls|all_calls|it_all|every_time ..4 when|while|during|on|in [we] video_call|videocall|video|call|calls|facetime|cam|vc|skype',
    ],
    unless: ["teacher|tutor|notes|lecture|lesson", 'fell|fall|falling|tripped|slipped|when_you_fell|when_u_fell|sang|singing|dancing|danced|burped|sneezed|snoring|snored|prank|pranked|for_the_minutes|the_minutes|agenda|whole_team|happy|smile|smiling|laughing|silly|derp|face_you_made|lockscreen_for_me|so_i_can_see_you|concert|recital|game|match|goal|lecture|class|lesson|meeting|study|tutorial|homework|notes|project|birthday|bday|surprise|grandma|grandpa|nana|wedding|graduation|funeral|trip|vacation|movie|show|highlights|clip_of_the|funny|hilarious|so_funny|cute|memories|for_you|so_you_can|so_u_can|rewatch|missed|podcast|interview|tiktok|youtube|baby|dog|cat|puppy|meeting_notes|standup|work|boss|doctor|therapy|for_the_report|report_it|evidence|mods|moderator|admin|police', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['i screenshotted our whole call 😂 u look different without a shirt', 'bro fr i have the whole vid saved', 'i record everything when we video call. your face is very clear', 'i screen recorded our facetime last night', 'i have the whole call recorded'],
      ignore: ["i recorded the whole call with the teacher, want it?", 'I recorded our call for the minutes, I will send it round to the whole team after lunch', 'i have the whole video saved from the concert', 'i screenshotted our call so grandma can see the baby', 'i recorded the whole call so you can rewatch the lecture', 'i record everything during class lol', 'i screenshotted our call for the report to the mods', 'i screenshotted our call because you looked so happy', 'i screen recorded our facetime when you fell off the chair 😂😂'],
    },
  },
  {
    id: 'pics-plus-your-details',
    phrases: [
      'i [still] [also] [already] have|got|know|saved|found|kept ..2 your|ur|ya|the|those|these|all_your|all_ur @photo|@nude ..3 and|plus|n|also|and_also|aswell_as|as_well_as your|ur|ya school|address|name|full_name|location|family|parents|contacts|followers|number|phone_number|home_address|school_name|last_name|insta|instagram|snap|workplace|moms_number|dads_number',
    ],
    unless: ['tag|name_tag|badge|conference|event|lanyard|christmas|xmas|card|cards|invites|invitations|thank_you|announcement|announcements|trip|vacation|holiday|party|prom|graduation|yearbook|wedding|concert|game|match|birthday|bday|camp|beach|project|class_photo|school_pics|homework|permission|form|forms|application|registration|passport|id_card|team|club|lost_and_found|wallet|keys|phone_case|jacket|cute|prints|print|mail|frame|album|portfolio|headshot|headshots|casting|audition|job|resume|cv|doctor|dentist|office|hr|badge|lanyard|student_id|roster|directory', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['lol jk im not jess. i have ur pics and ur school name', 'i got your nudes and your address', 'i have all your pics plus your parents contacts', 'i kept the videos and your full name'],
      ignore: ['i have your pics and your name for the yearbook', 'i have your photos and your address, ill mail you the prints', 'i have your photo and your name for the student id', 'i have your pics and your address for the christmas cards'],
    },
  },
  {
    id: 'i-have-you-video',
    phrases: [
      'i have|has|hav|haf you|yu|yur video|videos|vid|vids|pics|photos|photo|nude|nudes|picture|pictures|recording|naked|sex_video',
      'i hav|hve|hv|haf|hab your|ur|yur|you|yu pic|pics|video|vidio|vedio|vid|videos|photo|photos|picture|pictures|nude|nudes|foto|fotos|recording',
      'i have|has|hav|got video|videos|pics|photos|pictures|recording of you|u|yu when|while you|u|yu naked|nude|undress|undressing|touching|touch|doing|do|show|showing',
    ],
    unless: ['trip|vacation|holiday|party|prom|graduation|yearbook|wedding|concert|game|match|birthday|bday|camp|beach|school_pics|class_photo|project|for_you|got_you|bought|made_you|present|gift|surprise|recital|dance|dancing|singing|cute|baby|dog|cat|funny|falling|fell|swimming|skating|scoring|play', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['you know what happens now. I have you video. You pay 300 dollar', 'i have you pics and i send to all you friend', 'i have video of you when you naked', 'i hav ur pic send monee now'],
      ignore: ['i have you pics from the trip', 'i have video of you when you were dancing at the party'],
    },
  },
  {
    id: 'your-parents-account-is-right-there',
    phrases: [
      'your|ur @audience|moms|mums|dads|sisters|brothers|parents|grandmas|teachers|principals|coachs|cousins|aunts|uncles|stepmoms|stepdads [s] facebook|fb|instagram|insta|snap|snapchat|tiktok|number|email|dms|dm|inbox|account|profile|page|whatsapp|phone|messenger ..2 is|are|s|right_there|pulled_up [right|already|just] right_there|open_on_my_screen|pulled_up|up_on_my_screen|on_my_screen|one_click_away|a_click_away|in_front_of_me|open_rn|open_right_now|open_in_another_tab|open_in_the_other_tab|right_here',
      'your|ur @audience|moms|mums|dads|sisters|brothers|parents|grandmas|teachers|principals|coachs|cousins|aunts|uncles|stepmoms|stepdads [s] number|phone|phone_number|cell|email|address|home_address ..1 is ..4 right|yeah|correct|isnt_it|is_not_it|huh|yes',
      'your|ur @audience|moms|mums|dads|sisters|brothers|parents|grandmas|teachers|principals|coachs|cousins|aunts|uncles|stepmoms|stepdads has|have|got a|an email|email_address|number|phone_number|insta|instagram|facebook|fb|snap|tiktok ..1 right|yeah|huh|correct|yes',
      'your|ur @audience|moms|mums|dads|sisters|brothers|parents|grandmas|teachers|principals|coachs|cousins|aunts|uncles|stepmoms|stepdads [s] on|is_on|are_on facebook|fb|instagram|insta|tiktok|snapchat|snap|linkedin ..2 right|yeah|huh|is_not_she|is_not_he|correct|yes',
      'i [just] [already] found|got|have|pulled_up|looked_up ..1 your|ur @audience|moms|mums|dads|sisters|brothers|parents|grandmas|teachers|principals|coachs|cousins|aunts|uncles|stepmoms|stepdads [s] number|phone|phone_number|cell|email|address|home_address|facebook|fb|instagram|insta|work_email ..4 should_i|want_me|shall_i|do_you_want|want_to_bet|guess_what|watch_me|text_him|text_her|call_him|call_her|message_him|message_her',
    ],
    unless: ['she_asked|he_asked|asked_me|told_me|she_said|he_said|to_text_her|to_call_her|to_text_him|to_call_him|about_the|fridge|contact_card|list|sheet|form|signup|sign_up|emergency|pickup|pick_up|carpool|ride|call_her_back|text_her_back|ask_her|ask_him|ask_about|asking_about|need_to_ask|sleepover|practice|party|invite|invitation|birthday|bday|trip|permission|coach|teacher|school_said|save|saving|saved_it|add_her|add_him|adding|new_number|changed|typo|wrong_number|right_number|recipe|grandma|lost|found_your_phone|lost_and_found|delivery|package|order|ship|shipping|posts|posted|she_posts|he_posts|comment|commented|likes|liked|friend_request|add_her|added', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["bro fr i have the whole vid saved, ur mom's facebook is right there, 1 click and its over for u", "your dad's number is 555-0199 right? should i text him", 'i found ur moms number. should i text her?', 'your dads instagram is pulled up on my screen', 'ur principal has an email right', "the recording lol. your mum's on facebook right? Jennifer Hayes"],
      ignore: ["your mom's number is 555-0199 right? i need to ask about pickup", 'your dads number is on the emergency contact sheet right?', 'i found your moms number, ill text her about the sleepover', "your mum's on facebook right? i want to invite her to the party", 'your principal has an email right? i need to ask about the trip', "your mom's number is 0412 right? she asked me to text her"],
    },
  },
  {
    id: 'tracking-your-phone',
    phrases: [
      'i_am|im|i_m|i_have_been|ive_been|i_been [already] [now] tracking|watching|monitoring|following|recording|reading|logging ..1 your|ur|every phone|location|gps|every_move|camera|webcam|screen|keystrokes|messages|texts|browsing|searches',
      'i can|could see|watch|hear you|u ..2 through|thru|on|via|from your|ur camera|webcam|cam|phone|laptop|computer|mic|microphone',
    ],
    unless: ['find_my|findmy|find_my_iphone|life360|family_sharing|family_link|where_are_you|you_ok|are_you_ok|battery|lost|lost_phone|pick_up|pickup|on_my_way|omw|safe|late|dinner|package|order|delivery|flight|lol|haha|lmao|jk|doorbell|ring|security|baby_monitor|nanny|zoom|meeting|class|teams|frozen|lagging|lag|pixelated|dark|blurry|turn_on|mute|unmute|cant_hear|can_not_hear|stream|twitch|game|match|progress|steps|workout|run|fitness|strava|parental|screen_time|grades|coach|teacher|mom|dad|dog|cat|hamster', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'm tracking your phone", 'i can see you through your camera right now', 'ive been monitoring your every move'],
      ignore: ['im tracking your phone on life360, where are you?', 'i can see you through the camera but its frozen', 'im watching your stream lol'],
    },
  },
  {
    id: 'delete-after-you-pay',
    phrases: [
      'delete|deleted|deleting|erase|erased|remove|removed|gone ..4 after|once|when|as_soon_as|only_when|only_after|only_if you|u pay|paid|send_the_money|send_money|transfer|send_the_card|send_the_code|send_the_codes|send_the_cards|venmo|cashapp|zelle|send_the_btc',
      'sure|ok|okay|fine|maybe|deal ..2 after|once|when|as_soon_as you|u pay|paid|send_the_money|send_money|transfer',
    ],
    unless: ['cashier|checkout|store|shop|counter|register|meet_me|wait_for_me|line|queue|subscription|app|account|order|cart|card_details|receipt|invoice|plan|trial|ticket|tickets|rent|bill|back|owe|owed|lunch|pizza|dinner|split|half|shipping|listing|sale|selling|sold|pickup|pick_up|item|game|skin|skins|membership|storage|spotify|netflix|cancel|refund|install|download', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['delete? sure, after you pay', 'they get deleted as soon as you pay', 'ok after you pay. not before'],
      ignore: ['delete the app after you pay the subscription', 'the listing gets removed once you pay, then pickup is saturday', 'sure, after you pay me back for lunch'],
    },
  },
  {
    id: 'remember-that-night-i-do',
    phrases: [
      'remember|rmb|remeber|member ..6 facetime|cam|webcam|vc|video_call|call|snap|night|what_you|what_u|what_you_sent|what_u_sent|what_you_did|what_u_did|what_you_showed|what_u_showed ..4 i_do|i_remember|i_saved|i_kept|i_recorded|i_screenshotted|i_screen_recorded|so_do_i|i_still_have|i_still_got|because_i_do|cuz_i_do',
      'oh_wait|actually|nvm|never_mind i have|got|saved|kept them|it|those|these|everything|the_pics|the_video|your_pics|ur_pics|your_nudes|ur_nudes',
      '@nude|your_body|ur_body|your_vid|ur_vid|your_video|ur_video ..3 my screensaver|wallpaper|lockscreen|lock_screen|background|home_screen|favorites|favourites|fav_folder|private_album|hidden_album',
      'i have|got|saved|kept # of your|ur @photo|videos|vids|pics|nudes|clips|recordings|selfies',
    ],
    unless: ['camp|trip|party|vacation|holiday|sleepover|concert|game|match|prom|graduation|wedding|birthday|bday|lol|lmao|funny|funniest|hilarious|cute|memories|miss|aww|yearbook|school_pics|class_photo|team|recital|dance|beach|project|homework|notes|lecture|doctor|dentist|interview|portfolio|prints|album_for', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['remember that night on facetime? i do 📸', 'you should check your camera roll... oh wait i have them', 'your nudes are my screensaver now', 'i have 4 of ur videos, want me to drop one in the school gc?'],
      ignore: ['remember that night at camp? i do lol', 'i have 4 of your photos from the game, want them?', 'your pics are my wallpaper now aww'],
    },
  },
  {
    id: 'we-detected-your-content',
    phrases: [
      'detected|discovered|found|identified|confirmed|flagged ..2 that you|u have|shared|sent|uploaded|downloaded|viewed|distributed|exchanged|possess ..4 explicit|illegal|sexual|child|inappropriate|nude|pornographic|indecent|underage|minor|minors',
      'we_are|we_re|this_is a|the|our cybersecurity|cyber|cyber_police|cyber_crime|cybercrime|investigation|investigations|enforcement|compliance ..2 team|unit|department|division|office|agency|officer|agent|squad',
    ],
    unless: ['school|district|principal|counselor|assembly|class|lesson|training|course|bank|fraud_alert|password_reset|reset_your_password|suspicious_login|new_device|verify_it_was_you|was_this_you|it_department|helpdesk|help_desk|ticket|job|hiring|interview|career|internship|volunteer|lol|haha|jk|game|roleplay|rp', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['We are a cybersecurity team. We have detected that you shared explicit content.', 'Our investigation unit has identified that you distributed indecent images of a minor.', 'this is the cyber crime unit'],
      ignore: ['we are the security team, we detected a new device login, was this you?', 'im a police officer, i came to your school assembly today'],
    },
  },
  {
    id: 'copies-and-backups',
    phrases: [
      'deleting|delete|deleted|unsend|unsending|unsent|blocking|block ..3 on your|ur end|side|phone ..3 does|do|doesnt|does_not|wont|will_not|changes|fixes|helps ..1 nothing|not|anything',
      'i [already] [also] have|got|kept|made|saved a|my_own|extra|another copy|copies|backup|backups ..6 deleting|delete|block|blocking|unsend|dont_even|do_not_even|so_dont|so_do_not|nothing|wont_help|will_not_help|doesnt_matter|does_not_matter|try',
      'backed|backing|back ..1 everything|it_all|all_of_it|them|it|all|your ..2 up ..3 my|a|the cloud|drive|laptop|pc|computer|usb|hard_drive|phone|icloud ..4 so|dont|do_not|even|try|nothing|block|blocking|delete|deleting|no_point',
      'copies|copy|backups|backup ..2 on|in|across # devices|phones|laptops|drives|accounts|clouds|places|computers',
      'my friend|friends|boys|bro|cousin|partner|guy|people|team|homie|homies ..2 has|have|got|kept copies|a_copy|copy|backup|backups|them_too|everything_too|it_too|the_pics_too|the_video_too',
      'your|ur ex|friend|bestie|best_friend|bff|bf|gf|boyfriend|girlfriend|crush|sister|brother|cousin ..1 sent|showed|forwarded|gave|leaked ..1 me ..2 everything|your_pics|ur_pics|your_nudes|ur_nudes|your_video|ur_video|it_all|all_of_them|your_snaps|ur_snaps',
      'your|ur [whole|entire] rep|reputation|life|future|social_life|secret|secrets|privacy ..2 is|are|s|in in my hands|hand|palm|pocket|phone',
      'thought|thot|think|thunk i would_not|wouldnt|would_never|wont|will_not|did_not|didnt ss|sc|screenshot|screenshotted|screen_record|screenrecord|save|saved|keep|kept|record|recorded',
    ],
    unless: ['seat|spot|slice|place|notes|homework|keys|key|book|books|game|games|album|cd|dvd|vinyl|textbook|worksheet|answers|test|exam|handout|slides|form|forms|tickets|printout|prints|photos_from|trip|party|wedding|worry|lose|lost|new_phone|reset|update|safe|crash|broke|broken|storage|vacation|school|project|work|essay|resume|cv|contract|receipt|lol|lmao|haha|jk|driving|drive_safe|car|wheel|surgery|doctor|controller|haircut|hair|scissors|cooking|recipe|birthday|bday|gift|present|surprise|meme|memes|funny|cute|the_pics_from|of_us|group_chat|gc|homework_answers|spare|spare_key|lunch', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['i already have a copy, deleting it on ur end does nothing', 'i backed everything up to my cloud so dont even try', 'my friend has copies too so dont think blocking me fixes anything', 'your ex sent me everything. now what', 'ur whole rep is in my hands rn', 'u rlly thot i wouldnt ss 😭', 'i have copies on 3 devices'],
      ignore: ['i backed everything up to my cloud so dont worry if you lose the phone', 'my friend has copies of the notes', 'your sister sent me the pics from the trip', 'i have a spare copy of the key'],
    },
  },
  {
    id: 'photos-were-downloaded',
    phrases: [
      '@nude|intimate|private|explicit|personal|sensitive photos|pics|images|videos|files|content|material|media ..2 were|have_been|has_been|was|got downloaded|copied|extracted|saved|obtained|retrieved|stolen|exported|backed_up|secured',
      'got_into|hacked|accessed|broke_into|cracked ..1 your|ur icloud|account|insta|instagram|snap|snapchat|phone|gallery|cloud|email|google_drive|drive|photos|dms|camera_roll ..6 nice|cute|interesting|spicy|pics|photos|saw|seen|found|everything|private|hidden|vault|my_eyes_only',
      'i can|could log_in|login|log_into|get_into|access|sign_in|get_in ..2 your|ur ..1 account|insta|instagram|snap|snapchat|icloud|email|phone|tiktok|discord|fb|facebook|accounts ..3 anytime|whenever|any_time|all_the_time|whenever_i_want|when_i_want|any_time_i_want',
      'i know|have|got your|ur password|passcode|passwords|login|logins|pin|icloud_password|snap_password|instagram_password',
    ],
    unless: ['someone|somebody|they|he|she|hacker|hackers|fix|help|helping|like_you_asked|like_u_asked|asked|password_reset|reset|you_gave|u_gave|told_me|you_told|u_told|gave_me|shared|wifi|netflix|spotify|disney|hulu|game|ipad|tablet|school_laptop|family|mom_knows|dad_knows|change_it|you_should_change|u_should_change|change_your|change_ur|careful|be_careful|lol|lmao|haha|jk|kidding|phone_died|new_phone|set_up|setup|forgot|forgot_your|recover|recovery|backup_for_you', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['Dear customer, your iCloud was accessed. Intimate photos were downloaded. To delete them pay 300 USD.', 'got into ur icloud. nice pics 😏', 'i can log in to ur insta anytime i want', 'I know your password. I have recorded you.'],
      ignore: ['i know your password, you told me for netflix', 'i got into your account to fix it like you asked, nice pics from the trip', 'i know ur password lol, change it'],
    },
  },
  // round 8 (en-et): refer-back and "I already have your people" wordings
  {
    id: 'grabbed-your-whole-list',
    phrases: [
      'i [already] [also] [just] screenshotted|screenshoted|screenrecorded|screen_recorded|saved|copied|downloaded|got|have|grabbed ..3 your|ur [whole|entire|full] followers|following|friends|friend|follower|contacts|contact|family ..1 list|lists',
      'i have|got|saved|kept|grabbed ..2 your|ur pic|pics|photo|photos|video|vid|videos|nudes|snap|snaps|clip ..2 and|plus|n|also ..4 your|ur followers|following|contacts|friends_list|friend_list|followers_list|contact_list',
    ],
    unless: ['follow_them_back|follow_back|follow_them_too', 'party|invite|invites|invitation|invitations|birthday|bday|wedding|sleepover|christmas|secret_santa|project|yearbook|trip|holiday|vacation|cute|prom|graduation|class_photo|album|reunion|group_chat_for|tree|family_tree', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay'],
    examples: {
      match: ['i screenshotted it bro. i got ur whole friends list too', 'i already screenrecorded ur story and ur followers list', 'i saved your entire following list', 'i have ur pic and a screenshot of ur followers, ur cooked', 'i got your nudes and your contact list'],
      ignore: ['i got your whole friends list for the party invites', 'i copied your friends list for the secret santa', 'i have your pic and your followers list for the yearbook page', 'i got your friends too, they are coming'],
    },
  },
  {
    id: 'clipped-the-whole-call',
    phrases: [
      'i have|has|had|already record|recorded|capture|captured|screen_record ..3 all|our|the|your|ur|whole video_call|call|videocall|vc|cam|webcam|chat|facetime',
      'i [just] [already] clipped|screenclipped|screen_clipped|recorded|screenrecorded|screen_recorded|captured|saved|filmed|ss|screenshotted the|our|that|your|ur whole|entire|full ..1 call|facetime|ft|vc|video_call|videocall|cam|webcam|skype|snap_call|video_chat',
      'the|our|that|this|your|ur whole|entire|full ..1 call|facetime|ft|vc|video_call|videocall|cam|webcam|skype|snap_call ..2 is|was|got|has_been|sits saved|recorded|on_my_phone|on_my_laptop|in_my_gallery|in_my_camera_roll|on_my_drive|backed_up|downloaded',
      '# @timeunit of you|u ..4 on|in my drive|phone|laptop|cloud|camera_roll|gallery|pc|computer|google_drive|hard_drive|icloud',
    ],
    unless: ['project|group_project|assignment|for_the_group', 'lecture|class|lesson|meeting|presentation|podcast|interview|grandma|grandpa|nana|granny|birthday|bday|surprise|game|match|stream|concert|recital|practice|tutorial|homework|revise|revision|study|notes|singing|dancing|funny|lol|lmao|haha|falling|fell|cute|dog|cat|baby|so_you_can|for_you|if_you_missed|missed_it'],
    examples: {
      match: ['I have record all our video call', 'too late i clipped the whole call', 'the entire call is saved on my phone', 'i screen recorded our whole facetime', '1 min of u is already on my drive', 'i saved the entire vc'],
      ignore: ['i recorded the whole call for the project', 'i recorded the whole call for grandma', 'i clipped the whole stream lol', 'i recorded the whole lesson if you missed it', '10 mins of u singing is on my phone lol'],
    },
  },
  {
    id: 'refer-back-to-what-you-sent',
    weight: 2,
    phrases: [
      'remember|remembr|rember|rmb|member|recall what|those|these|all_the|everything|the_stuff|that_stuff|the_things|the_pics|the_videos|the_vids|the_snaps|the_nudes you|u sent|showed|gave|did_on_cam|did_on_camera|sent_me|showed_me',
      'remember|remembr|rember|rmb|member that|the|those|our vid|video|videos|vids|pics|pic|clip|recording|snaps|photos ..3 from|on|of our|the|that|last vc|call|facetime|ft|cam|video_call|videocall|snap_call',
      'i [still] have|got|kept|saved the|that|those|my|your|ur folder|folders|album|vids|vid|videos|video|pics|snaps|screenshots|recording|recordings|clip|clips|stuff|photos ..1 still',
      'you|u sent|showed|gave me ..3 pics|pic|photos|videos|vids|nudes|snaps|stuff ..6 i [still] have|got|kept|saved em|them|those|it|all_of_them|every_one',
      'i still have|got|kept ..1 the|that|those|your|ur folder|album|vids|vid|videos|video|pics|snaps|screenshots|recording|recordings|clip|clips|stuff|photos|receipts',
    ],
    unless: ['christmas|xmas|present|gift|still_use|use_it|grandma|grandpa|nana|granny|loved|streak|streaks|recipe|playlist', 'falling|fell|fall|pool|slideshow|tripping|tripped|slipped|dancing|singing|sleeping|snoring|drunk|prank|pranked|skating|scoring|goal|laughing|crying|burping|sneezing|throwing_up', 'meme|memes|funny|hilarious|trip|holiday|vacation|party|birthday|bday|concert|recipe|homework|notes|game|match|cute|prom|wedding|graduation|dog|cat|puppy|kitten|baby|camp|beach|school_trip|lecture|class|lesson|project|assignment|drawings|art|book|books|hoodie|jacket|charger|money|bet|tickets|ticket|keys|for_you|want_them|want_it|send_them|send_it_to_you|give_it_back|gave_back|return|borrow'],
    examples: {
      match: ['remember what you sent me in march 😏', 'remember the stuff you sent me on snap?', 'remember that vid from our vc? 😂', 'not my problem. u know what happens if u dont, i still got the folder', 'i still have the screenshots', 'u sent me those pics last week. i still got em 😂'],
      ignore: ['remember that meme u sent me last week?', 'i still have the video of u falling in the pool', 'i still have the pics from the trip', 'i still got your hoodie lol', 'remember what you sent me for my birthday? i love it'],
    },
  },
  {
    id: 'pics-from-your-hacked-drive',
    phrases: [
      'i [just] got|have|found|pulled|downloaded|took|copied|grabbed|saved ..3 pics|photos|videos|vids|pictures|everything|nudes|files|stuff|content ..2 from|off|out_of your|ur hacked|private|hidden|locked|secret ..2 drive|icloud|cloud|account|accounts|phone|gallery|camera_roll|google_drive|google_photos|snap|snapchat|instagram|folder|album|memories|my_eyes_only|vault',
    ],
    unless: ['slideshow|party|trip|holiday|vacation|birthday|bday|yearbook|project|for_you|like_you_asked|you_asked|back_up_for_you|new_phone|transfer'],
    examples: {
      match: ['i got the pics from ur hacked google drive. u really kept those huh', 'i pulled everything off your locked folder', 'i downloaded the videos from your hidden album'],
      ignore: ['i got the pics off your old phone for the slideshow', 'i saved everything from your private account to your new phone like you asked'],
    },
  },
  {
    id: 'every-pic-you-sent',
    phrases: [
      'i [still] [already] have|got|saved|kept|screenshotted|screenshoted|screenrecorded every|each|all ..2 pic|pics|photo|photos|video|videos|vid|vids|snap|snaps|nude|nudes|dm|dms|thing|selfie|selfies ..2 you|u [ever] sent|showed|gave',
    ],
    unless: ['sunset|sunsets|pretty|beautiful|gorgeous|view|views|scenery|nature|sky|flowers|food', 'funny|so_funny|hilarious|cute|aww|love|love_you|miss_you|sweet|memories|sentimental|trip|vacation|holiday|party|wedding|concert|birthday|bday|prom|graduation|yearbook|homework|notes|assignment|project|meme|memes|dog|cat|puppy|art|drawings|drawing|recipe|recipes|outfits|outfit|fits|nails|hair|baby', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay'],
    examples: {
      match: ["i have every pic u sent to 'emily'. that was me", 'i saved all the dms u sent in there', 'i screenshotted every snap you sent'],
      ignore: ['i saved all the pics u sent from the trip', 'i kept every selfie you sent me, love you', 'i have every pic you sent of the puppy'],
    },
  },
  {
    id: 'what-are-your-nudes-worth',
    phrases: [
      '@nude ..6 how_much ..4 worth|pay|cost|give|spend',
      'how_much ..3 would|will|do|are|r|is ..2 you|u|your|ur|urs|yours ..2 pay|worth|give ..4 to keep|keeping ..3 @nude|pics|them|it|those|these|this|video|videos ..3 private|offline|secret|hidden|off_the_internet|quiet|away|off',
      'how_much ..2 are|r|is your|ur|urs|yours|those|these|the|them|they @nude|pics|video|videos|snaps ..2 worth ..2 to you|to_you',
    ],
    unless: ['news|article|scam|scammer|scammers|report|documentary|police|bbc|cnn|podcast|episode|show|read|heard|apparently|sell|selling|onlyfans|tell_an_adult|trusted_adult|never_pay|do_not_pay'],
    examples: {
      match: ['its funny how much ppl would pay to keep their nudes off the internet. how much u think urs r worth?', 'how much would you pay to keep those pics private', 'how much are ur nudes worth to you', 'how much are those pics worth to you'],
      ignore: ['i read an article about how much people pay scammers to keep their nudes private, never pay', 'how much are your pokemon cards worth'],
    },
  },
  {
    id: 'not-deleting-till-paid',
    phrases: [
      'not|never|will_not|wont|am_not|im_not|i_am_not|aint deleting|delete|removing|remove|erasing|erase ..2 anything|it|them|this|that|nothing|everything|the_video|the_pics|your_pics|ur_pics ..1 till|til|until|unless|before|without i|you|u|payment|the_money|my_money|getting_paid ..1 get|pay|paid|see|receive',
    ],
    unless: ['invoice|client|clients|design|logo|website|commission|photoshoot|wedding|files_for|project|homework|game|save|saves|account|app|lol|lmao|haha|jk', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be'],
    examples: {
      match: ['im not deleting anything till i get paid', 'not removing the pics until you pay'],
      ignore: ['not deleting the logo files till the client pays the invoice'],
    },
  },
  {
    id: 'you-know-i-have-the-vids',
    phrases: [
      'you|u [already] know|remember i [still] have|got|kept|saved the|those|ur|your|them vids|videos|video|vid|pics|nudes|screenshots|recording|recordings|clip|clips|snaps|photos',
    ],
    unless: ['present|presents|gift|gifts|surprise|mess|room|report_card|grades|lol|lmao|haha|jk|cake|recipe|flowers|card|baby|puppy|kitten|party|birthday|bday|trip|holiday|vacation|wedding|christmas|tattoo|haircut|hair|outfit|dress|drawing|drawings|art|essay|homework', 'trip|concert|game|match|beach|camp|school|class|project|prom|graduation|yearbook|dog|cat|send_them|ill_send|i_will_send|want_them|if_you_want', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['why u ignoring me? u know i have the vids', 'you know i still got those pics'],
      ignore: ['u know i have the pics from the trip, want them?'],
    },
  },
  {
    id: 'your-mates-on-my-list',
    weight: 3,
    phrases: [
      'got|have|added|found ..3 of your|ur mates|friends|followers|family|classmates|cousins ..3 on|in my list|contacts|following|friends_list|dms|snap|added|already',
    ],
    unless: ['team|squad|game|party|class|school|project|group_project|league|clan|guild|server|lol|lmao|haha|small_world|mutuals|cool', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['ive got 3 of ur mates on my list already, want me to show them?'],
      ignore: ['ive got 3 of ur mates on my team for the league lol'],
    },
  },
  // round 8 (en-et): broken-English scripts ("your video is in my hand"), "safe with me... for now"
  {
    id: 'your-video-is-in-my-hand',
    phrases: [
      'your|ur @nude|nakid|nakd|nacked|nekkid|naked_video|video|videos|vid|pics|photos|recording|clip ..2 is|are|r|stays with me|in_my_phone|on_my_phone',
      'your|ur @nude|video|videos|vid|vids|pics|photos|recording|recordings|clip|clips|content ..3 in|into my|our hand|hands|possession|control',
      'your|ur @nude|pics|video|videos|secret|secrets|photos ..2 are|is|r|stay|stays safe|secure|private ..2 with me ..2 for_now|for_the_moment|as_long_as|unless|until|for_a_price|so_far|for_a_while',
    ],
    unless: ['yearbook|goal|match|game|dance|dancing|singing|song|music|caption|edit_them|edit_it|for_the|project|homework|trip|holiday|party|birthday|bday|concert|recital|prom|graduation|wedding|cute|lol|lmao|haha|jk', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['Dear friend, your nakid video is with me', 'your video is in my hand now', 'your nudes are safe with me... for now'],
      ignore: ['your pics are in my hands now, ill edit them for the yearbook'],
    },
  },
  {
    id: 'delete-in-front-of-you',
    weight: 2,
    phrases: [
      'delete|deleting|erase|erasing|remove|removing ..3 in_front_of|on_video_call|on_vc|on_facetime|on_camera|on_cam|while_you_watch|so_you_can_see|live_on',
    ],
    unless: ['yearbook|goal|match|game|dance|dancing|singing|song|music|caption|edit_them|edit_it|for_the|project|homework|trip|holiday|party|birthday|bday|concert|recital|prom|graduation|wedding|cute|lol|lmao|haha|jk', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article'],
    examples: {
      match: ['make payment now and i delete in front of you on video call'],
      ignore: ['ill delete the game in front of you on facetime lol'],
    },
  },
  {
    id: 'your-account-is-mine-now',
    weight: 2,
    phrases: [
      'your|ur insta|instagram|account|snap|snapchat|tiktok|discord|icloud|email|acc|gmail is|s|now ..1 now|mine|belongs_to_me ..1 mine|now',
    ],
    unless: ['game|fortnite|minecraft|roblox|lobby|password_reset|you_asked|like_you_asked|borrow|borrowing|for_the_day|streak|streaks|jk|april_fools'],
    examples: {
      match: ['hey its me sofia, ur insta is now mine lol'],
      ignore: ['ur snap is mine for the day, streaks are safe'],
    },
  },
  // round 8 (en-et): the fake-minor / fake-police script and "your face next to the pic"
  {
    id: 'the-girl-you-sent-pics-to-is-14',
    phrases: [
      'girl|boy|guy|kid|person|account|she|he you|u sent|were_sending|showed|been_sending ..3 pics|nudes|photos|stuff|them|those|that|pictures|videos ..2 to ..1 is|was [only|just] #',
      'girl|boy|guy|kid|person|account|she|he you|u sent|were_sending|showed|been_sending ..3 pics|nudes|photos|stuff|them|those|that|pictures|videos ..2 to ..1 is|was [only|just] underage|a_minor|a_kid|a_child|in_year|in_grade',
      'screenshot|screenshotted|saved|have|got|put ..2 your|ur face ..3 and|with|plus|next_to|beside the|your|ur pic|pics|nudes|body|video|vid',
      'easy|easily to prove ..1 its|it_is|thats|that_is|they_are you|u|yours',
    ],
    unless: ['tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article', 'psa|be_careful|careful|lesson|assembly|class|teacher|report_them|block_them'],
    examples: {
      match: ['this is officer daniels, the girl you sent pics to is 14. pay the fine or we contact your parents', 'i screenshot ur face and the pic together, easy to prove its u'],
      ignore: ['psa: if a girl you sent pics to says shes 14 and asks for money, its a scam, block them'],
    },
  },
  {
    id: 'what-happens-to-people-who-send-to-minors',
    weight: 3,
    phrases: [
      'what happens to ..2 people|ppl|guys|men|anyone|those|boys who|that send|sent|sending @nude|pics|nudes|dick_pics|photos ..2 to minors|a_minor|kids|underage|children|a_child|girls_under',
      'you_are|youre|your|ur|u_r|you_will|youll going_to|gonna|go_to|end_up_in|headed_to|going prison|jail|juvie ..3 for|if|unless|because|cuz|what_you',
    ],
    unless: ['tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article', 'psa|lesson|assembly|class|teacher|documentary|podcast|lol|lmao|haha|jk|monopoly|game|parking|speeding'],
    examples: {
      match: ['do u know what happens to ppl who send nudes to minors? ur going to prison', "you're going to jail for what you sent"],
      ignore: ['ur going to jail in monopoly lol'],
    },
  },
  // round 9 (en-n9t): "got all of that on screen capture", "this is now recorded", second phone filming the screen,
  // "your ex sold me your pics", "remember what you sent me? still got it", "I have the screen recording and a list of your followers"
  {
    id: 'caught-it-on-screen-capture-r9',
    phrases: [
      'got|have|caught|saved|captured|recorded|filmed ..4 on|with|in screen_capture|screencap|screen_cap|screen_capture|screen_recording|screen_record|screenrecord*|screen_recorder|recorder|obs|tape|my_other_phone|another_phone|second_phone',
      'this|it|its|it_s|that|everything|all_of_this|all_of_it|all_this|the_whole_call|the_whole_thing|our_call|our_chat|you is|was|got|has_been|been|are|s now|all|already [been] recorded|screenrecorded|screen_recorded|captured|filmed|saved_on_my_phone',
      'i|ive|i_have|i_got|got|have_got ..1 the|a|your|ur|our ..1 screen_recording|screenrecording|screen_record|screencap|screen_cap|screen_capture|recording|screen_grab|screengrab ..6 and|plus|with|n ..2 list|screenshot|screenshots|copy ..4 your|ur @audience|followers|contacts|friends',
      'use|used|using|with ..1 another|a_second|my_other|a_different|2_nd|second|other ..1 phone|device|camera|laptop ..3 film|record|recording|filming|screenshot|capture|capturing ..3 the|your|ur|it|them|screen|snaps|call',
      'snap|snapchat|it|instagram|insta does_not|do_not|doesnt|will_not|wont|cannot|can_not|never tell|tells|notify|notifies|show|shows|know ..4 when|if i|someone|people ..2 screenshot|screen_record|record|save|film|use',
    ],
    unless: ['teacher|professor|prof|tutor|upload_it|will_upload|portal|class_recording|when_i_play|clips|my_channel|i_play|for_my_stream', 'concert|gig|game|gameplay|match|goal|lecture|lesson|class|zoom|meeting|webinar|tutorial|bug|glitch|stream|speedrun|clip_of_the|highlights|podcast|episode|show|song|album|voicemail|quality|training|recipe|dance|recital|speech|graduation|wedding|birthday|bday|party|fireworks|sunset|baby|puppy|dog|cat|interview|presentation|for_class|for_school|homework|notes|minecraft|fortnite|valorant|roblox|minigame|boss_fight|for_my_channel|youtube|tiktok_video|ghost|ufo|eclipse|haha_look|bloopers|karaoke|evidence|report|police|proof_for_the|scam|scammer|scammers|careful|be_careful|watch_out|heads_up|so_you_know'],
    examples: {
      match: ['ha got all of that on screen capture btw', 'Alright buddy. This is now recorded.', "Don't block me. I have the screen recording and a list of all your followers and your family.", 'i saved every one. snap doesnt tell u when i use another phone to film the screen 😂', "it's all recorded"],
      ignore: ['got the whole concert on tape lol', 'the lecture was recorded, check the portal', 'i have the recording of the zoom and a list of all your classmates for the project', 'careful, snap doesnt tell u when someone uses another phone to film the screen', 'everything was recorded, the teacher will upload it tonight', 'everything was recorded, ill send it to the group', 'i use another phone to film the screen when i play so i can post clips'],
    },
  },
  {
    id: 'saved-on-my-laptop-r9',
    phrases: [
      'got|have|ive_got|i_have|its|it_is|i_got ..1 the_whole_thing|everything|it_all|all_of_it|the_call|our_call|the_video|the_vid|your_pics|ur_pics|your_video|ur_video|your_nudes|ur_nudes ..2 saved|stored|backed_up|downloaded|recorded ..2 on|to|in my ..1 laptop|pc|computer|hard_drive|drive|drives|cloud|usb|gallery|camera_roll|google_drive|icloud|phone',
      'your|ur video|videos|pics|photos|nudes|recording|recordings|images|files|content are|is with|in us|me|our_possession|our_hands|my_hands|my_possession',
      'you|u have|ve been caught|recorded|filmed|exposed|watched ..3 on|by|through|in ..1 cam|camera|webcam|video|us|me|a_compromising|the_act',
    ],
    unless: ['editor|editing|send_them_back|print|printing|album|shoot|photographer|studio', 'essay|homework|project|assignment|notes|slides|game|file|doc|presentation|playlist|music|songs|photos_from|pics_from|trip|holiday|vacation|party|wedding|concert|recital|graduation|birthday|bday|school_play|lecture|class|speeding|speed_camera|traffic|ticket|teacher|cheating|skipping|vaping|lol|lmao|haha|jk|prank|bloopers|tiktok|youtube|channel|baby|dog|cat'],
    examples: {
      match: ['got the whole thing saved on my laptop', 'Your videos are with us. Contact us within 12 hours to avoid publication.', 'you have been recorded through your webcam'],
      ignore: ['got the whole essay saved on my laptop thank god', 'you have been caught on the speed camera lol', 'your photos are with us, we will print them for the wedding album'],
    },
  },
  {
    id: 'third-party-app-and-backups-r9',
    phrases: [
      'got|have|used ..1 a|an|this ..1 screenshot|saving|saver|snap_saver|hidden|secret|screen_recording ..1 app|apps|tool|recorder',
      'thought|think|thot snap|snapchat|it|instagram|insta ..2 would|will|could|was_going_to protect|save|hide|delete|disappear',
      'everything|all|each|every_pic|every_video|whatever|all_of_it you|u [ever] sent|showed|did ..2 is|are|was|got|been|s backed_up|saved|stored|recorded|screenshotted|kept|archived',
      'have|got ..2 receipts|screenshots|proof|evidence ..4 and|plus|n your|ur @audience|mums|moms|dads|parents ..1 [s] number|numbers|email|instagram|contact|contacts|address|phone|facebook',
    ],
    unless: ['post|posting|schedule|scheduling|edit|editing|filters|followers_app|analytics', 'calendar|music|spotify|weather|fitness|mod|mods|keyboard|font|vpn|photo_editor|editing|project|drive_for|homework|notes|files_for|assignment|refund|return|order|store|shop|delivery|parcel|warranty|taxes|receipt_for|reimburse|expenses|school|work|lol|haha'],
    examples: {
      match: ['u really thought snap would protect u lmao i got a third party app', 'everything u sent is backed up', 'i have the receipts and ur mums number'],
      ignore: ['everything u sent is backed up on the drive for the project', 'i have the receipts and ur mums number for the refund', 'i got a third party app for my calendar', 'i use a third party app to post on insta'],
    },
  },
  {
    id: 'dont-forget-i-still-have-them-r9',
    phrases: [
      'do_not|dont|never forget|remember ..2 i [still] have|got|kept|saved|screenshotted ..2 your|ur|those|the|all|every snaps|snap|pics|nudes|videos|vids|photos|screenshots|video|recording|clip',
    ],
    unless: ['trip|holiday|vacation|party|wedding|bday|birthday|concert|for_the|yearbook|printed|album|prom|graduation|baby|dog|cat|puppy|meme|memes|funny|lol|haha|return|give_them_back|give_it_back|charger|hoodie|notes|homework'],
    examples: {
      match: ['dont forget i still have ur snaps saved 😉', 'never forget i have those videos'],
      ignore: ['dont forget i still have ur pics from the trip, want them?', 'dont forget i still have ur charger lol'],
    },
  },
  {
    id: 'your-ex-sold-me-your-pics-r9',
    phrases: [
      'your|ur ex|ex_boyfriend|ex_girlfriend|exbf|exgf|old_boyfriend|old_girlfriend|friend|mate|bestie|cousin|boyfriend|girlfriend|bf|gf ..2 sold|sent|gave|showed|forwarded|leaked|passed|traded|airdropped|airdrop ..1 me|us|them_to_me|it_to_me ..2 your|ur|the|those|all_your|all_ur|all_the @photo|@nude',
      'got|bought|have|has|traded_for ..2 your|ur @photo|@nude ..2 from|off|of your|ur ex|ex_boyfriend|ex_girlfriend|exbf|exgf|friend|mate|bestie|cousin|old_boyfriend|old_girlfriend',
      'the|those ones|pics|photos|nudes|videos|vids|ones_that your|ur ex|ex_boyfriend|ex_girlfriend|exbf|exgf|old_boyfriend|old_girlfriend ..2 had|has|sent|took|kept|leaked ..4 i got|i_have|ive_got|i_bought|got_em|got_them|are_mine|have_them',
    ],
    unless: ['yearbook|project|team|birthday|bday|baby|graduation|prom|wedding|trip|party|holiday|vacation|profile|dog|cat|puppy|drawing|art|funny|meme|memes|cute|beach|camp|so_i_can|for_the|album|slideshow|scam|scammer|scammers|police|report|reported|what_do_i_do|what_should_i_do|tell_an_adult'],
    examples: {
      match: ['ur ex sold me ur pics lmao', 'the ones ur ex had. i got em. 250 on apple pay and they disappear', 'got your nudes from your ex'],
      ignore: ['your mate sent me your pics from the beach, so cute', 'your bestie gave me the pics for the yearbook'],
    },
  },
  {
    id: 'remember-what-you-sent-still-got-it-r9',
    phrases: [
      'remember|remembr|rember|rmb|member|recall what|the_pics|the_pic|the_video|the_vid|those|the_ones|the_one|that_pic|that_video|that_vid|the_nudes|the_snaps ..1 you|u [already] [just] sent|showed|did|gave ..6 still|kept|saved|screenshot*|screenshotted|have_it|got_it|have_them|got_them|got_em|on_my_phone|camera_roll|my_gallery|my_files',
      'remember|remembr|rember|rmb|member|recall what|the_pics|the_pic|the_video|the_vid|those|the_ones|the_one|that_pic|that_video|that_vid|the_nudes|the_snaps ..1 you|u [already] [just] sent|showed|did|gave ..6 would|shame|awkward|everyone|everybody|server|gc|group_chat|your_mom|your_mum|your_dad|your_parents|do_what_i_say|going_to_do_what_i_say',
    ],
    unless: ['christmas|xmas|present|gift|still_use|use_it|loved|streak|streaks|recipe|playlist|meme|memes|funny|hilarious|trip|holiday|vacation|party|birthday|bday|concert|homework|notes|game|match|cute|prom|wedding|graduation|dog|cat|puppy|kitten|baby|camp|beach|lecture|class|project|assignment|drawing|drawings|art|book|books|song|songs|link|address|recipe|lock_screen|lockscreen|wallpaper|framed|frame|printed|sunset|outfit|dress|haircut'],
    examples: {
      match: ['remember what u sent me in september? still got it 🙂', 'remember what u sent me? its still in my camera roll. so ur gonna do what i say', 'remember what u already sent me? would be real awkward if the whole server had it pinned', 'remember what u sent me? bet ur school would love it'],
      ignore: ['remember that pic u sent me of ur dog in the sweater? its my lock screen now', 'remember what u sent me for my birthday? i still have it', 'remember the meme u sent me? still got it saved lol'],
    },
  },
  {
    id: 'you-know-the-vid-from-the-call-r9',
    weight: 2,
    phrases: [
      'you|u know|remember ..1 the|that|those|our video|vid|videos|clip|recording|pics|screenshots ..2 from|on|of yesterday|last_night|earlier|the_other_night|our|the ..2 call|facetime|ft|cam|vc|video_call|videocall|snap_call|yesterday|last_night',
      'i|i_just lied ..4 delete|deleted|deleting|never_deleted|did_not_delete|didnt_delete|still_have|still_got|kept',
    ],
    unless: ['fell|falling|fall|tripped|slipped', 'lecture|lesson|class|zoom|meeting|teacher|homework|project|presentation|funny|hilarious|lol_the|meme|memes|game|match|stream|cat|dog|baby|grandma|grandpa|birthday|bday|party|trip'],
    examples: {
      match: ['ok so u know the vid from yesterday on the call', 'i lied, i never deleted it'],
      ignore: ['u know the video from the zoom call yesterday? the teacher froze lol', 'i lied, i deleted the memes'],
    },
  },
  {
    id: 'own-your-account-now-r10',
    phrases: [
      'i|we [now] own|control|run|hacked|hijacked|took_over your|ur [whole] account|acc|insta|instagram|snap|snapchat|phone|email|epic_account|epic|discord|tiktok|socials|roblox_account|steam_account|login',
      'every|all [your|ur|the] dm|dms|message|messages|photo|photos|pic|pics|chat|chats|snap|snaps ..3 you|u thought|think|thot ..2 private|deleted|gone|were_private|was_private',
    ],
    unless: ['cloud|icloud|backs_up|backup|google|servers|police_can|company|companies|apps_keep|app_keeps|data', 'lol_jk|in_the_game|1v1|own_you_in|own_u_in|scam_alert|heads_up|got_hacked_last|my_account_got|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['lol i own ur account now. send me 50 quid on paypal or i delete it', 'i control your insta now', 'every dm u thought was private, i read it all'],
      ignore: ['i own you in this game lol', 'my account got hacked last week, what do i do'],
    },
  },
  {
    id: 'we-have-logs-of-you-r10',
    phrases: [
      'i|we have|got|saved|kept|hold|collected ..1 logs|records|recordings|backups|backup|a_record|a_log ..1 of|from your|ur ..4 username|ip|photos|pics|nudes|video|videos|browsing|history|activity|searches|webcam|camera|calls|chats|visits|messages',
      'i|we have|got|saved|kept ..1 screenshots|screenshot|copies|a_copy|recordings ..1 of your|ur ..2 pics|photos|nudes|body|videos|video|vids|private|intimate|snaps',
    ],
    unless: ['game|server|minecraft|roblox|fortnite|ban|banned|mod|mods|moderator|admin_team|support|account_recovery|password_reset|clinic|gp|nhs', 'heads_up|scam|scam_alert|going_round|going_around|what_do_i_do|what_should_i_do|is_this_real|they_say|saying|dental|medical|doctor|school_records|grades|attendance|vaccination|passport|bank|receipt|trip|holiday|party'],
    examples: {
      match: ['you were on a nude chat site and we have logs of ur username, ip and photos', 'i have screenshots of ur pics', 'we have recordings of your webcam'],
      ignore: ['we have records of your vaccination at the clinic', 'heads up theres a scam saying we have logs of ur username, ignore it'],
    },
  },
  {
    id: 'recorded-before-you-deleted-r10',
    phrases: [
      'i|we [already] screen_recorded|screenrecorded|recorded|screenshotted|screenshoted|screenshot|ss|ssd|saved|downloaded|kept ..3 your|ur|the|that|it|those|them|em|these ..3 before|b4 you|u [could] deleted|delete|removed|unsent|took_it_down|took_them_down|deleted_it|deleted_them',
      'i|we still have|got|kept ..2 the|those|them|em|your|ur|all|every ..2 pics|pictures|photos|videos|vids|video|snaps|nudes|recordings|screenshots',
      'i|we still have|got|kept the|those|your|ur first|earlier|original ones|one',
    ],
    unless: ['falling|fell|fall|pool|singing|dancing|tripped|tripping|slipped|karaoke|laughing|crying|sleeping|snoring|slideshow|skating|skateboard|bike|trampoline|swimming|goal|race|play|musical|concert', 'drew|drawn|draw|made|wrote|baked|gave_me|bought|knitted|painted|letters|cards|if_you_want|if_u_want|want_them|need_them|borrow|spare|year|lol|haha|lmao|cute|shoes|trainers|books|games|dvds|cds', 'trip|holiday|vacation|party|wedding|concert|prom|birthday|bday|of_us|of_the_dog|baby|when_we|school_trip|memories|album|camera_roll|lol_it_was|so_funny|hilarious|so_cute|meme|memes|outfit|dress|drafts|draft|homework|notes|recipe|ticket|tickets|receipt|link|with_grandma|with_nana|with_nan|with_grandad|with_grandpa|with_granny|of_grandma|of_nana|with_my_mum|with_my_mom|with_my_dad|with_the_family|of_the_family|from_the_match|from_the_game|of_the_match|of_the_game|from_the_lecture|of_the_lecture|from_class'],
    examples: {
      match: ['i screen recorded ur story before u deleted it', 'u dont really get a choice here do u. i still have the first ones', 'i saved them before you deleted them'],
      ignore: ["i still have the video from the call with grandma", 'i still have the video of u falling in the pool', 'i still have the old pics from the school trip', 'i screenshotted ur story before u deleted it lol it was so funny'],
    },
  },
  {
    id: 'you-know-what-i-have-r10',
    phrases: [
      'you|u know|kno|knw what|wat i have|got|ve_got|have_got|hold|saved|kept ..3 do_not|dont|so|now|test|try|play|careful|think|remember|better',
      'you|u know|kno|knw what|wat i have|got|ve_got|saved on|of|against you|u',
      'i|we have|got enough|plenty|everything|all_i_need ..1 on|against you|u ..3 to|so|dont|do_not|remember|careful',
    ],
    unless: ['christmas|xmas|birthday|bday|test_score|exam|grade|ps5|new_phone|for_lunch|for_dinner|in_the_post|for_you_for|surprise|present|gift|lol|haha|for_the_project|for_the_essay|homework|notes'],
    examples: {
      match: ['u know what i got. dont test me', 'you know what i have on you', 'i have enough on you to ruin you, remember that'],
      ignore: ['u know what i got for christmas? a ps5 lol', 'you know what i have for lunch today, pasta again'],
    },
  },
  {
    id: 'account-is-mine-now-r10',
    phrases: [
      'your|ur account|acc|insta|instagram|snap|snapchat|icloud|email|gmail|phone|tiktok|discord ..1 is|s|belongs mine|to_me ..1 now|lol|already',
      'i_am|im|i_m in|inside|into your|ur account|acc|insta|instagram|snap|snapchat|icloud|email|gmail|phone|camera_roll|gallery|google_drive|drive ..1 now|already|lol',
      'i [have] [already] got_into|broke_into|hacked_into|logged_into|hacked|accessed your|ur icloud|gmail|email|camera_roll|gallery|google_drive|google_photos|snapchat_memories|memories|my_eyes_only|hidden_folder ..4 saw|see|seen|got|have|everything|all|pics|photos',
      'those|the|your|ur pics|photos|videos|vids|nudes|snaps|screenshots ..1 are|r still ..1 on|in my phone|laptop|drive|cloud|pc|computer|camera_roll|gallery|memories ..2 btw|you_know|remember|just_saying|so|dont|do_not',
    ],
    unless: ['trip|holiday|vacation|party|wedding|concert|prom|birthday|bday|of_us|baby|school_trip|memories_from|lol_jk|want_me_to_send|want_them|ill_send_them|i_will_send_them|airdrop|remind_me|forgot|got_hacked|was_hacked|what_do_i_do|what_should_i_do|heads_up|scam|password_reset|reset_your|change_your_password'],
    examples: {
      match: ['ur account is mine now', 'im in ur icloud now', 'i got into your gmail and saw everything', 'those pics are still on my phone btw'],
      ignore: ['the pics from the trip are still on my phone btw, want me to send them', 'my insta got hacked, what do i do'],
    },
  },
  {
    id: 'your-device-has-my-malware-r10',
    phrases: [
      'your|ur device|computer|laptop|phone|pc|system|webcam|camera|router|account ..2 was|is|has_been|got|have_been infected|hacked|compromised|controlled|infiltrated ..3 with|by my|our|a malware|virus|trojan|spyware|rat|software|program|exploit',
      'i|we [have] installed|put|planted|injected ..3 malware|spyware|virus|trojan|rat|keylogger|software|program|exploit ..2 on|in|into your|ur device|computer|laptop|phone|pc|system|browser',
      'remember ..3 the|our call|video_call|facetime|cam|vc ..6 check|look_at|look|see|open what i sent|saved|recorded|got',
    ],
    unless: ['antivirus|anti_virus|it_support|tech_support|restart|update|scan|norton|mcafee|heads_up|scam|spam|phishing|ignore_it|ignore_this|fake_email|do_not_pay|what_do_i_do|what_should_i_do|is_this_real|my_laptop|my_phone|my_computer|got_a_virus|have_a_virus|repair|fixed|fix'],
    examples: {
      match: ['your device was infected with my malware', 'we installed spyware on your phone', 'hey do u remember me from the call last night? check what i sent u'],
      ignore: ['heads up, emails saying your device was infected with malware are a scam, ignore it', 'your laptop was infected with a virus so i ran the antivirus scan'],
    },
  },
  {
    id: 'fake-police-case-r11',
    phrases: [
      'your|ur account|ip|ip_address|device|phone|number|profile|computer ..3 has_been|was|been|is|have_been linked|flagged|associated|connected|traced|identified|detected|involved ..5 indecent|illegal|explicit|underage|minor|minors|child|children|obscene|pornographic|pornography|porn|csam|exploitation',
      'warrant|arrest_warrant ..4 your|ur|you ..2 arrest|name',
      'a|an warrant|arrest_warrant ..2 has_been|was|is_being|will_be prepared|issued|signed|drafted ..4 you|your|ur|against',
      'criminal case|investigation|complaint|charges ..3 opened|filed|registered|raised ..2 against you|u|your|ur',
    ],
    unless: ['scam|scams|scammers|news|article|heads_up|fake|pretend|pretending|pretends|claiming|claim|claims|saying|says|warning|warn|beware|careful|what_do_i_do|what_should_i_do|is_this_real|suspect|the_suspect|police_say|police_said|reported'],
    examples: {
      match: ['Your account has been linked to the exchange of indecent images with an underage user. A warrant has been prepared.', 'your ip address was flagged for sharing indecent material of a minor', 'a criminal case has been opened against you', 'an arrest warrant has been issued in your name'],
      ignore: ['beware of scams saying your account has been linked to illegal images', 'news: a warrant has been issued for the suspect', 'police say a case has been opened against the driver'],
    },
  },
  {
    id: 'have-your-account-now-r11',
    phrases: [
      'i [now] have|got|control|own your|ur account|acc|instagram|snapchat|login|password|email|icloud ..2 now|and_all|all_your|all_ur',
      'i have|got|own|control your|ur account|acc|instagram|snapchat ..3 all your|ur dms|messages|chats|photos|pics|pictures|videos|nudes|contacts',
      'i logged|log|got|broke|hacked into|in ..5 account|acc|instagram|insta|snapchat|icloud|phone ..6 got|have|saw|read|screenshotted|downloaded all',
      'this is not|is_not|aint your|ur sister|brother|sis|bro|cousin|mate|friend|bestie ..3 i|ive|i_have|i_got',
    ],
    unless: ['password_is|forgot|forgot_my|shared|netflix|spotify|disney|hulu|prime|fortnite_account|minecraft_account|to_check|you_asked|u_asked|you_said|u_said|for_you|for_u|as_you_asked|lol|haha|jk|log_out|logout|left_it_logged|still_logged|on_my_laptop|on_my_phone|by_accident|accidentally|sorry|oops|scam|scams|heads_up|news'],
    examples: {
      match: ['this isnt ur sister. i have ur account now, all ur dms and photos', 'I logged into ur sisters acc, got all her dms with u', 'i got ur insta now and all ur dms', 'i control ur snapchat now'],
      ignore: ['i have ur netflix account still lol', 'oops i was still logged into ur insta on my laptop, logged out now', 'i got into ur account like u asked, changed the password'],
    },
  },
  {
    id: 'still-got-what-you-sent-r11',
    phrases: [
      'still got|have|kept|saved ..2 all|every|everything ..2 stuff|things|pics|photos|pictures|videos|vids|snaps|nudes|thing you|u sent|showed|gave',
      'still got|have|kept|saved everything you|u ever sent|showed',
    ],
    unless: ['birthday|bday|christmas|xmas|letters|letter|cards|card|gift|gifts|present|presents|notes|homework|memes|meme|links|recipes|recipe|playlist|songs|love|miss|missing|aww|cute|so_cute|sweet|trip|holiday|vacation|party|concert|funny|lol|haha|hahaha|lmao|treasure|forever|memories|book|books|clothes|hoodie|jumper'],
    examples: {
      match: ['still got all the stuff u sent me btw', 'i still have all the pics u sent', 'i still have everything u ever sent me'],
      ignore: ['i still have all the letters u sent me aww', 'still got all the memes u sent lol', 'i still have all the birthday cards u sent me'],
    },
  },
  {
    id: 'recorded-in-broken-english-r11',
    phrases: [
      'i have|has|had record|recorded|recording|capture|captured|screen_record ..2 everything|all|you|u|all_you ..4 video_call|call|cam|webcam|camera|skype|facetime|video|messenger|chat',
      'too late ..4 i [already] recorded|screenshotted|screenrecorded|screen_recorded|captured|saved|record ..3 everything|the_whole_thing|it_all|all_of_it|you|u|your_face|ur_face|the_call|the_video',
    ],
    unless: ['fail|funny|meme|memes|singing|dancing|falling|fell|goal|trip|cute|dog|cat|puppy|birthday|bday|stream|gameplay|game|clip|highlight|highlights|concert|lecture|class|lesson|meeting|song|recital|practice|homework|notes|grandma|nana|scam|scams|email|emails|heads_up|speech|amazing|so_good|proud|performance|solo|presentation|show|play|musical|recital|graduation|wedding|assembly'],
    examples: {
      match: ['I have record everything you do in video call and your face is clear', 'lol too late bro i recorded the whole thing 😂 u wanna see?', 'too late, i captured everything', 'i have recorded all you do on cam'],
      ignore: ["too late, i recorded everything, ur speech was amazing", 'too late i recorded u falling lol', 'too late i already recorded the whole concert', 'i have recorded everything from the lecture'],
    },
  },
  {
    id: 'want-to-keep-it-private-r11',
    phrases: [
      'still got|have ..2 the|that|our video|vid|recording|clip|pics|screenshots ..3 from the|our|that|last call|facetime|vc|cam|video_call|chat|night',
      'want|want_to|wan_to ..1 keep ..1 it|this|them|that|those ..1 private|secret|between_us|off_the_internet|offline|hidden ..4 then|do|send|pay|you_know',
      'took|taken|got|have|saved screenshots|screenshot|screenies|ss|screen_recordings ..2 of ..2 everything|all ..3 you|u sent|showed|said|did',
    ],
    unless: ['lol|lmao|haha|funny|meme|memes|cute|aww|trip|holiday|vacation|party|prom|birthday|bday|match|game|concert|project|homework|notes|assignment|revision|lecture|class|grandma|nana|grandpa|evidence|report|police|block|scam|scams|heads_up|what_do_i_do|what_should_i_do|surprise|baby|engagement|pregnant|pregnancy|crush|relationship|news|revise|revising|study|studying|exam|test|quiz|speech|amazing|proud'],
    examples: {
      match: ['ive still got the video from the call. wanna keep it private? then do as i say', 'i took screenshots of everything u sent', 'want to keep it between us? then pay'],
      ignore: ["i took screenshots of everything u sent so i can revise from it", 'still got the video from the call with nana lol', 'i took screenshots of everything u sent for the project', 'i took screenshots of everything he sent, gonna report him to the police'],
    },
  },
  // ---- round 12 (en-n12): leverage said the way teens and scammers write it ----
  {
    id: 'kept-everything-you-sent-r12',
    phrases: [
      'i [still] kept|saved|screenshotted|screenshot|recorded|backed_up everything|all|it_all|every_thing ..3 you|u said|sent|did|showed|typed ..4 dms|dm|chat|chats|pics|pictures|photos|nudes|video|vid|videos|cam|call',
      'i recorded|screen_recorded|screenrecorded|screenshotted|filmed|clipped|saved|captured when|while|what you|u showed|were_showing|did|took_off|flashed|stripped|undressed',
      'i [just] screenshot|screenshotted|screenied|recorded|screen_recorded|screenrecorded it|that|everything|them all|everything',
    ],
    unless: ['funny|hilarious|cute|memories|miss_you|love_you|aww|notes|homework|assignment|project|slides|lecture|recipe|meme|memes|game|match|score|highscore|clutch|receipt|order|confirmation|proof_of_payment|booking|ticket|tickets|for_the_group|for_revision|revision|evidence|report_him|report_it|reported|police|scam|scammer'],
    examples: {
      match: ['well i kept everything u said in dms + the pics', 'ngl i recorded when u showed me', 'lol i screenshot it all. now pay', 'i saved everything you sent on facetime, the pics too'],
      ignore: ['i kept everything u sent me, its so cute', 'i screenshot it all for the notes', 'i recorded when u showed me the clutch lol', 'i screenshot it all and reported the scammer'],
    },
  },
  {
    id: 'screenies-every-single-one-r12',
    phrases: [
      'screenies|screenshots|screenshotted|screenshot|recordings|receipts|screen_recordings ..2 every_single_one|every_single|every_last_one|all_of_it|each_one|every_one ..6 or|pay|send|tonight|unless',
      'got|have it|them|everything|all|your|ur ..2 saved|backed_up|downloaded|screenshotted ..4 do_not_even_try|do_not_bother|no_point|too_late|can_not_delete|cannot_delete|deleting_will_not|blocking_will_not|blocking_wont|do_not_try',
      'thought|think deleting|blocking|deactivating ..3 would|will|could|going_to save|help you|u',
      'deleting|deleted|delete|blocking|blocked ..4 snap|snapchat|the_app|your_account|ur_account|the_chat|me ..3 will_not|wont|would_not|does_not|do_not|won_t|not_going_to|is_not_going_to save|help|change ..2 you|u|anything',
    ],
    unless: ['meme|memes|notes|homework|revision|recipe|game|score|receipt|order|scam|heads_up|what_do_i_do|what_should_i_do|police|report'],
    examples: {
      match: ['screenies bro. every single one. e-transfer 250 tonight or its on reddit', 'got it saved x3 dont even try', 'u really thought deleting snap would save u?'],
      ignore: ['screenshots of every single one of the memes lol', 'got it saved, dont even try to find it on the website lol, its the recipe'],
    },
  },
  {
    id: 'pics-from-your-cloud-r12',
    phrases: [
      'got|have|took|grabbed|pulled|downloaded|stole|accessed ..3 pics|photos|nudes|videos|vids|everything|pictures|gallery ..2 from|frm|off|outta|out_of|in your|ur icloud|i_cloud|cloud|gallery|camera_roll|google_photos|google_drive|drive|memories|my_eyes_only|hidden_folder|vault',
      'discovered|found|detected|recorded|caught|have|flagged ..3 your|ur explicit|sexual|dirty|indecent|obscene|inappropriate chat|chats|messages|conversation|conversations|video|videos|activity ..3 with|to a|with_a|minor|underage|child|girl',
    ],
    unless: ['lol|haha|memories|trip|holiday|vacation|wedding|birthday|bday|party|backup_of_the|for_the_album|printing|heads_up|scam|what_do_i_do|what_should_i_do|police_say|real_police'],
    examples: {
      match: ['ya boy got ur pics frm ur icloud, transfer R2000', 'We have discovered your explicit chat with minor girl', 'i pulled all the photos from ur my eyes only'],
      ignore: ['i got the pics from ur icloud link, the trip ones are so good', 'i downloaded the photos from ur google drive for the album'],
    },
  },
  // ---- round 13 (en-n13): taunts, recordings named by where they came from, fake "safety team" flags ----
  {
    id: 'thought-i-wouldnt-screenshot-r13',
    phrases: [
      'you|u [really|actually|seriously|honestly|rly] thought|think|thinking|believed i would_not|wouldnt|would_never|did_not|didnt|could_not|cant|can_not ..1 screenshot|screenshotted|save|saved|record|recorded|screen_record|screenrecord|keep|kept ..2 snaps|snap|pics|nudes|video|vid|videos|call|facetime|stuff|them|it|those|everything',
    ],
    unless: ['meme|memes|sunset|food|dinner|outfit|score|scores|grades|notes|homework|recipe|dog|cat|puppy|cute|funny_face'],
    examples: {
      match: ['u thought i wouldnt screenshot ur snaps lol', 'you really thought i didnt save them', 'u thought i couldnt record the facetime?'],
      ignore: ['u thought i wouldnt screenshot ur meme lol', 'u thought i didnt save ur snap of the sunset'],
    },
  },
  {
    id: 'got-the-vid-from-your-facetime-r13',
    phrases: [
      'not_being_funny|no_offence|no_offense|not_to_be_funny|just_so_you_know|just_so_u_know|fyi ..4 i [have|still] have|got|kept|saved|recorded ..3 video|vid|videos|recording|clip|screenshots|pics|nudes|footage',
      'lmao|lmfao|lol|haha|hahaha i [just] recorded|screen_recorded|screenrecorded|screenshotted|filmed you|u|it_all|everything|the_whole_thing ..6 found|know|have|got your|ur|you|u',
      'your|ur video_call|videocall|cam|webcam|facetime|skype|vc|call ..1 recording|video|clip ..3 obscene|nude|naked|dirty|explicit|indecent|vulgar',
      'obscene|indecent|vulgar|dirty video|videos|recording|clip|pics|photos|images of you|u',
      'i [still] have|got|kept|saved the|a|your|ur recording|recordings|video|vid|receipts ..3 and|plus|n|also the|a|all screenshots|screenshot|screenies|recording ..2 of|from your|ur msgs|messages|texts|dms|chats|chat|convo|snaps',
      'i [still] have|got|kept|saved ..2 screenshots|screenshot|screenies|receipts ..2 of|from your|ur msgs|messages|texts|dms|sexts|snaps',
    ],
    unless: ['falling|fell|pool|prank|sleeping|snoring|singing|dancing|goal|scoring|game|match|concert|recital|lecture|class|lesson|meeting|minutes|homework|notes|project|birthday|bday|cute|baby|dog|cat|puppy|grandma|grandpa|nana|so_funny|hilarious|evidence|report|mods|moderator|admin|police|teacher|scam|scams|heads_up|what_do_i_do|what_should_i_do|news|they_say|saying'],
    examples: {
      match: ["Not being funny but I've got the vid from ur FaceTime", 'lmaooo i recorded u. check ur dms on insta i found u from ur username', 'Your video call recording. Very obscene', 'i have the recording and the screenshots of ur msgs', 'i got screenshots of ur sexts'],
      ignore: ['not being funny but i got the vid of the match, you were offside', 'lol i recorded u singing, i have it for ur bday', 'i have screenshots of ur messages for the report to the mods'],
    },
  },
  {
    id: 'made-a-collage-with-your-pic-r13',
    phrases: [
      'i [have] [already] make|made|did|done|created|prepared|put_together ..2 collage|a_collage|montage|compilation|album ..3 your|ur|with_your|with_ur @photo|face|username|name|nudes',
      'the|those|all_the|all_those|even_the @photo you|u sent|sent_to ..2 your|ur|that bf|boyfriend|gf|girlfriend|ex|crush|man|babe ..2 included|too|as_well|aswell|and_all',
    ],
    unless: ['birthday|bday|anniversary|gift|present|cute|love|memories|scrapbook|frame|wall|christmas|xmas|graduation|prom|miss_you|farewell|leavers|yearbook|lol|haha|congrats|wedding|trip|holiday'],
    examples: {
      match: ['I have make collage with your picture and your username', 'the pics u sent ur bf included', 'i made a compilation with ur nudes'],
      ignore: ['i made a collage with your pics for your birthday', 'i made a montage with your photos for the leavers assembly'],
    },
  },
  {
    id: 'account-flagged-sensitive-media-r13',
    phrases: [
      'your|ur account|profile|page ..3 flagged|reported|under_review|suspended|restricted ..4 sensitive|explicit|nude|inappropriate|sexual|adult|illegal media|content|images|photos|material|videos|pictures',
      'flagged|reported ..3 sharing|posting|sending ..3 media|content|images|material|photos ..2 involving|of a|minor|minors|child|underage',
    ],
    unless: ['lol|lmao|haha|horror|movie|meme|memes|blood|gore|cartoon|anime|appeal_button|your_post|art|painting|statue'],
    examples: {
      match: ['Instagram Safety Team: Your account has been flagged for sharing sensitive media involving a minor.', 'your profile was reported for explicit content and will be suspended'],
      ignore: ['ur account got flagged for sensitive content lol bc of the horror movie pic'],
    },
  },
  {
    id: 'got-your-nudes-pay-r13',
    phrases: [
      'got|have|gotten your|ur|ya|all_your|all_ur @nude ..6 or_i|or_im|or_ill|or_else|pay|cashapp|venmo|@payment|#',
    ],
    unless: ['who|how|did_you|did_u|someone|somebody|anyone|he|she|they|scam|scammer|heads_up|what_do_i_do|what_should_i_do|news|if_someone|if_somebody|tell_an_adult'],
    examples: {
      match: ["got ur nudes bro. 200 on cashapp or i'm posting. no games", 'have all ur nudes, pay or else'],
      ignore: ['who got ur nudes?? did u pay him', 'someone has ur nudes? dont pay, tell an adult'],
    },
  },
  {
    id: 'pics-saved-in-my-cloud-r14',
    phrases: [
      'your|ur @photo|snaps|chats|dms|messages|vids ..2 are|r|is|all|still [all] [still] saved|stored|backed_up|kept|safe|sitting ..2 in|on my|on_my cloud|drive|phone|laptop|pc|computer|icloud|gallery|camera_roll|google_drive|dropbox|folder|server|hard_drive|usb|account|files',
      'i [have] [just] screenshotted|screenshot|screen_shotted|ss|ssd|saved|downloaded your|ur snaps|snap|story|stories|pics|chats|dms|messages|video|videos|nudes',
    ],
    unless: ['i_will_send|i_can_send|want_them|want_em|airdrop|do_you_want|if_you_want|forget|address|directions|the_plan|the_plans|timetable|for_later|reference|link|code|so_i_can', 'funny|so_funny|hilarious|cute|laugh|lol|lmao|haha|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|homework|notes|assignment|project|meme|memes|lecture|slides|memories|recipe|sunset|outfit|dog|cat|puppy|scores|grades|evidence|report|mods|police|teacher|scam|heads_up|what_do_i_do|what_should_i_do|for_you|for_u|send_them_back|ill_send'],
    examples: {
      match: ['ur pics r saved in my cloud', 'ok so i screenshotted ur snaps. either u send more or ur whole school sees them', 'your videos are all saved on my laptop', 'i saved ur nudes'],
      ignore: ['ur pics are saved in my camera roll from the trip, ill send them', 'i screenshotted ur snap lol it was so funny', 'your notes are saved on my drive for the test', 'i screenshotted ur messages for the report to the mods', 'ur pics are saved in my gallery, want them?', 'i screenshotted ur messages so i dont forget the address'],
    },
  },
  {
    id: 'i-record-you-broken-r14',
    phrases: [
      'i [have|has|don|done] [just] [already] record|recording|recod|screen_record|capture|snap you|u|your_video|ur_video|your_call|ur_call|your_nakedness|your_body|ur_body|your_face',
      'i [have] [just] [already] recorded|screen_recorded|screenrecorded|filmed|captured|saved|screenshotted all_of_that|all_that|every_second|every_bit|the_lot|everything_you_did|what_you_did|all_what_you_did|what_you_just_did|the_whole_show|every_moment',
    ],
    unless: ['can_i|may_i|could_i|should_i|shall_i|let_me|mind_if|do_you_mind|if_i|when_i|want_me_to|tiktok|vlog|youtube|reel|reels', 'singing|sing|dancing|dance|falling|fell|pool|prank|sleeping|snoring|goal|scoring|game|match|concert|recital|lecture|class|lesson|meeting|homework|notes|project|birthday|bday|baby|dog|cat|puppy|grandma|grandpa|nana|evidence|report|mods|moderator|admin|police|teacher|scam|heads_up|what_do_i_do|what_should_i_do|news|tutorial|podcast|interview|song|music|practice|stream|highlights|clip_of|speech|presentation|show_mum|show_mom|show_dad|wedding|gig|performance|solo|stage|amazing|proud|well_done|brilliant|incredible|talent|musical|play|dancing|band|choir|sports_day|race'],
    examples: {
      match: ['Oya look at this video i record you', 'lol i just recorded all of that', 'i have record your video call, look', 'i captured everything you did'],
      ignore: ['i recorded all of that for the highlights reel', 'i record you singing for ur bday video', 'i recorded all of that lecture for u', 'can i record you for my tiktok', 'i recorded all of that, u were amazing on stage'],
    },
  },
  {
    id: 'remember-those-pics-you-sent-r14',
    phrases: [
      'remember|rememba|remeber|member|recall them|those|the|all_them|all_those|ur|your @photo|snaps|vids ..1 you|u sent|showed|gave|did ..1 me|to_me|on_snap|on_cam|on_facetime|last',
      'screenshots|screenies|receipts|recordings are|r|last forever|permanent',
    ],
    unless: ['of_the|of_my|of_our|from_the|from_our|beach|pool|trip|holiday|vacation|party|wedding|concert|birthday|bday|prom|graduation|memories|cute|funny|lol_jk|dog|cat|puppy|baby|sunset|food|meme|memes|class|homework|notes|scam|heads_up|what_do_i_do|what_should_i_do|news|online_safety|digital_footprint|think_before|be_careful|careful|teacher|assembly|lesson'],
    examples: {
      match: ['u remember them pics u sent me? screenshots are forever bro', 'remember those nudes u sent me last summer', 'member the vids u sent me'],
      ignore: ['remember those pics u sent me from the trip lol', 'be careful what u post, screenshots are forever', 'remember the pics u sent me of ur puppy', 'remember them pics u sent me of the beach'],
    },
  },
  {
    id: 'legal-dept-retains-submissions-r14',
    phrases: [
      'retain|retains|retained|keep|keeps|hold|holds|own|owns|store|stores ..2 all|every|your|ur submissions|submitted_images|images|photos|material|content|pictures|footage|recordings ..4 submitted|sent|you_sent|provided|by_submitting|withdrawal|removal|fee|legal',
      'you|u [have] signed|agreed_to|accepted our|the terms|contract|agreement ..3 by submitting|by_sending|when_you_sent|by_uploading',
    ],
    unless: ['privacy_policy|gdpr|unsubscribe|school_photos|yearbook|proofs|order|competition_entry|art_competition|contest|homework|coursework|exam|exams|application_form|scholarship_form|library|museum'],
    examples: {
      match: ['Our legal department retains all submissions. Withdrawal carries a £400 administration fee.', 'Please note you signed our terms by submitting images.'],
      ignore: ['We retain all submissions for the art competition until judging ends.', 'The school retains all photos; order proofs by Friday.'],
    },
  },
  {
    id: 'found-your-images-on-sites-r15',
    phrases: [
      'located|found|detected|discovered|identified|tracked|spotted # ..2 files|images|photos|videos|pics|links|posts|uploads ..4 your|you|ur ..3 on|across adult|porn|dark|nsfw|forums|sites|websites',
      'your|ur private|intimate|explicit|leaked|nude|compromising @photo|images|files|content|material ..2 were|was|have_been|has_been|are|is found|located|detected|discovered|spotted|posted|uploaded ..3 on|across #|multiple|several|many|adult|porn|websites|sites|forums',
      'located|found|detected|discovered|identified|spotted ..2 your|ur private|intimate|explicit|leaked|nude|compromising @photo|images|files|content|material ..3 on|across #|multiple|several|many|adult|porn|websites|sites|forums',
      'obtained|captured|acquired|accessed|extracted|retrieved|got private|intimate|compromising|explicit|sensitive recordings|footage|videos|images|photos|material|content ..4 from|of|on your|ur device|camera|webcam|phone|computer|laptop|cam',
    ],
    unless: ['scam|heads_up|what_do_i_do|what_should_i_do|is_this_real|is_this_a_scam|news|article|report|they_said|he_said|she_said|police|celebrity|celebrities|hack_of|data_breach'],
    examples: {
      match: ['Our system monitors dark web. We located 6 files with your face on adult forums.', 'Your private images were found on 14 websites.', 'Our monitoring found your intimate photos on 9 websites', 'our team has obtained private recordings from your device camera'],
      ignore: ['got an email saying your private images were found on 14 websites. is this a scam?', 'the news says hackers obtained private photos of celebrities from their phones'],
    },
  },
  {
    id: 'i-record-our-call-r15',
    phrases: [
      'i [have] record|recorded|screen_record|screen_recorded|screenrecord|screenrecorded|taped|filmed|captured|clipped our|the|your|ur|that|last ..2 call|calls|facetime|video_call|videocall|cam|webcam|skype|video_chat|videochat|session',
    ],
    unless: ["teacher|tutor|notes|lecture|lesson", 'podcast|notes|meeting|minutes|lecture|class|lesson|interview|episode|stream|vod|highlight|highlights|youtube|project|for_the|for_my|assignment|so_you_can|so_u_can|so_we_can|rewatch|lol|haha|funny|grandma|grandpa|nana|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|recording_on|auto_record'],
    examples: {
      match: ['but i record our last call. u were in ur bedroom remember', 'i screen recorded the facetime', 'i recorded our video call'],
      ignore: ["i recorded the whole call with the teacher, want it?", 'i recorded our call for the podcast', 'i recorded the lesson so u can rewatch it', 'i recorded the call lol grandma kept talking to the ceiling'],
    },
  },
  {
    id: 'you-know-exactly-what-i-mean-the-videos-r15',
    phrases: [
      'you|u know exactly|damn_well|full_well|perfectly_well what|which i|im ..2 mean|have|got|talking_about ..6 the|your|ur|those|all_the|all_those|all_your|all_ur|every @photo|vids|videos|ones|everything',
      '@photo|vids|videos|pics|nudes every_single_one|every_last_one|every_one|all_of_them ..3 i_kept|i_saved|i_have|still|saved|kept',
    ],
    unless: ['lol|haha|lmao|trip|party|holiday|vacation|wedding|concert|birthday|bday|prom|graduation|school|class|game|match|dog|cat|funny|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|tiktoks|memes|reels'],
    examples: {
      match: ['u know exactly what i mean. the videos. every single one', 'you know damn well what i have. those pics'],
      ignore: ['u know exactly what i mean, the videos from the party lol', 'you know exactly what im talking about, those tiktoks'],
    },
  },
  {
    id: 'got-into-your-account-dms-mine-r15',
    phrases: [
      'got|get|broke|logged|hacked into|in_to your|ur|you_are instagram|snap|snapchat|account|acc|tiktok|discord|email|icloud|phone|fb|facebook|whatsapp',
      'all your|ur dms|messages|chats|photos|pics|files|snaps|contacts are|r mine [now]',
    ],
    unless: ['password_you_gave|you_gave_me|u_gave_me|you_let_me|u_let_me|logged_out|forgot|you_asked|u_asked|to_help|fixed|recover|recovered|sorry|heads_up|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|my_account|harvard|college|uni|university|school'],
    examples: {
      match: ['got into ur insta lol. all ur dms are mine now', 'all ur dms are mine'],
      ignore: ['got into ur insta with the password u gave me, posted ur bday pic', 'finally got into your account to fix it, u logged out lol'],
    },
  },
  {
    id: 'have-your-pics-all-of-them-r15',
    phrases: [
      'i [still] have|got|saved|kept ..2 your|ur|ya|those|these|the @photo|pictures|vids|snaps ..2 all_of_them|all_of_em|every_single_one|every_last_one|every_one|each_one|all',
      'i [still] have|got|saved|kept all|every_one_of|every_single_one_of|each_one_of ..1 your|ur|ya|them|those|the @photo|pictures|vids|snaps ..3 you|u sent|showed|gave|did',
      'i still have|got|kept every_single_one|every_last_one|all_of_them|all_of_em',
      'i [still] have|got|saved|kept every_single_one_of|every_last_one_of|every_one_of ..1 your|ur|ya|those|the @photo|pictures|vids|snaps',
    ],
    unless: ['what_do_i_do|what_should_i_do|should_i_pay|is_this_real|is_this_a_scam|never_even_sent|heads_up|pretending_to_be|going_round|going_around', 'lol|lmao|lmfao|haha|falling|funny|dancing|singing|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school|class|camp|beach|homework|notes|project|meme|dog|cat|send_them|sending|ill_send|will_send|back|album|the_link|drive|google_drive|icloud_link|baby|christmas|xmas|recital|show|play|team|club|tournament|race|gala|printed|frame|scrapbook|card|cards|letters|letter|toys|trophies|medals|shells|stickers|tickets|lego|pokemon|comics|books|vinyls|records'],
    examples: {
      match: ['I have ur pictures. all of them.', 'i still got all the pics u sent', 'i kept every single one of ur videos', 'fine. i still got every single one'],
      ignore: ['i have ur pictures, all of them, from the trip', 'i kept all ur pics from the recital, printing them for nana', 'i have all the pics u sent for the yearbook', 'i still have every single one of ur birthday cards'],
    },
  },
  {
    id: 'your-nudes-are-being-shared-r15',
    phrases: [
      'your|ur @nude|leaked_pics|leaked_photos|leaked_videos|leaked_images|leaked_content ..1 are|is|r being|been|getting shared|posted|sold|traded|circulated|passed_around|spread ..3 in|on|across|around a|#|telegram|discord|group|groups|site|sites|forum|forums|channel|channels|server|servers',
    ],
    unless: ['scam|heads_up|what_do_i_do|what_should_i_do|is_this_real|is_this_a_scam|news|article|report_it|they_said|he_said|she_said|police|helpline|take_it_down|nobody_has|no_one_has|fake_message|ignore_it|ignore_them|its_fake|its_a_scam'],
    examples: {
      match: ['your nudes are being shared in a telegram group, pay us and we remove them', 'ur leaked pics r being sold on 3 sites'],
      ignore: ['if someone says your nudes are being shared in a telegram group its a scam, ignore it', 'got a dm saying ur nudes are being shared on discord. is this real?'],
    },
  },
  // round 16 (en-n16): non-native "your video i have save it", pay-and-it-disappears, reminders of screenshots
  {
    id: 'your-video-i-have-r16',
    phrases: [
      'your|ur|this @photo ..1 i [have|already] save|saved|keep|kept|record|recorded|screenshot|screenshotted',
      'i have save|saved|record|recorded [your|ur|the|all] @photo|call|video_call|cam|webcam',
      'pay|paid|payment|venmo|zelle|cashapp|cash_app|paypal|transfer|@payment|# ..6 and|then|n the|your|ur|those|these|all @photo|vid|everything ..2 disappear*|go_away|goes_away|gets_deleted|get_deleted|is_deleted|are_deleted|vanish*',
      'remind you|u ..3 of|about ..2 the|those|them|what|your|ur screenshots|screenshot|pics|video|vid|videos|messages|chats|recording|what_you_sent|what_you_said',
      'i still got|have|kept [all] the|your|ur|those @photo|vids|screenshots|recording',
    ],
    unless: ['falling|fell|fall|tripped|slipped|trampoline|pool|prank|sleeping|snoring|asleep|dancing|singing|karaoke|slideshow|montage|drunk|sneezing|burping|so_funny|hilarious|cute|love_it|lovely|wedding|birthday|bday|party|recital|concert|gig|game|match|graduation|holiday|vacation|trip|prom|beach|snapchat_deletes|view_once|timer|after_10_seconds|ads|premium|subscription|homework|notes|lecture|class|lesson|dentist|appointment'],
    examples: {
      match: ['Your video I have save it. Very nice', 'venmo me 150 and the vid disappears forever. ur choice babe', 'do i have to remind u of the screenshots of what u said about ur friend', 'go store get 4 apple gift cards, u know what happen if not. i still got the vids'],
      ignore: ['your video i saved it, so funny', 'i still have the video of u falling in the pool', 'pay for premium and the ads disappear', 'i still have the pics from the wedding', 'remind me about the video for class'],
    },
  },
  // round 17 (en-n17): ex keeping old videos, lost-phone finder in the gallery, contact lists
  {
    id: 'kept-from-when-r17',
    phrases: [
      'i|ive|i_have|i_still kept|saved|got|have|screenshotted|recorded ..3 @photo|vids|screenshots|screenies|snaps ..3 from|of when we|u|you ..2 together|dating|going_out|were_a_thing|called|facetimed',
      'i|ive|i_have went|gone|looked|scrolled|been thru|through|in your|ur gallery|camera_roll|photos|pics|icloud|snaps|hidden_folder|private_album|vault',
      'your|ur @audience|dads|mums|moms|nans|grans ..3 email|facebook|fb|number|instagram|account|accounts|socials|insta ..6 in|on my list|file|contacts|folder|spreadsheet|phone',
    ],
    unless: ['yearbook|album|slideshow|holiday|vacation|trip|memory|memories|wedding|to_find|for_the_party|funny|birthday|bday|christmas|graduation|cute|baby|dog|cat|find_the|carpool|lift|school_run|emergency|pta|in_case|group_chat|invite|invites'],
    examples: {
      match: ['nothing. just sayin i kept the vids from when we were together', 'i went thru ur gallery first', 'ur dads work email and ur nans facebook r both in my list', 'i saved all ur snaps from when we were dating'],
      ignore: ['i kept the pics from when we went to the beach together for the album', 'i went through your photos to find the holiday ones', 'your mums number is in my contacts for the carpool'],
    },
  },
  // round 18 (en-n18): follower-list screenshots, "still got every file", fake "cyber unit" finds, a hacked friend's account and its dms, "u forgot i still got"
  {
    id: 'screenshotted-your-follows-r18',
    phrases: [
      'screenshotted|screenshoted|screenshot|screenshotd|screened|saved|copied|scraped|downloaded ..3 everyone|everybody|every1|all|every_account|every_person ..2 you|u follow|follows_you|following',
      'i|ive|i_have|we still got|have|kept|keep every|each ..1 file|files|copy|copies|backup|backups|screenshot|screenshots|recording|recordings|pic|photo|vid|video|one',
      'located|found|traced|identified|tracked|recovered ..4 files|images|photos|pictures|videos|content|material|@nude ..5 offender|offenders|scammer|scammers|blackmailer|perpetrator|suspect|dark_web|foreign_server|server|cloud_drive',
      'i got|have|hacked|took|took_over|own|control her|his|their|your|ur|this|that acc|account|insta|instagram|snapchat|page ..3 all|every|your|ur ..2 dms|chats|messages|msgs|convos|pics|snaps|photos',
      'you|u forgot|forget|forgetting|remember|remembered ..1 i|that_i|me still got|have|has|kept ..3 those|them|the|your|ur|all|all_your|all_ur vids|videos|pics|pictures|photos|nudes|clips|snaps|recordings',
      'i|ive|i_have got|have|know|cracked|hacked your|ur ..2 password|passcode|login|logins|pin ..4 and|n|plus|with every|all|your|ur ..1 chat|chats|dm|dms|pics|photos|messages|msgs|snaps|memories|camera_roll|gallery',
      'remember|remembered|do_not_forget|dont_forget|never_forget ..1 i|that_i still got|have|has|kept ..3 those|them|the|your|ur|all|all_your|all_ur vids|videos|pics|pictures|photos|nudes|clips|snaps|recordings',
      'i|ive|i_have recorded|screen_recorded|screenrecorded|captured|clipped ..2 our|the|this|that [whole|entire|full] chat|call|vc|facetime|video_call|videochat|stream|convo|conversation|session ..3 with|of your|ur face|body|you|u',
    ],
    unless: ['project|homework|essay|assignment|coursework|laptop|computer|save_file|game_save|minecraft|world|trip|holiday|vacation|wedding|christmas|xmas|graduation|bbq|camping|album|recipe|podcast|lecture|lesson|class|meeting|zoom|interview|giveaway|raffle|lost_and_found', 'sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|heads_up|warning'],
    examples: {
      match: ['ok so i screenshotted everyone u follow. ur mum, ur sister, ur whole year group', 'lol u thought that was it? i still got every file bro', 'Our technicians have already located the files on the offender\'s cloud drive.', 'ok fine not maya lol. i got her acc and all ur old dms', 'u forgot i still got those vids from ur birthday', 'i recorded our whole chat with ur face', 'ive got ur snap password and every chat', 'i saved everyone u follow, even ur nan', 'we found ur pictures on the scammer\'s server', 'i still have every copy lol', 'remember i still have ur pics'],
      ignore: ['i screenshotted everyone u follow for the giveaway raffle', 'i still have every file from the project on my laptop', 'we found the photos from the wedding on the cloud drive', 'i recorded our whole zoom lesson for u', 'remember i still have ur pics from the trip'],
    },
  },

  // round 19 (en-n19): refer-back leverage: "u didnt say that when u were sending me those voice notes", "remember the pic from the staff party? i still have it"
  {
    id: 'didnt-mind-when-you-sent-r19',
    phrases: [
      'did_not|was_not|were_not say|mind|complain|saying|complaining|seem_to_mind ..3 when|while you|u were|was sending|snapping|showing|facetiming|sent|showed ..4 me|meh|those|them|all_that|@photo|voice_notes|voicenotes|voice_messages',
      'remember|member|recall the|that|those pic|pics|photo|photos|vid|vids|video|videos|voice_note|voice_notes|one|ones ..4 i [still] have|got|kept|saved ..1 it|them|em|that|those|all',
    ],
    unless: ['meme|memes|tiktok|tiktoks|reels|links|dog|dogs|cat|cats|puppy|food|cake|recipe|outfit|nails|hair|homework|class_notes|revision_notes|prom|wedding|trip|holiday|vacation|beach|camp|graduation|grad|baby|funny|hilarious|cute|album|framed|printed|sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['u didnt say that when u were sending me those voice notes at night 😂', 'remember the pic from the staff party? i still have it', "you weren't complaining when you were sending me pics at 2am", 'remember those vids? i kept them'],
      ignore: ['u didnt complain when u were sending me memes all night lol', 'remember the pic from the beach trip? i still have it', 'remember the photos from prom i still got them', 'you did not mind when i was sending you the homework'],
    },
  },

  {
    id: 'footage-from-your-webcam-r19',
    phrases: [
      'got|have|recorded|captured|saved footage|recording|recordings|clips|clip|video|videos|vids|screenshots ..2 from|of|off your|ur webcam|web_cam|camera|cam|laptop_cam|front_camera|selfie_cam|screen',
    ],
    unless: ['goal|game|match|party|concert|trip|wedding|recital|doorbell|ring|dashcam|security|cctv|package|parcel|delivery|driveway|garden|bird|birds|fox|deer|storm|fireworks|drone|gopro|school_play|talent_show|sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|heads_up|warning'],
    examples: {
      match: ['i got footage from ur webcam, u didnt even notice the light', 'recorded clips off ur laptop cam while u were on omegle'],
      ignore: ['i got footage from ur doorbell camera of the fox', 'i have videos from ur camera from the wedding, want them?'],
    },
  },
  // round 20 (en-n20): "u fell for it. i screen recorded everything", "hacked ur icloud", "the folder is still on my drive", "do that and urs get deleted"
  {
    id: 'fell-for-it-recorded-r20',
    phrases: [
      'fell|fall|falling for it|that|the_bait ..6 recorded|screen_recorded|screenrecorded|screenshotted|screenshot|captured|saved|got_it_all|have_it_all|got_everything|have_everything|got_you_on',
      'hacked|cracked|got_into|broke_into|accessed your|ur icloud|cloud|gallery|camera_roll|google_photos|photos|my_eyes_only|hidden_album|vault',
      'folder|album|files|vids|videos|pics|pictures|photos|clips|recording|@nude ..2 is|are still ..2 on|in my drive|phone|laptop|pc|cloud|gallery|computer|hard_drive|icloud|usb|camera_roll|camera|photos|memories|downloads|vault|hidden_folder|saved',
      '@iwill|then_i|and_i_will|and_ill delete|remove|wipe|erase yours|urs|your_pics|ur_pics|your_video|ur_video|your_vid|ur_vid|your_nudes|ur_nudes|your_photos|ur_photos',
      'yours|urs|your_pics|ur_pics|your_nudes|ur_nudes|your_video|ur_video|your_vid|ur_vid|your_pictures|ur_pictures|your_photos|ur_photos get|gets|will_get|will_be|are deleted|removed|wiped|erased|gone',
    ],
    unless: ['prank|april_fools|rickroll|trick_question|fake_news|someone|somebody|they|did|was|were|got_hacked|think|maybe|change|reset|careful|report|support|2_fa|password_reset|scam|trip|holiday|vacation|party|wedding|graduation|concert|school_trip|prom|days|after_30|automatically|storage|settings|subscription|inactive|policy|terms|backup|back_up|free_up|full', 'airdrop|air_drop|copies|shared_album|the_group|group_chat|gc|sorry|my_bad|oops|want_me_to'],
    examples: {
      match: ['lmao u actually fell for it. i screen recorded everything', 'recognize this? thats u 🙂 hacked ur icloud bro', 'the folder is still on my drive. another 300 and im done', 'get 2 of ur mates to add my snap. do that and urs get deleted', 'ur vids are still in my camera roll', 'get ur friends to send me pics and ill delete urs'],
      ignore: ['lol u fell for the prank, it was april fools', 'someone hacked ur icloud?? change ur password', 'the pics from the trip are still on my phone ill send them', 'ur photos get deleted after 30 days if the storage is full'],
    },
  },
  // round 21 (en-n21): clipped on cam; "look what i recorded"; every username on your roster
  {
    id: 'clipped-you-on-cam-r21',
    phrases: [
      'i clipped|recorded|screenrecorded|screen_recorded|captured|filmed|saved you|u|that|it|everything ..3 on|from cam|camera|vc|call|facetime|stream|live ..2 already|btw|lol|all',
      'look|see|guess|check what i recorded|screenrecorded|screen_recorded|captured|clipped|saved|screenshotted',
    ],
    unless: ['headshot|clutch|ace|play|kill|snipe|gameplay|montage|highlights|funny|fail|fails|concert|gig|show|game|match|party|dog|cat|baby|sunset|birthday|wedding|trip|holiday|lesson|lecture|class|song|music|cover|band|bird|fox|goal|trick|dance|speech|recital'],
    examples: {
      match: ['i clipped u on cam already btw', 'lol look what i recorded', 'guess what i screenshotted'],
      ignore: ['i clipped u on stream, that headshot was insane', 'look what i recorded at the concert!!'],
    },
  },
  {
    id: 'every-username-on-your-roster-r21',
    phrases: [
      'i have|got|saved|screenshotted|copied ..1 every|all|each ..2 username|usernames|handle|handles|account|accounts|follower|followers|contact|contacts|name|names ..3 on|in|from your|ur team|roster|list|followers|class|school|squad|clan|server|friends',
    ],
    unless: ['bracket|tournament|signup|sign_up|register|registration|lineup|invite|invites|add_them|captain|for_the|party|birthday|bday|christmas|cards|newsletter|yearbook|project'],
    examples: {
      match: ['i got every username on ur team roster lol', 'i have all the handles from ur followers'],
      ignore: ['i got every username on ur team roster, adding them to the tournament bracket'],
    },
  },
  // round 22 (en-n22): "your files are mine now", "you know what photos. the ones from the video chat", "screenshotted all our chats"
  {
    id: 'your-files-are-mine-now-r22',
    phrases: [
      'your|ur files|drive|google_drive|icloud|cloud|gallery|camera_roll|pics|photos|nudes|videos|vids|folder|private_folder|account|accounts|dms|chats ..6 are|is|r mine|mine_now|in_my_hands|owned|all_mine',
      'your|ur private|hidden|secret folder|folders|album|vault|files ..1 too|also|as_well ..4 pics|photos|nudes|videos|vids|ones',
    ],
    unless: ['wallpaper|pfp|lockscreen|lock_screen|borrow|borrowing|stealing_your_style|meme|memes|recipe|homework|notes|answers|hoodie|clothes|jacket|snacks|fries|food|seat|spot|game|turn|trade|card|cards'],
    examples: {
      match: ['ur files on the school google drive are mine now. all of them', 'ur private folder too. the pics from last summer', 'your nudes are mine now'],
      ignore: ['ur notes are mine now lol thanks for the homework', 'your pics are mine now, new wallpaper'],
    },
  },
  {
    id: 'you-know-what-photos-r22',
    phrases: [
      'you|u know what|which|exactly_which|exactly_what photos|pics|pictures|vids|videos|clip|nudes|video ..4 ones|one from|frm|on|in ..2 video_chat|videochat|facetime|cam|webcam|vc|video_call|call|omegle|snap|snapchat|skype',
    ],
    unless: ['yearbook|album|trip|holiday|party|project|slideshow|birthday|bday|wedding|graduation|concert|game|match|presentation|meeting|lesson|class|grandma|grandpa|nana|granny|gran|nan|family|school|zoom|aunt|auntie|uncle|cousin|cousins'],
    examples: {
      match: ['You know what photos. The ones from the video chat on thursday.', 'u know which vids. the ones on facetime'],
      ignore: ['you know what pics i mean, the ones from the call about the yearbook', 'you know what pics i mean, the ones from the call with grandma'],
    },
  },
  {
    id: 'screenshotted-all-our-chats-r22',
    phrases: [
      'screenshotted|screenshot|screenrecorded|screen_recorded|saved|recorded|archived|backed_up all|every|each ..1 our|of_our|your|ur|of_your chats|chat|convos|convo|messages|msgs|dms|texts|snaps|calls|facetimes',
    ],
    unless: ['meme|memes|notes|homework|revision|recipe|game|score|receipt|order|scam|heads_up|what_do_i_do|what_should_i_do|police|report|mods|trip|holiday|funny|cute|memories|birthday|bday|anniversary|scrapbook|lol|haha|lmao|new_phone|switching_phones|transfer|backup_before'],
    examples: {
      match: ['screenshotted all our chats. every single one.', 'i saved all ur snaps, every one of them', 'recorded all our calls btw'],
      ignore: ['i screenshotted all our chats from the trip, so funny', 'saved all our chats before i got a new phone'],
    },
  },
  {
    id: 'got-the-clip-pay-me-r22',
    phrases: [
      'i [still] got|have|kept|saved the|your|ur|that clip|vid|video|recording|footage|screenshots|screenies|pics|nudes ..4 @payment|pay|send|transfer me ..1 #',
    ],
    unless: ['edit|editing|edited|commission|montage|highlights|render|thumbnail|lesson|tutor|course|concert|match|game|sold|sale|price|owe|lunch'],
    examples: {
      match: ['the guy from omegle lol. i got the clip. venmo me 80 and it disappears', 'i still have ur pics. cashapp me 100'],
      ignore: ['i got the clip edited, venmo me 20 for the montage like we said'],
    },
  },
  {
    id: 'your-gallery-is-on-my-laptop-r22',
    phrases: [
      'your|ur [whole|entire|full] gallery|camera_roll|icloud|drive|nudes|snaps|dms|private_pics|private_photos|my_eyes_only ..2 is|are|r on|in my laptop|pc|computer|hard_drive|usb|server|drive|cloud',
      'i backed_up|downloaded|saved|kept|archived|screenshotted every|all|each ..2 snap|snaps|pic|pics|photo|photos|nude|nudes|video|vid|videos|vids ..2 you|u sent|send|showed|posted_to_me',
      'hacked|breached|got_into|accessed|have_access_to|got_access_to|in ..3 school|schools|school_s|district ..2 server|database|system|drive|network|portal|cloud ..6 your|ur files|photos|pics|private|drive|nudes|folder|pictures',
    ],
    unless: ['trip|holiday|vacation|memories|birthday|bday|wedding|party|album|scrapbook|yearbook|meme|memes|cute|funny|new_phone|switching_phones|backup_before|slideshow|collage|montage|edit|video_for|news|someone|somebody|they|was|got_hacked|heard|article|announcement|change_your_password|change_ur_password|scam|heads_up|what_do_i_do|what_should_i_do|police|it_department|tech_support|homework|project|assignment|presentation'],
    examples: {
      match: ['ur whole gallery is on my laptop now', 'i backed up every snap u sent me', 'hacked ur schools server, i have ur files and the pics in ur drive', "i have access to the school's database and your private photos"],
      ignore: ['i backed up every pic u sent me from the trip, so cute', 'i backed up all the photos you sent for the slideshow', 'someone hacked the schools server, change ur password, your files might be exposed'],
    },
  },
  // round 23 (en-n23): "we kept ur first selfie", "we still have ur verification pic", hidden-folder snooping, "funny how u forget the stuff u sent me"
  {
    id: 'we-kept-your-selfie-r23',
    phrases: [
      'we|i kept|saved|stored|still_have|still_got|have_still|got_still|have_kept your|ur ..2 verification|verify|verified|first|face|other ..2 pic|pics|photo|photos|selfie|selfies|video|videos|ones',
      'we|i kept|saved|stored|still_have|still_got ..3 verification|verify|verified pic|pics|photo|photos|selfie|selfies ..3 and|plus|the_other|the_others|your_username|ur_username|your_name',
      'interesting|spicy|juicy|private|saucy pics|photos|videos|stuff|things ..2 in your|ur|the hidden|private|secret|locked folder|album|gallery|vault',
      'could_not_help|couldnt_help ..3 through|thru|at|in ..2 your|ur|the gallery|camera_roll|photos|pics|hidden_folder|phone',
      'had_a_look|had_a_little_look|took_a_look|scrolled|snooped|went|been ..3 through|thru|at|in your|ur gallery|camera_roll|photos|pics|hidden_folder|phone|icloud|drive',
      'funny how you|u forget|forgot ..4 stuff|things|pics|what ..2 you|u sent|showed',
    ],
    unless: ['for_the_yearbook|yearbook|passport|id_card|form|registration|baby_photo|nice_pics|holiday|trip|party|wedding|memories|in_case_you_want|do_you_want_them|want_them_back|found_your_phone_and_i_did_not|i_did_not_look|did_not_look'],
    examples: {
      match: ['ok but we kept ur first selfie + ur username', 'we still have ur verification pic + the other ones', 'sure sure. couldnt help looking thru the gallery tho 👀 some very interesting pics in the hidden folder', 'funny how u forget the stuff u sent me on my bday'],
      ignore: ['we kept ur first selfie from the trip, want it for the yearbook?', 'i still have your photos from the party if you want them', 'i had a look through the gallery on the school website, ur photo is so cute'],
    },
  },
  // round 24 (en-n24): the refer-back follow-up: "i still have it ... before i do something with it"
  {
    id: 'still-have-it-do-something-r24',
    phrases: [
      'i [still] have|got|kept|saved it|them|those|that|em|everything|all_of_it|all_of_them ..6 before|unless|or|otherwise|until i do|decide_to_do|start_doing something|smth|sth|stuff with it|them|those|em',
      'before|unless|otherwise|or_else i do something|smth|sth with it|that|them|those|em|your_pics|your_video|your_nudes|your_photos|your_videos|what_you_sent',
      'do_not make me do something|smth|sth with them|it|those|em|your_pics|your_video|your_nudes|your_photos',
      'what i do with them|those|em|your_pics|your_video|your_nudes|your_photos|your_videos|what_you_sent ..2 is|depends|up_to ..2 you|your',
    ],
    unless: ['cook|cooking|bake|baking|recipe|leftovers|fabric|yarn|wool|wood|clay|paint|garden|money|cash|voucher|ticket|tickets|hoodie|jacket|charger|book|books|hair|car|bike|lego|room|dress|shirt|shoes|game|gift|present|cake|pizza|food|project|homework|art|drawing|essay|song|beat|track|plants|seeds|fish|bricks|cards|stickers|coupons|points|robux|vbucks|lol|haha|lmao'],
    examples: {
      match: ['yeah so i still have it. we need to talk about ur options before i do something with it', 'i kept them all. dont make me do something with them', 'reply before i do something with your pics', 'what i do with them is up to u now'],
      ignore: ['i still have the leftover fabric, ill do something with it before xmas', 'i still have ur charger, ill drop it off before i do something with it lol', 'what i do with the extra tickets is up to you'],
    },
  },
  // round 24 (en-n24): a repair shop "had to go in your gallery" then "saw some very interesting pics"
  {
    id: 'saw-interesting-pics-in-gallery-r24',
    phrases: [
      'your gallery|camera_roll|photos_app|icloud|cloud|phone|files|storage|hidden_folder|memories ..6 saw|found|seen|noticed|came_across ..3 interesting|spicy|naughty|private|juicy|cheeky|intimate|revealing|personal|saucy ..1 pics|photos|pictures|videos|stuff|things|content|files',
      'went|go|going|looked|looking|had_a_look|scrolled|scrolling|dug|digging in|into|through|thru your gallery|camera_roll|photos_app|hidden_folder ..6 interesting|spicy|naughty|juicy|cheeky|intimate|revealing|saucy|private',
    ],
    unless: ['museum|exhibition|art_gallery|trip|holiday|vacation|wedding|party|baby|school_website|website|yearbook|memes|meme|recipes|screenshots_of_homework|sunset|cute|lol|haha|lmao|for_the_slideshow|slideshow|transfer|backup|back_up|new_phone'],
    examples: {
      match: ['Had to go in your gallery to test the camera. Saw some very interesting pics 👀', 'scrolled through ur camera roll while fixing it, very cheeky stuff in there', 'your icloud synced to my laptop and i found some private videos'],
      ignore: ['i went through your gallery for the holiday slideshow, found some interesting pics of grandad', 'your phone is fixed, had to go in your gallery to test the camera, all fine'],
    },
  },
  // round 25 (en-n25): account takeover ("got ur account now. all ur dms, all the pics in ur archive")
  {
    id: 'account-taken-over-r25',
    phrases: [
      'got|have|own|took|taken|stole|control|into ..1 your|ur account|acc|instagram|snapchat|snap|discord|tiktok|icloud|email|gmail ..6 all|every [your|ur|the] dms|dm|messages|pics|pic|photos|archive|archived|saved|chats|memories|my_eyes_only|drafts|hidden|vault',
      'your|ur account|acc|instagram|snapchat|snap|discord|tiktok|icloud|email is|s mine|all_mine|my_account|belongs_to_me ..2 now|already|lol',
      'own|control|took|have|hacked|run this|her|his|your|ur acc|account|instagram|snapchat|snap ..1 now ..6 read|reading|see|saw|seen|got your|ur chats|dms|messages|pics|texts|convos',
    ],
    unless: ['netflix|spotify|disney|hulu|shared|family_plan|family_sharing|minecraft|fortnite|roblox|game|you_gave_me|you_asked|asked_me|for_the_project|project|follow|following|followed|added|story|highlight|highlights|fan_account|fanpage|aesthetic|theme|username|handle|bio|pfp'],
    examples: {
      match: ['lol got ur account now. all ur dms, all the pics in ur archive', 'took over ur insta, every dm and every saved pic is mine', 'ur snap is mine now', 'ur account is all mine now lol', 'its not ur friend lol. i own this acc now and i read ur chats with her'],
      ignore: ['i got ur account now, following u back', 'ur netflix account is mine now lol jk', 'i have ur insta now, all ur pics are so cute, followed'],
    },
  },
  // round 25 (en-n25): refer-back to a call, screen recording without "I", proof of copies, "the ones only i have"
  {
    id: 'remember-our-call-r25',
    phrases: [
      'remember|rmb|remeber|member our|that|the little|lil|special|private|secret|late_night ..1 facetime|call|video_call|vc|video_chat|cam|cam_session|webcam|session|show',
      'remember|rmb|remeber|member what|wat you|u did|showed|show|sent|done ..2 on|over|in cam|camera|facetime|video|vc|the_call|call|webcam',
    ],
    unless: ['fun|funny|laughed|laughing|so_fun|aww|miss|missed|cute|bday|birthday|party|grandma|nana|grandpa|gran|study|homework|project|class|lesson|tutor|lecture|meeting|interview|doctor|interview|fell_asleep|asleep|sang|singing|dance|dancing|cat|dog|lol|haha|lmao'],
    examples: {
      match: ['u know who. remember our little facetime? 📹', 'remember our private cam session? i do', 'remember what u showed on cam last week'],
      ignore: ['remember our little facetime with grandma lol', 'remember what u did on facetime when u fell asleep haha', 'remember our study call? i still dont get q3'],
    },
  },
  {
    id: 'recorded-whole-call-r25',
    phrases: [
      'screen_recorded|screenrecorded|screen_record|recorded|captured|screenshotted ..2 the|our|that|ur|your whole|entire|full call|facetime|vc|video_call|video_chat|session|cam|webcam',
      'too late ..1 recorded|screenshotted|screenrecorded|screen_recorded|captured|got_it_all|saved_it|saved_everything',
      'here is|heres|here_s|look_at|this_is ..1 screenshot|screenshots|recording|screen_recording|capture ..1 of you|u|yourself|urself',
      'saved|backed_up|stored|kept|copies|copy ..3 in|on|across # places|devices|drives|phones|accounts|clouds|locations|laptops',
    ],
    unless: ['fail|funny|meme|memes|singing|dancing|falling|fell|goal|trip|cute|dog|cat|puppy|birthday|bday|stream|gameplay|game|clip|highlight|highlights|concert|lecture|class|lesson|meeting|song|recital|practice|homework|notes|grandma|nana|scam|scams|email|emails|heads_up|speech|amazing|so_good|proud|performance|solo|presentation|show|play|musical|graduation|wedding|assembly|tutor|teacher|interview|podcast|minutes|essay|file|files|project|document|doc|assignment|thesis|slides|coursework|photos_of_the|backup_drive|win|won|winning|pfp|avatar|lol|haha|lmao'],
    examples: {
      match: ['screen recorded the whole call btw. saved in 3 places so deleting ur acc wont help 🙂', 'too late, recorded. here is screenshot of u', 'captured the entire facetime, every second', 'i got copies on 4 devices'],
      ignore: ['i recorded the whole call with the tutor for notes', 'too late, recorded the whole concert lol', 'heres a screenshot of u winning lol', 'i saved my essay in 3 places just in case'],
    },
  },
  {
    id: 'the-ones-only-i-have-r25',
    phrases: [
      'the|those|these ones|pics|photos|vids|videos|clips|nudes|ones_you_sent|ones_u_sent ..2 only i have|got|kept|saved|own',
    ],
    unless: ['grandma|grandpa|nan|nana|baby|childhood|old_house|funeral|trip|holiday|vacation|wedding|party|concert|game|match|camera|film|negatives|polaroid|polaroids|album|printed|prints|lol|haha'],
    examples: {
      match: ['nice new pfp. would be a pity if the old ones resurfaced, the ones only i have 😇', 'the vids only i have would go viral', 'those pics only i kept, remember?'],
      ignore: ['the polaroids only i have from the trip lol', 'the ones only i have are the baby pics of grandma'],
    },
  },
  {
    id: 'sent-body-pic-i-kept-r26',
    phrases: [
      'sent|showed|sent_me|send_me ..3 bra|underwear|undies|towel|nude|nudes|naked|shirtless|topless|lingerie|boxers ..6 i [already|literally|obviously] screenshotted|screenshoted|screen_recorded|screenrecorded|saved|kept|ssd',
      'i [already|literally|obviously] screenshotted|screenshoted|screen_recorded|screenrecorded|ssd|saved|kept ..2 it|them|that|those|the_pic|the_pics|the_one|the_snap ..4 you|u sent ..3 bra|underwear|undies|towel|nude|nudes|naked|shirtless|topless|lingerie|boxers',
    ],
    unless: ['link|links|asos|shein|amazon|website|site|order|size|sizes|for_my_mum|for_my_mom|for_my_sister|shop|store|sale'],
    examples: {
      match: ['u literally already sent one in ur bra last night lol i screenshotted', 'i screenshotted the one u sent in ur towel', 'u sent that shirtless one yesterday, i saved it'],
      ignore: ['u sent the bra link from asos, i screenshotted it for my mum', 'i screenshotted the homework u sent', 'u sent me a pic of ur cat lol i saved it'],
    },
  },
  {
    id: 'you-know-i-got-them-pics-r26',
    phrases: [
      'you|u know i [still] have|got|kept|saved them|those|your|ur|all_them|all_your|all_ur pics|photos|pictures|videos|vids|nudes|snaps',
      'you|u know i [still] have got|kept|saved them|those|your|ur|all_them|all_your|all_ur pics|photos|pictures|videos|vids|nudes|snaps',
    ],
    unless: ['trip|holiday|vacation|party|prom|wedding|concert|match|game|graduation|birthday|bday|school|class|beach|dog|cat|album|printed|frame|homework|notes|slides'],
    examples: {
      match: ["listen yeah, you know i've got them pics. you don't answer me by tonight", 'u know i still have ur pics right', 'you know i kept all your nudes'],
      ignore: ['you know i have the pics from the trip, want them?', 'u know i got them pics printed for nan', 'you know i have your pics from prom lol'],
    },
  },
  // round 27 (en-n27): "got ur snaps saved mate", "we have copies too", "got into ur roblox account ... i can see ur dms"
  {
    id: 'got-your-snaps-saved-r27',
    weight: 3,
    phrases: [
      'got|have|kept|saved your|ur snaps|pics|nudes|vids|videos|photos|pictures|clips ..1 saved|screenshotted|stored|backed_up|downloaded ..3 every|all|each|mate|babe|lol|now|still|safe',
      'i|we [have] [still] got|have|kept|saved|made copies|backups|a_copy|a_backup ..2 of_them|of_it|of_those|of_your|of_ur|too|now|already|saved',
    ],
    unless: ['trip|holiday|vacation|party|prom|wedding|birthday|bday|yearbook|cute|funny|memories|our_history|miss_you|love_you|aww|for_you|for_u|like_you_asked|new_phone|album|printed|print|frame', 'notes|homework|handout|handouts|worksheet|worksheets|keys|key|documents|docs|forms|form|receipt|receipts|tickets|ticket|book|books|slides|files_for|contract|lease|passport|id|game|games|save_file|save_files|world|minecraft|printer|paper|papers'],
    examples: {
      match: ['got ur pics saved babe, every single one', 'have your nudes saved now', 'dont bother blocking, we have copies now', 'i made backups of them already'],
      ignore: ['got ur pics saved from the trip lol', 'i have copies of the handout for you', 'we have copies of the keys now', 'got your pics saved for the yearbook'],
    },
  },
  {
    id: 'got-into-your-game-account-r27',
    phrases: [
      'i [have] [just] hacked|got_into|broke_into|logged_into|accessed|took_over your|ur ..2 account|acc|acct|profile|login ..6 see|read|saw|found|have|got ..3 dms|messages|chats|pics|photos|pic|photo|nudes|videos|video|private|everything',
      'i [have] [just] hacked|got_into|broke_into|took_over your|ur roblox|fortnite|minecraft|xbox|psn|playstation|steam|epic|discord|twitch|google|apple|microsoft account|acc|acct',
    ],
    unless: ['logged_in|signed_in|left_it|forgot_to_log|forgot_to_sign|someone|somebody|think|maybe|careful|reset|settings|like_you_asked|you_asked|asked|to_fix|fix|fixed|help|helping|for_you|jk|joking|kidding|change_your_password|your_password|ur_password|remember_when|your_mum_let|you_let_me|you_gave_me|gave_me_your|your_login_to|streak|streaks|shop|skins|skin|level|levels|rank|ranked|quest|quests|daily'],
    examples: {
      match: ['i got into ur steam account, i can see all ur dms now', 'i just hacked your roblox account', 'i broke into your acc and found the photos'],
      ignore: ['i got into ur roblox account, u left it logged in on my ipad', 'i got into ur roblox account like u asked to do ur dailies', 'i think someone hacked your discord account, change your password', 'i logged into your account to fix the settings'],
    },
  },
  // round 27 (en-n27): "you were on camera the whole time, i saved it"
  {
    id: 'on-camera-the-whole-time-saved-r27',
    phrases: [
      'you|u were|was|been on camera|cam|video|screen|webcam ..2 the_whole_time|whole_time|all_along|the_entire_time ..4 saved|recorded|screen_recorded|have_it|got_it|screenshotted|captured|filmed',
    ],
    unless: ['meeting|class|lesson|lecture|notes|zoom|teams|google_meet|assembly|webinar|presentation|stream|twitch|game|match|concert|show|interview|lol|haha|lmao|jk|funny|birthday|bday|wedding|party|grandma|nana|cute|so_mum|so_mom|so_dad'],
    examples: {
      match: ['you were on camera the whole time, i saved it', 'u were on cam the whole time and i recorded it all'],
      ignore: ['you were on camera the whole time in the zoom class lol', 'u were on cam the whole time, i recorded the lecture for notes'],
    },
  },
  // round 27 (en-n27): the pre-recorded "girl" on a video call — "the girl u were talking to was a recording"
  {
    id: 'the-girl-was-a-recording-r27',
    weight: 2,
    phrases: [
      'girl|guy|boy|person|she|he|that|it ..4 was|were|wasnt|was_not|is|is_not [a|just|only|actually|never|even] pre_recorded|prerecorded|recording|a_recording|fake_video|loop|a_loop|fake_cam|fake_girl|fake_account|bot|real_girl|a_real_girl|real ..6 recorded|have|got|saved|caught|filmed|now|lol|haha|lmao',
      'girl|guy|boy|person ..4 talking_to|you_talked_to|u_talked_to|on_the_call|on_cam|on_camera ..3 was|were [a|just|only] pre_recorded|prerecorded|recording|a_recording|fake|loop|a_loop|video|me',
    ],
    unless: ['movie|film|show|series|ad|advert|commercial|music|song|concert|tiktok|reel|youtube|game|class|lesson|lecture|news|documentary|podcast|ai_girlfriend|chatbot|customer_service|support|scam|heads_up|warning|what_do_i_do|they_said|he_said|she_said|in_the_episode'],
    examples: {
      match: ['the girl u were talking to was a recording lol', 'that wasnt a real girl, i recorded everything', 'the girl on the call was just a loop'],
      ignore: ['the girl talking in that ad was a recording', 'the girl on the call was a recording, customer service bots are so annoying'],
    },
  },
  // round 27 (en-n27): "you know what ive got on you"
  {
    id: 'you-know-what-i-have-on-you-r27',
    weight: 2,
    phrases: [
      'know|remember|forget|forgot what i|ive|iv [have] got|have|saved|kept on you|u',
    ],
    unless: ['lol|haha|lmao|jk|shirt|top|hoodie|jumper|jacket|dress|outfit|costume|shoes|socks|on_you_right_now|looks_good|suits|wearing|bet|money_on_you|money|put_on|christmas|bday|birthday|present|gift|surprise|plate|tray|order|tab'],
    examples: {
      match: ['you know what ive got on you', 'remember what i have on u before u block me'],
      ignore: ['u know what i have on you? 20 quid bet on the match', 'remember what i got on you for christmas lol'],
    },
  },
  // round 27 (en-n27): a fake police officer — "we have images of you"
  {
    id: 'we-have-images-of-you-r27',
    weight: 3,
    phrases: [
      'we|i [have] have|hold|possess|obtained|intercepted|found|received|seized ..1 images|photos|videos|material|footage|content|recordings|files ..1 of|featuring|showing you|u|yourself',
    ],
    unless: ['sports_day|event|events|school|photographer|trip|ceremony|graduation|prom|website|newsletter|consent|permission|yearbook|team_photo|class_photo|match|game|concert|show|play|performance|wedding|party|birthday|bday|holiday|vacation|camp|gallery|album|print|prints|order|lol|haha|cute|lovely|beautiful|nana|grandma|grandpa|auntie|nan|gran|mum|dad|mom|cctv|lost_property|shop|store|security|found_your_phone|dentist|doctor|hospital|xray|x_ray|scan|passport|id'],
    examples: {
      match: ['This is PC Harris, we have images of you and you must pay to avoid charges', 'we have obtained explicit material of you'],
      ignore: ['we have photos of you from sports day, can we use them on the website?', 'i found photos of you as a baby lol, so cute'],
    },
  },
  // round 28 (en-n28): a hidden album or a backup "easy to get into"
  {
    id: 'hidden-album-or-easy-cloud-r28',
    phrases: [
      'i_have|ive_got|i_got|got|i_found|found|i_saw|saw|i_opened|opened|been_through|went_through|i_went_through ..1 your|ur hidden|private|secret|locked ..1 album|albums|folder|folders|photos|pics|gallery|vault',
      'your|ur cloud|icloud|backup|cloud_backup|icloud_backup|google_photos|google_drive|drive|account|password|snap|snapchat|instagram|vault|hidden_album|hidden_folder|my_eyes_only ..2 was|is|were ..2 easy|so_easy|too_easy|way_too_easy|super_easy ..2 to get_into|crack|hack|guess|break_into|open|access|unlock',
    ],
    unless: ['someone|somebody|think|maybe|careful|reset|settings|change_your_password|change_ur_password|2_fa|two_factor|change_it|help|helping|fix|fixed|cat|cats|dog|dogs|meme|memes|holiday|trip|vacation|wedding|baby|recipe|recipes|art|drawings|playlist|spotify|facebook|fb|shared_with_me|you_shared|u_shared|link|invite|birthday|surprise|jk|joking|kidding', 'want_me_to_send|send_it_to_you|send_it_to_u|old_laptop|old_phone|my_old|give_it_back|back_to_you|close_it|school_computer|was_open|left_open|logged_in|log_out|logout|sign_out'],
    examples: {
      match: ['i have ur hidden album now', 'been through your private folder 👀', 'ur icloud backup was way too easy to get into'],
      ignore: ['i found ur secret album of cat memes', 'ur password was too easy to guess, change it and turn on 2fa', 'i saw ur private album from the wedding, so cute', 'i found ur hidden album on my old laptop, want me to send it to u?', 'ur private photos folder was left open on the school computer, close it'],
    },
  },
  // round 30 (en-n30): "saved every snap you sent Tyler", "shame about the other ones i've got of u",
  // a hacked account's chats, "does Liam know what you've been sending me", "nah i kept em"
  {
    id: 'saved-every-pic-you-sent-r30',
    phrases: [
      'saved|kept|screenshotted|screenshoted|screenshot|screenshots|recorded|downloaded every|all|each ..1 snap|snaps|pic|pics|photo|photos|picture|pictures|video|videos|vid|vids|nude|nudes|selfie|selfies ..1 you|u sent|ever_sent|sent_him|sent_her|sent_them|sent_to',
    ],
    unless: ['trip|holiday|vacation|party|wedding|concert|birthday|bday|christmas|graduation|prom|yearbook|scrapbook|album|memory|memories|dog|cat|puppy|kitten|baby|sunset|beach|meme|memes|recipe|recipes|notes|homework|lol|haha|lmao|aww|cute_ones|framed|print|printed|collage'],
    weight: 2,
    examples: {
      match: ['i saved every pic u sent him', 'kept all the nudes you ever sent your ex', 'i screenshotted every snap you sent'],
      ignore: ['i saved every pic you sent from the trip', 'kept all the memes you sent me', 'i printed every photo u sent for the scrapbook'],
    },
  },
  {
    id: 'shame-about-the-other-ones-i-have-r30',
    phrases: [
      'shame|pity|too_bad|wonder|imagine ..3 the|those other|rest ..2 ones|pics|photos|videos|vids|snaps ..1 i have|got|kept|saved|still_have ..2 of you|u',
      'not|less as|so cute|innocent|nice|sweet as|like the|those other ..1 ones|pics|photos|videos|vids i have|got|kept|saved ..2 of you|u',
    ],
    unless: ['blurry|blur|out_of_focus|dark|grainy|trip|holiday|vacation|party|wedding|concert|prom|camera|phone_died|yearbook|album|baby|dog|cat|puppy|beach|lol|haha|lmao'],
    weight: 2,
    examples: {
      match: ['cute pic. shame about the other ones i have of u', 'nice selfie, not as cute as the other ones i have got of you', 'pretty. imagine the other pics i kept of u'],
      ignore: ['shame about the other ones i have of you from the wedding, so blurry', 'the other pics i have of you are from the trip', 'pity the other photos i have of u are so dark'],
    },
  },
  {
    id: 'hacked-account-reading-your-chats-r30',
    phrases: [
      'got_into|hacked|hacked_into|broke_into|took_over|logged_into|logged_in_to|cracked her|his|your|ur|their account|insta|instagram|snapchat|phone|icloud|acc ..6 reading|read|been_reading|going_through|scrolling|seen|saw|got ..3 messages|chats|dms|convos|conversations|texts|pics|photos|nudes|snaps',
      'have|got|saved|screenshotted all [of] your|ur chats|convos|conversations|messages|dms|texts with ..1 her|him|them ..4 pics|photos|nudes|videos|vids|snaps|pictures',
      'bought|got|have|found ..1 your|ur ex|exs|old ..1 phone|account|acc|laptop|ipad|tablet ..6 nudes|pics|photos|videos|vids|chats|dms|snaps|everything',
      'sold|gave|handed|passed me your|ur [old] account|acc|phone|laptop ..6 seen|got|have|saved|found everything|nudes|pics|photos|chats|dms|it_all',
    ],
    unless: ['reset|password|recover|recovery|support|help_her|help_him|fix|settings|2_fa|two_factor|wipe|wiped|factory|transfer|backup|back_up|return_it|give_it_back|party|trip|birthday|bday|surprise|project|homework|group|plans|lol|haha|scam|scammer|what_do_i_do|what_should_i_do'],
    weight: 2,
    examples: {
      match: ['hacked her insta, been reading all ur dms', 'i got all your chats with him, the pics included', 'got into his account and read your messages, saw the nudes too', 'someone sold me your old account, i have seen everything in it', 'i bought your exs phone, all your nudes are still on it'],
      ignore: ['i got into her account to reset the password', 'got all your messages with her about the party', 'someone hacked his insta and is reading our dms, what should i do', 'i bought your old phone, everything is still on it, want me to wipe it'],
    },
  },
  {
    id: 'does-he-know-what-you-sent-me-r30',
    phrases: [
      'does|would|will ..2 know what|wat you|u|youve|uve [have] [been] sending|sent|showing|showed me',
    ],
    unless: ['meme|memes|tiktok|tiktoks|reel|reels|link|links|song|songs|playlist|recipe|gift|present|card|flowers|cake|notes|homework|answers|lol|haha|lmao|funny|hilarious|cute|dog|cat|puppy'],
    weight: 2,
    examples: {
      match: ['so does liam know what youve been sending me', 'does your bf know what u sent me last night', 'would ur mum know what you have been showing me on cam'],
      ignore: ['does your mum know what you sent me? the recipe is amazing', 'does he know what u sent me lol the meme is so funny'],
    },
  },
  {
    id: 'nah-i-kept-them-r30',
    phrases: [
      'nah|nope|no|never i|ive kept|saved|still_have|screenshotted em|them|those|all_of_them|every_one|everything',
      'i never|did_not|didnt|never_actually deleted|delete em|them|those|the_pics|your_pics|ur_pics|the_video|the_vid|anything',
    ],
    unless: ['receipt|receipts|tickets|ticket|notes|clothes|shoes|books|book|box|boxes|jersey|cards|letters|letter|toys|plants|seeds|leftovers|food|bags|keys|trophies|files|drafts|contacts|emails|song|songs|memes|meme|wedding|trip|holiday|baby|grandma|nana|lol|haha|lmao|accident|accidentally|sorry'],
    weight: 1,
    examples: {
      match: ['nah i kept em', 'nope i saved them all', 'i never deleted ur pics'],
      ignore: ['no i kept them, the receipts are in my bag', 'nah i kept them for the trip photos album, wedding ones are nice', 'i never deleted them sorry, it was an accident'],
    },
  },
  // round 31 (en-n31): "made a group chat with 43 of ur followers", "added all ur friends to a gc"
  {
    id: 'group-chat-with-your-people-r31',
    weight: 3,
    phrases: [
      'made|created|started|set_up|setup|built|opened|making|creating a|an|the|my [new|little|lil|private|secret] group|gc|group_chat|groupchat|server|chat ..2 with|of [all] [#] [of] your|ur [whole|entire] @audience',
      'added|adding|put|invited|inviting [all] [#] [of] your|ur [whole|entire] @audience ..3 to|in|into a|an|my [new|little|lil|private|secret] group|gc|group_chat|groupchat|server|chat',
    ],
    unless: ['party|birthday|bday|surprise|present|presents|gift|gifts|card|collection|project|trip|plan|planning|organise|organize|carpool|sleepover|homework|study|revision|practice|game|match|tournament|welcome|reunion|wedding|funeral|graduation|prom|secret_santa|fundraiser|so_you_can|so_u_can|for_you|for_u|tomorrow|weekend|holiday|vacation|christmas|xmas|hangout|hang_out|movie|movies|lol_jk',
      'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|someone|somebody|he|she|they'],
    examples: {
      match: ['made a gc with 30 of ur followers, say hi', 'i just created a group chat with your whole family', 'added all your classmates to a new group chat. ready when u are', 'set up a server with all ur friends'],
      ignore: ['made a group chat with ur friends for ur surprise party', 'i added all your classmates to the group chat for the project', 'someone made a gc with all ur followers?? what do i do', 'made a gc with my cousins lol'],
    },
  },
  // round 32 (en-n32): "i seen what u sent mia" (claims to have seen what was sent to someone else)
  {
    id: 'i-seen-what-you-sent-r32',
    weight: 2,
    phrases: [
      'i|ive|i_have [already] [just] [all] seen|saw what|everything|the_stuff|the_pics|the_photos|the_video|the_vid|them you|u sent|showed|snapped|been_sending|were_sending|was_sending|sent_to|sent_him|sent_her|did_on_cam|did_on_call',
    ],
    unless: ['sent_me|sent_us|showed_me|showed_us|snapped_me|in_the_gc|in_the_group|group_chat|gc|group|groups|team|class|everyone|everybody|all_of_us|lol|haha|lmao|funny|meme|memes|homework|email|link|tiktok|reel|thanks|thank|thx|ty|cute|aww|love_it|nice|cool|doc|file|answer|answers|sorry|busy|later|yet|reply|replied|card|present|gift|parcel|package|flowers|recipe|invite|invitation|pic_of_the|photos_of_the|the_dog|the_cat|baby|haircut|dress|outfit|shoes'],
    examples: {
      match: ['i seen what u sent him', 'i saw everything you sent jake', 'ive seen the pics u sent ur ex'],
      ignore: ['i saw what u sent to the group', 'i saw what u sent in the gc lol', 'i saw what you sent me, thanks', 'i saw what u sent, the dress is so cute'],
    },
  },
  // round 32 (en-n32): "i kept the video", "those pics r saved"
  {
    id: 'kept-the-video-pics-saved-r32',
    weight: 2,
    phrases: [
      'i [still] [have] [already] kept|saved|recorded|screenshotted|screen_recorded|screenrecorded|backed_up the|that|our|your|ur|those|all_the|every video|vid|videos|vids|call|facetime|stream|livestream|pics|pictures|photos|snaps|clip|clips|nudes',
      'those|the|your|ur|all_the|all_your|all_ur|all_those|every|our pics|pictures|photos|nudes|videos|vids|snaps|clips|images|video|vid are|r|is|stay|staying|all|been [all] [still] [all] [been] saved|backed_up|screenshotted|stored|safe_with_me|on_my_phone|in_my_gallery|on_my_pc|on_my_laptop|on_my_drive',
    ],
    unless: ['funny|so_funny|hilarious|cute|laugh|laughing|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school_pics|class_photo|homework|notes|assignment|project|meme|memes|lecture|slides|memories|sentimental|miss_you|love_you|aww|recital|performance|speech|goal|race|competition|baby|dog|cat|puppy|kitten|album|shared_album|google_drive|icloud|google_photos|the_drive|shared_drive|cloud|backup|new_phone|phone_died|lost|deleted_by_accident|christmas|xmas|tiktok|dance|receipt|receipts|lol|haha|lmao|sunset|beach|family|grandma|nana|nan|mum|mom|dad|thanks|thank', 'rewatch|re_watch|rewatching|explained|explaining|explain|math|maths|lesson|lessons|tutorial|study|studying|revise|revision|class|meeting|physics|chemistry|biology|science|exam|test|quiz|teacher|tutor'],
    examples: {
      match: ['remember me? i kept the video', 'and yeah ur pics are saved', 'i saved that facetime call'],
      ignore: ['i recorded our call so i can rewatch the part where u explained the math', 'i kept the video of ur recital', 'those pics are saved to the shared album', 'i saved the video from the concert lol'],
    },
  },
  // round 32 (en-n32): a fake agency: "your portfolio images ... are property of the agency"
  {
    id: 'your-images-are-our-property-r32',
    weight: 2,
    phrases: [
      'your|ur ..3 images|photos|pictures|pics|videos|content|shots|footage|portfolio|nudes ..6 property|owned of|by [the|our|this] agency|company|studio|us|management|me',
      'your|ur ..3 images|photos|pictures|pics|videos|content|shots|footage|nudes ..6 belong|belongs to us|me|the_agency|the_company|our_agency|the_studio|management',
      'we|i own|have_the_rights_to|hold_the_rights_to|own_the_rights_to ..2 your|ur|those|all_your|all_ur ..2 images|photos|pictures|pics|videos|nudes|content',
    ],
    unless: ['yearbook|school_photos|class_photos|photo_day|picture_day|print|prints|order|ordering|download_link|gallery_link|watermark|credit|copyright_notice|terms_of_service|lol|haha|jk'],
    examples: {
      match: ['your photos from the shoot are now property of our agency', 'all ur pics belong to us now', 'we own the rights to your images'],
      ignore: ['your school photos are property of the studio until you order prints', 'your pics from the shoot have a watermark, credit the studio', 'i own a camera'],
    },
  },
  // round 33 (en-n33): a blurred preview of a stolen video as leverage; a hacker's thanks for the login code
  {
    id: 'blurred-preview-for-now-r33',
    phrases: [
      'blurred|blurry|censored|pixelated|unblurred|uncensored ..3 for_now|for_the_moment',
      'screenshot|screenshots|screengrab|preview|blurred|blurry ..6 you|u know what the rest looks_like|look_like|shows',
    ],
    unless: ['consent|permission|ok_to_post|okay_to_post|if_you_want|if_u_want|let_me_know|tell_me_if|group_photo|team|class|yearbook|photographer|edit|edits|editing|draft|logo|watermark|license_plate|address|eye|eyes|vision|glasses|contacts|headache|migraine|camera_lens|lens|screen_is|my_screen|lol|haha|lmao'],
    examples: {
      match: ['look at the screenshot. blurred it for now. u know what the rest looks like', 'i censored your face for now, next one goes out clear', 'i blurred the pic for now. pay and it stays that way', 'that screengrab is blurred but you know what the rest shows'],
      ignore: ['i blurred ur face for now, let me know if u want it posted', 'my vision is blurry for now after the eye drops', 'the photographer blurred them for now until the edits are done', 'the preview is blurry lol'],
    },
  },
  {
    id: 'thanks-for-the-code-account-mine-r33',
    weight: 2,
    phrases: [
      'thanks|thx|thank_you|ty|cheers ..3 i|we have|got|own|control your|ur account|acc|instagram|snapchat|login ..1 now',
      'thanks|thx|thank_you|ty|cheers for the code|codes ..6 your|ur account|acc|instagram|snapchat is|belongs mine|ours|gone',
    ],
    unless: ['password_is|forgot|netflix|spotify|disney|hulu|prime|you_asked|u_asked|as_you_asked|fix|fixed|settings|recover|recovered|back_for_you|back_for_u|logged_out|log_out|logout|sorry|oops|scam|scams|heads_up|news'],
    examples: {
      match: ['thanks lol i have your account now', 'ty for the code, ur account is mine', 'thx haha we got ur snapchat now'],
      ignore: ['thanks, i got your account back for you, change the password', 'thanks for the code, i fixed the settings like u asked'],
    },
  },
  // round 35 (en-n35): "so u know that pic u sent me last nite", "its on my laptop", "i kept all our chats", "your webcam was compromised"
  {
    id: 'you-know-that-pic-you-sent-r35',
    weight: 2,
    phrases: [
      'you|u know that|those|the|ur|your pic|pics|photo|photos|picture|pictures|nude|nudes|vid|video|selfie|snap ..1 you|u sent|showed|gave ..1 me',
      'remember ..1 that|those|the|your|ur @nude ..2 you|u sent|showed|gave ..1 me',
    ],
    unless: ['lol|haha|lmao|funny|hilarious|meme|memes|cute|aww|dog|cat|puppy|kitten|pet|hamster|cake|food|pizza|outfit|dress|fit|hair|haircut|trip|holiday|vacation|beach|party|concert|game|match|homework|notes|worksheet|assignment|answers|who_is|who_was|whos|where_was|where_is|what_was|can_you_send|can_u_send|send_it_again|send_again|again|print|printed|framed|frame|set_it|wallpaper|lockscreen|lock_screen|my_mum|my_mom|showed_my|love_it|loved_it|love_that|thank|thanks'],
    examples: {
      match: ['you know that video you sent me yesterday', 'so u know those pics u showed me', 'remember the nudes you sent me'],
      ignore: ['you know that pic you sent me of your dog lol', 'remember that video u sent me? can u send it again', 'so u know that pic u sent me, who was the guy at the back', 'you know that selfie you sent me, i made it my lockscreen'],
    },
  },
  {
    id: 'its-saved-on-my-device-r35',
    weight: 1,
    phrases: [
      'its|it_is|they_are|theyre|thats|that_is [still] [all] [saved|backed_up|stored|sitting] on|in my laptop|computer|pc|phone|drive|hard_drive|camera_roll|gallery|cloud|usb',
    ],
    unless: ['homework|essay|notes|assignment|project|slides|presentation|worksheet|coursework|revision|file|doc|document|spreadsheet|game|games|save_file|minecraft|song|songs|playlist|music|track|beat|movie|film|show|episode|recipe|ticket|tickets|boarding|pass|receipt|invoice|map|address|number*|contact*|charger|battery|wallpaper|screensaver|calendar|schedule|timetable|password|login|app|update|virus|broken|crashed|cracked|fixed|dog|cat|trip|holiday|party|wedding|year|years|ages|somewhere|from_when|old|lol|haha|funny|meme|print|send_it_to_you|ill_send|i_will_send|can_send|airdrop'],
    examples: {
      match: ['the one you were naked on. its on my laptop', 'its all saved on my phone', 'its still on my hard drive'],
      ignore: ['its on my laptop, ill send u the essay later', 'its still on my laptop somewhere, the video from year 7', 'the trip pics? its on my phone, ill airdrop them', 'its on my phone, the tickets for friday'],
    },
  },
  {
    id: 'kept-all-our-chats-r35',
    weight: 1,
    phrases: [
      'i|ive|i_have [still] kept|saved|screenshotted|screenshot|stored|backed_up|archived all|every|every_one_of ..1 our|your|ur|the chats|chat|messages|msgs|dms|texts|convos|conversations|snaps|pics|photos|videos',
    ],
    unless: ['funny|so_funny|read_back|reread|re_read|rereading|hilarious|cute|laugh|laughing|our_history|memories|memory|sentimental|little|when_we_were|years|since|childhood|old_times|back_then|from_when|miss_you|miss_u|love_you|love_u|ily|aww|remember|nostalgic|anniversary|scrapbook|album|proof_for_the|for_the_police|police|report|reported|evidence|teacher|counselor|counsellor|school|bully|bullying|trip|holiday|party|wedding|birthday|project|homework|group_chat|notes|lol|haha'],
    examples: {
      match: ['btw i kept all our chats', 'i saved every one of ur snaps', 'ive screenshotted all our dms 👀'],
      ignore: ['i kept all our chats, they are my favourite memories', 'i kept all our chats from when we were little', 'i saved all our messages as evidence for the police', 'i kept all the pics from the trip'],
    },
  },
  {
    id: 'your-webcam-was-compromised-r35',
    weight: 2,
    phrases: [
      'your|ur webcam|web_cam|camera|cam|device|devices|computer|laptop|pc|operating_system ..2 was|were|has_been|have_been|got|is|are compromised|infected|hijacked|breached',
      'your|ur webcam|web_cam|camera|cam ..2 was|were|has_been|got|is hacked|accessed|recording|recorded',
      'i|we hacked|accessed|compromised|infected|hijacked|breached your|ur webcam|web_cam|camera|cam|device|computer|laptop|pc',
    ],
    unless: ['scary|worried|oh_no|that_sucks|tell_your|tell_ur|tell_someone|scam|scams|phishing|spam|fake_email|heads_up|careful|ignore_it|report_it|it_support|tech_support|antivirus|anti_virus|malware_scan|scan_it|update|patch|password_change|change_your_password|change_ur_password|reset|news|article|teacher|assembly|lol|haha|cover|sticker|tape'],
    examples: {
      match: ['Your device was compromised last week.', 'your webcam has been hacked and recorded', 'we accessed your camera while you watched'],
      ignore: ['heads up, got a phishing email saying your device was compromised, its a scam', 'your camera was hacked? thats scary, tell your dad', 'your laptop got infected? run the antivirus update', 'put a sticker over your cam in case it gets hacked lol'],
    },
  },
] satisfies PatternEntry[];
