/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Polish inflections of app names (snapa, snapie, discordzie, insta...), added to common's list. */
  app: [
    'snap*', 'snapchat*', 'insta*', 'instagram*', 'instce', 'whats*', 'watsap*', 'wats*', 'wacap*', 'wacik', 'telegram*', 'telegrama', 'telu',
    'discord*', 'dyskord*', 'dsc', 'dc', 'messeng*', 'mesenger*', 'mess', 'mesie', 'messie', 'fejs*', 'face', 'facebook*', 'skyp*', 'tiktok*', 'viber*',
    'signal*', 'sygnala', 'wapie', 'wapa', 'wapka', 'wapku', 'wacapie', 'wacapa', 'tele', 'telegramie', 'kik*', 'teams*', 'zoom*', 'omegl*', 'youtub*', 'twitch*', 'roblox*', 'reddit*', 'twitter*', 'wiotsap*', 'wocap*', 'lotsap*', 'whatsup*', 'watsup*',
  ],
  /** Private channels (not an app, but the same move). */
  privchan: ['priv', 'priva', 'privie', 'pv', 'pw', 'prv', 'dm', 'dmy', 'dmsy', 'prywatn*', 'privy', 'privku'],
  /** Video calls and cameras, Polish forms. */
  cam: ['kamer*', 'kamer*', 'wideo', 'wideorozmow*', 'videorozmow*', 'wideoczat*', 'videoczat*', 'kamerce', 'rozmow*_wideo', 'rozmow*_video', 'wideo_rozmow*', 'video_rozmow*'],
  /** Pictures and videos. */
  photo: [
    'zdjec*', 'zdj', 'zdjatk*', 'fotk*', 'fotce', 'fote', 'foty', 'fotek', 'foto', 'fotka', 'fotografi*', 'foci*', 'focie', 'fotecz*', 'fotos*',
    'selfie*', 'selfi', 'selfik*', 'selfiak*', 'selfiacz*', 'sweet_foci*', 'pic', 'pics', 'video', 'wideo', 'filmik*', 'nagrani*', 'nudes*', 'nudesk*', 'nudk*',
  ],
  /** Clearly sexual pictures, or the words that make a picture sexual. */
  nude: [
    'nudes*', 'nudesk*', 'nudk*', 'nudy_fotki', 'golas*', 'nagie', 'nagich', 'nago', 'nagusk*', 'nagiego', 'nagiej', 'nagim', 'rozebran*', 'gole_zdjec*', 'gole_fotki',
    'bez_ubran*', 'bez_lachow', 'bez_lachy', 'bez_lachoch', 'bez_ciuch*', 'bez_niczego', 'bez_koszulka', 'bez_koszulke', 'bez_stanik', 'bez_majtki', 'bez_ubranie', 'bez_bluzka', 'bez_spodnie', 'bez_bielizna', 'bez_koszulki', 'bez_bluzki', 'bez_bluzeczki', 'bez_topu', 'bez_gory', 'topless', 'bez_stanika', 'bez_majtek', 'bez_bielizny', 'bez_spodni', 'bez_spodenek',
    'w_bieliznie', 'w_samej_bieliznie', 'w_samych_majtkach', 'w_majtkach', 'w_majteczkach', 'w_staniku', 'w_samym_staniku', 'w_stringach', 'w_bikini', 'w_stroju_kapielowym', 'w_reczniku',
    'w_samym_reczniku', 'w_bokserkach', 'w_samych_bokserkach', 'w_slipach', 'w_samych_slipach', 'w_samych_gaciach', 'w_gaciach', 'w_samych_majtkach_i', 'bez_bluzy', 'bez_koszuli', 'bez_sukienki', 'bez_szortow', 'bez_ciuszkow', 'bez_ubrania', 'w_samej_koszulce', 'w_pizamie', 'w_pidzamie', 'w_pizamce', 'w_pizamach', 'w_koszuli_nocnej', 'w_szlafroku', 'pod_prysznicem', 'w_wannie', 'w_lozku', 'z_lozka', 'spod_koldry', 'pod_koldra', 'spod_prysznica', 'z_wanny', 'sexy', 'seksown*', 'sexi', 'seksi', 'nsfw', 'erotyczn*', 'intymn*', 'pikantn*', 'odwazn*', 'porno*', 'takie_hot', 'cos_hot', 'hot_fotk*', 'hot_fote', 'hot_foto', 'hot_zdjec*', 'hot_pic', 'hot_pics', 'hot_selfie',
    'cycki', 'cyckow', 'piersi', 'biustu', 'tylka', 'tylek', 'dupy', 'dupe', 'dupki', 'cipk*', 'penis*', 'kutas*', 'fiuta', 'sutk*',
  ],
  /** Body parts a request or remark is about. */
  body: [
    'cialo', 'ciala', 'cialko', 'cialka', 'cycki', 'cyckow', 'cycuszki', 'piersi', 'biust', 'biustu', 'tylek', 'tylka', 'tyleczek', 'dupe', 'dupke', 'dupcie', 'dupy',
    'majtki', 'majteczki', 'bielizne', 'stanik', 'stringi', 'nogi', 'nozki', 'stopy', 'stopki', 'stop', 'stopek', 'klate', 'klatke', 'brzuch', 'brzuszek', 'sutki', 'cipk*',
    'penis*', 'kutas*', 'fiut*', 'krocze', 'pupe', 'pupke', 'pupy', 'sixpack*', 'kaloryfer*',
    'nozek', 'ust', 'usteczek', 'warg', 'bielizny', 'majtek', 'majteczek', 'stanika', 'stringow', 'cycek', 'brzucha', 'klaty', 'klatki', 'pupci', 'pupki', 'udek', 'bioder', 'talii', 'dekoltu', 'dekolt',
  ],
  /** Send / give forms (imperative, 2nd person, conditional, infinitive). */
  send: [
    'wyslij', 'wyslijcie', 'wysli', 'wyslesz', 'wysylac', 'przesylac', 'podsylac', 'wyslalabys', 'wyslalbys', 'wyslac', 'wysylaj', 'wysylasz', 'przeslij', 'przeslesz', 'przeslac', 'przeslalabys', 'przeslalbys',
    'podeslij', 'podeslesz', 'poslij', 'poslijcie', 'poslesz', 'posli', 'podeslac', 'przyslij', 'przyslesz', 'przyslac', 'slij', 'dawaj', 'daj', 'dasz', 'wrzuc', 'wrzucisz', 'cyknij', 'cykniesz', 'strzel', 'strzelisz',
    'pstryknij', 'zrob', 'zrobisz', 'zrobilabys', 'zrobic', 'podrzuc', 'zapodaj', 'wyslij_mi', 'moglabys_wyslac', 'mozesz_wyslac',
    'nagraj', 'nagrasz', 'nagralabys', 'nagralbys', 'przeslesz_mi', 'wysylaj_mi', 'dawaj_mi',
    'wysl', 'przesl', 'podesl', 'wysylj', 'sendnij', 'sendniesz', 'sendzij', 'sendnesz', 'dej', 'dejcie', 'wysylnij', 'wyslji', 'wysyl', 'dac', 'przeslac_mi', 'podesli', 'przysli', 'przesli', 'przesylaj', 'podsylaj', 'przysylaj',
  ],
  /** Show forms. */
  show: ['pokaz', 'pokazesz', 'pokazac', 'pokazalabys', 'pokazalbys', 'pokazuj', 'pokazywac', 'zaprezentuj', 'poka', 'pokarz', 'pokarzesz', 'pokasz', 'pokaz_mi', 'pokoz', 'pokozesz'],
  /** People a threat says will see the content (after twoim/twojej/twoich...). */
  people: [
    'rodzic*', 'rodzin*', 'rodzinie', 'mamie', 'mamy', 'mama', 'mame', 'mamusi', 'matce', 'matki', 'matka', 'tacie', 'taty', 'tata', 'tate', 'ojcu', 'ojca', 'ojciec', 'starym', 'starzy', 'starej', 'staremu', 'staruszk*',
    'starych', 'stary', 'starego', 'stara', 'brat*', 'siostr*', 'babci*', 'dziadk*', 'ciot*', 'wujk*', 'znajom*', 'ziom*', 'kumpl*', 'kumpel*', 'kolez*', 'kolegom', 'kolegow', 'przyjaci*', 'psiapsi*',
    'follow*', 'obserwuj*', 'obserwator*', 'kontakt*', 'bliskim', 'bliskich', 'klas*', 'szkol*', 'nauczyciel*', 'wychowaw*', 'dyrektor*', 'pedagog*', 'trener*',
    'chlopak*', 'dziewczyn*', 'sasiad*', 'pracodawc*', 'szef*', 'kierownik*', 'kierowniczk*', 'menedzer*', 'menadzer*', 'manager*', 'druzyn*', 'parafi*', 'ksiedz*', 'grup*',
    'fater*', 'fatra', 'faterowi', 'muter*', 'mamulk*', 'ojcowi', 'ojczym*', 'macoch*',
  ],
  /** First-person threats of spreading (future and present-as-future). */
  tverb: [
    'wysle', 'wyslie', 'wysylam', 'rozesle', 'rozsle', 'rozsylam', 'rozsyle', 'przesle', 'przesylam', 'podesle', 'wrzuce', 'wrzucam', 'wstawie', 'wstawiam', 'opublikuje',
    'publikuje', 'udostepnie', 'udostepniam', 'upublicznie', 'rozpowszechnie', 'pokaze', 'pokazuje', 'puszcze', 'puszczam', 'zapostuje', 'postuje', 'wrzuce_je', 'dam_je', 'dam_to',
    'wyslemy', 'wrzucimy', 'rozeslemy', 'opublikujemy', 'udostepnimy', 'pokazemy',
    'leakne', 'leakniemy', 'zleakuje', 'lekne', 'wyleakuje', 'leakuje', 'zaleakuje', 'wypuszcze', 'wstawie_na_story',
  ],
  /** Verbs that alone say "make public". */
  leak: ['udostepnie', 'upublicznie', 'opublikuje', 'rozpowszechnie', 'rozesle', 'rozsylam', 'rozsle', 'udostepnimy', 'opublikujemy', 'rozeslemy', 'leakne', 'zleakuje', 'wyleakuje', 'leakniemy'],
  /** Places content is threatened to end up. */
  place: [
    'sieci', 'siec', 'interne*', 'necie', 'neta', 'pornhub*', 'porno*', 'redtub*', 'xvideos', 'stron*_porno', 'strony', 'onlyfans', 'grupe', 'grupk*', 'grupie', 'profil*',
    'tablic*', 'story', 'relacj*', 'wszedzie', 'szkole', 'szkoly', 'szkol*', 'klasie', 'klasy', 'spotted*', 'exposed*', 'confession*', 'confesion*', 'konfesje', 'konfesji', 'konfesjach', 'konfesjonal*',
  ],
  /** What a threat is about. */
  tobj: [
    'je', 'to', 'ten_filmik', 'ten_film', 'to_nagranie', 'te_zdjecia', 'te_fotki', 'te_nudesy', 'wszystko', 'twoje', 'twoj', 'twoja', 'twoich', 'nasze', 'nasza', 'naszych',
    'filmik*', 'nagrani*', 'nudes*', 'nudesk*', 'screen*', 'screeny', 'zrzut*', 'zdjec*', 'fotk*', 'foty', 'wideo', 'video', 'film', 'czat*', 'rozmow*', 'wiadomos*',
  ],
  tobjstrong: [
    'ten_filmik', 'ten_film', 'to_nagranie', 'te_nudesy', 'nudes*', 'nudesk*', 'nagrani*', 'screeny', 'screenshot*', 'zrzuty', 'nagie', 'nagich', 'intymn*', 'prywatne_zdjecia',
    'prywatne_fotki', 'twoje_zdjecia_bez', 'golas*', 'rozebran*',
  ],
  /** Second-person verbs a condition is about (self-harm leverage). */
  youverb: [
    'wyslesz', 'przyslesz', 'przeslesz', 'pokazesz', 'zrobisz', 'odpiszesz', 'odpisujesz', 'odpowiesz', 'zostawisz', 'zablokujesz', 'blokujesz', 'odejdziesz', 'przyjdziesz',
    'spotkasz', 'zgodzisz', 'napiszesz', 'zadzwonisz', 'wlaczysz', 'zerwiesz', 'rzucisz', 'opuscisz', 'usuniesz', 'olejesz', 'olewasz', 'ignorujesz', 'zignorujesz', 'powiesz', 'kochasz',
    'chcesz', 'bedziesz', 'przestaniesz', 'wyjdziesz', 'dasz', 'zaplacisz', 'porzucisz', 'odezwiesz', 'wrocisz',
  ],
  /** "I'll hurt / kill myself" in its usual forms. */
  selfharm: [
    'zabije_sie', 'sie_zabije', 'zabije_siebie', 'zabijam_sie', 'sie_zabijam', 'powiesze_sie', 'sie_powiesze', 'potne_sie', 'sie_potne', 'otruje_sie', 'sie_otruje',
    'skocze_z', 'skocze_pod', 'rzuce_sie_pod', 'skoncze_ze_soba', 'odbiore_sobie_zycie', 'zrobie_sobie_krzywde', 'zrobie_sobie_cos', 'cos_sobie_zrobie', 'sobie_cos_zrobie',
    'zrobie_cos_sobie', 'targne_sie', 'zabilbym_sie', 'zabilabym_sie', 'zabije_sie_przez_ciebie', 'nie_bede_zyc', 'nie_chce_zyc', 'skoncze_z_tym_wszystkim',
    'zrobie_sobie_cos_zlego', 'pochlastam_sie', 'sie_pochlastam', 'skrzywdze_sie', 'sie_skrzywdze', 'zrobie_sobie_krzywde', 'zabije_sie_serio',
    'podetne_sobie', 'potne_sobie', 'podetne_zyly', 'wytne_sobie_zyly', 'podetne_sobie_zyly', 'sie_wytne', 'rozetne_sobie', 'sie_rozetne', 'pokroje_sie', 'sie_pokroje', 'potne_sobie_rece', 'pochlastam_sobie', 'sie_pochlastam', 'wyskocze_z_okna', 'wyskocze_przez_okno', 'skocze_z_mostu', 'skocze_z_dachu', 'lykne_tabletki', 'zazyje_tabletki',
    'nalykam_sie', 'otruje_sie', 'znikne_na_zawsze', 'odbiore_sobie', 'zakoncze_zycie', 'skoncze_ze_soba', 'rzuce_sie_z',
    'nie_wiem_co_sobie_zrobie', 'nie_wiem_co_ze_soba_zrobie', 'nie_chce_juz_zyc', 'nie_mam_po_co_zyc', 'nie_ma_sensu_zyc', 'nie_ma_po_co_zyc', 'popelnie_samobojstwo', 'popelnic_samobojstwo', 'nie_dozyje', 'nie_wiem_czy_dozyje', 'nie_przezyje_tego', 'nie_przezyje_bez_ciebie', 'nigdy_sie_nie_obudze', 'juz_sie_nie_obudze', 'nie_obudze_sie', 'zasne_na_zawsze', 'juz_mnie_nie_zobaczysz', 'wiecej_mnie_nie_zobaczysz', 'nie_bede_chcial_zyc', 'nie_bede_chciala_zyc', 'nie_chce_mi_sie_zyc', 'nie_bede_mial_po_co_zyc', 'wezme_tabletki', 'wezme_wszystkie', 'wezme_leki', 'lykne_tabletki', 'nalykam_sie', 'zrobie_sobie_cos_glupiego', 'zrobie_cos_glupiego', 'koniec_ze_mna', 'polkne_wszystkie', 'polkne_tabletki', 'polkne_leki', 'lykne_wszystkie', 'lykne_leki', 'nalykam_sie_tabletek', 'nie_chce_mi_sie_zyc_bez_ciebie',
  ],
  /** Gifts, game currency and goods offered. */
  gift: [
    'robux*', 'vbuck*', 'v_buck*', 'vdolc*', 'v_dolc*', 'vdolar*', 'skin*', 'skorki', 'skorke', 'gemy', 'gemow', 'diament*', 'karte_podarunkow*', 'karty_podarunkow*',
    'doladowani*', 'iphon*', 'ajfon*', 'telefon', 'airpods*', 'sluchawki', 'perfum*', 'ubrania', 'ciuchy', 'buty', 'nitro', 'battle_pass*', 'karnet', 'konsole', 'ps5',
    'hajs', 'kase', 'kaske', 'pieniadze', 'pieniazki', 'minecoins', 'coinsy', 'monety', 'punkty', 'przepustk*', 'karte_steam', 'gre', 'gierke', 'playstation',
  ],
  /** Money amounts: a number, or a number glued to its unit ("500zl", "50e"). */
  amount: ['#', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*'],
  /** Money words. */
  money: ['kase', 'kasy', 'kasa', 'kaske', 'hajs', 'hajsu', 'pieniadze', 'pieniedzy', 'forse', 'forsy', 'szmal', 'okup', 'kwot*', 'zl', 'zlotych', 'zeta', 'zetow'],
  /** Compliment words about looks. */
  pretty: [
    'sliczn*', 'piekn*', 'przystojn*', 'slodk*', 'sliczniutk*', 'cudn*', 'boska', 'boski', 'ladn*', 'ladniutk*', 'zajebist*', 'sexy', 'seksown*', 'sexi', 'seksi', 'sliczna',
    'urocz*', 'atrakcyjn*', 'zjawiskow*', 'olsniewaj*', 'idealn*', 'hot',
  ],
  /** Polish inflections of payment methods (paypala, revolutem, blikiem...), added to common's list. */
  payment: [
    'paypal*', 'pejpal*', 'revolut*', 'blik*', 'paysafe*', 'psc*', 'krypto*', 'kryptowalut*', 'bitcoin*', 'bitkoin*', 'btc', 'usdt', 'ethereum*',
    'karta_podarunkowa', 'karte_podarunkowa', 'karty_podarunkowej', 'karte_steam', 'karty_steam', 'karta_steam', 'kod_steam', 'kod_blik', 'kodem_blik',
    'doladowani*', 'apple_pay', 'applepay', 'google_pay', 'googlepay', 'gpay', 'revo', 'revka', 'revolt*', 'rewolut*', 'skrill*', 'zen_com', 'western_union', 'przekaz_pocztowy',
  ],
  /** Polish currencies and slang, added to common's list. */
  currency: ['zeta', 'zetow', 'zlociszy', 'stow*', 'dych*', 'patyk*', 'kola', 'kafli'],
} satisfies Lexicon;
