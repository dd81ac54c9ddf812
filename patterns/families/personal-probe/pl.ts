import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'ask-age',
    phrases: [
      'ile ..1 masz|ty_masz|juz_masz|ty|pan_ma|pani_ma ..1 lat|latek|lata|wiosen|wiosenek',
      'ile ..1 lat|latek|wiosen ..1 masz|ty_masz|juz_masz',
      'masz ..1 ile ..1 lat|latek|wiosen',
      'jaki|ktory ..1 masz|twoj|jestes ..1 rocznik',
      'z ..1 ktorego|jakiego ..1 jestes|rocznika|roku',
      'w ..1 ktorej|jakiej ..1 jestes|chodzisz ..1 klasie|klasy',
      'ktora|jaka ..1 klasa|klase',
      'masz ..1 # ..1 lat|latek|lata|skonczone',
      'jestes ..1 pelnoletn*|nieletn*|dorosl*|niepelnoletn*',
      'masz ..1 juz ..1 # ..1 lat|latek|skonczone',
    ],
    unless: ['na_ten_film_jest|film_jest_od|seans*', 'samochod*|auto|auta|rower*|telefon*|komputer*|laptop*|pies|psa|kot|kota|dom|mieszkani*|babcia|dziadek|mama|tata|brat|siostra|wyciecz*|ksiaz*|lekcj*|zadani*|stron*|squad*|druzyn*|klan*|serwer*|turniej*|lig*|regulamin*|kategori*_wiekow*|zasady|zasad|event*|evencie|konkurs*|zgloszeni*|turnieju|rejestrac*|zapis*|oboz*|kolon*|bilet*|kino|kina|wstep|ulg*'],
    examples: {
      match: ['masz ile lat?', 'ile masz lat?', 'ile ty masz lat', 'jaki masz rocznik?', 'w której jesteś klasie?', 'masz 13 lat?', 'jesteś pełnoletnia?', 'a ile masz latek'],
      ignore: ['ile masz lat? bo na ten film jest od 16', 'ile masz lat? pytam bo od 13 lat wolno w evencie, zasady roblox', 'ile lat ma twój samochód?', 'ile lat ma twoja babcia', 'za ile lat skończymy szkołę'],
    },
  },
  {
    id: 'ask-school-location',
    phrases: [
      'do|w ..1 jakiej|ktorej ..1 szkol*|podstawow*|podstawow*|budy|liceum|technikum|sp',
      'jaka|ktora ..1 szkola|szkole|podstawowka',
      'gdzie ..1 chodzisz ..2 szkol*|budy|liceum|technikum|podstawow*',
      'chodzisz ..1 do ..2 szkol*|podstawow*|podstawow*|liceum|technikum|budy',
      'skad ..1 jestes|pochodzisz|ty_jestes|piszesz',
      'gdzie ..1 mieszkasz|ty_mieszkasz|zyjesz|dokladnie_mieszkasz|sie_uczysz',
      'z ..1 jakiego|ktorego ..1 miasta|miasteczka|miejsca|osiedla|wojewodztwa|kraju',
      'w ..1 jakim|ktorym ..1 miescie|mies|miasteczku|bloku|domu|osiedlu',
      'na ..1 jakiej|ktorej ..1 ulicy|ul',
      'jaki|podaj|daj ..2 [twoj|swoj|mi] adres',
      'jaki|twoj|podasz ..1 adres ..1 zamieszkania|domowy|domu',
    ],
    unless: ['odebrac|odbior*|osobiscie|odbiore', 'wiem|znam|wiemy|mapa|mapie|mapy|grze|serwer*|adres_mailowy|adres_email|adres_e_mail|mail*|strony|ww|sklep*|pacz*|przesyl*|dostaw*|zamowieni*'],
    examples: {
      match: ['skąd jesteś?', 'do której szkoły chodzisz', 'w której szkole jesteś?', 'gdzie mieszkasz?', 'z jakiego miasta jesteś', 'podaj mi adres', 'na jakiej ulicy mieszkasz'],
      ignore: ['wiem gdzie mieszkasz', 'podaj adres mailowy', 'na jakiej ulicy jest ten sklep', 'skąd jest ten mem'],
    },
  },
  {
    id: 'ask-alone-parents',
    phrases: [
      'jestes|bedziesz|zostajesz|zostaniesz|siedzisz|zostalas|zostales ..2 sam|sama|samiutka|samiutki|sami',
      'jestes|bedziesz ..1 teraz|dzis|wieczorem ..1 sam|sama',
      'ktos ..1 jest ..1 z ..1 toba|w_domu|obok',
      'rodzice|starzy|mama|tata|twoi_rodzice|twoja_mama|twoj_tata ..2 sa|jest ..1 w_domu|w_pracy|obok',
      'kiedy|o_ktorej|kiedy_wroca|kiedy_wraca ..2 wracaj*|wroca|wraca|wroci|wyjezdzaj*|wychodz*|ida_spac|ida ..2 rodzice|mama|tata|starzy|twoi|twoja|twoj|oni',
      'rodzice|starzy|mama|tata ..3 sprawdzaj*|sprawdza|czytaja|czyta|kontroluj*|przegladaj*|patrza|zagladaj* ..2 [ci] telefon*|wiadomos*|komork*|fona|czaty|rozmowy',
      'gdzie ..1 sa|jest ..1 [teraz] twoi|twoja|twoj ..1 rodzice|mama|tata|starzy',
      'jak ..2 nazywa ..1 twoja|twoje ..1 szkola|liceum|podstawowka|miasto|osiedle|ulica',
      'mieszkasz ..2 z_rodzicami|sama|sam|z_mama|z_tata|z_rodzina',
      'mieszkasz ..1 w|na|przy|kolo|blisko|niedaleko|gdzies',
      'jak ..1 masz ..1 na ..1 nazwisko',
      'jakie|twoje|podaj ..1 [swoje|twoje] nazwisko|imie_i_nazwisko',
      'a ..1 ty ..1 ile ..1 masz',
      'rodzice|starzy|mama|tata|twoi_rodzice ..2 wyjezdzaj*|wyjada|wyjechali|wychodza|wyjdzie|wyjezdza|wyjedzie',
      'masz ..1 wlasny|swoj ..1 pokoj|telefon|laptop|komputer',
      'masz ..1 chlopaka|dziewczyne',
    ],
    unless: ['moja_mama|moj_tata|moi_rodzice|moja_matka|moj_ojciec|moi_starzy|mi_mama|mnie_mama|mi_tata', 'w_sklepie|w_kolejce|na_przystanku|korki|korepetycj*|korepetytor*|lekcj*|pani_od|trener*|obiad*'],
    examples: {
      match: ['jestes sama w domu?', 'a rodzice są w domu?', 'kiedy wracają twoi rodzice?', 'rodzice sprawdzają ci telefon?', 'jesteś teraz sama?', 'masz własny pokój?', 'masz chłopaka?'],
      ignore: ['moja mama czasem czyta moje wiadomosci', 'jestem sama w sklepie', 'mama mówi że obiad gotowy', 'kiedy masz korepetycje?'],
    },
  },
  {
    id: 'probe-more-r6',
    phrases: [
      'w|na ..1 jakiej|ktorej ..1 dzielnicy|wsi|czesci_miasta|czesci',
      'na ..1 jakim|ktorym ..1 osiedlu',
      'podaj|podac|podanie|prosze_podac|prosze_o_podanie|napisz ..2 [swoj|twoj] wiek|date_urodzenia|rok_urodzenia',
      'ile ..1 ty ..1 masz ..1 lat|latek|wiosen',
      'kto ..1 jest|bedzie|zostaje ..1 z ..1 toba ..2 w_domu|dzisiaj|wieczorem|w_nocy|na_noc',
      'masz ..1 wolna_chate|wolna_chata|chate_wolna|pusta_chate',
      'o_ktorej|kiedy|do_ktorej ..2 konczysz ..1 lekcje|szkole|zajecia',
      'jaki|jakie|jaka|jakiego ..1 [masz] numer ..2 domu|mieszkania|bloku',
    ],
    unless: ['wiem|znam|wiemy|mapa|mapie|mapy|grze|serwer*|adres_mailowy|mail*|strony|ww|sklep*|pacz*|przesyl*|dostaw*|zamowieni*|ankiet*|formularz*|rejestracj*|przychodn*|lekarz*|pacjent*|moja_mama|moj_tata|mamo|tato|babci*|kurier*|pizz*|kawiarn*|restaurac*|kino|kina|mama_pyta|tata_pyta|mama_dzwoni|tata_dzwoni|pytam_bo|imprez*|urodzin*|nocowan*'],
    examples: {
      match: ['w jakiej dzielnicy mieszkasz?', 'Proszę przesłać kilka zdjęć oraz podać wiek.', 'kto jest z tobą w domu dzisiaj?', 'masz wolną chatę?', 'o której kończysz lekcje?'],
      ignore: ['podaj wiek w formularzu rejestracji', 'na jakim osiedlu jest ta pizzeria, kurier nie może trafić'],
    },
  },
  {
    id: 'probe-school-body-r6',
    phrases: [
      'o_ktorej|kiedy|do_ktorej ..1 [twoja|twoj|twoi] mama|tata|rodzice|starzy|matka|ojciec ..1 wraca|wracaja|wroci|wroca|konczy|koncza|wychodzi|wychodza',
      'ile ..1 wazysz|masz_wzrostu|masz_wagi|mierzysz',
      'jestes|chodzisz ..2 jeszcze|juz ..2 w|do ..1 podstawow*|podstawowce|podstawowki|gimnazj*|liceum|ogolniak*|szkole_sredniej|sredniej',
      'w ..1 ktorej|jakiej ..1 klasie|klasy ..1 jestes|chodzisz|jestes_teraz',
      'twoja|twoj|twoi ..1 mama|tata|rodzice|starzy|matka|ojciec ..1 pracuje|pracuja ..2 do_pozna|na_noc|wieczorami|w_nocy|na_zmiany|dlugo|w_weekendy',
      'daleko|blisko ..1 mieszkasz',
      'ty ..1 jestes|mieszkasz ..1 z|ze',
      'jestes ..1 z|ze ..1 warszaw*|krakow*|wroclaw*|poznan*|gdansk*|lodz*|katowic*|lublin*|szczecin*|bydgoszcz*|gdyni*|bialegostoku|torun*|kielc*|rzeszow*|olsztyn*|opol*|miasta|wsi|okolic*|polski|slaska|mazur*',
    ],
    unless: ['moja_mama|moj_tata|mamo|tato|babci*|pizz*|kurier*|obiad*|kolacj*|zakupy|lekarz*|dietet*|trener*|wf|rozmiar*|sklep*|kurtk*|rower*|ankiet*|formularz*|przychodn*'],
    examples: {
      match: ['o której mama wraca z pracy?', 'ile masz wzrostu i ile ważysz?', 'jesteś jeszcze w podstawówce?', 'w której klasie jesteś?', 'twoja mama pracuje do późna?', 'daleko mieszkasz od szkoły?', 'ty jesteś z krakowa?', 'jesteś z warszawy?'],
      ignore: ['ile ważysz? trener pyta na wf', 'o której mama wraca? zamawiamy pizzę'],
    },
  },
  {
    id: 'probe-night-family-r6',
    phrases: [
      'o_ktorej|kiedy ..1 chodzisz|idziesz|kladziesz ..1 spac|sie_spac',
      'masz ..1 telefon|komorke|laptop ..2 w ..1 pokoju|lozku|nocy',
      'jestes ..1 jedynaczka|jedynakiem|jedynak',
      'rodzice|mama|tata|starzy ..2 pozwalaja|pozwala ..2 ci|tobie',
    ],
    unless: ['moja_mama|moj_tata|mamo|tato|babci*|lekarz*|dentyst*|pielegniark*|ankiet*|formularz*|lekcj*|wychowaw*|pani|pan|oboz*|kolon*|wyciecz*'],
    examples: {
      match: ['o której chodzisz spać?', 'masz telefon w pokoju w nocy?', 'jesteś jedynaczką?', 'rodzice pozwalają ci wychodzić wieczorem?'],
      ignore: ['o której chodzisz spać? pyta pani na ankiecie o zdrowiu'],
    },
  },
  {
    id: 'send-me-your-location-r8',
    phrases: [
      'napisz|wyslij|podeslij|przeslij|udostepnij|wrzuc|podaj|dawaj ..2 [mi] [swoj|swoja|twoj|twoja|dokladny|dokladna] adres|adresik|lokalizacj*|lokalizacje|pinezk*|pinezke',
      'w|do ..1 ktorej|jakiej ..1 klas*|klasy|klasie ..1 jestes|chodzisz|jestes_teraz',
      'jestes|chodzisz ..1 w|do ..1 ktorej|jakiej ..1 klas*|klasy|klasie',
    ],
    unless: ['gdzie_jestes|gdzie_ty_jestes|gdzie_jestescie|czekam_na_ciebie|spozniasz|zgubil*|zgubilas|zgubiles|mama|mamo|tata|tato|babci*|dziadk*|ciocia|wujek|trener*|po_ciebie_przyjedzie|przyjedzie_po_ciebie|odbierze|kurier*|pacz*|przesyl*|dostaw*|zamowieni*|olx|vinted|allegro|sklep*|restaurac*|pizz*|mail*|email|strony|ww|link*|serwer*|gry|grze|ip|impreza|imprezy|urodzin*|zaproszeni*|wszystkim|na_grupie|grupie'],
    weight: 1,
    examples: {
      match: ['jesteś w której klasie?', 'do której klasy chodzisz', 'napisz mi adres, przyjadę', 'wyślij mi swoją lokalizację', 'podeślij pinezkę gdzie mieszkasz'],
      ignore: ['wyślij mi swoją lokalizację, tata po ciebie przyjedzie', 'gdzie jesteś? wyślij mi lokalizację', 'podaj adres do dostawy paczki', 'wrzuć adres imprezy na grupie'],
    },
  },
  {
    id: 'age-then-and-you-r9',
    phrases: [
      'lat|lvl|lvla|latek|wiosen ..2 a_ty|a_ty_ile|a_ty_ile_masz|a_ty_ile_lat',
      'rodzice|starzy|mama|tata|twoi_rodzice|twoi_starzy|twoja_mama|twoj_tata [sa|jest] w_domu|w_pracy|w_robocie',
    ],
    unless: ['moi|moja|moj|mojej|moich|you_mnie|ja_mam_w|pytam_dla|pozdrow*|imprez*|impreza|przyjdz|wpadaj|wpadnij|nocowank*|noc_you|obiad*|kolacj*|zakupy|urodzin*|pizz*|film|grac|gramy|lekcj*|zadani*|sprawdzian*|mam_lat_i|ten_pies|kot'],
    examples: {
      match: ['ja mam 14 lat, a ty?', 'jestem zuzia, 16 lvl 😂 a ty', 'rodzice w domu?', 'starzy w pracy?'],
      ignore: ['moi rodzice w domu, nie mogę wyjść', 'rodzice w domu? bo chcę was zaprosić na obiad', 'mój kot ma 3 lata a twój?'],
    },
  },
  {
    id: 'free-house-r10',
    phrases: [
      'jak|kiedy|gdy|jesli ..3 wolna_chate|wolna_chata|wolnej_chaty|wolny_dom|chate_wolna|chata_wolna|starych_nie_bedzie|rodzicow_nie_bedzie|rodzice_wyjada|starzy_wyjada ..4 daj_znac|napisz|wpadne|przyjde|przyjade|dawaj|pisz',
    ],
    unless: ['imprez*|domowk*|melanz*|wszyscy|ekip*|klas*|ziomk*|dziewczyny|chlopaki|gramy|gry|film*_maraton|maraton*'],
    examples: {
      match: ['jak bedziesz miala wolna chate to daj znac', 'kiedy starych nie bedzie, napisz to wpadne'],
      ignore: ['jak bedziesz miala wolna chate to zrobmy domowke z ekipa'],
    },
  },
  {
    id: 'how-old-are-you-anyway-r11',
    phrases: [
      'ile ..1 ty|wlasciwie|w_ogole|dokladnie|tak_naprawde|tak_w_ogole|ty_w_ogole ..3 masz ..3 lat|latek|wiosen',
      'wygladasz ..2 mlodziej|mlodsza|mlodszy|na_mlodsza|na_mlodszego',
      'jestes ..1 juz ..1 w_lozku|w_pizamie|sama_w_domu|sam_w_domu|sama_w_pokoju|sam_w_pokoju',
      'tata|mama|rodzice|starzy|ojciec|matka ..2 nie ..1 sprawdza|sprawdzaja|kontroluja|kontroluje|patrza|patrzy|czytaja|czyta ..3 co|telefon*|kompa|komputer*|wiadomosci|czat*',
      'bez ..1 nikogo ..2 w ..1 pokoju|domu',
    ],
    unless: ['mamo|tato|kochanie_mamy|corciu|synku|babci*|dziadk*|lekarz*|pani_doktor|rejestracj*|ankiet*|formularz*|zapis*|bilet*|ulg*|znizk*|mysle_ze|xd'],
    weight: 1,
    examples: {
      match: ['hej ile ty masz w ogole lat?', 'napisalas ze masz 18 ale wygladasz mlodziej haha', 'jestes juz w lozku?', 'ile masz lat? tata nie sprawdza co robisz na kompie?', 'Wlaczysz kamerke na zoomie, bez nikogo w pokoju'],
      ignore: ['ile ty masz w ogole lat na tym zdjeciu xd', 'corciu jestes juz w lozku?'],
    },
  },
  {
    id: 'age-swap-and-alone-r12',
    phrases: [
      'mam ..1 # ..3 a ..1 ty',
      'ile ..1 ty ..1 masz ..1 teraz|lat|latek',
      'sama|sam ..1 jestes|siedzisz ..2 w ..1 pokoju|domu|mieszkaniu|chacie',
    ],
    unless: ['zl|zlotych|jablk*|punkt*|pkt|procent*|obiad*|mama_pyta|moja_mama|zadan*|ocen*|kasy|kase|lvl|level*|poziom*'],
    examples: {
      match: ['ja mam 16, a ty?', 'nie przesadzam. ile ty masz teraz?', 'sama jestes w pokoju?'],
      ignore: ['mam 3 jablka a ty?', 'mam 20 zl a ty ile masz?', 'sama jestes w domu? bo mama pyta czy chcesz przyjsc na obiad'],
    },
  },
  {
    id: 'whos-home-how-often-r13',
    phrases: [
      'rodzice|starzy|mama|tata ..2 duzo|czesto|caly_czas|dlugo ..2 siedza|sa|bywaja|pracuja|siedzi|jest ..2 w_domu|w_pracy|do_pozna|poza_domem',
      'w ..1 domu ..1 kto ..1 jest|sa|siedzi',
      'kto ..1 jest|siedzi ..1 [teraz] z ..1 toba ..1 w ..1 domu',
      'czesto|codziennie|zawsze ..1 tam|tu ..1 bywasz|chodzisz|jezdzisz|przychodzisz|jestes',
    ],
    unless: ['mamo|tato|kochanie|obiad*|kolacj*|zakup*|klucz*|paczk*|kurier*'],
    examples: {
      match: ['o ja tez lodz. a rodzice duzo siedza w domu?', 'spoko. a w domu kto jest teraz?', 'widzialem twoj live z rolkami w parku 😊 czesto tam bywasz?'],
      ignore: ['mamo kto jest w domu? zapomnialam kluczy'],
    },
  },
  {
    id: 'bare-how-old-r14',
    phrases: [
      'ile ..1 lat|latek|wiosen|lvl',
    ],
    unless: ['ile_lat_ma|ile_ma_lat|temu|minelo|minie|minelo_od|trwa|trwal*|trwalo|ma_twoj*|ma_twoja|ma_ten|ma_ta|ma_to|maja|mial|miala|mieli|mialy|bedzie_mial*|gwarancj*|pracuj*|mieszka*|zajmie|zajelo|kosztowal*|studiow*|uczysz_sie|graj*|gra_sie|gral*|juz_razem|jestescie|sa_razem|ma_pies|ma_kot|ma_auto|samochod*|auto|dom|budyn*|zamek|kosciol*|babcia|dziadek|mama|tata|brat*|siostr*|pani|pan'],
    examples: {
      match: ['ile lat', 'hej ile masz lat?', 'ile lat i skad?'],
      ignore: ['A ile lat ma sama konsola?', 'ile ma lat ten rower?', 'ile lat temu to bylo?', 'ile lat ma twoj brat?', 'ile lat trwa studia medyczne'],
    },
  },
  {
    id: 'anyone-in-the-room-r16',
    phrases: [
      'czy ..1 ktos ..1 jest ..2 w_pokoju|w_domu|obok|z_toba|przy_tobie|you_ciebie',
      'bez ..1 mamy|taty|rodzicow|nikogo ..2 w_pokoju|obok|przy_tobie',
    ],
    examples: {
      match: ['no czy ktos jest w pokoju', 'tylko sama, bez mamy w pokoju bo bedziesz sie stresowac', 'czy ktos jest teraz z toba?'],
      ignore: ['czy ktos jest chetny na pizze?', 'bez mamy nie pojade na oboz'],
    },
  },
  {
    id: 'are-your-parents-at-work-r22',
    phrases: [
      'twoi|twoja|twoj ..1 rodzice|starzy|mama|tata|matka|ojciec|stara|stary ..3 w_pracy|rano_w_pracy|pracuja_do|pracuje_do|wracaja|wraca|wychodza|wychodzi|wyjezdzaja|wyjezdza ..2 kiedy|o_ktorej|rano|wieczorem|na_noc|pozno|dlugo|do_wieczora',
      'twoi|twoja|twoj ..1 rodzice|starzy|mama|tata|matka|ojciec ..2 sa|jest ..1 w_pracy|w_domu ..1 rano|teraz|wieczorem|do',
      'twoi|twoja|twoj ..1 rodzice|starzy|mama|tata|matka|ojciec ..2 rano|wieczorem|teraz|dzisiaj|dzis ..1 w_pracy|w_domu|poza_domem',
    ],
    unless: ['mama_pyta|tata_pyta|pyta_czy|grill*|przyjdzie|przyjda|pozdrow*|zgod*|zebranie|wywiadowk*|podpis*|podwiez*|zawiez*|odbierze|nocowan*|urodzin*|imprez*|zapytaj|spytaj|pozwol*|obiad*'],
    examples: {
      match: ['twoi rodzice rano w pracy?', 'twoja mama wraca kiedy z pracy?', 'twoi starzy sa w domu teraz?'],
      ignore: ['twoja mama jest w domu? zapytaj czy mozesz nocowac', 'twoj tata wraca kiedy? mama pyta czy przyjdzie na grilla', 'twoi rodzice przyjda na wywiadowke?'],
    },
  },
  {
    id: 'and-how-old-are-you-who-reads-your-phone-r25',
    phrases: [
      'a|no_a|no_to ..1 ile ..1 ty ..1 masz|masz_lat|lat_masz|skonczylas|skonczyles',
      'czy ..1 ktos ..1 czyta|sprawdza|przeglada|kontroluje ..1 twoje|ci ..1 wiadomosci|telefon|czaty|rozmowy|dm*|messengera',
      'ty ..1 byc|jestes_byc ..1 sama|sam ..2 w_domu|teraz|w_pokoju|dzis',
    ],
    unless: ['zl|zlotych|kasy|pieniedzy|hajsu|punkt*|lajk*|obserwuj*|followers*|ocen*|kart*|skin*|robux*|rang*|lvl|level*|poziom*|procent*|baterii|bateri*|gier|gry|rodzic*_kontrol*|kontrola_rodzicielska|szkol*|pani|nauczyc*'],
    weight: 1,
    examples: {
      match: ['nic zlego, tylko rozmowa. a ile ty masz?', 'czy ktos czyta twoje wiadomosci?', 'ty byc sama w domu teraz?'],
      ignore: ['a ile ty masz punktow?', 'a ile ty masz kasy na wycieczke?', 'czy ktos sprawdza ci telefon w szkole? u nas pani zabiera'],
    },
  },
  {
    id: 'bored-home-alone-r26',
    phrases: [
      'nudzisz|siedzisz|zostajesz|zostaniesz|bedziesz|jestes ..3 sama|sam|samiutka|samiutki ..1 w_domu|w_mieszkaniu|na_chacie|na_chacie_wolnej',
      'masz|bedziesz_miala|bedziesz_mial ..1 chate|chata|chalupe|mieszkanie ..1 wolna|wolnej|wolne|pusta|puste',
    ],
    unless: ['wpadnij|wpadaj|wpadamy|do_nas|fif*|impreza|imprez*|osiemnast*|domowk*|film*|serial*|gra|gry|pizz*|nocowank*|obiad*|lodowk*|klucz*|drzwi|zjadl*|zjedz|mama_pyta|mama_prosila|tata_pyta|tata_prosil|sprawdz*'],
    examples: {
      match: ['to pewnie sie nudzisz sama w domu', 'siedzisz jutro sama w mieszkaniu?', 'czyli od 14 do 17 masz chate wolna xd'],
      ignore: ['nudzisz sie sama w domu? wpadnij do nas', 'jestes sama w domu? tata wraca pozno, zamknij drzwi na klucz', 'chata wolna w sobote, robimy domowke?', 'siedzisz sama w domu? to wpadnij do nas na pizze'],
    },
  },
  {
    id: 'verify-your-age-r27',
    phrases: [
      'zweryfikowac|zweryfikuje|zweryfikujemy|sprawdzic|potwierdzic|potwierdz|udowodnij|udowodnic ..3 ile_masz_lat|twoj_wiek|swoj_wiek|wiek',
      'zweryfikowac|zweryfikuje|zweryfikujemy|sprawdzic|potwierdzic|potwierdz|udowodnij|udowodnic ..3 ze|czy ..1 masz ..1 #|pelnoletn*',
    ],
    unless: ['dowod*_osobist*|legitymacj*|rejestracj*|regulamin*|sklep*|alkohol*|kino|kina|bilet*|ulg*|wyborach'],
    examples: {
      match: ['musimy zweryfikować że masz 13+', 'udowodnij ile masz lat', 'potwierdź swój wiek, masz 16?'],
      ignore: ['sklep musi zweryfikować wiek przy zakupie alkoholu', 'pokaż legitymację, sprawdzę ulgę na bilet'],
    },
  },
  {
    id: 'silesian-age-r29',
    phrases: ['wiela ..1 mosz|masz|mocie ..1 lot|lat|roczkow', 'kaj ..1 miyszkosz|mieszkosz|bywosz'],
    examples: {
      match: ['wiela mosz lŏt?', 'a kaj miyszkosz?'],
      ignore: ['wiela to kosztuje?', 'kaj je mój telefon'],
    },
  },
  {
    id: 'are-you-from-city-r30',
    phrases: [
      'jestes|mieszkasz|ty_jestes|pochodzisz ..1 z|w ..1 wawy|warszawy|warszawie|wawie|krakowa|krakowie|krk|wroclawia|wroclawiu|wro|poznania|poznaniu|gdanska|gdansku|trojmiasta|trojmiescie|lodzi|katowic|katowicach|szczecina|szczecinie|lublina|lublinie|bialegostoku|bialymstoku|bydgoszczy|torunia|toruniu|rzeszowa|rzeszowie|kielc|kielcach|opola|opolu|olsztyna|olsztynie|gdyni|sopotu|sopocie|slaska|slasku|okolic|okolicy|blisko|niedaleko',
    ],
    unless: ['wiem|wiemy|znam|mapa|mapie|gra|grze|serwer*|wycieczk*|wyjazd*|pociag*|autobus*|bilet*|hotel*|nocleg*|sklep*|paczk*|przesyl*|dostaw*|zamowieni*|kurs*|rekrutacj*|studi*|uczelni*|olx|vinted|allegro|odbior*|odebrac|osobiscie'],
    weight: 1,
    examples: {
      match: ['hej babe, jestes z wawy?', 'mieszkasz w krakowie czy gdzieś blisko?', 'pochodzisz z okolic Poznania?'],
      ignore: ['jesteś z wawy? to odbierzesz osobiście buty z olx?', 'wiem że mieszkasz w Krakowie, mama mówiła', 'mieszkasz w Gdańsku? to jaki pociąg do Gdyni?'],
    },
  },
] satisfies PatternEntry[];
