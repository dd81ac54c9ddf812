import type { PatternEntry } from '../../schema';

/** Someone reporting a threat they received ("ktoś mi napisał '...', co mam robić?") is asking for help, not threatening. */
const REPORTED = 'ktos_mi_napisal|ktos_mi_wyslal|ktos_do_mnie_napisal|ktos_napisal_do_mnie|ktos_mi_pisze|dostalam_wiadomosc|dostalem_wiadomosc|dostalam_taka|dostalem_taka|dostalam_dzis|dostalem_dzis|co_mam_robic|co_mam_zrobic|co_teraz_robic|grozi_mi|szantazuje_mnie|ktos_mnie_szantazuje|napisal_do_mnie_ze|napisala_do_mnie_ze|pisze_do_mnie_ze';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'wiem|wiemy|znam|znalazlem|znalazlam|sprawdzilem|namierzylem ..2 gdzie ..2 mieszkasz|mieszkacie|mieszkaja|chodzisz|pracuje|pracuja|sie_uczysz|jest_twoj|jest_twoja|sa_twoi|spisz|bywasz|trenujesz',
      'znam|mam|wiem ..1 twoj|twoja|twoje|jaki_jest_twoj ..1 adres|adresy|szkole|dom|blok|numer_domu|ulice',
      'wiem ..3 do_ktorej|do_jakiej szkoly chodzisz|chodzi|chodza',
      'wiem ..2 jak_wyglada twoj|twoja dom|szkola|blok|mama|siostra|brat',
      'wiem|znam ..2 na_jakiej_ulicy|przy_jakiej_ulicy|na_ktorej_ulicy|w_jakim_bloku|w_ktorym_bloku|w_jakim_domu ..1 mieszkasz|mieszkacie',
      'bede|jestem|stoje|czekam|stane|bedziemy ..3 pod ..1 twoimi|twoim|twoja ..1 drzwiami|domem|blokiem|oknem|oknami|szkola|klatka',
      // Knowing the block or floor is a threat only with a condition or warning around it.
      'nie @youverb|odpowiadasz|odbierasz|odzywasz ..6 wiem|wiemy|znam|sprawdzilem|sprawdzilam|namierzylem ..1 ktory|ktora|ktore|jaki|jaka|jakie|w_ktorym|na_ktorym|w_jakim|na_jakim ..1 blok*|klatk*|pietr*|mieszkani*|numer_mieszkania|numer_domu|okn*|dom|domu|ulic*',
      'wiem|wiemy|znam|sprawdzilem|sprawdzilam|namierzylem ..1 ktory|ktora|ktore|jaki|jaka|jakie|w_ktorym|na_ktorym|w_jakim|na_jakim ..1 blok*|klatk*|pietr*|mieszkani*|numer_mieszkania|numer_domu|okn*|dom|domu|ulic* ..6 uwazaj|odpisz|odpisuj|odpowiedz|uciekniesz|pozalujesz|zobaczysz|pilnuj|radze|ostrzegam|zaplac|zaplacisz|placisz',
    ],
    unless: ['trening*|zajec*|korki|korepetycj*|basen*|kino|kina|na_mecz|na_impreze', 'kuzyn*|kuzynk*|tez_tam|tez_chodz*|chodzilem|chodzilam', 'zejdziesz|schodzisz|zejdziesz_na_dol|wychodzisz_juz|wyjdziesz_na_dwor|wyjdziesz_na_chwile', REPORTED, 'wyciecz*|klas*|odbior*|oddam|oddac|ksiazk*|zeszyt*|kibic*|pokibicowac|dopingowac|bylem|bylam|bylismy|turniej*|zawod*|mecz*|zaprosz*|pacz*|kartk*|list|przesyl*|kurier*|pizz*|prezent*|urodzin*|imprez*|odwiedz*|wpadne_z|xd|haha|hahah*|zgubil*|zapomnial*|podwioze|odwioze|odprowadze'],
    examples: {
      match: ['wiem na jakiej ulicy mieszkasz i zaraz bede pod twoimi drzwiami', 'wiem gdzie mieszkasz i do ktorej szkoly chodzisz', 'wiem gdzie pracuje twoj ojciec', 'znam twój adres', 'wiem jak wygląda twój dom', 'wiem który blok i które piętro, uważaj', 'znam ktora klatka, nie uciekniesz', 'wiem w ktorym bloku, wiec lepiej odpisz', 'nie odpowiadasz? wiem ktore mieszkanie'],
      ignore: ['wiem gdzie mieszkasz, wpadne po ciebie o 18 na trening', 'wiem który blok, będę z pizzą o 19', 'nie wiem który blok, podaj numer kurierowi', 'wiem ktore pietro, przyniose ci zeszyt', 'wiem ktory blok, wpadne jutro po lekcjach', 'wiem ktore pietro, lepiej wez winde', 'wiem do ktorej szkoly chodzi twoj brat, moj kuzyn tez tam jest', 'wiem gdzie mieszkasz, wpadnę z prezentem na urodziny', 'stoje pod twoim blokiem, zejdziesz szybko? autobus jedzie', 'czekam pod twoim blokiem, zejdziesz?', 'nie wiem gdzie mieszkasz, podaj adres do paczki'],
    },
  },
  {
    id: 'coming-for-you',
    phrases: [
      'jak|jesli|jezeli|gdy [mi|mnie] nie|mnie ..2 @youverb ..4 przyjde|przyjade|wpadne|zjawie|pojawie|znajde|dopadne|namierze|odwiedze|czekam|poczekam',
      // The condition without "jak": "nie odpisujesz to wpadne do ciebie", "zablokujesz mnie, to cie znajde".
      'nie @youverb ..2 to|wtedy|a_to ..2 przyjde|przyjade|wpadne|zjawie|pojawie|znajde|dopadne|namierze|odwiedze ..3 ciebie|twoj*|domu|szkol*|bloku|klatk*|chaty|chate',
      'zablokujesz|blokujesz|zignorujesz|ignorujesz|olejesz|olewasz|zostawisz ..1 mnie ..2 to|wtedy|a_to ..2 przyjde|przyjade|wpadne|zjawie|pojawie|znajde|dopadne|namierze|odwiedze ..3 ciebie|twoj*|domu|szkol*|bloku|klatk*|chaty|chate',
      'znajde|dopadne|namierze|wytropie ..1 cie|ciebie ..4 i ..2 pozalujesz|zabije|pobije|zrobie|zaplacisz|skrzywdze|zobaczysz|bedzie_po_tobie',
      'przyjde|przyjade|wpadne|zjawie|pojawie [sie] do [samego] twojego|twojej|twoich domu|szkoly|mieszkania|rodzicow|pracy ..4 i ..2 pozalujesz|pokaze|powiem|wszystko|zrobie|porozmawiam|pogadam',
    ],
    unless: [REPORTED, 'czy_zyjesz|czy_wszystko_ok|martwie|martwimy|sprawdzic|sprawdze|ciast*|herbat*|lody|lodami|chipsy|zupe|rosol*|lekarstw*|leki', 'mapie|mapa|grze|gra|serwer*|lobby|rundzie|runda|meczu|xd|haha|hahah*|lol|gg|cs|fortnite|minecraf*|chowanego|berka|podchod*|pogramy|pograc|po_gre|na_urodziny|na_impreze|z_pizza|na_nocke|odebrac|po_ciebie|z_prezentem|zadanie|ksiaz*|notatk*|korepetycj*|tlumie|kurt*'],
    examples: {
      match: ['jak nie odpiszesz to przyjde pod twoj dom', 'nie odpisujesz to wpadne do ciebie', 'zablokujesz mnie to cie znajde w szkole', 'nie odpowiesz, wtedy przyjade pod twoj blok', 'jak mnie zablokujesz to cię znajdę', 'znajdę cię i pożałujesz', 'przyjadę do twojego domu i pogadam z twoimi rodzicami o wszystkim'],
      ignore: ['haha zobaczymy, znajdę cię na mapie', 'nie odpisujesz to wpadnę do ciebie z pizzą sprawdzić czy żyjesz', 'nie odpisujesz, to przyjdę po ciebie o 8 na autobus', 'nie odpisujesz to wpadne do ciebie wieczorem z ciastem', 'nie odbierasz, to wpadnę do ciebie sprawdzić czy wszystko ok', 'znajdę cię w tłumie, mam czerwoną kurtkę', 'przyjdę pod twój blok o 18 i pójdziemy na rower'],
    },
  },
  {
    id: 'waiting-at-your-place',
    phrases: [
      'przyjde|przyjade|wpadne|zjawie|pojawie|stane|czekam|bede_czekal|bede_czekac|poczekam|czekam_juz ..3 pod ..2 twoj|twoja|twoim|twojej|twojego ..1 dom*|szkol*|blok*|klatk*|drzwi*|mieszkani*|okn*|prac*',
    ],
    unless: [REPORTED, 'spotkac|spotkamy|spotkanie|prezent*|odbierzesz|kupie|kupilem|kupilam|airpods*|sluchawk*', 'rower*|rolki|hulajnog*|kino|lody|spacer*|trening*|pojedziemy|pojdziemy|idziemy|jedziemy|odbior*|podwioze|zabiore|mama|tata|mamo|tato|babcia|dziadek|xd|haha'],
    weight: 2,
    examples: {
      match: ['będę czekał pod twoją szkołą', 'stanę pod twoim domem i będę czekał'],
      ignore: ['przyjdę pod twój blok o 17 i pojedziemy na rolki', 'tata będzie czekał pod twoją szkołą o 15', 'musimy się spotkać, przyjadę pod twoją szkołę z prezentem'],
    },
  },
  {
    id: 'hurt-you-or-family',
    phrases: [
      'zrobie|zrobimy|zrobia ..3 krzywd*|cos_zlego|ci_cos|ci_krzywde|krzywde',
      'cos ..1 sie ..1 stanie ..2 tobie|twoj*|ci|twojej|twojemu|twoim',
      'zabije|zajebie|pobije|pobijemy|zatluke|polamie|potne|zadzgam|skrzywdze|uszkodze|zalatwie|pozabijam|zniszcze ..2 twoj*|twoja|twojego|twoich|twojej|twoim ..1 @people|psa|kota|rodzin*',
      'zabije|zajebie|pobije|zatluke|skrzywdze|zalatwie|dopadne ..2 cie|ciebie ..3 jak_nie|jesli_nie|jezeli_nie|jak_mi_nie ..3 zaplacisz|przelejesz|wyslesz|przyslesz|pokazesz|zrobisz|odpiszesz|dasz|spotkasz|przyjdziesz',
      'moj|moi|moich ..1 kolega|koledzy|kolegow|ludzie|chlopaki|kumple|ziomki ..2 cie|ciebie|twoj*|twojej|twoich ..1 znajda|znajdzie|dopadn*|zalatwi*|nawiedz*|pobij*|zlapia',
      'pozalujesz ..3 ty ..1 i ..1 twoja|twoi',
      'uwazaj ..2 na ..1 siebie|siostre|brata|rodzine ..3 bo|albo|jak|wiem',
    ],
    unless: [REPORTED, 'xd|haha|hahah*|lol|grze|gra|rundzie|meczu|spoiler*|spoil*|zaspoil*|zakonczeni*|serial*|odcink*'],
    examples: {
      match: ['zrobie krzywde tobie i twojej rodzinie', 'coś się stanie twojej siostrze', 'pobiję twojego brata', 'zabiję cię jak nie zapłacisz', 'uważaj na siebie bo wiem gdzie chodzisz'],
      ignore: ['zabiję cię w następnej rundzie xd', 'zabiję cię jak mi zaspoilerujesz zakończenie', 'uważaj na siebie w drodze'],
    },
  },
  {
    id: 'send-people-to-your-house',
    phrases: [
      'wysle|przysle|posle|nasle|nasylam|wysylam ..2 kuzyna|kuzynow|brata|braci|kumpli|ziomkow|ziomow|ludzi|chlopakow|kolegow|ekipe|znajomych ..3 pod|do|na ..1 twoj|twoja|twojego|twoje|twojej|twoich ..1 dom|domu|blok|bloku|drzwi|szkole|szkoly|chate|chaty|mieszkani*|klatke',
      'nasle|nasylam|naslemy ..2 na ..1 ciebie|cie|twoja|twojego|twoich',
    ],
    unless: [REPORTED, 'firm*|licznik*|technik*|instalat*|hydraulik*|elektryk*|kurier*|montaz*|wymien*|napraw*|serwis*|odda*|odbierze|przywiezie|podrzuci|podwiezie|pomoze|pomoc|ladowark*|zeszyt*|ksiazk*|klucz*|paczk*|prezent*|tort*|pizz*|przeprowadzk*|urodzin*|imprez*|xd|haha*'],
    examples: {
      match: ['wyślę kuzyna pod twój dom', 'naślę na ciebie chłopaków'],
      ignore: ['wyślę brata pod twój dom, odda ci ładowarkę', 'przyślę kumpli do twojego mieszkania, pomogą z przeprowadzką'],
    },
  },
  {
    id: 'people-who-will-find-you',
    phrases: [
      'mam|znam ..2 ludzi|chlopakow|kumpli|kolegow|ekipe|znajomych|ziomkow ..3 ktorzy|co|ktora ..1 wiedza|znaja ..2 gdzie ..1 mieszkasz|chodzisz|jestes|trenujesz|twoj_adres',
      'mam|znam ..2 ludzi|chlopakow|kumpli|kolegow|ekipe|znajomych|ziomkow ..2 ktorzy|co|ktora ..1 cie|ciebie|twoja|twojego|twoich ..2 znajda|znajdzie|namierza|namierzy|odwiedza|odwiedzi|dopadna|dopadnie|zalatwia|pobija|zlapia',
    ],
    unless: [REPORTED, 'pomoga|pomoze|pomoc|korepetycj*|prace|praca|staz*|xd|haha*'],
    examples: {
      match: ['znam ludzi, którzy wiedzą gdzie mieszkasz', 'mam ludzi którzy cię znajdą', 'znam chłopaków co cię dopadną'],
      ignore: ['znam ludzi którzy ci pomogą z pracą'],
    },
  },
  {
    id: 'shame-if-something-happened-r6',
    phrases: [
      'szkoda|przykro|glupio|niefajnie ..5 jakby|gdyby|jesli|jak ..3 ci|tobie|jej|mu|im|twojej|twojemu|twoim|twoja|twoj|twoi ..3 sie ..1 cos ..1 stalo|przytrafilo|stanie',
      'szkoda|przykro|glupio|niefajnie ..5 jakby|gdyby|jesli|jak ..2 cos ..2 sie ..1 stalo|przytrafilo|stanie ..2 tobie|ci|twojej|twojemu|twoim|twoja|twoj|twoi|jej|mu|im',
      'nie ..1 chcesz ..3 zeby|aby|by ..3 cos ..1 sie ..1 stalo|przytrafilo ..2 tobie|ci|twojej|twojemu|twoim|twoja|twoj|twoi|jej|mu|im',
      'nie ..1 chcesz ..3 zeby|aby|by ..2 twojej|twojemu|twoim|twoja|twoj|twoi|jej|mu|im|ci|tobie ..2 sie ..1 cos ..1 stalo|przytrafilo',
    ],
    unless: [REPORTED, 'uwazaj_na_siebie|martwi*|martwie|boje|ostroz*|bezpieczn*|wypadk*|choro*|zdrow*|lekarz*|telefon*|auto|samochod*|rower*|laptop*|komputer*|tort*|prezent*|xd|haha*|grze|gra|postac*|kwiat*|pies|psa|psu|kot|kota|kotu|zwierz*|pilnuj*|zeszyt*|pogod*|burz*|droga|drodze|lod|slisko|zapnij|kask*'],
    weight: 5,
    examples: {
      match: ['twoja siostra też chodzi do tej szkoły prawda? szkoda by było jakby jej się coś stało', 'szkoda by było gdyby coś się stało twojej mamie', 'chyba nie chcesz żeby coś się stało twojemu bratu'],
      ignore: ['jedź ostrożnie, szkoda by było jakby ci się coś stało na drodze', 'szkoda by było gdyby coś się stało z tortem xd', 'szkoda by było gdyby coś się stało twojemu psu, pilnuj go'],
    },
  },
  {
    id: 'know-where-they-live-r6',
    phrases: [
      'wiem|wiemy|znam ..2 gdzie ..1 mieszka|mieszkaja|pracuje|pracuja|chodzi|chodza|uczy_sie|trenuje ..1 twoj*|twoja|twoi|twojego|twojej',
      'moj|moi|moja ..1 kuzyn*|brat*|bracia|ojciec|wujek|znajomi|kolega|koledzy|ludzie|chlopaki|kumple|ziomki|ziomale|ekipa ..2 cie|ciebie|twoja|twojego|twoich ..1 dopadn*|zalatwi*|pobij*|skopi*|zatluk*|polamie|polamia|nauczy_rozumu|nauczyja_rozumu',
      'pozalujesz ..1 ze ..1 sie ..1 urodzilas|urodziles|urodzil*',
    ],
    unless: [REPORTED, 'podwioze|odwioze|zawioze|podwiezc|podwiezie|zawiezc|odwiezc|odprowadz*|trening*|biega|biegu|wyscig*|berek|berka|chowan*|podrzuce|prezent*|paczk*|kartk*|zyczeni*|urodzin*|odwiedz*|xd|haha*|hahah*|lol|grze|gra|meczu|mecz|boisk*|szachy|fif*|fortnit*|minecraf*|turniej*|rund*|cs|valorant*|lol'],
    weight: 5,
    examples: {
      match: ['wiem gdzie mieszka twoja babcia', 'mój kuzyn cię dopadnie', 'pożałujesz że się urodziłaś'],
      ignore: ['wiem gdzie mieszka twoja babcia, podwiozę cię', 'mój brat cię pobije w fifę xd'],
    },
  },
  {
    id: 'know-who-you-are-r6',
    phrases: [
      'wiem|znam ..3 jak_sie_nazywasz|twoje_nazwisko|twoje_imie_i_nazwisko|kim_jestes ..6 gdzie|kim|twoi|twoja|szkol*|adres|mieszkasz|chodzisz',
    ],
    unless: [REPORTED, 'xd|haha*|hahah*|lol|grze|gra|prezent*|urodzin*|zaprosz*|paczk*|kartk*|lista_obecnosci|obecnosc*|dziennik*|librus*|nauczyc*|pani|pan|trener*|klas*_lista'],
    weight: 5,
    examples: {
      match: ['wiem jak się nazywasz, gdzie chodzisz do szkoły i kim są twoi rodzice'],
      ignore: ['wiem jak się nazywasz, pani czytała listę obecności', 'wiem kim jest twoja mama, jest fajną nauczycielką xd'],
    },
  },
  {
    id: 'i-know-your-routine-r6',
    phrases: [
      'wiem|wiemy|znam ..2 gdzie|o_ktorej|kiedy|ktoredy ..1 cwiczysz|trenujesz|wracasz|wychodzisz|konczysz|chodzisz|jezdzisz|czekasz|spacerujesz|biegasz|wysiadasz|jezdzisz',
      'twojej|twojemu|twoim|tobie|ci ..3 stanie ..1 sie ..1 krzywda|cos_zlego|cos',
      'stanie ..1 sie ..1 krzywda|cos_zlego ..2 twojej|twojemu|twoim|tobie|twoja|twoj',
      'lepiej ..1 uwazaj ..4 wracasz|wychodzisz|chodzisz|idziesz|spisz|jestes_sama|jestes_sam',
      'odnajde|wytropie|wysledze ..1 cie|ciebie',
      'jak|jesli|jezeli|gdy ..2 zglosisz|zablokujesz|powiesz|doniesiesz ..4 znajde|odnajde|dopadne|namierze ..1 cie|ciebie',
    ],
    unless: [REPORTED, 'slisko|lod|ciemno_jest|martwie|daj_znac|latark*|kask*|zgubil*|kluczy|klucze|kibic*|pokibicowac|dopingowac|zobaczyc_mecz|mecz*|zawod*|turniej*|zapisac|zapisz|poczekam|odbiore|podwioze|razem|pojdziemy|spotkamy|mama|mamo|tata|tato|trener*|xd|haha*|hahah*|lol|grze|gra|postac*|uwazaj_na_siebie|ostroz*|bezpieczn*|kask*|lod|slisko|droga|drodze|wypadk*'],
    weight: 5,
    examples: {
      match: ['wiem gdzie ćwiczysz i o której wracasz, lepiej odpisz', 'jak nie przyjdziesz to twojej siostrze stanie się krzywda', 'lepiej uważaj jak wracasz wieczorem sama', 'jak mnie zgłosisz, odnajdę cię i pożałujesz'],
      ignore: ['wiem o której kończysz, poczekam na ciebie i pójdziemy razem', 'jedź w kasku bo ci się stanie krzywda'],
    },
  },
  {
    id: 'i-will-find-you-anyway-r6',
    phrases: [
      'i_tak ..1 cie|ciebie ..1 znajde|dopadne|namierze|znajdziemy|dopadniemy',
      'zablokowalas|zablokowales|zablokujesz|usunelas|usunales|uciekniesz ..6 i_tak|ale ..2 cie|ciebie ..1 znajde|dopadne|namierze|mam',
    ],
    unless: [REPORTED, 'grze|gra|chowan*|berek|berka|mapie|mapa|xd|haha*|hahah*|lol|gg|podchod*|w_tlumie|festiwal*|koncert*|czapk*|kurtk*|tlum*|na_miejscu|scena|scena|impreza|imprezie|dworc*|lotnisk*|galeri*'],
    weight: 5,
    examples: {
      match: ['zablokowałaś mnie na insta ale i tak cię znajdę', 'i tak cię znajdę'],
      ignore: ['i tak cię znajdę w chowanego xd'],
    },
  },
  {
    id: 'your-family-routine-r6',
    phrases: [
      'twoja|twoj|twoi ..1 @people ..1 chodzi|chodza|wychodzi|wychodza|wraca|wracaja|jezdzi|jezdza|bywa ..4 codziennie|zawsze|co_dzien|co_rano|co_wieczor ..6 #|prawda|pozdrow*',
      'twoj|twoja|twoi|twojemu|twojej ..1 @people ..1 oberwie|oberwa|ucierpi|ucierpia|dostanie_wpierdol|dostanie_lomot|dostanie_becki',
    ],
    unless: [REPORTED, 'moja|moj|moi|tez|tak_jak|razem|silowni*|basen*|trening*|zajeci*|kurs*|xd|haha*|hahah*|lol|grze|gra|meczu|szlaban*|kara|kare|od_taty|od_mamy|od_trenera|za_oceny|oceny|ocen*|pomozesz|kregoslup*|chor*'],
    weight: 5,
    examples: {
      match: ['twoja mama chodzi codziennie do Biedronki o 17, prawda? pozdrów ją ode mnie', 'jak się nie zgodzisz to twój brat oberwie'],
      ignore: ['twoja mama chodzi codziennie na basen o 7, moja też', 'twój brat oberwie szlaban jak mama zobaczy xd', 'twoj brat oberwie od taty za te oceny'],
    },
  },
  {
    id: 'kill-you-if-you-tell-r6',
    phrases: [
      'zabije|zajebie|pobije|zatluke|udusze|zniszcze ..2 cie|ciebie ..3 jak|jesli|jezeli|gdy ..2 komus|komukolwiek|rodzicom|policji|mamie|tacie|nauczyc*|pedagog* ..1 powiesz|pisniesz|wygadasz|doniesiesz|pokazesz',
      'zabije|zajebie|pobije|zatluke|udusze|zniszcze ..2 cie|ciebie ..3 jak|jesli|jezeli|gdy ..1 powiesz|pisniesz|wygadasz|doniesiesz ..1 komus|komukolwiek|rodzicom|policji|mamie|tacie|nauczyc*|pedagog*',
    ],
    unless: [REPORTED, 'prezent*|niespodzian*|tort*|urodzin*|imprez*|spoiler*|zakonczeni*|serial*|film*|ksiaz*|sekret_kasi|kocha|podoba|zakochan*|crush|xd|haha*|hehe|lol'],
    weight: 5,
    examples: {
      match: ['zabiję cię jak komuś powiesz', 'pobiję cię jeśli powiesz rodzicom'],
      ignore: ['zabiję cię jak komuś powiesz o prezencie dla mamy xd', 'zabiję cię jak komuś powiesz że mi się podoba'],
    },
  },
  {
    id: 'my-people-know-r6',
    phrases: [
      'moi|moj|moja ..1 ziom*|kumpl*|koledzy|kolega|ludzie|znajomi|brat|bracia|ekipa|chlopaki ..2 wiedza|wie|znaja|zna ..2 gdzie|kim ..1 mieszkasz|chodzisz|jestes|mieszkaja|pracuja',
      'wiem|wiemy ..1 ktory|ktora|jaki|jakie ..2 to ..1 dom|blok|okno|twoj_dom|twoje_okno|twoj_pokoj|mieszkanie|klatka',
      'twoja|twoj|twoi ..1 @people|rodzina ..3 nie ..1 bedzie|beda|jest|sa ..1 bezpieczn*',
      'nie ..1 bedziesz ..1 bezpieczna|bezpieczny ..3 jesli|jak|jezeli|dopoki',
    ],
    unless: [REPORTED, 'boisk*|impreza|imprez*|urodzin*|prezent*|pas*|kask*|samoch*|drog*|jezdz*|lod|slisko|burz*|pogod*|choro*|wirus*|szczepi*|xd|haha*|hahah*|lol|grze|gra|pytam'],
    weight: 5,
    examples: {
      match: ['moi ziomale wiedzą gdzie chodzisz do szkoły', 'przyjdę do ciebie w nocy, wiem który to dom', 'twoja rodzina nie będzie bezpieczna jeśli nie zrobisz co mówię'],
      ignore: ['moi ziomale wiedzą gdzie jest boisko', 'twoja rodzina nie będzie bezpieczna w aucie bez pasów'],
    },
  },
  {
    id: 'youre-done-if-you-tell-r6',
    phrases: [
      'jak|jesli|jezeli|gdy ..2 dowiem ..3 komus|komukolwiek|rodzicom|policji|mamie|tacie|nauczyc* ..1 powiedzialas|powiedziales|pisnelas|pisnales|wygadalas|wygadales ..4 po_tobie|pozalujesz|nie_zyjesz|zabije|koniec_z_toba',
      'to ..1 juz ..1 po ..1 tobie',
      'jestes ..1 juz ..1 martwa|martwy|trupem|skonczona|skonczony',
    ],
    unless: [REPORTED, 'prezent*|niespodzian*|tort*|urodzin*|imprez*|spoiler*|zakonczeni*|serial*|ksiaz*|sprawdzian*|kartkow*|ocen*|jedynk*|mama_cie|tata_cie|gra|grze|rund*|mecz*|xd|haha*|hehe|lol'],
    weight: 5,
    examples: {
      match: ['jak się dowiem że komuś powiedziałaś, to już po tobie', 'jesteś już martwa'],
      ignore: ['jak się dowiem że komuś powiedziałaś o prezencie, to już po tobie xd', 'to już po tobie w tej grze'],
    },
  },
  {
    id: 'shame-if-something-happened-r8',
    phrases: [
      'szkoda|przykro|glupio|niefajnie ..4 gdyby|jakby|jesli ..2 cos|cokolwiek ..1 im|jej|mu|twojej|twojemu|twoim|twoich|twojej_rodzinie|twojej_siostrze|twojemu_bratu|twojej_mamie|twojemu_tacie ..2 sie ..1 stalo|przytrafilo|stanie',
      'szkoda|przykro|glupio|niefajnie ..4 gdyby|jakby|jesli ..2 cos|cokolwiek ..2 sie ..1 stalo|przytrafilo|stanie ..2 twojej|twojemu|twoim|twoich ..1 @people',
      'bylaby|byloby|bedzie ..1 szkoda ..1 twojej|twojego|twoich ..1 siostr*|brat*|mam*|tat*|rodzin*|rodzenstw*|psa|kota|twarzyczki|buzi',
    ],
    unless: [REPORTED, 'pilnuj*|zaopiekuj*|weterynarz*|psu|psa|kotu|kota|zwierz*|nadziej*|modl*|kciuki|martwie|martwi|w_drodze|drodze|podroz*|uwazaj|ostroznie|ostrozn*|na_drodze|na_rowerze|kask*|zapnij|pas*|martwi*|dbaj|trzymaj_sie|wracaj|wroc|zadzwon|napisz_jak|daj_znac|chor*|lekarz*|szpital*|wypadk*|pogod*|burz*|xd|haha*|telefon*|laptop*|komputer*|auto|samochod*|rower*|plan*|wyciecz*|imprez*'],
    examples: {
      match: ['masz rodzeństwo? szkoda by było gdyby coś im się stało', 'szkoda by było gdyby coś się stało twojej siostrze', 'byłoby szkoda twojej siostry'],
      ignore: ['szkoda by było gdyby coś ci się stało, uważaj na drodze', 'szkoda by było gdyby coś się stało twojemu psu, pilnuj go', 'szkoda by było gdyby coś ci się stało w drodze', 'mam nadzieję że babcia wyzdrowieje, szkoda by było gdyby coś jej się stało', 'szkoda by było gdyby coś się stało z telefonem'],
    },
  },
  {
    id: 'i-know-your-family-r8',
    phrases: [
      'wiem ..1 jak ..1 sie ..1 nazywa|nazywaja ..1 twoja|twoj|twoi|twoje ..1 @people|rodzenstwo|stary|stara',
      'wiem ..2 gdzie|do_ktorej|w_ktorej ..2 chodzi|pracuje|pracuja|mieszka|mieszkaja|uczy_sie ..1 twoja|twoj|twoi ..1 @people|rodzenstwo|stary|stara',
    ],
    unless: [REPORTED, 'podwioze|podrzuce|odwioze|zawioze|zawiezc|odbiore|pojedziemy|jedziemy|odwiedzimy|zaniose|pomoge|pomoc|chodzimy|razem|znam_ja|znam_go|kolegujemy|kumpl*|basen*|trening*|klas*|pozdrow*|sasiad*|znamy_sie|znam_ja|znam_go|kolegowal*|kolezank*_mamy|z_pracy_mamy|fajn*|mila|mily|super|xd|haha*'],
    weight: 3,
    examples: {
      match: ['wiem jak się nazywa twoja siostra i gdzie chodzi do szkoły', 'wiem do której szkoły chodzi twój brat'],
      ignore: ['wiem gdzie pracuje twoja mama, znamy się z pracy, pozdrów ją', 'wiem jak się nazywa twoja siostra, chodzimy razem na basen', 'wiem gdzie mieszka twoja babcia, podwiozę cię'],
    },
  },
  {
    id: 'next-time-i-come-closer-r9',
    phrases: [
      'nastepnym|kolejnym|innym ..1 razem ..3 podejde|podejdziemy|zaczepie|przyjde|przyjade|dorwe|zlapie|nie_odpuszcze|nie_bede_taki_mily|nie_bede_taka_mila',
      'podejde|podjade|przyjde|przyjade|wpadne ..1 blizej|do_ciebie|pod_dom|pod_blok|pod_szkole|pod_twoj*|pod_twoja|pod_twoje ..4 pogadamy_inaczej|porozmawiamy_inaczej|pozalujesz|zobaczysz|policzymy_sie|zalatwimy_to',
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie ..4 podejde|przyjde|przyjade|podjade ..1 blizej|do_ciebie|pod_dom|pod_blok|pod_szkole|pod_twoj*|po_ciebie',
    ],
    unless: ['xd|haha*|hehe|lol|pojedziemy|pograc|pogramy|pizz*|prezent*|ciast*|tort*|niespodzian*|urodzin*|ksiazk*|zeszyt*|notatk*|ladowark*|klucz*|odebrac|odbior*|podwiezc|podwioze|podwozke|trening*|mecz*|zakup*|sklep*|kino|kina|brawo|super|dumn*|gratul*|fajnie|ciesze|tez|moja_mama|mamo|tato|kochanie|pomoge|pomoc'],
    examples: {
      match: ['odpisz mi albo nastepnym razem podejde blizej', 'jak jutro nie wyjdziesz to ja przyjde do ciebie i pogadamy inaczej'],
      ignore: ['nastepnym razem przyjde z pizza xd', 'widzę że dalej chodzisz na basen, brawo, ja też zacznę', 'jak nie zdążysz to przyjadę po ciebie na trening'],
    },
  },
  {
    id: 'your-little-sister-will-have-a-problem-r11',
    phrases: [
      'jak|jesli|jezeli|albo|bo|inaczej|to ..4 twoj*|twoja|twoi ..2 @people|siostr*|brat*|siostrzyczk*|braciszek ..3 bedzie|beda ..1 miec|miala|mial|mieli|mialy ..1 problem*|klopot*|przechlapane|przejebane|kiepsko',
      'wiem|wiemy|znam ..3 do ..1 ktorego|ktorej|jakiego|jakiej ..1 przedszkola|zlobka|szkoly|klubu|pracy ..2 chodzi|chodza|pracuje|pracuja',
      'nastepnym_razem ..2 nie ..1 bede|skoncze ..2 tylko ..1 patrzyl*|patrzec|gapil*|obserwowal*|pisal*|gadal*',
    ],
    unless: ['kuzyn*|kuzynk*|tez_tam|tez_chodz*|chodzilem|chodzilam', REPORTED, 'odbior*|odbiore|odbierz*|odbierze|zaprowadz*|zawioze|zawiezie|odprowadz*|podwioze|podwiezie|z_matm*|z_lekcj*|z_ocen*|z_zadani*|sprawdzian*|egzamin*|zdrow*|lekarz*|spozni*|zgubil*|zepsul*|jak_sie_dowiedza|xd|haha*|hehe|wyciecz*|urodzin*|imprez*|zebrani*'],
    weight: 5,
    examples: {
      match: ['jak jeszcze raz mnie zablokujesz to twoja mlodsza siostra bedzie miala problem', 'wiem do ktorego przedszkola chodzi', 'nastepnym razem nie bede tylko patrzyl'],
      ignore: ['twoja siostra bedzie miala problem z matma', 'wiem do ktorego przedszkola chodzi, odbiore ja o 15', 'jak nie posprzatasz to twoj brat bedzie mial problem xd'],
    },
  },
  {
    id: 'i-know-your-school-r11',
    phrases: [
      'wiem|wiemy|znam|sprawdzilem|sprawdzilam|namierzylem ..2 w ..1 ktorej|jakiej ..1 szkole|klasie ..1 jestes|sie_uczysz|uczysz_sie|chodzisz',
      'wiem|wiemy|znam ..2 o_ktorej|kiedy|ktoredy ..2 wracasz|wychodzisz|konczysz_lekcje|konczysz ..2 ze_szkoly|z_treningu|z_lekcji|do_domu',
    ],
    unless: [REPORTED, 'wychowaw*|odbior*|odbiore|odbierz*|podwioze|zawioze|mamo|mama|tata|tato|babci*|dziadk*|trener*|xd|haha*|hehe|wyciecz*|urodzin*|imprez*|zebrani*|korki|korepetycj*|lekcj*_gitar*'],
    weight: 3,
    examples: {
      match: ['mam twoje zdjecie z wczoraj i wiem w ktorej szkole jestes', 'wiem o ktorej wracasz ze szkoly', 'znam w jakiej klasie sie uczysz'],
      ignore: ['wiem w ktorej szkole jestes, moja kuzynka tez tam chodzi xd', 'wiem o ktorej konczysz lekcje, odbiore cie'],
    },
  },
  {
    id: 'i-know-who-your-parents-are-r11',
    phrases: [
      'wiem|wiemy|znam|sprawdzilem|sprawdzilam ..2 kim_sa|kim_jest|jak_sie_nazywaja|jak_sie_nazywa ..1 twoi|twoja|twoj ..1 @people',
    ],
    unless: [REPORTED, 'moja_mama|moj_tata|moi_rodzice|moja_ciocia|znaja_sie|zna_sie|zna_twoja|zna_twojego|znaja_twoich|znamy_sie|chodzilismy|bylismy_razem|kolegujemy|przyjaz*|sasiad*|zebrani*|wywiadow*|wyciecz*|urodzin*|imprez*|xd|haha*|hehe'],
    weight: 3,
    examples: {
      match: ['wiem kim sa twoi rodzice i gdzie pracuja', 'sprawdzilem jak sie nazywa twoja mama'],
      ignore: ['wiem kim sa twoi rodzice, moja mama zna twoja', 'wiem kim sa twoi rodzice, bylismy razem na wywiadowce', 'znam twoja mame, jestesmy sasiadami xd'],
    },
  },
  {
    id: 'block-me-and-i-come-r12',
    phrases: [
      'jak|jesli|jezeli|gdy ..4 zablokujesz|olejesz|zignorujesz|nie_odpiszesz|usuniesz|odejdziesz ..4 przyjde|przyjade|wpadne|znajde_cie|odwiedze_cie|stane_pod ..4 pogadamy|porozmawiamy|pozalujesz|do_ciebie|pod_dom|pod_blok|pod_szkole|pod_twoj|pod_twoje',
      'przyjde|przyjade|wpadne ..2 i ..1 pogadamy|porozmawiamy|rozmowimy ..1 inaczej|po_mojemu|po_mesku|na_powaznie',
      'mieszkasz ..1 na|przy ..2 # ..2 prawda|co|nie|tak|zgadza_sie|zgadlem',
      'twoj|twoja ..1 mlodszy|mlodsza|maly|mala ..1 brat|braciszek|siostra|siostrzyczka ..4 chodzi|chodza ..2 do ..1 podstawowk*|szkoly|przedszkol*|zerowki ..3 co|prawda|nie|tak',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|kurier*|paczk*|przesylk*|zaproszeni*|zaprosz*|imprez*|urodzin*|projekt*|zadani*|grze|gra|serwer*|odbior*|odbiore|podwioze|pizz*|tort*|prezent*|z_moim|z_moja|mama|mamo|tata|tato|korepetycj*'],
    examples: {
      match: ['jak jeszcze raz mnie zablokujesz to przyjde i pogadamy inaczej', 'mieszkasz na Kasprzaka 14 prawda', 'twoj mlodszy brat tez tam chodzi do podstawowki co?', 'jak mnie olejesz to przyjade pod twoj blok'],
      ignore: ['przyjde i pogadamy o projekcie', 'mieszkasz na kasprzaka 14 prawda? kurier mi pisze', 'twoj mlodszy brat chodzi do szkoly z moim?', 'jak zablokujesz mnie w grze to przyjde i pogadamy xd'],
    },
  },
  {
    id: 'reply-or-i-come-in-person-r13',
    phrases: [
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie ..3 przyjde|przyjade|wpadne|zjawie|podjade ..3 osobiscie|twarza_w_twarz',
      'wiem|wiemy ..1 ze ..1 mieszkasz|chodzisz|trenujesz ..6 widzialem|widzialam|widzielismy ..1 cie|ciebie',
      'widzialem|widzialam|widzielismy|obserwowalem|obserwowalam ..1 cie|ciebie ..2 dzis|dzisiaj|wczoraj|rano|wieczorem ..3 jak|kiedy ..1 wychodzil*|wracal*|wysiadal*|szedl*|szlas|wchodzil* ..6 albo|bo|wiem|odpisz|inaczej|uwazaj',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|czemu|nie_podeszl*|pomachal*|zawolal*|trening*|pizz*|prezent*|odbior*|odbiore|podwioze|ksiazk*|zeszyt*|notatk*|kurier*|paczk*'],
    examples: {
      match: ['wiem ze mieszkasz na piotrkowskiej kolo zabki, widzialem cie dzis jak wychodziles ze szkoly. odpisz albo przyjde pogadac osobiscie', 'odpisz albo przyjade osobiscie', 'wiem ze mieszkasz na mickiewicza, widzialem cie wczoraj pod klatka', 'widzialam cie dzis jak wracalas ze szkoly, lepiej odpisz albo bedzie gorzej'],
      ignore: ['widzialem cie dzis jak wychodzilas ze szkoly, czemu nie podeszlas?', 'napisz albo przyjde osobiscie z pizza xd', 'wiem ze mieszkasz obok, widzialem cie w windzie haha'],
    },
  },
  {
    id: 'i-know-your-school-pay-r13',
    phrases: [
      'wiem|znam ..1 twoj|twoja|twoje|twoja_szkole ..1 szkola|szkole|klasa|klase|adres|dom|ulica|ulice|blok ..6 zaplac|placisz|przelej|wyslij|albo|bo|inaczej|lepiej',
      'zrobie|zrobimy ..1 z ..1 toba ..1 porzadek|porzadki|rozliczenie|koniec',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|mamo|mama|tata|tato|pokoj*|sprzat*|kurier*|paczk*|pizz*|prezent*|zaproszeni*|urodzin*|list*|kartk*|pocztowk*|gra|grze|rund*|mecz*'],
    examples: {
      match: ['ja wiem twoj szkola i twoj klasa, zaplac', 'przyjade i zrobie z toba porzadek', 'znam twoj adres, lepiej odpisz'],
      ignore: ['znam twoj adres, wysle ci kartke z wakacji', 'zrobie z toba porzadek w tej grze xd'],
    },
  },
  {
    id: 'i-know-your-address-watch-out-r14',
    phrases: [
      'znajde|znajdziemy|namierze|namierzymy ..2 twoj|twoja|twoje ..1 dom|adres|chate|mieszkanie|szkole|blok|rodzine',
      'znam|mam ..1 twoj|twoja ..1 adres|szkole|chate ..6 uwazaj|pozalujesz|przyjde|odwiedze|wpadne|znajde|lepiej|radze|zobaczysz|czekaj',
      'twoj|twoja ..1 adres|szkole|chate ..1 znam|mam|juz_mam ..6 uwazaj|pozalujesz|przyjde|odwiedze|wpadne|znajde|lepiej|radze|zobaczysz|czekaj',
      'twoj ..1 adres ..1 znam|juz_znam',
      'znam|juz_znam ..1 twoj ..1 adres',
    ],
    unless: ['zaproszeni*|paczk*|prezent*|kartk*|list|listu|kurier*|przesylk*|urodzin*|xd|haha*|hehe|kolacj*|impreza|imprez*'],
    examples: {
      match: ['jak mnie zglosisz to i tak znajde twoj dom', 'twoj adres znam, a brat chodzi do tej samej szkoly, uwazaj na niego'],
      ignore: ['znajde twoj adres w dzienniku i wysle ci zaproszenie na urodziny', 'mam twoj adres, zobaczysz jutro paczke od kuriera'],
    },
  },
  {
    id: 'sibling-something-happens-r15',
    phrases: [
      'twojej|twojemu|twoim|twoja|twoj ..1 @people|siostrze|bratu|siostrzyczce|braciszkowi|rodzinie|mamie|tacie ..2 cos ..1 sie ..1 stanie|przytrafi|stac',
      'twojej|twojemu|twoim|twoja|twoj ..1 @people|siostrze|bratu|siostrzyczce|braciszkowi|rodzinie|mamie|tacie ..3 sie ..1 cos ..1 stanie|stac|przytrafi|przytrafic',
      'jak|jesli|jezeli ..1 nie ..1 zaplacisz|przelejesz|wyslesz|odpiszesz|zrobisz ..4 @people|siostrze|bratu|rodzinie|bliskim ..2 cos ..1 sie ..1 stanie|przytrafi',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|nic_sie_nie|oby|mam_nadzieje|modl*|kciuki|szpital*|lekarz*|chor*|operacj*|martwie|martwi*|uwazaj|ostroz*|pogod*|drog*|lod|slisko|wypad*'],
    examples: {
      match: ['jak nie zaplacisz to twojej siostrze cos sie stanie. wiem do ktorej podstawowki chodzi', 'twojemu bratu coś się stanie jak dalej bedziesz mnie olewac', 'twojej mamie moze sie cos stac jak nie przelejesz kasy', 'jak nie odpiszesz to twojej rodzinie cos sie przytrafi'],
      ignore: ['mam nadzieje ze twojej mamie nic sie nie stanie na operacji', 'uwazaj na drodze bo twojemu bratu cos sie stanie na tym lodzie xd'],
    },
  },
  {
    id: 'or-i-come-and-we-talk-r16',
    phrases: [
      'albo|bo_inaczej|inaczej|bo_jak_nie ..2 przyjde|wpadne|podjade|zjawie_sie|przyjedziemy ..4 pogadamy|porozmawiamy|pogadam|porozmawiam ..3 przy|z ..2 twoim|twoja|twoimi|twoich|twoja ..1 @people',
    ],
    unless: ['obiad*|kolacj*|urodzin*|swieta|swiat*|wigili*|herbat*|kawe'],
    examples: {
      match: ['albo przyjde i pogadamy przy twoim starym', 'bo inaczej wpadne do ciebie i porozmawiam z twoja matka'],
      ignore: ['albo wpadne na obiad i pogadamy z twoim tata o wakacjach'],
    },
  },
  {
    id: 'my-people-will-wait-r16',
    phrases: [
      'moi|nasi ..1 ludzie|chlopaki|ziomki|ziomy|kumple|znajomi ..3 beda|bedzie|juz ..2 czekac|czekali|czekaja|na_ciebie ..3 pod|przed|kolo ..2 twoja|twoim|twojej|twoja_szkola|twoim_blokiem|twoim_domem|szkola|blokiem|domem|klatka',
      'poczekamy|bedziemy_czekac|przyjdziemy_po_ciebie|znajdziemy_cie ..3 pod|przed|kolo|po ..2 twoja|twoim|twojej|szkola|lekcjach|treningu ..4 zobaczysz|pozalujesz|pogadamy|policzymy_sie|zapamietasz',
    ],
    unless: ['mecz*|kino|kina|wycieczk*|odbior*|podwiez*|pojedziemy|pojdziemy|razem|autobus*|urodzin*|niespodzian*|imprez*|koncert*'],
    examples: {
      match: ['moi ludzie beda czekac pod twoja szkola', 'poczekamy pod szkola po lekcjach, zobaczysz'],
      ignore: ['moi kumple beda czekac pod twoja szkola, pojdziemy razem na mecz', 'poczekamy pod szkola po lekcjach na autobus'],
    },
  },
  {
    id: 'i-will-find-you-and-you-will-see-r19',
    phrases: [
      'znajde|dorwe|zlapie|namierze ..2 cie|ciebie ..4 i|to ..1 zobaczysz|pozalujesz|popamietasz|juz_po_tobie|bedzie_po_tobie',
      'zglos|zglosisz|powiesz|powiedz|zablokuj|zablokujesz ..3 to|a ..1 cie|ciebie ..1 znajde|dorwe|zlapie|namierze',
    ],
    unless: ['chowanego|berek|gra|grze|mapie|mapy|lobby|fortnit*|minecraft*'],
    examples: {
      match: ['zglos to cie znajde pod szkola i zobaczysz', 'dorwe cie po lekcjach i popamietasz'],
      ignore: ['znajde cie pod szkola o 15', 'znajde cie na mapie i zobaczysz xd'],
    },
  },
  {
    id: 'my-mates-know-your-school-r20',
    phrases: [
      'moi|moj|moja ..1 ziom*|kumpl*|koledzy|kolega|ludzie|znajomi|brat|bracia|ekipa|chlopaki ..2 wiedza|wie|znaja|zna|namierzyli|sprawdzili ..4 szkol*|adres|gdzie_mieszkasz|gdzie_chodzisz|gdzie_sie_uczysz|gdzie_trenujesz|gdzie_pracujesz',
      'wiem|wiemy|wiedza ..4 szkol*|gdzie_mieszkasz|adres ..6 nieprzyjemnie|niemilo|bolesnie|pozalujesz|popamietasz|zobaczysz_co_bedzie',
    ],
    unless: [REPORTED, 'boisk*|urodzin*|prezent*|imprez*|odbior*|odbiore|podwioze|zawioze|mamo|mama|tata|tato|babci*|dziadk*|trener*|xd|haha*|hahah*|lol|wyciecz*|zebrani*|kuzyn*|tez_tam|tez_chodzi|sprawdzian*|kartkow*'],
    weight: 5,
    examples: {
      match: ['moi kumple wiedza do jakiej szkoly chodzisz. jutro po lekcjach moze byc nieprzyjemnie', 'wiemy gdzie mieszkasz, bedzie nieprzyjemnie'],
      ignore: ['moi kumple wiedza do jakiej szkoly chodzisz bo ich kuzyn tez tam chodzi', 'wiem w jakiej szkole piszesz sprawdzian, bedzie nieprzyjemnie xd'],
    },
  },
  {
    id: 'i-know-where-you-train-ill-wait-r20',
    phrases: [
      'wiem|wiemy ..1 gdzie|o_ktorej|kiedy ..1 trenujesz|chodzisz|pracujesz|tanczysz|plywasz|konczysz|wracasz|masz_trening|masz_lekcje|masz_zajecia ..6 poczekam|zaczekam|bede_czekal|bede_czekac|znajde|dorwe|zlapie ..6 zobaczysz|popamietasz|pozalujesz|nie_uciekniesz|pogadamy_inaczej|nieprzyjemnie|sam_na_sam|sama_na_sam|porachujemy|policzymy|skoncz*',
    ],
    unless: [REPORTED, 'lody|lodow|pizz*|kebab*|razem|pojdziemy|pojedziemy|podwioze|odwioze|zawioze|odbiore|mama|tata|mamo|tato|babci*|dziadk*|trener*|xd|haha*|hehe|lol|kino|kina|kawe|prezent*|urodzin*|niespodzian*|kochanie|skarbie'],
    weight: 3,
    examples: {
      match: ['wiem gdzie trenujesz, poczekam po treningu i zobaczysz', 'wiem o ktorej wracasz, zaczekam pod blokiem i pogadamy sam na sam'],
      ignore: ['wiem gdzie trenujesz, poczekam po treningu to pojdziemy na lody', 'wiem o ktorej konczysz, odbiore cie', 'wiem gdzie trenujesz, przyjde ci kibicowac', 'wiem o ktorej konczysz, poczekam pod szkola'],
    },
  },
  {
    id: 'your-family-will-suffer-r21',
    phrases: [
      'twoja|twoj|twoje|twoi|twojej|twojego|twoja_mlodsza|twoj_mlodszy ..2 siostra|siostr*|brat|braciszek|mama|matka|tata|ojciec|rodzina|rodzice|babcia|dziadek|pies|kot|mlodsza|mlodszy ..2 [tez|rowniez|tez_moze|moze] ucierpi|ucierpia|oberwie|oberwa|pozaluje|pozaluja|poniesie_konsekwencje|nie_bedzie_bezpieczn*|nie_beda_bezpieczn*|moze_miec_wypadek|beda_mieli_wypadek',
      'jak_nie|jesli_nie|jezeli_nie|albo|inaczej ..6 ucierpi|ucierpia|ucierpisz ..3 twoja|twoj|twoi|twojej|twojego|ty|tez|rodzina|siostra|brat',
    ],
    unless: ['pozaluje_ze|pozaluja_ze|pozalujesz_ze|pomozesz|pomoc|kregoslup*|lekarz*|jak_nie_bedzie_sie_uczyc|mecz*|sprawdzian*|ocen*|kartkow*|dieta|diety|zdrowie|nie_zje|nie_je|nie_spi|pogod*|mroz*|upal*|trener*|kara|szlaban*|xd|haha*'],
    weight: 4,
    examples: {
      match: [
        'jak nie zaplacisz to twoja mlodsza siostra tez ucierpi, wiem do ktorej podstawowki chodzi',
        'albo placisz albo twoja rodzina ucierpi',
        'twoj brat moze miec wypadek jak nie odpiszesz',
      ],
      ignore: ['jak nie posprzatasz to twoja siostra tez oberwie szlaban od mamy xd', 'twoja mama pozaluje ze nie kupila biletow na koncert, byl mega', 'jak nie bedzie padac to ogrod ucierpi', 'twoja siostra pozaluje ze nie poszla z nami na lody'],
    },
  },
  {
    id: 'deadline-or-you-will-regret-it-r23',
    phrases: [
      'masz ..2 # ..1 minut*|min|godzin*|godz|sekund*|h ..3 albo|bo|inaczej ..2 pozalujesz|pozalujesz_tego|bedziesz_zalowac|bedziesz_zalowal|bedziesz_zalowala|gorzko_pozalujesz',
      'pozalujesz ..1 ze ..2 sie ..2 w_ogole|urodzil*|odezwal*|poznal*|ze_mna_zadarl*',
    ],
    unless: ['ze_nie|ze_sie_nie|nalesnik*|kolacj*|sniadan*|jedzeni*|mama|mamo|tata|tato|babcia|wychodz*|wychodzimy|jedziemy|idziemy|bez_ciebie|czekam|czekamy|spoznisz|spozni*|pizz*|obiad*|autobus*|pociag*|lekcj*|mecz*|trening*|gra|grze|gry|rund*|lobby|ranked*|film*|seans*|stygnie|promocj*|bilet*|zapis*|kolejk*|sklep*|wyprzedaz*|xd|haha*|hehe|lol|lody|ciasto|tort*|imprez*|koncert*'],
    weight: 3,
    examples: {
      match: ['masz 5 minut albo pozalujesz ze sie w ogole odezwalas', 'masz 10 min inaczej gorzko pozalujesz', 'pozalujesz ze sie urodziles'],
      ignore: ['masz 5 minut albo pozalujesz, pizza stygnie', 'masz 10 min albo pozalujesz ze nie kupiles biletu na promocji', 'masz 5 minut albo pozalujesz, mama robi nalesniki', 'masz 5 minut albo pozalujesz, wychodzimy bez ciebie', 'masz 2 godziny albo pozalujesz ze nie widziales tego zachodu slonca', 'pozalujesz ze sie nie zapisales na ten trening'],
    },
  },
  {
    id: 'no-reply-then-ill-wait-at-the-gate-r25',
    phrases: [
      'nie ..1 odpiszesz|odpisujesz|odpowiesz|odezwiesz|odbierzesz|zaplacisz|przelejesz ..4 to|wtedy ..1 poczekam|zaczekam|przyjde|przyjade|wpadne|zjawie|bede_czekal|bede_czekac ..2 pod|przed|kolo ..2 brama|brame|szkola|szkole|blokiem|blok|domem|dom|klatka|drzwiami|chata|chate',
      'wiem ..1 ze|gdzie|do_ktorej|o_ktorej ..1 chodzisz|mieszkasz|trenujesz ..6 poczekam|zaczekam|przyjde|przyjade|wpadne|zjawie ..2 pod|przed|kolo ..1 brama|brame|szkola|szkole|blokiem|domem|klatka',
    ],
    unless: [REPORTED, 'razem|pojdziemy|pojedziemy|autobus*|tramwaj*|pociag*|podwioze|odbiore|zawioze|na_lody|na_pizze|pogadamy_normalnie|przepros*|martwi*|mama|mamo|tata|tato|trener*|mecz*|kosz*|xd|haha*|lol'],
    weight: 5,
    examples: {
      match: ['wiem ze chodzisz do SP 12 i koczysz o 14:35. nie odpiszesz do wieczora to poczekam pod brama', 'nie odpiszesz to przyjde pod twoj blok', 'nie zaplacisz do piatku to zaczekam pod szkola'],
      ignore: ['nie odpiszesz to poczekam pod szkola i pojdziemy razem', 'jak nie odbierzesz to poczekam pod brama, mama kazala cie odebrac'],
    },
  },
  {
    id: 'hunt-you-down-r26',
    phrases: [
      'dorwe|dopadne|namierze|wytropie|znajde ..1 cie|ciebie ..6 pozalujesz|popamietasz|bedzie_po_tobie|nie_uciekniesz|nie_schowasz|pod_domem|pod_blokiem|pod_szkola|po_szkole|na_ulicy|wieczorem|w_nocy|pogadamy_inaczej|inaczej_pogadamy',
      'ogladaj|rozgladaj|ogladaj_sie|rozgladaj_sie ..1 sie|za_siebie ..2 za_siebie|wracajac|jak_wracasz|jak_wychodzisz|w_drodze',
    ],
    unless: ['rund*|mecz*|gra|grze|gry|lobby|ranked*|aren*|fortnite|boss*|serwer*|mapie|mapa|projekt*|lekcj*|przerw*|stolowk*|cofa*|parkow*|lusterk*|samoch*|auto|rower*|jazd*|manewr*|skrzyzow*|pasy|pasach|hulajnog*'],
    weight: 5,
    examples: {
      match: ['znajde cie i pogadamy inaczej', 'dorwe cie pod szkola i popamietasz', 'ogladaj sie za siebie jak wracasz do domu'],
      ignore: ['dorwe cie w nastepnej rundzie xd', 'znajde cie po lekcjach na przerwie', 'ogladaj sie za siebie przy cofaniu, lusterka to nie wszystko'],
    },
  },
  {
    id: 'i-know-your-bus-r27',
    phrases: [
      'wiem|wiemy|znam ..2 ktorym|jakim|o_ktorej ..1 autobus*|tramwaj*|busem|pociagiem|metrem|kursem ..3 jezdzisz|jedziesz|wracasz|dojezdzasz|wsiadasz|wysiadasz|jezdzicie',
      'wiem|wiemy|znam ..2 na_ktorym|z_ktorego|na_jakim|na_ktorej ..1 przystank*|peron*|stacji ..2 wysiadasz|wsiadasz|czekasz|stoisz',
    ],
    unless: [REPORTED, 'nie_wiem|nie_wiemy|napisz|daj_znac|poczekam|odbiore|podwioze|razem|pojedziemy|pojdziemy|dentyst*|lekarz*|ortodont*|mama|mamo|tata|tato|babci*|dziadk*|trener*|spoznisz|spoznil*|zapomnial*|klucz*|bilet*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['wiem którym autobusem wracasz ze szkoły', 'wiemy jakim tramwajem dojeżdżasz, 8 o 7:10', 'wiem na którym przystanku wysiadasz'],
      ignore: ['wiem którym autobusem wracasz, poczekam na przystanku i pojedziemy do dentysty', 'nie wiem którym autobusem jedziesz, daj znać', 'wiem na którym przystanku wysiadasz, mama cię odbierze'],
    },
  },
  {
    id: 'pay-or-shall-i-come-over-r27',
    phrases: [
      'placisz|zaplacisz|przelejesz|wplacisz|oddasz|odpiszesz ..1 czy|albo ..2 mam|mamy ..1 wpasc|przyjsc|przyjechac|odwiedzic|zajrzec|wpadac',
    ],
    unless: [REPORTED, 'xd|haha*|lol|zakup*|obiad*|pizz*|kolacj*|kino|kina|lody|po_ciebie|podwiezc|pomoc|pomoge|naprawic|kabel|ladowark*'],
    examples: {
      match: ['płacisz czy mam wpaść?', 'odpiszesz czy mamy przyjechać do ciebie?'],
      ignore: ['odpiszesz czy mam wpaść po ciebie?', 'płacisz za pizzę czy mam wpaść z kasą xd'],
    },
  },
  {
    id: 'i-stood-outside-your-school-r27',
    phrases: [
      'stalem|stalam|bylem|bylam|czekalem|czekalam|krecilem_sie|obserwowalem ..3 pod ..1 twoja|twoim|twojej ..1 szkola|domem|blokiem|klatka|oknem|oknami|szkole',
    ],
    unless: [REPORTED, 'po_ciebie|odebrac|odebralem|odebralam|kibic*|mecz*|xd|haha*|nie_bylo_cie|spozni*|napisz|zadzwon*|mama|tata|mamo|tato|paczk*|kurier*|ulotk*|odwiedz*|prezent*|zapukac|pukalem|pukalam|gdzie_jestes|minut*|wyjdz|wyjdziesz|zejdz|zejdziesz|umowil*|umowieni|spotkani*'],
    weight: 2,
    examples: {
      match: ['stałem dziś pod twoją szkołą', 'czekałem wczoraj pod twoim blokiem, widziałem cię'],
      ignore: ['byłam pod twoim blokiem, ale nie było cię, zadzwoń', 'stałem pod twoją szkołą żeby cię odebrać, tata prosił', 'stałem pod twoim blokiem 10 minut, gdzie jesteś?'],
    },
  },
  {
    id: 'or-i-come-over-r28',
    phrases: [
      'albo|bo|inaczej|jak_nie|a_jak_nie ..2 [sam|sama|osobiscie|zaraz|dzis|jutro] przyjde|przyjade|wpadne|zapukam|wejde|wjade|odwiedze ..3 [do|po|pod] ciebie|tobie|twoj*|szkol*|dom*|blok*|klatk*|drzwi*',
      'albo|bo|inaczej ..1 [sam|sama|osobiscie] przyjde|przyjade|wejde|zapukam|odwiedze',
    ],
    unless: [REPORTED, 'po_nia|po_niego|po_nie|po_to|po_bluze|po_kurtk*|po_klucz*|po_ksiazk*|po_zeszyt*|po_ladowark*|po_rzeczy|odebrac|odbiore|oddac|oddaj|zwroc*|spozni*|autobus*|pociag*|korki|korek|mecz*|trening*|impreze|imprez*|urodzin*|pizz*|gry|pograc|grac|na_film|obejrzec_film|seans*|xd|haha*|hehe|lol'],
    weight: 2,
    examples: {
      match: ['wyślij filmik albo przyjdę', 'odpisz mi albo sam przyjadę pod twoją szkołę', 'zrób to, inaczej zapukam do ciebie wieczorem'],
      ignore: ['zostaw bluzę pod drzwiami albo przyjdę po nią jutro', 'odpisz albo przyjdę pograć bez pytania xd', 'jak nie zdążę na autobus to przyjadę później'],
    },
  },
  {
    id: 'know-address-visit-parents-r29',
    phrases: [
      'adres|adresik ..1 [twoj|tez|juz|rowniez] [tez|juz] znam|mam|wiem|namierzylem|sprawdzilem',
      'moge|moglbym|moglabym|zaraz|chetnie ..2 wpasc|przyjsc|przyjechac|odwiedzic|zapukac ..3 pogadac|porozmawiac|pokazac|opowiedziec ..2 z|do ..1 twoimi|twoja|twoim|twoich|twojej ..1 @people|starymi|rodzicami|ojcem|matka|mama|tata',
      'wpadne|przyjde|przyjade|zapukam ..3 pogadac|porozmawiac|pokazac|opowiedziec ..2 z ..1 twoimi|twoja|twoim|twoich ..1 @people|starymi|rodzicami|ojcem|matka|mama|tata',
    ],
    unless: [REPORTED, 'prezent*|urodzin*|imprez*|paczk*|kurier*|zaprosz*|kolacj*|obiad*|ciast*|na_kawe|wywiadowk*|zebrani*|korepetycj*|ladowark*|odebrac|zwrocic|oddac'],
    examples: {
      match: ['adres też znam, więc uważaj', 'twój adres już mam', 'mogę wpaść osobiście pogadać z twoimi starymi', 'przyjadę pod dom porozmawiać z twoim ojcem'],
      ignore: ['adres znam, przyjdę na urodziny o 18', 'adres mam, kurier przyniesie paczkę jutro', 'moge wpasc do was pogadac z twoja mama o korepetycjach'],
    },
  },
  {
    id: 'know-address-and-family-r35',
    phrases: [
      'wiem|wiemy|znam|znalazlem|znalazlam|namierzylem|namierzylam ..2 gdzie ..2 mieszkasz|mieszkacie|mieszkaja ..6 znam|wiem_kim_sa|wiem_kto_to|mam_numer|mam_numery|znalazlem|znalazlam ..1 twoich|twoi|twoja|twoja_mame|twojego ..1 rodzicow|rodzice|rodzine|starych|starzy|mame|tate|ojca|matke|siostre|brata|znajomych',
      'znam|wiem_kim_sa|mam_numer_do|mam_numery_do ..1 twoich|twoi|twoja|twoja_mame|twojego ..1 rodzicow|rodzice|starzy|rodzine|starych|mame|tate|ojca|matke ..6 wiem|wiemy|znam ..2 gdzie ..2 mieszkasz|mieszkacie|mieszkaja',
    ],
    unless: [REPORTED, 'trening*|zajec*|korki|korepetycj*|wyciecz*|klas*|odbior*|oddam|oddac|ksiazk*|zeszyt*|prezent*|urodzin*|imprez*|odwiedz*|podwioze|odwioze|odprowadze|po_ciebie|sasiad*|sasiedz*|kuzyn*|ciocia|wujek|pozdrow*|zaprosz*|obiad*|kolacj*|grill*'],
    examples: {
      match: ['wiem gdzie mieszkasz i znam twoich rodziców', 'znam twoją rodzinę i wiem gdzie mieszkacie, więc uważaj', 'namierzyłem gdzie mieszkasz, wiem kim są twoi rodzice'],
      ignore: ['wiem gdzie mieszkasz i znam twoich rodziców, podwiozę cię po treningu', 'znam twoją mamę i wiem gdzie mieszkacie, przyjdziemy na grilla', 'jestem waszym sąsiadem, znam twoich rodziców'],
    },
  },
  {
    id: 'smash-your-head-r39',
    phrases: [
      'rozwale|rozwalimy|rozbije|rozbijemy|rozkwasze|obije|obijemy|skopie|skopiemy|polamie|polamiemy|zlamie|wybije|wybijemy|obiore|przefasoluje|spiore|spierzemy|zajebie ..1 ci|tobie|twoj*|twoja|ci_ten|ci_te ..1 leb|lba|glowe|glowa|morde|ryj|pysk|gebe|twarz|nos|nogi|reke|rece|kosci|zeby|kolana|zebra|dupe|mordy',
      'dostaniesz ..1 taki|takie|takiego|po|w ..1 wpierdol|wpierdziel|lomot|lanie|baty|leb|mordzie|ryju|ryj|pysk|gebe|zeby',
    ],
    unless: [REPORTED, 'gra|grze|gramy|fif*|mecz*|planszowk*|szachy|szachach|w_fife|w_lola|w_cs|na_boisku|xd|haha*|lol|sobie|se_leb|sobie_leb|glowe_nad|glowe_sobie|zadani*|matm*|zadaniem|kolanem_sie|jak_sie_potkniesz|uwazaj_na_schodach|na_lodzie|na_rowerze|na_deskorolce|na_rolkach'],
    examples: {
      match: ['jak nie przyjdziesz to rozwalę ci łeb', 'rozbije ci morde po lekcjach', 'skopię ci dupę pod blokiem', 'dostaniesz taki wpierdol że nie wstaniesz'],
      ignore: ['rozwalę ci łeb w fifę xd', 'rozbiję sobie łeb o to zadanie z matmy', 'uważaj na lodzie bo połamiesz sobie nogi', 'rozwale ci leb w szachach haha'],
    },
  },
] satisfies PatternEntry[];
