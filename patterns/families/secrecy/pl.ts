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
    unless: ['zbil*|zepsul*|stlukl*|rozbil*|zgubil*|porysowal*|wylal*|spoznil*|zjadl*|wzialem|wzielam|pozyczyl*', 'jedync*|jedynk*|dwoj*|uwag*|wagar*|niespodzian*|prezent*|tort*|urodzin*|imienin*|dzien_matki|dzien_mamy|dzien_ojca|dzien_taty|rocznic*|laur*|swiadectw*|ocen*|jedynk*|pale|palisz|papieros*'],
    examples: {
      match: ['tylko nie mów mamie, ona by się martwiła', 'nie mów o nas rodzicom', 'rodzice by nie zrozumieli', 'twoja mama nie musi wiedzieć', 'nie pokazuj tego rodzicow', 'nie pokazuj tego rodzicom', 'rodziców w to nie mieszaj', 'nie mieszaj w to rodziców', 'trzymaj rodziców z dala od tego'],
      ignore: ['nie mow mamie ze zbilem wazon ok', 'nie mów mamie o prezencie na dzień matki', 'nie mów rodzicom o jedynce z matmy xd', 'mama mówi że obiad gotowy', 'nie mieszaj rodziców do tej niespodzianki', 'trzymaj mamę z dala od tortu, to niespodzianka'],
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
    unless: ['ciast*|zjedli*|zjadl*|slodycz*|czekolad*|jedynk*|jedync*|dwoj*|uwag*|wagar*|niespodzian*|prezent*|tort*|urodzin*|imienin*|impreza|imprez*|rocznic*|zareczyn*|wygran*|spoiler*|zakonczeni*|odcink*|sezon*|film*|serial*|ksiaz*|ocen*|sprawdzian*|kartkow*'],
    examples: {
      match: ['nikt inny tego nie zobaczy', 'nie mów nikomu że gadamy', 'i nikomu ani słowa', 'nikt się nie dowie', 'nikt nie zobaczy, obiecuję', 'nikomu nie pokazuj naszych rozmów', 'nikt nie musi wiedzieć', 'Nie odpowiadaj na tę wiadomość i nie zgłaszaj tego na policję.'],
      ignore: ['nie mów nikomu o imprezie, to niespodzianka', 'nikomu nie mów jak kończy się film', 'nikt nie zobaczy ocen przed piątkiem', 'nie dzwoń na policję, to tylko fajerwerki', 'nie idź sama na policję, pójdę z tobą'],
    },
  },
  {
    id: 'our-secret',
    phrases: [
      'zostanie|zostaje|zostanmy|zostawmy|zachowaj|zachowajmy|trzymajmy|niech ..3 miedzy ..1 nami',
      'tylko ..1 miedzy ..1 nami',
      'miedzy ..1 nami ..1 ok|dobra|jasne|zostanie|zostaje|jasne',
      'nasz|nasza|nasze|naszym|naszej ..1 tajemnic*|sekret*|sekrecik*',
      'to|niech|bedzie ..2 tajemnic*|sekret* ..1 miedzy ..1 nami',
    ],
    unless: ['niespodzian*|prezent*|tort*|urodzin*|imprez*|przepis*|babci*|klub*|druzyn*|rocznic*|mowiac'],
    examples: {
      match: ['to nasza tajemnica', 'niech to zostanie między nami', 'zostawmy to między nami ok?', 'to nasz mały sekret 🤫'],
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
    unless: ['prezen*|niespodzian*|urodzin*|grup*|grupk*|klas*|spam*|reklam*|blad*|literowk*|niechcacy|przez_pomylke|zle_wyslal*'],
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
] satisfies PatternEntry[];
