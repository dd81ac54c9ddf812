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
    unless: ['korepetycj*|dentyst*|lekarz*|trening*|lekcj*_gitar*|mecz_o|zbiorka|wywiad*|bibliotec*|projekt*|zadani*|grup*|klas*|wszyscy|cala_paczka|z_ekipa|ekip*'],
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
      'przyjade|podjade|przyjechac|podjechac|odbiore|odebrac|zabiore|zabrac|zgarne|zgarnac|wpadne|przyjde|przyjsc ..3 po ..1 ciebie|cie',
      'odbiore|zabiore|zgarne|podwioze|odwioze|podjade ..1 cie|ciebie ..2 spod|sprzed|pod|ze|z|po',
      'po ..1 ciebie|cie ..2 przyjade|podjade|przyjechac|podjechac|wpadne|przyjde|przyjechac',
      'przyjdz|przyjdziesz|przyjedz|przyjedziesz|wpadnij|wpadniesz|przyjsc|przyjechac ..3 do_hotelu|na_noc|na_nocke|do_mnie_na_noc|do_mojego_auta|do_auta|do_samochodu|na_chate_jak',
      'wpadne|przyjde|przyjade|odwiedze|wpasc|przyjsc|przyjechac ..2 do_ciebie|cie ..4 jak|kiedy|gdy ..3 rodzic*|starzy|mama|tata|nie_bedzie|bedziesz_sama|bedziesz_sam|wyjad*|wyjdzie|wyjda',
      'zaplace|oplace|kupie ..3 bilet|bilety|podroz|pociag|autobus ..3 zebys|jak|przyjechala|przyjechal|do_mnie',
    ],
    unless: ['inaczej|bo_inaczej|masz_byc_w_domu|korepetycj*|dentyst*|lekarz*|trening*|lekcj*_gitar*|mecz_o|zbiorka|wywiad*|mamo|mama|tato|tata|babci*|dziadk*|bedzie|beda|nocowan*|pidzam*|pizam*|dziewczyny|ekip*'],
    examples: {
      match: ['pojedziemy do mnie, nikomu nie mow', 'mogę po ciebie podjechać', 'spotkajmy się w realu', 'przyjdź do mnie na noc', 'chciałbym cię poznać osobiście', 'wpadnę do ciebie jak rodzice wyjadą', 'odbiorę cię spod szkoły', 'zapłacę za bilet żebyś przyjechała'],
      ignore: ['poznałem go na obozie', 'tata odbierze cię po treningu', 'o północy masz być w domu, inaczej po ciebie przyjadę', 'odpisz, bo inaczej przyjadę po ciebie do Kasi'],
    },
  },
  {
    id: 'meet-alone-secretly',
    phrases: [
      'spotkajmy|spotkamy|spotkac|spotkasz|zobaczmy|zobaczymy|przyjdz|przyjdziesz|przyjedz|przyjedziesz|wpadnij|wpadne|przyjde ..4 w_tajemnicy|potajemnie|bez_twoich|bez_rodzicow|bez_nikogo|bez_znajomych|bez_kolezanek|tak_zeby_nikt|nikomu_nie_mow|nie_mow_nikomu|nie_mow_rodzicom|zeby_nikt',
    ],
    unless: ['korepetycj*|dentyst*|lekarz*|trening*|zbiorka'],
    weight: 3,
    examples: {
      match: ['to może spotkamy się sami, bez twoich znajomych', 'spotkajmy się w tajemnicy', 'przyjdź tak żeby nikt nie wiedział'],
      ignore: ['spotkajmy się całą klasą', 'przyjdź z rodzicami na zebranie'],
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
] satisfies PatternEntry[];
