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
  {
    id: 'despair-then-demand-r6',
    phrases: [
      '@selfharm ..6 wyslij|pokaz|wlacz|odpisz|zostan|przyjdz|udowodnij|tylko_ty|musisz|odblokuj|nie_zostawiaj|nie_odchodz',
      'wyslij|pokaz|wlacz|odpisz|zostan|przyjdz|udowodnij|odblokuj|nie_zostawiaj|nie_odchodz ..6 bo|albo|inaczej ..3 @selfharm',
      'tylko ty ..3 mozesz ..2 mnie|mi ..1 uratowac|pomoc|powstrzymac ..6 wyslij|pokaz|wlacz|odpisz|zostan|przyjdz|udowodnij',
      'moja ..1 smierc|krew ..3 bedzie ..2 na ..1 twoich_rekach|twoim_sumieniu',
      'bedziesz ..1 miala|mial ..1 mnie ..1 na ..1 sumieniu',
      'to_zakoncze|zakoncze_to|to_skoncze|skoncze_to|zakoncze_wszystko|skoncze_wszystko|zakoncze_zycie ..4 jesli|jak|jezeli|gdy ..2 @youverb',
      'bez ..1 ciebie ..3 nie_ma_sensu|sensu_nie_ma|bez_sensu ..6 zakoncze|skoncze|koniec_ze_mna|zakoncze_to|to_zakoncze',
    ],
    unless: ['sprawdzian*|matm*|egzamin*|kartkow*|matur*|test*|ocen*|lekcj*|xd|hahah*|haha|lol|spoil*|zaspoil*|zakonczeni*|notatk*|zadani*|telefon_zaufania|116|pomocy_szukaj|zadzwon_na|psycholog*|terapeut*'],
    examples: {
      match: ['nie chcę już żyć, tylko ty możesz mi pomóc, wyślij zdjęcie', 'wlacz kamerke albo sie zabije', 'będziesz miała mnie na sumieniu', 'bez ciebie to wszystko nie ma sensu, dziś w nocy to zakończę jeśli nie odpiszesz', 'zabiję się, udowodnij że ci zależy i wyślij'],
      ignore: ['nie chce mi się żyć przez tę matmę, wyślij notatki xd', 'jeśli myślisz że nie chcesz żyć, zadzwoń na 116 123'],
    },
  },
] satisfies PatternEntry[];
