import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-nudes',
    phrases: [
      '@send|@show [mi] ..3 @nude',
      '@send|@show [mi] ..2 @photo ..2 @nude',
      'za ..2 @photo ..2 @nude',
      'zobaczyc|zobacze|obejrzec|widziec|ogladac ..2 cie|ciebie|sie ..2 @nude',
      'cie|ciebie ..1 zobaczyc|zobacze|obejrzec|widziec|ogladac ..1 @nude',
      'masz|macie ..2 @photo ..2 @nude',
      'masz|macie|poprosze|prosze|chce|chcialbym|chcialabym|potrzebuje|dawaj|czekam_na ..3 nudes*|nudesk*|nudk*|golas*|nagie|nagich|rozebran*',
      'nudes*|nudesk*|nudk* ..2 prosze|please|dawaj|poprosze|wysylaj|czekam',
    ],
    unless: ['ma_nudesy|ma_nudeski|ktos|ktorys|zglos*|pedagog*'],
    examples: {
      match: ['elo, wyślij nudeski', 'wyślij mi zdjęcie bez koszulki', 'zrób fotkę w samej bieliźnie', 'masz jakieś nudesy?', 'pokaż się w staniku', 'podeślij coś sexy 😏', 'nudesy plis'],
      ignore: ['ej wiesz że Ania ma nudesy Kuby?', 'wyślij zdjęcie sukienki na wesele', 'pokaż mi te buty co kupiłaś'],
    },
  },
  {
    id: 'show-body',
    phrases: [
      'zobaczyc|zobacze|obejrzec|ogladac|pokaz|pokazesz|pokazac|pokazalabys|pokazalbys|pokazuj ..2 [mi] [twoje|twoja|twoj|twoich|swoje|swoja|swoj|ci] @body',
      '@photo ..2 [twoich|twoje|swoich|twojego|twojej] @body',
      'pokaz|pokazesz|pokazac|pokazalabys|pokaz_mi ..1 sie ..2 na|przed|w @cam|kamer*|kamer*',
      'pokaz|pokazesz|pokazalabys|pokazalbys sie|siebie ..1 cala|caly|calego|cala_siebie|od_stop|od_dolu|od_pasa|nizej|wiecej',
    ],
    unless: ['maraton*|bieg*|odcisk*|kontuzj*|uraz*|skrecon*|opuchn*|rane|rany|strup*|opalenizn*|tatuaz*|obuw*|sklep*|rozmiar_buta|lekarz*|lekarzowi|doktor*|pielegniark*|fizjo*|siniak*'],
    examples: {
      match: ['chcę zobaczyć twoje ciało', 'to pokaż się na kamerce 😉', 'płacę 100 zł za zdjęcie stóp', 'pokaż mi swoje nogi', 'pokażesz się cała?'],
      ignore: ['pokaż te buty w sklepie', 'pokaż lekarzowi tego siniaka', 'zobaczyć twoje wyniki z matmy'],
    },
  },
  {
    id: 'turn-cam-on',
    phrases: [
      'wlacz|wlaczysz|wlaczyc|wlaczaj|wlaczysz|wlaczylabys|odpal|odpalisz|odpalaj|uruchom|wejdz|wbijaj|wbij|daj ..2 [mi] [na] [ta|te|swoja|twoja|ta_swoja] kamer*|kamer*|cam|kamerke',
      'wlacz|wlaczysz|odpal|odpalisz ..1 [ta|te|swoja] @cam',
      'chce|chcialbym|moge|mozesz|pokaz ..3 cie|ciebie|sie ..2 na|przez|w @cam|kamer*|kamer*',
    ],
    unless: ['projekt*|prezentacj*|grupow*|widzimy|zbiorc*|harcer*|lekcj*|obecnos*|zajec*|zajecia|klas*|wszyst*|nauczyc*|sprawdzian*|kartkow*|egzamin*|spotkani*|wyklad*|rekrutac*|rozmow*_kwalifik*|babci*|dziadk*'],
    examples: {
      match: ['włącz kamerke na chwile', 'odpal kamerkę', 'włączysz kamerę?', 'chcę cię zobaczyć na kamerce', 'wbijaj na kamerkę'],
      ignore: ['wlacz kamerke na call z projektu', 'Proszę wszystkich o włączenie kamerek, sprawdzam obecność', 'włączcie kamerki na lekcji', 'wlacz kamere babci bo nic nie widzi'],
    },
  },
  {
    id: 'photo-of-you',
    phrases: [
      '@send|@show [mi] ..2 swoje|swoja|swoj|twoje|twoja|twoj ..1 @photo',
      '@send|@show [mi] ..2 @photo ..1 siebie|ciebie|twojej_twarzy|swojej_twarzy|jak_wygladasz|jak_teraz_wygladasz|twarzy',
      'pokaz|pokazesz|pokazalabys|pokazalbys [mi] sie|siebie',
      'zrob|zrobisz|zrobilabys|cyknij|cykniesz|strzel|strzelisz|pstryknij sobie ..2 @photo|selfie*|selfik*|fotk*',
      '@send|@show [mi] ..3 jak ..1 teraz|dzis|dzisiaj ..1 wygladasz',
      '@send [mi] ..2 selfie*|selfik*|sweet_foci*|selfi',
      'chce|chcialbym|chcialabym ..2 zobaczyc ..1 jak ..1 wygladasz',
    ],
    unless: ['album*|klasow*|kroni*|gazet*|koncert*|imprez*|wyciecz*|wakacj*|meczu|urodzin*|z_tortem|z_nami|ubral*|ciepl*|kurt*|bluz*|spodni*|butach|czap*|okular*|mundurk*|ubrani*|ciuch*|garnitur*|fryzur*|sukien*|stylizacj*|stroj*_na|kostium*|przebran*|ciast*|tort*|paznokc*|makijaz*|fryzjer*|wlos*|grzywk*|legitymacj*|dowod*|paszport*|ksiaz*|zadani*'],
    weight: 2,
    examples: {
      match: ['wyślij mi fotke jak teraz wyglądasz 😏', 'wyślij swoje zdjęcie', 'pokaż jak dzisiaj wyglądasz', 'podeślij selfie', 'chciałbym zobaczyć jak wyglądasz'],
      ignore: ['wyślij zdjęcie nowej fryzury', 'wyślij mi zdjęcie legitymacji', 'pokaż swoje zadanie'],
    },
  },
  {
    id: 'send-a-pic',
    phrases: [
      '@send|@show [mi] [jakies|jakas|jakis|jedno|jedna|jeszcze|wiecej|pare|kilka|nowe|nowa|jakies_nowe|cos] @photo',
      'pokaz|pokazesz ..1 chociaz|troche|wiecej|cos_wiecej|odrobine|cos_wiecej',
      'jeszcze|wiecej ..1 # ..1 fotk*|zdjec*|fot*|filmik*|nagran*',
      'jeszcze|wiecej|nastepne|kolejne ..1 @photo ..2 prosze|please|dawaj|i_dam|i_koniec|wyslij|podeslij|chce',
      'poprosze|prosze_o ..2 @photo',
      '@send [mi] tylko|chociaz|choc ..1 [jedno|jedna|jeszcze|jakies|jakas] @photo',
      'zobaczyc|obejrzec ..1 twoje|twoja|twoj|jakies|jakas ..1 @photo|zdjec*|fotk*',
      '@send|@show ..1 cos ..1 wiecej|jeszcze',
      'potrzebuje|chce|chcialbym|poprosze ..2 kilku|kilka|pare|jedno|jakies|twoich|twoje|wiecej ..1 zdjec*|fotek|fotki|zdjecia|zdjecie',
      'nagraj|nagrasz|nagralabys ..2 [mi] filmik*|film|wideo|video|sie',
    ],
    unless: [
      'zajec*|wf|zadani*|pracy_domowej|domowej|lekcj*|zeszyt*|notatk*|tablic*|wyciecz*|imprez*|wakacj*|wyjazd*|urodzin*|sylwestr*|meczu|koncert*|dokument*|legitymacj*|paragon*|rachunk*|faktur*|kod|kodu|kody|kodow|kodem|blik*|przerzut*|ramy|rower*|auta|samochod*|psa|kota|zwierzak*|tortu|jedzenia|obiadu|mema|memy|screen*|wynik*|planu|fryzur*|sukien*|ogloszeni*|produktu|towaru|mieszkani*|pokoju|fotel*|przedmiot*|stan*_techniczn*|uszkodzen*|licznika|prezent*|klasow*|grupow*|grupk*|wszystkich|wszystkimi|wszystkim|nas_wszystkich|ze_slubu|wesel*|zawodnik*|turniej*|zgloszeni*|identyfikator*|pasfoto|do_albumu|do_gazetki|do_kroniki',
    ],
    weight: 1,
    examples: {
      match: ['wyslij mi tylko jedno zdjecie', 'wyslij fotke', 'wyślij jakieś zdjęcie', 'jeszcze 2 fotki i dam ci spokój', 'potrzebuję kilku zdjęć w bikini do portfolio', 'nagraj mi filmik', 'pokaż jakąś fotkę'],
      ignore: ['super, wyślij jeszcze zdjęcie do karty zawodnika', 'kup karty google play i wyslij zdjecie kodu', 'proszę wysłać zdjęcie zadania domowego do piątku', 'wyślij mi zdjęcia z wycieczki', 'Może Pan wysłać więcej zdjęć? np. przerzutek i ramy', 'wyślij fotkę tortu'],
    },
  },
  {
    id: 'just-for-me',
    phrases: [
      '@photo|nagrasz|nagraj|nagralabys|zrobisz|zrob ..6 tylko|specjalnie ..1 dla ..1 mnie',
      'wyslij|wyslesz|przeslij|przeslesz|podeslij|podeslesz|przyslij|przyslesz|nagraj|nagrasz|pokaz|pokazesz ..2 [mi] cos ..3 tylko_dla_mnie|specjalnie_dla_mnie|tylko_dla_moich_oczu|odwaznego|odwazniejszego|pikantnego|niegrzecznego|sexy|seksownego|goracego|specjalnego_dla_mnie',
      '@photo ..4 w ..1 swoim|twoim ..1 pokoju|lozku|lazience|wannie',
      'nagrasz|nagraj|nagralabys|nagralbys ..3 w ..1 swoim|twoim ..1 pokoju|lozku|lazience',
    ],
    unless: ['urodzin*|prezent*|babci*|dziadk*|mamy|mamie|taty|tacie|remont*|przeprowadz*|mebl*|biurk*|szaf*|lamp*|sciany|tapet*|farb*|olx|sprzedam|wynajm*|pokoj_do_wynajecia|zadani*|lekcj*|projekt*'],
    weight: 3,
    examples: {
      match: ['nagrasz filmik w swoim pokoju, tylko dla mnie?', 'wyslij fotke z lozka tylko dla mnie', 'wyślij mi coś tylko dla mnie, to udowodnisz że ci zależy', 'pokażesz coś odważniejszego?'],
      ignore: ['wyslij zdjecie swojego pokoju, wybieramy farbe na sciany', 'nagraj filmik dla babci na urodziny', 'wyślij mi coś specjalnego na urodziny', 'pokaż mi coś odważnego na zadanie z plastyki'],
    },
  },
  {
    id: 'pose-on-cam',
    phrases: [
      'obroc|odwroc|wstan|pochyl|przesun|odsun|schyl|poloz ..3 na|przed|do ..1 kamer*|kamerce|kamerka|kamerke|kamerki',
      'kamer*|kamerce|kamerka|kamerke ..3 obroc|odwroc|wstan|pochyl|odsun|schyl|poloz ..1 sie',
    ],
    unless: ['lekcj*|zajeci*|wf|cwiczen*|trening*|joga|jogi|nauczyciel*|pani|pan|prezentacj*|teams|zoom|meet|klas*|wszyscy|mama|mamo|tata|tato|babci*|dziadk*'],
    weight: 3,
    examples: {
      match: ['obróć się na kamerce', 'wstań przed kamerką'],
      ignore: ['obróć się do kamery, pani chce zobaczyć ćwiczenie na wf', 'wszyscy wstańcie przed kamerką do zdjęcia klasowego'],
    },
  },
  {
    id: 'spicy-pics-r4',
    phrases: [
      'odwazniejsz*|pikantniejsz*|smielsz*|goretsz*|seksowniejsz*|pikantn*|spicy|gorac*|sexy|seksown*|sexi ..1 @photo|fotk*|zdjec*|zdjecie|filmik*|selfie*|fote|foty',
      'pokaz|pokazesz|pokazac|pokazalabys ..3 skory|skore|ciala|cialka|cialo',
      '@send|nagraj|nagrasz|zrob|zrobisz ..4 @photo|cos ..3 spod|pod|w|z ..1 prysznic*|wann*|lozk*|lozku|lazienk*|kapiel*',
      '@photo ..4 gdzie|na_ktorym|w_ktorym|na_ktorej ..2 masz|jestes|bedziesz ..2 mniej|malo|nic|prawie_nic ..2 na_sobie|ubran*|ciuch*',
    ],
    unless: ['konkurs*|wystaw*|fotograf*|artystyczn*|krajobraz*|zachod*|jedzeni*|sos*|papryk*|pizz*|zupa|kot*|kota|pies|psa|piesek|dziecko|dzidzi*|bobas*|brat*|siostr*|remont*|plytk*|kafelk*|przeciek*|plesn*|olx|sprzedam|mamo|mama|tata|tato|opalenizn*|oparzen*|wysypk*|lekarz*|dermatolog*'],
    weight: 3,
    examples: {
      match: ['mogę dostać odważniejsze zdjęcie?', 'pokaż trochę więcej skóry', 'wyślij filmik spod prysznica', 'nagraj mi coś w łóżku', 'wyślesz zdjęcie gdzie masz mniej na sobie?'],
      ignore: ['wyślij zdjęcie kota w wannie', 'odważne zdjęcie na konkurs fotograficzny', 'pokaż skórę dermatologowi'],
    },
  },
] satisfies PatternEntry[];
