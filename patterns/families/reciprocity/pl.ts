import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'show-you-if-you-show-me',
    unless: ['zadani*|wypracowani*|notatk*|formularz*|zgod*|podpis*|prac*_domow*|lekcj*|odpowiedz*|rozwiazani*|sprawdzian*|kartkow*|naklejk*|karty|gre|gry|rysun*|przepis*|wyciecz*|wakacj*'],
    phrases: [
      'pokaze|wysle|przesle|podesle|dam|pokazalbym|pokazalabym|wyslalbym|wyslalabym|pokazemy ..3 swoje|swoja|swoj|moje|moja|moj|swojego ..4 jak_ty|jesli_ty|jezeli_ty|gdy_ty|jak_mi|jesli_mi|jak_tez|za_twoje|za_twoja|a_ty|i_ty|ty_mi|ty_tez|ty_swoje|twoje|twoja|wzamian|w_zamian|wymiana',
      'ja ..2 ci|tobie ..1 pokaze|wysle|przesle|podesle ..4 jak_ty|jesli_ty|jezeli_ty|gdy_ty|jak_mi|jesli_mi|jak_tez|a_ty|ty_mi|ty_tez|ty_swoje|wzamian|w_zamian',
      'jak|jesli|jezeli|gdy [ty] [mi] [tez] pokazesz|wyslesz|przeslesz|podeslesz|dasz ..3 ja|to_ja ..2 tez|ci|tobie|swoje',
      'pokaze|wysle|przesle|podesle ..3 jesli|jak|jezeli|gdy [ty] [mi] pokazesz|wyslesz|przeslesz|podeslesz',
      'ty [mi] pokazesz|wyslesz|przeslesz ..3 ja ..2 ci|tobie',
      'ja ..3 swoje|swoja|swoj ..3 ty ..2 swoje|swoja|swoj',
      'wysle|pokaze|przesle|podesle ..4 tylko|pod_warunkiem|jak|jesli|jezeli|gdy ..3 ty|tez ..2 odeslesz|wyslesz|pokazesz|przeslesz|podeslesz|odwdzieczysz',
      'jak|jesli|jezeli|gdy|tylko|warunkiem ..1 ty ..1 tez ..2 [cos|mi|cos_mi|swoje] odeslesz|odwdzieczysz|odpowiesz_tym_samym',
    ],
    examples: {
      match: ['ja ci pokaże swoje jak ty mi pokażesz', 'wyślę swoje jak ty wyślesz', 'jak ty pokażesz to ja też', 'ja wyślę swoją, ty swoją', 'pokażę ci moje zdjęcie w zamian za twoje', 'ja ci wyślę jak ty mi', 'ok wyślę ci coś ale tylko jak ty też coś odeślesz', 'jak ty też coś odeślesz'],
      ignore: ['pokażę ci swoje rysunki jak wrócę', 'ja wyślę prezentację, ty zrób notatki', 'jak ty wyślesz mail to daj znać', 'wyślę ci notatki tylko jak ty też wyślesz zadanie', 'wyślę ci formularz jak ty też wyślesz zgodę rodziców'],
    },
  },
  {
    id: 'trade-pics',
    phrases: [
      'wymien*|wymienimy|wymieniamy|wymianka|wymiana|wymienmy|zamienmy ..3 sie ..2 @photo|fotkami|zdjeciami|nudesami|nudeskami|selfie*',
      'wymien*|wymienimy|wymieniamy|wymianka|wymiana|wymienmy ..2 fotkami|zdjeciami|nudesami|nudeskami|fotkam|fotami',
      '@photo za @photo',
      'fotka|fota|zdjecie|nudes*|nudesk* ..1 za ..1 fotke|fote|zdjecie|nudesa|nudeska',
    ],
    unless: ['wyciecz*|wakacj*|imprez*|album*|klasow*|wesel*|urodzin*|naklejk*|kart*_pilkar*|pokemon*|skin*|gry|gier|ksiaz*'],
    examples: {
      match: ['wymienimy się fotkami?', 'fotka za fotkę', 'wymiana nudesami?', 'zdjęcie za zdjęcie, ok?'],
      ignore: ['wymienimy się naklejkami?', 'wymień się ze mną kartami piłkarskimi'],
    },
  },
  {
    id: 'i-sent-mine-your-turn',
    phrases: [
      'wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|dalem|dalam|podeslalem|podeslalam ..6 twoja_kolej|teraz_ty|ty_teraz|teraz_twoja|twoj_ruch|odwdziecz*|rewanz*|wzamian|teraz_ty_mi|to_ty_tez|ty_tez',
      'teraz|twoja ..1 twoja|kolej ..3 wyslac|pokazac|wysylac|pokazywac|odeslac|odsylac|odwdzieczyc|na_fotke|na_zdjecie|na_nudesa',
      'odwdziecz*|zrewanzuj* ..3 sie ..2 @photo|fotka|zdjeciem|tym_samym',
      'nie_badz_nie_fair|bylo_by_fair|byloby_fair|fair_by_bylo ..3 jakbys|gdybys|zebys ..2 wyslala|wyslal|pokazala|pokazal',
    ],
    unless: ['psa|psem|pieska|kota|kotem|kotka|zwierzak*|chomik*|rybk*|obiad*|jedzeni*|rysun*|obraz*|widok*|outfit*|paznokc*|sukienk*|garnitur*|studniowk*|stylizacj*|fryzur*|tort*|pokoj*|buty|butow|kurtk*|makijaz*|tatuaz*', 'gwiazdk*|mikolaj*|swiat*|prezent*|kup|kupisz|postawisz|stawiasz|wakacj*|wyciecz*|album*|imprez*|urodzin*|zadani*|notatk*|mail*|prezentacj*|link*|kart*|gra|grze|planszow*', 'wypracowan*|esej*|referat*|rozprawk*|streszczen*|sprawozdan*|wiersz*|opowiadani*|projekt*|cv|podani*|kopiuj*|sciag*'],
    examples: {
      match: ['teraz twoja kolej zeby cos odeslac', 'wysłałem ci swoje zdjęcie, teraz twoja kolej', 'pokazałam ci swoje, teraz ty', 'teraz twoja kolej żeby pokazać', 'odwdzięcz się fotką'],
      ignore: ['wyslalem ci zdjecie mojego psa, teraz ty', 'wysłałam ci zdjęcie sukienki na wesele, teraz ty pokaż swój garnitur', 'pokazalem ci swoja fryzure, teraz ty', 'dalem ci prezent, teraz ty mi cos kup na gwiazdke', 'wysłałem ci zadanie, teraz twoja kolej zrobić notatki', 'teraz twoja kolej w grze', 'twoja kolej rzucać kostką', 'wysłałam ci swoją rozprawkę, teraz ty wyślij swoją', 'pokazałem ci swój referat, teraz twoja kolej'],
    },
  },
  {
    id: 'your-turn-i-sent-mine',
    phrases: [
      'ty ..1 tez ..1 musisz|masz|powinnas|powinienes ..2 wyslac|pokazac|przeslac|podeslac|wysylac',
      'teraz_ty|twoja_kolej|teraz_twoja_kolej|twoj_ruch|teraz_twoja ..6 wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|dalem|dalam|podeslalem|podeslalam',
      'wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|podeslalem|podeslalam ..3 swoje|swoja|swoj|moje|moja|moj ..4 fair|uczciwie|sprawiedliwie|teraz_ty|twoja_kolej',
    ],
    unless: ['trik*|sztuczk*|trick*|wakacj*|wyciecz*|album*|imprez*|urodzin*|zadani*|notatk*|mail*|prezentacj*|link*|kart*|gra|grze|planszow*|cv|podani*|zgloszeni*|prac*|referat*|wypracowani*'],
    examples: {
      match: ['ale potem ty tez musisz wyslac, umowa to umowa', 'teraz ty, ja juz swoje wyslalem wiec fair', 'wyslalam swoje zdjecie, wiec fair'],
      ignore: ['ty też musisz wysłać zadanie do piątku', 'teraz ty, ja już swoje zadanie wysłałem', 'twoja kolej, ja już dałem kartę'],
    },
  },
  {
    id: 'swap-pics',
    phrases: [
      'twoja|twoje|twoj ..1 fotk*|zdjec*|nudes*|nudesk*|fotka|zdjecie|foto|selfie* ..1 za ..1 moja|moje|moj|moja_fotke|moje_zdjecie',
      'wymienimy|wymienmy|wymiana|wymienic ..2 sie ..2 fotk*|zdjec*|nudes*|nudesk*|fotkami|zdjeciami|nudesami',
    ],
    unless: ['kart*|pokemon*|naklejk*|skin*|ksiazk*|zeszyt*|notatk*|klasow*|grupow*|wyciecz*|wakacj*|urodzin*|z_imprezy|xd'],
    weight: 3,
    examples: {
      match: ['wymiana? twoja fotka za moją', 'wymienimy się nudesami?'],
      ignore: ['wymienimy się zdjęciami z wycieczki?', 'twoja karta za moją, wymiana?'],
    },
  },
  {
    id: 'fair-trade-r6',
    phrases: [
      'badz|nie_badz ..1 fair|uczciwa|uczciwy|nie_fair ..4 ja ..2 ci|tobie ..2 wyslalem|wyslalam|pokazalem|pokazalam|dalem|dalam|przeslalem|przeslalam',
      'ja ..1 ci|tobie ..1 cos|swoje|swoja|juz ..2 wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam ..4 a_ty|teraz_ty|fair|twoja_kolej|ty_nic|ty_tez|odwdziecz*',
      'ty ..1 tez ..1 cos|swoje|swoja|jakies|jakas ..1 wyslij|pokaz|podeslij|przeslij|daj|wrzuc',
      'ja ..1 ci|tobie ..1 wysle|pokaze|podesle ..1 swoje|swoja|swoj|moje|moja ..1 zdjecie|fotke|fotki|zdjecia|selfie|nudes*',
      'jak|jesli|jezeli|gdy ..1 wyslesz|pokazesz|przeslesz|podeslesz ..2 swoje|swoja|swoj ..3 ja|to_ja ..2 wysle|pokaze|przesle|podesle ..1 moje|moja|moj|swoje|swoja',
      'ja|to_ja ..1 pierwszy|pierwsza ..4 wysle|pokaze|potem_ty|a_potem_ty|a_ty|jak_chcesz|jesli_chcesz|a_ty_potem',
      'wysle|pokaze|przesle ..2 pierwszy|pierwsza ..3 potem_ty|a_ty|ty_potem|a_potem_ty|jak_chcesz',
    ],
    unless: ['krec*|kolem|rzucasz|losuj*|kolejnosc*|gazet*|zadani*|wypracowani*|notatk*|formularz*|zgod*|podpis*|prac*_domow*|lekcj*|odpowiedz*|rozwiazani*|sprawdzian*|kartkow*|naklejk*|karty|kart*|gre|gry|gra|grze|gram|gramy|grac|rund*|kolejk*|rzuc*|kostk*|rysun*|przepis*|wyciecz*|wakacj*|grup*|klas*|link*|mail*|prezentacj*|projekt*|cv|zyczeni*|kartk*|memy|mema|liste|list|listy|liste_zakupow|plan*|playlist*|nick*|haslo_do_wifi|porown*|fryzur*|wlos*|paznokci*|stylizacj*|outfit*|makijaz*'],
    weight: 2,
    examples: {
      match: ['Ja ci wyślę swoje zdjęcie.', 'bądź fair, ja ci coś wysłałem', 'ty też coś wyślij', 'jak wyślesz swoje, ja wyślę moje', 'no wiesz jakie, ja pierwszy jak chcesz', 'ja ci już pokazałem, a ty?'],
      ignore: ['ty też coś wyślij na grupę klasową', 'ja pierwszy gram, a ty potem', 'jak wyślesz swoje zadanie to ja wyślę moje notatki', 'ja wysle swoja liste pierwsza, potem ty'],
    },
  },
  {
    id: 'something-in-return-r6',
    phrases: [
      'zrobimy|zrobmy|robimy|chcesz|moze ..1 wymiane|wymianke|wymianka|zamiane|zamianke',
      'dasz|wyslesz|pokazesz|podeslesz ..2 cos|cokolwiek ..1 w_zamian|wzamian|w_rewanzu',
      'a ..1 co ..1 ja ..1 dostane|z_tego_bede_mial|z_tego_mam|za_to_dostane',
    ],
    unless: ['kart*|skin*|naklejk*|pokemon*|ksiaz*|zeszyt*|notat*|gra|grze|gry|gre|item*|przedmiot*|tradem|trade|konto|konta|ubrani*|ciuch*|bluz*|vinted|olx|allegro|sprzeda*|zadani*|lekcj*|dyzur*|zmian*_w_pracy|grafik*|miejsc*|lawk*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['zrobimy wymianę?', 'dasz coś w zamian?'],
      ignore: ['zrobimy wymianę kart pokemon?', 'dasz coś w zamian za ten skin w grze?'],
    },
  },
  {
    id: 'you-send-yours-r6',
    phrases: [
      'wysle|pokaze|przesle|podesle|dam|wyslalbym|pokazalbym ..3 ci|tobie ..4 a|i|to ..1 ty ..1 mi ..1 [tez] swoje|swoja|swoj|cos|twoje|twoja',
      'wysle|pokaze|przesle|podesle ..2 ci|tobie ..2 cos ..2 fajnego|specjalnego|goracego|odwaznego|pikantnego|sexy|swojego ..4 a|jak|jesli|gdy|za ..2 ty|mi|twoje|twoja|swoje',
    ],
    unless: ['zadani*|notatk*|formularz*|zgod*|lekcj*|odpowiedz*|rozwiazani*|sprawdzian*|kartkow*|naklejk*|kart*|gre|gry|gra|grze|kanapk*|jedzeni*|obiad*|przepis*|link*|mail*|prezentacj*|projekt*|mem*|playlist*|piosenk*|muzyk*|rysun*|wypracowani*'],
    weight: 3,
    examples: {
      match: ['masz snapa? wyślę ci coś fajnego, a ty mi swoje', 'pokażę ci, a ty mi swoje', 'wyślę ci coś odważnego jak ty mi wyślesz'],
      ignore: ['wyślę ci notatki, a ty mi swoje zadanie', 'dam ci kanapkę a ty mi swoją'],
    },
  },
  {
    id: 'you-first-r6',
    phrases: [
      'chcesz ..1 zobaczyc|dostac ..1 moje|moja|moj ..3 to|wiec ..1 pokaz|wyslij|daj|podeslij ..1 swoje|swoja|swoj',
      'wyslij|pokaz|podeslij ..3 sexy|seksown*|odwazn*|pikantn*|goracego|swoje ..4 to|a ..1 ci|tobie|ja ..1 tez ..1 wysle|pokaze',
      'twoja_kolej|teraz_ty|teraz_twoja_kolej ..3 wyslij|pokaz|podeslij|dawaj|przeslij ..1 swoje|swoja|swoj|cos',
      'najpierw ..1 ty ..2 wyslij|pokaz|przeslij|podeslij|wysylasz|pokazujesz ..1 [mi] swoje|swoja|swoj|cos|siebie',
      'ty ..1 pierwsza|pierwszy ..2 wyslij|pokaz|przeslij|podeslij|wysylasz|pokazujesz',
      'pokaze|wysle|przesle ..2 ci ..4 ale|jak|jesli ..1 ty ..1 tez|rowniez ..1 musisz|pokazesz|wyslesz|pokaz|wyslij',
    ],
    unless: ['trik*|sztuczk*|trick*|zadani*|notatk*|formularz*|zgod*|lekcj*|odpowiedz*|rozwiazani*|sprawdzian*|kartkow*|naklejk*|kart*|gre|gry|gra|grze|rysun*|przepis*|link*|mail*|prezentacj*|projekt*|mem*|zawod*|mecz*|wyciecz*|wakacj*|kolejk*|rzuc*|kostk*', 'wypracowan*|esej*|referat*|rozprawk*|streszczen*|sprawozdan*|wiersz*|opowiadani*'],
    weight: 3,
    examples: {
      match: ['Teraz twoja kolej, wyślij swoje.', 'chcesz zobaczyć moje? to pokaż swoje', 'wyślij coś sexy, to ci też wyślę', 'chcesz zobaczyć moje zdjęcie? to najpierw ty wyślij swoje', 'pokażę ci coś fajnego na kamerce, ale ty też musisz', 'ty pierwsza pokaż'],
      ignore: ['chcesz zobaczyć moje zdjęcie z zawodów? to najpierw ty wyślij swoje z meczu', 'najpierw ty wyślij swoje zadanie', 'twoja kolej, wyślij swoje wypracowanie to porównamy'],
    },
  },
  {
    id: 'ill-send-mine-too-r10',
    phrases: [
      'ja ..1 ci|tobie ..1 wysle|przesle|pokaze|podesle ..1 swoje|swoja|swoj|moje|moja ..1 foty|fotki|fotke|zdjecia|zdjecie|nudesy|nudes*|nagie|cialo|sie',
      'ja ..1 tez ..1 wlacze|wlaczam|pokaze|wysle|sie_pokaze|sie_rozbiore',
      '@send|@show ..2 swoje|swoja|swoj|swoje_foty|swoje_zdjecia ..3 to|a|i|wtedy ..1 ja ..2 wysle|pokaze|przesle|podesle|dam ..2 swoje|moje|swoja|moja|swoj|moj',
    ],
    unless: ['notatk*|zadani*|lekcj*|zeszyt*|wyciecz*|wakacj*|przepis*|plan*|link*|mem*|playlist*|kod*|adres*|ciast*|tort*|pies*|psa|kot*|projek*|prezentacj*|referat*|gre|gry|mape|numer*', 'porownam*|porownac|porownamy|porownaj*|ustawieni*|portret*|aparat*|obiektyw*|czarno_biale|czarno_bialy|ekspozycj*|przeslon*|kadr*|fotografi*|wypracowani*|rozwiazani*|odpowiedzi|wynik*'],
    examples: {
      match: ['ja ci wysle swoje zdjecia, ty mi swoje', 'ja tobie pokaze swoje cialo', 'wlacz kamere, ja tez wlacze', 'ja ci podesle swoje fotki a ty mi swoje', 'wyślij swoje to ja wyślę moje'],
      ignore: ['wyslij mi notatki, ja ci wysle swoje z historii', 'wyslij zdjecie psa, ja ci wysle swojego kota', 'tak, to czarno-biale. ja ci wysle swoje to porownamy ustawienia', 'ja ci wysle swoje rozwiazanie z matmy i porownamy wyniki', 'wyslij swoje zadanie to ja wysle moje'],
    },
  },
  {
    // the bare "ja ci wyślę swoje" without saying what: a classmate offers their homework
    // the same way, so it weighs less than a named photo swap and needs another signal
    id: 'ill-send-mine-vague-r36',
    phrases: [
      'ja ..1 ci|tobie ..1 wysle|przesle|pokaze|podesle ..1 swoje|swoja|swoj|moje|moja|tez',
    ],
    unless: ['notatk*|zadani*|lekcj*|zeszyt*|wyciecz*|wakacj*|przepis*|plan*|link*|mem*|playlist*|kod*|adres*|ciast*|tort*|pies*|psa|kot*|projek*|prezentacj*|referat*|gre|gry|mape|numer*', 'porownam*|porownac|porownamy|porownaj*|ustawieni*|portret*|aparat*|obiektyw*|czarno_biale|czarno_bialy|ekspozycj*|przeslon*|kadr*|fotografi*|wypracowani*|rozwiazani*|odpowiedzi|wynik*', 'przepisz*|przepisac|odpisz|odpisac|sciagnij|sciagac|wlasnymi_slowami|innymi_slowami|polski*|matm*|angiel*|histori*|biolog*|chemi*|fizyk*|geograf*'],
    weight: 2,
    examples: {
      match: ['pokazesz mi sie cala? ja ci wysle swoje', 'wyslesz mi fotke? ja ci wysle swoja'],
      ignore: ['ja ci wysle swoje z polskiego, tylko przepisz innymi slowami', 'ja ci wysle swoje notatki z biologii'],
    },
  },
  {
    id: 'something-bolder-i-send-too-r13',
    phrases: [
      'bardziej|cos ..1 odwazn*|pikantn*|smialszego|smielszego|goretszego ..6 ja ..1 tez|tesz ..2 ci|tobie|moge|wysle|pokaze',
      'ja ..1 mam|tez_mam ..1 wlaczona|wlaczony|wlaczone|odpalona|odpalony ..4 pokaz|wlacz|ty|twoja_kolej',
      'ja ..1 pokaze|wysle ..2 tobie|ci ..2 wszystko|swoje|moje ..3 a|i|to ..1 ty ..1 pokazesz|wyslesz|mnie|mi',
    ],
    unless: ['notatk*|zadani*|lekcj*|zeszyt*|wyciecz*|wakacj*|przepis*|plan*|link*|mem*|playlist*|kod*|ciast*|tort*|pies*|psa|kot*|projek*|prezentacj*|gre|gry|mape|trik*|sztuczk*'],
    examples: {
      match: ['sliczna. a cos bardziej odwaznego? ja tez ci moge cos wyslac', 'no wez, ja mam wlaczona. pokaz sie chociaz troche', 'Ja pokaze tobie wszystko a ty pokazesz mnie'],
      ignore: ['ja mam wlaczona kamerke na lekcji, ty tez wlacz', 'ja pokaze ci swoje notatki a ty mi pokazesz swoje'],
    },
  },
  {
    id: 'you-to-me-me-to-you-r14',
    phrases: [
      'ty ..1 mi ..2 @photo|fotke|fotka|zdjecie|fote|nudesa|nudeska ..2 ja ..1 tobie|ci|swoje|swoja',
      'wymienmy|wymienimy|wymiana|wymienic|wymieniamy ..2 [sie] nudes*|nudesami|nudeskami|golymi|@nude',
    ],
    unless: ['kart*|pokemon*|skin*|naklejk*|wycieczk*|wakacj*|oboz*|klas*|imprez*|koncert*|notatk*|zadani*|przepis*'],
    examples: {
      match: ['wymiana? ty mi fotke ja tobie', 'wymienmy sie nudesami, nikt sie nie dowie'],
      ignore: ['ty mi karte z pikachu ja tobie mewtwo', 'ty mi zdjecie notatek ja tobie zadania'],
    },
  },
  {
    id: 'broken-i-show-you-show-r16',
    phrases: [
      'ja ..1 pokazac|pokaze|pokazuje|pokazywac ..3 ty ..1 pokazac|pokazesz|pokaz|pokazujesz|pokazywac ..1 mi|mnie',
    ],
    unless: ['droge|gdzie_jest|jak_dojsc|mape|zadani*|jak_sie_robi|jak_rozwiazac|uklad*|krok*|trik*|sztuczk*|ruch*|przepis*'],
    examples: {
      match: ['ja pokazac ciebie, ty pokazac mi 😜', 'ja pokaze a ty pokazesz mi'],
      ignore: ['ja pokaze ci droge a ty pokaz mi gdzie jest sklep? nie'],
    },
  },
  {
    id: 'you-undress-me-too-r16',
    phrases: [
      'ty ..1 sie ..1 rozbierzesz|rozbierz|pokazesz|pokaz|rozbierasz ..3 ja_tez|to_ja_tez|a_ja_tez|ja_rowniez|to_ja|i_ja',
      'ja ..1 sie ..1 rozbiore|pokaze ..2 jak|jesli|jezeli|a|i ..1 ty ..1 tez|sie',
    ],
    unless: ['lekarz*|przychodni*|basen*|szatni*|wf|w_f|przebieralni*|scen*|wystep*|przedstawieni*|konkurs*|imprez*|zebrani*|spotkani*'],
    examples: {
      match: ['ty sie rozbierzesz ja tez', 'ja sie rozbiore jak ty tez'],
      ignore: ['ty sie pokazesz na scenie i ja tez? a jakze', 'ty sie rozbierzesz w szatni ja tez, wf za 5 minut'],
    },
  },
  {
    id: 'ill-send-if-you-send-too-r17',
    phrases: [
      'przysle|przesle|wysle|pokaze|podesle|dam ..4 jak|jesli|jezeli|gdy|tylko ..3 ty|tez ..2 wyslesz|przyslesz|pokazesz|przeslesz|podeslesz|odeslesz',
    ],
    unless: ['notatk*|zadani*|odpowiedz*|lekcj*|link*|kod*|przepis*|mem*|adres*|wyciecz*|plan*|lokalizacj*|playlist*|piosenk*|kase|pieniadz*|hasl*|wifi|numer*'],
    examples: {
      match: ['bo jestes dla mnie wyjatkowa. przysle ci cos fajnego jak ty mi tez cos wyslesz 😉', 'pokaze ci siebie tylko jak ty tez pokazesz'],
      ignore: ['przysle ci notatki jak ty mi tez wyslesz swoje', 'wysle ci link jak ty tez wyslesz swoj'],
    },
  },
  {
    id: 'show-all-i-show-too-r17',
    phrases: [
      'pokaz*|pokazac|pokazywac ..1 wszystko|cialo|sie ..4 ja ..1 tez|rowniez ..1 pokazuje|pokaze|pokazac|pokazywac|pokazywam',
    ],
    examples: {
      match: ['kamera wlaczyc i pokazac wszystko, ja tez pokazuje', 'pokaz sie, ja tez pokaze'],
      ignore: ['pokaz mi swoj rysunek a ja ci pokaze swoj'],
    },
  },
  {
    id: 'i-send-mine-first-r23',
    phrases: [
      'ja ..1 wysle|pokaze|wysylam|pokazuje|dam ..1 swoja|swoje|swoj|swoja_fotke|swoje_zdjecie|swoje_foto ..1 pierwszy|pierwsza|najpierw',
      'wysle|pokaze|wysylam|pokazuje ..1 ci|tobie ..1 swoja|swoje|swoj|moja|moje ..1 pierwszy|pierwsza|najpierw',
      'ja ..1 pierwszy|pierwsza|najpierw ..1 wysle|pokaze|wysylam|pokazuje ..1 [ci] swoja|swoje|swoj|moja|moje|fotke|zdjecie|selfie',
    ],
    unless: ['porown*|fryzur*|wlos*|paznokci*|stylizacj*|outfit*|makijaz*|prac*|zadani*|projekt*|wypracowani*|cv|zgloszeni*|pani|panu|odpowiedz*|wynik*|rozwiazani*|kod*|link*|adres*|numer*|lokalizacj*|plan*|notatk*|prezentacj*|slajd*|referat*|liste|list|wiadomosc|przepis*|playlist*|nick*|karte|karty|kart|photocard*|mame|mamie|tacie'],
    weight: 3,
    examples: {
      match: ['ja wysle swoja pierwszy ok? 😘', 'pokaze ci swoje najpierw', 'ja pierwszy wysle fotke, potem ty'],
      ignore: ['ja wysle swoja prace pierwsza do pani', 'ja wysle swoje rozwiazania pierwszy i porownamy', 'pokaze ci swoje karty najpierw, potem wybierzesz', 'ja wysle swoje zdjecie pierwsza, potem ty, zeby porownac fryzury'],
    },
  },
  {
    id: 'i-donated-so-you-owe-me-r23',
    phrases: [
      'donejtowal*|donatowal*|zdonejtowal*|zasubowal*|zasubskrybowal*|dalem_ci|wyslalem_ci|kupilem_ci|przelalem_ci|dalem_tyle ..6 moge|chyba|nalezy_mi_sie|zasluguje|zasluzylem ..3 cos ..1 w_zamian|dla_mnie|specjalnego|ekstra|od_ciebie',
      'odwdziecz ..1 sie|sie_jakos ..4 kamerk*|fotk*|zdjeci*|@photo|prywatn*|tylko_dla_mnie|callu|call',
    ],
    unless: ['xd|haha*|buzi*|przytul*|obiad*|kolacj*|pizz*|herbat*|kaw*|ciast*|lody|kino|kina|laurk*|kartk*|urodzin*|prezent*_dla_mamy|zadani*|korepetycj*|notatk*'],
    weight: 2,
    examples: {
      match: ['donejtowalem ci 200 zl, chyba moge dostac cos w zamian prawda?', 'odwdziecz sie i wlacz kamerke na prywatnym callu'],
      ignore: ['kupilem ci prezent, chyba moge dostac cos w zamian? buziaka xd', 'dalem ci notatki, chyba moge dostac cos w zamian, np pizze'],
    },
  },
  {
    id: 'i-send-when-you-send-r24',
    phrases: [
      'moge|wysle|pokaze|dam|podesle ..3 jak|jesli|jezeli|gdy|kiedy ..1 ty ..1 mi ..1 wyslesz|pokazesz|dasz|przeslesz|podeslesz',
      'wyslalam|wyslalem|pokazalam|pokazalem|podeslalam|podeslalem ..5 teraz ..1 twoja_kolej|ty',
      'tylko_dla_ciebie|specjalnie_dla_ciebie ..3 teraz ..1 twoja_kolej|ty',
    ],
    unless: ['znac|psa|psem|kota|kotem|zwierzak*|notatk*|zadani*|odpowiedz*|plan*|prezentacj*|link*|numer*|kod*|haslo|hasla|ksiazk*|lekcj*|sciag*|adres*|lokalizacj*|przepis*|playlist*|piosenk*|mema|memy|mem|zaproszeni*|rozdzial*|opowiadani*|wypracowani*|projekt*|referat*|kase|hajs|pieniadze|przelew*|blik*|ruch|gra|grze|rund*|plansz*|szach*|karty|karte|kosc*|zagadk*|pytani*|quiz*|wyzwani*|challeng*'],
    weight: 3,
    examples: {
      match: ['masz moze snapa? moge ci cos wyslac jak ty mi wyslesz', 'wyslalam ci cos na snapie, tylko dla ciebie teraz twoja kolej', 'pokaze ci jak ty mi pokazesz'],
      ignore: ['moge ci wyslac notatki jak ty mi wyslesz zadania z fizy', 'wyslalam ci swoje wypracowanie, teraz twoja kolej', 'pokazalem swoja karte, teraz ty', 'dam ci znac jak ty mi dasz znac'],
    },
  },
  {
    id: 'thats-me-now-your-turn-r25',
    phrases: [
      'to_ja|tu_ja|to_moje_zdjecie|to_moja_fotka|moje_selfie|masz_moje ..6 teraz_twoja_kolej|twoja_kolej|teraz_ty|twoj_ruch|twoja_kolej_teraz|a_ty|a_teraz_ty|odeslij|odeslesz|odsylaj|odwdziecz*',
      'odwdziecz*|zrewanzuj* ..1 sie ..3 ja ..1 [juz|ci|tobie] wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|podeslalem|podeslalam',
      'ja ..1 ci|tobie ..1 [swoje|swoja|juz|cos] wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|podeslalem|podeslalam ..3 nie_fair|niefair|to_nie_fair|nie_badz_taka|nie_badz_taki|a_ty_nic|a_ty_nie',
    ],
    unless: ['klasow*|znalezc|znajdz|zgadnij|zgadnac|zgaduj|gra|grze|gry|rund*|kolejk*|kostk*|plansz*|karte|karty|kart*|pionk*|szach*|uno|monopol*|rzut*|rzucaj|ruch_w|zadani*|notatk*|prezentacj*|referat*|wypracowani*|link*|mail*|plik*|cv|psa|psem|psiakiem|kota|kotem|pieska|pieskiem|zwierzak*|widok*|obiad*|jedzeni*|przepis*|tort*|rysun*|obraz*|wakacj*|wyciecz*|album*|urodzin*|mema|memy|mem|playlist*|piosenk*|nut*|utwor*|film*|serial*'],
    weight: 3,
    examples: {
      match: ['to ja po silowni 💪 teraz twoja kolej', 'to ja na plazy, teraz ty', 'no weź, ja ci wyslalem, to nie fair', 'ja ci juz pokazalam a ty nic?', 'to ja w lustrze, odeslij cos', 'odwdziecz sie, ja juz wyslalem'],
      ignore: ['to ja rzucilem, teraz twoja kolej w grze', 'to ja zrobilam swoja czesc prezentacji, teraz twoja kolej', 'ja ci wyslalem notatki, to nie fair ze nic nie robisz', 'to ja z moim psem, teraz ty pokaz swojego'],
    },
  },
  {
    id: 'sent-mine-spicy-r26',
    phrases: [
      'wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|podeslalem|podeslalam ..2 moje|swoje|moja|swoja|moj|swoj ..1 sexy|@nude',
      'teraz_ty|ty_teraz|twoja_kolej|teraz_twoja_kolej ..2 fair_jest_fair|fair_play|uczciwie_jest_uczciwie',
    ],
    unless: ['zmywa*|sprzata*|odkurz*|smieci|naczyni*|pranie|gotuj*|pies|psa|wyprowadz*|pizz*|obiad*|kolacj*|rachun*|zaplacil*|placil*|bilet*|zakup*|rund*|gra|gry|gre|partii|partia|ruch|rzut*|kart*|kostk*|szach*|planszow*'],
    examples: {
      match: ['ja juz ci wyslalem moje 🍆', 'teraz ty, fair jest fair 😏', 'pokazalam ci swoje bez stanika'],
      ignore: ['zaplacilem za pizze, teraz ty, fair jest fair', 'twoja kolej, fair play, rzucaj kostka'],
    },
  },
  {
    id: 'i-already-sent-you-mine-r30',
    phrases: [
      'wyslalem|wyslalam|przeslalem|przeslalam|podeslalem|podeslalam|pokazalem|pokazalam|dalem|dalam ..3 swoje|swoja|swojego|swoj|moje|moja ..1 zdjecie|zdjecia|fotke|fotki|fote|foto|focie|fotk*|selfie*|selfik*|nudes*|nudesk*|nudk*',
    ],
    unless: ['legitymacj*|dowod*|paszport*|cv|zgloszeni*|formularz*|projekt*|zadani*|prezentacj*|album*|klasow*|wyciecz*|wakacj*|oboz*|koloni*|psa|kota|psem|kotem|obiad*|rysun*|prac*|stroj*|sukien*|garnitur*|fryzur*|tort*|druzyn*|szkol*|gazetk*|konkurs*|dziecinstw*|przedszkol*|mama|mamo|tata|tato|babci*|dziadk*|ciocia|wujek|grupe|grupie|grupy|wszystkim|do_pracy|rekrutacj*|ogloszeni*'],
    weight: 2,
    examples: {
      match: ['wysłałem ci już swoje zdjęcie 😏', 'ja ci już pokazałam swoje selfie', 'przesłałem ci moją fotkę, widziałaś?'],
      ignore: ['wysłałem ci już swoje zdjęcie do legitymacji, przekaż pani', 'wysłałam ci swoje zdjęcie z wakacji, zobacz jaka opalona', 'pokazałam ci swoje zdjęcie z przedszkola?'],
    },
  },
  {
    id: 'your-turn-only-fair-r30',
    phrases: [
      'twoja_kolej|teraz_ty|teraz_twoja_kolej|twoj_ruch|kolej_na_ciebie ..4 fair|uczciwie|sprawiedliwie|po_rowno|tak_bedzie_fair',
      'fair|uczciwie|sprawiedliwie ..4 twoja_kolej|teraz_ty|kolej_na_ciebie|twoj_ruch',
    ],
    unless: ['zmywa*|zmyj|sprzata*|posprzataj|smieci|naczyn*|gra|grze|gry|gramy|grasz|grac|rzuc*|kostk*|karte|karty|pionk*|rund*|tur*|mecz*|pilk*|prowadz*|jedziesz|kierow*|wybier*|wybierasz|wybierz|placi*|placisz|stawia*|stawiasz|pizz*|kino|film*|serial*|odkurz*|wyprowadz*|psa|gotuj*|obiad*|zakup*|pytani*|pytasz|odpowiad*|quiz*|zagadk*|spiewa*|karaoke|konsol*|pada|pad|kontroler*|losuj*|glos*|wybral*|wybrales|wybralas|zaplacil*|stawial*|kupil*|kupowal*|dzwonil*|pisal*_pierwsz*|odpowiedz*|kolejk*|rower*|hulajnog*|prysznic*|lazienk*|myc|umyj|zmywarki|dyzur*'],
    examples: {
      match: ['teraz twoja kolej, tak będzie fair', 'no dawaj, teraz ty, będzie po równo', 'sprawiedliwie będzie jak teraz twoja kolej 😏'],
      ignore: ['teraz twoja kolej zmywać, tak będzie fair', 'teraz ty rzucasz kostką, tak będzie sprawiedliwie', 'teraz twoja kolej wybierać film, będzie fair', 'ja płaciłem ostatnio, teraz ty, tak będzie sprawiedliwie'],
    },
  },
  {
    id: 'send-yours-first-then-i-show-r32',
    phrases: [
      'wyslij|wyslesz|pokaz|pokazesz|przeslij|przeslesz|podeslij|podeslesz|dawaj ..1 [mi] [najpierw|pierwsza|pierwszy] swoje|swoja|swojego|swoj|twoje|twoja ..3 to|a|wtedy|potem|i ..1 [ja] [tez] ci|tobie ..1 [tez] pokaze|wysle|przesle|podesle|dam',
      'najpierw|pierwsza|pierwszy ..1 ty ..3 to|a|potem|wtedy ..1 ja ..2 ci|tobie ..1 pokaze|wysle|przesle|podesle|dam',
    ],
    unless: ['notatk*|zadani*|rysun*|prac*|projekt*|wypracowa*|odpowiedz*|wynik*|ocen*|kod*|plan*|lekcj*|list*|kart*|zestaw*|build*|deck*|skin*|ekwipun*|przepis*|playlist*|piosenk*|wierszyk*|wiersz*|opowiadani*|statystyk*|konto_w_grze|map*|bazy|baze|haslo_do_wifi|adres*|lokalizacj*|numer*'],
    examples: {
      match: ['wyślij swoje to ci pokażę', 'najpierw ty, potem ja ci pokażę', 'pokaż swoją a ja ci wyślę'],
      ignore: ['wyślij swoje notatki to ci pokażę moje', 'najpierw ty odrób zadanie a potem ja ci pokażę grę', 'pokaż swoją listę a ja ci dam moją'],
    },
  },
] satisfies PatternEntry[];
