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
    unless: ['wakacj*|wyciecz*|album*|imprez*|urodzin*|zadani*|notatk*|mail*|prezentacj*|link*|kart*|gra|grze|planszow*'],
    examples: {
      match: ['teraz twoja kolej zeby cos odeslac', 'wysłałem ci swoje zdjęcie, teraz twoja kolej', 'pokazałam ci swoje, teraz ty', 'teraz twoja kolej żeby pokazać', 'odwdzięcz się fotką'],
      ignore: ['wysłałem ci zadanie, teraz twoja kolej zrobić notatki', 'teraz twoja kolej w grze', 'twoja kolej rzucać kostką'],
    },
  },
  {
    id: 'your-turn-i-sent-mine',
    phrases: [
      'ty ..1 tez ..1 musisz|masz|powinnas|powinienes ..2 wyslac|pokazac|przeslac|podeslac|wysylac',
      'teraz_ty|twoja_kolej|teraz_twoja_kolej|twoj_ruch|teraz_twoja ..6 wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|dalem|dalam|podeslalem|podeslalam',
      'wyslalem|wyslalam|pokazalem|pokazalam|przeslalem|przeslalam|podeslalem|podeslalam ..3 swoje|swoja|swoj|moje|moja|moj ..4 fair|uczciwie|sprawiedliwie|teraz_ty|twoja_kolej',
    ],
    unless: ['wakacj*|wyciecz*|album*|imprez*|urodzin*|zadani*|notatk*|mail*|prezentacj*|link*|kart*|gra|grze|planszow*|cv|podani*|zgloszeni*|prac*|referat*|wypracowani*'],
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
] satisfies PatternEntry[];
