import type { PatternEntry } from '../../schema';

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
    ],
    unless: ['bylem|bylam|bylismy|turniej*|zawod*|mecz*|zaprosz*|pacz*|kartk*|list|przesyl*|kurier*|pizz*|prezent*|urodzin*|imprez*|odwiedz*|wpadne_z|xd|haha|hahah*|zgubil*|zapomnial*|podwioze|odwioze|odprowadze'],
    examples: {
      match: ['wiem na jakiej ulicy mieszkasz i zaraz bede pod twoimi drzwiami', 'wiem gdzie mieszkasz i do ktorej szkoly chodzisz', 'wiem gdzie pracuje twoj ojciec', 'znam twój adres', 'wiem jak wygląda twój dom'],
      ignore: ['wiem gdzie mieszkasz, wpadnę z prezentem na urodziny', 'nie wiem gdzie mieszkasz, podaj adres do paczki'],
    },
  },
  {
    id: 'coming-for-you',
    phrases: [
      'jak|jesli|jezeli|gdy [mi|mnie] nie|mnie ..2 @youverb ..4 przyjde|przyjade|wpadne|zjawie|pojawie|znajde|dopadne|namierze|odwiedze|czekam|poczekam',
      'znajde|dopadne|namierze|wytropie ..1 cie|ciebie ..4 i ..2 pozalujesz|zabije|pobije|zrobie|zaplacisz|skrzywdze|zobaczysz|bedzie_po_tobie',
      'przyjde|przyjade|wpadne|zjawie|pojawie [sie] do [samego] twojego|twojej|twoich domu|szkoly|mieszkania|rodzicow|pracy ..4 i ..2 pozalujesz|pokaze|powiem|wszystko|zrobie|porozmawiam|pogadam',
    ],
    unless: ['mapie|mapa|grze|gra|serwer*|lobby|rundzie|runda|meczu|xd|haha|hahah*|lol|gg|cs|fortnite|minecraf*|chowanego|berka|podchod*|pogramy|pograc|po_gre|na_urodziny|na_impreze|z_pizza|na_nocke|odebrac|po_ciebie|z_prezentem|zadanie|ksiaz*|notatk*|korepetycj*|tlumie|kurt*'],
    examples: {
      match: ['jak nie odpiszesz to przyjde pod twoj dom', 'jak mnie zablokujesz to cię znajdę', 'znajdę cię i pożałujesz', 'przyjadę do twojego domu i pogadam z twoimi rodzicami o wszystkim'],
      ignore: ['haha zobaczymy, znajdę cię na mapie', 'znajdę cię w tłumie, mam czerwoną kurtkę', 'przyjdę pod twój blok o 18 i pójdziemy na rower'],
    },
  },
  {
    id: 'waiting-at-your-place',
    phrases: [
      'przyjde|przyjade|wpadne|zjawie|pojawie|stane|czekam|bede_czekal|bede_czekac|poczekam|czekam_juz ..3 pod ..2 twoj|twoja|twoim|twojej|twojego ..1 dom*|szkol*|blok*|klatk*|drzwi*|mieszkani*|okn*|prac*',
    ],
    unless: ['rower*|rolki|hulajnog*|kino|lody|spacer*|trening*|pojedziemy|pojdziemy|idziemy|jedziemy|odbior*|podwioze|zabiore|mama|tata|mamo|tato|babcia|dziadek|xd|haha'],
    weight: 2,
    examples: {
      match: ['będę czekał pod twoją szkołą', 'stanę pod twoim domem i będę czekał'],
      ignore: ['przyjdę pod twój blok o 17 i pojedziemy na rolki', 'tata będzie czekał pod twoją szkołą o 15'],
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
    unless: ['xd|haha|hahah*|lol|grze|gra|rundzie|meczu|spoiler*|spoil*|zaspoil*|zakonczeni*|serial*|odcink*'],
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
    unless: ['odda*|odbierze|przywiezie|podrzuci|podwiezie|pomoze|pomoc|ladowark*|zeszyt*|ksiazk*|klucz*|paczk*|prezent*|tort*|pizz*|przeprowadzk*|urodzin*|imprez*|xd|haha*'],
    examples: {
      match: ['wyślę kuzyna pod twój dom', 'naślę na ciebie chłopaków'],
      ignore: ['wyślę brata pod twój dom, odda ci ładowarkę', 'przyślę kumpli do twojego mieszkania, pomogą z przeprowadzką'],
    },
  },
  {
    id: 'people-who-will-find-you',
    phrases: [
      'mam|znam ..2 ludzi|chlopakow|kumpli|kolegow|ekipe|znajomych|ziomkow ..2 ktorzy|co|ktora ..1 cie|ciebie|twoja|twojego|twoich ..2 znajda|znajdzie|namierza|namierzy|odwiedza|odwiedzi|dopadna|dopadnie|zalatwia|pobija|zlapia',
    ],
    unless: ['pomoga|pomoze|pomoc|korepetycj*|prace|praca|staz*|xd|haha*'],
    examples: {
      match: ['mam ludzi którzy cię znajdą', 'znam chłopaków co cię dopadną'],
      ignore: ['znam ludzi którzy ci pomogą z pracą'],
    },
  },
] satisfies PatternEntry[];
