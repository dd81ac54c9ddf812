import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'virgin-experience',
    phrases: [
      'bist|biste|bisch du [noch|schon|eigentlich] jungfrau',
      'noch jungfrau',
      'hattest|hast|haste|hatten du|sie ..3 schon|mal ..3 sex|geschlechtsverkehr|gefickt|gebumst|rumgemacht|einen_geblasen|befriedigt',
      'hast|haste|hattest du ..3 erfahrung ..2 mit|im sex|jungs|mannern|maennern|madchen|maedchen',
      'masturbierst|wichst|fingerst|befriedigst|streichelst du ..3 dich|oft|manchmal|selbst',
      'machst|macht du ..2 es|s dir ..2 selbst',
      'schlafst|schlaefst|duschst|badest du ..2 nackt',
      'dich ..3 selbst|selber ..1 angefasst|befriedigt|gestreichelt|beruhrt|beruehrt',
      'fasst|beruhrst|beruehrst|streichelst du dich ..2 an|selbst|unten|untenrum',
      'haare ..2 da_unten|untenrum|intim*|an_der_muschi',
      'schon ..3 nackt ..1 gesehen',
      'wie sieht|sehen ..1 @poss @body ..1 aus',
      'tragst|traegst|hast du ..2 bh|string|tanga|@underwear ..1 an|drunter|gerade|grad|jetzt',
      'tragst|traegst du ..2 einen|ein|nen|ne bh|string|tanga|slip',
      'schonmal|schon_mal|mal ..3 nacktbild*|nudes|nacktfoto*|nacktvideo* ..2 verschickt|geschickt|gemacht|gesendet',
      'zieh|ziehst|zieht ..6 sexy|freizugig*|freizuegig*|@underwear|nuttig*',
      'sexy|freizugig*|freizuegig*|nuttig* ..3 anziehen|anziehst|anhaben|tragen',
      'hast|haste du ..3 penis|schwanz|pimmel|muschi|titten ..1 gesehen|angefasst',
      'stehst du auf ..1 altere|aeltere|alte|erwachsene|reifere',
      'magst|mag|stehst du ..1 altere|aeltere|erwachsene|reifere ..1 jungs|manner|maenner|typen|frauen|madchen|maedchen|kerle',
      'ich steh|stehe ..1 auf ..1 jungere|juengere|junge|kleine ..1 madchen|maedchen|jungs|girls|dinger',
      'ich ..2 bring|bringe|zeig|zeige dir ..2 bei|wie_man ..3 kusst|kuesst|kussen|kuessen|knutschen|sex|rummachen|befriedigen|fickt',
      'soll|kann|darf ich dir ..2 zeigen|beibringen ..2 wie ..1 man ..1 kusst|kuesst|kussen|kuessen|knutscht|rummacht|es_macht',
      'wurdest|wuerdest|willst|mochtest|moechtest du ..2 mit mir ..2 schlafen|sex|ins_bett|ficken|rummachen',
      'denk*|traum*|traeum* ..4 an|von @poss @body|lippen',
      'bist du ..2 da_unten|untenrum|unten ..1 rasiert',
      'bist du ..2 schon ..1 entwickelt|in_der_pubertat|in_der_pubertaet|fraulich|weit_entwickelt|aufgeklart|aufgeklaert',
      'hast|haste du ..2 schon ..2 deine_tage|periode|titten|busen|bruste|brueste|haare_da_unten',
    ],
    unless: ['doku|zeitung|artikel|reportage|ich_wurd_das_nie|ich_wuerd_das_nie|strafbar', 'mein_bruder|meine_schwester|mein_cousin|meine_cousine|sauna|fkk|umkleide|sexualkunde|aufklarungsunterricht|aufklaerungsunterricht|biologieunterricht|bio_unterricht|hitze|sommer|wetter|sonne|hitzefrei|schwitz*'],
    examples: {
      match: ['soll ich dir zeigen wie man küsst? 😘', 'magst du ältere jungs?', 'ich steh auf jüngere mädchen wie dich', 'ich bring dir bei wie man küsst', 'bist du noch jungfrau?', 'hattest du schon mal sex', 'hast du schon erfahrung mit jungs', 'masturbierst du oft', 'machst du es dir selbst'],
      ignore: ['hast du schon mal nacktfotos gemacht? also ich würd das nie, hab ne doku gesehen', 'bist du schon in der pubertät? mein bruder ist voll komisch seit er 13 ist haha', 'sie ist sternzeichen jungfrau', 'hast du schon mal pizza mit ananas gegessen', 'hast du schon mal jemanden nackt gesehen in der sauna? ist da normal'],
    },
  },
  {
    id: 'what-are-you-wearing',
    phrases: [
      'was hast|haste|hasch du grad|gerade|grade|jetzt|eigentlich|so an',
      'was tragst|traegst|tragen du|sie [grad|gerade|grade|jetzt|eigentlich] ..2 drunter|unten|unterm|darunter|jetzt|grad|gerade',
      'welche|welchen|was_fur|was_fuer ..2 @underwear|unterwasche|farbe ..3 tragst|traegst|hast du|an',
      'was hast du ..2 drunter|darunter',
    ],
    unless: ['an dem|den|der|diesem|deinem|welchem|ostern|weihnachten|silvester|wochenende|geburtstag|tag', 'gemacht|vor|bekommen|gekriegt|gegessen|geplant|gedacht|gelernt', 'party|hochzeit|abstimmen|outfit|morgen|schule|anziehen|feier|ball|abiball|konfirmation|kommunion'],
    examples: {
      match: ['was hast du grad an?', 'was trägst du drunter', 'welche unterwäsche trägst du', 'was hast du drunter'],
      ignore: ['was hast du an dem tag gemacht', 'was hast du heute vor', 'was hast du an weihnachten bekommen'],
    },
  },
  {
    id: 'what-are-you-wearing-plain',
    phrases: ['was hast|haste|hasch du [heute] an'],
    unless: ['an dem|den|der|diesem|deinem|welchem|ostern|weihnachten|silvester|wochenende|geburtstag|tag', 'gemacht|vor|bekommen|gekriegt|gegessen|geplant|gedacht|gelernt', 'party|hochzeit|abstimmen|outfit|morgen|schule|anziehen|feier|ball|abiball|konfirmation|kommunion', 'jahrbuch|klassenfoto|fotos_fur|fotos_fuer|bewerbung*|vorstellungsgesprach|vorstellungsgespraech|praktikum'],
    weight: 2,
    examples: { match: ['was hast du an?'], ignore: ['was hast du heute an? wir wollten uns doch abstimmen für die party', 'was hast du heute an, wir haben doch nachher fotos für das jahrbuch'] },
  },
  {
    id: 'body-remarks',
    phrases: [
      'geil*|sexy|heiss|heisse|heissen|heisser|scharf*|knackig* ..2 @body',
      '@poss @body ..3 geil|sexy|heiss|hot|scharf|knackig|gross|klein|anfassen|sehen|beruhren|beruehren',
      'wie gross|grosse ..2 sind|ist @poss @body',
      'welche|was_fur|was_fuer ..2 bh|korbchengrosse|koerbchengroesse|korbchen|koerbchen',
      'du|bist|biste|siehst ..3 so|echt|voll|richtig|mega|total geil|sexy|heiss|hot|scharf',
      'du machst mich ..2 geil|heiss|an|hart|feucht|horny',
      'bist|wirst du ..2 feucht|geil|horny|erregt|rasiert',
      'ich ..3 will|mochte|moechte|wurde|wuerde dich ..3 anfassen|beruhren|beruehren|ficken|lecken|nackt|ausziehen|vernaschen|bumsen',
    ],
    unless: ['grosse|groesse|grose ..2 bett|zimmer|wohnung|haus|pizza'],
    examples: {
      match: ['du hast bestimmt einen geilen körper', 'du bist so sexy', 'deine beine sind so geil', 'wie groß sind deine brüste', 'bist du rasiert', 'du machst mich so geil', 'ich will dich nackt sehen'],
      ignore: ['das spiel ist so geil', 'geiler film', 'der body ist im sale', 'ich will dich sehen'],
    },
  },
  {
    id: 'underwear-nude',
    phrases: [
      'in|im|nur [deiner|deinem|ihrer|ihrem] @underwear',
      'ohne was|nix|nichts ..2 an|drunter|drauf',
      'ohne klamotten|kleidung|kleider|anziehsachen|oberteil|bh|hose|unterhose|unterwasche|unterwaesche',
      'ganz|komplett|total nackt|ausgezogen',
      'zieh|ziehe|ziehst ..3 dich|ihn|sie|das|dein|deine|deinen ..3 aus',
      'so sexy ..2 halt|wie_moglich|wie_moeglich|posen|pose',
    ],
    unless: ['vorher|fur_den_sport|fuer_den_sport|schuhe|jacke|mantel|nasse|sportzeug|matschig|schmutzig'],
    examples: {
      match: ['so sexy halt, in unterwäsche oder so', 'diesmal ohne was an 😏', 'ohne klamotten', 'zieh dich mal aus', 'bilder in unterwäsche'],
      ignore: ['zieh deine schuhe aus bevor du reinkommst', 'ohne was zu sagen', 'zieh dich warm an'],
    },
  },
  {
    id: 'ever-kissed',
    phrases: [
      'hast|hattest|haste du ..3 schon|schonmal|mal|jemals|je ..3 jemand*|wen|einen|eine|nen|ne ..1 gekusst|geknutscht|geleckt',
      'hast|haste du ..1 schon|schonmal|mal|jemals ..1 gekusst|geknutscht',
      'wie weit ..2 bist|warst|gehst du ..3 schon|mal|gegangen',
      'hattest|hast|haste du ..3 schon|mal|schonmal ..3 was|etwas mit ..2 jungen|jungs|junge|madchen|maedchen|mann|mannern|maennern|typ|typen|kerl|frau|alteren|aelteren|erwachsenen',
    ],
    unless: ['film|serie|buch|folge|hund|katze|frosch|ring|boden'],
    weight: 2,
    examples: { match: ['hast du schonmal jemanden geküsst?', 'hast du schon mal geknutscht', 'wie weit bist du schon gegangen', 'hattest du schon mal was mit nem jungen?'], ignore: ['hast du den film gesehen wo sie sich geküsst haben', 'wie weit ist es bis zur schule'] },
  },
  {
    id: 'take-something-off',
    phrases: [
      'zieh|ziehe|ziehst|ziehen ..2 was|etwas|mehr|noch_was|noch_etwas|noch_mehr|paar_sachen ..1 aus',
      '@photo|eins|schick*|zeig*|diesmal ..5 ohne|oben_ohne top|shirt|tshirt|t_shirt|oberteil|pulli|hoodie|hemd|hose|rock|jeans|slip|hoschen|hoeschen',
    ],
    unless: ['aus dem|der|den|deinem|deiner|meinem|meiner|einem|einer|schrank|kiste|tasche', 'schuhe|jacke|mantel|warm*|kalt|nass|schmutzig|matschig|sport|training|schwimm*|strand|sonnenbrand|tattoo|muskel*|arzt|ausschlag|verletzung|wunde|pflaster|haha|lol'],
    weight: 3,
    examples: {
      match: ['zieh mal was aus und zeig', 'schick noch eins, aber diesmal ohne top', 'schick ein bild ohne t-shirt'],
      ignore: ['zieh mal was aus dem schrank', 'zeig mal ohne pulli das tattoo', 'zieh die nassen schuhe aus'],
    },
  },
  {
    id: 'and-underneath',
    phrases: ['und|was_ist_mit|und_was ..1 drunter|darunter|untendrunter|unten_drunter'],
    unless: ['pulli|pullover|shirt|tshirt|t_shirt|jacke|strumpfhose|leggings|kalt|warm|schicht*|thermo*|unterhemd|ski|winter|tabelle|text|linie|strich|unterschrift|name|namen|datum|zeile|absatz|bild_drunter|kommentar'],
    weight: 2,
    examples: { match: ['und drunter? 😇'], ignore: ['zieh die jacke an und drunter einen pulli, ist kalt', 'schreib deinen namen und drunter das datum'] },
  },
  {
    id: 'ever-seen-naked',
    phrases: [
      'schonmal|schon_mal|jemals|je ..3 nackt ..1 gesehen|gesehn|angefasst|beruhrt|beruehrt',
      'zeig|zeige|bring|bringe ..2 dir ..2 wie ..1 man ..1 sich ..2 selbst|selber ..1 anfasst|befriedigt|streichelt|beruhrt|beruehrt',
      'du hast ..2 schone|schoene|geile|sexy|heisse|hubsche|huebsche|perfekte|lange ..1 @body|lippen|figur|kurven',
      'hast|haste|hattest du ..4 an dir ..2 rumgespielt|rumgefummelt|herumgespielt|gespielt|angefasst',
      'was tragst|traegst|hast du ..2 zum|beim|im ..1 schlafen|bett|schlafengehen|pennen',
      'tragst|traegst|hast|hattest|ziehst du ..2 beim|zum|im ..1 schlafen|bett|schlafengehen|pennen ..3 was|etwas|uberhaupt|ueberhaupt|nix|nichts|an',
      'wie siehst|sahst du ..2 im|in|nur_im|nur_in ..1 bikini|badeanzug|@underwear|handtuch ..1 aus',
      'ich wette|wett ..3 du ..3 siehst|bist ..3 ohne_klamotten|ohne_kleidung|ohne_was|ohne_nix|ohne_shirt|ohne_top|ohne_bh|nackt|drunter',
    ],
    unless: ['film|serie|doku|buch|folge|biologie|bio|museum|kunst|statue|gemalde|gemaelde|arzt|baby|hund|katze|haha*|lol|xd|schlafanzug_party|pyjamaparty|ubernachtung|uebernachtung|zelt|zelten|zeltlager|camping|campen|klassenfahrt|jugendherberge|packen|einpacken|mitnehmen|wetter|kalt|warm|sauna|fkk|umkleide|schwimmen|schwimmbad|freibad|baden|see|meer|strand|kaufen|gekauft|anprobieren|laden'],
    weight: 3,
    examples: {
      match: ['hast du schon mal jemanden nackt angefasst?', 'ich zeig dir wie man sich selbst anfasst, willst du?', 'du hast so schöne beine', 'hast du schonmal jemanden nackt gesehen', 'hast du schon mal an dir rumgespielt', 'was trägst du zum schlafen', 'trägst du im bett überhaupt was?', 'hast du beim pennen eigentlich was an', 'wie siehst du im badeanzug aus', 'ich wette du siehst ohne klamotten gut aus'],
      ignore: ['ich wette du siehst ohne brille ganz anders aus', 'hast du schonmal die statue nackt gesehen im museum', 'was trägst du zum schlafen beim camping, ist kalt', 'trägst du beim schlafen was warmes? auf der klassenfahrt wird es kalt', 'hast du im bett was zu lesen? sonst bring ich dir ein buch', 'wie siehst du im bikini aus haha wir fahren doch zusammen an den see'],
    },
  },
  {
    id: 'kiss-hold-naked-me',
    phrases: [
      'ich ..1 wurde|wuerde|will|mochte|moechte|wurd dich ..3 kussen|kuessen|knutschen|kuscheln|in_den_arm|umarmen|anfassen|streicheln',
      'bist|warst du ..3 mit ..1 nem|einem|einer|ner ..1 alteren|aelteren|erwachsenen ..2 zusammen|gegangen',
      'ich bin|sitz|sitze|lieg|liege ..3 auch|grad|gerade|jetzt ..1 nackt|oben_ohne|ohne_hose|ohne_klamotten|in_unterhose',
      '@poss @body ..2 ist|sind ..2 bestimmt|sicher|so|echt ..1 schon|schoen|hubsch|huebsch|perfekt|toll|weich',
    ],
    unless: ['sauna|fkk|arzt|dusche_ist_kaputt|haha*|lol|xd|sport|training|muskeln|fitness|fit|gesund|abgenommen|tattoo|mama|papa|oma|opa|baby|hund|katze|film|serie|buch|gute_nacht|gute_besserung|trost|trosten|troesten|traurig'],
    weight: 2,
    examples: {
      match: ['ich würde dich gern küssen', 'ich würde dich so gerne mal in den arm nehmen', 'bist du schon mal mit nem älteren typen zusammen gewesen', 'ich bin auch nackt', 'dein körper ist bestimmt schön'],
      ignore: ['ich würde dich gern in den arm nehmen, du bist so traurig', 'ich bin grad in der sauna, alle nackt haha', 'dein körper ist bestimmt fit vom training'],
    },
  },
  {
    id: 'so-richtig',
    phrases: ['hattest|hast|haste du ..3 schon ..2 freund|freundin|beziehung|jungen|typ|mann ..4 so_richtig|also_richtig|mit_allem|und_so_richtig|mit_allem_drum_und_dran'],
    unless: ['haha*|lol|xd|film|serie|buch|spiel'],
    weight: 3,
    examples: { match: ['hattest du schon mal nen freund? also so richtig?', 'hattest du schon mal einen freund so richtig mit allem'], ignore: ['hattest du schon mal nen freund?', 'hast du schon einen freund so richtig haha'] },
  },
  {
    id: 'private-pics-to-you',
    phrases: ['ich ..3 dir ..2 private|privat|heisse|sexy|versaute|intime|nackte|freizugige|freizuegige ..1 @photo|bilder|fotos|sachen|videos ..1 schicken|zeigen|senden'],
    unless: ['urlaub|vom|von_der|hochzeit|familie|baby|haha*|lol|xd|hund|katze|album'],
    weight: 3,
    examples: { match: ['können wir auf snap weiterschreiben? da kann ich dir private bilder schicken'], ignore: ['ich kann dir private bilder vom urlaub schicken'] },
  },
  {
    id: 'kids-your-age',
    phrases: [
      'madchen|maedchen|jungs|kinder|girls ..1 in ..1 deinem alter ..4 rock*|kurze|kurz|bikini|sexy|heiss|geil|nackt|knapp*|enge|hotpants',
      'ich mag|steh|stehe ..3 madchen|maedchen|jungs|girls ..2 in ..1 deinem alter',
    ],
    unless: ['mode|trend|laden|shop|kaufen|schule_verbietet|kleiderordnung|lehrer*|haha*|lol|xd|studie|artikel|news'],
    weight: 3,
    examples: { match: ['ich mag es wenn mädchen in deinem alter kurze röcke tragen', 'ich steh auf mädchen in deinem alter'], ignore: ['mädchen in deinem alter tragen gerade kurze röcke, das ist der trend im laden'] },
  },
  {
    id: 'show-you-something-on-cam',
    phrases: ['videochat*|videocall*|facetime*|cam|kamera|skype* ..6 ich zeig|zeige dir ..1 was|etwas'],
    unless: ['lernen|hausaufgabe*|aufgabe*|spiel|trick|zimmer|hund|katze|outfit|neues|neue|geschenk|frisur|haare|lego|zeichnung|bild_gemalt|mathe|oma|opa|mama|papa|haha*|lol|xd|level|setup|pc|konsole'],
    weight: 3,
    examples: { match: ['dann können wir ja videochatten, ich zeig dir was'], ignore: ['lass facetime, ich zeig dir was, mein neues zimmer'] },
  },
  {
    id: 'ready-for-more',
    phrases: ['bereit ..2 fur|fuer ..1 mehr|den_nachsten_schritt|den_naechsten_schritt|erwachsene|erwachsenen_sachen'],
    unless: ['training|spiel|level|runde|test|klausur|prufung|pruefung|schule|umzug|job|verantwortung|haha*|lol|xd|turnier|wettkampf'],
    weight: 3,
    examples: { match: ['ich glaub du bist bereit für mehr, oder? 😏'], ignore: ['du bist bereit für mehr training, nächste woche wettkampf'] },
  },
  {
    id: 'sex-talk-words',
    phrases: ['telefonsex|sexting|cybersex|camsex|sexchat|sexchats|dirty_talk|dirtytalk|sexten|sextet'],
    unless: ['gefahr*|aufklarung|aufklaerung|unterricht|lehrer*|artikel|news|bericht|polizei|strafbar|verboten|doku|warnung|vorsicht|was_ist|was_bedeutet|was_heisst'],
    weight: 3,
    examples: { match: ['wollen wir telefonsex machen?', 'lust auf sexting?'], ignore: ['was bedeutet sexting? hatten wir im unterricht'] },
  },
  {
    id: 'how-big-is-yours',
    phrases: ['wie ..1 gross|lang|dick ..1 ist|sind ..1 dein|deiner|deine ..1 ding|teil|schwanz|penis|pimmel|brust|bruste|brueste|titten'],
    unless: ['haha*|lol|xd|zimmer|handy|bildschirm|monitor|fernseher|pc|hund|katze|fisch|garten|haus|auto'],
    weight: 3,
    examples: { match: ['sag mal, wie groß ist dein ding?'], ignore: ['wie groß ist dein zimmer?'] },
  },
  {
    id: 'how-far-have-you-gone',
    phrases: ['gekusst|geknutscht ..2 und|oder mehr', 'wie weit du ..2 schon ..2 gegangen'],
    unless: ['film|serie|buch|folge|wanderung|wandern|lauf*|km|kilometer|marathon|strecke|weg|spaziergang|spazieren|level|spiel|runde|tour|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['Hast du schon mal jemanden geküsst? Und mehr? Erzähl mal wie weit du schon gegangen bist 😏', 'schon geknutscht oder mehr?'], ignore: ['wie weit du schon gegangen bist bei der wanderung, krass', 'im film haben sie sich geküsst und mehr'] },
  },
  {
    id: 'try-something-with-me',
    phrases: ['wurdest|wuerdest|willst|mochtest|moechtest|wurdste|willste du ..2 mit mir ..2 was|etwas|sachen|dinge|neues ..1 ausprobieren|probieren|testen'],
    unless: ['rezept|kochen|backen|spiel|game|zocken|sport|skate*|trick|restaurant|laden|cafe|eis|sushi|essen|sprache|instrument|gitarre|klettern|bouldern|tanz*|kurs|haha*|lol|xd|app|filter|make_up|makeup|frisur|rad|fahrrad|rezepte|sorte|geschmack'],
    weight: 2,
    examples: { match: ['würdest du mit mir mal was ausprobieren? hab auch ne eigene wohnung'], ignore: ['willst du mit mir was neues ausprobieren? das sushi restaurant'] },
  },
  {
    id: 'do-you-wear-a-bra-yet',
    phrases: ['hast|tragst|traegst du ..2 schon ..2 einen|nen|ein ..1 bh'],
    unless: ['kaufen|gekauft|laden|shop|mama|grosse|groesse|sport|sport_bh|sportbh|schwimm*|haha*|lol|xd|party|kostum|kostuem'],
    weight: 3,
    examples: { match: ['hast du schon einen bh?', 'trägst du schon nen bh?'], ignore: ['hast du schon einen sport bh gekauft für die klassenfahrt?'] },
  },
  {
    id: 'untouched-dirty-talk',
    phrases: [
      'bist du ..2 noch|schon ..1 unberuhrt|unberuehrt|jungfraulich|jungfraeulich',
      'erzahl|erzaehl|schreib|sag ..2 mir ..2 was|etwas ..1 versautes|perverses|unanstandiges|unanstaendiges',
      'lust ..2 auf ..1 was|etwas ..1 versautes|perverses|unanstandiges|unanstaendiges|heisses',
    ],
    unless: ['witz|witze|film|serie|buch|haha*|lol|xd|flustert|fluestert|ehemann|ehefrau'],
    weight: 3,
    examples: { match: ['bist du noch unberührt?', 'erzähl mir was versautes', 'hast du lust auf was versautes?'], ignore: ['erzähl mir was versautes, einen witz oder so haha', 'die frau flüstert ihm ins ohr: sag mir etwas schmutziges. küche, bad und flur.'] },
  },
  {
    id: 'orgasm-in-bed',
    phrases: ['hattest|hast|haste du ..3 orgasmus|hohepunkt|hoehepunkt', 'was machst|tust du ..2 im bett ..1 so|gern|gerne|am_liebsten'],
    unless: ['haha*|lol|xd|film|serie|buch|lesen|liest|handy|zocken|schlafen|krank|fieber'],
    weight: 3,
    examples: { match: ['hattest du schonmal nen orgasmus?', 'was machst du im bett so?'], ignore: ['was machst du im bett so? lesen oder handy?'] },
  },
  {
    id: 'no-need-to-be-ashamed',
    phrases: ['brauchst|musst dich ..1 nicht|nich ..1 schamen|schaemen ..6 schon ..1 viele|alles|einige|so_viele ..1 gesehen'],
    unless: ['arzt|arztin|aerztin|doktor|praxis|hebamme|krankenhaus|pflege*|trainer*|umkleide|haha*|lol|xd'],
    weight: 3,
    examples: { match: ['du brauchst dich nicht schämen, ich hab schon viele gesehen'], ignore: ['du brauchst dich beim arzt nicht schämen, der hat schon viele gesehen'] },
  },
  {
    id: 'ever-kissed-r9',
    phrases: [
      'schon|schonmal|jemals|mal ..1 gekusst|geknutscht|rumgemacht|gefummelt|zungenkuss',
      'hast|hattest du ..3 gekusst|geknutscht|rumgemacht|gefummelt|zungenkuss|ersten_kuss',
    ],
    unless: ['frosch|film|serie|buch|szene|folge|buhne|buehne|theater|haha*|lol|xd|hund|katze|oma|opa|mama|papa|baby'],
    weight: 2,
    examples: {
      match: ['hast du schon mal nen freund gehabt? schon mal geküsst?', 'hast du schon mal rumgemacht', 'hattest du schon deinen ersten kuss'],
      ignore: ['hast du schon mal einen frosch geküsst lol', 'in der serie haben die sich endlich geküsst'],
    },
  },
  {
    id: 'topless-r9',
    phrases: ['mach|machs|machst|zeig|zeigst|schick|schickst|sei|komm|kommst|du ..3 oben_ohne|obenohne|obenrum_nackt|untenrum_nackt', 'einfach oben_ohne|obenohne ..2 halt|bitte|dann|jetzt|los'],
    unless: ['strand|fkk|sauna|schwimm*|sonnen*|freibad|see|fussball|training|sport|lief|laufen|rumlaufen|rumgelaufen|war|waren|sitzt|sass|haha*|lol|xd|hitze|warm|heiss|sommer|garten|er|typ|nachbar'],
    weight: 3,
    examples: {
      match: ['einfach oben ohne halt, machen doch alle', 'mach mal oben ohne'],
      ignore: ['beim fußball spielen die jungs einfach oben ohne', 'der nachbar mäht einfach oben ohne rasen lol', 'Hat die Magd ein\' in der Krone, geht sie auch mal oben ohne.'],
    },
  },
  {
    id: 'want-to-see-mine-r9',
    phrases: [
      'willst|mochtest|moechtest|magst du ..2 mein|meinen ding|teil|schwanz|penis|pimmel|lummel|kleinen|korper|koerper ..1 sehen|sehn|anschauen|angucken',
    ],
    unless: ['haha*|lol|xd|neues|neuen|auto|zimmer|tattoo|bike|fahrrad|setup|pc|handy|hund|katze|zeugnis|bild|zeichnung|teil_vom|ersatzteil|lego'],
    weight: 3,
    examples: {
      match: ['willst du mein ding sehen?', 'möchtest du meinen körper sehen'],
      ignore: ['willst du mein neues setup sehen?'],
    },
  },
  {
    id: 'take-your-top-off-r10',
    phrases: [
      'zieh|ziehst|ziehe ..3 hoodie|pulli|pullover|shirt|tshirt|t_shirt|oberteil|top|hose|bh|@underwear ..1 aus',
      '@photo|bild|foto|cam|kamera|von_dir ..4 am_besten|lieber|gern|gerne|einfach ..1 ohne ..1 tshirt|t_shirt|shirt|oberteil|top|klamotten|hose|bh|was_an',
    ],
    unless: ['warm*|heiss*|kalt*|nass*|dreckig*|schmutzig*|erkalt*|erkaelt*|schuhe|jacke|wasche|waesche|waschmaschine|umziehen|sport|turnen|schwimm*|arzt|anprobe|anprobieren|haha*|lol|xd|trikot*|kostum*|kostuem*'],
    examples: {
      match: ['und zieh den hoodie aus', 'von dir halt, am besten ohne tshirt, so muskeln checken'],
      ignore: ['zieh den pulli aus, ist doch warm drinnen', 'zieh die nasse hose aus bevor du dich erkältest'],
    },
  },
  {
    id: 'done-anything-with-a-boy-r11',
    phrases: [
      'hast|hattest du ..2 schon ..1 mal|mal_so ..2 was|etwas|sachen ..2 mit ..1 nem|einem|ner|einer|jungen|jungs|typ|typen|mann|madchen|maedchen|freund|freundin ..3 gemacht|gehabt|probiert|ausprobiert',
      'so ..1 richtig ..1 mein|meine ..1 ich ..6 gemacht|erfahrung|erfahrungen|jungfrau',
    ],
    unless: ['projekt|referat|hausaufgabe*|gruppenarbeit|sport|training|musik|band|ausflug|urlaub|kino|spiel|team|zusammen_gelernt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hast du schon mal was mit nem jungen gemacht? 😏 so richtig mein ich', 'hattest du schon mal was mit einem typen gehabt'],
      ignore: ['hast du schon mal was mit nem jungen aus der band gemacht, so musik mäßig?'],
    },
  },
  {
    id: 'worn-items-and-younger-r11',
    phrases: [
      'getragene|getragenen|benutzte|benutzten|gebrauchte ..1 socken|unterwasche|unterwaesche|unterhose*|hoschen|hoeschen|strumpfhose*|bh|slip|slips|tanga',
      'ich ..1 steh|stehe ..1 auf ..1 jungere|juengere|jungere_madchen|junge_madchen|junge_maedchen|schulmadchen|schulmaedchen|jungs_in_deinem_alter|madchen_in_deinem_alter',
    ],
    unless: ['spende*|kleiderspende|altkleider*|container|waschen|waschekorb|waeschekorb|boden|kinderkleidung|baby', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['frag nur. hast du auch getragene socken oder unterwäsche zu verkaufen? zahl gut, 40€ pro stück', 'ich steh auf jüngere'],
      ignore: ['getragene socken gehören in den wäschekorb, nicht auf den boden', 'die benutzte unterwäsche bringen wir zur kleiderspende? nein, in die waschen'],
    },
  },
  {
    id: 'body-remark-and-undressed-turn-r11',
    phrases: [
      'du hast ..2 schonen|schoenen|geilen|heissen|perfekten|sexy|knackigen ..1 korper|koerper|figur|arsch|po|hintern|beine|bruste|brueste|busen',
    ],
    unless: ['pferd|hund|katze|auto|bild_gemalt|gemalt|zeichnung|skulptur|statue|haha*|lol', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['du hast so einen schönen körper'], ignore: ['du hast dem pferd so einen schönen körper gemalt'] },
  },
  {
    id: 'what-are-you-wearing-slang-r12',
    phrases: [
      'tragst|traegst|hast du ..3 was|etwas ..1 susses|suesses|sexy*|heisses|knappes|enges|durchsichtig*|freizugig*|freizuegig*',
      'beschreib|beschreibe|erzahl|erzaehl ..3 was|wie du ..3 anhast|tragst|traegst|an_hast',
      'schon ..1 mal ..2 was|etwas ..1 mit ..1 jemand*|einem|einer|nem|ner|nen ..3 gemacht|gehabt ..4 so_richtig|richtig_richtig|im_bett|intim|sexuell',
      'korperlich|koerperlich|figur|korper|koerper ..4 weit|entwickelt|reif|erwachsen ..2 fur|fuer ..1 dein|@poss|#',
      'wie ..1 sich ..1 @poss ..1 korper|koerper|figur|brust|busen ..2 entwickelt|entwickeln|verandert|veraendert',
      '@photo ..3 nach_dem_duschen|unter_der_dusche|aus_der_dusche|nach_dem_baden|im_handtuch|in_der_badewanne|nur_im_handtuch',
      'spiegelselfie*|spiegel_selfie|selfie|pic|bild|foto|video|vid ..4 oben_ohne|ohne_shirt|ohne_oberteil|ohne_top|ohne_tshirt|ohne_t_shirt',
    ],
    unless: ['finde|erkenne|erkennen|finden|bahnhof|treffpunkt|abholen|haltestelle', 'singst|singen|gesungen|singt|karaoke|lied|song|tanzt|getanzt', 'von_mir|losch|loesch|kunst|leinwand|musik|projekt|arzt|arztin|aerztin|kinderarzt|pubertat|pubertaet|bio|biologie|unterricht|referat|buch|hund|katze|pferd|baby|welpe*|strand_mit_der_familie', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['trägst du gerade was süßes? 😏', 'beschreib mal was du anhast', 'hast du schon mal was mit jemandem gemacht? also so richtig', 'körperlich bist du schon weit für 14', 'ich muss sehen wie sich dein körper entwickelt', 'schick mir mal ein foto nach dem duschen', 'na so ein spiegel selfie halt, oben ohne, machen doch alle'],
      ignore: ['beschreib mal was du anhast damit ich dich am bahnhof finde', 'hast du schon mal was mit holz gemacht? so richtig mit säge', 'lösch das foto von mir oben ohne am strand aus deiner story', 'wir haben in bio besprochen wie sich der körper in der pubertät verändert', 'schick mal ein bild vom hund nach dem baden', 'ich schick mama das video wie du unter der dusche singst',  'hast du schon mal was mit jemandem gemacht für kunst? so richtig mit leinwand'],
    },
  },
  {
    id: 'ever-made-nudes-r12',
    phrases: [
      'hast|hattest|schickst|machst du ..3 schon ..1 mal ..3 nacktfotos|nacktbilder|nackt_fotos|nackt_bilder|nacktpics|nackt_pics|nudes|nacktselfies|nacktvideos|nackt_videos ..2 gemacht|verschickt|geschickt|gesendet',
      'hast|hattest du ..2 schon ..1 mal ..2 nackt|nackte ..1 fotos|bilder|pics|selfies|videos ..2 gemacht|verschickt|geschickt|gesendet',
    ],
    unless: ['kunst|museum|aktzeichnen|strafbar|verboten|polizei|unterricht|referat|baby|babyfotos', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hast du schon mal nackt fotos gemacht?', 'hast du schon mal nudes verschickt?'],
      ignore: ['hast du schon mal nacktfotos gemacht im kunstunterricht aktzeichnen'],
    },
  },
  {
    id: 'only-in-towel-r13',
    phrases: [
      'eins|eines|bild|foto|pic|selfie*|video ..2 nur|bloss|blos ..1 im|in ..1 handtuch|bademantel|@underwear|bikini|unterhemd|boxershorts|boxer',
      'in|im ..3 bikini|badeanzug|@underwear ..5 damit|sodass|so_dass ..3 figur|korper|koerper|proportionen|kurven ..1 sieht|sehen|erkennt',
      'wo ..1 man ..1 mehr ..1 sieht|sehen',
    ],
    unless: ['schwimm*|training|verein|wettkampf|strand|urlaub|freibad|sauna|werbung|katalog|shop|laden|kaufen|bestellt|bestellen|size|grosse|groesse|ruckgabe|rueckgabe|vinted|kleinanzeigen|ebay|fahrrad|auto|zimmer|wohnung|kratzer|schaden|aussicht|detail*|tafel|text|zettel'],
    examples: {
      match: ['schick mal eins nur im handtuch 🙈 ich schick dann auch eins', 'eins in bikini oder unterwäsche, damit die jury die figur sieht', 'wow. und eins wo man mehr sieht? 😏 nur für mich', 'Einmal in enger Kleidung oder Unterwäsche, ohne Make-up, damit man die Proportionen sieht'],
      ignore: ['schick mal ein foto vom bikini, ich will den auch bei vinted kaufen', 'hast du ein foto wo man den kratzer mehr sieht'],
    },
  },
  {
    id: 'show-what-youre-wearing-r13',
    phrases: ['zeig|zeige|zeigst ..3 was du ..2 anhast|an_hast|tragst|traegst|drunter_hast|drunter'],
    unless: ['party|hochzeit|abstimmen|outfit|morgen|schule|feier|ball|abiball|konfirmation|kommunion|jahrbuch|klassenfoto|bewerbung*|vorstellungsgesprach|vorstellungsgespraech|praktikum|kostum|kostuem|fasching|karneval|halloween|konzert|date_mit|kaufen|gekauft|shoppen|vinted|haha*|lol|xd|inspiration|anziehen|anziehn|ausgehen|club|disco'],
    examples: {
      match: ['zeig mal was du grad anhast 😏', 'zeig mir was du drunter hast'],
      ignore: ['zeig mal was du morgen anhast für die party', 'zeig mal was du gekauft hast'],
    },
  },
  {
    id: 'cam-down-and-dress-for-r14',
    phrases: [
      'kamera|cam|handy ..2 nach|weiter ..1 unten|runter',
      'zieh|ziehe ..2 was|etwas ..1 susses|suesses|hubsches|huebsches|enges|knappes ..6 mogen|moegen|mag|magst|gefallt|gefaellt|fur_mich|fuer_mich',
      'freundin|freund|gf|bf ..3 gehabt ..1 schon ..1 mal ..1 was|etwas ..1 gemacht',
    ],
    unless: ['oma|omas|opa|opas|geburtstag|hochzeit|party|feier|konzert|kirche|hund|katze|baby|boden|schuhe|teppich|gips|bein|knie|fuss|fuesse|fusse|blumen|garten|rasen|kuchen|tisch|hausaufgabe*|zeichnung|lol|haha*|xd'],
    examples: {
      match: ['geil 😏 mach mal facetime, aber mit der kamera nach unten', 'ja und zieh was süßes an, so wie die idols es mögen 😉', 'hast du schon mal ne freundin gehabt? schon mal was gemacht? 😏'],
      ignore: ['halt die kamera nach unten, ich will den hund sehen', 'zieh was hübsches an für omas geburtstag, sie mag das'],
    },
  },
  {
    id: 'body-for-your-age-r15',
    phrases: [
      'krass*|geil*|heiss*|heisse*|heftig*|hammer|mega|sexy|reif*|entwickelt* ..2 korper|koerper|figur|kurven|body ..2 fur|fuer ..1 dein_alter|deine_alter|dein|#',
      'korper|koerper|figur|kurven|body ..3 krass*|geil*|heiss*|heftig*|sexy|reif*|entwickelt*|erwachsen ..2 fur|fuer ..1 dein_alter|deine_alter|#',
      '@photo ..3 von dir ..3 so ..1 bissl|bisschen|etwas|n_bissl|n_bisschen|ein_bisschen ..1 sexy|heiss|scharf|freizugig*|freizuegig*',
      '@photo ..4 im|aus_dem|ausm bett ..2 oder_so|so|mit|wie',
    ],
    unless: ['training|sport|gym|fitness|turnen|schwimm*|tanz*|ballett|wettkampf|haha*|lol', 'hausaufgabe*|zimmer|kuscheltier|katze|hund|krank'],
    examples: {
      match: ['dein körper ist echt heftig für dein alter', 'uff 🔥 du hast echt n krassen körper für 13', 'für das cover artwork brauch ich noch fotos von dir, so bissl sexy', 'schick mal ein bild wie du gerade aussiehst, im bett oder so 😇'],
      ignore: ['du hast echt n krassen körper für 13, das training zahlt sich aus', 'schick mal ein foto aus dem bett, bist du noch krank?'],
    },
  },
  {
    id: 'less-clothes-more-points-r16',
    phrases: [
      'je weniger ..2 klamotten|kleidung|stoff|an|anhast ..3 desto|umso|je mehr|besser|hoher|hoeher',
      'zieh|ziehst ..2 was|etwas ..1 kurzes|knappes|sexy*|heisses|aufreizendes an',
      'in|im ..1 reithose|leggings|hotpants|sportbh|sport_bh ..3 von_hinten|auch_von_hinten|hinten',
    ],
    unless: ['wetter|hitze|heiss|warm|sonne|sonnig|grad|strand|freibad|schwimmbad|see|party|club|disco|abiball|ball|fest|heiss_draussen|sommer|regen|kalt|schule|kirche|hochzeit|oma|opa|beerdigung|bewerbung|vorstellungsgesprach|vorstellungsgespraech|sportunterricht|training|turnier|stall_ist|reitstunde_fallt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['ein spiegelselfie, ganzer koerper. je weniger klamotten desto mehr punkte', 'Und zieh was Kurzes an 😉', 'Schick mal ein Foto von dir in Reithose, auch von hinten'],
      ignore: ['zieh was kurzes an, morgen wird es heiss draussen', 'je weniger klamotten du mitnimmst desto leichter der koffer', 'zieh was enges an fürs training'],
    },
  },
  {
    id: 'what-are-you-wearing-filler-r18',
    phrases: [
      "was hast|haste|hasch du eigentlich|denn|so|jetzt|grad ..1 grad|gerade|grade|jetzt|eigentlich|so an",
    ],
    unless: ["trikot|jacke|pulli|hoodie|find|finde|ausgeliehen|geliehen|suche", "an dem|den|der|diesem|deinem|welchem|ostern|weihnachten|silvester|wochenende|geburtstag|tag", "gemacht|vor|bekommen|gekriegt|gegessen|geplant|gedacht|gelernt", "party|hochzeit|abstimmen|outfit|morgen|schule|anziehen|feier|ball|abiball|konfirmation|kommunion|jahrbuch|klassenfoto"],
    examples: {
      match: ["was hast du eigentlich grad an? 😏", "was hast du denn jetzt an"],
      ignore: ["was hast du eigentlich grad an? ich find mein trikot nicht, hast du das?", "was hast du eigentlich grad an, wir müssen uns für die party abstimmen", "was hast du denn gestern an dem tag gemacht"],
    },
  },
  {
    id: 'clothes-off-better-r18',
    phrases: [
      "shirt|tshirt|t_shirt|oberteil|pulli|pullover|top|hoodie|bh|hose ..1 aus ..3 besser|geiler|hubscher|huebscher|heisser|schoner|schoener",
      "zeig|zeige ..2 was ..1 unter|unterm|drunter @poss|dem|deiner ..1 pulli|pullover|shirt|tshirt|oberteil|top|hoodie|rock|hose|bh|handtuch|decke",
    ],
    unless: ["heiss|warm|sonne|sommer|hitze|wetter|schwitz*|waschmaschine|wasche|flecken|fleck"],
    examples: {
      match: ["und shirt aus wär noch besser 😜", "zeig mal was unter deinem pulli ist 😋", "oberteil aus wär viel geiler"],
      ignore: ["pulli aus wär besser, ist so heiß hier", "zeig mal was unter dem weihnachtsbaum liegt"],
    },
  },
  {
    id: 'how-do-you-look-down-there-r18',
    phrases: [
      "wie siehst du ..2 untenrum|untenherum|unten_rum ..1 aus",
      "untenrum|untenherum|unten_rum ..3 rasiert|behaart|nackt|zeigen|zeig|aussiehst",
    ],
    unless: ["hose|rock|kleid|anprobier*|schneider|jeans"],
    examples: {
      match: ["wie siehst du eigentlich untenrum aus", "bist du untenrum rasiert?"],
      ignore: ["untenrum war die hose zu kurz beim anprobieren"],
    },
  },
  {
    id: 'how-far-did-you-go-r19',
    phrases: [
      'wie weit ..1 bist|warst|seid|wart du|ihr ..1 mit ..2 freund|freundin|ex|ihm|ihr ..2 gegangen|gekommen',
      'wie weit ..1 seid|wart|seit ihr ..2 gegangen',
      'freund|freundin|ex ..6 wie weit ..3 gegangen|gekommen',
    ],
    unless: ['wanderung|wandern|gewandert|km|kilometer|spaziergang|spazieren|laufen|gelaufen|joggen|tour|berg|strecke|zu_fuss|level|spiel|turnier|runde|quiz|wettbewerb|pokal|liga', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Hattest du schon mal einen Freund? Wie weit seid ihr gegangen?', 'wie weit bist du mit deinem ex gegangen', 'und mit deinem freund, wie weit seid ihr schon gekommen'],
      ignore: ['wie weit seid ihr gestern bei der wanderung gegangen?', 'wie weit seid ihr im turnier gekommen'],
    },
  },
  {
    id: 'anything-underneath-r21',
    phrases: [
      'tragst|traegst|hast du ..2 was|etwas|nichts|nix|uberhaupt_was|ueberhaupt_was ..1 drunter|darunter',
    ],
    unless: ['kalt|kaelte|kalte|warm|jacke|pulli|thermo*|ski*|winter|regen|frieren|friert|kostum|kostuem|trikot|neopren*|badeanzug_fuer_den_schwimmkurs|schwimmkurs'],
    examples: {
      match: ['trägst du grad was drunter?', 'hast du überhaupt was drunter 😏'],
      ignore: ['trägst du was drunter? es ist voll kalt draussen', 'hast du was drunter unter dem kostüm für die probe?'],
    },
  },
  {
    id: 'kissed-and-further-r22',
    phrases: [
      'gekusst|gekuesst|geknutscht|rumgemacht ..4 weiter|mehr als',
      'weiter|mehr als ..1 nur ..1 kussen|kuessen|knutschen|rummachen',
    ],
    weight: 3,
    examples: {
      match: ['hast du schon mal jemanden geküsst? und weiter als das?', 'schon mal mehr als nur küssen?'],
      ignore: ['hast du den film gesehen wo sie sich küssen?'],
    },
  },
  {
    id: 'strip-game-top-off-r22',
    phrases: [
      'wer ..1 verliert ..2 zieht|zieh|muss ..3 was|etwas|ein_teil|kleidungsstuck*|kleidungsstueck* ..1 aus|ausziehen',
      'wer ..1 verliert ..2 muss ..2 das|sein|seinen|ihr|den|die shirt|tshirt|t_shirt|oberteil|hose|pulli|top|bh ..1 ausziehen',
      'noch|mal|jetzt ..2 das|dein|deine|den oberteil|tshirt|t_shirt|shirt|top|bh|hose ..1 aus|runter|weg',
      'eins|@photo ..2 ohne oberteil|shirt|tshirt|t_shirt|top|klamotten|jacke|pulli ..4 ganze|ganzen|ganzer korper|koerper',
    ],
    unless: ['schwimm*|strand|sport|training|arzt|sonnenbrand|tattoo|verletzung|anprobe|umkleide', 'aus dem|der|den|deinem|deiner|meinem|meiner|einem|einer'],
    weight: 3,
    examples: {
      match: ['wahrheit oder pflicht aber mit kleidung. wer verliert zieht was aus', 'jetzt noch das oberteil aus', 'Am besten eins ohne Jacke, vom ganzen Körper'],
      ignore: ['wer verliert muss die pizza zahlen', 'zieh mal die jacke aus, ist warm drinnen', 'jetzt noch das shirt aus dem trockner holen', 'ohne jacke frierst du dir den ganzen körper ab'],
    },
  },
  {
    id: 'ever-naked-on-cam-r23',
    phrases: [
      'bist|warst du ..3 schon_mal|schonmal|jemals|mal ..1 nackt ..3 @cam|kamera|spiegel|jemand*|junge*|jungs|typ*|gewesen',
      'nackt ..2 vor|auf der|dem ..1 @cam|kamera ..2 gewesen|gestanden|gezeigt|gemacht',
    ],
    unless: ['arzt|arztin|aerztin|umkleide|sauna|fkk|schwimmbad|baby|als_kind|traum|getraumt|getraeumt|film|serie|doku|bericht'],
    examples: {
      match: ['bist du schon mal nackt vor der cam gewesen', 'warst du schonmal nackt vor nem jungen'],
      ignore: ['warst du schon mal nackt in der sauna?'],
    },
  },
  {
    id: 'nothing-over-it-r24',
    phrases: [
      '@photo|spiegel|spiegelselfie*|@cam ..6 ganz|komplett|so ohne was|nix|nichts ..1 an|drunter|druber|drueber|drauf',
      'heisse|heissen|versaute|versauten|freizugige|freizuegige|spicy @photo',
    ],
    unless: ['pizza|essen|brot|burger|kuchen|torte|sosse|sauce|belag|kase|kaese|nagel*|nails|make_up|makeup|schminke|filter|vintage|auto|autos|wagen|motorrad|porsche|bmw|audi|mercedes|tesla|ferrari|lambo*|felgen'],
    examples: {
      match: ['hast du n bild von dir im spiegel? so ganz ohne was drüber 😳', 'ich zahl dir 50 € für 3 heiße pics', 'schick mal versaute fotos'],
      ignore: ['schick ein foto von der pizza, ganz ohne was drauf?', 'heiße bilder von dem neuen porsche, schau mal', 'foto vom gesicht ganz ohne make up pls für die maskenbildnerin'],
    },
  },
  {
    id: 'below-the-belly-tight-for-shoot-r25',
    phrases: [
      '@photo|eins|was|bild ..3 ab|unter|unterhalb dem|vom|des bauch|bauchnabel|hals',
      'was|etwas ..1 enges|knappes|kurzes|durchsichtiges ..3 mit|an|anziehen|mitbringen ..6 fotos|foto|bild|bilder|shooting|kamera|cam',
    ],
    unless: ['schmerz*|weh|arzt|tattoo|narbe|op|operation|ausschlag|sport|training|lauf*|sommer|hitze|warm|wetter'],
    examples: {
      match: ['aber nicht so n langweiliges, eher was ab dem bauch', 'Bring ruhig was Enges mit, das wirkt auf Fotos besser'],
      ignore: ['schick mal n foto vom tattoo unter dem bauchnabel, wie ist es verheilt', 'zieh was kurzes an, es wird warm beim shooting draussen'],
    },
  },
  {
    id: 'peek-under-more-skin-r26',
    phrases: [
      'blick|einblick|blick_drunter ..1 drunter|darunter|unters|unter_dein|unter_deinen|unter_deine',
      'mehr haut ..1 bitte|please|zeigen|sehen',
      'zieh|ziehst ..2 mal|doch|bitte ..2 @poss|das|den|die ..1 shirt|oberteil|top|pulli|hoodie|rock|hose|tshirt|t_shirt ..1 hoch|runter|aus',
    ],
    unless: ['dreckig|waschen|wasche|waschmaschine|nass|anprobe|passt|umkleide|arzt|kalt|warm|flecken|fleck|kaputt|falsch_rum|verkehrt'],
    examples: {
      match: ['gib mal nen blick drunter 😏', 'mehr haut bitte', 'zieh mal das shirt hoch', 'zieh doch dein top aus für mich'],
      ignore: ['zieh mal das shirt aus, das ist ganz dreckig', 'zieh die hose hoch, die ist zu lang zum anprobe', 'wirf mal einen blick auf die liste'],
    },
  },
  {
    id: 'what-would-you-do-in-bed-r26',
    phrases: [
      'was wurdest|wuerdest|wurdest_du|wuerdest_du|machst|magst du ..3 mit mir ..2 im bett|unter_der_decke',
      'dir ..1 sage|sag|schreib|schreibe ..1 wie heiss|geil|sexy du ..1 bist',
    ],
    unless: ['fieber|grad|temperatur|wetter|sonne'],
    examples: {
      match: ['was würdest du mit mir im bett machen', 'gefällt dir wenn ich dir sage wie heiß du bist?'],
      ignore: ['wenn ich dir sage wie heiß du bist musst du zum arzt, 39 grad fieber'],
    },
  },
  {
    id: 'wear-not-much-r27',
    phrases: [
      'zieh|ziehst|anziehen|anhaben|trag|tragen|tragst|traegst ..6 nicht|nich|net ..1 viel ..1 sein|anhaben|an',
    ],
    unless: ['kalt|warm|regen|jacke|wandern|sport|kosten|kostet|geld|teuer|koffer|packen', 'chillen|chill|zocken|film|filme|serie|pyjamaparty|ubernachtung|uebernachtung|couch|sofa|party|geburtstag*'],
    weight: 2,
    examples: {
      match: ['Und zieh was bequemes an, muss ja nicht viel sein 😉', 'trag heute abend was schönes, muss auch nicht viel sein'],
      ignore: ['zieh dich warm an, es ist kalt, muss ja nicht viel sein', 'trag was du willst, muss nicht viel kosten', 'zieh was bequemes an, muss nicht viel sein, wir chillen nur'],
    },
  },
  {
    id: 'ever-seen-someone-naked-r28',
    phrases: [
      'hast|hattest|hasch|host|hascht|habt ..3 schon_mal|schonmal|scho_mal|schon_amal|scho_amal|jemals|je|mal ..3 wen|jemand|jemanden|einen|eine|nen|ne|n|an|oan|ihn|einen_jungen|ein_madchen|ein_maedchen|nen_typen ..1 nackt ..1 gesehen|gsehn|gsehen|gesehn',
      'hast|hattest|hasch|host ..3 schon_mal|schonmal|scho_mal|jemals ..2 nackt ..2 fotografiert|gefilmt|gezeigt|geschickt|posiert',
    ],
    unless: ['film|serie|folge|museum|statue|skulptur*|gemalde|gemaelde|kunst|bild_von|maler|sauna|fkk|baby|babys|fernseh*|doku|biologie|bio|aufklarung|aufklaerung|arzt|aerztin|nacktmull*|katze|hund'],
    examples: {
      match: ['hast du schon mal wen nackt gesehen? 😏', 'host scho amal an buam nackt gsehn', 'hast du dich schon mal nackt fotografiert'],
      ignore: ['hast du schon mal einen nacktmull gesehen? die sind so hässlich', 'hast du schon mal jemanden nackt in der sauna gesehen lol, die fkk ecke'],
    },
  },
  {
    id: 'bet-you-look-hot-r29',
    phrases: [
      'ich ..1 wett|wette|wetten ..3 du ..1 siehst ..3 heiss|sexy|geil|scharf|hammer ..1 aus',
      'du ..1 siehst ..2 bestimmt|sicher|garantiert ..2 heiss|sexy|geil|scharf ..1 aus ..2 ohne|nackt|im_bikini|in_unterwasche|in_unterwaesche|im_bett|unter_der_dusche',
    ],
    unless: ['kostum|kostuem|halloween|fasching|karneval|abiball|hochzeit|anzug|kleid|frisur|haare|brille|trikot'],
    examples: {
      match: ['ich wett du siehst heiß aus', 'du siehst bestimmt sexy aus ohne 😏'],
      ignore: ['ich wette du siehst heiss aus in dem kostüm zu halloween', 'ich wette du siehst im trikot hammer aus'],
    },
  },
  {
    id: 'cam-just-topless-r30',
    phrases: [
      'an|kamera|cam|facetime*|videocall*|zeig*|dreh*|halt* ..4 nur|bloss|mal|kurz ..1 oben_rum|obenrum|oben_ohne|untenrum|unten_rum',
      'nur|bloss ..1 oben_rum|obenrum|oben_ohne|untenrum|unten_rum ..3 niemand|keiner|keiner_muss|sieht_keiner|bleibt_unter_uns|nur_ich',
    ],
    unless: ['kalt|warm|jacke|pulli|putz*|streich*|mal_ich|male|haare|frisur|schneid*|regal|schrank|kuche|kueche|zimmer|fenster|staub'],
    examples: {
      match: ['mach einfach kurz an, nur oben rum, niemand muss es wissen', 'kamera an, bloß obenrum', 'zeig mal nur oben ohne'],
      ignore: ['mach die heizung an, nur oben rum ist kalt', 'ich streich nur oben rum, unten ist schon fertig', 'mach das licht an, ich putz nur obenrum'],
    },
  },
  {
    id: 'pic-of-you-in-bed-r30',
    phrases: [
      '@photo ..2 von dir ..1 im|aus_dem|ausm|in_deinem bett',
      '@photo ..1 wie du ..2 im|in_deinem bett ..1 liegst|lagst|bist',
    ],
    unless: ['krank|fieber|grippe|besserung|erkaltet|erkaeltet|corona|husten|verletzt|gips|op|operation|krankenhaus|mama|oma|opa|papa|baby|katze|hund|bettwasche|bettwaesche|kaufen|neues_bett'],
    examples: {
      match: ['schick mir mal ein bild von dir im bett, nur für mich ❤️', 'schick ein foto wie du im bett liegst 😏'],
      ignore: ['schick mal ein foto von dir im bett, bist du noch krank?', 'schick ein bild von dir im neues bett, will die bettwäsche sehen'],
    },
  },
  {
    id: 'show-me-your-breasts-r31',
    phrases: [
      'zeig|zeige|zeigst|zeigt|schick|schickst|schicke ..4 @poss brust|bruste|brueste|titten|tittis|titties|busen|muschi|schwanz|penis|nippel|intimbereich',
      'zeig|zeige|zeigst|zeigt|schick|schickst|schicke ..3 mir ..3 brust|bruste|brueste|titten|tittis|titties|busen|muschi|schwanz|nippel',
      '@poss brust|bruste|brueste|titten|tittis|titties|busen|muschi|schwanz|penis|nippel|intimbereich ..2 zeigen|schicken|zeigst|schickst|herzeigen',
    ],
    unless: ['arzt|arztin|aerztin|praxis|weh|schmerz*|ausschlag|pickel|verletz*|wunde|narbe|op|operation|tattoo|piercing|muskel*|gym|training|trainiert|pump*|bizeps|sixpack|stich|zecke|sonnenbrand|stillen|baby|brustschwimmen|hahnchen|haehnchen|chicken|pute|grill|rezept', 'mama|papa|oma|opa|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['kannst du mir deine brüste zeigen?', 'zeigst du mir mal deine titten? 😏', 'schick mir deinen busen süße', 'zeig mal deine nippel'],
      ignore: ['zeig mal deine brust, du hast doch trainiert im gym', 'zeig mir deine brust, wo tut es weh? wegen dem ausschlag'],
    },
  },
  {
    id: 'underwear-colour-or-anything-on-r33',
    phrases: [
      'welche|welcher|was_fur|was_fuer farbe ..3 @underwear|slip|string|unterwasche|unterwaesche ..3 gerade|grad|grade|jetzt|heute|an|drunter',
      'welche|welcher|was_fur|was_fuer farbe ..2 tragst|traegst|hast ..2 du ..2 @underwear|slip|string|unterwasche|unterwaesche',
      'hast_du|haste|hasch_du|habt_ihr [uberhaupt|ueberhaupt|eigentlich|denn|grad|gerade] was|etwas|irgendwas an gerade|grad|grade|jetzt|drunter|unten|untenrum',
      'hast_du|haste|hasch_du gerade|grad|grade|jetzt [uberhaupt|ueberhaupt|eigentlich|denn] was|etwas|irgendwas an',
      'hast_du|haste|hasch_du uberhaupt|ueberhaupt was|etwas|irgendwas an',
    ],
    unless: ['an_der|an_dem|an_den|an_deinem|an_deiner|an_geld|an_hausaufgaben|an_aufgaben|an_arbeit|an_plan|an_planen|vor|zu_tun|zu_essen|geplant|termin|termine', 'kauf*|gekauft|bestell*|shop*|laden|sale|rabatt|kleid|top|shirt|bluse|durchsichtig|durchscheinend|waschmaschine|wasche|waesche|waschen|trocknen|koffer|packen|einpacken|umkleide|schwimm*|sport*|turnen|sportunterricht', 'reinkommen|komm_rein|komme_rein|ich_komm|tur|tuer|klopf*|klingel*|handwerker|postbote|paket|besuch|gaste|gaeste|kalt|frierst|warm|jacke|regen'],
    examples: {
      match: ['welche farbe hat dein bh gerade? 😏', 'welche farbe hat deine unterhose grad', 'hast du grad überhaupt was an', 'haste gerade was an? 😉'],
      ignore: ['welche farbe hat dein bh, das top ist durchsichtig', 'hast du gerade was an der hand? sieht rot aus', 'hast du grad was an? ich komm rein', 'hast du jetzt was an hausaufgaben auf', 'hast du überhaupt was an jacke dabei, es ist kalt'],
    },
  },
  {
    id: 'whisper-it-in-bed-r33',
    phrases: [
      'flust*|fluest*|hauch*|stohn*|stoehn* ..6 als ..3 du ..4 im|ins bett|nackt|unter_der_decke',
      'flust*|fluest*|hauch*|stohn*|stoehn* ..6 nackt|sexy|verfuhrerisch*|verfuehrerisch*|erregt|unter_der_decke|im_bett_liegst|im_bett_liegen',
      'sprachi|sprachnachricht*|audio|voicemail ..6 flusternd|fluesternd|stohnend|stoehnend|sexy|verfuhrerisch*|verfuehrerisch*|im_bett_liegst|aus_dem_bett_nackt',
    ],
    unless: ['wecken|weckst|aufwecken|eltern_schlafen|baby|bibliothek|kirche|unterricht|prufung|pruefung|kino|hals|halsweh|heiser|erkaltet|erkaeltet|krank|theater|szene|rolle|horror|gruselig|asmr|dehnen|sport|training|gym|fitness|geburt|zahnarzt|schmerz*|weh'],
    examples: {
      match: ['flüster mal so als ob du nackt im bett liegst', 'schick ne sprachnachricht, aber flüsternd und sexy', 'stöhn mal leise als würdest du im bett liegen 😏'],
      ignore: ['flüster, meine eltern schlafen, ich will sie nicht wecken', 'sprich flüsternd im theater, die szene ist so', 'du stöhnst im bett weil du krank bist, gute besserung', 'flüster im unterricht nicht so laut'],
    },
  },
  {
    id: 'outfit-only-for-me-r36',
    weight: 2,
    phrases: [
      'leggings|bikini|unterwasche|unterwaesche|dessous|slip|bh|hotpants|badeanzug|tanga|string|hoschen|hoeschen|sport_bh ..6 nur fur|fuer mich|meine_augen',
      'nur fur|fuer mich ..6 in|im|mit leggings|bikini|unterwasche|unterwaesche|dessous|slip|bh|hotpants|badeanzug|tanga|string|hoschen|hoeschen|sport_bh',
    ],
    unless: ['kauf|kaufen|bestell*|geschenk|grosse|groesse|schwester|mama|oma|tante|bruder|papa|waschen|wasche_ich|sport|yoga|turnen|training|laden|shop|sale'],
    examples: {
      match: ['zieh aber die leggings an, nur für mich', 'nur für mich im bikini posen ok', 'in unterwäsche oder so, das bleibt nur für mich'],
      ignore: ['die leggings kauf ich nur für mich', 'nur für mich die leggings fürs yoga', 'der bikini ist nur für mich, schwester kriegt einen anderen'],
    },
  },
  {
    id: 'adult-sexual-questions-r37',
    phrases: [
      'hast|haste|hattest|hasch|hesch du ..3 schon|schonmal|schon_mal|mal|scho ..3 mit ..1 nem|einem|ner|einer|jemandem|em mann|typ|typen|kerl|jungen|junge|frau|madchen|maedchen|erwachsenen ..3 was|etwas|sachen|rumgemacht ..1 gemacht|gehabt|rumgemacht',
      'warst|bist|waerst|warsch du ..3 mit ..1 nem|einem|ner|einer jungen|typ|kerl|mann|madchen|maedchen|frau ..2 zusammen ..3 so_richtig|im_bett',
      'rasierst|rasiersch du dich ..3 uberall|ueberall|unten|untenrum|da_unten|intim*|zwischen_den_beinen',
      'hast|haste|hasch du ..3 schon ..2 haare ..2 unten|untenrum|da_unten|zwischen_den_beinen|am_schwanz|an_der_muschi',
      'bist|biste|bisch du ..2 schon ..2 entwickelt|ausgewachsen|richtig_entwickelt',
      'wie gross|lang ..2 ist|isch dein|deiner ..1 schwanz|penis|pimmel|ding|teil|dick',
      'welche|was_fur_eine|was_fuer_eine korbchengrosse|koerbchengroesse|bh_grosse|bh_groesse|oberweite ..3 hast|haste|hasch du',
    ],
    unless: ['arzt|arztin|aerztin|frauenarzt|kinderarzt|hautarzt|praxis|sportunterricht|biologie|bio_unterricht|schwimmunterricht'],
    examples: {
      match: ['hast du schon mal mit einem typen was gemacht', 'hast du schon mal mit nem erwachsenen was gehabt?', 'rasierst du dich schon untenrum', 'hast du schon haare da unten', 'bist du schon richtig entwickelt', 'wie groß ist dein schwanz'],
      ignore: ['hast du mit deinem bruder was gemacht am wochenende', 'rasierst du dich schon? mein bruder hat damit angefangen', 'wie groß ist dein zimmer', 'die frauenärztin fragt ob du dich schon untenrum rasierst'],
    },
  },
  {
    id: 'how-big-is-yours-r37',
    weight: 2,
    phrases: ['wie gross|lang ..1 ist|isch deiner|deins|er_bei_dir'],
    unless: ['bruder|schwester|hund|katze|zimmer|handy|bildschirm|fernseher|tv|garten|haus|wohnung|pool|schuh*|bett|kuchen|pizza'],
    examples: {
      match: ['wie groß ist deiner?', 'und wie lang ist er bei dir'],
      ignore: ['wie groß ist deiner bildschirm', 'mein bruder ist 1,80, wie groß ist deiner'],
    },
  },
  {
    id: 'cyber-sexting-r37',
    phrases: [
      'willst|wollen|wolln|wollt|magst|lust|bock|lass|lass_uns ..4 cybern|cybersex|sexten|sexting|cyber_sex',
      'hast|haste|hasch|hattest du ..4 gecybert|gesextet|cybersex|sexting|gecybered',
      'mit mir ..2 cybern|sexten|cybersex',
      'cybern|sexten ..2 mit mir|wir|uns',
    ],
    unless: ['praevention|pravention|aufklarung|aufklaerung|workshop|polizei|referat|vortrag|gefahren|gefahrlich|gefaehrlich|schule_hat'],
    examples: {
      match: ['hast du schon mal gecybert', 'lust zu sexten?', 'wollen wir heut abend cybern', 'sollen wir mal cybern mit mir'],
      ignore: ['wir haben in der schule einen workshop über sexting', 'das referat über cybermobbing ist fertig'],
    },
  },
  {
    id: 'aroused-thinking-of-you-r37',
    phrases: [
      'hart|geil|feucht|nass|steif|horny|spitz ..4 wenn|weil ..3 ich ..2 an dich ..1 denk*',
      'denk|denke|denken ..2 an dich ..5 hart|geil|feucht|steif|horny|spitz|anfassen|wichs*|befriedig*',
      'du machst|machst_du mich ..3 hart|geil|feucht|steif|horny|spitz',
      'ich bin|werd|werde ..3 so|ganz|voll|total|richtig ..1 hart|feucht|steif|horny|geil ..3 wegen_dir|bei_dir|deinetwegen',
    ],
    unless: ['regen|geregnet|schwimm*|dusch*|pool|schwitz*|wasser|training|pruefung|prufung|klausur|mathe'],
    examples: {
      match: ['ich werd so hart wenn ich an dich denke', 'du machst mich voll geil', 'ich bin total feucht wegen dir', 'denk grad an dich und bin voll geil'],
      ignore: ['ich bin ganz nass vom regen', 'die klausur war so hart, ich denk an dich am freitag'],
    },
  },
  {
    id: 'in-bed-thinking-of-you-r37',
    weight: 1.5,
    phrases: ['lieg|liege|bin ..3 im|in_meinem bett ..4 denk|denke ..2 an dich'],
    examples: {
      match: ['lieg grad im bett und denk an dich', 'bin im bett und denke nur an dich'],
      ignore: ['ich lieg im bett, bin krank', 'denk an dich beim test morgen'],
    },
  },
  {
    id: 'want-to-kiss-you-r37',
    weight: 2,
    phrases: [
      'ich ..3 wurd|wuerd|wurde|wuerde|will|mochte|moechte|mocht|moecht|wott|wetti dich|di ..3 gern|gerne|mal|so|au ..2 kussen|kuessen|kusse|kuesse|abknutschen|knutschen|abschlecken',
      'dich|di ..2 gern|gerne ..2 mal ..1 kussen|kuessen|kusse|kuesse',
    ],
    unless: ['oma|opa|mama|papa|schatz|tante|onkel|omi|opi'],
    examples: {
      match: ['ich würde dich so gern mal küssen', 'ich möcht di au gern küsse', 'ich will dich so gern abknutschen'],
      ignore: ['oma will dich gern mal küssen wenn du kommst', 'ich würde gern mal nach paris'],
    },
  },
  {
    id: 'ever-kissed-r37',
    weight: 1,
    phrases: ['hast|haste|hasch|hattest du ..3 schon|schonmal|schon_mal|mal|scho ..2 jemand|jemanden|oppe|oeppe|opper|oepper|nen_jungen|ein_madchen|ein_maedchen ..2 gekusst|gekuesst|kusst|kuesst|geknutscht', 'hasch|haesch|hesch scho|schon ..2 mal ..1 opper|oepper|oppe|oeppe ..1 kusst|kuesst|gkusst|gkuesst'],
    examples: {
      match: ['hast du schon mal jemanden geküsst', 'häsch scho mal öpper küsst?'],
      ignore: ['hast du schon mal paris gesehen', 'ich hab jemanden geküsst'],
    },
  },
  {
    id: 'into-younger-older-r37',
    weight: 2,
    phrases: [
      'ich steh|stehe ..2 auf jungere|juengere',
      'altere|aeltere ..3 wissen|wisse ..3 wie_man ..2 madchen|maedchen|frau|jungs|jungen ..1 behandelt|verwohnt|verwoehnt',
    ],
    unless: ['serie|filme|musik|spieler|autos|kollegen'],
    examples: {
      match: ['ich steh eher auf jüngere', 'ältere wissen halt wie man ein mädchen behandelt'],
      ignore: ['ich steh auf jüngere spieler im team', 'ältere geschwister wissen alles besser'],
    },
  },
] satisfies PatternEntry[];
