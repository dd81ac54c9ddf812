import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'ai|photoshop*|fotoshop*|deepfake*|deep_fake*|nudify*|undress*|bewerk*|edit*|app ..5 naakt*|nude*|porno*|porn*|bloot|blote|uitkleden|uitgekleed|ontkleed|seks*',
      'naakt*|nude*|porno*|porn*|seks*|bloot|blote ..5 met|via|door|in ai|photoshop*|fotoshop*|deepfake*|een_app|bewerk*|edit*',
      'naakt*|nude*|porno*|porn*|blote ..3 van ..1 je|jou|jouw ..1 maken|gemaakt|maak|bewerken|profielfoto*|gezicht|foto*',
      'je|jouw|uw gezicht|hoofd|kop ..4 op|in ..3 porno*|porn*|naakt*|naakte|blote|bloot|seks*|sexvideo*|seksvideo*',
      'deepfake*|deep_fake* ..3 van|met je|jou|jouw',
      'ik|k maak|bewerk|photoshop|fotoshop|edit ..3 je|jou|jouw ..3 naakt|bloot',
      'kmaak|kbewerk|kphotoshop|kfotoshop|kedit ..3 je|jou|jouw ..3 naakt|bloot',
      'nepnaakt*|nepnude*|fakenude*|nepporno*|fake_nudes|nep_nudes|nep_naaktfoto*',
      'nepfoto*|nepvideo*|nepbeeld*|fakefoto*|fake_foto* ..2 van je|jou|jouw',
      'ik|k maak ..3 nep|fake|nepfoto*|nepvideo*|deepfake*|ai ..2 @photo|@nude ..3 van je|jou',
      'kmaak ..3 nep|fake|nepfoto*|nepvideo*|deepfake*|ai ..2 @photo|@nude ..3 van je|jou',
      'ai|app|photoshop*|deepfake*|nudify* ..4 kleren|kleding ..2 weghalen|weg|uittrekken|verwijderen|wegpoetsen|wegdoen',
      'niemand ..3 gelooft|geloven|geloof ..3 nep|fake|echt_is|niet_echt|bewerkt|ai',
      'ze zien|weten ..2 niet|nooit ..2 dat ..2 nep|fake|bewerkt|ai',
      'ai|deepfake*|nudify*|photoshop*|fotoshop*|app ..6 van ..4 jou|je|jouw ..3 naakt*|nude*|porno*|bloot|blote',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nagels', 'wimpers', 'haar', 'tas', 'merk', 'schoenen', 'haha*', 'lol', 'grapje', 'snor', 'filter', 'fake_account', 'nepaccount', 'les', 'nieuws', 'artikel', 'documentaire', 'voorlichting', 'verboden', 'strafbaar', 'illegaal', 'betoog', 'standpunt', 'debat', 'spreekbeurt', 'werkstuk', 'stelling'],
    examples: {
      match: ['ik maak er naaktfotos van met AI', 'ik heb je gezicht op een pornovideo geplakt', 'niemand gaat geloven dat het nep is', 'ik maak een deepfake van je', 'met ai maak ik je naakt', 'ik bewerk je profielfoto naakt', 'met AI kan ik van elke foto van jou een naaktfoto maken'],
      ignore: ['ik heb je foto gephotoshopt haha je hebt nu een snor', 'we hadden les over deepfakes', 'ai is zo goed geworden', 'nieuws: met ai kunnen ze van elke foto van je een naaktfoto maken'],
    },
  },
  {
    id: 'fake-profile-of-you',
    phrases: [
      'ik|k|wij|we maak|maken|ga|gaan|zal|zet ..3 fake|nep|nepaccount*|nepprofiel*|fakeaccount*|fakeprofiel*|fake_account*|nep_account* ..5 @photo|@nude|jou|je_naam|je_gezicht|jouw_naam|jouw_gezicht|jouw_fotos|je_fotos',
      'kmaak|kga|kzal ..3 fake|nep|nepaccount*|nepprofiel*|fakeaccount*|fakeprofiel* ..5 @photo|@nude|jou|je_naam|je_gezicht|jouw_naam',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'grapje', 'giveaway', 'meme*', 'spam', 'pas_op', 'iemand_heeft', 'er_is', 'gemeld', 'rapporteer*', 'report*', 'ik|k|kmaak|kga|kzal maak|ga|zal|wil ..2 niet|nie|nooit|geen', 'niet|nooit|geen ..3 maken|aanmaken', 'van_mij', 'mijn_fotos', 'mn_fotos'],
    examples: {
      match: ['ik maak een nepaccount met jouw fotos', 'ik maak een fake profiel van je met die fotos', 'ik zet een nep tinder op met je naam en je nudes', 'ik maak een nep account met jouw naam en zet daar je fotos op als je niet doet wat ik zeg'],
      ignore: ['er is een nepaccount met jouw fotos, rapporteer het', 'ik maak een fake account voor de giveaway haha', 'ik maak een nepaccount met mijn fotos', 'ik maak geen nepaccount met jouw fotos, rustig'],
    },
  },
  {
    id: 'undressing-app',
    phrases: [
      'ai|app|apps|appje|programma|bot ..4 je|jouw|uw ..1 kleren|kleding ..2 weghaalt|weghalen|uittrekt|uittrekken|verwijdert|verwijderen|wegpoetst',
      'ai|app|apps|appje|programma|bot ..4 kleren|kleding ..2 weghaalt|weghalen|uittrekt|uittrekken|verwijdert|verwijderen ..4 jouw|je|uw ..1 @photo',
      'ik|k heb ..3 ai|app|appje|programma|bot ..4 kleren|kleding ..2 weghaalt|uittrekt|verwijdert',
      'ai|app|apps|appje|programma|bot ..3 verwijdert|verwijderen|weghaalt|uittrekt ..2 je|jouw|uw ..1 kleren|kleding',
      'haalt|halen ..2 de|je|jouw kleren|kleding ..1 van ..1 je|jouw|uw ..1 @photo ..1 weg',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nieuws', 'artikel', 'verboden', 'strafbaar', 'illegaal', 'pas_op', 'politie', 'les', 'gemeld', 'niet|nie|nooit|geen'],
    examples: {
      match: ['ik heb een ai app die je kleren weghaalt', 'die app haalt de kleren van je fotos weg, met ai verwijdert het je kleding'],
      ignore: ['in het nieuws: ai apps die kleren weghalen zijn strafbaar', 'pas op voor apps die kleren weghalen'],
    },
  },
  {
    id: 'i-have-your-face-u6',
    phrases: [
      'ik|k heb ..2 je|jouw|uw ..1 gezicht|hoofd|hoofdje|profielfoto*|selfie*|foto|fotos|pics ..6 kan|kun|ga|zal|maak|maakt|bewerk ..5 photoshop*|fotoshop*|ai|deepfake*|faceswap*|face_swap*|bewerk*|nepfoto*|nep_foto*|nepnudes|nep_nudes|plakken|plak',
      'met|via ..1 photoshop|fotoshop|ai|deepfake*|faceswap*|een_app ..4 kan|kun|ga|zal ik|k ..4 je|jou|jouw ..3 naakt|bloot|nudes|naaktfoto*|uitkleden|uit_kleden|porno*|alles',
      'nepaccount*|fakeaccount*|fake_account*|nepprofiel*|fakeprofiel*|fake_profiel*|neppe_account|neppe_profiel ..5 je|jouw|jou ..1 naam|fotos|foto|nummer|gezicht|pics',
      'account|profiel|accountje ..2 maken|aanmaken|gemaakt|aangemaakt ..1 met ..1 jouw|je ..1 fotos|foto|naam|nummer|gezicht|pics',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'grappig*', 'haha*', 'lol', 'xd', 'meme*', 'sticker*', 'filter*', 'verjaardag*', 'kaart*', 'uitnodiging*', 'poster', 'collage', 'album', 'les', 'school', 'project*', 'opdracht', 'pas_op', 'nieuws', 'artikel', 'gevaar*', 'leer'],
    weight: 5,
    examples: {
      match: ['ik heb je gezicht, ik kan er alles mee doen met photoshop', 'met ai kan ik je gewoon naakt maken', 'ik heb je profielfoto en maak er een deepfake van', 'ik heb een nepaccount met jouw naam gemaakt', 'ik ga een account maken met jouw fotos en je nummer'],
      ignore: ['ik heb je gezicht op een meme geplakt met photoshop haha', 'ik heb je foto bewerkt voor de verjaardagskaart', 'pas op, met ai kan ik je naakt maken zeggen ze in het nieuws'],
    },
  },
  {
    id: 'ai-makes-nudes-e8',
    phrases: [
      'ai|photoshop*|fotoshop*|deepfake*|faceswap*|een_app|die_app ..3 maak|maken|bewerk|bewerken|toveren|tover ..6 naakt*|nudes|bloot|blote|porno*|pornofilmpje*',
      'ik|k plak|plakt|zet|edit|photoshop ..2 je|jouw|uw ..1 gezicht|hoofd|kop|face ..2 op|in ..2 porno*|pornofilmpje*|naakt*|nudes|seks*|blote|bloot',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nagels', 'wimpers', 'snor', 'filter', 'haha*', 'lol', 'xd', 'grapje', 'meme*', 'sticker*', 'les', 'nieuws', 'artikel', 'documentaire', 'voorlichting', 'verboden', 'strafbaar', 'illegaal', 'betoog', 'standpunt', 'debat', 'spreekbeurt', 'werkstuk', 'opdracht', 'pas_op'],
    weight: 5,
    examples: {
      match: ['met ai maak ik er binnen 5 min naaktjes van en die gaan rond op school', 'ik plak je gezicht op een pornofilmpje en stuur het naar je hele klas'],
      ignore: ['met ai maak ik er een grappige meme van haha', 'we hadden les over hoe ai naaktfotos maakt, strafbaar'],
    },
  },
  {
    id: 'with-your-profile-pic-e8',
    phrases: [
      'met|van ..1 je|jouw|uw ..1 profielfoto*|selfie*|@photo|gezicht ..4 kan|kun|ga|zal ik|k ..6 naaktfoto*|nudes|naakt*|porno*|deepfake*|@nude',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'les', 'nieuws', 'artikel', 'documentaire', 'voorlichting', 'verboden', 'strafbaar', 'illegaal', 'betoog', 'pas_op', 'haha*', 'lol', 'meme*', 'sticker*', 'niet|nooit|nie ..2 maken|doen'],
    weight: 5,
    examples: {
      match: ['Met je profielfoto kan ik alles maken. Naaktfotos, videos, alles.'],
      ignore: ['in de les zeiden ze: met je profielfoto kan iemand naaktfotos maken, dat is strafbaar'],
    },
  },
  {
    id: 'fake-nudes-with-your-face-r10',
    phrases: [
      'naaktfoto*|nudes|@nude|porno*|porn*|seksfoto*|sexfoto* ..4 met je|jouw|uw gezicht|hoofd|kop|face|smoel',
      'maak|maakt ik|k ..2 nep_account|nepaccount|fake_account|fakeaccount|nepprofiel|fake_profiel|fake_acc|nep_acc ..4 met|van je|jouw|uw naam|fotos|foto|gezicht|fotos_en_naam',
      'ik|k maak ..2 nep_account|nepaccount|fake_account|fakeaccount|nepprofiel|fake_profiel|fake_acc|nep_acc ..4 met|van je|jouw|uw naam|fotos|foto|gezicht',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'les', 'voorlichting', 'nieuws', 'artikel', 'docu*', 'haha*', 'lol', 'meme*'],
    examples: {
      match: ['dan maak ik een nep account met jouw naam en fotos en zet ik er naaktfotos op met jouw gezicht', 'nudes met jouw gezicht erop', 'ik maak een fake account met je fotos'],
      ignore: ['ze maakten een nep account met de naam van de school, haha', 'we hadden les over nepnudes met iemands gezicht'],
    },
  },
  {
    id: 'app-that-undresses-you-r11',
    phrases: [
      'ai|app|apps|appje|programma|bot|tool ..3 die|dat ..1 jou|je|mensen|meisjes|jongens ..3 uitkleedt|uitkleed|uitkleden|naakt_maakt|bloot_maakt',
      'ik|k kan ..4 naakt|bloot|naaktfoto*|nudes ..2 van ..1 maken|make ..3 app|ai|programma|photoshop',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nieuws', 'artikel', 'verboden', 'strafbaar', 'illegaal', 'pas_op', 'waarschuw*', 'les', 'documentaire', 'politie'],
    examples: {
      match: ['heb een ai app die jou uitkleedt op je profielfoto', 'ik kan er makkelijk naakt van maken met een app'],
      ignore: ['in het nieuws: een ai app die meisjes uitkleedt is nu verboden', 'pas op voor apps die mensen uitkleden'],
    },
  },
  {
    id: 'nude-from-your-pf-r11',
    phrases: [
      'van ..1 je|jouw ..1 @photo|profielfoto*|pf|selfie* ..1 een ..1 nude|naaktfoto|naaktje|naakte_foto|naaktvideo ..1 maken|make|gemaakt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nieuws', 'artikel', 'pas_op', 'waarschuw*', 'les', 'documentaire', 'politie', 'verboden', 'strafbaar'],
    examples: {
      match: ['ik kan van je profielfoto een nude maken, niemand ziet het verschil'],
      ignore: ['pas op, ze kunnen van je profielfoto een nude maken, zei de politie'],
    },
  },
  {
    id: 'photo-through-undress-app-r13',
    phrases: [
      '@photo|pf|pfp|profielfoto*|klassenfoto*|schoolfoto* ..4 door|in|erin ..4 ai|app|undress*|nudify*|clothoff|uitkleed* ..3 gegooid|gehaald|gestopt|geupload|gezet',
      'ai|app|undress*|nudify*|clothoff|uitkleed* ..6 @photo|pf|pfp|profielfoto*|klassenfoto*|schoolfoto* ..2 erin|in|door ..2 gegooid|gehaald|gestopt|geupload',
      'gemaakt ..2 van|uit|met je|jouw|uw ..1 profielfoto*|pf|pfp|selfie*|schoolfoto*|klassenfoto* ..5 echt|naakt*|nep|ai|bloot',
    ],
    unless: ['tekening', 'getekend', 'schilderij', 'portret', 'cartoon', 'sticker*', 'collage', 'taart', 'jaarboek', 'album', 'presentatie', 'powerpoint', 'avatar', 'ghibli', 'anime', 'nieuws', 'documentaire', 'wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem'],
    examples: {
      match: ['app waar je iemands kleren wegtovert met ai. heb je klassenfoto erin gegooid 💀', 'heb je profielfoto door zo n undress app gehaald', 'deze heb ik gemaakt van je profielfoto. heel echt toch'],
      ignore: ['ik heb een tekening gemaakt van je profielfoto, lijkt echt he', 'ik heb je foto in de ghibli ai app gegooid haha schattig'],
    },
  },
  {
    id: 'your-pic-in-the-app-r16',
    phrases: [
      'je|jouw|uw ..1 profielfoto|pf|pfp|foto|selfie ..4 er ..1 al ..1 in ..1 gestopt|gezet|gegooid|geupload',
      'je|jouw|uw ..1 profielfoto|pfp|selfie|foto ..4 in|door ..1 die|de|een|deze ..1 app|ai|programma|site ..2 gestopt|gezet|gegooid|gehaald',
      'kan ik|k ..4 van ..1 elke|iedere|je|jouw|jou ..1 foto ..3 naaktfoto*|nude*|naakt ..1 maken',
      'met ai|deepfake ..6 naaktfoto*|nudes|nude|naakt ..3 maken|van_maken',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'nieuws', 'verboden', 'strafbaar', 'zei|zeiden|zegt|dreigde ..2 hij|ze|zij|die', 'les', 'docu*', 'filter', 'sticker*', 'cartoon', 'anime', 'avatar'],
    weight: 5,
    examples: {
      match: ['ik heb je profielfoto er al in gestopt, ziet er echt uit', 'met AI kan ik van elke foto een naaktfoto maken. ook van jou', 'ik heb je selfie in die app gestopt'],
      ignore: ['ik heb je profielfoto in die app gestopt, je bent nu een anime', 'in het nieuws: met ai naaktfotos maken is strafbaar'],
    },
  },
  {
    id: 'fake-nude-post-undress-ai-r17',
    phrases: [
      'nep|fake|neppe|bewerkte|gefotoshopte|photoshopte ..1 naakt|naakte|bloot|blote|naaktfoto*|nude*|porno*|pornofoto* ..1 [@photo] ..3 post|posten|deel|delen|stuur|sturen|verspreid|verspreiden|rond|online|zet|zetten|upload|uploaden',
      'ai|undress*|nudify*|uitkleed_app|uitkleedapp ..4 kleed|kleden|uitkleden|uitgekleed|ontkleed|ontkleden',
      'kleed|kleden|uitkleden|uitgekleed|ontkleed|ontkleden ..5 met|via|door [een|de|die|zo_n|mn|mijn] ai|app|undress*|nudify*|photoshop',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'nieuws', 'artikel', 'les', 'documentaire', 'voorlichting', 'verboden', 'strafbaar', 'illegaal', 'spreekbeurt', 'werkstuk', 'pop', 'barbie', 'sims', 'avatar', 'character', 'personage', 'game'],
    examples: {
      match: ['echt iedereen op school gaat denken dat dat jij bent als ik deze nep naakt foto post', 'met ai kleed ik je foto uit en stuur hem rond', 'ik kleed je uit met een app, niemand ziet het verschil'],
      ignore: ['in het nieuws: ai apps die fotos uitkleden zijn strafbaar', 'ik kleed mijn sims uit met de app lol', 'check mn gephotoshopte foto van jou als kabouter'],
    },
  },
  {
    id: 'one-with-your-head-on-it-r18',
    phrases: [
      'maak|maken|plak|plakken|photoshop|edit|zet ik|k ..4 met|van jouw|je|uw hoofd|gezicht|kop|hoofdje|face|smoel ..2 erop|op|eronder|erin|erbij',
      'ik|k maak|plak|photoshop|edit ..5 met|van jouw|je|uw hoofd|gezicht|kop|hoofdje|face|smoel ..2 erop|eronder|erin',
      'ik|k plak|photoshop|zet|edit ..2 er ..2 je|jouw|uw hoofd|gezicht|kop|hoofdje|face ..1 op|erop',
      'ik|k maak|open|start|begin ..4 account|acc|profiel|pagina|insta|instagram|tiktok|snap|snapchat ..3 op|met|onder je|jouw|uw naam ..6 zet|post|gooi|plaats|upload|deel|fotos|@photo|alles',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'taart', 'shirt', 'tshirt', 't_shirt', 'mok', 'kaart*', 'poster', 'sticker*', 'verjaardag*', 'cadeau*', 'meme*', 'trui', 'kussen', 'spandoek', 'banner', 'afscheid', 'puzzel', 'masker', 'kabouter*', 'emoji', 'avatar', 'bitmoji', 'sims', 'club', 'team', 'bedrijf', 'winkel', 'school', 'haha*', 'lol'],
    examples: {
      match: ['ok dan maak ik er zelf een met jouw hoofd erop', 'ik plak er gewoon je gezicht op', 'ik maak een tiktok account met jouw naam en zet daar alles op'],
      ignore: ['ik maak een taart met jouw hoofd erop voor je verjaardag', 'ik maak een meme met je gezicht erop haha', 'ik maak een insta account op jouw naam voor de club en zet de fotos erop'],
    },
  },
  {
    id: 'account-with-your-pics-for-sale-r21',
    phrases: [
      'ik|k maak|ga|zal|kan ..3 account|profiel|pagina|instagram|tiktok|snap ..2 met|van ..1 jouw|je|uw ..1 @photo|naam|gezicht ..6 zeg|zet|schrijf|post',
      'zeg|zet|schrijf ..3 dat ..1 je|jij|ge ..1 te_koop|beschikbaar|te_huur|escort|prostituee',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'klas', 'team', 'kamp', 'fanpage', 'fanaccount', 'project', 'school', 'werkstuk', 'jaarboek', 'haha*', 'lol', 'xd', 'fiets', 'marktplaats', 'vinted', 'advertentie', 'oppas*', 'bijles', 'huis', 'kamer', 'auto'],
    examples: {
      match: ['ik maak een account met jouw fotos en zeg dat je te koop bent', 'ik zet online dat je beschikbaar bent als escort'],
      ignore: ['ik maak een account voor het team met jouw fotos van het kamp', 'zet op marktplaats dat je fiets te koop is'],
    },
  },
  {
    id: 'false-profile-with-your-pics-r21',
    phrases: [
      'vals|valse|vals_profiel|nep|fake|neppe ..1 profiel|account|insta|instagram|pagina|tiktok|snap ..2 met|van ..1 uw|je|jouw|you ..1 @photo|naam|gezicht|nummer',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde|heeft|maakte', 'is dat|dit echt|nep', 'melden', 'gemeld', 'rapporteer*', 'report*', 'politie', 'pas_op', 'let_op', 'heeft_er', 'er_is', 'er_bestaat', 'zag', 'gezien', 'ontdekt', 'haha*', 'lol', 'xd'],
    examples: {
      match: ["ik maak een vals profiel met uw foto's", 'ik zet een nep account op met jouw fotos'],
      ignore: ['er is een nep account met jouw fotos, ik heb het gemeld', 'let op: iemand heeft een vals profiel met je naam gemaakt'],
    },
  },
  {
    id: 'face-on-naked-body-r22',
    phrases: [
      'gezicht|hoofd|kop|face|smoel ..5 op|onder|bij ..2 naakt|naakte|blote|bloot|@nude|porno|porn ..1 lichaam|lijf|body|foto*|@photo|video*|filmpje*',
      'ai|bot|app|deepnude*|nudify|undress ..6 kleedt|kleed|kleden|uitkleden|uitgekleed|uitkleed|naakt|ontkleed|ontkleden',
      '@photo ..3 van ..1 jou|je|uw ..6 door|met|in ..2 ai|bot|deepnude*|nudify|app ..2 gehaald|bewerkt|gehaald|gezet|gegooid|gedaan',
      'deepnude*|nudify|undress_app|undressbot|nudebot',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'nieuws', 'artikel', 'journaal', 'documentaire', 'verbod*', 'verboden', 'illegaal', 'strafbaar', 'pas_op', 'let_op', 'melden', 'gemeld', 'politie', 'voorlichting', 'les', 'mediawijsheid'],
    weight: 5,
    examples: {
      match: ['jou gezicht ik zet op naakt lichaam met app, iedereen denk is echt jij', 'Upload een foto van een klasgenoot en onze AI kleedt haar uit', 'wij van DeepNude_NL hebben een foto van jou van je insta door onze AI gehaald'],
      ignore: ['in het nieuws: apps die met ai mensen uitkleden worden verboden', 'we kregen les over deepnude apps bij mediawijsheid'],
    },
  },
  {
    id: 'undress-app-r23',
    phrases: [
      'ai|app|programma|tool|site|bot ..4 kleren|kleding ..3 uit|weg ..3 haalt|halen|wegpoetst|weghaalt',
      'maak|maken ik|k ..1 van ..1 je|jouw|uw @photo ..4 naaktfoto*|naaktfilmpje*|nudes|naaktvideo*|porno*|pornofilmpje*',
      'nudify*|undress_app|uitkleedapp*|uitkleed_app|deepnude*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'pas_op', 'let_op', 'meld*', 'verboden', 'strafbaar', 'nieuws', 'artikel', 'docu*', 'les', 'mentor', 'voorlichting', 'gevaarlijk', 'eng'],
    examples: {
      match: ['ik heb een AI die je kleren uit je fotos haalt. wil je het resultaat zien?', 'met die app maak ik van jouw selfies binnen 5 min een naaktfilmpje', 'ken je nudify? jouw insta is perfect ervoor'],
      ignore: ['pas op, er zijn nudify apps die van gewone fotos nepnaaktfotos maken, meld het bij je mentor', 'die ai haalt de achtergrond uit je fotos'],
    },
  },
  {
    id: 'one-click-undress-r25',
    phrases: [
      'met ..1 een|1|die|dat|zo_n ..1 klik|app|appje|ai|programma ..4 heb|maak|krijg|zet ik ..2 je|jou ..1 bloot|naakt|uitgekleed',
      'ai|app|appje|nudify|deepfake ..6 ben @you|jij ..1 [gewoon] ..1 bloot|naakt',
    ],
    unless: ['nieuws', 'reportage', 'docu*', 'artikel', 'verboden', 'verbod', 'strafbaar', 'pas_op', 'waarschuw*', 'les', 'voorlichting', 'politie', 'hoorde', 'gehoord', 'las', 'gelezen'],
    weight: 5,
    examples: {
      match: ['met 1 klik heb ik jou bloot, die app is echt eng goed', 'ik gooi je foto\'s door zo\'n AI app en dan ben je naakt'],
      ignore: ['in het nieuws: met een app maken ze je bloot, echt strafbaar', 'we kregen voorlichting over apps waarmee je met ai naakt wordt gemaakt'],
    },
  },
  {
    id: 'make-one-with-your-pfp-r26',
    phrases: [
      'als|anders|of|dan ..6 maak|maken|fix|bouw ik|k|we ..4 met|van|uit ..2 je|jouw|uw profielfoto*|pf|pfp|gezicht|selfie*|foto*|@photo ..3 ai|photoshop*|deepfake*|nudify*|een_app',
      'maak|maken ik|k|we ..2 er ..2 zelf ..4 met|van|uit ..2 je|jouw|uw profielfoto*|pf|pfp|gezicht|selfie*',
    ],
    unless: ['sticker*', 'meme*', 'verjaardag*', 'kaart*', 'avatar*', 'tekening*', 'cartoon*', 'filter*', 'poster*', 'collage*', 'jaarboek*', 'cadeau*', 'anime', 'pixar', 'disney', 'schilderij*', 'achtergrond*', 'logo*', 'banner*', 'thumbnail*', 'mooier', 'leuker', 'grappig*', 'edit_voor'],
    examples: {
      match: ['als je dat niet doet maak ik er zelf wel een met je profielfoto en AI. en die stuur ik rond', 'dan maak ik wel iets met je selfies en photoshop', 'anders maken we er zelf een van je gezicht'],
      ignore: ['ik maak een sticker met je profielfoto en ai haha', 'ik maak er zelf een collage van je fotos voor je verjaardag', 'ik maak met je selfie een anime versie in ai', 'dan maak ik met je foto in photoshop een mooiere achtergrond'],
    },
  },
  {
    id: 'ai-made-one-of-them-you-are-next-r27',
    phrases: [
      'ai|deepfake|deepfakes|deep_fake|nepfoto*|nepvideo*|nepnaakt*|photoshop*|gephotoshopt|bewerkt|nudify|undress ..6 @you|jij ..1 bent|ben|zijt ..1 de|als ..1 volgende',
      '@you|jij ..1 bent|ben|zijt ..1 de|als ..1 volgende ..6 ai|deepfake|deep_fake|nepfoto*|nepvideo*|naakt*|nude*|photoshop*',
    ],
    unless: ['avatar*', 'portret*', 'tekening*', 'cartoon*', 'anime', 'pixar', 'disney', 'profielfoto', 'grappig*', 'schattig*', 'leuk*', 'haha*', 'lol', 'xd', 'filter*', 'kat|hond|dino|alien'],
    examples: {
      match: ['ik heb al een video van je klasgenoot gemaakt met AI, jij bent de volgende', 'jij bent de volgende, ik maak er een deepfake van'],
      ignore: ['ik heb een AI avatar van je klasgenoot gemaakt, jij bent de volgende!', 'ik heb je hoofd op een dino gephotoshopt haha jij bent de volgende'],
    },
  },
  {
    id: 'collage-of-school-photo-and-nudes-r27',
    phrases: [
      'collage|montage|combinatie|combi ..6 schoolfoto*|klassenfoto*|profielfoto*|gezicht|hoofd|selfie* ..6 naakt*|nude*|porno*|blote|bloot',
      'je|jouw|uw ..1 schoolfoto|klassenfoto|profielfoto|gezicht|hoofd|selfie ..3 naakt|naakte|nude|blote|porno ..1 lichaam|lijf|body|foto|fotos|video',
    ],
    unless: ['verjaardag*', 'afscheid*', 'jaarboek', 'cadeau*', 'haha*', 'lol', 'xd', 'kat|hond|dino|alien|aap|eenhoorn', 'meme*'],
    examples: {
      match: ['ik heb een collage gemaakt van je schoolfoto en wat naaktfotos', 'jouw profielfoto op een naakt lichaam, niemand ziet het verschil'],
      ignore: ['ik heb een collage gemaakt van je schoolfotos voor je afscheid', 'je gezicht op een dino lichaam haha'],
    },
  },

  {
    id: 'make-a-deepfake-of-it-r28',
    phrases: [
      'ik|k maak|make|bouw ..3 deepfake*|deep_fake*|nepnaakt*|nep_naakt*|ai_naakt*|nepnude*|nep_nude*',
      'kmaak ..3 deepfake*|deep_fake*|nepnaakt*|nep_naakt*|ai_naakt*|nepnude*|nep_nude*',
    ],
    unless: ['informatica', 'school', 'opdracht*', 'voor_de_les', 'filmpje_voor', 'kat', 'hond', 'meme*', 'haha*', 'lol', 'xd', 'project*', 'les', 'voorlichting*', 'spreekbeurt', 'werkstuk', 'presentatie', 'president', 'trump', 'politicus', 'acteur', 'zanger*', 'mezelf', 'mijzelf'],
    examples: {
      match: ['ik maak er een deepfake van en zet het online', 'kmaak een deep fake van je'],
      ignore: ['ik maak een deepfake filmpje voor informatica', 'ik maak een deepfake van mijn kat haha', 'voor de spreekbeurt maak ik een deepfake van een politicus'],
    },
  },
  {
    id: 'other-version-going-round-n30',
    phrases: [
      'andere|bewerkte|aangepaste|naakte|blote|nep|fake|ai|gefotoshopte|gephotoshopte|ongeklede versie ..2 van ..3 rondging|rondgaat|rondgaan|rondgingen|circuleert|circuleerde|circuleren|verspreid|verspreidt|uitlekt|uitlekte|online_komt|online_kwam|online_staat|rond|online',
      '@photo|profielfoto*|profiel|pf|pfp ..6 zonde|jammer|erg|vervelend|pijnlijk|sneu ..5 andere|bewerkte|aangepaste|naakte|blote|nep|fake|ai versie',
      'versie|editie ..3 zonder ..1 kleren|kleding|kleertjes|iets_aan|bh|beha ..6 @photo|profielfoto*|pf|pfp|rond|online|verspreid*|maak|maken|gemaakt|betaal*|tenzij',
      'ai|app|photoshop*|fotoshop*|nudify*|undress* ..4 haal|haalt|halen|haalde|trek|trekt ..3 alles|kleren|kleding|kleertjes ..1 weg|af|eraf|uit',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'liedje', 'nummer', 'song', 'remix', 'cover', 'meme*', 'verhaal', 'roddel*', 'gerucht*', 'film', 'serie', 'game', 'update', 'spel', 'achtergrond', 'vlek*', 'puist*', 'pukkel*', 'rimpel*', 'toerist*', 'mensen', 'ruis', 'watermerk*', 'tekst', 'logo', 'haha*', 'lol', 'xd', 'grapje', 'les', 'nieuws', 'artikel', 'voorlichting', 'documentaire'],
    examples: {
      match: ['mooie foto van je. zou jammer zijn als er een naakte versie van online kwam', 'er gaat straks een bewerkte versie van je pf rond, tenzij je betaalt', 'met die app haal ik zo alle kleren weg van je foto', 'met ai haal je alles eraf', 'ik kan een versie zonder kleren van je pf maken'],
      ignore: ['er ging een andere versie van het liedje rond', 'met die ai app haal je zo alles weg op de achtergrond', 'mooie foto, zou zonde zijn als er een andere versie van rondging haha met mijn hoofd erop'],
    },
  },
] satisfies PatternEntry[];
