import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-nudes',
    phrases: [
      'see|watch you|u ..2 naked|nude|undressed|topless|shirtless|without_clothes|in_your_underwear|in_ur_underwear|strip|undress|in_the_shower',
      'send|show|snap [me] one|1|another|some ..3 without|with_no|no ..2 clothes|clothing|shirt|top|bra|underwear|panties',
      'lift|pull_up|raise|lower|pull_down|take_off ..2 your|ur shirt|top|skirt|dress|hoodie|bra|pants|shorts|underwear|panties',
      'send|show|give|snap|trade|swap|share|want|need|drop|dm|text me|a|some|any|your|ur|more|one|them|those ..2 @nude',
      'send|snd|show|snap|give|want|need|want_to|dm|text|drop ..3 [some|a|any|your|ur|me] nudes|nude|noodz|noods|nudez|naked|nsfw|lewds|lewd',
      'can|could|would|will you ..2 send|show|snap|take ..3 @nude',
      'take|snap|make ..3 @nude ..2 for me',
      'get naked|undressed|nude ..2 for|on|in_front_of me|cam|camera|video|facetime|call',
      'take|strip|pull ..2 off your|ur ..2 clothes|shirt|top|pants|bra|underwear|panties|shorts|skirt|hoodie|boxers ..3 for_me|on_cam|on_camera|and_send|pic|photo|video|show_me',
      'take|pull|get ..2 your|ur ..2 clothes|shirt|top|pants|bra|underwear|panties|shorts|skirt|hoodie|boxers off ..3 for_me|on_cam|on_camera|and_send|pic|photo|video|show_me|now|right_now',
      'take it|everything off ..3 for_me|on_cam|pic|show_me',
    ],
    unless: ['ramen|food|curry|noodles|wings|sauce|chilli|chili|pepper|peppers|dinner|lunch|meal|recipe|song|version|lyrics|content_warning|art|painting|statue|museum|beach|sunburn|tan|movie|scene|painting|doctor|nurse|class|lecture|do_not_send|never_send|dont_send|do_not_ever'],
    examples: {
      match: [ "let me see you naked", "take off your shirt and send a pic", "send me one without clothes", "lift your shirt",'send nudes', 'can u send me some nudez', 'show me ur naked body', 'send me spicy pics', 'send noodz', 'take ur shirt off for me', 'get naked on cam', 'wanna swap nudes'],
      ignore: ['never send nudes to anyone', 'the naked statue at the museum was weird', 'i got sunburn at the beach, my shoulders are naked lol', 'send a spicy pic of the ramen'],
    },
  },
  {
    id: 'pic-of-you',
    phrases: [
      'show|flash your|ur @body|boobs|tits|dick|ass|butt|pussy',
      'send|show|snap|give|post|text|dm me ..3 @photo|pic|picture|photo|video|selfie of|with you|yourself|your_body|ur_body|u',
      'send|show|snap|text|dm ..3 [a|an|some|one|another|more] @photo|pic|picture|photo|selfie|video ..2 of you|yourself|your_body|ur_body|u|urself',
      'send|show|snap|take ..3 [a|some] full_body|full_length|whole_body|head_to_toe|body|mirror|bathroom|bed|bedroom|shower|bath|bikini|swimsuit|underwear|bra|pajama|pyjama|sleeping|sexy|hot|cute|sexier|revealing|tight ..2 pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|shot|shots|snap|snaps|mirror_pic|mirror_selfie',
      'send|show|snap|take ..4 pic|pics|picture|photo|selfie|video ..3 in|wearing [your|ur|a|just|only|my] short_skirt|mini_skirt|miniskirt|crop_top|yoga_pants|stockings|fishnets|thigh_highs|that_skirt|that_crop_top|those_leggings|those_shorts|@body|towel|pajamas|pyjamas|shorts|bed|shower|bath|nothing|less',
      'send|show|snap|take ..4 pic|pics|picture|photo|selfie|video ..3 without|with_no|no ..2 clothes|shirt|top|pants|bra|underwear|panties',
      'show|send me ..2 your|ur @body|feet|legs|abs|thighs|tummy|belly|stomach|bum|bottom|hips|curves|figure|outfit_right_now',
      'let me|let_me see ..2 your|ur @body|feet|legs|thighs|tummy|belly|stomach|curves|figure',
      'can|could|may i see ..2 your|ur @body|legs|thighs|tummy|belly|stomach|curves|figure|bum|hips',
      'record|film|tape yourself|urself|your_self ..2 for me|and_send|doing|in_bed|in_the_shower|naked|changing',
      'make|film|record|shoot [me] [a|an|some|one] video|videos|clip|clips ..2 only|just|especially for me|my_eyes',
      'i want|need|want_to|would_love|really_want to see ..2 your|ur @body|feet|thighs|curves|figure',
      'i want|need|would_love|really_want to see more_of_you|you_naked|you_without|what_is_under|whats_under|more_of_u|u_naked',
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos ..2 of you|u|yourself|urself ..2 shirtless|topless|naked|nude|undressed|in_your_underwear|in_ur_underwear|in_bed|in_the_shower|in_the_bath|without|with_no|in_a_towel',
      'shirtless|topless|naked|nude|underwear|bikini|lingerie|shower|bath|bed|bedroom ..2 pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|snap|snaps ..3 of you|of_you|of_yourself|please|for_me|pls|send|now|right_now|first',
      'what_is|whats under ..2 your|ur|that|those clothes|shirt|top|skirt|dress|hoodie|shorts|towel',
    ],
    unless: ['practise_saving|practice_saving|practise_sending|practice_sending|how_to_save|to_save_it|saving_it|save_it|how_do_i_save|how_to_send|practise_downloading', 
      'measurements|measurement|measure|shoe|shoes|shoe_size|insoles|orthotics|verruca|plaster|cast|bruise|bruised',
      'as_a_baby|as_a_toddler|as_a_kid|when_you_were_a_baby|when_u_were_a_baby|when_you_were_little|when_u_were_little|baby_photo|baby_photos|baby_pic|baby_pics',
      'glasses|contacts|makeup|make_up|hat|jacket|coat|sneakers|routine|recital|choreo|choreography|dance_class|tutorial|learn_it|so_i_can_learn|dress|gown|hem|prom|haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|piercing|braces|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|room_decor|art|drawing|painting|project|passport|id_card|license|trip|vacation|holiday|team|class|group|yearbook|grad|graduation|school_photo',
      'i_have_a|i_have_the|ive_got_a|i_got_a|singing|falling|fell|trampoline|tripped|send_everyone|show_everyone',
      'does_it_fit|if_it_fits|try_on|trying_on|so_i_know|at_the_party|from_the_party|you_are_safe|you_are_ok|you_are_okay|you_are_alright|made_it|got_there|arrived_safe',
      'show|send|showing|sending mom|mum|dad|mommy|daddy|grandma|grandpa|nana|auntie|the_family|the_fam|the_whole_family',
    ],
    examples: {
      match: [ "send me a pic of your body", "show me your tits", "send a pic in your bra", "send me a video of you",
        'send me a pic of u in ur bikini',
        'can i see ur tummy 🥺',
        'record urself for me',
        'make me a vid, only for me',
        'send a pic of yourself',
        'u should send me a pic in that skirt 😍',
        'can u send a full body pic?',
        'send a full length pic',
        'send a mirror selfie',
        'send me a pic in your underwear',
        'take a pic without your shirt',
        'show me your body',
        'let me see your feet',
        'i want to see more of you',
        'send a video of you',
      ],
      ignore: ['Can you send me a photo of you so I can practise saving it', 'omg i found a photo of you naked as a baby lol', 'send me a pic of u in ur new glasses!!', 
        'send me a pic of ur new haircut!!',
        'im gonna show mom the video of u dancing in ur room 😂😂',
        'can i see your drawing of the dog',
        'make a video for the class project, just for me to edit',
        'send a full length pic of the dress so i can see the hem',
        'send me a vid of u dancing the routine so i can learn it for the recital',
        'send a pic of your homework',
        'send me a pic of your dog',
        'show me your drawing',
        'send me the pics from the trip',
        "Send me a picture of you at the party so I know you're ok sweetie",
        'send me a pic in that skirt, does it fit?',
      ],
    },
  },
  {
    id: 'turn-on-cam',
    phrases: [
      'hop|jump|get|go on cam|camera|webcam|facecam',
      'turn|switch|put|get|go|hop|jump ..3 on ..3 your|ur|the @cam',
      'turn|switch|put ..2 your|ur|the @cam on',
      'turn|switch on [your|ur|ya|the] @cam ..2 for_me|please|now|right_now|so_i|and|if|then|babe|baby',
      '@iwill ..6 if|when you|u turn|switch on [your|ur|the] @cam',
      'open|start|unmute|unblock|show_me|enable your|ur @cam',
      'go|get|hop|jump on @cam|video ..2 for_me|with_me|now|rn|right_now|please|so_i_can|and_show|and_let',
      'let|lemme|let_me|can_i|i_want_to|wanna|want_to see you|u on|in @cam|video|call|facetime',
      'i want|want_to|need to see you|u ..2 on|in @cam|video|facetime|live|now|right_now',
      'show yourself|urself|your_face|ur_face ..2 on @cam|video|facetime|call',
      'do|can|will you [want] [to] [have] ..2 cam|camming|cam2cam|cam_to_cam|c2c|video_chat|videochat|live_video|private_show|private_call',
      'cam2cam|c2c|cam_to_cam|private_show|private_cam',
    ],
    unless: ['practice|rehearsal|duet|recital|concert|tripod|ring_light|watch_it_back|watch_back|rewatch|skatepark|cam_the_practice|cam_our|cam_it_so', 'class|lesson|lecture|meeting|everyone|everybody|guys|all|team|squad|the_squad|gc|group_chat|teacher|presentation|interview|stream|game|nana|nan|granny|gran|grandma|grandad|grandpa|its_nana|its_grandma|in_minecraft|in_fortnite|in_roblox|on_minecraft|on_fortnite|on_roblox|roblox_settings|obs|zoom_link|attendance|doorbell|security|car|dashcam|gopro|battery|settings|broken|working|fix|study|study_call|revision|register|the_register|homework|tutor|tutoring|mr|mrs|miss|sir|assembly|form_time|roll_call|right_button|which_button|this_button|the_button|is_this_on|how_do_i|how_does_this|is_it_working', 'screen_share|screenshare|share_screen|sharing_your_screen|share_your_screen|your_muted|you_are_muted|youre_muted|on_mute|we_can_not_see|we_cannot_see|we_can_not_hear|unmute_your_mic|your_mic', 'proctor|proctors|proctored|proctoring|invigilator|invigilators|examiner|exam|exams|mock_exam|online_exam|online_test'],
    examples: {
      match: [ "go on facetime and show me", "put your camera on", "hop on cam",'turn ur cam on i wanna see u', 'turn on your camera', 'open your cam', 'go on cam for me', 'i wanna see u on cam', 'cam2cam?', 'show yourself on facetime', 'ill top up ur robux if u turn on cam', 'turn on ur cam for me'],
      ignore: ['also can u cam the practice so we can watch it back', "turn ur cam on for the study call, mr davies is taking the register", 'everyone please turn your camera on for attendance', 'my cam is broken', 'turn on the camera in the game settings', 'turn your camera on in roblox to use face tracking', 'Can you turn your camera on sweetheart, I can only see the ceiling. Is this the right button?', 'Reminder: turn your camera on for the proctor at 9:00 and keep your face in frame for the whole exam', 'turn ur cam on ur muted and we cant see ur screen share lol'],
    },
  },
  {
    id: 'more-pics',
    phrases: [
      'send|show|snap|want|need|give [me] [another|some|one] more|another|again|one_more|1_more|few_more|a_few_more|another_one @photo|pic|pics|photo|photos|video|videos|selfie|selfies|snaps|of_you|one|ones|please',
      'one|1|couple|few|another more|last @photo|pic|pics|video|videos|selfie|snap',
      'i want|need|want_to more|another ..2 @photo|pics|pic|videos|video|of_you',
      'more pics|videos|photos|pictures|selfies|content ..2 or|now|today|please|for_me|of_you',
    ],
    weight: 1,
    unless: ['pick_it_up|collect_it|for_sale|still_available|still_for_sale|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|dog|cat|puppy|kitten|pet|homework|notes|project|meme|memes|car|bike|house|room|apartment|item|product|listing|sale|for_the|group|album|baby|food|cake|art|drawing|sunset|view|beach|the_team|haircut|hair|nails|outfit|dress|of_it|of_that|wheel|wheels|tires|damage|condition|scratch|scratches|box|label|receipt|tag|front_and_back|close_up|closeup|measurements|sizing|stain|stains|flaws|defects|sole|soles|frame|gears|engine|screen|parts|inside|underside', '@photo|pic|pics|photo|photos|pictures|picture|video|videos of the|those|these|its|his|her|our|my'],
    examples: {
      match: ['one more video', 'send more pics', 'i want more pics of you', 'send another one please', 'more pics or else'],
      ignore: ['can u send more pics? and where do u live, i can pick it up', 'can u send more pics? front and back, and one of the tag', 'can you send a couple more pics of the frame and the gears', 'send a few more photos of those shoes pls', 'send more pics from the trip', 'can u send more pics of the bike', 'one more game', 'Can you send more pictures of it? The back wheel especially'],
    },
  },
  {
    id: 'send-a-pic-generic',
    weight: 1,
    phrases: [
      'just|only|quick|one [a|one|1] pic|pics|photo|selfie|picture|video of you|u|yourself|urself',
      'take ..3 pic|pics|picture|photo|selfie|video ..3 for_me|and_send',
      'mirror pic|pics|selfie|selfies|photo',
      'any|got|have_any|got_any pics|pictures|photos|selfies|pic|more_pics|nudes',
      'can|could|may i see you|u|ur_face|your_face',
      'snap me something|smth|a_pic|a_selfie|back',
      'show me what|how you|u look',
      'let|let_me me [just] see what|how you|u look',
      'send|snap|show|give [me] [a|an|some|one|1|any|ur|your] pic|pics|picture|pictures|photo|photos|selfie|selfies|video|face_pic|face_reveal|snap|snaps',
      'can|could|would|will you [please] send|show|snap ..3 pic|pics|picture|photo|selfie|video',
      'can|could i [please] see|have|get ..2 [a|some|one] pic|pics|picture|photo|selfie|video ..2 of you|of_you|yourself',
      'i want|want_to|need|would_love|would_like to see you|u|what_you_look_like|your_face|ur_face|how_you_look',
      'what|how do you|u look like',
      'pic|pics|picture|selfie|photo or_it_did_not_happen',
      'i [really] want|want_to|need|would_love a|some|your|ur pic|pics|picture|photo|selfie|video',
      'i [really] want|want_to|need|would_love to see ..3 pic|pics|picture|photo|selfie',
      'face_reveal|face_pic|selfie please',
      'send|show|snap [me] something|smth|sth cute|special|nice|fun|hot|sexy|spicy|naughty',
      'take ..2 [a|some|another] pic|pics|picture|pictures|photo|photos|selfie|selfies|video ..2 of_you|of_yourself|of_urself ..2 for_me|and_send|and_show|send|show',
    ],
    unless: ['see_you_again|see_you_again_soon', "your_fit|the_fit|fit_check|fitcheck|fit_pic|your_fits|before_we_leave|before_the_party", "compare|so_i_can_compare|cracked|crack|repair|colour|color|so_i_can_check|of_both|which_one|which_is_better|pick_one|vote", 'is_this_how|how_do_i|how_i|how_to|how_does|how_can_i|which_button|what_button', 'glasses|contacts|new_shoes|tomorrow|later|tonight|today|weekend|at_the|after_school|before_school|in_person|at_school|haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|art|drawing|painting|project|passport|license|trip|vacation|holiday|team|group|yearbook|meme|memes|screenshot|bike|car|house|room|item|listing|sale|receipt|menu|food|concert|game|match|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|bill|schedule|map|location|directions|of_the|from_the|of_my|from_my|it_did_not_happen|did_not_happen|never_send|do_not_send|should_not_send|never_share|assembly|where_you_are|where_u_are|which_side|so_i_know_which|so_i_can_find|so_i_know_you_are_ok|so_i_know_you_are_safe|know_you_are_ok|know_you_are_safe|know_you_got_home|know_your_safe|know_your_ok|bus_stop|coming_to_get|pick_you_up|medical_form|consent_form|permission_slip|signed_form|form|setup|set_up|monitor|desk|keyboard|gaming_chair|if_you_spot|if_you_see_him|if_you_see_her|if_you_see_it|spot_him|spot_her|spot_it|lost|missing|know_you_are_there|know_you_are_at|know_you_got_there|know_you_made_it',
      'heads_up|block_her|block_him|block_them|report_her|report_him|report_them|asking_them|asking_people|asking_ppl|asking_everyone|asking_girls|asking_kids|asks_people|made_a_kid|made_kids|made_her|made_him|made_them|sextortion|pretended|pretending_to_be|documentary|article|episode|blister|blisters|rash|injury|injured|bruise|swollen|sprain|sprained|sunburn'],
    examples: {
      match: [ "can i see you", "snap me something", "show me what you look like", "send me a pic of your face",'send a pic, i wanna see', 'send me a selfie', 'can u send me a pic', 'i wanna see what you look like', 'what do u look like', 'selfie please', 'take a pic of yourself and send it', 'got a cam? let me see what u look like'],
      ignore: ['when can i see u again? dinner was fun', "send me a pic of ur fit before we leave", "send me pics of both", "perfect, send me a photo of them so I can check the colour", "repair shop quoted me $180 for the screen, send a pic of urs so i can compare", 'Hello darling this is Nana. Is this how I send a photo?', "send me a pic of where you are, dads coming to get you", "please send me a photo of your signed medical form before then", 'did u see that news thing about sextortion? some guy made a kid send pics then demanded money', 'heads up, some account is asking ppl to send pics. block her', 'they said never send pics to ppl u dont know', 'send me the pics from the trip', 'send a pic of the homework', 'pic or it didnt happen', 'send me a pic of the menu', 'let me see what u look like in the costume tomorrow', 'send me a pic so i know ur ok', 'btw send a pic of ur new setup i wanna see the monitor', 'send pics to my number if you spot him', 'Send me a pic so I know you\'re there'],
    },
  },
  {
    id: 'show-more-on-cam',
    phrases: [
      'show|give me ..3 more|a_little_more|a_lil_more|a_bit_more|everything|a_little|a_lil|some_skin|skin|what_is_under ..3 on|in_front_of|for|over @cam|video|call|facetime|camera|live',
      'all|only you|u got_to|have_to|need_to|gotta|must do is ..2 send|show|take|snap|go_on|get_on ..3 pic|pics|picture|photo|selfie|video|cam|camera|facetime|more|me|yourself|body',
    ],
    unless: ['puppy|dog|cat|room|house|outfit|haircut|drawing|art|game|screen|build|base|minecraft|roblox|homework|math|problem|project|slides|notes|menu|recipe|class|teacher|doctor|nurse|vet|receipt|ticket|id|passport|form'],
    examples: {
      match: ['all u gotta do is show me a lil more on cam tonight', 'show me a bit more on facetime', 'all you have to do is send a pic'],
      ignore: ['show me more on facetime, i wanna see the puppy', 'all you have to do is send the homework pic'],
    },
  },
  {
    id: 'no-shirt-shots',
    phrases: [
      'pic|pics|picture|pictures|selfie|selfies|one|photo|photos|video|shot|shots|snap ..2 no|without|with_no|minus [a|your|ur|any] shirt|top|bra|clothes|pants|underwear|panties',
      'test|shot|shots|photos|pics|pictures|photoshoot|photo_shoot ..3 in|wearing [your|ur|a|just|only] underwear|bra|lingerie|bikini|swimsuit|bathing_suit|panties|boxers|nothing|a_towel|towel',
      'so|so_that i|we can|could see ..2 your|ur @body|figure|curves|shape|body_shape',
    ],
    unless: ['scam_right|is_that_a_scam|is_this_a_scam|thats_a_scam|that_s_a_scam|its_a_scam|it_is_a_scam|got_a_dm_from|dm_from_some|my_friend_got|my_sister_got|my_cousin_got', 'jersey|buy|store|size|order|shop|merch|team|printed|print|logo|swim_team|competition|meet|catalog_order|doctor|nurse|rash|sunburn|tattoo|cast|injury|bruise|x_ray|xray|physio|trainer|form|technique|posture|squat'],
    examples: {
      match: ['a cute one 😈 no shirt', 'We need a few test shots first, in underwear so we can see your body shape.', 'send a pic without a shirt'],
      ignore: ["my friend got a dm from some 'model scout' asking for pics in a bikini, thats a scam right?", 'which one, the jersey with no logo or without?', 'send me a pic of the rash so the doctor can see your chest', 'send a video of the squat so i can see your form'],
    },
  },
  {
    id: 'the-one-i-asked-for',
    weight: 1,
    phrases: [
      'send|show [me] the|that @photo|pic|video ..2 i asked_for|asked|wanted|want|told_you_about|told_u_about',
      'send|show [me] the|that|those|my @photo|pic|pics|video|vid|vids|videos ..3 you|u|ya promised|said|owe|swore',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|dog|cat|puppy|homework|notes|project|meme|memes|car|bike|house|room|item|listing|menu|recipe|edit|song|tiktok|link|funny|lol|haha'],
    examples: {
      match: ['then prove u love me. send the video i asked for', 'send me that pic i wanted', 'then send me the video like u promised', 'show me those pics u said u would'],
      ignore: ['send me the video i asked for from the party', 'send the pic of the menu i asked for', 'send me the video from the party like u promised', 'send me the pics of the dog u promised lol'],
    },
  },
  {
    id: 'few-pics-of-you',
    weight: 2,
    phrases: [
      'just|only [a] few|couple|some|coupla pics|pictures|photos|selfies|videos of you|u|yourself|urself',
      'feet|foot pic|pics|picture|pictures|photo|photos|video|videos|content',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|team|class|group|doctor|podiatrist|injury|injured|broken|sprain|sprained|swollen|bruise|blister|shoe|shoes|sneakers|socks|size|tiktok|meme|lol|haha|lmao|cringe|weird|creepy|scam'],
    examples: {
      match: ['just a few pics of u. feet first then we see', 'can i get feet pics'],
      ignore: ['just a few pics of you from the trip', 'send a pic of your foot so the doctor can see the swollen part', 'some guy asked me for feet pics lol so creepy'],
    },
  },
  {
    id: 'see-more-of-you',
    phrases: [
      'can|could|may i see ..2 more of you|u|your_body|ur_body',
      'send|show|snap|take ..4 pic|pics|picture|photo|photos|selfie|selfies|video|videos ..4 in|from [the|your|ur] shower|bath|bathtub|tub|bed',
    ],
    unless: ['new|bathroom|renovation|house|room|hotel|apartment|airbnb|listing|plumber|leak|mold|dog|cat|puppy|baby|tomorrow|at_school|irl|in_person|party|trip|vacation|game|lol|haha'],
    examples: {
      match: ['can i see more of u', 'send me pics when ur in the shower', 'take a selfie in bed for me'],
      ignore: ['can i see more of you this summer at the lake irl', 'send me a pic of the new bathroom with the shower', 'send a pic of the dog in the bath lol'],
    },
  },
  {
    id: 'show-me-a-little',
    weight: 2,
    phrases: [
      'show|flash me [just] a_little|a_lil|a_bit|a_lil_bit|a_little_bit|little|lil|some_more|a_peek|a_sneak_peek [more|bit|of_you|of_u]',
      'let me see [just] a_little|a_lil|a_bit|a_peek|a_lil_bit|a_little_bit|some_more [more|bit|of_you|of_u]',
    ],
    unless: ['how|where|what|which|when|around|map|code|song|trick|way|game|ropes|dance|move|moves|notes|homework|answer|answers|steps|school|house|room|garden|park|city|town|campus|draft|essay|drawing|art|sketch|design|outfit|dress|haircut|nails|tattoo|puppy|dog|cat|kitten|baby|recipe|cake|video_of|pics_of|of_the|of_it|of_that|of_this|of_your_house|of_ur_house|of_your_room|of_ur_room|tomorrow|at_school|irl|lol|haha|lmao'],
    examples: {
      match: ['just show me a little, ill keep it private', 'show me a lil more of u 😏', 'come on let me see a little bit'],
      ignore: ['show me a little of the song you wrote', 'show me a bit of the essay draft', 'let me see a little of the map so i know where to go'],
    },
  },
  {
    id: 'more-skin',
    phrases: [
      'show|see|send|flash|showing|want|want_to|need ..4 more|some|a_lil|a_little|little|bit|extra|less_clothes skin',
      'more skin ..2 next_time|this_time|for_me|please|rn|right_now|now|tonight|in_the_next',
      'show|see|know|want_to_see ..2 what_is|whats|what_s|wats under ..2 the|your|ur|that|those ..1 clothes|shirt|top|skirt|dress|hoodie|shorts|towel|pants|jeans|sweater|blanket|sheets',
    ],
    unless: ['skincare|skin_care|rash|acne|sunburn|tan|doctor|derm*|texture|tone|game|minecraft|roblox|fortnite|character|avatar|skins|mod|lotion|cream|moisturizer|chicken|fish|potato|banana|snake|lizard|drawing|art|paint*'],
    examples: {
      match: ['show me a lil more skin next time ;)', 'wanna see some skin 😏', 'more skin for me tonight', 'show me whats under the hoodie'],
      ignore: ['show me the rash on your skin so i can tell the doctor', 'send me ur skincare routine', 'show me more skins in fortnite'],
    },
  },
  {
    id: 'one-of-you-in-bed',
    phrases: [
      'send|snap|show|take ..3 one|some|a_few|a_couple|few|couple|pic|pics|photo|photos|selfie|selfies ..2 of you|u|yourself|urself ..3 in|wearing|without ..2 pjs|pajamas|pyjamas|robe|nightie|nightgown|sleepwear|towel|underwear|bra|bikini|lingerie|boxers|panties|swimsuit|bathing_suit|bed|shower|bath|nothing|shirt',
      'send|snap|show|take ..3 one|some|pic|pics|photo|selfie ..3 before|in|from|after ..1 bed|your_bed|ur_bed|the_shower|your_shower|ur_shower',
      'take|snap|send [me] one|some|a_few|a_couple ..2 in_the_mirror|in_the_bathroom_mirror|in_bed|in_the_shower|in_the_bath|in_your_room|in_ur_room ..2 for_me|please|pls|now|right_now|tonight|ok|then',
    ],
    unless: ['costume|halloween|party|sleepover|pajama_day|pajama_party|pj_day|spirit_week|spirit_day|team|uniform|jersey|trip|vacation|hotel|grandma|grandpa|mom|dad|baby|dog|cat|puppy|kitten|lol|haha|lmao|doctor|rash|sunburn|cast|injury|new_bed|bunk|bedroom_decor|room'],
    examples: {
      match: ['can u send one of u in ur pjs before bed', 'send a pic of yourself in a towel', 'snap me one before bed 😘', 'take one in the mirror for me'],
      ignore: ['send one of u in ur pjs for pajama day lol', 'send a pic of you in the costume', 'send a pic of the new bed from ikea'],
    },
  },
  {
    id: 'swimwear-shots',
    phrases: [
      'swimwear|swimsuit|swimsuits|bikini|bikinis|lingerie|underwear|bra|bathing_suit|full_body|bodysuit ..2 shot|shots|ones|pics|photos|pictures|polaroids|digitals|selfies|snaps',
      'test|casting shot|shots|pics|photos|pictures|polaroids|digitals ..4 swimwear|swimsuit|bikini|lingerie|underwear|bra|bathing_suit|full_body|no_makeup|no_filter',
      'shot|shots|pic|pics|photo|photos|pictures|selfie|selfies|snaps|vid|videos|video ..2 in|wearing [just|only] [your|ur|ya|a] swimsuit|swimwear|bikini|bathing_suit|lingerie|underwear|bra|pjs|pajamas|panties|boxers|towel|undies',
    ],
    unless: ['trip|beach|vacation|holiday|pool_party|store|shop|shopping|catalog|ad|ads|website|listing|sale|order|return|refund|brand_page|magazine|instagram_page|mom|mum|dad|sister|grandma|my_pics|my_photos|team|swim_team|meet|competition|lol|haha|lmao|scam|fake|from|we_took|you_took|u_took|i_took|yesterday|weekend|last|group|album|post|posted|dump'],
    examples: {
      match: ["We'd need a few test shots first, swimwear ones, just send them to me privately", 'send me some bikini pics', 'test shots in lingerie, no filter', '5k vbucks for 2 selfies in ur bathing suit', 'got any pics in ur pjs? nothing crazy', 'send a vid in just a towel'],
      ignore: ['the bikini pics from the beach trip are so cute', 'that store has the best swimsuit photos on its website', 'test shots of the new camera look sharp', 'the pics in my swimsuit from the beach trip are up', 'selfies in pajamas at the sleepover lol'],
    },
  },
  {
    id: 'view-once',
    weight: 1,
    phrases: [
      'send|use|put|do|on|with|as|via|snap [it|them|one|me] [on|with|as] view_once|viewonce|view_1|one_time_view',
    ],
    unless: ['meme|memes|homework|answers|notes|link|password|code|address|bday|birthday|party|screenshot_this|lol|haha|lmao'],
    examples: {
      match: ['cmon just one, u can use view once so it disappears', 'send it on view once if ur scared'],
      ignore: ['send the answers on view once lol', 'why did u send the meme on view once'],
    },
  },
  {
    id: 'wearing-less-pics',
    phrases: [
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|one|ones|video|videos|snap|snaps ..4 not|barely|hardly wearing|wearin [a] much|anything|lot|thing|nothing|clothes',
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|one|ones|video|videos|snap|snaps ..4 wearing|wearin|got_on|have_on less|nothing|barely_anything|hardly_anything|almost_nothing|next_to_nothing|fewer_clothes|less_clothes',
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos ..2 with ..1 less|nothing|barely_anything|hardly_anything on',
    ],
    unless: ['makeup|make_up|filter|filters|sunscreen|jewelry|jewellery|glasses|costume|halloween|coat|jacket|freezing|cold|snow|statue|museum|art|painting|scam|news|never|do_not_send|someone|asked_me|baby|dog|cat|puppy|wall|walls|label|tag|trip|party|beach_trip'],
    examples: {
      match: ['do u have any pics where ur not wearing much lol', 'send one where youre wearing less', 'got a pic wearing nothing but a smile?', 'i want a video where ur not wearing anything', 'pics with less on please'],
      ignore: ['the pics where ur wearing less makeup look better', 'ur not wearing much in the snow pics, werent u cold?', 'send a pic of the wall with nothing on it'],
    },
  },
  {
    id: 'flash-me',
    phrases: [
      'flash|flashing me|us ..4 @cam|call|video|live|quick|real_quick|quickly|sec|second|secs|seconds|rn|right_now|tonight|please|just_once|once|then|baby|babe',
      'flash for me|me_for|the_cam|the_camera',
      'give|give_me me|us a [quick|lil|little|tiny] flash',
    ],
    unless: ['light|lights|flashlight|torch|headlight*|highbeam*|high_beams|answers|answer|notes|card|cards|id|badge|drive|usb|flashcard*|flash_drive|sale|deal|mob|flash_mob|photography|no_flash|with_flash|the_flash|superhero|movie|game|grenade|bang|fortnite|cod|valorant|csgo|lol_jk|phone_light'],
    examples: {
      match: ['cmon just flash me for a sec on cam', 'flash me real quick', 'flash for me babe', 'give me a quick flash on facetime'],
      ignore: ['flash me your id at the door', 'flash me the answers lol', 'turn the flash on for the photo', 'flash me with your headlights when ur outside'],
    },
  },
  {
    id: 'rest-of-you',
    phrases: [
      'see|show|send|snap ..3 the rest|rest ..1 of you|u|ya|your_body|yourself|urself',
      'see|show ..2 more|everything|whats|what_is below|under|underneath|lower|down_there',
    ],
    unless: ['guys|all|everyone|everybody|team|class|family|fam|crew|squad|soon|tomorrow|at_school|party|trip|practice|game|match|meeting|lesson|next_week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the_video|the_movie|the_pics|the_photos|the_map|the_list|the_page|the_screen|answers|scroll|link|text|message|essay|drawing|slide|slides|sink|car|table|bed_frame|floor|house|room'],
    examples: {
      match: ['point the camera down a bit, wanna see the rest of u', 'show me the rest of you', 'lemme see whats below 😏'],
      ignore: ['cant wait to see the rest of you guys at practice', 'show me the rest of the video', 'send the rest of the pics from the trip', 'show me whats under the sink'],
    },
  },
  {
    id: 'now-one-in-bed',
    phrases: [
      'now|next|another|then|ok|okay one|1 ..2 in|from|wearing ..2 bed|shower|bath|bathroom|towel|underwear|pjs|pajamas|pyjamas|bra|panties|boxers|lingerie|bikini|swimsuit|undies',
      'now|next|another|then|ok|okay one|1 ..2 without|with_no|no ..1 your|ur|the|a shirt|top|clothes|bra|pants|shorts',
      'pic|pics|picture|selfie|selfies|photo|photos|video|snap ..2 in|of what you|u|your|ur [are|re] wearing|got_on|have_on ..1 right_now|now|atm|tonight|in_bed',
      'verify|prove|confirm ..3 identity|age|who_you_are|you_are_real|youre_real|its_you|its_really_you ..5 send|selfie|pic|photo|video|cam|facetime',
      'see|watch you|u ..1 in|wearing ..1 your|ur|just|a|only ..1 pjs|pajamas|pyjamas|underwear|bra|bikini|towel|lingerie|swimsuit|boxers|panties|undies|nightie|thong',
      'a|one|with_a pic|pics|selfie|photo|video|snap ..1 in|from bed|your_bed|ur_bed|the_shower|the_bath',
      'cute|hot|sexy|quick|lil|little|cheeky|naughty pic|pics|selfie|selfies|photo|photos|one|video ..1 in|from bed|your_bed|ur_bed|the_shower|the_bath|your_underwear|ur_underwear|your_pjs|ur_pjs',
    ],
    unless: ['costume|halloween|party|sleepover|pajama_day|pajama_party|pj_day|spirit_week|spirit_day|team|uniform|jersey|trip|vacation|hotel|grandma|grandpa|baby|dog|cat|puppy|kitten|doctor|rash|sunburn|cast|injury|new_bed|bunk|room_decor|ikea|store|shop|size|order|game|episode|video_game|beach|pool|lake|tomorrow|at_the|swim_meet|practice|bring|to_bring|passport|bank|license|licence|id_card'],
    examples: {
      match: ['just say thank u with a selfie in bed', 'send a selfie in what ur wearing rn', 'just gotta verify ur identity first, send a selfie', 'lemme see u in ur pjs', 'just a cute pic in bed', 'ok ur real and cute af 😍 now one in ur bed', 'next one in just a towel', 'now one without ur shirt'],
      ignore: ['now one in the bath with the puppy lol', 'next one in your pajama day outfit', 'ok now one in the hotel room for grandma', 'cant wait to see u in ur bikini at the beach tomorrow', 'send a selfie in what ur wearing so i know what to bring to the sleepover lol', 'verify your identity with a photo of your passport at the bank app'],
    },
  },
  {
    id: 'cheeky-pic',
    phrases: [
      'send|snap|show|take|give|got|have|any|drop ..3 cheeky|saucy|risky|risque|naughty|spicy|sneaky|sexy|dirty|racy ..1 pic|pics|picture|pictures|photo|photos|selfie|selfies|snap|snaps|one|ones|video|videos',
    ],
    unless: ['sunset|beach|view|food|dinner|meal|lunch|breakfast|dog|cat|puppy|car|trip|vacation|holiday|meme|memes|pizza|weather|curry|sauce|nandos|chilli|chili|pepper|peppers|wings|ramen|cake|drink|pint|outfit|haircut|hair|nails|of_the|of_my|of_your_food|scam|never|do_not'],
    examples: {
      match: ['send a cheeky pic then x', 'got any saucy ones? 😏', 'snap me a spicy selfie'],
      ignore: ['send a cheeky pic of ur nandos lol', 'take a spicy pic of the ramen', 'send a cheeky pic of the sunset'],
    },
  },
  {
    id: 'the-pics-we-discussed',
    weight: 2,
    phrases: [
      'send|show|snap [me] [the|those|that|them|what|it] ..2 @photo|pics|pic|ones|stuff|things|thing|one ..3 we [already] talked_about|discussed|agreed|agreed_on|spoke_about|said|planned|talked_abt|talked_bout|mentioned',
      'send|show [me] what|it ..2 we [already] talked_about|discussed|agreed|agreed_on|spoke_about|talked_abt|talked_bout',
      'send|show|snap [me] something|smth|sth|one|a_pic|a_photo|a_video|a_selfie|pics ..3 only|just for my_eyes|me_only|my_eyes_only|me_to_see|your_man|ur_man|daddy',
    ],
    unless: ['homework|notes|project|essay|assignment|slides|link|links|song|playlist|meme|memes|trip|party|game|recipe|schedule|address|file|files|doc|document|form|menu|birthday|gift|present|christmas|card|postcard|letter|drawing|art|group|team|class'],
    examples: {
      match: ['now u can send the pics we talked about', 'send what we discussed', 'send me something only for my eyes tonight'],
      ignore: ['send me the notes we talked about', 'send the pics we talked about from the trip', 'send me something just for me for my birthday'],
    },
  },
  {
    id: 'nothing-crazy',
    weight: 2,
    phrases: [
      'nothing|not|not_anything [too|that] crazy|explicit|revealing|dirty|bad|nasty|weird|inappropriate|naked|nude ..3 just|only|a|some ..3 pic|pics|photo|photos|selfie|selfies|one|ones|a_few|cute',
      'pic|pics|photo|photos|selfie|selfies|one|ones ..2 nothing|not_too crazy|explicit|too_crazy|too_much|revealing|too_revealing|nasty|dirty|bad|inappropriate|naughty',
      'a_few|a_couple|couple|few|coupla|just_some|just_a_few|just_one [of] [your|ur] @nude',
    ],
    unless: ['party|trip|vacation|holiday|meme|memes|homework|notes|project|dog|cat|puppy|food|dinner|sunset|view|car|house|room|team|class|group|leaked|leak|going_around|someone|somebody|her|his|their|news|saw|found|scam|asked_me|sent_me|school|warning|never'],
    examples: {
      match: ['nothing too crazy, just a cute pic', 'a few private pics, nothing crazy', 'nothing crazy just a cute pic', 'just a few nudes and we r even'],
      ignore: ['send me pics from the party, nothing crazy lol', 'someone leaked a few nudes at school', 'the pics are nothing crazy, just the dog'],
    },
  },
  {
    id: 'pull-it-up',
    phrases: [
      'pull|lift|hike|roll|push|tug your|ur shirt|top|skirt|dress|hoodie|jumper|sweater|tshirt|t_shirt|bra|shorts ..1 up|higher|off|down|lower ..3 a_bit|a_little|a_lil|for_me|on_cam|please|pls|rn|right_now|now|slowly|more|babe|baby|so_i_can|lemme|let_me',
      'stand|step back|up ..3 so_i_can|so_i_could|let_me|lemme|i_wanna|i_want_to ..1 see ..2 you|u|your_body|ur_body|all_of_you|everything|the_rest|your_legs|ur_legs|your_whole|ur_whole|all_of_u|your_outfit|ur_outfit',
      'hold|move|put ..3 phone|camera|cam|it further|farther ..1 away|back ..3 so_i_can|so_i_could|let_me|lemme|i_wanna|i_want_to|want_to ..1 see ..2 you|u|your_body|ur_body|all_of_you|everything|all_of_u|more',
    ],
    unless: ['doctor|nurse|rash|bruise|cut|scar|sunburn|cast|injury|tattoo|piercing|dance|prom|party|formal|wedding|outfit_for|for_the|cake|dog|cat|puppy|baby|board|whiteboard|screen|room|view|painting|drawing|art|sign|poster|food|plant|tank|build|lol|haha|lmao|mom|mum|dad|grandma'],
    examples: {
      match: ['pull ur shirt up a bit', 'stand up so i can see ur outfit', 'hold the phone further away so i can see all of u'],
      ignore: ['pull ur shirt up so the nurse can see the rash', 'stand up so i can see ur outfit for the dance', 'hold the phone further away i cant see the whole cake'],
    },
  },
  {
    id: 'if-you-trusted-me',
    phrases: [
      'if you|u [really] [actually] [truly] trusted|trust|loved|love|liked|like|cared_about|care_about me ..3 show|send|snap|turn_on',
      'show|let me|us what you|u|your|ur [are|re] working|workin|packing|packin with',
      'send|show|do ..4 i_will|ill|then_i|i_would|id know|believe|see ..1 you|u|that_you ..1 really|actually|truly|do ..1 care|love|trust|like|mean_it',
    ],
    unless: ['notes|homework|essay|project|science|fair|code|build|art|drawing|draft|budget|kitchen|recipe|tools|setup|garden|room|space|recital|game|match|concert|party|lol|haha|lmao|skills|moves|deck|team'],
    examples: {
      match: ['but if u do send one, ill know u really care', 'if u trusted me ud show me', 'show me what ur working with 😏', 'if you really loved me you would send it'],
      ignore: ['if u loved me u would send me the notes', 'show me what ur working with for the science fair', 'if u really loved me u would come to my recital lol'],
    },
  },
  {
    id: 'pics-in-underwear',
    phrases: [
      'pic|pics|picture|pictures|photo|photos|selfie|selfies|shots|shot|video|videos ..6 in|wearing [just|only] [your|ur|ya|a|some|her|his|their] underwear|bra|panties|boxers|lingerie|undies|thong|briefs|sports_bra|nothing_but',
      'progress|body|physique|check_in pics|pics|photos|photo|pictures|selfies|shots ..6 underwear|shirtless|topless|no_shirt|bra|bikini|boxers|undies|sports_bra',
    ],
    unless: ['store|shop|catalog|ad|ads|website|listing|sale|order|return|refund|magazine|my_pics|my_photos|from_the|we_took|you_took|i_took|yesterday|last|album|posted|dump|beach|pool|trip|vacation|holiday|scam|fake|never|warning|news|sleepover|party|laundry|washing|drawer|mom|mum|dad|doctor|nurse|rash'],
    examples: {
      match: ['just need progress pics, front side and back, in ur underwear so i can see muscle definition', 'send me body check in pics shirtless every week', 'my friend dared me to get a pic of a girl in her bra lol'],
      ignore: ['the store pics of the underwear look nothing like the real thing', 'the pics from the pool party in bikinis are up lol'],
    },
  },
  {
    id: 'from-behind',
    phrases: [
      'see|show|send ..3 how|what you|u|your|ur ..1 look|looks ..2 from behind|from_the_back|bent_over|naked|without_clothes|in_bed|undressed',
      'see|show ..3 from behind|from_the_back|bent_over|your_behind|ur_behind|your_backside|ur_backside',
      'when are|r you|u going_to|gonna|going send|show ..2 me ..1 something|smth|sth|something_special|a_little_something|the_goods|the_pics_you_promised',
    ],
    unless: ['hair|braid|braids|haircut|dress|outfit|costume|jacket|coat|shirt|print|logo|tattoo|car|house|bike|trick|move|moves|dance|form|squat|technique|birthday|christmas|gift|present|postcard|card|letter|package|parcel|notes|homework|link|address|recipe|money_back|back_the|lol|haha'],
    examples: {
      match: ['i wanna see how u look from behind 🍑', 'babygirl when r u gonna send me something special'],
      ignore: ['show me how the braid looks from behind', 'when r u gonna send me something for my birthday lol', 'when are you going to send me the pics from the concert'],
    },
  },
  {
    id: 'pic-of-those-legs',
    phrases: [
      'get|have|see|grab|take|snap a|some|one ..1 pic|pics|photo|photos|shot|look|picture|video ..2 of ..1 those|your|ur|them|that|ya legs|thighs|feet|abs|curves|body|booty|butt|ass|boobs|lips|hips|chest|tummy|belly|bum',
      'pic|pics|photo|selfie|video|one ..3 so_i_know|to_prove|prove|show ..2 you|u|ur|your|youre|you_are ..2 still_mine|mine|love_me|care|loyal|faithful|all_mine',
      'full_length|full_body|body_shot|body_shots ..4 fitted|tight|form_fitting|figure_hugging|bodycon|swimwear|underwear|leotard|leggings',
      'can|could|may i|let_me|lemme see more [please|pls|of_that|of_you|of_u|baby|babe|then|now|rn|right_now]',
    ],
    unless: ['doctor|nurse|injury|injured|cast|sprain|sprained|swollen|bruise|rash|cut|scar|shoes|sneakers|socks|tattoo|tan|sunburn|physio|trainer|form|technique|cookie|cookies|cake|food|recipe|recipes|drawing|drawings|art|painting|paintings|photos_of_the|dog|cat|puppy|horse|statue|the_menu|lol_jk|chicken|turkey|frog|crab|table|chair|sofa|couch|piano|pizza|fries|more_of_the|of_the|of_this|of_it|of_your_work|of_ur_work|photos_of|pics_of|episodes|episode|chapter|chapters|listing|item|house|room|car'],
    examples: {
      match: ['lemme get a pic of those legs 🥵', 'just one pic so i know ur still mine', 'full length in fitted clothes', 'well ur hot. like really hot. can i see more', 'can i see more baby'],
      ignore: ['can i see more of the house listing', 'lemme get a pic of those cookies before u eat them', 'can i see more of ur recipes?', 'get a pic of your feet so the doctor can see the swelling'],
    },
  },
  {
    id: 'teach-sexy-selfie',
    phrases: [
      'teach|teaching|show|showing you|u ..6 how to ..2 take|send|make|pose_for ..2 sexy|hot|spicy|naughty|nude|naked|revealing|sexier|private ..1 selfie|selfies|pic|pics|photo|photos|video|videos',
    ],
    unless: ['never|do_not|scam|news|warning|assembly|class_on|lol_jk'],
    examples: {
      match: ['im teaching u something new today. lesson 1: how to take a sexy selfie'],
      ignore: ['lesson 1 of photography club: how to take a good selfie with natural light'],
    },
  },
  {
    id: 'prove-you-are-real',
    phrases: [
      'pic|pics|selfie|photo|video|facetime|cam or you|your|you_are|ur [are|re] fake|a_fake|a_catfish|catfish|a_bot|lying|a_liar',
      'prove|show you|u|your|ur|you_are [are|r|re] real|not_fake|not_a_fake|not_a_catfish|not_catfish|a_real|who_you_say|not_a_bot|not_a_scammer ..5 send|selfie|pic|photo|picture|video|facetime|ft|cam|camera|call|vc|show|snap|live',
      'prove|verify it|that|yourself|urself ..3 send|take|snap|show ..3 selfie|pic|photo|picture|video|cam|camera|face',
      'how do|can|would|will|else i know ..4 real|fake|catfish|bot|scammer|really_you|its_you ..5 send|selfie|pic|photo|facetime|ft|cam|camera|video|call|vc|show',
      'selfie|pic|photo|picture|video ..3 holding|hold|with|showing ..3 fingers|finger|peace_sign|a_sign|paper|a_note|note|your_name|ur_name|my_name|todays_date|the_date|a_spoon|a_fork|thumbs_up',
    ],
    unless: ['id|id_card|passport|license|licence|bank|verification_code|receipt|ticket|tickets|homework|project|scam|scams|news|article|warning|never_send|do_not_send|concert|order|package|delivery|grandma|grandpa|teacher|class|school_id|account_recovery|support|customer|lol_jk|prank|charity|fundraiser|dog|cat|puppy'],
    examples: {
      match: ['pics or ur fake', 'prove ur real, send a selfie', "prove you're not a catfish, facetime me", 'prove it then, take a selfie holding up 3 fingers', 'how do i know ur not a fake? send a pic', 'send a pic holding a paper with my name'],
      ignore: ['prove ur real by sending a pic of ur school id to the club', 'verify it with a photo of your passport in the bank app', 'a scam account asked me to prove im real with a selfie, news says never send', 'how do i know the concert tickets are real? send a pic of the receipt'],
    },
  },
  {
    id: 'open-your-cam',
    phrases: [
      'please|pls|plz|can_you|can_u|could_you|you_can|u_can open|on|start [your|ur|the] @cam|camera|video',
      'open|on|start [your|ur|the] @cam|camera|video ..3 for_me|only_for_me|just_for_me|i_want|i_want_to|want_see|now|right_now|baby|babe|dear|please|so_i|let_me',
      'i want|want_to|need|like|would_like|would_love see you|u ..2 on|in|by @cam|camera|video|video_call|videocall|facetime|live',
      'stream|share|show your|ur cam|camera|webcam|facecam|face ..3 for_me|too|to_me|so_i|i_want|i_want_to|now|right_now|with_me|please|only|just',
      'turn|switch|put your|ur video on',
      'cam|camera|webcam on now|right_now|for_me|asap|quick',
      'lets|let_us|want_to|can_we|should_we|we_could|we_can cam|camchat|cam2cam|cam_chat',
      'turn_on|switch_on|enable your|ur video ..2 for_me|now|right_now|please|so_i|i_want|i_want_to|baby|babe|too',
    ],
    unless: ['class|lesson|lecture|meeting|everyone|everybody|guys|team|teacher|presentation|interview|game|minecraft|fortnite|roblox|obs|zoom_link|attendance|doorbell|security|car|dashcam|gopro|battery|settings|broken|working|fix|twitch|youtube|viewers|followers|subs|chat_can|qr|scan|app_store|grandma|grandpa|doctor|appointment|lol_jk|paint|new_paint|decor|redecorated|redecorating|furniture|new_room'],
    examples: {
      match: ['then prove u care. cam on now', 'do u have a webcam? lets cam', 'please open camera only for me', 'open cam for me baby', 'i want see you in video call', 'u can stream ur cam too', 'switch on your video for me', 'turn ur video on'],
      ignore: ['everyone please turn your video on for attendance', 'open the camera app and scan the qr code', 'stream your cam on twitch so viewers can see your setup', 'turn ur video on for the class meeting'],
    },
  },
  {
    id: 'pic-please-and-face',
    weight: 1,
    phrases: [
      'pic|pics|selfie|selfies|face_pic|face_reveal please|plz|pls|pleasee',
      'let|let_me me see your|ur face|pretty_face|cute_face|smile|eyes',
      'whats|what_does|how_does|what_do|how_do your|ur face look_like|look',
      'any|got|have_any|got_any|you_got_any|u_got_any cute|new|recent|hot|good|other|nice|more pics|pictures|photos|selfies|pic|snaps',
      'show|send me your|ur face|pretty_face|cute_face',
      'send|email|dm|text ..2 recent|latest|current pic|pics|photo|photos|picture|pictures|selfie|selfies|headshots|polaroids|digitals',
      'make|film|record [me] a|some video|videos|clip|clips ..2 for me',
      'show me ..3 on|over @cam|camera|video|facetime',
    ],
    unless: ['tomorrow|later|at_the|after_school|in_person|at_school|haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|art|drawing|painting|project|passport|license|trip|vacation|holiday|team|group|yearbook|meme|memes|screenshot|bike|car|house|room|item|listing|sale|receipt|menu|food|concert|game|match|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|birthday|bday|christmas|gift|present|postcard|card|letter|of_the|from_the|of_my|from_my|braces|makeup|rash|doctor|nurse|sunburn|glasses|mask|dentist|bruise|injury'],
    examples: {
      match: ['Kindly send me your recent picture dear', 'Send recent pics to my email.', 'show me your face', 'make a video for me', 'show me urself on cam', 'pic pls', 'lemme see ur face', 'whats ur face look like? send one', 'u got any cute selfies?',],
      ignore: ['pics pls from the party', 'lemme see ur face with the new braces lol', 'got any new pics of the puppy?', 'send me something just for me for my birthday'],
    },
  },
  {
    id: 'waiting-for-the-pic',
    weight: 2,
    phrases: [
      'pic|pics|photo|selfie|video|nudes first ..2 like|as we said|agreed|discussed|planned|promised',
      'where|wheres are|r|is|s my|the|that|those pic|pics|photo|photos|selfie|selfies|video|vid',
      'wheres|where_is|where_are|where_r my|the|that|those pic|pics|photo|photos|selfie|selfies|video',
      'still waiting|waiting|waitin ..2 for|on ..2 that|the|my|your|ur|a|those pic|pics|photo|photos|selfie|selfies|video',
      'promised|owe me ..2 a|the|that|some|those|one pic|pics|photo|photos|selfie|selfies|video',
      'give|give_me me a [little|lil|quick|tiny] sneak_peek|peek|preview',
      'just|only one|1|a pic|photo|selfie|video ..3 i_will_not|wont|will_not|i_promise|i_swear|no_one|nobody|never',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|dog|cat|puppy|kitten|homework|notes|project|meme|memes|car|bike|house|room|item|listing|sale|menu|recipe|edit|song|tiktok|link|funny|lol|haha|lmao|team|class|group|album|order|package|delivery|printed|prints|frame|photographer|print|essay|drawing|art|chapter|episode|trailer|movie|tv_show|the_show|book|cake|outfit|dress|haircut|nails|camera|ticket|tickets|receipt'],
    examples: {
      match: ['pic first like we said', 'where r my pics', 'still waiting for that pic', 'u promised me a pic', 'give me a sneak peek', 'just one pic, i wont show anyone'],
      ignore: ['where are the pics from the party', 'still waiting for the photographer to send the prints', 'give me a sneak peek of the drawing', 'u promised me a pic of the puppy lol'],
    },
  },
  {
    id: 'just-for-me-would-you',
    phrases: [
      'send|show|snap [me] something|smth|sth|one|a_pic|a_photo|a_video|pics|a_selfie ..2 only|that_only|just i|me can|will|could|get_to see|have|keep',
      'send|show|snap [me] something|smth|sth|one|a_pic|a_photo|a_video|a_selfie|pic|pics|a_picture ..2 only|just|especially for me|my_eyes',
      'would|will|could you|u ever send|show ..2 me ..3 pic|pics|photo|photos|selfie|selfies|video|one|nudes|something',
      'facetime|ft|call|vc|video_call|videocall me ..3 i_want_to|i_wanna|want_to|wanna|so_i_can|let_me|lemme|i_need_to see you|u|your_face|ur_face|what_you',
    ],
    unless: ['birthday|bday|christmas|xmas|gift|present|card|postcard|letter|homework|notes|project|essay|trip|vacation|holiday|party|concert|prom|dress|outfit|haircut|hair|nails|dog|cat|puppy|kitten|baby|cake|food|menu|recipe|room|house|car|bike|drawing|art|meme|memes|tiktok|link|song|playlist|grandma|grandpa|mom|mum|dad|team|class|group|homework_help|lol|haha|lmao|braces|cast|injury|doctor|nurse|school'],
    examples: {
      match: ['if it is u should prove it. send something only i can see', "send me something that's only for me 😉", 'would u ever send me a pic just for me?', 'facetime me, i wanna see u', 'send a pic only for me'],
      ignore: ['send me something just for me for my birthday', 'facetime me i wanna see u in ur prom dress', 'would u ever send me a postcard from the trip'],
    },
  },
  {
    id: 'pic-with-a-compliment',
    phrases: [
      'send|snap|show us ..3 pic|pics|photo|selfie|one|video ..2 babe|baby|hun|x|xx|gorgeous|sexy|beautiful|princess|cutie',
      'send|show|snap ..4 pic|pics|photo|photos|selfie|selfies|picture ..6 bet|i_bet you|u look|looks ..1 cute|hot|sexy|good|fine|amazing|gorgeous|beautiful',
      'pic|pics|photo|selfie|video|picture ..4 with|in|wearing just|only ..1 the|a|your|ur towel|underwear|bra|boxers|robe|undies',
      'need|want ..2 some|a_few|a_couple|few|coupla pics|photos|pictures|selfies ..2 first|of_you|of_u|for_my_page|for_the_page|for_my_account',
    ],
    unless: ['prom|dress|wedding|costume|haircut|hair|nails|bestie|sis|girl|omg|mom|mum|grandma|grandad|granddad|grandpa|granny|nan|nana|nanna|gran|auntie|aunty|uncle|jumper|jumpers|sweater|cardigan|team|jersey|graduation|beach|pool|dog|cat|puppy|baby|spa|hotel|ad|store|shop|listing|item|product|order|the_trip|vacation|passport|id|application|form'],
    examples: {
      match: ['send us a pic babe', 'go on send us one x', 'u should send me a pic of ur uniform, bet u look cute in it', 'take a pic after, with just the towel lol', 'i could help u get famous, just need some pics first for my page'],
      ignore: ['send us a pic of the dog x', 'send me a pic of ur prom dress, bet u look amazing', 'send a pic of the dog with just the towel lol', 'need some pics first for the listing'],
    },
  },
  {
    id: 'see-you-on-video',
    weight: 2,
    phrases: [
      'see|show ..2 what|how you|u look|looking ..1 like ..1 right_now|rn|now|atm|today|tonight',
      'send|give|show me your|ur photo|picture|pic|foto|selfie|face_pic',
      'video_call|videocall|facetime|vc|cam|video_chat|call ..4 only|just you|u and|n me',
      'you|u on|in cam|camera|facetime|video|vc yet',
      'send|show|give [me] proof|pic_proof|picture_proof|photo_proof',
      'see your|ur face ..2 on|in|over video|@cam|facetime|call|live|vc',
      'go|get live|on_live|on_cam|on_camera|on_video for me',
      'video|facetime|ft|vc|cam ..5 make_sure|prove|know|check|see_if ..3 real|its_you|really_you|not_fake|not_a_fake|not_a_catfish',
      'quick|short|little|lil vid|video|clip ..3 saying|say|of_you_saying hi|hello|my_name|hey',
      'shy ..4 send|show|one_pic|just_one|snap|cam|turn_on|pic|selfie',
      'pics|photos|ones|selfies|pictures ..3 you|u ..1 did_not|dont|do_not|never|do_not_ever post|posted|put_up|share|show_anyone',
      'selfie|pic|photo|video would|will|could ..1 make my day|night|week|morning',
    ],
    unless: ['advice|rant|vent|spill|tea|drama|gossip|help|hw|study|studying|quiz|test|yearbook|passport|form|badge|application|roster|receipt|payment|paid|venmo|transfer|screenshot|homework|hw|grade|ticket|tickets|class|lesson|meeting|teacher|interview|doctor|appointment|grandma|grandpa|mom|mum|dad|aunt|uncle|family|birthday|bday|party|wedding|dog|cat|puppy|kitten|baby|trip|vacation|holiday|food|cake|dress|prom|haircut|homework|project|team|group|gc|cringe|ugly|embarrassing|lol|haha|lmao|bestie|sis|bro|stage|recital|presentation|concert|show|speech', 'tryout|tryouts|trials|scrim|scrims|anticheat|anti_cheat|hands_and_monitor|hands_and|your_setup|ur_setup|setup|proctor|exam'],
    examples: {
      match: ['can i see what u look like rn?', 'you can send me your photo? i want to know you more', 'ok we do video call now, only you and me', 'u on cam yet?', 'what r u wearing? send proof 📸', 'i just wanna see ur face on video, 2 min', 'go live for me', 'can we video call? i wanna make sure ur real', 'send a quick vid saying hi so i know its u', 'u shy? just one pic', 'dont be shy send a pic', 'got any pics u dont post?', 'a selfie would make my day 🥺'],
      ignore: ['we should facetime tonight, just u and me, i need advice about jake', 'send me your photo for the yearbook page', 'send proof u paid lol', 'send proof u did the hw', 'dont be shy on stage at the recital', 'grandma wants to see ur face on video for her birthday', 'got any pics u dont post? the cringe ones lol', 'go live for me at the concert so i can watch', 'we do a cam check so we know its u playing, just hands and monitor, parents can sit in'],
    },
  },
  {
    id: 'again-without-the-hoodie',
    phrases: [
      'again|this_time|next_time|one_more|another|now ..4 without|with_no|minus|no the|your|ur|that|a|those hoodie|shirt|top|jumper|sweater|clothes|bra|pants|jeans|shorts|skirt|towel|tshirt|t_shirt|blanket',
    ],
    unless: ['dance|dancing|tiktok|routine|choreo|video_for|for_the|logo|print|jersey|uniform|costume|filter|glasses|hat|cap|mask|makeup|dog|cat|puppy|baby|doll|mannequin|model_kit|lego|painting|drawing|art|game|skin|avatar|character|sims|store|shop|listing|order|size|return|laundry|washing|wash|lol_jk'],
    examples: {
      match: ['can u do it again but without the hoodie', 'send another one but without the hoodie', 'now one without ur top'],
      ignore: ['do the dance again but without the hoodie so we see the moves for the tiktok', 'draw it again but without the hat', 'send another pic of the jersey without the logo'],
    },
  },
  {
    id: 'send-the-real-ones',
    weight: 2,
    phrases: [
      'already sent|showed|send ..4 whats|what_is one more|another',
      'send|show me the|some real ones|real_pics|real_ones|real_pic|real_one',
      'send|show [me] the|that|those pic|pics|vid|video|videos|nudes ..2 or|or_else|unless',
      'a|one|some spicy|naughty|dirty|cheeky|sexy|risky|saucy one|ones',
      'want|need|want_to ..2 pic|pics|vid|video|videos|photo|photos|selfie|clip ..2 of you|u ..3 in|wearing your|ur|just|only pjs|pajamas|pyjamas|nightie|towel|underwear|bra|bikini|swimsuit|bed|shower|undies',
    ],
    unless: ['meme|memes|homework|notes|trip|vacation|holiday|party|concert|game|match|dog|cat|puppy|baby|food|pizza|curry|wings|ramen|chips|sauce|burger|taco|pepper|peppers|menu|order|recipe|drink|drinks|candle|movie|song|book|show|listing|item|receipt|ticket|tickets|team|class|group|project|sleepover|pajama_day|pj_day|spirit_week|costume|lol_jk'],
    examples: {
      match: ['u already sent one so whats one more', 'send me the real ones', 'send me the pic or im done for good', 'u know 😏 a spicy one', 'just want a vid of u dancing in ur pjs'],
      ignore: ['i ordered a spicy one, the wings were fire', 'send me the pics or i forget to post them for the team page', 'want a pic of u in ur pjs for the pajama day slideshow'],
    },
  },
  {
    id: 'take-it-off-and-send',
    phrases: [
      'take|pull off your|ur socks|shoes|shirt|top|hoodie|jumper|sweater|pants|shorts|skirt|dress|bra|tights|leggings|jeans ..4 send|show|pic|photo|video|cam|snap',
      'dare ..6 take_off|without|feet|socks|shirt|bra|underwear|naked|shower|in_bed|pjs|lick|boobs|chest|your_body|ur_body',
      'pic|pics|photo|photos|video|videos ..2 of your|ur feet|toes|foot|soles',
    ],
    unless: ['swelling|trainer|coach|physio|ankle|x_ray|xray|ice|doctor|nurse|podiatrist|injury|injured|sprain|sprained|swollen|bruise|blister|cast|rash|mud|muddy|dirt|dirty_shoes|shoe|shoe_size|sneaker|sneakers|size|laundry|washing|wet|rain|beach|sand|pool|sunburn|tan|tattoo|nails|pedicure|lol_jk|spin_the_bottle_app|dog|cat|puppy|baby'],
    examples: {
      match: ['dare: take off ur socks and send a pic of ur feet 😏', 'take off ur hoodie and send a pic', 'can u send a pic of ur feet'],
      ignore: ['send a pic of ur feet so the nurse can see the blister', 'take off ur shoes and send a pic of the mud lol', 'dare: send a pic of ur ugliest face'],
    },
  },
  // round 7 (en-tg): "send a selfie to prove ur real", the request before the reason
  {
    id: 'pic-to-prove-real',
    phrases: [
      'send|take|snap|show ..4 selfie|selfies|pic|pics|photo|picture|video|vid|face_pic|face ..5 prove|show|know|make_sure|check|see_if ..3 real|not_fake|not_a_fake|not_a_catfish|not_catfish|not_a_bot|its_you|really_you|who_you_say|youre_real|you_are_real|your_real',
      'send|take|snap ..4 selfie|selfies|pic|pics|photo|face_pic|video|vid ..6 fake|fakes|catfish|catfishes|catfishing|catfishers|catfisher|bots|scammers|fake_account|fake_accounts|fake_profiles',
      'too many|so_many|lots_of|alot_of|a_lot_of|all_these|all_the fakes|catfish|catfishes|catfishers|bots|scammers|fake_accounts|fake_profiles ..6 send|selfie|pic|photo|face_pic|cam|facetime|video|vc',
    ],
    unless: ['id|id_card|passport|license|licence|bank|verification_code|receipt|ticket|tickets|homework|project|scam|scams|news|article|warning|never_send|do_not_send|concert|order|package|delivery|grandma|grandpa|teacher|class|school_id|account_recovery|support|customer|lol_jk|prank|charity|fundraiser|dog|cat|puppy|bag|bags|designer|shoes|sneakers|jersey|money|cash|bill|dollar*|painting|art|signature|autograph|card|cards|item|listing|sale|safe|home_safe|got_home|made_it|followers|giveaway|review|reviews|tag|tags|label|labels|stitching|serial|box|authentic|legit_check|barcode|logo'],
    examples: {
      match: ['send a selfie to prove ur real, lots of fakes on here', 'take a pic holding ur phone so i know its really u', 'send a face pic first, too many catfish on here', 'too many bots on here, hop on cam so i know', 'snap me a selfie to show ur not a catfish'],
      ignore: ["can u send a pic of the tag, want to check its real", 'send me a pic of the bag to prove its real, not a fake designer', 'send a selfie so i know ur home safe', 'news says catfish accounts ask u to send a selfie, its a scam', 'send a pic of the signed jersey to prove its real', 'too many fake accounts on here, report them and dont send anything'],
    },
  },
  {
    id: 'video-w-me',
    phrases: [
      'go|get|hop|jump|come on @cam|video|vc|call ..2 w_me|wit_me|wid_me|w_me_right_now|w_me_now',
      'go|get|hop|jump|come on @cam|video|vc|call ..2 with|w me ..3 just_us|just_you_and_me|only_us|alone|privately|just_u_and_me|no_one_else',
    ],
    unless: ['class|lesson|lecture|meeting|everyone|everybody|guys|team|teacher|presentation|interview|stream|game|minecraft|fortnite|roblox|valorant|ranked|squad|duo|homework|study|studying|project|grandma|grandpa|nana|mom|mum|dad|aunt|uncle|cousin|family|birthday|bday|spill|tea|rant|vent|drama|what_happened'],
    examples: {
      match: ['nice, go on video w me, just us 😊', 'hop on cam w me rn', 'get on facetime with me, just us'],
      ignore: ['hop on vc w me for ranked', 'go on video w grandma for her bday', 'get on facetime w me i need to tell u what happened, its tea'],
    },
  },
  {
    id: 'send-something-that-disappears',
    phrases: [
      'send|snap|show [me] something|smth|sth|somethin|one|a_pic|pics|it|a_photo|a_video|a_selfie ..4 disappear*|vanish*|deletes|delete_itself|deletes_itself|view_once|one_time|wont_save|will_not_save|cant_save|can_not_save|cant_screenshot|can_not_screenshot|no_one_will_see|nobody_will_see',
      'send|snap|show ..3 on|with|via|over @app ..3 it|they|pics|snaps|photos|everything ..1 disappear*|deletes|delete|vanish*|gone',
    ],
    unless: ['homework|notes|answers|meme|memes|grade|grades|report_card|link|password|code|address|schedule|test|quiz|exam|bday|birthday|party|screenshot_this|group|class|team|project|recipe|receipt'],
    examples: {
      match: ['send me something on there that disappears 😏', 'u should send one on snap it deletes anyway', 'snap me something that disappears, nobody will see', 'just send a pic that vanishes after'],
      ignore: ['send it on snap so it disappears, i dont want my mom seeing my grades', 'send the answers on snap so they disappear lol', 'send me the link, the story disappears tomorrow'],
    },
  },
  {
    id: 'pic-of-body-part',
    phrases: [
      'send|show|snap [me] a|some|one|more|another ..1 pic|pics|photo|photos|picture|pictures|video|videos|selfie|selfies|close_up ..1 of ..1 your|ur|those|ya legs|thighs|booty|butt|ass|boobs|lips|hips|chest|tummy|belly|bum|curves|abs|body',
    ],
    unless: ['doctor|nurse|injury|injured|cast|sprain|sprained|swollen|bruise|rash|cut|scar|stitches|shoes|sneakers|socks|tattoo|tan|sunburn|physio|trainer|coach|form|technique|cake|food|drawing|art|painting|dog|cat|puppy|horse|chicken|turkey|frog|crab|table|chair|sofa|couch|piano|car|bike|lol_jk|sculpture|statue|costume|makeup|lipstick|lip_gloss|gloss|filler|bite|bug_bite|bites|mosquito|x|ray|x_ray|xray|scan|mri|surgery|hospital|heart|lungs|ultrasound'],
    examples: {
      match: ['send me a pic of ur legs', 'show me a pic of your tummy', 'send a close up of ur lips 😘'],
      ignore: ['send a pic of ur legs so the doctor can see the rash', 'send me a pic of ur lips with the new lip gloss', 'send a pic of the bug bites on ur legs', 'show me a pic of your chest x ray'],
    },
  },
  {
    id: 'compliment-then-pic',
    phrases: [
      'you|u|your|ur ..3 pretty|cute|hot|gorgeous|beautiful|sexy|fine|stunning|peng|cutie ..6 send|show|snap [me|us] ..3 pic|pics|selfie|selfies|photo|photos|fit_check|fitcheck|outfit_check|video|vid|one|more|face|yourself|urself',
      'fit_check|fitcheck|outfit_check ..3 babe|baby|cutie|gorgeous|beautiful|sexy|princess|for_me|just_for_me|only_for_me|babygirl|hun|hon',
    ],
    unless: ['bestie|bff|sis|bro|girl|girlie|ily|omg|prom|dress|wedding|party|formal|dance|homecoming|mall|shopping|store|haircut|hair|nails|makeup|mom|mum|dad|grandma|grandpa|dog|cat|puppy|kitten|baby_photo|baby_pics|team|class|group|haha|lmao|lol|post|posting|story|yearbook|costume|cake|drawing|art|room|house|car|sunset|view|trip|vacation|holiday'],
    examples: {
      match: ['ur lowkey so pretty fr, send me a fit check pic rn 👀', 'u r so cute, send me a selfie', 'ur so hot, show me more', 'send a fit check babe', 'ur gorgeous, snap me one'],
      ignore: ['ur so pretty bestie send me a pic of the dress', 'u look so cute, send me the pic from prom', 'send me a fit check for the party tonight', 'ur dog is so cute send me more pics of him', 'ur so pretty in that pic, can i post it on my story'],
    },
  },
  {
    id: 'one-of-you',
    weight: 1,
    phrases: [
      'send|snap [me] one|1 of you|u|yourself|urself',
      'send|snap [me] a|one cute|pretty|hot|nice|new one|pic|selfie',
      'let|let_me me see you|u [properly|better|clearly|right_now|now|again|up_close]',
    ],
    unless: ['glasses|tomorrow|later|tonight|weekend|at_the|after_school|before_school|in_person|at_school|irl|haircut|hair|nails|homework|notes|cast|tattoo|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|art|drawing|project|passport|trip|vacation|holiday|team|group|yearbook|meme|memes|game|match|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|of_the|from_the|with_the|and_the|grandma|grandpa|mom|dad|sticker|stickers|gif|emoji|card|cards|song|link|video_of|tiktok'],
    examples: {
      match: ['send me one of u', 'send me a cute one', 'lemme see u', 'let me see you properly'],
      ignore: ['send me one of u and the dog', 'send me a cute one from the trip', 'lemme see u at the party tonight', 'send me a cute sticker'],
    },
  },
  {
    id: 'room-tour-and-cam-please',
    weight: 2,
    phrases: [
      'show|tour|give_me_a_tour_of|see ..3 your|ur room|bedroom|bed ..3 on|over|in @cam|video|facetime|vc|call|camera',
      'cam|camera|webcam|video on ..1 please|pls|plz|babe|baby|cutie|for_me',
      'just|only cam|camera|video|show_your_face ..3 no_need_to_talk|no_talking|dont_talk|do_not_talk|no_audio|no_sound|muted|mute|dont_have_to_talk|do_not_have_to_talk',
      'no need ..1 to talk ..3 just|only cam|camera|video|show|look',
      'pic|pics|photo|photos|selfie|selfies|video ..3 in|wearing [your|ur] school_uniform|uniform_skirt|school_skirt',
      'wear ..3 skirt|dress|bikini|crop_top|shorts|something_tight|something_short|something_sexy|something_cute|something_revealing|less|tight ..3 on|for @cam|video|facetime|call|vc',
    ],
    unless: ['class|lesson|lecture|meeting|everyone|everybody|guys|team|teacher|presentation|interview|stream|game|minecraft|fortnite|roblox|obs|zoom_link|attendance|doorbell|security|dashcam|battery|settings|broken|working|fix|grandma|grandpa|nana|mom|mum|dad|aunt|uncle|first_day|yearbook|school_photo|photo_day|picture_day|decor|decorating|redecorated|redid|new_room|paint|painted|furniture|ikea|dog|cat|puppy|kitten|lol|haha|lmao|bestie|sis|party|prom|dance|wedding|funeral|church|interview|job|matches|if_mine|mine_matches|compare|same_one|slides|slide|screen|screenshare|share_screen|study|studying|notes|together|tie|forgot|which|painting|paint|finish|finished|build|setup|desk'],
    examples: {
      match: ['show me ur room on cam', 'give me a tour of ur room on facetime', 'cam on pls', 'can we vc? no need to talk, just cam', 'send me a pic in ur school uniform', 'u should wear a skirt next time on cam'],
      ignore: ['show me ur room on facetime, i wanna see how u redecorated', 'cam on pls everyone, attendance', 'send a pic in ur school uniform for grandma, first day!', 'wear a dress for the zoom meeting with grandma', 'cam on pls, we need to see the slides', 'show me ur room on cam, did u finish painting it'],
    },
  },
  {
    id: 'verify-with-a-selfie',
    phrases: [
      'verify|confirm|prove ..3 with|using|by_sending|by_taking|via|send ..1 a|your|ur|one selfie|pic|photo|face_pic|video|face',
      'just need|got_to|have_to ..2 you|u ..2 verify|confirm ..3 selfie|pic|photo|face|video|cam',
    ],
    unless: ['id|id_card|passport|license|licence|bank|verification_code|app|settings|official|support|customer|account_recovery|recovery|yubo|bumble|tinder|instagram_support|meta|school_id|scam|scams|news|article|warning|never|do_not|dont|teacher|class|order|package|delivery|receipt|ticket|tickets|homework|project|dog|cat|puppy|kitten|pet|lol|haha|lmao|insurance|appointment|dental|dentist|clinic|doctor|surgery|pharmacy|prescription|patient|hospital|optician|orthodontist|reminder|reply_c|reply_y|reply_yes'],
    examples: {
      match: ['I can give you 10k robux, just need you to verify with a selfie', 'confirm with a face pic and the vbucks are yours', 'prove it by sending a selfie'],
      ignore: ['Reminder: your appointment is tomorrow. Reply C to confirm. Please send a photo of your insurance card before the visit.', 'the app asks u to verify with a selfie in settings, its official', 'never verify with a selfie for a stranger, its a scam', 'verify with a photo of your school id', 'prove ur real lol send a pic of ur cat'],
    },
  },
  // round 7 (en-tg): slang requests ("drop a selfie", "u got a pic rn"), pjs/towel ones without "of you"
  {
    id: 'drop-a-selfie',
    weight: 1,
    phrases: [
      'drop|post|throw [me] a|an|some|one|ur|your selfie|selfies|pic|pics|face_pic|face_reveal ..2 [right_now|now|fr|please|for_me|here|in_my_dms|in_dms]',
      'you|u got|have [a|any] pic|pics|selfie|selfies right_now|now|of_you_right_now|atm',
    ],
    unless: ['gc|group_chat|groupchat|group|class|team|server|channel|thread|story|challenge|contest|meme|memes|party|trip|prom|dog|cat|puppy|baby|yearbook|homework|outfit|dress|haircut|sunset|view|food', 'or_i|or_ill|or_i_will|i_will_post|ill_post|scam|someone_dmed|someone_messaged|threatening|threatened'],
    examples: {
      match: ['drop a selfie', 'u got a pic rn?', 'drop a pic in my dms'],
      ignore: ["someone dmed me 'pay me 100 or i post ur pics' is this a scam", 'drop a selfie in the gc for the challenge', 'u got a pic of the homework rn?'],
    },
  },
  {
    id: 'one-in-your-pjs',
    phrases: [
      'send|snap|take [me] one|1|a_pic|a_selfie|a_photo|some|a_vid|a_video ..1 in [your|ur|just|only|a] pjs|pajamas|pyjamas|towel|underwear|bra|bikini|swimsuit|lingerie|boxers|undies|nightie|sports_bra',
      'i want|want_to|need|would_love to see that|your|ur body|booty|figure|bod',
      'show|send me those|them|that legs|thighs|curves|booty|body|abs',
    ],
    unless: ['costume|halloween|party|sleepover|pajama_day|pajama_party|pj_day|spirit_week|spirit_day|team|uniform|jersey|trip|vacation|hotel|grandma|grandpa|mom|mum|dad|baby|dog|cat|puppy|kitten|lol|haha|lmao|doctor|rash|sunburn|cast|injury|store|shop|size|order|listing|return|fit|fits|new|bought|painting|drawing|art|car|bike|workout|gym|progress|coach|trainer|body_of|of_work|portfolio|work|gallery|leg_day|legs_day|day_results|results'],
    examples: {
      match: ['send one in ur pjs', 'i wanna see that body', 'show me those legs'],
      ignore: ['send one in ur pjs for pajama day lol', 'send one in the new bikini, does it fit?', 'i wanna see that body of work, the art show was amazing', 'show me those legs day results, coach said u improved'],
    },
  },
  // round 7 (en-tg): common misspellings and non-native wording (the normaliser does not fix typos)
  {
    id: 'typos-and-non-native',
    weight: 1,
    phrases: [
      'sned|snd|sendd|semd|sen|snedd|sedn [me] [a|an|some|ur|your|one] pic|pics|photo|photos|vid|video|selfie|selfies|foto|fotos|pik',
      'i [really] want|want_to|need to c|see you|u',
      'i want|need see you|u|your_face|ur_face|your_body|ur_body|your_photo|ur_photo|more',
      'please|pls you send me|your ..2 photo|photos|pic|pics|picture|pictures|selfie|foto',
      'open|on|turn_on|start your|ur camra|camara|cemera|kamera|camira|webcm|cammera',
    ],
    unless: ['glasses|tomorrow|later|homework|notes|cast|tattoo|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|art|drawing|project|passport|trip|vacation|holiday|team|group|yearbook|meme|memes|game|match|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|of_the|from_the|grandma|grandpa|mom|dad|at_the|irl|in_person|at_school|soon|tonight|weekend|next_week|class|lesson|meeting|settings|broken|scan|qr'],
    examples: {
      match: ['sned me a pic', 'i wanna c u', 'why you not reply? i want see you', 'please you send me your photo', 'plz open ur camra'],
      ignore: ['sned me a pic of the homework', 'i wanna c u at the party', 'i want see you tomorrow at school'],
    },
  },
  {
    id: 'voice-note-requests',
    weight: 2,
    phrases: [
      'voice_note|voice_notes|voice_message|voice_memo|vn|voice_msg|audio|voice ..4 saying|say|says|moan|moaning|whisper|whispering|breathing|cute_voice|sexy_voice|in_a_cute|in_a_sexy ..2 my_name|my|name|me|voice|something',
      'send|record ..3 voice_note|voice_message|voice_memo|vn|audio ..4 moan|moaning|whisper|whispering|breathing|sexy|cute_voice|in_bed',
    ],
    unless: ['teacher|class|homework|project|assignment|spanish|french|german|language|pronounce|pronunciation|practice|choir|song|sing|singing|audition|podcast|presentation|grandma|grandpa|mom|mum|dad|birthday|bday|happy_birthday|voicemail|the_recording|for_the|lol|haha|lmao|bestie|sis|bro|dog|cat|puppy|baby'],
    examples: {
      match: ['send a voice note saying my name', 'send me a voice message in a cute voice', 'record a vn whispering something for me'],
      ignore: ['send a voice note saying happy birthday to grandma', 'send me a voice message saying the spanish words so i can practice'],
    },
  },
  {
    id: 'pic-you-were-going-to-send',
    phrases: [
      'pic|pics|photo|photos|video|vid|vids|videos|selfie|selfies|one ..3 you|u [were|was|said] going_to|gonna|would|will|promised_to ..1 send|show|take|snap',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|dog|cat|puppy|kitten|homework|notes|project|meme|memes|car|bike|house|room|item|listing|menu|recipe|song|tiktok|link|funny|lol|haha|lmao|team|class|group|album|trailer|movie|show|drawing|art|cake|outfit|dress|haircut|nails|receipt|ticket|tickets|screenshot|sunset|view|grandma|grandpa|mom|mum|dad|baby|food|beach'],
    examples: {
      match: ['u still have that pic u were gonna send me', 'wheres the video u said u would send', 'send the selfie u promised to send'],
      ignore: ['u still have that pic u were gonna send me from the party?', 'send the video of the dog u said u would send lol'],
    },
  },
  // round 8 (en-eg): "u got a pic of urself?", "wanna see who im talking to", "if u send me a couple pics"
  {
    id: 'pic-of-yourself-question',
    weight: 2,
    phrases: [
      'you|u got|have [a|any|some] pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video|videos of you|u|yourself|urself|your_self|ya_self|yaself',
      'see who|what i_am|im|iam ..1 talking|talkin|gaming|playing|chatting|texting|speaking|dealing ..1 to|with|w|wit',
      'if you|u sent|send|snapped|showed [me] a|some|one|any pic|pics|picture|photo|photos|selfie|video of yourself|urself|you|u',
      'if you|u send|snap|show me ..2 a|some|couple|few|any|more|one|ur|your pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|vid|vids',
    ],
    unless: ['glasses|haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|art|drawing|painting|project|passport|license|id|trip|vacation|holiday|team|class|group|yearbook|meme|memes|screenshot|bike|car|house|room|item|listing|sale|receipt|menu|food|concert|game_night|match|roster|lineup|lobby|squad|tournament|server|bracket|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|of_the|from_the|of_my|from_my|of_it|of_them|of_that|never_send|do_not_send|should_not_send|scam|news|grandma|grandpa|mom|mum|dad|aunt|uncle|support|customer|order|package|delivery|damage|condition'],
    examples: {
      match: ['It would mean a lot to me if you sent a picture of yourself', 'added. u got a pic of urself? wanna see who im gaming with', 'do u have a photo of yourself', 'i just wanna see who im talking to', 'let me see who i am chatting with first', 'if u send me a couple pics ill send u the code'],
      ignore: ['u got a pic of the homework?', 'if u send me the pics from the trip ill make the album', 'do u have a pic of urself as a baby for the yearbook', 'if u send me a pic of the damage ill get the order replaced', 'who r u talking to? i wanna see who im gaming with tonight for the class tournament'],
    },
  },
  // round 8 (en-eg): "do a lil video for me", "private stream just for me", "cam on, no one else watching"
  {
    id: 'video-just-for-me',
    phrases: [
      'do|make|film|record|shoot [me] [a|an|one|some] [little|lil|quick|short|cute|private|special|small|lil_private] video|videos|vid|vids|clip|clips|dance|show|stream|livestream|live ..3 for me|just_for_me|only_for_me|for_my_eyes|for_my_eyes_only',
      'private|personal|secret|exclusive [video|cam|webcam|photo] stream|show|live|livestream|session|cam_show|cam|shoot ..3 just|only|for|with me|us|for_me|just_me|only_me|just_us|with_me',
      'do|make|film|record|send [me] [a|an|one|some] private|secret|special|exclusive|personal video|videos|vid|vids|clip|clips|stream|show|livestream',
      '@cam|camera|webcam|video on ..3 no_one|nobody|noone|no_body else|else_watching|else_will_see|watching|will_see|can_see',
      'no_one|nobody|noone else ..1 watching|will_see|can_see|gets_to_see|has_to_see|needs_to_see ..3 just|only me|us',
    ],
    unless: ['project|class|lecture|school|homework|assignment|channel|youtube|edit|editing|wedding|birthday|bday|grandma|grandpa|mom|mum|dad|aunt|uncle|shoutout|shout_out|review|tutorial|how_to|recipe|dog|cat|puppy|game|gameplay|minecraft|fortnite|roblox|speedrun|build|lol|haha|lmao|of_the|of_my|of_it|of_that|of_this|concert|match|recital|choreo|choreography|routine|presentation|rehearsal|practice|security|doorbell|baby_monitor|pet_cam|petcam|nanny|subscriber|subscribers|subs_only|patreon|discord_server|members|mods|moderators'],
    examples: {
      match: ['just do a lil video for me on facetime, like dancing or whatever', 'would u do a private stream just for me? cam on, no one else watching', 'do a private video', 'Would you be comfortable doing a private video session with me?', 'make a short video just for me', 'private show for me tonight?', 'nobody else watching, just me'],
      ignore: ['can u do a video for me for the class project', 'make a short video for me of the dog lol', 'private stream for subscribers only tonight', 'do a dance for me at the wedding haha', 'record a video for me of the lecture pls'],
    },
  },
  // round 8 (en-eg): feet close-ups, "send 3 more"
  {
    id: 'feet-and-close-ups',
    phrases: [
      'send|show|snap|take|get ..4 pic|pics|picture|pictures|photo|photos|close_up|closeup|close_ups|video|videos|vid|selfie ..2 of ..1 your|ur|ya|those feet|toes|foot|soles',
      'close_up|closeup|close_ups|zoom|zoomed ..3 of ..1 your|ur|ya feet|toes|lips|legs|thighs|chest|butt|booty|body',
      'feet|foot|toe pic|pics|photos|pictures|videos|vids|content',
    ],
    unless: ['doctor|nurse|injury|injured|blister|blisters|swollen|swelling|coach|trainer|ankle|knee|ice|physio|pt|sprain|sprained|broken|bruise|bruised|rash|cut|wart|verruca|fungus|cast|shoes|sneakers|trainers|socks|sandals|heels|boots|slides|size|sizing|pedicure|polish|tattoo|x_ray|xray|physio|podiatrist|sunburn|tan|lipstick|lip_gloss|gloss|lip_balm|makeup|dog|cat|puppy|baby|scam|news|never|do_not|creeps|creep|report|lol|haha|lmao|bug_bite|bites|sting|splinter'],
    examples: {
      match: ['can u send a close up of ur feet? ill pay u 20 on venmo', 'send me pics of your toes', 'i want a closeup of ur lips', 'u sell feet pics?'],
      ignore: ['send a pic of ur feet so the doctor can see the blister', 'send me a pic of ur feet in the new sneakers', 'some creep asked me for feet pics lol i blocked him', 'send a close up of ur lips with the new gloss'],
    },
  },
  {
    id: 'send-n-more',
    weight: 1,
    phrases: [
      'send|snap|give [me] # more ..1 pics|pictures|photos|vids|videos|nudes|selfies|of_you|or|before|by|now|right_now',
    ],
    unless: ['pick_it_up|for_sale|still_available|trip|vacation|holiday|party|wedding|concert|game|match|birthday|bday|prom|graduation|yearbook|dog|cat|puppy|kitten|pet|homework|notes|project|slides|slide|examples|example|questions|answers|pages_of|page_of|paragraphs|words|meme|memes|car|bike|house|room|item|product|listing|sale|group|album|baby|food|cake|art|drawing|sunset|view|beach|team|haircut|hair|nails|outfit|dress|of_it|of_that|of_the|links|link|emails|invites|applications|forms|lol|haha|lmao|bucks|dollars|quid|money|cash|robux|vbucks'],
    examples: {
      match: ['you got 10 min to send 3 more or everything goes on ur page', 'send 2 more pics now'],
      ignore: ['send 3 more slides before 8 or we fail', 'send 2 more pics of the bike', 'send 5 more bucks for the pizza'],
    },
  },
  // round 8 (en-eg): "send another one like last night"
  {
    id: 'another-like-last-time',
    phrases: [
      'send|snap|show|do|take [me] another|more|one_more|1_more|another_one ..2 like|same_as|just_like|as_good_as ..2 last_night|yesterday|last_time|before|the_last_one|the_other_one|the_other_day|the_one_you_sent|the_ones_you_sent|that_one|those_ones|last_week',
    ],
    unless: ['meme|memes|tiktok|reel|video_of_the|song|playlist|link|recipe|cake|cookies|food|dog|cat|puppy|kitten|baby|sunset|view|trip|vacation|holiday|party|concert|game|match|homework|notes|drawing|art|painting|sketch|edit|edits|design|logo|beat|beats|track|mix|story|chapter|essay|lol|haha|lmao|screenshot|receipt|listing|item|car|bike'],
    examples: {
      match: ['send another one like last night', 'snap me one more like yesterday 😏', 'do another like the one u sent'],
      ignore: ['send another meme like last night lol', 'do another drawing like the last one, it was so good'],
    },
  },
  // round 8 (en-eg): "can i get a selfie"
  {
    id: 'can-i-get-a-selfie',
    weight: 2,
    phrases: [
      'can|could|may i get|have|grab [a|an|one|some|ur|your|another] selfie|selfies|pic|pics|picture|photo|face_pic|face_reveal|mirror_pic|mirror_selfie ..1 [please|pls|rn|right_now|now|babe|cutie]',
    ],
    unless: ['glasses|haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|costume|jersey|uniform|cake|dog|cat|puppy|kitten|pet|art|drawing|painting|project|passport|license|id|trip|vacation|holiday|team|class|group|yearbook|meme|memes|screenshot|bike|car|house|room|item|listing|sale|receipt|menu|food|concert|game|match|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|of_the|from_the|of_my|from_my|of_it|of_them|of_that|with_you|with_u|w_you|w_u|together|of_us|at_the|tomorrow|later|tonight|after|signed|autograph|grandma|grandpa|mom|mum|dad|aunt|uncle|order|package|delivery|lol|haha|lmao'],
    examples: {
      match: ['can i get a selfie', 'could i have a pic pls', 'can i get a face pic babe'],
      ignore: ['can i get a pic with u at the concert', 'can i get a pic of the notes', 'can i have a selfie with u tomorrow lol'],
    },
  },
  // round 8 (en-eg): "put ur face on cam"
  {
    id: 'face-on-cam',
    phrases: [
      'put|show|get|stick your|ur face|body|self|whole_body|full_body on|in|into @cam|video|camera|screen|call',
      'answer|pick_up|accept|join ..3 cam|camera|webcam|video on',
      'pic|pics|photo|photos|picture|video|vid ..6 so|then i can picture|imagine|see you|u ..1 there|in_it|in_bed|in_there|in_your_room|in_ur_room|lying_there|laying_there',
      'cam|camera|webcam on ..1 quick|now|rn|right_now|asap|real_quick|for_me',
    ],
    unless: ['class|lesson|lecture|meeting|everyone|everybody|guys|team|squad|gc|group|teacher|presentation|interview|stream|game|minecraft|fortnite|roblox|obs|zoom|attendance|settings|filter|filters|snap_filter|lens|avatar|vtuber|tracking|face_tracking|grandma|grandpa|nana|mom|mum|dad|aunt|uncle|lol|haha|lmao|thumbnail|youtube|tiktok|vlog'],
    examples: {
      match: ['send a pic of ur room so i can picture u there', 'put ur face on cam', 'show ur body on camera for me', 'ok answer quick, cam on', 'cam on rn'],
      ignore: ['put ur face on cam for attendance pls', 'put ur face on cam, the face tracking filter is so funny lol'],
    },
  },
  // round 8 (en-eg): UK "send us one", non-native "share your photo on whatsapp", "let me see u in ur uniform"
  {
    id: 'send-us-one-share-your-photo',
    weight: 2,
    phrases: [
      'send|snap|show us [a|one|1|another] one|pic|selfie|photo|vid|video|piccy|snap ..1 [babe|hun|love|darling|then|yeah|of_you|of_u|of_yourself|of_urself]',
      'share|give ..1 your|ur photo|photos|pic|pics|picture|pictures|selfie|selfies|face|video ..3 on|in|via|to|with|through me|@app|dear|please|pls|baby|babe',
      'send|snd|sen|sent me [a|your|ur|one|1] foto|fotos|photo|pic|pics|pix ..1 please|pls|dear|baby|babe|now|right_now|jaan|na',
    ],
    unless: ['glasses|haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|costume|jersey|cake|dog|cat|puppy|kitten|pet|art|drawing|painting|project|passport|license|id|trip|vacation|holiday|team|class|group|gc|group_chat|yearbook|meme|memes|screenshot|bike|car|house|room|item|listing|sale|receipt|menu|food|concert|game|match|party|wedding|prom|baby|sunset|view|outfit|dress|shoes|of_the|from_the|of_my|from_my|of_it|of_them|of_that|of_this|grandma|grandpa|nan|nana|gran|grandad|granddad|granny|nanna|auntie|aunty|jumper|jumpers|sweater|cardigan|mom|mum|dad|aunt|uncle|order|package|delivery|lol|haha|lmao|link|code|postcode|address|results|ticket|tickets|invite|land|landed|safe|arrive|arrived|get_there|got_there|made_it|home_safe|so_we_know|so_we_can_see'],
    examples: {
      match: ['send me foto pls', 'go on send us one', 'send us a pic babe', 'please share your photo on whatsapp', 'share ur pic with me dear'],
      ignore: ['send us a pic of the menu', 'share your photo in the gc for the yearbook', 'send us the link lol'],
    },
  },
  {
    id: 'see-you-in-your-uniform',
    phrases: [
      'let|let_me|wanna|want_to|i_want_to|i_wanna|can_i|would_love_to|love_to|dying_to|id_love_to ..1 see you|u in ..1 your|ur|a|just|only|that|those uniform|dress|school_uniform|pjs|pajamas|pyjamas|bikini|swimsuit|underwear|towel|bra|shorts|skirt|leggings|nightie|lingerie|undies|boxers|swim_suit|bathing_suit|tight',
    ],
    unless: ['first_day|photo_day|picture_day|grandma|grandpa|nan|nana|gran|mom|mum|dad|aunt|auntie|uncle|tomorrow|at_school|game|match|graduation|prom|party|wedding|bridesmaid|formal|dance|homecoming|hoco|quinceanera|quince|church|funeral|interview|costume|halloween|play|musical|recital|show|lol|haha|lmao|bestie|sis|team|jersey|kit'],
    examples: {
      match: ['let me see u in ur uniform', 'i wanna see u in a bikini', "I'd love to see you in that dress you mentioned"],
      ignore: ['let me see u in ur uniform, first day!! love nan', 'i wanna see u in ur uniform at the game tomorrow'],
    },
  },
  // round 8 (en-eg): "let me see that booty", "record urself dancing in ur room"
  {
    id: 'let-me-see-that-body',
    phrases: [
      'let|let_me|wanna|want_to|need_to|got_to|can_i|could_i [me] see that|your|ur|those|them booty|body|bod|ass|butt|boobs|tits|curves|figure|thighs|cleavage|bulge',
      'record|film|tape|video yourself|urself|your_self|ya_self ..2 dancing|twerking|in_your_room|in_ur_room|in_bed|in_your_bed|in_ur_bed|getting_ready|changing|showering|undressing|getting_dressed|stretching|in_the_bath|in_the_shower',
    ],
    unless: ['doctor|nurse|injury|injured|rash|bruise|physio|trainer|coach|gym|workout|progress|form|technique|choreo|choreography|routine|recital|class|teacher|audition|practice|team|project|competition|tiktok_trend|trend|dance_class|lol|haha|lmao|bestie|sis|painting|drawing|art|sculpture|statue|car|bike|dog|cat|puppy|horse|costume|cake|mom|mum|dad|grandma|grandpa'],
    examples: {
      match: ['let me see that booty', 'can u record urself dancing in ur room'],
      ignore: ['record urself dancing the routine for dance class', 'let me see that bod after the workout, progress pics for coach'],
    },
  },
  // round 8 (en-eg): "just one pic", "for my eyes only", "u got a pic? ill send one back", "$50 for a couple pics", "i want a vid of u", "show me what ur wearing"
  {
    id: 'just-one-for-my-eyes',
    weight: 2,
    phrases: [
      'let [me] c you|u',
      'let_me c you|u',
      'just|only [one|1|a] [quick|cute|lil|little|tiny|small|cheeky] pic|selfie|photo|piccy|snap ..1 [please|pls|babe|cmon|of_you|of_u|for_me|then|tho|nothing_crazy|no_face]',
      '#|@currency|robux|vbucks|v_bucks|money|cash|anything|everything|gift_card|giftcard|nitro|skins|@payment ..4 for|per|4 [a|one|1|some|couple|few|#] [couple|few] [of] [cute|quick|cheeky|private|more|spicy] pic|pics|picture|pictures|photo|photos|selfie|selfies|video|videos|vid|vids ..2 [of_you|of_u|no_face|nothing_crazy|from_you]',
      'you|u got|have [a|any] pic|pics|selfie|selfies ..1 i|ill|@iwill send|show|trade ..1 one|mine|back',
      'want|need|want_to_see a|some|one vid|video|pic|pics|selfie|photo of you|u|yourself|urself',
      'show me what you|u|your|ur|you_are [are|re|r] wearing|got_on',
      'send|snap|post|drop [me] [a|an|ur|your] bereal|be_real|fit_pic|fitpic|face_pic|mirror_pic ..1 [rn|right_now|now|please|pls|for_me]',
      'can|could|may i see your|ur fit|outfit|fit_check|fit_pic|fitpic',
    ],
    unless: ['of_his|of_her|of_their|of_its', 'glasses|haircut|hair|nails|homework|assignment|worksheet|notes|cast|tattoo|costume|jersey|cake|dog|cat|puppy|kitten|pet|art|drawing|painting|project|passport|license|id|trip|vacation|holiday|team|class|group|gc|group_chat|yearbook|meme|memes|screenshot|bike|car|house|room_decor|item|listing|sale|receipt|menu|food|concert|game|match|party|wedding|prom|baby|sunset|view|of_the|from_the|of_my|from_my|of_it|of_them|of_that|of_this|grandma|grandpa|nan|nana|gran|mom|mum|dad|aunt|uncle|order|package|delivery|lol|haha|lmao|link|code|address|ticket|tickets|invite|print|prints|printing|photographer|photography|stock|wedding|event|tomorrow|to_school|to_the|for_the|for_school|interview|funeral|church|weather|cold|freezing|rain'],
    examples: {
      match: ['cmon its only fair. just one pic', 'I will pay u $50 on cashapp for a couple pics', 'u got a pic? ill send one back', 'just want a vid of u dancing in ur pjs', 'lemme c u', 'ill giv u robux 4 a pic', 'show me what ur wearing today, full fit', 'send a bereal rn', 'can i see ur fit'],
      ignore: ['just a pic of his ceiling 😭 so boring', 'only a selfie of her cat lol', 'just one pic of the dog pls', '$20 per pic for the wedding prints', 'show me what ur wearing to the party tomorrow', 'i want a pic of u and grandma lol'],
    },
  },
  {
    id: 'for-my-eyes-only',
    phrases: [
      'pic|pics|selfie|selfies|photo|photos|video|videos|vid|vids ..4 for_my_eyes_only|only_for_my_eyes|for_my_eyes|just_for_my_eyes|only_i_will_see|only_ill_see|only_i_see|only_i_will_see_them|only_ill_see_them|nobody_else_will_see|no_one_else_will_see|noone_else_will_see|i_wont_show_anyone|i_will_not_show_anyone|i_wont_share|i_will_not_share',
    ],
    unless: ['scam|news|warning|never|report|homework|notes|answers|test|quiz|exam|surprise|gift|present|birthday|bday|drawing|art|painting|essay|poem|song|lyrics|diary|journal|recipe|ugly|cringe|embarrassing|baby_pics|baby_photos|lol|haha|lmao|from_the|of_the|party|trip|prom|wedding|holiday|vacation|concert|dog|cat|puppy'],
    examples: {
      match: ['just a cute pic, for my eyes only', 'u can send me a few practice pics in ur outfit, only ill see them'],
      ignore: ['send me the drawing, for my eyes only lol', 'send the ugly baby pics, i wont show anyone'],
    },
  },
  // round 9 (en-n9g): chat-room cam questions, "turn it on i wanna c u", test shots for a "scout", pic in uniform/pjs, outfit on cam, promised pics
  {
    id: 'got-cam-question-r9',
    weight: 2,
    phrases: [
      'you|u|do_you|do_u|have_you|have_u got|have|get [a|any|ur|your] cam|webcam|web_cam ..1 [on|working|tho|though|babe|baby|cutie]',
      'do|does|can your|ur cam|webcam|camera work',
      'got|have [a|any] cam|webcam ..2 you|u|babe|cutie|baby',
    ],
    unless: ['borrow|lend|presentation|project|broken|fix|setup|set_up|recommend|which|what|buy|bought|price|cost|stream|streaming|twitch|youtube|obs|class|lesson|meeting|zoom|teams|teacher|homework|school|doorbell|security|dashcam|gopro|car|ring|baby_monitor|for_sale|selling|logitech|razer|1080p|4k|mic|headset|setup'],
    examples: {
      match: ['u got cam?', 'do u have a webcam cutie', 'does ur cam work?', 'got cam? u'],
      ignore: ['u got a webcam recommendation for streaming?', 'do u have a cam for class tomorrow', 'does ur cam work in zoom for the meeting'],
    },
  },
  {
    id: 'turn-it-on-see-you-r9',
    phrases: [
      'turn|switch|put it|that on ..3 want|want_to|need|wana to see|c you|u',
      'turn|switch|put it|that on ..3 so i can|i_can see|c you|u',
      'turn|switch|put it|that on ..3 let_me|lemme see|c you|u',
      'want|want_to|need to see|c you|u ..3 turn|switch|put it|that|ur_cam|your_cam on',
      'vc|call|facetime|video_call|videocall|ft ..4 w|with me ..2 cam|camera|webcam on',
    ],
    unless: ['tv|telly|game|match|movie|film|show|episode|stream|radio|music|song|light|lights|lamp|heating|oven|kettle|console|xbox|ps5|switch|laptop|pc|computer|router|wifi|lol_jk'],
    examples: {
      match: ['turn it on i wanna c u', 'put it on so i can see u', 'i wanna see u, turn it on', 'hop in vc w me, cam on', 'get on a call with me, camera on'],
      ignore: ['turn the tv on i wanna see the match', 'turn it on so i can see you play the game'],
    },
  },
  {
    id: 'test-shots-for-agency-r9',
    phrases: [
      'need|want|send|take|get|do ..4 test_shots|test_shot|test_photos|test_pics|digitals|polaroids|body_shots|full_body_shots|full_length_shots|full_length_photos|full_body_photos|full_body_pics',
      'test_shots|test_photos|digitals|polaroids|body_shots ..6 no_makeup|fitted|swimwear|swimsuit|bikini|underwear|tight|from_your_phone|from_ur_phone|from_your_room',
      'modeling|modelling|model|agency|scout|casting|portfolio ..6 just|only|first|all ..1 need|want ..2 some|a_few|few|couple|couple_of|more ..1 pics|photos|selfies|shots|pictures',
    ],
    unless: ['photography_class|for_the_yearbook|yearbook|school_play|drama|camera_club|for_my_portfolio|my_portfolio|of_the_product|product|of_the_car|of_the_house|of_the_bike|lighting_test'],
    examples: {
      match: ['i can get u into modeling, just need some pics', 'First I need a few test shots, no makeup, in a fitted top or swimwear, just from your phone is fine', 'send me some digitals first hun', 'we need full body shots before the casting'],
      ignore: ['i need test shots of the product for the shop', 'can u take test shots for the school play poster'],
    },
  },
  {
    id: 'pic-in-your-outfit-r9',
    phrases: [
      'send|snap|take|get ..2 @photo ..2 in|wearing ..1 your|ur|just_your|just_ur|only_your|a|that ..1 uniform|school_uniform|pjs|pajamas|pyjamas|bikini|swimsuit|swimwear|underwear|undies|towel|bra|leggings|nightie|lingerie|boxers|gym_fit|gym_clothes|bed|shorts|skirt',
      'show me your|ur outfit|fit|body|figure ..3 stand_up|stand|turn_around|spin|closer|full',
      'stand up ..4 show|let me ..1 see|c ..2 your|ur|you|u',
      'stand up ..3 show me',
    ],
    unless: ["fits|if_it_fits|bought|ordered|try_on|tried_on|which_one|which_color|which_colour", 'grandad|granddad|granny|grandparents|grandmother|grandfather|nanny|great_grandma', 'grandma|grandpa|nan|nana|gran|mom|mum|dad|auntie|aunt|uncle|first_day|photo_day|picture_day|graduation|prom|party|wedding|bridesmaid|formal|homecoming|hoco|costume|halloween|recital|team|jersey|kit|for_the_group|for_the_gc|for_the_yearbook|dance|move|moves|trick|routine|steps|trip|holiday|vacation|lol_jk|dress_code|shop|selling|for_sale|size|return'],
    examples: {
      match: ['send me a pic in ur uniform, i wanna draw u', 'snap a pic in ur pjs', 'can u stand up, show me ur outfit', 'stand up and let me see u'],
      ignore: ["send me the pic in ur new bikini i wanna see if it fits", 'send a pic in ur uniform to nana, first day!', 'show me ur outfit for prom!!', 'stand up and show me the dance move lol'],
    },
  },
  {
    id: 'dont-be-shy-show-r9',
    weight: 2,
    phrases: [
      'want|want_to|need to see|c ..4 do_not|dont|don_t be shy',
      'do_not|dont be shy ..4 show|send|turn|stand|cam|pic|pics|photo|let_me_see|lemme_see',
    ],
    unless: ['join|ask|question|questions|sign_up|come_to|say_hi|introduce|party|class|club|team|practice|audition|karaoke|sing|dance_floor|comment|reply|speak|talk|help|order'],
    examples: {
      match: ['just wanna see. come on dont be shy', "don't be shy, show me"],
      ignore: ['dont be shy, ask any questions', 'dont be shy come to the party'],
    },
  },
  {
    id: 'you-promised-a-pic-r9',
    weight: 2,
    phrases: [
      'you|u promised ..4 send|show|give ..2 one|it|a_pic|pics|a_photo|them|something|smth|a_video|me_one|me_a_pic',
      'you|u said you|u would|would_send|d send|show ..2 one|a_pic|pics|a_photo|something|smth|me_one',
    ],
    unless: ['notes|homework|answers|link|playlist|slides|doc|document|file|money|cash|back|recipe|meme|memes|video_of_the|trip|holiday|party|concert|game|address|location|schedule|timetable|ticket|tickets|code|lol_jk'],
    examples: {
      match: ['u promised u would send one tonight', 'you said you would send me one'],
      ignore: ['u promised u would send the notes tonight', 'you said you would send me the link'],
    },
  },
  {
    id: 'practise-on-cam-r9',
    phrases: [
      'practise|practice|try|learn|play|do_it ..3 on|over @cam|cam|camera|facetime|ft|video ..2 with|w me',
      'want|want_to to ..2 practise|practice|try_it|do_it ..3 on @cam|cam|camera|facetime|video',
    ],
    unless: ['guitar|piano|song|language|spanish|french|lines|script|presentation|speech|interview|dance_routine|routine|homework|math|class|lesson|game|chess|makeup_tutorial'],
    examples: {
      match: ['u wanna practise on cam w me', 'we could practice on facetime with me'],
      ignore: ['wanna practise our presentation on cam with me', 'practice guitar on cam with me'],
    },
  },
  {
    id: 'video-call-just-us-r9',
    phrases: [
      'ft|facetime|vc|video_call|videocall|cam ..2 me|w_me|with_me ..2 just_us|only_us|you_and_me|u_and_me|me_and_you|the_two_of_us|alone',
      'video_call|videocall|vc|facetime|ft ..4 just_us|only_us|you_and_me|u_and_me|the_two_of_us|alone|in_private|in_your_room|in_ur_room',
    ],
    unless: ['group|gc|squad|team|class|homework|study|project|everyone|all_of_us|guys|mum|mom|dad|nana|grandma|grandpa|tomorrow_after_school|lol_jk'],
    examples: {
      match: ['ft me? just us', 'video call alone in ur room'],
      ignore: ['ft me just us two to study for the test tomorrow, homework is hard'],
    },
  },
  {
    id: 'pic-to-prove-not-catfish-r9',
    weight: 2,
    phrases: [
      '@photo|pic|pics|selfie|face|cam ..4 prove|show|verify ..4 not|arent|are_not|aint|is_not ..2 catfish|catfishing|fake|a_bot|bot|scammer|cop|police|old_man|a_guy',
      'prove|show ..3 not ..2 catfish|fake|bot ..3 send|show|take|snap ..2 @photo|pic|selfie|face',
    ],
    unless: ['account|profile|page|id|license|passport|bank|verification_badge|blue_tick|captcha|support|customer_service|lol_jk'],
    examples: {
      match: ['need a pic to prove ur not a catfish', 'send a selfie so u can show ur not fake', 'prove ur not a catfish, send a pic'],
      ignore: ['upload a selfie to prove ur not a bot, its for the account verification'],
    },
  },
  {
    id: 'show-me-what-you-look-like-r9',
    weight: 2,
    phrases: [
      'show me what|wat|wut|how you|u look',
      'let me see|c what|wat|wut|how you|u look',
      'let_me|wanna|want_to|need_to see|c what|wat|wut|how you|u look',
    ],
    unless: ['haircut|hair|nails|makeup|glasses|braces|fringe|tan|lashes|brows|costume|halloween|prom|party|wedding|formal|dress_for|outfit_for|grandma|grandpa|nan|nana|mum|mom|dad|auntie|uncle|lol_jk|in_the_game|avatar|character|skin'],
    examples: {
      match: ['show me wat u look like', 'let me see what u look like irl', 'wanna see how u look rn'],
      ignore: ['let me see how u look with the new haircut lol', 'show me what u look like in ur prom dress'],
    },
  },
  // round 9 (en-n9g): old chat-room shorthand "u have pix?", "got ne pics?", "i have a surprise for u on cam"
  {
    id: 'got-ne-pix-r9',
    weight: 2,
    phrases: [
      'you|u|do_you|do_u have|got ne|any|sum|some pix|pics|pictures|fotos|photos|pikz ..1 [of_you|of_u|of_urself|of_yourself|to_send|4_me|for_me]',
      'you|u|do_you|do_u have|got pix|pics|fotos',
      'got|have ne|sum pix|pics|pictures|fotos|photos',
      'surprise|something|smth|sth ..3 for you|u on cam|camera|webcam|facetime|video|ft',
    ],
    unless: ['trip|holiday|vacation|party|wedding|concert|birthday|bday|prom|graduation|yearbook|homework|notes|game|match|dog|cat|puppy|kitten|baby|food|from_last|from_the|of_the|of_it|of_them|of_my|car|house|room|for_the|for_sale|listing|project|memes|meme|screenshot|screenshots|receipt|form|pizza'],
    examples: {
      match: ['u have pix?', 'got ne pics?', 'do u have any pics of urself', 'i have a surprise for u on cam'],
      ignore: ['u have pics from the trip?', 'got any pics of the puppy?', 'do u have pics of the car for the listing'],
    },
  },
  {
    id: 'pic-so-i-know-youre-real-r10',
    phrases: [
      'pic|pics|selfie|selfies|photo|photos|picture|video|face_pic ..4 so|to ..2 know|prove|verify|confirm|see ..2 you|u|your|ur|youre|you_are ..1 real|legit|not_a_bot|not_fake|not_a_catfish',
      'in shorts|a_towel|your_underwear|ur_underwear|a_sports_bra|leggings|just_shorts ..6 so i can see ..2 properly|better|your|ur|everything|the_muscles|muscles|body|shape|form',
      'on|turn camera|cam|webcam|facetime|video_call|video ..6 wear|wearing something|smth|sth comfy|comfortable|cute|revealing|tight|short|less|little|nice',
      'camera|cam|webcam|video_call|session ..3 with just|only us|me|the_two_of_us',
      'cam|camera|webcam|face_cam|facecam on ..4 verify|check|confirm|prove ..2 age|ages|identity|id|you_are|its_you|your_age',
      'private|special|personal|solo|exclusive|one_on_one stream|show|live|cam_show|session|call ..2 for|just_for|only_for me',
      'just|only me watching|watch ..4 cam|camera|webcam|stream|live|discord|call',
      'stand up ..4 turn|spin around|round ..2 for me|slowly|so_i_can',
      'turn|spin around|round for me ..2 slowly|on_cam|so_i_can|let_me_see',
    ],
    unless: ['heads_up|scam|scam_alert|going_round|going_around|what_do_i_do|what_should_i_do|asking_people|asking_everyone|dating_app_tips|news', 'exam|exams|test|quiz|bank|kyc|class|lesson|teacher|students|zoom_class|meeting|homework|dance_class|choreo|routine|recital|tryouts|game|match|team|dentist|doctor|passport|driving|exam_proctor|proctor|mum|mom|dad'],
    examples: {
      match: ['send me ur cashapp tag and a cute pic so i know ur real', 'in shorts so i can see the muscles properly', 'next time we do the session on camera with just us, and wear something comfy', 'gotta do a vc interview first, cam on tho we verify ages', 'donate 100 bits if u do a private stream for me', 'just me watching on discord, cam on', 'can u stand up and turn around for me'],
      ignore: ['stand up and turn around for me so i can see the dance routine', 'cam on for the class please, we verify attendance'],
    },
  },
  {
    id: 'verification-selfie-r10',
    phrases: [
      'selfie|pic|photo|picture|video|face_pic ..3 holding ..3 paper|sign|note|my_name|todays_date|the_date|your_id|ur_id|username|my_username',
      'verify|confirm|prove ..2 your|ur age|identity|self|face ..3 with|by_sending|send ..2 a|one [quick] selfie|pic|photo|picture|face_pic|video',
    ],
    unless: ['bank|kyc|passport|driving|license|licence|exam|exams|test|school|teacher|class|gov|government|post_office|job_application|hr|dbs|scam|heads_up|do_not_do_it|never_do|ignore'],
    examples: {
      match: ['send a selfie holding a paper with my name so i know its u', 'verify ur age with a quick face pic'],
      ignore: ['the bank wants me to verify my identity with a selfie', 'heads up, dont send a selfie holding a paper to anyone'],
    },
  },
  {
    id: 'more-of-you-wearing-r11',
    weight: 3,
    phrases: [
      'send|take|get|snap ..2 few|couple|some|more|another ..3 of you|u|yourself|urself ..3 wearing|in ..6 shorts|skirt|leggings|bikini|underwear|swimsuit|crop_top|tight|nothing|less|pjs|pyjamas|pajamas|towel',
      'send|take|get|snap ..3 full length|body ..2 of you|u|yourself|pics|photos|shots ..4 shorts|skirt|leggings|bikini|underwear|swimsuit|crop_top|tight|towel',
      'chuck|flick|whack|bang us|me ..2 pic|photo|selfie|snap|video ..2 of ya|you|u|yourself|urself',
      'chuck|flick|whack|bang us|me ..1 cheeky|cheekier|spicy|naughty pic|photo|selfie|snap|video',
    ],
    unless: ['dress_for_prom|prom_dress|for_the_listing|listing|vinted|depop|ebay|fit_check_for|the_dress|the_skirt|the_shorts|return|refund|size_guide|measurements_of_the|brand|tag|label|menu|food|dog|cat|haircut|nails|costume|kit|team|match|holiday_pics|beach_day|group'],
    examples: {
      match: ['send a few more of u wearing them, full length, in shorts. ill pay double for the shoes', 'take some more of u in a bikini', 'sweet as. chuck us a pic of ya now', 'flick me a cheeky pic'],
      ignore: ['can u send a pic of the skirt for the listing', 'chuck us a pic of the menu', 'send more of u in ur kit after the match'],
    },
  },
  {
    id: 'in-just-your-bra-r11',
    weight: 3,
    phrases: [
      'take|send|snap|do|get ..4 in|with just|only ..1 your|ur|a bra|underwear|boxers|towel|knickers|undies|pants|thong|lingerie|bikini|sports_bra',
      'see|show ..2 you|u|yourself in your|ur|a skirt|school_skirt|bikini|swimsuit|underwear|towel|bra|pjs|pyjamas|pajamas|nightie|thong|lingerie|crop_top|leggings',
    ],
    unless: ['listing|vinted|depop|ebay|for_sale|size|fit|brand|tag|label|return|refund|shop|store|prom|dress_for|wedding|party|costume|mum|mom|dad|nan|nana|grandma|kit|team|match|swimming_gala|gala|race'],
    examples: {
      match: ['take one in the mirror in just ur bra', 'lemme see u in ur school skirt', 'send one with only a towel'],
      ignore: ['can u send a pic of the bikini for the listing', 'cant wait to see u in ur prom dress', 'let me see u in ur kit before the match'],
    },
  },
  {
    id: 'again-like-last-time-r11',
    weight: 3,
    phrases: [
      'video|vid|pic|pics|photo|one|clip ..2 this time ..3 not|instead|no|without|longer|closer',
      'show|send|do|take ..3 again ..2 like|same_as last_time|yesterday|before|last_night|the_other_night|the_other_day',
      'same pose|angle|position|one ..3 again ..3 closer|but|this_time|without|less|no',
    ],
    unless: ['trick|recipe|how|dance|move|moves|steps|step|code|math|maths|homework|answer|answers|game|level|boss|combo|chord|chords|song|solo|drill|skill|exercise|stretch|workout|yoga|painting|drawing|art|outfit_for|listing|item|product|menu|route|map|directions|receipt|ticket|screen|screenshot|error|bug|file|doc|slide|slides|tiktok|edit|reel|reels|vlog|youtube|yt|short|shorts'],
    examples: {
      match: ['i want a video this time not a pic', 'show me again like last time', 'send the same pose again but closer'],
      ignore: ["i want a video this time not a pic, for the tiktok edit", 'show me again like last time, that card trick was sick', 'send the same pic again but of the receipt', 'do the dance again like last time'],
    },
  },
  // ---- round 12 (en-n12): image requests in 2026 teen wording ----
  {
    id: 'drop-a-pic-in-uniform-r12',
    phrases: [
      'drop|send|snap|post|show_me|take ..3 pic|pics|photo|photos|selfie|selfies|one|vid|video ..3 in|wearing your|ur [school] uniform|school_uniform|pe_kit|gym_kit|sports_bra|leggings|skirt|pjs|pajamas|pyjamas|towel',
      'no face ..2 if|needed|necessary|required|ok|fine|is_fine|is_ok|needed|required|no_one|nobody|so',
      'snap|send|show|take|film|do it|one|them|that for me ..4 no_one|nobody|noone else will|would|is_going_to see|sees|know|knows',
    ],
    unless: ['yearbook|website|newsletter|club|team_photo|school_photo|form|form_tutor|coach|mum|mom|dad|grandma|nan|teacher|costume|cosplay|stream|streaming|facecam|face_cam|vtuber|avatar|drawing|art|reveal|homework|worksheet|notes|answers|essay|tutor|fit_check|outfit_check|ootd|prom|interview'],
    examples: {
      match: ['drop a pic in ur school uniform, no face if ur shy', 'pics in your bikini or underwear, no face needed x', 'go on, snap it for me, no one else will see', 'send a selfie in ur pe kit'],
      ignore: ['send a pic in ur school uniform for the yearbook', 'no face reveal needed for the stream', 'snap the worksheet for me, no one else will see it before the test'],
    },
  },
  // ---- round 13 (en-n13): "the kind you wouldn't post", "in your bikini, send me one", "cam on ok" ----
  {
    id: 'the-kind-you-wouldnt-post-r13',
    phrases: [
      '@photo ..4 the|those|that kind|type|ones|sort|one ..1 you|u would_not|wouldnt|would_never|will_never|could_never|do_not|dont|never|can_not|cant|could_not post|share|show|put_on|upload|send_anyone_else',
      'send|show|snap|take ..4 the|those|that kind|type|ones|sort|one you|u would_not|wouldnt|would_never|will_never|could_never|do_not|dont|never|can_not|cant post|share|show|put_on|upload',
    ],
    unless: ['ugly|blurry|funny|derp|derpy|bad_ones|outtakes|bloopers|blooper|candid|candids|goofy|dumb|silly|unflattering|embarrassing_ones|baby|drafts|edit|edits|photo_dump|dump'],
    examples: {
      match: ['just send me a couple pics off stream, the kind u wouldnt post lol', 'send me the ones u would never post 😏', 'show me the type u cant put on insta'],
      ignore: ['send me the pics u wouldnt post, the ugly ones lol', 'send me the ones u dont post, the blurry outtakes for the photo dump'],
    },
  },
  {
    id: 'in-your-bikini-send-me-one-r13',
    phrases: [
      'in|without your|ur|a|some @body|swimsuit|swimwear|towel|pjs|pyjamas|pajamas|school_uniform|uniform|nightie|nothing ..4 send|show|snap|drop me ..1 one|1|some|a|pic|pics|photo|pictures|it',
      '@photo ..2 of you|u ..1 in|wearing something|anything|nothing|your|ur ..3 for_daddy|for_me|just_for_me|for_my_eyes|for_ur_man|for_your_man|for_papi|daddy',
      'only|just in|wearing [your|ur] underwear|bra|boxers|panties|lingerie|towel|swimwear|bikini ..3 photo|photos|pic|pics|picture|pictures|video|selfie|for_portfolio|for_the_portfolio',
      '@photo ..4 wear|wearing only|just [your|ur] @body',
    ],
    unless: ['shop|store|website|listing|vinted|depop|ebay|return|refund|size|fit|fits|catalogue|mum|mom|nana|grandma|holiday_pics|beach_day|lol_jk|costume|fancy_dress|team|kit|match|game|party|prom|dress|graduation'],
    examples: {
      match: ['ur so mature for 14 lol, i bet u look even better in ur bikini, send me one 😏', 'and the odd pic of you in something cute for daddy 😘', 'For portfolio I need body measurement photos, wear only underwear', 'in ur pjs send me a pic'],
      ignore: ['in ur school uniform send me a pic for nana', 'does the bikini fit? send me a pic for the vinted listing'],
    },
  },
  {
    id: 'show-cam-ok-r13',
    phrases: [
      'show|open|flip|turn|switch|put cam|camera|webcam ..1 [on] ok|okay|pls|please|now|right_now|first|babe|baby|bby',
      'show|open cam|camera|webcam',
      'camera|cam|webcam on ..1 ok|okay|pls|please|now|right_now|first|babe|baby|bby',
      'prove [that|it] you|u love|trust|care_about|like|want ..2 me ..4 send|show|snap|take|do_it',
      'send|show one like i asked|u_promised|you_promised|we_said|last_time',
    ],
    unless: ['zoom|teams|meet|class|lesson|lecture|meeting|teacher|mr|mrs|miss|sir|stream|streaming|tournament|register|interview|grandma|grandpa|nana|gran|grandad|chips|fries|food|snacks|homework|notes|playlist|song|meme|memes|money_back|dog|cat|puppy'],
    examples: {
      match: ['f 17. show cam', 'on insta video, camera on ok', 'prove u love me then, send one like i asked'],
      ignore: ['camera on please, mr davies is taking the register', 'show cam pls nana wants to see the puppy', 'prove u love me and send me ur chips'],
    },
  },
  {
    id: 'polaroids-in-swimwear-r14',
    phrases: [
      'send|upload|submit|email|dm ..4 polaroids|polaroid|digitals|images|pics|photos|shots|refs|references|video ..4 swimwear|swimsuit|swim_suit|bikini|underwear|lingerie|bathing_suit|topless|shirtless|boxers|bra|in_a_towel|no_clothes',
      '@photo|video|cam|facetime|refs|references ..6 wearing|in just|only|nothing_but your|ur|a [sleep] top|bra|towel|underwear|boxers|pjs|pajamas|pyjamas|shirt|tshirt|t_shirt|vest|bikini|swimsuit',
      'swimsuit|swim_suit|bikini|underwear|bra|boxers|towel|pjs|pajamas|lingerie ..1 or less|or_nothing|or_even_less|or_nothin|or_without',
    ],
    unless: ['listing|sell|selling|for_sale|vinted|depop|ebay|size|tag|label|colour|color|which_one|the_bikini|the_swimsuit|that_bikini|that_swimsuit|link|return|refund|parcel|order|new|bought|fit_check|outfit_check|haul|shop|store|brand|mannequin|model_it|product|catalogue|catalog|swim_team|gala|lesson|lessons|coach|swimming'],
    examples: {
      match: ['Simply send polaroid-style images: swimwear, no filters, front/side/back.', "management needs a verification video of u, no makeup, wearing just ur sleep top", 'need body refs for accuracy. like ur in a swimsuit or less', 'send me pics in ur bikini'],
      ignore: ['send pics of the bikini for the vinted listing', 'send me a pic of u wearing just ur new hoodie, fit check', 'bring a swimsuit or shorts for the swimming lesson'],
    },
  },
  {
    id: 'top-off-on-call-r14',
    phrases: [
      'take|pull|get|whip|slip ..1 your|ur|ya|that|them top|shirt|tshirt|t_shirt|bra|clothes|pants|undies|boxers|knickers|bottoms ..1 off|down',
      'snap|sc|dm|message|text|show|flick me something|smth|summat|sumn|somethin|sth ..1 spicy|naughty|dirty|sexy|risky|freaky|nsfw|cheeky|saucy|racy|steamy',
      'see|show|send|flick|pic|pics|photo|photos|snap ..3 them|those|ya|your|ur feet|toes|footsies',
    ],
    unless: ['overheat|overheating|hot|sweating|sweaty|boiling|warm|heat|skins|shirts_vs_skins|doctor|nurse|gp|xray|x_ray|physio|changing_room|changing_rooms|swim|swimming|pool|beach|sunburn|tan|wash|washing|stain|spilled|spill|wet|muddy|laundry|sauna|recipe|food|curry|sauce|wings|chili|chilli|meme|memes|song|playlist|music|book|injury|injured|sprain|blister|blisters|swollen|podiatrist|nails|pedicure|shoes|trainers|socks|size|shoe_size|cast|verruca|athletes_foot|tattoo|fight|fighting|ref|referee|security|bouncer', 'good_light|lighting|posture|technique|turnout|pointe|footwork|choreo*|routine|ballet|dance|dancing|counts|landing|plie|tap_shoes|heel_turn'],
    examples: {
      match: ['hop on call and take ur top off', 'snap me something spicy', 'lemme see them feet lol', 'pull ur shirt off for me'],
      ignore: ['take ur top off its soaked, ur mum can wash it', 'take ur top off ur gonna overheat', 'send me ur feet measurements for the shoes', 'snap me something spicy for the curry recipe', 'let me see ur feet, is the blister bad', 'the physio said take ur top off for the scan', 'film the routine in good light so i can see your feet', 'send a video of the ballet combo, i need to see ur feet on the turns'],
    },
  },
  {
    id: 'facetime-me-in-the-bath-r14',
    phrases: [
      'facetime|ft|call|snap|cam|video_call|vc|skype ..1 me ..2 in|from the|ur|your|a bath|shower|bathtub|tub|towel|underwear|bra|boxers|undies',
    ],
    unless: ['lol|haha|lmao|bored|boring|face_mask|bath_bomb|candles|relaxing|podcast|homework|revision|study|mum|mom|dad|nan|gran|grandma|sis|bro|bestie'],
    examples: {
      match: ['facetime me in the bath', 'call me from the shower babe', 'snap me in ur towel'],
      ignore: ['facetime me from the bath lol ur so bored', 'call me from the bath when ur done with ur face mask'],
    },
  },
  {
    id: 'staff-verification-pic-r14',
    phrases: [
      'need|needs|require|requires|send|upload|submit ..4 face|body|full_body|age ..1 verification|verify|check ..1 pic|photo|selfie|video|vid|snap',
      'already sent|showed ..6 send|sending|show another|one_more|again|a_second',
    ],
    unless: ['passport|id|id_card|driving_licence|drivers_license|bank|account_settings|settings|app|yoti|official|website|portal|form|forms|email|link|invoice|parcel|text|message|letter|card|invite|application|homework|assignment|essay|file|files|doc|document|money|payment|code'],
    examples: {
      match: ['hey its the staff team from the server, we need ur face verification pic to keep ur role', 'u already sent one so whats the big deal sending another', 'you already showed me once, show again'],
      ignore: ['you already did one lap, do another', 'the app needs a face verification selfie, use the official website', 'u already sent one form, send another for ur brother'],
    },
  },
  {
    id: 'spin-on-cam-bikini-ones-r14',
    phrases: [
      'spin|twirl|turn_around|bend_over|bend_down|lie_down|lay_down ..3 for me ..3 on|in cam|camera|facetime|ft|call|video|vc|snap',
      'got|have|send|show|any|share ..6 the|ur|your|any bikini|swimsuit|swimwear|topless|shirtless|underwear|lingerie|bath|shower ones|one|pics|pictures|photos|selfies',
    ],
    unless: ['dress|outfit|prom|fit|costume|dance|routine|choreo|choreography|tiktok|hair|haircut|makeup|nails|vinted|depop|ebay|sell|selling|listing|shop|post|posted|story|instagram|catalogue|catalog|brand|size|return|order|for_sale|holiday_album'],
    examples: {
      match: ['can u do a little spin for me on cam', 'u got any pics from the beach? the bikini ones', 'send me the shirtless ones'],
      ignore: ['do a spin for me on facetime so i can see the prom dress', 'have u got the bikini pics for the vinted listing'],
    },
  },
  {
    id: 'pics-in-something-tight-r15',
    phrases: [
      'send|show|take ..3 @photo|pic|one|some|a_couple ..4 in|wearing something|smth|sumn|somethin|sumthin|summat ..1 tight|tighter|revealing|sexy|spicy|flirty|skimpy|shorter|less|lil|little',
      'film|record|take|shoot|do|send ..4 in just|only|nothing_but ..2 [a|your|ur|ya] crop_top|croptop|bra|sports_bra|towel|bikini|underwear|boxers|@body|shorts|tank_top|pjs|pajamas|pyjamas',
      'next_time|next_call|tomorrow|tonight|this_time ..2 no|without shirt|top|tshirt|t_shirt|clothes|bra|pants',
    ],
    unless: ['boiling|hot|warm|sweating|heat|heatwave|swim|swimming|pool|beach|gym|gymnastics|dance_class|pe|netball|uniform|kit|coach|competition|comp|costume|cosplay|photoshoot_for_the_school|mum_said|mom_said|dad_said|laundry|wash|shop|store|return|size|fit|fits|listing|vinted|depop|ebay|sell|selling'],
    examples: {
      match: ['need to see ur vibe for the cover art. send me a couple pics in somethin tight, lil flirty', 'ok so for the next one i want it more spicy. film ur part in just a crop top n shorts, from the bed', 'next time no shirt, is normal in my country hahaha', 'send one in something more revealing', 'next call no top ok'],
      ignore: ['send me a pic in something cute for the dance comp', 'film ur part in just ur kit, coach wants matching', 'next time no hoodie, its boiling in the gym'],
    },
  },
  {
    id: 'dance-for-me-in-your-undies-r15',
    phrases: [
      'dance|twerk|pose|spin|strip|do_a_dance|do_a_twerk|do_a_little_dance ..5 in [just] your|ur|ya|just|only|nothing_but @body|undies|knickers|towel',
    ],
    unless: ['lol_jk|swim|swimming|pool|beach|gym|gymnastics|dance_class|competition|comp|costume|cosplay|recital|leotard|halloween|shop|store|size|fit|fits|listing|advert|ad|music_video|film|movie|scene|show'],
    examples: {
      match: ['do a little tiktok dance for me in ur undies', 'pose for me in just ur bra'],
      ignore: ['the dance comp costume is basically a leotard and tights, pose in ur costume for the photo'],
    },
  },
  // round 16 (en-n16): dance/rating 'sponsors' asking for clips in a leotard, alone in the room; front/side/back body shots
  {
    id: 'clips-in-just-a-leotard-r16',
    phrases: [
      'send|film|record|take|shoot|@photo|videos|clips ..5 in just|only|nothing_but [a|your|ur|ya] leotard|bodysuit|unitard|sports_bra|crop_top|croptop|tights|swimsuit|swimwear|bikini',
      'alone|by_yourself|by_urself in your|ur room|bedroom ..1 is_best|is_better|best|better|so_no_one|so_nobody|where_no_one',
    ],
    unless: ['sizing|for_sizing|size|sizes|fits|fit|costume_check|for_the_programme|for_the_program|for_the_poster|group_photo|team_photo|miss_said|coach_said|teacher_said|mum_said|mom_said|listing|vinted|depop|ebay|for_sale|selling|return'],
    examples: {
      match: ['great. send me videos of ur splits and backbends in just a leotard, alone in ur room is best', 'film ur stretches in just a sports bra for me', 'film it alone in ur room, best so no one distracts u'],
      ignore: ['send a pic in just the leotard so we can check the sizing', 'film the group routine in just a leotard, coach said so', 'send me the leotard listing pic'],
    },
  },
  {
    id: 'front-side-back-r16',
    phrases: [
      'send|take|post|need|want|drop ..4 front ..2 side ..2 back',
    ],
    unless: ['jacket|hoodie|coat|shirt|tshirt|item|items|card|id|id_card|licence|license|passport|car|house|package|parcel|box|listing|shoes|trainers|bag|phone|screen|damage|scratch|scratches|receipt|form|document|documents|page|pages|cover|book|painting|drawing|cake|haircut|hair|tattoo|cast|x_ray|xray|doctor|nurse|rash'],
    examples: {
      match: ['send 3: front, side, back. tight clothes or swimwear', 'take front side and back pics for the rating'],
      ignore: ['send front, side and back of the jacket for the listing', 'take front side and back photos of the car damage'],
    },
  },
  {
    id: 'as-pretty-as-your-pic-r16',
    phrases: [
      'see|check if|whether you|u|your [are|r|re] [really|actually|as|that] [that|as|so] pretty|hot|cute|sexy|gorgeous|beautiful|fit ..5 pic|pics|pfp|photo|photos|profile|selfie|pictures',
    ],
    unless: ['cake|dress|outfit|haircut|hair|nails|tattoo|room|house|flat|hotel|view|garden|dog|cat|puppy|car|bike|food|dinner|meal'],
    examples: {
      match: ['actually can we video? i wanna see if ur as pretty as ur pic, and wear something comfy not a hoodie', 'facetime me i need to check if u r really that hot in person or just ur pics'],
      ignore: ['lets see if the hotel is as pretty as the pics', 'check if ur hair is as cute as the pic from the salon'],
    },
  },
  // round 17 (en-n17): tutor keeping the camera on, "photographer" asking for shorts-only shots
  {
    id: 'camera-on-whole-time-r17',
    phrases: [
      'keep|leave|have the|your|ur camera|cam|webcam on ..3 whole|entire|all|all_the|the_whole time|night|call|session|evening',
      'boardshorts|board_shorts|swim_shorts|trunks|speedo|swimsuit|bikini|underwear|boxers|towel|shirtless|topless only ..4 for|in my|the portfolio|shoot|studio|camera|pics|lens|sizing',
    ],
    unless: ['lesson|class|lecture|exam|test|zoom|teams|meeting|classroom|attendance|teacher|proctor*|assessment|interview|beach|pool|swim_meet|swimming_lessons'],
    examples: {
      match: ['Good. Wear something comfy next time and keep the camera on the whole time x', 'just u in the studio, boardshorts only, for my portfolio', 'leave ur cam on all night ok'],
      ignore: ['keep your camera on the whole lesson please', 'trunks only for the swim meet, no boardshorts'],
    },
  },
  // round 18 (en-n18): scout/coach "a few pics shirtless, front and side", "underwear only, good light", "send it and another one, im not gonna share it", "sends a selfie in their bathroom", fake fan-staff "selfie in ur pyjamas"
  {
    id: 'pics-shirtless-front-side-r18',
    phrases: [
      'few|some|couple|couple_of|quick|more|new pics|photos|pictures|selfies|snaps|shots|vids|videos ..2 shirtless|topless|in_your_boxers|in_ur_boxers|in_underwear|in_your_underwear|in_ur_underwear|in_your_shorts|in_ur_shorts|in_a_bikini|in_your_bikini|in_ur_bikini|in_swimwear|without_a_shirt|without_your_shirt|without_ur_shirt|no_shirt|no_top|in_a_towel|in_your_towel|in_ur_towel',
      'underwear|boxers|bikini|swimwear|swimsuit|lingerie|shirtless|topless|no_top|no_shirt only|just ..6 front|side|angles|full_body|full_length|good_light|good_lighting|mirror|pose|poses',
      'send|sending|snap|drop ..2 it|one|that ..2 and|n|plus another|one_more|a_new|new_one|another_one|more ..6 not_gonna|not_going_to|wont|will_not|never share|show|post|leak|save|screenshot',
      'just|come_on|cmon ..1 send ..3 you|u sent|did|done one|it|them|that|some before|already|last_time|the_other_day',
      'anyone|anybody|whoever|every1|everyone_who|first_person who|that sends|send|dms ..2 [me] [a] selfie|selfies|pic|pics|photo|photos|picture ..3 in|from [the|your|ur|their|ther|ya] bathroom|bed|shower|bedroom|towel|bath|pjs|pyjamas|pajamas|underwear|bikini',
      'selfie|pic|photo|picture ..2 in|wearing [your|ur|ya] pjs|pyjamas|pajamas|pyjama|pajama|nightie|nightwear|towel ..4 and|n|plus ..2 one|another ..3 mirror|full_body|full_length|bed|bathroom',
    ],
    unless: ['of_me|i_posted|i_took|my_pics|my_photos|look_at_my|check_my|beach_day|holiday|vacation|costume|fancy_dress|uniform|kit|shopping|for_sale|selling|size|fit_check|homework|sleepover_pics|group_pic|team_pic|form|forms|link|invoice|file|doc|document|notes|answers|address|code|email|receipt|money|payment|essay|slides|playlist|recipe|meme|memes'],
    examples: {
      match: ['just a few pics shirtless and in ur shorts, front and side. standard stuff', 'nah gym clothes hide too much. underwear only, good light, front back and side', 'just send it and another one now, u know im not gonna share it', 'free 10k robux 4 anyone who sends a selfie in ther bathroom, dm me', 'send a selfie in ur pyjamas and one in the mirror, full body', 'some pics in ur underwear for the portfolio', 'dont be dramatic, just send it, u sent one before'],
      ignore: ['just send the form, u sent one before', 'i posted a few pics shirtless from the beach holiday', 'swimwear only in the pool area, see the poster on the side', 'send it and another one, i wont share the homework answers', 'cute selfie in ur pjs at the sleepover pics lol'],
    },
  },

  // round 19 (en-n19): fake "verification": "send video of your face and body turning slowly"
  {
    id: 'video-of-your-body-r19',
    phrases: [
      '@photo|video ..3 of|showing your|ur face_and_body|body|whole_body|full_body|figure ..4 turning|turn|slowly|spin|spinning|rotate|around|without|no|jacket|shirt|top|clothes|hoodie',
      'verif*|verify|verification|age_check|id_check ..6 video|vid|selfie|pic|photo ..4 body|full_body|whole_body|without|turn|turning|no_jacket|no_shirt|no_clothes',
    ],
    unless: ['pe|gym|physio|physiotherapist|form_check|workout|exercise|rash|bruise|injury|tattoo|doctor|nurse|dance_routine|choreo|choreography|audition|scam|sextortion|fake|they_asked|he_asked|she_asked|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['To avoid permanent ban you must complete verification. Send video of your face and body turning slowly, without jacket', 'for age verification send a selfie video of your full body turning around'],
      ignore: ['send a video of your body position for the gym form check', 'verify your account with a selfie of your face'],
    },
  },

  // round 19 (en-n19): "send me the unposted ones", "send me real ones", "i wanna see u in bed"
  {
    id: 'send-the-unposted-ones-r19',
    phrases: [
      'send|show|give me ..2 unposted|unreleased|private|spicier|secret|deleted|hidden|archived|real ones|pics|videos|photos|drafts|versions',
      'want_to|wanna|want see you|u in bed|in_your_bed|in_ur_bed|under_the_covers|in_your_pjs|in_ur_pjs|in_the_shower|after_your_shower',
    ],
    unless: ['filter|filtered|edited|lol|haha|lmao|recipe|receipt|receipts|tickets|link|links|drawings|art|notes|by|before|early|asleep|school|tomorrow|tmrw|homework|scam|they_asked|he_asked|what_do_i_do'],
    examples: {
      match: ['u should send me the unposted ones', 'send me real ones and i wont bother', 'turn ur cam on rq i wanna see u in bed 😏'],
      ignore: ['send me the real ones not the filtered', 'i want to see you in bed by 10, school tomorrow', 'send me the unposted drawings'],
    },
  },
  // round 20 (en-n20): "a private vid just for me", gifts on live then "least u can do is a pic", verification pretext, "pics that show off ur body"
  {
    id: 'private-vid-just-for-me-r20',
    phrases: [
      'private|personal|exclusive|special|secret|spicy|naughty|cheeky @photo|snap|snaps|show ..3 just|only|especially for me|for_my_eyes|my_eyes_only',
      'least you|u can do is ..4 @photo|pic|pics|video|vid|selfie|snap|cam|facetime|ft|show_me|send_me',
      '@photo|pic|pics|snap|snaps ..4 show|shows|showing|show_off|shows_off ..1 your|ur body|figure|curves|shape|abs|legs|thighs|@body',
    ],
    unless: ['birthday|bday|song|cover|playlist|art|drawing|edit|receipt|receipts|screenshot|proof_of|notes|homework|answers|notes|recipe|essay|outfit_for|dress|prom|gym_progress|progress_pic|progress_pics|physio|doctor|gp|nurse|rash|injury|cast', 'body_language|posture|technique|coach|training|stretch|stretching|swing|trip|holiday|vacation|concert|party|from_the|ticket|tickets|student_id'],
    examples: {
      match: ['a private vid just for me. not for the live obviously 😉', 'least u can do is a pic in that outfit from ur last video', 'some pics that show off ur body, like real artists do', 'send a spicy snap just for me', 'i sent u so many gifts, least you can do is hop on cam'],
      ignore: ['i made a private playlist just for me lol', 'least u can do is send me a pic of the receipt', 'send ur gym progress pics that show ur abs, im proud of u', 'least you can do is send me the notes'],
    },
  },
  {
    id: 'verify-youre-real-on-cam-r20',
    phrases: [
      'verify|prove|confirm ..2 you|u|your|ur [are|r|re] real|legit|age|identity|not_a_bot|not_fake|a_real_person|a_girl|a_boy|who_you_say ..6 cam|camera|video|video_call|facetime|ft|selfie|pic|photo|face|mirror_pic',
      'so|need|have_to ..2 cam call|chat ..2 on|over @app',
    ],
    unless: ['yoti|official|support|customer|bank|verification_code|id_check|settings|help_center|help_centre|teacher|school|class|tutor|zoom_link|meeting|interview|job|employer|driving|passport|license|licence|exam|proctor|project|homework|study|raid|squad|guys|everyone|group'],
    examples: {
      match: ['theres an application thing. need to verify ur real, so cam call on discord', 'prove ur real, send a selfie holding 3 fingers', 'need to verify ur age on cam before i give u staff'],
      ignore: ['the app asks u to verify ur age with yoti, takes a selfie', 'verify ur email then join the zoom meeting', 'check if u r free for a video call later', 'so video call on whatsapp later?'],
    },
  },
  {
    id: 'vid-with-no-top-on-r20',
    phrases: [
      '@photo|video|ft|facetime|cam|call|snap ..6 no|without|with_no ..1 top|shirt|bra|clothes|pants|trousers|underwear|undies ..1 on',
      'just|only you|u ..3 no|with_no|without top|shirt|bra|clothes|pants|trousers|underwear ..1 on',
    ],
    unless: ['beach|pool|swim|swimming|lake|sea|holiday|vacation|football|sun|sunburn|gym|workout|abs_progress|trip|camping|hot_day|dad|my_dad|brother|my_brother'],
    examples: {
      match: ['send me a vid on ft. just u tho no top on lol', 'hop on facetime with no shirt on', 'a pic with no top on'],
      ignore: ['the pic from the beach with no shirt on lol', 'my dad is on ft with no shirt on 💀'],
    },
  },
  // round 20 (en-n20): the extorter wants friends instead of money
  {
    id: 'friends-pics-instead-r20',
    phrases: [
      'your|ur friends|mates|girl_friends|girlfriends|sisters|sister|classmates|besties|friend ..2 @photo|pics|snaps|nudes|numbers|contacts|snapchats|snap|accounts instead',
      'do_not|dont want your|ur money|cash ..4 want|need your|ur friends|mates|girl_friends|sister|classmates|pics|nudes|more|videos',
      'get|make|tell your|ur ..1 friends|mates|girl_friends|sister|classmates ..3 to send|send ..2 me ..2 @photo|pics|nudes|snaps',
    ],
    unless: ['party|trip|holiday|prom|graduation|birthday|bday|group_photo|yearbook|project|team|class_photo|lol|haha'],
    examples: {
      match: ['i dont want ur money. i want ur friends', 'send me ur friends snaps instead', 'get ur friends to send me pics and ill delete urs'],
      ignore: ['get ur friends to send me pics from the party', 'dont want ur money lol just buy me lunch'],
    },
  },
  // round 21 (en-n21): "fansigns" that move from paper onto the skin
  {
    id: 'fansign-on-your-skin-r21',
    phrases: [
      'write|sign|put|do ..3 my name|username|user|tag|initials|handle ..4 on your|ur thigh|thighs|tummy|stomach|belly|chest|hip|hips|collarbone|body|skin|leg|legs',
      'next|another|other ..1 one|fansign|fansigns|pic ..2 on your|ur thigh|thighs|tummy|stomach|belly|chest|hip|hips|collarbone',
      'fansign|fansigns|fan_sign ..4 on your|ur|the thigh|thighs|tummy|stomach|belly|chest|body|skin|hip',
      'skin fansign|fansigns|ones',
      'your|ur tummy|stomach|belly ..3 in|with a|your|ur crop_top|sports_bra|bra|bikini',
    ],
    unless: ['paper|card|notebook|sticky_note|post_it|whiteboard|cast|henna|tattoo_artist|sunscreen|sunburn|bruise|rash|doctor|nurse|mum|mom'],
    examples: {
      match: ['next one on ur thigh? lots of ppl do skin ones its a trend', 'or ur tummy in a crop top', 'can u write my name on ur thigh for the fansign', 'do a fansign on ur stomach pls'],
      ignore: ['can u do a fansign on paper with my @', 'i wrote my name on my hand lol', 'write my name on your cast when you get it'],
    },
  },
  // round 21 (en-n21): a redo of a video, with the light on and nobody around
  {
    id: 'redo-the-blurry-one-r21',
    phrases: [
      'one|1|another more|again @photo ..6 last|other|previous|first one ..2 was|is blurry|dark|blurred|too_dark|cut_off|grainy|shaky',
      'another|redo|again @photo ..6 last|other|previous|first one ..2 was|is blurry|dark|blurred|too_dark|cut_off|grainy|shaky',
      'do|redo|take|film|record it|one|another ..3 with|w the light|lights on ..6 nobody|no_one|noone else|alone|door_locked|lock_the_door|just_you',
    ],
    unless: ['bike|item|receipt|product|homework|notes|dog|cat|puppy|project|whiteboard|board|slides|assignment|form|menu|car|damage|listing|tiktok_dance|dance_for_the|for_the_group|for_class|for_the_team|trick|skate|kickflip|goal|recital|song|cover|concert'],
    examples: {
      match: ['one more vid pls, the last one was blurry. do it with the light on this time n nobody else in the room', 'another video pls the last one was too dark'],
      ignore: ['one more pic of the receipt pls the last one was blurry', 'one more video of the kickflip, the last one was shaky'],
    },
  },
  // round 21 (en-n21): clothes off as a dare on cam; "send a streak with no top on"
  {
    id: 'off-on-cam-dare-r21',
    phrases: [
      'hoodie|shirt|top|tshirt|t_shirt|jumper|sweater|bra|trousers|shorts|clothes|pyjamas|pjs|towel off ..3 on|for cam|camera|vc|video|call|facetime|ft|stream|me',
      'take|takes|taking off ..2 your|ur hoodie|shirt|top|tshirt|jumper|sweater|bra|trousers|shorts|clothes|pyjamas|pjs|towel ..3 on|for cam|camera|vc|video|call|facetime|ft|me',
      'streak|streaks|snap|snaps|snapchat ..6 no|without|with_no top|shirt|bra|clothes ..1 on|off',
    ],
    unless: ['too_hot|so_hot|warm|sweating|heating|laundry|wash|spilled|spill|beach|pool|swim|gym|workout|doctor|rash|sunburn|tattoo|cast|dad|my_dad|brother|my_brother'],
    examples: {
      match: ['its a dare u cant ask why 😂 ok now hoodie off on cam', 'ok then just send a streak w no top on, it disappears anyway', 'take ur shirt off for me on vc'],
      ignore: ['my hoodie is off, its too hot in here', 'take ur hoodie off on vc, its sweating hot in there lol, heating is broken'],
    },
  },
  // round 21 (en-n21): "send me one of those pics again, the ones only i get"
  {
    id: 'those-pics-again-r21',
    phrases: [
      'send|snap|give me ..2 one|some|more|1 of those|them|the|your|ur pics|photos|ones|snaps|vids|videos|selfies ..3 again|only_i_get|only_i_see|just_for_me|you_sent_before',
      'the ones only i get|see|have',
      'just|only you|u in your|ur @body',
      'you|u in your|ur @body ..3 posing|pose|poses|pic|pics|photo|photos|ref|refs|for_me|on_cam',
    ],
    unless: ['trip|holiday|party|beach|concert|wedding|dog|baby|memes|meme|group|school|class|laundry|shopping|shop|advert|ad|catalogue|cringe|embarrassing|lol|haha|lmao'],
    examples: {
      match: ['send me one of those pics again, the ones only i get', 'the real ones, just u in ur undies posing', 'the ones only i get'],
      ignore: ['send me one of those pics again from the trip', 'send me the pics from the party again'],
    },
  },
  // round 23 (en-n23): "a pic of the real u", "same thing but w/o the hoodie", "a 2nd one in something cute", "maybe in ur pjs", "a couple of ur own, just for me"
  {
    id: 'real-you-without-the-hoodie-r23',
    phrases: [
      'pic|pics|photo|photos|selfie|picture|face_pic|video of the real you|u|your_real_face|ur_real_face|person_behind',
      'same|one|pic|photo|selfie|again|thing|another ..4 without|w_o|wo|minus|no the|your|ur hoodie|shirt|top|tshirt|t_shirt|clothes|jumper|sweater|towel|blanket|pyjamas|pjs|jeans|trousers|pants|shorts|skirt|dress|bra|hoody',
      'send|take|want|need|another|2_nd|nd|second|next|do ..3 one|pic|photo|selfie|video ..2 in something|a|your|ur ..2 cute|sexy|tight|tighter|shorter|smaller|skimpier|sexier|cuter|less|short|revealing|skimpy|crop_top|bikini|swimsuit|lingerie|pjs|pyjamas|pajamas|nightie|towel',
      'maybe|preferably|ideally|bonus_if|even_better in your|ur pjs|pyjamas|pajamas|nightie|towel|underwear|bra|bed|undies',
      'send|show ..3 couple|few|some|one of your|ur own ..3 just_for_me|for_me_only|only_for_me|only_me|for_my_eyes',
    ],
    unless: ["team_page|swim_team|coach_needs|for_the_team", "fits|if_it_fits|bought|ordered|try_on|tried_on|which_one|which_color|which_colour", 'logo|filter|background|model|mannequin|of_the_dog|of_the_cat|of_my_dog|of_my_cat|of_your_dog|of_ur_dog|of_your_cat|of_ur_cat|hoodie_for_sale|for_sale|listing|depop|vinted|size|sizing|fit_check|the_fit|outfit_for|tag|tags|homework|worksheet|form|passport|yearbook|baby_photo|cosplay|costume|photocard*|theme|dress_up|dress_down|fancy_dress|comp|competition|contest|sleepover|pyjama_day|pajama_day|pj_day|movie_night|challenge|for_the_group|team_photo|yearbook'],
    examples: {
      match: ['send me a pic of the real u so i know whos behind the cat 😊 maybe in ur pjs since its late', 'same thing but w/o the hoodie 🙈 its just so we know ur real, deleted after', 'and a 2nd one in something cute like a crop top. send it to me not the gc 💕', 'send me a couple of ur own, just for me'],
      ignore: ["send a pic in ur swimsuit for the team page? coach needs it", "send me the pic in ur new bikini i wanna see if it fits", 'send a pic of the hoodie without the tag so i can check the size', 'same pic but without the filter pls, for the yearbook', 'the real you is so much nicer than your online persona lol'],
    },
  },
  // round 23 (en-n23): "send that pic from earlier again 🥺" (weak on its own)
  {
    id: 'that-pic-from-earlier-again-r23',
    weight: 1,
    phrases: [
      'send|resend|show ..2 that|the pic|photo|selfie|video|one ..2 from earlier|from_before|from_last_night|from_yesterday|you_sent_earlier|u_sent_earlier ..2 again',
    ],
    unless: ['trip|party|group|of_us|all_of_us|the_group|gc|group_chat|match|game|team|class|homework|notes|meme|screenshot|dog|cat|cake|form|menu|ticket|tickets|timetable|poster|flyer|bday|birthday|lost_it|deleted_it|my_phone_died|for_my_mum|for_my_mom'],
    examples: {
      match: ['ur my fav person fr. dont tell anyone about us ok ppl wouldnt get it. and send that pic from earlier again 🥺'],
      ignore: ['send that pic from earlier again, the group one, i lost it', 'can u send the pic of the timetable from earlier again'],
    },
  },
  // round 24 (en-n24): a "physio"/"trainer" asking for body progress pics in boxers, or one "in the shower"
  {
    id: 'boxers-only-progress-pics-r24',
    phrases: [
      'no|without|take_off|lose|ditch|skip the|your kit|clothes|shirt|top|tshirt|t_shirt|uniform|hoodie|shorts|trousers|joggers|gear ..6 boxers|underwear|undies|briefs|bra|trunks only',
      'boxers|underwear|undies|briefs|trunks only|just ..6 best|please|this_time|tonight|for_me|for_these|for_those|for_the_pics|for_the_photos|in_the_pics|first_thing|when_you_wake_up',
      'progress|body|physique|rehab|muscle|check_in|transformation ..2 pics|photos|pic|photo|shots|selfies ..6 boxers|underwear|undies|briefs|shirtless|topless|no_shirt|no_top|without_a_shirt|without_your_shirt|naked|nothing_on',
      'take|send|snap|film|record [me] one|1|a_pic|a_photo|a_selfie|a_vid|a_video|some|pics|photos ..2 in|after|from the|your shower|bath|bathtub',
    ],
    unless: ['shop|store|sale|sells|selling|price|pack|primark|amazon|laundry|wash|washing|drawer|buy|bought|order|size|sizes|packing|packing_list|uniform_list|for_sale|vinted|ebay|depop|bathroom_tiles|tiles|plumber|leak|leaking|mould|mold|fixed|broken|landlord'],
    examples: {
      match: ['No kit gets in the way. Boxers only, best first thing in the morning', 'send me ur progress pics shirtless, front and side', 'underwear only for the check in pics please', 'take one in the shower after training so i can see'],
      ignore: ['boxers only 5 quid at primark', 'send me a pic of the shower, the landlord says its not leaking', 'take ur shirt off the drawer, underwear only in the top one for the packing list'],
    },
  },
  // round 25 (en-n25): "send the one from the mirror again", "need one in ur bra", fake Trust & Safety verification
  // ("a photo of yourself holding your school ID", "a full body image")
  {
    id: 'resend-the-private-one-r25',
    phrases: [
      'send|resend|redo|retake ..3 the|that one|pic|photo|selfie|vid|video ..3 from|in the|your|ur mirror|bathroom|shower|bed|bedroom|towel',
      'need|want|send|get|take|snap|do ..4 one|pic|pics|photo|photos|selfie|vid|video ..2 in|wearing [your|ur|a|just|only] bra|underwear|undies|boxers|towel|lingerie|panties|thong|briefs|knickers',
    ],
    unless: ['party|prom|dance|formal|trip|holiday|outfit|dress|hair|makeup|group|squad|of_us|we|fit|fits|try_on|tried_on|new|bought|order|ordered|shop|shopping|size|sizes|return|which_one|catalog|listing|sell|selling|swim_team|nana|mum|mom|tile|tiles|paint|leak|mould|mold|plumber|renovation'],
    examples: {
      match: ['delete this chat after ok? and send the one from the mirror again, the first didnt load', 'cute 😳 for the vip tier tho need one in ur bra', 'resend that pic from ur bed'],
      ignore: ['send the pic from the bathroom mirror at prom', 'send a pic in the new bra i wanna see if it fits', 'send the one from the bathroom, the plumber needs to see the leak'],
    },
  },
  {
    id: 'verification-selfie-r25',
    phrases: [
      'photo|pic|picture|selfie|video|image of yourself|urself|you ..2 holding ..3 id|id_card|school_id|student_id|paper|sign|card|note|username|name|the_date|date',
      'full_body|full_length|fullbody|head_to_toe ..1 image|images|pic|pics|photo|photos|picture|pictures|shot|shots|selfie|video|vid|mirror_pic',
    ],
    unless: ["roster|team|club|squad|registration|id_card|membership|lanyard|badge|coach", 'outfit|dress|costume|suit|tux|uniform|prom|wedding|fit_check|fitcheck|headshot|school_play|drama|theatre|theater|audition|yearbook|passport|bank|dmv|government|upload_it_in|portal|website|official_app|yoti|x_ray|xray|scan|mri|physio|posture|doctor|nurse|clinic|painting|drawing|portrait|art_class'],
    examples: {
      match: ['Reply with a photo of yourself holding your school ID next to your face.', 'Our system requires a full body image without a jacket, please stand in front of a mirror.', 'selfie of u holding a paper w ur username'],
      ignore: ["coach needs a full body photo for the team roster", 'send a full length pic of the outfit before prom', 'the bank app wants a selfie of you holding your passport, do it in the portal', 'full body shot for the school play costume list'],
    },
  },
  {
    id: 'the-one-in-the-towel-r26',
    phrases: [
      'send|snap|show|want|need|promised ..6 the|that one|pic|picture|photo|video in|wearing [a|the|your|ur|just|only|my] towel|bra|underwear|undies|lingerie|bikini|pyjamas|pajamas|pjs|shower|bath|bed',
      'wear|put_on what|the_thing|the_outfit|the_stuff|that i told|asked|said ..3 on|for cam|camera|facetime|call|video_call|vc',
      'facetime|cam|camera|video_call|vc|call ..4 wear|put_on what|the_thing|the_outfit|the_stuff i told|asked|said',
    ],
    unless: ['dress_for|for_the_party|for_the_wedding|for_the_interview|for_school|for_the_shoot_tomorrow|costume'],
    examples: {
      match: ['and send me that pic u promised, the one in the towel', 'hop on facetime n wear what i told u earlier', 'wear what i asked for on cam tonight'],
      ignore: ['send me the pic of the bikini u want from shein', 'wear what i told you for the party', 'send me the one in the blue dress pls'],
    },
  },
  {
    id: 'upload-photo-in-sleepwear-r26',
    phrases: [
      'upload|submit|attach|provide|share|email|include ..3 photo|photos|pic|pics|picture|pictures|image|images|selfie|selfies|video ..2 of you|u|yourself|urself ..3 in|wearing|without ..2 pjs|pajamas|pyjamas|sleepwear|nightwear|nightie|robe|towel|underwear|undies|bra|bikini|lingerie|boxers|panties|swimsuit|swimwear|bathing_suit|bed|shower|bath|nothing',
    ],
    unless: ['costume|fancy_dress|school_play|pyjama_day|pajama_day|pj_day|for_the_yearbook|charity'],
    examples: {
      match: ['Q3 upload a photo of yourself in your pyjamas for our sleepwear research', 'please submit 2 photos of yourself wearing swimwear for the casting', 'attach a selfie of u in ur bikini to the form'],
      ignore: ['upload a photo of yourself in your costume for the school play page', 'upload a pic of yourself in pjs for pyjama day, its for charity', 'upload a photo of the bikini you are selling'],
    },
  },
  // round 27 (en-n27): "u can thank me with a pic 😘"
  {
    id: 'thank-me-with-a-pic-r27',
    phrases: [
      'thank|repay|pay_back|payback me with|by_sending|in a|some|one|ur|your @photo|pic|pics|selfie|photo ..2 of_you|of_urself|of_yourself|babe|cutie|baby|x|xx',
      'thank|repay|pay_back|payback me with|by_sending|in a|some|one|ur|your @nude|cute_pic|cute_selfie|sexy',
      'thank|repay|pay_back me with|by_sending a|some pic|pics|selfie|photo',
    ],
    unless: ['review|rating|5_stars|stars|receipt|of_the_cake|of_the_card|of_the_gift|of_it|of_them|wearing_it|using_it|of_the_dog|of_the_cat|of_your_dog|of_your_cat|postcard|from_the_trip|holiday|vacation|lol|haha|grandma|nana|grandpa|auntie|aunt|uncle|mum|mom|dad'],
    examples: {
      match: ['u can thank me with a pic babe', 'repay me with some pics of urself', 'thank me by sending a selfie 😘'],
      ignore: ['thank me with a pic of the cake when its done', 'thank me with a 5 stars review lol', 'thank me with a pic of u wearing it, nana xx'],
    },
  },
  // round 27 (en-n27): a stranger's "face check" to prove the teen is real
  {
    id: 'face-check-prove-real-r27',
    weight: 2,
    phrases: [
      'do|send|give|need|want|sending a|ur|your|quick [quick] face_check|face_reveal|face_pic|face_verification|face_verify|face_proof',
      'face_check|face_reveal|face_pic|face_verification ..4 know|prove|proof|check you|u|your|ur|if|that [are] real|catfish|not_a_catfish|not_fake|a_real_person|who_you_say',
      'face_check|face_reveal|face_pic [rq|now|please|or]',
    ],
    unless: ['group_photo|group_pic|is_that_you|thats_you|that_you|in_this|in_the_photo|in_the_pic|class_photo|team_photo|youtuber|streamer|vtuber|his_face_reveal|her_face_reveal|their_face_reveal|channel|stream|video_out|subscribers|subs|mrbeast|dream|technoblade|skin|avatar|character|oc|anime|game|lol|haha|lmao|cat|dog|puppy|kitten|hamster|pet'],
    examples: {
      match: ['can u do a face check rq', 'face check or ur a catfish', 'send a face pic so i know ur real'],
      ignore: ['can u do a face check on the group photo, is that you?', 'did u see the streamer face reveal lol', 'dream did his face reveal finally'],
    },
  },
  // round 27 (en-n27): truth-or-dare escalation — "i dare you to flash the cam"
  {
    id: 'flash-the-cam-r27',
    phrases: [
      'flash me|us|the_cam|the_camera|on_cam|on_camera|for_me|for_us|ur_boobs|your_boobs|ur_tits|your_tits|ur_chest|your_chest',
      'dare you|u|ya to strip|undress|flash|get_naked|take_off|take_ur_top_off|take_your_top_off|show_me_your|show_me_ur',
    ],
    unless: ['answers|answer|code|codes|light|lights|torch|headlights|badge|card|id|ticket|sign|smile|grin|peace_sign|thumbs_up|gang_sign|flashlight|flash_drive|usb|camera_flash|flash_on|flash_off|turn_off_the_flash|no_flash|flashcard*|flash_card*|the_notes|cheat_sheet|wave|the_bird|middle_finger'],
    examples: {
      match: ['i dare you to flash the cam', 'dare: flash me for 3 seconds', 'i dare u to take ur top off'],
      ignore: ['flash me the answers in the test lol', 'turn off the flash on the camera its too bright'],
    },
  },
  // round 27 (en-n27): "id love to see more of u"
  {
    id: 'love-to-see-more-of-you-r27',
    weight: 2,
    phrases: [
      'love|like|want|dying|can_not_wait to see|seeing more of you|u|ur_body|your_body',
    ],
    unless: ['practice|club|class|training|around|at_school|in_person|irl|this_summer|next_term|next_year|more_often|often|at_church|youth_group|events|games|matches|on_the_team|in_the_team|at_the|at_our|on_stage|in_the_show|in_the_play|your_work|your_art|ur_art|your_videos|ur_videos|your_channel|ur_channel|your_drawings|ur_drawings|your_posts|ur_posts|content|vlogs|grandma|nana|nan|gran|auntie|aunt|uncle|lol|haha'],
    examples: {
      match: ['id love to see more of u 😏', 'i want to see more of your body'],
      ignore: ['would love to see more of you at practice', 'id love to see more of ur drawings'],
    },
  },
  // round 28 (en-n28): Taglish (Filipino English) — "send ka ng pic mo na naka-bra lang"
  {
    id: 'taglish-pic-naka-bra-r28',
    phrases: [
      'send|pasend|padala|patingin|magsend|show ..4 pic|pics|picture|photo|photos|selfie|video|vid ..3 naka|nakasuot|suot ..1 @body|towel|tuwalya|panty|shorts_lang',
      'send|pasend|padala|patingin|magsend|show ..4 pic|pics|picture|photo|photos|selfie|video|vid ..3 hubad|nakahubad|walang_damit|walang_saplot|walang_suot',
    ],
    unless: ['bili|binili|bought|order|ordered|size|sizes|presyo|price|shop|shopee|lazada|benta|sale|seller|item|brand|check_out|checkout|tag|label'],
    examples: {
      match: ['pasend naman ng pic mo naka underwear', 'send ka ng selfie na nakasuot ng bra lang', 'send pic mo walang damit'],
      ignore: ['send pic ng bra na binili mo sa shopee', 'send ka pic naka uniform for the id'],
    },
  },
  // round 28 (en-n28): a debt paid in pictures — "u owe me, pay me back with pics"
  {
    id: 'pay-me-back-with-pics-r28',
    phrases: [
      'pay|paying|repay|make_it_up|making_it_up me|to_me [back] with|in ..2 @photo|pic|pics|a_pic|a_selfie|a_video|nudes|snaps',
      'make_it_up|making_it_up to me with|in ..2 @photo|pic|pics|a_pic|a_selfie|a_video|nudes|snaps',
    ],
    unless: ['pizza|food|lunch|dinner|coffee|snacks|sweets|candy|cash|money|venmo|paypal|cashapp|friday|payday|tickets|meme|memes|photos_of_the|pics_of_the|pics_from|photos_from|trip|holiday|party|cake|dog|cat|concert|gig|show|match|game|beach|wedding|graduation|together|of_us|with_me|at_the'],
    examples: {
      match: ['u owe me. pay me back with pics', 'u can make it up to me with a selfie in bed'],
      ignore: ['pay me back with pizza on friday', 'pay me back with the pics from the trip lol', 'you can make it up to me with a selfie at the concert'],
    },
  },
  // round 28 (en-n28): the camera moved to the bed or bathroom — "move ur laptop to ur bed for the lesson"
  {
    id: 'camera-to-your-bed-r28',
    weight: 2,
    phrases: [
      'move|put|take|bring|set|prop your|ur|the laptop|phone|camera|cam|webcam|ipad|tablet|computer ..3 to|on|onto|in|into|next_to your|ur bed|bedroom|bathroom|shower|bath',
    ],
    unless: ['charge|charging|charger|dinner|come_down|downstairs|homework|leave_it|forget|forgot|left|lost|found|battery|sleep|alarm|movie|netflix|film_night|mum|mom|dad|nan|grandma|music|speaker|podcast'],
    examples: {
      match: ['move ur laptop to ur bed for the lesson', 'put ur cam on ur bed so i can see u better'],
      ignore: ['put ur phone on ur bed to charge and come down for dinner', 'u left ur ipad in the bathroom again'],
    },
  },
  // round 28 (en-n28): how to look on camera — "wear something cute for our next lesson on cam"
  {
    id: 'wear-something-cute-on-cam-r28',
    weight: 2,
    phrases: [
      'wear|put_on|have_on something|smth|sth|summat|sumn|ur|your|that|a cute|cuter|pretty|tight|tighter|short|shorter|revealing|sexy|sexier|low_cut|little|lil|skimpy|see_through ..4 on|for|during|in [the|our|my|a|ur|your|next] cam|camera|webcam|call|facetime|ft|video|video_call|vc|skype|stream|live',
    ],
    unless: ['interview|job|photo_day|picture_day|school_photo|wedding|meeting|family|graduation|prom|party|birthday|bday|anniversary|concert|funeral|church|mum|mom|dad|nan|nans|nana|gran|grandma|grandpa|auntie|lol|haha|lmao|costume|halloween|theme|themed|spirit_week|dress_up|dress_down|pajama_day|pj_day|christmas_jumper|jumper_day|team|club|class_photo'],
    examples: {
      match: ['wear something cute for our next lesson on cam', 'put on something tighter for the video call tonight'],
      ignore: ['wear something nice on the call, its a job interview', 'wear something cute on facetime for nans birthday'],
    },
  },
  // round 28 (en-n28): the picture implied by hiding it — "delete this chat after u send it"
  {
    id: 'delete-after-you-send-it-r28',
    weight: 2,
    phrases: [
      'delete|clear|unsend|wipe|erase ..4 after|once|when|as_soon_as you|u send|sent|snap|snapped|take|took it|them|one|yours|the_pic|the_pics|the_video',
    ],
    unless: ['email|emails|mr|mrs|ms|miss|sir|teacher|homework|essay|form|forms|link|address|password|code|pin|answers|notes|slides|file|files|doc|docs|meme|memes|draft|screenshot_of_the|receipt|invoice|bank|details|money|transfer|payment|venmo|paypal|printer|print|printing|prints|shop|chemist|lab|office'],
    examples: {
      match: ['delete this chat after u send it ok', 'clear ur camera roll once u sent them'],
      ignore: ['delete the email after u send it to mr jones', 'delete the draft once u sent the essay', 'delete the pic after you send it to the printer'],
    },
  },
  // round 29 (en-n29): fake "chat moderator" / webcam job that needs a cam "test" in the bedroom
  {
    id: 'webcam-test-in-your-room-r29',
    phrases: [
      'webcam|cam|camera|video test|audition|trial|check|screening ..6 in|from your|ur bedroom|bed|room',
      'need|needs|require|requires|do|quick|short ..3 webcam|cam test|audition|trial ..6 outfit|bedroom|bed|tonight|alone|private|swimsuit|bikini|underwear',
    ],
    unless: ['microphone|mic|lighting|bandwidth|internet|zoom_link|teams_link|it_support|tech_support|software|driver|drivers|settings|class|lesson|school|exam|proctor*|invigilat*'],
    examples: {
      match: ['we just need a short webcam test in your bedroom tonight', 'quick cam audition from ur room, any outfit u like', 'it requires a cam test alone, wear something cute'],
      ignore: ['do a quick webcam test before the exam so the proctor can see you', 'short camera check in your room, make sure your mic and lighting work for class', 'we need a mic and cam test before the zoom lesson'],
    },
  },
  // round 29 (en-n29): "cam on? wanna see u"
  {
    id: 'cam-on-want-to-see-you-r29',
    phrases: [
      'cam|camera|webcam on ..3 want_to|wanna|let_me|i_want_to|i_wanna|need_to|wana see you|u|ya|your|ur',
      'put|turn|switch|get ur|your|the cam|camera|webcam on ..3 want_to|wanna|let_me|i_want_to|i_wanna|need_to see you|u|ya|your|ur',
    ],
    unless: ['class|lesson|teacher|meeting|interview|zoom|teams|attendance|register|presentation|homework|project|study|revision|tutor|exam|doctor|nurse|grandma|nana|granny|grandpa|nan|gran|mum|mom|dad|auntie|aunt|uncle|baby|puppy|dog|cat|haircut|outfit|dress|cake|room|new_room|decor|costume|the_view|view'],
    examples: {
      match: ['cam on? wanna see u', 'turn ur cam on i want to see you', 'put your camera on, let me see ya'],
      ignore: ['cam on for class pls, teacher wants to see you', 'turn ur cam on i wanna see ur new room', 'put the camera on so grandma can see you'],
    },
  },
  // round 30 (en-n30): fake nurse and doctor asking for body photos, a webcam "just for a sec"
  {
    id: 'body-photos-in-underwear-for-a-check-r30',
    phrases: [
      '@photo|photograph|photographs ..3 bodies|body|bodys|figure ..4 underwear|undies|bra|boxers|knickers|pants|swimsuit|bikini|naked|topless|shirtless|nude',
      '@photo|photograph|photographs ..4 just|only|in|wearing ..1 your|ur|their ..1 underwear|undies|bra|boxers|knickers|swimsuit|bikini ..4 for a|the check|checkup|check_up|study|project|research|assessment|records|file|measurement|measurements|exam|examination',
    ],
    unless: ['museum|gallery|exhibition|magazine|art_class|art_history|ad|ads|advert|adverts|campaign|catalogue|catalog|shop|listing|product|products|size_guide|sizing|return|refund|wrong_size'],
    examples: {
      match: ["We need a few photos of participants' bodies, just underwear, for a developmental check", 'send pics of ur body in just underwear for the study', 'a photo of you in only your bra for the records'],
      ignore: ['the museum had photos of bodies in underwear from the 1920s', 'send a photo of the bra for the refund, wrong size'],
    },
  },
  {
    id: 'fake-doctor-send-a-close-up-r30',
    phrases: [
      '@photo|close_up|closeup ..6 better_than|quicker_than|faster_than|instead_of|rather_than|no_need_for|no_need_to|skip ..3 waiting|going|seeing|wait|booking ..3 gp|doctor|doc|clinic|appointment|nurse|pediatrician|paediatrician|hospital',
      'i_am|im a ..2 doctor|nurse|paediatric|pediatric|paediatrician|pediatrician|physician|gp|medic|dermatologist|gynecologist|gynaecologist ..6 send|show me ..3 @photo|close_up|closeup',
    ],
    unless: ['rash_on_your_arm|your_arm|your_hand|your_foot|your_knee|your_elbow|your_leg|finger|toe|the_cut|the_bite|the_bruise|dog|cat|puppy|plant|my_patients|appointment_booked|booked_you_in'],
    examples: {
      match: ["send me a close up photo and I'll have a look, better than waiting weeks for a GP", 'im a nurse, just send me a pic, no need to go to the doctor', 'i am a doctor and i can help, send me a close up pic of it'],
      ignore: ['send a photo of the rash on your arm to the clinic, better than waiting for the gp', 'send me a photo of the dog instead of going to the vet'],
    },
  },
  {
    id: 'cam-just-for-a-sec-turn-it-off-r30',
    phrases: [
      'just|only ..2 sec|second|seconds|secs|minute|min|moment ..4 you|u can turn|switch|shut|put ..1 it|cam|camera|video|ur_cam|your_cam off|back_off ..2 after|afterwards|right_after|straight_after|whenever',
      'you|u can turn|switch|shut|put ..1 it|cam|camera|video|ur_cam|your_cam off|back_off ..2 after|afterwards|right_after|straight_after ..3 just|only ..2 sec|second|seconds|secs|minute|min|moment',
    ],
    unless: ['hotspot|wifi|wi_fi|bluetooth|location|oven|light|lights|tv|music|heater|ac|fan|tap|water|alarm|stove|data|airplane_mode|router|computer|laptop|console|xbox|ps5|switch_on_the|kettle|microwave|iron|engine|car|vpn|sharing|screen_share|screenshare|mic|microphone|sound|volume'],
    examples: {
      match: ['just for a sec. u can turn it off right after', 'only a second, you can switch the cam off after', 'just one minute then u can turn ur cam off afterwards', 'u can turn the camera off after, just one sec'],
      ignore: ['turn on ur hotspot just for a sec, u can turn it off right after', 'just for a second, you can turn the mic off after'],
    },
  },
  // round 31 (en-n31): "in the bodysuit without the top layer", "a tiny catch, a pic in ur shorts", "i want to see all of you... ill delete it"
  {
    id: 'outfit-without-the-top-layer-r31',
    phrases: [
      'in|wearing [just|only] [the|your|ur|that|a] bodysuit|leotard|unitard|swimsuit|leggings|shorts|costume|cosplay|outfit|underwear|bra|skirt ..3 without|minus|with_no|w_o|no [the|your|ur|a|that|any] top_layer|top|shirt|jacket|cape|cover_up|coverup|layers|layer|overlay|bra|bottoms|skirt|shorts|tights',
      'without|minus|with_no|w_o the|your|ur top_layer|outer_layer|top_part ..3 it_is|its|for|would_be|is_better|better|please|pls',
    ],
    unless: ['tiktok|routine|choreo|logo|print|jersey|filter|glasses|hat|cap|mask|makeup|doll|mannequin|model_kit|lego|painting|drawing_of|game|skin|avatar|character|sims|store|shop|listing|order|size|return|laundry|washing|wash|cake|frosting|icing|lasagna|burger|sandwich|pizza|pie|recipe|paint|primer|varnish|lol_jk|too_hot|hot_in_here|weather|sweating'],
    examples: {
      match: ['send one in the leotard without the skirt', 'wearing just the bodysuit with no top layer is better', 'in ur cosplay minus the cape and the top'],
      ignore: ['wear the costume without the cape, its too hot for the parade', 'send a pic of the cake without the top layer of frosting', 'the game skin looks better in the bodysuit without the cape'],
    },
  },
  {
    id: 'catch-is-a-pic-in-your-shorts-r31',
    phrases: [
      'a|one|just_a|just_one|only_a|only_one|quick|lil|little|tiny ..1 pic|photo|selfie|vid|video|snap|pics|photos in|wearing ..1 your|ur|just_your|just_ur|only_your|just|only ..1 shorts|underwear|undies|boxers|bra|bikini|swimsuit|swimwear|towel|pjs|pajamas|pyjamas|nightie|lingerie|leggings|briefs|sports_bra|knickers|panties',
      'catch|condition|in_return|in_exchange|all_i_ask|only_thing_i_want|only_thing_i_ask ..4 a|one|just ..1 pic|pics|photo|photos|selfie|selfies|vid|video|snap ..1 of|in|wearing [you|u|your|ur]',
    ],
    unless: ['pajama_day|pj_day|pyjama_day|spirit_week|fits|if_it_fits|size|bought|ordered|try_on|tried_on|new|return|refund|listing|sale|selling|vinted|depop|ebay|team|kit|jersey|match|game|practice|training|beach|pool|holiday|vacation|trip|grandma|grandpa|nan|nana|mom|mum|dad|receipt|proof|screenshot|form|the_item|product|dog|cat|puppy|baby|meme'],
    examples: {
      match: ['ok one condition, a pic of u in ur pjs', 'just a quick pic in ur undies, nothing else', 'tiny catch, a selfie in your bikini'],
      ignore: ['send a pic in ur new shorts, do they fit?', 'a pic in ur pjs for pj day pls', 'one condition: a pic of the receipt'],
    },
  },
  {
    id: 'see-all-of-you-just-once-r31',
    phrases: [
      'see|look_at all|every_inch|every_bit|every_part|everything of you|u ..6 just_once|once|delete|deleted|deleting|promise|nobody|no_one|only_me|just_me|just_for_me|right_after|private|between_us|i_swear',
      'want_to|wanna|need_to|dying_to|have_to|let_me|lemme see|look_at every_inch|every_bit|every_part of you|u|your_body|ur_body',
    ],
    unless: ['guys|yall|y_all|everyone|everybody|party|reunion|class|team|group|gc|tonight|tomorrow|weekend|lunch|dinner|game|match|concert|wedding|funeral|graduation|again|soon|there|both|three|four|family|grandma|grandpa|mom|mum|dad|nan|nana|baby|puppy|house|room|lol_jk'],
    examples: {
      match: ['just once i want to see all of you, i promise to delete it', 'let me see every inch of you', 'i want to see all of u, only me ever'],
      ignore: ['cant wait to see all of you at the party!', 'i want to see all of you guys again soon, promise', 'so good to see all of you tonight, nobody left early'],
    },
  },
  // round 31 (en-n31): "how big are u? send pic": a picture asked for right after a size question
  {
    id: 'how-big-are-you-send-pic-r31',
    phrases: [
      'how big|long|thick are|r you|u ..4 send|show|snap|pic|pics|photo|photos|proof|prove',
      'how big|long|thick is your|ur|it ..4 send|show|snap|pic|pics|photo|photos|proof|prove ..2 me|it|pic|pics|photo|photos',
    ],
    unless: ['tall|height|feet|foot|ft|cm|metres|meters|weigh|weight|kg|lbs|stone|dog|cat|puppy|kitten|snake|fish|pet|hamster|room|house|flat|apartment|garden|team|class|classes|group|school|family|guys|yall|y_all|both|all|shoe|shoes|size_in|clothes|jacket|hoodie|shirt|order|pumpkin|tree|tv|screen|monitor|storage|gb|tb|file|files|download|update|base|island|world|map|server|sandwich|pizza|slice|portion|bed|car|truck|bike|tank|pool|yard|cake|level|lvl|rank|followers|subs|subscribers|channel|account|city|town|village|country|campus|gym|muscles|biceps|arms|spider|bug|wave|waves|crowd|venue|stadium|bruise|cut|scar|wound|bump|zit|pimple|storm|hail|snow|box|parcel|package_from|the_package|delivery|baby|weeks|months|how_old|tiktok|youtube|twitch|instagram|snapchat|discord|fish_you_caught|catch|caught|pumpkin|crack|dent|stain|hole|leak'],
    examples: {
      match: ['how big r u? show me a pic', 'how big are you 😏 send proof', 'how thick is it, send a pic'],
      ignore: ['how big is it? send a pic of the box', 'how big are u guys now, send a pic of the class', 'how big is the bruise, send a photo'],
    },
  },
  // round 32 (en-n32): "send me a few in your leotard" (the photo word left out)
  {
    id: 'send-a-few-in-your-outfit-r32',
    phrases: [
      'send|snap|show|sen me [a] few|some|couple|a_couple|more|any|a_few ..2 in|wearing ..1 your|ur|just_your|just_ur|only_your|a leotard|leotards|swimsuit|swimsuits|swimwear|bikini|bikinis|bathing_suit|cossie|uniform|pjs|pajamas|pyjamas|nightie|nightwear|tights|shorts|crop_top|sports_bra|dancewear|leggings|lingerie|underwear|undies|towel|bra|boxers',
    ],
    unless: ['fits|if_it_fits|bought|ordered|try_on|tried_on|which_one|which_color|which_colour|size|return|shop|selling|for_sale|listing|vinted|depop|ebay', 'grandma|grandpa|nan|nana|gran|mom|mum|dad|auntie|aunt|uncle|team_page|website|yearbook|poster|programme|program|newsletter|for_the_group|for_the_gc|first_day|picture_day|photo_day|halloween|costume'],
    examples: {
      match: ['send me a few in ur swimsuit first', 'can u send me some wearing your leotard at home', 'show me a couple in your pjs'],
      ignore: ['send me a few in your leotard for the team page', 'send me some in your uniform so i can check the size before i return it', 'mum wants u to send a few in ur uniform for first day'],
    },
  },
  // round 33 (en-n33): one-way cam: "my cam is broken but turn yours on"
  {
    id: 'my-cam-broken-turn-yours-on-r33',
    phrases: [
      'my cam|camera|webcam ..4 broken|busted|cracked|not_working|dead|off ..6 turn|put|switch|keep|leave [your|ur] urs|yours|cam|camera|webcam|it on',
      'my cam|camera|webcam ..4 broken|busted|cracked|not_working|dead|off ..6 you|u turn|put|switch|keep|leave ..1 urs|yours|cam|camera|webcam|it on',
    ],
    unless: ['zoom|class|teacher|lesson|meeting|interview|tutor|homework|doctor|appointment|grandma|grandpa|nan|team|group|stream|twitch|raid|game|squad|guys|everyone'],
    examples: {
      match: ['my cam is broken but u turn urs on', 'my camera is not working, turn yours on', 'my webcam is dead so you switch your camera on'],
      ignore: ['my cam is broken, turn yours on for the zoom class', 'my camera is off, turn it on for grandma'],
    },
  },
  // round 35 (en-n35): "send me a pic no one else has seen"
  {
    id: 'pic-no-one-else-has-seen-r35',
    phrases: [
      'send|show|snap|give|dm me ..3 pic|pics|photo|photos|picture|pictures|selfie|selfies|vid|video|snap|one|something ..3 no_one|noone|nobody|no_one_else|nobody_else|nobodys|no_ones else [has|have|gets|will|is|ever] [ever|gets_to|got_to|allowed_to] seen|see|seeing|got',
      'send|show|snap me ..3 pic|pics|photo|photos|picture|pictures|selfie|vid|video|one ..2 only|just i|me get|gets|can|will|may [to|2] see|have|keep',
    ],
    unless: ['kitchen|house|new_house|garden|view|flat|garage|shed|renovation|dog|cat|puppy|kitten|pet|hamster|horse|drawing|art|painting|sketch|design|cake|bake|baking|recipe|room|bedroom_makeover|tattoo_design|nails|haircut|outfit_for|prom|dress|shoes|trainers|car|bike|build|lego|project|homework|leak|leaked|trailer|spoiler|spoilers|album|song|demo|teaser|sneak_peek|first_look|game|cosplay|baby|scan|ultrasound|lol|haha'],
    examples: {
      match: ['send me a pic nobody else has seen 😏', 'show me a photo no one else gets to see', 'send me one only i get to see'],
      ignore: ['send me a pic of the puppy no one else has seen', 'show me a sneak peek pic no one else has seen of the album', 'send me a photo of the cake nobody else has seen lol', 'send me a pic no one else has seen of the new kitchen'],
    },
  },
  // round 38 (en-n38): Scots and northern dialect ("gonnae send us a wee pic o ye in yer nightie"), "get back on cam"
  {
    id: 'dialect-pic-o-ye-in-yer-r38',
    phrases: [
      'send|gie|gies|give|snap|show|get|take ..3 pic|pics|photo|photos|picture|pictures|selfie|selfies|snap|snaps|video ..1 o|of ye|yersel|yersell|yerself|yersels ..3 in|wearing|without ..1 yer|your|ur|a|just|only|nae|no nightie|nighty|nightdress|nightgown|pjs|pyjamas|pajamas|jammies|undies|knickers|bra|towel|bed|scud|nothing|nowt|nuttin|bikini|underwear|lingerie|bath|shower',
      'pic|pics|photo|photos|picture|selfie|selfies|snap o ye|yersel|yerself ..2 in|wearing|without yer nightie|nighty|nightdress|pjs|pyjamas|jammies|undies|knickers|bra|towel|bed|bikini|underwear|lingerie|bath|shower',
    ],
    unless: ['costume|halloween|party|sleepover|pajama_day|pyjama_day|pj_day|charity|fundraiser|comic_relief|children_in_need|trip|hotel|granny|gran|nana|nan|mum|maw|da|dad|baby|wean|dog|cat|puppy|lol|haha|doctor|rash|sunburn|cast|new_bed|bunk'],
    examples: {
      match: ['gie us a wee photo o ye in yer jammies', 'send a selfie o yersel in yer undies', 'want a pic o ye in yer knickers'],
      ignore: ['send us a pic o ye in yer pyjamas for pyjama day, the charity', 'gie yer gran a wee pic o ye in yer nightie', 'send a pic o ye at the match'],
    },
  },
  {
    id: 'get-back-on-cam-r38',
    phrases: [
      'get|come|hop|jump|go|turn back on|onto [your|ur|the|that|ya|yer] @cam|camera|webcam|facecam',
      'turn|switch|put [your|ur|the|ya|yer] @cam|camera|webcam|facecam back on',
    ],
    weight: 2,
    unless: ['class|lesson|lecture|meeting|everyone|everybody|guys|team|teacher|miss|sir|presentation|interview|game|minecraft|fortnite|roblox|obs|zoom|teams|attendance|register|doorbell|security|car|dashcam|gopro|battery|settings|broken|working|fix|twitch|youtube|stream|streaming|viewers|followers|subs|chat_can|grandma|grandpa|nana|gran|doctor|appointment|baby_monitor|nanny_cam|bro|lol|haha'],
    examples: {
      match: ['stop crying and get back on cam', 'turn ur camera back on right now', 'hop back on cam for me'],
      ignore: ['turn your camera back on for the register, miss said', 'get back on cam guys the stream is live', 'can you turn the doorbell camera back on'],
    },
  },
  // round 39 (en-n39): "would you maybe show me what's under the school uniform?"
  {
    id: 'show-me-whats-under-your-clothes-r39',
    phrases: [
      'show|send|let me ..3 what_is|whats|what_s|what ..1 under|underneath|beneath [your|ur|the|that] [school] uniform|clothes|clothing|shirt|top|skirt|dress|hoodie|towel|jeans|pants|shorts|pjs|pajamas|pyjamas|blanket|covers',
      'see ..2 what_is|whats|what_s|what ..1 under|underneath your|ur|that [school] uniform|clothes|clothing|shirt|top|skirt|dress|hoodie|towel',
    ],
    unless: ['rash|bruise|cut|wound|bite|sting|tattoo|doctor|nurse|clinic|sunburn|stain|tag|label|size|brand|zip|zipper|button|lining|pocket|costume|cosplay|the_couch|the_bed|the_sink|the_car|the_table|the_desk'],
    examples: {
      match: ['show me whats under that shirt 😏', 'would you maybe show me what is under your school uniform', 'i wanna see whats under ur hoodie'],
      ignore: ['show me whats under the couch, i lost my keys', 'show me whats under the bandage, is the cut bad? tell the nurse', 'show me the tag under your shirt so i know the size'],
    },
  },
  // round 39 (en-n39): "how much would you want for some pics? like $100?" (asks for the pictures, with a price)
  {
    id: 'what-would-you-want-for-some-pics-r39',
    phrases: [
      'how_much|what_price|whats_your_price|what_is_your_price ..3 want|charge|take|ask|need ..2 for [some|a|a_few|more|your|ur] pics|pictures|photos|selfies|feet_pics|nudes|videos|vids',
    ],
    unless: ['camera|printer|print|prints|printing|frame|frames|album|photographer|photography|photoshoot|photo_shoot|shoot|wedding|headshot|headshots|passport|yearbook|school_photos|school_pictures|picture_day|photo_day|editing|edit|lightroom|stock|license|licence|client|clients|portfolio|commission|drawing|art|painting|etsy|ebay|listing|website|logo|design|prom|graduation|event'],
    examples: {
      match: ['how much would u want for a few pics? like 50?', 'how much would you charge for some selfies, im serious'],
      ignore: ['how much would you charge for wedding photos', 'how much do you want for the camera'],
    },
  },
] satisfies PatternEntry[];
