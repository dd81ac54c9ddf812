import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'so-pretty',
    phrases: [
      'du|bist|biste|bisch|siehst|sahst|wirkst ..3 so|echt|voll|mega|richtig|wirklich|total|sehr|extrem|unglaublich|sau hubsch|huebsch|schoen|suss|suess|sus|sweet|wunderschon|wunderschoen|attraktiv|niedlich|perfekt|bildhubsch|bildhuebsch|cute|gutaussehend|hammer',
      'hubsch|huebsch|schon|schoen|suss|suess|sweet|cute|heiss|hot|wunderschon|wunderschoen ..2 auf|in deinen|deinem|ihren ..2 bildern|fotos|pics|profilbild|bild|story',
      'du|bist ..2 [so|echt|voll|mega|richtig|wirklich|total|sehr|einfach|extrem|unglaublich] hubsch|huebsch|schoen|suss|suess|wunderschon|wunderschoen|attraktiv|niedlich|perfekt|besonders|bildhubsch|bildhuebsch|gutaussehend|einzigartig|atemberaubend|traumhaft',
      'siehst|sahst|seht ..3 gut|hubsch|huebsch|schon|schoen|suss|suess|hammer|toll|wunderschon|wunderschoen|umwerfend|atemberaubend aus',
      'so ein|eine|nen hubsches|huebsches|schones|schoenes|susses|suesses madchen|maedchen|girl|junge',
      'du bist|biste|bisch|bischt ..4 hubsches|huebsches|schones|schoenes|susses|suesses|fesches|hubsche|huebsche|schone|schoene|susse|suesse|fesche|hubscher|huebscher|susser|suesser|fescher madchen|maedchen|madl|madel|maderl|madle|girl|junge|bursch|bua',
      'bisch|bischt|biste ..4 hubsches|huebsches|schones|schoenes|susses|suesses|fesches|hubsche|huebsche|schone|schoene|susse|suesse|fesche|hubscher|huebscher|susser|suesser|fescher madchen|maedchen|madl|madel|maderl|madle|girl|junge|bursch|bua',
      'schone|schoene|hubsche|huebsche|susse|suesse|wunderschone|wunderschoene ..1 augen|lippen|haare|lacheln|laecheln|figur',
      'das|die schonste|schoenste|hubscheste|huebscheste|susseste|suesseste ..2 madchen|maedchen|girl|frau|junge|boy|person|ding|wesen',
      'deine augen|lippen|haare|lacheln|laecheln ..3 so|wunderschon|wunderschoen|perfekt|schon|schoen',
      'du|bist|siehst|sahst ..2 so|voll|mega|richtig|wunder|echt schon ..2 aus|du|auf|in|heute',
    ],
    examples: {
      match: ['hey du bist echt voll hübsch auf deinen bildern 😍', 'du sahst heute echt süß aus', 'du bist so wunderschön', 'das schönste mädchen das ich kenne', 'deine augen sind so schön', 'du bist echt ein hübsches mädchen', 'bisch a ganz a fesches mädle', 'du bist ein richtig süßer junge'],
      ignore: ['das wetter ist schön', 'schöne grüße an deine mutter', 'du bist so nervig', 'du bist das mädchen aus der parallelklasse oder?', 'bist du das hübsche mädchen vom foto?'],
    },
  },
  {
    id: 'mature-for-age',
    phrases: [
      'reif|reifer|erwachsen|erwachsener|weiter ..3 als ..3 dein|deine|andere|anderen|alter|jahre|#',
      'fur|fuer dein|ihr alter ..3 reif|erwachsen|weit|klug|schlau',
      'reif|erwachsen|weit|klug|schlau|gut|stark|krass|talentiert|weiter|besser ..2 fur|fuer dein|ihr alter',
      'hubsche*|huebsche*|schone*|schoene*|susse*|suesse* madchen|maedchen|jungs|girls ..2 wie du|dir|dich',
      'ich denk*|denke ..3 die_ganze_zeit|nur_noch|immer|standig|staendig|jede_nacht|nachts ..1 an dich',
      '@poss @media|profilbild*|selfies ..4 so|richtig|mega|voll|echt|sehr ..1 hubsch|huebsch|schon|schoen|suss|suess|heiss|hot|sexy|cute|geil',
      'nicht wie|so_wie ..2 andere|die_anderen ..2 madchen|maedchen|jungs|kinder|in_deinem_alter',
      'anders als die ..2 anderen|andere',
      'hubscher|huebscher|schoner|schoener|susser|suesser|attraktiver als ..3 madchen|maedchen|andere|anderen|alle|frauen|die',
      'du|bist ..2 so|echt|voll|richtig|sehr|total|schon reif|erwachsen',
    ],
    examples: {
      match: ['du wirkst viel reifer als 14', 'du bist so erwachsen für dein alter', 'du bist nicht wie andere mädchen', 'du bist anders als die anderen', 'du spielst echt gut für dein alter', 'ich mach gern fotos von hübschen mädchen wie dir', 'ich denk die ganze zeit an dich', 'hab deine bilder gesehn, richtig heiß'],
      ignore: ['mein bruder ist älter als ich', 'der film ist für dein alter freigegeben'],
    },
  },
  {
    id: 'only-one-who-understands',
    phrases: [
      'die|der einzige ..2 die|der ..2 mich versteht|verstehst',
      'niemand|keiner versteht dich|mich so ..2 wie',
      'ich ..2 liebe dich so|sehr|uber_alles|ueber_alles',
      'ich ..2 hab mich in dich verliebt',
      'du bist ..2 mein|meine ein_und_alles|engel|prinzessin|traum|traumfrau|traummadchen|traummaedchen',
      'seelenverwandt*',
      'du verdienst ..2 jemanden|besseres|etwas_besseres|nur_das_beste',
      'mit dir ..2 kann ich ..2 uber|ueber alles',
    ],
    examples: {
      match: ['du bist die einzige die mich versteht', 'ich liebe dich so sehr', 'niemand versteht dich so wie ich', 'du bist mein engel'],
      ignore: ['die einzige die das gemacht hat', 'ich liebe pizza'],
    },
  },
  {
    id: 'nobody-gets-you-like-me',
    phrases: [
      'versteh*|kennt|kennen ..1 dich ..2 nicht|nie|kaum ..1 so ..1 wie ich',
      'besser|reifer|kluger|klueger|schlauer|weiter als ..2 die_meisten|viele|manche ..1 erwachsenen|erwachsene|alteren|aelteren',
      'schones|schoenes|hubsches|huebsches|geiles|susses|suesses|heisses|sexy profilbild|pb|selfie|spiegelselfie',
    ],
    examples: {
      match: ['die anderen in deinem alter verstehen dich nicht so wie ich', 'du bist echt gut in fortnite, besser als die meisten erwachsenen', 'schönes profilbild'],
      ignore: ['die verstehen mich nicht', 'schönes bild vom sonnenuntergang'],
    },
  },
  {
    id: 'seem-older',
    phrases: [
      'wirkst|klingst|schreibst|bist ..2 viel|so|echt|voll|total|richtig|deutlich|wesentlich reifer|erwachsener',
      'wirkst|klingst|schreibst ..2 viel|so|echt|voll|total|richtig|deutlich|wesentlich alter|aelter',
      'wirkst|klingst|schreibst ..2 nicht|gar_nicht|garnicht|kein_bisschen|echt_nicht ..1 wie #',
      'wirkst|klingst|schreibst ..2 nicht|gar_nicht|garnicht|kein_bisschen|echt_nicht ..1 wie ein|eine kind|kleinkind',
      'du ..2 konntest|koenntest|solltest ..2 model|modeln|modell|influencer|influencerin',
      'du ..2 hast ..2 modelmasse|model_figur|modelfigur|modelaussehen|das_gewisse_etwas',
    ],
    unless: ['geworden|seit|haha*|lol|xd|nase|verhalten|benehmen|schrift|handschrift|aufsatz|referat'],
    weight: 1,
    examples: {
      match: ['echt? du wirkst viel reifer', 'du klingst gar nicht wie 14', 'du könntest echt model sein', 'du hast das gewisse etwas'],
      ignore: ['du bist viel älter als dein bruder', 'du bist viel reifer geworden seit dem sommer', 'du klingst wie ein kind haha', 'du bist älter als ich'],
    },
  },
  {
    id: 'not-like-the-others',
    phrases: [
      'anders|reifer|erwachsener|besser|kluger|klueger|schlauer|weiter als ..4 in ..1 deinem|ihrem alter',
      'mit dir kann man ..2 richtig|gut|so|echt ..1 reden|quatschen|schreiben',
      'in dich ..1 verknallt|verliebt|verschossen',
      'du bist ..2 so|echt|voll|einfach ..1 besonders|einzigartig|anders',
    ],
    unless: ['haha*|lol|xd|spiel|runde|team|lehrer*|referat|klausur|test|zeugnis|noten'],
    weight: 1,
    examples: {
      match: ['du bist echt anders als die mädchen in deinem alter', 'mit dir kann man richtig reden, nicht wie mit den anderen', 'ich hab mich in dich verknallt', 'du bist einfach besonders'],
      ignore: ['du bist besser als die anderen in deinem alter im tennis team', 'mit dir kann man richtig reden haha'],
    },
  },
  {
    id: 'age-is-just-a-number',
    phrases: [
      'alter ..2 ist|is ..2 nur ..1 eine|ne|n zahl',
      'alter ..3 egal|spielt_keine_rolle|unwichtig|zahlt_nicht|zaehlt_nicht',
      'stort|stoert|storts|stoerts ..2 dich ..3 dass|das ich ..3 alter|aelter|erwachsen',
      'ich traum|traume|traeume|traum_nur ..1 von dir',
      'vermiss*|liebe ..1 dich ..5 nie|noch_nie ..2 gesehen|getroffen',
      'du bist ..1 meine ..1 kleine|susse|suesse|prinzessin|maus|schatz',
      'ich find|finde dich ..2 so|echt|voll|mega|richtig|total|sehr|einfach ..1 suss|suess|hubsch|huebsch|schon|schoen|sexy|heiss|attraktiv|cute|sus|niedlich',
      'ich bin # ..4 egal|schlimm|problem|macht_nichts|macht_nix|stort|stoert',
      'weil|da ich ..2 alter|aelter|erwachsen|volljahrig|volljaehrig ..1 bin',
      'willst du ..1 mein|meine ..1 freund|freundin ..1 sein',
      'darf|kann ich ..1 dein|deine ..1 freund|freundin ..1 sein',
      'schones|schoenes|hubsches|huebsches|susses|suesses profil|instagram|tiktok|feed',
      'du kannst mir ..1 alles ..1 erzahlen|erzaehlen|sagen|anvertrauen',
      'voll|echt|mega|so|richtig ..1 schone|schoene|hubsche|huebsche|susse|suesse|geile|heisse|sexy ..1 bilder|fotos|pics|selfies',
    ],
    unless: ['haha*|lol|xd|mama|papa|oma|opa|tante|onkel|wein|whisky|kase|kaese|auto|handy|laptop|baum|haus|spiel|hund|katze|pferd|fahrrad|pc|computer|konsole'],
    weight: 1,
    examples: {
      match: ['darf ich dein freund sein?', 'süßes profil', 'du kannst mir alles erzählen', 'die würden das nicht verstehen weil ich älter bin', 'willst du mein freund sein?', 'hab dich auf insta gesehen, voll schöne bilder', 'ich find dich echt süß', 'ich bin 25 aber das ist egal', 'alter ist nur eine zahl', 'alter ist doch egal', 'stört es dich dass ich älter bin', 'ich träume von dir', 'ich vermisse dich so sehr obwohl wir uns nie gesehen haben', 'du bist meine kleine'],
      ignore: ['das alter vom auto ist egal', 'alter ist nur eine zahl, sagt oma immer haha'],
    },
  },
  {
    id: 'talent-and-pet-names',
    phrases: [
      'du hast ..2 potenzial|potential|talent|das_zeug',
      'du spielst|tanzt|singst|zeichnest|siehst ..2 echt|mega|krass|richtig|so|voll ..1 gut|krass|geil|stark|hammer',
      'hey|hi|hallo|na|hii|heyy|hallo_du ..1 susse|suesse|suse|kleine|hubsche|huebsche|schatz|maus|prinzessin|schone|schoene',
      'du bist ..2 das|der|die einzige ..3 was|der|die ich ..2 hab|habe',
      'die|deine @photo ..1 waren|sind ..1 so|echt|mega ..1 schon|schoen|hubsch|huebsch|heiss|sexy|suss|suess',
    ],
    unless: ['vom|von_der|urlaub|landschaft|hund|katze|essen|trainer*|verein|lehrer*|mama|papa|oma|opa|haha*|lol|xd'],
    weight: 1,
    examples: {
      match: ['du hast echt Potenzial', 'heyy hab dein tiktok gesehen, du tanzt echt mega gut 😍', 'hey süße, lass auf snap weiterschreiben', 'du bist das einzige was ich noch hab', 'die bilder waren so schön, schick mir noch eins'],
      ignore: ['die bilder vom urlaub waren so schön', 'du spielst echt gut, sagt der trainer'],
    },
  },
  {
    id: 'look-older-favourite',
    phrases: [
      'siehst|wirkst ..2 alter|aelter|erwachsener|reifer ..1 aus',
      'du bist ..1 mein|meine ..1 lieblingsmensch|lieblingsperson|ein_und_alles|alles',
    ],
    unless: ['haha*|lol|xd|brille|bart|frisur|haare|makeup|schminke|anzug|kleid|foto_vom|passfoto|mama|papa|oma|opa'],
    weight: 1,
    examples: { match: ['echt? du siehst älter aus', 'du bist mein lieblingsmensch'], ignore: ['mit der brille siehst du älter aus haha'] },
  },
  {
    id: 'pretty-as-you-are',
    phrases: ['so hubsch|huebsch|suss|suess|schon|schoen|sexy|heiss|sweet|cute|attraktiv wie du bist|bist'],
    unless: ['haha*|lol|xd|hund|katze|baby|kleid|outfit|frisur|haare|zeichnung|bild|foto|wetter'],
    examples: { match: ['wundert mich, so hübsch wie du bist 😍'], ignore: ['so süß wie du bist mit dem hund haha'] },
  },
  {
    id: 'the-only-one-for-me',
    phrases: ['du bist ..1 die|der ..1 einzige|einzigste ..2 fur|fuer mich'],
    unless: ['haha*|lol|xd|team|mannschaft|schicht|vertretung'],
    examples: { match: ['ich liebe dich, du bist die einzige für mich'], ignore: ['du bist der einzige für mich im team der das kann haha'] },
  },
  {
    id: 'they-dont-deserve-you',
    phrases: ['die|andere|anderen ..2 jungs|madchen|maedchen|typen|leute|freunde ..1 verdienen|verdient dich ..1 nicht'],
    unless: ['haha*|lol|xd'],
    examples: { match: ['die anderen jungs verdienen dich nicht'], ignore: ['die anderen jungs verdienen dich nicht haha du bist zu gut im fußball'] },
  },
  {
    id: 'lovely-smile',
    phrases: ['schones|schoenes|hubsches|huebsches|susses|suesses|sussestes|wunderschones|wunderschoenes ..1 lacheln|laecheln|gesicht|augen'],
    unless: ['baby|hund|katze|oma|opa|mama|papa|haha*|lol|xd|bild_gemalt|gemalt|zeichnung|puppe'],
    examples: { match: ['hey du hast so ein schönes lächeln auf deinem profilbild'], ignore: ['das baby hat so ein süßes gesicht'] },
  },
  {
    id: 'because-you-are-so-sweet',
    phrases: ['weil du ..1 so|einfach|echt ..1 lieb|suss|suess|besonders|toll|hubsch|huebsch|sweet|wunderbar ..1 bist'],
    unless: ['haha*|lol|xd|geholfen|hilfst|hilfe|danke_fur|danke_fuer|umzug|mathe|hausaufgabe*'],
    examples: { match: ['hab dir was gekauft, einfach so weil du so lieb bist 😊'], ignore: ['danke für die hilfe beim umzug, weil du so lieb bist kriegst du pizza'] },
  },
  {
    id: 'the-sweetest',
    phrases: ['du bist ..2 die|der ..1 susseste|suesseste|schonste|schoenste|hubscheste|huebscheste|hubschste|huebschste'],
    unless: ['haha*|lol|xd|mama|papa|oma|opa|baby|hund|katze|schwester|bruder'],
    examples: { match: ['du bist echt die süßeste'], ignore: ['du bist die süßeste schwester haha'] },
  },
  {
    id: 'understand-you-like-no-one-r9',
    phrases: [
      'noch nie ..3 jemanden|jemand|einen|eine|wen ..3 so ..2 verstanden|gemocht|vertraut|gekannt ..2 wie dich',
      'du verstehst mich ..2 wie|besser_als kein|keiner|niemand|sonst|alle',
      'ich hab|habe dich ..1 voll|so|echt|richtig|mega gern',
    ],
    unless: ['haha*|lol|xd|mama|papa|oma|opa|bruder|schwester|hund|katze|bff|beste_freundin|bester_freund|bro|digga|alter'],
    weight: 1,
    examples: {
      match: ['ich hab noch nie jemanden so verstanden wie dich', 'du verstehst mich wie kein anderer', 'ok sry muss ehrlich sein ich hab dich voll gern'],
      ignore: ['du verstehst mich wie keiner bro', 'ich hab dich so gern oma'],
    },
  },
  {
    id: 'looked-so-grown-up-r10',
    phrases: [
      'sahst|siehst|aussahst|wirkst|wirktest|klingst|klingt|klang ..3 echt|so|voll|total|richtig|sehr|viel|schon|ziemlich ..1 erwachsen|erwachsener|reif|reifer|alter|aelter',
      'stimme ..3 klingt|klingst ..2 so|voll|echt|total|richtig ..1 erwachsen|reif|sexy|heiss',
    ],
    unless: ['anzug|kleid|abiball|abschlussball|hochzeit|konfirmation|kommunion|jugendweihe|foto_vom|bewerbung|haha*|lol|xd|oma|opa'],
    weight: 1,
    examples: {
      match: ['dachte ich mir. sahst echt erwachsen aus', 'Deine Stimme klingt so erwachsen'],
      ignore: ['im anzug sahst du echt erwachsen aus beim abiball', 'du klingst echt erwachsen haha'],
    },
  },
  {
    id: 'only-one-i-can-talk-to-r11',
    phrases: [
      'du bist ..2 die|der ..1 einzige|einzigste ..3 mit der|dem|mit_der|mit_dem ..2 man|ich ..3 reden|schreiben|sprechen',
      'du ..1 hast ..1 ne|eine ..1 krasse|wunderschone|wunderschoene|unglaubliche|traumhafte ..1 stimme',
    ],
    unless: ['haha*|lol|xd|klasse_hier|gruppe|hausaufgabe*|referat|mathe', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['du bist echt die einzige hier mit der man normal reden kann', 'hab deine cover auf youtube gehört, du hast ne krasse stimme 🔥'],
      ignore: ['du bist die einzige mit der ich über mathe reden kann lol'],
    },
  },
  {
    id: 'pretty-so-how-old-r11',
    phrases: ['sehr|so|voll|echt|mega ..1 hubsch|huebsch|suss|suess|sexy|heiss|geil ..3 wie ..1 alt ..1 bist ..1 du'],
    unless: ['hund|katze|baby|welpe|kleid|rock|schuhe|hose|jacke|auto|zimmer|haus|foto_vom', 'tater|taeter|erpresser|erpressern|betruger|betrueger|betrugern|betruegern|masche|sowas_wie|so_was_wie|artikel|bericht|reportage|doku|schlagzeile*|zeitung|news'],
    examples: {
      match: ['sehr hübsch. wie alt bist du?', 'echt süss, wie alt bist du eigentlich'],
      ignore: ['der hund ist so süss, wie alt ist der?'],
    },
  },
  {
    id: 'mature-for-age-number-r13',
    phrases: ['reif|erwachsen|weit ..1 fur|fuer # ..1 ehrlich|echt|wirklich|krass|digga|alter', 'krass|echt|voll|mega|so reif|erwachsen fur|fuer #'],
    unless: ['haha*|lol|xd|wein|kase|kaese|banane*|obst|apfel|tomate*|avocado*|jahr_alt|alt_ist|baum|pflanze*'],
    examples: {
      match: ['krass reif für 15 ehrlich', 'echt erwachsen für 14'],
      ignore: ['die banane ist krass reif für 3 tage'],
    },
  },
  {
    id: 'understand-you-better-r14',
    phrases: [
      'versteh|verstehe ..1 dich ..1 besser ..1 als ..2 die|deine|@family|alle|jeder|irgendwer|irgendjemand',
      'genau|perfekt ..2 den|der ..1 look|typ|style ..4 kunde|kunden|agentur|wir ..1 sucht|suchen|gesucht',
    ],
    unless: ['lol|haha*|xd'],
    examples: {
      match: ['bei mir kannst du immer reden. ich versteh dich besser als die 😌', 'Du hast genau den Look den der Kunde sucht'],
      ignore: ['ich versteh die aufgabe besser als die lehrerin lol'],
    },
  },
  {
    id: 'grown-up-mature-photogenic-r16',
    phrases: [
      'du bist|bist ..3 gross|erwachsen|hubsch|huebsch|fraulich|weiblich|frau ..1 geworden',
      'du wirkst|bist ..3 reif|erwachsen|schlau|klug ..4 nicht_so_wie|anders_als|als_die|wie_die ..1 [anderen|andere]',
      'du bist ..3 fotogen|photogen',
      'sehr|total|echt|so_ein|ein ..1 besonderes|aussergewohnliches|aussergewoehnliches|einzigartiges|markantes ..1 gesicht',
    ],
    unless: ['oma|opa|tante|onkel|cousin*|baby|hund|katze|pferd|welpe|pflanze|baum|garten|stadt|haus|firma|verein|schauspieler*|sanger*|saenger*|film|serie'],
    weight: 1,
    examples: {
      match: ['du bist echt gross geworden, hab dich letztens kaum erkannt', 'du wirkst voll schlau und reif, nicht so wie die anderen hier', 'du bist echt fotogen', 'Du hast ein sehr besonderes Gesicht'],
      ignore: ['dein hund ist echt gross geworden', 'die stadt ist echt gross geworden', 'der schauspieler hat ein besonderes gesicht'],
    },
  },
  {
    id: 'only-one-who-gets-you-r16',
    phrases: [
      'ich bin ..2 der|die einzige ..3 dich ..2 wirklich|richtig|echt ..1 versteht|verstehe|kennt',
      'niemand|keiner ..2 versteht ..1 dich ..1 so|wie ..1 ich',
    ],
    unless: ['film|serie|buch|song|lied|hund|katze|mama|papa|oma|opa'],
    weight: 1,
    examples: {
      match: ['ich bin der einzige der dich wirklich versteht', 'niemand versteht dich so wie ich'],
      ignore: ['dein hund ist der einzige der dich wirklich versteht lol'],
    },
  },
  {
    id: 'prettier-than-in-your-pics-r27',
    phrases: [
      'du bist|siehst ..2 viel|noch|so|echt|tausendmal|hundertmal ..1 hubscher|huebscher|schoner|schoener|susser|suesser|heisser|geiler|attraktiver ..2 als auf|in @poss @photo|profilbild*',
      'in_echt|in_real|live ..3 bist|siehst du ..3 hubscher|huebscher|schoner|schoener|susser|suesser|heisser|geiler ..2 als auf|in @poss @photo|profilbild*',
    ],
    examples: {
      match: ['du bist viel hübscher als auf deinen bildern ehrlich', 'du siehst echt noch süßer aus als auf deinem profilbild'],
      ignore: ['das bild ist hübscher als das andere', 'du bist schneller als ich dachte'],
    },
  },
  {
    id: 'my-favourite-of-all-r27',
    phrases: [
      'du bist|warst ..2 mein|meine lieblingsspieler*|lieblingsschuler*|lieblingsschueler*|lieblingsteilnehmer*|lieblingskind|lieblingskonfi*|lieblingsschwimmer*|lieblingsturner*|lieblingstanzer*',
      'von allen ..5 bist|warst du ..2 mir_die_liebste|mir_der_liebste|mein_liebling|meine_liebste|mein_liebster|die_beste|der_beste|die_hubscheste|die_huebscheste|die_susseste|die_suesseste',
    ],
    unless: ['alle|ihr_seid|euch|jeder_von_euch'],
    examples: {
      match: ['du bist meine lieblingsspielerin, das weißt du oder?', 'von allen in der mannschaft bist du mir die liebste'],
      ignore: ['ihr seid alle meine lieblingsschüler', 'du bist mein lieblingsmensch'],
    },
  },
  {
    id: 'older-but-does-not-matter-r27',
    phrases: [
      'ich bin ..2 eigentlich|in_wirklichkeit|ehrlich_gesagt|tatsachlich|tatsaechlich # ..4 egal|schlimm|stort|stoert|macht_nichts|macht_nix|problem',
    ],
    examples: {
      match: ['ich bin eigentlich 19 aber das ist doch egal oder', 'ich bin in wirklichkeit 24, ist das schlimm für dich?'],
      ignore: ['ich bin eigentlich um 8 zuhause, egal wann der film endet', 'ich bin schon 15, ist mir egal was die anderen sagen haha'],
    },
  },
  {
    id: 'dialect-compliment-r28',
    phrases: [
      'du|bist|bisch|bischt|schaust|schaugst ..2 echt|voll|so|mega|richtig|sau|urr|oag|total fesch|leiwand|herzig|feschi|huebsch|hubsch|schnuckelig|scharf',
      'bist|bisch|bischt ..1 a|eine|ein|e ..1 fesche|feschi|herzige|schnuckelige|hubsche|huebsche|scharfe',
    ],
    unless: ['kleid|jacke|outfit|frisur|haare|tracht|dirndl|brille|schuhe|hochzeit|ball|firmung|kommunion|konfirmation|baby|hund|katze|oma|opa|mama|papa|tante|onkel'],
    examples: {
      match: ['bist echt fesch', 'du bist voll herzig 😍', 'bisch e feschi'],
      ignore: ['du bist echt fesch im dirndl, oma wird stolz sein', 'dein hund ist voll herzig'],
    },
  },
  {
    id: 'mature-for-age-dialect-r30',
    phrases: [
      'reif|reifer|erwachsen|erwachsener|gscheiter|gscheider|vernunftiger|vernuenftiger als ..3 andern|andan|andre|andren|anderne|andere|anderen ..3 alter|oida|oider|oiter|jahrgang',
      'reif|reifer|erwachsen|erwachsener|gscheit|gscheid|vernunftig|vernuenftig ..2 fur|fuer|fia|fir ..1 dei|deim|dein|di|dis ..1 oida|oidta|oiter|alter|aalter',
    ],
    unless: ['ich_bin|bin_ich|mein_bruder|meine_schwester|mein_sohn|meine_tochter|lehrer*|zeugnis|elternabend'],
    examples: {
      match: ['du bist vui reifer als de andern in deim alter', 'du bisch so erwachsen fir dis alter', 'du bist so reif fia dei oida'],
      ignore: ['mei lehrer sagt i bin reifer als de andern in meim alter', 'der wein is reifer als die anderen', 'mein bruder ist echt reif für sein alter'],
    },
  },
  {
    id: 'you-seem-older-r36',
    phrases: [
      'du wirkst|klingst|schreibst ..3 wie|locker|mindestens|eher_wie ..1 15|16|17|18|19|20|21',
      'wirkst|klingst|schreibst ..1 du ..3 wie|locker|mindestens|eher_wie ..1 15|16|17|18|19|20|21',
      'du wirkst|klingst|schreibst ..3 erwachsener|reifer|viel_erwachsener|viel_reifer',
    ],
    weight: 1,
    unless: ['handschrift|schrift|stimme|telefon|bewerbung|lebenslauf|foto_vom|passfoto|aufsatz|referat|deutsch|englisch|klausur|lehrer*|oma|opa|tante|onkel|frisur|haarschnitt|brille|bart|cringe|lol|haha*|xd|langweilig|spiesser|spiessig|opa_mass', 'stunden|minuten|tage|uhr|euro|grad|km|prozent|kilo|kg|cm'],
    examples: {
      match: ['echt? du wirkst eher wie 17', 'wow du schreibst viel erwachsener als die anderen', 'wirkst du locker wie 16'],
      ignore: ['wie alt bist du eigentlich? du wirkst älter', 'du klingst am telefon älter', 'du bist wie 16 stunden weg gewesen', 'mit der frisur wirkst du älter lol'],
    },
  },
  {
    id: 'anyone-told-you-pretty-r37',
    phrases: [
      'hat|het dir ..2 schon|schonmal|schon_mal|mal|scho ..2 jemand|opper|oepper ..2 gesagt|gseit ..3 wie ..1 hubsch|huebsch|schon|schoen|sus|suess|sexy|heiss|geil|attraktiv|sue|hubsch|huebsch',
      'du bisch|bist ..2 mega|so|voll|sehr ..1 harzig|haerzig|herzig|hubsch|huebsch|schnuggelig',
    ],
    examples: {
      match: ['hat dir schon mal jemand gesagt wie hübsch du bist', 'du bisch mega härzig'],
      ignore: ['hat dir schon mal jemand gesagt wie spät es ist', 'das kätzchen ist so herzig'],
    },
  },
] satisfies PatternEntry[];
