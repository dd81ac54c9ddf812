import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'what-are-you-wearing',
    phrases: [
      'co ..1 masz ..2 na ..1 sobie',
      'w ..1 czym ..2 spisz|lezysz|jestes_teraz|teraz_jestes|chodzisz_po_domu',
      'jaki|jakie|jaka|jakiego|ile ..2 masz|nosisz ..1 majtki|majteczki|stanik|staniki|bielizne|stringi|rozmiar_stanika|rozmiar_biustu|biust|cycki',
      'nosisz ..2 stringi|stanik|majtki|koronkow*|bielizne',
      'jaki ..1 rozmiar ..1 stanika|biustu|cyckow|miseczki',
      'zdejmij|zdejmiesz|zdjac|sciagnij|sciagniesz|rozbierz|rozbierzesz|rozbierz_sie ..3 koszulk*|bluzk*|stanik|majtki|spodnie|spodenki|ubrani*|ciuchy|wszystko|sukien*',
      'rozbierz|rozbierzesz|rozebrac|rozbieraj|rozbierzesz ..1 sie|sie_dla_mnie|sie_przede_mna',
      'bez ..1 koszulki|bluzki|bluzeczki|topu|stanika|majtek|bielizny|ubrania|ubran|ciuchow|niczego|spodni|spodenek',
      'w ..1 samej|samych|samym ..1 bieliznie|majtkach|staniku|reczniku|stringach',
    ],
    unless: ['kupic_siostrze|dla_siostry|kupic_mamie|dla_mamy|na_prezent|idz_pod|kolacj*|obiad*|umyj|myj_sie|do_wanny|spocisz|przeziebisz|kurt*|buty|kapcie|czap*|szalik*|oboz*|kolonie|spiwor*|namiot*|wyciecz*|studniowk*|wesel*|na_impreze|na_bal|krawat*|kolor*|lekarz*|lekarza|badani*|zastrzyk*|basen*|na_wf|szatni*|przymierzal*|sklep*|pranie|prania|pralk*|kosz_na|w_szafie|suszark*'],
    examples: {
      match: ['co masz teraz na sobie?', 'w czym śpisz?', 'jaki masz rozmiar stanika', 'zdejmij koszulkę', 'teraz wyślij bez koszulki', 'rozbierz się', 'nosisz stringi?'],
      ignore: ['zdejmij buty w przedpokoju', 'weź strój na basen', 'co masz na sobie na studniówkę? pytam o kolor bo dobieram krawat'],
    },
  },
  {
    id: 'sexual-questions',
    phrases: [
      'jestes|jeszcze|jeszcze_jestes ..2 dziewic*|prawiczk*|prawicz*',
      'straciles|stracilas|stracilys ..2 dziewictw*|cnot*',
      // Second person only: a story about someone else's sex life is not aimed at the user.
      'robilas|robiles|robilys|uprawialas|uprawiales|probowalas|probowales|mialas_juz|miales_juz ..3 seks*|sex*|to_z_kims|z_kims|to_juz_z_kims|bzyk*|loda|lodzik*|minete',
      'robilas|robiles|robilys|probowalas|probowales|zrobilas|zrobiles ..2 juz|kiedys|z_kims|z_chlopakiem|z_dziewczyna ..2 cos ..1 wiecej|wiecej_niz_calowanie|wiecej_niz_buziak*',
      'chcesz|chcialabys|chcialbys|lubisz|myslisz|myslalas|myslales|zrobilabys|zrobilbys|marzysz ..3 seks*|sex*|bzyk*|rucha*|pieprz*|loda|lodzik*|minete|sie_kochac|kochac_sie|zrobic_to',
      'masturbujesz|masturbowalas|masturbowales|onanizujesz|brandzlujesz|walisz_konia|dotykasz_sie|sie_dotykasz|palcujesz|palcowalas',
      'czy|jak_czesto|ile_razy|kiedy|lubisz|robisz ..3 masturb*|onaniz*|brandzl*',
      'dotykasz|dotykalas|dotykales|dotykac ..2 sie|siebie ..2 tam|w_nocy|myslac',
      'dotykalas|dotykales|bawilas|bawiles ..1 sie ..1 kiedys|juz|czasem|sama|sam|ze_soba|soba',
      'podniecasz|podniecilas|podnieca|podniecil*|podniecona|podniecony|napalon*|napalona|mokra|twardy|twardego|stoi_mi|staje_mi ..3 mnie|jestes|cie|ciebie|przez_ciebie|na_twoj|na_ciebie',
      'jestes|czujesz ..2 podniecon*|napalon*|mokra',
      'sexting*|seksting*|sekstin*|pisac_sprosnie|sprosn*|zboczon* ..2 rozmow*|rzeczy|zdjec*|gadki',
      'lubisz|ulubiona|ulubione|ulubiony ..2 pozycj* ..2 w_lozku|seks*|sex*|jakie|ulubion*',
      'lubisz ..2 pozycj*',
      'pozycj* ..2 w_lozku|seksualn*|sex*|seks*',
      'ogladasz|ogladalas|ogladales|lubisz ..2 porno*|pornos*|filmy_dla_doroslych|pornhub*',
    ],
    unless: ['pedzl*|farb*|minecraf*|w_grze|fortnite*|rank*|lekcj*|matm*|zadani*|fizyk*|chemi*|projekt*|cwicze*|trening*|silowni*|biologi*|wdz|wychowanie_do_zycia|edukacj*|pedagog*|ksiaz*|serial*|film*_o|lektur*'],
    examples: {
      match: ['dotykalas sie kiedys?', 'a jesteś jeszcze dziewicą?', 'robiłaś to już z kimś?', 'podniecasz mnie', 'Posiadam nagranie wideo, na którym się masturbujesz', 'chciałabyś uprawiać seks?', 'oglądasz porno?', 'a robiłaś już coś więcej? 😏', 'robiłeś kiedyś z kimś coś więcej?'],
      ignore: ['Chuck Norris stracił dziewictwo wcześniej niż jego ojciec', 'potem uprawiali seks', 'masturbacja jest naturalna, pisali w gazecie', 'na biologii mieliśmy lekcję o dojrzewaniu', 'ten film był zboczony xd', 'całowanie w serialu było słabe', 'robiłaś już coś więcej z matmy?', 'robiłeś kiedyś coś więcej na treningu?'],
    },
  },
  {
    id: 'sexy-remarks',
    phrases: [
      'jestes|wygladasz|wygladalas ..2 sexy|seksown*|sexi|seksi|goraca|gorac*|podniecajac*|kuszac*|apetyczn*',
      'masz ..2 sexy|seksown*|duze|jedrne|zgrabn*|fajne|ladne ..1 cycki|piersi|biust|tylek|tyleczek|dupe|dupke|cialo|nogi|usta',
      'zobaczyc|zobacze|obejrzec|pokaz|pokazesz|dotknac ..2 twoje|twoja|twoj|twoich|swoje ..1 cialo|cialko|cycki|piersi|tylek|tyleczek|dupe|dupke|cipk*|penis*|kutas*|sutki|krocze',
      'gdybym|jakbym|gdybysmy|jakbysmy ..5 lozk*|lozku|pod_prysznicem|nago|nadzy',
      'twoich|swoich|jakie_masz|masz_jakies|opowiedz_o|opowiedz_mi_o ..2 fantazj*|fetysz*|zachcianki_w_lozku',
      'calowal*|calujesz|calowalas|calowales ..3 kiedys|juz|sie|z_jezykiem|francusk*',
      'fajne|ladne|duze|zgrabn*|sexy|jedrne ..1 cycki|piersi|tylek|tyleczek|dupka|dupke|biust',
      'zrobilbym|zrobilabym ..2 ci|z_toba|cie ..2 takie_rzeczy|rzeczy_o_ktorych|wszystko_co|brzydkie_rzeczy|sprosne_rzeczy|nieprzyzwoite',
      'chcialbym|chcialabym|chce ..2 cie|ciebie ..1 dotknac|dotykac|calowac|pocalowac_tam|rozebrac|polizac|przelecie*|przeleciec|bzyknac|zerznac',
    ],
    unless: ['sukien*_na_wesele|stylizac*', 'calowal*|calujesz ..6 opowiadaj|opowiadajj|opowiadaj_wszystko|gadaj|gadaj_wszystko|dawaj_szczegoly|wiedzialam|wiedzialem|spill', 'stary|stara|ziom|ziomek|ziomal|ziomus|mordo|byku|brachu|bracie|siostro ..2 calowal*|calujesz|lizal*'],
    weight: 2,
    examples: {
      match: ['masz chłopaka? całowałaś się już kiedyś?', 'jesteś taka seksowna', 'masz fajne cycki', 'chciałbym cię rozebrać', 'wyglądasz sexy na tym zdjęciu'],
      ignore: ['ten samochód jest sexy xd', 'całowałaś się już z Olkiem?? opowiadaj!!', 'fajne buty', 'chciałbym cię zobaczyć jutro na treningu'],
    },
  },
  {
    id: 'body-development',
    phrases: [
      'masz ..1 juz ..1 piersi|cycki|cycuszki|biust|wlosy_tam|wlosy_na_dole|owlosienie',
      'jak ..1 duze ..1 masz ..1 piersi|cycki|cycuszki',
      'podobaja|podobaj ..2 mi ..1 sie ..1 mlodsze|mlodsi|mlode|mlodziutkie|nastolatki|dziewczynki|takie_mlode',
    ],
    unless: ['lekarz*|lekarka|pediatr*|biologi*|lekcj*|wdz|wychowani*|ksiazk*|ksiaz*|mamo|mama'],
    weight: 3,
    examples: {
      match: ['masz juz piersi? 😏', 'mam 19 ale podobaja mi sie mlodsze'],
      ignore: ['na biologii bylo o tym kiedy rosna piersi', 'mamo czy masz juz piersi do obiadu'],
    },
  },
  {
    id: 'wear-this-for-me',
    phrases: [
      'ubierz|zaloz|wloz|ubierzesz|zalozysz|wlozysz ..3 krotk*|kus*|obcisl*|sexy|seksown*|przezroczyst*|koronkow* ..1 spodnicz*|sukienk*|mini|stringi|bielizne|body|top*|bluzk*',
      'ubierz|zaloz|wloz|ubierzesz|zalozysz|wlozysz ..2 [sie] [w] stringi|stanik|bielizne|koronk*|cos_sexy|cos_seksownego|cos_odwaznego|cos_krotkiego ..3 dla_mnie|na_kamerk*|na_kamerce|na_spotkanie|jak_przyjde|jak_sie_spotkamy|ze_zdjecia|co_lubie',
    ],
    unless: ['wesel*|slub*|studniowk*|bal*|imprez*|osiemnast*|komuni*|sylwest*|wf|basen*|plaz*|upal*|goraco|cieplo|zimno|sklep*|przymierz*|rozmiar*|wrocisz|szkol*|teatr*|mamo|mama|tato|tata|na_trening|kurtk*|przeziebisz|zmarzniesz'],
    weight: 2,
    examples: {
      match: ['i ubierz tą krótką spódniczkę ze zdjęcia 😘', 'załóż stringi dla mnie', 'założysz coś sexy na kamerkę?'],
      ignore: ['załóż tę krótką sukienkę na wesele, pasuje ci', 'ubierz krótkie spodenki bo upał', 'załóż stanik sportowy na wf'],
    },
  },
  {
    id: 'seen-someone-naked',
    phrases: [
      'widzialas|widziales|ogladalas|ogladales ..2 kiedys|juz|kiedykolwiek ..2 kogos|chlopaka|faceta|dziewczyne|mezczyzne|kobiete ..1 nago|nagiego|nagiej|golego|gola|bez_ubrania|rozebranego|rozebrana',
      'spisz|spisz_w|chodzisz|lezysz ..1 nago|naga|bez_niczego|bez_majtek|bez_stanika',
    ],
    unless: ['lekcj*|biologi*|wdz|film*|serial*|muzeum|obraz*|rzezb*|sztuk*|mama|mamo|tata|tato|goraco|upal*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['widziałaś kiedyś kogoś nago?', 'śpisz nago?'],
      ignore: ['widziałaś kiedyś kogoś nago na obrazie w muzeum?', 'śpisz nago w taki upał? xd'],
    },
  },
  {
    id: 'underwear-how-far-alone',
    phrases: [
      'jaka|jaki|jakie|jakiego|jakiej|jakich ..2 bielizn*|majtki|majteczki|majtek|stanik|staniki|stringi ..1 nosisz|masz|zakladasz|masz_na_sobie|ubierasz|nosilas',
      'jak ..1 daleko ..2 zaszlas|zaszedles|posunelas|posunales|doszlas|doszedles ..3 z ..1 chlopakiem|dziewczyna|kims|facetem|chlopakami',
      'myslisz|myslalas|myslales ..2 o ..1 mnie ..3 jak|kiedy|gdy ..2 jestes|lezysz|bierzesz ..1 sama|sam|w_lozku|pod_prysznicem|kapiel',
    ],
    unless: ['sklep*|promocj*|rozmiar*|wf|sportow*|kupic|kupilas|zamowic|reklam*|mama|mamo|projekt*|zadani*|wycieczk*|rower*|trasa|trasie'],
    weight: 3,
    examples: {
      match: ['jaką bieliznę nosisz?', 'jak daleko zaszłaś z chłopakiem', 'myślisz o mnie jak jesteś sama?'],
      ignore: ['jaki stanik sportowy nosisz na wf?', 'jak daleko zaszłaś z projektem z kimś z klasy'],
    },
  },
  {
    id: 'experience-questions-r6',
    phrases: [
      'bylas|byles|spalas|spales|lezalas|lezales ..3 juz|kiedys ..3 z ..1 kims|chlopakiem|facetem|dziewczyna|mezczyzna|starszym ..2 w_lozku|w_lozeczku',
      'spalas|spales|sypialas|sypiales|przespalas|przespales ..2 [sie] juz|kiedys ..2 [sie] z ..1 kims|chlopakiem|facetem|mezczyzna|dziewczyna|starszym',
      'mialas|miales ..1 juz|kiedys ..1 pierwszy_raz|swoj_pierwszy_raz',
      'juz ..1 po ..1 pierwszym_razie',
      'juz ..1 mialas|miales ..1 pierwszy_raz|swoj_pierwszy_raz',
      'pierwszy_raz ..2 juz|za_soba ..1 mialas|miales|masz',
      'robiliscie|robilyscie|zrobiliscie|zrobilyscie|probowaliscie|probowalyscie ..2 juz|kiedys|to ..2 cos ..1 wiecej',
      'robiliscie|robilyscie|zrobiliscie|zrobilyscie|probowaliscie|probowalyscie|uprawialiscie ..3 seks*|sex*|to_ze_soba|bzyk*',
      'lubisz|lubilas|lubiles ..2 sie ..1 dotykac|piescic|masturbowac|bawic_soba',
      'robiliscie|robilyscie|zrobiliscie|zrobilyscie ..1 juz|kiedys ..1 to ..1 [ze_soba|razem]',
      'ile ..1 razy ..2 calowal*|calowalas|calowales|uprawial*|robilas|robiles|spalas|spales',
      'co ..1 lubisz|lubilabys|lubilbys|robisz|robilabys ..2 w_lozku|w_seksie|w_sexie|w_lozeczku',
      'lubisz ..1 jak ..3 cie ..2 dotyka|dotykaja|caluje|rozbiera|piesci',
      'jak ..1 daleko ..2 bys ..1 sie ..1 posunela|posunal|zgodzila|zgodzil',
      'bylas|byles|jestes ..2 kiedys|juz ..1 calowana|calowany|dotykana|dotykany',
    ],
    unless: ['scen*|sztuk*|spektakl*|teatr*|przedstawieni*|czytac|czytasz|czytam|ksiaz*|ogladac|ogladasz|snem|przed_snem|zadani*|cwiczen*|projekt*|prezentacj*|doswiadczen*|eksperyment*|w_pokoju|na_obozie|namiot*|namioc*|kolonii|kolonie|wyciecz*|nocowan*|lekcj*|biologi*|wdz|jazd*|prawo_jazdy|zadani*|projekt*|koncert*|samolot*|rower*|narty|nartach|basen*|egzamin*|sprawdzian*|grze|gra|gre|mama|mamo|tata|tato|siostr*|brat*|babci*|pies|psem|kot|kotem|pluszak*|misiem|lekarz*'],
    weight: 3,
    examples: {
      match: ['masz chłopaka? a robiliście już to?', 'ile razy się całowałaś?', 'powiedz mi co lubisz w łóżku', 'byłaś już z kimś w łóżku?', 'czy już miałaś pierwszy raz?', 'masz chlopaka? robiliscie juz cos wiecej?', 'spałaś już z kimś?', 'lubisz się dotykać?', 'jak daleko byś się posunęła?'],
      ignore: ['spałaś już z kimś w pokoju na obozie?', 'miałaś już pierwszy raz lekcję jazdy?', 'robiliście już coś więcej z projektu?', 'spałaś kiedyś z psem w łóżku?'],
    },
  },
  {
    id: 'kissing-questions-r6',
    phrases: [
      'lubisz|umiesz|potrafisz ..1 [sie] calowac|calowac_sie|lizac_sie',
      'jak ..1 dobrze ..1 calujesz',
      'nauczylbym|naucze|nauczyc ..2 cie|ciebie ..2 calowac|calowania|tych_rzeczy|roznych_rzeczy',
    ],
    unless: ['mama|mamo|tata|tato|babci*|dziadk*|pies|psa|kot|kota|kotk*|film*|serial*|ksiaz*|lekcj*|scen*|przedstawieni*|teatr*|rol*|aktor*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['lubisz całować?', 'umiesz się całować?', 'nauczę cię całować'],
      ignore: ['lubisz całować swojego psa? xd', 'umiesz całować? pytam o scenę w serialu'],
    },
  },
  {
    id: 'your-body-remarks-r6',
    phrases: [
      'twoje|twoj|twoja ..1 cialo|cialko|piersi|cycki|tylek|tyleczek|nogi|nozki|usta|biust|figura ..4 chcialbym|chcialabym|chce|moge|marze ..2 je|go|ja|to|ich ..1 zobaczyc|dotknac|obejrzec|calowac|poczuc|pocalowac',
      'twoje|twoj|twoja ..1 cialo|cialko|piersi|cycki|tylek|tyleczek|biust|figura|nogi|nozki|usta ..2 jest|sa ..1 idealn*|seksown*|gorac*|zajebist*|sexy|boski|boskie|boska|perfekcyjn*|kuszac*',
    ],
    unless: ['trening*|trener*|gimnast*|taniec|tanca|balet*|akrobat*|silowni*|cwicz*|diet*|lekarz*|wf|sport*|plywani*|mama|mamo|tata|tato|babci*|rysun*|obraz*|rzezb*|biologi*|lekcj*'],
    weight: 3,
    examples: {
      match: ['twoje ciało jest idealne, chciałbym je zobaczyć', 'twoje nogi są seksowne'],
      ignore: ['twoje ciało jest idealne do pływania, trener cię chwali'],
    },
  },
  {
    id: 'naughty-talk-r6',
    phrases: [
      'pogadamy|porozmawiamy|pogadajmy|porozmawiajmy|popiszemy|popiszmy|pisac|gadac|rozmawiac ..3 o ..1 czyms|rzeczach|tematach ..1 niegrzeczn*|pikantn*|sprosn*|zboczon*|dla_doroslych|erotyczn*|intymn*|brzydkich|nieprzyzwoit*',
      '@pretty|ladne|zgrabne|dlugie|seksowne|fajne|jedrne ..1 masz ..1 nogi|nozki|cialo|piersi|cycki|tylek|tyleczek|biust|uda',
      'ochote|ochota ..2 na ..2 pikantn*|niegrzeczn*|goraca|gorace|sprosn*|erotyczn*|intymn* ..1 rozmow*|gadke|zabawe|czat*|pisanie',
      'zobaczyc|zobaczysz|obejrzec|zobaczylabys ..1 mnie ..1 nago|nagiego|nagiej|bez_ubrania|rozebranego|rozebrana',
      'pokaze|wysle|pokazalbym ..2 ci|tobie ..2 siebie|mnie ..1 nago|nagiego|bez_ubrania|calego',
      'temat|rozmowe|gadke ..3 na ..2 cos ..1 bardziej ..1 doroslego|pikantnego|intymnego|niegrzecznego|sprosnego|goracego',
      'gdybym|jakbym ..2 cie|ciebie ..2 pocalowal|pocalowala|dotknal|dotknela|rozebral|rozebrala|calowal',
      'opowiedz|opisz ..2 mi ..2 o ..1 swoim|twoim ..1 pierwszym_razie|pierwszym_pocalunku|doswiadczeniach|fantazjach',
      'spisz|spalas ..3 w ..1 pizamie|pidzamie|bieliznie|majtkach|koszulce|staniku ..2 czy ..1 bez|nago',
      'opisz|opowiedz ..2 mi ..2 swoja|swoje|twoja|twoje ..1 bielizn*|cialo|majtki|stanik|piersi',
    ],
    unless: ['nart*|rower*|koncert*|lot|samolot*|wystep*|lekcj*|biologi*|wdz|ksiaz*|filmu|filmy|filmie|serial*|lektur*|mama|mamo|tata|tato|babci*|trener*|tanc*|balet*|wf|sport*|bieg*|xd'],
    weight: 3,
    examples: {
      match: ['zmieńmy temat na coś bardziej dorosłego 😏', 'a gdybym cię teraz pocałował, co byś zrobiła?', 'czy chciałabyś zobaczyć mnie nago?', 'opowiedz mi o swoim pierwszym razie', 'czy masz ochotę na pikantną rozmowę?', 'a w nocy śpisz w piżamie czy bez?', 'nudzę się, pogadamy o czymś niegrzecznym? 😈', 'ładne masz nogi na tym zdjęciu', 'opisz mi swoją bieliznę'],
      ignore: ['pogadamy o czymś niegrzecznym co zrobił bohater lektury?', 'ładne masz nogi do biegania, trener cię chwali'],
    },
  },
  {
    id: 'ideal-age-and-kisses-r6',
    phrases: [
      'idealny|fajny|super|najlepszy|sexy|seksowny|slodki|cudowny ..1 wiek',
      'marze|marzy_mi_sie|chcialbym|chcialabym|chce ..3 zeby|aby|o_tym_zeby ..2 cie|ciebie ..2 pocalowac|przytulic_i_pocalowac|dotknac|calowac|rozebrac|dotykac',
      'co ..1 bys|bylabys|bylbys ..1 zrobila|zrobil|zrobic ..2 za ..2 @amount|@gift|kase|hajs|iphon*|pieniadze|robux*|vbuck*',
      'chcialabys|chcialbys|sprobowalabys|sprobowalbys|chcesz ..2 sprobowac|zrobic_to|tego_sprobowac ..2 ze ..1 mna|tego_ze_mna|z_kims_starszym',
    ],
    unless: ['prawo_jazdy|jazdy|emerytur*|szkoly|nauki|studi*|slub*|dzieci|psa|kota|wina|sera|pomoc*|sprzatani*|korki|korepetycj*|lekcj*|zadani*|zakup*|wycieczk*|wakacj*|mama|mamo|tata|tato|babci*|dziadk*|wino|ser|xd|haha*'],
    weight: 3,
    examples: {
      match: ['idealny wiek 😍 a masz już chłopaka?', 'ja marzę żeby cię przytulić i pocałować', 'co byś zrobiła za 500 zł? 😏', 'chciałabyś kiedyś spróbować ze mną?'],
      ignore: ['co byś zrobiła za 500 zł? kupiłabym rower xd', 'idealny wiek na wino to 10 lat, mówi tata'],
    },
  },
  {
    id: 'kiss-you-everywhere-r6',
    phrases: [
      'calowal|calowala|dotykal|dotykala|piescil|lizal ..2 wszedzie|cala|calego|cale_cialo|cie_cala|cie_calego',
      'calowalbym|calowalabym|dotykalbym|dotykalabym|rozebralbym|rozebralabym|lizalbym ..2 cie|ciebie ..2 wszedzie|cala|calego|w_lozku',
      'bym ..1 cie|ciebie ..1 calowal|calowala|dotykal|dotykala|rozebral|rozebrala|przytulal ..2 wszedzie|cala|calego|caly_dzien|cala_noc|w_lozku',
    ],
    unless: ['mama|mamo|tata|tato|babci*|dziadk*|pies|psa|kot|kota|piesek|kotek|xd|haha*'],
    weight: 3,
    examples: {
      match: ['jakbys byla moja to bym cie calowal wszedzie', 'całowałbym cię całą'],
      ignore: ['pies by cię całował wszędzie xd'],
    },
  },
  {
    id: 'night-together-r6',
    phrases: [
      'spedzic|przespac|spac|przenocowac ..2 z ..1 toba ..3 noc|noc_w_lozku|w_lozku|w_jednym_lozku|cala_noc',
      'spisz|spalabys|spala|lezala|lezalabys|lezysz ..2 obok|przy|ze ..1 mnie|mna',
    ],
    unless: ['sylwest*|imprez*|namiot*|namioc*|oboz*|kolon*|wyciecz*|nocowan*|siostr*|brat*|mama|mamo|tata|tato|babci*|dziadk*|pies|psa|kot|kota|pidzam*|pizam*|dziewczyny|dziewczynami|ekip*|klas*|szkol*|hotel*_klas*'],
    weight: 3,
    examples: {
      match: ['chciałbym spędzić z tobą noc', 'szkoda że nie śpisz obok mnie 😘'],
      ignore: ['chciałbym spędzić z tobą noc sylwestrową na imprezie', 'śpisz obok siostry na obozie?'],
    },
  },
  {
    id: 'touch-and-puberty-r6',
    phrases: [
      'jestes ..1 jeszcze ..1 dziewczynka|dzieckiem|chlopcem|dziewica ..2 czy ..1 juz ..1 kobieta|mezczyzna',
      'ktos ..1 cie|ciebie ..1 kiedys|juz ..1 dotykal|dotykala|calowal|calowala|rozbieral',
      'widzial|widziala|widzieli|ogladal|ogladala ..2 cie|ciebie ..1 nago|naga|nagiego|rozebrana|rozebranego|bez_ubrania',
      'masz ..1 juz ..1 okres|miesiaczke|pierwsza_miesiaczke',
      'rosnie|rosna ..2 ci ..1 juz ..1 biust|piersi|cycki|wlosy_tam|wlosy_na_dole',
      'jaki|jaka|jakie ..3 rozmiar|miseczk* ..1 stanika|biustu|miseczki',
    ],
    unless: ['lekarz*|lekarka|pediatr*|pielegniark*|biologi*|lekcj*|wdz|wychowani*|ksiaz*|mamo|mama|siostr*|ciocia|sklep*|przymierz*|zamowi*|kupic|kupilas|prezent*|policj*|pedagog*|psycholog*|zglos*'],
    weight: 3,
    examples: {
      match: ['ej a ty jesteś jeszcze dziewczynką czy już kobietą? 😏', 'czy twój chłopak widział cię nago?', 'czy ktoś cię kiedyś dotykał?', 'masz już okres?', 'rośnie ci już biust?', 'jaki jest twój ulubiony rozmiar stanika'],
      ignore: ['czy ktoś cię kiedyś dotykał? możesz powiedzieć pedagogowi', 'jaki rozmiar stanika kupić? pytam bo mama zamawia'],
    },
  },
  {
    id: 'more-than-kissing-r8',
    phrases: [
      'robiliscie|robilyscie|robilas|robiles|zrobiliscie|zrobilas|zrobiles|probowaliscie|probowalas|probowales ..3 cos|juz|kiedys ..2 wiecej ..2 niz ..1 calowanie|calowanie_sie|calusy|buziaki|buziak|przytulanie|trzymanie_sie|calowaliscie',
      'doszlo ..3 do ..1 czegos ..1 wiecej|powazniejszego|intymnego|blizszego',
      'jak ..1 daleko ..1 zaszliscie|zaszlas|zaszedles|zaszlyscie|posunelas|posunales|posuneliscie|doszliscie|sie_posuneliscie|sie_posunelas ..4 chlopak*|dziewczyn*|z_nim|z_nia|ze_soba|w_lozku|facet*|partner*|ex|byl*',
      'byliscie|bylyscie ..2 juz|kiedys ..2 razem ..2 w_lozku|w_lozeczku|w_jednym_lozku',
    ],
    unless: ['prac*|referat*|biolog*|chemi*|histori*|matm*|fizyk*|polski*|angielsk*|projekt*|zadani*|lekcj*|gra|grze|gry|gre|grach|poziom*|level*|turniej*|lidze|lig*|rozgryw*|wyciecz*|tras*|szlak*|marsz*|podroz*|gorach|gory|gorami|rowerem|rowerach|klotni*|bojk*|awantur*|wypadk*|policj*|rozmow*_z_dyrektor*|negocjac*|rozmowach|sprawie|sezon*|odcink*|serial*|ksiazk*|rozdzial*|namiot*|oboz*|kolon*|nocowan*|chory|chora|goraczk*'],
    examples: {
      match: ['miałaś już kiedyś chłopaka? robiliście coś więcej niż całowanie?', 'doszło między wami do czegoś więcej?', 'jak daleko zaszliście z twoim chłopakiem 😏', 'byliście już razem w łóżku?'],
      ignore: ['jak daleko zaszliście w tej grze?', 'jak daleko zaszliście z tą pracą na biologię z chłopakami?', 'doszło do czegoś więcej niż kłótnia, przyjechała policja', 'robiliście coś więcej niż zadanie 3?', 'byliście już razem w łóżku na obozie jak byłaś chora?'],
    },
  },
  {
    id: 'underwear-colour-r8',
    phrases: [
      'jakiego|jaki|jakie|jaka ..1 koloru|kolor ..2 masz|nosisz|zalozylas|zalozyles|masz_teraz ..2 majtki|majteczki|stanik|bielizne|stringi|bokserki|gacie',
      'jakiego|jaki ..1 koloru|kolor ..1 majtek|majteczek|stanika|bielizny|stringow|bokserek|gaci ..2 masz|nosisz|zalozylas|zalozyles',
      'jakie|jaka|jaki ..1 majtki|majteczki|stanik|bielizne|stringi|bokserki|gacie ..2 masz|nosisz|zalozylas|zalozyles ..1 [teraz|dzis|dzisiaj|na_sobie]',
    ],
    unless: ['kupic|kupie|kupil*|zamowic|zamowil*|sklep*|promocj*|wyprzedaz*|pranie|prania|pralk*|suszark*|szafie|szafy|walizk*|spakowal*|pakowac|oboz*|wf|basen*|mamo|mama|tata|tato|babci*'],
    examples: {
      match: ['jakiego koloru masz majtki', 'jaki kolor stanika masz teraz', 'jakie majteczki nosisz dzisiaj?'],
      ignore: ['jakie majtki mam spakować na obóz, mamo?', 'jaki kolor stanika kupić na wyprzedaży?'],
    },
  },
  {
    id: 'anything-underneath-r9',
    phrases: [
      'pod_spodem|pod_spod|pod_tym|pod_pizama|pod_koszulka|pod_bluzka|pod_sukienka|pod_spodniczka ..3 cos ..1 masz|nosisz|zalozylas|zalozyles',
      'masz|nosisz|zalozylas ..2 cos ..1 pod_spodem|pod_spod|pod_pizama|pod_koszulka|pod_bluzka|pod_sukienka|pod_spodniczka',
      'masz ..1 sixpack*|kaloryfer*|klate|klatke|brzuszek ..3 pokaz|@show|fotke|zdjecie',
    ],
    unless: ['zimno|mroz*|cieplo|termiczn*|kurtk*|plaszcz*|wf|stroj_na_wf|stroj|basen*|kapielow*|lekcj*|trening*|silown*|mama|tata|babci*|sklep*|rozmiar*|przymierz*|xd_ale_zimno'],
    examples: {
      match: ['a pod spodem coś masz?', 'masz coś pod piżamą? 😏', 'masz sixpacka? 😏 pokaz'],
      ignore: ['masz coś pod spodem? bo zimno na dworze, weź bluzę', 'masz sixpacka? zapisz się ze mną na siłownię'],
    },
  },
  {
    id: 'have-you-done-it-r10',
    phrases: [
      'czy|a ..1 juz|kiedys ..1 to ..1 robilas|robiles|robilyscie',
      'robilas|robiles ..1 juz|kiedys ..1 to ..3 z_kims|z_chlopakiem|z_dziewczyna|z_facetem|w_lozku|pierwszy_raz',
      'calowalas|calowales ..1 sie ..2 kiedys|juz|z_kims ..4 cos_wiecej|albo_wiecej|dalej|wiecej',
    ],
    unless: ['zadani*|matm*|lekcj*|test*|sprawdzian*|cwiczen*|projekt*|kurs*|quiz*|gre|gry|misj*|level*|poziom*|przepis*|ciast*|tort*|prezentacj*|referat*|eksperyment*|makijaz*|fryzur*|tatuaz*|kolczyk*|skok*|trik*|trick*|salto|fikolk*|przewrot*|kuchni*|obiad*'],
    examples: {
      match: ['no czy juz to robilas. mozesz mi powiedziec, jestem dyskretny', 'robiłaś już to z kimś?', 'całowałaś się kiedyś? albo coś więcej'],
      ignore: ['czy juz to robilas? to zadanie z matmy', 'robiles juz kiedys to salto na trampolinie?'],
    },
  },
  {
    id: 'what-are-you-dressed-in-r10',
    phrases: [
      'w_co ..1 jestes|masz_sie ..1 [teraz|tera|dzis|aktualnie] ubrana|ubrany|ubrana_teraz',
      'jak ..1 jestes ..1 [teraz] ubrana ..2 teraz|tera|w_lozku|do_spania|na_noc',
    ],
    unless: ['zimno|cieplo|kurtk*|czapk*|mroz*|deszcz*|pada|pogod*|szkol*|wesel*|slub*|imprez*|elegancko|galowo|apel*|wyjscie|wyjsc|teatr*|kino|wycieczk*|mama|tata|babci*|stroj_na|kostium*|przebieran*|halloween*'],
    examples: {
      match: ['w co jestes teraz ubrana?', 'w co jesteś ubrana? 😏', 'jak jestes teraz ubrana, w lozku?'],
      ignore: ['w co jestes ubrana na wesele? ja w niebieska', 'w co jestes ubrana? na dworze zimno, wez kurtke'],
    },
  },
  {
    id: 'more-than-on-live-r11',
    phrases: [
      'cos ..1 wiecej ..2 niz ..2 na ..1 live|lajwie|lajwach|streamie|streamach|kamerce|tiktoku|insta*|zdjeciach',
      'powiedz|napisz|opowiedz ..2 jakie|co ..1 lubisz ..2 rzeczy|robic_w|w_lozku|najbardziej_w_lozku',
    ],
    unless: ['tresc*|merch*|subskryp*|sub*|kurs*|lekcj*|jedzeni*|jesc|gotowac|ogladac|filmy|muzyk*|ksiazk*|gry|grac'],
    weight: 3,
    examples: {
      match: ['za kazdy filmik dostaniesz lwa. tylko cos wiecej niz na live 😉', 'oj nie wstydz sie, powiedz jakie lubisz rzeczy 😉'],
      ignore: ['wrzuc cos wiecej niz na tiktoku, jakis kurs gotowania', 'powiedz jakie lubisz rzeczy do jedzenia'],
    },
  },
  {
    id: 'your-body-is-developing-r11',
    phrases: [
      'twoje|twoja|twoj ..1 cialo|cialko|figura|figurka|piersi|biust|cycki|tylek|pupa ..3 sie ..1 ladnie|pieknie|szybko|fajnie ..1 rozwija|rozwinel*|zaokragl*|zmienia|zmienil*|rosnie|rosna|urosl*',
      'pocalowac|calowac|calowalbym|calowalabym|dotykac|dotknac|dotykalbym|dotykalabym|piescic ..2 cie|ciebie ..1 wszedzie|tam|tam_na_dole|calej|calego|po_calym|po_calej',
      'cie|ciebie ..1 pocalowac|calowac|dotykac|dotknac ..1 wszedzie|tam|tam_na_dole|po_calym|po_calej|calego|calej',
    ],
    unless: ['lekarz*|doktor*|pediatr*|pielegniar*|mamo|mama|tata|tato|babci*|ciocia|biolog*|lekcj*|podrecznik*|pani_od|rosliny|kwiat*|szczeniak*|pies|psa|kot|kota|xd|haha*'],
    weight: 3,
    examples: {
      match: ['twoje cialo sie ladnie rozwija', 'chcialbym cie pocalowac wszedzie', 'pocalowalbym... nie, calowac cie wszedzie bym chcial'],
      ignore: ['pani doktor mowi ze twoje cialo sie ladnie rozwija', 'mama chce cie pocalowac na dobranoc'],
    },
  },
  {
    id: 'take-it-off-and-show-r12',
    phrases: [
      'zdejmij|sciagnij|zrzuc|zdejmiesz|sciagniesz ..2 gore|bluzke|koszulke|stanik|majtki|spodnie|wszystko|ubranie|ciuchy|bluze|pizame ..3 i ..1 @show|@send|wlacz_kamerke|zrob_fote|zrob_zdjecie',
      'ile ..1 razy ..3 sie ..1 dotykasz|masturbujesz|zaspokajasz',
    ],
    unless: ['buty|kurtk*|obtarl*|lekarz*|siniak*|rane|rana|xd|haha*|przymierz*|sklep*'],
    examples: {
      match: ['zdejmij gore i pokaz mi', 'sciagnij bluze i wyslij fote', 'ile razy w tygodniu sie dotykasz?'],
      ignore: ['zdejmij buty i pokaz mi gdzie cie obtarlo', 'zdejmij kurtke i pokaz mi nowa bluzke xd'],
    },
  },
  {
    id: 'less-clothes-faster-r13',
    phrases: [
      'im ..1 mniej ..1 ciuchow|ubran*|ubrania|na_sobie|materialu|ciuszkow ..4 tym',
    ],
    unless: ['upal*|goraco|chlod*|cieplo|zimno|slonc*|plaz*|pogod*|walizk*|walizc*|plecak*|bagaz*|spakow*|pakowa*|szaf*|pranie|prania|pralk*|plam*|poplamil*|lekarz*|pielegniar*|osluch*|przymierz*|przymierzal*|sklep*|rozmiar*'],
    examples: {
      match: ['wyslij zdjecie z kartka z twoim imieniem, im mniej ciuchow tym szybsza weryfikacja', ],
      ignore: ['im mniej ubran w walizce tym lepiej', 'im mniej na sobie tym chlodniej w upal', 'pokaz sie w tej bluzie, zdejmij kurtke'],
    },
  },
  {
    id: 'private-show-r13',
    phrases: [
      'zrob|zrobisz|zrobilabys|zrobilbys|dasz|dalabys ..2 [mi] prywatny|prywatne|maly|specjalny ..1 pokaz|pokazik|show|striptiz*|taniec|tanieczek',
      'striptiz*|striptease ..3 dla ..1 mnie|mnie_na_kamerce',
    ],
    unless: ['gra|grze|gry|prezentacj*|slajd*|mody|moda|ciuch*|makijaz*|magik*|sztucz*|trik*|kart*|tiktok*|choreograf*|szkol*_tanca|zajeci*|apel*|przedstawieni*|xd|haha*'],
    examples: {
      match: ['zrob mi prywatny pokaz', 'zrobisz striptiz dla mnie na kamerce?'],
      ignore: ['zrob mi prywatny pokaz tej nowej sztuczki z kartami', 'zrobisz pokaz taneczny na apelu?'],
    },
  },
  {
    id: 'cam-on-take-it-off-r13',
    phrases: [
      'odpal|wlacz|wlaczysz|pokaz ..4 kamer*|kamerk*|cam*|sie ..6 zdejmij|sciagnij|zdejmiesz|sciagniesz|rozbierz ..1 bluze|koszulke|bluzke|spodnie|top|stanik|koszule|ciuchy|ubranie|spodenki',
    ],
    unless: ['pranie|prania|pralk*|plam*|poplamil*|lekarz*|pielegniar*|osluch*|przymierz*|przymierzal*|sklep*|rozmiar*|lekcj*|wf|trening*_online'],
    examples: {
      match: ['git to odpal kamere i zdejmij bluze bo goraco pewnie xd', 'wlacz kamerke i sciagnij koszulke'],
      ignore: ['pokaz sie w tej bluzie, zdejmij kurtke', 'wlacz kamere na lekcji i zdejmij kaptur'],
    },
  },
  {
    id: 'what-colour-underwear-r14',
    phrases: [
      'jaki|jakiego|jakie ..1 masz|nosisz ..1 kolor|koloru ..1 majtek|majtki|majteczki|stanika|stanik|bielizny|bielizne|stringow|stringi',
      'jaki|jakiego|jakie ..1 kolor|koloru ..1 masz|nosisz ..2 majtek|majtki|majteczki|stanika|stanik|bielizny|bielizne|stringow|stringi',
      'calowalas|calowales|calowal|calowala ..5 cos_wiecej|a_dalej|cos_dalej|z_jezykiem|z_jezyczkiem|robilas_to|robiles_to|dalej_niz',
    ],
    unless: ['sklep*|zakup*|kupic|kupie|kupilam|kupilem|promocj*|rozmiar*|prezent*|film*|serial*|ksiazk*|postac*|bohater*'],
    examples: {
      match: ['jaki masz kolor majtek teraz?', 'czy juz sie calowalas? a cos wiecej?'],
      ignore: ['Stirlitz jakiego koloru mam majtki? - spytal Muller', 'jaki kolor stanika kupic na studniowke, pomozesz w sklepie?', 'w tym serialu calowala sie z nim a potem cos wiecej sie wydarzylo'],
    },
  },
  {
    id: 'kissed-and-bra-r15',
    phrases: [
      'kiedys ..1 sie ..1 calowalas|calowales|calowalas_z|lizalas|bzykalas|dotykalas',
      'calowalas|calowales ..1 sie ..1 juz|kiedys|z_kims|z_chlopakiem|z_dziewczyna',
      'w ..1 kroci|krotkich_spodenkach|staniku|stanikach|majtkach|samym_staniku|bieliznie|stringach ..3 lub|albo|czy|i ..1 w|bez ..1 @body|staniku|majtkach|bieliznie|kroci',
      'tylko|na ..1 chwilke|chwile|sekunde|moment ..2 zdejmij|sciagnij|zdejmiesz ..1 bluz*|koszulk*|stanik*|spodnie',
      'zobaczyc|widziec|ogladac ..1 cie|ciebie ..1 w ..1 lozku|lozeczku|pizamce|pizamie|bieliznie|reczniku|wannie',
      'zdjac|zdejmij|sciagnij|zdejmiesz ..1 bluz*|koszulk*|stanik*|spodnie ..2 goraco|cieplo|bedzie_lepiej|dla_mnie|tylko_na_chwile|na_chwile|na_chwilke',
    ],
    unless: ['xd|haha*|hehe|lekarz*|pielegniark*|badani*|przymierz*|sklep*|zakup*|pranie|prania|mama|mamo|tata|tato|dobranoc_synku|pizamow*_impreza|nocowan*|film*|serial*|ksiazk*|bohater*|postac*', 'calowal*|calujesz ..6 opowiadaj|opowiadajj|opowiadaj_wszystko|gadaj|gadaj_wszystko|dawaj_szczegoly|wiedzialam|wiedzialem|spill', 'stary|stara|ziom|ziomek|ziomal|ziomus|mordo|byku|brachu|bracie|siostro ..2 calowal*|calujesz|lizal*'],
    examples: {
      match: ['dziwne, taka ladna. kiedys sie calowalas?', 'do okladki potrzebuje fotek w kroci lub w staniku', 'wlacz kamerke, chce zobaczyc cie w lozku zanim zasniesz', 'no wez, zdejmij bluze na chwilke'],
      ignore: ['w filmie ona sie kiedys calowala z bohaterem', 'mama chce zobaczyc cie w pizamce na zdjeciu z nocowania xd', 'całowałeś się już z Mają? gadaj wszystko'],
    },
  },
  {
    id: 'been-with-someone-in-bed-r16',
    phrases: [
      'bylas|byles|spalas|spales ..2 z ..1 kims|chlopakiem|dziewczyna|facetem|kolesiem ..6 w_lozku|intymnie|sex*|seks*|te_sprawy|pierwszy_raz|do_lozka',
      'robilas|robiles ..2 to|juz ..2 z ..1 kims|chlopakiem|dziewczyna|facetem',
    ],
    unless: ['projekt*|zadani*|prezentacj*|referat*|lekcj*|zakupy|zakupach|kino|kinie|wycieczk*'],
    examples: {
      match: ['bylas juz z kims? no wiesz o co chodzi... w lozku', 'robilas to juz z chlopakiem?', 'spalas juz z kims? no wiesz, pierwszy raz'],
      ignore: ['bylas juz z kims w kinie na tym filmie?', 'robilas juz projekt z kims z klasy?'],
    },
  },
  {
    id: 'body-hair-down-there-r17',
    phrases: [
      'masz|czy|juz|rosna|rosnie ..3 owlosieni*|wlosy|wloski|wlosk* ..2 tam_na_dole|na_dole|w_majtkach|pod_majtkami|lonow*|intymn*',
    ],
    unless: ['glow*|fryzjer*|farb*|grzywk*|ogon*|kucyk*|pies|psa|kot*|broda|brode|nogach|nogi|pachach|lekcj*|biologi*|podrecznik*|pielegniark*_szkoln*|lekarz*|lekarka'],
    examples: {
      match: ['czy juz masz owlosienie tam na dole?', 'rosna ci juz wloski na dole?'],
      ignore: ['masz wlosy na dole kanapy od psa', 'na biologii pani mowila ze w dojrzewaniu rosna wlosy na dole'],
    },
  },
  {
    id: 'revealing-pic-wording-r19',
    phrases: [
      '@send|@show|zrob|zrobisz|wrzuc|podeslij ..4 @photo|zdjecie|sie|cie|takie|jedno|cos ..4 w_samych_bokserkach|w_bokserkach|w_samych_gaciach|w_gaciach|w_czyms_obcislym|w_obcislym|w_obcislej|pikantn*|spicy|ostrzejsz*',
      '@photo|zdjecie|zdjec ..2 jak ..1 jestes|wychodzisz ..1 po_kapieli|po_prysznicu|spod_prysznica|z_wanny',
      '@photo|zdjecie ..3 w_krotkich_spodenkach|w_spodenkach|w_spodniczce|w_mini ..3 na_lozku|w_lozku',
      'odwazn*|odwazniejsz*|skap* ..2 stroj*|stroje|sesj*|zdjec*|foty|fotki ..4 bielizn*|bielizna',
      'bielizn*|bielizna ..2 cosplay*|cosplayow*',
    ],
    examples: {
      match: ['i zrob jeszcze jedno takie w samych bokserkach', 'tylko wyslij mi pare zdjec jak jestes po kapieli', 'zrob takie fajne zdjecie w krotkich spodenkach na lozku', 'tylko to bardziej odwazne stroje, bielizna cosplayowa', 'ej wyslij cos pikantnego'],
      ignore: ['wyslij zdjecie psa po kapieli', 'ta sukienka jest pikantna cenowo'],
    },
  },
  {
    id: 'body-measurements-r20',
    phrases: [
      'rozmiar|rozmiaru|rozmiarze ..2 biustonosz*|stanik*|miseczk*|biustu|majtek|stringow|stringi|majtki',
      'ile ..1 masz|mierzysz ..1 w ..1 talii|biuscie|biodrach|klatce|cyckach',
      'jaka|jaki ..1 masz ..1 miseczk*|biust|rozmiar_biustu|rozmiar_stanika',
    ],
    unless: ['kupic|kupie|kupilam|siostrze|dla_siostry|mamie|dla_mamy|prezent*|prezenc*|sklep*|krawc*|krawiec*|szyc*|uszyj*|sukien*|stroj*|kostium*|zamow*|rozmiarowk*|vinted|olx|allegro|zwrot*|wymian*|przymierz*|mundur*|studniowk*|balu'],
    examples: {
      match: ['jaki masz rozmiar biustonosza?', 'ile masz w talii?', 'jaka masz miseczke? 😏'],
      ignore: ['jaki rozmiar stanika mam kupic siostrze na urodziny?', 'jaki rozmiar stanika zamowic w sklepie dla mamy?', 'ile masz w talii? krawcowa pyta do sukienki na studniowke'],
    },
  },
  {
    id: 'strip-game-r22',
    phrases: [
      'zdejmujesz|zdejmiesz|zdejmij|zdejmuj|zdejmowac ..1 cos|jedna_rzecz|kolejna_rzecz|nastepna_rzecz|czesc_garderoby|jedna_czesc|kolejna_czesc|kawalek_ubrania',
      'rozbieran*|strip ..1 poker*|pokera|gre|gra|gry|gramy|zaklad*|prawda_czy_wyzwanie',
      'kto|kazdy|jak ..2 przegra|przegrasz|przegrywa|nie_odpowie|nie_odpowiesz ..3 zdejmuje|zdejmujesz|sciaga|sciagasz|rozbiera|rozbierasz',
    ],
    unless: ['z|ze ..2 pieca|kuchenki|ognia|suszarki|sznurka|polki|polek|szafy|szafki|wieszaka|grilla|stolu|lodowki|regalu|listy|kalendarza|pulpitu|blatu', 'pranie|prania|garnek|garnka|buty|kurtke|czapke|plaszcz'],
    examples: {
      match: ['gramy w gre? kazde pytanie ktorego nie odpowiesz = zdejmujesz cos', 'zagramy w rozbieranego pokera?', 'kto przegra zdejmuje jedna rzecz'],
      ignore: ['zdejmij cos z pieca bo sie spali', 'zdejmij cos z tej polki dla mnie', 'zdejmij pranie ze sznurka, pada', 'zagramy w pokera na zapalki?'],
    },
  },
  {
    id: 'a-bit-less-clothes-r24',
    phrases: [
      'troche|coraz|jeszcze|duzo|potem ..1 mniej ..1 ubran*|ciuchow|ubrania|na_sobie|materialu',
      'zdejmij|zdejmiesz|sciagnij|sciagniesz ..1 cos|jeszcze_cos|jedna_rzecz|kolejna_rzecz|wiecej',
    ],
    unless: ['upal*|goraco|gorac|stopni*|cieplo|lato|pogod*|slonce|sauna|sauny|silowni*|wf|basen*|plaz*|walizk*|plecak*|pakowa*|bagaz*|szaf*|pralk*|prania|pranie|zakup*|buty|butow|kurtk*|czapk*'],
    weight: 2,
    examples: {
      match: ['proste, zatancz cos... potem troche mniej ubran', 'teraz coraz mniej ciuchow, pokaz', 'zdejmij cos jeszcze dla mnie'],
      ignore: ['zaloz troche mniej ubran, jest 30 stopni', 'wez mniej ciuchow na oboz, walizka sie nie domknie', 'zdejmij cos z tej szafy bo sie nie domyka'],
    },
  },
  {
    id: 'show-yourself-in-pyjamas-r25',
    phrases: [
      '@show|@send|pokaz|pokazesz|pokazalabys|pokazalbys|nagraj|nagrasz ..4 w ..1 pizam*|pidzam*|pizamce|pidzamce|pizamie|pidzamie|koszul*_nocn*|koszulce_nocnej|szlafrok*|reczniku',
      '@show|@send|pokaz|pokazesz ..4 [kamer*|kamerke|kamerce] nizej|w_dol|od_pasa_w_dol',
      'zeby|tak_zeby|by ..1 bylo ..1 widac ..1 figure|cialo|ksztalty|talie|brzuch|biust|tylek|pupe',
    ],
    unless: ['sklep*|kupil*|kupic|zamowil*|pasuj*|rozmiar*|metk*|vinted|olx|allegro|sprzeda*|pizam*_party|pidzam*_party|noc*_filmow*|nocowank*|nocowanc*|babci*|dziadk*|mama|mamo|tata|tato|ciocia|wujek|kostium*|przymiark*|krawc*|szyc*|sukien*|tablic*|zeszyt*|zadani*|lekcj*|wf|trener*|fizjo*|postaw*|proporcj*|kadr*|rysun*|szkic*'],
    weight: 3,
    examples: {
      match: ['pokaz sie na kamerce w pizamce 🥰 tylko my dwoje wiemy', 'idealnie 😍 masz snapa? pokazesz mi sie w pizamce?', 'pokaz wiecej, przesun kamerke nizej', 'potrzebuje fotki, tak zeby bylo widac figure 🔥'],
      ignore: ['pokaz w jakiej pizamie idziesz na nocowanke', 'wyslij fotke tej pizamy co kupilas, pasuje?', 'przesun kamerke nizej bo nie widac zeszytu'],
    },
  },
  {
    id: 'how-experienced-are-you-r25',
    phrases: [
      'jak|czy|bardzo ..2 jestes ..1 doswiadczona|doswiadczony|niewinna|niewinny|cnotliwa|cnotliwy|grzeczna_w_lozku',
      'masz ..1 jakies ..1 doswiadczenie ..2 z ..1 chlopakami|dziewczynami|facetami|starszymi|w_tych_sprawach|w_lozku',
    ],
    unless: ['gra|grze|gry|pracy|praca|prace|zawod*|rekrutac*|cv|stanowisk*|sprzedaz*|obsludz*|opiek*|dzieci|niani*|korepetycj*|nauczani*|lekcj*|trening*|druzyn*|sport*|plywani*|jazd*|prawo_jazdy|kierowc*|programowani*|kodowani*|wolontariat*|animator*|kelner*'],
    weight: 2,
    examples: {
      match: ['jak bardzo jestes doswiadczona hehe', 'masz jakies doswiadczenie z chlopakami?'],
      ignore: ['czy jestes doswiadczona w opiece nad dziecmi? szukamy niani', 'masz jakies doswiadczenie z dziecmi? szukamy opiekunki'],
    },
  },
  {
    id: 'you-looked-grown-up-in-your-pyjamas-r28',
    phrases: [
      'wygladal*|wygladasz|wyglada ..3 dojrzal*|doroslo|kobieco|meskos*|seksown*|sexy|sexi|seksi|ponetn*|kuszac*|goraco|apetyczn* ..3 w ..1 tej|tym|tych|swojej|swoim|twojej|twoim ..1 pizam*|pidzam*|pizamce|koszul*_nocn*|koszulce_nocnej|bielizn*|majtk*|majteczk*|stanik*|staniczk*|stringach|bokserk*|slipk*|reczniku|szlafrok*|kostium*|bikini|kapiel*',
      'pizam*|pidzam*|pizamce|koszul*_nocn*|bielizn*|majteczk*|stanik*|staniczk*|bikini|kostium*_kapiel*|reczniku ..3 wygladal*|wygladasz ..2 bardzo|tak|mega|strasznie|naprawde ..1 dojrzal*|doroslo|kobieco|seksown*|sexy|ponetn*|kuszac*|goraco',
    ],
    unless: ['sklep*|kupil*|kupic|zamowil*|pasuj*|rozmiar*|metk*|vinted|olx|allegro|sprzeda*|reklam*|sesj*_zdjeciow*|modelk*_na|katalog*|przymierz*|przymiark*|krawc*|sukien*|wesel*|slub*|studniowk*|bal|balu|babci*|dziadk*|mamo|tato|ciociu|wujku|xd|haha*'],
    weight: 3,
    examples: {
      match: ['wyglądałaś bardzo dojrzale w tej piżamce', 'wygladasz tak kobieco w tym staniku', 'w tym bikini wyglądasz mega seksownie', 'wyglądałeś bardzo dojrzale w tych bokserkach 😏'],
      ignore: ['wyglądasz bardzo dojrzale w tej sukience na studniówkę', 'w tym kostiumie wyglądasz bardzo dojrzale, kupiłaś w sklepie?', 'wyglądałaś bardzo dojrzale na zdjęciu z balu'],
    },
  },
  {
    id: 'seen-you-naked-done-anything-r28',
    phrases: [
      'ktos|chlopak|chlopaki|dziewczyna|facet ..2 cie|ciebie ..2 juz|kiedys ..2 widzial*|ogladal*|dotykal* ..2 nago|nagiego|nagusienk*|bez_ubrania|bez_ubran|rozebran*|w_bieliznie|tam',
      'widzial*|ogladal* ..1 cie|ciebie ..1 juz|kiedys ..2 ktos|chlopak|facet ..2 nago|nagiego|bez_ubrania|rozebran*',
      'chlopak*|dziewczyn*|z_nim|z_nia ..6 robiliscie|robilyscie ..1 juz|kiedys ..1 cos|to|te_rzeczy',
      'robiliscie|robilyscie|robiles|robilas ..1 juz|kiedys ..1 cos|to|te_rzeczy ..2 z_nim|z_nia|ze_soba|w_lozku|wiecej_niz',
      'jak_daleko|jak_dalecy|daleko ..3 zaszliscie|zaszlas|zaszedles|doszliscie|doszlas|sie_posuneliscie ..4 z_nim|z_nia|chlopak*|dziewczyn*|ze_soba|w_lozku',
    ],
    unless: ['lekarz*|lekarka|pielegniar*|badani*|szpital*|przychodni*|mama|mamo|tata|tato|projekt*|zadani*|lekcj*|prezentacj*|referat*|sprawdzian*|gre|gry|grze|level*|poziom*|misj*|sezon*|serial*|odcink*|film*|ksiazk*|plan*|remont*|budow*|wyciecz*|spacer*|rower*|gor|gory|szlak*|bieg*|marsz*'],
    weight: 3,
    examples: {
      match: ['czy ktoś cię już widział nago?', 'masz chłopaka? a robiliście już coś?', 'jak daleko zaszliście z twoim chłopakiem?'],
      ignore: ['robiliście już coś z projektem na geografię?', 'jak daleko zaszliście w tej grze?', 'robiliście już coś na lekcji z tym zadaniem?', 'robiliście już coś z tym?', 'jak daleko zaszliście z chłopakami na rowerach?'],
    },
  },
  {
    id: 'grown-up-hot-r29',
    phrases: [
      'wyroslas|dojrzalas|urosly_ci|rozwinelas|zaokraglilas ..6 laska|laseczka|laseczk*|sexy|seksown*|sexi|kobitka|dupa|dupeczka|niezla_sztuka|ksztalt*|zgrabn*|cycki|biust*|piersi|tylek|figur*|cialo',
      'ale|jak|niezla|niezle ..1 laska|laseczka|dupeczka|sztuka ..3 z_ciebie|sie_zrobila|sie_zrobilas|wyrosla|wyroslas',
    ],
    unless: ['ciocia|ciociu|babcia|babciu|wujek|dziadek|kuzyn*|przymierz*|sukienk*|studniowk*|wesel*'],
    examples: {
      match: ['ale wyrosłaś, teraz niezła laska', 'dojrzałaś, masz już niezłą figurę', 'niezła laska się z ciebie zrobiła'],
      ignore: ['ale wyrosłaś, ciocia cię nie poznała!', 'jak wyrosłaś, w tej sukience na studniówkę wyglądasz pięknie', 'ale wyroslas, juz wyzsza od mamy'],
    },
  },
  {
    id: 'you-not-the-character-r29',
    phrases: [
      'rozbier*|rozbiera|nago|nagie|golas*|lozk*|calow*|caluj*|dotyka*|pieszcz*|bielizn*|seks*|sex ..6 ty|ciebie|tobie|twoje ..4 naprawde|nie_postac|nie_twoja_postac|w_realu|irl|na_serio|prywatnie',
      'nie ..1 postac|postaci|twoja_postac|oc|twoj_oc ..2 tylko|a|ale ..1 ty|ciebie|tobie ..4 rozbier*|nago|nagie|lozk*|calow*|caluj*|dotyk*|bielizn*|seks*|sex|wygladasz|masz_na_sobie',
    ],
    examples: {
      match: ['postać się rozbiera, opisz jak ty byś to zrobiła, naprawdę ty', 'nie postać tylko ty, co masz na sobie w łóżku?', 'opisz jak się całujesz, ty w realu'],
      ignore: ['twoja postać się rozbiera do walki z smokiem w następnym rozdziale', 'nie postać tylko ty wybierasz imię dla smoka', 'opisz scenę w łóżku szpitalnym, postać jest ranna'],
    },
  },
  {
    id: 'talk-about-adult-things-r30',
    phrases: [
      'chcesz|chcialabys|chcialbys|mozemy|moze|pogadamy|porozmawiamy|pogadajmy|porozmawiajmy|popiszemy|popiszmy ..3 o ..1 czyms|rzeczach|sprawach|tematach ..1 doroslym|doroslych|pikantnym|pikantnych|intymnym|intymnych|zakazanym|zakazanych|nieprzyzwoitym|nieprzyzwoitych|niegrzecznym|niegrzecznych|sprosnym|sprosnych|erotycznym|erotycznych|goracym|goracych',
      'chcesz|chcialabys|chcialbys|mozemy|pogadamy|porozmawiamy|pogadajmy|porozmawiajmy ..3 o ..1 doroslych|pikantnych|intymnych|zakazanych|nieprzyzwoitych|niegrzecznych|sprosnych|erotycznych|goracych ..1 rzeczach|sprawach|tematach|rzeczy',
    ],
    unless: ['podatk*|prac*|rachun*|studi*|kredyt*|mieszkani*|pieniadz*|finans*|polityk*|wybor*|ubezpiecz*|emerytur*|xd|haha*|pedagog*|psycholog*|wychowani*_do_zycia|wdz|lekcj*'],
    examples: {
      match: ['chcesz pogadać o czymś dorosłym? 😏', 'możemy porozmawiać o pikantnych sprawach', 'pogadajmy o czymś niegrzecznym'],
      ignore: ['chcesz pogadać o dorosłych sprawach jak podatki? xd', 'możemy porozmawiać o czymś dorosłym, np. o studiach', 'na lekcji wdż pogadamy o intymnych sprawach'],
    },
  },
  {
    id: 'in-pyjamas-even-better-r30',
    phrases: [
      'w_pizamie|w_pizamce|w_pidzamie|w_pidzamce|w_bieliznie|w_samej_bieliznie|w_staniku|w_majtkach|w_samych_majtkach|w_reczniku|w_szlafroku|w_koszuli_nocnej|bez_koszulki|bez_stanika|w_lozku|pod_koldra ..3 nawet_lepiej|jeszcze_lepiej|tym_lepiej|bedzie_lepiej|najlepiej|wole|wolalbym|wolalabym|lepiej_wygladasz|jeszcze_ladniej',
      'nawet_lepiej|jeszcze_lepiej|tym_lepiej|najlepiej|wole|wolalbym ..3 w_pizamie|w_pizamce|w_pidzamie|w_bieliznie|w_samej_bieliznie|w_staniku|w_majtkach|w_reczniku|w_szlafroku|w_koszuli_nocnej|bez_koszulki|bez_stanika|w_lozku|pod_koldra',
    ],
    unless: ['nocowank*|nocowanc*|pizam*_party|pidzam*_party|wygodn*|wygodniej|cieplej|chory|chora|przeziebi*|goraczk*|spac|spanie|wyspij|zasnij|odpocznij|mama|mamo|tata|tato|babci*|dziadk*|sklep*|rozmiar*|pasuje|xd|haha*'],
    weight: 3,
    examples: {
      match: ['możesz być w piżamie, nawet lepiej 😘', 'najlepiej w samej bieliźnie hehe', 'w ręczniku jeszcze lepiej, serio'],
      ignore: ['przyjdź w piżamie, nawet lepiej, będzie nocowanka', 'zostań w łóżku, tak będzie najlepiej, jesteś chora', 'w piżamie nawet lepiej, wygodniej się gra'],
    },
  },
  {
    id: 'on-cam-in-nightwear-r30',
    phrases: [
      'na|przez|w|przed ..1 kamerce|kamerze|kamerke|kamerka|kamerki|kamere|@cam|zoom*|wideo|video|wideorozmow* ..6 w_pizamie|w_pizamce|w_pidzamie|w_pidzamce|w_bieliznie|w_samej_bieliznie|w_staniku|w_majtkach|w_samych_majtkach|w_reczniku|w_szlafroku|w_koszuli_nocnej|bez_koszulki|bez_stanika|bez_bluzki|w_stringach|w_bikini',
      'w_pizamie|w_pizamce|w_pidzamie|w_pidzamce|w_bieliznie|w_samej_bieliznie|w_staniku|w_majtkach|w_samych_majtkach|w_reczniku|w_szlafroku|w_koszuli_nocnej|bez_koszulki|bez_stanika|bez_bluzki|w_stringach|w_bikini ..6 na|przez|przed ..1 kamerce|kamerze|kamerke|kamerka|kamere|@cam|zoom*|wideo|video',
    ],
    unless: ['bylam|bylem|siedzialam|siedzialem|siedzial|siedziala|byl|byla|wszedl|weszla|xd|haha*|lol|nocowank*|pizam*_party|pidzam*_party|lekcj*|nauczyciel*|pani|pan|zajec*|wyklad*|chory|chora|mama|mamo|tata|tato|babci*|dziadk*|klasa|klasy|sklep*|rozmiar*|reklam*'],
    weight: 3,
    examples: {
      match: ['zaśpiewaj dla mnie na kamerce, w piżamie, na luzie', 'pokaż się w samej bieliźnie na kamerce', 'wejdź na wideo w ręczniku po prysznicu'],
      ignore: ['hahaha pani weszła na zoom w piżamie', 'byłam na lekcji na kamerce w piżamie xd', 'babcia dzwoniła na wideo w szlafroku'],
    },
  },
  {
    id: 'what-are-you-wearing-now-r32',
    phrases: [
      'masz|masz_teraz|masz_wlasnie ..1 cos|cokolwiek|duzo|malo ..1 na_sobie',
      'co|w_czym ..1 masz|jestes ..1 teraz|wlasnie|w_tej_chwili|tam ..1 na_sobie|ubrana|ubrany',
      'na_sobie ..1 czy|albo|tylko|czy_tylko|czy_sama ..1 pizam*|pizamk*|bielizn*|majtk*|majteczk*|stanik*|recznik*|szlafrok*|nic|niczego|golutka|nago',
      'jestes|siedzisz|lezysz ..1 teraz|juz|wlasnie|tam ..1 w_samej_bieliznie|w_samym_staniku|w_samych_majtkach|w_reczniku|nago|naga|golutka|bez_ubrania|bez_niczego',
    ],
    unless: ['wesel*|imprez*|studniowk*|bal|balu|slub*|komuni*|rozmow*_kwalifik*|koncert*|kostium*_na|przebran*|halloween*|mundurek|galow*|stroj_na|na_wf|wf|basen*|plaz*|trening*|silowni*|zimno|zmarzniesz|cieplo|kurtk*|czapk*|pogod*|deszcz*|mamo|mama|tato|tata|babci*|dziadk*|lekarz*|pielegniar*|przychodni*|szpital*|pranie|prania|suszark*'],
    examples: {
      match: ['a masz coś na sobie? 😏', 'co masz teraz na sobie', 'masz coś na sobie czy tylko bieliznę', 'jesteś teraz w samej bieliźnie?', 'w czym jesteś teraz ubrana?'],
      ignore: ['co masz teraz na sobie na wesele?', 'masz coś na sobie ciepłego? zimno jest', 'co masz na sobie jutro na studniówkę', 'jesteś teraz w ręczniku? to oddzwonię jak wyjdziesz, mama', 'co masz na sobie na wf?'],
    },
  },
  {
    id: 'in-shorts-and-bra-r32',
    phrases: [
      'w ..1 krotkich|samych|obcislych|malutkich|skapych ..1 spodenkach|szortach|majtkach|majteczkach|legginsach|stringach ..2 i|z|oraz|bez|a ..1 staniku|stanika|biustonoszu|biustonosza|bieliznie|koszulki|bluzki|gory',
      'w ..1 samym|samej ..1 staniku|biustonoszu|bieliznie|reczniku ..2 i|oraz|a ..1 krotkich|samych|majtkach|majteczkach|stringach|spodenkach|szortach',
    ],
    unless: ['silowni*|sportow*|trening*|bieg*|biegani*|wf|basen*|plaz*|upal*|goraco|sklep*|przymierz*|wyprzedaz*|allegro|vinted|zamowi*|paczk*|prania|pranie|lekarz*|badani*|usg|przychodni*|manekin*|lalk*|reklam*'],
    examples: {
      match: ['w krótkich spodenkach i staniku', 'tylko w samych majtkach i bez stanika', 'w samym staniku i stringach'],
      ignore: ['biegam w krótkich spodenkach i staniku sportowym', 'byłam na plaży w krótkich spodenkach i bez koszulki bo upał', 'w krótkich spodenkach i koszulce na wf'],
    },
  },
  {
    id: 'moaning-whispering-voice-note-r33',
    phrases: [
      'glosowk*|glosowa|glosowe|glosowej|nagrani*|nagraj|nagrasz|nagralabys|audio|voice*|vm ..5 jeczysz|jeczysz_dla_mnie|jeczenie*|jekami|jeki|jekow|jeknij|wzdychasz|wzdychanie|dyszysz|dyszenie|stekasz|stekanie|pojekujesz|pojekiwanie',
      'jak|gdy|kiedy ..1 jeczysz|wzdychasz|dyszysz|stekasz|pojekujesz ..3 nagraj|nagrasz|wyslij|wyslesz|przeslij|podeslij|uslyszec|posluchac',
      'uslyszec|slyszec|posluchac|uslyszalbym ..2 jak ..2 jeczysz|wzdychasz|dyszysz|stekasz|pojekujesz|szepczesz_moje_imie|jeczysz_moje_imie',
      'jeknij|jeknij_mi|zajecz|zajeczysz|jeknelabys|jeczalabys|pojecz|pojeczysz ..2 dla ..1 mnie',
      'glosowk*|glosowa|glosowe|nagrani*|nagraj|nagrasz|audio|szepcz*|szepnij|szeptem ..6 ze ..2 jestes ..1 sama|naga ..2 w_lozku|pod_koldra|pod_prysznicem|w_wannie|w_pizamie',
      'glosowk*|glosowa|glosowe|nagrani*|nagraj|nagrasz|audio|szepcz*|szepnij|szeptem ..6 ze ..2 o ..1 mnie ..1 myslisz|marzysz|fantazjujesz',
      'szepcz*|szepnij|szeptem ..4 cos ..2 niegrzeczn*|sprosn*|pikantn*|brzydkiego|seksown*|sexy|goracego',
      'glosowk*|glosowa|glosowe|nagrani*|nagraj|nagrasz|nagralabys|audio ..4 seksown*|sexy|zmyslow*|uwodzicielsk*|niegrzeczn*|pikantn*|zaspan*_z_lozka ..1 glosem|glosikiem|tonem|szeptem',
      'glosowk*|glosowa|glosowe|nagrani*|nagraj|nagrasz|nagralabys|audio ..4 jak|gdy ..1 szepczesz|mowisz|jeczysz ..1 moje ..1 imie',
    ],
    unless: ['ze_nie_chcesz|do_szkoly|przestan|nie_jecz|marudz*|narzekasz|narzekac|bol*|boli|chor*|gardl*|kaszl*|katar*|lekarz*|mama|mamo|tata|tato|babci*|dziadk*|piosenk*|spiew*|cover*|przedstawien*|teatr*|aktor*|rol*|scen*|dubbing*|horror*|duch*|zombie|halloween*|silowni*|trening*|cwiczen*|martwy_ciag|przysiad*|porod*|wf'],
    examples: {
      match: ['nagraj mi głosówkę jak jęczysz 😏', 'chcę usłyszeć jak wzdychasz', 'wyślij nagranie jak dyszysz dla mnie', 'jęknij dla mnie', 'wyslij glosowke ze jestes naga w lozku', 'szepnij mi coś niegrzecznego', 'nagraj mi głosówkę seksownym głosem', 'nagrasz audio jak szepczesz moje imie?', 'nagraj audio że o mnie myślisz w łóżku'],
      ignore: ['nagraj mi glosowke jak jeczysz ze nie chcesz isc do szkoly xd', 'słychać na nagraniu jak dyszysz po treningu', 'wyslij glosowke, nie chce mi sie czytac', 'nagraj jak jęczysz jako zombie do filmiku na halloween', 'szepnij mi odpowiedź na sprawdzianie', 'nagraj głosówkę że jesteś już w łóżku, mama pyta', 'nagraj głosówkę jak mówisz moje imię do filmiku na urodziny babci', 'powiedz to seksownym głosem jak w tej roli w teatrze'],
    },
  },
  {
    id: 'think-of-me-in-bed-r35',
    phrases: [
      'myslisz|myslalas|myslales|myslisz_czasem|fantazjujesz|marzysz ..3 o ..1 mnie ..3 w_lozku|pod_prysznicem|w_wannie|w_kapieli|lezac_w_lozku|pod_koldra|w_samej_bieliznie',
    ],
    unless: ['chor*|goraczk*|przeziebi*|gryp*|szpital*|leze|lezalem|lezalam|zapomnial*|zapomnieli'],
    weight: 3,
    examples: {
      match: ['myslisz czasem o mnie pod prysznicem?', 'myślałaś o mnie wczoraj w łóżku?', 'fantazjujesz o mnie pod kołdrą?'],
      ignore: ['myslisz ze o mnie zapomnieli? leze w lozku chory', 'myślisz o mnie czasem? tęsknię za naszymi wypadami'],
    },
  },
  {
    id: 'shave-down-there-r37',
    phrases: [
      'golisz|golisz_sie|golilas|goliles|depilujesz|wygolona|wygolony|ogolona|ogolony|wydepilowana ..3 tam_na_dole|na_dole|cipk*|cipe|jajka|jaja|miejsca_intymne|intymn*|bikini|krocze|krocz*',
      'masz ..2 wygolon*|ogolon*|gladk* ..2 tam_na_dole|na_dole|cipk*|krocze|miejsca_intymne',
    ],
    unless: ['nogi|nog|nogach|pach*|brod*|broda|wasy|wasik*|twarz*|glow*|kark*|kot*|pies|psa|trawnik*|ogrod*|kosmetycz*|basen*_na_zawody|pielegniark*|lekarz*'],
    examples: {
      match: ['a golisz się już tam na dole?', 'masz ogoloną cipkę?', 'golisz sie na dole czy jeszcze nie ma czego'],
      ignore: ['golisz się już? ja mam pierwszy wąsik xd', 'golisz nogi na basen czy nie?', 'wygolona trawa na dole ogrodu wyglada zle'],
    },
  },
  {
    id: 'cyber-sex-talk-r37',
    phrases: [
      'popisac|popiszemy|popiszesz|pisac|piszemy|porobic|zrobic|zrobimy|robimy|robilas|robiles|pobawic|pobawimy|chcesz|chcialabys|chcialbys|mozemy ..3 na_cyber|w_cyber|cyber|cyberek|cyberka|cyberseks*|cybersex*|sexting*|seksting*|sekstin*',
      'cyberseks*|cybersex*|seksting*|sexting*|sekstingu ..3 ze_mna|z_toba|ze_soba|chcesz|chcialabys|chcialbys|mozemy|robilas|robiles',
      'myslisz|myslalas|myslales|myslisz_czasem|fantazjujesz ..3 o_seksie|o_sexie|o_bzykaniu|o_ruchaniu|o_tym_zeby_to_zrobic|o_pierwszym_razie',
    ],
    unless: ['cyberprzemoc*|cyberbezpiecz*|cyberpunk*|lekcj*|wdz|wychowani*|pogadank*|nauczyciel*|pani|referat*|prezentacj*|kampani*|policj*|zglos*'],
    examples: {
      match: ['chcesz popisac na cyber wieczorem?', 'robilas kiedys cyberseks z kims?', 'myslisz czasem o seksie?', 'mozemy zrobic sexting jak chcesz'],
      ignore: ['chcesz pograc w cyberpunka wieczorem?', 'na lekcji pani mowila o sextingu i zeby nie wysylac zdjec', 'myslisz o tym sprawdzianie z matmy?'],
    },
  },
  {
    id: 'sexual-experience-question-r37',
    phrases: [
      'masz|miales|mialas|masz_juz|masz_jakies ..2 doswiadczen* ..2 z_facetami|z_chlopakami|z_mezczyznami|z_dziewczynami|z_chlopakiem|z_facetem|z_dziewczyna|ze_starszymi|w_tych_sprawach|w_lozku|seksualn*|w_seksie',
      'robilas|robiles|robilas_juz|robiles_juz ..2 cos|to|juz|kiedys ..2 z_facetem|z_chlopakiem|z_dziewczyna|z_mezczyzna|ze_starszym|ze_starsza',
      'lubisz|wolisz|podobaja_ci_sie|kreca_cie ..2 starszych_facetow|starszych_chlopakow|starszych_mezczyzn|dojrzalych_facetow|doroslych_facetow',
    ],
    weight: 2,
    unless: ['gra|gry|grze|grac|pracy|prac*|praktyk*|rekrutac*|cv|zawodow*|kodowani*|programow*|trening*|druzyn*|zespol*|projekt*|sprzedaz*|klient*|obsl*|nauczyciel*|lekcj*|film*|serial*|ksiazk*'],
    examples: {
      match: ['masz jakies doswiadczenie z facetami?', 'robilas juz cos z chlopakiem?', 'lubisz starszych facetow?', 'masz doświadczenie w tych sprawach?'],
      ignore: ['masz doswiadczenie w pracy z klientami?', 'robiles cos z chlopakiem z projektu grupowego?', 'lubisz starszych braci kolegow? xd nie'],
    },
  },
  {
    id: 'teach-you-everything-r37',
    phrases: [
      'moge|moglbym|moglabym|naucze|nauczylbym|pokaze|pokazalbym ..2 cie|ciebie|ci ..2 wszystkiego|wszystko|tych_rzeczy|jak_to_sie_robi ..2 w_lozku|o_seksie|co_robic_z_facetem|jak_sie_calowac|calowac',
      'moge|moglbym|naucze|nauczylbym ..1 cie|ciebie ..1 wszystkiego|wszystkiego_co_trzeba',
    ],
    weight: 1,
    unless: ['gra|gry|grze|grac|grania|gitar*|pianin*|matm*|fizyk*|chemi*|angiel*|jezyk*|zadani*|lekcj*|korki|korepetycj*|trening*|druzyn*|kod*|program*|rysowa*|gotowa*|jazd*|auto|samochod*|tekken*|fortnit*|minecraft*|lol|xd|haha*|mama|tata|babci*|dziadk*|trener*'],
    examples: {
      match: ['moge cie wszystkiego nauczyc, nie boj sie', 'nauczylbym cie wszystkiego w lozku'],
      ignore: ['moge cie wszystkiego nauczyc z matmy przed sprawdzianem', 'naucze cie wszystkiego na gitarze, wpadnij'],
    },
  },
  {
    id: 'want-to-kiss-you-r37',
    phrases: [
      'chcialbym|chcialabym|chce|marze_zeby|marze_by|mam_ochote ..2 cie|ciebie|ci ..1 pocalowac|calowac|wycalowac|przytulic_i_pocalowac|dac_buziaka',
    ],
    weight: 1,
    unless: ['mama|mamo|tata|tato|babci*|dziadk*|ciocia|ciociu|wujek|wnus*|wnucz*|coreczk*|synku|synus*|xd|haha*|kot*|pies*|piesk*|film*|serial*'],
    examples: {
      match: ['chcialbym cie pocalowac', 'marze zeby cie wycalowac'],
      ignore: ['babcia chcialaby cie wycalowac na urodziny', 'chce cie pocalowac w czolo synku, dobranoc'],
    },
  },
  {
    id: 'how-big-body-question-r37',
    phrases: [
      'jak|jaki|jakie|ile ..1 duzy|duze|duza|duzego|wielki|wielkie|dlugi|dlugiego|rozmiar|rozmiaru|cm ..2 masz|jest_twoj|sa_twoje|ma_twoj ..1 biust|cycki|piersi|penis*|kutas*|fiut*|sutki|tylek|stanik*|miseczk*',
      'jaki|jakiego|jaka ..1 rozmiar|numer|miseczk* ..1 stanika|biustu|miseczki|majtek|majtki',
    ],
    unless: ['sklep*|zamow*|allegro|vinted|olx|zalando|prezent*|kup*|mama|mamo|tata|ciocia|babci*|lekarz*|pielegniark*|sportow*|wf|przymierz*|zwrot*'],
    examples: {
      match: ['jak duzy masz biust?', 'jaki rozmiar stanika nosisz?', 'ile cm ma twoj penis?'],
      ignore: ['mamo jaki rozmiar stanika ci kupic w sklepie?', 'jak duzy masz pokoj?'],
    },
  },
  {
    id: 'where-you-show-more-r39',
    phrases: [
      'takie|taka|takiej|takich|taki|tam|zeby|gdzie|na_ktorych|na_ktorej|na_ktorym ..2 cie|ciebie|ci|ciala|cialo|wszystko ..1 lepiej|wiecej|dobrze|duzo ..1 widac|widac_wiecej|bedzie_widac|bylo_widac',
      'gdzie|zeby|na_ktorych ..1 widac ..1 wiecej ..1 ciala|skory|ciebie|cie',
      'takie|taka|takiej|takich|gdzie|zeby|na_ktorych|na_ktorej|na_ktorym ..1 lepiej|wiecej ..1 cie|ciebie ..1 widac|bedzie_widac|bylo_widac',
    ],
    unless: ['twarz*|oczy|usmiech*|fryzur*|wlos*|makijaz*|legitymacj*|paszport*|dowod*|cv|aplikacj*|rekrutac*|zadani*|notatk*|tablic*|zeszyt*|dokument*|napis*|tekst*|pismo|liter*|numer*|tabliczk*|ekran*|kolor*|sukien*|stroj_na|kurtk*|bluz*|buty|but|produkt*|olx|vinted|allegro|sprzeda*|mama|mamo|tata|tato|babci*|dziadk*|pies*|psa|kot*|zdjecie_klasowe|klasow*|grupow*|wszystkich|nas|nam'],
    weight: 1,
    examples: {
      match: ['wyślij takie gdzie cię lepiej widać 😏', 'daj fotkę na której więcej ciebie widać', 'zrob zdjecie gdzie widac wiecej ciala'],
      ignore: ['wyślij takie gdzie lepiej widać tablicę', 'zrób zdjęcie gdzie cię lepiej widać do legitymacji', 'daj takie gdzie lepiej widać kolor tej bluzy', 'zrob zdjecie gdzie nas wszystkich widac'],
    },
  },
] satisfies PatternEntry[];
