import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'je-te-donne-robux',
    phrases: [
      '@ite fais|fait|ferai ..2 une|un recharge*|virement*|cadeau*|carte* ..3 #|@currency|@payment|robux|vbucks',
      '@ite ..1 donne|donnerai*|paie|paye|payerai*|offre|offrirai*|file|filerai*|envoie|enverrai*|achete|acheterai*|recharge ..3 #|@currency|@payment|@money|robux|vbucks|v_bucks|skin*|cadeau*|gift|gifts|iphone|airpods|forfait|pass_combat|battle_pass|gemmes|diamants|nitro|abonnement|ce_que_tu_veux|tout_ce_que_tu_veux',
      'je|j|jpeux|jpeu ..2 peux|pe|pourrais t|te ..1 offrir|payer|acheter|donner|envoyer ..3 #|@currency|@payment|@money|robux|vbucks|skin*|cadeau*|iphone|forfait|abonnement|pass_combat|ce_que_tu_veux|tout_ce_que_tu_veux',
      '# @currency|robux|vbucks|v_bucks|gemmes|diamants ..1 pour|contre ..3 @photo|nude*|nudes|toi|ta_photo|tes_photos|une_video|des_videos|une_photo|des_photos|ca',
      '#|robux|vbucks|argent|thune|cadeau* ..2 si ..1 tu|t ..2 m|me|menvoie*|envoie*|montre*|fais',
      '@ite donne|paie|paye|offre|file ..2 si ..1 tu|t ..2 m|me|menvoi*|envoi*|montre*',
      'veux|voudrais|veut ..2 des|de|# robux|vbucks|v_bucks|skin*|gemmes|diamants|nitro',
      'robux|vbucks|v_bucks|skin*|gemmes|diamants|nitro|pass_combat|iphone|airpods ..4 contre|en_echange_d|en_echange_de|pour ..2 une|des|ta|tes|1|quelques ..1 @photo|nude*|nudes',
      'gagner|gagnerais|gagnes|gagnerai|gagnerait|te_faire ..6 en ..1 faisant|envoyant|posant|vendant ..2 des|quelques|tes ..1 photo*|video*|pic|pics|nude*',
      '@ite|je|jpeux ..3 rendre ..1 celebre|connue|connu|star|riche|influenceuse',
      'cherche|recherche ..3 jeunes|filles|mannequins|modeles|ados|garcons ..3 pour ..2 shooting*|photo*|casting|tournage|clip',
      'gagner|gagne|gagnes|te_faire|se_faire ..2 de|du ..1 l|l_argent|argent|thune|fric|sous|oseille|cash|money ..1 [facile|facilement|rapide|rapidement|vite]',
      'argent|thune|fric|oseille|cash|money facile|facilement|rapide',
      'vous|tu|t serez|seras|serais|seriez|sera ..1 remunere*|paye*|payee*|bien_paye*',
      'faire gagner ..2 #|argent|thune|de_l_argent|@money',
      'tu|t ..1 veux|voudrais ..1 # ..1 @currency|balles|robux|vbucks ..6 @send|@show|fais ..4 @photo|nude*|nudes',
    ],
    unless: [/* r25 */ 'si ..1 tu|t ..1 gardes|garde|fais|ranges|tonds|sors|promenes|aides|m_aides ..3 chien|chat|vaisselle|menage|chambre|pelouse|courses|poubelles|linge|lessive|devoirs|frere|soeur|enfants|petits', /* r24 */ 'fais_moi_un_virement|fais_moi_un_lydia|fais_moi_un_paylib|fais_moi_un_wero|vire_moi|vire_les_moi|paye_moi|paie_moi|envoie_moi_l_argent|envoie_moi_les_sous', /* r22 */ 'pour_le_billet|pour_la_place|pour_ta_part|ta_part|ma_part|je_te_dois|jte_dois|te_rembourse|rembourse*|que_je_te_dois|pour_la_pizza|pour_le_cine|pour_le_resto|pour_les_courses', /* r18 */ 'amis_proches|entre_proches|frais_de_port|fdp|colis|lettre_suivie|envoi_suivi|photocard*|recto|verso|vinted|leboncoin|la_difference', 'joyeux_anniv*|bon_anniv*|joyeux_noel|pour_ton_anniv*|pour_noel', 'si ..1 tu|t ..1 gagnes|gagne|bats|finis|termines|reussis|depasses|montes', 'cotisation|cagnotte|rembours*|tu_me_dois|je_te_dois|jte_dois|prete|preter|kebab|coca|mcdo|macdo|grec|pizza|glace|place_de_cine|cine|dissert*|devoir*|exo|exos|exercice*|expose|redaction|fiche*|resume*|correction*|dm', /* r21: paid commissions, split payments */ 'ai|avais|avons ..1 paye|vire|verse|envoye|regle|donne ..5 pour ..3 dessin*|commission*|portrait*|illustration*|fanart*|croquis|perso|logo|banniere|emote*|overlay|edit|miniature*|fansign*', 'a_la_fin|le_reste_a|le_reste_quand|le_reste_apres|la_moitie|moitie_maintenant|moitie_avant|acompte|quand_t_as_fini|quand_tas_fini|quand_tu_as_fini|une_fois_fini|une_fois_termine'],
    examples: {
      match: ['je t en achete un 🎁 si t es sage', 'jte paye un petit 🎁 ce soir', 'je peux te payer ton forfait si tu me fais plaisir', 'tu veux 20€ ? envoie juste une photo de tes pieds', 'je peux te passer des skins fortnite contre une photo', 'tu gagnerais facile 300€ par semaine en faisant des photos', 'yo jte donne 2000 robux si tu menvoies une photo de toi', 'tu veux gagner de l argent facile ?', '50€ pour quelques photos de toi', 'je peux te payer ce que tu veux', 'je te donne 20 euros', "je t'offre un iphone"],
      ignore: ['je t offre un 🎁 pour ton anniv', "je te donne 20 balles si tu gardes mon chien ce weekend", "si tu fais la vaisselle je te file 5 euros", "10€ pour toi, fais moi un virement", "je te le laisse à 15 balles, vire moi sur lydia", "je te fais un virement de 15 balles pour le billet", 'je te donne des v-bucks si tu gagnes la game', "je te paie le ciné si tu m'envoies ta dissert", 'je te paie un kebab si tu me fais l exo', 'je te rembourse les 20 euros demain', 'jte donne le lien'],
    },
  },
  {
    id: 'agence-mannequin',
    phrases: [
      'agence ..3 mannequin*|modele*|model*|casting|mode|talents|visages|nouveaux_visages|profils|egerie*',
      'faire ..1 de ..1 toi|twa ..1 une|un ..1 star|vedette|celebrite|influenceuse|influenceur|mannequin|modele|actrice|acteur',
      'recrut*|scout|chasseur|chasseuse|photographe|booker|coach|agent|manager|producteur|productrice|realisateur|directeur_de_casting ..4 mannequin*|modele*|model*|agence|shooting*|talents|influenceu*',
      'paye|payee|remunere* # [@currency] ..2 le|la|pour|par shooting|seance|casting|photo*',
      'devenir|deviens|etre ..1 mannequin*|modele*|model|influenceu*|egerie',
      'shooting|shoot|seance_photo|casting ..4 paye|payee|remunere*|bien_paye|gratuit|pour_toi|#',
      'tu|t ..2 as|a|aurais|pourrais|ferais ..2 un beau|gros|vrai potentiel|profil ..2 de|pour mannequin*|modele*|model',
      '@photo|shooting|book|seance|pose|poses|casting ..6 remunere*|retribue*|bien_paye*|tres_bien_paye*|paye_cash',
    ],
    unless: [/* r26 */ 'y_a_un_photographe|il_y_a_un_photographe|stand_officiel|pour_les_cosplayeurs|pour_les_cosplayeuses|japan_expo', 'stage|ecole_de|cours_de|le_defile_de|emission|serie|film'],
    examples: {
      match: ['je suis producteur, je peux faire de toi une star', "Pour le book il me faudrait quelques photos de toi, c'est rémunéré 300€", 'je suis recruteur pour une agence de mannequins', 'je suis coach de mannequinat', 'tu pourrais devenir mannequin', 'le shooting est payé 500€', 'tu as un beau profil pour être mannequin'],
      ignore: ['y a un photographe qui fait des shootings gratuits pour les cosplayeurs, je vous mets le lien', 'le stage photo est rémunéré', 'jai regardé une emission sur une agence de mannequins', 'elle veut faire un stage dans une agence de mode'],
    },
  },
  {
    id: 'cadeaux-drogues',
    phrases: [
      '@ite ..1 ramene|ramenerai*|apporte|offre|donne|file|passe|fais_gouter ..2 de_la|du|des ..1 beuh|weed|shit|alcool|vodka|clopes|cigarettes|puff*|vape*|cocaine|coke|md|ecstasy',
      '@ite ..2 fais|ferai|offre|offrirai ..3 cadeau*|shopping|restau|resto',
      'tu|t ..1 veux|voudrais|kiffes ..2 de_la|du|des ..1 beuh|weed|shit|vodka|puff*|vape*|cocaine|coke|md|ecstasy ..4 je|j|jte|jt ..2 t|te|en ..1 file|donne|ramene|offre|passe',
      'cadeau*|surprise ..2 pour toi ..2 si ..1 tu',
    ],
    unless: ['anniv*|noel|fete'],
    examples: {
      match: ["tu veux de la beuh ? je t'en file gratuit", 'je te ramène de la weed', 'jte fais plein de cadeaux', 'un cadeau pour toi si tu viens'],
      ignore: ['je te fais un cadeau pour ton anniv', 'je te passe le cahier'],
    },
  },
  {
    id: 'argent-par-photo',
    phrases: [
      '@ite ..1 prends|prend|prendrai|paie|paye|offre|achete ..4 si ..1 tu|t ..2 envoies|envoie|montres|montre ..2 des|une|tes|ta|quelques ..1 @photo',
      '@ite ..1 fais|ferai ..2 virement|lydia|twint|paypal|wero|cadeau ..3 si ..1 tu|t ..1 me|m ..1 montres|montre|envoies|envoie|fais_voir',
      '@photo|pic|photo*|video* ..6 je|j|jte ..1 te|t ..1 paie|paye|payerai',
      '@ite ..1 paie|paye|payerai ..2 pour|si ..3 une|des|ta|tes|la|les|quelques ..1 @photo',
      'star|celebre|connue|connu|riche|influenceuse|mannequin|modele ..6 si ..1 tu|t ..1 m|me ..1 envoies|envoie|montres|fais ..2 des|quelques|une|tes|ta ..1 @photo',
      '@currency|balles|robux|vbucks|v_bucks ..1 par|la|chaque ..1 photo*|video*|nude*|pic|tof|selfie*',
      'argent|thune|fric|gagner ..6 juste|que|seulement|simplement ..2 des|quelques|une ..1 photo*|video*|pic|tof|selfie*',
      '@ite ..1 paie|paye|offre|donne|file|achete|recharge ..3 si ..1 tu|t ..2 me|m ..1 montres|montre|envoies|envoie|fais_voir',
      '@ite ..1 paie|paye|payerai|offre|offrirai|donne|donnerai|file|filerai|achete|acheterai|recharge|rechargerai ..5 si ..1 tu|t ..1 me|m ..1 montres|montre|envoies|envoie|envoyes|fais_voir',
    ],
    weight: 3,
    unless: ['dessin*|tableau|peinture|maquette|plat|recette|gateau|produit|objet|colis', 'emploi_du_temps|edt|planning|horaire*|cours|ticket|facture|recu|justificatif|dissert*|devoir*|exo|exos|exercice*|expose|redaction|fiche*|resume*|correction*|dm|classe|photomaton|tirage*|impression|imprimer|developpe*|album|photographe|vinted|annonce|stock|banque_d_images|shutterstock|mariage|evenement|retouch*|montage|editer|edit|detour*|comment|le_chemin|ton_code|ta_copie|tes_notes'],
    examples: {
      match: ["je te prends un forfait illimité si tu m'envoies des vidéos", 'je te fais un virement si tu me montres', 'envoie une pic de tes pieds stp 😇 juste une, je te paie', 'je te paye pour quelques photos', "je peux faire de toi une star si tu m'envoies quelques vidéos", "je t'achète le pass de combat si tu m'envoies une photo de tes pieds", 'je te paie ton forfait si tu me montres', 'je te donne 20 euros par photo', "tu veux gagner de l'argent facile ? juste des photos"],
      ignore: ["envoie la photo de ton dessin, je te paie un coca si c'est beau", 'envoie moi la photo du ticket, je te rembourse ce soir', "je te paie le ciné si tu m'envoies ta dissert", "je te paie un kebab si tu me fais l'exo de maths", 'le tirage c est 15 centimes par photo', 'la photo de classe c est 10 euros'],
    },
  },
  {
    id: 'je-toffre-ce-que-tu-veux',
    phrases: [
      'je|j ..1 paie|paye|offre|payerai|offrirai ..6 tout_ce_que_tu_veux|ce_que_tu_veux|tout_ce_qui_te_fait_plaisir|tout_ce_que_tu_voudras',
      'veux|voudrais ..1 que|qu ..1 je|j ..1 te|t ..1 fasse|offre|achete|paie ..2 un|une|des ..1 cadeau*|telephone|iphone|tel|portable|vetements|jeu|console|sac|parfum',
      'argent_de_poche|de_l_argent_facile|thune_facile|argent_facile ..6 j_ai|jai|g|je_connais|je_peux|jpeux ..2 un_plan|un_bon_plan|une_solution|un_moyen|un_job|un_taf|une_combine',
      '@ite ..1 paie|paye|payerai|offre|offrirai|rembourse ..2 le|ton|un|ta|les ..1 taxi|uber|train|billet|trajet|bus|essence|voyage|transport',
      '@ite ..1 offre|offrirai*|paie|paye|payerai*|achete|acheterai*|donne|donnerai* ..1 [tout] ce_que_tu_veux|tout_ce_que_tu_veux|ce_que_tu_voudras|tout_ce_que_tu_voudras|ce_qui_te_fait_plaisir|tout_ce_qui_te_fait_plaisir|ce_que_tu_demandes|tout_ce_que_tu_demandes|ce_que_tu_desires|tout_ce_que_tu_desires',
      '@ite ..1 recharge|rechargerai*|paie|paye|payerai* ..2 ton|ta|tes ..1 compte|forfait|carte|telephone|tel|abonnement|pass|credit*|recharge|gemmes|robux|vbucks',
      '@ite ..1 offre|offrirai*|achete|acheterai*|paie|paye ..2 un|une|des|le|la|ton|ta|tes ..1 iphone|airpods|telephone|tel|console|ps5|switch|sac|parfum|vetements|habits|baskets|sneakers|maquillage|bijou*|collier|montre ..6 si ..1 tu|t',
    ],
    unless: ['anniv*|noel|fete|mamie|papi|tonton|tata|parrain|marraine|bulletin|notes|brevet|bac|permis|rembours*|je_te_dois|jte_dois|tu_me_dois|mdr|ptdr|haha|lol|devoir*|exo*|exercice*|menage|vaisselle|courses|chambre'],
    examples: {
      match: ['je paie tout, le resto, le ciné, tout ce que tu veux', 'tu veux que je te fasse un cadeau ? un nouveau téléphone ?', "tu veux de l'argent de poche ? j'ai un plan", 'je te paie le taxi', "on se retrouve au mcdo ? je t'offre ce que tu veux", 'je te paie tout ce que tu veux', 'je te recharge ton compte', "je t'achète un iphone si tu viens", 'jte paye ton forfait'],
      ignore: ['je paie tout, le resto, le ciné, c est ton anniv, tout ce que tu veux', "je t'offre ce que tu veux pour ton anniv", "je t'achète des baskets si t'as ton brevet", 'je te paie ton forfait, je te dois bien ça'],
    },
  },
  {
    id: 'ton-profil-nous-interesse',
    phrases: [
      'ton|ta ..1 profil|physique|visage|look|silhouette|tete ..2 nous|me ..1 interesse|plait|correspond ..6 photo*|shooting|book|mannequin*|modele*|model|casting|agence|marque|pose*|collab*',
      'ton|ta ..1 physique|visage|look|silhouette ..2 nous|me ..1 interesse|plait|correspond',
    ],
    unless: ['candidature|entretien|cv|poste|emploi|job|stage|alternance|offre_d_emploi|disponible|disponibilite*|contrat|interim|linkedin|lettre_de_motivation|magasin|caisse|vendeu*|equipier*'],
    weight: 2,
    examples: {
      match: ['Ton profil nous intéresse beaucoup. Pour le book il me faudrait quelques photos de toi', 'ton physique nous intéresse pour une marque'],
      ignore: ['Votre profil nous intéresse, seriez-vous disponible pour un entretien ?', 'ton profil me plait pour le stage photo en magasin'],
    },
  },
  {
    id: 'cherche-des-jeunes-pour-shooting',
    phrases: [
      'cherche|recherche|recrute|recrutons|cherchons ..3 jeunes|filles|ados|mineures|mineurs|garcons|collegiennes|lyceennes|jeunes_filles|modeles ..4 shooting*|photo*|casting|tournage|video*|pose*',
      'shooting*|seance*_photo|photos|videos|casting ..3 remunere*|retribue*|paye|payee*|payes ..4 ca ..1 t|te ..1 interesse|tente|dit',
    ],
    weight: 3,
    unless: ['club|calendrier|ecole|college|lycee|mairie|association|benevole*|journal|magazine_du|kermesse|spectacle|theatre|pub_pour|magasin|boutique|stage|cv|candidature|offre_d_emploi|annonce_officielle|agence_officielle'],
    examples: {
      match: ["je cherche des jeunes pour des shootings photo rémunérés, ça t'intéresse ?", 'on recrute des jeunes filles pour des photos de mode'],
      ignore: ['le club recherche des jeunes pour les photos du calendrier', 'le lycée cherche des élèves pour le tournage du film de fin d année'],
    },
  },
  {
    id: 'gagner-de-largent-facile',
    phrases: [
      'peux|peut|pourrais|pourrait|veux|voudrais|pouvez|voulez ..2 gagner|te_faire|vous_faire|toucher|empocher ..2 #|de_l_argent|des_sous|de_la_thune|du_fric|de_l_oseille|du_cash|@currency ..3 en ..1 # ..1 min*|minute*|sec*|seconde*|clic*|photo*|video*',
      'argent|thune|fric|sous|cash|oseille ..1 facile|rapide|vite_fait ..6 @photo|montre*|envoi*|toi|interesse*|partante|partant|ca_te_dit|chaud|chaude',
      'j_ai|jai|g ..1 une|un ..1 proposition|plan|deal|offre|bon_plan ..2 pour ..1 toi|twa ..6 #|@currency|argent|thune|fric|gagner|payer|paye|remunere*',
    ],
    unless: ['baby*|babysit*|job_d_ete|job|stage|travail|boulot|taf|interim|cv|candidature|entretien|vinted|leboncoin|brocante|vide_grenier|cours_particulier*|soutien|aide_aux_devoirs|tonte|jardin|chien|promener|livraison|mcdo|restaurant|caisse|magasin|patron|contrat|salaire|smic|heure*|arnaque*|escroc*|mefie*|attention|faux|bidon|mdr|ptdr|haha|lol|crypto_scam|signale*'],
    examples: {
      match: ["j'ai une proposition pour toi, tu peux gagner 200€ en 5 minutes", 'tu veux te faire de l argent facile ? juste quelques photos', "j'ai un bon plan pour toi, payé 100 balles"],
      ignore: ['tu peux gagner 200€ en 5 jours de baby sitting', "argent facile en 5 minutes ? c'est une arnaque, méfie toi", "j'ai un bon plan pour toi, un job d'été payé 10€ de l'heure"],
    },
  },
  {
    id: 'je-tenvoie-50-si-tu-montres',
    phrases: [
      '@ite|je|j ..2 envoie|envoi|file|donne|paie|paye|vire|verse|mets|fais_un_virement|fais_un_vir ..3 #|@currency|@payment|balles ..6 si ..1 tu|t ..1 me|m ..1 montres|montre|envoies|envoie|fais|fait|filmes|films|appelles_en_video',
      '@ite|je|j ..2 envoie|envoi|file|donne|paie|paye|vire|verse ..3 #|@currency|@payment|balles ..4 contre|pour|en_echange_de|en_echange_d ..2 une|un|des|quelques|ta|tes|1 ..1 @photo|nudes|video*|facetime|appel_video|cam',
    ],
    unless: ['comment|niveau|astuce|technique|tuto|soluce|solution|chemin|route|exo*|exercice*|rembours*|dette|dois|doit|pizza|cine*|resto|kebab|courses|cagnotte|loyer|facture*|cadeau_commun|anniv*|vinted|leboncoin|annonce|article|console|velo|telephone_a_vendre|colis|livraison|devoir*|dm|exo*|cours|notes|fiche*|babysit*|baby|garde|chien|tonte|menage|job|mdr|ptdr|haha|lol|bulletin|trophee|diplome|recu|ticket|facture|preuve_d_achat|preuve_de_paiement'],
    weight: 3,
    examples: {
      match: ["je t'envoie 50€ sur ton paypal si tu me montres", 'jte file 100 balles contre quelques photos', 'je te vire 30 euros si tu me fais un facetime'],
      ignore: ['je te paie 5 euros si tu me montres comment faire le niveau 12', "je t'envoie 50€ sur ton paypal si tu me montres le reçu du colis", 'je te file 20 balles si tu me montres tes notes de maths mdr'],
    },
  },
  {
    id: 'si-tas-besoin-dargent',
    phrases: [
      'besoin ..2 argent|d_argent|thune|fric|sous ..6 en_echange|contre ..2 quelques|des|une|tes ..1 @photo',
      'besoin ..1 d_argent|de_thune|de_fric|de_sous|de_tunes|de_money|d_oseille ..6 je|j ..1 peux|pourrais|vais ..1 t_en|ten|te|t ..1 donner|filer|envoyer|passer|preter|avancer',
      'je|j ..1 peux|pourrais ..1 te|t ..1 payer|offrir|acheter ..2 ce_que|tout_ce_que|ce_qu ..1 tu|t ..1 veux',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'maman|papa|mamie|papi|tonton|tata|parrain|marraine|rembours*|preter|pret|anniv*|noel|cantine|sortie_scolaire|voyage_scolaire|permis|etudes|fac|loyer|appart|facture*'],
    weight: 2,
    examples: {
      match: ["t'as besoin d'argent ? je peux t'aider en échange de quelques photos", "si t'as besoin d'argent dis moi, je peux t'en donner", "je peux te payer tout ce que tu veux"],
      ignore: ["si t'as besoin d'argent pour la sortie scolaire, dis moi, je peux t'en donner, bisous mamie"],
    },
  },
  // r9-begin
  {
    "id": "passer-vip-gratos-r9",
    "phrases": [
      "@ite|je_peux_te|jpeux_te|j_peux_te|je_pourrais_te ..2 passer|mettre|donner|filer|offrir ..1 vip|admin|modo|grade|rang|premium|nitro ..2 gratos|gratuit*|gratuitement|offert|cadeau|si_tu_veux",
      "envoie|envoies|montre|montres|fais ..6 et ..1 les|le|la|tes|ces|mes ..1 robux|vbucks|v_bucks|diamants|gemmes|skins|skin|pieces|credits|@currency|euros|balles ..1 sont|est|seront|sera ..1 a_toi|pour_toi",
      "tu|t ..1 vends|vend|vendrais|vendre|vendrai ..2 des|tes ..1 photos|photo|pics|videos|contenu ..2 de|des ..1 pieds|pied|toi|twa|ton_corps|tes_pieds",
      "recherch*|cherch*|recrut* ..2 des|une|un|nos ..1 ambassadeur*|ambassadrice*|egerie*|modele*|mannequin* ..3 ado*|jeune*|filles|fille|mineur*|de_ton_age|13|14|15|16|17"
    ],
    "unless": [
      "lycee|etudiant*|campus|portes_ouvertes|salon|mairie|college|ecole|asso*|benevole*|club_de|serveur_officiel",
      "vinted|leboncoin|annonce|appareil|objectif|tirage*|paysage*|imprim*"
    ],
    "examples": {
      "match": [
        "je suis admin, je peux te passer vip gratos si tu veux",
        "envoie une photo en pyjama et les robux sont à toi",
        "slt, tu vends des photos de pieds ?",
        "nous recherchons des ambassadrices ados"
      ],
      "ignore": [
        "le lycée recherche des ambassadeurs pour les portes ouvertes",
        "tu vends des photos de paysage sur leboncoin ?"
      ]
    }
  },
  {
    "id": "te-faire-gagner-des-followers-r9",
    "phrases": [
      "faire|fais|ferai|ferais ..1 gagner|avoir ..2 des|plein_de|# ..1 followers|abonnes|abos|vues|likes|k ..3 si|en_echange|contre|pour",
      "peux|pourrais|vais ..1 te|t ..1 faire ..1 gagner|avoir ..2 des|plein_de|# ..1 followers|abonnes|abos|vues|likes"
    ],
    "unless": [
      "tuto*|astuce*|algorithme|algo|video_sur|conseil*|formation|cours|mdr"
    ],
    "examples": {
      "match": [
        "je peux te faire gagner des followers",
        "je te fais gagner 10k abonnés si tu m'envoies une photo"
      ],
      "ignore": [
        "ce tuto peut te faire gagner des followers"
      ]
    }
  },
  {
    "id": "parfaite-pour-notre-campagne-r9",
    "phrases": [
      "parfaite|parfait|ideale|ideal|faite|fait ..2 pour ..2 notre|une|ma|nos|mon ..1 campagne|marque|agence|shooting|pub|publicite|collection|casting|catalogue ..6 paye*|remunere*|retribue*|cachet|payee|paie|argent|euros|gagner"
    ],
    "unless": [
      "stage|ecole|lycee|college|benevole*|asso*|mairie|spectacle_de_fin|kermesse"
    ],
    "examples": {
      "match": [
        "tu serais parfaite pour notre campagne, on paye bien"
      ],
      "ignore": [
        "tu serais parfaite pour notre campagne de l'asso du lycée, c'est payé en bonbons"
      ]
    }
  },
  {
    "id": "je-te-fais-un-book-gratuit-r9",
    "phrases": [
      "faire|fais|ferai|ferais|offre|offrir ..2 un|ton|une ..1 book|shooting|portfolio|seance_photo ..1 gratuit|gratuite|gratos|offert|offerte"
    ],
    "unless": [
      "ecole|lycee|college|classe|club|asso*|mairie|concours|parents|mariage|famille|bapteme|communion"
    ],
    "examples": {
      "match": [
        "je suis photographe, je peux te faire un book gratuit"
      ],
      "ignore": [
        "le club offre une séance photo gratuite aux familles samedi"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "je-toffre-si-tu-menvoies-r10",
    "phrases": [
      "offrir|offre|offrirai|payer|paie|paye|payerai|acheter|achete|acheterai ..6 si ..1 tu|t ..2 m|me|men ..1 envoi*|envoy*|montre*|fais_voir ..3 @photo|nudes|toi|twa|ta_tete|ton_corps",
      "offrir|offre|payer|paye|paie|acheter|achete ..6 si ..1 tu|t ..1 menvoi*|menvoy*|mmontre* ..3 @photo|nudes|toi|twa"
    ],
    "unless": [
      "cours|devoir*|exo*|page|fiche|controle|lecon|resume|corrige|emploi_du_temps|edt|ticket|billet|recu|facture|annonce|article|objet|produit|colis"
    ],
    "examples": {
      "match": [
        "jpeux t'offrir le passe de combat si tu m'envoies une pic de toi sur snap",
        "je te paye un skin si tu me montres une photo de toi",
        "je t'achete des vbucks si tu menvoies des photos"
      ],
      "ignore": [
        "je te paye un kebab si tu m'envoies la photo du cours",
        "je t'offre un cafe si tu m'envoies une photo de la fiche"
      ]
    }
  },
  {
    "id": "je-peux-taider-a-percer-r10",
    "phrases": [
      "t|te ..1 aider|faire|pousser ..1 a ..1 percer|devenir_celebre|devenir_connue|devenir_connu|devenir_une_star|devenir_star|signer",
      "t|te ..1 faire|fais|ferai ..1 percer|connaitre|signer ..6 je|j ..1 connais ..1 du_monde|des_gens|des_producteurs|des_agents|des_labels|plein_de_monde"
    ],
    "unless": [
      "bouton|oreille*|nombril|piercing|abces|ampoule|ballon|coque|mur|trou"
    ],
    "examples": {
      "match": [
        "je peux t'aider a percer, je connais du monde",
        "je peux t'aider a devenir connue",
        "je peux te faire signer, je connais des labels"
      ],
      "ignore": [
        "je peux t'aider a percer ton bouton mdr",
        "je peux t'aider a reviser",
        "il veut te faire signer le contrat de location"
      ]
    }
  },
  {
    "id": "job-hotesse-soirees-privees-r10",
    "phrases": [
      "hotesse*|hote|escort*|accompagnatrice*|danseuse*|modele* ..4 soiree*|evenement* ..1 prive*|privee*|vip|speciale*",
      "job|emploi|taf|mission|offre|casting ..6 envoi* ..2 # ..1 @photo ..4 toi|twa|tenue|@nude",
      "# ..1 @currency ..1 [par|le|la] soir|soiree|nuit|seance|shooting ..6 envoi* ..3 @photo ..3 toi|twa|tenue|@nude"
    ],
    "unless": [
      "cv|lettre_de_motivation|diplome|pole_emploi|france_travail|entretien_d_embauche|mairie|interim|article|arnaque*|escroc*"
    ],
    "examples": {
      "match": [
        "Offre job étudiant : hôtesse pour soirées privées, 500€/soir, pas d'expérience requise. Envoie 3 photos de toi en tenue légère",
        "casting : envoie 2 photos de toi en maillot",
        "300€ la soirée, envoie des photos de toi"
      ],
      "ignore": [
        "offre job étudiant hôtesse d'accueil au salon, envoie ton CV",
        "job d'été à la mairie, envoie 2 photos d'identité et ton cv"
      ]
    }
  },
  // r10-end
  {
    id: 'je-paie-en-plus-pour-les-photos-r11',
    phrases: [
      'je|j|jte|jvous ..2 paie|paye|payerai|donne|donnerai|rajoute|ajoute|file|offre ..3 # [@currency|euro] ..2 en_plus|de_plus|supplementaire*|bonus ..2 pour ..2 les|des|tes|vos|une|quelques ..1 @photo',
      '# @currency|euro|balles ..3 juste|seulement|rien_que|que ..2 des|tes|vos|une|quelques ..1 @photo ..2 de_vous|de_toi|sur_vous|sur_toi|portee*',
      'allez|ok|bon ..1 # @currency|euro|balles ..3 @photo',
    ],
    weight: 3,
    unless: ['tirage*|impression|imprimer|album|photographe|mariage|shooting_photo_de_classe|photo_de_classe|article|annonce_vinted|retouch*|montage|editer|edit|detour*|drone|paysage|produit'],
    examples: {
      match: ['merci, elle est ravissante. vous pourriez en faire d autres plus pres, de dos? je paie 30€ en plus pour les photos', 'allez 50€, juste des photos de vous, personne ne les verra', "je te rajoute 20 euros en plus pour des photos"],
      ignore: ['le tirage photo c est 15€ pour les photos de classe', "je paie 10€ pour l'album photo de la classe"],
    },
  },
  {
    id: 'les-robux-sont-a-toi-r11',
    phrases: [
      'et|puis|apres ..1 les|tes|le|ton|tes_# ..1 robux|vbucks|v_bucks|gemmes|skin*|cadeau*|sous|pass|cartes|carte|recharge ..1 sont|est|seront|sera ..1 a_toi|pour_toi|tiens|tiennes|a_vous',
      'tas|t_as|tu_as|as_tu|t ..1 besoin|envie ..1 de|d ..1 robux|vbucks|v_bucks|gemmes|skins|pass_de_combat|recharge* ..3 [moi|jpeux|je_peux|j_en_ai]',
      'je|j|jte ..1 t|te ..1 offre|offrirai|paie|paye|payerai|achete|acheterai ..3 un|une|des|le|la|ton|ta|tes ..1 nouveau|nouvelle|casque|manette|iphone|telephone|tel|console|ps5|switch|sac|parfum|baskets|fringues ..4 si ..1 tu|t',
    ],
    unless: ['anniv*|noel|fete|bulletin|notes|brevet|bac|permis|mdr|ptdr|lol|jrigole|maman|papa|mamie|papi|tonton|tata|parrain|marraine'],
    examples: {
      match: ['ouais. envoie juste une photo de toi en pyjama et les robux sont a toi', "yo t'as besoin de robux?", "je t'offre un nouveau casque si tu bosses bien"],
      ignore: ["je t'offre un casque pour ton anniv si tu veux", 'tu as besoin de robux pour ton anniv mdr'],
    },
  },
  {
    id: 'je-tinvite-au-resto-je-passe-te-prendre-r11',
    phrases: [
      'invite|inviterai|offre|offrirai ..2 au|le|un|une ..1 resto|restaurant|diner|verre|cine|mcdo|sushi*|hotel ..6 passe|viens|viendrai|passerai ..1 te ..1 prendre|chercher|recuperer',
      'je|j|jte ..1 t|te ..1 offre|offrirai|paie|paye|invite ..2 le|un|au ..1 diner|resto|verre ..2 avant|apres|d_abord',
    ],
    unless: ['anniv*|noel|fete|maman|papa|mamie|papi|parrain|marraine|tonton|tata|bb|bebe|mon_coeur|ma_cherie|mon_cheri|les_filles|les_gars|toute_la_classe'],
    examples: {
      match: ["on se capte ce week end? je t'invite au resto et je passe te prendre", "on se retrouve a mon hotel samedi, je t'offre le diner avant"],
      ignore: ["je t'invite au resto pour ton anniv, je passe te prendre a 19h", "maman t'invite au resto, je passe te chercher"],
    },
  },
  {
    id: 'gagner-100-balles-facile-r11',
    phrases: [
      'gagner|te_faire|vous_faire|toucher|empocher|te_faire_gagner ..1 # @currency|balles|euros|euro ..2 facile*|facilement|rapide*|rapidement|vite|vite_fait|en_2_min|sans_rien_faire|tranquille',
      'je|j|jte ..1 t|te ..1 ai|envoie|envoye|offre|offert ..1 envoye|offert ..2 un|une|des|# ..1 lion*|rose*|univers|galaxie*|baleine*|gift*|cadeau*_sur_ton_live|coeur*',
    ],
    unless: ['baby*|babysit*|job_d_ete|job|stage|travail|boulot|taf|interim|cv|candidature|vinted|leboncoin|brocante|cours_particulier*|soutien|tonte|jardin|chien|promener|livraison|arnaque*|escroc*|mefie*|attention|faux|bidon|mdr|ptdr|signale*|concours|loto|pari*'],
    examples: {
      match: ['tu veux gagner 100 balles facile?', "je t'ai envoye un lion tout a l'heure t'as vu"],
      ignore: ['tu veux gagner 100 balles facile? y a un job de babysitting', 'attention aux arnaques du genre gagner 500 euros facile'],
    },
  },
  {
    id: 'je-te-prends-des-fringues-de-marque-r11',
    phrases: [
      '@ite|je|j ..2 prendre|prends|acheter|achete|acheterai|offrir|offre|offrirai|payer|paie|paye ..3 vetements|fringues|baskets|sac|sacs|parfum|iphone|telephone|maquillage|bijoux|sneakers|airpods|forfait|cours ..6 plaisir|en_echange|pour_moi|faveur|gentille|sage|si_tu_restes',
      '@ite|je|j ..2 prendre|prends|acheter|achete|acheterai|offrir|offre|offrirai ..3 vetements|fringues|baskets|sac|sacs|parfum|iphone|telephone|maquillage|bijoux|sneakers|airpods ..4 si ..1 tu|t ..6 plaisir|en_echange|faveur',
      '@ite ..1 paie|paye|offre|achete|donne ..4 si ..1 tu|t ..1 restes|es|sois|fais ..1 sage|gentille|gentil|obeissante|obeissant|mignonne',
    ],
    unless: ['anniv*|noel|fete|bulletin|notes|brevet|bac|permis|mdr|ptdr|lol|jrigole|maman|papa|mamie|papi|tonton|tata|parrain|marraine|mon_coeur|bb|bebe|ma_cherie'],
    examples: {
      match: ['je peux te prendre des vetements de marque si tu veux, tu me fais juste plaisir', 'je te paie tes cours de danse si tu restes sage avec moi'],
      ignore: ['je te paie tes cours de danse si tu as de bonnes notes, bisous maman', 'je peux te prendre des baskets pour ton anniv'],
    },
  },
  // r11-end
  {
    "id": "devenir-ambassadrice-de-notre-marque-r12",
    "phrases": [
      "devenir|etre ..1 ambassadeur|ambassadrice|egerie|modele|influenceuse|influenceur ..3 de|pour ..1 notre|nos ..1 marque|agence|collection|boutique"
    ],
    "unless": [
      "ecole|college|lycee|club|asso*|association|eco_delegue|delegue|concours_de_la_classe"
    ],
    "examples": {
      "match": [
        "Hello ! On adore ton feed 💕 Tu veux devenir ambassadrice de notre marque de maillots ?",
        "tu veux etre egerie pour notre collection ?"
      ],
      "ignore": [
        "tu veux devenir ambassadrice pour notre association au lycée ?"
      ]
    }
  },
  // r13-start
  {
    "id": "jpeux-tacheter-le-pass-r13",
    "phrases": [
      "@ite|je_peux_t|jpeux_t|je_peux_te|jpeux_te|je_pourrais_te ..2 acheter|achete|payer|paye|offrir|offre ..4 pass*|skin*|vbucks|v_bucks|robux|battle_pass|passe_de_combat|gemmes|nitro|abonnement|pack*",
      "mon|le ..1 cadeau ..3 # ..1 robux|vbucks|v_bucks|gemmes|diamants|nitro",
      "je|j ..1 verse|verserai|vire|virerai|donne|donnerai|envoie ..4 # ..1 @currency|balles ..3 par|chaque|toutes_les|tous_les ..1 semaine|mois|jour|jours|semaines",
      "agence|agent|scout|recruteur|recruteuse|booker|photographe|producteur ..6 paie|paye|payons|remunere*|remunerons|paient ..1 bien|cher|gros",
      "cherche|recherche ..2 sugar_baby|sugarbaby|une_sugar|un_sugar|sugar_daddy|sugar_mommy|sugar",
      "premier|1 ..1 virement|versement|cadeau ..3 # ..1 @currency|balles",
      "te|t ..1 faire ..1 enregistrer|signer|percer|tourner ..3 son|titre|single|clip|contrat|label|maison_de_disque*|morceau|album",
      "premier|1 ..1 prix|lot ..4 # ..1 @currency ..4 contrat|agence|shooting|book"
    ],
    "unless": [
      "rembours*|tu_me_dois|je_te_dois|ta_part|ma_part|anniv*|noel|cagnotte",
      "voyage|interim|immobiliere|immo|emploi|guides|salaries|employes|cdi|cdd|smic"
    ],
    "examples": {
      "match": [
        "jpeux t'acheter le pass de combat + 2800 vbucks si tu veux",
        "t'as reçu mon cadeau ? 4500 robux 😎",
        "Je verse 300€ par semaine sur ton compte, sans rien de physique",
        "je cherche une sugar baby",
        "je bosse pour une agence, on paie bien les jeunes modèles",
        "Tu veux un premier virement de 50€ pour me prouver ta confiance ?",
        "Je peux te faire enregistrer un son gratos",
        "Le 1er prix c'est 800€ et un contrat avec une agence."
      ],
      "ignore": [
        "je te paye le pass de combat pour ton anniv",
        "je vire 20 euros par mois sur la cagnotte",
        "l'agence de voyage paie bien ses guides"
      ]
    }
  },
  {
    "id": "je-te-paie-en-tokens-r13",
    "phrases": [
      "@ite ..1 paie|paye|payerai|donne|file|offre ..2 en ..1 tokens|robux|vbucks|v_bucks|gemmes|credits|credit|coins|nitro",
      "@ite ..1 donne|file|offre|envoie ..2 # ..1 fcfa|cfa|@currency ..2 de ..1 credit|recharge|forfait"
    ],
    "unless": [
      "rembours*|tu_me_dois|je_te_dois|ta_part|ma_part|anniv*|noel|cagnotte|pari|si_tu_gagnes|si_je_perds"
    ],
    "examples": {
      "match": [
        "on peut faire un petit live privé ? je te paie en tokens",
        "je te donne 5000 FCFA de crédit si tu m'envoies une photo"
      ],
      "ignore": [
        "je te paie en robux si je perds le pari"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "si-tu-menvoies-je-te-rajoute-r14",
    "phrases": [
      "si ..1 tu|t ..3 envoi*|menvoi*|montre*|mmontre* ..4 @photo ..1 de_toi|de_twa|de_vous ..6 je_te|jte|je_t|j_te|jt ..1 rajoute|ajoute|offre|file|donne|paye|paie|passe|envoie|fais_cadeau|achete",
      "je_te|jte|je_t|j_te|jt ..1 rajoute|ajoute|offre|file|donne|passe ..4 booster*|carte*|skin*|vbucks|robux|pass|cadeau*|gratuit* ..6 si ..1 tu|t ..3 envoi*|menvoi*|montre*|mmontre* ..3 @photo|video",
      "faut|faudra|tu_dois|tu_devras|t_dois|il_faut ..2 me|m ..1 faire|envoyer ..3 @photo|video|show ..2 en_echange|en_retour|en_contrepartie"
    ],
    "unless": [
      "la_carte|etat|annonce|article|colis|recu|ticket|facture|inventaire|ecran|capture|screen"
    ],
    "examples": {
      "match": [
        "si tu m'envoies une photo de toi je te rajoute un booster gratuit",
        "jte passe 2 skins si tu m'envoies une vidéo",
        "ouais mais faut me faire une ptite vidéo en echange"
      ],
      "ignore": [
        "si tu m'envoies une photo de la carte je te donne 5€",
        "je te passe le skin si tu m'envoies une photo de ton inventaire"
      ]
    }
  },
  {
    "id": "dossier-preselectionne-bourse-r14",
    "phrases": [
      "preselectionne*|selectionne*|tire_au_sort|tiree_au_sort|eligible ..6 bourse|casting|agence|meet_and_greet|meet_greet|backstage|programme|fondation|shooting|centre_de_formation|campagne",
      "bourse|bourses|casting|agence|fondation|backstage|meet_and_greet ..6 preselectionne*|selectionne*|tire_au_sort|tiree_au_sort|eligible|dans_la_liste"
    ],
    "unless": [
      "resultats|site_officiel|ent|pronote|mairie|rectorat",
      "erasmus|crous|caf|parcoursup|bourse_des_colleges|bourse_de_lycee|ma_soeur|mon_frere|sa_soeur|son_frere|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "chargé des bourses d'excellence de la Fondation Avenir Jeunesse. Votre dossier a été présélectionné.",
        "tu as été sélectionnée pour le casting de notre agence",
        "t'es tirée au sort pour le meet and greet"
      ],
      "ignore": [
        "t'as été sélectionné pour le match de samedi ?",
        "ma soeur a été présélectionnée pour la bourse erasmus, elle est trop contente"
      ]
    }
  },
  {
    "id": "on-cherche-des-filles-pour-r14",
    "phrases": [
      "on|nous|il|elle ..1 cherche|recrute|recherche|recherchons|cherchons|recrutons ..2 des|de ..1 filles|meufs|nanas|jeunes_filles|mannequins|modeles|visages|garcons|gars|jeunes|ados ..3 pour ..3 apparaitre|poser|tourner|figurer|shooting|live|lives|video*|clip|campagne|photos"
    ],
    "unless": [
      "equipe|hand|foot|basket|volley|lycee|college|ecole|fin_d_annee|association|asso|mairie|benevole*"
    ],
    "examples": {
      "match": [
        "on cherche des filles pour apparaître dans ses lives",
        "nous recrutons des jeunes modèles pour poser pour une campagne"
      ],
      "ignore": [
        "on cherche des filles pour compléter l'équipe de hand",
        "on cherche des jeunes pour tourner le clip de fin d'année du lycée"
      ]
    }
  },
  {
    "id": "je-coach-gratuit-pour-toi-r14",
    "phrases": [
      "coach*|boost*|carry|entraine*|cours|lecons ..6 gratuit*|gratos|offert*|pour_rien ..2 pour ..1 toi|twa"
    ],
    "unless": [
      "club|association|asso|mairie|essai|tous|tout_le_monde|inscription"
    ],
    "examples": {
      "match": [
        "moi je coach des joueurs pour monter diamant, gratuit pour toi si tu veux",
        "je te boost ton compte, gratos pour toi"
      ],
      "ignore": [
        "le club propose des cours d'essai gratuits pour tous"
      ]
    }
  },
  {
    "id": "je-peux-te-payer-pour-des-photos-r14",
    "phrases": [
      "je|jpeux|jte|j|on ..2 peux|pourrais|vais|veux|peut ..1 te|t ..1 payer|donner_de_l_argent|filer_de_l_argent|filer_des_sous|donner_des_sous ..3 pour|contre ..2 des|tes|une|un|quelques ..1 @photo|video|nudes|pics",
      "combien ..3 pour ..2 une|des|tes|ta|un ..1 @photo|nudes|video|pic|pics ..2 de_toi|de_twa|de_tes|de_ton|nue|nues|sexy|perso|privee*|privees"
    ],
    "unless": [
      "mariage|photographe|shooting_pro|tarif*|devis|imprimer|tirage*|impression*|match|evenement|bapteme|communion|annonce|article|vinted|leboncoin|produit|dedicace*|autographe|maillot|signe|signee"
    ],
    "examples": {
      "match": [
        "je peux te payer pour des photos",
        "combien pour une photo de toi ?",
        "on peut te filer des sous contre quelques vidéos"
      ],
      "ignore": [
        "combien pour des photos de mariage ?",
        "je peux te payer pour des photos du match, t'es photographe non ?"
      ]
    }
  },
  {
    "id": "book-gratuit-chez-moi-r14",
    "phrases": [
      "je|jpeux|j|on ..2 faire|fais|ferai|te_faire|t_faire ..1 ton|un|des|une|tes ..1 book|shooting|photos|seance*|portfolio ..3 gratuit*|gratos|offert*|pour_rien|chez_moi|dans_mon_studio|a_mon_studio|a_l_hotel"
    ],
    "unless": [
      "ecole|kermesse|club|association|asso|mariage|classe"
    ],
    "examples": {
      "match": [
        "je suis photographe, je peux faire ton book gratuitement chez moi",
        "on peut te faire un shooting gratos"
      ],
      "ignore": [
        "le photographe de l'école fera des photos gratuites pour la kermesse"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'paid-job-or-feat-r15',
    phrases: [
      'je|j ..1 te ..1 paye|paie|paierai|offre|finance ..1 le|la|les|ton|ta ..1 studio|session*|enregistrement|clip|shooting|mix|mastering',
      'tu ..1 recois|recevras|toucheras|gagneras ..2 une|un ..1 allocation|argent_de_poche|salaire|pourcentage',
      'remuneration|remunere*|paye|payee ..3 # ..1 @currency ..2 heure|h|session|l_heure',
      'plus ..4 plus ..1 tu ..1 es|seras ..1 paye*|remunere*',
      'recrutons|recrute|cherchons ..2 testeur*|testeuse*|ambassadeur*|modele*|mannequin* ..3 # ..1 a|et ..1 # ..1 ans',
    ],
    unless: ['babysit*|baby_sitting|jardin|tonte|pole_emploi|france_travail|mission_locale|stage_de_3_e|cv|lettre_de_motivation|entretien_d_embauche'],
    examples: {
      match: ["Un single, on le sort en mars. Je te paye le studio et tu touches un %", "Tu recois une allocation chaque semaine", "rémunération 30€/heure payée sur PayPal", "Plus la tenue est légère plus tu es payé", "Nous recrutons des testeurs d'applis de 14 à 17 ans"],
      ignore: ["je te paye le resto ce soir", "on recrute pour le babysitting, 10€ de l'heure"],
    },
  },
  {
    id: 'job-ado-paid-per-hour-r15',
    phrases: [
      'job|jobs|taf|boulot|mission*|emploi ..2 ado|ados|jeune|jeunes|mineur*|lyceen*|collegien* ..6 # ..1 euro|@currency ..1 h|heure|l_heure|la_session|par_heure',
      'si ..1 tu ..1 veux ..1 plus ..1 d_argent|de_thune|de_fric|de_robux|de_cadeaux|de_sous',
    ],
    unless: ['babysit*|baby_sitting|jardin|tonte|pole_emploi|france_travail|mission_locale|stage|cv|lettre_de_motivation|mairie|restauration|mcdo|cueillette|vendanges|colonie|animateur|bafa|de_poche|papa|maman|parents|travaille*|bosse|economise*|epargne*|banque|livret'],
    examples: {
      match: ["JOB ADO 15-17 ans 💸 50€/h pour tester notre appli de streaming", "juste m'envoyer quelques photos de toi, et plus si tu veux plus d'argent 😘"],
      ignore: ["job ado 16 ans pour les vendanges, 12€ de l'heure", "si tu veux plus d'argent de poche demande a papa"],
    },
  },
  {
    "id": "jeunes-modeles-remunere-r16",
    "phrases": [
      "cherche|recrute|recrutons|cherchons|selectionne|selectionnons ..2 jeunes|nouveaux|nouvelles|des|de ..1 modeles|mannequins|egeries|ambassadeurs|ambassadrices|visages|filles|garcons ..6 remuner*|paye*|paie*|cachet|#|@currency|gratuit*|cadeau*",
      "clip|troupe|shooting|casting|tournage|book|photos|audition|defile ..4 remunere*|remuneration|paye|payes|cachet ..2 #|@currency",
      "remunere*|remuneration|cachet ..2 # ..1 @currency|balles ..6 clip|troupe|shooting|casting|tournage|book|photos|audition|defile|maillot*|lingerie"
    ],
    "unless": [
      "baby_sitting|babysitting|garde_d_enfant*|stage|cv|pole_emploi|france_travail|mairie|job_d_ete|inscription_au_club"
    ],
    "examples": {
      "match": [
        "je monte une troupe pour un clip, remunere 300€, ca t'interesse ?",
        "je cherche des jeunes modeles pour une marque de maillots, remuneration 150€"
      ],
      "ignore": [
        "le stage est remunere 600€ par mois, envoie ton cv",
        "baby sitting remunere 10€ de l'heure"
      ]
    }
  },
  {
    "id": "balles-sur-ton-paypal-pour-photos-r16",
    "phrases": [
      "# ..1 @currency|balles|euros ..3 sur|par|en ..1 ton|ta|@payment ..4 pour|contre ..2 #|une|un|des|quelques ..1 @photo|nudes|snaps|videos|vids",
      "tu_mets|tu_investis|tu_places|tu_deposes|tu_envoies ..1 # ..2 [@currency] ..2 tu_recuperes|tu_gagnes|tu_touches|tu_recois|t_as|tu_as|ca_te_fait ..1 #"
    ],
    "unless": [
      "vinted|leboncoin|annonce|article|occasion|livret_a|banque|epargne|tirelire"
    ],
    "examples": {
      "match": [
        "50 balles sur ton paypal pour 5 photos de tes pieds",
        "je te fais rentrer dans mon groupe, tu mets 20€ tu recuperes 200 en une semaine"
      ],
      "ignore": [
        "20 balles sur ton paypal pour les 2 photos du velo sur leboncoin",
        "tu mets 20€ sur ton livret a, t'as 200 a la fin de l'annee"
      ]
    }
  },
  // r18-start
  {
    id: 'gratuit-a-une-petite-condition-r18',
    phrases: [
      'gratuit*|offert*|offerte*|cadeau|robux|vbucks|v_bucks|forfait|netflix|abonnement ..6 petite_condition|une_condition|en_echange|a_une_condition|une_contrepartie|un_petit_service|un_service',
      '@ite|je|jpeux ..3 recharge*|paie|paye|offre|donne|achete|payer|offrir ..4 si ..1 t_es|tes|tu_es|tu_est|t_est ..1 gentille|gentil|sage|obeissante|mignonne|docile|coquine|sympa_avec_moi',
    ],
    unless: ['parrainage|code_promo|inscription|newsletter|abonne*_toi|t_abonner|tirage_au_sort|concours|jeu_concours|vaisselle|menage|devoirs|ta_chambre|range*|notes|bulletin|bac|brevet'],
    weight: 3,
    examples: {
      match: ['tu veux un abonnement netflix gratuit ? y a juste une petite condition 😏', "je peux te recharger ton forfait si t'es gentille avec moi"],
      ignore: ['netflix gratuit un mois à une condition : le code de parrainage', "je te paie le ciné si t'es sage et que tu ranges ta chambre"],
    },
  },
  // r18-end
  {
    "id": "je-te-verse-x-euros-d-avance-r19",
    "phrases": [
      "je|j|jte|on ..1 te|t|vous ..1 verse|verserai|vire|virerai|file|filerai|donne|donnerai|paie|paierai|paye|payerai|offre|offrirai|envoie|enverrai ..3 # ..1 @currency ..3 d_avance|en_avance|pour|si|contre|en_echange|des_que|direct|par_photo|la_photo|par_video"
    ],
    "unless": [
      /* r25 */ "si ..1 tu|t ..1 gardes|garde|fais|ranges|tonds|sors|promenes|aides|m_aides ..3 chien|chat|vaisselle|menage|chambre|pelouse|courses|poubelles|linge|lessive|devoirs|frere|soeur|enfants|petits",
      "place|places|concert|spectacle|essence|covoit*|ta_part|ma_part|rembours*|je_te_dois|tu_m_as_avance|cadeau_commun|cagnotte|ta_part|loyer|courses|ticket|billet|cine|resto|pizza|kebab|baby_sitting|babysitting|garde|promener|promenade|tondre|jardin|cours_de|devoirs|menage|heure|de_l_heure|par_heure",
      /* r21 */ "ai|avais|avons ..1 paye|vire|verse|envoye|regle|donne ..5 pour ..3 dessin*|commission*|portrait*|illustration*|fanart*|croquis|perso|logo|banniere|emote*|overlay|edit|miniature*|fansign*", "a_la_fin|le_reste_a|le_reste_quand|la_moitie|moitie_maintenant|acompte|quand_t_as_fini|quand_tas_fini|quand_tu_as_fini|une_fois_fini"
    ],
    "examples": {
      "match": [
        "envoie moi 4-5 photos en tenue légère pour monter ton profil, je te verse 150€ d'avance sur ton lydia",
        "je te vire 50€ par photo",
        "on te donne 300 euros d'avance si tu fais le shooting"
      ],
      "ignore": [
        "je te donne 20 balles si tu gardes mon chien ce weekend",
        "je te vire 20€ pour le cadeau commun",
        "je te vire 30€ pour la place de concert",
        "je te donne 10€ de l'heure pour garder ton frère"
      ]
    }
  },
  {
    "id": "pics-contre-cle-cheat-r19",
    "phrases": [
      "@send|envoies|envoie ..4 @photo|pics|nudes ..6 et ..2 je|j|jte ..1 te|t ..1 file|donne|passe|offre|debloque|envoie|mets ..3 la_cle|cle|cheat|aimbot|hack|mod|menu|skin*|vbucks|v_bucks|robux|pass|passe|code|compte|gemmes|diamants|tokens|coins",
      "je|j|jte ..1 te|t ..1 file|donne|passe|offre|debloque ..3 la_cle|cheat|aimbot|hack|mod|menu|skin*|vbucks|v_bucks|robux|tokens|gemmes|diamants|coins ..6 si|contre|pour ..5 @photo|pics|nudes|video|vid"
    ],
    "unless": [
      "skin*_de_jeu|capture_d_ecran_du|screen_du_ticket|preuve_d_achat|recu|facture"
    ],
    "examples": {
      "match": [
        "genre tu m'envoies 2-3 pics de toi un peu sexy et je te file la clé à vie",
        "je te donne des robux si tu m'envoies une vidéo de toi",
        "je te passe le cheat contre une photo de toi"
      ],
      "ignore": [
        "envoie la photo du reçu et je te file la clé",
        "je te donne des vbucks si tu gagnes la game"
      ]
    }
  },
  {
    "id": "onlyfans-agence-gains-r19",
    "phrases": [
      "onlyfans|mym|fansly|of_manager|contenu_exclusif|contenu_prive ..6 gagne*|argent|#|remuner*|manager|manageur|agence|gere|gerer|gerons|on_s_occupe",
      "agence|manager|manageur ..6 creatrice*|createur*|modeles ..6 font|fait|gagnent|touchent ..2 #",
      "filles|meufs|creatrices|modeles ..3 qui ..1 font|gagnent|touchent ..3 # ..3 par ..1 mois|semaine|jour"
    ],
    "unless": [
      "arnaque*|reportage|article|attention|mefie*|mefiez|signale*|pharos|danger*|prevention"
    ],
    "examples": {
      "match": [
        "on s'occupe de filles qui font 3 à 8k par mois, on gère tout pour elles",
        "je suis manager OnlyFans, tu peux gagner 5k par mois"
      ],
      "ignore": [
        "attention, un faux manager onlyfans contacte les ados, c'est une arnaque"
      ]
    }
  },
  {
    "id": "argent-de-poche-juste-pour-discuter-r20",
    "phrases": [
      "# @currency ..6 argent_de_poche|par_mois|par_semaine ..5 juste|seulement|rien_que|simplement ..1 pour ..1 discuter|parler|papoter|me_parler|causer|compagnie|me_tenir",
      "argent_de_poche ..5 juste|seulement|rien_que|simplement ..1 pour ..1 discuter|parler|papoter|causer|me_tenir|tenir_compagnie"
    ],
    "examples": {
      "match": [
        "1000€ par mois d'argent de poche, juste pour discuter avec moi",
        "je te donne de l'argent de poche juste pour parler avec moi"
      ],
      "ignore": [
        "mes parents me donnent 20€ par mois d'argent de poche",
        "j'ai 30 balles par mois d'argent de poche"
      ]
    }
  },
  {
    "id": "tu-veux-poser-pour-moi-c-est-paye-r21",
    "phrases": [
      "poser|pose|poses|posee ..2 pour ..1 moi|mon_objectif|mes_photos|mon_projet|mon_book|mon_portfolio|ma_marque ..6 paye*|payee|remunere*|#|cadeau*|cash",
      "photographe ..6 tu ..1 veux|voudrais|pourrais ..1 poser|faire_des_photos|faire_un_shooting"
    ],
    "unless": [
      "fac|projet_de_fac|amateur|etudiant*|ecole_de_photo|calendrier_de_l_asso|photo_de_classe|mariage|bapteme|famille|portrait_de_famille|club|equipe|asso|association|ecole|lycee|college|fete"
    ],
    "examples": {
      "match": [
        "je suis photographe, tu veux poser pour moi ? c'est payé",
        "pose pour mon book, 100€ la séance"
      ],
      "ignore": [
        "je suis photographe, tu veux poser pour la photo de classe ?",
        "le photographe du club demande si tu veux poser pour le calendrier de l'asso"
      ]
    }
  },
  // r24-start
  {
    id: 'je-te-passe-modo-si-tu-r24',
    phrases: [
      'je|j|jte|jvais ..2 te|t ..1 passe|mets|met|donne|file|offre|nomme ..2 modo|admin|staff|grade|rank|vip|moderateur|gerant ..4 si_tu|si_t|en_echange|contre|a_condition|mais_faut|mais_il_faut',
      'je|j ..1 t|te ..1 envoie|envoye|offre|donne|balance ..2 un|une|des|# ..1 lion|lions|univers|galaxie|galaxies|gift|gifts|coins ..4 si_tu|si_t|en_echange|contre',
      'je|j ..1 paie|paye|payerai|verse|file|donne ..4 # ..1 euro|euros|balles|dollar|dollars|usdt|usd|btc|eth|e ..3 par|pour_chaque ..1 photo*|pic|pics|video*|vid|vids|selfie*|tof|tofs',
    ],
    unless: ['si_tu_veux|si_t_veux|si_tu_veut|si_ca_te_dit|si_t_es_chaud|si_tu_es_actif|si_t_es_actif|si_tu_restes_actif|si_tu_gagnes_le_tournoi|invites|boost*|vote*|recrute*|formulaire|candidature|photomaton|identite|impression|imprime*|tirage*|photographe|mariage|studio|cadre|album|vinted|leboncoin|objectif|shooting_du|logo|montage|miniature*|thumbnail*'],
    examples: {
      match: ['je te passe admin si tu fais ce que je dis', 'je te mets modo si tu fais une cam', "je t'envoie un lion si tu gagnes 🦁", 'je paie 150€ en USDT par photo retenue'],
      ignore: ['je te mets modo si tu veux, t\'es actif', 'je paie 5 euros par photo au photomaton', 'je te paie 10 euros par miniature youtube'],
    },
  },
  // r24-end
  // r25-start
  {
    id: 'shout-out-en-live-r25',
    phrases: [
      'te|t ..3 faire|fera|ferai|fais|fait|offrir|offre|donner ..1 un|une|de_la ..1 shout*|shoutout|dedicace|mention|feat|collab ..4 en_live|sur_son_live|sur_sa_chaine|devant|en_direct|pendant_le_live|sur_son_stream|en_stream|sur_le_stream|viewers|abonnes',
      'on|je|notre_structure|notre_equipe|notre_team ..2 cherche|recrute ..2 une ..1 joueuse|fille|meuf ..4 roster|team|equipe|structure|academy|line_up|lineup',
    ],
    unless: ['art|dessin*|musique|chanson*|ta_chaine|tes_videos|ton_contenu|anniv*|fete|mariage|m_a|ma|il_m_a|elle_m_a|nous_a|lui_a|candidature|formulaire|tryout*|inscri*|club|asso|association|lycee|college|ecole'],
    weight: 1,
    examples: {
      match: ['ouais il peut te faire un shout-out en live vendredi devant 20k viewers', 'je suis coach pour une structure semi pro, on cherche une joueuse pour le roster valo ladies'],
      ignore: ["le streamer m'a fait un shout out en live trop bien", "notre club cherche une joueuse pour l'equipe, inscriptions au lycee"],
    },
  },
  {
    id: 'je-te-fais-gagner-des-skins-si-r25',
    phrases: [
      'je_te|je_t|jte|jt|j_te fais|ferai|fait ..1 gagner|avoir ..2 skin*|robux|vbucks|v_bucks|diamants|gemmes|pass|battle_pass|cadeau*|argent|thune|sous ..3 si ..2 tu|t ..1 passes|passe|envoies|montres|fais|viens|allumes',
    ],
    unless: ['niveau|level|lvl|rang|palier|gagnes|gagne|bats|finis|termines|reussis|montes|tournoi|concours|devoirs|vaisselle|menage|chambre|ranges'],
    weight: 2,
    examples: {
      match: ['je te fais gagner des skins si tu passes en cam', "je te fais avoir des robux si tu m'envoies une photo"],
      ignore: ['je te fais avoir des skins si tu gagnes le tournoi'],
    },
  },
  {
    id: 'allocation-chaque-semaine-pour-photos-r25',
    phrases: [
      'allocation|argent_de_poche|argent|virement|virements|balles|euros|euro|lydia|paypal ..6 chaque|toutes_les|tous_les ..1 semaine|semaines|mois|vendredi|vendredis|lundis|samedis ..6 photo*|selfie*|video*|nude*|gentille|sage|discuter|parler|compagnie|en_echange',
      'tu_me_dois|en_echange|en_retour ..3 juste|seulement|quelques|des|une|1 ..2 photo*|selfie*|video*|nude*',
      'papa_gateau|sugar_daddy|sugar_mommy|sugar_baby|maman_gateau|sugardaddy|sugarbaby|sugar_dady',
    ],
    unless: ['ranges|menage|vaisselle|devoirs|notes|bulletin|chambre|mamie|papi|parrain|marraine|job|baby_sitting|babysitting|garde_d_enfants|stage|salaire|patron|boulot|club|photographe|classe|reportage|article|documentaire|c_est_quoi|arnaque*|attention|serie|film|mefie*|signale*|cagnotte|vinted'],
    weight: 3,
    examples: {
      match: ['je te verse 100 balles chaque semaine sur ton compte, tu me dois juste quelques photos', 'tu veux une allocation chaque semaine ? juste des selfies de toi le soir', "je peux t'envoyer de l'argent tous les vendredis si tu restes gentille avec moi", 'je suis un papa gateau, je gate les jeunes filles sympas'],
      ignore: ['je te donne ton argent de poche chaque semaine si tu ranges ta chambre', "t'as vu le reportage sur les sugar daddy ? c'est une arnaque", "tu me dois une photo de classe pour l'album"],
    },
  },
  {
    id: 'je-gere-des-comptes-onlyfans-r25',
    phrases: [
      'gere|geres|manage|manager|m_occupe|agence ..3 comptes|compte|createurs|creatrices|modeles|filles ..2 onlyfans|mym|fansly|swame',
      'physique|corps|visage|profil|look ..6 onlyfans|mym|fansly|swame',
      'onlyfans|mym|fansly|swame ..6 carton|profil_parfait|ton_physique|ton_corps|50_50|partage|pourcentage|commission|je_m_occupe_de_tout',
    ],
    unless: ['reportage|article|documentaire|arnaque*|attention|mefie*|signale*|interdit*|illegal*|police|scandale|polemique|influenceuse|star|celebrite'],
    weight: 2,
    examples: {
      match: ["je gere des comptes mym, t'as le profil parfait, on partage 50/50", "avec ton physique tu ferais un carton sur onlyfans, je m'occupe de tout"],
      ignore: ["t'as vu le reportage sur les agences onlyfans ? c'est une arnaque"],
    },
  },
  {
    id: 'je-te-fais-passer-vip-si-r25',
    phrases: [
      'te|t ..1 faire_passer|passer|mettre|nommer|promouvoir ..1 vip|modo|admin|mod|staff|grade ..4 si ..2 tu|t ..1 m_envoies|envoies|montres|passes|allumes|fais',
    ],
    unless: ['tournoi|gagnes|actif|active|regles|reglement|candidature|formulaire|aides|animes|events'],
    weight: 3,
    examples: {
      match: ["je suis modo, je peux te faire passer vip si tu m'envoies une photo de toi"],
      ignore: ["je peux te passer modo si t'es actif sur le serveur"],
    },
  },
  // r25-end
  {
    id: 'je-tai-envoye-des-robux-r26',
    phrases: [
      'je|j|jt|jte ..2 t|te ..1 ai|envoie|offre|file|donne ..1 envoye|offert|donne|file|vire ..3 # ..1 robux|vbucks|v_bucks|skins|gemmes|diamants|pieces|credits',
      'jte|jt|je_te ..1 file|envoie|offre|donne|vire ..2 # ..1 robux|vbucks|v_bucks|skins|gemmes|diamants',
    ],
    unless: ['anniv*|noel|pari|tu_me_dois|rembours*|on_est_quittes|comme_promis|qu_on_avait_parie|cousin*|frere|soeur'],
    weight: 1,
    examples: {
      match: ["tiens je t'ai envoye 800 robux pour ton avatar 🎁", 'jte file 1000 vbucks'],
      ignore: ["je t'ai envoye 800 robux pour ton anniv frero", "je t'ai envoyé les 500 robux qu'on avait parié"],
    },
  },
  // r27-start
  {
    id: 'compte-fan-te-mettre-en-avant-r27',
    phrases: [
      'on|nous|je|j ..2 voudrait|voudrions|veut|voulons|peut|pouvons|vais|va|aimerait|aimerions ..2 te|t|vous ..1 mettre|mettre_en_avant|featur*|feat|repost*|partager|afficher ..3 en_avant|en_story|sur_notre|dans_notre|dans_nos|sur_nos|dans_un_edit|dans_le_prochain|dans_notre_prochain|en_vedette',
      'ca|sa|on ..1 te|t ..1 ferait|ferais|fera|rendrait|fait ..2 connaitre|percer|buzzer|exploser|connue|connu|des_abonnes|des_followers|de_la_visibilite|des_vues',
      'recrute*|cherche|cherchons ..3 modo*|moderat*|admin*|staff|helper*|ambassadeur*|ambassadrice* ..6 choisi*|selectionne*|retenu*|toi|te_proposer',
    ],
    unless: ['newsletter|journal|site_du_club|gazette|dessin|dessins|credit*|en_te_creditant|en_te_citant|ton_art|ta_musique|ta_chanson|ton_edit|tes_edits|ton_montage|ton_cover|ta_cover|postul*|candidature*|formulaire|salon|ticket|reglement|votez|concours|mdr|ptdr|haha|lol'],
    weight: 1,
    examples: {
      match: ['on adore ton style on voudrait te mettre en avant dans notre prochain edit', 'ça te ferait grave connaître', "on recrute des modos et t'as été choisi"],
      ignore: ['on peut repost ton dessin sur notre page en te créditant ?', 'on recrute des modos, postulez dans le salon candidatures'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'cherche-un-jeune-a-gater-r28',
    phrases: [
      'cherche|recherche|cherchons ..4 jeune|jeunes|petit|petite|petites|petits|ado|ados|garcon|garcons|fille|filles|mec|homme|femme|gars|meuf|minette|minet ..2 a|pour|que_je_pourrais|que_je_peux ..1 gater|choyer|entretenir|chouchouter|soutenir|aider_financierement|soutenir_financierement|sponsoriser',
      'sugar_daddy|sugar_mama|sugar_mommy|sugar_mummy|sugar_mom|sugardaddy|sugarmama|papa_gateau|maman_gateau ..6 cherche|recherche|propose|offre|paie|paye|verse|donne|photos|pics|argent_de_poche|allocation|pour_toi|jeune|jeunes',
      'je|j ..1 veux|voudrais|aimerais|adore|aime|peux|pourrais ..1 te|t ..1 gater|entretenir|sponsoriser|soutenir_financierement|aider_financierement ..4 chaque|toutes_les|par|tous_les|sans_rien|en_echange|juste|seulement|si_tu',
    ],
    unless: ['reportage|documentaire|article|serie|film|t_as_vu|tu_as_vu|prevention|fais_gaffe|mefie_toi|mefiez_vous', 'anniv*|noel|fete|mamie|papi|tata|tonton|marraine|parrain|maman|papa|ma_cherie|mon_cheri|pour_ta_reussite|pour_ton_bac|pour_ton_brevet|bulletin|chien|chat|chiot|asso|association|benevol*|soutien_scolaire|reportage|arnaque*'],
    examples: {
      match: ['je cherche un jeune homme à gâter, tu serais intéressé ?', 'on cherche des petites à chouchouter 💸', "j'aimerais te gâter chaque semaine, sans rien en échange", 'sugar mama cherche jeune homme pour photos contre argent de poche'],
      ignore: ['mamie veut te gâter pour ton anniversaire', "l'asso cherche des jeunes pour aider les personnes âgées", 'je cherche un jeune pour garder mon chien ce weekend', "t'as vu le reportage sur les sugar daddy qui cherchent des jeunes ?"],
    },
  },
  {
    id: 'preselectionne-pour-gagner-r28',
    phrases: [
      'tu|t|vous|ton_compte|ton_profil|votre_compte|votre_profil ..2 es|est|etes|as_ete|a_ete|avez_ete ..1 preselectionne*|selectionne*|tire_au_sort|tiree_au_sort|choisi|choisie|retenu|retenue ..4 pour|afin_de ..1 gagner|remporter|recevoir|participer|tenter_de_gagner',
      'felicitations|bravo|felicitation ..6 gagner|gagne|remporte|remporter|recevoir|recois ..3 un|une|des|le|la|ton|ta ..1 iphone|ps5|airpods|console|switch|ipad|macbook|samsung|galaxy|carte_cadeau|bon_d_achat|cheque_cadeau|skin*|robux|vbucks|v_bucks|trottinette|dyson|pc_gamer',
    ],
    weight: 1,
    unless: ['college|lycee|ecole|bahut|cdi|bde|fse|mairie|classe|prof|principal|principale|proviseur*|directeur|directrice|concours_d_ecriture|concours_de_dessin|kermesse|tombola|tournoi|ton_equipe|le_club|championnat|course|cross|gala|bac|brevet|diplome|bourse_au_merite|permis|parents|loto|resultats|jury|officiel|remise_des_prix'],
    examples: {
      match: ['FÉLICITATIONS tu es présélectionné pour gagner une PS5 !!', 'ton compte a été tiré au sort pour recevoir des AirPods 🎁', "bravo ! tu peux gagner un iPhone, il suffit d'envoyer ta photo en DM"],
      ignore: ['félicitations tu es sélectionnée pour le concours de dessin du collège', 'bravo à ton équipe, vous avez gagné le tournoi et une carte cadeau', 'tu as été tiré au sort pour la tombola de la kermesse, tu gagnes un ipad'],
    },
  },
  {
    id: 'je-paye-bien-r28',
    phrases: [
      'je|j|jte|jvais|je_te|j_te ..1 paye|paie|payerai|paierai|remunere|verse|file|donne ..1 bien|cher|grassement|genereusement|ce_que_tu_veux|le_prix_que_tu_veux|le_double|x2|tres_bien|large',
      'je|j|jte ..1 te|t ..1 paye|paie|payerai|paierai|verserai|donnerai|file ..1 # @currency|balles ..3 de_l_heure|l_heure|la_photo|la_video|par_photo|par_video|par_heure|de_la_photo|la_seance|le_shooting|chaque_photo|la_pic',
    ],
    unless: ['baby*|garde*|enfant*|jardin|menage|repassage|tonte|pelouse|voiture|lavage|cours|soutien|devoirs|maths|promener|chien|chat|demenag*|coup_de_main|job_d_ete|mcdo|stage|vendanges|colis|livraison|vinted|leboncoin|velo|console|jeu|place|billet|t_inquiete_je_te_rembourse|rembourse*|je_te_dois|dette|kebab|pizza|resto|cine|essence|covoit*|tournee|biere*|coca|cafe'],
    examples: {
      match: ['montre tes pieds en photo stp je paye bien', "je te paie 20 balles la photo, t'es partante ?", 'envoie des vidéos et je paye cher'],
      ignore: ['si tu gardes mes enfants samedi je paye bien', 'je vous paie en liquide ou par virement ?', 'je te paie le kebab demain', 'aide moi pour le déménagement je paye bien la pizza'],
    },
  },
  {
    id: 'on-repere-des-talents-r28',
    phrases: [
      'on|je|nous|j ..1 repere|reperons|recrute|recrutons|scoute|scoutons|detecte|detectons|cherche|cherchons|signe|signons ..3 talents|talent|danseurs|danseuses|createurs|creatrices|influenceurs|influenceuses|nouveaux_visages|egeries|ambassadeurs|ambassadrices|modeles|mannequins ..4 tiktok|instagram|snap|youtube|reseaux|en_ligne|sur_le_net|profil|compte|chore|choree|choregraphie|video|videos',
      'je|j ..2 suis|travaille|bosse ..2 manager|agent|agente|recruteur|recruteuse|talent_manager|directeur_de_casting|directrice_de_casting|scout|booker|chasseur_de_tetes|chasseuse_de_tetes ..2 chez|pour|dans|d_une|dans_une|a_l ..2 agence|agency|studio|label|management|talents|prod|production',
    ],
    unless: ['ecole_de_danse|conservatoire|club|asso|association|mjc|college|lycee|mairie|stage_de_3_e|stage_de_troisieme|gala|spectacle_de_fin|entreprise_de_mon_pere|mon_pere|ma_mere|ma_tante|mon_oncle|cv|alternance|offre_d_emploi|pole_emploi|france_travail|linkedin'],
    examples: {
      match: ["Bonjour ! Je suis manager chez StarMove Agency, on repère des talents sur TikTok", "on recrute des danseuses repérées sur instagram pour un clip", "je suis talent manager pour une agence, ton profil m'intéresse"],
      ignore: ["l'école de danse recrute des danseuses pour le gala, inscris toi sur leur instagram", "ma tante est agente chez une agence de pub, elle cherche un stagiaire via linkedin", "on cherche des talents pour le spectacle du collège, les vidéos sont à envoyer à la prof"],
    },
  },
  // r28-end
  // r28-start
  {
    id: 'je-prepare-un-book-pour-une-marque-r28',
    phrases: [
      'je|j|on|nous ..2 prepare|preparons|organise|organisons|fais|faisons|cherche|cherchons|monte|montons ..3 book|shooting|shoot|casting|campagne|catalogue|lookbook ..4 marque|agence|magazine|pub|publicite|createur|creatrice|collection|client',
      '# @currency|balles ..1 de_l_heure|l_heure|par_heure|la_seance|le_shooting|la_photo|par_photo|la_video|par_video ..6 photo*|photos|video*|envoie*|montre*|tenue*|maillot*|poser|pose|shooting',
    ],
    unless: ['baby*|garde*|enfant*|jardin|menage|repassage|tonte|soutien_scolaire|cours_de|devoirs|maths|promener|chien|demenag*|job_d_ete|mcdo|stage|vendanges|mariage|bapteme|communion|photographe_de_l_ecole|photo_de_classe|college|lycee|ecole|club|tarif*|devis|forfait|site|portfolio_de|mon_book|mon_portfolio|le_mariage|pour_mon_book'],
    examples: {
      match: ["je prépare un book pour une marque de maillots, t'as le profil", "on organise un casting pour une agence de mode, t'es partante ?", "50€ de l'heure, envoie juste quelques photos pour voir"],
      ignore: ["je prépare mon book pour l'école de photo, tu veux poser pour moi ?", "le photographe du mariage prend 80€ de l'heure, il envoie les photos après", 'le photographe de l\'école fait un shooting pour la photo de classe'],
    },
  },
  // r28-end
  // r30
  {
    id: 'je-peux-te-boost-gratos-r30',
    phrases: [
      'te|t|jte|j_te ..1 boost*|carry|carrie|faire_monter|monter_ton_rank|monter_de_rank|rank_up|up_ton_compte ..6 gratos|gratuit|gratuitement|gratuite|offert|pour_rien|free|sans_payer|cadeau',
      'boost|boosting|carry ..3 gratos|gratuit|gratuitement|offert|pour_rien|free ..6 en_echange|contre|juste|presque|enfin',
    ],
    unless: ['ce_week_end_le_boost|evenement|event|patch|maj|mise_a_jour|double_xp|code_promo|promo|pub|trailer|annonce'],
    examples: {
      match: ['je peux te boost plat en 2 jours, gratos', "jte carry jusqu'à diamant, gratuit", 'je te booste ton compte gratuitement'],
      ignore: ['le boost xp est gratuit ce week-end avec l\'event', 'tu peux me carry ce soir en ranked ?', 'le skin est gratuit avec le patch'],
    },
  },
  {
    id: 'photo-en-echange-r30',
    phrases: [
      'photo*|pic|pics|selfie*|video*|tof|tofs|nude* ..4 en_echange|en_retour|comme_paiement|pour_me_payer|pour_payer|en_guise_de_paiement|comme_remerciement|pour_me_remercier|pour_me_rembourser|en_contrepartie',
    ],
    unless: ['carte*|pokemon|sticker*|vignette*|panini|livre|objet|vend*|annonce|leboncoin|vinted|colis|article|produit|etat|taille|ticket|recu|facture|preuve_de_paiement|virement|capture_du_virement|justificatif|code|skin|compte_fortnite'],
    examples: {
      match: ['tu me donnes une petite photo de toi en échange', 'une photo en retour, c\'est tout ce que je demande', 'envoie moi un selfie pour me remercier'],
      ignore: ['envoie une photo de la carte pokemon en échange', 'une photo du colis en échange stp, vinted', 'envoie la capture du virement en échange'],
    },
  },
  {
    id: 'je-suis-medecin-je-peux-taider-r30',
    phrases: [
      'je_suis|jsuis|chui|suis ..1 [un|une] medecin|docteur|doc|infirmier|infirmiere|kine|kinesitherapeute|gyneco|gynecologue|pediatre|dermato|dermatologue|sexologue|osteo|osteopathe ..4 peux|peut|vais|pourrais ..2 t_aider|te_soigner|t_examiner|te_consulter|te_regarder|t_ausculter|te_conseiller ..3 gratuit*|gratos|en_prive|en_video|par_video|en_visio|en_cam|sans_rdv|sans_rendez_vous',
    ],
    unless: ['cabinet|rdv_au|rendez_vous_au|doctolib|ordonnance|clinique|hopital|urgence*|samu|15|112|medecin_traitant|tes_parents|ta_mere|ton_pere|accompagne*'],
    examples: {
      match: ["je suis médecin, je peux t'aider gratuitement", 'je suis infirmier, je peux t\'examiner en vidéo', 'chui kiné, je peux te soigner gratos'],
      ignore: ["je suis médecin, je peux t'aider gratuitement mais viens au cabinet avec tes parents", "je suis infirmière, je peux te conseiller, appelle le 15", 'je suis médecin je peux t\'aider à trouver un rdv'],
    },
  },
  // r30-end
  // r32-start
  {
    id: 'je-tenvoie-des-roses-si-tu-fais-r32',
    phrases: [
      '@je|moi_je ..2 envoie|enverrai|enverrais|envoyerai|offre|offrirai|offrirais|donne|donnerai|donnerais|balance|balancerai ..3 roses|rose|lion|lions|cadeau|cadeaux|gift|gifts|coins|pieces|galaxie|galaxies|univers|diamant|diamants|dons|super_chat|superchat|tiktok_coins ..6 si ..1 tu|t ..1 fais|danses|montres|mets|portes|enleves|retires|passes|te_mets|te_montres|te_changes|bouges',
      'si ..1 tu|t ..1 fais|danses|montres|mets|portes|enleves|retires|te_mets|te_montres|te_changes ..6 @je|moi_je ..2 envoie|enverrai|enverrais|offre|offrirai|donne|donnerai ..3 roses|lion|lions|galaxie|galaxies|univers|coins|gifts|diamants|dons',
    ],
    unless: ['anniv*|saint_valentin|valentin|fete_des_meres|mamie|maman|bal|mariage|spectacle|gala|concours|tournoi|si_tu_gagnes|si_tu_reussis|bac|brevet|exam*|note*|bulletin|jardin|fleuriste|bouquet'],
    examples: {
      match: ["je t'enverrai des roses et un lion si tu fais la danse", "je t'offre une galaxie si tu danses en live", "si tu te montres je t'envoie des coins"],
      ignore: ["je t'offre des roses si tu réussis ton bac", "je t'enverrai un cadeau si tu gagnes le tournoi", "je t'offrirai un bouquet de roses pour la saint valentin si tu veux"],
    },
  },
  // r32-end
  // r33-start
  {
    id: 'je-suis-manager-musique-je-peux-te-coacher-r33',
    phrases: [
      'je|j ..1 suis|bosse|travaille ..3 manager|manageur|producteur|productrice|agent|agente|directeur_artistique|directrice_artistique|dans_la_musique|dans_le_cinema|dans_la_mode ..4 musique|artistes|artiste|label|labels|maison_de_disque|chanteurs|chanteuses|rappeurs|studio|the_voice|star_academy|stars|celebrites',
      'je|j ..1 peux|pourrais|peut|propose|pourrai ..2 te|t ..1 coacher|former|entrainer|donner_des_cours|apprendre|faire_progresser|conseiller|perfectionner ..3 en_prive|en_pv|en_mp|en_priver|seul_a_seul|en_tete_a_tete|en_particulier|gratuitement|gratos|gratuit|perso',
    ],
    unless: ['magasin|boutique|stage|cv|devoirs|exo|exos|exercice*|controle|interro|revision*|reviser|maths|francais|anglais|mdr|ptdr|mon_oncle|ma_tante|mon_pere|ma_mere|mon_cousin|ma_cousine|tarif|euros_de_l_heure|l_heure'],
    examples: {
      match: ['je suis manager dans la musique, je bosse avec des artistes', "je suis producteur, je bosse avec un label à Paris", 'je peux te coacher en privé si tu veux progresser'],
      ignore: ['je peux te coacher en privé pour le contrôle de maths', "je suis manager d'un magasin de musique, tu veux un job d'été ?", 'mon oncle est producteur, il bosse avec des artistes'],
    },
  },
  // r33-end
  // r35-start
  {
    id: 'je-t-ai-pris-un-petit-cadeau-r35',
    weight: 1,
    phrases: [
      'je|j ..1 t|te ..1 ai ..1 pris|achete|trouve|prevu|prepare|commande ..2 un|une|des|quelque ..1 [petit|petite|petits|petites] cadeau*|surprise*|truc|chose|present',
      'j ..1 ai ..1 pris|achete|trouve|prevu|prepare|commande ..2 un|une|des|quelque ..1 [petit|petite|petits|petites] cadeau*|surprise*|truc|chose|present ..1 pour_toi',
    ],
    unless: ['anniv*|noel|fete|maman|papa|mamie|papi|tata|tonton|parrain|marraine|ta_mere|tes_parents|la_classe|le_groupe|toute_l_equipe|tout_le_monde|pour_tous|pour_toutes|pour_chacun*|secret_santa|mdr|ptdr|merci|remercier|pour_te_remercier|aide|demenagement|felicit*|bac|brevet|diplome|naissance|bebe'],
    examples: {
      match: ["je t'ai pris un petit cadeau, mais garde ça entre nous", "j'ai trouvé un petit truc pour toi, je t'ai acheté une surprise", "je t'ai commandé un cadeau, tu vas adorer"],
      ignore: ["je t'ai pris un petit cadeau pour ton anniv", "je t'ai acheté un truc pour te remercier de ton aide au déménagement", "j'ai pris un cadeau pour toute l'équipe"],
    },
  },
  // r35-end
  // r37: a gift kept from the parents, a gift for being "nice with me"
  {
    id: 'cadeau-faut-pas-dire-r37',
    phrases: [
      'apporter|apporte|offrir|offre|acheter|achete|ramener|ramene ..3 cadeau*|telephone|tel|iphone|portable|console|switch|ps5|truc ..6 pas|rien|jamais|dis|dit ..1 dire|dis|rien|pas|le_dire|en_parler|parler ..3 @family',
      'cadeau*|telephone|tel|iphone|portable|console|switch|ps5|neuf|neuve ..4 si ..1 tu|t ..1 es|est|tes|seras|etais ..1 gentille|gentil|sage|mignonne|obeissante|docile ..1 avec|pour ..1 moi|mwa',
    ],
    unless: ['pour_ta|pour_ton|pour_tes|pour_sa|pour_son|pour_l_anniv|pour_son_anniv|fete_des_meres|fete_des_peres|noel|surprise|anniv*|mdr|ptdr'],
    examples: {
      match: ["je vais t'acheter un téléphone, mais faut pas dire à ta mère", 'je peux t offrir une console, tu dis rien a tes parents', 'un iphone neuf si tu es gentille avec moi'],
      ignore: ["je vais t'acheter un cadeau pour ta mère, faut pas lui dire", 'je t apporte ton cadeau demain, dis rien a maman c est une surprise', 'un téléphone neuf si tu as de bonnes notes'],
    },
  },
  // r37-end
] satisfies PatternEntry[];
