import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dont-tell-parents',
    phrases: [
      'nie ..3 mow|mowisz|mowic|mowcie|powiesz|powiedz|wspominaj|wspomnisz|wspominac|gadaj|pisz|pokazuj|pokazesz|zdradzaj|zdradzisz|chwal ..3 rodzicom|rodzicow|starym|starszym|mamie|tacie|mamusi|tatusiowi|ojcu|matce|rodzinie|bratu|siostrze|nauczyc*|pedagog*|policj*|wychowaw*|psycholog*|dorosl*',
      'rodzicom|rodzice|mamie|mama|tacie|tata|starym|starzy ..2 ani_slowa|ani_mru|nic_nie_mow|nic_nie_mowi|nie_musza_wiedziec|nie_musi_wiedziec|nie_moga_wiedziec|nie_moze_wiedziec|nie_mow',
      'rodzice|mama|tata|starzy|dorosli ..3 nie ..1 zrozumieli|zrozumieliby|zrozumieja|zrozumie|zrozumiala|zrozumial|zrozumialaby|zrozumialby',
      'rodzice|mama|tata|starzy|twoi_rodzice|twoja_mama|twoj_tata ..3 nie ..1 musza|musi|moga|moze|powinni|powinna ..1 wiedziec|sie_dowiedziec|sie_dowiadywac|o_tym_wiedziec',
      'lepiej zeby|by|jakby|aby [twoi|twoja|twoj] rodzice|mama|tata|nikt|starzy ..1 nie ..1 wiedzial*|wiedzieli|dowiedzial*|dowiedzieli|widzieli|widzial*',
      'zeby|by [twoi|twoja|twoj] rodzice|mama|tata|starzy|nikt ..2 sie_nie_dowiedzial*|nie_dowiedzial*|sie_nie_dowiedzieli|nie_dowiedzieli|sie_nie_zorientowal*',
      'nie ..1 mieszaj|wciagaj|angazuj|wtajemniczaj ..3 rodzic*|mamy|taty|starych|doroslych|nauczyciel*',
      'rodzic*|mamy|taty|starych|doroslych ..2 w_to|do_tego|w_to_nie|w_nic ..1 nie ..1 mieszaj|wciagaj|angazuj',
      'trzymaj|zostaw ..2 rodzic*|mame|tate|starych|doroslych ..3 z_dala|poza_tym|na_boku|z_boku',
    ],
    unless: ['mojej_mamie|mojemu_tacie|moim_rodzicom|moim_starym|mojej_mamy|mojego_taty|moich_rodzicow|mojej_matce|mojemu_ojcu|mojemu_bratu|mojej_siostrze|isc_z_nami|jechac_z_nami', 'zbil*|zepsul*|stlukl*|rozbil*|zgubil*|porysowal*|wylal*|spoznil*|zjadl*|wzialem|wzielam|pozyczyl*', 'jedync*|jedynk*|dwoj*|uwag*|wagar*|niespodzian*|prezent*|tort*|urodzin*|imienin*|dzien_matki|dzien_mamy|dzien_ojca|dzien_taty|rocznic*|laur*|swiadectw*|ocen*|jedynk*|pale|palisz|papieros*', 'do_rana|do_polnocy|ze_gramy|ze_gralismy|ze_nie_spimy|ze_nie_spalismy|w_fife|na_konsoli|kebab*'],
    examples: {
      match: ['tylko nie mów mamie, ona by się martwiła', 'nie mów o nas rodzicom', 'rodzice by nie zrozumieli', 'twoja mama nie musi wiedzieć', 'nie pokazuj tego rodzicow', 'nie pokazuj tego rodzicom', 'rodziców w to nie mieszaj', 'nie mieszaj w to rodziców', 'trzymaj rodziców z dala od tego'],
      ignore: ['nie mow mamie ze zbilem wazon ok', 'tylko nie mow mojemu bratu bo bedzie chcial isc z nami', 'nie mów mamie o prezencie na dzień matki', 'nie mów rodzicom o jedynce z matmy xd', 'mama mówi że obiad gotowy', 'nie mieszaj rodziców do tej niespodzianki', 'trzymaj mamę z dala od tortu, to niespodzianka'],
    },
  },
  {
    id: 'tell-nobody',
    phrases: [
      'nikomu ..2 nie ..1 mow|mowisz|powiesz|powiedz|wspominaj|wspomnisz|pokazuj|pokazesz|pisz|zdradzaj|gadaj|mowic',
      'nie ..2 mow|mowisz|powiesz|wspominaj|wspomnisz|pokazuj|pokazesz|zdradzaj ..2 nikomu',
      'nikomu ..1 ani ..1 slowa|slowka|mru',
      'nie ..1 zglaszaj|zglaszajcie|zawiadamiaj|informuj ..3 policj*|na_policje|na_policji|policjantom|psom|na_psy|na_komisariat',
      'nie ..1 mieszaj|wzywaj|informuj ..2 policji|policje|psow|psy',
      'ani ..1 slowa|slowka ..1 nikomu',
      'nikt ..2 sie ..1 nie ..1 dowie|dowiedzial',
      'nikt ..1 nie ..2 musi|moze|powinien ..2 wiedziec|sie_dowiedziec',
      'nikt ..1 nie ..1 zobaczy|zobaczy_tego|bedzie_wiedzial',
      'nikt ..1 inny|poza_nami|oprocz_nas|oprocz_mnie|wiecej ..2 nie ..1 zobaczy|dowie|bedzie_wiedzial|zobaczy_tego',
    ],
    unless: ['prezenc*|prezenty|prezentow', 'sama_powiedziec|sam_powiedziec|sama_powiem|sam_powiem|sami_powiemy|chce_sama|chce_sam|sami_chcemy|oficjalnie|ogloszeni*|ogloszeni', 'formularz*|wyznani*|ankiet*', 'ze_pytalam|ze_pytalem|ze_pytam|ze_ci_mowilam|ze_ci_mowilem|ze_sciagam|ze_sciagalam|ze_sciagalem', 'ale_podoba_mi_sie|ale_mi_sie_podoba|podoba_mi_sie_kuba|zakochalam_sie_w|zakochalem_sie_w|kocham_sie_w|mam_crusha|crush_na|ze_mi_sie_podoba|mi_sie_podoba_kuba|ze_sie_zakochalam|ze_sie_zakochalem|ze_mam_crusha', 'klucz|klucza|kluczyk*|wycieraczk*|domofon*|sejf*|ciast*|zjedli*|zjadl*|slodycz*|czekolad*|jedynk*|jedync*|dwoj*|uwag*|wagar*|niespodzian*|prezent*|tort*|urodzin*|imienin*|impreza|imprez*|rocznic*|zareczyn*|wygran*|spoiler*|zakonczeni*|odcink*|sezon*|film*|serial*|ksiaz*|ocen*|sprawdzian*|kartkow*|dostalam_sie|dostalem_sie|zdalam|zdalem|wygralam|wygralem|kadr*', 'zerwal*|zerwali|rozstal*|rozeszli|ona_nie_chce_zeby|on_nie_chce_zeby|oni_nie_chca_zeby|ona_nie_chce_by|on_nie_chce_by|ona_nie_chce_aby'],
    examples: {
      match: ['nikt inny tego nie zobaczy', 'nie mów nikomu że gadamy', 'i nikomu ani słowa', 'nikt się nie dowie', 'nikt nie zobaczy, obiecuję', 'nikomu nie pokazuj naszych rozmów', 'nikt nie musi wiedzieć', 'Nie odpowiadaj na tę wiadomość i nie zgłaszaj tego na policję.'],
      ignore: ['nikt nie moze sie dowiedziec o prezencie dla pani!!', 'nie mow nikomu ale podoba mi sie Kuba z 3b tylko ty wiesz', 'wyslij nam swoje wyznanie przez formularz, jest calkiem anonimowe, nikt sie nie dowie kto pisal', 'nakarmisz kota? klucz bedzie pod wycieraczka, tylko nikomu nie mow gdzie lezy ok?', 'nie mów nikomu o imprezie, to niespodzianka', 'nikomu nie mów jak kończy się film', 'nikt nie zobaczy ocen przed piątkiem', 'nie dzwoń na policję, to tylko fajerwerki', 'nie idź sama na policję, pójdę z tobą', 'nie mow nikomu ale dostalam sie do kadry!!', 'nie mów nikomu jeszcze że jesteśmy razem, chcę sama powiedzieć dziewczynom', 'nie mow nikomu bo ona nie chce zeby cala klasa wiedziala', 'tylko nikomu nie mow ze zerwali, Ola jest smutna'],
    },
  },
  {
    id: 'our-secret',
    phrases: [
      'zostanie|zostaje|zostanmy|zostawmy|zachowaj|zachowajmy|trzymajmy|niech ..3 miedzy ..1 nami',
      'tylko ..1 miedzy ..1 nami',
      'miedzy ..1 nami ..1 ok|dobra|jasne|zostanie|zostaje|jasne',
      'nasz|nasza|nasze|naszym|naszej ..1 tajemnic*|sekret*|sekrecik*|secret|sikret',
      'to|niech|bedzie ..2 tajemnic*|sekret* ..1 miedzy ..1 nami',
    ],
    unless: ['niespodzian*|prezent*|tort*|urodzin*|imprez*|przepis*|babci*|klub*|druzyn*|rocznic*|mowiac|chyba_ze|niebezpieczenstw*|powiadomic|pedagog*|psycholog*'],
    examples: {
      match: ['to bedzie nasz secret ok? i potem delete chat', 'to nasza tajemnica', 'niech to zostanie między nami', 'zostawmy to między nami ok?', 'to nasz mały sekret 🤫'],
      ignore: ['to nasza tajemnica, Ola nie może się dowiedzieć o imprezie', 'między nami mówiąc ten test był trudny', 'to nasz sekretny przepis babci'],
    },
  },
  {
    id: 'delete-chat',
    phrases: [
      'usun|usuniesz|usunac|usuwaj|usuwac|kasuj|skasuj|skasujesz|wykasuj|wyczysc|wywal|czysc ..3 nasz*|ta|te|to|cala|wszystkie|wszystko|moje ..2 rozmow*|czat*|chat*|konwersacj*|wiadomos*|histori*|sms*|msg|pw|priv|wiadomosci',
      'usun|usuniesz|usuwaj|kasuj|skasuj|wykasuj|wyczysc ..2 rozmow*|czat*|chat*|konwersacj*|histori*_czatu|wiadomosci|wiadomosc ..3 po|zanim|jak|bo|zeby|przeczytaniu',
      'wlacz|wlaczmy|ustaw|ustawmy|uzywaj|uzywajmy ..3 znikajac*|tymczasow*|samousuwaj*|tajn*_czat*|tajny_czat|sekretn*_czat*',
      'wyczysc|usun|skasuj|wykasuj ..1 histori* ..1 czatu|rozmow*|wiadomosci|konwersacji',
      'usun|skasuj|wykasuj|usuwaj|kasuj wiadomosci|czat|chat|rozmowe|rozmowy|konwersacje|historie|wszystkie_wiadomosci|smsy',
      'ukryj|schowaj|zarchiwizuj|wycisz ..3 nasz*|ta|te ..1 rozmow*|czat*|konwersacj*',
    ],
    unless: ['haha*|hehe*|xd|xdd*|lol', 'prezen*|niespodzian*|urodzin*|grup*|grupk*|klas*|spam*|reklam*|blad*|literowk*|niechcacy|przez_pomylke|zle_wyslal*'],
    examples: {
      match: ['usuń naszą rozmowę po przeczytaniu ok?', 'skasuj te wiadomości', 'usuń czat zanim ktoś zobaczy', 'włącz znikające wiadomości', 'wyczyść historię czatu'],
      ignore: ['usuń to zdjęcie, wyglądam na nim okropnie', 'usuń wiadomość z grupy bo jest błąd', 'skasuj spam ze skrzynki'],
    },
  },
  {
    id: 'lie-to-parents',
    phrases: [
      'powiedz|powiesz|mow|napisz|sciemnij|sklam ..3 mamie|rodzicom|tacie|starym|matce|ojcu|mamusi ..3 ze ..4 do|u|you ..1 kolezanki|kolegi|przyjaciolki|przyjaciela|znajomej|znajomego|kumpla|kumpeli',
      'wymysl|zmysl|wymyslisz|wymyslimy|zmyslisz ..3 wymowk*|sciem*|historyjk*|klamstw*|bajk* ..3 rodzic*|mam*|tat*|starym|starych',
      'sklam|oklam|sciemnij|nasciemniaj|sklamiesz|oklamiesz ..3 rodzic*|mam*|tat*|starym|starych|matce|ojcu',
    ],
    unless: ['niespodzian*|prezent*|urodzin*|imprez*_niespodzian*|nie_klam|nie_oklamuj|nie_wolno'],
    examples: {
      match: ['powiedz rodzicom że nocujesz u koleżanki', 'powiedz mamie ze idziesz do kolezanki', 'wymysl jakas wymowke dla rodzicow', 'oklam rodzicow ze masz trening'],
      ignore: ['powiedz mamie ze idziesz do mnie', 'nie wolno oklamywac rodzicow', 'powiedz mamie ze obiad byl pyszny'],
    },
  },
  {
    id: 'avoid-monitoring',
    phrases: [
      'tu|tutaj|tam ..3 sprawdzaja|czytaja|monitoruj*|kontroluj*|moderuj*|podgladaj*|skanuj*|sprawdza|czyta',
      'moga|moze ..2 czytac|przeczytac|sprawdzac|sprawdzic|podejrzec|podgladac ..2 nasze|nasza|wiadomosci|rozmow*|czat*',
    ],
    unless: ['moja_mama|moi_rodzice|mama_mi|mi_mama|mnie_mama|moj_tata|tata_mi|nauczyc*|pani|pan|lekcj*|klas*|grup*|szkol*|bibliotek*|ksiaz*|ksiazk*|gazet*|bilet*|bagaz*|lotnisk*|legitymacj*|dowod*|sprawdzian*|kartkow*|test*|wynik*|regulamin*'],
    weight: 1.5,
    examples: {
      match: ['tutaj wszystko sprawdzaja', 'przejdz na whatsappa, tu czytaja wiadomosci', 'moga czytac nasze wiadomosci'],
      ignore: ['tu sprawdzają bilety', 'moja mama tu czyta wszystko', 'tutaj czytają książki na głos'],
    },
  },
  {
    id: 'keep-us-hidden-r6',
    phrases: [
      'lepiej|nie ..3 im|nikomu|rodzicom|mamie|tacie|starym|nikomu_wiecej ..3 o_nas|o_tym|o_mnie|o_naszej|o_naszych|o_naszym ..3 nie ..1 mowic|wspominac|pisac|gadac|mow|wspominaj|mowmy',
      'nie ..1 mow|mowmy|wspominaj|mowic|gadaj|pisz ..2 im|nikomu|nic|rodzicom|mamie|tacie ..2 o_nas|o_mnie|o_naszej_znajomosci|o_naszych_rozmowach|o_naszej_rozmowie|ze_ze_mna_piszesz|ze_ze_mna_gadasz|ze_sie_znamy',
      'zeby|by|aby ..2 [twoi|twoja|twoj] rodzice|mama|tata|starzy|nikt ..1 nie ..1 widzieli|widzial|widziala|zobaczyli|zobaczyl|zobaczyla|sprawdzili|przeczytali|znalezli|wiedzieli|wiedzial|wiedziala',
      'miedzy ..1 mna ..1 a ..1 toba',
      'tylko ..1 my ..1 dwoje|dwa|dwie ..2 bedziemy|wiemy|mozemy ..1 wiedziec|o_tym',
      'zaloz|zrob|stworz|zalozysz|zrobisz ..2 nowe|drugie|osobne|tajne|fejkowe|sekretne|ukryte ..1 konto|profil ..5 zeby|by|aby|na_ktore|dla_nas|o_ktorym|rodzice|mama|tata|nikt',
      'ukryj|schowaj|zablokuj_haslem|ukrywaj ..2 [ta|te|moja] aplikacj*|apke|czat|konwersacj*|rozmow*|wiadomosci ..4 przed ..1 rodzic*|mama|mamy|tata|taty|starymi|wszystkimi',
      'jak|jesli|jezeli|gdy ..1 komus|komukolwiek|rodzicom|mamie|tacie|policji|nauczyc*|starym|pedagog* ..2 powiesz|pisniesz|wygadasz|wspomnisz|napiszesz|pokazesz|doniesiesz',
      'kasuj|usuwaj|usun|skasuj|wykasuj ..2 wszystko|kazda|kazde|wszystkie ..2 co ..1 ci ..1 pisze|wysylam|wyslalem|wyslalam|napisalem|napisalam',
    ],
    unless: ['niespodzian*|prezent*|tort*|urodzin*|imienin*|imprez*|rocznic*|zareczyn*|spoiler*|zakonczeni*|odcink*|serial*|filmu|filmy|filmie|kino|ksiaz*|ocen*|jedynk*|dwoj*|sprawdzian*|kartkow*|wagar*|uwag*|zbil*|zepsul*|stlukl*|rozbil*|zgubil*|wylal*|zjadl*|pale|palisz|papieros*|wazon*|klas*|grup*|druzyn*|szkol*_konto|test*|tescie|classroom*|teams|librus*|pani|pan|nauczyc*|xd|haha*|hehe'],
    examples: {
      match: ['lepiej im o nas nie mówić, i tak by nie zrozumieli', 'zrób nowe konto żeby rodzice nie widzieli', 'to tylko między mną a tobą', 'jak komuś powiesz to pożałujesz', 'nie mów nikomu o naszych rozmowach', 'tylko zeby nikt nie widzial', 'kasuj wszystko co ci piszę'],
      ignore: ['nie mów nikomu o niespodziance dla mamy', 'schowaj prezent żeby mama nie widziała', 'jak komuś powiesz jak się kończy serial to cię zabiję xd'],
    },
  },
  {
    id: 'when-parents-sleep-r6',
    phrases: [
      'jak|kiedy|gdy|zanim|az ..2 rodzice|starzy|mama|tata|wszyscy|domownicy ..2 pojda_spac|zasna|usna|spia|beda_spali|wyjda|wyjada|nie_beda_patrzec|nie_widza|nie_patrza|pojda_do_pracy',
      'i_tak ..2 by|nie ..1 nie ..1 zrozumieli|zrozumieja|zrozumialaby|zrozumialby|zrozumiala|zrozumial',
    ],
    unless: ['pogramy|pogrammy|zagramy|gramy|gra|grze|fortnite|minecraft|filmu|filmy|filmie|serial*|prezent*|niespodzian*|tort*|urodzin*|zadani*|lekcj*|projekt*|posprzata*|sprzata*|ugotuj*|obiad*|kolacj*|zadzwon_do_babci|babci*|dziadk*|ciszej|glosno|halas*|tlumacz*|matm*|fizyk*|chemi*|xd|haha*'],
    weight: 1.5,
    examples: {
      match: ['tylko pokaż się na kamerce wieczorem jak rodzice pójdą spać', 'napisz jak starzy zasną', 'i tak by nie zrozumieli'],
      ignore: ['zagramy w fortnite jak rodzice pójdą spać', 'nie tłumacz mu matmy, i tak by nie zrozumiał xd'],
    },
  },
  {
    id: 'nobody-would-understand-r6',
    phrases: [
      'ludzie|inni|nikt|oni|wszyscy|doroslych|dorosli ..2 by|nie ..1 nie ..1 zrozumieli|zrozumie|zrozumieja|zrozumial|zrozumiala|zrozumieliby',
      'to ..1 nasza|nasz|nasze ..1 sprawa|sekret|tajemnica|sprawy ..3 nikogo|nikt|nie_ich|nie_mow|ok|jasne',
      'nikomu ..1 nic ..1 do ..1 tego|nas',
      'nikt ..1 nie ..1 musi ..1 wiedziec ..2 ze|o ..2 piszemy|gadamy|sie_znamy|rozmawiamy|nas',
      'nie ..1 zrozumieja|zrozumieliby|zrozumie|zrozumialby|zrozumialaby|zrozumial|zrozumiala ..2 tego_co_nas_laczy|co_nas_laczy|naszej_relacji|naszego_zwiazku|tego_co_mamy|tego_co_jest_miedzy_nami|co_jest_miedzy_nami|naszej_wiezi|naszej_wyjatkowej',
    ],
    unless: ['zadani*|matm*|fizyk*|chemi*|lekcj*|sprawdzian*|nauczyc*|pani|pan|filmu|filmy|filmie|serial*|ksiaz*|mem*|zart*|zarcik*|zart|zagadk*|niespodzian*|prezent*|imprez*|urodzin*|xd|haha*|hehe'],
    weight: 1.5,
    examples: {
      match: ['lepiej nie mów nikomu, ludzie by nie zrozumieli', 'to nasza sprawa, nikogo to nie obchodzi', 'nikomu nic do tego', 'nikt nie musi wiedzieć że piszemy', 'oni nigdy nie zrozumieją tego, co jest między nami', 'twoja mama by nie zrozumiała naszej relacji'],
      ignore: ['nie tłumacz tego zadania, i tak by nie zrozumieli xd', 'to nasza sprawa z tym prezentem dla mamy', 'nie zrozumiem tego zadania z matmy', 'pani nie zrozumie naszej prezentacji haha'],
    },
  },
  {
    id: 'hide-me-in-your-phone-r6',
    phrases: [
      'chca|chcieliby|beda_chcieli|moga|beda_chcieli ..1 nas ..1 rozdzielic|rozdzielic_nas',
      'ukrywac|ukrywajmy|ukrywaj|ukryjmy|chowac|chowajmy ..2 [sie] przed ..2 rodzic*|mama|mamy|tata|taty|twoimi|twoja|twoim|wszystkimi|dorosl*|starymi',
      'nie ..1 ufaj ..1 rodzicom|mamie|tacie|nauczyc*|doroslym|pedagog*|policji',
      'usun|ukryj|schowaj|zmien|wykasuj ..2 mnie|moje_imie|moj_numer|moj_kontakt|nasze_zdjecia ..2 z|w ..1 kontakt*|telefon*|galerii ..4 jak|zeby|bo|gdyby|zanim ..2 mama|tata|rodzice|starzy|sprawdza|sprawdzaja|zobacza|zobaczy|przeglada|przegladaja',
      'zmien|zapisz ..2 mnie|moje_imie|moj_numer|moj_kontakt ..4 jako|na ..1 jakas|jakiegos|kolezank*|kolege|kolezanke|inna|inne|innego|kogos|dziewczyne',
      'zapisz ..1 mnie ..3 jako',
      'jak|jesli|gdyby ..2 ktos|mama|tata|rodzice|starzy ..1 zapyta|zapytaja|spyta|spytaja ..3 mow|powiedz|odpowiedz ..1 ze ..2 jestem|to ..2 kolega|kolezanka|kuzyn*|z_klasy|z_druzyny|z_treningu|ze_szkoly',
    ],
    unless: ['pomylil*|pomylka|bledn*|zle|literowk*|niespodzian*|prezent*|tort*|urodzin*|imprez*|spoiler*|zart*|xd|haha*|hehe|primaaprilis*|prima_aprilis'],
    examples: {
      match: ['nie ufaj rodzicom, oni chcą nas rozdzielić', 'musimy się ukrywać przed twoimi rodzicami', 'usuń mnie z kontaktów jak mama sprawdza telefon', 'zmień moje imię w kontaktach na jakąś koleżankę', 'zapisz mnie w telefonie jako Ania', 'jak ktoś zapyta, mów że jestem kolegą z klasy'],
      ignore: ['zapisz mnie jako Mikołaja, zrobimy mamie niespodziankę', 'jak ktoś zapyta, mów że jestem kolegą z klasy, to prima aprilis xd'],
    },
  },
  {
    id: 'disappearing-messages-r8',
    phrases: [
      'wiadomosci|wiadomosc|czat|czaty|rozmowy|rozmowa|wszystko|zdjecia|fotki ..2 same|sie|automatycznie znikaja|znika|kasuja|kasuje|usuwaja|usuwa|znikna|skasuja|zniknie',
      'znikajace|znikajacych ..1 wiadomosci|wiadomosciach|czaty|zdjecia',
      'wlacz|ustaw|wlaczmy|ustawmy|wlaczyc|ustawic ..2 znikajace|znikanie|samousuwanie|autousuwanie',
    ],
    unless: ['nie_znikaja|nie_znika|nie_kasuja|nie_kasuje|nie_usuwaja|sie_nie|bateri*|telefon_mi|aplikacj*_sie_zawiesza|blad|bug|aktualizacj*|pamiec*|kontakty_mi|nie_wiem_czemu|dlaczego|czemu|support|pomoc*|bezpieczen*_dane|haslo|hasla|bank*'],
    examples: {
      match: ['zainstaluj signala, tam wiadomości same znikają', 'włącz znikające wiadomości', 'na snapie wszystko samo się kasuje'],
      ignore: ['czemu wiadomości same mi znikają? chyba bug', 'zainstaluj discorda, tam wiadomości same się nie kasują', 'znikają mi zdjęcia z galerii, nie wiem czemu'],
    },
  },
  {
    id: 'i-wont-tell-anyone-r8',
    phrases: [
      'mozesz ..1 mi ..1 powiedziec|napisac|pokazac|wyslac ..3 nikomu ..1 nie ..1 powiem|pokaze|wysle|zdradze',
      'nikomu ..1 nie ..1 pokaze|wysle|przesle ..3 obiecuje|przysiegam|slowo|zostanie_miedzy_nami|tylko_dla_mnie',
    ],
    unless: ['kto_ci_sie_podoba|podoba_ci_sie|crush*|w_kim|zakochan*|ocen*|sprawdzian*|odpowiedz*|zadani*|niespodzian*|prezent*|urodzin*|imprez*|xd|haha*'],
    weight: 1,
    examples: {
      match: ['jesteś jeszcze dziewicą czy nie? możesz mi powiedzieć, nikomu nie powiem', 'nikomu nie pokażę, obiecuję'],
      ignore: ['możesz mi powiedzieć kto ci się podoba, nikomu nie powiem xd', 'możesz mi pokazać odpowiedzi? nikomu nie powiem'],
    },
  },
  {
    id: 'a-pic-just-for-me-r9',
    phrases: [
      '@photo|fotke|fote|zdjecie|cos|takie|taka|taki ..3 tylko ..1 dla_mnie|dla_moich_oczu|do_mojej_kolekcji',
    ],
    unless: ['tort*|ciast*|obiad*|przepis*|prezent*|niespodzian*|wyciecz*|klas*|grup*|zadani*|lekcj*|notatk*|dokument*|babci*|dziadk*|mama|mamo|tata|tato|plan*|xd|haha*|hehe'],
    examples: {
      match: ['to zrob mi fotke w lozku, tylko dla mnie', 'zrob jeszcze jedno zdjecie, ale takie tylko dla mnie 😇'],
      ignore: ['upiekłam ciasto tylko dla mnie xd', 'wyślij zdjęcie planu lekcji, tylko dla mnie bo zgubiłam'],
    },
  },
  {
    id: 'dont-say-we-talk-r10',
    phrases: [
      'nie|nikomu ..1 mow|mowcie|wspominaj|wygadaj|pisz|zdradzaj ..3 ze|o_tym_ze ..1 pisalismy|piszemy|gadamy|gadalismy|rozmawiamy|rozmawialismy|sie_znamy|sie_spotykamy|sie_spotkamy|do_ciebie_pisze|do_ciebie_pisalem|pisze_do_ciebie|z_toba_pisze|ze_mna_piszesz|ze_mna_gadasz',
      'tylko ..1 nie ..1 mow|mowcie ..1 innym|reszcie|nikomu_innemu|kolezankom|kolegom|dziewczynom|chlopakom ..3 bo ..3 zazdros*|beda|zrozumieja|pomysla|gadac|plotkowac',
    ],
    unless: ['urodzin*|niespodzian*|prezent*|impreza*|imprez*|spoiler*|zakonczeni*|final*|odcink*|sprawdzian*|kartkowk*|odpowiedz*|zadani*'],
    examples: {
      match: ['tylko nie mow Kubie ze pisalismy ok?', 'nie mów nikomu że piszemy', 'Tylko nie mow innym dziewczynom, bo beda zazdrosne ze masz dodatkowe treningi'],
      ignore: ['nie mow nikomu ze pisalismy o imprezie niespodziance', 'tylko nie mow innym odpowiedzi bo beda sciagac'],
    },
  },
  {
    id: 'parents-need-not-know-r10',
    phrases: [
      'rodzice|rodzicow|mama|mamy|tata|taty|starzy|starych|opiekunowie|opiekunow ..2 nie ..1 musza|musi|potrzebuja|powinni|powinna|powinien ..2 wiedziec|sie_dowiadywac|sie_dowiedziec|o_tym_wiedziec',
      'nie ..2 angazowac|informowac|wtajemniczac|wciagac|mieszac ..2 rodzicow|rodzicom|rodzicami|mamy|taty|opiekunow|dorosl*',
      'pelna|calkowita|zachowamy|gwarantujemy|gwarantuje ..1 dyskrecj*|anonimowosc',
      'nikt ..2 nie ..1 przeczyta|zobaczy_naszych|bedzie_czytal|sprawdzi_naszych|odczyta',
    ],
    unless: ['niespodzian*|prezent*|urodzin*|imprez*|zamowieni*|paczk*|sklep*|przesylk*|lekarz*|psycholog*|terapeut*|telefon_zaufania|116|pedagog*|pomoc*|zglos*|policj*|ocen*|dziennik*|wywiadowk*'],
    examples: {
      match: ['pelna dyskrecja, rodzice nie musza wiedziec', 'Na tym etapie prosimy nie angazowac rodzicow', 'przejdzmy na signala, tam jest bezpieczniej i nikt nie przeczyta'],
      ignore: ['mama nie musi wiedziec o prezencie, to niespodzianka', 'pelna dyskrecja paczki, wysylka w szarym kartonie', 'telefon zaufania 116 111, pelna anonimowosc, rodzice nie musza wiedziec'],
    },
  },
  {
    id: 'im-discreet-r10',
    phrases: [
      'jestem|bede|umiem_byc ..1 dyskretn*|dyskretny|dyskretna',
      'mozesz ..1 mi ..1 powiedziec|zaufac|wszystko_powiedziec ..3 nikomu_nie_powiem|nie_wygadam|zostanie_miedzy_nami|jestem_dyskretny|jestem_dyskretna',
    ],
    unless: ['podoba|podobasz|podobal*|zakochan*|crush*|lubisz_go|lubisz_ja|kochasz_sie|imprez*|niespodzian*|prezent*|urodzin*|pedagog*|psycholog*|terapeut*|lekarz*|telefon_zaufania|116|wychowaw*|nauczyciel*|pani|pan_od|zgloszeni*|pomoc*'],
    examples: {
      match: ['mozesz mi powiedziec, jestem dyskretny', 'spokojnie, bede dyskretna', 'możesz mi powiedzieć, zostanie między nami'],
      ignore: ['jestem dyskretna, nie powiem nic o imprezie niespodziance', 'mozesz mi zaufac, jestem pedagogiem szkolnym i jestem dyskretna'],
    },
  },
  {
    id: 'tell-them-youre-at-a-friends-r11',
    phrases: [
      'rodzicom|mamie|tacie|starym|w_domu|matce|ojcu ..2 powiedz|mow|napisz|sciemnij|sciemniaj|klam|sciemniaj ..2 ze ..3 idziesz|jestes|nocujesz|spisz|bedziesz|uczysz|zostajesz ..2 do|u|you|z ..1 kolezank*|koleg*|przyjaci*|znajom*|psiapsi*|ziomk*|ziom*',
    ],
    unless: ['urodzin*|niespodzian*|prezent*|tort*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['tylko rodzicom mow ze idziesz do kolezanki', 'w domu powiedz ze nocujesz u przyjaciolki'],
      ignore: ['mamie powiedz ze idziesz do kolezanki po prezent na urodziny taty'],
    },
  },
  {
    id: 'dont-tell-him-about-me-r11',
    phrases: [
      'nie ..1 mow|mowcie|mowisz|wspominaj|pisz|gadaj ..2 mu|jej|im|nikomu|tacie|mamie|rodzicom|starym ..2 o ..1 mnie|nas|naszej|naszych|naszym',
    ],
    unless: ['niespodzian*|urodzin*|prezent*|tort*|imprez*|xd|haha*|hehe|wstydz*|podobasz|podoba_mi|crush*|zakochan*|lubie_go|lubie_ja'],
    weight: 2,
    examples: {
      match: ['super. nie mow mu o mnie bo zabierze ci konto', 'nie mow nikomu o nas', 'nie wspominaj mamie o mnie'],
      ignore: ['nie mow mu o mnie, wstydze sie bo mi sie podoba xd', 'nie mow jej o nas, to niespodzianka na urodziny'],
    },
  },
  {
    id: 'keep-the-contract-secret-r11',
    phrases: [
      'rodzicom|mamie|tacie|starym ..3 nie_mow|nic_nie_mow|ani_slowa|nie_mowcie ..6 umow*|kontrakt*|podpiszemy|agencj*|sesj*|castingu|casting',
      'nie_mow|nic_nie_mow|nie_mowcie|nie_wspominaj ..2 rodzicom|mamie|tacie|starym|nikomu ..6 umow*|kontrakt*|podpiszemy|agencj*|castingu|casting',
    ],
    unless: ['xd|haha*|hehe'],
    weight: 2,
    examples: {
      match: ['rodzicom na razie nie mow, to niespodzianka jak podpiszemy umowe', 'nie mow nikomu o castingu dopoki nie podpiszemy kontraktu'],
      ignore: ['mamie nie mow o prezencie, to niespodzianka', 'nie mow nikomu o castingu xd'],
    },
  },
  {
    id: 'parents-need-not-come-r11',
    phrases: [
      'rodzice|rodzicow|mama|tata|opiekun*|starzy ..3 nie ..1 musza|musi|potrzebuja|powinni ..1 byc|przychodzic|przyjezdzac|jechac|towarzyszyc|byc_obecni|o_niczym_wiedziec',
      'nie ..1 opowiadaj|opowiadajcie|rozpowiadaj|wygadaj|zdradzaj|opowiadac|rozpowiadac ..2 o ..1 nas|nich|mnie|naszych|naszej|naszym|sesjach|rozmowach|spotkaniach ..2 nikomu|rodzicom|mamie|tacie|starym',
    ],
    unless: ['turniej*|trening*|zajec*|zebrani*|wywiadowk*|wyciecz*|zawod*|mecz*|apel*|akademi*|uroczyst*|lekcj*|odbior*|wycieczk*|kolonie|oboz*|dyskotek*|szkoln*|niespodzian*|urodzin*|prezent*|tort*|imprez*|spoiler*|zakonczeni*|fabul*|serial*|film*|odcin*|ksiazk*|zart*|kawal*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['sesja jest platna 800 zl, fotograf przyjedzie do ciebie, rodzice nie musza byc', 'to sa nasze sesje, nie opowiadaj o nich nikomu'],
      ignore: ['rodzice nie musza przychodzic na zebranie', 'nie opowiadaj nikomu co ci powiedzialam o Kasi', 'rodzice nie musza przyjezdzac na turniej', 'nie opowiadaj nikomu zakonczenia serialu xd'],
    },
  },
  {
    id: 'dont-talk-to-parents-or-others-r12',
    phrases: [
      'nie ..1 gadaj|mow|mowi|wspominaj|opowiadaj ..3 z ..1 rodzicami|mama|tata|starymi|nikim|rodzina',
      'nie ..1 mow|mowi ..4 innym|reszcie ..3 bo|beda|zaraz',
      'tam|bo ..2 znika|znikaja|znikna ..6 nikt|zadnych_sladow|sladu|nie_zostaje',
    ],
    unless: ['niespodzian*|imprez*|urodzin*|prezent*|tort*|ocen*|xd|haha*|spoiler*|zakonczeni*'],
    examples: {
      match: ['tylko nie gadaj o tym z rodzicami, nie zrozumieja', 'spoko, to nie mow o tym kanale innym, bo beda zazdrosni', 'tam znika i nikt ci nie ukradnie zdjec'],
      ignore: ['nie mow innym o imprezie bo to niespodzianka', 'nie gadaj z mama o ocenach przy obiedzie xd'],
    },
  },
  {
    id: 'dont-tell-coach-youre-with-me-r13',
    phrases: [
      'nie ..1 mow|mowi|mowcie|powiesz|wspominaj ..1 trenerowi|trenerce|wychowawcy|wychowawczyni|nauczyc*|pedagog*|rodzicom|mamie|tacie|starym ..2 ze ..3 ze_mna|do_mnie|you_mnie|sie_spotykamy|gadamy|piszemy|jedziesz|idziesz|bedziesz',
      'rodzice|mama|tata|starzy ..2 i_tak|przeciez ..1 mysla|mysli|beda_myslec|pomysla|pomysli ..1 ze ..1 jestes|bedziesz|siedzisz|spisz',
      'bez ..1 rodzicow|mamy|taty|opiekun*|starych ..4 oni|ona|on ..1 tylko|by ..2 przeszkadzal*|zepsul*|nie_zrozumial*|zawracal*|wtracal*',
      'rodzicom|mamie|tacie|starym ..1 powiemy|powiesz|powiem ..1 jak|kiedy|dopiero|po ..2 podpiszesz|wygrasz|skonczymy|zarobisz|dostaniesz|podpisaniu',
    ],
    unless: ['niespodzian*|prezent*|urodzin*|tort*|imprez*|balon*|xd|haha*|sprawdzian*|ocen*|jedynk*|kartkow*|pala|wywiadowk*|zebrani*'],
    examples: {
      match: ['jutro po treningu cie podwioze, tylko nie mow trenerowi ze jedziesz ze mna', 'do mnie, obejrzymy film. rodzice i tak mysla ze jestes na treningu', 'Przyjedz do studia w sobote, sama, bez rodzicow, oni tylko by przeszkadzali', 'Zdjecia prosze wyslac na telegramie, rodzicom powiemy jak podpiszesz kontrakt'],
      ignore: ['nie mow mamie ze kupilismy jej prezent', 'rodzice i tak mysla ze jestes na treningu wiec wroc na czas xd'],
    },
  },
  {
    id: 'no-need-to-inform-them-r13',
    phrases: [
      'nie ..1 trzeba|musimy|musisz|ma_potrzeby ..1 ich|jej|go|rodzicow|rodzicom|mamy|taty ..1 informowac|powiadamiac|pytac|wtajemniczac|mieszac',
      'nie ..1 trzeba|musimy|musisz ..1 informowac|pytac|powiadamiac|wtajemniczac ..1 rodzicow|rodzicom|mamy|taty|mamie|tacie|starych',
    ],
    unless: ['urodzin*|tort*|imprez*|balon*|prezent*|zebrani*|wywiadowk*|pani|pan|wyciecz*|xd|haha*|maila|mail|librus*|dziennik*|juz_wiedza|wiedza_juz|sami_sie_dowiedza|wiedza'],
    examples: {
      match: ['Na tym etapie nie trzeba ich informowac, zrobimy im niespodzianke jak wygrasz', 'nie musisz pytac rodzicow, to tylko sesja probna'],
      ignore: ['nie trzeba ich informowac o zebraniu, pani wyslala maila', 'nie trzeba ich informowac, juz wiedza o imprezie'],
    },
  },
  {
    id: 'say-youre-at-a-friends-r14',
    phrases: [
      'powiesz|powiedz|powiedz_im|powiedz_mamie|powiedz_rodzicom|mow|mowisz|napiszesz ..2 ze ..3 idziesz|jestes|nocujesz|spisz|bedziesz|uczysz_sie|zostajesz ..2 do|u|you|na|z ..1 kolezank*|koleg*|przyjaci*|znajom*|psiapsi*|ziomk*|ziom*|kumpel*|kumpl*|korki|korepetycj*|treningu|trening|biblioteki|bibliotece',
      'nic ..1 nie ..1 mow|mowcie ..4 powiesz|powiedz|powiedz_im|sciemnij|mow ..1 ze',
      'rodzic*|starzy|starych|starym|mama|mamie|tata|tacie ..6 nie ..1 mow|mowcie|mowic ..1 im|jej|mu|nic',
      'przyjdz|przyjedz|przychodz|wpadnij|wyjdz|przyjdziesz|przyjedziesz ..3 [sam|sama] bez ..1 starych|rodzicow|rodzica|mamy|taty|opiekun*|nikogo',
      'lepiej ..1 nie|bez ..3 rodzic*|mama|mamy|tata|taty|opiekun*|starzy|starych ..2 stresuj*|przeszkadzaj*|psuj*|rozpraszaj*|krepuj*|panikuj*|wtracaj*|nie_zrozumieja',
      'nie ..1 informuj|informowac|informujcie|zawiadamiaj|powiadamiaj|kontaktuj ..2 [sie] [z] rodzic*|rodziny|nikogo|polic*|policja|policji|szkoly|wychowaw*|nauczyciel*|doroslych|doroslymi',
      'sprawa|rozmowa|wszystko ..2 objeta|objete|objety ..1 tajemnica|klauzula_poufnosci',
    ],
    unless: ['urodzin*|niespodzian*|prezent*|tort*|dzien_matki|dnia_matki|dzien_ojca|dnia_ojca|xd|haha*|imprez*|osiemnast*|18stk*|zebrani*|wywiadowk*|impreza_niespodzianka|dyskotek*|szkoln*|studniowk*|bal|balu|wycieczk*|oboz*'],
    weight: 2,
    examples: {
      match: ['nic nie mow, powiesz ze idziesz do kolezanki', 'bo rodzice zawsze psuja deale. nie mow im nic ok?', 'spotkajmy sie w galerii, tylko przyjdz sam bez starych', 'Lepiej nie, rodzice stresuja modelki', 'Nie informuj rodzicow, sprawa jest objeta tajemnica', 'Nie kontaktuj sie z policja.', 'mamie powiesz ze nocujesz u psiapsi'],
      ignore: ['nie mow mamie o prezencie, to niespodzianka na dzien matki', 'przyjdz bez rodzicow na osiemnastke xd', 'przyjdz bez rodzicow, to dyskoteka szkolna', 'powiedz mamie ze jestem u kolegi na urodzinach', 'nic nie mow Majce, powiesz ze idziemy do kina, to impreza niespodzianka'],
    },
  },
  {
    id: 'dont-write-about-me-r14',
    phrases: [
      'nie ..1 pisz|mow|wspominaj|opowiadaj|gadaj ..2 o ..1 mnie|nas|nas_dwojgu|naszej_znajomosci|naszych_rozmowach ..3 nikomu|nawet|rodzic*|mamie|tacie|kolezank*|psiapsi*|przyjaciol*|znajomym|nikogo',
      'nie ..1 mowmy|mowcie|mowimy|piszmy ..1 nikomu|nikomu_nic ..3 ze ..2 piszemy|gadamy|rozmawiamy|sie_znamy|sie_spotykamy|jestesmy_razem|sie_przyjaznimy|sie_lubimy',
    ],
    unless: ['urodzin*|niespodzian*|prezent*|tort*|xd|haha*|imprez*|zebrani*|klotni*|pokloci*|wstyd*|zerwal*|zerwala|zerwalismy'],
    weight: 2,
    examples: {
      match: ['nie pisz o mnie nikomu, nawet psiapsiolce', 'nie mow o nas rodzicom', 'nie mowmy nikomu ze ze soba piszemy ok?'],
      ignore: ['nie mow o mnie nikomu ze zerwalismy, wstyd mi', 'nie pisz o nas nikomu, to niespodzianka na urodziny'],
    },
  },
  {
    id: 'dont-involve-police-discretion-r15',
    phrases: [
      'prosimy|prosze|nie_radze|radze_nie|lepiej_nie ..2 nie ..1 kontaktowac|kontaktuj|zglaszac|zglaszaj|informowac|informuj|angazowac|mowic ..3 policj*|rodzic*|nikogo|nikomu|opiekun*|szkol*',
      'prosimy|prosze|wymagamy|oczekujemy ..2 o ..1 dyskrecj*|poufnos*|zachowanie_tajemnicy ..6 rodzic*|rodzicow|mamy|taty|nikomu|nikogo|blokuja|wyslij|dzis|dzisiaj',
      'nie ..1 angazowac|wtajemniczac|informowac ..1 rodzicow|rodzica|opiekunow|mamy|taty ..3 na_tym_etapie|jeszcze|teraz|poki_co',
      'ze_wzgledow|ze_wzgledu_na ..1 nda|poufnosc|tajemnic* ..6 nie_mow|nikomu|rodzic*',
      'kontakt|pisz|piszemy ..1 tylko ..2 przez|na ..1 @app ..2 ze_wzgledow|ze_wzgledu_na|bo ..1 nda|poufnosc*|tajemnic*|dyskrecj*',
      'umowa|umowy|klauzula ..1 nda|poufnosci ..3 nie ..1 mow|mowic|mozesz',
      'nie ..1 mow|mowcie|mowic ..1 rodzicom|nikomu|mamie|tacie ..3 umowa|nda|klauzula|poufnosc*',
      'mamie|mamusi|tacie|rodzicom|starym ..2 ani ..1 slowa|slowka|mru_mru|piszczka',
    ],
    unless: ['niespodzian*|prezent*|urodzin*|tort*|impreza|imprez*|xd|haha*|rodo|psa|kota|zgubion*|znalazl*|kradziez*|wypadk*|dane_osobowe|oferujemy|regulamin*|reklamacj*|ubezpiecz*|lekarz*|pedagog*|psycholog*|telefon_zaufania|116|bezpieczn*|zglos_to|zglos'],
    examples: {
      match: ['Kontakt tylko przez Signal ze wzgledow NDA.', 'Prosimy nie kontaktowac sie z policja, to przerwie procedure usuwania.', 'Na tym etapie prosimy o dyskrecje, rodzice czesto blokuja kariery. Wyslij dzisiaj', 'Prosimy nie angazowac rodzicow na tym etapie.', 'Nie mow rodzicom, umowa NDA', 'wyslij na snapa, tam sie kasuje samo i mamie ani slowa'],
      ignore: ['mamie ani slowa o niespodziance na urodziny!', 'prosimy nie kontaktowac sie z policja w sprawie zgubionego psa, juz sie znalazl', 'prosimy o dyskrecje w sprawie prezentu dla pani dyrektor'],
    },
  },
  {
    id: 'they-dont-need-to-know-r16',
    phrases: [
      '@people|wychowawczyni|pani|pan|nikt ..1 nie ..1 musi|musza|musial*|potrzebuje|potrzebuja ..1 wiedziec|znac|sie_dowiadywac|o_tym_wiedziec',
      'nie ..1 mow|mowi|wspominaj|pisz ..2 ze ..1 pisze|pisze_do_ciebie|do_ciebie_pisze|pisalem|pisalam|gadamy|rozmawiamy|sie_znamy|sie_spotykamy',
    ],
    unless: ['prezen*|niespodzian*|impreza*|imprez*|urodzin*|zaskoczy*|tort*|oceny|oceni*|jedynk*|wagary|papieros*|spoznil*|zjadl*|rozbil*|zepsul*'],
    examples: {
      match: ['tylko ty i ja, bez zamieszania, wychowawczyni nie musi wiedziec', 'nie mow bartkowi ze pisze, bo sie wkurzy', 'rodzice nie musza o tym wiedziec'],
      ignore: ['mama nie musi wiedziec ze rozbilem wazon', 'nie mow oli ze gadamy o prezencie'],
    },
  },
  {
    id: 'x-need-not-know-we-talk-r17',
    phrases: [
      'nie_musi|nie_musza|nie_powinien|nie_powinna|nie_powinni ..1 wiedziec|sie_dowiedziec ..2 ze|o ..1 gadamy|piszemy|rozmawiamy|sie_znamy|sie_spotykamy|pisze|pisalismy|gadalismy|nas|naszych|naszej',
    ],
    unless: ['prezent*|prezenc*|niespodzian*|urodzin*|wazon*|zbiork*'],
    examples: {
      match: ['Patryk nie musi wiedziec ze gadamy, on jest zazdrosny ok?', 'twoj brat nie powinien wiedziec ze piszemy'],
      ignore: ['mama nie musi wiedziec ze gadamy o jej prezencie', 'kuba nie musi wiedziec o naszej imprezie niespodziance'],
    },
  },
  {
    id: 'dont-show-our-chats-to-x-r17',
    phrases: [
      'mamie|tacie|rodzicom|nikomu|siostrze|bratu|kolezank*|kolegom|starym|wychowawcy ..2 nie ..1 pokazuj|pokazywac|dawaj_czytac ..2 naszych|nasze|naszej|naszego ..1 czat*|rozmow*|wiadomos*|konwersac*|dm*|pw|snap*|smsow',
      'nie_mow|nie_mowi|nic_nie_mow ..1 trenerowi|wychowawcy|wychowawczyni|nauczycielowi|nauczycielce|kolegom|kolezankom|kuzynowi|bratu|siostrze ..4 bo_on|bo_ona|bo_oni|ze_gadamy|ze_piszemy|o_nas|o_naszych|o_sesji|o_zdjeciach',
    ],
    unless: ['spozni*|prezent*|prezenc*|niespodzian*|urodzin*|kartkowk*|sprawdzian*|zadani*|ocen*|zepsu*|zgubil*|rozbil*|imprez*|spoil*|zakonczen*|odcink*'],
    examples: {
      match: ['tylko mamie nie pokazuj naszych czatow', 'taki styl zina, surowy. nie mow trenerowi bo on nie lubi jak ktos robi kase na boku'],
      ignore: ['nie mow trenerowi bo on sie wscieknie ze sie spoznilem', 'mamie nie pokazuj naszych rozmow o prezencie'],
    },
  },
  {
    id: 'come-without-anyone-r18',
    phrases: [
      'przyjdz|przyjedz|wpadnij|badz|przychodz|przyjdziesz ..2 bez_nikogo|bez_rodzicow|bez_kolezanek|bez_kolegow|bez_mamy|bez_taty',
      'nikogo ..1 nie ..1 bierz|zabieraj|przyprowadzaj ..1 ze_soba',
      'nie ..1 bierz|zabieraj|przyprowadzaj ..1 nikogo ..1 ze_soba',
    ],
    weight: 1.5,
    unless: ['xd|haha*|lol|niespodzian*|urodzin*|prezent*|imprez*|trening*|lekcj*|korepetycj*|egzamin*|sprawdzian*|wizyt*|lekarz*|dentyst*|zapisy|rekrutacj*|rozmow*_kwalifik*'],
    examples: {
      match: ['spotkamy sie jutro w parku? przyjdz bez nikogo', 'nie bierz nikogo ze soba'],
      ignore: ['przyjdz bez nikogo, to ma byc niespodzianka dla kasi xd'],
    },
  },
  {
    id: 'better-not-tell-yet-r19',
    phrases: ['lepiej ..1 nie ..1 mow|mowmy|wspominaj|gadaj ..2 na_razie|nikomu|rodzicom|mamie|starym|tacie|jeszcze'],
    unless: ['niespodzian*|impre*|urodzin*|prezent*|tort*|spoiler*|zakonczeni*'],
    examples: {
      match: ['lepiej nie mow na razie, jeszcze nic nie jest pewne', 'lepiej nie mow rodzicom o nas'],
      ignore: ['lepiej nie mow nikomu o imprezie niespodziance'],
    },
  },
  {
    id: 'delete-the-convo-slang-r19',
    phrases: ['usun|skasuj|kasuj|wyczysc|wywal ..2 ta|te|nasza|cala ..1 konwe|konfe|konwersacj*|konfie|konwie'],
    unless: ['mem*|grup*_klas*|spoiler*|niespodzian*|prezent*'],
    examples: {
      match: ['a potem usun ta konwe zebys nie mial klopotow', 'skasuj cala konfe'],
      ignore: ['usun ta konwe z memami bo zajmuje pamiec'],
    },
  },
  {
    id: 'parents-must-not-see-r20',
    phrases: [
      'rodzice|mama|tata|starzy|twoi_rodzice|twoja_mama|twoj_tata|twoja_matka|twoj_ojciec ..2 nie ..1 moga|moze|powinni|powinna|powinien|musza|musi ..2 tego|o_tym|tej_rozmowy|naszej_rozmowy|naszych_rozmow|tych_wiadomosci|naszego_czatu ..1 zobaczyc|widziec|czytac|przeczytac|znalezc|sie_dowiedziec',
      'nie ..1 mowic|powiedziec|mowi|gadac ..1 mama|tata|rodzice|rodzina|mamusia|tatus|policja|nauczyciel',
    ],
    unless: ['mojej_mamie|mojemu_tacie|moim_rodzicom|moim_starym|mojej_mamy|mojego_taty|moich_rodzicow|moja_mama|moj_tata|moi_rodzice', 'zbil*|zepsul*|stlukl*|rozbil*|zgubil*|porysowal*|wylal*|spoznil*|zjadl*|pozyczyl*', 'jedync*|jedynk*|dwoj*|uwag*|wagar*|niespodzian*|prezent*|tort*|urodzin*|imienin*|dzien_matki|dzien_mamy|dzien_ojca|dzien_taty|rocznic*|laur*|swiadectw*|ocen*|pale|palisz|papieros*|imprez*|balagan*|rachunk*'],
    examples: {
      match: ['usun cala nasza rozmowe, twoi rodzice nie moga tego zobaczyc', 'twoja mama nie powinna tego czytac', 'for verify u real boy not bot. nie mowic mama ok'],
      ignore: ['rodzice nie moga tego zobaczyc, to prezent na ich rocznice', 'mama nie moze tego zobaczyc bo to niespodzianka', 'moi rodzice nie moga tego zobaczyc xd balagan'],
    },
  },
  {
    id: 'only-you-and-i-know-r20',
    phrases: [
      'tylko ..1 ty ..1 i ..1 ja ..2 wiemy|bedziemy_wiedziec|mozemy_wiedziec',
      'nikt ..2 nie ..1 moze|musi|powinien ..1 wiedziec ..2 o_nas|o_naszej|o_naszych|ze_gadamy|ze_piszemy|ze_sie_znamy',
      'piszmy|pisz|przejdz|przejdzmy|wlacz|wlaczmy|ustaw ..3 znikajac*|znikajace_wiadomosci|tryb_znikania',
      'wylacz|wyloncz|wylaczmy ..1 historie_czatu|historie_rozmow|zapisywanie_czatu|zapisywanie_rozmow|historie_wiadomosci',
    ],
    unless: ['niespodzian*|prezent*|prezenc*|urodzin*|imienin*|rocznic*|tort*|oswiadczyn*|zareczyn*|laurk*|gra|grze|quiz*|zagadk*|zadani*|rozwiaz*|odpowiedz*|haslo|hasla|kod|kodu|sprawdzian*|kartkowk*'],
    examples: {
      match: ['tylko ty i ja wiemy o nas, ok?', 'wyloncz historie czatu i pisz na znikajacych', 'nikt nie moze wiedziec ze gadamy'],
      ignore: ['tylko ty i ja wiemy o tym prezencie', 'tylko ty i ja wiemy jak rozwiazac to zadanie', 'tylko ty i ja wiemy o tej niespodziance dla mamy', 'nikt nie moze wiedziec o naszej niespodziance'],
    },
  },
  {
    id: 'tell-me-what-you-hide-from-parents-r21',
    phrases: [
      'mozesz|mozecie ..1 mi ..2 wszystko ..2 powiedziec|mowic|pisac|zwierzac ..6 rodzic*|mamie|mamy|tacie|taty|starym|starych|nikomu|nikt ..2 nie ..1 mowisz|mowilas|mowiles|wie|wiedza|dowie|dowiedza',
      'czego|o_czym|rzeczy_ktorych|to_czego ..1 nie ..1 mowisz|powiesz|mowilas|mowiles ..1 rodzicom|mamie|tacie|starym|nikomu',
    ],
    unless: ['ciocia|ciociu|wujek|wujku|babci*|dziadk*|telefon_zaufania|116111|psycholog*_szkoln*'],
    weight: 2,
    examples: {
      match: ['jestem jak twoj starszy brat, mozesz mi wszystko powiedziec, nawet to czego rodzicom nie mowisz', 'mozesz mi pisac o wszystkim, o czym nie mowisz mamie'],
      ignore: ['mozesz mi wszystko powiedziec, jestem twoja ciocia, rodzice nie musza wiedziec o prezencie', 'zadzwon na telefon zaufania 116111, tam mozesz powiedziec wszystko czego nie mowisz rodzicom'],
    },
  },
  {
    id: 'discretion-and-no-third-parties-r23',
    phrases: [
      'prosimy|wymagamy|obowiazuje|obowiazkowa ..2 dyskrecj*|poufnosc|poufnosci|calkowita_dyskrecja|pelna_dyskrecja',
      'zachowaj|zachowajmy|zachowac ..1 pelna|calkowita|absolutna ..1 dyskrecj*|poufnosc',
      'nie ..1 informowac|informuj|angazowac|angazuj|wtajemniczac|wtajemniczaj ..2 osob_trzecich|osob|nikogo|rodzicow|rodzicow_ani|bliskich|policji|opiekunow',
    ],
    unless: ['szef*|prac*|odchodz*|zwolni*|ciaz*|zareczyn*|oswiadcz*|niespodzian*|prezent*|urodzin*|imprez*|zadani*|sprawdzian*|kartkow*|klasowk*|egzamin*|test*|wynik*|ocen*|konkurs*|rekrutacj*|ogloszeni*|uwaga|uwazaj*|oszust*|scam*|ostrzeg*'],
    weight: 2,
    examples: {
      match: ['prosimy o dyskrecje do momentu podpisania umowy', 'Nie informowac osob trzecich.', 'zachowaj pelna dyskrecje, nie informuj rodzicow'],
      ignore: ['prosze o dyskrecje, to niespodzianka na urodziny', 'nie informujcie nikogo o wynikach sprawdzianu przed piatkiem', 'uwaga oszusci pisza zeby nie informowac rodzicow', 'prosze o dyskrecje, szef nie wie ze odchodze'],
    },
  },
  {
    id: 'dont-blab-they-would-lock-me-up-r23',
    phrases: [
      'nie ..1 gadaj|gadajcie|chwal_sie|wygadaj|rozpowiadaj|paplaj ..2 nikomu|starym|rodzicom|mamie|tacie|nikomu_o ..3 nas|naszej|naszych|nami|mnie|znajomosci|rozmowach|spotkaniu',
      'bo ..1 mnie|by_mnie ..1 zamkna|posadza|aresztuja|wsadza|zamkneli|posadzili|aresztowali|wsadzili',
      'tylko|ale ..1 bez ..1 mamy|taty|rodzicow|starych|opiekunow|opiekunki|mamusi',
    ],
    unless: ['galeri*|idziemy|jedziemy|niespodzian*|prezent*|urodzin*|imprez*|osiemnast*|18stk*|domowk*|nocowan*|kino|kina|lody|pizz*|sklep*|zakupy|mcdonald*|maka|kfc|kebab*|spacer*|rower*|basen*|mecz*|koncert*|wyjazd*|wakacj*|ferie|sylwest*|zadani*|sprawdzian*|kartkow*|wynik*|ocen*|zakup*|wyprzedaz*|galeri*_handlow*|wycieczk*|obozie|oboz*|koloni*'],
    weight: 2,
    examples: {
      match: ['nie gadaj nikomu o naszej znajomosci bo mnie zamkna haha', 'tylko nikomu nie mow bo mnie posadza', 'zrobi ci darmowa sesje, tylko bez mamy'],
      ignore: ['nie gadaj nikomu o prezencie dla Oli', 'jedziemy na zakupy, tylko bez mamy ok', 'idziemy na pizze, ale bez rodzicow, sami', 'idziemy do galerii tylko bez mamy'],
    },
  },
  {
    id: 'dont-write-about-it-delete-after-r24',
    phrases: [
      'nikomu ..3 nie ..1 pisac|pisz|mow|mowic|wspominaj|wspominac|zdradzaj|zdradzac ..1 o_tym|o_nas|o_mnie|o_naszej|o_naszych|o_naszym',
      'nie ..1 pisz|pisac|wspominaj ..1 o_tym|o_nas ..2 w|na ..1 grupie|grupe|serwerze|czacie|kanale',
      'usun|skasuj|wykasuj|wyczysc ..2 po ..1 wyslaniu|wysylce|wyslaniu_mi',
      'powiedz|powiesz|mow|napisz ..2 ze ..1 idziesz|jedziesz|nocujesz|spisz|bedziesz ..1 do|you|na ..1 kolezank*|kolegi|przyjaciolk*|przyjaciela|znajom*|psiapsi*|kumpla|kumpeli',
    ],
    unless: ['prezenc*|prezenty|prezentow', 'niespodzian*|prezent*|urodzin*|imienin*|imprez*|domowk*|osiemnast*|18stk*|spoiler*|zakonczeni*|odcink*|sezon*|serial*|sprawdzian*|kartkow*|ocen*|podoba_mi_sie|zakochal*|crush*|zaklad*|wyniki|drukarni*|zamowieni*'],
    weight: 1,
    examples: {
      match: ['pamietaj zeby nikomu z serwera nie pisac o tym, reszta by byla zazdrosna', 'nie pisz o tym w grupie druzyny, plan jest tylko twoj', 'fizjoterapeuci tak robia, nie przesadzaj. i usun po wyslaniu', 'dawaj nie pytaj haha, powiedz ze idziesz do kolezanki'],
      ignore: ['nikomu nie mow o imprezie niespodziance dla Oli', 'nie pisz o tym na grupie bo to spoiler', 'powiedz mamie ze idziesz do kolezanki na urodziny, ja cie odwioze'],
    },
  },
  {
    id: 'only-we-two-know-r25',
    phrases: [
      'tylko ..1 my ..1 dwoje|dwaj|dwie|oboje|we_dwoje ..1 wiemy|bedziemy_wiedziec|o_tym_wiemy|to_wiemy',
      'nie ..1 chwal|mow|pisz|wrzucaj|pokazuj|wspominaj|mowisz|piszesz ..1 [sie] [tego] nikomu ..3 ze ..2 pisze|piszemy|gadamy|rozmawiamy|mam_dm|mamy_dm|mam_priv|do_ciebie_pisze|z_toba_pisze|sie_znamy|sie_poznalismy',
      'nikomu ..1 nie ..1 chwal|mow|pisz|wrzucaj|wspominaj ..1 [sie] ..3 ze ..2 pisze|piszemy|gadamy|rozmawiamy|mam_dm|do_ciebie_pisze|z_toba_pisze|sie_znamy',
    ],
    unless: ['siedze_na_telefonie|na_telefonie_siedze|na_lekcji|zamiast_sie_uczyc|niespodzian*|urodzin*|prezent*|prezenc*|imprez*|osiemnastk*|18stk*|kartkow*|sprawdzian*|odpowiedz*|sciag*|zadani*|gra|grze|serwer*_klas*|projekt*|zwiazk*|chodzimy|jestesmy_razem|para|chlopak*|dziewczyn*|zerwal*|zerwala'],
    weight: 2,
    examples: {
      match: ['pokaz sie na kamerce w pizamce 🥰 tylko my dwoje wiemy', 'nie wrzucaj tego nikomu ze mam dm, ok?', 'nie chwal sie nikomu ze do ciebie pisze', 'nikomu nie mow ze gadamy'],
      ignore: ['tylko my dwoje wiemy o tej niespodziance', 'nie mow nikomu ze gadamy o odpowiedziach do sprawdzianu'],
    },
  },
  {
    id: 'no-need-to-tell-dad-r26',
    phrases: [
      'nie ..1 musisz|trzeba|ma_potrzeby ..2 tacie|mamie|rodzicom|starym|ojcu|matce|nikomu ..1 mowic|wspominac|pokazywac|opowiadac',
      'nie ..1 musisz|trzeba ..1 mowic|wspominac|opowiadac ..1 tacie|mamie|rodzicom|starym|ojcu|matce',
      'rodzicom|mamie|tacie|starym ..3 lepiej ..3 nie ..1 mowic|wspominac|pokazywac|opowiadac',
      'lepiej ..2 nie ..1 mowic|wspominac|pokazywac ..2 rodzicom|mamie|tacie|starym',
    ],
    unless: ['ja_jej_powiem|ja_mu_powiem|ja_im_powiem|sam_powiem|sama_powiem|ja_powiem|powiem_jej|powiem_mu|powiem_im|juz_wie|juz_wiedza|niespodzian*|prezent*|urodzin*|imienin*|rocznic*|dzien_matki|dzien_ojca|dnia_matki|dnia_ojca|swiet*|wigili*|zbil*|stlukl*|zepsul*|rozbil*|oblal*|jedynk*|uwag*|spoznil*|wazon*|kubek'],
    examples: {
      match: ['Rodzicom lepiej na razie nie mowic, dopoki nie podpiszesz umowy', 'nie musisz tacie mowic ze pisze', 'lepiej nie wspominac mamie o naszych rozmowach'],
      ignore: ['nie musisz mamie mowic, ja jej powiem', 'lepiej nie mowic mamie ze zbilismy wazon', 'nie musisz mamie mowic, to ma byc prezent na dzien matki'],
    },
  },
  {
    id: 'tell-anyone-and-were-done-r26',
    phrases: [
      'jak|jesli|jezeli|gdy ..1 powiesz|wygadasz|pokazesz|pisniesz ..2 komus|komukolwiek|rodzicom|mamie|tacie|starym|nauczyc*|wychowaw* ..4 koniec|to_koniec|pozalujesz|nie_odezwe|skoncze|nigdy_wiecej|znikne',
    ],
    unless: ['niespodzian*|prezent*|urodzin*|imprez*|crush*|podoba|zakochan*|kocha|chlopak|dziewczyn*|xd|haha*'],
    examples: {
      match: ['jak powiesz komus to koniec naszej przyjazni', 'jesli pisniesz komukolwiek slowo to pozalujesz', 'jak powiesz rodzicom to nigdy wiecej sie nie odezwe'],
      ignore: ['jak powiesz komus ze mi sie podoba to koniec naszej przyjazni xd', 'jak powiesz komus o imprezie to koniec niespodzianki'],
    },
  },
  {
    id: 'dont-tell-the-others-r27',
    phrases: [
      'tylko|ale|i|a ..1 nie ..1 mow|mowcie|wspominaj|wspominajcie|pisz|gadaj|chwal_sie ..1 reszcie|innym|pozostalym|chlopakom|dziewczynom|kolegom|kolezankom|nikomu_z_druzyny|nikomu_z_klasy|nikomu_z_grupy|nikomu_z_serwera',
      'skasuj|usun|wykasuj|wyczysc ..3 to_co|wszystko_co|co ..1 pisalismy|pisalysmy|pisalem|pisalam|rozmawialismy|gadalismy|sobie_pisalismy',
    ],
    unless: ['niespodzian*|prezent*|urodzin*|imienin*|spoiler*|odcin*|wynik*|sprawdzian*|odpowiedzi|zadani*|kartkow*|o_niej|o_nim|o_nich|z_grupy|grupow*|na_grupie|o_wiktori*|o_pani|o_nauczyciel*|literowk*|bled*|glupot*|xd|haha*|wstyd*|odpadl*|oblal*|oblalam|przegral*|casting*|zla|zly|nerwach|nerwy|przepraszam|sorry|sory|glupio|pijan*|mama_czyta|czyta_mi'],
    examples: {
      match: ['tylko nie mów reszcie, dobra?', 'ale nie wspominaj innym z drużyny', 'i skasuj to co pisaliśmy wczoraj', 'usuń wszystko co sobie pisaliśmy'],
      ignore: ['tylko nie mów reszcie, to niespodzianka na urodziny trenera', 'usuń to co pisałyśmy o niej na grupie', 'skasuj to co pisałem, same literówki xd', 'tylko nie mów reszcie że odpadłem z castingu, wstyd mi', 'usuń to co pisałam wczoraj, byłam zła'],
    },
  },
  {
    id: 'dont-tell-they-would-forbid-r27',
    phrases: [
      'nie ..1 mow|mowcie|wspominaj|pokazuj ..2 mamie|tacie|rodzicom|starym|mamy|taty|matce|ojcu ..4 nie_pozwoli|nie_pozwola|zabroni|zabronia|nie_zgodzi|nie_zgodza|nie_zrozumie|nie_zrozumieja|nie_zrozumieli|nie_zrozumialaby|nie_zrozumialby|zabierze|zabiora|beda_robic_problemy|bedzie_robic_problemy',
    ],
    unless: ['jedynk*|jedync*|dwoj*|ocen*|uwag*|wagar*|sprawdzian*|rozbil*|zepsul*|stlukl*|wazon*|szyb*|telefon_mi|spoznil*|szlaban*|niespodzian*|urodzin*'],
    examples: {
      match: ['nie mów mamie, bo nie pozwoli żebyś przyjęła prezent', 'nie wspominaj rodzicom, i tak by nie zrozumieli'],
      ignore: ['nie mów mamie o tej jedynce, bo zabierze mi telefon', 'nie mów tacie że rozbiłem wazon, zabroni mi wyjść'],
    },
  },
  {
    id: 'silesian-dont-tell-r29',
    phrases: [
      'nikomu|nikomuj ..2 niy|nie ..1 godej|godejcie|pedz|padej|rzeknij',
      'niy ..1 godej|pedz|padej ..2 nikomu|ojcom|mamie|starym|fatrowi|muterce',
    ],
    examples: {
      match: ['ino nikomu niy godej', 'niy godej nikomu o tym'],
      ignore: ['godej głośnij, niy słysza cie', 'nikomu nie zaszkodzi trocha kołocza'],
    },
  },
  {
    id: 'then-delete-the-whole-chat-r30',
    phrases: [
      'potem|pozniej|po_wszystkim|od_razu|na_koniec|zaraz|po_rozmowie|po_przeczytaniu|tylko ..3 usun|usuniesz|skasuj|skasujesz|wyczysc|wyczyscisz|wykasuj|wykasujesz|usuwaj|kasuj ..3 czat*|chat*|rozmow*|konwersacj*|wiadomosci|wiadomosc|histori*|wszystko_co_pisalismy|nasze_wiadomosci',
      'usun|skasuj|wyczysc|wykasuj|usuniesz|skasujesz|wyczyscisz ..1 caly|cala|calego|cale|wszystkie|wszystko ..2 czat*|chat*|rozmow*|konwersacj*|wiadomosci|histori*',
    ],
    unless: ['grup*|grupow*|klas*|spam*|oszust*|scam*|bot*|przegladark*|pamiec*|miejsc*|zamula|laguje|mem*|reklam*|zablokuj*|zglos*|hejt*|od_niego|od_niej|od_tego|od_tej|z_nim|z_nia|z_tym_typem|z_tym_kolesiem|zrzut*|pelny|pelna|ekran*|dowod*|policj*|pedagog*'],
    examples: {
      match: ['to super. tylko potem usuń cały ten czat, ok?', 'po rozmowie skasuj wiadomości', 'wyczyść całą konwersację jak skończymy'],
      ignore: ['usuń cały czat grupowy, ktoś wrzuca spam', 'wyczyść całą historię przeglądarki bo zamula', 'nie usuwaj czatu z nim, zrób zrzuty ekranu dla policji'],
    },
  },
  {
    id: 'surprise-until-you-sign-r30',
    phrases: [
      'nie_mow|nie_mowcie|nic_nie_mow|nie_mowmy|nie_wspominaj|nie_zdradzaj ..2 mamie|tacie|rodzicom|starym|nikomu|nic ..6 niespodzian* ..6 podpiszesz|podpisz*|kontrakt*|umow*|casting*|sesj*|wygrasz|zarobisz|zostaniesz|debiut*|nagrasz|klip*',
    ],
    unless: ['urodzin*|imienin*|prezent*|tort*|dzien_matki|dzien_mamy|dzien_ojca|dzien_taty|rocznic*|imprez*|przyjec*|swiadectw*|ocen*|mieszkani*|wynajm*|praca_wakacyjna'],
    examples: {
      match: ['tak, ale nie mów mamie, niech to będzie niespodzianka jak już podpiszesz kontrakt', 'nic nie mów rodzicom, zrobisz im niespodziankę po castingu', 'nie mów nikomu, to będzie niespodzianka jak zostaniesz modelką'],
      ignore: ['nie mów mamie, to niespodzianka na dzień matki', 'nie mów tacie, niespodzianka jak podpiszemy umowę na mieszkanie', 'nie mów nikomu o niespodziance na urodziny Oli, sesja zdjęciowa w sobotę'],
    },
  },
  {
    id: 'delete-it-after-r37',
    phrases: [
      'usun|skasuj|wykasuj|wyczysc ..2 to|je|te|wszystko|nasza_rozmowe|czat|chat|wiadomosci ..2 potem|pozniej|po_wszystkim|jak_przeczytasz|jak_obejrzysz|od_razu|zaraz_po',
      'mogl*|moge|bede|bylyby|mialbym|mialabym ..2 miec|przez_ciebie ..2 klopoty|klopotow|problemy|problemow|przerabane|przejebane|wpadke ..3 gdyby|jakby|jesli|jezeli|przez_ciebie|ktos|ktokolwiek|rodzice|mama|starzy ..2 sie_dowiedzial*|dowiedzial*|zobaczyl*|przeczytal*',
      'mogl*|moge|mialbym|bede_mial ..2 przez_ciebie|przez_to|przez_nas ..1 klopoty|problemy|przerabane|przejebane',
    ],
    unless: ['zadani*|prac*_domow*|sprawdzian*|sciag*|odpis*|spisal*|klas*|lekcj*|nauczyciel*|pani|szef*|prac*|zmian*|grafik*|trener*|mecz*|zdjeci*_z_imprezy|mem*|xd|haha*|plik*|folder*|pobier*|zainstal*|aplikacj*|wirus*'],
    examples: {
      match: ['usun to potem, dobrze?', 'skasuj wszystko jak przeczytasz', 'moglbym miec przez ciebie klopoty gdyby ktos sie dowiedzial', 'mogę mieć przez to problemy'],
      ignore: ['usun to zadanie potem z grupy klasowej', 'moge miec przez ciebie problemy u trenera jak sie spoznisz', 'skasuj ten plik potem, to wirus'],
    },
  },
] satisfies PatternEntry[];
