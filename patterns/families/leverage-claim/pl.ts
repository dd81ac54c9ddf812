import type { PatternEntry } from '../../schema';

/** Someone reporting a threat they received ("ktoś mi napisał '...', co mam robić?") is asking for help, not threatening. */
const REPORTED = 'ktos_mi_napisal|ktos_mi_wyslal|ktos_do_mnie_napisal|ktos_napisal_do_mnie|ktos_mi_pisze|dostalam_wiadomosc|dostalem_wiadomosc|dostalam_taka|dostalem_taka|dostalam_dzis|dostalem_dzis|co_mam_robic|co_mam_zrobic|co_teraz_robic|grozi_mi|szantazuje_mnie|ktos_mnie_szantazuje|napisal_do_mnie_ze|napisala_do_mnie_ze|pisze_do_mnie_ze';

export default [
  {
    id: 'recorded-you',
    phrases: [
      'nagral*|nagrywal*|nagralem|nagralam|zarejestrowal*|zapisal*|nagrany|nagrana|nagrane ..4 nasz*|cala|calosc|twoja|twoje|twoj|wszystko|cie|ciebie ..3 rozmow*|kamer*|kamerce|kamer*|call*|wideo*|video*|czat*|sesj*|co_robil*|jak_sie|jak_ty|nago|golego|masturb*',
      'nagral*|nagrywal*|nagralem|nagralam ..2 cie|ciebie|wszystko|wszystko_co|to_co ..4 robil*|robiles|robilas|wyprawial*|pokazywal*|kamer*|kamerce|wideo|nago|golego|rozebran*',
      'nagral*|nagrywal*|nagralem|nagralam ..2 cie|ciebie|wszystko|wszystko_co|to_co ..4 na|z|przez @cam|omegle|ome_tv|ometv|chatroulette|azar|camsurf|chatrandom|kamerce|kamerze|kamerki|kamerka',
      'mam|mamy|posiadam|posiadamy|trzymam|trzymamy|zachowalem|zachowalam|zapisalem|zapisalam ..2 nagrani*|film*|filmik*|wideo|video|zapis* ..4 rozmow*|kamer*|kamerce|kamer*|call*|z_toba|ciebie|cie|twoj*|nago|masturb*|na_ktorym|gdzie_ty|gdzie_sie|jak_ty|jak_sie',
      'mam ..1 cie|ciebie ..1 nagran*|nagranego|nagrana|na_nagraniu|na_filmiku|na_wideo|na_kamerze|nagrana_nago',
      'wszystko ..1 nagral*|nagralem|nagralam|mam_nagrane|mam_zapisane|zapisalem|zapisalam',
      'nagral*|nagrywal*|mam_nagrane|mam_na_nagraniu|screen*|zrzut*|skrin* ..4 rozbier*|rozbieral*|masturb*|nago|golego|dotykal*|dotykasz|bez_ubrania|w_bieliznie|w_samej_bieliznie',
      'zrzut*|screen*|skrin* ..3 z|ze ..2 kamer*|rozmow*|wideo*|video*|call*|czat*|facetime*',
      'wszystko ..2 nagrane|nagrywane|nagrywalem|nagrywalam|zapisane_na_nagraniu',
      'nasza|twoja ..1 rozmowa|sesja|kamerka ..2 byla ..1 nagrywana|nagrana',
    ],
    unless: ['obiecales|obiecalas|obiecal|obiecala|ze_oddasz|ze_oddam', REPORTED, 'legendarn*|pamietasz|pamietacie ..1 jak ..1 zrobilem|zrobilam ..2 screen*|zrzut*|skrin*', 'spadl|spadla|spadles|spadlas|krzesl*|stream*|streamer*|twierdze|twierdzisz|racje|pizz*|zaklad*|przegral*|wygral*', 'wywal*|wywrac*|przewrac*|wywrotk*|glebe|gleba|glebn*|lodowisk*|lyzw*|rolkach|poslizg*|potykasz|potknal*|potknel*|upadl*|upadasz|spadasz|chrapiesz|ziewasz|beczysz|kichasz|czkawk*|wyglupiasz', 'babci*|dziadk*|rodzin*|cioci*|wujk*|lekcj*|koncert*|mecz*|tiktok*|taniec|tanczy*|tanc*|zajeciach|zajec*|sklep*|monitoring*|kradl*|kradziez*|zlodziej*|parking*|wesel*|slub*|komuni*|urodzin*|spiew*|przedstawieni*|jaselk*|akademi*|wystep*|zajecia|wyklad*'],
    examples: {
      match: ['Mam nagranie z naszej rozmowy na kamerce 😈', 'nagrałam wszystko co robiłeś na kamerce haha', 'nagrałem naszą rozmowę wideo', 'Posiadam nagranie wideo, na którym się masturbujesz', 'nagrałem cię na kamerce', 'wszystko nagrane', 'nagrałem wszystko co tam robiłeś', 'nagrałam cię jak się pokazywałeś', 'posiadamy nagrania z Pana kamery', 'nagrałem cię na omegle', 'nagrałam wszystko z ome tv'],
      ignore: ['mam screeny z naszej rozmowy jak obiecales ze oddasz kase xd', 'mam screeny z calej naszej rozmowy z grupy i dalej twierdze ze to ty wybrales ta pizze', 'nagralem nasza rozmowe na dc, ale bylo smiesznie jak kuba spadl z krzesla xd', 'nagrałam nasz taniec na tiktoka', 'mam nagranie z koncertu', 'nagrałem lekcję żeby mieć notatki', 'nagrałem cię na kamerce na zajęciach z tańca', 'mam nagranie z kamery w sklepie jak ktoś kradł', 'pamiętacie jak zrobiłam screena z rozmowy z wychowawcą? legendarne', 'mam filmik jak się wywracasz na rolkach', 'mam nagranie jak chrapiesz w autobusie'],
    },
  },
  {
    id: 'have-your-pics',
    phrases: [
      'mam|posiadam|trzymam|zachowalem|zachowalam|zapisalem|zapisalam|zgralem|zgralam|skopiowalem|skopiowalam ..3 twoje|twoich|wszystkie|te ..2 nudes*|nudesk*|nagie|nagich|intymn*|prywatn*|rozebran*|golas*|sprosn*|pikantn*',
      'mam|posiadam|trzymam|zapisalem|zapisalam|zachowalem|zachowalam ..1 wszystkie ..1 twoje|twoich ..1 zdjec*|fotk*|nudes*|filmik*|nagrania|wiadomosci|rozmowy|fotki|foty',
      'nagrani*|zapis* ..1 ekranu ..4 rozmow*|kamer*|call*|wideo*|video*|nasz*|ciebie|cie|toba',
      'mam|posiadam|trzymam ..2 twoje|twoich ..1 nudes*|nudesk*|nagie|nagich|nagrani*|filmik*|golas*',
      // Silesian "mom" (mam) before a Polish possessive: "mom twoje nagie fotki".
      'mom ..1 twoje|twoich|twoja|twoj|wszystkie ..2 nudes*|nudesk*|nagie|nagich|nagi|golas*|intymn*|prywatn*|rozebran*|fotki|fotk*|zdjec*|filmik*|nagrani*',
      '@photo|nudes*|nudesk*|wiadomosc*|rozmow*|czat* ..6 mam ..3 zapisan*|zachowan*|zapisane|na_dysku|w_telefonie|na_kompie|skopiowan*|zrzucone|zescreenowan*',
      'mam ..3 zapisan*|zachowan*|skopiowan* ..3 twoje|twoich|@photo|nudes*|rozmow*|czat*|wiadomos*',
      'zapisalem|zapisalam|zachowalem|zachowalam|zescreenowalem|zescreenowalam|skopiowalem|skopiowalam|zgralem|zgralam ..3 wszystkie|wszystko|twoje|te|nasze|kazde ..2 @photo|nudes*|rozmow*|czat*|wiadomos*|co_wyslalas|co_wysylalas|co_mi_wyslalas|co_wyslales',
      'mam [je] wszystko|wszystkie ..3 co_mi|ktore_mi|co_ty|jakie_mi ..1 wyslalas|wyslales|wysylalas|pokazalas|pokazales|wysylales',
    ],
    unless: [REPORTED, 'dziecinstw*|wakacj*|wyciecz*|imprez*|przedszkol*|komuni*|zajec*|lekcj*|przepis*|notatk*|zadani*|bal|balu|studniowk*|klasow*|album*|kroni*|wystep*'],
    examples: {
      match: ['mom twoje fotki nagie, wiesz?', 'mom wszystkie twoje nudesy zapisane', 'pamiętasz te zdjęcia co mi wysłałaś? mam je wszystkie zapisane', 'mam twoje nudesy', 'mam twoje nagie zdjęcia', 'zapisałem wszystkie twoje zdjęcia', 'mam wszystko co mi wysłałaś', 'zachowałem twoje prywatne zdjęcia'],
      ignore: ['mom twoje notatki z biologii', 'mom told me about your photos from the trip', 'mom twoje zdjecia z wycieczki do kroniki', 'mam twoje zdjęcie z dzieciństwa w kąpieli', 'mam wszystkie notatki zapisane', 'zapisałem zdjęcia z wycieczki na dysku', 'zapisalam twoje zdjecia z balu na dysku klasowym'],
    },
  },
  {
    id: 'have-screenshots',
    phrases: [
      'mam|zrobilem|zrobilam|porobilem|porobilam|trzymam|posiadam ..2 screeny|screena|screenshot*|skriny|skrin*|zrzuty|zrzut*|screen* ..3 nasz*|twoich|twoje|rozmow*|czat*|wiadomos*|wszystkiego|konwersacj*|tego_co_pisal*',
      'screeny|screenshoty|zrzuty|skriny ..2 nasz*|twoich|wszystkich ..1 rozmow*|czat*|wiadomos*|konwersacj* ..4 mam|zrobione|zapisane|zachowane',
    ],
    unless: ['obiecales|obiecalas|obiecal|obiecala|ze_oddasz|ze_oddam', REPORTED, 'xd|haha|hahaha|hehe|legendarn*', 'ale_beka|ale_beke|beka_z_tego|smieszne|zabawne|do_kroniki|babci*|dziadk*|rodzin*|mama|mamy|taty|tata|cioci*|wujk*|mema|memy|memow|ocen*|planu|zadani*|lekcj*|pogody|wynik*|grup*|klasow*'],
    examples: {
      match: ['mam screeny naszych rozmów i twoje nudesy', 'zrobiłem screeny wszystkich twoich wiadomości', 'mam zrzuty ekranu naszej konwersacji'],
      ignore: ['mam screeny z naszej rozmowy jak obiecales ze oddasz kase', 'zrobiłem screena twojej wiadomości, ale beka', 'zrobiłam screena tego mema xD', 'mam screeny planu lekcji', 'zrobiłem screena twojej wiadomości o pizzy haha, mam go dalej'],
    },
  },
  {
    id: 'intimate-pics-are-with-us-r34',
    phrases: [
      'zdjec*|fotki|foty|fotek|nagrani*|filmik*|nudes*|nudesy ..3 w_bieliznie|w_samej_bieliznie|nago|nagie|intymne|rozbieran*|topless|w_stringach ..6 sa|mamy|trzymamy|posiadamy|zostaly|znajduja_sie ..2 you_nas|you_mnie|zapisane|zachowane|w_naszej_bazie|w_naszym_archiwum',
      'nagie|intymne|rozbierane|prywatne ..1 zdjec*|fotki|foty|nagrani*|filmiki ..4 sa|zostaly|znajduja_sie ..2 you_nas|you_mnie',
      'mamy|posiadamy|trzymamy ..2 twoje|pani|pana ..1 zdjec*|fotki|nagrani*|filmik* ..2 w_bieliznie|nago|nagie|intymne|rozbieran*|topless',
    ],
    unless: [REPORTED, 'sklep*|katalog*|kolekcj*|promocj*|rabat*|zamowien*|rozmiar*|reklam*|produkt*'],
    examples: {
      match: ['zdjęcia pani w bieliźnie z sesji są u nas w archiwum', 'twoje nagie zdjęcia są już u mnie', 'posiadamy pani zdjęcia w bieliźnie z castingu'],
      ignore: ['zdjęcia bielizny z nowej kolekcji są u nas w sklepie', 'zdjęcia z wycieczki są u mnie na dysku', 'mamy twoje zdjęcia do legitymacji'],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'zhakowal*|shakowal*|zhackowal*|hacknal*|hakn*|hackl*|hakl*|zhackl*|zhakl*|zhakowalem|wlamal*|wlamalem|przejal*|przejalem|przejelismy ..2 [do] twoje|twoj|twoja|twojego|twojej|twoich|ci|cie|ciebie ..2 konto|konta|telefon*|instagram*|snap*|@app|maila|poczte|haslo|icloud*|dysk*|galeri*|komputer*|kamer*|urzadzeni*',
      'mam [pelny|caly|teraz|juz] dostep ..3 do ..2 twojego|twojej|twoich|twoje|twoj ..1 konta|telefonu|galerii|zdjec|kamery|kontaktow|maila|poczty|instagrama|snapa|urzadzenia|komputera|dysku|icloud*|@app',
      'czytalem|czytalam|przeczytalem|przeczytalam|przegladalem|przegladalam|widzialem|widzialam ..2 wszystkie|cale ..1 twoje|twoich ..1 dmy|dm*|privy|priv*|wiadomosci|wiadomosc*|rozmowy|czaty|konwersacj*',
      'czytalem|czytalam|przeczytalem|przeczytalam|przegladalem|przegladalam ..1 twoje|twoich ..1 dmy|dm*|privy|priv*|prywatne_wiadomosci|rozmowy|czaty|konwersacj*',
      'znam ..1 twoje ..1 haslo|hasla',
      'twoj|twoja|twoje ..1 konto|telefon|komputer|kamera|urzadzenie ..3 zostal*|zostalo|jest ..3 zhakowan*|shakowan*|przejet*|zainfekowan*|pod_moja_kontrola',
      'wiem|widzialem|widzialam|widzielismy ..3 co ..1 ogladasz|ogladales|ogladalas|robisz|robiles|robilas ..3 w_nocy|porno*|strony|stronach|w_internecie|przed_kamer*|na_kamer*',
      'mam ..3 liste|wszystkich|wszystkie ..3 twoich|twoje ..1 znajom*|followers*|obserwuj*|kontakt*|rodzin*|bliskich',
      'mam ..2 twoich ..1 znajomych|followersow|obserwujacych|kontakty|rodzine',
    ],
    unless: [REPORTED, 'wylogow*|haslo_do_wifi|wifi|wi_fi|hasla_do_wifi|do_gry_w|grze|serwer*_minecraft|grup*|klasow*|dysku_klasowego|na_grupie|czatu_klasowego'],
    examples: {
      match: ['Zhakowałem twoje konto na instagramie i mam wszystkie twoje prywatne wiadomości', 'mam dostęp do twojego telefonu', 'hackłem twojego snapa', 'mam dostep do twojego insta', 'czytalem wszystkie twoje dmy', 'Twoje urządzenie zostało zhakowane', 'twoje konto na snapie zostało przeze mnie przejęte', 'twój telefon został właśnie przez nas zhakowany', 'wiem co oglądasz w nocy na stronach porno', 'mam listę wszystkich twoich znajomych', 'znam twoje hasło'],
      ignore: ['przejalem twoje konto w minecraft bo zapomniales sie wylogowac lol', 'ktoś zhakował konto szkoły na fb', 'mam hasło do wifi', 'widziałem twoje wiadomości na grupie klasowej', 'mam dostęp do dysku klasowego', 'zhakowałem grę i mam nieskończone życie'],
    },
  },
  {
    id: 'have-your-photos-plain',
    phrases: [
      'mam|posiadam|trzymam ..1 twoje|twoja|twoich ..1 zdjec*|fotk*|foty|fotki|zdjecia|filmik*|filmy|fote',
      'mam ..1 je ..1 wszystkie',
      // "Still have" needs what is held: "nadal mam błędy" (still have errors) is no claim.
      'dalej|nadal|wciaz|ciagle|caly_czas|dalej_se ..1 je|ich|twoje|wszystko|wszystkie ..1 mam|trzymam|przechowuje',
      'dalej|nadal|wciaz|ciagle|caly_czas|dalej_se ..1 mam|trzymam|przechowuje ..2 je|twoje|wszystkie|wszystko|zdjecia|fotki|filmiki|nagrania|nudesy',
      'zdjec*|fotk*|foty|filmik*|nagrani*|prywatne|nudes* ..6 dalej|nadal|wciaz|ciagle|caly_czas mam|trzymam|przechowuje',
      'mam|trzymam ..1 je|te|ich|wszystko ..1 dalej|nadal|wciaz|ciagle|caly_czas|you_siebie|w_telefonie|na_dysku|na_kompie',
    ],
    unless: [REPORTED, 'kolon*|oboz*|aparat*_na_zeb*|aparatem|osiemnast*|18stk*|wesel*|slub*|chrzcin*|chrzt*|wysle_ci|przesle_ci|podesle_ci|na_maila|pendriv*|wyslac_ci|podeslac_ci|przeslac_ci|chcesz_je|chcesz_zebym|dziecinstw*|wakacj*|wyciecz*|imprez*|przedszkol*|komuni*|urodzin*|klasow*|legitymacj*|dowod*|notatk*|zadani*|zeszyt*|ksiaz*|klucze|rzeczy|bluz*|kurt*|dokument*|do_albumu|do_kroniki|do_gazet*|sesji_na|z_sesji_na|meczu|meczow|treningu|turniej*|zawodow|na_grupe_klubu|na_grupe_druzyny'],
    weight: 2,
    examples: {
      match: ['twoje zdjęcie z weryfikacji dalej mam', 'te prywatne co mi wysłałaś nadal mam', 'Mam twoje zdjęcia z insta', 'mam twoje fotki', 'dalej je mam hehe', 'nadal mam te twoje fotki', 'mam je wciąż w telefonie'],
      ignore: ['nadal mam błędy po aktualizacji', 'dalej mam gorączkę', 'nadal mam te same problemy z kompem', 'mam twoje zdjęcia z meczu, wrzucę na grupę drużyny', 'mam twoje zdjęcie z dzieciństwa', 'mam twoje notatki z biologii', 'mam twoje zdjęcia z wycieczki do kroniki', 'nadal mam twoje klucze', 'dalej mam te zeszyty z zeszłego roku', 'mam twoje zdjecia z basenu, wysle ci na maila', 'mam twoje zdjęcia z obozu, pokażę je na twojej osiemnastce', 'mam twoje fotki z kolonii z aparatem na zębach'],
    },
  },
  {
    id: 'have-something-on-you',
    phrases: [
      'wiesz|pamietaj|pamietasz|zapomnialas|zapomniales ..2 co ..1 mam ..1 na ..1 ciebie|cie',
      'mam ..2 haka|haki|kompromat*|materialy|dowody|sporo|duzo|cos ..2 na ..1 ciebie',
      'mam ..1 na ..1 ciebie ..1 haka|haki|kompromat*|materialy|dowody|sporo|duzo|cos',
    ],
    unless: [REPORTED, 'xd|haha*|hehe_zart|zart*|zartuje|mecz*|gra|grze|rund*|szachy|lekcj*|sprawdzian*|plan*|pomysl*|prezent*|niespodzian*|zadani*|sprawe_do|ochote|czas|oko|nadzieje|wplyw'],
    examples: {
      match: ['przecież wiesz co mam na ciebie', 'mam na ciebie haka', 'mam sporo na ciebie, więc lepiej słuchaj'],
      ignore: ['mam na ciebie oko xd', 'mam coś na ciebie, prezent na urodziny', 'mam na ciebie czas w sobotę'],
    },
  },
  {
    id: 'found-your-people',
    phrases: [
      'znalazlem|znalazlam|namierzylem|namierzylam|wyszukalem|wyszukalam|znalezlismy ..2 twoja|twoich|twoj|twoje|twojego|twojej ..1 rodzin*|rodzicow|mame|tate|ojca|matke|siostre|brata|znajomych|szkole|adres|profil*',
    ],
    unless: [REPORTED, 'wyciecz*|urodzin*|imprez*|zgubil*|zgubion*|portfel*|telefon*|klucz*|bluz*|kurt*|plecak*|zeszyt*|lekcj*|zadani*'],
    weight: 2,
    examples: {
      match: ['znalazlem twoja rodzine na fb', 'namierzyłem twoich rodziców na insta'],
      ignore: ['znalazłem twoją bluzę w szatni', 'znalazłam twój telefon, był w plecaku'],
    },
  },
  {
    id: 'your-show-is-saved',
    phrases: [
      'cale|caly|cala|twoje|twoj|twoja ..1 [cale|caly|cala] przedstawienie|show|pokaz|striptiz*|rozmow*|wideorozmow*|kamerk* ..3 mam|trzymam|nagrane|zapisane|zapisany|zapisana ..3 [na|w] laptop*|kompie|komputerze|telefonie|dysku|chmurze|pendriv*|galerii',
    ],
    unless: [REPORTED, 'szkol*|teatr*|jaselk*|akademi*|tanc*|taniec|koncert*|dumn*|piekn*|super|brawo|babci*|dziadk*|wystep*|prezentacj*|lekcj*|zadani*|projekt*'],
    examples: {
      match: ['cale twoje przedstawienie mam na laptopie xd', 'twoja rozmowa na kamerce zapisana na dysku'],
      ignore: ['cale twoje przedstawienie w szkole mam nagrane, super bylo', 'twoj taniec mam nagrany na telefonie'],
    },
  },
  {
    id: 'access-to-your-device',
    phrases: [
      'uzyskalem|uzyskalam|uzyskalismy|zdobylem|zdobylam|zdobylismy|mam|mamy|posiadam|posiadamy|dostalem|dostalam ..2 dostep ..3 do ..1 twoj*|pana|pani|panskiego|panstwa|waszego ..2 urzadzeni*|komputer*|kamer*|kamerki|telefon*|laptop*|systemu|skrzynk*|kont*|kontaktow|poczty|smartfon*|sprzetu',
      'nagralem|nagralam|nagralismy|zarejestrowalem|zarejestrowalam|zarejestrowalismy|zapisalem|zapisalam ..3 material*|nagrani*|film*|wideo|video|obraz ..3 z|przez ..1 kamer*|kamerki|webcam*|twojej_kamery|pana_kamery|pani_kamery',
      'przez|z|dzieki ..1 twoja|twoja_kamerk*|twojej|pana|pani ..1 kamer*|kamerk*|webcam* ..4 nagral*|nagralem|nagralismy|zarejestrowal*|widzialem|widzialam|nagranie|nagrania|material*',
    ],
    unless: [REPORTED, 'wyciecz*|lekcj*|wyklad*|zajeci*|koncert*|mecz*|wesel*|slub*|urodzin*|monitoring*|domofon*|bibliotec*|szkoln*|nauczyciel*|pozwolil*|zgod*|haslo_do_wifi|wifi|dysku_klasowego|naprawy|naprawi*|serwis*|informatyk*|nie_mam|nie_mamy|nikt_nie'],
    examples: {
      match: ['Informuję, że uzyskałem dostęp do Pana/Pani urządzenia i nagrałem materiał z kamery internetowej', 'mamy dostęp do twojego komputera i kamery', 'przez twoją kamerkę nagrałem wszystko'],
      ignore: ['mam dostęp do komputera w bibliotece', 'nagrałem materiał z kamery na wycieczce', 'informatyk ma dostęp do twojego komputera, naprawi go'],
    },
  },
  {
    id: 'still-have-it',
    phrases: [
      'mam|trzymam|zachowalem|zachowalam ..2 jeszcze|nadal|dalej|wciaz|caly_czas|wszystkie|zapisane ..2 te|twoje|twoj|twoja|nasze|twoich ..1 screeny|screenshot*|zrzuty|nudes*|nudesk*|zdjecia|fotki|foty|nagrani*|filmik*|wiadomosci|rozmowy',
      'jeszcze|nadal|dalej|wciaz|ciagle ..1 mam|trzymam ..2 te|twoje|twoj|twoja|nasze|twoich ..1 screeny|screenshot*|zrzuty|nudes*|nudesk*|zdjecia|fotki|foty|nagrani*|filmik*|wiadomosci|rozmowy',
    ],
    unless: [REPORTED, 'z_wycieczki|z_wakacji|z_imprezy|z_urodzin|ze_slubu|z_wesela|z_obozu|z_kolonii|klasow*|grupow*|dziecinstw*|bobas*|maly|mala|smieszn*|xd|haha*|zadani*|notatk*|lekcj*|dowod*|policj*|zglos*|usunal*|usunel*|usunelam|nie_mam'],
    weight: 2,
    examples: {
      match: ['mam jeszcze te screeny, nie zapominaj', 'nadal mam twoje nudesy', 'trzymam wszystkie twoje zdjecia'],
      ignore: ['mam jeszcze te zdjęcia z wycieczki', 'mam jeszcze te screeny jako dowód dla policji'],
    },
  },
  {
    id: 'pay-and-i-delete',
    phrases: [
      'zaplac|zaplacisz|przelej|przelejesz|wyslij|wyslesz|wplac|wplacisz|przekaz|daj|dasz ..6 to|i|a|wtedy|potem ..2 usune|usuwam|skasuje|kasuje|wykasuje|wymaze|zniszcze|usuniemy|skasujemy',
      '@currency|@money|kod|kodu|kasy|hajsu|btc|bitcoin* ..3 to|i|a|wtedy|potem ..2 usune|usuwam|skasuje|kasuje|wykasuje|wymaze|zniszcze|usuniemy|skasujemy',
      'za ..2 @amount ..4 wszystko|to|je|filmik*|zdjecia|nagrani*|fotki|screeny ..1 znika|zniknie|znikna|usune|usuwam|skasuje|kasuje|wykasuje',
      'za ..2 @amount ..3 usune|usuwam|skasuje|kasuje|wykasuje ..1 wszystko|to|je|filmik*|zdjecia|nagrani*|fotki|screeny',
      'zaplac|zaplacisz|przelej|przelejesz|wplac|wplacisz|wyslij|wyslesz|dawaj ..6 a|i|to|wtedy|potem ..3 wszystko|to|je|filmik*|zdjecia|nagrani*|fotki|screeny ..1 zniknie|znikna|znika|przepadnie',
      'jak|jesli|jezeli|gdy ..1 wplacisz|zaplacisz|przelejesz|wyslesz_kod|wyslesz_kase ..3 to|wtedy ..1 usune|usuwam|skasuje|kasuje|wykasuje|zniknie|znikna',
      'zaplac|przelej|wplac|wyslij|zaplacisz|przelejesz|wplacisz ..6 a|i|to|wtedy|potem ..3 film*|filmik*|nagrani*|zdjecia|wszystko|fotki|to|je|material* ..1 zostanie|zostana|bedzie|beda ..1 usuniet*|skasowan*|wykasowan*|zniszczon*',
      '@amount ..3 i|a|to ..1 nikt ..2 nie ..1 zobaczy|dowie|bedzie_wiedzial|pozna',
      '@amount|kase|kaske|hajs|kod|przelew*|blik*|paysafe* ..6 obiecuje|przysiegam|slowo|potem|wtedy ..3 usune|skasuje|wykasuje|usuniemy|znikne|usune_wszystko',
      'usune|skasuje|wykasuje|usuniemy|skasujemy ..4 jak|jesli|jezeli|gdy|kiedy|dopiero_jak|dopiero_gdy ..2 zrobisz|wyslesz|nagrasz|pokazesz|zaplacisz|przelejesz|wplacisz|przyslesz|dasz',
      'jeszcze ..1 jeden|jedno|jedna|jednego|jednej|raz ..4 wtedy|potem|to|i|a ..1 usune|skasuje|wykasuje|usuniemy|usuwam|kasuje ..1 wszystko|je|to|wszystkie|twoje',
      'zaplac|przelej|wplac|zaplacisz|przelejesz|wplacisz ..6 i|a|to ..1 zapomnimy|zapomne|bedzie_po_sprawie|po_sprawie|koniec_sprawy|sprawa_zamknieta|dam_ci_spokoj|zostawie_cie_w_spokoju|znikam',
      'chcesz ..2 zebym|zeby|aby ..2 przestal|przestala|zostawil|zostawila|odpuscil|odpuscila|zniknal|zniknela|dal_ci_spokoj ..4 to|wiec ..3 @amount|zaplac|przelej|plac|kase|kod|zaplacisz|przelejesz',
      'ile ..1 dasz|zaplacisz|jestes_w_stanie_zaplacic|mozesz_dac|dalabys|dalbys|mozesz_zaplacic ..3 zebym|zeby|aby|bym|by ..2 to|je|wszystko|filmik|nagranie|zdjecia ..1 usunal|usunela|skasowal|skasowala|zniknelo|zniknely|wykasowal|nie_wyslal|nie_wrzucil',
    ],
    unless: [REPORTED, 'dlug*|dluga|dlugu|wisisz|oddasz|oddam|pozycz*|z_listy|liste|ogloszeni*|aukcj*|olx|vinted|allegro|pizz*|zamowieni*|rezerwacj*|zadani*|grupy|z_grupy|mema|xd|haha*|konto_w_grze|subskrypcj*|abonament*|reklam*|wirus*|plam*|graffiti|naprawi*|serwis*|premium|licencj*|koszyk*|sklep*|promocj*|wyprzedaz*|rabat*|zaleglosc*|mandat*|kara|kare|rachun*|czynsz*|abonament*|zamowien*|grup*|skladk*|zadani*|lekcj*|projekt*|ogloszeni*|hehe|herbat*|kaw*|obiad*|kolacj*|sniadani*'],
    examples: {
      match: ['wyślij kod paysafecard za 100 zł to wszystko usunę', 'zapłać i usunę, proste', 'przelej 300 zł a usuniemy nagranie', 'za 150 wszystko znika. kod paysafecard wyslij tutaj to usuwam', 'za 300 zł usunę wszystko', 'przelej a wszystko zniknie', 'to 250 na paypala. jak wplacisz to usune, slowo', 'Przelej 500 zł na konto a film zostanie usunięty', 'nie rób głupstw, zapłać i zapomnimy o sprawie', 'ile dasz żebym to usunął?', 'chcesz, żebym przestał? to 300 zł przelewem', 'potrzebuję jeszcze jednego filmiku, wtedy usunę wszystko', 'usunę jak zrobisz jeszcze jeden filmik dla mnie', '300 zł i nikt go nie zobaczy', 'daj mi jeszcze 100 zł i to już ostatni raz, obiecuję że potem usunę'],
      ignore: ['przelej 20 zł to skasuję twój dług', 'przelej mi za pizzę i usunę cię z listy', 'zapłać za rezerwację to usunę ogłoszenie z olx', 'za 20 zł usunę ci wirusa z kompa', 'za 30 zł wszystko znika z wersji premium, reklamy też'],
    },
  },
  {
    id: 'compromising-material',
    phrases: [
      'posiadamy|posiadam|mamy|mam|dysponuje|dysponujemy ..2 kompromituj*|intymn*|pikantn*|nagie|erotyczn*|wstydliw*|krepujac* ..2 nagrani*|zdjec*|material*|filmy|filmik*|wideo|video|fotografi*',
      'zostales|zostalas|zostal|zostala|byles|bylas ..1 nagran*|nagrany|nagrana|sfilmowan*|nagrywany|nagrywana ..4 podczas|gdy|jak|kiedy ..3 ogladania|ogladales|ogladalas|masturb*|rozbier*|porno*|stron*|dla_doroslych|onanizowal*',
    ],
    unless: [REPORTED, 'nie_mamy|nie_mam|nie_posiadamy|oszust*|uwazaj|ostrzeg*|policj*|scam|spam|phishing|lekcj*|mecz*|wyciecz*|zawod*|wystep*|artykul*|wiadomosci_tvn|news'],
    examples: {
      match: ['Posiadamy kompromitujące nagrania z Twoim udziałem.', 'Zostałeś nagrany podczas oglądania stron dla dorosłych.', 'mam intymne zdjecia z toba'],
      ignore: ['uwazaj na oszustow, pisza ze maja kompromitujace nagrania', 'zostałeś nagrany podczas meczu, super gol'],
    },
  },
  {
    id: 'or-your-account-is-gone',
    phrases: [
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie ..2 twoje|twoj|twoja ..1 @app|konto|profil|kanal ..1 zniknie|przepadnie|zostanie|bedzie ..1 [usuniete|usuniety|skasowane|zablokowane|zbanowane]',
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie ..2 usune|skasuje|zablokuje|zbanuje|przejme ..2 ci|twoje|twoj|twoja ..1 konto|@app|profil|kanal',
    ],
    unless: [REPORTED, 'zaloguj*|logowani*|haslo_do|regulamin*|moderator*|admin*|serwer*|gra|grze|gildi*|klan*|nieaktywn*|subskrypcj*|abonament*|platnosc_nieudana|xd|haha*'],
    weight: 2,
    examples: {
      match: ['wyślij kartę steam za 50 albo twoje insta zniknie', 'mam twoje hasło, przelej kasę albo usunę ci konto'],
      ignore: ['zaloguj się w ciągu 30 dni albo twoje konto zniknie, jest nieaktywne', 'przestrzegaj regulaminu albo zbanuje ci konto na serwerze'],
    },
  },
  {
    id: 'recorded-via-device-or-kept',
    phrases: [
      'nagralem|nagralam|sfilmowalem|sfilmowalam|nagrywalem|nagrywalam ..2 cie|ciebie ..3 przez|z|na ..1 twojego|twoj|twoja|twojej|twoim ..1 laptop*|komputer*|telefon*|kamer*|kamerk*|webcam*|ekran*',
      'blokuj|zablokuj|usun|kasuj|skasuj|blokujesz ..4 i_tak|tak_czy_siak|a_ja ..2 mam|zachowalem|zachowalam|zapisalem|zapisalam ..1 wszystko|twoje|je|to|wszystkie',
    ],
    unless: [REPORTED, 'lekcj*|wyciecz*|mecz*|koncert*|wystep*|taniec|tanczy*|urodzin*|xd|haha*|dowod*|policj*|zglos*|notatk*|zadani*'],
    examples: {
      match: ['To nie żart. Nagrałem cię przez twojego laptopa. Masz 48 godzin.', 'blokuj, i tak mam wszystko'],
      ignore: ['nagrałem cię przez twój telefon na wycieczce xd', 'usuń, i tak mam wszystko w notatkach'],
    },
  },
  {
    id: 'pics-of-you-naked',
    phrases: [
      'mam|posiadam|trzymam ..2 screeny|screena|zrzuty|zdjecia|fotki|foty|filmik*|nagrani*|nudes* ..3 jak|gdzie|na_ktorych|na_ktorym ..2 jestes|bylas|byles|sie ..1 naga|nagi|nago|rozebrana|rozebrany|rozbierasz|rozbieralas|gola|goly|w_bieliznie|bez_ubrania|bez_stanika',
    ],
    unless: [REPORTED, 'dziecko|dzieckiem|maly|mala|bobas*|niemowl*|basen*|plaz*|xd|haha*|nie_mam|usunal*|usunel*|policj*|zglos*'],
    examples: {
      match: ['mam screeny jak jesteś naga, co zrobisz', 'mam zdjęcia na których jesteś rozebrana'],
      ignore: ['mam zdjęcia jak jesteś goły jako bobas xd'],
    },
  },
  {
    id: 'remember-what-i-have-r6',
    phrases: [
      'pamietaj|pamietasz|nie_zapominaj|nie_zapomnij|zapomnialas|zapomniales|przypominam|wiesz ..3 ze|co|o_tym ..2 mam|trzymam|posiadam|zachowalem|zachowalam|zapisalem|zapisalam|nagralem|nagralam ..2 twoje|twoich|twoja|twoj|te|nasze|naszych|wszystko|wszystkie|je|na_ciebie|u_siebie|you_siebie|nagrani*|screeny|zdjecia|fotki|nudes*',
      'chcesz ..2 zeby|zebym|aby|by ..3 to|je|te|wszystko|filmik*|zdjecia|nagrani*|fotki|screeny ..1 zostalo|zostaly ..1 miedzy_nami|u_mnie|you_mnie ..4 plac|zaplac|zaplacisz|przelej|przelejesz|kosztuje|to_plac|to_przelej|@amount',
      'zostanie|zostana|zostalo ..2 miedzy_nami|u_mnie|you_mnie ..3 za ..2 @amount',
      'nagranie|nagrania|zdjecia|filmik*|fotki|nudes*|screeny ..2 zostanie|zostana|zostaje|zostaja ..1 miedzy_nami|you_mnie|u_mnie',
    ],
    unless: [REPORTED, 'oboz*|kolon*|maila|mail|wysle_ci|wyslac_ci|podesle|odesle|z_powrotem|pamiatk*|klucz*|ksiaz*|zeszyt*|notatk*|ladowark*|bluz*|kurt*|parasol*|plecak*|zadani*|lekcj*|prezent*|niespodzian*|urodzin*|wyciecz*|wakacj*|imprez*|dziecinstw*|mecz*|trening*|xd|haha*|bilet*|termin*|dentyst*|lekarz*|wizyt*'],
    examples: {
      match: ['nie zapominaj, że mam twoje zdjęcia', 'pamiętaj że mam nagranie', 'pamiętasz że mam wszystko zapisane na ciebie?', 'chcesz żeby to zostało między nami? to płać', 'zostanie między nami za 200 zł', 'przelej kasę, a nagranie zostanie między nami'],
      ignore: ['pamiętaj że mam twoje klucze', 'nie zapomnij że mam twoje notatki z biologii', 'pamiętasz że mam zdjęcia z wycieczki? wyślę ci'],
    },
  },
  {
    id: 'remember-what-you-sent-r6',
    phrases: [
      'pamietaj|pamietasz|nie_zapominaj|nie_zapomnij|wiesz ..2 co ..1 mam|posiadam|trzymam',
      'wiem ..2 o ..1 tobie ..1 wszystko|duzo|sporo|wiecej_niz_myslisz',
      'pamietasz|pamietaj|nie_zapominaj|zapomnialas|zapomniales|zapomnij ..2 co|jakie|te|ktore ..3 mi ..1 wyslalas|wyslales|pokazalas|pokazales|wysylalas|wysylales|przeslalas|przeslales|robilas|robiles',
      'chcesz ..2 zeby|zebym|aby|by ..3 to|je|te|wszystko|filmik*|zdjecia|nagrani*|fotki|screeny ..1 zniknelo|zniknely|zniknal|znikly|usunal|usunela|skasowal|skasowala|wykasowal',
      'wszystko|wszystkie|je|te ..1 mam ..2 na_dysku|w_telefonie|na_kompie|w_chmurze|zapisane|zachowane|u_siebie|you_siebie|skopiowane',
      'wszystko|wszystkie ..1 zapisane|zachowane|zescreenowane|skopiowane|zgrane|nagrane',
      'twoje|twoj|twoja ..1 @photo|fotki|zdjecia|nagrani*|nudes*|filmik* ..2 sa|jest|zostaly ..2 na_moim|w_moim|na_moim_kompie|na_moim_dysku|w_moim_telefonie|na_moim_telefonie',
    ],
    unless: [REPORTED, 'obiad*|kolacj*|sniadani*|lodowk*|plecak*|w_plecaku|w_kieszeni|link*|mem*|mema|zadani*|notatk*|lekcj*|prezent*|niespodzian*|urodzin*|wyciecz*|wakacj*|imprez*|xd|haha*|adres*|przepis*|piosenk*|playlist*|brzydk*|okropn*|z_grupy|grupy|admin*|reklam*|plam*|wirus*|cache|pamiec*|aktualizacj*|aplikacj*|dla_ciebie|na_jutro|do_zrobienia'],
    weight: 2,
    examples: {
      match: ['przypominam, że do piątku czekam na pieniądze. wiesz co mam', 'pamiętasz co mi wysłałaś w piątek?', 'chyba zapomniałaś co mi wysłałaś', 'wiem o tobie wszystko', 'pamiętaj co mam', 'chcesz żeby to zniknęło?', 'wszystko mam na dysku'],
      ignore: ['pamiętasz co mi wysłałaś wczoraj? ten link nie działa', 'pamiętaj co mam dla ciebie na urodziny', 'chcesz żebym usunęła to brzydkie zdjęcie z grupy?'],
    },
  },
  {
    id: 'webcam-material-r6',
    phrases: [
      'dysponuj*|posiada*|mamy|mam|zgralem|zgralam|przechwycil* ..3 nagrani*|nagraniem|nagraniami|material*|zapis*|film*|obraz* ..4 z|ze ..1 twojej|twojego|pana|pani|panskiej|panskiego|panstwa|waszej ..1 kamer*|kamerki|webcam*|urzadzeni*|komputer*|ekranu|telefonu|laptop*',
      'twoja|twoj|pana|pani ..1 kamer*|kamerka|webcam*|laptop*|komputer*|urzadzeni* ..3 nagral*|nagrywal*|zarejestrowal*|nagrywa|zostal*_zainfekowan*|jest_zainfekowan*',
    ],
    unless: [REPORTED, 'nie_mamy|nie_mam|nie_posiadamy|oszust*|uwazaj|ostrzeg*|policj*|scam|spam|phishing|lekcj*|mecz*|wyciecz*|zawod*|wystep*|artykul*|news|monitoring*|domofon*|wideorejestrator*|parking*|kradziez*|wesel*|slub*|koncert*|urodzin*|serwis*|naprawi*|napraw*|pomiar*'],
    examples: {
      match: ['Szanowny Użytkowniku, informujemy, że dysponujemy nagraniem z Twojej kamery internetowej.', 'posiadamy materiał z Pana kamery', 'Twoja kamera nagrała wszystko'],
      ignore: ['uważaj, oszuści piszą że dysponują nagraniem z twojej kamery', 'mam nagranie z kamery na parkingu jak ktoś porysował auto'],
    },
  },
  {
    id: 'copies-and-screen-recordings-r6',
    phrases: [
      'mam|zrobilem|zrobilam|trzymam|posiadam|zachowalem|zachowalam ..2 kopi*|backup* ..2 wszystkiego|wszystkich|twoich|twoje|naszych|tych|tego|nagran*|rozmow*|zdjec*',
      'nagrani*|nagranie|screen*|zrzut*|zapis*|nagralem|nagralam|screenowalem|screenowalam ..4 jak|gdy|kiedy ..2 [sie] rozbieral*|rozbierasz|przebieral*|przebierasz|dotykal*|dotykasz|masturb*|kapal*|pokazywal*',
    ],
    unless: [REPORTED, 'dokument*|plik*|notat*|zadani*|projekt*|projekc*|zrobilismy|robilismy|prezentacj*|dysk_szkoln*|klucz*|ksiaz*|lekcj*|zdjec*_z_wycieczki|wyciecz*|wakacj*|urodzin*|padl|padlo|padla|zgubil*|ukradl*|zepsul*|przepis*|gra|grze|save*|zapis_gry|xd|haha*|policj*|dowod*|zglos*|pedagog*'],
    examples: {
      match: ['mam kopię wszystkiego', 'zrobiłem nagranie ekranu jak się rozbierałaś', 'mam screeny jak się przebierasz'],
      ignore: ['mam kopię wszystkich notatek z biologii', 'mam kopię wszystkiego na dysku, telefon mi padł', 'mam screeny jako dowód dla policji'],
    },
  },
  {
    id: 'your-pics-are-with-me-r6',
    phrases: [
      'nagie|nudes*|nudesk*|intymn*|prywatn*|rozebran*|golas*|sprosn*|pikantn* ..3 sa|jest|zostaly|zostaja|zostana ..2 you_mnie|u_mnie|na_moim|w_moim|zapisane|zachowane|bezpieczne',
      '@photo|fotki|zdjecia|filmik*|nagrani* ..2 co|ktore ..1 mi ..1 wyslalas|wyslales|pokazalas|pokazales|przeslalas|przeslales|wysylalas|wysylales ..3 sa|zostaly|zostaja|mam ..3 you_mnie|u_mnie|na_kompie|na_dysku|w_telefonie|zapisane|juz',
      'widzialem|widzialam|ogladalem|ogladalam ..2 cie|ciebie ..2 nago|naga|nagiego|nagusienka|bez_ubrania|rozebran*|bez_stanika|bez_majtek ..4 zapisan*|nagran*|mam|screen*|zrzut*|wszystko',
      'zrobilem|zrobilam|mam ..2 screena|screeny|zrzut*|skrina|skriny|nagranie ..3 jak|gdy|kiedy|na_ktorym|na_ktorych ..2 bylas|byles|jestes|widac ..2 bez_stanika|bez_ubrania|naga|nagi|nago|w_bieliznie|bez_koszulki|rozebran*|bez_majtek',
    ],
    unless: [REPORTED, 'wyciecz*|wakacj*|imprez*|urodzin*|przedszkol*|komuni*|dziecinstw*|klasow*|legitymacj*|dowod*|notat*|zadani*|zeszyt*|ksiaz*|klucz*|rzeczy|bluz*|kurt*|dokument*|album*|kroni*|gazet*|wydrukowan*|odbitk*|ramk*|bobas*|maly|mala|basen*|plaz*|mecz*|z_powrotem|odesle|wysle_ci|oddam|szatni*|wf|xd|haha*|policj*|zglos*'],
    examples: {
      match: ['Twoje nagie zdjęcia są u mnie. Co zrobisz?', 'te fotki co mi wysłałeś są już u mnie na kompie', 'widziałem cię nago na kamerce, wszystko zapisane', 'zrobiłem screena jak byłaś bez stanika'],
      ignore: ['twoje zdjęcia z wycieczki są u mnie, wydrukowane', 'twoja bluza jest u mnie', 'znalazłem na twoim dysku ciekawe materiały do projektu', 'twoje notatki są u mnie w plecaku'],
    },
  },
  {
    id: 'reveal-and-hold-r6',
    phrases: [
      'myslales|myslalas ..1 ze ..2 rozmawiasz|piszesz|gadasz|pisales|pisalas|rozmawiales|rozmawialas ..2 z ..1 dziewczyna|dziewczynka|laska|chlopakiem|nastolatk*|rowiesnik*|rowiesniczka',
      'mam ..1 caly|cale|cala|calutki|calutkie ..1 film|filmik|nagranie|wideo|video|rozmowe|sesje|show|zapis|nagrania',
      'twoja|twoje|twoj ..1 reputacja|przyszlosc|opinia|zycie|los ..2 jest|sa ..2 w ..1 moich ..1 rekach',
      'zglosze|doniose|powiem ..2 cie|ciebie|na_ciebie ..2 policj*|na_policje|do_szkoly|dyrektor* ..6 nagie|nudes*|nudesy|zdjecia|wysylasz|wyslalas|wyslales|wysylalas|pornografi*',
      'to ..1 ty ..1 bedziesz|pojdziesz ..2 miala|mial|miec ..1 klopoty|problemy|przechlapane',
      'pojdziesz ..1 siedziec|do_wiezienia|do_poprawczaka|do_pudla',
      'uniknac ..2 sprawy|kary|zgloszenia|oskarzenia|wiezienia|problemow|konsekwencji|postepowania ..5 wplac|zaplac|przelej|wyslij|kare|oplate|grzywn*',
    ],
    unless: ['spiewal*|spiewasz|karaoke|smieszn*', REPORTED, 'mandat*|parking*|bilet*|kontrol*|gapow*|urzad|urzedu|urzedzie|urzedem|urzedy|urzedow|urzedni*|podat*|abonament*|rachun*|faktur*|obejrz*|ogladam*|ogladamy|pendriv*|seans*|bot|bota|botem|zart*|koncert*|mecz*|lekcj*|wyklad*|serial*|odcin*|sezon*|netflix|kino|pobran*|sciagn*|torrent*|dvd|harry|marvel|disney|bajk*|wyciecz*|urodzin*|wesel*|slub*|komuni*|zadani*|sprawdzian*|gra|grze|monopol*|wagar*|sciag*|papieros*|pale|palisz|e_pet*'],
    weight: 3,
    examples: {
      match: ['myślałeś że rozmawiasz z dziewczyną? 😂', 'mam cały film', 'twoja reputacja jest w moich rękach', 'zgłoszę cię na policję że wysyłasz nagie zdjęcia', 'to ty mi wysłałaś, to ty będziesz miała kłopoty', 'jesteś nieletnia, więc to ty pójdziesz siedzieć', 'Aby uniknąć sprawy, wpłać 1500 zł karę.'],
      ignore: ['mam nagrana cala nasza rozmowe z wczoraj jak spiewalismy, wysle ci', 'mam cały film z koncertu', 'myślałeś że rozmawiasz z dziewczyną? to był bot xd', 'mam cały sezon na dysku, obejrzymy?'],
    },
  },
  {
    id: 'formal-material-with-you-r6',
    phrases: [
      'posiadam|posiadamy|mam|mamy|dysponuje|dysponujemy|zgromadzilem|zgromadzilismy ..3 nagrani*|zdjec*|material*|filmy|filmik*|wideo|fotografi* ..3 z ..1 pana|pani|twoim|twoja|toba|panskim|panstwa ..1 udzialem|udziale|wizerunkiem',
      'w_celu ..1 uzgodnienia|ustalenia|omowienia ..1 warunkow|kwoty|platnosci|szczegolow',
    ],
    unless: [REPORTED, 'konkurs*|wyciecz*|zawod*|turniej*|mecz*|wystep*|koncert*|akademi*|uroczystos*|zakonczeni*_roku|zgod*_na_publikacj*|zgoda|rodo|oszust*|uwazaj|ostrzeg*|policj*|scam|spam|phishing|cert|umow*|najm*|wynajm*|mieszkani*|samochod*|sprzeda*|kupn*|ubezpiecz*|kredyt*|rat*'],
    examples: {
      match: ['Uprzejmie informuję, że posiadam nagrania z Pani udziałem. Proszę o kontakt w celu uzgodnienia warunków.', 'mam zdjęcia z twoim udziałem'],
      ignore: ['mamy zdjęcia z Twoim udziałem z konkursu, prosimy o zgodę na publikację', 'proszę o kontakt w celu uzgodnienia warunków najmu mieszkania'],
    },
  },
  {
    id: 'proof-and-hackers-r6',
    phrases: [
      'chcesz ..2 je|to|te|swoje ..1 odzyskac|z_powrotem|usunac|skasowac ..4 plac|zaplac|to_plac|przelej|to_przelej|zaplacisz|kosztuje',
      'mam|trzymam ..1 to|je|wszystko|wszystkie ..1 zapisane|nagrane|zachowane|zescreenowane|skopiowane',
      'a_ja|ja ..1 mam ..1 dowody|nagrania|screeny|zdjecia|wszystko|nagranie|haki|kompromat*',
      'mam ..1 na ..1 to ..1 dowody|screeny|nagrania|nagranie|zdjecia|dowod',
      'screen*|zrzut*|skrin* ..3 twoimi|twoich|twoje|twojej ..1 followers*|obserwuj*|znajom*|kontakt*|rodzin*|listy',
      'screeny|zrzuty|kopie|fragment*|klatki ..2 twojego|twoich|twojej|z_twojego ..1 nagrani*|filmik*|zdjec*|rozmow*|wideo',
      'haker*|hakerem|hakerka|zhakowal* ..6 twoje|twoich|twoja ..1 dane|zdjec*|haslo|hasla|kontakt*|konto|wiadomosc*|nudes*',
      '@amount|kod|kase|kaske|przelew*|blik*|paysafe*|zaplac*|przelej*|wplac* ..6 to|i|a ..1 nic ..1 nie ..1 wrzuce|wysle|opublikuje|udostepnie|rozesle|wrzucam|wysylam',
    ],
    unless: [REPORTED, 'bilet*|pizz*|obiad*|kino|kina|zakup*|skladk*|naprawe|naprawy|ciast*|zjadl*|zjadla|lekcj*|sprawdzian*|kartkow*|gra|grze|zaklad*|wygral*|zadani*|notat*|projekt*|projekc*|prezentacj*|dokument*|plik*|policj*|zglos*|pedagog*|wyciecz*|wakacj*|urodzin*|z_powrotem_ci|wysle_ci|odesle|oddam|zgubil*|zepsul*|padl|serwis*|napraw*|xd|haha*|hehe|lol|wiecej_niz|masz_wiecej'],
    weight: 5,
    examples: {
      match: ['chcesz je odzyskać to płać', 'mam to zapisane. czas na rozliczenie', 'nikt ci nie uwierzy, a ja mam dowody', 'mam na to dowody w galerii', 'wysłałam ci screena z twoimi followersami', 'to są screeny twojego nagrania', 'mój kolega jest hakerem, ma już wszystkie twoje dane i zdjęcia', 'podaj kod blik na 500 to nic nie wrzucę'],
      ignore: ['twoje zdjęcia są na moim dysku, wyślę ci z powrotem', 'a ja mam dowody że zjadłeś ciasto xd', 'mam to zapisane w notatkach'],
    },
  },
  {
    id: 'that-night-on-cam-r6',
    phrases: [
      'pamietasz|pamietaj|zapomnialas|zapomniales ..2 tamten|tamta|tamto|nasz|nasza|nasze|wczorajszy|wczorajsza ..1 wieczor|noc|rozmowe|rozmowy|kamerke|call*|wideo|czat ..3 na ..1 kamerce|kamerze|wideo|kamerka|snapie|messengerze',
    ],
    unless: [REPORTED, 'lekcj*|zajec*|klas*|grup*|projekt*|babci*|dziadk*|urodzin*|imprez*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['pamiętasz tamten wieczór na kamerce?'],
      ignore: ['pamiętasz tamten wieczór na kamerce z całą klasą?'],
    },
  },
  {
    id: 'you-know-what-i-have-r6',
    phrases: [
      'przypomne|przypominam|pokaze ..2 ci ..1 co ..1 mam|mamy|posiadam',
      'wiesz ..1 co ..1 ja ..1 mam|posiadam|trzymam',
      'nie ..1 odpowiadam|recze ..3 za ..6 stanie|bedzie|zrobie ..6 zdjec*|nagrani*|filmik*|fotkami|nudesami|screenami|materialami|zdjeciami',
      'chcesz ..1 przyklad|probke|probe|zajawke|dowod ..3 [zebym] [ci] [pokazal|wyslal]',
    ],
    unless: [REPORTED, 'plecak*|czekolad*|prezent*|dla_ciebie|w_plecaku|w_domu|w_lodowce|na_obiad|lekcj*|zadani*|matm*|przyklad_zadania|sprawdzian*|zakup*|cukierk*|niespodzian*|urodzin*|xd|haha*|hehe'],
    weight: 5,
    examples: {
      match: ['to ci przypomnę co mam. chcesz przykład?', 'ty wiesz co ja mam. wiec nie kombinuj', 'potem nie odpowiadam za to co się stanie z tymi zdjęciami'],
      ignore: ['ty wiesz co ja mam w plecaku? czekoladę xd', 'chcesz przykład z zadania 3?'],
    },
  },
  {
    id: 'still-with-me-r6',
    phrases: [
      'twoje|twoj|twoja ..1 @photo|zdjecia|fotki|foty|nagrani*|filmik*|nudes* ..1 dalej|nadal|wciaz|ciagle|caly_czas|juz ..1 sa|jest ..1 you_mnie|u_mnie',
    ],
    unless: [REPORTED, 'przyjdz_po|odbierz|zabierz|oddam|oddac|wydrukowan*|odbitk*|ramk*|album*|wyciecz*|wakacj*|urodzin*|imprez*|kroni*|klasow*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['myślisz że to coś da? twoje zdjęcia dalej są u mnie'],
      ignore: ['twoje zdjęcia nadal są u mnie, przyjdź po nie, są wydrukowane'],
    },
  },
  {
    id: 'i-have-them-so-behave-r8',
    phrases: [
      'mam|trzymam|zachowalem|zachowalam ..3 twoje|twoich|te|twoj|twoja ..2 @photo|zdjec*|fotki|foty|nagrani*|filmik*|screeny|nudes* ..6 lepiej_zebys|lepiej_zeby|lepiej_abys|lepiej_sluchaj|lepiej_odpisz|lepiej_odpisuj|lepiej_zaplac|lepiej_nie|radze_ci|radze_nie|radze_sluchac|radze_odpisac|radze_zaplacic|uwazaj|wiec_sluchaj|wiec_rob|nie_kombinuj|nie_probuj|grzeczn*',
    ],
    unless: [REPORTED, 'studniowk*|zgrac|zgraj|zapisz|pobierz|skopiuj|zawod*|mecz*|turniej*|trening*|koncert*|wystep*|sesj*|szkoln*|klasow*|zobaczyl|zobaczyla|zobacz|obejrz*|wybierz|wybral*|ktore|oddam|oddac|odbierz*|odebrac|z_powrotem|wysle_ci|podesle_ci|przesle_ci|odesle|do_albumu|album*|kroni*|wydruk*|wydrukowa*|odbitk*|ramk*|klucz*|notatk*|zeszyt*|ksiaz*|bluz*|kurt*|policj*|dowod*|zglos*|usun_je|usunac|skasuj|xd|haha*|hehe|lol'],
    examples: {
      match: ['ej tylko pamiętaj że mam jeszcze te twoje fotki z wakacji 😉 lepiej żebyś dalej odpisywał', 'mam twoje zdjęcia, więc radzę ci nie kombinować', 'trzymam te nagrania, uważaj co robisz'],
      ignore: ['mam twoje zdjęcia ze studniówki, radzę je zgrać', 'mam jeszcze twoje zdjęcia z wakacji, lepiej je odbierz zanim wyjadę', 'mam twoje zdjęcia z wakacji, lepiej je zgraj zanim zmienię telefon', 'mam twoje fotki z zawodów, lepiej żebyś je zobaczył', 'mam twoje notatki, lepiej przyjdź po nie jutro', 'mam twoje zdjęcia z obozu, lepiej żebyś je zobaczył xd'],
    },
  },
  {
    id: 'remember-i-still-have-r8',
    phrases: [
      'pamietaj|pamietasz|nie_zapominaj|nie_zapomnij ..2 ze ..1 mam|trzymam ..2 jeszcze|nadal|dalej|wciaz|ciagle ..3 @photo|zdjec*|fotki|foty|nagrani*|filmik*|screeny|nudes*',
      'pamietaj|pamietasz|nie_zapominaj|nie_zapomnij ..2 ze ..1 jeszcze|nadal|dalej|wciaz|ciagle ..1 mam|trzymam ..3 @photo|zdjec*|fotki|foty|nagrani*|filmik*|screeny|nudes*',
      'pamietasz ..1 te|tamte ..1 zdjecia|fotki|foty|nagrania|filmiki|nudesy ..3 z ..1 zeszlego|wczoraj|tamtego|soboty|piatku|weekendu|tamtej',
    ],
    unless: [REPORTED, 'basen*|plaz*|imprez*|meczu|mecz*|koncert*|oboz*|kolon*|wesel*|slub*|urodzin*|wyciecz*|oddam|oddac|odbierz*|odebrac|z_powrotem|wysle_ci|podesle_ci|przesle_ci|odesle|do_albumu|album*|kroni*|wydruk*|wydrukowa*|odbitk*|ramk*|klucz*|notatk*|zeszyt*|ksiaz*|bluz*|kurt*|policj*|dowod*|zglos*|chcesz_je|chcesz_zebym|xd|haha*|hehe|lol'],
    weight: 2,
    examples: {
      match: ['pamiętaj że mam jeszcze te twoje fotki', 'nie zapominaj że dalej mam twoje nagrania', 'pamiętasz te zdjęcia z zeszłego tygodnia?'],
      ignore: ['pamiętaj że mam jeszcze twoje zdjęcia z wakacji, wyślę ci', 'pamiętasz że mam jeszcze twoje zdjęcia do albumu?', 'pamiętasz te zdjęcia z zeszłego tygodnia z basenu?'],
    },
  },
  {
    id: 'screens-of-your-face-r8',
    phrases: [
      'mam|zrobilem|zrobilam|porobilem|porobilam|trzymam|zapisalem|zapisalam ..2 screeny|screena|screenshot*|zrzut*|skriny|skrina ..2 twojej_twarzy|twarzy|twojego_ciala|tego_zdjecia|tej_fotki|tego_filmiku|tego_nagrania|twoich_zdjec|twoich_fotek|twoich_nudesow|twojego_nagrania|twojego_filmiku|tego_co_mi|ciebie_nago|cie_nago|ciebie_na_kamerce|cie_na_kamerce|ciebie_bez|cie_bez',
    ],
    unless: [REPORTED, 'mema|memy|memow|planu|ocen*|grup*|klasow*|gry|grze|gra|wynik*|profilu_szkoly|ogloszeni*|przepis*|notatk*|zadani*|lekcj*|dowod*|policj*|zglos*|pedagog*|wychowaw*'],
    examples: {
      match: ['haha frajerze. mam screeny twojej twarzy i tego zdjęcia', 'zrobiłem screena twojego filmiku', 'mam screeny ciebie bez bluzki', 'mam screeny tego co mi wysłałaś'],
      ignore: ['mam screeny twojej wiadomości z grupy klasowej', 'zrobiłem screena twojego opisu, ale beka', 'zrobiłam screena twojego wyniku w grze xd', 'mam screeny jako dowód dla policji'],
    },
  },
  {
    id: 'have-your-video-r8',
    phrases: [
      'mam|posiadam|trzymam ..1 [jeszcze|dalej|nadal] twoj|tw ..1 filmik|filmiczek|film|nudes|nudesik|screen|screenshot|golas|filmik_z_kamerki',
    ],
    unless: [REPORTED, 'dziecinstw*|wakacj*|wyciecz*|imprez*|przedszkol*|komuni*|urodzin*|klasow*|legitymacj*|dowod*|notatk*|zadani*|zeszyt*|ksiaz*|klucze|rzeczy|bluz*|kurt*|dokument*|album*|kroni*|gazet*|projekt*|konkurs*|mecz*|gol|golem|taniec|tanc*|wystep*|koncert*|vlog*|kanal*|tiktok*|youtub*|montaz*|pendriv*|oddam|wysle_ci|odesle|z_powrotem|xd|haha*|policj*|zglos*'],
    weight: 2,
    examples: {
      match: ['mam twój filmik. koniec gadania, 800 zł na blika', 'mam dalej twój nudes'],
      ignore: ['mam twój filmik z wycieczki, wyślę ci', 'mam twój film na konkurs na pendrivie'],
    },
  },
  {
    id: 'enough-to-ruin-you-r8',
    phrases: [
      'mam|wystarczy|starczy ..6 zeby|aby|by ..1 zniszczyc|zrujnowac|pograzyc|skompromitowac|osmieszyc ..2 ci|tobie|cie|ciebie|twoje ..1 [zycie|reputacje|opinie|przyszlosc]',
      'mam ..1 cie|ciebie ..1 w ..1 garsci|reku|rekach|kieszeni|szachu',
      'policji|prokuratury|cyberpolicji|policja|prokuratura ..6 nielegaln*|pornografi*|nieletni*|zdjec*|nagran*|material* ..6 zaplac|wplac|przelej|grzywn*|kare|oplate|mandat',
    ],
    unless: [REPORTED, 'gra|grze|gry|fif*|fortnit*|minecraf*|szach*|szachy|mecz*|turniej*|rund*|warcab*|monopol*|xd|haha*|hehe|lol|scam*|oszust*|phishing|uwazaj|ostrzeg*|zglos*|zgubil*|zgubion*|zaprosz*|zaproszeni*|urodzin*|niespodzian*|imprez*|zyczeni*|wychowaw*|zebrani*|librus*'],
    weight: 3,
    examples: {
      match: ['mam wszystko co trzeba żeby zniszczyć ci życie', 'mam cię w garści', 'jestem z policji, posiadasz nielegalne materiały, zapłać grzywnę 2000 zł'],
      ignore: ['mam cię w garści, szach mat xd', 'uważaj, to scam: piszą że są z policji i masz zapłacić grzywnę za nielegalne zdjęcia'],
    },
  },
  {
    id: 'found-your-family-account-r8',
    phrases: [
      'znalazlem|znalazlam|namierzylem|namierzylam|wyszukalem|wyszukalam|znalezlismy ..2 konto|profil|fb|fejsa|instagram|instagrama|tiktoka|numer ..1 twojej|twojego|twoich ..1 @people',
    ],
    unless: [REPORTED, 'oddzwon*|dzwonil*|zadzwoni|smieszn*|beka|xd|haha*|hehe|lol|zaprosz*|zaproszeni*|urodzin*|niespodzian*|imprez*|zyczeni*|wychowaw*|zebrani*|librus*|zgubil*|zgubion*|pozdrow*|sasiad*'],
    weight: 2,
    examples: {
      match: ['znalazłem konto twojej mamy na fb 🙂', 'namierzyłem profil twojego brata'],
      ignore: ['znalazłem konto twojej mamy na fb, ale beka z tych zdjęć', 'znalazłam numer twojej mamy, zaproszę ją na urodziny niespodziankę'],
    },
  },
  {
    id: 'you-think-i-didnt-save-r8',
    phrases: [
      'myslisz|myslalas|myslales|sadzisz ..1 ze ..3 nie ..1 zapisalem|zapisalam|nagralem|nagralam|zachowalem|zachowalam|zescreenowalem|zescreenowalam|zrobilem_screena|zrobilam_screena|skopiowalem|zgralem',
    ],
    unless: [REPORTED, 'numer*|adres*|notatk*|plik*|gry|gre|grze|zapis_gry|save*|projekt*|prezentacj*|dokument*|zadani*|lekcj*|imprez*|wyciecz*|wakacj*|urodzin*|meczu|mecz*|koncert*|oboz*|kolon*|wesel*|slub*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['ten z wczoraj ze snapa. myślisz że go nie zapisałem?'],
      ignore: ['myślisz że nie zapisałem twojego numeru? xd'],
    },
  },
  {
    id: 'account-is-mine-now-r9',
    phrases: [
      'twoje|twoj|twoja ..1 konto|konta|insta|instagram*|snap*|profil|telefon|@app ..2 jest|nalezy ..2 teraz|juz|od_teraz ..1 moje|moj|moja|do_mnie',
      'widze|czytam|przegladam|ogladam ..1 wszystkie|cale|teraz ..1 twoje|twoich ..1 dm*|dmki|dmy|dmsy|priv*|privy|wiadomosc*|rozmowy|czaty|konwersacj*|galeri*',
      'jestem|siedze ..1 [teraz] zalogowan* ..2 na ..1 twoim|twoje ..1 koncie|konto|insta*|snap*',
    ],
    unless: [REPORTED, 'xd|hehe|lol|grup*|klasow*|serwer*|gra|grze|gry|pozycz*|zapomnial*|haslo_do_wifi|wifi|wylogowal*|wyloguj*|mam_nadzieje|prosze'],
    examples: {
      match: ['dzieki 😂 twoje konto jest teraz moje', 'widze wszystkie twoje dmki i zdjecia', 'twój insta należy teraz do mnie', 'jestem teraz zalogowany na twoim koncie'],
      ignore: ['twoj telefon jest teraz moj xd oddam po lekcji', 'widze wszystkie twoje wiadomosci na grupie klasowej', 'jestem zalogowana na twoim koncie bo zapomniałaś się wylogować na kompie w bibliotece, wyloguj się'],
    },
  },
  {
    id: 'our-chat-is-saved-r9',
    phrases: [
      'nasz*|twoj*|cala|caly|cale ..2 rozmow*|czat*|konwersacj*|pisanie|wiadomos*|dmy|dm ..6 mam ..3 zapisan*|zachowan*|zescreenowan*|zarchiwizowan*|skopiowan*|zrzucon*',
      'mam ..2 ja|je|ich|wszystko|cala|caly|calosc ..2 zapisan*|zachowan*|zescreenowan*|zarchiwizowan* ..4 kazde_slowo|kazda_wiadomosc|co_pisal*|co_mi_pisal*|co_wysylal*',
      'mam|trzymam ..1 jeszcze|wiecej|duzo|kilka ..1 wiecej|takich|innych ..3 jak|jesli|jezeli|chyba_ze|albo|bo ..4 wycie*|wypuszcze|wrzuce|rozesle|puszcze|poleca|pojda|trafia',
    ],
    unless: [REPORTED, 'notatk*|zadani*|lekcj*|przepis*|adres*|numer*|grup*|klasow*|projekt*|dokument*|plik*|xd|haha*|hehe|policj*|zglos*|dowod*|pedagog*|naklejek|kart|pamiatk*|wspomnien*'],
    weight: 3,
    examples: {
      match: ['pamietasz nasza rozmowe z wakacji? mam ja cala zapisana', 'całą naszą konwersację mam zescreenowaną', 'mam jeszcze wiecej takich. jak nie chcesz zeby reszta wyciekla to musisz mi cos podeslac'],
      ignore: ['nasza rozmowe z lekcji mam zapisana w notatkach', 'mam jeszcze wiecej takich naklejek, chcesz?', 'twoje wiadomości mam zapisane jako dowód dla policji'],
    },
  },
  {
    id: 'your-video-is-with-me-r9',
    phrases: [
      'mam|posiadam|trzymam ..1 twoj|twoje|twoja|twojego ..1 video|wideo|nagranie|nagrania|filmik*|ss|ssy|screena|screeny',
      'twoje|twoj|twoja ..1 video|wideo|nagranie|filmik|film|zdjecia|fotki|nudesy ..2 jest|sa|zostalo|zostaly ..2 you_mnie|you_nas|nagrane|zapisane',
      'mam|zrobilem|zrobilam|robie ..1 ss|ssa|ssy|screena|screeny|zrzut*|nagranie ..2 z|ze ..1 twojego|twojej ..1 live*|lajw*|transmisj*|streama|stream*|kamerki',
      'robie|zrobilem|zrobilam|mam ..1 zrzut*|screen*|ss|liste ..2 twoich|twoje ..1 followers*|obserwuj*|znajomych|kontaktow',
    ],
    unless: [REPORTED, 'koncert*|mecz*|wesel*|slub*|urodzin*|wyciecz*|wakacj*|imprez*|komuni*|akademi*|przedstawieni*|wystep*|jaselk*|zawod*|turniej*|lekcj*|zajec*|przedszkol*|dziecinstw*|zadani*|oddam|odesle|wysle_ci|z_powrotem|przypadkiem|xd|haha*|hehe|super|brawo|piekn*|smieszn*|beka|policj*|zglos*|galeri*|w_chmurze|chmurze|kopi*_zapasow*|icloud|google_photos|backup*'],
    weight: 3,
    examples: {
      match: ['hello bro. ja mam twoj video', 'Twoje wideo jest u mnie nagrane', "mam ss z twojego live'a z wczoraj", 'robie zrzut twoich followersow teraz'],
      ignore: ['mam twoje nagranie z koncertu, super wyszło', 'mam screena z twojego live, ale beka xd', 'twoje zdjęcia są u mnie, oddam ci pendrive jutro', 'twoje zdjecia zostaly zapisane w galerii'],
    },
  },
  {
    id: 'remember-what-you-sent-r10',
    phrases: [
      'pamietasz|pamietacie ..3 @photo|nudes*|nudesk* ..3 mi|mnie ..1 wyslal*|wysylal*|pokazal*|przeslal*|pokazywal*',
      'pamietasz ..2 co|jakie|jaki|jaka ..1 mi ..1 wyslal*|wysylal*|pokazal*|przeslal*|pokazywal*',
      'co|ktore|jakie ..1 mi ..1 wyslal*|wysylal*|pokazal*|przeslal* ..6 bo_ja_mam|a_ja_mam|ja_dalej_mam|ja_nadal_mam|ja_wciaz_mam|ja_je_mam|bo_ja_pamietam|ja_pamietam|mam_je_dalej|mam_je_nadal',
    ],
    unless: [REPORTED, 'mem*|link*|przepis*|piosenk*|playlist*|kot*|kotk*|pies*|psa|psem|psami|psiak*|zwierz*|chomik*|piesk*|zadani*|notatk*|lekcj*|adres*|prezent*|zyczeni*|kartk*|ksiazk*|film_na_netflixie|serial*|gif*|tiktok*_z|smieszn*|beka'],
    examples: {
      match: ['pamietasz co mi wyslalas w wakacje? bo ja pamietam', 'a pamietasz jaki filmik mi wyslalas? wystarczy jeden klik', 'pamiętasz te fotki które mi wysłałeś?', 'dalej masz te fotki co mi wyslales w marcu? bo ja mam'],
      ignore: ['pamietasz jaki filmik mi wyslales? ten z psem co spada z kanapy', 'pamietasz jaki mem mi wyslalas wczoraj? umieram', 'pamietasz co mi wyslalas? ten przepis na nalesniki', 'pamietasz ten filmik z kotem co mi wyslalas'],
    },
  },
  {
    id: 'took-your-account-r10',
    phrases: [
      'mam|przejalem|przejelam|przejalam ..1 [teraz|juz] twoje|twoj|twoja ..1 konto|konta|profil|@app|telefon|maila|poczte|icloud*',
      'teraz ..1 to ..1 moje|moj ..1 konto|profil',
    ],
    unless: [REPORTED, 'netflix*|spotify*|disney*|hbo|grales|gralas|zalogowan*|wyloguj*|zostawil*|zapomnial*|haslo_do_wifi|klucz*|ladowark*|numer_konta|numer_telefonu|nr_konta|do_przelewu'],
    examples: {
      match: ['teraz mam twoje konto insta. i wszystkie twoje prywatne wiadomosci', 'przejąłem twoje konto na snapie', 'mam twój telefon i wszystko w nim'],
      ignore: ['mam twoje konto netflix zalogowane u mnie', 'mam twój numer konta do przelewu', 'zostawiłeś u mnie telefon, mam twój telefon'],
    },
  },
  {
    id: 'recorded-you-plain-r10',
    phrases: [
      'nagralem|nagralam|nagrala|nagral|nagrywalem|nagrywalam ..1 cie|ciebie|to_wszystko',
      'patrz|zobacz|popatrz ..3 to ..1 jest ..1 twoj ..1 film|filmik|nagranie',
    ],
    unless: [REPORTED, 'scam*|spam*|uwaga|ostrzeg*|nie_placcie|ktos_wam|oszust*|deskorolk*|rolk*|spad*|wywalil*|wywrocil*|przewrocil*|smieszn*|beka|haha*|xd*|koncer*|mecz*|zajec*|lekcj*|trening*|wystep*|urodzin*|wesel*|slub*|tanc*|taniec|spiew*|lodowisk*|basen*|plaz*|wyciecz*|przedstawieni*|akademi*|jaselk*|zawod*|turniej*|gol*|bramk*|wycieczk*|tiktok*|reels*|pamiatk*|babci*|dziadk*|mamie|mama|tacie|tata'],
    examples: {
      match: ['nagrałam ciebie. patrz to jest twoj film', 'nagralem cie, wszystko', 'patrz to jest twój filmik'],
      ignore: ['uwaga, jak ktos wam napisze ze ma wasze haslo i nagral was kamerka to scam', 'nagrałam cię jak spadasz z deskorolki xd', 'nagrałem cię na koncercie, wyślę ci', 'nagrałam cię na zawodach, super skok'],
    },
  },
  {
    id: 'nice-pics-in-your-gallery-r10',
    phrases: [
      'masz|trzymasz ..2 te|tam|takie ..1 @photo|nudes* ..3 w_galerii|w_telefonie|na_telefonie|na_dysku|w_chmurze|w_icloud|w_ukrytym|w_ukrytych|w_archiwum',
      'masz|trzymasz|trzymalas|trzymales|chowasz|ukrywasz ..2 te|tam|takie|swoje ..1 @photo|nudes* ..3 w|we|z ..1 folder*|sejf*|tylko_dla_moich_oczu|my_eyes_only|moje_oczy|ukryt*|prywatn*_album*|schowk*',
      'fajne|ladne|ciekawe|niezle|mocne|odwazne|pikantne ..2 @photo|nudes*|rzeczy ..4 tylko_dla_moich_oczu|my_eyes_only|ukrytym_folderze|ukrytego_folderu|ukrytym_albumie|sejfie|w_twoim_folderze|w_twojej_chmurze|w_twoim_icloud',
      'przejrzalem|przejrzalam|widzialem|widzialam|widze|przegladam|ogladam|otworzylem|otworzylam|sciagnalem|sciagnelam|pobralem|pobralam|mam ..3 twoj*|twoich|caly|cala|twoja ..1 folder*|tylko_dla_moich_oczu|my_eyes_only|ukryt*|sejf*|kopi*_zapasow*|backup*|chmur*|icloud*|galeri*',
      'widzialem|widzialam|przejrzalem|przejrzalam|ogladalem|ogladalam ..3 twoja|twoje ..1 galeri*|zdjecia_w_telefonie|ukryty_folder|ukryte_zdjecia',
    ],
    unless: [REPORTED, 'wakacj*|wyciecz*|urodzin*|imprez*|slub*|wesel*|kot*|pies*|psa|zadani*|notatk*|lekcj*|mem*|screen*_z_gry|wystaw*|obraz*|rysun*|sztuk*|artyst*|portfolio|fotograf*|super|piekn*|ladn*|ladne_widoki|zachod*|krajobraz*|gor|gory|morze|plaz*'],
    examples: {
      match: ['fajne masz te zdjecia w galerii 😉 byloby przykro gdyby wyciekly', 'widziałem twoją galerię', 'masz tam takie fotki w ukrytym folderze', 'ciekawe masz fotki w folderze my eyes only 😏', 'przejrzałem twój ukryty folder na snapie', 'przejrzałem cały twój icloud, wszystkie zdjęcia', 'niezłe fotki trzymasz w sejfie na telefonie', 'widzę twoje my eyes only'],
      ignore: ['masz te zdjecia z wakacji w galerii? wyslij', 'widzialam twoja galerie na wystawie, super', 'wiesz jak przenieść zdjęcia z folderu tylko dla moich oczu na nowy telefon?', 'masz te zdjęcia w folderze z wycieczki?', 'zrób kopię zapasową swojej galerii zanim zmienisz telefon'],
    },
  },
  {
    id: 'already-out-there-r10',
    phrases: [
      'twoj|twoje|twoja|twoich ..1 filmik*|film|nagrani*|zdjecia|fotki|foty|nudes*|nudesk* ..3 juz ..1 krazy|kraza|wisi|wisza|lata|lataja|chodzi|chodza ..2 po_necie|w_necie|po_sieci|w_sieci|w_internecie|po_internecie|po_szkole|po_grupach|po_klasie',
      'chcesz ..2 zeby|aby ..1 to ..1 przestal*|zniknel*|zniknal|zniknely|usunal|usunieto|zdjal|zeszlo ..6 @amount|zaplac*|przelej*|wyslij|kase|hajs',
    ],
    unless: [REPORTED, 'haha*|xd*|wyswietl*|lajk*|like*|viral*|slawn*|gratul*|super|brawo|mem*|beka|wesel*|slub*|koncert*|mecz*|gol*|taniec|tanc*|spiew*'],
    examples: {
      match: ['twoj filmik juz krazy po necie, chcesz zeby przestal? zaplac 500 zl', 'twoje zdjęcia już latają po szkole'],
      ignore: ['twoj filmik juz krazy po necie, ma 10k wyswietlen xd', 'twoje zdjecia z wesela juz chodza po grupach rodzinnych, super'],
    },
  },
  {
    id: 'what-you-sent-me-back-then-r11',
    phrases: [
      'te|to|tych|tamte|tamto|tamtych ..3 co|ktore|ktora|ktory|ktorych ..1 mi|mu|jej ..2 wysylal*|wyslal*|krecil*|nagral*|nagrywal*|podeslal*|przeslal*|przysylal*|przyslal*',
    ],
    unless: ['piekne|sliczne|ladne|sa_super|swietne|nie_dziala|nie_otwiera|link', REPORTED, 'z_wakacji|z_wycieczki|wyciecz*|mem*|memy|matm*|fizy*|chemi*|histori*|biolog*|geograf*|angielsk*|polsk*|odpowiedz*|wynik*|notatk*|zadani*|link*|przepis*|piosenk*|playlist*|muzyk*|film_o|filmik_o|zadanie|lekcj*|sprawdzian*|prezentacj*|projekt*|tiktok*|rolk*|shorts*|dzieki|dziekuje|super|fajne|smieszn*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['ciekawe co powie twoj stary jak zobaczy te filmiki ktore mi krecilas', 'to co mi wysylalas jak bylismy razem', 'te twoje fotki co mu wysylalas', 'tamte co mi przysyłałaś w nocy'],
      ignore: ['te zdjecia co mi wyslalas sa piekne', 'te memy co mi wyslalas sa super xd', 'to co mi wyslalas z matmy sie nie zgadza', 'te zdjecia co mi wyslalas z wycieczki sa piekne'],
    },
  },
  {
    id: 'pics-of-you-changing-r11',
    phrases: [
      'zdjec*|fotki|foty|fotek|filmik*|nagrani*|nagral*|nagrywal*|zrobil*|cyknal* ..4 jak|kiedy|gdy ..2 sie ..1 przebieral*|przebierasz|kapal*|kapiesz|myl*|myjesz|rozbieral*|rozbierasz',
    ],
    unless: [REPORTED, 'przebieral*_za|przebierasz_za|przebralas_za|kostium*|halloween|bal|balu|karnawal*|przedstawieni*|jaselk*|pies|psa|kot|kota|dziec*|synek|corka|coreczk*|niemowl*|wnuczk*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['ktos z szatni wf zrobil ci zdjecia jak sie przebieralas', 'mam filmik jak sie przebierasz w szatni', 'nagralem cie jak sie kapalas'],
      ignore: ['mam zdjecia jak sie przebieralas za czarownice na halloween haha', 'nagralam jak kapalam psa'],
    },
  },
  {
    id: 'no-deleting-without-it-r11',
    phrases: [
      'bez ..1 tego|kasy|wplaty|kodu|przelewu|pieniedzy|hajsu|platnosci ..2 nie ..1 kasuje|skasuje|usune|usuwam|wykasuje|wykasuje ..2 filmu|filmiku|nagrania|nagran|zdjec|fotek|nudesow|screenow|niczego|tego',
      'nie ..1 kasuje|skasuje|usune|usuwam|wykasuje ..2 filmu|filmiku|nagrania|nagran|zdjec|fotek|nudesow|screenow ..3 dopoki|poki|zanim|az|bez',
    ],
    unless: [REPORTED, 'pamiec*|miejsc*|telefon*_pelny|dysk*|chmur*|backup*|kopi*_zapasow*|wesel*|slub*|wyciecz*|wakacj*|urodzin*|albumu|album|pamiatk*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['kod do paysafecard za 300 zl. bez tego nie kasuje filmu', 'nie usune nagrania dopoki nie zaplacisz', 'bez przelewu nie skasuje zdjec'],
      ignore: ['nie usune zdjec z wakacji dopoki nie zrobie backupu', 'nie kasuje filmu bo nie mam miejsca na dysku xd'],
    },
  },
  {
    id: 'officials-detected-material-r11',
    phrases: [
      'wykryto|wykrylismy|zarejestrowano|zarejestrowalismy|stwierdzono|ujawniono|odnotowano|znaleziono|znalezlismy|zidentyfikowano ..6 pliki|plikow|material*|zdjec*|tresci|tresc|nagrani*|obrazy|obrazow ..4 maloletni*|nieletni*|dzieci|pedofil*|pornograf*|seksualn*',
      'posiadamy|zabezpieczylismy|zabezpieczono|dysponujemy|zgromadzilismy ..3 zrzuty|screeny|nagrani*|dowody|logi|historie|kopie|zapis* ..2 rozmow*|czatu|czatow|wiadomosci|zdjec*|korespondencj*',
      'konto|numer|urzadzeni*|adres_ip|ip|komputer* ..3 bylo|byl|zostalo|zostal|jest ..1 wykorzystywan*|uzywan*|uzyte|uzyty|wykorzystane|wykorzystany ..3 do ..2 przesylania|udostepniania|rozsylania|wysylania|pobierania|posiadania|rozpowszechniania ..4 zdjec*|material*|tresci|plikow|pornograf*',
    ],
    unless: [REPORTED, 'ostrzega*|ostrzegam|ostrzegamy|oszust*|scam*|uwazaj*|uwaga|falszyw*|podszywa*|nie_placcie|nie_placic|nie_plac|artykul*|reportaz*|przeczytal*|w_wiadomosciach|w_telewizji|w_tv|antywirus*|skan*|aktualizac*|virus*|wirus*|spam*'],
    weight: 5,
    examples: {
      match: ['Na Panstwa urzadzeniu wykryto pliki z udzialem osob maloletnich', 'Posiadamy zrzuty rozmow.', 'Pana konto bylo wykorzystywane do przesylania zdjec osob nieletnich', 'zabezpieczyliśmy nagrania twoich czatów'],
      ignore: ['Uwaga, oszuści piszą że wykryto pliki z udziałem nieletnich i żądają kary', 'antywirus wykryto pliki z wirusem', 'policja ostrzega: posiadamy zrzuty rozmow to falszywe wiadomosci'],
    },
  },
  {
    id: 'i-have-more-like-it-r11',
    phrases: [
      'mam ..1 jeszcze ..1 #|kilka|pare|duzo|wiecej|sporo|inne|dwa|trzy ..1 takich|takie|innych|filmik*|nagran*|zdjec*|fotek',
    ],
    unless: ['projekt*|zmontowan*|montaz*|edycj*|obrobk*|do_wrzucenia|naklejk*|kart*|gier|gry|skin*|memow|memy|mem|bilet*|ksiazk*|zadan*|notatk*|sprawdzian*|prezent*|cukierk*|ciast*|pytan*|pomysl*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['to ty prawda? mam jeszcze 6 takich', 'mam jeszcze kilka filmikow z toba'],
      ignore: ['mam jeszcze dwa filmiki do zmontowania na projekt', 'mam jeszcze 3 takie naklejki xd', 'mam jeszcze dwa bilety na koncert'],
    },
  },
  {
    id: 'pics-from-the-changing-room-r11',
    phrases: [
      'mam|mamy|zrobilem|zrobilam|nagralem|nagralam ..2 twoje|twoj|twoja|twoich|ciebie|cie|ci ..2 zdjec*|fotki|foty|filmik*|nagrani*|fote|fotke ..2 z|w|spod|pod ..1 szatni|przebieralni|toalety|toalecie|lazienki|lazience|prysznica|prysznicem|kabiny',
    ],
    unless: [REPORTED, 'basen*_z_klasa|zawod*|medal*|puchar*|druzyn*|remont*|plytk*|kafelk*|hydraulik*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['mam twoje zdjecia z szatni', 'mamy twoj filmik spod prysznica'],
      ignore: ['mam zdjecia z szatni po zawodach, cala druzyna z medalami', 'mam zdjecia lazienki po remoncie'],
    },
  },
  {
    id: 'i-have-your-password-r11',
    phrases: [
      'mam|znam|zdobylem|zdobylam|wykradlem|zlamalem ..2 twoje|twoj ..1 haslo|hasla|login|loginy|dane_logowania|dane_do_logowania ..3 do|od|z ..1 @app|konta|maila|poczty|icloud*|google|galerii|chmury|fb',
      'mam|znam|zdobylem|zdobylam|wykradlem|zlamalem|kto_ma|ktory_ma|ktora_ma ..1 haslo|hasla|login|dostep ..2 do ..1 twojego|twojej|twoich|twoje|twoj ..2 konta|konto|maila|poczty|icloud*|chmury|galerii|snapa|instagrama|@app|telefonu',
      'wszedlem|weszlem|wlazlem|zalogowalem|wbilem ..2 na|do|w ..1 twoje|twojego|twoj|twojej ..1 konto|konta|snap*|instagram*|@app|telefon*|chmur*|icloud*|galeri*|maila|poczte',
      'przejrzalem|przejrzalam|otworzylem|otworzylam|widzialem|widzialam|sciagnalem|sciagnelam|skopiowalem|skopiowalam|pobralem|pobralam ..4 tylko_dla_moich_oczu|my_eyes_only|ukryty_folder|ukryte_zdjecia|ukryty_album',
      'znalazlem|znalazlam ..3 w|na ..1 twojej|twoim ..1 chmurze|icloud*|telefonie|galerii|dysku|koncie ..3 ciekaw*|pikantn*|odwazn*|intymn*|nudes*|nagie|prywatn*',
      'twoj|twoja|twoje ..1 backup|kopia|kopie|nudes*|nudesy|galeria|folder|ukryte_zdjecia ..4 jest|sa ..1 u_mnie|you_mnie|w_moich_rekach|na_moim_dysku|na_moim_kompie',
      'mam|zrobilem|zrobilam|sciagnalem|sciagnelam|pobralem|pobralam|skopiowalem|skopiowalam ..2 kopi*|backup* ..2 twojej|twojego|twoich|z_twojej|z_twojego ..1 chmury|icloud*|telefonu|galerii|konta|snapa|dysku',
      'rozpoznajesz|poznajesz|kojarzysz ..2 sie|siebie ..3 na|w ..1 tym|tych|tej ..1 nagraniu|nagraniach|filmiku|filmie|zdjeciu|zdjeciach|fotce|fotkach|wideo|video',
      'przygotowalem|przygotowalam|spisalem|spisalam|zebralem|zebralam|skopiowalem|skopiowalam|sciagnalem|sciagnelam|pobralem|pobralam ..2 liste|spis|kontakty|wszystkie_kontakty ..1 twoich|twoje|twoj|twojej',
    ],
    unless: [REPORTED, 'netflix*|wifi|wi_fi|hbo|disney*|spotify|dziennik*|librus*|projekt*|referat*|notatk*|prezentacj*|materialy_do|przepis*|piosenk*|playlist*|muzyk*|zadani*|lekcj*|bo_mi_dalas|dalas_mi|dales_mi|podalas|podales|zapisalam|zapisalem|przypomn*|zapomnial*|wyciecz*|wesel*|urodzin*|klasow*|imprez*|mecz*|zawod*|przedszkol*|dziecinstw*|maly|mala|zaprosz*|zaproszeni*|niespodzian*|slub*|xd|haha*|hehe'],
    weight: 5,
    examples: {
      match: ['mam twoje haslo do insta, wiec wiesz', 'jestem kims kto ma haslo do twojego konta', 'mam dostep do twojej chmury', 'sciagnalem kopie z twojego icloud', 'mam kopię twojego icloud', 'weszłem na twoje konto snapa', 'przejrzałem folder tylko dla moich oczu', 'twój backup z icloud jest u mnie', 'znalazłem w twojej chmurze ciekawe fotki', 'mam backup twojego telefonu, wszystko', 'rozpoznajesz sie na tym nagraniu?', 'juz przygotowalem liste twoich znajomych', 'skopiowalem wszystkie kontakty twojej mamy'],
      ignore: ['mam twoje haslo do netflixa bo mi dalas xd', 'mam haslo do twojego wifi bo mi podales', 'zrob kopie z chmury zanim zmienisz telefon', 'spoko, mam backup z chmury', 'wszedłem na twoje konto bo mi dałaś hasło, zagrałem za ciebie', 'znalazłem w twojej galerii zdjęcia z wycieczki', 'twoja bluza jest u mnie', 'ktos ma haslo do konta klasowego?', 'rozpoznajesz sie na tym zdjeciu z przedszkola?', 'przygotowalem liste twoich znajomych do zaproszenia na urodziny'],
    },
  },
  {
    id: 'i-kept-the-cam-chat-r11',
    phrases: [
      'kamerce|kamerze|kamerka|kamerke|wideo|wideorozmow*|videorozmow* ..6 mam|zapisalem|zapisalam|nagralem|nagralam ..2 zapis|nagranie|nagrane|screeny|kopie|wszystko',
      'sekret*|tajemnic*|zdjecia|fotki|filmik*|nagrani*|nudes*|nudesy ..4 bezpieczn* ..3 na_razie|poki_co|dopoki|pod_warunkiem|jak_dlugo',
    ],
    unless: [REPORTED, 'lekcj*|zajec*|wyklad*|zebrani*|spotkani*_zespolu|webinar*|szkoleni*|korki|korepetycj*|babci*|dziadk*|mamo|mama|tata|tato|sejf*|haslo|hasla|chmur*|backup*|dysk*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['pamietasz nasza rozmowe na kamerce? ja pamietam wszystko, mam nawet zapis', 'twoj sekret jest u mnie bezpieczny... na razie'],
      ignore: ['lekcja na kamerce byla nudna, mam zapis jakby co', 'twoje zdjecia sa bezpieczne w chmurze, na razie nic nie ginie'],
    },
  },
  {
    id: 'broken-grammar-i-record-r12',
    phrases: [
      'ja ..1 nagrac|nagrywac|nagrac_cala|zapisac|screen*|nagrywam|nagralem ..3 ty|twoj|twoja|twoje|wszystko|caly|cale|video|wideo|filmik',
      'ja ..1 miec|mam ..2 lista|liste|lista_wszystkie ..3 twoj*|wszystkie|przyjaciel*|znajom*|kontakt*|rodzin*',
      'to ..1 co ..1 mam|mamy ..4 leci|poleci|pojdzie|trafi|idzie|wysle',
    ],
    unless: ['lekcj*|wyklad*|zakup*|koncert*|mecz*|urodzin*|wyciecz*|xd|haha*'],
    examples: {
      match: ['hello moj przyjaciel, ty pokazac cialo na kamera, ja nagrac wszystko', 'ja mieć lista wszystkie twój przyjaciel', 'to co mam leci do twojej mamy na fb'],
      ignore: ['ja nagram wszystko na lekcji i ci wysle', 'mam liste zakupow'],
    },
  },
  {
    id: 'what-you-did-on-cam-r13',
    phrases: [
      'to|tego|tym|tamto ..1 co ..1 robilas|robiles|wyprawialas|wyprawiales|pokazywalas|pokazywales ..3 na|przed ..1 kamerce|kamerze|kamerka|kamerk*|wideo|video|callu|camie|streamie',
      'mam|mamy ..1 twoje|twoj|twoja ..1 video|wideo|nagranie|filmik|film ..3 kamerk*|kamery|kamerki|kamera|kamerce|kamerka ..3 kiedy|jak|gdzie ..2 robisz|robiles|robilas|ty',
      'obs|program|telefon|apka|apke ..1 nagrywal*|nagral*|lecial|chodzil|zapisal* ..2 caly_czas|wszystko|cala_rozmowe|calego_calla|calosc|od_poczatku',
      'nagrywalem|nagrywalam|nagralem|nagralam|zapisalem|zapisalam ..2 caly_czas|cala_rozmowe|calego_calla|caly_call|calosc|od_poczatku',
    ],
    unless: [REPORTED, 'lekcj*|zajec*|webinar*|szkoleni*|spotkani*_zespol*|teams*|zoom*|gameplay*|gra|grze|rund*|mecz*|highlight*|klip*|stream*|vod*|twitch*|youtub*|yt|montaz*|odcin*|xd|haha*|wyslac_ci|wysle_ci|dla_ciebie_na_pamiatke|pamiatk*'],
    examples: {
      match: ['za to zebym nie pokazal twojemu ojcu tego co robilas na kamerce', 'Mam twoje video z kamerka kiedy ty robisz nieladne rzecz', 'pamietasz ten call w zeszlym tygodniu? obs nagrywal caly czas', 'nagralem cala rozmowe na kamerce'],
      ignore: ['nagralem cala lekcje na teams, wysle ci', 'obs nagrywal caly czas, mam caly stream', 'obs nagrywal caly czas ta runde, klip bedzie mega xd'],
    },
  },
  {
    id: 'i-have-your-followers-and-dms-r13',
    phrases: [
      'zapisalem|zapisalam|skopiowalem|skopiowalam|zescreenowalem|zescreenowalam|sciagnalem|sciagnelam ..2 [sobie] wszystkich|wszystkie|liste|cala_liste ..2 twoich|twoje ..1 @people|obserwujacych|followersow|kontaktow|znajomych|kontakty|followersy',
      'mamy|mam ..1 wszystkie|cale ..1 twoje ..1 dmy|dm|wiadomosci|rozmowy|zdjecia|priv*|czaty|konwersacje|pw',
      'konto ..2 zostalo|jest ..1 przejete|zhakowane|nasze|moje ..4 mamy|mam|wszystkie|zdjecia|wiadomosci|dmy',
      'mam ..1 caly|cala|calego|caly_swoj ..1 folder|galerie|album|katalog|dysk|folderek ..3 z_toba|twoich|twoje|ciebie|z_twoimi',
    ],
    unless: [REPORTED, 'wyciecz*|wakacj*|urodzin*|imprez*|sylwest*|kolonii|oboz*|pamiatk*|haha*|xd|mema|memy|mem|wyslac_ci|wysle_ci|zadani*|notatk*'],
    examples: {
      match: ['zapisalem sobie wszystkich twoich obserwujacych, mama, siostra, wychowawczyni', 'Dziekujemy. Konto zostalo przejete. Mamy wszystkie twoje DMy i zdjecia.', 'ok. to przypomne ci ze mam caly folder z toba. wiesz jaki'],
      ignore: ['mam caly folder z toba z wycieczki, wysle ci'],
    },
  },
  {
    id: 'screenshotted-now-you-must-r13',
    phrases: [
      'zrobilem|zrobilam|mam ..1 screena|screenshota|screeny|zrzut_ekranu|ss ..4 teraz|wiec ..3 albo|musisz|bedziesz',
    ],
    unless: [REPORTED, 'mema|memy|mem|zadani*|notatk*|wynik*|ranking*|rekord*|odpowiedz*|sprawdzian*|kartkow*|test*|quiz*|gra|grze|rund*|mecz*'],
    examples: {
      match: ['zrobilem screena hahah. teraz albo wysylasz wiecej albo idzie na story', 'mam screeny. teraz musisz robic co mowie'],
      ignore: ['zrobilem screena wyniku, teraz albo poprawisz rekord albo przegrywasz zaklad xd'],
    },
  },
  {
    id: 'remember-our-chat-i-screenshotted-r14',
    phrases: [
      'pamietasz|nasz|nasza|naszej|naszego|naszych|nasze ..4 czat*|rozmow*|call*|calla|wideo|video|wiadomosc*|kamerk* ..4 zrobilem|zrobilam|porobilem|porobilam|mam|zapisalem|zapisalam ..1 screen*|zrzut*|nagrani*|nagrane|zapisane|zapisany|kopie',
      'zrobilem|zrobilam|porobilem|porobilam|mam ..1 screen*|zrzut*|nagranie|nagrania ..2 z|calej|calego ..1 naszej|naszego|naszych|twojej|twoich ..1 call*|wideo*|kamerk*|wideorozmow*|nudes*|rozmowy_na_kamerce|rozmowy_wideo|rozmowy_na_wideo',
    ],
    unless: ['gry|gra|grze|meczu|mecz|lekcj*|zajec*|prezentacj*|projekt*|memy|mem|mema|xd|haha*|przepis*|zeby_pamietac|zeby_nie_zapomniec|adres*|termin*|wycieczk*|dowod_wplaty|potwierdzeni*|przelewu|biletu|biletow|zadani*|planu|rozkladu'],
    examples: {
      match: ['pamietasz nasz czat z wczoraj? zrobilem screeny', 'mam screeny z naszej rozmowy na kamerce'],
      ignore: ['zrobilem screeny z naszej rozmowy zeby pamietac adres', 'zrobilem screeny z gry, zobacz jaki mialem wynik', 'pamietasz nasz czat o projekcie? mam screeny z zadania'],
    },
  },
  {
    id: 'i-am-a-hacker-your-device-r14',
    phrases: [
      'jestem|tu ..1 hakerem|hackerem ..6 twoj|twoje|twoja|twoim|twojego|twoich|twojej|mam|wiem|nagralem|nagralam|zainstalowalem|wlamalem|wlamalam|przejalem',
      'twoj|twoje|twoja ..1 system|komputer|urzadzenie|telefon|konto|laptop|kamerka ..2 zostal|zostalo|zostala|jest ..1 zainfekowan*|zhakowan*|przejet*|shakowan*',
    ],
    unless: ['ktos_mi_napisal|ktos_mi_wyslal|dostalam_wiadomosc|dostalem_wiadomosc|dostalam_maila|dostalem_maila|co_mam_robic|co_mam_zrobic|scam*|oszust*|uwazaj*|spam*', 'gra|grze|gry|postac*|film*|serial*|ksiazk*|xd|haha*|zmien_haslo|zmienilem_haslo|zmienilam_haslo|antywirus*|informatyk*'],
    examples: {
      match: ['Witaj, jestem hakerem. Twoj system zostal zainfekowany.', 'twoje urzadzenie zostalo zhakowane, wiem o twoich sekretach'],
      ignore: ['Topic: Jestem Sobie Hacker Maly Mam Komputer I Net Staly', 'w tej grze jestem hakerem xd', 'dostalem maila ze twoje konto zostalo zhakowane, to scam?', 'moje konto zostalo zhakowane, zmienilem haslo'],
    },
  },
  {
    id: 'i-recorded-it-r15',
    phrases: [
      'nagralem|nagralam|nagralismy|zapisalem|zapisalam|zgralem|zgralam|screenowalem|zescreenowalem ..1 to|cie|ciebie|wszystko|caly|cala|nasza|nasz ..4 teraz|albo|i|wiec|wszyscy|zrobisz|masz|zobacza',
      'ja ..1 nagrac|nagral|nagrywac|mam_nagrany ..1 caly|cala|wszystko|ty|ciebie ..1 call|rozmowa|rozmowe|video|wideo',
      'posiadamy|posiadam|mamy_w_posiadaniu|mam_w_posiadaniu ..2 kopie|kopi*|nagrani*|materialy|materialow|zdjecia|zdjec|filmy ..4 ktore|ktorych|intymn*|prywatn*|wyslal*|twoich|pana|pani',
      'mamy|mam|uzyskalem|uzyskalismy|uzyskalam ..1 dostep ..2 do ..1 twoich|twojej|twojego|pana|pani ..1 wiadomosci|rozmow|zdjec|galerii|konta|chmury|telefonu|memories|snapa|instagrama',
      'dostalem|dostalam|dostalismy|wlamalem|wlamalam|wlamalismy ..1 sie ..2 do ..1 twojego|twojej|twoich ..1 konta|snapa|insta*|telefonu|chmury|galerii|maila|poczty|icloud*|dysku',
      'widze|mam|znam ..1 twoj*|twoich ..1 # ..1 obserwujacych|followersow|znajomych|kontaktow',
      'widze|mam|znam ..1 twoich|twoje|twoj ..1 obserwujacych|followersow|znajomych|kontakty|liste ..3 mama|mame|siostra|siostre|klasa|klase|rodzina|rodzine|tata|tate',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|dziennik*|librus*|vulcan*|haslo|hasla|zmienic|zmien|urodzin*|koncert*|meczu|wystep*|lekcj*|wyklad*|spotkani*|zebrani*|prezentacj*|podcast*|piosenk*|cover*|teledysk*|gre|gry|grze|gameplay*|stream*|ekipa|trening*|zajec*|kurs*|do_szkoly|na_projekt|projekt*|oferujemy|zapraszamy|uprzejmie|rodo|regulamin*'],
    examples: {
      match: ['hah nagralem to. teraz zrobisz to co mowie', 'ja nagrac caly call', 'Posiadamy kopie materialow ktore wyslal Pan osobie X', 'Mamy dostep do Twoich wiadomosci prywatnych', 'dostalismy sie do twojego konta, wszystkie wiadomosci sa nasze', 'ja widze twoj insta, widze twoje 312 obserwujacych', 'widze twoich obserwujacych, mama, siostra, klasa'],
      ignore: ['nagralem twoj wystep na koncercie xd wysle ci', 'nagralam caly wyklad, moge ci wyslac', 'mamy dostep do twojego konta w dzienniku, trzeba zmienic haslo'],
    },
  },
  {
    id: 'have-your-id-card-r16',
    phrases: [
      'mam|posiadam|trzymam ..2 twoj|twoja|twoje|twojego|twojej ..1 legitk*|legitymacj*|dowod*|skan*|pesel*|dane_osobowe ..3 imie|nazwisk*|szkole|adres*|pesel*|twarz*|fotk*|zdjec*',
      'za_pozno ..4 mam ..2 twoj|twoja|twoje ..1 legitk*|legitymacj*|dowod*|dane|adres*|pesel*',
    ],
    unless: [REPORTED, 'zostawil*|zgubil*|znalazl*|zapomnial*|oddam|przyniose|odniose|lezal*|wypadl*|szatni*|portiern*|sekretariat*'],
    examples: {
      match: ['heh za pozno. mam twoja legitke, imie nazwisko szkole', 'mam twoj dowod, imie nazwisko i adres, wiesz co to znaczy', 'za pozno, mam juz twoje dane'],
      ignore: ['mam twoja legitke, zostawiles ja w szatni, jutro oddam', 'znalazlam twoj dowod z imieniem i nazwiskiem, lezal na lawce'],
    },
  },
  {
    id: 'broken-i-record-you-r16',
    phrases: [
      'ja ..1 nagrac|nagrywac|nagrywa|nagrac_caly|nagrywam ..3 video|wideo|filmik*|wszystko|caly|cala|ciebie|ty|twoj',
      'mam ..1 lista|liste|lista_twoj ..2 twoj|twoich|twoje|twoi ..1 przyjaciel*|znajom*|kontakt*|rodzin*|followers*',
      'mam [juz|cale|caly|wszystko] nagrany|nagrana|nagrane|nagranie|zapisany|zapisane ..3 kawal*|fragment*|klip*|filmik*|wszystko ..3 z|ze ..2 kamer*|kamerki|call*|rozmow*|wideo*',
    ],
    unless: [REPORTED, 'babci*|dziadk*|koncert*|mecz*|lekcj*|zajec*|wystep*|urodzin*|wesel*|tiktok*|taniec|tanc*|monitoring*|parking*|sklep*'],
    examples: {
      match: ['hahaha. teraz patrz. ja nagrac caly video jak ty robisz', 'i mam lista twoj przyjaciel z facebook', 'mam juz nagrany kawalek z tej kamerki', 'mam nagrany fragment z naszej rozmowy'],
      ignore: ['mam nagrany kawalek z koncertu', 'ja nagrywam filmik na tiktoka', 'mam liste twoich znajomych na urodziny'],
    },
  },
  {
    id: 'your-cam-video-is-up-r16',
    phrases: [
      'twoj|twoje|twoja ..1 filmik*|nagrani*|film|wideo|video|nudes* ..2 z|ze ..1 kamer*|kamerki|call*|rozmow* ..4 jest|sa|juz|wgran*|wrzucon*|lezy ..3 na|w ..1 yt|youtub*|@app|pornhub*|stron*|necie|sieci|chmurze',
    ],
    unless: [REPORTED, 'wystep*|koncert*|zajec*|lekcj*|mecz*|turniej*|szkoln*'],
    examples: {
      match: ['ej kolego twoj filmik z kamerki juz jest na yt jako niepubliczny', 'twoje nagranie z rozmowy juz jest wgrane na pornhub'],
      ignore: ['twoj filmik z wystepu juz jest na yt', 'twoj filmik z kamerki na lekcji jest na teams'],
    },
  },
  {
    id: 'installed-software-recorded-r16',
    phrases: [
      'zainstalowal*|wgralem|wgralam|wgralismy|umiescilem|umiescilismy ..3 oprogramowani*|wirus*|trojan*|malware|program*|aplikacj*|skrypt* ..5 kamer*|mikrofon*|dostep_do',
      'zarejestrowal*|nagral*|przechwycil* ..2 obraz|wideo|nagranie ..2 z ..1 kamer*|kamerki|ekranu',
      'mam|posiadam|posiadamy ..2 [rowniez|tez|takze] ..1 liste ..2 panskich|pana|pani|twoich|twoje|panstwa ..1 kontakt*|znajom*|adres*',
    ],
    unless: [REPORTED, 'montaz*|stream*|obs|wesel*|zaprosz*|slub*|urodzin*|antywirus*|aktualizacj*|informaty*|serwis*|nauczyciel*|lekcj*|zajec*'],
    examples: {
      match: ['Podczas Panskiej wizyty na pewnej stronie zainstalowalem oprogramowanie ktore zarejestrowalo obraz z kamery', 'Posiadam rowniez liste Panskich kontaktow', 'wgralem ci wirusa i mam dostep do kamery'],
      ignore: ['zainstalowalem nowy program do montazu, nagrywa ekran', 'mam liste twoich kontaktow do zaproszen na wesele? nie'],
    },
  },
  {
    id: 'broken-i-have-your-video-r16',
    phrases: [
      'ja ..1 miec|mam|posiadac|trzymac|zapisac ..1 twoj|twoje|twoja|twoi|ciebie ..1 video|wideo|filmik*|film|nagrani*|zdjecia|fotki|foto|nudes*',
      'ty ..1 dac|placic|zaplacic|wyslac|przelac ..3 ja ..1 usunac|skasowac|kasowac|usuwac ..2 video|wideo|filmik*|wszystko|nagrani*|zdjecia|fotki',
    ],
    unless: [REPORTED, 'babci*|dziadk*|koncert*|mecz*|lekcj*|zajec*|wystep*|urodzin*|wesel*|wyciecz*|wakacj*|komuni*|tiktok*|tanc*|przedstawieni*|jaselk*|zakonczeni*'],
    examples: {
      match: ['ja miec twoj video', 'ty dac pieniadze ja usunac video', 'ja mam twoj video nagi'],
      ignore: ['ja mam twoj filmik z wycieczki, wysle ci', 'ja mam twoje zdjecia z urodzin'],
    },
  },
  {
    id: 'saw-your-gallery-r17',
    phrases: [
      'widzialem|widzialam|przejrzalem|przejrzalam|przegladalem|przegladalam|zajrzalem|zajrzalam|ogladalem|ogladalam ..2 galeri*|twoje_zdjecia_w_telefonie|twoj_telefon|twoja_galerie|twoje_foldery|ukryte_zdjecia|ukryty_folder',
      'rzeczy|zdjecia|fotki|filmiki|foty|nagrania ..3 ktor*|co|jakich ..4 mama|tata|rodzice|starzy|nikt|ojciec|matka ..2 nie_powin*|nie_moze|nie_moga|nie_powinni|nie_powinna ..1 zobaczyc|widziec|ogladac',
    ],
    unless: [REPORTED, 'handlow*|mokotow*|sklep*|kino|centrum|zakup*|sztuk*|muze*|wystaw*|stron*_szkoly|wyciecz*|prezent*|prezenc*|niespodzian*|urodzin*|swiat*|mikolaj*|ocen*|kartkowk*|sprawdzian*|jedynk*|pokoj*|balagan*'],
    examples: {
      match: ['spokojnie. widzialem galerie 😏', 'masz tam rzeczy ktore mama nie powinna zobaczyc', 'przejrzalem twoj telefon, wiem co tam masz'],
      ignore: ['widzialem galerie zdjec z wycieczki na stronie szkoly', 'masz tam rzeczy ktore mama nie powinna zobaczyc, prezent dla niej schowaj', 'widzialam cie w galerii handlowej'],
    },
  },
  {
    id: 'recording-made-while-visiting-r17',
    phrases: [
      'nagrani*|material*|film*|wideo ..3 wykonan*|nagran*|zarejestrowan*|powstal*|zrobion* ..4 podczas|gdy|kiedy ..2 odwiedz*|oglada*|przeglada*|korzysta* ..3 stron*|porno*|dla_doroslych|serwis*',
    ],
    unless: [REPORTED],
    examples: {
      match: ['Nagranie zostało wykonane podczas odwiedzania stron dla dorosłych.', 'material zostal zarejestrowany gdy ogladal Pan strony porno'],
      ignore: ['nagranie zostalo wykonane podczas wycieczki do muzeum'],
    },
  },
  {
    id: 'recorded-you-undressing-r18',
    phrases: [
      'mam_nagrane|nagralem|nagralam|nagrywalem|nagrywalam|mam_zapisane|zapisalem|zapisalam ..4 rozbierasz|rozbieral*|rozbieranie|masturb*|nago|golego|gola|bez_ubrania|bez_ciuchow|w_samych_majtkach',
    ],
    unless: [REPORTED, 'basen*|przebieral*|szatni*_na_wf|kabin*|kostium*|przymierz*|sklep*|przebran*|teatr*|jaselk*'],
    examples: {
      match: ['mam nagrane jak sie rozbierales na kamerce na tamtym serwerze', 'nagralam cie nago na kamerce'],
      ignore: ['mam nagrane jak sie przebieral za pirata w teatrze xd'],
    },
  },
  {
    id: 'delete-once-i-get-paid-r18',
    phrases: [
      'usune|skasuje|wykasuje|usuwam|kasuje|wymaze ..3 jak|jesli|jezeli|gdy|kiedy|dopiero|dopiero_jak ..2 dostane|zobacze|wplynie|wplyna|przyjdzie|przyjda ..3 @payment|@money|@amount|kod*|przelew*|kase|hajs|psc|paysafe*',
      'usune|skasuje|wykasuje|usuwam|kasuje|wymaze ..3 jak|jesli|jezeli|gdy|kiedy|dopiero ..1 zaplacisz|przelejesz|wplacisz|wyslesz_kod|dasz_kod|oddasz_kase',
    ],
    weight: 3,
    unless: [REPORTED, 'ogloszeni*|aukcj*|oferte|ofert*|olx|vinted|allegro|zamowieni*|paczk*|rezerwacj*|konto_premium|subskrypcj*|dlug|z_listy|liste|ze_spisu|rachun*|faktur*|xd|haha*|lol'],
    examples: {
      match: ['usune jak dostane paysafecard za 150', 'usune wszystko dopiero jak zaplacisz', 'skasuje jak wplynie 300 zl'],
      ignore: ['usune ogloszenie jak dostane przelew', 'usune cie z listy jak zaplacisz skladke xd'],
    },
  },
  {
    id: 'your-pics-on-sites-or-in-our-base-r18',
    phrases: [
      'twoje|twoich|pana|pani ..1 zdjecia|zdjec|nagrani*|filmy|filmiki|nudes*|materialy|fotki ..3 sa|kraza|pojawily_sie|wisza|znajduja_sie|znalezlismy ..3 na|w ..1 # ..1 stronach|stron|portalach|serwerach|forach',
      'twoje|twoich|pana|pani ..1 zdjecia|zdjec|nagrani*|filmy|filmiki|nudes*|materialy|fotki ..3 sa|kraza|pojawily_sie|wisza|znajduja_sie ..3 na|w ..1 stron*_porno|pornhub*|portal*_dla_doroslych|stron*_dla_doroslych|darknet*|onlyfans',
      'mamy|mam|trzymamy|trzymam ..2 w ..1 bazie|archiwum|na_serwerze|na_dysku|w_chmurze ..2 twoje|twoich|pana|pani ..1 zdjec*|nagrani*|filmy|filmik*|materialy|nudes*',
    ],
    unless: [REPORTED, 'szkol*|klub*|wyciecz*|album*|gazet*|konkurs*|fotograf*|sesj*_slub*|wesel*|komuni*|portfolio|zamowieni*|odbitk*|drukarni*'],
    examples: {
      match: ['Twoje zdjecia sa na 3 stronach.', 'twoje nagrania kraza na stronach porno', 'mamy w bazie twoje zdjecia'],
      ignore: ['twoje zdjecia sa na 3 stronach albumu klasowego', 'mamy w archiwum twoje zdjecia z sesji slubnej'],
    },
  },
  {
    id: 'i-saved-your-followers-r18',
    phrases: [
      'zrzucil*|screenowal*|zescreenowal*|zapisal*|skopiowal*|mam_screena|mam_screeny|mam_zrzut|zrobil*_screena|zrobil*_screeny ..3 twoj*|twojej|twoich|ci ..1 liste|lista|listy|obserwuj*|followers*|znajomych|kontakt*',
    ],
    unless: [REPORTED, 'zakup*|zadan*|lektur*|prezent*|piosenek|playlist*|xd|haha*|lol'],
    examples: {
      match: ['zrzucilem twoja liste znajomych', 'zrobilam screena twojej listy obserwujacych', 'zapisalem twoich followersow'],
      ignore: ['zrobilam screena twojej listy zakupow xd', 'zapisalem twoja liste lektur'],
    },
  },
  {
    id: 'i-know-who-your-mum-is-r18',
    phrases: [
      'wiem|znam ..1 kto ..1 jest ..1 twoja|twoj|twoim ..1 mama|matka|tata|ojcem|siostra|brat|dziewczyna|chlopak|wychowawczyni|wychowawca',
      'sprawdzil*|przejrzal* ..2 ci|twoich|twoje ..1 obserwuj*|followers*|znajomych|kontakt* ..3 mam_screena|mam_screeny|mam_liste|zapisal*',
    ],
    weight: 2,
    unless: [REPORTED, 'bibliotek*|sklep*|pani_z|pan_z|sasiad*|poznalam|poznalem|mila|mily|fajn*|xd|haha*|lol'],
    examples: {
      match: ['wiem kto jest twoja mama i siostra', 'sprawdzilem ci obserwujacych, mam screena'],
      ignore: ['wiem kto jest twoja mama, to ta mila pani z biblioteki'],
    },
  },
  {
    id: 'that-was-for-the-first-one-r20',
    phrases: [
      'za ..1 pierwszy|pierwsze|pierwsza|jeden|jedno|tamten|tamto|tamta ..2 filmik*|nagrani*|zdjec*|fotk*|film|wideo|video|screen* ..4 mam|zostal|zostaly|zostalo|trzymam ..1 jeszcze|drugi|drugie|druga|wiecej|kolejn*|inne',
      'to_bylo_za ..2 pierwsz*|jeden|jedno ..4 mam|zostal|zostaly|zostalo ..1 jeszcze|drugi|drugie|wiecej|kolejn*',
      'myslales|myslalas|myslisz ..1 ze ..2 to ..1 koniec|wszystko|po_wszystkim ..6 mam|zostal*|filmik*|nagrani*|zdjec*|fotk*|zaplac*|wplac*|przelej*',
    ],
    unless: [REPORTED, 'bilet*|konkurs*|aukcj*|olx|vinted|allegro|sprzeda*|ogloszeni*|zamowieni*|odcink*|sezon*|serial*|xd|haha*'],
    examples: {
      match: ['to bylo za pierwszy filmik. mam jeszcze drugi 🙂', 'zaplaciles za jedno nagranie, zostalo jeszcze pare', 'myslales ze to koniec? mam jeszcze twoje nagranie'],
      ignore: ['to bylo za pierwszy bilet, mam jeszcze drugi na sobote', 'myslalas ze to koniec sezonu? jeszcze 3 odcinki xd'],
    },
  },
  {
    id: 'system-registered-your-recording-r20',
    phrases: [
      'system|kamera|kamerka|program|oprogramowanie|wirus|trojan|nasz_system ..2 zarejestrowal*|nagral*|zapisal*|przechwycil*|zarejestrowala|nagrala ..2 twoje|twoj|twoja|cie|ciebie|pana|pania',
      'zarejestrowalismy|nagralismy|przechwycilismy|zapisalismy ..2 twoje|twoj|twoja|cie|ciebie|pana|pania ..2 nagrani*|wideo|filmik*|aktywnosc|obraz',
    ],
    unless: [REPORTED, 'gol|gola|gole|mecz*|wystep*|trening*|bramk*|druzyn*|monitoring*|parking*|mandat*|fotoradar*|sklep*|ochron*|policj*|szkol*_monitoring|zgubil*|kradziez*|zlodziej*|konkurs*|wystep*|wywiad*|lekcj*|zajec*|nagroda'],
    weight: 5,
    examples: {
      match: ['Dzien dobry, nasz system zarejestrowal Twoje nagranie. W celu usuniecia prosimy o oplate 800 zl.', 'przechwycilismy twoje nagranie z kamerki'],
      ignore: ['kamera nagrala twoj gol z meczu, wrzuce na grupe druzyny', 'kamera na parkingu nagrala twoj samochod, sprawdz mandat', 'nagralismy twoj wystep na konkursie!'],
    },
  },
  {
    id: 'have-your-private-shots-r21',
    phrases: [
      'mam|trzymam|zachowalem|zachowalam|zapisalem|zapisalam|zgralem|zgralam ..2 twoje|twoich|twoja|twoj ..3 @photo|screen*|nagrani* ..5 z_lazienki|z_lozka|spod_prysznica|pod_prysznicem|z_przebieralni|z_kamerki|z_kamery|w_bieliznie|w_samej|w_samych|bez_ubran*|bez_ubrania|bez_niczego|bez_koszulki|nago|nagie|intymn*|prywatn*|rozbieran*|co_mi_wyslalas|co_mi_wyslales|co_mi_wysylalas|co_mi_wysylales|ktore_mi_wyslalas|ktore_mi_wyslales',
      'twoje|twoja|twoj ..1 intymne|nagie|rozbierane|golasy|nudesy|nudeski ..1 [zdjecia|nagrania|filmy|filmiki|fotki|foty] ..2 zostaly|sa|zostalo|zostaly_juz|juz_sa ..3 zapisan*|nagran*|skopiowan*|pobran*|przechwycon*|zabezpieczon*|zarchiwizowan*|u_nas|u_mnie|you_nas|you_mnie|na_naszym|na_moim|na_serwerze|w_naszej_bazie|na_dysku',
    ],
    unless: [REPORTED, 'szpital*|pamiatk*|wyzdrowial*|chor*|kostium*_na|teatr*|przedstawieni*|bal|basen*_z_klasa|ostrzega*|uwazaj*|scam*|oszust*|lekcj*'],
    weight: 3,
    examples: {
      match: [
        'mam wszystkie twoje zdjecia z wakacji, te z lazienki tez',
        'Twoje intymne zdjecia zostaly zapisane na naszym serwerze. Przelew 1000 zl na podane konto.',
        'zachowalem twoje fotki co mi wysylalas w nocy',
        'twoje nagie zdjecia sa juz u mnie',
      ],
      ignore: ['mam twoje zdjecia z wycieczki, wyslac ci?', 'twoje zdjecia zostaly zapisane w albumie klasowym', 'mam twoje zdjecia z balu, wyszlas pieknie', 'zachowalem twoje zdjecia z lozka szpitalnego, pamiatka jak wyzdrowialas'],
    },
  },
  {
    id: 'still-have-what-you-sent-r22',
    phrases: [
      'co_mi|ktore_mi|jakie_mi|ktorych_mi ..2 slalas|wyslalas|wysylalas|przyslalas|podeslalas|przesylalas|slales|wyslales|wysylales|przysylales|pokazalas|pokazywalas ..5 dalej|nadal|wciaz|ciagle|wszystkie|wszystko ..2 je|to|te ..1 mam|trzymam|posiadam',
      'pamietasz ..1 co_mi|co_wczoraj|co_mi_wczoraj|co_ostatnio ..3 wyslalas|wysylalas|slalas|pokazalas|pokazywalas|robilas|wyslales|pokazales|robiles ..5 ja_tak|ja_pamietam|bo_ja_pamietam|ja_mam|mam_to|mam_wszystko|ja_wszystko|mam_screen*|zrobilem_screen*|zrobilam_screen*|zapisalem|zapisalam',
      'mamy|mam ..3 twoje|twoich|wszystkie_twoje ..1 zdjecia|zdjec|pliki|plikow|fotki|fotek|nagrania|filmiki ..2 z_chmury|z_icloud*|z_dysku|z_telefonu|z_galerii|z_komputera|z_laptopa|z_google*|z_maila|z_konta',
      'mamy|mam ..6 i ..1 twoje|twoich ..1 zdjecia|zdjec|pliki|plikow|fotki|fotek|nagrania|filmiki ..2 z_chmury|z_icloud*|z_dysku|z_telefonu|z_galerii|z_komputera|z_laptopa|z_google*|z_konta',
      'chcesz|mam_ci ..1 sprawdzic|dowod|udowodnic ..4 wysle|podesle|pokaze|przesle ..2 ci ..3 jedno|jeden|jedna|jedno_z_nich|probke|kawalek|fragment',
      'nagralem|nagralam|nagrywalem|nagrywalam|zapisalem|zapisalam ..2 caly|cala|cale|nasz|nasza|twoj|twoja ..1 stream*|live|lajw*|transmisj*|call*|wideoczat*|kamerk* ..2 z_toba',
    ],
    unless: [REPORTED, 'genialn*|tiktok*|rolk*|reels*|mem|memy|z_powrotem|zmontuj*|montuj*|yt|youtub*|kanal*|odcin*|z_nim|z_nia|od_niego|od_niej|szkoln*|prezentacj*|projekt*|referat*|na_dysku|na_pendrive*|zgral*|przegral*|skopiowal*|odesle|oddam|wycieczk*|obozu|z_obozu|album*|gazetk*|kronik*|backup*|kopi*_zapasow*|przenioslem|przenioslam|przerzucil*|slub*|wesel*|klip*|highlight*|montaz*|beka|smieszn*|przepis*|notatk*|zadani*'],
    examples: {
      match: [
        'pamietasz te fotki co mi slalas w wakacje? dalej je mam',
        'pamietasz co mi przed chwila wyslalas? ja tak.',
        'Mamy wszystkie pliki z dziennika waszej szkoly i twoje zdjecia z chmury',
        'chcesz sprawdzic? wysle ci jedno z nich na poczatek',
        'nagralem caly stream z toba',
        'pamietasz co mi wczoraj wyslalas na snapie? zrobilem screena',
      ],
      ignore: [
        'mam twoje zdjecia z telefonu, przerzucilem na dysk jak prosiles',
        'nagralem caly stream z toba, zrobie z tego klipy na yt',
        'pamietasz co mi wyslalas wczoraj? ten przepis na ciasto?',
        'te zdjecia co mi wyslalas z obozu dalej je mam',
        'mam twoje zdjecia z telefonu na dysku, chcesz zebym ci wyslala?',
        'nagralem caly live z toba, wrzuce na yt jak zmontuje',
        'chcesz dowod? wysle ci jeden screen z rozmowy z nim',
      ],
    },
  },
  {
    id: 'recorded-from-your-camera-and-ip-r23',
    phrases: [
      'nagrani*|zapis*|film*|material*|wideo|video ..3 ktore|ktory|ktora|ktorych ..1 wykonalem|zrobilem|nagralem|zarejestrowalem|przechwycilem|uzyskalem|pozyskalem ..4 z|przez ..2 twojej|twojego|pani|pana|twoja ..1 kamer*|urzadzeni*|komputer*|telefon*|laptop*',
      'z ..2 twojego|twojej|pani|pana|tego|panskiego ..1 adresu_ip|ip|urzadzenia|komputera|konta|telefonu ..4 pobierano|wykryto|udostepniano|przegladano|sciagano|rozpowszechniano|wysylano ..3 nielegaln*|pornograf*|zakazan*|zabronion*',
      'na ..2 twoim|twojej|pani|pana|tym ..1 urzadzeniu|komputerze|telefonie|koncie|laptopie ..2 wykryto|znaleziono|zabezpieczono|odnaleziono ..3 nielegaln*|pornograf*|zakazan*|zabronion*',
    ],
    unless: [REPORTED, 'koncert*|mecz*|wyciecz*|imprez*|urodzin*|wystep*|super|fajn*|uwaga|uwazaj*|oszust*|scam*|falszyw*|ostrzeg*|nie_placcie|nie_plac|podszywa*|antywirus*|wirus*|skaner*|aktualizacj*|artykul*|reportaz*'],
    weight: 5,
    examples: {
      match: [
        'Pisze w sprawie nagrania, ktore wykonalem z Pani kamery internetowej podczas przegladania pewnych stron',
        'Z Pana/Pani adresu IP pobierano nielegalne tresci.',
        'Na Pani urzadzeniu wykryto nielegalne materialy.',
      ],
      ignore: ['uwaga, oszusci pisza ze z waszego adresu ip pobierano nielegalne tresci, nie placcie', 'antywirus: na twoim komputerze wykryto zabronione pliki, uruchom skaner', 'nagranie ktore zrobilem z twojego telefonu na koncercie jest super'],
    },
  },
  {
    id: 'looked-through-your-gallery-r24',
    phrases: [
      'przejrzal*|przegladal*|przejrzec|przegladac|grzebal*|grzebac|przeszukal*|przeszukac|przekopal* ..3 twoja|twoje|twojej|twoich|twoj|pani|pana ..1 galeri*|pliki|plikach|telefon|telefonie|dysk|chmure|zdjecia|fotki',
      'przejrzec|przegladac|przejrzalem|przejrzalam|przegladalem|przegladalam ..1 galeri* ..6 ciekawe|pikantne|prywatne|intymne|odwazne|gorace|niegrzeczne',
      'ciekawe|pikantne|prywatne|intymne|odwazne|niegrzeczne ..1 zdjecia|fotki|foty|filmiki|rzeczy|nagrania ..2 trzymasz|trzyma|przechowujesz|przechowuje|masz_w_telefonie|masz_w_galerii|w_telefonie|w_galerii|na_telefonie',
      'skopiowal*|zgral*|zgralem|zgralam|zachowal*|zrzucil* ..2 sobie ..3 na_pamiatke',
      'znalazlem|znalazlam|znalazl|widzialem|widzialam|ogladalem|ogladalam|przejrzalem|przejrzalam ..4 twoje|twoich|twoja ..1 nagie|gole|rozebrane|intymne|prywatne|pikantne|golasy ..1 zdjecia|fotki|foty|nagrania|filmiki|zdjec|fotek|selfie',
    ],
    unless: [REPORTED, 'ukryj*|na_profilu|publiczn*|kazdy_widzi|uwazaj*|oszust*|zmien*_haslo|reportaz*|artykul*|wyciecz*|wakacj*|slub*|wesel*|urodzin*|koncert*|imprez*|nasze|naszej|naszych|klasow*|szkoln*|muzeum|sztuki|obraz*'],
    weight: 5,
    examples: {
      match: [
        'przy testach wyswietlacza musialem przejrzec galerie. ciekawe zdjecia tam pani trzyma',
        'skopiowalem sobie na dysk, tak na pamiatke',
        'przejrzalem twoja galerie jak telefon byl u mnie w serwisie',
        'niezle pikantne fotki trzymasz w telefonie, wiesz?',
        'naprawialem twoj telefon i znalazlem tam twoje nagie zdjecia',
      ],
      ignore: ['uwazaj, ten serwis podobno przeglada galerie klientow', 'zgralam sobie zdjecia z wycieczki na pamiatke', 'przegladalam galerie sztuki w muzeum', 'widzialam cie wczoraj w galerii', 'widzialam twoje prywatne zdjecia na profilu, ukryj je bo kazdy widzi'],
    },
  },
  {
    id: 'it-all-got-recorded-r24',
    phrases: [
      'mam|mamy ..1 nagrany|nagrane|nagrana|zapisany|zapisane|zgrany|zgrane ..2 caly|cala|cale|twoj|twoja|twoje ..4 stream*|ekran*|call*|kamer*|kamerce|kamerze|wideorozmow*',
      'jak|kiedy|gdy ..1 gadalismy|rozmawialismy|pisalismy|bylismy ..2 na|przez ..1 kamerce|kamerze|kamerke|kamerkach|wideo|callu|facetime* ..4 wszystko|caly_czas|wszystko_sie ..2 nagrywal*|nagral*|zapisal*|rejestrowal*',
    ],
    unless: [REPORTED, 'koncert*|mecz*|gra|gry|grze|fortnit*|minecraft*|turniej*|super|fajn*|wyciecz*|lekcj*|zajec*|webinar*|klas*|projekt*|gratul*|widz*|brawo|gg|spiewal*|smieszn*|karaoke|wysle_ci|highlight*|montaz*|shorts*|klip*_na_yt|zmontuj*'],
    weight: 5,
    examples: {
      match: [
        'LOL mam nagrany caly twoj stream z ekranu. patrz na link',
        'wczoraj jak gadalismy na kamerce to wszystko sie nagrywalo obs',
        'mamy nagrana cala twoja rozmowe na kamerce',
      ],
      ignore: ['mam nagrany caly twoj stream z turnieju, super grales', 'mam nagrany caly twoj stream, gratulacje za 1000 widzow', 'mam nagrana cala nasza rozmowe z wczoraj jak spiewalismy, wysle ci', 'jak gadalismy na wideo z klasa to wszystko sie nagrywalo na lekcje'],
    },
  },
  {
    id: 'delete-for-cash-r24',
    phrases: [
      'usune|skasuje|wykasuje|wymaze|wywale ..3 za|jak_dostane|po_wplacie|po_przelewie|gdy_dostane ..1 # ..1 zl|zlotych|zloty|pln|euro|dollar|usd|eur|dolcow|dolarow',
    ],
    unless: [REPORTED, 'aplikacj*|apk*|subskrypcj*|abonament*|premium|ogloszeni*|oferta|oferte|konto_premium'],
    weight: 5,
    examples: {
      match: ['usune za 600 zl. albo moge je wrzucic na grupe osiedlowa', 'skasuje wszystko za 300 zl i masz spokoj', 'usune nagranie za 100 euro'],
      ignore: ['usune je za 5 minut', 'usune to za chwile, sorki', 'skasuje ogloszenie za 2 dni jak nikt nie kupi'],
    },
  },
  {
    id: 'i-have-her-account-and-your-chats-r25',
    phrases: [
      'mam ..1 jej|jego|ich ..1 konto|konta|haslo|hasla|dostep ..4 i|oraz ..2 cala|cale|wszystkie|wasza|wasze|wasz ..1 rozmow*|wiadomosci|czat*|chat*|konwersacj*|zdjecia|fotki|dm*',
      'widze|czytam|przeczytalem|przeczytalam ..1 wszystko ..3 co ..1 jej|mu|im ..1 slalas|slales|wysylalas|wysylales|pisalas|pisales|wyslalas|wyslales|pokazywalas',
      'to ..1 nie ..1 jest ..1 [twoja|twoj] ola|kuba|kolezanka|kolega|twoja_kolezanka|twoj_kolega|ona|on ..4 mam|przejalem|przejelam|zhakowalem|zhakowalam|wlamalem|wlamalam',
      'dodalem|dodalam|dodalismy ..2 twoich|twoje|twoi|twoja ..2 znajomych|kolegow|kolezanki|koledzy|kolezanek|rodzine|mame|ziomkow|followersow|klase ..3 do ..1 grupy|czatu|konwersacji|grupki',
      'zrobilem|zrobilam|zalozylem|zalozylam|zrobic ..1 grupa|grupe|grupke|czat ..6 dodalem|dodalam ..2 twoich|twoi|twoje|twoja ..1 znajomych|kolegow|koledzy|kolezanki|rodzine|klase',
    ],
    unless: [REPORTED, 'urodzin*|imprez*|niespodzian*|osiemnastk*|18stk*|wyciecz*|projekt*|zadani*|klasow*|druzyn*|trening*|wesel*|sylwestr*|mecz*|gry|gra|grze|serwer*|turniej*|wspoln*_prezent*|zrzutk*|prezent*'],
    weight: 5,
    examples: {
      match: ['dobra nie bede udawac. to nie Ola. mam jej konto i cala wasza rozmowe, widze wszystko co jej slalas', 'ja zrobic grupa, dodalem twoi koledzy z listy: Kuba, Szymon, Igor, Maja', 'dodalem twoich znajomych do grupy 😈', 'mam jego haslo i wszystkie wasze wiadomosci'],
      ignore: ['dodalem twoich znajomych do grupy na urodziny Zuzi', 'zalozylam grupe i dodalam twoich kolegow z druzyny', 'mam jej haslo do wifi i wszystkie zdjecia z wycieczki'],
    },
  },
  {
    id: 'i-will-take-over-your-account-r25',
    phrases: [
      'przejme|przejmuje|przejalem|przejelam|zhakuje|zhakowalem|zhakowalam|przejmiemy ..2 [tez] twoje|twoj|twoja ..1 konto|konta|insta|instagram|snapchat|snap|tiktok*|facebook*|fb|maila|poczte|discord*',
      'kod ..1 juz ..1 mam ..6 przejme|przejmuje|zaloguje|wchodze|wejde|twoje_konto|twoim_koncie',
      'mam ..1 twoj|twoje ..1 kod|kody|haslo|hasla|login ..4 przejme|przejmuje|zaloguje|wchodze|wejde|konto|konta',
    ],
    unless: [REPORTED, 'lolu|lola|lolem|valo*|cs2|csa|w_grze|garaz*|rower*|furtk*|sejf*|gra|grze|gry|klan*|serwer*|minecraft*|roblox*|fortnite|steam|postac*|przypomn*|zapomnial*|zapomnialas|odzyska*|pomoge|pomoc|rodzic*_kontrol*|kontrola_rodzicielska|mama|tata|wifi|netflix*|spotify|disney|hbo|szafk*|ksiazk*|domofon*|klucz*|drzwi*|wspolne_konto|rodzinn*|zmien_haslo|zmien_hasla|zmiencie|uwazaj*'],
    weight: 5,
    examples: {
      match: ['teraz przejme tez twoje konto, kod juz mam', 'mam twoj kod, zaraz przejme twoje konto', 'zhakowalem twoje insta'],
      ignore: ['mam twoje haslo do wifi, wchodze na netflixa', 'przejme twoje konto w grze jak bedziesz na wakacjach, zeby farmic', 'mam twoj kod do szafki, wejde po ksiazke'],
    },
  },
  {
    id: 'pics-and-your-followers-r26',
    phrases: [
      'mam ..3 twoich|twoje ..1 fotek|fotki|zdjec*|nudes*|nagran*|filmik* ..1 i ..1 wiem|znam|mam ..2 kto|liste|wszystkich',
      'wiem|znam ..1 kto ..2 jest|sa ..1 na|w ..1 twojej|twoich ..1 liscie|kontaktach|obserwujacych|followersach',
    ],
    unless: ['wspoln*|lekcj*|zoom*|teams*|klasow*|wycieczk*|urodzin*|imprez*|wesel*|album*|kronik*|mem*|xd|haha*|heh*|sylwestr*|studniowk*|obozu|oboz'],
    weight: 5,
    examples: {
      match: ['to byl dopiero pokaz. mam jeszcze 5 twoich fotek i wiem kto jest na twojej liscie obserwujacych', 'wiem kto jest w twoich kontaktach', 'mam twoje nudesy i mam liste twoich znajomych'],
      ignore: ['mam jeszcze 3 twoje fotki z obozu i wiem kto je robil', 'mam twoje zdjecia z wycieczki i wiem kto je robil', 'wiem kto jest w twojej klasie bo bylam na zebraniu'],
    },
  },
  {
    id: 'screens-with-your-face-r26',
    phrases: [
      'mam ..1 screeny|screenshoty|zrzuty|nagrania|zdjecia ..3 z_twoja_twarza|z_twoja_buzia|z_twoja_geba|gdzie_widac_twoja_twarz|gdzie_widac_ciebie',
    ],
    unless: ['lekcj*|zoom*|teams*|klasow*|wycieczk*|urodzin*|imprez*|wesel*|album*|kronik*|mem*|xd|haha*|heh*|sylwestr*|studniowk*'],
    weight: 4,
    examples: {
      match: ['mam screeny wszystkich zadan z twoja twarza', 'mam nagrania z twoja twarza, nie wywiniesz sie'],
      ignore: ['mam screeny z lekcji z twoja twarza xd', 'mam zdjecia z twoja buzia z wesela cioci'],
    },
  },
  {
    id: 'dont-forget-who-has-them-r26',
    phrases: [
      'nie ..1 zapominaj|zapomnij|zapominasz|zapomnialas|zapomniales ..2 kto|ze ..1 ma|mam|trzyma|trzymam ..1 twoje|twoj|twoja|twoich ..1 zdjec*|fotki|fotek|foty|nagran*|filmik*|nudes*|screeny',
    ],
    unless: ['wyciecz*|wakacj*|urodzin*|wesel*|slub*|album*|kronik*|oddam|oddac|oddaj|pendrive*|dysk*|aparat*|odbitk*|wywolan*|legitymacj*|dowod*|paszport*'],
    weight: 5,
    examples: {
      match: ['nie zapominaj kto ma twoje zdjecia', 'nie zapomnij ze mam twoje nagrania', 'nie zapominaj kto trzyma twoje nudesy 😉'],
      ignore: ['nie zapomnij ze mam twoje zdjecia z wycieczki, oddam w poniedzialek', 'nie zapominaj ze mam twoje zdjecie do legitymacji'],
    },
  },
  {
    id: 'silence-for-a-price-r26',
    phrases: [
      'daj|dasz|wyslij|przelej|kup|przeslij|oddaj|wplac ..4 @amount|@gift|@money|robux*|vbuck*|paysafe*|blik* ..3 to|a|i|wtedy ..1 nikomu|nikt ..1 nie ..1 pokaze|wysle|wrzuce|zobaczy|dostanie|udostepnie|pokazuje|wysylam|wrzucam',
    ],
    unless: ['xd|haha*|hehe*|hihi*|lol', 'prezent*|urodzin*|niespodzian*|imprez*|zrzutk*'],
    weight: 5,
    examples: {
      match: ['daj mi 5000 robuxow to nikomu nie pokaze', 'przelej 300 zl a nikt nie zobaczy', 'kup paysafe za 100 i wtedy nikomu nie wysle'],
      ignore: ['daj mi 5000 robuxow to nikomu nie pokaze xd', 'daj 20 zl na prezent dla Oli to nikomu nie pokaze listy'],
    },
  },
  {
    id: 'i-know-your-name-and-school-r26',
    phrases: [
      'mam|znam|wiem ..1 twoje|twoj|twoja ..1 nazwisko|adres|pesel|imie_i_nazwisko ..2 i|oraz ..2 szkole|szkoly|adres|nazwisko|klase|rodzicow|gdzie_mieszkasz|gdzie_chodzisz',
    ],
    unless: ['wysylk*|paczk*|kurier*|zamowieni*|faktur*|przesylk*|dostaw*|inpost|paczkomat*|zapis*|rejestrac*|formularz*|zgloszen*|list*|dziennik*|legitymacj*|dyplom*|zaproszen*|umow*'],
    weight: 2,
    examples: {
      match: ['sprawdz. mam twoje nazwisko i szkole. 24h', 'znam twoje imie i nazwisko i gdzie chodzisz do szkoly'],
      ignore: ['mam twoje nazwisko i adres do wysylki, paczka jutro', 'mam twoje nazwisko i klase na liscie zapisow'],
    },
  },
  {
    id: 'saved-all-your-snaps-r26',
    phrases: [
      'zapisalem|zapisalam|zescreenowalem|zescreenowalam|screenowalem|screenowalam|zrobilem_screeny|zrobilam_screeny|zachowalem|zachowalam|pobralem|pobralam ..2 wszystkie|kazdy|kazda|kazde|twoje|twoj|twoja ..1 twoje|twoich|snap*|zdjec*|fotk*|fotek|nudes*|nagrani*|filmik*|czat*|rozmow*|wiadomos*',
    ],
    unless: ['wyciecz*|wakacj*|imprez*|urodzin*|mecz*|album*|kronik*|slub*|wesel*|notatk*|zadani*|przepis*|dokument*|lekcj*|przypadkiem_usunal*|pamiatk*|na_pamiatke|haha*|xd'],
    weight: 3,
    examples: {
      match: ['zapisalem wszystkie twoje snapy', 'zescreenowalam kazda twoja wiadomosc', 'pobralem twoje nudesy'],
      ignore: ['zapisalem wszystkie twoje zdjecia z wakacji na pendrive', 'zapisalam twoje notatki z biologii'],
    },
  },
  {
    id: 'you-know-what-i-have-regional-r27',
    phrases: [
      'wiesz|pamietasz|pamietaj ..2 co ..1 jo|ja ..1 mom ..3 na_telefonie|w_telefonie|na_dysku|na_kompie|na_ciebie|w_galerii|you_siebie',
      'wiesz|pamietasz|pamietaj ..1 co ..1 mom',
    ],
    unless: [REPORTED, 'obiad*|prezent*|niespodzian*|urodzin*|xd|haha*|zadani*|notatk*|przepis*'],
    weight: 2,
    examples: {
      match: ['ty wiesz co jo mom na telefonie', 'pamiętasz co mom na ciebie, dziołcha'],
      ignore: ['wiesz co mom na obiad? kluski', 'wiesz co mom dla ciebie na urodziny'],
    },
  },
  {
    id: 'official-found-intimate-material-r27',
    phrases: [
      'wykryto|znaleziono|zabezpieczono|ujawniono|zarejestrowano|odnotowano|zidentyfikowano ..6 materialy|material|zdjecia|nagrania|pliki|tresci|fotografie ..4 intymn*|erotyczn*|pornograf*|seksualn*|nieletni*|niepelnolet*|nagie|rozebran*',
      'posiada|posiadaja|dysponuje|dysponuja|ma_w_posiadaniu|weszla_w_posiadanie|wszedl_w_posiadanie ..2 pani|pana|twoje|twoich|twoimi|panskie|panskimi ..1 zdjec*|nagrani*|film*|material*|wiadomos*|fotografi*',
    ],
    unless: [REPORTED, 'sesj*|slub*|wesel*|odbior*|galeri*|album*|legitymacj*|dyplom*|zamowien*|fotograf*|ksiegarn*|bibliotek*|ochron*_danych|rodo|zgod*|wizerunk*|szkolen*|lekcj*|przestrzeg*|nigdy_nie'],
    examples: {
      match: ['Na Twoim komputerze wykryto materiały o charakterze pornograficznym z udziałem nieletnich.', 'Reprezentuję osobę, która posiada Pana zdjęcia z rozmowy na Snapchacie.', 'nasz klient dysponuje twoimi nagraniami'],
      ignore: ['Fotograf posiada Pani zdjęcia z sesji, odbiór w galerii online', 'Na lekcji: policja nigdy nie pisze, że wykryto materiały intymne i trzeba zapłacić'],
    },
  },
  {
    id: 'you-i-have-on-tape-r27',
    phrases: [
      'cie|ciebie ..1 mam|mamy ..1 nagranego|nagrana|nagrane|nagranej|na_nagraniu|na_filmiku|na_wideo|na_kamerce',
      'w_zamian_za|za ..1 usuniecie|usunieciem|skasowanie|niepublikowanie|nieupublicznienie|zniszczenie ..2 materialow|zdjec|nagran|nagrania|filmow|filmikow|tresci|fotek',
    ],
    unless: [REPORTED, 'wesel*|slub*|koncert*|tanc*|taniec|tiktok*|spiew*|przedstawien*|mecz*|lekcj*|fotograf*|sesj*|tablo|rodo|ochron*_danych|bazy|abonament*|konta_premium|xd|haha*'],
    examples: {
      match: ['ta dziewczyna to był filmik, a ciebie mam nagranego', 'wzywam do zapłaty 2000 zł w zamian za usunięcie materiałów', 'cię mamy na nagraniu, więc płać'],
      ignore: ['ciebie mam nagranego jak tańczysz na weselu xd', 'opłata za usunięcie zdjęć z sesji u fotografa'],
    },
  },
  {
    id: 'we-have-your-photos-r27',
    phrases: [
      'mamy|posiadamy|trzymamy ..1 twoje|twoich|pani|pana ..1 zdjec*|fotk*|foty|nagrani*|filmik*|nudes*|materialy',
    ],
    unless: [REPORTED, 'wesel*|slub*|chrzcin*|wyciecz*|imprez*|przedszkol*|komuni*|urodzin*|klasow*|legitymacj*|dowod*|sesj*|odbior*|galeri*|album*|kronik*|tablo|wyslemy_ci|przeslemy|na_maila|do_odbioru|gotowe|wydrukow*|dyplom*|zawod*|turniej*|meczu|obozu|kolonii'],
    weight: 2,
    examples: {
      match: ['Jesteśmy z Cyber Unitu, mamy twoje zdjęcia, zapłać karę', 'mamy twoje nagrania z kamerki'],
      ignore: ['mamy twoje zdjęcia z sesji, gotowe do odbioru', 'mamy twoje zdjęcia z obozu, wyślemy ci na maila'],
    },
  },
  {
    id: 'screenshot-of-your-face-r28',
    phrases: [
      'zrobilem|zrobilam|mam|zrobione|porobilem|porobilam|zapisalem|zapisalam ..2 screen*|skrin*|zrzut*|screenshot* ..3 z|ze|gdzie ..2 twoja_twarza|twarza|twoja_buzia|twoja_morda|widac_twoja_twarz|widac_twarz|widac_ciebie',
      'screen*|skrin*|zrzut*|screenshot* ..2 z|ze ..1 twoja_twarza|twoja_buzia|twoja_morda ..4 i|a|oraz ..3 twoim|twoja|twoimi|reszta ..1 ciala|cialem|cialo|nago|bez_ubran*',
    ],
    unless: [REPORTED, 'mina|mine|minie|min|smieszn*|zabawn*|beka|beke|glupia_mina|mem*|filtr*|xd|haha*|hehe|lol|urodzin*|lekcj*|zajec*|teams*|zoom*|klas*|grup*'],
    examples: {
      match: ['zrobiłam screena z twoją twarzą', 'mam screeny gdzie widać twoją twarz', 'zrobilem zrzut ekranu z twoja twarza i reszta ciala'],
      ignore: ['zrobiłam screena z twoją twarzą na callu, ale miałeś minę xd', 'mam screena z twoją miną z lekcji na teamsach'],
    },
  },
  {
    id: 'your-face-is-clearly-visible-r28',
    phrases: [
      'twoja_twarz|twoja_buzia|twoja_morda|twoje_imie|twoja_gleba|cie|ciebie ..3 na|w ..1 tym|tych|tej|calym ..1 filmik*|nagrani*|wideo|video|zdjeciach|fotkach|screenach ..3 widoczn*|widac|wyrazn*|rozpoznawaln*|dobrze_widac|idealnie_widac',
      'na|w ..1 nagraniu|filmiku|wideo|video|screenach|nagraniach|filmikach ..2 widac|dobrze_widac|wyraznie_widac ..1 twoja_twarz|twoja_buzie|twoja_morde|ze_to_ty|kim_jestes',
      'widac|dobrze_widac|wyraznie_widac ..2 twoja_twarz|twoja_buzie|twoja_morde|twoje_imie|ze_to_ty|kim_jestes ..4 na|w ..1 tym|tych|calym ..1 filmik*|nagrani*|wideo|video|zdjeciach|fotkach|screenach',
    ],
    unless: [REPORTED, 'klas*|grupow*|szkoln*|wyciecz*|wakacj*|urodzin*|komuni*|slub*|wesel*|zawod*|mecz*|turniej*|wystep*|koncert*|przedstawieni*|kronik*|gazetk*|stron*_szkoly|legitymacj*|paszport*|dowod*|rozmaz*|nieostr*|ciemn*|fryzur*|super|piekn*|ladn*|xd|haha*|hehe'],
    examples: {
      match: ['twoja twarz jest na tym filmiku wyraźnie widoczna', 'na nagraniu dobrze widać twoją twarz', 'wyraźnie widać że to ty na tym filmiku'],
      ignore: ['twoja twarz na tym zdjęciu klasowym jest wyraźnie widoczna', 'na filmiku z koncertu dobrze widać twoją twarz, super wyszło', 'twoja twarz jest na tym zdjęciu rozmazana'],
    },
  },
  {
    id: 'someone-who-has-your-pics-r29',
    phrases: [
      'kims|ktos|ten|ta ..1 kto|co|ktory|ktora ..1 ma|trzyma|posiada ..2 twoje|twoja|twoich|twoj ..3 zdjec*|fotk*|foty|fote|filmik*|nagrani*|nudes*|nudesk*|screeny|film',
      'nagralem|nagralam|zapisalem|zapisalam|zgralem|zgralam|screenowalem|screenowalam ..3 twoj|twoja|twoje|twojego|twoich|caly|cala ..2 prywatn*|wczorajsz*|ostatni*|nocn*|caly|cala ..1 stream*|live*|transmisj*|lajw*|sesj*|show',
    ],
    unless: [REPORTED, 'uwazaj|ostrzegam|zglos*|policj*|moderac*|zglosilam|zglosilem|koncert*|mecz*|wyciecz*|turniej*|lekcj*|zajec*|zwyciest*|wygran*|highlight*|najlepsze_momenty|klip*_z'],
    examples: {
      match: ['jestem kimś kto ma twoje zdjęcia z tamtej imprezy', 'ten kto ma twoje nudesy teraz do ciebie pisze', 'nagrałem twój prywatny stream', 'zapisałam cały twój wczorajszy live'],
      ignore: ['uwazaj, jest ktos kto ma twoje zdjecia, zglos to', 'nagrałem twój wczorajszy stream, te najlepsze momenty wrzucę jako klip z wygranej', 'ktos ma twoja bluze z wf'],
    },
  },
  {
    id: 'so-bold-in-that-video-you-sent-r30',
    phrases: [
      'odwazn*|smial*|smielsz*|seksown*|sexy|seksi|goretsz*|gorac*|rozebran*|ponetn*|rozpalon*|pikantn*|wyuzdan*|niegrzeczn* ..6 w|na ..1 tym|tamtym|twoim|tym_twoim ..1 filmiku|filmie|nagraniu|video|wideo|zdjeciu|fotce|focie|nudesie ..3 co|ktory|ktore|ktorym|jaki ..2 wyslalas|wysylalas|przyslalas|przeslalas|podeslalas|nagralas|wyslales|wysylales|nagrales',
      'w|na ..1 tym|tamtym|twoim ..1 filmiku|filmie|nagraniu|video|wideo|zdjeciu|fotce|focie|nudesie ..3 co|ktory|ktore|ktorym|jaki ..2 wyslalas|wysylalas|przyslalas|przeslalas|podeslalas|nagralas|wyslales|wysylales|nagrales ..5 odwazn*|smial*|smielsz*|seksown*|sexy|seksi|goretsz*|rozebran*|ponetn*|nago|gola|goly|naga|nagi|pikantn*|wyuzdan*',
    ],
    unless: [REPORTED, 'koncert*|wystep*|scen*|spiew*|tanc*|taniec|skok*|trik*|trick*|deskorolk*|rower*|mecz*|trening*|zawod*|wspinacz*|kot*|psa|psem|mem*|przemow*|prezentacj*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['szkoda że tu nie jesteś taka śmiała jak na tym filmiku co wysłałaś Kubie', 'na tamtym nagraniu co mi przysłałaś byłaś dużo odważniejsza 😉', 'w tym wideo co nagrałaś dla niego byłaś bardziej sexy'],
      ignore: ['byłaś taka odważna na tym filmiku co wysłałaś z koncertu, ja bym się bała', 'na tym filmiku co mi wysłałaś z treningu jesteś mega odważna na tym skoku', 'w tym filmiku co wysłałaś z kotem jest taki śmiały xd'],
    },
  },
  {
    id: 'bare-i-screenshotted-it-r31',
    phrases: [
      'zrobilam|zrobilem|zrobione|porobilam|porobilem|cyknelam|cyknalem|mam|mamy|zrobilismy ..1 screeny|screena|screenshot*|skriny|skrina|zrzut*|zrzuty_ekranu|nagranie_ekranu',
      'zescreenowalam|zescreenowalem|zescreenowane|zescreenowany|zescreenowalismy|zskrinowalam|zskrinowalem|screenowalam|screenowalem|zapisalam_sobie|zapisalem_sobie|zachowalam_sobie|zachowalem_sobie',
      'screeny|screen|screenshot*|zrzut*|skriny ..1 zrobion*|zapisan*|mam|juz_mam|poszly|sa_you_mnie|jest_you_mnie',
    ],
    unless: [REPORTED, 'xd|haha*|hah|hehe|lol|smieszn*|beka|beke|mem*|link*|notat*|lekcj*|zadani*|zadan|prac*_domow*|plan*|tablic*|prezentacj*|slajd*|gry|gra|grze|gre|wynik*|rekord*|ocen*|librus*|dziennik*|rozklad*|bilet*|przepis*|adres*|map*|trasy|ogloszeni*|ofert*|paragon*|potwierdzeni*|przelew*|rezerwacj*|zamowieni*|dowod*|na_dowod|jako_dowod|policj*|zglos*|zgloszeni*|administrac*|moderat*|zablokowal*|blokuj*|sprawdzian*|kartkow*|odpowiedz*|quiz*|kahoot*|czat*_klasow*|grupy_klasowej|pytan*|kod*|hasl*|tresc*_zadania|strony|stron*|artykul*|tweet*|posta|post|komentarz*|wiadomosci_od|jak_obiecal*|obiecal*|ze_zrobisz|twierdz*|pizz*|wypracowani*|wiersz*|pomoc|pomog*|dla_ciebie|dla_ciebie_tez|wysle_ci|podesle_ci|przesle_ci|wyslac_ci|ci_wysle|ci_podesle|ci_przesle|daj_znac|chcesz'],
    weight: 1,
    examples: {
      match: ['dzięki. zrobiłem screena', 'zescreenowane 🙂 teraz pogadamy inaczej', 'mam screeny. ciekawe co teraz zrobisz', 'screeny zrobione, dzięki słodziaku'],
      ignore: ['zrobiłam screena tego mema xd', 'zrobiłam screeny notatek z lekcji, wyślę ci', 'mam screeny jako dowód dla policji', 'zrobiłem screena planu lekcji', 'zrobilam screeny jego wiadomosci i go zablokowalam'],
    },
  },
  {
    id: 'inside-your-account-r39',
    phrases: [
      'jestem|siedze|wszedlem|wszedlam|weszlem|zalogowalem|zalogowalam ..1 [juz|teraz] w|na|do ..1 twoim|twoje|twojego|twoj ..1 instagram*|snapchat*|snap*|fb|fejs*|facebook*|koncie|konto|telefonie|telefonu|messeng*|tiktok*|discord*|icloud|chmurze|galerii|mailu|poczcie',
      'widze|czytam|przegladam|mam ..1 wszystkie|cale|kazda|kazdy ..1 [twoje|twoich|twoja|twoj] dm*|dmki|dmy|dmsy|priv*|privy|wiadomosc*|rozmowy|czaty|konwersacj*|zdjecia_z_galerii',
    ],
    unless: [REPORTED, 'zapomnial*|wylog*|nie_wylogowal*|haslo_zmien|zmien_haslo|zmien_sobie|pomoge|pomagam|naprawi*|ustawi*|konfigur*|bibliotec*|grupow*|grupie|klasow*|minecraf*|gra|grze|serwer*|xd|haha*|lol|mama_prosila|tata_prosil|mamo|tato|babcia_prosila|twoje_wiadomosci_z|powiadomien*|ustawieni*'],
    examples: {
      match: ['jestem w twoim snapie i czytam wszystko', 'siedzę na twoim koncie od wczoraj', 'widzę wszystkie dmki, ładnie pisałaś', 'zalogowałem się do twojego fejsa'],
      ignore: ['jestem zalogowana na twoim koncie bo zapomniałaś się wylogować w bibliotece', 'widzę wszystkie wiadomości na grupie klasowej', 'jestem w twoim telefonie bo ustawiam ci aplikację, mama prosiła', 'widze wszystkie wiadomosci z serwera minecraft xd'],
    },
  },
] satisfies PatternEntry[];
