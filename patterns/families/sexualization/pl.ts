import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'what-are-you-wearing',
    phrases: [
      'co ..1 masz ..2 na ..1 sobie',
      'w ..1 czym ..2 spisz|lezysz|jestes_teraz|teraz_jestes|chodzisz_po_domu',
      'jaki|jakie|jaka|jakiego|ile ..2 masz|nosisz ..1 majtki|majteczki|stanik|staniki|bielizne|stringi|rozmiar_stanika|rozmiar_biustu|biust|cycki',
      'nosisz ..2 stringi|stanik|majtki|koronkow*|bielizne',
      'jaki ..1 rozmiar ..1 stanika|biustu|cyckow|miseczki',
      'zdejmij|zdejmiesz|zdjac|sciagnij|sciagniesz|rozbierz|rozbierzesz|rozbierz_sie ..3 koszulk*|bluzk*|stanik|majtki|spodnie|spodenki|ubrani*|ciuchy|wszystko|sukien*',
      'rozbierz|rozbierzesz|rozebrac|rozbieraj|rozbierzesz ..1 sie|sie_dla_mnie|sie_przede_mna',
      'bez ..1 koszulki|bluzki|bluzeczki|topu|stanika|majtek|bielizny|ubrania|ubran|ciuchow|niczego|spodni|spodenek',
      'w ..1 samej|samych|samym ..1 bieliznie|majtkach|staniku|reczniku|stringach',
    ],
    unless: ['idz_pod|kolacj*|obiad*|umyj|myj_sie|do_wanny|spocisz|przeziebisz|kurt*|buty|kapcie|czap*|szalik*|oboz*|kolonie|spiwor*|namiot*|wyciecz*|studniowk*|wesel*|na_impreze|na_bal|krawat*|kolor*|lekarz*|lekarza|badani*|zastrzyk*|basen*|na_wf|szatni*|przymierzal*|sklep*|pranie|prania|pralk*|kosz_na|w_szafie|suszark*'],
    examples: {
      match: ['co masz teraz na sobie?', 'w czym śpisz?', 'jaki masz rozmiar stanika', 'zdejmij koszulkę', 'teraz wyślij bez koszulki', 'rozbierz się', 'nosisz stringi?'],
      ignore: ['zdejmij buty w przedpokoju', 'weź strój na basen', 'co masz na sobie na studniówkę? pytam o kolor bo dobieram krawat'],
    },
  },
  {
    id: 'sexual-questions',
    phrases: [
      'jestes|jeszcze|jeszcze_jestes ..2 dziewic*|prawiczk*|prawicz*',
      'stracil*|straciles|stracilas ..2 dziewictw*|cnot*',
      'robil*|uprawial*|probowal*|mial*_juz ..3 seks*|sex*|to_z_kims|z_kims|to_juz_z_kims|bzyk*|loda|lodzik*|minete',
      'robilas|robiles|robilys|probowalas|probowales|zrobilas|zrobiles ..2 juz|kiedys|z_kims|z_chlopakiem|z_dziewczyna ..2 cos ..1 wiecej|wiecej_niz_calowanie|wiecej_niz_buziak*',
      'chcesz|chcialabys|chcialbys|lubisz|myslisz|myslalas|myslales|zrobilabys|zrobilbys|marzysz ..3 seks*|sex*|bzyk*|rucha*|pieprz*|loda|lodzik*|minete|sie_kochac|kochac_sie|zrobic_to',
      'masturb*|onaniz*|brandzl*|walisz_konia|dotykasz_sie|sie_dotykasz|palcujesz|palcowal*',
      'dotykasz|dotykalas|dotykales|dotykac ..2 sie|siebie ..2 tam|w_nocy|myslac',
      'dotykalas|dotykales|bawilas|bawiles ..1 sie ..1 kiedys|juz|czasem|sama|sam|ze_soba|soba',
      'podniecasz|podniecilas|podnieca|podniecil*|podniecona|podniecony|napalon*|napalona|mokra|twardy|twardego|stoi_mi|staje_mi ..3 mnie|jestes|cie|ciebie|przez_ciebie|na_twoj|na_ciebie',
      'jestes|czujesz ..2 podniecon*|napalon*|mokra',
      'sexting*|seksting*|sekstin*|pisac_sprosnie|sprosn*|zboczon* ..2 rozmow*|rzeczy|zdjec*|gadki',
      'lubisz|ulubiona|ulubione|ulubiony ..2 pozycj* ..2 w_lozku|seks*|sex*|jakie|ulubion*',
      'lubisz ..2 pozycj*',
      'pozycj* ..2 w_lozku|seksualn*|sex*|seks*',
      'ogladasz|ogladalas|ogladales|lubisz ..2 porno*|pornos*|filmy_dla_doroslych|pornhub*',
    ],
    unless: ['minecraf*|w_grze|fortnite*|rank*|lekcj*|matm*|zadani*|fizyk*|chemi*|projekt*|cwicze*|trening*|silowni*|biologi*|wdz|wychowanie_do_zycia|edukacj*|pedagog*|ksiaz*|serial*|film*_o|lektur*'],
    examples: {
      match: ['dotykalas sie kiedys?', 'a jesteś jeszcze dziewicą?', 'robiłaś to już z kimś?', 'podniecasz mnie', 'Posiadam nagranie wideo, na którym się masturbujesz', 'chciałabyś uprawiać seks?', 'oglądasz porno?', 'a robiłaś już coś więcej? 😏', 'robiłeś kiedyś z kimś coś więcej?'],
      ignore: ['na biologii mieliśmy lekcję o dojrzewaniu', 'ten film był zboczony xd', 'całowanie w serialu było słabe', 'robiłaś już coś więcej z matmy?', 'robiłeś kiedyś coś więcej na treningu?'],
    },
  },
  {
    id: 'sexy-remarks',
    phrases: [
      'jestes|wygladasz|wygladalas ..2 sexy|seksown*|sexi|seksi|goraca|gorac*|podniecajac*|kuszac*|apetyczn*',
      'masz ..2 sexy|seksown*|duze|jedrne|zgrabn*|fajne|ladne ..1 cycki|piersi|biust|tylek|tyleczek|dupe|dupke|cialo|nogi|usta',
      'zobaczyc|zobacze|obejrzec|pokaz|pokazesz|dotknac ..2 twoje|twoja|twoj|twoich|swoje ..1 cialo|cialko|cycki|piersi|tylek|tyleczek|dupe|dupke|cipk*|penis*|kutas*|sutki|krocze',
      'gdybym|jakbym|gdybysmy|jakbysmy ..5 lozk*|lozku|pod_prysznicem|nago|nadzy',
      'twoich|swoich|jakie_masz|masz_jakies|opowiedz_o|opowiedz_mi_o ..2 fantazj*|fetysz*|zachcianki_w_lozku',
      'calowal*|calujesz|calowalas|calowales ..3 kiedys|juz|sie|z_jezykiem|francusk*',
      'fajne|ladne|duze|zgrabn*|sexy|jedrne ..1 cycki|piersi|tylek|tyleczek|dupka|dupke|biust',
      'zrobilbym|zrobilabym ..2 ci|z_toba|cie ..2 takie_rzeczy|rzeczy_o_ktorych|wszystko_co|brzydkie_rzeczy|sprosne_rzeczy|nieprzyzwoite',
      'chcialbym|chcialabym|chce ..2 cie|ciebie ..1 dotknac|dotykac|calowac|pocalowac_tam|rozebrac|polizac|przelecie*|przeleciec|bzyknac|zerznac',
    ],
    unless: ['sukien*_na_wesele|stylizac*'],
    weight: 2,
    examples: {
      match: ['masz chłopaka? całowałaś się już kiedyś?', 'jesteś taka seksowna', 'masz fajne cycki', 'chciałbym cię rozebrać', 'wyglądasz sexy na tym zdjęciu'],
      ignore: ['ten samochód jest sexy xd', 'fajne buty', 'chciałbym cię zobaczyć jutro na treningu'],
    },
  },
  {
    id: 'body-development',
    phrases: [
      'masz ..1 juz ..1 piersi|cycki|cycuszki|biust|wlosy_tam|wlosy_na_dole|owlosienie',
      'jak ..1 duze ..1 masz ..1 piersi|cycki|cycuszki',
      'podobaja|podobaj ..2 mi ..1 sie ..1 mlodsze|mlodsi|mlode|mlodziutkie|nastolatki|dziewczynki|takie_mlode',
    ],
    unless: ['lekarz*|lekarka|pediatr*|biologi*|lekcj*|wdz|wychowani*|ksiazk*|ksiaz*|mamo|mama'],
    weight: 3,
    examples: {
      match: ['masz juz piersi? 😏', 'mam 19 ale podobaja mi sie mlodsze'],
      ignore: ['na biologii bylo o tym kiedy rosna piersi', 'mamo czy masz juz piersi do obiadu'],
    },
  },
  {
    id: 'wear-this-for-me',
    phrases: [
      'ubierz|zaloz|wloz|ubierzesz|zalozysz|wlozysz ..3 krotk*|kus*|obcisl*|sexy|seksown*|przezroczyst*|koronkow* ..1 spodnicz*|sukienk*|mini|stringi|bielizne|body|top*|bluzk*',
      'ubierz|zaloz|wloz|ubierzesz|zalozysz|wlozysz ..2 [sie] [w] stringi|stanik|bielizne|koronk*|cos_sexy|cos_seksownego|cos_odwaznego|cos_krotkiego ..3 dla_mnie|na_kamerk*|na_kamerce|na_spotkanie|jak_przyjde|jak_sie_spotkamy|ze_zdjecia|co_lubie',
    ],
    unless: ['wesel*|slub*|studniowk*|bal*|imprez*|osiemnast*|komuni*|sylwest*|wf|basen*|plaz*|upal*|goraco|cieplo|zimno|sklep*|przymierz*|rozmiar*|wrocisz|szkol*|teatr*|mamo|mama|tato|tata|na_trening|kurtk*|przeziebisz|zmarzniesz'],
    weight: 2,
    examples: {
      match: ['i ubierz tą krótką spódniczkę ze zdjęcia 😘', 'załóż stringi dla mnie', 'założysz coś sexy na kamerkę?'],
      ignore: ['załóż tę krótką sukienkę na wesele, pasuje ci', 'ubierz krótkie spodenki bo upał', 'załóż stanik sportowy na wf'],
    },
  },
  {
    id: 'seen-someone-naked',
    phrases: [
      'widzialas|widziales|ogladalas|ogladales ..2 kiedys|juz|kiedykolwiek ..2 kogos|chlopaka|faceta|dziewczyne|mezczyzne|kobiete ..1 nago|nagiego|nagiej|golego|gola|bez_ubrania|rozebranego|rozebrana',
      'spisz|spisz_w|chodzisz|lezysz ..1 nago|naga|bez_niczego|bez_majtek|bez_stanika',
    ],
    unless: ['lekcj*|biologi*|wdz|film*|serial*|muzeum|obraz*|rzezb*|sztuk*|mama|mamo|tata|tato|goraco|upal*|xd|haha*'],
    weight: 3,
    examples: {
      match: ['widziałaś kiedyś kogoś nago?', 'śpisz nago?'],
      ignore: ['widziałaś kiedyś kogoś nago na obrazie w muzeum?', 'śpisz nago w taki upał? xd'],
    },
  },
  {
    id: 'underwear-how-far-alone',
    phrases: [
      'jaka|jaki|jakie|jakiego|jakiej|jakich ..2 bielizn*|majtki|majteczki|majtek|stanik|staniki|stringi ..1 nosisz|masz|zakladasz|masz_na_sobie|ubierasz|nosilas',
      'jak ..1 daleko ..2 zaszlas|zaszedles|posunelas|posunales|doszlas|doszedles ..3 z ..1 chlopakiem|dziewczyna|kims|facetem|chlopakami',
      'myslisz|myslalas|myslales ..2 o ..1 mnie ..3 jak|kiedy|gdy ..2 jestes|lezysz|bierzesz ..1 sama|sam|w_lozku|pod_prysznicem|kapiel',
    ],
    unless: ['sklep*|promocj*|rozmiar*|wf|sportow*|kupic|kupilas|zamowic|reklam*|mama|mamo|projekt*|zadani*|wycieczk*|rower*|trasa|trasie'],
    weight: 3,
    examples: {
      match: ['jaką bieliznę nosisz?', 'jak daleko zaszłaś z chłopakiem', 'myślisz o mnie jak jesteś sama?'],
      ignore: ['jaki stanik sportowy nosisz na wf?', 'jak daleko zaszłaś z projektem z kimś z klasy'],
    },
  },
] satisfies PatternEntry[];
