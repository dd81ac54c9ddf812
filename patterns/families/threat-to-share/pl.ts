import type { PatternEntry } from '../../schema';

/** Someone reporting a threat they received ("ktoś mi napisał '...', co mam robić?") is asking for help, not threatening. */
const REPORTED = 'ktos_mi_napisal|ktos_mi_wyslal|ktos_do_mnie_napisal|ktos_napisal_do_mnie|ktos_mi_pisze|dostalam_wiadomosc|dostalem_wiadomosc|dostalam_taka|dostalem_taka|dostalam_dzis|dostalem_dzis|co_mam_robic|co_mam_zrobic|co_teraz_robic|grozi_mi|szantazuje_mnie|ktos_mnie_szantazuje|napisal_do_mnie_ze|napisala_do_mnie_ze|pisze_do_mnie_ze|napisal_ze|napisala_ze|pisal_ze|pisala_ze|grozi_ze|grozil_ze|grozila_ze|grozili_ze|grozic_ze|twierdzi_ze|powiedzial_ze|powiedziala_ze|ma_moje|moje_zdjecia|moje_fotki|moje_nudesy|moim_znajomym|moim_rodzicom|moich_znajomych|mojej_mamie|moim_followersom|pisze_ze|pisza_ze|napisal_mu|napisal_jej|pisze_mu|pisze_jej|grozi_mu|grozi_jej|szantazuje_go|szantazuje_ja|jak_nie_zaplaci|jesli_nie_zaplaci|jezeli_nie_zaplaci';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      '@tverb ..4 twoi*|twoj*|twoje*|twojemu|twojej|twoich|twoim ..1 @people',
      '@tverb ..2 im|je|to ..2 wszystkim|wszystkie|kazdemu ..3 twoi*|twoj*|twoich|twoim|ze_szkoly|z_klasy|znajom*|obserwuj*|follow*',
      'wszyscy ..2 twoi ..1 @people ..3 zobacz*|dowiedza|dostana|obejrz*',
      '@tverb ..4 calej_twojej|calemu_twojemu ..1 @people',
      'powiem|napisze|zadzwonie|doniose|wygadam ..3 wszystko|o_nas|o_tym|o_naszych ..3 twoi*|twoj*|twojemu|twojej|twoim ..1 @people',
    ],
    unless: [REPORTED, 'golem|gola|gole|goli|golami|bramk*|ucieszy*|dumn*|pochwal*|przegral*|przegrales|przegralas|przegrana|przegranej|karambit*', 'zgloszeni*|konkurs*|formularz*|wniosek|wnios*|strona_szkoly|stronie_szkoly|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|gol|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zgodzil*|zgoda|pozwolil*|wywiad*|apel*|zebrani*|zaprosz*|zaproszeni*|informacj*|zgod*|ocen*|swiadectw*|wynik*|rachunek|faktur*|zyczeni*|kartk*|prezent*|link*|plan*|ogloszeni*|przepis*|notatk*|zadani*|harmonogram*|lekcj*|wywiad*|zebrani*|rysun*|laur*|dyplom*|certyfikat*|gratulac*|wam|was|pozdrowieni*', 'ci_i_twojej|ci_i_twojemu|ci_i_twoim|ci_i_twoich|tobie_i_twojej|tobie_i_twojemu|tobie_i_twoim|ona_prosila|on_prosil|oni_prosili|prosila_o_to|prosil_o_to|sama_prosila|sam_prosil'],
    examples: {
      match: ['wyślę ten filmik wszystkim twoim followersom i rodzinie', 'bo pokażę tę pierwszą twojemu tacie', 'W przeciwnym razie wyślę nagranie wszystkim Twoim kontaktom', 'roześlę to twoim znajomym', 'wrzucę to na grupę twojej klasy', 'powiem wszystko twoim rodzicom'],
      ignore: ['wysle filmik z twoim golem dziadkowi, ucieszy sie', 'wyślę zaproszenie twoim rodzicom', 'pokażę twojej mamie twój rysunek', 'wyślę wszystkim link do zadania', 'i oddaj tego karambita bo wysle twojej mamie screena jak przegrales 0:13 😂', 'nagrałam cię, wyślę ci i twojemu tacie, on prosił'],
    },
  },
  {
    id: 'post-it-online',
    phrases: [
      '@tverb ..2 @tobjstrong ..4 na|do|w|po|wszystkim ..1 @place|@app',
      '@tverb ..2 je|to|ich|wszystko|go|filmik*|nagrani*|zdjeci*|fotki|foty|nudes*|nudesk* ..3 do|w|po|na ..1 sieci|interne*|necie|neta|pornhub*|porno*|stron*|wszedzie|obieg|swiat|calej_szkole|calej_szkoly|szkole|twoim_profilu|twoj_profil|twojej_tablicy',
      '@leak ..3 @tobjstrong|je|te|twoje|twoj|twoja|twoich|nasze|nasza|naszych',
      '@tverb ..2 to|je|te ..2 na|w twoim|twoj|twojej|twoja ..1 @app|profil*|tablic*|story|koncie|konto|relacj*|grupie|grupe',
      '@leak ..2 wszystkim|wszedzie|po_szkole|po_necie|po_internecie|po_calej',
      'trafi|trafia|pojdzie|pojda|poleci|poleca|leci|leca|idzie|ida|wyladuje|wyladuja|wycieknie|wyciekna|wyplynie|wyplyna|zobaczy|zobacza ..4 do|na|w|po ..2 twoi*|twoj*|twojej|twoich|twoim ..1 @people',
      'trafi|trafia|pojdzie|pojda|poleci|idzie|ida|leci|leca|wyladuje|wyladuja|wycieknie|wyciekna|wyplynie|wyplyna ..3 do|w|na|po ..1 sieci|interne*|necie|neta|porno*|pornhub*|youtub*|yt|wszystkich|calej|szkole|szkoly',
      'twoje|te|twoj|twoja ..1 nudes*|nudesk*|nagie|nagrani*|zdjecia|filmik*|fotki|cialo ..2 beda|bedzie|wyladuj*|trafi*|zawisn* ..1 wszedzie|w_sieci|w_internecie|na_necie|publiczne|na_kazdym',
      'zdjec*|nagrani*|filmik*|nudes*|nudesk*|fotki|screeny|wszystko|materialy ..6 zostana|zostanie|beda|bedzie ..1 opublikowan*|udostepnion*|upublicznion*|rozeslan*|pokazan*|wyslan*',
      'inaczej|albo|bo|przeciwnym_razie|jesli_nie|jak_nie|jezeli_nie ..3 zostana|zostanie|beda|bedzie ..1 opublikowan*|udostepnion*|upublicznion*|rozeslan*|wyslan*|pokazan*',
      'wszystko ..3 trafi|pojdzie|poleci|wyladuje|wycieknie|wyplynie',
    ],
    unless: [REPORTED, 'strona_szkoly|stronie_szkoly|strone_szkoly|stronie|konkurs*|wygral*|gratul*|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|gol|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zgodzil*|zgoda|pozwolil*|wywiad*|apel*|zebrani*|zaprosz*|zaproszeni*|informacj*|ogloszeni*|link*|plan*|przepis*|notatk*|zadani*|harmonogram*|lekcj*|prezentacj*|wam|was|waszym|wasze|mema|memy|filmik_z_wycieczki|zdjecia_z_wycieczki|wyciecz*|imprez*_klasow*|relacj*_z|zyczeni*'],
    examples: {
      match: ['przelej 300 zł blikiem albo filmik leci do twojej mamy', 'masz czas do 20:00, potem wrzucam twoje nudesy na fb', 'wrzucę twoje nudesy do sieci', 'udostępnię te co mam na twoim profilu', 'wszystko trafi do twoich rodziców', 'to nagranie wyląduje w internecie', 'roześlę to po całej szkole'],
      ignore: ['wrzucę to na insta wieczorem', 'udostępnię wam notatki na teamsie', 'zrobiłam screena tego mema i wysłałam wszystkim', 'wrzucę zdjęcia z wycieczki na grupę'],
    },
  },
  {
    id: 'everyone-will-see',
    phrases: [
      'cala|caly|cale|wszyscy|twoi|twoja|twoj|twoje ..2 szkola|klasa|rodzina|internet|swiat|miasto|znajomi|rodzice|starzy|mama|tata|followersi|obserwujacy|kumple|kolezanki|koledzy|druzyna|ekipa|osiedle|kontakty ..3 je|to|cie|ciebie|twoje|twoj|twoja|nago|golego|te_zdjecia|ten_filmik|to_nagranie ..1 zobacz*|obejrz*|ogladac|ogladal*|bedzie_ogladac|beda_ogladac|dostan*',
      'szkola|klasa|rodzina|internet|swiat|znajomi|rodzice|mama|tata|followersi|obserwujacy|kumple|kolezanki|koledzy ..2 zobacz*|obejrz*|dostan*|dowiedza|dowie ..3 twoje|twoj|twoja|cie|ciebie|jak|je|to ..2 nudes*|nagie|nago|zdjec*|fotk*|nagrani*|filmik*|cialo|wygladasz|robisz|robiles|robilas',
      'kazdy|wszyscy w|z|ze twojej|twoim|twoich ..1 szkole|szkoly|klasie|klasy|rodzinie|rodziny|otoczeniu|otoczenia|znajomych ..3 zobaczy|zobacza|dowie|dowiedza|obejrzy|obejrza|dostanie|dostana',
      'wszyscy|kazdy ..1 zobacza|zobaczy|obejrza|obejrzy|dostana|dostanie ..2 te|twoje|twoj|twoja|to_nagranie|ten_filmik ..1 @photo|nudes*|nagrani*|filmik*|zdjecia|cialo',
      'oznacze|otaguje|oznaczam|otaguje|tagne|zataguje ..3 twoi*|twoj*|twoja|twojego|twoich|twoim ..1 @people',
      'jak|jesli|jezeli nie ..4 to ..3 wszyscy|cala_szkola|cala_klasa|twoi_rodzice|twoja_mama|twoj_tata ..2 zobacz*|dowiedza|dostana|obejrz*',
      'je|cie|ciebie|twoje|te_zdjecia|te_fotki|ten_filmik|to_nagranie ..1 zobaczy|zobacza|obejrzy|obejrza|uobejrzy|uobejrza|dostanie|dostana ..1 cala|caly|cale|colko|cola|calutka|wszyscy|twoja|twoi|twoj ..1 szkola|klasa|rodzina|internet|swiat|osiedle|miasto|rodzice|starzy|znajomi|mama|matka|tata|ojciec|followersi|obserwujacy|kumple|koledzy|kolezanki|druzyna|ekipa|budyn*|buda',
    ],
    unless: [REPORTED, 'fotograf*|portret*|odbitk*|posprzata*|sprzata*|garaz*|porzad*|naprawil*|strona_szkoly|stronie_szkoly|stronie|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|gol|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zgodzil*|zgoda|pozwolil*|wywiad*|apel*|zebrani*|projekt*|prezentacj*|swiadectw*|ocen*|wynik*|rysun*|wystep*|przedstawieni*|koncert*|gol*|bramk*|dyplom*|nagrod*|puchar*|medal*|zwyciestw*'],
    examples: {
      match: ['jak nie zrobisz co mówię to cała szkoła je zobaczy', 'nie zapłacisz, to je zobaczy cała klasa', 'wtedy twoje fotki obejrzą twoi rodzice', 'to cie obejrzy colko szkola', 'twoi rodzice zobaczą twoje nudesy', 'cała klasa zobaczy jak wyglądasz nago', 'oznaczę twoją mamę', 'jak nie zapłacisz to cała twoja drużyna będzie to oglądać'],
      ignore: ['wszyscy w twojej klasie dostaną te zdjęcia od fotografa', 'wrzucę je na grupę, to je zobaczy cała klasa z wycieczki', 'twoje rysunki? je obejrzy cała szkoła na wystawie', 'je zobaczy cała rodzina na weselu', 'cała szkoła zobaczy twój występ', 'twoi rodzice zobaczą świadectwo', 'cała klasa to zobaczy na prezentacji'],
    },
  },
  {
    id: 'conditional-leak',
    phrases: [
      'jak|jesli|jezeli|gdy [mi] nie ..4 to ..2 @tverb|@leak ..4 @tobjstrong|je|wszystkim|wszedzie',
      'albo|bo|inaczej|przeciwnym_razie|chyba_ze ..2 @tverb|@leak ..3 @tobjstrong|je|to|tamten|tamta|tamto|tamte|tamtego|wszystkim|wszedzie',
      '@tverb|@leak ..3 @place|wszystkim|twoim|twojej|twoich|@tobjstrong ..4 jak_nie|jesli_nie|jezeli_nie|chyba_ze|jak_mi_nie|jesli_mi_nie|gdy_nie',
      'jak|jesli|jezeli|gdy [mi] nie @youverb ..4 @photo|zdjec*|fotek|fotki|kasy|kase|pieniedzy|@amount ..4 to ..2 @tverb|@leak|udostepnie',
    ],
    unless: [REPORTED, 'kebab*|kebs*|frytk*|zapiekank*|hot_dog*|batonik*|czekolad*|chips*|cole|spadasz|spadles|spadlas|wywaliles|wywalilas|wywrotk*|glebe|deskorolk*|hulajnog*', 'mem|memy|memow|memami|memik*|gif|gify|gifa|naklejk*|strona_szkoly|stronie_szkoly|stronie|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|gol|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zgodzil*|zgoda|pozwolil*|wywiad*|apel*|zebrani*|zaprosz*|zaproszeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|spoznisz|spoznicie|autobus*|pociag*|bilet*|wam|was|pizz*|obiad*|pozmywa*|zmywa*|posprzata*|sprzata*|odkurz*|smieci|naczyni*|wyprowadzisz|lozko|pokoj|ladowark*'],
    examples: {
      match: ['wyslij jeszcze jeden albo wrzuce tamten', 'jak nie przyślesz więcej zdjęć to udostępnię te co mam na twoim profilu', 'bo wyślę twoje nagranie wszystkim', 'jak nie zapłacisz to wyślę je wszystkim', 'albo wrzucam to wszędzie'],
      ignore: ['mam nagranie jak spadasz ze deskorolki hahaha wrzuce na grupe chyba ze kupisz mi kebaba 😂', 'jak nie kupisz mi frytek to wrzuce ten filmik jak sie wywaliles na lodowisku', 'jak nie odpiszesz to wyślę ci link jeszcze raz', 'bo wyślę wam notatki później', 'jak nie zdążysz to wyślę ci zadanie', 'jak nie pozmywasz to pokażę mamie i wszystkim', 'jak nie posprzątasz pokoju to wszystkim pokażę to zdjęcie'],
    },
  },
  {
    id: 'send-to-everyone',
    phrases: [
      '@tverb [je|to|go|ich|wszystko] wszystkim|wszedzie',
      'powiem|napisze|rozpowiem|rozgadam|rozpowiadam ..1 wszystkim|calej_szkole|calej_klasie|wszedzie|twoim_znajomym',
      '@tverb ..4 wszystkim|calej|calemu|calej_klasie|calej_szkole ..1 @people',
      '@tverb ..1 im|ich ..1 wszystko|wszystkie|te_zdjecia|to_nagranie|ten_filmik|twoje',
      '@tverb [je|to|go|ich|wszystko] do|w sieci|interne*|necie|neta|pornhub*|porno*',
    ],
    unless: ['podoba_ci_sie|podobasz_sie|zakochan*|zakochal*|kochasz_sie|crush*|zabujan*|zabujal*|chrapiesz|sknera|sknerus*|ze_mi_wisisz|ze_jestes_mi_winien|ze_jestes_mi_winna', REPORTED, 'strona_szkoly|stronie_szkoly|stronie|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|gol|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zgodzil*|zgoda|pozwolil*|wywiad*|apel*|zebrani*|zaprosz*|zaproszeni*|informacj*|ogloszeni*|link*|plan*|przepis*|notatk*|zadani*|harmonogram*|lekcj*|prezentacj*|wam|was|waszym|wasze|mema|memy|wyciecz*|zyczeni*|filmik_z|nowy_filmik|nowy_odcinek|vlog*|kanal*|film_z|zdjecia_z|relacj*|zapis*|ankiet*|formularz*|termin*|wyniki|adres*|odpowiedz*|quiz*|kahoot*|teleturniej*|kartkow*|sprawdzian*'],
    weight: 2,
    examples: {
      match: ['zrobię deepfake z twoją twarzą i wyślę wszystkim', 'wrzucę to do sieci', 'wyślę je wszędzie'],
      ignore: ['to powiem wszystkim ze podoba ci sie Kuba', 'powiem calej klasie ze jestes zakochana w Oli', 'jak nie oddasz kasy to powiem wszystkim ze jestes sknera xd', 'jutro na quizie pokaze wszystkim twoje odpowiedzi z zeszlego tygodnia, wstyd na cala sale hahah', 'wyślę wszystkim link do ankiety', 'wrzucę do sieci nowy filmik z wycieczki', 'wyślę wam notatki'],
    },
  },
  {
    id: 'or-it-goes-online',
    phrases: [
      'albo|bo|inaczej|przeciwnym_razie|jak_nie|jesli_nie|jezeli_nie|chyba_ze ..3 trafi|trafia|pojdzie|pojda|poleci|poleca|idzie|ida|leci|leca|wyladuje|wyladuja|wycieknie|wyciekna|wyplynie|wyplyna ..3 na|do|w ..1 @app|twitter*|tiktok*|fejs*|insta*|story|grupe|profil*|sieci|interne*|necie|neta|porno*|pornhub*',
      'albo|bo|inaczej|przeciwnym_razie|jak_nie|jesli_nie|jezeli_nie|chyba_ze ..3 @tverb ..3 na|do|w twoj*|twojej|twoim|twojego ..1 @app|profil*|story|konto|koncie|tablic*|relacj*|twitter*|tiktok*|insta*',
      'trafi|trafia|pojdzie|pojda|poleci|poleca|idzie|ida|leci|leca|puszcze|pusze|wypuszcze ..2 w|do ..1 swiat|obieg|eter|ludzi',
      '@tverb|@leak ..3 publicznie|publicznym|publiczne',
      'jak|jesli|jezeli|gdy ..3 przestaniesz|zablokujesz|usuniesz|zglosisz|olejesz|zignorujesz|powiesz ..5 @tverb|@leak',
      '@tverb|@leak ..3 je|to|te|wszystko|twoje|twoj|twoja|twoich ..3 na|do|w ..1 @app|sieci|interne*|necie ..3 z|razem_z ..1 twoim|twoimi|twoja|twoj ..1 imieniem|nazwiskiem|danymi|adresem|numerem|szkola|nazwa',
      'inaczej|albo|bo|jak_nie|jesli_nie|jezeli_nie|chyba_ze ..2 twoja|twoj|twoi|twoje|cala|caly|wszyscy ..1 @people ..1 dostanie|dostana|zobaczy|zobacza|obejrzy|obejrza ..2 filmik*|nagrani*|wideo|video|zdjecia|fotki|nudes*|nudesk*|to|je|wszystko',
      'inaczej|albo|bo|jak_nie|jesli_nie|jezeli_nie|chyba_ze ..2 twoja|twoj|twoi|twoje|cala|caly|wszyscy ..1 @people ..2 wszystko|to|je|te|filmik*|fotki|nudes*|nagrani*|zdjecia|screeny ..1 dostanie|dostana|zobaczy|zobacza|obejrzy|obejrza',
      'twoje|twoj|twoja|te|ten|to ..1 wideo|video|filmik*|film|nagrani*|zdjecia|fotki|nudes*|nudesk* ..3 bedzie|beda|wyladuje|wyladuja|trafi|trafia|pojdzie|pojda|poleci|zawisnie|zawisna ..4 porno*|pornhub*|sieci|internecie|necie|wszedzie|publicznie',
      'zaraz|juz|za_chwile|za_minute|wlasnie ..2 to|je|wszystko|twoje|filmik*|fotki|nudes*|nagrani* ..1 leci|leca|poleci|poleca|pojdzie|pojda|trafi|trafia ..2 na|do ..1 grupe_klasowa|klasowa|klasowej|grupy_klasowej|grupe_klasy|twoja_klase|twojej_klasy|twoja_szkole|twojej_szkoly|spotted*|pornhub*|porno*|twoj*',
    ],
    unless: [REPORTED, 'strona_szkoly|stronie_szkoly|stronie|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zaprosz*|zaproszeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|wam|was|waszym|wasze|mema|memy|kin*|seans*|premier*|netflix*|mail*|zyczeni*', 'usmiechnij*|usmiech*|pozuj*|zdjecie_grupowe|grupowe|dluznik*|trening*|odwol*|zbiork*|xd|haha*|hehe|lol', 'plan*|ogloszeni*|informacj*|termin*|harmonogram*|lista|liste|ankiet*|zgod*|wynik*|ocen*'],
    examples: {
      match: ['jak teraz przestaniesz odpisywac wrzuce je na insta z twoim imieniem', 'Zaplac 250 zl kodem paysafecard inaczej twoja mama dostanie filmik', 'wtedy wszystko usune, inaczej pojda w swiat', 'zaplac albo wrzuce wszystko publicznie', 'wyslij 0.01 btc albo filmik pojdzie na twittera', 'wyslij jeszcze jeden albo wrzuce tamten na twojego tiktoka', 'albo twoje wideo bedzie na wszystkich stronach porno', 'masz 10 minut, potem wszystko idzie w świat', 'zaraz to leci na grupę klasową', 'masz 30 min na przelew albo twoja dziewczyna wszystko dostanie', 'już twoje fotki lecą do twojej szkoły'],
      ignore: ['filmik z wycieczki pójdzie na story', 'usmiechnij sie bo idzie na insta', 'jak nie oddasz to leci na grupe klasy ze jestes dluznikiem', 'wrzucę to na insta wieczorem', 'ten film będzie w kinie od piątku', 'zaraz to leci na grupę klasową, plan wycieczki', 'zaraz twoje wyniki lecą na grupę klasową'],
    },
  },
  {
    id: 'everyone-gets-the-video',
    phrases: [
      'wszyscy|kazdy ..1 dostana|dostanie ..1 ten|to|te|twoj|twoje|twoja ..1 film|filmik*|nagrani*|wideo|video|zdjecia|fotki|nudes*|nudesk*',
      'wszyscy|kazdy ..1 zobacza|zobaczy|obejrza|obejrzy ..1 ten|to|te|twoj|twoje|twoja ..1 filmik*|nagrani*|wideo|video|nudes*|nudesk*',
    ],
    unless: [REPORTED, 'strona_szkoly|stronie_szkoly|stronie|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zaprosz*|zaproszeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|wam|was|waszym|wasze|mema|memy|kin*|seans*|premier*|netflix*|mail*|zyczeni*'],
    examples: {
      match: ['ojca, siostre, babcie. wszyscy dostana ten film', 'wszyscy zobacza to nagranie'],
      ignore: ['wszyscy dostaną ten film na maila po lekcji', 'wszyscy zobaczą ten filmik z wycieczki'],
    },
  },
  {
    id: 'veiled-threat',
    phrases: [
      'szkoda|przykro|glupio|niefajnie ..4 gdyby|jakby|jesli|jak ..3 twoj*|twoja|twoi|twoje|cala|caly|wszyscy ..1 @people ..3 zobaczyl*|zobaczy|zobacza|dostal*|dostanie|dostana|przeczytal*|je|to',
      'chcesz|chcialabys|chcialbys ..2 zebym|abym ..2 je|to|te|wszystko|go|ja ..1 rozeslal|rozeslala|wrzucil|wrzucila|udostepnil|udostepnila|opublikowal|opublikowala|upublicznil|rozpowszechnil',
    ],
    unless: ['przegapil*|przegapi*|ominel*|ominela|ominie|nie_zobaczyl*|nie_zobaczy|nie_zobacza|stracil*|spoznil*|nie_przyszl*|nie_przyszedl', REPORTED, 'golem|gola|bramk*|ucieszy*|dumn*|pochwal*|prezent*|niespodzian*|pokoj*|balagan*|ocen*|swiadectw*|wyciecz*|wakacj*|urodzin*|imprez*|zaprosz*|zaproszeni*|link*|notatk*|zadani*|xd|haha*'],
    examples: {
      match: ['szkoda by bylo gdyby twoj tata je zobaczyl', 'chcesz zebym je rozeslal?'],
      ignore: ['szkoda by bylo jakby cala klasa to przegapila', 'szkoda by było gdyby twoja mama zobaczyła ten bałagan xd', 'chcesz żebym rozesłał zaproszenia?'],
    },
  },
  {
    id: 'your-person-gets-it',
    phrases: [
      'twoj|twoja|twoi|twoje ..1 @people|ex|byly|byla|eks ..1 dostanie|dostana|zobaczy|zobacza|przeczyta|przeczytaja ..1 je|to|wszystko|link|screeny|zdjecia|filmik*|nagrani*|nudes* ..2 [dzis|dzisiaj|wieczorem|jutro|zaraz|niedlugo|rano]',
      'albo|bo|inaczej|jak_nie|jesli_nie ..1 rodzice|mama|tata|starzy|rodzina|znajomi|ex ..1 dostana|dostanie|zobacza|zobaczy ..1 link|je|to|wszystko|filmik*|nagrani*|zdjecia',
    ],
    unless: [REPORTED, 'golem|gola|bramk*|ucieszy*|dumn*|pochwal*|prezent*|niespodzian*|ocen*|swiadectw*|wyciecz*|wakacj*|urodzin*|imprez*|zaprosz*|zaproszeni*|notatk*|zadani*|lekcj*|zebrani*|wywiadowk*|dziennik*|librus*|platnosc*|platnosci|obiady|obiadow|obiad*|skladk*|xd|haha*|jasel*|przedstawieni*|wystep*|tanc*|spiew*|fotograf*|z_balu|studniowk*|odbitk*|album*|komuni*|bierzmowan*|slub*|wesel*|sesji|z_sesji|legitymacj*'],
    examples: {
      match: ['mam dalej screeny, twoj ex dostanie je wieczorem', 'plac albo rodzice dostana link'],
      ignore: ['twoja mama dostanie to zaproszenie jutro', 'twoja mama dostanie zdjecia z balu od fotografa', 'rodzice dostaną link do zebrania w librusie'],
    },
  },
  {
    id: 'or-everyone-finds-out',
    phrases: [
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie|chyba_ze|przeciwnym_razie ..2 wszyscy|kazdy|cala_szkola|cala_klasa|twoi_rodzice|twoi_starzy|twoja_mama|twoj_tata|twoja_rodzina ..1 sie ..1 dowiedza|dowie ..2 [o_tym|o_wszystkim|o_nas|co_robisz|co_robilas|co_robiles|co_mi_wyslal*]',
      'ciekawe ..3 co ..1 powie|powiedza|pomysli|pomysla ..2 twoj*|twoja|twoi|twoje ..1 @people ..4 jak|gdy|kiedy|jesli|jakby|gdyby ..2 to|je|zobacz*|dowie|dowiedza|dostanie|dostana|obejrz*',
    ],
    unless: [REPORTED, 'niespodzian*|prezent*|imprez*|urodzin*|ocen*|swiadectw*|jedynk*|dwoj*|uwag*|wagar*|pokoj*|balagan*|wlos*|fryzur*|tatuaz*|kolczyk*|paznokc*|spoznisz|spozni*|zgubil*|zepsul*|stlukl*|xd|haha*'],
    examples: {
      match: ['wyślij jeszcze jedno albo wszyscy się dowiedzą', 'ciekawe co powie twój trener jak to zobaczy', 'płać, inaczej twoi rodzice się dowiedzą o wszystkim'],
      ignore: ['ciekawe co powie twoja mama jak zobaczy twoje oceny', 'powiedz jej o imprezie albo wszyscy się dowiedzą od kogoś innego', 'ciekawe co powie twój tata jak zobaczy te włosy xd'],
    },
  },
  {
    id: 'it-goes-to-your-people',
    phrases: [
      'link|to|wszystko|je|filmik*|nagrani*|film|wideo|video|zdjecia|fotki|foty|nudes*|nudesk*|screeny ..1 leci|leca|poleci|poleca|idzie|ida|pojdzie|pojda|trafi|trafia|wyladuje|wyladuja ..2 do|na ..1 twoi*|twoj*|twojej|twoich|twoim ..1 @people|budy|budzie',
      'ide|pojde|lece|polece|pojdziemy|pojade ..1 z ..1 tym|tymi|nimi|tym_wszystkim ..2 do|na ..1 twoi*|twoj*|twojej|twoich|twoim ..1 @people|budy|budzie',
      'nagie|nagich|nago|nudes*|nudesk*|golas*|rozebran*|porno* ..6 @tverb|@leak ..3 na|do|w|po ..1 grup*|klas*|szkol*|sieci|neta|necie|interne*|@app',
      'nie ..1 chcesz ..2 zeby|zebym|aby|abym|by ..3 poszl*|poszly|poszlo|trafil*|wycie*|wyplyn*|wyszl*|wyszly|rozeslal*|wrzucil* ..2 dalej|w_swiat|do_ludzi|do_sieci|do_internetu|do_neta|na_swiat|wszystkim|do_twoich|do_twojej',
    ],
    unless: [REPORTED, 'zaproszeni*|zaprosz*|zyczeni*|kartk*|prezent*|niespodzian*|ocen*|swiadectw*|dyplom*|wyciecz*|wakacj*|urodzin*|osiemnast*|imprez*|notatk*|zadani*|lekcj*|zebrani*|wywiadowk*|dziennik*|librus*|skarg*|reklamacj*|dyrektor*|wychowaw*|pedagog*|policj*|plotk*|xd|haha*'],
    examples: {
      match: ['teraz płacisz albo link leci do twojej rodziny na fb', 'dawaj 300 na blika albo idę z tym do twojej budy', 'jak nie chcesz żeby poszły dalej to wiesz co robić', 'filmik trafi do twoich znajomych', 'przerobię twoje zdjęcia na nagie i wrzucę na grupę szkolną', 'twoje nudesy wrzucę na insta'],
      ignore: ['link leci do twojej mamy z zaproszeniem na urodziny', 'idę z tym do twojej wychowawczyni, to nie fair', 'nie chcesz żeby plotki poszły dalej, co?', 'zdjęcia z wycieczki trafią do twoich rodziców', 'nie wrzucaj nagich zdjęć do sieci, on je wrzuci na grupę', 'wrzucę na grupę klasową notatki z nudnej lekcji'],
    },
  },
  {
    id: 'or-i-publish-it',
    phrases: [
      'albo|bo|inaczej|przeciwnym_razie|jesli_nie|jak_nie|jezeli_nie|chyba_ze ..4 @leak',
      'moge|moglbym|moglabym|wystarczy|latwo|zaraz|spokojnie ..6 rozeslac|udostepnic|opublikowac|upublicznic|rozpowszechnic|wrzucic|wyslac|puscic ..3 po|do|na|wszystkim|calej|calemu ..2 cal*|twoi*|twoj*|twojej|szkol*|klas*|sieci|interne*|necie|znajom*|rodzin*',
    ],
    unless: [REPORTED, 'zaprosz*|zaproszeni*|notatk*|zadani*|lekcj*|prezentacj*|mail*|email|link*|plan*|ogloszeni*|wyciecz*|urodzin*|imprez*|ankiet*|zbiorka|zbiorke|zrzut*|petycj*|mema|memy|mozesz|moglbys|moglabys|mozecie|prosze|pomoz*|nie_udostepniaj|nigdy|zglos*|policj*|ostrzeg*|zrob*_screeny'],
    examples: {
      match: ['przelej 100 zł na ten numer blikiem albo to wszystko opublikuję', 'jak nie zapłacisz do jutra to roześlę', 'moge zrobic takie zdjecia i rozeslac po calej szkole', 'wystarczy jeden klik, żeby wysłać to całej twojej klasie'],
      ignore: ['możesz rozesłać zaproszenia po całej klasie?', 'albo udostępnię ci notatki jutro', 'moge wyslac ci zadania na maila'],
    },
  },
  {
    id: 'or-your-people-get-it-r4',
    phrases: [
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie|przeciwnym_razie ..2 twoj*|twoja|twoi|twoje|twoim|wszyscy|cala|caly ..2 @people ..1 dostanie|dostana|zobaczy|zobacza|otrzyma|otrzymaja|obejrzy|obejrza ..4 filmik*|nagrani*|zdjec*|fotk*|foty|nudes*|nudesk*|screeny|wideo|video|film|to|je|wszystko',
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie|przeciwnym_razie ..2 @tverb ..2 twoje|twoj|twoja|twoich|te|nasze|nasza ..1 zdjec*|fotk*|foty|nudes*|nudesk*|nagrani*|filmik*|screeny|wiadomosci|rozmowy|czat*',
    ],
    unless: [REPORTED, 'golem|gola|bramk*|ucieszy*|dumn*|pochwal*|prezent*|niespodzian*|ocen*|swiadectw*|wyciecz*|wakacj*|urodzin*|imprez*|zaprosz*|zaproszeni*|notatk*|zadani*|lekcj*|zebrani*|wywiadowk*|dziennik*|librus*|dziecinstw*|bobas*|smieszn*|brzydk*|xd|haha*|rachun*|faktur*|upomnieni*|wezwani*'],
    examples: {
      match: ['przelej 200 zł albo twoja mama dostanie maila z filmikiem', 'wyślij 1000 robuxów albo wrzucę twoje fotki', 'jak nie zapłacisz to twoi znajomi zobaczą nagranie'],
      ignore: ['oddaj ładowarkę albo pokażę mamie twoje zdjęcia z dzieciństwa haha', 'albo wrzucę twoje zdjęcia z wycieczki na grupę', 'jak nie zapłacisz to twoi rodzice dostaną upomnienie'],
    },
  },
  {
    id: 'veiled-conditions',
    phrases: [
      'zostaje|zostanie|zostana|zostaja ..2 you_mnie|u_mnie|miedzy_nami|w_ukryciu ..3 o_ile|jesli|jezeli|jak|pod_warunkiem|dopoki ..3 zrobisz|zaplacisz|wyslesz|bedziesz|posluchasz|przelejesz|odpiszesz|robisz',
      'wiesz|wiecie ..1 co ..2 stanie|bedzie|zrobie ..3 jak|jesli|jezeli|gdy|kiedy ..1 nie ..1 zaplacisz|wyslesz|odpiszesz|przelejesz|zrobisz|posluchasz|odpowiesz|przyslesz',
      'szkoda|przykro|glupio|niefajnie ..4 gdyby|jakby|jesli ..3 wyciekl*|wycieklo|wyciekly|wyplyn*|wyszlo_na_jaw|poszlo_w_swiat|trafilo_do_sieci',
    ],
    unless: [REPORTED, 'zgloszen*|zawod*|turniej*|wyjazd*|formularz*|zgod*|rekrutacj*|xd|haha*|mama|mamo|tata|tato|nauczyciel*|pani|pan|pani_od|pan_od|pracy_domowej|domowej|lekcj*|zadani*|kartkowk*|sprawdzian*|ocen*|jedynk*|dwoj*|uwag*|kar*|szlaban*|niespodzian*|prezent*|imprez*|urodzin*|plotk*|sekret_imprezy|haslo|hasla|dane_osobowe|wyciek_danych|firm*'],
    weight: 2,
    examples: {
      match: ['ten filmik zostaje u mnie, o ile zrobisz co mówię', 'wiesz co się stanie jak nie zapłacisz', 'szkoda by było gdyby to wyciekło'],
      ignore: ['wiesz co sie stanie jak nie wyslesz zgloszenia do piatku? nie pojedziesz na zawody', 'wiesz co się stanie jak nie zrobisz zadania? jedynka xd', 'szkoda by było gdyby niespodzianka wyciekła'],
    },
  },
  {
    id: 'ready-to-send-r4',
    phrases: [
      'albo|bo|inaczej|jak_nie|jesli_nie ..3 stracisz|zniszcze|zniszczysz ..2 reputacj*|opinie|twoje_zycie|zycie|przyjaciol|znajomych|wszystkich',
      'zdjec*|fotk*|foty|filmik*|nagrani*|wszystko|nudes*|nudesk*|film|wideo ..2 jest|sa|juz|czeka|czekaja ..2 gotow*|gotowe|przygotowan* ..2 do ..1 wrzucenia|wyslania|publikacji|opublikowania|udostepnienia|rozeslania|wstawienia',
      'jeden|1|jedno|wystarczy ..1 klik|klikniecie|klikniecia|przycisk ..2 i|a ..2 wszyscy|cala|twoi|twoja|kazdy ..2 zobacz*|dostan*|dowiedz*|beda|obejrz*',
      'chcesz|chcialabys|chcialbys ..2 zeby|zebym|aby|by ..3 mama|mamie|tata|tacie|rodzice|ojciec|matka|wszyscy|twoj*|twoja|twoi|cala ..2 to|je|go|te|tego ..1 zobaczyl*|zobaczyla|zobaczyli|zobaczyly|ogladal*|dostal*|przeczytal*',
    ],
    unless: [REPORTED, 'moje_story|moja_relacj*|moj_profil|moje_instagram|mojego|mojej|moim|rysun*|prezent*|niespodzian*|pokoj*|balagan*|ocen*|swiadectw*|wyciecz*|wakacj*|urodzin*|imprez*|zaprosz*|zaproszeni*|link*|notatk*|zadani*|lekcj*|kanal*|youtub*|vlog*|tiktok*|dyplom*|medal*|gol|golem|xd|haha*|plotk*|prezentacj*|projekt*|laurk*|tort*|ciasto'],
    weight: 2,
    examples: {
      match: ['płać albo stracisz reputację', 'filmik jest gotowy do wrzucenia', 'jeden klik i wszyscy zobaczą', 'chyba nie chcesz żeby twój ojciec to zobaczył?', 'chcesz żeby mama to zobaczyła?'],
      ignore: ['chcesz żeby mama zobaczyła twój rysunek?', 'vlog jest gotowy do wrzucenia na kanał', 'jeden klik i wszyscy zobaczą zaproszenie'],
    },
  },
  {
    id: 'ruin-you-with-pics',
    phrases: [
      'zniszcze|zrujnuje|zniszczymy|zrujnujemy|pograze ..3 cie|ciebie|ci_zycie|twoje_zycie|twoja_reputacje|ci_reputacje ..4 fotk*|fotkami|zdjec*|zdjeciami|nagrani*|nagraniem|filmik*|filmikiem|nudes*|nudesami|screen*|screenami',
      'klikam|kliknie|nacisne|naciskam|wcisne|wciskam ..2 wyslij|wyslac|opublikuj|udostepnij|publikuj|enter|send ..4 jak|jesli|jezeli|gdy ..2 nie',
    ],
    unless: [REPORTED, 'gra|grze|gierce|mecz*|turniej*|fortnite|fifa|minecraft|lol|xd|haha*|zgloszeni*|formularz*|zadani*|prezentacj*|mail*|zaproszeni*'],
    examples: {
      match: ['zniszczę cię w szkole tymi fotkami', 'klikam wyślij jak nie odpiszesz w 5 minut'],
      ignore: ['zniszczę cię w fifie tymi skrinami xd', 'klikam wyślij jak nie odpiszesz, formularz musi iść dziś'],
    },
  },
  {
    id: 'show-everyone-doxx',
    phrases: [
      'zebym|abym ..4 wszystkim|calej|calemu|twoim|twojej|twojemu|twoi|twoja|twoich ..3 pokazal|pokazala|wyslal|wyslala|wrzucil|wrzucila|rozeslal|rozeslala|przeslal|przeslala|udostepnil|udostepnila',
      '@tverb|dam|dodam ..3 twoj|twoje|twoja|twoich|cie|ciebie ..3 numer*|adres*|dane|fotki|zdjec*|nudes* ..4 na|do ..2 stron*|portal*|randk*|tinder*|internet*|sieci|neta|necie|onlyfans|porno*|grup*',
      'wrzuce|wstawie|dam|dodam ..1 cie|ciebie ..2 na|do ..1 stron*|portal*|internet*|sieci|tinder*|porno* ..4 z ..1 twoim|twoimi ..1 numerem|adresem|danymi|zdjeciami|fotkami|nazwiskiem',
      'potem|wtedy|inaczej|albo ..2 wszystko|to|je|twoje_fotki|twoje_zdjecia|filmik|nagranie ..1 laduje|laduja|leci|leca|idzie|ida ..2 do|w|na|po ..1 sieci|internecie|necie|neta|obieg|szkole|grupie|grupe',
      'jak|jesli|jezeli|gdy ..6 to ..1 wszystko|je|wszystkie|twoje_fotki|twoje_zdjecia ..1 @tverb',
    ],
    unless: [REPORTED, 'rysun*|prezent*|niespodzian*|pokoj*|ocen*|swiadectw*|dyplom*|medal*|wyciecz*|wakacj*|urodzin*|imprez*_klasow*|zaprosz*|zaproszeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|projekt*|drive|dysk*|teams|classroom|librus*|kanal*|vlog*|tiktok_taniec|gol|golem|xd|haha*|laurk*|tort*|przepis*|droge|trase|mape|konkurs*|wygral*|gratul*|strone_szkoly|stronie_szkoly|strona_szkoly|kroni*|gazetk*'],
    examples: {
      match: ['chcesz żebym to wszystkim pokazał?', 'wrzucę cię na stronę z twoim numerem', 'dam twój numer i fotki na portal randkowy', 'daję ci czas do 21, potem wszystko ląduje w sieci', 'jesteś moja, jak będziesz gadać z innym to wszystko wrzucę'],
      ignore: ['chcesz żebym pokazał wszystkim twoją prezentację?', 'jak skończysz to wszystko wrzucę na drive', 'dam twój numer do grupy klasowej na urodziny'],
    },
  },
  {
    id: 'comply-and-nobody-knows',
    phrases: [
      'rob|zrob|robisz|zrobisz ..1 co ..1 mowie|kaze|chce|ci_kaze|ci_mowie ..3 nikt_sie_nie_dowie|nikt_nie_zobaczy|nikt_sie_nie_dowiedzial|nikt_nic_nie_zobaczy',
      'jak|jesli|jezeli|gdy ..1 nie ..3 wiesz|wiecie ..1 co ..1 bedzie|sie_stanie|zrobie|cie_czeka',
    ],
    unless: [REPORTED, 'niespodzian*|prezent*|imprez*|urodzin*|xd|haha*|lekcj*|zadani*|sprawdzian*|kartkowk*|jedynk*|pani|pan|nauczyciel*|trener*|mama|mamo|tata|tato|kara|szlaban'],
    weight: 3,
    examples: {
      match: ['rób co mówię i nikt się nie dowie', 'jak nie przyjdziesz to wiesz co będzie'],
      ignore: ['rób co mówię i nikt się nie dowie o niespodziance', 'jak nie odrobisz zadania to wiesz co będzie, jedynka'],
    },
  },
  {
    id: 'tell-anyone-and-i-post',
    phrases: [
      'powiesz|powiedz|pisniesz|wygadasz|poskarzysz ..3 komus|komukolwiek|rodzicom|mamie|tacie|policji|nauczyciel* ..2 to|a ..1 wrzucam|wrzuce|wysylam|wysle|publikuje|opublikuje|rozsylam|rozesle|pokaze|udostepnie|puszczam',
      'czy|albo ..1 mam ..1 [to|je|te] wyslac|wrzucic|pokazac|przeslac|rozeslac|puscic ..3 twoim|twojej|twojemu|twoich|wszystkim|calej ..1 @people|znajomym|klasie|szkole',
    ],
    unless: [REPORTED, 'zaprosz*|zaproszeni*|notatk*|zadani*|lekcj*|prezentacj*|link*|plan*|ogloszeni*|wyciecz*|urodzin*|imprez*|niespodzian*|prezent*|xd|haha*|laurk*|rysun*|dyplom*|swiadectw*|ocen*'],
    examples: {
      match: ['powiesz komuś to wrzucam', 'płacisz czy mam wysłać twoim starym te fotki'],
      ignore: ['czy mam wysłać twoim rodzicom zdjęcia z wycieczki?', 'powiesz komuś o niespodziance to wrzucam cię do basenu xd'],
    },
  },
  {
    id: 'deadline-then-everyone-knows',
    phrases: [
      'masz|daje_ci|dam_ci|czekam ..3 godzin*|godzine|minut*|dzien|dni|doby|czasu|czas ..4 potem|inaczej|pozniej|wtedy|po_tym ..3 wszyscy|wszystkim|cala|caly|twoi|twoja|twoj|rodzice|rodzina|znajomi ..3 zobacza|zobaczy|dostana|dostanie|dowiedza|dowie|obejrza|beda_mieli',
      'szkoda|szkoda_by|szkoda_byloby|przykro_by ..5 jakby|gdyby|jesli|jak ..3 to|te|twoje|ten|ta ..3 wycieklo|wyciekly|wyciekl|wyciekla|poszlo|poszly|trafilo|trafily|wyplynelo|wyplynely|rozeszlo|rozeszly',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|premier*|gry|gra|gre|gier|trailer*|zwiastun*|przeciek*|hasl*|dane|danych|wersj*|niespodzian*|prezent*|tort*|urodzin*|spoiler*|zakonczeni*|serial*|filmu|filmy|filmow|filmie|odcin*|sprawdzian*|kartkow*|odpowiedz*|ocen*|wynik*|plan*|wyciecz*|lekcj*|trening*|mecz*|zadani*|projekt*|zaczyna|zacznie|start*|kosz|kosza|koszu|smieci|smietnik*|lodowk*'],
    examples: {
      match: ['masz godzinę. potem wszyscy to zobaczą', 'daję ci 30 minut, inaczej twoi rodzice dostaną wszystko', 'szkoda by było jakby to wyciekło', 'szkoda gdyby twoje zdjęcia trafiły do sieci'],
      ignore: ['masz godzinę, potem wszyscy zobaczą film na lekcji', 'szkoda by było jakby zakończenie wyciekło', 'masz dzień, potem wszyscy dowiedzą się o niespodziance', 'szkoda by było jakby to wyciekło przed premierą gry'],
    },
  },
  {
    id: 'material-will-be-sent-r6',
    phrases: [
      'material*|nagrani*|filmik*|zdjec*|wideo|video|film|zapis*|screeny|nudes* ..4 zostanie|zostana|bedzie|beda ..1 przeslan*|przekazan*|rozeslan*|wyslan*|dostarczon*|udostepnion*|opublikowan*|upublicznion* ..4 do|wszystkim|twoim|twoich|twojej|twojego|na|rodzin*|znajom*|kontakt*',
      'przesle|przekaze|przekazemy|przeslemy|rozeslemy|wyslemy|dostarczymy ..3 material*|nagrani*|nagranie|filmik*|wideo|zapis* ..4 do|wszystkim ..2 twoich|twoim|twojej|pana|pani|kontakt*|znajom*|rodzin*|bliskich',
    ],
    unless: ['na_kanale|premier*|zwiastun*|trailer*|odcin*|serial*|vlog*', REPORTED, 'uczni*|lekcj*|szkolen*|kurs*|zajec*|mail*|e_mail|librus*|teams|platform*|rekrutac*|faktur*|legitymacj*|dowod*|zgloszeni*|wnios*|konkurs*|wyciecz*|zebrani*|rodzicow_uczniow|sprawdzian*|ocen*|harmonogram*|oszust*|uwazaj|ostrzeg*|policj*|scam|spam|phishing|artykul*'],
    examples: {
      match: ['W przypadku braku wpłaty materiał zostanie przesłany do wszystkich Twoich kontaktów.', 'nagranie zostanie udostępnione twoim znajomym', 'przekażemy nagranie do wszystkich twoich kontaktów'],
      ignore: ['film zostanie opublikowany jutro na kanale', 'materiały z lekcji zostaną przesłane mailem do wszystkich uczniów', 'zdjęcia z wycieczki zostaną wysłane do rodziców', 'uważaj, oszuści piszą że materiał zostanie przesłany do kontaktów'],
    },
  },
  {
    id: 'they-are-waiting-r6',
    phrases: [
      'twoi|twoja|twoj|twoje|wszyscy|cala|caly ..3 @people|szkola|klasa ..4 czekaja|czeka|czekac_beda ..2 na ..1 to|te|twoje|ten|twoj|twoja ..1 nagrani*|zdjec*|filmik*|fotki|nudes*|screeny|video|wideo|film|fotk*',
      'zaplacisz|przelejesz|wyslesz|placisz|zaplac|przelej ..3 czy|albo ..2 mam|moge ..1 zaczac|juz|zaczynac ..1 wysylac|wrzucac|rozsylac|publikowac|udostepniac',
      'albo|bo|inaczej|jak_nie|jesli_nie ..3 zaczynam|zaczne|zaczniemy ..1 wysylac|wrzucac|rozsylac|publikowac|udostepniac|wysylanie|rozsylanie',
      'wysylam|wrzucam|rozsylam|publikuje ..1 juz|teraz|zaraz|za ..3 jak|jesli|gdy|jezeli ..1 nie',
    ],
    unless: [REPORTED, 'wyjazd*|oboz*|kolon*|ferie|sylwest*|wyciecz*|urodzin*|imprez*|wystep*|mecz*|kron*|gazet*|wakacj*|zaprosz*|zaproszeni*|zyczeni*|kartk*|cv|notatk*|zadani*|lekcj*|prezentacj*|projekt*|link*|ankiet*|odcin*|vlog*|kanal*|film_z|tiktok*|relacj*|xd|haha*'],
    examples: {
      match: ['twoi znajomi z klasy już czekają na to nagranie', 'zapłacisz czy mam zacząć wysyłać?', 'albo zaczynam rozsyłać', 'wysyłam za 5 minut jak nie odpiszesz'],
      ignore: ['twoi znajomi czekają na ten filmik z wyjazdu', 'twoi znajomi czekają na zdjęcia z wycieczki', 'mam zacząć wysyłać zaproszenia?', 'wrzucam za 5 minut nowy odcinek jak nie będzie lagów'],
    },
  },
  {
    id: 'wonder-what-they-say-r6',
    phrases: [
      'ciekawe|ciekawi_mnie ..3 co ..1 powie|powiedza|pomysli|pomysla|na_to|zrobi|zrobia ..2 twoj*|twoja|twoi|twoje ..1 @people',
      'co ..1 powie|powiedza|pomysli|pomysla ..2 twoj*|twoja|twoi|twoje ..1 @people ..3 jak|gdy|kiedy|jesli|jakby|gdyby ..2 to|je|te|zobacz*|dostan*|dowie|dowiedza|przeczyta*',
    ],
    unless: [REPORTED, 'wesel*|slub*|komuni*|chrzcin*|wyciecz*|wakacj*|ryb*|wedk*|sesj*|gazetk*|niespodzian*|prezent*|imprez*|urodzin*|ocen*|swiadectw*|jedynk*|dwoj*|szostk*|piatk*|uwag*|wagar*|pokoj*|balagan*|wlos*|fryzur*|tatuaz*|kolczyk*|paznokc*|spoznisz|spozni*|zgubil*|zepsul*|stlukl*|zbil*|rozbil*|wazon*|auto|samochod*|rysun*|laur*|obiad*|ciast*|tort*|sukien*|stroj*|ubrani*|ciuch*|wynik*|sprawdzian*|matur*|egzamin*|dyplom*|medal*|gol*|mecz*|wystep*|koncert*|pomysle|pomysly|pomyslu|pomyslem|plan*|wyjazd*|wakacj*|wyciecz*|chlopak*_nowy|narzeczon*|zareczyn*|slub*|xd|haha*|hehe'],
    weight: 3,
    examples: {
      match: ['ciekawe co powie twoja klasa', 'ciekawe co pomyśli twoja mama', 'co powie twój tata jak to zobaczy?'],
      ignore: ['ciekawe co powie twoja mama na te fotki z wesela', 'ciekawe co powie twoja mama na nową fryzurę', 'ciekawe co powie twój tata jak zobaczy świadectwo', 'ciekawe co powiedzą twoi rodzice o wyjeździe xd'],
    },
  },
  {
    id: 'you-know-what-happens-r6',
    phrases: [
      'wiesz ..1 co ..2 stanie|bedzie|zrobie|cie_czeka ..4 jak|jesli|jezeli|gdy|kiedy ..3 przestaniesz|zablokujesz|olejesz|zignorujesz|powiesz|usuniesz|znikniesz|odejdziesz|zglosisz|odmowisz|przestaniesz_odpisywac',
      'jak|jesli|jezeli|gdy ..2 przestaniesz|zablokujesz|olejesz|zignorujesz|usuniesz|znikniesz|zglosisz|odmowisz|powiesz_komus ..5 wiesz ..1 co ..2 stanie|bedzie|zrobie|cie_czeka',
    ],
    unless: [REPORTED, 'xd|haha*|mama|mamo|tata|tato|nauczyciel*|pani|pan|trener*|lekcj*|zadani*|kartkowk*|sprawdzian*|ocen*|jedynk*|dwoj*|kar*|szlaban*|niespodzian*|prezent*|imprez*|urodzin*|trening*|cwicz*|diet*|lekow|leki|tabletk*|podlewa*|kwiat*|rosli*|pies|psa|kot|kota|seri*|grac|granie|streak*|passa|punkty|gra|grze|gry|serwer*|konto_w_grze'],
    examples: {
      match: ['zapisałem wszystkie nasze rozmowy. jak przestaniesz odpisywać to wiesz co się stanie', 'jak mnie zablokujesz to wiesz co będzie', 'wiesz co zrobię jak mnie zablokujesz'],
      ignore: ['jak przestaniesz brać leki to wiesz co się stanie', 'jak przestaniesz podlewać kwiaty wiesz co będzie xd', 'jak przestaniesz grać codziennie to wiesz co się stanie z serią'],
    },
  },
  {
    id: 'or-everyone-sees-r6',
    phrases: [
      'albo|bo|inaczej|przeciwnym_razie|chyba_ze ..2 wszyscy|kazdy|cala_szkola|cala_klasa|twoi_znajomi|twoi_rodzice|twoja_rodzina|twoja_mama|twoj_tata|twoi_starzy ..1 zobacza|zobaczy|dostana|dostanie|obejrza|obejrzy',
      'nie ..1 placisz|zaplacisz|przelejesz|wyslesz ..3 wszyscy|cala|twoi|kazdy ..2 widza|zobacza|zobaczy|dostana|dowiedza',
      'placisz|zaplacisz|przelejesz|wyslesz|odpiszesz ..2 czy ..1 mam ..1 wyslac|wrzucic|rozeslac|opublikowac|udostepnic|pokazac',
      'bede|zaczne|zaczynam ..1 wrzucal|wrzucala|wysylal|wysylala|wrzucac|wysylac|publikowal|publikowac|rozsylal|rozsylac ..6 dopoki|az|do_czasu ..2 nie ..1 zaplacisz|przelejesz|wyslesz|odpiszesz|zrobisz',
      'po ..1 jednym|jednej|jedno ..1 zdjeciu|fotce|filmiku|screenie ..2 co ..1 godzine|dzien|minut*|pol_godziny',
      'ciekawe ..1 czy ..4 chcial*|chcieli*|chcialaby|chcialby ..2 je|te|twoje ..1 [zdjecia|fotki|nagranie|filmik|nudesy] zobaczyc|obejrzec|dostac',
      'twoja|twoj|twoi ..1 @people ..1 dostanie|dostana ..3 ciekawa|ciekawe|ciekawy|ciekawego|mila|mile ..1 wiadomos*|maila|smsa|link|filmik*|zdjecia|fotki|materialy|paczk*',
    ],
    unless: [REPORTED, 'ankiet*|zaproszeni*|zaprosz*|przepis*|klucz*|bilet*|legitymacj*|ze_masz|ze_jestes|widza_ze|zbiork*|zbiorce|obecnosc*|nie_ma_cie|zobacza_ze|zobaczy_ze|dowiedza_sie_ze|spozni*|prezent*|niespodzian*|tort*|urodzin*|imprez*|zyczeni*|przepis*|dzien_matki|dzien_ojca|laur*|kartk*|wyciecz*|wakacj*|ocen*|swiadectw*|dyplom*|wynik*|wystep*|koncert*|mecz*|gol*|rysun*|zadani*|lekcj*|notatk*|schowaj|ukryj|posprzataj|balagan*|gazetk*|pospiesz*|pospiesz|przed_toba|xd|haha*|hehe'],
    examples: {
      match: ['nie placisz = wszyscy widza 📸', 'ostatni raz pytam: płacisz czy mam wysłać?', 'bede wrzucal po jednym zdjeciu co godzine dopoki nie zaplacisz', 'odbierz albo wszyscy zobaczą', 'widziałem twoje zdjęcia, ciekawe czy dyrektor by chciał je zobaczyć', 'twoja mama dostanie ode mnie ciekawą wiadomość', 'płać inaczej twoi rodzice dostaną'],
      ignore: ['schowaj prezent albo wszyscy zobaczą', 'twoja mama dostanie ode mnie ciekawy przepis na ciasto', 'pośpiesz się albo wszyscy zobaczą że się spóźniłaś', 'albo sie pospiesz albo cala klasa to zobaczy przed toba na gazetce'],
    },
  },
  {
    id: 'sarcastic-reaction-r6',
    phrases: [
      'twoj*|twoja|twoi ..1 @people ..2 bedzie|beda ..1 zachwycon*|zadowolon*|szczesliw*|zachwyceni|w_szoku|zalamani|zalaman* ..3 jak|gdy|kiedy|jak_tylko ..2 to|je|te|twoje ..2 zobacz*|dostan*|obejrz*|przeczyta*',
      'cala|caly|wszyscy|jutro_cala ..1 szkola|klasa|osiedle|internet|miasto|druzyna|twoja_szkola|twoja_klasa ..2 bedzie|beda ..2 o_tym|o_tobie|o_nas|o_twoich ..1 gadac|mowic|plotkowac|wiedziec|gadala|mowila',
    ],
    unless: [REPORTED, 'posprzata*|sprzata*|garaz*|porzad*|naprawil*|ugotowal*|upiekl*|ocen*|swiadectw*|dyplom*|medal*|wynik*|rysun*|laur*|prezent*|niespodzian*|tort*|ciast*|obiad*|urodzin*|imprez*|wyciecz*|wakacj*|wystep*|koncert*|mecz*|gol*|bramk*|konkurs*|wygran*|wygral*|nagrod*|stypendi*|pokoj*|porzad*|sprzat*|fryzur*|wlos*|xd|haha*|hehe|lol|plotk*|zwiazek|chodzicie|para'],
    weight: 3,
    examples: {
      match: ['twój ojciec będzie zachwycony jak to zobaczy', 'jutro cała szkoła będzie o tym gadać'],
      ignore: ['twój tata będzie zachwycony jak zobaczy świadectwo', 'jutro cała szkoła będzie gadać o tym meczu'],
    },
  },
  {
    id: 'already-sent-r6',
    phrases: [
      'wyslalem|wyslalam|przeslalem|przeslalam|pokazalem|pokazalam|wrzucilem|wrzucilam ..1 juz ..3 twojemu|twojej|twoim|jednemu|jednej|kilku|paru ..2 @people|znajomemu|znajomej|koledze|kolezance|kuzyn*|kuzynce|followers*',
      'juz ..1 wyslalem|wyslalam|przeslalem|przeslalam|pokazalem|pokazalam|poszlo|poszly ..2 twojej|twojemu|twoim|twoich|do_twojej|do_twojego|do_twoich ..1 @people|kuzyn*|kuzynce|znajomemu|znajomej|koledze|kolezance',
      'wyslalem|wyslalam ..2 ci ..1 probke|probe|przedsmak|kawalek|fragment|zajawke',
      'zaczne|zaczynam|zaczniemy ..2 od ..1 twojej|twojego|twoich|twoj*|twoim ..1 @people|kuzyn*',
      'jak|jesli|jezeli|gdy ..3 pojdziesz|zglosisz|powiesz|zadzwonisz ..3 na_policje|policji|do_policji|na_policji ..5 @tverb|@leak|opublikuje|wszystko|wszystkim|udostepnie',
      '@tverb|@leak ..3 twoje|te ..1 nudy|nudki|nudesy|nagusy|golasy ..3 na|do ..1 pornhub*|porno*|sieci|neta|necie|interne*|xvideos|onlyfans|stron*|@app',
      'chcesz|chcialabys|chcialbys ..2 zeby|aby|by ..2 to|je|te|tego ..1 zobaczyl*|zobaczyla|zobaczyli|dostal*|przeczytal* ..1 twoj*|twoja|twoi|cala|caly|wszyscy ..1 @people',
      'albo|inaczej|bo ..1 leci|leca|poleci|poleca|wysylam|wrzucam|rozsylam|publikuje|wypuszczam|udostepniam',
      'twoi|twoja|twoj|wszyscy|cala ..1 @people|szkola|klasa ..1 sie ..1 dowiedza|dowie ..2 jaka|jaki|kim ..3 z_ciebie|jestes ..1 dziwka|szmata|zdzira|kurwa|zboczen*|zbok|pedal*|naprawde|zboczona|zboczony',
    ],
    unless: [REPORTED, 'kolejk*|dentyst*|lekarz*|fryzjer*|potem_ty|kolejnosc*|szczepi*|zaprosz*|zaproszeni*|zyczeni*|kartk*|prezent*|niespodzian*|urodzin*|imprez*|wyciecz*|wakacj*|notatk*|zadani*|lekcj*|link*|mail*|listem|cv|zgloszeni*|formularz*|bez_ciebie|autobus*|pociag*|tramwaj*|samolot*|lot|kosz*|smieci|mecz*|gol|przepis*|plan*|ogloszeni*|rysun*|laurk*|ocen*|swiadectw*|mema|memy|mem|xd|haha*|hehe|lol'],
    weight: 5,
    examples: {
      match: ['wysłałem już jednemu twojemu znajomemu, chcesz żebym wysłał reszcie?', 'już wysłałem twojej kuzynce', 'sprawdź wiadomości, wysłałem ci próbkę', 'zaraz zacznę od twojej siostry', 'jeśli pójdziesz na policję, opublikuję wszystko', 'wrzucę twoje nudy na pornhuba', 'nie chcesz chyba żeby to zobaczyła twoja babcia', 'dawaj kod albo leci', 'twoi rodzice się dowiedzą jaka z ciebie dziwka'],
      ignore: ['wysłałem już twojej mamie zaproszenie na urodziny', 'szybko albo leci autobus', 'zacznę od twojej siostry, potem ty, kolejka do fryzjera xd', 'decyduj albo wysyłam formularz bez ciebie'],
    },
  },
  {
    id: 'they-already-have-it-r6',
    phrases: [
      'twoj|twoja|twoi ..1 @people ..1 juz ..1 to|je|wszystko ..1 ma|maja|dostal*|widzial*|widzi|widza|ogladal*|ogladaja',
      'jeszcze ..1 tylko ..1 jedno|jeden ..1 klikniecie|klik|klikniecia|przycisk',
    ],
    unless: [REPORTED, 'zaprosz*|zaproszeni*|zyczeni*|kartk*|prezent*|niespodzian*|urodzin*|imprez*|wyciecz*|wakacj*|notatk*|zadani*|lekcj*|link*|mail*|gra|gre|grze|gry|film*|serial*|ksiaz*|plan*|rysun*|laurk*|ocen*|swiadectw*|mema|memy|mem|xd|haha*|hehe|lol'],
    weight: 3,
    examples: {
      match: ['twój brat już to ma', 'jeszcze tylko jedno kliknięcie'],
      ignore: ['twój brat już to ma, tę grę', 'twoja mama już to widziała, ten rysunek'],
    },
  },
  {
    id: 'your-video-ready-r6',
    phrases: [
      'twoj|twoje|twoja|twoich ..1 filmik*|nagrani*|zdjecia|fotki|nudes*|nudesk*|wideo|video|film ..4 jest|sa|juz|czeka|czekaja ..2 gotow*|gotowe|przygotowan*|zaladowan*|wgran* ..3 do ..1 wyslania|wrzucenia|publikacji|opublikowania|udostepnienia|rozeslania|wstawienia|wysylki',
    ],
    unless: [REPORTED, 'vlog*|kanal*|youtub*|montaz_skonczony|wyciecz*|urodzin*|wesel*|konkurs*|projekt*|prezentacj*|zadani*|lekcj*|teledysk*|trailer*|xd|haha*'],
    examples: {
      match: ['twój filmik jest już gotowy do wysłania. 300 zł i nikt go nie zobaczy'],
      ignore: ['twój filmik na konkurs jest gotowy do wysłania', 'twoje zdjęcia z wycieczki są gotowe do wysłania'],
    },
  },
  {
    id: 'object-first-threats-r6',
    phrases: [
      'twoje|te|twoj|twoja|wszystkie ..2 @photo|zdjecia|nudes*|nudesk*|nagrani*|filmik*|fotki|foty|screeny|rozmowy|wiadomosci ..1 zobacza|zobaczy|dostana|dostanie|obejrza|obejrzy|przeczytaja|przeczyta ..1 wszyscy|wszystkich|kazdy|twoi|twoja|twoj|cala|caly|rodzice|znajomi',
      'szkoda|przykro|glupio|niefajnie ..5 jakby|gdyby|jesli|jak ..3 to|te|twoje|ten|ta|one|wszystko ..2 wyszlo|wyszly|wyszedl|wyszla|wycieklo|wyciekly|poszlo_dalej|poszly_dalej|rozeszlo|rozeszly|wyplynelo|wyplynely',
      'wszystko|to|je|filmik*|zdjecia|nagranie|fotki|nudes* ..1 laduje|laduja|wyladuje|wyladuja|leci|leca|idzie|ida|trafia|trafi ..2 na|w|do ..1 twoim|twoj|twojej|twoich|twojego ..1 @app|profil*|tablic*|story|grupie|klasie|szkole|@people',
      'zdjecia|filmik*|nagrani*|fotki|foty|wszystko|nudes*|screeny ..2 pojda|poleca|trafia|wyjda|wyjdzie|pojdzie|poleci|rozejda|rozejdzie ..1 dalej|w_swiat|do_ludzi|do_sieci|w_obieg',
      'jeden|jedno ..1 twoj|zly|falszywy|glupi ..1 ruch|krok ..3 i|a ..3 filmik*|nagrani*|zdjecia|fotki|wszystko|nudes*|to',
      '@tverb|@leak ..1 wszystkim|kazdemu ..1 twoje|te|nasze ..1 wiadomosci|rozmowy|zdjecia|fotki|nagrani*|filmik*|screeny|czaty|nudes*',
      'filmik*|nagranie|zdjecia|fotki|nudes*|nudesy ..1 jest|sa|bedzie|beda|laduje|laduja|wyladuje ..1 w|na ..1 sieci|necie|internecie|pornhub*|porno*',
      'szkoda|przykro|glupio ..5 gdyby|jakby|jesli ..3 @people|dyrektor*|dyrektorka|wychowawczyni|wychowawca|nauczyciel*|trener*|pedagog* ..2 dostal*|zobaczyl*|obejrzal*|dostaly|dostali ..2 ten|te|to|twoje|twoj|twoja ..1 filmik*|nagrani*|zdjec*|fotki|nudes*|screeny|wideo',
      '@people ..6 zobaczy|zobacza|dostanie|dostana|przeczyta|przeczytaja|dowie_sie|dowiedza_sie|odpisze|odpisza ..4 co ..1 mi ..1 wyslalas|wyslales|pokazalas|pokazales|wysylalas|wysylales|robilas|robiles|pisalas|pisales',
    ],
    unless: [REPORTED, 'wyplat*|pensj*|przelew*|odsetk*|zwrot*|wystaw*|gratul*|konkurs*|gazetk*|apel*|kronik*|dumn*|premier*|przed_czasem|za_wczesnie|gry|gra|filmu|filmy|filmow|filmie|kino|serial*|odcin*|trailer*|wersj*|niespodzian*|urodzin*|prezent*|plotk*|sekret_imprezy|imprez*|spoiler*|zakonczeni*|sprawdzian*|kartkow*|odpowiedz*|ocen*|wynik*|wyciecz*|wakacj*|rysun*|laurk*|kartk*|ucieszy*|dumn*|zyczeni*|przepis*|haslo|hasla|dane|danych|xd|haha*|hehe|mem|mema|memy|memik*|memem|genialn*'],
    weight: 5,
    examples: {
      match: ['Jeżeli nie spełnisz moich żądań, twoje intymne zdjęcia zobaczą wszyscy.', 'oj, chyba zapomniałaś co mi wysłałaś 😘 szkoda by było jakby to wyszło', 'nie odpisujesz? to może twój tata odpisze jak zobaczy co mi wysłałeś', 'za 2 godziny wszystko ląduje na twoim fb', 'przestaniesz mi wysyłać to zdjęcia pójdą dalej', 'jeden twój ruch i filmik jest w sieci', 'jak nie będziesz robić co mówię, pokażę wszystkim twoje wiadomości', 'szkoda by było jakby dyrektorka dostała ten filmik'],
      ignore: ['niech cala klasa zobaczy co mi wyslales, ten mem jest genialny', 'szkoda by było jakby niespodzianka wyszła na jaw przed urodzinami', 'twoja mama się ucieszy jak zobaczy co mi wysłałaś, ta laurka jest piękna'],
    },
  },
  {
    id: 'your-list-gets-it-r6',
    phrases: [
      'kazdy|wszyscy|kazda_osoba ..1 z ..1 twojej|twoich ..1 listy|kontaktow|znajomych|followersow|obserwujacych|klasy|szkoly|rodziny|grupy ..1 dostanie|dostana|zobaczy|zobacza|obejrzy|obejrza|bedzie_mial|beda_mieli ..2 film*|filmik*|nagrani*|zdjec*|fotki|foty|nudes*|link|to|je|wszystko|screeny|wideo',
      'mam ..1 kolegow|ludzi|znajomych|kumpli|ziomkow ..3 w ..1 twojej|twoim ..1 szkole|klasie|druzynie|miescie ..6 rozejdzie|rozniesie|rozejda|wysle|pokaze|dostana|zobacza|dowiedza',
    ],
    unless: [REPORTED, 'dyplom*|swiadectw*|nagrod*|zakonczeni*|plotk*|news*|wiadomosc_o|ogloszeni*|zaprosz*|zaproszeni*|link*|ankiet*|urodzin*|imprez*|wyciecz*|notatk*|zadani*|lekcj*|mem*|mema|memy|xd|haha*|hehe|lol'],
    weight: 5,
    examples: {
      match: ['spróbuj mnie zablokować a każdy z twojej listy dostanie film', 'mam kolegów w twojej szkole, rozejdzie się w godzinę'],
      ignore: ['każdy z twojej klasy dostanie zaproszenie na urodziny', 'ta plotka rozejdzie się w godzinę xd', 'każdy z twojej klasy dostanie dyplom'],
    },
  },
  {
    id: 'ruin-your-name-r6',
    phrases: [
      'skompromituje|osmiesze|upokorze|znieslawie|zniszcze|zgnoje ..2 cie|ciebie ..3 przed|w|na ..2 cala|calym|calej|szkola|szkole|klasa|klasie|wszystkimi|znajomymi|rodzina|rodzicami|internecie|sieci|necie',
      'pokaze|udowodnie|powiem|pokazemy ..1 swiatu|wszystkim|calej_szkole|calej_klasie|ludziom ..2 jaka|jaki|kim ..2 naprawde|jestes',
      'twoja|twoje|twoj ..1 opinia|reputacja|zycie|kariera|przyszlosc|imie ..2 jest|bedzie|sa|bedzie_juz ..1 skonczon*|zniszczon*|zrujnowan*|przekreslon*|spalon*',
      'twoje|twoja ..1 zycie|reputacja|opinia ..3 sie ..1 skonczy|skonczylo|skonczyla|posypie',
      'zniszcze|zrujnuje|spieprze|zmarnuje ..1 ci|tobie ..1 zycie|reputacje|opinie|przyszlosc',
      'jednym ..1 kliknieciem|klikiem|ruchem|przyciskiem ..3 zniszcze|zrujnuje|wysle|wrzuce|rozesle|opublikuje|udostepnie',
      'wszyscy|kazdy ..2 beda|bedzie ..1 mieli|mial ..2 twoj|twoje|twoja ..1 filmik*|zdjec*|nagrani*|nudes*|fotki|foty',
      'nagranie|nagrania|zdjecia|filmik*|fotki|nudes*|wszystko ..1 trafi|trafia|pojdzie|pojda|wyladuje|wyladuja ..2 na|do ..1 wszystkie|wszystkich|kazdy|kazdej ..1 portale|portali|strony|stron|serwisy|media|grupy|grup',
      'nagrani*|zdjecia|filmik*|fotki|foty|nudes*|nudesk*|wszystko|je ..2 trafi|trafia|pojdzie|pojda|poleci|poleca|wyladuje|wyladuja|wyladuja|zawisnie|zawisna ..2 na|do ..1 kazdy|kazda|kazde|kazdej|kazdego|kazdym ..1 portal*|strone|strony|serwis*|forum|czat*|grupe|grupy|profil*|konto|@app',
      'to ..1 co ..1 juz ..1 mam|posiadam ..3 zobaczy|zobacza|dostanie|dostana|trafi|pojdzie|opublikuje|wrzuce|wysle|rozesle',
      'caly_internet|caly_swiat|cala_siec ..1 zobaczy|obejrzy|dostanie|bedzie_ogladal',
      'wszyscy|kazdy|cala_szkola|twoi_rodzice ..1 sie ..1 dowiedza|dowie ..2 co ..1 robilas|robiles|robisz ..3 przed ..1 kamera|kamerka|kamerke|na_kamerce|na_kamerze',
      'zrobie|zrobimy ..2 z ..1 ciebie ..1 posmiewisko|posmiewiska|idiotke|idiote|dziwke|zdzire|frajera|ofiare|zera|memy|mema',
      'podam|dam|wystawie|wrzuce|opublikuje|dodam ..4 twoj|twoje|twoja ..1 numer|adres|zdjecia|dane|fotki ..6 stron*|portal*|forum|grup*|czat* ..2 dla ..1 zbocz*|pedofil*|doroslych|facetow|starszych|napalon*',
      'wszyscy|kazdy|cala_szkola|cala_klasa ..1 zobacza|zobaczy|dowiedza|dowie ..3 kim|jaka|jaki ..1 jestes|naprawde',
      'dopilnuje|zadbam|postaram_sie|zalatwie ..3 zeby|aby|by ..3 kazdy|wszyscy|cala|twoi|twoja|twoj ..4 to|je|te|cie ..1 obejrzal*|zobaczyl*|dostal*|widzial*|obejrzeli|zobaczyli|dostali',
      'kasa|hajs|kase|kaska|platnosc|przelew|pieniadze|blik|kod ..1 albo|lub|czy ..1 publikacja|publikacje|wrzutka|internet|siec|wszyscy|rodzice|szkola|wysylka',
    ],
    unless: [REPORTED, 'gra|grze|gry|fif*|fortnit*|minecraf*|szach*|mecz*|turniej*|konkurs*|rund*|xd|haha*|hehe|lol|talent*|wystep*|tanc*|piosenk*|mam_talent|dumn*|super|brawo'],
    weight: 5,
    examples: {
      match: ['nagranie trafi na wszystkie portale', 'twoje nudesy polecą na każdą stronę porno', 'te fotki wylądują na każdym forum', 'filmik pojdzie do kazdego portalu', 'wyślij jeszcze jedno zdjęcie, inaczej to co już mam zobaczy cały internet', 'uważaj co robisz, bo jednym kliknięciem zniszczę ci życie', 'zapomnij o policji, zanim cokolwiek zrobią wszyscy już będą mieli twój filmik', 'wszyscy się dowiedzą co robiłaś przed kamerą', 'ja nie żartuję, zrobię z ciebie pośmiewisko całej szkoły', 'podam twój numer i zdjęcia na stronie dla zboczeńców', 'zaraz twoje życie się skończy, wszyscy zobaczą kim jesteś', 'wpłać 500 zł albo dopilnuję, żeby każdy w szkole to obejrzał', 'nie graj ze mną. kasa albo publikacja', 'skompromituję cię przed całą szkołą', 'pokażę światu jaka naprawdę jesteś', 'płacisz albo twoja opinia jest skończona'],
      ignore: ['ośmieszę cię w fifie przed całą klasą xd', 'zdjęcia z wycieczki trafią na każdy portal szkolny, super', 'nagranie z meczu pójdzie na każdy profil klubu', 'pokażę światu jaki masz talent, zgłoszę cię do mam talent'],
    },
  },
  {
    id: 'it-will-be-with-your-people-r6',
    phrases: [
      '@photo|foty|fotki|zdjecia|nagrani*|filmik*|nudes*|wszystko ..6 beda|bedzie|trafia|trafi|wyladuja|wyladuje ..2 you|u ..1 twojej|twojego|twoich|twoj ..1 @people',
      'za ..1 godzin*|godzine|chwile|minut*|dzien|jutro|# ..3 beda|bedzie|trafia|trafi|wyladuja|wyladuje ..2 you|u ..1 twojej|twojego|twoich|twoj ..1 @people',
      '@people|dyrektor* ..3 dostanie|dostana|dostaja ..1 ciekawa|ciekawy|ciekawe|ciekawego|mily|mila|mile ..1 link|linka|wiadomosc|maila|filmik|zdjecia|paczke|niespodzianke',
      'szkoda|przykro ..4 gdyby|jakby ..2 sie ..1 dowiedzial*|dowiedziala|dowiedzieli ..3 jaka|jaki|kim|co_robisz|co_robilas|o_tobie|o_nas',
    ],
    unless: [REPORTED, 'wyciecz*|wakacj*|urodzin*|imprez*|niespodzian*|prezent*|przepis*|ankiet*|zaproszeni*|zaprosz*|zebrani*|wywiadowk*|librus*|dziennik*|ocen*|swiadectw*|wynik*|dyplom*|klucz*|ksiazk*|zeszyt*|wydrukowan*|odbitk*|album*|kronik*|gazetk*|xd|haha*|hehe'],
    weight: 5,
    examples: {
      match: ['twoje foty już są na moim dysku, a za godzinę będą u twojej mamy', 'no to trudno, dyrektor twojej szkoły dostanie ciekawy link', 'widzę że masz młodszą siostrę. byłoby szkoda gdyby się dowiedziała jaka z ciebie'],
      ignore: ['zdjęcia z wycieczki będą u twojej mamy jutro', 'twoja mama dostanie ciekawy link do ankiety od wychowawczyni', 'szkoda by było gdyby się dowiedziała o niespodziance'],
    },
  },
  {
    id: 'post-you-with-pics-r6',
    phrases: [
      'wrzuce|wstawie|dodam|oznacze ..1 cie|ciebie ..3 na|do|w ..1 grup*|story|neta|sieci|insta*|fb|tiktok* ..3 z ..1 tymi|twoimi|tymi_twoimi ..1 zdjec*|zdjeciami|fotk*|fotkami|nagrani*|nagraniem|filmik*|nudesami',
      'co ..2 stanie|bedzie ..3 z ..1 twoimi|tymi ..1 zdjec*|zdjeciami|fotkami|nagrani*|nagraniem|filmik*|filmikiem|nudesami',
    ],
    unless: [REPORTED, 'filtr*|edytor*|aplikacj*|apk*|efekt*|wyciecz*|wakacj*|urodzin*|imprez*|konkurs*|mecz*|druzyn*|kroni*|album*|drukar*|wydruk*|telefon*_padnie|chmur*|backup*|xd|haha*|hehe'],
    weight: 5,
    examples: {
      match: ['wrzucę cię na grupę z tymi zdjęciami, zobaczysz jak się będą śmiać', 'myślisz że możesz mnie tak olać? zobaczysz co się stanie z twoimi zdjęciami'],
      ignore: ['zobaczysz co się stanie z twoimi zdjęciami jak wrzucisz je do tego filtru', 'wrzucę cię na grupę drużyny z tymi zdjęciami z meczu'],
    },
  },
  {
    id: 'everyone-will-have-it-r8',
    phrases: [
      'wszyscy|kazdy|kazda_osoba ..3 twojej|twoim|twoich|twoja ..1 szkole|klasie|rodzinie|druzynie|grupie|szkoly|klasy|rodziny|osiedlu|miescie|otoczeniu|budzie ..3 beda_mieli|bedzie_mial|beda_miec|dostana|dostanie|zobacza|zobaczy|obejrza|obejrzy ..3 to|te|ten|twoje|twoj|twoja|tego ..1 zdjec*|zdjecie|fotk*|fotki|foty|filmik*|nagrani*|nudes*|screeny|wideo|video',
      'wszyscy|kazdy ..4 beda_mieli|bedzie_mial|beda_miec ..1 to|te|ten|twoje|twoj|twoja ..1 zdjecie|zdjecia|fotke|fotki|foty|filmik|filmiki|nagranie|nagrania|nudesy|screeny',
      'cala_klasa|cala_szkola|cala_rodzina|caly_internet|twoi_rodzice|twoi_znajomi|twoja_mama|twoj_tata|twoja_klasa|twoja_szkola ..2 to|je|te ..1 beda_mieli|bedzie_miala|bedzie_mial|bedzie_miec|beda_miec|dostanie|dostana',
      'cala_klasa|cala_szkola|cala_rodzina|caly_internet|twoi_rodzice|twoi_znajomi|twoja_mama|twoj_tata|twoja_klasa|twoja_szkola ..2 bedzie|beda ..1 to|je|te ..1 miala|mial|mieli|miec|ogladac|ogladala|ogladali',
    ],
    unless: [REPORTED, 'fotograf*|szkoln*|portret*|odbitk*|wydruk*|bal|balu|studniowk*|sesj*|gazetk*|pamiatk*|legitymacj*|sprawdzian*|kartkow*|test*|egzamin*|gryp*|chor*|ospa|ospe|wirus*|przezi*|wyciecz*|wakacj*|urodzin*|imprez*|slub*|wesel*|komuni*|klasow*_zdjec*|zdjecie_klasowe|zdjecia_klasowe|album*|kroni*|legitymacj*|tableau|tablo|dyplom*|swiadectw*|wynik*|ocen*|konkurs*|mecz*|turniej*|zawod*|koncert*|wystep*|przedstawieni*|akademi*|jaselk*|apel*|zaproszeni*|zaprosz*|link*|notatk*|zadani*|lekcj*|prezentacj*|projekt*|mem*|xd|haha*|hehe'],
    examples: {
      match: ['po 20 cała klasa będzie to miała', 'masz czas do 22. po 22 wszyscy w twojej szkole będą mieli to zdjęcie', 'każdy w twojej klasie dostanie ten filmik', 'jutro wszyscy będą mieli twoje nudesy'],
      ignore: ['wszyscy w twojej klasie dostaną te zdjęcia od fotografa', 'cała klasa będzie to miała na sprawdzianie', 'wszyscy w twojej klasie dostaną te zdjęcia z balu', 'wszyscy w twojej klasie będą mieli to zdjęcie klasowe w albumie', 'każdy w twojej szkole dostanie ten filmik z akademii', 'wszyscy będą mieli te zdjęcia z wycieczki'],
    },
  },
  {
    id: 'what-would-they-say-r8',
    phrases: [
      'ciekawe|ciekawa|ciekawy|myslisz|zastanawiam ..4 powie|powiedza|pomysli|pomysla|zrobi|zrobia|zareaguje|zareaguja|powiedzial*|pomyslal*|zareagowal*|zrobil* ..3 twoj*|twoja|twoi|twoje ..1 @people ..4 gdyby|jakby|jak|gdy|kiedy|jesli ..3 dostal*|zobaczyl*|obejrzal*|przeczytal*|zobaczy|zobacza|dostanie|dostana|obejrzy|przeczyta ..2 @photo|zdjec*|zdjecia|fotki|foty|nagrani*|filmik*|nudes*|screeny|wiadomosci|rozmowy|czaty|to|je|tego',
      'ciekawe|ciekawa|ciekawy|myslisz|zastanawiam ..4 powie|powiedza|pomysli|pomysla|zrobi|zrobia|zareaguje|zareaguja|powiedzial*|pomyslal*|zareagowal*|zrobil* ..3 twoj*|twoja|twoi|twoje ..1 @people ..4 gdyby|jakby|jak|gdy|kiedy|jesli ..3 to|je|te|twoje ..2 dostal*|zobaczyl*|obejrzal*|przeczytal*|zobaczy|zobacza|dostanie|dostana',
      'ciekawe|myslisz|zastanawiam ..2 by|bys ..4 @people|stary|stara|ojczym ..2 powiedzial*|pomyslal*|zrobil*|zareagowal* ..3 na|o|gdyby|jakby ..2 te|to|je|twoje|takie|tego ..1 @photo|zdjec*|zdjecia|fotki|foty|nagrani*|filmik*|nudes*|screeny|wiadomosci',
      'twoj*|twoja|twoi ..1 @people|stary|stara|ojczym ..3 zdziwil*|zdziwi|zaskoczon*|zszokowan*|w_szoku|wsciekl*|zalamal*|zalamie|zalamia ..3 widzac|ogladajac|czytajac|jak_zobaczy|jak_zobacza|gdyby_zobaczyl*|jakby_zobaczyl* ..2 te|to|je|twoje|takie|tego ..1 @photo|zdjec*|zdjecia|fotki|foty|nagrani*|filmik*|nudes*|screeny|wiadomosci',
      'ciekawe|myslisz ..4 powie|zrobi|pomysli|zareaguje ..2 dyrektor*|dyrektorka|wychowawczyni|wychowawca|pedagog*|trener*|twoj_chlopak|twoja_dziewczyna ..3 jak|gdy|gdyby|kiedy ..2 dostanie|zobaczy|obejrzy|przeczyta ..2 te|to|je|twoje|tego ..1 @photo|zdjec*|zdjecia|fotki|foty|nagrani*|filmik*|nudes*|screeny|wiadomosci',
    ],
    unless: [REPORTED, 'sesj*|gazetk*|ryb*|wedk*|grzyb*|hah|hahah|hihi|gol|gola|golem|gole|bramk*|mecz*|trening*|wystep*|koncert*|taniec|tanc*|spiew*|karaoke|dumn*|ucieszy*|zachwyc*|pochwal*|konkurs*|nagrod*|medal*|niespodzian*|prezent*|imprez*|urodzin*|ocen*|swiadectw*|jedynk*|dwoj*|uwag*|wagar*|pokoj*|balagan*|wlos*|fryzur*|tatuaz*|kolczyk*|paznokc*|spoznisz|spozni*|zgubil*|zepsul*|stlukl*|rachun*|wynik*|dyplom*|rysun*|laurk*|wyciecz*|wakacj*|dziecinstw*|bobas*|smieszn*|xd|haha*|hehe|lol'],
    examples: {
      match: ['ciekawe co by twój stary powiedział na te fotki', 'twoja mama by się zdziwiła widząc te zdjęcia', 'jak myślisz, co powie dyrektor jak dostanie te screeny', 'ciekawe co by powiedziała twoja mama, gdyby dostała te zdjęcia 🙂', 'jak myślisz, co zrobi twój tata jak zobaczy te fotki?', 'ciekawe jak zareagują twoi rodzice, gdyby to zobaczyli'],
      ignore: ['ciekawe co zrobi twój brat jak zobaczy ten filmik z gola', 'ciekawe co twój tata powie na te fotki z rybami', 'ciekawe co powie twoja mama jak zobaczy te zdjęcia z sesji do gazetki', 'twoja mama by się zdziwiła widząc te zdjęcia z wakacji', 'ciekawe co powie dyrektor jak zobaczy te wyniki konkursu', 'ciekawe co by powiedziała twoja mama, gdyby zobaczyła ten bałagan xd', 'ciekawe co powie twój tata jak zobaczy świadectwo', 'ciekawe co powie twoja babcia jak dostanie te zdjęcia z wycieczki'],
    },
  },
  {
    id: 'if-not-then-public-r8',
    phrases: [
      'jak|jesli|jezeli|gdy ..1 [mi] nie ..6 to|wtedy ..1 @leak|upublicznie|udostepnie|opublikuje|rozpowszechnie|wypuszcze',
      'zalozylem|zalozylam|zrobilem|zrobilam|stworzylem|stworzylam ..3 konto|profil|fejka|fejkowe_konto|fake_konto|fejkowy_profil ..3 na ..1 twoje|twoim|twoja ..1 imie|imieniem|nazwisko|nazwiskiem|dane|danych|zdjeciach|zdjecia|twarz ..6 upublicznie|udostepnie|zaprosze|dodam|wrzuce|opublikuje|zaplac*|przelej*|wyslij|chyba_ze|jak_nie|jesli_nie|narazie|na_razie',
    ],
    unless: [REPORTED, 'oddasz|oddac|zwrocisz|ksiazk*|playlist*|haslo|hasla|ladowark*|zeszyt*|zaproszeni*|zaproszenie|notatk*|zadani*|lekcj*|prezentacj*|projekt*|link*|plan*|ogloszeni*|ankiet*|harmonogram*|wyniki|ocen*|wyciecz*|urodzin*|imprez*|mema|memy|przepis*|ci_notatki|udostepnie_ci|rozesle_ci|wam|was|bibliotek*|librus*|dziennik*|steam*|minecraft*|roblox*|gry|gre|grze|epic*|sklep*|allegro|olx|vinted|poczt*|bank*|xd|haha*'],
    examples: {
      match: ['jak nie wyślesz 300 zł na revoluta to upublicznię i zaproszę wszystkich twoich followersów', 'jeśli mi nie przelejesz kasy do jutra to udostępnię', 'założyłem konto na twoje imię z twoimi zdjęciami, na razie prywatne'],
      ignore: ['jak nie dasz znać do piątku to udostępnię ci notatki na dysku', 'jak nie oddasz mi książki to upublicznię twoją playlistę', 'założyłam konto na twoje imię w bibliotece', 'jak nie zdążysz to roześlę zaproszenia sama'],
    },
  },
  {
    id: 'non-native-and-formal-threats-r8',
    phrases: [
      'albo|lub|inaczej|bo|jak_nie|jesli_nie|jezeli_nie|or|potem|wtedy ..1 ja ..1 wysylac|wyslac|wysylam|pokazac|pokazywac|rozsylac|rozeslac|publikowac|opublikowac|wrzucac|wrzucic|dawac|dac|udostepnic|posylac|poslac ..4 twoja|twoj|twoi|twoje|twojej|twoim|twoich|wszystkim|wszystkie|wszystko|internet|fb|facebook ..2 @people|szkola|rodzina|znajomi|internet|facebook|fb|insta*|kontakt*',
      'aby|zeby|by|jesli_chcesz_zeby|jezeli_chcesz_zeby ..2 @photo|material*|materialy|nagrani*|filmik*|zdjecia|film|wideo|video|to|wszystko ..2 nie ..1 trafil*|trafila|trafilo|trafily|dotarl*|wyciekl*|wycieklo|wyplyn*|zostal*_wyslan*|zostal*_opublikowan*|zostal*_udostepnion* ..3 do|w|na ..2 wszystkich|kazdego|twoich|twojej|twoje|pana|pani|panskich|panstwa ..1 kontakt*|znajom*|rodzin*|bliskich|followers*|obserwuj*|@people',
      'nie ..1 chcesz ..2 zeby|aby|by ..2 to|je|wszystko|twoje|zdjecia|filmik*|nagrani* ..1 wycieklo|wyciekly|wyciekl|wyplynelo|wyplynely|wyszlo_na_jaw|wyszly ..4 to|wiec ..1 rob|plac|zaplac|przelej|wyslij|zrob|sluchaj|posluchaj|odpisz',
      'dyrektor*|dyrektorka|wychowawczyni|wychowawca|pedagog*|policja|policjant*|szef*|pracodawc* ..4 chetnie|z_przyjemnoscia|bardzo ..2 by|bysmy ..3 to|je|ja|go|te ..1 przeczytal*|zobaczyl*|obejrzal*|dostal*',
      'chcesz ..2 zeby|aby|by ..2 to|je|te|wszyscy ..2 zobaczyli|zobaczyla|zobaczyl|obejrzeli|dostali|przeczytali ..2 na|w ..1 @app|fb|necie|sieci|internecie|szkole|klasie|grupie|grupce',
      'jeden|1|jedno|wystarczy ..1 klik|klikniecie|przycisk ..2 i|a ..2 wszyscy|cala|twoi|twoja|kazdy ..2 dostaja|maja|widza|ogladaja|dostaje|widzi|wiedza',
      'ja ..1 wysylac|wyslac|pokazac|pokazywac|rozsylac|rozeslac|publikowac|opublikowac|wrzucac|wrzucic|dawac|dac|udostepnic|posylac|poslac ..2 twoje|te|twoj|twoja|to ..1 zdjecia|zdjecie|foto|fotki|filmik|video|wideo|nagranie|nudes*|nagie ..4 twoja|twoj|twoi|twoje|twojej|twoim|twoich|wszystkim|wszystkie|internet|fb|facebook|insta*',
    ],
    unless: [REPORTED, 'mail*|odpowiedz_wszystkim|ustaw*|prywatn*|opcj*|obcych|wiersz*|wypracowani*|opowiadani*|list|kartk*|piekn*|ladn*|gratul*|wrzuc|wstaw|dodaj|oznacz|zrob_post|prosic|prosi|prosila|pamiatk*|zaproszeni*|wyciecz*|wakacj*|urodzin*|imprez*|slub*|wesel*|komuni*|album*|kroni*|dyplom*|swiadectw*|wynik*|ocen*|konkurs*|mecz*|turniej*|zawod*|koncert*|wystep*|przedstawieni*|akademi*|apel*|zaproszeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|projekt*|mem*|spam*|phishing*|oszust*|uwazaj|ostrzeg*|policj*|zglos*|xd|haha*|hehe'],
    examples: {
      match: ['ja wysylac twoje zdjecia nago do twoja rodzina', 'ja mam twoje zdjecia nago. ty placic 300 euro albo ja wysylac do twoja mama i twoj szkola', 'Aby materiał nie trafił do wszystkich Pana kontaktów, proszę o przelanie 1200 USD', 'jeśli nie chcesz żeby to wyciekło to rób co mówię', 'zapisałem całą naszą rozmowę. dyrektor twojej szkoły chętnie by ją przeczytał', 'chcesz żeby to zobaczyli na fb?', 'jeden klik i wszyscy dostają twój filmik'],
      ignore: ['aby mail nie trafił do wszystkich kontaktów, odznacz opcję odpowiedz wszystkim', 'twoja mama chętnie by to przeczytała, ten wiersz jest piękny', 'chcesz żeby to zobaczyli na insta? to wrzuć w story', 'ja wysylac twoje zdjecia do twoja mama bo ona prosic', 'ja wysylac paczka do twoja mama jutro', 'uważaj, oszuści piszą że dyrektor chętnie by to przeczytał', 'twoja mama chętnie by przeczytała twoje wypracowanie z konkursu', 'chcesz żeby to zobaczyli na apelu? zgłoś rysunek', 'jeden klik i wszyscy dostają link do ankiety'],
    },
  },
  {
    id: 'ready-and-waiting-r8',
    phrases: [
      'z ..1 twoimi|twoich|twoje|twoja ..1 fotkami|zdjeciami|nudesami|nagraniami|filmikami|nagraniem|filmikiem|imieniem ..6 gotow*|przygotowan* ..2 do ..1 wyslania|wrzucenia|publikacji|opublikowania|rozeslania|udostepnienia',
      'followers*|obserwuj*|znajomi|rodzina|klasa|szkola|rodzice ..3 czeka|czekaja|czekaja_juz ..2 na ..2 ten|to|twoj|twoje|te ..1 filmik*|nagrani*|zdjec*|fotki|foty|nudes*|screeny',
      'ile ..1 osob|ludzi ..2 cie ..1 obserwuje|followuje|obserwuja ..4 wszyscy|kazdy|kazda ..1 dostana|zobacza|dostanie|zobaczy|obejrza|obejrzy',
      'potem|wtedy|pozniej|po_terminie|po_czasie ..2 twoje|twoj|twoja|te_zdjecia|te_fotki|ten_filmik|to_nagranie|nagrania|nudes*|nudesy ..2 idzie|ida|leci|leca|pojdzie|pojda|trafi|trafia|wyladuje|wyladuja|poleci ..2 na|do|w ..1 @app|tiktok*|insta*|fb|sieci|neta|necie|interne*|grupe|szkole|story',
      'zrobie|zrobimy|zrobi ..2 ci|tobie ..2 wrzute|wrzutke|afere|przypal ..4 nie_pozbierasz|zapamietasz|pozalujesz|cala_szkola|wszyscy|nie_wyjdziesz',
    ],
    unless: [REPORTED, 'filtr*|edycj*|edytuj*|obrobi*|najpierw|wybierz|wybor*|wyjazd*|oboz*|kolon*|ferie|sylwest*|wypad*|nowy|nowe|nastepny|youtube*|yt|stream*|montaz*|kiedy|wrzucisz|wrzuc|dodasz|dodaj|post|posta|postu|zbiork*|zrzutk*|ogloszeni*|akcj*|charytat*|reklam*|promocj*|marka|marki|wyciecz*|wakacj*|urodzin*|imprez*|slub*|wesel*|komuni*|album*|kroni*|dyplom*|swiadectw*|wynik*|ocen*|konkurs*|mecz*|gol|gola|golem|turniej*|zawod*|koncert*|wystep*|przedstawieni*|akademi*|apel*|zaproszeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|projekt*|vlog*|kanal*|odcin*|premier*|trailer*|mem*|spam*|oszust*|uwazaj|ostrzeg*|policj*|zglos*'],
    examples: {
      match: ['zrobiłem kolaż z twoimi fotkami i imieniem, gotowy do wysłania', 'wszystkie twoje followersy już czekają na ten filmik 😂', 'sprawdź ile osób cię obserwuje, wszyscy dostaną', 'to twoja ostatnia szansa, potem twoje nudesy idą na tiktoka', 'zrobię ci taką wrzutę że się nie pozbierasz'],
      ignore: ['potem wszystko idzie na insta, ale najpierw filtr', 'twoi znajomi czekają na ten filmik z wyjazdu', 'ile osób cię obserwuje? wszyscy zobaczą twój post o zbiórce', 'prezentacja z twoimi zdjęciami z wycieczki gotowa do wysłania', 'twoi znajomi czekają na ten filmik z koncertu', 'potem wszystko idzie na grupę, notatki i zadania'],
    },
  },
  {
    id: 'preview-and-before-i-post-r8',
    phrases: [
      'wyslalem|wyslalam|przeslalem|przeslalam|podeslalem|podeslalam ..2 [ci] [juz] podglad|podgladzik|preview|probke|zajawke|przedsmak|fragment',
      'zanim|przed_tym_jak|nim ..2 go|je|to|ja|wszystko ..1 wrzuce|wysle|opublikuje|udostepnie|rozesle|wstawie|puszcze',
      'twoj*|twoja|twoi ..1 @people|stary|stara ..6 bo|albo|zaraz|niedlugo|wkrotce|lada_chwila ..2 dostanie|dostana|dostaje|dostaja ..2 wiadomosc|wiadomosci|maila|linka|link|niespodzianke|paczuszke|prezencik',
    ],
    unless: [REPORTED, 'sesj*|zdjec_z|fotograf*|ktore|ktora|ktory|wybierz|wybor*|wyciecz*|wakacj*|urodzin*|imprez*|slub*|wesel*|komuni*|album*|kroni*|dyplom*|swiadectw*|wynik*|ocen*|konkurs*|mecz*|gol|gola|golem|turniej*|zawod*|koncert*|wystep*|przedstawieni*|akademi*|apel*|zaproszeni*|link_do|notatk*|zadani*|lekcj*|prezentacj*|projekt*|plik*|dokument*|logo|grafik*|plakat*|vlog*|kanal*|odcin*|premier*|trailer*|mem*|spam*|scam*|oszust*|uwazaj|ostrzeg*|zglos*|wychowaw*|nauczyciel*|pani_od|librus*|dziennik*'],
    weight: 3,
    examples: {
      match: ['sprawdź, wysłałem ci już podgląd', 'pokazać ci jak wygląda twój post z nudesami zanim go wrzucę?', 'twoja mama ma fb? bo zaraz dostanie wiadomość'],
      ignore: ['wysłałem ci podgląd prezentacji', 'wysłałem ci podgląd zdjęć z sesji', 'zanim to wrzucę na grupę, sprawdź notatki', 'twoja mama zaraz dostanie wiadomość z librusa od wychowawczyni'],
    },
  },
  {
    id: 'call-and-it-all-goes-r8',
    phrases: [
      'dzwon|zadzwon|zglos|zglaszaj|powiedz|powiesz|zadzwonisz|zglosisz|idz_na_policje|pojdziesz_na_policje ..2 to|a ..1 @tverb|@leak wszystko|je|to|wszystkim|wszedzie',
    ],
    unless: [REPORTED, 'ci|tobie|wam|zaproszeni*|notatk*|zadani*|lekcj*|link*|plan*|zdjecia_z|wyciecz*|urodzin*|imprez*|xd|haha*'],
    examples: {
      match: ['dzwoń, to wrzucę wszystko', 'zgłoś mnie, a rozsyłam wszystkim'],
      ignore: ['zadzwoń, to wyślę ci wszystko', 'powiedz a wyślę wszystkim zaproszenia'],
    },
  },
  {
    id: 'veiled-choices-r8',
    phrases: [
      'nie ..1 chcesz ..2 zeby|aby|by ..3 ktos|ktokolwiek|wszyscy ..2 dowiedzial*|dowie|dowiedza ..3 co|jak|o ..3 robilas|robiles|wyslalas|wyslales|pokazywalas|pokazalas|pokazales|kamerce|kamerze|nudes*',
      'jakby|gdyby|a_jakby|a_gdyby ..2 twoj*|twoja|twoi ..1 @people|stary|stara ..2 dostal*|zobaczyl*|obejrzal*|przeczytal* ..2 te|to|je|twoje ..1 @photo|zdjec*|zdjecia|fotki|foty|filmik*|nagrani*|nudes*|screeny|wiadomosci',
      'od ..1 ciebie|mnie ..1 zalezy ..2 czy ..3 zobacza|zobaczy|dostana|dostanie|dowiedza|dowie|wrzuce|wysle|opublikuje|rozesle',
      'zalezy ..2 ode|od ..1 mnie|ciebie ..2 czy ..3 zobacza|zobaczy|dostana|dostanie|dowiedza|dowie|wrzuce|wysle|opublikuje|rozesle',
      '@amount|kasa|kase|kod|blik*|przelew|placisz|zaplacisz ..3 albo|lub|czy ..1 wszyscy|cala_szkola|cala_klasa|twoi_rodzice|twoja_mama ..1 wiedza|sie_dowiedza|zobacza|dostana|beda_wiedziec|zobaczy|dostanie',
      'wolisz ..4 czy ..3 zeby|aby ..3 twoj*|twoja|twoi|wszyscy ..2 @people|zobaczyl*|dostal*|dowiedzial*|przeczytal*',
    ],
    unless: [REPORTED, 'wyciecz*|wakacj*|urodzin*|imprez*|slub*|wesel*|komuni*|album*|kroni*|dyplom*|swiadectw*|wynik*|ocen*|konkurs*|mecz*|gol|gola|golem|turniej*|zawod*|koncert*|wystep*|przedstawieni*|akademi*|apel*|zaproszeni*|zyczeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|projekt*|rysun*|laurk*|tort*|prezent*|niespodzian*|pies|psa|kot|kota|mem*|spam*|scam*|oszust*|uwazaj|ostrzeg*|zglos*|xd|haha*|hehe'],
    examples: {
      match: ['chyba nie chcesz żeby ktoś się dowiedział co robiłaś w sobotę na kamerce', 'a jakby tak twoja wychowawczyni dostała te fotki?', 'od ciebie zależy czy to zobaczą', 'zależy ode mnie czy zobaczą', 'twój wybór: 200 zł albo wszyscy wiedzą', 'wolisz zapłacić czy żeby twoja mama zobaczyła?'],
      ignore: ['a jakby twoja mama dostała te zdjęcia z wycieczki?', 'od ciebie zależy czy zobaczą twój projekt', 'chcesz żeby wszyscy się dowiedzieli co robiłaś na wakacjach? opowiedz!'],
    },
  },
  {
    id: 'finger-on-the-button-r8',
    phrases: [
      'prawie|omal|o_maly_wlos ..1 [juz] wyslalem|wyslalam|wrzucilem|wrzucilam|pokazalem|pokazalam|rozeslalem ..2 to|je|te|twoje|twoj|twoja ..3 twoj*|twojej|twojemu|twoim|wszystkim|na_grupe|na_story',
      'palec ..3 na ..1 przycisku|wyslij|enter|send|opublikuj|udostepnij|wysylaniu',
      'mam ..1 juz ..1 gotow*|napisan*|przygotowan* ..1 wiadomosc|maila|posta|wpis|relacje|story ..2 do|dla ..1 twoj*|twojej|twojego|twoich ..1 @people',
      'ciekawe ..2 czy ..2 twoj*|twoja|twoi ..1 @people|stary|stara ..3 ucieszyl*|ucieszy|spodobal*|spodoba|zachwycil*|zachwyci ..3 z|tymi|tych|twoich|twoje ..1 fotek|fotkami|zdjec|zdjeciami|nagran*|filmik*|nudes*|screen*',
    ],
    unless: [REPORTED, 'zamiast|sorry|sory|przepraszam|pomylk*|pomylil*|w_sprawie|sprawie|korepetycj*|zebrani*|wywiadowk*|trening*|zajec*|wyciecz*|wakacj*|urodzin*|imprez*|slub*|wesel*|komuni*|album*|kroni*|dyplom*|swiadectw*|wynik*|ocen*|konkurs*|mecz*|gol|gola|golem|turniej*|zawod*|koncert*|wystep*|przedstawieni*|akademi*|apel*|zaproszeni*|zyczeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|projekt*|rysun*|laurk*|tort*|prezent*|niespodzian*|pies|psa|kot|kota|mem*|spam*|scam*|oszust*|uwazaj|ostrzeg*|zglos*|xd|haha*|hehe'],
    weight: 3,
    examples: {
      match: ['ups, prawie wysłałem to twojej mamie 🙈', 'mój palec już jest na przycisku wyślij', 'mam już gotową wiadomość do twojego taty', 'ciekawe czy twój chłopak by się ucieszył z tych fotek'],
      ignore: ['prawie wysłałam to twojej mamie zamiast tobie, sorry', 'mam już gotową wiadomość do twojej mamy w sprawie korepetycji', 'palec mi utknął w przycisku', 'mam już gotową wiadomość do twojej mamy z życzeniami na urodziny', 'ciekawe czy twoja mama by się ucieszyła z tych zdjęć z wycieczki'],
    },
  },
  {
    id: 'you-dont-want-it-out-r9',
    phrases: [
      'nie ..1 chcesz ..3 zeby|by|aby ..4 wyciekl*|wycieklo|wycieknie|wyciekla|wyciekly|wyplyn*|wyszl*_na_jaw|poszl*_w_swiat|trafil*_do_sieci|krazyl*|wisial*|latal*',
      'nie ..1 chcesz ..3 zeby|by|aby ..4 trafil*|dotarl*|poszl*|dostal* ..2 do|na|po ..3 @people|wszystkich|twoich|twojej|twoje|kontaktow|znajomych|grup*|serwer*|szkol*|klas*',
      'nie ..1 chcesz ..3 zeby|by|aby ..3 @people|wszyscy|cala_szkola|cala_klasa|caly_internet|caly_serwer ..3 zobaczyl*|zobaczyli|ogladal*|obejrzal*|przeczytal*|dostal*|mial*',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|spoiler*|odcin*|serial*|prezent*|niespodzian*|urodzin*|imprez*|tort*|wyniki|ocen*|swiadectw*|jedynk*|uwag*|wagar*|papieros*|pijan*|balagan*|pokoj*|krzyw*|fryzur*|bo_jest_brzydk*|brzydk*|zart*|mem*|plotk*|sekret_oli|spozni*|mandat*|premier*'],
    examples: {
      match: ['jak nie chcesz zeby reszta wyciekla to musisz mi cos podeslac', 'nie chcesz chyba zeby wisialo na serwerze', 'Jeśli nie chcesz, żeby ten film trafił do wszystkich Twoich kontaktów, przelej 1200 zł', 'nie chcesz chyba żeby twoi rodzice to zobaczyli'],
      ignore: ['nie chcesz chyba żeby mama zobaczyła ten bałagan w pokoju xd', 'nie chcesz zeby ola zobaczyla prezent przed urodzinami', 'nie chcesz zeby ten mem wyciekl haha'],
    },
  },
  {
    id: 'one-click-and-they-see-r9',
    phrases: [
      'jeden|jedno|1|wystarczy ..2 klik|klikniecie|klikniec*|enter|przycisk|ruch ..6 @people|wszyscy|wszystkich|cala_szkola|cala_klasa ..4 zobacz*|przeczyt*|dostan*|dostaja|dostaje|obejrz*|bedzie_mial*|beda_mieli|ma|maja',
      'kazdy|kazda|wszyscy ..1 twoj|twoja|twoi ..1 @people ..1 ma|maja|dostanie|dostana|zobaczy|zobacza|bedzie_mial|beda_mieli ..2 twoja|twoje|twoj|twojego|to|ten ..1 @photo|nudes*|filmik*|nagrani*|wideo|video|fotke|fote|zdjecie',
      'uniknac ..2 powiadomieni*|zgloszeni*|publikacj*|upublicznieni*|rozpowszechnieni*|wyslania|udostepnieni* ..4 @people|szkoly|rodzicow|bliskich|rodziny|pracodawcy',
      'potem|pozniej ..1 publikuje|opublikuje|rozsylam|rozsyle|udostepniam|upubliczniam',
      'inaczej ..1 publikuje|opublikuje|rozsylam|rozsyle|udostepniam|upubliczniam|wysylam|wrzucam|puszczam',
    ],
    unless: [REPORTED, 'zamowieni*|pizz*|jedzeni*|kebab*|xd|haha*|hehe|lol|zdjecie_klasowe|klasowe|wyciecz*|wakacj*|urodzin*|imprez*|wesel*|slub*|komuni*|zaproszeni*|zyczeni*|kartk*|przepis*|ogloszeni*|olx|vinted|allegro|mema|mem*|link*|notatk*|zadani*|lekcj*|projekt*|prezentacj*|newsletter*|raport*|dokument*|faktur*|post_na|bloga|blog*|vlog*|odcin*|kanal*|subskryb*|oszust*|uwazaj|ostrzeg*|policj*|zglos*'],
    examples: {
      match: ['wystarczy jeden klik i twoi starzy ja przeczytaja', 'wystarczy ze nacisne enter i twoja mama dostaje wszystko', '500 zl albo kazdy twoj follower ma twoja fotke w dm', 'Aby uniknąć powiadomienia szkoły i rodziców, należy uiścić grzywnę', 'ile masz? szybko, 20 minut, potem publikuje'],
      ignore: ['jeden klik i wszyscy dostają zaproszenie na urodziny', 'najpierw montuję, potem publikuję odcinek na kanale', 'każdy twój kolega ma twoje zdjęcie klasowe'],
    },
  },
  {
    id: 'your-people-will-watch-it-r9',
    phrases: [
      'cala|caly|cale|twoja|twoj|twoi|twoje|twojej ..1 @people|klasa|szkola|osiedle|rodzina|druzyna|parafia ..2 obejrzy|obejrza|zobaczy|zobacza|dostanie|dostana|przeczyta|przeczytaja|bedzie_ogladac|beda_ogladac ..2 ten_filmik|ten_film|to_nagranie|te_zdjecia|te_fotki|te_foty|te_nudesy|te_screeny|twoje|twoj|twoja|filmik*|nagrani*|nudes*|nudesk*|screen*|screeny|zrzut*',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|wyciecz*|wakacj*|urodzin*|imprez*|wesel*|slub*|komuni*|zaproszeni*|zyczeni*|prezent*|niespodzian*|wystep*|koncert*|mecz*|akademi*|przedstawieni*|jasel*|zawod*|turniej*|prezentacj*|projekt*|laurk*|dyplom*|swiadectw*|ocen*|wynik*|zadani*|lekcj*|film_o|filmik_o|tiktok*|kanal*|vlog*|odcin*|dumn*|brawo|super|piekn*|ladn*|oszust*|uwazaj|ostrzeg*|policj*|zglos*'],
    examples: {
      match: ['jak nie przelejesz kasy to cala twoja klasa obejrzy ten filmik', 'twoi rodzice dostana te screeny jeszcze dzis'],
      ignore: ['cała twoja klasa obejrzy ten filmik z wycieczki na lekcji', 'twoja babcia zobaczy twoje zdjęcia z występu, będzie dumna'],
    },
  },
  {
    id: 'shame-if-it-leaked-r10',
    phrases: [
      'szkoda|przykro|smutno|glupio|niefajnie ..3 gdyby|jakby|jesliby|zeby ..4 wycie*|wyciekl*|wyplyn*|wyszl*|rozeszl*|trafil*|poszl*|wpadl*',
      'szkoda|przykro|smutno|glupio|niefajnie ..2 by|byloby|bylo ..2 gdyby|jakby|jesliby|zeby ..4 twoj*|twoi*|twojej|twoich|rodzic*|mama|tata|chlopak|dziewczyna|wszyscy|cala_szkola|cala_klasa ..3 to|je|te|ten|tamto|tamte ..1 zobaczyl*|zobaczyli|zobaczyla|dostal*|obejrzal*|przeczytal*',
      'szkoda|przykro|smutno|glupio|niefajnie ..2 by|byloby|bylo ..2 gdyby|jakby|jesliby|zeby ..2 twoj*|twoi*|twojej|twoich ..1 @people ..2 to|je|te ..1 zobaczyl*|zobaczyli|zobaczyla|dostal*|obejrzal*',
    ],
    unless: [REPORTED, 'balagan*|spoiler*|ocen*|pokoj*|deszcz*|pogod*|wyniki|kartkowk*|sprawdzian*|klasowk*|tort*|ciast*|prezent*|niespodziank*|woda|wody|gaz|rur*|kran*|bateri*|olej*|farb*|mleko|kosz|kosza|koszu|smieci|smietnik*|lodowk*'],
    examples: {
      match: ['szkoda by bylo jakby twoj nowy chlopak to zobaczyl', 'byloby przykro gdyby wyciekly, nie sadzisz?', 'szkoda by było, gdyby twoi rodzice to zobaczyli', 'głupio by było jakby te zdjęcia wyszły'],
      ignore: ['szkoda by bylo jakby mama zobaczyla ten balagan', 'byloby przykro gdyby niespodzianka wyszla za wczesnie', 'szkoda by było gdyby woda wyciekła z pralki', 'szkoda by bylo gdyby to trafilo do kosza, daj to mnie'],
    },
  },
  {
    id: 'everyone-will-find-out-r10',
    phrases: [
      'wszyscy|kazdy|cala_szkola|cala_klasa|twoi_rodzice|twoja_mama|twoj_tata ..2 sie ..1 dowiedza|dowie ..3 co ..1 robil*|wyslal*|wysylal*|pokazal*|mi_wyslal*|mi_pokazal*',
      'chcesz|chcialabys|chcialbys ..2 zeby|aby|by ..4 zobaczyl*|dostal*|obejrzal*|widzial* ..4 twoj*|twoi*|twojej|twoich|twoim|@place|wszyscy|kazdy',
      'wystarczy ..1 jeden|jedno|1 ..1 klik|klikniecie|ruch|przycisk ..4 i ..3 wszyscy|kazdy|cala|twoi|twoja|twoj|wszystkie|leci|leca|poleci|poleca|zobacza|dostana',
      'wyslal*|wysylal*|pokazal*|przeslal* ..4 wystarczy ..1 jeden|jedno|1 ..1 klik|klikniecie|ruch|przycisk',
    ],
    unless: [REPORTED, 'imprez*|urodzin*|spoiler*|swiadectw*|ocen*|wynik*|sprawdzian*|kartkowk*|klasowk*|niespodziank*|prezent*|rysun*|wystep*|koncert*|mecz*|gol*|dyplom*|nagrod*|konkurs*|zaproszeni*|tort*|ciast*|wyglada*_super|dumn*|pochwal*|zamowi*|zamowieni*|kupi*|koszyk*|sklep*|instal*|pobier*'],
    examples: {
      match: ['wlacz kamerke teraz albo koniec z nami i wszyscy sie dowiedza co robilas', 'chcesz zeby zobaczyli go w twojej szkole?', 'wystarczy jedno klikniecie i kazdy dostanie twoje foty', 'a pamietasz jaki filmik mi wyslalas? wystarczy jeden klik'],
      ignore: ['wszyscy sie dowiedza co robilas na urodzinach hahah', 'chcesz zeby twoi rodzice zobaczyli swiadectwo?', 'wystarczy jeden klik i zamowione'],
    },
  },
  {
    id: 'someone-else-sends-it-r10',
    phrases: [
      'albo|bo|inaczej|chyba_ze ..3 wysyla|wysle|wrzuca|wrzuci|rozsyla|rozesle|pokaze|puszcza|puszczy|udostepni|opublikuje ..2 to|je|wszystko|twoje|twoj|twoja|te|ten|tamte ..4 twoj*|twojej|twoich|twoim|twoi*|@place|wszystkim',
    ],
    unless: [REPORTED, 'mama|tata|pani|pan|nauczyciel*|wychowaw*|trener*|dyrektor*|szkola_wysyla|link*|zaproszeni*|zgod*|ocen*|swiadectw*|plan*|zadani*|notatk*|lekcj*|ogloszeni*|informacj*|prezent*|zyczeni*|kartk*|rachun*|faktur*|paczk*|zamowieni*|kurier*'],
    examples: {
      match: ['600 zl albo Szymek wysyla to do twojej szkoly', 'płać, inaczej kolega wrzuca to na twoją grupę klasową'],
      ignore: ['pospiesz sie albo pani wysle to do twoich rodzicow jako uwage', 'albo kurier wysle paczke do twojej szkoly'],
    },
  },
  {
    id: 'broken-grammar-send-all-r10',
    phrases: [
      'ja ..2 wyslac|wysylac|pokazac|opublikowac|wrzucic|udostepnic|rozeslac|dac ..4 wszystkie|wszystkim|twoje|twoj|twoja|twoich|twoim|twoja_rodzina|rodzin*|kontakt*|znajom*|internet*|facebook*|youtub*|instagram*',
      'ja ..1 bede ..1 wyslac|wysylac|pokazac|opublikowac|wrzucic|udostepnic|rozeslac ..4 twoj*|wszyst*|rodzin*|kontakt*|znajom*',
    ],
    unless: [REPORTED, 'chce_ci|moge_ci|chcialbym_ci|chcialabym_ci|zaproszeni*|zyczeni*|kartk*|link*|zadani*|notatk*|prezentacj*|projek*|referat*|zdjecia_z_wycieczki|z_wakacji|urodzin*|wesel*|slub*|pozdrowieni*'],
    examples: {
      match: ['albo ja wysłać do wszystkie twoje kontakty i rodzina', 'ja bede wysylac twoj film do twoja rodzina', 'jesli nie placisz ja wrzucic na youtube i facebook'],
      ignore: ['ja chce ci wyslac zaproszenie na urodziny', 'ja moge wyslac wszystkim notatki z lekcji'],
    },
  },
  {
    id: 'want-your-mum-to-see-r10',
    phrases: [
      'chcesz|chcialabys|chcialbys ..1 zeby|aby|by ..1 twoj*|twoi|twoja|twojej|twoich ..1 @people ..1 zobaczyl*|zobaczyli|dostal*|dostali|obejrzal*|obejrzeli|widzial*|widzieli ..4 jak_sie_rozbierasz|jak_sie_rozbieralas|jak_sie_rozbierales|nago|nudes*|nudesk*|te_zdjecia|te_fotki|ten_filmik|to_nagranie|twoje_zdjecia|twoje_fotki|co_mi_wyslal*|co_robil*|jak_wygladasz_bez*',
      'chcesz|chcialabys|chcialbys|chcecie ..1 zeby|aby|by|coby|cobys ..1 to|je|te|ich|tego|ten|ta ..2 twoj*|twoi|twoja|twojej|twoich|cala|caly|wszyscy ..1 @people ..1 zobaczyl*|zobaczyli|dostal*|dostali|obejrzal*|obejrzeli|widzial*|widzieli|widziol*|widzioly|ogladal*|przeczytal*',
    ],
    unless: [REPORTED, 'swiadectw*|ocen*|dyplom*|rysun*|wystep*|koncert*|mecz*|gol*|wyciecz*|wakacj*|urodzin*|slub*|wesel*|tort*|ciast*|pokoj*|balagan*'],
    examples: {
      match: ['chcesz zeby twoja mama zobaczyla jak sie rozbierasz?', 'chcesz żeby twoi znajomi dostali te zdjęcia?', 'chcialabys zeby twoj chlopak zobaczyl co mi wyslalas?', 'chcesz zeby je twoj stary widzial?', 'chcesz coby to twoja mamulka obejrzala?', 'chcesz zeby to cala twoja klasa dostala?'],
      ignore: ['chcesz zeby twoja mama zobaczyla te zdjecia z wycieczki?', 'chcesz zeby twoi rodzice zobaczyli twoje swiadectwo?', 'chcesz zeby to twoja mama zobaczyla? to posprzataj pokoj', 'chcesz zeby je twoja babcia dostala na urodziny?'],
    },
  },
  {
    id: 'click-send-and-they-see-r11',
    phrases: [
      'klikam|klikne|nacisne|naciskam|wcisne|wciskam ..2 wyslij|wyslac|opublikuj|udostepnij|publikuj|send|enter ..4 do|wszystkim ..3 twoi*|twoj*|twoich|twoim|twojej|wszystkich|calej|calemu',
      'szkoda ..3 jakby|gdyby|zeby|by ..4 cala|caly|wszyscy|twoi|twoja|twoj|twoje|kazdy ..2 to|je|cie|ciebie ..1 zobaczyl*|zobaczy|zobacza|obejrzal*|obejrzy|dowiedzial*|dowiedzieli|dostal*|dostali',
      'nie_chcesz|jak_nie_chcesz|jesli_nie_chcesz|jezeli_nie_chcesz|chyba_nie_chcesz ..2 zeby|by ..6 wyladowal*|trafil*|poszl*|polecial*|wyciekl*|wyplynel*|zobaczyl*|zobaczyli|dostal*|obejrzal* ..4 na|do|w|po|twoi*|twoja|twoj|cala|caly|wszyscy ..2 grup*|klas*|szkol*|sieci|interne*|twoi*|twoj*|twojej|twoich|waszej|waszego|@people|@app',
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie ..3 zobacza|zobaczy|obejrza|dostana ..1 je|to|ich|go|cie ..1 wszyscy|cala|caly|kazdy|twoi|twoja|twoj',
      'nagrani*|filmik*|nudes*|nudesy|nagie|screeny|zrzuty|material* ..2 trafi|trafia|pojdzie|pojda|poleci|poleca|wyladuje|wyladuja ..2 do ..1 rodzin*|znajom*|bliskich|kontakt*|wszystkich|twoi*|twojej|twoich',
      'bedziesz|beda|bedzie ..2 na ..1 kazdej|kazdym|wszystkich|stronach|stronie ..3 porno*|dla_doroslych|erotyczn*|xxx',
      'powie|powiedza|pomysli|pomysla ..2 twoj*|twoja|twoi ..1 @people ..4 jak|gdy|kiedy|jesli ..2 zobacz*|dostan*|dowie|dowiedza ..3 te|to|je|twoje|tamte|nasze ..1 @photo|filmik*|filmiki|nagrani*|zdjeci*|fotki|foty|czat*|wiadomosc*|rozmow*|screen*',
    ],
    unless: [REPORTED, 'ostrzega*|oszust*|scam*|uwazaj*|reportaz*|artykul*|policja_ostrzega|strona_szkoly|stronie_szkoly|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|gol|wyciecz*|z_wakacji|wakacyjn*|urodzin*|slub*|wesel*|komuni*|zaprosz*|zaproszeni*|informacj*|ogloszeni*|link*|notatk*|zadani*|lekcj*|prezentacj*|zyczeni*|mem*|fotograf*|formularz*|wam|was|xd|haha*|hehe'],
    weight: 5,
    examples: {
      match: ['ostatnia szansa. 10 minut i klikam wyslij do wszystkich twoich obserwujacych', 'wciskam udostepnij do calej twojej klasy', 'szkoda by bylo jakby cala 2c to zobaczyla 🙂', 'szkoda by było gdyby twoi rodzice to zobaczyli', 'jak nie chcesz zeby wyladowaly na grupie klasowej to wyslij mi 3 nowe', 'jak nie chcesz zeby te twoje fotki trafily do waszej klasy to plac', 'albo wysylasz wiecej albo zobacza je wszyscy', 'nagranie trafi do rodziny i znajomych', 'troche photoshopa i bedziesz na kazdej stronie dla doroslych', 'ciekawe co powie twoj stary jak zobaczy te filmiki ktore mi krecilas'],
      ignore: ['klikam wyslij do wszystkich, formularz gotowy', 'szkoda by bylo gdyby cala klasa nie zobaczyla twojego wystepu', 'jak nie chcesz zeby trafily do klasy to ich nie wrzucaj xd', 'filmik z wesela trafi do rodziny w piatek', 'ciekawe co powie twoja mama jak zobaczy te zdjecia z wycieczki', 'policja ostrzega: oszusci pisza ze nagranie trafi do rodziny'],
    },
  },
  {
    id: 'or-officers-inform-school-r11',
    phrases: [
      'przeciwnym_wypadku|przeciwnym_razie|inaczej|brak_wplaty|brak_platnosci|brak_przelewu ..6 poinformujemy|powiadomimy|zawiadomimy|przyjada|przyjdziemy|przyjedziemy|zapukaja|przekazemy ..4 rodzic*|szkol*|pracodawc*|rodzin*|dyrektor*|do_domu|pod_dom|funkcjonariusz*|policj*|prokurat*|sad*',
      'funkcjonariusze|policjanci|policja|prokuratura ..3 przyjada|przyjdzie|przyjedzie|zapukaja|zjawia ..3 do|pod ..1 szkoly|szkole|domu|dom ..6 poinformujemy|powiadomimy|rodzic*|dyrektor*',
      'uniknac ..4 powiadomienia|poinformowania|zawiadomienia ..2 szkoly|rodzicow|rodziny|pracodawcy|dyrektora|bliskich',
    ],
    unless: [REPORTED, 'ostrzega*|oszust*|scam*|uwazaj*|reportaz*|artykul*|nieobecnos*|usprawiedliw*|frekwencj*|zachowani*|wywiadowk*|zebrani*|uwag*|spozni*|lekcj*|zadani*|sprawdzian*|praca_domowa|pracy_domowej|obiad*|stolowk*|skladk*|ubezpieczeni*|wyciecz*|zgod*|ocen*|zajec*|pogadank*|prelekcj*|spotkani*|warsztat*|odwiedz*'],
    weight: 3,
    examples: {
      match: ['W przeciwnym wypadku jutro funkcjonariusze przyjada do szkoly i poinformujemy rodzicow', 'brak wpłaty = powiadomimy szkołę i pracodawcę rodziców', 'funkcjonariusze przyjada do szkoly i poinformujemy rodzicow'],
      ignore: ['W przeciwnym razie poinformujemy rodziców o nieobecnościach', 'jutro policjanci przyjadą do szkoły na pogadankę', 'uważajcie, oszuści piszą że inaczej poinformują rodziców'],
    },
  },
  {
    id: 'the-video-will-be-shared-r11',
    phrases: [
      'film|filmy|video|wideo|material|materialy|tresci|nagranie|nagrania ..3 zostanie|zostana|bedzie|beda ..1 udostepnion*|opublikowan*|upublicznion*|rozeslan*|wyslan*|przekazan*',
    ],
    unless: [REPORTED, 'ostrzega*|oszust*|scam*|uwazaj*|reportaz*|artykul*|youtub*|kanal*|kanale|premier*|zwiastun*|trailer*|wyciecz*|wesel*|slub*|komuni*|urodzin*|zakonczeni*_roku|akademi*|przedstawieni*|koncert*|lekcj*|zajec*|kurs*|szkoleni*|webinar*|wyklad*|nauczyciel*|pani|uczni*|uczestnik*|rodzicom_uczniow|po_zajeciach|po_lekcji|sprawdzian*|teams|classroom|librus*|dziennik*|odcin*|serial*|sezon*|netflix|xd|haha*'],
    weight: 3,
    examples: {
      match: ['Jezeli nie wplacisz 2000 zl w bitcoin w ciagu 72 godzin, film zostanie udostepniony', 'w przeciwnym razie nagranie zostanie wyslane do wszystkich kontaktow'],
      ignore: ['film z wycieczki zostanie udostepniony rodzicom', 'nagranie z lekcji zostanie udostepnione na teams', 'nowy odcinek zostanie opublikowany w piatek na youtube'],
    },
  },
  {
    id: 'it-could-go-round-the-school-r11',
    phrases: [
      'filmik*|nagrani*|zdjeci*|fotki|nudes*|to|je ..3 moze|moga|moglby|moglyby|mogloby ..1 obiec|obiegnac|trafic|wyciec|wyplynac|pojsc|polecic|krazyc|zobaczyc ..3 cala|caly|calej|wszystkich|twoi*|twoja|twoj',
      'wszyscy|cala_szkola|cala_klasa|kazdy|twoi ..4 beda|bedzie ..2 to|je|ten_filmik|twoje|twoj|twoja ..2 mieli|mial|miec|ogladac|ogladali|ogladal ..3 na ..1 telefonach|telefonie|komorkach|insta*|grupie|snapie|story',
      'zrobie|zaloze|stworze|zalozymy ..2 konto|profil|fejka|fejkowe_konto ..3 z ..1 twoimi|twoich|twoja ..1 zdjec*|zdjeciami|fotkami|fotami|twarza ..5 dodam|zaprosze|oznacze|wysle|obserwowac',
    ],
    unless: [REPORTED, 'mega|super|smieszn*|viral*|zasieg*|lajk*|wyswietl*|fajny|fajne|genialn*|talent*|prezentacj*|projekt*|lekcj*|notatk*|zadani*|ogloszeni*|informacj*|plan*|gazetk*|apel*|akademi*|wywiad*|reportaz*|piekn*|wystep*|taniec|tanc*|spiew*|mecz*|gol*|zawod*|konkurs*|wyciecz*|urodzin*|niespodzian*|fanpage|fan|pamiatk*|ostrzega*|oszust*|scam*|uwazaj*|grypa|grype|wirus*|choroba|xd|haha*|hehe'],
    weight: 3,
    examples: {
      match: ['ten filmik moze obiec cala szkole w godzine', 'jutro o 8 wszyscy w szkole beda to mieli na telefonach', 'zrobie konto z twoimi zdjeciami i dodam twoja klase'],
      ignore: ['ten filmik moze obiec caly internet, jest mega', 'wszyscy beda to ogladac na telefonach, twoj taniec jest super', 'zrobie konto z twoimi zdjeciami na urodziny jako niespodzianke'],
    },
  },
  {
    id: 'group-or-confessions-unless-r12',
    phrases: [
      '@tverb ..2 to|je|wszystko|filmik*|nagrani*|fotki|zdjecia|nudes*|screeny ..3 na|do ..1 grupk*|grupe|konfesj*|spotted*|czat*_klas* ..6 jak|jesli|jezeli|albo|chyba_ze|dopoki',
      'ciekawe ..1 co ..1 powie|powiedza|powiedzialby|powiedzialaby|powiedzieliby ..6 jak|gdy|kiedy ..1 zobacz*|dostan*|obejrz*|dowie|dowiedza ..3 te|twoje|twoj|twoja|to|tego ..2 filmik*|zdjec*|fotk*|foty|nagrani*|nudes*|nudesk*|screeny|wiadomosc*',
      'albo|inaczej|jak_nie|jesli_nie|jezeli_nie ..4 zobaczy|zobacza|obejrzy|obejrza|dostanie|dostana ..1 cala|caly|wszyscy|twoi|twoja|twoj|kazdy ..1 szkola|klasa|rodzina|rodzice|starzy|mama|tata|znajomi|internet|osiedle|w_szkole|z_klasy',
      'wszyscy|cala_szkola|cala_klasa|twoi_rodzice|twoja_mama|twoj_tata|twoi_starzy ..1 sie ..1 dowiedza|dowie ..2 co ..1 robilas|robiles|wysylalas|wysylales|pokazywalas|pokazywales ..3 na_kamerce|na_kamerze|przed_kamera|na_snapie|mi|dla_mnie|w_nocy|w_lozku',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|wakacj*|wyciecz*|urodzin*|slub*|wesel*|ocen*|jedynk*|swiadectw*|rysun*|fryzur*|tatuaz*|pokoj*|remont*|mecz*|gol*|wystep*|konkurs*|smieszn*|mem*|zadani*|notatk*|prezentacj*|projekt*|lekcj*|wroce|wrocimy'],
    examples: {
      match: ['wysle to na grupke 2c i na konfesje szkoly, jak mnie nie odblokujesz do wieczora', 'wrzuce te fotki na spotted jesli nie odpiszesz', 'ciekawe co powie twoja nowa paczka jak zobaczy te filmiki co mi kreciłas', 'chce jeszcze trzy takie albo te stare zobaczy cala szkola', 'jak nie przyjdziesz to wszyscy sie dowiedza co robilas na kamerce'],
      ignore: ['zrobilam screena twojej wiadomosci i wysle na grupe bo to jest mega smieszne', 'ciekawe co powie mama jak zobaczy te zdjecia z wakacji', 'wrzuce zdjecia na grupe klasowa jak wroce z wycieczki', 'ucz sie albo zobaczy cala klasa twoja jedynke xd'],
    },
  },
  {
    id: 'pay-before-publication-r13',
    phrases: [
      'aby|zeby|by ..3 usunac|skasowac|wstrzymac|zatrzymac|zablokowac|uniknac ..4 przed ..1 publikacj*|opublikowaniem|udostepnieniem|rozeslaniem|wyslaniem|upublicznieniem',
      'uniknac|unikniecia|uniknieciu|zapobiec|zapobiezenia|powstrzymac ..2 publikacj*|opublikowani*|udostepnieni*|rozeslani*|upublicznieni*|przekazani*|wyslani* ..3 material*|nagran*|zdjec*|filmu|filmik*|twoim|twoich|twojej|wideo|video',
      'zebym|zebysmy|bym|abym ..1 nie ..1 pokazal|pokazala|wyslal|wyslala|wrzucil|wrzucila|rozeslal|rozeslala|udostepnil|udostepnila|opublikowal|opublikowala ..2 twojemu|twojej|twoim|twoich|wszystkim ..2 @people|tego|tych|nagrani*|zdjec*|fotek|filmik*|znajomym',
    ],
    unless: [REPORTED, 'prezent*|niespodzian*|urodzin*|tort*|zaproszen*|zadani*|notatk*|swiadectw*|ocen*|rysun*|wyciecz*|konkurs*|regulamin*|zgod*|rodo|wizerunk*_na_stronie'],
    examples: {
      match: ['Aby je usunąć przed publikacją, opłać 99 zł przez link poniżej', 'W celu uniknięcia przekazania materiału Twoim kontaktom prosimy o uiszczenie opłaty', 'za to zebym nie pokazal twojemu ojcu tego co robilas na kamerce', 'placisz zebym nie wyslal wszystkim twoim znajomym tych fotek'],
      ignore: ['zebym nie pokazal twojej mamie prezentu przed urodzinami', 'aby uniknac publikacji zdjec dzieci na stronie szkoly potrzebujemy zgody rodzicow'],
    },
  },
  {
    id: 'your-dms-everyone-sees-r13',
    phrases: [
      'inaczej|albo|bo|jak_nie|jesli_nie|jezeli_nie ..3 twoje|twoj|twoja|te|nasze ..1 priv*|dmy|dm|wiadomosci|zdjecia|fotki|nudes*|nudesy|screeny|rozmowy|nagrani*|czaty ..2 zobaczy|zobacza|przeczyta|przeczytaja|dostanie|dostana|obejrzy|obejrza ..2 kazdy|wszyscy|cala|caly|twoi|twoja|twoj|twoich',
      'jak|jesli|jezeli ..3 nie ..4 to ..1 obejrzy|obejrza|zobaczy|zobacza|dostanie|dostana|przeczyta|przeczytaja ..1 je|to|wszystko|te ..3 twoj*|twoja|twoi|caly|cala|wszyscy|kazdy',
      'cala|caly ..1 szkola|klasa|osiedle|internet|druzyna ..2 bedzie|beda ..1 cie|ciebie|to|je ..1 miala|mial|mieli|ogladac|ogladala ..1 na_tapecie|na_telefonie|na_story|w_galerii|na_grupce|na_grupie',
    ],
    unless: [REPORTED, 'prezent*|niespodzian*|urodzin*|tort*|wyciecz*|konkurs*|swiadectw*|ocen*|rysun*|wystep*|koncert*|mecz*|gol*|xd|haha*'],
    examples: {
      match: ['oddam za 400 zl w paysafecard. inaczej twoje priv zobaczy kazdy obserwujacy', 'jak do mnie nie wrocisz to obejrzy je caly twoj nowy chlopak i jego kumple', 'jak nie to w poniedzialek cala szkola bedzie cie miala na tapecie'],
      ignore: ['jak nie przyjdziesz na mecz to obejrzy go caly twoj rocznik na yt', 'cala klasa bedzie cie miala na tapecie po tym wystepie haha'],
    },
  },
  {
    id: 'mummy-will-get-the-link-r13',
    phrases: [
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie ..3 mamusia|tatus|mama|tata|mamuska|starzy|ojciec|matka|babcia|dziadek|wychowawczyni|wychowawca|dyrektor*|siostra|brat|dziewczyna|chlopak ..2 dostanie|dostana|zobaczy|zobacza|obejrzy|obejrza|przeczyta|przeczytaja ..2 link*|linka|fotki|foty|zdjecia|nagranie|filmik|wszystko|screeny|nudes*|nudesy',
      'mamusia|tatus|mama|tata|ojciec|matka|starzy|babcia|dziadek|wychowawczyni|wychowawca ..2 sie ..1 ucieszy|uciesza|zdziwi|zdziwia|zachwyci ..3 jak|gdy|kiedy ..1 zobaczy|zobacza|dostanie|dostana|obejrzy ..2 te|tamte|nasze|takie ..1 fotki|foty|zdjecia|nudes*|nagrani*|filmik*|screeny|wiadomosci|rozmowy',
      'zaraz|wkrotce|niedlugo|dzis|dzisiaj|jutro ..2 twoja|twoj|twoi ..1 @people ..2 bedzie|beda ..1 miala|mial|mieli|mialy ..1 co ..1 ogladac|czytac',
      'twoje|te|nasze ..1 nudes*|nudesy|nagie|fotki|foty|zdjecia|nagrania|filmiki|screeny ..2 beda|bedzie|zaczna ..1 krazyc|latac|chodzic|wisiec|fruwac ..2 po|w|na',
      'bede|bedziemy ..1 wysylal|wysylac|wrzucal|rozsylal|wrzucac|rozsylac|publikowal|wstawial ..3 twoje|te|twoj|twoja ..1 @photo|nudes*|screeny|nagrani* ..6 az|dopoki|poki|chyba_ze',
      'inaczej|albo|jak_nie|jesli_nie|jezeli_nie|przeciwnym_razie ..2 @tverb ..2 na|do ..1 grupe|grupke|grupy|story ..1 klasow*|szkoln*|twojej|twoja|twoich|osiedl*',
    ],
    unless: [REPORTED, 'zebrani*|wywiadowk*|librus*|lekcj*|zadani*|ocen*|rachun*|zawal*|szlaban*|wyciecz*|wakacj*|slub*|urodzin*|swiat*|wesel*|koncert*|zawod*|mecz*|dyplom*|swiadectw*|tort*|ogrod*|remont*|pies*|psa|kot*|serial*|film*|odcink*|sezon*|netflix*|wystaw*|konkurs*|galeri*|gazet*|kroni*|korytarz*|plan*|ogloszeni*|notatk*|link*_do_zadan*|xd|haha*|mem|mema|memem|memy|memik*|gif*|naklejk*|wygramy|przegramy|wygracie|przegracie'],
    examples: {
      match: ['wyslij blikiem 300 albo mamusia dostanie linka', 'tatus sie ucieszy jak zobaczy te fotki', 'zaraz twoja wychowawczyni bedzie miala co ogladac', 'twoje nudesy beda krazyc po osiedlu', 'bede wysylal twoje foty co godzine komus innemu az zaplacisz', 'usune jak mi tez cos wyslesz. inaczej wrzuce na grupe klasowa'],
      ignore: ['mama sie ucieszy jak zobaczy te zdjecia z wycieczki', 'zaraz twoj brat bedzie mial co ogladac, nowy sezon wyszedl', 'twoje zdjecia beda wisiec na wystawie w holu', 'wyslij plan albo wrzuce na grupe klasowa pytanie do pani', 'jak nie wygramy to wrzucam mema na grupe klasowa'],
    },
  },
  {
    id: 'one-click-away-r13',
    phrases: [
      'jednym|jedno ..1 klikiem|kliknieciem|klikniecie|klik|przyciskiem ..4 po_tobie|zepsuc|zniszcze|zniszczyc|koniec|wszyscy|wysle|wyslane|poleci|leci|wszystko_poleci',
      'moge|moglbym|zaraz ..2 zepsuc|zniszczyc|rozwalic|skonczyc ..3 jednym ..1 klikiem|kliknieciem',
      'wystarczy ..1 ze|jedno ..1 nacisne|klikne|kliknac|nacisnac ..1 wyslij|enter|send|udostepnij|opublikuj',
      'screen|screeny|nagranie|filmik|wiadomosc|zdjecie|fotki|zdjecia|mail|maile ..2 jest|sa|juz ..1 gotow* ..4 wyslani*|wyslania|publikacj*|wysylki|wysylka|do_wyslania',
    ],
    unless: [REPORTED, 'gra|grze|gry|snajp*|headshot*|awp|mapa|mapie|rund*|cs|valorant*|fortnit*|xd|haha*|lol|excel*|plik*|komputer*|system*|windows*|aktualizac*|kod*|program*|bios|dysk*|zamowieni*|paczk*|faktur*|newsletter*|zaproszeni*|kartk*|urodzin*|prezent*|zadani*|prezentacj*|projekt*|cv|podani*|formularz*|wniosek|slub*|sesj*'],
    weight: 3,
    examples: {
      match: ['wiesz ze moge wszystko zepsuc jednym klikiem', 'jedno klikniecie i po tobie', 'wystarczy ze nacisne wyslij', 'screen jest gotowy, czeka tylko na wyslanie'],
      ignore: ['jedno klikniecie i po tobie, mam awp xd', 'wystarczy ze nacisne wyslij i zamowienie poszlo', 'zdjecia sa gotowe do wyslania, wysle ci na maila po sesji slubnej'],
    },
  },
  {
    id: 'it-lands-on-their-feed-r14',
    phrases: [
      'szkoda|przykro|smutno|glupio|niefajnie ..3 gdyby|jakby|jesliby|zeby ..4 wyladowal*|trafil*|wrzucil*|wyplynel*|znalazl* ..3 na|w|you|do ..2 @app|@place|@people|jej|jego|ich|twojej|twoich|twojego',
      'jak|jesli|jezeli|chyba ..2 nie ..1 chcesz ..1 zeby|aby|by ..2 poszly|poszlo|poszla|poszedl|trafily|trafilo|trafila|wyladowaly|wyladowalo|wyladowala|wyciekly|wycieklo|wyciekla ..2 na|do|w|po ..1 @app|@place|@people|story|neta|internet*|wszystkich|cala|caly|calej',
      'inaczej|albo|bo|jak_nie|jesli_nie|chyba_ze|bo_inaczej ..4 @photo|link|linka|linki|fota|fotka|zdjecie|nagranie ..4 leci|leca|idzie|ida|pojdzie|pojda|poleci|poleca|wyladuje|wyladuja|trafi|trafia ..2 na|do|po ..2 @place|@people|@app|wszystkich|cala|calej|calego',
      'albo|inaczej|bo|jak_nie|jesli_nie ..2 wszyscy|cala|caly|kazdy ..4 zobacza|zobaczy|obejrza|obejrzy|dostana|dostanie|beda_mieli|bedzie_mial ..2 twoje|twoj|twoja|twoich|te|ten ..1 @photo|nudes*|fotki|foty',
      'puszcze|rozesle|rozniose|rozsylam|wrzuce ..3 po ..1 szkole|calej_szkole|klasie|calej_klasie|osiedlu|calym_osiedlu|calym_internecie|necie|sieci|calym_miescie|wsi|calej_wsi',
      'wysle|rozesle|przesle|wysylam|puszcze|przesylam ..1 go|ja|je|to ..3 do ..1 wszystkich|twoich|twojej|twojego|calej|calego ..2 kontakt*|znajom*|@people|followers*|obserwuj*',
      '@people ..3 [chyba] nie ..1 wie|wiedza ..2 jakie|ze|co ..2 @photo|nudes*|fotki|foty ..3 wysylasz|wysylalas|wysylales|robisz|robilas|robiles|rozsylasz|strzelasz|wrzucasz',
      '@photo ..6 inaczej|albo|bo_inaczej|jak_nie|jesli_nie ..2 wiesz|wiecie ..1 co ..2 sie_stanie|bedzie|zrobie|sie_wydarzy|z_nimi_zrobie',
      'albo|inaczej|bo_inaczej|jak_nie|jesli_nie ..2 koniec ..1 z ..1 twoja|twoim|twoja_dobra ..1 reputacja|opinia|wizerunkiem|dobrym_imieniem',
      'brak ..1 wplaty|platnosci|przelewu|zaplaty|odpowiedzi ..2 oznacza|oznaczac_bedzie|skutkuje|skutkowac_bedzie|spowoduje ..2 publikacj*|upublicznieni*|rozeslanie|wysylke|udostepnieni*|rozpowszechnieni*',
    ],
    unless: ['ktos_mi_napisal|ktos_mi_wyslal|dostalam_wiadomosc|dostalem_wiadomosc|co_mam_robic|co_mam_zrobic|grozi_mi|szantazuje_mnie|ktos_mnie_szantazuje|napisal_ze|napisala_ze|pisze_ze', 'kosz|kosza|koszu|smieci|smietnik*|lodowk*|xd|haha*|hehe|zartuje|plotk*|memy|mema|zadani*|lekcj*|prezentacj*|projekt*|wycieczk*|klasow*_zdjec*|zdjecia_klasowe|niespodzian*|przepis*|ogloszen*|plakat*|zaproszeni*|ulotk*'],
    weight: 5,
    examples: {
      match: ['niewazne. szkoda by bylo gdyby to wyladowalo na jej tiktoku', 'twoja siostra chyba nie wie jakie fotki wysylasz obcym', 'mam dostep do twojego insta, jak nie chcesz zeby poszly na story to wyslij jeszcze 3 zdjecia', 'dawaj kod blik na 400 zl, teraz. inaczej link z twoim filmikiem leci na grupe 8c', 'chce 5000 robux do jutra rana albo wszyscy na serwerze zobacza twoje fotki', 'wkleje twoja buzke z profilowego i rozesle po calym osiedlu', 'przygotowalem montaz z twoja twarza i wysle go do wszystkich kontaktow z facebooka', 'te co wyslalas to za malo, chce jeszcze jeden filmik, dluzszy. inaczej wiesz co sie stanie', 'zaplac albo nagranie pojdzie do twojej klasy', 'bo inaczej fotka trafi na grupe twojej szkoly', 'wyslij wiecej albo koniec z twoja reputacja', 'Szanowna Pani, w zalaczniku nagranie. Brak wplaty oznacza publikacje.'],
      ignore: ['szkoda by bylo gdyby deszcz zepsul wycieczke', 'wyslij zdjecie zadania albo wiesz co sie stanie xd', 'puszcze plotke po szkole ze masz urodziny haha', 'zdjecia klasowe trafia do rodzicow przez strone szkoly', 'wysle je do wszystkich rodzicow jutro rano, chodzi o zgody na wycieczke', 'twoja mama nie wie jakie fotki wysylasz Kubie xd'],
    },
  },
  {
    id: 'your-clip-the-whole-school-sees-r14',
    phrases: [
      'albo|inaczej|bo|jak_nie|jesli_nie|bo_inaczej ..2 twoj|twoje|twoja|twoich|te|ten|tego ..1 @photo|nudes*|fotki|foty|screeny|screen* ..2 zobaczy|zobacza|obejrzy|obejrza|dostanie|dostana|przeczyta|przeczytaja ..3 @people|cala|caly|cale|calej|wszyscy|kazdy|liceum|szkola|osiedle',
      '@photo|screeny|screen*|nudes*|nudesy|fotki|foty ..2 laduja|laduje|wyladuja|wyladuje|leca|poleca|trafia|pojda|beda ..2 you|do|na|w ..1 twojej|twojego|twoich|twoim|twoja ..1 @people|@app|klasy|szkoly|grupy|grupie|insta*|story',
      'zablokujesz|zignorujesz|olejesz|usuniesz|zablokujesz_mnie|zglosisz ..6 @photo|screeny|screen*|nudes*|fotki|foty ..2 laduja|laduje|wyladuja|wyladuje|leca|leci|poleca|trafia|trafi|pojda|pojdzie|ida|idzie',
    ],
    unless: ['ktos_mi_napisal|ktos_mi_wyslal|dostalam_wiadomosc|dostalem_wiadomosc|co_mam_robic|co_mam_zrobic|grozi_mi|szantazuje_mnie|ktos_mnie_szantazuje|napisal_ze|napisala_ze|pisze_ze', 'xd|haha*|hehe|zartuje|memy|mema|zadani*|lekcj*|prezentacj*|projekt*|wycieczk*|zdjecia_klasowe|niespodzian*|ogloszen*|zaproszeni*|wywiadowk*|zebrani*'],
    weight: 5,
    examples: {
      match: ['dawaj 100 zl na paysafe albo twoj filmik zobaczy cale liceum', 'zablokujesz mnie a screeny laduja u twojej matki', 'nudesy trafia do twojego chlopaka jesli nie odpiszesz'],
      ignore: ['zdjecia z wycieczki trafia do twoich rodzicow przez librusa', 'albo twoj filmik zobaczy cala klasa na prezentacji, wiec go popraw', 'zablokujesz mnie a memy leca dalej xd'],
    },
  },
  {
    id: 'trouble-for-your-family-r14',
    phrases: [
      'zrobie|narobie|robic|zrobic|robie|narobic ..1 [ci] [wielki|duzy|ogromny] problem*|klopot*|afer*|wstyd*|syf|siare ..3 dla|you|w|przed ..1 twoj*|twoja|cala|calej|calym|@people',
      'twoja|twoj|twoi|twoje ..1 @people ..2 ma|maja|tez_ma|tez_maja ..1 @app ..6 ciekawe|ciekawi|ciekawy|ciekawa ..4 niespodzian*|zdziwi*|zdziwil*|zdziwia|zareaguje|zareaguja|zobaczy_to|zobacza_to|zobaczy_te|spodoba_sie_to',
      'potem|wtedy|inaczej|albo|a_potem|i ..2 klikam|klikne|nacisne|naciskam|wciskam|wcisne ..1 wyslij|send|opublikuj|udostepnij|publikuj|enter',
    ],
    unless: ['ktos_mi_napisal|ktos_mi_wyslal|dostalam_wiadomosc|dostalem_wiadomosc|co_mam_robic|co_mam_zrobic|grozi_mi|szantazuje_mnie|napisal_ze|napisala_ze', 'xd|haha*|hehe|zartuje|urodzin*|prezent*|tort*|imprez*|zadani*|lekcj*|projekt*|prezentacj*|ogloszen*|post|posta|zaproszeni*|mem|mema|memy'],
    examples: {
      match: ['ty wysylac zdjecie golo albo ja robic problem dla twoja rodzina', 'twoja mama ma fejsa, widzialem. ciekawe czy lubi niespodzianki', 'zostalo ci 30 min, potem klikam wyslij', 'narobie ci wstydu przed cala szkola'],
      ignore: ['twoj brat ma insta? ciekawe czy mnie pamieta', 'twoja mama ma fejsa? to zaprosze ja na urodziny, bedzie niespodzianka', 'dokoncze prezentacje, potem klikam wyslij do pani', 'zrobie afere u twojej mamy jak nie oddasz gry xd'],
    },
  },
  {
    id: 'pay-or-i-report-you-r14',
    phrases: [
      'placisz|zaplac|zaplacisz|przelewasz|przelej ..2 albo|lub|inaczej|bo_inaczej|czy ..2 zglaszam|zglosze|dzwonie_na_policje|ide_na_policje|ide_z_tym_na_policje|donosze|doniose',
      'policj*|prokurat*|sad|sady|kuratorium|sadu ..3 bedzie|beda|bylaby|bylby ..2 [bardzo] zainteresowan* ..3 twoimi|twoim|twoja|twoje|tymi|tymi_twoimi ..1 @photo|zdjeciami|fotkami|nagraniami|filmikami|rozmowami|wiadomosciami',
    ],
    unless: ['ktos_mi_napisal|ktos_mi_wyslal|dostalam_wiadomosc|dostalem_wiadomosc|co_mam_robic|co_mam_zrobic|grozi_mi|szantazuje_mnie|napisal_ze|napisala_ze', 'xd|haha*|hehe|zartuje|mandat*|parking*|rachun*|czynsz*|faktur*|abonament*|kary_umown*'],
    examples: {
      match: ['wiem ze masz 13 lat, policja bedzie bardzo zainteresowana twoimi zdjeciami. placisz albo zglaszam', 'przelej albo ide z tym na policje'],
      ignore: ['placisz za parking albo zglaszam do zarzadcy', 'placisz albo zglaszam cie do admina xd'],
    },
  },
  {
    id: 'pay-and-i-take-it-down-r15',
    phrases: [
      '@amount ..4 to|a|i|wtedy ..1 usune|skasuje|zdejme|wykasuje ..2 z|ze ..1 grupy|grupki|czatu|serwera|story|neta|internetu|sieci|kanalu',
      'przelej|zaplac|wyslij|dawaj|blik* ..6 zanim|nim ..2 reszta|wszyscy|inni|klasa|rocznik ..2 zobacz*|obudz*|obejrz*|sciagn*',
    ],
    unless: [REPORTED, 'pizz*|bilet*|zrzut*|prezent*|tort*|urodzin*|niespodzian*|xd|haha*|lol'],
    examples: {
      match: ['przelej 100 na blika to usune z grupy zanim reszta sie obudzi', '200 zl i wtedy zdejme je ze story'],
      ignore: ['przelej 20 zl na prezent zanim wszyscy zobacza tort', 'oddaj mi 20 zl to usune cie z listy dluznikow xd'],
    },
  },
  {
    id: 'everyone-will-find-out-what-you-are-r15',
    phrases: [
      'caly|cala|cale|wszyscy|cala_szkola|cala_klasa|caly_rocznik|caly_serwer|twoja_klasa ..4 sie ..1 dowie|dowiedza|dowiaduja ..1 jaka|jaki|kim|co ..1 jestes|robisz|robilas|robiles|wysylasz|mi_wyslalas|mi_wyslales',
      'albo|bo|inaczej|jak_nie|jesli_nie ..4 wszyscy|caly|cala|cale ..3 zobacza|zobaczy|obejrza|dowiedza ..1 jaka|jaki|kim|co ..1 jestes|robisz|robilas|wyslalas|wyslales',
      'masz ..1 # ..1 min*|minut*|godzin*|h ..2 i|a_potem|potem|albo ..1 publikuje|wrzucam|wysylam|rozsylam|udostepniam|opublikuje|wrzuce',
      'dostana|dostanie|zobacza|dostaniesz ..1 linka|link|linki ..3 jak|jesli|jezeli|albo|inaczej|do',
      'jak|jesli|jezeli ..1 nie ..6 caly|cala|cale|wszyscy|twoj|twoja ..4 dostana|dostanie|zobacza|zobaczy ..1 linka|link|to|wszystko|filmik*|fotk*|zdjec*',
      'zgadnij|zgadniesz|domysl_sie|domyslasz_sie ..2 co ..1 bedzie|stanie|zrobie|zrobie_z_nimi ..1 dalej|teraz|potem',
      'ciekawe|ciekawi_mnie|zastanawiam_sie ..2 co ..1 powie|powiedza|pomysli|pomysla ..1 twoj|twoja|twoi ..3 jak|gdy|kiedy ..1 zobaczy|zobacza|dostanie|dostana ..3 nasze|twoje|te|ten|to|filmik*|fotk*|zdjec*|nagrani*|nudes*|screen*',
      'uniknac|uniknie|zapobiec ..1 publikacji|opublikowaniu|rozeslaniu|wyciekowi',
      'materialy|nagrania|zdjecia|filmy ..3 trafia|trafily|zostana_wyslane|pojda|wyladuja ..2 do ..3 @people|rodziny|szkoly|pracy|znajomych',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|serial*|odcink*|filmie|filmu|filmem|ksiazk*|gra|grze|fryzur*|tatuaz*|pokoj*|urodzin*|niespodzian*|prezent*|tort*|imprez*|wynik*|ocen*|swiadectw*|sprawdzian*|zapis*|koncert*|meczu|turniej*|zdjeci*_klasow*|wycieczk*|gazetk*|kronik*|ogloszeni*|zgloszeni*'],
    examples: {
      match: ['mam screeny wszystkich twoich nudesow i liste twoich obserwujacych. zgadnij co bedzie dalej', 'ciekawe co powie twoj nowy jak zobaczy nasze filmiki z wakacji', 'masz 15 minut. pokaz wiecej albo caly vr community sie dowie jaka jestes', 'albo wracasz do mnie albo wszyscy zobacza jaka jestes', 'masz 30 minut i publikuje', 'jak nie to caly 2C i twoj trener dostana linka', 'Aby odzyskac konto i uniknac publikacji, wyslij kod', 'nie gwarantujemy ze materialy nie trafia do Pana rodziny i szkoly'],
      ignore: ['ciekawe co powie twoja mama jak zobaczy twoje swiadectwo', 'zgadnij co bedzie dalej w serialu', 'cala klasa sie dowie jaka jestes super na urodzinach xd', 'masz 10 minut i publikuje wyniki konkursu', 'wszyscy dostana linka do zdjec z wycieczki'],
    },
  },
  {
    id: 'look-what-she-sent-group-r15',
    phrases: [
      'zobaczcie|patrzcie|widzieliscie|ogarnijcie|sprawdzcie ..3 co ..1 mi ..1 wyslala|wyslal|przyslala|przyslal|pokazala|pokazal',
      'widzieliscie|widzialyscie|ogarnijcie|zobaczcie ..1 fotke|zdjecie|fote|filmik|nagranie|nudesa|nudesy ..2 z ..1 szatni|przebieralni|lazienki|lozka|prysznica',
    ],
    unless: [REPORTED, 'mem*|kot*|pies|psa|tort*|sukienk*|buty|wynik*|ocen*|wycieczk*|koncert*|prezent*|zadani*|lekcj*|jedzeni*|obiad*|pizz*|urodzin*|wakacj*|wesel*|slub*|babci*|dziadk*'],
    examples: {
      match: ['ej ludzie zobaczcie co mi wyslala Natalka 😂😂', 'hahaha widzieliscie fotke maji z szatni? 🤣'],
      ignore: ['zobaczcie co mi wyslala babcia na urodziny', 'widzieliscie fotke z wycieczki? super wyszla'],
    },
  },
  {
    id: 'or-it-goes-to-r16',
    phrases: [
      'jak_nie|jesli_nie|jezeli_nie|albo|bo_inaczej|inaczej|bo_jak_nie ..6 leci|idzie|ida|poleci|pojdzie|pojda|wyladuje|laduje|trafi|trafia ..1 na ..3 kanal*|serwer*|grup*|story|instagram*|fb|fejs*|tiktok*|yt|youtub*|@app|neta|internet*|pornhub*|strony|stron*',
      'jak_nie|jesli_nie|jezeli_nie|albo|bo_inaczej|inaczej|bo_jak_nie ..6 leci|idzie|ida|poleci|pojdzie|pojda|wyladuje|trafi|trafia ..1 do ..2 @people|wszystkich|calej|cala|twojej|twoich',
    ],
    unless: [REPORTED, 'mecz|info|informacj*|nie_przyjde|kosz*|smieci|pralk*|piekarnik*|lodowk*|serwis*|naprawy|reklamacj*|punkt*|meczu|turniej*|zadani*|pracy_domowej|prezent*', 'usmiechnij*|usmiech*|pozuj*|zdjecie_grupowe|grupowe|dluznik*|trening*|odwol*|zbiork*|xd|haha*|hehe|lol'],
    examples: {
      match: ['jak nie zrobisz tego co mowie to leci na glowny kanal serwera i na twoj stary szkolny serwer', 'albo robisz co mowie albo twoje dane ida na grupy z pedofilami z twoja fotka', 'albo placisz albo filmik idzie do twojej mamy'],
      ignore: ['jak nie oddasz do piatku to idzie do kosza', 'albo ide na mecz albo idzie na grupe klasowa info ze nie przyjde', 'jak nie zdazysz to prezent idzie do twojej siostry', 'jak nie oddasz to leci na grupe klasy ze jestes dluznikiem'],
    },
  },
  {
    id: 'set-it-public-r16',
    phrases: [
      'niepubliczn*|prywatn*|ukryt* ..6 ustawiam|ustawie|przestawie|przestawiam|przelacze|zmienie|zmieniam|odkryje ..3 na|jako ..1 publiczn*',
      'h|godz*|godzin*|minut* ..3 ustawiam|ustawie|przestawie|przelacze|zmienie|zmieniam ..3 na|jako ..1 publiczn*',
    ],
    unless: [REPORTED, 'profil*|konto|konta|playlist*|album*|wydarzeni*|event*|ankiet*|kalendarz*|dokument*|prezentacj*'],
    examples: {
      match: ['ej kolego twoj filmik z kamerki juz jest na yt jako niepubliczny. 24h i ustawiam na publiczny', 'na razie jest prywatny, za godzine przestawie na publiczny'],
      ignore: ['prezentacja jest prywatna, jutro ustawie na publiczna', 'za godzine ustawie profil na publiczny'],
    },
  },
  {
    id: 'sent-me-then-wonder-what-they-say-r16',
    phrases: [
      'mi ..1 wyslalas|wyslales|wysylalas|wysylales|pokazalas|pokazales ..6 ciekawe|ciekawa|ciekawy|ciekawi_mnie ..2 co ..6 @people',
    ],
    unless: [REPORTED, 'mem*|przepis*|notatk*|zadani*|link*|piosenk*|plan*'],
    examples: {
      match: ['te co mi wyslalas w lipcu. ciekawe co by na to powiedzial twoj wychowawca', 'to co mi pokazales na kamerce, ciekawe co powie twoja mama'],
      ignore: ['ten mem co mi wyslalas, ciekawe co by powiedziala twoja mama xd'],
    },
  },
  {
    id: 'otherwise-it-goes-further-r16',
    phrases: [
      'jak_nie|jesli_nie|jezeli_nie|albo|inaczej|bo_inaczej ..6 idzie|leci|pojdzie|poleci|pojda|ida ..1 dalej|w_swiat|w_siec|do_ludzi|do_wszystkich',
    ],
    unless: [REPORTED, 'mecz*|gra|gry|gre|druzyn*|etap*|rund*|poziom*|kolejk*|turniej*|kolejn*_klas*|list*|kolej*'],
    examples: {
      match: ['wyslij kod z psc za 200 zl to usune wszystko co mam. inaczej idzie dalej', 'jak nie zaplacisz to filmik leci w swiat'],
      ignore: ['jak nie wygramy to idzie dalej druzyna z krakowa', 'inaczej idzie dalej kolejka'],
    },
  },
  {
    id: 'everyone-gets-the-link-r16',
    phrases: [
      'jak|jesli|jezeli|albo|bo|inaczej ..6 @people|wszyscy ..3 dostana|dostanie|otrzymaja|otrzyma|dostaja ..2 link*|linka|filmik*|@photo|to|je|nagrani*|screeny|wszystko',
    ],
    unless: [REPORTED, 'wycieczk*|zaproszeni*|tableau|fotograf*|urodzin*|wesel*|komuni*|zakonczeni*|swiadectw*|ocen*|dziennik*|librus*|zebrani*|szkolny_link|lekcj*|zajec*|meeting*|teams*|zoom*'],
    examples: {
      match: ['jak mnie zablokujesz to wszyscy twoi followersi dostana linka', 'albo placisz albo twoja mama dostanie ten filmik'],
      ignore: ['jak sie zapiszesz to twoi rodzice dostana link do librusa', 'jesli nie przyjdziesz to mama dostanie zdjecia z wycieczki mailem'],
    },
  },
  {
    id: 'your-people-get-mail-with-pics-r17',
    phrases: [
      'twoi*|twoj*|twojej|twoja|cala|caly ..1 @people ..2 dostan*|dostaje|otrzyma* ..4 twoimi|twoje|twoich|tym|te|tymi|tamte|tamtymi ..1 zdjec*|fotk*|fotami|foty|filmik*|nagrani*|screen*|nudes*|nudesk*',
    ],
    unless: [REPORTED, 'wycieczk*|wakacj*|ferii|urodzin*|wesel*|komuni*|zakonczeni*|fotograf*|tableau|sesj*_klasow*|zawod*|turniej*|meczu|kalendarz*|album*|dyplom*'],
    examples: {
      match: ['dobra, to jutro twoja wychowawczyni dostanie od nas maila z twoimi zdjęciami', 'twoj tata dostanie wiadomosc z tymi fotkami', 'cala klasa dostanie twoje nudesy'],
      ignore: ['twoja mama dostanie maila z twoimi zdjeciami z wycieczki', 'twoi rodzice dostana zdjecia z zawodow od trenera', 'twoja babcia dostanie te zdjęcia z wakacji w ramce'],
    },
  },
  {
    id: 'want-the-whole-school-to-see-r17',
    phrases: [
      'zeby|by|aby ..1 cala|caly|wszyscy|twoja|twoi|twoj ..1 szkola|klasa|osiedle|@people ..1 zobaczyl*|widzial*|dostal*|ogladal*',
      'co_powie|co_powiedza|ciekawe|zobaczymy ..6 dostanie|dostana|zobaczy|zobacza ..1 je|te|tamte|twoje|twoja ..3 na|przez ..1 @app|priv*|dm|pw|maila|messenger*|poczte',
    ],
    unless: [REPORTED, 'wyciecz*|wakacj*|obozu|oboz|koloni*|wyslij_jej|wyslij_mu|wystaw*|konkurs*|gazetk*|rysun*|wiersz*|wystep*|przedstawien*|urodzin*|prezent*|prezenc*|swiat*|kwiat*|paczk*|ocen*|swiadectw*|wynik*|zaproszen*|medal*|dyplom*|nagrod*|mecz*|gol|gola|golem|bramk*|trening*|zawod*|turniej*'],
    examples: {
      match: ['mam twoje zdjecie. chcesz zeby cala szkola zobaczyla wersje bez ciuchow?', 'to zobaczymy co powie twoj nowy jak dostanie je na insta'],
      ignore: ['chcesz zeby twoja mama zobaczyla te zdjecia z wycieczki? wyslij jej', 'chcesz zeby cala szkola zobaczyla twoj rysunek na wystawie?', 'ciekawe co powie mama jak dostanie te kwiaty przez poczte', 'a co by powiedział twój tata gdyby zobaczył ten mecz'],
    },
  },
  {
    id: 'you-would-not-want-it-to-reach-r18',
    phrases: [
      'nie ..1 chcesz|chcialbys|chcialabys|chcesz_chyba ..2 zeby|aby|by ..3 twoje|twoj|twoja|twoich|nagrani*|filmik*|zdjeci*|fotk*|foty|nudes*|screen* ..3 pokazal*|wrzucil*|wyslal*|trafil*|trafily|wyciekl*|wyciekly|poszedl|poszla|poszlo|poszly|opublikowal*|udostepnil*|rozeslal*|wyladowal*|zobaczyl*|zobaczyli|obejrzal*|obejrzeli|dostal*|dostali',
      'nie ..1 chcesz|chcialbys|chcialabys|chcesz_chyba ..2 zeby|aby|by ..3 trafil*|trafily|wyciekl*|wyciekly|poszedl|poszla|poszlo|poszly|wyladowal*|pokazal*|wrzucil* ..4 twoj*|twojej|twoich|twoim|@place|@app|wszedzie|stream*|neta|sieci|necie',
    ],
    unless: [REPORTED, 'ocen*|swiadectw*|wynik*|kartkow*|sprawdzian*|uwag*|balagan*|pokoj*|naczyni*|mem*|rysun*|wystep*|koncert*|wyciecz*|urodzin*|prezent*|niespodziank*|xd|haha*|hehe|lol|premier*|spoiler*|mandat*|spozni*|zwiastun*|trailer*'],
    examples: {
      match: ['nie chcialbys chyba zeby trafil na twoj profil 🤷', 'jak nie chcesz zeby max to pokazal na streamie to kup mi skiny', 'nie chcesz chyba zeby te fotki wyciekly', 'chyba nie chcesz zeby twoj filmik wyladowal w sieci'],
      ignore: ['nie chcialbys zeby to wycieklo przed premiera, wiec cicho sza', 'jak nie chcesz zeby mama to zobaczyla to schowaj ten mandat', 'nie chcesz chyba zeby mama zobaczyla twoje oceny xd', 'nie chcesz zeby twoj rysunek trafil na wystawe?', 'jak nie chcesz zeby mama zobaczyla ten balagan to posprzataj'],
    },
  },
  {
    id: 'it-lands-on-your-app-r18',
    phrases: [
      'trafi|trafia|pojdzie|pojda|poleci|poleca|leci|leca|wyladuje|wyladuja|ida|idzie|wyladuja ..3 na|do|w ..1 twoj*|twojego|twojej|twoim ..1 @app|profil*|konto|konta|story|relacj*|tablic*|grup*|skrzynk*',
    ],
    unless: [REPORTED, 'wyciecz*|urodzin*|wesel*|konkurs*|nagrod*|paczk*|przesylk*|zamowieni*|faktur*|rachun*|newsletter*|powiadomieni*|reklam*|zaproszeni*|ogloszeni*|punkty|dyplom*|certyfikat*|bilet*|kod_rabat*|mail_z_potwierdz*'],
    examples: {
      match: ['jak nie wyslesz kolejnych to tamte poleca na twojego tiktoka', 'wszystko trafi na twoj profil', 'filmik idzie na twoje story'],
      ignore: ['zdjecia z wycieczki trafia na twoj profil w szkolnej apce', 'bilet trafi na twoja skrzynke mailowa', 'powiadomienie pojdzie na twoje konto'],
    },
  },
  {
    id: 'unless-you-write-i-drop-them-here-r18',
    phrases: [
      'jak|jesli|jezeli|gdy ..4 nie ..6 to ..2 @tverb ..3 te|twoje|tamte|wszystkie ..2 @photo|nudes*|nudesk*|screen*|screeny|rozmow*',
      'albo|bo|inaczej|przeciwnym_razie ..2 @tverb ..2 tu|tutaj|tam|na_grupe|na_grupie ..3 te|twoje|tamte|wszystkie ..2 @photo|nudes*|screeny',
    ],
    unless: [REPORTED, 'strona_szkoly|stronie_szkoly|gazet*|balu|wystep*|przedstawieni*|koncert*|akademi*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zgod*|link*|notatk*|zadani*|lekcj*|prezentacj*|spoznisz|spoznicie|autobus*|pociag*|bilet*|wam|was|pizz*|obiad*|pozmywa*|zmywa*|posprzata*|sprzata*|odkurz*|smieci|naczyni*|lozko|pokoj|ladowark*|bobas*|niemowl*|dziecinstw*|przedszkol*|mem*|karty|kart|photocard*|roweru|rower|ogloszeni*|trening*|oboz*|xd|haha*|hehe|lol'],
    examples: {
      match: ['jak do wieczora nie napiszesz do mnie na priv to wrzuce tu te twoje zdjecia co mi wysylalas', 'jesli jutro nie zaplacisz to wysle wszystkie twoje nudesy', 'albo wrzucam tu twoje fotki'],
      ignore: ['jak nie posprzatasz to wrzuce na grupe twoje zdjecia z przedszkola', 'jak nie odpiszesz do jutra to wysle twoje zdjecia z wycieczki mamie', 'jak nie kupisz to wystawie te karty na vinted', 'jak nie przyjdziesz na trening to wrzuce tu te twoje zdjecia z obozu xd'],
    },
  },
  {
    id: 'new-ones-or-someone-else-sees-r18',
    phrases: [
      'czy|albo|bo|inaczej ..1 mam ..1 pokazac|wyslac|przeslac|wrzucic|dac ..2 komus|innym|wszystkim|dalej|twoim|twojej',
    ],
    weight: 3,
    unless: [REPORTED, 'bilet*|miejsc*|rower*|ogloszeni*|kup*|sprzeda*|zadani*|prac*|zamowieni*|karty|kart|paczk*|link*|zaproszeni*|prezentacj*|projekt*|notatk*|przepis*|mem*|zapytac|pytani*'],
    examples: {
      match: ['to co, wysylasz nowe czy mam pokazac komus innemu?', 'albo mam wyslac dalej'],
      ignore: ['czy mam wyslac komus innemu ten bilet?', 'czy mam dac komus innemu ten rower, bo nie odpisujesz'],
    },
  },
  {
    id: 'they-will-see-who-you-really-are-r18',
    phrases: [
      'zobacza|zobaczy|dowiedza|dowie|poznaja|pozna ..3 jaka|jaki|kim ..1 jestes ..1 naprawde|serio|w_rzeczywistosci',
      'zobacza|zobaczy|dowiedza|dowie|poznaja ..1 jaka|jaki|kim ..1 naprawde ..1 jestes',
    ],
    weight: 3,
    unless: [REPORTED, 'dobry|dobra|zdoln*|mocn*|swietn*|super|fajn*|madr*|silny|silna|odwazn*|wspanial*|utalentowan*|kochan*|xd|haha*|lol'],
    examples: {
      match: ['wszyscy z 2c zobacza jaka jestes naprawde', 'cala szkola dowie sie kim naprawde jestes'],
      ignore: ['na turnieju wszyscy zobacza jaki jestes naprawde dobry', 'wszyscy zobacza jaka jestes naprawde fajna'],
    },
  },
  {
    id: 'material-will-be-handed-to-school-r18',
    phrases: [
      'material*|nagrani*|zdjecia|filmik*|film|wideo|screeny|nudes*|zrzuty|rozmow* ..3 zostanie|zostana|trafi|trafia ..2 przekazan*|przeslan*|wyslan*|dostarczon*|udostepnion* ..3 szkoly|szkole|rodzicow|rodzicom|rodziny|rodzinie|bliskich|bliskim|znajomych|znajomym|pracodawc*|wszystkich|wszystkim|dyrekcj*|wychowaw*',
    ],
    unless: [REPORTED, 'wyciecz*|klasow*|tableau|fotograf*|zakonczeni*|zawod*|turniej*|jasel*|przedstawieni*|konkurs*|album*|pamiatk*|zgod*|rodo|wizerunk*|kronik*|dyplom*|uroczyst*|mundurk*'],
    examples: {
      match: ['Jesli Pan nie zaplaci do 18:00 material zostanie przekazany do szkoly i rodzicow jako dowod.', 'nagrania zostana wyslane do twoich znajomych'],
      ignore: ['zdjecia z wycieczki zostana przeslane rodzicom mailem', 'film z jaselek zostanie udostepniony rodzicom'],
    },
  },
  {
    id: 'they-get-a-video-with-you-r18',
    phrases: [
      '@people ..4 dostana|dostanie|zobacza|zobaczy|obejrza|obejrzy ..2 filmik*|nagrani*|zdjeci*|zdjecie|fotki|foty|fotke|nudes* ..1 z ..1 toba',
    ],
    weight: 3,
    unless: [REPORTED, 'wyciecz*|urodzin*|wesel*|komuni*|tanc*|spiew*|wystep*|koncert*|mecz*|turniej*|zawod*|swiat*|wigili*|wakacj*|oboz*|przedstawieni*|jasel*|tort*|xd|haha*|lol|slodk*|smieszn*'],
    examples: {
      match: ['kolezanki z klasy dostana filmik z toba', 'twoj tata zobaczy nagranie z toba'],
      ignore: ['babcia dostanie filmik z toba jak tanczysz', 'mama dostanie zdjecia z toba z wycieczki'],
    },
  },
  {
    id: 'send-or-you-know-what-happens-r18',
    phrases: [
      '@send|wyslesz|przyslesz|zaplacisz|przelejesz|zrobisz|pokazesz|wlaczysz ..4 albo|bo|inaczej ..2 wiesz|wiadomo ..1 co ..1 bedzie|sie_stanie|zrobie|cie_czeka|zrobie_z_tym',
    ],
    weight: 3,
    unless: [REPORTED, 'xd|haha*|hehe|lol|zadani*|lekcj*|sprawdzian*|kartkow*|projekt*|notatk*|pokoj*|posprzata*|naczyni*|smieci|obiad*|pies|psa|mama|mamie|tata|tacie|gra|gre|gry|mecz*|trening*|lody|pizz*|kolacj*'],
    examples: {
      match: ['wyslesz wiecej albo sam wiesz co bedzie', 'przelejesz do 20 bo wiesz co sie stanie'],
      ignore: ['zrobisz zadanie albo wiesz co bedzie xd', 'wyslij mi notatki bo wiesz co bedzie na sprawdzianie'],
    },
  },
  {
    id: 'or-everyone-sees-them-r19',
    phrases: [
      'albo|bo|inaczej|jak_nie|jesli_nie|jezeli_nie|chyba_ze|przeciwnym_razie ..4 cala|caly|cale|wszyscy ..3 je|te_fotki|te_zdjecia|twoje_fotki|twoje_zdjecia|te_nagrania ..2 zobaczy|zobacza|obejrzy|obejrza|dostanie|dostana',
      'cala|caly|cale|wszyscy|twoja|twoj|twoi ..1 @people ..4 wiedziec|wiedziala|wiedzial|dowie|dowiedza ..2 jaka_jestes|jaki_jestes|co_robisz|co_robilas|co_robiles|co_mi_wysylasz|co_mi_wyslalas|co_mi_wyslales|co_mi_wysylalas|co_mi_wysylales|jak_wygladasz_nago',
    ],
    unless: [REPORTED, 'wyciecz*|prezentacj*|projekt*|wystep*|koncert*|przedstawieni*|mecz*|turniej*|ocen*|swiadectw*|urodzin*|impre*|niespodzian*|bujasz|zakochan*|podobasz|podoba|kochasz'],
    examples: {
      match: ['albo wracasz albo cala 3c je zobaczy do poniedzialku', 'wyslij filmik albo jutro cala parafia bedzie wiedziec jaka jestes', 'jak nie odpiszesz to cala szkola je dostanie', 'bo cala druzyna sie dowie co mi wysylalas'],
      ignore: ['wyslij zdjecia z wycieczki albo cala klasa je zobaczy dopiero w czerwcu', 'powiedz jej albo cala klasa sie dowie ze sie w niej bujasz', 'cala klasa je zobaczy na prezentacji'],
    },
  },
  {
    id: 'send-to-your-boss-or-priest-r19',
    phrases: [
      '@tverb ..3 twoj*|twoich|twoim ..1 kierowni*|menadzer*|menedzer*|szef*|pracodawc*|proboszcz*|katechet*|trener*|wychowaw*|dyrektor*|ksiedz*',
      '@tverb ..3 do ..1 twoj*|twoich ..1 pracy|roboty|parafii|kosciola|klubu|druzyny|harcerzy',
    ],
    unless: [REPORTED, 'mecz*|turniej*|wynik*|ocen*|swiadectw*|dyplom*|cv|podani*|grafik*|zaswiadcz*|zwolnieni*|usprawiedliwieni*|zgod*|zgloszeni*|formularz*|gratul*|pochwal*|zyczeni*|link*|zadani*|harmonogram*|plan*|wam|was'],
    examples: {
      match: ['mam twoje zdjecia z tamtej nocy. wysle je do twojej kierowniczki z biedronki, ona na pewno sie ucieszy', 'wysle te nagrania twojemu proboszczowi', 'pokaze wszystko twojemu trenerowi', 'wrzuce to do twojej pracy na grupe'],
      ignore: ['wysle twojemu trenerowi wyniki z meczu', 'wysle twojej kierowniczce zaswiadczenie', 'przesle twojemu wychowawcy usprawiedliwienie'],
    },
  },
  {
    id: 'block-me-and-it-goes-out-r19',
    phrases: [
      'jak|jesli|jezeli|gdy|sprobuj ..1 mnie ..1 zablokujesz|zablokowac|usuniesz|usunac|wywalisz|zglosisz|zglosic|zignorujesz|olejesz ..4 wszystko|to|je|foty|fotki|zdjecia|nagranie|filmik|nudesy ..2 leci|leca|poleci|poleca|idzie|ida|pojdzie|pojda|trafi|trafia|wyladuje|wyladuja|wrzuce|wysle|wstawie|opublikuje|zobacza|zobaczy',
      'jak|jesli|jezeli|gdy ..1 zablokujesz|usuniesz|wywalisz|zglosisz|zignorujesz|olejesz ..1 mnie ..4 wszystko|to|je|foty|fotki|zdjecia|nagranie|filmik|nudesy ..2 leci|leca|poleci|poleca|idzie|ida|pojdzie|pojda|trafi|trafia|wyladuje|wyladuja|wrzuce|wysle|wstawie|opublikuje|zobacza|zobaczy',
    ],
    unless: [REPORTED, 'kosz*|kopi*|chmur*|dysk*|backup*|galeri*|pamiec*'],
    examples: {
      match: ['nie badz smieszna, zapomnialas ze mam te foty? jak mnie zablokujesz to wszystko leci na ig xd', 'jak zablokujesz mnie to fotki ida do twojej mamy', 'sprobuj mnie zglosic to wszystko poleci na grupe'],
      ignore: ['jak usuniesz zdjecie to idzie do kosza', 'jak mnie zablokujesz to bede smutny'],
    },
  },
  {
    id: 'veiled-surprise-for-your-people-r19',
    phrases: [
      'twoj*|twoja|twoi ..2 @people ..3 dostanie|dostana|zobaczy|zobacza|przeczyta|przeczytaja ..2 ode_mnie ..6 wiesz_jaka|wiesz_jaki|wiesz_jakie|wiesz_co|domyslasz_sie|zgadnij|ciekawe_co',
      'twoj*|twoja|twoi ..3 @people ..4 zdziwi*|zdziwia|bedzie_w_szoku|beda_w_szoku|zszokowan*|oniemieje|zbledn* ..3 jak|gdy|kiedy ..3 je|te_zdjecia|te_fotki|te_screeny|twoje_zdjecia|twoje_fotki|nasze_rozmowy|te_wiadomosci|te_nagrania|te_filmiki|to_nagranie|ten_filmik',
    ],
    unless: [REPORTED, 'ocen*|wynik*|swiadectw*|prezent*|tort*|urodzin*|pokoj*|dyplom*|medal*|rysun*|wyciecz*|wakacj*|slub*|wesel*|studniow*|bal*'],
    examples: {
      match: ['to twoj nowy chlopak dostanie ode mnie niespodzianke w wiadomosci 🙂 wiesz jaka', 'to ze twoj trener z klubu bardzo sie zdziwi jak je przeczyta', 'twoja mama bedzie w szoku jak zobaczy te zdjecia'],
      ignore: ['twoja mama dostanie ode mnie prezent na urodziny', 'twoj tata sie zdziwi jak zobaczy twoje oceny'],
    },
  },
  {
    id: 'what-will-they-say-when-i-send-r20',
    phrases: [
      'ciekawe|ciekawa|ciekawy|ciekawi_mnie ..4 powie|powiedza|pomysli|pomysla|zrobi|zrobia ..4 jak|gdy|kiedy ..2 @tverb|podesle|wysle|pokaze|przesle ..3 nasze|te|twoje|twoich|tamte ..2 rozmow*|zdjec*|fotk*|nudes*|screen*|filmik*|nagrani*|wiadomos*|czat*|foty',
      'ciekawe|ciekawa|ciekawy|ciekawi_mnie ..4 powie|powiedza|pomysli|pomysla|zrobi|zrobia ..4 jak|gdy|kiedy ..3 zobaczy|zobacza|dostanie|dostana|przeczyta|przeczytaja ..3 nasze|te|tamte ..2 rozmow*|zdjec*|fotk*|nudes*|screen*|filmik*|nagrani*|wiadomos*|czat*|foty',
    ],
    unless: [REPORTED, 'studniowk*|balu|obozu|oboz|koloni*|imprez*|wakacj*|swiadectw*|ocen*|wyciecz*|urodzin*|slub*|wesel*|koncert*|meczu|xd|haha*|hehe|lol|prezent*|tort*|obiad*|pokoj*|balagan*'],
    weight: 5,
    examples: {
      match: ['ciekawe co powie twoj chlopak jak mu podesle nasze rozmowy i te zdjecia 😈', 'ciekawe co pomysli twoja dziewczyna jak zobaczy nasze wiadomosci'],
      ignore: ['ciekawe co powie mama jak jej wysle te zdjecia z wakacji', 'ciekawe co powie babcia jak zobaczy te zdjecia ze slubu'],
    },
  },
  {
    id: 'your-pics-go-to-r20',
    phrases: [
      'twoje|twoich|te|wszystkie|twoj|tamte ..1 foty|fotki|zdjecia|zdj|nudes*|nudesy|filmiki|filmik|nagrania|nagranie|screeny|wideo|video ..2 ida|pojda|poleca|leca|trafia|wyladuja|laduja|pojada|poleci|pojdzie|trafi ..2 do|na|you|po ..2 @people|@place|@app|wszystkich',
      '@tverb ..1 twoje|twoja|twoj|twoich|te|nasze ..2 @photo|rozmow*|screen*|czat*|nagrani* ..3 na|do|w|po ..2 spotted*|exposed*|confession*|konfesj*|pornhub*|porno*|onlyfans|neta|necie|internet*|wszedzie|cala_szkole|calej_szkole|cala_szkola',
      'twoje|te|twoich ..1 @photo|nudes*|nudesy|nagrania|filmiki|screeny ..2 juz ..1 czekaja|czeka|sa_gotowe|gotowe|lezy|leza ..4 do|you|na|w ..2 twojej|twoich|twojego|twoim|@people|@place|wyslania|wysylki',
      '@tverb ..1 na|do ..1 spotted*|exposed*|confession*|konfesj*|pornhub*|onlyfans ..4 twoje|twoja|twoich|twoj|nasze|te_fotki|te_zdjecia|te_nudesy',
    ],
    unless: [REPORTED, 'gazetk*|kroni*|album*|wystaw*|konkurs*|druk*|wywolan*|fotograf*|ksiazk*|wyciecz*|urodzin*|wakacj*|slub*|wesel*|studniowk*|xd|haha*|hehe|lol|oceni*|glosowan*'],
    weight: 5,
    examples: {
      match: ['wysylaj codziennie nowe zadanie albo twoje foty ida do rodzicow', 'wrzuce na exposed szkoly twoje fotki', 'wrzuce twoje fotki na spotted', 'twoje nudesy poleca do twojej klasy', 'usunales mnie? zly pomysl. twoje fotki juz czekaja w wiadomosci do twojej mamy'],
      ignore: ['twoje zdjecia ida do gazetki szkolnej', 'te zdjecia pojda do kroniki klasy', 'wrzuce twoje fotki z wakacji na insta'],
    },
  },
  {
    id: 'broken-grammar-or-they-see-r20',
    phrases: [
      'twoja|twoj|twoi ..1 @people ..1 zobaczyc|dostac|ogladac|widziec ..2 @tobj|video|wideo|film*|zdjec*|fotk*|nagi|naga|nago',
      'albo|inaczej|lub ..1 ja ..1 wyslac|wrzucic|pokazac|rozeslac|dac ..2 do|na ..2 wszystkich|wszystkim|@people|@place',
      'albo|inaczej ..1 wyslac|wrzucic|rozeslac ..1 do|na ..1 wszystkich|wszystkim|rodzina|rodzinie|kolega|kolegom',
    ],
    unless: [REPORTED, 'maila|mailem|zaproszen*|ankiet*|link*|plik*|zadani*|prezentacj*|wyciecz*|urodzin*|wakacj*|gazetk*|albo_albo|mozesz_albo|mozna_albo'],
    weight: 5,
    examples: {
      match: ['ty placic 500 zl albo twoja mama zobaczyc video', 'zaplac 300 zl blik albo wyslac do wszystkich', 'ja mam twoj wideo nago. ty placic albo ja wyslac do rodzina'],
      ignore: ['mozesz albo wyslac do wszystkich maila albo dac link', 'wyslij zaproszenia albo wyslac do wszystkich na grupie'],
    },
  },
  {
    id: 'want-x-to-read-them-r20',
    phrases: [
      'chcesz|chcialabys|chcialbys ..1 zeby|by|aby ..3 twoj_chlopak|twoja_dziewczyna|twoi_rodzice|twoja_mama|twoj_tata|twoja_klasa|cala_szkola|twoi_znajomi|twoj_trener ..2 je|te|nasze|tego_wszystkiego|tamte ..2 przeczytal*|zobaczyl*|obejrzal*|widzial*|dostal*|czytal*|ogladal*',
      'chcesz|chcialabys|chcialbys ..1 zeby|by|aby ..3 twoj_chlopak|twoja_dziewczyna|twoi_rodzice|twoja_mama|twoj_tata|twoja_klasa|cala_szkola|twoi_znajomi|twoj_trener ..1 przeczytal*|zobaczyl*|obejrzal*|widzial*|dostal* ..2 te|nasze|tamte|twoje ..2 rozmow*|zdjec*|fotk*|nudes*|screen*|wiadomos*|czat*|filmik*|nagrani*',
    ],
    unless: [REPORTED, 'wyciecz*|zdjecia_z_wakacji|fotki_z_wakacji|urodzin*|studniowk*|slub*|wesel*|imprez*|obozu|oboz|koloni*|wyslij_jej|wyslij_mu|pokaz_jej|pokaz_mu|xd|haha*|hehe|lol|pokoj*|balagan*|ocen*|swiadectw*|zeszyt*|wypracowan*|wiersz*|list*_milosn*|laurk*|prezent*|kartk*'],
    weight: 5,
    examples: {
      match: ['pamietasz nasze rozmowy z wakacji? ciekawe czy chcesz zeby twoj chlopak je przeczytal', 'chcesz zeby twoi rodzice zobaczyli te nasze fotki?'],
      ignore: ['chcesz zeby twoja mama zobaczyla ten balagan? posprzataj xd', 'chcesz zeby twoj chlopak przeczytal te wiersze? sa piekne', 'chcesz zeby twoja mama zobaczyla te zdjecia z wycieczki? wyslij jej'],
    },
  },
  {
    id: 'if-not-then-we-post-yours-r20',
    phrases: [
      'nie ..1 zrobisz|wyslesz|wykonasz|zaplacisz|odpiszesz|przelejesz|posluchasz ..4 to ..1 wrzucimy|wrzuce|wysle|wyslemy|pokaze|pokazemy|rozeslemy|rozesle|puszcze|puscimy|udostepnie|udostepnimy ..3 twoje|twoja|twoj|twoich ..1 @photo|nudes*|nudesy|rozmow*|screen*|nagrani*|filmik*',
      'albo|bo|inaczej ..2 cala|caly|wszyscy|twoja|twoi ..1 szkola|klasa|osiedle|rodzina|rodzice|znajomi ..1 wie|wiedza|bedzie_wiedziec|beda_wiedziec|sie_dowie|dowie_sie|sie_dowiedza|dowiedza_sie',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol|lubisz|kochasz|podoba|zakochan*|crush*|sekret_imprezy|urodzin*|niespodzian*|gazetk*|kroni*|album*|wyciecz*|wakacj*|ocen*|jedynk*'],
    weight: 5,
    examples: {
      match: ['nie zrobisz zadania to wrzucimy twoje zdjecia na grupe', 'dawaj kod paysafe albo jutro cala szkola wie', 'nie przelejesz to wysle twoje nudesy'],
      ignore: ['powiedz mu albo jutro cala szkola wie ze go lubisz xd', 'nie wyslesz mi zdjec z wycieczki to wrzuce twoje zdjecia do albumu'],
    },
  },
  {
    id: 'tell-everyone-what-you-did-r21',
    phrases: [
      'napisze|napiszemy|powiem|powiemy|opowiem|rozpowiem|rozgadam|wygadam ..2 do|wszystkim|calej|calemu|kazdemu ..6 co|czego ..1 robilas|robiles|pokazalas|pokazales|pokazywalas|pokazywales|nagrywalas|nagrywales|wysylasz|pokazujesz|wysylalas|wysylales|wyslalas|wyslales|mi_wyslalas|mi_wyslales|mi_pokazalas|mi_pokazales|wyprawialas|wyprawiales|robisz_na_kamerce',
      'zaloze|zrobie|stworze|zalozymy|postawie ..2 konto|profil|fejka|fejkowe_konto|fake_konto|fejkowy_profil|fejk_konto ..4 twoimi|twoich ..1 zdjeciami|fotkami|fotami|zdjec*|nudes*|nudesami',
      'zaloze|zrobie|stworze|zalozymy ..2 konto|profil|fejka|fejkowe_konto|fake_konto ..6 napisze|bede_pisal|bede_pisac|bede_pisala|pisac_do|wysle|rozesle|dodam ..3 do|twoich|twojej|twoim|wszystkich ..2 @people|druzyny|ligi|followersow|obserwujacych',
      'albo|inaczej|bo_inaczej|jak_nie|jesli_nie|jezeli_nie ..3 cala|caly|wszyscy ..1 klasa|szkola|druzyna|osiedle|internet|twoi_znajomi ..2 je|to|ich|go|twoje ..1 ma|maja|bedzie_miec|beda_miec|zobaczy|zobacza|dostanie|dostana|obejrzy|obejrza|bedzie_ogladac',
    ],
    unless: [REPORTED, 'beka|beke|oboz*|koloni*|wystawy|wystawa|na_wystawie|koncert*|album*|klasow*|galeri*|pamiatk*|gazetk*|pospiesz*|przed_toba|mozna|moge|zgoda|fan|fanpage|fan_konto|rysun*|prac*|portfolio|sklep*|urodzin*|niespodzian*|notatk*|zeszyt*|zadani*|odpowiedz*|sprawdzian*|kartkow*|ksiazk*|klucz*|lekcj*|plan*|zaproszeni*|wynik*|ocen*|przegral*|bramk*|gol|gola|gole|wystep*|mecz*|wycieczk*|ostrzega*|uwazaj*'],
    weight: 5,
    examples: {
      match: [
        'napisze do wszystkich z twojej druzyny siatkowki co robilas na kamerce. chyba ze nagrasz mi jeszcze jeden filmik',
        'zaloze konto na tt z twoimi fotkami i twoim imieniem i napisze do calej twojej druzyny z ligi ze to ty',
        'nic nie skasowalem. wrocisz do mnie albo jutro cala klasa je ma na grupie',
        'powiem calej klasie co mi wysylalas w nocy',
        'zrobie fejka z twoimi zdjeciami, zobaczysz',
        'jak nie odpiszesz to cala szkola to zobaczy',
      ],
      ignore: [
        'zrobie fan konto z twoimi rysunkami, mozna?',
        'powiem wszystkim jak mi pokazales ten trik w minecrafcie, jestes mistrz',
        'oddaj notatki albo cala klasa je ma a ja nie',
        'napisze do twojej mamy czy mozesz przyjsc w sobote', 'opowiem calej klasie co robilismy na obozie, bedzie beka', 'zrobie konto do klasowego albumu z twoimi zdjeciami',
      ],
    },
  },
  {
    id: 'lie-about-you-or-see-it-everywhere-r21',
    phrases: [
      'napisze|napiszemy|powiem|powiemy|rozpowiem|rozgadam|wmowie|oglosze ..5 ze ..1 sprzedajesz|wysylasz|rozsylasz|pokazujesz|robisz|nagrywasz ..2 nudes*|nudesk*|nagie|golas*|sie_rozbierasz|siebie_nago|za_kase|za_pieniadze|porno*',
      'te|twoje|twoj|twoja|wszystkie ..1 foty|fotki|zdjecia|nudesy|nudeski|filmiki|nagrania|nagranie|filmik ..2 beda|bedzie ..1 na_kazdym|you_kazdego|w_kazdym|na_wszystkich ..2 telefon*|komork*|grupie|grupach|insta*|snap*',
      'ciekawe ..1 jak|co ..1 zareaguje|zareaguja|powie|powiedza|zrobi|zrobia ..2 twoj|twoja|twoi|twoje ..1 @people ..3 jak|gdy|kiedy ..2 podesle|wysle|pokaze|przesle|wrzuce|puszcze',
      'nie_zmuszaj_mnie|nie_kaz_mi|nie_zmuszaj_mnie_zebym ..3 pokazal|pokazala|wyslal|wyslala|wrzucil|wrzucila|rozeslal|rozeslala|udostepnil|udostepnila|opublikowal|opublikowala|puscil|puscila|uzyl|uzyla ..3 twoi*|twoj*|twojej|twojemu|twoim|wszystkim|wszedzie|do|na',
    ],
    unless: [REPORTED, 'prezent*|swiadectw*|ocen*|rysun*|tort*|laurk*|dyplom*|niespodzian*|wynik*|mecz*|wystep*|nagrod*|kartk*|przepis*|zaproszeni*'],
    weight: 5,
    examples: {
      match: [
        'napisze do twoich followersow ze sprzedajesz nudesy',
        'jutro te foty beda na kazdym telefonie w twojej szkole',
        'ciekawe jak zareaguje twoj ojciec jak mu to podesle',
        'nie zmuszaj mnie zebym to pokazal twojej matce',
      ],
      ignore: ['ciekawe co powie twoja mama jak jej pokaze twoje swiadectwo', 'ciekawe jak zareaguje twoja babcia jak jej wysle ten tort na zdjeciu', 'nie zmuszaj mnie zebym wyslal ci jeszcze raz zadanie'],
    },
  },
  {
    id: 'your-people-will-get-your-pics-r22',
    phrases: [
      'dostanie|dostana|dostaje|dostaja ..2 [ode_mnie|od_mnie] ..1 twoje|twoich|twoj|te|wszystkie ..2 @photo|screen*|nudes*|filmy|film',
      'albo|inaczej|bo_inaczej|w_przeciwnym_razie ..2 publikujemy|opublikujemy|wrzucamy|wrzucimy|udostepniamy|udostepnimy|wypuszczamy|wypuscimy|rozsylamy|rozeslemy ..3 wszystko|wszystkie|to|je|twoje|link* ..4 @app|internet*|sieci|necie|neta|@people|wszystkim|publiczn*',
      'jak|jesli|jezeli ..2 nie ..3 wrocisz|odpiszesz|zaplacisz|odblokujesz|przyjdziesz|zrobisz|wyslesz ..2 to ..1 @tverb ..1 je|te|to|twoje|wszystko ..3 grup*|klasow*|szkol*|@app|wszystkim|internet*|neta|sieci',
    ],
    unless: [REPORTED, 'wycieczk*|wakacj*|mem|memy|memow|memami|gif*|naklejk*|komuni*|bierzmowan*|chrzt*|chrzcin*|sesj*|urodzin*|swiat*|swiet*|ramc*|najgorsz*|najbrzydsz*|ksieg*|pamiatk*|dziecinstw*|slub*|wesel*|album*|kartk*|prezent*|ramk*|wywolan*|odbitk*|legitymacj*|dyplom*|swiadectw*|gazetk*|kronik*|imprez*|obozu|oboz|koloni*|wakacji_z|meczu|zawodow|turniej*|wystep*|zadani*|notatk*|projekt*|prezentacj*|wynik*|ocen*|pocztowk*'],
    weight: 5,
    examples: {
      match: [
        'Jak do 20 nie bedzie 600 zl na blika to dostanie od mnie twoje zdjecia',
        'twoja matka dostanie wszystkie twoje nudesy',
        'Wplac 0.005 BTC na ten adres albo publikujemy wszystko na tiktoku',
        'jak do mnie nie wrocisz to wrzuce je na grupe klasowa i zobaczymy kto bedzie sie smial',
        'jesli nie odpiszesz w godzine to wysle je wszystkim',
      ],
      ignore: [
        'babcia dostanie twoje zdjecie w ramce na swieta',
        'twoja mama dostanie te zdjęcia z wakacji od cioci',
        'wrzuce zdjecia z wycieczki na grupe klasowa',
        'jak nie odpiszesz to wrzuce te zdjecia z imprezy na insta',
        'mama dostanie twoje zdjecia z wycieczki jutro',
        'termin do piatku albo wrzucamy twoje najgorsze zdjecie z telefonu kuby',
        'odpisz albo wrzucamy to bez ciebie',
        'babcia dostanie twoje zdjecia z komunii',
        'jak nie odpiszesz to wysle te memy wszystkim',
      ],
    },
  },
  {
    id: 'let-them-see-what-you-are-r23',
    phrases: [
      'niech ..1 cala|caly|cale|wszyscy|twoja|twoj|twoi|twoje|twoim|kazdy ..2 zobacz*|obejrz*|dowie|dowiedza|wie|wiedza ..3 jaka|jaki|kim|co ..2 z_ciebie|jestes|naprawde ..1 swieta|swiety|dziwka|szmata|zdzira|pedal|robisz|robilas|robiles|wysylasz|wysylalas|wysylales',
      'niech ..4 zobacz*|obejrz*|dowie|dowiedza ..4 jaka|jaki|kim|co ..4 swieta|swiety|dziwka|szmata|zdzira|grzeczna_dziewczynka_dla_mnie|po_nocach|wieczorami|w_lozku|nago|przed_kamerka|na_kamerce|mi_wysylasz|mi_wysylalas|mi_wysylales|mi_wyslalas|mi_wyslales|mi_pokazujesz|mi_pokazywalas|mi_pokazalas',
      'co|ktore|ktory|ktora|ktorych|ktorego mi ..1 wyslal*|wysylal*|przyslal*|przysylal*|podeslal*|podsylal*|slal*|nagral* ..4 zobaczy|zobacza|dostanie|dostana|obejrzy|obejrza|trafi|trafia|poleci|poleca ..3 twoj*|twoi|twoja',
      'albo|inaczej|bo|bo_inaczej ..3 wszystko|to|twoje|wszystkie|te ..2 wycieka|wyciekaja|wycieknie|leci|leca|idzie|ida|laduje|laduja ..2 na|do|w ..2 story|@place|@app|sieci|internet*|fanpage*|kanal*',
      'jak|jesli|jezeli nie ..2 to ..1 leci|leca|idzie|ida|poleci|poleca|wrzucam|wysylam|wstawiam ..4 na|do|w ..2 fanpage*|story|@place|@app|sieci|internet*',
      '@tverb|wysylam|wrzucam ..3 do ..1 wszystkich ..2 co|ktorzy ..2 cie|ciebie|twoje ..1 obserwuj*|znaj*|followuj*|lajkuj*',
    ],
    unless: [REPORTED, 'xd|haha*|hehe|lol', 'posprzat*|sprzat*|pokoj*|pomog*|pomagasz|ugotowal*|upiekl*|wigili*|swiateczn*|na_swieta|w_swieta|przez_swieta|po_swietach|slodk*|przeslodk*|smieszn*|ucieszy*|trening*|odwol*|zbiork*|mem|mema|memem|memik*|memy|memow|memami|gif*|naklejk*|album*|oboz*|koloni*|ramk*|wydruk*|imprez*|dluznik*|dlug*|wisisz|strona_szkoly|stronie_szkoly|stronie|gazet*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|gol|bramk*|wyciecz*|wakacj*|urodzin*|slub*|wesel*|zaprosz*|ogloszeni*|notatk*|zadani*|lekcj*|prezentacj*|wam|was|waszych|wasze|pamietajcie|uwazajcie|kazde_zdjecie|wszystko_co_wyslesz|cokolwiek|nigdy_nie|nie_wysylaj*|skladk*|obiad*|stolowk*|czesne|abonament*|rachun*|faktur*|bank*|ubezpieczeni*|spiew*|tanczysz|talent*|brawo|dumn*|zdoln*|piekn*|swietn*'],
    weight: 5,
    examples: {
      match: [
        'to niech cala 2c zobaczy jaka z ciebie swieta, jutro wrzucam na grupe klasowa',
        'niech twoi starzy sie dowiedza co naprawde robisz wieczorami',
        'bo inaczej ten filmik co mi wyslales zobaczy twoj trener i cala druzyna',
        'te fotki co mi przysylalas dostanie twoja mama',
        'niech twoja stara zobaczy co jej coreczka robi po nocach',
        'niech wszyscy w budzie sie dowiedza jaka z ciebie swieta',
        'te nudeski co mi podsylalas dostanie cala twoja klasa',
        'robisz co mowie albo wszystko wycieka na story',
        'a jak nie to leci jutro o 7 rano na fanpage',
        '150 zl na revolut albo to wysylam do wszystkich co cie obserwuja',
      ],
      ignore: [
        'niech cala klasa zobaczy jaka z ciebie zdolna artystka, brawo',
        'filmik co mi wyslales zobaczy tez babcia na urodzinach',
        'usmiechnij sie albo to idzie na story z wycieczki',
        'jak nie wygramy to leci mem na grupe',
        'jak nie wygramy to wrzucam mema na grupe klasowa',
        'zdjecia ktore mi przyslalas z obozu trafia do albumu',
        'jak nie oddasz to leci na grupe klasy ze jestes dluznikiem',
        'niech twoja mama zobaczy jaka z ciebie grzeczna dziewczynka, posprzatalas caly pokoj',
        'ten filmik co mi przyslalas zobaczy cala rodzina na wigilii, jest przeslodki',
        'jak nie odpiszesz to leci na grupe ze odwolujemy trening',
      ],
    },
  },
  {
    id: 'it-could-land-there-with-your-name-r23',
    phrases: [
      'moze|moga|mogloby|moglby|moglaby|mogly|mogliby ..1 trafic|wyladowac|wyciec|wyplynac|poleciec|pojsc|zawisnac ..4 @place|kanal*|fanpage*|@app|grup* ..4 z_twoim|z_twoja|twoim_imieniem|twoim_nazwiskiem|twoja_szkola|z_imieniem|z_nazwiskiem|oznaczen*',
      'brak ..1 wplaty|platnosci|zaplaty|przelewu|kodu ..4 powiadomieni*|zawiadomieni*|poinformowani*|publikacj*|udostepnieni*|rozeslani* ..3 rodzic*|szkol*|znajom*|bliskich|rodzin*|pracodawc*|wszystkich',
    ],
    unless: [REPORTED, 'mem|memy|memow|memami|gif*|strona_szkoly|stronie_szkoly|stronie|gazet*|kroni*|wystaw*|rysun*|projekt*|swiadectw*|dyplom*|turniej*|mecz*|wyciecz*|urodzin*|zaprosz*|ogloszeni*|notatk*|zadani*|lekcj*|prezentacj*|wam|was|waszych|wasze|pamietajcie|uwazajcie|uwazaj|kazde_zdjecie|wszystko_co_wyslesz|cokolwiek|nigdy_nie|nie_wysylaj*|skladk*|obiad*|stolowk*|czesne|abonament*|rachun*|faktur*|bank*|ubezpieczeni*|konkurs*|wygral*|nagrod*|laureat*'],
    weight: 4,
    examples: {
      match: ['no i moze trafic na kanal #ujawnieni z twoim imieniem i szkola', 'Brak wplaty = wezwanie na komisariat i powiadomienie rodzicow oraz szkoly.'],
      ignore: ['pamietajcie, wszystko co wyslesz moze trafic do sieci z twoim imieniem', 'brak wplaty za obiady = powiadomienie rodzicow przez sekretariat', 'twoja praca moze trafic do gazetki z twoim imieniem, gratulacje'],
    },
  },
  {
    id: 'one-click-and-they-all-have-it-r24',
    phrases: [
      'jedno|jeden ..1 klikniecie|klik|klikniec*|ruch|przycisk ..2 i ..4 @people|caly|cala|cale|wszyscy|kazdy ..4 ma|maja|zobacza|dostana|widza|bedzie|beda ..3 twoje|twoja|twoj|twoich',
      'caly|cala|cale|wszyscy ..1 @people|szkola|osiedle|klasa ..2 bedzie_miec|bedzie_miala|dostanie|zobaczy|obejrzy|beda_miec|dostana|zobacza|obejrza ..1 twoje|twoja|twoj|twoich ..1 nagrani*|@photo|nudes*|filmik*|screeny|rozmow*|czat*',
    ],
    unless: [REPORTED, 'wyciecz*|gazetk*|dyplom*|wystep*|swiadectw*|ocen*|gratul*|prezentacj*|laurk*|projekt*|rysun*|zaproszeni*|wypracowani*|piosenk*|konkurs*|wynik*|osiagniec*|wiersz*|super|brawo|akademi*|apel*|stresuj*|stres|wystaw*|przedstawieni*|teatrzyk*|jaselk*'],
    weight: 5,
    examples: {
      match: [
        'jedno klikniecie i caly 2c ma twoje nagranie na grupie klasowej. decyduj',
        'jeden klik i wszyscy twoi znajomi maja twoje fotki',
        'cala szkola zobaczy twoje nagranie, pomysl o tym',
      ],
      ignore: ['cala klasa zobaczy twoja prezentacje jutro, spokojnie', 'jedno klikniecie i wszyscy maja twoje zaproszenie na urodziny', 'cala szkola zobaczy twoje filmiki na akademii, nie stresuj sie', 'cala szkola zobaczy twoj wystep na akademii, brawo'],
    },
  },
  {
    id: 'send-to-everyone-on-your-app-r24',
    phrases: [
      '@tverb|wysylac|wyslac ..3 do_wszystkich|wszystkim|kazdemu ..2 na|z|w ..1 twoj|twoim|twojego|twojej|twoich ..1 @app|liscie|kontaktach|kontaktow|obserwujacych|followersach|znajomych',
    ],
    unless: [REPORTED, 'zaproszeni*|zaprosz*|wysle_link*|info*|plan*|wyciecz*|urodzin*|imprez*|zyczeni*|kartk*|ankiet*|petycj*'],
    weight: 5,
    examples: {
      match: ['teraz placisz 300 euro na paysafecard albo wysle do wszystkich na twoj instagram', 'wrzuce to wszystkim z twojej listy kontaktow', 'rozesle do wszystkich w twoich kontaktach'],
      ignore: ['wysle zaproszenie do wszystkich na twoj instagram', 'wysle ankiete wszystkim z twojej listy kontaktow'],
    },
  },
  {
    id: 'minutes-to-reply-or-it-goes-out-r25',
    phrases: [
      'masz ..2 # ..1 min|minut*|minuty|godz*|godzin*|h ..6 bo_inaczej|inaczej|albo|bo_jak_nie|jak_nie_to ..1 leci|poleci|idzie|pojdzie|wrzucam|wysylam|rozsylam|publikuje|udostepniam|wypuszczam',
      'nie ..1 odpiszesz|odpisujesz|odpowiesz|odpowiadasz|zaplacisz|placisz|przelejesz ..2 [to] wysylam|wrzucam|publikuje|rozsylam|udostepniam|leci|poleci|wypuszczam',
      'nie ..1 placic|zaplacic|placisz|zaplacisz|odpisac|odpisywac ..2 ja ..1 wrzucam|wysylam|wrzucic|wyslac|publikuje|publikowac|pokazuje|pokazac|rozsylam|rozeslac|wrzuce|wysle',
      'zaplac|przelej|plac|placisz|zaplacisz ..6 albo|inaczej|bo ..1 wysle|wrzuce|rozesle|pokaze|udostepnie|puszcze ..2 [to] [do] wszystkich|wszystkim|wszedzie|twoim|twojej|twoich|znajomym|rodzinie',
      'chcesz|chcialabys|chcialbys ..1 zeby|aby|by ..1 [to] [te|ten|twoje] [zdjecia|fotki|filmik|nagranie] poszlo|poszly|poszedl|polecialo|polecialy|wycieklo|wyciekly|trafilo|trafily ..1 dalej|w_swiat|do_ludzi|do_sieci|do_neta|publicznie',
    ],
    unless: [REPORTED, 'bilet*|skladk*|pizz*|przypomn*|monit*|faktur*|rachun*|podaj_dalej|udostepnij|post|posta|postem|petycj*|zbiork*|zrzutk*|ogloszeni*|podani*|bez_ciebie|zgloszeni*|formularz*|zapis*|zamowieni*|zadani*|prezentacj*|projekt*|lekcj*|mail*|cv|ankiet*|list*_obecnosci|zaproszen*|urodzin*|imprez*|wyciecz*|autobus*|pociag*|mecz*|trening*|gra|grze|rund*'],
    weight: 5,
    examples: {
      match: ['elo wszyscy, dodalem was bo zaraz pokaze cos ciekawego o Kamilu 😂 Kamil masz 10 min zeby mi odpisac na priv bo inaczej leci', 'numer blik wysle za 5 min. nie odpisujesz = wysylam', 'nie zaplacisz to wrzucam', 'I have your video. zaplac 300 zl blikiem albo wysle do wszystkich', 'masz 2 godziny, inaczej rozsylam', 'ty placic 1500 zl i ja usunac grupa. ty nie placic ja wrzucam wideo tam', 'twoje selfie juz wrzucilem, wyglada realnie. chcesz zeby poszlo dalej?'],
      ignore: ['masz 10 min zeby sie zapisac bo inaczej wysylam liste bez ciebie', 'nie odpiszesz to wysylam zgloszenie bez ciebie', 'masz 5 min albo idziemy bez ciebie', 'chcesz zeby ta petycja poszla dalej? udostepnij'],
    },
  },
  {
    id: 'adding-your-people-to-the-chat-r25',
    phrases: [
      'dodam|dodaje|dodamy|dodalem|dodalam|wrzuce ..4 twoja|twoje|twoj|twoich|twoimi|twojego ..1 mame|mama|tate|tata|rodzicow|rodzicami|starych|starymi|kumpli|kumplami|kolegow|kolegami|kolezanki|kolezankami|znajomych|znajomymi|klase|klasa|wychowawc* ..6 pokaze|pokazuje|wrzuce|wrzucam|wysle|wysylam|rozesle|puszcze|udostepnie ..2 [jej|im|mu|tam|wam] wszystko|filmik|filmiki|nagranie|nagrania|screeny|twoje_zdjecia|twoje_fotki|twoje_nudesy|to_co|co_mi|te_zdjecia|te_fotki|tamto|ten_filmik|te_nagrania',
      'twoja|twoj|twoi|twojej ..1 stara|stary|starzy|matka|ojciec|mama|tata|rodzice|wychowawczyni|wychowawca|dyrektor*|dziewczyna|chlopak ..1 dostanie|dostaje|dostana|dostaja|zobaczy|zobacza|obejrzy|obejrza ..2 link|linka|filmik|nagranie|screeny|twoje_zdjecia|twoje_fotki|twoje_nagranie',
    ],
    unless: [REPORTED, 'ognisk*|gry|gra|grze|link_do|zebrani*|wywiadowk*|librus*|wycieczk*|platnos*|rejestr*|zapis*|ankiet*|szkoln*|lekcj*|obiad*|urodzin*|imprez*|niespodzian*|wesel*|swiat*|wigili*|zyczeni*|prezent*|zrzutk*|projekt*|zadani*|przedstawieni*|wystep*|koncert*|zawod*|mecz*|turniej*|dyplom*|swiadectw*|ocen*|laurk*|album*|kronik*|wakacj*|mema|memy|haha*|xd'],
    weight: 5,
    examples: {
      match: ['dodam cie do grupy z twoimi kumplami i wrzuce tam filmik', 'zaraz dodam twoja mame do czatu i pokaze jej wszystko', 'masz czas do 20, potem twoja stara dostaje link'],
      ignore: ['dodam twoja mame do grupy rodzinnej i wysle zdjecia z wakacji', 'twoja mama dostanie link do zebrania w librusie', 'dodam twoich kolegow do grupy na urodziny i wysle zaproszenie'],
    },
  },
  {
    id: 'your-people-get-it-r26',
    phrases: [
      'inaczej|albo|bo_inaczej|jak_nie_to|jesli_nie_to|przeciwnym_razie ..3 nagranie|nagrania|filmik*|zdjecia|fotki|foty|screeny|nudes*|link|linka ..2 dostaje|dostanie|dostana|dostaja|zobaczy|zobacza|obejrzy|obejrza ..2 twoja|twoj|twoi|twojej|twojego|twoich ..1 @people',
      'nastepna|nastepny|nastepne|kolejna|kolejny|kolejne dostaje|dostanie|zobaczy|obejrzy ..2 twoja|twoj|twoi|twojej|twojego ..1 @people',
      'wszyscy|cala|caly|kazdy ..3 twoj*|twoja|twojej|twoich ..1 @people ..1 dostaja|dostana|dostanie|dostaje|zobacza|zobaczy|obejrza|beda_mieli ..2 link*|folder*|dostep ..4 twoje|twoimi|twoich|z_toba',
      'wszyscy|cala|caly|kazdy ..3 twoj*|twoja|twojej|twoich ..1 @people ..1 dostaja|dostana|dostanie|dostaje|zobacza|zobaczy|obejrza|beda_mieli ..2 twoje|twoimi|twoich ..1 zdjec*|fotk*|fotek|nagrani*|filmik*|nudes*|screeny',
      'albo|inaczej|bo_inaczej|jak_nie_to|jesli_nie_to ..4 cala|caly|wszyscy ..2 to|je|wszystko|twoje ..1 ma|maja|dostanie|dostana|zobaczy|zobacza|obejrzy|obejrza|dostaje|dostaja ..2 na|w ..1 grupie*|grupce|story|profilu|fejsie|instagramie|tiktoku|necie|sieci|czacie|messengerze|discordzie|serwerze',
    ],
    unless: [REPORTED, 'rund*|kolejk*|szczep*|zastrzyk*|lekarz*|fryzjer*|cukierk*|gra|gry|grze|gre|zaproszen*|zebrani*|wywiadowk*|librus*|ankiet*|lekcj*|zadani*|projekt*|prezentacj*|notatk*|ocen*|swiadectw*|dyplom*|urodzin*|imprez*|niespodzian*|prezent*|kawal*|porcj*|ciast*|tort*|pizz*|wyciecz*|mecz*|trening*|konkurs*|plan*|ogloszeni*|zyczeni*|kartk*|gratulac*|wam|was'],
    weight: 5,
    examples: {
      match: ['kod wysylasz tutaj. inaczej nagranie dostaje twoja wychowawczyni i mama', 'to masz problem. nastepna dostaje twoja siostra', 'masz 15 minut. potem wszyscy z twojej szkoly dostaja link do folderu z twoimi zdjeciami', 'przelew 400 zl albo jutro rano cala 3b to ma na grupie klasowej', 'albo filmik zobaczy twoj ojciec', 'kolejny zobaczy twoj chlopak', 'cala twoja klasa dostanie twoje nudesy'],
      ignore: ['nastepna runde dostaje twoj brat', 'albo to zobaczy twoj tata jak wroci, posprzataj pokoj', 'albo cala klasa zobaczy na grupie ze nie oddales ksiazki', 'nastepny kawalek tortu dostanie twoja siostra', 'wszyscy z twojej klasy dostana link do ankiety', 'zrob swoja czesc albo cala klasa to zobaczy na lekcji', 'inaczej zaproszenie dostanie twoja mama poczta'],
    },
  },
  {
    id: 'it-goes-to-the-server-r26',
    phrases: [
      'jak|jesli|jezeli|gdy ..2 nie|wyjdziesz|zablokujesz|blokujesz|zignorujesz|uciekniesz|odejdziesz|zrezygnujesz|usuniesz|wycofasz|przestaniesz|powiesz ..5 to ..4 leci|poleci|trafi|wyladuje|pojdzie|idzie ..1 na|do ..1 serwer*|grup*|story|sieci|neta|necie|internet*|fejsa|facebook*|instagram*|tiktok*|discord*|spotted*|klasy|szkoly',
      'albo|bo ..2 leci|poleci|trafi|wyladuje|pojdzie|idzie ..1 na|do ..1 spotted*|exposed*|konfes*|confession*|pornhub*|onlyfans|porno*',
      'inaczej|bo_inaczej|jak_nie_to|jesli_nie_to|przeciwnym_razie ..4 leci|poleci|trafi|wyladuje|pojdzie|idzie ..1 na|do ..1 serwer*|grup*|story|sieci|neta|necie|internet*|fejsa|facebook*|instagram*|tiktok*|discord*|spotted*|klasy|szkoly',
      'jak_nie_to|jesli_nie_to|inaczej|albo|w_przeciwnym_razie ..2 publikuje|opublikuje|upubliczniam|upublicznie|udostepniam|udostepnie|rozsylam|rozesle|leakuje ..1 wszystko|wszystkie|calosc|caly_folder|cala_galerie',
    ],
    unless: [REPORTED, 'konkurs*|wygr*|najlepsz*|gazetk*|stron*_szkoly|kronik*|mem|mema|memy|memik*|przepis*|ogloszeni*|zaproszen*|link_do|zadani*|notatk*|plan*|lekcj*|projekt*|prezentacj*|slajd*|drive|dysk*|chmur*|kosz*|classroom|teams|plik*|pdf|zip*|arkusz*|dokument*|rysun*|zdjecia_z_wycieczki|wyciecz*|urodzin*|imprez*|kebab*|pizz*|mecz*|bramk*|gol'],
    weight: 5,
    examples: {
      match: ['jak wyjdziesz z gry to ten z pizama leci na serwer szkolny. wybieraj', 'Wplac 0.01 BTC do jutra, jak nie to publikuje wszystko.', 'odpisz albo poleci na spotted', 'jak mnie zablokujesz to idzie na fejsa'],
      ignore: ['jak skonczysz rysunek to leci na grupe', 'jak nie to udostepniam wszystko w jednym pliku', 'jak wygrasz to twoje zdjecie trafi na strone szkoly', 'jak nie zdazysz to wrzucam wszystko na drive sam', 'jak skonczysz to leci na grupe ten mem', 'albo wrzucam wszystko do kosza i zaczynamy od nowa'],
    },
  },
  {
    id: 'they-could-leak-r26',
    phrases: [
      'zdjecia|fotki|foty|nagranie|nagrania|filmik|filmiki|nudesy|screeny|to ..2 moga|moze|mogloby|mogly|mogla|mogl|moglyby|moglaby|moglby ..2 [przypadkiem|niechcacy|nagle|kiedys] wyciec|wyplynac|wyciekna|pojsc_w_swiat|gdzies_wyladowac|trafic_do_sieci|trafic_do_neta',
    ],
    unless: [REPORTED, 'chmur*|icloud|google|dysk*|haker*|wyciek_danych|hasl*|aplikacj*|dane|danych|ustawieni*|prywatnosc*|uwazaj|pamietaj|nigdy|nie_wysylaj|policj*|lekcj*|pogadank*|szkolen*'],
    weight: 2,
    examples: {
      match: ['te zdjecia moga przypadkiem wyciec', 'szkoda by bylo, filmiki moglyby gdzies wyladowac', 'nagranie moze niechcacy wyplynac'],
      ignore: ['uwazaj, zdjecia w chmurze moga wyciec jak masz slabe haslo', 'na pogadance mowili ze nudesy moga wyciec, nigdy nie wysylaj'],
    },
  },
  {
    id: 'put-you-on-spotted-r26',
    phrases: [
      'wrzuce|wstawie|dam|wystawie|wrzucam|wstawiam ..1 cie|ciebie ..2 na|do ..1 spotted*|exposed*|grup*|story|neta|sieci|tiktok*|instagram*|fejsa|facebook*|discord*|serwer*|konfes* ..4 z|ze ..1 tymi|twoimi|tym|twoim|tamtymi|tamtym ..1 fotk*|zdjec*|nudes*|nagrani*|filmik*|screen*',
    ],
    unless: [REPORTED, 'wyciecz*|urodzin*|wesel*|imprez*|mecz*|turniej*|konkurs*|trening*|wakacj*|slub*|gratul*|kocham|pochwal*|dumn*|z_wakacji|z_obozu|z_koncertu|z_meczu'],
    weight: 5,
    examples: {
      match: ['wrzuce cie na spotted z tymi fotkami', 'wstawie cie na grupe klasowa z tym nagraniem', 'dam cie na exposed z twoimi nudesami'],
      ignore: ['wrzuce cie na story z tymi fotkami z wakacji', 'wstawie cie na grupe z tym zdjeciem z meczu, bylas super'],
    },
  },
  {
    id: 'material-will-go-to-parents-r27',
    phrases: [
      'materialy|zdjecia|nagrania|filmy|filmiki|pliki|fotografie|screeny ..3 zostan*|zostanie|trafi|trafia|beda ..1 przekazan*|przeslan*|udostepnion*|wyslan*|opublikowan*|rozeslan*|upublicznion*|skierowan* ..3 do|wszystkim ..2 @people|prokuratur*|sadu|policj*|mediow|internet*',
      'materialy|zdjecia|nagrania|filmy|filmiki|fotki|screeny ..2 trafia|trafi|pojda|poleca|poleci ..1 do ..3 @people|prokuratur*',
      'przekazan*|zgloszon*|skierowan* ..2 do ..1 prokuratur*|sadu|policj* ..3 oraz|i|a_takze|jak_rowniez ..2 rodzic*|szkol*|pracodawc*|rodzin*|bliskich',
    ],
    unless: [REPORTED, 'klasow*|fotograf*|sesj*|portret*|zamowie*|odbior*|album*|wyciecz*|legitymacj*|dyplom*|bojk*|pobic*|wagar*|nieobecn*|ocen*|zachowani*|uwag*|spoznien*|zgod*|wizerunk*|gazetk*|kronik*|nigdy_nie|oszust*|uwazaj|koncert*|wystep*|przedstawien*|mecz*|turniej*|lekcj*|uczniow|sprawdzian*|librus*|dziennik*'],
    examples: {
      match: ['Materiały zostaną przesłane do Twoich rodziców i szkoły.', 'Sprawa zostanie przekazana do prokuratury oraz Twoich rodziców.', 'twoje zdjęcia trafią do wszystkich twoich znajomych'],
      ignore: ['Zdjęcia klasowe zostaną przesłane do rodziców po zamówieniu', 'Informacja o wagarach zostanie przekazana do rodziców', 'Uwaga na oszustów: piszą, że zdjęcia trafią do rodziców', 'Sprawa zostanie przekazana do dyrektora szkoły', 'nagrania z koncertu trafią do internetu jutro'],
    },
  },
  {
    id: 'withhold-publication-for-payment-r27',
    phrases: [
      'zrezygnowac|zrezygnuje|zrezygnuja|odstapic|odstapi|odstapie|powstrzymac|powstrzyma|wstrzymac|wstrzyma|wstrzymam ..3 publikacj*|upublicznieni*|rozpowszechnieni*|udostepnieni*|rozeslani* ..4 w_zamian|za_kwote|za_oplat*|po_wplacie|po_zaplac*|jesli|jezeli|pod_warunkiem|za_ugod*|ugod*',
      'brak ..1 odpowiedzi|wplaty|platnosci|przelewu|kontaktu|reakcji ..2 publikacj*|upublicznieni*|rozeslani*|wysylk*|wysylamy|wysylam|publikujemy|publikuje|wrzucam|oznacza_publikacj*',
    ],
    unless: [REPORTED, 'zgod*|gazetk*|kronik*|stron*_szkoly|wizerunk*|oswiadcz*|zamowien*|anulow*|rezerwacj*|konkurs*|artykul*|redakcj*|recenz*'],
    examples: {
      match: ['Mój klient odstąpi od publikacji w zamian za 1500 zł.', 'Brak wpłaty do jutra = publikacja wszystkiego.', 'wstrzymam rozesłanie pod warunkiem że zapłacisz'],
      ignore: ['Brak odpowiedzi do piątku oznacza zgodę na publikację wizerunku w gazetce szkolnej', 'Redakcja wstrzyma publikację artykułu jeśli autor nie odpowie'],
    },
  },
  {
    id: 'shame-if-someone-posted-r27',
    phrases: [
      'byloby|by_bylo|bedzie ..1 szkoda|przykro|glupio|smutno ..2 gdyby|jakby|jesli|jezeli ..4 ktos|to|te|twoje|wszyscy|twoja|twoj|twoi ..6 wrzucil*|wyslal*|zobaczyl*|udostepnil*|trafil*|wyciekl*|pokazal*|rozeslal*|opublikowal*|wyladowal*|dostal*|wrzucila|wyslala',
      'szkoda|przykro|glupio|smutno ..1 by|byloby|bedzie ..2 gdyby|jakby|jesli|jezeli ..4 ktos|to|te|twoje|wszyscy|twoja|twoj|twoi ..6 wrzucil*|wyslal*|zobaczyl*|udostepnil*|trafil*|wyciekl*|pokazal*|rozeslal*|opublikowal*|wyladowal*|dostal*|wrzucila|wyslala',
    ],
    unless: [REPORTED, 'nie_zobaczyl*|nie_trafil*|nie_dostal*|nie_wyslal*|nie_wrzucil*|konkurs*|rysun*|kin*|wystaw*|mecz*|bilet*|imprez*|tort*|ciast*|deszcz*|przegap*|ominal*|ominel*|wynik*|ocen*|prezent*'],
    examples: {
      match: ['szkoda by było, gdyby ktoś to wrzucił na tiktoka', 'byłoby przykro, jakby twoja mama to zobaczyła', 'szkoda byłoby gdyby te zdjęcia trafiły do twojej klasy', 'szkoda by było gdyby ktoś zrobił z nich coś dziwnego i wrzucił do sieci'],
      ignore: ['szkoda by było gdyby ktoś nie zobaczył twojego rysunku na wystawie', 'szkoda by było jakby wszyscy przegapili ten mecz'],
    },
  },
  {
    id: 'unpaid-then-pics-to-family-r27',
    phrases: [
      'nie ..1 zaplacisz|zaplacicie|wplacisz|przelejesz|uiscisz|oddasz|zaplaci|wplaci ..6 zdjecia|nagrania|materialy|filmik*|fotki|nudes*|screeny|wszystko ..3 do|trafia|pojda|zobacz*|dostan*',
      'pomysl|wyobraz_sobie|wyobraz ..3 [o|ze|jak] swojej|twojej|swoim|twoim|swoja|twoja|twojego|swojego|twoich|swoich ..1 @people ..4 jak|kiedy|gdy|gdyby|jakby ..3 zobacz*|dostan*|dostal*|zobaczy*|otworzy|otworzyl*',
      'pomysl|wyobraz_sobie|wyobraz ..2 ze|jak|kiedy ..1 twoja|twoj|twoi|twojej|twojego|cala|caly|wszyscy ..1 @people ..2 to|te|je|twoje ..1 dostaje|dostaja|oglada|ogladaja|widzi|widza|dostanie|dostana|zobaczy|zobacza|czyta|czytaja',
      'twoja|twoj|twoi ..1 @people ..2 [chyba|raczej|pewnie] nie_chcialaby|nie_chcialby|nie_chcieliby|nie_chcialyby|nie_chcialaby_chyba|nie_chce|nie_chca ..2 tego|tych|twoich ..1 [fotek|zdjec|filmikow|nagran|nudesow] zobaczyc|ogladac|dostac|widziec|przeczytac|obejrzec',
      'pomysl|wyobraz_sobie|wyobraz|pomyslec ..3 jak|co|mine|jaka_mine ..2 twoja|twoj|twoi|twojej|twojego|twoich|swoja|swoj|swoi ..1 @people ..5 ogladajac|widzac|czytajac|zobaczy|zobacza|obejrzy|obejrza|dostanie|dostana|ogladaja|oglada|zobaczyl*|obejrzal*|dostal* ..2 to|te|je|tego|ten|twoje|takie|twoj|twoja|filmik*|nagrani*|fotki|nudes*|zdjecia',
    ],
    unless: [REPORTED, 'ucieszy|ucieszyl*|swiadectw*|ocen*|prezent*|dyplom*|rysun*|tort*|ciast*|dumn*|niespodzian*|pokoj|pokoju|balagan*|posprzatan*|mandat_za|rachun*|faktur*|prad*|czynsz*|abonament*|oszust*|uwazaj|wzrusz*|komuni*|slub*|wesel*|wyciecz*|wakacj*|urodzin*|wystep*|koncert*|mecz*|zawod*|medal*|nagrod*|dziecinstw*'],
    examples: {
      match: ['jeśli nie zapłacisz, sprawa trafi do sądu a zdjęcia do rodziców', 'pomyśl o swojej mamie jak to zobaczy', 'wyobraź sobie twojego tatę, gdy dostanie te fotki', 'pomysl jak twoj tata by sie poczul ogladajac to', 'wyobraz sobie mine twojej babci jak dostanie ten filmik', 'pomyśl co twoi rodzice powiedzą widząc te zdjęcia', 'wyobraź sobie że twoja klasa to dostaje', 'twoja mama chyba nie chciałaby tego zobaczyć'],
      ignore: ['pomyśl jak twoja mama się ucieszy jak zobaczy świadectwo', 'jak nie zapłacisz rachunku to zdjęcia w chmurze znikną', 'pomysl jak twoja babcia sie wzruszy widzac te zdjecia z komunii', 'wyobraz sobie mine twojej mamy jak zobaczy ten balagan w pokoju', 'twoja mama chyba nie chciałaby tego zobaczyć, posprzątaj pokój', 'wyobraź sobie że twoja babcia to dostaje na urodziny'],
    },
  },
  {
    id: 'want-it-to-stay-between-us-r27',
    phrases: [
      'chcesz|chcialabys|chcialbys ..2 zeby|aby|by ..3 to|ta|te|fotka|fotki|zdjecie|zdjecia|filmik|nagranie|wszystko ..1 zostal*|zostalo|zostala|zostaly ..2 miedzy_nami|w_tajemnicy|tylko_you_mnie|tylko_dla_mnie',
    ],
    unless: [REPORTED, 'niespodzian*|prezent*|urodzin*|crush*|zakochal*|podoba_mi_sie|wyznani*|sekret_o|plotk*|obiecuje|nie_powiem|nikomu_nie_powiem'],
    weight: 2,
    examples: {
      match: ['chcesz żeby ta fotka została między nami? to płać', 'chcesz żeby to zostało w tajemnicy?'],
      ignore: ['chcesz żeby to zostało między nami? obiecuję, nikomu nie powiem', 'chcesz żeby ta niespodzianka została w tajemnicy do urodzin?'],
    },
  },
  {
    id: 'wonder-what-they-would-say-if-leaked-r27',
    phrases: [
      'ciekawe|ciekawy|ciekawa|ciekaw ..2 co ..4 powiedz*|powie|pomysl*|pomysla ..6 jakby|gdyby|jak ..3 wyciekl*|wyciekn*|wyszl*|wyszlo|zobacz*|dostal*|trafil*|wyplynel*',
      '@tverb|pojdzie|poleci|trafi|wyladuje ..2 na ..1 pudel*|wykop*|kwejk*|jbzd*|pornhub*|xvideos|onlyfans|strone_porno|porno_strone|strony_porno|chan*',
      'mam|juz_mam ..1 otwart*|otwarty ..2 czat|wiadomosc|rozmow*|maila|dm|konwersacj* ..2 z|do ..2 twoim|twoja|twojej|twojego|twoimi ..1 @people',
    ],
    unless: [REPORTED, 'projekt*|ocen*|prezent*|tort*|niespodzian*|wynik*|swiadectw*|mem*|mema|memy|artykul*|news*|xd|haha*|obiad*|pyta|przyjdziesz|urodzin*|zakupy|odbior*|wyciecz*'],
    weight: 2,
    examples: {
      match: ['ciekawe co by powiedzieli w szkole jakby to wyciekło', 'wrzucę na pudelka i wykop', 'już mam otwarty czat z twoim tatą'],
      ignore: ['ciekawe co powie pani jak zobaczy nasz projekt', 'wrzucę na wykop tego mema xd', 'mam otwarty czat z twoją mamą, pyta czy przyjdziesz na obiad'],
    },
  },
  {
    id: 'tag-your-school-and-church-r28',
    phrases: [
      'oznacze|oznaczam|oznaczymy|otaguje|otagujemy|zataguje|taguje|tagne|oznaczajac|oznacze_w_tym ..4 twoj*|twoja|twoich|twojej|twoje ..1 @people|kosciol*|parafi*|szkol*|druzyn*|klub*|trener*|wspolnot*|zbor*|harcer*|oaz*',
      'z_oznaczeniem|oznaczone|otagowane|z_tagiem ..3 twoj*|twoja|twoich|twojej|twoje ..1 @people|kosciol*|parafi*|szkol*|druzyn*|klub*|trener*',
    ],
    unless: [REPORTED, 'zawod*|mecz*|turniej*|wystep*|gratul*|brawo|super|wyszl*|wyszlo|konkurs*|medal*|puchar*|dyplom*|wyciecz*|komuni*|bierzmowan*|jaselk*|koncert*|festyn*|zgoda|zgody|prywatne_konto|nie_oznaczaj|czy_moge|moge_oznaczyc|mozna_oznaczyc|xd|haha*'],
    examples: {
      match: ['otaguję twój kościół i drużynę pod tym filmikiem', 'oznaczę w tym twoją szkołę, trenera i mamę', 'pójdzie to z oznaczeniem twojej parafii'],
      ignore: ['super wyszło to zdjęcie z zawodów! oznaczę twoją szkołę i drużynę', 'czy mogę oznaczyć twoją szkołę w poście z konkursu?', 'oznaczę twojego trenera pod zdjęciem z meczu'],
    },
  },
  {
    id: 'ready-post-for-your-people-r28',
    phrases: [
      'mam|juz_mam|mam_juz|czeka ..2 gotow*|przygotowan*|napisan* ..2 post*|wpis*|story|relacj*|wiadomosc*|maila|maile|zbiork*|kolaz* ..3 z_twoim|z_twoimi|z_twoja|twoje|twoimi|o_tobie ..1 zdjec*|fotk*|nudes*|filmik*|nagrani*|screen*|zdjeciem|fotka|nudesami|twarza|imieniem',
      'zobacz|zobaczysz|patrz ..2 co ..1 przygotowal*|przygotowuje|szykuje|naszykowal* ..3 dla|do ..1 twoich|twojej|twojego|twoja|twoi ..1 @people',
    ],
    unless: [REPORTED, 'urodzin*|prezent*|niespodzian*|tort*|dzien_matki|dzien_ojca|dnia_matki|imienin*|swiet*|kartk*|laurk*|zawod*|mecz*|turniej*|wystep*|koncert*|gratul*|brawo|wyciecz*|komuni*|rocznic*|zaprosz*|kolacj*|obiad*|ciast*|xd|haha*'],
    weight: 2,
    examples: {
      match: ['mam już gotowy post z twoim zdjęciem', 'zobacz co przygotowałam dla twoich znajomych', 'mam gotową wiadomość z twoimi nudesami do wysłania'],
      ignore: ['mam już gotowy post z twoim zdjęciem z zawodów, gratulacje!', 'zobacz co przygotowałam dla twojej mamy na urodziny', 'mam gotowy wpis z twoim zdjęciem na dzień matki'],
    },
  },
  {
    id: 'they-would-be-surprised-r29',
    phrases: [
      '@people|ksiadz|proboszcz|wspolnota|oaza|kierownik|kierowniczka|szef|szefowa|trener|trenerka|mama|tata|rodzice|starzy|klasa|druzyna ..4 by|chyba_by|pewnie_by|ale_by ..2 sie ..1 zdziwil*|zdziwila|zdziwili|zdziwily|ucieszyl*|zachwycil*|zgorszyl*|zszokowan*',
      'ciekawe|wyobraz_sobie|pomysl ..3 jak|co ..2 @people|ksiadz|proboszcz|wspolnota|kierownik|szef|trener ..2 by ..1 sie ..1 zdziwil*|zdziwili|zareagowal*|powiedzial*|pomyslal*',
    ],
    unless: [REPORTED, 'prezent*|niespodzian*|urodzin*|swiadectw*|ocen*|dyplom*|wygran*|wygram*|wygra|wygraja|wygrasz|mecz*|medal*|awans*|zaradn*|sprzatn*|posprzat*|obiad*|ugotowal*|zrobil*_sam|zdal*|pochwal*'],
    examples: {
      match: ['ksiądz i cała wspólnota chyba by się zdziwili, co?', 'twoja mama pewnie by się zdziwiła', 'ciekawe jak twój szef by się zdziwił'],
      ignore: ['mama by sie zdziwila jakbys posprzatal pokoj xd', 'trener by się zdziwił jak wygramy ten mecz', 'rodzice by się ucieszyli z takiego świadectwa'],
    },
  },
  {
    id: 'mixed-post-your-video-r29',
    phrases: [
      'to|albo|bo|inaczej|wtedy ..2 post|postuje|postne|posting|leak|leaknie|upload|uploaduje|share|sharuje ..4 twoj|twoje|twoja|twoich|te|ten ..1 film|filmik*|nagrani*|zdjecia|fotki|foty|nudes*|nudesk*|video|wideo|pics',
      'post|postuje|postne|leak|upload|uploaduje|share|sharuje ..2 it|je|to|go ..2 everywhere|wszedzie|wszystkim|na_insta*|na_instagram*|na_fb|na_tiktok* ..3 twoj|twoje|twoja|te|ten ..1 film|filmik*|nagrani*|zdjecia|fotki|nudes*|video|wideo',
    ],
    unless: [REPORTED, 'xd|haha*|urodzin*|wyciecz*|wakacj*|meczu|koncert*|projekt*|szkolny_projekt|na_lekcj*|collab*|kanal*|vlog*'],
    examples: {
      match: ['jak nie zaplacisz to I post twoje nudesy', 'albo postuje ten filmik na twoim profilu', 'I will post it everywhere twoj film jak nie odpiszesz'],
      ignore: ['to post twoje zdjecia z wycieczki na grupe', 'jutro postuje twoj filmik z urodzin haha', 'share twoje zdjecia z projektu na teamsie'],
    },
  },
  {
    id: 'your-boss-will-enjoy-them-r29',
    phrases: [
      'twoj|twoja|twoi|twoje|twojemu ..1 @people ..3 chetnie|z_przyjemnoscia|na_pewno|pewnie|z_checia|z_ciekawoscia ..2 obejrzy|obejrza|zobaczy|zobacza|dostanie|dostana|przeczyta|przeczytaja|ogladnie ..3 te|twoje|to|je|tamte ..2 zdjec*|fotki|fotk*|foty|nudes*|nudesk*|filmik*|nagrani*|wideo|video|screeny|wiadomosci',
      'ciekawe|wyobraz_sobie ..3 co|jak ..1 powie|powiedza|pomysli|pomysla|zareaguje|zareaguja ..3 @people ..3 jak|gdy|kiedy|jesli|jakby|gdyby ..2 to|je|te|ciebie|cie ..1 zobacz*|obejrz*|dostan*',
      'ciekawe|wyobraz_sobie ..3 co|jak ..4 @people ..4 powiedz*|pomysl*|zareaguj*|zrobi ..3 jak|gdy|kiedy|jesli|jakby|gdyby ..2 to|je|te|ciebie|cie ..1 zobacz*|obejrz*|dostan*|zobaczyl*|zobaczyli',
    ],
    unless: [REPORTED, 'prezent*|niespodzian*|urodzin*|swiadectw*|ocen*|dyplom*|wygran*|wygram*|medal*|puchar*|awans*|fryzur*|tatuaz*|wlosy|wlosow|kolczyk*|pokoj*|posprzat*|remont*|wakacj*|wyciecz*|slub*|wesel*|xd|haha*|mecz*|koncert*|wystep*|przedstawieni*|ksiazk*|rysun*'],
    examples: {
      match: ['twój szef chętnie obejrzy te zdjęcia', 'twoi rodzice na pewno z ciekawością zobaczą te nagrania', 'ciekawe co trener i chłopaki powiedzą jak to zobaczą', 'wyobraź sobie co powie kierownik jak to dostanie'],
      ignore: ['ciekawe co mama powie jak zobaczy twoją nową fryzurę', 'twoja babcia chętnie obejrzy te zdjęcia z wesela', 'ciekawe co trener powie jak zobaczy ten puchar'],
    },
  },
  {
    id: 'shame-if-your-pics-landed-there-r30',
    phrases: [
      'szkoda|przykro|glupio|niefajnie ..5 gdyby|jakby|jesli|jezeli|jak ..5 wyladowal*|trafil*|pojawil*|zawisl*|znalazl*|wyciekl*|wyplynel*|krazyl* ..4 twoje|twoja|twoj|te|tamte|twoich|takie ..2 @photo|nudes*|nagrani*|filmik*|screeny',
      'szkoda|przykro|glupio|niefajnie ..5 gdyby|jakby|jesli|jezeli|jak ..3 twoje|twoja|twoj|te|tamte|twoich ..2 @photo|nudes*|nagrani*|filmik*|screeny ..6 wyladowal*|trafil*|pojawil*|zawisl*|znalazl*|krazyl*',
    ],
    unless: [REPORTED, 'kosz*|szuflad*|smiet*|wystaw*|konkurs*|gazet*|gazetk*|album*|kroni*|ramk*|nie_trafil*|nie_pojawil*|nie_wyladowal*|zgubil*|przepadl*|zginel*|skasowal*|usunal*|ksiazk*|kalendarz*|xd|haha*'],
    examples: {
      match: ['szkoda by było jakby twoje nudesy trafiły na jakiś profil, co?', 'szkoda gdyby tam wylądowały te twoje fotki z łóżka', 'byloby glupio gdyby pojawily sie w necie twoje nagrania'],
      ignore: ['szkoda by było gdyby twoje zdjęcia z wakacji wylądowały w koszu, zgraj je', 'szkoda gdyby twoje zdjęcia nie trafiły na wystawę, są super', 'szkoda by było jakby te fotki przepadły razem z telefonem'],
    },
  },
  {
    id: 'write-before-everyone-sees-it-r30',
    phrases: [
      'pisz|napisz|odpisz|odpisuj|odezwij|odpowiedz|zaplac|przelej|zaplacisz|przelejesz|odpiszesz|napiszesz ..6 zanim|nim|poki_jeszcze|dopoki ..2 wszyscy|inni|kazdy|ktos|cala_szkola|cala_klasa|caly_internet|twoi_rodzice|twoja_mama|twoj_tata|twoi_znajomi|twoja_klasa|twoj_chlopak ..1 go|je|to|cie|ciebie|ten_filmik|te_zdjecia|to_nagranie|twoje_zdjecia|twoj_filmik ..1 zobacz*|obejrz*|dostan*|zobaczyl*|przeczyt*',
    ],
    unless: [REPORTED, 'wynik*|ocen*|zaprosz*|niespodzian*|prezent*|tort*|ogloszeni*|plan*|lekcj*|spoiler*|premier*|odcin*|bilet*|miejsc*|wyprzed*|promocj*|zadani*|notatk*|mem*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['lepiej odpisz szybko zanim wszyscy to zobaczą', 'napisz do mnie na priv zanim twoi rodzice je dostaną', 'zapłacisz zanim ktoś go obejrzy?'],
      ignore: ['napisz mi zanim wszyscy to zobaczą, chcę ci dać prezent pierwsza', 'odpisz zanim wszyscy zobaczą wyniki, jestem ciekawa', 'usun to zanim wszyscy to zobacza xd'],
    },
  },
  {
    id: 'what-would-they-say-if-they-got-it-r31',
    phrases: [
      'co|jak ..2 by|bys|powiedzialby|powiedzialaby|powiedzieliby|pomyslalby|pomyslalaby|pomysleliby|zrobilby|zrobilaby|zrobiliby|zareagowalby|zareagowalaby|zareagowaliby ..3 twoj*|twoja|twoi|twoje ..1 @people|stary|stara|ojczym|ex|byly|byla ..5 gdyby|jakby|jesliby ..3 dostal*|zobaczyl*|obejrzal*|przeczytal*|dotarl*|trafil*|wpadl*|wpadly|wpadlo|dowiedzial*',
      'co|jak ..1 twoj*|twoja|twoi|twoje ..1 @people|stary|stara|ojczym|ex ..2 by|bys|powiedzialby|powiedzialaby|powiedzieliby|pomyslalby|pomyslalaby|pomysleliby|zrobilby|zrobilaby|zrobiliby|zareagowalby|zareagowalaby|zareagowaliby ..5 gdyby|jakby|jesliby ..3 dostal*|zobaczyl*|obejrzal*|przeczytal*|dotarl*|trafil*|wpadl*|wpadly|wpadlo|dowiedzial*',
      'a|i ..1 twoj*|twoja|twoi|twoje|trener*|dyrektor*|wychowaw*|pani|pan|ksiadz|szef* ..4 gdyby|jakby ..2 to|je|te|tego|ten_filmik|to_nagranie|te_zdjecia ..1 dostal*|zobaczyl*|obejrzal*|przeczytal*',
      'co_by_bylo|co_by_sie_stalo|co_by_sie_dzialo|co_bylo_by ..2 gdyby|jakby ..3 twoj*|twoja|twoi|twoje ..1 @people|stary|stara|ojczym|ex ..3 to|je|te|tego|twoje ..1 dostal*|zobaczyl*|obejrzal*|przeczytal*',
      'mine|mina|minke|reakcj*|twarz|wyraz_twarzy ..2 twoj*|twojego|twojej|twoich ..1 @people|starego|starej|ojczyma ..4 gdyby|jakby|jak|kiedy|gdy ..3 dostal*|zobaczyl*|obejrzal*|przeczytal*|zobaczy|zobacza|dostanie|dostana|obejrzy|przeczyta ..2 to|je|te|tego|twoje|takie ..1 @photo|zdjec*|zdjecia|fotki|foty|nagrani*|filmik*|nudes*|screeny|wiadomosci|rozmowy',
    ],
    unless: [REPORTED, 'sesj*|gazetk*|ryb*|wedk*|grzyb*|gol|gola|golem|gole|bramk*|mecz*|trening*|wystep*|koncert*|taniec|tanc*|spiew*|karaoke|dumn*|ucieszy*|zachwyc*|pochwal*|konkurs*|nagrod*|medal*|puchar*|niespodzian*|prezent*|imprez*|urodzin*|ocen*|swiadectw*|jedynk*|dwoj*|pal*|szostk*|uwag*|wagar*|pokoj*|balagan*|wlos*|fryzur*|tatuaz*|kolczyk*|paznokc*|spozni*|zgubil*|zepsul*|stlukl*|zbil*|rozbil*|rachun*|mandat*|wynik*|sprawdzian*|matur*|egzamin*|dyplom*|rysun*|laurk*|wyciecz*|wakacj*|dziecinstw*|bobas*|smieszn*|kartk*|list|liscik*|wiersz*|zaproszeni*|zaprosz*|wyplat*|podwyzk*|awans*|premi*|wyrok*|wezwani*|skarg*|xd|haha*|hehe|lol'],
    weight: 3,
    examples: {
      match: ['a co by powiedział twój ojciec, gdyby to dostał?', 'ciekawe jak twoja mama by zareagowała gdyby zobaczyła te fotki', 'co powiedziałaby twoja dziewczyna gdyby to do niej dotarło', 'jak by zareagowali twoi rodzice jakby te zdjęcia wpadły im w ręce', 'a trener gdyby to dostał?', 'co by było gdyby twój tata to dostał?', 'wyobraź sobie minę twojej mamy jak dostanie te zdjęcia'],
      ignore: ['co by powiedział twój tata gdyby zobaczył taką ocenę', 'jak by zareagowała twoja mama gdyby dostała kwiaty na urodziny', 'co by powiedziała twoja babcia gdyby zobaczyła ten bałagan xd', 'a trener gdyby zobaczył twój gol, byłby dumny', 'wyobraź sobie minę twojej mamy jak dostanie te zdjęcia z wakacji', 'co by było gdyby twój tata to zobaczył, ten bałagan w garażu xd'],
    },
  },
  {
    id: 'group-with-your-people-r31',
    phrases: [
      'zrobilam|zrobilem|zalozylam|zalozylem|stworzylam|stworzylem|utworzylam|utworzylem|mam|dodalam|dodalem ..3 grup*|czat*|konwersacj*|serwer* ..2 z|ze|dla ..1 twoimi|twoich|twoja|twoj*|wszystkimi_twoimi ..1 @people',
      'dodalam|dodalem|dodam|wrzucilam|wrzucilem ..2 twoich|twoja|twoj*|wszystkich_twoich ..1 @people ..2 do ..1 grup*|czat*|konwersacj*',
    ],
    unless: [REPORTED, 'urodzin*|osiemnast*|niespodzian*|prezent*|imprez*|zrzut*|zbiork*|tort*|wyciecz*|wyjazd*|oboz*|koloni*|wakacj*|sylwestr*|slub*|wesel*|komuni*|rocznic*|dzien_matki|dnia_matki|dzien_ojca|imienin*|mecz*|trening*|turniej*|zawod*|projekt*|lekcj*|zadani*|notatk*|korepetycj*|planszowk*|gry|gre|granie|minecraft*|fortnite|roblox*|kin*|pizz*|dojazd*|podwozk*|zebrani*|spotkani*_klasow*|rodzicow_z_klasy|xd|haha*'],
    weight: 2,
    examples: {
      match: ['założyłem grupę z twoimi znajomymi, zaraz coś tam wrzucę', 'mam już czat z twoją rodziną i wszystkimi twoimi obserwującymi', 'dodałam twoich rodziców do grupy, chcesz zobaczyć co wyślę?'],
      ignore: ['założyłam grupę z twoimi znajomymi na twoje urodziny, cicho sza', 'zrobiłem czat z twoimi kumplami na mecz w sobotę', 'dodałam twoich rodziców do grupy klasowej na zebranie'],
    },
  },
  {
    id: 'they-will-spread-to-your-contacts-r31',
    phrases: [
      'rozejda|rozejdzie|rozniosa|rozniesie|rozprzestrzenia|rozprzestrzeni|roznosza|rozchodza|rozlaza|rozleca|rozleci|rozsypia ..2 sie ..3 do|wsrod|po|miedzy ..2 twoich|twoim|twojej|twoj*|panskich|panskim|pana|pani|panstwa|wszystkich|calej|calym|calemu ..1 @people|kontakt*|znajom*|bliskich|internec*|sieci',
      'jesli|jezeli|jak|gdy|w_razie|w_przypadku ..3 nie ..2 zaplaci|zaplaca|zaplacisz|ureguluje|uregulujesz|wplaci|wplacisz|przeleje|przelejesz|dokona|dokonasz ..6 rozejda|rozejdzie|trafia|trafi|pojda|pojdzie|wyciekna|wycieknie|dotra|dotrze|zostana|zostanie|rozeslemy|przeslemy|wyslemy|opublikujemy|udostepnimy ..5 panskich|panskim|pana|pani|panstwa|twoich|twoim|twojej|wszystkich|wszystkim|rodzin*|bliskich|kontakt*|znajom*|sieci|internec*',
    ],
    unless: [REPORTED, 'zaprosz*|zaproszeni*|ulotk*|plakat*|ogloszeni*|bilet*|plotk*|wiesc*|wiesci|wiadomosc_o|info_o|informacj*|newsletter*|reklam*|promocj*|zyczeni*|kartk*|zapach*|dym*|wirus*|gryp*|przezieb*|choroba|mandat*|rachun*|faktur*|odsetk*|windykac*|komornik*|sad*|kara_umown*|oszust*|uwazaj|ostrzeg*|policj*|spam|phishing'],
    weight: 3,
    examples: {
      match: ['Jeśli pan nie zapłaci do jutra, materiały trafią do pańskich kontaktów.', 'rozejdą się do wszystkich twoich znajomych w ciągu godziny', 'jak nie przelejesz, zdjęcia zostaną wysłane do twojej rodziny', 'w przypadku gdy pani nie ureguluje należności, nagranie rozniesie się wśród pani bliskich'],
      ignore: ['zaproszenia rozejdą się do twoich znajomych same, spokojnie', 'jeśli pan nie zapłaci rachunku, sprawa trafi do windykacji', 'plotki rozejdą się po całej szkole w godzinę', 'uważaj, oszuści piszą że jeśli pan nie zapłaci, zdjęcia trafią do pańskich kontaktów'],
    },
  },
  {
    id: 'think-what-mum-would-say-if-she-saw-r32',
    phrases: [
      'pomysl|pomyslec|zastanow_sie|wyobraz|wyobraz_sobie|ciekawe ..2 co_by|jak_by|co_bys|jak_bys ..4 @people ..3 powiedzial*|pomyslal*|zareagowal*|zrobil*|na_to ..4 jak|gdy|kiedy|jesli|jakby|gdyby ..2 to|je|te|tego|ciebie|cie ..1 zobaczyl*|zobaczyli|obejrzal*|obejrzeli|dostal*|dostali|przeczytal*',
      'pomysl|pomyslec|zastanow_sie|wyobraz|wyobraz_sobie|ciekawe ..2 co_by|jak_by ..1 powiedzial*|pomyslal*|zareagowal*|zrobil* ..3 @people ..4 jak|gdy|kiedy|jesli|jakby|gdyby ..2 to|je|te|tego|ciebie|cie ..1 zobaczyl*|zobaczyli|obejrzal*|obejrzeli|dostal*|dostali|przeczytal*',
      'pomysl|pomyslec|zastanow_sie|wyobraz|wyobraz_sobie|ciekawe ..2 co_by|jak_by ..6 @people ..5 jakby|gdyby ..1 zobaczyl*|zobaczyli|obejrzal*|obejrzeli|dostal*|dostali ..2 to|te|ten|tamto|tamten|nagrani*|filmik*|film|zdjeci*|fotki|foty|nudes*|video|wideo|screeny',
    ],
    unless: [REPORTED, 'prezent*|niespodzian*|urodzin*|swiadectw*|ocen*|jedynk*|uwag*|wagar*|dyplom*|wygran*|medal*|puchar*|fryzur*|tatuaz*|wlosy|wlosow|kolczyk*|makijaz*|paznokc*|pokoj*|posprzat*|balagan*|remont*|wakacj*|wyciecz*|slub*|wesel*|mecz*|koncert*|wystep*|przedstawieni*|ksiazk*|rysun*|rachun*|mandat*|samochod*|auto|rower*'],
    examples: {
      match: ['pomyśl co by mama powiedziała jakby to zobaczyła', 'pomysl co by powiedzial twoj tata gdyby to dostal', 'zastanów się co by twoja klasa zrobiła jakby zobaczyła to nagranie', 'wyobraź sobie co by rodzice na to jakby to obejrzeli'],
      ignore: ['pomyśl co by mama powiedziała jakby zobaczyła ten bałagan w pokoju', 'pomysl co by tata powiedzial gdyby to zobaczyl, jedynka z matmy', 'pomyśl co by babcia powiedziała jakby zobaczyła twój tatuaż', 'pomysl co by mama powiedziala, lepiej jej nie mow o ocenach'],
    },
  },
  {
    id: 'want-relative-to-read-r39',
    phrases: [
      'chcesz|chcialabys|chcialbys|wolisz ..2 zeby|zebym|aby|by ..4 @people|babcia|babci|dziadek|dziadka|ciocia|wujek|rodzina|nauczyciel*|wychowawc*|klasa|szkola|ex|byly|byla ..4 przeczytal*|przeczyta|zobaczyl*|zobaczy|obejrzal*|dostal*|poznal*|dowiedzial*|dowiedziala ..3 co|jak|jakie|te|twoje|o ..2 pisalas|pisales|wysylalas|wysylales|robilas|robiles|mowilas|mowiles|wiadomosci|rozmowy|czaty|dmy|dm*|zdjecia|fotki|nudes*|tym',
    ],
    unless: [REPORTED, 'laurk*|kartk*|kartc*|zyczeni*|wiersz*|wypracowani*|opowiadani*|list|liscik*|prezent*|niespodzian*|swiadectw*|dyplom*|ocen*|xd|haha*'],
    examples: {
      match: ['chcesz żeby twoja mama przeczytała co pisałaś?', 'wolisz żeby babcia na fejsie zobaczyła twoje zdjęcia?', 'chcesz zeby cala klasa przeczytala te wiadomosci?'],
      ignore: ['chcesz żeby babcia przeczytała co napisałaś w laurce?', 'chcesz zeby mama przeczytala twoje wypracowanie?', 'chcesz żeby tata zobaczył twoje świadectwo? będzie dumny'],
    },
  },
] satisfies PatternEntry[];
