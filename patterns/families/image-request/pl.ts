import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'pic-in-underwear-r34',
    phrases: [
      'zaloz|ubierz|wloz|zalozysz|ubierzesz|zalozylabys ..3 stringi|bielizne|stanik|majtki|majteczki|koronk*|body|bikini ..5 zrob|zrobisz|wyslij|wyslesz|cyknij|pokaz|pokazesz|nagraj|nagrasz ..1 mi|fotk*|foto|fote|zdjec*|selfie|filmik',
      'nagraj|nagrasz|zrob|zrobisz|wyslij|wyslesz|pokaz|pokazesz|cyknij ..5 w_samym|w_samej|w_samych ..3 majtkach|majtach|bieliznie|staniku|stringach|topie|reczniku|gaciach',
      'w_samym|w_samej|w_samych ..4 majtkach|majtach|bieliznie|staniku|stringach|gaciach ..4 zebym|zeby|bym|zebysmy ..2 widzial*|zobaczyl*|ocenil*|mogl_zobaczyc|mogl_ocenic',
    ],
    unless: ['sklep*|zwrot*|reklamacj*|rozmiar*|przymierzaln*|metk*|paragon*|lekarz*|dermatolog*|wysypk*'],
    examples: {
      match: ['załóż te nowe stringi i wyślij mi fotkę', 'zrób filmik w samej bieliźnie, tylko dla mnie', 'w samych majtkach, żebym widział mięśnie brzucha'],
      ignore: ['nie chodź po domu w samych majtkach, goście przyjdą', 'załóż bikini, idziemy na basen', 'zrób zdjęcie metki tej bielizny, sprawdzę rozmiar do zwrotu'],
    },
  },
  {
    id: 'send-nudes',
    phrases: [
      '@send|@show [mi] ..3 @nude',
      '@send|@show [mi] ..2 @photo ..2 @nude',
      'za ..2 @photo ..2 @nude',
      'zobaczyc|zobacze|obejrzec|widziec|ogladac ..2 cie|ciebie|sie ..2 @nude',
      'cie|ciebie ..1 zobaczyc|zobacze|obejrzec|widziec|ogladac ..1 @nude',
      'masz|macie ..2 @photo ..2 @nude',
      'masz|macie|poprosze|prosze|chce|chcialbym|chcialabym|potrzebuje|dawaj|czekam_na ..3 nudes*|nudesk*|nudk*|golas*|nagie|nagich|rozebran*|intymn*|sprosn*|erotyczn*|pikantne_zdjecia|pikantne_fotki',
      'nudes*|nudesk*|nudk* ..2 prosze|please|dawaj|poprosze|wysylaj|czekam',
    ],
    unless: ['ma_nudesy|ma_nudeski|ktos|ktorys|zglos*|pedagog*|nocowank*|nocowanc*|pizam*_party|pidzam*_party', 'kazal|kazala|kazali|kazaly|kaze wyslac|przeslac|wysylac|pokazac|podeslac|zrobic', 'kazal|kazala|kazali|kazaly|kaze jej|mu|im|dziewczynom|laskom|ludziom|innym ..1 wyslac|przeslac|wysylac|pokazac|podeslac|zrobic'],
    examples: {
      match: ['masz intymne zdjęcia? podeślij', 'sendnij nudeska', 'dej fotke bez koszulki', 'elo, wyślij nudeski', 'wyślij mi zdjęcie bez koszulki', 'zrób fotkę w samej bieliźnie', 'masz jakieś nudesy?', 'pokaż się w staniku', 'podeślij coś sexy 😏', 'nudesy plis'],
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
    unless: ['na_grupe|na_grupie|grupe_silowni|grupie_silowni', 'babci*|dziadk*|teskni*|cioci*|wujk*|vinted|olx|allegro|sprzeda*|zwrot*|reklamacj*|sukien*|wesel*|studniowk*|stroj*|kostium*|bal|balu|przymierz*|maraton*|bieg*|odcisk*|kontuzj*|uraz*|skrecon*|opuchn*|rane|rany|strup*|opalenizn*|tatuaz*|obuw*|sklep*|rozmiar_buta|lekarz*|lekarzowi|doktor*|pielegniark*|fizjo*|siniak*'],
    examples: {
      match: ['chcę zobaczyć twoje ciało', 'to pokaż się na kamerce 😉', 'płacę 100 zł za zdjęcie stóp', 'pokaż mi swoje nogi', 'pokażesz się cała?'],
      ignore: ['wrzuc fote klaty na grupe silowni, zobaczymy progres', 'pokaż te buty w sklepie', 'pokaż lekarzowi tego siniaka', 'zobaczyć twoje wyniki z matmy', 'pokaz sie na kamerce babci, teskni'],
    },
  },
  {
    id: 'turn-cam-on',
    phrases: [
      'wlacz|wlaczysz|wlaczyc|wlaczaj|wlaczysz|wlaczylabys|odpal|odpalisz|odpalaj|uruchom|wejdz|wbijaj|wbij|daj ..2 [mi] [na] [ta|te|swoja|twoja|ta_swoja] kamer*|kamer*|cam|kamerke',
      'wlacz|wlaczysz|odpal|odpalisz ..1 [ta|te|swoja] @cam',
      'chce|chcialbym|moge|mozesz|pokaz ..3 cie|ciebie|sie ..2 na|przez|w @cam|kamer*|kamer*',
    ],
    unless: ['teleporad*|e_wizyt*|wizyt*_online|lekarz*|lekarsk*|pacjent*|lekow|konsultacj*|gabinet*|terapeut*|terapi*|psycholog*|wysypk*|przedramie*|swedz*|skora|skore|skory|skorze|oparzen*|ugryzien*|opuchlizn*|opuchnie*|zaczerwienien*|znamie|znamion*|pieprzyk*|gardlo|gardla|migdal*|receptu*|recept*|masc|masci', 'prosimy|rozmow*_o_prace|stanowisk*|cv|etat*|dowod*_osobist*|pracodawc*|duet*|kadr*|ujeci*|nagrajmy|nagrywamy|collab*|kolab*|montaz*|capcut|projekt*|prezentacj*|grupow*|widzimy|zbiorc*|harcer*|lekcj*|korepetycj*|korki|korkach|zeszyt*|podrecznik*|obecnos*|zajec*|zajecia|klas*|wszyst*|nauczyc*|sprawdzian*|kartkow*|egzamin*|spotkani*|wyklad*|rekrutac*|rozmow*_kwalifik*|babci*|dziadk*|wnus*|wnucz*|wnuczk*|mikrofon*|nie_slychac|ustawiam|trening*|treningu|technik*|cwiczen*|cwiczymy|rozgrzewk*|przysiad*|pompk*|proktor*|wlaczyc_kamerki|wlaczenie_kamerek|stesknil*|stesknilem|stesknilam|tesknie_za_toba|tesknie|tesknilam|tesknilem', 'mama|tata|ciocia|wujek|rodzice|babcia|dziadek|siostra|brat|mamie|tacie ..1 chce|chca|chcialaby|chcialby|tesknia|teskni ..2 cie|ciebie|was|sie ..1 zobaczyc|uslyszec|przywitac'],
    examples: {
      match: ['włącz kamerke na chwile', 'odpal kamerkę', 'włączysz kamerę?', 'chcę cię zobaczyć na kamerce', 'wbijaj na kamerkę'],
      ignore: ['nagrajmy duet na tt jutro, wlacz kamerke jak bedziesz gotowa to ustawimy kadr', 'odpal kamerke, sprawdzimy ujecie do collabu', 'wlacz kamerke na call z projektu', 'Proszę wszystkich o włączenie kamerek, sprawdzam obecność', 'włączcie kamerki na lekcji', 'wlacz kamere babci bo nic nie widzi', 'wnusiu, włączysz kamerkę? chcemy zobaczyć jak urosłeś', 'wlacz kamerke na whatsappie, mama chce cie zobaczyc', 'Trening online dzis o 17, prosze wlaczyc kamerki zebym widzial technike przysiadow', 'wlacz kamerke bo nic nie slychac, tylko ustawiam mikrofon', 'wlaczysz kamerke wieczorem? stesknilem sie', 'Teleporada o 16: proszę włączyć kamerę i mieć listę leków', 'Proszę włączyć kamerę i pokazać to oparzenie na dłoni, bliżej okna', 'Prosimy włączyć kamerę podczas rozmowy, przygotuj dowód osobisty', 'rozmowa o prace na stanowisko kasjera przez teams, wlacz kamere'],
    },
  },
  {
    id: 'photo-of-you',
    phrases: [
      '@send|@show [mi] ..2 swoje|swoja|swoj|twoje|twoja|twoj ..1 @photo',
      '@send|@show [mi] ..2 @photo ..1 siebie|ciebie|twojej_twarzy|swojej_twarzy|jak_wygladasz|jak_teraz_wygladasz|twarzy',
      'pokaz|pokarz|pokazesz|pokarzesz|pokazalabys|pokazalbys [mi] sie|siebie',
      'zrob|zrobisz|zrobilabys|cyknij|cykniesz|strzel|strzelisz|pstryknij sobie ..2 @photo|selfie*|selfik*|fotk*',
      '@send|@show [mi] ..3 jak ..1 teraz|dzis|dzisiaj ..1 wygladasz',
      '@send [mi] ..2 selfie*|selfik*|sweet_foci*|selfi',
      'chce|chcialbym|chcialabym ..2 zobaczyc ..1 jak ..1 wygladasz',
    ],
    unless: ['medal*|puchar*|dyplom*|nagrod*|statuetk*|certyfikat*|bobas*|niemowl*|dziecinstw*|ksieg*_pamiatkow*|jako_dziecko|jako_maluch*|z_przedszkola', 'mama_pyta|tata_pyta|mama_chce|tata_chce|mama_prosi|tata_prosi|oboz*|koloni*|tesknie|tesknilam|tesknilem|stesknil*|wnus*|wnucz*|coreczk*|synku|synus*|babci*|dziadek|dziadk*|ciocia|ciociu|wujek|wujku|mamusia|mamusiu|tatus*|zjadlas|zjadles|obiad*|album*|klasow*|kroni*|gazet*|koncert*|imprez*|wyciecz*|wakacj*|meczu|urodzin*|z_tortem|z_nami|ubral*|ciepl*|kurt*|bluz*|spodni*|butach|czap*|okular*|mundurk*|ubrani*|ciuch*|garnitur*|fryzur*|sukien*|stylizacj*|stroj*_na|kostium*|przebran*|ciast*|tort*|paznokc*|makijaz*|fryzjer*|wlos*|grzywk*|legitymacj*|dowod*|paszport*|ksiaz*|zadani*'],
    weight: 2,
    examples: {
      match: ['wyślij mi fotke jak teraz wyglądasz 😏', 'wyślij swoje zdjęcie', 'pokaż jak dzisiaj wyglądasz', 'podeślij selfie', 'chciałbym zobaczyć jak wyglądasz'],
      ignore: ['wyślij zdjęcie nowej fryzury', 'wyślij mi zdjęcie legitymacji', 'pokaż swoje zadanie', 'wyslij selfie, tesknie', 'wyslij selfie z obozu, mama pyta', 'stesknilam sie, podeslij selfie z obozu', 'komitet ksiegi pamiatkowej zbiera zdjecia, wyslijcie swoje zdjecie jako bobas do piatku', 'wyslij selfie z medalem!'],
    },
  },
  {
    id: 'send-a-pic',
    phrases: [
      '@send|@show [mi] [jakies|jakas|jakis|jedno|jedna|jeszcze|wiecej|pare|kilka|nowe|nowa|jakies_nowe|cos|to|te|ta|tamto|tamta|tamte|tamten] @photo',
      '@send|@show [mi] wiecej|jeszcze_jedno|jeszcze_jedna|jeszcze_raz|jeszcze_troche',
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
    unless: ['kazal|kazala|kazali|kazaly|kaze wyslac|przeslac|wysylac|pokazac|podeslac|zrobic', 'kazal|kazala|kazali|kazaly|kaze jej|mu|im|dziewczynom|laskom|ludziom|innym ..1 wyslac|przeslac|wysylac|pokazac|podeslac|zrobic', 'kontuzj*|opuchl*|uraz*|skrecon*|siniak*|fizjoterap*', 'zrob_mi_zdjecie|zrobisz_mi_zdjecie|zrob_mi_fotke|zrobisz_mi_fotke|zrob_mi_fote|zrobisz_mi_fote|zrobisz_mi_zdjecia|zrob_mi_zdjecia', 'widok*|widoczk*|dloni|dlonie|plastyk*|referencj*|ksiazk*|ksiazki', 'przystank*|rozklad*_jazdy|tablic*_odjazd*|peron*', 'pan|pani|panu|panstwo|od_spodu|z_boku|aktualn*|konsol*|rys|rysy|rysek|zarysow*|uszkodz*|pekniec*|metk*|szwow|szwy|obudow*|ekranu', 
      'nie_moge_cie_znalezc|nie_widze_cie|nie_moze_cie_znalezc|nie_mozemy_cie_znalezc|nie_widzi_cie|tata_nie_widzi|mama_nie_widzi|tata_cie_nie_widzi|mama_cie_nie_widzi|zeby_cie_znalezc|krazy|krazymy|parking*|przy_wejsciu|przy_ktorym_wejsciu|w_butach|w_swoich_butach|do_stroju|do_kostiumu|przymiark*|zebym_cie_znalazl*|paszport*|dowod*_osobist*|choreograf*|zaliczeni*|mama_pyta|tata_pyta|mama_chce|tata_chce|mama_prosi|tata_prosi|oboz*|koloni*|tesknie|tesknilam|tesknilem|stesknil*|recept*|zgod*|formularz*|technik*|przysiad*|sztang*|cwiczen*|wnus*|wnucz*|coreczk*|synku|synus*|babci*|dziadek|dziadk*|ciocia|ciociu|wujek|wujku|mamusia|mamusiu|tatus*|zjadlas|zjadles|obiad|zajec*|wf|zadani*|pracy_domowej|domowej|lekcj*|zeszyt*|notatk*|tablic*|wyciecz*|imprez*|wakacj*|wyjazd*|urodzin*|sylwestr*|meczu|koncert*|dokument*|legitymacj*|paragon*|rachunk*|faktur*|kod|kodu|kody|kodow|kodem|blik*|przerzut*|ramy|rower*|auta|samochod*|psa|kota|zwierzak*|tortu|jedzenia|obiadu|mema|memy|screen*|wynik*|planu|fryzur*|sukien*|ogloszeni*|produktu|towaru|mieszkani*|pokoju|fotel*|przedmiot*|stan*_techniczn*|uszkodzen*|licznika|prezent*|klasow*|grupow*|grupk*|wszystkich|wszystkimi|wszystkim|nas_wszystkich|ze_slubu|wesel*|zawodnik*|turniej*|zgloszeni*|identyfikator*|pasfoto|do_albumu|do_gazetki|do_kroniki|rozwiazan*|korepetycj*|korki|na_maila|mailem|podrecznik*|ciasta|ciasto|ciastek|ciastka|wypiek*|plakat*|babecz*|kiermasz*|paszpor*|strony_ze_zdjeciem|przodu_i_tylu|zagieci*|photocard*|pomoge_wybrac|ktora_lepsza|ktory_lepszy|fotki_obu|zdjecia_obu|obu_sukienek|tej_bluzy|tej_kurtki|tych_butow|tej_sukienki|tej_koszulki|tego_swetra|tej_czapki|tych_spodni|tego_plecaka|tej_torebki|tych_slucha*', 'wyslijcie|przeslijcie|podeslijcie|wrzuccie|zrobcie|na_grupe|na_grupie|lepiej_sie_sprzeda*|vinted*|olx|do_ogloszenia|kupujac*|na_sprzedaz|do_sprzedania|sprzedajacy|sprzedajaca',
    ],
    weight: 1,
    examples: {
      match: ['wyslij mi tylko jedno zdjecie', 'wyslij fotke', 'wyślij jakieś zdjęcie', 'jeszcze 2 fotki i dam ci spokój', 'potrzebuję kilku zdjęć w bikini do portfolio', 'nagraj mi filmik', 'pokaż jakąś fotkę'],
      ignore: ['jako trener prosze o zdjecia nog po treningu, sprawdzamy opuchlizne po kontuzji', 'zrob mi zdjecie na profilowe jutro w parku', 'daj znac jak dojedziesz, i wyslij fote tego widoku', 'zrob fotke tych dloni do pracy z plastyki, potrzebuje referencji', 'wyslij zdjecie ksiazki, nie moge znalezc tej strony', 'wrzuc fote progresu na grupe silka, porownamy z wrzesniem', 'dziekujemy! jak go zobaczycie wyslijcie zdjecie i lokalizacje', 'wyslij mi zdjecie tej recepty co lezy na stole', 'przeslij mi zdjecie podpisanej zgody do piatku', 'super, wyślij jeszcze zdjęcie do karty zawodnika', 'kup karty google play i wyslij zdjecie kodu', 'proszę wysłać zdjęcie zadania domowego do piątku', 'wyślij mi zdjęcia z wycieczki', 'Może Pan wysłać więcej zdjęć? np. przerzutek i ramy', 'Może Pan wysłać więcej zdjęć? Z boku i od spodu', 'wyslij selfie, tesknie', 'czy kurtka aktualna? prosze o wiecej zdjec', 'wyślij fotkę tortu', 'zrob zdjecie ciasta jak upieczesz, wrzucimy na plakat', 'zrob zdjecie strony ze zdjeciem w paszporcie i wyslij mi', 'wyslij zdjecie przodu i tylu zebym widziala czy nie ma zagiecia', 'wyslij fotki obu, pomoge wybrac', 'wyslij mi fotke tej bluzy co mowilas, chce zobaczyc czy pasuje do mojej', 'zrob zdjecie jak masz na sobie ta szara, lepiej sie sprzedaje', 'zrob fotke w tej kurtce do ogloszenia na vinted'],
    },
  },
  {
    id: 'just-for-me',
    phrases: [
      '@photo|nagrasz|nagraj|nagralabys|zrobisz|zrob ..6 tylko|specjalnie ..1 dla ..1 mnie',
      'wyslij|wyslesz|przeslij|przeslesz|podeslij|podeslesz|przyslij|przyslesz|nagraj|nagrasz|pokaz|pokazesz ..2 [mi] cos ..3 tylko_dla_mnie|specjalnie_dla_mnie|tylko_dla_moich_oczu|odwaznego|odwazniejszego|pikantnego|niegrzecznego|sexy|seksownego|goracego|specjalnego_dla_mnie|specjalnego',
      '@photo ..4 w ..1 swoim|twoim ..1 pokoju|lozku|lazience|wannie',
      'nagrasz|nagraj|nagralabys|nagralbys ..3 w ..1 swoim|twoim ..1 pokoju|lozku|lazience',
    ],
    unless: ['swiat*|swiet*|gwiazdk*|mikolaj*|walentynk*|dzien_matki|dzien_ojca|imienin*|urodzin*|prezent*|babci*|dziadk*|mamy|mamie|taty|tacie|remont*|przeprowadz*|mebl*|biurk*|szaf*|lamp*|sciany|tapet*|farb*|olx|sprzedam|wynajm*|pokoj_do_wynajecia|zadani*|lekcj*|projekt*'],
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
  {
    id: 'while-you-change-r6',
    phrases: [
      '@photo|@send|@show|nagraj|nagrasz|pokaz ..4 jak|kiedy|gdy ..1 sie ..1 przebierasz|kapiesz|myjesz|rozbierasz|przebierzesz|wykapiesz|wyjdziesz_spod_prysznica|kladziesz_spac',
      '@photo|@send|@show|nagraj|nagrasz ..4 jak|kiedy|gdy ..1 lezysz|lezysz_w_lozku|jestes_w_lozku|jestes_w_wannie|wychodzisz_z_wanny|wychodzisz_spod_prysznica',
      '@photo|@send|@show|nagraj|nagrasz ..4 jak|kiedy|gdy ..1 jestes|bedziesz ..1 w_lazience|w_wannie|w_lozku|pod_prysznicem|w_reczniku|w_bieliznie|w_staniku|sama_w_pokoju',
      'nagranie|nagraj|nagrasz|filmik*|glosowk*|audio ..6 szeptem|pod_koldra|jeczac*|wzdychaj*',
      'udowodnij|udowodnisz|pokaz|pokazesz|potwierdz ..2 ze ..1 jestes|to_ty|istniejesz ..2 prawdziw*|realn*|soba|ta_osoba|ta_dziewczyna|ten_chlopak|naprawde',
      'nie ..1 wierze ..2 ze ..1 to ..1 ty ..4 wlacz|pokaz|wyslij|udowodnij|@cam|kamer*',
      'chce|chcialbym|chcialabym|musze|zebym ..2 cie|ciebie ..1 zobaczyc|widziec|ogladac ..2 na|przez|w ..1 @cam|kamer*|kamerce|kamerze|wideo|zywo|live',
    ],
    unless: ['kocem|kocyk*|kanap*|sofie|trawi*|hamak*|lezak*|namiot*|szpital*|gips*|goraczk*|chora|chory', 'sukien*|stylizac*|fryzur*|wlos*|makijaz*|stroj*|kostium*|przebran*|halloween|bal*|studniowk*|wesel*|sklep*|przymierz*|rozmiar*|olx|vinted|allegro|sprzeda*|fan*|kibic*|legitymacj*|dowod*|weryfikac*|bank*|urzad|urzedu|urzedzie|urzedem|urzedy|urzedow|urzedni*|lekcj*|nauczyc*|pani|pan|zajec*|rekrutac*|wf|babci*|dziadk*|mama|mamo|tata|tato|pies|psa|kot|kota|pokoj*_do|remont*|zwierzak*'],
    weight: 3,
    examples: {
      match: ['wyślij fotkę jak jesteś w łazience', 'wyślij mi nagranie jak mówisz moje imię, szeptem, w łóżku', 'możesz mi wysłać zdjęcie jak się przebierasz?', 'zrób mi fotkę jak leżysz w łóżku', 'udowodnij ze jestes prawdziwa, wlacz kamerke', 'chcę cię zobaczyć na kamerce'],
      ignore: ['wyslij selfie jak lezysz pod kocem 🥺 tesknie', 'wyslij fotke jak lezysz w szpitalu z tym gipsem', 'chcę cię zobaczyć na kamerce na lekcji online', 'udowodnij że jesteś prawdziwym fanem xd', 'wyślij zdjęcie legitymacji do weryfikacji'],
    },
  },
  {
    id: 'mirror-pic-r6',
    phrases: [
      '@send|@show|zrob|zrobisz|cyknij|cykniesz ..3 [mi] @photo|fotk*|selfie*|zdjec* ..3 z|w|przed ..1 lustr*|lustrem|lustra|lustrze',
      'stan|stancie|stanesz ..2 przed ..1 lustrem ..4 zrob|cyknij|@send|@photo|fotk*|zdjec*',
      'zdjec*|fotk*|fotki|zdjecia|foty|filmik* ..2 z ..1 basenu|plazy|kapieli|solarium|sauny|jacuzzi|przebieralni',
    ],
    unless: ['sukien*|stylizac*|fryzur*|wlos*|makijaz*|stroj*|kostium*|przebran*|halloween|bal*|studniowk*|wesel*|sklep*|przymierz*|rozmiar*|olx|vinted|allegro|sprzeda*|kurtk*|kurtce|bluz*|spodni*|but*|czap*|okular*|plaszcz*|garnitur*|koszul*|mundurk*|ubrani*|ciuch*|outfit*|lazienk*_remont|remont*|mama|mamo|tata|tato|babci*|wysle_ci|przesle_ci|podesle_ci|na_maila|pendriv*|zawod*|trening*|klub*'],
    weight: 2,
    examples: {
      match: ['podeślesz jakieś zdjęcia z basenu? 😏', 'wyślesz mi fotke z lustra?', 'stań przed lustrem i zrób fotkę'],
      ignore: ['zrób mi zdjęcie z lustra w tej nowej kurtce', 'wyślij fotkę w lustrze w tej sukience, pomogę wybrać', 'mam twoje zdjecia z basenu, wysle ci na maila'],
    },
  },
  {
    id: 'undress-for-me-r6',
    phrases: [
      'pokaz|pokazesz|pokazac|pokazalabys ..3 co ..1 masz ..1 pod ..1 bluzk*|koszulk*|spodnic*|sukienk*|ubraniem|ubraniami|spodniami|bluza|stanikiem|majtkami|recznikiem|kocem|koldra',
      'zdejmiesz|zdejmij|sciagniesz|sciagnij|rozbierzesz|zdjelabys|sciagnelabys ..2 cos|cokolwiek|troche|wiecej|jeszcze_cos ..3 dla_mnie|przy_mnie|na_kamerce|na_kamerze|przed_kamera|teraz',
      'striptiz*|striptease|strip ..3 kamer*|kamerce|dla_mnie|na_zywo|zrob|zrobisz|zatancz',
      'zrob|zrobisz|zatanczysz|zatancz ..2 striptiz*|striptease|strip|taniec_erotyczn*|sexy_taniec|seksowny_taniec',
      'przebierz|przebierzesz|rozbierz|rozbierzesz|przebrac|rozebrac ..2 sie ..2 przy|przed|na ..1 kamer*|kamerce|kamerze|kamerka|mna|mnie',
      'pokaz|pokazesz|pokarz ..1 [mi] sie|siebie ..1 od_tylu|z_tylu|od_dolu|bokiem|od_pasa_w_dol',
      'dostac|dostaniesz|dam|moge_ci_dac ..4 @amount|@gift|dolc*|vbuck*|robux* ..6 wystarczy|tylko|za ..2 jedno|jedna|kilka|pare ..1 zdjec*|zdjecie|fotk*|nudes*|filmik*',
    ],
    unless: ['z|ze ..2 polki|polek|szafy|szafki|regalu|pieca|kuchenki|lodowki|stolu|blatu|wieszaka|sznurka|listy|kalendarza|pulpitu', 'z_wakacji|album*|wyciecz*|pamiatk*|kalendarz*|konkurs*|legitymacj*', 'sukien*|stroj*|kurtk*|spodni*|fryzur*|wesel*|studniowk*|lezy|pasuje|naszyjnik*|wisior*|lancuszek|tatuaz*|nadruk*|plaster*|siniak*|lekcj*|wf|basen*|szatni*|lekarz*|badani*|przymierz*|sklep*|mama|mamo|tata|tato|babci*|teatr*|przedstawieni*|kostium*|halloween|bal_przebierancow|przebierank*|gra|grze|postac*|skin*_postaci|xd|haha*'],
    weight: 3,
    examples: {
      match: ['pokaż mi się od tyłu', 'pokaż co masz pod bluzką', 'zdejmiesz coś dla mnie?', 'zrób striptiz na kamerce', 'przebierz się przy kamerce', 'chcesz dostać 1000 V-dolców? wystarczy jedno zdjęcie'],
      ignore: ['dam ci 20 zl za jedno zdjecie z wakacji do albumu', 'przebierz się przed lekcją wf', 'zdejmij coś z tej listy zakupów, za drogie', 'przebierz się na bal przebierańców, mama kupiła kostium'],
    },
  },
  {
    id: 'spicy-stuff-r6',
    phrases: [
      'masz|macie|wyslesz|podeslesz|pokazesz ..1 cos|jakies|jakas|jakis ..1 pikantn*|odwazn*|sexy|seksown*|goracego|gorace|niegrzeczn*|nsfw|prywatn*',
      'jak ..1 wygladasz ..2 @nude',
      'zobaczyc|widziec|obejrzec|ogladac ..2 cie|ciebie ..1 cala|calego|cala_siebie|w_calosci|od_stop_do_glow',
      'cie|ciebie ..1 zobaczyc|widziec|obejrzec|ogladac ..1 cala|calego|cala_siebie|w_calosci|od_stop_do_glow',
      'masz|macie ..1 jakies|jakas|jakis|cos ..2 @photo|fotki|zdjecia|filmik* ..1 dla ..1 mnie',
      '@photo|fotki|zdjecia|filmik* ..1 18|plus_18|osiemnascie_plus|dla_doroslych|nsfw',
      '@photo|fotki|zdjecia|cos ..2 bardziej|troche ..1 prywatn*|odwazn*|intymn*|pikantn*|seksown*|gorac*|niegrzeczn*',
      'bardziej ..1 prywatn*|intymn*|pikantn*|niegrzeczn* ..1 @photo|fotki|zdjecia|fotek|zdjec',
      '@photo|filmik* ..5 ale|tylko|tym_razem|najlepiej|koniecznie ..1 @nude',
      'zdjec*|fotk*|fote|zdjecie|zdjecia ..2 calej|cala|calego ..1 sylwetki|postaci|ciala|siebie',
    ],
    unless: ['wyciecz*|wakacj*|meczu|mecz*|imprez*|oboz*|koncert*|urodzin*|slub*|lodowk*|lodowce|zjesc|kuchni*|scen*|wystep*|przedstawieni*|koncert*|spektakl*|jedzen*|sos*|przypraw*|papryk*|chips*|zupa|danie|dania|curry|kebab*|pizz*|zdrow*|cala_i_zdrowa|calego_i_zdrowego|trener*|dietet*|wf|legitymacj*|kostium*|sukien*|stylizac*|sklep*|przymierz*|olx|vinted|allegro|sprzeda*|lekarz*|dermatolog*|fizjo*|ortoped*|postaw*|skolioz*|skierowani*|garnitur*|marynark*|mama|mamo|tata|tato|babci*|dziadk*|pies|psa|kot|kota|xd'],
    weight: 3,
    examples: {
      match: ['a masz jakieś zdjęcia 18+?', 'a masz jakieś fotki bardziej prywatne?', 'masz jakies fotki 🔥🔥 dla mnie?', 'masz coś pikantnego?', 'jak wyglądasz w bikini?', 'chcę cię zobaczyć całą', 'nagraj filmik jak tańczysz, ale bez bluzki', 'potrzebuję twojego zdjęcia całej sylwetki'],
      ignore: ['masz coś pikantnego do jedzenia?', 'chcę cię zobaczyć całą i zdrową po operacji', 'wyślij zdjęcie całej sylwetki w tej sukience, pomogę wybrać', 'zrob zdjecie calego ciala do skierowania, fizjoterapeuta prosi o postawe'],
    },
  },
  {
    id: 'camera-angle-r6',
    phrases: [
      'obroc|odwroc|przesun|skieruj|opusc|obniz|przekrec|daj ..2 kamer*|kamerke|kamere|telefon ..2 w_dol|nizej|na_dol|troche_nizej',
      '@photo|fotk*|fote|zdjec*|zdjecie|filmik* ..3 od ..1 szyi|pasa|ramion|brody ..1 w_dol|na_dol|nizej',
      'zobaczyc|widziec|ogladac ..1 cie|ciebie|ty ..2 na|przez|w ..1 @cam|kamer*|kamera|kamerze|kamerce',
      'wygladasz ..2 po|pod|spod|w ..1 prysznic*|prysznicem|kapieli|wannie|lazience',
    ],
    unless: ['sufit*|podlog*|lekcj*|zajeci*|zeszyt*|tablic*|zadani*|wf|cwiczen*|trening*|joga|jogi|nauczyciel*|pani|pan|prezentacj*|teams|zoom|meet|klas*|wszyscy|mama|mamo|tata|tato|babci*|dziadk*|projekt*|rysun*|obraz*|ekran*|dokument*|kartk*|ksiaz*|fryzjer*|wlos*|tatuaz*|lekarz*|dermatolog*|zawodnik*|legitymacj*'],
    weight: 3,
    examples: {
      match: ['odwróć kamerkę w dół', 'przesuń kamerkę niżej', 'zrob fotke od szyi w dół', 'ja chciec zobaczyc ty na kamera', 'chce zobaczyc jak wygladasz po prysznicu'],
      ignore: ['przesuń kamerkę niżej bo nie widać zeszytu', 'odwróć kamerę w dół, pani chce zobaczyć rysunek'],
    },
  },
  {
    id: 'who-am-i-talking-to-r6',
    phrases: [
      'chce|chcialbym|chcialabym|musze|chcialam|chcialem ..1 wiedziec|zobaczyc ..2 z ..1 kim ..1 gadam|pisze|rozmawiam|pisze_naprawde',
      'chce|chcialbym|chcialabym|musze ..1 zobaczyc ..1 jak ..1 naprawde|wlasciwie|teraz ..1 wygladasz',
      'wiecej ..2 takich|takie|podobnych ..4 ale|tylko|i ..1 wyzej|nizej|blizej|mniej|bardziej|odwazniej*|bez',
      'zadzwonie|zadzwon|dzwonie|zadzwonisz|wbijaj|wbij|wejdz|wlacz|odpal ..2 na|przez ..1 wideo|video|kamer*|kamerke|facetime ..4 zobaczymy_sie|zobacze_cie|pokazesz|pokaz|zobaczyc_cie|zobaczymy',
      '@cam|kamer*|kamerke|kamerka|wideo|video ..4 twarza_w_twarz|zobaczyc_cie|zobacze_cie',
      'poloz|polozysz|kladz|lez ..1 sie ..2 na ..1 lozku|lozko|brzuchu|plecach ..4 kamer*|kamerce|pokaz|pokazesz|zdjec*|fotk*|teraz',
      'a_teraz|teraz ..1 pokaz|pokazesz ..1 siebie|sie|cala|calego',
      'pokaz|pokazesz|wyslij ..3 troche|wiecej|cos_wiecej ..4 tylko ..1 ja|dla_mnie ..1 zobacze|widze|bede_widzial|bede_widziala',
      'cos|zdjecie|fotke|fotka|selfie|fotki ..3 na ..1 dobranoc|dobry_sen|noc',
      'taka|takie|takiego|taki|cos ..1 tylko|specjalnie ..1 dla ..1 mnie',
      'mozesz|mozna ..2 mi ..1 pokazac|wyslac|pokazywac ..1 wszystko|siebie|cala|cale_cialo|wiecej',
      'jak|jesli|jezeli ..1 mnie ..1 kochasz|lubisz ..2 to ..1 wyslesz|pokazesz|nagrasz|wlaczysz',
    ],
    unless: ['bajk*|ksiazk*|piosenk*|siostr*|brat*|pokoj*|mieszkani*|remont*|kot|kota|kotk*|pies|psa|piesk*|rysun*|nowy|nowa|nowe|nowego|nowej|czekolad*|kup|kupic|kupisz|orzech*|lody|lodow|ciast*|kanapk*|pizz*|herbat*|kaw*|sok*|napoj*|zebrani*|nauczyciel*|wychowaw*|trener*|pani|pan|rodzin*|swiet*|swiat*|wszyscy|wnus*|wnucz*|coreczk*|synku|synus*|babci*|dziadek|dziadk*|ciocia|ciociu|wujek|wujku|mamo|tato|mama|tata|sukien*|fryzur*|stroj*|kostium*|studniowk*|wesel*|odpocznij|odpoczac|spac|goraczk*|chor*|lekarz*|lekcj*|zajec*|klas*|grup*|rekrutac*|legitymacj*|dowod*|zadani*|prezentacj*'],
    weight: 3,
    examples: {
      match: ['wyślesz mi fotkę? chcę wiedzieć z kim gadam 🙈', 'wyślij więcej takich, ale wyżej', 'jesteś sama w domu? zadzwonię na wideo, zobaczymy się', 'a teraz pokaż siebie, połóż się na łóżku', 'to wbijaj na video, pokazesz mi cos', 'pokaż trochę więcej, tylko ja zobaczę', 'masz coś dla mnie na dobranoc? 😏 jakieś zdjęcie?', 'masz kamerkę? pogadamy twarzą w twarz', 'chcę zobaczyć jak naprawdę wyglądasz', 'taką tylko dla mnie, wiesz o co chodzi 😉', 'jesteśmy jak para, więc możesz mi pokazać wszystko'],
      ignore: ['chcę zobaczyć jak wyglądasz w sukience na studniówkę', 'połóż się na łóżku i odpocznij, masz gorączkę', 'zadzwonię na wideo do babci, zobaczymy się'],
    },
  },
  {
    id: 'now-a-video-r8',
    phrases: [
      'a|no ..1 teraz|tym_razem|nastepnym_razem ..2 chce|chcialbym|chcialabym|poprosze|czekam_na|dawaj|wyslij|nagraj|przyslij|podeslij ..2 filmik*|wideo|video|nagranie|film|wiecej|kolejne|nastepne|jeszcze_jedno|jeszcze_jedna|cos_odwazniejszego|cos_wiecej',
      'teraz|tym_razem|nastepnym_razem ..1 chce|chcialbym|chcialabym|poprosze|czekam_na ..2 filmik*|wideo|video|nagranie|wiecej_zdjec|wiecej_fotek|kolejne_zdjecie|kolejna_fotke|cos_odwazniejszego|cos_wiecej|cos_smielszego',
      'wyslalas|wyslales|przyslalas|przyslales|dalas|dales ..3 fotk*|fotke|zdjecie|foto|selfie ..4 teraz|tym_razem|to_teraz ..2 chce|poprosze|czekam_na|dawaj|kolej_na ..1 filmik*|wideo|video|nagranie|film|wiecej',
    ],
    unless: ['trening*|zawod*|pies|piesek|piesk*|psiak*|kot|kotek|kotk*|kociak*|zwierz*|chomik*|konia|kon|wyciecz*|wakacj*|urodzin*|imprez*|mecz*|koncert*|tiktok*|youtub*|kanal*|ogladac|obejrzec|psa|psem|kota|kotem|lekcj*|zadani*|projekt*|mema|memy|mem|trailer*|odcin*|serial*|netflix*|kino|kina|wesel*|slub*|komuni*|montaz*|teledysk*|przepis*|tutorial*|poradnik*|gry|gre|grze|gameplay*|stream*|klip*|babci*|dziadk*|mamo|tato|olx|vinted|allegro|ogloszeni*|produkt*|towar*|roweru|auta|silnik*|usterk*|paragon*'],
    weight: 2,
    examples: {
      match: ['wysłałaś mi wczoraj fotkę, a teraz chcę filmik', 'a teraz poproszę nagranie', 'tym razem chcę coś odważniejszego', 'a teraz czekam na wideo 😏'],
      ignore: ['a teraz chcę filmik z wycieczki', 'tym razem chcę obejrzeć film w kinie', 'wysłałaś mi fotkę roweru, a teraz poproszę filmik jak działa silnik'],
    },
  },
  {
    id: 'prove-it-with-a-pic-r8',
    phrases: [
      '@send ..3 @photo|zdjecie|fotke ..4 udowodnij|udowodnisz|bede_wiedzial|bede_wiedziala|ze_ci_zalezy|ze_mnie_kochasz|ze_mnie_lubisz|ze_mi_ufasz|ze_mnie_nie_oklamujesz|ze_jestes_prawdziwa|ze_jestes_prawdziwy',
      'jesli|jezeli|jak ..1 mnie ..1 kochasz|lubisz|ufasz ..3 @send|@show ..3 @photo|zdjecie|fotke|sie|cialo',
      'jesli|jezeli|jak ..3 nie ..1 przyslesz|wyslesz|pokazesz|nagrasz|przeslesz ..2 tego|mi|tej|tych|swojego|swojej|swoich ..1 zdjecia|zdjec|fotki|fotek|filmiku|nagrania|nudesa|nudesow',
      'czekam ..1 na ..2 foto|fotke|fotki|fotki|fotk*|zdjecie|zdjecia|selfie|selfika|filmik|nudesa|nudesy|nudeski ..3 [od_ciebie|twoje|twoja|twojej]',
    ],
    unless: ['trening*|zawod*|pies|piesek|piesk*|psiak*|kot|kotek|kotk*|kociak*|zwierz*|chomik*|konia|kon|wyciecz*|wakacj*|urodzin*|imprez*|wesel*|slub*|komuni*|mecz*|koncert*|paragon*|rachun*|faktur*|zadani*|zadania|notatk*|lekcj*|zeszyt*|ksiazk*|strony|kartk*|projekt*|prezentacj*|dokument*|legitymacj*|dowod*|formularz*|zgod*|badan*|metk*|produkt*|towar*|roweru|auta|olx|vinted|allegro|ogloszeni*|psa|kota|psem|kotem|pokoj*|mieszkani*|tablic*|planu|plan_lekcji|wynik*|ocen*|mema|memy|tiktok*|mamo|mamie|tato|tacie|babci*|dziadk*|kurier*|paczk*|inpost*|przesylk*'],
    weight: 2,
    examples: {
      match: ['wiesz że jesteś dla mnie wszystkim. wyślij mi zdjęcie to będę wiedział że ci zależy', 'jeśli mnie kochasz to pokaż się', 'jeśli mnie zostawisz i nie przyślesz tego zdjęcia to skoczę z mostu', 'no dawaj, czekam na foto'],
      ignore: ['czekam na foto twojego nowego pieska!', 'czekam na zdjęcia z wycieczki', 'wyślij mi zdjęcie paragonu, będę wiedziała ile oddać', 'jak nie wyślesz mi zdjęcia zadania to nie zdążę'],
    },
  },
  {
    id: 'hop-on-cam-r8',
    phrases: [
      'dawaj|dajesz|chodz|choc|wskakuj|wskocz|wchodz|wlaz|dawej ..1 na ..1 kamerk*|kamerce|kamere|kamerze|wideo|video|facetime*|wideorozmow*|wideoczat*|videoczat*',
      'pogadamy|pogadajmy|zrobmy|zrobimy|mozemy ..2 na|przez ..1 kamerk*|kamerce|kamere|wideo|video|facetime*|wideorozmow* ..4 sami|sam_na_sam|tylko_my|we_dwoje|nikomu|w_nocy|jak_rodzice|w_lozku|w_pizamie',
    ],
    unless: ['projekt*|prezentacj*|grupow*|lekcj*|obecnos*|zajec*|zajecia|klas*|wszyst*|nauczyc*|nauk*|zadani*|sprawdzian*|kartkow*|egzamin*|spotkani*|wyklad*|rekrutac*|babci*|dziadk*|mamo|mama|tato|tata|ekip*|druzyn*|zoom*|teams*|meet', 'gramy|pogramy|pograc|gra|grze|gry|granie|among_us|minecraf*|fortnit*|roblox*|valorant*|lola|w_cs|fife|rozgryw*|stream*|turniej*'],
    weight: 2,
    examples: {
      match: ['dawaj na kamerkę na messengerze', 'chodź na wideo, tylko sami', 'pogadajmy przez kamerkę w nocy jak rodzice śpią'],
      ignore: ['dawaj na kamerkę, robimy razem zadanie z matmy', 'chodź na wideo, babcia chce cię zobaczyć', 'wskakuj na kamerkę na discordzie, pogramy w minecrafta', 'dawaj na kamere, gramy turniej w fortnite'],
    },
  },
  {
    id: 'more-of-them-r8',
    phrases: [
      'przeslij|wyslij|podeslij|przyslij|dawaj|nagraj|zrob ..2 [mi] jeszcze ..1 jeden|jedno|jedna|dwa|dwie|trzy|kilka|pare|troche ..3 [zdjec*|fotk*|fotek|filmik*|nagran*] ..3 i|a|to|wtedy ..2 bede_cicho|dam_ci_spokoj|zostawie_cie|znikam|usune|zapomne|koniec|bedzie_po_sprawie',
      'przeslij|wyslij|podeslij|przyslij|dawaj ..2 [mi] jeszcze ..1 dwa|dwie|trzy|kilka|pare ..1 [takie|podobne|nowe] zdjec*|zdjecia|fotki|fotek|filmiki|filmikow|nudes*',
      'chyba_ze|albo|jak|jesli ..3 podeslesz|wyslesz|przeslesz|przyslesz|nagrasz ..2 [mi] [dzis|dzisiaj|teraz] cos ..1 nowego|swiezego|odwazniejszego|pikantnego|wiecej',
      'chyba_ze|albo|jak|jesli ..3 [sama|sam] wyslesz|przeslesz|przyslesz|pokazesz ..1 prawdziwe|prawdziwa|prawdziwych|prawdziwy',
    ],
    unless: ['paragon*|rachun*|faktur*|zadani*|notatk*|lekcj*|strony|kartk*|projekt*|prezentacj*|dokument*|formularz*|wyciecz*|wakacj*|urodzin*|imprez*|mecz*|trening*|muzyk*|piosenk*|kawal*|utwor*|playlist*|mem*|mema|memy|przepis*|pies|psa|kot|kota|kotk*|piesk*|produkt*|towar*|olx|vinted|allegro|mamo|mamie|tato|tacie|babci*|dziadk*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['prześlij jeszcze dwa i będę cicho', 'wyślij jeszcze kilka takich fotek', 'chyba że podeślesz mi dziś coś nowego', 'puszczę po szkole, chyba że sama wyślesz prawdziwe'],
      ignore: ['wyślij jeszcze dwa zdjęcia paragonów i będzie po sprawie', 'podeślesz mi dziś coś nowego do słuchania? jakąś piosenkę', 'wyślij jeszcze kilka zdjęć z wycieczki'],
    },
  },
  {
    id: 'take-it-off-r8',
    phrases: [
      'zdejmij|sciagnij|zrzuc|zdejmiesz|sciagniesz|rozepnij|podwin|podnies ..2 [ta|te|tego|swoja|swoje] bluze|bluzke|koszulke|koszule|top|spodnie|spodenki|stanik|majtki|sukienke|spodniczke|ubranie|ciuchy|wszystko|reszte ..4 [i|a|to|dla_mnie] [pokaz|wyslij|zrob|na_kamerce|przed_kamera|do_kamery|foto|fotke|zdjecie|wiecej]',
    ],
    unless: ['spocisz|goraco|cieplo|upal*|mokr*|brudn*|pranie|prania|pralk*|przymierz*|trening*|wf|basen*|lekarz*|lekarka|badani*|osluch*|szczepi*|mamo|mama|mamie|tato|tata|tacie|babci*|dziadk*|plam*|poplam*|suszark*|sklep*|przebieraln*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['pokaż więcej, zdejmij bluzę', 'ściągnij koszulkę na kamerce', 'podnieś bluzkę i zrób fotkę'],
      ignore: ['zdejmij bluzę bo się spocisz', 'ściągnij spodnie, wrzucę je do prania', 'zdejmij koszulkę, lekarka cię osłucha'],
    },
  },
  {
    id: 'we-need-test-shots-r9',
    phrases: [
      'potrzebuj*|potrzebne|potrzeba|musimy_miec|musisz_nam ..3 [kilka|pare|pare_fotek|kilku|jakies] ..2 @photo|zdjec*|fotek|ujec*|probn*|testow* ..4 @nude|w_bieliznie|w_samej|bez_makijazu_w|w_stroju_kapielowym',
      'zdjec*|fotek|fotki|zdjecia|ujec* ..1 testow*|probn*|portfoli*|castingow* ..4 @nude|w_bieliznie|w_samej_bieliznie|w_stroju|w_bikini',
    ],
    unless: ['sklep*|katalog*|produkt*|towar*|olx|vinted|allegro|manekin*|wieszak*|metk*|reklamacj*|zwrot*'],
    examples: {
      match: ['Potrzebujemy kilka zdjęć testowych w samej bieliźnie, bez makijażu', 'zdjęcia do portfolio w bieliźnie'],
      ignore: ['potrzebujemy zdjęć produktów w bieliźnie na manekinie do katalogu sklepu'],
    },
  },
  {
    id: 'nude-pics-for-verification-r10',
    phrases: [
      'potrzebuj*|wymagamy|wymagane|prosimy|prosze|na_poczatek|do_weryfikacji|do_portfolio|do_castingu|musisz|trzeba ..6 @photo ..2 @nude',
      '@photo ..2 @nude ..4 do_weryfikacji|do_portfolio|do_castingu|do_profilu|do_oceny|zeby_ocenic|do_katalogu|do_agencji|do_rekrutacji',
      '@photo ..3 dla_mnie ..3 wiesz_jakie|wiesz_jakich|wiesz_o_co_chodzi|wiesz_o_czym_mowie|takie_odwazne|te_specjalne',
      'jakies|pare|kilka|czasem|czasami ..1 @photo ..2 dla_mnie ..2 wiesz|takie|specjalne|odwazne|prywatne',
    ],
    unless: ['sklep*|produkt*|towar*|kostium*_na_sprzedaz|ogloszeni*|olx|vinted|allegro|rozmiar*|metk*|zwrot*|reklamacj*|lekarz*|dermatolog*|wysypk*|alergi*|ugryzieni*|kleszcz*'],
    examples: {
      match: ['na poczatek kilka selfie i fotki w bieliznie do weryfikacji profilu', 'do portfolio potrzebujemy zdjec w bieliznie', 'tylko troche uwagi i czasem jakies fotki dla mnie, wiesz jakie'],
      ignore: ['prosze o zdjecia kostiumu kapielowego z metka, chce kupic z vinted', 'wyslij mi kilka fotek z wycieczki dla mnie'],
    },
  },
  {
    id: 'show-me-bare-r10',
    phrases: [
      'pokaz|pokazesz|pokaz_sie|pokazesz_sie ..2 [mi] [sie] cala|calego|cala_siebie|calego_siebie|wszystko|sie_cala|sie_calego',
      'no_wiesz ..1 cos ..1 odwazn*|pikantn*|sexy|seksown*|goretsz*|wiecej',
      'wyslij|wyslesz|dawaj|zrob ..1 snapa|snap*|fotke|zdjecie ..4 w_stroju|w_samym_stroju|w_samym|w_samej|w_obcislym|w_obcislych|w_legginsach|w_kostiumie',
    ],
    unless: ['wf|kolor*|pasuje|pasowal*|sukien*|kurtk*|bluz*|butach|buty|spodni*|kupilas|kupiles|przymierz*|nowej|nowym|sklep*|ogloszeni*|vinted|olx|allegro|metk*|rozmiar*|wyciecz*|druzyn*|karty_zawodnika|klub*|na_strone|do_gazetki|do_kroniki|na_bal|halloween*|przebrani*|kostium_na_bal|skrocic|skrocenia|skrocenie|poprawic|podszyc|krawc*|krawie*|teatr*|przedstawieni*|premier*|jaselk*|spektakl*|proba_generalna'],
    examples: {
      match: ['pokazesz mi sie cala? ja ci wysle swoje', 'no wiesz, cos odwaznego', 'wyslij snapa z treningu, w stroju'],
      ignore: ['wyslij mi fotke w stroju na wf, nie wiem czy mam dobry kolor', 'pokaz mi sie cala w tej sukience!! musze zobaczyc', 'pokaz mi wszystko co kupilas na vinted', 'wyslij fotke w stroju na bal przebierancow, halloween', 'wyslij mi zdjecie w kostiumie, musze zobaczyc czy trzeba skrocic'],
    },
  },
  {
    id: 'cam-now-r11',
    phrases: [
      'kamerka|kamerke|kamere|cam|kamerki ..1 teraz|natychmiast|szybko|dawaj|wlaczaj|wlacz|on',
      'tym_razem|nastepne|nastepna|nastepnym|kolejne|kolejna|jeszcze_jedno|jeszcze_jedna ..3 bez ..1 bluzy|koszulki|bluzki|topu|gory|stanika|ubran*|ubrania|ciuch*|niczego|majtek|spodni|szortow|spodenek',
      'chociaz|choc|przynajmniej|to_moze|a_moze|no_to ..2 @photo ..3 @nude',
      'najlepiej|najlepiej_by|idealnie ..3 w_bieliznie|w_samej_bieliznie|w_stroju_kapielowym|w_bikini|w_majtkach|w_staniku|w_stringach|bez_ubran*|bez_ubrania|bez_niczego|nago|topless',
      'prywatny|prywatne|prywatna|prywatnego|prywatnych ..1 filmik*|live|lajw*|lajwa|zdjec*|fotk*|pokaz|show|nagrani* ..3 dla_mnie|tylko_dla_mnie',
    ],
    unless: ['termo*|zimno|gor|gorach|narty|nart*|ciepl*|sport*|bieg*|rower*|jakosc*|rozdzielczos*|attendance|register|lesson|teacher|mr|mrs|miss|class', 'nie_dziala|dziala|zepsul*|popsul*|laptop*|zoom*|teams*|lekcj*|wyklad*|zajec*|pani|pan|kamerzyst*|monitoring*|goraco|cieplo|upal*|wyjdz*|idziemy|wychodz*|pogod*|stopni*|slonce|basen*|plaz*|jezior*|morz*|aquapark*|spakuj|zabierz|wez_ze_soba|sklep*|przymierz*|rozmiar*|zamowieni*|ogloszeni*|vinted|olx|allegro|kolekcj*|katalog*'],
    weight: 3,
    examples: {
      match: ['kamerka. teraz. nie kaz mi czekac', 'cam on, szybko', 'dawaj jeszcze jedno, tylko tym razem bez bluzy', 'to chociaz fotke w pizamie, jestes juz w lozku?', 'najlepiej w bieliznie albo w stroju kapielowym, zeby klient widzial sylwetke', 'Najlepiej w samej bieliznie, to czesc terapii', 'zrob prywatny live tylko dla mnie'],
      ignore: ['najlepiej w bieliznie termoaktywnej, bo w gorach zimno', 'kamerka teraz nie dziala, wejde bez', 'tym razem bez bluzy bo jest goraco', 'najlepiej w stroju kapielowym, bo idziemy na basen', 'prywatny live dla nas z ekipy w sobote? xd'],
    },
  },
  {
    id: 'send-new-ones-r11',
    phrases: [
      '@send ..2 mi ..2 #|dwa|dwie|trzy|kilka|pare ..1 nowe|nowych|kolejne|kolejnych|nastepne|nastepnych|swieze|swiezych|inne|innych',
      '@send ..1 mi ..1 nowe|kolejne|nastepne|swieze ..2 albo|bo|inaczej|dzisiaj|dzis|teraz|juz|szybko',
      'zdjec*|fotek|fotki|zdjecia|foty ..2 do ..1 portfolio|portfolia|castingu|agencji|bazy_modelek|bazy_agencji|kartoteki_agencji',
    ],
    unless: ['zadani*|notatk*|lekcj*|link*|mem*|memy|piosenk*|nagran*_z_lekcji|projekt*|prezentacj*|strony|stron|wiadomosci|maile|hasla|kody|naklejk*|tapet*|filmy|seriale|sklep*|produkt*|towar*|ogloszeni*|olx|vinted|allegro|xd|haha*'],
    weight: 2,
    examples: {
      match: ['jak nie chcesz zeby wyladowaly na grupie klasowej to wyslij mi 3 nowe. dzisiaj', 'wyslij mi nowe albo wiesz co', 'przeslij mi na maila kilka zdjec do portfolio'],
      ignore: ['wyslij mi 3 nowe memy xd', 'wyslij mi nowe zadania z matmy', 'wrzuc zdjecia produktu do ogloszenia na olx'],
    },
  },
  {
    id: 'like-yesterdays-but-more-r11',
    phrases: [
      '@send|@show ..2 mi ..1 te|takie|to|tamte ..2 co|jak|z ..1 wczoraj|wczorajsze|ostatnio|w_nocy|tamtej_nocy|wtedy ..3 tylko|ale ..1 lepsze|odwazniejsze|ostrzejsze|bardziej|mniej|wiecej|bez',
      'masz ..2 jakies|jakies_swoje|troche|kilka|moze ..1 zdjec*|fotek|fotki|foty|selfie ..2 w_kostiumie|w_kostiumie_kapielowym|w_bieliznie|w_bikini|w_stroju_kapielowym|w_samej_bieliznie|w_stringach|w_staniku|w_majtkach',
    ],
    unless: ['jakosc*|rozdzielczos*|hd|plik*|oryginal*|skan*|ostrosc*|nieostre|rozmazane', 'halloween|czarownic*|przebrani*|bal|balu|karnawal*|teatr*|przedstawieni*|jaselk*|notatk*|zadani*|link*|mem*|sklep*|produkt*|ogloszeni*|olx|vinted|allegro|katalog*|kolekcj*_sklep*|basen*_z_klasa|xd|haha*'],
    weight: 3,
    examples: {
      match: ['wyslij mi te co wczoraj tylko lepsze', 'pokaz mi takie jak wczoraj ale odwazniejsze', 'masz jakies zdjecia w kostiumie?', 'masz moze fotki w bikini?'],
      ignore: ['wyslij mi te co wczoraj tylko lepsze jakosci', 'wyslij mi te co wczoraj tylko lepsze notatki', 'masz jakies zdjecia w kostiumie z halloween?'],
    },
  },
  {
    id: 'take-something-off-r11',
    phrases: [
      'bez ..1 gory|bluzy|koszulki|bluzki|topu|stanika|ubran*|ciuch*|majtek|spodni|spodenek|szortow ..3 tym_razem|teraz|prosze|please|dla_mnie|na_kamerce|na_kamerze|na_zdjeciu|na_fotce',
      'zdejmij|sciagnij|zrzuc|rozepnij|odslon ..2 cos|cokolwiek|jedna_rzecz|wiecej|troche|reszte|koszulke|bluzke|bluze|stanik|spodnie|majtki|gore',
      'kamerka|kamerke|kamere|kamera|komorke|aparat ..1 nizej|w_dol|troche_nizej|na_dol',
    ],
    unless: ['z|ze ..2 polki|polek|szafy|szafki|regalu|pieca|kuchenki|lodowki|stolu|blatu|wieszaka|sznurka|listy|kalendarza|pulpitu', 'z_wakacji|album*', 'cieplo|zimno|pogod*|stopni*|slonce|wychodz*|idziemy|wyjdz*|z_pieca|z_ognia|z_polki|z_szafy|z_kuchenki|z_lodowki|pranie|prania|z_suszarki|ze_stolu|ze_sznurka|plaszcz|kurtk*|buty|czapk*|szalik*|rekawiczk*|przymierz*|rozmiar*|sklep*|basen*|plaz*|goraco|upal*|lekcj*|wf|przebieralni_na_wf|zeszyt*|tablic*|zadani*|rysun*|projekt*|mamo|mama|tata|tato|lekarz*|doktor*|pielegniark*|zastrzyk*|szczepien*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['bez gory tym razem', 'zdejmij cos', 'zdejmij jeszcze troche', 'kamerka nizej'],
      ignore: ['zdejmij cos z pieca bo sie spali', 'zdejmij kurtke, goraco tu', 'kamerka nizej bo nie widac zeszytu'],
    },
  },
  {
    id: 'stand-back-turn-around-r11',
    phrases: [
      'zebym|abym ..1 cie|ciebie ..2 cala|calego|cala_widzial|lepiej|wiecej|od_stop ..2 widzial|widziala|zobaczyl|zobaczyla|ogladal',
      'wstan|stan|odejdz|odsun_sie ..4 obroc_sie|obrocisz_sie|odwroc_sie|pokrec_sie|obkrec_sie|zakrec_sie|sie_obroc|sie_odwroc|sie_pokrec|sie_obkrec|sie_zakrec',
    ],
    unless: ['taniec|tanc*|uklad*|choreograf*|trening*|cwiczen*|joga|jogi|przysiad*|rozciag*|fryzur*|sukien*|stroj*|kostium*|mundur*|garnitur*|przymierz*|rozmiar*|lekcj*|pani|pan|babci*|dziadk*|mama|mamo|tata|tato|ciocia|wujek|xd|haha*'],
    weight: 2,
    examples: {
      match: ['stan dalej od kamery zebym cie cala widzial', 'wstan i sie obroc'],
      ignore: ['stan dalej zebym cie cala widziala w tej sukience', 'wstan i obroc sie, cwiczymy uklad'],
    },
  },
  {
    id: 'figure-shots-and-that-bra-r11',
    phrases: [
      'przeslac|wyslac|przeslij|wyslij|podeslij|podeslac|zrob|zrobic ..4 zdjec*|fotki|fotek|foto|zdjecie ..2 sylwetki|calej_sylwetki|ciala|calego_ciala|od_stop_do_glow|w_calosci',
      '@photo|zdjecie|fotke|fote ..2 w ..1 tym|tej|tych|samym|samej ..1 staniku|bieliznie|stringach|majtkach|bikini|body|kostiumie_kapielowym|kostiumie|stroju_kapielowym',
      '@show ..2 jak ..1 uroslas|urosles|sie_zmienilas|sie_zmieniles|sie_rozwinelas|dojrzalas|wydoroslalas',
    ],
    unless: ['legitymacj*|dowod*|paszport*|dokument*|karty_zawodnika|licencj*|zapis*|rejestracj*|klub*|kolezank*|siostr*|mamo|mama|tata|tato|babci*|dziadk*|ciocia|ciociu|wujek|lekarz*|doktor*|dietety*|fizjoterap*|ortoped*|trener*_personal*|na_wieszaku|na_manekinie|metk*|bez_ciebie|sam_stanik|samego_stanika|produkt*|sklep*_internetow*|reklamacj*|zwrot*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['wystarczy przeslac kilka zdjec sylwetki', 'mozesz przymierzyc i wyslac mi zdjecie w tym staniku? kupie dwa', 'pokaz jak urosłaś'],
      ignore: ['babcia prosi: pokaz jak uroslas', 'wyslij zdjecie calej sylwetki do legitymacji sportowej', 'wyslij zdjecie stanika na wieszaku, bez ciebie', 'wyslij mi zdjecie w tej sukience mamo'],
    },
  },
  {
    id: 'prove-you-love-me-send-r11',
    phrases: [
      'udowodnij|pokaz|dowiedz ..2 ze ..1 mnie|mi ..1 kochasz|ufasz|lubisz|ci_zalezy|chcesz ..4 wyslij|przeslij|@send|zdjec*|fotk*|fote|selfie|nudes*|kamer*',
    ],
    unless: ['mamo|mama|tata|tato|babci*|dziadk*|xd|haha*|hehe|przepros*|kwiat*|czekolad*|list*|kartk*'],
    weight: 3,
    examples: {
      match: ['umre bez ciebie, udowodnij ze mnie kochasz i wyslij', 'pokaz ze mi ufasz i wyslij fotke'],
      ignore: ['udowodnij ze mnie kochasz i wyslij mi kartke xd'],
    },
  },
  {
    id: 'full-figure-and-underwear-ok-r12',
    phrases: [
      '@send ..3 @photo ..6 sylwetk*|figur*|wymiar*|cale_cialo|calego_ciala|od_stop_do_glow|w_topie|w_staniku|w_bieliznie',
      'moze_byc|wystarczy|najlepiej|moga_byc|najlepiej_bedzie ..2 w_bieliznie|w_staniku|w_samym_staniku|w_majtkach|w_stroju_kapielowym|w_bikini|bez_koszulki|bez_bluzki|bez_stanika|w_bieliznie_sportowej|w_samej_bieliznie',
      'a|to|dobra ..1 teraz ..1 bez ..1 bluzy|koszulki|bluzki|niczego|stanika|spodni|ubran*|ciuchow|majtek|gory',
      'chce|wyslij|przeslij|dawaj|podeslij ..2 jeszcze ..2 jeden|jedno|jedna|dwa|dwie|trzy|kilka|pare|#|wiecej ..2 takie|takich|@photo ..6 albo|bo|inaczej|jak_nie|jesli_nie|chyba_ze',
      'majtki|majteczki|stanik|stringi|bielizne ..4 pokazesz|pokaz|pokazac|pokaz_mi|wyslesz_fote|wyslij_fote',
    ],
    unless: ['kazal|kazala|kazali|kazaly|kaze wyslac|przeslac|wysylac|pokazac|podeslac|zrobic', 'kazal|kazala|kazali|kazaly|kaze jej|mu|im|dziewczynom|laskom|ludziom|innym ..1 wyslac|przeslac|wysylac|pokazac|podeslac|zrobic', 'fizjo*|ortoped*|postaw*|skolioz*|dietetyk*|trener*|garnitur*|marynark*|sukien*|metk*|ogloszen*|vinted|olx|allegro|produkt*|paragon*|zadani*|strony|notatk*|wyciecz*|wakacj*|album*|basen*|plaz*|sklep*|kupil*|kupic|cukr*|herbat*|kaw*|ciast*|rozmiar*|lekarz*|wysypk*|xd|haha*'],
    examples: {
      match: ['Wyslij 3 zdjecia: twarz, cala sylwetka i w naszym topie sportowym', 'Moze byc w bieliznie sportowej, chodzi o wymiary', 'najlepiej w samym staniku albo w stroju kapielowym', 'piekna a teraz bez bluzy', 'wyslij mi jeszcze jeden filmik albo rozsylam ten pierwszy', 'jakiego koloru masz dzis majtki, pokazesz?'],
      ignore: ['wyslij zdjecie metki i jeszcze jedno calej bluzy', 'najlepiej w bikini bo jedziemy na basen', 'a teraz bez cukru prosze', 'wyslij jeszcze kilka zdjec z wycieczki bo robie album', 'pokaz jaki stanik kupilas w sklepie', 'wyslij mi zdjecie przystanku jak wysiadziesz'],
    },
  },
  {
    id: 'another-one-by-tonight-r13',
    phrases: [
      'kolejne|nastepne|jeszcze_jedno|jeszcze_jeden|jeszcze_jedna|kolejny|kolejna|nastepny|nastepna ..1 video|wideo|filmik|nagranie|zdjecie|fotke|fotka|foto|nudes*|nudesa|selfie ..3 do ..1 #|jutra|wieczora|rana|polnocy',
      'kolejne|nastepne|jeszcze_jedno|jeszcze_jeden|jeszcze_jedna|kolejny|kolejna ..1 video|wideo|filmik|nagranie|zdjecie|fotke|fotka|foto|nudes*|nudesa|selfie ..2 dzis|dzisiaj|wieczorem|dzis_wieczorem|teraz|natychmiast',
      'nie ..1 wlaczysz|odpalisz|wlaczycz ..1 kamerk*|kamer*|cam*',
      'masz ..2 jakies|jakis|jakas|moze ..1 @photo ..4 @nude|w_stroju|w_kostiumie',
    ],
    unless: ['album*|kroni*|gazetk*|projekt*|prezentacj*|wystaw*|konkurs*|lekcj*|zajec*|klas*|sesj*_zdjeciow*|slub*|wesel*|teams*|zoom*|pani|pan|wycieczk*|grupow*|druzyn*|psa|kota|psem|kotem|odcink*|vlog*|tiktok*|montaz*'],
    examples: {
      match: ['kolejne video do 22:00. nie ma ze boli', 'jeszcze jedno nagranie dzis wieczorem', 'jak dzis nie wlaczysz kamerki to lykne wszystkie tabletki', 'masz jakies zdj z wakacji w stroju? pytam dla kumpla'],
      ignore: ['jeszcze jedno zdjecie do albumu klasowego i koniec', 'jak nie wlaczysz kamerki na lekcji to pani da minusa', 'kolejny odcinek vloga dzis wieczorem'],
    },
  },
  {
    id: 'without-top-on-video-r13',
    phrases: [
      'nagrajmy|pogadajmy|zrobmy|wlacz|wlaczmy|odpal|odpalmy ..4 wideo|video|kamer*|call*|facetime|kamerk* ..6 bez_ubran*|bez_ciuch*|nago|bez_niczego|w_bieliznie|bez_koszulki|bez_bluzki|bez_topu|bez_stanika',
      'najlepiej|lepiej|a_najlepiej|tylko ..1 bez_topu|bez_koszulki|bez_bluzki|bez_stanika|bez_ciuchow|bez_ubran|bez_ubrania|nago|bez_niczego|w_samej_bieliznie|w_samych_majtkach',
      'usune|skasuje|oddam ..2 jak|jesli|kiedy|jezeli ..1 mi ..1 tez ..1 cos ..1 wyslesz|przeslesz|pokazesz|podeslesz',
    ],
    unless: ['plaz*|basen*|biega*|slonc*|opal*|goraco|upal*|silown*|rower*|mecz*|pranie|pralk*|lekarz*|pielegniar*|osluch*|rentgen*|usg|badani*|zadani*|notat*|link*|plik*|prezentacj*|projekt*'],
    examples: {
      match: ['nagrajmy sie na wideo wieczorem? bez ubran bedzie zabawniej', 'nie, wtedy nic nie widac. najlepiej bez topu', 'tylko bez ciuchow zeby bylo fair hah', 'usune jak mi tez cos wyslesz'],
      ignore: ['na plaze najlepiej bez koszulki bo goraco', 'usune jak mi tez cos wyslesz z notatek'],
    },
  },
  {
    id: 'verify-with-a-photo-or-ban-r13',
    phrases: [
      'zweryfikuj|zweryfikujesz|zweryfikowac|potwierdz|potwierdzisz ..3 [konto|tozsamosc|wiek|profil] zdjeciem|selfie|fotka|nagraniem|filmikiem|wideo|zdjecie|fotke',
      'zostaniesz ..1 zbanowany|zbanowana|zablokowany|zablokowana ..6 zdjeci*|zdjec*|selfie|fotk*|nagrani*|wideo',
    ],
    unless: ['banku|bank|mbank*|pko|ing|urzad*|epuap|mobywatel*|dowod_osobisty_w_aplikacji|paszport*|szkol*|legitymacj*|mama|tata'],
    weight: 2,
    examples: {
      match: ['zostaniesz zbanowany na zawsze jezeli nie zweryfikujesz konta zdjeciem', 'zweryfikuj wiek selfie w samej koszulce'],
      ignore: ['bank kaze zweryfikowac tozsamosc selfie z dowodem'],
    },
  },
  {
    id: 'full-figure-for-the-committee-r14',
    phrases: [
      'potrzebuj*|potrzebne|potrzebny|wymagane|wymagamy|wymagany|prosimy|prosze|przeslij|wyslij|podeslij|@send ..4 zdjec*|zdjecie|fot*|selfie*|polaroid*|foto ..3 calej|cala|pelnej|calego ..1 sylwetk*|ciala',
      '@send|potrzebuj*|potrzebne|wymagane ..6 polaroid*|sylwetk*|zdjec*|fot* ..6 obcisl*|bikini|kostium*_kapiel*|stroj*_kapiel*|kostiumie_kapielowym|stroju_kapielowym|bieliznie|kapielowy|kapielowym',
      '@nude ..1 wystarczy|starczy|moze_byc|tez_moze_byc|tez_ok|tez_dobrze|wystarcza',
      'najlepiej|najlepiej_jakbys|najlepiej_zebys|najlepiej_bys ..2 bez_bluzy|bez_koszulki|bez_bluzki|bez_stanika|w_bieliznie|w_samej_bieliznie|w_staniku|w_majtkach|w_bikini|w_stroju_kapielowym|topless|bez_ubrania|bez_niczego|nago',
      '@show ..6 kupie|dam|dostaniesz|zaplace|dorzuce|kupisz ..2 [ci] @gift|@amount|@money|nitro|robux*|vbuck* ..3 jak|jesli|za ..1 wyslesz|pokazesz|zdjec*|fot*|foto|zdjecie',
      'kamer*|kamerce|wideo|video|zywo|live ..6 pokazesz|pokaz|zaprezentujesz|zrobisz ..2 rozciaganie|szpagat*|mostek|figur*|sylwetk*|miesnie|umiesnienie|@body',
      '@photo|fotki|fotke|fotka ..2 w_kapieli|z_kapieli|z_przebieralni|w_przebieralni|w_wannie|z_wanny|pod_prysznicem|spod_prysznica',
      '@photo|zdjecie|fotke|fotka|fotki ..2 golo|na_golasa|na_golaska|goly|gola|gole|nagusienka|nagusko|nagutka|nagutki',
      'sesj*|sesyjk*|show|pokaz*|przedstawienie ..3 na ..1 kamerce|kamerze|kamerke|wideo|zywo|priv|privie ..6 zaplace|dam|dostaniesz|kupie|prywatn*|tylko_dla_mnie|nikt',
      'pokaz|pokazesz|wlacz|daj ..2 twarz|buzie|buzke|twarzyczke ..2 na ..1 kamerce|kamerze|kamerke|wideo|kamere ..6 udowodnij|zebym|bo_nie_wierze|nie_ufasz|sprawdze',
      'skoro|jak|jesli ..3 nie ..1 ufasz|wierzysz ..6 pokaz|pokazesz|wlacz|wlaczysz ..2 twarz|buzie|sie|kamer*|kamerke',
      '@show|@send|nagraj|nagrasz|zatancz|zatanczysz ..6 w_krotkich_spodenkach|w_krotkich_szortach|w_obcislych|w_obcislej|w_obcislym|w_minispodniczce|w_kroptopie|w_crop_topie|w_samych|w_samej|w_samym',
      'zobaczyc|zobacze|obejrzec ..3 jak ..1 wygladasz ..4 w ..2 staniku|bieliznie|bikini|majtkach|majteczkach|stringach|reczniku|kostiumie|stroju_kapielowym|pizamie|koszuli_nocnej',
      'zalozysz|zaloz|ubierzesz|ubierz|przebierzesz|przebierz ..3 cos|cus|cos_takiego ..1 sexy|seksownego|seksi|odwaznego|obcislego|krotkiego|przezroczystego ..4 na|do ..1 kamer*|kamerke|wideo|zdjecia|zdjecie|fotke|fotki|foty',
      'za ..1 kazda|kazde|kazdy|jedna|jedno|jeden ..1 @photo|fotke|fotka|zdjecie|nudesa|filmik ..3 @amount|dam|dostaniesz|place|zaplace|dostajesz|robux*|vbuck*',
      'wbijaj|wbij|wejdz|wskakuj|wskocz ..1 na ..1 wideo|video|wideorozmowe|videorozmowe|wideoczat|facetime ..6 nikt|nikomu|sami|sam_na_sam|we_dwoje|pokazesz|pokaz|zobacze|mala|slodka|kotku|skarbie',
    ],
    unless: ['kazal|kazala|kazali|kazaly|kaze wyslac|przeslac|wysylac|pokazac|podeslac|zrobic', 'kazal|kazala|kazali|kazaly|kaze jej|mu|im|dziewczynom|laskom|ludziom|innym ..1 wyslac|przeslac|wysylac|pokazac|podeslac|zrobic', 'fizjo*|ortoped*|postaw*|skolioz*|dietetyk*|trener*|garnitur*|marynark*|sukien*|goraco|upal*|cieplo|pogod*|temperatur*|legitymacj*|paszport*|dowod*|lekcj*|wf|wfu|w_f|nauczyciel*|zajec*|klas*|szkol*_zdjec*|rysun*|obraz*|szkic*|projekt*|ogloszen*|sprzedam|sprzedaje|vinted|olx|allegro|rozmiar*|metk*|mema|mem|memy|basen*|plaz*|jezior*|morz*|aquapark*|idziemy|jedziemy|przyjdz*|ubierzcie|zalozcie|zaloz_stroj|zaloz_kostium|ubierz_sie_cieplo|zabierz*|spakuj*|haha*|dziecinstw*|niemowl*|bobas*|album*|komuni*|chrzt*|chrzcin*|wycieczk*|lajk*|serduszk*|kupil*|pasuj*|przymierz*|sklep*|zamowil*'],
    examples: {
      match: ['Potrzebujemy weryfikacji wizerunku: zdjecie calej sylwetki w stroju sportowym lub kostiumie kapielowym.', 'Przeslij polaroidy: twarz, profil i cala sylwetka w obcislym stroju albo bikini', 'no wez, musi byc fair. bez koszulki wystarczy', 'no bo chlopak ma prawo, najlepiej bez bluzy', 'pokaz 😏 kupie ci nitro jak wyslesz', 'moze jakies fotki w kapieli? 😏', 'ty wysylac zdjecie golo albo ja robic problem', 'ej, wbijaj na wideo mala, nikt nie musi wiedziec', 'hej slonce masz ochote na mala sesje na kamerce? zaplace', 'skoro mi nie ufasz to pokaz twarz na kamerce, udowodnij ze to ty', 'masz tiktoka? pokaz jakis taniec w krotkich spodenkach', 'moge zobaczyc jak wygladasz w tym nowym staniku?', 'zalozysz dla mnie cos sexy na kamerke?', 'za kazda fotke 20 zl, umowa?', 'Potem zrobimy wideo na kamerce na zywo, pokazesz rozciaganie', 'do odbioru potrzebne jest selfie calej sylwetki i adres'],
      ignore: ['wyslij zdjecie legitymacji do karty zawodnika', 'najlepiej bez bluzy bo jest goraco', 'Sprzedam stroj kapielowy, wysle zdjecie metki', 'wlacz kamerke na lekcji i pokaz cwiczenia', 'najlepiej w stroju kapielowym bo idziemy na basen', 'haha mam twoje zdjecie z dziecinstwa w kapieli', 'zaloz cos krotkiego na zdjecia klasowe', 'za kazde zdjecie z wycieczki dostaniesz lajka', 'wyslij zdjecie w krotkich spodenkach ktore kupilas, pasuja?', 'pokaz mi tego mema, dam ci lajka jak wyslesz', 'wyslij fote calej sylwetki w garniturze, mama chce zobaczyc'],
    },
  },
  {
    id: 'now-i-want-more-r15',
    phrases: [
      'teraz|to_teraz|a_teraz|od_teraz ..2 chce|chcem|potrzebuje|wymagam ..1 wiecej|wiekszego|nastepnych|kolejnych|nowych',
      'takie|takich|taka|takiego ..2 jak|co ..1 dziewczyny|laski|dziewczynki|chlopaki ..1 wysylaja|wysylaja_chlopakom|wysylaja_dziewczynom|robia|pokazuja',
      'zdejmij|zdejmiesz|sciagnij|sciagniesz|zdjac|sciagnac|zrzuc|zrzucisz ..2 bluz*|koszul*|koszulk*|top|stanik*|spodnie|spodenki|sukienk*|ciuchy|ubranie|ubrania|wszystko',
      'jedno|jedna|jednego ..1 zdjecie|zdjecia|fotke|fote|selfie|filmik ..2 i ..1 koniec|spokoj|tyle|juz',
      'tylko|na ..1 chwilke|chwile|sekunde|moment ..2 zdejmij|sciagnij|zdejmiesz ..1 bluz*|koszulk*|stanik*|spodnie',
      'send|sendnij|sendz ..1 mi ..2 jakies|jakas|jakis|pare|kilka|cos ..2 pic|pics|fotk*|zdjec*|selfie|nudes*|hot',
      'fair|uczciwie|sprawiedliwie ..3 jedno|jedna|twoja_kolej|teraz_ty|zdjecie|fotke',
    ],
    unless: ['xd|haha*|hehe|upal*|goraco_w_sali|przymierzal*|przymierz*|sklep*|przebieralni*|lekarz*|badani*|pielegniark*|basen*|wf|trening*|mama|mamo|tata|tato|pranie|prania|brudn*|mokr*|poplam*|zupa|zupy|deszcz*|sprzedam|wynik*|ocen*|oceny|punkt*|lajk*|wyswietl*|subskryp*|followers*|obserwuj*|zamowien*|klient*|zadani*|zadan|lekcj*|gra|grze|meczu|skin*'],
    examples: {
      match: ['send mi jakies pic, takie hot', 'pamietasz co mi wlasnie wyslalas? to teraz chce wiecej', 'nie takie. takie jak dziewczyny wysylaja chlopakom', 'no wez nie badz sztywna, tylko na chwilke, zdejmij bluze i tyle', 'ty jestes piekna, mozesz zdjac bluza, goraco tu', 'no nie badz taka, fair is fair. jedno zdjecie'],
      ignore: ['zdejmij bluze z kaloryfera bo mokra', 'teraz chce wiecej punktow w grze xd', 'mamo zdejmij pranie bo deszcz'],
    },
  },
  {
    id: 'pic-or-were-done-r16',
    phrases: [
      '@send ..3 @photo ..4 albo|bo_inaczej|inaczej ..3 koniec_z_nami|zrywam|zrywamy|nie_gadam_z_toba|blokuje|zablokuje|zapomnij_o_mnie|miedzy_nami_koniec',
      '@photo ..3 bez ..1 koszulki|bluzy|bluzki|spodenek|spodni|topu|stanika ..4 sprawdza*|weryfik*|postaw*|fizjo*|system*|bot*',
      'weryfikacj*|zweryfikowac|zweryfikuj ..3 ciala|cialo|sylwetk*|wieku|wiek ..4 @photo|kamer*|kamerke',
    ],
    unless: ['lekarz*|przychodni*|szpital*|rehabilit*|fizjoterapeut*_w_przychodni'],
    examples: {
      match: ['masz 5 minut zeby wyslac fotke albo koniec z nami, wybieraj', 'teraz jeszcze weryfikacja ciala, zdjecie bez koszulki, system sprawdza czy nie jestes botem', 'zweryfikuj wiek wysylajac zdjecie calej sylwetki'],
      ignore: ['wyslij fotke notatek albo koniec, nie zdam', 'lekarz prosi o zdjecie bez koszulki zeby sprawdzic pieprzyk'],
    },
  },
  {
    id: 'id-card-and-selfie-r16',
    phrases: [
      '@photo|skan* ..2 dowodu|legitki|legitymacji|legitymacj*|paszportu ..6 selfie*|@photo|twarz*|przy_twarzy',
      'selfie*|@photo ..2 z ..1 dowodem|legitka|legitymacja|paszportem ..3 przy|obok ..1 twarzy',
    ],
    weight: 2,
    unless: ['zawod*|turniej*|zgloszen*|zapisy|zapisow|wycieczk*|basen*|karnet*|bibliotek*|sekretariat*|bank*|urzad*|urzedzie'],
    examples: {
      match: ['foto dowodu albo legitki z dwoch stron + selfie z nia przy twarzy', 'zrob selfie z legitymacja przy twarzy'],
      ignore: ['wyslij zdjecie legitymacji do zgloszenia na zawody', 'skan dowodu do banku i selfie zrobisz w apce banku'],
    },
  },
  {
    id: 'something-spicier-for-me-r16',
    phrases: [
      'cos ..1 pikantniejsz*|odwazniejsz*|seksowniejsz*|smielsz*|mniej_ubran* ..2 dla ..1 mnie',
    ],
    unless: ['jedzeni*|sos*|curry|pizz*|dani*|zup*|przepis*|obiad*|kolacj*|kebab*|skrzydel*'],
    examples: {
      match: ['a moze cos pikantniejszego dla mnie?', 'wyslij cos odwazniejszego dla mnie'],
      ignore: ['zrobisz cos pikantniejszego dla mnie na obiad?'],
    },
  },
  {
    id: 'rate-your-body-send-r16',
    phrases: [
      '@send|wysylasz|wysylacie ..3 @photo ..6 ocen*|oceniamy|oceniam|ocenie|ocenimy|w_skali ..4 # ..2 do|#',
      'ocenie|ocenimy|oceniam|oceniamy|ocen ..3 twoja|twoje|twoj|twoich ..1 cialo|ciala|sylwetk*|figur*|tylek|nogi|klate|brzuch ..4 @send|wyslij|wysylaj|pokaz',
    ],
    weight: 2,
    unless: ['rysun*|prac*_plastyczn*|wypracowani*|zadani*|projekt*|tort*|strona|stroje|kostium*_na_wystep|konkurs_plastyczny'],
    examples: {
      match: ['ocenie twoja sylwetke w skali 1-10, wyslij fotke', 'wysylasz fotke a my dajemy ocene od 1 do 10 na story'],
      ignore: ['wyslij zdjecie rysunku, ocenie w skali 1-6'],
    },
  },
  {
    id: 'pic-in-pyjamas-or-underwear-r17',
    phrases: [
      'czasem|jakas|jedna|tylko|jeszcze|daj|wyslij|podeslij|wrzuc|przeslij|zrob|pstryknij ..2 fotk*|fote|foto|fotka|fotke|zdj|zdjeci*|selfie|focia|focie ..2 w ..1 pizam*|bieliz*|majtk*|staniku|stanik*|recznik*|kostium*_kapiel*|kapiel*|koszul*_nocn*|szlafrok*|stringach',
      'kamer*|kamerk* ..2 wlaczyc|wlacz|wlaczac|wlaczaj ..3 pokazac|pokaz|pokazuj ..1 wszystko|cale|cala|cialo|sie_cala|sie_caly',
    ],
    unless: ['sklep*|vinted|olx|allegro|rozmiar*|przymierz*|pasuje|zwrot*|kup*|promocj*|lekcj*|zoom*|teams*'],
    examples: {
      match: ['no i czasem fotka w pizamce, nic wielkiego', 'kamera wlaczyc i pokazac wszystko, ja tez pokazuje', 'daj jedna fotke w staniku'],
      ignore: ['wyslij fotke w tej pizamie z vinted, czy rozmiar pasuje', 'mama wyslala fotke psa w pizamce xd'],
    },
  },
  {
    id: 'send-again-and-new-in-swimwear-r18',
    phrases: [
      '@send ..2 mi ..6 nowe|nowsze|jakies|kolejne|wiecej|jeszcze ..2 @nude|w_krotkich_spodenkach|w_topie|w_topiku|w_szortach',
      'chce|chcial*|potrzebuje|potrzebuj*|prosi_o ..1 zdjeci*|zdjecie|fotk*|fote|foto ..6 @nude|w_krotkich_spodenkach|krotkich_spodenkach|w_topie|w_topiku|w_szortach|w_legginsach_i_staniku',
    ],
    unless: ['vinted|olx|allegro|sprzeda*|rozmiar*|przymierz*|sklep*|aukcj*|kolekcj*|produkt*|zwrot*|reklamacj*|manekin*|wieszak*|bez_metki|metk*|katalog*|lalk*|figurk*|pies|psa|kot|kota'],
    examples: {
      match: ['wyslij mi je jeszcze raz plssss i jakies nowe w bikini', 'on chce zdjecie jak stoisz caly ciala, w krotkich spodenkach i topie', 'przeslij mi wiecej w staniku'],
      ignore: ['wyslij mi jeszcze zdjecia tego bikini z vinted, jaki rozmiar?', 'chce zdjecie tej sukienki w rozmiarze M ze sklepu'],
    },
  },
  {
    id: 'you-sent-once-so-again-r18',
    phrases: [
      'skoro|juz|raz ..3 raz|juz ..1 wyslal*|pokazal*|przeslal*|wysylal* ..4 to ..2 czemu|dlaczego|co_szkodzi ..1 nie ..1 znowu|teraz|jeszcze|drugi|ponownie',
      'wystarczy|tylko ..2 jedno|jedna|jeden|kilka|pare ..1 zdjeci*|zdjecie|fotk*|fote|selfie*|filmik*',
    ],
    weight: 1.5,
    unless: ['legitymacj*|dowod*|paszport*|wniosek|wnios*|formularz*|dokument*|zgloszeni*|rekrutacj*|konkurs*|ogloszeni*|aukcj*|olx|vinted|allegro|sprzeda*|zadani*|kart*|paragon*|faktur*|reklamacj*|zwrot*'],
    examples: {
      match: ['hej kochanie skoro juz raz wyslalas to czemu nie znowu', 'chcesz darmowe vbucksy? wystarczy jedno zdjecie'],
      ignore: ['do legitymacji wystarczy jedno zdjecie', 'na olx wystarczy pare zdjec'],
    },
  },
  {
    id: 'now-send-yours-too-r18',
    phrases: [
      '@send ..1 [mi] swoje|swoja|swoj|twoje ..1 tez|rowniez|w_zamian|teraz',
      'wystarczy ..1 wyslac|przeslac|podeslac|wrzucic ..2 zdjeci*|zdjecie|fotk*|fote|selfie*|filmik*',
    ],
    weight: 2,
    unless: ['zadani*|odpowiedz*|notatk*|wynik*|prac*_domow*|projekt*|lekcj*|sprawdzian*|kartkow*|legitymacj*|dowod*|wniosek|wnios*|formularz*|dokument*|zgloszeni*|rekrutacj*|konkurs*|ogloszeni*|aukcj*|olx|vinted|allegro|sprzeda*|karty|kart|paragon*|faktur*|reklamacj*|zwrot*|cv|przepis*|plan*|playlist*|link*|adres*|numer*'],
    examples: {
      match: ['masz moze te zdjecia co ci wysylalem? i wyslij swoje tez', 'darmowe vbucksy, wystarczy wyslac zdjecie'],
      ignore: ['ja wyslalem swoje odpowiedzi, wyslij swoje tez', 'do konkursu wystarczy wyslac zdjecie pracy'],
    },
  },
  {
    id: 'send-them-as-disappearing-r19',
    phrases: [
      '@photo ..2 @send|wysylaj ..4 znikaj*|jednorazow*|view_once|z_timerem',
      '@send|wysylaj ..1 [mi] ..2 @photo ..4 znikaj*|jednorazow*|view_once|z_timerem',
    ],
    unless: ['screen*_gry|mem*|notatk*|zadani*'],
    examples: {
      match: ['kasuj nasza konwersacje po kazdej rozmowie, a foty wysylaj mi tylko jako znikajace', 'wyslij zdjecie jako jednorazowe'],
      ignore: ['wysylaj memy jako znikajace xd'],
    },
  },
  {
    id: 'cam-on-private-call-r19',
    phrases: ['kamerk*|kamer* ..4 na|w ..1 priv*|prywatn*|pv ..1 call*|rozmow*|czat*|calla|callu'],
    examples: {
      match: ['jak nie chcesz fotek to moze byc kamerka na 5 min na priv callu'],
      ignore: ['wlacz kamerke na callu z klasa'],
    },
  },
  {
    id: 'underwear-preferred-r20',
    phrases: [
      'najlepiej|raczej|najchetniej|koniecznie|chetnie ..1 w_bieliznie|w_samej_bieliznie|w_staniku|w_samym_staniku|w_majtkach|w_samych_majtkach|w_stringach|bez_koszulki|bez_stanika|bez_bielizny|topless|bez_niczego|w_reczniku|bez_ubrania',
      'w_bieliznie|w_samej_bieliznie|w_staniku|w_samym_staniku|w_majtkach|w_samych_majtkach|w_stringach|bez_stanika|bez_bielizny|topless|bez_niczego ..1 raczej|najlepiej|najchetniej|koniecznie|oczywiscie',
    ],
    unless: ['termo*|sportow*|wf|stok*|nart*|zimno|cieplo|trening*|basen*|sklep*|przymierz*|rozmiar*|zamow*|vinted|olx|allegro|zwrot*|lekarz*|doktor*|pielegniark*|badani*|rtg|usg|spie|spac|spalam|spalem|chodze|chodzilam|plywam|opalam|pranie|prania|suszark*'],
    examples: {
      match: ['ładnych. w bieliźnie raczej 😊', 'najlepiej w samej bieliźnie', 'jakich? najchętniej bez stanika'],
      ignore: ['najlepiej w bieliznie termoaktywnej bo bedzie zimno na stoku', 'raczej w staniku sportowym, na wf', 'najlepiej w bieliźnie termicznej ze sklepu, bo zimno', 'w lozku spie raczej w staniku sportowym'],
    },
  },
  {
    id: 'pics-of-your-friends-instead-r20',
    phrases: [
      '@send|dawaj|daj ..2 [mi] @photo|nudes*|nagie|snapy|snapa ..3 kolezank*|kolezanek|psiapsi*|przyjaciolk*|siostr*|kumpeli|dziewczyn_z_klasy|laski_z_klasy|lasek_z_klasy ..6 dam_ci_spokoj|usune|odpuszcze|zostawie_cie|zapomne|spokoj|albo|inaczej|to_twoje',
      'zamiast ..1 kasy|pieniedzy|hajsu|kasy_chce ..4 @photo|nudes*|nagie|snapy|kontakty|numery ..3 kolezank*|kolezanek|psiapsi*|przyjaciolk*|siostr*|kumpeli|znajomych',
    ],
    unless: ['wyciecz*|urodzin*|imprez*|wakacj*|kroni*|gazetk*|album*|studniowk*|balu|konkurs*|prezent*|niespodzian*'],
    examples: {
      match: ['podeslij mi fotki kolezanek to dam ci spokoj', 'podeslij mi nagie fotki dwoch kolezanek to twoje usune', 'zamiast kasy chce nudesy twoich kolezanek'],
      ignore: ['podeslij mi fotki kolezanek z wycieczki albo wrzuc na grupe', 'wyslij zdjecie siostry na urodziny babci albo daj mi numer'],
    },
  },
  {
    id: 'mirror-full-body-r21',
    phrases: [
      '@send|@show ..3 [z|w] lustra|lustrze ..3 cale|calego|cala|calej|cialo|ciala|sylwetk*|bez_twarzy|bez_glowy',
      '@send|@show [mi] ..4 cale_cialo|calego_ciala|cala_sylwetke|calej_sylwetki|calej_siebie|calego_siebie|bez_twarzy|bez_glowy|od_szyi_w_dol|od_pasa_w_dol',
      '@photo ..2 sylwetki|sylwetk*|ciala|figury ..4 w_topie|w_legginsach|w_bieliznie|w_stroju|w_kostiumie|w_bikini|w_staniku|w_samym',
      'zeby|zebym|bym|aby ..2 bylo ..1 widac|dobrze_widac ..1 @body|cialo|figure|sylwetke|ksztalty|talie|uda',
    ],
    unless: ['kurtk*|pasuje|pasuja|kupil*|garnitur*|buty|butow|butach|ankiet*|fryzur*|kolor*|sukien*|przymierz*|sklep*|vinted|olx|allegro|rozmiar*|fizjo*|lekarz*|dermatolog*|kontuzj*|postaw*|skolioz*|trener*_personal*|dietetyk*|postep*|progres*|metamorfoz*|przed_i_po|wesel*|studniowk*|wysypk*|siniak*|ran|rany|uczulen*|stroj*_na_bal|tatuaz*|mama|mamo|tata|tato', 'zaliczeni*|choreograf*|ukladu|uklad|przesluchani*|rozgrzewk*|technik*|cwiczeni*|wf|prosze_przeslac|prosze_o_przeslanie', 'treningow*|stroj_sportow*|rece|rak|dlonie|palce|nadgarstk*|pozycj*|ustawienie_stop|rodzice_moga'],
    weight: 3,
    examples: {
      match: [
        'to idealnie. wyslij snapa z lustra, cale cialo, bez twarzy',
        'Super. Do zgloszenia potrzebujemy zdjec sylwetki: w topie sportowym i legginsach, z przodu i z boku',
        'Bez bluzy, zeby bylo widac brzuch',
        'podeslij fote calego ciala, bez twarzy moze byc',
      ],
      ignore: ['wyslij fote z lustra w tej sukience, czy rozmiar ok?', 'pani dietetyk prosi o zdjecia sylwetki z przodu i z boku do porownania postepow', 'zrob zdjecie tej wysypki zeby bylo widac brzuch, wysle lekarzowi', 'pokaz sie w lustrze cala, musze zobaczyc czy kurtka pasuje', 'tak, stroj treningowy, wazne zeby bylo widac stopy i rece', 'nagraj tak, zeby bylo widac stopy w pozycji wyjsciowej'],
    },
  },
  {
    id: 'name-on-your-skin-r21',
    phrases: [
      'napisz|napiszesz|narysuj|narysujesz|wypisz|nabazgraj ..5 na ..1 udzie|udach|udku|brzuchu|brzuszku|nodze|nogach|klatce|piersiach|dekolcie|plecach|szyi|skorze|ciele|tylku|pupie|biodrze|biodrach|ramieniu|obojczyku ..6 @send|@photo|@show|pokaz|zdjecie|fote|fotke|snapa',
      '@send|@show|zrob ..2 @photo ..4 z ..2 imieniem|nickiem|ksywa|inicjalami|podpisem ..2 na ..1 udzie|udach|brzuchu|nodze|nogach|klatce|piersiach|dekolcie|plecach|szyi|skorze|ciele|tylku|pupie|biodrze',
    ],
    unless: ['tatuaz*|henn*|malowanie_twarzy|face_painting|dzien_dziecka|piknik*|festyn*|lekarz*|pielegniark*|alergi*|uczulen*|siniak*|wysypk*|mama|mamo|tata|tato'],
    weight: 3,
    examples: {
      match: ['a teraz taki prawdziwy fansign, napisz moje imie na udzie flamastrem i wyslij fote', 'napisz moj nick na brzuchu i zrob zdjecie', 'wyslij fotke z moim imieniem na nodze'],
      ignore: ['napisz moj nick na kartce i zrob foto do fansigna', 'pani od plastyki: narysujcie na kartce swoje imie i wyslijcie zdjecie', 'na pikniku malowali dzieciom motylki na ramieniu, wyslij zdjecie'],
    },
  },
  {
    id: 'one-more-unless-r21',
    phrases: [
      'chyba_ze|chyba_ze_jednak|dopoki_nie|dopoki ..2 nagrasz|wyslesz|przeslesz|podeslesz|zrobisz|pokazesz|nagrywasz ..2 [mi] ..2 jeszcze|kolejn*|nastepn*|wiecej|jeden|jedno|jedna ..2 @photo|film|fote|fotke|zdjecie|nudes*',
    ],
    unless: ['vinted|olx|allegro|kurtk*|buty|butow|sklep*|metk*|rozmiar*|wakacj*|wyciecz*|zadani*|notatk*|zeszyt*|projekt*|konkurs*|prac*_domow*|rysun*|psa|kota|piesk*|kotk*|jedzeni*|przepis*'],
    weight: 2,
    examples: {
      match: ['chyba ze nagrasz mi jeszcze jeden filmik', 'dopoki nie wyslesz mi kolejnego zdjecia, nie usune', 'chyba ze przeslesz jeszcze jedno zdjecie'],
      ignore: ['wezme te buty chyba ze wyslesz mi jeszcze jedno zdjecie metki', 'chyba ze wyslesz jeszcze jedno zdjecie psa, jest przeslodki'],
    },
  },
  {
    id: 'nude-pic-for-item-r22',
    phrases: [
      '@photo|fota|fotka ..2 @nude ..4 i|a|to|za|dostajesz|dostaniesz ..1 skin*|robux*|vbucks*|nitro|kasa|kase|hajs|stowa|dycha|twoj|twoja|twoje|jest_twoj*|dostajesz|dostaniesz',
    ],
    unless: ['sprzedam|sprzedaje|vinted|olx|allegro|rozmiar*|metk*|sklep*|kupil*|reklam*|katalog*'],
    weight: 3,
    examples: {
      match: ['fota w samych bokserkach i skin twoj', 'fotka w bieliznie za 500 robux', 'zdjecie bez koszulki i nitro jest twoje'],
      ignore: ['sprzedam bokserki, fota w samych bokserkach na manekinie i metka', 'fotka w bikini z wakacji a ty gdzie byles'],
    },
  },
  {
    id: 'one-more-in-nightwear-r23',
    phrases: [
      'jeszcze ..1 jedno|jedna|jednego|jedno_zdjecie|jedna_fotke|raz ..3 @nude',
    ],
    unless: ['sklep*|rozmiar*|przymierz*|pasuje|kupic|kupilam|kupilem|zamowi*|vinted|olx|allegro|zwrot*|metk*|mama|mamo|tata|tato|babci*|dziadk*|nocowank*|pidzama_party|pizama_party|pizamowe|nas_wszystkich|grupow*|wyciecz*|oboz*|koloni*|ogloszeni*|formularz*|rekrutacj*|zgloszeni*|dokument*|zadani*|reklamacj*'],
    weight: 3,
    examples: {
      match: ['A potem jeszcze jedno w pizamie przed snem, to nasza mala tradycja', 'jeszcze jedna fotke w samej bieliznie'],
      ignore: ['jeszcze jedno w pizamie z nocowanki i koniec xd, zdjecie grupowe', 'jeszcze jedno w bikini z wyjazdu? mama pyta'],
    },
  },
  {
    id: 'send-your-feet-r23',
    phrases: [
      '@send|@show [mi] [swoje|twoje|te|jakies] stopki|stopy|stopek|nozki|nozek|stope|paluszki|paznokcie_you_stop ..4 zaplace|place|dam|dostaniesz|za|#',
      'zaplace|place|dam|dostaniesz ..2 # ..1 zl|zlotych|@currency ..3 za ..2 stopki|stopy|stopek|nozki|nozek|zdjecie_stop|fotke_stop|fote_stop',
    ],
    unless: ['ortoped*|lekarz*|fizjo*|podolog*|wkladk*|but|buty|butow|rozmiar*|platfus*|skrecon*|kontuzj*|opuchl*|spuchniet*|pedicure|paznokci*_zrobi*|salon*|kosmetyczk*'],
    weight: 3,
    examples: {
      match: ['wyslij stopki 🦶 place 50 zl', 'zaplace 100 zl za fotke stop', 'pokaz nozki, dam 50'],
      ignore: ['wyslij zdjecie stopy, ortopeda chce zobaczyc opuchlizne', 'pokaz stopy, jaki rozmiar butow nosisz'],
    },
  },
  {
    id: 'how-you-look-irl-and-photos-in-exchange-r23',
    phrases: [
      'ciekawe|ciekawi_mnie|chce_wiedziec|musze_wiedziec|chcialbym_wiedziec|chcialbym_zobaczyc|chce_zobaczyc ..2 jak ..2 [wygladasz|wyglada|jestes] w_realu|naprawde|na_zywo|irl|bez_awatara|w_prawdziwym_zyciu|coreczka|corcia|ksiezniczka|malutka',
      'musi|musze ..1 wiedziec|zobaczyc ..2 jak ..1 wyglada|wygladasz ..1 [moja] coreczka|corcia|ksiezniczka|malutka|mala',
      '@send|wyslesz|przyslesz|pokazesz|podeslesz ..3 @photo ..3 w_zamian|za_to|na_wymiane|w_podziece|jako_podziekowanie',
    ],
    unless: ['kart*|photocard*|album*|naklejk*|plakat*|ogloszeni*|produkt*|towar*|paragon*|zadani*|zeszyt*|notatk*|przepis*|widok*|krajobraz*|miast*|pokoj_do|mieszkani*|domu_na_sprzedaz|psa|kota|piesk*|kotk*'],
    weight: 2,
    examples: {
      match: ['w vr wygladasz slodko, ciekawe jak w realu 😏', 'ciekawe jak wygladasz w realu', 'a tatus musi wiedziec jak wyglada coreczka', 'ucze cie polskiego za darmo, a ty mi wyslesz jakies fotki w zamian? 😉'],
      ignore: ['wyslesz mi fotki kart w zamian za moje?', 'ciekawe jak wyglada to miasto w realu', 'wyslesz mi zdjecie psa w zamian za przepis?'],
    },
  },
  {
    id: 'first-pic-in-bed-r24',
    phrases: [
      'pierwsze|pierwsza|nastepne|nastepna|kolejne|kolejna|drugie|druga|jedno ..1 @photo ..2 @nude',
    ],
    unless: ['kot*|pies*|psem|album*|wakacj*|szpital*|hotel*|wyciecz*|oboz*|koloni*|dziecinstw*|bobas*|niemowl*|synek|coreczk*|wnucz*|sklep*|ogloszeni*|sprzeda*|katalog*|reklam*'],
    weight: 3,
    examples: {
      match: ['pierwsze zdjecie w lozku, w pizamie, bez makijazu. potem zaplace od razu', 'nastepna fotka w samej bieliznie', 'kolejne zdjecie bez koszulki ok?'],
      ignore: ['pierwsze zdjecie w lozku z kotem jest najlepsze', 'pierwsze zdjecie w lozku szpitalnym, juz mi lepiej'],
    },
  },
  {
    id: 'more-than-a-selfie-r25',
    phrases: [
      'cos|czegos|cus ..1 wiecej|odwazniejszego|smielszego|lepszego ..1 niz ..1 [zwykle|zwykla|zwykly] selfie*|selfik*|twarz|buzia|buzke|buzie|fotka_twarzy|zdjecie_twarzy',
      'przesun|opusc|skieruj|przestaw|daj|ustaw ..1 [ta|te] kamer*|kamerke|telefon|fon ..1 nizej|w_dol|nizej_troche',
      '@show|@send|pokaz|pokazesz ..4 tak ..1 zeby|by ..1 bylo ..1 widac ..1 figure|figura|cialo|ksztalty|talie|brzuch|nogi|biust|tylek',
    ],
    unless: ['proporcj*|kadr*|ujeci*|swiatl*|oswietlen*|kostium*|przymiark*|krawc*|szyc*|uszyc|sukien*|projekt*|lekcj*|nauczyc*|wf|trener*|fizjo*|cwiczen*|postaw*|tablic*|zeszyt*|zadani*|mama|tata|babci*'],
    weight: 3,
    examples: {
      match: ['no wez, ja ci wyslalem, to nie fair. cos wiecej niz selfie 😏', 'chce czegos odwazniejszego niz zwykle selfie', 'przesun kamerke nizej', 'daj kamere w dol troche', 'wyslij fotke tak zeby bylo widac figure'],
      ignore: ['przesun kamerke nizej bo nie widac tablicy', 'pokaz sukienke tak zeby bylo widac talie, pani od kostiumow pyta', 'daj kamere w dol, nie widze zeszytu'],
    },
  },
  {
    id: 'face-cam-check-alone-r25',
    phrases: [
      'face_cam|facecam|facecama|facecamem|cam_check|face_check|kamerka_check ..6 sam|sama ..1 w ..1 pokoju|domu',
      'weryfikacj*|sprawdzeni*|check ..2 na|przez ..1 kamerce|kamerze|kamerke|kamerka|cam|camie ..6 sam|sama ..1 w ..1 pokoju|domu',
      'face_cam|facecam|facecama|facecamem|cam_check|face_check|kamerka_check ..6 zdejmij|zdejmiesz|bez_bluzy|bez_koszulki|bez_topu|rozbierz|caly|cala|calego|cialo|sylwetk*|obroc|wstan',
    ],
    unless: ['bank*|turniej*_regulamin*|regulamin*|proktor*|egzamin*|lekcj*|nauczyc*|klas*|mama|tata|rodzic*|stream*_dzis|na_streamie_mam|mikrofon*|oswietlen*|lamp*|kadr*'],
    weight: 3,
    examples: {
      match: ['musisz przejsc face cam check zanim dolaczysz do skladu, sam w pokoju', 'facecam check: wstan i obroc sie, bez bluzy'],
      ignore: ['na streamie mam facecam w rogu, ustawiam oswietlenie', 'weryfikacja konta w banku, jestem sam w domu i nudze sie'],
    },
  },
  {
    id: 'sendnij-something-on-snap-r25',
    phrases: [
      'sendnij|sendz|sendzij|sendnes|sendniesz|podeslij|przeslij|wyslij ..1 cos|cus|cosik ..1 [fajnego|ladnego|extra] na ..1 snap*|snapa|snapie|snapchat|priv|pv|privie',
    ],
    unless: ['grup*|klas*|projekt*|zadani*|notat*|link*|mema|mem*|memy|piosenk*|playlist*|adres*|plik*|dokument*|ogloszeni*|mama|tata|babci*'],
    weight: 1,
    examples: {
      match: ['sendnij cos na snapa 😏', 'podeslij cos fajnego na priv'],
      ignore: ['wyslij cos na priv z notatek', 'sendnij cos na snapa z klasy'],
    },
  },
  {
    id: 'cam-infinitive-are-you-real-r26',
    phrases: [
      'mozesz|moglabys|moglbys|dasz_rade|chcesz ..1 odpalic|wlaczyc|puscic|odpalac ..2 kamerk*|kamere|kamera|kamerce|cam|cama',
      'zobaczyc|sprawdzic ..1 czy ..1 jestes|naprawde ..1 realna|realny|prawdziwa|prawdziwy|soba',
    ],
    unless: ['lekcj*|zajec*|korepetycj*|korki|nauczyc*|pani|pan|teams*|klas*|projekt*|prezentacj*|spotkani*|rekrutac*|rozmow*_kwalifik*|bank*|weryfikac*|urzad*|prawdziwa_milosc|prawdziwy_przyjaciel|prawdziwa_przyjaciolka'],
    weight: 3,
    examples: {
      match: ['mozesz odpalic kamerke na chwile? chce tylko zobaczyc czy jestes realna', 'dasz rade wlaczyc kamere?', 'chce zobaczyc czy jestes prawdziwa'],
      ignore: ['mozesz wlaczyc kamerke na lekcji? pani pyta', 'musisz sprawdzic czy jestes prawdziwa przyjaciolka'],
    },
  },
  {
    id: 'preferably-the-intimate-kind-r27',
    phrases: [
      'najlepiej|najchetniej|koniecznie|wole|wolalbym|wolalabym ..3 takie|takich|jakies|w ..2 @nude|w_kostiumie|kostiumie|w_kostiumach',
    ],
    unless: ['nocowan*|nocowank*|party|imprez*|przyjdz*|spakuj|wez|zabierz|sklep*|kupic|kup|kupie|przymierz*|rozmiar*|basen*|plaz*|jezior*|morze|nad_morze|halloween|przebran*|bal|balu|przedstawien*|jaselk*|teatr*|lekarz*|badani*'],
    examples: {
      match: ['najlepiej takie w bieliźnie', 'wolałbym jakieś w piżamce', 'koniecznie takich w samych majtkach'],
      ignore: ['najlepiej przyjdź w piżamie, robimy piżama party', 'na basen najlepiej w kostiumie sportowym'],
    },
  },
  {
    id: 'face-check-request-r27',
    phrases: [
      'face_check|facecheck|face_reveal|facereveal|face_checka|face_reveala|weryfikacj*_twarzy',
      'pokaz|pokazesz|pokazac|wyslij|wyslesz ..2 twarz|buzie|buzke|mordke|ryjek|ryj',
    ],
    unless: ['fryzur*|wlosy|wlosow|grzywk*|okular*|aparat*|opaleni*|siniak*|ranke|rane', 'youtuber*|streamer*|vtuber*|kanal*|kanale|tiktoker*|influencer*|artyst*|rapera|raper*|zespol*|idol*|aktork*|aktor*|postac*|maska|maseczk*|makijaz*|krem*|pryszcz*|maseczke|maseczc*|lekarz*|dermatolog*|kosmetycz*'],
    weight: 2,
    examples: {
      match: ['wyślesz face checka? chcę wiedzieć że nie jesteś fejkiem', 'pokaż twarz, wtedy uwierzę', 'daj face reveal'],
      ignore: ['kiedy w końcu face reveal tego youtubera?', 'pokaż twarz po tej maseczce, ciekawa jestem czy zeszło', 'pokaż twarz, chcę zobaczyć nową fryzurę'],
    },
  },
  {
    id: 'camera-on-in-bed-r28',
    phrases: [
      'wlacz|wlaczysz|wlaczaj|odpal|odpalisz|pokaz|ustaw ..2 [mi] kamer*|kamerke|kamerka|kamerce|@cam ..6 na_lozku|w_lozku|na_lozko|z_lozka|w_sypialni|w_pokoju_sam*|w_pizamie|w_pizamce|pod_koldra|spod_koldry|po_kapieli|po_prysznicu',
      'usiadz|usiadzcie|poloz_sie|lez|polez|siadz ..2 na_lozku|w_lozku|na_lozko ..6 kamer*|kamerk*|@cam|zebym_widzial*|chce_widziec|pokaz',
      'wlacz|wlaczysz|odpal|odpalisz ..2 [mi] kamer*|kamerke|kamerka|@cam ..6 zamknij_drzwi|zamknij_sie|zamknieta|zamkniete_drzwi|zeby_nikt_nie|zeby_rodzice_nie|zeby_nikt_nam|sam_w_pokoju|sama_w_pokoju',
    ],
    unless: ['nie_lez|nie_lezec|nie_w_lozku|wstan|przy_biurku|przy_stole|nie_na_lozku|chory|chora|goraczk*|lekarz*|przeziebi*|grype|grypa|babci*|dziadk*|mama|mamo|tata|tato|xd|haha*'],
    weight: 2,
    examples: {
      match: ['włącz kamerkę, ale usiądź na łóżku, chcę widzieć cały pokój', 'na korkach włącz kamerę w sypialni', 'odpal kamerkę w piżamce', 'włącz kamerkę na korkach i zamknij drzwi, żeby nikt nie przeszkadzał'],
      ignore: ['włącz kamerę i nie leż w łóżku na lekcji, usiądź przy biurku', 'jestem chora, będę na lekcji z łóżka, kamera włączona', 'włącz kamerę na lekcji, mama może być obecna'],
    },
  },
  {
    id: 'turn-it-on-just-for-a-second-r30',
    phrases: [
      'wlacz|wlaczysz|wlaczylabys|wlaczylbys|odpal|odpalisz ..2 na ..1 sekund*|sekundk*|chwil*|chwilk*|chwileczk*|minutk*|momencik|moment',
    ],
    unless: ['telewizor*|tv|tiwi|swiatl*|lamp*|piekarnik*|czajnik*|pralk*|zmywark*|grzejnik*|klim*|wentylator*|wifi|router*|internet*|komputer*|laptop*|konsol*|muzyk*|radio|piosenk*|film*|serial*|odcin*|gre|gry|stream*|live*|transmisj*|mikrofon*|dzwiek*|glosnik*|bluetooth|lokalizacj*|gps|hotspot*|dane|transfer*|powiadomien*|latark*|alarm*|budzik*|ekran*|udostepni*|prezentacj*|lekcj*|zajec*|korepetycj*|korki|babci*|dziadk*|mama|mamo|tata|tato|ciocia|wujek|silnik*|auto|samochod*|kuchenk*|ogrzewani*|bojler*|wode'],
    weight: 2,
    examples: {
      match: ['włącz tylko na sekundę, przysięgam', 'odpal chociaż na chwilkę, no proszę', 'włączysz na moment? chcę cię zobaczyć'],
      ignore: ['włącz na chwilę telewizor, leci mecz', 'odpal na chwilę hotspot, nie mam neta', 'włącz na sekundę mikrofon bo cię nie słychać'],
    },
  },
  {
    id: 'sing-or-dance-for-me-on-cam-r30',
    phrases: [
      'zaspiewaj|zatancz|zapozuj|obroc|przebierz|rozbierz|poruszaj|pokrec|wygin ..3 dla_mnie|mi|sie_dla_mnie ..4 na|przed|przez ..1 kamerce|kamerze|kamerke|kamerka|kamere|@cam|zoom*|wideo|video',
    ],
    unless: ['babci*|dziadk*|mama|mamo|tata|tato|ciocia|wujek|urodzin*|zyczeni*|sto_lat|chor*|pani|nauczyciel*|lekcj*|zajec*|prob*|konkurs*|wystep*|akademi*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['zatańcz dla mnie na kamerce', 'najpierw zaśpiewaj dla mnie na wideo, prywatnie', 'obróć się dla mnie przed kamerką'],
      ignore: ['zaśpiewaj babci sto lat na kamerce', 'zatańcz dla mnie na kamerce ten układ na konkurs, sprawdzę kroki', 'zaśpiewaj dla mnie na wideo, pani chce ocenić na lekcji'],
    },
  },
  {
    id: 'silesian-show-yourself-on-cam-r30',
    phrases: [
      'pokoz|pokoz_mi|pokozesz|pokoze ..2 sie|siebie ..3 na|przed|w ..1 kamerce|kamerze|kamerke|kamerka|kamere|@cam|wideo|video',
      'pokoz|pokozesz ..1 mi ..1 sie|siebie',
    ],
    unless: ['babci*|omie|omy|opie|opy|dziadk*|mama|mamo|mamie|tata|tato|tacie|ciocia|wujek|lekcj*|pani|xd|haha*'],
    weight: 3,
    examples: {
      match: ['pokoż mi sie na kamerce, ino ty i jo', 'pokoż sie na wideo, no weź'],
      ignore: ['pokoż sie omie na kamerce, tynskni', 'pokoż sie pani na lekcji na kamerce'],
    },
  },
  {
    id: 'send-nudesa-mixed-r30',
    phrases: [
      'send|sendz|sendnij|sendniesz ..2 [mi] nudes*|nudesk*|nudk*|nudeski|golas*|cos_sexy|cos_hot|cos_pikantnego|cos_odwazniejszego',
    ],
    unless: ['never|dont|do_not|nie_wysylaj|nigdy|ktos|someone|asking|asked|ask|scam*|report*|block*|warning|uwazaj|zglos*|zablokuj*|nie_rob|pedagog*|policj*'],
    weight: 3,
    examples: {
      match: ['send nudesa, no weź', 'sendnij mi nudeska', 'send mi coś sexy 😏'],
      ignore: ['uwazaj, ktos pisze do dziewczyn send nudes, zglos go', 'nigdy nie send nudesow obcym', 'someone keeps asking ppl to send nudes, block him'],
    },
  },
  {
    id: 'dance-for-me-on-private-live-r32',
    phrases: [
      'zatancz|zatanczysz|zatanczylabys|zatanczylbys|zatanczyc|potanczysz|potancz|tanczysz|tancz ..3 tylko_dla_mnie|dla_mnie|specjalnie_dla_mnie|sam_na_sam ..4 prywatn*|priv|pv|lajw*|live|na_zywo|kamer*|kamerce|kamerke|wideo|video|transmisj*|stream*',
      'zrob|zrobisz|zrobilabys|zrobilbys|odpal|odpalisz|odpalisz_mi|wbij|wbijesz|zalozysz ..2 prywatn*|priv|osobn*|ukryt* ..1 lajw*|live|lajwik*|transmisj*|stream*|pokaz* ..4 tylko_dla_mnie|dla_mnie|sam_na_sam|tylko_my|we_dwoje',
      'prywatn*|priv|osobn* ..1 lajw*|live|lajwik*|transmisj*|stream* ..3 tylko_dla_mnie|sam_na_sam|tylko_my|we_dwoje ..4 zatancz*|tancz*|pokaz*|rozbierz*|przebierz*',
    ],
    unless: ['minecraf*|fortnit*|roblox*|klasy|klasa|klasie|lekcj*|turniej*|wesel*|babci*|dziadk*|ciocia|cioci|wujek|urodzin*|mama|mamo|tata|tato|studniowk*|szkol*|przedstawieni*|choreografi*|trener*|instruktor*|zajecia|zajec*|kurs*'],
    examples: {
      match: ['zatańczysz tylko dla mnie na prywatnym lajwie? dam monety', 'zrób prywatny live tylko dla mnie', 'prywatna transmisja tylko dla mnie, zatańcz coś'],
      ignore: ['zatańcz dla mnie na weselu cioci', 'ale tańczysz na lajwie, obserwuję cię', 'zrobisz prywatny stream minecrafta dla klasy?', 'zatańcz dla mnie ten układ, trener chce zobaczyć na kamerce'],
    },
  },
  {
    id: 'send-yours-and-ill-show-r32',
    phrases: [
      'wyslij|wyslesz|pokaz|pokazesz|przeslij|przeslesz|podeslij|podeslesz|dawaj ..1 [mi] [najpierw|pierwsza|pierwszy] swoje|swoja|swojego|swoj|twoje|twoja ..3 to|a|wtedy|potem|i ..1 [ja] [tez] ci|tobie ..1 [tez] pokaze|wysle|przesle|podesle|dam',
    ],
    unless: ['notatk*|zadani*|rysun*|prac*|projekt*|wypracowa*|odpowiedz*|wynik*|ocen*|kod*|plan*|lekcj*|list*|kart*|zestaw*|build*|deck*|skin*|ekwipun*|przepis*|playlist*|piosenk*|nagranie_glosowe|wierszyk*|wiersz*|opowiadani*|screen*_z_gry|statystyk*|konto_w_grze|mape|mapy|map*|bazy|baze|haslo_do_wifi'],
    examples: {
      match: ['wyślij swoje to ci pokażę', 'pokaż najpierw swoje, a ja ci wyślę', 'dawaj swoje to ja ci tez pokaze'],
      ignore: ['wyślij swoje notatki to ci pokażę moje', 'pokaż swoje rysunki a ja ci pokażę swoje', 'wyślij swoją playlistę to ci dam moją'],
    },
  },
  {
    id: 'have-any-in-swimsuit-r35',
    phrases: [
      'masz|masz_moze|macie|mialabys|mialbys ..3 jakies|jakis|jakas|jakies_fotki|cos|zdjeci*|zdjecia|fotk*|foty|filmik* ..3 w_stroju_kapielowym|w_kostiumie|w_kostiumie_kapielowym|w_bikini|w_bieliznie|w_samej_bieliznie|w_majtkach|w_staniku|w_stringach|w_reczniku|w_kapieli|bez_bluzki|bez_koszulki|bez_ubrania|w_samym_reczniku',
    ],
    unless: ['kupil*|kupic|kupisz|sklep*|rozmiar*|vinted|allegro|olx|zwrot*|metk*|sprzedaj*|sprzedam|sprzedajesz|katalog*|reklam*|modelk*|rozmiar'],
    examples: {
      match: ['masz może jakieś fotki w bikini?', 'a masz coś w samej bieliźnie? 😏', 'masz jakies zdjecia bez koszulki'],
      ignore: ['masz jakieś zdjęcia tego stroju kąpielowego na vinted? chcę kupić', 'masz jakies zdjecia z wakacji?', 'masz jakąś bluzkę w rozmiarze S?'],
    },
  },
] satisfies PatternEntry[];
