import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'montage-porno',
    phrases: [
      'truqu*|trafiqu*|bidouill* ..3 tes|ta|ton|vos ..1 photo*|video*|selfie*|pp ..3 et ..2 les|la|l ..1 envoy*|balanc*|publi*|post*|partag*|diffus*|mettre|montrer',
      '@photo ..4 de ..1 toi|twa ..3 avec|par|grace_a ..1 l_ia|ia|lia|une_ia|une_appli|photoshop ..6 sexuel*|sexy|porno*|porn|nue|nu|a_poil|xxx|cochon*',
      'ia|l_ia|lia|appli*|application|site|logiciel|bot ..3 qui ..1 enleve|retire|supprime|efface ..1 les ..1 vetements|habits|fringues|sapes',
      'montage*|photoshop*|deepfake*|deep_fake*|fake|fakes|truqu*|retouch*|modifi* ..6 ta|ton|tes|toi|twa ..6 porn*|nue*|nude*|sexe|sexuel*|cul|xxx|a_poil|sexy|ose*',
      'mettre|mets|met|mettrai|coller|colle|collerai|photoshoper ..3 ta|ton tete|visage|face|photo ..4 sur ..3 porn*|nue*|nude*|corps|sexe|video*|film*',
      'mettre|mets|met|mettrai|coller|colle|collerai|collera*|photoshoper|foutre|fous|foutrai|incruster|incruste*|greffer|plaquer ..3 ta|ton|tes tete|visage|face|gueule|tronche|photo*|pp ..4 sur|dans ..4 @nude|porn*|sextape*|film_x|films_x|video_x|videos_x|meuf_a_poil|cul|nue*',
      'faire|fais|ferai|creer|cree|generer|genere|fabriquer ..3 des|une|un|de|tes|fausse*|faux ..2 nude*|nudes|photos_nues|videos_porno|porno|photos_de_toi_nue ..4 toi|twa|avec|ia|ai|l_ia',
      'ia|l_ia|lia|intelligence_artificielle|appli|application ..6 te|t ..1 deshabill*|mettre_nue|mettre_nu',
      'je|jpeux|j ..2 peux|vais|pourrais ..2 te|t deshabiller ..3 avec|sur|grace',
      'deepfake*|deep_fake* ..4 de ..1 toi|twa',
      'generer|genere|generee*|generes|fabriquer|fabrique|creer|cree|faire ..3 @photo ..3 nue|nu|nues|nus|a_poil|apoil|porno*|porn|sexy|sexuel*|xxx',
      'personne|tout_le_monde|tlm|ils|tes_parents|tes_potes ..3 saura|sauront|verra|verront|croira|croiront|devinera|devineront ..4 que|qu ..2 c_est|cest|c ..1 un|une|de_l ..1 fake|faux|montage|ia|deepfake|photoshop|trucage',
      'deepfake*|deep_fake* ..4 avec|a_partir_de|grace_a|de ..2 ta|tes|ton ..1 photo*|pp|visage|tete|selfie*|video*|voix',
      'cree*|creer|fais|faire|ferai|ouvre|ouvrir|ouvrirai ..2 un|des ..1 faux|fake ..1 compte*|profil* ..3 ton_nom|tes_photos|ta_photo|toi|twa',
      'faire|fais|ferai|creer ..2 une|un|des faux|fausse*|fake|truque* ..1 video*|photo*|nude*|porno|sextape',
      'te|t mettre|rendre|deshabiller ..1 [nue|nu|a_poil] ..4 appli*|ia|ai|l_ia|photoshop|montage|logiciel|site',
      'fausse*|faux|truque*|fake|fakes ..1 photo*|video*|nude*|image* ..2 de toi|twa',
      'photo*|video*|nude*|image* truque*|fake|fakes|fausse* ..2 de toi|twa',
      'meme|mm si ..1 c|c_est|cest|ce_sont|c_est_des ..1 faux|fausse*|fake|un_montage ..4 personne|tout_le_monde|ils',
      'avec|a_partir_de|grace_a ..2 ta|tes|ton ..1 photo*|pp|visage|tete|selfie* ..6 faire|fais|ferai|creer|generer|fabriquer ..2 des|une|un ..1 nude*|nudes|porno|video_porno|photos_nues|montage*',
      'faire_croire|fera_croire|ferai_croire ..4 que|qu ..3 toi|twa ..2 nue|nu|a_poil|sur_la_photo|sur_la_video|sur_les_photos|dans_la_video',
      'appli*|ia|l_ia|site|logiciel|bot ..3 qui|pour ..1 deshabill*|mettre_a_poil|met_a_poil|enleve*_les_vetements ..6 ta|tes|ton|toi|twa|te|avec|sur ..2 ta|tes|ton|toi|twa',
      'montage*|photomontage*|truqu*|deepfake*|deep_fake*|fake ..2 a_poil|apoil|a_poal|nue|nu|nues|nus|porno*|porn|xxx|sexuel*|de_toi_nue|de_toi_a_poil',
      'ia|l_ia|lia|intelligence_artificielle|appli*|logiciel|photoshop ..6 te|t ..1 mets|mettre|mettrai|rends|rendre|rendrai|fous|foutre ..1 a_poil|apoil|nue|nu|toute_nue|tout_nu',
      'truqu*|trafiqu*|retouch*|modifi*|photoshop*|bidouill* ..3 @photo ..6 nue|nu|a_poil|porn*|sexe|nude*|nudes|sexy',
    ],
    unless: [/* r25 */ 'couronne|chapeau|cape|astronaute*|super_heros|superheros|licorne|princesse|roi|reine|affiche|carte_d_anniv|diplome|fond_d_ecran|poster|lunettes|moustache|deguise*', 'mamie|papi|album|anniv*|montage_video|filtre|filtres', 'mdr|ptdr|xd|drole|chat|chien|memes|dinosaure', 'article|reportage|victime*|escroc*|arnaque*|prevention|selon|etude|loi|interdit*|illegal*'],
    examples: {
      match: ['je vais truquer tes photos et les envoyer', "je peux faire une vidéo de toi avec l'IA qui fait des trucs sexuels", "j'ai une IA qui enlève les vêtements, ta photo de profil va y passer", 'avec ta photo de profil je peux faire des nudes', "je peux faire croire à tout le monde que c'est toi nue", "j'ai une appli qui déshabille les gens, je l'ai fait avec ta photo", 'jpeux te faire un montage a poil avec tes photos insta', "avec l'ia je te mets à poil en 2 secondes", "je vais truquer tes photos pour que t'aies l'air nue", 'je vais faire un montage de ta tête sur des photos porno', 'je vais mettre ta tête sur des photos de nues', 'je vais coller ta tête sur des photos de cul et les balancer', 'jvais incruster ta tronche dans une sextape', 'je fous ta gueule sur des photos de meufs à poil', "je peux faire des nudes de toi avec l'IA", "avec l'IA je peux te déshabiller", 'un deepfake de toi', 'je vais générer des images de toi nue', "personne saura que c'est un fake", "j'ai fait un deepfake avec ta photo", 'je cree un faux compte a ton nom avec tes photos', "même si c'est faux tout le monde va y croire"],
      ignore: ["je vais te mettre sur photoshop avec une couronne", 'je vais truquer tes photos de vacances et les envoyer à mamie avec des filtres', 'je vais truquer tes photos de chat et les envoyer au groupe mdr', 'jai fait un montage de ta tête sur un chat mdr', 'le montage vidéo du projet est fini', "un article sur les montages porno faits avec l'IA, les victimes sont souvent des ados", 'je retouche tes photos de vacances ce soir', 'je vais coller ta photo sur la carte d anniversaire', 'je mets ta tête sur le corps d un chat mdr'],
    },
  },
  {
    id: 'montage-avec-ta-tete',
    phrases: [
      'ia|l_ia|lia|photoshop|appli ..4 je|j ..1 fais|peux_faire|ferai ..2 ce_que_je_veux|tout_ce_que_je_veux|ce_que_j_veux|ce_qu_je_veux ..2 de|avec ..1 ta|tes|ton ..1 photo*|pp|visage|tete|selfie*',
      'montage*|photomontage*|fake* ..3 que|qu ..1 j_ai|jai|g ..1 fait|cree|fabrique|genere ..2 avec|de|a_partir_de ..1 ta|ton|tes ..1 tete|visage|photo*|pp|selfie*|face',
      'photoshop|ia|l_ia|lia|montage*|deepfake*|appli ..4 je|j|jpeux ..2 peux|pourrais|vais|sais ..1 faire_croire|tout_faire|faire_n_importe_quoi|faire_ce_que_je_veux ..4 toi|twa|ta|tes|ton|fais_gaffe|attention|tout_le_monde|gens',
      '@je|je_vais|jvais|jpeux|je_peux ..3 faire|fais|ferai|creer|fabriquer ..2 un|des ..1 montage*|photomontage*|fake*|faux|fausse* ..3 avec|de|a_partir_de ..1 ta|ton|tes ..1 tete|visage|gueule|tronche|photo*|pp|selfie*|face',
      'montage*|photomontage* ..2 avec ..1 ta|ton|tes ..1 tete|visage|gueule|tronche|selfie* ..6 envoi*|envoy*|balanc*|publi*|post*|partag*|diffus*|tourner|tout_le_monde|@audience|croire|croiront',
    ],
    weight: 3,
    unless: ['mdr|ptdr|xd|haha|lol|drole|marrant|rigolo|fun|meme|memes|chat|chien|dinosaure|licorne|anniv*|carte|cadeau|surprise|noel|projet|expose|video_de_classe|fin_d_annee|souvenir*|mariage|clip|sticker*|gif'],
    examples: {
      match: ["avec l'IA je fais ce que je veux de ta photo, tu vas voir", "regarde ce montage que j'ai fait avec ta photo", "avec photoshop je peux faire croire n'importe quoi, fais gaffe à ce que tu fais", 'je vais faire un montage avec ta tête', 'jpeux faire des fakes avec tes selfies', 'un montage avec ta tête et je le balance à tout ton lycée'],
      ignore: ['je vais faire un montage avec ta tête sur un chat mdr', 'je fais un montage avec tes photos pour ton anniv', 'on fait un montage avec ta tête pour la vidéo de fin d année'],
    },
  },
  // r9-begin
  {
    "id": "coller-sur-des-photos-a-poil-r9",
    "phrases": [
      "coller|colle|collerai|mettre|mets|mettrai|incruster|incruste|incrusterai|plaquer|greffer|photoshoper ..3 sur|dans ..1 des|une|un|les ..1 photos|photo|videos|video|corps|images ..3 @nude|porno*|porn|x|de_cul|sexuel*",
      "appli|app|application|logiciel|site|bot ..1 ia|d_ia|de_l_ia|d_intelligence_artificielle|de_deshabillage|nudify|deepnude ..6 tu|te|t|ta|ton|tes|toi ..3 nue|nu|a_poil|nude*|nudes|deshabill*|croira|croiront",
      "@je ..3 coller|colle|collerai|mettre|mettrai|incruster|photoshoper ..1 ta|la|ton|tes ..1 photo*|pp|tete|visage ..6 appli_ia|avec_l_ia|avec_une_ia|avec_une_appli_ia|avec_chatgpt|par_ia"
    ],
    "unless": [
      "chat|chien|licorne|dinosaure|memes|mdr|ptdr|anniv*|carte|affiche|album|mamie|papi|filtre|filtres",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|selon|etude|loi|interdit*|illegal*"
    ],
    "examples": {
      "match": [
        "j'ai ta photo de profil, je vais la coller sur des photos de meufs à poil avec une appli IA",
        "je vais la mettre sur des vidéos porno",
        "avec une appli IA tout le monde te croira nue"
      ],
      "ignore": [
        "je vais coller ta photo sur des photos de licorne mdr",
        "un article sur les applis IA qui mettent les gens nus, c'est interdit"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "je-les-modifie-pour-que-tu-sois-nue-r10",
    "phrases": [
      "@photo ..4 modifi*|truqu*|retouch*|trafiqu*|photoshop*|bidouill*|transform* ..6 nue|nu|nues|nus|a_poil|apoil|porn*|nude*|nudes|sexy|sans_vetements|sans_rien",
      "ia|l_ia|lia|intelligence_artificielle|appli* ..3 fait|cree|genere|sorti|donne ..3 avec|de|a_partir_de ..1 ta|tes|ton ..1 photo*|pp|selfie*|tete|visage ..6 nue|nu|nues|nus|a_poil|apoil|porn*|nude*|nudes|sans_vetements"
    ],
    "unless": [
      "article|reportage|victime*|escroc*|arnaqu*|prevention|selon|etude|loi|interdit*|illegal*|vacances|mamie|papi|filtre|chat|chien|licorne|dinosaure|anime|manga|cartoon|dessin"
    ],
    "examples": {
      "match": [
        "si tu m'envoies rien je prends tes photos insta et je les modifie pour que t'aies l'air a poil",
        "regarde ce que l'IA a fait avec ta photo de profil 😂 ça rend bien nue non ?",
        "tes photos je les truque et tout le monde te verra nue"
      ],
      "ignore": [
        "je retouche tes photos de vacances ce soir",
        "regarde ce que l'IA a fait avec ta photo de profil, ça te transforme en chat",
        "un reportage sur les photos modifiées pour mettre les gens nus"
      ]
    }
  },
  // r10-end
  {
    "id": "je-peux-faire-un-montage-et-le-mettre-r12",
    "phrases": [
      "faire|fais|ferai|creer|fabriquer ..1 un|des|une ..1 montage*|photomontage*|fake*|faux ..4 et ..2 le|la|les|l ..1 mettre|publier|poster|balancer|envoyer|diffuser|partager ..3 sur|a|partout|internet|en_ligne",
      "montage*|photomontage*|fake* ..4 mettre|mets|publier|poster|balancer|diffuser ..2 sur ..2 des_sites|sites|site_porno|sites_porno|sites_x|site_x|pornhub|xvideos"
    ],
    "unless": [
      "mdr|ptdr|xd|haha|jrigole|blague|anniv*|surprise|cadeau*|voyage|vacances|soiree|match|concert|spectacle|drive|classe|album|imprim*|projet|chat|chien|memes|clip|fin_d_annee|mariage"
    ],
    "examples": {
      "match": [
        "Je peux facilement faire un montage et le mettre sur des sites 🔞",
        "jvais faire un fake et le balancer partout",
        "je ferai des montages et les envoyer a tout le monde",
        "ton montage je le mets sur des sites x"
      ],
      "ignore": [
        "je peux faire un montage et le mettre sur le drive pour le projet",
        "je fais un montage de la soirée et je le poste sur insta mdr",
        "on fait un montage pour son anniv et on le met sur youtube"
      ]
    }
  },
  {
    "id": "compte-a-ton-nom-r12",
    "phrases": [
      "@je ..3 mets|met|mettre|mettrai|publie|poste|balance|cree|creer|ouvre|ouvrir|fais|faire ..6 compte|profil ..2 a|avec|en|sous ..1 ton ..1 nom|blaze|prenom"
    ],
    "unless": [
      "asso*|association|club|ecole|cantine|pronote|ent|banque|livret|mutuelle|secu|caf|impots|inscription*|billet*|reservation*|commande|colis"
    ],
    "examples": {
      "match": [
        "vire 200€ sur ce lydia ou je les mets sur un compte insta à ton nom",
        "je cree un profil a ton nom avec tes photos",
        "jvais ouvrir un faux compte a ton nom et tout poster"
      ],
      "ignore": [
        "je crée un compte à ton nom sur le site du club pour l'inscription",
        "j'ai ouvert un compte à ton nom à la banque pour ton livret"
      ]
    }
  },
  // r13-start
  {
    "id": "ia-imagine-avec-ta-tete-r13",
    "phrases": [
      "ia|appli|app|intelligence_artificielle|deepfake*|photoshop ..6 imagine|imagines|imaginez ..2 avec|sur ..1 ta_tete|ton_visage|ta_face|ta_photo|tes_photos|toi|ta_pp",
      "ia|appli|intelligence_artificielle ..2 qui|pour ..1 enleve|enlever|retire|retirer|deshabille|deshabiller ..1 les|tes ..1 vetements|habits|fringues"
    ],
    "unless": [
      "mdr|ptdr|haha|xd|expose|cours|prof|article|reportage|interdit*|illegal|signale*|arnaque*|danger*|attention|fais_gaffe|faites_gaffe"
    ],
    "examples": {
      "match": [
        "t'as vu ce que je peux faire avec une IA ? imagine avec ta tête",
        "j'ai mis ta photo dans une IA qui enlève les vêtements"
      ],
      "ignore": [
        "fais gaffe, y a des applis qui enlèvent les vêtements, c'est illégal",
        "avec l'appli tu peux vieillir les visages, imagine avec ta tête dans 50 ans mdr"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "je-fais-un-montage-et-je-lenvoie-r14",
    "phrases": [
      "@je ..2 fais|fait|ferai|faire|vais_faire ..1 un|des|une ..1 montage*|photomontage*|fake*|deepfake* ..6 @spread|envoie|envoyer|poster|publier|partager|balancer"
    ],
    "unless": [
      "vacances|anniv*|souvenir*|mariage|voyage|capcut|clip|projet|expose|cadeau|surprise|soiree|fete|match|buts|highlights|edit|edits|tiktok_de|video_de_nos|nos_photos"
    ],
    "examples": {
      "match": [
        "tu m'envoies 250€ en recharge paysafecard dans 20 min ou je fais un montage et je l'envoie à toute ta liste",
        "sinon jvais faire des montages et les balancer partout"
      ],
      "ignore": [
        "je fais un montage vidéo de nos vacances et je l'envoie au groupe",
        "je fais un montage pour l'exposé et je te l'envoie ce soir"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'jai-fait-une-video-porno-de-toi-r15',
    phrases: [
      'j_ai|jai|g|je_vais|jvais|je_peux ..1 fait|faire|cree|creer|genere|generer|monte|monter ..2 video*|photo*|image*|montage*|vid|vids ..1 porno|porn|x|nue|nu|nues|nus|intime*|sexuelle*|cochonne* ..2 de ..1 toi|twa',
      'j_ai|jai|g|je_vais|jvais|je_peux ..1 fait|faire|cree|creer|genere|generer|monte|monter ..2 video*|photo*|image*|montage*|vid ..1 de ..1 toi|twa ..4 branl*|nu|nue|a_poil|apoil|porno|sexe|te_touch*|en_train_de_te',
    ],
    unless: ['mdr_la_danse|anniv*|match|souvenir*|mariage|spectacle|clip_de_classe'],
    examples: {
      match: ["J'ai pris ton visage sur tes photos insta et j'ai fait une video porno de toi avec l'IA", "frero j'ai ton visage, j'ai fait une video de toi en train de te branler avec une appli", "je peux faire des photos nues de toi avec l'ia"],
      ignore: ["j'ai fait une video de toi au match, t'as marqué !", "j'ai fait un montage de toi pour ton anniv"],
    },
  },
  {
    "id": "coller-ta-tete-sur-corps-nu-r16",
    "phrases": [
      "@photo|photo_de_profil|pp ..4 mettre|mets|coller|colle|poser|placer|collerai|mettrai|mettre_ta_tete ..2 sur ..2 corps|photos|video*|images ..1 nu|nue|nus|de_boule|porno|x|a_poil|de_cul|sexe|hard",
      "coller|colle|collerai|mettre|mettrai|mets|poser|greffer ..1 ta ..1 tete|tronche|visage|face|gueule ..2 sur ..3 photo*|video*|corps|boule|porn*|nu|nue|nus|nude*|a_poil|cul",
      "faire|fais|ferai|faire_un ..2 montage* ..4 nu|nue|a_poil|porno|x|sexe|sexy|de_cul"
    ],
    "unless": [ "fin_d_annee|photo_de_classe|photo_de_groupe|souvenir*|vacances",
      "film|cinema|affiche|meme_du_prof|pour_rire_au_mariage"
    ],
    "examples": {
      "match": [
        "si tu envoie pas je vais prendre ton photo de profil et mettre sur corps nu, faire montage",
        "je vais coller ta tete sur des photos de boule et les mettre sur un compte a ton nom",
        "je vais te faire un montage a poil"
      ],
      "ignore": [
        "je vais coller ta tete sur la photo de classe pour le montage de fin d'annee",
        "je fais un montage de nos photos de vacances"
      ]
    }
  },
  {
    "id": "je-vais-faire-des-deepfakes-r16",
    "phrases": [
      "je|j|jvais|je_vais|on_va|nous_allons ..3 faire|fais|ferai|creer|cree|generer|genere|fabriquer ..2 des|un|une|ton|ta|tes ..1 deepfake*|deep_fake*|faux_nude*|fausses_nude*|fausse_nude*|fausses_photos_nue*|fausse_video_porno|faux_porno",
      "@photo|photos_de_profil|photo_de_profil|pp|visage|tete ..6 deepfake*|deep_fake*|faux_nude*|fausses_nude*"
    ],
    "unless": [
      "reportage|article|documentaire|prevention|cours_sur|expose_sur|les_deepfakes_c_est|attention_aux|mefie*|arnaqueur*|un_mec_m_a|quelqu_un_m_a|je_fais_quoi"
    ],
    "examples": {
      "match": [
        "avec tes photos de profil je vais faire des deepfakes",
        "je vais faire un deepfake de toi"
      ],
      "ignore": [
        "on a vu un reportage sur les deepfakes en classe",
        "attention aux deepfakes avec les photos de profil publiques"
      ]
    }
  },
  {
    id: 'montage-de-toi-a-poil-fait-r17',
    phrases: [
      'on|j|je|jai|nous ..3 fait|cree|genere|fabrique|monte ..2 un|une|des ..1 montage*|photomontage*|deepfake*|fake|image*|photo* ..3 de_toi|de_twa|avec_ta_tete|avec_ton_visage ..3 a_poil|apoil|a_poal|nue|nu|toute_nue|tout_nu|en_sous_vetements|porno*|xxx',
    ],
    unless: ['reportage|documentaire|article|prevention|arnaque*|victime*|police|gendarmerie|signale*|ils_ont|il_a|elle_a'],
    examples: {
      match: ['on a fait un montage de toi à poil avec ta tête, il est trop réaliste mdr', "j'ai fait une image de toi toute nue avec l'ia lol", 'on a généré des photos de toi nue'],
      ignore: ["mdrrr regarde le montage que j'ai fait de toi en licorne", 'au reportage ils ont fait un montage de toi nue... enfin de la victime'],
    },
  },
  // r18-start
  {
    id: 'ta-photo-dans-une-appli-qui-deshabille-r18',
    phrases: [
      'mis|mets|passe|passer|charge|charger|upload*|envoye|importe*|balance ..3 ta|tes|ton ..1 photo*|pdp|selfie*|visage|tete|tof ..6 appli*|app|ia|bot|logiciel|site ..2 qui|pour ..2 deshabill*|enleve*|retire*|met_nu*|mettre_nu*|mettre_a_poil|rend_nu*',
      'appli*|app|ia|bot|logiciel|site ..2 qui|pour ..2 deshabill*|enleve_les_vetements|retire_les_vetements|met_nu*|mettre_nu*|mettre_a_poil|rend_nu* ..6 ta|tes|ton|toi ..1 [photo*|pdp|selfie*|visage|tete]',
    ],
    unless: ['reportage|article|arnaqu*|interdit*|illegal*|police|gendarme*|prevention|attention|mefiez|mefie|signale*|un_mec_m_a|quelqu_un_m_a|je_fais_quoi|que_faire'],
    weight: 5,
    examples: {
      match: ["j'ai mis ta photo de profil dans une appli qui déshabille, le résultat est ouf 😳", "y a une ia qui déshabille, je la teste sur ta photo ?"],
      ignore: ["attention y a des applis qui déshabillent les photos, le gendarme a dit que c'est illégal"],
    },
  },
  // r18-end
  // r18-start
  {
    id: 'ce-que-je-peux-faire-avec-ton-visage-r18',
    phrases: [
      'ce_que|ce_qu ..3 peux|peut|pourrais|vais|pourrait ..1 faire ..1 avec ..1 ton|ta|tes ..1 visage|tete|photo*|pdp|selfie*|face|tronche ..6 imagine|la_suite|tout_le_monde|ton_lycee|ton_college|tes_parents|sinon|a_poil|nue|nu|ia',
      'ta|ton|tes ..1 pdp|photo*|visage|tete|face|selfie*|tronche ..3 sur|avec ..2 un|le|des ..1 corps ..4 nu|nue|nus|nues|a_poil|de_femme_nue|d_homme_nu|@nude',
    ],
    unless: ['mdr|ptdr|lol|xd|haha|chat|chien|oreilles|filtre*|snap_filtre|licorne|dessin|caricature|anniv*|carte|montage_drole|meme*|astronaute|super_heros|avatar'],
    weight: 5,
    examples: {
      match: ["t'as vu ce que je peux faire avec ton visage ? imagine la suite", 'ta pdp avec un corps de femme nue, ça rend bien hein, ton lycée va adorer'],
      ignore: ["regarde ce que je peux faire avec ta photo, je t'ai mis des oreilles de chat mdr", 'ta tête sur un corps de super héros pour ton anniv 😂'],
    },
  },
  // r18-end
  {
    "id": "je-te-fais-un-montage-sale-r19",
    "phrases": [
      "je|j|jte|jvais|moi ..2 te|t|vais_te|vais_t ..1 fais|fait|ferai|faire|fabrique|cree|genere|generer|creer|fabriquer ..1 un|une|des ..1 montage*|deepfake*|fake|fakes|photomontage* ..4 sale|sales|degueu*|chelou|hard|porno*|x|xxx|cochon*|nue|nu|a_poil|ia|l_ia|photoshop",
      "montage*|deepfake*|photomontage*|fake ..4 ia|l_ia|photoshop|appli ..4 et ..2 je|j|jle|jla|jles ..2 @spread|poste*|publi* ..2 partout|@audience|sur"
    ],
    "unless": [
      "mamie|papi|album|anniv*|filtre|filtres|chat|chien|dinosaure|super_heros|memes|mdr|ptdr|xd|drole|projet|expose|cours"
    ],
    "examples": {
      "match": [
        "j'ai ta tête en photo de profil, je te fais un montage bien sale avec l'IA et je le poste partout",
        "jvais te faire un deepfake porno",
        "je te fais un fake a poil avec l'ia"
      ],
      "ignore": [
        "je te fais un montage avec l'IA pour l'anniv de mamie",
        "je te fais un montage drôle avec ton chat mdr"
      ]
    }
  },
  {
    "id": "compte-avec-ta-tete-r21",
    "phrases": [
      "cree|creer|crees|creerai|fais|faire|ferai|ouvre|ouvrir|ouvrirai|monte|monter ..1 un|des|une|1 ..2 compte*|profil*|page ..3 avec|a|de ..2 ta|tes|ton ..1 tete|tronche|visage|photos|photo|pp|face|identite|gueule",
      "me|m ..1 faire|fais|ferai ..1 passer ..1 pour ..1 toi|twa ..6 ecrire|ecris|parler|envoyer|envoie|dm|poster|publier|contacter|abonnes|followers|contacts|amis|potes|classe|coequipier*"
    ],
    "unless": [
      "jeu|avatar|pseudo|je_te_cree|jte_cree|appli_de_la|l_appli_de|cantine|site_du|site_de_l|asso|association|mairie|pour_la_carte|site_du_club|site_de_l_equipe|inscription|licence|pronote|trombinoscope|trombi|annuaire|badge|carte_de_membre|ent|jumeau|jumelle|poisson_d_avril|prank|farce|pizza|mot_d_excuse|absence|resto|reservation",
      "mdr|ptdr|lol|jrigole|je_rigole"
    ],
    "examples": {
      "match": [
        "soit tu m'envoies 50€ en carte steam, soit je cree un compte avec ta tete et j'envoie la vid a tous tes coequipiers",
        "je vais ouvrir un profil avec tes photos",
        "je vais me faire passer pour toi et écrire à tous tes abonnés"
      ],
      "ignore": [
        "je crée un compte avec ta photo pour le site du club",
        "je vais ouvrir un profil avec ta photo sur l'appli de la cantine",
        "je crée un compte avec ta photo sur le jeu ? non c'est bon",
        "je vais me faire passer pour toi pour commander la pizza mdr"
      ]
    }
  },
  {
    "id": "ta-photo-deshabillee-r22",
    "phrases": [
      "ta|tes ..1 photo*|pp|pdp|selfie*|tete ..6 deshabill*|nudifi*|a_poil|toute_nue|tout_nu|sans_vetements",
      "deshabill*|nudifi* ..4 ta|tes|ton ..1 photo*|pp|pdp|selfie*|profil",
      "traite|passe|passee|mis|mise|retouche ..3 ta|tes ..1 photo*|pp|pdp|selfie* ..6 resultat|rendu ..3 realiste|realistes|bluffant|parfait",
      "ta|tes ..1 photo*|version|versions|image*|video* ..1 ia|deepfake|fake|truquee*|nue|nues|modifiee*|montee* ..3 est|sont|elle_est|elles_sont|c_est ..1 prete|pretes|dispo|faite|faites|finie|finies|terminee*"
    ],
    "unless": [
      "ghibli|avatar|anime|manga|dessin|pixar|cartoon|disney|caricature|lego|simpsons|sticker*|emoji",
      "reportage|article|loi|illegal|interdit|les_gens|des_gens|attention|arnaque*|signale*|pharos|ils|il_a|elle_a"
    ],
    "examples": {
      "match": [
        "on a deja traité ta photo de profil insta. Resultat tres realiste 😏",
        "Ta photo IA elle est prête 😈",
        "le bot a déshabillé ta photo de profil",
        "tes photos truquées sont prêtes, tu veux voir ?"
      ],
      "ignore": [
        "ta photo ia style ghibli est prête mdr",
        "attention il y a des bots qui déshabillent les photos, ne mets pas ta pp publique",
        "ta photo de classe est prête, passe la chercher"
      ]
    }
  },
  {
    "id": "on-a-mis-ta-tete-sur-r22",
    "phrases": [
      "mis|mise|colle|collee|monte|montee|place|placee|photoshope|incruste|incrustee ..2 ta|ton ..1 tete|visage|face|tronche|pp|photo ..4 sur ..3 porn*|nue|nues|nude*|corps|sexe|x|xxx|video_porno|film_porno"
    ],
    "unless": [
      "chat|chien|licorne|meme|memes|shrek|dinosaure|singe|affiche|poster|anniv*|carte|mdr|ptdr|xd"
    ],
    "examples": {
      "match": [
        "on a mis ta tête sur une vidéo porno, 100€ ou on l'envoie à ton bahut",
        "j'ai collé ton visage sur un corps nu"
      ],
      "ignore": [
        "j'ai mis ta tête sur le corps d'un chat mdr",
        "on a mis ta photo sur le corps de Shrek pour l'anniv"
      ]
    }
  },
  // r25-start
  {
    id: 'avec-lia-tes-a-poil-r25',
    phrases: [
      '@photo ..6 t_es|tes|tu_es|tu_seras|t_seras|tu_serais ..1 a_poil|apoil|nue|nu|toute_nue|tout_nu|deshabillee|deshabille|en_sous_vet* ..2 dessus|en_2_min|en_deux_min|en_deux_minutes|en_2_sec',
      'ia|appli|app|application|nudify|deepnude|undress|clothoff|logiciel|intelligence_artificielle ..6 te|t|tu|t_es|tes|ta_photo|tes_photos ..3 a_poil|apoil|nue|nu|toute_nue|tout_nu|deshabill*',
    ],
    unless: ['reportage|article|interdit*|illegal*|degueu|degoutant|t_as_vu|tas_vu|signale*|plainte|arnaque*|attention|mefie*|plage|maillot|bain|bebe|ne_paie|ne_paye|victime*|police|parle_en|parles_en'],
    examples: {
      match: ["j'ai pris 4 photos sur ton insta. en 2 min t'es a poil dessus et on voit rien de la diff", "avec l'ia je te mets toute nue sur ta photo de profil", "l'appli te deshabille en 2 sec, tu veux voir ?"],
      ignore: ["t'as vu le reportage sur les applis ia qui mettent les filles nues ? c'est degueu", "sur la photo de la plage t'es en maillot dessus"],
    },
  },
  // r25-end
  // r27-start
  {
    id: 'j-ai-screen-ta-story-je-fais-un-montage-r27',
    phrases: [
      '@photo|story|pp|photo_de_profil|tes_photos|ta_tete|ton_visage|ta_face ..6 je|j|jvais|jv ..2 vais|va|vai ..1 faire|te_faire|en_faire|te_mettre ..2 un|une|des ..1 montage*|photomontage*|deepfake*|deep_fake|fake*|edit',
      'je|j|jvais|jv ..3 faire|fabriquer|creer ..2 un|une|des ..1 montage*|photomontage*|deepfake*|deep_fake ..4 avec|a_partir_de|de ..2 ta|tes|ton ..1 story|stories|pp|photo*|visage|tete|face|selfies',
    ],
    unless: ['anniv*|surprise|diapo*|diaporama|souvenir*|fin_d_annee|mariage|cadeau|drole|mdr|ptdr|haha|lol|xd|meme|memes|tiktok_de_groupe|clip|edit_de_groupe|video_de_classe|album'],
    examples: {
      match: ["j'ai screen ta story et ta pp, j'vais faire un montage", 'je vais faire un deepfake avec ton visage'],
      ignore: ["j'ai screen ta story, je vais faire un montage pour ton anniv", 'je vais faire un montage avec tes photos pour le diaporama de fin d année'],
    },
  },
  // r27-end
  // r30
  {
    id: 'appli-ia-moins-habillee-r30',
    phrases: [
      'appli*|application*|ia|l_ia|lia|une_ia|intelligence_artificielle|logiciel|site|bot|photoshop|montage ..6 rendre|mettre|faire|transformer|retoucher|modifier|rend|rends|met|mets ..3 moins_habille*|moins_vetue*|moins_vetu*|deshabill*|nue|nu|nues|a_poil|sans_vetements|sans_rien|topless|toute_nue|tout_nu|sans_habits',
      'peut|peux|pourrait|pourrais|vais|va|vas|sais ..2 la|le|les|te|t ..1 rendre|mettre|faire_paraitre ..2 moins_habille*|moins_vetue*|toute_nue|tout_nu|nue|nu|a_poil|sans_vetements ..6 appli*|ia|l_ia|lia|logiciel|photoshop|montage|site|bot|personne_verra|personne_saura',
    ],
    unless: ['floue|flou|nette|lumineuse|lumiere|couleur*|filtre_vintage|dessin|avatar_cartoon|manga|anime|sticker|mdr|ptdr|haha|xd|lol|tuto|cours|article|danger|dangereu*|attention_aux|arnaque*|signale*|illegal|interdit'],
    weight: 3,
    examples: {
      match: ['avec une appli IA on peut la rendre beaucoup moins habillée tu sais 😈', "l'ia peut te mettre toute nue en 2 secondes", 'je peux la rendre moins habillée avec photoshop'],
      ignore: ["cette appli ia peut rendre ta photo moins floue", "attention aux applis ia qui mettent les gens nus, c'est illégal", "l'appli transforme ta photo en dessin manga"],
    },
  },
  // r30-end
] satisfies PatternEntry[];
