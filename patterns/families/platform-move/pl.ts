import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'dodaj|dodasz|dodajcie|zaprosz|zapros|zaobserwuj|obserwuj|followuj|zafollowuj|sfollowuj|napisz|napiszesz|pisz|piszesz|odezwij|odpisz|zagadaj|zagaduj|wbijaj|wbij|zgadamy|zgadajmy ..2 na|w|do|przez|po @app|@privchan',
      'pogadamy|pogadajmy|piszmy|gadajmy|popiszemy|popiszmy|porozmawiamy|porozmawiajmy|gadamy|piszemy|rozmawiajmy ..2 na|w|przez|po @app|@privchan',
      'masz|macie|posiadasz|uzywasz [moze|jakiegos|jakis|jakas|jakies|tez] @app',
      'jaki|jakiego|jaka|jakie|jak masz [nick|nicka|login|nazwe] [na|w] @app',
      'jaki|jakiego|jaki_jest ..2 twoj|twojego|twoja @app|nick|numer|nr',
      'podaj|daj|dasz|podasz|podeslij|wyslij|dawaj|podeslesz|wyslesz|zostaw [mi] [swoj|swojego|twoj|twojego|swoje|swoja|twoja] numer|numerek|nr|numeru|@app',
      'jaki|jakim ..1 masz numer|numerek|nr',
    ],
    unless: ['face_reveal|face_check|facecheck|facereveal|face_checka|face_reveala', 'blik*|do_przelewu|przelew*|to_ja|z_obozu|z_kolonii|z_treningu|z_podworka|buta|butow|buty|rozmiar*|domu|mieszkania|pokoju|indeksu|koszul*|zawodnika|sali|autobusu|tramwaju|linii|strony|pietra|grup*|grupk*|klas*|projekt*|serwer*|druzyn*|zespol*|konta|zamowieni*|pacz*|przesyl*|faktur*|ogloszeni*|dowodu|pesel*|legitymacj*'],
    examples: {
      match: ['dodaj mnie na snapie', 'masz snapa?', 'jaki masz nick na insta', 'napisz do mnie na telegramie', 'podaj numer to napiszę na whatsappie', 'pisz na priv', 'masz może discorda?', 'dawaj swój numer', 'wbijaj na pw'],
      ignore: ['wyślij face reveal, chcę zobaczyć jak wyglądasz', 'To podaj numer telefonu do blika', 'podaj numer do blika to przelej', 'dodaj mnie na dc do grupy klasy', 'snap mi się zawiesił', 'podaj numer zamówienia', 'wyślij mi numer konta to przeleję', 'masz jakieś zadanie z matmy?'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'przejdzmy|przejdziemy|przeniesmy|przeniesiemy|przeniesc|przejsc|przenies|przejdz|zmienmy|zmienimy|wskakuj|wskocz|wejdz|wejdziesz|przerzucmy|przeskoczmy ..3 na|do|w|przez @app|@privchan',
      'tu|tutaj ..3 laguje|laguja|lagi|laguje|zacina|niewygodnie|moderator*|moderuj*|monitoruj*|sledza|podgladaj*',
      'tu|tutaj sie_zle|zle_sie|ciezko_sie|slabo_sie|kiepsko_sie ..1 pisze|gada|rozmawia',
      'pogadajmy|porozmawiajmy|piszmy|pogadamy|porozmawiamy|przeniesmy_sie ..2 gdzie_indziej|gdzies_indziej|prywatnie|na_osobnym|na_osobnosci',
      'gdzies|w_miejscu ..2 bardziej_prywatn*|prywatniej|gdzie_nikt',
      'na|w @app ..3 bedzie ..1 prywatniej|wygodniej|bezpieczniej|latwiej',
    ],
    unless: ['grup*|grupk*|klas*|projekt*|serwer*|druzyn*|zespol*|lekcj*|prezentacj*'],
    examples: {
      match: ['przejdźmy na discorda, pogadamy prywatnie', 'tu ciągle laguje, przejdźmy na telegram', 'tu się źle pisze', 'na snapie będzie prywatniej', 'przenieśmy się na priv'],
      ignore: ['przejdźmy na messengera, tam mamy grupę do projektu', 'tu jest fajnie', 'przejdźmy do następnego zadania'],
    },
  },
  {
    id: 'video-call',
    phrases: [
      'pogadamy|pogadajmy|porozmawiamy|porozmawiajmy|rozmawiamy|zadzwon|zadzwonie|zadzwonisz|zadzwonic|dzwon|zdzwonimy|zdzwonmy|zdzwonic|gadamy|gadajmy|polaczmy|polaczymy ..2 na|przez|po @cam|video|facetime*|face_time',
      'masz|macie|posiadasz ..1 kamer*|kamerke|webcam*|kamerka',
      'zrobmy|zrobimy|masz_czas_na|wbijaj_na|chcesz ..2 wideorozmow*|videorozmow*|wideoczat*|videoczat*|video_call*|videocall*|kamer*|facetime*',
    ],
    unless: ['grup*|klas*|projekt*|lekcj*|prezentacj*|babci*|dziadk*|wszyscy|wszystkimi|rodzin*'],
    weight: 1,
    examples: {
      match: ['pogadamy na wideo?', 'zadzwonię do ciebie na kamerce', 'zróbmy wideorozmowę', 'porozmawiajmy przez facetime'],
      ignore: ['jutro o 18 wideo rozmowa żeby dokończyć prezentację?', 'zadzwoń do babci na wideo', 'pogadamy jutro w szkole'],
    },
  },
  {
    id: 'nick-and-app-r6',
    phrases: [
      'mam|masz_moj ..1 @app ..4 napisz|pisz|dodaj|odezwij|zagadaj',
      'jak|jaki ..1 twoj|masz|jest_twoj ..1 nick|nicka|login|user|username|numer ..2 na|w ..1 @app',
      'podaj|daj|dasz|podasz|wyslij|napisz ..2 [mi] [swoj|swojego|twoj|twojego] nick|nicka|login|username ..2 [na|z|w] @app',
      'napisz|pisz|odezwij|odpisz|dodaj|zagadaj ..3 [sie] [do_mnie] na|w ..1 @app ..4 tam|bo_tu|tutaj|tu_nie|bezpieczniej|prywatniej|wygodniej|lepiej',
    ],
    unless: ['to_ja|z_obozu|z_klasy|ze_szkoly|z_kolonii|z_treningu|z_druzyny|z_podworka|grup*|grupk*|klas*|projekt*|serwer*|druzyn*|zespol*|lekcj*|prezentacj*|zadani*|konta|zamowieni*|pacz*|faktur*|ogloszeni*|olx|vinted|allegro'],
    examples: {
      match: ['mam discorda, napisz tam: kuba#1234', 'jak twój nick na snapie?', 'odezwij się na wapie, tam prywatniej', 'daj nick z discorda', 'napisz do mnie na telegramie, tam bezpieczniej'],
      ignore: ['jaki masz nick na serwerze klasy na discordzie?', 'napisz na grupie klasowej na messengerze'],
    },
  },
  {
    id: 'see-you-on-cam-r6',
    phrases: [
      'zobaczymy|widzimy|zobaczmy ..1 sie ..2 na|przez ..1 @cam|kamer*|kamerce|kamerze|kamerka|facetime*|wideo|video',
    ],
    unless: ['lekcj*|zajec*|zajecia|klas*|grup*|projekt*|prezentacj*|nauczyc*|pani|pan|teams|zoom|meet|babci*|dziadk*|rodzin*|wszyscy|wszystkimi|spotkani*|zebrani*|korepetycj*|rekrutac*'],
    examples: {
      match: ['zobaczymy się na kamerce wieczorem?', 'widzimy się na wideo o 22?'],
      ignore: ['widzimy się na kamerce na lekcji o 8', 'zobaczymy się na wideo z babcią w niedzielę'],
    },
  },
  {
    id: 'install-and-move-r6',
    phrases: [
      'przeniesmy|przeniesc|przeniesiemy|przenies ..1 rozmowe|czat|gadke|konwersacje|pisanie ..2 gdzie_indziej|gdzies_indziej|na|do|w',
      'zainstaluj|pobierz|sciagnij|zaloz|instaluj ..2 @app|apke|aplikacje|komunikator',
      'mam ..2 konto|profil ..1 na|w ..1 @app ..3 dodaj|napisz|pisz|zagadaj|odezwij',
      'tu|tutaj ..2 nie ..1 moge|mozemy ..2 swobodnie|normalnie|spokojnie ..1 pisac|gadac|rozmawiac',
    ],
    unless: ['to_ja|z_obozu|z_klasy|ze_szkoly|grup*|grupk*|klas*|projekt*|serwer*|druzyn*|zespol*|lekcj*|prezentacj*|zadani*|pani|pan|nauczyc*|dziennik*|librus*|teams|classroom|bank*|mama|mamo|tata|tato|babci*'],
    examples: {
      match: ['przenieśmy rozmowę gdzie indziej', 'tu nie mogę swobodnie pisać, zainstaluj telegram', 'pobierz signala, tam pogadamy', 'mam konto na kiku, dodaj mnie'],
      ignore: ['zainstaluj teams na lekcje', 'przenieśmy rozmowę na grupę klasy'],
    },
  },
  {
    id: 'private-channel-just-us-r9',
    phrases: [
      'prywatny|prywatnego|prywatnym|prywatna|prywatnej|osobny|osobnego ..1 kanal*|serwer*|pokoj*|voice*|vc|czat*|chat*|room*',
      'wbijasz|wbijaj|wbij|wejdz|wejdziesz|chodz|przejdz ..3 kanal*|serwer*|pokoj*|voice*|vc|czat* ..3 tylko_my_dwoje|tylko_my_dwaj|tylko_my|we_dwoje|sami',
      'kontakt ..2 wylacznie|tylko|jedynie ..2 przez|na|po|poprzez ..1 @app|priv*',
      'zrobic|zrobimy|zrobmy|robimy|mozemy ..2 wideo_rozmowa|wideo_rozmowe|video_rozmowa|video_rozmowe|wideorozmow*|videorozmow*|video_call|wideo_call|vc|facetime*|kamerk*',
    ],
    unless: ['klas*|grup*|druzyn*|projekt*|zadani*|lekcj*|prezentacj*|wszyscy|wszystkich|ekip*|raid*|turniej*|mecz*|scrim*|trening*|babci*|dziadk*|mama|tata|rodzin*|olx|vinted|allegro|sklep*|reklamacj*|zamowieni*|faktur*'],
    examples: {
      match: ['ej wbijasz na prywatny kanal? tylko my dwoje', 'Kontakt wyłącznie przez Telegram.', 'my zrobić wideo rozmowa? ja pokaże tobie coś'],
      ignore: ['zróbmy wideorozmowę z babcią w niedzielę', 'wbijaj na kanał, cała drużyna już jest', 'zróbmy prywatny kanał dla naszej grupy projektowej'],
    },
  },
  {
    id: 'cam-call-on-app-r10',
    phrases: [
      'zrob|zrobmy|wlacz|wlaczysz|wlaczmy|zrobisz|pogadajmy ..3 video_call|videocall|wideorozmow*|videorozmow*|kamerk*|kamere|kamerce|call*|wideo|video ..2 na ..1 @app',
    ],
    unless: ['lekcj*|teams*|zajeci*|nauczyciel*|pani|klas*|projek*|referat*|babci*|dziadk*|rodzin*|mama|tata|ciocia|wujek|druzyn*|trening*_online'],
    examples: {
      match: ['dam ci 5000 vbucksow jak wlaczysz kamerke na discordzie', 'zrob video call na skype', 'zróbmy wideorozmowę na snapie'],
      ignore: ['zrob video call na discordzie, pogadamy o projekcie', 'wlacz kamerke na teamsie, pani sprawdza obecnosc', 'zrobmy call na discordzie do projektu z klasa'],
    },
  },
  {
    id: 'lets-chat-over-there-r10',
    phrases: [
      'zebysmy|mozemy|moglibysmy|lepiej|wolalbym|wolalabym|wole|chcesz ..3 pisali|pisac|gadali|gadac|rozmawiali|rozmawiac|przeszli|przejsc|przeniesli|przeniesc ..2 na|przez|w ..1 @app|@privchan',
      'chodzmy|chodz|wbijaj|wbij|wskakuj|przejdz|przejdzmy|przenies_sie ..1 na ..1 @privchan',
    ],
    unless: ['projek*|lekcj*|zadani*|klas*|grup*|druzyn*|gildi*|klan*|serwer*|mecz*|gramy|gry|gre|rank*|duo|squad*'],
    examples: {
      match: ['masz cos przeciwko zebysmy pisali na telegramie?', 'chodzmy na pv', 'lepiej gadajmy przez signala, wolalbym pisac na signalu'],
      ignore: ['chodzmy na dc, gramy rankedy', 'mozemy pisac na grupie klasowej o projekcie'],
    },
  },
  {
    id: 'lets-do-video-r11',
    phrases: [
      'zrobmy|zrobimy|pogadajmy|zadzwonmy|gadajmy|polaczmy_sie|porozmawiajmy ..2 wideo|video|kamerk*|na_kamerce|na_wideo|wideorozmowe|wideoczat|facetime|fejstajm|na_kamerze',
      'daj|dajcie ..2 mi ..1 znac|znak ..2 na ..1 @app|@privchan|dc|dsc',
    ],
    unless: ['lekcj*|zajec*|projekt*|zadani*|grup*|klas*|wszyscy|ekip*|mamo|mama|tata|tato|babci*|dziadk*|ciocia|wujek|trener*|pani|pan|wyklad*|zebrani*|korepetycj*|korki|montaz*|tiktok*_o|youtube*|vlog*|nagrac_wideo|filmik_na'],
    examples: {
      match: ['zrobmy wideo 🙂', 'pogadajmy na kamerce wieczorem', 'daj mi znac na dc, nick mentor_tomek'],
      ignore: ['zrobmy wideo na projekt z historii', 'zadzwonmy na wideo do babci w niedziele'],
    },
  },
  {
    id: 'lets-talk-there-r12',
    phrases: [
      'pogadajmy|piszmy|gadajmy|rozmawiajmy|przejdzmy|przenies*|przeniesmy|piszemy ..2 na|przez|do|w ..1 @app',
      'najlepiej|lepiej|wygodniej ..1 przez|na ..1 @app ..6 znika|znikaja|nikt|bezpieczn*|prywatn*',
    ],
    unless: ['grup*_klas*|projekt*|zadani*|lekcj*|wyciecz*|dzwiek*|druzyn*|trening*|w_grupie|na_grupie|serwer*_klas*|serwera_klasy|link_do_serwera|link_do_grupy|wszyscy|cala_klasa|caly_klasa|dla_calej'],
    examples: {
      match: ['idealnie. pogadajmy na telegramie, tam mam grupe VIP', 'Najlepiej przez snapchat, tam znika', 'przenies sie na telegram'],
      ignore: ['lepiej na discordzie bo lepszy dzwiek do gry', 'przejdzmy na discorda, tu sie nie da gadac w grupie, wrzucam link do serwera klasy'],
    },
  },
  {
    id: 'send-pics-on-app-r13',
    phrases: [
      'zdjecia|zdjecie|fotki|fotke|foty|@photo ..2 [prosze] wysylac|wyslac|przesylac|przeslac|slij|wysylaj ..2 na|przez ..1 @app|priv*|pv|pw',
      'na ..1 priv|prywatnym|privie|prywatny ..1 serwer*|kanal*|czat*|serwerze ..4 tylko|sami|ja_i_ty|we_dwoje',
    ],
    unless: ['teams*|librus*|classroom*|grup*|klas*|pani|pan|dziennik*|mail*|dysk*|drive|formularz*|reklamacj*|olx|vinted|allegro'],
    examples: {
      match: ['Zdjecia prosze wysylac na whatsapp, numer w bio', 'Zdjecia prosze wyslac na telegramie', 'moge cie trenowac na priv serwerze, tylko ja i ty'],
      ignore: ['zdjecia prosze wysylac na teams do piatku', 'zdjecia z wycieczki wysylajcie na grupe klasowa na messengerze'],
    },
  },
  {
    id: 'just-the-two-of-us-server-r14',
    phrases: [
      'bedziemy|mozemy|mozemy_tez|bedzie_lepiej ..2 pisac|gadac|rozmawiac|pisali|gadali ..2 na|przez|po ..1 @app',
      'zalozmy|zrobmy|stworzmy|zaloze|zrobie|stworze ..3 priv*|prywatn*|@privchan|wlasny|wlasna|osobny|osobna ..1 serwer*|kanal*|grupe|czat*|chat* ..3 we_dwoje|we_dwojke|nas_dwoje|nas_dwojga|dla_nas_dwoch|dla_nas_dwojga|my_dwoje|tylko_dla_nas',
      'wbijaj|wbij|wejdz|dolacz|wskakuj|wskocz ..2 na|do ..1 mojego|moj|mojej|moja ..1 @app',
      'przeslij|wyslij|podeslij|przesylaj|wysylaj|prosze_przeslac|prosimy_przeslac|przeslac ..2 na|przez ..1 @app ..2 pod|na|numer|nr|do',
    ],
    unless: ['projekt*|lekcj*|klas*|zadani*|grup*_klasow*|wszyscy|wszystkich|ekip*|druzyn*|nauczyciel*|pani|pan'],
    examples: {
      match: ['dam ci 800 robuxow jak bedziemy pisac na discordzie, tu filtr wszystko wycina', 'wiesz co, zalozmy sobie priv serwer tylko we dwoje', 'moge cie trenowac, wbijaj na mojego discorda', 'Prosze przeslac na WhatsApp pod numer 512 334 908'],
      ignore: ['zalozmy serwer dla calej klasy', 'wbijaj na mojego discorda, cala ekipa juz jest', 'wyslij zadanie na messengera na grupe klasowa'],
    },
  },
  {
    id: 'lets-go-to-app-glitchy-r15',
    phrases: [
      'mozemy|mozem|moze|chodz|przejdzmy|przeniesmy ..2 na|do ..1 @app ..6 tu|tutaj ..2 aplikacja|apka|apk*|instagram|czat|sie_zawiesza|zawiesza|tnie|laguje|nie_dziala|czyta|czytaja',
      'moze|mozemy|zrobmy|zrobimy ..1 video_call|videocall|wideocall|video_rozmowe|wideo_rozmowe|call_video|facetime',
      'kontakt|pisz|piszemy|gadamy ..1 tylko ..1 przez|na ..1 @app',
    ],
    unless: ['grupow*|projekt*|klasow*|lekcj*|zajec*|korepetycj*|korki|zebrani*|rodzinn*|babci*|dziadk*|mama|mamo|tata|tato|ciocia|wujek|druzyn*|trener*|zbiork*'],
    examples: {
      match: ['danke, ty bardzo mily. mozemy na whatsapp, tu aplikacja sie zawiesza', 'moze video call zeby cwiczyc wymowe?', 'Kontakt tylko przez Signal ze wzgledow NDA.'],
      ignore: ['moze video call z babcia w niedziele?', 'mozemy na whatsapp na grupowy projekt? tu sie zawiesza'],
    },
  },
  {
    id: 'add-me-app-no-preposition-r16',
    phrases: [
      'dodaj|dodasz|dodajesz|zapros ..1 mnie|mie|mi ..1 @app ..3 i|to ..3 pokazemy|pogadamy|kamer*|kamera|kamerka|@cam|wideo',
    ],
    examples: {
      match: ['dodaj mnie skype i pokazemy na kamera'],
      ignore: ['dodaj mnie do grupy klasowej'],
    },
  },
  {
    id: 'private-instance-just-us-r19',
    phrases: ['prywatn*|priv|zamknie* ..1 instancj*|lobby|world*|swiat|pokoj*|room*|serwer* ..4 tylko ..1 we_dwoje|we_dwojke|my_dwoje|ja_i_ty|sami'],
    examples: {
      match: ['masz full body tracking? moze wbijemy na prywatna instancje tylko we dwoje'],
      ignore: ['zrobmy prywatna instancje zeby randomy nie wbijaly'],
    },
  },
  {
    id: 'write-to-me-only-on-app-r20',
    phrases: [
      'pisz|piszmy|napisz|odzywaj|odpisuj|gadaj|gadajmy|dzwon ..1 do_mnie|ze_mna ..3 na|w|przez @app|@privchan',
      'od_teraz|od_dzis|od_dzisiaj|juz_tylko ..3 na|w|przez @app|@privchan',
      'masz|macie|uzywasz ..1 @app|sygnal|sygnala|sygnalu ..4 tam ..2 bezpieczniej|prywatniej|nikt_nie_czyta|nikt_nie_widzi|nikt_nie_sprawdza|nie_ma_modow|nie_ma_moderatorow',
    ],
    unless: ['grup*|grupk*|klas*|projekt*|serwer*|druzyn*|zespol*|zamowieni*|pacz*|przesyl*|ogloszeni*|mamo|tato|babci*|dziadk*|pracy|praca|sluzbow*|szef*|firm*|sklep*|wyslal*_ci_link|zepsul*_mi|zgubil*|stary_telefon|nowy_numer|nowy_telefon'],
    examples: {
      match: ['usun cala nasza rozmowe i pisz do mnie juz tylko na telegramie', 'odzywaj sie do mnie tylko na signalu', 'od teraz tylko na priv', 'masz sygnal? tam jest bezpieczniej'],
      ignore: ['pisz do mnie na whatsappie, tu mi telefon nie dziala bo mam nowy numer', 'od teraz tylko na grupie klasy', 'idz tam, tam jest bezpieczniej niz na ulicy', 'chodzmy do parku, tam nikt nie widzi', 'pisz do mnie na messengerze w sprawie zamowienia'],
    },
  },
  {
    id: 'broken-you-give-me-number-r25',
    phrases: [
      'ty ..1 mi ..1 dac|dawac|podac|wyslac|pisac ..2 numer|nr|numer_telefonu|@app',
      'ty ..1 pisac|pisz|przyjsc|isc ..1 do ..1 mnie ..1 na|przez|w ..1 @app',
    ],
    unless: ['zadani*|lekcj*|klas*|grup*|projekt*|druzyn*|trening*|mama|tata|babci*|dziadk*'],
    weight: 1,
    examples: {
      match: ['ty mi dac numer whatsapp', 'ty pisac do mnie na telegram'],
      ignore: ['ty mi dac numer do grupy z projektu'],
    },
  },
  {
    id: 'hop-over-to-app-r26',
    phrases: [
      'przerzuc|przerzucisz|przerzucamy|przeskocz|przeskoczysz|przeskakuj|przenies|przeniesiesz ..1 sie ..1 na|do @app|@privchan',
    ],
    unless: ['grup*|klas*|projekt*|druzyn*|rodzin*|wszyscy|wszystkich|kursu|lekcj*'],
    examples: {
      match: ['przerzuc sie na signala, tam jest bezpieczniej dla nas', 'przeskocz sie na tg'],
      ignore: ['przenies sie na whatsappa, cala klasa juz tam jest'],
    },
  },
  {
    id: 'write-me-on-app-r27',
    phrases: [
      'napisz|pisz|odezwij_sie|zagadaj|odpisz ..1 [do] mi|mnie|do_mnie ..1 na|przez|w ..1 @app|@privchan',
      'to|tu|pisze_z|piszesz_z|to_jest ..1 moje|mojego ..1 drugie|drugiego|zapasowe|zapasowego|inne|innego|nowe|nowego ..1 konto|konta ..4 pisz|odpisuj|odpisz|odpowiadaj ..2 tylko|teraz|mi ..1 tutaj|tu',
      'moje|mojego ..1 drugie|drugiego|zapasowe|zapasowego ..1 konto|konta',
      'pisz|odpisuj|odpisz|odpowiadaj ..1 tu|tutaj ..3 tamto|tamtego|tam ..2 konto|konta|czyta|widzi|obserwuje|sprawdza|zbanowali|zablokowali',
    ],
    unless: ['zadane|zadal*|matm*|lekcj*|prac*_domow*', 'zaobserwuj|obserwuj|followuj|zafollowuj|suba|subskrybuj|rysunk*|memami|memy|artystyczn*', 'zhakowal*|zhackowal*|przejel*|zapomnial*|haslo|hasla|zgubil*|nowy_telefon|zadani*|projekt*|grup*_klas*|na_grupe|ogloszen*|napiszcie|piszcie|klasa|trener*|sprawdzian*|referat*|obecnosc*'],
    examples: {
      match: ['napisz mi na whatsappie', 'to moje drugie konto, pisz mi tylko tutaj', 'odezwij się do mnie na priv', 'to jest moje zapasowe konto', 'moje drugie konto, tamto zbanowali, odpisz tu', 'pisz tu, tamto konto obserwuje mój stary'],
      ignore: ['to moje nowe konto, stare mi zhakowali', 'napisz mi na whatsappie co było zadane z matmy', 'moje drugie konto jest na tiktoku, zaobserwuj'],
    },
  },
  {
    id: 'lets-hop-on-video-r30',
    phrases: [
      'wejdzmy|wbijmy|przejdzmy|wskoczmy|odpalmy|wejdziemy|wbijemy|przejdziemy|wskoczymy ..2 na ..1 video|wideo|kamerk*|kamerce|kamere|kamerze|wideorozmow*|videorozmow*|wideoczat*|videoczat*|facetime*|fejstajm*',
    ],
    unless: ['lekcj*|zajec*|projekt*|zadani*|grup*|klas*|wszyscy|ekip*|mamo|mama|tata|tato|babci*|dziadk*|ciocia|wujek|trener*|pani|pan|wyklad*|zebrani*|korepetycj*|korki|montaz*|youtub*|yt|tiktok*|vlog*|kanal*|nagrac|nagrywamy|nagrajmy'],
    weight: 1,
    examples: {
      match: ['wejdźmy na video na messengerze', 'wbijemy na kamerkę wieczorem?', 'przejdźmy na wideorozmowę na snapie'],
      ignore: ['wejdźmy na wideo z babcią w niedzielę', 'wbijmy na kamerkę na projekt z historii', 'wejdźmy na video na youtubie, to nowe'],
    },
  },
] satisfies PatternEntry[];
