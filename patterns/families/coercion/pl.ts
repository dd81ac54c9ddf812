import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'masz ..2 # ..1 min|minut*|minuty|godz*|godzin*|h|sek*|sekund*|dni|dzien|doby|dob',
      'masz ..1 [tylko|jeszcze|czas_do] godzine|godzinke|pol_godziny|dobe|jeden_dzien|dzien|chwile|czas_do|czas_tylko|czas_jeszcze ..2 na|zeby|inaczej|albo|bo|potem|i_potem|do',
      'masz ..1 czas ..1 do|tylko|jeszcze ..3 #|jutra|wieczora|polnocy|rana|konca_dnia|dzis|dzisiaj|potem|albo',
      'masz|czas|w_ciagu ..1 24_h|48_h|72_h|12_h|1_h|2_h|3_h|6_h|5_min|10_min|15_min|20_min|30_min|60_min|24_godz|48_godz|dobe',
      'w ..1 ciagu ..1 # ..1 min|minut*|godz*|godzin*|h|dni|doby',
      'w ..1 ciagu ..1 godziny|doby|dnia|pol_godziny',
      'jak|jesli|jezeli [mi] nie odpiszesz|odpowiesz|odezwiesz|zrobisz|wyslesz|przyslesz|zaplacisz|przelejesz|pokazesz|wlaczysz ..3 to',
      'masz ..1 [tylko|jeszcze] godzine|dobe|pol_godziny|godzinke',
      'zrob ..1 to ..1 teraz|natychmiast|juz|w_tej_chwili',
      'nie ..1 kaz ..1 mi ..1 czekac',
      'nie ..1 masz ..1 wyboru|innego_wyjscia|innej_opcji',
      'ostatni*|ostatnia|ostatnie ..1 szans*|ostrzezen*|raz_prosze|raz_mowie|raz_pytam',
      'czas ..1 ci ..1 ucieka|sie_konczy|mija',
      'tik_tak|tik_tok_tik|zegar ..1 tyka',
    ],
    unless: ['prezentacj*|referat*|czesc_projektu|swoja_czesc|zamykaj*|zamkna|zamykamy|sklep*|spakow*|zapis*|zglos*|wyciecz*|autobus*|pociag*|film|filmu|seans*|kino|lekcj*|sprawdzian*|kartkow*|test*|egzamin*|przerw*|trening*|mecz*|zbiorka|pakowani*|wyjazd*|jedziemy|wychodzimy|idziemy|spoznisz|spoznimy|obiad*|kolacj*|sniadani*|lekarz*|dentyst*|zadani*|projekt*|oddanie|oddac_prace|wypracowani*|rezerwac*|sklep*|promocj*|gra|grze|rundy|rundzie|minecraf*|fortnite|spac|do_lozka|mandat*|parking*|urzad|urzedu|urzedzie|urzedem|urzedy|urzedow|urzedni*|odbior*|paczk*|paczkomat*|przesylk*|kurier*|zwrot*|reklamacj*|platnosc_za_zamowienie|zamowieni*', 'na_telefon|na_granie|na_gre|na_komputer|na_konsole|na_tablet|na_bajk*|telefon_na_noc|oddajesz_mi_telefon|oddasz_mi_telefon|odlozysz_telefon|odloz_telefon|odkladasz_telefon'],
    examples: {
      match: ['masz 30 minut', 'chyba że zapłacisz 1000 zł. masz godzinę albo', 'masz czas do 20:00, potem wrzucam wszystko', 'w ciągu 48 godzin', 'ostatnia szansa', 'czas ci ucieka'],
      ignore: ['gdzie jesteś?? masz 5 minut albo jedziemy bez ciebie', 'masz czas jutro po lekcjach?', 'sprawdzian trwa 45 minut, masz 45 minut', 'masz czas do 22 żeby wysłać swoją część prezentacji', 'masz jeszcze pol godziny na telefon, potem oddajesz mi go na noc'],
    },
  },
  {
    id: 'do-as-i-say',
    phrases: [
      'zrob|zrobisz|robisz|rob ..2 co|to_co|wszystko_co ..2 mowie|kaze|ci_kaze|ci_mowie|powiem|chce',
      'masz ..1 mnie ..1 sluchac|posluchac',
      'pozalujesz|pozalujesz_tego|pozalujesz_jak|bo_pozalujesz|gorzko_pozalujesz',
      'nie ..3 ignoruj|ignorowac|blokuj|blokowac|zablokuj|olewaj|olewac|uciekaj|usuwaj_mnie|probuj_mnie_blokowac|waz_sie|wazysz_sie',
      'nawet ..1 nie ..1 mysl|probuj|waz_sie',
      'odpisz|odpowiedz|odpisuj|odezwij ..2 natychmiast|teraz|juz|szybko|w_tej_chwili|bo',
      'natychmiast|teraz ..1 albo|inaczej ..2 pozalujesz|wysle|wrzuce|koniec|bedzie_zle|zobaczysz|wszyscy',
      'nie ..1 badz ..1 taka|taki|sztywna|sztywny|nudna|nudny|dzieckiem|dzieciakiem|glupia|glupi|niemila|niemily|zimna|zimny',
      'no ..1 wez|weeez|dawaj|prosze|please ..3 tylko|jedno|jedna|jeden|raz|troche|chwile|chociaz',
      'tylko ..1 jedno|jedna|jeden|raz ..3 nikt|i_koniec|obiecuje|i_dam',
      'przeciez ..1 obiecalas|obiecales|mowilas|mowiles|chcialas|chciales',
      'ja ..1 ci ..1 zaufalem|zaufalam|pomoglem|pomoglam|dalem|dalam|kupilem|kupilam',
      'jestes ..1 mi ..1 to ..1 winna|winien|dluzna|dluzny',
      'jesli|jezeli|jak ..1 mnie ..1 zablokujesz|zignorujesz|usuniesz|zglosisz',
      'i|to|wtedy ..1 dam ..1 ci|tobie ..1 spokoj',
      'nie ..1 moj ..1 problem|sprawa',
      'to|wiec|no|chyba ..1 wiesz ..1 co ..1 robic|masz_robic|masz_zrobic|trzeba_zrobic|musisz_zrobic',
      'udowodnisz|udowodnij|pokaz|pokazesz ..2 ze ..1 ci ..1 zalezy|naprawde_zalezy',
    ],
    unless: ['sprawdzian*|matm*|ucz_sie|egzamin*|kartkow*|trening*|idziesz|idziemy|wychodzisz|dentyst*|lekarz*|gra|grze|rund*|mecz*|lekcj*|zadani*|pokoj*|sprzatn*|smieci|naczyni*|obiad*|kolacj*|ladowark*|spac|do_lozka|mamo|mama|tata|tato|siostr*|brat*'],
    examples: {
      match: ['jak nie chcesz żeby poszły dalej to wiesz co robić', 'wyślij, to udowodnisz że ci zależy', 'jeszcze jeden i dam ci spokoj', 'pozycz od rodzicow, nie moj problem', 'jak nie zrobisz co mówię', 'nie bądź taka, ja ci zaufałem', 'no weź, tylko jedno, nikt nie zobaczy', 'odpisz natychmiast', 'nie ignoruj mnie', 'pożałujesz tego', 'przecież obiecałaś'],
      ignore: ['jak chcesz zdać sprawdzian z matmy to wiesz co robić, ucz się', 'pokaż że ci zależy na treningu', 'posprzątaj pokój natychmiast albo szlaban', 'zrób co mówię i wyrzuć śmieci', 'nie bądź taka ostra dla siebie w tej grze'],
    },
  },
  {
    id: 'pressure-r6',
    phrases: [
      'wiesz ..1 co ..1 teraz|dalej|zaraz ..1 bedzie|sie_stanie|nastapi',
      'nie ..1 zartuje|zartowalem|zartowalam|blefuje|sciemniam',
      'myslisz|myslalas|myslales ..1 ze ..1 zartuje|blefuje|sciemniam|zartowalem|zartowalam',
      'to ..1 nie ..1 jest ..1 zart|zarty',
      'to_nie_zart|to_nie_zarty|nie_ma_zartow|koniec_zartow|koniec_zabawy',
      'albo|bo|inaczej ..1 zobaczysz|pozalujesz',
      'albo|bo|inaczej ..1 wiesz ..1 co|jak',
      'zablokuj|zablokujesz|usun|usuniesz|olej|olejesz|zignoruj|zignorujesz ..2 mnie ..2 a|i|to ..1 zobaczysz|pozalujesz|wiesz',
      'zobaczysz ..1 co ..1 sie ..1 stanie|bedzie',
      'chcesz ..1 sprawdzic|przekonac_sie|zobaczyc ..1 czy ..1 blefuje|zartuje|mowie_serio|to_zrobie',
      'policja ..2 ci|tobie|nic ..1 nie ..1 pomoze|zrobi|pomoga',
      'nie ..1 udawaj ..2 ze ..2 nie ..1 wiesz|rozumiesz',
      'spelnisz|spelnij|spelnic|wykonasz|wykonaj|wykonac ..2 moich|moje|moj ..1 zadan*|polecen*|warunk*|prosb*|rozkaz*|wymagan*',
      'nie ..1 bede|zamierzam ..1 czekal|czekala|czekac ..1 wiecznie|w_nieskonczonosc|dlugo|dluzej',
      'nikt ..1 ci|tobie ..1 nie ..1 uwierzy|uwierza|pomoze|pomoga',
      'sprobuj ..2 mnie ..1 zablokowac|zignorowac|olac|usunac|zglosic',
      'lepiej ..1 odpisz|odpowiedz|zaplac|przelej|posluchaj|zrob|wyslij|nie_ignoruj|nie_blokuj',
      'czekam ..1 [tylko|jeszcze] # ..1 min|minut*|minuty|godz*|godzin*|h|sek*|sekund*',
      'wiesz ..1 co ..1 teraz',
      'wiesz ..1 co ..1 to ..1 znaczy|oznacza',
      'zapomnij ..2 o ..1 policji|zglaszaniu|zgloszeniu|blokowaniu',
      'przestan ..1 plakac|marudzic|jeczec|kombinowac|sciemniac|sie_wykrecac ..2 i ..1 plac|zaplac|przelej|wysylaj|dawaj|wyslij|rob',
      'myslisz ..1 ze ..2 to ..1 cos ..1 da|pomoze|zmieni',
      'nie ..1 bedzie ..1 odwrotu|odwolania|powrotu|litosci',
      'zobaczysz ..1 jak ..2 sie ..2 beda|bedziesz ..1 smiac|smiali|wstydzic',
      'nie ..1 kombinuj|cwaniakuj|kombinowac|kombinuj_ze_mna',
      'termin ..1 mija|uplywa|sie_konczy ..3 potem|wtedy|a_potem|jutro|dzis',
      'nie ..1 graj|igraj|pogrywaj|zadzieraj ..2 ze ..1 mna',
      'to ..1 tylko ..1 zdjecie|fotka|filmik|jedno_zdjecie|jedna_fotka|chwila ..3 nic ..2 sie ..1 nie ..1 stanie',
      'zrob ..1 to ..1 dla ..1 mnie',
      'jak|jesli|jezeli ..1 mnie ..1 kochasz|lubisz|szanujesz ..2 to ..1 wyslesz|pokazesz|zrobisz|przyjdziesz|nagrasz|wlaczysz',
      'udowodnij|udowodnisz ..3 i|wysylajac|pokazujac ..1 wyslij|pokaz|wlacz|przyslij|przyjdz|wysylajac|pokazujac',
      'zablokowalas|zablokowales|usunelas|usunales ..6 ale|i_tak ..1 mam ..1 cie|ciebie ..2 na|w',
      'lepiej ..1 zebys|zeby ..2 byla|byl ..2 mila|mily|grzeczna|grzeczny|posluszna|posluszny',
      'nie ..1 wstydz ..1 sie',
      'nie ..1 badz ..1 dzieckiem|dzieciakiem|smieszna|smieszny|sztywniara|cnotka|cnotliwa|swieta',
      'ostatni ..1 raz ..1 pisze|prosze|mowie|pytam|ostrzegam',
      'nie ..1 kaz ..1 mi ..1 sie ..1 powtarzac|prosic',
      'zrujnuje|zniszcze|spieprze|rozwale|zmarnuje|zepsuje ..2 ci|tobie|twoje|cale ..1 zycie|reputacje|opinie|przyszlosc',
      'zrobie ..3 z ..1 twojego ..1 zycia ..1 pieklo|koszmar',
      'no ..1 pokaz|wyslij|wlacz|zrob|dawaj ..2 tylko|jeden_raz|raz|prosze|please|nie_badz|szybko',
    ],
    unless: ['mamie|tacie|rodzicom|spiew*|zaspiew*|zatancz*|taniec|tanczy*|scen*|wystep*|odpowiedz*|pytaj|zapytaj|lekcj*|pani|mama|mamo|tata|tato|babci*|dziadk*|jedz|jedzenie|dokladk*|sprawdzian*|kartkow*|egzamin*|zadani*|olx|vinted|allegro|ogloszeni*|sprzeda*|cena|kupuj*|odbior*|odebrac|osobiscie|pizz*|kino|bilet*|serio_jest|gra|grze|mecz*|rund*|trening*|posprzata*|sprzata*|pokoj*|smieci|wynies*|naczyni*|zmywa*|wolne|fif*|fortnit*|minecraf*|lol|rysun*|haha*|xd|hehe', 'na_telefon|na_komputer|na_konsole|na_granie|na_tablet|telefon_na_noc|oddajesz_mi_go|oddasz_mi_go|oddajesz_mi_telefon|odloz*_telefon|do_szkoly_jutro'],
    examples: {
      match: ['przestań płakać i płać', 'to tylko zdjęcie, nic się nie stanie', 'jak mnie kochasz to wyślesz', 'zrób to dla mnie', 'zrujnuję ci życie', 'wyślij 50 zł, bo zrobię z twojego życia piekło', 'no pokaż, tylko raz', 'wiesz co teraz bedzie. 300 zł na blika i sprawa zamknięta', 'nie żartuję, zrobię to', 'myślisz że żartuję?', 'to nie jest żart', 'płać albo zobaczysz', 'no dawaj, nie wstydź się', 'ostatni raz proszę', 'nie każ mi się powtarzać', 'daj 500 albo wiesz co się stanie', 'czekam 30 minut', 'zablokuj mnie a zobaczysz co się stanie', 'chcesz sprawdzić czy blefuję?', 'policja ci nie pomoże', 'jeżeli nie spełnisz moich żądań', 'nie będę czekał wiecznie', 'spróbuj mnie zablokować', 'lepiej odpisz'],
      ignore: ['nie wstydź się, zaśpiewaj na występie', 'nie żartuję, serio jest sprawdzian jutro', 'nie żartuję, cena ostateczna 300 zł, odbiór osobisty', 'masz jeszcze pol godziny na telefon, potem oddajesz mi go na noc i nie kombinuj'],
    },
  },
  {
    id: 'dont-care-how-r6',
    phrases: [
      'nie ..1 obchodzi ..1 mnie ..2 to|jak|skad|czy|gdzie',
      'ukradnij|zabierz|podbierz|wez ..2 [mamie|tacie|rodzicom|starym] ..1 karte|kase|pieniadze|portfel|kod',
    ],
    unless: ['trening*|pogod*|deszcz*|mecz*|gra|grze|film*|serial*|xd|haha*|hehe|lol|zart*'],
    examples: {
      match: ['to ukradnij mamie kartę, nie obchodzi mnie to', 'nie obchodzi mnie skąd weźmiesz kasę'],
      ignore: ['nie obchodzi mnie ten mecz xd'],
    },
  },
  {
    id: 'you-better-keep-replying-r8',
    phrases: [
      'lepiej ..1 zebys|zeby|abys ..3 odpisywal*|odpisal*|odpowiadal*|odpowiedzial*|sluchal*|posluchal*|zaplacil*|przelal*|wyslal*|nie_ignorowal*|nie_blokowal*|nie_mowil*|nikomu|milczal*|byl_grzeczn*|byla_grzeczn*',
      'radze|radzilbym|radzilabym ..1 ci ..2 odpisac|odpowiedziec|zaplacic|przelac|wyslac|posluchac|nie_ignorowac|nie_blokowac|nikomu_nie_mowic|milczec',
    ],
    unless: ['sprawdzian*|matm*|egzamin*|kartkow*|trening*|dentyst*|lekarz*|gra|grze|rund*|mecz*|lekcj*|zadani*|pokoj*|smieci|naczyni*|obiad*|ladowark*|mamo|mama|mamie|tata|tato|tacie|babci*|dziadk*|wychowaw*|pani|pan|szef*|rekrut*|urzad|urzedu|urzedzie|urzedem|urzedy|urzedow|urzedni*|bank*|oszust*|policj*|rachun*|czynsz*|podat*|mandat*|xd|haha*'],
    examples: {
      match: ['lepiej żebyś dalej odpisywał', 'lepiej żebyś nikomu nie mówiła', 'radzę ci odpisać szybko'],
      ignore: ['lepiej żebyś odpisała pani od matmy', 'radzę ci zapłacić ten mandat', 'lepiej żebyś odpisał mamie bo się martwi'],
    },
  },
  {
    id: 'pressure-more-r8',
    phrases: [
      'szybko|natychmiast|teraz|migiem ..1 odpowiedz|odpisz|plac|zaplac|przelej|wysylaj|wyslij',
      'ma|maja ..1 pan|pani|panstwo ..2 # ..1 godzin*|godz*|h|dni|doby|dob|minut*',
      'nie ..1 chcesz|chcialas|chciales ..1 po ..1 dobroci',
      'po ..1 dobroci ..4 bedzie|zrobimy|zalatwimy ..1 inaczej|po_zlosci|po_mojemu',
      'wyslij|pokaz|nagraj|zrob|przyslij|wlacz|zaplac|przelej ..5 to|a|i|wtedy ..1 zapomne|zapomnimy|odpuszcze|znikne',
      '# ..1 min|minut*|minuty|sek*|sekund* ..2 i|a ..1 czekam',
      'albo|bo|inaczej ..1 koniec ..1 z ..1 toba|nami',
    ],
    unless: ['sprawdzian*|matm*|egzamin*|kartkow*|trening*|dentyst*|lekarz*|gra|grze|rund*|mecz*|lekcj*|zadani*|pokoj*|smieci|naczyni*|obiad*|ladowark*|mamo|mamie|tacie|tato|babci*|dziadk*|wychowaw*|autobus*|pociag*|tramwaj*|kolejk*|sklep*|piekarni*|paczk*|kurier*|pizz*|jedzeni*|herbat*|kaw*|zapomne_o_urodzinach|xd|haha*', 'wypracowan*|esej*|referat*|rozprawk*|streszczen*|sprawozdan*|projekt*|notatk*|prezentacj*|wiersz*'],
    examples: {
      match: ['dawaj blika 300 albo koniec z tobą', 'wysyłaj fotę albo koniec z nami', 'ty placic 300 euro albo ja wysylac do twoja mama. szybko odpowiedz', 'Ma Pan 48 godzin od przeczytania tej wiadomości.', 'nie chcesz po dobroci, to będzie inaczej', 'wyślij jeszcze jedno to zapomnę o sprawie', 'no dawaj, 5 minut i czekam na foto'],
      ignore: ['szybko odpowiedz mamie bo się martwi', 'ma pan 48 godzin na reklamację towaru w sklepie', '5 minut i czekam na przystanku na autobus', 'wysłałam ci swoją rozprawkę, teraz wyślij swoją', 'teraz wyślij referat do pani'],
    },
  },
  {
    id: 'dont-report-or-worse-r8',
    phrases: [
      'nie ..1 zglaszaj|mow|dzwon|idz|informuj|pokazuj ..4 bo|albo|inaczej ..1 bedzie ..1 gorzej|gorzej_dla_ciebie|po_tobie|koniec',
      'bo|albo|inaczej|wtedy ..1 bedzie ..1 tylko ..1 gorzej',
      'bedzie ..1 gorzej ..1 dla ..1 ciebie|was|twojej|twojego|twoich',
    ],
    unless: ['chor*|goraczk*|lekarz*|leki|lekow|tabletk*|bol*|kaszel|przezi*|gryp*|pogod*|deszcz*|korki|ruch|drog*|sprawdzian*|ocen*|nauczyciel*|pani|pan|mamo|mamie|tato|tacie|xd|haha*'],
    examples: {
      match: ['nie zgłaszaj bo będzie gorzej', 'blokowanie nic nie da, będzie gorzej dla ciebie'],
      ignore: ['nie drap tego bo będzie gorzej, idź do lekarza', 'weź tabletkę, inaczej będzie tylko gorzej'],
    },
  },
  {
    id: 'time-left-not-a-request-r8',
    phrases: [
      'zostal|zostala|zostalo|zostaly ..1 ci|tobie ..2 # ..1 godzin*|godziny|godzina|minut*|minuty|dni|h|min',
      'zostal|zostala|zostalo|zostaly ..1 ci|tobie ..1 godzina|doba|dzien|minuta|chwila|pol_godziny',
      'to ..1 nie ..1 jest|byla ..1 prosba|propozycja|pytanie',
      'ile ..1 dasz|zaplacisz|mozesz_dac|jestes_w_stanie_dac|jestes_w_stanie_zaplacic ..2 zebym|abym ..2 milczal|milczala|nic_nie_mowil|nic_nie_powiedzial|usunal|usunela|skasowal|skasowala|nie_wysylal|nie_wrzucal|zapomnial',
    ],
    unless: ['lekcj*|przerw*|egzamin*|sprawdzian*|kartkow*|test*|matur*|zajec*|trening*|mecz*|rund*|gra|grze|gry|seans*|film*|odcin*|promocj*|wyprzedaz*|aukcj*|licytacj*|zapis*|rekrutac*|zglosz*|wakacj*|ferie|urlop*|swiat*|urodzin*|pociag*|autobus*|lot|samolot*|bateri*|bateria|xd|haha*|mamo|mamie|tato|tacie|pani|pan'],
    examples: {
      match: ['zostały ci 2 godziny', 'to nie jest prośba', 'ile dasz żebym milczał?'],
      ignore: ['zostały ci 2 godziny do końca egzaminu', 'zostało ci 5 minut przerwy', 'to nie jest pytanie na sprawdzian'],
    },
  },
  {
    id: 'wont-help-you-r8',
    phrases: [
      'zmiana|zmienianie|zmienienie|blokowanie|zablokowanie|zgloszenie|zglaszanie|usuniecie|usuwanie|kasowanie|ucieczka|ignorowanie ..3 nic ..2 nie ..1 da|pomoze|zmieni',
      'nie ..1 idz|chodz|dzwon|zglaszaj|zglaszajcie|lec ..1 na|do ..1 policj*|policji|policje',
      'no_dawaj|tylko_na_chwile|no_wez|no_prosze|tylko_raz|jeden_raz ..3 nikt ..1 nie ..1 zobaczy|dowie|bedzie_wiedzial',
    ],
    unless: ['konto_bankowe|bank*|hasl*_do_wifi|wifi|telefon_sie|aplikacj*|bug|blad|serwis*|gra|grze|gry|lekcj*|zadani*|sprawdzian*|kartkow*|mamo|mamie|tato|tacie|babci*|dziadk*|niespodzian*|prezent*|urodzin*|imprez*|zglos_to|zglos_go|zglos_ja|zglos_na_policj*|zadzwon_na_policj*|powiedz_rodzicom|powiedz_komus|xd|haha*'],
    examples: {
      match: ['zmiana hasła nic ci nie da', 'Tak. Nie idź na policję.', 'no dawaj, nikt nie zobaczy', 'blokowanie nic ci nie pomoże'],
      ignore: ['zmiana hasła do wifi nic nie da, router padł', 'no dawaj, nikt nie zobaczy prezentu przed urodzinami'],
    },
  },
  {
    id: 'last-chance-to-stop-it-r8',
    phrases: [
      'drugi ..1 raz ..1 nie ..1 zapytam|poprosze|powtorze|napisze|zaproponuje',
      'jeszcze|wciaz|nadal ..1 mozesz ..2 to|wszystko ..2 zatrzymac|powstrzymac|odwolac|uratowac|naprawic',
      'zastanow ..1 sie ..1 dobrze ..3 bo|zanim|albo',
    ],
    unless: ['lekcj*|zadani*|sprawdzian*|kartkow*|egzamin*|matur*|rekrutac*|studi*|wybor_szkoly|szkole_sredni*|liceum|technikum|zakup*|kupno|kupic|sklep*|ofert*|promocj*|gra|grze|mecz*|rund*|mamo|mamie|tato|tacie|babci*|dziadk*|pani|pan|xd|haha*'],
    examples: {
      match: ['zastanów się dobrze, bo drugi raz nie zapytam', 'jeszcze możesz to wszystko zatrzymać'],
      ignore: ['zastanów się dobrze zanim wybierzesz liceum', 'drugi raz nie zapytam, idziesz na mecz?'],
    },
  },
  {
    id: 'delete-if-you-comply-r9',
    phrases: [
      'usune|skasuje|wykasuje|usuwam|kasuje|oddam ..3 jak|jesli|jezeli|gdy|kiedy|dopiero_jak ..3 wyslesz|wlaczysz|zrobisz|pokazesz|zaplacisz|przelejesz|dasz|nagrasz|podeslesz|odblokujesz',
      'musisz|bedziesz_musial|bedziesz_musiala ..4 w_zamian|za_to_cos|cos_za_cos',
      'chyba_ze|chyba_ze_ty ..3 mnie|mi ..1 odblokujesz|przeprosisz|posluchasz|wyslesz|zaplacisz|dasz|bedziesz_mila|bedziesz_mily|odpiszesz',
    ],
    unless: ['xd|haha*|hehe|lol|zadani*|lekcj*|notatk*|projekt*|pizz*|obiad*|kolacj*|lody|herbat*|kaw*|ksiazk*|zeszyt*|ladowark*|gre|gry|gra|skin*|konto_w_grze|pozycz*|sprzatani*|pokoj*|naczyni*|prezent*|urodzin*'],
    examples: {
      match: ['usune jak wlaczysz jeszcze raz, tym razem bez ciuchow', 'moge. ale musisz mi cos dac w zamian', 'chyba ze mnie odblokujesz i bedziesz mila'],
      ignore: ['usunę to zdjęcie z grupy jak dasz znać, że ci się nie podoba xd', 'pomogę ci z zadaniem, ale musisz mi coś dać w zamian, np. pizzę'],
    },
  },
  {
    id: 'answer-when-i-write-r10',
    phrases: [
      'odpisuj|odpowiadaj|odbieraj|odpisz|odpowiedz ..3 jak|kiedy|gdy ..2 do_ciebie|pisze|dzwonie|mowie',
      'lepiej ..1 odblokuj|odpisz|odpowiedz|zaplac|przelej|posluchaj|sie_zgodz|zrob_co_mowie|rob_co_mowie|nie_kombinuj',
      'jesli|jak|jezeli|gdy ..1 przestaniesz|przestanies ..1 odpisywac|pisac|odpowiadac|odbierac',
    ],
    unless: ['mamie|mama|tacie|tata|babci*|dziadk*|pani|nauczyciel*|wychowaw*|trener*|szef*|lekarz*|klient*|na_maile|na_grupie|w_pracy|kurier*'],
    examples: {
      match: ['odpisuj jak do ciebie pisze', 'lepiej odblokuj', 'jesli przestaniesz odpisywac pokaze je twojemu ojcu'],
      ignore: ['odpisz mamie jak do ciebie pisze, martwi sie', 'lepiej odpisz pani na maila'],
    },
  },
  {
    id: 'if-you-block-me-again-r11',
    phrases: [
      'jak|jesli|jezeli|gdy ..1 jeszcze_raz|znowu|ponownie|jeszcze ..2 mnie ..1 zablokujesz|zignorujesz|olejesz|usuniesz|zglosisz|wywalisz|zablokujecie',
    ],
    unless: ['sklep*|zamowieni*|paczk*|kurier*|dostaw*|bilet*|kino|pizz*|olx|vinted|allegro|mamo|mama|tata|tato'],
    examples: {
      match: ['jak jeszcze raz mnie zablokujesz to pozalujesz', 'jesli znowu mnie zignorujesz to zobaczysz'],
      ignore: ['czekam na kod do paczkomatu do 20:00', 'mamo czekam na blika do wieczora na bilet'],
    },
  },
  {
    id: 'no-police-broken-grammar-r11',
    phrases: [
      'nie ..1 mowic|mowi|mow|dzwonic|zglaszac|zglaszaj|isc|idz ..2 policja|policji|policje|na_policje|policjant*',
      'ja ..1 widzic|widziec|widze|wiedziec|wiem ..1 wszystko|wszystkie|twoi|twoje|twoja',
    ],
    unless: ['oszust*|scam*|uwazaj*|ostrzeg*|zglos_to|zgloscie|powinnas|powinienes|musisz_zglosic|trzeba_zglosic|czy_mam|czy_powinnam|czy_powinienem|boje_sie|pomoz*|rada|rady|xd|haha*'],
    examples: {
      match: ['Ty wiesz jakie. Nie mowic policja, ja widzic wszystko', 'nie dzwonic policja'],
      ignore: ['czy mam nie mowic policji? boje sie', 'uwazaj to scam, zglos to na policje'],
    },
  },
  {
    id: 'or-youll-regret-r12',
    phrases: [
      'odpisz|odpowiedz|odezwij_sie|odblokuj|wyslij|zaplac|przelej ..2 albo|bo|inaczej ..2 pozalujesz|pozalujesz_tego|bedziesz_zalowac|bedziesz_zalowal|bedziesz_zalowala',
      'uwazaj ..1 co ..2 teraz ..1 zrobisz|robisz|piszesz|powiesz|napiszesz',
      'jak|jesli|jezeli ..2 mnie ..1 nie ..1 odblokujesz ..3 do ..1 wieczora|jutra|rana|polnocy|#',
      'chyba_ze ..2 bedziesz ..1 grzeczna|grzeczny|posluszna|posluszny|mila|mily',
      'tik ..1 tak ..1 [tik] [tak]',
    ],
    unless: ['xd|haha*|hehe|lol|nozem|kuchni|lekcji|zegar*|zegarek|budzik*|bomba_w_grze'],
    examples: {
      match: ['wiem gdzie mieszkasz. odpisz albo pozalujesz', 'uwazaj co teraz zrobisz', 'jak mnie nie odblokujesz do wieczora to zobaczysz', 'chyba ze bedziesz grzeczna i wyslesz prawdziwe', 'tik tak'],
      ignore: ['odpisz albo pozalujesz ze nie wiesz co bylo na lekcji xd', 'uwazaj co robisz z tym nozem w kuchni', 'tik tok to fajna apka'],
    },
  },
  {
    id: 'or-you-know-what-happens-r13',
    phrases: [
      'jak|jesli|jezeli ..1 nie ..1 to ..1 wiesz|zobaczysz ..1 co ..2 stanie|bedzie|zrobie',
      'nie ..1 ma ..1 ze ..1 boli',
      'bedziesz|teraz ..1 robil|robila|robic|robil_teraz ..2 co|to_co|wszystko_co ..1 powiem|kaze|chce|ci_kaze|ci_powiem',
      'wiesz ..1 co ..1 masz ..1 zrobic|robic',
      'chyba_ze|chyba_ze_mi ..2 zrobisz|wyslesz|zaplacisz|przelejesz|dasz|przyjdziesz|spotkasz|pokazesz|przeslesz',
      'nie ..1 placisz|zaplacisz|przelejesz|wyslesz ..2 wstyd|koniec|po_tobie|leci|ida|idzie|wszyscy',
      'odpisz|odpowiedz|odezwij ..1 albo|inaczej',
      'jak|jesli|jezeli ..1 zablokujesz|zignorujesz|usuniesz|zglosisz|olejesz ..1 mnie',
      'jak|jesli|jezeli ..3 nie ..1 odblokujesz|odpiszesz|odezwiesz|wrocisz|przyjdziesz|zaplacisz|przelejesz ..6 to',
      'nie ..1 badz ..1 dzieciak|dziecko|cykor|tchorz|mieczak|sztywniak|nudziara|pipa',
    ],
    unless: ['sprawdzian*|matm*|ucz_sie|egzamin*|kartkow*|trening*|lekcj*|zadani*|pokoj*|sprzatn*|smieci|naczyni*|obiad*|kolacj*|ladowark*|mamo|tato|zadzwon*|napisz_sms|przepis*|ciast*|gra|grze|rund*|mecz*|gole|gol|pizz*|kino|film*|xd|haha*|prad*|rachun*'],
    examples: {
      match: ['kolejne video do 22:00. nie ma ze boli. jak nie to wiesz co sie stanie', 'no to teraz bedziesz robil co powiem', 'szkoda by bylo gdyby twoi starzy przeczytali nasza rozmowe z wczoraj... wiesz co masz zrobic', 'wrzuce je do apki i pojdzie po szkole. chyba ze zrobisz mi prace z polaka', 'czas leci. nie placisz = wstyd na cala szkole', 'odpisz albo przyjde', 'jak zablokujesz mnie jeszcze raz to przyjade', 'jak do 20 nie odblokujesz to twoj ojciec dostanie wszystko', 'dawaj, nie badz dzieciak'],
      ignore: ['jak chcesz zdac sprawdzian to wiesz co masz zrobic', 'jak nie to wiesz co sie stanie, mama zrobi pizze xd', 'odpisz albo zadzwon jak wrocisz'],
    },
  },
  {
    id: 'deadline-weekday-r13',
    phrases: [
      'do ..1 poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|jutra|wieczora|polnocy ..1 masz ..1 czas',
      'masz ..1 czas ..1 do ..1 poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli',
      'aby|zeby ..1 uniknac ..2 blokady|bana|zawieszenia|usuniecia|zablokowania ..4 w_ciagu|do|masz|24_h|48_h',
      'czas ..1 leci|plynie|mija ..2 nie|placisz|zaplac|wysylaj|tik',
    ],
    unless: ['prezentacj*|referat*|projekt*|zadani*|lekcj*|sprawdzian*|wypracowan*|oddanie|zgod*|zapis*|trening*|wyciecz*|ksiazk*|lektur*|czytani*|zglos*|formularz*|ankiet*|konkurs*|rekrutacj*|prad*|rachun*|czynsz*|swieta|wakacj*|xd|haha*|bilet*|ladowark*|bluz*|kurtk*'],
    examples: {
      match: ['zobaczymy. do piatku masz czas', 'Aby uniknąć trwałej blokady w ciągu 24h, prześlij zdjęcie', 'masz czas do niedzieli, potem wszyscy zobacza'],
      ignore: ['do piatku masz czas na oddanie lektury', 'masz czas do niedzieli na zgode na wycieczke'],
    },
  },
  {
    id: 'account-will-be-removed-r13',
    phrases: [
      'konto|profil|kanal ..2 zostanie ..1 usuniete|usuniety|zablokowane|zablokowany|zawieszone|zawieszony|zbanowane|zbanowany ..4 w_ciagu|jesli|jezeli|chyba_ze|jak|#|24_h|48_h|dzis|jutro',
      'zostaniesz ..1 zbanowany|zbanowana|zablokowany|zablokowana ..4 jesli|jezeli|jak|chyba_ze|na_zawsze',
    ],
    unless: ['gra|grze|serwer*_regulamin|regulamin*|cheat*|oszukiw*|xd|haha*|lol|spam*|admin_pisal|mody_pisali'],
    examples: {
      match: ['twoje konto zostanie usuniete w 24h, kliknij link i podaj haslo', 'zostaniesz zbanowany na zawsze jezeli nie zweryfikujesz konta'],
      ignore: ['jak bedziesz cheatowal to zostaniesz zbanowany xd', 'zostaniesz zbanowany jesli zlamiesz regulamin serwera'],
    },
  },
  {
    id: 'clock-is-ticking-r14',
    phrases: [
      'zegar|zegarek|licznik ..1 leci|tyka|bije|odlicza',
      'czas ..1 ci|ucieka ..1 ucieka|leci|sie_konczy|mija',
      'przelej|zaplac|wplac|wyslij|przeslij|odpisz|oddaj|kup ..6 w_ciagu|w|przez ..1 # ..1 minut*|min|minutek|godzin*|h',
      'do_konca_dnia|do_jutra|do_wieczora|do_polnocy|do_rana ..4 inaczej|bo_inaczej|albo|w_przeciwnym_razie ..3 przepada|przepadnie|stracisz|tracisz|wygasa|wygasnie|skreslam|skreslamy|anulujemy',
      'do ..1 # ..4 inaczej|bo_inaczej|albo|w_przeciwnym_razie ..3 przepada|przepadnie|stracisz|tracisz|wygasa|wygasnie|skreslam|skreslamy|anulujemy',
      'usune|skasuje|wykasuje ..3 jak|jesli|jezeli|gdy|dopiero_jak|dopiero_gdy ..3 @youverb|wrocisz|zaplacisz|przelejesz',
    ],
    unless: ['bede_w|jestem_w|bedziemy_w|zaraz_bede|dojade|dojedziemy|jade|autobus*|tramwaj*|pociag*|piekarnik*|pizz*|gotow*|mecz*|przerw*|lekcj*|zadani*|projekt*|prezentacj*|xd|haha*|wycieczk*|zgod*|skladk*|turniej*|zapis*|rabat*|promocj*|ogloszen*'],
    examples: {
      match: ['to ile masz? 200 tez moze byc. numer zaraz dam. zegar leci', 'przelej 500 zl blikiem w 15 minut albo fota idzie do wszystkich', 'Prosze przeslac do konca dnia, inaczej miejsce przepada.', 'usune jak do mnie wrocisz', 'czas ci ucieka, mala'],
      ignore: ['bede w 15 minut, wyslij mi adres', 'ale ten czas leci, juz grudzien', 'wplacajcie skladki do piatku, inaczej miejsce na turniej przepada', 'wyslij mi zadanie w 10 minut bo zaraz lekcja'],
    },
  },
  {
    id: 'code-now-deadline-r15',
    phrases: [
      'kod|kodu|blik*|przelew|kase|hajs ..1 natychmiast|teraz_juz|juz_teraz|w_tej_chwili|migiem|w_minute',
      'min|minut|minuty|minuta ..2 potem|a_potem|i_potem|pozniej ..2 @tverb',
      'kazda|kazdy ..1 minuta|godzina|dzien ..1 zwloki|czekania|spoznienia ..2 kosztuje|podnosi|zwieksza|podwaja',
      'ludzie|wszyscy ..1 wierza|uwierza ..3 we|w ..1 wszystko ..6 do ..1 jutra|wieczora|polnocy|rana|#',
      'dopoki ..1 nie ..1 zaplacisz|wyslesz|przelejesz ..3 kazda|kazdy ..1 godzina|dzien|minuta',
      'zanim ..2 cos ..1 zrobia|zablokuja|usuna|zareaguja ..2 juz ..1 to ..1 bedzie|bedzie ..1 wszedzie|w_sieci|w_necie',
    ],
    unless: ['xd|haha*|hehe|lol|pizz*|bilet*|zrzut*|prezent*|urodzin*|sklep*|zamowieni*|kurier*|paczk*|olx|vinted|allegro|kino|obiad*|bibliotek*|ksiazk*|odsetk*|faktur*|kredyt*'],
    examples: {
      match: ['kazda minuta zwloki kosztuje cie wiecej', '9 min. potem wysylam twojemu staremu na fb to co mi pokazales', 'Kod natychmiast. Kazda godzina zwloki to +100 PLN.', 'serio myslisz? ludzie wierza we wszystko co widza. do jutra do 12', 'zglaszaj. zanim cos zrobia juz to bedzie wszedzie'],
      ignore: ['kazdy dzien zwloki kosztuje 50 groszy, oddaj ksiazke do biblioteki', 'kod do szafki natychmiast xd', 'wyslij kod rabatowy do sklepu teraz juz'],
    },
  },
  {
    id: 'until-friday-to-decide-r16',
    phrases: [
      'masz ..2 do ..1 piatku|jutra|wieczora|polnocy|poniedzialku|rana|soboty|niedzieli|konca_dnia ..1 na ..1 decyzje|odpowiedz|namysl|zastanowienie',
      'myslisz ..1 ze ..2 ktos|ktokolwiek ..1 ci ..1 uwierzy',
    ],
    examples: {
      match: ['masz do piatku na decyzje', 'myslisz ze ktos ci uwierzy?'],
      ignore: ['masz do piatku oddac ksiazke'],
    },
  },
  {
    id: 'to-avoid-the-case-r18',
    phrases: [
      'aby|zeby|by|celem ..1 uniknac|unikniecia ..3 postepowan*|sprawy_karnej|oskarzeni*|zarzut*|aresztu|zatrzymani*|konsekwencji|publikacji|rozpowszechnieni*|upublicznieni*|wyslania',
      'jest|jestes ..1 pan|pani ..1 podejrzan*|oskarzon*',
    ],
    unless: ['bibliotek*|ksiazk*|odsetk*|czynsz*|faktur*|spozni*|kontuzj*|mandatu_za_parkowanie|serial*|film*|ksiazce|odcinku|sezon*'],
    examples: {
      match: ['Aby uniknac postepowania prosze uiscic mandat 2000 zl', 'Jest Pan podejrzany o posiadanie materialow'],
      ignore: ['aby uniknac kary zwroc ksiazki do biblioteki', 'w tym odcinku jest pan podejrzany o morderstwo'],
    },
  },
  {
    id: 'borrow-it-and-send-fast-r18',
    phrases: [
      'pozycz|pozyczysz|zorganizuj|skombinuj|zalatw ..1 [je|ja|kase|hajs|pieniadze|to|reszte] ..1 od|you ..1 kumpli|kolegow|znajomych|kogos|rodzicow|starych|babci|dziadkow|mamy|taty',
      'wyslij|wysylaj|przeslij|przesylaj|podeslij|przyslij|wysl|wysylj ..1 [mi] [je|to|fotke|fote|zdjecie] szybko|szybciutko|migiem|natychmiast|szybciej ..2 bo|zanim|zaraz|nie_mam_czasu',
      'masz ..1 do ..1 jutra|wieczora|polnocy|rana|konca_dnia',
    ],
    unless: ['prezentacj*|referat*|projekt*|zadani*|lekcj*|sprawdzian*|kartkow*|test*|egzamin*|notatk*|zeszyt*|ksiazk*|ladowark*|kabel*|rower*|gre|gry|konsol*|ciuch*|sukienk*|bluz*|kurtk*|adres*|lokalizacj*|link*|bilet*|trening*|mecz*|wycieczk*|zgod*|formularz*|wypracowani*|wizyt*|obiad*|przepis*|wyniki|plan*|harmonogram*|odpowiedz_do|oddanie|oddac_prace|deadline'],
    examples: {
      match: ['to pozycz od kumpli. do jutra rana', 'przeziebiona jestem. wysylaj szybko bo zaraz ide', 'twoja twarz sie zgadza bro. masz do jutra'],
      ignore: ['pozycz ladowarke od mamy', 'wyslij szybko zadanie bo zaraz lekcja', 'dawaj szybciej bo sie nudze', 'masz do jutra na oddanie projektu'],
    },
  },
  {
    id: 'broken-deadline-r19',
    phrases: [
      'ty ..1 miec|masz ..1 czas ..1 do ..1 #',
      'ty ..1 # ..1 godzina|godzin|godzine|minuta|minut|h',
      'potem|inaczej|albo ..1 koniec ..1 z|dla ..1 toba|ciebie',
    ],
    examples: {
      match: ['ty miec czas do 22:00. potem koniec dla ciebie', 'Ty 24 godzina.', 'placisz albo koniec z toba'],
      ignore: ['ty 2 godziny grales wczoraj?', 'potem koniec lekcji'],
    },
  },
  {
    id: 'one-more-chance-r19',
    phrases: ['masz ..1 jeszcze|tylko|ostatnia ..1 jedna|ostatnia ..1 szans*'],
    unless: ['sprawdzian*|popraw*|kartkow*|egzamin*|test*|rekrutac*|konkurs*|zapis*|meczu|mecz|zaliczeni*'],
    examples: {
      match: ['masz jeszcze jedna szanse. wyslij filmik', 'masz tylko jedna szanse zeby to naprawic'],
      ignore: ['masz jeszcze jedna szanse na poprawe sprawdzianu'],
    },
  },
  {
    id: 'account-deleted-unless-r19',
    phrases: [
      'konto ..4 zostanie|bedzie ..2 usuniete|zablokowane|zawieszone|skasowane ..3 w_ciagu|za|jesli|jezeli|jak|chyba_ze|do',
      'brak ..1 weryfikacji|potwierdzenia|odpowiedzi ..3 trwala|trwale|natychmiastowa ..1 blokad*|usuniec*|zawieszeni*',
    ],
    examples: {
      match: ['Twoje konto zostalo zgloszone i zostanie usuniete w ciagu 24h.', 'Brak weryfikacji = trwala blokada i zgloszenie na policje.'],
      ignore: ['moje konto zostalo usuniete wczoraj lol'],
    },
  },
  {
    id: 'you-know-what-happens-if-not-r20',
    phrases: [
      'wiesz|wiecie ..1 co ..1 sie ..1 stanie|wydarzy ..2 jak|jesli|jezeli|gdy ..2 nie',
      'bo_inaczej|albo_inaczej|inaczej ..1 wiesz ..1 co|jak_bedzie|co_bedzie',
      'wiesz ..1 co ..1 bedzie ..1 jak|jesli|jezeli ..1 nie',
    ],
    unless: ['zgloszen*|zawod*|turniej*|wyjazd*|formularz*|zgod*|rekrutacj*|xd|haha*|hehe|lol|zdasz|zdac|zdam|sprawdzian*|egzamin*|matur*|ocen*|trener*|trening*|mama|tata|mamo|tato|wychowaw*|pani|pan|spoznisz|spoznimy|podlej*|kwiat*|pies|psa|kot|kota|zaspisz|odrob*|lekcj*|posprzatasz|obiad*|gra|gry|meczu|mecz|przegramy|wygramy'],
    examples: {
      match: ['hej, znowu ja. potrzebuje jeszcze 200 zl, wiesz co sie stanie jak nie', 'zaplac reszte bo inaczej wiesz co'],
      ignore: ['wiesz co sie stanie jak nie zdasz? powtarzasz klase', 'wiesz co bedzie jak nie podlejesz kwiatow, mama sie wkurzy'],
    },
  },
  {
    id: 'do-it-and-there-will-be-peace-r23',
    phrases: [
      'wyslij|wyslesz|zaplac|zaplacisz|przelej|przelejesz|daj|dasz|zrob|zrobisz|kup|kupisz ..4 i|a|to ..1 bedzie|masz|dam_ci|zostawie_ci ..1 spokoj|swiety_spokoj',
    ],
    unless: ['zadani*|lekcj*|pizz*|pokoj*|smieci|naczyni*|obiad*|zmywar*|pranie|zakupy|sprawdzian*|wypracowani*|projekt*|mama|mamo|tata|tato'],
    examples: {
      match: ['wyslij to drugie i bedzie spokoj', 'zaplac 200 i masz swiety spokoj'],
      ignore: ['dzis wieczorem bedzie spokoj w domu', 'zrob zadanie i bedzie spokoj', 'zaplac za pizze i masz spokoj'],
    },
  },
  {
    id: 'no-backing-out-r26',
    phrases: [
      'nie ..1 mozesz|wolno_ci ..1 sie ..1 wycofac|wycofywac|wymiksowac ..4 zgodzil*|obiecal*|umowa|umowil*|zasad*|slowo|dal*_slowo',
      'nie ..1 ma ..1 wycofywania|odwrotu|rezygnacji ..4 zgodzil*|obiecal*|umowa|umowil*|zasad*|slowo',
    ],
    unless: ['urodzin*|imprez*|wesel*|druhn*|slub*|swiadk*|kino|kina|turniej*|mecz*|zawod*|wyjazd*|wycieczk*|projekt*|prezentacj*|konkurs*|zapis*|druzyn*|trening*|koncert*|przedstawieni*|wystep*|zaklad*|mecz'],
    examples: {
      match: ['nie mozesz sie wycofac, zgodziles sie na zasady', 'nie ma odwrotu, obiecalas'],
      ignore: ['nie mozesz sie wycofac, dales slowo ze przyjdziesz na urodziny', 'nie mozesz sie wycofac z turnieju, zgodziles sie grac', 'nie ma odwrotu, zapisalismy sie na konkurs'],
    },
  },
  {
    id: 'do-it-or-im-upset-r26',
    phrases: [
      'albo|bo|inaczej ..1 sie ..1 obraze|obrazam|wkurze|wkurzam|zdenerwuje ..6 nie_napisze|nie_odezwe|nigdy_wiecej|koniec|zablokuje|zrywam|odchodze',
    ],
    unless: ['xd|haha*|hehe*|lol|pizz*|lody|kino|kina|film*|serial*|mecz*|gra|gry'],
    examples: {
      match: ['wyslij albo sie obraze i nigdy wiecej nie napisze', 'zrob to bo sie wkurze i koniec z nami'],
      ignore: ['przyjdz na pizze albo sie obraze xd', 'oglądaj ze mna serial albo sie obraze i koniec'],
    },
  },
  {
    id: 'dont-answer-and-youll-see-r27',
    phrases: [
      'nie|jak_nie|jesli_nie|jezeli_nie ..2 odpisujesz|odpiszesz|odpisz|zaplacisz|wyslesz|wysylasz|placisz ..4 sam|sama|to ..3 przekonasz|zobaczysz|pozalujesz|sie_przekonasz',
    ],
    unless: ['xd|haha*|lol|mecz*|gra|grze|rund*|spoznisz|autobus*|pociag*|lekcj*|sprawdzian*'],
    examples: {
      match: ['nie odpisujesz to sam się przekonasz', 'jak nie zapłacisz, to zobaczysz'],
      ignore: ['nie odpiszesz to zobaczysz jak przegrasz ten mecz xd'],
    },
  },
  {
    id: 'countdown-r28',
    phrases: [
      '10|dziesiec 9|dziewiec 8|osiem', '9|dziewiec 8|osiem 7|siedem', '8|osiem 7|siedem 6|szesc', '5|piec 4|cztery 3|trzy',
      'odliczam|odliczanie|licze_do|zaczynam_odliczac|zaczynam_liczyc ..3 #|dziesieciu|dziesiec|pieciu|trzech|trzy',
      'czas_ci_sie_konczy|czas_ci_ucieka|twoj_czas_sie_konczy|zegar_tyka|tik_tak|tyk_tak|czas_leci ..3 [#] [zastanow*|decyduj*|szybko|wybieraj]',
    ],
    unless: ['koncert*|imprez*|sylwest*|nowy_rok|nowego_roku|szczesliwego|urodzin*|wakacj*|ferie|ferii|dni|dni_do|dnia|tygodni*|mecz*|gol|egzamin*|matur*|sprawdzian*|premier*|swieta|swiat|wigili*|slub*|wesel*|gra|gramy|gry|chowanego|berka|runda|rundy|start|gotowi|do_startu|rakiet*|odliczanie_do|nie_moge_sie_doczekac|juz_niedlugo|xd|haha*|hehe|aaa*', 'rozgrzewk*|trening*|pompk*|przysiad*|cwiczeni*|oddech*|wdech*|wydech*|medytac*|nauka|kolejk*|numerk*|wynik*|ocen*|punkt*|gol*|rzut*|karty_do_gry|lotto|losowani*|zegar_w_kuchni|piekarnik*|ciasto|ciast*|tort*'],
    weight: 0.5,
    examples: {
      match: ['10... 9... 8... decyduj', 'odliczam do dziesięciu', 'pięć, cztery, trzy... czas ci się kończy'],
      ignore: ['10 9 8 dni do koncertu!!', '5 4 3 szczęśliwego nowego roku', 'odliczam dni do wakacji', '10 9 8 gotowi do startu xd'],
    },
  },
  {
    id: 'new-account-no-escape-r29',
    phrases: [
      'nie ..1 uciekniesz|uciekniesz_mi|zwiejesz|schowasz_sie|ukryjesz_sie|pozbedziesz_sie_mnie|uwolnisz_sie',
      'nowe|kolejne|drugie|inne ..1 konto|konta|profil ..4 zablokuj*|blokuj*|blokowanie|i_tak_cie|nic_nie_da|nie_pomoze',
      'blokowanie|blokuj*|zablokowanie ..2 nic ..1 nie ..1 da|pomoze|zmieni',
      'musisz|masz ..2 mi ..1 to ..1 udowodnic|udowodnic_ze',
    ],
    unless: ['gra|grze|gry|gramy|grasz|level*|boss*|postac*|zombie|policj*|berek|chowanego|escape_room|pokoj_zagadek|kara_za|mandat*|kontroler*|xd|haha*'],
    weight: 0.5,
    examples: {
      match: ['myślisz że mi uciekniesz? nie uciekniesz', 'nowe konto, blokowanie nic nie da', 'zablokowanie nic nie da, mam drugie konto', 'jak mnie kochasz to musisz mi to udowodnić'],
      ignore: ['nie uciekniesz mi w tej grze, boss cie zlapie xd', 'założyłam nowe konto na insta, stare dalej działa', 'nie uciekniesz przed sprawdzianem z matmy haha'],
    },
  },
] satisfies PatternEntry[];
