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
      'deepfake|deepfakes|deep_fake|deepnude|deep_nude|nudify|undress_app|undress_ai|ai_nudes|fake_nudes ..4 you|u|your|ur',
      'with|using ai ..3 i|can|will ..3 make|undress|remove|take_off ..3 your|ur|them|you|it|clothes',
      'ai|app ..3 undress|undresses|remove_your_clothes|remove_ur_clothes|make_you_naked|make_u_naked',
      'no_one|nobody|noone|no_body|everyone ..3 will|would|gonna|going_to ..2 know|believe|tell|care ..3 fake|edited|photoshopped|ai|not_real|real|you',
      'they|it|them|people will [all] [still] look|looks|believe|think ..3 real|its_real|it_is_real|it_s_real|you',
      'it|they|them will|would|gonna|going_to look|seem|be ..2 real|so_real|like_you|like_u',
    ],
    unless: ['meme|memes|lol|lmao|haha|funny|movie|trailer|art|drawing|yearbook|poster|birthday|bday|filter|snapchat_filter|cartoon|anime|news|article|scam_alert|dont_believe|homework|project|tiktok_trend|for_class|in_class|class_project'],
    examples: {
      match: [ "i'll make fake nudes of you", "i can photoshop you naked", "i will make a deepfake of you", "i will edit your face onto a naked body",
        "I'm gonna photoshop your face onto porn",
        'nobody will know its fake',
        'i can edit your pics with AI so they look real',
        'i will make fake nudes of you',
        'ill make ai nudes with your face',
        'ill deepfake you into a porn video',
        'everyone will believe its real',
      ],
      ignore: ['i photoshopped your face on the birthday poster lol', 'this meme looks so real lol', 'the movie looks so real'],
    },
  },
] satisfies PatternEntry[];
