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
] satisfies PatternEntry[];
