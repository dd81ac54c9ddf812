import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dont-tell-anyone',
    phrases: [
      'zeg|vertel|zegt|vertelt|zeggen|vertellen ..4 niet|niks|niets|nie|ni|nooit ..2 [aan|tegen|over] [je|jouw|uw|your] @parents',
      'niet|niks|niets|nie|ni|nooit [aan|tegen] [je|jouw|uw|your] @parents ..2 zeggen|vertellen|verklappen|laten_weten',
      'zeg|vertel|zegt|vertelt|verklap ..3 [aan|tegen] niemand',
      'niemand ..2 mag|mogen|hoeft|hoeven|moet|moeten ..3 [dit|het|van] weten|horen|zien',
      'je|jouw|uw @parents ..3 mogen|mag|hoeven|hoeft|moeten|moet ..3 niet|niks|niets|nooit ..2 weten|horen|zien',
      'tegen niemand ..2 zeggen|vertellen',
      'secret ..2 niks|niets|niemand|nie|ni|niet ..1 [zeggen|vertellen]',
      'niemand ..2 zeggen|vertellen|verklappen|laten_zien|laten_weten',
      'praat|praten|praat_er ..2 met niemand|niemand_over',
      'met niemand ..2 over ..1 praten|hebben',
      'laat|hou|houd|houden|laten ..1 je|jouw|uw|jullie ..1 @parents ..4 buiten|erbuiten|erbuite',
      '@parents ..2 hoeven|hoeft|moeten|moet ..2 er ..2 niks|niets|niet ..2 van ..1 te ..1 weten|horen',
    ],
    unless: ['verrassen', 'verras', 'verrast', 'fotolijst*', 'lijstje', 'versloeg', 'verslagen', 'gewonnen', 'fifa', 'tegen|aan mijn|mn|onze|ons', 'dat ik|k ..4 gebroken|kapot*|gesloopt|kwijt*|verloren|gemorst|opgegeten|gespijbeld|gezakt|gepakt|geleend', 'verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'taart', 'spoiler*', 'spoilen', 'afloop', 'einde', 'toets*', 'antwoord*', 'ik|k ben ..2 verliefd', 'ik|k vind ..1 hem|haar ..2 leuk', 'mijn|mn crush', 'we|wij verstoppen', 'verstoppen_we', 'prank*', 'streek', 'geintje'],
    examples: {
      match: ['zeg niks tegen je ouders over mij oke', 'vertel het nog niet aan je ouders', 'maar niks tegen je vriendinnen zeggen he', 'niemand hoeft het te weten', 'vertel het aan niemand', 'je moeder mag dit echt niet weten', 'laat je ouders er nog even buiten', 'hou je moeder er maar buiten', 'je ouders hoeven er niks van te weten'],
      ignore: ["zeg niks tegen oma, ik wil haar verrassen met een lijstje", 'niet tegen mama zeggen dat ik de vaas heb gebroken', 'zeg niks tegen sanne, het is een verrassingsfeest', 'vertel niemand het einde van de film', 'zeg niks tegen je moeder over het cadeau', 'zeg niks tegen niemand maar ik ben echt verliefd op daan uit 3b', 'niks tegen mama zeggen he, we verstoppen zijn controller in de wasmand', 'laat je ouders er maar buiten met dat cadeau', 'hou je moeder erbuiten, het is een verrassing'],
    },
  },
  {
    id: 'our-secret',
    phrases: [
      'dit|het|alles|dat blijft ..3 tussen|onder ons|jou_en_mij|ons_tweeen|ons_2',
      'tussen|onder ons|ons_tweeen [houden|blijven]',
      'ons|onze [kleine|eigen] geheim|geheimpje',
      'geheimpje',
      'ken|kent|kende je|jij|ge me|mij ..1 niet|nie|ni',
      'als iemand ..3 vraagt ..4 niet|niks|nooit|niemand',
      'hou|houd|houden ..3 geheim|stil|voor_jezelf|voor_je_zelf|onder_ons',
      'niet|nie ..1 aan_iemand|aan_niemand laten_zien|vertellen',
      'niemand ..1 anders ..2 ziet|krijgt|weet|hoort|leest|komt_het_te_weten',
      'niemand ..1 ziet|ziet_het|weet_het|komt_het_te_weten ..1 [het|ooit|er|van]',
    ],
    unless: ['verschil', 'puist*', 'vlek*', 'niet_eens', 'haar', 'kapsel', 'verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'taart', 'spoiler*', 'spoilen', 'recept', 'toets*', 'antwoord*', 'klas', 'santa', 'sinterklaas', 'lootjes', 'secret_santa', 'in_gevaar', 'onveilig', 'vertrouwenspersoon', 'zorgcoordinator', 'nog niemand ..1 weet|weet_het|weet_ervan', 'verkering', 'zwanger*'],
    examples: {
      match: ['niemand anders ziet het', 'kom op, niemand ziet het', 'dit blijft tussen ons', 'dit is ons geheimpje ok?', 'hou het voor jezelf', 'het is ons geheim', 'alles blijft onder ons he'],
      ignore: ['niemand ziet het verschil', 'het is geheim voor de rest van de klas, het feest', 'het recept is geheim', 'wie heeft jou getrokken voor secret santa', 'wat je zegt blijft tussen ons, tenzij je in gevaar bent', 'sssst nog niemand weet het, we hebben pas sinds gisteren verkering'],
    },
  },
  {
    id: 'delete-the-chat',
    phrases: [
      'verwijder|verwijderen|verwijdert|wis|wissen|delete|deleten|del ..3 [onze|ons|deze|de|dit|die|al|alle|mijn|mn|je] chat|chats|gesprek|gesprekken|berichten|berichtjes|appjes|dms|geschiedenis|conversatie|gesprekje|alles',
      'verwijder|verwijderen|wis|wissen|delete|deleten ..3 [mijn|mn|m|dit] nummer|contact|account|snap|naam',
      'verdwijnende|tijdelijke ..1 berichten|chat|modus',
      'zet|doe ..3 op|aan verdwijn*|verdwijnende|tijdelijk',
      'zorg ..3 dat ..3 niemand|je_ouders|je_moeder|je_vader ..2 ziet|ziet_dat|kan_zien|leest|vindt',
      'checken|checkt|lezen|leest|controleren|controleert|kijken|kijkt je|jouw @parents ..3 je|jouw telefoon|mobiel|gsm|berichten|chats',
      'je|jouw @parents ..2 checken|checkt|lezen|leest|controleren|controleert|kijken|kijkt ..2 [in|mee|op] je|jouw telefoon|mobiel|gsm|berichten|chats',
    ],
    unless: ['groepsapp', 'groep*', 'klas*', 'ruimte', 'opslag', 'geheugen', 'vol', 'per_ongeluk', 'spam', 'blokkeer*', 'blokken', 'block', 'rare', 'eng', 'enge', 'rapporteer*', 'melden', 'gast', 'hij', 'zijn', 'ik|k verwijder|wis|delete', 'verwijder|wis|delete ik', 'cringe', 'genant', 'awkward', 'ich', 'dass', 'wissen_ob', 'wissen_wo', 'wissen_wann'],
    examples: {
      match: ['verwijder onze chat straks ff', 'en verwijder deze chat', 'wis al je berichten', 'delete mijn nummer na dit gesprek', 'checken je ouders je telefoon?'],
      ignore: ['delete die chat voor iemand het ziet, zo cringe wat we gisteren stuurden', 'verwijder die groepsapp niet per ongeluk lol', 'ik moet berichten wissen mijn opslag is vol', 'verwijder die foto aub', 'ok aber schick mir bitte n foto von wo ihr seid, ich will nur wissen dass alles gut is'],
    },
  },
  {
    id: 'lie-to-parents',
    phrases: [
      'zeg|vertel|zegt|vertelt ..4 [tegen|aan] [je|jouw|uw] @parents ..2 dat je|jij|ge ..4 bij|naar|met ..1 een ..1 vriendin|vriend|vriendinnetje|vriendje|klasgenoot|klasgenote|maatje',
      'zeg|vertel ..2 [gewoon|maar|dan] dat je|jij|ge ..3 bij|naar ..1 een ..1 vriendin|vriend|vriendinnetje|vriendje ..1 bent|slaapt|blijft|logeert|gaat|zit',
      'verzin|bedenk|verzint|bedenkt ..3 smoes|smoesje|excuus|excuusje|verhaal|verhaaltje|leugen ..3 voor|tegen|aan je|jouw|uw @parents',
      'lieg|liegt|liegen ..3 [tegen] [je|jouw|uw] @parents',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'taart', 'niet_liegen', 'nooit_liegen', 'mag_niet_liegen'],
    examples: {
      match: ['zeg maar tegen je ma dat je bij een vriendin bent', 'zeg gewoon dat je bij een vriend slaapt', 'verzin een smoesje voor je ouders', 'lieg maar tegen je moeder'],
      ignore: ['zeg tegen je moeder dat je bij mij blijft eten', 'vertel je ouders dat je bij ons logeert', 'je mag niet liegen tegen je ouders'],
    },
  },
  {
    id: 'avoid-monitoring',
    phrases: [
      'hier|daar|ze|zij|ouders|moderators|mods|admins ..3 lezen|kijken|leest|kijkt ..2 mee',
      'wordt|worden ..3 gecontroleerd|meegelezen|gemonitord|gemodereerd|gescand|gecheckt|bijgehouden|afgeluisterd',
      'niemand ..3 meelezen|meekijken|meelezen_hier',
    ],
    unless: ['mijn|mn|m ..1 moeder|vader|ouders|ma|pa|mama|papa|broer*|zus*', 'docent*', 'juf', 'meester', 'leraar', 'groep*', 'klas*', 'school*', 'werk', 'baas', 'regels', 'server', 'rapport', 'toets*', 'huiswerk', 'bagage', 'koffer', 'paspoort', 'kaartje*', 'tickets', 'wedstrijd', 'film', 'serie', 'livestream', 'stream'],
    weight: 1.5,
    examples: {
      match: ['kom op whatsapp, hier lezen ze mee', 'hier wordt alles gecontroleerd', 'daar kan niemand meelezen'],
      ignore: ['ga naar whatsapp, mijn moeder leest hier mee', 'de docent leest mee in de groep', 'je bagage wordt gecontroleerd op schiphol'],
    },
  },
  {
    id: 'make-sure-alone',
    phrases: [
      'zorg|zorgt ..2 dat je|jij|ge ..2 alleen ..1 bent|bent_thuis|thuis_bent|op_je_kamer_bent|zit',
      'zorg|zorgt ..2 dat ..2 niemand ..2 thuis|in_de_buurt|meekijkt|meeluistert|binnenkomt|je_kamer_binnenkomt',
      'doe ..2 je|jouw ..1 deur ..1 op_slot|dicht ..3 zodat|dat niemand',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'examen', 'toets*', 'stil*', 'concentr*', 'huiswerk', 'leren', 'studeren', 'lawaai', 'herrie', 'hond', 'kat', 'brand', 'inbrekers', 'veilig_thuis'],
    examples: {
      match: ['ja en zorg dat je alleen bent, niemand mag het weten', 'zorg dat niemand thuis is', 'doe je deur op slot zodat niemand binnenkomt'],
      ignore: ['zorg dat je alleen bent tijdens het leren voor je examen', 'zorg dat niemand de verrassing verklapt'],
    },
  },
  {
    id: 'come-alone-u6',
    phrases: [
      'kom|komt|komen ..5 alleen',
      'alleen komen|komt|kom ..1 [he|hoor|ok|oke|okay|dus|wel|graag]',
      'neem ..2 niemand|geen_vrienden|geen_vriendin|geen_vriendinnen ..1 mee',
      'zonder je|jouw @parents ..2 komen|kom|komt',
      'kom|komt ..2 zonder je|jouw @parents',
      'vertel ..3 niet|niemand ..3 waar ..2 je|jij ..2 heen ..1 gaat|bent',
    ],
    unless: ['kan|kun|kunt|mag|mocht|mogen ..3 alleen', 'kom|komt|komen je|jij|jullie|ze|hij|zij', 'alleen_of|of_alleen|of_met', 'alleen maar', 'niet alleen', 'nooit alleen', 'alleen_als|alleen_wanneer|alleen_op|alleen_om|alleen_met', 'ziek', 'anderen', 'rest', 'tijd', 'huiswerk', 'leren', 'training', 'wedstrijd', 'school', 'verrassing*', 'feest*', 'verjaardag*'],
    weight: 2,
    examples: {
      match: ['alleen komen he', 'kom alleen', 'kom vanavond naar het park, alleen', 'neem niemand mee', 'kom zonder je vriendinnen'],
      ignore: ['ik kan alleen komen op zaterdag', 'kom je alleen of met je vriend?', 'ik wil niet alleen komen'],
    },
  },
  {
    id: 'parents-wont-understand-u6',
    phrases: [
      'je|jouw|uw @parents ..3 zouden|zullen|snappen|begrijpen|snapt|begrijpt ..3 het|dit|ons|dat|jou|je ..2 toch|nooit|niet ..1 [niet] ..1 [begrijpen|snappen]',
      'je|jouw|uw @parents ..2 hoeven|moeten ..2 niet ..2 alles ..1 te ..1 weten',
      'wat|dit|dat ..2 wij|we ..2 hebben|doen ..2 is|gaat ..2 niemand|niemands ..2 zaak|aan|iets_aan',
    ],
    unless: ['huiswerk', 'toets*', 'cijfer*', 'rapport*', 'school', 'game|games|spel|muziek|kleding|kapsel|tattoo|piercing|haar', 'haha*', 'lol', 'verrassing*', 'cadeau*', 'feest*', 'verjaardag*', 'mijn|mn|onze|ons @parents'],
    weight: 1.5,
    examples: {
      match: ['je ouders zouden het toch niet begrijpen', 'die snappen het toch niet, je ouders snappen ons niet', 'je ouders hoeven niet alles te weten', 'wat wij hebben is niemands zaak'],
      ignore: ['je ouders begrijpen het toch niet van die game haha', 'mijn ouders snappen het niet'],
    },
  },
  {
    id: 'without-anyone-knowing-u6',
    phrases: [
      'zonder dat ..1 iemand|niemand|je_ouders|je_moeder|je_vader|je_ma|je_pa|je_vriendinnen|je_vrienden ..3 het|er|dit|iets|wat ..2 weet|weten|merkt|merken|ziet|zien|doorheeft|hoort|horen|van_weet|vanaf_weet|achter_komt|erachter_komt',
      'stiekem ..3 afspreken|ontmoeten|zien|praten|chatten|bellen|facetimen',
      'niet|niks|nie|nooit ..3 zeggen|vertellen|verklappen ..1 dat we|wij ..2 praten|chatten|appen|contact|bellen|afspreken|elkaar',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'taart', 'spoiler*', 'sinterklaas', 'lootjes', 'secret_santa', 'huiswerk', 'toets*'],
    weight: 2,
    examples: {
      match: ['ik wil je echt ontmoeten, zonder dat iemand het weet', 'we kunnen stiekem afspreken', 'ik ben een vriend van je vader, niet tegen hem zeggen dat we praten', 'zonder dat je ouders er iets van weten'],
      ignore: ['we regelen het feest zonder dat zij het merkt', 'ik heb het cadeau gekocht zonder dat iemand het weet'],
    },
  },
  {
    id: 'dont-tell-them-e8',
    phrases: [
      'niks|niets|niet|nie|ni ..2 tegen|aan ze|hun|hen|haar|hem ..1 zeggen|vertellen|verklappen',
      'als|zodra @you ..2 iemand|het_iemand|dit_iemand|ook_maar_iemand ..2 iets|het|dit|er_iets|wat ..1 vertelt|zegt|vertelde|verteld',
      'laat|laten ..1 je|jouw|uw ..2 @parents ..3 niet|nie|nooit ..1 meelezen|meekijken|lezen|zien|meekijkt|meeleest',
      'niemand ..2 laten ..1 meelezen|meekijken',
      'ongestoord|ongezien|zonder_pottenkijkers|zonder_meelezers ..2 praten|chatten|kletsen|bellen|appen|afspreken',
      'berichten|chats|berichtjes|alles|gesprekken ..2 verdwijnen|verdwijnt ..2 vanzelf|automatisch|meteen|direct',
      'verdwijnen|verdwijnt ..2 [de|alle|je|onze] berichten|chats|berichtjes|gesprekken|fotos ..2 vanzelf|automatisch|meteen|direct',
    ],
    unless: ['dat ik|k ..3 doorstuurde|doorgestuurd|doorstuur|zei|vertelde|verteld|gezegd', 'tegen|aan mijn|mn|onze|ons', 'dat ik|k ..4 gebroken|kapot*|gesloopt|kwijt*|verloren|gemorst|opgegeten|gespijbeld|gezakt|gepakt|geleend', 'verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'taart', 'spoiler*', 'spoilen', 'afloop', 'einde', 'toets*', 'antwoord*', 'film', 'serie', 'horror', 'eng', 'enge', 'opslag', 'geheugen', 'instellingen', 'haha*', 'lol'],
    examples: {
      match: ['kan ik voor die tijd langskomen? niks tegen ze zeggen', 'Als je iemand iets vertelt kom ik langs', 'laat je oudere zus niet meelezen ok', 'daar verdwijnen berichten vanzelf', 'heb je whatsapp? dan kunnen we ongestoord praten'],
      ignore: ['niet tegen hem zeggen dat ik het doorstuurde', 'niks tegen haar zeggen he, het is een verrassing', 'laat je broertje niet meekijken, het is een enge film', 'niks tegen hem zeggen dat ik zijn oplader heb geleend'],
    },
  },
  {
    id: 'they-need-not-know-r10',
    phrases: [
      'hoeft|hoeven|moet|moeten ..3 niet|nie|ni ..1 te weten ..2 dat we|wij ..3 praten|chatten|appen|snappen|bellen|contact|afspreken|elkaar|spreken|kletsen',
      'dat|dit|dit_gesprek|ons_contact hoeft|hoeven ..3 [je|jouw|de|die] @parents|anderen|niemand|rest|team|ouders|andere ..2 niet|nie|ni ..1 te weten',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'taart', 'spoiler*', 'secret_santa', 'lootjes', 'sinterklaas', 'haha*', 'lol', 'cijfer*', 'toets*'],
    examples: {
      match: ['mark hoeft niet te weten dat we praten ok', 'Ik wil je extra begeleiden, maar dat hoeven de anderen niet te weten', 'je ouders hoeven niet te weten dat we chatten'],
      ignore: ['dat hoeft lisa niet te weten, het is een verrassing', 'de anderen hoeven niet te weten wat je cijfer is', 'hij hoeft niet te weten dat we een cadeau kopen'],
    },
  },
  {
    id: 'nobody-needs-to-know-r11',
    phrases: [
      'hoeft|hoeven|mag|mogen niemand ..3 [het|dit|er|van] ..1 [te] weten|horen|zien|merken',
      'niemand ..1 die|dat ..1 het ..1 hoeft|hoeven ..1 te ..1 weten',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest', 'verrassing*', 'cadeau*', 'kado*', 'surprise', 'haha*', 'lol', 'xd', 'grapje', 'speelde', 'spelen', 'cijfer*', 'toets*', 'rapport*', 'verjaardag*', 'sinterklaas', 'secret_santa', 'lootjes', 'spoiler*', 'einde'],
    examples: {
      match: ['zullen we ergens koffie drinken dit weekend? ik kan je met de auto ophalen, hoeft niemand te weten', 'het mag niemand weten ok', 'dit hoeft niemand te zien'],
      ignore: ['hoeft niemand te weten van het feest, het is een verrassing', 'hoeft niemand te weten dat ik zo slecht speelde haha', 'mag niemand weten wat je voor cadeau krijgt'],
    },
  },
  {
    id: 'say-its-a-friend-r11',
    phrases: [
      'als @your @audience|iemand ..3 vraagt|vragen ..6 zeg|zegt @you ..2 [gewoon|maar|dan] ..1 [dat] ..2 vriendin|vriend|klasgenoot|klasgenote|niemand|niks|nichtje|neef|nicht',
      'onze|ons ..1 geheime|geheim ..1 chat|chatje|gesprek|gesprekje|account|groep|relatie|vriendschap|plekje',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest', 'verrassing*', 'cadeau*', 'surprise', 'verjaardag*', 'sinterklaas', 'secret_santa', 'lootjes', 'haha*', 'lol', 'xd', 'hut', 'club', 'clubje', 'code', 'wachtwoord', 'recept', 'team', 'klas', 'project'],
    examples: {
      match: ['als je moeder vraagt met wie je praat zeg je gewoon een vriendin', 'dit is onze geheime chat'],
      ignore: ['onze geheime groep voor het feest van sanne', 'als je moeder vraagt wat je wil zeg je gewoon niks, het is een verrassing'],
    },
  },
  {
    id: 'so-your-mum-doesnt-see-r11',
    phrases: [
      'zodat|zo_dat ..1 @your @audience ..3 niet|nie|niks ..2 ziet|zien|leest|lezen|vindt|vinden|weet|weten|merkt|merken',
      'sla|zet ..3 onder ..1 een ..1 andere|nep|meisjes ..1 naam',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'verrassing*', 'cadeau*', 'surprise', 'feest', 'verjaardag*', 'sinterklaas', 'kerst*', 'cijfer*', 'rapport*', 'haha*', 'lol'],
    examples: {
      match: ['wis onze chats en blokkeer me even zodat je moeder het niet ziet', 'sla mijn nummer op onder een andere naam'],
      ignore: ['verstop het cadeau zodat je moeder het niet ziet'],
    },
  },
  {
    id: 'flemish-throw-chat-away-r11',
    phrases: [
      'smijt|gooi ..2 die|de|deze|onze|ons ..1 chat|chats|gesprek|gesprekken|berichten|berichtjes|dms ..1 weg',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'groepsapp', 'klassenapp', 'spam', 'reclame', 'oude', 'vol', 'opslag', 'geheugen'],
    examples: {
      match: ['smijt die chat weg'],
      ignore: ['gooi die oude berichten weg, je geheugen is vol'],
    },
  },
  {
    id: 'tell-mum-nothing-between-us-r11',
    phrases: [
      'vertel|zeg ..1 @your @audience ..2 [maar|gewoon|niet] niks|niets ..2 over ..1 mij|ons|me',
      'tussen ..1 jou|jij|you ..1 en ..1 mij|mn|me',
      'laat ..1 niemand ..2 je|jouw ..1 telefoon|gsm|chats|berichten|dms ..1 zien',
      'zodat|zo_dat ..1 @your @audience ..2 niks|niets|nie|niet ..1 horen|hoort|merken|merkt|doorhebben',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'moet|moeten|zal ik|we ..2 naar de politie', 'iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem', 'kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje', 'is dat|dit echt|nep', 'feest', 'verrassing*', 'cadeau*', 'surprise', 'verjaardag*', 'sinterklaas', 'secret_santa', 'lootjes', 'kerst*', 'haha*', 'lol', 'xd', 'wedstrijd', 'spel', 'potje', 'finale', 'keuze', 'kiezen', 'ruzie_tussen', 'verschil'],
    examples: {
      match: ['vertel je moeder maar niks over mij', 'dit is tussen jou en mij', 'laat niemand je telefoon zien', 'ga naar je kamer zodat je ouders niks horen'],
      ignore: ['vertel je moeder niks over het cadeau', 'het is tussen jou en mij in de finale haha', 'zet de muziek zachter zodat je ouders niks horen van het feest'],
    },
  },
  {
    id: 'dont-tell-pa-and-ma-r12',
    phrases: [
      'niks|niets|nix ..1 zeggen|vertellen|zegge|verteld ..1 tegen|aan ..1 je|jouw|de|uw ..1 pa|ma|ouders|trainer|coach|juf|mentor|leraar|moeder|vader|mama|papa',
      'zeg|vertel ..1 je|jouw|uw ..1 ouders|pa|ma|moeder|vader|mama|papa ..2 maar|wel ..1 niet|nie|ni ..2 dat',
      'zeg|vertel ..1 maar ..1 niks|niets|nix ..1 tegen|aan ..1 de|je|jouw ..1 trainer|coach|juf|mentor|leraar|ouders|pa|ma',
    ],
    unless: ['verrassing*', 'cadeau*', 'kado*', 'verjaardag*', 'feest*', 'surprise', 'taart', 'haha*', 'lol', 'uitje', 'escape', 'sinterklaas', 'kerst*', 'moederdag', 'vaderdag'],
    examples: {
      match: ['laten we verder praten op telegram, maar niks zeggen tegen je pa en ma ok?', 'Zeg je ouders maar niet dat we buiten het platform appen', 'zeg maar niks tegen de trainer, die is zo streng'],
      ignore: ['zeg maar niks tegen je moeder, het is een verrassing', 'niks zeggen tegen je pa over het cadeau'],
    },
  },
  {
    id: 'say-you-are-at-a-friends-r13',
    phrases: [
      'zeg|zeggen|vertel ..4 dat @you ..3 bij ..2 bent|slaapt|logeert|blijft|zit',
      'niet|niks|niets ..2 in ..2 chat|stream ..2 zeggen|vertellen|posten|typen|zetten',
      'discretie|discreet ..3 belangrijk|vereist|verplicht|gewenst|geboden',
      'nog ..1 niet ..2 delen|vertellen|zeggen ..2 met|aan|tegen ..1 anderen|niemand|iemand',
    ],
    unless: ['spoiler*', 'ending', 'einde', 'aflevering', 'serie', 'film', 'verrassing*', 'surprise', 'cadeau*', 'feest', 'verjaardag', 'haha*', 'lol'],
    examples: {
      match: ['ik sta morgen om 4 uur met de auto bij de Jumbo naast je school. zeg tegen je ma dat je bij Fleur bent', 'niks raars. en niet in je chat zeggen he', 'Discretie is belangrijk i.v.m. de campagne, dus nog niet delen met anderen'],
      ignore: ['niet in de chat zeggen hoe de film afloopt', 'zeg tegen mama dat je bij Sanne bent voor het feest, de verrassing'],
    },
  },
  {
    id: 'dont-discuss-with-parents-r14',
    phrases: [
      "bespreek|bespreken|bespreekt|deel|delen ..3 niet|niks|niets|nog_niet ..2 met ..1 @your ..1 @parents",
      "vertrouwelijk ..6 niet|niks|niets ..4 @your ..1 @parents",
      "hou|houd|houden ..2 dit|het|dat ..1 [even|nog] ..1 tussen ..1 ons|jou_en_mij|ons_tweeen",
    ],
    unless: ["wat moet|moeten ik|we ..1 doen", "moet|moeten|zal ik|we ..2 naar de politie", "iemand|een_gast|een_man|een_jongen|een_meisje|een_account|een_vreemde|onbekende ..2 stuurde|stuurt|zei|schreef|appte|dmde ..1 me|mij|dit|dat|haar|hem", "kreeg|kregen ..3 mail|mailtje|email|e_mail|bericht|berichtje|sms|dm|appje", "is dat|dit echt|nep", "haha*", "lol", "xd", "grapje", "verrassing*", "cadeau*", "feest*", "verjaardag*", "surprise", "sinterklaas", "kerst*", "moederdag", "vaderdag", "jarig", "taart"],
    examples: {
      match: ["Deze aanvraag is vertrouwelijk, bespreek het nog niet met je ouders tot de toekenning definitief is", "bespreek dit niet met je ouders", "hou het even tussen ons"],
      ignore: ["bespreek het nog niet met je ouders, het is een verrassing voor hun jubileum", "hou het tussen ons, het is een surprise"],
    },
  },
  {
    id: 'dont-tell-the-others-r15',
    phrases: [
      "niet|niks|nix tegen ..1 de|je ..1 andere ..1 mods|moderators|admins|spelers|leden|staff|members|meiden|jongens ..2 zeggen|vertellen|zegge",
    ],
    unless: ["verrassing*", "feest*", "verjaardag*", "cadeau*", "spoiler*", "einde", "quiz", "dropping", "strategie", "tactiek", "opstelling"],
    examples: {
      match: ["en niet tegen de andere mods zeggen, dan wil iedereen robux", "niks tegen de andere spelers vertellen"],
      ignore: ["niet tegen de andere spelers zeggen, het is een verrassingsfeest", "niks tegen de andere leden zeggen over de quiz"],
    },
  },
  {
    id: 'keep-it-between-us-r16',
    phrases: [
      'hoeft|hoeven ze|hij|zij|die ..3 niet|nog_niet|niks|niets ..1 te weten|horen',
      'hoeft|hoeven ..2 niet|niks|niets ..2 te weten ..2 dat we|wij ..2 praten|appen|chatten|bellen|snappen|contact|afspreken',
      'het|dit|ons|onze ..1 geheim|geheimpje ..1 houden|hou|houwen|blijven',
      'niet|niks|niets ..1 tegen|aan je|jouw|uw ..1 maten|matties|vrienden|vriendinnen|boys|bros|trainer|clubtrainer|coach ..1 zeggen|vertellen',
      'wis|verwijder|delete ..3 gesprek|chat|berichten|berichtjes|dit ..3 na_het_lezen|nadat_je_het_gelezen|als_je_het_gelezen',
      'zeg|zeggen ..2 dat ik ..2 een ..1 meisje|jongen|vriendin|vriend|klasgenoot|klasgenote ..2 uit|van je|jouw ..1 klas|school|team|club',
      'gewoon|alleen ..1 prive|priv naar|aan mij|me',
      'die|wat je|ge ..2 niemand ..1 anders ..1 laat_zien|stuurt|geeft|toont',
      'vertel|zeg ..3 niet|niks ..2 aan|tegen je @parents ..6 vindt|vinden|snapt|snappen ..2 niks|niet|raar|gek',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'jarig', 'taart', 'spoiler*', 'einde', 'afloop', 'toets*', 'antwoord*', 'sinterklaas', 'lootjes', 'secret_santa', 'versloeg|verslagen|gewonnen|verloren|fifa|fortnite|score'],
    examples: {
      match: ['snap ik hoor, hoeft ze nu nog niet te weten', 'mark hoeft niet te weten dat we praten ok', 'laten we het geheim houden, dus jij ook niks zeggen', 'en niet tegen je maten zeggen anders willen die ook', 'wis dit gesprek na het lezen', 'als je moeder checkt zeg je dat ik een meisje uit je klas ben', 'niet op het forum zetten he, gewoon prive naar mij', 'stuur wat pics die je aan niemand anders laat zien', 'maar vertel het niet aan je moeder he, die vindt dat maar niks'],
      ignore: ['hoeft ze nog niet te weten, het is een verrassing', 'laten we het geheim houden tot haar verjaardag', 'niet tegen je vrienden zeggen wat het einde van de film is'],
    },
  },
  {
    id: 'no-need-to-tell-r17',
    phrases: [
      'hoef|hoeft je|jij|ge ..2 niet|niks|nix aan|tegen ..3 te vertellen|zeggen|melden',
      'die|ze|zij|jouw_ouders|je_ouders|je_moeder|je_vader hoeven|hoeft ..2 het|dat|dit|dat_van_ons|van_ons|er niet|niks ..1 te weten',
    ],
    unless: ['verrassing*', 'feest*', 'cadeau*', 'verjaardag*', 'spoiler*', 'surprise*', 'sinterklaas', 'kerst*', 'einde', 'cijfer*', 'toets*', 'als je|jij|ge dat|het niet wil|wilt', 'tenzij ..4 veiligheid|gevaar', 'vertrouwenspersoon', 'mentor', 'lokaal', 'anoniem', 'zorgcoordinator', 'schoolmaatschappelijk*'],
    examples: {
      match: ['hoef je niet aan sanne te vertellen hoor, die wordt zo jaloers lol', 'die hoeven het niet te weten toch', 'je ouders hoeven dat van ons niet te weten'],
      ignore: ['hoef je niet aan sanne te vertellen, het is een verrassing', 'die hoeven het niet te weten, het is een cadeau voor haar verjaardag', 'mijn ouders hoeven mijn cijfer niet te weten lol', 'Je ouders hoeven het niet te weten als je dat niet wil, tenzij het over je veiligheid gaat'],
    },
  },
  {
    id: 'parents-wont-understand-r18',
    phrases: [
      'niet|niks|nix|niets ..1 zeggen|vertellen|zegge ..1 aan|tegen|bij je|jouw|uw ..1 @parents',
      'je|jouw|uw ouders|moeder|vader|ma|pa|mama|papa|mam|pap ..3 snappen|begrijpen|snapt|begrijpt|snappe ..3 niet|nie|toch_niet|het_niet|dat_niet|er_niks_van|er_niets_van',
      'ouders ..3 snappen|begrijpen|snapt|begrijpt ..3 de|het|dit|onze ..1 branche|wereld|business|industrie|vak|kunst|connectie|band|vriendschap',
      'dat|dit is ons ..1 projectje|dingetje|geheimpje|plannetje|geheim ..4 zij|ze|ouders ..5 snappen|begrijpen|snapt|begrijpt',
      'mods|moderators|admins|moderator|admin ..3 lezen|kijken|meelezen ..2 mee|alles_mee|alles',
      'lezen|kijken|meelezen ..2 mods|moderators|admins|moderator|admin ..2 alles|alle_berichten|elk_bericht ..1 mee',
      'zeg|vertel ..2 niks|niets|nix ..5 dat ik|k ..3 nieuw|nieuwe acc|account|nummer|profiel|instagram',
      'kom|komen ..6 alleen ..3 niet|zonder met|je|jouw ..1 vrienden|vriendinnen|ouders|broer|zus|maten|matties',
    ],
    unless: ['wat moet|moeten ik|we ..1 doen', 'verrassing*', 'cadeau*', 'feest*', 'verjaardag*', 'surprise*', 'taart', 'sinterklaas', 'kerst*', 'moederdag', 'vaderdag', 'rapport*', 'cijfer*', 'haha*', 'lol', 'spam', 'hacker*', 'gehackt', 'oplicht*', 'scam*', 'server_regels', 'regels'],
    examples: {
      match: ['Niet zeggen aan je moeder over onze lessen, zij begrijpt niet', 'liever niet, ouders snappen de branche niet', 'goed zo, dat is ons projectje. zij zouden het toch niet snappen', 'dm me ff priv, hier lezen de mods alles mee', 'en zeg niks tegen de anderen dat ik een nieuw acc heb ok', 'kom morgen naar het parkje, alleen. niet met je vrienden'],
      ignore: ['niks zeggen tegen je moeder, het is een verrassing voor moederdag', 'je ouders snappen het niet haha, die van mij ook niet lol', 'pas op, ik ben gehackt, zeg niks tegen mensen dat ik een nieuw account heb tot ik het terug heb'],
    },
  },
  {
    id: 'dont-pass-it-on-r19',
    phrases: [
      'niet|niks|nie|nooit ..1 doorvertellen|doorzeggen|rondvertellen|verklappen|doorvertelt ..2 aan|tegen ..1 [je|jouw|uw] @parents|maten|matties|vrienden|niemand|familie',
      'nog ..1 niet|niks|nie ..2 delen|vertellen|laten_zien|zeggen ..2 met|aan|tegen ..1 [je|jouw|uw] @parents|familie|maten',
    ],
    unless: ['verrassing*', 'surprise*', 'feest*', 'cadeau*', 'verjaardag*', 'spoiler*', 'toets*', 'antwoorden', 'examen', 'uitslag', 'zwanger*', 'baby', 'verloving', 'trouwen', 'bruiloft', 'huis', 'verhuizen', 'verhuizing', 'nieuwe_baan', 'aankondig*', 'juf', 'meester', 'mentor', 'rooster', 'cijfer*', 'oma', 'opa', 'sinterklaas', 'sint', 'kerst*'],
    examples: {
      match: ['gwn, ruil is ruil. en niet doorvertellen aan je maten anders wil iedereen gratis', 'Graag nog niet delen met familie, het project is vertrouwelijk.'],
      ignore: ['niet doorvertellen aan je vrienden, het is een verrassing voor lisa', 'nog niet delen met familie, we maken het zondag bekend dat ze zwanger is'],
    },
  },
  {
    id: 'dont-tell-parents-about-me-r21',
    phrases: [
      'vertel|zeg|vertelt|zegt [het] [aan|tegen] je|jouw|uw @parents ..1 maar|liever|beter|dus|ook|gewoon ..1 niet|niks|niets|nix ..2 over|van mij|me|ons|dit|onze',
      'snappen|begrijpen|snapt|begrijpt ..2 zulke|dit_soort|zo_n|zo_een|onze ..1 vriendschap*|relatie*|band|contact|connectie ..1 niet|toch_niet|nooit',
    ],
    unless: ['verrassing*', 'cadeau*', 'feest*', 'verjaardag*', 'surprise*', 'taart', 'sinterklaas', 'kerst*', 'moederdag', 'vaderdag', 'rapport*', 'cijfer*', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['fijn, vertel je ouders maar niet over mij, die snappen zulke vriendschappen niet', 'zeg je moeder liever niks over ons', 'ouders snappen zulke vriendschappen toch niet'],
      ignore: ['vertel je moeder maar niks over het cadeau', 'zeg je vader liever niks over dat cijfer haha'],
    },
  },
  {
    id: 'delete-our-dms-every-night-r21',
    phrases: [
      'verwijder|wis|delete|verwijderen|wissen|deleten ..2 onze|ons ..1 dm|dms|chat|chats|berichten|berichtjes|gesprek*|appjes|snaps',
      'onze|ons ..1 dm|dms|chat|chats|berichten|berichtjes|gesprek*|appjes ..3 verwijderen|wissen|deleten|weggooien',
    ],
    unless: ['groepsapp*', 'groep', 'klas*', 'project*', 'werkstuk', 'opslag', 'geheugen', 'vol', 'telefoon_vol', 'ruimte', 'haha*', 'lol', 'xd', 'cringe', 'genant'],
    examples: {
      match: ["verwijder onze dm's elke avond, ok?", 'onze chats moet je echt wissen na het lezen'],
      ignore: ['verwijder onze chat maar, die was zo cringe', 'ik ga onze oude berichten wissen, mijn telefoon is vol'],
    },
  },
  {
    id: 'dont-tell-the-mods-r22',
    phrases: [
      'niet|nooit ..1 tegen|aan ..1 de|je|een|het ..1 mods|mod|moderator*|admins|admin|beheerder*|support|staff|helpdesk ..2 zeggen|vertellen|melden|laten_weten|verklappen',
      'zeg|vertel|meld ..1 het|dit|niks|niets ..2 niet|nooit ..1 tegen|aan ..1 de ..1 mods|mod|moderator*|admins|admin|beheerder*|staff',
    ],
    unless: ['verrassing*', 'cadeau*', 'verjaardag*', 'event', 'giveaway', 'toernooi*', 'prank', 'grap', 'haha*', 'lol', 'xd'],
    examples: {
      match: ['dan voelt het echter. niet tegen de mods zeggen', 'zeg dit niet tegen de admins ok'],
      ignore: ['niet tegen de mods zeggen, het is een verrassing voor hun server verjaardag', 'niet tegen de admins zeggen hoor, de giveaway is geheim tot vrijdag'],
    },
  },
  {
    id: 'parents-need-not-know-r23',
    phrases: [
      'ouders|moeder|vader|mama|papa hoeven|hoeft|moeten ..3 niet|niks|pas|later ..3 weten|betrokken|horen|merken',
    ],
    unless: ['betalen', 'mee', 'komen', 'tekenen', 'ophalen', 'brengen', 'verrassing*', 'surprise', 'cadeau*', 'feest', 'verjaardag*', 'onvoldoende', 'cijfer*', 'rapport', 'ik|k vertel|zeg ..1 het|niks|niets ..1 niet'],
    examples: {
      match: ['Geen probleem, we hebben juist een junior lijn. Je ouders hoeven pas later betrokken te worden, eerst de selectie.', 'je moeder hoeft dit niet te weten'],
      ignore: ['je moeder hoeft niet te weten dat we haar verjaardagscadeau al hebben', 'je ouders hoeven niet te weten dat je een onvoldoende had, ik vertel het niet', 'je ouders hoeven niet mee te komen', 'je ouders hoeven niks te betalen'],
    },
  },
  {
    id: 'it-disappears-anyway-r24',
    phrases: [
      'stuur|stuurt|sturen ..4 verdwijnt|verdwijnen|weg ..2 toch|vanzelf|meteen|automatisch',
      'verdwijnt|verdwijnen ..3 toch|vanzelf|meteen|automatisch ..3 stuur|stuurt|sturen',
      'verdwijnt|verdwijnen ..2 na # ..1 sec|seconden|tellen',
      'stuur|stuurt|sturen ..4 blijft|wordt ..2 niet|nie|nergens ..1 bewaard|opgeslagen',
    ],
    unless: ['meme*', 'filter*', 'streak*', 'bericht_kwijt', 'rapporteren', 'melden', 'aanbieding', 'actie', 'korting', 'voorraad', 'uitverkocht', 'pakket', 'geld', 'tikkie'],
    weight: 1.5,
    examples: {
      match: ['stuur maar via snap dan verdwijnt het toch', 'op snap verdwijnt het toch, stuur maar', 'maak je geen zorgen het verdwijnt na 10 sec', 'stuur maar via snap dan blijft het niet bewaard'],
      ignore: ['stuur die meme via snap, verdwijnt toch', 'stuur snel, de aanbieding verdwijnt vanzelf om middernacht'],
    },
  },
  {
    id: 'confidential-investigation-r25',
    phrases: [
      'niet|nooit ..1 bespreken|delen|vertellen ..2 met|aan ..1 anderen|niemand|iemand|je_ouders|uw_ouders|ouders ..6 vertrouwelijk*|geheim|onderzoek|protocol',
      'vertrouwelijk|vertrouwelijke|geheim|geheime onderzoek|zaak|procedure|verificatie',
    ],
    unless: ['schoolleiding', 'directie', 'mentor', 'vertrouwenspersoon', 'pesten', 'school', 'cia', 'fbi', 'toets', 'examen', 'cijfer*', 'sollicitatie*', 'werk', 'contract', 'verrassing*', 'surprise', 'feest*', 'verjaardag*', 'politie', 'wijkagent', 'advocaat', 'rechtbank', 'serie', 'film', 'aflevering', 'boek', 'podcast', 'game', 'netflix'],
    weight: 2,
    examples: {
      match: ['Niet bespreken met anderen, dit is een vertrouwelijk onderzoek.', 'dit is een geheime verificatie, niet met je ouders delen'],
      ignore: ['niet bespreken met anderen, de toets is morgen ook bij klas 2b', 'in die serie doen ze een geheim onderzoek naar de burgemeester'],
    },
  },
  {
    id: 'tell-nobody-or-your-parents-r26',
    phrases: [
      'zeg|vertel ..2 niks|niets ..1 tegen ..2 of|en ..1 je|jouw|uw|tegen_je @parents',
      'moogt|mag|moet ..2 da|dat|dit|het ..1 aan|tegen niemand ..1 tonen|laten_zien|zeggen|vertellen',
      'alleen naar mij ..3 niet ..1 in|op|naar de|je ..1 server|groep|groepsapp|chat',
    ],
    unless: ['verrassing*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'surprise', 'spoiler*', 'einde', 'cijfer*', 'oplader', 'kapot', 'gebroken', 'rapport', 'huiswerk', 'antwoorden', 'opdracht*', 'toets*', 'kopieert', 'kopieren', 'overschrijven'],
    examples: {
      match: ['zeg maar niks tegen Noor of je ouders, is ons dingetje', 'stuur eens een foto in uw pyjama, ge moogt da aan niemand tonen he', 'stuur een foto in je ondergoed. alleen naar mij, niet in de server'],
      ignore: ['zeg niks tegen Noor of je ouders, het is een verrassing', 'ge moogt da aan niemand tonen, het is een cadeau voor mama', 'stuur je huiswerk alleen naar mij, niet in de groep want dan kopieert iedereen'],
    },
  },
  {
    id: 'dont-use-moms-phone-she-reads-r26',
    phrases: [
      'niet ..3 om|voor ..1 mij|me ..1 te ..1 appen|bellen|mailen|sturen|berichten ..6 leest|kijkt|luistert ..1 mee',
    ],
    unless: ['oplader', 'batterij', 'kapot', 'beltegoed', 'bundel'],
    examples: {
      match: ['gebruik je moms telefoon niet om mij te appen, die leest mee'],
      ignore: ['gebruik je moms telefoon niet om mij te appen, haar batterij is leeg en ze leest mee'],
    },
  },
  {
    id: 'they-may-not-know-about-us-r26',
    phrases: [
      'mogen|mag ..2 het|dat niet ..1 weten ..3 van ons|onze|ons_contact|wij',
    ],
    unless: ['verrassing*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'surprise'],
    examples: {
      match: ['ze mogen het niet weten van ons, je ouders'],
      ignore: ['ze mogen het niet weten van ons cadeau, het is een verrassing'],
    },
  },
  {
    id: 'do-your-parents-know-we-talk-r27',
    phrases: [
      'weten|weet ..1 @your ..1 ouders|moeder|vader|mama|papa|ma|pa|mam|pap ..3 dat|van we|wij|ons ..3 praten|chatten|appen|snappen|contact|bellen|videobellen|facetimen|spreken|afspreken',
    ],
    unless: ['project*', 'werkstuk', 'groepsopdracht', 'huiswerk', 'feest*', 'verjaardag*', 'logeren', 'slapen', 'stappen', 'uitgaan', 'festival', 'concert', 'film', 'bioscoop', 'bijles', 'oefenen', 'morgen', 'vanavond', 'zaterdag', 'zondag', 'straks'],
    examples: {
      match: ['weet je vader eigenlijk dat wij appen?', 'weet je moeder dat wij chatten'],
      ignore: ['weten je ouders dat we vanavond bellen voor het project?', 'weet je moeder dat we zaterdag gaan afspreken voor de bioscoop?', 'weten je ouders dat we morgen bellen?'],
    },
  },
  {
    id: 'dont-tell-the-others-r27',
    phrases: [
      'niet|niks|nix|niets ..1 tegen|aan ..1 de|die ..1 anderen|rest|andere_meiden|andere_jongens|andere_meisjes|andere_spelers|andere_kinderen|ander_team ..1 zeggen|vertellen|laten_weten',
      'hou|houd|houden ..1 het|dat|dit ..1 voor ..1 je|jezelf ..2 de|die ..1 anderen|rest|groep|team ..2 jaloers|snappen|snapt|snappen_het|begrijpen|begrijpt|worden_jaloers',
    ],
    unless: ['verrassing*', 'surprise', 'verjaardag*', 'cadeau*', 'kado*', 'feest*', 'spoiler*', 'einde', 'aflevering', 'uitslag', 'cijfer*', 'toets', 'antwoorden', 'opdracht', 'haha*', 'lol', 'xd', 'verliefd', 'crush', 'vind_hem', 'vind_haar', 'vind_ik', 'leuk_vind'],
    examples: {
      match: ['jij bent echt mijn lievelingsspeler, maar niet tegen de anderen zeggen', 'hou het voor je, de rest snapt dat niet'],
      ignore: ['niet tegen de anderen zeggen, het is een verrassing voor haar verjaardag', 'niks aan de rest vertellen over het einde van de aflevering', 'niet tegen de anderen zeggen maar ik vind hem leuk'],
    },
  },

  {
    id: 'dont-tell-them-we-talk-r28',
    phrases: [
      'zeg|vertel|zegt|vertelt|verklap ..2 niks|niets|nix|niet|nie|ni ..1 tegen|aan ..2 dat ik|k|we|wij ..3 app|appen|praten|praat|chatten|chat|spreken|bel|bellen|contact|dm|dmen|snap|snappen|sms|schrijf|schrijven|mail|mailen',
      'niet|niks|niets|nie ..1 tegen|aan ..2 zeggen|vertellen ..2 dat ik|k|we|wij ..3 app|appen|praten|praat|chatten|chat|spreken|bel|bellen|contact|dm|dmen|snap|snappen',
      'hoeft|hoeven|mag|mogen|moet|moeten ..3 niet|niks|nie ..2 [te] weten ..2 dat ik|k|we|wij ..3 app|appen|praten|praat|chatten|chat|spreken|bel|bellen|contact|dm|dmen|snap|snappen',
    ],
    unless: ['verrassing*', 'surprise', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'jarig', 'grapje', 'verliefd', 'crush', 'tijdens de les', 'spieken', 'toets', 'huiswerk'],
    examples: {
      match: ['zeg maar niks tegen sanne dat ik je app, dat vindt ze raar', 'niet tegen je moeder zeggen dat we praten he', 'je ouders hoeven niet te weten dat we chatten', 'zeg maar niet tegen sanne dat we appen, ze is jaloers haha'],
      ignore: ['zeg niks tegen lisa dat we appen over haar verjaardag', 'niet tegen de juf zeggen dat ik je app tijdens de les haha', 'zeg niks tegen mama dat ik bel, het is een verrassing'],
    },
  },
  {
    id: 'then-your-mum-need-not-know-n30',
    phrases: [
      'hoeft|hoeven ..1 @parents ..3 niet|niks|niets|nie|ni|nooit ..2 te ..1 weten|horen|merken|zien',
    ],
    unless: ['betalen', 'mee_te|te_komen|meekomen|meegaan|mee_gaan|mee_komen', 'tekenen', 'ophalen', 'brengen', 'verrassing*', 'surprise', 'cadeau*', 'kado*', 'feest', 'verjaardag*', 'onvoldoende', 'cijfer*', 'rapport', 'ik|k vertel|zeg ..1 het|niks|niets ..1 niet', 'ongerust', 'bezorgd', 'zorgen', 'wakker', 'ik|k ..2 het ..2 zelf', 'wachten', 'haha*', 'lol'],
    examples: {
      match: ['stuur maar gewoon, dan hoeven je ouders het niet te weten', 'zo hoeft je vader er nooit iets van te merken'],
      ignore: ['dan hoeft je moeder niet te wachten', 'dan hoeven je ouders niks te betalen', 'ik bel wel, dan hoeft je moeder het niet te horen van een ander maar vertel ik het zelf'],
    },
  },
  {
    id: 'without-parents-watching-n32',
    phrases: [
      'zonder dat ..1 je|jouw|uw ..1 @parents ..3 meekijken|meekijkt|meelezen|meeleest|het_weten|het_weet|weten|weet|het_merken|merken|merkt|het_zien|controleren|controleert|het_doorhebben',
      'beloof|beloofd|belooft ..2 [me|mij] ..3 dat ..1 je|jij ..4 gesprek|chat|chats|berichten|appjes|dms ..3 verwijdert|verwijderd|wist|delete|deletet|leegmaakt',
      'verwijder|wis|delete ..2 dit|deze|ons|onze ..1 gesprek|chat|chats|berichten|appjes|dms ..3 zodat|want|anders|voordat ..4 @parents|niemand|iemand',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'sinterklaas', 'lootjes', 'privacy', 'instelling*', 'ouderlijk_toezicht', 'telefoon_van_school', 'mentor', 'toets', 'huiswerk'],
    examples: {
      match: ['dan kun je chatten zonder dat je ouders meekijken', 'beloof me dat je deze chat daarna wist', 'verwijder ons gesprek zodat je moeder het niet ziet'],
      ignore: ['zonder dat je ouders het weten kun je geen cadeau kopen voor de verjaardag', 'hoe stel ik ouderlijk toezicht in zonder dat je ouders meekijken'],
    },
  },
  {
    id: 'parents-need-not-come-n32',
    phrases: [
      'je|jouw|uw @parents ..1 hoeven|hoeft|moeten|moet ..2 niet|nie ..1 mee|mee_te_komen|erbij|er_bij_te_zijn|erbij_te_zijn|te_komen|mee_komen',
      'zonder ..1 je|jouw|uw @parents ..2 komen|kom|afspreken|shoot|fotoshoot|ontmoeten|langskomen',
      'kom|komen|kun|kan ..4 zonder ..1 je|jouw|uw @parents',
      'alleen ..1 jij_en_ik|wij_tweeen|wij_twee|met_ons_tweeen|met_z_n_tweeen|met_zn_tweeen ..6 @parents ..2 niet|nie',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'schoolreis*', 'kamp', 'schoolkamp', 'excursie', 'ouderavond', 'toestemming*', 'formulier*', 'handtekening', 'training', 'wedstrijd', 'trainer', 'coach', 'juf', 'meester', 'mentor'],
    examples: {
      match: ['een shoot met jou, je ouders hoeven niet mee', 'kom zonder je ouders naar de studio', 'alleen jij en ik, je moeder hoeft er niet bij te zijn'],
      ignore: ['voor het schoolkamp hoeven je ouders niet mee', 'je ouders hoeven niet mee naar de training, de trainer rijdt'],
    },
  },
  {
    id: 'dont-talk-to-parents-about-it-r36',
    phrases: [
      'niet|nie|niks|nooit ..2 over ..3 praten|zeggen|vertellen|hebben ..2 met|tegen|aan je|jouw|uw @parents',
      'niet|nie|niks|nooit ..3 met|tegen|aan je|jouw|uw @parents ..2 over ..2 praten|vertellen|zeggen',
      'praat|praten|zeg|zeggen|vertel|vertellen ..3 niet|nie|niks|nooit ..1 over ..1 met|tegen|aan je|jouw|uw @parents',
      'hij|zij|ik ..2 ouder ..3 dan|en_dan ..2 doen|worden|gaan ..1 ze|je_ouders ..1 moeilijk|raar|boos|lastig|zeuren',
    ],
    unless: ['verrassing*', 'surprise*', 'cadeau*', 'kado*', 'feest*', 'verjaardag*', 'sinterklaas', 'lootjes', 'pesten|gepest|pester*', 'vertrouwenspersoon', 'mentor', 'juf', 'meester', 'dokter', 'huisarts', 'cijfer*', 'rapport', 'toets*', 'zwanger*'],
    examples: {
      match: ['praat er maar niet over met je ouders', 'je hoeft er niet over te praten met je moeder', 'hij is ouder dus dan doen ze moeilijk', 'zeg er niks over tegen je vader'],
      ignore: ['praat er niet over met je ouders, het is een verrassing voor hun verjaardag', 'zeg niks tegen je moeder over het cadeau', 'je hoeft niet met je ouders over je cijfer te praten, de mentor belt'],
    },
  },
  {
    id: 'i-could-get-in-trouble-n37',
    phrases: [
      'ik|k ..4 in ..1 [de] problemen|moeilijkheden|nesten|de_shit ..3 komen|kom|raken|raak|zitten|kunnen_komen',
      'anders ..2 raak|verlies ik ..2 mijn|m_n|mn baan|werk',
      'ik|k ..2 raak|verlies ..2 mijn|m_n|mn baan|werk ..4 als|anders ..3 iemand|ze|je_ouders|het_uitkomt',
    ],
    unless: ['huiswerk', 'school', 'toets', 'deadline', 'baas', 'te_laat', 'boete', 'belasting', 'rekening', 'huur', 'schuld*', 'cijfer*', 'rapport', 'wakker', 'ziek', 'reorganisatie', 'ontslagen', 'bezuiniging*'],
    weight: 1,
    examples: {
      match: ['ik zou in de problemen kunnen komen als iemand dit ziet', 'dit blijft tussen ons, anders raak ik mijn baan kwijt', 'ik kan in de problemen komen als je ouders het weten'],
      ignore: ['ik kom in de problemen als ik mijn huiswerk niet af heb', 'als ik weer te laat kom raak ik mijn baan kwijt'],
    },
  },
  {
    id: 'call-when-parents-asleep-n37',
    phrases: [
      'bel|bellen|facetime*|videobellen|praten|chatten|appen|kom|komen ..4 als|wanneer|terwijl ..1 je|jouw|uw ouders|moeder|mama|vader|papa ..2 slapen|slaapt|sliepen|weg_zijn|weg_is|niet_thuis_zijn|werken|werkt',
    ],
    unless: ['verrassing*', 'cadeau*', 'feest*', 'verjaardag*', 'oma', 'opa'],
    weight: 1,
    examples: {
      match: ['mag ik je vanavond bellen als je ouders slapen?', 'we kunnen chatten als je moeder werkt'],
      ignore: ['bel me als je ouders slapen, dan plannen we het verrassingsfeest', 'bel oma als je ouders slapen'],
    },
  },
] satisfies PatternEntry[];
