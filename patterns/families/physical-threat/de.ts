import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'ich weiss|weis|kenn|kenne|hab|habe|wiss ..2 wo du|sie ..2 wohnst|wohnen|lebst|leben|wohnt|schlafst|schlaefst',
      'ich kenn|kenne|hab|habe ..2 @poss adresse|addresse|wohnadresse|hausnummer|strasse',
      'ich weiss|weis ..3 welche|welcher|welches schule|gymnasium|klasse ..3 du|sie ..2 gehst|besuchst|bist',
      'ich weiss|weis ..2 wo @poss schule|@family ..2 ist|sind|wohnt|wohnen|arbeitet|arbeiten',
    ],
    unless: ['schon_da|doch_schon|war_schon|waren_schon|bei_dir_war|nachbar*|um_die_ecke|gleich_um|in_der_nahe|in_der_naehe|besuchen|vorbeikommen|paket|post', 'cafe|kaffee|laden|restaurant|einkaufen|kunde|hol_ich_mir|bestellen', 'haha*|lol|xd|jk|pizza|bin_in|bin_gleich|gleich_da|gleich_bei|bis_gleich|mach_auf|bring_dir|bringe_dir|vorbeibringen|mitbringen|buch|hefte|geschenk', 'bro|brudi|digga|diggah|diga|komm_gleich_ruber|komm_gleich_rueber|komm_ruber|komm_rueber', 'nicht_mehr|nich_mehr|nicht_genau|nicht_sicher|vergessen|einladung|karte|brief|schick_mal|schick_mir|brauch|brauche|stimmt|richtig|falsch|neue|alte|umgezogen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich weiß wo du wohnst, also ignorier mich nicht', 'ich weiß wo du wohnst', 'und ich weiß auf welche schule du gehst', 'ich kenne deine adresse', 'ich weiss wo deine eltern arbeiten'],
      ignore: ['ich weiß wo deine schwester arbeitet, im café oder? da hol ich mir morgen kaffee', 'ich hab deine adresse nicht mehr, schick mal für die einladung', 'ich weiß wo du wohnst, ich bring dir morgen das buch vorbei', 'ich weiß wo du wohnst haha bin in 5 min bei dir mit der pizza 🍕', 'ich weiß wo du wohnst bro ich komm gleich rüber und hau dich', 'weißt du wo sie wohnt?', 'ich weiß welche schule du meinst', 'ich weiß wo der bäcker ist'],
    },
  },
  {
    id: 'come-and-hurt',
    phrases: [
      'oder|sonst ich ..2 komm|komme|finde|find|stehe|steh ..3 zu_dir|dich|vorbei|bei_dir|zu_euch|vor_deiner|vor_deinem|vor_der',
      'oder|sonst komm|komme|finde|find|stehe|steh ich ..3 zu_dir|dich|vorbei|bei_dir|zu_euch|vor_deiner|vor_deinem',
      'ich ..2 werde|werd|wird dich finden',
      'ich schlag|schlage|prugel|pruegel dich ..2 zusammen|tot|kaputt|windelweich|krankenhaus',
      'leute|jungs|kumpels wissen|kennen ..2 wo du ..1 wohnst|lebst',
      'ich komm|komme ..3 zu dir ..3 gibts|gibt_es|passiert ..1 arger|aerger|was',
      'und|ja|doch|auch weiss|weis wo du|sie ..2 wohnst|wohnen|lebst',
      'ich ..2 finde|find|krieg|kriege ..1 raus|heraus ..1 wo du ..2 wohnst|lebst',
      'ich schick*|schicke ..2 leute|jemanden|meine_jungs|meine_leute ..2 zu|vorbei|bei dir|euch',
      'pass ..1 auf ..3 wenn du ..3 nach_hause|heim|heimgehst|heimkommst|heimlaufst|heimlaeufst|heimfahrst|heimfaehrst|allein|alleine',
      'passiert|geschieht ..2 @poss @family|dir ..2 was|etwas',
      '@poss @family ..3 passiert|geschieht ..2 was|etwas',
      'dann|sonst|oder|sagst|erzahlst|erzaehlst|zahlst|schickst|meldest ..1 stirbt|sterben|leidet|leiden ..1 @poss @family',
      'sonst|oder ..1 @poss @family ..2 stirbt|sterben|wird_leiden',
      'ich ..3 tu|tue|tun|mach|mache dir|deiner|deinem|ihnen|euch ..3 weh|was_an|etwas_an|antun',
      'ich ..3 verletz*|verprugel*|verpruegel*|abstech*|zusammenschlag*|umbring* ..3 dich|deine|deinen|deiner',
      'wenn|falls du ..3 nicht ..2 zahlst|bezahlst|schickst|uberweist|ueberweist|gehorchst ..3 bring*|toet*|tot*|umbring*|verletz*|finde|komm',
      'ich bring|bringe dich um ..3 wenn|falls du ..3 nicht ..2 zahlst|bezahlst|schickst|uberweist|ueberweist|gehorchst',
      'wenn|falls du ..3 nicht ..3 was ich ..2 sag|sage|will|verlange ..4 komm|komme|steh|stehe|finde|find|besuch|besuche ich ..3 vorbei|dich|zu_dir|bei_dir|vor_deiner|vor_deinem|vor_eurer|zu_euch',
      'wenn|falls du nicht ..2 zahlst|bezahlst|schickst|uberweist|ueberweist|gehorchst ..3 komm|komme|steh|stehe|besuch|besuche ich ..3 vorbei|dich|zu_dir|bei_dir|vor_deiner|vor_deinem|vor_eurer|zu_euch',
      'ich ..3 dich|deine|deinen ..3 verprugeln|verpruegeln|abstechen|zusammenschlagen|abknallen|erschiessen',
    ],
    unless: ['ich_mich|mich_selbst|mich_heute|mich_um|soll_ich|willst|magst|abholen|hol|hole|holen|bring|bringst|mitbringen|essen|lernen|helfen|schlussel|schluessel|geschenk', 'auf_dich_auf|glatt|glatteis|vorsichtig|meld_dich|melde_dich|sag_bescheid|gib_bescheid|schreib_mir_wenn|regen|schnee|gewitter|fahrrad|helm|licht', 'nicht_weh|nie_weh|niemals_weh|keine_angst|nichts_an|nix_an|nichts_tun|nix_tun', 'spiel|runde|match|1v1|fortnite|minecraft|valorant|fifa|cod|lol|xd|haha|hahaha|spass|witz|joke|loot|zock*|game', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn du nicht machst was ich sag komm ich vorbei', 'wenn du nicht zahlst steh ich morgen vor deiner tür', 'pass bloß auf wenn du heute heimkommst', 'mach die kamera an oder ich komm vorbei', 'ich werde dich finden', 'wenn du das jemandem erzählst passiert deiner familie was', 'ich tu dir weh'],
      ignore: ['wenn du nicht zahlst komm ich vorbei und hol mir das geld für die pizza haha', 'wenn du nicht machst was ich sag komm ich vorbei und wir lernen zusammen', 'wenn ich mich heute umbringe ist das deine schuld', 'ich mach dich fertig im 1v1', 'dann komm ich gleich mit dem schlüssel vorbei', 'ich komm vorbei wenn du willst', 'oder ich komm später', 'pass auf wenn du nach hause gehst, es ist glatt', 'pass auf dich auf wenn du heimfährst und meld dich'],
    },
  },
  {
    id: 'find-you-address-online-r35',
    phrases: [
      'ich ..1 find|finde|krieg|kriege dich ..6 pass ..1 auf',
      'pass ..1 auf ..6 ich ..1 find|finde|krieg|kriege dich',
      'ich ..1 find|finde|krieg|kriege dich ..1 schon|sowieso|eh|uberall|ueberall|uebrigens|ubrigens ..6 adresse|addresse|wohnst|wohnort|haus|schule|warte',
      '@poss adresse|addresse|wohnort|wohnadresse|hausnummer ..3 steht|stehen|ist|findet_man|find_man|kann_man|hab_ich ..3 im_internet|im_netz|online|auf_google|bei_google|gefunden|rausgefunden ..6 pass|find|finde|komm|komme|besuch*|vorbei|warte|bald|dann',
    ],
    unless: ['haha*|lol|xd|spiel|runde|fortnite|minecraft|versteck*|suss|suess|nett|toll|cool|lustig|witzig|hubsch|huebsch|sympathisch|pizza|paket|einladung|geschenk|karte|brief', 'auf_dich_auf|vorsichtig|datenschutz|losch*|loesch*|melde|meld|polizei|anzeigen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich krieg dich schon. pass bloß auf', 'ich finde dich eh, deine adresse ist kein geheimnis', 'deine adresse steht online, ich komm bald vorbei', 'deine adresse hab ich rausgefunden, warte nur'],
      ignore: ['ich find dich süß, pass auf dich auf', 'deine adresse steht online, lösch das und meld es', 'ich find dich eh im spiel, pass auf', 'ich finde dich sympathisch, deine adresse schick mir für die einladung'],
    },
  },
  {
    id: 'waiting-outside',
    phrases: ['ich ..2 warte|stehe|steh ..3 vor|an @poss haus|tur|tuer|schule|wohnung|fenster', 'ich ..2 komm|komme|tauche ..3 zu|an|in|vor @poss schule|haus|wohnung|arbeit'],
    unless: ['haha*|lol|xd|pizza|mach_auf|beeil*|komm_raus|hupe|auto|taxi|abholen|bin_da|schlussel|schluessel|mama|papa|paket|zusammen|los|fertig|turnier|fussball*|spiel|fest|auffuhrung|auffuehrung|zum|zur|mit|elternabend|sprechtag|konzert', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['ich warte vor deiner schule', 'ich stehe vor deinem haus'], ignore: ['ich warte vor deinem haus, beeil dich', 'ich weiß wo du wohnst 😂 ich steh vor deiner tür'] },
  },
  {
    id: 'tell-and-something-happens',
    phrases: [
      'wenn|falls du ..4 erzahlst|erzaehlst|sagst|verratst|verraetst|meldest|petzt|zur_polizei ..2 passiert|geschieht ..1 was|etwas|dir_was|dir_etwas|was_schlimmes|etwas_schlimmes',
      'wenn|falls du ..4 erzahlst|erzaehlst|sagst|verratst|verraetst|meldest|petzt ..3 bist du ..1 dran|tot|geliefert',
    ],
    unless: ['haha|lol|xd|spass|witz|joke|spoiler*|spoil*|serie|folge|staffel|film|ende|buch|uberraschung*|ueberraschung*|geschenk*|party|geburtstag*|zeugnis|note|noten|klausur|hausarrest|tagebuch|schwarm|crush', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn du das jemandem erzaehlst passiert was', 'falls du mich meldest bist du dran'],
      ignore: ['wenn du mir das ende sagst passiert was haha', 'wenn du ihr von der überraschung erzählst passiert was', 'wenn du papa von meinem zeugnis erzählst bist du tot 😤'],
    },
  },
  {
    id: 'know-where-to-find-you',
    phrases: [
      'ich ..1 weiss|weis|wees ..2 wo ich dich ..1 finde|finden|erwische|kriege|krieg',
      'weiss|weis ich ..2 wo ich dich ..1 finde|finden|erwische|kriege|krieg',
      'hab|habe|kenn|kenne ..1 @poss adresse|addresse|wohnadresse|hausnummer ..3 von|vom|rausgefunden|herausgefunden|besorgt|bekommen|gekriegt|raus',
      'ich weiss|weis|kenne|kenn ..2 wo @poss haus|wohnung|zimmer|fenster|tur|tuer|schulweg ..1 ist|steht|liegt|langgeht|lang_geht',
      'ich schick*|schicke ..2 leute|jemanden|meine_jungs|meine_leute|meine_kumpels|meine_bruder|meine_brueder|ein_paar_leute|paar_leute ..2 vorbei|rum|los',
      'dir|euch|deiner_familie|deinen_eltern ..1 wird ..2 was|etwas ..1 passieren|zustossen',
      'ich ..3 dich ..2 finden|finde ..3 egal wo|uberall|ueberall',
      'meine|paar|ein_paar leute|jungs|kumpels|bruder|brueder|freunde ..2 stehen|warten|sind|kommen ..3 vor|bei|an|zu @poss schule|haus|tur|tuer|wohnung|dir',
      'ich weiss|weis|kenn|kenne ..2 wo @poss ..1 [kleine|kleiner|kleinen|grosse|grosser|grossen] @family ..4 wohnt|wohnen|arbeitet|arbeiten|geht|gehen|ist|sind|schule',
      'wenn|falls du ..5 erzahlst|erzaehlst|sagst|verratst|verraetst|meldest|petzt|blockierst ..2 komm|komme|steh|stehe|bin ich ..3 vorbei|zu_dir|bei_dir|vor_deiner|vor_deinem|vor_eurer',
    ],
    unless: ["bib|bibo|bestimmt_wieder", 'haha*|lol|xd|jk|spass|witz|joke|pizza|bin_in|bin_gleich|gleich_da|bis_gleich|bis_spater|bis_spaeter|mach_auf|bibliothek|mensa|pause|training|party|treffpunkt|verstecken|versteckspiel|spiel|runde|zock*|game|map|karte', 'einladung|paket|post|brief|karte|geschenk|geburtstag|abholen|taxi|lieferung|bestellung|schick_mir|soll_ich|vorsicht|pass_auf_dich|pass_gut_auf|helm|fahrrad|strasse|glatt|unfall|fahr|fahrst|faehrst|nichts|nix|keine_angst', 'helfen|helft|hilfe|umzug|tragen|reparieren|aufbauen|renovieren|streichen|komm_raus|wir_gehen|wir_fahren|eis|essen|kino|mitkommen|cafe|kaffee|laden|restaurant|einkaufen|kunde', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['meine leute stehen schon vor deiner schule', 'pass auf was du tust, ich weiß wo deine kleine schwester zur schule geht', 'wenn du das deinen eltern erzählst komm ich vorbei', 'wenn du nicht kommst weiß ich wo ich dich finde', 'hab deine adresse von deinem kumpel', 'ich weiß wo dein haus ist', 'ich schick meine jungs vorbei', 'dir wird was passieren', 'ich werde dich finden, egal wo du bist'],
      ignore: ["ich weiß wo ich dich finde, du bist bestimmt wieder in der bib", 'ich weiß wo ich dich finde, in der bibliothek', 'hab deine adresse von deiner mama bekommen wegen der einladung', 'vorsicht, dir wird was passieren auf der glatten strasse', 'ich weiß wo du wohnst haha bin in 5 min bei dir mit der pizza', 'meine freunde stehen schon vor deiner schule, komm raus wir gehen eis essen', 'ich schick meine jungs vorbei zum zocken', 'ich schick meine jungs vorbei, die helfen beim umzug'],
    },
  },
  {
    id: 'can-be-at-your-door',
    phrases: ['ich kann|konnte|koennte|werde|bin ..2 jederzeit|bald|morgen|gleich|schnell|nachts ..2 vor|an|in @poss tur|tuer|haus|schule|wohnung|fenster|zimmer ..1 stehen|sein|auftauchen'],
    unless: ['haha*|lol|xd|pizza|abholen|paket|geschenk|mama|papa|oma|opa|bring|bringe|blumen|uberraschung*|ueberraschung*|geburtstag*|helfen|hilfe', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['ich kann jederzeit vor deiner tür stehen'], ignore: ['ich kann morgen vor deiner tür stehen und dich abholen'] },
  },
  {
    id: 'outside-right-now',
    phrases: ['ich bin|steh|stehe ..1 grad|gerade|jetzt|schon|hier ..1 vor|an|unter @poss|eurem|eurer|euer haus|tur|tuer|fenster|wohnung|schule|balkon', 'ich bin ..1 vor|an|unter @poss|eurem|eurer|euer haus|tur|tuer|fenster|wohnung|balkon ..4 licht|siehst|sehe|beobachte|warte'],
    unless: ['komm_raus|abholen|hupe|klingel*|mach_auf|bin_da|haha*|lol|xd|pizza|taxi|beeil*|schlussel|schluessel|paket|mama|papa|oma|opa|zusammen|los|fertig|runter|lass_rein|aufmachen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['ich bin vor deinem haus. mach das licht an wenn du mich siehst', 'ich steh grad vor deinem fenster', 'ich bin gerade vor eurem haus'], ignore: ['ich bin vor deinem haus, komm raus wir gehen los', 'ich steh grad vor deiner tür, mach auf'] },
  },
  {
    id: 'know-your-routine',
    phrases: [
      'ich weiss|weis|kenne|kenn ..2 wann du ..3 kommst|gehst|nach_hause|heimkommst|aus_hast|schluss_hast|training_hast|allein',
      'welchen weg du ..1 nimmst|gehst|fahrst|faehrst',
    ],
    unless: ['essen|mama|papa|oma|opa|abholen|hol|zusammen|mitkommen|begleiten|haha*|lol|xd|stundenplan|bus_kommt|fahrplan', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 3,
    examples: { match: ['ich weiß wann du von der schule kommst und welchen weg du nimmst'], ignore: ['ich weiß wann du von der schule kommst, essen ist um 2 fertig, mama'] },
  },
  {
    id: 'know-name-school-address',
    phrases: [
      'ich kenne|kenn|weiss|weis|hab|habe ..2 @poss ..1 vollen|ganzen|kompletten|echten ..1 namen|name ..6 schule|adresse|wohnort|eltern',
      'ich kenne|kenn|hab|habe ..6 und ..1 @poss adresse|wohnadresse|hausnummer',
    ],
    unless: ['einladung|paket|post|brief|karte|geschenk|geburtstag|party|formular|anmeldung|klassenliste|lehrer*|haha*|lol|xd|nicht_mehr|vergessen|schick_mal|schick_mir', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['ich kenne deinen vollen namen, deine schule und deine adresse'], ignore: ['ich hab deinen vollen namen und deine adresse für die einladung'] },
  },
  {
    id: 'beat-you-up',
    phrases: ['gibt|gibts|gibt_es|kriegst|bekommst|setzt|setzts|hau|haue ..3 aufs|auf_die|eins_auf_die|was_auf_die|paar_auf_die|in_die ..1 maul|fresse|schnauze|nuss|mutze|muetze|omme|glocke|zwolf|zwoelf|12|backen|zahne|zaehne'],
    unless: ['spiel|1v1|match|runde|zock*|fortnite|fifa|minecraft|valorant|game|haha*|lol|xd|bruder|schwester|film|serie|folge|buch|boxen|training|sparring|kampfsport'],
    examples: { match: ['ich und meine jungs warten am tor und dann gibts richtig aufs maul', 'du kriegst eins auf die fresse wenn ich dich seh'], ignore: ['im 1v1 kriegst du aufs maul haha', 'im film gibts richtig aufs maul'] },
  },
  {
    id: 'know-your-school-coming',
    phrases: [
      'ich weiss|weis|kenne|kenn ..2 wo du ..3 schule|wohnst|trainierst|arbeitest|bist ..6 komm|komme|vorbei|warte|finde|hol|besuch*|auflauern|abpassen',
      'ich finde|find|krieg|kriege|erwisch|erwische dich ..4 dann|und ..1 bist du dran',
    ],
    unless: ['haha*|lol|xd|abholen|mitbringen|bringe|bring|tante|onkel|oma|opa|mama|papa|geschenk*|kuchen|buch|hefte|heft|versteck*|fangen|spiel|runde|zock*|nachbar*|uberraschung*|ueberraschung*|geburtstag*|party|mitnehmen|fahrgemeinschaft|lernen', 'bro|brudi|digga|diggah|diga|bruder|nebenan|controller|chips'],
    examples: { match: ['ich weiß wo du zur schule gehst und ich komm vorbei', 'ich finde dich und dann bist du dran', 'ich weiß wo du wohnst, ich warte da auf dich'], ignore: ['ich finde dich und dann bist du dran, verstecken spielen macht spaß', 'ich weiß wo du wohnst, ich komm vorbei und bring dir das heft', 'ich weiß wo du wohnst bro ich komm gleich rüber und hau dich'] },
  },
  {
    id: 'i-have-people',
    phrases: ['ich hab|habe|kenne ..1 leute|jungs|freunde|kontakte|bruder ..2 die ..1 dich ..2 finden|holen|besuchen|fertigmachen|kriegen|abstechen|platt_machen|plattmachen'],
    unless: ['haha*|lol|xd|spiel|zock*|nachhilfe|hilfe|helfen|job|praktikum|wohnung|verlaufen|verloren|wald|suchen|vermisst|sorge|suchtrupp'],
    examples: { match: ['ich hab leute die dich finden'], ignore: ['ich kenn leute die dich finden können wenn du dich verläufst, keine sorge'] },
  },
  {
    id: 'know-where-you-train',
    phrases: ['ich weiss|weis|kenne ..1 wo|wann du ..2 trainierst|trainieren|schluss_hast|aus_hast|heimgehst|heimkommst|langgehst|unterwegs_bist|nachhilfe_hast'],
    unless: ['verein|team|mannschaft|trainer*|auch|mit|zusammen|abholen|mitnehmen|fahrgemeinschaft|mama|papa|oma|opa|haha*|lol|xd|geburtstag*|uberraschung*|ueberraschung*|eis|essen|kino|treffen|gehen_wir|wir|uns|party'],
    weight: 3,
    examples: { match: ['ich weiß wo du trainierst. dienstag 18 uhr oder', 'ich weiß wann du schluss hast'], ignore: ['ich weiß wo du trainierst, ich komm auch mal mit', 'ich weiß wann du schluss hast, dann gehen wir eis essen'] },
  },
  {
    id: 'watch-out-routine-r9',
    phrases: [
      'ich weiss|weis|kenne|kenn ..2 wann du ..3 rauskommst|kommst|gehst|heimkommst|nach_hause ..1 und ..1 welchen|wo_lang|wie_lang weg',
      'pass ..1 [bloss|blos|lieber|gut|schon|mal] auf ..1 wenn du ..6 ich weiss|weis|kenne|kenn ..1 wann|wo du|welchen_weg|deinen_weg|deinen_schulweg',
    ],
    unless: ['essen|mama|papa|oma|opa|abholen|hol|zusammen|mitkommen|begleiten|haha*|lol|xd|stundenplan|bus_kommt|fahrplan|glatt|eis|regen|dunkel|vorsichtig|baustelle|auto|strasse|ampel|schlussel|schluessel'],
    examples: {
      match: ['pass auf wenn du morgen aus der schule kommst. ich weiß wann du rauskommst und welchen weg du nimmst', 'ich weiß wann du nach hause gehst und welchen weg du nimmst'],
      ignore: ['pass auf wenn du nach hause gehst, es ist glatt. ich weiß wann du kommst', 'ich weiß wann du kommst und welchen weg du nimmst, ich hol dich ab', 'pass auf wenn du morgen kommst, ich weiß wo der schlüssel ist'],
    },
  },
  {
    id: 'answer-or-at-your-door-r9',
    phrases: [
      'wenn|falls du ..4 nicht|nich|net|blockierst|ignorierst ..6 steh|stehe|bin|komm|komme ich ..3 vor|an @poss tur|tuer|haustur|haustuer|haus|wohnung|schule|fenster',
      'sonst|oder|andernfalls ..1 steh|stehe|bin|komm|komme ich ..3 vor|an @poss tur|tuer|haustur|haustuer|haus|wohnung|schule|fenster',
    ],
    unless: ['pizza|abholen|zusammen|gerne|gern|haha*|lol|xd|geburtstag*|uberraschung*|ueberraschung*|schlussel|schluessel|paket|mama|papa|oma|opa|klingel*|handy_aus|akku|tut_mir_leid|sorry|sorgen|ob_alles_ok|alles_okay|okay_bist|ok_bist'],
    examples: {
      match: ['wenn du mir nich bis morgen antwortest steh ich vor deiner tür. und dann ist dein bruder dran', 'antworte sonst steh ich vor deiner schule'],
      ignore: ['wenn du nicht ans handy gehst komm ich vor deine tür und klingel, mach dir sorgen', 'wenn du nicht runterkommst steh ich mit pizza vor deiner tür haha'],
    },
  },
  {
    id: 'my-boys-at-your-school-r11',
    phrases: [
      'meine|paar|ein_paar ..1 jungs|leute|kumpels|jungen|bruder|brueder|gang|freunde ..3 stehen|warten|kommen|sind|tauchen ..4 vor|an|bei ..1 @poss ..1 schule|haus|tur|tuer|wohnung|haustur|haustuer|arbeit',
      'dann|sonst ..2 wird*|wirds ..2 hasslich|haesslich|ungemutlich|ungemuetlich|gefahrlich|gefaehrlich ..2 fur|fuer dich',
      'ich ..1 weiss|weis|kenn|kenne ..2 wann|wo|welchen_weg du ..3 nachhause|nach_hause|heim|heimgehst|langlaufst|langlaeufst|langgehst|lauft|laufst|laeufst ..2 gehst|lauft|laufst|laeufst|fahrst|faehrst',
      'du lauf*|laeuf*|gehst ..1 immer ..3 allein|alleine ..3 durch|uber|ueber|nach',
      '@sendv|mach*|zahl*|tu ..4 dann passiert ..1 dir ..1 auch ..1 nix|nichts',
    ],
    unless: ['haha*|lol|xd|party|geburtstag*|uberraschung*|ueberraschung*|abholen|helm|gurt|sonnencreme|jacke|gekommen|kamst|spiel|match|turnier|training', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['wenn du zu den bullen gehst stehen meine jungs morgen vor deiner schule. dann wirds hässlich für dich', 'ich weiss wann du nachhause gehst. du läufst immer allein durch den park oder', 'schick einfach, dann passiert dir auch nix', 'sonst wirds ungemütlich für dich'],
      ignore: ['meine freunde warten vor deiner schule mit der überraschung', 'zieh den helm an dann passiert dir auch nix', 'ich weiss wann du nach hause gekommen bist!!'],
    },
  },
  {
    id: 'do-what-i-say-or-else-r11',
    phrases: ['nicht ..2 machst|tust ..1 was ich ..2 sage|sag ..4 mach ich dich ..1 fertig|kaputt'],
    unless: ['haha*|lol|xd|spiel|runde|match|fifa|fortnite|game', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['wenn du nicht machst was ich sage, mach ich dich fertig'], ignore: ['nächste runde mach ich dich fertig lol'] },
  },
  {
    id: 'know-someone-who-hurts-r12',
    phrases: [
      'kenn|kenne ..2 jemand*|leute|typen|welche|jungs ..2 die|der ..1 dir|dich ..3 weh_tun|wehtun|verprugeln|verpruegeln|fertig_machen|abstechen|holen|besuchen_kommen',
    ],
    unless: ['haha*|lol|xd|helfen|hilft|nachhilfe|tattoo|piercing|arzt|zahnarzt|physio|massage|training|trainer', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich kenn jemand der dir weh tun kann', 'ich kenne leute die dich fertig machen'],
      ignore: ['ich kenn jemand der dir beim tattoo nicht so weh tut'],
    },
  },
  {
    id: 'know-your-route-r13',
    phrases: [
      'weiss|weis|kenn|kenne ..1 welche|welchen|welches|mit_welcher|mit_welchem|mit_welchen|wann_du|wo_du bahn|bus|zug|tram|s_bahn|ubahn|you_bahn|weg|schulweg|haus|tur|tuer|strasse|haltestelle|bushalte*|gleis ..4 du ..3 jeden|immer|taglich|taeglich|morgens|abends|nimmst|fahrst|faehrst|gehst|wohnst|lebst|bist',
      'ich ..1 seh|sehe|beobacht*|beobachte ..1 dich ..3 jeden|immer|jeden_tag|jeden_morgen|taglich|taeglich ..3 an|bei|in ..1 der|dem|deiner|deinem bushalte*|haltestelle|bahn|bahnhof|schule|gleis|tur|tuer|haus',
      'weiss|weis ..1 welches|wo_dein haus ..5 arger|aerger|stress|probleme|arga ..2 fur|fuer dich|deine',
      'arger|aerger|probleme|stress ..2 fur|fuer dich ..2 und|oder ..1 @poss @family',
    ],
    unless: ['haha*|lol|xd|zusammen|mitfahren|mitnehmen|warte|wartest|treffen_uns|gemeinsam|mit_dir_fahren|meinst|gemeint|geburtstag|uberraschung|ueberraschung|schule_hat|lehrer*|papa_sagt|mama_sagt|schulaufgabe|hausaufgabe'],
    examples: {
      match: ['ich weiß welche bahn du jeden morgen nimmst, grüne jacke, gleis 2', 'ich weiß mit welchem bus du fährst', 'ich seh dich jeden tag an der bushalte', 'ich komm heut abend vorbei, weiß welches haus. dann gibts ärger für dich und deine familie', 'dann gibts stress für dich und deine eltern'],
      ignore: ['ich weiß welche bahn du jeden morgen nimmst, lass zusammen fahren', 'ich weiß welches haus du meinst, das gelbe'],
    },
  },
  {
    id: 'family-kaputt-god-help-r13',
    phrases: [
      'mach|mache|machen ..2 @poss @family ..1 kaputt|fertig|platt|tot|alle',
      'gnade dir|euch gott',
      'ich ..1 finde|find|krieg|kriege|erwisch|erwische dich ..3 und_dann|dann ..3 gnade|bereust|tut_es_dir|wirst_du|bist_du',
    ],
    unless: ['keine_gnade|gibts_keine|gibt_es_keine|gibt_keine', 'haha*|lol|xd|runde|match|spiel|game|fortnite|minecraft|valorant|cod|fifa|level|map|lobby|server|skin|stream|monopoly|uno|schach'],
    examples: {
      match: ['ich mach deine familie kaputt wenn du mich blockierst', 'ich finde dich und dann gnade dir gott', 'ich krieg dich und dann bereust du es'],
      ignore: ['ich finde dich auf der map und dann gnade dir gott lol', 'wenn ich dich in fortnite finde gnade dir gott'],
    },
  },
  {
    id: 'know-your-school-think-r15',
    phrases: [
      'ich ..1 kenn|kenne|weiss|weis ..3 @poss schule|verein|adresse|strasse|haus|wohnung|arbeit ..6 denk|uberleg|ueberleg|bedenk ..1 mal|gut|dir|dran',
    ],
    unless: ['haha*|lol|xd|wechseln|anmelden|bewerbung|ob_du|fahrrad|weg_zur|route|abholen|hol|hole|besuchen|vorbeikommen|geburtstag*'],
    examples: {
      match: ['ich kenn deine schule und deinen verein, denk mal nach'],
      ignore: ['ich kenn deine schule, überleg mal ob du wechseln willst', 'ich kenn deine adresse, denk dran ich hol dich ab'],
    },
  },
  {
    id: 'something-happens-to-family-r16',
    phrases: [
      'dann|sonst|oder|und_dann ..2 passiert|geschieht ..2 @poss ..2 @family|freundin|freund|hund|katze ..2 was|etwas|ein_unfall|was_schlimmes',
      'passiert|geschieht ..2 @poss [kleinen|kleine|kleiner] @family ..2 was|etwas|ein_unfall|was_schlimmes ..3 wenn|falls|sonst|oder',
      'oder|sonst|dann ..1 @poss [kleinen|kleine|kleiner] @family ..1 passiert|geschieht ..1 was|etwas|ein_unfall|was_schlimmes',
      '@poss [kleinen|kleine|kleiner] @family ..1 passiert|geschieht ..1 was|etwas|was_schlimmes ..3 wenn|falls du',
    ],
    unless: ['hoffentlich|hoffe|bete|pass_auf|passt_auf|vorsicht|sorge|sorgen|krank|krankenhaus|arzt|unfall_gehabt|gehort|gehoert|gestern|schon_wieder|zum_gluck|zum_glueck|gott_sei_dank|was_ist|ist_was|was_passiert|ist_alles_ok|geburtstag*|uberraschung*|ueberraschung*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['wenn du mich blockst komm ich zu deiner schule und dann passiert deinem kleinen bruder was', 'antworte oder deiner mama passiert was', 'deiner schwester passiert was wenn du nicht zahlst'],
      ignore: ['hoffentlich passiert deinem bruder nix beim unfall', 'pass auf dass deiner katze nichts passiert bei dem wetter', 'was ist deiner mama passiert? ist alles ok?'],
    },
  },
  {
    id: 'find-out-where-you-live-r17',
    phrases: [
      'ich ..2 find|finde|kriege|krieg|bekomme ..2 raus|heraus ..2 wo du|@poss ..2 wohnst|wohnt|wohnen|lebst|lebt|leben|schlafst|schlaefst',
      'ich find|finde|krieg|kriege dich ..4 ich weiss|weis ..1 wo|wann|welche|in_welche du|deine ..3 wohnst|schule|gehst|bist|trainierst',
    ],
    unless: ['party|geschenk*|uberraschung*|ueberraschung*|paket|brief|postkarte|einladung|besuch*|haha*|lol'],
    examples: {
      match: ['ich finde raus wo deine familie wohnt und dann wirst du sehen was passiert', 'ich krieg schon raus wo du wohnst', 'ich find dich. ich weiß wo du zur schule gehst'],
      ignore: ['ich finde raus wo du wohnst und schick dir ein geschenk haha', 'ich find raus wo die party ist'],
    },
  },
  {
    id: 'or-i-stand-at-your-door-r18',
    phrases: [
      "sonst|oder|ansonsten ..3 steh|stehe|komm|komme|bin|tauch|tauche ich ..3 vor|an|bei @poss|eurer|eurem|eure|euch|deiner ..1 haustur|haustuer|tur|tuer|wohnung|haus|schule|klingel",
      "sonst|oder ..2 steh|stehe ich ..2 bei|vor euch|dir",
      "sonst|oder ich ..2 steh|stehe|tauch|tauche ..2 bei|vor euch|dir|deiner|eurer ..2 auf|haustur|haustuer|tur|tuer",
    ],
    unless: ["klingel*|aufmachst|aufmachen|wir_wollten|haha*|lol|xd", "grill*|kuchen|pizza|geburtstag|party|lernen|abholen|mach_mal_auf|essen|paket|schlussel|schluessel"],
    examples: {
      match: ["komm morgen zu mir dann reden wir. sonst steh ich vor eurer haustür", "antworte, oder ich tauch bei euch auf", "sonst bin ich morgen an deiner schule"],
      ignore: ["sonst steh ich halt vor deiner tür und klingel bis du aufmachst 😂 wir wollten doch los", "ich steh vor eurer haustür, mach mal auf", "sonst komm ich halt später zu euch zum grillen"],
    },
  },
  {
    id: 'then-you-see-what-happens-r18',
    phrases: [
      "komm|komme|steh|stehe ..4 dir|euch|deiner|eurer ..4 dann ..1 siehst|wirst|merkst du ..2 was ..1 passiert|passieren|los_ist",
      "weiss|weis ich ..1 wo ich dich ..4 finde|finden|erwische|abfange|treffe|kriege|krieg",
    ],
    unless: ["bib|bibliothek|mensa|kuchen|backen|pizza|party|geburtstag|haha*|lol|xd"],
    examples: {
      match: ["ich komm zu dir nach hause und dann siehst du was passiert", "wenn du nicht antwortest, weiß ich wo ich dich nach der schule finde"],
      ignore: ["ich weiß wo ich dich finde, bist eh immer in der bib 😂", "ich komm zu dir und dann siehst du was passiert wenn wir den kuchen backen"],
    },
  },
  {
    id: 'shame-if-something-happened-r21',
    phrases: [
      'waer|waere|war|ware|wars|waers|wuerde|wurde ..2 schade|bloed|blod|bloede|dumm|traurig|schlimm|unschon|unschoen ..3 wenn ..4 dir|ihr|ihm|deiner|deinem|deinen|euch ..4 was|etwas|irgendwas ..1 passiert|passieren|zustosst|zustoesst',
      'wo ..2 @poss @family|schwester|bruder ..2 arbeitet|wohnt|schlaft|schlaeft|zur_schule_geht ..6 ..6 passiert|passieren|zustosst|zustoesst',
    ],
    unless: ['unfall|glatteis|glatt|eis|helm|gurt|anschnallen|vorsicht|pass_auf_dich_auf|sturm|gewitter|wetter|krank|grippe|corona|polizei_sagt|versicherung'],
    examples: {
      match: ['deine mutter arbeitet doch in der sparkasse in der hauptstrasse oder? waer bloed wenn ihr auf dem heimweg was passiert', 'wäre echt schade wenn deinem kleinen bruder was zustößt', 'wär doch traurig wenn dir auf dem schulweg was passiert'],
      ignore: ['wär blöd wenn dir bei dem glatteis was passiert, zieh gute schuhe an', 'wäre schade wenn dir ohne helm was passiert', 'wäre schlimm wenn euch bei dem sturm was passiert, bleibt drinnen'],
    },
  },
  {
    id: 'know-school-and-when-r21',
    phrases: [
      'kenn|kenne|weiss|weis ..1 @poss schule|adresse|haus|strasse|wohnung|training|verein ..5 weiss|weis|kenn|kenne ..1 wann|wo du',
    ],
    unless: ['abholen|hol_dich|mama|papa|oma|opa|lehrer*|elternabend|ueberraschung*|uberraschung*|geburtstag*|party'],
    examples: {
      match: ['ich kenn deine schule und weiss wann du rauskommst', 'ich weiss deine adresse und weiss wann du allein bist'],
      ignore: ['ich kenn deine schule und weiss wann du rauskommst, ich hol dich ab wie besprochen', 'ich kenn deine schule, weiss wie du dich fühlst, war auch da'],
    },
  },
  {
    id: 'do-what-i-say-or-he-gets-hurt-r25',
    phrases: [
      'machst|tust was ich ..1 sag|sage|will ..3 oder|sonst ..3 er|sie|@family|bruder|schwester ..2 kriegt|kriegen|bekommt|bekommen ..1 probleme|problem|arger|aerger|was_ab|eine|eins',
      'ich ..1 werd|werde|will dir ..2 wehtun|weh_tun|schaden ..3 wenn|falls|sonst',
    ],
    unless: ['hausaufgabe*|zimmer|aufraumen|aufraeumen|spiel|runde|team|trainer|haha*|lol|xd'],
    examples: {
      match: ['ich werd dir wehtun wenn du nicht antwortest', 'entweder du machst was ich sag oder er kriegt probleme', 'du tust was ich will oder dein bruder kriegt was ab'],
      ignore: ['du machst was ich sag oder du kriegst ärger, räum dein zimmer auf'],
    },
  },
  {
    id: 'ill-find-you-wherever-r26',
    phrases: [
      'ich find|finde ..1 dich ..4 egal wo|wohin',
      'ich werd|werde ..1 dich ..1 finden ..4 egal wo|wohin',
      'ich find|finde ..1 raus|heraus ..1 wo du ..1 wohnst|lebst|zur_schule',
      'du entkommst|entkommst_mir ..2 mir|nicht ..4 ich find|finde|krieg|kriege dich',
    ],
    unless: ['map|runde|spiel*|game|zock*|camp*|verstecken_spielen|versteckspiel*|beim_verstecken|fangen|fortnite|minecraft|roblox|valo*|server|match|lobby|bot|noob|level|boss|quest|lan|headset', 'lol|haha*|xd|jk'],
    examples: {
      match: ['ich find dich, egal wo du dich versteckst', 'du entkommst mir nicht, ich find raus wo du wohnst', 'ich werde dich finden egal wohin du gehst'],
      ignore: ['ich find dich egal wo du auf der map campst 💀', 'ich find dich beim verstecken egal wo du bist lol', 'ich find dich egal wie toll'],
    },
  },
  {
    id: 'stab-you-r26',
    phrases: ['ich stech|steche|stechen ..1 dich ..1 ab', 'ich stech|steche ..1 dich ..3 messer'],
    unless: ['map|runde|spiel*|game|zock*|camp*|fortnite|minecraft|roblox|valo*|cs|csgo|counter|server|match|lobby|bot|noob|level|knife|skin|among_us|impostor|imposter', 'lol|haha*|xd|jk'],
    examples: {
      match: ['ich stech dich ab', 'ich steche dich ab wenn du nicht antwortest'],
      ignore: ['ich stech dich ab in der nächsten runde cs 💀', 'als impostor stech ich dich ab lol'],
    },
  },
  {
    id: 'veiled-run-into-you-r27',
    phrases: [
      'war|waer|ware|waere|wars|waers ..2 blod|bloed|schade|dumm|doof|ungunstig|unguenstig ..2 wenn|falls wir uns ..4 begegnen|begegnen_wurden|begegnen_wuerden|uber_den_weg|ueber_den_weg|zufallig_treffen|zufaellig_treffen',
      'pass|passt ..2 auf ..1 wenn du ..4 aus_der_schule|vom_training|aus_dem_training|aus_dem_haus|heim|nach_hause ..1 kommst|gehst|rauskommst',
      'ich find|finde dich schon|eh|sowieso|trotzdem|uberall|ueberall|immer',
    ],
    unless: ['glatt|eis|regen|dunkel|strasse|verkehr|fahrrad|rad|licht|gewitter|sturm', 'bahnhof|treffpunkt|eingang|jacke|erkenne|halle|verstecken|versteck*|suchen|schnitzeljagd|konzert|festival|menge|karte|standort', 'runde|noob|game|match|zocken|spiel|lobby|map|fortnite|minecraft|coins', 'haha*|lol|xd'],
    weight: 3,
    examples: {
      match: ['wär doch blöd wenn wir uns da mal begegnen', 'pass auf wenn du morgen aus der schule kommst', 'du kannst nicht wegrennen ich find dich schon'],
      ignore: ['pass auf wenn du nach hause gehst, es ist glatt', 'keine sorge ich find dich schon am bahnhof', 'wär schade wenn wir uns verpassen', 'nächste runde bist du tot du noob, ich find dich schon'],
    },
  },
  {
    id: 'pay-or-we-come-by-r27',
    phrases: [
      'wenn|falls du ..1 nicht|nix|nichts ..2 zahlst|bezahlst|uberweist|ueberweist|blechst ..3 komm|komme|kommen|stehe|stehen|steh ich|wir ..3 vorbei|zu_dir|vor_deiner|bei_dir|zu_euch',
      'zahl|bezahl|uberweis|ueberweis ..4 sonst|oder ..2 komm|komme|kommen|stehe|stehen|steh ich|wir ..3 vorbei|zu_dir|vor_deiner|bei_dir|zu_euch',
    ],
    unless: ['pizza|essen|ticket*|miete|rechnung|kino|schulden_bei_mir|haha*|lol|xd'],
    examples: {
      match: ['wenn du nicht zahlst kommen wir vorbei', 'zahl bis morgen sonst stehen wir bei dir vor der tür'],
      ignore: ['wenn du die pizza nicht zahlst komm ich vorbei und hol mir das geld haha'],
    },
  },
  {
    id: 'greetings-to-sibling-school-r28',
    phrases: [
      'gruss*|gruess*|gruse|gruesse|grusse ..3 @poss ..1 kleine|kleinen|kleiner|kleines|jungeren|juengeren|jungere|juengere ..1 schwester|bruder|geschwister|schwesterchen|bruderchen|bruederchen ..6 schule|grundschule|kita|kindergarten|hort|schulweg|heimweg|schulbus|spielplatz|turnhalle',
      'waer|waere|war|ware|wars|waers ..2 schade ..3 wenn der|dem ..1 kleinen|kleine|maus|zwerg ..4 was|etwas|irgendwas ..1 passiert|passieren|zustosst|zustoesst',
    ],
    unless: ['viel_gluck|viel_glueck|einschulung|schultag|erster_schultag|alles_gute|gute_besserung|geburtstag|glueckwunsch|gluckwunsch|danke|bastel*|gemalt|sommerfest|laternenfest|auffuhrung|auffuehrung', 'unfall|glatteis|glatt|eis|helm|gurt|anschnallen|vorsicht|pass_auf|sturm|gewitter|wetter|krank|grippe'],
    examples: {
      match: ['Grüße an deinen kleinen Bruder übrigens, Grundschule an der Lindenstraße, oder?', 'schöne grüße an deine kleine schwester, geht die immer noch allein zur kita?', 'wär schade wenn dem kleinen auf dem heimweg was passiert'],
      ignore: ['schöne grüße an deine kleine schwester, viel glück am ersten schultag in der grundschule!', 'grüß deinen kleinen bruder, danke für das bild aus dem kindergarten', 'wär schade wenn dem kleinen bei dem glatteis was passiert'],
    },
  },
  {
    id: 'dialect-know-where-you-live-r28',
    phrases: [
      'i|ich woas|woass|woas|wass|woaz ..1 genau|scho|eh ..1 wo du|d ..1 wohnst|wohnsch|wohnscht|lebst|wohnt|bist',
      'i|ich woas|woass|woas|wass|woaz wo du|d ..1 wohnst|wohnsch|wohnscht|lebst|bist',
    ],
    unless: ['haha*|lol|xd|besuch*|paket|post|geschenk|vorbei_bringen|vorbeibringen|abholen|mitnehmen|taxi|party|feier|nachbar*|gleich_ums_eck|ums_eck|cool|super'],
    examples: {
      match: ['i woas wo du wohnst', 'i woass scho wo du wohnst, also überlegs da guat'],
      ignore: ['i woas wo du wohnst, i bring da des paket vorbei', 'i woas eh wo du wohnst haha, gleich ums eck'],
    },
  },
  {
    id: 'come-out-or-i-come-in-r28',
    phrases: [
      'komm|kommst ..2 raus|runter|heraus ..2 sonst|oder ..3 komm|komme ich ..2 rein|hoch|rauf|zu_dir|dich_holen|dich_hol',
      'wenn du ..2 nicht|nich|ned ..1 rauskommst|runterkommst ..3 komm|komme ich ..2 rein|hoch|rauf|dich_holen',
    ],
    unless: ['essen|abendessen|mittagessen|fruhstuck|fruehstueck|zahne|zaehne|bus|zug|spat|spaet|los|fertig|mama|papa|oma|opa|schatz|liebling|haha*|lol|xd|kalt|regen|spielen|fussball|baden|pool|kuchen|party|film'],
    weight: 3,
    examples: {
      match: ['komm raus sonst komm ich rein', 'wenn du nicht rauskommst komm ich dich holen, ich weiß welche klasse'],
      ignore: ['komm runter zum essen sonst komm ich hoch', 'komm raus zum fussball, sonst komm ich rein und hol dich lol'],
    },
  },
  {
    id: 'ill-drop-by-i-have-the-address-r29',
    phrases: [
      'vorbei|vor_eurer_tur|vor_eurer_tuer|vor_deiner_tur|vor_deiner_tuer ..4 adresse ..1 hab|habe|kenn|kenne|hob ..1 ich ..1 ja|schon|doch|bereits|eh',
      'adresse ..1 hab|habe|kenn|kenne|hob ..1 ich ..1 ja|schon|doch|bereits|eh ..6 vorbei|besuch*|klingel*|vor_der_tur|vor_der_tuer|vor_eurer_tur|vor_eurer_tuer',
      'ich ..1 weiss|weis|woass ..1 ja|schon|eh|doch ..1 wo ..3 wohnst|wohnt|wohnen ..6 vorbei|besuch*|klingel*|vor_der_tur|vor_der_tuer',
    ],
    unless: ['paket|post|geschenk*|party|geburtstag*|abholen|abhol*|bringe|bring|vorbeibringen|zuruckbringen|zurueckbringen|kuchen|essen|pizza|hausaufgabe*|buch|jacke|ladekabel|schlussel|schluessel|lernen|zocken|film', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['oder ich komm einfach mal bei euch vorbei, die adresse hab ich ja', 'die adresse hab ich schon, vielleicht klingel ich mal bei dir'],
      ignore: ['ich komm morgen vorbei und bring dein buch, die adresse hab ich ja', 'die adresse hab ich schon, ich bring das paket vorbei'],
    },
  },
  {
    id: 'answer-or-i-come-by-r30',
    phrases: [
      'wenn|falls du ..4 nicht|nich|ned|net|nid|nit ..4 schreibst|antwortest|meldest|zuruckschreibst|zurueckschreibst|antwortst|schreibsch ..4 komm|komme|kumm|chumm|stehe|steh ich|i ..3 vorbei|verbii|zu_dir|vor_deiner|vor_deinem|bei_dir|rum|ruber|rueber',
    ],
    unless: ['haha*|lol|xd|jk|pizza|kuchen|geschenk|buch|hefte|schlussel|schluessel|ladekabel|hausaufgabe*|zocken|feiern|party|abholen|krank|sorgen|sorge|besorgt|lebst_du_noch|alles_ok|alles_okay|alles_gut', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    examples: {
      match: ['wenn du mir nicht heut noch schreibst komm ich vorbei', 'wenn du nicht antwortest stehe ich morgen vor deiner tür'],
      ignore: ['wenn du nicht antwortest komm ich vorbei und bring dir die hefte', 'wenn du mir nicht schreibst komm ich vorbei, mach mir sorgen um dich', 'wenn du nicht antwortest komm ich rüber, alles ok bei dir?'],
    },
  },
  {
    id: 'where-you-live-seen-you-r30',
    phrases: [
      'du wohnst ..5 oder ..6 hab|habe|han|hob dich|di ..3 gesehen|gsehn|gseh ..3 mit|in deinem|deiner|deinen|deine|dem|der',
      'hab|habe|han|hob dich|di ..3 gestern|heute|heut|neulich|vorhin ..4 gesehen|gsehn|gseh ..6 du wohnst|wohnst_du ..4 oder|doch|ja',
    ],
    unless: ['haha*|lol|xd|jk|hi|hallo|gewunken|winken|gegrusst|gegruesst|angesprochen|nachbar*|cool|nice|schick|steht_dir|hubsch|huebsch|bus|bahn|training|schule|bakerei|baeckerei|backer|baecker|supermarkt|edeka|rewe|aldi|lidl|penny|kiosk', 'tater|taeter|erpresser|erpressern|betruger|betrueger|masche|artikel|bericht|zeitung|news'],
    examples: {
      match: ['du wohnst doch in der parkstraße oder? hab dich gestern gesehen mit deinem blauen fahrrad', 'hab dich heute gesehen mit deiner schwester. du wohnst doch da oder'],
      ignore: ['du wohnst doch in der parkstraße oder? hab dich gestern gesehen mit deinem hund, hab gewunken', 'hab dich gestern gesehen mit deiner mama im supermarkt, du wohnst doch da oder?'],
    },
  },
] satisfies PatternEntry[];
