import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'con [l|un|una|lo|il] ia|ai|app|photoshop|programma|intelligenza|fotomontaggio|software|bot ..6 nud*|porno|spogli*|svest*|senza_vestiti|xxx|hot|sesso|intimo',
      'metto|incollo|attacco|monto|mettero|incollero ..3 tua|tuo ..1 faccia|viso|testa|foto ..4 nud*|porno|corpo|foto_porno|video_porno|sito|siti|donna_nuda|ragazza_nuda',
      'faccio|faro|creo|creero|genero|mando|pubblico|giro|faccio_girare ..4 foto|video|immagin* ..1 finte|finti|falsi|false|fake|modificat*|taroccat*|ritoccat*|montat*',
      'faccio|faro|creo|creero|genero ..3 deepfake*|deep_fake|fotomontagg*_nud*|nudes_finte|nude_finte|foto_finte',
      'creare|creo|creero|generare|genero|generero ..3 @photo|@video ..4 nud*|porno|spogli*|hot',
      'ia|app|photoshop|deepfake*|programma ..4 spogliarti|svestirti|spogliata|nuda|nudo|senza_vestiti',
      'ti spoglio|spogliero ..3 con|app|ia|ai|photoshop|programma',
      'nudify|undress ..2 tua|tue|tuo|foto',
      'anche senza ..3 tue|tuoi|foto|nudes ..3 posso|creo|faccio|creare|crearle|farle ..2 nud*|finte|porno|uguale|lo_stesso',
    ],
    examples: {
      match: ["con l'ia metto la tua faccia su foto nude e le mando a tutta la tua scuola", 'con un app ti spoglio', 'faccio girare le foto finte', 'ti faccio un deepfake', 'metto la tua faccia su un video porno'],
      ignore: ['ho fatto un fotomontaggio con il gatto', 'quella foto è finta lol', 'con l ia ho fatto i compiti'],
    },
  },
  {
    id: 'fake-montage-or-profile',
    phrases: [
      'fotomontagg*|montaggio|deepfake*|photoshop ..4 di|con|della ..1 te|tua|tuo|tue ..4 nud*|porno|spogli*|senza_vestiti|hot|in_intimo',
      'profilo|account ..1 falso|fake|finto ..3 col|con|con_il|a ..1 tuo|tue|tua ..1 nome|foto',
      'creo|faccio|apro|creero|faro|aprire|creare ..2 un ..1 profilo|account ..1 falso|fake|finto ..4 tuo|tue|tua|te',
    ],
    unless: ['gatto|cane|meme|ahah|haha|lol|scherzo|compleanno|festa'],
    examples: {
      match: ['allora faccio un fotomontaggio di te nuda', 'creo un profilo falso col tuo nome e le tue foto', 'apro un account fake con le tue foto'],
      ignore: ['ho fatto un fotomontaggio di te col gatto ahah', 'ho un profilo falso per seguire i cantanti'],
    },
  },
] satisfies PatternEntry[];
