import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'show-if-you-show',
    phrases: [
      'ich zeig|zeige|schick|schicke|sende|send ..4 wenn|falls du|sie ..5 auch|zuruck|zurueck|zurick|deins|deine|deinen',
      'ich ..1 schick*|zeig*|send* dir auch ..3 von_mir|meins|mich',
      'ich hab|habe dir ..2 auch ..2 @photo|eins|meins|mich ..1 geschickt|gezeigt|gesendet',
      'wenn|falls du ..3 auch ..2 eins|ein|was|@photo ..2 schickst|sendest|zeigst',
      'ich schick*|zeig*|send*|mach* ..2 zuerst|erst ..2 dann du',
      'meins|meine ..3 wenn|falls|gegen ..3 deins',
      'zeig|zeige|schick|schicke|sende ich dir ..3 meins|meine|meinen|auch_was ..3 wenn|falls|dafur|dafuer',
      'wenn|falls du ..4 zeigst|schickst|sendest ..3 zeig|zeige|schick|schicke|sende ich ..3 dir|auch|meins',
      'du zeigst|schickst|sendest mir ..3 und ich ..3 dir',
      'zeig*|schick*|send* ..2 erst|zuerst du ..2 dann ich',
      'erst|zuerst du ..2 dann ich ..2 zeig*|schick*|send*|@photo',
    ],
    unless: ['referat|hausaufgabe*|aufsatz|zeugnis|noten|note|stundenplan|zeichnung*|skizze*|losung*|loesung*|ergebnis*|zettel|mein_ich|meine_ich|meme*|playlist|rezept|vokabel*|karteikarte*|zusammenfassung'],
    examples: {
      match: ['ich zeig dir was wenn du mir auch was zeigst 😉', 'wenn du mir eins schickst zeig ich dir meins', 'zeig ich dir meins wenn du deins zeigst', 'zeig erst du, dann ich', 'du zeigst mir deins und ich dir meins'],
      ignore: ['ich zeig dir meins wenn du mir deins zeigst - das referat mein ich lol', 'ich schick dir meine zusammenfassung wenn du mir deine schickst', 'ich zeig dir morgen das spiel', 'erst hausaufgaben dann zocken', 'ich schick dir die hausaufgaben wenn ich zuhause bin'],
    },
  },
  {
    id: 'your-turn',
    phrases: [
      'ich hab|habe|hab_dir ..5 geschickt|gesendet|gezeigt ..4 dran|deins|du_auch|zuruck|zurueck|revanchier*|jetzt_du|nun_du|du_jetzt|schick_du|zeig_du',
      'jetzt|nun bist du dran ..3 @photo|schicken|zeigen|senden',
      'jetzt|nun du|deins ..2 @photo|bitte|schicken|zeigen',
      'tauschen|tausch|tauschen ..3 @photo|nudes',
      '@photo|nudes ..2 tauschen|tausch',
      'fair ist fair ..3 du|deins|dran',
      'fair ..4 auch|deins|du_auch',
    ],
    unless: ['meme*|sticker|projekt|schulprojekt|ferien|urlaub|klassenfahrt|ausflug|gif|gifs|link|lied|song|playlist|rezept|hausaufgabe*|aufgabe*|losung|loesung|datei|haha*|lol|xd', 'tauschen_sie|tauschen_die|tauscht_er|tauscht_sie|die_schreiben|die_typen|tater|taeter|erpresser|betruger|betrueger|doku|reportage|artikel|bericht'],
    examples: {
      match: ['ich hab dir schon eins geschickt jetzt bist du dran', 'jetzt bist du dran mit dem foto', 'lass uns bilder tauschen', 'nudes tauschen?'],
      ignore: ['ich hab dir schon eins geschickt, jetzt du mit deinem meme', 'jetzt bist du dran mit würfeln', 'ich hab dir die datei geschickt', 'willst du karten tauschen', 'die schreiben als fakes maedchen, dann tauschen sie bilder und danach drohen sie'],
    },
  },
  {
    id: 'me-too-you-first',
    phrases: [
      'ich ..1 schick*|zeig*|send* dir ..1 auch eins|eines|was|etwas|ein_bild|ein_foto|ein_pic|ein_video|meins|meine|von_mir',
      'dann|danach ..1 zeig|zeige|schick|schicke|sende ich dir ..1 auch ..1 eins|eines|was|etwas|meins|meine|von_mir|ein_bild|ein_foto',
      'du zuerst|erst',
    ],
    unless: ['link|datei|adresse|nummer|rezept|lied|song|meme|hausaufgabe*|runde|spiel|wurfel*|wuerfel*|dran_mit', 'gebaut|gemalt|gekocht|gelernt|gebastelt|gezeichnet|geschrieben|gekauft|trick'],
    weight: 2,
    examples: { match: ['ich schick dir auch eins', 'du zuerst', 'zeig mal wie du so aussiehst ohne shirt, ich zeig dir dann auch was 🙈', 'dann zeig ich dir auch was'], ignore: ['ich schick dir auch den link', 'du zuerst beim würfeln', 'ich zeig dir dann auch was das rezept ist'] },
  },
  {
    id: 'i-go-first',
    phrases: [
      '@photo|nudes ..4 ich fang|fange|mach|mache ..1 an|den_anfang|zuerst|erst',
      'ich fang|fange|mach|mache ..1 an|den_anfang|zuerst ..4 @photo|nudes',
    ],
    unless: ['vom|von_der|von_dem|urlaub|ausflug|party|klassenfahrt|hausaufgabe*|spiel|runde|referat|projekt|collage|album|hochzeit|zimmer|haustier|hund|katze|essen|outfit|setup|garten|aussicht'],
    weight: 3,
    examples: { match: ['na bilder halt 😏 ich fang an', 'ich mach den anfang und schick dir ein bild'], ignore: ['bilder? ich mach den anfang, hier mein zimmer', 'bilder vom urlaub? ich fang an', 'ich fang mit dem referat an, du machst die bilder'] },
  },
  {
    id: 'want-to-see-mine',
    phrases: ['@photo|spiegelselfie* ..5 willst|willste|magst|mochtest|moechtest du ..2 sehen|haben'],
    unless: ['vom|von_der|von_dem|urlaub|ausflug|hund|katze|essen|outfit|zimmer|haare|frisur|schuhe|kleid|tattoo|auto|konzert|baby|landschaft|meme*'],
    weight: 1,
    examples: { match: ['hab grad ein spiegelselfie gemacht willst du sehen?'], ignore: ['hab fotos vom urlaub, willst du sehen?', 'hab ein bild von meiner neuen frisur, willst du sehen'] },
  },
  {
    id: 'now-i-want-to-see',
    phrases: ['geschickt|gezeigt|gesendet ..4 jetzt|nun ..1 will|mochte|moechte ich ..1 auch ..1 was|etwas|eins|deins ..1 sehen|haben'],
    unless: ['zeichnung|gemalt|haha*|lol|xd|spiel|zocken|stream|film|serie|link|datei|hausaufgabe*|rezept|playlist|lied|song|meme*'],
    weight: 3,
    examples: { match: ['ich hab dir was geschickt, jetzt will ich auch was sehen'], ignore: ['ich hab dir den link geschickt, jetzt will ich auch was sehen von deiner zeichnung'] },
  },
  {
    id: 'i-sent-mine',
    phrases: [
      'hab|habe dir ..3 meine_bilder|meine_fotos|meine_pics|meine_nudes|mein_foto|mein_bild|mein_pic|mein_nacktbild|ein_bild_von_mir|ein_foto_von_mir|ein_pic_von_mir|bilder_von_mir|fotos_von_mir|was_von_mir ..2 geschickt|gesendet|gezeigt',
      'hab|habe dir doch|schon|bereits ..1 meins ..2 geschickt|gesendet|gezeigt',
      'du hast ..2 meins|meine_bilder|meine_fotos|mein_foto|mein_bild|mich ..1 gesehen|bekommen|gekriegt ..4 jetzt|nun|dann|du|deins',
    ],
    unless: ['zeichnung|gemalt|gezeichnet|gebastelt|gekocht|hausaufgabe*|referat|adresse|nummer|link|rezept|lied|song|playlist|stundenplan|zeugnis|urlaub|ausflug|klassenfahrt|runde|spiel|wurfel*|wuerfel*|dran_mit|haha*|lol|xd', 'vom|von_der|von_dem|mit_dem|mit_der|auf_dem|klassenfoto|gruppenfoto|passfoto|schulfoto'],
    examples: {
      match: ['ich hab dir doch meins geschickt', 'hab dir schon ein bild von mir geschickt, jetzt du', 'du hast mein foto gesehen, jetzt bist du dran'],
      ignore: ['ich hab dir meins vom ausflug geschickt', 'hab dir mein bild geschickt, das ich gemalt hab', 'ich hab dir meine adresse geschickt', 'ich hab dir meins geschickt'],
    },
  },
  {
    id: 'your-turn-fair',
    phrases: [
      'hab|habe dir ..2 meins ..1 geschickt|gesendet|gezeigt',
      'jetzt|nun bist du dran ..4 fair|gerecht|gleiches_recht',
    ],
    unless: ['zeichnung|gemalt|gezeichnet|gebastelt|gekocht|hausaufgabe*|referat|adresse|nummer|link|rezept|lied|song|playlist|stundenplan|zeugnis|urlaub|ausflug|klassenfahrt|runde|spiel|wurfel*|wuerfel*|dran_mit|haha*|lol|xd|abwasch|spulen|spuelen|zahlen|bezahlen|gezahlt|bezahlt|letztes_mal|gestern|eingekauft|abgewaschen|aussuchen|fahren|kochen|putzen|mull|muell', 'vom|von_der|von_dem|mit_dem|mit_der|auf_dem|klassenfoto|gruppenfoto|passfoto|schulfoto'],
    weight: 2,
    examples: {
      match: ['ich hab dir meins geschickt', 'jetzt bist du dran, ist nur fair', 'hab dir gerade meins geschickt 😏', 'hab dir eben schon meins gezeigt'],
      ignore: ['jetzt bist du dran, ist nur fair, ich hab letztes mal gezahlt', 'ich war schon, jetzt du mit duschen', 'jetzt bist du dran mit abwasch, ist nur fair', 'ich war schon dran, jetzt du beim würfeln', 'ich hab dir meins geschickt, die hausaufgabe', 'hab dir grad meins geschickt, das referat'],
    },
  },
  {
    id: 'yours-then-mine',
    phrases: [
      'zeig|zeigst|schick|schickst|send|sendest ..3 deins|deine|deinen ..3 dann|und ..2 zeig|zeige|schick|schicke|sende|send|bekommst|kriegst ..2 ich|du ..2 meins|meine|meinen|von_mir',
      'deins ..3 dann|und|gegen ..3 meins',
      'hab|habe dir ..2 eins_von_mir|eines_von_mir|ein_selfie|n_selfie|nen_selfie|ein_pic_von_mir|ein_video_von_mir|was_privates|etwas_privates ..2 geschickt|gesendet|gezeigt',
    ],
    unless: ['zeugnis|hausaufgabe*|aufgabe*|note|noten|zimmer|outfit|setup|zeichnung|gemalt|ergebnis*|test|klausur|referat|rezept|link|adresse|nummer|stundenplan|playlist|lied|song|haha*|lol|xd|vom|von_der|urlaub|ausflug|klassenfahrt|hund|katze|essen|geschenk|kuchen|deck|karten|team|level|base|skin|skins', 'aufsatz|arbeit|heft|hefter|handy|tiktok|profil|lego|sammlung|pokemon|sticker|panini|collage|plakat|bild_gemalt|kunst|gedicht|text|code|programm|spielstand|welt|build'],
    examples: {
      match: ['zeig mir deins dann zeig ich dir meins', 'schick mir deins und du bekommst meins', 'deins gegen meins?', 'ok ich hab dir jetzt eins von mir geschickt'],
      ignore: ['zeig mir deins dann zeig ich dir meins, den aufsatz', 'zeig mir dein zeugnis dann zeig ich dir meins', 'zeig mir deins dann zeig ich dir meins, das zimmer', 'ich hab dir eins von mir geschickt vom urlaub'],
    },
  },
  {
    id: 'made-one-too',
    phrases: [
      'ich hab|habe ..2 auch|extra|schon ..1 eins|eines|ein_bild|ein_foto|ein_video|ein_selfie ..1 gemacht|geschickt|aufgenommen ..4 keiner|niemand|du|jetzt|deins|dran|auch|nur_fur_dich|nur_fuer_dich',
    ],
    unless: ['zeugnis|hausaufgabe*|aufgabe*|zimmer|outfit|zeichnung|gemalt|ergebnis*|test|klausur|referat|rezept|kuchen|essen|haha*|lol|xd|vom|von_der|urlaub|ausflug|klassenfahrt|hund|katze|geschenk|tiktok|reel|trend|dance|tanz|challenge|gruppe'],
    weight: 2,
    examples: {
      match: ['komm schon ich hab auch eins gemacht, keiner sieht das außer mir', 'ich hab extra ein foto gemacht, jetzt du', 'ich hab schon ein selfie gemacht nur für dich'],
      ignore: ['ich hab auch eins gemacht, vom urlaub', 'ich hab auch ein video gemacht für tiktok, jetzt du'],
    },
  },
  {
    id: 'made-you-one-now-you',
    phrases: [
      'ich hab|habe dir ..3 @photo|eins|eines|video ..1 gemacht|geschickt|aufgenommen ..4 jetzt|nun|dann ..2 du|deins|machst_du|schickst_du|bist_du',
      'ich zeig|zeige|schick|schicke dir ..3 wenn|falls du mir ..2 was|etwas|eins ..1 zeigst|schickst',
    ],
    unless: ['zeugnis|hausaufgabe*|aufgabe*|note|noten|zimmer|outfit|setup|zeichnung|gemalt|ergebnis*|test|klausur|referat|rezept|link|adresse|nummer|stundenplan|playlist|lied|song|meme*|sticker|gif|gifs|haha*|lol|xd|vom|von_der|urlaub|ausflug|klassenfahrt|hund|katze|essen|geschenk|kuchen|trick|spiel|level|tiktok|trend|challenge|tanz|dance|geburtstag*|gratul*|oma|opa'],
    weight: 3,
    examples: {
      match: ['ich hab dir ein video gemacht, jetzt machst du eins', 'ich zeig dir was cooles wenn du mir was zeigst'],
      ignore: ['ich hab dir schon eins geschickt, jetzt du mit deinem meme', 'ich hab dir ein video gemacht zum geburtstag, jetzt du', 'ich zeig dir den trick wenn du mir was zeigst'],
    },
  },
  {
    id: 'then-you-send-back',
    phrases: [
      'dann|und ..1 schickst|zeigst|sendest du ..1 mir ..2 was|etwas|eins|auch_was|auch_eins ..1 zuruck|zurueck|auch',
      'ich schick*|zeig*|send* ..1 dir ..2 was|etwas|eins ..1 von mir ..3 dann|und ..1 du|schickst|zeigst',
      'meins|von_meinem|von_meiner ..4 dann|und ..1 du ..2 von_deinem|von_deiner|deins',
    ],
    unless: ['hausaufgabe*|aufgabe*|link|datei|adresse|nummer|rezept|lied|song|playlist|meme*|referat|projekt|geld|euro|zuruckzahlen|zurueckzahlen|haha*|lol|xd|postkarte|brief|paket|karte|urlaub|geschenk*|geburtstag*', 'zeugnis|note|noten|zimmer|outfit|setup|zeichnung|gemalt|ergebnis*|test|klausur|aufsatz|arbeit|heft|handy|tiktok|profil|lego|sammlung|pokemon|sticker|karten|deck|skin|skins|level|base'],
    weight: 3,
    examples: { match: ['ich schick dir ein bild von meinem, dann du von deinem', 'ich schick dir gleich was von mir, dann schickst du mir was zurück ok?'], ignore: ['ich schick dir eine postkarte, dann schickst du mir auch eine zurück', 'ich zeig dir meins, dann du deins, das zeugnis'] },
  },
  {
    id: 'more-of-me-show-too',
    phrases: [
      'dann ..1 zeig|schick|zeigst|schickst ..2 mir ..1 auch ..1 was|eins|etwas|deins',
      'mehr ..1 von mir ..1 sehen ..4 dann|aber ..3 du|deins|auch',
    ],
    unless: ['gemalt|zeichnung|gebastelt|gebaut|gekocht|hausaufgabe*|aufgabe*|trick|level|spiel|lego|referat|projekt|zimmer|urlaub|ausflug|vom|haha*|lol|xd|rezept|zeugnis'],
    weight: 3,
    examples: { match: ['willst du noch mehr von mir sehen? dann zeig mir auch was'], ignore: ['ich hab dir mein bild gezeigt, dann zeig mir auch was du gemalt hast'] },
  },
  {
    id: 'took-mine-off-now-you',
    phrases: ['ich hab|habe ..2 mein|meine|meinen ..1 shirt|top|hose|pulli|oberteil|klamotten|bh|unterhose|tshirt|t_shirt ..2 ausgezogen|aus ..4 jetzt|nun|dann ..1 du|deins|bist_du'],
    unless: ['sport|training|dusche|schwimm*|sauna|arzt|haha*|lol|xd|wasche|waesche|waschmaschine|schmutzig|nass'],
    weight: 3,
    examples: { match: ['ich hab mein shirt schon ausgezogen, jetzt du'], ignore: ['ich hab mein shirt ausgezogen, war nass vom regen, jetzt du mit duschen haha'] },
  },
  {
    id: 'got-mine-now-you',
    phrases: ['hast du mein|meins|meine ..1 [@photo] ..2 bekommen|gekriegt|gesehen ..3 jetzt|nun du|deins'],
    unless: ['hausaufgabe*|aufgabe*|losung|loesung|zeichnung|gemalt|urlaub|vom|von_der|meme*|rezept|haha*|lol|xd|brief|paket|karte|mail|nachricht|link|lied|song|playlist|hund|katze'],
    weight: 3,
    examples: { match: ['na, hast du mein bild bekommen? jetzt du 😏'], ignore: ['hast du meine zeichnung bekommen? jetzt du'] },
  },
  {
    id: 'sent-you-one-your-turn',
    phrases: [
      'du bist dran|du_bist_dran ..6 hab|habe dir ..2 schon|bereits|auch ..1 eins|eines|meins|@photo',
      'hab|habe [ich] dir ..2 schon|bereits ..1 eins|eines|meins|@photo ..1 geschickt|gesendet|gezeigt ..4 du_bist_dran|bist_du_dran|jetzt_du|deins|dein_bild|dein_foto',
    ],
    unless: ['meme*|lied|song|link|haha*|lol|xd|spiel|runde|karte|karten|zug|wurfeln|wuerfeln|uno|schach|aufgabe*|hausaufgabe*|rezept'],
    weight: 3,
    examples: { match: ['du bist dran, ich hab dir schon eins geschickt', 'ich hab dir schon eins geschickt, jetzt du'], ignore: ['du bist dran beim uno, ich hab dir schon eine karte gegeben', 'ich hab dir schon ein meme geschickt, jetzt du haha'] },
  },
  {
    id: 'if-you-send-one-you-get-one',
    phrases: ['wenn|falls du mir ..2 eins|eines|ein_bild|ein_foto|@photo|was|etwas ..1 schickst|zeigst|sendest ..3 kriegst|bekommst|schick|zeig ..1 du|ich ..1 auch|meins|eins'],
    unless: ['meme*|lied|song|link|rezept|hausaufgabe*|aufgabe*|losung|loesung|zeichnung|urlaub|vom|von_der|haha*|lol|xd|karte|postkarte|brief|sticker'],
    weight: 3,
    examples: { match: ['wenn du mir eins schickst kriegst du auch eins', 'wenn du mir ein foto schickst, schick ich auch eins'], ignore: ['wenn du mir ein foto vom urlaub schickst, schick ich auch eins'] },
  },
  {
    id: 'send-me-something-ill-send-back',
    phrases: ['schick|schickst|zeig|zeigst|sende ..2 mir ..3 von dir ..5 ich ..2 dir ..3 zuruck|zurueck|auch|meins|was_zuruck|was_zurueck'],
    unless: ['meme*|sticker|gif|gifs|link|lied|song|playlist|rezept|hausaufgabe*|aufgabe*|losung|loesung|datei|urlaub|vom|von_der|haha*|lol|xd|adresse|nummer|brief|karte|postkarte'],
    weight: 3,
    examples: { match: ['schick mir was von dir und ich schick dir was zurück', 'zeig mir was von dir, ich zeig dir auch meins'], ignore: ['schick mir was von dir vom urlaub und ich schick dir auch was'] },
  },
  {
    id: 'sent-yours-now-you-r9',
    phrases: [
      'hab|habe dir ..4 geschickt|gesendet|gezeigt ..3 dran|jetzt_du|nun_du|deins|deine_reihe',
      'jetzt|nun|dann du ..4 hab|habe dir ..2 auch|schon|ja ..2 was|eins|@photo|bilder|fotos ..1 geschickt|gesendet|gezeigt',
    ],
    unless: ['dran_mit|schneiden|bearbeiten|raten|antworten', 'link|datei*|hausaufgabe*|aufgabe*|referat|prasentation*|praesentation*|folie*|zusammenfassung|notizen|spiel|zug|runde|meme*|geld|euro|paypal|rezept|einladung|adresse|nummer|playlist|lied|song|tiktok*|reel*|haha|lol|xd|geburtstag|paket|karte|brief|geschenk'],
    examples: {
      match: ['hab dir grad n pic geschickt, jetzt bist du dran', 'jetzt du, ich hab dir ja auch was geschickt 😘', 'hab dir meins gezeigt, jetzt deins'],
      ignore: ['hab dir den link geschickt, jetzt bist du dran mit den folien', 'hab dir die hausaufgabe geschickt, jetzt du', 'ich hab dir gerade die nachricht geschickt, du bist dran im spiel'],
    },
  },
  {
    id: 'fair-is-fair-r10',
    phrases: [
      '@photo|bild|eins|was ..4 fair_ist_fair|ist_nur_fair|ware_nur_fair|waere_nur_fair|war_nur_fair',
      'meine|meine_cam|meine_kamera|ich_hab_meine ..1 is|ist|hab ..1 auch|doch_auch|schon ..1 an',
    ],
    unless: ['haha*|lol|xd|spiel|runde|zock*|team|geld|euro|zuruck|zurueck|geschenk*|pizza|essen|unterricht|meeting|lernen|hausaufgabe*|referat|lehrer*|klasse|schule|kurs|zoom|teams'],
    examples: {
      match: ['ein bild von dir, fair ist fair', 'komm schon meine is auch an 😊'],
      ignore: ['fair ist fair, du zahlst die pizza', 'meine kamera ist auch an, der lehrer sieht uns'],
    },
  },
  {
    id: 'show-me-i-show-you-too-r11',
    phrases: ['zeig ..1 mal|mir|her ..4 ich ..1 zeig|zeige|schick|schicke ..1 dir ..1 meinen|meine|meins|mein ..1 auch'],
    unless: ['hausaufgabe*|notizen|zeugnis|note|noten|test|arbeit|aufgabe*|zeichnung|bild_vom|hund|katze|zimmer|outfit_fur|schuhe', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['zeig mal 🙈 ich zeig dir meinen auch', 'zeig her, ich schick dir meins auch'],
      ignore: ['zeig mal dein zeugnis, ich zeig dir meins auch'],
    },
  },
  {
    id: 'i-undressed-now-you-r11',
    phrases: ['ich hab|habe mich ..2 auch|schon|grad|gerade ..1 ausgezogen|nackt|ausgezogen_fur_dich ..4 jetzt|nun ..1 du|bist_du'],
    unless: ['haha*|lol|schwimm*|sauna|umkleide|arzt|sport', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['ich hab mich auch ausgezogen, jetzt du'], ignore: ['ich hab mich schon ausgezogen für die sauna, jetzt du'] },
  },
  {
    id: 'i-send-you-send-too-r12',
    phrases: [
      'ich schick|schicke|sende ..3 @photo|selfie|was|eins ..6 schickst|sendest du ..2 mir ..1 auch|dann ..1 eins|ein|eine|was|n',
      'schickst|sendest du ..1 mir ..1 auch ..1 eins|ein_selfie|ein_bild|ein_foto|ein_pic ..1 von ..1 dir',
    ],
    unless: ['haar*|frisur|outfit|kleid|hund|katze|pferd|essen|kuchen|hausaufgabe*|aufgabe*|zimmer|urlaub|ausflug|vom|von_der|konzert|zeugnis|noten|loesung*|losung*|mathe|tafel', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich schick dir mal n selfie von mir 💕 schickst du mir auch eins?', 'schickst du mir auch ein bild von dir?'],
      ignore: ['ich schick dir ein foto vom hund, schickst du mir auch eins von deiner katze?', 'ich schick dir die mathe lösung, schickst du mir auch eins von deutsch?'],
    },
  },
  {
    id: 'i-sent-you-something-too-r13',
    phrases: [
      'ich hab|habe dir ..1 auch|doch|schon|ja ..2 was|eins|etwas|n_bild|ein_bild|bild|foto|pic ..2 geschickt|gesendet|gezeigt',
      'ich ..1 schick*|send* ..1 dann|danach|dafur|dafuer ..1 auch ..1 eins|was|eins_von_mir|ein_bild|ein_foto',
    ],
    unless: ['post|paket|brief|mail|email|link|geburtstag*|geschenk*|meme*|tiktok|reel|reels|video_von|sticker|hausaufgabe*|aufgabe*|losung|loesung|referat|datei|pdf|adresse|nummer|rezept|playlist|lied|song|screenshot|location|standort|gruppe|urlaub|ausflug|hund|katze'],
    examples: {
      match: ['komm schon, ich hab dir auch was geschickt', 'schick mal eins nur im handtuch 🙈 ich schick dann auch eins'],
      ignore: ['ich hab dir auch was geschickt, guck mal in die post', 'ich hab dir doch schon den link geschickt'],
    },
  },
  {
    id: 'i-send-one-too-r14',
    phrases: [
      'ich ..1 schick|schicke|send|sende|mach|mache|zeig|zeige ..1 [dir] [dann] auch ..1 eins|ein|n|was|welche|mehr',
      '@photo ..3 schicken|senden|zeigen ..2 und du ..1 mir ..1 auch',
      'zeig|zeige|zeigst ..2 mehr ..3 ich ..2 auch|dann_auch',
    ],
    unless: ['meme*|lieblingsmeme*|lieblingslied*|lieblingssong*|rezept|sticker|gif*|lied|song|link|playlist|hausaufgabe*|arbeitsblatt|urlaub|hund|katze|essen|kuchen|outfit_fur|outfit_fuer|deko'],
    examples: {
      match: ['hab dich geaddet. schick mal n spiegelselfie ohne shirt, ich schick auch eins 🙈', 'weil ich dir dann videos schicken kann und du mir auch 😉', 'du bist süß. zeig mal mehr 😳 ich mach dann auch'],
      ignore: ['schick mir deinen lieblingsmeme, ich schick auch eins', 'schick mal ein foto vom kuchen, ich schick auch eins von meinem'],
    },
  },
  {
    id: 'sent-you-one-too-r17',
    phrases: [
      'hab|habe|hab_ich|habe_ich dir ..2 auch ..2 eins|eines|bild|foto|meins|selfie ..2 geschickt|gesendet|geschickt',
      'schick*|send* ..3 bild|foto|selfie|eins ..3 hab|habe dir ..1 auch ..2 eins|eines|meins',
    ],
    unless: ['meme*|sticker|link|katze*|hund*|lied|song|playlist|gif|hausaufgabe*|arbeitsblatt|rezept'],
    examples: {
      match: ['schick mal ein bild, hab dir auch eins geschickt', 'ich hab dir auch ein foto geschickt, jetzt du'],
      ignore: ['hab dir auch eins geschickt, das meme ist so gut', 'hab dir auch ein bild vom arbeitsblatt geschickt'],
    },
  },
  {
    id: 'topless-i-start-r18',
    phrases: [
      "oben_ohne|oberkorperfrei|oberkoerperfrei|ohne_oberteil|ohne_shirt|in_unterwasche|in_unterwaesche|nackt ..4 ich fang|fange|mach|mache ..1 an|anfang|den_anfang|zuerst|vor",
    ],
    unless: ["freibad|sauna|schwimmbad|strand|packen|kochen"],
    examples: {
      match: ["du weißt schon... oben ohne oder so, ich fang an", "nackt, ich mach den anfang 😏"],
      ignore: ["oben ohne ins freibad? ich fang an zu packen lol"],
    },
  },
  {
    id: 'i-sent-more-than-you-r18',
    phrases: [
      "ich hab|habe dir # ..2 geschickt|gesendet ..3 du ..2 mir ..1 nur|noch_nicht|keins|kein|keine|erst",
    ],
    unless: ["meme*|sticker|gif*|link*|nachrichten|sprachnachricht*|reel*|tiktok*|video_von_der|euro|geld"],
    examples: {
      match: ["ich hab dir 2 geschickt, du mir nur eins. unfair"],
      ignore: ["ich hab dir 2 memes geschickt du mir nur eins lol"],
    },
  },
  {
    id: 'want-to-see-you-i-show-mine-r19',
    phrases: [
      'sehen|sehn|cam|webcam|kamera|gesicht|korper|koerper|bild|bilder|foto|fotos|pic|pics ..6 ich ..1 zeig|zeige|schick|schicke dir ..1 meins|meine|meinen|mich ..1 auch',
      'ich ..1 zeig|zeige|schick|schicke dir ..1 meins|meine|meinen|mich ..1 auch ..6 wenn|falls|dafur|dafuer|und_du|du_mir',
      'sehen|sehn|cam|webcam|kamera|gesicht|korper|koerper|bild|bilder|foto|fotos|pic|pics ..6 ich ..1 zeig|zeige|schick|schicke dir ..1 auch ..1 meins|meine|meinen|mich',
    ],
    unless: ['outfit|kleid|zeugnis|stundenplan|handy|note|noten|hausaufgabe*|zimmer|setup|deck|build|avatar|skin|skins|zeichnung|katze|hund|haustier|urlaub', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hast du eig ne webcam? würd gern dein echtes gesicht sehn, ich zeig dir meins auch', 'ich will dich sehen, ich schick dir auch meins', 'ich zeig dir meins auch wenn du willst'],
      ignore: ['zeig mal dein neues zimmer auf der cam, ich zeig dir meins auch', 'schick mal ein bild von deinem setup, ich zeig dir meins auch'],
    },
  },
  {
    id: 'i-show-myself-too-your-turn-r25',
    phrases: [
      'ich zeig|zeige mich ..1 auch|dann_auch|ebenfalls',
      'jetzt|nun bist du dran ..6 @photo|eins|keins|langweilig*|bauch|oben_ohne|ohne_was',
      'ich schick|schicke|zeig|zeige dir ..2 eins|was|bild|foto ..2 du schickst|zeigst mir ..1 eins|was|bild|foto',
      'mindeste ..3 eins|was|bild|foto ..1 zuruck|zurueck',
      'hab|habe dir ..3 @photo|eins ..1 geschickt ..6 eins|was ..1 zuruck|zurueck',
    ],
    unless: ['training|spiel|turnier|party|feier|kirche|schule|konzert|kurs|chor|buhne|buehne|theater|verein|bewerbung|vorstellungsgesprach|vorstellungsgespraech|essen|abwasch|spulen|spuelen|aufgabe*|frage*|vorlesen|referat|wurfeln|wuerfeln|karte|zug'],
    weight: 2,
    examples: {
      match: ['ich schick dir eins, du schickst mir eins, deal?', 'hab dir extra n bild geschickt, das mindeste wäre jetzt eins zurück', 'ok dann facetime? ich zeig mich auch', 'jetzt bist du dran 😏 aber nicht so n langweiliges', 'nun bist du dran, eins wo man mehr sieht'],
      ignore: ['jetzt bist du dran mit dem abwasch', 'jetzt bist du dran, welche karte legst du', 'ich zeig mich auch mal beim training'],
    },
  },
  {
    id: 'gave-you-now-you-give-r26',
    phrases: [
      'hab|habe ..1 dir ..3 gegeben|geschenkt|geschickt|gegiftet|gegifted ..3 jetzt|nun ..1 gibst|schickst|zeigst du ..1 mir',
      '@gamecur ..4 nicht|nich|net|ned|waren_nicht|warn_nich ..1 umsonst|gratis ..6 zeig|zeige|schick|schicke|mach|mache|dafur|dafuer',
      'snaps|snap|bilder|es|die ..1 verschwinden|verschwindet|loschen_sich|loeschen_sich ..3 eh|doch|sowieso|automatisch ..4 schick|schicken|also|keiner',
    ],
    unless: ['hausaufgabe*|aufgabe*|losung*|loesung*|nummer|code|link|geld|euro|karte|stift|buch|heft|adresse|rezept|passwort|ladekabel|zeugnis|story|screenshot*'],
    examples: {
      match: ['ich hab dir gegeben, jetzt gibst du mir', 'ey die robux warn nich umsonst digga, zeig ma was', 'snaps verschwinden doch eh, also schick', 'hab dir 800 robux gegiftet, jetzt schickst du mir was'],
      ignore: ['ich hab dir meine hausaufgaben gegeben, jetzt gibst du mir deine', 'die vbucks sind nicht umsonst, die kosten echtes geld', 'die snaps verschwinden eh, mach dir keinen kopf wegen dem screenshot'],
    },
  },
  {
    id: 'sent-you-something-your-turn-r28',
    phrases: [
      'hab|habe dir ..4 geschickt|gesendet|gezeigt ..6 jetzt_bist_du_dran|nun_bist_du_dran|bist_du_dran|du_bist_dran|jetzt_du|nun_du|deine_reihe',
      'nur fur|fuer dich ..4 jetzt|nun bist du ..1 dran',
    ],
    unless: ['dran_mit|schneiden|bearbeiten|raten|antworten|wurfeln|wuerfeln|zug|karte', 'link|datei*|hausaufgabe*|aufgabe*|referat|prasentation*|praesentation*|folie*|zusammenfassung|notizen|spiel|runde|meme*|geld|euro|paypal|rezept|einladung|adresse|nummer|playlist|lied|song|tiktok*|reel*|haha|lol|xd|geburtstag|paket|brief|geschenk|gutschein|kuchen|platzchen|quiz|frage*|ratsel|raetsel'],
    examples: {
      match: ['hab dir eben was geschickt, nur für dich 😏 jetzt bist du dran', 'ich hab dir grad ein bild geschickt, ganz privat, jetzt bist du dran'],
      ignore: ['hab dir grad das quiz geschickt, nur für dich, jetzt bist du dran', 'ich hab dir die zusammenfassung geschickt, jetzt bist du dran mit kapitel 3'],
    },
  },
  {
    id: 'sent-you-one-your-turn-dialect-r30',
    phrases: [
      'hab|habe|han|hob|ha ..4 @photo|foti|fotti|foteli|fotteli|bildli|eins|oans|eis|was ..2 gschickt|geschickt|gesendet|gschickt|gsendet|gezeigt|zeigt ..4 dran|dra|du_jetzt|jetzt_du|deins|dis|deis|bisch_du|bist_du',
    ],
    unless: ['zeichnung|gemalt|gezeichnet|gebastelt|gekocht|hausaufgabe*|referat|adresse|nummer|link|rezept|lied|song|playlist|stundenplan|zeugnis|urlaub|ausflug|klassenfahrt|runde|spiel|wurfel*|wuerfel*|dran_mit|haha*|lol|xd|quiz|datei|meme', 'vom|von_der|von_dem|mit_dem|mit_der|auf_dem|klassenfoto|gruppenfoto|passfoto|schulfoto'],
    examples: {
      match: ['hab dir eh scho a bild gschickt, jetzt bist du dran 😉', 'i hob da oans gschickt, jetzt du', 'ich ha dir es foti gschickt, jetzt bisch du dra'],
      ignore: ['hab dir das bild vom ausflug gschickt, jetzt bist du dran', 'hab dir den link gschickt, jetzt du', 'hab dir mein rezept gschickt jetzt du'],
    },
  },
  {
    id: 'you-show-me-i-show-you-r30',
    phrases: [
      'zeigst|zeig|zeigen du ..1 mir ..2 was|etwas ..6 ich zeig|zeige dir ..1 auch|dafur|dafuer|dann ..1 was|etwas',
      'ich zeig|zeige dir ..1 auch|dafur|dafuer ..1 was|etwas ..6 du ..1 mir ..2 was|etwas',
    ],
    unless: ['gemalt|gezeichnet|gebaut|gebastelt|gekocht|trick|level|skin|skins|outfit|zimmer|hausaufgabe*|referat|rezept|meme*|lied|song|video_vom|fotos_vom|tanz|choreo|karten|sammlung|garten|hund|katze'],
    examples: {
      match: ['als gegenleistung zeigst du mir dann was 😏 ich zeig dir auch was', 'ich zeig dir auch was, und du zeigst mir dafür was'],
      ignore: ['zeigst du mir was du gemalt hast? ich zeig dir auch was', 'ich zeig dir auch was, du mir dafür den trick'],
    },
  },
  {
    id: 'then-you-must-send-too-r37',
    phrases: [
      'dann|aber ..3 musst|muesst|musst_du|muss du ..3 auch|ebenfalls ..2 was|etwas|eins|eines|ein_bild|ein_foto|bilder|fotos ..1 schicken|senden|zeigen|machen',
      'ich ..2 schick|schicke|sende dir ..3 bilder|fotos|eins|welche ..4 wenn du ..3 auch',
    ],
    unless: ['hausaufgaben|aufgaben|referat|urlaub|ausflug|klassenfahrt|rezept|formular|zettel|liste'],
    examples: {
      match: ['dann musst du aber auch was schicken', 'ich schick dir bilder, wenn du auch welche schickst'],
      ignore: ['dann musst du aber auch die hausaufgaben schicken', 'ich schick dir fotos vom urlaub wenn du auch welche hast'],
    },
  },
] satisfies PatternEntry[];
