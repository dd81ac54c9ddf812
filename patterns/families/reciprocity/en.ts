import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'show-mine-show-yours',
    phrases: [
      '@iwill [send|show] ..3 show|send|give you|u mine ..4 if|when|and|then|after you|u',
      'show|send|give [you] mine ..3 if|and|when|then you|u ..3 show|send|give ..2 yours|me_yours|one|me_one',
      'show|send me yours ..3 and|then|and_then|after|if i|ill|@iwill ..2 show|send|give ..2 mine|you',
      'you|u show|send [me] yours ..3 i|ill|@iwill|and_i [will] show|send ..2 mine|you',
      'if you|u show|send [me] ..3 @iwill|i|ill [will] show|send ..2 you|u ..2 mine|one|something|too|back',
      'i showed|sent|send|gave you|u ..2 mine|one|something|a_pic|a_picture|a_photo|my_pic ..4 your|ur turn',
      'i showed|sent|send|gave ..3 mine|one|a_pic|a_photo|my_pic ..4 now [it] [is] your|ur turn',
      'i showed|sent|send|gave ..3 mine|one|a_pic|a_photo ..4 send|show ..2 me|yours|one|back',
      'i [already] [just] showed|sent you|u mine|my_pics|my_pic|my_body|my_nudes|my_photos',
    ],
    unless: ['homework|answers|notes|schedule|code|link|drawing|art|playlist|essay|cards|card|deck|build|base|house|room|game|minecraft|roblox|fortnite|pokemon'],
    examples: {
      match: [
        "I'll show you mine if you show me yours",
        'i sent mine, ur turn',
        'show me yours and ill show you mine',
        'if u send me one ill send u one back',
        'i showed you mine now its your turn',
        'i already sent you my pics',
      ],
      ignore: ['i sent mine, ur turn to send the homework', 'show me your minecraft base and ill show you mine', 'its your turn in the game'],
    },
  },
  {
    id: 'trade-pics',
    phrases: [
      'trade|swap|exchange|switch ..2 pics|pictures|photos|selfies|nudes|nude|snaps|videos|noodz|noods',
      'pic|pics|nude|nudes|selfie|photo|snap for pic|pics|nude|nudes|selfie|photo|snap',
      'send|show ..2 one ..2 back',
      'your|ur turn ..2 to send|to_show|now_send|send_me|show_me|send_one|show_me_yours',
      'now|then send|show [me] yours|urs',
      'fair|only fair ..3 you|u send|show',
      'it is|its only fair ..3 send|show|you',
      'you|u first ..2 then|and|i|ill|@iwill ..2 send|show',
      '@iwill send|show ..2 first ..2 if|then|and|but',
    ],
    unless: ['trip|vacation|holiday|party|wedding|concert|birthday|bday|prom|graduation|yearbook|homework|notes|answers|game|card|cards|pokemon|stickers|skins|items|meme|memes|pet|dog|cat|class'],
    examples: {
      match: ['wanna trade pics?', 'pic for pic', 'send one back', 'your turn to send', 'now send me yours', 'its only fair you send one too', 'u first then ill send'],
      ignore: ['trade pics from the trip?', 'your turn in the game', 'swap pokemon cards?'],
    },
  },
] satisfies PatternEntry[];
