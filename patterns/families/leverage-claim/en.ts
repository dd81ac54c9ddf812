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
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school_pics|class_photo|homework|notes|assignment|project|meme|memes|lecture|slides|our_history|memories|sentimental|miss_you|love_you|aww'],
    examples: {
      match: [ "i have your nudes", "I have screenshots of everything you sent", "I got all your nudes saved", "i have a video of you masturbating",
        'I have ur nudes',
        'i got your naked pics',
        'i still have ur nudez lol',
        'I saved all our chats and your pictures',
        'i have pics of you naked',
        'i got ur video screenshotted',
      ],
      ignore: [
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
    unless: ['birthday|bday|surprise|lol|lmao|haha|singing|dancing|funny|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|stream_highlights|clip_of_the_game|cute|grandma|grandpa|nana|granny|cat|dog|puppy|baby|rewatch|re_watch|math|explained|explain|study|studying|notes|revise|revision|review|quiz|test|exam|chem|physics|bio|history|essay'],
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
      ignore: [
        'i recorded the lecture for you',
        'i recorded our meeting notes',
        'did u record the lecture',
        'i recorded the concert its so good',
        'i recorded you on facetime for your birthday video surprise',
        'i recorded the entire facetime so grandma can watch',
        'i recorded our call so i can rewatch the part where u explained the chem',
      ],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'i [have] [just] hacked|hack|accessed|cracked|got_into|broke_into|took_over ..2 your|ur|ya account|phone|instagram|snapchat|snap|icloud|cloud|gallery|camera|cam|webcam|device|pc|laptop|computer|email|gmail|tiktok|discord|facebook|fb|whatsapp|photos|camera_roll|messages|dms',
      'i have|got [full] [complete] [total] access|control ..2 to|of|over your|ur account|phone|instagram|snapchat|icloud|cloud|gallery|camera|webcam|device|pc|laptop|computer|email|photos|camera_roll|contacts',
      'i [have] [already] installed|put ..3 malware|spyware|virus|trojan|rat|software|keylogger ..4 your|ur|on',
      'your|ur account|phone|device|camera|webcam|computer ..2 is|has_been|was|got hacked ..2 by me',
    ],
    unless: ['someone|somebody|think|maybe|lol|lmao|careful|change your password|reset'],
    examples: {
      match: [ "I have access to your camera",
        'I hacked your account',
        'i have access to your icloud',
        'i got into ur insta and saw everything',
        'I installed malware on your device',
        'i have full control over your webcam',
      ],
      ignore: [
        'i think someone hacked your account',
        'your account got hacked lol change your password',
        'i hacked the game lol',
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
    unless: ['asked|like_you|new_phone|for_you|transfer|transferred|party|birthday|bday|invite|invitation|wedding|surprise|list_for|yearbook'],
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
    unless: ['lol|lmao|lmfao|haha|funny|meme|group|gc|drama|tea|homework|notes|assignment|our_history|memories|sentimental|miss_you|love_you|aww'],
    examples: {
      match: [ "i downloaded all your pictures",'i screenshotted everything', 'i saved it all', 'i screenshotted our chat', 'i have screenshots of all your messages', 'i saved our chats screenshotted'],
      ignore: ['i screenshotted the group chat lol', 'i screenshotted the homework for you', 'i saved all our chats, its our history'],
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
      'i [still] have|got|saved|kept|downloaded ..2 your|ur|ya|those|these|all_your|all_ur pics|pictures|photos|picture|photo|videos|video|selfies|snaps',
      'i [still] have|got everything|it_all|all_of_it',
    ],
    unless: ['lol|lmao|lmfao|haha|falling|funny|dancing|singing|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school|class|camp|beach|homework|notes|project|meme|dog|cat|send_them|sending|ill_send|will_send|back|album|the_link'],
    examples: {
      match: [ "i saved the video of you", "I know who your parents are", "i have everything, your pics, your contacts, your address", "look what i have \ud83d\udcf8",'I have your pics', 'i still have ur photos', 'i kept all your videos', 'i have everything', 'i have everything you sent me'],
      ignore: ['i have your pics from the trip', 'i got your pics ill send them later', 'i have your pics from prom', 'guess what i got for your birthday'],
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
      'i [have] [already] [just] changed|reset|stole|have|got ..2 your|ur password|passcode|login|logins|2fa|recovery_email|account_password',
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
      'the|those one|ones|video|videos|pic|pics|clip|clips where|when|of you|u ..3 took|take|had|were|got ..3 clothes_off|naked|nude|undressed|topless|shirt_off|top_off|touching|jerking',
    ],
    unless: ['teacher|wanted|asked|zoom|team|coach|fight|crazy|insane|hilarious|epic|sick|fire|wedding|party|birthday|bday|surprise|singing|sing|dancing|dance|funny|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|karaoke|play|speech|talent_show|fell|fall|falling|trick|skate|goal|performance|for_the|yearbook|recipe|stream_highlights'],
    examples: {
      match: ['i screen recorded everything u did lol', 'i recorded what you showed me', 'i filmed you on cam the whole time', 'i have the vids from our call', 'so i got the whole thing on video lmao', 'the ones where u took ur clothes off'],
      ignore: ['i recorded everything you did at the talent show lol', 'i filmed you singing at karaoke', 'i recorded you during the game, that goal was crazy', 'i got the whole thing on video lmao you fell so hard', 'i have the notes from our call for the project', 'i have the videos from the call, the teacher wanted them', 'i got the whole thing on video, the fight was crazy'],
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
      'if you|u want this|it|everything|them|all_this|the_video|the_pics to go_away|disappear|be_deleted|get_deleted|stay_private|stay_hidden|stay_between_us ..4 #|@currency|pay|cost|costs|price|@payment|gonna_cost|will_cost',
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
    unless: ['birthday|bday|surprise|singing|sing|dancing|dance|funny|hilarious|cute|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|notes|teacher|grandma|grandpa|movie|episode|study|group|team|karaoke|laughing|memories|memory|remember'],
    examples: {
      match: ['i screen recorded our whole call lol', 'i recorded the entire facetime', 'i saved our whole video call'],
      ignore: ['i screen recorded our whole call lol u were singing so bad', 'i recorded the whole call for the study group', 'i saved our whole facetime for the memories'],
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
    unless: ['lol|lmao|haha|hahaha|jk|cute|memories|memory|sweet|aww|love_you|so_funny|hilarious|birthday|bday|gift|present|card|letter|hoodie|meme|memes|recipe|homework|notes|project|class|teacher|group|gc|trip|vacation|party|concert|game|match|yearbook|proof|evidence|report|reporting|police|draft|drafts|school_project|for_you|for_u|baby|puppy|dog|cat|wedding|graduation|highlight*|reel|clutch|insane|math|explained|rewatch|study|lecture|doc|docs|document|slides|sheet|spreadsheet|receipt|book|keys|key|cloud|backup|sync*|settings|sim|new_phone|tutorial|lesson|podcast|interview|song|singing|dancing|recital|practice', 'if_someone|if_somebody|if_anyone|someone_says|scammer|scammers|tell_an_adult|trusted_adult'],
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
    unless: ['lol|lmao|haha|hahaha|jk|cute|memories|memory|sweet|aww|love_you|so_funny|hilarious|birthday|bday|gift|present|card|letter|hoodie|meme|memes|recipe|homework|notes|project|class|teacher|group|gc|trip|vacation|party|concert|game|match|yearbook|proof|evidence|report|reporting|police|draft|drafts|school_project|for_you|for_u|baby|puppy|dog|cat|wedding|graduation|highlight*|reel|clutch|insane|math|explained|rewatch|study|lecture|tutorial|lesson|podcast|interview|song|singing|dancing|recital|practice', 'if_someone|if_somebody|if_anyone|someone_says|scammer|scammers|tell_an_adult|trusted_adult'],
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
] satisfies PatternEntry[];
