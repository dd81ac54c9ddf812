import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'masz ..2 # ..1 min|minut*|minuty|godz*|godzin*|h|sek*|sekund*|dni|dzien|doby|dob',
      'masz ..1 [tylko|jeszcze|czas_do] godzine|godzinke|pol_godziny|dobe|jeden_dzien|dzien|chwile|czas_do|czas_tylko|czas_jeszcze ..2 na|zeby|inaczej|albo|bo|potem|i_potem|do',
      'masz ..1 czas ..1 do|tylko|jeszcze ..3 #|jutra|wieczora|polnocy|rana|konca_dnia|dzis|dzisiaj|potem|albo',
      'masz|czas|w_ciagu ..1 24h|48h|72h|12h|1h|2h|3h|6h|5min|10min|15min|20min|30min|60min|24godz|48godz|dobe',
      'w ..1 ciagu ..1 # ..1 min|minut*|godz*|godzin*|h|dni|doby',
      'w ..1 ciagu ..1 godziny|doby|dnia|pol_godziny',
      'jak|jesli|jezeli [mi] nie odpiszesz|odpowiesz|odezwiesz|zrobisz|wyslesz|przyslesz|zaplacisz|przelejesz|pokazesz|wlaczysz ..3 to',
      'masz ..1 [tylko|jeszcze] godzine|dobe|pol_godziny|godzinke',
      'zrob ..1 to ..1 teraz|natychmiast|juz|w_tej_chwili',
      'nie ..1 kaz ..1 mi ..1 czekac',
      'nie ..1 masz ..1 wyboru|innego_wyjscia|innej_opcji',
      'ostatni*|ostatnia|ostatnie ..1 szans*|ostrzezen*|raz_prosze|raz_mowie|raz_pytam',
      'czas ..1 ci ..1 ucieka|sie_konczy|mija',
      'tik_tak|tik_tok_tik|zegar ..1 tyka',
    ],
    unless: ['zamykaj*|zamkna|zamykamy|sklep*|spakow*|zapis*|zglos*|wyciecz*|autobus*|pociag*|film|filmu|seans*|kino|lekcj*|sprawdzian*|kartkow*|test*|egzamin*|przerw*|trening*|mecz*|zbiorka|pakowani*|wyjazd*|jedziemy|wychodzimy|idziemy|spoznisz|spoznimy|obiad*|kolacj*|sniadani*|lekarz*|dentyst*|zadani*|projekt*|oddanie|oddac_prace|wypracowani*|rezerwac*|sklep*|promocj*|gra|grze|rundy|rundzie|minecraf*|fortnite|spac|do_lozka'],
    examples: {
      match: ['masz 30 minut', 'chyba że zapłacisz 1000 zł. masz godzinę albo', 'masz czas do 20:00, potem wrzucam wszystko', 'w ciągu 48 godzin', 'ostatnia szansa', 'czas ci ucieka'],
      ignore: ['gdzie jesteś?? masz 5 minut albo jedziemy bez ciebie', 'masz czas jutro po lekcjach?', 'sprawdzian trwa 45 minut, masz 45 minut'],
    },
  },
  {
    id: 'do-as-i-say',
    phrases: [
      'zrob|zrobisz|robisz|rob ..2 co|to_co|wszystko_co ..2 mowie|kaze|ci_kaze|ci_mowie|powiem|chce',
      'masz ..1 mnie ..1 sluchac|posluchac',
      'pozalujesz|pozalujesz_tego|pozalujesz_jak|bo_pozalujesz|gorzko_pozalujesz',
      'nie ..3 ignoruj|ignorowac|blokuj|blokowac|zablokuj|olewaj|olewac|uciekaj|usuwaj_mnie|probuj_mnie_blokowac|waz_sie|wazysz_sie',
      'nawet ..1 nie ..1 mysl|probuj|waz_sie',
      'odpisz|odpowiedz|odpisuj|odezwij ..2 natychmiast|teraz|juz|szybko|w_tej_chwili|bo',
      'natychmiast|teraz ..1 albo|inaczej ..2 pozalujesz|wysle|wrzuce|koniec|bedzie_zle|zobaczysz|wszyscy',
      'nie ..1 badz ..1 taka|taki|sztywna|sztywny|nudna|nudny|dzieckiem|dzieciakiem|glupia|glupi|niemila|niemily|zimna|zimny',
      'no ..1 wez|weeez|dawaj|prosze|plis ..3 tylko|jedno|jedna|jeden|raz|troche|chwile|chociaz',
      'tylko ..1 jedno|jedna|jeden|raz ..3 nikt|i_koniec|obiecuje|i_dam',
      'przeciez ..1 obiecalas|obiecales|mowilas|mowiles|chcialas|chciales',
      'ja ..1 ci ..1 zaufalem|zaufalam|pomoglem|pomoglam|dalem|dalam|kupilem|kupilam',
      'jestes ..1 mi ..1 to ..1 winna|winien|dluzna|dluzny',
      'jesli|jezeli|jak ..1 mnie ..1 zablokujesz|zignorujesz|usuniesz|zglosisz',
      'i|to|wtedy ..1 dam ..1 ci|tobie ..1 spokoj',
      'nie ..1 moj ..1 problem|sprawa',
    ],
    unless: ['trening*|idziesz|idziemy|wychodzisz|dentyst*|lekarz*|gra|grze|rund*|mecz*|lekcj*|zadani*|pokoj*|sprzatn*|smieci|naczyni*|obiad*|kolacj*|ladowark*|spac|do_lozka|mamo|mama|tata|tato|siostr*|brat*'],
    examples: {
      match: ['jeszcze jeden i dam ci spokoj', 'pozycz od rodzicow, nie moj problem', 'jak nie zrobisz co mówię', 'nie bądź taka, ja ci zaufałem', 'no weź, tylko jedno, nikt nie zobaczy', 'odpisz natychmiast', 'nie ignoruj mnie', 'pożałujesz tego', 'przecież obiecałaś'],
      ignore: ['posprzątaj pokój natychmiast albo szlaban', 'zrób co mówię i wyrzuć śmieci', 'nie bądź taka ostra dla siebie w tej grze'],
    },
  },
] satisfies PatternEntry[];
