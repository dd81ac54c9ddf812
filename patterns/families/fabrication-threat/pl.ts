import type { PatternEntry } from '../../schema';

/** Someone reporting a threat they received ("ktoś mi napisał '...', co mam robić?") is asking for help, not threatening. */
const REPORTED = 'ktos_mi_napisal|ktos_mi_wyslal|ktos_do_mnie_napisal|ktos_napisal_do_mnie|ktos_mi_pisze|dostalam_wiadomosc|dostalem_wiadomosc|dostalam_taka|dostalem_taka|dostalam_dzis|dostalem_dzis|co_mam_robic|co_mam_zrobic|co_teraz_robic|grozi_mi|szantazuje_mnie|ktos_mnie_szantazuje|napisal_do_mnie_ze|napisala_do_mnie_ze|pisze_do_mnie_ze';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'przerobie|przerobimy|przerabiam|zmontuje|zmontujemy|wkleje|wklejam|przykleje|photoshopuje|fotoszopuje|zfotoszopuje|edytuje|wygeneruje|podmienie|naloze ..4 je|to|twoje|twoja|twoj|twoich|twojej|twoja_twarz|ciebie|cie|zdjec*|fotk*|twarz*|glowe ..4 nago|nagie|nagich|nagiego|nagiej|na_nagie|porno*|nudes*|rozebran*|golas*|golego|sex*|seks*|erotyczn*|do_filmu|na_cialo|na_czyjes|na_nagie_cialo',
      'zrobie|zrobimy|wygeneruje|stworze|przygotuje|zmontuje ..4 deepfak*|dipfejk*|fejkowe_nudes*|fake_nudes*|sztuczne_nudes*',
      'deepfak*|dipfejk* ..4 z_twoja|z_twoich|z_ciebie|twoja_twarza|twojej_twarzy|twoich|twoja|ciebie|cie|porno*|nago|nagie',
      'fotomontaz*|montaz*|przerobk* ..4 porno*|nago|nagie|nagich|nudes*|erotyczn*|rozebran*',
      'zrobie|zrobimy|stworze|wygeneruje|zmontuje|przerobie ..4 fotoszop*|photoshop*|gimp* ..4 nago|nagie|nagich|nagiego|nagiej|golas*|rozebran*|nudes*|porno*',
      'fotoszop*|photoshop*|fotomontaz*|montaz*|przerob*|w_ai|przez_ai|gimp* ..6 ze_to_ty|to_ty|ze_jestes|ze_to_jestes_ty ..2 nago|naga|nagi|nagie|rozebran*|golas*|na_golasa|bez_ubrania|bez_ubran',
      'zrobie|stworze|wygeneruje|przygotuje|zmontuje ..3 falszyw*|fejkow*|fake*|sztuczn*|przerobion*|podrobion* ..2 nagie|nudes*|porno*|zdjec*|fotk*|filmik*|nagrani*|fotografi*',
      'ai|aplikacj*|apk*|sztucznej_inteligencji|sztuczna_inteligencja|bota|botem ..3 cie|ciebie|twoje|twoja ..2 rozbier*|rozebra*|nago|nagie|przerob*',
      'zrobie|zrobimy|wygeneruje|stworze ..2 z ..1 twojej|twoich|twoja|ciebie ..3 nagie|nudes*|porno*|nago|golas*|rozebran*',
      'zrobilem|zrobilam|wygenerowalem|wygenerowalam|stworzylem|stworzylam|przerobilem|przerobilam ..3 twoje|twoich|twoja|cie|ciebie ..2 nagie|nudes*|porno*|nago|golas*|rozebran* ..4 ai|przez_ai|w_ai|sztuczn*|aplikacj*|apk*|photoshop*|program*',
      'rozbiore|rozbierzemy ..2 cie|ciebie ..3 ai|w_ai|w_aplikacji|aplikacj*|apk*|program*|sztuczn*|photoshop*',
      'ai|sztuczna_inteligencja|sztucznej_inteligencji|aplikacj*|apka|apke ..4 rozbier*|rozebra*|rozbierze|nago|nagie|nudes*|porno* ..3 twoje|twoja|twoich|cie|ciebie|z_twojego|z_twoich',
      'zrobic|stworzyc|wygenerowac|przerobic|zmontowac|wkleic|podmienic ..3 falszyw*|fejkow*|fake*|sztuczn*|przerobion*|podrobion*|deepfak* ..3 nagie|nudes*|porno*|zdjec*|fotk*|filmik*|nagrani*',
      'falszyw*|fejkow*|fake*|sztuczn*|przerobion*|podrobion* ..2 nagie|nudes*|nudesy|porno*|golas*|rozebran* ..4 z_twoja|twoja_twarza|twoja_buzia|z_twoja_buzia|z_twoja_glowa|z_twojej|z_twoich|z_toba|twoje_zdjecia|twojej_twarzy',
      'twoja|twoj|twoje ..1 twarz*|buzi*|glow*|morde|zdjeci*|fotk* ..4 na|do|w ..2 nagie|nagim|nagiego|nagiej|cudze|porno*|golas*|rozebran*|nudes* ..2 cialo|ciala|zdjecie|zdjecia|film*|fotk*',
      'nikt ..2 nie ..1 uwierzy|uwierza ..3 ze_to_nie|ze_to_niby_nie ..1 ty|jestes|twoje|twoja|twoj|twoje_cialo',
      'nikt ..2 nie pozna|odrozni|zauwazy|pomysli|zorientuje ..3 ze_to|ze_to_jest|ze_to_sa ..2 fejk|fake|przerobione|nieprawdziwe|montaz|ai|podrobka|falszywe',
    ],
    unless: [REPORTED, 'ciast*|zjadl*|zjadla|zbil*|stlukl*|zepsul*|wygral*|strzelil*|gol*|plastyk*|informatyk*|lekcj*|projekt*_szkoln*|mema|mem|memy|plakat*|gazet*|zaproszeni*|laur*|xd|prezentacj*'],
    examples: {
      match: ['moge zrobic fejkowe nagie zdjecia z twoja twarza i rozeslac po calej szkole', 'fejkowe nudesy z twoją buzią pójdą do twojej klasy', 'wstawię twoją twarz na nagie ciało', 'zrobilem twoje nagie zdjecia przez AI', 'przerobię je na nagie fotki i roześlę po twojej szkole', 'zrobię deepfake z twoją twarzą i wyślę wszystkim', 'zrobię z twoich zdjęć fotomontaż porno', 'wkleję twoją twarz do filmu porno', 'rozbiorę cię w aplikacji AI', 'nikt nie pozna że to fake', 'nikt ci nie uwierzy że to nie ty na tym filmiku', 'zrobię ci w photoshopie nagie fotki i pójdą do klasy', 'przerobię twoje selfie w fotoszopie tak że wszyscy pomyślą że to ty naga'],
      ignore: ['możesz zrobić fejkowe zdjęcie na mema xd', 'ten fejkowy profil wrzuca zdjęcia z twojej szkoły', 'nikt ci nie uwierzy że to nie ty zjadłeś ciasto', 'zrobię fotomontaż na plastykę', 'przerobię to zdjęcie na mema xd', 'na informatyce robimy montaż filmu', 'zrobię ci w fotoszopie fajne tło do zdjęcia', 'w fotoszopie przerobiłem tło, nikt nie pomyśli że to ty na plaży'],
    },
  },
  {
    id: 'fake-profile-of-you',
    phrases: [
      'zaloze|zrobie|stworze|zakladam|zalozymy|zrobimy|otworze ..2 fejkow*|falszyw*|fake*|podrobion*|lewe|lewy ..1 konto|profil*|insta*|konta|fb|tiktok*|tindera ..4 z|ze|na ..1 twoimi|twoje|twoim|twoja|twoich|twojego ..1 zdjec*|zdjeciami|fotk*|fotkami|foty|nudes*|imieniem|nazwiskiem|twarza|danymi',
    ],
    unless: [REPORTED, 'nie|zglos*|zglosilam|zglosilem|ktos|jest|widzialem|widzialam|uwazaj|xd|haha*|mema|memy|giveaway|konkurs*'],
    examples: {
      match: ['założę fejkowe konto z twoimi zdjęciami', 'zrobię fałszywy profil z twoimi fotkami', 'zaloze fake insta z twoimi nudesami'],
      ignore: ['ktoś założył fejkowe konto z twoimi zdjęciami, zgłoś to', 'zrobię fejkowe konto na konkurs xd'],
    },
  },
  {
    id: 'undressing-app',
    phrases: [
      'ai|apk*|aplikacj*|program*|bot|bota ..4 sciaga|zdejmuje|usuwa|rozbiera|sciagnie|zdejmie|usunie ..2 ubrani*|ciuchy|ubrania|ubranie|ciuszki',
    ],
    unless: [REPORTED, 'nie|uwazaj|ostrzeg*|wiadomosci|artykul*|zakaz*|nielegaln*|przestepstw*|policj*|zglos*|tlo|tla|plamy|plame'],
    examples: {
      match: ['mam apke ai która ściąga ubrania', 'ten bot zdejmuje ubrania z każdego zdjęcia'],
      ignore: ['uważaj, apki ai które ściągają ubrania są nielegalne', 'aplikacja usuwa plamy z ubrania na zdjęciu'],
    },
  },
  {
    id: 'edit-you-naked-r6',
    phrases: [
      'przerobie|przerobimy|zmontuje|wygeneruje|zrobie|stworze|wkleje|podmienie|photoshopuje|fotoszopuje ..6 bedziesz|wyjdziesz|bedzie_widac|bedziesz_wygladac|bedziesz_wygladala|bedziesz_wygladal|wygladala|wygladal ..3 naga|nagi|nago|gola|goly|rozebrana|rozebrany|bez_ubrania|bez_niczego|w_bieliznie|jak_dziwka',
      'zrobie|przerobie|wygeneruje|stworze|zmontuje|wkleje|podmienie|przerobimy|zrobimy|wrzuce ..6 photoshop*|fotoszop*|ai|sztuczn*|aplikacj*|apce|apk*|program*|generator* ..6 naga|nagi|nago|gola|goly|nagie|nagich|rozebran*|nudes*|nudesy|porno*|golas*',
      'zrobie|przerobie|wygeneruje|stworze|zmontuje|przerobimy|zrobimy ..6 naga|nagi|nago|gola|goly|nagie|nagich|rozebran*|nudes*|nudesy|porno*|golas* ..6 photoshop*|fotoszop*|ai|sztuczn*|aplikacj*|apce|apk*|program*|generator*',
      'zrobie|wygeneruje|stworze|zmontuje|zrobimy ..2 ci|tobie|cie|z_ciebie|z_twojego|z_twoich|z_twoim ..3 nudes*|nudesy|nagie|nago|porno*|golas*|nagusy|golizne',
      'zrobie|wygeneruje|stworze|przerobie|zmontuje ..3 ci|tobie|cie|twoje|twoich ..3 zdjec*|fotk*|filmik*|foty|fotki ..3 w|przez|z|ze ..1 ai|sztuczn*|photoshop*|fotoszop*|aplikacj*|apce|apk*|generator* ..6 matka|mama|nikt|kazdy|wszyscy|nie_pozna|nie_odrozni|uwierz*',
      'zrobie|zmontuje|przerobie|wygeneruje|stworze ..6 wszyscy|kazdy|nikt ..2 pomysla|pomysli|uwierza|uwierzy|odrozni|pozna ..3 ze ..1 to ..1 ty|twoje|jestes',
      'zrobilem|zrobilam|wygenerowalem|wygenerowalam|stworzylem|stworzylam|przerobilem|przerobilam ..2 ci|tobie|z_ciebie|twoje|twoich ..2 nagie|nudes*|nudesy|porno*|nago|golas*',
      'nagie|nudes*|nudesy|porno*|nago ..6 wygladaja|wyglada ..1 jak ..1 prawdziw*|realn*|oryginal*',
      'dorobie|domaluje|dogeneruje|wygeneruje|dokleje|domontuje ..3 w|przez|z ..1 ai|sztuczn*|photoshop*|fotoszop*|aplikacj*|apce|apk*|generator*',
      'zmontuje|przerobie|wygeneruje|zrobie|zmontujemy ..3 filmik*|film|nagranie|zdjec*|fotk* ..3 jakbys|jakby|ze|na_ktorym|gdzie ..2 robila|robil|byla_naga|byl_nagi|rozbierala|rozbieral|uprawiala|uprawial',
      'zrobie|przerobie|wygeneruje|zmontuje ..3 z ..1 nich|niego|niej|tego|tych|nimi ..2 nagie|nudes*|nudesy|porno*|nago|golas*',
      'zrobie|zmontuje|przygotuje|wygeneruje ..2 ci|tobie|z_ciebie|z_twoich|z_twojego ..2 fotomontaz*|montaz*|deepfak*|dipfejk*|przerobk*|fejk*',
      'bedziesz ..1 naga|nagi|rozebrana|rozebrany|gola|goly ..3 na ..1 kazdym|kazdej|wszystkich|zdjeciach|zdjeciu|fotkach|filmiku',
      'wystarczy ..3 w ..1 aplikacji|ai|photoshopie|programie|apce ..4 naga|nagi|nago|nagie|rozebran*|nudes*',
      'nikt ..2 nie ..1 uwierzy|uwierza|pozna ..3 ze ..1 to ..1 fotomontaz*|fejk|fake|przerobka|montaz|ai|podrobka',
      'rozbiera|rozbierze|zdejmuje_ubrania|sciaga_ubrania|usuwa_ubrania ..6 twoje|twoja|twoich|ciebie|cie|przerobilem|przerobilam|twoje_juz',
    ],
    unless: [REPORTED, 'urodzin*|kot|kotem|kota|pies*|psem|haha*|hehe|lol|ciast*|zjadl*|zjadla|zbil*|stlukl*|zepsul*|plastyk*|informatyk*|lekcj*|projekt*|mema|mem|memy|plakat*|gazet*|zaproszeni*|laur*|xd|prezentacj*|avatar*|awatar*|profilow*|anime|kreskow*|ghibli|bajk*|komiks*|uwazaj|ostrzeg*|artykul*|wiadomosc*|zakaz*|nielegal*|przestepstw*|policj*|zglos*|slyszal*|czytal*|widzial*|ktos|kogos|straszn*|okropn*'],
    examples: {
      match: ['przerobię twoje zdjęcia w photoshopie tak że będziesz na nich goła i wrzucę na grupę klasową', 'zrobię ci nudesy w AI', 'wrzucę twoje selfie do aplikacji i zrobię z tego nagie zdjęcia', 'zrobię ci takie zdjęcia w AI że matka cię nie pozna', 'wygeneruję z twojego selfie nudesy', 'zrobię montaż i wszyscy pomyślą że to ty', 'nikt nie uwierzy że to fotomontaż, a ja zrobię go w 5 minut', 'mam twoją twarz, resztę dorobię w AI', 'zrobię ci taki fotomontaż, że się nie pozbierasz', 'mam twoje selfie, wystarczy chwila w aplikacji i będziesz naga na każdym', 'mam twoje zdjęcia w kostiumie z insta, zrobię z nich nagie i roześlę', 'zmontuję filmik jakbyś robiła rzeczy, a potem roześlę', 'zrobiłem ci nagie zdjęcia w aplikacji, wyglądają jak prawdziwe', 'mam program który rozbiera ludzi na zdjęciach, twoje już przerobiłem'],
      ignore: ['zrobię ci zdjęcie w AI w stylu ghibli na avatar', 'czytałam że ta apka AI robi nagie zdjęcia, to straszne', 'przerobię twoje zdjęcie na plakat na plastykę'],
    },
  },
  {
    id: 'profile-with-your-pics-r6',
    phrases: [
      'zaloze|zrobie|stworze|zakladam|zalozymy|zrobimy|otworze|wystawie ..3 konto|profil*|strone|ogloszeni*|anons* ..4 z|ze ..1 twoimi|twoim|twoja|twoj ..1 zdjeciami|fotkami|nudesami|numerem|imieniem|nazwiskiem|twarza|danymi|adresem',
      'dodam|wystawie|wrzuce|dam ..2 twoje|twoj|twoja|cie|ciebie ..3 na|do ..2 portal*|stron*|aplikacj* ..1 randkow*|towarzysk*|dla_doroslych|erotyczn*|z_ogloszeniami|sponsor*|escort*',
    ],
    unless: [REPORTED, 'nie|zglos*|zglosilam|zglosilem|ktos|jest|widzialem|widzialam|uwazaj|xd|haha*|mema|memy|giveaway|konkurs*|wyciecz*|klas*|druzyn*|szkol*|fanpage*|urodzin*|zbiork*|olx|vinted|allegro|sprzeda*|rekrutac*|cv|zgod*|wystawy|wystawa|na_wystawie|koncert*|fan|fanowsk*|fanpage|album*|portfolio|fajnie|ok|mozna|moge|pamiatk*'],
    examples: {
      match: ['założę konto z twoimi zdjęciami na portalu randkowym', 'wystawię twój numer na portal towarzyski', 'zrobię profil z twoim numerem i nudesami'],
      ignore: ['ktoś założył konto z twoimi zdjęciami, zgłoś to', 'założę profil klasy z twoimi zdjęciami z wycieczki', 'zrobie fan konto z twoimi fotkami z koncertu ok?'],
    },
  },
  {
    id: 'undressing-app-r8',
    phrases: [
      'apk*|aplikacj*|program*|ai|bot*|strone|stronke ..4 rozbiera|rozbierze|rozbierajaca|rozbierajacy|rozbieraj*|usuwa_ubrania|zdejmuje_ubrania|zdejmie_ubrania|nudify*|undress*',
    ],
    unless: [REPORTED, 'uwazaj*|ostrzeg*|zglos*|news*|wiadomosci_tvn|artykul*|policj*|zakaz*|nielegaln*|przestepstw*|kara|kary|zablokowal*|usunieta|usunieto|slyszal*|czytal*|widzial*_w_tv|reportaz*|pogadank*'],
    weight: 3,
    examples: {
      match: ['mam apkę która rozbiera ze zdjęć, chcesz zobaczyć siebie?', 'wrzucę twoje selfie do bota który rozbiera'],
      ignore: ['uważajcie, jest apka która rozbiera ze zdjęć, zgłoście to', 'czytałam artykuł o aplikacji która rozbiera ludzi na zdjęciach, to nielegalne'],
    },
  },
  {
    id: 'fake-with-your-face-r9',
    phrases: [
      'zrobie|zrobimy|wygeneruje|wygenerujemy|przerobie|sklece|zmontuje ..3 fejk*|fake*|deepfake*|przerobk*|montaz*|fotomontaz* ..4 z_twoja_twarza|z_twoja_buzia|twoja_twarz|twoja_buzia|z_ciebie|z_toba',
      'fejk*|fake*|deepfake*|fotomontaz* ..3 z_twoja_twarza|z_twoja_buzia ..6 nikt_nie_odrozni|nikt_nie_pozna|wszyscy_uwierza|kazdy_uwierzy|rozesle|wrzuce|wysle',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|urodzin*|mem*|mema|zart*|smieszn*|beka|filtr*|snapchat_filtr|kartk*|laurk*|prezent*|niespodzian*|jak_mozna|uwazaj|ostrzeg*|policj*|zglos*|artykul*|reportaz*'],
    examples: {
      match: ['zrobie takiego fejka z twoja twarza ze nikt nie odrozni', 'wygeneruję deepfake z twoją twarzą'],
      ignore: ['zrobię fejka z twoją twarzą na urodziny Kuby haha', 'uważaj, ludzie robią deepfake z twarzą innych, zgłoś to'],
    },
  },
  {
    id: 'made-a-deepfake-of-you-r10',
    phrases: [
      'zrobilem|zrobilam|wygenerowalem|wygenerowalam|przerobilem|przerobilam|zmontowalem|zmontowalam ..3 deepfake*|fotomontaz*|nudesy_ai|nagie_ai',
      'z|ze ..1 twoich|twoje|twojego|twojej ..2 @photo|relacj*|insta*|profil*|story|selfie* ..4 zrobilem|zrobilam|wygenerowalem|wygenerowalam|przerobilem|przerobilam ..3 deepfake*|fejk*|fake*|przerobk*|nudes*|nagie|rozebran*',
      'wygenerowalem|wygenerowalam|przerobilem|przerobilam|zmontowalem|zmontowalam ..3 nudes*|nudesk*|nagie|nagich|rozebran*|golas*',
      'zrobilem|zrobilam|wygenerowalem|wygenerowalam|przerobilem|przerobilam ..2 fejk*|fake*|przerobk*|nudes*|nagie ..1 z|ze ..1 twoich|twoje|twojego|twojej ..1 @photo|relacj*|insta*|profil*|selfie*|twarz*',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|urodzin*|mem*|mema|zart*|smieszn*|beka|filtr*|kartk*|laurk*|prezent*|niespodzian*|uwazaj|ostrzeg*|policj*|zglos*|artykul*|reportaz*|tort*|ciast*|kostium*|makijaz*|charakteryzacj*|halloween*|obraz*|rysun*|lego|model*'],
    examples: {
      match: ["z twoich fotek z relacji zrobilem deepfake'a. wyglada jak prawdziwe", 'zrobiłem fejka z twoich zdjęć z insta', 'wygenerowałem twoje nudesy z selfie z profilu'],
      ignore: ['zrobilem deepfake z twoja twarza do mema xd', 'uważaj, ktoś robi fejki z zdjęć z insta, zgłoś to'],
    },
  },
  {
    id: 'an-app-makes-you-naked-r11',
    phrases: [
      'photoshop*|fotoszop*|ai|appka|apka|aplikacj*|program|programem|programik|edycj*|filtr* ..4 bedziesz|beda|bedzie ..3 nago|naga|nagi|gola|goly|golas*|rozebran*|na_stronach|na_kazdej|na_kazdym|porno*|dla_doroslych',
      'ai|appka|apka|apke|aplikacja|aplikacj*|program|bot|photoshop* ..3 zrobi|zrobia|przerobi|wygeneruje|rozbierze|zamieni ..4 z_tego|z_nich|z_niego|z_twoich|z_twojego|z_twojej|twoje|cie|ciebie ..3 nudes*|nudesy|nagie|nago|porno*|golas*|rozebran*',
      'prawdziwe|prawdziwych|prawdziwe_zdjecia ..2 albo|czy|lub ..1 fejki|fejkowe|fake|podrobione|przerobione|sztuczne',
      'wystarczy ..2 mi ..1 jedno|jedna|jeden|twoje ..2 selfie|zdjecie|fotka|fotke|foto ..6 nudes*|nudesy|nagie|nago|porno*|rozebran*',
    ],
    unless: [REPORTED, 'ostrzega*|oszust*|scam*|uwazaj*|reportaz*|artykul*|buty|butow|sneaker*|nike|adidas|jordan*|torebk*|perfum*|zegar*|koszulk*|bluz*|olx|vinted|allegro|banknot*|pieniadze|kwiat*|choink*|pazn*|rzes*|wlos*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['mam twoje fotki z insta, troche photoshopa i bedziesz na kazdej stronie dla doroslych', 'jeden program i bedziesz nago na kazdym', 'wystarczy mi jedno twoje selfie z fb, appka AI zrobi z tego nudesy', 'AI zrobi z twoich zdjęć nagie w minutę', 'wybieraj, prawdziwe albo fejki'],
      ignore: ['troche photoshopa i bedziesz wygladac jak gwiazda', 'ten program zrobi z tego ladny kolaz', 'prawdziwe czy fejki te buty z vinted?', 'AI zrobi z tego ladna grafike'],
    },
  },
  {
    id: 'will-look-like-youre-naked-r11',
    phrases: [
      'przerobie|zmontuje|zrobie|wyedytuje|zedytuje|podrobie ..4 bedzie|beda|bedziesz ..1 wygladac|wygladalo|wygladaly|wygladala ..2 jakbys|jak|ze ..2 byla|byl|jestes|bylas ..1 naga|nagi|nago|rozebrana|rozebrany|golas*|bez_ubrania',
    ],
    unless: [REPORTED, 'ostrzega*|oszust*|scam*|uwazaj*|gwiazd*|modelk*|ksiezniczk*|krolowa|anime|kreskow*|postac*|superbohater*|xd|haha*'],
    weight: 5,
    examples: {
      match: ['przerobie to zdjecie tak ze bedzie wygladac jakbys byla naga', 'zmontuje to tak ze bedziesz wygladac jakbys byl nagi'],
      ignore: ['przerobie to zdjecie tak ze bedziesz wygladac jak gwiazda', 'zrobie tak ze bedzie wygladac jak postac z anime xd'],
    },
  },
  {
    id: 'ai-made-you-naked-r13',
    phrases: [
      'wygenerowal*|stworzyl*|przetworzyl*|zrobil*|przerobil* ..4 rozbieran*|nagie|nagich|nudes*|porno*|erotyczn*|intymn* ..3 z ..1 twoim|twoja|twoich|twojej|twojego ..1 wizerunk*|twarz*|zdjec*|fotk*|buzi*',
      'przerobil|przerobila|przerobili|wrzucil|wrzucila|zrobil|zrobila ..2 ja|je|go|cie|ciebie|twoje|twoja ..3 w|przez|do ..1 ai|apce|apki|aplikacj*|photoshop*|generator* ..6 bez_niczego|bez_ubran*|nago|naga|nagi|rozebran*|golas*',
      'zdjecia|zdjecie|fotki|twarz|wizerunek ..3 zostal*|zostaly ..1 przetworzon*|przerobion*|wygenerowan* ..6 rozbieran*|nagie|nago|nudes*|porno*',
    ],
    unless: [REPORTED, 'anime|ghibli|rycerz*|ksiezniczk*|postac*|bajk*|kreskow*|starsz*|stary|dziecko|awatar*|avatar*'],
    examples: {
      match: ['Nasz system AI wygenerował rozbierane materiały z Twoim wizerunkiem', 'ziomek przerobil ja w ai, wygladasz jakbys byla bez niczego', 'twoje zdjecia zostaly przetworzone, ai zrobilo z nich nagie fotki', 'przerobila cie w apce, jestes tam calkiem naga'],
      ignore: ['przerobil ja w ai na anime, wygladasz jak z ghibli', 'wygenerowalem w ai twoj portret z twoim wizerunkiem jako rycerz'],
    },
  },
  {
    id: 'your-face-on-someone-elses-body-r13',
    phrases: [
      'wkleje|przykleje|podmienie|naloze|wmontuje|doklejam|wklejam ..3 twoja|twoj|twoje ..1 buzk*|buzi*|twarz*|glow*|morde|mordke ..3 na|do ..2 cudze|nagie|obce|czyjes|porno*|golas*|rozebran*|filmik*_dla_doroslych',
      'zrobie|wygeneruje|przerobie|zmontuje ..2 ci|tobie|z_ciebie ..2 takie|taki|takiego|takie_fotki ..3 w|przez ..1 ai|sztuczn*|photoshop*|apce|aplikacj* ..4 nie_pozbierasz|pozalujesz|zalamiesz|wstyd|nie_pokazesz|spalisz',
    ],
    unless: [REPORTED, 'anime|ghibli|awatar*|avatar*|mem*|xd|haha*|urodzin*|kartk*|zyczeni*'],
    examples: {
      match: ['wkleje twoja buzke na cudze cialo', 'zrobie ci takie foty w ai ze sie nie pozbierasz'],
      ignore: ['wkleje twoja twarz do mema na urodziny xd', 'zrobie ci takie foty w ai ze bedziesz jak z anime'],
    },
  },
  {
    id: 'montage-with-your-face-r14',
    phrases: [
      'montaz*|fotomontaz*|przerobk*|kolaz*|edycj* ..3 z ..1 twoja|twoim|twoimi ..1 twarz*|buzi*|buzk*|glow*|morda|zdjeci*',
      'przygotowalem|przygotowalam|zrobilem|zrobilam|mam_gotowy|mam_gotowa|mam_juz ..2 montaz*|fotomontaz*|przerobk*|deepfak* ..3 twoja|twoj|twoje|z_twoja|z_toba|ciebie',
    ],
    unless: ['plastyk*|informatyk*|lekcj*|projekt*|mema|mem|memy|plakat*|gazet*|zaproszeni*|urodzin*|xd|haha*|prezentacj*|wesel*|kronik*|album*|filmik_na_koniec'],
    examples: {
      match: ['Przygotowalem juz montaz z twoja twarza i wysle go do wszystkich kontaktow z facebooka.', 'mam juz przerobke z twoja buzia, chcesz zobaczyc?'],
      ignore: ['zrobilam montaz z twoja twarza na urodziny Oli xd', 'montaz z twoimi zdjeciami na kronike klasowa gotowy'],
    },
  },
  {
    id: 'app-that-makes-nudes-r15',
    phrases: [
      'apk*|apce|apek|aplikacj*|program*|ai|bot* ..4 co|ktora|ktory|ktore ..1 robi|robia|zrobi|tworzy|generuje|rozbiera ..3 nudes*|nagie|nagich|golas*|porno*|rozebran*|nago|ludzi',
      'wrzucilem|wrzucilam|wgralem|wgralam|przepuscilem|przerobilem|przerobilam ..3 je|to|twoje|twoja|twoj|cie|ciebie ..4 apk*|apce|aplikacj*|ai|programu|bota|deepfake*|photoshop* ..4 nudes*|nagie|nagich|golas*|porno*|rozebran*|nago|bez_ubran*|nagusa|nagusk*',
      'rozbiera ..2 ludzi|dziewczyny|kazdego|osoby ..2 ze|z ..1 zdjec|fotek|zdjecia',
    ],
    unless: [REPORTED, 'uwazaj*|ostrzeg*|slyszal*|czytal*|artykul*|news*|wiadomosci|policj*|zglos*|nielegaln*|zakaz*|w_tv|reportaz*|lekcj*|szkolen*|prelekcj*'],
    examples: {
      match: ['przerobilem twoje selfie w apce na golasa', 'wrzucilem je do apki co robi nudesy z normalnych zdjec', 'ziomek mam ai co rozbiera ludzi ze zdjec'],
      ignore: ['czytalam artykul o apce co rozbiera ludzi ze zdjec, uwazajcie', 'wrzucilem twoje zdjecie do apki co robi z ciebie starego dziadka xd'],
    },
  },
  {
    id: 'your-face-on-other-body-r16',
    phrases: [
      'twoja|twoj|twoje ..1 twarz*|buzi*|buzke|morde|morda|glowe|glowa ..3 na ..2 cudzym|czyims|innym|obcym|nagim|golym|rozebranym ..1 ciele|ciala|cialo',
      'wklej*|doklej*|przykleje|podmienie|wstawie ..2 twoja|twoj ..1 twarz*|buzi*|buzke|morde|glowe ..3 na|do ..2 nagich|nagie|golych|porno*|nudes*|cudze|czyjes',
    ],
    unless: [REPORTED, 'mem*|filtr*|snapchat_filter|urodzin*|kartk*|zart*|smieszn*|superbohater*|kot*|psa|pieska'],
    examples: {
      match: ['twoja twarz na cudzym ciele, nikt nie rozpozna roznicy', 'wkleje twoja twarz na nagie zdjecia', 'doklejam twoja morde do porno filmiku'],
      ignore: ['wkleilem twoja twarz na ciało superbohatera na kartke urodzinowa xd', 'twoja twarz na innym zdjeciu wyszla lepiej'],
    },
  },
  {
    id: 'version-without-clothes-r17',
    phrases: [
      'wersj* ..2 bez_ubrania|bez_ubran|bez_ciuchow|bez_ubranek|nago|nagiej|nagiego|rozebran*|golej|golego',
      'zrobie|zmontuje|przerobie|sklece|wygeneruje ..2 montaz*|fotomontaz*|przerobk*|edyt* ..6 nag*|golas*|bez_ubrania|bez_ciuchow|rozebran*|nudes*|porno*',
      'nag*|golas*|bez_ubrania|bez_ciuchow|rozebran* ..6 zrobie|zmontuje|przerobie|sklece ..2 montaz*|fotomontaz*|przerobk* ..2 z ..1 twoich|twoje|twojego|twojej',
    ],
    unless: [REPORTED, 'skin*|postac*|lalk*|gra|gry|grze|sims*|mod|modu|uwazaj*|ostrzeg*|artykul*|reportaz*|lekcj*'],
    examples: {
      match: ['twoi znajomi dostana cie w wersji bez ubrania, zrobie montaz z twoich relacji', 'zrobie fotomontaz na ktorym jestes naga', 'bedziesz nago, zrobie montaz z twoich zdjec'],
      ignore: ['zrobie montaz z twoich relacji z wakacji na urodziny', 'w simsach jest wersja postaci bez ubrania lol'],
    },
  },
  {
    id: 'your-selfie-into-the-ai-r18',
    phrases: [
      'zrobie|zrobimy|przerobie|wygeneruje|wygenerujemy ..2 z ..1 ciebie|twojego_zdjecia|twojej_twarzy|twojego_selfie|twojej_fotki ..2 nagus*|nagiego|naga|golas*|golaske|porno*|nudes*|nudy|nagie_zdjecia',
      'wrzuce|wrzucam|wgram|wgrywam|dam|przepuszcze ..3 twoje|twoja|twoj|twojego ..1 selfie|zdjeci*|fotk*|twarz|fote ..3 do|przez ..1 ai|apk*|aplikacj*|program*|generator*|nudify|undress|bot*|sztuczn* ..6 nag*|rozbier*|golas*|bez_ubran*|bez_ciuchow|nudes*|porno*|deepfak*',
    ],
    unless: [REPORTED, 'staruszk*|dziadk*|babci*|kreskowk*|anime|disney*|pixar*|filtr*_postarz*|xd|haha*|lol'],
    examples: {
      match: ['wrzuce twoje selfie do AI i zrobie z ciebie nagusa', 'przepuszcze twoje zdjecie przez apke co rozbiera', 'zrobie z twojej fotki nudesy'],
      ignore: ['wrzuce twoje selfie do apki i zrobie z ciebie staruszka xd'],
    },
  },
  {
    id: 'edits-from-your-insta-pics-r20',
    phrases: [
      'z ..1 twoich|twoje|twojej|twoj|twojego ..1 zdjec*|fotek|fotk*|insta*|profil*|relacj*|selfie* ..4 zrobie|zrobimy|zmontuje|wygeneruje|stworze|narobie ..2 [takie|taka|taki|ci] przerobk*|fotomontaz*|deepfak*|dipfejk*|fejk*',
      'zrobie|zrobimy|zmontuje|wygeneruje|stworze|narobie ..2 [takie|taka|taki|ci] przerobk*|fotomontaz*|deepfak*|dipfejk* ..4 z ..1 twoich|twoje|twojej|twoim ..2 zdjec*|fotek|fotk*|insta*|profil*|twarz*|selfie*',
      'przerobk*|fotomontaz*|deepfak* ..3 ze|az ..2 sie_nie_pozbierasz|nie_pozbierasz|nie_wyjdziesz|pozalujesz|zalujesz|sie_nie_wytlumaczysz',
    ],
    unless: [REPORTED, 'ciast*|plastyk*|informatyk*|lekcj*|projekt*_szkoln*|mema|mem|memy|plakat*|gazet*|zaproszeni*|laur*|xd|prezentacj*|urodzin*|prezent*|kolaz*|album*|wakacj*|kartk*|niespodzian*|kroni*'],
    examples: {
      match: ['jak nie wyslesz to z twoich fotek z insta zrobie takie przerobki ze sie nie pozbierasz', 'zrobie fotomontaz z twoich zdjec i zobaczysz', 'z twojego profilu narobie deepfake'],
      ignore: ['z twoich zdjec z wakacji zrobie kolaz na urodziny mamy', 'zrobie fotomontaz z twoich zdjec na gazetke klasowa'],
    },
  },
  {
    id: 'paste-your-face-into-dirty-pics-r23',
    phrases: [
      'wkleje|wklejam|przykleje|doklejam|doklej*|podmienie|naloze|wmontuje|wrzuce ..3 twoja|twoj|twoje|twoja_glupia ..1 buzk*|buzi*|twarz*|glow*|morde|mordke|ryj|geb* ..4 w|do|na|pod ..3 brudne|sprosne|zberezne|porno*|pornos*|nagie|golas*|xxx|erotyczn*|nudes*|rozbierane',
      'zrobil*|zrobie|wygenerowal*|wygeneruje|stworzyl*|stworze|mam ..4 z ..1 twoich|twojej|twoja|twoje|ciebie ..3 deepfejk*|dipfak*|difejk*|deep_fejk*|deepfake*',
      'deepfejk*|dipfak*|difejk*|deep_fejk* ..4 z_toba|z_twoja_twarza|z_twoja_buzia|twoja_twarz|nago|nagie|nudes*|porno*|golas*',
    ],
    unless: ['uwazaj*|uwaga|ostrzeg*|pamietajcie|zglaszaj*|reportaz*|artykul*|film_o|serial*|aktor*|aktork*|polityk*|prezydent*|celebryt*|mem|memy|urodzin*'],
    weight: 5,
    examples: {
      match: [
        'wkleje twoja morde w jakies brudne foty z neta i puszcze po calej szkole',
        'zrobilem z twoich tiktokow deepfejka, wyglada jak prawdziwe nudesy',
        'mam deepfejka z toba nago, chcesz zobaczyc?',
      ],
      ignore: ['wkleje twoja twarz do mema na urodziny', 'widziales deepfejka z tym aktorem?', 'uwaga: ktos robi deepfejki z waszych zdjec, zglaszajcie'],
    },
  },
  {
    id: 'face-on-a-bare-body-r24',
    phrases: [
      'wkleje|wklejam|przykleje|naloze|podmienie|zmontuje|wmontuje|dokleje|wstawie|doprawie ..3 [twoja|twoj|twoje|ci] twarz*|buzi*|glow*|morde|ryj ..3 na|do ..2 gole|golego|golej|gola|golym|golych|nagim|obce|cudze|czyjes ..1 cialo|ciala|zdjecie|zdjecia|fotk*|film*|filmik*',
    ],
    unless: ['mema|memy|mem|memow|smieszn*|filtr*|kota|psa|urodzin*|laurk*|kartk*|xd'],
    weight: 5,
    examples: {
      match: ['wkleje twoja twarz na gole cialo przez AI i puszcze to po szkole', 'podmienie ci twarz na cudze cialo i nikt nie pozna', 'dokleje twoja glowe do golego zdjecia', 'podmienie twarz na gole cialo i wrzuce do neta'],
      ignore: ['wkleje twoja twarz na cialo kota w memie xd', 'wstawie twoja twarz na kartke urodzinowa dla mamy'],
    },
  },
  {
    id: 'your-face-someone-elses-body-r25',
    phrases: [
      'twoja|twoj|twoje ..1 twarz|twarzy|glowa|glowe|buzia|buzie|morda ..3 czyjes|cudze|obce|inne|gole|nagie ..1 cialo|ciala',
      'wystarczy ..2 [mi] jedno|jedna|jeden|twoje|twoja ..2 zdjecie|fotka|fotke|selfie|zdjecia ..6 zeby|by|aby ..1 zrobic|zrobie|zrobimy|wygenerowac|wygeneruje ..3 nudes*|nudesy|golaska|golasa|golas*|nago|porno|nagie*',
    ],
    unless: ['xd|haha*|kot*|psa|pies|filtr*|mem*|urodzin*|laurk*|kartk*|uwazaj*|ostrzeg*|zglos*|reportaz*|artykul*|widzialas|widziales|czytal*|slyszal*|ktos|oni|ci_ludzie'],
    weight: 5,
    examples: {
      match: ['twoja twarz + czyjes cialo i nikt nie odrozni', 'wystarczy mi jedno twoje zdjecie z insta zeby zrobic z ciebie golaska'],
      ignore: ['twoja twarz na ciele kota xd', 'uwazaj, wystarczy jedno zdjecie zeby ktos zrobil nudesy przez ai, czytalam artykul'],
    },
  },
  {
    id: 'made-an-edit-you-look-naked-r27',
    phrases: [
      'zrobilem|zrobilam|zrobilismy|przerobilem|przerobilam|skleilem|skleilam|wkleilem|wkleilam|zmontowalem|zmontowalam|wygenerowalem|wygenerowalam ..4 kolaz*|montaz*|fotomontaz*|deepfake*|edit*|przerobk*|fejk* ..6 wygladasz|widac|jestes|wyszlas|wyszedles ..3 naga|nagi|nago|gola|goly|gole|golas*|rozebran*|bez_ubrania|bez_ciuch*|bez_niczego',
      '@send ..4 cos|swoje|swoich|swoj|prawdziw* ..4 albo|bo|inaczej ..3 zrobie|zrobimy|wygeneruje|przerobie|zmontuje ..1 za_ciebie|sam|sama|je|to',
    ],
    unless: [REPORTED, 'siebie|mnie_na|moje_zdjecie|swoje_zdjecie_wrzucilem|zadani*|projekt*|prezentacj*|notatk*|plakat*|rysun*|kartk*|zaproszeni*|ciast*|tort*'],
    examples: {
      match: ['zrobiłem z twojego zdjęcia kolaż, wyglądasz jakbyś była naga', 'zmontowałam edit i wyszłaś na nim goła', 'wyślij coś swojego albo zrobię za ciebie'],
      ignore: ['zrobiłem kolaż ze zdjęć z wycieczki, wyglądasz super', 'wyślij swoją część prezentacji albo zrobię za ciebie'],
    },
  },
  {
    id: 'deepfake-from-your-photo-r27',
    phrases: [
      'zrobie|zrobimy|wygeneruje|wygenerujemy|stworze|stworzymy|przerobie ..4 z ..1 twojego|twoich|twojej|twoja|twoj ..3 deepfake*|fotomontaz*|nudes*|nagie|gole',
      'zrobie|zrobimy|wygeneruje|wygenerujemy|stworze|stworzymy ..2 deepfake*|fotomontaz* ..3 z ..1 twojego|twoich|twojej|twoja|ciebie|twoim',
    ],
    unless: [REPORTED, 'urodzin*|kartk*|zaproszen*|mem*|smieszn*|xd|haha*|plakat*|prezent*|lekcj*|projekt*|prezentacj*|zadani*|bezpieczenstw*'],
    examples: {
      match: ['zrobię z twojego zdjęcia z legitymacji deepfake', 'zrobimy deepfake z twojej twarzy', 'wygeneruję z twojego profilowego nudesy'],
      ignore: ['zrobię z twojego zdjęcia fotomontaż na urodziny babci', 'zrobimy deepfake z twojej twarzy na projekt z informatyki o bezpieczeństwie'],
    },
  },
  {
    id: 'an-app-and-you-are-naked-r27',
    phrases: [
      'apk*|aplikacj*|ai|sztuczn*_inteligencj*|program*|bot* ..4 i ..1 jestes|bedziesz|wyjdziesz|zostaniesz ..1 naga|nagi|gola|goly|rozebrana|rozebrany|bez_ubrania',
      'ai|apka|apk*|aplikacj*|program*|bot* ..2 zrobi|przerobi|rozbierze|wygeneruje ..4 golas*|nudes*|naga|nagi|nago|rozebran*|bez_ubrania',
    ],
    unless: [REPORTED, 'lekcj*|projekt*|prezentacj*|zadani*|bezpieczenstw*|oszust*|uwazaj|policj*_ostrzega|nigdy|zakaz*|nielegaln*|artykul*|wiadomosci_tv|reportaz*'],
    examples: {
      match: ['mam twoje zdjęcie klasowe, wystarczy jedna apka i jesteś naga', 'z twojego zdjęcia ze szkoły AI zrobi golasa'],
      ignore: ['na lekcji o bezpieczeństwie mówili że AI zrobi nudesy z każdego zdjęcia, uważaj', 'w artykule piszą że aplikacje rozbierają zdjęcia i to nielegalne'],
    },
  },
  {
    id: 'edit-into-porn-r28',
    phrases: [
      'przerobil*|przerobi|przerobie|przerobimy|wkleil*|wklei|wkleje|wkleimy|dokleil*|doklei|dokleje|wmontowal*|wmontuje|zmontowal*|zmontuje|wstawil*|wstawi ..6 do|na|w ..2 porno*|pornol*|pornos*|pornusa|xxx|nagie|nagich|golas*|rozbieran*|sprosn*|brudne|nudes*',
      'przerobic|przerobil*|przerobi|przerobie|zrobic|zrobil*|zrobi|wygenerowac|wygeneruje|wygenerowal* ..4 ja|je|ciebie|cie|twoja_twarz|twoje_zdjecie|twoja_buzie|twoje_fotki ..4 na|w|do|jako ..1 nago|nagie|naga|nagiego|nagusk*|golas*|porno*|pornol*|rozebran*|nudes*|bez_ubran*',
      'przerobie|przerobimy|przepuszcze|wrzuce|wpuszcze|wrzucimy ..3 twoje|twoja|twoj|twoich ..1 zdjec*|fotk*|foty|twarz*|selfie*|profilow* ..3 przez|do|w ..1 ai|sztuczn*|apk*|aplikacj*|generator*|deepfake*|deepfejk*',
      'cie|ciebie|je|ja ..1 przerobic|przerobie|przerobimy|wygenerowac|wygeneruje|wygenerujemy|przerobil*|wygenerowal* ..3 na|jako|w ..1 nago|nagie|naga|nagiego|nagusk*|golas*|porno*|pornol*|rozebran*|nudes*|bez_ubran*',
    ],
    unless: ['uwazaj*|uwaga|ostrzeg*|pamietajcie|zglaszaj*|zglos*|reportaz*|artykul*|slyszal*|czytal*|w_necie_pisza|film_o|serial*|aktor*|aktork*|polityk*|prezydent*|celebryt*|mem|memy|mema|kot*|psa|pies|filtr*|xd|haha*', 'anime|mang*|kresk*|disney*|pixar*|postac*|awatar*|avatar*|bajk*|komiks*|obraz_olejny|van_gogh*|styl*|urodzin*|laurk*|kartk*|ghibli|lego|simps*|starsz*|postarz*|odmlodz*|portret*'],
    weight: 5,
    examples: {
      match: ['szkoda by bylo jakby ktos ja przerobil i wkleil do pornola', 'przerobie to zdjecie na nagie w apce', 'moge cie wygenerowac jako golasa, wystarczy profilowe', 'wmontuje twoja fotke do pornosa', 'przerobię twoje zdjęcia przez AI', 'wrzucę twoją twarz do generatora i zobaczysz'],
      ignore: ['uwazaj, ktos przerobil zdjecie nauczycielki na nagie, zglos to', 'przerobilam twoje zdjecie na mema z kotem xd', 'wkleilam zdjecie do albumu na komunie', 'przerobię twoje zdjęcie przez AI na postać z anime', 'wrzucę twoje selfie do apki z filtrem na urodziny'],
    },
  },
  {
    id: 'pics-made-with-your-face-r37',
    phrases: [
      'zrobie|zrobimy|zrobi|wygeneruje|wygenerujemy|przerobie|sklece|zmontuje|wyczaruje ..2 z|ze|z_twoja|z_twoim ..1 twoja|twoja_buzia|twoim|buzia|buzka|twarza|twarzy|morda|geba|fota|selfie|zdjeciem ..4 zdjecia|zdjecie|fotki|fotke|nagie|nagusy|porno|filmik*|nagrani*|takie_rzeczy',
      'zrobie|zrobimy|wygeneruje|przerobie|zmontuje ..3 takie|nagie|sprosne|brudne ..1 zdjecia|fotki|filmiki|nagrania ..3 twoja|twoja_buzia|z_twoja|twoja_twarza|twoja_geba ..4 ze_sie_nie_pozbierasz|kazdy_uwierzy|wszyscy_uwierza|nikt_nie_odrozni',
    ],
    unless: [REPORTED, 'mem*|naklejk*|sticker*|filtr*|anime|kreskow*|urodzin*|album*|kolaz*|laurk*|prezent*|xd|haha*|komuni*|wesel*|tort*'],
    examples: {
      match: ['zrobie z twoja buzia takie zdjecia ze nikt nie odrozni', 'przerobię z twoim selfie nagie fotki i roześlę', 'wygeneruje z twoja twarza porno'],
      ignore: ['zrobie z twoja buzia naklejki na urodziny xd', 'zrobie z twoim zdjeciem kolaz do albumu', 'ktos mi napisal ze zrobi z moja twarza nagie zdjecia, co mam robic'],
    },
  },
  {
    id: 'everyone-will-believe-its-you-r37',
    phrases: [
      'kazdy|wszyscy|kazdy_kto|twoi_rodzice|twoja_mama|cala_szkola|cala_klasa ..2 uwierzy|uwierza|pomysli|pomysla|bedzie_myslal|beda_myslec ..1 ze_to_ty|ze_to_jestes_ty|ze_to_naprawde_ty|ze_to_twoje',
    ],
    weight: 3,
    unless: [REPORTED, 'przebrani*|kostium*|halloween|wygral*|wygrales|wygralas|zrobil*|napisal*|upiekl*|narysowal*|zaspiewal*|wystep*|teatr*|konkurs*|xd|haha*|nikt_nie_uwierzy'],
    examples: {
      match: ['wrzuce to i kazdy uwierzy ze to ty', 'twoi rodzice pomysla ze to naprawde ty na tych fotkach'],
      ignore: ['w tym kostiumie nikt nie uwierzy ze to ty xd', 'wszyscy pomysla ze to ty upiekles ten tort'],
    },
  },
] satisfies PatternEntry[];
