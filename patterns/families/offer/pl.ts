import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'pay-for-pics',
    phrases: [
      'dam|damy|dostaniesz|dostalabys|dostalbys|zaplace|zaplacimy|place|placimy|zaplacilbym|zaplacilabym|kupie|kupilbym|kupilabym|oferuje|wysle|przeleje|przelewam|doladuje|postawie ..6 za ..3 @photo|@nude|fotk*|zdjeci*|zdjecie|filmik*|film|video|wideo|kamer*|kamer*|pokazanie|pokazanie_sie|jedno|jedna|kilka|pare|rozebranie|nudes*|nudesk*',
      'co|ile ..1 chcesz|bys_chciala|bys_chcial|bierzesz|wezmiesz|chcialabys|chcialbys ..2 za ..3 @photo|zdjec*|fotk*|nudes*|filmik*|pokazanie|kamer*',
      'zebym ..1 ci ..1 kupil|kupila|dal|dala|przelal|przelala|doladowal ..3 @gift|@amount',
      'za ..2 @photo|fotk*|zdjecie|zdjecia|filmik*|nudes*|nudesk*|pokazanie_sie|kamer* ..3 dam|dostaniesz|zaplace|place|kupie|@amount|robux*|vbuck*|skin*',
      'place|placimy|zaplace|dam|dostaniesz ..2 @amount @currency|@money|robux*|vbuck*|v_buck*|vdolc* ..2 za ..3 @photo|zdjec*|fotk*|nudes*|filmik*|stop|stopy|stopek|nogi|sesj*',
      'za ..2 sesj*|sesje_zdjeciow*|zdjecia|fotki|filmik* ..2 placimy|zaplacimy|place|zaplace|dostaniesz|dostajesz|dostalabys ..2 @amount',
    ],
    examples: {
      match: ['Prześlij kilka zdjęć, za sesję płacimy 500 zł', 'płacę 100 zł za zdjęcie stóp', 'dam ci 2000 vbucksow za jedno zdjecie', 'za jedną fotkę dostaniesz 200 zł', 'zapłacę za każde zdjęcie', 'kupię ci skina za jedną fotkę'],
      ignore: ['dam ci 20 zł za kino', 'zapłacę za pizzę jutro', 'kupię ci bilet na koncert'],
    },
  },
  {
    id: 'gifts-game-currency',
    phrases: [
      'dam|damy|dostaniesz|dostalabys|dostalbys|kupie|kupilbym|kupilabym|wysle|przeleje|doladuje|sprezentuje|zafunduje|podaruje|moge_ci_dac|moge_ci_kupic|moge_dac|moge_kupic|wyslalbym|dalbym|dalabym|kupimy ..3 [ci] [tobie] @amount|@gift',
      'dam|dostaniesz|kupie|moge|dalbym|dac|kupic|wysle|doladuje ..3 @amount ..1 robux*|vbuck*|v_buck*|vdolc*|v_dolc*|gemow|diament*|@currency',
      'kupie|kupilbym|kupilabym|dam|sprezentuje|zafunduje ..2 ci|tobie ..2 co_chcesz|co_zechcesz|cokolwiek|wszystko_co|co_tylko',
      'doladuje|doladowac|doladuje_ci|zasile ..2 [ci] konto|telefon|karte|steam*|konto_w_grze|psn|xbox',
      'chcesz|chcialabys|chcialbys|potrzebujesz ..2 robux*|vbuck*|v_buck*|vdolc*|skin*|gemow|gemy|diament*|doladowani*|nitro|battle_pass*|kase|kaske|hajs|pieniadze|prezent*',
    ],
    unless: ['pomoc*|przeprowadz*|koszeni*|trawy|sprzatani*|korki|turniej*|wygrasz|zdasz|ocen*|swiadectw*|umyjesz|pomozesz|posprzatasz|wyprowadzisz|skosisz|zrobisz_zakupy|odrobisz|nauczysz|auto|samochod*|urodzin*|swiat*|gwiazdk*|mikolaj*|najlepszego|imienin*|komuni*|oddam|oddaje|oddajesz|zwroce|zwrot*|wisisz|wisze|kino|kina|bilet*|obiad*|pizz*|tort*|zrzut*|mamo|mama|tato|tata|babci*|dziadk*|brat*|siostr*|braciszk*|siostrzyczk*|kieszonkow*|zakupy|sklep*|allegro|olx|vinted|sprzedam|sprzedaje|cena|kupisz_ode|odebrac|odbior*|osobiscie|aktualne|aktualna|aktualny|negocj*|przelew*|wygramy|wygracie|mecz|meczu|ranked*'],
    examples: {
      match: ['moge ci dac 2000 vbucksow', 'kupię ci robuxy jak chcesz', 'doładuję ci konto', 'chcesz robuxy?', 'dam ci 500 zł', 'mogę ci kupić nowego iphona'],
      ignore: ['kupię ci skina w fortnite na urodziny', 'oddam ci te 20 zł jutro', 'dam ci kasę na kino', 'sprzedam konto w grze, cena 50 zł', 'dam ci skina jak wygramy ten mecz'],
    },
  },
  {
    id: 'easy-money',
    phrases: [
      'chcesz|chcialabys|chcialbys|mozesz|moglabys|moglbys ..2 latwo|szybko|szybciutko|latwa|szybka ..1 zarobic|zarobic_kase|kase|kasa|hajs|dorobic|pieniadze',
      'latwy|latwa|szybki|szybka ..1 hajs|kasa|zarobek|pieniadze|kase',
      'chcesz|chcialabys|chcialbys ..2 zarobic|dorobic|zarobic_troche|zarobic_kase',
      'moglabys|mozesz|moglbys|bedziesz ..3 zarabiac|zarobic ..3 @amount|@money|duzo|kupe|nawet|tysiace|fortune',
      'zarobisz|zarobilabys|zarobilbys|mozesz_zarobic|moglabys_zarabiac|moglabys_zarobic|mozesz_zarabiac ..4 @amount|@money|duzo|kupe|mnostwo|fortune',
    ],
    unless: ['psa|pies|wyprowadz*|ogrod*|pomoc_w|pomocy_przy|wakacj*|praca_wakacyjna|pracy_wakacyjnej|roznoszeni*|ulot*|korepetycj*|opieka|opiekun*|niani*|sprzatani*|kelner*|kosze*_trawnik|skoszen*|mamo|mama|tata|tato|ciocia|wujek|sasiad*|sasiadk*'],
    examples: {
      match: ['hej, chcesz łatwo zarobić?', 'łatwy hajs, serio', 'mogłabyś u nas zarabiać nawet 2000 zł miesięcznie', 'chcesz zarobić trochę kasy?'],
      ignore: ['chcesz zarobić w wakacje roznosząc ulotki?', 'sąsiadka pyta czy chcesz zarobić na opiece nad psem'],
    },
  },
  {
    id: 'modelling-agency',
    phrases: [
      'agencj* ..2 model*|modelek|modeli|talentow|castingow*|aktorsk*',
      'lowc*|lowczyni*|skaut*|scout* ..1 talentow|modelek|agencji',
      'szukam|szukamy|szukaja|poszukuj* ..3 modelek|modelki|model|modeli|dziewczyn_do_sesji|twarzy_do_kampanii|nowych_twarzy|hostess*',
      'sesj* ..2 zdjeciow*|foto|fotograficzn*|modeling*|bieliz*|w_bieliznie|portfolio|platn*',
      'zostac|zostan|zostaniesz|zostalabys|zostalbys ..2 modelk*|modelem|twarza_marki|ambasador*|influencer*',
      'prac*|robot*|fuch*|zleceni* ..2 jako ..1 modelk*|hostess*|tancerk*|fotomodelk*',
      'kontrakt*|umow* ..3 modelin*|modelk*|agencj*|sesj*',
      'casting* ..3 online|dla_ciebie|zaprasza*|wyslij',
    ],
    unless: ['ile_kosztuje|kosztuje|cennik*|cena|ceny|zaplacic_za_sesje|ile_placisz|ile_zaplacilas', 'jakis|jakas|jakies ..1 typ|koles|facet|gosc|ziomek|laska|babka|konto|profil|ludzie', 'podszywa*|podaje_sie_za|udaje_ze|twierdzi_ze|zglosilam|zglosilem|zglos_go|zglos_ja|zglos_to|zablokuj_go|zablokuj_ja|nie_odpisuj_mu|nie_odpisuj_jej', 'sesj* ..2 zdjeciow*|foto ..3 druzyn*|klub*|klas*|szkoln*|studniowk*|slub*|rodzinn*|zawodnik*|sportow*|legitymacj*|do_gazetki|do_kroniki', 'szkol*_model*|model*_samolot*|modelarsk*|model_matematyczny|model_telefonu|modelu_telefonu'],
    examples: {
      match: ['Dzień dobry, jestem łowcą talentów z agencji modelek', 'szukamy nowych modelek do kampanii', 'Potrzebuję kilku zdjęć w bikini do portfolio, sesja płatna', 'mogłabyś zostać modelką', 'jestem skautem agencji'],
      ignore: ['ej uwazaj, na tiktoku pisze jakis typ ze jest z agencji modelek', 'jutro sesja zdjeciowa druzyny o 16, przyjdzcie w strojach klubowych', 'ile kosztuje ta sesja zdjeciowa u fotografa?', 'jaki masz model telefonu?', 'składam model samolotu', 'mamy zdjęcia z sesji na studniówce'],
    },
  },
  {
    id: 'drugs-alcohol',
    phrases: [
      'dam|kupie|zalatwie|przyniose|postawie|mam|przywioze|skombinuje ..3 [ci] [dla_ciebie] alkohol*|piwo|piwko|wodk*|wodeczk*|fajki|papierosy|szlug*|epeta|e_papierosa|e_peta|vape*|waporyzator*|jointa|zielsko|ziolo|trawk*|marihuan*|tabletk*|dopalacz*|proszek|mefedron*|mefe|grama|puff*',
    ],
    unless: ['tato|tata|mama|mamo|wujek|wujku|ciocia|osiemnastk*|18stk*|wesel*|sklep*_z|apteki|apteka|lekarz*|lekarstw*|przeciwbolow*|na_bol|na_glowe|na_gorac*'],
    examples: {
      match: ['kupię ci piwo jak przyjdziesz', 'załatwię ci epeta', 'mam dla ciebie trawkę', 'dam ci fajki'],
      ignore: ['mama kupi ci tabletki na ból głowy w aptece', 'kupię piwo na osiemnastkę'],
    },
  },
  {
    id: 'pay-for-pic-strict',
    phrases: [
      'dam|damy|dostaniesz|zaplace|place|kupie|przeleje|wysle|doladuje|dalbym|dalabym ..4 @amount|@gift|@money ..3 za ..2 fotk*|fotke|zdjecie|zdjecia|zdjec*|selfie*|nudes*|nudesk*|filmik*|@nude',
      'dac|dostac|kupic|wyslac|przelac|zaplacic|doladowac|sprezentowac ..3 @amount|@gift|@money ..3 za ..2 fotk*|fotke|zdjecie|zdjecia|zdjec*|selfie*|nudes*|nudesk*|filmik*|@nude',
      'za ..2 fotk*|fotke|zdjecie|selfie*|nudes*|nudesk* ..3 dam|dostaniesz|zaplace|place|kupie|dalbym|dalabym ..3 @amount|@gift|@money',
      'dam|damy|dostaniesz|zaplace|place|kupie|przeleje|doladuje|dalbym|dalabym ..4 @amount|@gift|@money ..3 jak|jesli|jezeli|gdy|zebys ..2 wlaczysz|wlaczyla|wlaczyl|odpalisz ..2 kamer*|@cam',
    ],
    unless: ['wesel*|slub*|fotograf*|olx|allegro|vinted|ogloszeni*|roweru|rower|auta|samochod*|produkt*|towar*|konkurs*|dyplom*|zadani*|album*|wyciecz*|krajobraz*|psa|kota|pokoj*|oddam|oddaje|zwroce|wisisz|wisze|mamo|mama|tato|tata|babci*|dziadk*'],
    weight: 3,
    examples: {
      match: ['moge ci dac skiny za fotke', 'mogę ci kupić robuxy za jedno zdjęcie', 'dam ci 2000 vdolcow za fotke', 'za jedna fotke dostaniesz 200 zl', 'dam ci 5000 robuxow jak wlaczysz kamerke'],
      ignore: ['dam ci 50 zl za zdjecie roweru do ogloszenia', 'dam ci 20 zl za zdjecie zadania', 'oddam ci 20 zl za fotki z wesela'],
    },
  },
  {
    id: 'give-them-if-you-send',
    phrases: [
      'dam|dostaniesz|wysle|przeleje|kupie|doladuje ..2 ci|tobie ..1 je|to|kase|hajs ..2 jak|jesli|jezeli|gdy|jak_tylko ..2 wyslesz|przeslesz|podeslesz|pokazesz|zrobisz ..3 @photo|fotek|zdjec|nudes*|nudesk*',
      'ile ..1 robux*|vbuck*|vdolc*|v_dolc*|gemow|diament*|kasy|hajsu|pieniedzy|kaski ..1 chcesz|potrzebujesz|bys_chciala|bys_chcial',
    ],
    unless: ['olx|allegro|vinted|roweru|rower|auta|samochod*|ogloszeni*|produkt*|towar*|zadani*|oddam|oddaje|zwroce|wisisz|wisze|mamo|mama|tato|tata|babci*|dziadk*|kieszonkow*|urodzin*'],
    weight: 3,
    examples: {
      match: ['dam ci je jak wyslesz pare fotek', 'ile robuxow chcesz'],
      ignore: ['dam ci kase jak wyslesz zdjecia roweru z ogloszenia', 'ile kasy chcesz za rower'],
    },
  },
  {
    id: 'pay-well-for-pics-r4',
    phrases: [
      'dobrze|sporo|duzo|niezle|hojnie ..1 zaplace|place|zaplacimy|placimy|wynagrodze ..3 za ..2 @photo|fotek|zdjec*|fotki|zdjecia|filmik*',
      'zarobic|zarobisz|zarabiac|zarobilabys ..6 zdjec*|fotek|fotki|zdjecia|fotk*|filmik*|nudes*',
      'dostaniesz|kupie_ci|dam_ci|sprezentuje ..4 @gift ..4 jak|jesli|jezeli|gdy ..3 przyjedziesz|przyjdziesz|wpadniesz|spotkasz|zostaniesz|przenocujesz',
    ],
    unless: ['wesel*|slub*|chrzcin*|komuni*|sesj*_rodzinn*|fotograf*|olx|vinted|allegro|sprzeda*|stock*|korepetycj*|opiek*|niani*|mamo|mama|tata|tato|babci*|dziadk*|urodzin*|swiet*|gwiazdk*|mikolaj*'],
    weight: 3,
    examples: {
      match: ['dobrze zapłacę za kilka fotek', 'chcesz zarobić? tylko parę zdjęć', 'dostaniesz nowego iphona jak do mnie przyjedziesz'],
      ignore: ['dobrze zapłacę za kilka zdjęć ze ślubu, jesteś fotografem?', 'chcesz zarobić na sprzedaży starych zdjęć na olx?'],
    },
  },
  {
    id: 'want-a-new-phone-r6',
    phrases: [
      'chcesz|chcialabys|chcialbys|marzysz_o ..2 nowego|nowy|nowa|nowe|nowych|wlasny|wlasnego ..1 iphon*|ajfon*|telefon*|smartfon*|airpods*|sluchawki|konsol*|ps5|laptop*|buty|perfum*|ciuchy|torebk*|rower*|hulajnog*',
      'moge|moglbym|moglabym|chetnie ..2 ci|tobie ..1 kupic|zafundowac|sprezentowac|dac|wyslac|przelac|oplacic ..3 co_chcesz|co_zechcesz|cokolwiek|wszystko|prezent*|@gift|@amount|bilet*|doladowani*',
      'mam ..2 dla ..1 ciebie ..1 prezent|prezencik|niespodzianke ..4 podaj|jaki|adres|spotkamy|przyjdz|odbierz|wyslij|pokaz',
      'wysle|przesle|podesle|przysle ..2 ci|tobie ..2 paczke|paczuszke|prezent|prezencik',
      'kupie|kupilbym|kupilabym|sprezentuje|zafunduje|wysle ..2 ci|tobie ..3 @gift|prezent*|co_chcesz|cokolwiek ..4 jak|jesli|jezeli|gdy|za|tylko ..3 wyslesz|pokazesz|wlaczysz|przyjdziesz|przyjedziesz|spotkasz|zrobisz|bedziesz|pokaz|wyslij|wlacz|przyslij|przyjdz|przyjedz',
    ],
    unless: ['pomoc*|przeprowadz*|koszeni*|trawy|sprzatani*|korki|turniej*|wygrasz|zdasz|ocen*|swiadectw*|umyjesz|pomozesz|posprzatasz|wyprowadzisz|skosisz|zrobisz_zakupy|odrobisz|nauczysz|urodzin*|swiat*|gwiazdk*|mikolaj*|najlepszego|imienin*|komuni*|oddam|oddaje|oddajesz|zwroce|zwrot*|wisisz|wisze|kino|kina|obiad*|pizz*|tort*|zrzut*|mamo|mama|tato|tata|babci*|dziadk*|brat*|siostr*|braciszk*|siostrzyczk*|kieszonkow*|zakupy|sklep*|allegro|olx|vinted|sprzedam|sprzedaje|cena|kupisz_ode|uzywan*|stary_telefon|moj_stary|promocj*|rat*|abonament*|w_abonamencie'],
    examples: {
      match: ['chcesz nowego iphona? mogę ci kupić', 'mogę ci kupić co chcesz', 'mam dla ciebie prezent, podaj adres', 'wyślę ci paczkę z prezentem', 'podaj adres, przyślę ci prezent', 'kupię ci te słuchawki co chciałaś, tylko pokaż się na kamerce', 'wyślę ci prezent jak przyjedziesz'],
      ignore: ['chcesz nowy telefon? mama pyta co na święta', 'sprzedam stary telefon, chcesz nowy? cena 300', 'mogę ci kupić bilet do kina'],
    },
  },
  {
    id: 'non-native-offer-r6',
    phrases: [
      'ja ..1 placic|zaplacic|dawac|dac|kupic|wyslac ..3 pieniadze|pieniedzy|zloty|zlotych|zl|kase|duzo|dobre|@amount|@gift|prezent*|tobie|ty',
      'placic|zaplacic|dam|zaplace|place ..1 dobre|duze|duzo|dobra|niezle ..1 pieniadze|pieniedzy|kase|kasy|hajs|forse',
    ],
    unless: ['pomoc*|koszeni*|sprzatani*|korki|korepetycj*|praca|pracy|prace|staz*|umow*|etat*|wyplat*|pensj*|olx|allegro|vinted|sprzeda*|cena|rachunek|czynsz|mamo|mama|tato|tata|babci*|dziadk*|oddam|zwroce|wisisz|wisze'],
    examples: {
      match: ['prosze wyslij zdjecie, ja placic dobre pieniadze', 'ja dac tobie prezent'],
      ignore: ['w tej pracy placa dobre pieniadze, wyslij cv', 'zaplace dobre pieniadze za rower z olx'],
    },
  },
  {
    id: 'what-for-pics-r6',
    phrases: [
      'co|ile ..1 chcesz|bys_chciala|bys_chcial|bierzesz|wezmiesz|chcialabys|chcialbys|zadasz|sobie_zyczysz|dostac ..2 za ..3 @photo|zdjec*|fotk*|fotek|nudes*|nudesk*|filmik*|pokazanie|pokazanie_sie|kamer*|kamerke',
      'za ..2 @photo|zdjec*|fotk*|fotek|nudes*|filmik*|pokazanie_sie|kamerke ..3 ile|co ..1 chcesz|bys_chciala|bierzesz',
      'za ..2 nudes*|nudesk*|nagie|golas*|nagusy ..3 robux*|vbuck*|v_buck*|@amount|@gift|kase|hajs|dam|zaplace|dostaniesz',
      'pozowac|pozowala|zapozowac|zapozujesz|pozujesz ..3 do ..1 zdjec*|sesji|fotek|kamery ..4 zaplace|place|dam|dostaniesz|dla_mnie',
      'robux*|vbuck*|v_buck*|vdolc*|skin*|skiny|kase|kaske|hajs|doladowani*|@amount ..2 za ..2 @photo|fotki|fotke|zdjecia|zdjecie|nudes*|nudesk*|filmik*|kamerke',
    ],
    unless: ['turniej*|meczu|mecz|zawod*|wyciecz*|wakacj*|imprez*|koncert*|wesel*|slub*|chrzcin*|komuni*|fotograf*|olx|allegro|vinted|ogloszeni*|rower*|auta|samochod*|produkt*|towar*|konkurs*|sesj*_rodzinn*|portret*|obraz*|rysun*|wydruk*|odbitk*|ramk*|album*|zadani*|mamo|mama|tato|tata|babci*|dziadk*|obiecuja|obiecywal*|obiecywali|typy_pisza|pokazywali|mowili|opowiadal*|na_apelu|pogadank*|policj*|uwazaj*|zglos*'],
    weight: 3,
    examples: {
      match: ['za nudeska robuxy, deal?', 'mogłabyś pozować do zdjęć dla mnie, zapłacę', 'robux za fotki, interesuje?', 'ile bys chciala za kilka fotek? 😉', 'co chcesz za pokazanie się na kamerce?', 'za parę fotek ile chcesz?'],
      ignore: ['pokazywali tez ze typy pisza na roblox i obiecuja robuxy za fotki', 'ile chcesz za zdjęcia z wesela?', 'ile chcesz za ten rower? wyślij zdjęcia'],
    },
  },
  {
    id: 'premium-for-pics-r6',
    phrases: [
      'dam|dostaniesz|kupie|odpale|udostepnie|wykupie|oplace ..4 konto|premium|dostep|nitro|pass*|subskrypcj*|karnet|skin* ..4 jak|jesli|za ..2 wyslesz|przeslesz|pokazesz|wlaczysz|zdjec*|fotk*|fotek|kamer*',
    ],
    unless: ['pendriv*|oddasz|oddam|pomozesz|posprzatasz|zadani*|lekcj*|ocen*|wygrasz|urodzin*|swiat*|mama|mamo|tata|tato|brat*|siostr*|rysun*|projekt*|xd'],
    weight: 3,
    examples: {
      match: ['dam ci dostęp do mojego konta premium jak wyślesz kilka zdjęć', 'kupię ci nitro za kilka fotek'],
      ignore: ['dam ci dostęp do mojego konta netflix jak oddasz mi pendrive'],
    },
  },
  {
    id: 'bought-you-a-gift-r8',
    phrases: [
      'kupilem|kupilam|zamowilem|zamowilam|zalatwilem|zalatwilam|mam ..2 ci|tobie|dla_ciebie ..3 prezent|prezencik|niespodzianke|airpods*|iphon*|ajfon*|sluchawki|perfum*|konsole|ps5|telefon|robux*|vbuck*|skin*|nitro|karte_podarunkow*',
    ],
    unless: ['urodzin*|swiat*|gwiazdk*|mikolaj*|najlepszego|imienin*|komuni*|walentynk*|rocznic*|dzien_dziecka|dzien_matki|dzien_kobiet|mamo|mama|tato|tata|babci*|dziadk*|ciocia|cioci*|wujek|wujk*|brat*|siostr*|oddam|oddaje|zwroce|zwracam|wisze|wisisz|napraw*|serwis*|zgubil*|zgubion*|znalazl*|zostawil*|zostawion*|ladowark*|etui|ksiazk*|kochanie|skarbie|kocham|zakupy|lista_zakupow|chleb|mleko|wygada*|wygadal*|wygadala|zepsuje_niespodzianke|zepsul_niespodzianke'],
    examples: {
      match: ['kupiłem ci prezent, nowe airpodsy 🎁', 'mam dla ciebie niespodziankę, nowy iphone', 'zamówiłem ci słuchawki'],
      ignore: ['kupiłem ci prezent na urodziny, mama pomogła wybrać', 'mam dla ciebie twój telefon, zostawiłaś go u mnie', 'kupiłam ci chleb i mleko', 'mam dla ciebie niespodzianke, ale nie mow nikomu bo ola wygada'],
    },
  },
  {
    id: 'vapes-and-booze-r8',
    phrases: [
      'mam|dam|kupie|zalatwie|przyniose|postawie|skombinuje|ogarne|ogarnalem|ogarnelam|zalatwilem|zalatwilam|przywioze|wezme ..3 [ci] [dla_ciebie] vap*|wapk*|wape|wapa|elfbar*|elf_bar*|puff*|procentow|procenty|browar*|piwk*|wino|winko|wodk*|flaszk*|gorzal*|jager*|szampan*|ziolo|ziolko|blant*|skret*|tabsy|tabletki_na_impreze',
    ],
    unless: ['tato|tata|mama|mamo|wujek|wujku|ciocia|osiemnastk*|18stk*|wesel*|slub*|sylwester*_rodzin*|sklep*|apteki|apteka|lekarz*|lekarstw*|przeciwbolow*|baterii|bateri*|naladowan*|zniz*|rabat*|ocen*|sprawdzian*|test*|punkt*|wynik*|podatk*|vat|oprocentowani*|kredyt*|lokat*|nie_pij|nie_pal|zakaz*|szkodliw*|uzalezni*|rzucil*|rzucam|rzucic'],
    examples: {
      match: ['mam vapy i trochę procentów, chcesz?', 'ogarnę ci elfbara jak przyjdziesz', 'załatwię flaszkę, wpadaj'],
      ignore: ['mam 30 procent baterii', 'mama kupi wino na wesele', 'mam puffy do rzucenia palenia, zakaz dla dzieciaków'],
    },
  },
  {
    id: 'free-for-you-r8',
    phrases: [
      'dla ..1 ciebie ..1 za_darmo|gratis|bez_kasy|bez_placenia|za_free|free',
    ],
    unless: ['oddam|oddaje|oddajesz|uzywan*|stare|stary|stara|nie_uzywam|nie_potrzebuje|olx|vinted|allegro|ogloszeni*|notatk*|zadani*|korepetycj*|lekcj*|ciast*|obiad*|pizz*|mamo|mama|tata|tato|babci*|dziadk*|bilet*_z_pracy|xd|haha*'],
    weight: 1.5,
    examples: {
      match: ['dla ciebie za darmo 😉 spotkajmy się za galerią o 18', 'dla ciebie gratis, tylko przyjdź'],
      ignore: ['dla ciebie za darmo, i tak tego nie używam', 'oddam ci kurtkę, dla ciebie za darmo'],
    },
  },
  {
    id: 'easy-money-pitch-r9',
    phrases: [
      'szukasz|chcesz|potrzebujesz|przyda_ci_sie ..2 dodatkow*|latw*|szybk*|ekstra|extra ..1 kas*|hajs*|pieniedzy|pieniadze|zarobk*|kaski|gotowki|forsy',
      'dorzuce|doloze|doplace|dam_ci_jeszcze|dostaniesz_jeszcze ..2 @amount|stow*|dych*|@gift ..6 @photo|@nude|jeszcze|takie|taka|taki|wyslesz|pokazesz|zrobisz',
      '@photo|@nude|jeszcze|wyslesz|pokazesz|zrobisz ..6 dorzuce|doloze|doplace ..2 @amount|stow*|dych*|@gift',
      'dam|dostaniesz|nadam|kupie ..2 [ci] range|rangi|vipa|vip|admina|moda|nitro|premium ..3 za_darmo|za_free|free|gratis',
    ],
    unless: ['ulotk*|korepetycj*|praca_w|pracy_w|sklep*|kawiarn*|restauracj*|wakacyjn*_prac*|cv|rekrutacj*|umowa_zlecenie|staz*|olx|vinted|allegro|zbiork*|zrzutk*|wymian*|wymienie|za_skina|za_konto|turniej*|konkurs*|giveaway|losowani*|xd|haha*'],
    examples: {
      match: ['Cześć, widziałem twój profil na tiktoku, szukasz dodatkowej kasy?', 'a jak wyslesz jeszcze w bikini to dorzuce 500', 'siema, dam ci range VIP na serwie za free'],
      ignore: ['szukasz dodatkowej kasy? w kawiarni szukają ludzi na wakacje', 'dam range vip za free zwycięzcy turnieju', 'dorzucę 20 zł do pizzy'],
    },
  },
  {
    id: 'sponsor-allowance-r10',
    phrases: [
      'szukasz|potrzebujesz|chcesz|chcialabys|chcialbys ..2 sponsor*|sugar_dadd*|sugardadd*|sugar_daddy|sugar_mommy|sponsoring*',
      'bede|moge|moglbym|chetnie ..3 ci ..3 wysylac|przelewac|dawac|placic|oplacac ..3 kieszonkowe|kieszonkowego',
      'kieszonkowe|kase|hajs|pieniadze|przelewy|@amount ..6 bez_zobowiazan|za_towarzystwo|za_twoje_towarzystwo|za_uwage|za_troche_uwagi|w_zamian_za_uwage|za_randk*',
    ],
    unless: ['turniej*|druzyn*|klub*|zawod*|zespol*|wydarzeni*|projek*|konkurs*|festiwal*|kanal*|stream*_sponsor|mama|tata|babci*|dziadk*|synku|corciu|coreczk*|za_sprzatanie|za_oceny|za_swiadectwo|obowiazk*'],
    examples: {
      match: ['hej sliczna, szukasz moze sponsora?', 'moge ci co tydzien wysylac kieszonkowe, 300-400 zl na blika, bez zobowiazan', 'chcesz sugar daddy? 😉', '500 zł tygodniowo za twoje towarzystwo'],
      ignore: ['szukasz sponsora na turniej? napisz do klubu', 'babcia bedzie ci przelewac kieszonkowe co miesiac'],
    },
  },
  {
    id: 'model-job-for-girls-r10',
    phrases: [
      'praca|prace|zarobek|fucha|fuche|zlecenie ..4 dla ..1 dziewczyn|dziewczat|nastolatek|nastolatkow|mlodych|mlodziezy|uczennic|licealistek ..6 zdjec*|fotk*|sesj*|czat*|kamerk*|@amount|tygodniowo|dziennie',
      'darmow*|bezplatn* ..2 sesj*|sesje_zdjeciow* ..4 modelk*|modeli|portfolio|dla_mlodych|dla_dziewczyn|dla_nastolatek',
      'szukam|szukamy|poszukuje|poszukujemy ..2 modelek|modelki|mlodych_modelek|nowych_twarzy|dziewczyn_do_sesji|dziewczyn_do_zdjec',
      '@amount ..2 tygodniowo|dziennie|miesiecznie|za_godzine|za_sesje ..6 tylko|za ..2 zdjec*|fotk*|fotki|czat*|kamerk*|selfie*',
    ],
    unless: ['mcdonald*|kfc|kasjer*|sklep*|kelner*|ulotk*|korepetycj*|opieka_nad|niani*|sprzatani*|magazyn*|zbior*|truskawk*|wolontariat*|umowa_zlecenie|rekrutacja_przez_urzad|ksiegow*|ogrodni*|wakacyjna_praca_w'],
    examples: {
      match: ['Praca zdalna dla dziewczyn 16+ nawet 3000 zl tygodniowo, tylko czat i zdjecia', 'robie darmowe sesje dla mlodych modelek do portfolio', 'szukamy nowych twarzy do kampanii', '2000 zł tygodniowo tylko za zdjęcia i czat'],
      ignore: ['praca dla mlodziezy w mcdonalds, 25 zl za godzine', 'szukamy ludzi do roznoszenia ulotek, 20 zl za godzine'],
    },
  },
  {
    id: 'drop-off-a-gift-r10',
    phrases: [
      'chce|chcialbym|moge|przyniose|podrzuce|dam|kupie|kupilem|mam ..2 ci ..2 podrzucic|przyniesc|dac|kupic|podarowac|oddac|prezent|prezencik|niespodzianke|@gift ..4 spotkajmy|spotkamy|pod_twoim|pod_blokiem|pod_domem|przyjde|wpadne|przyjade|podjade|odbierzesz|wyjdz|wyjdziesz',
      'moge|moglbym|chetnie ..2 ci ..1 kupic|oplacic|zafundowac ..3 range|rangi|vip*|premium|nitro|battle_pass*|karnet*|@gift',
      'range|rangi|vip|vipa|premium|nitro|battle_pass* ..6 moge_ci_kupic|kupie_ci|moglbym_ci_kupic|moge_ci_oplacic|oplace_ci|zafunduje_ci|moge_ci_ja_kupic',
    ],
    unless: ['mama|tata|babci*|dziadk*|urodzin*|imieni*|swieta|gwiazdk*|mikolaj*|zwroce|oddasz|oddam|pozyczk*|pozycz*|twoja_kurtk*|ladowark*|zeszyt*|ksiazk*|klucz*'],
    examples: {
      match: ['chce ci podrzucic prezent, te sluchawki co chcialas. spotkajmy sie pod twoim blokiem o 20', 'chcesz range VIP na serwerze? moge ci kupic', 'mogę ci opłacić nitro'],
      ignore: ['moge ci oddac twoja kurtke, wpadne pod blok o 18', 'kupie ci prezent na urodziny, spotkajmy sie w sobote'],
    },
  },
  {
    id: 'a-gift-for-each-pic-r11',
    phrases: [
      'za ..1 kazdy|kazde|kazda|jeden|jedno|jedna|kolejne|kolejny|kolejna|nastepne|nastepny ..3 @photo|filmik*|live|lajw*|zdjec*|fotk* ..4 dostaniesz|dostajesz|dam|dostalabys|dostalbys|wysle|zaplace|place|przeleje|masz',
    ],
    unless: ['konkurs*|wyzwani*|challenge|lajk*|polubie*|serduszk*|repost*|obserwuj*|udostepni*|klient*|zlecen*|sesj*_slubn*|wesel*|fotograf*|zadani*|lekcj*|punkt*_do_oceny|ocen*'],
    weight: 3,
    examples: {
      match: ['za kazdy prywatny filmik dla mnie dostaniesz lwa', 'za kazde zdjecie dostaniesz 50 zl', 'za jedną fotkę przelewam... dostaniesz 100'],
      ignore: ['za kazdy filmik w konkursie dostaniesz punkty', 'za każde zdjęcie z wesela dostaniesz zapłatę od klienta'],
    },
  },
  {
    id: 'i-can-get-you-vip-r11',
    phrases: [
      'moge|moglbym|moglabym ..1 ci ..1 dac|kupic|zalatwic|wyslac|sprezentowac ..2 range|vipa|vip|admina|premium|@gift',
      'kupie|kupimy|zafunduje|sprezentuje|postawie ..1 ci ..2 nowa|nowy|nowe|co_chcesz|cokolwiek|@gift',
      'wyslalem|wyslalam|dalem|dalam|kupilem|kupilam ..1 ci ..3 lwa|lwy|roze|rozy|univers*|gift*|vipa|vip|range|@gift',
      'mam ..2 dla ..1 ciebie ..1 propozycj*|oferte|zlecenie|prace|robote|fuche',
    ],
    unless: ['mamo|mama|tata|tato|babci*|dziadk*|ciocia|wujek|urodzin*|swiat*|gwiazdk*|mikolaj*|imienin*|komuni*|oddam|oddaje|pozycz*|wisze|zrzut*|sklep*|zamowieni*|rabat*|promocj*'],
    weight: 1.5,
    examples: {
      match: ['jestem adminem tego serwa, moge ci dac range vip jak chcesz', 'kupie ci nowa myszke', 'wyslalem ci lwa 🦁 (to 29 999 monet)', 'mam dla ciebie propozycje'],
      ignore: ['kupie ci nowa myszke na urodziny, mama sie zgodzila', 'mamo kupisz mi skina?'],
    },
  },
  {
    id: 'pay-double-for-those-r11',
    phrases: [
      '@nude ..6 zaplace|doplace|dam|place|przeleje|dorzuce ..1 podwojnie|wiecej|extra|ekstra|dodatkowo|sporo|dobrze|ile_chcesz|kazda_kwote',
    ],
    unless: ['basen*|plaz*|sklep*|rozmiar*|nowe|nowa|metk*|z_metka|nieuzywan*|hurt*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['a masz moze tez zdjecia w samej bieliznie z tej kolekcji? zaplace podwojnie', 'fotki w stringach, zaplace ile chcesz'],
      ignore: ['stroj kapielowy nowy z metka, zaplace wiecej jak wyslesz dzis', 'bikini rozmiar S, dam wiecej niz inni'],
    },
  },
  {
    id: 'pay-for-one-pic-r11',
    phrases: [
      'dam|dostaniesz|zaplace|przeleje|wysle|place|kupie|doladuje ..6 za ..1 jedno|jedna|jeden|kazde|kazda|kazdy|twoje|twoja|twoj|pare|kilka ..1 @photo|foto|zdjecie|zdjecia|fotke|fotka|fotki|filmik*|nudes*|selfie',
      'zaplace|kupie|oplace|postawie|zafunduje|doladuje|dam ..5 jak|jesli|jezeli|gdy ..1 wyslesz|przeslesz|pokazesz|zrobisz|podeslesz ..2 @photo|fotke|zdjecie|foto|fote|selfie|filmik*|nudes*|sie',
    ],
    unless: ['z_wakacji|album*|wyciecz*|pamiatk*|kalendarz*|konkurs*|legitymacj*|dowod*|paszport*|dokument*|zadani*|notatk*|projekt*|ogloszeni*|olx|vinted|allegro|produkt*|towar*|sprzeda*|paragon*|faktur*|rachunk*|mamo|mama|tata|tato|babci*|dziadk*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['dam ci 50 zl na psc za jedno foto', 'zaplace za twoje paznokcie jak wyslesz fotke', 'doladuje ci konto jak przeslesz selfie'],
      ignore: ['dam ci 10 zl za jedno zdjecie do konkursu', 'zaplace jak wyslesz zdjecie paragonu'],
    },
  },
  {
    id: 'if-youre-good-you-get-r11',
    phrases: [
      'jak|jesli|jezeli|gdy ..1 bedziesz ..1 grzeczna|grzeczny|posluszna|posluszny|mila|mily|dobra_dziewczynka|moja_dobra ..4 dostaniesz|dam|kupie|wysle|przeleje|nagrod*|prezent*',
      'oferujemy|proponujemy|mam_dla_ciebie|mamy_dla_ciebie ..2 wspolprace|kontrakt|zlecenie|prace_modelki|prace_jako_modelka|sesje_platna|platna_sesje',
    ],
    unless: ['mamo|mama|tata|tato|babci*|dziadk*|ciocia|wujek|lody|lizak*|czekolad*|bajk*|kolacj*|deser*|ciastk*|slodycz*|mikolaj*|gwiazdk*|swiet*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['jak bedziesz grzeczna to dostaniesz wiecej monet', 'oferujemy wspolprace influencerska, 300 zl za post'],
      ignore: ['jak bedziesz grzeczna to dostaniesz lody, mama'],
    },
  },
  {
    id: 'brand-ambassador-and-pay-per-photo-r12',
    phrases: [
      'szuka|szukamy|poszukuje|poszukujemy|rekrutuje|rekrutujemy ..2 ambasador*|modelek|modelki|modeli|influencerek|influencerow|twarzy_marki ..6 lat|letni*|#|nastolat*|mlodych',
      'dostajesz|dostaniesz|otrzymasz|otrzymujesz ..2 darmowe|gratis|za_darmo ..2 ubrania|ciuchy|kosmetyki|produkty|rzeczy|skiny|robuxy ..6 kod*|prowizj*|procent*|zdjec*|fotk*',
      '@photo ..6 place|zaplace|dam|daje|przeleje|plac* ..2 @amount ..3 za ..1 kazde|kazda|kazdy|jedno|jedna|sztuke',
      'wtedy|potem|to ..1 wysle|dam|przeleje|dostaniesz ..1 kod|kody|robux*|kase|hajs|skin*|vbucks*',
    ],
    unless: ['szkol*|samorzad*|wolontari*|erasmus*|fundacj*|ekolog*|programu|kiermasz*|zaplac|zaplacisz|przelej|blikiem_i|ciast*'],
    examples: {
      match: ['Marka FitWear szuka ambasadorek 13-17 lat', 'Dostajesz darmowe ubrania + 10% z kazdego kodu', 'wysylasz mi zdjecia w obcislych ciuchach, ja place 300 usdt za kazde', 'taka w krotkich spodenkach. wtedy wysle kod'],
      ignore: ['szkola szuka ambasadorow programu erasmus', 'zaplac blikiem i wtedy wysle kod do gry', 'place 30 zl za kazde ciasto na kiermasz'],
    },
  },
  {
    id: 'free-single-or-session-r13',
    phrases: [
      'nagram|nagrac|wyprodukuje|wyprodukowac|zrobie|zrobic|uloze|ulozyc|rozpisze ..2 ci|tobie ..3 singiel|kawalek|numer|teledysk|klip|sesje|portfolio|plan_treningowy|plan ..2 za_darmo|za_free|gratis|free|bez_kasy|za_friko',
      'ci|tobie ..1 nagram|nagrac|wyprodukuje|wyprodukowac|zrobie|zrobic|uloze|ulozyc|rozpisze|rozpisac ..3 singiel|kawalek|numer|teledysk|klip|sesje|portfolio|plan|plan_treningowy ..2 za_darmo|za_free|gratis|free|bez_kasy|za_friko',
      'szukam ..2 mlodej|mlodego|mlodych|mlodziutkiej ..1 dziewczyny|dziewczyn|chlopaka|chlopakow|osoby|laski ..4 dorobic|zarobic|sponsor*|sugar*|towarzystw*|kieszonkow*',
      '@amount|tysiak|tysiaka|stowka ..2 miesiecznie|tygodniowo|na_tydzien|na_miesiac ..3 na_start|plus|ciuchy|zakupy|kieszonkowe|prezenty',
      'ogarne|ogarnac|zalatwie|zalatwic|kupie|kupic|skombinuje|skombinowac|postawie ..2 [wam|ci|tobie] vape*|wape*|e_papieros*|epet*|browar*|piwo|piwa|piwka|alko*|wodk*|fajki|papierosy|trawk*|ziolo|zielsko|jointa|jointy',
    ],
    unless: ['kto_ogarnie|kto_kupi|ktos_ogarnie|mama|tata|mamo|tato|wyplat*|praca_w|pracy_w|truskaw*|kelner*|ulotk*|korepetycj*|sklep*_z|etat|umowa_zlecenie|zmian*'],
    examples: {
      match: ['Produkuje dla paru raperow z wawy. Moge ci nagrac pierwszy singiel za free', 'szukam mlodej dziewczyny ktora chce sobie dorobic. nic zlego, kawka, zakupy', 'tysiak miesiecznie na start + ciuchy z zary', 'moge wam ogarnac vape i browary na osiemnastke kolezanki', 'moge ci ulozyc plan treningowy gratis'],
      ignore: ['kto ogarnie browary na sobote?', '1500 miesiecznie na start, praca w sklepie na zmiany', 'zrobie ci sesje za darmo, mama wie, na portfolio szkoly fotografii'],
    },
  },
  {
    id: 'i-can-sponsor-you-r13',
    phrases: [
      'moge|moglbym|chetnie|bede|chcialbym ..2 cie|ciebie ..1 sponsorowac|utrzymywac|finansowac|rozpieszczac',
      'zaplace|oplace|zafunduje|kupie|postawie ..4 jak|jesli|za|w_zamian ..2 dasz|wyslesz|pokazesz|dostane ..1 cos ..1 od_siebie|w_zamian|ode_mnie',
      'w_zamian|w_zamian_za ..3 [tylko|czasem|pare|kilka|jedno] @photo|fotki|foty|nudes*|zdjecia',
      'stawka|gaza|honorarium ..3 @amount ..6 zdjec*|fotk*|sesj*|bieliz*|kostium*|stroj*',
    ],
    unless: ['zawod*|firm*|klub*|druzyn*|turniej*|sportow*|prac*_domow*|zadani*|notat*|zeszyt*|paragon*|rachun*|faktur*|dowod*|reklamacj*|praktyk*|etat*|umow*_o_prace|kelner*|zmian*|sklep*|mama|tata|mamo|tato'],
    examples: {
      match: ['moge cie sponsorowac', 'zaplace za twoje paznokcie jak dasz cos od siebie', 'w zamian tylko czasem fotki', 'Mamy kampanie dla marki bielizny, stawka 3500 zl. Potrzebujemy zdjec testowych'],
      ignore: ['w zamian wyslij zdjecie paragonu', 'moge cie sponsorowac na zawodach, jestem z firmy', 'w zamian wyslij mi zdjecie pracy domowej', 'stawka 25 zl za godzine w sklepie'],
    },
  },
  {
    id: 'you-were-picked-r14',
    phrases: [
      'zglosil*|wytypowal*|wybral*|nominowal*|zakwalifikowal*|wskazal* ..3 cie|ciebie|ciebie_do ..2 do ..1 stypendi*|stypendium|grantu|nagrody_pienieznej|programu_stypendialnego',
      'jestem|jestesmy|pisze|tu ..2 skaut*|scout*|skautem|lowca|lowca_talentow|rekruter*|selekcjoner* ..3 akademii|klubu|klubow|druzyny|pilkarsk*|sportow*|ekstraklas*|talentow',
      'wylosowal*|wygral*|wygrywasz|wygrales|wygralas ..4 meet|meet_and_greet|meet_greet|m_g|fansign*|spotkanie_z|merch*|subow|suby|vip|backstage',
      'moge|bede|chetnie|mozemy ..1 cie|ciebie ..1 trenowac|uczyc|szkolic|coachowac|boostowac|nauczyc ..2 za_free|za_darmo|gratis|free|za_friko',
    ],
    unless: ['szkola_oglasza|dyrektor*|sekretariat*|wychowawczyni|wychowawca|pani_od|pan_od|rodzicu|rodzice|zebrani*|regulamin_konkursu|konkurs_szkolny|xd|haha*'],
    examples: {
      match: ['Twoja szkola zglosila Cie do stypendium w wysokosci 3000 zl.', 'Czesc, jestem skautem akademii pilkarskiej, wspolpracujemy z klubami z Ekstraklasy.', 'annyeong!! jestem z ekipy admina fanbase, wylosowalas meet&greet!!', 'moge cie trenowac za free, bylem radiant', 'Wygralas 50 subow i bluze z merchu'],
      ignore: ['pani dyrektor wytypowala cie do stypendium, rodzice dostana pismo', 'wygralas zaklad xd', 'moge cie nauczyc tej kombinacji w tekkenie, wpadnij jutro do mnie z Kuba'],
    },
  },
  {
    id: 'rank-or-card-for-pic-r15',
    phrases: [
      'za ..1 range|rangi|vipa|vip|mvp*|admina|moda|rank* ..3 chce|potrzebuje|poprosze|wysl*|dasz|dawaj ..2 fotk*|fote|zdjec*|selfie|filmik*',
      'dorzucam|dorzuce|dokladam|doloze|dam ..2 karte|karty|kod|kody|bon* ..3 @amount|google_play|steam|psn|podarunk*|paysafe* ..6 za ..1 kazde|kazda|kazdy|dodatkow*',
      'za ..1 kazde|kazda|kazdy ..1 dodatkow* ..4 dorzucam|dorzuce|dokladam|dam|doloze|dostaniesz|place',
      'za ..2 test|testy|sesj*|zdjec*|fotk*|filmik*|nagrani* ..2 bonus|premia|zaplata|wynagrodzenie ..1 @amount',
      'zaplace|zaplacimy|platne|wynagrodzenie|bonus ..1 @amount ..3 za ..1 sesj*|zdjec*|fotk*|test|filmik*|nagrani*',
      'dodatkowe|darmowe ..1 lekcje|korki|treningi|zajecia ..2 za_darmo|gratis ..3 tylko ..2 ty ..1 i ..1 ja',
      'wpadne|wpasc|wpadac|przyjade|przyjde|przyniose ..2 z ..1 myszk*|klaw*|sluchawk*|prezent*|konsol*|gra|gierk* ..2 na|w ..1 prezent|gratis',
      'platne|platny|platna ..2 feat|featuring|ficzer|spotify',
    ],
    unless: ['xd|haha*|hehe|lol|mama|mamo|tata|tato|urodzin*|swiat*|gwiazdk*|mikolaj*|imienin*|szkoln*|wychowaw*|klasow*|fotograf*_szkoln*|zgod*_rodzic*|rodzice_wiedza|z_rodzicami|umowa_z_rodzicami'],
    examples: {
      match: ['ok. to za range chce fotke ciebie bez koszulki', 'za kazde dodatkowe dorzucam karte google play 100 zl', 'zaplace ci 300 zl za sesje z telefonu', 'Za ten test bonus 200 zl na blika', 'Moge ci dac dodatkowe lekcje za darmo, ale tylko ty i ja', 'jutro jestes sam w domu? moge wpasc z myszka i klawa na prezent', 'potrzebuje zenski wokal na refren, platne + feat na spotify'],
      ignore: ['za range vip na serwerze pomoz budowac spawn', 'zaplace ci 20 zl za pizze jutro xd', 'wpadne z prezentem na urodziny o 17'],
    },
  },
  {
    id: 'free-rides-free-sessions-r16',
    phrases: [
      'zalatwie|zalatwic|zalatwimy|zalatwilbym|ogarne|ogarnac ..3 ci|tobie ..4 za_darmo|gratis|bezplatn*|za_free|free|za_friko',
      'ci|tobie ..1 zalatwie|zalatwic|zalatwimy|ogarne|ogarnac ..4 za_darmo|gratis|bezplatn*|za_free|free|za_friko',
      'ty|tobie|ciebie ..1 nic ..2 nie ..1 placisz|zaplacisz|kosztuje|kosztowac',
      'szukam|szukamy ..2 dziewczyn*|chlopak*|dziewczynek|nastolat* ..4 platn*|dobrze_platne|zaplace|placimy|kasa|hajs',
      'fotki|zdjecia|foty|fotek ..2 dla ..1 prywatnego|prywatnej|pewnego|mojego ..1 klienta|klientki|kolekcjonera|sponsora',
      'stypendium|wyplata|wyplate|pensja|pensje ..3 @amount ..4 zl|zlotych|@currency|skin*|miesi*|mies|tygodniowo|miesiecznie|za_miesiac',
    ],
    unless: ['mcdonald*|biedronk*|zabk*|kasjer*|ulotk*|korepetycj*|umow*|cv|rekrutacj*_szkol*|rodzic*_zgod*|sklep*'],
    examples: {
      match: ['moge ci zalatwic jazdy za darmo', 'ty nic nie placisz, tylko przyjedz sama', 'szukam dziewczyn do teledysku, dobrze platne', 'chodzi o fotki dla prywatnego klienta', 'jak przejdziesz to jest stypendium 500 zl/mies + skiny'],
      ignore: ['szukamy dziewczyn do druzyny siatkowki', 'zalatwie ci bilet za darmo na koncert szkolny bo mam wejsciowki od sklepu'],
    },
  },
  {
    id: 'gift-card-codes-for-you-r17',
    phrases: [
      'daje|dam|dostaniesz|dostajesz|wysylam|wysle|przesle|bede_ci_dawac|bede_wysylac ..3 karty|karte|kod|kody|doladowani*|giftcard*|gift_card* ..3 google|google_play|steam*|psn|xbox|paysafe*|apple|itunes|robux*|vbucks|v_dolcow|minecoin*|#',
      'wyslij|wyslesz|pokaz|pokazesz|pokazesz_sie|zrob|zrobisz ..6 [to] dostaniesz|dostajesz|masz_ode_mnie ..1 kod*|karte|kase|kaske|hajs|@amount|robux*|vbucks|minecoin*',
    ],
    unless: ['zakup*|rabat*|paragon*|zwrot*|reklamac*|weryfikac*|promocj*|kupon*|sklep*|zamowien*|aktywacyj*|logowani*|dwuetap*|sms*'],
    examples: {
      match: ['daje karty google play po 100 zl tygodniowo, tylko za rozmowe', 'pierwsza karta juz czeka, wyslij zdjecie to dostaniesz kod', 'pokazesz sie bez koszulki i dostajesz kod'],
      ignore: ['wyslij zdjecie paragonu to dostaniesz kod rabatowy', 'zrob zakupy to dostaniesz kod promocyjny', 'dam ci kod do wifi'],
    },
  },
  {
    id: 'shoot-and-i-pay-you-r17',
    phrases: [
      'zrobimy|zrobie|robimy|zrobmy ..2 sesj*|zdjeci*|foty|fotki ..4 zaplace|zaplacimy|dostaniesz|dam_ci|place ..2 @amount|kase|hajs*|kaske',
      'placimy|zaplacimy|zarobisz|zarabiaja|zarabiasz ..4 @amount ..6 potrzebuje|potrzebujemy|wystarczy|wystarcza|tylko ..3 zdjec*|fotk*|foty|zdj|portfolio|sesj*|nagran*',
    ],
    unless: ['fotografowi|slub*|wesel*|komuni*|rodzinn*|ciazow*|paszport*|legitymacj*|dowod*|faktur*|rachun*|umow*_o_dzielo|praktyk*'],
    examples: {
      match: ['zrobimy sesje, zaplace 200 zl', 'placimy tworcom do 3000 zl/mies, potrzebuje tylko zdjec do portfolio'],
      ignore: ['zrobimy sesje slubna, zaplace 200 zl fotografowi', 'zrobimy zdjecia do paszportu, zaplace 40 zl'],
    },
  },
  {
    id: 'gift-for-something-in-return-r18',
    phrases: [
      '@gift ..6 @send|@show ..2 cos ..1 w_zamian|za_to|od_siebie',
      'kto ..1 ci ..1 kupi|da|zalatwi ..1 @gift ..2 jak ..1 nie ..1 ja',
    ],
    unless: ['karty|kart|photocard*|album*|naklejk*|znaczk*|pocztowk*|wymian*_kart'],
    examples: {
      match: ['kto ci kupi robuxy jak nie ja 😘 wyslij cos w zamian', 'dam ci skina, pokaz cos w zamian'],
      ignore: ['dam ci karty z albumu, wyslij cos w zamian'],
    },
  },
  {
    id: 'campaign-and-free-currency-for-pics-r18',
    phrases: [
      'kampani*|sesj*|reklam*|katalog* ..1 bielizn*|strojow_kapielowych|kostiumow_kapielowych|bikini|lingerie',
      'idealn*|swietn*|perfekcyjn*|stworzon* ..3 do ..1 kampani*|katalog*|sesji_zdjeciowej|reklamy',
      'darmow*|za_darmo|free ..1 robux*|vbuck*|v_dolc*|vdolc*|skin*|gemy|diament* ..6 wystarczy|jak|jesli|za ..3 zdjec*|zdjecie|fotk*|fote|selfie*|wyslesz|wyslac|pokazesz|wlaczysz',
    ],
    unless: ['xd|haha*|lol|sklep*|promocj*|event*|sezon*|aktualizacj*|update*|kod_z|sprzedaz*|ogloszeni*|cv|portfolio_prac|rekrutacj*_do_pracy'],
    examples: {
      match: ['pracuje dla agencji, twoj profil jest idealny do kampanii bielizny, wyslij kilka zdjec', 'darmowe vbucksy dla pierwszych 10 osob, wystarczy wyslac zdjecie w kostiumie'],
      ignore: ['darmowe skiny w fortnite w tym tygodniu, event sie zaczal', 'widzialas nowa kampanie bielizny w galerii? brzydka xd'],
    },
  },
  {
    id: 'content-agency-recruiter-r19',
    phrases: [
      'agencj*|menadzer*|menedzer*|managerk*|menadzerk*|menedzerk* ..6 onlyfans|fansly|of|content*|creator*|kreator*',
      'zarzadzamy|prowadzimy|ogarniamy|prowadze ..4 profil*|kont*|konto ..4 onlyfans|fansly|of|dziewczyn*|za_ciebie',
      'onlyfans|fansly ..6 zarob*|wyciag*|zarabiaj*|placimy|zaplacimy ..2 #|tys*|kafli|k',
    ],
    examples: {
      match: ['hej, sorry ze tak z buta pisze 🙈 prowadze agencje content creatorek, masz mega potencjal serio', 'zarzadzamy profilami dziewczyn na OF i fansly, ty nic nie robisz tylko wrzucasz fotki a my ogarniamy reszte', 'Jestem menadzerka agencji OF. Szukamy nowych twarzy'],
      ignore: ['moja ciocia pracuje w agencji reklamowej', 'widzialas ten dokument o onlyfans?'],
    },
  },
  {
    id: 'free-key-or-rank-for-you-r19',
    phrases: [
      'dam|dostaniesz|oddam|wysle ..2 ci|tobie ..3 klucz*|key|licencj*|cheat*|aimbot*|range|rangi|vip*|nitro|tokeny|tokenow ..3 za_free|za_darmo|gratis|w_zamian',
      'chcesz ..2 range|rangi|vip*|nitro|tokeny|tokenow|klucz*|aimbot*|cheat* ..6 moge|dam|kupie ..2 ci|tobie ..2 dac|kupic|za_darmo|za_free|gratis',
      'wrzucic|wrzucimy|damy|dam|zrobie|zrobimy ..3 na ..1 shout*|shoutout* ..4 # ..2 k|tys*|widzow|widzami|followers*',
      'kupie|zafunduje|oplace|zaplace ..2 ci|tobie|za_ciebie ..2 bilet*|hotel*|przejazd*|pociag*|nocleg*',
    ],
    unless: ['kina|kino|koncert*|mecz*|mam_dwa|mam_2|mama|tata|rodzic*|zwrocisz|oddasz'],
    examples: {
      match: ['dobra to wyslij mi pare fotek bez koszulki i dam ci klucz za free', 'chcesz range vip? moge ci dac za darmo', 'mozemy cie wrzucic na shoutout na 40k widzow', 'kupie ci bilet'],
      ignore: ['kupie ci bilet do kina', 'dam ci klucz do mieszkania'],
    },
  },
  {
    id: 'allowance-for-company-and-pics-r20',
    phrases: [
      'oferuje|oferujemy|proponuje|zapewniam|zapewnie|gwarantuje ..3 kieszonkowe*|kieszonkowego|sponsoring*|utrzymanie|wsparcie_finansowe|stale_przelewy',
      'za ..1 towarzystwo|pisanie|rozmowy|twoja_uwage ..3 [i] @photo',
      'jestem|bede|zostane|moge_byc ..2 twoim|twoja ..1 sponsor*|sugar_dadd*|sugar_daddy|sugar_mommy|sugar_mama|sugardaddy',
      'bede|moge|moglbym ..2 ci ..1 doladowywac|doladowywal|doladowac|oplacac|oplacal ..2 konto|telefon|abonament|karte|gry|gre|netflix*|spotify',
      'szukam ..2 dziewczyny|dziewczyn|chlopaka|chlopakow|mlodej|mlodego|nastolatki|nastolatka ..3 do ..1 pisania|rozmow*|towarzystwa|sponsor* ..6 @amount|kieszonkowe*|kase|hajs|place|oferuje|zaplace|@payment',
    ],
    unless: ['turniej*|druzyn*|klub*|zawod*|zespol*|projek*|konkurs*|mama|tata|babci*|dziadk*|synku|corciu|coreczk*|za_sprzatanie|za_oceny|za_swiadectwo|obowiazk*|dziekuje_za_towarzystwo|dzieki_za_towarzystwo|dziekujemy_za_towarzystwo|pracodaw*|etat*|umow*_o_prace'],
    examples: {
      match: ['Hej słoneczko, szukam dziewczyny do pisania, oferuję kieszonkowe 500 zł tygodniowo 💸', 'za towarzystwo i parę zdjęć dziennie, nic wielkiego', 'oferuje stale kieszonkowe, 1000 miesiecznie', 'moge byc twoim sponsorem, 300 zl co tydzien', 'zostan moja dziewczyna online, bede ci doladowywal konto'],
      ignore: ['dzieki za towarzystwo i zdjecia z wycieczki!', 'babcia oferuje kieszonkowe za dobre oceny', 'szukam chlopakow do druzyny, wpisowe 50 zl'],
    },
  },
  {
    id: 'gave-you-gifts-now-your-turn-r20',
    phrases: [
      'wysylalem|wyslalem|dalem|dawalem|kupilem|kupowalem|wydalem|wpakowalem|podarowalem|sypnalem|wysylalam|wyslalam|dalam|wydalam ..3 ci|tobie|na_ciebie|w_ciebie ..4 prezent*|monet*|coins*|coinsy|rozycz*|lwa|lwy|galaxy|gift*|diament*|robux*|vbuck*|skin*|donejt*|dono ..6 teraz|nalezy|w_zamian|twoja_kolej|odwdziecz*|nawet|za_darmo',
      'mi ..1 sie ..1 nalezy ..3 za ..2 prezent*|monet*|coins*|rozycz*|lwa|lwy|gift*|diament*|robux*|vbuck*|skin*|donejt*|dono',
      'nalezy ..1 mi ..1 sie ..3 za ..2 prezent*|monet*|coins*|rozycz*|lwa|lwy|gift*|diament*|robux*|vbuck*|skin*|donejt*|dono',
      'tyle ..3 monet*|coins*|coinsy|prezent*|rozycz*|lwow|gift*|giftow|diament*|robux*|vbuck*|donejt* ..6 a_ty|nawet|a_nic|i_nic',
      'dostal*|dostales|dostalas|masz_ode_mnie|ode_mnie ..3 @gift|prezent*|monet*|coinsy|gift*|vbuck*|robux* ..6 teraz|wiec|no_to|to ..2 jestes_mi|jestes_winny|jestes_winna|jestes_dluzny|jestes_dluzna|wisisz_mi|musisz_sie_odwdzieczyc|twoja_kolej|odwdziecz*|odplac*',
    ],
    unless: ['gwiazdk*|kup|kupisz|postawisz|stawiasz|podziekowal*|dziekuj*|urodzin*|imienin*|swiet*|mikolaj*|pizz*|kino|kina|obiad*|oddasz|oddaj|wisisz|pozycz*|rewanz*_w_grze|mecz*|xd|haha*|hehe|lol'],
    examples: {
      match: ['dostałaś ode mnie skina i gemy, teraz jesteś mi winna przysługę', 'masz ode mnie vbucksy, wiec jestes mi cos winny', 'wysylalem ci prezenty na lajwie, teraz ty cos dla mnie zrob', 'tyle monet ci dalem na tiktoku a ty nawet fotki nie wyslesz', 'dalem ci lwa na live, nalezy mi sie cos w zamian', 'to teraz chyba cos mi sie nalezy za te prezenty co?'],
      ignore: ['dalem ci prezent na urodziny, teraz twoja kolej xd', 'wyslalem ci galaxy na lajwie, oddasz mi w piatek za pizze', 'kupilem ci bilet, oddasz jutro', 'dalem ci prezent, teraz ty mi cos kup na gwiazdke', 'dostales skina ode mnie, to jestes mi winny pomoc w rankedach xd', 'dostalas ode mnie prezent na urodziny, teraz twoja kolej', 'tyle ci dalem kasy na wycieczke a ty nawet nie podziekowales'],
    },
  },
  {
    id: 'rank-if-you-do-something-r20',
    phrases: [
      'jak|jesli|jezeli ..1 chcesz ..3 range|rangi|vipa|vip|staffa|staff|moda|admina|helpera|skina|skiny|robux*|vbuck*|feat*|bit|bita ..4 musisz|to_musisz|to_zrob ..3 zrobic|wyslac|pokazac|zrob ..3 cos|dla_mnie|na_priv*|na_kamer*',
      'placimy|place|zaplacimy|zaplace ..2 za ..1 kazda|kazde|kazdy ..1 sesje|zdjecie|fotke|filmik|nagranie',
      'szukamy|szukam ..2 mlodych|nowych|swiezych ..1 twarzy|modelek|modeli|dziewczyn|influencer*',
    ],
    unless: ['teatr*|szkoln*|chor*|przedstawien*|spektakl*|kolko|kolka|zrob_mape|zbuduj*|zbudowac|spawn*|build*|rekrutacj*_na_forum|podanie|formularz*|regulamin*|castingu_w|agencja_pracy|etat*|umow*|rodzic*_zgod*|zgoda_rodzic*|za_zgoda|opiekun*'],
    examples: {
      match: ['jak chcesz range moda to musisz zrobic cos dla mnie na privie', 'siema, jestem z agencji influencerow, szukamy mlodych twarzy, placimy za kazda sesje'],
      ignore: ['szukamy nowych twarzy do szkolnego teatru', 'jak chcesz range moda to musisz zbudowac spawn', 'szukamy nowych twarzy do reklamy, wymagana zgoda rodzicow'],
    },
  },
  {
    id: 'young-testers-paid-in-items-r22',
    phrases: [
      'szukam|szukamy|rekrutuje|rekrutujemy|potrzebuje|potrzebujemy ..4 tester*|betatester*|beta_tester* ..4 lat|latkow|latek|letnich|w_wieku',
      'placimy|zaplacimy|placimy_w|placimy_za|wynagrodzenie_w|placa_w|zaplata_w ..1 skin*|skinami|robux*|vbucks*|v_dolc*|nitro|itemk*|itemami|gemach|gemami|diamentach|diamentami',
    ],
    unless: ['turniej*|konkurs*|hackathon*|wygran*|zwyciez*|regulamin*|rodzic*_zgod*|zgoda_rodzic*'],
    examples: {
      match: ['Siema! Robie indie gre na Steam, szukam testerow 12-16 lat, placimy skinami CS2', 'potrzebuje betatesterow w wieku 13-15, placimy w robuxach'],
      ignore: ['szukamy testerow do naszej gry na hackathon, kto chetny', 'w turnieju placimy skinami za pierwsze miejsce'],
    },
  },
  {
    id: 'pic-and-the-rank-is-yours-r24',
    phrases: [
      '@photo ..4 i ..1 ranga|range|admin|admina|vip|vipa|robuxy|robux|skin|skina|mod|moda|moderator*|gifty|diamenty ..2 jest|bedzie|twoja|twoj|twoje|dostajesz|dostaniesz|masz',
      'wysle|wysylam|dam|daje|dostaniesz|sypne|sypie ..2 gift*|prezent*|diament*|roze|lwa|lwy|coins*|monet*|robux*|vbuck* ..3 jak|jesli|jezeli|kiedy|za_kazde|za_kazdy ..2 wykonasz|zrobisz|pokazesz|wlaczysz|zadani*|wyzwani*',
    ],
    unless: ['wygrasz|wygra|wygracie|turniej*|konkurs*|event*|evencie|rund*|quiz*|zagadk*|regulamin*|grupy_roblox|naszej_grupy'],
    weight: 2,
    examples: {
      match: ['no to weryfikacja: fotka bez koszulki i ranga jest twoja', 'normalnie, wideo rozmowa, ja wysylam gifty jak wykonasz zadania', 'dam ci diamenty za kazde zadanie jak pokazesz'],
      ignore: ['dam ci gifty jak wygrasz battle', 'wysle ci robux jak zrobisz zadanie na evencie grupy'],
    },
  },
  {
    id: 'weekly-allowance-for-pics-r25',
    phrases: [
      'bede|moge|moglbym|moglabym|mozemy|bedziesz ..2 ci|tobie|dostawac ..2 przelewal|przelewala|placil|placila|wysylal|wysylala|dawal|dawala|przelewac|placic|wysylac|dawac|dostawac ..3 @amount|kieszonkowe|kaske|kase|hajs ..3 co_tydzien|tygodniowo|co_miesiac|miesiecznie|na_tydzien|co_weekend',
      'konto|konta|profil ..1 zakladamy|zalozymy|zalozymy_ci|prowadzimy ..3 na ..1 dane|kogos|pelnoletn*|starsz*|siostr*|onlyfans|fansly',
      'co_tydzien|tygodniowo|co_miesiac|miesiecznie ..3 bede|moge|moglbym|moglabym|bedziesz ..1 ci|tobie|dostawac ..1 przelewal|przelewala|placil|placila|wysylal|wysylala|dawal|dawala|przelewac|placic|dawac ..3 kieszonkowe|@amount|kaske|kase|hajs',
      'kieszonkowe|@amount ..4 co_tydzien|tygodniowo|co_miesiac|miesiecznie ..4 za ..1 fot*|zdjec*|zdjecie|selfie|uwage|towarzystwo|rozmowe|pisanie|kilka|pare',
      'pierwszy|pierwsza|kolejny|nastepny ..1 przelew|wplata|blik|blika|kaske|kasa ..2 dostaniesz|przyjdzie|wysle|wysylam|przeleje ..3 jak|gdy|kiedy|jak_tylko|po_tym_jak|zaraz_jak ..1 wyslesz|pokazesz|przeslesz|nagrasz|podeslesz',
      'zalatwie|dam|dostaniesz|moge_dac|moge_zalatwic|zalatwic ..3 shoutout*|shout|shouta|vip*|vipa|range|rangi|promo|polecenie ..6 fot*|zdjec*|zdjecie|foto|selfie|kamerk*|kamer*|figur*|wyslesz|pokazesz',
      'zalozymy|zalozymy_ci|zalozyc_ci|zalozymy_konto|zakladamy|zakladam|prowadzimy|poprowadzimy ..4 konto|konta|profil ..4 na ..1 dane|kogos|pelnoletn*|starsz*|siostr*|mamy|twoja_mame|onlyfans|fansly|of',
    ],
    unless: ['faktur*|rachun*|paragon*|psa|psem|wyprowadz*|opiek*|pilnowani*|niani*|allegro|olx|vinted|bank*|mama|mamo|tata|tato|taty|ojca|babci*|dziadk*|synku|coreczko|oceny|ocen*|sprzata*|obowiazk*|pracy|praca|prace|wyplat*|pensj*|etat*|umow*|zlecen*|korepetycj*|korki|lekcj*|czynsz*|rachun*|rat*|abonament*|subskrypcj*|gra|grze|serwer*|turniej*|konkurs*|zadanie_eventowe|event*|fanpage*|sklep*|firm*|biznes*_plan|ksiegow*'],
    weight: 2,
    examples: {
      match: ['co tydzien bede ci przelewal kieszonkowe, 400 zl', 'moge ci placic 200 tygodniowo na revoluta', 'pierwszy przelew dostaniesz od razu jak wyslesz', 'moge zalatwic shoutout na streamie i vipa, potrzebuje tylko fotki', 'konto zakladamy na dane kogos pelnoletniego a ty tylko tworzysz content', 'zalozymy ci konto na onlyfans, nikt nie sprawdzi wieku'],
      ignore: ['bede ci dawal kieszonkowe 50 zl co tydzien jak bedziesz sprzatac pokoj', 'moge ci placic 300 miesiecznie za korki z matmy', 'dam ci vipa na serwerze jak wygrasz turniej', 'zalozymy konto na allegro na dane taty', 'pierwszy przelew dostaniesz jak wyslesz fakture', 'co tydzien dawal mi kieszonkowe 20 zl'],
    },
  },
  {
    id: 'feature-you-on-fanpage-r27',
    phrases: [
      'wrzucic|wrzucimy|wrzuce|oznaczyc|oznaczymy|oznacze|dodac|dodamy|wstawic|wstawimy|wstawie|pokazac|pokazemy|promowac|wypromowac|wypromujemy|wypromuje ..2 cie|ciebie|twoje_konto|twoj_profil ..3 w|na|do|you ..2 edyc*|edycie|edit*|edytach|fanpage*|fanpejdz*|fanpag*|fan_konto|fan_koncie|fanowsk*|fan_account*',
      'cie|ciebie ..1 wrzucic|wrzucimy|wrzuce|oznaczyc|oznaczymy|oznacze|dodac|dodamy|wstawic|wstawimy|pokazac|pokazemy|wypromowac|wypromuje ..3 w|na|do ..2 edyc*|edycie|edit*|edytach|fanpage*|fanpejdz*|fanpag*|fan_konto|fan_koncie|fanowsk*',
      'prowadze|prowadzimy|mam ..1 fanpage*|fanpejdz*|fan_konto|konto_fanowskie|strone_z_edytami|edit_konto|edit_page ..6 wyslij|wyslesz|potrzebuje|podeslij|daj ..3 @photo|fotek|zdjec|selfie',
    ],
    unless: ['klub*|szkol*|druzyn*|parafi*|harcer*|zgod*_rodzic*|rodzicow|mama|tata|konkurs*_szkoln*'],
    examples: {
      match: ['możemy cię wrzucić w edycie, wyślij fotki', 'prowadzę fanpage, wyślij mi kilka swoich zdjęć', 'wypromuję cię na moim fan koncie'],
      ignore: ['wrzucimy cię na fanpage klubu po turnieju', 'oznaczymy cię na fanpage szkoły jeśli rodzice podpiszą zgodę'],
    },
  },
  {
    id: 'talent-manager-and-allowance-r28',
    phrases: [
      'jestem|pracuje_jako|pracuje_w|z_agencji ..3 menedzer*|menadzer*|manager*|managerk*|menedzerk*|menadzerk*|agent|agentka|agentem|agentka|lowc*|lowczyni* ..3 talent*|tiktok*|tiktokerow|influencer*|tancer*|tanca|tanecz*|gwiazd*|youtuber*',
      'agencj* ..2 tanecz*|tanca|talent*|influencer*|tiktok*|tiktokerow|youtuber*',
      '@amount|kieszonkow* ..4 kieszonkow*|co_tydzien|co_miesiac|tygodniowo|miesiecznie|na_tydzien|na_miesiac ..6 tylko|za|w_zamian_za ..1 @photo|fotki|foty|zdjecia|fotk*|fotek|zdjec|pokazywanie',
      'bez_spotkan|bez_spotkania|bez_spotykania ..4 tylko ..1 @photo|fotki|foty|zdjecia|fotk*|rozmowy|kamerk*',
    ],
    unless: ['podszywa*|podaje_sie_za|udaje_ze|twierdzi_ze|uwazaj*|zglos*|zablokuj*|ocen*|paragon*|rachun*|dziennik*|swiadectw*|synu|corcia|coreczko|mama|mamo|tata|tato|babci*|dziadk*', 'szkol*_tanca|szkoly_tanca|nabor*|zapisy|formularz*|zgod*_rodzic*|rodzic*_podpis*'],
    weight: 2,
    examples: {
      match: ['jestem menedżerką talentów z tiktoka', 'współpracuję z agencją taneczną, szukamy dziewczyn', 'dam ci 500 zł kieszonkowego co tydzień, tylko za fotki', 'bez spotkań, tylko fotki i rozmowy'],
      ignore: ['szkoła tańca zaprasza na nabór, zapisy przez formularz', 'synu, 50 zł kieszonkowego co tydzień tylko za dobre oceny', 'uważaj, ktoś podaje się za menedżera talentów z tiktoka'],
    },
  },
  {
    id: 'you-won-our-giveaway-r28',
    phrases: [
      'wygral*|wygralas|wygrales|wybran*|zakwalifikowal* ..4 [w|do] giveaway*|rozdani*|rozdaniu|konkurs*|losowani*|finalu|finalist*|final ..6 nagrod*|iphon*|ajfon*|@gift|odbierz|odebrac|dm|priv*|@privchan|napisz|wyslij',
      'giveaway*|rozdani*|konkurs* ..6 wystarczy|warunek|warunkiem|zeby_wziac_udzial|aby_wziac_udzial|zeby_wygrac|aby_wygrac ..4 @send|@show|wyslac|przeslac|pokazac ..3 @photo|zdjecie|fotke|filmik|selfie',
    ],
    unless: ['szkol*|apel*|apelu|plastyczn*|dyrekcj*|dyrektor*|rodzic*|wychowaw*|pani|pan_od|olimpiad*|zgod*|biblioteka|bibliotek*|gmin*|urzad*|parafi*|oszust*|scam*|uwazaj*|zglos*|podszywa*|fake|falszyw*|zwierzak*|psa|kota|pupil*|krajobraz*|przyrod*'],
    weight: 1.5,
    examples: {
      match: ['Gratulacje! Zostałaś wybrana do finału konkursu, nagroda iPhone 15!', 'wygrałaś w naszym giveawayu! odbierz nagrodę w DM', 'w konkursie wystarczy wysłać nam swoje zdjęcie w stroju kąpielowym'],
      ignore: ['Gratulujemy! Twoja praca wygrała szkolny konkurs plastyczny, nagroda na apelu', 'uwaga, scam: piszą że wygrałaś iphona w giveawayu', 'konkurs fotograficzny: wystarczy wysłać zdjęcie swojego psa'],
    },
  },
  {
    id: 'producer-looking-for-voices-r30',
    phrases: [
      'jestem|pracuje_jako|pracuje_w|wspolpracuje_z|z_wytworni|z_agencji ..3 producent*|producentk*|rezyser*|fotograf*|menadzer*|menedzer*|agent|agentka|lowca|lowczyni*|scout*|skaut*|wytworni*|labelu|label ..6 szukam|szukamy|poszukuje*|potrzebuje|potrzebujemy ..3 wokalist*|piosenkar*|tancer*|aktor*|aktork*|modelk*|dziewczyn*|nowych_twarzy|nowych_glosow|glosu|glosow|talent*|statyst*',
      'zarobisz|zarobisz_kase|dobrze_zarobisz|bedziesz_zarabiac|zgarniesz_kase ..2 obiecuje|gwarantuje|na_pewno|serio|przysiegam',
    ],
    unless: ['podszywa*|podaje_sie_za|udaje_ze|twierdzi_ze|uwazaj*|zglos*|zablokuj*|oszust*|scam*|fake', 'slub*|wesel*|komuni*|szkol*|szkoly|teatr*_szkoln*|dom_kultury|domu_kultury|mdk|chor*|zespol_szkolny|konkurs*|zapisy|nabor*|formularz*|zgod*_rodzic*|rodzic*|mama|mamo|tata|tato|ogloszeni*_na|olx|pracuj_pl|cv|rekrutac*|umowa_zlecenie|stawka_godzinowa|kelner*|sklep*|magazyn*|ulotk*'],
    examples: {
      match: ['jestem producentem, szukam wokalistki do klipu. zarobisz, obiecuję', 'pracuję jako fotograf, szukam nowych twarzy do kampanii', 'wytwórnia z Warszawy, jestem menadżerem, potrzebujemy tancerek'],
      ignore: ['jestem fotografem ślubnym, szukam modelki do sesji na wesele w portfolio', 'uważaj, ktoś podaje się za producenta i szuka wokalistek', 'dom kultury: jestem reżyserem, szukamy aktorów do spektaklu, zapisy przez formularz'],
    },
  },
] satisfies PatternEntry[];
