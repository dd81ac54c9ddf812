import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-nudes',
    phrases: [
      'send|show|give|snap|trade|swap|share|want|need|drop|dm|text me|a|some|any|your|ur|more|one|them|those ..2 @nude',
      'send|show|snap|give|want|need|wanna|dm|text|drop ..3 [some|a|any|your|ur|me] nudes|nude|noodz|noods|nudez|naked|nsfw|lewds|lewd',
      'can|could|would|will you ..2 send|show|snap|take ..3 @nude',
      'take|snap|make ..3 @nude ..2 for me',
      'get naked|undressed|nude ..2 for|on|in_front_of me|cam|camera|video|facetime|call',
      'take|strip|pull ..2 off your|ur ..2 clothes|shirt|top|pants|bra|underwear|panties|shorts|skirt|hoodie|boxers ..3 for me|on_cam|on_camera|and_send|pic|photo|video|show_me',
      'take it off|them_off|everything_off ..3 for me|on_cam|pic|show_me',
    ],
    unless: ['art|painting|statue|museum|beach|sunburn|tan|movie|scene|painting|doctor|nurse|class|lecture|do_not_send|never_send|dont_send|do_not_ever'],
    examples: {
      match: ['send nudes', 'can u send me some nudez', 'show me ur naked body', 'got any spicy pics?', 'send noodz', 'take ur shirt off for me', 'get naked on cam', 'wanna swap nudes'],
      ignore: ['never send nudes to anyone', 'the naked statue at the museum was weird', 'i got sunburn at the beach, my shoulders are naked lol'],
    },
  },
  {
    id: 'pic-of-you',
    phrases: [
      'send|show|snap|take|give|post|text|dm me ..3 @photo|pic|picture|photo|video|selfie of|with you|yourself|your_body|ur_body|u',
      'send|show|snap|take|text|dm ..3 [a|an|some|one|another|more] @photo|pic|picture|photo|selfie|video ..2 of you|yourself|your_body|ur_body|u|urself',
      'send|show|snap|take ..3 [a|some] full_body|body|mirror|bathroom|bed|bedroom|shower|bath|bikini|swimsuit|underwear|bra|pajama|pyjama|sleeping|sexy|hot|cute|sexier|revealing|tight ..2 pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|shot|shots|snap|snaps|mirror_pic|mirror_selfie',
      'send|show|snap|take ..4 pic|pics|picture|photo|selfie|video ..3 in|wearing [your|ur|a|just|only|my] @body|towel|pajamas|pyjamas|shorts|bed|shower|bath|nothing|less',
      'send|show|snap|take ..4 pic|pics|picture|photo|selfie|video ..3 without|with_no|no ..2 clothes|shirt|top|pants|bra|underwear|panties',
      'show|send me ..2 your|ur @body|feet|legs|abs|thighs|tummy|belly|stomach|bum|bottom|hips|curves|figure|outfit_rn',
      'let me|lemme see ..2 your|ur @body|feet|legs|thighs|tummy|belly|stomach|curves|figure',
      'i want|need|wanna|would_love|d_love|really_want to see ..2 your|ur @body|feet|thighs|curves|figure|more_of_you|all_of_you|you_naked|you_without|what_is_under|whats_under|under',
      'what is|whats under ..2 your|ur|that|those clothes|shirt|top|skirt|dress|hoodie|shorts|towel',
    ],
    unless: [
      'haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|piercing|braces|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|room_decor|art|drawing|painting|project|passport|id_card|license|trip|vacation|holiday|team|class|group|yearbook|grad|graduation|school_photo',
    ],
    examples: {
      match: [
        'send me a pic of u in ur bikini',
        'send a pic of yourself',
        'can u send a full body pic?',
        'send a mirror selfie',
        'send me a pic in your underwear',
        'take a pic without your shirt',
        'show me your body',
        'let me see your feet',
        'i want to see more of you',
        'send a video of you',
      ],
      ignore: [
        'send me a pic of ur new haircut!!',
        'send a pic of your homework',
        'send me a pic of your dog',
        'show me your drawing',
        'send me the pics from the trip',
      ],
    },
  },
  {
    id: 'turn-on-cam',
    phrases: [
      'turn|switch|put|get|go|hop|jump ..3 on ..3 your|ur|the @cam',
      'turn|switch|put ..2 your|ur|the @cam on',
      'open|start|unmute|unblock|show_me|enable your|ur @cam',
      'go|get|hop|jump on @cam|video ..2 for|with me|now|rn|right_now|please|so_i_can',
      'let|lemme|let_me|can_i|i_want_to|wanna|want_to see you|u on|in @cam|video|call|facetime',
      'i want|wanna|need to see you|u ..2 on|in @cam|video|facetime|live|now|right_now',
      'show yourself|urself|your_face|ur_face ..2 on @cam|video|facetime|call',
      'do|can|will you [want] [to] [have] ..2 cam|camming|cam2cam|cam_to_cam|c2c|video_chat|videochat|live_video|private_show|private_call',
      'cam2cam|c2c|cam_to_cam|private_show|private_cam',
    ],
    unless: ['class|lesson|lecture|meeting|everyone|everybody|guys|all|team|teacher|presentation|interview|stream|game|minecraft|fortnite|roblox|obs|zoom_link|attendance|doorbell|security|car|dashcam|gopro|battery|settings|broken|working|fix'],
    examples: {
      match: ['turn ur cam on i wanna see u', 'turn on your camera', 'open your cam', 'go on cam for me', 'i wanna see u on cam', 'cam2cam?', 'show yourself on facetime'],
      ignore: ['everyone please turn your camera on for attendance', 'my cam is broken', 'turn on the camera in the game settings'],
    },
  },
  {
    id: 'more-pics',
    phrases: [
      'send|show|snap|want|need|give [me] [another|some|one] more|another|again|one_more|1_more|few_more|a_few_more|another_one @photo|pic|pics|photo|photos|video|videos|selfie|selfies|snaps|of_you|one|ones|please',
      'one|1|couple|few|another more|last ..2 @photo|pic|pics|video|videos|selfie|snap|one ..3 please|and|then|for_me|i_promise',
      'i want|need|wanna more|another ..2 @photo|pics|pic|videos|video|of_you',
      'more pics|videos|photos|pictures|selfies|content ..2 or|now|today|please|for_me|of_you',
    ],
    weight: 1,
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|dog|cat|puppy|kitten|pet|homework|notes|project|meme|memes|car|bike|house|room|apartment|item|product|listing|sale|for_the|group|album|baby|food|cake|art|drawing|sunset|view|beach|the_team|haircut|hair|nails|outfit|dress'],
    examples: {
      match: ['one more video', 'send more pics', 'i want more', 'send another one please', 'more pics or else'],
      ignore: ['send more pics from the trip', 'can u send more pics of the bike', 'one more game'],
    },
  },
  {
    id: 'send-a-pic-generic',
    weight: 1,
    phrases: [
      'send|snap|show|give [me] [a|an|some|one|1|any|ur|your] pic|pics|picture|pictures|photo|photos|selfie|selfies|video|face_pic|face_reveal|snap|snaps',
      'can|could|would|will you [please] send|show|snap ..3 pic|pics|picture|photo|selfie|video',
      'can|could i [please] see|have ..2 [a|some|one] pic|pics|picture|photo|selfie|video ..2 of you|of_u|yourself',
      'i want|wanna|need|would_love|would_like to see you|u|what_you_look_like|your_face|ur_face|how_you_look',
      'what|how do you|u look like',
      'pic|pics|picture|selfie|photo or_it_did_not_happen',
      'i [really] want|wanna|need|would_love a|some|your|ur pic|pics|picture|photo|selfie|video',
      'i [really] want|wanna|need|would_love to see ..3 pic|pics|picture|photo|selfie',
      'face_reveal|face_pic|selfie|pic please',
    ],
    unless: ['haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|art|drawing|painting|project|passport|license|trip|vacation|holiday|team|group|yearbook|meme|memes|screenshot|bike|car|house|room|item|listing|sale|receipt|menu|food|concert|game|match|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|bill|schedule|map|location|directions|of_the|from_the|of_my|from_my|it_did_not_happen|did_not_happen'],
    examples: {
      match: ['send a pic, i wanna see', 'send me a selfie', 'can u send me a pic', 'i wanna see what you look like', 'what do u look like', 'pic please'],
      ignore: ['send me the pics from the trip', 'send a pic of the homework', 'pic or it didnt happen', 'send me a pic of the menu'],
    },
  },
] satisfies PatternEntry[];
