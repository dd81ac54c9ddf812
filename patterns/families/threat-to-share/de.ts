import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      'ich [werde|werd|wird|kann] ..2 @sendv ..5 @poss [ganze|ganzen|ganzer|ganzes|gesamte|gesamten] @family|@audience',
      'ich ..2 @poss [ganze|ganzen|ganzer|gesamte|gesamten] @family|@audience ..4 @sendv',
      '@sendv ich ..5 @poss [ganze|ganzen|ganzer|ganzes|gesamte|gesamten] @family|@audience',
      'ich ..3 @sendv ..2 @media|das|es|sie|alles|die ..4 an|zu|in|auf|bei [alle|all|ganze|ganzen|jeden|jede|jedem] @poss',
      'ich ..2 zeig|zeige|schick|schicke|sende|send ..1 allen|jedem|jeden ..2 @poss @media|nacktbild*|nacktfoto*|nudes',
    ],
    unless: ['fur|fuer @poss', 'von @poss', 'wenn_du_willst', 'gruss*|gruesse|gruse', 'mail|email|adresse|nummer|handy|einladung|link|liste'],
    examples: {
      match: ['ich schick das video an alle deine follower', 'Ich schick das Video an deine Familie und alle Kontakte', 'dann schick ich die screenshots deinen eltern', 'sonst schicke ich es an Ihre Familie', 'ich werde es deinen eltern zeigen', 'ich schicke die bilder in deine klassengruppe'],
      ignore: ['schick das foto an deine oma', 'ich schick dir das foto für deine mama', 'ich schick dir die bilder von deiner schwester'],
    },
  },
  {
    id: 'goes-to-everyone',
    phrases: [
      'geht|gehen|gehn|landet|landen @media|alles ..3 an|zu|bei|in [alle|ganze|ganzen] @poss',
      '@media ..2 geht|gehen|gehn|landet|landen ..3 an|zu|in|auf|bei [alle|ganze|ganzen] @poss',
      'kriegt|kriegen|bekommt|bekommen|sieht|sehen|sehn ..1 @poss [ganze|ganzen|ganzer] @family|@audience ..3 alles|@media|zu_sehen',
      'jeder|jede|alle|ganze|ganzen ..2 @poss|an_deiner|an_ihrer|in_deiner ..2 @audience|@family|schule|stufe ..3 wird|werden|sieht|sehen|kriegt|bekommt|kriegen|bekommen ..3 sehen|sehn|@media|alles|zu_sehen|mitbekommen|erfahren',
      'bald|morgen|dann ..2 sieht|sehen|kennt|kennen ..1 jeder|alle|ganze|die_ganze ..3 @media|nackt*',
    ],
    examples: {
      match: ['dann geht das video an deine ganze klasse', 'wenn du nicht zahlst kriegt deine mutter alles zu sehen', 'jeder an deiner schule wird es sehen', 'die bilder landen bei deinen eltern', 'bald sieht jeder deine nudes'],
      ignore: ['die einladung geht an alle eltern', 'jeder wird sehen wie gut wir sind'],
    },
  },
  {
    id: 'post-online',
    phrases: [
      'ich ..3 poste|posten|leake|leaken|leak|veroffentliche|veroeffentliche|veroffentlichen|veroeffentlichen|verbreite|verbreiten|stell|stelle|lade|lad ..2 @poss|dich|nackt*|nudes ..4 online|ins_netz|ins_internet|uberall|ueberall|hoch|auf_instagram|auf_tiktok|auf_snapchat|porno*|pornhub|story',
      'oder ich ..1 leak*|veroffentlich*|veroeffentlich*|verbreit* ..2 @media|sie|es|das|alles|dich|dein|deine',
      'oder ich ..1 post*|stell*|lad* ..3 online|uberall|ueberall|ins_netz|ins_internet|porno*|pornhub',
      'sonst|dann post*|stell*|lad* ich ..3 online|uberall|ueberall|ins_netz|ins_internet|porno*|pornhub',
      'oder|sonst|dann leak*|veroffentlich*|veroeffentlich*|verbreit*|poste|post ich ..2 @media|sie|es|das|alles|dich|dein|deine',
      'ich ..3 schick*|verschick*|versend*|teil* ..3 rum|herum|uberall|ueberall|uberallhin|ueberallhin',
      'schick*|verschick*|versend*|teil* ich ..3 rum|herum|uberall|ueberall',
      'ich ..2 mach|mache ..2 dich ..3 viral|fertig_im_netz|online_fertig|kaputt_im_internet',
    ],
    unless: ['meme*|rezept|hausaufgabe*|playlist|lied|song|einladung'],
    examples: {
      match: ['überweis mir 500 oder ich poste das überall', 'send 200€ oder ich leake sie', 'ich stell deine bilder online', 'dann bastel ich dein gesicht auf nacktfotos und schick die rum', 'ich lade das video hoch'],
      ignore: ['ich poste das meme überall', 'ich stell das rezept online', 'ich schick dir morgen das lied'],
    },
  },
] satisfies PatternEntry[];
