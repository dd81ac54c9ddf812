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
    unless: ['gesehen|jemand|kopiert|melden|gemeldet|verboten|strafbar|polizei|lehrer*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['von|vom madchen|maedchen|schulerinnen|schuelerinnen|frauen|promis|stars|lehrerin|mitschulerinnen|mitschuelerinnen', 'da_hat_einer|da_hat_jemand|hat_einer_mit|hat_jemand_mit', 'gesehen|jemand|kopiert|melden|verboten|strafbar|nachrichten|news|artikel|doku|bericht|gesetz|melden|polizei|gefahrlich|gefaehrlich|lehrer*|unterricht|illegal', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news', 'gehort|gehoert|angezeigt|anzeige|erwischt|verhaftet|festgenommen|gemacht_hat|gemacht_haben|passiert|rumgeschickt_hat'],
    examples: {
      match: ['ein paar klicks und du bist nackt im internet', 'ich mach nacktbilder von dir mit ki', 'mit KI sieht das voll echt aus', 'ich erstelle deepfakes von dir', 'keiner wird merken dass es fake ist', 'mit ki kann ich dich ausziehen'],
      ignore: ['deepfakes sind verboten hab ich in den news gelesen', 'ich mach ein foto von dir für die schülerzeitung', 'ki ist voll interessant', 'hast du gehört dass an der gesamtschule einer mit ki fake nacktbilder von mädchen gemacht hat? der wurde angezeigt'],
    },
  },
  {
    id: 'face-into-porn',
    phrases: [
      'aus|mit @poss gesicht|kopf|face ..3 porno*|nacktbild*|nacktfoto*|nacktvideo*|nude|nudes|sexvideo*|sexbild*',
      '@poss gesicht|kopf|face ..4 in|auf ..2 porno*|nacktbild*|nacktfoto*|nacktvideo*|sexvideo*|nudes',
      '@poss gesicht|kopf|face ..4 daraus|damit ..3 porno*|nacktbild*|nacktfoto*|nacktvideo*|nude|nudes|sexvideo*',
    ],
    unless: ['gesehen|jemand|melden|gemeldet|verboten|strafbar|polizei|lehrer*|news|artikel|bericht|unterricht|illegal', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
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
    unless: ['haha*|lol|xd|verkleid*|kostum|kostuem|zwilling|doppelganger|doppelgaenger|ahnlich|aehnlich|verwechsel*|schauspieler*|rolle|theater', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['interessiert keinen. zahl oder jeder denkt das bist du', 'keiner wird dir glauben dass das nicht du bist'],
      ignore: ['mit der perücke denkt jeder das bist du haha', 'alle denken dass du es warst mit dem kostüm'],
    },
  },
  {
    id: 'undress-app-on-your-pic',
    phrases: [
      'app|apps|ki|programm|tool|bot ..5 kleidung|klamotten|kleider ..2 entfernen|entfernt|wegmachen|weg|loschen|loeschen ..6 @poss|deinem|deinen|dein bild|bildern|foto|fotos|selfie|selfies|profilbild|pics',
      'soll|konnte|koennte|kann ich ..3 mit|an @poss|deinem|deinen ..1 bild|bildern|foto|fotos|selfie|selfies|profilbild|pics ..3 testen|ausprobieren|probieren|versuchen ..4 nackt|ausziehen|kleidung|klamotten|app|ki',
      'mit|an @poss|deinem|deinen ..1 bild|bildern|foto|fotos|selfie|selfies|profilbild|pics ..4 testen|ausprobieren|probieren ..3 app|ki|ausziehen|nackt',
      'ki|app|apps|programm|bot ..6 @poss|deinem|deinen ..1 bild|bildern|foto|fotos|selfie|profilbild ..6 zieht_dich_aus|ausziehen|auszieht|nackt|nackig|kleidung|klamotten',
    ],
    unless: ['gesehen|jemand|kopiert|melden|gemeldet|verboten|strafbar|nachrichten|news|artikel|doku|bericht|gesetz|polizei|gefahrlich|gefaehrlich|lehrer*|unterricht|illegal|filter|hintergrund|haare|frisur|haarfarbe|brille|makeup|make_up|alter|alt_aussehen', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['es gibt apps die kleidung entfernen, soll ich mal mit deinem bild testen?', 'soll ich die ki mal mit deinem profilbild testen? die zieht dich aus'],
      ignore: ['es gibt apps die kleidung entfernen, hab ich in den news gesehen, voll verboten', 'soll ich den filter mal mit deinem foto testen?'],
    },
  },
  {
    id: 'edited-looks-real',
    phrases: [
      'ki|app|apps|programm|photoshop ..6 aus ..3 @photo|bild|foto|selfie ..5 nacktbild*|nacktfoto*|nude|nudes|porno*|nacktvideo*',
      '@poss|die @photo|bild|foto|fotos|bilder|selfies ..4 bearbeitet|bearbeite|gephotoshopt|photoshoppt|montiert|gefakt|gefaked|manipuliert ..5 wie_echt|so_echt|echt_aus|voll_echt|nackt|nackig|ausgezogen',
    ],
    unless: ['gesehen|jemand|melden|gemeldet|verboten|strafbar|polizei|lehrer*|news|artikel|bericht|unterricht|illegal|doku|gefahrlich|gefaehrlich|haha*|lol|xd|gemalde|gemaelde|anime|comic|cartoon|filter|hintergrund', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['KI macht aus deinem foto in 10 sekunden ein nacktbild. soll ich?', 'Mit KI kann ich aus jedem normalen Foto ein Nacktbild machen', 'Ich habe deine Fotos mit einer App bearbeitet, guck mal wie echt das aussieht', 'hab dein bild bearbeitet, jetzt bist du nackt'],
      ignore: ['ich hab deine fotos bearbeitet, sehen echt gut aus', 'in den news: mit ki kann man aus jedem foto ein nacktbild machen, ist verboten'],
    },
  },
  {
    id: 'ai-made-you-naked',
    phrases: ['mit ki|app|photoshop|programm|ai ..6 von dir|dich ..4 nackt|nackig|ausgezogen|ausziehen|porno*|sexvideo*'],
    unless: ['gesehen|jemand|melden|gemeldet|verboten|strafbar|polizei|lehrer*|news|artikel|bericht|unterricht|illegal|doku|gefahrlich|gefaehrlich|haha*|lol|xd|geht_das|kann_man|ist_es_moglich|ist_es_moeglich', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['ich hab mit ki ein video von dir gemacht wo du nackt bist, sieht voll echt aus'], ignore: ['in der doku ging es darum, dass man mit ki von dir nacktbilder machen kann'] },
  },
  {
    id: 'things-you-dont-want',
    phrases: ['mit @poss ..2 @media ..3 kann|konnte|koennte|werde ich ..3 sachen|dinge|was|einiges ..2 machen|anstellen ..4 nicht_willst|nicht_gefallen|nicht_gefallt|nicht_gefaellt|nicht_mogen|nicht_moegen|bereuen|bereust'],
    unless: ['haha*|lol|xd|fotobuch|collage|kalender|geschenk*|geburtstag*|album', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['mit deinen insta fotos kann ich sachen machen die du nicht willst'], ignore: ['mit deinen fotos kann ich sachen machen die du nicht willst haha, ein fotobuch'] },
  },
  {
    id: 'naked-body-on-your-face',
    phrases: ['nackt*|porno*|sex* ..2 korper|koerper|bild|bilder|video ..2 an|auf|unter|ans|aufs ..2 gesicht|kopf'],
    unless: ['haha*|lol|xd|kunst|museum|statue|film|serie|filter_app_ist_verboten|news', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: { match: ['ich bastel dir nen nackten körper ans gesicht', 'ich setz einen nackten körper an dein gesicht'], ignore: ['im museum ist eine statue mit nacktem körper und steinernem gesicht'] },
  },
  {
    id: 'make-it-with-your-face-r11',
    phrases: [
      'bastel*|baue|bau|generier*|erstell*|photoshop* ich ..4 was|etwas|bilder|fotos|videos|nacktbild* ..2 mit|aus ..1 @poss ..1 gesicht|kopf|fotos|bildern|selfies',
      'app|ki|ai|photoshop|programm|filter ..6 und ..1 du ..1 bist|bist_du ..2 nackt|oben_ohne|ausgezogen|nackig',
    ],
    unless: ['haha*|lol|xd|meme*|hund|katze|kostum|kostuem|geburtstag*|karte|collage|spass|witz|comic|avatar|emoji|sticker', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['kein bock? dann bastel ich halt selber was mit deinem gesicht. KI macht das in 2 min und dann glaubt jeder das bist du', 'hab deine insta fotos. paar klicks mit so ner app und du bist nackt drauf', 'dann generier ich halt bilder aus deinen selfies'],
      ignore: ['ich bastel was mit deinem gesicht für die geburtstagskarte', 'die app macht aus deinem foto nen comic, jeder denkt das bist du haha'],
    },
  },
  {
    id: 'ai-nude-broken-r12',
    phrases: [
      'mit|per|durch ki|ai|app|photoshop ..4 nackt*|nudes|nackte|fake*|deepfake*',
      'nackt*|nudes|nackte|deepfake* ..3 mit|per|durch ..1 ki|ai|photoshop',
      'ich ..2 kann|konnte|koennte|werde|mach|mache ..4 @media|bilder|fotos ..3 nackt|nackte|nacktfotos|nacktbilder|nudes',
    ],
    unless: ['strafbar|verboten|illegal|gesetz*|polizei|schule_hat|lehrer*|unterricht|referat|warnung|vorsicht|achtung|aufpassen|gefahr*|passiert|jemand_hat|hat_jemand|gehort|gehoert|gelesen|gesehen_dass|haha*|lol|xd|kunst|aktzeichnen|museum|statue', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich kann machen mit die bilder nackt fotos mit KI, sehr echt', 'ich mach mit ki nacktbilder aus deinen fotos'],
      ignore: ['hast du gehört dass jemand mit ki nacktbilder von der lehrerin gemacht hat? das ist strafbar', 'in der zeitung stand dass man mit ki nacktfotos machen kann'],
    },
  },
  {
    id: 'undress-app-r13',
    phrases: [
      '@poss|dein|ihr @media|selfie*|profilbild* ..6 app|apps|ki|ai|tool|bot|nudify|deepnude|programm|generator ..3 gejagt|geladen|gepackt|hochgeladen|gesteckt|geworfen|gezogen|bearbeitet',
      'app|ki|ai|tool|bot|nudify|programm ..4 klamotten|kleidung|kleider|anziehsachen ..1 weg|wegmacht|wegmachen|entfernt|entfernen|auszieht|ausziehen|wegrechnet',
      'gesicht ..5 du|dich nackt',
    ],
    unless: ['tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|verboten|illegal|strafbar|gesetz', 'anime|comic|cartoon|pixar|disney|filter|ghibli|avatar|sticker|meme*|haha*|lol|xd'],
    examples: {
      match: ['egal. hab dein bild vom schulfest durch so ne app gejagt die klamotten wegmacht 🤖', 'dein gesicht + paar klicks = du nackt. 20 min zeit zu antworten', 'hab dein profilbild in so ein ki tool geladen'],
      ignore: ['hab mein bild durch die ki app gejagt, sieh mal ich als anime', 'in der doku ging es um apps die klamotten entfernen, voll krank'],
    },
  },
  {
    id: 'craft-fake-nude-r14',
    phrases: [
      'bastel|bastle|baue|bau|mach|mache|erstell|erstelle|generier|generiere|photoshop*|fotoshop* ..6 fake|gefakt*|falsch*|kunstlich*|kuenstlich* ..1 nacktbild*|nacktfoto*|nudes|nacktvideo*|porno*|sexvideo*|nacktpic*',
      'aus @poss ..2 bildern|bilder|fotos|pics|selfies|profilbild*|profilfoto* ..4 fake|gefakt*|nackt*|nudes|porno*',
    ],
    unless: ['hast_du_gehort|hast_du_gehoert|gehort_dass|gehoert_dass|strafbar|illegal|verboten|so_krank|wie_krank|lehrer*_hat|polizei|anzeige', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich bastel aus deinen insta bildern ein fake nacktbild und verschick es, wenn du nicht machst was ich will', 'ich mach aus deinen profilbildern nudes', 'ich erstell ein fake nacktvideo von dir'],
      ignore: ['hast du gehört, jemand macht aus insta bildern fake nacktbilder, das ist so krank', 'aus deinen insta bildern mach ich ne collage zum geburtstag'],
    },
  },
  {
    id: 'cut-your-face-in-r15',
    phrases: [
      'ich ..2 schneid*|bastel*|bau*|kleb*|pack*|setz*|montier*|photoshop*|fotoshop*|edit* ..1 @poss|dich|dir ..1 gesicht|kopf|face ..4 in|auf|rein|drauf|drunter ..3 video*|clip*|porno*|bild*|foto*|pics|nacktbild*|nudes|sexvideo*',
      'gesicht|kopf|face ..4 rein|drauf ..6 sieht|merkt|erkennt ..1 keiner|niemand|kein_mensch ..2 dass|das ..2 fake|gefaked|bearbeitet|ki|ai',
      'ich ..2 mach|mache|bau|baue|erstell*|generier* ..3 mit ..1 ki|ai|app|deepfake* ..3 nackt*|nudes|porno*|sexvideo*|fake* ..2 von dir',
    ],
    unless: ['gruppenfoto|klassenfoto|meme*|sticker|geburtstag*|einladung|collage|schulerzeitung|schuelerzeitung|filter|lustig|witzig|avatar|zeichnung', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news|film|serie|thriller|krimi|folge'],
    examples: {
      match: ['ich schneid dein gesicht in so ein video rein, sieht keiner dass es fake is. willst du das?', 'ich bastel dein gesicht in nen porno', 'ich mach mit ki nacktbilder von dir'],
      ignore: ['ich schneid dein gesicht in das gruppenfoto rein haha', 'ich bastel dein gesicht auf einen sticker für deinen geburtstag'],
    },
  },
  {
    id: 'app-undresses-you-r18',
    phrases: [
      "app|ki|ai|programm|tool|bot|generator ..3 zieht|zieh ..1 dich|sie|euch ..1 aus",
    ],
    unless: ["hintergrund|raus|freistell*", "geld|tasche|akku|daten"],
    examples: {
      match: ["ich hab ne app, die zieht dich aus 😈", "der bot zieht dich aus, willst sehen?"],
      ignore: ["die ki app zieht dich aus dem bild raus, voll cool für den hintergrund", "die app zieht dir das geld aus der tasche"],
    },
  },
  {
    id: 'face-into-any-video-r21',
    phrases: [
      'ich ..2 kann|werde|werd ..2 @poss|dich gesicht|kopf|face ..4 reinschneiden|reinschneid*|einschneiden|einfugen|einfuegen|reinmontier*|montieren|reinbasteln|reinphotoshop*|reinsetzen|reinschneide|reinpacken|einbauen|deepfake*',
      '@poss gesicht|kopf|face ..3 in|auf jedes|jeden|jede|irgendein|irgendeinen|beliebige ..2 video|videos|bild|bilder|foto|fotos|clip|clips',
      'deepfake*|ki_video*|ai_video* ..4 von_dir|mit_dir|mit_deinem_gesicht ..4 schick*|send*|zeig*|post*|verteil*|klasse|schule|eltern|follower*',
    ],
    unless: ['filter|snapchat_filter|faceswap_app|lustig|meme*|haha|lol|xd|geburtstag|geburtstagsvideo|hochzeit|projekt|referat'],
    examples: {
      match: ['ich kann dein gesicht in jedes video reinschneiden. willst du sehen wie das aussieht wenn ichs deiner klasse schick?', 'ich werde dein gesicht in ein video einbauen und allen zeigen', 'ich mach n deepfake von dir und schick das deinen eltern'],
      ignore: ['ich kann dein gesicht in jedes video reinschneiden, die app ist so lustig', 'ich schneid dein gesicht ins geburtstagsvideo für oma rein'],
    },
  },
  {
    id: 'bot-undresses-you-r22',
    phrases: [
      'bot|ki|ai|app|tool ..5 dich|selfie|foto|bild|fotos|profilbild ..2 ausziehen|entkleiden|undressen|nackt_machen',
      '@poss ..1 profilbild*|selfie*|foto|bild|pb ..4 nackt ..1 gemacht|machen|generiert|erstellt',
    ],
    examples: {
      match: ['mit dem bot kann ich dich ausziehen, willst du sehen wie du nackt aussiehst?', 'ich hab dein profilbild mit ki nackt gemacht'],
      ignore: ['die ki app macht dich älter, voll lustig'],
    },
  },
  {
    id: 'nude-fake-maker-r23',
    phrases: [
      'nackt_fake|nackt_fakes|nacktfake*|fake_nackt*|fakenackt*|nackt_deepfake*|ki_nackt* ..4 bastel*|mach*|erstell*|generier*|bau*|zaubert|zaubern',
      'bastel*|mach*|erstell*|generier*|bau* ..4 nackt_fake|nackt_fakes|nacktfake*|fake_nackt*|fakenackt*',
      'aus|von jedem|jeder|deinem|deinen|deiner ..2 bild|bilder|foto|fotos|pic|pics|selfie*|profilbild ..4 nackt*|deepfake*|fake* ..3 bastel*|mach*|erstell*|generier*|bau*',
      'klamotten|kleidung|sachen|kleider ..1 weg|wegmachen|entfernen|wegzaubern|wegretuschieren ..6 mit|aus @poss ..2 bild|foto|@media|strandbild|bikinibild|profilbild ..1 ausprobiert|gemacht|probiert',
    ],
    unless: ['von|vom madchen|maedchen|schulerinnen|schuelerinnen|frauen|promis|stars|lehrerin', 'tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news|verboten|strafbar|polizei|melden|lehrer*|unterricht|gewarnt|warnt'],
    examples: {
      match: ['kenn einen der aus jedem bild nen nackt-fake bastelt', 'kennst du diese ki apps wo man klamotten wegmachen kann? 😬 hab das mal mit deinem strandbild ausprobiert', 'ich bastel dir nen nacktfake aus deinem profilbild', 'aus deinem selfie mach ich dir nen fake nackt'],
      ignore: ['die polizei warnt: aus jedem bild kann man nackt-fakes machen', 'in der doku ging es um nacktfakes von schülerinnen'],
    },
  },
  {
    id: 'ai-made-from-your-profile-pic-r25',
    phrases: [
      'was ich aus @poss ..3 profilbild*|selfie*|bild|foto|pb|bildern|fotos ..1 gebastelt|gemacht|generiert|gebaut|erstellt|gezaubert',
      'sieht ..2 echt aus ..6 ki|app|ai|bot|programm ..3 macht|machte|gemacht ..1 das|sowas|die|dich',
      'ki|ai|app|bot|programm ..3 zieh|ziehe ich dich ..4 aus',
      'jag|jage|lass|lasse ..4 @poss|deine|dein ..1 profilbild*|selfie*|bild|foto|pb|bilder|fotos ..2 durch|uber|ueber|in ..2 ki|app|ai|bot|nudify*|undress*|programm',
      'lass|lasse die|eine|so_ne|so_eine ki|app|ai|bot ..2 uber|ueber|durch|auf @poss ..1 profilbild*|selfie*|bild|foto|pb|bilder|fotos ..1 laufen|rennen|los',
      'nudify*|undress* ..6 @poss|dich|deinem|deinen|dein',
      'ich mach|mache|erstell|erstelle|bau|baue ..2 fake* ..2 profil|account|acc|konto|insta|instagram ..4 mit @poss ..1 namen|name|bildern|fotos|bilder|gesicht',
    ],
    unless: ['sticker|meme*|collage|geburtstag*|karte|kalender|puzzle|tasse|leinwand|poster|zeichnung|gemalt|cartoon|anime|avatar|comic|landschaft*|katze|hund|drache|kunst', 'gesehen|jemand|einer|melde*|gemeldet|vorsicht|aufpassen|polizei|verboten|strafbar|tater|taeter|erpresser|betruger|betrueger|masche|artikel|bericht|reportage|doku|zeitung|news'],
    examples: {
      match: ['guck mal was ich aus deinem insta profilbild gebastelt hab', 'sieht aber echt aus oder 😈 die ki macht das in 10 sek', 'mit so ner ki app zieh ich dich in 5 sek aus', 'ich mach n fake profil mit deinem namen und deinen bildern', 'ich jag dein profilbild durch so ne nudify app', 'ich lass die ki über dein selfie laufen und dann ab in die klassengruppe'],
      ignore: ['guck mal was ich aus deinem profilbild gebastelt hab, ein sticker 😂', 'sieht voll echt aus, die ki macht krasse landschaften', 'sieht voll echt aus, die ki app macht aus fotos krasse gemälde', 'einer hat ein fake profil mit deinem namen gemacht, melde das'],
    },
  },
  {
    id: 'nude-from-school-photo-r27',
    phrases: [
      'aus|mit @poss|deinem|deinen|dem|eurem ..1 schulfoto*|klassenfoto*|jahrbuch*|passfoto*|gesicht|profilfoto*|instagram_bild* ..4 nacktbild*|nacktfoto*|nacktvideo*|nudes|porno*|deepfake*|fake_nudes|sexvideo*',
      'nacktbild*|nacktfoto*|nacktvideo*|nudes|porno*|deepfake*|fake_nudes ..4 aus|mit @poss|deinem|deinen ..1 schulfoto*|klassenfoto*|jahrbuch*|passfoto*|gesicht|profilfoto*',
    ],
    unless: ['hat|hatte|haben|hatten|machen|gemacht_haben ..3 von_der|von_einer|lehrerin|lehrer|schuler*|schueler*', 'polizei|verboten|strafbar|illegal|melde*', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['ich hab aus deinem schulfoto ein nacktbild gemacht', 'mit deinem gesicht mach ich dir ein deepfake porno'],
      ignore: ['an der gesamtschule haben welche deepfakes von der lehrerin gemacht, ist strafbar', 'aus deinem schulfoto mach ich ein poster für oma'],
    },
  },
  {
    id: 'build-one-with-your-face-r37',
    phrases: [
      'bau|baue|mach|mache|bastel|bastle|erstell|erstelle|generier|generiere ich ..3 eins|eines|eins_mit|ein_bild|ein_foto|ein_video|ein_nacktbild|es ..3 mit|aus @poss gesicht|kopf|face',
      'ich ..2 bau|baue|erstell|erstelle|generier|generiere|bastel|bastle ..3 eins|ein_bild|ein_foto|ein_video|ein_nacktbild ..3 mit|aus @poss gesicht|kopf|face',
    ],
    unless: ['geburtstag|collage|fotobuch|karte|meme|lol|haha'],
    examples: {
      match: ['dann bau ich halt eins mit deinem gesicht', 'ich erstelle ein bild mit deinem gesicht, sieht echt aus'],
      ignore: ['ich mach eine geburtstagskarte mit deinem gesicht', 'ich mach ein meme mit deinem gesicht haha'],
    },
  },
] satisfies PatternEntry[];
