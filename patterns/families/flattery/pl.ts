import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'mature-for-age',
    phrases: [
      'dojrzal*|dorosl*|madr*|rozsadn*|inteligent*|rozwinie*|doswiadczon*|wygladasz|ladn*|piekn*|dojrzalsz* ..4 jak_na swoj|twoj|swoje|twoje|swoich|twoich wiek|lata|latka',
      'jak_na swoj|twoj|swoje|twoje wiek|lata ..2 jestes|wygladasz [bardzo|taka|taki|strasznie|mega|super] dojrzal*|dorosl*',
      'wygladasz|jestes ..2 starsz*|doroslej*|powazniej*|dojrzalej* ..2 niz ..2 masz|twoj|twoi|na_swoj|inni',
      'nie ..2 jestes ..2 jak|taka_jak|taki_jak ..1 inne|inni|reszta|twoi|twoje|dziewczyny|dzieciaki|rowiesnic*|gowniarz*',
      'inna|inny|dojrzalsz*|madrzejsz*|dojrzala|dojrzaly ..1 niz ..3 w_twoim_wieku|twoi_rowiesnicy|rowiesnic*|twoje_kolezanki|inne_dziewczyny|inni_chlopcy|dziewczyny|chlopaki|inne',
      'tylko ..1 ja ..2 cie|ciebie ..1 rozumiem|znam|kocham|doceniam|rozumie',
      'jestes ..2 juz ..1 kobieta|prawdziwa_kobieta|prawie_kobieta|mezczyzna|prawdziwym_mezczyzna|taka_dorosla|dorosla',
      'jestes ..1 bardzo|taka|taki|naprawde|mega ..1 dojrzal*|dorosl*',
      'nie ..1 taka|taki ..1 jak ..1 inne|inni|reszta|rowiesnic*|dziewczyny|dzieciaki',
      'dojrzalsz*|madrzejsz*|fajniejsz*|ciekawsz* ..2 niz ..2 rowiesnic*|twoi_rowiesnicy|inne_dziewczyny|inni_chlopcy|dziewczyny_w_twoim|dzieciaki',
    ],
    unless: ['nauczyciel*|pani_od|wychowaw*|pomogl*|pomoc*|dzieki|dziekuje|dziekujemy'],
    examples: {
      match: ['jesteś bardzo dojrzała jak na swój wiek', 'wyglądasz na starszą niż masz', 'jesteś wyjątkowa, nie taka jak inne', 'nie jesteś jak inne dziewczyny', 'dojrzalsza niż twoi rówieśnicy'],
      ignore: ['on jest wysoki jak na swój wiek, serio', 'jak na swój wiek to ten pies biega szybko', 'nie taka jak wczoraj pogoda'],
    },
  },
  {
    id: 'only-one-understands',
    phrases: [
      'jedyn* ..3 ktora|ktory|co ..1 mnie ..1 rozumie|rozumiesz|slucha',
      'tylko ..1 ty ..1 mnie ..1 rozumiesz|sluchasz|znasz',
      'nikt|nikt_cie ..2 nie ..2 rozumie|zrozumie|kocha|doceni|zna ..2 tak_jak_ja|jak_ja|tak_dobrze_jak_ja',
      'nikt ..2 cie|ciebie ..1 nie ..1 rozumie|docenia|zrozumie',
      'jestes ..1 moja ..1 jedyna|jedyna_przyjaciolka|ksiezniczka|bratnia_dusza',
      'polaczenie|wiez|chemia|cos_wyjatkowego ..3 miedzy ..1 nami|co_nas_laczy',
      'co ..1 nas ..1 laczy',
      'kocham ..1 cie|ciebie ..3 od ..1 pierwsz*|jak_nikogo|bardziej_niz',
      'zakochal*|zakochalem ..2 sie ..2 w_tobie|w_ciebie',
    ],
    unless: ['wnus*|wnucz*|coreczk*|synku|synus*|babci*|dziadek|dziadk*|ciocia|ciociu|wujek|wujku|mamusia|mamusiu|tatus*|mamo|tato|kochanie_mamy|kochanie_taty'],
    examples: {
      match: ['jesteś jedyną osobą która mnie rozumie', 'tylko ty mnie rozumiesz', 'nikt cię nie rozumie tak jak ja', 'ludzie nie zrozumieją tego co nas łączy', 'zakochałem się w tobie'],
      ignore: ['jesteś jedyną osobą która ma notatki?', 'nikt nie rozumie tego zadania', 'tylko ty masz ładowarkę'],
    },
  },
  {
    id: 'model-talent',
    phrases: [
      'moglabys|moglbys|powinnas|powinienes|mozesz|nadajesz_sie ..3 byc|zostac|na ..1 modelk*|modelem|model*|gwiazd*|influencer*|aktork*|aktorem',
      'masz ..2 urode|figure|talent*|wyglad|twarz_modelki|cialo_modelki|potencjal',
      'masz ..1 taka|takie|taki|piekna|piekne|swietna|swietne|idealna|idealne ..1 figure|cialo|urode|twarz|oczy|usta|nogi',
    ],
    weight: 0.5,
    unless: ['matm*|rysun*|rysowani*|pisani*|szkic*|spiew*|gra_na|gitar*|pianin*|sport*|pilk*|gotowa*|tanc*|do_jezykow|jezykow'],
    examples: {
      match: ['mogłabyś być modelką', 'Masz świetną urodę', 'masz takie piękne oczy', 'widziałem twoje filmiki na tiktoku, masz talent serio'],
      ignore: ['masz talent do rysowania', 'możesz być kapitanem drużyny', 'masz talent do matmy'],
    },
  },
  {
    id: 'looks-compliment',
    phrases: [
      'jestes|wygladasz|wygladalas|wygladales|jestes_taka|jestes_taki|jestes_naprawde ..2 @pretty',
      'twoje|twoj|twoja ..1 oczy|usmiech|usta|wlosy|cialo|nogi|buzia|buzka|twarz|figura ..2 sa|jest ..1 @pretty',
      '@pretty ..1 jestes|wygladasz|wygladalas|dziewczyna|dziewczynka|laska|buzia|buzka|usmiech',
      'ale|jaka|jaki|taka|taki|masz ..1 @pretty ..1 jestes|usmiech|oczy|buzk*|buzi*|usta|wlosy|cialo|figure|nogi|na_tym|na_zdjeciu|jestes',
      'przystojniak*|slicznotk*|pieknotk*|laseczk*|kiciu|pieknosci|pieknisiu|seksiaku|seksowniaku|ciacho|ciasteczko_moje',
      'hej|hejka|hejo|czesc|siema|elo|witaj|hi|hey|dzien_dobry ..1 sliczna|piekna|sliczny|przystojny|przystojniaku|slicznotko|pieknosci|ksiezniczko|krolewno|laleczko',
    ],
    unless: ['wnus*|wnucz*|coreczk*|synku|synus*|babci*|dziadek|dziadk*|ciocia|ciociu|wujek|wujku|mamusia|mamusiu|tatus*|pogod*|widok*|zachod*|dzien|dzis_pogoda|sukien*|piesek|pies|kot|kotek|buty|ciast*|tort*|rysun*|obraz*|zdjecie_krajobrazu|dom|mieszkani*|samochod*|auto'],
    weight: 0.5,
    examples: {
      match: ['hej sliczna', 'omg ślicznie wyglądasz', 'jaka śliczna jesteś na tym zdjęciu 😍', 'hej przystojniaku 😘', 'masz ładny uśmiech wiesz', 'jesteś taka piękna'],
      ignore: ['piękna dziś pogoda', 'ale śliczny piesek', 'ładne buty'],
    },
  },
  {
    id: 'special-perfect',
    phrases: [
      'jestes ..2 wyjatkow*|niesamowit*|idealn*|doskonal*|cudown*|wspanial*|perfekcyjn*|najlepsz*_na_swiecie|aniolem|aniolkiem',
      'jestes ..2 najpiekniejsz*|najsliczniejsz*|najladniejsz*|najslodsz*|najseksowniejsz*',
      'nigdy ..2 nie ..2 poznalem|poznalam|spotkalem|widzialem ..2 kogos_takiego|nikogo_takiego|kogos_takiej|nikogo_takiej|takiej_dziewczyny|takiego_chlopaka|kogos_tak|nikogo_tak|kogos_jak_ty',
    ],
    unless: ['dzieki|dziekuje|pomoc|pomogl*|pomoz*|zadani*|notatk*|prezent*|urodzin*|imprez*|obiad*|mamo|mamus*|tato|tatus*|babciu|dziadku'],
    examples: {
      match: ['jesteś wyjątkowa', 'jesteś najpiękniejszą dziewczyną jaką widziałem', 'nigdy nie poznałem kogoś takiego jak ty'],
      ignore: ['jesteś niesamowita, dzięki za pomoc z zadaniem', 'mamo jesteś najlepsza'],
    },
  },
  {
    id: 'so-mature-different',
    phrases: [
      'taka|taki|bardzo|strasznie|mega|naprawde ..1 dojrzala|dojrzaly|dojrzalsza|dojrzalszy|doroslejsza|doroslejszy|madra_jak_na',
      'inna|inny|lepsza|lepszy ..1 niz ..1 wszystkie|wszyscy|inne|inni|twoje_kolezanki|twoi_koledzy|dziewczyny_w_twoim|rowiesnic*',
    ],
    unless: ['mama|mamo|tata|tato|babci*|nauczyciel*|pani|trener*|ocen*|sprawdzian*|mecz*|zawod*|wynik*|wino|ser|owoc*|banan*|pomidor*|gruszk*|jablk*|truskawk*'],
    weight: 0.5,
    examples: {
      match: ['jesteś inna niż wszystkie, taka dojrzała', 'jesteś lepsza niż twoje koleżanki'],
      ignore: ['ten ser jest taki dojrzały', 'jesteś lepsza niż wszyscy na zawodach'],
    },
  },
  {
    id: 'different-from-peers-r6',
    phrases: [
      'inne|inni|reszta|rowiesnic*|dziewczyny|chlopaki|dzieciaki ..4 w_twoim_wieku|z_twojej_klasy|twoim_wieku ..4 dziecinn*|glupi*|niedojrzal*|nudn*|gowniarz*|smarkat*',
      'ty ..1 jestes ..1 inna|inny|wyjatkow*|dojrzalsz*|dojrzala|dojrzaly|madrzejsz*',
      'inne|inni|nikt ..2 nie ..1 jest|sa ..1 taki|taka|takie|tacy ..1 jak ..1 ty',
      'wiek ..2 to ..1 tylko ..1 liczba|cyferka|numer',
      'szkoda ..2 ze ..1 nie ..1 jestes ..1 starsza|starszy|pelnoletnia|pelnoletni|dorosla|dorosly',
      'jestes ..1 moja|moim ..1 dziewczyna|dziewczynka|kobieta|laska|mala|kochanka|chlopakiem|mezczyzna',
      'nikt ..1 nas ..1 nie ..1 rozumie|zrozumie|zaakceptuje|akceptuje',
      'jestesmy ..1 jak ..1 para|malzenstwo|narzeczeni|chlopak_i_dziewczyna',
      'dla ..1 mnie ..1 jestes ..1 dorosla|dorosly|kobieta|dojrzala|dojrzaly',
      'mozesz ..1 mi ..1 ufac|zaufac|wszystko_powiedziec|powiedziec_wszystko',
      'jedyna|jedyny|jedynym ..1 osoba|osoba_z_ktora|osoba_ktorej|osoba_ktora|osoba_z_ktorym ..4 moge|mozna|ufam|rozumie|obchodzi|pogadac|porozmawiac',
      'jestem ..2 w ..1 twoim ..1 wieku',
      'chcialbym|chcialabym|chce ..2 cie|ciebie ..1 blizej|lepiej ..1 poznac',
      'lubisz|wolisz ..2 starszych|starszymi|starszego|starsza|dojrzalszych|doroslych|doroslymi',
      'jestes|wydajesz_sie ..2 niesamowicie|niezwykle|wyjatkowo|strasznie|super|bardzo|naprawde ..1 dojrzal*|dorosl*|madr*',
      'rodzice|starzy|mama|tata|kolezanki|koledzy|znajomi|oni|nauczyciele|wszyscy ..3 nie ..1 rozumieja|rozumie|doceniaj*|docenia|znaja|zna|sluchaja ..2 cie|ciebie ..3 tak_jak_ja|jak_ja|tak_dobrze|tak_jak_ja_cie',
      'ja ..1 cie|ciebie ..1 rozumiem|doceniam|slucham ..2 lepiej|bardziej ..1 niz ..2 rodzice|starzy|mama|tata|oni|wszyscy|kolezanki|znajomi',
      'jestes ..1 za|zbyt ..1 dojrzal*|madr*|dorosl* ..2 na|jak_na|dla',
      'rozumiem ..1 cie|ciebie ..1 jak ..1 nikt',
      'rodzice|starzy|mama|tata|kolezanki|koledzy|znajomi|oni|nauczyciele ..2 cie|ciebie ..1 nie ..1 rozumieja|rozumie|doceniaj*|docenia|sluchaj*|slucha|szanuj*|szanuje',
      'zaslugujesz ..2 na ..2 kogos|lepszego|lepsza|wiecej ..3 kto|ktory|ktora ..1 cie|ciebie ..1 doceni|zrozumie|pokocha|uszanuje',
      'jestes ..1 dla ..1 mnie ..1 wszystkim|calym_swiatem|najwazniejsza|najwazniejszy',
      'kocham ..1 cie|ciebie ..4 szybko|wczesnie|dopiero_sie_znamy|choc_sie_nie_znamy|nie_widzielismy_sie',
    ],
    unless: ['nauczyciel*_mowi|pani_mowi|wychowaw*|pomogl*|pomoc*|dzieki|dziekuje|dziekujemy|mamo|tato|babciu|dziadku|pies*|psa|psy|psow|kot|kota|kotk*|zadani*|matm*|projekt*|sprawdzian*|ocen*|xd|haha*'],
    weight: 1,
    examples: {
      match: ['inne dziewczyny w twoim wieku są takie dziecinne, ty jesteś inna', 'inne nie są takie jak ty', 'wiek to tylko liczba', 'jesteś moją dziewczyną, prawda?', 'nikt nas nie rozumie', 'jesteśmy jak para', 'dla mnie jesteś dorosła', 'możesz mi ufać, jestem w twoim wieku', 'chciałbym cię bliżej poznać', 'lubisz rozmawiać ze starszymi?', 'wiesz, jesteś jedyną osobą z którą mogę tak pogadać', 'jesteś niesamowicie dojrzała', 'twoi rodzice pewnie nie rozumieją cię tak jak ja', 'ja cię rozumiem lepiej niż twoi rodzice', 'jesteś za dojrzała na tę głupią klasę', 'rozumiem cię jak nikt inny', 'twoi rodzice cię nie doceniają', 'zasługujesz na kogoś kto cię doceni', 'jesteś dla mnie wszystkim', 'kocham cię, wiem że to szybko'],
      ignore: ['inne psy nie są takie jak ty, piesku', 'dzięki za pomoc, ty jesteś inna niż reszta klasy'],
    },
  },
  {
    id: 'pet-name-opener-r6',
    phrases: [
      'hej|hejka|hejo|czesc|siema|siemka|elo|witaj|dzien_dobry|dobry_wieczor ..1 sliczna|piekna|sliczny|przystojny|przystojniaku|slicznotko|pieknosci|ksiezniczko|krolewno|laleczko|kotku|malutka|mala|skarbie|sloneczko|seksowna|cukiereczku|ladna|ladniutka|sliczniutka|slodka|slodziutka|cudna',
      'podobasz ..1 mi ..1 sie',
      'fajna|fajny|slodka|slodki|ladna|sliczna ..1 jestes',
      'czesc|hej|hejka|witaj|dobranoc ..1 kochanie|kochana|kochaniutka|skarbie',
      'wpadlas|wpadles ..1 mi ..1 w ..1 oko',
      'nie ..1 moge ..1 przestac ..2 o ..1 tobie ..1 myslec',
    ],
    unless: ['pogod*|dzien|dzis|dzisiaj|widok*|wnus*|wnucz*|coreczk*|synku|synus*|babci*|dziadek|dziadk*|ciocia|ciociu|wujek|wujku|mamusia|mamusiu|tatus*|mamo|tato|kochanie_mamy|pomysl*|projekt*|rysun*|prezent*|sukien*|fryzur*|piesek|pies|kot|kotek'],
    weight: 1,
    examples: {
      match: ['fajna jesteś', 'cześć kochanie', 'hej sliczna 😍', 'hej, podobasz mi się', 'wpadłaś mi w oko', 'nie mogę przestać o tobie myśleć'],
      ignore: ['hej kotku, tu babcia, jak w szkole?', 'podobasz mi się w tej fryzurze, mamo'],
    },
  },
  {
    id: 'mature-plain-r6',
    phrases: [
      'jestes ..1 dojrzala|dojrzaly|dojrzalsza|dojrzalszy|doroslejsza|doroslejszy',
      'nie ..1 jak ..1 twoje|twoi|inne|inni|reszta ..1 kolezanki|koledzy|rowiesnic*|dziewczyny|chlopaki|dzieciaki',
      'wygladasz ..1 na ..1 starsza|starszego|doroslejsza|doroslejszego|wiecej|#',
    ],
    unless: ['wnus*|wnucz*|coreczk*|synku|babci*|dziadk*|mamo|tato|mama|tata|nauczyc*|pani|wychowaw*|trener*|ser|wino|owoc*|banan*|pomidor*|xd|haha*'],
    weight: 1,
    examples: {
      match: ['jesteś dojrzała, nie jak twoje koleżanki', 'wyglądasz na starszą'],
      ignore: ['jesteś dojrzała, mówi pani wychowawczyni', 'ten banan jest dojrzały'],
    },
  },
  {
    id: 'your-figure-r8',
    phrases: [
      'masz|ale_masz|jaka_masz|jaka|ale ..2 fajn*|super|niezl*|zajebist*|swietn*|piekn*|idealn*|zgrabn*|seksown*|sexy|bosk*|obledn*|mega ..1 sylwetke|figure|figurke|cialo|cialko|klate|nogi|nozki|talie|tylek|pupe',
      'ale|jaka|jakie|jaki ..1 masz ..1 sylwetke|figure|cialo|cialko|klate|nogi|nozki|talie',
    ],
    unless: ['trener*|trening*|zawod*|wf|plywan*|biegan*|tanc*|diet*|lekarz*|fizjo*|rehabilit*|mamo|mamie|tato|babci*|dziadk*|kot|kota|pies|psa|kon|konia|auto|samochod*|rower*|gitar*|rysun*|postac*|gra|grze|gry|gre|xd|haha*'],
    examples: {
      match: ['ale masz fajną sylwetkę na tych zdjęciach z siłowni 💪', 'jaką ty masz figurę', 'masz zajebiste nogi'],
      ignore: ['masz świetną sylwetkę do pływania, trener cię chwalił', 'ale masz fajne ciało postaci w tej grze xd'],
    },
  },
  {
    id: 'you-dance-so-nicely-r8',
    phrases: [
      'ladnie|pieknie|slicznie|swietnie|zajebiscie|sexy|seksownie|bosko|cudownie ..1 tanczysz|spiewasz|sie_ruszasz|pozujesz|wygladasz_na|sie_usmiechasz',
    ],
    unless: ['trener*|trenerk*|pani|pan|mamo|mamie|tato|tacie|babci*|dziadk*|konkurs*|wystep*|akademi*|przedstawieni*|szkoln*|zajeci*|chor*|zespol*|xd|haha*'],
    weight: 0.5,
    examples: {
      match: ['ładnie tańczysz na tych filmikach', 'seksownie się ruszasz 😏'],
      ignore: ['ładnie tańczysz, trenerka cię pochwaliła', 'pięknie śpiewałaś na akademii, babcia płakała'],
    },
  },
  {
    id: 'great-pics-on-your-profile-r9',
    phrases: [
      'masz ..1 @pretty|fajne|zajebiste|sztosowe|super|genialne|boskie ..1 fotki|zdjecia|foty|zdj*|fotk*|selfie*|relacje ..2 na_profilu|na_instagram|na_instagramie|na_tiktoku|na_snapie',
      'wpadl*|wpadla|wpadles|wpadlas ..2 nam|mi ..1 w_oko ..2 twoj|twoja|twoje|ty',
      'fajny|fajna|slodki|slodka|przystojny ..2 z_ciebie ..1 gosc|ziomek|chlopak|dziewczyna|laska|mlody|mloda',
    ],
    unless: ['xd|haha*|hehe|mama|tata|babci*|ciocia|dziadek|pani|pan|trener*|wyciecz*|wesel*|slub*|urodzin*|komuni*|ale_beka|beka'],
    examples: {
      match: ['ale masz fajne fotki na profilu', 'Hej! Piszę z agencji Glow Models, wpadł nam w oko Twój profil 😍', 'bo fajny z ciebie gosc. wbij na dc'],
      ignore: ['masz fajne zdjęcia z wycieczki na profilu', 'fajny z ciebie gość xd'],
    },
  },
  {
    id: 'only-i-understand-you-r10',
    phrases: [
      'rowiesnicy|rowiesnik*|inni|kolezanki|koledzy|rodzice|starzy ..3 cie|ciebie ..1 nie ..1 rozumieja|doceniaja|zasluguja_na_ciebie|sa_ciebie_warci',
      'fajnie|pieknie|slicznie|obledni*|zajebiscie|mega|bosko|cudnie ..1 wygladasz ..2 na_profilowym|na_zdjeciu|na_fotce|na_tym_zdjeciu|na_profilu|na_story|na_relacji',
      'musisz|musialas ..1 miec ..1 wysportowan*|zgrabn*|idealn*|piekn*|super ..1 figur*|sylwetk*|cialo|nogi',
    ],
    unless: ['xd*|haha*|moi_tez|moja_tez|moj_tez|pedagog*|psycholog*|terapeut*|wychowaw*|telefon_zaufania|116|pogadaj_z|porozmawiaj_z|tort*|ciast*|sukienk*|fryzur*_na_zdjeciu'],
    examples: {
      match: ['twoi rowiesnicy cie nie rozumieja, ja tak', 'fajnie wygladasz na profilowym', 'o super, musisz miec wysportowana figure'],
      ignore: ['rodzice cie nie rozumieja? pogadaj z pedagogiem', 'fajnie wyglada ten tort na zdjeciu'],
    },
  },
  {
    id: 'age-is-just-a-number-r10',
    phrases: [
      'wiek ..1 to ..1 tylko ..1 liczba|cyferka|numerek',
      'nie ..1 przeszkadza|problem|przeszkadzaja ..4 ze|jak ..2 jestes|ty|masz ..1 mlodsza|mlodszy|mlodsza_ode_mnie|mlodszy_ode_mnie|#',
      'roznica ..1 wieku ..2 nie ..1 ma_znaczenia|jest_wazna|przeszkadza|problem',
    ],
    unless: ['druzyn*|zespol*|klas*|kurs*|zajec*|trening*|grupa|grupie|gildi*|klan*|serwer*|rodzenstw*|brat*|siostr*'],
    examples: {
      match: ['35, ale mi nie przeszkadza ze jestes mlodsza', 'wiek to tylko liczba', 'mam 19 lat, to nie problem ze ty 13 prawda?'],
      ignore: ['nie przeszkadza ze jestes mlodsza, w druzynie sa rozne roczniki'],
    },
  },
  {
    id: 'voice-face-streamer-r11',
    phrases: [
      'fotogeniczn*',
      'masz ..2 ladny|piekny|sliczny|slodki|cudowny|seksowny|niesamowity|przepiekny ..1 glos|glosik|usmiech|usmiech*|oczy|oczka',
      'najlepsza|najpiekniejsza|najladniejsza|najslodsza|najseksowniejsza ..1 streamerka|tiktokerka|modelka|laska|dziewczyna|ksiezniczka',
      'mlodziutka|mlodziutki|mlodziutkie',
      'wpadl*|wpadla|wpadles ..3 nam|mi ..1 w_oko',
    ],
    unless: ['mamo|mama|babci*|ciocia|pani|corka|coreczk*|wnuczk*|xd|haha*'],
    weight: 1,
    examples: {
      match: ['tak! masz bardzo fotogeniczna twarz', 'fajnie gadasz na vc, masz ladny glos', 'zawsze tu jestem na twoich live, jestes najlepsza streamerka', 'mlodziutka 😍', 'Twoj profil wpadl nam w oko'],
      ignore: ['ta sukienka wpadla mi w oko w sklepie haha', 'coreczko masz piekny usmiech'],
    },
  },
  {
    id: 'big-girl-now-r11',
    phrases: [
      'jestes ..1 juz ..1 duza_dziewczynka|dorosla_kobieta|prawie_kobieta|kobieta|prawdziwa_kobieta|duzym_chlopcem|prawie_dorosla|prawie_dorosly',
    ],
    unless: ['mamo|mama|tata|tato|babci*|dziadk*|ciocia|wujek|xd|haha*'],
    weight: 1,
    examples: {
      match: ['sluchaj mala, jestes juz duza dziewczynka', 'jestes juz prawie kobieta'],
      ignore: ['jestes juz duza dziewczynka, mama pozwoli ci isc samej xd'],
    },
  },
  {
    id: 'you-have-something-r13',
    phrases: [
      'masz ..1 cos ..1 w ..1 sobie',
      'masz|jest ..1 mega|super|niesamowity|zajebisty|obledny ..1 vibe|vajb|wajb|klimat',
      'twoj|twoja|twoje ..1 profil|zdjecia|uroda|twarz|buzia|wyglad|konto ..2 przykul*|przyciagnal*|przyciagnela|zwrocil*|zachwycil* ..2 uwage|nasza|moja',
    ],
    examples: {
      match: ['nic nic, po prostu masz cos w sobie, serio', 'ogladam twoje streamy od miesiaca, masz mega vibe', 'Twoj profil przykul nasza uwage'],
      ignore: ['ten kawalek ma mega klimat'],
    },
  },
  {
    id: 'so-pretty-and-single-r14',
    phrases: [
      'taka|taki|tak ..1 @pretty|fajna|fajny|super ..2 a|i ..1 bez|nie_masz|nie_ma ..1 chlopaka|dziewczyny|faceta|nikogo',
      'czemu|dlaczego|jakim_cudem|jak_to ..1 taka|taki ..1 @pretty|sliczna|sliczny|przystojny a|i nie|sama|samotna|samotny|singielka|singiel|wolna|wolny|bez',
      'slodziak*|slodziaczek|slodziaku|slicznotk*|przystojniaczk*|ksiezniczk*|krolewn* ..1 jestes|z_ciebie|jestes_serio',
      'jestes|ty_jestes ..1 slodziak*|slicznotk*|przystojniaczk*|ksiezniczk*',
    ],
    unless: ['piesek|piesku|kotek|kotku|kot|pies|chomik*|krolik*|szczeniak*|kociak*|dziecko|dzidzi*|bobas*|wnus*|wnucz*|corcia|coreczk*|syncio|synku|synus*|xd'],
    examples: {
      match: ['dziwne, taka ladna a bez chlopaka', 'aww slodziak jestes, moge byc twoja dziewczyna z fortnite?', 'jestes slicznotka wiesz?', 'dlaczego taka sliczna i sama?', 'czemu taki przystojny a singiel'],
      ignore: ['ale slodziak z tego pieska', 'taka fajna gra a bez polskiego dubbingu', 'slodziak jestes synku, dobranoc', 'czemu taka ladna pogoda i nie mozemy wyjsc', 'dlaczego taka ladna sukienka a nie ta niebieska'],
    },
  },
  {
    id: 'grown-up-so-fast-r16',
    phrases: [
      'wygladasz ..2 starzej|doroslej|powazniej|jak_dorosla|jak_z_liceum|jak_licealistk*|jak_laski_z_liceum|jak_laska_z_liceum|na_starsza|na_18|na_osiemnascie',
      'juz ..1 prawie ..1 dorosla|dorosly|kobieta|kobietka|facet',
      'wyroslas|wydoroslalas|wyladnialas|dojrzalas ..3 strasznie|bardzo|mocno|ale|wygladasz|jak',
      'masz ..1 fajna|ladna|sliczna|sliczn*|piekn*|sexy|sweet|sliczniutk* ..1 buzke|buzie|twarzyczk*|figur*|sylwetk*',
    ],
    unless: ['babci*|dziadk*|ciocia|ciocie|wujek|wujka|mama|mamo|tata|tato|sukienk*|zdjeciu_z_komunii'],
    examples: {
      match: ['wyroslas strasznie, wygladasz jak laski z liceum serio', 'o to juz prawie dorosla 😏', 'masz fajna buzke serio'],
      ignore: ['ale wyroslas! pozdrow mame, ciocia', 'juz prawie doroslismy do tego projektu'],
    },
  },
  {
    id: 'you-look-older-r18',
    phrases: [
      'wygladasz|wygladasz_na ..2 dojrzal*|starzej|na_wiecej|doroslej|na_starsza|na_starszego|na_pelnoletnia|na_osiemnascie|na_18',
    ],
    unless: ['xd|haha*|lol|mundur*|garnitur*|sukien*|okular*|brod*|wasy|wasach|fryzur*|makijaz*|zmeczon*|chor*'],
    examples: {
      match: ['jestes juz pelnoletnia? bo wygladasz bardzo dojrzale', 'wygladasz na wiecej niz 14'],
      ignore: ['w tym garniturze wygladasz doroslej xd'],
    },
  },
  {
    id: 'wise-for-your-years-r26',
    phrases: [
      'jak_na_swoje_lata|jak_na_swoj_wiek|na_swoje_lata|jak_na_twoje_lata|jak_na_twoj_wiek ..3 madra|madry|dojrzala|dojrzaly|rozsadna|rozsadny|ogarnieta|ogarniety|doswiadczona|rozwinieta|rozwiniety|dorosla',
      'madra|madry|dojrzala|dojrzaly|rozsadna|ogarnieta|ogarniety|rozwinieta|rozwiniety ..3 jak_na_swoje_lata|jak_na_swoj_wiek|jak_na_twoje_lata|jak_na_twoj_wiek|nie_to_co_rowiesni*|nie_to_co_twoi_rowiesnicy',
    ],
    unless: ['wnuczk*|wnusi*|synek|synku|corecz*|coreczko|babcia|dziadek|ciocia|wujek|wychowawczyni|pani_pedagog|swiadectw*|ocen*|olimpiad*|konkurs*'],
    examples: {
      match: ['jestes jak na swoje lata bardzo madra, nie to co rowiesniczki', 'jestes bardzo dojrzala jak na swoj wiek'],
      ignore: ['jestes bardzo madra jak na swoj wiek, gratuluje wygranej w olimpiadzie'],
    },
  },
  {
    id: 'you-are-my-favourite-r27',
    phrases: [
      'jestes|byles|bylas|zostajesz ..2 moim|moja|moj ..1 ulubion*|ulubienc*|ulubienic*|pupil*|oczkiem_w_glowie',
      'najzdolniejsz*|najwspanialsz*|najpiekniejsz*|najladniejsz*|najdojrzalsz*|najslodsz* ..2 uczennic*|uczni*|zawodnicz*|zawodnik*|harcerk*|dziewczyn*|podopieczn* ..2 jaka|jakiego|jakie ..1 mialem|mialam|znam|spotkalem|poznalem|trenowalem|uczylem',
      'ale|jak|strasznie|bardzo|ty ..1 wydoroslalas|wyladnialas|wyprzystojnial*|wypieknialas',
    ],
    unless: ['kuzyn*|kuzynk*|siostr*|brat*|wnucz*|wnuk*|corka|corci*|synek|synku|cioci*|wujk*|babci*|dziad*|xd|haha*|piosenk*|zespol*|serial*|postac*|aktork*|aktor*|pies|psiak*|kot|kotek|kotku'],
    examples: {
      match: ['wiesz że jesteś moim ulubionym zawodnikiem?', 'jesteś moją ulubienicą w drużynie', 'jesteś najzdolniejszą uczennicą jaką miałem', 'ale wyładniałaś od wakacji'],
      ignore: ['jesteś moją ulubioną kuzynką', 'ten serial jest moim ulubionym xd', 'jesteś moim ulubionym bratem haha'],
    },
  },
  {
    id: 'looks-good-in-it-r27',
    phrases: [
      'ladnie|pieknie|slicznie|seksownie|sexy|super|bosko|zajebiscie ..2 w_niej|w_nim|w_tym|w_tej|w_tych ..1 wygladasz',
      'swietna|piekna|idealna|niesamowita|sliczna|wyjatkowa ..1 urode|uroda|buzie|buzke|figure|figura|sylwetke|sylwetka',
    ],
    unless: ['mama|mamo|tata|tato|babci*|dziadk*|cioci*|wujk*|kuzyn*|sklep*|rozmiar*|przymierz*|kup|kupie|kupic|bierz|wez_ja|wez_go|zwrot*|xd|haha*'],
    examples: {
      match: ['przyjdź w tej sukience, ładnie w niej wyglądasz', 'ma Pani świetną urodę', 'masz idealną figurę'],
      ignore: ['bierz tę kurtkę, super w niej wyglądasz', 'ładnie w tym wyglądasz kochanie, babcia się ucieszy'],
    },
  },
  {
    id: 'your-voice-gets-me-r30',
    phrases: [
      'twoj|twoja|twoje|twoich ..1 glos|glosik|usmiech|usmiechu|oczy|oczka|spojrzenie|cialo|figura|ruchy|barwa ..2 mnie ..1 rozwala|rozwalaja|rozbraja|rozbrajaja|zabija|zabijaja|powala|powalaja|urzeka|urzekaja|hipnotyzuje|hipnotyzuja|kreci|kreca|podnieca|podniecaja|zachwyca|zachwycaja|uzaleznia|oczarowal*|oczarowuje',
      'gryfno|fajno|piekno|szumno|nojpiekniejszo|nojfajniejszo ..1 dziolch*|dziolszk*|frel*|babeczk*',
    ],
    unless: ['xd|haha*|robot*|smieszn*|chrypk*|przeziebi*|mutacj*|mamo|mama|babci*|omo|oma|omie|dziadk*|ciocia|coreczk*|wnuczk*|synku|synus*'],
    weight: 1,
    examples: {
      match: ['twój głos mnie rozwala ❤️', 'twoje oczy mnie hipnotyzują', 'jeżeś fajno dziołcha'],
      ignore: ['twój głos mnie rozwala xd brzmisz jak robot', 'twój głos mnie rozwala, masz chrypkę?', 'gryfno dziołszka, mamo, ta twoja wnuczka'],
    },
  },
  {
    id: 'you-seem-older-r37',
    phrases: [
      'wydajesz_sie|wygladasz_na|piszesz_jak|zachowujesz_sie_jak|jestes_jak ..2 duzo|o_wiele|znacznie|sporo ..1 starsza|starszy|starsz*|dojrzalsz*|dorosl*',
      'wydajesz_sie|wygladasz_na|piszesz_jak ..1 starsz*|dojrzalsz*|dorosl* ..3 niz|od|jak_na ..2 swoj|swoje|twoj|twoje|rowiesni*|kolezank*|koledzy|koleg*',
    ],
    weight: 1,
    unless: ['mama|mamo|tata|tato|babci*|dziadk*|nauczyciel*|pani|wychowaw*|trener*|makijaz*|fryzur*|garnitur*|sukien*|zdjeci*_z_dziecinstwa|xd|haha*|siostr*|brat*'],
    examples: {
      match: ['wydajesz sie duzo starsza, serio', 'piszesz jak ktos o wiele dojrzalszy', 'wygladasz na starszego niz twoi rowiesnicy'],
      ignore: ['w tym makijazu wydajesz sie duzo starsza xd', 'mama mowi ze wygladasz na starsza w tej fryzurze'],
    },
  },
] satisfies PatternEntry[];
