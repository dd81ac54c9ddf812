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
    unless: ['buta|butow|buty|rozmiar*|domu|mieszkania|pokoju|indeksu|koszul*|zawodnika|sali|autobusu|tramwaju|linii|strony|pietra|grup*|grupk*|klas*|projekt*|serwer*|druzyn*|zespol*|konta|zamowieni*|pacz*|przesyl*|faktur*|ogloszeni*|dowodu|pesel*|legitymacj*'],
    examples: {
      match: ['dodaj mnie na snapie', 'masz snapa?', 'jaki masz nick na insta', 'napisz do mnie na telegramie', 'podaj numer to napiszę na whatsappie', 'pisz na priv', 'masz może discorda?', 'dawaj swój numer', 'wbijaj na pw'],
      ignore: ['dodaj mnie na dc do grupy klasy', 'snap mi się zawiesił', 'podaj numer zamówienia', 'wyślij mi numer konta to przeleję', 'masz jakieś zadanie z matmy?'],
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
] satisfies PatternEntry[];
