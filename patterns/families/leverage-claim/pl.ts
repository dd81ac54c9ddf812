import type { PatternEntry } from '../../schema';

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
    unless: ['lekcj*|koncert*|mecz*|tiktok*|taniec|tanczy*|tanc*|zajeciach|zajec*|sklep*|monitoring*|kradl*|kradziez*|zlodziej*|parking*|wesel*|slub*|komuni*|urodzin*|spiew*|przedstawieni*|jaselk*|akademi*|wystep*|zajecia|wyklad*'],
    examples: {
      match: ['Mam nagranie z naszej rozmowy na kamerce 😈', 'nagrałam wszystko co robiłeś na kamerce haha', 'nagrałem naszą rozmowę wideo', 'Posiadam nagranie wideo, na którym się masturbujesz', 'nagrałem cię na kamerce', 'wszystko nagrane', 'nagrałem wszystko co tam robiłeś', 'nagrałam cię jak się pokazywałeś', 'posiadamy nagrania z Pana kamery', 'nagrałem cię na omegle', 'nagrałam wszystko z ome tv'],
      ignore: ['nagrałam nasz taniec na tiktoka', 'mam nagranie z koncertu', 'nagrałem lekcję żeby mieć notatki', 'nagrałem cię na kamerce na zajęciach z tańca', 'mam nagranie z kamery w sklepie jak ktoś kradł'],
    },
  },
  {
    id: 'have-your-pics',
    phrases: [
      'mam|posiadam|trzymam|zachowalem|zachowalam|zapisalem|zapisalam|zgralem|zgralam|skopiowalem|skopiowalam ..3 twoje|twoich|wszystkie|te ..2 nudes*|nudesk*|nagie|nagich|intymn*|prywatn*|rozebran*|golas*|sprosn*|pikantn*',
      'mam|posiadam|trzymam|zapisalem|zapisalam|zachowalem|zachowalam ..1 wszystkie ..1 twoje|twoich ..1 zdjec*|fotk*|nudes*|filmik*|nagrania|wiadomosci|rozmowy|fotki|foty',
      'nagrani*|zapis* ..1 ekranu ..4 rozmow*|kamer*|call*|wideo*|video*|nasz*|ciebie|cie|toba',
      'mam|posiadam|trzymam ..2 twoje|twoich ..1 nudes*|nudesk*|nagie|nagich|nagrani*|filmik*|golas*',
      '@photo|nudes*|nudesk*|wiadomosc*|rozmow*|czat* ..6 mam ..3 zapisan*|zachowan*|zapisane|na_dysku|w_telefonie|na_kompie|skopiowan*|zrzucone|zescreenowan*',
      'mam ..3 zapisan*|zachowan*|skopiowan* ..3 twoje|twoich|@photo|nudes*|rozmow*|czat*|wiadomos*',
      'zapisalem|zapisalam|zachowalem|zachowalam|zescreenowalem|zescreenowalam|skopiowalem|skopiowalam|zgralem|zgralam ..3 wszystkie|wszystko|twoje|te|nasze|kazde ..2 @photo|nudes*|rozmow*|czat*|wiadomos*|co_wyslalas|co_wysylalas|co_mi_wyslalas|co_wyslales',
      'mam [je] wszystko|wszystkie ..3 co_mi|ktore_mi|co_ty|jakie_mi ..1 wyslalas|wyslales|wysylalas|pokazalas|pokazales|wysylales',
    ],
    unless: ['dziecinstw*|wakacj*|wyciecz*|imprez*|przedszkol*|komuni*|zajec*|lekcj*|przepis*|notatk*|zadani*'],
    examples: {
      match: ['pamiętasz te zdjęcia co mi wysłałaś? mam je wszystkie zapisane', 'mam twoje nudesy', 'mam twoje nagie zdjęcia', 'zapisałem wszystkie twoje zdjęcia', 'mam wszystko co mi wysłałaś', 'zachowałem twoje prywatne zdjęcia'],
      ignore: ['mam twoje zdjęcie z dzieciństwa w kąpieli', 'mam wszystkie notatki zapisane', 'zapisałem zdjęcia z wycieczki na dysku'],
    },
  },
  {
    id: 'have-screenshots',
    phrases: [
      'mam|zrobilem|zrobilam|porobilem|porobilam|trzymam|posiadam ..2 screeny|screena|screenshot*|skriny|skrin*|zrzuty|zrzut*|screen* ..3 nasz*|twoich|twoje|rozmow*|czat*|wiadomos*|wszystkiego|konwersacj*|tego_co_pisal*',
      'screeny|screenshoty|zrzuty|skriny ..2 nasz*|twoich|wszystkich ..1 rozmow*|czat*|wiadomos*|konwersacj* ..4 mam|zrobione|zapisane|zachowane',
    ],
    unless: ['mema|memy|memow|ocen*|planu|zadani*|lekcj*|pogody|wynik*|grup*|klasow*'],
    examples: {
      match: ['mam screeny naszych rozmów i twoje nudesy', 'zrobiłem screeny wszystkich twoich wiadomości', 'mam zrzuty ekranu naszej konwersacji'],
      ignore: ['zrobiłam screena tego mema xD', 'mam screeny planu lekcji'],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'zhakowal*|shakowal*|zhackowal*|hacknal*|hakn*|zhakowalem|wlamal*|wlamalem|przejal*|przejalem|przejelismy ..2 [do] twoje|twoj|twoja|twojego|twojej|twoich|ci|cie|ciebie ..2 konto|konta|telefon*|instagram*|snap*|@app|maila|poczte|haslo|icloud*|dysk*|galeri*|komputer*|kamer*|urzadzeni*',
      'mam [pelny|caly|teraz|juz] dostep ..3 do ..2 twojego|twojej|twoich|twoje|twoj ..1 konta|telefonu|galerii|zdjec|kamery|kontaktow|maila|poczty|instagrama|snapa|urzadzenia|komputera|dysku|icloud*|@app',
      'czytalem|czytalam|przeczytalem|przeczytalam|przegladalem|przegladalam|widzialem|widzialam ..2 wszystkie|cale ..1 twoje|twoich ..1 dmy|dm*|privy|priv*|wiadomosci|wiadomosc*|rozmowy|czaty|konwersacj*',
      'czytalem|czytalam|przeczytalem|przeczytalam|przegladalem|przegladalam ..1 twoje|twoich ..1 dmy|dm*|privy|priv*|prywatne_wiadomosci|rozmowy|czaty|konwersacj*',
      'znam ..1 twoje ..1 haslo|hasla',
      'twoj|twoja|twoje ..1 konto|telefon|komputer|kamera|urzadzenie ..3 zostal*|zostalo|jest ..1 zhakowan*|przejet*|zainfekowan*|pod_moja_kontrola',
      'wiem|widzialem|widzialam|widzielismy ..3 co ..1 ogladasz|ogladales|ogladalas|robisz|robiles|robilas ..3 w_nocy|porno*|strony|stronach|w_internecie|przed_kamer*|na_kamer*',
      'mam ..3 liste|wszystkich|wszystkie ..3 twoich|twoje ..1 znajom*|followers*|obserwuj*|kontakt*|rodzin*|bliskich',
      'mam ..2 twoich ..1 znajomych|followersow|obserwujacych|kontakty|rodzine',
    ],
    unless: ['haslo_do_wifi|wifi|wi_fi|hasla_do_wifi|do_gry_w|grze|serwer*_minecraft|grup*|klasow*|dysku_klasowego|na_grupie|czatu_klasowego'],
    examples: {
      match: ['Zhakowałem twoje konto na instagramie i mam wszystkie twoje prywatne wiadomości', 'mam dostęp do twojego telefonu', 'mam dostep do twojego insta', 'czytalem wszystkie twoje dmy', 'Twoje urządzenie zostało zhakowane', 'wiem co oglądasz w nocy na stronach porno', 'mam listę wszystkich twoich znajomych', 'znam twoje hasło'],
      ignore: ['ktoś zhakował konto szkoły na fb', 'mam hasło do wifi', 'widziałem twoje wiadomości na grupie klasowej', 'mam dostęp do dysku klasowego', 'zhakowałem grę i mam nieskończone życie'],
    },
  },
  {
    id: 'have-your-photos-plain',
    phrases: [
      'mam|posiadam|trzymam ..1 twoje|twoja|twoich ..1 zdjec*|fotk*|foty|fotki|zdjecia|filmik*|filmy|fote',
      'mam ..1 je ..1 wszystkie',
      'dalej|nadal|wciaz|ciagle|caly_czas|dalej_se ..1 [je|to|te|twoje|wszystko|ich] mam|trzymam|przechowuje ..2 [je|te|twoje|wszystkie|wszystko|zdjecia|fotki|filmiki|nagrania|nudesy|hehe|xd]',
      'mam|trzymam ..1 je|te|ich|wszystko ..1 dalej|nadal|wciaz|ciagle|caly_czas|u_siebie|w_telefonie|na_dysku|na_kompie',
    ],
    unless: ['dziecinstw*|wakacj*|wyciecz*|imprez*|przedszkol*|komuni*|urodzin*|klasow*|legitymacj*|dowod*|notatk*|zadani*|zeszyt*|ksiaz*|klucze|rzeczy|bluz*|kurt*|dokument*|do_albumu|do_kroniki|do_gazet*'],
    weight: 2,
    examples: {
      match: ['Mam twoje zdjęcia z insta', 'mam twoje fotki', 'dalej je mam hehe', 'nadal mam te twoje fotki', 'mam je wciąż w telefonie'],
      ignore: ['mam twoje zdjęcie z dzieciństwa', 'mam twoje notatki z biologii', 'mam twoje zdjęcia z wycieczki do kroniki', 'nadal mam twoje klucze', 'dalej mam te zeszyty z zeszłego roku'],
    },
  },
  {
    id: 'have-something-on-you',
    phrases: [
      'wiesz|pamietaj|pamietasz|zapomnialas|zapomniales ..2 co ..1 mam ..1 na ..1 ciebie|cie',
      'mam ..2 haka|haki|kompromat*|materialy|dowody|sporo|duzo|cos ..2 na ..1 ciebie',
      'mam ..1 na ..1 ciebie ..1 haka|haki|kompromat*|materialy|dowody|sporo|duzo|cos',
    ],
    unless: ['xd|haha*|hehe_zart|zart*|zartuje|mecz*|gra|grze|rund*|szachy|lekcj*|sprawdzian*|plan*|pomysl*|prezent*|niespodzian*|zadani*|sprawe_do|ochote|czas|oko|nadzieje|wplyw'],
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
    unless: ['wyciecz*|urodzin*|imprez*|zgubil*|zgubion*|portfel*|telefon*|klucz*|bluz*|kurt*|plecak*|zeszyt*|lekcj*|zadani*'],
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
    unless: ['szkol*|teatr*|jaselk*|akademi*|tanc*|taniec|koncert*|dumn*|piekn*|super|brawo|babci*|dziadk*|wystep*|prezentacj*|lekcj*|zadani*|projekt*'],
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
    unless: ['wyciecz*|lekcj*|wyklad*|zajeci*|koncert*|mecz*|wesel*|slub*|urodzin*|monitoring*|domofon*|bibliotec*|szkoln*|nauczyciel*|pozwolil*|zgod*|haslo_do_wifi|wifi|dysku_klasowego|naprawy|naprawi*|serwis*|informatyk*|nie_mam|nie_mamy|nikt_nie'],
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
    unless: ['z_wycieczki|z_wakacji|z_imprezy|z_urodzin|ze_slubu|z_wesela|z_obozu|z_kolonii|klasow*|grupow*|dziecinstw*|bobas*|maly|mala|smieszn*|xd|haha*|zadani*|notatk*|lekcj*|dowod*|policj*|zglos*|usunal*|usunel*|usunelam|nie_mam'],
    weight: 2,
    examples: {
      match: ['mam jeszcze te screeny, nie zapominaj', 'nadal mam twoje nudesy', 'trzymam wszystkie twoje zdjecia'],
      ignore: ['mam jeszcze te zdjęcia z wycieczki', 'mam jeszcze te screeny jako dowód dla policji'],
    },
  },
  {
    id: 'pay-and-i-delete',
    phrases: [
      'zaplac|zaplacisz|przelej|przelejesz|wyslij|wyslesz|wplac|wplacisz|przekaz|daj|dasz ..6 to|i|a|wtedy|potem ..2 usune|skasuje|wykasuje|wymaze|zniszcze|usuniemy|skasujemy',
      '@currency|@money|kod|kodu|kasy|hajsu|btc|bitcoin* ..3 to|i|a|wtedy|potem ..2 usune|skasuje|wykasuje|wymaze|zniszcze|usuniemy|skasujemy',
    ],
    unless: ['dlug*|dluga|dlugu|wisisz|oddasz|oddam|pozycz*|z_listy|liste|ogloszeni*|aukcj*|olx|vinted|allegro|pizz*|zamowieni*|rezerwacj*|zadani*|grupy|z_grupy|mema|xd|haha*|konto_w_grze|subskrypcj*|abonament*'],
    examples: {
      match: ['wyślij kod paysafecard za 100 zł to wszystko usunę', 'zapłać i usunę, proste', 'przelej 300 zł a usuniemy nagranie'],
      ignore: ['przelej 20 zł to skasuję twój dług', 'przelej mi za pizzę i usunę cię z listy', 'zapłać za rezerwację to usunę ogłoszenie z olx'],
    },
  },
  {
    id: 'compromising-material',
    phrases: [
      'posiadamy|posiadam|mamy|mam|dysponuje|dysponujemy ..2 kompromituj*|intymn*|pikantn*|nagie|erotyczn*|wstydliw*|krepujac* ..2 nagrani*|zdjec*|material*|filmy|filmik*|wideo|video|fotografi*',
      'zostales|zostalas|zostal|zostala|byles|bylas ..1 nagran*|nagrany|nagrana|sfilmowan*|nagrywany|nagrywana ..4 podczas|gdy|jak|kiedy ..3 ogladania|ogladales|ogladalas|masturb*|rozbier*|porno*|stron*|dla_doroslych|onanizowal*',
    ],
    unless: ['nie_mamy|nie_mam|nie_posiadamy|oszust*|uwazaj|ostrzeg*|policj*|scam|spam|phishing|lekcj*|mecz*|wyciecz*|zawod*|wystep*|artykul*|wiadomosci_tvn|news'],
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
    unless: ['zaloguj*|logowani*|haslo_do|regulamin*|moderator*|admin*|serwer*|gra|grze|gildi*|klan*|nieaktywn*|subskrypcj*|abonament*|platnosc_nieudana|xd|haha*'],
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
    unless: ['lekcj*|wyciecz*|mecz*|koncert*|wystep*|taniec|tanczy*|urodzin*|xd|haha*|dowod*|policj*|zglos*|notatk*|zadani*'],
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
    unless: ['dziecko|dzieckiem|maly|mala|bobas*|niemowl*|basen*|plaz*|xd|haha*|nie_mam|usunal*|usunel*|policj*|zglos*'],
    examples: {
      match: ['mam screeny jak jesteś naga, co zrobisz', 'mam zdjęcia na których jesteś rozebrana'],
      ignore: ['mam zdjęcia jak jesteś goły jako bobas xd'],
    },
  },
] satisfies PatternEntry[];
