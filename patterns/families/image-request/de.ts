import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'send-nudes',
    phrases: [
      'schick*|send*|zeig*|mach* ..4 nacktbild*|nacktfoto*|nacktvideo*|nacktpic*|nudes|nude|nacktselfie*',
      'nudes|nacktbilder|nacktfotos|nacktbild|nacktfoto ..3 schicken|senden|her|bitte|please|haben|sehen|machen',
      'zeig|zeige|zeigst|zeigen ..2 dich|ihn|sie ..3 nackt|oben_ohne|obenrum|untenrum|ohne',
      'zeig|zeige|zeigst|schick|send ..3 mir ..3 dein|deine|deinen|deinem|ihre|ihren @body',
      'krieg|kriege|bekomm|bekomme|kann ich ..3 nudes|nacktbild*|nacktfoto*',
    ],
    examples: {
      match: ['schick mir nudes', 'schick mal ein nacktbild', 'nudes her', 'zeig dich mal nackt', 'zeig mir mal deinen körper', 'krieg ich nudes', 'schick mir deine titten'],
      ignore: ['hast du die doku über nacktschnecken gesehen', 'zeig mir deine hausaufgaben', 'schick mir das lied'],
    },
  },
  {
    id: 'pic-of-you',
    phrases: [
      'schick*|send*|mach*|zeig* ..5 @photo ..2 von|vo dir|ihnen|dich',
      '@photo von|vo dir|ihnen ..4 schicken|senden|haben|bekommen|kriegen|sehen|zeigen|machen',
      'schick*|send* ..3 mir ..4 @photo ..3 im|in bett|bad|badezimmer|dusche|badewanne|@underwear|schlafanzug|pyjama|handtuch',
      'ich will|mochte|moechte|muss dich ..3 sehen ..3 @cam|@photo|pic|nackt|jetzt',
    ],
    examples: {
      match: ['schick mir ein foto von dir', 'schick mir einfach ein paar bilder von dir ohne t-shirt', 'kann ich ein bild von dir haben', 'schick mal ein foto von dir im bett 😏', 'send mir n pic von dir', 'mach mal ein selfie von dir'],
      ignore: ['schick mir ein foto von deinem hund', 'schick mir die bilder von der klassenfahrt', 'ich hab ein foto von dir und lea gefunden lol'],
    },
  },
  {
    id: 'cam-on',
    phrases: [
      'mach|mache|machst|schalt|schalte|schaltest ..3 @cam ..2 an|ein|auf',
      '@cam an|ein ..3 bitte|please|jetzt|sofort|will|mal',
      'zeig dich ..3 vor|auf|in|uber|ueber der|die @cam',
    ],
    unless: ['oma|opa|mama|papa|unterricht|lehrer*|klasse|meeting|konferenz|referat|vorstellungsgesprach|vorstellungsgespraech|arzt|therapeut*'],
    examples: {
      match: ['mach mal deine cam an will dich sehen', 'mach die kamera an', 'schalt deine kamera ein', 'cam an bitte', 'zeig dich mal vor der cam'],
      ignore: ['Oma ruft gleich per Facetime an, mach die Kamera an damit sie dich sehen kann', 'meine kamera geht nicht an', 'mach die kamera an für den unterricht'],
    },
  },
  {
    id: 'more-pics',
    phrases: [
      'schick*|send*|zeig* [mir] [mal|doch|bitte|schnell] noch ..2 eins|eines|ein|eine|mehr|paar|ein_paar|mal',
      'noch ein|eins|eine|mehr @photo ..3 von dir|bitte|please|schicken|senden',
      'mehr @photo ..2 von dir|bitte|please',
    ],
    weight: 1,
    examples: {
      match: ['schick mir noch eins', 'noch ein foto bitte', 'schick noch mehr', 'mehr bilder von dir'],
      ignore: ['ich schick dir gleich noch die adresse', 'ich hab noch ein foto vom urlaub'],
    },
  },
  {
    id: 'send-a-pic-generic',
    phrases: [
      'schick|schicke|schickst|send|sende|sendest mir|mal|ma [mal|doch|bitte|ma|schnell|einfach|auch|auch_mal] ein|n|nen|paar|ein_paar|eins|1|einen @photo',
      'zeig|zeige [mir|mal] [mal|doch|bitte|ma] wie du aussiehst|ausiehst|aussehen',
      'ich will|mochte|moechte|muss dich sehen|sehn',
      'zeig dich mal|doch|bitte',
    ],
    unless: [
      'vom|davon',
      '@photo von dem|der|den|eurer|eurem|unserem|unserer|meinem|meiner|seinem|seiner|deinem|deiner|deinen|deines',
      'hausaufgabe*|aufgabe*|arbeitsblatt|tafel|rahmen|fahrrad|auto|zimmer|hund|katze|essen|quittung|rechnung|zettel|buch|ergebnis*',
    ],
    weight: 1,
    examples: {
      match: ['schick mir mal ein bild', 'send mir n pic', 'zeig mal wie du aussiehst', 'ich will dich sehen'],
      ignore: ['schick mir ein foto von deinem neuen hund', 'schickt mir bis morgen ein Foto von eurer Hausaufgabe', 'schick mal noch ein paar fotos vom rahmen'],
    },
  },
] satisfies PatternEntry[];
