import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'jenvoie-a-ta-famille',
    phrases: [
      '@je ..3 @spread ..6 ta|ton|tes|tous_tes|toute_ta|tout_ton|a_ta|a_tes|a_ton|votre|vos|tous_vos|toute_votre ..1 @audience',
      '@je ..3 @spread ..6 tout_le_monde|tt_le_monde|tlm|partout|internet|sur_le_net|les_reseaux|reseaux_sociaux|des_sites|site_porno|sites_porno',
      'sinon|ou_sinon|ou_je|ou_j|si_tu_paies_pas|si_tu_payes_pas|sinn|snn ..6 @spread ..6 ta|ton|tes|tous_tes|toute_ta|tout_ton|votre|vos|tout_le_monde|partout|internet',
      'l|les|la|le|ca|tout ..1 envoyer|publier|poster|balancer|partager|diffuser|montrer|mettre|afficher|faire_tourner ..4 a|sur|dans|chez ..2 ta|ton|tes|votre|vos|tous|toute|tout|internet|les_reseaux|partout',
      '@je ..2 publi*|post*|balanc*|diffus*|partag*|leak*|faire_tourner|afficher ..1 toutes|tes|ta|ton',
      '@je ..2 tout publi*|post*|balanc*|diffus*|partag*|leak*|envoy*|montrer|afficher|leak*',
      'tout_le_monde|tt_le_monde|tlm|toute_ta_famille|tous_tes_potes saura|sauront|verra|verront',
      '@je ..2 dis|dire|dirai|raconte*|previen* ..2 a ..1 tout_le_monde|tes|ta|ton|tous|toute ..6 nude*|nudes|photo*|video*|envoye|montre|fait',
      'tes|ta|les|vos nude*|photo*|video*|vid|vids ..1 vont|va|vas ..1 tourner|circuler|fuiter|leak*|sortir|etre_partout',
      '@je ..2 balance|balancerai*|publie|publierai*|poste|posterai*|leak|leake*|diffuse|diffuserai* ..1 tout|toutes|tes|partout',
    ],
    unless: ['mdr|ptdr|xd|haha|jrigole|je_rigole|jpp|blague|araign*|anniv*|drive|groupe_de_classe|drole|trop_bien|stylee|magnifique|si_tu_veux|si_t_es_d_accord|d_accord|ok|adorer|adore|fiere|fier|contente|ravie|spectacle|gala|souvenir*|bebe', 'recette|facture*|demande|lien|document*|fichier*|invitation*|bulletin|devis|ordonnance|formulaire|autorisation'],
    examples: {
      match: ["Tu m'envoies 300€ sinon j'envoie la vidéo à tous tes abonnés", 'si tu bloques je les publie partout', 'je vais les mettre sur internet', 'je publie la vidéo sur ton insta', "sinon j'envoie celle que j'ai à ta famille", "et l'envoyer à tout ton collège", 'sinon je balance tout', 'sinon je dis a tout le monde que tu m as envoye des nudes'],
      ignore: ["je l'envoie à ta mère, elle m'a demandé la recette", "je vais l'envoyer à tes parents, c'est la facture du voyage", "je vais mettre la vidéo du but sur mon insta", 'si tu me rends pas mon chargeur je balance à tout le monde que tas peur des araignées mdr', 'je te les envoie sur le drive', 'envoie la photo à ta mère'],
    },
  },
  {
    id: 'tout-le-monde-va-voir',
    phrases: [
      'tout_le_monde|tt_le_monde|tlm|ta_famille|tes_parents|tes_potes|tes_amis|tes_abonnes|toute_ta|tout_ton|tous_tes|ta_mere|ton_pere|ton_ecole|ton_lycee|ton_college ..3 va|vont|verra|verront|saura|sauront|recevra|recevront|decouvrira|decouvriront ..1 voir|savoir|recevoir|decouvrir|ta|tes|ton|ca|tout',
      'tout_le_monde|tt_le_monde|tlm|ta_famille|tes_parents|tes_potes|tes_amis|tes_abonnes|tout_le_lycee|tout_le_college|toute_l_ecole|toute_ta_classe|tout_ton_lycee|tout_ton_college|toute_ton_ecole|tout_le_bahut|toute_la_classe|tous_tes_abonnes|tous_tes_contacts ..2 les|la|le|l|te|t ..1 verra|verront|aura|auront|recevra|recevront|connaitra',
      'tout_le_monde|tt_le_monde|tlm|@audience ..2 te|t ..1 voit|verra|voient|verront|verrait|verraient ..2 a_poil|apoil|nue|nu|toute_nue|tout_nu|en_sous_vet*|en_culotte|en_string|sans_rien|sans_vetements',
      'tu|t ..1 vas|va|risques ..1 finir|atterrir|te_retrouver|etre ..2 sur|dans ..1 un|des|les ..1 site*|sites ..1 porno*|porn|x|pour_adultes',
      'tu|t ..1 vas|va|risques ..1 finir|atterrir|te_retrouver|etre ..2 sur|dans ..1 pornhub|xvideos|xhamster|onlyfans',
      'ta|tes|la|les|ton ..1 video*|photo*|nude*|nudes ..3 va|vont|seront|sera|finira|finiront ..3 partout|en_ligne|publie*|sur_internet|sur_le_net|viral*|sur_les_reseaux|chez_tes',
      'tu|t vas|va ..1 etre ..2 affiche*|afiche*|expose*|humilie*|la_honte',
    ],
    unless: ['mdr|ptdr|xd|haha|jrigole|match|film|concert|spectacle|but|resultat*|bulletin|notes|bebe|tete_de_bebe|cadeau*|surprise|anniv*|gateau|decoration|deco|fete', 'piscine|plage|maillot|costume|deguise*|tenue|robe|coiffure'],
    examples: {
      match: ['tes photos, tout le lycée les aura demain', 'un clic et tout le monde te voit à poil', 'tu vas finir sur un site porno', 'tout le monde verra ta vidéo', 'ta famille va voir', 'si je reçois pas, tout le monde les aura', 'tes photos vont finir partout', 'tu vas etre affichée'],
      ignore: ['tout le monde te verra en maillot à la piscine demain', 't\'imagines la tête de ta mère quand elle va voir le cadeau', 'tout le monde va voir le match', 'tout le monde va venir à la soirée', 'tout le monde aura ses notes demain'],
    },
  },
  {
    id: 'sinon-ca-part-sur',
    phrases: [
      'sinon|ou_sinon|ou_je|ou_j|sinn|snn|sans_quoi ..4 @spread ..3 sur|dans|en ..1 insta*|snap*|tiktok|youtube|twitter|facebook|fb|reddit|internet|reseaux|les_reseaux|pornhub|xvideos|porn*|story|storie*|ligne|le_net',
      'sinon|ou|sinn|snn|sans_quoi|soit ..3 tes|ta|la|les|vos|votre|ce|cette|ces ..1 @photo|nudes|enregistrement*|conv ..3 part|partent|partira|partiront|tourne|tournent|tournera|circule*|finit|finira|finiront|ira|iront|atterri* ..3 sur|chez|a|dans|partout|en_ligne',
      'tes|ta|vos|votre @photo|nudes ..2 partent|partiront|iront|finiront|atterrissent|atterriront ..2 chez|sur|a|dans ..2 @audience',
      'soit|sinon|ou ..4 recoi*|recevr*|verr*|voient ..3 tes|ta|vos|votre ..1 nude*|photo*|video*|vids|vid',
      'sinon|ou_sinon|sinn|snn ..2 @je ..2 publi*|post*|balanc*|diffus*|envoi*|montre* ..2 celle*|celui|ceux|ce_que_j_ai|ce_que_tu_m',
      'ou_je|ou_j|ou_jvais ..2 publi*|post*|balanc*|diffus*|envoi*|montre* ..2 celle*|celui|ceux|ce_que_j_ai|ce_que_tu_m',
      'c_est|cest|c|ce_sera|ca_sera|elle_sera|elles_seront ..2 sur|dans ..1 pornhub|xvideos|xhamster|site_porno|sites_porno',
      'et|puis ..1 le|la|les|l ..1 mettre|mets|publier|poster|balancer|diffuser ..2 partout|sur_internet|sur_les_reseaux|a_tout_le_monde',
      'tu|t ..1 veux|voudrais|aimerais ..1 pas ..1 que|qu ..3 @audience ..2 voie|voient|voit|recoive|recoivent|tombe|tombent',
      'tu|t ..1 veux|voudrais|preferes|aimerais ..1 que|qu ..3 @audience ..1 la|les|l|te ..1 voie|voient|voit|recoive|recoivent|regardent|regarde',
      'tu|t ..1 veux|voudrais|preferes|aimerais ..1 que|qu ..3 @audience ..1 voie|voient|voit|recoive|recoivent|tombe_sur|tombent_sur ..1 ca|sa|tes_photos|ta_video|tes_videos|tes_nudes|ces_photos|cette_video',
      '@je ..2 mets|met|mettrai*|poste|posterai*|publie|publierai* ..2 ta|tes|la|les|ton ..1 @photo|nudes ..2 en_ligne|sur_internet|sur_le_net|sur_un_site|sur_des_sites',
      'sinon|ou|pas ..6 ta|tes|vos|votre ..1 @photo|nudes ..1 est|sera|seront|sont|finit|finira|part|partira ..1 sur|dans|en ..1 insta*|snap*|tiktok|internet|reseaux|les_reseaux|youtube|pornhub|story|ligne',
      '@audience ..1 recoit|recoivent|recevra|recevront|verra|verront ..2 la|les|ta|tes|ces|cette|ce ..1 video*|photo*|nude*|nudes|vids|enregistrement*|captures',
      'si ..4 @audience ..1 recoit|recoivent|recevra|recevront|verra|verront|saura|sauront ..1 tout',
      'voudrais|veux|aimerais|voudras|voudrait ..1 pas|jamais ..1 voir ..1 circuler|tourner|fuiter|sortir|partout|en_ligne|publie*|sur_internet|sur_les_reseaux',
    ],
    unless: ['mdr|ptdr|xd|haha|jrigole|je_rigole|blague|drive|groupe_de_classe|match|concert|spectacle|vacances|voyage|soiree|anniv*|recette|colis|commande|article|annonce|impression|imprim*|tirage*|labo|developpe*|film|serie|episode|photo_de_classe|photos_de_classe|de_classe', 'que_maman|que_papa|a_maman|a_papa|chambre|bazar|bordel|vaisselle|bulletin|dessin|chaine|youtube|danse|cover|clip|stylee|trop_bien'],
    examples: {
      match: ['si tu me bloques, ta famille reçoit tout dans la minute', "j'ai des photos de toi que tu voudrais pas voir circuler", 'tu veux que tes parents la voient ?', 'tu veux que ta mère voie ça ?', 'je mets ta vidéo en ligne ce soir', 'sinn je balance sur tiktok', 'envoie 200 balles ou la video tourne sur insta', 'sinon tes photos partent chez tes parents ce soir', 'soit tu paies soit ils recoivent tous tes nudes', 'ou je publie celle que j ai deja', 'sinon c est sur pornhub demain', 'je fais un montage et le mettre partout', "tu veux pas que ta famille la voie hein", 'si je recois pas l argent dans 1h, ta mere recoit la video', 'si t envoies pas 100 balles ce soir ta video est sur insta'],
      ignore: ['tu veux que maman voie ça ? range ta chambre', 'je mets ta vidéo de danse en ligne sur la chaine', 'ou je la poste sur insta demain haha', 'sinon les photos du voyage partent sur le drive', 'la video du match tourne sur insta', 'je poste sur tiktok ce soir', 'tes photos partent a l impression demain', 'ta mere verra la video du spectacle', 'tu veux que tes potes voient le film ?', 'tu veux pas que tes potes voient le film ?', 'tu veux pas que ta mere sache que t as eu 8?', 'ta mere recevra les photos de classe la semaine pro'],
    },
  },
  {
    id: 'ruiner-ta-vie',
    phrases: [
      'te|t ..1 ruiner|ruine|pourrir|pourris|gacher|gache|detruire|detruis|briser|brise ..1 la|ta ..1 vie|reputation',
      '@je|je_vais|jvais ..2 te|t ..1 griller|afficher|faire_une_reputation|faire_une_sale_reputation|faire_une_de_ces_reputations|salir ..3 aupres|devant|a|au|dans|sur ..3 @audience|tout_le_monde|tout_ton|toute_ta|lycee|college|ecole|bahut',
      '@je|je_vais|jvais ..2 te|t ..1 faire ..1 une ..1 [sale|belle|jolie] reputation',
      '@je|je_vais|jvais ..2 te|t ..1 leak*|leaker',
      '@je|je_vais|jvais|jpeux ..3 ruiner|ruine|detruire|detruis|pourrir|salir|gacher ..1 ta|ton ..1 vie|reputation|avenir',
      'cree*|creer|ouvre|ouvrir|ferai|faire ..2 un|des|une ..1 compte*|profil*|page* ..3 avec ..1 tes|ta|ton|vos ..1 @photo|nudes',
      'ou|sinon|sinn ..2 je|j|jvais ..2 te|t ..1 detruis|detruire|ruine|ruiner|grille|griller|afficher|affiche',
    ],
    weight: 3,
    unless: ['mdr|ptdr|xd|haha|jrigole|game|partie|round|match|fortnite|fifa|valo|lol|1v1|surprise|film|serie|fin|voyage|vacances|blog|recette*|cuisine'],
    examples: {
      match: ['je vais te ruiner la vie', 'paie ou je te detruis', 'sinon je t affiche', 'je vais te griller auprès de tout ton entourage', 'je vais te leak', 'je peux ruiner ta réputation en un message', 'je vais créer un compte avec tes nudes', 'je vais te faire une réputation au lycée'],
      ignore: ["je vais t'exposer mes arguments demain", 'je vais te détruire au prochain round', 'tu vas me gacher la surprise'],
    },
  },
  {
    id: 'quelque-chose-de-genant-sur-toi',
    phrases: [
      'recevoir|recevra|recevront|recoit|recoivent|voir|verra|verront|decouvrir|decouvrira|decouvriront|tomber ..3 quelque_chose|qqch|qqc|un_truc|des_trucs|des_choses|des_photos|une_video|des_videos ..3 genant*|compromettant*|honteu*|intime*|chaud*|pas_joli*|sale* ..3 sur|de ..1 toi|twa|vous',
      'tout_le_monde|tt_le_monde|tlm|tes_parents|ta_famille|tes_potes|tes_amis|tes_abonnes|ta_mere|ton_pere ..1 croira|croiront|va_croire|vont_croire|pensera|penseront ..2 que|qu ..1 c_est|c|cest|ce_sont|c_etait ..1 vrai|vraie|toi|twa',
      'ou|sinon|sinn|snn|soit ..2 ca|tout|elle|elles|ils ..1 part|partent|partira|partiront|va_partir|vont_partir|tourne|tournera|circule|circulera|atterrit ..2 sur|chez|a|dans|aupres_de ..2 tes|ta|ton|vos|votre ..1 @audience',
    ],
    unless: ['mdr|ptdr|xd|haha|jrigole|je_rigole|blague|farce|poisson|avril|cadeau|surprise|anniv*|drive|poubelle|recette|colis|commande|vente|vendre|prix|film|serie|spectacle'],
    examples: {
      match: ['il va recevoir quelque chose de très gênant sur toi ce soir', 'tes parents vont voir des photos compromettantes de toi', "et tout le monde croira que c'est vrai", 'ou ça part sur tous tes contacts insta', 'sinon tout part chez tes parents'],
      ignore: ['tu vas recevoir un truc trop bien pour ton anniv', "tout le monde croira que c'est vrai mdr le poisson d'avril", 'sinon ça part à la poubelle', 'sinon ca part chez le voisin, il veut le velo au meme prix'],
    },
  },
  {
    id: 'ce-serait-dommage-que',
    phrases: [
      'dommage|bete|triste|malheureux|embetant|facheux|con ..3 que|qu|si ..4 @audience ..4 tombe|tombent|tombait|tombaient|tomberait ..1 sur ..3 @photo|nudes|ca|sa|ces|cette|certaines|certains|tes|ta|ton|tout|quelque_chose|qqch',
      'dommage|bete|triste|malheureux|embetant|facheux|con ..3 que|qu|si ..4 @audience ..4 voie|voient|voit|voyait|voyaient|verrait|recoive|recoivent|recevait|recevaient|decouvre|decouvrent|decouvrait ..3 @photo|nudes|ca|sa|ces|cette|certaines|certains|tes|ta|ton|tout',
      'dommage|bete|triste|malheureux|embetant|facheux ..3 que|qu|si ..4 @photo|nudes|ca|sa|elles|tout ..3 circule*|tourne|tournent|fuite*|sorte|sortent|retrouve|retrouvent|atterrisse*|finisse|finissent ..3 @audience|en_ligne|partout|sur_internet',
      'imagine|imagines|t_imagines|timagines|imaginez|imagine_toi ..3 si|quand ..4 @audience ..4 tombait|tombaient|voyait|voyaient|recevait|recevaient|decouvrait|decouvraient|tombe|tombent|voit|voient|recoit|recoivent ..3 @photo|nudes|ca|sa|ces|cette|certaines|tes|ta|ton|tout',
      'la_tete|la_reaction|la_tronche|la_gueule ..3 de ..1 tes|ta|ton @audience ..6 voi*|verr*|recoi*|recev*|decouvr*|tomb* ..3 @photo|nudes|ca|sa|ces|cette|tes|ta|ton|tout',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|blague|bulletin|notes|note|cadeau|surprise|anniv*|chambre|bazar|bordel|cuisine|gateau|facture|devoir*|exo*|exercice*|controle|interro|triche*|copie*|copier|resultat*|film|serie|spectacle|match|voyage|vacances|concert|bebe'],
    examples: {
      match: ['ce serait dommage que ton père tombe sur certaines photos de toi...', 'ce serait bête que ta mère voie ça', 'imagine si tes parents tombaient sur tes photos', "t'imagines la tête de ta mère si elle recevait ta vidéo", 'ce serait dommage que ça circule au lycée'],
      ignore: ['ce serait dommage que ta mère voie ton bulletin mdr', 'imagine si tes parents tombent sur le cadeau', 'dommage que tes potes aient pas vu le concert'],
    },
  },
  {
    id: 'sinon-jenvoie-tout',
    phrases: [
      'sinon|ou_sinon|ou_je|ou_j|sinn|snn|sans_quoi ..2 @je ..1 envoi*|envoie|balance*|publie*|poste*|diffuse*|partage*|leak*|montre*|lache* ..1 tout|toutes|tous',
      'ton|ta|tes|toute_ta|tous_tes @audience ..2 va|vont|risque*|pourrai*|pourrait ..1 recevoir|avoir|decouvrir ..2 un|une ..1 joli|jolie|belle|beau|petit|petite|drole_de|sacre|sacree ..1 cadeau|surprise|colis|message|video|film',
      'je|j|jle|jla|jles ..2 le|la|les|l|tout ..1 rend|rends|rendre|rendrai|rendrais ..1 public|publique|publiques|publics',
      'ta|tes|la|les|vos|votre|cette|ces ..1 @photo|nudes ..3 va|vont|fera|feront|vas ..1 faire ..1 le_tour ..2 de|du|des ..1 @audience|lycee|college|ecole|bahut|internet|quartier|classe|ville|insta|snap|reseaux',
      'ces|ta|tes|la|les|vos|votre|cette ..1 @photo|nudes|enregistrement*|capture*|conversation*|conv* ..3 sera|seront|vont_etre|va_etre|serait|seraient|etre ..1 transmis*|envoye*|diffuse*|publie*|partage*|devoile*|communique*|expedie*|mis_en_ligne|mise*_en_ligne|rendu*_public* ..4 @audience|l_ensemble|tous|toutes|internet|en_ligne|partout|public|publique|publiques|publics',
    ],
    unless: ['mail|email|drive|dossier|fichier*|doc|docs|document*|devoir*|exo*|expose|pdf|cv|colis|vinted|commande|haha|mdr|ptdr|xd|lol|profil|album|playlist|projet|site|chaine|event|classe_de|photos_de_classe|photo_de_classe|sortie|voyage|spectacle|kermesse|photographe|mariage|soiree|fete|tournoi|match|concert|gala|diplome*|bulletin*|facture*|billet*|club|equipe|anniv*|reunion|conference|cours|inscri*|stylee|trop_bien|bravo|genial|danse|buzz|fete*|noel|resultat*|naissance|enceinte'],
    examples: {
      match: ['Ta vidéo est prête à être envoyée à tous tes contacts', 'si j\'ai pas l\'argent demain, ton père va recevoir un joli cadeau', "sinon j'envoie tout", 'je le rends public', 'ta vidéo va faire le tour du lycée', "ces vidéos seront transmises à l'ensemble de vos contacts", 'la vidéo sera envoyée à tous tes amis', 'vos images seront diffusées sur les réseaux sociaux'],
      ignore: ["sinon j'envoie tout par mail au prof", 'je rends mon profil public', 'les photos de classe seront envoyées à tous les parents', 'ta vidéo de danse va faire le tour du lycée trop stylée'],
    },
  },
  {
    id: 'sinon-tu-sais-ce-qui-va-se-passer',
    phrases: [
      'sinon|ou_sinon|sinn|snn|sans_quoi|ou_alors ..2 tu|t|vous ..1 sais|connais|savez|connaissez ..1 ce|c|la ..1 qui|ki|suite ..2 va|vas|se|arrive|arrivera|passe|passera|arriver|passer',
      'sinon|ou_sinon|sinn|snn|sans_quoi|ou_alors ..2 tu|t|vous ..1 connais|sais|savez|connaissez ..1 la_suite',
    ],
    weight: 1,
    unless: ['chambre|devoir*|puni*|prive_de|confisque*|maman|papa|mdr|ptdr|haha|xd|lol|bus|train|retard|match|partie|game'],
    examples: {
      match: ['sinon tu sais ce qui va se passer', 'sinon tu connais la suite'],
      ignore: ['range ta chambre sinon tu sais ce qui va se passer', 'sinon tu sais ce qui va se passer mdr on rate le bus'],
    },
  },
] satisfies PatternEntry[];
