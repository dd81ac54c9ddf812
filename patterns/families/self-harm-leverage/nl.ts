import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-will-hurt-myself',
    phrases: [
      'ik|k pleeg|ga|doe|zal|plegen ..3 zelfmoord|suicide|zelfdoding',
      'kpleeg|kga|kdoe|kzal|kplegen ..3 zelfmoord|suicide|zelfdoding',
      'zelfmoord|suicide ..2 plegen|pleeg|doen',
      'mezelf|mijzelf ..3 iets|wat|pijn ..1 aan|aandoen|doen',
      'ik|k doe|ga|zal me ..2 iets|wat ..1 aan|aandoen',
      'doe|ga|zal ik|k me ..2 iets|wat ..1 aan|aandoen',
      'mezelf|mijzelf ..2 van kant ..1 [maken]',
      'mezelf|mijzelf ..2 ombrengen|om_brengen|opknopen|ophangen|snijden|verwonden|dood_maken|doodmaken',
      'ik|k snij|snijd|kerf ..2 mezelf|mijzelf',
      'ksnij|ksnijd|kkerf ..2 mezelf|mijzelf',
      'snij|snijd|kerf ik|k ..1 mezelf|mijzelf',
      'pleeg|doe|ga ik|k ..2 zelfmoord|suicide',
      'ga|gaat ik|k ..1 dood ..5 jouw|je schuld',
      'eind|einde ..1 aan ..1 mijn|m|mn|me ..1 leven',
      'ik|k spring ..3 voor ..1 de|een ..1 trein',
      'kspring ..3 voor ..1 de|een ..1 trein',
      'ik|k spring ..3 van ..1 het|een|de ..1 dak|brug|flat',
      'kspring ..3 van ..1 het|een|de ..1 dak|brug|flat',
      'jouw|je schuld ..4 als ..3 dood|zelfmoord|mezelf|er_niet_meer_ben|niet_meer_leef',
      'als ik ..3 dood|doodga|er_niet_meer_ben ..3 jouw|je schuld',
      'ik|k wil|kan ..2 niet ..1 meer leven ..3 als|zonder je|jij|ge|jou',
      'kwil|kkan ..2 niet ..1 meer leven ..3 als|zonder je|jij|ge|jou',
      'ik|k wil ..1 dood ..2 als|zonder|tenzij je|jij|ge',
      'kwil ..1 dood ..2 als|zonder|tenzij je|jij|ge',
    ],
    unless: ['vinger', 'per_ongeluk', 'koken', 'mes', 'groente', 'taart', 'brood', 'water', 'zwemmen', 'bungee*', 'duik*', 'verveling', 'lachen', 'lach', 'haha*', 'hihi', 'lol', 'xd', 'grapje', 'game', 'potje', 'film', 'serie', 'boek', 'les', 'toets', 'examen', 'nieuws', 'hulplijn', '113', 'praat_met'],
    examples: {
      match: ['als je me niet nog een foto stuurt doe ik mezelf wat aan', 'ik pleeg zelfmoord en dan is het jouw schuld', 'ik maak een einde aan mijn leven', 'dan snij ik mezelf', 'als ik dood ga is het jouw schuld'],
      ignore: ['ik ga dood van het lachen', 'ik heb een film over zelfmoord gezien voor les', 'ik heb mezelf gesneden aan papier haha'],
    },
  },
] satisfies PatternEntry[];
