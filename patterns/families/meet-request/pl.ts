import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'lets-meet',
    phrases: [
      'spotkajmy|spotkamy|spotkac|spotkasz|spotkalabys|spotkalbys|spotkamy_sie|spotkac_sie|umowmy|umowimy|zobaczmy|zobaczymy_sie|widzimy_sie|zobaczyc_sie|spiknijmy|ustawmy_sie ..2 sie|po_lekcjach|po_szkole|wieczorem|w_weekend|jutro|dzis',
      'sie|chce|chcialbym|chcialabym ..2 z ..1 toba ..1 spotkac|zobaczyc|umowic',
      'spotkac|zobaczyc|umowic ..1 sie ..1 z ..1 toba',
      'kiedy|gdzie ..1 sie ..1 spotkamy|zobaczymy|widzimy|mozemy_spotkac|mozemy_zobaczyc',
      'gdzie ..2 mozemy|moglibysmy ..1 sie ..1 spotkac|zobaczyc',
      'przyjdz|przyjdziesz|przyjedz|przyjedziesz|wpadnij|wpadniesz|przyjsc|przyjechac ..2 do ..1 mnie|mojego_domu',
    ],
    unless: ['korki|korkach|korkow|jej_powiedz|mu_powiedz|powiedz_jej|powiedz_mu', 'korepetycj*|dentyst*|lekarz*|trening*|lekcj*_gitar*|mecz_o|zbiorka|wywiad*|bibliotec*|projekt*|zadani*|grup*|klas*|wszyscy|cala_paczka|z_ekipa|ekip*', 'przyjade|przyjde|przyjedziemy|bede ..1 z ..1 synem|corka|mezem|zona|synkiem|coreczka'],
    weight: 1,
    examples: {
      match: ['może się spotkamy po lekcjach?', 'chcę się z tobą spotkać', 'kiedy się spotkamy?', 'wpadnij do mnie'],
      ignore: ['spotkanie z wychowawcą jutro', 'poznałem go na obozie', 'zbiórka w sobotę o 9 pod szkołą', 'spotkajmy się w bibliotece nad projektem'],
    },
  },
  {
    id: 'meet-in-real-life',
    phrases: [
      'pojedziemy|pojdziemy|jedziemy|idziemy|wpadniesz|przyjedziesz ..1 do ..1 mnie|mnie_do_domu|mojego_domu|mojego_mieszkania',
      'spotkajmy|spotkamy|spotkac|spotkasz|spotkalabys|spotkalbys|umowmy|zobaczmy|zobaczymy|widzimy|zobaczyc ..2 sie_w_realu|sie_na_zywo|na_zywo|w_realu|osobiscie|irl|w_rzeczywistosci',
      'poznajmy|poznamy|poznac ..2 sie ..2 na_zywo|w_realu|osobiscie|irl',
      'chcialbym|chcialabym|chce|moglibysmy|moglybysmy ..3 cie|ciebie|sie ..1 poznac|zobaczyc|spotkac ..2 na_zywo|osobiscie|w_realu|irl',
      'przyjade|podjade|przyjechac|podjechac|odbiore|odebrac|zabiore|zabrac|zgarne|zgarnac ..3 po ..1 ciebie|cie',
      'odbiore|zabiore|zgarne|podwioze|odwioze|podjade ..1 cie|ciebie ..2 spod|sprzed|pod|ze|z|po',
      'po ..1 ciebie|cie ..2 przyjade|podjade|przyjechac|podjechac',
      'przyjdz|przyjdziesz|przyjedz|przyjedziesz|wpadnij|wpadniesz|przyjsc|przyjechac ..3 do_hotelu|na_noc|na_nocke|do_mnie_na_noc|do_mojego_auta|do_auta|do_samochodu|na_chate_jak',
      'wpadne|przyjde|przyjade|odwiedze|wpasc|przyjsc|przyjechac ..2 do_ciebie|cie ..4 jak|kiedy|gdy ..3 rodzic*|starzy|mama|tata|nie_bedzie|bedziesz_sama|bedziesz_sam|wyjad*|wyjdzie|wyjda',
      'zaplace|oplace|kupie ..3 bilet|bilety|podroz|pociag|autobus ..3 zebys|jak|przyjechala|przyjechal|do_mnie',
    ],
    unless: ['jedziemy_na_rowery|na_rowery|na_rower|rowerami|na_rolki|na_trening|na_basen|na_lodowisko|na_mecz|na_zajecia|na_lekcje|na_probe|na_korki|do_szkoly|do_kina_z|z_chlopakami|z_dziewczynami', 'inaczej|bo_inaczej|masz_byc_w_domu|korepetycj*|dentyst*|lekarz*|trening*|lekcj*_gitar*|mecz_o|zbiorka|wywiad*|mamo|mama|tato|tata|babci*|dziadk*|mama_bedzie|tata_bedzie|rodzice_beda|babcia_bedzie|bedzie_tez|beda_tez|beda_wszyscy|bedzie_ekipa|nocowan*|pidzam*|pizam*|dziewczyny|ekip*', 'bo ..1 pada|leje|zimno|ciemno|pozno|deszcz|burza|sniezy|ulewa', 'obiad*|kolacj*|ostatni_autobus|autobus_nie|nie_jezdzi', 'z_dworca|na_dworcu|z_lotniska|na_lotnisku|z_pociagu|z_autobusu|z_przystanku|ze_stacji|na_dworzec|na_lotnisko|na_stacje|na_przystanek|na_pociag|pod_dworzec'],
    examples: {
      match: ['pojedziemy do mnie, nikomu nie mow', 'mogę po ciebie podjechać', 'spotkajmy się w realu', 'przyjdź do mnie na noc', 'chciałbym cię poznać osobiście', 'wpadnę do ciebie jak rodzice wyjadą', 'odbiorę cię spod szkoły', 'zapłacę za bilet żebyś przyjechała'],
      ignore: ['wyslij mi lokalizacje, przyjade po ciebie bo pada', 'pamiętam gdzie mieszkasz, podjadę po ciebie o 17 i jedziemy na rowery', 'poznałem go na obozie', 'tata odbierze cię po treningu', 'o północy masz być w domu, inaczej po ciebie przyjadę', 'odpisz, bo inaczej przyjadę po ciebie do Kasi', 'przyjade po ciebie na dworzec o 18', 'ok ok. przyjde po ciebie o 17'],
    },
  },
  {
    id: 'meet-alone-secretly',
    phrases: [
      'spotkajmy|spotkamy|spotkac|spotkasz|zobaczmy|zobaczymy|przyjdz|przyjdziesz|przyjedz|przyjedziesz|wpadnij|wpadne|przyjde ..4 w_tajemnicy|potajemnie|bez_twoich|bez_rodzicow|bez_nikogo|bez_znajomych|bez_kolezanek|tak_zeby_nikt|nikomu_nie_mow|nie_mow_nikomu|nie_mow_rodzicom|zeby_nikt',
    ],
    unless: ['korepetycj*|dentyst*|lekarz*|trening*|zbiorka|dyskotek*|studniowk*|osiemnast*|18stk*|bal_szkolny|balu'],
    weight: 3,
    examples: {
      match: ['to może spotkamy się sami, bez twoich znajomych', 'spotkajmy się w tajemnicy', 'przyjdź tak żeby nikt nie wiedział'],
      ignore: ['spotkajmy się całą klasą', 'przyjdź z rodzicami na zebranie', 'przyjdz bez rodzicow, to dyskoteka szkolna'],
    },
  },
  {
    id: 'meet-alone',
    phrases: [
      'spotkajmy|spotkamy|spotkac|spotkasz|zobaczmy|zobaczymy|przyjdz|przyjdziesz|przyjedz|przyjedziesz ..3 sami|sam_na_sam|sama|sam',
      'sam_na_sam ..3 spotka*|zobacz*|przyjdz*',
    ],
    unless: ['korepetycj*|dentyst*|lekarz*|trening*|zbiorka|sama_zobaczysz|sam_zobaczysz|sama_sie_przekonasz|sam_sie_przekonasz'],
    examples: {
      match: ['przyjdź sama', 'spotkajmy się sam na sam'],
      ignore: ['przyjdź, sama zobaczysz jak fajnie', 'spotkajmy się całą paczką'],
    },
  },
  {
    id: 'pick-you-up',
    phrases: [
      'odbiore|odbierzemy|odebrac|podjade|podjechac|przyjade|przyjechac|podwioze|podwiezc|zawioze|zawiezc|zgarne|zgarnac ..2 cie|ciebie|po_ciebie|po_cb|cb ..4 autem|samochodem|fura|z_domu|wieczorem|w_nocy|gdzie_chcesz',
      'cie|ciebie|cb ..1 odbiore|odebrac|podwioze|podwiezc|zawioze|zawiezc|zgarne|zgarnac ..3 autem|samochodem|fura|z_domu|wieczorem|w_nocy',
      'moge|chetnie|zaraz ..2 po ..1 ciebie|cb ..1 przyjechac|podjechac|przyjsc|wpasc',
    ],
    unless: ['mamo|mama|tato|tata|babci*|dziadek|dziadk*|ciocia|ciocie|wujek|wujk*|trener*|korepetycj*|dentyst*|lekarz*|trening*|zbiorka|autobus*|tramwaj*|mama_cie|tata_cie|rodzice|z_rodzicami'],
    weight: 1.5,
    examples: {
      match: ['spotkajmy się, mogę cię odebrać autem spod szkoły', 'moge po ciebie przyjechac', 'podjade po ciebie wieczorem'],
      ignore: ['odbiorę cię spod szkoły o 15', 'tata cię odbierze spod szkoły', 'mama po ciebie przyjedzie o 18', 'trener odbierze cię autem spod szkoły'],
    },
  },
  {
    id: 'i-can-pick-you-up',
    phrases: [
      'moge|moglbym|moglabym|chetnie|zawsze_moge ..2 cie|ciebie|cb ..1 odebrac|podwiezc|zawiezc|zgarnac|podrzucic',
      'moge|moglbym|moglabym|chetnie ..1 po ..1 ciebie|cb ..1 przyjechac|podjechac',
    ],
    unless: ['mamo|mama|tato|tata|babci*|dziadek|dziadk*|ciocia|ciocie|wujek|wujk*|trener*|korepetycj*|dentyst*|lekarz*|trening*|treningu|zbiorka|autobus*|tramwaj*|rodzice|z_rodzicami|mama_prosila|tata_prosil|prosila|prosil|z_treningu|z_basenu|z_zajec'],
    weight: 2,
    examples: {
      match: ['spotkamy sie w sobote? moge cie odebrac spod szkoly autem', 'mogę po ciebie przyjechać wieczorem'],
      ignore: ['mogę cię odebrać spod szkoły, mama prosiła', 'mogę po ciebie przyjechać po treningu'],
    },
  },
  {
    id: 'meet-stranger-r6',
    phrases: [
      'przyjade|przyjechac|przyjedzie|podjade|przyjde|wpadne ..2 do ..1 twojego|twojej ..1 miasta|miasteczka|miejscowosci|wsi|dzielnicy|okolic*|szkoly|domu',
      'przyjdz|przyjedz|wpadnij|przyjdziesz|przyjedziesz|wpadniesz ..2 do_mnie|do_mojego_mieszkania|do_mojego_domu|do_mojego_pokoju|na_chate|na_chatke ..5 rodzicow|nikogo|sami|sama|sam|nie_bedzie|pusta_chata|wolna_chata|chata_wolna|nie_ma_nikogo|bez_rodzicow',
      'kupie|zaplace|oplace|zafunduje|postawie|zamowie ..3 [ci] bilet|bilety|taksowk*|taxi|uber*|przejazd|podroz|nocleg|hotel|pokoj_w_hotelu ..5 przyjedziesz|przyjedz|przyjechac|przyjechala|przyjechal|przyjdziesz|do_mnie|zebys|spotkamy|zobaczymy',
      'spotkajmy|spotkamy|spotkac|spotkasz|spotkalabys|spotkalbys|umowmy|zobaczmy|zobaczymy|widzimy|zobaczyc|poznac|poznajmy|poznamy ..3 sie_w_realu|sie_na_zywo|na_zywo|w_realu|osobiscie|irl|w_rzeczywistosci|twarza_w_twarz',
      'chcialbym|chcialabym|chce|moglibysmy|musimy|w_koncu ..3 cie|ciebie|sie ..1 poznac|zobaczyc|spotkac|przytulic ..3 na_zywo|osobiscie|w_realu|irl|twarza_w_twarz',
      'po_ciebie|po_cb ..1 podjechac|przyjechac|podjade|przyjade|wpadne|wpasc ..6 pojedziemy|pojdziemy|do_mnie|we_dwoje|sami|sam_na_sam|nikomu|nie_mow|w_tajemnicy|na_noc',
      'sam_na_sam|we_dwoje|we_dwojke|tylko_we_dwoje ..6 przyjade|odbiore|podjade|zabiore|zgarne|przyjechac|podjechac|odebrac|po_ciebie',
      'odbiore|zabiore|zgarne|podjade|przyjade|podjechac|przyjechac|odebrac|zgarnac|zabrac ..2 po_ciebie|cie|ciebie ..6 pojedziemy|pojdziemy|we_dwoje|sami|nikomu|nie_mow|w_tajemnicy|do_mnie|do_hotelu|na_noc',
      'przyjdz|przyjedz ..1 sama|sam ..6 zabiore|odbiore|zgarne|podjade|pojedziemy|do_mnie',
      'zabiore|wezme|zaprowadze|zawioze ..2 cie|ciebie ..2 [potem|pozniej|wieczorem] do_siebie|do_mnie|na_chate|do_hotelu|do_auta',
      'mam|dam|dostaniesz|kupie ..3 @amount|@gift|prezent* ..6 musisz|wystarczy|tylko|jak ..3 spotkac|przyjsc|przyjechac|spotkasz|przyjdziesz|przyjedziesz',
      'hotel*|motel*|pokoj_w_hotelu|nocleg* ..6 oplace|zaplace|stawiam|moj_koszt|na_moj_koszt',
      'zaplace|kupie|dam|oplace|zafunduje|postawie ..6 tylko|jak|jesli ..1 przyjdz|przyjdziesz|przyjedz|przyjedziesz|spotkasz|spotkamy|wpadniesz|wpadnij',
      'spotkac|spotkajmy|spotkamy|zobaczyc ..3 w ..1 hotelu|motelu|moim_mieszkaniu|moim_aucie|moim_samochodzie|moim_pokoju',
      'przyjdz|przyjsc|przyjechac|przyjedz|wpadnij|przyjdziesz|przyjedziesz|wpasc ..3 do_mnie|do_siebie ..2 na_noc|na_nocke|przenocowac ..6 wyjechali|wyjezdzaja|wyjada|nie_ma_rodzicow|rodzicow_nie_ma|nikogo_nie_ma|bedziemy_sami|sami|nikogo',
      'dam|dostaniesz|kupie|zaplace|postawie|zalatwie ..3 @amount|@gift|prezent*|alkohol*|piwo|piwko|wodk*|epeta|e_peta|vape*|fajki|trawk* ..4 jak|jesli|gdy|za ..2 [sie] spotkamy|zobaczymy|przyjdziesz|przyjedziesz|wpadniesz|spotkasz',
      'przyjedziesz|przyjdziesz|przyjedz|przyjdz|wpadniesz ..3 do_mnie ..2 na_noc|na_nocke ..6 zaplace|oplace|dam|dostaniesz|kupie|zwroce',
      'zapraszam|zaprosze|zapraszamy ..2 cie|ciebie ..3 do_siebie|do_mnie|do_hotelu|do_mojego ..3 na_noc|na_nocke|wieczorem|w_nocy|na_weekend|jak_rodzice',
      'spotkajmy|spotkamy|spotkac|zobaczmy|zobaczymy ..5 odebrac|odbiore|podjade|podjechac|zgarne|zgarnac|podwioze|podwiezc|zabiore|zabrac ..2 cie|ciebie|cb ..3 autem|samochodem|fura|spod|sprzed|z_domu|z_pod',
      'spotkajmy|spotkamy|spotkac|zobaczmy|zobaczymy ..4 cie|ciebie|cb ..1 odebrac|odbiore|podjade|podwioze|podwiezc|zgarne|zgarnac|zabiore|zabrac ..3 autem|samochodem|fura|spod|sprzed|z_domu|z_pod',
    ],
    unless: ['dlug*|oddaje|oddam|oddac|zwracam|wisze|sklep*|konwent*|zlot*|turniej*|koncert*|festiwal*|mecz*|ekip*|wszyscy|klas*|grup*|szkoln*|dziewczyny|dziewczynami|kolezank*|filmow*|chlopaki|kuzyn*|kuzynk*|ciocia|cioci*|wujek|wujk*|babci*|dziadk*|rodzin*|mamo|mama|tato|tata|trener*|korepetycj*|dentyst*|lekarz*|trening*|zbiorka|wywiad*|projekt*|zadani*|pogramy|pograc|gramy|planszowk*|film|filmy|serial*|pizz*|nocowan*|pidzam*|pizam*|urodzin*|imprez*|olx|vinted|allegro|odbior*_osobist*|sprzeda*|kupujac*|rekrutac*|rozmow*_kwalifik*|firm*|biur*'],
    weight: 3,
    examples: {
      match: ['przyjadę po ciebie jutro po lekcjach, pojedziemy gdzieś we dwoje, zobaczysz będzie fajnie', 'mogę przyjechać do twojego miasta w weekend', 'przyjdź do mnie, rodziców nie będzie', 'kupię ci bilet na pociąg, przyjedziesz?', 'zapłacę za taksówkę żebyś przyjechała do mnie', 'chciałbym cię w końcu zobaczyć na żywo', 'spotkajmy się w realu', 'odbiorę cię spod szkoły i pojedziemy do mnie', 'spotkajmy się, mogę cię odebrać autem spod szkoły', 'zapraszam cię do siebie na noc', 'spotkamy się w sobotę w centrum? zabiorę cię potem do siebie', 'mam dla ciebie 500 zł, tylko musisz się ze mną spotkać', 'chcę się z tobą spotkać w hotelu, wszystko opłacę', 'zapłacę za twoje paznokcie i fryzjera, tylko przyjdź do mnie', 'przyjedziesz do mnie na noc? zapłacę ci za to', 'chcesz przyjść do mnie na noc? rodzice wyjechali', 'kupię ci alkohol jak przyjdziesz', 'dam ci 200 zł jak się spotkamy', 'przyjdź sama na przystanek, zabiorę cię', 'chcesz się spotkać? mogę po ciebie podjechać, pojedziemy do mnie', 'spotkajmy się sam na sam, przyjadę po ciebie'],
      ignore: ['w końcu się spotkamy na żywo na konwencie z całą ekipą', 'przyjdź do mnie, rodziców nie ma, pogramy w fifę', 'kupię ci bilet na koncert, przyjedziesz?', 'przyjadę do twojego miasta na turniej', 'przyjadę po ciebie po treningu, mama prosiła'],
    },
  },
  {
    id: 'we-will-be-alone-r6',
    phrases: [
      'do_mnie|you_mnie|u_mnie ..6 wyjezdzaja|wyjada|wyjechali|chata_wolna|wolna_chata|nie_bedzie_nikogo|bedziemy_sami|pusta_chata',
      'do_mnie|you_mnie|u_mnie ..6 rodzice|starzy|mama|tata ..3 beda|bedzie ..2 w_pracy|poza_domem|na_wyjezdzie|na_nocce',
      'you_mnie|u_mnie|do_mnie|you_ciebie|u_ciebie|do_ciebie ..4 bedziemy|bedziesz|zostaniemy|bylibysmy ..1 sami|sama|sam_na_sam|tylko_we_dwoje|tylko_my',
      'przyjedz|przyjedziesz|przyjechac|przyjdz|przyjdziesz ..6 zaplace|oplace|kupie|zafunduje|zwroce ..2 [ci] [za] bilet|bilety|przejazd|taksowk*|taxi|uber*|podroz|nocleg|pociag|autobus|samolot|lot',
      'ty ..1 przyjechac|przyjsc|przyjdziesz|przyjedziesz ..2 do ..1 mnie',
    ],
    unless: ['poucz*|uczyc|nauk*|lekcj*|sprawdzian*|konwent*|zlot*|turniej*|koncert*|festiwal*|mecz*|ekip*|wszyscy|klas*|grup*|szkoln*|kuzyn*|ciocia|cioci*|wujek|wujk*|babci*|dziadk*|rodzin*|mamo|mama|tato|tata|trener*|korepetycj*|dentyst*|lekarz*|trening*|projekt*|zadani*|pogramy|pograc|gramy|film|filmy|serial*|pizz*|nocowan*|pidzam*|urodzin*|imprez*|olx|vinted|allegro|sprzeda*|wesel*|slub*|swieta|swiat*|wigili*'],
    weight: 3,
    examples: {
      match: ['umówmy się u mnie, rodzice będą w pracy do wieczora', 'do mnie do domu, starzy wyjeżdżają, będzie chata wolna', 'spotkajmy się u mnie, będziemy sami', 'przyjedź do mnie na weekend, zapłacę za bilet', 'przyjedziesz do mnie? opłacę ci pociąg w obie strony', 'ja kocham ciebie, ty przyjechac do mnie'],
      ignore: ['przyjedź do nas na święta, zapłacę za bilet, babcia się ucieszy', 'u mnie będziemy sami, pogramy w fifę'],
    },
  },
  {
    id: 'sneak-out-r6',
    phrases: [
      'wymknij|wymkniesz|wymknac|wymykaj|wyjdz|wyjdziesz ..3 [sie] w_nocy|noca|po_polnocy|jak_wszyscy|jak_rodzice|jak_starzy|gdy_wszyscy|gdy_rodzice',
      'przyjdz|przyjdziesz|przyjedz|wyjdz|wyjdziesz|wymknij ..5 jak|kiedy|gdy ..1 wszyscy|rodzice|starzy|mama|tata|domownicy ..2 beda_spac|spia|zasna|usna|pojda_spac|beda_spali',
      'wymknij|wymkniesz|wymknac ..1 sie ..3 z_domu|do_mnie|na_spotkanie|ze_mna|wieczorem|w_nocy',
      'przyjade|przyjechac|podjade|podjechac|odbiore|odebrac|zgarne ..3 po_ciebie|cie|ciebie ..2 w_nocy|noca|po_polnocy|o_polnocy',
    ],
    unless: ['kuchni*|nalesnik*|lodowk*|imprez*|urodzin*|osiemnast*|18stk*|koncert*|festiwal*|ekip*|dziewczyny|chlopaki|klas*|kuzyn*|babci*|dziadk*|mamo|mama|tato|tata|film|serial*|pogramy|gramy|xd|haha*|nie_wymykaj|nie_wychodz|nie_wolno|zakaz*|szlaban*|kar*|policj*|niebezpieczn*'],
    weight: 3,
    examples: {
      match: ['przyjdź w nocy, jak wszyscy będą spać', 'wymknij się z domu wieczorem, czekam', 'mogę przyjechać po ciebie w nocy'],
      ignore: ['nie wymykaj się w nocy, to niebezpieczne', 'wymknij się na imprezę do Oli, wszyscy będą'],
    },
  },
  {
    id: 'can-we-meet-r6',
    phrases: [
      'chodz|choc|wpadaj|chodzze|wbijasz|wpadasz|wbijaj|wpadniesz ..1 do ..1 mnie|mnie_do_domu',
      'jestes ..1 sama|sam ..3 moge|mozna|mozemy ..1 wpasc|przyjsc|przyjechac|wbic|podjechac',
      'wyjdziesz|wyjdz|zejdziesz|zejdz ..1 do ..1 mnie',
      'zabrac|zabiore|zaprosic|zaprosze ..2 cie|ciebie ..2 na ..1 pizze|lody|kawe|randke|kolacje|spacer|zakupy|przejazdzke ..4 przyjade|podjade|odbiore|po_ciebie|sami|we_dwoje|nikomu',
      'cie|ciebie ..1 zabrac|zaprosic|zabiore|zaprosze ..2 na ..1 pizze|lody|kawe|randke|kolacje|spacer|zakupy|przejazdzke ..4 przyjade|podjade|odbiore|po_ciebie|sami|we_dwoje|nikomu',
      'bede|jestem ..2 w ..1 okolicy|poblizu|twojej_okolicy ..4 wyjdziesz|spotkamy|wpadne|zobaczymy|spotkac|zobaczyc',
      'zabralbym|zabralabym|zaprosilbym|zaprosilabym|zabiore|zaprosze ..2 cie|ciebie ..2 na ..1 randke|kolacje|noc|wieczor|randka',
      'mozemy|moglibysmy|spotkajmy|spotkamy ..2 sie ..2 tylko_we_dwoje|we_dwoje|sami|sam_na_sam|tylko_my',
      'przyjdz|przyjedz|wyjdz ..3 do|na|pod ..1 parku|park|przystanek|lasu|las|garazy|garaz*|galerii|dworca|centrum|boiska|mostu ..4 o ..1 #',
      'bede|bedziemy ..1 czekal|czekala|czekac ..3 przyjdz_sama|sama|nikomu|nie_mow|w_aucie|w_samochodzie',
      'mozemy|moglibysmy|moglybysmy ..1 sie ..1 kiedys|jutro|dzis|wieczorem|gdzies ..1 spotkac|zobaczyc|umowic',
      'mozemy|moglibysmy|moglybysmy|mozesz|moglabys|moglbys ..1 sie ..1 zobaczyc|spotkac|umowic ..3 jutro|dzis|dzisiaj|po_szkole|po_lekcjach|wieczorem|w_weekend|w_sobote|w_niedziele|w_piatek|gdzies|kiedys|na_zywo',
    ],
    unless: ['ksiazk*|oddam|oddac|klucz*|zeszyt*|ladowark*|pogramy|gramy|pograc|kosz*|pilk*|boisk*|rower*|rolk*|basen*|mecz*|korepetycj*|dentyst*|lekarz*|trening*|lekcj*_gitar*|zbiorka|wywiad*|bibliotec*|projekt*|zadani*|grup*|klas*|wszyscy|cala_paczka|z_ekipa|ekip*|mama|mamo|tata|tato|babci*|dziadk*|ciocia|wujek|rekrutac*|rozmow*_kwalifik*|olx|vinted|allegro|odbior*', 'przyjade|przyjde|przyjedziemy|bede ..1 z ..1 synem|corka|mezem|zona|synkiem|coreczka'],
    weight: 2,
    examples: {
      match: ['przyjdź do parku o 21, będę czekał, tylko nikomu nie mów', 'możemy się kiedyś spotkać, kupię ci co zechcesz', 'mogę cię zabrać na pizzę? przyjadę po ciebie pod dom', 'fajnie, będę jutro w okolicy, wyjdziesz do mnie na chwilę?', 'jesteś sama w domu? mogę wpaść', 'szkoda że nie jesteś starsza, zabrałbym cię na randkę', 'możemy się spotkać tylko we dwoje, będzie fajnie', 'chodz do mnie po szkole, nikt nie musi wiedziec', 'możemy się zobaczyć jutro po szkole, tylko nie mów mamie', 'moglibyśmy się spotkać w weekend?'],
      ignore: ['możemy się spotkać jutro po szkole w bibliotece nad projektem', 'Dobrze. Mozemy sie spotkac jutro? Przyjade z synem'],
    },
  },
  {
    id: 'get-in-my-car-r6',
    phrases: [
      'wsiadaj|wsiadz|wskakuj|wsiadziesz ..2 do ..1 auta|samochodu|wozu|fury ..4 podwioze|zawioze|podrzuce|pojedziemy|przejedziemy',
      'wysle|przeleje|dam ..2 ci|tobie ..1 pieniadze|kase|hajs|kaske ..2 na ..1 bilet|bilety|taksowk*|ubera|uber|podroz|pociag|autobus|przejazd',
      'poczekam|bede_czekal|bede_czekala|czekam ..2 na ..1 ciebie|cb ..2 przed|pod|za|kolo ..1 szkola|szkole|domem|blokiem|rogiem|przystankiem|sklepem',
    ],
    unless: ['mamo|mama|tato|tata|babci*|dziadek|dziadk*|ciocia|ciocie|wujek|wujk*|trener*|korepetycj*|dentyst*|lekarz*|trening*|zbiorka|autobus_szkoln*|rodzice|z_rodzicami|brat*|siostr*|oddasz|oddam|wycieczk*|szkoln*|klas*|druzyn*|lekcj*|zajec*'],
    weight: 2,
    examples: {
      match: ['wsiadaj do auta, podwiozę cię', 'wyślę ci pieniądze na bilet', 'poczekam na ciebie przed szkołą'],
      ignore: ['wsiadaj do auta, mama czeka, podwiozę cię na trening', 'poczekam na ciebie przed szkołą, tata'],
    },
  },
  {
    id: 'waiting-for-you-at-r8',
    phrases: [
      'bede|bedziemy ..1 czekal|czekala|czekac|czekali ..3 w|pod|przed|za|kolo|przy|obok|na ..2 park*|szkol*|przystank*|galeri*|sklep*|bloku|blokiem|domem|rogu|boisk*|dworc*|lasu|lesie|garaz*|stacji|parking*|aucie|samochodzie ..4 jutro|dzis|dzisiaj|wieczorem|po_lekcjach|po_szkole|o|przyjdz|sama|sam|nikomu',
      'musisz|trzeba|musialabys|musialbys ..4 przyjsc|przyjechac|odebrac|wpasc|spotkac ..2 osobiscie|sama|sam|do_mnie|ze_mna',
    ],
    unless: ['mamo|mama|tata|tato|babci*|dziadk*|ciocia|cioci*|wujek|wujk*|trener*|autobus*|zbiork*|wyciecz*|klas*|druzyn*|zajec*|korepetycj*|wszyscy|ekip*|chlopaki|dziewczyny|paczk*|poczt*|paczkomat*|inpost*|kurier*|urzed*|urzad|urzedu|urzedzie|urzedem|urzedy|urzedow|urzedni*|legitymacj*|dowod*|dokument*|sekretariat*|dziekanat*|zaswiadczeni*|lekarz*|dentyst*|przychodni*|apteki|olx|vinted|allegro|ogloszeni*|sprzeda*|kupuj*|rower*|towar*|produkt*|oddasz|oddam'],
    weight: 1.5,
    examples: {
      match: ['tak, ale musisz po nie przyjść osobiście. będę czekał w parku koło twojej szkoły jutro po lekcjach', 'będę czekał za galerią o 18, przyjdź sama', 'musisz się ze mną spotkać osobiście'],
      ignore: ['będę czekała pod szkołą po lekcjach, mama', 'musisz odebrać paczkę osobiście na poczcie', 'będziemy czekać na przystanku na autobus o 8'],
    },
  },
  {
    id: 'ill-drop-by-nobody-knows-r9',
    phrases: [
      'wpadne|przyjde|przyjade|podjade|zajrze|odwiedze|wpadniemy ..4 do_ciebie|ci|cie|pod_dom|pod_blok|po_ciebie ..6 nikt_nie_musi|nikomu_nie_mow|nie_mow_nikomu|miedzy_nami|nasz_sekret|po_cichu|jak_nikogo_nie_ma|jak_bedziesz_sam*|jak_rodzicow_nie_ma',
      'wyjdziemy|wyskoczymy|spotkamy_sie|spotkajmy_sie|zobaczymy_sie ..2 gdzies|razem|w_realu|na_zywo ..3 tylko_my|we_dwoje|sam_na_sam|przyjdz_sama|przyjdz_sam|nikt_nie_musi',
      'przyjdz|przyjedz|przyjdziesz|przyjedziesz ..1 sama|sam|bez_nikogo|bez_kolezanek|bez_kolegow',
    ],
    unless: ['klas*|grup*|druzyn*|trening*|zebrani*|wywiadowk*|mama_wie|tata_wie|rodzice_wiedza|mama|tata|babci*|impreza|imprez*|urodzin*|niespodzian*|prezent*|tort*|balon*|ola|oli|kasi*|xd'],
    examples: {
      match: ['to moze wpadne pomoc ci z rozciaganiem, nikt nie musi wiedziec', 'w sobote o 15 pod starym browarem? przyjdz sama', 'moze wyjdziemy gdzies razem we dwoje?'],
      ignore: ['wpadnę do ciebie po lekcjach, mama wie', 'przyjdź sama na trening, reszta drużyny ma wolne', 'wpadne po ciebie o 18, nie mow nikomu o urodzinach oli'],
    },
  },
  {
    id: 'ill-drop-in-r10',
    phrases: [
      'moge|to ..1 wpasc|wpadne|przyjsc|przyjde|zajrzec|podjechac ..3 na_chwile|na_chwilke|do_ciebie|do_was|pod_twoj*|pod_dom ..6 nie_mow*|nikt_sie_nie_dowie|nikomu|sami|sama|sam|zanim_wroca|jak_nikogo_nie_ma|skoro_jestes_sama|skoro_jestes_sam',
      'skoro|jak ..1 jestes ..1 sama|sam ..4 wpadne|przyjde|przyjade|podjade|wpasc|przyjsc|przyjechac',
    ],
    examples: {
      match: ['moge wpasc na chwile. tylko nie mow Kubie ze pisalismy ok?', 'skoro jesteś sama to wpadnę', 'mogę przyjść do ciebie zanim wrócą'],
      ignore: ['moge wpasc na chwile po ladowarke?', 'przyjde do ciebie o 16 z Ola'],
    },
  },
  {
    id: 'dont-say-were-meeting-r11',
    phrases: [
      'nie_mow*|nikomu|nie_wspominaj|nie_mowcie ..6 ze ..2 sie ..1 spotykamy|spotkamy|widzimy|zobaczymy|umowilismy|umawiamy',
      'do ..1 mnie ..2 mam ..2 fajne|duze|wolne|puste|swoje ..1 mieszkanie|chate|chata|pokoj|mieszkanko',
    ],
    unless: ['urodzin*|niespodzian*|imprez*|prezent*|tort*|projekt*|zadani*|lekcj*|korki|korepetycj*|trening*|grup*|klas*|ekip*|wszyscy|mamo|tato|babci*|dziadk*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['tylko nie mow starym ani kolezankom ze sie spotykamy, oni by nie zrozumieli', 'do mnie, mam fajne mieszkanie'],
      ignore: ['nie mow Oli ze sie spotykamy, to niespodzianka na urodziny', 'do mnie, mam wolne mieszkanie, bedzie cala ekipa xd'],
    },
  },
  {
    id: 'just-the-two-of-us-r11',
    phrases: [
      'spotkajmy|spotkamy|zobaczmy|widzimy|umowmy|spotkac|spotkanie ..4 sami|sam_na_sam|we_dwoje|we_dwojke|tylko_my|tylko_we_dwoje|bez_nikogo|tylko_ty_i_ja',
    ],
    unless: ['projekt*|zadani*|lekcj*|korki|korepetycj*|trening*|nauk*|uczyc*|poucz*|sprawdzian*|kartkowk*|egzamin*|referat*|prezentacj*|mamo|tato|babci*|dziadk*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['spotkajmy sie w parku, sami', 'zobaczmy sie we dwoje, bez nikogo'],
      ignore: ['spotkajmy sie sami i pouczmy do sprawdzianu', 'spotkajmy sie we dwoje nad projektem'],
    },
  },
  {
    id: 'go-for-a-ride-r11',
    phrases: [
      'pojedziemy|przejedziemy|zabiore_cie|zawioze_cie|przewioze_cie ..2 na ..1 przejazdzk*|przejazdzke|wycieczk*_autem|do_mnie|na_noc|nad_jezioro|do_hotelu',
      'podjade|przyjade ..3 i ..1 pojedziemy|przejedziemy|zabiore|wsiadziesz|wsiadasz',
    ],
    unless: ['mamo|mama|tata|tato|babci*|dziadk*|ciocia|ciociu|wujek|wujku|brat|siostr*|trener*|druzyn*|klas*|wyciecz*_szkoln*|zakupy|lekarz*|dentyst*|zawod*|mecz*|trening*|korki|korepetycj*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['podjade pod szkole i pojedziemy na przejazdzke', 'zabiore cie na przejazdzke moim bmw'],
      ignore: ['podjade pod szkole i pojedziemy na zakupy, mama', 'tata przyjedzie i pojedziemy do babci'],
    },
  },
  {
    id: 'come-alone-without-parents-r13',
    phrases: [
      'przyjedz|przyjdz|wpadnij|przyjedziesz|przyjdziesz ..6 sama|sam ..2 bez ..1 rodzicow|mamy|taty|opiekun*|starych|nikogo|kolezanki|kolegi',
      'cie|ciebie ..1 podwioze|odwioze|zawioze|zgarne|odbiore ..6 nie_mow*|nikomu|sami|do_mnie|we_dwoje',
    ],
    unless: ['wyciecz*|klas*|obiad*|wesel*|konferencj*|rodzin*|mama_wie|tata_wie|rodzice_wiedza|zebrani*|xd|haha*|urodzin*|niespodzian*|prezent*'],
    examples: {
      match: ['Przyjedz do studia w sobote, sama, bez rodzicow', 'jutro po treningu cie podwioze, tylko nie mow nikomu'],
      ignore: ['przyjdz sama bez kolezanki bo w aucie nie ma miejsca, mama wie', 'podwioze cie do mnie po obiedzie, mama wie'],
    },
  },
  {
    id: 'meetings-in-a-hotel-r13',
    phrases: [
      'spotkania|spotkanie|spotkan|randki|randka|nocki|noce ..2 w ..1 hotelu|motelu|apartamencie|hotelach',
    ],
    unless: ['druzyn*|trener*|wyciecz*|klas*|obiad*|wesel*|konferencj*|rodzin*|zebrani*|firm*|szkoleni*|biznes*|recepcj*|rezerwacj*'],
    examples: {
      match: ['w zamian tylko czasem fotki i spotkania w hotelu', 'randka w hotelu, ja place'],
      ignore: ['spotkanie w hotelu z cala druzyna o 18', 'tata ma szkolenie i spotkanie w hotelu w krakowie'],
    },
  },
  {
    id: 'i-live-nearby-r14',
    phrases: [
      'mieszkam|jestem|pracuje ..1 niedaleko|blisko|obok|w_poblizu|rzut_beretem ..4 podjade|przyjade|wpadne|skoczymy|pojdziemy|spotkajmy|zobaczmy|podjechac|przyjechac|wyskoczymy',
      'podjade|przyjade|wpadne|podskocze|podjechac|przyjechac ..4 mieszkam|jestem|pracuje ..1 niedaleko|blisko|obok|w_poblizu|rzut_beretem',
      'zrobimy|zrobie|zrobilibysmy|umowmy|umowimy ..2 sesj*|sesyjk*|zdjecia|zdjeci* ..3 you_mnie|w_studio|w_moim_studio|w_moim_mieszkaniu|you_mnie_w_domu|w_hotelu|w_moim_aucie',
    ],
    unless: ['mamo|mama|tato|tata|babci*|dziadk*|ciocia|wujek|pani|pan|paczk*|kurier*|przesylk*|odbior*|xd'],
    examples: {
      match: ['to moze podjade? mieszkam niedaleko, skoczymy na lody, tylko nie mow rodzicom', 'mieszkam niedaleko, moge podjechac po ciebie', 'jestem fotografem, zrobimy sesje u mnie w studio, rodzice nie musza przychodzic'],
      ignore: ['kurier: jestem niedaleko, podjade z paczka za 10 min', 'mama: jestem blisko, podjade pod szkole'],
    },
  },
  {
    id: 'alone-at-my-hotel-or-car-r19',
    phrases: [
      'hotel*|pokoju_hotelowym|apartament*|aucie|samochodzie|mieszkaniu ..6 sam_na_sam|we_dwoje|we_dwojke|tylko_my_dwoje|bez_rozpraszaczy',
      'sam_na_sam|we_dwoje|we_dwojke|tylko_my_dwoje ..6 hotel*|pokoju_hotelowym|apartament*|aucie|samochodzie|you_mnie_w',
    ],
    unless: ['rodzic*|mama|mamie|tata|tacie|z_nami|wycieczk*|rodzin*'],
    examples: {
      match: ['zrobmy bootcamp u mnie w hotelu w weekend, sam na sam, bez rozpraszaczy', 'spotkajmy sie sam na sam w moim aucie'],
      ignore: ['bylismy z mama w hotelu we dwoje', 'pojedziemy autem z rodzicami we dwoje'],
    },
  },
  {
    id: 'ride-in-my-car-r22',
    phrases: [
      'pojedziemy|pojedziesz|przejedziemy|pojezdzimy|przewioze_cie|zabiore_cie|podwioze_cie ..2 autem|samochodem|moim_autem|moim_samochodem|moja_fura|fura|bryka ..3 na_lody|na_przejazdzke|do_mnie|gdzies|za_miasto|nad_jezioro|do_lasu|na_wycieczke',
      'wsiadaj|wsiadziesz|wsiadz ..2 do ..1 mojego|auta|samochodu|fury ..3 nikt|nie_mow|zabiore|pojedziemy',
    ],
    unless: ['zawiezie|podwiezie|zawioza|podwioza|po_treningu|z_tata|z_mama|z_babcia|z_dziadkiem|z_ciocia|z_wujkiem|z_rodzicami|z_rodzina|mama_jedzie|tata_jedzie|wszyscy|cala_klasa|klasa|wyciecz*_szkoln*|rodzice_wiedza|mama_wie|tata_wie|mamo|tato|babciu|dziadku|ciociu|wujku'],
    examples: {
      match: ['no, pojedziemy autem na lody, nikt nie musi wiedziec', 'zabiore cie moim autem za miasto', 'wsiadziesz do mojego auta, nikt nie zobaczy'],
      ignore: ['pojedziemy autem na lody z babcia w niedziele', 'pojedziemy autem na lody po treningu? tata zawiezie', 'tato, pojedziemy samochodem nad jezioro?'],
    },
  },
  {
    id: 'walk-over-to-get-you-r23',
    phrases: [
      'wpadne|przyjde|przyjsc|wpasc ..3 po ..1 ciebie|cie',
      'po ..1 ciebie|cie ..2 wpadne|przyjde',
    ],
    unless: ['jedziemy_na_rowery|na_rowery|na_rower|na_trening|na_basen|na_mecz|na_zajecia|na_lekcje|do_szkoly|z_chlopakami|z_dziewczynami|mamo|mama|tato|tata|babci*|dziadk*|ekip*|kino|kina|do_kina'],
    weight: 1,
    examples: {
      match: ['przyjde po ciebie jak bedziesz sama'],
      ignore: ['przyjde po ciebie i idziemy na trening'],
    },
  },
  {
    id: 'come-alone-r25',
    phrases: [
      'sama|sam ..1 przyjdz|przyjedz|wyjdz|przychodz',
      'przyjdz|przyjedz|wyjdz ..1 sama|sam ..2 bez ..1 nikogo|kolezanek|kolegow|kolezanki|mamy|rodzicow|taty|telefonu',
      'ustawmy|ustawimy|umowmy|spotkajmy|spiknijmy ..1 sie ..4 sama|sam ..1 przyjdz|przyjedz|przyjdziesz|przyjedziesz',
    ],
    unless: ['klucz*|odbierz*|paczk*|lekcj*|trening*|zbiorka|szkol*_wyciecz*|wyciecz*|klas*|grup*|projekt*|zadani*|lekarz*|dentyst*|fryzjer*|sklep*|zakup*|obiad*|kolacj*|mama|mamo|tata|tato|babci*|dziadk*|ciocia|wujek|druzyn*|trener*|basen*|autobus*|pociag*'],
    weight: 2,
    examples: {
      match: ['ustawmy sie na miescie w sobote, sama przyjdz', 'przyjdz sama bez kolezanek', 'sam przyjdz, pogadamy'],
      ignore: ['sama przyjdz po klucze do mnie, ja bede w pracy', 'przyjdz sama na trening, trener pozwolil'],
    },
  },
  {
    id: 'ride-or-lesson-just-us-r27',
    phrases: [
      'podwiezc|podwioze|odwiezc|odwioze|zabiore|zawioze|zabrac ..1 cie|ciebie ..6 tylko_we_dwoch|tylko_we_dwoje|tylko_my|tylko_ty_i_ja|we_dwoje|we_dwoch|sam_na_sam|bez_reszty|bez_innych',
      'dodatkow*|prywatn*|indywidualn* ..1 lekcj*|zajeci*|trening*|korepetycj*|korki ..4 you_mnie|do_mnie|u_mnie|w_moim_mieszkaniu ..4 za_darmo|gratis|bez_placenia|nic_nie_placisz|sam_na_sam|tylko_my|bez_rodzicow',
    ],
    unless: ['mama|mamo|tata|tato|rodzice_wiedza|rodzicom_powiem|z_rodzicami|cala_druzyna|wszystkich|cala_grupa|kuzyn*|babci*|dziadk*|reszta|reszte|autobus*|wszyscy|dla_tych|dla_chetnych|chetni|chetnych|dla_wszystkich'],
    examples: {
      match: ['podwiozę cię po treningu, pojedziemy na lody tylko we dwoje', 'mogę zrobić ci dodatkową lekcję u mnie za darmo', 'zabiorę cię w sobotę, sam na sam'],
      ignore: ['podwiozę cię po treningu, mama wie', 'dodatkowe zajęcia u mnie za darmo dla wszystkich chętnych', 'podwiozę cię po treningu tylko we dwoje, bo reszta jedzie autobusem'],
    },
  },
  {
    id: 'come-over-when-alone-r27',
    phrases: [
      'przyjdz|przyjdziesz|wpadnij|wpadniesz|przyjsc|wpasc|przyjedz ..2 do_mnie|you_mnie ..6 sam_na_sam|tylko_my|tylko_we_dwoje|tylko_we_dwoch|jak_nikogo_nie_bedzie|jak_nikogo_nie_ma|bez_rodzicow|rodzicow_nie_bedzie|zony_nie_bedzie|nikt_sie_nie_dowie',
      'dodatkow*|prywatn*|indywidualn* ..1 trening*|lekcj*|zajeci*|korepetycj* ..3 sami|sam_na_sam|tylko_my|we_dwoje|we_dwoch|tylko_we_dwoje',
    ],
    unless: ['mama|mamo|tata|tato|rodzice_wiedza|rodzicom_powiem|z_rodzicami|cala_druzyna|wszystkich|cala_grupa|kuzyn*|babci*|dziadk*|pogramy|gra*|film*|serial*|pizz*|nocowan*|nocke|dziewczyny|chlopaki|ekipa'],
    examples: {
      match: ['wpadnij do mnie w sobotę, rodziców nie będzie, tylko my', 'możesz przyjść na dodatkowy trening, sami', 'przyjdź do mnie jak nikogo nie będzie'],
      ignore: ['wpadnij do mnie w sobotę, rodziców nie będzie, pogramy w fife', 'dodatkowe zajęcia, sami chętni, dla wszystkich'],
    },
  },
  {
    id: 'stay-behind-alone-r27',
    phrases: [
      'po ..1 treningu|zajeciach|lekcji|lekcjach|zbiorce|probie|meczu|szkole|kolku|turnieju ..3 zostan|zostancie|zostaniesz|zostac ..4 sami|sam_na_sam|tylko_ty|tylko_my|we_dwoje|we_dwoch|pogadamy_sami|na_osobnosci',
      'zostan|zostancie|zostaniesz|zostac ..3 po ..1 treningu|zajeciach|lekcji|lekcjach|zbiorce|probie|meczu|szkole|kolku|turnieju ..4 sami|sam_na_sam|tylko_ty|tylko_my|we_dwoje|we_dwoch|pogadamy_sami|na_osobnosci',
    ],
    unless: ['ocen*|sprawdzian*|poprawk*|kartkowk*|zachowan*|uwag*|mama|tata|rodzic*|sprzatan*|posprzatac|pomoc_w|pomozesz|sprzet*|pilk*|dyzur*|reszta|wszyscy|kapitan*'],
    examples: {
      match: ['zostań po treningu, pogadamy sami', 'po zbiórce zostań chwilę, tylko ty'],
      ignore: ['zostań po lekcji, tylko ty masz poprawkę ze sprawdzianu', 'zostań po treningu sam, pomożesz mi zebrać piłki'],
    },
  },
  {
    id: 'we-have-to-meet-r27',
    phrases: [
      'musimy|musisz|powinnismy|trzeba|chce|chcialbym|chcialabym ..2 sie ..3 spotkac|zobaczyc_na_zywo|zobaczyc_osobiscie|spotkac_na_zywo|spotkac_osobiscie',
      'cie|ciebie ..1 podwiezc|podwioze|odwiezc|odwioze|zabrac|zawiezc|zabiore ..6 tylko_we_dwoch|tylko_we_dwoje|tylko_my|tylko_ty_i_ja|we_dwoje|we_dwoch|sam_na_sam',
    ],
    unless: ['mama|mamo|tata|tato|rodzice_wiedza|z_rodzicami|cala_druzyna|wszystkich|cala_grupa|kuzyn*|babci*|dziadk*|reszta|reszte|wszyscy|projekt*|referat*|prezentacj*|zadani*|grupow*|z_klasa|cala_klasa|ekip*|dziewczyny|chlopaki|wszyscy_razem|zebrani*|rada|druzyn*'],
    examples: {
      match: ['tylko musimy się spotkać, przyjadę w piątek', 'chciałbym się z tobą spotkać na żywo', 'mogę cię podwieźć, pojedziemy tylko we dwoje'],
      ignore: ['musimy się spotkać w sprawie projektu z biologii', 'chcę się spotkać z całą ekipą w sobotę'],
    },
  },
  {
    id: 'ill-come-when-parents-are-out-r27',
    phrases: [
      'wpadne|przyjde|przyjade|podjade|zajrze ..4 jak|kiedy|gdy|skoro ..3 rodzicow|rodzice|starych|starzy|nikogo|mamy|taty ..2 nie_bedzie|nie_ma|beda_w_pracy|w_pracy|wyjada|wyjechali|wyjdzie|wyjda',
      'wpadne|przyjde|przyjade|podjade|zajrze ..4 skoro|jak|bo|gdy ..2 jestes|bedziesz ..1 sama|sam ..1 w_domu',
    ],
    unless: ['nocowan*|imprez*|domowk*|pizz*|fif*|pograc|pogramy|film*|serial*|z_dziewczynami|z_chlopakami|z_ekipa|psa|kota|kwiat*|podlac|nakarmic|babci*|dziadk*|cioci*|wujk*|zeszyt*|ksiazk*|oddac|xd|haha*'],
    weight: 1.5,
    examples: {
      match: ['wpadnę do ciebie jutro, jak rodziców nie będzie', 'przyjdę po 15, skoro jesteś sama w domu'],
      ignore: ['wpadnę jak rodziców nie będzie, zrobimy domówkę xd', 'przyjdę nakarmić kota jak nikogo nie będzie'],
    },
  },
  {
    id: 'hotel-room-for-us-r37',
    phrases: [
      'wezme|wynajme|zarezerwuje|zalatwie|mam ..2 pokoj|pokoik|apartament|nocleg|pokoj_w_hotelu ..2 w_hotelu|w_motelu|hotel*|motel*|dla_nas|dla_nas_dwojga|na_noc|tylko_dla_nas',
      'przyjade|przyjedziesz|spotkamy_sie|spotkajmy_sie ..4 w_hotelu|w_motelu|w_pokoju_hotelowym|hotel*|motel*',
    ],
    unless: ['rodzic*|mama|mamo|tata|tato|babci*|dziadk*|ciocia|wujek|rodzin*|wycieczk*|kolonie|obozie|oboz*|klas*|druzyn*|turniej*|zawod*|wesel*|slub*|ferie|wakacj*_z|recepcj*|rezerwacj*_grupow*|konferencj*|delegacj*|szef*|prac*'],
    examples: {
      match: ['przyjade do ciebie, wezme pokoj w hotelu', 'zarezerwuje nocleg tylko dla nas', 'spotkajmy sie w hotelu obok dworca'],
      ignore: ['tata wezmie pokoj w hotelu na wesele cioci', 'na zawody druzyna ma nocleg w hotelu'],
    },
  },
] satisfies PatternEntry[];
