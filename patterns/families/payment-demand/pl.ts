import type { PatternEntry } from '../../schema';

/** Someone reporting a threat they received ("ktoś mi napisał '...', co mam robić?") is asking for help, not threatening. */
const REPORTED = 'ktos_mi_napisal|ktos_mi_wyslal|ktos_do_mnie_napisal|ktos_napisal_do_mnie|ktos_mi_pisze|dostalam_wiadomosc|dostalem_wiadomosc|dostalam_taka|dostalem_taka|dostalam_dzis|dostalem_dzis|co_mam_robic|co_mam_zrobic|co_teraz_robic|grozi_mi|szantazuje_mnie|ktos_mnie_szantazuje|napisal_do_mnie_ze|napisala_do_mnie_ze|pisze_do_mnie_ze';

export default [
  {
    id: 'if-you-dont-pay-amount-r34',
    phrases: [
      'jesli|jezeli|o_ile|jak|dopoki ..1 nie ..2 wplaci*|wplacisz|zaplaci*|zaplacisz|przelej*|przeleje*|przelejesz|wyslesz|przesle*|przeslesz ..4 #',
      'jesli|jezeli|o_ile|jak|dopoki ..1 nie ..2 wplaci*|wplacisz|zaplaci*|zaplacisz|przelej*|przeleje*|przelejesz ..4 na ..1 konto|portfel|blik*|numer|rachunek',
    ],
    unless: [REPORTED, 'rachunk*_za|czynsz*|szkol*|wycieczk*|skladk*|rady_rodzicow|abonament*|faktur*|mandat*|bibliotek*|prad|gaz|internet_odetna|komornik*'],
    examples: {
      match: ['jeśli nie wpłacisz 300 zł do jutra, pożałujesz', 'jeżeli nie przelejesz kasy na konto podane niżej to koniec', 'jak nie zapłacisz 50 euro to zobaczysz'],
      ignore: ['jeśli nie wpłacisz 30 zł na wycieczkę do piątku, nie pojedziesz', 'jak nie zapłacisz rachunku za prąd to odetną', 'jeśli nie wpłacisz składki na konto klasowe, napisz do skarbnika'],
    },
  },
  {
    id: 'pay-amount',
    phrases: [
      'zaplac|zaplacisz|zaplacic|przelej|przelejesz|przelac|wplac|wplacisz|wplacic|przekaz|przekazesz|przekazac|placisz|splac ..3 @amount',
      'plac|zaplac|zaplacisz|przelej|przelejesz ..4 a|i|to ..2 usune|skasuje|wykasuje|nikt_sie_nie_dowie|nikt_nie_zobaczy|zniknie|dam_ci_spokoj|zostawie_cie',
      'doladuj|doladujesz|kup|kupisz|wyslij|wyslesz|przelej|podeslij|dawaj ..3 [mi] @payment|karte|karty|kod|kody|doladowanie ..6 a|i|to|wtedy ..2 usune|skasuje|wykasuje|nikt_sie_nie_dowie|nikt_nie_zobaczy|zniknie|znikna|dam_ci_spokoj|zostawie_cie|zapomne|zapominamy|oddam_konto',
      'plac|placisz|zaplac|przelej|zaplacisz ..2 albo|bo|inaczej|natychmiast|w_przeciwnym',
      'dawaj|dasz|daj|oddawaj|wysylaj|przesylaj|przelewaj|szykuj [mi] kase|kaske|hajs|forse|pieniadze|szmal',
      'masz|czekam|oczekuje|czas ..4 na ..1 zaplat*|wplat*|przelew|platnosc',
      'podaj|podasz|wyslij|daj|dasz ..3 numer_karty|dane_karty|cvv|dane_do_logowania|login_i_haslo|haslo_do_banku',
      'wyslij|wyslesz|przeslij|przeslesz|dawaj|dasz|daj ..3 @amount ..1 @currency|@money|@payment|btc|bitcoin*|euro|dolar*|eth|usdt',
      'zaplac|zaplacisz|zaplacic|przelej|przelejesz|przelac|wplac|wplacisz|przekaz|przekazesz ..3 [mi] okup|kase|kaske|hajs|pieniadze|kwot*|forse|kryptowalut*|krypto|bitcoin*|btc',
      'chce|zadam|domagam_sie|zyczysz|potrzebuje|zadam_od_ciebie|masz_mi_dac|masz_zaplacic|masz_przelac ..3 @amount ..1 @currency|@money|btc|bitcoin*',
      '@amount ..1 @currency|@money|btc|bitcoin* ..3 albo|bo|inaczej|w_przeciwnym|chyba_ze|do_jutra|do_wieczora|w_ciagu|na_to_konto|na_ten',
      '@amount ..1 @currency|@money ..1 na ..1 revolut*|paypal*|blik*|blika|btc|bitcoin*|krypto*|portfel* ..2 [dzisiaj|dzis|teraz|juz|natychmiast|szybko]',
      '@amount ..1 @currency|@money ..1 blikiem|blik|blika|paysafe*|przelewem|revolutem|paypalem|krypto|btc|bitcoinach ..3 do|w_ciagu|albo|bo|inaczej|natychmiast|dzisiaj|dzis|teraz|masz',
    ],
    unless: ['to_nie_ona|to_nie_on|zhakowali|zhakowal_ktos|podszywa*|oszust*|scam*|nie_wysylaj_mu|nie_wysylaj_jej|zaklad*|przegral*|przegrales|przegralas|noob*|klan*|klanu|gildi*|kick*|kickuje|kickne|wylatujesz_z|nooba|noobie|adminow|adminom|wychowaw*|drukarni*|klasowe|komitet*|oddawaj|nie_gadam_z_toba|nie_odzywam_sie|skarbnik*|gotowk*|kiermasz*|schronisk*|zaliczk*|termin_przepada|nie_gram|nie_gramy', REPORTED, 'wyslalam_ci|wyslalem_ci|przelalam_ci|przelalem_ci|wysylam_ci|przelewam_ci|oddaje_ci|oddalam_ci|oddalem_ci|mandat*|parking*|gapow*|moge_przelac|moge_zaplacic|moge_wyslac|moge_dac|mozna_blikiem|odbiore|odebrac|odbior*|osobiscie|aktualne|aktualna|aktualny|negocj*|przeleje|zaplace|zamykaj*|zamkna|pozycz*|zwroce|oddasz|oddac|oddaj|zwrocisz|przy_kasie|zamowi*|dostaw*|sprzedam|sprzedac|sprzedaje|kupujac*|kupiec|rezerwac*|komus_innemu|zarezerwow*|pizz*|kino|kina|bilet*|obiad*|zakupy|tort*|zrzut*|prezent*|paliw*|benzyn*|oddam|wisisz|wisze|rachunek|czynsz|skladk*|wyciecz*|kieszonkow*|za_zeszyt|za_ksiaz*|za_wycieczke|za_lekcj*|korepetycj*|za_buty|za_bluze|sklep*|olx|allegro|vinted|cena|ogloszeni*|przesyl*|pacz*|kurier*|za_rower|za_telefon|mamo|tato|moja_mama|mama_przelala|mama_dala|mama_prosi|mama_kaze|mama_mowi|dla_mamy|moj_tata|tata_przelal|tata_dal|tata_prosi|tata_kaze|tata_mowi|dla_taty|obozu|oboz|kolonie|basen*|skladke|skladka|skladki|trener*'],
    examples: {
      match: ['Jeśli nie zapłacisz 500 zł to wyśle je wszystkim twoim znajomym z insta', 'Zapłać 200 euro w bitcoinach albo wszystko trafi do twoich rodziców', 'to przelej 300 zł na to konto', 'chyba że zapłacisz 1000zł', 'Przekaż 0.01 BTC na ten portfel', 'chcę 500 zł do jutra', '100 euro na revoluta, dzisiaj', '500 zł blikiem do 20:00 albo wysyłam', '300 zl przelewem w ciagu godziny', 'jak nie zapłacisz 500 zł to twoja mama dostanie filmik', 'doładuj mi paysafecard a usunę', 'kup kartę steam i wyślij kod, wtedy skasuję'],
      ignore: ['uwazaj, ktos pisze z konta Mai ze potrzebuje blika na 200 zl, to nie ona, zhakowali ja', 'oddawaj 20 zl albo nie gadam z toba 😤', 'Wyslalam ci 30 zl na blika', 'przelalem ci 50 zl na blika, oddaje za bilet', 'przelej mi 20 zł za pizzę', 'stary zapłać mi za tą pizzę wreszcie', 'zapłać 15 zł składki na wycieczkę', 'Ile ostatecznie? 400 zł? przelew czy gotówka', 'oddaję 20 zł na blika za pizzę', 'mama przelała mi 50 zł na konto', 'oddasz mi 20 zł blikiem do piątku?', 'mama dała mi 50 zł blikiem do wydania', 'mogę przelać 270 blikiem? odbiorę jutro', 'placisz albo cie kickuje z klanu 😂', '80 zl, blik albo gotowka do skarbnika', 'Zaliczka 200 zl przelewem do czwartku, inaczej termin przepada.', 'placisz frajerze, 30 zl na blika albo nie gram z toba wiecej xd', 'kup mi doładowanie i wyślij kod, oddam ci jutro a twoje zdjęcie usunę z grupy'],
    },
  },
  {
    id: 'gift-card-codes',
    phrases: [
      'kod|kody|kodu|kodow|kodzik ..3 paysafe*|psc|blik*|@payment|doladowa*|steam*|karty|karte|podarunk*|do_karty|psn|xbox|google_play|apple',
      'podaj|podasz|wyslij|wyslesz|przeslij|daj|dasz|dawaj|podeslij ..2 [mi] [ten|swoj] kod|kody|kodu|kodzik|blika|blik',
      'kup|kupisz|kupic|kupuj ..3 [mi] paysafe*|psc|karte_podarunkow*|karty_podarunkow*|karte_steam|karte_psn|karte_google|karte_apple|kod*|doladowani*|neosurf',
      'chce|dawaj|wyslij|przeslij|podeslij|place|przyjmuje|akceptuje|tylko ..2 paysafe*|psc|neosurf|karte_podarunkow*|karty_podarunkow*|bitcoin*|btc|krypto*|kryptowalut*',
      'wyslij|wyslesz|przeslij|przeslesz|podeslij|dawaj|daj|dasz ..2 karte|karty|karta|kod|kody|kodzik ..1 steam|psn|xbox|google|google_play|apple|itunes|paysafe*|roblox|podarunkow*|nintendo|playstation',
    ],
    unless: [REPORTED, 'numer_do_blika|numer_telefonu|na_numer|numer_tel|urodzin*|swiat*|gwiazdk*|mikolaj*|najlepszego|imienin*|zrzut*|promocj*|rabat*|znizk*|kod_rabatowy|kod_promocyjny|kodu_rabatowego|sklep*|do_szafki|do_domofonu|do_drzwi|pin_do|mamo|tato|moja_mama|mama_prosi|mama_kaze|mama_mowi|dla_mamy|moj_tata|tata_prosi|tata_kaze|dla_taty|qr|dziennik*|librus*|lekcj*|classroom|teams|zadani*|kino|kinie|kina|place_za|za_nas'],
    examples: {
      match: ['wyślij kartę steam za 50 albo twoje insta zniknie', 'chcę kod do paysafecard za 200 zł', 'siema, podasz mi kod blik? oddam jutro', 'kup paysafecard za 300 zł i wyślij mi kod', 'przyjmuję tylko bitcoin', 'jak nie zapłacisz to twoja mama to dostanie. kod paysafecard za 100 zł'],
      ignore: ['podaj kod do classroom', 'masz kod rabatowy do sklepu?', 'kupię ci kartę steam na urodziny', 'mama prosi o kod blik do zakupów', 'podaj numer do blika', 'podaj numer telefonu do blika to przelej', 'wyslij kod blik, place za nas w kinie'],
    },
  },
  {
    id: 'payment-methods-account',
    phrases: [
      '@payment|blik*|paysafe*|przelew*|krypto* ..2 albo|lub|czy ..1 @payment|blik*|paysafe*|przelew*|krypto*|bitcoin*|btc',
      'na ..1 ten|to|podane|podany|ponizsze|ponizszy|wskazane|wskazany ..1 konto|portfel*|wallet|rachunek|numer_konta|adres_portfela|adres_btc',
      'przelej|przelejesz|wplac|wplacisz|przekaz|przekazesz|wyslij|wyslesz ..3 na ..1 konto|portfel*|wallet|revolut*|paypal*|rachunek|numer_konta|adres',
      'konto|portfel*|numer|rachunek ..1 ktore|ktory ..1 [ci] podam|wysle|dostaniesz',
      'prosze_o|oczekuje|czekam_na|zadam ..1 wplat*|przelew*|zaplat*|platnosc|oplat* ..3 @amount',
      'za ..1 usuniecie|skasowanie|wykasowanie|nieopublikowanie|milczenie|nierozsylanie ..4 @amount|zaplac*|wplat*|przelej*|zaplata|oplata|zaplacisz|kase|hajs',
      'doladuj|doladujesz|zasil|zasilisz ..2 [mi] konto|telefon|karte|portfel*',
      'ile ..1 mozesz|jestes_w_stanie|dasz_rade ..2 zaplacic|przelac|dac|wyslac',
    ],
    unless: [REPORTED, 'jak_wolisz|co_wolisz|jak_ci_wygodniej|jak_ci_pasuje|co_ci_pasuje|przypominamy|wpisowe|wpisowego|startowej|startowa|turniej*|czesne|sprzedam|sprzedac|sprzedaje|kupujac*|kupiec|rezerwac*|komus_innemu|zarezerwow*|odebrac|odbior*|osobiscie|aktualne|aktualna|aktualny|negocj*|place|zaplace|dostaniesz|zaplacimy|placimy|dam_ci|pizz*|kino|kina|bilet*|obiad*|zakupy|tort*|zrzut*|prezent*|oddam|wisisz|wisze|rachunek_za|czynsz|skladk*|wyciecz*|kieszonkow*|sklep*|olx|allegro|vinted|cena|ogloszeni*|przesyl*|pacz*|kurier*|mamo|tato|moja_mama|mama_przelala|mama_dala|mama_prosi|mama_kaze|mama_mowi|dla_mamy|moj_tata|tata_przelal|tata_dal|tata_prosi|tata_kaze|tata_mowi|dla_taty|gotowk*|przy_odbiorze|za_rower|za_telefon|obozu|oboz|kolonie|inpost*|paczkomat*|za_buty|za_kurtke|za_bluze|wysle_jutro|wysylam_jutro'],
    examples: {
      match: ['masz 30 minut. blik albo paysafecard', 'Przekaż 0.01 BTC na ten portfel w ciągu 48 godzin.', 'chyba że przelejesz 150 zł na revoluta', 'ile możesz zapłacić?', 'wyślij na podane konto'],
      ignore: ['Jak wolisz, blik czy przelew?', 'co ci pasuje, przelew czy blik? zaplace jeszcze dzis', 'Klub: przypominamy o oplacie startowej 30 zl za turniej. Przelew lub BLIK na numer trenera do piatku.', 'Może być, przelew czy gotówka przy odbiorze?', 'przelej na moje konto 200 zl za buty, wysle jutro inpostem', 'przelej mi za bilet na to konto', 'oddasz mi te 20 zł za kino? możesz blikiem'],
    },
  },
  {
    id: 'pay-via-method-r6',
    phrases: [
      '@amount ..2 na|przez|w ..1 @payment|konto|portfel* ..3 albo|lub|inaczej|bo|i_usune|to_usune|jak_wplacisz|i_po_sprawie|i_sprawa|i_spokoj|i_znikam|i_koniec',
      'popros|pozycz|wez|ukradnij|zabierz ..3 rodzicow|mame|tate|mamie|tacie|starych|starym|od_rodzicow|od_mamy|od_taty ..3 o|karte|kod|kase|pieniadze|blik*|przelew|@payment',
      'popros|pozycz|wez|ukradnij ..3 od|z ..1 rodzicow|mamy|taty|starych|portfela|karty ..3 karte|kod|kase|pieniadze|kaske|hajs|blik*|@payment',
      'kup|kupisz|kupic|idz_kup|skocz_po ..3 karte|karty|kod|kody|doladowani* ..2 podarunk*|steam*|google*|googl*|apple|itunes|psn|xbox|paysafe*|roblox*|@amount',
      'daj|dawaj|wyslij|przelej|wplac|dasz|przelejesz ..1 [mi] @amount ..2 albo|bo|inaczej|natychmiast|teraz|do_jutra|do_wieczora|w_ciagu',
      'ile ..1 masz ..1 na ..1 koncie|karcie|blik*|paypal*|revolut*',
      'czas ..1 na ..1 rozliczenie|zaplate|splate|placenie|przelew|wyplate_dla_mnie',
      'masz ..1 juz ..1 kase|kaske|hajs|pieniadze|kod|blika|kwote',
      'nie ..1 otrzymam|dostane|zobacze ..3 @amount ..1 @currency|@money|btc|bitcoin*|euro|dolar*',
      'przestan ..1 plakac|marudzic|jeczec|kombinowac|gadac ..2 i ..1 plac|zaplac|przelej|wysylaj|dawaj',
      'czekam|czekamy|oczekuje ..2 na ..1 pieniadze|kase|kaske|hajs|kod|blika|przelew|wplate|zaplate|kwote',
      'zdjecie|fote|fotke|screena ..2 kodu|kodow|karty|paragonu ..3 wyslij|przeslij|podeslij|dawaj|czekam',
    ],
    unless: [REPORTED, 'grze|gra|gry|punkt*|monet*|minut*|minuty|sekund*|chwil*|godzin*|dni|dzien|pizz*|kino|kina|bilet*|obiad*|zakupy|tort*|zrzut*|prezent*|urodzin*|swiat*|gwiazdk*|mikolaj*|dla_babci|dla_mamy|dla_taty|kieszonkow*|oddam|oddasz|wisisz|wisze|pozyczk*_oddam|olx|vinted|allegro|sprzeda*|ogloszeni*|odebrac|odbior*|osobiscie|aktualn*|sklep*|zamowieni*|skladk*|wyciecz*|obozu|oboz|kolonie|basen*|korepetycj*|lekcj*|zadani*|paliw*|benzyn*|rachunek|czynsz|promocj*|rabat*|dla_siebie|xd|haha*'],
    examples: {
      match: ['kupisz mi kartę do googla za 200 zł', 'daj 500 albo wiesz co się stanie', 'ile masz na koncie?', 'Jeżeli w ciągu 24h nie otrzymam 200 euro w BTC', 'przestań płakać i płać', 'do piątku czekam na pieniądze', 'czas na rozliczenie', 'to 250 na paypala albo przelewem', 'to poproś rodziców o kartę podarunkową google play. tik tak', 'pożycz od mamy kartę i wyślij kod', 'kup kartę steam za 200 i wyślij zdjęcie kodu', '300 na blika i po sprawie'],
      ignore: ['poproś mamę o kasę na pizzę', 'kup kartę steam dla brata na urodziny', '20 zł na blika za bilet do kina'],
    },
  },
  {
    id: 'pay-and-i-vanish-r8',
    phrases: [
      '@amount ..2 @currency|@money|zl|euro|dolarow ..2 i|a|to ..1 znikam|znikne|po_sprawie|dam_ci_spokoj|masz_spokoj|usuwam|kasuje|zapominam|zapomne',
      'jak|jesli|jezeli|gdy ..1 [mi] nie ..1 zaplacisz|przelejesz|wplacisz|wyslesz_kasy|wyslesz_kase|wyslesz_pieniedzy ..3 to|wtedy ..2 przyjade|przyjde|wpadne|odwiedze|znajde|wysle|wrzuce|pokaze|pozalujesz|zobaczysz',
      'wiesz|zobaczysz ..1 co ..2 stanie|bedzie|zrobie ..2 jak|jesli|jezeli|gdy ..1 [mi] nie ..1 zaplacisz|przelejesz|wplacisz|oddasz|wyslesz',
    ],
    unless: [REPORTED, 'zgloszen*|zawod*|turniej*|wyjazd*|formularz*|zgod*|rekrutacj*|rachun*|prad*|czynsz*|abonament*|mandat*|kar*|odsetk*|bank*|podat*|komornik*|windyk*|faktur*|rat*|kredyt*|pizz*|bilet*|kino|skladk*|zrzutk*|obiad*|zaklad*|wisisz|oddasz|oddaj|xd|haha*|hehe'],
    examples: {
      match: ['wiesz co się stanie jak nie zapłacisz', 'jeden klik i wszyscy dostają twój filmik. 2000 zł i znikam', 'jak nie zapłacisz to przyjadę pod twój dom', '500 zł i masz spokój'],
      ignore: ['jak nie zapłacisz rachunku to odetną prąd', 'daj 20 zł na pizzę i znikam xd', 'jak nie zapłacisz za bilet to dostaniesz mandat', 'wiesz co sie stanie jak nie wyslesz zgloszenia do piatku? nie pojedziesz na zawody'],
    },
  },
  {
    id: 'you-know-the-price-r8',
    phrases: [
      'wiesz ..1 co ..1 masz ..1 zrobic|robic ..3 @amount',
      '@amount ..1 [zl|zlotych|euro|@currency] do ..1 wieczora|jutra|polnocy|rana|konca_dnia|dzis|dzisiaj',
      'pozycz|popros|wez|zabierz|ukradnij ..3 od|you ..1 rodzicow|mamy|taty|starych|babci|dziadka ..4 nie_moj_problem|nie_obchodzi_mnie|mnie_to_nie_obchodzi|skombinuj|ogarnij|twoj_problem',
    ],
    unless: [REPORTED, 'rachun*|czynsz*|abonament*|mandat*|odsetk*|bank*|podat*|faktur*|rat*|kredyt*|pizz*|bilet*|kino|skladk*|zrzutk*|obiad*|zaklad*|wisisz|oddasz|oddaj|pozyczyl*|pozyczk*|zwroc*|punkt*|procent*|stopni*|km|kilometr*|minut*|stron*|zadani*|xd|haha*|hehe'],
    examples: {
      match: ['to wiesz co masz zrobić, 250 zł', 'myślisz że żartuję? 50 do wieczora', 'pożycz od rodziców, nie mój problem'],
      ignore: ['oddasz 50 do wieczora za pizzę?', 'przeczytaj 50 stron do jutra', 'pożycz od mamy, a jutro ci oddam'],
    },
  },
  {
    id: 'amount-and-it-ends-r9',
    phrases: [
      '@amount ..2 zl|zlotych|pln|euro|eur|@currency|@payment|stow*|dych* ..4 i ..1 oddaje|oddam_konto|kasuje|usuwam|usune|zapominamy|zapomne|znikam|odpuszczam|odpuszcze|masz_spokoj|koniec_sprawy|po_sprawie',
      'ogarniesz|ogarnij|zalatw*|zorganizuj|zdobadz|skombinuj|wyskocz ..2 @amount ..2 zl|zlotych|pln|euro|@currency|stow*|dych* ..4 na|do|blik*|@payment|revo|konto',
    ],
    unless: [REPORTED, 'pizz*|bilet*|koncert*|kino|kina|obiad*|zrzutk*|skladk*|prezent*|urodzin*|wyciecz*|zakup*|sklep*|olx|vinted|allegro|pozycz*|pozyczk*|wisisz|oddasz|dlug*|xd|haha*|hehe|lol|mandat|rachun*|czynsz*|zakupy|jedzeni*|paliw*|benzyn*'],
    examples: {
      match: ['150 zl blikiem i oddaje. jak nie to wrzucam wszystko na twoja relacje', '400 zl na konto i zapominamy o sprawie', 'wrzuce na grupke klasowa jak nie ogarniesz 100 zl na revo do piatku'],
      ignore: ['50 zł na zrzutkę i zapominamy o sprawie prezentu', 'ogarniesz 20 zł na bilety do piątku?', 'oddasz mi 30 zl blikiem i zapominamy xd'],
    },
  },
  {
    id: 'pay-to-get-it-back-r10',
    phrases: [
      'oddam|usune|skasuje|odblokuje|zwroce|odzyskasz ..3 za ..1 @amount ..3 @payment|psc|paysafe*|karte*|kod*',
      'usune|skasuje|wykasuje|oddam ..2 [je|to|wszystko|konto|zdjecia|fotki] jak|jesli|jezeli|gdy|kiedy ..1 [mi] kupisz|przelejesz|zaplacisz|wplacisz|przeslesz|wyslesz|dasz ..3 @amount|@money|@payment|karte*|kod*|kase|doladowani*',
    ],
    unless: ['stan|stanie|hulajnog*|sprzedam|sprzedaz*|pozyczk*|pozyczyl*|dlug*|obiad*|pizz*|bilet*|zakup*|sklep*|olx|vinted|allegro|ogloszeni*|paczk*|wysylk*|kurier*'],
    examples: {
      match: ['oddam za 50 zl w paysafecard', 'usune jak kupisz mi karte steam za 200', 'skasuję wszystko jak przelejesz 300 zł'],
      ignore: ['oddam za 50 zl hulajnoge, stan dobry', 'oddam ci jak zaplacisz mi za pizze 20 zl', 'oddam za 50 zl rower, odbior osobisty olx'],
    },
  },
  {
    id: 'fine-to-close-the-case-r11',
    phrases: [
      'zakonczyc|umorzyc|zamknac|uniknac|zawiesic|zalatwic ..4 sprawe|sprawy|postepowani*|zatrzymani*|oskarzeni*|wezwani* ..4 mandat|mandatem|mandatu|grzywna|grzywny|grzywne|oplata|oplaty|oplate|wplata|wplaty|wplate|kara|kare|kaucj*',
      'sprawe|sprawa|postepowanie ..3 mozna|mozesz|mozemy|da_sie ..1 zakonczyc|umorzyc|zamknac|zalatwic ..3 mandatem|mandatu|grzywna|grzywny|grzywne|oplata|oplate|wplata|wplate|kara|kare',
      'wplata|wplate|platnosc|oplata|oplate|grzywne|grzywna|mandat|kaucja|kaucje ..3 przez|blikiem|kodem ..1 blik* ..4 kod ..2 prosze|podaj*|wyslij|przeslij|tutaj|tu',
      'uiscic|uiszczenie|wplacic|zaplacic ..2 grzywne|grzywny|kaucje|oplate_karna|mandat_karny|mandat|kare ..4 blik*|kodem|@payment|paysafe*|przelewem|krypto*|bitcoin*',
    ],
    unless: [REPORTED, 'ostrzega*|ostrzegam|oszust*|scam*|uwazaj*|uwaga|falszyw*|podszywa*|nie_placcie|nie_placic|nie_plac|artykul*|reportaz*|parking*|gapow*|bilet*|mpk|ztm|kontroler*|strefa|strefie|biblioteki|bibliotec*|ksiazk*|urzad|urzedu|urzedzie|skarbow*|podat*|epuap|mobywatel|gov_pl'],
    examples: {
      match: ['Sprawe mozna zakonczyc mandatem karnym 600 zl.', 'Wplata przez BLIK, kod prosze podac tutaj', 'nalezy uiscic grzywne 800 zl kodem BLIK', 'Aby uniknac postepowania karnego prosze uiscic mandat 800 zl kodem BLIK w ciagu 2 godzin.'],
      ignore: ['mandat za parkowanie mozna zaplacic przez blik w aplikacji', 'uważaj: oszuści piszą że sprawę można zakończyć mandatem', 'kara za ksiazke z biblioteki, wplata przez blik'],
    },
  },
  {
    id: 'broken-grammar-pay-fast-r11',
    phrases: [
      'szybko|teraz|natychmiast|juz ..1 placic|plac|zaplac|zaplacic|przelew|przelac|przelej|wplacic',
      'ty ..1 placic|zaplacic|przelac|wplacic|wyslac_pieniadze|wyslac_kase|dac_pieniadze ..3 albo|lub|bo|inaczej|teraz|szybko|ja',
    ],
    unless: [REPORTED, 'pizz*|bilet*|kino|kina|obiad*|zakupy|sklep*|kas*_w_sklepie|rachun*|czynsz*|zamowieni*|dostaw*|kurier*|olx|vinted|allegro|mamo|tato|kieszonkow*|skladk*|wyciecz*|zrzut*|prezent*|xd|haha*|hehe|kontaktowo|zblizeniowo|karta|karte|gotowk*'],
    examples: {
      match: ['ty masz 15 minut. ja widze twoi znajomi. szybko placic', 'ty placic albo ja wysylac video'],
      ignore: ['szybko placic karta czy gotowka?', 'juz zaplac za pizze xd'],
    },
  },
  {
    id: 'pay-verbs-r13',
    phrases: [
      'oplac|oplacisz|oplacic|uisc|uiscisz|przelewaj|wplacaj|sypnij|sypniesz ..3 @amount',
      'przelewaj|wplacaj|sypnij|sypniesz ..2 [mi] kase|hajs|kaske|szmal|forse|hajsik',
      'dawaj|oddawaj|oddaj ..1 [mi] konto|haslo|login|skiny|skina|itemy|przedmioty|konto_z_skinami ..6 bo|albo|inaczej|wiem_gdzie|dostaniesz',
    ],
    unless: [REPORTED, 'rachunek|rachunki|prad|gaz|czynsz|internet|netflix*|spotify*|wyciecz*|skladk*|zrzut*|obiad*|pizz*|kino|bilet*|xd|haha*|oddam_ci|pozyczyl*|oddaje|ksiegow*|faktur*|zamowieni*|paczk*|olx|vinted|allegro'],
    examples: {
      match: ['przelewaj 250 na revo @dawid_k', 'Aby je usunąć, opłać 99 zł przez link', 'sypnij 300 zl na blika i zapomnimy', 'dawaj konto z tymi skinami bo wiem gdzie mieszkasz'],
      ignore: ['przelewaj 40 zl za prad do piatku', 'oplac 120 zl za wycieczke do piatku', 'dawaj konto na netflixa bo nudze sie xd'],
    },
  },
  {
    id: 'drop-me-cash-on-app-r13',
    phrases: [
      'zrzuc|zrzucisz|sypnij|przerzuc|przerzucisz|rzuc ..2 [mi] kase|hajs|kaske|forse|szmal|@amount ..3 na ..1 @payment|revolt*|konto|blik*|revo|paysafe*',
    ],
    unless: [REPORTED, 'pizz*|kebab*|obiad*|kino|bilet*|prad*|rachun*|czynsz*|zrzut*|prezent*|urodzin*|wyciecz*|netflix*|spotify*|oddam|oddaje|pozycz*|xd|haha*'],
    examples: {
      match: ['zrzuc mi kase na revolta', 'sypnij 300 na blika'],
      ignore: ['zrzuc mi kase na revolta za pizze', 'rzuc 20 zl na zrzutke na prezent dla pani'],
    },
  },
  {
    id: 'sum-or-it-goes-out-r14',
    phrases: [
      '@amount ..1 zl|zlotych|pln|euro|eur|dolarow|usd|@currency ..2 albo|lub|inaczej|bo_inaczej|or ..3 @leak|publikuje|wrzucam|rozsylam|leci|leca|idzie|ida|pojdzie|pojda|wrzuce|wstawiam|wstawie|upubliczniam',
      'sypiesz|sypnij|sypniesz|wyskakuj|wyskoczysz|odpalasz|odpalisz|bulisz|bulis|zabulisz|placisz ..2 @money|hajs*|kas*|siano|kaske ..6 albo|inaczej|bo|lub ..3 @tverb|leca|leci|idzie|ida|pojda|pojdzie|wrzucam|publikuje',
      'karty|karte|kody|kod|karta ..2 google_play|googleplay|google|apple|itunes|steam|psn|playstation|xbox|paysafecard|psc|roblox|nintendo ..3 po|za|na|o_wartosci ..1 @amount',
    ],
    unless: ['dam_ci|kupie_ci|dostaniesz|podaruje|sprzedam|sprzedaje|kupie|kupuje|wymienie|vinted|olx|allegro|promocj*|rabat*|znizk*|xd|haha*|urodzin*|prezent*|ktos_mi_napisal|dostalam_wiadomosc|dostalem_wiadomosc|co_mam_robic|co_mam_zrobic|scam*|oszust*|uwazaj*'],
    examples: {
      match: ['Twoje nagie foty sa u mnie. 1000 zl albo publikuje. Masz godzine.', 'bro mam twoje nudesy, albo sypiesz hajs albo leca na tiktoka, wybieraj', 'To wiesz co robic: 2 karty google play po 200', '300 euro albo wrzucam wszystko do sieci'],
      ignore: ['20 zl albo wysylam mamie screena ze nie odrabiasz lekcji', 'sprzedam 2 karty google play po 50 zl', 'mam dla ciebie karte steam za 100 na urodziny', 'dostalem wiadomosc 1000 zl albo publikuje, co mam robic?'],
    },
  },
  {
    id: 'service-fee-to-stop-r15',
    phrases: [
      'koszt|oplata|cena|honorarium ..2 uslugi|usuniecia|blokady|zablokowania|ochrony ..3 @amount',
      'oplata|koszt ..1 @amount ..2 zl|pln|zlotych|@currency ..2 przelewem|blikiem|blik*|@payment|na_konto|platne',
      'platne|platna|zaplata|platnosc ..1 blikiem|blik*|przelewem|paysafe*|@payment ..3 na ..1 numer|konto|portfel*',
      'jezeli|jesli|jak ..1 nie ..1 oplaci|oplacisz|zaplaci|zaplacisz|ureguluje|uregulujesz ..2 pan|pani|uslugi|oplaty|kwoty',
      'ty ..1 nie ..1 dac|placic|zaplacic|dasz ..1 @amount',
      'jak|jesli|jezeli ..1 [mi] nie ..1 zaplacisz|przelejesz|wplacisz ..3 to|wtedy ..4 stanie|oberwie|oberwa|pozalujesz|zobaczysz|przekonasz',
      'daj|dawaj|wyslij|przelej|przelewaj ..1 ile ..1 masz ..3 @amount|teraz|juz|reszte|natychmiast',
      'oplata|koszt|wpisowe ..2 portfolio|sesji|castingu|rejestracji|weryfikacji ..3 @amount',
      'kazda|kazdy ..1 godzina|dzien|minuta|godz ..1 zwloki|spoznienia|opoznienia ..3 @amount',
    ],
    unless: [REPORTED, 'faktur*|paragon*|rachun*|abonament*|rat*|kredyt*|bank*|podat*|czynsz*|mandat*|skladk*|zrzut*|wycieczk*|biletu|bilet*|koncert*|karnet*|kurs*|lekcj*|korepetycj*|basen*|trening*|obiad*|pizz*|xd|haha*|lol|sklep*|zamowieni*|dostaw*|wysylk*|olx|vinted|allegro'],
    examples: {
      match: ['Mozemy zablokowac publikacje. Koszt uslugi 650 zl, platne BLIKIEM na numer ponizej.', 'Oplata 800 zl przelewem na konto ponizej', 'Jezeli nie oplaci Pan uslugi do 20:00', 'jezeli ty nie dac 1000 zl ja wysle video', 'jak nie zaplacisz to twojej siostrze cos sie stanie', 'Kazda godzina zwloki to +100 PLN', 'to daj ile masz, 500 teraz', 'Oplata za portfolio 299 zl jest zwracana po pierwszym zleceniu.'],
      ignore: ['koszt wycieczki 650 zl, platne przelewem na konto szkoly', 'oplata 50 zl blikiem za karnet na basen', 'jak nie zaplacisz rachunku to odetna prad'],
    },
  },
  {
    id: 'amount-then-i-return-r16',
    phrases: [
      '@amount ..2 zl|zlotych|@currency|euro|pln ..3 na ..1 @payment|konto|numer ..3 i|to|a ..2 oddam|usune|skasuje|odblokuje|zwroce|dam_spokoj',
      'chcesz ..4 z_powrotem|odzyskac|odblokowac ..4 @amount',
      'dorzucisz|dorzuc|dorzucasz|doplacisz ..3 @amount ..2 zl|zlotych|@currency|@payment|@money',
    ],
    unless: ['pizz*|obiad*|bilet*|paczk*|zrzut*|prezent*|wycieczk*|skladk*|oddaje_ci|dlug*|pozycz*|vinted|olx|allegro|wysylk*'],
    examples: {
      match: ['250 zl na revolut i oddam haslo. jak nie to wrzucam te fotki', 'chcesz go z powrotem? 300 zl', 'i dorzucisz 300 zl blikiem za fatyge'],
      ignore: ['20 zl na blika i oddam ci bluze jutro, za bilet', 'dorzucisz 10 zl do prezentu dla pani?'],
    },
  },
  {
    id: 'unless-you-pay-then-i-delete-r17',
    phrases: [
      'chyba_ze|jak|jesli|jezeli ..3 zrobisz|wyslesz|dasz|zaplacisz|przelejesz|doladujesz ..3 przelew|blik*|kase|@amount|# ..6 usune|skasuje|wykasuje|zniknie|znikna|usuniemy',
    ],
    unless: [REPORTED, 'list*|dlug*|dluzni*|ogloszen*|aukcj*|vinted|olx|allegro|rezerwacj*|konto_premium|subskrypc*'],
    examples: {
      match: ['chyba ze zrobisz przelew 150 na telefon, to usune 🙃', 'jak dasz 200 zl blikiem to skasuje te fotki'],
      ignore: ['jak mi oddasz 20 zl to usune cie z listy dluznikow', 'jak zaplacisz 50 zl to usune ogloszenie z olx'],
    },
  },
  {
    id: 'payment-in-crypto-to-address-r17',
    phrases: [
      'wplat*|przelew*|platnosc*|oplat*|przeslac|przelac|wplacic ..4 bitcoin*|btc|kryptowalut*|krypto|crypto|usdt|ethereum|litecoin ..4 adres*|portfel*|wallet*',
    ],
    unless: [REPORTED, 'kurs*|inwestyc*|gield*|gielda|lekcj*|artykul*|news*'],
    examples: {
      match: ['Prosimy o wpłatę 1500 USD w Bitcoin na adres podany poniżej.', 'przelac 0.1 btc na ten portfel'],
      ignore: ['przelew bitcoin na adres gieldy trwa dlugo, kurs spadl'],
    },
  },
  {
    id: 'buy-me-this-for-amount-r18',
    phrases: [
      'kup|kupisz|kupuj|zakup|zafunduj|doladuj ..1 mi ..3 skin*|robux*|vbuck*|v_dolc*|vdolc*|karte*|kod*|doladowani*|nitro|@gift ..2 za ..1 @amount',
      'oplata|oplate|koszt|kwota|kwote|cena|naleznosc ..3 wynosi|to|jest|bedzie ..2 @amount ..3 @payment|kodami|kodem|kodach|paysafe*|psc|bitcoin*|btc',
      'uiscic|uiszczenie|uregulowac|uregulowanie|wplacic|wplate ..2 mandat*|oplat*|kar*|grzywn*|kaucj*|naleznosc* ..4 @amount',
    ],
    unless: ['pizz*|obiad*|kebab*|lody|bilet*|wycieczk*|skladk*|zrzutk*|klasow*|komitet*|rad*_rodzicow|sklep*|zamowieni*|faktur*|paragon*|urzad*|parking*|gmin*|czynsz*|podatek|xd|haha*|lol'],
    examples: {
      match: ['kup mi skiny za 300 zl', 'Oplata administracyjna wynosi 600 zl kodami paysafecard', 'prosze uiscic mandat 2000 zl na wskazany rachunek'],
      ignore: ['kup mi pizze za 30 zl', 'kup mi skina za 20 zl to ci oddam xd', 'koszt wycieczki wynosi 300 zl blikiem do skarbnika'],
    },
  },
  {
    id: 'paid-once-now-more-r18',
    phrases: [
      'to ..1 nie ..1 koniec ..4 teraz|jeszcze|dawaj|dalej ..2 @amount|drugie_tyle|podwojnie|dwa_razy_tyle|wiecej|reszt*',
      'pierwsz*|tamt*|poprzedni*|ostatni* ..1 rata|rate|czesc|przelew|wplata|wplate|kasa|kod|zaliczka ..5 teraz|czas_na|a_teraz|jeszcze ..1 druga|druga_rata|kolejna|kolejny|reszta|reszte|wiecej|@amount',
      'zaliczk*|pierwsza_rata|pierwsza_czesc ..4 teraz|jeszcze|a_teraz ..2 @amount|reszt*|druga|wiecej',
      'dzieki|dziekuje|dzieks|thx ..1 za ..1 kase|hajs|przelew|kod|pieniadze|wplate|blika|psc ..4 ale|tylko ..3 to_nie_koniec|za_malo|teraz|jeszcze|wiecej',
      'myslal*|myslisz ..1 ze ..2 @amount ..1 wystarczy|wystarczylo|starczy ..4 teraz|jeszcze|drugie_tyle|wiecej|podwojnie',
    ],
    unless: [REPORTED, 'wyciecz*|oboz*|kolonie|kolonii|kurs*|szkol*|kredyt*|leasing*|telefon*|abonament*|czynsz*|mieszkani*|rodzic*|zrzutk*|bilet*|skladk*|czesne|rachun*|faktur*|samochod*|auto|rower*|pizz*|zamowieni*|prezent*|urodzin*'],
    examples: {
      match: ['dzieki za kase, ale to nie koniec. teraz 1000', 'pierwsza rata zaplacona, czas na druga', 'tamten przelew to byla pierwsza czesc, teraz druga', 'myslales ze 200 wystarczy? teraz chce drugie tyle', 'tamte 300 to byla zaliczka. teraz jeszcze 500'],
      ignore: ['pierwsza rata za wycieczke zaplacona, czas na druga', 'dzieki za kase na bilet, teraz jeszcze tylko pociag'],
    },
  },
  {
    id: 'removal-costs-amount-r18',
    phrases: [
      'usuniecie|usuniecia|skasowanie|wymazanie|usuwanie ..4 kosztuje|kosztowac|koszt|wynosi|to_koszt ..2 @amount',
      'za ..1 @amount ..3 je|to|wszystko|zdjecia|nagrania|material* ..1 usuniemy|usune|skasujemy|skasuje|wymazemy|zdejmiemy',
    ],
    unless: [REPORTED, 'tatuaz*|wlos*|depilac*|kamien*|zab*|plam*|graffiti|drzew*|gruz*|smieci|mebl*|wirus*|komputer*|laptop*|naprawa|serwis_telefon*|konta_premium|lakier*|pieprzyk*|znamie*|blizn*'],
    examples: {
      match: ['mamy w bazie twoje zdjecia, usuniecie kosztuje 250 zl', 'Twoje zdjecia sa na 3 stronach. Za 500 zl je usuniemy.'],
      ignore: ['usuniecie tatuazu kosztuje 500 zl', 'usuniecie wirusa z laptopa kosztuje 100 zl'],
    },
  },
  {
    id: 'one-more-payment-r20',
    phrases: [
      'w_celu|za|dla ..1 usuniecia|usuniecie|skasowania|skasowanie|wykasowania ..4 oplat*|wplat*|przelew*|@amount',
      'jeszcze ..1 jedna|jednej|jeden|jedno|raz|tylko ..1 wplat*|przelew*|platnosc*|rat*|kod*|200|300|100|500 ..4 ostatni_raz|ostatnia|i_koniec|i_znikam|obiecuje|i_usune',
      'kolejna|kolejne|kolejny|druga|drugiej|drugie|nastepna|nastepny ..1 wplat*|rat*|rate|przelew*|transz*|czesc ..4 @amount|do_piatku|do_jutra|dzisiaj|dzis|na_to_samo|na_ten_sam|na_blika|na_konto',
    ],
    unless: [REPORTED, 'wyciecz*|oboz*|koloni*|kredyt*|telefon*|szkol*|czesne|skladk*|rodzic*|mama|tata|mamo|tato|przypominam*|bank*|abonament*|raty_za|rata_za|rate_za|leasing*|czynsz*|mieszkani*|samochod*|auto|auta|sklep*|zamowien*|allegro|olx|vinted|kurs*|zajec*|lekcj*|korepetycj*|studi*|konto_bankowe|ubezpiecz*|dane_osobowe|twoich_danych|rodo|konta_na|profilu_na'],
    examples: {
      match: ['sorry ale potrzebuje jeszcze jednej wplaty, ostatni raz', 'minal tydzien. czas na druga rate, 250 zl na to samo konto', 'W celu usuniecia prosimy o oplate 800 zl.'],
      ignore: ['przypominam o drugiej racie za wycieczke do piatku', 'w celu usuniecia konta na portalu prosimy o kontakt', 'kolejna rata kredytu do piatku'],
    },
  },
  {
    id: 'where-the-blik-goes-r22',
    phrases: [
      'tam|na_ten_numer|na_ten|na_to_konto|na_ten_adres ..2 ma|maja|musi ..1 isc|pojsc|trafic|wplynac|przyjsc ..1 blik*|kasa|kase|hajs|przelew*|kod*|platnosc',
      'blik*|kasa|hajs|przelew*|platnosc ..2 ma|maja|musi ..1 isc|pojsc|trafic|wplynac|przyjsc ..3 na_ten|tam|na_numer|na_konto|do_godziny|do_#|w_godzine',
    ],
    unless: [REPORTED, 'szkol*|klasow*|skarbnik*|rady_rodzicow|trojk*|bilet*|koncert*|zrzutk*|prezent*|oddam|oddac|oddaje|pizz*|kebab*|vinted|olx|allegro|paczk*|zamowieni*|skladk*|karnet*|abonament*|netflix*|spotify*|rachun*|czynsz*|wycieczk*|obiad*|sklepik*|zakup*|mandat*|kara_w_bibliotece|biblioteki'],
    examples: {
      match: ['nie twoja sprawa. numer telefonu podam, tam ma isc blik', 'blik ma przyjsc na ten numer w godzine'],
      ignore: ['na ten numer ma isc blik za bilety na koncert', 'albo placisz teraz albo jutro, mnie to obojetne', 'kasa ma isc na konto szkoly do piatku', 'blik ma przyjsc do piatku za zrzutke na prezent'],
    },
  },
  {
    id: 'buy-topup-and-send-codes-r23',
    phrases: [
      'kupujesz|kupisz|kup|kupuj|kupcie ..5 doladowani*|paysafe*|psc|voucher*|bon*|karte_podarunkow*|karty_podarunkow* ..6 wysylasz|wyslesz|wyslij|podsylasz|podeslesz|podeslij|przesylasz|przeslesz|przeslij|dawaj ..1 [mi] kod|kody|kodu|kodzik*|numery|numer',
      'kody|kod ..2 z ..1 doladowan*|paysafe*|voucher*|bon* ..3 masz|czekam|do|w_ciagu|albo|inaczej',
    ],
    unless: [REPORTED, 'oddam_ci_w|oddam_w|oddam_jutro|oddam_kase|oddam_hajs|oddam_pieniadze|oddaje|zwroce|pozycz*|mamo|tato|mama|tata|babci*|dziadk*|urodzin*|swiat*|prezent*|gwiazdk*|mikolaj*|promocj*|rabat*|znizk*|sklep*|zadani*|lekcj*|uwazaj*|oszust*|scam*'],
    weight: 2,
    examples: {
      match: ['kupujesz w zabce doladowania plus za 200 zl i wysylasz mi kody', 'kup 4 paysafecardy po 50 i przeslij mi numery', 'kody z doladowan masz mi dac do 18'],
      ignore: ['kup mi doladowanie w zabce i wyslij kod, oddam jutro', 'mamo kup doladowanie i wyslij mi kod'],
    },
  },
  {
    id: 'if-you-dont-drop-the-currency-r24',
    phrases: [
      'jak|jesli|jezeli|dopoki ..1 nie ..1 wrzucisz|wyslesz|przelejesz|wplacisz|zaplacisz|przeslesz|dasz ..3 # ..1 vbuck*|robux*|gemow|gemy|diament*|zl|zlotych|zloty|pln|euro|dollar|dolcow|usd|eur|btc|usdt',
    ],
    unless: ['wyciecz*|skladk*|komitet*|obiad*|rade_rodzicow|klasow*|zaklad*|przegral*|mandat*|czynsz*|rachun*|abonament*|zapis*|wpisow*|oboz*|koloni*|kiermasz*|biletu|bilet|bilety'],
    weight: 2,
    examples: {
      match: ['jak nie wrzucisz mi 1000 vbuckow na konto to klip idzie na #ogolny', 'jesli nie przelejesz 300 zl do 20 to pozalujesz', 'dopoki nie wyslesz 50 euro nic nie usune'],
      ignore: ['jak nie wplacisz 20 zl na wycieczke do piatku to pani cie skresli', 'jak nie zaplacisz 15 zl skladki klasowej to bedzie afera xd'],
    },
  },
  {
    id: 'now-pay-again-r27',
    phrases: [
      'teraz|a_teraz|to_teraz|no_to_teraz ..1 jeszcze|kolejne|nastepne|drugie|dodatkowe ..1 #',
      'to|teraz ..1 za_malo ..4 chce|potrzebuje|dawaj|dorzuc|jeszcze|wiecej|daj|przelej|wplac',
      'placisz|zaplacisz|przelejesz|wplacisz ..1 czy|albo ..3 mam|mamy ..1 wyslac|wrzucic|rozeslac|pokazac|wpasc|przyjsc',
    ],
    unless: [REPORTED, 'minut*|min|sekund*|godzin*|h|dni|dzien|rund*|zadan*|strony|stron|km|kilometr*|metr*|kilo|kg|procent*|punkt*|lekcj*|razy|raz|kolk*|pomp*|przysiad*|brzusz*|osob*|sztuk*|stopni*|lat|pytan*|slajd*|przystank*|odcink*|pizz*|kino|kina|bilet*|rachun*|pol_na_pol|na_pol|i_koniec|i_gotowe|i_spadamy|i_idziemy|zostalo|zostaly|prezent*|zrzutk*|skladk*|pani|klas*'],
    examples: {
      match: ['no nie tak szybko, teraz jeszcze 500', 'to za mało, chcę jeszcze 300', 'płacisz czy mam wysłać?'],
      ignore: ['teraz jeszcze 2 rundy i koniec', 'teraz jeszcze 10 pompek', 'to za mało na pizzę, dorzuć 5 zł', 'teraz jeszcze 3 i koniec', 'to za mało, dorzuć jeszcze 5 zł na prezent dla pani'],
    },
  },
  {
    id: 'paid-once-pay-again-r27',
    phrases: [
      'zaplacil*|wplacil*|przelal*|dales|dalas ..2 raz ..3 zaplacisz|zaplacisz_drugi_raz|zaplacisz_znowu|zaplacisz_i_drugi|placisz_znowu|dasz|przelejesz|wplacisz',
      'to ..2 byla|bylo|byl ..2 tylko|dopiero ..1 pierwsza|pierwsze|pierwszy ..1 rata|wplata|czesc|transza|przelew',
      'placisz|zaplacisz|przelejesz|wplacisz|dorzucisz ..1 znowu|jeszcze_raz|drugi_raz|ponownie|od_nowa|kolejny_raz',
      'usuniemy|usune|usuniesz|skasujemy|zablokujemy ..4 @photo|zdjecia|nagrania|filmy|materialy|tresci ..4 za|po ..1 oplat*|wplat*|przelew*|zaplac*|@amount',
    ],
    unless: [REPORTED, 'telefon*|kredyt*|laptop*|rower*|abonament*|rachun*|czynsz*|bilet*|pizz*|kino|kina|wycieczk*|oboz*|kolonie|skladk*|zakup*|zamowien*|sklep*|mandat_za_parkowanie|xd|haha*|tablo|fotograf*|konto_premium|subskrypcj*'],
    examples: {
      match: ['zapłaciłeś raz to zapłacisz drugi raz', 'to była dopiero pierwsza wpłata', 'płacisz jeszcze raz albo wiesz co', 'usuniemy twoje zdjęcia z internetu za opłatą 500 zł'],
      ignore: ['to była dopiero pierwsza rata za telefon', 'płacisz jeszcze raz za bilet, bo zgubiłeś', 'usuniemy zdjęcia z tablo za opłatą zamówienia'],
    },
  },
  {
    id: 'crypto-or-fine-to-close-r27',
    phrases: [
      'wplac|wplacisz|wplacic|przelej|przelejesz|przelac|kup|kupisz|wrzuc|wrzucisz ..4 bitomat*|bitcoin*|btc|krypto*|usdt|kryptowalut*',
      'adres ..1 portfela|walleta|wallet*',
      'umorzeni*|umorzyc|zamkniecia_sprawy|zamknac_sprawe|wycofania_zgloszenia|wycofac_zgloszenie ..4 wplat*|oplat*|kaucj*|grzywn*|mandat*|przelew*|zaplat*',
      'zaplac|zaplacisz|uiscic|uisc|wplac|wplacisz ..1 kare|grzywne|kaucje|oplate_karna',
    ],
    unless: [REPORTED, 'urosnie|inwestycj*|inwestuj*|kurs*|zarobisz|zarobil*|stracil*|gield*|xd|haha*|bibliotek*|ksiazk*|parking*|mpk|kanar*|bilet*|opoznien*|spoznien*|podaj|twoj_adres|twojego_portfela|odesle|zwroce|zwrot*|oszust*|uwazaj|nigdy_nie'],
    examples: {
      match: ['wpłać przez bitomat na ten kod qr', 'adres portfela: bc1q...', 'w celu umorzenia sprawy proszę o wpłatę kaucji', 'zapłać karę albo sprawa idzie dalej'],
      ignore: ['kup bitcoina, mówię ci że urośnie', 'zapłać karę za przetrzymanie książki w bibliotece', 'podaj adres portfela to ci odeślę'],
    },
  },
  {
    id: 'method-amount-or-else-r27',
    phrases: [
      '@payment|blik*|blikiem|revolut*|doladowani* ..3 # ..4 albo|bo|inaczej|i_usune|i_po_sprawie|i_znikam|kod_wyslij|kod_mi|wyslij_kod|wyslij_mi_kod|kod_tutaj',
    ],
    unless: [REPORTED, 'pizz*|kino|kina|bilet*|zakup*|xd|haha*|oddam|oddaje|zwrot*|pol_na_pol|skladk*|zrzutk*|za_pizze|urodzin*|prezent*|sklep*|allegro|vinted|olx|paczk*|przesylk*|zamowien*|wysylk*'],
    examples: {
      match: ['paysafe za 150 albo koniec', 'blikiem 300 zł, kod wyślij mi tutaj'],
      ignore: ['blik 20 zł za pizzę, kod wyślij mi', 'blikiem 50 zł za bluzę z vinted, albo przelew'],
    },
  },
  {
    id: 'if-no-money-on-blik-then-r29',
    phrases: [
      'jak|jesli|jezeli|gdy ..1 nie ..1 bedzie|dostane|zobacze|przyjdzie|wplynie|dojdzie ..3 @amount|kasy|kasa|hajsu|hajs|pieniedzy|przelewu|kodu ..4 na|przez|w ..1 @payment|moje_konto|ten_numer|moj_numer ..4 to|wtedy|inaczej',
      'jak|jesli|jezeli|gdy ..1 nie ..1 bedzie|dostane|zobacze|przyjdzie|wplynie|dojdzie ..3 @amount ..2 @payment|blikiem|na_blika ..4 to|wtedy|inaczej',
    ],
    unless: [REPORTED, 'skladk*|wycieczk*|turniej*|bilet*|rachun*|czynsz*|abonament*|oplat*|zamowien*|wysylk*|paczk*|rezerwac*|zadatk*|zaliczk*|aukcj*|olx|allegro|vinted|sklep*|zakup*|obiad*|pizz*|prezent*|zrzut*|zrzutk*'],
    weight: 3,
    examples: {
      match: ['jak nie bedzie 300 zl na blika do wieczora to wiesz co sie stanie', 'jeśli nie dostanę 150 zł przez revoluta to wtedy pożałujesz', 'jak nie zobaczę 100 na moje konto to koniec z tobą'],
      ignore: ['jak nie bedzie 50 zl na blika za skladke to nie jedziesz na turniej', 'jak nie dostane 80 zl na blika za pizze to sie obraze xd', 'jeśli nie będzie 200 zł przelewem za zamówienie to anuluję wysyłkę'],
    },
  },
  {
    id: 'card-code-for-silence-r29',
    phrases: [
      '@payment|karta|karte|kod ..3 za|na ..1 @amount ..4 wysylasz|wyslij|wyslesz|podaj|podasz|dawaj|przeslij|przeslesz|piszesz|wpisz ..2 kod|kody|numer',
      '@payment ..3 @amount ..6 i|a|to ..2 nikt_sie_nie_dowie|nikt_nie_zobaczy|usune|skasuje|kasuje|usuwam|zapominamy|temat_zamkniety|zostawie_cie|dam_ci_spokoj',
    ],
    unless: [REPORTED, 'sklep*|zamowien*|aukcj*|olx|allegro|vinted|wysylk*|paczk*|urodzin*|prezent*|zrzut*|skladk*|rachun*'],
    examples: {
      match: ['psc za 50 zł, wyślij mi kod', 'paysafecard 200 zł i nikt się nie dowie', 'blik 300 zl i temat zamkniety'],
      ignore: ['karta podarunkowa za 100 zł na urodziny Oli, wyślij kod do mnie', 'blik 50 zl za paczke z olx, wysylam numer'],
    },
  },
  {
    id: 'how-much-are-you-ready-to-pay-r30',
    phrases: [
      'ile ..2 jestes|bylabys|bylbys|jestescie|bedziesz ..1 gotow*|sklonn*|w_stanie ..3 dac|zaplacic|przelac|wylozyc|wplacic|zaplacic|wyskoczyc',
      'ile ..1 dasz|dalabys|dalbys|zaplacisz|zaplacilabys|zaplacilbys|przelejesz|wylozysz ..3 za ..1 to_zeby|zeby|usuniecie|skasowanie|milczenie|moje_milczenie|spokoj|swiety_spokoj|dyskrecj*|zeby_nikt',
    ],
    unless: [REPORTED, 'sprzeda*|sprzedam|kupi*|licytacj*|aukcj*|olx|vinted|allegro|cen*|bluz*|buty|butow|rower*|konsol*|telefon*|gr*_komputer*|bilet*|wynaj*|mieszkan*|pokoj*|czynsz*|kurs*|korepetycj*|lekcj*|budzet*|prezent*|zrzutk*|urodzin*|wyciecz*|charytatywn*|zbiork*|fundacj*|schronisk*'],
    examples: {
      match: ['nieważne. liczy się ile jesteś gotowa za to zapłacić', 'ile byłbyś w stanie wyłożyć żeby to zniknęło?', 'ile dasz za moje milczenie?'],
      ignore: ['ile jesteś gotowa dać za tę bluzę? sprzedaję na vinted', 'ile jesteś w stanie zapłacić za wynajem pokoju?', 'ile jesteś gotowa dać na zrzutkę dla Oli?'],
    },
  },
  {
    id: 'amount-in-gift-cards-codes-on-priv-r30',
    phrases: [
      '@amount ..2 w|na ..1 kartach|kartami|karcie|kodach|kodami|kodzie|voucherach ..1 paysafe*|psc|steam*|google*|apple|itunes|psn|xbox|roblox*|neosurf',
      '@amount ..4 paysafe*|psc|neosurf|steam*|google_play ..4 kody|kod|kodzik*|numery|numer ..2 na|do|w ..1 @privchan|prywatn*|wiadomosc*',
    ],
    unless: [REPORTED, 'mam|mamy|kupie|kupilem|kupilam|dostalem|dostalam|dostalas|dostales|wygral*|prezent*|urodzin*|gwiazdk*|mikolaj*|promocj*|sklep*|rozdani*|giveaway*|konkurs*|rabat*|znizk*|xd|haha*'],
    examples: {
      match: ['300 w kodach steam, do wieczora', 'dawaj 150 w kartach google play', '100 zł paysafecard, kod na pw'],
      ignore: ['mam 50 zł w kartach steam, kupię tę grę', 'dostałem 100 w kodach psn na urodziny', 'w sklepie promocja: 50 zł w kartach google play za 45'],
    },
  },
  {
    id: 'we-can-remove-them-for-amount-r31',
    phrases: [
      'mozemy|moge|mozna|moglibysmy|moglbym|moglabym|da_sie|jestesmy_w_stanie ..3 je|to|wszystko|@photo|material*|tresci|nagrani*|zdjecia|filmy ..1 usunac|skasowac|zdjac|wymazac|wycofac|zablokowac|wykasowac ..3 za ..1 @amount|oplat*|niewielk*|drobn*',
      'usuniemy|usune|skasujemy|skasuje|zdejmiemy|zdejme|wymazemy|wycofamy|zablokujemy ..2 je|to|wszystko|wszystkie ..3 za ..1 @amount|oplat*|niewielk*|drobn*',
    ],
    unless: [REPORTED, 'tatuaz*|plam*|wirus*|graffiti|kamien*|wlos*|depilac*|laser*|pieprzyk*|znamie*|brodawk*|zab|zeb*|drzew*|pniak*|mebl*|gruz*|smieci|odpad*|auto|samochod*|wrak*|szyb*|rys*|folie|naklejk*|konto_na|ogloszeni*|olx|vinted|allegro|aplikacj*|program*|system*|laptop*|komputer*|telefon*|dysk*|subskrypcj*|abonament*|konta_premium|reklam*'],
    examples: {
      match: ['Możemy je usunąć z sieci za 400 zł.', 'usuniemy wszystko za 50 euro w bitcoinach', 'mozna to skasowac za niewielka oplata'],
      ignore: ['możemy je usunąć za 300 zł laserem, to zwykły tatuaż', 'usunę to ogłoszenie z olx za 10 zł', 'możemy to usunąć za 150 zł, wirus siedzi w systemie'],
    },
  },
] satisfies PatternEntry[];
