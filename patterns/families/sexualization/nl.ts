import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'sexual-questions',
    phrases: [
      'ben|bent|zijt je|jij|ge ..2 [nog] maagd',
      'nog maagd',
      'heb|hebt|hedde je|jij|ge ..3 [ooit|al|wel|eens|al_eens|weleens] seks|sex|gevreeen|geneukt|het_gedaan|gepijpt|gevingerd|gebeft|klaargekomen|klaar_gekomen',
      'doe|doet je|jij ..3 [wel|ooit] aan ..1 masturberen|vingeren|aftrekken|jezelf',
      'masturbeer|masturbeert|vinger|trek je|jij ..3 [jezelf|je|wel|ooit|vaak] ..1 [af]',
      'wil|wilt je|jij ..3 seks|sex|neuken|vrijen|het_doen|pijpen|beffen',
      'wat ..2 cupmaat|bh_maat|bhmaat|maat_bh|cup',
      'hoe groot ..2 zijn|is je|jouw|uw borsten|tieten|piemel|lul|penis|kont',
      'ben|bent je ..2 geschoren|kaal ..2 daar|beneden|onder',
      'scheer|scheert je|jij ..2 daar|beneden|onder',
      'word|wordt|ben|bent|zijt je|jij|ge ..2 geil|horny|opgewonden|nat|hitsig',
      'ben|bent je|jij ..2 al ongesteld',
      'wat heb|hebt|draag|draagt|hedde je|jij|ge|you ..1 nu|nou|op_dit_moment|right_now ..1 [aan]',
      'wat voor ondergoed|onderbroek|bh|slipje|string|boxer ..2 heb|hebt|draag|draagt',
      'welke kleur ..2 ondergoed|onderbroek|bh|slipje|string|boxer',
    ],
    unless: ['ziekenhuis', 'dokter', 'huisarts', 'biologie', 'bio', 'les', 'toets', 'film', 'serie'],
    examples: {
      match: ['ben je nog maagd?', 'heb je ooit seks gehad', 'wat heb je nu aan', 'wat draag je op dit moment', 'word je geil', 'wat is je cupmaat', 'welke kleur ondergoed heb je aan'],
      ignore: ['wat heb je aan naar het feest morgen', 'ik heb seks ed bij bio morgen', 'wat heb je gegeten'],
    },
  },
  {
    id: 'sexual-remarks',
    phrases: [
      'ik word|ben|wordt|raak ..3 geil|horny|opgewonden|hard|hitsig ..3 van|om|door je|jou',
      'ik wil ..3 je|jou ..3 aanraken|betasten|voelen|likken|neuken|zoenen|kussen|pijpen|beffen|vingeren|uitkleden',
      'ik zou ..3 je|jou ..3 aanraken|betasten|likken|neuken|pijpen|beffen|vingeren|uitkleden',
      'neuk*|pijp*|beffen|seks_met_je|sex_met_je|vrijen_met_je',
      'je|jouw|uw ..1 lichaam|lijf|kont|borsten|tieten|body|benen ..2 is|zijn|ziet|zien ..2 sexy|geil|heet|lekker|hot',
      'sexy|geil|geile|heet|hete|lekker|lekkere ..1 lichaam|lijf|kont|body|tieten|borsten',
      'in je|jouw blootje|nakie',
      'zonder kleren|kleding',
      'sexy',
      'geil|geile|horny',
    ],
    unless: ['hard gaan', 'hard_werken', 'werken', 'rennen', 'lachen', 'lekker_eten', 'pijpje*', 'pijpleiding', 'schoorsteen', 'pijplijn', 'muziek', 'liedje', 'beat', 'nummer', 'auto', 'schoenen', 'jurk', 'outfit', 'film'],
    examples: {
      match: ['ik word geil van je', 'ik wil je aanraken', 'je lichaam is zo sexy', 'maar dan zonder kleren', 'lekker lijf', 'geil'],
      ignore: ['dat liedje is zo geil', 'ik werk hard voor mijn geld', 'die jurk is sexy', 'ik zou je zoenen haha nee grapje'],
    },
  },
] satisfies PatternEntry[];
