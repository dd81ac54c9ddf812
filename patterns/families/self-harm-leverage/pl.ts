import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'hurt-myself-if',
    phrases: [
      'jak|jesli|jezeli|gdy|bo ..1 [mnie] [nie] [mi] ..2 @youverb ..5 @selfharm',
      '@selfharm ..4 jak|jesli|jezeli|gdy|bo|przez ..2 [mnie] [nie] ..1 @youverb|ciebie|cie|ty',
      '@selfharm ..5 twoja wina',
      'twoja ..1 wina ..3 jak|jesli|jezeli|gdy ..3 @selfharm',
      'jak|jesli|jezeli|gdy ..2 mnie zostawisz|zablokujesz|zignorujesz|rzucisz|olejesz ..4 nie_wiem_co_sobie_zrobie|nie_wiem_co_ze_soba_zrobie|nie_wiem_co_zrobie_ze_soba',
    ],
    unless: ['sprawdzian*|matm*|egzamin*|kartkow*|matur*|test*|ocen*|szkol*|lekcj*|xd|hahah*|haha|lol|spoil*|zaspoil*|zakonczeni*'],
    examples: {
      match: ['jak nie wyślesz mi zdjęcia to się zabije, serio', 'jeśli mnie zostawisz to się zabiję', 'zabiję się jak nie odpiszesz', 'jak nie odpiszesz to coś sobie zrobię i to będzie twoja wina', 'jak mnie zablokujesz to nie wiem co sobie zrobię'],
      ignore: ['zabiję się jak nie zdam matmy xd', 'jak nie zdam sprawdzianu to się zabiję', 'jak mi zaspoilujesz to się zabiję haha'],
    },
  },
  {
    id: 'cant-live-without-you',
    phrases: [
      'bez ciebie ..3 nie ..2 chce_zyc|dam_rady_zyc|potrafie_zyc|moge_zyc|bede_zyc|przezyje|chce_mi_sie_zyc|chce_juz_zyc',
      'bez ciebie ..2 moje_zycie|zycie ..2 nie_ma_sensu',
      'jesli|jak|jezeli ..3 odejdziesz|zostawisz|zablokujesz|zerwiesz ..4 nie ..1 chce_zyc|bede_zyc|chce_juz_zyc|chce_dalej_zyc|bede_zyl|bede_zyla',
      'skoncze ze_soba|z_tym_wszystkim ..4 przez_ciebie|jak_mnie|jesli_mnie|jak_nie|jesli_nie',
    ],
    weight: 3,
    examples: {
      match: ['bez ciebie nie chcę żyć', 'jak mnie zostawisz to nie chcę żyć', 'bez ciebie moje życie nie ma sensu'],
      ignore: ['bez ciebie nie dam rady z tym projektem', 'nie chce mi się żyć w poniedziałki xd'],
    },
  },
] satisfies PatternEntry[];
