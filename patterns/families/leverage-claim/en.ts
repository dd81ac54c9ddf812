import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-have-your-nudes',
    phrases: [
      'i [still] have|got|saved|kept|own|screenshotted|downloaded|recorded ..3 your|ur|ya|the|those|these|all|every @nude',
      'i [still] have|got|saved|kept|screenshotted|downloaded ..2 pics|pictures|photos|videos|video|screenshots|recordings|screenshot|recording|proof ..2 of you ..2 naked|nude|undressed|touching|jerking|masturbating|doing|with_no_clothes|without_clothes',
      'i [still] have|got|saved ..3 your|ur @nude|pics|photos|pictures|video|videos ..2 saved|screenshotted|recorded|downloaded|backed_up',
      'i [have] [already] saved|screenshotted|downloaded|backed_up ..2 every_pic|every_photo|every_video|all_our_chats|all_your_nudes|all_ur_nudes',
      'i have|got ..2 screenshots|recordings|screen_recording|screenrecording|proof of ..3 our|your|ur|everything|what_you',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school_pics|class_photo|homework|notes|assignment|project|meme|memes|lecture|slides'],
    examples: {
      match: [
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
        'i got your video on the group chat it was so funny',
        'i have the video of the lecture',
      ],
    },
  },
  {
    id: 'recorded-our-call',
    phrases: [
      'i [have] [just] recorded|screenrecorded|screen_recorded|captured|saved|filmed ..3 our|the|your|ur|that|last ..2 call|video_call|videocall|facetime|ft|vc|cam|webcam|skype|session|chat|stream|convo|conversation|show',
      'i [have] [just] recorded|screenrecorded|screen_recorded|filmed|captured you|u|everything|it_all|all_of_it|the_whole_thing',
      'i have|got ..2 recording|recordings|a_recording|the_recording|a_video|the_video|video|screenshots|screen_recording ..2 of|from our|your|ur|that|the|you ..2 call|video_call|videocall|facetime|vc|cam|webcam|skype|chat|conversation|convo|session|doing',
      'you|u [were] [are] [being] [got] recorded|filmed|captured|screen_recorded ..2 the_whole_time|whole_time|during|on_cam|on_camera|the_entire',
      'this|that|our|the call|video_call|facetime|vc|chat was [being] recorded',
      'it|i was recording ..2 the_whole_time|whole_time|all_along|everything',
    ],
    unless: ['lol|lmao|haha|singing|dancing|funny|tiktok|lecture|class|lesson|meeting|project|presentation|podcast|interview|song|music|concert|game|match|recital|practice|tutorial|homework|stream_highlights|clip_of_the_game'],
    examples: {
      match: [
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
      ],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'i [have] [just] hacked|hack|accessed|cracked|got_into|broke_into|took_over ..2 your|ur|ya account|phone|instagram|snapchat|snap|icloud|cloud|gallery|camera|cam|webcam|device|pc|laptop|computer|email|gmail|tiktok|discord|facebook|fb|whatsapp|photos|camera_roll|messages|dms',
      'i have|got full access|access|control ..2 to|of|over your|ur account|phone|instagram|snapchat|icloud|cloud|gallery|camera|webcam|device|pc|laptop|computer|email|photos|camera_roll|contacts',
      'i [have] [already] installed|put ..3 malware|spyware|virus|trojan|rat|software|keylogger ..4 your|ur|on',
      'your|ur account|phone|device|camera|webcam|computer ..2 is|has_been|was|got hacked ..2 by me',
    ],
    unless: ['someone|somebody|think|maybe|lol|lmao|careful|change your password|reset'],
    examples: {
      match: [
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
      'i have|got|know|saved|copied|downloaded|found ..2 all|every|list_of|a_list_of|the_list_of ..2 your|ur followers|contacts|friends|family|classmates|relatives|following|friend_list|friends_list|contact_list|family_members',
      'i have|got|know|saved|copied|downloaded ..2 your|ur followers|contacts|contact_list|followers_list|friends_list|friend_list|family_members ..3 list|saved|screenshotted|already|names|numbers|all',
      'i know|have|found ..2 your|ur|all_your moms|mums|dads|parents|sisters|brothers|family|familys|families ..2 instagram|insta|facebook|fb|accounts|account|numbers|number|profiles|emails|snapchat|tiktok',
      'i [already] found ..2 your|ur family|parents|mom|mum|dad|school|friends ..2 on|in instagram|facebook|fb|tiktok|snapchat|linkedin',
    ],
    unless: ['party|birthday|bday|invite|invitation|wedding|surprise|list_for|yearbook'],
    examples: {
      match: [
        'i have a list of all ur followers and ur family members',
        'I have all your contacts',
        'i saved your followers list',
        'i know your moms facebook',
        'i found ur family on facebook',
      ],
      ignore: [
        'i have all your friends at my party lol',
        'i know your mom she is nice',
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
    unless: ['lol|lmao|lmfao|haha|funny|meme|group|gc|drama|tea|homework|notes|assignment'],
    examples: {
      match: ['i screenshotted everything', 'i saved it all', 'i screenshotted our chat', 'i have screenshots of all your messages', 'i saved our chats screenshotted'],
      ignore: ['i screenshotted the group chat lol', 'i screenshotted the homework for you'],
    },
  },
  {
    id: 'i-have-your-pics',
    weight: 2,
    phrases: [
      'i have|got ..2 everything|all ..2 you|u sent|showed|did|gave',
      'i [still] have|got|saved|kept|downloaded ..2 your|ur|ya|those|these|all_your|all_ur pics|pictures|photos|picture|photo|videos|video|selfies|snaps',
      'i [still] have|got ..2 everything|it_all|all_of_it',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|school|class|camp|beach|homework|notes|project|meme|dog|cat|send_them|sending|ill_send|will_send|back|album|the_link'],
    examples: {
      match: ['I have your pics', 'i still have ur photos', 'i kept all your videos', 'i have everything', 'i have everything you sent me'],
      ignore: ['i have your pics from the trip', 'i got your pics ill send them later', 'i have your pics from prom'],
    },
  },
] satisfies PatternEntry[];
