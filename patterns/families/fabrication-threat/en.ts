import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'make it|them|this look like you|u|its_you',
      'app|ai|tool|software|bot ..3 remove|removes|removing|take_off|takes_off ..2 clothes|clothing',
      'photoshop|edit|deepfake|morph|undress you|u ..2 naked|nude|into_porn|undressed|without_clothes|in_porn|topless',
      '@iwill|can|will|could|gonna|going_to photoshop|edit|morph|deepfake|put|paste|stick|face_swap|faceswap ..3 your|ur|ya face|pic|pics|photo|photos|picture|pictures|selfie|selfies|head|profile_pic|image|images ..4 porn|porno|nude|nudes|naked|body|sex|onto|on_to|into|with_ai|using_ai',
      'photoshop|photoshopped|edit|edited|morph|morphed|deepfake|deepfaked|paste|pasted ..3 your|ur face|head|pic|pics|photo|photos|picture ..3 onto|on_to|into|on_a|on ..3 porn|porno|nude|naked|body|bodies|sex|video|videos',
      'make|create|generate|made|making|created ..3 fake|ai|deepfake|deep_fake|edited|photoshopped ..2 nude|nudes|naked|porn|porno|sex|pics|photos|pictures|videos|video|images ..3 of you|of_u|with_your|with_ur',
      'make|create|generate|made|making ..3 ai|fake|deepfake|edited ..2 nude|nudes|naked|porn|porno|sex',
      'put|paste|stick|slap|glue|swap|putting|pasting|sticking|photoshop|photoshopping ..3 your|ur|ya face|head|faces ..3 on|onto|into|in|over ..3 porn|porno|nude|nudes|naked|body|bodies|sex|pornstar|pornstars|onlyfans|xxx',
      'or|else|otherwise ..2 i|ill|@iwill ..1 make|create|generate|do|edit fake|edited|ai|photoshopped|deepfake ones|pics|nudes|photos|versions|images|videos',
      'or|else|otherwise|if_not ..2 i|ill|@iwill ..1 make|create|generate ..2 nudes|porn|naked_pics|naked_ones|nude_ones ..2 of|with|from you|u|your|ur',
      '@iwill|can|could make ..2 you|u|your_pics|ur_pics|your_photos|ur_photos|them|your_selfies look naked|nude|undressed|topless|like_a_pornstar|like_porn|like_nudes|like_a_nude|like_youre_naked|like_you_are_naked',
      'deepfake|deepfakes|deep_fake|deepnude|deep_nude|nudify|undress_app|undress_ai|ai_nudes|fake_nudes ..4 you|u|your|ur',
      'with|using ai ..3 i|can|will ..3 make|undress|remove|take_off ..3 your|ur|them|you|it|clothes',
      'ai|app ..3 undress|undresses|remove_your_clothes|remove_ur_clothes|make_you_naked|make_u_naked',
      'no_one|nobody|noone|no_body|everyone ..3 will|would|gonna|going_to ..2 know|believe|tell|care ..3 fake|edited|photoshopped|ai|not_real|real|you',
      'they|it|them|people will [all] [still] look|looks|believe|think ..3 real|its_real|it_is_real|it_s_real|you',
      'it|they|them will|would|gonna|going_to look|seem|be ..2 real|so_real|like_you|like_u',
    ],
    unless: ['meme|memes|lol|lmao|haha|funny|movie|trailer|art|drawing|yearbook|poster|prop|props|costume|costumes|nails|flowers|plants|lashes|eyelashes|id|ids|money|tan|birthday|bday|filter|snapchat_filter|cartoon|anime|news|article|scam_alert|dont_believe|homework|project|tiktok_trend|for_class|in_class|class_project'],
    examples: {
      match: [ "i'll make fake nudes of you", 'i can easily put ur face on some porn', 'send real ones or i make fake ones', 'i can make your pics look naked with one app', 'i can make your pics look like porn with an app. want everyone to see that?', "i can photoshop you naked", "i will make a deepfake of you", "i will edit your face onto a naked body",
        "I'm gonna photoshop your face onto porn",
        'nobody will know its fake',
        'i can edit your pics with AI so they look real',
        'i will make fake nudes of you',
        'ill make ai nudes with your face',
        'ill deepfake you into a porn video',
        'everyone will believe its real',
      ],
      ignore: ['i photoshopped your face on the birthday poster lol', 'i put your face on the team poster', 'send the real ones or i make fake ones for the prop table', 'this filter can make you look like a pornstar lol', 'this meme looks so real lol', 'the movie looks so real'],
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
      'ran|run|put|uploaded|upload|fed|feed|running|putting|uploading your|ur ..2 pic|pics|photo|photos|selfie|selfies|profile_pic|pfp|face|insta_pics|pictures ..3 through|into|in ..3 ai|app|undress*|nudify|nudifier|generator|bot|deepfake',
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
] satisfies PatternEntry[];
