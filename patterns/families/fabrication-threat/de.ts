import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'face-on-nudes',
    phrases: [
      'gesicht|kopf|face ..4 auf|in|an|unter ..3 nackt*|porno*|nude|nudes|sexbild*|sexvideo*|pornos',
      'bastel*|photoshop*|montier*|kleb*|pack*|setz*|schneid*|fotoshop* ..3 @poss|dich|dir ..3 gesicht|kopf|face|bild|foto ..4 nackt*|porno*|nude|nudes|sex*',
      'photoshop*|fotoshop*|bearbeit*|montier* ..3 @poss|dich|dir ..5 nackt*|porno*|nude|nudes',
      'app|ki|programm ..4 dich ..2 ausziehen|nackt|entkleiden',
      'bearbeit*|photoshop*|fotoshop*|fake*|montier* ..4 aussieht|aussehen|ausschaut ..3 nackt*|nude',
      'schneid*|montier*|pack*|setz* ..2 dich|dein|deine ..3 in|auf ..2 porno*|sexvideo*|nacktbild*|nacktfoto*|nacktvideo*',
      'fake|fakes|gefakte|falsche ..1 @photo ..2 von dir',
      'aus @poss profilbild|bild|foto|selfie|bildern|fotos ..3 nacktbild*|nacktfoto*|porno*|nude*|nacktvideo*',
    ],
    unless: ['gesehen|jemand|kopiert|melden|gemeldet|verboten|strafbar|polizei|lehrer*'],
    examples: {
      match: ['dann bastel ich dein gesicht auf nacktfotos', 'ich pack dein gesicht in einen porno', 'ich photoshoppe dich nackt', 'dein gesicht auf nacktbildern sieht voll echt aus'],
      ignore: ['ich hab dein gesicht auf das gruppenfoto gemacht', 'ich photoshoppe das bild für die schülerzeitung'],
    },
  },
  {
    id: 'ai-fake',
    phrases: [
      'mach*|erstell*|bastel*|generier*|bau* ..3 nackt*|nude|nudes|porno*|deepfake*|fake_nudes|fakenudes ..3 von|aus|mit dir|ihnen|deinem|deinen|deiner',
      'mach*|erstell*|bastel*|generier*|bau* ..3 von|aus|mit dir|ihnen|deinem|deinen ..3 nackt*|nude|nudes|porno*|deepfake*|fakes',
      'nacktbild*|nacktfoto*|nudes|nude|porno*|fakes|deepfake* ..1 von dir ..4 erstellen|machen|generieren|basteln|faken|bauen',
      'deepfake*|fake_nudes|fakenudes|fake_nacktbild*|fake_nacktfoto*|gefakte_nacktbild*|gefakte_nudes|ki_nudes|ki_nacktbild* ..4 von|aus|mit dir|dich|ihnen|deinem|deinen|deiner',
      'ki|photoshop|app ..5 sieht|sehen|aussieht|aussehen ..3 echt|real|wie_echt|niemand|keiner',
      'ki ..6 nackt*|ausziehen|auszieht|nudes|entkleid*',
      'niemand|keiner ..3 glauben|glaubt ..4 fake|gefakt|ki|unecht',
      'niemand|keiner ..3 merkt|merken|erkennt|weiss|weis ..3 dass|das ..3 fake|gefakt|gefaked|unecht|ki',
      'klicks|klick|sekunden|minuten ..4 du ..1 bist|biste ..2 nackt',
    ],
    unless: ['gesehen|jemand|kopiert|melden|verboten|strafbar|nachrichten|news|artikel|doku|bericht|gesetz|melden|polizei|gefahrlich|gefaehrlich|lehrer*|unterricht|illegal'],
    examples: {
      match: ['ein paar klicks und du bist nackt im internet', 'ich mach nacktbilder von dir mit ki', 'mit KI sieht das voll echt aus', 'ich erstelle deepfakes von dir', 'keiner wird merken dass es fake ist', 'mit ki kann ich dich ausziehen'],
      ignore: ['deepfakes sind verboten hab ich in den news gelesen', 'ich mach ein foto von dir für die schülerzeitung', 'ki ist voll interessant'],
    },
  },
  {
    id: 'face-into-porn',
    phrases: [
      'aus|mit @poss gesicht|kopf|face ..3 porno*|nacktbild*|nacktfoto*|nacktvideo*|nude|nudes|sexvideo*|sexbild*',
      '@poss gesicht|kopf|face ..4 in|auf ..2 porno*|nacktbild*|nacktfoto*|nacktvideo*|sexvideo*|nudes',
      '@poss gesicht|kopf|face ..4 daraus|damit ..3 porno*|nacktbild*|nacktfoto*|nacktvideo*|nude|nudes|sexvideo*',
    ],
    unless: ['gesehen|jemand|melden|gemeldet|verboten|strafbar|polizei|lehrer*|news|artikel|bericht|unterricht|illegal'],
    examples: {
      match: ['ich nehme dein gesicht und mach daraus ein pornovideo', 'Ich kann aus deinem Gesicht ein Pornovideo machen, sieht voll echt aus', 'ich schneid dein gesicht in ein pornovideo'],
      ignore: ['in den news war einer, der aus dem gesicht von jemand ein pornovideo gemacht hat, voll verboten'],
    },
  },
  {
    id: 'everyone-will-think-its-you',
    phrases: [
      'oder|sonst|dann|bald|morgen ..3 jeder|alle|jede|keiner|niemand ..2 denkt|denken|glaubt|glauben|halt|haelt ..2 das|dass|es ..1 bist|warst du|du_bist|du_warst',
      'keiner|niemand ..3 glaubt|glauben|wird ..1 dir ..4 dass|das|wenn ..4 nicht du|fake|gefakt|unecht|bearbeitet',
    ],
    unless: ['haha*|lol|xd|verkleid*|kostum|kostuem|zwilling|doppelganger|doppelgaenger|ahnlich|aehnlich|verwechsel*|schauspieler*|rolle|theater'],
    examples: {
      match: ['interessiert keinen. zahl oder jeder denkt das bist du', 'keiner wird dir glauben dass das nicht du bist'],
      ignore: ['mit der perücke denkt jeder das bist du haha', 'alle denken dass du es warst mit dem kostüm'],
    },
  },
] satisfies PatternEntry[];
