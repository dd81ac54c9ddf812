import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'my-age',
    phrases: [
      'ho|faccio|compio|compiro [quasi|appena|gia] # anni',
      'ne ho|compio|faccio [quasi|appena] #',
      'vado|sono in|alle ..1 prima|seconda|terza|quarta|quinta|1|2|3|4|5 media|medie|superiore|superiori|liceo|elementare',
      'frequento il|la|l|lo|le|i ..1 liceo|istituto|scuola|media|medie|itis|classico|scientifico|#',
      'ho|faccio|compio dodici|tredici|quattordici|quindici|sedici|diciassette|undici|dieci anni',
      'sono|so del|dell|nata_nel|nato_nel #',
      'sono nata|nato nel|il #',
      'faccio ..1 prima|seconda|terza|quarta|quinta|1|2|3|4|5 media|medie|superiore|liceo|elementare',
      'sono in|alle ..1 prima|seconda|terza|quarta|quinta|1|2|3|4|5 media|medie|superiore|liceo|elementare',
    ],
    examples: {
      match: ['ho 14 anni', 'sono del 2011', 'faccio la terza media', 'ho tredici anni', 'sono in seconda media'],
      ignore: ['ho fame', 'sono del milan', 'ho fatto 3 esercizi'],
    },
  },
  {
    id: 'my-age-bare',
    phrases: ['# anni'],
    unless: ['da|fa|per|tra|dopo|circa|quasi|ogni|di|a|dei|degli|i|gli|negli|mio|mia|ha|hanno|aveva|avevo # anni', '# anni fa|di|che|dopo|prima|luce'],
    examples: { match: ['marco rossi, 13 anni, 4 maggio', '14 anni, tu?'], ignore: ['suono il piano da 3 anni', '2 anni fa', 'mio fratello ha 10 anni'] },
  },
  {
    id: 'my-address',
    phrases: [
      'abito|vivo|sto|abitiamo|viviamo in|a ..1 via|viale|corso|piazza|vicolo|contrada|localita',
      'abito|vivo|abitiamo|viviamo ..3 a|in|vicino|vicino_a|dalle_parti_di|zona|nella|nel|al|alla',
      'il mio indirizzo ..1 e',
      'casa mia ..1 e|sta ..1 in|a via|viale|corso|piazza',
      'sono|sto ..2 da sola|solo|soli ..1 a_casa|in_casa|stasera|tutto_il_giorno|fino',
      'sono|sto [a_casa] sola|solo|soli|soletta ..1 a_casa|in_casa|adesso|ora|stasera',
      'i miei ..3 tornano|rientrano ..2 alle|stasera|tardi|domani|#',
      'i miei ..3 non_ci_sono|tornano_tardi|sono_usciti|sono_fuori|sono_via|lavorano|sono_al_lavoro|sono_a_lavoro',
    ],
    examples: {
      match: ['abito in via roma 12', 'vivo a milano', 'il mio indirizzo è via verdi 3', 'sono da sola a casa', 'i miei non ci sono'],
      ignore: ['vivo la vita', 'sto bene', 'sto in ansia'],
    },
  },
  {
    id: 'my-school',
    phrases: [
      'vado|faccio|frequento ..2 liceo|scuola_media|la_scuola_media|istituto|medie|itis|ipsia|iti|classico|scientifico|linguistico|alberghiero|ragioneria|superiori|elementari',
      'la mia scuola ..1 e|si_chiama',
      'il mio liceo|istituto ..1 e|si_chiama',
      'sono ..1 al|alla|all liceo|scuola|istituto|media|medie',
    ],
    examples: {
      match: ['vado al liceo galilei', 'frequento la scuola media pascoli', 'la mia scuola si chiama manzoni'],
      ignore: ['vado al cinema', 'la scuola è chiusa'],
    },
  },
  {
    id: 'my-handle-or-number',
    phrases: [
      'il mio @app|nick|username|nickname|contatto',
      'il mio numero|num|cellulare ..1 e|nuovo|ecco|#',
      'mi trovi su @app',
      'aggiungimi|scrivimi su|a @app ..1 sono|come|e',
      'ecco ..1 mio|il_mio numero|@app|num|nick|contatto',
    ],
    examples: {
      match: ['il mio snap è giuly_08', 'mi trovi su insta come giulia', 'il mio numero è 3331234567', 'ecco il mio numero'],
      ignore: ['il mio telefono è rotto', 'mi trovi in biblioteca'],
    },
  },
] satisfies PatternEntry[];
