import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      'ich [werde|werd|wird|kann] ..2 @sendv ..5 @poss [ganze|ganzen|ganzer|ganzes|gesamte|gesamten] @family|@audience',
      'ich ..2 @poss [ganze|ganzen|ganzer|gesamte|gesamten] @family|@audience ..4 @sendv',
      '@sendv ich ..5 @poss [ganze|ganzen|ganzer|ganzes|gesamte|gesamten] @family|@audience',
      'ich ..3 @sendv ..2 @media|das|es|sie|alles|die ..4 an|zu|in|auf|bei [alle|all|ganze|ganzen|jeden|jede|jedem] @poss',
      'ich ..2 zeig|zeige|schick|schicke|sende|send ..1 allen|jedem|jeden ..2 @poss @media|nacktbild*|nacktfoto*|nudes',
    ],
    unless: ['hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 'fur|fuer @poss', 'von @poss', 'wenn_du_willst', 'super_geworden|toll_geworden|cool_geworden|mega_geworden|geil_geworden|mannschaftsfoto*|teamfoto*|aufstellung|spielplan|trainingsplan|trikot*', 'versprochen|ehrenwort|keine_sorge ..3 @sendv ich nicht|nie|niemals', 'sag|sage|erzahl|erzaehl|verrat @poss @family nix|nichts|kein_wort', '@sendv ich nicht|nie|niemals ..2 versprochen|ehrenwort', 'schon_geworden|schoen_geworden|gut_geworden|gottesdienst|freizeit|zeltlager|gemeindefest|sommerfest|krippenspiel|erinnerung', 'soll_ich|sollen_wir|darf_ich|kann_ich_dir', 'referat|aufsatz|test|klausur|arbeit|hausaufgabe*|zeugnis|note|noten|entschuldigung|attest|krankmeldung|kinderfoto*|kinderbild*|babyfoto*|babybild*|emo|emofoto*|emobild*|emophase|emozeit', 'gruss*|gruesse|gruse', 'im|unterm|unter_dem|in_dem post|beitrag|geburtstagspost', 'mail|email|adresse|nummer|handy|einladung|link|liste|rezept|wollte|wolltest|gefragt|braucht|brauchte|hausaufgabe*|info|termin*|foto_vom|bilder_vom', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich schick die bilder an deine ganze gemeinde', 'ich schick das video an alle deine follower', 'Ich schick das Video an deine Familie und alle Kontakte', 'dann schick ich die screenshots deinen eltern', 'sonst schicke ich es an Ihre Familie', 'ich werde es deinen eltern zeigen', 'ich schicke die bilder in deine klassengruppe'],
      ignore: ['und dann hat er sie erpresst, zahl oder ich schick es deinen eltern', 'ich poste deine alten kinderfotos zum geburtstag', 'oder ich zeig es deinem lehrer, ist doch dein referat', 'die täter schreiben sowas wie ich schick die bilder an deine familie', 'soll ich deiner mama was schicken?', 'schick das foto an deine oma', 'ich schick dir das foto für deine mama', 'ich schick dir die bilder von deiner schwester', 'ich tagge alle deine freunde im post', 'ich schick die fotos an deine jugendgruppe, sind echt schön geworden', 'ich schick die mannschaftsfotos an deine mannschaft, sind super geworden', 'is nur fuer mich versprochen, poste ich nicht. sag einfach deinen eltern nix', 'add mich auf discord, dann schick ich den code. sag deinen eltern nix'],
    },
  },
  {
    id: 'audience-gets-suggestive-pics-r39',
    phrases: [
      '@poss @family|@audience ..6 interessant*|spannend*|pikant*|intim*|heisse|heissen|eindeutig*|gewisse|gewissen|freizugig*|freizuegig*|versaut* ..1 @media ..2 bekommt|bekommen|kriegt|kriegen|sieht|sehen|zu_sehen|zugespielt',
      'bekommt|bekommen|kriegt|kriegen|sieht|sehen ..1 @poss @family|@audience ..4 interessant*|spannend*|pikant*|intim*|heisse|heissen|eindeutig*|gewisse|gewissen|freizugig*|freizuegig*|versaut* ..1 @media',
    ],
    unless: ['haha*|lol|xd|ausflug|klassenfahrt|urlaub*|museum|vortrag|referat|unterricht|hausaufgabe*|film|kinderfoto*|babyfoto*|geburtstag*|hochzeit|fotograf*|postkarte*|weltall|natur|tiere', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['kann gut sein dass deine eltern morgen ein paar pikante fotos bekommen', 'wär schade wenn deine klasse gewisse videos zu sehen kriegt', 'bald kriegt dein trainer ein paar interessante bilder von dir'],
      ignore: ['deine klasse bekommt bald interessante bilder vom ausflug', 'deine oma hat ein paar schöne fotos bekommen', 'deine eltern sehen interessante bilder im museum'],
    },
  },
  {
    id: 'goes-to-everyone',
    phrases: [
      'geht|gehen|gehn|landet|landen [das|die|dein|deine|ihr|ihre|alle|mein|meine] @media|alles ..3 an|zu|bei|in [alle|ganze|ganzen] @poss',
      '@media ..2 geht|gehen|gehn|landet|landen ..3 an|zu|in|auf|bei [alle|ganze|ganzen] @poss',
      'kriegt|kriegen|bekommt|bekommen|sieht|sehen|sehn ..1 @poss [ganze|ganzen|ganzer] @family|@audience ..3 alles|@media|zu_sehen',
      'jeder|jede|alle|ganze|ganzen [an|in|aus|von|bei] @poss [ganze|ganzen] @audience|@family|schule|stufe ..3 wird|werden|sieht|sehen|kriegt|bekommt|kriegen|bekommen ..3 sehen|sehn|@media|alles|zu_sehen|mitbekommen|erfahren',
      'bald|morgen|dann ..2 sieht|sehen|kennt|kennen ..1 jeder|alle|ganze|die_ganze ..3 @media|nackt*',
      'alle|jeder|jede ..2 werden|wird|sollen|kriegen|bekommen|sehen|sieht ..2 @poss @media|nacktbild*|nacktfoto*|nudes',
      '@poss ganze|ganzen|gesamte @audience|@family|schule|stufe ..3 wird|werden|sieht|kriegt|bekommt ..3 sehen|sehn|@media|alles|zu_sehen|erfahren',
      '@poss @family|@audience ..2 bekommen|kriegen|bekommt|kriegt|sehen|sieht ..2 @media|alles|nacktbild*|nacktfoto*|nudes',
      '@poss @family|@audience ..2 werden|wird ..3 @media|nacktbild*|nacktfoto*|nudes|alles ..2 sehen|bekommen|kriegen|sehn',
      'oder|sonst ..2 geht|gehts|gehen|landet ..2 online|viral|ins_netz|ins_internet|an_alle',
      'danach|dann|sonst|oder|ansonsten|andernfalls|morgen|gleich|sofort ..2 geht|gehen|gehn|landet|landen|verschicke|verschick|schicke|schick ..3 link|links|ordner|material|drive|cloud|dropbox ..2 an|zu|in|bei @poss|eure|euren|eurem|eurer ..1 [ganze|ganzen|komplette|kompletten|gesamte|gesamten] @family|@audience',
      'danach|dann|sonst|oder|ansonsten|andernfalls|morgen|gleich|sofort ..1 geht|gehen|gehn|landet|landen ..3 an|zu|in|bei @poss ..1 komplette|kompletten|gesamte|gesamten|ganze|ganzen @family|@audience',
      'oder|sonst ..2 geht|gehts|gehen|landet ..2 auf|in|bei @app|pornhub|porn*|pornoseite*',
      'oder|sonst ..1 alles|@media ..1 geht|gehts|landet raus',
      'ich ..3 account|profil|acc|fake_profil|fakeprofil|fakeaccount|fake_account ..3 mit|aus @poss @media|bildern',
      'sieht|sehen|kriegt|bekommt|kriegen|bekommen jeder|alle ..1 @poss @media|nacktbild*|nacktfoto*|nudes',
      'kriegen|bekommen|sehen|kriegt|bekommt|sieht alle|jeder @poss @audience|@family ..2 die|sie|das|es|alles|@media',
      'dann|bald|morgen ..2 weiss|weis|wissen|erfahrt|erfaehrt|erfahren|sieht|sehen [es] jeder|alle|ganze ..3 was|wie du ..3 gemacht|geschickt|getan',
    ],
    unless: ['elternabend|umfrage|anmeldung|zoom|teams|meeting|termin*|stundenplan|hausaufgabe*|infos|info|gruppe_beitreten|beitreten|spiel|lobby|server', 'wollte|wolltest|gefragt|urlaub*|teilen|drueck*|druck*|klick*|einstellung*|datenschutz', 'vom|von_der|ausflug|klassenfahrt|fotograf|schulfoto*|zeugnis|einladung|elternbrief|referat|vortrag|auftritt|auffuhrung|auffuehrung|theater|abiball|prasentation|praesentation|film|unserem|unserer|unseren|konzert|schulfest|turnier', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Danach geht der Link an deine komplette Freundesliste.', 'dann schick ich den ordner an deine eltern', 'sonst geht das alles an deine kompletten kontakte', 'dann geht das video an deine ganze klasse', 'wenn du nicht zahlst kriegt deine mutter alles zu sehen', 'jeder an deiner schule wird es sehen', 'die bilder landen bei deinen eltern', 'bald sieht jeder deine nudes'],
      ignore: ['die datei geht an deine kompletten kontakte wenn du auf teilen drückst', 'ich schick den ordner an deine mama, sie wollte die urlaubsbilder', 'die einladung geht an alle eltern', 'jeder wird sehen wie gut wir sind', 'der link zum elternabend geht an deine eltern', 'ich schick den link an deine klasse für die umfrage'],
    },
  },
  {
    id: 'post-online',
    phrases: [
      'ich ..3 poste|posten|leake|leaken|leak|veroffentliche|veroeffentliche|veroffentlichen|veroeffentlichen|verbreite|verbreiten|stell|stelle|lade|lad ..2 @poss|dich|nackt*|nudes ..4 online|ins_netz|ins_internet|uberall|ueberall|hoch|auf_instagram|auf_tiktok|auf_snapchat|porno*|pornhub|story',
      'oder ich ..1 leak*|veroffentlich*|veroeffentlich*|verbreit* ..2 @media|sie|es|das|alles|dich|dein|deine',
      'oder ich ..1 post*|stell*|lad* ..3 online|uberall|ueberall|ins_netz|ins_internet|porno*|pornhub',
      'oder|sonst|ansonsten i|ich sto|stoi|stoll|stell|stelle|stells|lad|lade|poste|post ..2 de|die|sie|des|das|alles|@media ..1 online|ins_netz|ins_internet|uberall|ueberall|eini',
      'sonst|dann post*|stell*|lad* ich ..3 online|uberall|ueberall|ins_netz|ins_internet|porno*|pornhub',
      'oder|sonst|dann leak*|veroffentlich*|veroeffentlich*|verbreit*|poste|post ich ..2 @media|sie|es|das|alles|dich|dein|deine',
      'ich ..3 schick*|verschick*|versend*|teil* ..3 rum|herum|uberall|ueberall|uberallhin|ueberallhin',
      'ich ..2 poste|posten|leake|leaken|veroffentliche|veroeffentliche|verbreite|verbreiten ..1 @poss|dein ..1 @media|nacktbild*|nacktfoto*|nudes',
      'ich ..2 leak*|verbreit*|veroffentlich*|veroeffentlich* ..2 @media|sie|es|das|alles|dich',
      'ich ..3 stell*|lad*|pack*|post*|setz* ..4 ins_internet|ins_netz|pornhub|porn*|pornoseite*|auf_porn*',
      'ich ..1 zeig|zeige|schick|schicke ..2 @poss @media|nacktbild*|nacktfoto*|nudes ..1 allen|jedem|jeden|uberall|ueberall',
      'ich ..2 post*|stell*|lad* ..4 auf|in @poss @app|story|seite|profil|account|kanal',
      'ich ..5 auf|in @poss [instagram|insta|tiktok|snapchat|facebook] @app|story|seite|profil|account|kanal ..3 posten|stellen|hochladen|teilen|veroffentlichen|veroeffentlichen',
      'schick*|verschick*|zeig* ich ..1 die|sie|es|das|alles rum|herum',
      'poste|leake|veroffentliche|veroeffentliche|verbreite|teile|stelle|lade ich ..1 @poss @media|nacktbild*|nacktfoto*|nudes|video|videos',
      'und|oder|dann schick|verschick|schicke|verschicke die|sie|es|alles rum|herum',
      'schick*|verschick*|versend*|teil* ich ..3 rum|herum|uberall|ueberall',
      'ich ..2 mach|mache ..2 dich ..3 viral|fertig_im_netz|online_fertig|kaputt_im_internet',
    ],
    unless: ['emo|emofoto*|emobild*|emophase|emozeit|kinderfoto*|babyfoto*|kinderbild*|babybild*', 'meme*|rezept|hausaufgabe*|playlist|lied|song|einladung|lustig|witzig|geburtstag|zeichnung|bild_was_ich_gemalt', 'blog|website|homepage|podcast|ergebnis*|artikel|buch|geschichte|roman|gedicht', 'gruppenbild|gruppenfoto|klassenfoto|ohne_dich|beeil*|warte_nicht', 'polizei|wenn_jemand|falls_jemand|jemand_schreibt|jemand_droht|sofort_melden|bitte_melden', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich veröffentliche alles', 'überweis mir 500 oder ich poste das überall', 'send 200€ oder ich leake sie', 'ich stell deine bilder online', 'ich verschick die überall', 'ich lade deine nacktbilder hoch', 'schick mehr oder i stö de online', 'zahl, sonst stell ich die bilder ins netz'],
      ignore: ['sonst poste ich deine alten emo fotos', 'die polizei sagt: wenn jemand schreibt ich poste deine bilder wenn du nicht zahlst, sofort melden', 'beeil dich, sonst poste ich das gruppenbild ohne dich', 'ich poste das meme überall', 'ich stell das rezept online', 'ich schick dir morgen das lied', 'ich veröffentliche alles morgen auf meinem blog', 'schick mir das rezept oder ich stell es online', 'sonst stell ich die hausaufgabe online'],
    },
  },
  {
    id: 'implied-exposure',
    phrases: [
      'willst|mochtest|moechtest du ..2 dass|das @poss @family|@audience ..4 sieht|sehen|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|erfahren',
      '@poss @family|@audience ..3 wird|werden|kriegt|kriegen|bekommt|bekommen ..4 wenn|falls er|sie|die ..2 das|es|die|dich|alles|@media ..1 sieht|sehen|liest|lesen|erfahrt|erfaehrt|erfahren',
      'du willst|mochtest|moechtest ..2 nicht ..1 dass|das @poss @family|@audience ..4 sieht|sehen|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|erfahren',
      'was ..2 wurde|wuerde|wurden|wuerden @poss @family|@audience ..3 sagen|denken ..3 wenn ..3 sehen|sieht|wussten|wuessten',
      'was ..1 wurde|wuerde|wurden|wuerden @poss @family|@audience ..2 dazu|davon ..1 sagen|denken|halten',
    ],
    unless: ['zeichnung*|gemalt|gebastelt|staunen|begeistert|zeugnis|zimmer|note|noten|unordnung|chaos|geschenk|uberraschung|ueberraschung|tattoo|piercing|haare|frisur|outfit|kleid|auto|job|studium|freund|freundin', 'stolz|freut|freuen|freust|begeistert|glucklich|gluecklich|lachen|lacht|mogen|moegen|mag|lieben|liebt|toll|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|beeindruckt|gefallt|gefaellt|freude|weinen|heulen|ruhrt|ruehrt|geruhrt|geruehrt|hund|katze|essen|kuche|kueche|garten|bad|schaden|kratzer|delle|rechnung|handyrechnung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['dein vater wird enttäuscht sein wenn er das sieht', 'deine mutter kriegt nen herzinfarkt wenn sie das sieht', 'willst du dass deine mutter das sieht?', 'was würden deine eltern sagen wenn sie das sehen', 'was würde dein vater dazu sagen', 'du willst doch nicht dass dein papa das sieht'],
      ignore: ['ich hab deine zeichnungen, deine mama wird staunen wenn sie die sieht', 'willst du dass deine mutter das zimmer so sieht?', 'was würde deine mama zu dem tattoo sagen', 'dein vater wird stolz sein wenn er das sieht', 'deine mama wird sich freuen wenn sie das sieht'],
    },
  },
  {
    id: 'ruin-your-life',
    phrases: [
      'ich ..2 mach|mache|zerstor*|zerstoer*|ruinier* ..1 @poss leben|ruf ..1 kaputt|zur_holle|zur_hoelle|fertig',
      'ich ..2 zerstor*|zerstoer*|ruinier* ..1 @poss leben|ruf|zukunft',
      '@poss leben|ruf ist ..2 vorbei|zerstort|zerstoert|ruiniert|gelaufen|im_arsch|erledigt|kaputt',
      'sehen|wissen|erfahren ..4 was_fur|dass_du ..2 schlampe|hure|nutte|bitch|perverse*|perverser',
      'ich ..2 zerstor*|zerstoer*|ruinier*|vernicht* dich',
      'ich ..2 mach|mache dich ..2 zum|zur gespott|gespoett|lachnummer|gelachter|gelaechter|witz_der_schule',
      '@poss ..1 [ganze|ganzen|gesamte] @audience|@family|schule|stufe ..2 wird|werden ..2 dich ..1 auslachen|hassen|fertigmachen|mobben|verachten',
    ],
    unless: ['spiel|runde|1v1|match|zock*|fortnite|fifa|minecraft|valorant|schach|training|turnier|tennis|tischtennis|wettrennen|rennen|klausur|test', 'beim|bei_dem|im_spiel|im_match|im_1v1|im_duell|morgen|nachher|heute|wetten|gleich|partie|revanche|uno|monopoly|mario*|kart|karten|kartenspiel', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['ich mach dein leben kaputt', 'ich zerstöre dein leben', 'dein leben ist vorbei', 'dein ruf ist im arsch', 'ich schwöre dir, ich zerstöre dich', 'ich mach dich zum gespött der schule', 'deine ganze schule wird dich auslachen'], ignore: ['das spiel macht mein leben kaputt lol', 'ich zerstör dich im 1v1', 'ich zerstöre dich morgen beim schach', 'ich zerstöre dich beim uno'] },
  },
  {
    id: 'goes-around',
    phrases: [
      'oder|sonst|ansonsten|andernfalls ..4 geht|gehen|gehn|gehts rum|herum|die_runde',
      'oder|sonst|ansonsten|andernfalls ..1 macht|machen ..3 die runde',
      'oder|sonst|dann|bald|morgen|nicht ..4 @media|nacktbild*|nacktfoto*|nudes ..1 machen|macht ..2 die runde',
      'oder|sonst|dann|bald|morgen|nicht ..4 machen|macht ..2 @media|nacktbild*|nacktfoto*|nudes ..1 die runde',
      'an|in|bei|auf @poss ..1 @audience|@family|schule|stufe ..2 rumgehen|rumgeht|herumgehen|herumgeht|rumgeschickt|herumgeschickt|verteilt|die_runde_macht|die_runde_machen',
      'ich ..3 @media|sie|die|es|das|alles ..1 rumgehen|herumgehen ..1 lassen',
      'ich ..1 lass|lasse ..3 rumgehen|herumgehen',
      'lass|lasse ich ..3 rumgehen|herumgehen',
    ],
    unless: ['virus|grippe|krankheit|corona|erkaltung|erkaeltung|gerucht*|geruecht*|ball|flasche|joint|zeit|einladung|liste|zettel|flyer|vom|von_der|klassenfahrt|ausflug', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['entweder noch eins oder das erste geht rum', 'wenn du nicht zahlst machen deine nacktbilder die runde an deiner schule', 'bald machen deine bilder die runde', 'Wenn du nicht willst dass die an deiner Schule rumgehen, zahl', 'sonst macht das video die runde', 'ich lass die bilder rumgehen'],
      ignore: ['die bilder von der klassenfahrt machen grad die runde haha', 'die bilder machen schon die runde in der stufe, du siehst so gut aus', 'bei uns geht grad die grippe rum', 'sonst geht die zeit nie rum', 'die einladung geht an deiner schule rum'],
    },
  },
  {
    id: 'passive-send',
    phrases: [
      'sonst|oder|andernfalls|ansonsten|dann ..1 wird|werden ..6 an|zu|in|bei ..2 @poss ..2 @family|@audience ..2 verschickt|geschickt|gesendet|versendet|weitergeleitet|gepostet|gezeigt|geteilt|veroffentlicht|veroeffentlicht|verbreitet',
      '@media ..2 wird|werden ..6 @poss ..2 @family|@audience ..2 verschickt|geschickt|gesendet|versendet|weitergeleitet|gepostet|geteilt|veroffentlicht|veroeffentlicht|verbreitet',
      '@media ..2 wird|werden ..4 online|ins_netz|ins_internet|uberall|ueberall ..1 gestellt|gepostet|veroffentlicht|veroeffentlicht|hochgeladen|verbreitet|geleakt',
    ],
    unless: ['einladung|elternbrief|zeugnis|vom|von_der|ausflug|klassenfahrt|auftritt|schulfest|konzert|jahrbuch|abizeitung|newsletter|turnier|spiel|zeitung|schulerzeitung|schuelerzeitung|homepage|website', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Überweisen Sie 250 €, sonst wird das Video an alle Ihre Kontakte verschickt.', 'die bilder werden an deine eltern geschickt', 'dein video wird online gestellt'],
      ignore: ['die fotos vom ausflug werden an alle eltern verschickt', 'die einladung wird an deine eltern geschickt', 'das video vom turnier wird online gestellt'],
    },
  },
  {
    id: 'or-they-see-it',
    phrases: [
      'sonst|ansonsten|andernfalls ..1 sieht|sehen|sehn|kriegt|kriegen|bekommt|bekommen|liest|lesen es|das|sie|die|alles|@media ..1 alle|jeder|ganze ..2 @poss|@family|@audience',
      'sonst|ansonsten|andernfalls ..1 sieht|sehen|sehn|kriegt|kriegen|bekommt|bekommen|liest|lesen ..1 @poss ..1 @family|@audience ..2 es|das|sie|die|alles|@media',
      '@poss @family|@audience ..1 kriegt|kriegen|bekommt|bekommen|sieht|sehen ..2 sie|es|die|das|alles|@media ..1 als_erstes|als_erster|als_erste|zuerst',
      'sonst|oder|ansonsten|andernfalls ..1 @poss ..1 @family|@audience ..1 sieht|sehen|kriegt|kriegen|bekommt|bekommen|liest|lesen|erfahrt|erfaehrt|erfahren ..2 es|das|sie|die|alles|@media|davon',
    ],
    unless: ['rechnung|mahnung|quittung|zimmer|unordnung|zeugnis|note|noten|chaos|geschenk*|uberraschung*|ueberraschung*|hausaufgabe*|essen|kuchen|stuck|stueck|pizza|reste|aufraumen|aufraeumen|kuche|kueche|wasche|waesche|mull|muell|tattoo|piercing|frisur|haare|outfit', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['50 euro oder deine mama sieht es', 'sonst sehen es alle deine insta follower', 'teste mich. dein vater kriegt sie als erstes', 'sonst sieht deine mutter das video'],
      ignore: ['iss auf, sonst kriegt es deine schwester, das letzte stück pizza', 'beeil dich sonst sehen wir deine eltern nicht mehr', 'oder sehen deine eltern das anders?', 'sonst sieht deine mama das chaos'],
    },
  },
  {
    id: 'start-with-family',
    phrases: ['ich fang|fange|beginne ..1 mit @poss @family|@audience ..1 an', 'fang|fange|beginne ich ..1 mit @poss @family|@audience ..1 an'],
    unless: ['haare|schneiden|nachhilfe|training|essen|zu|abholen|spiel|runde|geschenk*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['willst dus testen? ich fang mit deiner mutter an', 'dann fang ich mit deinen freunden an'], ignore: ['ich fang mit deinem bruder an, dann schneid ich dir die haare', 'ich fang mit deiner schwester an zu lernen'] },
  },
  {
    id: 'read-to-your-people',
    phrases: ['ich ..2 les|lese ..1 @poss @family|@audience ..5 vor', 'les|lese ich ..1 @poss @family|@audience ..5 vor'],
    unless: ['geschichte|buch|marchen|maerchen|gute_nacht|gedicht|brief|referat|text_fur|text_fuer|vorlesen_ub*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['dann les ich deinen freunden vor was du so schreibst', 'ich lese deinen eltern vor was du mir geschrieben hast'], ignore: ['ich les deinem bruder eine geschichte vor', 'ich lese deiner oma das gedicht vor'] },
  },
  {
    id: 'post-what-you-sent',
    phrases: [
      'post*|leak*|verbreit*|veroffentlich*|veroeffentlich*|hochlad*|lad ..3 alles|die|das|sie|es ..1 was|die|das du ..3 geschickt|gesendet|geschrieben|gezeigt',
      'ich ..2 schick*|verschick*|zeig*|send*|leak* ..3 alles|die|das|sie|es ..1 was|die|das du ..3 geschickt|gesendet|geschrieben|gezeigt ..3 @poss|allen|jedem|rum|herum|online',
    ],
    unless: ['meme*|rezept|hausaufgabe*|link|playlist|lied|song|zuruck|zurueck', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['und poste da alles was du mir geschickt hast', 'ich leake alles was du mir gesendet hast', 'ich zeig alles was du geschrieben hast deinen eltern'],
      ignore: ['ich poste das meme was du geschickt hast haha', 'schick mir alles was du geschrieben hast zurück'],
    },
  },
  {
    id: 'send-to-everyone',
    phrases: [
      'oder|sonst|dann ich ..1 schick*|zeig*|send*|verschick* ..2 sie|es|das|die|alles|@media ..2 jedem|allen|jeden|uberall|ueberall',
      'oder|sonst schick*|zeig*|send*|verschick* ich ..2 sie|es|das|die|alles|@media ..2 jedem|allen|jeden|uberall|ueberall',
      'zeig|zeige|schick|schicke|sende|verschick|verschicke ich ..1 allen|jedem|jeden ..3 @media|nacktbild*|nacktfoto*|nudes',
      'ich ..2 schick*|zeig*|send*|verschick* ..2 @media|sie|es|die ..1 jedem|allen|jeden ..1 einzelnen',
      'ich ..6 und|dann schick*|verschick*|send*|zeig* ..1 die|sie|es|das|alles|@media ..3 an|in @poss ..1 @family|@audience',
    ],
    unless: ['link|einladung|datei|termin*|info|infos|adresse|liste|plan|rezept|meme*|vom|von_der|urlaub|ausflug|klassenfahrt|hausaufgabe*|fur|fuer|gruss*|gruesse', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['zahl oder ich schick sie jedem einzelnen', 'wenn du schluss machst zeig ich allen die bilder von dir', 'ich bastel mit KI nacktbilder von dir und schick die an deine klasse', 'sonst schick ich das video allen'],
      ignore: ['ok dann schick ich es allen, den link', 'ich zeig allen die fotos vom urlaub', 'ich hab das rezept und schick es an deine mama'],
    },
  },
  {
    id: 'or-media-lands-online-r38',
    phrases: [
      'oder|sonst|ansonsten|andernfalls ..4 @media ..4 landet|landen|kommt|kommen|geht|gehen ..2 auf|bei|in|ins ..1 tiktok|instagram|insta|snapchat|youtube|twitter|reddit|telegram|pornhub|internet|netz|online',
      'oder|sonst|ansonsten|andernfalls ..1 landet|landen|kommt|kommen|geht|gehen ..3 @media|alles ..3 auf|bei|in|ins ..1 tiktok|instagram|insta|snapchat|youtube|twitter|reddit|telegram|pornhub|internet|netz|online',
    ],
    unless: ['ausflug|klassenfahrt|urlaub|konzert|turnier|schulfest|abiball|hochzeit|gruppenfoto|klassenfoto|training|auftritt|tanz*|choreo*|spiel|match|tor|meme*|lustig|witzig|rezept|hausaufgabe*|referat|projekt|kanal|vlog|schnitt|schneiden|hochladen_musst|beeil*|rechtzeitig|zu_spat|zu_spaet|deadline|frist', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen'],
    examples: {
      match: ['zahl oder die bilder landen auf insta', 'sonst kommt das video ins internet', 'oder der clip von gestern landet auf pornhub'],
      ignore: ['das video vom konzert landet heute auf youtube', 'sonst landet der clip vom training auf tiktok', 'beeil dich, sonst kommt das video zu spät auf youtube'],
    },
  },
  {
    id: 'lands-in',
    phrases: [
      'oder|sonst|dann ..1 landet|landen|geht|gehen|gehts ..1 alles|das|es|sie|@media ..1 in|auf|bei|an ..5 @poss ..1 @family|@audience|schule|stufe',
      'landet|landen ..3 in|bei|auf|an ..1 @poss|eure|euren|eurem|eurer ..1 @family|@audience|klassengruppe|klassenchat|stufengruppe|story',
      'oder|sonst ..1 landet|landen ..1 alles|das|es|sie|@media ..1 in|auf|bei ..3 klassengruppe|klassenchat|stufengruppe|stufenchat|schulgruppe|schulchat|schulserver|story',
      'war|ware|waer|waere|wars|waers ..1 schade|bloed|blod|dumm|peinlich ..2 wenn|falls ..5 landet|landen|rumgeht|rumgehen|rauskommt|rauskommen|auftaucht|auftauchen|sieht|sehen|erfahrt|erfaehrt|erfahren',
    ],
    unless: ['vom|von_der|von_dem|ausflug|klassenfahrt|urlaub|konzert|turnier|schulfest|abiball|hochzeit|gruppenfoto|klassenfoto', 'paket|pakete|post|brief|einladung|lieferung|ball|platz|flug|tabelle|punkte|hausaufgabe*|spam|mull|muell|papierkorb|ordner|regen|wetter|verpasst|verpassen', 'uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|zimmer|unordnung|unordentlich|chaos|gerucht*|geruecht*', 'mathe|deutsch|englisch|bio|chemie|physik|schwanzen|schwaenzen|geschwanzt|geschwaenzt|zu_spat|zu_spaet|verschlafen|sitzenbleiben|sitzengeblieben|versetzung|verweis|nachsitzen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['die landen morgen in eurem klassenchat, außer du tust was ich will', 'und die landen dann in deiner klassengruppe', 'sonst landet alles in der whatsapp gruppe von deiner schule', 'wär schade wenn das auf eurem schulserver landet', 'wäre schade wenn deine eltern das erfahren'],
      ignore: ['die fotos landen morgen in eurer klassengruppe, vom ausflug', 'das paket landet bei deinen eltern', 'wäre schade wenn wir auf dem letzten platz landen', 'sonst landet alles im müll', 'wär schade wenn du die party verpasst', 'wär schade wenn das rumgeht mit der überraschung', 'wäre blöd wenn das jemand sieht, mein zimmer ist so unordentlich', 'wäre doch blöd wenn deine mama das erfährt dass du die 5 in mathe hast'],
    },
  },
  {
    id: 'fake-account-with-them',
    phrases: [
      'mach*|erstell*|bau*|eroffne*|eroeffne* ..2 damit|davon|daraus|mit_denen|mit_den_bildern|mit_deinen_bildern ..2 fake_account|fakeaccount|fake_profil|fakeprofil|fake_acc|fakeacc|fake_instagram|fake_seite',
      'fake_account|fakeaccount|fake_profil|fakeprofil|fake_acc|fakeacc|fake_instagram ..3 mit|aus @poss ..1 @media|bildern|storys|stories|profilbild*',
      'ich ..2 mach|mache|erstell*|bau* ..3 fake_account|fakeaccount|fake_profil|fakeprofil|fake_acc|fakeacc|fake_instagram ..2 von|uber|ueber dir|ihnen',
    ],
    unless: ['melden|gemeldet|report*|polizei|jemand_hat|hat_jemand|irgendwer|aufpassen|achtung|vorsicht', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich hab deine ganzen storys runtergeladen und mach damit nen fake account', 'ich mach nen fake profil mit deinen bildern', 'ich mach ein fake profil von dir mit den bildern'],
      ignore: ['achtung jemand hat einen fake account mit deinen bildern gemacht, melden!'],
    },
  },
  {
    id: 'want-me-to-show',
    phrases: [
      'willst|willste|mochtest|moechtest du ..3 dass|das ich ..3 @poss @family|@audience ..4 vorlese|vorles|zeige|zeig|schicke|schick|sende|erzahle|erzaehle|weiterleite|vorspiele',
      'dass|das ich ..1 @poss @family|@audience ..2 vorlese|vorles ..3 was|wie|dass|das du',
    ],
    unless: ['zeugnis|zimmer|note|noten|geschenk*|uberraschung*|ueberraschung*|hausaufgabe*|rezept|gedicht|geschichte|buch', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['du willst doch nicht dass ich deinen eltern vorlese was du mir geschrieben hast', 'willst du dass ich das deinen freunden zeige?'],
      ignore: ['willst du dass ich deiner mama das geschenk zeige?', 'willst du dass ich deinen eltern das rezept schicke'],
    },
  },
  {
    id: 'everyone-sees-you-naked',
    phrases: [
      'wird|werden|sieht|sehen|kennt|kennen ..2 dich ..1 nackt',
      'ich ..2 tagge|tag|markier*|verlink* ..2 alle ..1 @poss @family|@audience',
    ],
    unless: ['keiner|niemand|kein|keine|nie|niemals|umkleide|arzt|arztin|aerztin|geburtstag*|gruppenfoto|klassenfoto|einladung', 'im|unterm|unter_dem|in_dem post|beitrag', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['das ganze internet wird dich nackt sehen', 'ich tagge alle deine freunde'],
      ignore: ['keine sorge, in der umkleide sieht dich keiner nackt', 'ich tagge alle deine freunde im geburtstagspost'],
    },
  },
  {
    id: 'if-they-see-it',
    phrases: ['wenn|falls @poss @family|@audience ..2 den|das|die|es|sie|alles|@media ..1 sehen|sieht|lesen|liest|sehn|finden|findet'],
    unless: ['freut|freuen|stolz|lacht|lachen|gefallt|gefaellt|mag|mogen|moegen|liebt|lieben|toll|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|cool|super|zimmer|zeugnis|note|noten|chaos|geschenk*|uberraschung*|ueberraschung*|hausaufgabe*|tattoo|piercing|frisur|haare|outfit', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 2,
    examples: {
      match: ['ich hab unseren chat gespeichert, wenn deine eltern den sehen...'],
      ignore: ['wenn deine mama das sieht freut sie sich bestimmt', 'wenn deine mama das zimmer sieht gibts ärger', 'wenn deine eltern das geschenk sehen ist die überraschung weg'],
    },
  },
  {
    id: 'send-it-contracted',
    phrases: [
      '@sendv ichs|ichs_an ..5 @poss|eure|euren|eurer ..1 @family|@audience',
      'ichs ..2 @sendv ..5 @poss|eure|euren|eurer ..1 @family|@audience',
      'ichs ..3 an|in|bei|zu @poss|eure|euren|eurer ..1 @family|@audience ..2 @sendv',
    ],
    unless: ['ausflug|urlaub|hausaufgabe*|referat|geburtstag|einladung|link|adresse|rezept|termin*|stundenplan|geschenk|uberraschung|ueberraschung|gruss|gruesse|grusse|vom|von_der|konzert|party|wollte|will|wolltest|gefragt|fragt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['wenn du nicht zahlst schick ichs deinen eltern', 'dann schick ichs an deine ganze klasse', 'sonst stell ichs in deine klassengruppe'],
      ignore: ['schick ichs deiner mama wegen dem ausflug', 'ichs schick dir morgen', 'schick ichs deiner mama, sie wollte das foto vom konzert'],
    },
  },
  {
    id: 'shall-i-show-them',
    phrases: [
      'soll|sollte|sollen ich ..4 an|in|bei|zu @poss|eure|euren|eurer ..1 @family|@audience|klassengruppe|klassenchat|stufengruppe|story ..3 @sendv|stellen|schicken|posten|weiterleiten',
      'soll|sollte ich ..4 @poss|eure|euren|eurer ..1 @family|@audience ..2 mal ..1 @media|was|zeigen|schicken|weiterleiten',
      'was_wenn|wie_waers_wenn|wie_wars_wenn|wie_waere_es_wenn|wie_ware_es_wenn ich ..4 @poss|eure|euren|eurer ..1 @family|@audience ..4 @sendv|zeigen|schicken|posten|weiterleiten',
    ],
    unless: ['auftritt|auffuhrung|auffuehrung|theater|konzert|vorspiel|turnier|wettkampf|tanzauftritt|abiball|zeugnisverleihung|abschlussfeier|schulfest|sommerfest|musical|chor|recital|schulband|siegerehrung', 'ausflug|urlaub|hausaufgabe*|referat|geburtstag|einladung|link|adresse|rezept|termin*|stundenplan|geschenk|uberraschung|ueberraschung|gruss|gruesse|grusse|hilfe|helfen|zettel|plan|infos|info|lehrer_gesagt|party|fahrt|klassenfahrt|training|spiel|oder_machst|oder_willst|machst_du|willst_du|oder_du|einverstanden|darf_ich|ok|okay', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['soll ich die mal in eure klassengruppe stellen? 🤔', 'soll ich das deinen eltern mal zeigen?', 'was wenn ich das deiner ganzen klasse schicke'],
      ignore: ['ich hab das video von deinem auftritt, soll ich das an deine mama schicken?', 'soll ich das foto in eure klassengruppe stellen oder machst du', 'soll ich die fotos vom ausflug in eure klassengruppe stellen?', 'soll ich das in die gruppe stellen?', 'soll ich deiner mama den link schicken'],
    },
  },
  {
    id: 'silence-for-money',
    phrases: [
      '@money|@payment|euro|gutschein*|zahl*|bezahl*|uberweis*|ueberweis* ..4 und|dann ..2 keiner|niemand|keine_sau ..2 erfahrt|erfaehrt|sieht|merkt|weiss|weis|kriegt_was_mit',
      '@money|@payment|euro|gutschein*|zahl*|bezahl*|uberweis*|ueberweis* ..6 sonst|oder|ansonsten ..2 wird|wirds|werden|wird_es ..2 peinlich|unangenehm|ungemutlich|ungemuetlich|hasslich|haesslich',
      'willst|mochtest|moechtest ..3 nicht ..2 dass|das ..4 rauskommt|rauskommen|rumgeht|rumgehen|die_runde_macht|online_geht|jeder_erfahrt|jeder_erfaehrt|alle_erfahren|alle_sehen|jeder_sieht',
    ],
    unless: ['uberraschung*|ueberraschung*|geburtstag|party|geschenk|kuchen|pizza|letzte_stuck|letzte_stueck|hausaufgabe*|referat|test|klausur|lehrer*|spiel|runde|zocken', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['100 euro und keiner erfährt was', 'überweis das geld sonst wirds peinlich für dich', 'du willst doch nicht dass das rauskommt oder'],
      ignore: ['10 euro und keiner erfährt dass du das letzte stück gegessen hast haha', 'du willst doch nicht dass die überraschung rauskommt', 'zahl mir die 5 euro sonst wirds peinlich beim lehrer'],
    },
  },
  {
    id: 'they-see-it-on-app',
    phrases: [
      'dann|sonst|oder|morgen|bald|gleich|heute ..1 sieht|sehen|sehn|kriegt|kriegen|bekommt|bekommen|liest|lesen ..3 @poss ..1 [ganze|ganzen|gesamte] @family|@audience ..3 auf|in|uber|ueber|bei @app|story|klassengruppe|klassenchat|stufengruppe|internet|netz|gruppe',
      '@poss ..1 [ganze|ganzen|gesamte] @family|@audience ..2 sieht|sehen|sehn|kriegt|kriegen|bekommt|bekommen|liest|lesen ..1 es|das|sie|die|alles|@media ..2 dann|morgen|bald|gleich|heute ..2 auf|in|uber|ueber|bei [ihrer|ihrem|ihre|seiner|seinem|der|dem|die] @app|story|klassengruppe|klassenchat|stufengruppe|internet|netz|gruppe',
    ],
    unless: ['urlaub*|vom|von_der|von_dem|ausflug|klassenfahrt|geburtstag*|party|hochzeit|konzert|auftritt|turnier|spiel|tor|freut|freuen|stolz|gratul*|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|toll|cool|selber|selbst|eh_schon|schon_gesehen|gepostet_hat|geteilt_hat|abi|zeugnis|baby|hund|katze|essen|rezept|post_von_dir|deinen_post|dein_post|eh|sowieso|folgt|folgen|folgst|gefragt|fragt|wollte|will|wunscht|wuenscht|freut', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['dann sieht es morgen deine Oma auf Facebook', 'morgen sieht es deine ganze klasse auf insta', 'deine eltern sehen das dann in ihrer whatsapp gruppe'],
      ignore: ['deine oma sieht es dann auf facebook, die urlaubsbilder', 'deine mama sieht das eh auf insta, sie folgt dir doch', 'sieht deine mama das auf insta? sie hat doch kein insta'],
    },
  },
  {
    id: 'formal-dative-send',
    phrases: [
      'sonst|andernfalls|ansonsten|oder|anderenfalls ..1 wird|werden ..6 @poss|allen ..2 @family|@audience ..4 zugesandt|zugeschickt|zugestellt|ubermittelt|uebermittelt|zuganglich|zugaenglich|weitergeleitet|geschickt|gezeigt|gesendet|vorgelegt|vorgefuhrt|vorgefuehrt',
      'sonst|andernfalls|ansonsten|oder|anderenfalls|dann ..2 erhalten|erhalt|erhaelt|bekommen|bekommt|kriegt|kriegen ..2 [alle] @poss ..1 @family|@audience ..3 @media|das|die|es|alles|inhalte|material|kopie|kopien|aufnahmen|link',
      'sollten|sollte|wenn|falls|sonst|andernfalls|ansonsten|anderenfalls ..6 werden|werde wir|ich ..2 @media|es|das|sie|alles|aufnahmen|inhalte ..3 an|zu [alle|allen] @poss ..1 @family|@audience ..2 senden|schicken|versenden|verschicken|weiterleiten|ubermitteln|uebermitteln',
    ],
    unless: ['einladung|elternbrief|zeugnis|rechnung|mahnung|paket|brief|post|info|infos|bescheid|anruf|termin*|vom|von_der|ausflug|klassenfahrt|auftritt|schulfest|konzert|jahrbuch|newsletter|turnier|spiel|zeitung|homepage|website|formular|anmeldung|kuchen|stuck|stueck|pizza|essen|reste', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Sollten Sie nicht zahlen, werden wir das Video an alle Ihre Kontakte senden.', 'Zahlen Sie, sonst werden die Inhalte Ihren Eltern und Lehrern zugesandt.', 'ansonsten erhalten alle Ihre Kontakte das Video', 'dann bekommt deine schule eine kopie'],
      ignore: ['sonst kriegt es deine schwester, das letzte stück kuchen', 'sonst wird die rechnung deinen eltern zugeschickt', 'dann bekommen deine eltern die einladung', 'Wir werden die Fotos vom Ausflug an alle Ihre Eltern senden', 'wir werden die fotos an alle ihre eltern senden'],
    },
  },
  {
    id: 'goes-out-now',
    phrases: [
      'blockier*|blockst|meldest|ignorier*|reportest ..6 geht|gehen|gehts|landet|landen ..3 raus|online|viral|rum|herum|ins_netz',
      'und|dann es|das|alles|sie ..1 geht|gehen|gehts ..1 sofort|direkt|gleich|automatisch ..1 raus|online|rum|viral',
      '@media|alles ..2 wird|werden ..2 online|viral|raus ..1 gehen',
      'ich kann|konnte|koennte ..3 jederzeit|sofort|einfach|mit_einem_klick ..3 hochladen|posten|veroffentlichen|veroeffentlichen|verschicken|leaken|verbreiten|rumschicken',
      'klick ..4 pornhub|xhamster|xvideos|pornoseite*|online|uberall|ueberall|im_netz|im_internet|raus',
      'ist|sind|landet|landen ..2 es|das|sie|alles|@media ..2 auf|bei pornhub|xhamster|xvideos|pornoseite*|onlyfans',
      'bald|morgen|gleich|heute|schon ..1 online|im_netz|im_internet|uberall|ueberall ..3 @poss @media|nacktbild*|nudes|video|videos',
      'die|sie|alles ..1 geht|gehen|gehts ..3 heute|morgen|gleich|bald|um ..2 raus|online',
      'ich schick*|verschick*|send*|versend* ..2 sie|es|die|das|alles ..3 ab|raus ..4 wenn|falls ..4 nichts|nix|kein|keine ..2 kommt|kommen|da_ist|bezahlt|uberwiesen|ueberwiesen',
    ],
    unless: ['referat|praesentation|prasentation|projekt|datei|dokument|cloud|drive|moodle|schulcloud|teams|geschnitten|schneiden|upload|abonnier*|live|folge|episode', 'dazwischen|zwischenkommt|klappt|schiefgeht|zeugnis*|einladungen|pakete|briefe|bestellung*|lieferung*|bewerbung*|anmeldung*|formular*|noten|ergebnis*|info*|ware|waren|karten|tickets|flyer|zettel', 'brief|post|paket|newsletter|rechnung|einladung|artikel|blog|podcast|song|lied|playlist|meme*|video_vom|vom|von_der|urlaub|ausflug|konzert|spiel|stream|kanal|youtube|news|zeitung|polizei|bericht|gelesen|gehort|gehoert|jemand|madchen|maedchen|junge|jungen|schuler*|schueler*|jugendlich*|fall|opfer|erpresst|landete', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 5,
    examples: {
      match: ['sie sind bald online, deine bilder', 'die gehen heute abend raus', 'ich schicke sie morgen früh ab, wenn bis dahin nichts kommt', 'Blockier mich und es geht sofort raus', 'alles wird online gehen', 'ich kann es jederzeit hochladen', 'mit einem klick ist es auf pornhub'],
      ignore: ['ich kann es jederzeit hochladen, das referat', 'dein video geht gleich online, hab es geschnitten', 'ich schick es morgen ab wenn nichts dazwischen kommt', 'der brief geht morgen raus', 'ich kann das video vom konzert jederzeit hochladen', 'in den news: bei einem mädchen landete das video auf pornhub'],
    },
  },
  {
    id: 'worth-it-to-you',
    phrases: [
      'wert ..3 dass|das ..4 keiner|niemand|nicht ..3 sieht|sehen|erfahrt|erfaehrt|erfahren|rauskommt|online|rumgeht',
      'sonst|oder|ansonsten|andernfalls ..4 sehen|siehst ..2 was ..2 mit @poss|ihren @media|nacktbild*|nacktfoto*|nudes|aufnahmen ..1 passiert|geschieht',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: { match: ['was ist es dir wert dass das keiner sieht', 'schick 50 euro, sonst wirst du sehen was mit deinen bildern passiert'], ignore: ['was ist es dir wert dass keiner von der überraschung erfährt haha'] },
  },
  {
    id: 'tag-them-under-it',
    phrases: [
      'ich ..2 tagge|tag|markier*|verlink* ..2 @poss ..1 @family|@audience ..3 unter|in|bei @media|dem_video|den_bildern|dem_bild',
      'ich ..2 lad*|stell*|post* ..4 @app|online|netz|internet ..3 und|dann ..1 markier*|tagge|tag|verlink* ..1 dich|deine|dein|deinen',
      'ich ..2 mach|mache|erstell*|grund*|gruend* ..2 gruppe|gruppenchat ..3 mit ..2 @poss|all|allen ..2 @family|@audience',
      'oder|sonst|dann ich ..2 druck|drucke|drueck|druecke|klick|klicke ..1 auf senden|absenden|posten|hochladen|veroffentlichen|veroeffentlichen',
      'nur ..2 noch ..2 auf senden|absenden|posten|hochladen ..1 drucken|druecken|klicken',
      'oder|sonst|dann ich ..1 poste|post|leake|leak|veroffentliche|veroeffentliche|verbreite ..2 alles|sie|es|das|die|@media',
      'mach|tu|tust|machst ..4 was ich ..2 sag|sage|will ..3 und|dann ..2 niemand|keiner ..2 erfahrt|erfaehrt|sieht ..1 davon|was|es|das|sie|die|@media',
    ],
    unless: ['vom|von_der|konzert|party|ausflug|urlaub|geburtstag*|tanz*|challenge|trend|dance|spiel|tor|training|schulfest|auftritt|hochzeit|gruppenfoto|klassenfoto|abi|post|beitrag|lustig|witzig|cool|nice|spass', 'uberraschung*|ueberraschung*|planen|plan|geschenk*|vergiss|formular|hausaufgabe*|bewerbung|mail|email|abgabe|anmeldung|meme*|rezept|blog|kanal|song|lied', 'projekt|referat|fur|fuer|lerngruppe|lernen|event|feier|treffen|grillen|spat|spaet|lehrer*', 'wegen|abschluss*|planung|orga*|klassentreffen|fest|abifeier|abi|geburtstag*|grillparty', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 5,
    examples: {
      match: ['ich markier deine eltern unter dem video', 'ich lad das auf tiktok hoch und markier dich', 'ich mach ne gruppe mit all deinen freunden und schick es da rein', 'antworte oder ich drück auf senden', 'ich hab schon alles vorbereitet, nur noch auf senden drücken', 'bezahl mit apple pay oder ich poste alles', 'mach was ich sage und niemand erfährt davon'],
      ignore: ['ich lad das video vom konzert auf tiktok hoch und markier dich', 'ich markier deine freunde unter dem bild vom geburtstag', 'ich mach ne gruppe mit all deinen freunden für die überraschungsparty', 'vergiss nicht bei der anmeldung auf absenden zu drücken'],
    },
  },
  {
    id: 'veiled-exposure',
    phrases: [
      'was ..1 @poss @family|@audience ..2 dazu|davon ..1 sagen|denken|halten ..1 wurden|wuerden|wurde|wuerde|werden|wird',
      'wie ..1 wurde|wuerde|wurden|wuerden|wird|werden @poss @family|@audience ..1 reagieren ..3 wenn|falls',
      '@poss @family|@audience ..2 wurden|wuerden|wurde|wuerde ..2 @media|chats|nachrichten|aufnahmen ..2 gerne|bestimmt|sicher|sehr ..1 sehen|lesen',
      'noch ist|bleibt ..2 alles|das|es ..1 privat',
    ],
    unless: ['zeugnis|zimmer|note|noten|unordnung|chaos|geschenk*|uberraschung*|ueberraschung*|tattoo|piercing|haare|frisur|outfit|kleid|auto|job|studium|vom|von_der|urlaub|ausflug|klassenfahrt|party|geburtstag*|hochzeit|weihnacht*|plan|plane|plaene|idee|stolz|freuen|freut|essen|kuchen|hund|katze|freund|freundin_ist|umzug|reise|ergebnis*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['Ich frage mich, was deine Eltern dazu sagen würden', 'wie würde deine freundin reagieren wenn sie die chats liest', 'ich glaube deine eltern würden die bilder gerne sehen', 'Noch ist das alles privat'],
      ignore: ['was deine eltern zu dem tattoo sagen würden', 'deine oma würde die bilder vom urlaub gerne sehen', 'noch ist die überraschung geheim', 'noch bleibt es unter uns, aber ich hab mich verliebt'],
    },
  },
  {
    id: 'your-choice-if-it-stays-private',
    phrases: [
      'ob ..3 privat|geheim|unter_uns ..1 bleibt|bleiben ..3 liegt|entscheidest|entscheiden|in_deiner_hand|an_dir',
      'liegt|entscheidest|entscheiden ..4 ob ..3 privat|geheim|unter_uns|bei_mir ..1 bleibt|bleiben',
      '@media ..2 bleibt|bleiben ..2 bei mir ..3 solange|sofern|wenn|nur_wenn',
      'du weisst|weist|weiss ..1 was ..1 passiert ..3 wenn|falls du ..2 nicht ..2 zahlst|bezahlst|uberweist|ueberweist|schickst|gehorchst',
      'oder|sonst ..1 alle|jeder ..1 sieht|sehen|kriegt|kriegen|bekommt|bekommen|erfahrt|erfaehrt|erfahren ..1 es|das|sie|die|alles|@media',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|miete|rechnung|strafe|mahnung|kino|pizza|hausaufgabe*|test|klausur|zeugnis|noten|spiel|runde|tor|beeil*|schneller|vor_dir|zuerst|spoiler*|folge|staffel|film', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 5,
    examples: {
      match: ['Es liegt an dir, ob das privat bleibt', 'ob das geheim bleibt, entscheidest du', 'Das Video bleibt bei mir, solange du tust was ich sage', 'Du weißt, was passiert, wenn du nicht zahlst', 'Entscheide dich: zahlen oder alle sehen es'],
      ignore: ['du weißt was passiert wenn du nicht zahlst, dann kommt eine mahnung', 'beeil dich oder alle sehen es vor dir', 'ob die überraschung geheim bleibt liegt an dir'],
    },
  },
  {
    id: 'everyone-you-know',
    phrases: [
      'ich ..3 @sendv ..5 jeden|jedem|allen|alle|jedem_einzelnen den|die|dem du ..1 kennst',
      '@sendv ich ..5 jeden|jedem|allen|alle|jedem_einzelnen den|die|dem du ..1 kennst',
      'blockier*|blockst|meldest|ignorier*|reportest|schluss_machst ..6 @sendv ich ..4 an|zu|in|jedem|allen|jeden|uberall|ueberall|rum|herum',
      'blockier*|blockst|meldest|ignorier*|reportest|schluss_machst ..6 ich ..1 @sendv ..4 an|zu|in|jedem|allen|jeden|uberall|ueberall|rum|herum',
      'alle|jeder die|der du ..1 kennst ..3 wird|werden|kriegt|kriegen|bekommt|bekommen|sieht|sehen ..3 @media|sie|es|das|alles|zu_sehen',
    ],
    unless: ['einladung|flyer|link|umfrage|petition|spendenaufruf|party|geburtstag*|rezept|meme*|lied|song|playlist|gewinnspiel|kettenbrief|warnung|achtung|vorsicht', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['wenn du mich blockierst schick ich sie an jeden den du kennst', 'ich zeig die bilder allen die du kennst', 'blockier mich und ich verschick es an deine kontakte', 'alle die du kennst werden das video sehen'],
      ignore: ['schick die einladung an alle die du kennst', 'ich schick das lied allen die du kennst haha', 'wenn du mich blockierst schick ich dir nie wieder memes'],
    },
  },
  {
    id: 'then-they-get-them',
    phrases: [
      'kriegt|kriegen|bekommt|bekommen|sieht|sehen @poss ..1 [ganze|ganzen|komplette|gesamte] @family|@audience ..2 die|deine|alle|ihre @media|nacktbild*|nacktfoto*|nudes',
      'weiss|weis|wissen ..2 @poss ganze|ganzen|komplette|kompletten|gesamte @family|@audience|schule ..1 bescheid',
    ],
    unless: ['auch|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|vom|von_der|von_dem|ausflug|klassenfahrt|urlaub|turnier|spiel|konzert|auftritt|schulfest|party|geburtstag*|hochzeit|zeugnis|einladung|fotograf|gruppenfoto|klassenfoto|mannschaftsfoto|abgesagt|ausfall*|termin*|verschoben|krank', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['wenn ich bis 18 uhr nix hab kriegt dein trainer die bilder', 'dann sieht deine mutter die nacktbilder', 'schickst du mir nicht noch eins, weiß morgen deine ganze stufe bescheid'],
      ignore: ['kriegt dein trainer die bilder vom turnier auch?', 'dann kriegt deine oma die fotos von der hochzeit', 'morgen weiß deine ganze klasse bescheid dass das training ausfällt'],
    },
  },
  {
    id: 'shame-if-they-saw',
    phrases: [
      'ware|waere|war|waer|wars|waers|wurde|wuerde ..3 schade|bloed|blod|dumm|peinlich|schande|unangenehm|ungunstig|unguenstig ..2 wenn|falls ..6 @poss ..1 [ganze|ganzen|gesamte] @family|@audience|schule|stufe ..4 sieht|sehen|sehn|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|erfahren|liest|lesen|landet|landen|zu_gesicht',
      'ware|waere|war|waer|wars|waers ..3 schade|bloed|blod|dumm|peinlich|schande|unangenehm ..2 wenn|falls ..3 @media|nacktbild*|nacktfoto*|nudes|aufnahmen|chats ..4 @poss|jeder|alle|jemand ..2 @family|@audience|schule|stufe|sieht|sehen|bekommt|bekommen|kriegt|kriegen',
      'wie_ware_es|wie_waere_es|wie_waers|wie_wars|was_ware|was_waere|was_wenn|stell_dir_vor ..3 @poss ..1 [ganze|ganzen] @family|@audience ..2 sehen|sieht|sehn|bekommen|bekommt|kriegen|kriegt|lesen|liest|erfahren|erfahrt|erfaehrt|finden|findet ..2 das|es|alles|@media|sie|die|davon',
      'wie_ware_es|wie_waere_es|wie_waers|wie_wars|was_ware|was_waere|was_wenn|stell_dir_vor ..3 @poss ..1 [ganze|ganzen] @family|@audience ..4 @media|das|es|alles|sie|die ..2 sieht|sehen|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|erfahren|liest|lesen|findet|finden',
    ],
    unless: [
      'vom|von_der|von_dem|ausflug|klassenfahrt|urlaub|konzert|turnier|schulfest|abiball|hochzeit|gruppenfoto|klassenfoto|zeugnis|note|noten|zimmer|unordnung|chaos|geschenk*|uberraschung*|ueberraschung*|party|geburtstag*|tattoo|piercing|frisur|haare|outfit|kleid|schuhe|begeistert|gefallen|freude|lieben|liebt',
      'paket|post|brief|einladung|platz|tabelle|punkte|hausaufgabe*|test|klausur|verpasst|verpassen|verpasse|ausfallt|ausfaellt|absagen|abgesagt|krank|stolz|freut|freuen|freust|lachen|lacht|toll|cool|spiel|tor|auftritt|gerucht*|geruecht*',
      'mathe|deutsch|englisch|bio|chemie|physik|schwanzen|schwaenzen|geschwanzt|geschwaenzt|zu_spat|zu_spaet|verschlafen|sitzenbleiben|sitzengeblieben|versetzung|verweis|nachsitzen|geraucht|rauchst|vape*|alkohol|getrunken|betrunken|besoffen',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen',
    ],
    examples: {
      match: ['wäre doch echt schade wenn deine schule diese bilder zu sehen bekommt oder?', 'es wäre eine schande wenn deine schule das sieht', 'wär doch blöd wenn das deine eltern erfahren', 'wäre schade wenn die bilder jemand aus deiner klasse sieht', 'wie wäre es wenn deine mutter die bilder bekommt', 'stell dir vor deine eltern sehen das'],
      ignore: ['wie wäre es wenn deine mama das kleid sieht? sie wird begeistert sein', 'wäre schade wenn deine eltern das konzert verpassen', 'wäre schade wenn deine oma die fotos vom urlaub nicht sieht', 'wie wäre es wenn deine mutter das geschenk bekommt', 'wäre peinlich wenn deine eltern dein zimmer so sehen', 'wäre schade wenn deine klasse die party verpasst', 'wäre doch blöd wenn deine mama das erfährt dass du die 5 in mathe hast'],
    },
  },
  {
    id: 'could-send-to-them',
    phrases: [
      'ich|wir konnte|koennte|konnten|koennten|kann|konnen|koennen|konnt|werde|werden|werd|will|wollen ..5 an|zu [alle|allen] @poss ..1 [ganze|ganzen|gesamte|gesamten] @family|@audience ..3 @sendv|schicken|zeigen|weiterleiten|senden|geben|versenden|verschicken|posten',
      'ich|wir konnte|koennte|konnten|koennten|kann|konnen|koennen|konnt ..5 @poss ..1 [ganze|ganzen|gesamte|gesamten] @family|@audience ..3 @sendv|schicken|zeigen|weiterleiten|senden|geben|versenden|verschicken|vorlesen',
      'wir ..1 werden|konnen|koennen ..4 @media|alles|aufnahmen|inhalte|es|das|sie ..3 an|zu [alle|allen] @poss ..1 @family|@audience ..3 @sendv|senden|schicken|versenden|verschicken|weiterleiten|ubermitteln|uebermitteln',
      'veroffentlichen|veroeffentlichen|leaken|verbreiten|posten|versenden|verschicken|senden wir ..3 @media|alles|aufnahmen|inhalte|sie|es|das',
      'ich|wir ..1 werde|werden|werd ..3 @media|alles|aufnahmen|inhalte|es|das|sie ..3 veroffentlichen|veroeffentlichen|leaken|verbreiten|posten|hochladen|online_stellen|ins_netz_stellen|ins_internet_stellen',
      '@poss @family|@audience|kontakte ..2 wird|werden|wurde|wuerde|wurden|wuerden ..3 @media|das|es|alles|kopie|kopien|aufnahmen|inhalte|link ..2 erhalten|bekommen|kriegen',
    ],
    unless: [
      'fur|fuer @poss', 'gruss*|gruesse|gruse|im|unterm|unter_dem|in_dem post|beitrag|geburtstagspost',
      'mail|email|nummer|handy|einladung|link_zum|liste|rezept|wollte|wolltest|wollten|mochten|moechten|gefragt|braucht|brauchte|hausaufgabe*|info|infos|termin*|foto_vom|bilder_vom|vom|von_der|von_dem|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|hochzeit|turnier|spiel|auftritt|schulfest|zeugnis|elternbrief|rechnung|newsletter|paket|brief',
      'stolz|freut|freuen|freust|gefallt|gefaellt|mag|mogen|moegen|lieben|liebt|toll|cool|zeichnung|gemalt|gebastelt|gekocht|kuchen|soll_ich|willst_du|darf_ich|oder_machst|okay|ok|einverstanden',
      'homepage|schulhomepage|website|webseite|blog|kanal|schulerzeitung|schuelerzeitung|zeitung|vereinsseite|jahrbuch|abizeitung|galerie',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen',
    ],
    examples: {
      match: ['Ich werde deine Nacktbilder an deine Schule schicken, an jeden Lehrer', 'ich könnte das ja auch deinen eltern schicken', 'ich könnte die bilder auch an deine freunde schicken', 'Wir werden das Video an Ihre Kontakte versenden', 'Wenn Sie nicht zahlen, veröffentlichen wir das Video', 'ich werde die bilder veröffentlichen', 'Ihre Familie wird das Video erhalten', 'ich kann das auch deiner ganzen klasse zeigen'],
      ignore: ['ich werde die fotos veröffentlichen auf der schulhomepage', 'ich könnte die bilder vom ausflug auch an deine freunde schicken', 'ich könnte das deiner mama zeigen, sie wäre so stolz', 'wir werden die einladung an alle eltern verschicken', 'deine eltern werden die rechnung bekommen', 'ich kann das deiner mama schicken wenn du willst, soll ich?'],
    },
  },
  {
    id: 'everyone-will-know',
    phrases: [
      'jeder|alle|jede|ganze|ganzen ..4 wird|werden|wissen|weiss|weis ..2 [dann|bald|genau] ..1 was|wie du ..5 gemacht|getan|geschickt|gezeigt|bist',
      'wissen|weiss|weis ..1 alle|jeder|jede ..2 was|wie du ..5 gemacht|getan|geschickt|gezeigt',
      'die ganze welt|ganze_internet|ganze_netz|ganzes_internet ..2 wird|werden|sieht|kann|konnte|koennte ..3 das|es|dich|sie|@media ..1 sehen|kennen',
      'kennt|kennen|sieht|sehen|sehn ..1 dich ..4 nackt|oben_ohne',
      'oder|sonst|ansonsten|andernfalls ..3 welt|alle|jeder|internet|netz ..2 sieht|sehen|kennt|kennen ..1 dich',
      'das|es|die|sie|alles ..1 geht|gehen|landet|landen ..2 [jetzt|dann|morgen|gleich|sofort] an|zu|in|bei [alle|ganze|ganzen] @poss ..1 @family|@audience ..3 ausser|auser|wenn|falls|sonst|oder|bis',
      'sonst|oder|ansonsten|andernfalls|morgen|bald ..2 haben|hat @poss ..1 [ganze|ganzen|gesamte] @family|@audience ..3 sie|es|die|das|alles|@media',
    ],
    unless: ['konigreich|koenigreich|konig|koenig|konigin|koenigin|prinz|prinzessin|schwert|verrater*|verraeter*|kapitel|ooc|rollenspiel|fanfic*|flustert|fluestert|briefe|thron|hofstaat|drache*', 'keiner|niemand|kein|keine|nie|niemals|umkleide|arzt|arztin|aerztin|geburtstag*|party|einladung|hausaufgabe*|termin*|zeit|frei|ferien|tor|gewonnen|sieg|auftritt|konzert|stolz|toll|cool|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|fernsehen|tv|zeitung|interview|kanal|stream|youtube|song|lied|vom|von_der|urlaub|ausflug|nachrichten|news|artikel|grippe|erkaltung|erkaeltung|covid|corona', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['zahlen oder die welt sieht dich', 'das geht jetzt an deine follower außer du schickst 200€', 'jeder an deiner schule wird wissen was du gemacht hast', 'dann wissen alle was du geschickt hast', 'die ganze welt wird das sehen', 'dann kennt dich bald die ganze schule nackt', 'sonst haben deine Freunde sie morgen früh', 'morgen hat deine ganze klasse die bilder'],
      ignore: ['Ich habe die Briefe, Prinzessin. Beim Fest wird jeder wissen, was du getan hast', 'die ganze welt wird das sehen, wir sind im fernsehen', 'jeder wird wissen wie gut du beim auftritt warst', 'morgen hat deine klasse frei', 'sonst haben deine eltern keine zeit', 'keiner sieht dich nackt in der umkleide'],
    },
  },
  {
    id: 'or-i-tell-them',
    phrases: [
      '@photo|video|nudes|mehr|noch_eins|noch_mehr|zahl*|bezahl*|@money|@payment|uberweis*|ueberweis* ..6 oder|sonst ..1 ich ..2 schreib*|erzahl*|erzaehl*|ruf|rufe|sag|sage|kontaktier*|meld* ..2 @poss @family|@audience',
      '@photo|video|nudes|mehr|noch_eins|noch_mehr|zahl*|bezahl*|@money|@payment|uberweis*|ueberweis* ..6 oder|sonst ..1 schreib|schreibe|erzahl|erzaehl|erzahle|erzaehle|ruf|rufe|sag|sage|kontaktier* ich ..2 @poss @family|@audience',
      'ich ..6 erzahl*|erzaehl*|sag|sage|zeig|zeige ..2 es|das|alles ..2 @poss @family|@audience ..2 personlich|persoenlich|selbst|selber|ins_gesicht',
      'stell|stelle|lad|lade|poste|post ich ..3 alles|@media|es|das|sie ..2 online|ins_netz|ins_internet|hoch|auf_pornhub',
    ],
    unless: ['pizza|doner|doener|kino|eis|pommes|kabel|ladekabel|zuruck|zurueck|aufraumen|aufraeumen|vase|kaputt|hausaufgabe*|zimmer|essen|gemuse|gemuese|bus|zug|termin*|geburtstag*|party|uberraschung*|ueberraschung*|geschenk*|konzert|ausflug|urlaub|klassenfahrt|vom|von_der|fest|schulfest|hochzeit|blog|kanal|youtube|rezept|meme*|referat|projekt|abgabe|ergebnis*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Schick mir noch mehr oder ich schreib deiner Mutter', 'zahl oder ich erzähl es deinem vater', 'Ich komm zu dir nach Hause und erzähl es deinen Eltern persönlich', 'Wenn du zur Polizei gehst, stelle ich alles online'],
      ignore: ['erzähl es deiner mama selbst, ich sag nix', 'gib mir mein ladekabel zurück oder ich sag es deiner mama', 'zahl die pizza oder ich sag es deiner mama haha', 'morgen stelle ich die fotos vom schulfest online'],
    },
  },
  {
    id: 'shall-i-write-them',
    phrases: [
      'soll|sollte ich ..1 @poss @family|@audience ..2 mal|ein_paar ..2 schreiben|erzahlen|erzaehlen|anrufen|bescheid_sagen|zeigen|schicken',
      'ich hab|habe ..2 @poss @family|@audience ..3 gefunden ..2 soll|sollte|kann ich ..2 ihm|ihr|ihnen ..2 schreiben|erzahlen|erzaehlen|zeigen|schicken',
      'soll|sollte ich ..2 das|es|die|sie|@media ..1 @poss ..1 @family|@audience ..2 schicken|zeigen|weiterleiten|senden|schreiben',
    ],
    unless: ['auftritt|auffuhrung|auffuehrung|theater|konzert|vorspiel|turnier|wettkampf|tanzauftritt|abiball|zeugnisverleihung|abschlussfeier|schulfest|sommerfest|musical|chor|recital|schulband|siegerehrung', 'ausflug|urlaub|hausaufgabe*|referat|geburtstag|einladung|link|adresse|rezept|termin*|stundenplan|geschenk|uberraschung|ueberraschung|gruss|gruesse|grusse|hilfe|helfen|zettel|plan|infos|info|party|fahrt|klassenfahrt|training|spiel|abholen|essen|krank|arzt|wegen|einverstanden|darf_ich|ok|okay|danke|bedanken|gratulieren|frohe|glueckwunsch|gluckwunsch|spater|spaeter|kommst|bescheid|zu_spat|zu_spaet|verspat*|mitbringen|kaufen|einkaufen|bestellen|vom|von_der|praktikum|bewerbung|arbeit|job|zeugnis', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['soll ich das deinen eltern schicken?', 'Soll ich deinem Vater mal schreiben?', 'Ich hab deine Schwester auf Insta gefunden, soll ich ihr mal schreiben?'],
      ignore: ['ich hab das video von deinem auftritt, soll ich das an deine mama schicken?', 'ich hab noch deine bilder vom praktikum, soll ich die deinem chef schicken?', 'soll ich deiner mama was schicken?', 'soll ich deinem papa mal schreiben dass du später kommst?', 'soll ich deiner mama mal schreiben wegen dem ausflug?', 'soll ich deiner oma mal schreiben und gratulieren?'],
    },
  },
  {
    id: 'ruin-you-verb-last',
    phrases: [
      'ich ..1 @poss leben|ruf|zukunft ..4 zerstor*|zerstoer*|ruinier*|kaputt_mache|kaputtmache|kaputtmachen|vernicht*|versau*',
      'ein|einem|nem klick ..3 bist du ..2 beruhmt|beruehmt|viral|online|bekannt|nackt',
    ],
    unless: ['spiel|runde|1v1|match|zock*|fortnite|fifa|minecraft|valorant|schach|training|turnier|klausur|test|uno|monopoly|anmeld*|registrier*|gewinnspiel|newsletter|app|abo', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['wenn ich will, kann ich dein leben in einer minute zerstören. vergiss das nicht', 'Willst du dass ich dein Leben zerstöre?', 'mit einem klick bist du berühmt'],
      ignore: ['willst du dass ich dein leben beim monopoly zerstöre haha', 'mit einem klick bist du angemeldet und berühmt beim gewinnspiel'],
    },
  },
  {
    id: 'report-you-to-police',
    phrases: [
      'kinderporno*|strafbar|illegal|verboten ..6 melde|melden|polizei|anzeige|anzeigen|knast|gefangnis|gefaengnis|dran|zeig|zeige',
      'nacktbild*|nacktfoto*|nudes|nacktvideo* ..6 polizei|anzeige|knast|gefangnis|gefaengnis ..3 zeig|zeige|melde|schick|schicke|bring|bringe|gehst|kommst',
      'zur|bei_der polizei ..6 nacktbild*|nacktfoto*|nudes|nacktvideo*|bilder|fotos ..6 dran|erledigt|geliefert|knast|ausser|auser|zahlst',
      'du kommst|landest|gehst ..2 in_den_knast|ins_gefangnis|ins_gefaengnis|in_den_jugendknast|vor_gericht ..4 wenn|falls|weil|sobald ..4 polizei|ich|das|die',
    ],
    unless: ['spass|witz|scherz|falschparken|fahrrad|geklaut|klauen|graffiti|rauchen|alkohol|schwarzfahren|serie|film|buch|unterricht|lehrer*|erklart|erklaert|aufpassen|vorsicht|pass_auf|weisst_du_dass|wusstest_du|nie|niemals|keiner|niemand', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich geh zur polizei und sag dass du mir nacktbilder geschickt hast, dann bist du dran. außer du zahlst', 'Du hast Nacktbilder verschickt, das ist strafbar. Ich zeige dich an', 'das ist kinderpornografie, wenn ich das melde bist du dran', 'du kommst in den knast wenn die polizei das sieht'],
      ignore: ['wusstest du dass nacktbilder von minderjährigen verschicken strafbar ist? pass auf', 'schwarzfahren ist verboten, sonst kommt die polizei haha'],
    },
  },
  {
    id: 'group-made-already',
    phrases: [
      'ich hab|habe ..3 gruppe|gruppenchat ..2 mit ..2 @poss|all|allen ..2 @family|@audience ..2 erstellt|gemacht|gegrundet|gegruendet|eroffnet|eroeffnet',
      'zahlst|bezahlst|uberweist|ueberweist|schickst|antwortest|blockierst ..3 geht|gehen|gehts ..1 alles|es|das|sie|@media ..2 raus|online|viral|ins_netz',
      'ich hab|habe dich ..2 gesehen ..3 wie|als du ..4 ausgezogen|ausziehst|nackt|befriedigt|befriedigst',
    ],
    unless: ['party|geburtstag*|uberraschung*|ueberraschung*|planen|plan|geschenk*|ausflug|klassenfahrt|projekt|referat|lernen|lerngruppe|training|spiel|zocken|treffen|feier|grillen|abi|umkleide|sauna|strand|schwimmbad|fkk', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich hab schon eine gruppe mit deinen freunden erstellt', 'wenn du nicht innerhalb von einer stunde zahlst, geht alles raus', 'ich hab dich gesehen wie du dich vor der cam ausgezogen hast'],
      ignore: ['ich hab schon eine gruppe mit deinen freunden erstellt für die überraschungsparty', 'ich hab dich gesehen wie du dich in der umkleide ausgezogen hast haha'],
    },
  },
  {
    id: 'i-will-send-any-order',
    phrases: [
      'ich|wir ..6 an|in|bei|zu [alle|allen] @poss ..1 [ganze|ganzen|gesamte|gesamten] @family|@audience ..4 @sendv|schicken|zeigen|weiterleiten|senden|versenden|verschicken',
      'werde|werd|will|wollen|werden|kann|konnte|koennte ich|wir ..6 an|in|bei|zu [alle|allen] @poss ..1 [ganze|ganzen|gesamte|gesamten] @family|@audience ..4 @sendv|schicken|zeigen|weiterleiten|senden|versenden|verschicken',
      'wenn|falls|solange ..1 du ..1 nicht|nichts|nix|kein|keine ..4 @sendv|verschick*|poste|post|leake|leak|verbreite|veroffentliche|veroeffentliche|zeig|zeige|lade|lad|stelle|stell ich ..2 sie|es|das|die|alles|@media',
      'ich hab|habe ..2 @poss|deine|ihre ..1 @media|nacktbild*|nacktfoto*|nudes|aufnahmen ..6 @poss @family|@audience ..6 sieht|sehen|bekommt|bekommen|kriegt|kriegen|liest|lesen|erfahrt|erfaehrt',
      'danach|dann|sonst|morgen|bald ..2 sieht|sehen|weiss|wissen|erfahrt|erfaehrt|erfahren ..1 @poss ..1 [ganze|ganzen|gesamte] @family|@audience ..2 was|wie|dass|das du',
      'sonst|oder|ansonsten|andernfalls ..1 erfahrt|erfaehrt|erfahren|weiss|wissen ..1 @poss ..1 [ganze|ganzen|gesamte] @family|@audience ..3 von|davon|alles|was|uber|ueber',
    ],
    unless: [
      'hinfallst|hinfaellst|hingefallen|stolperst|gestolpert|ausrutschst|ausgerutscht|fallst|faellst', 'putzt|putzen|geputzt|aufraumst|aufraeumst|aufraumen|aufraeumen|spulmaschine|spuelmaschine|mull|muell|abwasch|abspulst|abspuelst|staubsaug*|bildschirmzeit|hausarbeit', 'fur|fuer @poss', 'gruss*|gruesse|gruse|dir|ihnen|willst|magst|brauchst|fertig|zuruck|zurueck|soll_ich|darf_ich|oder_machst|okay|einverstanden|wollten|mochten|moechten|fragen|alleine|allein|zeit|lust|bock|gruppenfoto|klassenfoto|ohne_dich|zimmer|aufgeraumt|aufgeraeumt|sauber|blitzblank|ordentlich|staunen|begeistert',
      'mail|email|nummer|handy|einladung|link|liste|rezept|wollte|wolltest|gefragt|braucht|brauchte|hausaufgabe*|info|infos|termin*|vom|von_der|von_dem|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|hochzeit|turnier|spiel|auftritt|schulfest|zeugnis|elternbrief|rechnung|newsletter|paket|brief|umfrage|referat|projekt',
      'stolz|freut|freust|freue|gefallt|gefaellt|mag|mogen|moegen|lieben|liebt|toll|cool|zeichnung|gemalt|gebastelt|gekocht|gebacken|kuchen|geschafft|gewonnen|gelernt|blumen|geschenk*|uberraschung*|ueberraschung*|homepage|website|jahrbuch|abizeitung|galerie|album',
      'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen',
    ],
    examples: {
      match: ['dann werde ich deine bilder in deiner schulgruppe teilen', 'wenn du nicht zahlst verschick ich sie', 'ich hab noch deine bilder. deine mutter wird sich freuen wenn sie die sieht', 'Du hast 12 Stunden. Danach sieht deine ganze Familie was du gemacht hast.', 'schick mir 100€ auf paypal, sonst erfährt deine freundin von unserem videochat', 'ich werde das video in deiner stufengruppe posten'],
      ignore: ['ich hab die fotos, deine oma wird sich freuen wenn sie die sieht', 'wenn du keine zeit hast poste ich das gruppenfoto alleine', 'dann weiß deine mama was du gemacht hast, das zimmer ist ja blitzblank', 'ich kann das video an deine eltern schicken, sie wollten es sehen', 'ich hab die fotos vom urlaub, deine mama wird sich freuen wenn sie die sieht', 'wenn du nicht kommst schick ich es dir per mail', 'dann sieht deine familie was du gekocht hast', 'sonst erfährt deine mama von der party', 'ich hab deinen eltern die einladung geschickt', 'ich könnte die bilder an deine oma schicken, sie freut sich', 'wenn du nicht das bad putzt zeig ich mama die screenshots von deiner bildschirmzeit'],
    },
  },
  {
    id: 'broken-or-veiled-exposure',
    phrases: [
      'oder|sonst ich ..2 schicken|senden|posten|zeigen|machen|stellen|verschicken|teilen ..3 viral|online|internet|alle|allen|@poss|freunde|familie|eltern',
      'oder|sonst ich ..2 sag|sage|erzahl*|erzaehl*|zeig|zeige ..1 allen|jedem|allen_leuten|jeden ..3 was|wie|dass|das du',
      'oder|sonst ich ..1 verrate|verrat|erzahle|erzaehle|sag|sage ..1 allen|jedem|jeden ..2 @poss ..1 geheimnis|geheimnisse',
      'morgen|bald|dann|gleich ..1 hat|haben ..1 jeder|alle|ganze ..4 @poss|die|deine @media|nacktbild*|nacktfoto*|nudes',
      '@media|es|das ..6 auf|in|bei @app|pornhub|internet|netz ..2 sein|stehen|landen|online ..2 wenn|falls du ..1 nicht|nichts|nix',
      'wenn|falls du ..2 nicht|nichts|nix ..3 ist|sind|steht|landet|geht ..2 @media|es|das|alles ..3 auf|in|bei @app|pornhub|internet|netz',
      'soll|sollte ich ..1 ihnen|ihm|ihr|denen ..2 zeigen|erzahlen|erzaehlen|schicken|sagen ..3 was|wie|dass ..1 @poss|ihre|ihr|seine|sein ..1 tochter|sohn|kind|freundin|freund',
      'zeigen|erzahlen|erzaehlen|schicken ..2 was ..1 ihre|seine|eure tochter|sohn|kind ..3 macht|treibt|gemacht|getrieben|schickt|verschickt',
    ],
    unless: ['geweint|geheult|heulst|weinst|verloren|verkackt|hingefallen|gestolpert|gefurzt|verschlafen|titanic|fotograf*|schulfoto*|klassenfoto*|gruppenfoto|jahrbuch|stark|unterricht|kunst*|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen|gemalt|gebastelt|gelernt|spiel|zocken|hausaufgabe*|referat|horst|hoerst|schlager|verknallt|verliebt|schnarchst|sabberst|kuscheltier*|teddy|popel*|projekt|konzert|auftritt|turnier|tor|geburtstag*|party|urlaub|ausflug|klassenfahrt|vom|von_der|einladung|rezept|zeugnis|noten|stolz|toll|gut|super|talent|kanal|follower_gewinnen|abonnier*|link|stream', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['schick weiter bilder oder ich verrate allen dein geheimnis', 'ich mach dich fertig. morgen hat jeder an deiner schule deine nudes', 'ich hab dein video, du zahlen 300 oder ich machen viral', 'gib mir deine 5000 vbucks oder ich sag allen was du gemacht hast', 'das video wird morgen auf tiktok sein wenn du nicht antwortest', 'ich kenne deine eltern. soll ich ihnen zeigen was ihre tochter so macht?'],
      ignore: ['das video vom konzert wird morgen auf youtube sein wenn du nicht widersprichst', 'soll ich ihnen zeigen was ihre tochter im referat gemacht hat? so stolz'],
    },
  },
  {
    id: 'everyone-gets-it-loose',
    phrases: [
      'bekommt|kriegt|sieht|bekommen|kriegen|sehen jeder|alle|jede ..3 in|aus|an|auf @poss ..1 [ganze|ganzen] @audience|@family ..3 @poss|das|die|alles ..1 @media',
      'falsche hande|haende ..1 gerat|geraet|geraten|kommt|kommen|fallt|faellt|gelangt',
      'kennt|kennen|sieht|sehen dich ..2 morgen|bald|dann|sofort ..1 jeder|alle|ganze',
      'ich lass|lasse ..3 @media|es|das|sie ..4 durch ..2 @audience|schule|stufe|netz|internet|klasse ..1 gehen|laufen|wandern|rumgehen',
      '@poss @media|nacktbild*|nacktfoto*|nudes ..2 uberall|ueberall|im_netz|im_internet|online ..3 sein|stehen|landen|auftauchen|kursieren',
      'oder|sonst ..2 das|die|dein|deine @media|video|alles ..1 ist|sind|geht|gehen ..1 raus|online|draussen',
    ],
    unless: ['passwort|daten|handy|schlussel|schluessel|karte|pin|vorsicht|pass_auf|aufpassen|achte|achtung|star|beruhmt|beruehmt|sanger*|saenger*|auftritt|konzert|fernsehen|tv|interview|talent|tor|sieg|gewonnen|vom|von_der|urlaub|ausflug|party|geburtstag*|hochzeit|kanal|youtube|trailer|folge|episode|album|song|lied', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['du hast genau eine stunde. danach bekommt jeder in deiner kontaktliste dein video', 'Schönes Video hast du mir da geschickt. Wäre schade, wenn das in falsche Hände gerät.', 'bro zahl einfach, sonst kennt dich morgen jeder auf der schule als den typ aus dem video', 'ich lass das video durch die ganze schule gehen', 'wenn du mich ignorierst, werden deine nudes überall im netz sein', '500 robux jetzt oder das video ist raus'],
      ignore: ['pass auf dass dein passwort nicht in falsche hände gerät', 'nach dem auftritt kennt dich morgen jeder', 'beeil dich oder das video ist raus, der neue trailer haha'],
    },
  },
  {
    id: 'then-show-the-others',
    phrases: [
      'dann|sonst|oder|ansonsten|andernfalls @sendv ich ..1 die|das|alle ..1 anderen|andern|restlichen|ubrigen|uebrigen ..3 @poss|den|der|dem [ganze|ganzen|ganzer] @family|@audience',
      'dann|sonst|oder|ansonsten|andernfalls @sendv ich ..1 die|das|alle ..1 anderen|andern|restlichen|ubrigen|uebrigen ..3 an|zu|bei @poss|den|der|dem [ganze|ganzen|ganzer] @family|@audience',
    ],
    weight: 3,
    unless: ['ausflug|klassenfahrt|urlaub*|turnier|spiel|konzert|feier|party|geburtstag*|hochzeit|einladung|referat|projekt|hausaufgabe*|wollte|wolltest|gefragt|soll_ich|darf_ich|geworden', 'mein|meine|meinen|meiner|meinem|unsere|unseren|unserer|unserem', 'tater|taeter|erpresser|masche|sowas_wie|so_was_wie|artikel|bericht|doku|zeitung'],
    examples: {
      match: ['schick noch eins, sonst zeig ich die anderen deinen eltern', 'dann schicke ich die restlichen halt an deine ganze klasse', 'oder poste ich die übrigen bei deinen followern'],
      ignore: ['dann schick ich die anderen vom ausflug deiner mama', 'dann zeig ich die anderen meinen eltern', 'ich zeig dir die anderen später', 'dann schick ich die anderen fotos an deine oma, sie wollte die auch'],
    },
  },
  {
    id: 'family-would-see-it',
    phrases: [
      'dei|@poss @family ..2 wurde|wuerde|wurd|wurdn|tat|taet|tatn|wird|werden|wurden|wuerden ..3 wenn ..3 sieht|sehen|siecht|sahe|sahen|erfahrt|erfaehrt|erfahren',
    ],
    weight: 1,
    unless: ['zimmer|zeugnis|note|noten|chaos|haare|frisur|tattoo*|piercing*|rechnung|handyrechnung|unordnung|dreck|kuche|kueche|auto|kratzer|beule|schuhe|kleid|geschenk|uberraschung|ueberraschung|stolz|freuen|freut|gluck*|glueck*|weinen|ruhrt|ruehrt|kuchen|torte|garten|wohnung|bild_gemalt|gemalt|gebastelt|zeichnung|pokal|medaille|urkunde', 'haha*|lol|xd'],
    examples: {
      match: ['deine mama würd schauen wenn sie die sieht', 'dei papa tät ausrasten wenn der die videos sieht 😏', 'deine eltern würden sich wundern wenn sie das erfahren'],
      ignore: ['deine mama würde sich freuen wenn sie das sieht', 'deine mama würde ausrasten wenn sie dein zimmer sieht', 'deine eltern werden stolz sein wenn sie dein zeugnis sehen'],
    },
  },
  {
    id: 'or-else-verb-second',
    phrases: [
      'sonst|oder|ansonsten|andernfalls|anderenfalls ..1 @sendv|poste|post|stelle|stell|lade|lad|verteile|verteil|leake|leak|teile|teil|verbreite|veroffentliche|veroeffentliche ich ..4 auf|in|an|bei|zu @poss|allen|jedem|uberall|ueberall',
      'sonst|oder|ansonsten|andernfalls|anderenfalls ..1 @sendv|poste|post|stelle|stell|lade|lad|verteile|verteil|leake|leak|teile|teil|verbreite|veroffentliche|veroeffentliche ich ..4 online|ins_netz|ins_internet|rum|herum|hoch',
      'oder|sonst ich ..1 teile|teil|poste|post|leake|leak|verbreite|veroffentliche|veroeffentliche|schicke|schick|zeige|zeig|verschick|verschicke|lade|stell|stelle ..1 es|sie|das|alles|die|@media',
      '@poss @family|@audience ..3 kriegen|bekommen|kriegt|bekommt ..4 link|links|nachricht|datei|ordner|video|videos|zip',
    ],
    unless: ['hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 'abstimmung|voting|wahl|anmeldung|formular|spendenlink|zoom|teams|meeting|einladung|party|geburtstag*|feier|umfrage|gruppe_beitreten|elternabend|termin*|info|infos|hausaufgabe*|referat|projekt|spiel|turnier|lobby|server|zocken|konzert|ausflug|klassenfahrt|urlaub|vom|von_der|rezept|meme*|playlist|lied|song|lustig|witzig|dir|ihnen|fur_dich|fuer_dich|ok|okay|einverstanden|soll_ich|darf_ich', 'schick*|geb*|bring*|send*|zahl* ..3 zuruck|zurueck', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen', 'haha*|lol|xd', 'hor|hoer auf ..1 zu nerven', 'gefallen|hingefallen|reingefallen bist'],
    examples: {
      match: ['du zahlst 100 euro, dann kriegst du dein handy zurück, sonst ich schicke die fotos an deinen papa', 'gib mir geld dann bekommst du es zurück oder ich zeige alle videos', 'ich will 5 neue bilder, sonst poste ich die alten auf deinem profil', 'ich hab dein gesicht und alles andere. zahl oder ich teile es', 'zu spät. deine freunde kriegen heute abend alle einen link', 'sonst schick ich es rum'],
      ignore: ['oder ich schick das paket zurück an die adresse', 'sonst schick ich das zurück', 'deine freunde kriegen heute alle einen link zur abstimmung', 'deine freunde kriegen heute abend alle einen link zur party', 'beeil dich oder ich schick dir das lied nicht haha', 'sonst schick ich die einladung an deine eltern', 'hör auf zu nerven oder ich zeig mama das video wie du in den pool gefallen bist 😂'],
    },
  },
  {
    id: 'expose-you',
    phrases: [
      'ich ..2 expose|exposen|exposed|exposing|blossstellen|blossstelle|bloss_stellen ..2 dich',
      'exposing|expose ..1 account|acc|seite|profil|kanal|video',
      'bist du ..2 auf ..1 jedem|allen ..1 handy|handys|bildschirm|bildschirmen|display',
      'oder|sonst ..6 alles|es|@media|sie ..1 gepostet|veroffentlicht|veroeffentlicht|geleakt|verbreitet|hochgeladen',
      'du willst|willst_du ..2 nicht ..2 dass|das ich ..3 ihnen|ihm|ihr|@poss|denen ..2 schreibe|erzahle|erzaehle|schicke|zeige|sage|melde|vorlese',
      'alle|jeder|ganze|welt ..2 dich ..1 nackt ..1 sehen|sieht|sehn',
    ],
    unless: ['spass|witz|scherz|spoiler|geburtstag*|party|uberraschung*|ueberraschung*|vom|von_der|ausflug|urlaub|konzert|auftritt|keiner|niemand|kein|keine|nie|umkleide|arzt|fkk|sauna', 'vase|kaputt|abwasch*|wasch|aufraumen|aufraeumen|zimmer|hausaufgabe*|gegessen|genascht|geklaut|schokolade|zu_spat|zu_spaet|geraucht|note|noten|zeugnis|geschwanzt|geschwaenzt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich expose dich auf tiktok wenn du nicht zahlst', 'ich mach nen exposing account über dich', 'morgen bist du auf jedem handy an deiner schule', 'Schick mir 3 Fotos oder dein Account wird gelöscht und alles gepostet', 'glaub mir, du willst nicht dass ich ihnen schreibe', 'willst du wirklich dass alle dich nackt sehen?'],
      ignore: ['du willst nicht dass ich deiner mama erzähle dass du die vase kaputt gemacht hast oder? dann wasch ab', 'ich expose dich lol du hast die pizza gegessen', 'keiner wird dich nackt sehen in der umkleide'],
    },
  },
  {
    id: 'before-i-upload-and-more',
    phrases: [
      'willst|willste du ..2 dass|das ich ..3 link|video|bilder|@media|es|sie|das ..2 teile|poste|schicke|verschicke|veroffentliche|veroeffentliche|leake|hochlade|weiterleite',
      'bevor ich ..2 es|sie|das|alles|@media|link ..1 hochlade|poste|verschicke|schicke|veroffentliche|veroeffentliche|leake|teile|rausschicke|weiterleite',
      'ich ..2 druck*|hang*|haeng*|kleb*|verteil* ..4 @media|bilder|fotos|sie|die ..4 in|an|vor|uberall|ueberall @poss ..1 schule|klasse|tur|tuer|haus|@audience|schulhof',
      'rufe|ruf ich ..1 @poss ..1 @family|@audience|schule ..1 an ..4 erzahle|erzaehle|erzahl|sage|sag',
      'erzahle|erzaehle|erzahl|zeige|zeig ..1 allen|jedem ..2 von @poss @media|nacktbild*|nudes',
      'dann|und ..1 zeig|zeige|schick|schicke|poste ich ..1 es|das|sie|die|alles ..1 allen|jedem|rum',
    ],
    unless: ['wandzeitung|pinnwand|schwarzes_brett|happy|birthday|gluckwunsch*|glueckwunsch*|alles_gute|deko|dekoration|gruppe|fur_die|fuer_die|krank|soll_ich|abholen|bescheid|fieber|arzt|spater|spaeter|korrigier*|druber|drueber|feedback|meinung|okay|einverstanden|erlaubnis|darf|ok_fur|ok_fuer|geburtstag*|party|plakat|collage|referat|poster|ausstellung|kunst|projekt|hausaufgabe*|einladung|flyer|tor|sieg|gewonnen|pokal|urkunde|zeugnis|stolz|rezept|meme*|vom|von_der|urlaub|ausflug|klassenfahrt|konzert|gruppenfoto|klassenfoto|jahrbuch|abizeitung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['schau mal in deine nachrichten, da ist ein link. das ist dein video. willst du dass ich den link teile?', 'letzte chance bevor ich es hochlade', 'ich drucke die bilder aus und häng sie in deiner schule auf', 'wenn du nicht zahlst, rufe ich deine schule an und erzähle allen von deinen fotos', 'ich finde raus auf welche schule du gehst und dann zeig ich es allen'],
      ignore: ['ich drucke die fotos aus und häng sie in der klasse auf, für die wandzeitung', 'willst du dass ich den link teile? für die gruppe', 'ruf ich deine mama an und erzähle ihr dass du krank bist? soll ich?', 'ich hänge die bilder an deine tür, happy birthday!', 'bevor ich es hochlade, schau mal drüber ob es okay ist', 'ich drucke die bilder aus und häng sie in deiner klasse auf, für das referat', 'ich hab das tor geschossen, dann zeig ich es allen'],
    },
  },
  {
    id: 'your-followers-everyone-sees',
    phrases: [
      '@sendv ..6 alle|allen|jeden|jedem ..1 die|der|denen ..1 dir ..3 folgen|folgt',
      'willst|mochtest|moechtest du ..2 dass|das ..2 die|das|es|sie ..1 jeder|alle ..1 sieht|sehen|kriegt|bekommt|bekommen|kriegen',
      'wenn|sonst|dann|morgen|bald|oder ..6 bist du ..2 das|der|die ..1 gespott|gespoett|lachnummer|witz ..2 der|deiner|von_der schule|klasse|stufe|jahrgang',
      'fake_profil|fakeprofil|fake_account|fakeaccount|fake_acc ..3 mit|aus|unter @poss ..1 namen|name|bildern|fotos|nummer',
      'weiss|weis|wissen ..2 jeder|alle ..3 in|an|aus @poss ..1 @audience|@family|schule|verein ..1 bescheid',
    ],
    unless: ['gruppe|lad_sie|poste_es|offentlich|oeffentlich|teil_sie|einladung|party|geburtstag*|gewinnspiel|giveaway|uberraschung*|ueberraschung*|training|spiel|turnier|ausfall*|fallt|faellt|abgesagt|termin*|melden|gemeldet|achtung|vorsicht|jemand_hat|hat_jemand|polizei|kostum|kostuem|kunst|stolz|toll|so_schon|echt_schon|voll_schon|mega_schon|richtig_schon|total_schon|sehr_schon|wunderschon|schones|schone|schonen|schoner|schon_geworden|schon_gemacht|schon_bearbeitet|schon_fotografiert|schoen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich sende das jetzt an alle die dir auf insta folgen', 'ich hab ne ganze galerie von dir. willst du dass die jeder sieht?', 'ich warne dich, wenn du nicht zahlst bist du morgen das gespött der schule', 'ich mach ein fake-profil mit deinem namen und poste da alles', 'wenn du nicht antwortest, weiß bald jeder in deinem verein bescheid'],
      ignore: ['bist du das gespött der klasse? nein, du bist die beste!', 'willst du dass die fotos alle sehen? dann lad sie in die gruppe', 'achtung jemand hat ein fake profil mit deinem namen gemacht, melden!', 'morgen weiß jeder in deinem verein bescheid, das training fällt aus'],
    },
  },
  {
    id: 'something-nice-for-mum',
    phrases: ['@poss @family ..6 ich schick|schicke|zeig|zeige ..1 ihr|ihm|ihnen|denen ..2 was|etwas|mal'],
    unless: ['geburtstag*|blumen|karte|gruss*|gruesse|muttertag|vatertag|weihnacht*|ostern|rezept|geschenk*|danke|bedanken|urlaub|vom|von_der|einladung|krank|gute_besserung|hilfe|helfen|frage|fragen|nachbar*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['deine mutter ist auf facebook oder? ich schick ihr mal was schönes'], ignore: ['deine mama hat geburtstag oder? ich schick ihr mal blumen'] },
  },
  {
    id: 'when-they-see-what-you-sent',
    phrases: [
      '@poss @family|@audience ..6 wenn|falls ..3 sieht|sehen|liest|lesen ..1 was|wie du ..3 geschickt|gezeigt|geschrieben|gemacht|geschickt_hast',
      'unter_uns|geheim|privat ..3 wenn|solange|sofern|nur_wenn du ..2 zahlst|bezahlst|uberweist|ueberweist|schickst|gehorchst',
    ],
    unless: ['freuen|freut|stolz|begeistert|gebacken|gekocht|gebastelt|gemalt|gelernt|geschafft|gewonnen|zeugnis|noten|zimmer|aufgeraumt|aufgeraeumt|geschenk*|uberraschung*|ueberraschung*|party|geburtstag*|referat|hausaufgabe*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: { match: ['deine freundin wird sich wundern, wenn sie sieht was du mir geschickt hast', 'das bleibt nur unter uns wenn du zahlst'], ignore: ['deine mama wird sich freuen wenn sie sieht was du gebacken hast'] },
  },
  {
    id: 'lands-in-every-group',
    phrases: [
      'landet|landen|geht|gehen|gehn|gehts ..1 @poss|das|die|der ..1 [ganze|ganzen] @media|nacktbild*|nacktfoto*|nudes|chatverlauf ..3 in|an|bei|auf ..1 jeder|jede|jedem|allen|alle ..3 gruppe|gruppen|chat|chats|klassenchat*|story|storys|@audience|@family',
      'geht|gehen|gehn|landet|landen ..1 der|die|das|dein|deine|unser|unsere ..1 [ganze|ganzen|komplette|kompletten|gesamte] @media|chatverlauf ..2 an|zu|bei|in @poss ..1 @family|@audience|klassenchat|klassengruppe',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['digga wenn du nicht bis morgen 100€ klarmachst landet dein vid in jeder whatsapp gruppe von deiner schule', 'Wenn du mich weiter ignorierst, geht der ganze Chatverlauf an deinen Vater.', 'sonst landen deine bilder in allen gruppen'],
      ignore: ['die fotos vom ausflug landen in jeder gruppe haha', 'geht das video an deine eltern? die wollten es vom konzert', 'dein video landet in jeder gruppe, so gut ist es'],
    },
  },
  {
    id: 'they-get-your-pic-unless',
    phrases: [
      'bekommt|kriegt|bekommen|kriegen|sieht|sehen ..2 @poss @media|nacktbild*|nacktfoto*|nudes ..6 wenn|falls|sobald du ..3 nicht|nichts|nix|kein|keine',
      'jeder|jede|jedem ..1 einzelne|einzelnen ..3 bekommt|kriegt|sieht ..2 @poss|das|die|dein|deine @media',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'widersprichst|widersprechen|einverstanden|datenschutz|abmeldest|austragen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['jeder einzelne davon bekommt dein foto wenn du nicht bis heute abend zahlst', 'deine eltern bekommen dein video, wenn du nicht antwortest'],
      ignore: ['jeder bekommt dein foto fürs jahrbuch wenn du nicht widersprichst', 'jeder einzelne bekommt das foto vom ausflug'],
    },
  },
  {
    id: 'private-only-if',
    phrases: [
      'wenn|falls|solange du willst ..1 dass|das ..3 sie|es|das|die|alles|@media ..2 privat|geheim|unter_uns|sicher|verborgen ..1 bleib* ..3 schickst|zahlst|bezahlst|uberweist|ueberweist|musst|machst|tust|dann',
      'damit ..3 sie|es|das|die|alles|@media ..2 privat|geheim|unter_uns|verborgen ..1 bleib* ..3 schickst|zahlst|bezahlst|uberweist|ueberweist|musst|machst|tust',
    ],
    unless: ['profil|einstellung*|account_auf|konto_auf|datenschutz|passwort|tipp*|privatsphare|privatsphaere|hilfe|melde*|polizei|uberraschung*|ueberraschung*|geburtstag*|party', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Die Fotos hab ich schon. Wenn du willst dass sie privat bleiben, schickst du mir bis 22 Uhr drei neue.', 'wenn du willst dass das geheim bleibt, zahlst du 200'],
      ignore: ['wenn du willst dass es privat bleibt, dann stell dein profil auf privat', 'wenn du willst dass die überraschung geheim bleibt, musst du still sein'],
    },
  },
  {
    id: 'upload-to-porn-site',
    phrases: [
      'bevor|ehe ich ..4 pornhub|porn*|xhamster|onlyfans|pornoseite*|internet|netz ..2 hochlade|hochladen|stelle|poste|lade|veroffentliche|veroeffentliche|packe',
      'ich ..4 pornhub|xhamster|pornoseite*|pornoseiten ..3 hochlad*|stell*|post*|lad*|veroffentlich*|veroeffentlich*|pack*',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen', 'gesperrt|verboten|gefahr*|warnung|vorsicht|polizei|melden|geloscht|geloescht|frag|frage|fragen|okay|ok|einverstanden|erlaubnis|darf|korrigier*|druber|drueber'],
    examples: {
      match: ['Das vom Call. Bevor ich\'s bei Pornhub hochlade, sollten wir reden.', 'ich werd das bei pornhub hochladen'],
      ignore: ['bevor ich das bild ins internet stelle, frag ich dich', 'pornhub ist in frankreich gesperrt, hab ich in den news gelesen'],
    },
  },
  {
    id: 'prevent-publication',
    phrases: [
      'um ..3 veroffentlichung|veroeffentlichung|verbreitung|weitergabe|weiterleitung|versendung ..3 zu ..1 verhindern|vermeiden|unterbinden|stoppen',
      'veroffentlichung|veroeffentlichung|verbreitung|weitergabe ..4 verhindern|vermeiden|unterbinden|stoppen ..6 @payment|zahl*|bezahl*|uberweis*|ueberweis*|bitcoin|btc|euro',
    ],
    unless: ['daten|passwort|andere|aendere|sicherheit*|profil|einstellung*|datenschutz|tipp*|tipps|schutz|polizei|melde*|hilfe|beratung|anwalt|gericht|recht|gesetz|loschantrag|loeschantrag|plattform_melden', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Um eine Veröffentlichung zu verhindern, überweisen Sie bitte 1.200 € in Bitcoin', 'um die verbreitung zu verhindern zahlen sie 500 euro'],
      ignore: ['um eine veröffentlichung deiner daten zu verhindern, ändere dein passwort', 'um eine veröffentlichung zu verhindern, stell dein profil auf privat', 'die polizei hilft, um eine verbreitung zu verhindern'],
    },
  },
  {
    id: 'send-your-nude-pics-broken',
    phrases: [
      'ich ..2 @sendv ..2 @poss|die|das ..1 nackt|nackte|nackten|nacktes|intime|intimen ..1 @media ..3 zu|an|in|allen|alle|@poss',
      'ich ..2 poste|posten|leake|leaken|veroffentliche|veroeffentliche|verbreite|verbreiten|teile ..1 @poss ..1 archivierten|geheimen|geloschten|geloeschten|versteckten|intimen|nackten|privaten ..1 @media',
    ],
    unless: ['dir|mir|selbst|selber|statue|kunst|museum|baby|babybilder', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Wenn du nicht schick 300€ ich sende deine nackt bilder zu alle.', 'oder ich poste deine archivierten bilder', 'ich leake deine privaten fotos'],
      ignore: ['ich schick dir die nackten babybilder von dir haha', 'ich teile deine privaten fotos nicht, keine sorge dir'],
    },
  },
  {
    id: 'dialect-send-to-yours',
    phrases: [
      'schick*|zeig*|send*|poscht*|verschick* ..3 a|an|zu|i dini|dine|dinere|dim|dis ..1 eltere|eltern|frunde|fruende|kollege|kollega|kollegae|familie|mami|papi|schuel|klass|klasse|follower*|kontakt*',
      'i|ich schick|zeig|send ..2 s|es|des|das ..1 deina|dini|dina ..1 eltern|eltere|familie|freind|frunde|fruende|kollege|schui|schul|klass',
      'kriegt|kriegen|bekommt|bekommen|kriagt|kriagn ..2 s|es|das|des ..2 ganze|ganzen|gesamte|gaunze ..1 schul|schule|klass|klasse|familie|verwandtschaft ..2 zum|zu ..1 sehn|sehen|segn',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'merci|danke|gruess*|grusse|gruesse', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['i hob deine fotos, zoi 300 oder i schick s deina eltern', 'Du zahlsch 400 Franke per Twint oder ich schick s a dini Eltere und Kollege.', 'Überweis ma 250 Euro, sonst kriegt\'s die ganze Schul zum sehn.'],
      ignore: ['ich schick s video vom konzert a dini eltere, merci', 'des kriegt die ganze klass zum sehn beim schulfest, voll toll'],
    },
  },
  {
    id: 'or-else-they-get-it',
    phrases: ['sonst|oder|ansonsten|andernfalls kriegt|kriegen|bekommt|bekommen|sieht|sehen ..1 es|sie|das|die|alles @poss ..1 [ganze|ganzen] @family|@audience'],
    unless: ['kuchen|pizza|essen|rest|reste|geschenk*|platz|zimmer|ticket*|sitz*|eis|schokolade|suessigkeiten|sussigkeiten|spielzeug|ball|hund|katze|pulli|jacke|kabel|ladekabel|buch|stuck|stueck|portion|rolle|job|preis', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['kauf die karten und schick mir die codes, dann lösch ich dein video. sonst kriegt es dein papa', 'zahl, sonst sieht es deine ganze klasse'], ignore: ['iss den kuchen, sonst kriegt es dein bruder', 'nimm das ticket, sonst kriegt es deine schwester'] },
  },
  {
    id: 'shame-if-they-find-something',
    phrases: [
      'schade|bloed|blod|dumm|peinlich|unangenehm ..2 wenn|falls ..4 was|etwas|sachen|dinge|bilder|fotos|videos ..1 von|uber|ueber dir ..2 findet|finden|sieht|sehen|entdeckt|entdecken|liest|lesen|bekommt|kriegt|erfahrt|erfaehrt|zu_sehen',
    ],
    unless: ['hausaufgabe*|geschenk*|uberraschung*|ueberraschung*|party|geburtstag*|nichts|nix|kein|keine|bewerbung|job|praktikum|gut_gemacht|toll', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Deine Mutter hat ein schönes Facebookprofil. Wär doch schade, wenn sie da plötzlich was von dir findet, oder? 😊', 'wäre blöd wenn deine klasse fotos von dir sieht'],
      ignore: ['wär schade wenn die lehrerin nichts von dir findet in der mappe', 'wäre doch schade wenn die chefin was von dir liest, schreib lieber eine gute bewerbung'],
    },
  },
  {
    id: 'or-else-it-goes-out',
    phrases: [
      'sonst|oder|ansonsten|andernfalls ..1 geht|gehen|gehts|landet|landen|kommt|kommen ..2 alles|@media|es|das|sie ..1 raus|online|viral|ins_netz|ins_internet|an_alle',
      'sonst|oder|ansonsten|andernfalls ..1 alles|@media|es|das|sie ..1 geht|gehen|gehts|landet|landen|kommt|kommen ..1 raus|online|viral|ins_netz|ins_internet|an_alle',
      'ich ..2 stell*|post*|lad*|pack*|setz* ..3 @media|es|das|sie|alles ..3 auf|in|bei|ins @app|instagram|tiktok|snapchat|internet|netz|story ..4 wenn|falls du ..2 nicht|nichts|nix',
      'sonst|oder|ansonsten|andernfalls ..1 es|das|sie|alles|@media ..1 geht|gehen|landet|landen ..1 an|zu|in|bei ..1 @poss ..1 [ganze|ganzen|komplette|gesamte] @family|@audience',
      'sonst|oder|dann|ich verofentlich*|veroefentlich*|verofentlich*|veroffentlich*|veroeffentlich* ..1 [ich] ..2 es|sie|das|alles|@media|dich ..3 auf|in|im|bei|online|uberall|ueberall',
      'oder|sonst ..2 jeder|alle ..1 denkt|denken|glaubt|glauben ..2 das|dass ..2 bist|warst du',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'wlan|internet_geht|strom|paket|brief|post|newsletter|update|patch|folge|trailer|premiere|kanal|youtube|uhr_online|kuhlschrank|kuehlschrank|mull|muell|essen|iss|wasche|waesche|raus_was|raus_aus', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['200€ per Paysafecard bis heute Abend oder es geht an deine ganze Klasse.', 'schick 0.01 btc auf diese wallet sonst veröfentliche ich es auf tiktok und insta', 'zahl oder jeder denkt das bist du', 'überweis 200 euro auf dieses konto sonst geht alles raus', 'zahl oder es geht online', 'ich stell das video auf tiktok wenn du nicht machst was ich sag', 'ich lad die bilder ins internet wenn du nicht antwortest'],
      ignore: ['sonst geht alles raus was im kühlschrank ist, iss mal auf', 'beeil dich sonst geht die folge online ohne dich', 'ich stell das video auf tiktok wenn du nichts dagegen hast, ist so lustig', 'sonst geht das paket raus an die falsche adresse'],
    },
  },
  {
    id: 'soon-it-is-online',
    phrases: ['morgen|bald|gleich|heute_abend|heut_abend|spatestens|spaetestens ..1 ist|sind|steht|stehen ..2 @poss|das|die ..1 @media ..2 auf|in|bei|im @app|instagram|tiktok|snapchat|internet|netz|story'],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'youtube|kanal|premiere|schnitt|edit|bearbeitet|fertig|upload_plan|trailer|folge|verein|schule_seite|schulhomepage|homepage|website', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['hast du gedacht ich mach nur spaß? morgen ist das video auf insta', 'bald sind deine bilder im internet'], ignore: ['morgen ist das video auf youtube, der schnitt ist fertig', 'morgen ist das foto vom turnier auf der homepage vom verein'] },
  },
  {
    id: 'everyone-will-see-it',
    phrases: ['alle|jeder ..2 werden|wird ..1 es|das|sie|die|dich ..2 sehen|sehn|erfahren|wissen|mitbekommen'],
    unless: ['haha*|lol|xd|vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'tor|spiel|turnier|auftritt|auffuhrung|auffuehrung|theater|show|buhne|buehne|talent|sieg|gewinnst|gewinnen|schaffst|kleid|outfit|frisur|haare|tattoo|piercing|auto|rad|fahrrad|hochzeit|baby|tanz*|live|stream|premiere|folge|serie|film|trailer|neu|neue|neues|bald_rauskommt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['ich kenn deine schule. alle werden es sehen', 'jeder wird es erfahren, glaub mir'], ignore: ['alle werden es sehen wenn du das tor schießt', 'jeder wird dich sehen beim auftritt'] },
  },
  {
    id: 'make-it-public-broken',
    phrases: [
      'oder|sonst|dann ich ..1 mach|mache|machen ..2 es|das|sie|alles|@media|dich ..1 offentlich|oeffentlich|publik|viral',
      'sonst|oder|dann|bald|morgen ..1 weiss|weis|wissen ..1 [es] die|deine|dein|alle|jeder|ganze ..2 [ganze] @audience|@family|schule|stufe|welt ..1 bescheid',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'ausfall*|fallt|faellt|abgesagt|training|spiel|turnier|verlobung|hochzeit|schwanger*|baby|umzug|neuigkeit*|news|krank|krankheit|selbst|selber|sag_lieber|sags_lieber', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Ich habe dein Video. Du schicken mir 300 Euro oder ich machen es öffentlich.', 'schick 50 per twint, sonst weiss die ganze schule bescheid', 'sonst wissen deine eltern bescheid'],
      ignore: ['sonst weiss die ganze klasse bescheid dass du krank bist, sag lieber selbst', 'morgen weiss die ganze schule bescheid, das training fällt aus', 'sonst mach ich das profil öffentlich haha'],
    },
  },
  {
    id: 'would-interest-your-people',
    phrases: [
      'von dir ..4 wurde|wuerde|wurden|wuerden|durfte|duerfte|durften|duerften ..2 @poss @family|@audience ..2 sicher|bestimmt|brennend|sehr|echt ..1 interessieren',
      'was ..1 du ..3 geschickt|gemacht|gezeigt|geschrieben ..4 wurde|wuerde|durfte|duerfte ..2 @poss @family|@audience ..2 sicher|bestimmt|brennend|sehr|echt ..1 interessieren',
      'schade ..2 um @poss ruf|zukunft|image|ansehen',
    ],
    unless: ['rezept|buch|angebot|artikel|job|stelle|praktikum|film|serie|spiel|kurs|reise|urlaub|konzert|ausstellung|museum|tipp*|link|video_uber|video_ueber', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['ich hab noch was von dir, das würde deine freundin sicher interessieren', 'was du mir geschickt hast würde deinen vater bestimmt interessieren', 'es wäre echt schade um deinen ruf'],
      ignore: ['das würde deine mama sicher interessieren, das neue café am markt', 'das rezept würde deine mama sicher interessieren', 'das buch würde deine eltern bestimmt interessieren'],
    },
  },
  {
    id: 'one-click-to-post',
    phrases: [
      'nur noch ..3 auf ..1 hochladen|senden|posten|abschicken|veroffentlichen|veroeffentlichen|teilen ..1 drucken|druecken|klicken|tippen',
      'druck|drucke|druecke|drueck|klick|klicke ich ..2 auf ..1 senden|posten|hochladen|abschicken|veroffentlichen|veroeffentlichen|teilen',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'bewerbung|hausaufgabe*|aufgabe*|formular|anmeldung|bestellung|online_shop|warenkorb|kaufen|abgabe|moodle|schulportal|portal|lehrer*|projekt|video_fur_den_kanal|kanal|vlog|story_vom', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['der post ist schon vorbereitet, ich muss nur noch auf hochladen drücken', 'ich zähl bis 10. dann drück ich auf senden'], ignore: ['ich muss nur noch auf hochladen drücken, dann ist die hausaufgabe im schulportal', 'ok dann drück ich auf senden, die bewerbung ist fertig'] },
  },
  {
    id: 'contacting-your-family',
    phrases: [
      'ich hab|habe ..1 @poss @family|@audience ..2 eine|ne|n ..1 anfrage|freundschaftsanfrage|followanfrage|nachricht ..1 geschickt|gesendet|geschrieben',
      '@poss @family ..3 hat|haben mich ..3 angenommen|akzeptiert|zuruckgefolgt|zurueckgefolgt|geaddet|hinzugefugt|hinzugefuegt',
      'ich ..1 markier*|tagge|tag|verlinke|verlink ..1 dich ..3 in|auf|unter ..2 @media|video|post|beitrag',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'nett|lieb|kuchen|gruss*|gruesse|grusse|geschenk*|hochzeit|verein|training|nachhilfe|elternabend|schule_hat|frage|fragen|spiel|zocken', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['deine mutter hat mich grad angenommen auf facebook 🙂', 'ich hab deiner schwester eine anfrage geschickt', 'ich markier dich in dem video'], ignore: ['deine mutter hat mich auf facebook angenommen haha, voll nett', 'ich markier dich in dem video vom konzert'] },
  },
  {
    id: 'want-them-to-see-it',
    phrases: ['willst|mochtest|moechtest du ..2 dass|das ..2 es|das|sie|die|alles ..1 @poss ..1 [ganze|ganzen] @family|@audience ..2 sieht|sehen|sehn|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|erfahren'],
    unless: ['zeichnung*|gemalt|gebastelt|zeugnis|zimmer|note|noten|geschenk*|uberraschung*|ueberraschung*|tattoo|piercing|haare|frisur|outfit|kleid|auto|job|stolz|freuen|freut|toll|vom|von_der|urlaub|ausflug|konzert|party|geburtstag*|referat|hausaufgabe*|einladung|sag_es|sags|erzahl_es|erzaehl_es|sag_ihnen|dann_sag|selbst|selber', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['ich hab das video schon, willst du dass es deine eltern sehen', 'willst du wirklich dass das deine ganze klasse sieht?'], ignore: ['willst du dass es deine mama sieht? das zeugnis ist doch toll', 'willst du dass es deine eltern erfahren? dann sag es ihnen heute'] },
  },
  {
    id: 'tomorrow-everyone-knows-you',
    phrases: [
      'morgen|bald|dann|spatestens|spaetestens ..1 kennt|kennen ..1 dich ..1 jeder|alle|ganze|die_ganze',
      'morgen|bald|dann|spatestens|spaetestens ..1 wissen|weiss|weis|erfahren|sehen ..1 es|das ..1 alle|jeder',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|beruhmt|beruehmt', 'star|auftritt|show|buhne|buehne|talent|tor|sieg|gewinnst|gewinnen|kanal|youtube|tiktok_star|viral_weil|interview|fernsehen|tv|zeitung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['ich schwöre dir, morgen kennt dich jeder', 'ok dann weißt du ja was jetzt passiert. morgen wissen es alle'], ignore: ['nach dem auftritt morgen kennt dich jeder, du star'] },
  },
  {
    id: 'formal-published-if-unpaid',
    phrases: [
      'leisten|zahlen|uberweisen|ueberweisen|bezahlen|erfolgt|eingeht|eingegangen|reagieren|antworten ..2 wird|werden ..2 das|die|ihr|ihre|dein|deine|alle ..1 material|aufnahmen|inhalte|@media|video|videos|daten ..1 veroffentlicht|veroeffentlicht|verbreitet|geleakt|gepostet|verschickt|versendet|weitergeleitet',
      'andernfalls|sonst|ansonsten|anderenfalls ..1 wird|werden ..2 das|die|ihr|ihre|dein|deine|alle ..1 material|aufnahmen|inhalte|@media|video|videos ..1 veroffentlicht|veroeffentlicht|verbreitet|geleakt|gepostet',
      'polizei|behorde*|behoerde*|anzeige ..4 fuhrt|fuehrt|fuhren|fuehren ..2 zur|zu ..2 veroffentlichung|veroeffentlichung|verbreitung|weitergabe',
      'ich schicke|schick|sende|send ..2 # ..1 kontakten|kontakte|freunden|freunde|leuten|followern ..2 das|die|dein|deine|ihr|ihre @media|video',
    ],
    unless: ['ergebnis*|zeugnis|noten|bewerbung|formular|rechnung|newsletter|termin*|vom|von_der|ausflug|klassenfahrt|konzert|schulfest|jahrbuch|homepage|website|abstimmung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Sollten Sie die Zahlung nicht innerhalb von 24 Stunden leisten, wird das Material veröffentlicht.', 'Bitte beachten Sie: Eine Kontaktaufnahme mit der Polizei führt zur sofortigen Veröffentlichung.', 'Antworten Sie mit Beweis und ich schicke 3 Kontakte das Video.', 'andernfalls werden die aufnahmen veröffentlicht'],
      ignore: ['wenn alle zahlen, werden die fotos vom ausflug verschickt', 'sonst wird das video vom schulfest auf der homepage veröffentlicht'],
    },
  },
  {
    id: 'they-all-get-the-folder',
    phrases: [
      'danach|dann|sonst|oder|morgen|gleich ..1 kriegt|kriegen|bekommt|bekommen|sieht|sehen ..1 @poss ..1 [ganze|ganzer|ganzen|gesamte|komplette] @family|@audience ..2 den|das|die|einen|ein ..1 ordner|link|links|datei|video|@media|zip|material',
      'oder|sonst ..2 alle|jeder|@poss ..2 sehen|sieht|erfahren|erfahrt|erfaehrt|lesen|liest ..1 was|wie du ..3 geschickt|gezeigt|gemacht|geschrieben',
      'zeigen|zeige|zeig|erzahle|erzaehle|schicke|schick ..2 was|wie ..1 ihre|ihr|eure|deine|seine ..1 tochter|sohn|kind ..3 treibt|macht|gemacht|getrieben|verschickt|schickt',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|abstimmung|umfrage|elternabend|anmeldung', 'stolz|freuen_sich_echt|gebacken|gekocht|gemalt|gebastelt|gelernt|geschafft|gewonnen|tor|sieg|losung*|loesung*|arbeitsblatt*|unterlagen|skript|notizen|mathe|vokabeln|lernzettel|abiball|abschluss*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['danach kriegt dein ganzer jahrgang den ordner', 'ich sags nur einmal: entweder du machst mit oder alle sehen was du mir geschickt hast', 'deine eltern werden sich freuen wenn ich ihnen zeige was ihre tochter so treibt'],
      ignore: ['danach kriegt deine ganze klasse den ordner mit den lösungen', 'danach kriegt deine ganze klasse den link zur abstimmung', 'ich zeig deiner mama was ihr sohn gebacken hat, sie wird stolz sein'],
    },
  },
  {
    id: 'they-all-get-it-soon-famous',
    phrases: [
      'follower*|@audience|@family ..4 die|sie ..1 kriegen|bekommen|sehen ..1 das|es|alles|die ..2 gleich|bald|morgen|sofort ..1 [alle]',
      'oder|sonst ..2 du bist|bist_du ..2 morgen|bald|dann ..1 beruhmt|beruehmt|viral|bekannt|im_internet|online',
    ],
    unless: ['vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|stolz|toll|lustig|witzig|super|wunderschon|wunderschoen|schones|schoenes|schone|schoene|abstimmung|umfrage|elternabend|anmeldung', 'star|auftritt|show|talent|tor|sieg|kanal|youtube|interview|fernsehen|tv|ub|ueb|uben|ueben|training|trainier*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: { match: ['schau dir deine follower an, die kriegen das gleich alle', '500 euro, oder du bist morgen berühmt'], ignore: ['deine freunde, die kriegen das gleich alle, die einladung zur party', 'üb weiter oder du bist morgen berühmt haha'] },
  },
  {
    id: 'not-good-for-you-if-it-comes-out',
    phrases: [
      'nicht|wenig ..1 gut fur|fuer dich ..2 wenn|falls ..3 rauskommt|rauskommen|sieht|sehen|erfahrt|erfaehrt|erfahren',
      'liegt ..2 an|bei dir ..3 was ..2 mit ..1 den|deinen|dem|deinem|diesen|diesem ..1 @media|video ..1 passiert',
    ],
    unless: ['schule|note|noten|zeugnis|sitzen|test|klausur|rauchen|geraucht|alkohol|getrunken|geschwanzt|geschwaenzt|schwanzen|schwaenzen|lugen|luegen|gelogen|zimmer|verein|training|spiel', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['es wäre nicht gut für dich wenn das rauskommt', 'es liegt jetzt an dir was mit den bildern passiert'],
      ignore: ['dein vater wäre sehr enttäuscht wenn du sitzen bleibst', 'es wäre nicht gut für dich wenn rauskommt dass du geschwänzt hast'],
    },
  },
  {
    id: 'not-want-them-to-have-r9',
    phrases: [
      'nicht|nich|net willst|mochtest|moechtest ..1 dass|das @poss [ganze|ganzen|ganzer|gesamte|gesamter] @family|@audience ..4 hat|haben|hatte|hatten|sieht|sehen|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|erfahren|liest|lesen',
      'nicht|nich|net willst|mochtest|moechtest ..1 dass|das ich ..1 die|sie|es|das|alles|@media|nudes|nacktbild*|nacktfoto* ..4 poste|lade|hochlade|stelle|leake|verbreite|schicke|verschicke|zeige|veroffentliche|veroeffentliche|rumschicke|weiterleite',
    ],
    unless: ['zeugnis|zimmer|note|noten|unordnung|chaos|geschenk*|uberraschung*|ueberraschung*|hausaufgabe*|party|geburtstag*|vom|von_der|urlaub|konzert|klassenfahrt|ausflug|selbst|selber|erzahl*|erzaehl*|sag_es|sags|rezept|meme*', 'sag_bescheid|gib_bescheid|sags_mir|sag_mir_einfach|kein_problem|losch_ich|loesch_ich|dann_losch|dann_loesch|tor|spiel|training|turnier', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen|die_opfer|den_opfern'],
    examples: {
      match: ['wenn du nich willst dass deine ganze klasse das morgen im gruppenchat hat dann machst du jetzt was ich sag', 'und wenn du nicht willst dass ich die auf reddit lade, machst du heute abend cam mit mir', 'wenn du nicht möchtest dass deine eltern die bilder sehen, antworte', 'wenn du nicht willst dass ich das video verschicke, zahl'],
      ignore: ['wenn du nicht willst dass deine mama das chaos sieht, räum auf', 'wenn du nicht willst dass deine eltern das erfahren, sag es ihnen selbst', 'wenn du nicht willst dass ich die fotos vom konzert poste sag bescheid', 'wenn du nicht willst dass ich das video von deinem tor poste sag bescheid'],
    },
  },
  {
    id: 'shame-if-they-had-r9',
    phrases: [
      'war|ware|waer|waere|wars|waers ..2 schade|bloed|blod|dumm|peinlich|unangenehm|ungunstig|unguenstig ..2 wenn|falls ..2 @poss ..1 [ganze|ganzen|ganzer] @family|@audience ..5 hatte|haette|hatten|haetten|hat|haben|bekame|bekaeme|bekommt|kriegt|kriegen|findet|finden|zu_gesicht|in_die_hande|in_die_haende',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|zimmer|unordnung|chaos|zeugnis|note|noten|kuchen|ticket*|karte|karten|termin|konzert|verpasst|verpassen|grippe|corona|erkaltung|erkaeltung|mathe|schwanzen|schwaenzen|geschwanzt|geschwaenzt|zu_spat|zu_spaet|zigarette*|kippe*|vape', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen|die_opfer|den_opfern'],
    examples: {
      match: ['wär ja schade wenn dein papa die mal zufällig aufm handy hätte oder', 'wäre echt blöd wenn deine ganze klasse das video bekäme', 'wär doch schade wenn deine mutter die bilder findet'],
      ignore: ['wär schade wenn deine mama das geschenk schon hätte', 'wär blöd wenn deine eltern die karten für das konzert nicht kriegen'],
    },
  },
  {
    id: 'already-sent-r9',
    phrases: [
      'ich hab|habe ..2 das|es|sie|die|@media ..1 schon|bereits ..4 @poss ..2 @audience|@family ..1 geschickt|gesendet|verschickt|weitergeleitet|gezeigt',
      'schon|bereits an|zu #|ein_paar|paar|einige|drei|zwei|vier|funf|fuenf leute|personen|kontakte|follower|freunde|freundinnen ..3 aus|von|an|in @poss ..1 @audience|@family|schule ..2 geschickt|gesendet|verschickt|weitergeleitet',
    ],
    unless: ['lustig|fands|fand|gefallen|gefreut|freut|freute|suss|suess|stolz|gelacht|lacht', 'vom|von_der|urlaub|rezept|einladung*|link|fur|fuer|gruss*|gruesse|hochzeit|geburtstag*|wollte|wolltest|gefragt|liste|termin*|info|infos|hausaufgabe*|zeugnis|formular|zettel|plan', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen|die_opfer|den_opfern'],
    examples: {
      match: ['Ich hab das schon an 3 Leute aus deiner Schule geschickt. Entweder du zahlst oder ich mach weiter', 'ich hab es bereits deiner mutter geschickt', 'ich hab die bilder schon an ein paar leute aus deiner klasse verschickt'],
      ignore: ['ich hab die fotos vom urlaub schon deiner mama geschickt', 'ich hab die einladung schon an paar leute aus deiner klasse geschickt', 'ich hab das rezept schon deiner oma geschickt', 'ich hab das schon deiner mama gezeigt, sie fands lustig'],
    },
  },
  {
    id: 'they-will-have-your-media-r9',
    phrases: [
      'hat|haben|kriegt|kriegen|bekommt|bekommen ..1 @poss [ganze|ganzer|ganzen|gesamte|gesamter|komplette|kompletter] @audience|@family ..2 @poss @media|nudes|nude|nacktbild*|nacktfoto*|nacktvideo*',
      'hat|haben|hatte|hatten jeder|jede|alle ..1 @poss nudes|nude|nacktbild*|nacktfoto*|nacktvideo*|@media',
    ],
    unless: ['vom|von_der|urlaub|klassenfahrt|ausflug|konzert|gesehen|geliked|geliket|liked|gefallt|gefaellt|toll|super|mega|nummer|adresse|einladung|link|hausaufgabe*|zeugnis|referat|gemalt|zeichnung*|kinderfoto*|babyfoto*|schulfoto*|klassenfoto*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen|die_opfer|den_opfern'],
    examples: {
      match: ['letzte warnung. in einer stunde hat dein ganzer jahrgang deine nudes', 'morgen kriegt deine familie deine bilder', 'dann hat jeder deine nacktbilder'],
      ignore: ['jetzt hat jeder deine fotos vom urlaub gesehen, sind mega', 'hat deine mama deine zeichnungen schon gesehen'],
    },
  },
  {
    id: 'if-not-it-goes-r9',
    phrases: [
      'wenn|falls nicht|nein|net ..1 geht|gehen|gehts|landet|landen ..2 das|es|sie|die|alles|@media ..2 an|zu|in|bei|auf @poss|eure|euren|eurem|eurer ..1 [ganze|ganzen|gesamte] @family|@audience|schule|stufe',
    ],
    unless: ['unterschreib*|unterschrift|unterzeichn*|ausfullen|ausfuellen|abgeben|zettel', 'mahnung|brief|rechnung|info|infos|email|mail|elternbrief|einladung*|zeugnis|verweis|eintrag|elterngesprach|elterngespraech|anruf|termin*|vom|von_der|ausflug|klassenfahrt|hausaufgabe*|formular|paket', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen|die_opfer|den_opfern'],
    examples: {
      match: ['Zahl 150 über Revolut und ich lösch alles. Wenn nicht geht das an deine Schule. Tick tack', 'wenn nicht landen die bilder bei deinen eltern'],
      ignore: ['wenn nicht geht die mahnung an deine eltern', 'wenn nicht geht die einladung an deine klasse'],
    },
  },
  {
    id: 'files-sent-after-r9',
    phrases: [
      'danach|anschliessend|sonst|andernfalls|ansonsten ..1 werden|wird ..2 dateien|datei|aufnahmen|material|aufzeichnung*|aufzeichnungen ..4 an|zu|in @poss|alle_deine|allen_deinen|alle_ihre|allen_ihren ..2 @family|@audience ..2 verschickt|geschickt|gesendet|versendet|weitergeleitet|veroffentlicht|veroeffentlicht|verteilt',
    ],
    unless: ['einladung*|elternbrief|zeugnis|vom|von_der|ausflug|klassenfahrt|auftritt|schulfest|konzert|jahrbuch|newsletter|turnier|hausaufgabe*|unterlagen|folien|stundenplan|formular*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen|die_opfer|den_opfern'],
    examples: {
      match: ['Du hast genau 24 Stunden, um 250€ in Bitcoin zu überweisen. Danach werden die Dateien an alle deine Kontakte verschickt.', 'Andernfalls wird das Material an Ihre Familie gesendet.'],
      ignore: ['danach werden die dateien vom ausflug an alle eltern verschickt', 'danach werden die folien an alle deine mitschüler geschickt', 'danach werden die fotos an alle eltern verschickt'],
    },
  },
  {
    id: 'wrong-hands-r9',
    phrases: [
      'schade|bloed|blod|dumm|peinlich|wenn|falls|bevor ..4 falsche|falschen hande|haende ..2 gerat|geraet|geraten|kommt|kommen|fallt|faellt|fallen|landet|landen',
    ],
    unless: ['daten|passwort*|pass_auf|aufpassen|achte|achtet|vorsicht|schutz*|datenschutz|schlussel|schluessel|geldbeutel|portemonnaie|karte|ausweis|handy_verloren|verloren|tipps', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['wäre doch schade, wenn das in die falschen hände gerät', 'wär blöd wenn die bilder in die falschen hände kommen'],
      ignore: ['pass auf dass dein passwort nicht in die falschen hände gerät', 'wär blöd wenn dein ausweis in die falschen hände fällt'],
    },
  },
  {
    id: 'how-would-they-like-it-r9',
    phrases: [
      'wie|ob ..1 wurde|wuerde|wurden|wuerden|wird ..2 es|das ..2 @poss @family|@audience ..1 gefallen ..4 @media|nudes|nacktbild*|nacktfoto* ..3 sehen|lesen|bekommen|kriegen',
      '@poss @family|@audience ..2 werden|wird|wurden|wuerden|wurde|wuerde sich ..2 wundern|staunen ..2 was|wie du ..2 so|alles|da|mir ..1 machst|treibst|schickst|schreibst|gemacht|geschickt|geschrieben',
    ],
    unless: ['zimmer|zeugnis|note|noten|geschenk*|uberraschung*|ueberraschung*|zeichnung*|gemalt|kuchen|essen|gross|erwachsen|stolz|gut|toll|sport|training|musik|tanz*|urlaub|vom', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['Wie würde es wohl deinem Vater gefallen, diese Bilder zu sehen?', 'deine follower werden sich wundern was du so machst'],
      ignore: ['wie würde es deiner mama gefallen, die fotos vom urlaub zu sehen', 'deine eltern werden staunen wie gut du tanzt'],
    },
  },
  {
    id: 'then-whole-school-knows-r9',
    phrases: [
      'dann|sonst|oder|ansonsten|andernfalls ..2 erfahrt|erfaehrt|erfahren|weiss|weis|wissen ..2 [eben|halt|einfach] @poss|die ..1 ganze|ganzen|gesamte @audience|@family|schule|stufe|stadt ..1 davon|alles',
      'dann|sonst|oder|ansonsten|andernfalls ..2 erfahrt|erfaehrt|erfahren|weiss|weis|wissen ..2 [eben|halt|einfach] @poss ..1 ganze|ganzen|gesamte @audience|@family|schule|stufe|stadt ..1 bescheid',
    ],
    unless: ['party|geburtstag*|uberraschung*|ueberraschung*|geschenk*|termin*|verschoben|ausfall|ausfallt|frei|hitzefrei|ergebnis*|crush|verknallt|verliebt|zusammen|freundin|freund|gewonnen|sieg|wegen|ausflug|klassenfahrt|info|infos', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['Dann erfährt eben die ganze Schule davon', 'sonst weiß deine ganze familie bescheid'],
      ignore: ['dann erfährt eben die ganze schule davon dass du verknallt bist haha', 'sonst weiß die ganze klasse bescheid über die party', 'dann weiß die ganze klasse bescheid wegen dem ausflug'],
    },
  },
  {
    id: 'what-is-your-privacy-worth-r9',
    phrases: [
      'wie_viel|wieviel|was ist dir @poss privatsphare|privatsphaere|ruf|wurde|wuerde|zukunft|image|ansehen ..1 wert',
    ],
    unless: ['daten|datenschutz|app|apps|google|cookies|vpn|umfrage|studie|versicherung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['Wie viel ist dir deine Privatsphäre wert?', 'was ist dir dein ruf wert'],
      ignore: ['wie viel ist dir deine privatsphäre wert? die app sammelt alle daten'],
    },
  },
  {
    id: 'shame-if-they-notice-r10',
    phrases: [
      'ware|waere|war|waer|wars|waers|wurde|wuerde ..3 schade|bloed|blod|dumm|peinlich|schande|unangenehm ..2 wenn|falls ..4 @poss ..1 [ganze|ganzen|gesamte] @family|@audience|schule|stufe ..2 mitkriegt|mitkriegen|mitbekommt|mitbekommen|rausfindet|rausfinden|herausfindet|spitzkriegt|merkt|merken|wusste|wuesste|wussten|wuessten',
      '@poss ..1 [ganze|ganzen] @family|@audience ..3 mitkriegt|mitkriegen|mitbekommt|mitbekommen|erfahrt|erfaehrt|sieht|sehen ..2 was du ..3 mir ..2 schickst|geschickt|gezeigt|zeigst|gemacht|machst',
      'bald|gleich|morgen|heute|dann ..3 kommen|kommt|landen|landet ..3 ganz_andere|andere|die_anderen|ganz_private|private|deine|noch_mehr ..1 @media ..2 rauf|drauf|online|hoch|rein|ins_netz',
    ],
    unless: ['die_5|die_6|ne_5|ne_6|ne_funf|ne_fuenf|ne_sechs|mathe|test|klausur|schularbeit|arbeit|uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|zeugnis|note|noten|mein|meine|meinem|meinen|urlaub|album|ausflug|klassenfahrt|vom|von_der|spoiler*|folge|staffel', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['es wär echt schade wenn deine klasse mitkriegt was du mir so schickst 🙂', 'wär blöd wenn deine eltern rausfinden was du machst', 'und bald kommen da noch ganz andere bilder rauf, die hab ich ja auch'],
      ignore: ['wär schade wenn deine klasse mitkriegt dass die party ausfällt', 'bald kommen neue bilder auf mein profil', 'wär blöd wenn deine mama mitkriegt dass du die 5 hast haha'],
    },
  },
  {
    id: 'unless-you-want-it-to-land-r10',
    phrases: [
      'nicht willst ..1 dass|das ..6 @audience|@family|instagram|internet|netz|tiktok|online ..4 landet|landen|rumgeht|rumgehen|sieht|sehen|kriegt|kriegen|bekommt|bekommen|auftaucht|erfahrt|erfaehrt',
    ],
    unless: ['essen|mull|muell|tonne|party|uberraschung*|ueberraschung*|geschenk*|zeugnis|note|noten|spoiler*|folge', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn du nicht willst dass das auf insta und bei deinen freunden landet zahlst du 200 euro', 'wenn du nicht willst dass deine eltern das sehen, mach was ich sag'],
      ignore: ['wenn du nicht willst dass deine eltern die überraschung sehen, versteck das geschenk', 'wenn du nicht willst dass das essen im müll landet, iss auf'],
    },
  },
  {
    id: 'shame-if-they-saw-r11',
    phrases: [
      'schade|blod|bloed|peinlich|dumm ..1 wenn ..3 @family|@audience|alle|jeder|jemand ..6 @media|das|die|sie ..3 sieht|sehen|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|findet|finden',
      'schade|blod|bloed|peinlich|dumm ..1 wenn ..3 @media ..4 bei|an ..1 @poss|der|die|den ..1 @family|@audience ..1 landen|landet|auftauchen|auftaucht|ankommen|ankommt',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|zeugnis|note|noten|spoiler*|folge|film', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['waer doch schade wenn deine mama die bilder von gestern zu sehen bekommt oder', 'wär echt blöd wenn deine freunde die fotos sehen', 'wäre peinlich wenn die videos bei deinen eltern landen'],
      ignore: ['wär schade wenn deine mama die überraschung sieht', 'wär peinlich wenn alle dein zeugnis sehen haha'],
    },
  },
  {
    id: 'send-them-to-named-people-r11',
    phrases: [
      '@sendv ich ..2 @media|alles|das|die|sie ..6 an|in ..4 ganze|ganzen|gesamte|halbe|komplette|alle|deine|deinen ..1 @audience|@family',
      'sonst|dann|oder|ansonsten ..2 hat|haben|kriegt|kriegen|bekommt|bekommen|sieht|sehen ..2 die|der ..1 halbe|ganze|komplette|gesamte ..1 @audience ..3 die|das|sie|@media|alles',
      'sonst|oder|ansonsten|dann ..1 @sendv ich ..4 offentlich|oeffentlich|online|ins_netz|uberall|ueberall|auf_instagram|auf_tiktok',
    ],
    unless: ['urlaub|ausflug|party|geburtstag*|klassenfahrt|hausaufgabe*|referat|lernzettel|zusammenfassung|notizen|einladung*|termin*|plan|liste|ergebnis*|tabelle|rezept', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn du wirklich schluss machst schick ich die bilder die du mir geschickt hast an lukas und die ganze stufe', 'vielleicht. wenn du zurückkommst. sonst hat die halbe schule die am montag', 'sonst poste ich die archivsachen öffentlich'],
      ignore: ['ich schick die fotos vom ausflug an die ganze klasse', 'sonst hat die halbe klasse die zusammenfassung nicht', 'ich schick dir die notizen dann an deine mail'],
    },
  },
  {
    id: 'unless-you-want-it-going-round-r11',
    phrases: [
      'wenn|falls du nicht ..1 willst ..1 dass|das ..1 die|sie|@poss|@media ..2 rumgeh*|herumgeh*|rumgeschickt|verbreitet|geleakt|viral|die_runde|online_geht|online_landet|online_kommt',
      'wenn|falls du nicht ..1 willst ..4 an|bei ..1 alle|ganze|@poss ..2 @audience|@family ..1 geht|gehen|landet|landen',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|gerucht*|geruecht*|krankheit|grippe|corona|virus|erkaltung|erkaeltung|essen|muell|mull', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn du nicht willst dass die rumgehen schickst du mir 100€', 'wenn du nicht willst dass das an alle deine follower geht zahlst du 400€', 'falls du nicht willst dass die bilder viral gehen'],
      ignore: ['wenn du nicht willst dass das rumgeht, sag es ihr selbst', 'wenn du nicht willst dass die grippe rumgeht bleib zuhause', 'wenn du nicht willst dass das gerücht rumgeht sag es ihr selbst'],
    },
  },
  {
    id: 'put-them-in-the-group-r11',
    phrases: [
      'ich ..2 stell|stelle|pack|packe|tu|lad|lade|schmeiss|werf ..2 @poss ..1 @media|nacktbild*|nudes ..3 in|ins ..1 die|den|das ..1 klassengruppe|klassenchat|gruppe|stufengruppe|stufenchat|gruppenchat|netz|internet|story',
      'schwor|schwoer|sonst|oder|dann ..3 stell|stelle|pack|packe|lad|lade ..2 die|alle ..1 @media|nacktbild*|nudes ..3 in|ins ..2 klassengruppe|klassenchat|stufengruppe|stufenchat|gruppenchat|netz|internet',
      'oder|sonst|ansonsten ..1 ich ..1 lad|lade|stell|stelle|poste|post|leak|leake|veroffentliche|veroeffentliche ..1 alles|@poss ..1 hoch|online|rein|ins_netz|@media',
      'die|das du ..3 nicht ..2 im|ins netz|internet ..3 sehen|finden|haben ..1 willst|mochtest|moechtest',
      'freundesliste|followerliste|kontaktliste|kontakte|follower|freunde ..6 @family ..2 ist|sind ..1 auch ..1 drauf|dabei|drin',
      'ein|nur_ein|einen ..1 klick ..3 und ..3 @family|@audience ..2 sehen|sieht|haben|hat|wissen|weiss|kriegen|kriegt|bekommen|bekommt',
      'ich ..2 bau|baue|mach|mache|erstell|erstelle ..4 mit|aus ..1 @poss ..1 @media|fotos|bildern ..3 fake|fakeseite|fake_seite|fakeprofil|fake_profil|fake_account|fakeaccount',
    ],
    unless: ['vom|von_der|von_dem|ausflug|wandertag|klassenfahrt|party|schulfest|fest|abiball|hochzeit|urlaub|geburtstag*|hausaufgabe*|arbeitsblatt|tafel|referat|zeugnis|ohne_dich|meme*|uberraschung*|ueberraschung*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich schwör ich stell die bilder in die klassengruppe', 'zahl oder ich lad alles hoch', 'ich hab fotos von dir, die du bestimmt nicht im netz sehen willst', 'ich hab screenshots von deiner ganzen freundesliste. deine mama ist auch drauf', 'ein klick und deine eltern sehen alles', 'ich bau mit deinen fotos ne fake seite'],
      ignore: ['ich stell die bilder morgen in die gruppe', 'oder ich lad es hoch, egal', 'ein klick und alle sehen es, so einfach ist das mit der neuen app', 'ich stell die bilder vom wandertag in die klassengruppe', 'beeil dich oder ich lad es ohne dich hoch'],
    },
  },
  {
    id: 'family-will-be-pleased-r11',
    phrases: ['@family ..3 wird|werden|wurde|wuerde|wurden|wuerden ..3 freuen ..4 wenn ..3 @media|das|die ..3 sehen|sieht|bekommen|kriegen|bekommt|kriegt'],
    unless: ['vom|von_der|von_dem|ausflug|urlaub|abiball|hochzeit|geburtstag*|zeugnis|oma|opa|enkel*|baby|hund|katze|garten|kuchen|geschenk*|uberraschung*|ueberraschung*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 2,
    examples: {
      match: ['deine eltern werden sich freuen wenn sie das video sehen'],
      ignore: ['deine oma wird sich freuen wenn sie die bilder sieht', 'deine eltern werden sich freuen wenn sie die fotos vom abiball sehen'],
    },
  },
  {
    id: 'veiled-goes-out-r12',
    phrases: [
      'willst|mochtest|moechtest du ..1 dass ..3 das|es|die|sie|alles|@media ..3 rauskommt|rauskommen|rumgeht|rumgehen|publik|viral|online|im_netz|im_internet',
      'sonst|oder|ansonsten geht|gehts|gehen|landet ..2 [es|das|alles|die|sie|s] raus|online|viral|rum|ins_netz',
      'oder|sonst|ansonsten|entweder ..4 alle|jeder|ganze|ganzen ..1 aus|in|von|an ..1 @poss ..1 @audience|@family ..2 kriegen|kriegt|bekommen|bekommt|sehen|sieht|erhalten|haben ..1 die_alten|@media|alles|es|das|nudes|screens|screenshots|nacktbild*|nacktfoto*',
      'leite|leiten|leit|schicke|schicken ..4 alles|beweise|@media|verlauf|screenshots ..2 an @poss ..4 weiter',
      'oder|sonst|ansonsten ..1 ich|wir ..1 teile|teilen|schicke|sende|poste|verschicke ..3 an|mit alle|allen ..1 @poss ..2 @audience|@family',
      'oder|sonst|ansonsten ..2 tag|tagg|tagge|taggen|markier|markiere ..2 ich ..3 @poss|alle ..2 @family|@audience',
      'nicht ..2 machst|tust ..1 was ich ..2 sag|sage|will ..2 sehen|sieht|bekommen|bekommt|kriegen|kriegt @poss ..1 @family|@audience',
    ],
    unless: ['rauskommt|rumgeht|rauskommen dass|das du|ihr', 'mit_dem|mit_der|hund|gassi|spazieren|aus_der|aus_dem|vase|kaputt', 'gewinnspiel|giveaway|verliebt|crush|schwarm|party|geburtstag*|uberraschung*|ueberraschung*|ausflug|urlaub|klassenfahrt|einladung|mail|email|newsletter|bus|zug|link|termin*|info|infos|hausaufgabe*|rezept|meme*|gruppenfoto|klassenfoto|turnier|konzert|playlist|stolz|toll', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['willst du dass das rauskommt? dann meld dich', 'sonst geht\'s raus', 'sonst gehts online', 'entweder du machst neue oder alle aus deiner schule kriegen die alten', 'Zahlen Sie 750 € oder wir leiten alles an Ihre Familie und die Polizei weiter.', 'du bezahlen 200 euro oder ich teile an alle deine facebook freunde', 'sonst tagg ich deine ganze klasse', 'haha wenn du nicht machst was ich sag sehen deine eltern das video'],
      ignore: ['willst du dass das rauskommt dass du in ihn verliebt bist?', 'willst du dass das rauskommt dass du die vase kaputt gemacht hast? dann hilf mir', 'sonst gehts raus mit dem hund, ich hab keine zeit', 'entweder du kommst mit oder alle aus deiner klasse kriegen die besseren plätze', 'ich leite das an deine mama weiter, sie soll sich das mal anschauen', 'beeil dich sonst geht der bus raus', 'ist ja egal wenn ich die fotos vom ausflug poste oder', 'ich leite die mail an deine mama weiter', 'oder ich teile den link mit allen deinen freunden', 'sonst tagg ich alle deine freunde beim gewinnspiel'],
    },
  },
  {
    id: 'no-matter-if-i-post-r12',
    phrases: [
      'egal|schlimm|kein_problem|nicht_schlimm ..3 wenn|falls ich ..6 poste|posten|leake|hochlade|rumschicke|veroffentliche|veroeffentliche',
      'egal|schlimm|kein_problem|nicht_schlimm ..3 wenn|falls ich ..3 in|im|ins|an ..6 poste|posten|teile|verschicke|schicke|stelle|leake|hochlade|rumschicke',
    ],
    unless: ['vom|von_der|ausflug|urlaub|klassenfahrt|party|geburtstag*|meme*|rezept|hausaufgabe*|link|einladung|info|infos|termin*|playlist|lied|song|gruppenfoto|klassenfoto|stolz|toll|ok|okay|einverstanden', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['na dann ist es ja egal wenn ich die in der whatsapp gruppe von deinem jahrgang poste oder', 'dann ist es ja kein problem wenn ich die bilder leake'],
      ignore: ['dann ist es ja egal wenn ich das meme in die gruppe poste lol', 'ist es egal wenn ich die fotos vom ausflug poste?', 'ist es schlimm wenn ich das foto in die gruppe schicke? ok?'],
    },
  },
  {
    id: 'lands-with-them-doof-r12',
    phrases: [
      'ware|waere|war|waer|wars|waers|wurde|wuerde ..3 schade|bloed|blod|dumm|doof|peinlich|unangenehm|kacke|mies|ungut ..2 wenn|falls ..4 bei|an|in ..1 @poss ..1 @family|@audience ..2 landet|landen|ankommt|ankommen|auftaucht|auftauchen',
      '@media|das|es|die|sie ..2 taucht|tauchen|auftaucht|auftauchen ..3 in|bei|im ..1 @poss|eurer|eurem|deiner ..1 @audience|@family|klassengruppe|schulgruppe|gruppe|gruppenchat ..1 auf',
      'stell_dir_vor|was_wenn|wie_ware_es|wie_waere_es ..3 @media|das|es|die|sie ..3 taucht|tauchen|landet|landen ..4 @audience|@family|klassengruppe|schulgruppe|netz|internet',
    ],
    unless: ['paket|post|brief|rechnung|einladung|zeugnis|elternbrief|vom|von_der|ausflug|urlaub|klassenfahrt|party|geburtstag*|uberraschung*|ueberraschung*|geschenk*|meme*|spam', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wär doch echt doof wenn das bei deinen eltern landet', 'stell dir vor das video taucht in eurer schulgruppe auf', 'wäre blöd wenn die bilder bei deiner klasse ankommen'],
      ignore: ['wär doof wenn das paket bei deinen eltern landet', 'stell dir vor das meme taucht in der schulgruppe auf haha', 'wäre blöd wenn die einladung bei deiner mama landet'],
    },
  },
  {
    id: 'or-whole-school-knows-r12',
    phrases: [
      'sonst|oder|ansonsten ..1 weiss|weis|wissen|erfahrt|erfaehrt|erfahren|sieht|sehen|kriegt|kriegen ..2 es|das|alles|sie ..1 @poss ..1 ganze|ganzen|gesamte|gesamten ..1 schule|klasse|stufe|jahrgang|familie|follower|kontakte|verein|team|freundesliste',
      '@family ..3 freuen|staunen ..4 wenn ..2 sieht|sehen|liest|lesen|erfahrt|erfaehrt|erfahren ..2 was ..3 tochter|sohn|kind|kleine|kleiner|du ..3 treibt|treibst|schickst|verschickst',
    ],
    unless: ['zeugnis|note|noten|tor|sieg|gewonnen|pokal|urkunde|stolz|toll|referat|projekt|geschenk*|uberraschung*|ueberraschung*|gemalt|gebastelt|gekocht|gebacken|aufgeraumt|aufgeraeumt|hilfst|geholfen|lernt|gelernt|geschafft', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Ich will 150 Euro. Keine Diskussion. Sonst weiß es deine ganze Schule', 'dein vater wird sich freuen wenn er sieht was seine tochter so treibt', 'sonst erfährt es deine ganze familie'],
      ignore: ['deine mama wird sich freuen wenn sie sieht was du gebacken hast', 'beeil dich sonst weiß es die ganze klasse schon vor dir haha'],
    },
  },
  {
    id: 'tell-them-you-sent-r12',
    phrases: [
      'schreib|schreibe|erzahl|erzaehl|verrat|verrate ..2 @poss ..1 @family|@audience ..2 dass|das du ..3 mir ..3 nudes|nacktbild*|nacktfoto*|nacktpic*|nacktvideo* ..2 geschickt|gesendet|geschickt_hast',
      'ich sag|sage|sags @poss @family|@audience ..2 dass|das du ..3 mir ..3 nudes|nacktbild*|nacktfoto*|nacktpic*|nacktvideo* ..2 geschickt|gesendet|geschickt_hast',
    ],
    unless: ['gar_nix|gar_nichts|naturlich_nicht|natuerlich_nicht|niemals_sag|geburtstag*|karte|glueckwunsch*|gluckwunsch*|einladung|danke|dankeschon|dankeschoen|gruss*|gruesse|weihnacht*|ostern|urlaub|paket|geschenk*|uberraschung*|ueberraschung*|rechnung|trainer|lehrer*|schule_wegen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['ich schreib deinem freund dass du mir nudes geschickt hast und schick die fakes mit', 'ich sag deiner mama dass du mir nacktbilder geschickt hast'],
      ignore: ['sag deinem freund dass du mir die fotos geschickt hast, dann weiß er bescheid für das referat', 'ich sag deiner mama dass du mir nacktbilder geschickt hast? nein, ich sag ihr gar nix haha'],
    },
  },
  {
    id: 'post-from-me-r12',
    phrases: [
      '@poss @family|@audience ..1 kriegt|kriegen|bekommt|bekommen ..1 morgen|bald|heute|gleich|heut ..1 post|nachricht|eine_nachricht|ne_nachricht|besuch ..2 von mir',
    ],
    unless: ['geburtstag*|karte|glueckwunsch*|gluckwunsch*|einladung|danke|dankeschon|dankeschoen|gruss*|gruesse|weihnacht*|ostern|urlaub|paket|geschenk*|uberraschung*|ueberraschung*|rechnung|trainer|lehrer*|schule_wegen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['deine mum kriegt morgen post von mir 😘'],
      ignore: ['deine mama kriegt morgen post von mir, eine karte zum geburtstag', 'deine eltern bekommen morgen eine nachricht von mir wegen dem ausflug geschenk'],
    },
  },
  {
    id: 'send-to-all-contacts-r13',
    phrases: [
      'oder|sonst|ansonsten ..1 sende|schick*|send*|verschick*|post*|leak*|stell* ..4 an|zu|in alle|allen|jeden|ganze|ganzen ..2 kontakt|kontakte|kontakten|@audience|leute|leuten|gruppe|gruppen',
      'schick*|send*|verschick*|post*|leak*|weiterleit* ..1 @poss ..4 @media ..5 an|zu alle|allen ..2 kontakt|kontakte|kontakten|@audience',
      'oder|sonst i|ich ..1 stell*|tu|poste|post|lad* ..3 in|ins|auf die|den|das ..1 gruppe|klassengruppe|netz|internet|story|klassenchat',
    ],
    unless: ['hausaufgabe*|aufgabe*|einladung*|link|termin*|liste|datei|pdf|plan|stundenplan|rezept|umfrage|ergebnis*|meme*|geburtstag*|party|klassenfahrt|ausflug|urlaub', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Du zahlen 500 euro in bitcoin oder ich sende zu alle deine kontakt in instagram', 'kannst du wiederhaben. 150 euro oder ich schick deine privaten bilder aus der galerie an alle kontakte', 'oida i hab deine fotos. zahl 100 euro oder i stells in die gruppe', 'sonst schick ich das an alle deine follower'],
      ignore: ['schick mir die datei oder ich schick sie an alle in der gruppe', 'ich schick die einladung an alle kontakte', 'sonst stell ich die hausaufgaben in die gruppe'],
    },
  },
  {
    id: 'swiss-send-to-friends-r13',
    phrases: [
      'gond|gaht|goht|gahts|gohts|schick|schicke ..2 dini|deine|dii ..1 fotis|fotos|bilder|bildli|video|videos|nudes ..2 a|an|zu dini|deine|dii ..1 kollega|kollegen|kolleg*|frunde|fruende|famili|familie|eltere|eltern|@audience',
      'sunsch|suscht|susch ..4 fotis|fotos|bilder|bildli|video|videos|nudes ..3 kollega|kolleg*|frunde|famili|eltere|@audience',
    ],
    unless: ['ferie|ferien|usflug|ausflug|hochziit|hochzeit|geburtstag|party|fest'],
    examples: {
      match: ['schick 200 stutz per twint sunsch gönd dini fotis a dini kollegä', 'susch schick ich dini bilder a dini eltere'],
      ignore: ['schick mir dini fotis vom usflug'],
    },
  },
  {
    id: 'should-family-see-r13',
    phrases: [
      'soll|sollen @poss @family|@audience ..2 das|es|die|den|sie|dich ..2 sehen|sehn|bekommen|kriegen|lesen',
      'ob @poss @family|@audience ..3 das|es|den|die|sie|dich ..3 sehen|sieht|bekommen|kriegen|lesen ..1 soll|sollen|darf|wird',
      'frage ist ob @poss @family|@audience',
      'willst|mochtest|moechtest|wollen du|sie ..1 dass|das @poss @family|@audience ..4 sieht|sehen|bekommt|kriegt|erfahrt|erfaehrt|liest',
    ],
    unless: ['zeugnis|note|noten|zeichnung|bild_gemalt|gemalt|geschenk*|uberraschung*|ueberraschung*|kuchen|essen|film|serie|video_von_der|tor|auftritt|konzert|zimmer|unordnung|chaos|ergebnis|test|klausur|arbeit|hausaufgabe*'],
    examples: {
      match: ['egal woher. die frage ist ob deine mama das auch sehen soll', 'soll deine schule das sehen?', 'willst du wirklich dass deine eltern das sehen'],
      ignore: ['soll deine mama das zeugnis sehen oder nicht lol', 'willst du dass deine mama die zeichnung sieht? ist voll schön'],
    },
  },
  {
    id: 'upload-it-if-you-dont-r13',
    phrases: [
      'lad|lade|stell|stelle ..3 video|@media|das|es|alles|sie ..3 hoch|online|rein|ins_netz ..3 wenn|falls du ..1 nicht|nich|net|kein',
      'link|links|ordner|datei|dateien|drive|cloud ..1 geht|gehen|landet|landen|kommt ..2 an|in|bei|zu @poss ..1 ganze|ganzen|gesamte|komplette @audience|@family',
    ],
    unless: ['hausaufgabe*|aufgabe*|einladung*|zoom|meeting|umfrage|elternabend|klassenfahrt|infos|info|termin*|stundenplan|vertretungsplan|referat|projekt|praesentation|prasentation|playlist|fotos_vom|bilder_vom|video_vom|abi|abschluss|geburtstag|party', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich lade das video hoch wenn du nicht zahlst', 'der link geht an deine ganze klasse', 'ich stell alles online falls du nicht antwortest'],
      ignore: ['ich lade das video hoch wenn du nichts dagegen hast, vom geburtstag', 'der link geht an deine ganze klasse, wegen dem elternabend'],
    },
  },
  {
    id: 'or-everyone-gets-it-r14',
    phrases: [
      'oder|sonst|ansonsten ..5 @media|alles ..4 kriegt|kriegen|bekommt|bekommen|sieht|sehen ..2 jeder|alle|die_ganze|der_ganze|das_ganze|ganze|@audience|@family',
      'wenn du ..4 nicht|nich|ned|net ..6 bekommt|kriegt|sieht|sehen ..1 das|es|sie|die|alles ..2 ganze|ganzen|komplette|kompletten ..1 stufe|schule|klasse|jahrgang|klassengruppe|stufengruppe|familie|verein|server|instagram|internet|welt',
      'sonst|oder|ansonsten ..4 bekommt|kriegt|sieht|sehen ..1 das|es|sie|die|alles ..2 ganze|ganzen|komplette|kompletten ..1 stufe|schule|klasse|jahrgang|klassengruppe|stufengruppe|familie|verein|server|instagram|internet|welt',
    ],
    unless: ['arbeitsblatt|kopie|kopien|hausaufgabe*|ergebnis*|note|noten|einladung*|kuchen|pizza|geschenk*|zeugnis|klassenfoto|gruppenfoto|jahrbuch|abizeitung|rundmail|elternbrief', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['schick mir 10k robux oder die screenshots von unserem chat kriegt jeder auf dem server', 'wenn du mir nicht antwortest bekommt das die ganze stufe', 'zahl oder das video sehen alle deine follower'],
      ignore: ['wenn ihr fertig seid bekommt das arbeitsblatt die ganze klasse', 'wenn du das postest sieht es die ganze schule, überleg dir das', 'ein klick und das video ist online, endlich hab ichs geschnitten', 'beeil dich oder die pizza kriegt jeder außer dir lol', 'wenn das gruppenfoto fertig ist bekommt es die ganze klasse'],
    },
  },
  {
    id: 'upload-with-your-name-r14',
    phrases: [
      'mit ..1 @poss ..1 vollen ..1 namen|name|vornamen|nachnamen|handle|nummer|adresse|schule ..3 hoch|hochladen|online|rein|posten|poste|veroffentlich*|veroeffentlich*|verbreit*',
      'mit ..1 @poss ..1 namen|name|vornamen|nachnamen|handle|nummer|adresse|schule ..3 hoch|hochladen|online|rein|posten|poste|veroffentlich*|veroeffentlich*|verbreit*',
      'wennst|wenn_du ..1 ned|nicht|net|nit|nich ..1 zahlst|zahlen|zoist|zohlst|bezahlst|uberweist|ueberweist ..4 stell|stelle|lad|lade|poste|post|schick|schicke|geht|gehts ..4 netz|internet|online|instagram|alle|rum|herum|umanand',
      'oder|sonst|ansonsten ich ..2 veroffentlich*|veroeffentlich*|poste|posten|verbreit*|leak*|teile|teilen|hochlad*|lade ..3 uberall|ueberall|online|im_netz|ins_netz|im_internet|ins_internet|alle|alles',
    ],
    unless: ['meme*|rezept|rezension|bewertung|anmeldung|formular|bewerbung|steckbrief|klassenliste|teilnehmerliste|zeugnis|urkunde|gewinner*|highscore|rangliste|blog|playlist|song|lied', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['500€ in bitcoin an diese adresse oder ich lad das auf youtube mit deinem namen hoch', 'oida i hab die fotos no vo dir, wennst ned zahlst stell i s ins netz', 'Zahl 150€ mit PayPal oder ich veröffentlichen überall!!!', 'wenn du nicht zahlst geht alles online'],
      ignore: ['lad das foto mit deinem namen hoch für die anmeldung', 'sonst poste ich das meme überall lol', 'ich veröffentliche alles morgen auf meinem blog'],
    },
  },
  {
    id: 'otherwise-family-informed-r14',
    phrases: [
      'zahl*|uberweis*|ueberweis*|entricht*|bezahl*|uberwies*|gebuhr|gebuehr ..6 andernfalls|ansonsten|anderenfalls|sonst ..3 werden|wird ..2 @poss ..1 @family|schule|arbeitgeber|kontakte|freunde|chef ..4 informiert|benachrichtigt|kontaktiert|in_kenntnis',
    ],
    unless: ['mahnung|inkasso|schulgeld|klassenfahrt|klassenkasse|elternabend|mitgliedsbeitrag|verein|fehlstunde*|fehlzeit*|unentschuldigt*|fehlen|bibliothek|bucherei|buecherei|ausleihe', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Um ein Strafverfahren zu vermeiden, ist eine Verwarnungsgebühr von 450 € per Paysafecard zu entrichten. Andernfalls werden Ihre Eltern und Ihre Schule informiert.', 'überweise 200 euro, sonst werden deine eltern informiert'],
      ignore: ['bitte das geld für die klassenfahrt überweisen, andernfalls werden deine eltern informiert', 'Bei unentschuldigtem Fehlen bitte die Gebühr zahlen, sonst werden deine Eltern informiert'],
    },
  },
  {
    id: 'family-would-love-to-read-r14',
    phrases: [
      '@poss @family|freunde|freundin|freund|lehrer*|klasse|follower* ..2 wurden|wuerden|wurde|wuerde|werden|wird ..3 freuen|wundern ..3 die|das|diese|sowas|so_was|es ..2 zu ..1 lesen|sehen|hoeren|horen',
      'privat ..4 ein|1|nur_ein ..1 klick ..3 und ..3 ist|sind|geht|gehen ..2 offentlich|oeffentlich|online|raus|viral|draussen',
      '@poss ..1 @media|video ..6 ein|1|nur_ein ..1 klick ..3 und ..3 ist|sind|geht|gehen ..2 offentlich|oeffentlich|online|raus|viral|draussen',
    ],
    unless: ['dich|euch|zeugnis|note|noten|besuch|anruf|karte|brief|bild_von_dir_im|kleid|gemalt|gebastelt|website|seite|shop|blog|kanal|channel|podcast|song|lied|playlist|bewerbung|fertig', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab alle deine chats gespeichert, die sexy sachen die du geschrieben hast. deine eltern würden sich freuen die zu lesen 🙃', 'dein video ist schon hochgeladen, nur noch privat. ein klick und es ist öffentlich', 'deine freundin würde sich wundern das zu sehen'],
      ignore: ['deine oma würde sich freuen dich zu sehen', 'deine mama würde sich freuen das zeugnis zu sehen', 'ein klick und die website ist online, endlich fertig'],
    },
  },
  {
    id: 'shame-if-it-lands-r14',
    phrases: [
      'ware|waere|wars|waers|wurde|wuerde|war ..2 blod|bloed|dumm|peinlich|unangenehm|ungunstig|unguenstig|doof ..3 wenn ..6 landet|landen|rumgeht|rumgehen|auftaucht|auftauchen|rumgeschickt|gepostet|geleakt',
      'oder|sonst|ansonsten ..3 kommt|kommen|landet|landen ..2 in|auf ..1 meine|meiner|deine|deiner|die|den|das|eure|eurer ..1 story|storys|feed|status|klassengruppe|schulgruppe|stufengruppe|klassenchat|stufenchat|gruppe',
    ],
    unless: ['gerucht*|geruecht*|gerede|klatsch|tratsch|wetter|regen|note|noten|zeugnis|test|klausur|zimmer|unordnung|chaos|kuchen|geschenk*|uberraschung*|ueberraschung*|party|geburtstag|meme*|rezept|spoiler*|hausaufgabe*|termin|einladung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['kleine erinnerung: ich hab immer noch das video vom call. wäre blöd wenn das in der schulgruppe landet, also antworte', 'hab screenrecord vom facetime gemacht. entweder 50€ per paypal oder es kommt in meine story', 'wär doch peinlich wenn die bilder bei deinen eltern landen'],
      ignore: ['wär blöd wenn die einladung in der klassengruppe landet, die soll geheim bleiben', 'schick das foto vom kuchen oder es kommt in meine story lol', 'wäre blöd wenn das zeugnis bei mama landet', 'wäre blöd wenn das gerücht rumgeht'],
    },
  },
  {
    id: 'or-it-goes-out-r15',
    phrases: [
      'dann|sonst|oder|ansonsten|andernfalls ..1 geht|gehen|gehts|kommt|kommen|landet|landen ..2 @media|nacktbild*|nacktfoto*|nudes ..1 raus|online|rum|herum|viral',
      'oder|sonst|ansonsten|andernfalls ..4 @media|nacktbild*|nacktfoto*|nudes ..4 gehen|geht|landen|landet|wandern|kommen ..1 rum|herum|raus|online|viral|im_netz|im_internet|ins_netz|ins_internet|auf_pornhub',
      '# minuten|min|stunden|std|sekunden ..2 geht|gehen|gehts|landet|landen|kommt ..2 @media|nacktbild*|nacktfoto*|nudes ..1 raus|online|rum|herum',
      'ich kann|konnte|koennte ..4 jederzeit|wann_ich_will|wann_immer_ich_will ..3 in|an|auf @poss|eure|euren|eurem ..1 @audience|gruppe|gruppenchat ..1 stellen|posten|schicken|teilen|senden|leaken',
      'sonst|oder|ansonsten|andernfalls ..1 [alles|das|es|sie] [sofort|direkt|gleich] online|ins_netz|ins_internet ..1 [sofort|direkt|gleich|heute]',
      'sonst|oder|ansonsten|andernfalls geht|gehts|gehen|landet|landen|kommt [s|es|das|alles|sie|die] an|in|zu|bei @poss|eure ..1 @audience|@family|gruppe|gruppen|gruppenchat|klassen_gruppe',
      'sonst|oder|ansonsten|andernfalls ist|sind|landet|landen|kommt [s|es|das|sie|alles] auf|in [meiner|meine|meinem|der|die|deiner] [instagram|snapchat|tiktok] story|storys|status|feed',
    ],
    unless: ['schaut|guckt|abonniert|abonnieren|premiere|livestream|stream|kanal|channel|reinschauen|meme*|rezept|paket|brief|bestell*|kauf*|shop*|termin|unterricht|kurs|anmeld*|buch*|einladung|newsletter|zeugnis|hausaufgabe*|referat|spiel|runde|zocken|urlaub*|ausflug|kuchen|essen|geschenk*|uberraschung*|ueberraschung*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|film|serie|thriller|krimi|folge'],
    examples: {
      match: ['in 15 minuten geht dein video raus', 'zahl oder die pics landen im netz', 'ich kann das jederzeit in eure klassengruppe stellen', '20 min. dann geht das video raus. tick tack', 'entweder schickst du mir mehr oder die pics die ich hab gehen rum', 'Kein Polizei sonst online sofort', 'wenn du mir bis heut abend 100 schickst bleibt das unter uns, sonst gehts an deine klassen gruppe', 'anna du hast bis 8 sonst ist es auf insta story', 'zahl oder die videos landen online'],
      ignore: ['in 10 minuten geht das video online, schaut alle rein!', 'in 15 minuten geht der bus, alles raus aus dem haus', 'ich kann dir jederzeit die hausaufgaben in die gruppe schicken', 'bestell bis morgen, sonst online ist es teurer', 'schick das foto vom kuchen oder es landet auf meiner story lol', 'dann geht das paket raus', 'sonst geht die einladung an deine klasse zu spät raus', 'im film sagt der erpresser oder die videos gehen online'],
    },
  },
  {
    id: 'who-wants-to-see-it-r15',
    phrases: [
      'soll ich ..3 schauen|gucken|kucken|fragen|rausfinden|testen wer ..3 das|die|es|alles|@media ..3 sehen|haben|bekommen|lesen ..1 will|mochte|moechte|wurde|wuerde',
      'mal schauen|gucken|sehen|kucken ..3 was @poss @family|@audience ..3 dazu|davon|zu_deinen|zu_den ..2 sagen|sagt|meint|meinen|denkt|denken',
      'mal schauen|gucken|sehen|kucken ..3 wie @poss @family|@audience ..3 reagiert|reagieren|findet|finden',
      'wenn du nicht willst|mochtest|moechtest ..2 dass|das ..4 in|an|bei ..1 andere|weitere|mehr|alle|noch_mehr gruppen|gruppe|chats|leute ..2 geht|gehen|kommt|landet|landen',
      'oder|sonst|dann ich ..1 tagge|tag|markiere|markier|verlinke|verlink ..2 @poss @family|@audience',
      'alle ..1 dein|deine|deinen ..1 @audience|@family|freund|kontakt ..4 bekomm*|krieg*|seh* ..2 das|es|video|alles ..3 wenn|falls du nicht|kein',
      'sonst|oder|dann ..1 sieht|siehts|sehen|kriegt|kriegts|bekommt|bekommts [s|es|das|sie|alles] @poss [ganze|ganzer|ganzen|komplette|kompletter] @family|@audience',
    ],
    unless: ['einladung|party|geburtstag|hochzeit|urlaub*|ausflug|zeugnis|referat|gemalt|gebastelt|kuchen|rezept|song|lied|auftritt|tanz|turnier|tor|spiel|post_gleich|ergebnis*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|film|serie|thriller|krimi|folge'],
    examples: {
      match: ['kommst du zurück oder soll ich mal schauen wer das alles sehen will', 'deine nudes sind echt schön geworden 😂 mal schauen was deine follower dazu sagen', '@anna wenn du nicht willst dass das noch in andere gruppen geht schick mir 50 auf paypal', '200 via apple karten oder ich tagge deine freunde', 'alle dein freund von facebook bekomm das wenn du nicht zahl 2000 Euro', 'zahl die 100 über twint, sonst siehts dein ganzer verein'],
      ignore: ['mal schauen was deine eltern zu dem zeugnis sagen haha', 'ich tagge deine freunde im geburtstagspost', 'soll ich mal schauen wer die einladung noch haben will', 'alle deine freunde bekommen das auch, ist ne einladung', 'mal schauen wie deine freunde das spiel finden'],
    },
  },
  {
    id: 'then-i-post-it-in-the-server-r15',
    phrases: [
      'dann|sonst|oder|ansonsten ..3 ich ..2 poste|post|stell|lad|leak|leake|teile|teil|schick ..3 [erste|ersten|letzte|letzten|neue] @media ..3 im|ins|in|auf|bei ..2 @app|discord|server|gruppe|gruppenchat|story|kanal|channel',
    ],
    unless: ['meme*|rezept|kuchen|essen|urlaub*|ausflug|hochzeit|geburtstag*|turnier|spiel|match|sieg|screenshot_vom_sieg|highscore|build|skin|karte|map|clip_vom|ergebnis*|einladung|ohne_dich|gruppenbild|gruppenfoto|beeil*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|film|serie|thriller|krimi|folge'],
    examples: {
      match: ['dann kick ich dich und poste das erste pic im discord, alle kennen dich da', 'oder ich stell die bilder in die gruppe', 'oder ich poste das video auf snapchat'],
      ignore: ['dann poste ich das bild vom build im discord', 'beeil dich sonst poste ich das gruppenbild ohne dich in die gruppe', 'dann poste ich den clip vom match im discord haha'],
    },
  },
  {
    id: 'dialect-and-dative-send-r15',
    phrases: [
      'oder|sonst|ansonsten i|ich ..1 schicks|verschicks|schick_s|posts|leaks|stells|zeigs ..1 weiter|rum|herum|rein|online|ins_netz',
      'willst|wuist|willste|mochtest|moechtest ..1 [du] dass|das die|deine ganze|ganzen|gsamte schul|schule|klass|klasse|stufe|stadt|familie|verwandtschaft ..2 sieht|sehen|siagt|siecht|erfahrt|erfaehrt|mitkriegt',
      'wenn|falls du ..1 nicht|mich|kein|keine ..4 schick|schicke|zeig|zeige|sende|leite ich ..2 das|es|die|sie|alles|@media ..2 @poss @family|@audience',
      'sonst|oder|andernfalls|ansonsten schick|schicke|zeig|zeige|sende|leite ich ..2 das|es|die|sie|alles|@media ..2 @poss @family|@audience',
      '@poss @family|@audience ..1 wurden|wuerden|wurde|wuerde ..2 staunen|gucken|kucken|schauen|lachen|sich_wundern|blod_schauen|bloed_schauen ..3 was|wie du ..4 kamera|cam|machst|gemacht|treibst|getrieben|geschickt',
      '@poss @family|@audience ..2 hat|haben|ist|sind ..2 doch|auch|ja ..1 @app|facebook|instagram|whatsapp|tiktok ..6 schade|blod|bloed|peinlich|dumm',
    ],
    unless: ['nie_postet|postet_nie|nie_was|nie_online|geburtstag*|einladung|rezept|kuchen|hausaufgabe*|referat|zeugnis|urlaub*|ausflug|hochzeit|auftritt|anmelden|anmeldung|talent|show|turnier|spiel|gruss*|gruesse|foto_vom|bilder_vom|wollte|wolltest|gefragt|vermisst', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|film|serie|thriller|krimi|folge'],
    examples: {
      match: ['i hob a video vo dir, zoi 100 oder i schicks weiter', 'heast i hab die fotos no, willst das die ganze schul sieht?', 'wenn du nicht antwortest schick ich das deinem vater aufs handy', 'sonst schick ich die bilder deiner mutter', 'deine freunde würden staunen was du so machst vor der kamera', 'deine mutter hat doch facebook oder? wäre doch schade'],
      ignore: ['wenn du nicht kommst schick ich das foto deiner oma, sie hat gefragt', 'sonst schick ich das rezept deiner mama', 'deine freunde würden staunen was du beim auftritt machst', 'deine mutter hat doch facebook oder? schade dass sie nie postet haha', 'willst du dass die ganze schule sieht wie du tanzt? dann meld dich zur talent show an'],
    },
  },
  {
    id: 'swiss-austrian-lands-r16',
    phrases: [
      'susch|sunscht|sonscht|suscht|sonst|oder|sunst ..3 landed|landet|landen|gaht|goht|gahn|gohn ..2 dini|dine|dis|dini_ganze|dei|deine @media|fotene|fotis|videos|buidl|buidln',
      'sonst|oder|sunst|susch|sunscht ..2 kriagt|kriagn|griagt|griagn|kriagts|bechunnt|bechunt|gseht|gsehnd ..2 dei|deine|dini|dine|dis ..2 ganze|gonze|ganzi [@family|@audience|schui|schul|klass|klassn] ..3 de|die|d|alles|@media|buidl|buidln|fotos|videos',
      'kriagt|kriagn|griagt|griagn|bechunnt|bechunt ..4 de|die|d ..1 @media|buidl|buidln|fotene',
      'kriagt|kriagn|griagt|griagn|gseht|gsehnd|gsiet|bechunnt|bechunt ..1 dei|deine|dini|dine ..1 [ganze|gonze|ganzi] @family|@audience|schui|klass|klassn ..2 ois|olles|alls|alles|@media|buidl|buidln',
      'oder|sonst|susch|sunscht|sunst ..1 dei|deine|dini|dine ..1 [ganze|gonze|ganzi] @family|@audience|schui|klass ..1 kriagt|griagt|gseht|gsehnd|bechunnt|siecht|siacht ..2 ois|olles|alls|alles|@media|buidl|buidln',
    ],
    unless: ['vom|von_der|ausflug|urlaub|klassenfahrt|party|geburtstag*|hochzeit|einladung|zeugnis|rezept|meme*|fotograf*|jahrbuch', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['i hob di videos no, wennst ned zahlst kriagt dei mama ois', 'zahl oder dini mami gseht alles', 'Schick mer 300 Stutz per Twint, susch landed dini Fotos uf Insta', 'zahl bis heit, sonst kriagt dei ganze Schui de Videos', 'sunscht gseht dini ganzi klass d videos', 'oder dei mama kriagt de buidl'],
      ignore: ['sonst kriagt dei oma de fotos vom urlaub ned', 'susch landed dini fotos vom ausflug nöd im jahrbuch', 'kriagt ihr de fotos vom geburtstag?'],
    },
  },
  {
    id: 'before-i-post-r16',
    phrases: [
      'bevor|ehe ich ..3 was|etwas|es|das|die|sie|alles|@media ..2 poste|leake|hochlade|rumschicke|verschicke|veroffentliche|veroeffentliche|online_stelle',
      '@poss @audience|@family ..2 wurden|wuerden|werden ..2 sich freuen|wundern|staunen ..4 was ich ..4 von_dir ..2 hab|habe|hab_ich|gespeichert',
    ],
    unless: ['vom|von_der|ausflug|urlaub|klassenfahrt|party|geburtstag*|hochzeit|einladung|gruppenfoto|klassenfoto|rezept|meme*|gewinnspiel|abstimmung|erlaubnis|einverstanden|okay_ist|ok_ist|fragen|frag|frage|versprochen|versprech*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['deine follower wuerden sich bestimmt freuen was ich hier so von dir hab, meld dich bevor ich was poste', 'meld dich bevor ich die hochlade', 'deine eltern würden sich wundern was ich alles von dir hab'],
      ignore: ['sag bescheid bevor ich die fotos vom ausflug poste', 'ich frag dich bevor ich was poste, versprochen', 'deine freunde würden sich freuen wenn du kommst'],
    },
  },
  {
    id: 'or-it-goes-to-group-r16',
    phrases: [
      'sonst|oder|ansonsten|andernfalls gehts|geht_s|gehen_sie|geht_das|landets|landet_das ..2 in|an|zu|bei ..1 die|den|@poss|deine|alle ..1 @audience|@family|gruppe|klassengruppe|stufengruppe',
      'sonst|oder|ansonsten|andernfalls ich ..1 sende|schicke|schick|send|poste|zeige ..2 zu|an|fur|fuer ..1 [deine|ihre|alle|allen] familie|freunde|eltern|kontakte|kontakt|follower',
      'andernfalls|ansonsten|sonst werden ..3 @media ..4 an|zu ..1 samtliche|saemtliche|alle|ihre|deine ..3 kontakte|@audience|@family|adressbuch ..3 versendet|verschickt|gesendet|geschickt|weitergeleitet|veroffentlicht|veroeffentlicht',
      'andernfalls|ansonsten|sonst werden ..4 @media ..3 offentlich|oeffentlich ..1 gemacht|gestellt|geteilt',
      'ich ..6 schicke|schick|sende|send ..1 an|zu ..1 alle|allen ..1 deine|deinen|ihre ..1 kontakt|kontakte|kontakten|freunde|follower',
    ],
    unless: ['ohne_dich|beeil*|warte|wartet|vom|von_der|ausflug|klassenfahrt|urlaub|konzert|party|geburtstag*|einladung|hausaufgabe*|referat|infos|info|termin*|gruppenfoto|klassenfoto|jahrbuch|fotograf*|schulfoto*|zeugnis|rezept|meme*|lied|song|playlist|elternbrief|newsletter|umfrage|weihnacht*|gruss*|gruesse|link', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['500 bis morgen 18 uhr sonst gehts in die stufengruppe und an deine eltern', 'SONST ICH SENDE ZU FAMILIE UND FREUNDE', 'Andernfalls werden die Aufnahmen an saemtliche Kontakte aus Ihrem Adressbuch versendet', 'andernfalls werden Ihre privaten Nachrichten und Fotos oeffentlich gemacht', 'ich mache nackt bild mit KI und schicke an alle deine kontakt'],
      ignore: ['beeil dich sonst gehts ohne dich in die gruppe', 'sonst schick ich die fotos vom ausflug an deine eltern', 'andernfalls werden die Infos an alle Eltern versendet', 'ich schick die einladung an alle deine freunde'],
    },
  },
  {
    id: 'goes-viral-unless-r16',
    phrases: [
      '@media|alles|es|das ..2 geht|gehen|wird|werden|landet ..1 viral ..3 wenn|falls|sonst|solange|bis',
      'sonst|oder|ansonsten ..2 geht|gehen|wird|werden ..2 @media|alles|es|das ..1 viral',
      '@poss @family|@audience ..1 kriegen|kriegt|bekommen|bekommt ..1 post|besuch|nachrichten|ne_nachricht|eine_nachricht ..1 von mir ..3 wenn|falls|sonst|bis',
    ],
    unless: ['hashtag*|wir_posten|posten_wir|wenn_wir|unser|unsere|unseren|unserem|tanz*|dance|challenge|trend|song|lied|meme*|rezept|kanal|abonn*|likes|follower_zahl|reichweite|algorithmus|haare|gesang|talent|auftritt|geburtstag*|weihnacht*|gruss*|gruesse|karte|postkarte|urlaub', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['das video geht viral wenn du nicht machst was ich sag', 'sonst geht das video viral', 'deine eltern kriegen post von mir wenn du nicht antwortest'],
      ignore: ['die bilder gehen viral wenn wir den richtigen hashtag nehmen', 'dein tanz video geht viral wenn du den song nimmst', 'deine oma kriegt post von mir aus dem urlaub wenn ich da bin'],
    },
  },
  {
    id: 'put-where-everyone-sees-r16',
    phrases: [
      'ich ..3 stell*|lad*|pack*|post*|setz* ..3 @media|sie|die|das|es ..4 wo|damit ..2 jeder|alle|die_ganze_welt ..2 sieht|sehen|sie_sieht|sie_sehen',
      '@poss @family|@audience ..3 auf|bei @app|facebook|instagram|tiktok|whatsapp ..4 wurde|wuerde|wurden|wuerden ..1 sich ..1 wundern|freuen|erschrecken',
    ],
    unless: ['vom|von_der|ausflug|urlaub|klassenfahrt|party|geburtstag*|hochzeit|einladung|gruppenfoto|klassenfoto|rezept|meme*|kunst|zeichnung*|gemalt|fotograf*|portfolio|ausstellung|stolz|toll|schon|schoen|so_schon|gluckwunsch*|glueckwunsch*|tanz*|auftritt|verkauf*|vinted|kleinanzeigen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['ich stell die bilder auf ne seite wo jeder sie sieht', 'deine schwester ist auch auf insta oder? die würde sich wundern'],
      ignore: ['ich stell die fotos vom ausflug auf die seite wo jeder sie sieht', 'deine oma ist auf facebook? die würde sich freuen über die geburtstagsfotos'],
    },
  },
  {
    id: 'passed-on-upload-swiss-r17',
    phrases: [
      'werden|wird @poss @media|nachrichten|chats|daten ..6 weitergegeben|weitergeleitet|verschickt|versendet|veroffentlicht|veroeffentlicht|gepostet|geleakt|verbreitet',
      'werden|wird @poss @media ..1 an|zu|in ..6 weitergegeben|weitergeleitet|verschickt|versendet|veroffentlicht|veroeffentlicht|gepostet|geleakt|verbreitet',
      '@poss @media|nachrichten|chats werden|wird ..6 weitergegeben|weitergeleitet|verschickt|versendet|veroffentlicht|veroeffentlicht|gepostet|geleakt|verbreitet',
      'oder|sonst ich ..1 lad|lade|stell|stelle ..3 hoch|online|ins_netz|ins_internet',
      '@media|nudes|namen ..4 seite|forum|netz|internet|website|plattform|gruppe wo ..1 jeder|alle ..2 sie|es|das|dich|die ..1 findet|finden|sieht|sehen',
      'stell|stelle|lad|lade|pack|packe|setz|setze ich ..6 seite|forum|netz|internet|website|plattform|gruppe wo ..1 jeder|alle ..2 sie|es|das|dich|die ..1 findet|finden|sieht|sehen',
      'gseht|gsehnd|gsehd|gseh|xeht ..2 dini|diini|dis|din ..4 foteli|fotene|fotis|bilder|videos|video|nudes|nacktbilder|nacktfotos',
    ],
    unless: ['cloud|drive|ordner|album|moodle|schulcloud|iserv|padlet|klassenchat|hausaufgabe*|referat|projekt|rezept|meme*|zeugnis|vom_ausflug|von_der_feier|geburtstag*|gruppenfoto|gruppenbild', 'datenschutz|einwilligung|einverstanden|bitte_melden|tater|taeter|erpresser|artikel|bericht|doku|masche|spam|polizei'],
    examples: {
      match: ['Wenn Sie nicht kooperieren, werden Ihre Bilder an die in Ihrem Profil verknüpften Personen weitergegeben.', 'mach jetzt die kamera an oder ich lad es hoch', 'sonst stell ich deinen Namen und die Bilder auf eine Seite wo jeder sie findet', 'süscht gseht dini ganzi klass d föteli', 'deine videos werden morgen an alle weitergeleitet'],
      ignore: ['ich lad die fotos vom ausflug hoch, oder ich stell sie in die cloud', 'deine fotos werden nur mit einwilligung veröffentlicht', 'ich stell das rezept auf die seite wo jeder es findet'],
    },
  },
  {
    id: 'then-they-know-what-you-sent-r18',
    phrases: [
      "dann|bald|sonst|morgen ..3 weiss|wissen|sieht|sehen|erfahrt|erfaehrt|erfahren|kriegt|kriegen|bekommt|bekommen ..3 @family|@audience|jeder|alle|jede ..4 was du ..3 geschickt|gesendet|geschrieben|gemacht|verschickt",
      "sonst|dann|bald|morgen ..2 weiss|wissen|erfahrt|erfaehrt|sieht jeder|alle|jede|ganz ..4 was du fur|fuer ein|einer|eine bist",
      "zeig|zeige|schick|schicke i|ich ..1 allen|olln|olle|alle ..3 was|wos|wie du ..3 geschickt|gschickt|gesendet|verschickt",
      "nicht ..2 verhindern ..4 @media|dateien|aufnahmen|inhalte ..4 landen|auftauchen|veroffentlicht|veroeffentlicht|online|verbreitet|erscheinen",
      "ohne zahlung|bezahlung|geld ..6 @media|dateien|aufnahmen|videos ..2 gehen|landen|kommen ..2 online|raus|ins_netz|ins_internet",
      "nichtzahlung|zahlungsverzug|nicht_zahlen|nicht_bezahlen ..4 @family|@audience|arbeitgeber ..5 informiert|benachrichtigt|kontaktiert|verstandigt|verstaendigt|angeschrieben",
      "oder|sonst ich ..2 mach|mache|stell|stelle|lad|lade ..2 @media|video|videos ..3 auf|in|ins youtube|pornhub|internet|netz|facebook|insta|instagram|tiktok|xhamster",
    ],
    unless: ["geburtstag*|weihnacht*|haha*|lol|xd|liebt|freut|ehrenmann|ehrenfrau|legende|held", "tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|vortrag|aula", "meme*|witz|rezept|kuchen|gebacken|gemalt|zeichnung|geschenk*|ausflug|klassenfahrt|schulseite|homepage|tutorial|erklarvideo|erklaervideo"],
    examples: {
      match: ["ok. dann weiß bald auch dein vater was du mir so geschickt hast", "Sonst weiß jeder in deiner Schule was du für einer bist", "letzte chance, sonst zeig i allen wos du ma gestern gschickt hast", "Ohne Zahlung innerhalb von 24 Stunden können wir nicht verhindern, dass die Aufnahmen auf weiteren Seiten landen.", "Ohne Zahlung wird die Löschung abgebrochen und die Bilder gehen online.", "Bei Nichtzahlung werden Ihre Eltern und Ihre Schule informiert.", "du zahlen 300 euro oder ich mach video auf youtube und schick zu deine freunde", "morgen sieht deine ganze klasse was du mir geschickt hast"],
      ignore: ["dann weiß bald auch deine mama was du mir zum geburtstag geschickt hast 😂 sie liebt es", "sonst weiß jeder was du für einer bist, ein ehrenmann 😂", "mama weiß schon was du mir zum geburtstag geschickt hast, sie fand es süß", "ich zeig allen was du gebacken hast, sieht mega aus", "die fotos vom ausflug gehen morgen online auf die schulseite", "wir können leider nicht verhindern, dass der Termin verschoben wird", "soll ich es dir erklären oder ich mach ein tutorial video auf youtube?"],
    },
  },
  {
    id: 'swiss-otherwise-they-go-to-r18',
    phrases: [
      "susch|suscht|susht|sonst ..2 gond|gand|gahts|gaht|gehn|gonds ..3 a|an|zu dini|diini|dis|din ..2 schuel|klass|eltere|familie|frunde|fruende|kollege|lehrer|follower",
    ],
    unless: ["fest|kino|party|apero|znacht|zmittag|feier"],
    examples: {
      match: ["schick mer 200 stutz per twint, susch gönd die a dini ganzi schuel", "suscht gahts a dini eltere"],
      ignore: ["susch gömmer halt morn is kino", "sonst gehen wir zu deiner schule zum fest"],
    },
  },
  {
    id: 'group-chat-third-party-r18',
    phrases: [
      "@media|bilder|fotos|videos ..3 kommen|landen|gehen ..4 in|ins die|den|diese ..1 gruppe|chat|klassenchat|gc|gruppenchat ..4 wenn|falls|sofern ..3 nicht",
      "soll|sollen ich|wir ..1 euch|allen ..1 zeigen|schicken|posten ..2 was ..3 geschickt|gesendet ..6 bis|zeit|antwortet|meldet",
    ],
    unless: ["tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|vortrag|aula", "ausflug|klassenfahrt|geburtstag|party|feier|vergess*|spiel|turnier|konzert"],
    examples: {
      match: ["@alle hier die bilder von sarah kommen heute abend in die gruppe wenn sie mir nicht antwortet", "leute soll ich euch zeigen was mir jonas geschickt hat? 😂 er hat bis 8 zeit"],
      ignore: ["die bilder vom ausflug kommen heute in die gruppe, wenn ich nicht vergesse", "soll ich euch zeigen was mir oma geschickt hat? 😂"],
    },
  },
  {
    id: 'send-or-i-send-r18',
    phrases: [
      "schick|zahl|zahlst|schickst ..1 oder ich ..1 schick|schicke|poste|leak|leake|verschick|verschicke|verbreite|zeig|zeige",
      "du hast # ..1 min|minuten|stunden|std|h ..3 danach|dann ..1 gehts|geht|gehen ..2 raus|online|rum|viral",
    ],
    unless: ['hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', "hausaufgabe*|zuerst|erst|losung*|loesung*|aufgabe*|notizen|zusammenfassung", "spielen|spazieren|hund|garten|auto|pause|hof|sport|egal_wer|ich_zahl_nachstes|essen|rechnung|kasse"],
    examples: {
      match: ["schick oder ich schick. deine wahl", "du hast 15 min. danach gehts raus"],
      ignore: ["schick oder ich schick die hausaufgaben zuerst?", "du hast 15 min, dann gehts raus zum spielen", "zahl oder ich zahl, egal wer"],
    },
  },
  {
    id: 'shame-if-they-find-media-r19',
    phrases: [
      'schade|blod|bloed|peinlich|dumm|doof|ungunstig|unguenstig ..1 wenn|falls ..3 @family|@audience ..2 @media|nacktbild*|nacktfoto*|nudes ..6 sieht|sehen|findet|finden|entdeckt|entdecken|bekommt|bekommen|kriegt|kriegen|liest|lesen|zu_gesicht',
      'schade|blod|bloed|peinlich|dumm|doof ..1 wenn|falls ..3 @media|nacktbild*|nacktfoto*|nudes ..4 zufallig|zufaellig|plotzlich|ploetzlich|irgendwie ..4 bei|an|auf ..2 @family|@audience ..2 landen|landet|auftauchen|auftaucht|ankommen|ankommt|handy',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|zeugnis|note|noten|urlaub*|vom|von_der|von_dem|ausflug|klassenfahrt|kinderfoto*|babyfoto*|kindergarten|als_du_klein|party|geburtstag*|zimmer|tattoo|piercing', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wär schon schade wenn deine mama die bilder zufällig auf ihrem handy findet 😇', 'wär blöd wenn dein vater die videos irgendwo im netz entdeckt', 'schade wenn die nudes zufällig bei deinen freunden landen'],
      ignore: ['wär schade wenn deine mama die fotos vom urlaub nicht findet', 'wär peinlich wenn deine mama die bilder vom kindergarten findet', 'wär schade wenn deine oma das geschenk findet'],
    },
  },
  {
    id: 'they-will-enjoy-your-video-r19',
    phrases: [
      '@family|@audience ..3 wird|werden|wurde|wuerde|wurden|wuerden ..4 freuen|wundern|staunen ..4 wenn ..3 @poss video|videos|vid|vids|clip|nacktbild*|nacktfoto*|nacktvideo*|nudes|bilder|fotos|pics ..3 sieht|sehen|bekommt|bekommen|kriegt|kriegen',
    ],
    unless: ['tor|tore|spiel|training|tanz*|auftritt|konzert|gewonnen|sieg|turnier|wettkampf|bewerbung|kurs|referat|projekt|talent|toll|stolz|urlaub*|vom|von_der|von_dem|hochzeit|geburtstag*|abschluss|zeugnis', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['dein chef beim dm wird sich freuen wenn er dein video sieht. willst du den job echt verlieren?', 'deine trainerin wird sich wundern wenn sie deine nudes bekommt', 'dein chef wird staunen wenn er deine videos sieht'],
      ignore: ['dein trainer wird sich freuen wenn er dein video vom tor sieht', 'deine oma wird sich freuen wenn sie die fotos vom urlaub sieht'],
    },
  },
  {
    id: 'show-it-to-church-or-work-r19',
    phrases: [
      'soll|sollen|soll_ich ich|wir ..3 @media|nacktbild*|nudes|das|die|alles ..3 @poss|dem|der|den ..1 pfarrer|pastor|priester|gemeinde|kirchengemeinde|firmgruppe|konfigruppe|konfirmand*|jugendgruppe|messdiener*|ministrant*|pfadi|pfadfinder*|chor|chef|chefin|ausbilder*|kollegen|trainer|trainerin ..4 zeigen|schicken|vorlesen|weiterleiten|geben|zeig|schick',
      'oder|sonst|ansonsten ..1 @poss ..1 @audience|@family|pfarrer|pastor|gemeinde|jugendgruppe|firmgruppe|konfigruppe|ausbilder*|kollegen ..6 sehen|sieht|kriegen|kriegt|bekommen|bekommt ..1 das|die|den ..1 alte|alten|erste|ersten|letzte|letzten|andere|anderen',
    ],
    unless: ['vom|von_der|von_dem|auftritt|spiel|tor|training|konzert|gottesdienst|krippenspiel|predigt|lager|zeltlager|ausflug|fahrt|freizeit|urlaub|hochzeit|taufe|kommunion|firmung|konfirmation|geburtstag*|tanz|zeugnis|note|noten|hausaufgabe*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['soll ich das video mal dem pfarrer und deiner firmgruppe zeigen? die würden staunen', 'soll ich die bilder deinem chef schicken?', 'oder dein trainer sieht das alte'],
      ignore: ['soll ich das video vom krippenspiel dem pfarrer schicken?', 'soll ich die fotos vom zeltlager der jugendgruppe zeigen?', 'oder dein trainer sieht das alte zeugnis'],
    },
  },
  {
    id: 'formal-avoid-publication-r19',
    phrases: [
      'vermeidung|verhinderung ..2 veroffentlichung|veroeffentlichung|verbreitung|weitergabe|weiterleitung ..6 zahlung|@payment|euro|eur|bitcoin|btc|erforderlich|notwendig|fallig|faellig',
      'zahlung|betrag ..6 vermeidung|verhinderung ..2 veroffentlichung|veroeffentlichung|verbreitung|weitergabe',
    ],
    unless: ['daten|passwort|aendere|andere|sicherheit*|profil|einstellung*|datenschutz|tipp*|tipps|schutz|polizei|melde*|hilfe|beratung|anwalt|gericht|gesetz|loschantrag|loeschantrag|plattform_melden|dsgvo|verlag|buch|studie|patent*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Zur Vermeidung einer Veröffentlichung ist eine Zahlung von 800 EUR innerhalb von 48 Stunden erforderlich.', 'Die Zahlung dient der Vermeidung einer Verbreitung des Materials.'],
      ignore: ['Zur Vermeidung einer Veröffentlichung Ihrer Daten ändern Sie Ihr Passwort.', 'zur vermeidung einer veröffentlichung vor der patentanmeldung ist eine gebühr fällig'],
    },
  },
  {
    id: 'shame-if-they-see-r20',
    phrases: [
      'schade|blod|bloed|peinlich|dumm|doof ..1 wenn|falls ..3 @family|@audience ..4 @media|nacktbild*|nacktfoto*|nudes ..4 zu_gesicht|sieht|sehen|findet|finden|bekommt|bekommen|kriegt|kriegen',
      'galerie|handy|geschickt|gespeichert|@media ..6 schade|blod|bloed|doof|dumm|peinlich ..1 wenn|falls ..3 @family|@audience ..3 das|die|es|sie|alles|davon ..2 sieht|sehen|findet|finden|bekommt|kriegt|erfahrt|erfaehrt|zu_gesicht|mitbekommt',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|zeugnis|note|noten|urlaub*|vom|von_der|von_dem|ausflug|klassenfahrt|kinderfoto*|babyfoto*|kindergarten|als_du_klein|party|geburtstag*|zimmer|tattoo|piercing|frisur|haare|outfit', 'die_nicht|das_nicht|sie_nicht|es_nicht|nicht_sieht|nicht_sehen|nicht_findet|nicht_bekommt|nie_sieht|nicht_ankommen|nicht_ankommt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Wär echt schade, wenn deine Mama zufällig ein paar Bilder von dir zu Gesicht bekommt', 'hab gesehen was du mir letztes jahr geschickt hast, liegt alles noch in meiner galerie 🙂 wär doch doof wenn dein neuer freund das sieht oder', 'wär schade wenn dein vater irgendwann die videos findet'],
      ignore: ['wär schade wenn deine mama die fotos vom urlaub nicht findet', 'hab dir die bilder geschickt, wär doof wenn deine mama das geschenk sieht', 'ich hab dir die fotos geschickt, wär schade wenn deine oma die nicht sieht'],
    },
  },
  {
    id: 'exposed-page-threat-r20',
    phrases: [
      'exposed|confessions|confession|expose ..6 schade|blod|bloed|doof|dumm ..1 wenn|falls',
      'schade|blod|bloed|doof|dumm ..1 wenn|falls ..6 exposed|confessions|confession',
      'exposed|confessions|confession ..2 account|seite|page|acc|kanal ..6 freut|freuen|gefreut ..2 sich ..2 druber|drueber|daruber|darueber',
      'auf|an|bei|in ..1 dem|den|die|der|eure|euren|eurer ..2 exposed|confessions|confession ..2 account|seite|page|acc|kanal ..3 posten|poste|stell|stelle|stellen|schick|schicke|schicken|landen|landet|hochladen|lad',
      'exposed|confessions|confession ..2 account|seite|page|acc|kanal ..6 follower*|abonnenten|leute|reichweite ..4 schade|blod|bloed|doof|dumm|neues',
      'stell|stelle|poste|post|lad|lade|schick|schicke ..4 auf|an|in ..1 den|die|das|der|eure|euren|eurer ..2 exposed|confessions|confession ..1 account|seite|page|acc|kanal',
      'landest|kommst|endest du ..4 auf|in|bei ..1 dem|den|die|der|eurem|eurer|euren ..1 exposed|confessions|confession',
      'sonst|oder|dann ..3 wirst|bist du ..1 exposed|geexposed',
      'wer ..3 aussteigt|kneift|abbricht|aufhort|aufhoert|petzt|geht|ausst* ..2 wird|ist ..1 exposed|geexposed',
      'wer ..3 kneift|aussteigt|abbricht|aufhort|aufhoert|petzt ..6 geheimnisse|@media|nudes|adresse|nummer ..3 landen|landet|kommen|gehen|gepostet|geleakt|veroffentlicht|veroeffentlicht',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news', 'melden|gemeldet|toxisch|gesehen|lies|gelesen|hast_du|habt_ihr'],
    weight: 5,
    examples: {
      match: ['der exposed account von eurer schule hat grad 2k follower. wär schade wenn da was neues kommt', 'der confessions account hat 3k follower, wär doch schade wenn du da bald auftauchst', 'Denk dran was du mir im Sommer geschickt hast. Der Confessions Account von eurer Schule freut sich bestimmt drüber', 'ritz dir was ein und schick beweis. wer aussteigt wird exposed', 'wer kneift, dessen geheimnisse landen im gruppenchat', 'ich stell das auf den exposed account eurer schule', 'wenn du nicht zahlst landest du auf dem exposed account von eurer schule'],
      ignore: ['hast du den neuen post auf der confessions seite gesehen', 'die confessions seite ist echt toxisch, lass die melden', 'wär schade wenn die confessions seite gelöscht wird lol hast du gesehen'],
    },
  },
  {
    id: 'or-they-get-it-r20',
    phrases: [
      'oder|sonst|ansonsten ..1 @poss ..1 @family|@audience ..1 kriegt|bekommt|kriegen|bekommen|sieht|sehen|liest|lesen|erhalt|erhaelt ..6 @media|chatverlauf|nacktbild*|nudes|alles|screenshots',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|zeugnis|note|noten|urlaub*|vom|von_der|von_dem|ausflug|klassenfahrt|kinderfoto*|babyfoto*|kindergarten|party|geburtstag*|aufraumen|aufraeumen|zimmer|nie|niemals', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['entweder du machst was ich sag oder deine freundin kriegt heute abend unseren ganzen chatverlauf mit den bildern', 'mach es oder deine eltern sehen morgen die videos'],
      ignore: ['beeil dich oder deine mama kriegt die bilder vom urlaub nie', 'räum auf oder deine mutter sieht das zimmer und flippt aus'],
    },
  },
  {
    id: 'profile-full-of-pics-r21',
    phrases: [
      'oder|sonst|ansonsten|andernfalls ..4 @poss @app|profil|account|acc|story|feed|seite|insta|tiktok ..4 voll|voller ..2 @poss @media|nackt*',
      'oder|sonst|ansonsten|andernfalls ..6 ab_morgen|ab_heute|bald|morgen ..3 voll|voller ..2 @poss @media|nackt*',
    ],
    unless: ['urlaub*|ausflug|klassenfahrt|konzert|hochzeit|urlaubsbild*|kunst|zeichnung*|memes|meme|hund|katze'],
    examples: {
      match: ['psst.. 50€ paysafecard oder dein insta is ab morgen voll mit deinen bildern 🙃', 'zahl heute sonst ist dein tiktok voller deiner nacktbilder', 'sonst ist deine story ab morgen voll mit deinen videos'],
      ignore: ['poste mal mehr, sonst ist dein insta bald voll mit memes lol', 'dein feed ist voll mit deinen urlaubsbildern, so schön'],
    },
  },
  {
    id: 'pics-you-dont-want-online-r21',
    phrases: [
      '@media ..6 nicht|nich|ned|kaum ..2 online|im_netz|im_internet|auf_instagram|auf_tiktok|uberall|ueberall|in_der_schule|bei_deinen_eltern ..2 sehen|sehn|finden|haben ..1 willst|wollen|moechtest|mochtest|wuerdest|wurdest',
      '@media ..6 willst|moechtest|mochtest du ..1 sicher|bestimmt|wohl ..1 nicht|nich|ned ..2 online|im_netz|im_internet|uberall|ueberall ..1 sehen|sehn|finden|haben',
    ],
    unless: ['kinderfoto*|babyfoto*|kinderbild*|babybild*|peinlich*|abschlussball|zahnspange|haha|lol|xd', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|doku|reportage'],
    examples: {
      match: ['Ich hab Bilder von dir, die du sicher nicht online sehen willst. Meld dich.', 'ich hab videos die du bestimmt nicht im netz finden willst', 'es gibt fotos von dir, die du nicht bei deinen eltern sehen willst'],
      ignore: ['ich hab babyfotos von dir die du sicher nicht online sehen willst haha', 'fotos vom abschlussball die du nicht online sehen willst 😂'],
    },
  },
  {
    id: 'send-to-all-broken-r21',
    phrases: [
      'oder|sonst|ansonsten|andernfalls ich ..1 schicke|schick|sende|poste|verschicke|leake|zeige ..2 an|zu ..1 alle|allen|jeden|jedem',
      'oder|sonst|ansonsten|andernfalls ich ..6 schicke|schick|sende|verschicke alle|allen|an_alle|zu_alle',
      'oder|sonst|ansonsten|andernfalls @poss @family|@audience ..1 bekommt|bekommen|kriegt|kriegen|sieht|sehen ..1 zuerst|als_erstes|als_erste|alles|es|das|sie|die',
      '@poss ganzes|ganze|ganzen|gesamte|komplette @family|@audience ..2 bekommt|kriegt|sieht|bekommen|kriegen|sehen ..3 @media|alles',
      'dann|sonst|und geht|gehen|gehn|wandert|wandern das|es|alles|die|sie|der|dein|deine ..1 [video|bild|foto|bilder|fotos|chat|chats] rum|herum|viral',
    ],
    unless: ['geschenk*|rechnung|mahnung|paket|post|brief|meme*|link|einladung|rezept|playlist|lied|song|info*|termin*|hausaufgabe*|gruppenfoto|klassenfoto|urlaubsbild*|ausflug|umfrage|geburtstag|party|spiel|turnier|ergebnis*|noten|zeugnis|kuchen', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|doku|reportage|polizei_sagt'],
    examples: {
      match: ['Sehr gut. Jetzt hör zu. Ich habe screenshot und liste von alle deine follower. Du zahlst 500 euro oder ich schicke an alle', 'du bist. ich habe deine facebook und instagram alle freunde. 1000€ oder ich poste auf youtube und schicke alle', 'dann 200 paysafe. 30 minuten. sonst deine mama bekommt zuerst', 'schick oder der acc is weg und dein ganzes team kriegt unsere chats', 'ich nehm dein profilbild und bastel n nacktbild draus, dann geht das rum'],
      ignore: ['schick mir die einladung oder ich schick sie an alle, egal', 'sonst deine mama bekommt zuerst ein stück kuchen', 'dein ganzes team kriegt die ergebnisse morgen', 'und dann geht das meme rum lol'],
    },
  },
  {
    id: 'tell-parents-what-you-sent-r21',
    phrases: [
      'ich ..2 ruf|rufe|schreib|schreibe|text|texte @poss @family|@audience ..3 erzahl*|erzaehl*|sag|sage|verrat*|zeig|zeige ..3 was du ..2 geschickt|gezeigt|gesendet hast',
      'ich ..2 schreib|schreibe|text|texte ..1 allen|jedem|jeden ..2 aus|in|von @poss @audience|@family ..6 zeig*|schick*|send* ..2 die|deine|unsere|alle @media|alles',
      '@poss @family|@audience ..3 freuen|freut ..3 uber|ueber ..1 die|deine|diese|unsere screenshot*|screens|chats|chatverlauf|nudes|nacktbild*|nacktfoto*|nacktvideo*',
      'ich ..2 poste|stelle|stell|setz|setze|lad|lade ..3 @poss gesicht|bild|bilder|fotos|foto|nummer|profilbild|handynummer ..5 datingseite*|datingapp*|escort*|sexseite*|pornoseite*|onlyfans|sexanzeige*|kontaktanzeige*',
    ],
    unless: ['urlaub*|ausflug|konzert|auftritt|geburtstag*|party|einladung|termin|zeugnis|hausaufgabe*|schulfest|abschluss*', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|doku|reportage'],
    examples: {
      match: ['ich ruf deine eltern an und erzähl was du mir geschickt hast', 'ich schreib allen aus deinem clan was du für einer bist und zeig die bilder', 'deine teammates würden sich bestimmt freuen über die screenshots', 'ich poste dein gesicht mit deiner nummer auf einer datingseite'],
      ignore: ['deine eltern würden sich über die fotos vom ausflug freuen', 'ich schreib allen aus deiner klasse wegen der party und schick die einladung'],
    },
  },
  {
    id: 'paid-or-published-r22',
    phrases: [
      'zahlung|bezahlung|betrag|uberweisung|ueberweisung ..6 werden|wird diese|sie|die|das|alle|ihre|deine [aufnahmen|bilder|fotos|videos|material|nudes|dateien] nicht ..1 veroffentlicht|veroeffentlicht|verbreitet|weitergeleitet',
      'sonst|andernfalls|ansonsten ..3 werden|wird ..3 @media|material|alles ..3 veroffentlicht|veroeffentlicht|verbreitet|weitergeleitet|gepostet',
      '@poss [ganze|ganzen|ganzer] @family|@audience ..4 @media|alles ..2 vor|vorlesen|vorzeigen',
      'soll|sollen ich|wir @poss [ganze|ganzen] @family|@audience ..3 eins|eines|paar|@media ..1 davon ..2 weiterleit*|schick*|zeig*|senden',
      'oder|sonst [die|der|das] ganze|ganzen ..2 sieht|sehen|erfahrt|erfaehrt|erfahren|weiss|wissen ..2 was|wie du ..3 geschickt|gemacht|getan',
    ],
    unless: ['ausflug|urlaub*|klassenfahrt|turnier|auftritt|geburtstag*|hochzeit|referat|hausaufgabe*|rezept', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news', 'echt_gut|sind_gut|schon|schoen|suss|suess|vom|spiel|match|training'],
    examples: {
      match: ['Gegen eine Zahlung von 500 EUR werden diese nicht veröffentlicht.', 'dann les ich deiner ganzen klasse mal unseren chatverlauf vor', 'Soll ich deinem Klassenlehrer eins davon weiterleiten als Beweis?', 'entweder du schickst noch eins oder die ganze 8b sieht was du geschickt hast', 'Andernfalls werden die Aufnahmen an Ihre Kontakte weitergeleitet.'],
      ignore: ['nach der zahlung werden die noten nicht veröffentlicht', 'soll ich deiner oma eins davon schicken, vom urlaub?', 'soll ich deiner mama eins davon schicken? die bilder vom spiel sind echt gut', 'ich les deiner klasse morgen das referat vor', 'sonst wird der plan morgen veröffentlicht'],
    },
  },
  {
    id: 'mum-gets-it-tonight-r22',
    phrases: [
      'sonst|andernfalls|ansonsten ..3 steht|stehen|ist|sind ..2 alles|@media ..3 auf|in|bei @app|tellonym|ngl|pornhub|internet|netz',
      'erzahl|erzaehl|sag|verrat ich ..1 jedem|allen|allen_leuten|der_ganzen_schule ..3 was ich ..2 uber|ueber|von dich|dir ..1 weiss|weis',
      'kriegt|kriegen|bekommt|bekommen|sieht|sehen @family ..3 unser|unsere|unseren|dein|deine|deinen ..1 @media|nudes',
    ],
    unless: ['lol|haha|hahaha|xd|jk', 'weg|geloscht|geloescht|verloren|backup|speicher', 'vom|von_der|ausflug|urlaub*|klassenfahrt|auftritt|konzert|theater|turnier|geburtstag*|hochzeit|zeugnis|referat|schulfest|abiball', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['dann schick halt eins. heute noch. sonst steht morgen alles auf tellonym', 'wenn du mir kein bild schickst erzähl ich jedem was ich über dich weiss', 'dann kriegt mama heute abend unser video', 'sonst sind deine bilder auf pornhub'],
      ignore: ['sonst sind alle bilder auf whatsapp weg, mach ein backup', 'dann kriegt mama heute abend unser video vom konzert'],
    },
  },
  {
    id: 'family-learns-rest-follows-r22',
    phrases: [
      'sonst|dann|oder|andernfalls ..3 erfahrt|erfaehrt|erfahren ..2 ganze|ganzen|gesamte|alle ..1 @family|@audience|schule|stufe|welt ..1 davon|alles|bescheid',
      'nicht ..2 bezahlt|gezahlt|zahlst|zahlt|uberwiesen|ueberwiesen ..4 erfahrt|erfaehrt|erfahren|sieht|sehen|kriegt|kriegen ..2 ganze|ganzen|gesamte|alle|@poss ..2 @family|@audience|schule|stufe',
      'nachste|naechste|nachstes|naechstes [bild|foto|video|pic|eins|clip] ist|kommt|geht ..2 ohne_zensur|unzensiert|unverpixelt|ohne_blur|ohne_balken',
      'willst|soll du|ich dass ich ..1 ihm|ihr|ihnen|@poss ..3 den rest|restlichen ..2 auch ..1 schicke|zeige|sende|weiterleite|poste',
      'kenn|kenne ..1 @poss @family|@audience ..6 soll ich ..3 was|etwas|@media ..2 zeigen|schicken|weiterleiten',
    ],
    unless: ['lol|haha|hahaha|xd|jk', 'uberraschung|ueberraschung|party|geburtstag*|geschenk|zeugnis|referat|hausaufgabe*|rezept', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['wenn bis morgen nicht bezahlt ist, dann erfährt die ganze Familie davon', 'das nächste ist ohne zensur', 'Ich habe Ihrem Sohn geschrieben: wenn bis morgen nicht bezahlt ist, erfährt die ganze Familie davon', 'willst du dass ich ihm den rest auch schicke?', 'ich kenn deine klassenlehrerin, soll ich ihr mal was zeigen?'],
      ignore: ['sonst erfährt die ganze klasse von der überraschung', 'willst du dass ich dir den rest auch schicke? die notizen', 'ich kenn deine mama, soll ich ihr mal was vom rezept schicken', 'das nächste kapitel ist ohne zensur, endlich die uncut version'],
    },
  },
  {
    id: 'verb-first-into-class-chat-r23',
    phrases: [
      'vllt|vielleicht|sonst|oder|andernfalls|dann ..1 schick|schicke|stell|stelle|poste|post|leak|lad|lade ich ..1 die|sie|das|es|alles|@media ..3 in|an|auf die|den|das|deine|eure|euren|eurer ..1 klassengruppe|klassenchat|stufengruppe|stufenchat|schulgruppe|schulchat|jahrgangsgruppe|jahrgangschat|story|schulserver',
      'sonst|oder|dann|andernfalls lad|lade|stell|stelle|post|poste ich ..6 in|auf deinen|deine|dein|deinem @app|account|profil|story|kanal ..1 hoch|rein|online',
      'danach|sonst|andernfalls ..2 ist|sind|steht|stehen|landet|landen ..2 @media|selfie ..4 in|auf @app|general|twitter|story|internet|netz ..4 mit deinem|ihrem [vollen|ganzen] namen',
      'dann|morgen|sonst ..1 gehts|geht|gehen|kommt ..4 online|viral ..3 # follower*|abonnenten|abos',
      'dann|sonst ..1 kriegen|bekommen|kriegt|bekommt es|das|sie|die ..1 halt|eben ..1 noch ..3 mehr leute|menschen|personen',
      'wenn du ..3 blockier*|blockst|blockest|blocken|meldest|melden ..3 ich ..1 poste|post|leak*|schick*|verschick*|veroffentlich*|veroeffentlich*|stell* ..3 sofort|alles|gleich|direkt|es|sie|die|@media',
      'wenn du ..3 blockier*|blockst|blockest|blocken|meldest|melden ..2 poste|post|leak*|schick*|verschick*|veroffentlich*|veroeffentlich*|stell* ich ..3 sofort|alles|gleich|direkt|es|sie|die|@media',
      'oder|sonst ..1 die|der|das ganze|ganzen|gesamte @audience|hak|htl|bhs|gym|gymnasium|realschule|internat|jahrgang ..2 sieht|sehen|kriegt|bekommt|hat die|sie|das|es|alles|deins|@media',
      'morgen|bald|dann|heute hat|haben|kriegt|kennt|sieht die_ganze|ganze|ganzen ..1 schule|klasse|stufe|hak|htl|jahrgang|gym ..1 deins|@media|nacktbild*|nacktfoto*',
    ],
    unless: ['vom|von_der|von_dem|ausflug|klassenfahrt|urlaub*|konzert|turnier|schulfest|abiball|hochzeit|gruppenfoto|klassenfoto|geburtstag*|party|uberraschung*|ueberraschung*|geschenk*|kuchen|einladung*|paket|brief|post_kommt|zeugnis|referat|hausaufgabe*|rezept|flyer|plakat|playlist|meme*|video_vom|stream|folge|trailer|website|shop', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['warum sollte ich 😂 vllt schick ich die mal in die klassengruppe, mal schauen wie die jungs reagieren', 'sonst lad ich die bilder vorher noch schnell in deinen insta hoch', '10 min zeit. danach ist das selfie in #general und auf twitter mit deinem namen', 'ok dann gehts morgen 7 uhr online, 2400 follower, fast die ganze schule', 'dann kriegen es halt noch ein paar mehr leute 🤷', 'wenn du blockieren ich poste sofort', 'entweder du kommst freitag zu mir oder die ganze hak sieht die', 'morgen hat die ganze schule deins', 'dann stell ich die screenshots in eure stufengruppe', 'wenn du mich blockierst schick ich alles rum'],
      ignore: ['vllt schick ich die fotos vom ausflug mal in die klassengruppe', 'dann lad ich die bilder vom geburtstag hoch', 'dann geht der stream morgen online, sagt allen follower bescheid', 'sonst kriegt oma das geschenk heute abend nicht', 'beeil dich oder die ganze klasse sieht die überraschung', 'wenn du mich blockierst bin ich traurig'],
    },
  },
  {
    id: 'forwarded-to-school-office-r23',
    phrases: [
      'an ihre|deine|ihren|deinen ..1 schule|eltern|familie|arbeitgeber|jugendamt|ausbildungsbetrieb|schulleitung|direktor*|rektor* ..6 weitergeleitet|ubermittelt|uebermittelt|vorgelegt|zugestellt|verschickt ..4 @media|inhalte|chat|chats|verlauf',
      '@media|inhalte|chats|chatverlauf ..4 werden|wird ..3 ihrer|ihren|deiner|deinen|der ..1 schule|eltern|familie|arbeitgeber|jugendamt|schulleitung ..2 vorgelegt|ubermittelt|uebermittelt|zugestellt|gezeigt',
      'wenn sie|du ..3 eltern|polizei|jemandem|jemanden ..1 einschalten|einschaltest|informieren|informierst|erzahlen|erzaehlen|erzahlst|erzaehlst|einweihen ..6 @media|schule|jugendamt|veroffentlich*|veroeffentlich*|weitergeleitet',
    ],
    unless: ['zeugnis*|einladung*|elternbrief|info*|termin*|anmeldung|formular|rechnung|noten|fehlzeit*|attest|krankmeldung|klassenfahrt|ausflug|vertretung|stundenplan', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|wenn_dir_jemand|falls_dir_jemand|wenn_jemand|falls_jemand'],
    examples: {
      match: ['Wenn Sie die Eltern einschalten, wird das Verfahren an Ihre Schule und das Jugendamt weitergeleitet und die Bilder werden dort vorgelegt.', 'Die Bilder werden Ihrer Schule vorgelegt.'],
      ignore: ['Die Zeugnisse werden an Ihre Eltern weitergeleitet', 'wenn dir jemand droht, musst du deine eltern einschalten, die polizei hilft'],
    },
  },
  {
    id: 'veiled-class-will-enjoy-r23',
    phrases: [
      '@poss ganze|ganzer|ganzes|gesamte @audience|jahrgang|stufe|klasse ..2 wird|werden ..2 sich freuen|staunen',
      'soll|sollte ich ..3 bei @poss @family ..3 vorbeischauen|vorbeikommen|klingeln ..4 zeigen|zeige|erzahlen|erzaehlen',
      'wenn ich das|die|sie|es|@media ..4 in|an ..3 haue|hau|reinhaue|reinhau|stelle|poste|schicke ..3 bist du ..1 erledigt|tot|fertig|am_ende|geliefert|dran',
      'ich ..1 lad|lade|stell|stelle ..4 auf|in ..2 seite|seiten|plattform|forum|pornoseite* ..2 hoch|rein|online',
      'dann|bald ..1 googelt|googlet|googeln dich ..1 jeder|alle',
    ],
    unless: ['uber|ueber|auf_dich|dich_zu|zu_sehen|kommen|besuch*|kuchen|geschenk*|party|feier|uberraschung*|ueberraschung*|einladung|karte|post|brief|essen|pizza|ausflug|fest|zeugnis|note|noten|sieg|gewonnen', 'rezept|hausaufgabe*|referat|projekt|bewerbung|lebenslauf|portfolio|blog|shop|artikel|kleinanzeige*|vinted|ebay|bewertung|kuchen|dienst', 'tater|taeter|erpresser|betruger|betrueger|masche|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['dein ganzer jahrgang wird sich freuen 😏', 'soll ich mal bei deiner mama vorbeischauen und ihr was zeigen?', 'wenn ich das in die stufengruppe haue bist du erledigt', 'ich lad das auf so ne seite hoch, dann googelt dich jeder'],
      ignore: ['deine ganze klasse wird sich über den kuchen freuen', 'dann findet dich jeder auf linkedin', 'wenn ich das in die gruppe poste bist du dran mit dem kuchen', 'ich lad das rezept auf meine seite hoch', 'soll ich mal bei deiner oma vorbeischauen und ihr das geschenk zeigen?'],
    },
  },
  {
    id: 'lands-online-r24',
    phrases: [
      'sonst|oder|ansonsten|andernfalls|sunst|susch ..2 gehen|geht|gehts|landen|landet ..3 an|zu all|alle|allen @poss',
      'sonst|ansonsten|andernfalls|sunst|susch|sonscht ..1 sind|stehen ..3 @media ..2 morgen|bald|heute|dann ..1 uberall|ueberall|online|im_netz|im_internet',
      'ich ..2 @sendv ..4 an|in|zu ..1 ganze|ganzen|komplette|kompletten|gesamte schule|klasse|stufe|jahrgang|server|gruppe ..6 wenn du ..3 nicht|nich|ned|net',
      'sonst|oder|ansonsten|andernfalls|anderenfalls|sunst|susch|sonscht ..3 landen|landet|tauchen|taucht ..3 im_netz|im_internet|online|ins_netz|ins_internet|uberall|ueberall|auf_pornhub|auf_porn*',
      'andernfalls|ansonsten|sonst|anderenfalls werden|wird ..3 @media|aufnahmen|material|dateien|videomaterial|bildmaterial ..3 an|zu|bei alle|allen|@poss ..2 @family|@audience|kontakte* ..2 versandt|verschickt|versendet|gesendet|weitergeleitet|geschickt|veroffentlicht|veroeffentlicht|verbreitet',
      'oder|sonst|ansonsten|andernfalls ..3 @poss ..1 neuer|neue|neuen|freund|freundin|schatz|@family|@audience ..2 kriegt|bekommt|kriegen|bekommen|sieht|sehen ..2 das|es|die|alles|sie ..1 zu_sehen',
      'wenn du ..4 nicht|nich|ned|net ..5 kriegt|bekommt|kriegen|bekommen|sieht|sehen ..1 das|es|sie|die|alles ..1 @poss ..1 @audience|eltern|familie|fam',
    ],
    unless: ['kriegt|kriegen|bekommt|bekommen|sieht ..4 mit', 'liste|umfrage|info|infos|plan|aufgabe|aufgaben', 'pass_auf|passt_auf|aufpassen|vorsicht|achte|achtet|lieber_nicht|niemals|nie_was|datenschutz|privatsphare|privatsphaere|einstellung*', 'bestell*|schulfoto*|fotograf*|per_post|abhol*|rechnung|lieferung|zeugnis|hausaufgabe*|referat|einladung|elternabend|termin*|anmeldung|formular', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|zeitung|news', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste'],
    examples: {
      match: ['sunst landen de fotos im netz', 'sonst sind die bilder morgen überall', 'ansonsten gehen die aufnahmen an all deine kontakte', 'ich schick das an die ganze schule wenn du nicht machst was ich sag', 'Kommt drauf an wie nett du bist. Sag niemandem was, sonst landen die im Netz', 'andernfalls werden die Aufnahmen an alle Ihre Kontakte versandt', 'komm zurück oder dein neuer kriegt das zu sehen', 'wenn du nicht noch eins schickst kriegt das deine stufe', 'zahl oder die bilder tauchen morgen überall auf'],
      ignore: ['ich schick das an die ganze klasse wenn du nicht bis morgen die liste machst', 'pass auf was du postest, sonst landet das im netz für immer', 'Bitte bis Freitag bestellen, andernfalls werden die Schulfotos an alle Eltern per Post verschickt', 'wenn du nicht aufräumst kriegt das deine mama mit', 'und dann hat er sie erpresst, zahl oder dein freund kriegt das zu sehen'],
    },
  },
  {
    id: 'into-the-group-every-minute-r25',
    phrases: [
      'sonst|oder ..3 @media ..2 hier|in_die_gruppe|in_diese_gruppe|in_den_chat|in_die_story|in_meine_story ..1 rein|gepostet|gestellt|geschickt',
      'jede|jeder minute|stunde ..4 kommt|schick*|post*|geht|stell* ..2 ein|noch_ein|weiteres|mehr ..1 standbild|bild|foto|screenshot|video|clip',
      'oder|sonst ..3 @family|@audience ..1 kriegen|kriegt|bekommen|bekommt|sehen|sieht die|sie|das|es|alles|deine',
      'wenn|falls du nicht|nix|nichts ..4 schicken|senden|posten|zeigen|stellen|schicke|poste wir ..6 an|in @poss ..1 @audience|@family',
      'was gibst|zahlst|bietest du ..2 damit ich ..6 nicht ..4 @sendv|story|rumschick*|verbreit*',
      'wenn|falls du ..3 nicht|mich|nix|nichts|blockierst|ignorierst ..3 kommen|kommt|landen|landet|gehen|geht ..1 die|das|deine|dein|alle ..1 @media ..1 in|an|auf|zu ..4 @audience|gruppe|@family',
      'jede|jeder|alle minute|stunde|# ..4 schick*|send*|post*|geht ..2 es|das|sie|ein|@media ..3 an|zu ..1 eine|einen|noch ..1 weitere*|neue*|anderen ..1 person|kontakt|freund*|follower*|leute',
      'gruppe ..6 warten ..2 auf ..1 das|dein|deine|die @media',
      'mit @poss @media ..3 was ich will ..4 wenn|falls du ..2 nicht',
      'ein|1 klick ..1 und ..3 bei|an @poss|deinem|deiner ..1 @audience|@family',
    ],
    unless: ['warenkorb|bestellt|amazon|pizza|tickets|karten|platz|platze|plaetze|reste|essen|geschenk|torte|kuchen|einladung*|zeugnis|rechnung|elternbrief|info*|termin*|link|ergebnis*|urlaub|geburtstag*|konzert|vom|von_der|ausflug|klassenfahrt|feier|abiball', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['deine freunde sind schon in der gruppe, sie warten nur auf das video', 'ich mache mit deinen fotos was ich will wenn du nicht zahlst', 'ein klick und es ist bei deinem chef', 'du hast 30 min zum zahlen, sonst kommt das video hier rein', 'jede minute die du wartest kommt ein standbild', 'schreib mir bis heute abend zurück oder kim und dein bruder kriegen die', 'Wenn du nicht weitermachst, schicken wir das Spiegelbild mit deinem Namen an deine Schule', 'was gibst du mir damit ich das nicht in meine story stell', 'wenn du mich blockierst, kommen die bilder in die gruppe mit deinen freunden', 'jede stunde ohne antwort schick ich es an eine weitere person'],
      ignore: ['beeil dich oder deine freunde kriegen die pizza', 'wenn du nicht kommst, schicken wir die einladung an deine eltern', 'sonst kommen die fotos vom urlaub hier rein haha', 'wenn du willst kommen die bilder vom ausflug in die klassengruppe', 'wenn du willst kommen die bilder in die gruppe, dann haben alle was davon'],
    },
  },
  {
    id: 'named-tagged-rest-of-list-r26',
    phrases: [
      '@media ..3 mit @poss|deinem ..1 namen|name|adresse|schuladresse|nummer|handynummer|instagram|snapchat ..4 drunter|dazu|drauf|dabei|markiert|verlinkt',
      'leute|personen|kontakte|follower* ..1 auf|in @poss ..1 liste|kontaktliste|freundesliste|followerliste ..3 kommen|kriegen|bekommen|sehen ..2 als_nachstes|als_naechstes|dran|es|das|sie',
      '@audience|leute|kontakte|personen ..3 kriegen|kriegt|bekommen|bekommt|sehen|sieht ..1 es|das|sie|die|alles ..5 wenn|falls du ..2 nicht|nix ..1 zahlst|bezahlst|zahlen|bezahlen|uberweist|ueberweist|uberweisst',
      'anderen|restlichen|ubrigen|uebrigen ..1 # ..1 follower*|kontakte ..4 als_nachstes|als_naechstes|kriegen|bekommen',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|zeitung|news', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht', 'namensschild|klassenfoto|jahrbuch|urkunde|zeugnis|einladung*|turnier|anmeldung|spielplan|gewinnspiel|verlosung'],
    examples: {
      match: ['schade. dann schick ich dem server mal das schlafanzug bild mit deinem namen und schul-adresse drunter', 'egal. Felix ist erst der anfang. die anderen 612 leute auf deiner liste kommen als nächstes', 'die restlichen 300 follower kriegen es um 20 uhr wenn du nicht zahlst', 'dann stell ich das video mit deinem insta namen drunter online', 'deine kontakte sehen es heute abend falls du nicht überweist'],
      ignore: ['ich schick das klassenfoto mit deinem namen drunter fürs jahrbuch', 'die anderen 3 leute kommen als nächstes dran beim vorsingen', 'die leute auf deiner liste kommen alle zur party?', 'der täter hat gedroht die follower kriegen es wenn sie nicht zahlt'],
    },
  },
  {
    id: 'contacts-receive-material-porn-site-r26',
    phrases: [
      '@audience|kontakte ..2 erhalten|bekommen|kriegen ..3 material|@media ..4 sollte|sollten|falls|wenn ..3 keine|nicht|kein ..1 zahlung|bezahlung|uberweisung|ueberweisung|geld',
      'sonst|ansonsten|andernfalls ..2 schick|schicke|send|sende|post|poste|verteil ichs|ich_es|ich_das|ich_die ..1 rum|herum|uberall|ueberall',
      'pornhub|xhamster|xvideos|pornoseite*|onlyfans ..3 hoch|hochladen|rein|online|stellen|posten',
      'hochlad*|lad|lade|stell|stelle|post|poste ..2 ich|ichs|ich_es|ich_die ..4 pornhub|xhamster|xvideos|pornoseite*',
      'ich stell|stelle|lad|lade|poste|post ..5 pornhub|xhamster|xvideos|pornoseite*',
      'morgen|heute|bald|gleich ..1 ist|sind|steht|stehen ..1 es|das|die|sie ..3 auf|in ..1 tiktok|instagram|snapchat|youtube|facebook|netz|internet|reddit|telegram ..3 mit @poss ..1 namen|name|adresse',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|zeitung|news|polizei', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht', 'einladung*|link|liste|plan|meme*|umfrage|flyer|termin*|gewinner|ergebnis*|zeugnis|noten'],
    examples: {
      match: ['Ihre Kontakte erhalten das Material, sollte keine Zahlung eingehen.', 'das kostet dich 200, sonst schick ichs rum', 'dann lad ichs bei pornhub hoch', 'morgen ist es auf tiktok mit deinem namen', 'ich stell die bilder auf ne pornoseite'],
      ignore: ['mach die umfrage, sonst schick ichs rum in der gruppe', 'in der doku ging es um pornhub und wie videos hochgeladen werden', 'morgen ist das ergebnis auf instagram mit deinem namen, du hast gewonnen'],
    },
  },
  {
    id: 'still-have-it-if-your-parents-hear-r26',
    phrases: ['hab|habe ich ..1 auch|immer ..1 noch ..6 wenn|falls ..2 @poss ..1 @family|@audience ..1 hort|hoert|horen|hoeren|sieht|sehen|liest|lesen|mitkriegen|wusste|wuessten|wussten'],
    unless: ['tater|taeter|erpresser|betruger|betrueger|masche|doku|artikel|bericht|news|polizei', 'lol|haha*|xd'],
    examples: {
      match: ['die sprachnachricht hab ich auch noch. wenn die deine eltern hören...', 'die screenshots hab ich immer noch, wenn das deine freundin liest'],
      ignore: ['dein zeugnis hab ich auch noch, wenn das deine eltern sehen lol'],
    },
  },
  {
    id: 'post-your-face-in-every-channel-r27',
    phrases: [
      'oder|sonst|dann ich ..1 poste|post|stell|stelle|lade|lad|schick|schicke|verschick|verschicke|teile|teil|leak|leake ..2 @poss|dich|dein ..4 in|auf|an jeden|jede|jedem|alle|allen channel*|kanal*|kanale|gruppe*|chat*|server*|gruppenchat*',
      'oder|sonst|dann poste|post|stell|stelle|lade|lad|schick|schicke|verschick|verschicke|teile|teil|leak|leake ich ..2 @poss|dich|dein ..4 in|auf|an jeden|jede|jedem|alle|allen channel*|kanal*|kanale|gruppe*|chat*|server*|gruppenchat*',
    ],
    unless: ['nummer|link|einladung*|geburtstag*|party|turnier|anmeldung|umfrage|spielplan|ergebnis*|highscore|rekord|clip_vom|gewonnen|sieg', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['mach mit oder ich poste dein gesicht in jeden channel', 'sonst stell ich deine bilder in alle gruppen auf dem server', 'dann schick ich dich mit deinem ausweisfoto in jeden kanal'],
      ignore: ['sonst poste ich deine nummer in alle gruppen damit dich jeder einladen kann', 'dann teil ich deinen clip vom sieg in alle channel, war krass', 'sonst schick ich den link in alle gruppen'],
    },
  },
  {
    id: 'family-will-watch-it-r27',
    phrases: [
      'schau*|guck*|kuck*|seh* sich @poss ..1 @family|@audience ..6 video|videos|nacktbild*|nacktfoto*|nacktvideo*|nudes|aufnahme*|screenshots|chat|chats|chatverlauf ..2 an',
      'sonst|oder|andernfalls ..3 schau*|guck*|kuck* [sich] @poss ..1 @family|@audience ..6 @media|nacktbild*|nacktfoto*|nudes ..2 an',
      'was ..3 sagt|denkt|sagen|denken @poss ..1 @family|@audience ..4 wenn|falls ..4 sieht|sehen|liest|lesen|erfahrt|erfaehrt|findet',
      'was @poss ..1 @family|@audience ..1 sagt|denkt|sagen|denken ..4 wenn|falls ..4 sieht|sehen|liest|lesen|erfahrt|erfaehrt|findet',
      'nach|nachdenken ..4 was @poss ..1 @family|@audience ..2 sagen|denken ..1 wurden|wuerden|wurde|wuerde',
      'was ..3 wurde|wuerde|wurden|wuerden|wird|werden die|der|sie|er|die_wohl|der_wohl ..2 sagen|denken|machen ..2 wenn|falls ..3 @media|nacktbild*|nacktfoto*|nudes|das_video|die_bilder ..2 sieht|sehen|bekommt|kriegt|findet|sah',
    ],
    unless: ['vom|von_der|von_dem|party|urlaub|ausflug|klassenfahrt|konzert|auffuhrung|auffuehrung|theater|auftritt|turnier|spiel|hochzeit|geburtstag*|zeugnis|zimmer|tattoo|piercing|haare|frisur|outfit|kleid|stolz|freut|freuen|freust|lustig|susse|suesse|baby|kinderfoto*|film|serie|folge|schon_geworden|schoen_geworden|gut_geworden|voll_schon|so_schon|echt_schon|toll|hubsch|huebsch|gelungen|unordnung|chaos|frisur|haarschnitt|haare', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['sonst guckt sich deine mutter heute abend die bilder an', 'ok dann schauen sich deine freunde morgen das video an', 'was meinst du würde die wohl sagen wenn sie das video sieht', 'was würde er denken wenn er die bilder findet', 'was meinst du was deine mutter sagt wenn sie die bilder sieht', 'denk mal drüber nach was deine freunde sagen würden'],
      ignore: ['deine eltern schauen sich heute abend das video von der aufführung an', 'was sagt deine mutter wenn sie die unordnung sieht', 'was sagt deine mama wenn sie dein zeugnis sieht', 'was würde sie sagen wenn sie die bilder vom urlaub sieht', 'meine oma schaut sich die fotos an', 'dann guckt sich deine oma heute abend die fotos an', 'was würde sie sagen wenn sie die bilder sieht, die sind voll schön geworden', 'dann schauen sich deine eltern den film an'],
    },
  },
  {
    id: 'passive-will-be-sent-r27',
    phrases: [
      'wenn|falls du ..1 nicht|nichts|nix|kein|keine ..6 werden|wird ..4 an|zu|in @poss ..1 [ganze|ganzen|gesamte|gesamten] @family|@audience ..2 verschickt|geschickt|gesendet|weitergeleitet|geleakt|gepostet|verteilt',
      'sonst|andernfalls|ansonsten ..3 werden|wird ..4 an|zu|in @poss ..1 [ganze|ganzen|gesamte|gesamten] @family|@audience ..2 verschickt|geschickt|gesendet|weitergeleitet|geleakt|gepostet|verteilt',
      'andernfalls|sonst|ansonsten ..1 werden|wird @poss ..1 @family|@audience|erziehungsberechtigte*|arbeitgeber ..4 informiert|benachrichtigt|kontaktiert ..4 @media|material|bildmaterial|aufnahmen|inhalte ..4 veroffentlicht|veroeffentlicht|verbreitet|weitergegeben|publiziert',
    ],
    unless: ['einladung*|zeugnis|elternbrief|rechnung|mahnung|newsletter|fotograf|fototermin|abholst|abholen|schulfoto*|bestell*|zugangscode|anmeldung|umfrage|termin*|stundenplan|hausaufgabe*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn du nicht zahlst werden die bilder an deine kontakte verschickt', 'sonst wird das video an deine ganze klasse geschickt', 'Andernfalls werden Ihre Eltern informiert und das Material veröffentlicht.'],
      ignore: ['wenn du nicht kommst werden die einladungen an deine eltern verschickt', 'andernfalls werden ihre eltern informiert', 'sonst wird das zeugnis an deine eltern geschickt'],
    },
  },
  {
    id: 'whole-school-will-know-your-pics-r27',
    phrases: [
      'kennt|kennen|sieht|sehen|hat|haben|kriegt|kriegen ..2 @poss ..1 ganze|ganzen|gesamte|komplette @audience|@family|schule|stufe ..3 @poss|die|alle @media|nacktbild*|nacktfoto*|nudes',
    ],
    unless: ['vom|von_der|von_dem|ausflug|klassenfahrt|fotograf|schulfoto*|zeugnis|einladung|urlaub*|konzert|turnier|auftritt|schon|schoen|toll|stolz|freut', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn nicht dann kennt bald deine ganze schule deine bilder', 'morgen hat deine ganze klasse deine nacktbilder'],
      ignore: ['bald kennt deine ganze klasse deine bilder vom urlaub, die sind so schön', 'deine ganze familie hat die fotos von der hochzeit gesehen, toll'],
    },
  },
  {
    id: 'pay-or-they-see-it-r27',
    phrases: [
      'uberweisen|ueberweisen|uberweis|ueberweis|zahlen|zahl|bezahlen|bezahl|blechen ..1 oder|sonst ..2 siehts|sieht|sehens|kriegts|kriegt|bekommts|bekommt|erfahrts|erfahrt|erfaehrt|poste|post|leake|leak',
    ],
    unless: ['paket|lieferung|rechnung|mahnung|konto_gesperrt|bestellung|ticket*|pizza|schulden|gebuhr*|gebuehr*|keine|kein|nichts_mehr|nix_mehr|arger|aerger|stress|hausaufgabe*', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['überweisen oder sie siehts', 'zahl oder ich post es', 'bezahl sonst kriegt deine mama alles'],
      ignore: ['bezahl die rechnung oder sie schicken eine mahnung', 'zahl oder er kriegt keine pizza mehr', 'und dann hat er sie erpresst, zahl oder ich post es', 'zahl die pizza oder ich schick dir keine mehr'],
    },
  },
  {
    id: 'want-it-to-land-in-your-group-r27',
    phrases: [
      'willst|mochtest|moechtest|wollt du|ihr ..2 dass|das ..2 das|es|die|sie|@media|video|bild ..1 in|an|bei|auf|zu ..2 @audience|@family|klassengruppe|klassenchat|gruppe ..2 landet|landen|geht|gehen|gepostet|kommt|kommen|auftaucht|auftauchen',
      'willst|mochtest|moechtest ..4 dass|das ..3 rumgeht|rumgehen|herumgeht|herumgehen|rausgeht|rausgehen|die_runde_macht|viral_geht|online_geht|im_netz_landet|publik_wird',
    ],
    weight: 3,
    unless: ['oder_nur|oder_lieber|gruppenfoto|klassenfoto|ausflug|vom|von_der|einladung|info|termin|hausaufgabe*|ergebnis*|meme*|gerucht|geruecht|lustig|witzig|song|lied|petition|umfrage|brief|paket|post|mail|newsletter|rechnung|bestellung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['willst du dass das in eurer klassengruppe landet?', 'willst du wirklich dass das video bei deinen eltern landet', 'willst du dass das rumgeht?', 'du willst doch nicht dass das video rausgeht oder?'],
      ignore: ['willst du dass das klassenfoto in die gruppe kommt oder nur in die story?', 'willst du dass das meme rumgeht? dann schick es weiter'],
    },
  },
  {
    id: 'waive-passing-on-for-payment-r27',
    phrases: [
      'sehen|sieht|sehe ..2 von ..1 einer|der weitergabe|veroffentlichung|veroeffentlichung|verbreitung ..4 ab',
      'verzicht*|absehen|abgesehen|unterlass* ..3 weitergabe|veroffentlichung|veroeffentlichung|verbreitung|zusendung|ubermittlung|uebermittlung ..2 an @poss ..1 @family|@audience|erziehungsberechtigte*|arbeitgeber|schule',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['Gegen eine Zahlung von 800 € verzichtet er auf eine Weitergabe an Ihre Eltern.', 'Wir sehen von einer Veröffentlichung an Ihre Kontakte ab, wenn Sie zahlen'],
      ignore: ['Eine Weitergabe Ihrer Daten an Dritte erfolgt nicht.'],
    },
  },
  {
    id: 'think-of-your-mum-seeing-it-r27',
    phrases: [
      'denk|denke|stell_dir_vor|stell_dir_mal_vor ..2 an ..1 @poss @family|@audience ..3 wenn|falls ..2 sie|er|die|der ..2 das|es|die|@media ..1 sieht|sehen|bekommt|bekommen|findet|finden|liest',
    ],
    unless: ['zeichnung*|gemalt|gebastelt|zeugnis|zimmer|note|noten|geschenk|uberraschung|ueberraschung|tattoo|piercing|haare|frisur|outfit|kleid|stolz|freut|freuen|freust|glucklich|gluecklich|lacht|lachen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['denk an deine mama wenn sie das sieht', 'denk mal an deinen vater, wenn der die bilder sieht'],
      ignore: ['denk an deine mama wenn sie das zeugnis sieht, die wird stolz sein'],
    },
  },
  {
    id: 'show-your-parents-our-chat-r28',
    phrases: [
      '@sendv|vorles*|vorlesen ich ..2 @poss [ganze|ganzen|ganzer|gesamte|gesamten] @family|@audience ..3 unseren|unsere|unser|den_ganzen|die_ganzen|alle ..2 chat|chats|chatverlauf|nachrichten|unterhaltung*|verlauf|screenshots|screens',
      'ich ..2 @sendv|vorles* ..3 @poss [ganze|ganzen|ganzer|gesamte|gesamten] @family|@audience ..3 unseren|unsere|unser ..2 chat|chats|chatverlauf|nachrichten|unterhaltung*|verlauf',
      'ich ..2 @sendv|vorles* ..3 unseren|unsere|unser ..2 chat|chats|chatverlauf|nachrichten|unterhaltung*|verlauf ..3 @poss [ganze|ganzen|ganzer|gesamte|gesamten] @family|@audience',
    ],
    unless: ['damit_sie|dann_glaubt|dann_glauben|glaubt_sie|glaubt_er|dann_weiss|dann_wissen|verabredet|erlaubt|erlaubnis|abgesprochen|beweis_dass', 'soll_ich|sollen_wir|darf_ich|kann_ich_dir|willst_du_dass', 'haha*|lol|xd|witz|spass', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['dann zeig ich deinen eltern unseren ganzen chat, mal sehen was dein vater dazu sagt', 'ich schick deiner mama unsere nachrichten', 'ich schick unseren chatverlauf an deine ganze klasse'],
      ignore: ['ich zeig deiner mama unseren chat, dann glaubt sie dass wir verabredet waren', 'soll ich deinen eltern unseren chat zeigen?', 'die haben ihn erpresst, ich zeig deinen eltern unseren chat sonst'],
    },
  },
  {
    id: 'tag-your-school-with-it-r28',
    phrases: [
      'sonst|oder|dann ..2 [ich] markier*|tagg*|tag|verlink* [ich] ..3 @poss|eure|euren [ganze|ganzen] @family|@audience',
      'ich ..2 markier*|tagg*|tag|verlink* ..3 @poss [ganze|ganzen] @family|@audience ..5 @media|nacktbild*|nudes|damit_alle|damit_jeder|damit_es_jeder',
      '@media|nacktbild*|nudes ..6 markier*|tagg*|tag|verlink* ..3 @poss [ganze|ganzen] @family|@audience',
    ],
    unless: ['geburtstag*|gratulier*|sieg|turnier|pokal|stolz|gluckwunsch|glueckwunsch|schulfest|sommerfest|abschluss|abiball|grillfest|feier|hochzeit|urlaub|ausflug|konzert|danke|super|toll|schon_geworden|schoen_geworden|foto_vom|fotos_vom|bilder_vom|soll_ich|darf_ich|willst_du', 'haha*|lol|xd|kinderfoto*|babyfoto*|babybild*', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['zahl oder ich markier deine schule', 'ich lad das video hoch und tagge deinen ganzen verein, damit alle es sehen', 'die bilder gehen online und ich verlinke deine kirche'],
      ignore: ['ich markier deine schule im post vom sommerfest', 'ich tagge deinen verein, glückwunsch zum pokal!', 'soll ich deine mama im foto markieren?'],
    },
  },
  {
    id: 'shame-if-it-goes-viral-r28',
    phrases: [
      'schade|blod|bloed|dumm ..4 wenn ..4 @media|video|die|das|sie|es ..4 viral|rumgeht|rumgehen|rumgehen_wurde|die_runde_macht|durchs_netz|im_netz|rauskommt|rauskommen|auftaucht|auftauchen|landet|landen|online_geht|online_gehen|leakt|geleakt',
      'willst|willste|mochtest|moechtest ..2 doch|ja ..1 nicht|nich ..2 dass|das ..3 jemand|alle|jeder|irgendwer|die_ganze_schule|deine_eltern|deine_mama|dein_papa ..3 sieht|sehen|erfahrt|erfaehrt|erfahren|mitbekommt|mitbekommen',
    ],
    unless: ['nicht_online|nicht_viral|nicht_hochgeladen|nicht_hochladen|auftritt|konzert|turnier|tanzvideo|musikvideo|cover|kanal|channel|abonnent*|likes|algorithmus|reichweite', 'haha*|lol|xd|frisur|haare|outfit|zimmer|pickel|zeugnis|note|noten|test|arbeit|geschenk|uberraschung|ueberraschung|party|spoiler*|folge|serie|geheimnis_von|tagebuch', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['es wäre echt schade, wenn das video viral geht', 'du willst doch nicht dass das jemand sieht oder? 😈', 'wär blöd wenn deine bilder im netz landen'],
      ignore: ['wär schade wenn das video vom auftritt nicht online geht', 'du willst doch nicht dass jemand deine frisur sieht haha', 'wär schade wenn das video vom konzert nicht online geht lol', 'du willst doch nicht dass deine mama die überraschung sieht'],
    },
  },
  {
    id: 'dialect-and-mixed-gets-it-r28',
    phrases: [
      'kriagt|kriagn|kriagst|siagt|siagn|kriegt ..4 @media|des|das|es ..2 dei|deina|deine|deinen|@poss ..1 [ganze|ganzen|gonze] @family|@audience|schui|schul|klass|leit|oidn|oide|eltan|mam',
      'dei|deina|deine|@poss ..1 [ganze|ganzen|gonze] @family|@audience|schui|schul|klass|oidn|eltan ..2 kriagt|kriagn|siagt|siagn ..3 @media|des|das|alles',
      'i_will|ill|will|gonna|going_to send|post|show|leak|forward ..3 to|an|zu @poss [ganze|ganzen] @family|@audience',
      'send|post|show|leak ..3 it|them|alles|es|sie|@media ..2 to|an|zu @poss [ganze|ganzen] @family|@audience ..4 if|wenn|unless|sonst|oder',
    ],
    unless: ['geburtstag*|gratulier*|schon_geworden|schoen_geworden|super_geworden|urlaub|ausflug|konzert|hochzeit|rezept|hausaufgabe*|einladung|link|adresse|nummer|gruss*|grusse|gruesse|soll_ich|darf_ich|willst_du|wolltest|gefragt', 'hat|hatte|haben|hatten ..3 erpresst|bedroht|gedroht|erpressen|erpresste', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wennst ned zahlst kriagt des video dei ganze schui', 'dann siagt des dei mam, überlegs da', "I'll send it to deine eltern if du nicht zahlst"],
      ignore: ['dei mam kriagt die fotos vom urlaub eh no', 'I will send the link to deine mama, sie wollte das rezept'],
    },
  },
  {
    id: 'how-would-you-like-it-if-they-saw-r29',
    phrases: [
      'wie fandest|faendest|fandst|findest du ..3 wenn|falls ..5 @family|@audience ..4 @media|das|es|alles|dich ..2 sieht|sehen|sehn|bekommt|bekommen|kriegt|kriegen|erfahrt|erfaehrt|erfahren',
      'willst|mochtest|moechtest|willste ..3 dass|das ..4 @family|@audience ..3 @poss @media|nacktbild*|nacktfoto*|nudes ..1 sieht|sehen|sehn|bekommt|bekommen|kriegt|kriegen',
      'willst|mochtest|moechtest|willste ..3 dass|das ..4 @family|@audience ..3 sieht|sehen|sehn|bekommt|bekommen|kriegt|kriegen ..2 was_du_mir|was_du ..2 geschickt|gezeigt|gemacht',
    ],
    unless: ['trikot*|pokal|medaille|preis|urkunde|zeichnung*|gemalt|gebastelt|zeugnis|zimmer|note|noten|geschenk*|uberraschung*|ueberraschung*|tattoo|piercing|haare|frisur|outfit|kleid|auftritt|konzert|theater|turnier|tor|spiel|urlaub*|ausflug|klassenfahrt|hochzeit|geburtstag*|abiball|referat|projekt|vom|von_der|von_dem', 'stolz|freut|freuen|freust|begeistert|glucklich|gluecklich|toll|schon_geworden|schoen|gut_geworden|super_geworden|beeindruckt|gefallt|gefaellt|lachen|lacht', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 3,
    examples: {
      match: ['wie fändest du es wenn deine eltern die bilder sehen?', 'wie findest du es wenn dein chef das video bekommt', 'willst du wirklich dass deine ganze klasse deine nacktbilder sieht', 'willst echt dass der verein dein video sieht?'],
      ignore: ['wie fändest du es wenn deine oma das video vom konzert sieht, sie wär so stolz', 'willst du dass deine freunde dein video vom auftritt sehen? ist so gut geworden', 'wie findest du es wenn dein team das neue trikot kriegt'],
    },
  },
  {
    id: 'watch-them-go-around-r29',
    phrases: [
      'zu wie ..3 rumgehen|herumgehen|rumgeht|herumgeht|verbreitet_werden|online_gehen|viral_gehen',
      'zu wie ..3 die_runde ..1 machen|macht',
      'zusehen|zuschauen|zugucken|zuschaun wie ..3 rumgehen|herumgehen|rumgeht|herumgeht|verbreitet_werden|online_gehen|viral_gehen|die_runde_machen|die_runde_macht',
      'zusehen|zuschauen|zugucken|zuschaun wie ..3 die_runde ..1 machen|macht',
    ],
    unless: ['virus|grippe|krankheit|corona|erkaltung|erkaeltung|gerucht*|geruecht*|ball|flasche|joint|zeit|einladung|liste|zettel|flyer|vom|von_der|klassenfahrt|ausflug|meme*|trend|challenge|tanz|lied|song', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    examples: {
      match: ['dann schau halt zu wie die bilder rumgehen', 'kannst ja zusehen wie dein video die runde macht'],
      ignore: ['schau zu wie die flasche rumgeht lol', 'guck zu wie der tanz viral gehen wird'],
    },
  },
  {
    id: 'would-interest-your-people-r29',
    phrases: [
      'das|des|dies|sowas ..1 wurde|wuerde|wurd|wuerd|durfte|duerfte|wird ..3 @poss @family|@audience ..2 sicher|bestimmt|brennend|sehr ..1 interessier*',
      '@poss @family|@audience ..2 wurde|wuerde|wurden|wuerden|wurd|wuerd ..2 sich ..2 sicher|bestimmt|brennend|sehr ..1 dafur|dafuer|fur_das|fuer_das ..1 interessier*',
    ],
    unless: ['rezept|buch|film|serie|artikel|link|geschenk*|gebacken|gekocht|angebot|job|praktikum|ausbildung|studium|urlaub*|konzert|referat|gemalt|hausaufgabe*|kurs|verein|training|turnier|museum|ausstellung|vortrag|kuchen|reise|tickets|karten|garten|auto|buchtipp|tipp', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|die_typen_sagen|die_typen_schreiben|diese_typen|sagen_einfach|schreiben_einfach|sagen_dann|schreiben_dann|kids_zahlen'],
    weight: 2,
    examples: {
      match: ['das würde deine eltern sicher brennend interessieren 😇', 'deine chefin würde sich bestimmt dafür interessieren'],
      ignore: ['das rezept würde deine mama sicher interessieren', 'das buch würde deinen vater bestimmt interessieren'],
    },
  },
  {
    id: 'call-your-parents-and-tell-r29',
    phrases: [
      'ich ..2 ruf|rufe ..3 @poss @family|@audience ..2 an ..4 erzahl*|erzaehl*|zeig*|sag*|schick* ..3 alles|was|wie|@media',
      'soll|sollte ich ..3 @poss @family|@audience|sie|ihn ..2 anrufen|anschreiben|besuchen|kontaktieren ..3 erzahl*|erzaehl*|zeig*|sag*|schick* ..4 was|wie|alles|@media',
      'ich ..2 komm|komme ..4 nach_hause|vorbei|heim ..4 zeig*|erzahl*|erzaehl* ..2 @poss @family ..2 @media|alles|was',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|geburtstag*|party|fahrgemeinschaft|abhol*|termin*|notfall|krank|unfall|hausaufgabe*|zeugnis|note|noten|verspat*|verspaet*|erlaubnis|erlauben|ob_du_darfst|ubernacht*|uebernacht*|geschwanzt|geschwaenzt|geraucht|zu_spat|zu_spaet|rezept|kuchen|urlaub*|ausflug|klassenfahrt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich ruf deine mutter an und erzähl ihr alles', 'soll ich mal deinen vater anrufen und ihm zeigen was du mir geschickt hast?', 'ich komm zu euch nach hause und zeig deinen eltern die bilder'],
      ignore: ['ich ruf deine mama an und erzähl ihr von der überraschung', 'soll ich deine mutter anrufen und sagen wie das mit der übernachtung läuft?'],
    },
  },
  {
    id: 'swiss-or-your-class-sees-it-r29',
    phrases: [
      'susch|suscht|sunscht|sosch|sunsch ..2 gseht|gsehts|gsehnd|gsehnds|gsehn|uberchunt|ueberchunt|uberchunnt|ueberchunnt|landets|landet|gahts|gohts ..3 dini|dine|dis|dim ..1 [ganzi|ganze|ganz] klass|klasse|famili|familie|eltere|eltern|frund|fruend|frunde|fruende|kollege|follower*|schuel|schule|chef|chefin|trainer|verein|mannschaft',
      'dini|dine ..1 foteli|fotis|fotos|bilder|bildli|video|videos|nacktbilder|nudes ..3 gond|gand|gaend|landed|landet|chomed ..3 a|an|i|in|uf|zu ..1 dini|dine|dis|dim|alli|all',
    ],
    unless: ['ferie|ferien|uusflug|usflug|ausflug|geburtstag|party|fest|hochzyt|hochzeit|schuelreis|klassenfahrt|lager', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['300 per twint susch gsehts dini ganzi klass', 'dini föteli gönd a dini eltere wenn du nöd zahlsch'],
      ignore: ['dini fotos vom uusflug gönd a dini eltere, sind mega schön', 'susch gseht dini klass s foti vom lager nöd'],
    },
  },
  {
    id: 'if-you-dont-want-it-to-land-r30',
    phrases: [
      'wenn|wennd|wenns|wennst|falls ..2 nod|nid|ned|nicht|net|nit ..1 willsch|willst|wotsch|witt|mochtest|moechtest|magst ..3 dass|das|dasses ..6 leak*|internet|netz|online|instagram|tiktok|snapchat|seite|siite|site|website|webseite|porno*|gruppe|gruppenchat|klassenchat|schule|schuel|klass|klasse|story ..2 landed|landet|landen|landa|uftauched|auftaucht|auftauchen|steht|stehen',
      'wenn|wennd|wenns|wennst|falls ..2 nod|nid|ned|nicht|net|nit ..1 willsch|willst|wotsch|witt|mochtest|moechtest|magst ..3 dass|das|dasses ..3 @poss|dini|dine|dis|die|d ..2 @family|@audience|eltere|kollege|kollega ..3 gseht|gsehnd|sieht|sehen|sehn|bekommt|bekommen|kriegt|kriegen|kriagt|bechunnt',
    ],
    unless: ['mull|muell|papierkorb|spam|spamordner|kalt|regen|pfutze|pfuetze|schlamm|dreck|boden|gewinnspiel|spoiler|geschenk*|uberraschung*|ueberraschung*|zeugnis|note|noten|hausaufgabe*|geburtstag*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    examples: {
      match: ['wennd nöd willsch dass die uf de leak siite landed, schick 100 stutz', 'wenn du nicht willst, dass die bilder im internet landen, zahl', 'falls du nicht willst dass deine eltern das sehen, antworte'],
      ignore: ['wenn du nicht willst dass die pizza im müll landet, iss sie', 'wenn du nicht willst dass deine eltern das geschenk sehen, versteck es', 'wenn du nicht willst dass die gruppe das spoilert, mute sie'],
    },
  },
  {
    id: 'shall-we-show-her-r30',
    phrases: [
      'sollen|soll|solln wir|ich ..1 ihr|ihm|ihnen|denen ..2 das|des|die|es|alles ..2 mal|einfach|jetzt ..1 zeigen|schicken|weiterleiten|vorlesen|zeign',
      'sollen|soll|solln wir|ich ..1 das|des|die|es|alles ..1 mal ..1 ihr|ihm|ihnen ..1 zeigen|schicken|weiterleiten|vorlesen|zeign',
    ],
    unless: ['geschenk*|uberraschung*|ueberraschung*|rezept|lied|song|video_vom|fotos_vom|bilder_vom|hausaufgabe*|referat|stolz|freuen|freut|kleid|outfit|zeugnis|meme|witz|lustig|urlaub|ausflug|hund|katze|zeichnung|bild_von_dir|tor|trick|haha*|lol|xd|jk', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    weight: 2,
    examples: {
      match: ['sollen wir ihr das mal zeigen?', 'soll ich ihm die mal schicken? 😈', 'solln wir des mal ihm zeigen oder was'],
      ignore: ['sollen wir ihr das geschenk mal zeigen?', 'soll ich ihm die fotos vom urlaub mal schicken?', 'soll ich ihr das mal zeigen? sie wäre so stolz'],
    },
  },
  {
    id: 'before-i-post-it-under-r30',
    phrases: [
      'bevor|ehe|sonst|oder ichs|ich_es|ich_s ..3 hier|drunter|darunter|unter|kommentar*|kommis|story|online|rein ..2 poste|posten|hochlade|teile|reinstelle|stelle|lade|leake|schicke',
      'poste|stell|stelle|lad|lade ichs|ich_es|ich_s ..2 hier|drunter|darunter|unter_dein|unter_deinen|in_die_kommentare|in_deine_kommentare',
    ],
    unless: ['vom|von_der|ausflug|urlaub|klassenfahrt|party|geburtstag*|hochzeit|einladung|gruppenfoto|klassenfoto|rezept|meme*|gewinnspiel|abstimmung|erlaubnis|einverstanden|okay_ist|ok_ist|fragen|frag|frage|versprochen|versprech*|link|antwort|losung|loesung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    weight: 3,
    examples: {
      match: ['schreib mir privat bevor ichs hier drunter poste', 'antworte oder ichs in die kommentare stelle', 'soll ich es? dann poste ichs hier drunter 😈'],
      ignore: ['sag bescheid bevor ichs vom ausflug hier poste', 'ich frag dich bevor ichs hier drunter poste, versprochen', 'poste ichs hier drunter oder in die gruppe? den link mein ich'],
    },
  },
  {
    id: 'then-i-wont-post-them-r30',
    phrases: [
      'dann|und ..6 ich ..1 poste|leake|verschick|verschicke|schick|schicke|zeig|zeige|veroffentliche|veroeffentliche|verbreite ..3 die|das|deine|sie|es|nichts ..1 @media|sachen|nudes|nicht|nich|ned|net|nix',
      'dann poste|leake|verschick|verschicke|schick|schicke|zeig|zeige|veroffentliche|veroeffentliche|verbreite ich ..3 @media|sie|es|die|das|nudes ..2 nicht|nich|ned|net|nirgends|keinem',
    ],
    unless: ['wenn_du_nicht_willst|wenn_du_das_nicht_willst|wenn_dus_nicht_willst|versprochen|versprech*|einverstanden|sorry|tut_mir_leid|peinlich|gefallt|gefaellt|gefallen|erlaubnis|fragen|frag|frage|okay_fur_dich|ok_fur_dich|haha*|lol|xd', 'urlaub|ausflug|klassenfahrt|party|geburtstag*|hochzeit|gruppenfoto|klassenfoto|rezept|meme*|hausaufgabe*|referat|link|termin', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    weight: 2,
    examples: {
      match: ['trade mir dein skin, dann kriegst du den acc und ich poste die chats nicht', 'schick 50 euro, dann poste ich die bilder nicht', 'zahl und ich verschicke die videos nicht'],
      ignore: ['dann poste ich die bilder nicht, wenn du das nicht willst', 'ok sorry dann poste ich die fotos nicht', 'dann schick ich die fotos vom ausflug nicht in die gruppe'],
    },
  },
  {
    id: 'soon-everyone-sees-r30',
    phrases: [
      'bald|morgen|heute|gleich|dann|demnachst|demnaechst|ab_morgen ..1 sehens|sehns|siehts|sehen_es|sieht_es|sehen_das|sieht_das|sehen_sie|kriegens|hams|habens alle|jeder|jede|alle_deine|deine_ganze|deine_ganzen',
      'sonst|oder siehts|sehens|sehns|sieht_es|sehen_es|kriegens ..1 bald|morgen|heute|gleich ..1 alle|jeder|jede',
    ],
    unless: ['kino|film|trailer|premiere|auftritt|konzert|ausstellung|zeugnis|noten|haare|frisur|tattoo|outfit|kleid|geburtstag*|uberraschung*|ueberraschung*|video_vom|fotos_vom|bilder_vom|klassenfoto|jahrbuch|schulzeitung|abiball|wettbewerb|gewonnen|stolz|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    weight: 2,
    examples: {
      match: ['willst sehen wie du nackt aussiehst? bald sehens alle 😈', 'antworte. sonst siehts morgen jeder', 'dann sehen es alle deine freunde'],
      ignore: ['bald sehens alle im kino, der trailer ist draußen', 'morgen siehts jeder, meine neue frisur 😍', 'dann sehen es alle beim auftritt'],
    },
  },
  {
    id: 'then-it-is-with-your-people-r31',
    phrases: [
      'dann|sonst|oder|gleich|sofort|danach|ansonsten|andernfalls ..2 ist|sind|liegt|liegen ..2 [das|die|dein|deine|alle|ganze] @media|alles ..2 bei|in|an @poss ..1 [ganze|ganzen|komplette|kompletten] @family|@audience|klassengruppe|klassenchat|stufengruppe|stufenchat',
      '@media|alles ..1 ist|sind|liegt|liegen ..1 dann|gleich|sofort|morgen|bald|heute|schon ..3 bei|in @poss ..1 [ganze|ganzen] @family|@audience|klassengruppe|klassenchat|stufengruppe|stufenchat',
      'ein|1|einen|nur_ein|nur_einen klick ..3 und ..3 @media|es|alles|sie|das|die ..2 ist|sind|geht|gehen|landet|landen ..1 drin|online|raus|rum|uberall|ueberall|viral',
      'ein|1|einen|nur_ein|nur_einen klick ..3 und ..3 @media|es|alles|sie|das|die ..2 ist|sind|geht|gehen|landet|landen ..1 in|bei|an ..2 klassengruppe|klassenchat|stufengruppe|stufenchat|@family|@audience',
      'in|noch # ..1 min|minuten|sekunden|stunde|stunden|h|std ..1 ist|sind|liegt|liegen|landet|landen ..2 @media|alles ..2 bei|in @poss ..1 [ganze|ganzen] @family|@audience|klassengruppe|klassenchat|stufengruppe|stufenchat',
    ],
    unless: ['vom|von_der|von_dem|ausflug|klassenfahrt|urlaub|konzert|turnier|spiel|training|trainingsvideo*|spielvideo*|analyse|schulfest|auftritt|abiball|hochzeit|gruppenfoto|klassenfoto|mannschaftsfoto*|teamfoto*|jahrbuch|referat|projekt|hausaufgabe*', 'vlog|kanal|youtube|abonnier*|abo|neues_video|neuer_song|stolz|toll|super|geil_geworden|schon_geworden|schoen_geworden|gut_geworden|haha*|lol|xd|upload_fertig|schnitt|geschnitten', 'hochgeladen|schick_ich_dir|frag|fragen|abholen|usb|stick|drive|cloud|link|wollte|wolltest|wollten|album|furs|fuers|mail|email|gemailt|per_whatsapp|ausgedruckt|fotobuch|abzug|abzuge|abzuege|entwickelt', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['in 10 min ist das video bei deinem chef', 'ein klick und es ist in der klassengruppe', 'du hast noch 10 minuten, dann sind die bilder bei deinen eltern', 'sonst ist das video morgen in deiner klassengruppe', 'die fotos sind gleich bei deiner mutter', 'ein klick und die bilder sind online'],
      ignore: ['dann ist das video vom turnier bei deinem trainer, der will es analysieren', 'ein klick und das video ist online, mein neuer vlog 😍', 'die fotos sind schon bei deiner mama, sie wollte sie fürs album', 'ok dann sind die bilder bei deiner oma, hab sie per link geschickt', 'in 10 min sind die fotos bei deinen eltern, hab sie per mail geschickt'],
    },
  },
  {
    id: 'group-made-subjectless-r31',
    phrases: [
      'hab|habe|hab_ich|habe_ich ..3 gruppe|gruppenchat ..2 mit ..2 @poss|all|allen ..2 @family|@audience ..2 erstellt|gemacht|gegrundet|gegruendet|eroffnet|eroeffnet|erstellt',
      'gruppe|gruppenchat ..2 mit ..2 @poss|all|allen ..2 @family|@audience ..2 steht|ist_fertig|existiert|gibts|gibt_es_schon|ist_bereit',
    ],
    unless: ['party|geburtstag*|uberraschung*|ueberraschung*|planen|plan|geschenk*|ausflug|klassenfahrt|projekt|referat|lernen|lerngruppe|training|spiel|zocken|treffen|feier|grillen|abi|hochzeit|einladung|termin*|fahrgemeinschaft|abholen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['hab schon ne gruppe mit all deinen freunden gemacht', 'hab ne gruppe mit deiner ganzen klasse erstellt, fehlt nur noch das video', 'die gruppe mit all deinen followern steht schon'],
      ignore: ['hab schon ne gruppe mit all deinen freunden gemacht für die überraschungsparty', 'hab ne gruppe mit deinen cousins erstellt wegen omas geburtstag', 'die gruppe mit deiner klasse steht, für die klassenfahrt'],
    },
  },
  {
    id: 'or-else-everyone-learns-r31',
    phrases: [
      'sonst|ansonsten|andernfalls ..1 erfahren|erfahrt|erfaehrt|wissen|weiss|sehen|sieht|kriegen|bekommen|kennen ..1 es|das|sie|die|alles|davon ..1 alle|jeder|jede|die_ganze_welt|ganz_deutschland|das_ganze_internet',
      'sonst|ansonsten|andernfalls ..1 alle|jeder|jede ..1 erfahren|erfahrt|erfaehrt|wissen|weiss|sehen|sieht|kennen ..1 es|das|davon|bescheid',
      'sonst|ansonsten|andernfalls ..1 weiss|weis|wissen|erfahren|erfahrt|erfaehrt alle|jeder|jede ..1 bescheid|davon',
      'sonst|ansonsten|andernfalls|oder es|das|alles ..1 erfahren|erfahrt|erfaehrt|wissen|weiss|sehen|sieht alle|jeder|jede',
    ],
    unless: ['sag|sags|erzahl*|erzaehl*|verrat*|verplapper*|nix|nichts|niemand*|keinem|keiner|leise|psst|selbst|selber|vor_dir|vorher|bevor|von_anderen|von_jemand*|von_mir|zuerst', 'party|geburtstag*|uberraschung*|ueberraschung*|geschenk*|crush|verliebt|verknallt|zusammen|schluss_gemacht|schwanger|note|noten|zeugnis|ergebnis*|fleck|zimmer|frisur|haare|outfit|spoiler*|folge|serie|film|ende', 'haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['zahl oder es erfahren alle', 'gib mir 50 euro sonst erfahren es alle', 'schick das geld bis heute abend, sonst wissen es alle', 'zahl sonst sehen es alle', 'ansonsten weiß jeder bescheid'],
      ignore: ['sag lisa bloß nix, sonst wissen es alle', 'erzähl es ihm selbst, sonst erfährt er es von anderen', 'mach den fleck weg sonst sehen es alle', 'kein spoiler bitte, sonst wissen es alle vor mir'],
    },
  },
  {
    id: 'shame-if-in-their-group-or-online-r31',
    phrases: [
      'war|ware|waer|waere|wars|waers ..2 schade|bloed|blod|dumm|peinlich|unangenehm ..2 wenn|falls ..2 @poss ..1 @family|@audience ..6 @app|gruppe|gruppenchat|klassengruppe|klassenchat|story|handy|handys ..2 hatte|haette|hatten|haetten|hat|haben|landet|landen|sehen|sieht',
      'schade|bloed|blod|dumm|peinlich|unangenehm ..2 wenn|falls ..2 @poss ..1 @family|@audience ..6 das|die|es|sie|@media ..3 @app|gruppe|gruppenchat|klassengruppe|klassenchat|story ..2 hatte|haette|hatten|haetten|hat|haben|sehen|sieht',
      'wenn|falls du ..2 nicht ..2 zahlst|bezahlst|uberweist|ueberweist|schickst ..3 bleiben|bleibt ..2 die|sie|das|es|alles|@media ..2 online|im_netz|im_internet|drin|oben',
      'jeder|alle ..2 aus|in|an @poss ..1 stadt|schule|klasse|stufe|@audience ..2 kann|konnen|koennen ..2 die|sie|es|das|dich|@media ..1 sehen|anschauen|runterladen',
      'was ..2 wurde|wuerde|wurden|wuerden @poss @family|@audience ..3 sagen|denken|machen|tun ..3 wenn ..3 @media|das|die|es ..2 kriegt|kriegen|bekommt|bekommen|erhalt|erhaelt|findet|finden',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|zimmer|unordnung|chaos|zeugnis|note|noten|kuchen|ticket*|karte|karten|termin|konzert|verpasst|verpassen|mathe|schwanzen|schwaenzen|zu_spat|zu_spaet|zigarette*|kippe*|vape|tattoo|piercing|rechnung|handyrechnung|strafzettel', 'profil|offentlich|oeffentlich|einstellung*|privat_stellen|privatsphare*|privatsphaere*|pass_auf|achtung|vorsicht|aufpassen|stolz|toll|freut|freuen|schon_geworden|schoen_geworden|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['wär doch blöd wenn dein trainer und das ganze team das in ihrer whatsapp gruppe hätten', 'wenn du nicht zahlst bleiben die bilder online', 'jeder aus deiner schule kann die dann sehen', 'was würde deine mutter sagen wenn sie das video kriegt?'],
      ignore: ['pass auf, jeder aus deiner klasse kann die sehen, dein profil ist öffentlich', 'wär schade wenn deine mama das geschenk schon in ihrer whatsapp gruppe hätte', 'was würde dein vater sagen wenn er die handyrechnung kriegt'],
    },
  },
  {
    id: 'if-they-see-what-you-sent-me-r32',
    phrases: [
      'wenn|falls|sobald ..3 sieht|sehen|sahe|saehe|erfahrt|erfaehrt|erfahren|liest|lesen|mitkriegt|merkt|merken|rausfinden|rausfindet ..2 was|wie du ..1 mir|mia|ma ..3 geschickt|gschickt|gesendet|gezeigt',
      'stell_dir_vor|stell_dir_mal_vor|denk_mal|denk_mal_dran ..6 sieht|sehen|sahe|saehe|erfahrt|erfaehrt|liest ..2 was|wie du ..1 mir|mia|ma ..3 geschickt|gschickt|gesendet|gezeigt',
    ],
    unless: ['freut|freuen|freust|staunen|staunt|neidisch|geschenk*|paket|postkarte|karte|rezept|meme*|lustig|witzig|haha*|lol|xd', 'tater|taeter|erpresser|masche|polizei|artikel|bericht'],
    weight: 3,
    examples: {
      match: ['stell dir vor deine mama sieht was du mir geschickt hast', 'wäre blöd wenn dein papa sieht was du mir gestern geschickt hast', 'denk mal an deine eltern, falls die erfahren was du mir gezeigt hast'],
      ignore: ['wenn mama sieht was du mir zum geburtstag geschickt hast freut sie sich', 'wenn sie sieht was du mir geschickt hast wird sie neidisch haha', 'wenn du siehst was ich dir geschickt hab'],
    },
  },
  {
    id: 'blurred-for-now-your-choice-r33',
    phrases: [
      'ob ..3 unscharf|verpixelt|zensiert|verschwommen|geblurrt|anonym|offline|versteckt ..1 bleibt|bleiben ..3 liegt|entscheidest|entscheiden|entscheidet|in_deiner_hand|an_dir',
      'liegt|entscheidest|entscheiden|entscheidet ..4 ob ..3 unscharf|verpixelt|zensiert|verschwommen|geblurrt|anonym|offline ..1 bleibt|bleiben',
    ],
    unless: ['kamera|objektiv|fokus|autofokus|bearbeit*|photoshop|lightroom|filter|app|handy_kamera|schulprojekt|projekt|zeitung|schulzeitung|jahrbuch|datenschutz|einverstanden|einverstandnis|einverstaendnis|erlaubnis', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|news'],
    weight: 3,
    examples: {
      match: ['ob dein gesicht verpixelt bleibt, entscheidest du', 'es liegt an dir ob die bilder zensiert bleiben', 'ob das video offline bleibt entscheidet dein kontostand'],
      ignore: ['ob dein gesicht im jahrbuch verpixelt bleibt entscheidest du, sag einfach bescheid', 'ob das foto unscharf bleibt liegt am autofokus', 'du entscheidest ob du anonym bleiben willst im schulprojekt'],
    },
  },
  {
    id: 'what-would-they-say-if-i-sent-r33',
    phrases: [
      'was ..4 @family|@audience|leute|alle|jeder|nachbarschaft|dorf ..2 sagt|sagen|denkt|denken|sagen_wurde|sagen_wuerde|sagen_wurden|sagen_wuerden ..3 wenn|falls|sobald ich ..3 @media|die|das|es|sie ..6 @sendv|rumschick*|reinstell*|reinschick*|rumzeig*|zeige|verteil*|rein',
      'was ..4 sagt|sagen|denkt|denken ..2 @family|@audience|leute|alle|jeder ..2 wenn|falls|sobald ich ..3 @media|die|das|es|sie ..6 @sendv|rumschick*|reinstell*|reinschick*|rumzeig*|verteil*',
      'was ..4 @family|@audience|leute|alle|jeder ..2 wohl|dazu|so ..1 sagt|sagen|denkt|denken ..3 wenn|falls|sobald ich ..3 @media|die|das|es|sie ..6 @sendv|rumschick*|reinstell*|reinschick*|rumzeig*|verteil*',
    ],
    unless: ['uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|urlaub*|ausflug|klassenfahrt|hochzeit|taufe|konfirmation|kommunion|fest|feier|ramadan|iftar|zuckerfest|opferfest|bayram|weihnacht*|ostern|konzert|auftritt|turnier|spiel|sieg|pokal|baby|hund|katze|kuchen|essen|rezept|stolz|freut|freuen|schon|schoen|suss|suess|haha*|lol|xd', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: {
      match: ['was meinst du was deine eltern sagen wenn ich die bilder rumschicke', 'was glaubst du denkt deine klasse wenn ich das video in die gruppe stelle', 'was die leute in der kirche wohl sagen wenn ich die fotos verteile'],
      ignore: ['was glaubst du was die gemeinde sagt wenn ich die fotos vom iftar in die gruppe schick, die freuen sich bestimmt', 'was sagt deine mama wenn ich die fotos vom urlaub schicke', 'was denkst du wenn ich das rezept schicke'],
    },
  },
] satisfies PatternEntry[];
