import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'turn-your-pic-into-something-dirty',
    phrases: [
      'make|made|making|turn|turned|turning|edit|edited|editing|photoshop|photoshopped|morph|morphed ..3 pic|pics|photo|photos|picture|pictures|selfie|selfies|image|images|face ..2 into|look|like ..2 dirty|nude|nudes|naked|porn|porno|explicit|sexual|nsfw|xxx|sexy',
    ],
    unless: ['meme|memes|sticker|stickers|cartoon|anime|filter|news|article|story|heard|happened_to|girls_in|lol|lmao|haha|art|drawing|should_do|police_should|report_it|scam'],
    examples: {
      match: ['would be a shame if someone made your selfie into something dirty', 'i can turn that photo of you into a nude in 5 mins', 'easy to edit ur pics to look naked these days'],
      ignore: ['he turned my pic into a meme lol', 'can you edit the photos into a collage for mum', 'did u see the news, someone turned school photos into nudes'],
    },
  },
  {
    id: 'fake-nudes',
    phrases: [
      'make it|them|this look like you|u|its_you',
      'app|ai|tool|software|bot ..3 remove|removes|removing|take_off|takes_off ..2 clothes|clothing',
      'photoshop|edit|deepfake|morph|undress you|u ..2 naked|nude|into_porn|undressed|without_clothes|in_porn|topless',
      '@iwill|can|will|could|gonna|going_to photoshop|edit|morph|deepfake|put|paste|stick|face_swap|faceswap ..3 your|ur|ya face|pic|pics|photo|photos|picture|pictures|selfie|selfies|head|profile_pic|image|images ..4 porn|porno|nude|nudes|naked|body|sex|onto|on_to|into|with_ai|using_ai',
      'photoshop|photoshopped|edit|edited|morph|morphed|deepfake|deepfaked|paste|pasted ..3 your|ur face|head|pic|pics|photo|photos|picture ..3 onto|on_to|into|on_a|on ..3 porn|porno|nude|naked|body|bodies|sex|video|videos',
      'make|create|generate|made|making|created ..3 fake|ai|deepfake|deep_fake|edited|photoshopped ..2 nude|nudes|naked|porn|porno|sex|pics|photos|pictures|videos|video|images ..3 of you|of_you|with_your|with_ur',
      'make|create|generate|making ..3 ai|fake|deepfake|edited ..2 nude|nudes|naked|porn|porno|sex',
      'i|ive|we|weve|already|just made|created|generated ..3 ai|fake|deepfake|edited ..2 nude|nudes|naked|porn|porno|sex',
      'put|paste|stick|slap|glue|swap|putting|pasting|sticking|photoshop|photoshopping ..3 your|ur|ya face|head|faces ..3 on|onto|into|in|over ..3 porn|porno|nude|nudes|naked|body|bodies|sex|pornstar|pornstars|onlyfans|xxx',
      'or|else|otherwise ..2 i|ill|@iwill ..1 make|create|generate|do|edit fake|edited|ai|photoshopped|deepfake ones|pics|nudes|photos|versions|images|videos',
      'or|else|otherwise|if_not ..2 i|ill|@iwill ..1 make|create|generate ..2 nudes|porn|naked_pics|naked_ones|nude_ones ..2 of|with|from you|u|your|ur',
      '@iwill|can|could make ..2 you|u|your_pics|ur_pics|your_photos|ur_photos|them|your_selfies look naked|nude|undressed|topless|like_a_pornstar|like_porn|like_nudes|like_a_nude|like_youre_naked|like_you_are_naked',
      'deepfake|deepfakes|deep_fake|deepnude|deep_nude|nudify|undress_app|undress_ai|ai_nudes|fake_nudes ..4 you|u|your|ur',
      'with|using ai ..3 i|can|will ..3 make|undress|remove|take_off ..3 your|ur|them|you|it|clothes',
      'ai|app ..3 undress|undresses|remove_your_clothes|remove_ur_clothes|make_you_naked|make_u_naked',
      'no_one|nobody|noone|no_body|everyone ..3 will|would|gonna|going_to ..2 know|believe|tell|care ..3 fake|edited|photoshopped|ai|not_real|real|you',
      'they|it|them|people will [all] [still] look|looks|believe|think ..3 real|its_real|it_is_real|it_s_real|its_you|it_s_you|it_is_you|thats_you|that_s_you|that_is_you|is_you',
      'it|they|them will|would|gonna|going_to look|seem|be ..2 real|so_real|like_you|like_u',
    ],
    unless: ['ate|eat|eating|tacos|pizza|fish|caught|story|stories|ghost|ufo|alien|celebrity|met|won|score|dream|excuse|dog_ate|pro|professional|expert|genius|smart|older|talented|talent|proud|amazing|awesome|plant|tree|flower|fur|leather|fake_plant|wax|figure|statue|mannequin|diamond|diamonds|designer|rolex|gucci|bag|sneakers|tan|meme|memes|lol|lmao|haha|funny|movie|trailer|art|drawing|yearbook|poster|prop|props|costume|costumes|nails|flowers|plants|lashes|eyelashes|id|ids|money|tan|birthday|bday|filter|snapchat_filter|cartoon|anime|news|article|scam_alert|do_not_believe|homework|project|tiktok_trend|for_class|in_class|class_project'],
    examples: {
      match: ["i'll edit ur face in and people will think it's you", 'i already made ai nudes, pay or they go out', 'weve made fake porn with your face', "i'll make fake nudes of you", 'i can easily put ur face on some porn', 'send real ones or i make fake ones', 'i can make your pics look naked with one app', 'i can make your pics look like porn with an app. want everyone to see that?', "i can photoshop you naked", "i will make a deepfake of you", "i will edit your face onto a naked body",
        "I'm gonna photoshop your face onto porn",
        'nobody will know its fake',
        'i can edit your pics with AI so they look real',
        'i will make fake nudes of you',
        'ill make ai nudes with your face',
        'ill deepfake you into a porn video',
        'everyone will believe its real',
      ],
      ignore: ['keep your mouth shut and people will think you stupid', "they'll think you're a pro", "everyone will know the real you, so talented", "nobody will know its fake, the fake plant looks so real", 'i photoshopped your face on the birthday poster lol', 'i put your face on the team poster', 'send the real ones or i make fake ones for the prop table', 'this filter can make you look like a pornstar lol', 'this meme looks so real lol', 'the movie looks so real', 'some guys in year 10 made fake nudes from instagram photos, disgusting', 'they made ai porn of a teacher and got expelled'],
    },
  },
  {
    id: 'the-edit-i-made-of-you',
    phrases: [
      'look|see|check|like|seen ..2 the|this|my edit|edits|version|fake|fakes|deepfake|ai_pic|ai_pics|ai_video ..1 i|i_have|ive made|created|did|generated|edited of you|u',
      'deepfake|deepfakes|fake|fakes|edited|photoshopped|ai ..6 think|believe|assume ..1 its|it_is|thats|that_is|they_are|its_really|it_is_really you|u|real',
    ],
    unless: ['birthday|bday|meme|memes|lol|lmao|haha|funny|cartoon|anime|art|drawing|poster|filter|yearbook|team_photo|class_project|for_class|school_project|cute|sweet|beautiful|pretty|gorgeous|movie|trailer|news|article|scam|scammers|tiktok_trend|superhero|avatar|minecraft|roblox|game'],
    examples: {
      match: ['Look at the edit I made of you. Want me to send it to your class?', "i'll make a deepfake and everyone will think its you"],
      ignore: ['look at the edit i made of you for your birthday!', 'the ai art is so good everyone will think its real lol'],
    },
  },
  {
    id: 'face-on-someone-elses-body',
    phrases: [
      'your|ur face|head ..3 on|onto someone_elses|someone_else|somebody_elses|another|a_different|some_other|another_persons|some_random|a_random|a_naked|a_nude|a_porn body|bodies|naked_body|person',
    ],
    unless: ['filter|snapchat_filter|app_filter|costume|halloween|cartoon|superhero|meme|memes|poster|banner|birthday|bday|cake|shirt|mask|statue|painting|drawing|art|movie|game|avatar|sticker'],
    examples: {
      match: ['wanna see what ur face looks like on someone elses body? lol', 'i can put your face on a naked body'],
      ignore: ['look at your face on someone elses body with this snapchat filter lol', 'i put your face on a superhero body for your birthday'],
    },
  },
  {
    id: 'face-on-nasty-pics',
    phrases: [
      'put|paste|stick|slap|photoshop|edit|swap|putting|pasting ..3 your|ur|ya face|head ..3 on|onto|into|over ..2 nasty|dirty|explicit|sexual|x_rated|raunchy|nsfw|lewd|spicy|slutty|sex|xxx|porny|indecent|obscene ..1 pics|pictures|photos|videos|video|vids|stuff|images|bodies|body|clips|content',
      'ran|run|put|uploaded|upload|fed|feed|running|putting|uploading your|ur ..2 pic|pics|photo|photos|selfie|selfies|profile_pic|pfp|face|instagram_pics|pictures ..3 through|into|in ..3 ai|app|undress*|nudify|nudifier|generator|bot|deepfake',
    ],
    unless: ['filter|filters|anime|cartoon|ghibli|pixar|avatar|art|aging|age|old|older|baby|gender_swap|genderswap|lol|lmao|haha|jk|meme|memes|funny|cute|yearbook|linkedin|headshot|upscale|enhance|background|passport|resume|cv'],
    examples: {
      match: ['I can easily put your face on some nasty pics', 'ran ur profile pic through an undress app', 'i uploaded your selfies into the ai bot. wanna see?'],
      ignore: ['i ran your pic through the anime filter lol', 'put your face on the dirty laundry pic haha', 'ran your photo through the ai to make a linkedin headshot'],
    },
  },
  {
    id: 'make-edits-of-you-and-post',
    phrases: [
      '@iwill|gonna|going_to|can|could make|create|do|photoshop|generate edits|edit|fakes|fake_pics|fake_ones|fake_nudes|ai_pics|versions ..2 of you|u|your|ur ..4 post|send|share|leak|spread|upload|show|everyone',
    ],
    unless: ['birthday|bday|fan|fanpage|fan_page|cute|sweet|pretty|beautiful|lol|lmao|haha|jk|kidding|funny|meme|memes|anime|cartoon|ghibli|avatar|yearbook|team|game|tiktok_trend|trend|transition|glow_up|glowup|aesthetic|vibe|music|song|edit_audio|capcut|slideshow|anniversary|graduation|concert'],
    examples: {
      match: ['im gonna make edits of u and post them', 'i can make fakes of you and send them to everyone'],
      ignore: ['im gonna make edits of u for your bday and post them', 'i can make a glow up edit of you and post it'],
    },
  },
  // ---- round 6 (en-ut): fabrication threats said in other words ----
  {
    id: 'make-nudes-of-anyone',
    phrases: [
      'make|create|generate|made|making|do|produce ..1 nudes|nude|naked_pics|nude_pics|naked_photos|nude_photos|porn|naked_videos|nude_videos|naked_images|nude_images|sex_videos ..4 with|using|from|out_of|thanks_to ..2 ai|app|apps|photoshop|software|your|ur|just_your|one_pic|one_photo|a_selfie|your_selfies|your_face|a_single|any',
      'make|create|generate|made|making ..1 nudes|porn|naked_pics|nude_pics|naked_photos|fakes ..2 of|with anyone|anybody|everyone|any_girl|any_guy|any_person ..3 including|even|especially you|u',
    ],
    unless: ['news|article|law|laws|illegal|banned|ban|report|reported|scam|scammers|scammer|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|tell_an_adult|trusted_adult|takeitdown|take_it_down|ncmec|class|lesson|assembly|presentation|documentary|podcast|creepy_how|scary_how|its_scary|so_scary|so_creepy|terrifying|disgusting|should_be_illegal|lol|haha|jk'],
    examples: {
      match: ['i can make nudes of anyone with AI, including you', 'i can make nudes from just your selfies', 'ill create porn using your face'],
      ignore: ['the news says apps can make nudes from any photo, so scary', 'in class we learned people make fakes of anyone with ai, report it'],
    },
  },
  {
    id: 'everyone-will-think-its-really-you',
    phrases: [
      'everyone|everybody|people|they|no_one|nobody|your_parents|your_friends|your_family|your_school|your_mom|your_dad|the_whole_school will|would|gonna|going_to [all] [still] [just] think|believe|assume|say ..2 its|it_is|it_s|thats|that_s|that_is|they_are|theyre|its_really|it_is_really|it_s_really|its_actually [really|actually|totally|definitely|obviously] you|u|real',
      'make|making|edit|edited|photoshop|photoshopped ..3 it|them|the_photo|the_photos|the_pic|the_pics|the_video|the_picture|the_pictures|those|these|this|your_pic|your_pics|your_face ..1 look|seem|appear real|realistic|authentic|legit|convincing|like_you|like_u|like_its_you|like_it_is_you|like_nudes|like_a_nude|naked|nude|like_porn|undressed|like_you_are_naked|like_youre_naked',
      'no_one|nobody|noone will|would|gonna|going_to [ever] know|tell|notice|see|be_able_to_tell ..2 its|it_is|it_s|they_are|theyre|that_its|that_it_is|that_it_s fake|edited|photoshopped|ai|not_you|not_real',
    ],
    unless: ['wax|figure|statue|mannequin|cardboard|cutout|cut_out|crazy|impression|impersonation|voice|yearbook|so_good|good|great|beautiful|pretty|handsome|photo_shoot|glow_up|costume|halloween|cosplay|wig|twin|twins|lookalike|doppelganger|makeup|fake_tan|tan|blood|fake_blood|prop|props|movie|film|sfx|special_effects|vfx|cgi|render|3d|model|sky|background|lighting|shadow|shadows|drawing|painting|art|cake|flowers|plants|fake_plant|nails|lashes|eyelashes|hair_extensions|extensions|id|ids|money|bills|diamond|diamonds|jewelry|ring|bag|purse|gucci|designer|sneakers|shoes|rolex|watch|meme|memes|lol|lmao|haha|jk|kidding|funny|filter|snapchat_filter|game|roblox|minecraft|avatar|project|homework|assignment|class|school_project|prank|april_fools|birthday|bday|surprise|news|article|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult'],
    examples: {
      match: ['everyone will think its really you', "everyone will think it's really you", "nobody will know it's fake", 'we have people that can make the photo look real', 'I can edit your pics to make them look like nudes', 'your parents will believe its you', 'nobody will know its fake'],
      ignore: ["everyone will think it's really you, the wax figure is crazy", "everyone will think it's really you in the yearbook photo, it's so good", 'everyone will think its really you in that costume lol', 'i edited the photo to make the sky look real', 'nobody will know its fake, the tan looks so natural'],
    },
  },
  {
    id: 'ai-can-show-you-naked',
    phrases: [
      'look|looks|would_look|d_look|looking like ..1 naked|nude|undressed|without_clothes|with_no_clothes ..6 ai|app|apps|photoshop|deepfake|undress|nudify|bot|software|filter',
      'ai|app|apps|deepfake|nudify|bot|software|photoshop ..4 show|reveal|tell|undress|strip|make ..3 you|u|your|ur|what_you|what_u ..3 naked|nude|undressed|body|clothes|look_like',
      'make|create|generate|do|fake ..3 anything|whatever|whatever_i_want|what_i_want|anything_i_want|any_video|any_pic ..3 with|using|from your|ur face|selfies|pics|photos|profile_pic|videos|tiktoks',
      'your|ur face|selfies|pics|photos|profile_pic|tiktoks ..4 ai|app|apps|photoshop|deepfake|software ..4 make|create|do|generate|fake anything|whatever|everything|whatever_i_want|what_i_want|anything_i_want',
    ],
    unless: ['news|article|law|laws|illegal|banned|ban|scam|scammers|scammer|if_someone_says|if_somebody_says|if_anyone_says|if_someone_ever|if_somebody_ever|if_anyone_ever|tell_an_adult|trusted_adult|takeitdown|take_it_down|class|lesson|assembly|presentation|documentary|podcast|creepy_how|scary_how|its_scary|so_scary|so_creepy|terrifying|disgusting|should_be_illegal|anime|cartoon|ghibli|avatar|aging|old|older|baby|gender_swap|genderswap|filter_makes|meme|memes|art|drawing|sticker|stickers|emoji|bitmoji|birthday|bday|costume|halloween|game|roblox|minecraft|fortnite|haha|hahaha|lmao|filters'],
    examples: {
      match: ['Want to see what you look like naked? AI can show me', 'with your face and an app I can make anything', 'this app can make you look naked', 'i can make whatever i want with your selfies'],
      ignore: ["this app will make u look like a pornstar haha", 'this ai app can make you look like an anime character lol', 'the news says ai apps can show what anyone looks like naked, so scary', 'i can make whatever i want with your selfies for the birthday collage'],
    },
  },
  {
    id: 'photoshop-you-into-something-nasty',
    phrases: [
      'photoshop|photoshopped|edit|edited|deepfake|deepfaked|morph|morphed|ai ..1 you|u|your|ur ..3 into|onto|in something|smth|anything|a_video|a_pic|videos|pics nasty|dirty|sexual|explicit|porn|porno|naked|nude|inappropriate|x_rated|gross|disgusting|nsfw|sexy',
      'turn|turns|turning|turned|make|makes|making|convert*|transform* ..4 photo|pic|picture|selfie|image|photos|pics|pictures|selfies|images ..3 into|in|to a|an|into_a nude|nudes|naked|porn|nsfw|sex',
      'turn|turns|turning|turned|make|makes|making|convert*|transform* ..4 photo|pic|picture|selfie|image|photos|pics|pictures|selfies|images ..3 into|in|to nude|nudes|naked|porn|nsfw',
    ],
    unless: ['meme|memes|lol|lmao|haha|cartoon|anime|ghibli|pixar|avatar|painting|sketch|drawing|watercolor|oil_painting|sticker|stickers|emoji|bitmoji|filter|aging|old|baby|vintage|black_and_white|pdf|jpeg|jpg|png|wallpaper|poster|puzzle|cake|mug|shirt|news|article|illegal|scam|scammer|scammers|if_someone_says|if_somebody_says|if_someone_ever|if_somebody_ever|tell_an_adult|trusted_adult|so_scary|creepy_how|scary_how|nude_lipstick|nude_color|nude_colour|nude_shade|nude_nails|nude_heels|nude_makeup'],
    examples: {
      match: ['would be a shame if someone photoshopped you into something nasty and sent it around', 'I can turn any photo of you into a nude with this app', 'this app turns your selfies into nudes'],
      ignore: ['i can turn any photo of you into a cartoon with this app', 'i edited you into the meme lol', 'turn the photo into a pdf'],
    },
  },
  {
    id: 'your-face-on-a-naked-body',
    phrases: [
      'your|ur face|head|selfie|pic|photo ..3 on|onto|into ..3 naked|nude|porn|pornstar|nsfw|topless ..3 body|bodies|girl|girls|guy|guys|person|woman|man|video|videos|pic|pics|photo|photos|model',
    ],
    unless: ['filter|snapchat_filter|app_filter|costume|halloween|cartoon|superhero|meme|memes|poster|banner|birthday|bday|cake|shirt|mask|statue|painting|drawing|art|art_class|sculpture|museum|movie|game|avatar|sticker|nude_lipstick|nude_color|nude_colour|nude_shade|nude_nails|nude_heels|nude_makeup|nude_palette|lol|haha|jk'],
    examples: {
      match: ["your face on a naked girl's body. thats what ur school is gonna see", 'i put ur head onto a porn video'],
      ignore: ['your face on a nude statue body in the museum meme lol', 'put your face on the nude palette ad'],
    },
  },
  {
    id: 'fake-screenshots-of-you',
    phrases: [
      'make|create|fake|edit|photoshop|making|creating|faking ..1 fake|edited|photoshopped screenshots|screenshot|messages|chats|texts|dms|convos|conversations ..4 of|from|where you|u|your ..6 post|send|show|share|leak|everyone|your|saying|sending|asking',
      'edit|photoshop|fake|faking|doctor ..1 screenshots|screenshot|messages|chats|texts|dms ..4 where|of|showing you|u ..3 saying|asking|sending|begging|admitting|talking|say|ask|send|beg|admit',
    ],
    unless: ['lol|lmao|haha|jk|kidding|meme|memes|prank|april_fools|joke|funny|for_the_video|skit|movie|film|project|class|tutorial|scam|scammer|scammers|news|article|tell_an_adult|trusted_adult|careful|watch_out|be_careful|if_someone_says|do_not_believe'],
    examples: {
      match: ["i'm gonna make fake screenshots of you saying gross stuff and post them", 'ill edit screenshots where you ask for nudes and send them to your mom'],
      ignore: ['lets make fake screenshots of us for the april fools prank lol', 'be careful, people make fake screenshots of you and post them'],
    },
  },
  {
    id: 'make-them-myself',
    phrases: [
      'say|saying|said no|refuse|refusing|wont_send|will_not_send|do_not_send|dont_send ..4 i|ill|@iwill|i_will_just|ill_just [just] make|create|generate them|some|em|it|my_own|fakes|ones ..1 myself|anyway|my_self|with_ai|using_ai',
      'made|created|did|have|got|generated ..3 edits|edit|fakes|deepfakes|ai_pics|ai_versions|versions ..1 of you|u ..6 real|realistic|convincing|before_your|before_ur|class|school|everyone|want_to_see|wanna_see',
      'how real|realistic|convincing they|it|these|those look|looks ..3 before|after|when ..1 your|ur|everyone|everybody|@audience|class|school|does|do|sees|see',
      'create|make|start|open|set_up|made|created ..2 onlyfans|of_account|fansly|porn_account|nsfw_account|escort_ad|escort_page|porn_page ..4 your|ur face|name|pics|photos|nudes|videos|pictures',
    ],
    unless: ['cupcakes|muffins|brownies|i_mean|lol|haha|pancakes|sandwiches|posters|flyers|invitations|decorations|cookies|cake|food|dinner|lunch|bracelets|cards|card|shirts|costume|birthday|bday|cute|glow_up|glowup|aesthetic|collab|music|song|video_edit|capcut|highlight|reel|tiktok_trend|transition|yearbook|team|game|avatar|cartoon|anime|lol_jk|kidding|news|article|scam|scammer|scammers|tell_an_adult|trusted_adult|careful|watch_out|be_careful'],
    examples: {
      match: ["AI doesn't care if you say no. I'll just make them myself", 'i already made a few edits of u. want to see how real they look before ur class does?', 'refuse and ill create a whole onlyfans with ur face on it'],
      ignore: ["if you say no ill just make them myself, the cupcakes i mean", 'if you say no ill just make the cookies myself', 'i made a few edits of you for your bday, want to see?'],
    },
  },
  {
    id: 'undress-you-with-this-app',
    phrases: [
      'can|could|will|@iwill|gonna|going_to undress|strip|unclothe|nudify you|u|your_pics|your_photos|your_selfies ..3 with|using|in|on ai|app|apps|photoshop|this|software|bot|one_click|filter',
      'selfie|selfies|pic|pics|photo|photos|face ..3 all|thats_all|that_is_all|enough|everything i [need] need|needed ..3 to make|make|create|generate ..1 nudes|nude|porn|naked_pics|fakes|deepfakes|fake_nudes',
    ],
    unless: ['lol|lmao|haha|jk|kidding|cartoon|anime|avatar|sticker|stickers|emoji|bitmoji|filter_makes|meme|memes|art|drawing|painting|sketch|portrait|collage|scrapbook|yearbook|birthday|bday|card|poster|banner|cake|mug|shirt|news|article|illegal|scam|scammer|scammers|tell_an_adult|trusted_adult|so_scary|creepy_how|scary_how|passport|id|license|application|profile_pic|linkedin|headshot'],
    examples: {
      match: ['i can undress you with this app', 'i have ur selfie. thats all i need to make nudes of u'],
      ignore: ['i have your selfie, thats all i need to make the birthday card', 'i can make a cartoon of you with this app lol'],
    },
  },
  {
    id: 'ai-video-that-looks-real',
    phrases: [
      'ai|app|deepfake|photoshop ..4 video|videos|pic|pics|photo|photos|nudes|image|images|clip ..1 of you|u ..4 looks|look|will_look|that_looks|that_look ..1 real|real_af|so_real|legit|realistic|convincing',
      'make|create|generate ..1 a|some video|videos|pic|pics|photo|photos|nudes|images|clip ..1 of you|u ..2 with|using ai|an_app|deepfake|photoshop ..6 real|realistic|convincing|cooperate|last_chance|or|unless|send|pay',
    ],
    unless: ['lol|lmao|haha|jk|kidding|cartoon|anime|avatar|ghibli|pixar|filter|birthday|bday|card|poster|yearbook|meme|memes|art|drawing|painting|cute|funny|music_video|dance|tiktok_trend|trend|transition|project|class|school|homework|news|article|scam|scammer|scammers|tell_an_adult|trusted_adult|so_scary|creepy_how|scary_how|careful|be_careful'],
    examples: {
      match: ['i can make a video of you with ai that looks 100% real. last chance to cooperate'],
      ignore: ['i made a video of you with ai that looks like a cartoon lol'],
    },
  },
  {
    id: 'app-takes-clothes-off',
    phrases: [
      'app|ai|tool|bot|software|website|site ..3 takes|take|taking|strip|strips|removes|remove the|their|your clothes|clothing off',
      'guess whose|who_s|whos pic|picture|photo|face|selfie i_am|im|ill|i_will|@iwill using|use|putting|uploading|feeding',
    ],
    unless: ['lol_jk|kidding|news|article|illegal|banned|scam|scammer|scammers|tell_an_adult|trusted_adult|so_scary|creepy_how|scary_how|careful|be_careful|report|reported|class|lesson|assembly|birthday|bday|collage|poster|card|yearbook|slideshow|memes|meme|contest|caption'],
    examples: {
      match: ['i have an app that takes the clothes off any picture. guess whose pic im using'],
      ignore: ['the news says theres an app that takes the clothes off any picture, so scary, report it', 'guess whose pic im using for the birthday collage'],
    },
  },
  // ---- round 7 (en-tt): fakes announced in slang ----
  {
    id: 'make-a-fake-of-you',
    phrases: [
      '@iwill|gonna|going_to|can|could|about_to|finna|easily make|create|generate|do|whip_up ..2 a|some|an fake|fakes|deepfake|deepfakes|ai_pic|ai_pics|ai_nude|ai_nudes|ai_video|ai_one|ai_version|fake_one|fake_pic|fake_video|fake_nude ..1 of you|u|your|ur|with_your|with_ur',
      '@iwill|gonna|going_to|can|could|about_to|finna|easily make|create|generate ..2 nudes|nude|naked_pics|porn ..2 with|of|from|using your|ur face|pics|selfies|photos|instagram|profile_pic|pfp',
    ],
    unless: ['birthday|bday|fan|fanpage|fan_page|cute|sweet|pretty|beautiful|lol|lmao|haha|jk|kidding|funny|meme|memes|anime|cartoon|ghibli|avatar|yearbook|team|game|tiktok_trend|trend|news|article|illegal|scam|scammer|scammers|tell_an_adult|trusted_adult|careful|be_careful|report|class|lesson|assembly|halloween|costume|project', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'll make a fake of you with AI and send it to everyone", 'i can easily make nudes with ur face from ur insta'],
      ignore: ['ill make a cartoon avatar of you lol', 'be careful, people can make a fake of you with ai, report it'],
    },
  },
  {
    id: 'made-the-fake-already',
    phrases: [
      'made|created|finished|generated|have|got the|a|your|ur fake|fakes|deepfake|deepfakes|edit|edits ..6 want_me|should_i|send|post|school|everyone|everybody|@audience|see_it|see_them|see_what',
      '@iwill|gonna|going_to|can|could use|using ai|app|an_app|deepfake|photoshop|a_bot ..2 to make|create|generate|put ..3 video|videos|pic|pics|photos|nudes|images|clip ..1 of you|u ..3 doing|naked|nude|stuff|things|sex|whatever|anything',
      'how easy|easy|simple|quick ..4 deepfake|deep_fake|photoshop|fake|nudify|undress ..2 someone|somebody|anyone|you|u|people|a_person|a_girl|a_guy',
      'app|ai|bot|tool|site|website|program ..3 makes|make|made|turns|turned|can_make you|u|ur|your|people|anyone|girls|guys|someone ..2 look|appear|seem ..1 naked|nude|undressed|topless',
    ],
    unless: ['channel|vlog|montage|youtube|yt|fanedit|fan_edit|amv|thumbnail|intro|outro', 'cake|plant|plants|id|ids|mustache|moustache|blood|costume|nails|tattoo|lol|lmao|haha|jk|kidding|cartoon|anime|avatar|ghibli|pixar|filter|birthday|bday|card|poster|yearbook|meme|memes|art|drawing|painting|cute|funny|dance|trend|project|class|school_project|homework|scary|creepy|dangerous|should_know|learned|law|laws|illegal|banned|report|careful|be_careful|worried|documentary|podcast|older|old|aging|age|baby|superhero|halloween|fur|leather|flowers|tan|eyelashes|lashes|money|bill|bills', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['i already made the fake, want me to send it to ur school?', "i'll use AI to make a video of you doing stuff", 'u know how easy it is to deepfake someone', 'i got an app that makes u look naked, wanna see what it made?'],
      ignore: ['i made the fake cake for the party, want to see it?', 'the news says its so easy to deepfake someone, scary', 'i used ai to make a video of you as a cartoon lol'],
    },
  },
  // round 8 (en-et): "turn your pfp into an AI nude"
  {
    id: 'turn-your-pfp-into-a-nude',
    phrases: [
      'turn|make|edit|photoshop|morph|put|change ..2 your|ur pfp|profile_pic|profile_picture|pic|pics|selfie|selfies|face|photo|photos|instagram_pics|tiktoks|avatar ..2 into|in|to [an|a|some] [ai|fake|deepfake] nude|nudes|porn|naked|nsfw|porno',
    ],
    unless: ['lipstick|makeup|palette|shade|color|colour|tone|aesthetic|nail|nails|heels|foundation', 'cartoon|anime|sticker|meme|filter|avatar_maker|ghibli|pixar|painting|drawing|sketch', 'tell_an_adult|trusted_adult|scam|scammer|scammers|news|article|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['would be easy to turn ur pfp into an ai nude ngl', 'i can make your selfies into nudes', 'photoshop your pfp into porn'],
      ignore: ['turn your pfp into an anime drawing', 'i made your selfie into a sticker lol'],
    },
  },
  {
    id: 'ill-just-deepfake-you',
    phrases: [
      '@iwill|gonna|going_to|can|could|about_to|finna [just] [easily] deepfake|deep_fake|nudify|undress|photoshop_you_naked|fake_nudes_of you|u|your|ur',
    ],
    unless: ['avengers|marvel|movie|meme|memes|dance|singing|song|birthday|bday|tiktok_filter|filter|cartoon|anime|superhero|president|celebrity|into_a|into_the|as_a|as_the|funny_video', 'tell_an_adult|trusted_adult|scam|scammer|scammers|news|article|what_do_i_do|what_should_i_do|episode|series|netflix'],
    examples: {
      match: ['dont need ur real pics lol, ill just deepfake u and drop it in the school gc', 'i can nudify you in 2 secs'],
      ignore: ['ill deepfake u into the avengers trailer lol', 'i can deepfake you as a cartoon for your birthday'],
    },
  },
  {
    id: 'app-takes-clothes-off-your-pics',
    phrases: [
      'app|ai|tool|bot|software|website|site|filter ..3 takes|take|removes|remove|strips|strip|erases clothes|clothing ..6 your|ur|you|u',
      'app|ai|tool|bot|software|website|site|filter ..3 takes|take|removes|remove|strips|strip|erases clothes|clothing ..6 what it|this|that does|can_do|would_do|will_do|did ..2 your|ur|you|u|yours|urs',
      'one|a|1|single|just_one selfie|pic|photo|picture ..2 is|s all|everything i [would] need|it_takes',
    ],
    unless: ['passport|id|id_card|form|application|profile|yearbook|lanyard|badge|drawing|portrait|paint|painting|sketch|cartoon|avatar|banner|thumbnail|collage', 'tell_an_adult|trusted_adult|scam|scammer|scammers|what_do_i_do|what_should_i_do|should_i_pay|heads_up|pretending_to_be|episode|villain|movie|film|series|netflix|news|article', 'careful|be_careful|banned|illegal|report|reported|school_assembly|assembly|psa|warning'],
    examples: {
      match: ['i got an app that takes clothes off pics, want to see what it does with ur insta?', 'ai can do anything now. one selfie is all i need'],
      ignore: ['one photo is all i need for the passport form', 'careful, theres an app that removes clothes from pics, report anyone who uses it on you'],
    },
  },
  // round 9 (en-n9t): "ran them through one of those AI apps that takes clothes off", "made them look like nudes",
  // "already did one, looks real"
  {
    id: 'ran-them-through-an-undress-app-r9',
    phrases: [
      'run|ran|running|put|putting|stick|stuck|upload|uploaded|uploading|feed|fed|throw|threw ..4 them|it|your|ur|those|these|pics|photos|selfies|you ..4 through|into|in|on ai|app|apps|undress*|nudify|nudifier|bot|tool|generator|deepfake|site|website ..6 clothes|clothing|naked|nude|nudes|undress*|strip*|nudify',
      'run|ran|running|put|putting|stick|stuck|upload|uploaded|uploading|feed|fed|throw|threw ..4 them|it|your|ur|those|these|pics|photos|selfies|you ..3 through|into|in|on ..3 undress*|nudify|nudifier|deepnude|deep_nude|clothes_remover|nude_app|nudes_app|nudifying',
      'got|have|found|know|use|using ..1 a|an|this|the|an_ai ..1 app|ai|website|site|bot|tool|program ..3 makes|make|turns|turn|that_makes|strips|undresses ..2 anyone|anybody|people|you|u|your|ur|pics|photos|girls|guys|them ..1 naked|nude|undressed|nudes',
      'photoshop|edit|deepfake|put|paste|morph ..2 you|u|your|ur ..2 into|in|on|onto anything|whatever|any_video|any_pic|a_porn|porn|a_porno',
      'imagine ..2 your|ur pics|face|photos|selfies|pictures|body ..2 in|on|as ..1 a|some porn|porno|nude|nudes|naked|sex|xxx',
      'fake|make|edit|forge|create|photoshop ..2 a|some|the convo|conversation|chat|chats|screenshot|screenshots|texts|messages|dms|receipts ..4 where|showing|saying|that_shows|so_it_looks like|you|u|ur|your ..2 sent|send|sending|asked|begged',
      'ai|app|apps|bot|bots|tool|tools|website|websites|site|sites ..4 that|which|to take|takes|taking|remove|removes|removing|strip|strips|stripping ..2 clothes|clothing|off|your|ur',
      'made|make|turned|turn|edited|edit|making|turning ..2 them|it|your|ur|you|those|these ..3 look|looking into|like @nude|nudes|porn|naked',
      'already|just did|made|edited|finished|generated one|it|them|a_few|some ..4 looks|look|looking real|realistic|legit|so_real|just_like_you|like_you',
    ],
    unless: ['prank|pranks|pranking|skit|answers|april_fools', 'news|article|report|banned|illegal|disgusting|scary|warning|heard_about|read_about|celebrities|celebrity|lawsuit|law|arrested|school_assembly|assembly|teacher_said|police|careful|be_careful|never|scam|scammer|scammers|background|filter|cartoon|anime|avatar|pixar|disney|old|older|younger|baby|aged|painting|drawing|sketch|art|portrait|costume|halloween|cake|lego|minecraft|homework|essay|project|slideshow|lol_look|meme|memes|renovation|room|house|kitchen|garden|hair|haircut|makeup|nails|tan|outfit|dress|shoes'],
    examples: {
      match: ['would be sad if someone ran them through one of those ai apps that takes clothes off lol', 'nice insta. i took ur pics and made them look like nudes. ai is crazy these days', 'i already did one. looks real af', 'i put your selfies into an undress app', 'ive got an app that makes anyone naked. want to see urs?', 'i can photoshop u into anything i want. imagine ur pics in a porn video', 'gonna fake a convo where u send me nudes and show ur school'],
      ignore: ['saw on the news theres ai apps that take clothes off, thats disgusting', 'i made them look like cartoon characters with ai lol', 'i already did one, the cake looks so real', 'this app removes the background from your pics', 'fake a convo where u send me the answers lol prank'],
    },
  },
  {
    id: 'ill-just-make-one-r10',
    phrases: [
      'send|give|show ..3 @photo ..3 or|otherwise|else @iwill [just] make|create|fake|generate|photoshop|edit|ai ..1 one|some|them|it|my_own|em',
      'app|apps|ai|sites|site|bots|bot|tools|tool that|which|to|can|will undress|undresses|nudify|nudifies|strip|strips|unclothe ..1 anyone|anybody|people|girls|guys|you|u|someone|any_pic|any_photo',
      '@iwill|gonna|going_to put|paste|stick|swap|edit|photoshop your|ur face|head on|onto|into ..1 it|one|them|that|a_body|some|porn|a_nude|nudes|naked',
      'made|created|set_up|making|opened|started ..2 a|an|fake page|account|profile|acc|insta|instagram|tiktok|snap|onlyfans ..4 with|using|of your|ur pics|photos|name|face|selfies',
      'run|put|ran|running|upload|feed|feeding ..2 your|ur pics|photos|selfies|pic|photo|face|insta|instagram|snaps ..3 through|thru|into|in|on ..1 an|a|the|this|that|my ..1 ai|app|nudify|undress|undresser|bot|site|nudifier',
      'everyone|everybody|every1|people|they|ppl ..2 will|gonna|going_to|would think ..2 it_is|its|that_is|thats|it_was you|u ..2 posting|post|doing|sending|naked|in_it',
    ],
    unless: ['fan|fanpage|fan_page|birthday|bday|tribute|memorial|congrats|team|club|appreciation|recipe|cake|playlist|list|heads_up|scam|news|documentary|sextortion|should_know|be_careful|careful|illegal|banned|report|school_assembly|assembly|teacher|class|talk', 'costume|halloween|filter|cartoon|anime|avatar|meme|joke_pic|art|project|ghibli|pixar|yearbook|portrait|sticker|stickers|emoji|ageing|aging|old_age|baby_filter|colouring|coloring'],
    examples: {
      match: ['gonna run ur selfies thru a nudify app', 'send a pic or ill just make one', 'theres apps that undress anyone now. ill put ur face on it', 'made a page with ur pics and ur name', 'every1 will think its u posting'],
      ignore: ['i ran your pics through the ai app for the art project', 'i made a fan page with ur pics for ur birthday', 'send me the recipe or ill just make one myself', 'the news said theres apps that undress anyone now, be careful'],
    },
  },
  {
    id: 'ai-version-of-you-r10',
    phrases: [
      'made|created|generated|have|got|trained ..1 an|a|my ai|fake|deepfake|virtual|digital version|copy|clone|model|twin|double of you|u|ur|your',
    ],
    unless: ['cartoon|anime|ghibli|pixar|avatar|game|sims|minecraft|roblox|bitmoji|memoji|sticker|stickers|art|drawing|portrait|project|school_project|birthday|bday|card|lol|haha|lmao|cute|funny|chatbot_for_fun'],
    examples: {
      match: ['i made an ai version of u and it looks so real', 'made a deepfake version of you'],
      ignore: ['i made an ai version of u as a pixar character lol', 'i made a sims version of you'],
    },
  },
  {
    id: 'face-on-dodgy-pics-r11',
    phrases: [
      'put|paste|stick|slap|swap|photoshop|edit ..3 your|ur|ya face|head ..2 on|onto|into ..3 dodgy|dirty|rude|spicy|naughty|explicit|x_rated|filthy|sexy|adult ..2 pics|pictures|photos|videos|vids|stuff|bodies|images|content',
      'ai|an_app|one_app|apps|deepfake|photoshop ..3 does|do|can_do|make|makes ..2 it|them|that|nudes|fakes ..3 in # secs|seconds|sec|mins|minutes|clicks|click',
    ],
    unless: ['lol|lmao|haha|funny|meme|memes|birthday|bday|poster|filter|cartoon|anime|yearbook|prank|costume|team|project|class|news|scam|article|dont_believe|do_not_believe'],
    examples: {
      match: ['dont think i cant put ur face on some dodgy pics. ai does it in 2 secs now', 'ill stick ur face on dirty pics', 'i can paste your face onto some spicy photos', 'ai does it in 2 seconds, dont test me'],
      ignore: ['i put ur face on the birthday poster lol', 'ai does it in 2 seconds, homework is so easy now lol', 'that app puts ur face on a cartoon body haha'],
    },
  },
  {
    id: 'make-you-look-like-r11',
    phrases: [
      '@iwill|i_can|i_could|easy_to make|edit ..2 you|u|your_pics|ur_pics|your_photos|ur_photos ..1 look like a|an ..1 slut|whore|hoe|pornstar|prostitute|escort|thot|camgirl|cam_girl',
      'photoshop|photoshopped|ai|edit|editing|deepfake|faceswap|face_swap ..6 make you|u look like a|an ..1 slut|whore|hoe|pornstar|prostitute|escort|thot|camgirl',
      'make|turn you|u ..2 into a|an ..1 pornstar|camgirl|cam_girl|porn_star ..3 photoshop|ai|edit|editing|deepfake|app',
    ],
    unless: ['lol_jk|haha_jk|meme|memes|costume|halloween|cosplay|makeup|filter|cartoon|anime'],
    examples: {
      match: ['i will make u look like a slut with photoshop', 'with ai i can make u look like a pornstar', 'ill edit ur pics to look like a hoe'],
      ignore: ['this filter makes u look like a cartoon', 'the makeup tutorial will make u look like a model'],
    },
  },
  // ---- round 12 (en-n12): the fake is already made ----
  {
    id: 'your-face-on-them-pics-r12',
    phrases: [
      'that|thats|that_is|this|this_is|its|it_is|now your|ur face on|in ..2 them|those|the|these|some|a|naked|nude|porn|nsfw @nude|pics|photos|pictures|body|bodies|video|vid|clip',
      'your|ur face ..2 on|onto|in ..1 naked|nude|nsfw|porn|someone_elses @nude|body|bodies ..4 now|already|done|made|ready|look|looks|real',
    ],
    unless: ['meme|memes|sticker|stickers|filter|cake|shirt|tshirt|t_shirt|mug|poster|card|banner|jk|kidding|joking|scam|heads_up|what_do_i_do|what_should_i_do|news|deepfakes_are|they_say|saying'],
    examples: {
      match: ['sent u a link, open it. thats ur face on them pics now lmao', 'ur face on a naked body looks so real ngl', 'this is ur face on those nudes now'],
      ignore: ['thats ur face on the birthday cake lmao', 'ur face on a sticker looks so real'],
    },
  },
  // ---- round 13 (en-n13): "no one will know it's fake", faces edited onto clips ----
  {
    id: 'no-one-will-know-its-fake-r13',
    phrases: [
      'no_one|nobody|noone|no1|everyone|everybody|people|they ..2 will|would|gonna|going_to|wont|will_not|would_not ..1 know|believe|think|tell|notice|care|be_able_to_tell ..2 its|it_is|theyre|they_are|its_not|it_is_not|thats ..1 fake|real|edited|ai|photoshopped|deepfake|deepfaked|not_you|not_real',
      'edited|photoshopped|put|stuck|pasted|swapped|deepfaked|faceswapped ..1 your|ur face|head ..2 on|onto|into ..2 some|a|the|those porn|nude|naked|nsfw|xxx|sex|adult @photo|clips|clip|videos|vids|bodies|body',
    ],
    unless: ['cake|tan|id|ids|nails|lashes|tree|flowers|plant|plants|gucci|designer|bag|bags|shoes|trainers|jordans|money|notes|meme|memes|sticker|stickers|filter|costume|halloween|moustache|mustache|beard|wig|snow|background|jk|kidding|joking|scam|heads_up|what_do_i_do|what_should_i_do|news|deepfakes_are|they_say|saying'],
    examples: {
      match: ['no one will know its fake 😂 ur choice', 'everyone will believe its real', 'i edited ur face onto some porn clips lol looks so real'],
      ignore: ['no one will know its fake, the cake looks so real', 'nobody will know its a fake tan', 'i edited ur face onto a meme lol'],
    },
  },
  {
    id: 'stitch-your-face-onto-a-nude-r15',
    phrases: [
      'stitch|paste|slap|stick|glue|morph|swap|edit|shop|put ..5 onto|on|into ..2 @nude|naked|porn|xxx|naked_body|nude_body|nude_girl|nude_guy|onlyfans',
    ],
    unless: ['scam|heads_up|what_do_i_do|what_should_i_do|is_this_real|they_said|he_said|she_said|news|article|report|law|illegal|ban|banned|apps_that|app_that|pretend|meme'],
    examples: {
      match: ['bro i got ur face off ur ig. gonna stitch it onto a nude and send it in the lads group chat unless u pay £100', 'ill slap ur face on a porn pic'],
      ignore: ['some guy is threatening to stitch faces onto nudes, what do i do', 'the news said apps that paste faces onto porn should be banned'],
    },
  },
  {
    id: 'make-new-ones-with-ai-r15',
    phrases: [
      'make|create|generate|do ..3 new|more|some|fake ones|pics|nudes|videos|vids|pictures|photos ..3 with|using|on|w ai|an_ai|an_app|the_app|photoshop|deepfake|grok|undress_app',
    ],
    unless: ['avatar|avatars|pfp|logo|logos|art|drawing|wallpaper|wallpapers|anime|meme|memes|thumbnail|thumbnails|for_the_project|project|homework|class|school|yearbook|holiday_card|christmas_card|lol|haha|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|news|law|illegal'],
    examples: {
      match: ['if u dont send more ill make new ones with ai', 'ill just make fake pics using an app'],
      ignore: ['i made new pfps with ai lol', 'lets make some pics with ai for the project'],
    },
  },
  // round 16 (en-n16): "i dont even need ur real pics"
  {
    id: 'do-not-need-real-pics-r16',
    phrases: [
      'do_not|dont|do_not_even|dont_even|do_not_really|never [even] need your|ur|any real|actual @photo|pics|nudes|ones|face',
      'do_not|dont|never [even] need your|ur|any @nude ..4 make|made|generate|create|ai|app|photoshop|deepfake',
    ],
    unless: ['homework|notes|passport|id|license|licence|form|project|poster|yearbook|cv|resume|profile_pic|avatar|drawing|portrait|art|commission|cartoon|anime'],
    examples: {
      match: ['lol i dont even need ur real pics. AI can make them in 5 sec', 'i do not need your real nudes, the app does it', 'dont even need ur nudes, ill just make some with ai'],
      ignore: ['i dont need ur real pics for the poster, the drawing is fine'],
    },
  },
  // round 18 (en-n18): "ran it thru one of those undress ai apps", "with this ai app i can make u naked"
  {
    id: 'ran-it-through-undress-app-r18',
    phrases: [
      'ran|run|put|putting|uploaded|upload|fed|feed|threw|chucked|stuck ..3 thru|through|into|in|on ..5 undress|undresser|nudify|nudifier|nudifying|deepfake|deepnude|clothoff|cloth_off|clothes_remover|clothes_off|nude_ai|ai_nude|ai_undress',
      'undress|undresser|nudify|nudifier|clothoff|clothes_remover ..3 app|apps|ai|bot|site|tool|thing ..6 looks|look|looking ..1 real|realistic|legit|convincing|like_you|like_u',
      'got|have|took|saved|grabbed|screenshotted your|ur face|selfie|selfies|pic|pics|photo|profile_pic ..6 ai|app|photoshop|deepfake|editing will|can|going_to|does|do ..1 do|handle the rest',
      'ai|app|bot|tool|filter ..4 make|turn you|u|your_pic|ur_pic|your_selfie|ur_selfie|it|her|him ..2 naked|nude|undressed|topless|nsfw',
    ],
    unless: ['sextortion|scam|what_do_i_do|what_should_i_do|they_said|he_said|she_said|heads_up|warning|news|article|banned|ban|illegal|report|reported|assembly|documentary|law|police_said|teacher_said'],
    examples: {
      match: ['i ran it thru one of those undress ai apps. looks super real 😬', 'put ur grad pic through a nudify site', 'the clothoff app looks so real on u', 'with this ai app i can make u naked in 2 secs', 'i got ur face from ur tiktok, ai will do the rest'],
      ignore: ['they put a girls pic through a nudify app, its in the news', 'undress apps are being banned, read this article', 'this ai filter makes u look like a cartoon'],
    },
  },

  // round 19 (en-n19): "im gonna make a fake acct with ur pics and say ur selling nudes"
  {
    id: 'fake-acct-say-youre-selling-r19',
    phrases: [
      '@iwill make|create|open|start ..2 fake|parody|catfish acct|acc|account|profile|page|insta|instagram|onlyfans|tiktok|snapchat ..3 with|using|of|from your|ur @photo|face|name|selfies',
      'say|tell_everyone|tell_people|pretend|claim ..2 you|your|ur|you_are|you_re [are|is|r] selling|sell|sells|sold|sending|send @nude|nudes|yourself|your_body|ur_body',
    ],
    unless: ['etsy|depop|vinted|ebay|prints|stickers|art|drawings|shop|store|cookies|cupcakes|scam|sextortion|they_said|he_said|she_said|what_do_i_do|what_should_i_do|rumor|rumour|rumors|rumours'],
    examples: {
      match: ['im gonna make a fake acct with ur pics and say ur selling nudes unless u send me the real thing', 'i will make a fake insta using ur selfies', 'ill tell everyone ur selling nudes'],
      ignore: ['someone made a fake acct with my pics, what do i do', 'they say ur selling prints on etsy?'],
    },
  },

  // round 19 (en-n19): "i have ur school photos from ur ig. u know what ai can do now right"
  {
    id: 'have-your-photos-ai-can-do-r19',
    phrases: [
      'have|got|saved|downloaded|screenshotted your|ur ..2 @photo|selfies|face ..6 ai|deepfake|deepfakes|photoshop|undress|undressing|nudify|faceswap|face_swap [app|apps|tools] can|could|does|do|will|app',
    ],
    unless: ['essay|homework|code|coding|music|art|drawing|chatgpt|assignment|filter|filters|yearbook|restore|restoring|upscale|colorize|scam|sextortion|they_said|he_said|she_said|what_do_i_do|what_should_i_do|heads_up|warning|news'],
    examples: {
      match: ['i have ur school photos from ur ig. u know what ai can do now right', 'got ur selfies saved, deepfake apps can do wonders'],
      ignore: ['i have ur old photos, ai can restore them for ur mum'],
    },
  },
  // round 21 (en-n21): undress apps and "everyone will think it's you"; the AI ones sent on
  {
    id: 'undress-apps-think-its-you-r21',
    phrases: [
      'undress|undressing|nudify|nudifier|deepnude|deepfake|faceswap|face_swap ..2 app|apps|ai|bot|bots|site|tool|tools ..6 think|believe ..2 its|it_is|that_is|thats you|u',
      'ai|fake|edited|photoshopped|deepfake|deepfaked ones|pics|versions|edits|nudes ..2 go|goes|get|end_up|sent|going ..2 to|in|on|round your|ur',
    ],
    unless: ['news|article|report|reported|assembly|lesson|police|banned|ban|illegal|be_careful|careful|warning|scam|someone|somebody|they_said|documentary'],
    examples: {
      match: ['so ever heard of those undress apps? 2 mins n everyones gonna think its u', 'send me a real one, or the ai ones go to ur class gc'],
      ignore: ['we had an assembly about undress apps, everyone would think its u, so scary', 'the ai pics go to the art show on friday'],
    },
  },
  // round 22 (en-n22): a Telegram "nudify" bot selling itself
  {
    id: 'bot-makes-her-nude-r22',
    phrases: [
      'upload|send|give|drop ..3 her|his|their|a|any|your|ur|the photo|pic|selfie|picture|pics|photos ..4 bot|app|ai ..3 makes|make|turns|turn|undress|undresses|strips|strip|removes ..3 nude|naked|clothes|clothing|nsfw',
      'bot|app|ai ..2 makes|make|turns|turn anyone|her|him|them|any_girl|any_pic|any_photo ..2 nude|naked|nsfw',
    ],
    unless: ['news|article|report|ban|banned|illegal|lawsuit|heads_up|scam|warning|documentary|police|block|dont_use|do_not_use|never_use'],
    examples: {
      match: ['upload her photo and the bot makes her nude in 10 sec', 'this bot makes anyone naked, try it'],
      ignore: ['did u see the news article about the app that makes anyone nude, its banned now'],
    },
  },
  // round 24 (en-n24): selfies taken off a public profile + "an AI app and the whole school thinks you're a pornstar"
  {
    id: 'ai-app-school-thinks-r24',
    phrases: [
      'ai|app|apps|deepfake|deepfakes|photoshop|faceswap|face_swap|undress|nudify|editor ..6 everyone|everybody|the_whole_school|whole_school|whole_class|whole_family|whole_team|your_school|your_class|your_family|your_parents|your_mum|your_mom|your_friends|your_followers|the_whole_town ..3 thinks|think|will_think|going_to_think|believes|believe|assumes ..4 pornstar|porn_star|porn|slut|whore|hoe|thot|nude|naked|nudes|onlyfans|sex_worker|escort',
      'got|took|grabbed|saved|stole|screenshotted|downloaded your selfies|pics|photos|pictures|face|pfp|profile_pic ..2 off|from your instagram|snap|snapchat|tiktok|page|profile|story|facebook|stories ..6 ai|deepfake|photoshop|undress|nudify|faceswap|face_swap',
    ],
    unless: ['news|article|assembly|lesson|police|scam|warning|careful|be_careful|they_said|he_said|she_said|someone|somebody|heard|documentary|banned|illegal|filter|filters|yearbook|art|project|collage|slideshow|restore|upscale|cartoon|anime|avatar|birthday|bday|meme|memes'],
    examples: {
      match: ['got ur selfies off ur ig. 5 mins in an ai app and the whole school thinks ur a pornstar. ur move', 'one deepfake app and ur whole class will think ur a slut', 'took ur pics from ur tiktok, ai does the rest', 'saved ur photos off ur insta, faceswap takes 2 mins'],
      ignore: ['there was an assembly about deepfake apps, the whole school thinks its scary', 'got ur selfies off ur insta for the birthday collage, ai made them into a cartoon', 'that ai app makes everyone think ur a pro gamer lol'],
    },
  },
  // round 25 (en-n25): "ur school wont know its fake"
  {
    id: 'nobody-will-know-its-fake-r25',
    phrases: [
      'will|would|could|can|do|does not|never ..1 know|tell|believe|notice|care ..2 it|its|it_is|they|they_are|theyre|that|that_its|thats ..1 fake|ai|edited|photoshopped|not_real|made_up|generated|deepfake*',
      'nobody|no_one|noone|none_of_them|nobody_at ..2 will|would|could|can|is_going_to ..1 know|tell|believe|notice|care ..2 it|its|it_is|they|they_are|theyre|that|that_its|thats ..1 fake|ai|edited|photoshopped|not_real|made_up|generated|deepfake*',
    ],
    unless: ['tan|plant|plants|flowers|tree|nails|lashes|eyelashes|hair|wig|extensions|fur|leather|designer|bag|shoes|jewelry|jewellery|gold|diamond|note|bill|cake|grass|snow|accent|laugh|smile|cry|tears|sick|ill|illness|sign|signature|note_from|excuse|id|costume|prop|props|blood|set|scene|background|homework|essay|art|drawing|painting|trophy|medal|lol|haha|lmao'],
    examples: {
      match: ['ur school wont know its fake', 'nobody will believe its ai, trust me', 'ur parents cant tell its edited'],
      ignore: ['nobody will know its fake tan lol', 'they cant tell its a fake plant', 'no one will notice its fake, the prop blood looks so real'],
    },
  },
  // round 27 (en-n27): "i made some edits of your school photo", vague without saying what kind
  {
    id: 'made-edits-of-your-photo-r27',
    weight: 2,
    phrases: [
      'i [have] [already] made|did|done|created ..2 edits|edit|photoshops|deepfakes|deepfake ..1 of|with|from your|ur ..2 school_photo|school_pic|photo|photos|pic|pics|picture|pictures|selfie|selfies|face|profile_pic|pfp',
      'i [have] [already] took|used|grabbed|downloaded your|ur ..2 school_photo|school_pic|photo|pic|selfie|pfp|profile_pic ..4 edit|edits|edited|photoshop*|deepfake*|ai|nudify|undress',
    ],
    unless: ['lighting|light|better|sharper|contrast|saturation|exposure|blur|blurry|improved|fixed|yearbook|filter|filters|cute|pretty|beautiful|gorgeous|birthday|bday|presets|lightroom|colour|color|colors|brightness|crop|cropped|background|anniversary|memories|memory|slideshow|montage|tribute|for_your|for_ur|for_the|for_mum|for_mom|frame|print|poster|card|banner|team|squad|class|lol|haha|lmao|funny|meme|memes|sticker|stickers|emoji'],
    examples: {
      match: ['i made some edits of your school photo', 'i took ur pfp and did a few edits with ai 😏'],
      ignore: ['i made some edits of your photo, the lighting is better now', 'i made edits of ur photos for ur bday, so cute', 'i did a collage with your school pics for the yearbook'],
    },
  },
  // round 27 (en-n27): "i can make it look like ur naked", "everyone will think the fake is real"
  {
    id: 'make-it-look-like-you-are-naked-r27',
    phrases: [
      '@iwill|i_can|i_could|easy_to|easily make|edit|photoshop|ai it|them|you|u|your_pic|ur_pic|your_photo|ur_photo|your_selfie|ur_selfie|any_pic ..1 look like you|u|your|ur [are|re] naked|nude|topless|undressed|in_porn|in_a_porn',
      'everyone|everybody|people|they|your_parents|ur_parents|your_mum|ur_mum|your_school|ur_school ..3 think|believe ..2 the|its|it_is|its_a|they_are fake|fakes|edit|edits|edited|photoshopped|deepfake|deepfakes|ai ..2 is|are|real',
      'nobody|no_one|noone|no1 ..2 will|would|going_to [ever] know|tell|notice|believe ..2 its|it_is|they_are|theyre|that_its fake|edited|photoshopped|ai|deepfake|deepfaked',
    ],
    unless: ['lol|haha|lmao|jk|filter|game|sims|avatar|character|costume|makeup|tan|cartoon|anime|zombie|old|older|younger|ghost|alien|statue|prank|april_fools|halloween|magic|trick|movie|film|cgi|vfx|art|drawing|painting|meme|bag|bags|shoes|trainers|watch|designer|handbag|gucci|jersey|shirt|money|note|notes|nails|lashes|eyelashes|hair|extensions|fake_id|id|plant|plants|flowers|tree|cake|fur|leather|diamond|diamonds|tattoo|gold|signature|doctors_note|sick_note'],
    examples: {
      match: ['i can make it look like ur naked, easy', 'everyone will think the fake is real', 'nobody will know its ai'],
      ignore: ['nobody will know its a fake tan lol', 'everyone will think the fake plant is real'],
    },
  },
  // round 32 (en-n32): "made pics of u with ai and they look real"
  {
    id: 'made-pics-of-you-with-ai-r32',
    phrases: [
      'made|make|making|created|generated|edited|photoshopped|faked|did ..3 pics|photos|pictures|images|nudes|videos|vids|video|pic|photo|deepfake|deepfakes|porn ..3 of you|u|your|ur ..3 with|using|on|in|through ai|a_i|an_ai|app|apps|deepfake|photoshop|faceswap|face_swap',
      'pics|photos|pictures|images|nudes|videos|fakes|deepfakes|they|it|edits look|looks [so|100|totally|completely|fully] real|legit|realistic|convincing ..4 no_one|nobody|everyone|everybody|people|ur|your ..2 know|tell|believe',
    ],
    unless: ['anime|cartoon|pixar|disney|ghibli|avatar|birthday|bday|card|lol|haha|lmao|funny|cute|aww|meme|as_a|profile_pic|pfp|wizard|superhero|dragon|princess|viking|astronaut|art|drawing|painting|sticker|stickers|emoji|yearbook|christmas|xmas|baby|older|aged|game|minecraft|roblox|for_fun|for_school|project|presentation'],
    examples: {
      match: ['i made nudes of u with an ai app', 'generated videos of you using ai, want ur friends to see', 'the pics look so real nobody will know theyre fake'],
      ignore: ['i made pics of u with ai as a wizard lol', 'made a pic of you with ai for ur bday card', 'created photos of you with the app for the project'],
    },
  },
] satisfies PatternEntry[];
