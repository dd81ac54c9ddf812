import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'kill-myself-if',
    phrases: [
      'wenn|falls|sobald du ..6 bring|bringe|toete|tote|tot ich mich ..2 um',
      'wenn|falls|sobald du ..6 tu|tue|mach|mache ich mir ..2 was|etwas|weh ..1 an',
      'wenn|falls|sobald du ..6 ritz|ritze|verletz*|umbring* ich mich',
      'ich ..2 bring|bringe|toete|tote mich ..2 um ..3 wenn|falls|sollte|sobald|dann|ohne',
      'ich ..2 tu|tue|mach|mache mir ..2 was|etwas [an] ..3 wenn|falls|sollte|sobald|ohne',
      'ich ..2 ritz|ritze|verletz|verletze|erhang|erhaeng|erhange mich ..3 wenn|falls|sollte|sobald|ohne',
      'dann ..2 bring|bringe ich mich ..2 um',
      'tabletten|pillen|klinge|rasierklinge ..6 wenn|falls du ..6 nehm|nehme|schluck*|benutz*',
      'ich ..3 mich ..2 umbringen|toten|toeten|verletzen|ritzen|umbring* ..3 wenn|falls|sollte|sobald|ohne',
      'dann ..2 tu|tue|mach ich mir ..2 was|etwas ..1 an',
      'sonst|oder|ansonsten|andernfalls ..1 bring|bringe|toete|tote ich mich ..2 um',
      'sonst|oder|ansonsten|andernfalls ..1 tu|tue|mach|mache ich mir ..2 was|etwas',
      'sonst|oder|ansonsten|andernfalls|dann ..1 ritz|ritze|schneid|schneide|verletz|verletze|erhang|erhaeng|erhange ich mich',
      'ich spring|springe ..4 brucke|bruecke|dach|hochhaus|zug|gleise|fenster|balkon ..4 wenn|falls|sonst|ohne',
      'wenn|falls du ..6 spring|springe ich ..4 brucke|bruecke|dach|hochhaus|zug|gleise|fenster|balkon',
    ],
    unless: ['hausaufgabe*|mathe|test|klausur|lehrer*|spiel|game|witz|spass|xd|lol|haha|hahaha|lmao', 'langeweile|vor_lachen|pool|schwimmbad|sprungbrett|trampolin|wasser|see|meer|fluss|mitkommst|mitmachst|springst|fallschirm|bungee|sport|training'],
    examples: {
      match: ['wenn du mich jetzt blockierst bring ich mich um', 'ich bring mich um wenn du gehst', 'wenn du nicht antwortest tu ich mir was an', 'dann bring ich mich um', 'bitte. sonst tu ich mir was an und das ist dann deine schuld', 'sonst ritz ich mich wieder', 'ich spring von der brücke wenn du gehst'],
      ignore: ['wenn der lehrer noch einen test schreibt bring ich mich um lol', 'ich bring dich nach hause', 'sonst bring ich mich um vor langeweile', 'ich spring vom sprungbrett wenn du auch springst'],
    },
  },
  {
    id: 'your-fault-if-i-die',
    phrases: [
      'ohne dich ..3 will|kann|mochte|moechte ich ..3 nicht|nich ..1 leben|weiterleben',
      'ohne dich ..3 will|kann|mochte|moechte ich ..3 sterben',
      'ohne dich|deine|dein|deinen ..5 will|mochte|moechte ich ..1 sterben|nicht_mehr_leben',
      'ohne dich|deine|dein|deinen ..6 ich ..1 will|mochte|moechte ..1 sterben|tot_sein',
      'du bist ..2 schuld ..3 wenn ich ..3 tot|sterbe|umbringe|mir_was|nicht_mehr',
      'wenn ich ..3 tot|sterbe|umbringe|nicht_mehr_da ..3 bist du ..2 schuld|deine_schuld',
      'ist es|ists deine schuld ..3 tot|sterbe|umbringe|mir_was',
      'dann bin ich ..2 tot|weg_fur_immer|weg_fuer_immer|nicht_mehr_da',
      'will|mochte|moechte|kann ich nicht ..1 leben ..3 wenn|falls|ohne',
      'wenn|falls du ..6 will|mochte|moechte|kann ich nicht ..1 leben',
      'wenn|falls du ..6 weiss|weis ich ..1 nicht ..1 ob ich ..3 noch ..1 da|hier|lebe|am_leben|aufwache',
    ],
    unless: ['urlaub|stadt|schule|arbeit|party|feier|kurs|training|buro|buero|haha*|lol|xd|spiel|runde|zug|bus|bahn'],
    weight: 3,
    examples: {
      match: ['ohne deine bilder halte ich es nicht aus, ich will sterben', 'ohne dich will ich nicht mehr leben', 'wenn ich mich umbringe bist du schuld', 'du bist schuld wenn ich tot bin', 'wenn du mir kein bild schickst weiß ich nicht ob ich morgen noch da bin'],
      ignore: ['ohne dich ist es langweilig', 'du bist schuld dass wir verloren haben', 'wenn du erst um 9 kommst weiß ich nicht ob ich noch da bin, hab training'],
    },
  },
  {
    id: 'if-something-happens-to-me',
    phrases: [
      'wenn|falls mir ..3 was|etwas ..1 passiert ..4 schuld|deine_schuld|deinetwegen|wegen_dir',
      'wenn|falls ich ..3 nicht_mehr ..1 da|lebe|aufwache ..4 schuld|deine_schuld|deinetwegen|wegen_dir',
      'dann ist es|ists|ist_das ..1 deine schuld ..3 wenn|falls ich|mir',
      'wenn|falls ich ..3 tot|sterbe|umbringe|umbring|nicht_mehr_da ..4 deine schuld',
    ],
    unless: ['haha|lol|xd|spiel|game|runde|hausaufgabe*|mathe|test|klausur|verspat*|zu_spat|zu_spaet|bus|zug|fahrst|faehrst|fahren|auto|fahrrad|roller|lenkst|unfall|wanderung|klettern'],
    weight: 3,
    examples: {
      match: ['wenn mir heute nacht was passiert bist du schuld', 'wenn ich mich heute umbringe ist das deine schuld', 'falls ich morgen nicht mehr da bin ist das deine schuld'],
      ignore: ['wenn mir was passiert bist du schuld, du fährst', 'wenn mir in der runde was passiert bist du schuld lol', 'wenn ich den bus verpasse ist das deine schuld'],
    },
  },
  {
    id: 'pills-or-end-it',
    phrases: [
      'wenn|falls|sonst|oder|dann ..6 schluck|schlucke|nehm|nehme|nimm ich ..3 tabletten|pillen|alle_tabletten',
      'ich ..2 mach|mache ..1 schluss ..1 mit allem|mir|meinem_leben ..4 wenn|falls|sonst|ohne',
      'ich ..1 nehm|nehme|schluck|schlucke ..2 alle|die|meine|ne_packung|eine_packung ..1 tabletten|pillen ..4 wenn|falls|sonst|ohne',
      'wenn|falls du ..6 mach|mache ich ..1 schluss ..1 mit allem|mir|meinem_leben',
    ],
    unless: ['haha*|lol|xd|party|feier|spiel|runde|team|training|urlaub|reise|kopfschmerz*|kopfweh|arzt|erkaltung|erkaeltung|grippe|vitamin*|antibiotika|pille_danach|verhutung|verhuetung|apotheke|fieber|bauchschmerz*|schmerz*'],
    examples: {
      match: ['ich nehm alle tabletten wenn du nicht antwortest', 'wenn du nicht mehr schreibst, schluck ich die tabletten', 'ich mach schluss mit allem wenn du nicht antwortest'],
      ignore: ['wenn die kopfschmerzen nicht weggehen nehm ich tabletten', 'ich mach schluss mit allem wenn die ferien anfangen haha'],
    },
  },
  {
    id: 'no-sense-without-you',
    phrases: [
      'ohne dich ..4 hat|macht ..3 keinen|kein ..1 sinn ..1 mehr',
      'du bist ..3 einzige ..1 grund ..2 warum|wieso|dass|das ich ..2 noch ..1 lebe|da_bin|hier_bin',
      'ich hab|habe ..2 die|schon ..2 tabletten|pillen|klinge|rasierklinge|strick ..2 hier|bereit|neben_mir|liegen',
    ],
    unless: ['haha*|lol|xd|party|feier|spiel|runde|team|training|urlaub|reise|kopfschmerz*|kopfweh|arzt|erkaltung|erkaeltung|grippe|vitamin*|antibiotika|pille_danach|verhutung|verhuetung|apotheke|fieber|bauchschmerz*|schmerz*|band|gruppe|projekt|verein|mannschaft|schule|klasse'],
    weight: 3,
    examples: {
      match: ['ohne dich hat mein leben keinen sinn mehr', 'du bist der einzige grund warum ich noch lebe', 'ich hab die tabletten schon hier liegen'],
      ignore: ['ohne dich hat die party keinen sinn mehr', 'ich hab die tabletten vom arzt hier', 'ohne dich macht das team keinen sinn mehr'],
    },
  },
  {
    id: 'life-over-if-you-go',
    phrases: [
      'wenn|falls du ..5 ist|ware|waere ..1 mein leben ..1 vorbei|zu_ende|sinnlos|beendet',
      'mein leben ..1 ist ..1 vorbei|zu_ende|sinnlos ..4 wenn|falls|ohne ..1 du|dich',
      'ich schwor*|schwoer* ..2 ich ..1 tu|tue|mach|mache ..1 es|das ..6 wenn|falls|sonst',
    ],
    unless: ['umziehst|umzug|wegziehst|ziehst_weg|vermiss*|ferien|abreist|weggehst|austausch|auslandsjahr|haha*|lol|xd|handy|wlan|internet|spiel|runde|level|netflix|serie|folge|konsole|ps5|switch|zocken|pizza|hausaufgabe*|klausur|test|mathe|lehrer*|abi|zeugnis|noten|verlieren|verloren'],
    examples: { match: ['wenn du schluss machst ist mein leben vorbei. ich schwöre ich tu es', 'mein leben ist vorbei ohne dich'], ignore: ['wenn du umziehst ist mein leben vorbei 😭 ich vermisse dich jetzt schon', 'wenn du mir das spiel spoilerst ist mein leben vorbei haha', 'wenn ich die mathe klausur verhaue ist mein leben vorbei'] },
  },
  {
    id: 'rope-pills-ready',
    phrases: ['strick|seil|rasierklinge|klinge|tabletten|pillen ..6 wenn|falls du ..5 benutze|benutz|nehme|nehm|schluck*|mach|mache|tu|tue'],
    unless: ['haha*|lol|xd|klettern|boot|segeln|zelt|camping|arzt|kopfschmerz*|fieber|rasieren|basteln|werkzeug'],
    examples: { match: ['ich hab mir einen strick gekauft. wenn du nicht schreibst benutze ich ihn'], ignore: ['ich hab ein seil gekauft zum klettern, wenn du mitkommst benutze ich es'] },
  },
  {
    id: 'jump-and-your-fault',
    phrases: [
      'spring|springe|werf|werfe|sturz|stuerz|stuerze|sturze ..4 von|vom|vor ..2 brucke|bruecke|dach|zug|hochhaus|balkon|gleise|klippe ..6 schuld|wegen_dir|deinetwegen',
      'wenn|falls du ..6 spring|springe|werf|werfe ich ..4 von|vom|vor ..2 brucke|bruecke|dach|zug|hochhaus|balkon|gleise',
    ],
    unless: ['film|serie|buch|folge|spiel|game|schwimmbad|freibad|see|wasser|bungee|haha*|lol|xd|kopfsprung|turm|sprungturm'],
    examples: { match: ['dann spring ich von der brücke und du bist schuld', 'wenn du mich verlässt spring ich vom dach'], ignore: ['wenn du mitkommst spring ich vom turm ins wasser im freibad'] },
  },
  {
    id: 'end-it-all-r10',
    phrases: [
      'mach|mache ich ..1 schluss ..2 mit allem',
      'mit allem ..1 schluss ..1 machen|mach|mache',
    ],
    unless: ['zucker|diat|diaet|sport|rauchen|alkohol|social_media|instagram|tiktok|handy|job|ihm|ihr|freund|freundin|beziehung|haha*|lol|xd|stress|schule|verein|hobby'],
    examples: {
      match: ['dann mach ich schluss. mit allem.', 'ich will einfach mit allem schluss machen wenn du gehst'],
      ignore: ['ich mach schluss mit allem zucker ab montag', 'ich mach schluss mit ihm, mit allem'],
    },
  },
  {
    id: 'cut-myself-if-r11',
    phrases: ['ich ..1 schneid|schneide|ritz|ritze|verletz|verletze ..1 mich ..4 wenn|falls|sonst|bis'],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news', 'haare|pony|finger_beim|beim_kochen|papier|gemuse|gemuese|zwiebel*'],
    examples: { match: ['ich schneid mich wenn du nicht antwortest'], ignore: ['ich schneid mich noch beim gemüse schneiden wenn du mich ablenkst'] },
  },
  {
    id: 'dialect-self-harm-r12',
    phrases: [
      'i bring|bringe mi|mich ..1 um ..4 wenn|wennst|falls|sobald|dann|ohne',
      'wennst ..6 bring|bringe ..1 i|ich ..1 mi|mich ..1 um',
      'wennst|wenn|falls ..6 spring|springe|hupf|huepf ..1 i|ich ..2 vom|von_der|von_einer|vor_den|vor_an ..1 dach|brucke|bruecke|hochhaus|zug|balkon',
      'wennst ..6 tu|tua|tuat ..1 i ..1 mir|ma ..1 was|wos ..1 an|o',
    ],
    unless: ['haha*|lol|xd|test|schularbeit|schule|lehrer*|hausaufgabe*|hausubung|hausuebung|mathe|langeweile|sprungbrett|pool|freibad|see|badesee|fun|spass|witz', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['i bring mi um wenn du ned antwortest', 'wennst mi blockierst spring i vom dach', 'wennst jetzt gehst tua i ma wos o'],
      ignore: ['wennst nochmal so a schularbeit machst bring i mi um lol', 'wennst mitkommst spring i vom sprungbrett im freibad'],
    },
  },
  {
    id: 'cant-live-if-you-go-r13',
    phrases: [
      'wenn du ..5 brauch|will|mag|kann|muss ich ..3 nicht|nich|nimmer|net|auch_nicht ..1 mehr leben|weiterleben',
      'wenn du ..5 dann ..1 bin ich weg|tot ..3 deine schuld',
      'dann|sonst ..1 bin ich ..1 weg|tot ..4 das ..1 ist|is|wars|war deine schuld',
    ],
    unless: ['haha*|lol|xd|urlaub|ferien|umzug|umziehen|heimfahr*|nach_hause|verreist|party|kaffee|pizza|wlan|internet|akku|serie|film|spiel|game|netflix'],
    examples: {
      match: ['wenn du gehst dann brauch ich auch nicht mehr leben. dann bin ich weg und das ist deine schuld', 'wenn du mich blockierst will ich nicht mehr leben', 'sonst bin ich tot und das ist deine schuld'],
      ignore: ['wenn du das wlan ausmachst kann ich nicht mehr leben lol', 'wenn du jetzt gehst bin ich weg, fahr ja morgen in urlaub'],
    },
  },
  {
    id: 'gone-forever-unless-r16',
    phrases: [
      'sonst|oder|dann|andernfalls bin ich ..3 weg|tot|nicht_mehr_da ..1 fur_immer|fuer_immer|fur_immer_weg|fuer_immer_weg',
      'sonst|oder|dann|andernfalls bin ich ..3 nicht|nie ..1 mehr ..1 da|am_leben|hier',
      'sonst|oder|andernfalls ich bin ..3 weg|tot|nicht_mehr_da|nicht_mehr_am_leben ..1 fur_immer|fuer_immer',
      'sonst|oder|andernfalls ich bin ..2 nicht|nie ..1 mehr ..1 am_leben|da',
    ],
    unless: ['umzug|umziehen|ziehen_weg|ziehe_weg|ausland|auslandsjahr|urlaub|ferien|reise|flug|bus|zug|bahn|schlafen|pennen|offline|handy|akku|wlan|internet|party|feier|weg_vom_fenster|spiel|runde|game|level|job|arbeit|schicht|mama_holt|abgeholt|fahre|fahr', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    weight: 5,
    examples: {
      match: ['dann schick mir endlich das video. sonst bin ich heut nacht weg fuer immer', 'antworte oder ich bin morgen nicht mehr da'],
      ignore: ['ohne dich hab ich keinen grund mehr zu leben', 'beeil dich sonst bin ich weg, der bus kommt', 'sonst bin ich nicht mehr da, mama holt mich um 6', 'dann bin ich für immer weg aus dem verein lol, ich zieh um'],
    },
  },
  {
    id: 'cut-myself-again-r17',
    phrases: [
      'schneid|schneide|ritz|ritze ich mich ..2 wieder|tot|kaputt|auf',
      'oder|sonst ich ..1 schneid|schneide|ritz|ritze mich',
      'dann|sonst|oder ..2 schneid|schneide|ritz|ritze ich mich',
      'ich ..2 schneid|schneide|ritz|ritze mich ..2 wieder ..3 wenn|falls|wegen_dir|deinetwegen',
    ],
    unless: ['zwiebel*|gemuse*|gemuese*|kuche|kueche|kochen|papier|abgerutscht|rasier*|haare|pony|brot|tomate*'],
    examples: {
      match: ['wenn du dich nicht mehr meldest schneid ich mich wieder. willst du das?', 'antworte oder ich ritz mich', 'ich schneide mich wieder wenn du gehst'],
      ignore: ['beim zwiebeln schneiden schneid ich mich immer wieder', 'ich schneid mir die haare wieder selbst'],
    },
  },
  {
    id: 'take-my-life-if-r18',
    phrases: [
      "nehm|nehme ..1 mir ..1 das leben ..4 wenn|falls|sobald|weil|dann",
      "wenn|falls du ..6 nehm|nehme ich mir ..1 das leben",
    ],
    unless: ["film|serie|buch|roman|folge|staffel|doku|artikel|hilfe|telefonseelsorge|krisenchat"],
    examples: {
      match: ["ich nehm mir das leben wenn du nicht mehr schreibst", "wenn du schluss machst nehm ich mir das leben"],
      ignore: ["in dem film nimmt er sich das leben, so traurig"],
    },
  },
  {
    id: 'not-sure-i-will-be-here-r19',
    phrases: [
      'wenn|falls du ..6 weiss|weis ich ..1 nicht ..1 ob ich ..3 morgen|noch|dann ..2 da|hier|lebe|am_leben|aufwache',
      'wenn|falls du ..6 gibt|gibts ..1 es ..1 mich ..2 bald|morgen|dann ..1 nicht_mehr',
      'wenn|falls du ..6 weiss|weis ich ..1 nicht ..1 ob ich ..2 das|es|diese_nacht|die_nacht|heute_nacht ..1 uberlebe|ueberlebe|uberleben|ueberleben',
      'wenn|falls du ..6 bin ich ..2 morgen|bald ..2 nicht_mehr ..1 am_leben|auf_der_welt|unter_euch',
      'wenn|falls ich ..6 krieg|kriege|bekomm|bekomme|hor|hore|hoer|hoere ..2 weiss|weis ich nicht ob ich ..3 morgen ..2 da|hier|lebe|am_leben|aufwache',
    ],
    unless: ['schule|training|arbeit|party|treffen|termin|krank|urlaub|zuhause|zu_hause|uni|buro|buero|uhr|verreist|unterwegs|umzug|schicht|bus|zug|spiel|server|gruppe|chat', 'lachen|lache|vor_lachen|peinlich|cringe|fremdschamen|folge|serie|film|spoiler*|mathe|klausur|prufung|pruefung|test', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich dachte ich bin dir wichtig. wenn du mich jetzt auch noch abweist dann weiß ich nicht ob ich morgen noch da bin', 'wenn du mich verlässt gibt es mich bald nicht mehr', 'wenn du mich blockierst weiß ich nicht ob ich das überlebe', 'wenn du jetzt gehst weiß ich nicht ob ich morgen noch aufwache', 'wenn ich heut kein video von dir bekomme weiss ich nicht ob ich morgen noch lebe', 'falls ich nix mehr von dir höre, weiß ich nicht ob ich morgen noch hier bin'],
      ignore: ['wenn du morgen kommst, weiß ich nicht ob ich noch da bin, muss zur arbeit', 'wenn du das video siehst weiß ich nicht ob ich das überlebe vor lachen', 'wenn du fragst weiß ich nicht ob ich morgen noch in der schule da bin', 'wenn ich die zusage bekomme weiß ich nicht ob ich morgen noch zur arbeit da bin', 'wenn ich heute keinen termin kriege weiss ich nicht ob ich morgen da bin'],
    },
  },
  {
    id: 'jump-tonight-r20',
    phrases: [
      'wenn|falls du ..6 spring|springe ich ..2 heute|diese|morgen ..1 nacht|abend',
      'spring|springe ich ..6 das ..2 ist ..2 deine schuld',
      'spring|springe|springen ..6 ist|wars|waere|ware ..2 deine schuld',
    ],
    unless: ['pool|schwimmbad|sprungbrett|trampolin|wasser|see|meer|fluss|becken|dusche|vorbei|rein|ruber|rueber|kurz|schnell|mitkommst|mitmachst|springst|fallschirm|bungee|sport|training|tanz*|party', 'haha*|lol|xd'],
    weight: 5,
    examples: {
      match: ['wenn du jetzt schluss machst und mir die videos nicht schickst spring ich heute nacht, und das ist dann deine schuld', 'wenn du mich blockierst spring ich diese nacht'],
      ignore: ['wenn du nicht mitkommst spring ich heute abend allein ins becken', 'wenn du willst spring ich heute abend kurz vorbei'],
    },
  },
] satisfies PatternEntry[];
