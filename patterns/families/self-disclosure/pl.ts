import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'my-age',
    phrases: [
      'mam ..1 9|10|11|12|13|14|15|16|17 ..1 lat|latek|lata|skonczone',
      '9|10|11|12|13|14|15|16|17 ..1 lat|latek|lata|a_ty|i_ty|a_ty_ile|skonczone',
      'rocznik ..1 #',
      'mam ..1 9|10|11|12|13|14|15|16|17 ..1 a_ty|i_ty|skonczone|za_miesiac|w_tym_roku',
      'mam|mialam|mialem ..1 dopiero|tylko|juz ..1 9|10|11|12|13|14|15|16|17',
      'jestem ..1 z ..1 rocznika|roku ..1 #',
      'jestem|chodze ..1 w|do ..1 # ..1 klasie|klasy|kl',
      'jestem ..1 w ..1 pierwszej|drugiej|trzeciej|czwartej|piatej|szostej|siodmej|osmej ..1 klasie',
      'skoncze|koncze|skonczylam|skonczylem ..1 # ..1 lat|w',
    ],
    unless: ['lat_temu|temu|minut*|godzin*|zl|zlotych|punkt*|proc*|km|kilometr*|metr*|kg|razy'],
    examples: {
      match: ['14 a ty', 'mam 13 lat', 'mam dopiero 13', '13, rocznik 2012', 'jestem w 7 klasie', 'skończyłam 12 lat w marcu'],
      ignore: ['mam 14 zł', 'to było 12 lat temu', 'mam 15 punktów'],
    },
  },
  {
    id: 'my-address-school',
    phrases: [
      'mieszkam ..3 na|przy|w|kolo|obok|niedaleko|pod ..2 ulic*|ul|osiedl*|os|bloku|alei|placu|#',
      'mieszkam ..1 na|przy ..1 ul|ulicy',
      'mieszkam w|we|na|kolo|obok|niedaleko|pod|przy',
      'sp|zsp|zs ..1 [nr] #',
      'moj ..1 adres ..1 to|jest',
      'chodze ..1 do ..3 szkol*|sp|podstawow*|podstawow*|liceum|technikum|lo|gimnazjum|zsp|zs|klasy',
      'w|do ..1 sp|zsp|zs|lo|szkoly_podstawowej|szkole_podstawowej|podstawowki|liceum|technikum ..1 nr|numer|im ..1 #',
      'w|do ..1 sp|zsp|zs ..1 #',
      'jestem ..2 sama|sam ..2 w_domu|w domu',
      'rodzice|starzy|mama|tata ..3 w_pracy|wyjechali|wyjechal*|wroca_pozno|wracaja_pozno|nie_ma_w_domu',
    ],
    unless: ['lat_temu|mieszkalam|mieszkalem|kiedys'],
    examples: {
      match: ['mieszkam w Krakowie', 'mieszkam na ulicy Lipowej 5 w Poznaniu', 'chodzę do SP 12', 'w sp 12', 'jestem sama w domu', 'tak rodzice w pracy', 'chodzę do liceum nr 3'],
      ignore: ['mieszkałam kiedyś na ulicy Długiej', 'chodzę do kina w piątki'],
    },
  },
  {
    id: 'my-handle-number',
    phrases: [
      'moj|mojego|moja|moje ..1 @app|nick|nicka|login|numer|nr|insta|snap ..2 to|jest|#',
      'na|w ..1 @app ..1 jestem ..1 jako',
      'znajdziesz ..1 mnie ..2 na|w|jako ..1 @app',
      'dodaj|pisz|napisz mnie|do_mnie na|w @app ..2 jestem|to|nick|#',
      'numer|nr ..1 do ..1 mnie ..1 to|#',
    ],
    unless: ['moj_numer_konta|numer_konta|numer_zamowienia'],
    examples: {
      match: ['mój snap to kasia123', 'moj numer to 600 100 200', 'znajdziesz mnie na insta jako ola.k', 'mój nick to kubaa_2011'],
      ignore: ['mój snap się zawiesił', 'numer zamówienia to 12345'],
    },
  },
] satisfies PatternEntry[];
