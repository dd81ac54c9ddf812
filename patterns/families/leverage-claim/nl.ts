import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-recorded-you',
    phrases: [
      'ik|k heb|had|hebben ..2 ons|onze|je|jou|jouw|uw|you|alles ..3 opgenomen|gefilmd|gescreenrecord|gescreenrecordt|gescreenrecorded|gerecord|gerecordet|gerecorded|vastgelegd|recorded|gescreenshot|gescreenshott',
      'kheb|khad|khebben ..2 ons|onze|je|jou|jouw|uw|you|alles ..3 opgenomen|gefilmd|gescreenrecord|gescreenrecordt|gescreenrecorded|gerecord|gerecordet|gerecorded|vastgelegd|recorded|gescreenshot|gescreenshott',
      'ik|k heb|had ..3 screenrecording*|screenrecord*|schermopname*|opname*|recording* ..3 van|met je|jou|ons|alles',
      'kheb|khad ..3 screenrecording*|screenrecord*|schermopname*|opname*|recording* ..3 van|met je|jou|ons|alles',
      'ik|k heb|had ..2 video|filmpje|vid|opname|beelden ..1 van|met je|jou ..4 tijdens|op|in|via|met [het|de|onze|ons|je|jouw|een] @call',
      'kheb|khad ..2 video|filmpje|vid|opname|beelden ..1 van|met je|jou ..4 tijdens|op|in|via|met [het|de|onze|ons|je|jouw|een] @call',
      'ik|k heb|had ..3 screenshots|screenshot|screens|screenies|schermafbeelding*|printscreen* ..3 van alles|ons_gesprek|onze_chat|onze_gesprekken|je_berichten|jouw_berichten|je_chats|je_fotos|je_nudes|je_dms|wat_je|al_je|al_onze|ons',
      'kheb|khad ..3 screenshots|screenshot|screens|screenies|schermafbeelding*|printscreen* ..3 van alles|ons_gesprek|onze_chat|onze_gesprekken|je_berichten|jouw_berichten|je_chats|je_fotos|je_nudes|je_dms|wat_je|al_je|al_onze|ons',
      'ik|k heb|had ..2 alles ..2 opgenomen|gefilmd|gescreenshot|gescreenrecord|vastgelegd',
      'kheb|khad ..2 alles ..2 opgenomen|gefilmd|gescreenshot|gescreenrecord|vastgelegd',
      'videogesprek*|videocall*|call|facetime*|snapcall|videobellen|cam|webcam|belletje|videochat* ..3 opgenomen|gefilmd|gescreenrecord|gerecord|vastgelegd',
      'alles|elke ..2 is|werd|wordt ..2 opgenomen|gefilmd|vastgelegd',
      'dat ik|k ..2 alles|je|jou|ons|onze ..3 heb|had ..1 opgenomen|gefilmd|gescreenrecord|vastgelegd|bewaard|opgeslagen|gescreenshot|gerecord',
      'opgenomen|gefilmd|gescreenrecord|gerecord|vastgelegd ..5 op|via|tijdens|in ..1 ome_tv|ometv|omegle|chatroulette|azar|camsurf|chatrandom|monkey_app|@cam',
      'ik|k heb|had ..1 dat|die|het|de|een|je ..1 @photo|gesprek|call|videogesprek|videocall ..1 van|met jou|je|you ..3 opgenomen|gefilmd|gescreenrecord|gescreenrecordt|gerecord|vastgelegd',
    ],
    unless: ['stomme|domme|grappige|gekke|cringe|cringy|dronken|slaperige|lieve|rare ..1 berichten|berichtjes|appjes|spraakberichten|typfouten|voicememos', 'je|jij was ..2 zo|echt|super|mega ..1 moe|dronken|slaperig|brak|hyper|gaar', 'heb|hebben je|jullie ..1 gehoord', 'gehoord|gelezen|zag|las dat ..4 iemand|een_meisje|een_jongen|hij|ze|zij', 'iemand|een_meisje|een_jongen|een_klasgenoot|een_klasgenote ..6 werd|werden|is|zijn ..3 opgenomen|gefilmd|gechanteerd', 'wat je ..2 zei|zegt|zeiden|vond|vindt|bedoelde', 'toen_zei ze|hij', 'zei_ze', 'zei_hij', 'zeiden_ze', 'clutch', 'clip*', 'potje', 'ronde', 'highlight*', 'twitch', 'gameplay', 'montage', 'replay', 'kill*', 'fortnite', 'minecraft', 'valorant', 'fifa', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'in de groep', 'in het team', 'in_de_app', 'op_de_lijst', 'in_het_ziekenhuis', 'wedstrijd', 'programma', 'aflevering', 'serie', 'concert', 'meme*', 'op_tv|de_tv|van_tv|npo|rtl|videoland|tv_programma', 'bruiloft|doop|diploma*|uitreiking|musical|toneel*|vakantie|kerst*|winkel|bewakingscamera*|dief|gestolen', 'huiswerk', 'les', 'voor_je', 'voor_jou', 'lisa', 'verjaardag', 'feest', 'haha*', 'lol', 'training', 'voetbal*', 'sport*', 'kijk_hoe', 'spreekbeurt', 'interview', 'voor_school', 'uitleg', 'terugkijken|terug_te_kijken|terugluisteren', 'wiskunde|engels|frans|duits|biologie|geschiedenis|aardrijkskunde|scheikunde|natuurkunde|economie', 'dans*', 'optreden', 'trots', 'goal', 'skate*', 'liedje', 'podcast', 'tiktok_dans*', 'kreeg|kregen|krijgt|kreeg_hij|kreeg_ze ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm', 'via|met|op zijn|haar|hun webcam|camera|cam|laptop|computer', 'oplicht*', 'scam*', 'nepmail*', 'phishing', 'antwoorden', 'antwoord', 'toets', 'huiswerk', 'rooster', 'aantekeningen', 'samenvatting*', 'highscore'],
    examples: {
      match: ['ik heb dat filmpje van jou van gisteravond opgenomen', 'de videochat is opgenomen en ik heb alles', 'ik heb die video met je gefilmd', 'ik heb ons videogesprek opgenomen', 'ik heb een screenrecording van je op cam', 'Ik heb een video van je gemaakt tijdens het bellen', 'Ik heb screenshots van alles wat je me hebt gestuurd', 'ik heb alles opgenomen', 'onze call is opgenomen', 'ik heb alles opgenomen wat je op ome tv deed', 'heb je gefilmd op omegle toen je je uitkleedde'],
      ignore: ['haha ik heb screenshots van je domme berichten van vannacht, je was echt zo dronken', 'ik heb screenshots van al je stomme appjes gemaakt 😂', 'ik heb dat filmpje van jou op de training opgenomen, kijk hoe goed', 'ik heb het liedje voor jou opgenomen haha', 'ik heb de video van je broer opgenomen voor je', 'ik heb ons gesprek opgenomen voor de spreekbeurt', 'ik heb de wedstrijd opgenomen', 'ik heb er een screenshot van gemaakt', 'ik heb je opgenomen in de groep', 'ik heb trouwens een screenshot van wat je gisteren zei', 'ik heb de aflevering opgenomen voor je', 'ik heb het programma op tv opgenomen', 'ik heb alles opgenomen op de camera van de bruiloft', 'heb je dat gefilmd op je camera tijdens het concert?', 'mijn oom kreeg een mail dat ze hem hadden gefilmd via zijn webcam', 'ik heb al je antwoorden gescreenshot voor de toets', 'heb je gehoord dat iemand uit 3C op een videochat werd gefilmd?', 'las dat een meisje op een cam site werd opgenomen en gechanteerd'],
    },
  },
  {
    id: 'i-have-your-pics',
    phrases: [
      'ik|k heb|had|bezit ..3 [al|nog|nog_steeds|allemaal|alle] je|jouw|uw|your|you ..1 naaktfoto*|nudes|nude|naaktvideo*|naaktje*|naaktfilmpje*',
      'ik|k heb|had|bezit ..3 [al|nog|nog_steeds|allemaal|alle] je|jouw|uw|your|you ..1 naakte|blote|sexy|geile|pikante|intieme|stoute ..1 foto|fotos|foto_s|pics|video|videos|filmpje*|beelden|selfie*',
      'kheb|khad|kbezit ..3 [al|nog|nog_steeds|allemaal|alle] je|jouw|uw|your|you ..1 naaktfoto*|nudes|nude|naaktvideo*|naaktje*|naaktfilmpje*',
      'ik|k heb|had ..2 @nude|naaktfoto*|nudes|naakte ..2 @photo|van_je|van_jou',
      'kheb|khad ..2 @nude|naaktfoto*|nudes|naakte ..2 @photo|van_je|van_jou',
      'je|jouw|uw naaktfoto*|nudes|naakt_foto*|naakte_foto* ..2 zijn|staan ..2 bij_mij|op_mijn|in_mijn|opgeslagen',
      'ik|k heb|had|bewaar ..3 alles ..2 wat|dat je|jij ..3 gestuurd|gestuurt|verstuurd|laten_zien|gedaan',
      'kheb|khad|kbewaar ..3 alles ..2 wat|dat je|jij ..3 gestuurd|gestuurt|verstuurd|laten_zien|gedaan',
      'ik|k heb|had ..3 @photo ..5 uitkleedde|uitkleedt|uitkleden|uitgekleed|naakt|naakte|bloot|blote|topless|zonder_kleren|aanraakt|aanraakte|masturbeert|masturbeerde|aftrekt|aftrok|vingert|vingerde|jezelf_aanraakt',
      'kheb|khad ..3 @photo ..5 uitkleedde|uitkleedt|uitkleden|uitgekleed|naakt|naakte|bloot|blote|topless|zonder_kleren|aanraakt|aanraakte|masturbeert|masturbeerde|aftrekt|aftrok|vingert|vingerde|jezelf_aanraakt',
      'ik|k heb|had ..3 @photo [s] ..1 van|met je|jou|jezelf ..4 naakt*|bloot|blote|ondergoed|zonder_kleren|zonder_shirt|topless|sexy',
      'kheb|khad ..3 @photo [s] ..1 van|met je|jou|jezelf ..4 naakt*|bloot|blote|ondergoed|zonder_kleren|zonder_shirt|topless|sexy',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verwijderd', 'weggegooid', 'gewist'],
    examples: {
      match: ['ik heb nog steeds je naaktfotos', 'ik heb al je nudes', 'ik heb alles wat je me hebt gestuurd', 'ik heb je naakt video', 'je nudes staan op mijn telefoon'],
      ignore: ['ik heb je fotos van het feest', 'ik heb al je naaktfotos verwijderd zoals je vroeg', 'ik heb je tas nog'],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'ik|k heb|had|hebben ..1 je|jouw|uw|you ..3 gehackt|gehacked|gehackd|gehakt|gekraakt|hacked',
      'kheb|khad|khebben ..1 je|jouw|uw|you ..3 gehackt|gehacked|gehackd|gehakt|gekraakt|hacked',
      'ik|k heb|had|hebben ..2 toegang ..2 tot ..1 je|jouw|uw ..1 account|telefoon|gsm|icloud|cloud|fotos|foto_s|galerij|camera|webcam|snap|snapchat|instagram|mail|gmail|berichten|dms|laptop|computer',
      'kheb|khad|khebben ..2 toegang ..2 tot ..1 je|jouw|uw ..1 account|telefoon|gsm|icloud|cloud|fotos|foto_s|galerij|camera|webcam|snap|snapchat|instagram|mail|gmail|berichten|dms|laptop|computer',
      'ik|k heb|weet|ken ..1 je|jouw|uw ..1 wachtwoord|ww|password|inlog*|inloggegevens|wachtwoorden',
      'kheb|kweet|kken ..1 je|jouw|uw ..1 wachtwoord|ww|password|inlog*|inloggegevens|wachtwoorden',
      'ik|k zit ..2 in je|jouw|uw ..1 account|telefoon|gsm|icloud|cloud|instagram|snap|snapchat|mail|gmail|galerij',
      'kzit ..2 in je|jouw|uw ..1 account|telefoon|gsm|icloud|cloud|instagram|snap|snapchat|mail|gmail|galerij',
      'ik|k ben ..2 in je|jouw|uw ..1 account|telefoon|icloud|cloud|instagram|snap|snapchat|mail|gmail|galerij ..1 gekomen|binnen|geweest|binnengekomen|binnengedrongen|ingebroken|ingelogd',
      'kben ..2 in je|jouw|uw ..1 account|telefoon|icloud|cloud|instagram|snap|snapchat|mail|gmail|galerij ..1 gekomen|binnen|geweest',
      'ik|k heb|had ..2 je|jouw|uw ..1 wachtwoord|ww|password|inlog* ..2 veranderd|gewijzigd|aangepast|gereset|overgenomen',
      'kheb|khad ..2 je|jouw|uw ..1 wachtwoord|ww|password|inlog* ..2 veranderd|gewijzigd|aangepast|gereset|overgenomen',
    ],
    unless: ['verander|wijzig|veranderen|wijzigen|aanpassen ..2 het|hem|je_wachtwoord|dat|wel', 'zoals|wat je|jij ..1 vroeg|vroeg_om|wilde|zei', 'daily*', 'dailies', 'quests', 'zoals_afgesproken', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niet|nie|ni|vergeten|kwijt', 'mijn_account_is_gehackt', 'grapje', 'haha*', 'lol', 'netflix', 'wifi', 'spotify', 'disney*', 'videoland', 'magister', 'smartschool', 'somtoday', 'school', 'laptop_van', 'vergeten', 'kwijt', 'hulp'],
    examples: {
      match: ['ik ben in je snap binnengekomen, al je memories heb ik', 'ik heb je wachtwoord al veranderd', 'ik heb je wachtwoord gewijzigd, succes ermee', 'ik heb je insta gehackt', 'ik heb je wachtwoord', 'ik zit in je icloud', 'ik heb toegang tot je account', 'ik ben in je snap gekomen'],
      ignore: ["ik weet je wachtwoord nog van toen we samen op de computer zaten, verander het!", "ik zit in je account van fortnite om je daily te doen zoals je vroeg", 'ik heb je wachtwoord van de wifi veranderd', 'mijn insta is gehackt', 'is je account gehackt?', 'ik weet je wachtwoord van de wifi niet meer haha'],
    },
  },
  {
    id: 'i-have-your-contacts',
    phrases: [
      'ik|k heb|had|ken ..2 [al|alle] je|jouw|uw ..1 volgers|followers|contacten|vriendenlijst|familieleden|vrienden_lijst|contactenlijst|klassenlijst|klasgenoten|volgerslijst',
      'kheb|khad|kken ..2 [al|alle] je|jouw|uw ..1 volgers|followers|contacten|vriendenlijst|familieleden|vrienden_lijst|contactenlijst',
      'ik|k heb|had|maak ..3 lijst|lijstje|screenshot* ..3 van ..3 volgers|followers|contacten|vrienden|familie|familieleden',
      'kheb|khad|kmaak ..3 lijst|lijstje|screenshot* ..3 van ..3 volgers|followers|contacten|vrienden|familie|familieleden',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'groepsapp', 'verjaardag*', 'feest', 'uitnodiging*', 'niet|nie|nog_niet ..1 gezien|gevonden|gecheckt|bekeken'],
    examples: {
      match: ['ik heb al je volgers', 'ik heb een lijst van al je vrienden en familie', 'ik heb je klassenlijst, ik weet wie ik moet sturen'],
      ignore: ['ik heb een lijst gemaakt voor het feest', 'ik weet wie er komt', 'ik heb je volgers niet gezien'],
    },
  },
  {
    id: 'i-know-everything',
    phrases: [
      'ik|k heb|weet|ken ..2 [al|alle] je|jouw|uw ..1 gegevens|info|informatie|persoonsgegevens|ip|ip_adres|locatie|achternaam',
      'kheb|kweet|kken ..2 [al|alle] je|jouw|uw ..1 gegevens|info|informatie|persoonsgegevens|ip|ip_adres|locatie|achternaam',
      'ik|k weet ..1 alles ..1 over ..1 je|jou',
      'ik|k weet ..2 wie je|jouw ..2 vrienden|ouders|familie|volgers|familieleden|vriendinnen ..1 zijn',
      'ik|k heb|had ..2 je|jouw ..1 ouders|moeder|vader|familie ..2 gevonden|opgezocht|account|accounts',
      'ik|k weet ..2 hoe je|jouw ouders|moeder|vader|zus|broer ..1 heten|heet',
      'ik|k heb|had ..2 alles|je_berichten|je_fotos|je_foto_s|onze_chat|al_je_berichten|al_je_fotos|je_video|jouw_video|je_filmpje|je_pics|je_videos ..2 opgeslagen|bewaard|gesaved|gedownload',
      'ik|k heb|had ..3 bewijs|bewijzen',
      'kweet ..1 alles ..1 over ..1 je|jou',
      'ik|k heb ..2 je|jouw|uw ..1 telefoon|gsm|mobiel ..2 [in_mijn] macht|onder_controle',
      'kheb ..2 je|jouw|uw ..1 telefoon|gsm|mobiel ..2 [in_mijn] macht|onder_controle',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'grapje', 'beste_vriend*', 'bff', 'verjaardag*', 'formulier', 'inschrijving', 'school', 'lijst'],
    weight: 2,
    examples: {
      match: ['ik heb al je gegevens', 'ik weet alles over je', 'ik weet je ip adres', 'ik weet wie je ouders zijn', 'ik heb je moeder gevonden op facebook', 'ik heb alles opgeslagen'],
      ignore: ['ik weet alles over je haha we zijn al 10 jaar bff', 'ik heb je gegevens voor de inschrijving', 'ik heb je nummer opgeslagen'],
    },
  },
  {
    id: 'we-have-footage',
    phrases: [
      'wij|we hebben|hadden ..3 beelden|opname*|video*|videos|filmpje*|screenshots|fotos|foto_s ..3 van|met je|jou|you ..4 webcam|cam|camera|@call|naakt*|bloot|masturb*|opgenomen|gefilmd',
      'wij|we hebben|hadden ..2 je|jouw|uw ..2 webcam|camera|computer|telefoon|apparaat|account ..2 gehackt|gehacked|overgenomen|geinfecteerd|besmet',
      'beelden|opname*|video|videos ..2 van|met je|jou|you ..2 via|op|met|uit je|jouw|uw webcam|camera|cam',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest', 'verjaardag*', 'bruiloft', 'wedstrijd', 'optreden', 'les', 'school', 'bewaking*', 'deurbel', 'voetbal', 'training'],
    examples: {
      match: ['wij hebben beelden van jou via je webcam', 'we hebben je webcam gehackt', 'wij hebben opnames van je gemaakt met je camera'],
      ignore: ['we hebben beelden van je van het feest', 'we hebben videos van de wedstrijd'],
    },
  },
  {
    id: 'pics-on-my-phone',
    phrases: [
      '@photo [s] ..2 van|met je|jou ..3 op|in mijn|mn|m ..1 telefoon|gsm|mobiel|laptop|pc|computer|galerij|camerarol*|cloud|map|harde_schijf',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie', 'reis', 'feest', 'schoolreis*', 'kamp', 'klas*', 'groepsfoto', 'verjaardag*', 'baby', 'klein', 'kind', 'vroeger', 'oude', 'leuk*', 'mooi*', 'grappig', 'haha*', 'lol', 'verwijderd', 'gewist', 'weggegooid', 'stuur_ik', 'zal_ik'],
    weight: 2,
    examples: {
      match: ['nog steeds die fotos van je op mijn telefoon', 'ik heb al die videos van jou in mijn galerij'],
      ignore: ['ik heb nog leuke fotos van je op mijn telefoon van de vakantie', 'die fotos van je op mijn telefoon heb ik verwijderd'],
    },
  },
  {
    id: 'your-show-is-saved',
    phrases: [
      'je|jouw|uw|ons|onze ..1 [hele] show|camshow|webcamshow|striptease|videogesprek*|videocall*|call|gesprek ..3 staat|staan|heb|bewaard|opgeslagen|opgenomen|gesaved ..3 [op|in] [mijn|mn] laptop|pc|computer|telefoon|gsm|harde_schijf|cloud|map|usb|camerarol*',
      'je|jouw ..1 @photo|alles ..2 staat|staan ..2 op|in mijn|mn ..1 telefoon|gsm|laptop|pc|computer|galerij|cloud|harde_schijf',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'dans*', 'school*', 'musical', 'toneel*', 'theater', 'optreden', 'voorstelling', 'concert', 'presentatie', 'werkstuk', 'project*', 'huiswerk', 'trots', 'geweldig', 'leuk*', 'mooi*', 'oma', 'opa', 'vakantie', 'reis', 'feest', 'verjaardag*', 'spreekbeurt'],
    examples: {
      match: ['je hele show staat op mijn laptop lol', 'ons videogesprek staat opgeslagen op mijn laptop', 'je fotos staan in mijn galerij'],
      ignore: ['je hele dansshow staat op mijn telefoon, zo trots', 'je presentatie staat op mijn laptop'],
    },
  },
  {
    id: 'your-cam-videos',
    phrases: [
      'ik|k heb|had ..2 je|jouw|uw ..1 @photo|filmpjes|videos|vids ..4 van|op|via|met|tijdens [op] [de|je|jouw|uw|ons|onze] @call|webcam',
      'kheb|khad ..2 je|jouw|uw ..1 @photo|filmpjes|videos|vids ..4 van|op|via|met|tijdens [op] [de|je|jouw|uw|ons|onze] @call|webcam',
      'wij|we|ik|k hebben|heb ..2 je|jou|you ..2 gefilmd|opgenomen ..4 tijdens|terwijl|toen|bij ..3 porn*|volwassen*|seks*|sex*|cam|webcam|aftrekken|masturb*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest', 'verjaardag*', 'bruiloft', 'wedstrijd', 'optreden', 'les', 'presentatie', 'voetbal', 'training', 'dans*', 'vakantie', 'reis', 'bewaking*', 'deurbel', 'haha*', 'grapje'],
    examples: {
      match: ['ik heb uw filmpjes van op de cam', 'wij hebben u gefilmd tijdens het bekijken van volwassen sites', 'ik heb je videos van onze videocall'],
      ignore: ['ik heb je filmpjes van het feest', 'we hebben je gefilmd tijdens de wedstrijd'],
    },
  },

  {
    id: 'in-possession-of-footage',
    phrases: [
      'wij|we|ik|k zijn|ben ..1 in ..1 het ..1 bezit ..1 van ..4 beeldmateriaal|beelden|opname*|video*|fotos|foto_s|materiaal|filmpje*|compromitterend*|naaktfoto*|@nude',
      'beeldmateriaal|opname*|opnamen|beelden|video|videos|materiaal|filmpje*|fotos|foto_s ..2 waarop|waarin you|je|jij|ge ..3 te_zien|zichtbaar|naakt|bloot|jezelf',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest', 'verjaardag*', 'bruiloft', 'wedstrijd', 'optreden', 'voorstelling', 'les', 'vakantie', 'reis', 'musical', 'toneel*', 'diploma*', 'uitreiking', 'bewaking*', 'winkel', 'politie', 'aangifte', 'diefstal', 'ongeluk', 'schoolfoto*', 'klassenfoto', 'jaarboek', 'grappig', 'haha*', 'lol', 'leuk*', 'mooi*'],
    examples: {
      match: ['Wij zijn in het bezit van beeldmateriaal waarop u te zien bent', 'ik ben in het bezit van videos van jou', 'er zijn opnames waarop je naakt te zien bent'],
      ignore: ['wij zijn in het bezit van beelden waarop u te zien bent bij de diefstal in de winkel', 'ik heb de fotos waarop je te zien bent van de bruiloft', 'we zijn in het bezit van een rijbewijs'],
    },
  },
  {
    id: 'you-know-what-i-have',
    phrases: [
      'weet|weten|vergeet|onthoud ..2 wat ik|k ..2 van|over you|je|jou|jij ..1 heb|bezit|bewaard|heb_liggen|heb_staan|in_handen',
      'weet|weten|vergeet|onthoud ..2 wat kheb ..1 van|over you|je|jou|jij',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'geleend', 'gekregen', 'gehad', 'geleerd', 'nodig', 'terug*', 'gemist', 'verwacht', 'vind', 'vond', 'gehoord', 'cadeau*', 'verjaardag*', 'verrassing*', 'haha*', 'lol', 'grapje', 'boek', 'oplader', 'jas', 'sleutel*', 'tas', 'lader'],
    examples: {
      match: ['je weet wat ik van je heb he', 'vergeet niet wat ik van jou heb', 'onthoud goed wat ik van je bewaard heb'],
      ignore: ['weet je wat ik over je weet? dat je van pizza houdt', 'je weet wat ik van je heb geleend he, je boek', 'weet je wat ik over je heb gehoord?', 'je weet wat ik van je vind'],
    },
  },
  {
    id: 'saved-our-chats',
    phrases: [
      'ik|k heb|had ..2 [al|alle] onze|ons|je|jouw|uw ..1 chats|chat|gesprekken|gesprek|berichten|berichtjes|dms|sexts|snaps ..2 opgeslagen|bewaard|gesaved|gescreenshot|gescreenshott|gedownload|gekopieerd',
      'ik|k heb|had ze|die|alles ..1 allemaal|nog|al|gewoon|netjes ..1 bewaard|opgeslagen|gesaved|gedownload|gescreenshot',
      'heb|had|kheb ..2 [al|alle] je|jouw|uw ..1 dms|berichten|chats|fotos|foto_s|pics|galerij|camerarol*|mails|prive* ..2 gelezen|gezien|doorgenomen|doorgezocht|bekeken|gedownload|doorgespit',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'sorry', 'sry', 'excuus', 'druk', 'laat', 'niet|nie|nog_niet', 'verwijderd', 'gewist', 'verjaardag*', 'kaart*', 'brief', 'brieven', 'vakantie', 'reis', 'feest', 'haha*', 'lol', 'herinnering*', 'leuk*', 'huiswerk', 'aantekeningen'],
    weight: 2,
    examples: {
      match: ['ik heb al onze chats opgeslagen', 'ik heb ze allemaal bewaard', 'heb al je dms gelezen en die pics gezien'],
      ignore: ['sorry ik heb al je berichten gelezen maar was druk', 'ik heb ze allemaal bewaard, je brieven van vroeger', 'ik heb onze chats niet opgeslagen'],
    },
  },
  {
    id: 'saved-dirty-chats',
    phrases: [
      'ik|k heb|had|bewaar ..6 vieze|geile|sexy|stoute|pikante|ondeugende|seksuele|smerige ..1 berichten|berichtjes|chats|sexts|gesprekken|snaps|appjes',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'gekregen', 'ontvangen', 'krijg', 'gemeld', 'geblokt', 'geblokkeerd', 'gerapporteerd', 'verwijderd', 'aangegeven', 'iemand', 'een_man', 'die_man', 'vreemde', 'creep', 'haha*', 'lol'],
    examples: {
      match: ['ik heb al onze chats opgeslagen, ook die vieze berichtjes van jou', 'ik heb nog die geile berichten van je'],
      ignore: ['ik heb vieze berichten gekregen van een man', 'ik heb die sexy berichten van die creep gemeld'],
    },
  },
  {
    id: 'inside-your-account-read-it',
    phrases: [
      'ik|k zit|ben|kom ..1 in ..1 je|jouw|uw ..1 account|insta|instagram|snap|snapchat|icloud|telefoon|gsm|mail|gmail|tiktok ..6 gelezen|gezien|bekeken|doorzocht|gedownload|opgeslagen|gekopieerd|gescreenshot',
      'kzit|kben ..1 in ..1 je|jouw|uw ..1 account|insta|instagram|snap|snapchat|icloud|telefoon|gsm|mail|gmail|tiktok ..6 gelezen|gezien|bekeken|doorzocht|gedownload|opgeslagen|gekopieerd|gescreenshot',
      'ik|k heb ..2 al|alle ..1 je|jouw|uw ..1 dms|dm|priveberichten|fotos|foto_s|galerij|nudes ..2 gedownload|opgeslagen|gekopieerd|gescreenshot|doorzocht',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'mijn_account', 'mn_account', 'vergeten', 'kwijt', 'uitgelogd', 'uitloggen', 'log_uit', 'gedeelde', 'schoolaccount', 'netflix', 'spotify', 'magister', 'smartschool', 'somtoday', 'vakantie', 'reis', 'feest', 'klassenfoto'],
    examples: {
      match: ['ik zit in je account, heb al je dms gelezen en die fotos gezien 😂', 'ik ben in je insta en heb alles bekeken', 'ik heb al je fotos gedownload', 'kzit in je icloud, alles opgeslagen'],
      ignore: ['ik zit in je netflix account, heb de serie gezien haha', 'ik heb al je fotos van de vakantie opgeslagen', 'ik ben in je account vergeten uit te loggen, heb niks gelezen'],
    },
  },
  {
    id: 'account-hostage',
    phrases: [
      'account|insta|instagram|snap|snapchat|tiktok|wachtwoord|profiel ..1 terug ..6 stuur|betaal|geef|eerst|moet_je|dan_moet|tenzij|alleen_als',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'sorry', 'zeg', 'oplader', 'opruimen', 'afwas', 'support', 'helpdesk', 'herstel*', 'mail', 'e_mail', 'email', 'formulier', 'link', 'vergeten', 'instellingen', 'klantenservice', 'meta', 'sms', 'haha*', 'lol', 'grapje'],
    examples: {
      match: ['wil je je account terug? stuur eerst nog een paar fotos', 'je krijgt je insta pas terug als je betaalt, dan moet je 100 euro sturen'],
      ignore: ['wil je je account terug? stuur een mail naar support', 'mijn insta is terug, ik heb het wachtwoord hersteld'],
    },
  },

  {
    id: 'pay-and-i-delete',
    phrases: [
      'als|zodra je|jij|ge|you ..3 betaalt|betaald|betaal|overmaakt|overgemaakt|stuurt ..4 verwijder|wis|delete|vernietig ik|k ..2 alles|het|ze|hem|de_video|de_fotos|de_foto_s|de_beelden|die_video|die_fotos|de_opname*|het_filmpje',
      'pas|alleen ..1 als|na ..3 betaling|betaalt|betaald ..4 verwijder*|wis|wissen|delete*|vernietig* ik|k|wij|we',
      'betaal|betaalt|betalen|overmaken|stuur|stuurt|maak ..6 en|dan ..1 verwijder|wis|delete|vernietig ik|k ..2 alles|het|ze|hem|de_video|de_fotos|de_foto_s|de_beelden|die_video|die_fotos|de_opname*|het_filmpje|je_fotos|je_nudes',
      'betaal|betaalt|betalen|overmaken|stuur|stuurt|maak ..6 en|dan ik|k verwijder|wis|delete|vernietig ..2 alles|het|ze|hem|de_video|de_fotos|de_foto_s|de_beelden|die_video|die_fotos|het_filmpje|je_fotos|je_nudes',
      '@currency|@money|code|codes|bedrag|betaling ..2 dan|en verwijder|wis|delete|vernietig ik|k ..2 alles|het|ze|hem|de_video|de_fotos|de_foto_s|de_beelden|die_video|die_fotos|het_filmpje|je_fotos|je_nudes',
    ],
    unless: ['stuur|stuurt het|dat|die|m|hem ..1 mij|me ..2 prive', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'lijst', 'lijstje', 'advertentie*', 'marktplaats', 'vinted', 'bestelling', 'factuur', 'abonnement', 'lidmaatschap', 'account_van', 'tikkie_voor', 'pizza', 'reservering', 'haha*', 'lol', 'grapje'],
    examples: {
      match: ['betaal en ik verwijder het, zo simpel is het', 'stuur de code van een paysafecard van 50 euro, dan verwijder ik alles', 'als je betaalt verwijder ik alles', 'zodra je het overmaakt wis ik de video', 'pas na betaling verwijderen wij het'],
      ignore: ['stuur het mij maar prive dan wis ik het', 'als je betaalt verwijder ik de advertentie van marktplaats', 'als je betaalt wis ik je naam van de lijst voor de pizza'],
    },
  },
  {
    id: 'malware-on-your-device',
    phrases: [
      'ik|k|wij|we heb|hebben|had ..3 malware|spyware|trojan|trojaans|keylogger|virus|spionagesoftware ..5 op|in you|je|jouw|uw ..1 apparaat|computer|telefoon|laptop|pc|systeem|toestel|device|gsm',
      'via|door|met ..2 malware|spyware|trojan|keylogger|spionagesoftware ..6 webcam|camera|cam|wachtwoord*|contacten|fotos|browsergeschiedenis|geschiedenis',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'antivirus', 'scan', 'gescand', 'verwijderd', 'opgeruimd', 'school', 'huiswerk', 'update', 'les', 'nieuws', 'artikel', 'pas_op', 'opletten', 'phishing', 'voorlichting', 'niet|nie|geen'],
    examples: {
      match: ['Ik heb malware op uw apparaat geinstalleerd', 'wij hebben spyware op je telefoon gezet', 'via spyware heb ik toegang gekregen tot uw webcam en contacten'],
      ignore: ['ik heb een virus op mijn laptop, kun je helpen', 'ik heb de malware op je laptop verwijderd met de antivirus', 'pas op voor spyware die je webcam overneemt'],
    },
  },
  {
    id: 'recorded-you-undressing',
    phrases: [
      'opgenomen|gefilmd|gerecord*|gescreenrecord*|vastgelegd|gescreenshot*|opname*|screenrecord*|video|filmpje|beelden ..6 toen|terwijl|hoe|waarop|waarin @you ..3 uitkleed*|uitkleedt|uitkleden|naakt|bloot|aftrok*|aftrekt|masturbe*|jezelf_aanraakte|jezelf_aanraakt|topless',
      'toen|terwijl|hoe @you ..3 uitkleed*|uitkleden|naakt|bloot|aftrok*|aftrekt|masturbe*|topless ..6 opgenomen|gefilmd|gerecord*|gescreenrecord*|vastgelegd|gescreenshot*|opgeslagen|bewaard',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niet|nie|nooit|geen|niks|niets', 'als|zodra @you', 'nieuws', 'artikel', 'les', 'politie', 'documentaire', 'docu', 'serie', 'film', 'aflevering', 'pas_op', 'wees_voorzichtig', 'dokter', 'huisarts', 'baby', 'kleine'],
    examples: {
      match: ['ik heb alles opgenomen toen je je uitkleedde op die videochat lol', 'ik heb een video van hoe je naakt was op cam', 'toen je je uitkleedde heb ik alles gefilmd'],
      ignore: ['pas op, ze nemen je op als je je uitkleedt op cam', 'in de serie werd hij gefilmd toen hij naakt was', 'ik heb niks opgenomen toen je je uitkleedde'],
    },
  },
  {
    id: 'access-to-your-device',
    phrases: [
      'ik|k|wij|we heb|hebben|had|hadden|kreeg|kregen|heb_ik|hebben_we ..2 toegang ..2 tot|op|in @your apparaat|apparaten|computer|telefoon|gsm|laptop|pc|toestel|webcam|camera|contacten|contactenlijst|systeem|device|mailbox|e_mail|email|accounts',
      'via|door|met @your webcam|camera|cam|telefooncamera ..5 opgenomen|gefilmd|vastgelegd|opnames|opname|beelden|gemaakt',
      '@your apparaat|computer|telefoon|gsm|laptop|pc|toestel|systeem|device|webcam|camera ..2 is|zijn|werd|werden ..2 gehackt|geinfecteerd|besmet|overgenomen|gecompromitteerd ..6 opgenomen|gefilmd|beelden|opnames|opname|video|contacten|webcam|camera',
      '@your webcam|camera|cam ..2 heeft|had ..3 opgenomen|gefilmd|vastgelegd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niet|nie|geen|nooit', 'les', 'school', 'zoom', 'teams', 'presentatie', 'bewaking*', 'deurbel', 'netflix', 'spotify', 'videoland', 'disney*', 'wifi', 'magister', 'smartschool', 'somtoday', 'helpdesk', 'support', 'klantenservice', 'reparatie', 'reparer*', 'instellingen', 'antivirus', 'pas_op', 'opletten', 'nieuws', 'artikel', 'voorlichting', 'mama|papa|mam|pap', 'gedeelde', 'familie_account', 'toestemming', 'verjaardag*', 'feest', 'vakantie', 'haha*', 'lol', 'grapje'],
    examples: {
      match: ['Uw apparaat is gehackt en via uw webcam zijn beelden van u opgenomen', 'wij hebben via uw webcam opnames van u gemaakt', 'ik heb toegang tot uw apparaat en heb u gefilmd', 'uw computer is geinfecteerd en uw camera heeft alles vastgelegd'],
      ignore: ['via je webcam kan ik je niet zien in de les', 'ik heb nog toegang tot je netflix account', 'mijn computer is gehackt, pas op', 'je camera heeft de wedstrijd niet opgenomen'],
    },
  },
  {
    id: 'still-have-your-pics',
    phrases: [
      'ik|k heb|bewaar ..2 die|de|je|jouw|al_je ..1 screenshots|screens|screenies|nudes|naaktfoto*|naaktjes|pics|fotos|foto_s|video|filmpje*|opname*|beelden ..3 nog|allemaal|allemaal_nog|bewaard|opgeslagen|veilig',
      'kheb ..2 die|de|je|jouw|al_je ..1 screenshots|screens|screenies|nudes|naaktfoto*|naaktjes|pics|fotos|foto_s|video|filmpje*|opname*|beelden ..3 nog|allemaal|bewaard|opgeslagen|veilig',
      'ik|k heb ..2 alles ..2 gescreend|gescreenshot|gescreenshott|opgeslagen|bewaard|gesaved|gesavet',
      'kheb ..2 alles ..2 gescreend|gescreenshot|gescreenshott|opgeslagen|bewaard|gesaved|gesavet',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'van_de', 'van_het', 'van_ons', 'vakantie', 'reis', 'feest', 'schoolreis*', 'kamp', 'klas*', 'groepsfoto', 'verjaardag*', 'bruiloft', 'baby', 'vroeger', 'oude', 'leuk*', 'mooi*', 'grappig', 'haha*', 'lol', 'verwijderd', 'gewist', 'weggegooid', 'huiswerk', 'aantekeningen', 'samenvatting', 'opdracht', 'werkstuk', 'bewijs', 'politie', 'aangifte', 'melden', 'gemeld', 'blokkeer*', 'geblokt', 'die_man', 'die_gast', 'wil_je_ze', 'stuur_ik', 'zal_ik', 'niet_meer', 'geen_meer', 'niks_meer', 'heb|had ..2 niet|geen|niks'],
    weight: 2,
    examples: {
      match: ['ik heb de screenshots nog hoor, vergeet dat niet', 'ik heb die pics van je nog', 'k heb alles gescreend wat je stuurde'],
      ignore: ['ik heb de fotos van de vakantie nog', 'ik heb alles gescreend voor de politie', 'ik heb je huiswerk opgeslagen', 'ik heb die pics van je nog, zal ik ze sturen?'],
    },
  },
  {
    id: 'compromising-material',
    phrases: [
      'wij|we|ik|k hebben|heb|bezitten|bezit ..3 compromitterend*|gevoelig*|intiem*|pikant*|expliciet*|genant*|seksueel*|seksuele|erotisch* ..2 beelden|fotos|foto_s|video*|opname*|opnamen|materiaal|beeldmateriaal|filmpje*|content',
      'you|je|jij bent|werd|bent_you ..2 gefilmd|opgenomen|vastgelegd ..4 tijdens|terwijl|toen|bij ..3 bekijken|kijken|keek|porno*|volwassen*|seks*|naakt|bloot|uitkleed*|masturb*|webcam|cam',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niet|nie|geen|nooit', 'nieuws', 'artikel', 'les', 'politie', 'voorlichting', 'pas_op', 'opletten', 'oplichters', 'oplichting', 'phishing', 'spam', 'wedstrijd', 'optreden', 'voorstelling', 'musical', 'school', 'examen'],
    examples: {
      match: ['Wij hebben compromitterende beelden van u. Betaal 0,05 BTC binnen 24 uur.', 'U bent gefilmd tijdens het bekijken van pornografisch materiaal.', 'ik heb intieme fotos van je'],
      ignore: ['pas op voor oplichters die zeggen dat ze compromitterende beelden hebben', 'je bent gefilmd tijdens de wedstrijd', 'wij hebben geen gevoelige gegevens van u'],
    },
  },
  {
    id: 'or-your-account-is-gone',
    phrases: [
      'of|anders|tenzij ..3 je|jouw|uw ..1 @app|account|profiel|acc ..2 is|gaat|wordt|ben ..1 weg|verwijderd|kapot|foetsie|offline|kwijt|gebanned|geband|eraan|gehackt|overgenomen',
      'of|anders|tenzij ..2 verwijder|delete|wis|ban|hack ik|k ..2 je|jouw|uw ..1 @app|account|profiel|acc',
      'of|anders|tenzij ..1 ik|k ..1 verwijder|delete|wis|ban|hack ..2 je|jouw|uw ..1 @app|account|profiel|acc',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'inlog*', 'wachtwoord_vergeten', 'support', 'helpdesk', 'klantenservice', 'regels', 'community', 'moderator*', 'inactief', 'abonnement', 'betaling_mislukt', 'verlopen', 'netflix', 'spotify', 'school', 'haha*', 'lol', 'grapje', 'game', 'clan', 'server'],
    weight: 2,
    examples: {
      match: ['stuur 50 euro of je account gaat eraan', 'stuur een steam kaart van 50 of je insta is weg', 'ik heb je wachtwoord, stuur geld of ik verwijder je account'],
      ignore: ['log in binnen 30 dagen anders is je account weg, inactief', 'hou je aan de regels anders is je account weg van de server'],
    },
  },
  {
    id: 'saved-our-whole-chat',
    phrases: [
      'ik|k heb ..2 je|jouw|ons|onze|al_je|al_onze|hele|het_hele ..2 gesprek*|chat*|chats|berichten|berichtjes|dms|appjes|snaps ..4 opgeslagen|bewaard|gescreenshot|gescreenshott|gescreend|gesaved|gesavet|opgenomen',
      'blokkeer|blok|block|verwijder ..3 maar|gerust|gewoon ..5 ik|k heb ..2 alles|je_fotos|je_nudes|het|ze|die_fotos ..1 al|toch|allang|opgeslagen|bewaard|gescreenshot',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'politie', 'melden', 'gemeld', 'aangifte', 'bewijs', 'mentor', 'vertrouwenspersoon', 'creep', 'die_man', 'die_gast', 'huiswerk', 'aantekeningen', 'groepsapp', 'haha*', 'lol', 'herinnering*', 'lief', 'schattig', 'niet|nie|geen|niks'],
    weight: 2,
    examples: {
      match: ['ik heb je hele gesprek met mij opgeslagen, je ouders zullen het leuk vinden', 'blokkeer me maar, ik heb alles al'],
      ignore: ['ik heb het gesprek met die creep opgeslagen als bewijs voor de politie', 'ik heb onze chat bewaard want hij is zo lief'],
    },
  },
  {
    id: 'pics-of-you-naked',
    phrases: [
      'ik|k heb|bezit ..2 screens|screenshots|screenies|fotos|foto_s|pics|video|videos|vids|filmpjes|filmpje|beelden|opnames ..2 van|waarop|waarin ..1 je|jou|jij|you ..3 naakt|bloot|in_je_ondergoed|zonder_kleren|zonder_shirt|in_je_bh|topless',
      'kheb ..2 screens|screenshots|screenies|fotos|foto_s|pics|video|videos|vids|filmpjes|filmpje|beelden|opnames ..2 van|waarop|waarin ..1 je|jou|jij|you ..3 naakt|bloot|in_je_ondergoed|zonder_kleren|zonder_shirt|topless',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'baby', 'klein', 'kleine', 'vroeger', 'zwembad', 'strand', 'bad', 'haha*', 'lol', 'niet|nie|geen|niks', 'politie', 'melden', 'verwijderd', 'gewist'],
    examples: {
      match: ['ik heb screens van je naakt, wat ga je doen', 'ik heb fotos waarop je bloot bent'],
      ignore: ['ik heb fotos van je bloot als baby haha', 'ik heb geen fotos van je naakt'],
    },
  },
  {
    id: 'saved-your-pics-u6',
    phrases: [
      'ik|k heb|had ..3 je|jouw|uw|al_je|al_jouw ..1 @photo [s] ..4 opgeslagen|bewaard|gedownload|gesaved|gesavet|gesaefd|gescreenshot|gescreenshott|gescreend|vastgelegd|veilig_gesteld|op_mijn_telefoon|op_mn_telefoon|op_mijn_laptop|op_mn_laptop|in_mijn_galerij',
      'heb|had ik|k ..3 je|jouw|uw|al_je|al_jouw ..1 @photo [s] ..4 opgeslagen|bewaard|gedownload|gesaved|gesavet|gescreenshot|gescreend|vastgelegd|veilig_gesteld',
      'kheb|khad ..3 je|jouw|uw|al_je|al_jouw ..1 @photo [s] ..4 opgeslagen|bewaard|gedownload|gesaved|gesavet|gescreenshot|gescreend|vastgelegd',
      'ik|k heb ..2 je|jouw|uw|jou ..1 @photo [s] ..2 nog ..4 weet|weet_wel|welke|he|hoor|vergeet|onthoud',
      'je|jouw|uw @photo [s] ..3 staan|staat|zitten|zit ..2 [veilig] op|in ..1 mijn|mn ..1 telefoon|laptop|pc|computer|galerij|camerarol|cloud|map|usb',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'van_de', 'van_het', 'vakantie', 'reis', 'feest', 'schoolreis*', 'kamp', 'klas*', 'groepsfoto', 'verjaardag*', 'bruiloft', 'baby', 'vroeger', 'leuk*', 'mooi*', 'grappig', 'haha*', 'lol', 'verwijderd', 'gewist', 'weggegooid', 'huiswerk', 'opdracht', 'werkstuk', 'bewijs', 'politie', 'aangifte', 'melden', 'album', 'fotoboek', 'backup', 'back_up', 'profiel', 'profielfoto*', 'pasfoto', 'wedstrijd', 'trots', 'tekening*', 'schilderij*', 'heb|had ..2 niet|geen|niks', 'wil_je|zal_ik|moet_ik'],
    examples: {
      match: ['oke nu heb ik je fotos opgeslagen', 'ik heb al je pics gedownload hoor', 'kheb je foto\'s allemaal gescreenshot', 'je fotos staan veilig op mijn laptop', 'ik heb uw fotos nog, ge weet wel welke'],
      ignore: ['ik heb je fotos van de vakantie opgeslagen', 'ik heb je fotos opgeslagen, zo mooi', 'ik heb je fotos niet opgeslagen', 'ik heb je tekening opgeslagen'],
    },
  },
  {
    id: 'think-i-deleted-them-u6',
    phrases: [
      'denk|dacht|denkt @you ..3 dat ik|k ..4 @photo|@nude|naaktfoto*|nudes|alles|ze|het|screenshots|video|filmpje ..3 weggegooid|verwijderd|gewist|weggedaan|gedelete|gedeletet|deleted|kwijt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie', 'reis', 'feest', 'verjaardag*', 'huiswerk', 'aantekeningen', 'samenvatting', 'rooster', 'oplader', 'jas', 'sleutel*', 'tas', 'boek', 'spullen', 'kleren', 'trui', 'geld', 'haha*', 'lol', 'bonnetje*', 'bon', 'bonnen', 'kaartje*', 'tickets', 'mooi*', 'leuk*', 'politie', 'bewijs', 'aangifte', 'album', 'fotoboek', 'backup', 'back_up', 'nee_joh', 'boeken'],
    weight: 5,
    examples: {
      match: ['denk je dat ik je fotos heb weggegooid?', 'dacht je dat ik alles had verwijderd? nee hoor'],
      ignore: ['ik heb je jas nog hoor', 'denk je dat ik de fotos van de vakantie heb verwijderd?', 'ik heb ze nog allemaal hoor, de bonnetjes', 'denk je dat ik die fotos heb verwijderd? nee joh ze staan in het album'],
    },
  },
  {
    id: 'inside-your-account-u6',
    phrases: [
      'ik|k heb ..2 een|de|die|het ..1 opname*|recording*|screenrecord*|schermopname*|video|filmpje ..1 van ..1 onze|ons|je|jouw ..1 @call|gesprek|gesprekken|chats|videocall*|facetime*|snapcall*',
      'ik|k kan|zit|ben|kom ..2 in ..1 je|jouw|uw ..1 snap|snapchat|account|insta|instagram|icloud|mail|gmail|tiktok|whatsapp|galerij|camerarol|cloud',
      'kkan|kzit|kben ..2 in ..1 je|jouw|uw ..1 snap|snapchat|account|insta|instagram|icloud|mail|gmail|tiktok|whatsapp|galerij|camerarol|cloud',
    ],
    unless: ['zoals|wat je|jij ..1 vroeg|vroeg_om|wilde|zei', 'daily*', 'dailies', 'quests', 'zoals_afgesproken', 'uitgelogd|uitloggen|log_uit|log_even_uit|niet_uitgelogd|ingelogd_gelaten', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'wachtwoord_vergeten', 'inloggen_voor_je', 'helpen', 'help', 'mag_ik', 'kan_ik', 'zal_ik', 'kijken_of', 'profielfoto', 'instellingen', 'haha*', 'lol', 'klas', 'groep*', 'team', 'verhaal', 'story', 'vriendenlijst', 'volg*', 'wedstrijd', 'les', 'liedje'],
    weight: 5,
    examples: {
      match: ['ik heb een opname van onze videocall', 'ik kan in je snap', 'ik zit in je account', 'ik ben in je icloud geweest'],
      ignore: ["ik zit in je fortnite account om je dailies te doen", 'mag ik in je account om je te helpen met je wachtwoord', 'ik zit in je klas', 'ik heb een opname van onze wedstrijd'],
    },
  },
  {
    id: 'i-know-your-people-u6',
    phrases: [
      'ik|k weet|ken ..2 wie ..1 je|jouw ..1 vrienden|vriendinnen|ouders|familie|broer*|zus*|vriend|vriendje|crush ..2 zijn|is ..3 en|plus ..3 waar|welke',
      'ik|k heb ..2 je|jouw|uw ..1 adres|nummer|telefoonnummer|achternaam|woonadres ..4 gevonden|achterhaald|opgezocht|getraced|gelokaliseerd',
      'ik|k weet ..3 je|jouw ..1 adres|school|achternaam|volledige_naam|echte_naam ..3 en ..3 je|jouw ..1 ouders|vrienden|familie|school|adres|volgers',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'feest*', 'verjaardag*', 'verrassing*', 'uitnodiging*', 'kaartje*', 'formulier', 'inschrijving*', 'school_van', 'klassenlijst', 'lijst', 'toevoegen', 'project*', 'groep*', 'kantine', 'jullie', 'mag_ik', 'pakket*', 'bezorg*', 'bestelling', 'marktplaats', 'juf', 'meester', 'mentor', 'docent*', 'trainer', 'coach', 'oma', 'opa', 'mama', 'papa'],
    weight: 3,
    examples: {
      match: ['ik weet wie je vrienden zijn en waar je op school zit', 'ik weet je adres en je school en je ouders', 'ik heb je nummer en je adres gevonden'],
      ignore: ['ik weet wie je vrienden zijn en waar je feest is haha', 'ik heb je nummer gevonden in de klassenlijst, mag ik je toevoegen voor het project?'],
    },
  },
  {
    id: 'we-hold-recordings-u6',
    phrases: [
      'wij|we|ik|k hebben|heb|beschikken|bezitten ..4 uw|je|jouw ..3 opname*|opnamen|videoopname*|video_opname*|beelden|privevideo*|prive_video*|webcamopname*',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'ontvangen', 'bedankt', 'dank', 'aanmelding*', 'sollicitatie*', 'bestelling', 'inzending', 'wedstrijd', 'klacht', 'verwijderd', 'gewist', 'niet|geen|nooit', 'privacy*', 'avg', 'toestemming', 'bruiloft', 'school', 'les', 'presentatie', 'optreden'],
    weight: 5,
    examples: {
      match: ['Beste, wij hebben uw privegegevens en video-opnames', 'wij beschikken over uw beelden'],
      ignore: ['wij hebben uw video ontvangen, bedankt voor uw inzending', 'we hebben je opnames van het optreden'],
    },
  },
  {
    id: 'recorded-our-call-e8',
    phrases: [
      'ik|k heb|had ..2 ons|onze ..2 [hele] videogesprek*|videocall*|facetime*|call|calls|gesprek|snapcall*|belletje|camsessie*|videochat* ..3 opgenomen|gefilmd|gescreenrecord*|gerecord*|vastgelegd|gescreenshot*',
      'kheb|khad ..2 ons|onze ..2 [hele] videogesprek*|videocall*|facetime*|call|calls|gesprek|snapcall*|belletje|camsessie*|videochat* ..3 opgenomen|gefilmd|gescreenrecord*|gerecord*|vastgelegd|gescreenshot*',
      'ik|k|kheb heb|had ..2 de|die|dat|het|je|jouw ..2 [hele] videogesprek*|videocall*|facetime*|call|snapcall*|camsessie*|videochat* ..3 gefilmd|gescreenrecord*|gerecord*|vastgelegd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'podcast', 'les', 'lessen', 'uitleg', 'huiswerk', 'teams', 'zoom', 'terugkijken', 'terug_te_kijken', 'werkstuk', 'project*', 'presentatie', 'interview', 'liedje', 'muziek', 'oma', 'opa', 'verjaardag*', 'feest', 'bruiloft', 'bewijs', 'politie', 'melden', 'aangifte', 'heb|had ..2 niet|nie|geen|nooit', 'per_ongeluk', 'mentor', 'docent*', 'sollicitatie*', 'spreekbeurt', 'voorlezen', 'oefenen', 'voor_school', 'opgenomen_door|opnemen_van|opnam_toen', 'huisarts|dokter|arts|tandarts|ziekenhuis|advocaat|notaris', 'terugluisteren|terug_te_luisteren', 'wiskunde|engels|frans|duits|biologie|bio|geschiedenis|aardrijkskunde|scheikunde|natuurkunde|economie|nederlands', 'concert', 'voorstelling', 'optreden', 'wedstrijd'],
    examples: {
      match: ['lol ik heb de hele call gescreenrecord', 'haha ik heb ons hele videogesprek opgenomen', 'ik heb onze facetime opgenomen lol', 'kheb ons gesprek op cam gefilmd'],
      ignore: ['ik heb ons gesprek opgenomen voor de spreekbeurt', 'ik heb de call opgenomen, het was mijn moeder', 'ik heb onze hele call opgenomen, de uitleg van wiskunde, kun je terugkijken', 'ik heb ons gesprek met de huisarts opgenomen zodat mama het kan terugluisteren', 'ik heb onze call opgenomen voor de podcast haha', 'ik heb ons gesprek met de docent opgenomen zodat je de uitleg kan terugkijken', 'ik heb ons gesprek niet opgenomen hoor'],
    },
  },
  {
    id: 'screenshots-of-it-e8',
    phrases: [
      'ik|k heb|had|bewaar ..1 er|daar|ervan|daarvan ..2 screenshots|screens|screenies|screenshot|opnames|een_opname|een_screenrecording|kopieen|een_kopie|een_backup|backups ..1 [van|gemaakt|nog]',
      'kheb|khad|kbewaar ..1 er|daar|ervan|daarvan ..2 screenshots|screens|screenies|screenshot|opnames|een_opname|een_screenrecording|kopieen|een_kopie|een_backup|backups ..1 [van|gemaakt|nog]',
      'ik|k heb|bewaar ..2 die|de|je|jouw ..1 @photo|@nude|naaktfoto*|nudes [s] ..1 die|dat|wat @you ..4 stuurde|stuurt|gestuurd|verstuurde|liet_zien|hebt_gestuurd ..3 nog|allemaal|bewaard|opgeslagen',
      'ik|k heb|had video|videos|fotos|foto|pics|filmpje|filmpjes|beelden|naaktfotos|nudes ..1 van ..1 jou|je|you',
      'dat ik|k ..3 die|de|je|jouw|al_je ..1 @photo|@nude|naaktfoto*|nudes|screenshots|screens [s] ..3 heb|bewaar|heb_bewaard|heb_opgeslagen|nog_heb|nog_steeds_heb',
      'ik|k heb|bewaar ..2 die|je|jouw|al_je ..1 @photo|@nude [s] ..2 nog|allemaal|bewaard|opgeslagen',
      'iemand|degene ..1 die ..2 je|jouw ..1 @photo|@nude|naaktfoto*|nudes [s] ..2 heeft|bezit|heeft_opgeslagen',
    ],
    unless: ['grappig', 'hilarisch', 'epic', 'glijbaan', 'struikel*', 'gevallen', 'dansje*', 'sticker*', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'politie', 'bewijs', 'melden', 'gemeld', 'aangifte', 'mentor', 'vertrouwenspersoon', 'huiswerk', 'aantekeningen', 'samenvatting', 'haha*', 'lol', 'xd', 'uitslag', 'rooster', 'tickets', 'bon', 'bonnetje*', 'vakantie', 'reis', 'feest', 'verjaardag*', 'bruiloft', 'schoolreis*', 'kamp', 'wedstrijd', 'optreden', 'training', 'klas*', 'groepsfoto', 'baby', 'vroeger', 'mooi*', 'leuk*', 'schattig*', 'trots', 'heb|had ..3 niet|nie|geen|nooit', 'niet_bekeken|nog_niet', 'verwijderd', 'gewist', 'weggegooid', 'zal_ik|wil_je|moet_ik|mag_ik', 'album', 'gemaakt_op|gemaakt_bij|gemaakt_tijdens'],
    weight: 2,
    examples: {
      match: ['dom van je. ik heb al je snaps nog', 'iemand die je fotos heeft', 'vergeet niet dat ik nog steeds die pics van je heb', 'nou ik heb er screenshots van', 'ik heb daar screens van hoor', 'ik heb die fotos die je gisteren stuurde nog hoor', 'Ik heb video van jou'],
      ignore: ['ik heb er screenshots van gemaakt voor de politie', 'ik heb er screenshots van, van het rooster', 'ik heb die fotos die je stuurde nog niet bekeken', 'ik heb fotos van je van het feest'],
    },
  },
  {
    id: 'remember-what-you-sent-e8',
    phrases: [
      'weet|herinner ..3 nog ..2 wat|welke ..1 [@photo|@nude|dingen] @you ..4 gestuurd|gestuurt|stuurde|verstuurd|verstuurde|liet_zien|laten_zien|deed_op_cam|op_cam_deed',
      'vergeet|vergeten ..2 niet ..3 wat @you ..4 gestuurd|gestuurt|stuurde|verstuurd|liet_zien|laten_zien',
      'je|jij ..2 die|je|jouw|de ..1 @photo|@nude|naaktfoto*|nudes [s] ..3 naar|aan hem|haar|mijn_vriend|mn_vriend|mijn_maat|mn_maat|mijn_broer|mn_broer ..2 gestuurd|had_gestuurd|hebt_gestuurd|stuurde|verstuurd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'meme*', 'grappig*', 'grap', 'link', 'huiswerk', 'aantekeningen', 'liedje', 'nummer', 'recept', 'kat', 'hond', 'puppy', 'filmpje_van_de', 'tiktok', 'reel', 'vakantie', 'reis', 'feest', 'verjaardag*', 'groep*', 'klas*', 'adres', 'locatie', 'cadeau*', 'spotify'],
    weight: 2,
    examples: {
      match: ['weet je nog welke fotos je me stuurde? die heb ik nog allemaal', 'weet je nog wat je me vorige week hebt gestuurd?', 'vergeet niet wat je me hebt laten zien', 'hij zei dat je die fotos naar hem had gestuurd'],
      ignore: ['weet je nog wat je me gisteren stuurde? die meme haha', 'weet je nog wat je me stuurde, die link van het huiswerk?'],
    },
  },
  {
    id: 'forwarded-to-me-e8',
    phrases: [
      'heeft|hebben|hebt ..2 mij|me ..2 je|jouw|uw ..1 @nude|naaktfoto*|nudes|naaktjes|naaktvideo* [s] ..2 doorgestuurd|gestuurd|gegeven|laten_zien|verkocht|gedeeld',
      'ik|k heb|kreeg|kocht ..2 je|jouw|uw ..1 @nude|naaktfoto*|nudes|naaktjes|naaktvideo* [s] ..2 van ..1 je|jouw|uw|een|die ..1 ex|vriend|vriendje|vriendin|maat|kennis|gast|jongen|meisje',
    ],
    unless: ['verwijderd', 'gewist', 'weggegooid', 'niet|nie|nooit|geen ..2 gekeken|bekeken|opengemaakt|doorgestuurd', 'politie', 'melden', 'gemeld', 'aangifte', 'mentor', 'bewijs', 'vertrouwenspersoon', 'pas_op', 'wat_moet_ik', 'helpen', 'hulp'],
    examples: {
      match: ['hij heeft mij je nudes doorgestuurd, dus ik heb ze nu ook', 'ik kreeg je naaktfotos van je ex'],
      ignore: ['hij heeft mij je nudes doorgestuurd, ik heb ze meteen verwijderd en gemeld'],
    },
  },
  {
    id: 'found-your-family-e8',
    phrases: [
      'ik|k heb|had ..2 je|jouw|uw ..1 @parents ..5 gevonden|opgezocht|achterhaald|getraced|gespot ..3 [op] facebook|fb|insta|instagram|tiktok|linkedin|snap|snapchat|online|internet',
      'kheb|khad ..2 je|jouw|uw ..1 @parents ..5 gevonden|opgezocht|achterhaald|getraced|gespot ..3 [op] facebook|fb|insta|instagram|tiktok|linkedin|snap|snapchat|online|internet',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'feest*', 'verjaardag*', 'verrassing*', 'mag_ik', 'toevoegen', 'groep*', 'klas*', 'project*', 'kantine', 'winkel', 'jullie', 'reunie', 'stamboom'],
    weight: 2,
    examples: {
      match: ['ik heb net je zus en je moeder gevonden op facebook', 'ik heb je vader opgezocht op linkedin'],
      ignore: ['ik heb je moeder gevonden op facebook, mag ik haar toevoegen voor het feest?'],
    },
  },
  {
    id: 'saw-you-on-cam-device-compromised-e8',
    phrases: [
      'ik|k heb ..1 je|jou|you ..2 op|via ..1 [de|je|jouw|uw] cam|webcam|camera|facetime ..1 gezien|bekeken|gefilmd',
      '@your apparaat|computer|telefoon|gsm|laptop|pc|toestel|systeem|device|account|accounts ..2 is|zijn|werd|werden ..2 gecompromitteerd|gehackt|geinfecteerd|besmet|overgenomen|gekaapt',
    ],
    unless: ['les', 'lessen', 'school', 'zoom', 'teams', 'meet', 'presentatie', 'vergadering', 'docent*', 'juf', 'meester', 'klas*', 'wachtwoord_veranderen|verander_je_wachtwoord|wijzig_je_wachtwoord|reset', 'pas_op', 'opletten', 'helpdesk', 'support', 'klantenservice', 'nieuws', 'voorlichting'],
    weight: 2,
    examples: {
      match: ['ik heb je op cam gezien', 'Geachte heer/mevrouw, uw apparaat is gecompromitteerd.'],
      ignore: ['ik heb je op cam gezien in de les, je haar zat leuk', 'je account is gehackt, verander je wachtwoord'],
    },
  },
  {
    id: 'downloaded-your-stuff-e8',
    phrases: [
      'ik|k heb ..2 al_je|je|jouw|uw ..1 berichten|chats|dms|@photo|memories|gegevens|contacten ..4 gedownload|gekopieerd|binnengehaald|gestolen|overgezet',
      'ik|k heb ..2 al_je|je|jouw|uw ..1 @photo [s] ..2 uit|van ..1 je|jouw|uw ..1 galerij|camerarol*|icloud|cloud|telefoon|gsm|drive|account|snap|memories',
      'omegle|ome_tv|ometv|chatroulette|azar|monkey|camsurf ..3 opgenomen|gefilmd|gescreenrecord*|gerecord*|vastgelegd',
      '@call|videogesprek*|facetime*|facetimegesprek*|videocall* ..6 ik|k heb ..1 het|ze|alles ..2 nog|opgeslagen|bewaard|opgenomen',
    ],
    unless: ['toen_zei ze|hij', 'zei_ze', 'zei_hij', 'zeiden_ze', 'wat moet|moeten ik|we ..1 doen', 'jaarboek|smoelenboek|schoolkrant|presentatie|collage', 'in_mijn_hoofd|leuk*|gezellig|mooi*|lief', 'album', 'fotoboek', 'backup', 'back_up', 'nieuwe_telefoon', 'overzetten', 'helpen', 'hulp', 'school', 'werkstuk', 'project*', 'vakantie', 'reis', 'feest*', 'verjaardag*', 'haha*', 'lol', 'xd', 'grapje', 'mama|papa|mam|pap', 'verwijderd', 'gewist', 'politie', 'bewijs', 'aangifte', 'melden', 'niet|nie|geen|nooit ..2 opgenomen|gedownload|gekopieerd'],
    weight: 5,
    examples: {
      match: ['ik heb al je berichten van je account gedownload', 'Ik heb al je fotos uit je galerij, betaal 300 euro', 'ik heb je live gezien op omegle en opgenomen', 'weet je nog ons facetimegesprek? ik heb het allemaal nog'],
      ignore: ['ik heb al je fotos van de drive gedownload voor het jaarboek', 'ons facetimegesprek was leuk, ik heb het nog steeds in mijn hoofd', 'ik heb al je fotos uit je galerij gehaald voor het album', 'ik heb je fotos overgezet naar je nieuwe telefoon'],
    },
  },
  {
    id: 'access-and-hidden-files-r10',
    phrases: [
      'ik|k heb ..1 toegang ..2 tot|to je|jouw|uw apparaat|apparaten|telefoon|gsm|mobiel|laptop|computer|pc|account|acc|mail|email|icloud|cloud|camera|webcam|@app',
      'kheb ..1 toegang ..2 tot|to je|jouw|uw apparaat|apparaten|telefoon|gsm|mobiel|laptop|computer|pc|account|acc|mail|email|icloud|cloud|camera|webcam|@app',
      'via|met|door je|jouw|uw webcam|camera|cam ..3 heb|had ik|k ..4 opgenomen|gefilmd|vastgelegd|beelden|opnames|opname|video|videos',
      'je|jouw|uw @app|account|acc ..1 is ..1 [nu|nou] van mij|mij_lol',
      'ik|k heb|ken|weet ..1 je|jouw|uw wachtwoord|password|wachtwoorden|inloggegevens|logingegevens',
      'kheb|kken|kweet ..1 je|jouw|uw wachtwoord|password|wachtwoorden|inloggegevens|logingegevens',
      'verborgen|geheime|prive ..1 @photo|map|album|mapje|fotos|galerij ..3 gevonden|gezien|gedownload|bekeken|opgeslagen',
      'ik|k heb ..2 je|jouw|uw @photo ..2 van|uit je|jouw|uw oude|vorige|verborgen|prive|geheime|andere ..1 account|acc|insta|instagram|snapchat|snap|map|album|telefoon',
      'kheb ..2 je|jouw|uw @photo ..2 van|uit je|jouw|uw oude|vorige|verborgen|prive|geheime|andere ..1 account|acc|insta|instagram|snapchat|snap|map|album|telefoon',
      'heb|kheb|heb_ik ..3 screenshot*|screens|lijst|lijstje ..3 van [al|alle] je|jouw|uw volgers|followers|contacten|vriendenlijst|familie|vrienden',
      'ik|k heb ..2 je|jouw|uw [andere|oude|eerdere|vorige] @photo ..2 [al] opgeslagen|bewaard|gedownload|gescreenshot|gekopieerd',
      'ik|k heb ..1 het|dat|dit|da ..1 allemaal|stiekem|gewoon ..1 opgenomen|gefilmd|gescreenrecord',
      'ik|k heb ..1 alles|al_je ..2 gezien|bekeken|gelezen|gedownload ..3 op je|jouw|uw telefoon|gsm|laptop|galerij|camerarol|icloud|pc|computer',
      'stiekem ..3 opgenomen|gefilmd|gescreenrecord|gescreenshot|vastgelegd',
    ],
    unless: ['verander|wijzig|veranderen|wijzigen|aanpassen ..2 het|hem|je_wachtwoord|dat|wel', 'grappig', 'hilarisch', 'epic', 'glijbaan', 'struikel*', 'gevallen', 'viel', 'dansje*', 'sticker*', 'rooster', 'van_school', 'om ..3 te ..1 checken|bekijken|helpen|regelen', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niet|nie|nooit ..2 gezien|gelezen|gekeken', 'aflevering*', 'seizoen', 'boek*', 'deel', 'vakantie', 'reis', 'feest', 'bruiloft', 'mooi*', 'leuk*', 'haha*', 'lol', 'profielfoto', 'schoolfoto*', 'klassenfoto*', 'voor_oma', 'wachtwoord_vergeten', 'lenen', 'netflix|wifi|disney|spotify|videoland|ziggo|hbo|router|schoolaccount|magister|smartschool', 'veranderd|vergeten|gereset|aangepast|resetten', 'gedeelde|gedeeld', 'document*', 'drive', 'wedstrijd', 'concert', 'oplicht*', 'scam*', 'nepmail*', 'phishing', 'teams|classroom|magister|smartschool'],
    examples: {
      match: ['Beste, ik heb toegang tot uw apparaat en uw wachtwoord', 'Via uw webcam heb ik videos opgenomen van u', 'je insta is nu van mij', 'ik heb al je dms gelezen en je verborgen fotos gevonden', 'ik heb je fotos van je oude account', 'heb een screenshot van al je volgers en je familie', 'ik heb je andere fotos al opgeslagen', 'ik heb het stiekem opgenomen', 'ik ken je wachtwoord en ik heb alles gezien', 'ik heb alles gezien wat je op je telefoon hebt'],
      ignore: ["ik weet je wachtwoord nog van toen we samen op de computer zaten, verander het!", "ik heb je filmpje opgeslagen, echt zo grappig hoe je van de glijbaan viel", 'ik heb die eerste nog niet gezien', 'ik heb toegang tot je document, ik pas het aan', 'ik heb je fotos van de vakantie opgeslagen, zo mooi', 'ik weet je wachtwoord van netflix nog', 'ik heb je wachtwoord van de wifi veranderd', 'mijn oom kreeg een mail dat ze toegang hadden tot zijn laptop'],
    },
  },
  {
    id: 'i-still-have-the-first-r10',
    phrases: [
      'ik|k heb ..1 die|de eerste|vorige ..1 [foto|pic|video|vid|nog] nog|nog_steeds|nogsteeds|nog_altijd',
    ],
    unless: ['terug*', 'lenen', 'geleend', 'niet|nie|nooit', 'gezien', 'gelezen', 'gekeken', 'boek*', 'seizoen', 'aflevering*', 'deel', 'versie', 'editie', 'haha*', 'lol', 'trui|hoodie|jas|shirt|schoenen|fiets|telefoon|kaart*|ticket*'],
    examples: {
      match: ['je doet wat ik zeg, ik heb die eerste nog', 'ik heb de vorige nog steeds'],
      ignore: ['ik heb die eerste nog steeds, wil je hem terug?', 'ik heb die eerste nog niet gezien', 'ik heb die eerste nog, wil je hem lenen'],
    },
  },
  {
    id: 'i-still-have-them-r10',
    phrases: [
      'ik|k heb ..1 nog|nog_steeds|nogsteeds|nog_altijd|allemaal ..1 die|je|jouw|al_je|alle|jou_je ..1 @photo|@nude|naaktfoto*|beelden|opname*|chats|screenshots',
      'vergeet niet dat ik|k ..2 [nog|nog_steeds] alles|je_fotos|die_fotos|die_video|je_video|je_nudes|die_nudes ..1 heb|bezit|bewaard',
    ],
    unless: ['voor_de', 'voor_het', 'taart', 'boodschappen', 'spullen', 'mee', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie', 'reis', 'feest', 'bruiloft', 'kamp', 'schoolreis*', 'verjaardag*', 'klassenfoto*', 'grappig*', 'leuk*', 'mooi*', 'schattig*', 'haha*', 'lol', 'wil_je_ze', 'wil_je_die', 'terug*', 'album', 'fotoboek', 'opa', 'oma', 'baby*', 'hond', 'kat', 'huiswerk', 'aantekeningen', 'samenvatting', 'van_ons', 'van_ons_samen'],
    examples: {
      match: ['ik heb nog steeds die fotos van toen', 'vergeet niet dat ik nog alles heb', 'ik heb nog al je nudes'],
      ignore: ['ik heb nog steeds die foto van ons in parijs', 'ik heb nog steeds die fotos van de vakantie', 'ik heb nog die fotos van toen, zo grappig', 'vergeet niet dat ik nog alles heb voor de taart? nee toch'],
    },
  },
  {
    id: 'still-have-it-all-r11',
    phrases: [
      'ik|k heb ..1 die|ze|dat|deze ..1 [@photo] van jou ..3 opgeslagen|bewaard|gescreenshot|gedownload|gesaved|gescreend',
      'ik|k heb nog ..1 [steeds|altijd|gewoon] alles ..3 @photo|@nude|filmpjes|filmpje|videos|video|screenshots|chats',
      'ik|k heb ..1 alle|al ..1 [de] @photo|@nude|filmpjes|videos|chats ..3 van ..1 zijn|haar|je|jouw ..1 telefoon|gsm|account|icloud|laptop|instagram|snap|cloud',
      'ik|k heb ..3 account|insta|instagram|snap|snapchat|telefoon|icloud|tiktok ..3 van @your ..1 broer*|zus|zusje|moeder|vader|vriend|vriendin|ex ..2 overgenomen|gehackt|gekaapt|in_handen',
      'ik|k heb ..1 je|jouw|het|de ..1 account|insta|instagram|snap|snapchat|icloud|tiktok ..1 [van_je_broer|van_je_zus] ..2 overgenomen|gehackt|gekaapt',
      'onzedelijk*|pornografisch*|kinderporno*|illegaal|illegale|strafbaar|strafbare|seksueel|seksuele ..3 beeldmateriaal|materiaal|afbeeldingen|beelden|bestanden|content ..4 aangetroffen|gevonden|gedetecteerd|ontdekt|vastgesteld|gedownload',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verdachte', 'rechtbank', 'rechter', 'nieuws', 'krant', 'aangehouden', 'opgepakt', 'documentaire', 'kamp', 'reis', 'vakantie', 'feest', 'verjaardag*', 'schoolreis*', 'van_de', 'van_het', 'haha*', 'lol', 'xd', 'grapje', 'meme*', 'kat', 'hond', 'liedje*', 'link', 'filmpje_van', 'recept', 'huiswerk', 'samenvatting', 'aantekeningen', 'cringe', 'grappig*', 'leuk*', 'vergeten', 'wachtwoord_vergeten', 'nieuwe_telefoon', 'overzetten', 'backup', 'terug', 'terugzetten', 'opa', 'oma', 'tante', 'nummer'],
    examples: {
      match: ['oke ik heb die van jou al opgeslagen van je story', 'ik heb nog steeds alles. fotos, filmpjes', 'ik heb alle fotos van zijn telefoon, ook die van jou', 'ik heb het account van je broer overgenomen', 'Op uw IP adres is onzedelijk beeldmateriaal aangetroffen.'],
      ignore: ['ik heb die foto van jou op kamp nog', 'ik heb nog steeds alle fotos van de vakantie', 'in het nieuws: bij de verdachte werd strafbaar beeldmateriaal gevonden', 'ik heb alle fotos van je oude telefoon op je nieuwe telefoon gezet'],
    },
  },
  {
    id: 'remember-what-you-sent-r11',
    phrases: [
      'ik zie|ken ..1 @your @audience ..2 in|bij|tussen ..1 @your volgers|followers|vriendenlijst|contacten',
      'weet @you ..1 nog ..2 wat @you ..3 stuurde|gestuurd|opgestuurd|liet_zien|hebt_laten_zien',
    ],
    unless: ['toets*', 'proefwerk*', 'opdracht*', 'antwoord*', 'uitleg', 'huiswerk', 'rooster', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verdachte', 'rechtbank', 'rechter', 'nieuws', 'krant', 'aangehouden', 'opgepakt', 'documentaire', 'kamp', 'reis', 'vakantie', 'feest', 'verjaardag*', 'schoolreis*', 'van_de', 'van_het', 'haha*', 'lol', 'xd', 'grapje', 'meme*', 'kat', 'hond', 'liedje*', 'link', 'filmpje_van', 'recept', 'huiswerk', 'samenvatting', 'aantekeningen', 'cringe', 'grappig*', 'leuk*', 'vergeten', 'wachtwoord_vergeten', 'nieuwe_telefoon', 'overzetten', 'backup', 'terug', 'terugzetten', 'opa', 'oma', 'tante', 'nummer'],
    weight: 3,
    examples: {
      match: ['ik zie je familie in je volgers', 'weet je nog wat je me gisteren stuurde?'],
      ignore: ['weet je nog wat je me gisteren stuurde haha die kat', 'weet je nog wat je me stuurde over de toets'],
    },
  },
  {
    id: 'saw-what-you-did-on-cam-r11',
    phrases: [
      'ik|k heb ..2 alles|het ..1 gezien|opgenomen|gefilmd ..3 wat @you ..3 deed|deden|doet ..4 cam|camera|webcam|facetime|call|videocall|snap',
      '@photo|filmpje*|video|nudes|naaktfoto* ..1 die|dat|wat @you ..3 stuurde|gestuurd|stuurt|opstuurde ..3 heb|hebben ik|k|we ..2 nog|bewaard|opgeslagen|gescreenshot|gesaved',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest', 'reis', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'foto_s_van_de', 'fotos_van_de', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'mooi*', 'leuk*', 'grappig*', 'lief', 'schattig', 'hond', 'kat', 'meme*', 'van_de', 'van_het', 'opa', 'oma'],
    weight: 3,
    examples: {
      match: ['ik heb alles gezien wat je deed op cam', 'die foto die je me stuurde heb ik nog hoor'],
      ignore: ['die foto die je me stuurde heb ik nog, zo mooi', 'ik heb alles gezien wat je deed op het optreden'],
    },
  },
  {
    id: 'copy-access-kept-r11',
    phrases: [
      'ik|k heb ..2 kopie|kopietje|backup|back_up ..2 van ..1 alles|je|jouw|al|onze',
      'dacht|denk @you ..3 verwijder*|weg_was|weg_is|verdwenen|verdween|verdwijnt ..6 opgeslagen|gescreenshot|bewaard|gesaved|screenshot*',
      'alles|wat @you ..4 cam|camera|webcam|facetime|call|videocall ..3 staat|staan ..2 op|in ..1 mijn|mn ..1 telefoon|laptop|pc|computer|gsm|cloud',
      'ik|k heb ..1 toegang ..1 tot ..2 je|jouw|al|alle ..1 accounts|account|telefoon|icloud|camera|webcam|mail|apparaat|gsm|laptop|fotos|galerij',
      '@photo|filmpje*|video ..2 van ..1 je|jou ..1 waar|waarmee @you ..1 niet ..1 blij ..1 mee',
      'beschik|beschikken|beschikt ..3 over ..2 beelden|opnames|opnamen|video*|fotos|materiaal|beeldmateriaal ..2 van|waarop @you',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verdachte', 'rechtbank', 'nieuws', 'krant', 'documentaire', 'huiswerk', 'aantekeningen', 'samenvatting', 'werkstuk', 'verslag', 'school', 'les', 'haha*', 'lol', 'xd', 'grapje', 'rooster', 'wachtwoord_vergeten', 'gedeelde', 'familie_account', 'netflix', 'spotify', 'disney', 'optreden', 'wedstrijd', 'feest', 'verjaardag*', 'vakantie'],
    examples: {
      match: ['ik heb een kopie van alles', 'dacht je dat snap het verwijderde? ik heb het opgeslagen', 'alles wat je op cam deed staat op mijn telefoon', 'ik heb toegang tot al je accounts', 'ik heb een video van je waar je niet blij mee gaat zijn', 'Wij beschikken over beelden van u'],
      ignore: ['ik heb een kopie van je samenvatting', 'ik heb toegang tot je netflix account haha', 'ik heb een video van je waar je niet blij mee bent, van het optreden'],
    },
  },
  {
    id: 'thought-i-would-delete-r11',
    phrases: [
      'dacht ..3 niet ..1 dat ik|k ..2 die|ze|het|dat|alles ..2 verwijderen|verwijderde|wissen|wiste|weggooien|deleten|zou_verwijderen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'huiswerk', 'samenvatting', 'vakantie', 'feest', 'reis', 'knuffel*', 'bestanden_van', 'spel', 'game', 'save*'],
    examples: {
      match: ['je dacht toch niet dat ik die zou verwijderen'],
      ignore: ['je dacht toch niet dat ik de fotos van de vakantie zou verwijderen haha'],
    },
  },
  {
    id: 'i-have-all-your-pics-r11',
    phrases: [
      'ik|k heb ..1 al|alle ..1 @your ..1 @photo|@nude|naaktfoto*|nudes|filmpjes|filmkes|videos',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'rapport*', 'cijfer*', 'brief', 'uitnodiging*', 'huiswerk', 'verjaardag*', 'feest*', 'reis', 'schoolreis*', 'vakantie', 'verrassing*', 'optreden', 'wedstrijd', 'toets*', 'haha*', 'lol', 'xd', 'grapje', 'kamer', 'cadeau*', 'tekening*', 'klassenfoto', 'groepsfoto', 'schoolfoto*', 'rooster', 'planning', 'verslag', 'werkstuk', 'presentatie', 'nieuws', 'documentaire', 'roddel*', 'gewonnen', 'oudercontact', 'ouderavond', 'geliket', 'geliked', 'geliket', 'liked', 'like', 'likes', 'gezien', 'bekeken', 'geprint', 'ingeplakt', 'album', 'map', 'drive', 'gedeelde', 'gezet', 'overgezet', 'teruggezet', 'backup', 'back_up', 'nieuwe_telefoon', 'ontvangen', 'gekregen', 'bewerkt_voor', 'van_de', 'van_het', 'kamp', 'bruiloft', 'oma', 'opa', 'mama', 'papa', 'tante', 'oom', 'verstuurd', 'doorgestuurd_naar', 'geupload_in', 'klaar', 'gemaakt', 'gefotografeerd', 'shoot', 'fotograaf', 'bestellen', 'besteld', 'afgedrukt'],
    examples: {
      match: ['ik heb al uw fotokes', 'ik heb al je fotos', 'ik heb alle je nudes nog'],
      ignore: ['ik heb al je fotos geliket haha', 'ik heb al je fotos van de vakantie in het album gezet', 'ik heb al je fotos ontvangen, dank je'],
    },
  },
  {
    id: 'police-scam-you-viewed-r11',
    phrases: [
      'dat @you ..2 kinderporno*|pornografisch*|onzedelijk*|illegale|illegaal|strafbare|strafbaar ..3 materiaal|beeldmateriaal|beelden|content|afbeeldingen|websites|sites ..2 heeft|hebt|heb ..1 bekeken|gedownload|verspreid|gedeeld|opgeslagen|bezocht',
      'geblokkeerd ..2 wegens|vanwege ..4 illegale|illegaal|kinderporno*|pornografisch*|onzedelijk*|strafbare|strafbaar',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verdachte', 'rechtbank', 'rechter', 'nieuws', 'krant', 'aangehouden', 'opgepakt', 'documentaire', 'artikel', 'oplicht*', 'scam', 'phishing'],
    examples: {
      match: ['Beste, de Federale Politie heeft vastgesteld dat u kinderpornografisch materiaal heeft bekeken.', 'Uw computer is geblokkeerd wegens het bekijken van illegale content.'],
      ignore: ['in het nieuws: de verdachte zou illegale content hebben bekeken', 'mijn account is geblokkeerd wegens een update'],
    },
  },
  {
    id: 'now-i-have-your-pic-r12',
    phrases: [
      'ik|k heb|hebben ..1 nu|nog|nog_steeds|allemaal|al ..2 je|jouw|uw|die|de ..1 @photo|@nude|dansvideo*|naaktbeelden|filmpjes|fotos|opname*',
      'nu heb ik|k ..1 je|jouw|uw|die|de ..1 @photo|@nude|dansvideo*|naaktbeelden|filmpjes|opname*',
      'ik|k heb ..1 je|jouw|uw ..1 dansvideo*|dansfilmpje*|tiktokje*|naaktbeelden',
      'ik|k heb ..2 alles|de_hele|het_hele|heel_de ..2 @call|stream|gesprek|cam|opgenomen|opgeslagen ..2 opgenomen|opgeslagen|gerecord|gescreend|gescreenshot',
      'heb ..1 alles opgenomen|gerecord|gescreenrecord',
      'ik|k ben|zit in ..1 je|jouw|uw ..1 account|insta|instagram|snapchat|mail|icloud ..4 gekomen|binnen|gelezen|dms',
      'ik|k heb ..1 je|jouw|uw ..1 account|wachtwoord|login|ww ..2 nu|gehackt|overgenomen',
      'in ons|mijn bezit',
      'ik|k heb ..1 dat|dit|da|jou|je|alles ..1 stiekem|allemaal ..1 opgenomen|gerecord|gefilmd|gescreenrecord|gescreenshot',
      'ik|k heb ..1 dat|dit|da|jou|je ..1 opgenomen|gerecord|gefilmd|gescreenrecord',
      'ik|k heb|hebben ..2 je|jouw|jou|uw ..1 sex|seks|sexvideo*|seksvideo*|sextape|naaktvideo*|naakt ..1 video*|filmpje*|fotos|foto|beelden|tape',
      'intieme|compromitterende|gevoelige|naakte|naakt beelden|foto_s|fotos|video*|opnames|materiaal|fragmenten van ..1 @you|u|uw',
      'ik|k heb ..6 screenshots|screens|screenshot ..1 van ..2 dit|ons|het ..1 gesprek|chat|chats',
      'ik|k heb ze|die|het|alles nog|nog_steeds ..6 anders|tenzij|doe_wat_ik_zeg|doen_wat_ik_zeg|zeg',
    ],
    unless: ['album|fotoalbum|fotoboek|plakboek|fotoboekje', 'van|op ..1 kamp|schoolkamp|zomerkamp|werkweek|excursie|kampweek|scoutingkamp', 'als # jarige|jarig', 'als_baby|als_kind|als_kleuter|als_peuter|als_klein_kind', 'toen_je_klein|toen_je_nog_klein|toen_je_een_baby', 'kleuter*|peuter*|basisschool|groep_3|groep_4', 'werkstuk*', 'interview*', 'project*', 'spreekbeurt*', 'streak*', 'redden', 'daily*', 'dailies', 'toen_zei ze|hij', 'zei_ze', 'zei_hij', 'zeiden_ze', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'serie', 'film', 'programma', 'les', 'college*', 'podcast', 'liedje', 'muziek', 'huiswerk', 'aantekeningen', 'opdracht*', 'presentatie', 'wedstrijd', 'voorstelling', 'optreden', 'gevolgd', 'volg*', 'oma', 'opa', 'grapje', 'hoodie', 'jas', 'oplader', 'spullen', 'groepsopdracht*', 'museum', 'vakantie', 'verjaardag*', 'van_ons', 'van_mij', 'van_de', 'van_het', 'team', 'concert', 'show', 'toneel*', 'musical', 'terugkijken', 'terug_kijken', 'was_echt_goed', 'was_goed', 'bruiloft', 'diploma*', 'kijken', 'kijk*', 'aflevering*', 'tv', 'npo', 'journaal', 'netflix', 'videoland', 'finale', 'match', 'uitzending', 'spreekbeurt', 'dansje', 'mama|papa|mam|pap', 'feest*', 'karaoke', 'zingen', 'skaten', 'trucje', 'goal', 'uit_te_loggen', 'uitloggen', 'uitgelogd'],
    examples: {
      match: ['ik heb nu al je fotos, 300 euro of ik stuur ze rond', 'Ik heb nu jouw foto. Jij betaal 250 euro', 'nu heb ik je foto en als je niet meer stuurt', 'ik heb je dansvideo en die ga ik bewerken', 'ik heb alles opgenomen haha ook het stuk waar jullie dansen in bh', 'ik heb de hele stream opgeslagen, ook toen je je omkleedde', 'ik ben in je insta account gekomen', 'ik heb je account nu. wil je hem terug stuur 40 euro paysafecard', 'naaktbeelden verstuurd die in ons bezit zijn', 'Er zijn intieme beelden van u aangetroffen', 'Ik heb je naam, je school en screenshots van dit gesprek', 'ik heb ze nog, en je gaat doen wat ik zeg', 'hallo ik heb jou sex video. jij moet betaal', 'ik heb dat opgenomen', 'ik heb je stiekem gefilmd'],
      ignore: ['ik heb al je fotos van de werkweek in een fotoalbum gezet', 'k heb al jouw fotos van op kamp, wil je de link?', "ik heb alles opgenomen voor het werkstuk, ook jouw interview", "ik heb je account even overgenomen om je streak te redden haha", 'ik heb je account overgenomen want jij was vergeten uit te loggen, verander je wachtwoord', 'ik heb dat opgenomen, kijken we morgen samen', 'ik heb je gefilmd bij je spreekbeurt, mama wil het zien', 'ik heb nog steeds die foto van ons in parijs', 'ik heb alles opgenomen van het concert', 'ik heb de hele wedstrijd opgenomen', 'ik heb je account nu gevolgd', 'ik heb alles opgenomen van de les', 'ik heb je hoodie nog', 'ik heb nog die video van jou als 5 jarige op de schommel', 'ik heb nog steeds je fotos als baby, zo schattig'],
    },
  },
  {
    id: 'inverted-i-have-your-stuff-r13',
    phrases: [
      'al|alle ..1 je|jouw|uw ..6 foto|fotos|dms|berichten|chats|nudes|snaps|videos|filmpjes|beelden [s] ..2 heb|bezit|bewaar ik|k',
      'ik|k zit|ben ..2 in|binnen ..1 je|jouw|uw ..1 instagram|account|snapchat|icloud|tiktok|telefoon|gsm|discord|gmail|cloud|galerij',
    ],
    unless: ['zoals|wat je|jij ..1 vroeg|vroeg_om|wilde|zei', 'daily*', 'dailies', 'quests', 'zoals_afgesproken', 'album', 'gezet', 'geliked', 'gelikt', 'verwijderd', 'gewist', 'teruggestuurd', 'geprint', 'bekeken', 'helpen', 'wachtwoord_vergeten', 'samen', 'klas', 'groep', 'team', 'wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'is dat|dit echt|nep'],
    examples: {
      match: ['haha ik ben sem niet. ik zit nu in jouw insta. al je dms en je close friends fotos heb ik', 'al je nudes heb ik hier op mijn laptop', 'ik zit in je icloud lol'],
      ignore: ['al je fotos heb ik in het album gezet', 'ik zit in je klas toch?', 'ik zit in je account om je te helpen met je wachtwoord'],
    },
  },
  {
    id: 'screenrecorded-you-r13',
    phrases: [
      'ik|k heb|had ..1 je|jou|u|you ..1 gescreenrecord|gescreenrecordt|gescreenrecorded|screenrecorded|gescreenrecord_t',
      'kheb|khad ..1 je|jou|u|you ..1 gescreenrecord|gescreenrecordt|gescreenrecorded|screenrecorded',
    ],
    unless: ['zong', 'zingen', 'zingt', 'viel', 'vallen', 'dans*', 'skate*', 'goal', 'potje', 'game', 'stream', 'clutch', 'twitch', 'tiktok', 'grappig', 'liedje', 'karaoke', 'verjaardag', 'feest', 'training', 'wedstrijd', 'les', 'presentatie', 'spreekbeurt', 'per_ongeluk'],
    examples: {
      match: ['ik heb je gescreenrecord 😂 kijk', 'kheb u gescreenrecord, al je volgers gaan dit zien'],
      ignore: ['ik heb je gescreenrecord toen je zong haha', 'ik heb je per ongeluk gescreenrecord tijdens de presentatie'],
    },
  },
  {
    id: 'we-hold-the-footage-r13',
    phrases: [
      'wij|we|ik beschikken|beschik|beschikt ..2 over ..3 @photo|opnames|opname|materiaal|bewijsmateriaal|beelden|screenshots',
    ],
    unless: ['inbraak', 'diefstal', 'bewakingscamera*', 'camerabeelden', 'getuige*', 'ongeluk', 'aanrijding', 'schade', 'vakantie', 'bruiloft', 'uitvoering', 'school', 'fotograaf', 'bestellen'],
    examples: {
      match: ['Wij beschikken over de gemelde beelden.', 'we beschikken over opnames van jou via je webcam'],
      ignore: ['wij beschikken over camerabeelden van de inbraak', 'we beschikken over de fotos van de uitvoering, bestellen kan online'],
    },
  },
  {
    id: 'names-of-your-followers-r13',
    phrases: [
      'ik|k heb ..3 namen|lijst|lijstje|screenshot*|screens ..2 van ..1 al|alle|je|jouw|uw ..2 volgers|followers|contacten|vrienden|familie|klasgenoten|familieleden',
      '@parents|ouders staan|zitten ..3 in|bij|tussen je|jouw|uw volgers|followers|contacten|vriendenlijst',
    ],
    unless: ['uitnodiging*', 'feest', 'verjaardag', 'bruiloft', 'kaartjes', 'tafelschikking', 'klassenlijst', 'kerstkaart*', 'groepsapp', 'haha*', 'lol', 'pas_op|let_op wat'],
    weight: 3,
    examples: {
      match: ['dat weet jij. je klas niet. ik heb de namen van je volgers', 'succes, je ouders staan ook in je volgers 😉'],
      ignore: ['ik heb een lijst van je vrienden voor de uitnodigingen', 'je moeder staat ook in je volgers lol pas op wat je post'],
    },
  },
  {
    id: 'codes-and-i-delete-r14',
    phrases: [
      "@payment|@currency|@money|codes|code|bedrag ..4 en|dan ik|k verwijder|wis|delete|vernietig ..2 alles|het|ze|hem|je_fotos|de_fotos|de_video|het_filmpje|je_video|je_filmpje",
      "en|dan ik|k verwijder|wis|delete ..1 alles|ze|ze_allemaal ..4 stuur|geef ..2 de|die ..1 code|codes",
      "@payment|@currency|@money|codes|code|bedrag ..4 en|dan verwijder|wis|delete|vernietig ik|k ..2 alles|het|ze|hem|je_fotos|de_fotos|de_video|het_filmpje|je_video|je_filmpje",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "lijst", "lijstje", "advertentie*", "marktplaats", "vinted", "bestelling", "factuur", "abonnement", "lidmaatschap", "account_van", "tikkie_voor", "pizza", "reservering", "winkelmand*", "bon", "bonnetje"],
    examples: {
      match: ["3 bol.com cadeaukaarten van 50 en ik verwijder alles. stuur de codes hier", "paysafe van 100 euro en ik wis alles", "150 euro dan verwijder ik je fotos"],
      ignore: ["stuur de 5 euro en ik verwijder je van de lijst", "10 euro en ik verwijder de advertentie van marktplaats"],
    },
  },
  {
    id: 'broken-i-have-all-your-contacts-r14',
    phrases: [
      "ik|k|wij|we heb|hebben ..2 alle|al ..1 contact|contacten|vrienden|volgers|familie|nummers ..1 van ..1 jou|jij|je|jouw|you",
      "ik|k heb|hebben ..1 jouw|jou|jij ..1 video|foto|fotos|filmpje|beelden|naakt*",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "verjaardag*", "feest*", "vakantie", "uitnodiging*", "groepsapp", "bruiloft", "album", "lijst", "adresboek_van", "school_van", "gezet", "overgezet", "opgeslagen_in", "toegevoegd", "nieuwe_telefoon", "in_mn", "in_mijn", "in_m_n", "verhuisd"],
    examples: {
      match: ["ik heb alle contact van jou", "ik heb jouw video. jij betaal", "wij hebben alle vrienden van jou"],
      ignore: ["ik heb alle contacten van jou voor de uitnodiging van het feest", "ik heb jouw foto van de vakantie nog", "ik heb alle contacten van jou in mn telefoon gezet"],
    },
  },
  {
    id: 'seized-your-files-police-scam-r14',
    phrases: [
      "@photo|chats|berichten|apparaat|telefoon|computer|account|bestanden|gegevens ..4 in ..1 beslag ..1 genomen",
      "account|ip|ip_adres|ipadres|apparaat|computer|telefoon|internetverbinding ..4 gekoppeld|betrapt|gelinkt|geregistreerd ..4 verspreiden|downloaden|bekijken|delen|bezit ..4 minderjarigen|kinderporno|kindermisbruik*|illegaal|illegale",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "nieuws", "nos", "rtl", "artikel", "journaal", "docu*", "podcast", "oplichting", "oplichter*", "phishing", "spam", "pas_op", "nep", "fraudehelpdesk"],
    examples: {
      match: ["Wij hebben uw foto's en chats in beslag genomen.", "Uw account is gekoppeld aan het verspreiden van beeldmateriaal van minderjarigen.", "je ip adres is betrapt op het downloaden van illegaal materiaal"],
      ignore: ["in het nieuws: politie heeft telefoons in beslag genomen", "pas op, nep mail: uw ip is betrapt op downloaden van illegale films. oplichting!"],
    },
  },
  {
    id: 'kept-our-chats-r14',
    phrases: [
      "ik|k|wij|we heb|hebben ..2 je|jouw|uw|onze|ons|al_je|al_onze ..1 chatgesprek*|chatgeschiedenis|gesprekken|chats|dms|berichten|videogesprek*|videocall*|facetimes ..2 bewaard|opgeslagen|gescreend|gescreenshot|opgenomen|gedownload|gearchiveerd|gebackupt",
      "dan|als ..3 geef|krijg ik|k|je ..2 je|jouw|uw ..1 account|insta|instagram|snap|snapchat|tiktok|discord|wachtwoord ..1 terug",
      "vastgesteld|geconstateerd|ontdekt|gezien ..4 kinderporno*|kinderpornografi*|kindermisbruik*|minderjarig* ..3 bekeken|gedownload|gedeeld|verspreid|bekijkt",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "lief", "schattig", "herinnering*", "mooi", "aww*", "mis_je", "samen", "jaar", "maanden", "jubileum", "verjaardag*", "nieuwe_telefoon", "overgezet", "backup_van", "wachtwoord_vergeten", "reset*", "support", "helpdesk", "nieuws", "artikel", "journaal", "docu*", "oplichting", "oplichter*", "phishing", "pas_op", "nep"],
    examples: {
      match: ["we hebben je chatgesprekken bewaard", "stuur me je wachtwoord dan geef ik je account terug", "onze afdeling heeft vastgesteld dat u kinderpornografie heeft bekeken", "ik heb al onze videocalls opgenomen"],
      ignore: ["ik heb al onze chats bewaard, zo lief om terug te lezen", "klik op wachtwoord vergeten, dan krijg je je account terug", "pas op, nep mail: we hebben vastgesteld dat u kinderporno heeft bekeken"],
    },
  },
  {
    id: 'screens-of-your-chat-with-pics-r15',
    phrases: [
      "ik|k|wij|we heb|hebben|had ..2 screenshots|screenshot|screens|screenies|schermafbeelding* ..2 van je|jouw|uw ..1 chat|chats|gesprek*|convo|dm|dms|appjes|berichten ..6 @photo|@nude|naaktfoto*|nudes",
      "kheb|khad ..2 screenshots|screenshot|screens|screenies|schermafbeelding* ..2 van je|jouw|uw ..1 chat|chats|gesprek*|convo|dm|dms|appjes|berichten ..6 @photo|@nude|naaktfoto*|nudes",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grappig", "voor_de_groep", "vakantie", "huiswerk", "rooster", "bewijs_voor", "melden", "politie"],
    examples: {
      match: ["ik heb screenshots van je chat met Fleur en de fotos erbij", "kheb screens van jouw dms en de nudes", "ik heb screenshots van je gesprek met hem, ook de pics"],
      ignore: ["ik heb screenshots van je chat met de juf over de vakantie fotos haha", "ik heb screenshots van je gesprek gemaakt als bewijs voor de politie, met de fotos"],
    },
  },
  {
    id: 'we-intercepted-your-files-r15',
    phrases: [
      "wij|we|ik|k hebben|heb ..2 je|jouw|uw|de|die ..1 beelden|@photo|bestanden|materiaal|beeldmateriaal|videos|opnames|nudes|naaktfoto* ..3 onderschept|in_handen|in_bezit|in_ons_bezit|in_mijn_bezit|veiliggesteld|bemachtigd|in_beslag",
      "je|jouw|uw|de ..1 beelden|bestanden|materiaal|beeldmateriaal|opnames|nudes|naaktfoto* ..3 zijn|is ..2 in_ons_bezit|in_mijn_bezit|in_handen|onderschept|bemachtigd",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "politie_heeft", "de_politie", "rechercheur*", "verzekering", "camera*_van_de", "bewakingsbeelden", "vakantie", "bruiloft", "school", "fotograaf"],
    examples: {
      match: ["Wij hebben uw beelden onderschept", "we hebben je bestanden in handen", "de bestanden zijn nu in ons bezit"],
      ignore: ["de politie heeft de beelden in beslag genomen", "de fotograaf heeft de bestanden van de bruiloft in handen"],
    },
  },
  {
    id: 'already-screened-them-r15',
    phrases: [
      "ik|k heb ..1 die|de|je|jouw|al_je|alle ..1 andere|vorige|eerste|oude|rest|@photo ..2 al|allang|ook|allemaal ..1 gescreend|gescreent|gescreenshot|gescreenshott|gescreenrecord",
      "kheb ..1 die|de|je|jouw|al_je|alle ..1 andere|vorige|eerste|oude|rest|@photo ..2 al|allang|ook|allemaal ..1 gescreend|gescreent|gescreenshot|gescreenshott|gescreenrecord",
      "ik|k|wij|we heb|hebben ..2 je|jouw|uw ..1 contactlijst|contactenlijst|contactlijsten|volgerslijst|vriendenlijst|telefoonboek|adresboek ..3 via|al|gekopieerd|gedownload|binnen|gehackt|in_handen",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "meme*", "grappig", "grapje", "nodig", "gegevens", "formulier*", "vereniging", "ouderavond", "rooster", "huiswerk", "aantekeningen", "uitslag*", "score*", "bewijs_voor", "melden", "politie", "vakantie*", "bruiloft", "feest*"],
    examples: {
      match: ["jammer. ik heb die andere al gescreend", "kheb je vorige snaps allemaal gescreenshot", "Wij hebben je contactlijst via de app", "ik heb je volgerslijst al gekopieerd"],
      ignore: ["ik heb die andere al gescreend haha zo grappig", "ik heb de rooster al gescreenshot", "we hebben je contactlijst nodig voor de vereniging"],
    },
  },
  {
    id: 'i-still-have-it-saved-r16',
    phrases: [
      'ik|k heb ..1 het|ze|alles|die|dat ..1 allemaal|nog|nog_steeds ..4 mapje|map|opgeslagen|bewaard|galerij|laptop|usb|cloud|verborgen',
      'ik|k heb ..2 alles|je|jou|ons ..2 opgenomen|gefilmd|gerecord|gescreenrecord|gescreenrecordt',
      'ik|k heb ..3 screenrecording*|screenrecord*|schermopname*|opname*|recording*|screenshots|screenshot ..2 van|met|uit onze|ons|jouw|je|uw ..1 @call|gesprek*|chat*|dms|profiel|account|facetime*',
      'ik|k|we|wij heb|hebben ..2 toegang ..1 tot|van|in ..2 je|jouw|uw ..1 account|snapchat|instagram|icloud|telefoon|gsm|galerij|camerarol|map|mail|snap',
      'alleen_mijn_ogen|mijn_ogen_alleen',
      'denk|dacht|denkt je|jij|ge ..2 dat ik|k ..4 @photo|@nude|filmpje*|filmke*|beelden|opname* ..4 heb|had ..1 verwijderd|gewist|weggegooid|gedelete*|deleted',
      'ik|k heb|had ..4 @photo|@nude|filmpje*|filmke*|beelden|opname* ..3 nooit|niet|ni|nie ..1 verwijderd|gewist|weggegooid|gedelete*',
      'je|jouw|uw ..1 nudes|naaktfoto*|naaktje*|blootfoto*|naaktvideo*|sexvideo*|seksvideo* ..2 staan|zitten|liggen ..1 nog|allemaal|veilig ..3 op|in mijn|mn|m_n ..1 telefoon|gsm|laptop|pc|galerij|map|mapje|cloud|usb',
      'ik|k heb ..1 je|jouw|uw ..1 id|identiteitskaart|paspoort|adres ..5 en ..1 je|jouw|uw ..1 @photo|@nude',
      'ik|k|wij|we heb|hebben ..3 jouw|je|uw ..1 vrienden_lijst|vriendenlijst|volgerslijst|contactenlijst|followerslijst|vrienden_lijst',
      'opname*|opnamen|beelden|video* ..1 gemaakt ..3 met|via|van uw|je|jouw ..1 webcam|camera|cam|scherm',
      'ik|k heb ..1 al ..1 je|jouw|uw ..1 vrienden|volgers|contacten|familie ..4 en|dit|dat|hier ..4 je|jouw|uw ..1 moeder|vader|zus|broer|mama|papa',
    ],
    unless: ['stomme|domme|grappige|gekke|cringe|cringy|dronken|slaperige|lieve|rare ..1 berichten|berichtjes|appjes|spraakberichten|typfouten|voicememos', 'je|jij was ..2 zo|echt|super|mega ..1 moe|dronken|slaperig|brak|hyper|gaar', 'wil_je_ze_zien', 'gesprek_met_hem|gesprek_met_haar|chat_met_hem|chat_met_haar', 'als_bewijs|voor_bewijs|bewijs', 'hij_is_zo|zij_is_zo|ze_is_zo', 'wat moet|moeten ik|we ..1 doen', 'zei|zeiden|zegt|schreef|dreigde|beweerde|beweert ..2 hij|ze|zij|die|dat', 'toen_zei', 'niet|nie|geen|nooit ..2 opgenomen|opgeslagen|bewaard', 'jaarboek*', 'album', 'fotoboek', 'backup', 'back_up', 'nieuwe_telefoon', 'werkstuk', 'project*', 'vakantie', 'reis', 'les', 'lessen', 'presentatie', 'podcast', 'recept', 'aantekeningen', 'huiswerk', 'school_account', 'ouderlijk_toezicht', 'wachtwoord_resetten', 'bewijs', 'politie', 'aangifte', 'melden', 'beveiliging*', 'deurbel', 'schattig', 'grappig*', 'concert', 'musical', 'optreden', 'wedstrijd', 'stuur ik|k je|jou', 'ronde|rondje|clutch|potje|highlight*|montage|trickshot|doelpunt|speedrun|gameplay|killstreak|ace'],
    weight: 5,
    examples: {
      match: ['ik heb screenshots van jouw dms met je vriendje', 'ik heb het allemaal nog hoor. in een mapje', 'haha jij dom. ik heb alles opgenomen. kijk deze video', 'ik heb een screenrecording van onze facetime. al 2 keer bekeken', 'We hebben nu toegang tot uw account, inclusief de map Alleen Mijn Ogen', 'ik heb je id, je adres en je fotos', 'je nudes staan nog allemaal op mijn telefoon', 'denk je echt dat ik die fotos van de zomer heb verwijderd', 'ik heb dat filmpje van jou nooit gewist', 'jouw naaktfotos zitten veilig in mijn mapje', 'wij heb al jouw vrienden lijst', 'Via malware hebben wij opnames gemaakt met uw webcam', 'ik heb screenshots van je profiel en al je vrienden. dit is je moeder toch?'],
      ignore: ['lol ik heb screenshots van jouw gekke spraakberichten, je was zo hyper', 'ik heb screenshots van je rare berichtjes van gisteravond haha', "ik heb screenshots van jouw gesprek met hem, wil je ze zien? hij is zo nep", 'ik heb je laatste ronde gescreenrecord, die clutch zet ik op tiktok', 'ik heb je potje van gisteren opgenomen, die ace was ziek', 'ik heb nog een screenshot van jouw gesprek met thijs, zo schattig', 'ik heb alles opgenomen van het concert, stuur ik je morgen', 'ze deden videocall en toen zei ze ik heb alles opgenomen', 'ik heb het allemaal nog in een mapje, de aantekeningen van vorig jaar', 'ik heb de les opgenomen voor als je ziek was', 'ik heb niks opgenomen hoor', 'ik heb de fotos van de reis nooit verwijderd, wil je ze nog', 'we hebben toegang tot je school account nodig voor magister'],
    },
  },
  {
    id: 'found-phone-gallery-r17',
    phrases: [
      'ik|k heb ..3 ze|die|je|jouw|alles|al_je ..3 naar mezelf|mijzelf|mn_eigen_telefoon|mijn_eigen_telefoon|mn_eigen_mail ..1 [door] gestuurd|doorgestuurd|gemaild|geappt|gezet|gekopieerd',
      'interessante|leuke|pikante|spannende|bijzondere|geheime|prive @photo ..3 in|op je|jouw|uw galerij|camerarol*|fotorol*|gsm|telefoon|gallerij|album|verborgen_map*',
      'ik|k heb ..3 door|in je|jouw|uw galerij|gallerij|camerarol*|fotorol*|verborgen_map* ..3 gekeken|gescrold|gezeten|gegaan ..5 @nude|pikant*|interessant*|spannend*',
    ],
    unless: ['vakantie*', 'reis', 'verjaardag*', 'feest*', 'bruiloft*', 'wil je ze', 'wil je die', 'zal ik ze', 'back_up', 'backup', 'icloud'],
    examples: {
      match: ["je hebt wel interessante foto's in je galerij hoor", 'ik heb ze even naar mezelf doorgestuurd', 'k heb al je pics naar mijzelf gestuurd', 'leuke filmpjes op je camerarol trouwens'],
      ignore: ["ik heb de foto's van de reis naar mezelf gestuurd", 'leuke fotos in je galerij van de vakantie', 'ik heb ze naar mezelf gemaild, wil je ze ook?'],
    },
  },
  {
    id: 'refer-back-still-have-r17',
    phrases: [
      'ik|k heb ..1 alles|allemaal|ze|die|het ..1 nog ..3 elk|elke|ieder|iedere|al_je|al_die @photo|naaktfoto*|@nude',
      'ik|k heb ..1 nog ..1 alles|allemaal|al_je_fotos|al_je_pics ..1 van toen|vroeger|die_tijd|de_zomer|vorige_zomer|vorig_jaar|ons|jou',
      'weet|weet_je je|jij|ge ..1 nog ..2 wat je|jij|ge ..1 me|mij ..5 gestuurd|stuurde|liet_zien|hebt_laten_zien',
      'ik|k heb ..2 het|dat|jou|je ..1 opgenomen|gefilmd|gescreenrecord|gerecord|vastgelegd ..6 zonder|naakt|bloot|@nude|shirt|in_je_ondergoed',
      'ik|k heb ..2 het|dat|jou|je ..1 opgenomen|gefilmd|gescreenrecord|gerecord|vastgelegd ..4 je|jij|ge zag|ziet|stond|was ..4 zonder|naakt|bloot|@nude|shirt|in_je_ondergoed',
      'jouw|je|uw @photo|naaktfoto*|@nude ..2 staan|zitten|zijn ..1 op|in mijn|mn|m_n pc|computer|laptop|telefoon|gsm|server|cloud|map|mapje',
    ],
    unless: ['verjaardag*', 'kaart', 'kaartje', 'cadeau*', 'recept*', 'aantekening*', 'huiswerk', 'spullen', 'kleren', 'boeken', 'schoolfoto*', 'vakantie*', 'reis', 'wil je ze', 'wil je die', 'zal ik ze', 'terug_sturen', 'terugsturen', 'meme*', 'lied*', 'liedje*', 'link'],
    examples: {
      match: ['ik heb alles nog hoor. elk filmpje', 'wie denk je dat je bent?? ik heb nog alles van toen', 'weet je nog wat je me in de zomer hebt gestuurd?', 'ik heb het opgenomen haha, je zag er wel goed uit zonder shirt', "jouw foto's zijn op mijn pc"],
      ignore: ['weet je nog wat je me voor mn verjaardag hebt gestuurd', 'ik heb nog alles van toen, wil je die fotos van de vakantie', 'ik heb het opgenomen, je zag er goed uit op het podium', "jouw foto's staan op mijn pc, wil je ze terugsturen?"],
    },
  },
  {
    id: 'still-have-everything-r18',
    phrases: [
      'ik|k heb ..2 nog_steeds|nogsteeds|nog_altijd ..1 alles|allemaal|al_je|alle',
      'ik|k heb ..1 het|ze|alles ..1 allemaal|alles ..1 nog [steeds|altijd|gewoon]',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'spullen', 'tas', 'kleren', 'boeken', 'mee', 'ingepakt', 'klaar', 'nodig', 'voor_morgen', 'voor_school', 'vakantie*', 'reis', 'feest*', 'verjaardag*', 'kamp', 'van_de', 'van_het', 'huiswerk', 'aantekeningen', 'samenvatting', 'opa', 'oma', 'terug*', 'lenen', 'geleend', 'kaart*', 'cards', 'binder', 'album', 'spel', 'game', 'levels', 'skins', 'nummer*', 'wachtwoord*', 'kassabon*', 'bonnetje*', 'garantie', 'doos', 'niet|nie|geen|nooit', 'honger|dorst|pijn|last|hoofdpijn|buikpijn|koorts|zin'],
    examples: {
      match: ['ja en ik heb nog steeds alles 🙂', 'ik heb het allemaal nog hoor', 'ik heb nog altijd al je fotos'],
      ignore: ['ik heb nog steeds alles van de vakantie', 'heb je je spullen? ja ik heb nog steeds alles in mijn tas', 'ik heb het allemaal nog niet gelezen', 'ik heb nog steeds alle kaarten in mijn binder'],
    },
  },
  {
    id: 'your-pics-leaked-r18',
    phrases: [
      'je|jouw|uw ..1 @photo|@nude|beelden|naaktfoto*|intieme|prive ..3 zijn|is|staan|staat|worden|circuleren|circuleert|gaan|gaat ..2 gelekt|uitgelekt|online|rond|verspreid|openbaar',
      '@photo|@nude|beelden|naaktfoto* van jou|je|you ..2 circuleren|circuleert ..3 op|in|via|online',
      '@photo|@nude|beelden|naaktfoto* van jou|je|you ..3 circuleren|circuleert|staan|staat|gaan|gaat|zijn|is ..3 gelekt|uitgelekt|online|rond|verspreid|op_internet|op_een_forum|op_een_site',
      'wij|we|ik|k zagen|zag|zien|vonden|ontdekten|hebben_gezien|hebben_vastgesteld ..3 dat je|jouw|uw ..2 @photo|@nude|beelden|naaktfoto* ..3 gelekt|uitgelekt|online|rond|verspreid',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'nieuws', 'bekende', 'celebrity', 'zangeres', 'artiest', 'influencer', 'acteur', 'actrice', 'pas_op', 'let_op', 'meld*', 'politie', 'helpwanted', 'aangifte', 'privacy*', 'vakantie*', 'reis', 'feest*', 'van_de', 'van_het', 'profielfoto', 'story', 'haha*', 'lol'],
    examples: {
      match: ['wij zagen dat jouw fotos gelekt zijn op een forum', 'intieme beelden van u circuleren op drie websites', 'je naaktfotos staan online'],
      ignore: ['in het nieuws: fotos van die zangeres zijn gelekt', 'je fotos van de vakantie staan online, zo leuk', 'pas op, je fotos staan openbaar, zet je privacy aan'],
    },
  },
  {
    id: 'collage-of-your-followers-r18',
    phrases: [
      'ik|k heb ..3 collage|compilatie|montage|edit|overzicht|lijst|screenshot*|screens|bestand|document ..5 je|jouw|uw ..1 volgers|followers|volgerslijst|vriendenlijst|contacten|contactenlijst|familie|familieleden',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'verjaardag*', 'feest', 'afscheid', 'cadeau', 'verrassing', 'trots', 'jubileum', 'eindfeest', 'bruiloft', 'uitnodiging*', 'gastenlijst', 'haha*', 'lol'],
    examples: {
      match: ['ik heb een collage gemaakt met je foto, je volgers en je basketbalclub', 'ik heb een lijst van al je volgers'],
      ignore: ['ik heb een collage gemaakt met je familie voor je verjaardag', 'ik heb de gastenlijst met je familie klaar voor het feest'],
    },
  },
  {
    id: 'inside-your-account-found-r18',
    phrases: [
      'ik|k zit ..2 in je|jouw|uw account|acc|insta|instagram|snap|snapchat|icloud|telefoon|gsm|mail|galerij|gallerij|camerarol|google_account|tiktok',
      'heb|ik_heb|kheb ..2 je|jouw|uw instagram|snap|snapchat|tiktok|facebook|account ..2 gevonden ..3 [en] al|alle je|jouw|uw ..1 volgers|followers|vrienden|familie|contacten',
      '@photo|beelden|materiaal|bestanden ..2 van ..1 uzelf|jezelf|jou|you ..3 aangetroffen|gedetecteerd|onderschept',
      'ik|k heb ..1 je|jouw|uw ip|ip_adres|ipadres',
    ],
    unless: ['zoals|wat je|jij ..1 vroeg|vroeg_om|wilde|zei', 'daily*', 'dailies', 'quests', 'zoals_afgesproken', 'wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_account|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde', 'kreeg|kregen ..3 mail|mailtje|email|bericht|berichtje|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'xd', 'grapje', 'wachtwoord_vergeten', 'inloggen', 'ingelogd_laten', 'uitloggen', 'helpen|help|hulp', 'instellingen', 'nieuwe_telefoon', 'overzetten', 'backup', 'router', 'wifi', 'printer', 'netwerk', 'server', 'minecraft'],
    examples: {
      match: ['ik zit in je account en ik zie de fotos die je naar je vriend hebt gestuurd', 'heb je insta gevonden en al je volgers', 'op uw IP-adres zijn illegale beelden van uzelf aangetroffen', 'ik heb je ip. wil je dat ik langskom?'],
      ignore: ['ik zit in je account om je wachtwoord te veranderen, jij vroeg me te helpen', 'ik heb je ip lol', 'ik heb je ip adres nodig voor de minecraft server'],
    },
  },
  {
    id: 'thought-i-deleted-it-r18',
    phrases: [
      'dacht|denk|denkt je|jij|ge ..3 dat ik|k ..2 het|ze|alles|die|dat|dit ..2 had|heb|zou|ga ..1 verwijderd|gewist|weggegooid|verwijderen|wissen|weggooien',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'verslag|werkstuk|huiswerk|bestand|document|presentatie|spel|game|app|account|save|savefile|level|wereld|server|playlist|afspraak|agenda'],
    examples: {
      match: ['dacht je dat ik het had verwijderd? lol nee', 'denk je nou echt dat ik die zou wissen'],
      ignore: ['dacht je dat ik het verslag had verwijderd? nee staat in de drive', 'denk je dat ik de save heb gewist?'],
    },
  },
  {
    id: 'private-video-leaked-r19',
    phrases: [
      'privevideo*|privefoto*|prive_video*|prive_foto*|privebeelden|prive_beelden|intieme_beelden|intieme_video*|intieme_foto*|naaktvideo*|naaktfoto* ..3 is|zijn|werd|werden ..2 gelekt|gehackt|buitgemaakt|onderschept|gekopieerd|gedownload',
      'privevideo*|privefoto*|prive_video*|prive_foto*|privebeelden|prive_beelden|intieme_beelden|intieme_video*|intieme_foto*|naaktvideo*|naaktfoto* ..3 in ..1 ons|mijn|onze ..1 bezit|handen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'nieuws', 'artikel', 'journalist', 'bekende', 'celebrity', 'influencer', 'zanger*', 'zangeres', 'rapper', 'actrice', 'acteur', 'krant', 'docu*', 'serie', 'film', 'politie ..2 onderzoek*'],
    examples: {
      match: ['Uw privevideo is gelekt en staat klaar voor publicatie', 'je naaktfotos zijn gehackt door ons team', 'uw intieme beelden zijn in ons bezit'],
      ignore: ['de privefotos van die zangeres zijn gelekt, staat in het nieuws', 'zag je dat de naaktfotos van die influencer gelekt zijn'],
    },
  },
  {
    id: 'you-know-which-one-r19',
    phrases: [
      '@photo|filmpje*|opname*|screenshot* ..6 je|jij|ge ..1 weet|weet_wel|weet_heus ..1 welke|wel_welke|wat_ik_bedoel|waar_ik_het_over_heb',
      'ik|k heb ze|die|ze_allemaal|die_allemaal|alles ..1 nog ..2 allemaal|steeds|altijd|hoor|bewaard|opgeslagen|gesaved|gescreend',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'haha*', 'lol', 'grapje', 'vakantie', 'kamp', 'schoolreis*', 'strand', 'concert*', 'kaartje*', 'tickets', 'kaarten', 'stickers', 'boeken', 'schoenen', 'kleren', 'spullen', 'cadeau*', 'album', 'oma', 'opa', 'teruggeven', 'terug', 'lenen', 'wedstrijd', 'optreden', 'musical'],
    weight: 2.5,
    examples: {
      match: ['die video van mijn verjaardag. je weet welke', 'ik heb ze nog allemaal hoor', 'die foto van die avond, je weet wel welke'],
      ignore: ['die fotos van het kamp, je weet welke, kun je die sturen', 'die stickers? ik heb ze nog allemaal hoor', 'ik heb die kaartjes nog hoor'],
    },
  },
  {
    id: 'sold-to-me-we-have-r20',
    phrases: [
      '@nude|@photo ..6 hebt|heb|hebde|had|heeft ..4 ze|die|het ..2 verkocht|doorgestuurd|gegeven|doorgegeven|gelekt|doorgespeeld ..2 aan|naar mij|me|mijn|ons',
      '@nude|@photo ..6 hebt|heb|hebde|had|heeft ..4 ze|die|het ..2 aan|naar mij|me|ons ..1 verkocht|doorgestuurd|gegeven|doorgegeven|gelekt|doorgespeeld',
      'wij|we hebben|hebbe ..2 je|jouw|uw ..1 adres|fotos|foto_s|nudes|naaktfotos|nummer ..1 en ..2 je|jouw|uw|al_je ..1 fotos|foto_s|nudes|adres|filmpjes|videos',
      'denkt|dacht|denk ..4 klaar|voorbij|over|afgelopen|gedaan ..4 ik|k|wij|we heb|hebben ..1 nog ..1 [steeds|altijd] alles|ze|die|het',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie*', 'reis', 'feest*', 'verjaardag*', 'kamp', 'huiswerk', 'toets*', 'spullen', 'tas', 'boeken', 'kleren', 'ingepakt', 'nodig', 'uitnodiging*', 'kaartje*', 'kerstkaart*', 'bruiloft', 'verhuis*', 'pakket*'],
    examples: {
      match: ['die nudes die ge naar tom gestuurd hebt, hij heeft ze verkocht aan mij', 'we hebben je adres en je fotos', 'Je denkt dat het klaar is? Ik heb nog alles.', 'de fotos die je hem stuurde, hij heeft ze doorgestuurd naar mij', 'die fotos die je naar hem stuurde? hij heeft ze aan mij doorgestuurd'],
      ignore: ['we hebben je adres en je nummer nodig voor de uitnodiging', 'dacht je dat het feest over was? ik heb nog alles in mijn tas', 'die fotos van de vakantie heeft ze naar mij doorgestuurd'],
    },
  },
  {
    id: 'refer-back-what-you-sent-r21',
    phrases: [
      'denk|dacht ..1 je|jij|ge ..4 dat ik|k ..2 @photo|@nude|alles|ze ..2 heb|had ..1 weggegooid|verwijderd|gewist|gedelete|deleted',
      'denkt ..1 toch ..1 niet ..1 dat ik|k ..2 @photo|@nude|alles|ze ..2 heb|had ..1 weggegooid|verwijderd|gewist|gedelete|deleted',
      'gehackt|gehacked|gehakt|overgenomen ..1 door ..1 mij|ons|mijzelf',
      'we|wij|ik|k hebben|heb ..3 uw|je|jouw ..3 webcambeelden|webcamopnames|webcamopname|camerabeelden|camerabeeld|schermopnames|privebeelden',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verjaardag*', 'cadeau*', 'kaart*', 'meme*', 'liedje*', 'recept*', 'link*', 'huiswerk', 'aantekeningen', 'samenvatting*', 'vakantie*', 'prank*', 'wachtwoord_vergeten', 'beveiliging*', 'bewakingscamera*', 'deurbel*', 'winkel', 'diefstal', 'politie'],
    weight: 3,
    examples: {
      match: ['je denkt toch niet dat ik die fotos heb weggegooid', 'dacht je echt dat ik je nudes had verwijderd', 'je account is gehackt door mij, ik heb al je dms gelezen', 'we hebben uw gegevens en uw webcambeelden'],
      ignore: ['dacht je dat ik die fotos van de vakantie had weggegooid? nee joh', 'de politie heeft de camerabeelden van de winkel', 'iemand stuurde me: ik weet nog wat je me stuurde. wat moet ik doen'],
    },
  },
  {
    id: 'webcam-hacked-saw-all-r21',
    phrases: [
      'webcam|camera|cam|laptop|telefoon|mobiel|gsm ..2 is|zijn|werd ..1 gehackt|gehacked|gehakt|overgenomen ..6 gezien|opgenomen|bekeken|gefilmd',
      'heb ..2 alles ..1 gezien|opgenomen|gefilmd ..2 wat|hoe je|jij|ge ..2 deed|doet ..3 op|voor|via ..1 cam|camera|webcam|facetime|video|call|snap',
      'ik|k heb ..2 alles ..1 gezien|opgenomen|gefilmd ..4 uitkleedde|aankleedde|douchte|naakt',
    ],
    unless: ['finale', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'podium', 'wedstrijd*', 'optreden', 'voorstelling', 'toneel*', 'musical', 'concert*', 'training', 'haha*', 'lol', 'xd', 'stream*', 'livestream*', 'tiktok', 'dansje', 'goal', 'doelpunt*', 'examen', 'presentatie', 'spreekbeurt'],
    examples: {
      match: ['je webcam is gehackt, ik heb alles gezien wat je deed', 'ik heb alles opgenomen wat je deed voor de cam'],
      ignore: ["ik heb alles gezien wat je deed in de finale, knap hoor", 'ik heb alles gezien wat je deed op het podium, zo goed', 'mijn laptop is gehackt, heb je gezien wat ze posten? wat moet ik doen'],
    },
  },
  {
    id: 'something-you-dont-want-online-r21',
    phrases: [
      'iets|dingen|materiaal|spul ..2 van|over ..1 jou|je ..4 niet ..3 online|gedeeld|verspreid|rondgestuurd|openbaar|op_internet ..2 wil|wilt|wilde',
      'iets|dingen|materiaal ..2 van|over ..1 jou|je ..4 niet ..2 wil|wilt ..4 @audience|iemand|anderen|iedereen ..2 ziet|zien|weet|weten',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'cadeau*', 'verrassing*', 'verjaardag*', 'haha*', 'lol', 'xd', 'oud_huiswerk', 'baby*', 'kinderfoto*', 'babyfoto*', 'spoiler*', 'privacy', 'instellingen'],
    weight: 3,
    examples: {
      match: ['ik heb iets van jou wat jij niet online wil hebben', 'ik heb dingen van je die je niet wilt dat je ouders zien'],
      ignore: ['ik heb iets van jou gevonden, een babyfoto haha, die wil je vast niet online', 'check je privacy instellingen, anders staat er iets van je online dat je niet wil'],
    },
  },
  {
    id: 'i-still-know-what-you-sent-r21',
    phrases: [
      'ik|k weet ..1 nog ..2 wat ..1 je|jij|ge ..2 me|mij ..2 stuurde|stuurden|gestuurd|liet_zien|toonde|opstuurde|gestuurd_hebt|hebt_gestuurd',
      'kweet ..1 nog ..2 wat ..1 je|jij|ge ..2 me|mij ..2 stuurde|stuurden|gestuurd|liet_zien|toonde|opstuurde',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'is dat|dit echt|nep', 'lief', 'ziek', 'beterschap', 'kaart*', 'bloemen', 'zo_leuk', 'dankje*', 'bedankt', 'gezellig', 'verjaardag*', 'cadeau*', 'meme*', 'liedje*', 'recept*', 'link*', 'huiswerk', 'aantekeningen', 'samenvatting*'],
    weight: 2,
    examples: {
      match: ['ik weet nog wat je me stuurde in de kerstvakantie, grappig he'],
      ignore: ['ik weet nog wat je me stuurde toen ik ziek was, zo lief', 'ik weet nog wat je me stuurde voor mijn verjaardag'],
    },
  },
  {
    id: 'screenshotted-it-all-r22',
    phrases: [
      'heb|hebben ..2 ze|die|jou|je|alles|het_allemaal|alles_van_jou ..2 gescreenshot|gescreenshott|gescreend|gescreenrecord|screengerecord',
      'heb|hebben ..3 alles|jou|je ..2 stiekem|gewoon ..1 opgenomen|gefilmd|vastgelegd|gerecord',
      'heb|hebben ..3 alles ..2 opgenomen|gefilmd|vastgelegd|gerecord ..2 wat ..1 je|jij|ge ..3 deed|deden|liet_zien|toonde|zei',
      'i|ik have|heb ..1 screenrecord*|screen_record*|screenrec',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'meme*', 'antwoord*', 'rooster', 'huiswerk', 'aantekening*', 'samenvatting*', 'recept*', 'adres', 'bon', 'bonnetje', 'ticket*', 'kaartje*', 'score', 'highscore', 'uitslag*', 'liedje*', 'podcast', 'les', 'college', 'vergadering', 'notulen', 'concert', 'vlog*', 'haha*', 'lol', 'xd', 'ronde|rondje|clutch|potje|highlight*|montage|trickshot|doelpunt|speedrun|gameplay|killstreak|ace'],
    weight: 3,
    examples: {
      match: ['heb ze allemaal gescreenshot', 'te laat schat, ik heb screenrecord van alles', 'ik heb alles opgenomen wat je deed'],
      ignore: ['ik heb je laatste ronde gescreenrecord, die clutch zet ik op tiktok', 'heb de antwoorden gescreenshot, stuur ik zo', 'ik heb je highscore gescreenshot haha'],
    },
  },
  {
    id: 'inside-your-accounts-files-r22',
    phrases: [
      'ik|k zit ..2 in ..2 je|jouw|uw|jullie|de ..1 smartschool|magister|somtoday|icloud|cloud|gmail|server|schoolsysteem|schoolserver',
      'heb|hebben ..2 alle|al|je|jouw ..2 prive|verborgen|geheime|hidden ..1 map|mappen|mapjes|mapje|fotos|foto_s|bestanden|chats|berichten|album',
      '@photo ..2 van|uit|in ..1 je|jouw|uw ..1 icloud|cloud|galerij|camerarol|verborgen|prive|geheime|hidden|google_drive|drive',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'back*', 'opslag', 'vol', 'kwijt', 'weg', 'terugzetten', 'herstel*', 'wachtwoord_vergeten', 'inloggen', 'ingelogd_blijven', 'uitloggen', 'les', 'klas', 'groepje', 'project', 'werkstuk', 'helpdesk', 'ict', 'ook op je|jouw laptop|pc|computer|telefoon|ipad|tablet', 'synchronis*', 'sync*', 'haha*', 'lol', 'xd'],
    weight: 3,
    examples: {
      match: ['yo. ik zit in de smartschool van je school. heb alle cijfers en prive mapjes', 'je fotos van je icloud ook. die in de verborgen map. ken je die nog?', 'ik heb al je verborgen fotos'],
      ignore: ['je fotos van je icloud zijn weg? check de prullenbak', 'ik zit in de smartschool van je klas, de opdracht staat erop'],
    },
  },
  {
    id: 'found-your-stuff-r23',
    phrases: [
      'rondgekeken|gespiekt|gescrold|gesnuffeld|gegluurd ..3 in|door je|jouw|uw galerij|gallery|fotos|foto_s|camerarol*|telefoon|gsm|memories|album|fotoalbum',
      'interessante|pikante|spannende|ondeugende ..1 @photo ..2 zeg|gevonden|staan|tegengekomen',
      'je weet ..1 wel ..1 welke ..3 badkamer|douche|spiegel|slaapkamer',
      'heb|bewaar|hou|houd ..3 ze|het|die|alles|allemaal ..3 in ..1 mijn|mn|een verborgen|geheime|prive|hidden ..1 map|album|folder|kluis|vault',
      'ik|k heb screenshots|screenshot|screens|schermafbeeldingen|opnames ..2 van ..1 alles|al|elk ..3 je|jij|ge ..2 zei|zegt|stuurde|schreef|gestuurd|gezegd|typte',
      'daarna|nadien|erna verwijder|wis|delete ik|k ..1 je|jouw|uw|al_je @photo|@nude|video|alles',
      '# volgers ..6 staat|staan ..1 er ..1 [ook] tussen|bij',
      'uw|je|jouw chats|gesprekken|berichten|ip_adres|ip|apparaat ..4 onderschept|aangetroffen|gemonitord|vastgelegd|geregistreerd',
      'strafbaar ..1 beeldmateriaal|materiaal|content|filmpje|foto* ..3 aangetroffen|gevonden|gedownload|ontdekt|gedetecteerd',
      'confession|bekentenis ..3 over ..1 jou|je ..3 binnengekomen|ingestuurd|binnen',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'reis', 'vakantie', 'opslag', 'ruimte', 'telefoon_vol', 'backup', 'icloud', 'drive', 'usb', 'gedeeld', 'leuk*', 'mooi*', 'haha*', 'lol', 'voor_het_verslag', 'feest', 'verjaardag*', 'voor die|de|het|dat|een', 'zocht|zoeken|op_zoek', 'zodat|anders mn|mijn|m_n ..1 broertje|zusje|moeder|vader|ouders|mama|papa', 'juf', 'meester', 'mentor', 'groepsapp', 'verslag', 'notulen', 'vergadering', 'film', 'kiezen', 'mocht', 'gewonnen', 'weddenschap', 'verboden', 'tegels', 'verbouw*', 'kraan', 'lamp', 'nieuwe', 'pas_op', 'oplicht*', 'scam*', 'fraude', 'phishing', 'gevonden_voorwerpen'],
    weight: 4,
    examples: {
      match: ['rustig. ik heb even rondgekeken in je galerij. interessante fotos zeg', 'je weet wel welke. die in de badkamer', 'ik zei niks toch. heb ze nog allemaal in mijn verborgen map', 'ik heb screenshots van alles wat je zei', 'codes hier in de chat. daarna verwijder ik jouw fotos, beloofd', '312 volgers, je moeder staat er ook tussen', 'Uw chats met een minderjarige zijn onderschept.', 'Op uw IP-adres is strafbaar beeldmateriaal aangetroffen', 'er is een confession over jou binnengekomen, best heftig'],
      ignore: ['je weet wel welke, die in de badkamer met de nieuwe tegels', 'strafbaar beeldmateriaal delen is verboden, zegt de politie', 'ik heb screenshots van alles wat je zei, jij zei echt dat ik de film mocht kiezen', 'ik heb even rondgekeken in je galerij voor die foto van het feest', 'ik heb ze allemaal in een geheime map gezet zodat mn broertje ze niet ziet', 'ik heb screenshots van alles wat je zei in de groepsapp, voor als juf het vraagt', 'ik heb de fotos van de reis op de drive gezet, daarna verwijder ik je fotos van mijn telefoon want opslag is vol', 'leuke fotos zeg!', 'pas op, er gaan nepmails rond die zeggen dat je chats zijn onderschept'],
    },
  },
  {
    id: 'found-phone-has-pics-r23',
    phrases: [
      'telefoon|gsm|mobiel|iphone ..1 gevonden ..6 @photo|galerij|gallery',
      '# ..1 [euro|eur] en|dan ..1 je|jij ..1 krijgt|krijg ..1 m|hem|het|je_telefoon|je_gsm|je_mobiel ..1 terug',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'niks|niets ..1 bekeken|gezien|geopend', 'afgeven', 'inleveren', 'concierge', 'gevonden_voorwerpen', 'politiebureau', 'lockscreen', 'noodcontact', 'leuk*', 'hond', 'kat', 'huisdier', 'vakantie', 'receptie', 'balie', 'reparatie', 'repareren', 'scherm', 'verzend*', 'marktplaats'],
    weight: 4,
    examples: {
      match: ['ik heb je telefoon gevonden, je fotos zijn best spicy. 50 euro en je krijgt m terug'],
      ignore: ['Hallo, ik heb deze telefoon gevonden in bus 12. Ik heb niks bekeken, alleen dit nummer stond als mama', 'ik heb je telefoon gevonden, ik lever hem in bij de conciërge', 'ik heb je telefoon gevonden, staan leuke fotos op van je hond', '80 euro en je krijgt m terug met een nieuw scherm'],
    },
  },
  {
    id: 'remember-what-you-sent-r23',
    phrases: [
      'ik|k heb ..1 alles|die_fotos|die_filmpjes|die_video|je_fotos ..1 nog ..3 vergeet ..1 dat|het ..1 niet',
      'denk|bedenk ..2 aan wat ..1 je|jij|ge ..1 me|mij ..4 stuurde|gestuurd|stuurdet|liet_zien ..4 voordat|voor|als|voor_je ..3 nee|weigert|blokt|blokkeert|stopt|uitmaakt|ophoudt|negeert',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'aantekeningen', 'ophalen', 'op_te_halen', 'verhuizing', 'verhuis*', 'terug*', 'lenen', 'geleend', 'meenemen', 'mee_te_nemen', 'spullen', 'boek*', 'lader', 'jas', 'sleutel*', 'huiswerk', 'samenvatting', 'uitnodiging', 'recept', 'bonnetje', 'kassabon', 'garantie', 'haha*', 'lol', 'xd'],
    weight: 4,
    examples: {
      match: ['ik heb alles nog, vergeet dat niet', 'denk aan wat je me in de zomer stuurde voordat je nee zegt'],
      ignore: ['ik heb alles nog van de verhuizing, vergeet dat niet op te halen', 'ik heb ze nog, vergeet het niet', 'denk aan wat je me stuurde voordat je die jurk koopt', 'ik heb alles nog, je aantekeningen ook, vergeet dat niet', 'denk aan wat je me stuurde over het huiswerk voordat je begint'],
    },
  },
  {
    id: 'saw-your-gallery-r24',
    phrases: [
      'ik|k heb|had ..3 je|jouw|uw ..1 galerij|gallerij|galerie|camerarol|fotorol|gallery|fotogalerij|icloud|back_up|backup|verborgen_map ..3 gezien|bekeken|doorgekeken|doorzocht|doorgebladerd|gekopieerd|opgeslagen|bewaard|gedownload',
      'heb|had ik|k ..3 je|jouw|uw ..1 @photo|fotos|foto_s|pics|galerij|gallerij|galerie|camerarol|fotorol|gallery|fotogalerij|icloud|back_up|backup|verborgen_map ..3 gezien|bekeken|doorgekeken|doorzocht|doorgebladerd|gekopieerd|opgeslagen|bewaard|gedownload',
      'mijn|mn screenrecord*|schermopname*|screen_record*|opname|opnames ..2 van ..1 ons|onze ..1 @call|facetime|gesprek|videogesprek|belletje',
      'ik|k heb ..3 je|jouw|uw ..2 snapstory|story|stories|memories|my_eyes_only ..2 gedownload|opgeslagen|gescreenshot|gekopieerd|bewaard ..6 prive|priveberichten|naakt*|bloot*',
      'al|alle je|jouw|uw|onze ..1 chats|berichten|gesprekken|dms|@photo|@nude ..3 staan|zitten ..2 op|in ..1 mijn|mn ..1 pc|laptop|telefoon|gsm|cloud|usb|map|mapje|harde_schijf',
      'ik|k heb ..6 ledenlijst|memberlist|member_list|volgerslijst|lijst ..1 van ..1 je|jouw|uw ..1 server|discord|volgers|followers|vrienden|contacten|klas|team|groep',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie*', 'reis', 'mooi', 'mooie', 'leuk', 'leuke', 'schattig*', 'grappig*', 'nodig', 'contributie', 'club', 'vereniging', 'uitnodiging*', 'feest*', 'verjaardag*', 'toestemming', 'vroeg|vroeg_je|gevraagd', 'haha*', 'lol', 'stuur ik|k', 'ik|k stuur', 'morgen_stuur', 'wil je ze', 'drive|project*|werkstuk*|album|jaarboek|fotoboek|nieuwe_telefoon|overzetten|overgezet'],
    weight: 5,
    examples: {
      match: ['Bij het terugzetten van de back up heb ik uw galerij gezien. Er stonden dingen tussen die uw ouders vast niet willen zien.', 'ik heb je camerarol doorgekeken toen je telefoon bij mij lag', 'ik heb je gallerij gezien toen ik je scherm repareerde', 'toen je gsm bij mij in de winkel lag heb ik je fotos gekopieerd', 'je hebt mijn screenrecord van ons facetime gesprek toch gezien', 'tik tak. ik heb de ledenlijst van je server', 'ik heb nu je foto en de lijst van je volgers', 'ik heb je hele snapstory gedownload, ook die prive dingen', 'al je chats met mij staan op mijn pc'],
      ignore: ['ik heb je galerij gezien, wat een mooie vakantiefotos', 'ik heb de ledenlijst van je club nodig voor de contributie', 'ik heb je camerarol bekeken zoals je vroeg, die foto staat er niet', 'heb ik je fotos gekopieerd naar de drive voor het project?', 'al je fotos staan op mijn laptop, ik stuur ze morgen', 'ik heb je story opgeslagen, zo mooi', 'mijn opname van ons gesprek met de mentor staat in teams voor het werkstuk'],
    },
  },
  {
    id: 'hacked-friend-dms-old-videos-r25',
    phrases: [
      'in ..1 haar|zijn|die ..1 dms|chats|berichten|gallerij|galerij|camerarol|mapje|map ..2 staan|zitten|zie_ik ..2 jouw|je|uw @photo',
      'weet|weetje @you nog ..3 [die|de|dat|deze] @photo ..6 staan|zitten|heb|bewaard|opgeslagen|gedownload ..3 nog',
      'heb|hebben ..2 screens|screenshots|schermafbeeldingen|opnames ..2 van ..1 alles ..1 wat @you',
      'toegang ..2 gekregen|verkregen|tot ..3 tot|op ..1 je|jouw|uw ..3 apparaat|computer|laptop|telefoon|webcam|camera|account|accounts|icloud|cloud',
      'opnames|opnamen|beelden ..2 gemaakt ..4 terwijl @you',
      'ik heb ..2 haar|zijn ..1 account|acc|insta|instagram|snapchat|snap ..6 jouw|je @photo',
    ],
    unless: ['musical', 'voorstelling', 'toneel*', 'optreden', 'youtube', 'schoolfeest*', 'festival*', 'carnaval', 'sinterklaas', 'dansje*', 'les', 'uitje*', 'klassenfoto*', 'groepsfoto*', 'vakantiefoto*', 'zomerkamp', 'vakantie*', 'reis', 'kamp', 'strand', 'feest*', 'bruiloft', 'verjaardag*', 'kerst*', 'zal_ik|stuur_ik|wil_je_ze|moet_ik_ze', 'oma|opa|tante|oom', 'toets|huiswerk|project*|werkstuk*', 'baby*', 'jaarboek*', 'schoolreis*', 'gala', 'concert', 'wedstrijd', 'hond|kat|puppy'],
    weight: 4,
    examples: {
      match: ['ik heb emma haar account, en in haar dms staan jouw fotos van de zomer', 'weet je nog die filmpjes van vorig jaar? staan nog gwn op mijn laptop', 'heb screens van alles wat je tegen me gezegd hebt', 'Wij hebben via malware toegang gekregen tot uw apparaat en uw webcam', 'Er zijn opnames gemaakt terwijl u volwassen websites bezocht'],
      ignore: ['weet je nog die foto\'s van de vakantie? staan nog op mijn laptop, zal ik ze sturen', 'ik heb screens van alles wat je zei over de toets, voor de samenvatting', 'ik heb toegang gekregen tot de gedeelde map van het project', 'weet je nog die filmpjes van het kamp, ik heb ze nog'],
    },
  },
  {
    id: 'you-know-what-i-have-gotcha-r26',
    phrases: [
      'je|jij|ge weet ..1 wat ik ..2 van je|jou|you heb|bezit|bewaard|nog_heb',
      'nu|nou heb|hebben ik|we|k je|jou ..5 ik ben|heet geen|niet',
      'ik ben niet wie je|jij ..1 denkt|dacht',
      'ik heb ..3 instagram|snapchat|tiktok|accounts|profielen|nummers|namen ..1 [s] van ..1 je|jouw|al_je @crowd|klasgenoten ..2 al|allemaal|verzameld|opgezocht',
      'heeft|hebben ..1 hem|ze|het|die al ..1 binnen|gekregen|gezien ..6 vraag [het] ..1 hem|haar|ze|maar',
    ],
    unless: ['geleend', 'gekregen_voor', 'gehoord', 'geleerd', 'begrepen', 'cadeau', 'cadeautje*', 'verjaardag*', 'feest*', 'uitnodig*', 'tikkertje', 'verstoppertje', 'spel', 'game', 'potje', 'pakketje', 'bestelling'],
    examples: {
      match: ['ik wil 3 bol.com cadeaukaarten van 50 euro. stuur de codes hier. je weet wat ik van je heb', 'haha nu heb ik je. ik ben geen Milan', 'ik ben niet wie je denkt. en ik heb je foto', "heel je school gaat je zien, ik heb de insta's van je klasgenoten al", 'Je vriend Daan heeft hem al binnen, vraag het hem maar'],
      ignore: ['je weet wat ik van je heb geleend toch? die oplader', 'haha nu heb ik je, ik ben niet slecht in tikkertje he', 'ik heb de nummers van je klasgenoten al voor de uitnodiging', 'je moeder heeft het pakketje al binnen, vraag het haar maar'],
    },
  },
  {
    id: 'still-in-my-gallery-r26',
    phrases: [
      'staat|staan ..2 nog ..2 netjes|veilig ..2 in|op mijn|mn|m_n galerij|camerarol|gallery|fotorol|telefoon|mobiel|gsm|laptop|cloud|icloud',
    ],
    unless: ['vakantie*', 'feest*', 'verjaardag*', 'kamp', 'schoolreis*', 'uitje', 'bruiloft', 'concert', 'huiswerk', 'recept*', 'rooster*', 'bonnetje*', 'kaartje*', 'ticket*'],
    weight: 2.5,
    examples: {
      match: ['haha denk het niet. staat nog netjes in mn galerij', 'die staan nog allemaal veilig op mijn laptop'],
      ignore: ['die vakantiefotos staan nog netjes in mn galerij', 'het rooster staat nog gewoon op mijn telefoon'],
    },
  },
  {
    id: 'ask-her-what-she-got-catfish-reveal-r26',
    phrases: [
      'vraag ..2 maar|eens|ff|aan ..4 wat ..1 ze|hij|die ..1 net|zojuist|vandaag|vanochtend ..2 van mij|me ..1 kreeg|gekregen|heeft_gekregen|binnenkreeg',
      'ik ben ..1 helemaal|eigenlijk_helemaal|trouwens_helemaal geen meisje|jongen|meid|vrouw|tiener|tienermeisje',
    ],
    unless: ['verjaardag*', 'cadeau*', 'kado*', 'bloemen', 'taart', 'kaart*', 'dat', 'die', 'meer', 'type', 'soort', 'fan', 'zon', 'zo', 'voor', 'haha|lol|hihi'],
    weight: 2.5,
    examples: {
      match: ['vraag maar aan Lotte wat ze net van mij kreeg', 'verrassing, ik ben helemaal geen meisje. en nu betalen'],
      ignore: ['vraag maar aan mama wat ze net van mij kreeg voor haar verjaardag', 'ik ben echt geen meisje dat snel huilt', 'ik ben eigenlijk geen 16 meer haha', 'ik ben echt geen meisje voor feestjes'],
    },
  },
  {
    id: 'still-got-that-vid-screens-account-back-r26',
    phrases: [
      'ik|k heb ..1 da|dat|die|dien|diene|uw|je ..1 filmpke|filmke|fotoke|filmpje|foto|video|vid|fotos ..1 nog ..6 vergeten|vergat|vergeet',
      'ik|k maak|bewaar|save|sla ..1 screenshots|screens|kopies|alles ..3 van|op ..1 alles|al ..1 wat ..1 je|jij|ge ..1 stuurt|stuur|doet|zegt',
      'je|jouw|uw account|instagram|snap|snapchat|tiktok|discord ..2 krijg|krijgt|kregen je|jij|ge ..2 terug ..3 voor|als|na|zodra ..3 #|@money|betaal*|tikkie|@payment',
      'krijg|krijgt je|jij|ge ..1 het|alles|ze|hem ..1 pas ..1 terug ..2 als ..2 je|jij|ge ..1 betaalt|betaald|overmaakt|stuurt',
      'je|jij|ge krijgt|krijg ..1 het|alles|ze|hem ..1 pas ..1 terug ..2 als ..2 je|jij|ge ..1 betaalt|betaald|overmaakt|stuurt',
    ],
    unless: ['vakantie*', 'feest*', 'verjaardag*', 'kamp', 'schoolreis*', 'wachtwoord_reset', 'reset', 'helpdesk', 'klantenservice', 'support', 'grappig', 'lief', 'schattig', 'mooi', 'bonnetje', 'kassabon', 'garantie', 'retour*', 'statiegeld', 'borg', 'uitlenen', 'geleend', 'fiets', 'reparatie', 'gerepareerd', 'schoenmaker', 'opruimt', 'opgeruimd'],
    weight: 4,
    examples: {
      match: ['ik heb da filmpke nog he, moest ge dat vergeten zijn', 'ik maak screenshots van alles wat je stuurt he, gewoon zodat je het weet', 'je account krijg je terug voor 100 euro', 'je krijgt het pas terug als je betaalt'],
      ignore: ['ik heb die foto nog hoor van de vakantie, zo mooi', 'je account krijg je terug als je de wachtwoord reset doet via support', 'je krijgt het pas terug als je de borg betaalt', 'ik heb die video nog hoor, van de musical, zo leuk', 'je account krijg je terug zodra je wachtwoord is gereset'],
    },
  },
  {
    id: 'bare-i-have-your-pics-r27',
    phrases: [
      'ik|k heb|hebben|bezit je|jouw|uw|your|you pics|pic|video|vid|vids|videos|filmpje|filmpjes|fotos|foto_s|nudes|naaktjes|naaktfotos|beelden|opname|opnames|sexvideo|seksvideo',
      'kheb je|jouw|uw|you pics|pic|video|vid|vids|videos|filmpje|filmpjes|fotos|foto_s|nudes|naaktjes|naaktfotos|beelden|opname|opnames',
      'wij|we hebben je|jouw|uw|your pics|video|videos|filmpje|filmpjes|fotos|foto_s|nudes|beelden|opname|opnames',
      'ik|k heb|bewaar|bezit ..1 alle|al|al_die|die ..1 pics|fotos|foto_s|videos|filmpjes|nudes|naaktfotos|snaps|screenshots ..2 die|dat @you ..3 stuurde|stuurt|gestuurd|verstuurd|verstuurde|liet_zien|maakte',
    ],
    unless: [
      'gezien|bekeken|gekeken|geliked|gelikt|geliket|ontvangen|gekregen|binnen|gedeeld|gerepost|gereposted|doorgestuurd|gestuurd|gepost|bewerkt|geprint|ingelijst|nodig|gemaakt|nagekeken|beoordeeld|ingeleverd|geupload|gevonden|gemist|gezocht|terug|teruggestuurd',
      'verwijderd|gewist|weggegooid|weggehaald|niet|nie|ni|geen|nog_niet|nooit',
      'van_de|van_het|van_ons|van_gisteren|van_vandaag|van_zaterdag|van_vrijdag|van_zondag|van_toen_we',
      'vakantie|feest*|verjaardag*|kamp|schoolreis*|bruiloft|wedstrijd|optreden|concert|musical|toneel*|dans*|school|klas|project*|werkstuk*|opdracht*|huiswerk|presentatie|spreekbeurt|tiktok|youtube|reel|reels|story|kanaal',
      'mooi*|leuk*|grappig*|schattig*|geweldig|super|vet|top|prachtig|dank*|bedankt|thanks|merci|trots',
      'haha*|lol|xd',
      'wil_je|zal_ik|mag_ik|kan_ik|moet_ik',
      'voor_je|voor_jou|voor_de|voor_het',
      'kijken', 'kijk', 'bekijken', 'ga_ik'],
    weight: 3,
    examples: {
      match: ['ik heb je pics', 'ik heb ur pics', 'ik heb alle fotos die je me stuurde', 'ik heb je video. betaal of iedereen ziet hem', 'kheb je nudes 😈', 'we hebben je fotos', 'ik heb u filmpje', 'kheb u fotos'],
      ignore: ['ik heb je video gezien, zo goed!', 'ik heb je fotos ontvangen dankje', 'ik heb je fotos van het feest', 'ik heb je video geliked haha', 'ik heb je fotos nodig voor het project', 'ik heb je video nagekeken, goed gedaan', 'ik heb je fotos niet', 'ik heb je filmpje, ga ik vanavond kijken', 'ik heb u fotos ontvangen, merci'],
    },
  },
  {
    id: 'you-know-what-i-have-of-you-r27',
    phrases: [
      '@you weet|weten|weet_wel|weet_goed ..2 wat ik|k heb|bezit|bewaar|bewaard ..2 van|over you|je|jou|jij|ge|gij',
      '@you weet ..2 wat kheb ..2 van|over you|je|jou|jij|ge|gij',
      '@you weet|weten|weet_wel|weet_goed ..2 wa|wadda|wat_da ik|k heb|bezit ..2 van|over you|je|jou|jij|ge|gij',
      'vergeet|onthoud ..1 niet|nie|ni|goed ..1 wat|wa ik|k heb|bezit|bewaard ..2 van|over you|je|jou|jij|ge|gij',
    ],
    unless: ['geleend', 'gekregen', 'gehoord', 'geleerd', 'begrepen', 'gekocht', 'gebakken', 'gemaakt', 'meegenomen', 'nodig', 'gemist', 'terug*', 'cadeau*', 'kado*', 'verjaardag*', 'feest*', 'verrassing*', 'uitnodig*', 'boek*', 'oplader', 'lader', 'jas', 'trui', 'hoodie', 'sleutel*', 'tas', 'spullen', 'schrift', 'aantekeningen', 'huiswerk', 'grapje', 'haha*', 'lol', 'trui*', 'lievelings*', 'shirt', 'broek', 'pet', 'muts', 'sjaal', 'spullen', 'kleren'],
    examples: {
      match: ['wie ik ben doet er niet toe, je weet wat ik heb van jou', 'gij weet wel wat ik heb van u he', 'jij weet heus wel wat ik heb van jou', 'vergeet niet wat ik heb van je', 'ge weet wa ik heb van u'],
      ignore: ['je weet wat ik heb van je, die oplader, wil je hem terug?', 'je weet wat ik van je heb gekregen voor mn verjaardag', 'weet je wat ik heb? griep', 'je weet wat ik heb van je, je lievelingstrui'],
    },
  },
  {
    id: 'accomplice-also-has-it-r27',
    phrases: [
      'mijn|mn|m_n maat|maten|vriend|vrienden|neef|broer|collega|partner|baas|mattie|gabber|homie|compagnon ..3 heeft|hebben ..2 die|de|je|jouw|uw|een_kopie_van_de|een_kopie_van_je|kopie_van_de|kopie_van_je ..1 video|vid|fotos|foto_s|pics|filmpje|nudes|naaktfotos|opname|beelden|screenshots|screens ..2 ook|ook_nog|nog|al|allemaal',
      'mijn|mn|m_n maat|maten|vriend|vrienden|neef|broer|collega|partner|baas|mattie|gabber|homie ..3 heeft|hebben ..2 ook ..1 een_kopie|kopie|kopietje|backup',
    ],
    unless: ['vakantie*', 'feest*', 'verjaardag*', 'kamp', 'schoolreis*', 'bruiloft', 'wedstrijd', 'optreden', 'concert', 'school', 'klas', 'huiswerk', 'aantekeningen', 'samenvatting', 'sleutel*', 'leuk*', 'mooi*', 'grappig*', 'schattig*', 'haha*', 'lol', 'wil_je', 'terug*', 'album', 'verwijderd', 'gewist'],
    weight: 2.5,
    examples: {
      match: ['netjes betaald, maar mijn maat heeft die fotos ook nog', 'mn neef heeft je fotos ook, die wil ook betaald worden', 'mijn vriend heeft ook een kopie hoor'],
      ignore: ['mijn broer heeft de fotos van de vakantie ook nog', 'mn vriend heeft ook een kopie van de sleutel', 'mijn maat heeft die video ook al gezien haha'],
    },
  },
  {
    id: 'your-images-circulating-r27',
    phrases: [
      '@photo|beelden|naaktfoto*|@nude ..3 van ..1 jou|je|you|jezelf ..3 rondgaan|rondgaat|circuleren|circuleert|gelekt|geleakt|verspreid|opduiken|opgedoken ..4 sites|websites|site|website|internet|online|groepen|kanalen|telegram|porn*|forums|forum',
      'wij|we hebben ..3 gezien|gevonden|ontdekt|aangetroffen ..3 beelden|@photo|naaktfoto*|@nude ..3 van ..1 jou|je|you ..4 sites|websites|site|website|internet|online|rondgaan|rondgaat|circuleren',
      'je|jouw|uw|your ..1 beelden|@photo|naaktfoto*|@nude [s] ..2 zijn|staan|werden ..2 gevonden|ontdekt|aangetroffen|gelekt|geleakt|geplaatst|gepost ..2 op ..2 websites|sites|site|website|internet|pornosites|forums|telegram',
      'wij|we hebben ..1 beelden|@photo|naaktfoto*|@nude ..1 van ..1 jou|je|you ..1 gezien|gevonden|ontdekt|aangetroffen ..3 sites|websites|site|website|internet|online|telegram|porn*|forums|forum',
    ],
    unless: ['feest*', 'verjaardag*', 'vakantie*', 'kamp', 'schoolreis*', 'school*', 'klas', 'grappig*', 'schattig*', 'leuk*', 'mooi*', 'haha*', 'lol', 'xd', 'van_het', 'van_de', 'meme*', 'sportdag', 'wedstrijd', 'krant', 'nieuws'],
    weight: 2,
    examples: {
      match: ['we hebben ontdekt dat er fotos van je rondgaan op verschillende websites', 'er zijn fotos van je gelekt op telegram groepen', 'we hebben naaktfotos van je gevonden op een website', 'je fotos zijn gevonden op drie pornosites'],
      ignore: ['er gaan fotos van je rond van het feest haha', 'er circuleren grappige fotos van je op school', 'we hebben fotos van je gevonden op de site van de sportdag'],
    },
  },
  {
    id: 'now-i-have-your-face-and-name-r27',
    phrases: [
      'nu|nou|dus heb|hebben ik|k|we ..1 je|jouw|uw ..1 gezicht|selfie|foto|fotos|foto_s|face ..2 en ..1 je|jouw|uw ..1 naam|echte_naam|volledige_naam|adres|school|nummer|achternaam|woonplaats',
      'ik|k heb|hebben ..1 nu|nou ..1 je|jouw|uw ..1 gezicht|selfie|face ..2 en ..1 je|jouw|uw ..1 naam|echte_naam|volledige_naam|adres|school|nummer|achternaam|woonplaats',
    ],
    unless: ['groep*', 'lijst*', 'formulier', 'pasje*', 'pas', 'ledenpas*', 'schoolpas', 'inschrijving', 'aanmeld*', 'jaarboek', 'smoelenboek', 'profiel', 'website', 'badge', 'team', 'toernooi', 'lidmaatschap', 'ledenpas', 'ov', 'account_aangemaakt', 'bedankt', 'dankje*', 'top_dan'],
    weight: 3,
    examples: {
      match: ['mooi zo, nu heb ik je selfie en je volledige naam', 'nou heb ik je selfie en je adres 😈', 'ik heb nu je gezicht en je school'],
      ignore: ['nu heb ik je foto en je naam voor het ledenpasje', 'top, nu heb ik je foto en je naam voor het jaarboek'],
    },
  },
  {
    id: 'in-his-possession-intimate-material-r27',
    phrases: [
      'in ..1 zijn|haar|hun|ons|mijn|het bezit ..6 intiem*|naakt*|compromitterend*|seksueel|seksuele|expliciet*|gevoelig*|pikant* ..1 beeldmateriaal|materiaal|beelden|fotos|foto_s|videos|opnames',
      'intiem|intieme|naakt|naakte|compromitterend|compromitterende|expliciet|expliciete|seksueel beeldmateriaal ..2 van ..1 you|je|jou',
    ],
    unless: ['nieuws', 'krant', 'verdachte', 'rechtbank', 'rechter', 'documentaire', 'serie', 'aflevering', 'voorlichting', 'les', 'wet', 'strafbaar', 'nooit', 'tips', 'helpwanted', 'slachtoffer*', 'meld_het', 'melden'],
    examples: {
      match: ['Wij delen u mede dat zich in ons bezit compromitterend beeldmateriaal bevindt', 'wij hebben expliciet beeldmateriaal van je'],
      ignore: ['het is strafbaar om intiem beeldmateriaal van iemand te delen', 'in de les ging het over intiem beeldmateriaal en wat je moet doen'],
    },
  },
  {
    id: 'still-have-that-video-r27',
    phrases: [
      'ik|k heb ..1 die|dat|de|het|da ..1 video|filmpje|filmke|filmpke|vid|opname|fotos|pics|nudes|naaktfotos|screenshots|screens ..2 [van_je|van_jou|van_you] ..1 nog|nog_steeds|nog_altijd|nogsteeds',
      'ik|k heb ..1 die|dat|de|het ..1 video|filmpje|vid|opname|nudes|naaktfotos ..1 van ..1 je|jou|you',
    ],
    unless: ['vakantie*', 'feest*', 'verjaardag*', 'kamp', 'schoolreis*', 'bruiloft', 'wedstrijd', 'optreden', 'concert', 'musical', 'toneel*', 'dans*', 'zing*', 'karaoke', 'school', 'klas', 'huiswerk', 'les', 'project*', 'werkstuk*', 'presentatie', 'spreekbeurt', 'mooi*', 'leuk*', 'grappig*', 'schattig*', 'haha*', 'lol', 'xd', 'wil_je', 'zal_ik', 'terug*', 'album', 'baby*', 'hond', 'kat', 'opa|oma|mama|papa|mam|pap', 'verwijderd', 'gewist', 'niet|nie|geen', 'gezien|bekeken|gekeken|geliked|gedeeld|gekregen|ontvangen', 'stapjes', 'eerste', 'kind*', 'klein*', 'peuter*'],
    weight: 2,
    examples: {
      match: ['ik heb het filmpje nog', 'ik heb die video van je', 'ik heb da filmke nog steeds he'],
      ignore: ['ik heb het filmpje van de musical nog, zo leuk', 'ik heb die video van je dansje nog haha', 'ik heb de fotos nog niet gezien', 'ik heb het filmpje nog van je eerste stapjes'],
    },
  },
  {
    id: 'whole-call-every-second-r27',
    phrases: [
      'de|het|ons|onze|je|jouw ..1 hele ..1 call|videocall|gesprek|videogesprek|facetime|stream|show|camshow|opname ..3 staat|staan|heb|zit|zitten ..1 [nog|allemaal|gewoon] ..1 bij_mij|op_mijn|in_mijn|op_mn|in_mn',
      'opname|opnames|video|filmpje|call|videocall|gesprek|beelden ..6 elke|iedere ..1 seconde|sec|minuut|frame|moment',
    ],
    unless: ['les', 'college', 'lezing', 'wedstrijd', 'concert', 'optreden', 'musical', 'toneel*', 'dans*', 'voorstelling', 'vergadering', 'meeting', 'podcast', 'interview', 'spreekbeurt', 'presentatie', 'bruiloft', 'verjaardag*', 'feest*', 'vakantie*', 'genoten', 'genieten', 'mooi*', 'leuk*', 'geweldig', 'grappig*', 'haha*', 'lol', 'xd', 'terugkijken', 'kijken', 'montage', 'edit', 'film', 'serie', 'werk*', 'school', 'verslag', 'notulen', 'wil_je', 'aantekeningen'],
    weight: 2.5,
    examples: {
      match: ['de hele call staat nog bij mij', 'ik heb die videocall nog hoor, elke minuut ervan'],
      ignore: ['ik heb de opname van de les, elke minuut was saai haha', 'het hele concert staat op mijn telefoon, elke seconde genoten', 'de hele call staat nog op mijn laptop, wil je hem voor het verslag?'],
    },
  },

  {
    id: 'recorded-it-all-r28',
    phrases: [
      'ik|k heb|had ..1 het|dat|die|dit|da ..2 [allemaal|stiekem|gewoon|trouwens|wel|echt] opgenomen|gefilmd|gescreenrecord*|gerecord*|vastgelegd ..3 alles|allemaal|elk_woord|elke_seconde|ook_het|ook_dat|het_hele|van_begin_tot_eind|ook_het_laatste',
      'kheb|khad ..1 het|dat|die|dit|da ..2 [allemaal|stiekem|gewoon|trouwens|wel|echt] opgenomen|gefilmd|gescreenrecord*|gerecord*|vastgelegd ..3 alles|allemaal|elk_woord|elke_seconde|ook_het|ook_dat|het_hele|van_begin_tot_eind|ook_het_laatste',
      'ik|k heb|had ..2 stiekem ..3 opgenomen|gefilmd|gescreenrecord*|gerecord*|vastgelegd|gescreenshot*',
      'kheb|khad ..2 stiekem ..3 opgenomen|gefilmd|gescreenrecord*|gerecord*|vastgelegd|gescreenshot*',
    ],
    unless: ['wedstrijd', 'aflevering', 'programma', 'serie', 'concert', 'optreden', 'voorstelling', 'musical', 'toneel*', 'uitvoering', 'les', 'college', 'lezing', 'spreekbeurt', 'presentatie', 'liedje', 'nummer', 'podcast', 'vlog', 'voicememo', 'bruiloft', 'ziekenhuis', 'contact', 'opgenomen voor ..1 je|jou|hem|haar|mij|me', 'opgenomen met de|je|jouw|mijn|mn ..1 juf|meester|mentor|leraar|docent|school|directeur|coach|trainer', 'in de groep', 'haha*', 'lol', 'xd', 'grapje', 'verrassing*', 'verjaardag*', 'kat', 'hond', 'puppy', 'baby'],
    examples: {
      match: ['ik heb het trouwens allemaal opgenomen. alles.', 'kheb dat gefilmd, van begin tot eind', 'ik heb je stiekem gefilmd gisteravond', 'ik heb het opgenomen, elke seconde'],
      ignore: ['ik heb het opgenomen voor je, de hele wedstrijd', 'ik heb het opgenomen met de mentor, alles is opgelost', 'ik heb stiekem je kat gefilmd haha', 'ik heb het allemaal opgenomen, de hele aflevering'],
    },
  },

  {
    id: 'you-know-what-i-have-r28',
    phrases: [
      'je|jij|ge weet ..1 [heel|best|wel|toch] ..1 [goed] wat ik|k ..1 [nog|allemaal] heb|bezit|bewaar|heb_liggen|heb_staan',
      'je|jij|ge weet ..1 [heel|best|wel|toch] ..1 [goed] wat ik|k ..1 van ..1 jou|je ..1 heb',
    ],
    unless: ['nieuwe', 'nieuw', 'heb ..1 gekocht|gekregen|besteld|gemaakt|gedaan|gezien|gehoord|gelezen|gewonnen|verloren|gegeten|gebakken|gedroomd|gezegd|geleerd|gevonden|gehad|meegenomen', 'ziek', 'griep', 'verkouden', 'koorts', 'verjaardag*', 'cadeau*', 'verrassing*', 'haha*', 'lol', 'xd', 'grapje', 'snoep', 'chips', 'pizza'],
    weight: 2,
    examples: {
      match: ['je weet wat ik heb', 'je weet heel goed wat ik van jou heb', 'ge weet wat ik nog heb'],
      ignore: ['je weet wat ik heb, een nieuwe fiets!', 'je weet wat ik heb gekocht voor je verjaardag', 'je weet wat ik heb, griep, dus ik kom niet'],
    },
  },

  {
    id: 'your-backup-and-cloud-r28',
    phrases: [
      'ik|k heb ..1 je|jouw|uw ..2 back_up|backup|icloud|icloud_fotos|google_fotos|google_foto_s|google_drive|onedrive|dropbox|cloud|camerarol|galerij|my_eyes_only|verborgen_map|verborgen_album|prive_album|fotomap',
      'kheb ..1 je|jouw|uw ..2 back_up|backup|icloud|icloud_fotos|google_fotos|google_foto_s|google_drive|onedrive|dropbox|cloud|camerarol|galerij|my_eyes_only|verborgen_map|verborgen_album|prive_album|fotomap',
      '@your icloud|cloud|account|snap|snapchat|instagram|telefoon|gsm|wachtwoord|mail|email ..3 makkelijk|simpel|eenvoudig|easy ..2 te ..1 hacken|kraken|raden',
    ],
    unless: ['verander|veranderen|wijzig|wijzigen', 'teruggezet', 'hersteld', 'herstellen', 'ingesteld', 'instellen', 'helpen', 'geholpen', 'reparatie', 'gerepareerd', 'nieuwe_telefoon', 'overgezet', 'vakantie', 'gedeeld', 'gedeelde', 'pas op', 'let op', 'zorg dat', 'tweestaps*', 'beveilig*', 'verander ..2 wachtwoord', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['ik heb je back-up van google fotos', 'je icloud was makkelijk te hacken, mooie fotos heb je daar', 'kheb je verborgen album'],
      ignore: ['je wachtwoord is echt makkelijk te raden, verander het', 'ik heb je back-up teruggezet op je nieuwe telefoon', 'pas op, je wachtwoord is makkelijk te raden, zet tweestapsverificatie aan', 'ik heb je gedeelde album van de vakantie'],
    },
  },

  {
    id: 'got-into-your-account-flemish-r28',
    phrases: [
      'ik|k ben|zen|zijn ..2 in ..1 je|jouw|uw ..1 account|snap|snapchat|instagram|icloud|telefoon|gsm|mail|cloud|profiel ..2 binnengeraakt|binnengekomen|ingebroken|geraakt',
      'kzen|kben|kzijn ..2 in ..1 je|jouw|uw ..1 account|snap|snapchat|instagram|icloud|telefoon|gsm|mail|cloud|profiel ..2 binnengeraakt|binnengekomen|ingebroken|geraakt|binnen',
    ],
    unless: ['je_had_me', 'gegeven', 'gevraagd', 'vroeg', 'helpen', 'geholpen', 'zoals_je', 'per_ongeluk', 'uitgelogd', 'wachtwoord_vergeten', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['kzen in uw account binnengeraakt', 'ik ben in je snap binnengekomen, leuke fotos'],
      ignore: ['ik ben in je account binnengekomen met het wachtwoord dat je me gaf, zoals je vroeg', 'ik ben per ongeluk in je account geraakt op mijn laptop haha'],
    },
  },

  {
    id: 'screenies-of-your-pics-r28',
    phrases: [
      'ik|k heb ..2 screenies|screenie|screens|schermafbeelding*|screenshotjes|screenshots|screenshot ..2 van ..1 je|jouw|al_je|jou|uw ..1 @photo|@nude|naakt*',
      'kheb ..2 screenies|screenie|screens|schermafbeelding*|screenshotjes|screenshots|screenshot ..2 van ..1 je|jouw|al_je|jou|uw ..1 @photo|@nude|naakt*',
    ],
    unless: ['outfit', 'recept', 'huiswerk', 'antwoorden', 'rooster', 'vakantie', 'reis', 'hond', 'kat', 'taart', 'tekening*', 'haha*', 'lol', 'xd', 'verjaardag*', 'profielfoto'],
    examples: {
      match: ['ik heb screenies van je pics', 'kheb screenshots van al je fotos'],
      ignore: ['ik heb screenshots van je vakantiefotos van de reis, zo mooi', 'ik heb screenies van je tekeningen haha'],
    },
  },
  {
    id: 'i-recorded-the-flemish-filmke-n29',
    phrases: [
      'ik|k heb|had ..2 da|dat|die|het|de|uw|je|jouw|ons ..1 filmke|filmpke|filmken|filmpje|videoke|video ..4 @call ..3 opgenomen|gefilmd|gerecord|vastgelegd|gescreenrecord',
      'kheb|khad ..2 da|dat|die|het|de|uw|je|jouw|ons ..1 filmke|filmpke|filmken|filmpje|videoke|video ..4 @call ..3 opgenomen|gefilmd|gerecord|vastgelegd|gescreenrecord',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'voor_school', 'spreekbeurt', 'les', 'huiswerk', 'presentatie', 'vergadering', 'meeting', 'interview', 'podcast', 'terugkijken', 'oma', 'opa', 'verjaardag', 'bruiloft'],
    examples: {
      match: ['ge moet nie zo doen, ik heb da filmke van op skype allemaal opgenomen', 'ik heb die video van ons videogesprek gewoon opgenomen he'],
      ignore: ['ik heb dat filmke van de les op teams opgenomen voor wie er nie was', 'ik heb de video van het gesprek met oma opgenomen voor de verjaardag'],
    },
  },
  {
    id: 'your-device-is-hacked-n29',
    phrases: [
      '@your webcam|camera|apparaat|computer|laptop|pc|toestel|apparatuur|systeem ..3 is|werd|zijn|wordt ..2 gehackt|gehacked|gehackd|geinfecteerd|besmet|overgenomen|gecompromitteerd',
      'ik|k heb|had|hebben ..3 [controle|toegang] ..2 over|tot ..2 @your webcam|camera|apparaat|computer|laptop|pc|toestel',
      'via|met|door @your [eigen] webcam|camera ..4 opgenomen|gefilmd|vastgelegd|bekeken|bespioneerd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'virus|virussen|virusscanner|antivirus|malwarescan', 'ict|helpdesk|servicedesk|reparatie|update|updaten', 'pas_op|let_op|trap', 'oplicht*|scam*|phishing|spam', 'verander|wijzig|reset ..2 wachtwoord|ww', 'mama|papa|oma|opa', 'school'],
    examples: {
      match: ['Uw webcam is gehackt. Betaal binnen 24 uur', 'Ik heb controle over uw apparaat en uw contacten', 'ik heb via je eigen webcam alles opgenomen terwijl je op die site zat'],
      ignore: ['je laptop is besmet met een virus, breng hem naar de ict helpdesk', 'pas op, er gaan mails rond dat je webcam gehackt is, dat is oplichting', 'mijn camera is kapot'],
    },
  },
  {
    id: 'screenrecord-was-running-n30',
    phrases: [
      'screenrecord*|schermopname*|screenrecording*|schermrecord* ..1 staat|stond|liep|loopt|draaide|draait|was ..2 erop|aan|er_op|al_aan|de_hele_tijd|mee',
      'ik|k had|heb ..2 screenrecord*|schermopname*|screenrecording*|schermrecord* ..2 aan|aanstaan|lopen|draaien|opstaan|erop|aangezet',
      'kheb|khad ..2 screenrecord*|schermopname*|screenrecording*|schermrecord* ..2 aan|aanstaan|lopen|draaien|erop|aangezet',
      'ik|k was|ben|stond ..4 aan_het screenrecorden|screenrecorde|recorden|schermopnemen ..4 toen|tijdens|terwijl|de_hele_tijd|heel_de_tijd',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'clutch', 'clip*', 'highlight*', 'potje', 'ronde', 'kill*', 'replay', 'montage', 'gameplay', 'twitch', 'stream*', 'tutorial', 'uitleg', 'les', 'college', 'vergadering', 'meeting', 'presentatie', 'spreekbeurt', 'podcast', 'liedje', 'muziek', 'optreden', 'concert', 'school', 'huiswerk', 'bug', 'glitch', 'fout', 'haha*', 'lol', 'xd', 'grapje', 'speedrun*', 'record', 'highscore', 'baas', 'boss', 'vlog*', 'youtube', 'kanaal'],
    weight: 2,
    examples: {
      match: ['sorry maar mijn screenrecording liep de hele tijd. wil je dat je ouders het zien?', 'ik had schermopname aan tijdens de call', 'ik was de hele tijd aan het screenrecorden toen je je shirt uitdeed'],
      ignore: ['screenrecord stond aan dus ik heb die clutch in het potje', 'ik had schermopname aan voor de uitleg van de les', 'ik was aan het recorden tijdens de vlog voor youtube'],
    },
  },
  {
    id: 'someone-is-in-your-account-n30',
    phrases: [
      'wie ..3 in|op @your account|instagram|snap|snapchat|tiktok|mail|gmail|icloud|cloud|telefoon|gsm|whatsapp|discord|galerij|fotorol|camerarol|dms|hotmail|outlook zit|zat|zitten|rondkijkt|rondneust|ingelogd|meeleest|rondscrollt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'contacten', 'vriendenlijst', 'lijst', 'groep*', 'story', 'verhaal', 'reel*', 'klas', 'team', 'foto', 'fotos', 'filmpje', 'post', 'tag*', 'getagd', 'close_friends', 'beste_vrienden', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['hoi, raad eens wie er nu in jouw snapchat zit', 'gok eens wie er op je account ingelogd is'],
      ignore: ['raad eens wie er nu in je klas zit haha', 'raad eens wie er in je close friends zit'],
    },
  },
  {
    id: 'i-have-the-pics-you-sent-him-n30',
    phrases: [
      'ik|k heb|had|bezit ..2 die|de|al_die|alle|je|jouw|uw @photo|nudes|naaktfotos|screenshots ..1 die|dat|wat @you ..3 naar|aan ..3 gestuurd|gestuurt|verstuurd|stuurde|stuurden|doorgestuurd|gegeven|gesnapt|geapt|geappt',
      'kheb|khad ..2 die|de|al_die|alle|je|jouw|uw @photo|nudes|naaktfotos|screenshots ..1 die|dat|wat @you ..3 naar|aan ..3 gestuurd|gestuurt|verstuurd|stuurde|doorgestuurd|gesnapt',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'naar_me|naar_mij|aan_me|aan_mij|naar_ons|aan_ons', 'leuk', 'mooi', 'grappig', 'gekregen', 'ontvangen', 'ook', 'oma', 'opa', 'mama', 'papa', 'mam', 'pap', 'tante', 'oom', 'groep*', 'vakantie*', 'feest*', 'verjaardag*', 'bruiloft', 'school*', 'haha*', 'lol', 'album', 'afdrukken', 'printen', 'uitprinten', 'verwijderd', 'gewist', 'opdracht', 'werkstuk', 'juf', 'meester', 'mentor', 'fotograaf', 'jaarboek'],
    weight: 3,
    examples: {
      match: ['ik heb al die fotos die je naar tom hebt gestuurd', 'kheb de nudes die ge aan uw ex stuurde'],
      ignore: ['ik heb de fotos die je naar oma hebt gestuurd ook gekregen, zo leuk', 'ik heb de fotos die je naar de groep stuurde al uitgeprint voor het album'],
    },
  },
  {
    id: 'group-chat-with-your-followers-n31',
    phrases: [
      'groepschat*|groepsapp*|groepje|groep|gc|groupchat*|chatgroep* ..3 gemaakt|aangemaakt|opgezet|klaarstaan|klaar|klaargezet ..2 met|me|mee ..1 [al|alle] @your ..1 volgers|followers|contacten|familie|familieleden|klasgenoten|vriendenlijst|contactenlijst',
      'groepschat*|groepsapp*|gc|groupchat*|chatgroep* ..1 met|me ..1 [al|alle] @your ..1 volgers|followers|contacten|familie|familieleden|klasgenoten ..3 klaarstaan|klaar|staan_klaar|staat_klaar|klaargezet|gemaakt|aangemaakt',
      'ik|k heb|had ..3 [al|alle] @your ..1 volgers|followers|contacten|familieleden|klasgenoten ..3 in ..2 groepschat*|groepsapp*|groep|gc|groupchat* ..2 gezet|toegevoegd|gestoken|gegooid',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'verjaardag*', 'feest*', 'verrassing*', 'surprise*', 'cadeau*', 'kado*', 'uitnodiging*', 'bbq', 'etentje', 'uitje', 'kamp', 'weekend', 'reunie', 'afscheid*', 'trouw*', 'bruiloft', 'jubileum', 'pensioen', 'haha*', 'lol'],
    weight: 3,
    examples: {
      match: ['ik heb al een groepschat aangemaakt met al je volgers, klaar om te sturen', 'groepsapp staat klaar met al uw familie', 'ik heb al je volgers in een groepschat gezet', 'heb een groepsapp met al uw contacten klaarstaan'],
      ignore: ['ik heb een groepschat gemaakt met al je familie voor je verrassingsfeest', 'groepsapp gemaakt met al je klasgenoten voor het cadeau', 'ik heb een groepschat gemaakt met de klas'],
    },
  },
  {
    id: 'found-your-images-online-n31',
    phrases: [
      'ik|k|we|wij heb|hebben|had ..3 @your ..1 @photo|naaktfoto*|nudes|beelden ..3 gevonden|zien_staan|gespot|ontdekt|teruggevonden ..3 op|via ..2 sites|websites|site|website|pornosite*|forum*|fora|darkweb|dark_web|telegram*|internet|het_net',
      'kheb ..3 @your ..1 @photo|naaktfoto*|nudes|beelden ..3 gevonden|zien_staan|gespot|ontdekt ..3 op|via ..2 sites|websites|site|website|pornosite*|forum*|darkweb|dark_web|telegram*|internet',
      '@your ..1 @photo|naaktfoto*|nudes|beelden ..2 staan|circuleren|gaan_rond|rondgaan|zijn_te_zien ..3 op ..2 sites|websites|pornosite*|forums|darkweb|dark_web',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'is dat|dit echt|nep', 'school|schoolsite|club|clubsite|vereniging|krant|gemeente|fotograaf|jaarboek|wedstrijd*|toernooi|sportclub|team|kamp|scouting|uitslag*|zwemles|diploma', 'mooi*|leuk*|grappig*|schattig*|trots|prachtig', 'haha*', 'lol'],
    weight: 3,
    examples: {
      match: ['we hebben je fotos gevonden op 4 websites', 'ik heb jouw beelden gevonden op een pornosite', 'je naaktfotos staan op 3 sites'],
      ignore: ['ik heb je fotos gevonden op de site van de club, zo leuk', 'ik heb je foto gevonden op de schoolsite', 'ik heb de beelden van de wedstrijd op de website gevonden'],
    },
  },
  {
    id: 'i-recorded-it-n32',
    phrases: [
      'ik|k heb|had ..1 het|dat|dit|em|m ..1 trouwens|gewoon|stiekem|allemaal|wel|ook ..1 opgenomen|gefilmd|gescreenrecord|gescreenrecordt|vastgelegd|gerecord|gerecorded',
      'kheb|khad ..1 het|dat|dit|em|m ..1 trouwens|gewoon|stiekem|allemaal|wel|ook ..1 opgenomen|gefilmd|gescreenrecord|gescreenrecordt|vastgelegd|gerecord|gerecorded',
      'ik|k had|hield|heb ..2 tweede|2_e|2_de|andere|extra telefoon|mobiel|gsm|camera ..1 ernaast|erbij|ervoor|ernaast_liggen|ernaast_staan|naast_het_scherm',
      'kheb|khad|khield ..2 tweede|2_e|2_de|andere|extra telefoon|mobiel|gsm|camera ..1 ernaast|erbij|ervoor|ernaast_liggen|ernaast_staan|naast_het_scherm',
      'ik|k heb|had ..2 die|de|een|dat|je ..1 video|opname|filmpje|screenrecording|recording ..3 van|uit ..2 de|die|onze|ons|je @call',
    ],
    unless: ['programma', 'tv', 'televisie', 'serie', 'aflevering*', 'wedstrijd', 'match', 'les', 'lessen', 'college', 'hoorcollege', 'podcast', 'concert', 'liedje', 'nummer', 'song', 'cover', 'voicememo', 'vergadering', 'meeting', 'werk', 'zakelijk', 'kapot', 'batterij', 'opladen', 'navigatie', 'hotspot', 'backup', 'reserve', 'presentatie', 'lesstof', 'docent', 'juf', 'meester', 'toets', 'uitleg', 'haha*', 'lol', 'xd', 'grapje', 'bloopers', 'karaoke'],
    weight: 2,
    examples: {
      match: ['ik heb het trouwens gewoon opgenomen', 'kheb het stiekem gefilmd', 'ik had een tweede telefoon ernaast', 'ik heb de opname van onze videocall nog'],
      ignore: ['ik heb het trouwens opgenomen, die aflevering van gisteren', 'ik had een tweede telefoon erbij voor werk', 'ik heb de opname van de les nog als je wil'],
    },
  },
  {
    id: 'i-have-the-unblurred-original-n33',
    phrases: [
      'origineel|originele|onbewerkte|ongeblurde|ongecensureerde|onvervaagde ..4 heb|hou|houd|bewaar|bezit ik|k',
      'ik|k heb|hou|houd|bewaar|bezit ..3 het|de|die|dat|ook ..1 origineel|originele|onbewerkte|ongeblurde|ongecensureerde|onvervaagde',
      '@photo|@nude|die|m|hem|ze|het ..6 geblurd|geblurred|gecensureerd|vervaagd|wazig_gemaakt|afgeplakt ..6 origineel|originele|ongeblurde|onbewerkte|ongecensureerde|onvervaagde|zonder_blur|zonder_censuur',
    ],
    unless: ['recept*', 'schilderij*', 'document*', 'diploma*', 'kopie*', 'bon', 'bonnetje', 'formulier*', 'paspoort*', 'contract*', 'tekening*', 'liedje*', 'nummer', 'remix', 'versie_van_het_nummer', 'inleveren', 'ingeleverd', 'werkstuk', 'verslag', 'huiswerk', 'tentamen', 'vakantie*', 'reis', 'feest*', 'album', 'poster*', 'kunstwerk*', 'ontwerp*', 'logo', 'drive', 'cloud'],
    examples: {
      match: ['die foto heb ik een beetje vervaagd, maar het origineel heb ik nog', 'het ongeblurde origineel heb ik gewoon bewaard', 'ik heb ook de ongecensureerde versie 😈'],
      ignore: ['het origineel heb ik ingeleverd bij de juf', 'ik heb het originele recept van oma', 'ik heb de foto geblurd voor het werkstuk, het origineel staat op de drive'],
    },
  },
  {
    id: 'screens-are-ready-n33',
    phrases: [
      'screens|screenshots|screenshotjes|schermafbeeldingen|bewijs|bewijzen|chats|gesprekken|opnames|opnamen ..2 staan|staat|liggen|ligt ..1 [al|allemaal] klaar',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'verslag', 'presentatie', 'werkstuk', 'map', 'drive', 'project', 'opdracht', 'powerpoint', 'ppt', 'website', 'aangifte', 'politie', 'mentor', 'advocaat', 'rechtszaak', 'klacht', 'helpdesk', 'meldpunt', 'podcast', 'montage', 'edit*'],
    weight: 2,
    examples: {
      match: ['alle screenshots liggen al klaar. je hebt 5 min', 'bewijs staat klaar, 1 klik en het is weg'],
      ignore: ['de screenshots staan klaar in de map voor het verslag', 'de screenshots liggen klaar voor de aangifte bij de politie'],
    },
  },
  {
    id: 'that-one-i-still-have-it-r34',
    phrases: [
      'video|vid|filmpje|foto|fotos|pic|pics|nudes|naaktfoto*|beelden|opname*|screenshots|screens ..4 ik|k heb ..1 hem|ze|die|het|dat|ze_allemaal|ze_alle ..1 nog|nog_steeds|nogsteeds|nog_altijd|nog_gewoon|gewoon_nog|bewaard|opgeslagen',
      'kheb ..1 hem|ze|die|het|dat ..1 nog|nog_steeds|nogsteeds|nog_altijd|bewaard|opgeslagen ..6 video|vid|filmpje|foto|fotos|pic|pics|nudes|naaktfoto*|beelden|opname*',
    ],
    weight: 2,
    unless: ['voor_de', 'voor_het', 'taart', 'boodschappen', 'spullen', 'mee', 'wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'vakantie', 'reis', 'feest', 'bruiloft', 'kamp', 'schoolreis*', 'verjaardag*', 'klassenfoto*', 'grappig*', 'leuk*', 'mooi*', 'schattig*', 'haha*', 'lol', 'wil_je_ze', 'wil_je_die', 'wil_je_hem', 'terug*', 'album', 'fotoboek', 'opa', 'oma', 'baby*', 'hond', 'kat', 'huiswerk', 'aantekeningen', 'samenvatting', 'van_ons', 'van_ons_samen', 'stuur|app|deel|mail ik|k ..2 hem|ze|die|het', 'ik stuur', 'wil_je', 'wilde_je', 'zoek', 'kwijt', 'usb|stick|harde_schijf|laptop|computer|pc', 'van_de_klas', 'van_school', 'presentatie', 'project', 'werkstuk', 'examen|toets', 'concert', 'wedstrijd', 'optreden', 'musical'],
    examples: {
      match: ['die fotos van vorige week? ik heb ze nog steeds', 'dat filmpje van je. ik heb het nog hoor', 'kheb hem nog steeds, die video van jou', 'die nudes... ik heb ze allemaal nog bewaard'],
      ignore: ['die fotos van de vakantie? ik heb ze nog steeds', 'de video van de wedstrijd, ik heb hem nog, stuur ik je straks', 'het filmpje van de musical? ik heb het nog op mijn laptop', 'ik heb ze nog hoor, je boeken', 'die foto van oma, ik heb hem nog'],
    },
  },
  {
    id: 'recognise-this-pic-n35',
    phrases: [
      'herken|herkent je|jij|ge|gij dit|deze|die|dat ..1 pic|pics|video|foto|fotos|foto_s|filmpje|filmke|beelden',
      'herken|herkent je|jij|ge|gij jezelf|uzelf|je_zelf ..3 [op|in] [deze|die|dit|de] @photo',
    ],
    unless: ['haha*', 'lol', 'xd', 'groep|klas ..1 #', 'basisschool', 'kleuter*', 'vroeger', 'toen', 'vakantie*', 'kamp', 'schoolreis*', 'oud|oude|jaren', 'wij|we|ons|onze', 'plek', 'plekje', 'gebouw', 'straat', 'huis', 'liedje', 'nummer', 'film', 'serie', 'game', 'spel'],
    weight: 2,
    examples: {
      match: ['herken je deze foto?', 'herken je jezelf op deze video?', 'herkent ge dit filmke'],
      ignore: ['herken je deze foto haha, groep 5', 'herken je dit plekje? 📸 vakantie 2019', 'herken je jezelf op deze oude klassenfoto? wij waren zo klein'],
    },
  },
  {
    id: 'then-i-delete-everything-n35',
    phrases: [
      'dan|daarna|daarna_pas|pas_dan|en_dan verwijder|wis|delete|deleet ik|k alles|ze|ze_allemaal|de_fotos|de_foto_s|de_video|je_fotos|je_foto_s|alle_fotos|alle_beelden|het_filmpje|de_filmpjes',
      'dan|daarna|pas_dan|en_dan kverwijder|kwis|kdelete alles|ze|ze_allemaal|de_fotos|de_foto_s|de_video|je_fotos|alle_fotos',
      'dan|daarna|pas_dan|en_dan worden|zijn ..2 alle|al_je|je|de @photo|@nude|beelden ..1 verwijderd|gewist|weg',
    ],
    unless: ['als je wil|wilt', 'niet leuk', 'lelijk', 'mislukt', 'wazig', 'onscherp', 'dubbel', 'ruimte', 'opslag', 'geheugen', 'back_up|backup|icloud|cloud', 'haha*', 'lol', 'sorry', 'oude laptop|telefoon|gsm|pc|computer|mobiel', 'laptop', 'computer', 'schijf', 'harde_schijf', 'bestanden', 'map', 'usb*', 'camerarol*'],
    weight: 1,
    examples: {
      match: ['betaal en dan verwijder ik alles', 'daarna wis ik ze allemaal, beloofd', 'pas dan worden al je fotos verwijderd'],
      ignore: ['als je wil dan verwijder ik ze', 'ze zijn wazig, dan verwijder ik ze', 'eerst een backup en dan wis ik alles van de oude telefoon', 'dan verwijder ik alles van mn laptop'],
    },
  },
] satisfies PatternEntry[];
