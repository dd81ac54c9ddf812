import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'show-if-you-show',
    phrases: [
      'ich zeig|zeige|schick|schicke|sende|send ..4 wenn|falls du|sie ..5 auch|zuruck|zurueck|zurick',
      'zeig|zeige|schick|schicke|sende ich dir ..3 meins|meine|meinen|auch_was ..3 wenn|falls|dafur|dafuer',
      'wenn|falls du ..4 zeigst|schickst|sendest ..3 zeig|zeige|schick|schicke|sende ich ..3 dir|auch|meins',
      'du zeigst|schickst|sendest mir ..3 und ich ..3 dir',
      'erst|zuerst du ..2 dann ich',
    ],
    examples: {
      match: ['ich zeig dir was wenn du mir auch was zeigst 😉', 'wenn du mir eins schickst zeig ich dir meins', 'zeig ich dir meins wenn du deins zeigst', 'erst du dann ich', 'du zeigst mir deins und ich dir meins'],
      ignore: ['ich zeig dir morgen das spiel', 'erst hausaufgaben dann zocken', 'ich schick dir die hausaufgaben wenn ich zuhause bin'],
    },
  },
  {
    id: 'your-turn',
    phrases: [
      'ich hab|habe|hab_dir ..3 geschickt|gesendet|gezeigt ..4 dran|deins|du_auch|zuruck|zurueck|revanchier*',
      'jetzt|nun bist du dran ..3 @photo|schicken|zeigen|senden',
      'jetzt|nun du|deins ..2 @photo|bitte|schicken|zeigen',
      'tauschen|tausch|tauschen ..3 @photo|nudes',
      '@photo|nudes ..2 tauschen|tausch',
      'fair ist fair ..3 du|deins|dran',
    ],
    examples: {
      match: ['ich hab dir schon eins geschickt jetzt bist du dran', 'jetzt bist du dran mit dem foto', 'lass uns bilder tauschen', 'nudes tauschen?'],
      ignore: ['jetzt bist du dran mit würfeln', 'ich hab dir die datei geschickt', 'willst du karten tauschen'],
    },
  },
] satisfies PatternEntry[];
