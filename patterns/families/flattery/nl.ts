import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'you-are-beautiful',
    phrases: [
      'je|jij|ge|gij|you bent|ben|bn|zijt|zijde|zie ..3 @pretty',
      'wat ben|bent|zijt je|jij|ge ..2 @pretty',
      'wat @pretty ben|bent|zijt je|jij|ge',
      'je|jij|ge bent|ben|zijt ..2 de|het mooiste|knapste|liefste|leukste|perfectste',
      'ik vind je|jou [echt|zo|heel|super|erg|best|wel|gewoon|zooo] mooi|knap|prachtig|sexy|aantrekkelijk|beeldschoon|perfect',
      'plaatje|schoonheid|droom ben|bent|zijt je|jij|ge',
      'nooit ..3 mooi|mooie|knap|knappe|mooier|knapper|mooiere|knappere ..1 meisje|meid|jongen|gezicht|persoon|vrouw|meiden ..1 [gezien]',
      'je|jij|ge ziet|zie ..3 @pretty|goed|geweldig ..1 uit',
      '@pretty ..2 op|in je|jouw|uw ..1 profielfoto|pf|pfp|foto|fotos|video|videos|tiktoks|story|posts',
      'je|jij|jouw|uw hebt|hebt|heb ..3 mooi|mooie|prachtige|prachtig|knappe|lieve|sexy ..1 ogen|gezicht|lichaam|lijf|lach|glimlach|haar|lippen|body|figuur',
      'mooiste|knapste|liefste ..3 meisje|meid|jongen|persoon|wat_ik',
      'hoi|hee|heej|hallo|hai|hoii|heyy ..1 mooie|knappe|schoonheid|knapperd|prinses|lekker_ding|lekkerding|schatje|mooi|knappie|lieverd|schatteke|schatteken',
      'knapperd|schoonheid|prinsesje|lekkerding',
      'je|jij|ge bent|ben|zijt ..2 de ..1 enige ..2 die ..2 me|mij ..2 begrijpt|snapt|echt_kent|echt_begrijpt|echt_snapt|ziet_staan',
      'niemand ..3 begrijpt|snapt ..1 me|mij ..2 zoals|zo_als|als jij|jou|gij',
    ],
    unless: ['mam', 'mama', 'oma', 'schat_van_oma', 'bruiloft', 'optreden', 'diploma', 'uitslag', 'dank je ziet|zie', 'bedankt ziet|zie', 'mooi|knap|groot ..1 geworden', 'schoolfoto*', 'klassenfoto*'],
    weight: 1,
    examples: {
      match: ['je bent de enige die me echt begrijpt', 'niemand begrijpt me zoals jij', 'je bent echt mooi op je profielfoto', 'ge zijt echt knap voor 13', 'je ziet er zo mooi uit', 'wat ben je knap', 'je hebt zulke mooie ogen', 'hee knapperd'],
      ignore: ['wat ben je mooi geworden op je schoolfoto', 'jij bent de enige die het antwoord snapt', 'je zag er echt leuk uit vandaag', 'het weer is mooi', 'Dank je, ziet er goed uit!'],
    },
  },
  {
    id: 'mature-for-your-age',
    phrases: [
      'volwassen|volwassener|rijp|matuur|mature|slim|wijs ..3 voor je|jouw|uw leeftijd',
      'je|jij|ge lijkt|lijk|ziet ..3 ouder|volwassener|veel_ouder|18|wel_18',
      'anders dan ..3 [andere|de|die|alle] meiden|meisjes|jongens|kinderen|kids|leeftijdsgenoten|de_rest|anderen|de_anderen|de_meeste',
      'niet zoals ..3 [andere|de|die|alle] meiden|meisjes|jongens|kinderen|kids|leeftijdsgenoten',
      'jij|je bent|bent_zo ..3 volwassen|volwassener',
      'leeftijd ..2 maakt|zegt ..2 niet|niks|niets ..1 uit',
      'leeftijd is maar een getal',
    ],
    weight: 1,
    examples: {
      match: ['echt volwassen voor je leeftijd', 'je lijkt veel ouder', 'je bent echt anders dan andere meiden van je leeftijd', 'niet zoals die kinderen in je klas', 'leeftijd is maar een getal'],
      ignore: ['deze film is niet voor jouw leeftijd', 'je lijkt op je moeder', 'anders dan vorig jaar'],
    },
  },
  {
    id: 'only-i-understand-you',
    phrases: [
      'ik begrijp|snap|ken je|jou ..3 beter dan',
      'niemand begrijpt|snapt|kent ..2 je|jou ..2 zoals|als|beter',
      'ik ben|word ..2 verliefd op je|jou',
      'ik hou|houd ..2 van je|jou',
      'ik kan ..2 niet|nie ..2 zonder je|jou',
      'je bent|bent_zo ..2 speciaal|bijzonder ..2 voor mij|voor_me',
      'je|jij bent ..2 mijn ..1 alles|prinses|schatje|meisje|droomvrouw|droommeisje',
      'ik denk ..2 de_hele_tijd|steeds|altijd|alleen ..2 aan je|jou',
      'alleen ik ..2 begrijp|snap|ken je|jou',
    ],
    unless: ['mam', 'mama', 'pap', 'papa', 'oma', 'opa', 'liefs'],
    weight: 1,
    examples: {
      match: ['ik begrijp je echt beter dan je ouders', 'niemand begrijpt je zoals ik', 'ik ben verliefd op je', 'ik denk de hele tijd aan je', 'je bent mijn alles'],
      ignore: ['ik begrijp het huiswerk niet', 'ik hou van pizza', 'ik hou van je, liefs mama'],
    },
  },
  {
    id: 'better-than-your-peers',
    phrases: [
      'slimmer|volwassener|rijper|mooier|knapper|verder|anders|leuker ..2 dan|als ..3 jongens|meisjes|anderen|kinderen|leeftijdsgenoten|andere_meisjes|andere_jongens|de_rest ..3 van|op je|jouw|uw ..1 leeftijd',
      'anders|beter ..1 dan|als ..1 alle|de ..1 andere ..1 meisjes|meiden|jongens|kinderen',
    ],
    unless: ['toets*', 'cijfer*', 'wedstrijd', 'training', 'sport*', 'voetbal*', 'school', 'juf', 'meester', 'coach', 'trainer', 'mama|papa'],
    weight: 1,
    examples: {
      match: ['je bent veel slimmer dan jongens van je leeftijd', 'je bent echt anders dan alle andere meisjes'],
      ignore: ['je scoorde beter dan de andere jongens bij de toets', 'hij is langer dan jongens van zijn leeftijd'],
    },
  },
  {
    id: 'age-doesnt-matter-u6',
    phrases: [
      'ik|k ben eigenlijk|stiekem|in_het_echt|eigenlijk_al ..1 # ..1 [jaar]',
      'leeftijd ..3 maakt|boeit|doet ..2 niet|niks|geen|nie ..1 uit|toe|verschil|belangrijk',
      'leeftijd ..2 niet|nie ..1 belangrijk|boeiend|uitmaken',
      'je|jij bent|ben ..2 [echt|zo|heel|super|best|wel] goed|getalenteerd|talentvol ..1 in|met|bij ..1 fortnite|roblox|minecraft|valorant|fifa|fc|cod|gta|apex|overwatch|brawl|gamen|zingen|dansen|tiktok|edits|edits_maken',
      'je|jij bent|ben|lijkt ..2 [echt|zo|heel|super|best|wel] leuk|lief|schatje|een_schatje ..2 [voor_mij|om_mee_te_praten|om_te_zien]',
    ],
    unless: ['bezig', 'geweest', 'gedaan', 'helpt', 'help', 'geholpen', 'bedankt', 'dankje*', 'dankjewel', 'dank', 'haha*', 'lol', 'oma', 'opa', 'mama', 'papa', 'zus*', 'broer*', 'hond', 'kat', 'puppy', 'baby', 'school', 'klas', 'cadeau*', 'spel', 'game', 'film', 'ligt_aan_mij', 'sorry', 'uitmaken', 'stoppen'],
    weight: 1,
    examples: {
      match: ['zeg het niet tegen je ouders maar ik ben eigenlijk 24', 'ik ben 17 maar ik vind leeftijd niet belangrijk', 'leeftijd maakt toch niet uit', 'hey je bent leuk', 'yo je bent echt goed in fortnite'],
      ignore: ['je bent leuk bezig met je huiswerk', 'leeftijd maakt niet uit voor de cursus, zei oma'],
    },
  },
  {
    id: 'not-like-your-age-e8',
    phrases: [
      'meiden|meisjes|jongens|kinderen|kids|mensen ..1 van ..1 jouw|je|uw ..1 leeftijd ..4 niet|nooit|nie ..2 zo',
      '@you ..2 bent|lijkt|zijt ..2 niet|nie ..1 zoals|als ..2 andere ..1 meiden|meisjes|jongens|kinderen',
    ],
    unless: ['mama|papa|mam|pap|oma|opa|juf|meester|trainer|coach', 'haha*', 'lol', 'gemeen', 'irritant', 'lui'],
    examples: {
      match: ['meiden van jouw leeftijd zijn niet zo slim als jij', 'jij bent niet zoals andere meisjes van jouw leeftijd'],
      ignore: ['kinderen van jouw leeftijd zijn niet zo lui hoor, zegt de juf'],
    },
  },
  {
    id: 'you-are-a-cutie-e8',
    phrases: [
      '@you ..1 bent|zijt|ben|bn ..2 [echt|zo|wel|me|toch] ..1 een ..1 schatje|lekker_ding|plaatje|stuk|lekkertje|babe|prinses|prinsesje|godin|droom',
    ],
    unless: ['mama|papa|mam|pap|oma|opa|tante|oom', 'haha*', 'lol', 'stuk_chagrijn|stuk_ellende|stuk_vreten|stuk_onbenul|stuk_verdriet|stuk_chaos', 'taart', 'hond', 'kat', 'poes', 'konijn', 'baby'],
    examples: {
      match: ['ge zijt echt een schatje', 'jij bent echt een lekker ding'],
      ignore: ['jij bent echt een stuk chagrijn vandaag', 'je bent een schatje, zegt oma'],
    },
  },
  {
    id: 'mature-for-number-r10',
    phrases: [
      'volwassen|volwassener|matuur|rijp ..2 voor|als ..1 [een] # [jaar|jarige]',
    ],
    unless: ['haha*', 'lol'],
    examples: {
      match: ['ik vind je echt volwassen voor 13', 'je bent zo matuur voor een 14 jarige'],
      ignore: ['de film is voor 16 jaar', 'volwassen kaartje kost 12 euro'],
    },
  },
  {
    id: 'only-one-i-trust-voice-r15',
    phrases: [
      "jij|je|ge bent ..2 de|echt_de enige ..3 die|wie ..4 vertrouw|begrijpt|snapt|echt_ken|nodig_heb",
      "je|jouw|uw stem|stemmetje ..3 klinkt|is ..2 schattig|lief|mooi|sexy|hot|geil|zacht|cute",
    ],
    unless: ["zangles", "koor", "musical", "auditie", "optreden", "liedje", "cover", "concert", "mama", "papa", "oma", "opa"],
    examples: {
      match: ["jij bent echt de enige die ik hier vertrouw", "je stem klinkt echt schattig trouwens", "jij bent de enige die mij begrijpt"],
      ignore: ["je stem klinkt mooi in dat liedje, goed optreden", "jij bent de enige die ik vertrouw met de sleutels, zegt papa"],
    },
  },
  {
    id: 'smarter-than-the-rest-r15',
    phrases: [
      "je|jij|ge bent|bt ..2 slimmer|volwassener|rijper|wijzer|matuurder|verder ..2 dan ..3 meeste|andere|anderen|18|ouderen|leeftijdsgenoten|meiden|jongens|mensen|volwassenen|je_leeftijd|jouw_leeftijd",
    ],
    unless: ["toets*", "cijfer*", "rapport", "proefwerk", "examen", "klas", "school", "les", "leraar", "juf", "meester", "mentor", "spreekbeurt", "broer*", "zus*", "schaak*", "sarcas*", "haha*", "lol", "xd"],
    examples: {
      match: ["oh jong nog maar je bent slimmer dan de 18+ers hier", "je bent veel volwassener dan de meeste meiden van jouw leeftijd", "jij bent echt rijper dan je leeftijdsgenoten"],
      ignore: ["je bent slimmer dan de meeste van je klas, dat zie je aan je cijfer", "jij bent verder dan de anderen met het proefwerk"],
    },
  },
  {
    id: 'perfect-body-rare-for-age-r16',
    phrases: [
      'perfect|perfecte|mooi|mooie|prachtig|prachtige|strak|strakke ..1 lichaam|lijf|figuur|body|lichaampje',
      'zeldzaam|uniek|bijzonder ..3 op|voor je|jouw|uw leeftijd',
      'bent|zijt ..3 groot|volwassen ..1 geworden',
      'de|het mooiste|knapste|leukste|liefste ..4 van|uit|in de|je|jouw ..1 klas|school|groep|team|club|stad',
      'unieke|bijzondere ..1 look|uitstraling|gezicht|koppie',
      'zo_n|zo_een gezicht ..2 zie je ..1 weinig|zelden|nooit',
      'jij|ge bent|zijt ..1 de ..1 eerste|enige ..3 die ..1 me|mij ..1 echt|wel ..1 snapt|begrijpt|kent',
      'je|ge zit|zat ..1 echt|zo ..1 mooi ..2 op ..1 een|het|je paard',
    ],
    unless: ['foto_van_de_klas', 'klassenfoto', 'project', 'werkstuk', 'tekening', 'taart', 'auto', 'huis', 'paard_is', 'jurk', 'oma', 'opa', 'tante', 'oom', 'baby', 'puppy', 'hond', 'kat', 'boom', 'plant'],
    examples: {
      match: ['je hebt echt een perfect lichaam voor klassiek ballet', 'heel zeldzaam op jouw leeftijd', 'jouw schoolfoto was echt de mooiste van de klas', 'je hebt echt een unieke look', 'jij bent de eerste die me echt snapt', 'je zit echt mooi op een paard', 'je bent best wel groot geworden zeg'],
      ignore: ['dit is het mooiste werkstuk van de klas', 'wat ben je groot geworden zeg, zei oma', 'de mooiste tekening van de groep'],
    },
  },
  {
    id: 'pretty-in-your-pics-r18',
    phrases: [
      'jij|je|ge ..3 @pretty op ..1 [de|je|jouw] foto|fotos|foto_s|pics|pic|profielfoto|pfp|plaatjes',
      'goed|sterk|slim|knap|mooi|talent* ..2 voor je|jouw|uw leeftijd',
      'je|jij|ge hebt|hebt_echt|heb ..2 echt|zoveel|veel|zo_veel|enorm ..1 talent|potentie|uitstraling',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'bruiloft', 'diploma*', 'klassenfoto', 'schoolfoto', 'oma', 'opa', 'mama', 'papa', 'hond', 'kat', 'baby', 'cijfer*', 'toets*', 'rapport*'],
    examples: {
      match: ['Jouw Nederlands is zo mooi, en jij ook heel mooi op foto', 'je bent echt goed voor je leeftijd', 'yo ik ben scout voor een academy in de VS, je hebt echt potentie'],
      ignore: ['oma, je staat zo mooi op de foto van de bruiloft', 'wat een cijfer, goed voor je leeftijd hoor'],
    },
  },
  {
    id: 'you-sound-cute-r19',
    phrases: [
      'je|jij|ge klinkt|klinkt_echt ..2 @pretty|lief|schattig|cute|leuk|sexy|hot',
      'je|jouw|uw stem ..2 is|klinkt ..2 @pretty|lief|schattig|cute|sexy|hot',
    ],
    unless: ['haha*', 'lol', 'ziek', 'verkouden', 'moe', 'boos', 'hees', 'zingen|zong|zing', 'koor', 'musical', 'auditie', 'mama', 'papa', 'oma', 'opa'],
    examples: {
      match: ['yo je klinkt echt cute in de voice chat 🥺', 'je stem is zo sexy'],
      ignore: ['je klinkt echt ziek, beterschap', 'je stem klinkt mooi als je zingt in het koor'],
    },
  },
  {
    id: 'i-treat-you-better-r21',
    phrases: [
      'ik|k behandel ..2 je|jou ..1 beter|veel_beter|zoveel_beter|beter_dan',
      'vergeet ..2 die|de|al_die ..1 jongens|meisjes|gasten|sukkels ..4 ik|k ..1 ben|behandel|snap|begrijp',
    ],
    unless: ['haha*', 'lol', 'xd', 'mama', 'papa', 'oma', 'opa', 'kat', 'hond', 'plant*'],
    examples: {
      match: ['vergeet die jongens van je klas, ik behandel je beter', 'ik behandel jou veel beter dan hij'],
      ignore: ['ik behandel je kat beter dan jij haha'],
    },
  },
  {
    id: 'better-than-the-rest-r23',
    phrases: [
      'you are ..1 [very|so|really|heel|erg|zo|echt|super] mooi|knap|prachtig|beeldschoon|schattig',
      'je|jij bent ..6 meeste|andere kids|kinderen|meiden|jongens|leeftijdsgenoten ..2 zijn ..2 irritant|kinderachtig|dom|saai|stom|onvolwassen',
      'volwassener|slimmer|rijper|wijzer|matuurder ..1 dan ..1 de_rest|anderen|de_anderen|leeftijdsgenoten|je_leeftijdsgenoten|de_meeste',
    ],
    unless: ['werkstuk', 'cijfer*', 'rapport', 'juf', 'meester', 'mentor', 'haha*', 'lol', 'proefwerk', 'toets', 'examen', 'goed_gedaan', 'groep', 'klas', 'team'],
    examples: {
      match: ['then you are very mooi 😍', 'je bent echt chill om mee te hangen, meeste kids zijn zo irritant', 'zie je, veel volwassener dan de rest 😊'],
      ignore: ['je werkstuk was volwassener dan de rest, zei de juf', 'he is volwassener dan de rest van de klas lol'],
    },
  },
  {
    id: 'adopted-in-vr-r23',
    phrases: [
      'ik|k adopteer je|jou',
      'je|jij bent ..2 [nu] [officieel] mijn ..1 vr|virtuele|online|internet|kleine ..1 dochter*|zusje|zoon*|broertje|meisje|prinses',
    ],
    unless: ['kat', 'hond', 'huisdier', 'pet', 'tamagotchi', 'sims'],
    examples: {
      match: ['ik adopteer je gwn, jij bent nu mijn kleine zusje in vr', 'jij bent nu officieel mijn vr dochter haha, papa zorgt voor je'],
      ignore: ['ik adopteer je kat als je op vakantie gaat'],
    },
  },
  {
    id: 'pretty-for-a-girl-of-age-r26',
    phrases: [
      'voor een|n|ne meid|meisje|meidje|jongen|gast|kind ..1 van ..1 # ..3 ben|zie @you ..2 @pretty',
    ],
    examples: {
      match: ['voor een meid van 14 ben je echt knap'],
      ignore: ['voor een wedstrijd van 14 minuten ben je echt goed'],
    },
  },
  {
    id: 'pity-you-are-so-young-r26',
    phrases: [
      'jammer|zonde|helaas ..2 dat @you ..2 nog ..1 zo ..1 jong|klein|jonk',
    ],
    unless: ['rijbewijs', 'stemmen', 'festival', 'film', 'bioscoop', '16_plus', '18_plus', 'kermis', 'attractie'],
    weight: 2,
    examples: {
      match: ['je bent echt mijn type, jammer dat je nog zo jong bent'],
      ignore: ['jammer dat je nog zo jong bent voor die film, die is 16 plus'],
    },
  },
  {
    id: 'you-are-my-favourite-r27',
    phrases: [
      '@you bent|ben|zijt|blijft ..3 mijn|mn|m_n ..1 favoriet|favoriete|favo|fav|lieveling|lievelingsspeler|lievelingsleerling|lievelingsleerlinge|oogappel|uitverkorene|nummer_1|nummer_een ..1 [speler|speelster|leerling|leerlinge|van_het_team|van_de_klas|van_de_groep|van_allemaal]',
      'ben|bent|zijt @you ..2 mijn|mn|m_n ..1 favoriet|favoriete|favo|fav|lieveling|lievelingsspeler|lievelingsleerling|lievelingsleerlinge|oogappel|uitverkorene',
    ],
    unless: ['liedje*', 'nummer_van', 'serie', 'film', 'artiest', 'zanger*', 'band', 'eten', 'pizza', 'mama|papa|oma|opa|mam|pap|tante|oom', 'haha*', 'lol', 'xd', 'bff', 'beste_vriend*', 'schat|schatje|lief|liefje|babe'],
    examples: {
      match: ['weet je, eigenlijk ben jij mijn favoriet van de hele groep', 'jij bent echt mijn lievelingsspeler', 'je bent mijn favoriete leerling'],
      ignore: ['jij bent mijn favoriete persoon haha bff', 'dit liedje is mijn favoriet', 'jij bent mijn lieveling, kusjes van oma'],
    },
  },

  {
    id: 'only-one-i-can-talk-to-r28',
    phrases: [
      'je|jij bent|bn ..1 de ..1 enige ..4 met_wie|bij_wie|die ..4 ik ..2 echt|zo|gewoon ..2 kan|kan_praten|praten|mezelf_zijn|begrijp*',
      'niemand ..2 begrijpt ..1 me|mij ..2 zoals|zo_goed_als ..1 jij|jou',
    ],
    unless: ['vriendin', 'vriend', 'bestie', 'bff', 'beste_vriend*', 'beste_vriendin*', 'haha*', 'lol', 'xd', 'mama', 'papa', 'oma', 'opa', 'zus*', 'broer*'],
    examples: {
      match: ['je bent de enige met wie ik echt kan praten weet je dat', 'niemand begrijpt me zoals jij'],
      ignore: ['je bent de enige met wie ik echt kan praten, echt een goede vriendin', 'je bent de enige met wie ik kan praten over wiskunde haha', 'niemand begrijpt me zoals jij, oma'],
    },
  },
  {
    id: 'you-have-the-model-look-n29',
    phrases: [
      '@you hebt|heb|hebt ..3 modellengezicht|modelgezicht|modellenlichaam|modellenfiguur|modellenlook|modellook|modelfiguur',
      '@you hebt|heb ..3 de|echt ..2 look|uitstraling|gezicht ..2 voor ..1 een|de ..1 campagne|model|fotomodel|fotoshoot|shoot|cover|reclame|catwalk',
      '@you zou|kan|kunt ..3 echt|makkelijk|zo ..2 model|fotomodel ..1 zijn|worden',
    ],
    unless: ['mam', 'mama', 'oma', 'opa', 'tante', 'oom', 'toneel*', 'musical', 'rol', 'auditie', 'kostuum', 'carnaval', 'halloween', 'verkleed*'],
    weight: 1,
    examples: {
      match: ['je hebt echt een modellengezicht', 'jij hebt echt de look voor een campagne', 'je zou zo model kunnen worden met dat gezicht'],
      ignore: ['je hebt echt de look voor die rol in de musical', 'wil je model zijn voor mijn tekening van de les?', 'oma zegt je hebt een modellengezicht haha'],
    },
  },
  {
    id: 'i-am-the-only-one-who-gets-you-n31',
    phrases: [
      'ik|k ben|bn ..2 [echt|wel|toch|gewoon] de|echt_de enige ..3 die|wie @you ..3 begrijpt|begrijp|snapt|snap|echt_kent|ziet|waardeert|accepteert|echt_ziet|kent|hoort|luistert',
      'niemand ..3 begrijpt|snapt|kent|ziet|waardeert @you ..3 zoals|zo_goed_als|beter_dan ..1 ik|mij|ikke',
    ],
    unless: ['mama', 'papa', 'oma', 'opa', 'juf', 'meester', 'mentor', 'vertrouwenspersoon', 'huiswerk', 'wiskunde', 'som*', 'uitleg', 'handschrift', 'grap*', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['ik ben echt de enige die je begrijpt', 'niemand snapt jou zoals ik', 'ik ben de enige die je echt kent'],
      ignore: ['ik ben de enige die je handschrift snapt haha', 'ik ben de enige die de som snapt', 'niemand begrijpt die uitleg zoals de juf'],
    },
  },
  {
    id: 'so-young-and-already-r36',
    phrases: [
      'zo jong en ..2 al|toch|nu_al zo|zo_goed|zo_mooi|zo_knap|zo_volwassen|zo_slim|zo_rijp',
      'knappe|mooie|lekkere|leuke|hete|sexy gast|jongen|meid|meis|chick|boy',
      'mijn|mn|m_n broer|neef|vriend|maat|zus|nicht ..2 vindt|vond @you ..2 [heel|echt|erg|super|zo|best] leuk|mooi|knap|lief|schattig|sexy|lekker',
    ],
    unless: ['trainer', 'coach', 'juf', 'meester', 'concert', 'voorstelling', 'wedstrijd', 'spreekbeurt', 'tekening', 'opa', 'oma', 'verkering', 'met_hem', 'met_haar', 'vraag_hem', 'vraag_haar', 'date*', 'haha*', 'lol', 'xd', 'hihi'],
    weight: 1,
    examples: {
      match: ['zo jong en al zo goed in fortnite', 'zo jong en toch zo volwassen', 'mooi joh, knappe meid', 'mijn broer vindt je echt heel leuk'],
      ignore: ['zo jong en al zo goed op de piano, zei de juf na het concert', 'mijn broer vindt je tekening heel leuk', 'mijn neef vindt je leuk, vraag hem eens mee uit haha'],
    },
  },
  {
    id: 'i-have-feelings-for-you-n37',
    phrases: [
      'ik|k voel ..3 wat|iets|meer|dingen voor je|jou|you|u',
      'ik|k heb ..2 gevoelens voor je|jou|you',
      'voel|voelde ik ..2 wat|iets|meer|dingen voor je|jou|you',
    ],
    unless: ['mama', 'papa', 'oma', 'opa', 'medeleven', 'sterkte', 'condoleance*', 'gecondoleerd', 'verdriet', 'film', 'serie', 'verhaal', 'boek'],
    weight: 1,
    examples: {
      match: ['eerlijk gezegd voel ik wat voor je', 'ik heb gevoelens voor jou gekregen'],
      ignore: ['ik voel me slecht vandaag', 'veel sterkte, ik voel mee met je verdriet'],
    },
  },
] satisfies PatternEntry[];
