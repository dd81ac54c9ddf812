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
    unless: ['pogod*|widok*|zachod*|dzien|dzis_pogoda|sukien*|piesek|pies|kot|kotek|buty|ciast*|tort*|rysun*|obraz*|zdjecie_krajobrazu|dom|mieszkani*|samochod*|auto'],
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
] satisfies PatternEntry[];
