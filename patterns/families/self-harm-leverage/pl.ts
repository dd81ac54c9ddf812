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
  {
    id: 'i-wont-be-here-r8',
    phrases: [
      'jesli|jak|jezeli|gdy ..2 mnie ..1 zablokujesz|zostawisz|olejesz|zignorujesz|rzucisz|usuniesz ..6 mnie ..1 juz ..1 nie ..1 bedzie',
      'mnie ..1 juz ..1 nie ..1 bedzie ..2 na_tym_swiecie|wsrod_zywych|zywego|zywej|nigdy_wiecej',
      'nie ..1 dam ..1 rady ..2 dluzej|juz ..1 zyc|wytrzymac_zyc|tak_zyc',
      'mam ..2 [juz] tabletki|leki|zyletke|zyletki|zyletk*|sznur|zyletka ..2 przygotowan*|gotow*|obok|przy_sobie|w_reku|pod_reka',
    ],
    unless: ['nie_bedzie_w|nie_bedzie_na_lekcji|nie_bedzie_na_imprezie|nie_bedzie_na_treningu|nie_bedzie_na_meczu|nie_bedzie_na_discordzie|nie_bedzie_na_wf|nie_bedzie_na_czacie|nie_bedzie_jutro|nie_bedzie_od|nie_bedzie_do|nie_bedzie_po|nie_bedzie_o|nie_bedzie_tam|nie_bedzie_wieczorem|nie_bedzie_online|nie_bedzie_przez|nie_bedzie_az|nie_bedzie_dzis|nie_bedzie_dzisiaj|wyjazd*|oboz*|podroz*|na_bol|bol*|glow*|lekarz*|apteki|przeziebieni*|gryp*|alergi*|goraczk*|witamin*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['jak mnie zostawisz to mnie już nie będzie', 'jutro mnie już nie będzie na tym świecie', 'bez twoich zdjęć nie dam rady dłużej żyć', 'mam już tabletki przygotowane, wystarczy że nie odpiszesz'],
      ignore: ['nie dzwoń jutro bo mnie już nie będzie w domu', 'idź beze mnie bo mnie już nie będzie', 'mam już tabletki przygotowane na wyjazd, na ból głowy', 'nie dam rady dłużej żyć bez kawy xd'],
    },
  },
  {
    id: 'your-choice-if-i-live-r9',
    phrases: [
      'twoja|twoj ..1 decyzja|wybor|wina|sprawa|reka|rekach ..4 czy ..3 jutro|dalej|jeszcze|nadal ..2 bede|bedziesz_mial* ..1 zyl|zyla|zyc|zywy|zywa|oddychal*',
      'czy ..2 jutro|rano ..2 jeszcze|nadal ..2 bede ..1 zyl|zyla|zyc|tutaj|na_tym_swiecie',
      'moje ..1 zycie ..2 jest ..1 w_twoich_rekach|zalezy_od_ciebie',
    ],
    unless: ['zart*|xd|haha*|hehe|lol|sprawdzian*|kartkowk*|egzamin*|matur*|trening*|mecz*|gra|grze|gry|ranked|jutro_wstane|kaca|kac|zmeczon*|zmeczony|nie_wyspal*'],
    examples: {
      match: ['to twoja decyzja czy jutro jeszcze bede zyl', 'moje zycie jest w twoich rekach'],
      ignore: ['po tym treningu nie wiem czy jutro będę żył xd', 'czy jutro jeszcze będę żył po tym sprawdzianie haha'],
    },
  },
  {
    id: 'leave-me-and-im-gone-r9',
    phrases: [
      'jesli|jak|jezeli|gdy ..2 mnie ..1 zostawisz|zablokujesz|olejesz|zignorujesz|rzucisz|porzucisz|usuniesz ..6 nie_zobaczysz_mnie|juz_mnie_nie_zobaczysz|wezme_tabletki|wezme_wszystkie|lykne|nalykam|skocze|znikne_na_zawsze|koniec_ze_mna|zabije_sie|sie_zabije',
    ],
    unless: ['xd|haha*|hehe|lol|wyjade|wyjezdzam|przeprowadz*|obraze|obrazam|foch*|gra|grze|gry|ranked'],
    examples: {
      match: ['jesli mnie zostawisz to nie zobaczysz mnie juz nigdy, wezme tabletki'],
      ignore: ['jak mnie zablokujesz to nie zobaczysz mnie juz na ranked xd'],
    },
  },
  {
    id: 'if-you-dont-wider-r10',
    phrases: [
      'jak|jesli|jezeli|gdy ..4 nie ..3 @youverb ..5 @selfharm',
      'jak|jesli|jezeli|gdy ..4 @youverb ..3 do_mnie|ze_mna|mnie ..5 @selfharm',
    ],
    unless: ['serial*|odcink*|final*|spoiler*|mecz*|gra|gre|gry|level*|haha*|xd|zart*|zartuje|lol'],
    examples: {
      match: ['jak sie do mnie nie odezwiesz to skocze z mostu', 'jesli sie ze mna nie spotkasz to sie zabije'],
      ignore: ['jak mi nie powiesz jak sie skonczyl odcinek to sie zabije xd'],
    },
  },
  {
    id: 'you-wont-have-me-then-r12',
    phrases: [
      'nie ..1 bedziesz ..1 mnie ..1 juz ..1 miala|mial|miec ..6 @selfharm|lykne|wezme|polkne|nalykam|skocze',
      '@selfharm ..6 nie ..1 bedziesz ..2 mnie ..1 miala|mial|miec',
      'czyli|skoro|jak ..1 mnie ..1 nie ..1 kochasz ..6 @selfharm',
      '@selfharm ..6 chyba_ze|dopoki_nie|jesli_nie|jak_nie ..2 @youverb',
      'lykne|wezme|polkne|nalykam_sie|zjem ..1 wszystkie|cale|calo* ..1 tabletki|leki|opakowanie|tabsy|prochy ..6 chyba_ze|jak_nie|jesli_nie|przez_ciebie|twoja_wina|bo_mnie',
    ],
    unless: ['xd|haha*|hehe|lol|zartuje|alergi*|glowe|glowy|grype|przeziebien*|lekarz*|apteka|apteki|witamin*'],
    examples: {
      match: ['dobra. to nie bedziesz mnie juz miala. lykne wszystkie tabletki mamy', 'czyli mnie nie kochasz. to sie zabije', 'potne sie chyba ze wyslesz', 'wezme wszystkie tabletki chyba ze odpiszesz'],
      ignore: ['nie bedziesz mnie juz miala na glowie bo wyjezdzam na oboz', 'zapomnialem wziac tabletki na alergie', 'czyli mnie nie kochasz? haha zartuje'],
    },
  },
  {
    id: 'if-you-dont-then-i-cut-r14',
    phrases: [
      'jak|jesli|jezeli|gdy ..2 nie ..1 @youverb ..6 to ..1 @selfharm',
      '@youverb ..6 bo|to|albo|inaczej ..1 sie ..1 potne|pochlastam|powiesze|otruje|zabije',
    ],
    unless: ['sprawdzian*|matm*|egzamin*|kartkow*|matur*|test*|ocen*|szkol*|lekcj*|xd|hahah*|haha|lol|spoil*|zaspoil*|zakonczeni*|odcin*|serial*'],
    examples: {
      match: ['jak mi nie wyslesz tego zdjecia o ktore prosilem to sie potne, przysiegam', 'jesli dzis nie odpiszesz na moja wiadomosc to sie potne', 'jak nie przyjdziesz do mnie wieczorem jak obiecalas to sie zabije'],
      ignore: ['jak mi nie powiesz co bylo w ostatnim odcinku to sie zabije', 'jak nie zdam tego sprawdzianu z matmy to sie potne xd'],
    },
  },
  {
    id: 'or-its-over-for-me-r17',
    phrases: [
      'albo|bo_inaczej|jak_nie|jesli_nie|inaczej ..3 to_koniec|koniec ..2 dla_mnie|ze_mna',
    ],
    unless: ['gra|grze|gry|mecz*|sprawdzian*|egzamin*|matur*|kartkowk*|mama_mnie|zabije_mnie|szef*|prac*|ocen*|rund*|level*|poziom*|druzyn*|sezon*|turniej*|budzet*|kas*_na'],
    examples: {
      match: ['masz 10 minut albo to koniec dla mnie, i bedzie na tobie', 'odpisz albo koniec ze mna'],
      ignore: ['musze zdac ten sprawdzian albo koniec ze mna', 'jak nie wygramy tej rundy to koniec dla mnie w turnieju'],
    },
  },
  {
    id: 'or-i-jump-choose-r20',
    phrases: [
      'albo|inaczej|bo_inaczej ..1 @selfharm',
      'albo|inaczej ..1 skocze|sie_zabije|sie_potne|sie_powiesze ..2 wybieraj|wybierz|decyduj|twoj_wybor|twoja_decyzja',
    ],
    unless: ['ze_smiechu|z_nudow|z_glodu|ze_wstydu|ze_zmeczenia|do_sklepu|do_biedronki|do_zabki|po_bulki|po_chleb|na_zakupy|do_ciebie|po_ciebie|na_basen|na_trening|film*|serial*|ksiazk*|bohater*|piosenk*|tekst*'],
    weight: 5,
    examples: {
      match: ['wyslesz albo skocze, wybieraj', 'odpisz albo sie zabije'],
      ignore: ['albo sie zabije ze smiechu hahaha', 'albo skocze do sklepu po bulki', 'w tym filmie bohater mowi albo sie zabije'],
    },
  },
  {
    id: 'leave-me-and-i-jump-r27',
    phrases: [
      'zostawisz|zerwiesz|odejdziesz|zablokujesz|rzucisz ..4 skocze|powiesze|podetne|potne|wyskocze|rzuce_sie|zabije_sie|skoncze_ze_soba|otruje_sie|polkne',
      'skocze|wyskocze|rzuce_sie ..2 z|pod ..1 mostu|dachu|okna|balkonu|wiezowca|pociag*|tramwaj*|auto|samochod',
    ],
    unless: ['bungee|do_wody|rzek*|basen*|spadochron*|xd|haha*|hahah*|lol|spadochronem|trampolin*|skocznia|skok*'],
    examples: {
      match: ['zostawisz mnie to skoczę z mostu', 'jak mnie zablokujesz to się potnę', 'rzucę się pod pociąg przez ciebie'],
      ignore: ['jutro skoczę z mostu na bungee!!', 'jak mnie zostawisz samego z matmą to skoczę z okna xd'],
    },
  },
] satisfies PatternEntry[];
