import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'envoie-photo-nue',
    phrases: [
      '@show ..3 comment ..1 t_es|tes|tu_es ..1 foutue|foutu|faite|gaulee|gaule|roulee|roule',
      'voir|te_voir ..6 sans ..1 vetement*|vetements|habits|rien_sur_toi|tes_vetements|tes_habits|ton_haut',
      '@send|fais|fait ..2 un|des|une ..1 snap|snaps|story ..2 de_toi|de_twa ..2 @nude',
      'aimerais|voudrais|veux|aimerai|voudrai ..2 te|t ..1 voir ..2 en|sans ..1 @nude',
      '@send|@show [moi|m|nous|mwa|moa] ..4 @photo ..3 @nude',
      '@send|@show [moi|m|nous|mwa|moa] ..2 tes|ta|ton|des|une|un @body',
      '@photo|video ..2 de_toi|de_twa ..2 @nude',
      '@photo ..2 de_tes|de_ta|de_ton @body',
      '@send|@show ..2 des|tes|une|un|ta|ton nude*|nudes|nud|nudz|nuds|nood|noods|noodz|noud|nouds',
      'je|jveux|jvoudrais|je_veux ..3 voir|te_voir|t_voir ..2 @nude|@body',
      'veux|voudrais|aimerais|aimrais|kiffe* te|t voir ..2 @nude|tout_nu|toute_nue',
      'deshabille*|deshabilles* toi|twa|pour_moi',
      'toi|twa en|tout|toute @nude',
      'fais|fait|faites moi|m|nous voir ..2 @body|@nude',
      '@show [moi|m|toi] en|sans @nude',
      'photo*|foto*|video*|selfie* [de_toi|de_twa] nue|nues|sexy|coquine*|osee*|hot|intime*',
      /* r38: bare, no determiner */ '@send|@show|fais|fait [moi|m|nous|mwa|moa] nude*|nudes|nud|nudz|nuds|nood|noods|noodz|noud|nouds',
      'enleve|retire|tombe|baisse|leve|souleve|remonte|ouvre|descends ..2 ton|ta|tes|le haut|tee_shirt|t_shirt|tshirt|pull|haut|pantalon|culotte|soutif|slip|calecon|jean|short|jupe|vetements|habits',
    ],
    unless: [/* r22 */ 'je_la_mets|je_la_poste|je_la_publie|je_l_imprime|je_la_mets_sur|groupe_de_la_famille|groupe_famille|album_de_famille|album_photo|je_l_encadre', 'sale|tache|taches|tachee|mouille*|trempe*|machine_a_laver|a_l_envers|etiquette|canicule', 'j_ai|jai|g tes|ta|des|les|toutes|tous', 'acheter|achete|vendre|vend|vinted|leboncoin|taille|article|annonce|commande|magasin|boutique|du_club|de_l_equipe|licence|tournoi', 'podologue|medecin|docteur|kine|dermato*|infirmi*|blessure|bobo|entorse|plaie|bouton*|allergie|rougeur*|piqure*|cicatrice|pediatre|urgences', 'escroc*|arnaqueur*|victime*|sextorsion|sextortion|prevention|reportage|menacent|menacant|pharos|signalez|gendarmerie|a_ete_arrete|ete_arrete|s_est_fait_arreter|interpelle*|condamne*|arrestation|proces|enquete|faisait_chanter|faisaient_chanter|font_chanter|fait_chanter'],
    examples: {
      match: ['envoi nudes stp', 'envoie moi noods', 'envoi des nudz', 'envoie une foto de ton corp', "montre moi en vrai comment t'es foutue", "je veux voir si t'es aussi belle sans vêtements", 'envoie un snap de toi dans ton lit', 'une photo de toi sous la couette stp', "j'aimerais bien te voir en maillot, t'en as une ?", 'lève ton t-shirt devant la cam', 'envoie moi une photo de toi en maillot 😏', 'montre moi tes seins', 'envoie des nudes', 'juste toi en sous vet', 'une photo de toi nue', 'je veux te voir nue', 'déshabille toi', 'enlève ton haut'],
      ignore: ["cette photo de toi en maillot au lac est trop belle, je la mets sur le groupe de la famille?", 'envoie moi une photo de tes pieds, le podologue veut voir', 'envoie moi la photo du maillot que tu veux acheter', 'je veux voir le film', 'enlève tes chaussures avant de rentrer', 'des escrocs menacent de diffuser des photos intimes si la victime ne paie pas', 'un mec a été arrêté, il faisait chanter des ados avec des photos intimes', "tu peux m'envoyer une photo de toi avec le maillot du club pour le site ?"],
    },
  },
  {
    id: 'une-autre-plus-osee-r36',
    phrases: [
      'une|un|d|des|encore_une ..1 autre*|plus|peu_plus|encore_plus ..2 osee*|ose|sexy|hot|coquine*|sans_rien|en_sous_vet*|en_sous_vetements|en_culotte|en_brassiere|en_string|en_soutif|en_lingerie',
      'une|un|d|des|encore_une ..1 autre*|meilleure ..2 mais ..1 en ..1 maillot|sous_vet*|sous_vetements|culotte|brassiere|string|soutif|lingerie|serviette',
      'maintenant|mtn|allez|la ..1 d_autres|une_autre|des_autres|encore ..2 sans_rien|toute_nue|tout_nu|sans_habits|sans_vetements|sans_le_haut',
    ],
    unless: ['robe|tenue|soiree|magasin|vinted|article|taille|boutique|commande|mariage|bal|deguisement|costume|piscine_municipale|cours_de_natation|natation|club|equipe|tinder|mamie|papi'],
    examples: {
      match: ['une plus osée stp 😏', 'encore une autre mais en sous vet', 'maintenant des autres sans rien', 'une autre en lingerie'],
      ignore: ['prends une autre robe plus sexy pour la soirée', 'une autre mais en maillot pour le club de natation', 'une autre plus grande', 'maintenant encore sans sucre'],
    },
  },
  {
    id: 'allume-la-cam-pour-moi-r36',
    phrases: [
      'allume*|active* ta|la|ton cam|camera|webcam|facecam ..1 pour|rien_que_pour|juste_pour ..1 moi|mwa',
      'allume*|active* la|ta|ton [cam|camera|webcam|facecam] [pour|rien_que_pour|juste_pour] [moi|mwa] en ..1 prive|pv|mp',
      'allume*|active* la pour|rien_que_pour|juste_pour ..1 moi|mwa',
    ],
    unless: ['four|tele|tv|television|lumiere|lampe|clim|chauffage|machine|console|bougie*|radio|plaque*|cafetiere|bouilloire|box|wifi|ordi|pc|feu|barbecue|cheminee|guirlande*|ventilo|ventilateur', 'devoir*|exo*|exercice*|cours|expose|projet|prof|classe|groupe|reunion|mamie|papi|tournoi|equipe|maquette|tableau'],
    examples: {
      match: ['allume ta cam pour moi', 'allume la en privé sur snap', 'active ta webcam rien que pour moi', 'allume la juste pour moi stp'],
      ignore: ['allume la télé pour moi', 'allume la pour moi, le four doit chauffer', 'allume ta cam pour le cours', 'allume la lumière', 'allume ta cam pour moi, mamie veut te voir'],
    },
  },
  {
    id: 'tas-une-webcam-r36',
    phrases: [
      '@tas une|1 webcam|cam|camera|facecam',
    ],
    unless: ['micro|casque|config|setup|achete*|acheter|marque|logitech|prix|resolution|1080|720|marche|marchent|fonctionne*|cassee|casse|cours|visio_du|reunion|prof|classe|expose|projet|mamie|papi|famille|zoom|teams|equipe|tournoi|ecran|tuto|recommand*|conseil*|surveillance|chien|chat|bebe|voiture|recul|securite|photo_de_classe|appareil_photo'],
    weight: 2,
    examples: {
      match: ["t'as une webcam ?", 'tu as une cam sur ton pc ?', 'ta une webcam dans ta chambre', 'as tu une webcam'],
      ignore: ["t'as une webcam à me conseiller ?", 'tu as une webcam pour le cours de demain ?', "t'as une cam de recul sur ta voiture ?", 'ta webcam marche pas', "pk t'as pas ta cam"],
    },
  },
  {
    id: 'allume-ta-cam',
    phrases: [
      'fais|fait|lance ..2 un|une ..1 live|direct|show|cam|visio ..1 prive|privee|perso ..2 pour ..1 moi|mwa',
      'allume*|active*|ouvre|lance ..2 [juste|vite] ..1 la ..1 cam|camera|webcam ..3 et|puis ..1 mets|met|allonge|couche|montre ..1 toi|twa',
      'en|sur ..1 cam|camera|webcam ..1 stp|svp|please|maintenant|mtn|vite|now|direct|tout_de_suite',
      'allume*|active*|ouvre|ouvres|mets|met|lance|branche ..1 ta|ton|ta_petite @cam',
      'montre toi|twa ..2 @cam|en_video|en_visio',
      'mets|met toi|twa en_live|en_direct|en_cam|en_facetime|en_video|devant_la_cam|devant_ta_cam',
      'mets|met|tourne|pointe la|ta @cam ..2 sur_toi|vers_toi|sur_ton|sur_ta|sur_tes',
      '@show ..3 sous ..1 ton|ta|tes',
      'fais|fait|fai|fais_moi ..2 des|un|une nude*|nudes',
      '@cam|facetime|visio|appel|live ..2 tout_nu|toute_nue|nue|nu|a_poil|apoil|en_sous_vet*|en_sous_vetement*|en_culotte|en_string|en_calecon',
      '@cam|facetime|visio|appel|live ..3 sans ..1 haut|tee_shirt|t_shirt|rien|vetement*|habits|culotte|soutif|pantalon|ton_haut',
      'allume*|active*|ouvre|mets ..1 la @cam ..4 te|t voir',
      'allume*|active*|ouvre|mets ..1 la|ta|ton ..1 @cam|camera ..3 de|du ..1 ton|ta ..1 tel|telephone|portable|ordi|pc',
      'fais|fait|lance|fai ..2 un|une ..1 live|direct|show|cam ..3 rien_que|juste|que|seulement ..1 pour ..1 moi|mwa',
      'je|jveux|veux|voudrais ..2 te|t voir ..2 @cam|en_video|en_visio|en_vrai_sur_cam',
    ],
    unless: [/* r26 */ 'quand_tu_perds|quand_tu_perd|quand_tu_rage*|quand_tu_meurs|ranked|1v1|qu_on_voie_ta_tete|qu_on_voit_ta_tete', /* r25 */ 'tournoi|voir_tout_le_monde|appel_de_groupe|appel_d_equipe|le_capitaine|la_capitaine|en_vocal_d_equipe', /* r22 */ 'plafond|on_voit_que|on_voit_rien|on_te_voit_pas|on_t_voit_pas|on_voit_pas|ecran_noir|floue|bug|bugge|lag|lagge', "debrief|staff|tryout*|echiquier|communication_avec|detection*|selection*_de_l_equipe", 'photo_de_groupe|selfie_de_groupe|au_centre|tournage|clip|video_de_classe|photo_de_classe', 'pour ..2 le|la cours|classe|reunion|appel_de_classe', 'projet|expose|maquette|schema|tableau|devoir*|tp|cours|reunion|prof|exo|exos|exercice*|reviser|revision*|revise|maths|math|physique|chimie|svt|dm|controle|interro|cahier|fiche*|brevet|bac', 'mamie|mamy|papi|papy|grand_mere|grand_pere|grands_parents|tata|tonton|tante|oncle|cousin*|bebe|anniv*|bougies|teams|zoom|meet|entretien|medecin|docteur|teleconsultation', 'feuille|copie|copies|seance|tutrice|tuteur|redaction|ecriture', /* r15 */ 'deco|nouvelle_chambre|sapin|chiot|chaton|neige|guirlande*|gresille*|ventilo|frigo|casque|ton_micro', /* r20 */ 'config|setup|clavier|souris|manette|console|pc_gamer|ton_ecran|la_partie|la_game|en_stream|ton_stream|ton_chat|ton_chien|ta_chienne|ton_lapin|ton_hamster|ton_chiot|ton_chaton|tes_chats|ton_poisson|ton_perroquet|ton_cheval'],
    examples: {
      match: ['fais un live privé pour moi', "c'est encore mieux 😏 allume juste la camera et mets toi sur ton lit", 'en cam stp', 'allume ta cam stp juste 2 min', 'active ta caméra', 'montre toi en cam', 'je veux te voir en facetime'],
      ignore: ["allume ta cam sur discord qu'on voie ta tête quand tu perds", "mets ta cam demain soir pour le tournoi, le capitaine veut voir tout le monde sur l'appel", "allume ta cam chacal on voit que ton plafond", "on te demandera d'allumer ta cam pendant le debrief, c'est pour voir ta communication avec le staff", 'allume la caméra et mets toi au centre pour la photo de groupe', 'allume la caméra et mets toi devant le tableau pour le cours', 'on fait un facetime avec mamie à 18h, tu peux allumer ta caméra ?', 'Activez vos caméras pour le cours svp', 'ma cam marche pas', 'allume la lumière', 'on fait un appel video pour le projet ? allume ta cam qu on voie la maquette', 'allume ta cam que je voie ton exo', 'Ah et allume ta caméra jeudi, c est plus simple pour voir ta feuille', 'tu me montres ta nouvelle chambre? allume ta cam ce soir, je veux voir la déco', 'mets ta cam, ton micro grésille on entend ton ventilo', 'ok mets ta cam si tu veux montrer ta nouvelle config', "mets ta cam qu'on voie ton chat"],
    },
  },
  {
    id: 'photo-de-toi',
    phrases: [
      'fais|fait|fai|fais_moi ..2 un|une ..1 snap|photo|video|vid|tof|selfie ..2 de ..1 ton|ta|tes ..1 @body',
      'veux|voudrais|aimerais|jveux|j_veux|veut ..1 voir ..1 tes|ta|ton ..1 @body',
      '@show ..3 comment ..1 t_es|tes|tu_es|t ..1 habillee|habille|sapee|sape|fringuee|fringue',
      '@photo de_toi|de_twa|de_toa|de_vous|de_ta_tete|de_ton_visage|de_ta_face',
      '@send|@show ..2 toi|twa|ta_tete|ton_visage',
      '@send ..3 snap|snaps|snapchat de_toi|de_twa',
      '@send ..1 en ..1 une|un|1 de_toi|de_twa',
      'te|t filmer|filme|photographier|photographie|prendre_en_photo',
      'prend*|fais|fait|filme toi|te|twa en_photo|en_video|en_selfie|pour_moi',
      'je|jpeux|j peux|pourrais|peut|peux ..2 avoir|voir ..2 une|des|ta|tes @photo [de_toi]',
      'fais|fait|prends|prend|envoie* ..2 un|une|1 ..1 selfie*|selfy ..2 la|maintenant|mtn|tout_de_suite|direct|now|pour_moi|avec|en_faisant',
      'selfie*|photo* ..4 avec|en_faisant ..2 # ..1 doigt|doigts',
      '@show ..2 ta|ton|tes ..1 tenue|pyjama|nuisette|look|ce_que_tu_portes|ce_que_t_as_sur_toi|dessous',
      'prouve|prouves|prouvez|preuve ..4 que|qu ..1 t_es|tu_es|t|tes|vous_etes ..1 [bien|pas] ..1 reelle|reel|vraie|vrai|un_fake|une_fake|fake|un_bot|une_bot|humaine|la_fille_de_la_photo|le_gars_de_la_photo',
    ],
    unless: [/* r26 */ 'rassuree|rassure|colo|colonie|outfit|assorti*', /* r26 */ 'avec_dedans|si_ca_va_avec|va_avec_mes|va_avec_ma|va_avec_mon|va_avec_les', /* r25 */ 'arnaque*|arnaqueur*|mefiez*|mefie_toi|prevention|disent_qu_ils|disent_qu_il|signalez', /* r25 */ 'diapo|diaporama|album_de_fin|album_de_classe|de_vous_bebe|photo_de_bebe|photos_de_bebe|quand_vous_etiez_bebe|quand_t_etais_bebe|quand_tu_etais_bebe|yearbook|trombinoscope|longueur|ourlet|retouche*', /* r25 */ 'de ..1 vous|toi ..1 avec ..1 elle|lui|eux|nous|les_autres', 'quelqu_un|quelqun|un_inconnu|un_mec|une_personne ..3 menace*|menacer', 'comment ..2 ca|il|elle|le|la ..1 tombe|tombent|rend|rendent', 'ne_paie_jamais|ne_paye_jamais|ne_paie_pas|ne_paye_pas|payez_jamais|viens_m_en_parler|parles_en|parle_en_a', /* r15 */ 'm_a_montre|m_a_envoye|ma_montre|m_a_fait_voir|m_a_transfere|a_poste|a_publie|skate|trottinette|chute', 'bleu|blessure|platre|cicatrice|bobo|bouton|tatouage|piercing|coup_de_soleil|grossesse|echographie|entorse|genou|kine|medecin|docteur', 'mamie|papi|mamy|papy|tata|tonton|tante|oncle|maman|papa|parrain|marraine|tu_me_manques|ca_fait_longtemps|ca_fait_un_bail', 'soiree|mariage|bal|fete|anniv*|rentree|demain|samedi|concert|entretien|costume|halloween|carnaval|essayage|magasin|vinted|shopping|achete*|nouvelle|nouveau|ceremonie|gala|spectacle', 'devoir*|exo*|exercice*|cours|copie|notes|cahier|lecon', 'coupe|cheveux|tenue_de_sport|groupe|classe|voyage|vacances|avec_ta_coupe|club|site|licence|equipe|journal|badge|identite|trombi*|dossier|inscription|cantine|carte_de', 'j_ai|jai|g|j_avais|javais ..2 une|des|la|les|plein_de|trop_de|encore ..1 @photo'],
    weight: 2,
    examples: {
      match: ['fais moi un snap de ton corps', "j'veux voir tes jambes", 'je voudrais voir ton corps', "montre moi comment t'es habillée", "t'es dans ton lit ? tu me montres ta tenue ? 😏", 'allume ta cam 2 sec, prouve moi que t es réelle', 'fais un selfie là maintenant', 'un selfie avec 3 doigts pour voir', "si tu m'envoies une photo de toi", 'une photo de toi stp', 'jpeux avoir une photo de toi ?', 'montre ta tete'],
      ignore: ["envoie moi une photo de toi quand t'es arrivée à la colo que je sois rassurée ❤️", 'Envoie moi une petite photo de vous deux que je sois rassurée', 'promis. envoie moi une photo de toi avec dedans que je vois si ça va avec mes chaussures', "attention arnaque : des mecs disent qu'ils ont des videos de vous et demandent des bitcoins", "et envoyez moi des photos de vous avec elle pour le diapo", "Pour l'album de fin d'annee, envoyez une photo de vous bebe avant vendredi !", "envoie moi une photo de toi avec la robe bleue, pour voir la longueur", 'envoie moi une photo de toi avec pour que je voie comment ca tombe', "Si quelqu'un te menace de publier des photos de toi, ne paie jamais, garde des captures et viens m'en parler au CDI", "ton frère m'a montré la vidéo de toi qui tombes en skate mdr", 'je veux voir ton bleu sur la jambe', 'montre moi comment t es habillée pour la soirée', 'mamie : tu me manques ma chérie, envoie moi une photo de toi', 'montre moi ta tenue pour la soirée de samedi', "tu peux m'envoyer une photo de toi avec le maillot du club pour le site ?", 'prouve que c est toi qui as gagné la partie', 'envoie une photo de ta nouvelle coupe', 'photo de groupe demain', 'envoie moi les photos du voyage', "j'ai une photo de toi en train de dormir la bouche ouverte"],
    },
  },
  {
    id: 'encore-une-photo',
    phrases: [
      'maintenant|mtn|et_maintenant|a_present ..1 une|la|des ..1 video*|vid|vids|nude*|photo* ..3 sinon|ou_je|ou_j',
      '@send ..2 des|une|les ..1 vraie|vraies|vrai|vrais ou|sinon|sinn',
      'encore|autre|autres|d_autres|dautres|deuxieme|2_eme|nouvelle* ..3 plus|bien|vraiment|super ..1 sexy|hot|ose|osee|osees|coquine*|chaude*|deshabille*|proche',
      '@tas|t_as|tu_as|t ..2 d_autres|dautres|encore|plus_de ..1 @photo ..2 comme_ca|comme_celle*|du_meme_genre|pareil*|de_ce_genre|de_toi|plus',
      '@send|@show ..2 en [encore] une|un autre|deuxieme|2_eme|dautre|dautres',
      '@send|@show ..3 encore|plus|d_autres|dautres ..2 @photo',
      'merci pour ..2 la|ta|tes|les @photo|photo*',
      'montre|montres ..2 un_peu|encore ..1 plus',
      'm|me ..1 en ..1 @send|@show|refais|refait|fais|fait ..2 une|un|1|d ..1 autre|autres|deuxieme|2_eme|derniere|dernier|de_plus|encore|nouvelle',
      'm|me ..1 en ..1 @send|@show ..1 d_autres|dautres|encore|plus',
      'une|1 ..1 petite|ptite|tite ..1 photo*|tof|tofs|pic|video*|vid|selfie*',
      '@tas|t ..1 en ..1 as|a ..1 d_autres|dautres|encore|plus ..3 comme_ca|comme_celle*|du_meme_genre|pareil*|de_ce_genre|de_toi',
    ],
    unless: ['voyage|vacances|robe|velo|article|annonce|produit|drive|exo*|exercice*|devoir*|cours|classe|sortie|anniv*|soiree|match|groupe|carte|cartes|pokemon|stickers|jeux|skin*|memes|meme|blague*|chat|chien|gateau|paysage*|dessin*', 'pouvez|pourriez|auriez|avez ..1 vous|m|me'],
    weight: 1,
    examples: {
      match: ['maintenant une vidéo, sinon je montre la photo à ton ex', "tout le monde croira que c'est toi. envoie des vraies ou ça sort", "t'as d'autres photos comme ça ? plus osées ?", 'tu m en montres une autre ? juste pour moi', "tu peux m'en envoyer une autre ?", 'une petite photo ?', "t'en as d'autres comme ça ?", 'envoie en une autre', 'une autre plus sexy', "envoie moi d'autres photos", 'merci pour la photo 😍'],
      ignore: ['envoie des vraies infos ou le prof va pas accepter', 'maintenant une vidéo du chat, sinon mamie va bouder', 'une petite photo de groupe ?', "t'en as d'autres comme ça des cartes pokemon ?", "Vous pouvez m'envoyer d'autres photos ?", "tu peux m'envoyer plus de photos de la robe portée ?", 'envoie encore des photos du voyage', 'une autre partie ?'],
    },
  },
  {
    id: 'envoie-une-photo',
    phrases: [
      '@send [moi|m|nous|mwa|moa] ..2 une|un|des|ta|tes|la|les ..1 @photo',
      'fais|fait|prends|prend moi|m|nous ..2 une|un|des ..1 @photo|selfie*',
      'tu peux|pourrais|pe|peu ..2 @send ..3 @photo',
    ],
    unless: [/* r26 */ '@photo|selfie*|video*|videos du|des|de_la|de_l|de_vos|de_votre', 'rassuree|rassure|colo|colonie|outfit|assorti*|progres|avant_apres|la_salle|service|tennis|swing|technique|choree|chore|clutch|croquis', /* r26 */ 'avec_dedans|si_ca_va_avec|va_avec_mes|va_avec_ma|va_avec_mon|va_avec_les', /* r26 */ 'ils|elles ..2 envoient|enverront|envoyent|renvoient', 'pv|amende|contravention|pare_brise|constat', 'ton_crush|ta_crush|on_veut_voir|on_veut_tous_voir', /* r25 */ 'et_ton_frere|et_ta_soeur|avec_ton_frere|avec_ta_soeur|et_tes_freres|et_tes_soeurs|et_les_enfants', /* r25 */ 'badge|carte_de_membre|site_du_club', /* r25 */ 'qui_t_accompagne|avec_qui_t_es|avec_qui_tu_es|du_but|ton_but|le_but|du_panier|du_dunk|du_trick|de_la_figure', /* r25 */ 'diapo|diaporama|album_de_fin|album_de_classe|de_vous_bebe|photo_de_bebe|photos_de_bebe|quand_vous_etiez_bebe|quand_t_etais_bebe|quand_tu_etais_bebe|yearbook|trombinoscope|procedure_de_recuperation|recuperation_du_compte|recuperer_mon_compte|recuperer_ton_compte', /* r25 */ 'de ..1 vous|toi ..1 avec ..1 elle|lui|eux|nous|les_autres', /* r18 */ 'recto|verso|photocard*|ton_nouveau|ta_nouvelle|tes_nouvelles|tes_nouveaux', 'ton|ta|tes ..1 pire|pires|plus_moche|plus_nul|plus_nulle|plus_ridicule', /* r15 */ 'autorisation*|decharge|fiche_sanitaire|feuille|fiche|identite|licence|passeport|ticket|facture|recu|la_ou_t_es|la_ou_tu_es|ou_t_es|ou_tu_es|je_viens_te_chercher|je_passe_te_prendre', 'reponse*|emploi_du_temps|edt|tableau|agenda|programme|horaires|consigne*|sujet|enonce', 'de|du|des ..1 l_arret|arret|bus|gare|parking|entree|l_entree|quai|la_rue|batiment|endroit|etiquette|formulaire', 'je|jte|jt|j|jpeux ..3 t|te|vous envoi*|envoyer|envoie', 'je|j|jvais|jv ..2 vais|vai|peux|pourrais|dois ..1 envoyer|envoye', 'sinon|abonne*|followers|ta_famille|tes_parents|tout_le_monde|tableau|mamie|papi|lui|leur|bulletin|note|notes|certificat|ordonnance|carte_vitale|attestation|devoir*|exo*|exercice*|cours|lecon|copie|voyage|vacances|velo|robe|annonce|article|produit|screen*|capture*|fiche|document|doc|notes|cahier|page|sortie|match|groupe|classe|soiree|anniv*|drive|coupe|cheveux|chien|chat|meuble|colis|ticket|facture|recu|plan|menu|resultat*', 'menace*|arnaqu*|escroc*|victime*|sextorsion|intervention|reportage|police|gendarmerie|gateau|repas|plat|dessin|bougies|recette|paysage|vue|coucher_de_soleil|manette|console|mariage|tenue|tata|tonton|tante|oncle|ceremonie|bapteme|communion|cousin*|costume|robe', 'cuisine|frigo|jardin|plante*|tomates|potager|lessive|machine_a_laver|evier', 'tenues|vos_tenues|enfants|les_petits|la_veille', 'comment_on|comment_je|comment_tu_fais|comment_faire|comment_ca_marche|on_fait_comment|je_fais_comment', 'medecin|infirmi*|docteur|pediatre|dermato*|eruption|bouton*|plaque_rouge|rougeur*|blessure|plaie|piqure|allergie|consultation'],
    weight: 1,
    examples: {
      match: ['envoie une photo', 'envoie moi une pic', 'tu peux menvoyer une photo', 'fais moi un selfie'],
      ignore: ["vous pouvez m'envoyer une photo de la semelle ?", "envoie moi une photo du croquis quand t'as fini", 'envoie moi une photo des ballons quand tu les as', 'envoie moi une photo de ton outfit pour ce soir, je veux voir si on est assortis 😍', 'envoie ta photo de progrès du mois, on compare les bras avec la salle', 'envoie moi une photo de toi avec dedans que je vois si ça va avec mes chaussures', "oui c'est le stand officiel de l'asso, ils envoient les photos par mail après", "envoie moi une photo du PV qu'il y a sur le pare-brise stp", 'envoie la photo de ton crush on veut voir', "tu me manques trop ma cherie, envoie moi une photo de toi et ton frere", "envoie moi ta photo de profil pour le badge du club", "si tu sors, envoie moi une photo de qui t'accompagne", "envoie moi la video du but", "j'ai fait la procedure de recuperation, faut envoyer un selfie video a instagram", "envoyez moi des photos de vous avec elle pour le diaporama", 'envoyez-moi la photo de l autorisation parentale signée avant vendredi', "envoie moi une photo de l'arret quand t'y es", 'envoie moi une photo de ta réponse au 2 stp', 'envoie moi une photo de ton emploi du temps', 'envoie moi une photo de ta tenue pour le mariage de tata', 'papa : envoie moi une photo de ton bulletin', 'ils ont dit que les arnaqueurs menacent d envoyer les photos à la famille', 'envoie-moi une photo de ton gâteau !', 'envoyez-moi une photo de votre exercice 3', 'envoie moi les photos du voyage', "je t'envoie la photo de la robe", 'envoie une photo de ta feuille stp', "envoie aussi ta photo d'identité pour la licence", "envoie moi une photo de là où t'es je viens te chercher", "ok envoie une photo de la cuisine quand t'as fini", "Tu peux m'envoyer une photo de ton bras, que je la transmette au médecin scolaire ?", 'envoyez une photo de vos tenues la veille', 'Comment on envoie une photo ?', 'envoie une photo de ton pire selfie de 6e', 'vous pouvez nous envoyer une photo des enfants quand ils sont couchés ?'],
    },
  },
  {
    id: 'video-ou-tu',
    phrases: [
      'te|t ..1 montres|montre|filmes|filme|prends ..2 en_entier|en_entiere|de_la_tete_aux_pieds|en_pied|toute_entiere',
      '@photo ..6 ou|dans_laquelle|pendant_que ..2 tu|t ..1 te|t ..1 deshabilles|deshabille|desapes|desape|touches|caresses|mets_nue|mets_a_poil|douches',
      '@photo ..6 en|sans ..1 tenue_legere|tenue_sexy|petite_tenue|sous_vet*|sous_vetement*|lingerie|string|culotte|soutif*|bikini*|serviette|nuisette|legerement_vetue',
      '@photo ..6 prendre|prends|prend|sous|dans ..2 ta|ton|la|le ..1 douche|bain',
      'en_train_de|entrain_de ..1 te|t ..1 doucher|laver|changer|deshabiller|habiller|baigner',
      '@photo ..6 pour ..1 ma|mon ..1 collection|collec|galerie|perso|album_perso|dossier_perso',
      'faire|fais|fait|filme|filmer|tourner ..3 @photo ..4 @nude',
      '@photo ..6 maintenant|mtn ..1 a ..1 toi|twa',
      '@photo ..2 un_peu|bien|encore|vraiment ..1 plus ..1 perso|personnelle*|intime*|osee*|ose|hot|sexy|coquine*',
      '@show ..6 sous ..1 ton|ta|tes ..1 pyjama|nuisette|peignoir|robe_de_chambre|pull|tshirt|t_shirt|tee_shirt|haut|jupe|vetements|habits|culotte|soutif|robe|sweat|jean|short|couette|drap|draps|serviette|couverture|plaid',
      'fais|fait|fai ..2 un|une ..1 strip*|strip_tease|striptease|danse_sexy|show_sexy',
      'jvx|jveu|jveut|jvoudrai|jveux|je_veux ..1 voir ..2 tes|ta|ton ..1 @body',
      '@tas ..2 des|une|un ..1 @photo ..2 en|sans ..1 @nude',
      'encore|une_autre|la_prochaine|cette_fois|maintenant|mtn ..4 sans ..1 le|la|ton|ta|tes|les ..1 pull|haut|tshirt|t_shirt|tee_shirt|sweat|vetements|habits|soutif|culotte|pantalon|jean|short|jupe|robe|maillot|string|sous_vetements|sous_vet|serviette',
      'sans ..1 le|la|ton|ta|tes|les ..1 pull|haut|tshirt|t_shirt|tee_shirt|sweat|vetements|habits|soutif|culotte|pantalon|jean|short|jupe|robe|maillot|serviette ..3 cette_fois|la_prochaine|la_prochaine_fois|maintenant|mtn|pour_moi',
      '@photo ..3 dans|sous ..1 ton|ta|tes ..1 lit|bain|baignoire|douche|couette|draps',
      '@photo ..6 juste|rien_que|que|seulement ..1 pour ..1 moi|mwa',
      '@photo ..3 en_entier|de_tout_ton_corps|de_ton_corps|en_pied|de_la_tete_aux_pieds|full_body|en_entiere|de_tout_ton_corp',
      '@photo ..6 dans ..1 ta ..1 chambre ..3 seule|seul|toute_seule|tout_seul|pour_moi|juste|rien_que',
      'mets|met|mettre ..1 toi|twa|te ..1 en ..1 pyjama|culotte|string|sous_vet*|sous_vetement*|lingerie|maillot|bikini|serviette|petite_tenue|nuisette|boxer|calecon',
      /* r38: snap in revealing clothes */ 'fais|fait|faire|ferais|faisais|@send ..4 snap*|snp|story|pic|pics|tof|tofs|selfie* ..2 en|sans ..1 crop_top|croptop|crop|top_court|mini_jupe|minijupe|decollete|brassiere*|soutif*|soutien_gorge|sous_vet*|sous_vetement*|culotte|string|lingerie|serviette|nuisette|petite_tenue|tenue_legere|tenue_sexy',
      '@photo ..2 [de_toi] ..1 en|sans ..1 crop_top|croptop|crop|mini_jupe|minijupe|decollete|maillot*|bikini*|sous_vet*|sous_vetement*|culotte|string|lingerie|serviette|pyjama|petite_tenue|brassiere*|soutif*|calecon|boxer|slip',
    ],
    weight: 3,
    unless: [/* r22 */ 'je_la_mets|je_la_poste|je_la_publie|je_l_imprime|je_la_mets_sur|groupe_de_la_famille|groupe_famille|album_de_famille|album_photo|je_l_encadre', 'docteur|medecin|bouton|boutons|dermato*|infirmi*|pediatre|allergie|rougeur*|varicelle|fievre|eczema|plaque*|piqure*', 'j_ai|jai|g ..2 une|des|la|les|ta|tes ..1 @photo', 'timbre*|carte*|pokemon|stickers|figurine*|voiture*|paysage*|fleur*|chat|chien|dessin*', 'cabine|essayage|essayer|essaye|essayes|vinted|leboncoin|article|annonce|vendre|magasin|boutique|commande|expose|devoir*|projet|jouer|partie|tour_de_jouer|plage|piscine|vacances|club|equipe|foot|basket|handball|rugby|du_club|site|nouveau|nouvelle|achete|profil|linkedin|cv|curriculum', 'froid|pluie|dehors|sors|sortir|manteau|malade|rhume|chat|chien|hamster|lapin|doudou|peluche|bebe', 'film|dodo|dormir|brosse|dents|diner|manger|soupe|tard|maman|papa|mamie|papi|bisou*|bonne_nuit|soiree_pyjama|pyjama_party|soiree|dessin|gateau|devoir*|robe|meuble|canape|voiture|velo|tableau|poster|affiche|plan|page|document|fiche'],
    examples: {
      match: ['tu me fais un petit snap en crop top ?', 'envoie un selfie en brassière stp', 'tu pourrais faire une story sans soutif pour moi', 'envoie moi une vidéo où tu te montres en entier', 'tu peux faire une vidéo pour moi où tu te déshabilles ?', 'envoie une vidéo de toi qui danse en tenue légère', 'je veux une photo de toi en train de prendre ta douche', 'tu m envoies une photo de toi en tenue ? pour ma collection 😉', 'send moi une pic de toi en crop top 😍', 'envoie une photo en entier que je voie', 'envoie moi une vidéo de toi en train de danser dans ta chambre, juste pour moi', 'viens on fait un facetime, mets toi en pyjama', 'encore une, mais sans le pull cette fois', 'la prochaine sans ton haut', 'refais la sans ton tshirt pour moi', 'tu peux faire une photo dans ton lit ?', 'une photo en maillot de bain ?', 'montre moi ce que tu caches sous ta couette', 't aurais pas une photo un peu plus perso?', 'montre moi ce que t as sous ton pull', 'fais moi un strip tease en cam', 'jvx voir tes fesses', "t'as des photos en maillot?", 'tu peux me faire une vidéo où tu danses en brassière ?', "t as aime la video que je t ai envoyee ? maintenant a toi"],
      ignore: ["cette photo de toi en maillot au lac est trop belle, je la mets sur le groupe de la famille?", 'envoie une photo de toi dans ton lit, le docteur veut voir tes boutons', "j'ai une vidéo de toi en train de chanter sous la douche mdrrr", 'une photo du timbre pour ma collection', 'mets toi en pyjama et brosse toi les dents', 'envoie moi une photo de ton dessin juste pour moi', 'la photo en maillot du club est sur le site', 'sors pas sans ton pull stp il fait froid', 'la photo de ton chat dans ton lit trop mignon', 't as des photos en maillot du club pour le site?', 'envoie une photo un peu plus perso pour ton profil linkedin', 't as des photos en maillot de la plage de nice', 'fais une video du maillot pour l annonce vinted', 'la video du projet est finie, maintenant a toi de jouer', 'fais moi un snap en crop top dans la cabine pour que je te dise', 'envoie un snap du crop top que tu veux acheter'],
    },
  },
  {
    id: 'encore-une-et-je-te-laisse',
    phrases: [
      'encore|juste|plus_qu|plus_que|rien_qu|rien_qu_une ..2 une|un|1 ..2 @photo|nude*|nudes ..4 et|puis ..3 laisse*|lache*|efface*|supprime*|tranquille|bloque*|disparai*|oublie*',
      'une|un|la|le|ta|ton ..1 derniere|dernier ..1 @photo|nude*|nudes ..4 et|puis|apres ..3 laisse*|lache*|efface*|supprime*|tranquille|disparai*|oublie*',
    ],
    unless: ['groupe|tous|ensemble|voyage|vacances|soiree|anniv*|mariage|classe|plage|match|concert|spectacle|sortie|devoir*|exo*|exercice*|cours|projet|annonce|vinted|article|drive|album|montage|instagram|story'],
    examples: {
      match: ['encore une vidéo et je te laisse tranquille', "une dernière photo et j'efface tout", 'juste une dernière vidéo et je te lâche'],
      ignore: ['encore une photo et on rentre promis, vous êtes trop beaux', "encore une photo de groupe et c'est fini promis", "une dernière photo du voyage et j'arrête de spammer"],
    },
  },
  {
    id: 'il-me-faut-des-photos-en',
    phrases: [
      'faut|faudrait|faudra|besoin|aurais_besoin|exige|exigerai ..4 @photo ..3 @nude',
    ],
    unless: ['club|equipe|site|vinted|leboncoin|article|annonce|taille|commande|magasin|boutique|vendre|achete*|plage|piscine|vacances|catalogue|produit|linkedin|cv'],
    examples: {
      match: ["il me faudrait des photos en sous vetements pour le book", "j'aurais besoin de photos de toi en maillot", 'il faut une video sans rien'],
      ignore: ['il faut des photos en maillot pour le site du club', 'il me faudrait des photos du maillot pour l annonce vinted'],
    },
  },
  {
    id: 'tu-me-dois-une-photo',
    phrases: [
      'tu|t|vous ..1 me|m ..1 dois|doit|devrais|dois_bien|devez ..2 bien|au_moins|une|un|des|ca|sa ..3 @photo|nudes',
      'en_echange|en_retour|pour_me_remercier|pour_la_peine|en_remerciement ..4 @send|@show|petite|une|des ..2 @photo|nudes',
    ],
    unless: ['du_voyage|des_vacances|de_classe|du_match|de_l_equipe|du_club|du_concert|de_la_soiree|du_devoir|des_devoirs|du_cours|de_l_anniv|du_chat|du_chien|du_gateau|mdr|ptdr|haha|lol'],
    examples: {
      match: ['maintenant tu me dois bien une petite photo en maillot non ? 😇', 'tu me dois au moins une photo', 'en échange tu m envoies une petite photo'],
      ignore: ['tu me dois une photo du voyage mdr', 'tu me dois 10 balles', 'en échange tu me prêtes ton chargeur'],
    },
  },
  {
    id: 'fais-une-video-pour-moi',
    phrases: [
      'tu|t ..1 me|m ..1 fais|fait|feras|ferais|fai ..3 video*|vid|photo*|selfie*|strip|show|danse ..3 pour ..1 moi|mwa|moa ..3 seul*|dans_ta_chambre|sous_la_douche|en_prive|au_lit|dans_ton_lit',
      'tu|t ..1 fais|fait|feras|ferais ..3 video*|vid|strip|show ..2 rien_que_pour|que_pour|juste_pour ..1 moi|mwa',
      'si ..1 tu|t ..1 fais|fait ..3 video*|vid|strip|show ..3 pour ..1 moi|mwa ..4 toi|toute_seule|tout_seul|dans_ta_chambre|en_prive',
      '@send ..2 quelques|des|une|tes|2|3|deux|trois ..1 photo*|tof*|video*|selfie*|vid|vids ..1 perso|persos|personnelle*|privee*|intime*',
      'fais|fait|fai ..1 moi|m ..1 un|une|1|petit|petite ..1 strip*|striptease|show|lap_dance|danse_sexy ..3 sur|en|par ..1 @cam|facetime|snap|visio|appel',
    ],
    unless: ['anniv*|mariage|projet|expose|cours|prof|classe|devoir*|tiktok|chaine|youtube|montage|mdr|ptdr|haha|lol|carte_d_identite|passeport|dossier|administrati*'],
    examples: {
      match: ["jte donne 50 balles si tu fais une vidéo pour moi, juste toi dans ta chambre", 'tu me fais une petite vidéo rien que pour moi ?', "suffit de m'envoyer quelques photos perso", 'fais moi un strip sur facetime'],
      ignore: ['tu me fais une vidéo pour mon anniv ?', 'envoie des photos perso pour le dossier administratif', 'tu fais une vidéo pour moi sur ta chaine mdr', 'fais moi un résumé du cours'],
    },
  },
  {
    id: 'tas-5-minutes-pour-menvoyer',
    phrases: [
      '@tas|tu_as|vous_avez|t|il_te_reste ..2 # ..1 min*|minute*|h|heure*|sec*|seconde*|mn ..2 pour ..1 m_envoyer|menvoyer|envoyer|me_montrer|montrer|me_faire|faire|allumer|me_renvoyer ..3 @photo|nudes|nude|ta_cam|la_cam|ta_camera',
      '@send|@show ..1 moi|m ..3 @photo|nudes|nude ..3 dans|avant|d_ici|sous ..1 # ..1 min*|minute*|h|heure*|sec*|seconde*|mn ..3 sinon|ou|ou_je|ou_j|sans_quoi',
    ],
    unless: ['devoir*|exo*|exercice*|cours|prof|projet|expose|voyage|vacances|sortie|match|soiree|anniv*|groupe|classe|club|equipe|concours|inscription*|dossier|annonce|vinted|colis|gateau|recette|mdr|ptdr|haha|lol'],
    examples: {
      match: ["fais le maintenant ou je te bloque, t'as 5 minutes pour m'envoyer la vidéo", 'tu as 10 min pour allumer ta cam', 'envoie moi la photo dans 5 minutes sinon tu vas voir'],
      ignore: ["t'as 5 minutes pour m'envoyer la photo de l'exo", "tu as 2h pour envoyer les photos du concours", 'envoie moi la photo du gateau dans 5 min sinon il est mangé mdr'],
    },
  },
  {
    id: 'envoie-moi-une-photo-de-toi',
    phrases: [
      'tu|t ..1 m|me ..1 enverras|enverrais|montreras|montrerais ..2 des|une|tes|quelques|ta ..1 @photo',
      'faut|faudrait|besoin|il_me_faut ..2 d_abord|dabord|avant|juste ..2 des|quelques|tes|une|ta ..1 photo*|video*|selfie*',
      'tu|t ..1 m|me ..1 envoies|envoie|fais|montres|files ..1 un|une|1|petit|petite ..1 selfie*|selfy',
      '@send ..1 moi|m|mwa ..1 un|une|1|petit ..1 selfie*|selfy',
      'voir|savoir ..1 a_quoi|comment ..1 tu|t ..1 ressembles|ressemble|es_physiquement',
      '@send|@show ..2 moi|m|mwa ..2 une|des|1|2|3|quelques|encore_une|une_petite|une_ptite|une_autre ..1 @photo ..1 de_toi|de_twa|de_toa',
      'tu|t ..1 peux|pourrais|peut|veux|voudrais|veut ..2 m|me ..1 envoyer|montrer|faire|filer ..2 une|des|1|quelques|une_petite ..1 @photo ..1 de_toi|de_twa|de_toa',
      'je|jpeux|j ..1 peux|pourrais|veux|voudrais ..2 avoir|voir ..1 une|des|1|quelques|une_petite ..1 @photo ..1 de_toi|de_twa|de_toa',
    ],
    unless: [/* r26 */ 'rassuree|rassure|colo|colonie|outfit|assorti*', /* r26 */ 'avec_dedans|si_ca_va_avec|va_avec_mes|va_avec_ma|va_avec_mon|va_avec_les', /* r25 */ 'et_ton_frere|et_ta_soeur|avec_ton_frere|avec_ta_soeur|et_tes_freres|et_tes_soeurs|et_les_enfants|et_papa|et_maman|badge|carte_de_membre', 'ca_fait_longtemps|ca_fait_un_bail|tu_as_grandi|t_as_grandi', 'comment ..2 ca|il|elle|le|la ..1 tombe|tombent|rend|rendent', /* r15 */ 'devoir*|exo*|exercice*|cours|copie|notes|cahier|lecon|dossier|inscription|cantine|trombi*|badge|identite|passeport|carte|cv|licence|site|journal|club|equipe|groupe|classe|maillot_du_club', 'plage|piscine|vacances|voyage|arrive*|arrivee|mamie|papi|tata|tonton|tante|oncle|anniv*|coupe|cheveux|coiffure|tenue|robe|deguise*|costume|mariage|gateau|cadeau|bebe|avec_ta|avec_ton|avec_tes|avec_le|avec_la|avec_les|devant|au_ski|a_la_plage|en_vacances|ton_diplome|bulletin|podologue|medecin|docteur|dermato*|blessure|bobo|bouton*|entorse|pediatre', 'je|jte|jt|j|jpeux ..3 t|te|vous envoi*|envoyer|envoie'],
    weight: 3,
    examples: {
      match: ["super, on continue sur snap, tu m'enverras des photos", "je peux te trouver un job de mannequin, mais il faut d'abord des photos", "j'aimerais bien voir à quoi tu ressembles en vrai, tu m'envoies un selfie ?", 'envoie moi une photo de toi', 'tu peux m envoyer une photo de toi stp', 'je peux avoir une photo de toi ?', 'montre moi une petite photo de toi'],
      ignore: ['promis. envoie moi une photo de toi avec dedans que je vois si ça va avec mes chaussures', "tu me manques trop ma cherie, envoie moi une photo de toi et ton frere", 'les tomates sont prêtes. Envoie-moi une photo de toi, ça fait longtemps', "tu m'enverras des photos de tes vacances ?", "il faut d'abord des photos pour le dossier d'inscription", 'envoie moi une photo de toi à la plage, mamie veut voir', 'tu peux m envoyer une photo de toi pour le trombinoscope ?', 'envoie moi une photo de toi avec ta nouvelle coupe', 'envoie moi une photo de toi avec pour que je voie comment ca tombe', 'je peux avoir une photo de toi en costume pour le mariage ?'],
    },
  },
  {
    id: 'montre-moi-en-facetime',
    phrases: [
      '@show ..1 [moi|toi|nous] ..4 en|sur|par ..1 facetime|visio|appel_video|appel_en_video|cam|webcam|live|direct|snap_video|video',
      't_es|tes|t|tu_es|es_tu ..1 dispo|dispos|libre|chaud|chaude|partant|partante ..2 pour|pr|en ..1 [un|une|petit|petite] ..1 facetime|visio|appel_video|appel_en_video|cam|facetime_prive|live_prive ..4 je|j|jveux|veux ..2 te_voir|voir_ton|voir_ta|voir_tes|que_tu_me_montres',
      'on|tu ..1 passe|passes|fait|fais|lance|lances ..1 en ..1 video|facetime|visio|appel_video|cam ..4 je|j|jveux ..2 veux|voudrais|aimerais ..1 te_voir|voir_ton|voir_ta|voir_ton_corps|voir_a_quoi',
    ],
    unless: [/* r22 */ 'coupe|cheveux|tresses|meche|meches|couleur|tatouage|piercing|lunettes|appareil_dentaire|bagues|platre|chiot|lapin|hamster|ongles|vernis|nouvelle_coiffure|coiffure', 'devoir*|exo*|exercice*|cours|expose|projet|revision*|reviser|maths|prof|classe|groupe|reunion|mamie|papi|grand_mere|grand_pere|tonton|tata|famille|bebe|chat|chien|cadeau|gateau|recette|jeu|game|partie|minecraft|fortnite|ecran|partage_d_ecran|tableau|dessin|tricot|maquette'],
    examples: {
      match: ['montre moi ta chambre en facetime', 'yo t dispo pr facetime? jveux te voir 😏', 'on passe en vidéo, je veux te voir', 'montre toi en cam'],
      ignore: ["montre moi ta nouvelle coupe en facetime", 'montre moi ton dessin en facetime', "t'es dispo pour un facetime ? je veux te voir pour les révisions", 'on passe en visio pour le projet, je veux voir ton écran'],
    },
  },
  {
    id: 'une-autre-et-jarrete',
    phrases: [
      'une|un|1|encore_une|encore_un|juste_une|juste_un|plus_qu_une|plus_qu_un ..1 autre|derniere|dernier|seule|seul ..1 @photo ..4 et|puis|apres ..1 je|j|jte|jle|jles ..2 te_laisse|t_laisse|arrete|supprime|efface|t_oublie|te_lache|disparais|supprimerai|effacerai',
    ],
    unless: ['flou|floue|moche|ratee|sombre|lumiere|cadrage|angle|nette|pas_nette|zoom|bougee|paysage|la_vue|ciel|mer|montagne|couleurs|mdr|ptdr|xd|haha|lol|devoir*|exo*|exercice*|page|fiche*|cours|recette|meme|memes|gif*|sticker*|lien*|chanson*|son|musique|playlist|dessin*|paysage*|coucher_de_soleil|plage|vacances|voyage|chat|chien|bebe|gateau|plat|tenue_de|robe|chaussure*|console|article|annonce|produit|colis|facture|capture_d_ecran|screen_du|screenshot_du|classement|score|code*'],
    examples: {
      match: ['une autre vidéo et je te laisse tranquille promis', 'une dernière photo et j arrête'],
      ignore: ['envoie-en une autre, celle-là est floue', "une dernière photo et j'arrête promis, la lumière est trop belle", 'envoie-en une autre de la plage, elle est trop belle', 'une dernière photo du gâteau et j arrête mdr', 'envoie en une autre page du cours'],
    },
  },
  {
    id: 'personne-la-verra-a-part-moi',
    phrases: [
      'personne|persone|prsn ..2 [ne|n] ..1 la|les|le|l|te ..1 verra|verront|voit|voient|verrait|aura ..3 a_part|sauf|a_part_moi|sauf_moi|que_moi|juste_moi|hormis',
      'c_est|cest|c|ce_sera|ca_sera ..1 juste|que|rien_que|uniquement|seulement ..1 pour ..1 moi|mwa|mes_yeux ..6 @photo|@send|@show|envoi*|montre*|juste_une|allez',
      '@photo|@send|@show|envoi*|montre*|juste_une ..6 c_est|cest|c|ce_sera|ca_sera ..1 juste|que|rien_que|uniquement|seulement ..1 pour ..1 moi|mwa|mes_yeux',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'controle|interro|sujet|correction|copie|emploi_du_temps|edt|planning|horaire*|menu|liste|ticket|billet|recu|facture|papier*|document*|carte_d_identite|attestation|justificatif|journal_intime|devoir*|exo*|cours|fiche*|recette|dessin*|plan|carte|maquette|projet|expose|gateau|plat|repas|tenue_de_soiree|robe_de|costume|chambre_deco|deco|tableau|meuble|voiture|console|colis|article|annonce|paysage|chien|chat|bebe|cadeau*|surprise|anniv*|fete|drive|album|groupe|classe|journal|mamie|papi'],
    weight: 3,
    examples: {
      match: ['allez juste une, personne la verra à part moi', "envoie une photo, c'est juste pour moi", 'montre toi, ce sera rien que pour mes yeux'],
      ignore: ["c'est juste pour moi, envoie la photo du contrôle", "envoie la photo de ton dessin, c'est juste pour moi", "personne la verra à part moi, c'est le cadeau de mamie"],
    },
  },
  {
    id: 'envoie-en-une-autre',
    phrases: [
      'envoie*|envoies|renvoie*|fais|fait|donne ..2 moi ..1 en|z_en ..1 une|un|encore|d_autres|une_autre|un_autre|plus',
      'envoie_en|renvoie_en|envoies_en|fais_en|refais_en|montre_en ..1 une|un|encore|d_autres|une_autre|un_autre|plus|deux|2|3|trois',
      '@tas|t_en_as|ten_as|t_en_a|tu_en_as|en_as_tu ..2 des|d|une|un ..1 [autres] ..1 moins|plus ..1 habillee*|habille*|sages|couverte*|habillees|osee*|chaude*|coquine*|hot|sexy',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|maquette|prof|de_plus_pres|detail*|on_voit_pas|on_voit_rien|flou|floue|moche|ratee|sombre|lumiere|cadrage|angle|nette|zoom|devoir*|exo*|exercice*|page|fiche*|cours|recette|meme|memes|gif*|sticker*|lien*|dessin*|paysage*|plage|vacances|voyage|chat|chien|bebe|gateau|plat|console|article|annonce|produit|colis|facture|capture_d_ecran|classement|score|code*|robe|tenue_de|magasin|boutique|soldes'],
    weight: 2,
    examples: {
      match: ['envoie-en une autre', 'renvoie moi en une', "t'en as des moins habillées ?"],
      ignore: ['envoie-en une autre de plus près, on voit pas les détails', "t'en as des plus habillées pour le mariage ? la robe est trop courte"],
    },
  },
  // r9-begin
  {
    "id": "cam-sans-le-son-r9",
    "phrases": [
      "cam|camera|webcam|facecam|visio|facetime ..1 sans ..1 le|la|ton|ta ..1 son|micro|audio",
      "montre|montres|montrer|fais_voir|descends|baisse ..2 plus_bas|un_peu_plus_bas|encore_plus_bas|en_dessous|plus_haut|un_peu_plus_haut ..2 bebe|bb|ma_belle|mon_beau|cherie|cheri|stp|please|allez|vas_y",
      "@send|renvoie|renvoies ..2 encore|d_autres|des|plus_de|autres|nouvelles ..1 @photo ..2 ou|sinon|sinn|sans_quoi"
    ],
    "weight": 2,
    "unless": [
      "exo*|devoir*|cours|maths|carte|map|plan|page|ecran|liste|texte|doc*|scroll*|formulaire|tableau|document*|facture|recette|prof"
    ],
    "examples": {
      "match": [
        "ok alors cam sans le son 😁",
        "montre plus bas bébé 😘",
        "renvoie des photos ou je passe chez toi"
      ],
      "ignore": [
        "on fait une visio sans le son pour l'exo de maths ?",
        "montre plus bas sur la carte stp"
      ]
    }
  },
  {
    "id": "petit-snap-de-toi-r9",
    "phrases": [
      "faire|fais|fait|ferais|envoie|envoies|envoyer|file|filer|menvoie|menvoyer ..3 snap|snaps|snapchat|facetime ..1 de ..1 toi|twa|ta_tete|ton_visage|ton_corps",
      "mets|met|place|tourne|recule|leve|penche|assieds|allonge ..1 toi|twa|toi_meme ..4 devant|face_a|en_face_de|en_face ..2 la|ta|le ..1 cam|camera|webcam",
      "fais|fait|faire ..2 un_tour|un_360|un_tour_complet ..2 sur_toi_meme|sur_toi ..3 devant|pour|face ..2 la|ta ..1 cam|camera|webcam",
      "enleve|enlever|retire|retirer|baisse|baisser|souleve|soulever|remonte|remonter ..1 ton|ta|tes ..1 sweat|pull|tshirt|t_shirt|tee_shirt|haut|jean|pantalon|jupe|short|robe|chemise|debardeur|legging|brassiere|soutif|culotte|calecon|boxer|jogging"
    ],
    "weight": 2,
    "unless": [
      "groupe|classe|photo_de_groupe|prof|cours|appel|reunion|sale|tache|machine|lavage|linge|mouille|pluie|manger|table|mdr|ptdr|essayage|taille|vinted|retouche|couture|ourlet|medecin|infirmi*|docteur|vaccin|radio"
    ],
    "examples": {
      "match": [
        "tu peux me faire un petit snap de toi ?",
        "mets toi en face de la cam",
        "fais un tour sur toi-même devant la caméra",
        "enlève ton sweat"
      ],
      "ignore": [
        "mets toi devant la caméra pour la photo de groupe",
        "enlève ton sweat il est sale, je le mets à la machine",
        "fais un snap de toi et du groupe mdr"
      ]
    }
  },
  {
    "id": "reviens-en-cam-r9",
    "phrases": [
      "reviens|revient|reviennes|retourne|rallume|rallumes|reallume ..2 en|sur|devant|ta|la ..1 cam|camera|webcam|facetime|visio|live|facecam",
      "j_en|jen|en ..1 veux|veut|voudrais|exige|demande|attends ..1 des|d ..1 nouvelles|nouveaux|autres|plus ..4 sinon|ou|sinn|snn|sans_quoi",
      "@tas ..1 des|une|un|d_autres ..1 nudes|nude|photos_nues|photos_osees|photos_hot|nudz|nuds"
    ],
    "weight": 2,
    "unless": [
      "signal*|circul*|harcel*|victime*|pharos|3018|plainte|cours|prof|reunion|teams|zoom|classe|appel_du_prof|stream_de|partie|game|jeu|tournoi|mdr|ptdr|bonbon*|chocolat*|gateau*|crepe*|cookies|biscuit*|frites|pizza|glace*|nouvelles_de|des_nouvelles_de|donne_des_nouvelles|tes_nouvelles"
    ],
    "examples": {
      "match": [
        "soit tu reviens en cam et tu fais ce que je dis",
        "rallume ta cam tout de suite",
        "j'en veux des nouvelles, sinon ton ex les verra",
        "t'as des nudes?"
      ],
      "ignore": [
        "reviens en cam, le prof fait l'appel sur teams",
        "j'en veux d'autres sinon je boude, tes cookies sont trop bons",
        "t'as des nouvelles de Léa ?"
      ]
    }
  },
  {
    "id": "mets-toi-en-maillot-et-envoie-r9",
    "phrases": [
      "te|t ..1 mettre|mets|met ..3 @nude ..4 envoyer|menvoyer|m_envoyer|envoie|envoies|photo|photos|montrer|montres|cam|snap|pic|pics|selfie",
      "tu|t ..1 m_as|mas|m_a|ma ..1 promis ..2 une|des|un|ta|tes ..1 photo|photos|pic|pics|snap|snaps|nude|nudes|video|selfie"
    ],
    "unless": [
      "coupe|cheveux|tenue|robe|tatouage|piercing|chambre|deco|piscine|plage|natation|mer|lac|bronzer|cours|voyage|vacances|soiree|fete|anniv*|match|concert|spectacle|mariage|rando|sortie|album|classe|groupe|drive|chien|chat|gateau|dessin*|recette|vinted|annonce"
    ],
    "examples": {
      "match": [
        "tu peux te mettre en maillot et m'envoyer ?",
        "tu m'as promis une photo"
      ],
      "ignore": [
        "mets toi en maillot et envoie moi un msg quand t'es prête pour la piscine",
        "tu m'as promis des photos du voyage"
      ]
    }
  },
  // r9-end
  {
    id: 'pareil-mais-de-plus-pres-r11',
    phrases: [
      'pareil|pareille|la_meme|meme_chose|comme_hier|comme_celle_d_hier|comme_avant|encore_une|encore_un|une_autre ..3 mais ..2 de_plus_pres|plus_pres|de_dos|sans_le_haut|sans_haut|sans_rien|sans_t_shirt|sans_tshirt|sans_pull|en_entier|plus_bas|allonge*|sans_culotte|sans_soutif',
      'encore une|un|1 ..3 de_plus_pres|plus_pres|de_dos|plus_bas|sans_le_haut|sans_rien|sans_t_shirt|en_entier|allonge*',
    ],
    unless: ['exo*|exercice*|page|tableau|feuille|cours|devoir*|copie|etiquette|article|produit|objet|colis|facture|ticket|doc*|fiche|plan|carte|texte|ecran|code|erreur|ordonnance|chien|chat|bebe|gateau|plat|vue|paysage|voiture|velo|meuble|maison|jardin|tache|defaut|trou|marque|taille|semelle|fermeture|bouton*|couture*|doublure|le_dos_du|l_arriere|pull|catalogue|vinted|annonce|vetement*|veste|manteau|jupe|pantalon|jean|sac|chaussures|baskets|t_shirt|article'],
    examples: {
      match: ['encore une. pareil mais de plus pres', 'une autre comme hier mais sans le haut', 'encore une de dos'],
      ignore: ['encore une de dos, pour le catalogue du pull', 'encore une de plus pres de la page 4 stp', 'pareil mais de plus pres sur la tache du pull', 'encore une du tableau de plus pres'],
    },
  },
  {
    id: 'mets-la-cam-une-derniere-r11',
    phrases: [
      'mets|met|remets|allume|rallume|active|ouvre ..1 la|ta ..1 cam|camera|webcam|facecam ..2 stp|svp|maintenant|mtn|vite|now|direct',
      'une|1 derniere|derniere_photo|derniere_video ..4 promis|et_j_arrete|jarrete|apres_j_arrete|et_c_est_fini|et_je_te_laisse|je_te_laisse|et_c_fini|c_fini|et_cest_fini|cest_fini|et_c_est_bon|et_c_bon|et_on_est_quittes|et_on_arrete_la',
      'refais|refait|renvoie|renvoies|reprends ..2 la_meme|les_memes|la_meme_photo|les_memes_photos|pareil ..2 qu_hier|que_hier|d_hier|que_l_autre_fois|que_samedi|comme_hier|mais_sans',
    ],
    unless: ['exo*|exercice*|page|tableau|feuille|cours|devoir*|copie|etiquette|article|produit|colis|facture|ticket|doc*|fiche|recette|plat|gateau|coiffure|tresse*|coupe|dessin|match|jeu|partie|manche|game|reunion|prof|classe|visio_de_groupe|groupe|mamie|papi|maman|papa|tata|tonton|projet|maquette|expose|oral|appel_video_pour'],
    examples: {
      match: ['mets la cam stp', 'une derniere et promis j arrete', 'envoie en une derniere et c fini', 'juste une dernière et on est quittes', 'refais la meme qu hier mais sans le haut', 'allume la cam maintenant'],
      ignore: ['on fait un appel video ce soir pour le projet? allume ta cam qu on voie la maquette', 'mets la cam stp mamie veut te voir', 'refais la meme qu hier cette recette etait trop bonne', 'allume ta cam pour la reunion de groupe'],
    },
  },
  {
    id: 'montre-ton-outfit-en-entier-r11',
    phrases: [
      '@show|@send ..3 outfit|tenue|look|fit ..4 en_entier|de_la_tete_aux_pieds|en_pied|de_dos|de_plus_pres|sur_toi|porte|portee',
      'prends|prend|fais ..1 toi|twa|moi ..2 en_photo|une_photo|un_selfie ..3 miroir|salle_de_bain|sdb|lit|chambre|douche',
    ],
    weight: 2,
    unless: ['soiree|mariage|fete|anniv*|bal|gala|spectacle|concours|mdr|ptdr|avis|conseil*|choisir|choix|laquelle|lequel|hesite*|vinted|annonce|coiffure|maquillage|meche*'],
    examples: {
      match: ['montre ton outfit en entier, de la tete aux pieds', 'prends toi en photo devant le miroir de la salle de bain'],
      ignore: ["montre ton outfit en entier pour la soiree, j'hesite", 'prends toi en photo devant le miroir pour le concours de deguisement'],
    },
  },
  // r11-end
  {
    "id": "snap-sans-filtre-de-ton-corps-r12",
    "phrases": [
      "@send|fais|fait ..2 un|une|des|moi ..1 snap*|snp|story|vocal_video|live ..4 @nude",
      "@send|fais|fait ..3 @photo|snap* ..3 sans ..1 filtre*|rien|habits|vetement* ..3 de|du ..1 ton|ta|tes ..1 @body"
    ],
    "unless": [
      "bain_du_chien|chien|chat|piscine_municipale|kine|medecin|docteur|dermato|blessure|bleu|cicatrice|entorse|tatouage|coup_de_soleil"
    ],
    "examples": {
      "match": [
        "mets toi en mode privé sur telegram et envoie un snap sans filtre de ton corps",
        "fais moi un snap en pyjama",
        "envoie une story en maillot pour moi"
      ],
      "ignore": [
        "envoie une photo de ton bleu au pied pour le médecin",
        "envoie un snap de ton tatouage"
      ]
    }
  },
  {
    "id": "tu-m-en-fais-3-autres-r12",
    "phrases": [
      "tu|t ..1 m_en|men|m ..1 fais|envoies|envoie|refais|renvoies ..1 #|une|deux|trois|quelques|d ..1 autres|autre|encore|de_plus|vraies|nouvelles",
      "ou|soit ..2 @send|envoies ..3 # ..2 vraies|autres|nouvelles ..1 @photo",
      "besoin ..2 d_une|dune|de|des ..1 @photo ..3 de_toi|de_twa ..6 tu_sais ..1 laquelle|lesquelles|quel_genre|le_genre|de_quoi",
      "une|un ..1 nouvelle|nouveau|autre ..1 @photo ..3 avant|demain|ce_soir ..4 sinon|ou_je|ou_j"
    ],
    "unless": [
      "gateau*|cookies|crepes|dessin*|exo*|exercice*|bracelet*|fiche*|copie*|resume*|affiche*|flyer*|logo|montage|mdr|ptdr|recette"
    ],
    "examples": {
      "match": [
        "merci 🙂 maintenant tu m'en fais 3 autres sans rien ou j'envoie celle ci dans le serveur",
        "Ou tu m'envoies 2 vraies photos et on oublie",
        "j'ai besoin d'une photo de toi ce soir, tu sais laquelle",
        "une nouvelle vidéo demain avant 18h sinon je mets l'ancienne en ligne"
      ],
      "ignore": [
        "tu m'en fais 3 autres des bracelets stp",
        "tu m'en fais deux autres, des crêpes, elles sont trop bonnes"
      ]
    }
  },
  {
    "id": "en-live-seule-dans-ta-chambre-tu-me-montres-r12",
    "phrases": [
      "en_live|en_direct|en_visio|en_cam|en_facetime ..4 seule|seul ..2 dans ..1 ta ..1 chambre",
      "tu_me_montres|montre_moi|tu_me_montre|tu_m_montres ..2 chaque|tous|toutes|tes|ton|ta ..1 maillot*|tenue*|@nude"
    ],
    "unless": [
      "soiree|mdr|ptdr|mariage|anniv*|ceremonie|cours|prof|devoir*|expose|classe|medecin|docteur|tele_consult*|teleconsult*|visite|agent_immo*|appart|colloc"
    ],
    "examples": {
      "match": [
        "Tu peux la faire en live sur Zoom avec moi, seule dans ta chambre, et tu me montres chaque maillot",
        "montre moi tes sous-vêtements",
        "en direct sur insta, seul dans ta chambre"
      ],
      "ignore": [
        "tu me montres ta tenue pour la soirée ? mdr"
      ]
    }
  },
  {
    "id": "montre-au-moins-un-bout-r12",
    "phrases": [
      "@show|montre ..2 au_moins|juste|ne_serait_ce_qu ..1 un_bout|un_peu|un_morceau|le_haut|le_bas",
      "une_seule|un_seul|juste_une|rien_qu_une|qu_une ..2 de ..1 tes|toi ..1 @photo|nudes ..6 je_te_lache|jte_lache|je_te_laisse|jte_laisse|c_est_bon|promis|j_arrete|et_j_arrete"
    ],
    "unless": [
      "dessin*|film|trailer|bande_annonce|chanson|texte|code|devoir*|exo*|video_du|clip|tableau|gateau|resultat*|mdr|ptdr|copie|bulletin|tenue_du|carnet|tuto|vacances|voyage|soiree|mariage|classe"
    ],
    "examples": {
      "match": [
        "t'es pas drôle, montre au moins un bout",
        "une seule de tes photos et c'est bon, je te lâche",
        "montre juste un peu le haut"
      ],
      "ignore": [
        "montre au moins un bout de ton dessin",
        "juste une de tes photos de vacances et c'est bon promis"
      ]
    }
  },
  {
    "id": "camera-allumee-r12",
    "phrases": [
      "appel_video|appel_en_video|facetime|visio|live ..4 camera|cam|webcam ..1 allumee|allume|ouverte|on|activee"
    ],
    "unless": [
      "cours|prof|classe|reunion|teams|pronote|oral|exam*|entretien|tuto*|soutien|groupe|projet|expose|mamie|papi|famille|tata|tonton|medecin|docteur|teleconsult*"
    ],
    "examples": {
      "match": [
        "viens en appel vidéo sur insta, caméra allumée",
        "facetime ce soir cam allumée stp"
      ],
      "ignore": [
        "le cours en visio c'est caméra allumée obligatoire",
        "appel vidéo avec mamie dimanche, caméra allumée"
      ]
    }
  },
  // r13-start
  {
    "id": "apres-avoir-envoye-la-photo-r13",
    "phrases": [
      "apres|quand|des_que|une_fois ..2 avoir|auras|aura|que_t_as|que_tu_as|que_tu_auras ..1 envoye|envoyer|envoyee ..1 la|les|ta|tes|une|ces ..1 @photo|nudes",
      "je|j ..3 envoye|envoyee|montre ..4 a_ton_tour|a_toi_de|ton_tour",
      "une|des|photo*|pic*|video* ..1 ou ..1 on ..1 voit|verrait|voie ..1 plus_que|mieux|tout|ton_corps|tes_formes|plus_de_toi|plus_de_peau"
    ],
    "unless": [
      "note|haha|mdr|ptdr|xd",
      "notes|lien|fichier*|liste|playlist|code|choisir|jouer|de_jouer|de_choisir|question*|reponse*|cours|recette*|adresse|horaires|planning",
      "prof|colis|devoir*|exo*|exercice*|fiche|formulaire|cours|dossier|candidature|paysage|gateau|plat|annonce|article|vinted|leboncoin|jury|concours_photo"
    ],
    "examples": {
      "match": [
        "supprime nos messages après avoir envoyé la photo ok ? c notre secret à nous deux 🤫",
        "efface tout quand tu auras envoyé les photos",
        "à toi 🙈 mais une où on voit plus que ta tête",
        "je t'en ai envoyé une, à ton tour maintenant, c'est pas juste sinon 😤"
      ],
      "ignore": [
        "supprime le brouillon après avoir envoyé la photo au prof",
        "une où on voit mieux le paysage stp",
        "je t'ai envoyé mes notes, à ton tour de m'envoyer le cours"
      ]
    }
  },
  {
    "id": "tu-veux-pas-menvoyer-une-photo-r13",
    "phrases": [
      "veux|veu|veut|voudrais|voudrai ..1 pas|pa ..2 @send ..1 1|une|un|des|ta|tes ..1 @photo"
    ],
    "unless": [
      "anniv*|mamie|papi|carte|faire_part|album",
      "devoir*|exo*|exercice*|cours|fiche|feuille|colis|annonce|article|produit|recette|paysage|gateau|plat|menu|ticket|facture|bulletin|voyage|vacances|soiree|match|groupe|classe|drive|chien|chat|velo|console|robe|tenue_pour|emploi_du_temps|edt|lien|doc*|document*"
    ],
    "weight": 2,
    "examples": {
      "match": [
        "bsr ma belle tu é trop bel tu veu pa menvoyer 1 foto",
        "tu voudrais pas m'envoyer une photo de toi ?"
      ],
      "ignore": [
        "tu veux pas m'envoyer une photo de l'exo 4 ?",
        "tu voudrais pas m'envoyer les photos de la soirée ?"
      ]
    }
  },
  {
    "id": "petit-live-prive-r13",
    "phrases": [
      "petit|petite|un|une ..1 live|show|session ..1 prive|privee|perso|rien_que_pour_moi",
      "normal|ca_se_fait|tout_le_monde_le_fait ..6 s_envoyer|senvoyer|s_envoie|se_montrer|montrer|envoyer ..2 des|nos|vos|tes ..1 @photo|nudes",
      "si ..1 tu|t ..1 m_aimes|maimes|m_aime|maime ..6 prouve*|prouver ..3 photo*|video*|nude*|pic*|cam"
    ],
    "unless": [
      "game|partie|minecraft|fortnite|jeu|gaming|tournoi|twitch|concert|musique|piano|guitare|chant|karaoke|cours|prof|anniv*|famille|mamie|papi",
      "chorale|theatre|danse|spectacle|vacances|voyage|cousin*|noel|soiree|mariage|classe|groupe"
    ],
    "examples": {
      "match": [
        "on peut faire un petit live privé ? je te paie en tokens",
        "ma puce, tu sais que je t'aime, c'est normal entre amoureux de s'envoyer des photos",
        "si tu m'aimes vraiment tu me le prouves avec une photo"
      ],
      "ignore": [
        "on fait un petit live privé minecraft avec les potes ?",
        "on fait un petit live privé pour la chorale ?",
        "c'est normal de s'envoyer des photos de vacances entre cousins",
        "c'est normal d'envoyer des photos à la famille pour noël mamie"
      ]
    }
  },
  {
    "id": "jattends-tes-photos-r13",
    "phrases": [
      "j_attends|jattends|j_attend|j_attendrai ..2 tes|ta|les|des|ma|mes|une ..1 @photo|nudes"
    ],
    "unless": [
      "vacances|voyage|soiree|classe|groupe|expose|projet|drive|album|identite|passeport|colis|annonce|article|devoir*|exo*|fiche|dossier|candidature|concours|mamie|papi|mariage|bebe|chiot|chaton"
    ],
    "weight": 2,
    "examples": {
      "match": [
        "t'as compris ou faut que je répète ? j'attends tes photos"
      ],
      "ignore": [
        "j'attends tes photos des vacances !"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "faudra-enlever-le-haut-r14",
    "phrases": [
      "faudra|faut|dois|devras|devrais|vas|va ..2 enlever|retirer|oter|baisser|soulever|lever ..1 le|ton|ta|tes ..1 haut|t_shirt|tee_shirt|tshirt|pull|pantalon|culotte|soutif|vetements|habits|calecon|short|jupe|sweat"
    ],
    "unless": [
      "docteur|medecin|radio|kine|infirmi*|vaccin|piscine|judo|dojo|vestiaire|essayage|eps|securite_aeroport|portique|machine|lessive|tache|sale|mouille|etiquette"
    ],
    "examples": {
      "match": [
        "faudra enlever le haut pour vérifier que t'as pas de micro",
        "tu dois retirer ton t-shirt devant la cam"
      ],
      "ignore": [
        "faudra enlever ton pull au contrôle médical, c'est le médecin scolaire",
        "tu dois enlever tes chaussures et ton pull avant d'entrer au dojo"
      ]
    }
  },
  {
    "id": "tel-devant-le-miroir-et-recule-r14",
    "phrases": [
      "mets|met|pose|cale|tiens ..1 ton|ta|le|la ..1 tel|telephone|portable|cam|camera|phone ..3 miroir|glace|lit|sol ..3 recule|recules|eloigne*|mets_toi|allonge*|tourne_toi|montre*"
    ],
    "unless": [
      "soiree|tenue_pour|mariage|essayage|magasin|coiffure|cheveux|maquillage|manger|diner|charger|chargeur"
    ],
    "examples": {
      "match": [
        "mets ton tel devant le miroir et recule",
        "cale ta caméra sur le lit et allonge toi"
      ],
      "ignore": [
        "mets ton tel sur le lit et viens manger",
        "mets ton tel devant le miroir et montre ta tenue pour la soirée"
      ]
    }
  },
  {
    "id": "fais-peter-les-nudes-r14",
    "phrases": [
      "fais|fait|faites|fai ..1 peter|tomber|peta ..2 les|tes|des|une|la|ta|un ..1 nude*|nudes|nud|photos_de_toi|pic_de_toi|photo_de_toi|pics_de_toi"
    ],
    "examples": {
      "match": [
        "fais péter les nudes",
        "fais tomber une photo de toi"
      ],
      "ignore": [
        "fais péter les photos de la soirée"
      ]
    }
  },
  {
    "id": "je-supprime-apres-envoie-r14",
    "phrases": [
      "je|j|jle|jla|jles ..1 supprime|efface|supprimerai|effacerai|supprimes|delete ..2 apres|direct|juste_apres|tout_de_suite|aussitot ..4 @send|montre*|fais_voir",
      "@send|montre* ..4 je|j|jle|jla|jles ..1 supprime|efface|supprimerai|effacerai ..2 apres|direct|juste_apres|tout_de_suite|aussitot"
    ],
    "unless": [
      "exo*|devoir*|cours|fiche*|facture|document|doc|carte|identite|rib|ticket|recu|colis|annonce"
    ],
    "examples": {
      "match": [
        "t'inquiète je supprime après, envoie juste une",
        "envoie une, je l'efface direct après"
      ],
      "ignore": [
        "envoie la photo de l'exo je la supprime après"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'cam-bug-allume-la-tienne-r15',
    phrases: [
      '@cam ..6 allume*|active*|ouvre|mets|met ..1 la ..1 tienne|tiene',
      'une|un|juste_une|encore_une ..1 sans ..1 t_shirt|tshirt|tee_shirt|haut|rien|vetement*|culotte|soutif ..2 stp|svp|please|pour_moi|vite|maintenant|allez',
    ],
    unless: ['cours|prof|exo*|devoir*|projet|reunion|mamie|papi|lampe|lumiere|ventilo|console|ps5|lave_linge|machine|frigo|four|chauffage|clim|tele|tv|box'],
    examples: {
      match: ["ma cam marche pas la, allume la tienne stp", "a ton tour, une sans t-shirt stp"],
      ignore: ["ma cam marche pas pour le cours, allume la tienne", "une sans sucre stp", "ma lampe marche pas, allume la tienne"],
    },
  },
  {
    id: 'si-tu-menvoies-pas-de-photo-r15',
    phrases: [
      'si ..1 tu|t ..1 m|me ..1 envoies|envoie|envois|montres|montre ..1 pas ..2 de|une|ta|tes|des ..1 @photo|nude*',
      'tant_que ..1 tu|t m|me ..1 as|auras ..1 pas ..2 envoye|montre ..2 de|une|ta|tes ..1 @photo|nude*',
    ],
    unless: ['devoir*|exo*|exercice*|copie|ticket|facture|recu|colis|annonce|vinted|leboncoin|mamie|papi|bulletin|autorisation|dossier|formulaire|travail|projet|expose|prof'],
    examples: {
      match: ["si tu m'envoies pas de photo ce soir j'avale toutes les pilules de ma mere", "tant que tu m'as pas envoyé une photo je te lâche pas"],
      ignore: ["si tu m'envoies pas la photo de ton exo je peux pas t'aider", "si tu me montres pas la photo de l'annonce je sais pas"],
    },
  },
  {
    id: 'envoie-en-une-en-entier-r15',
    phrases: [
      'envoie*|envoi|montre*|fais|fait ..1 en|m_en|men|moi ..1 une|un ..2 en_entier|en_entiere|de_la_tete_aux_pieds|de_loin|de_dos|de_profil|allongee|allonge',
    ],
    unless: ['robe_de_mariee|costume|tenue_pour_le_mariage|vinted|leboncoin|annonce|meuble|canape|voiture|velo|maison|appart|gateau|dessin|tableau|peinture|mur|chambre_deco|plante'],
    examples: {
      match: ["ta tenue de danse te va trop bien, envoie en une en entier", "montre m'en une de dos"],
      ignore: ["le canapé sur leboncoin, envoie m'en une en entier", "envoie en une en entier de la robe de mariee pour tata"],
    },
  },
  {
    "id": "une-en-sous-vet-pour-le-book-r16",
    "phrases": [
      "une|un|1 ..1 en|sans ..1 sous_vet*|lingerie|maillot*|bikini|body|culotte*|boxer*|calecon*|brassiere*|t_shirt|tshirt|tee_shirt|haut|le_haut|soutif ..4 pour ..1 la|le|ton|ta|les ..1 silhouette|book|dossier|casting|verif*|verification|album|physique|morphologie|mensurations|posture|agence",
      "puis|et|aussi|plus|do_not ..1 une|un|1 ..1 sans ..1 t_shirt|tshirt|tee_shirt|haut|le_haut|sweat|pull|soutif|rien",
      "de_toi|photo_de_toi|une_de_toi ..1 sans ..1 ton|ta|le|la|tes ..1 sweat|pull|t_shirt|tshirt|tee_shirt|haut|hoodie|jean|pantalon|short|jupe|soutif",
      "filme|film|enregistre|filmez ..1 toi|toi_meme|te|vous ..4 en ..1 body|maillot*|brassiere*|legging*|nuisette*|sous_vet*|pyjama|culotte*|short|string|bikini ..3 dans|sur ..1 ta|ton ..1 chambre|lit|salle_de_bain|douche",
      "filme*|film ..3 etirements|ecarts|grand_ecart|tes_jambes|ton_corps ..2 de_pres|en_gros_plan|plus_pres|de_plus_pres",
      "leve_toi|tourne_toi|recule|mets_toi|penche_toi ..4 devant ..1 la|ta ..1 cam*|webcam|camera ..3 que_je ..1 voie|vois|regarde|puisse"
    ],
    "unless": [
      "conservatoire|ecole_de_danse|medecin|kine|docteur|infirmi*|pharmacie|vinted|leboncoin|annonce|article|taille|portee|porte_par",
      "froid|oublie|perdu|cherche|lessive|tache|sale|mouille"
    ],
    "examples": {
      "match": [
        "il me faut des photos test : une de face, une de profil et une en sous vetements pour la silhouette",
        "et un selfie avec la carte dans la main, puis un sans t-shirt pour la verif biometrique",
        "de toi sans ton sweat, tranquille",
        "pour l'audition, filme toi en train de danser en body, dans ta chambre",
        "filme aussi des etirements de pres, c'est pour voir la souplesse",
        "leve toi un peu devant la cam que je voie ta tenue"
      ],
      "ignore": [
        "une photo de toi sans ton sweat ? t'as pas froid ?",
        "envoie une photo du maillot porte pour voir la taille, c'est pour vinted",
        "pour l'examen du conservatoire filmez vous en body dans votre chambre",
        "une en maillot pour l'album de la plage mdr"
      ]
    }
  },
  {
    "id": "ce-que-tu-mets-pour-dormir-r16",
    "phrases": [
      "@send|@show|montre_moi|fais_voir ..3 tenue|pyjama|nuisette|ce_que|ce_qu|comment ..4 tu|t ..1 mets|portes|porte|dors|es_habillee|es_habille ..3 pour ..1 dormir|la_nuit|au_lit|dans_ton_lit|le_soir"
    ],
    "unless": [
      "soiree_pyjama|pyjama_party|la_soiree_pyjama|vinted|annonce|taille"
    ],
    "examples": {
      "match": [
        "envoie une tenue que tu mets pour dormir",
        "montre moi ce que tu portes pour dormir"
      ],
      "ignore": [
        "envoie moi la tenue pour la soiree pyjama",
        "montre moi le pyjama que t'as vendu sur vinted, la taille"
      ]
    }
  },
  {
    "id": "note-ton-corps-r16",
    "phrases": [
      "note|notes|noter|evalue|juge ..1 ton|ta ..1 corps|physique|silhouette|body|poitrine|fesses ..6 @send|montre*|poste|envoie|photo*",
      "@send|@show ..3 @photo ..3 pour ..1 que_je|qu_on|qu_ils|qu_elles ..1 te|la|les|t ..1 note|notent|notes|noter|evalue"
    ],
    "unless": [
      "dessin*|devoir*|copie*|exo*|controle|interro|gateau|plat|recette|tenue_de_danse_pour_le_gala"
    ],
    "examples": {
      "match": [
        "note ton corps de 1 a 10 et envoie la photo",
        "envoie ta photo pour qu'on te note"
      ],
      "ignore": [
        "envoie la photo de ton dessin pour qu'on le note",
        "note ton corps de 1 a 10 sur la fiche d'autoevaluation de sport"
      ]
    }
  },
  {
    id: 'montre-en-photo-r17',
    phrases: ['montre|montres|montrer ..1 moi|moa|les|la|le|les_moi|la_moi ..2 en ..1 photo|photos|pic|video|vid|cam|snap'],
    unless: ['cahier|copie|devoir*|exo|exos|exercice*|plan|licence|carte_d_identite|carnet|formulaire|passeport|ticket|facture|colis|velo|voiture|garage|gare|route|chemin|recette|gateau|dessin|tableau_de_bord'],
    examples: {
      match: ["c'est médical t'inquiète, montre moi en photo pour que je compare", 'montre moi ça en cam', 'montre moi en vidéo stp'],
      ignore: ['montre moi en photo ton exo 4', 'montre moi en photo le dessin que t as fait'],
    },
  },
  {
    id: 'photo-de-toi-cette-fois-r17',
    phrases: ['photo|photos|pic|pics|selfie|tof ..1 de ..1 toi|twa ..3 cette_fois|plutot|maintenant|pas_du|pas_de_ton|pas_de_la|pas_le'],
    unless: ['licence|carte_d_identite|carnet|formulaire|passeport|pour_la_carte|photo_d_identite|trombi*|pour_le_club|pour_l_equipe|pour_la_classe|pour_le_badge|pour_le_dossier|pour_l_inscription'],
    examples: {
      match: ['et une photo de toi cette fois, pas du cahier 😊', 'un selfie de toi plutôt', 'une photo de toi maintenant stp'],
      ignore: ['une photo de toi pour la carte du club stp', 'envoie une photo de toi maintenant pour le badge du stage'],
    },
  },
  // r18-start
  {
    id: 'juste-une-sans-le-haut-r18',
    phrases: [
      'juste|allez|encore|stp|svp|steuplait|aller ..2 une|1|un_petit|une_petite|une_derniere|une_autre ..2 sans_le_haut|sans_haut|sans_ton_haut|sans_t_shirt|sans_tshirt|en_brassiere|en_maillot|en_sous_vetements|en_sous_vetement|en_boxer|en_calecon|en_culotte|en_soutif|en_soutien_gorge|en_string|en_serviette|en_petite_tenue|en_lingerie|torse_nu',
      'fais|fait|faire|prends|prend|refais|refaire ..2 une|un|en ..2 nouvelle|autre|derniere|petite|nouveau ..4 sans_le_haut|sans_haut|sans_ton_haut|sans_t_shirt|en_brassiere|en_maillot|en_sous_vetements|en_sous_vetement|en_boxer|en_calecon|en_culotte|en_soutif|en_string|en_serviette|en_lingerie|torse_nu',
      'juste|seulement|rien_que ..1 en|sans ..1 brassiere*|soutif*|soutien_gorge|sous_vetement*|culotte*|string*|boxer*|calecon*|le_haut|ton_haut|lingerie|maillot ..4 rien_de_grave|c_est_rien|tkt|t_inquiete|personne_saura|entre_nous|pas_grave|promis|juste_pour_moi',
    ],
    unless: ['piscine_municipale|soldes|taille|magasin|promo|achete*|commande*|essayage|cabine|vinted|leboncoin|annonce|lessive|machine'],
    weight: 3,
    examples: {
      match: ['allez stp juste une, sans le haut 😏', 'merci 😘 tu peux en faire une nouvelle la, en maillot, c pour un jeu snap', 'juste en brassière tsé, rien de grave'],
      ignore: ["j'ai pris une autre taille en maillot, celle du magasin était trop petite", 'juste en maillot pour les soldes, la taille est bien'],
    },
  },
  {
    id: 'photos-de-progression-en-boxer-r18',
    phrases: [
      '@send|@show ..4 @photo ..6 en_boxer|en_calecon|en_slip|en_sous_vetement*|en_culotte|en_string|en_brassiere|en_soutif|en_lingerie|en_maillot|en_bikini|torse_nu|sans_le_haut|sans_t_shirt|sans_tshirt|en_serviette',
    ],
    unless: ['vinted|leboncoin|annonce|taille|soldes|magasin|produit|article|commande*|vendre|vends|dermato*|medecin|docteur|infirmi*|dans_le_groupe|sur_le_groupe|les_gars|tout_le_monde|catalogue|marque'],
    weight: 3,
    examples: {
      match: ["pour le suivi envoie moi des photos de progression chaque soir, en boxer c'est mieux pour voir les muscles", 'montre moi une photo de toi ce soir en sous-vêtements'],
      ignore: ['envoie moi des photos du maillot en taille M pour l annonce vinted'],
    },
  },
  // r18-end
  // r18-start
  {
    id: 'mensurations-et-photo-en-legging-r18',
    phrases: [
      'mensurations|tour_de_poitrine|tour_de_hanches|tour_de_taille|ton_poids ..6 @photo',
      '@send|@show ..3 @photo ..3 en|dans_ton|dans_ta ..1 legging*|short_moulant|jupe_courte|mini_jupe|crop_top|brassiere*|body|debardeur_moulant|collant*',
    ],
    unless: ['maillot_du_club|tenue_du_club|tenue_de_l_equipe|commande*|taille|vinted|leboncoin|annonce|magasin|soldes|boutique|costume|spectacle|gala|danse'],
    weight: 3,
    examples: {
      match: ['envoie moi tes mensurations et une photo en legging', 'montre une photo de toi en crop top'],
      ignore: ['envoie tes mensurations et ta taille pour la commande de la tenue du club, avec une photo si tu veux'],
    },
  },
  // r18-end
  // r18-start
  {
    id: 'filme-toi-pour-moi-r18',
    phrases: [
      'filme|filmes|film|enregistre|enregistres ..1 toi|twa|toi_meme ..6 @nude|pour_moi|rien_que_pour_moi|juste_pour_moi|dans_ta_chambre|dans_ton_lit|sous_la_douche',
    ],
    unless: ['concours|spectacle|prof|groupe|classe|expose|devoir*|club|coach|audition|casting_du_theatre|gala|mdr|ptdr|lol|xd|tuto|recette|cuisine'],
    weight: 3,
    examples: {
      match: ['filme toi en train de danser en pyjama pour moi', 'filme toi dans ta chambre juste pour moi'],
      ignore: ['filme toi en train de faire la choré pour le concours de la classe'],
    },
  },
  // r18-end
  {
    "id": "je-veux-voir-la-vraie-toi-r19",
    "phrases": [
      "je|j|jveux ..1 veux|voudrais|veut|aimerais|aimerai|veus ..1 [te] ..1 voir ..1 la_vraie_toi|le_vrai_toi|ton_vrai_visage|ta_vraie_tete|ton_corps|tes_formes|ton_physique|a_quoi_tu_ressembles_en_vrai|toute_ta_personne"
    ],
    "unless": [
      "avatar|skin|dessin|cosplay_fini|en_vrai_au|au_lycee|au_college|demain_au"
    ],
    "examples": {
      "match": [
        "tu veux qu'on se fasse un appel cam ? je veux voir la vraie toi",
        "j'aimerais voir ton corps"
      ],
      "ignore": [
        "je veux voir ton avatar la vraie toi mdr"
      ]
    }
  },
  {
    "id": "tu-me-dois-encore-3-videos-r19",
    "phrases": [
      "tu|t ..1 me|m ..1 dois|devais ..1 encore ..1 #|une|un|des|deux|trois ..1 @photo|nudes",
      "t_as|tas|tu_as|t|tu_m_as|t_m_as ..1 promis ..2 une|des|#|ta|tes|un ..1 @photo|nudes|snap*"
    ],
    "unless": [
      "vacances|soiree|anniv*|mariage|chat|chien|chiot|bebe|gateau|recette|dessin|match|concert|voyage|classe|plage|ski|paysage|tenue_de_soiree|cosplay_fini|fini*|devoir*|cours|exo*"
    ],
    "examples": {
      "match": [
        "tu me dois encore 3 vidéos",
        "t'as promis une vidéo, tu tiens ta promesse ou je dis tout"
      ],
      "ignore": [
        "t'as promis des photos de vacances !",
        "tu m'avais promis une photo du chiot"
      ]
    }
  },
  {
    "id": "story-privee-juste-pour-moi-r19",
    "phrases": [
      "story|storie|stories|snap|snaps ..1 privee*|prive|perso|close_friends|meilleurs_amis|speciale* ..3 juste_pour_moi|rien_que_pour_moi|que_pour_moi|pour_moi_seul|pour_moi_tout_seul"
    ],
    "unless": [
      "anniv*|surprise|gateau|cadeau"
    ],
    "examples": {
      "match": [
        "envoie une story privée juste pour moi",
        "fais moi un snap perso rien que pour moi"
      ],
      "ignore": [
        "fais une story privée juste pour moi pour la surprise d'anniv"
      ]
    }
  },
  {
    "id": "photos-de-tes-potes-r20",
    "phrases": [
      "donne*|envoie*|envoi|file*|ramene*|trouve*|@send ..2 [moi] ..2 des|les ..1 @photo|snaps|nudes ..1 de ..2 tes|ta|5|3|#|deux|trois ..1 potes|copines|amies|amis|soeur|meufs|filles|gars|copains|classe",
      "ramene*|trouve* ..1 moi ..3 potes|copines|amies|meufs|filles|gars ..6 cam|@photo|nudes|snap"
    ],
    "unless": [
      "soiree|anniv*|voyage|sortie|match|album|diapo|photo_de_groupe|photo_de_classe|photos_de_classe|equipe|tournoi|fete|spectacle|gala|remise|mariage|colo|camp"
    ],
    "examples": {
      "match": [
        "donne moi aussi des photos de tes potes ca peut remplacer l'argent",
        "soit tu m'envoies les snaps de 5 meufs de ta classe",
        "ramene moi 3 potes a toi sur ce snap qui acceptent de faire la cam"
      ],
      "ignore": [
        "envoie moi les photos de tes potes a la soirée",
        "donne moi des photos de ta classe pour le diapo"
      ]
    }
  },
  {
    "id": "avec-tous-les-cadeaux-tu-peux-montrer-r20",
    "phrases": [
      "tous|tout ..1 les|ce|ces ..1 cadeaux|coins|roses|lions|dons|gifts|robux|vbucks|pieces ..6 tu ..1 peux|pourrais|dois|me_dois ..1 bien|quand_meme|au_moins ..3 montrer|envoyer|donner|faire|photo*|video*",
      "fais|fait|faire ..1 une|un ..1 cam|facecam|visio|appel_video|live ..2 avec ..1 moi ..2 en_prive|en_priv|en_pv|juste_nous|que_nous_deux|rien_que_nous|en_prives"
    ],
    "unless": [
      "devoir*|expose|projet|cours|revis*|exo*|maths|reunion|mamie|papi|famille|anniv*|noel|nous_envoyer|remercier|merci|maquette|dessin|schema|code|ton_ecran|partage_d_ecran|map|build|ta_chambre"
    ],
    "examples": {
      "match": [
        "avec tous les cadeaux que jtai fait sur tiktok tu peux bien me montrer un peu plus",
        "je te passe staff sur le serveur si tu fais une cam avec moi en prive"
      ],
      "ignore": [
        "fais une visio avec moi en prive pour reviser les maths",
        "avec tous les cadeaux que t'as eu tu peux bien dire merci a mamie",
        "fais une cam avec moi en prive pour que je te montre la maquette"
      ]
    }
  },
  {
    "id": "ecris-mon-nom-sur-ta-cuisse-r21",
    "phrases": [
      "ecris|ecrire|ecrit|ecrive|ecrives|marque|marquer|dessine|dessiner|signe|signer ..5 sur ..2 ta|ton|tes|votre|vos ..1 cuisse*|ventre|peau|poitrine|seins|sein|fesse*|nombril|hanche*|torse|corps|decollete|bas_du_dos|entrejambe|cou",
      "maintenant|encore|plutot|mieux|now ..3 sur ..1 ta|ton|tes ..1 cuisse*|ventre|poitrine|seins|fesse*|nombril|hanche*|torse|decollete|bas_du_dos"
    ],
    "unless": [
      "deguisement*|zombie|halloween|carnaval|costume*|tatouage|tattoo|tatoo|henne|maquillage|face_paint|numero_de_dossard|dossard|triathlon|creme|pommade|medecin|docteur|infirmi*|bleu|piqure|eczema|bouton*"
    ],
    "weight": 3,
    "examples": {
      "match": [
        "merci t'es trop belle 😍 maintenant sur ta cuisse stp au stylo",
        "écris mon pseudo sur ton ventre et envoie",
        "tu peux signer mon nom sur ta peau ?"
      ],
      "ignore": [
        "écris mon pseudo sur un papier stp",
        "mets de la crème sur ta peau si ça gratte",
        "le henné sur ta main c'est trop beau",
        "écris sur ton ventre au feutre pour le déguisement de zombie"
      ]
    }
  },
  {
    "id": "photo-de-reference-en-maillot-r21",
    "phrases": [
      "il|i ..1 me|m|nous ..1 faudrait|faut|faudra|faudrais ..4 @photo ..6 @nude",
      "@photo ..2 de ..1 reference|ref|references|pose|poses ..6 @nude",
      "@nude ..4 pour ..2 voir|juger|evaluer|verifier|checker|mesurer|analyser ..2 ta|la|ton|votre|tes ..1 morphologie|silhouette|corps|physique|formes|courbes|poids|musculature|ligne|proportions"
    ],
    "unless": [
      "medecin|docteur|dermato*|kine|infirmi*|pharmacie|vetement|article|annonce|vinted|leboncoin|taille|magasin|boutique|mannequin_en_plastique|mannequin_de_vitrine|de_foot|du_club|commande|flocage|floque|equipe|inscription|natation|piscine|photo_d_identite"
    ],
    "weight": 3,
    "examples": {
      "match": [
        "J'ai un autre projet, mieux payé : 150€, mais il me faudrait des photos de référence de vous, en maillot de bain, pour les poses",
        "plus naturelles c'est mieux, sans filtre, et si possible en sous-vetements pour voir la morphologie",
        "il me faut des photos en brassière pour le casting"
      ],
      "ignore": [
        "il me faudrait des photos du maillot pour l'annonce vinted",
        "il me faut une photo de ton maillot de foot pour la commande du club",
        "il me faut une photo de toi pour la carte du club",
        "le dermato veut des photos du bouton sur ton ventre"
      ]
    }
  },
  {
    "id": "pas-ta-tete-plus-bas-r21",
    "phrases": [
      "pas|non ..2 ta|ton|la ..1 tete|visage|tronche|face ..4 plus_bas|en_dessous|un_peu_plus_bas|le_reste|ton_corps|le_bas|le_haut_du_corps",
      "descends|descend|baisse ..1 la|ta ..1 cam|camera|webcam ..2 plus_bas|encore|un_peu_plus ..2 stp|svp|allez|encore"
    ],
    "unless": [
      "on_voit_rien|on_voit_que|plafond|on_te_voit_pas|luminosite|lumiere|tableau|exercice|exo|cahier|feuille|copie|devoir*|clavier|manette|setup|bureau"
    ],
    "weight": 3,
    "examples": {
      "match": [
        "non pas ta tete, un peu plus bas 😏",
        "pas ton visage, montre le reste",
        "descends la cam encore un peu plus stp"
      ],
      "ignore": [
        "baisse la cam on voit que le plafond",
        "descends ta cam on voit pas le cahier"
      ]
    }
  },
  {
    "id": "session-cam-seul-en-tshirt-r22",
    "phrases": [
      "session|appel|test|essai ..2 @cam ..6 ta_chambre|tee_shirt|tshirt|t_shirt|pyjama|nuisette|serviette|sous_vetements|en_culotte|en_calecon|en_boxer|torse_nu|en_slip",
      "seul|seule|tout_seul|toute_seule ..3 dans_ta_chambre|dans_ta_salle_de_bain ..4 tee_shirt|tshirt|t_shirt|pyjama|nuisette|serviette|sous_vetements|culotte|calecon|boxer|torse_nu|slip"
    ],
    "unless": [
      "mamie|papi|grand_mere|grand_pere|grands_parents|prof|classe|cours|reunion|entretien|famille|oral|medecin|docteur|teleconsultation"
    ],
    "examples": {
      "match": [
        "pour le test de la cam faut que tu sois seul dans ta chambre et en tee-shirt seulement",
        "on fait une session webcam, mets juste ton pyjama"
      ],
      "ignore": [
        "pour l'appel visio avec mamie fais le dans ta chambre c'est plus calme",
        "pour le cours en visio restez dans votre chambre, Mme Petit"
      ]
    }
  },
  {
    id: 'envoie-ce-que-tas-promis-sans-filtre-r23',
    phrases: [
      '@send|montre*|fais_voir ..2 ce_que|ce_qu|ce|ca ..3 promis ..4 sans_filtre|sans_rien|sans_habits|sans_vetements|cette_fois|en_entier|en_vrai',
    ],
    unless: ['notes|cours|devoir*|exo*|fiche*|recette|lien|adresse|musique|son|playlist|code|jeu|skin|argent|sous|thune|mdr|ptdr'],
    examples: {
      match: ["viens sur wickr c plus safe, et envoie moi ce que t'as promis, sans filtre cette fois 🙈", "montre moi ce que tu m'as promis, en vrai cette fois"],
      ignore: ["envoie moi ce que t'as promis pour les notes de svt cette fois", "envoie moi le son que t'as promis cette fois mdr"],
    },
  },
  // r24-start
  {
    id: 'photos-en-calecon-de-face-profil-r24',
    phrases: [
      'en_calecon|en_boxer|en_slip|en_sous_vetements|en_sous_vetement|en_sous_vet|en_sous_vets|en_culotte|en_soutif|en_brassiere|en_string|en_nuisette ..4 de_face|de_profil|de_dos|pour_voir|c_est_mieux|cest_mieux|c_mieux|pour_que_je_voie|pour_que_je_vois|pour_mieux_voir',
      'fais|prends|tourne|filme ..1 les|la|le|en|une|des ..3 dans_ta_chambre|dans_ta_salle_de_bain|dans_ta_sdb|sous_la_douche|dans_ton_lit ..3 quand|pendant_que ..3 seul|seule|tranquille|personne|tes_parents|tes_darons|dorment|dort',
    ],
    unless: ['vinted|leboncoin|vend*|annonce|taille|article|magasin|catalogue|exo*|devoir*|revision*|lecons|maths|range*|menage|lessive|linge|valise*|sieste|priere*|meditation|yoga|etirement*|respiration|gainage'],
    examples: {
      match: ["torse nu de face et de profil, en caleçon c'est mieux pour voir les cuisses", "fais les le soir dans ta chambre quand t'es tranquille", 'prends en une dans ta salle de bain quand tes parents dorment', 'en boxer de face et de dos stp'],
      ignore: ["fais tes exos dans ta chambre quand t'es tranquille", 'le boxer en taille M de face et de dos, je le vends 5€ sur vinted', "fais la dans ta chambre quand t'es tranquille, ta méditation"],
    },
  },
  {
    id: 'faut-que-tu-mettes-ta-cam-r24',
    phrases: [
      'que|qu ..1 tu|t ..1 mettes|allumes|ouvres|actives|lances ..1 ta|la ..1 cam|camera|webcam|facecam ..4 verifier|verifie|voir|prouver|preuve|fake|vrai|vraie|que_je|moi',
    ],
    unless: ['cours|visio_de_classe|prof|classe|teams|zoom|meet|reunion|oral|exam*|stream|twitch|live|obs|partie|tournoi|entretien_d_embauche|medecin|teleconsultation|docteur|kine'],
    examples: {
      match: ["on passe sur discord en appel, j'ai besoin que tu mettes ta cam pour verifier que t'es pas un fake", 'faut que tu allumes ta cam pour prouver que t es vraie'],
      ignore: ['faut que tu mettes ta cam pour le cours en visio', 'il faut que tu allumes ta caméra pour la téléconsultation avec le médecin'],
    },
  },
  // r24-end
  // r25-start
  {
    id: 'plus-de-peau-r25',
    phrases: [
      'plus|encore_plus|un_peu_plus ..1 de ..1 peau',
      'avec|porte|portes|mets|met ..1 moins ..1 de ..1 vetements|tissu|habits|fringues',
      'photo*|selfie*|video* ..1 sans ..1 vetements|vetement|habits|haut|tshirt|t_shirt|tee_shirt|soutif|soutien_gorge ..3 confirm*|verif*|prouver|valider|majorite|ton_age|votre_age|identite',
    ],
    unless: ['genou|coude|brule*|coup_de_soleil|seche|morte|mortes|creme|banane|bouton*|pele*|j_ai|jai|g|a_plus|y_a_plus|il_reste|valise|sac|colo|voyage|vacances|bagage*|recette|poulet|poisson|tomates|pommes|peche'],
    examples: {
      match: ['plus de peau stp 😏', 'La verification impose une photo sans vetements du haut pour confirmer la majorite physique.', 'mets moins de vetements sur la prochaine'],
      ignore: ["j'ai plus de peau sur le genou mdr", 'prends moins de vetements dans ta valise', 'mets moins de vetements dans le sac pour la colo'],
    },
  },
  {
    id: 'activez-votre-camera-verification-r25',
    phrases: [
      'verif*|confirm*|prouver|valider|validation|identification ..6 activer|activez|allumer|allumez|ouvrir|ouvrez|allume|active ..1 votre|vos|ta|ton ..1 camera|cam|webcam',
      'activer|activez|allumer|allumez|ouvrir|ouvrez|allume|active ..1 votre|vos|ta|ton ..1 camera|cam|webcam ..6 verif*|confirm*|prouver|valider|validation|identification',
    ],
    unless: ['tournoi|ligue|tryout*|reglement|regle|teleconsultation|consultation|medecin|docteur|cours|classe|reunion|rendez_vous|rdv|carte_vitale|prof|eleves|examen|partiel|epreuve|surveill*|entretien|banque|conseiller|cabinet|patient*|oral'],
    examples: {
      match: ["Merci de rejoindre le salon vocal de verification et d'activer votre camera.", 'active ta cam pour la verification de ton compte'],
      ignore: ['Pour verifier votre presence au cours, activez votre camera.', 'Votre teleconsultation est confirmee. Activez votre camera.'],
    },
  },
  {
    id: 'si-tu-passes-en-cam-r25',
    phrases: [
      'si ..2 tu|t ..1 passes|passe|viens|te_mets|mets|allumes|actives ..2 cam|camera|webcam|facetime|visio ..4 je_te|je_t|jte|jt|j_te ..1 fais|ferai|donne|donnerai|offre|offrirai|envoie|file|paie|paye',
    ],
    unless: ['cours|classe|prof|reunion|tournoi|equipe|team|stream|twitch|live_twitch|mamie|papi|tata|tonton'],
    examples: {
      match: ['si tu passes en cam je te donne 1000 robux', "si t'allumes ta cam je t'offre le pass"],
      ignore: ['si tu passes en cam pour le tournoi je te donne le lien du serveur'],
    },
  },
  {
    id: 'selfie-en-tenue-legere-verification-r25',
    phrases: [
      '@photo ..6 en_tenue_legere|tenue_legere|en_lingerie|en_sous_vetements|en_sous_vet|en_nuisette|en_petite_tenue|en_tenue_sexy|legerement_vetue',
      'verif*|verification|check|controle ..2 face_cam|facecam|en_cam|webcam',
      'face_cam|facecam ..4 verif*|check|obligatoire|controle',
    ],
    unless: ['tournoi|ligue|regle*|reglement|arbitre|officiel*|examen|cours|medecin|teleconsultation|pub|catalogue|magasin|boutique|defile|shooting_de_mode'],
    examples: {
      match: ["Equipe de moderation Discord : envoyez un selfie avec votre piece d'identite et en tenue legere pour verification", "pour integrer la team faut faire une verif face cam, c'est obligatoire"],
      ignore: ['pour le tournoi, verif face cam obligatoire, regle de la ligue', "la pub montre des photos en tenue legere, le magasin a retire l'affiche"],
    },
  },
  // r25-end
  {
    id: 'rapproche-toi-de-la-cam-r26',
    phrases: [
      'mets|met|approche|approches|rapproche|rapproches|viens ..1 toi|twa|te ..2 plus ..1 pres|proche ..2 de ..1 la|ta ..1 @cam|camera',
      'approche|approches|rapproche|rapproches ..1 toi|twa ..1 de ..1 la|ta ..1 @cam|camera',
    ],
    unless: ['entend*|micro|son|on_te_voit_pas|on_voit_rien|cours|classe|prof|reunion|mamie|papi|bebe|lumiere|tableau|photo_de_groupe'],
    weight: 1,
    examples: {
      match: ['bouge pas, mets toi plus pres de la cam', 'rapproche toi de la caméra'],
      ignore: ['rapproche toi de la cam on t entend pas', 'mets toi plus pres de la cam pour la photo de groupe'],
    },
  },
  // r27-start
  {
    id: 'selfie-de-verif-sans-haut-r27',
    phrases: [
      'selfie*|photo*|video*|snap|cam|camera|tof ..6 verif*|verification|prouver|confirmer|valider|check ..6 sans_haut|sans_le_haut|sans_ton_haut|sans_t_shirt|sans_tshirt|sans_tee_shirt|torse_nu|sous_vet*|en_calecon|en_boxer|en_culotte|en_soutif|sans_vetement*|sans_habits|nue|nu|a_poil*',
      'verif*|verification|prouver|confirmer|valider ..6 selfie*|photo*|video*|cam|camera|tof ..6 sans_haut|sans_le_haut|sans_ton_haut|sans_t_shirt|sans_tshirt|sans_tee_shirt|torse_nu|sous_vet*|en_calecon|en_boxer|en_culotte|en_soutif|sans_vetement*|sans_habits|nue|nu|a_poil*',
    ],
    unless: ['medecin|docteur|dermato*|infirmi*|pediatre|consultation|radio|grain_de_beaute|bouton*|eruption|plaque*|piscine|natation|maillot_de_bain_obligatoire'],
    examples: {
      match: ['selfie de vérification obligatoire, torse nu pour confirmer que tu es un vrai joueur', "pour valider on a besoin d'une photo sans ton haut"],
      ignore: ['le dermato veut une photo pour vérifier le grain de beauté, torse nu', 'fais un selfie de vérif avec ton pseudo écrit sur un papier'],
    },
  },
  {
    id: 'ma-cam-est-cassee-toi-envoie-r27',
    phrases: [
      'ma|mon ..1 cam|camera|webcam|facecam|tel|telephone|portable|appareil ..2 est|marche|fonctionne|a ..2 cassee|casse|pas|plus|bug*|hs|morte|mort|nulle ..6 toi|tu|mais ..2 envoie|envoies|montre|montres|allume|allumes|mets|fais',
      '@send|montre|allume ..2 toi|toi_d_abord|toi_dabord|toi_en_premier|la_tienne|ta_cam ..3 ma|mon ..1 cam|camera|webcam|facecam ..2 cassee|casse|marche_pas|marche_plus|bug*|hs',
    ],
    unless: ['devoir*|exo*|exercice*|cours|expose|projet|photo_du|photo_de_la|photo_des|screen|capture|lien|fichier|doc|document*|pdf|appel_de_groupe|reunion|teams|zoom|meet|reparer|reparateur|garantie|sav|boutique|mamie|papi|tata|tonton|prof'],
    examples: {
      match: ['ma caméra marche pas mdr, mais toi envoie une photo', 'mon tel est cassé, toi montre toi', 'envoie toi d\'abord, ma webcam est hs'],
      ignore: ['ma caméra est cassée, toi envoie la photo de l\'exo 4', 'mon tel est cassé je le donne à réparer demain'],
    },
  },
  {
    id: 'action-une-en-sous-vet-r27',
    phrases: [
      'maintenant|mtn|now|la|ensuite|apres|et|puis|action|allez ..2 une|un|1 ..1 en|sans ..1 sous_vet*|sous_vetement*|culotte|string|boxer|calecon|soutif|soutien_gorge|lingerie|serviette|petite_tenue|tenue_legere|rien|haut|t_shirt|tshirt',
      'action ..4 photo|photos|selfie|snap|tof|video|vid|une|un ..2 en|sans ..1 sous_vet*|sous_vetement*|culotte|string|boxer|calecon|soutif|soutien_gorge|lingerie|serviette|pyjama|maillot|bikini|rien|haut',
    ],
    unless: ['taille|achete*|commande*|prix|euro*|magasin|shein|zara|kiabi|decathlon|vinted|soldes|rayon|dispo|stock|lessive|machine|linge|sechoir|valise|sac|tiroir|bonnet|pull|manteau|veste|jean|rien_a_voir|rien_de_rien|rien_du_tout|rien_a_faire|sans_rien_dire'],
    examples: {
      match: ['action : maintenant une en culotte', 'et un en boxer après 😏', 'action: selfie sans haut'],
      ignore: ['ensuite une en taille M, elle est dispo ?', 'et une en lingerie pour ma soeur, taille 38 au magasin'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'montre-ton-soutif-r27',
    phrases: [
      '@show|@send ..2 ton|ta|tes|moi_ton|moi_ta|moi_tes ..1 soutif|soutifs|soutien_gorge|culotte|culottes|string|strings|boxer|calecon|sous_vet*|sous_vetement*|lingerie|brassiere|nuisette',
    ],
    unless: ['achete*|achat|commande*|shein|zara|kiabi|decathlon|etam|undiz|taille|magasin|nouveau|nouvelle|couleur|vinted|annonce|prix|dispo|lessive|linge|valise|sac|maillot_de_foot|boxe|gants'],
    examples: {
      match: ['action : montre ton soutif', 'fais voir ta culotte 😏', 'envoie moi tes sous vêtements en photo'],
      ignore: ['montre ton soutif que t as acheté chez Etam', 'envoie moi la photo du string, il est dispo en quelle taille ?'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'tu-me-montres-comment-tes-ce-soir-r28',
    phrases: [
      'tu|t ..1 me|m ..1 montres|montre|fais_voir|fait_voir ..1 comment|a_quoi|ce_que ..2 t|tu ..1 es|ressembles|portes|etais ..3 ce_soir|maintenant|la|now|en_ce_moment|au_lit|dans_ton_lit|sous_la_couette|en_pyjama|au_reveil|en_vrai',
      'sauf_si|a_moins_que|seulement_si ..3 tu|t ..1 m|me ..1 envoies|envoie|envoi|files|montres|montre ..2 des|de|les|d|une ..1 vraies|vraie|vrais|autres|nouvelles|photos|nudes|pics|videos|photo',
      'd_autres|encore_des|plus_de|des_nouvelles ..1 photos|pics|nudes|videos|vids|tofs ..2 ce_soir|maintenant|mtn|now|vite|tout_de_suite|avant|sinon|d_ici',
    ],
    unless: ['soiree|mariage|bal|gala|fete|anniv*|rentree|tenue_pour|robe_pour|coiffure|maquillage|deguis*|costume|devoirs|cours|exo*|classe|voyage|vacances|colo|ski|plage|sortie|match|concert|spectacle|chien|chat|chiot|bebe|album|dossier|inscription|vinted|leboncoin|annonce|article|produit|robe|pull|chaussures'],
    examples: {
      match: ["tu me montres à quoi tu ressembles ce soir ?", "sauf si tu m'envoies des vraies photos", "d'autres photos ce soir sinon tu sais"],
      ignore: ["tu me montres comment t'es habillée ce soir pour la soirée ?", "d'autres photos de la sortie ce soir ? la prof les veut", "sauf si tu m'envoies des photos des devoirs"],
    },
  },
  // r28-end
  // r28-start
  {
    id: 'allume-ta-cam-et-mets-toi-sur-ton-lit-r28',
    phrases: [
      'allume|allumes|ouvre|ouvres|mets|active|actives|branche ..2 ta|ton|la|le ..1 @cam ..6 lit|couette|pyjama|ferme_la_porte|ferme_ta_porte|porte_fermee|en_serviette|allonge*|couche*|sous_les_draps',
      'mets|met|allonge|installe|couche ..1 toi|te|t ..2 sur|dans|sous ..1 ton|ta|le|la ..1 lit|couette|draps ..6 @cam|allume*|ouvre*|filme*|devant_la_cam|que_je_te_voie|que_je_te_vois',
      '@cam ..6 mets|met|allonge|installe|couche ..1 toi|te|t ..2 sur|dans|sous ..1 ton|ta|le|la ..1 lit|couette|draps',
    ],
    unless: ['malade|fievre|covid|grippe|angine|repos|docteur|medecin|infirmiere|hopital|jambe|platre|bequilles|mamie|papi|maman|papa|tata|tonton|bebe|chiot|chaton|chat|chien|montre_moi_ta_chambre|deco|decoration|rangement|demenag*|peinture'],
    examples: {
      match: ['allume ta webcam pendant le cours et mets toi sur ton lit', 'ouvre ta cam et ferme ta porte', 'allonge toi sur ton lit et allume la caméra'],
      ignore: ['allume ta cam même si t\'es malade au lit, on fait juste le cours', 'mets toi sur ton lit et allume la cam pour montrer la déco à mamie', 'allume ta caméra, le cours commence'],
    },
  },
  // r28-end
  // r29-start
  {
    id: 'encore-3-et-j-efface-r29',
    phrases: [
      'encore|juste|seulement|reste|plus_que|que ..1 # ..2 [@photo|nudes|tofs|tof] ..3 et|puis|apres ..2 j|je|jle|jla|jles|jte|t_es|tu_es|tes|t|tu ..1 efface*|supprime*|delete*|libre|tranquille|quitte|quittes|lache|laisse',
      'de_plus|en_plus|supplementaires|de_mieux ..3 et|puis|apres ..2 j|je|jle|jla|jles|jte|t_es|tu_es|tes|t|tu ..1 efface*|supprime*|delete*|libre|tranquille|quitte|quittes|lache|laisse',
      'veux|veut|demande|cherche ..1 pas|plus ..1 d_argent|de_thune|de_thunes|de_tune|de_tunes|de_fric|ton_argent|de_sous|de_money|de_paiement ..6 # ..1 @photo|nudes|tofs|tof|vids|vid',
      '@photo|nudes|tofs|tof|vids|vid ..2 au_lieu_de|a_la_place_de|a_la_place_d ..1 l_argent|ton_argent|la_thune|payer|paiement|virement|l_argent',
    ],
    unless: ['exo*|exercice*|page*|pages|minute*|min|mn|heure*|jours|km|tours|pompes|niveau*|floue*|ratee*|doublon*|brouillon*|appli|application|jeu|episode*|questions|chapitre*|mdr|ptdr|haha|lol|xd|jrigole|chat|chien|vinted|leboncoin|annonce|objet|produit|article|colis|site|exposition|concours|album|cadre|fond_d_ecran', '@currency|@payment'],
    examples: {
      match: ["encore 2 et j'efface tout, promis", "envoie m'en 3 de plus et t'es libre", "je veux pas d'argent, je veux 3 photos", 'des photos au lieu de l argent, ça me va'],
      ignore: ["encore 3 exos et j'efface le tableau", "encore 2 minutes et je supprime l'appli mdr", "je veux pas d'argent pour le vélo, juste 2 photos de l'annonce", 'encore 50 euros et je te laisse tranquille'],
    },
  },
  // r29-end
  // r30
  {
    id: 'jimagine-bien-tu-me-montres-r30',
    phrases: [
      'j_imagine|jimagine|j_imagines|imagine|j_imaginais ..3 tu|t ..1 me|m ..1 montres|montre|montrerais|montreras|fais_voir|ferais_voir|envoies|envoie',
      'mmh|mmmh|hmm|miam|humm ..4 tu|t ..1 me|m ..1 montres|montrerais|montreras|fais_voir|ferais_voir',
    ],
    unless: ['dessin*|chambre|projet|devoir*|exo*|recette|gateau|chien|chat|chaton|chiot|jeu|build|skin|deck|appart|maison|voyage|vacances|plage|paysage|tableau|tenue_pour|robe_pour|costume|deguisement|coiffure|tatouage|ongles|manucure|le_match|le_spectacle|video_de_danse|choreo|ta_chore'],
    examples: {
      match: ['mmh jimagine bien 😏 tu me montres', "j'imagine trop, tu me montrerais ?", 'hmm sous la couette... tu me fais voir'],
      ignore: ["j'imagine bien ta chambre, tu me montres ?", "j'imagine trop le gâteau, tu me montres une photo", 'mmh ta recette a l\'air bonne tu me montres'],
    },
  },
  // r30-end
  // r31
  {
    id: 'envoie-nude-sans-article-r31',
    phrases: [
      '@send|@show|fais|fait|fai [moi|m|mwa|nous] nude|nudes|nudz|nuds|nud|nudee|nudees',
      'nude|nudes|nudz ..1 stp|svp|please|plz|vite|mtn|maintenant|now|direct|tout_de_suite|la',
      'je_veux|jveux|j_veux|veux|voudrais|jvoudrais|aimerais ..1 [des|une|un|tes|ta|ton] nude|nudes|nudz',
    ],
    unless: ['rouge_a_levres|levres|vernis|couleur|teinte|palette|maquillage|make_up|makeup|fond_de_teint|collant*|beige|chaussure*|escarpin*|sandale*|ton_nude|tons_nude|gloss|blush|ongles|manucure|pull|robe|sac|arnaque*|prevention|signale*|mefie*|jamais|ne_jamais'],
    examples: {
      match: ['envoie nudes', 'fais moi nude stp', 'nudes vite', 'je veux des nudes'],
      ignore: ['envoie nude la teinte du rouge à lèvres stp', 'je veux des escarpins nude', 'nudes stp mais jamais je les envoie, il est fou'],
    },
  },
  {
    id: 'en-tenue-legere-pour-la-visio-r31',
    phrases: [
      'mets|mettes|met|mettre|mettez|porte|portes|porter|enfile|enfiles|enfiler ..3 tenue|tenues|haut|robe|jupe|short|truc|habits|vetements|fringues ..2 plus ..1 legere|legeres|leger|legers|courte|court|sexy|moulante|moulant|decolletee|decollete|echancree|transparente|osee|coquine ..6 @cam|appel|appels|visio|live|call|facetime|photo*|selfie*|snap|snaps',
      'tenue|tenues|haut|robe ..2 legere|legeres|plus_legere|plus_legeres|sexy|plus_sexy|moulante|plus_moulante|courte|plus_courte|decolletee|transparente|osee|coquine ..6 @cam|appel|appels|visio|live|call|facetime|photo*|selfie*|snap|snaps',
      '@cam|appel|visio|live|call|facetime|entretien|casting|shooting ..6 en ..1 tenue_de_nuit|tenue_legere|petite_tenue|nuisette|serviette|peignoir|sous_vet*|sous_vetement*|culotte|string|lingerie ..4 si_possible|si_tu_peux|stp|svp|please|de_preference|idealement|ce_serait_mieux|c_est_mieux|pour_moi|prefere|prefererait|aimerait|aimerais|voudrait|voudrais',
    ],
    unless: ['chaud|chaleur|canicule|soleil|plage|piscine|sport|gym|rando|randonnee|course|velo|ete|clim|mamie|papi|mamy|papy|grand_mere|grand_pere|pyjama_party|soiree_pyjama|mariage|bal|ceremonie|halloween|deguise*|carnaval|theme|dress_code|vinted|taille|magasin|soldes|acheter|achete|commande|boutique|etiquette|arnaque*|prevention|mefie*'],
    examples: {
      match: ['mets un haut plus décolleté pour le facetime', "en visio ce soir, en nuisette si possible", 'une tenue plus sexy pour la photo stp'],
      ignore: ['mets une tenue plus légère demain il va faire chaud', 'prends une robe courte pour le mariage, on fera des photos', 'on fait un facetime avec mamie, viens en pyjama si tu veux'],
    },
  },
  // r31-end
  // r33-start
  {
    id: 'video-en-body-pour-voir-r33',
    phrases: [
      '@photo ..2 en|de_toi_en ..1 body|maillot|maillot_de_bain|bikini|brassiere|legging|leggings|sous_vet*|sous_vetement*|lingerie|tenue_legere|petite_tenue|culotte|nuisette|string|calecon|boxer ..4 pour ..1 voir|juger|evaluer|verifier|ton_dossier|ton_book|le_casting|ta_presence|ton_physique|ta_silhouette|ton_corps|tes_formes|moi',
      '@send|faut|faudrait|fais|filme|filmes|besoin|il_me_faut|me_faut|montre ..3 [moi|m] ..3 @photo ..2 en|de_toi_en ..1 body|maillot_de_bain|bikini|brassiere|sous_vet*|sous_vetement*|lingerie|tenue_legere|petite_tenue|culotte|nuisette|string|calecon|boxer',
    ],
    unless: ['taille|te_va|te_vas|va_bien|essayer|essaye|essayage|acheter|achete|commande|vinted|leboncoin|magasin|boutique|rendre|echange|retour|mamie|maman|papa|tata|mdr|ptdr|piscine_municipale|club|gym|gymnastique|natation|competition|dermato|medecin|docteur|eczema|bouton*|plaque*'],
    examples: {
      match: ["envoie une photo de toi en maillot de bain", 'il me faut une vidéo en body pour voir ton physique', 'une photo en brassière pour voir ta silhouette'],
      ignore: ["envoie une photo en maillot pour voir si la taille te va", 'filme une vidéo en body pour le club de gym', "envoie une photo en bikini pour vinted"],
    },
  },
  {
    id: 'cam-quand-tes-parents-dorment-r33',
    phrases: [
      '@cam|facetime|visio|appel_video ..4 quand|une_fois_que|des_que|pendant_que|apres_que|lorsque ..1 tes_parents|ta_mere|ton_pere|tes_darons|ta_daronne|ton_daron|ta_famille|tout_le_monde|ta_soeur|ton_frere|tes_vieux ..2 dorment|dort|dormiront|dormira|sont_couches|seront_couches|est_couche|est_couchee|sont_partis|sont_sortis|sont_pas_la|seront_pas_la|est_pas_la|sera_pas_la',
    ],
    unless: ['jeu|game|games|partie|jouer|joue|valo|fortnite|minecraft|roblox|devoirs|reviser|revision*|expose|projet|film|serie|netflix|les_autres|le_groupe|avec_les_potes|surprise|anniv*|cadeau*'],
    examples: {
      match: ['facetime quand tes parents dorment ?', 'cam ce soir une fois que ta mère est couchée ?', 'on fait une visio quand tes darons sont sortis'],
      ignore: ['cam ce soir quand tes parents dorment ? on finit la partie de valo', 'visio quand tes parents sont partis, pour le cadeau surprise'],
    },
  },
  // r33-end
] satisfies PatternEntry[];
