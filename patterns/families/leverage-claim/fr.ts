import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'jai-enregistre-appel',
    phrases: [
      'j_ai|jai|g ..1 enregistre*|filme*|record* ..1 l|le|la ..1 appel*|facetime|visio*|call|appel_video|appel_en_video',
      'oublie|oublies|oublier|oubliee ..2 que|qu ..1 j_ai|jai|g|j ..2 enregistre*|filme*|screen*|capture*|garde*|record*',
      'j_ai|jai|g|j ..1 tt|tte|ttes ..1 enregistre*|filme*|record*|capture*|screen*|sauvegarde*|garde',
      'ton|ta|notre|nos ..1 facetime|appel*|visio|call|cam|conv*|appel_video ..3 est|sont|a_ete|ont_ete ..1 enregistre*|sauvegarde*|capture*|stocke*|filme*',
      'j_ai|jai|g ..1 tout ..1 vu ..2 et ..1 tout ..1 garde|enregistre|screen|capture|filme',
      'j_ai|jai|g|j|nous_avons|on_a ..2 enregistre*|filme*|record*|capture*|screen*|screenshot*|sauvegarde*|garde|copie* ..3 notre|nos|ton|ta|tes|votre|vos|toute*|tous|tout|ce_que_tu ..1 appel*|facetime|video*|visio*|cam|webcam|camera|live|call|conv*|convo*|message*|discussion*|photo*|nude*|echange*|fait|as_fait|montre|montre*',
      'j_ai|jai|g|j|on_a|nous_avons ..2 tout ..1 enregistre*|filme*|record*|capture*|screen*|sauvegarde*|garde',
      'j_ai|jai|g|j|on_a|nous_avons ..2 enregistre*|filme*|record*|capture*|screen* ..2 pendant|pdt|durant|lors_de ..1 l_appel|notre_appel|le_facetime|la_visio|le_live|l_appel_video|la_cam|ton_live|ton_appel|le_call|l_appel_en_video',
      'j_ai|jai|g ..2 garde|fait|conserve ..2 une|des ..1 copie*|sauvegarde*|double ..2 de ..1 tout|tes|ta|nos|notre|ton',
      'j_ai|jai|g ..2 garde*|conserve*|sauvegarde*|enregistre*|screen*|capture* ..2 tout_ce_que|tout_ce_qu|toutes_celles_que|tous_ceux_que|ce_que|ce_qu|celles_que|celle_que ..4 envoye*|montre*',
      'j_ai|jai|g|j ..2 enregistre*|filme*|capture* ..4 via|par|avec|depuis|grace_a ..1 ta|ton|votre ..1 @cam|webcam|camera',
      'dommage|manque_de_chance|pas_de_chance|pas_de_bol|trop_tard ..4 j_ai|jai|g|j ..1 [tout] enregistre*|filme*|screen*|capture*|record*',
      'je|j ..1 vous ..1 ai ..1 filme*|enregistre*|record*|capture*',
      'je|j|jt ..1 t|te ..1 ai|e ..1 filme*|enregistre*|record*|screen*|capture*',
      'jtai|jt_ai|jt ..1 filme*|enregistre*|record*|screen*|capture*',
      'tu|t ..1 as|a|es ..1 ete ..1 filme*|enregistre*|record*',
      'j_ai|jai|g|j ..2 fait ..2 des|un|une capture*|screen*|enregistrement*|video*|record* ..4 ta|tes|ton|toi|notre|nos|de_ta|de_toi',
      'j_ai|jai|g ..2 des|les|une|un|plein_de capture*|screen*|screenshot*|enregistrement*|record* ..2 de ..1 toi|twa|ta|tes|ton|notre|nos|tout',
      'j_ai|jai|g|j ..1 filme*|enregistre*|record*|capture*|screen* ..2 quand|pendant|pdt ..1 tu|t|toi',
      'tes|ta photo*|video*|nude*|vids ..1 sont|est ..1 sur|dans ..1 mon|mes|ma',
      'j_ai|jai|g ..2 toutes|tous ..1 les ..1 preuves|captures|screens|enregistrements|conversations|convs|messages',
      'copie|copies|enregistrement ..2 de ..1 ta|ton|tes|votre|vos|notre ..1 video*|photo*|appel*|conv*|nude*|live|visio',
      'tout|l_appel|la_video|notre_appel ..1 a ..1 ete ..1 enregistre*|filme*|capture*',
      'tout|l_appel|la_video|la_cam|le_live|le_facetime|notre_appel ..1 est|etait|a_ete ..1 [bien|deja] enregistre*|filme*|capture*|screen*|sauvegarde*|record*',
    ],
    unless: [/* r22 */ 'le_live_de|le_live_d|le_live_du|le_stream|le_concert|l_emission|le_match|le_replay|tu_l_as_rate|t_as_rate|tu_as_rate|que_t_as_rate|que_tu_as_rate', 'avec_le_prof|du_prof|avec_la_prof|absents|pas_la|etaient_pas|n_etaient_pas|cpe|harcel*|preuve*|police|plainte|gendarmerie|signaler|pharos|3018|courses|liste_de_courses', 'story|storie*|tiktok|reel*|mdr|ptdr|xd|lol|drole|match|concert|spectacle|cours|devoir*|serie|emission|replay|groupe|absent*|reunion|lettre*|carte_postale|cartes_postales|carte_d_anniv*|carte_de_voeux|carte_mere|cadeau*|souvenir*|doudou|peluche|vacances|voyage|colo|camp|plage|ski|mariage|noel|anniv*|soiree|sortie|classe|drive|cloud|album|bapteme|bebe|chat|chien|podcast|conference|webinaire|visioconference|teams|zoom|danse|chant|skate|trop_bien|trop_belle|stylee|genial|bravo|contrat|facture|papiers|documents|dossier|mignon*|merci|adore|solo|incroyable|trop_forte|trop_fort|magnifique|scene|chorale|piano|guitare|recital|audition|souvenir'],
    examples: {
      match: ["j'ai enregistré l'appel facetime, t'étais bien visible", "t'as oublié que j'ai enregistré ?", "n'oublie pas que j'ai tout gardé", "frero t'as cru j'allais pas capturer ? j'ai tt screen", "bon j'vais être direct : c pas Inès. j'ai tout enregistré. 300€ en carte paysafe ou ça part", "ton facetime d'hier est enregistré sur mon pc", "j'ai tout vu et tout gardé", "j'ai gardé tout ce que tu m'as envoyé hier soir", "on s'est bien amusés sur facetime hein, dommage pour toi j'ai enregistré", 'Je vous ai filmé', "J'ai enregistré une vidéo de vous via votre webcam", "J'ai enregistré notre appel vidéo", "J'ai fait des captures d'écran de ta vidéo", 'jai tout filmé', "j'ai gardé ce que tu m'as envoyé hier", "on a tout enregistré pendant l'appel", "j'ai gardé une copie de tout", "moi j'ai video de toi quand tu es sur la cam, tout est enregistré", 'le facetime était enregistré, dommage pour toi', "je t'ai filmée", 'tu as été filmé', "jai screen toutes tes photos"],
      ignore: ["j'ai tout enregistré le live de hier, je te l'envoie", "j'ai enregistré l'appel avec le prof pour ceux qui étaient pas là", "j'ai enregistré la visio du cours pour toi", "j'ai tt screen le cours de maths si tu veux", "j'ai enregistré notre appel de groupe pour ceux qui étaient absents", "j'ai enregistré ta story mdr t'es trop drôle", "j'ai filmé le concert", "j'ai enregistré le cours de maths", "j'ai gardé toutes nos photos de la colo", "t'inquiète la réunion zoom, tout est enregistré", "j'ai gardé ta vidéo de danse elle est trop bien", "je t'ai filmée pendant ton solo, t'étais incroyable !", "j'ai gardé une copie de tout le dossier"],
    },
  },
  {
    id: 'jai-tes-photos',
    phrases: [
      'j_ai|jai|g ..3 video*|photo*|capture*|screen*|enregistrement* ..2 de|avec ..1 ton|ta ..1 visage|corps|tete|face ..6 ton_corps|ton_visage|ta_tete',
      'ta|tes|la|les ..1 video*|photo*|nudes|capture*|enregistrement* ..3 sauvegarde*|stocke*|copie*|archive* ..3 sur|dans ..1 mon|ma|mes|plusieurs ..1 drive|cloud|ordi|pc|disque|disques|telephone|serveur|serveurs|cle|dossier',
      'j_ai|jai|g|j ..2 tes|vos|toutes|tous ..2 photo*|nude*|video*|conv*|message*|conversations ..2 @nude|sauvegarde*|enregistre*|intime*|nues|nude*|compromettante*|de_toi_nue',
      'j_ai|jai|g|j ..2 tes|vos|toutes_tes|tous_tes ..1 nude*|nudes|photos_nues|videos_intimes|photos_intimes',
      'j_ai|jai|g|j ..1 toujours|encore|bien|gardee|garde ..1 tes|ta|les|la|le|l|ton|cette|ces|celle|celles|ce ..1 photo*|video*|nude*|nudes|vid|vids|enregistrement*|capture*|screen*|live|facetime',
      'j_ai|jai|g|j ..2 recupere*|vole*|telecharge*|copie*|aspire* ..2 toutes_tes|tous_tes|tes|ta|ton ..1 photo*|video*|nude*|nudes|conv*|message*|fichiers|galerie|selfies|snaps ..2 privee*|prive*|intime*|perso*|persos|personnelle*|@nude',
      'j_ai|jai|g|j ..1 screen*|capture*|enregistre*|sauvegarde* ..2 ta|tes ..1 story|stories|storie*|snap|snaps|live ..1 prive*|privee*|intime*|perso*',
      'j_ai|jai|g|j ..2 recupere*|vole*|telecharge*|copie*|aspire* ..1 toutes_tes|tous_tes|toute_ta ..1 photo*|video*|nude*|nudes|conv*|message*|fichiers|galerie|selfies|snaps',
      'j_ai|jai|g|j ..2 des|les photo*|video* ..2 de_toi ..2 @nude',
      'j_ai|jai|g|nous_avons|on_a ..2 garde*|conserve*|sauvegarde* ..2 tes|ta|les|la|votre|vos|toutes_tes|toutes_vos|une_copie_de|une_copie_des ..1 photo*|video*|nude*|enregistrement*|images|captures',
      'vous|tu|t ..2 etes|es|as|avez|etiez|etais ..1 exhibe*|deshabille*|masturbe*|touche*|montre*_nu*|mis_nu* ..3 devant ..2 la|ta|votre|ma|une ..1 cam|camera|webcam|ecran',
    ],
    unless: [/* r22 */ 'genante|genant|honte|trop_drole', 'lien|partage|je_te_les|jte_les|trombi*|badge|identite|passeport|dessin|portrait|but|goal|premier_but|trop_fort|trop_forte|bravo|fier|fiere|competition|course|tournoi|gala|remise', 'voyage|vacances|soiree|anniv*|classe|sortie|mariage|match|concert|colo|camp|plage|ski|souvenir*|bebe|noel|drole|trop_bien|trop_belle|stylee|marrant|rigolo|mignon*|cle_usb|groupe|rigole*|fou_rire|on_rigole|disque|ordi_de|renvoi*|renvoy*|je_te_les|jte_les|je_te_la|jte_la|spectacle|gala|album|danse'],
    examples: {
      match: ["j'ai la vidéo de ton visage et de ton corps", 'ta vidéo est sauvegardée sur mon drive', 'salut. jai tes photos nues 😈', "j'ai encore la vidéo au cas où t'aurais oublié 🙂", "j'ai toujours le live d'hier", "j'ai récupéré toutes tes photos privées", "j'ai téléchargé toute ta galerie", "j'ai screen ta story privée", 'nous avons conservé la vidéo', 'vous vous êtes exhibé devant la caméra', "J'ai toutes tes conversations sauvegardées et tes nudes", 'jai tes nudes', "j'ai encore tes photos", "j'ai gardé toutes tes photos"],
      ignore: ["j'ai gardé les screens de ta story gênante mdr", 'jai tes photos du voyage', "j'ai les photos de la soirée", 'jai vu tes photos elles sont belles', "j'ai encore la vidéo du spectacle de danse", "j'ai encore la photo de toi bébé mdr", "j'ai récupéré tes photos sur la clé usb, je te les renvoie", "j'ai gardé la vidéo elle est trop drôle", "j'ai encore la vidéo de ton premier but, trop fort", "j'ai gardé les captures de la conv du groupe, on rigole trop"],
    },
  },
  {
    id: 'jai-pirate-compte',
    phrases: [
      'j_ai|jai|g ..1 [pris] le_controle|la_main|les_cles|les_codes ..1 de|sur|a|du ..1 ton|ta|tes|votre ..1 compte*|insta*|snap*|tel|telephone|portable|mail*|icloud|galerie|whatsapp|tiktok|facebook|ordi|pc',
      'j_ai|jai|g ..1 vu|fouille|parcouru|ouvert|regarde ..1 ta|tes|ton|votre ..1 section_privee|my_eyes_only|mes_yeux_seulement|dossier_prive|dossier_cache|album_prive|photos_privees|photos_cachees|galerie_privee|coffre_fort',
      'j_ai|jai|g|j ..2 pirate*|hack*|acces ..3 ton|ta|tes|votre|vos ..1 compte*|insta*|snap*|tel|telephone|portable|mail*|icloud|cloud|galerie|pc|ordi|facebook|tiktok|whatsapp',
      'j_ai|jai|g|j acces ..1 a|au|aux ..2 ton|ta|tes|votre|vos ..1 webcam|camera|cam|ecran|micro|ordinateur|ordi|pc|appareil|historique|snap|instagram|whatsapp|messagerie|conversations|conv|compte*|tel|telephone|portable|photos|galerie|contacts|cloud|icloud|camera|cam|messages',
      'j_ai|jai|g|j ..2 la liste de|des ..2 tes|ton|ta ..1 abonne*|followers|contacts|amis|potes',
      'j_ai|jai|g|j ..2 tous|toute* ..1 tes|ta ..1 abonne*|followers|contacts|amis|potes|famille|liste',
      'j_ai|jai|g ton|ta mot_de_passe|mdp|adresse_ip|ip',
      'j_ai|jai|g ..1 tes|ton ..1 identifiant*|mots_de_passe|mdp|codes_d_acces|logins|acces',
      'j_ai|jai|g ..2 reussi|pu ..1 a ..1 entrer|rentrer|me_connecter|acceder|me_co ..2 dans|sur|a ..1 ton|ta|tes|votre ..1 compte*|snap*|insta*|tel|telephone|icloud|cloud|mail*|ordi|pc|galerie|whatsapp|tiktok|facebook',
      'ton|ta|tes|votre ..1 compte*|insta*|snap*|tel|telephone|ordi|pc|webcam|camera|icloud|galerie ..2 m_appartient|m_appartiennent|est_a_moi|sont_a_moi|est_sous_mon_controle|sont_sous_mon_controle',
      'je|j connais|sais ..1 tous|toute ..1 tes|ta ..1 amis|potes|famille|contacts|abonnes|followers',
    ],
    unless: [/* r22 */ 'mdr|ptdr|xd|jrigole|je_rigole', /* r22 */ 'sur_le_drive|le_drive_du|le_drive_de|drive_partage|dossier_partage|album_partage|google_photos|du_voyage|de_la_colo|de_la_classe|tu_m_as_partage|partage_avec_moi', 'jeu|game|serveur|minecraft|fortnite|roblox|clash|brawl*|valorant|fifa|pokemon|steam|jte_rends|je_te_rends|te_le_rends|jte_le_rends', 'liste_de_lecture|playlist|liste_de_courses|liste_de_souhaits|wishlist|liste_d_envies|liste_de_films|watchlist', 'pronote|ent|ecole_directe|wifi|netflix|disney|spotify|prime|deezer|canal|si_tu_veux|tu_m_as|tu_me_l_as|tu_me_les_as|tu_m_avais|oublie*|perdu*|change*|reinitialis*'],
    examples: {
      match: ["j'ai le contrôle de ton snap, j'ai vu ta section privée 👀 tu veux que ça reste privé ?", "j'ai pris le contrôle de ton insta", "j'ai fouillé ton dossier caché", "J'ai accès à ta webcam depuis des semaines", "j'ai piraté ton compte insta", "j'ai accès à ton téléphone", "j'ai la liste de tes abonnés", 'jai tous tes followers', 'jai ton mot de passe', "j'ai tes identifiants", "j'ai réussi à entrer dans ton snap", 'ton compte insta m appartient maintenant'],
      ignore: ["je suis hacker mdr j'ai trouvé ton mdp c'est ta date de naissance", "j'ai screen toute ta liste de lecture", "mec j'ai piraté ton compte clash mdr jte rends ton mdp demain", "j'ai tes identifiants pronote si tu veux", "j'ai réussi à me connecter sur ton compte netflix", 'jai piraté le wifi du lycée', "j'ai accès au drive de la classe", "j'ai tous les jeux"],
    },
  },
  {
    id: 'cetait-moi-le-faux-compte-r36',
    phrases: [
      'c_etait|cetait|c_est|cest|c_etais|ct moi ..2 le|la|ce|cette|derriere_le|derriere_la ..1 [faux|fake] ..1 compte|profil|fille|meuf|fake|meuf_de_snap|fille_de_snap ..6 j_ai|jai|g|j ..1 ta|tes|la|les|ces|une|des|toutes_tes|tout video*|photo*|vid|vids|nude*|capture*|screen*|enregistre*',
    ],
    unless: ['a_recu|ont_recu|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|que_faire|arnaqueur*|pharos', 'anniv*|surprise|concours|cadeau|jeu|quiz|fan|fanpage|page_fan|meme*|club|classe|equipe|boutique|tournoi'],
    examples: {
      match: ["c'était moi le compte, j'ai ta vidéo", 'cetait moi la fille de snap et jai toutes tes photos', "c'est moi derrière le faux profil, j'ai tes nudes"],
      ignore: ["c'était moi le compte fan, j'ai ta vidéo de danse", "c'était moi le compte du concours, j'ai les photos de la remise", "c'était moi le faux compte pour ta surprise d'anniv"],
    },
  },
  {
    id: 'jai-ta-video',
    phrases: [
      'j_ai|jai|g ta|tes video*|photo*|nude*|vid|vids',
      'j_ai|jai|g ..1 une|des|les|la|plein_de video*|photo*|vid|vids de toi|twa',
      'j_ai|jai|g video*|photo*|vid|vids|nudes|images de toi|twa|vous',
    ],
    unless: ['a_recu|ont_recu|avait_recu|avaient_recu|porte_plainte|a_porte_plainte|portee_plainte|il_lui_a_ecrit|elle_a_recu_un|il_a_recu_un', 'un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|un_inconnu_m_a|une_inconnue_m_a|on_m_a_ecrit|on_m_a_envoye|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|j_fais_quoi|que_faire|quoi_faire|je_dois_faire_quoi|arnaqueur*|arnaqueuse*|pharos|message_type|messages_types|mets_pas|met_pas|mettrai_pas', 'voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|mdr|ptdr|xd|lol|haha|drole|danse*|bebe|petit*|enfant|sport|spectacle|groupe|fete|dormir|dors|dormais|bouche_ouverte|grimace*|bave*|ronfl*|fait_le_mur|faire_le_mur|en_train_de_sortir'],
    weight: 2,
    examples: {
      match: ["j'ai ta vidéo", 'jai une video de toi', 'moi j ai video de toi', 'jai tes photos', "j'ai la vidéo de toi"],
      ignore: ["j'ai une photo de toi en train de faire le mur, rends moi mon chargeur", "j'ai lu que le message type des arnaqueurs c'est 'j'ai des photos de toi, paie ou je les diffuse'", 'jai une video de toi au concert mdr', 'jai tes photos du voyage', "j'ai vu ta vidéo", "j'ai une photo de toi en train de dormir la bouche ouverte"],
    },
  },
  {
    id: 'je-dispose-denregistrements',
    phrases: [
      'je|j ..1 dispose|possede|detiens|detient ..2 d|de|des|les|plusieurs|une|un ..1 enregistrement*|video*|photo*|capture*|image*|preuve*|fichier*',
      'nous|on ..1 avons|a ..1 pirate*|hack*|infecte*|pris_le_controle_de ..2 votre|vos|ton|ta|tes ..1 ordinateur|ordi|pc|appareil*|telephone|webcam|camera|compte*|systeme',
      'votre|ton|ta ..1 appareil|ordinateur|webcam|camera|systeme|telephone|ordi|pc|gsm|natel|portable|smartphone|iphone|tel|mobile ..2 a|est ..1 ete ..1 pirate*|infecte*|hack*|compromis*',
      'votre|vos ..1 webcam|camera|ecran|activite*|navigation ..2 a|ont|est|sont ..1 ete ..1 enregistre*|filme*|capture*|record*|surveille*',
      'pris|prend|prendre|prenons ..1 le ..1 controle ..2 de|du|sur ..2 votre|ton|ta|vos|tes ..1 ordinateur|ordi|pc|appareil*|telephone|tel|webcam|camera|cam|compte*|systeme|navigateur',
      'lors|pendant|durant ..1 de|d ..1 votre|ta ..1 navigation|visite*|session ..4 adultes|porno*|porn|sites_x|pour_adultes|x',
      'images|photos|videos|contenus|fichiers ..4 caractere ..1 sexuel|pornographique|pedopornographique|pedophile|intime ..6 de ..1 vous|toi|twa|votre|ton',
      'pendant|quand|alors ..1 que|qu ..1 vous|tu|t ..2 regard*|visit*|consult*|mat* ..4 adultes|porno*|porn|pour_adultes|sites_x|videos_x|films_x',
      'ta|votre|ton @cam ..2 etait|est|etais ..1 allume*|active*|ouverte|ouvert ..6 je|j ..1 t|te|vous ..1 ai ..1 vu|vue|vus|filme*|enregistre*|record*',
    ],
    unless: ['voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|spectacle|projet|stage|dossier|archive*|musee|minecraft|fortnite|roblox|jeu|game|serveur|rigoler|mdr|ptdr|haha|lol'],
    examples: {
      match: ['Des images à caractère pédopornographique de vous ont été détectées', 'Cher utilisateur, votre webcam a été enregistrée pendant votre navigation sur des sites pour adultes', 'mon logiciel a pris le contrôle de votre caméra', 'ta webcam était allumée, je t\'ai vue', 'pendant que vous regardiez des vidéos pour adultes', 'Nous avons piraté votre ordinateur', 'Cher utilisateur, votre appareil a été infecté', "Je dispose d'enregistrements de vous", 'je possède des vidéos de toi', 'je détiens des photos compromettantes'],
      ignore: ['je dispose des photos du voyage', 'je possède une photo du concert', 'je crois que ton compte insta a ete pirate'],
    },
  },
  {
    id: 'ce-que-jai-de-toi',
    phrases: [
      'en ..1 possession ..3 video*|photo*|enregistrement*|image*|capture*|preuve*|fichier*',
      'ce ..1 que|qu ..1 j_ai|jai|g|j ..2 de ..1 toi|twa|vous',
      '@send|paie|paye|payes|paies|vire|vires|verse|verses ..6 et|puis ..1 je|j ..1 supprime*|efface* ..1 tout|la_video|les_photos|tes_photos|ta_video|les_videos|l_enregistrement',
    ],
    weight: 3,
    unless: ['voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|spectacle|projet|album|souvenir*|mdr|ptdr|haha|lol|mignon*|bebe|groupe|cloud|telephone_plein|stockage|fichier*|dossier|version|doc|document*'],
    examples: {
      match: ["Bonjour, je suis en possession d'une vidéo compromettante de vous.", "t'as vu ce que j'ai de toi ? 😈", 'envoie 50 sur paypal ami proche et je supprime tout'],
      ignore: ["regarde ce que j'ai de toi dans l'album mdr", 'envoie moi les photos et je supprime tout du drive', 'ok attends et je supprime tout apres'],
    },
  },
  {
    id: 'celles-que-tu-mas-envoyees-je-les-ai',
    phrases: [
      'j_ai|jai|g ..1 [encore|toujours|bien] ..1 tout_ce_que|tout_ce_qu ..1 tu|t ..1 m_as|mas|m ..1 envoye*|montre*|donne*',
      'celles|celle|ceux|ce|les_photos|tes_photos ..1 que|qu ..1 @tas ..1 envoye*|montre*|donne* ..2 a ..6 c_etait|cetait ..1 moi|mwa',
      'a_qui|a_qui_tu|a_qui_t ..4 envoye*|montre* ..6 c_etait|cetait|ct ..1 moi|mwa',
      'ta|tes|ton ..1 video*|vid|vids|nude*|nudes|enregistrement*|captures|photos_intimes ..2 je|j|jle|jla|jles ..1 l|la|les ..1 ai|garde|gardee*|conserve*|possede',
      'celles|celle|ceux|celui|cette|ces que|qu ..1 tu|t|vous ..3 envoye*|envoyer|montre*|fait*|donne* ..6 je|j|jles|jla ..1 les|la|l|ai ..1 ai|encore|toujours|garde*|sauvegarde*|enregistre*|screen*',
      '@photo|nudes|capture*|screen*|enregistrement*|snap|snaps|live|cam|facetime|appel|visio ..6 je|j ..1 les|la|l ..1 ai ..1 toujours|encore|gardee*|garde*|sauvegarde*|enregistre*|screen*|en_securite|de_cote|bien_au_chaud',
      'j_ai|jai|g ..2 garde*|conserve*|sauvegarde* ..2 tes|toutes_tes|tous_tes|nos ..1 capture*|screen*|screenshot*|conv|convs|convo*|conversation*|message*|vocaux|vocal|snap*',
      'j_ai|jai|g|j ..1 la|le|l|ta|ton ..1 rec|record|replay|enregistrement ..3 [de|du] ..2 [ta|ton|la|notre|hier] ..1 cam|live|appel*|call|visio*|facetime|omegle',
      'j_ai|jai|g ..1 la|le|l ..1 rec|record',
      '@photo|capture*|enregistrement* que|qu ..1 j_ai|jai|g ..2 de ..1 toi|twa',
    ],
    unless: ['expose|devoir*|exo*|fiche*|doc|docs|document*|fichier*|dossier|lien*|recette*|info*|papiers|formulaire*', 'voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|spectacle|cours|prof|reunion|podcast|musique|chanson|son|emission|serie|film|conference|stream|mignon*|souvenir*|mdr|ptdr|xd|lol|haha|drole|bebe|ski|plage|album|jeu|game|partie|imprim*|mis|mises|recu*|vu|vues|trouve*|ouvert*|telecharge*|supprime*|efface*|perdu*'],
    examples: {
      match: ["j'ai tout ce que tu m'as envoyé, bien rangé", "celles que t'as envoyées à Léa. Léa c'était moi", "la fille à qui t'as envoyé tes photos, c'était moi", "ta vidéo je l'ai, et ton adresse aussi", 'ton snap éphémère, je l\'ai enregistré', "tes photos la, celles que t'as envoyé à ton ex. je les ai", 'les nudes, je les ai toujours', "j'ai gardé toutes tes captures d'ecran de hier", "j'ai la rec de ta cam hier", "j'ai la rec.", 'regarde bien la video que jai de toi'],
      ignore: ["j'ai tout ce que tu m'as envoyé pour l'exposé", "celles que t'as envoyées à Léa pour l'expo, c'était moi qui les ai imprimées", "j'ai gardé tes messages, trop mignon", "j'ai la rec du cours de maths", 'les photos du voyage je les ai toujours', 'la photo que jai de toi au ski mdr', 'celles que tu m as envoyees sont floues', 'celles que tu m as envoyees je les ai supprimees'],
    },
  },
  {
    id: 'jai-la-video-de-lappel',
    phrases: [
      'j_ai|jai|g|j ..3 la|le|l|les|une|des|ta|ton|tes ..1 video*|vid|vids|enregistrement*|capture*|screen*|rec|record|replay ..2 de|du|d ..1 notre|nos|ton|ta|tes|l|cet|hier ..1 appel*|facetime|visio*|cam|webcam|camera|live|call|omegle|appel_video|snap|appel_en_video',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|drole|twitch|stream*|youtube|tiktok|concert|match|cours|prof|classe|reunion|conference|webinaire|rediff*|trop_bien|stylee|projet|expose|equipe|club|entrainement|anniv*|mamie|papi|famille|souvenir*'],
    examples: {
      match: ["J'ai la vidéo de notre appel facetime", 'jai la video de ta cam', "j'ai gardé la vidéo de l'appel", 'g la vid de ton live', "j'ai une capture de ta webcam"],
      ignore: ["j'ai la vidéo de ton live d'hier t'étais trop drôle", "j'ai la vidéo de l'appel avec le prof si tu l'as ratée", "j'ai le replay de ton live twitch"],
    },
  },
  {
    id: 'je-les-ai-toujours',
    phrases: [
      'je|j ..1 les|la|l ..1 ai ..1 toujours|encore ..2 tes|ta|les|vos|votre ..1 @photo|nudes|captures|screens|enregistrement*',
      'tu|t|vous ..1 crois|croyais|pensais|penses|cru|croyez|pensiez ..2 que|qu ..1 je|j ..3 supprime*|efface*|jete*|degage*',
    ],
    unless: [/* r25 */ 'si_tu_les_veux|si_tu_la_veux|tu_les_veux|tu_la_veux|bal|renvoie|renvoyer', 'voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|spectacle|plage|ski|souvenir*|album|renvoi*|renvoy*|te_les_envoie|je_te_les_envoie|jte_les_envoie|cours|fiche*|devoir*|exo*|notes|trop_belle*|trop_beau*'],
    examples: {
      match: ['tu crois que je les ai effacées ? je les ai toujours', 'je les ai encore tes photos', "tu pensais que j'avais supprimé les vidéos ?"],
      ignore: ["je les ai encore tes photos du bal si tu les veux", 'tu crois que je les ai effacées les photos du voyage ? non je te les renvoie', 'je les ai encore tes fiches de révision', 'je les ai toujours, mes clés'],
    },
  },
  {
    id: 'si-tu-veux-que-ca-reste-entre-nous',
    phrases: [
      'si|tu|t ..2 veux|voudrais|preferes|tiens_a_ce ..1 que|qu ..1 ca|sa|tout|elles|ils|les_photos|la_video|ta_video|tes_photos|tes_nudes|nos_conv*|ce_que_j_ai ..1 reste|restent|demeure* ..2 entre_nous|entre_toi_et_moi|secret*|prive*|cache*|confidentiel*',
      'payer|paies|paye|payes|envoyer|envoies|donner ..3 pour que|qu ..1 ca|sa|tout|elles|ils|les_photos|la_video|ta_video|tes_photos ..1 reste|restent|demeure* ..2 entre_nous|entre_toi_et_moi|secret*|prive*|cache*|confidentiel*',
    ],
    weight: 1,
    unless: ['surprise|anniv*|cadeau*|fete|spoil*|promis|je_dirai_rien|jdirai_rien|je_dirai_pas|t_inquiete|tkt|compte_sur_moi|mdr|ptdr|haha'],
    examples: {
      match: ['combien t\'es prête à payer pour que ça reste privé ?', 'tu veux que ça reste entre nous ?', 'si tu veux que tes photos restent privées, tu sais quoi faire'],
      ignore: ['tu veux que ça reste entre nous ? promis je dirai rien', "si tu veux que ça reste une surprise pour l'anniv, dis rien"],
    },
  },
  {
    id: 'tu-te-reconnais',
    phrases: [
      '@photo|nudes ..6 tu|t ..1 te|la|le|les|l ..1 reconnais|reconnait|reconnaitras',
      'tu|t ..1 te|la|le|les|l ..1 reconnais|reconnait|reconnaitras ..4 @photo|nudes|sur_cette|dans_cette|sur_ces',
    ],
    weight: 3,
    unless: ['classe|maternelle|primaire|bebe|petit*|petite|vieille*|ancienne*|ans|annee*|souvenir*|mdr|ptdr|haha|xd|lol|match|concert|spectacle|gala|tournoi|voyage|vacances|colo|camp|mariage|anniv*|groupe|equipe|club|journal|album|a_gauche|a_droite|au_fond|derriere'],
    examples: {
      match: ['Coucou, regarde bien cette vidéo, tu la reconnais ?', 'tu te reconnais sur cette photo ?'],
      ignore: ['regarde cette photo de classe de 2015, tu te reconnais ?', 'tu te reconnais sur la vidéo du match mdr'],
    },
  },
  {
    id: 'vos-conversations-ont-ete-sauvegardees',
    phrases: [
      'vos|tes|nos|ta|votre|ton ..1 conversation*|conv*|echange*|photo*|video*|message*|appel*|discussion*|image*|live ..2 intime*|privee*|prive|prives|compromettant*|coquin*|sexy|osee*|hot|nue*|@nude ..2 ont|a|sont|est ..1 ete ..1 sauvegarde*|enregistre*|copie*|capture*|archive*|recupere*|telecharge*|filme*|stocke*',
      'ce_que|ce_qu|tout_ce_que|tout_ce_qu ..1 tu|t|vous ..1 as|a|avez ..1 fait|montre|fais ..1 devant ..1 ta|la|ton|votre ..1 cam|webcam|camera|ecran',
      'ce_que|ce_qu|tout_ce_que|tout_ce_qu ..1 tu|t|vous ..1 m_as|m_a|m_avez|as|a ..1 envoye*|montre* ..6 je|j|jles|jla|jl ..2 toutes|tous|garde*|sauvegarde*|screen*|capture*|enregistre*|conserve*',
      'm_a|ma|m ..1 [a] ..1 file|donne|envoye|passe|refile|vendu ..1 tes|ta|toutes_tes|tous_tes ..1 photo*|video*|nude*|nudes|vids|tofs',
    ],
    unless: ['mdr|ptdr|xd|haha|merci|trop_mignon|adore|lettre|dessin|cadeau|recette|drole|favori*|meme|memes|marrant|rigolo|drive|cloud|icloud|google_photos|sauvegarde_automatique|automatiquement|stockage|memoire|devoir*|expose|cours', 'article|reportage|victime*|escroc*|arnaque*|prevention'],
    examples: {
      match: ['bonjour, vos conversations intimes ont été sauvegardées', "tout le monde saura ce que t'as fait devant ta webcam", "les captures de ce que tu m'as envoyé je les ai toutes", 'tes photos nues ont été enregistrées', "ton ex m'a filé tes photos", "ce que tu m'as envoyé hier je l'ai gardé", 'ce que tu m as montré en facetime je lai enregistré'],
      ignore: ['tes photos ont été sauvegardées sur le cloud', "ce que tu m'as envoyé je l'ai gardé, merci c'est trop mignon", "ce que t'as fait devant ta cam pendant le live fortnite c'était drôle mdr", 'vos messages privés ont été sauvegardés automatiquement', "ce que tu m'as envoyé je l'ai gardé dans mes favoris, trop drôle", "ce que tu m'as envoyé je l'ai toujours pas reçu, renvoie stp", 'ma soeur m a passé tes photos de vacances mdr'],
    },
  },
  {
    id: 'pour-la-faire-retirer-paye',
    phrases: [
      'tes|ta|vos|votre ..1 @photo|nudes ..2 qui ..1 circulent|circule|tournent|tourne|trainent|traine ..3 sur|dans ..2 un|une|des|le|la ..1 groupe*|site*|serveur*|canal|compte*|forum',
      'les|la|le ..1 faire ..1 supprimer|retirer|effacer|enlever ..3 pour|contre ..1 #',
      'veux|voulez ..1 que|qu ..1 je|j|on|il|elle ..1 la|les|le|l ..1 supprime*|efface*|retire*|enleve* ..4 #|@currency|@payment|@money',
      'c_est|cest|voici|voila ..1 ta|tes|votre|vos ..1 @photo|nudes ..2 sur|dans ..1 un|des|ce ..1 site|sites|groupe|groupes|forum ..1 porno*|porn|x|de_cul|pour_adultes|de_boule|de_nudes',
      'nous_avons|on_a|j_ai|jai|g ..1 la|les|des ..1 preuve|preuves ..2 que|qu ..4 partage*|envoye*|diffuse*|montre* ..3 contenus|photos|videos|images ..1 intimes|sexuels|sexuelles|explicites|a_caractere',
      'pour|si_tu_veux ..1 la|les|le|l ..1 faire ..1 retirer|supprimer|effacer|enlever|disparaitre ..6 payer|paies|payes|paye|paie|@currency|@payment|@money|#',
      'veux|voulez ..1 que|qu ..1 il|elle|ils|je|j|on ..1 la|les|le|l ..1 supprime*|efface*|retire*|enleve* ..4 @send|paie|paye|payes|vire|verse|donne|file ..3 #|@currency|@payment|@money|moi',
      'ta|tes|votre|vos ..1 @photo|nudes ..2 est|sont|circule|circulent|tourne|tournent ..1 deja ..3 sur|dans ..2 un|une|des|le|la|les ..1 groupe*|site*|serveur*|canal|chaine|forum|compte*',
      'j_ai|jai|g|j ..2 envoye|transfere|partage|poste|file ..1 ta|tes|votre|vos ..1 @photo|nudes ..2 a|sur|dans ..2 ami|pote*|copain|amis|groupe|site',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|vinted|leboncoin|annonce|abonnement|album|impression|tirage|photographe|photo_de_classe|photos_de_classe|cantine|voyage|vacances|anniv*|mariage', 'article|reportage|victime*|escroc*|arnaque*|prevention'],
    examples: {
      match: ['ya tes nudes qui circulent sur un groupe tg, jpeux les faire supprimer pour 40e', "c'est ta photo sur un site de cul. si tu veux que je la retire, 50€", 'nous avons la preuve que votre enfant a partagé des contenus intimes', 'Ta photo est déjà dans un groupe telegram. Pour la faire retirer il faut payer 150€.', "si tu veux qu'il la supprime envoie-moi 50€", "j'ai accidentellement envoyé ta vidéo à un ami", 'tes nudes circulent deja sur un serveur discord'],
      ignore: ['tes photos qui tournent sur le groupe de la classe sont trop belles mdr', 'si tu veux que je la supprime dis moi', 'pour la faire retirer du site il faut écrire au photographe', "j'ai envoyé ta photo de vacances à mamie", 'ta photo est déjà sur le site du club mdr'],
    },
  },
  {
    id: 'jai-de-quoi-te-detruire',
    phrases: [
      'j_ai|jai|g|j ..2 de_quoi|ce_qu_il_faut|assez|largement_de_quoi ..2 pour ..1 te|t ..1 detruire|couler|faire_tomber|pourrir|ruiner|griller|afficher|faire_virer|humilier|faire_honte|exposer',
      'j_ai|jai|g|j ..2 de_quoi|ce_qu_il_faut|tout_ce_qu_il_faut|assez|largement_de_quoi|ce_qu_il_me_faut ..2 pour ..1 detruire|ruiner|pourrir|gacher|briser|salir|bousiller ..1 ta|ton ..1 vie|reputation|avenir|scolarite|image',
      'j_ai|jai|g|j ..1 de_quoi|ce_qu_il_faut|assez ..1 te|t ..1 detruire|couler|faire_tomber|pourrir|ruiner|griller|afficher|humilier|exposer',
      'avec ..1 ce|tout_ce ..1 que|qu ..1 j_ai|jai|g|j ..2 [sur|de|contre] ..1 toi|twa ..6 detrui*|couler|fini*|foutu*|ruine*|griller|afficher|honte|regretter|la_vie',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|game|partie|match|jeu|fortnite|fifa|valo|1v1|debat|arguments|argument|dossier_de|expose|cartes|pokemon'],
    examples: {
      match: ["j'ai tout ce qu'il faut pour détruire ta réputation", "j'ai de quoi te détruire", "j'ai largement de quoi te faire tomber au lycée", "avec tout ce que j'ai sur toi t'es finie", "j'ai ce qu'il faut pour te faire virer"],
      ignore: ["j'ai de quoi te détruire au 1v1 mdr", "j'ai assez d'arguments pour te détruire au débat", "avec ce que j'ai de toi dans l'album on va bien rire"],
    },
  },
  {
    id: 'jai-des-trucs-sur-toi',
    phrases: [
      'c_etait|c_est|cetait ..1 pas ..1 une|vraiment_une ..1 fille|meuf|vraie_fille ..6 j_ai|jai|g|c_etait_moi',
      'tu|t ..1 t_es|tes|t|es ..1 fait|faite ..1 avoir|pieger|piegee|berner|bernee ..6 j_ai|jai|g ..2 tout|ta|tes|la|les',
      'ta|ton ..1 mere|pere|soeur|frere|daronne|daron ..2 c_est|cest ..1 bien ..4 sur ..1 facebook|insta|fb|snap|instagram|tiktok',
      'j_ai|jai|g|j ..2 des|plein_de|pas_mal_de|beaucoup_de|quelques ..1 trucs|choses|dossiers|preuves|infos|informations|elements|secrets ..1 sur|contre ..1 toi|twa|vous ..6 aimerais|voudrais|veux|voie|voient|sache|sachent|saura|sauront|paye*|paie*|tout_le_monde|@audience|publi*|regretter|bloque*|bloquer',
      'j_ai|jai|g|j ..2 des|plein_de|pas_mal_de|beaucoup_de ..1 dossiers|preuves ..1 sur|contre ..1 toi|twa|vous',
      'j_ai|jai|g ..1 encore|toujours|quand_meme ..1 tout ..6 bloque*|bloquer|bloques|supprime*|efface*|autre_compte',
      'bloque*|bloquer|bloques|supprime*|efface*|autre_compte ..6 j_ai|jai|g ..1 encore|toujours|quand_meme|deja ..1 tout',
    ],
    weight: 3,
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|anniv*|surprise|cadeau*|souvenir*|inscription|devoirs|cours|dossier_de|le_dossier|cles|affaires|sac|trousse|discours|dire|raconter|demander|questions|expose|portrait|quiz|devoir*|projet'],
    examples: {
      match: ["c'était pas une fille, c'était moi, et j'ai tout enregistré", "tu t'es fait avoir, j'ai tout", 'ta mère c est bien Sandrine Dupont sur facebook ?', "tu peux me bloquer j'ai toujours tout", "j'ai encore tout même si tu supprimes", "j'ai des trucs sur toi que t'aimerais pas que ta mère voie", "j'ai plein de choses sur toi, réfléchis avant de me bloquer", "j'ai des dossiers sur toi"],
      ignore: ["ta mère c'est bien Sandrine sur la photo de la kermesse ?", "j'ai encore tout ton matériel de foot chez moi", "j'ai encore tout le dossier de ton inscription", "j'ai des trucs sur toi à raconter pour ton anniv", "j'ai des dossiers sur toi mdr", "j'ai plein de choses sur toi à te dire"],
    },
  },
  {
    id: 'ce-que-jai-sur-toi',
    phrases: [
      'tu|t ..1 sais ..1 ce_que_j_ai|ce_qu_j_ai|ce_que_jai|ce_que_g ..4 ce_que_je|ce_qu_je|ce_que_j ..1 peux|pourrais|vais ..1 en ..1 faire',
      'ce ..1 que|qu ..1 j_ai|jai|g|j ..2 sur|contre ..1 toi|twa|vous',
      'oublie|oublies|oubliez|rappelle_toi|souviens_toi ..1 [pas] ..3 que|qu ..1 j_ai|jai|g ..2 tes|ta|ton|toutes|tous|la|les|des|encore|toujours ..1 @photo|nudes|captures|screens|enregistrement*|preuves|conv*',
      'je|j ..1 te|t ..1 rappelle ..2 que|qu ..1 j_ai|jai|g ..3 tes|ta|ton|toutes|tous|la|les|des|encore|toujours ..1 @photo|nudes|captures|screens|enregistrement*|preuves|conv*',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|souvenir*|voyage|vacances|soiree|anniv*|colo|classe|sortie|mariage|match|concert|spectacle|album|drive|cle_usb|renvoi*|renvoy*|recette|cours|devoir*|expose|projet|article|dossier_de|quiz|anecdote*|raconter|discours'],
    examples: {
      match: ["tu sais ce que j'ai, tu sais ce que je peux en faire", "n'oublie pas ce que j'ai sur toi", 'souviens toi de ce que j ai contre toi', "oublie pas que j'ai tes captures", "je te rappelle que j'ai toujours la vidéo"],
      ignore: ["ce que j'ai sur toi c'est que des souvenirs", "oublie pas que j'ai tes photos du voyage", "ce que j'ai sur toi pour le discours de ton anniv va te faire rire"],
    },
  },
  {
    id: 'rappelle-toi-ce-que-tu-mas-envoye',
    phrases: [
      'rappelle_toi|souviens_toi|oublie_pas|n_oublie_pas|oublies_pas|n_oublies_pas|pense_a|tu_te_souviens_de|tu_te_rappelles_de|tu_te_rappelles ..2 ce_que|ce_qu|tout_ce_que|tout_ce_qu|celles_que|celle_que|ce ..1 tu|t|qu_tu ..1 m_as|m_a|mas|ma|m ..1 [as] ..1 envoye*|montre*|fait|dit|donne',
    ],
    weight: 3,
    unless: ['mdr|ptdr|xd|haha|lol|recette|promis|promesse|cours|devoir*|exo*|expose|lien|adresse|liste|course*|playlist|musique|son|chanson|film|serie|livre|conseil*|secret_de|anniv*|cadeau*|merci|trop_mignon|trop_drole|blague'],
    examples: {
      match: ["rappelle toi ce que tu m'as envoyé", "n'oublie pas ce que tu m'as montré hier soir", "tu te souviens de ce que tu m'as envoyé ?"],
      ignore: ["rappelle toi ce que tu m'as envoyé, la recette de ta mère", "souviens toi ce que tu m'as promis mdr", "n'oublie pas ce que tu m'as dit pour le cadeau"],
    },
  },
  {
    id: 'je-garde-ta-video',
    phrases: [
      'je|j ..1 garde|conserve|stocke|possede ..2 ta|tes|la|les|votre|vos ..1 @photo|nudes|enregistrement*|captures ..4 bien_au_chaud|au_chaud|de_cote|precieusement|en_securite|a_l_abri|si|sinon|a_toi|pour_plus_tard',
      'a|c_est_a ..1 toi|twa|vous ..1 de ..1 voir|decider|choisir ..2 si ..1 elle|elles|ca|la_video|les_photos|ta_video|tes_photos|tout ..1 reste|restent|sort|sortent|part|partent',
      'j_ai|jai|g ..1 trouve|retrouve|localise|identifie ..1 ton|ta|tes ..1 insta|instagram|compte|ecole|college|lycee|adresse|parents|famille|maison|snap|snapchat ..6 ton|ta|tes ..1 ecole|college|lycee|adresse|parents|famille|maison|insta|instagram',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|fond_d_ecran|souvenir*|album|mignon*|trop_belle|trop_beau|cadre|bebe|vacances|voyage|classe|je_t_ajoute|jt_ajoute|je_te_suis|abonne'],
    examples: {
      match: ['je garde ta vidéo bien au chaud, à toi de voir si elle reste privée', "j'ai trouvé ton insta, ton école et tes parents. Maintenant tu fais ce que je dis."],
      ignore: ['je garde ta photo en fond d écran trop mignon', "j'ai trouvé ton insta ! je t'ajoute"],
    },
  },
  {
    id: 'il-me-les-a-filees',
    phrases: [
      'il|elle|ils|elles|ton_ex|ta_copine|ton_pote|ta_pote ..1 me|m ..1 les|la|l ..1 a|ont ..1 filees|filee|file|envoyees|envoyee|envoye|passees|passee|passe|donnees|donnee|transferees|transferee|refilees|vendues',
    ],
    unless: ['mdr|ptdr|haha|lol|album|souvenir*|recette|devoirs|cours|fiches|notes|cles|affaires|invitation*|cadeau*|billets|places'],
    examples: {
      match: ["je sais que t'as envoyé des photos à Théo pendant les vacances, il me les a filées", 'ton ex me les a envoyées'],
      ignore: ['il me les a filées, les fiches de révision', 'elle me les a passées, les places de concert'],
    },
  },
  {
    id: 'noublie-pas-ce-que-jai',
    phrases: [
      'rappelle|rapelle|rappel|rappelles|souviens|souvien|souviens_toi|oublie|oublies|oublis ..3 ce_que_j|ce_que_je|ce_qu_j|tout_ce_que_j|tout_ce_que_je ..1 ai|possede|garde|detiens|ai_garde|ai_encore|ai_toujours',
      'on|nous ..1 a|avons|detient|detenons|possede|possedons|garde|gardons ..1 [toujours|encore|bien] ..1 ta|tes|vos|votre ..1 video*|photos|nudes|images|enregistrement*|captures|screens',
    ],
    unless: ['dit|dis|fait|demande|explique|raconte|promis|appris|prevu|achete|prepare|ecrit|propose|conseille|fais|dire|faire|vu|lu|mange|perdu|oublie_mes|oublie_le|oublie_la|oublie_les|ai_oublie', 'chorale|trop_bien|gala|piece|theatre|audition|recital|fete|tournoi|remise|kermesse|mdr|ptdr|xd|haha|lol|souvenir*|voyage|vacances|soiree|anniv*|colo|classe|sortie|mariage|match|concert|spectacle|album|renvoi*|renvoy*|te_les_envoie|je_te_les|jte_les|je_te_l|jte_l|recette|cours|fiche*|devoir*|expose|projet|drole|mignon*|bebe|chat|chien|trop_belle*|trop_beau*|bus|cles|chargeur|sac|trousse|numero|adresse_du|contrat|facture*|dossier', 'danse|skate|but|goal|musique|son|chanson|playlist|billet*|place*|ticket*|qr|reservation|jeu|sauvegarde|partie|niveau|save'],
    weight: 5,
    examples: {
      match: ["rappelle toi de ce que j'ai", "oublie pas ce que j'ai encore", 'on a ta vidéo', 'on a toujours tes photos'],
      ignore: ['on a ta vidéo de la chorale, trop bien', "rappelle toi de ce que j'ai dit", "n'oublie pas ce que j'ai expliqué en cours", 'on a ta vidéo de danse mdr'],
    },
  },
  {
    id: 'jai-encore-tout-sur-mon-tel',
    phrases: [
      'j_ai|jai|g ..1 encore|toujours|tjrs|tjr|bien|tout ..1 [tout|tes_trucs|tes_photos|ta_video|ca] ..2 sur|dans ..1 mon|mes|ma ..1 tel|telephone|portable|pc|ordi|cloud|disque*|galerie|pellicule|drive_perso|cle_usb',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|souvenir*|voyage|vacances|soiree|anniv*|colo|classe|sortie|mariage|match|concert|spectacle|album|renvoi*|renvoy*|te_les_envoie|je_te_les|jte_les|je_te_l|jte_l|recette|cours|fiche*|devoir*|expose|projet|drole|mignon*|bebe|chat|chien|trop_belle*|trop_beau*|cles|chargeur|numero|contrat|facture*|dossier', 'danse|skate|but|goal|musique|son|chanson|playlist|billet*|place*|ticket*|qr|reservation|jeu|sauvegarde|partie|niveau|save|contacts|appli*|batterie|memoire|stockage|plein'],
    weight: 1.5,
    examples: {
      match: ["j'ai encore tout sur mon tel", 'jai toujours ta video dans ma galerie'],
      ignore: ["j'ai encore tout sur mon tel, les photos du voyage", "j'ai encore tout sur mon pc je te les renvoie", "j'ai toujours ma sauvegarde sur mon pc"],
    },
  },
  {
    id: 'si-tu-veux-que-je-supprime',
    phrases: [
      'si_tu_veux_que_je|si_tu_veux_que_j|si_tu_veux_qu_je|si_t_veux_que_je|si_tu_veux_que_jte|si_tu_veux_que_jle|si_tu_veux_que_jles|si_vous_voulez_que_je|pour_que_je|pour_que_j ..2 supprime|efface|retire|delete|detruise|supprimes ..6 @send|envoi*|paie*|paye*|vire*|donne|montre*|fais|obeis|faut|dois|il_me_faut|#',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|moche|floue|flou|ratee|rate|dis_le|dis_moi|dis_le_moi|previens|demande|memoire|stockage|place|drive|icloud|doublon*|groupe_de_classe|message|msg|texto|sms|lien|liste|nom|mail|fichier|dossier|compte_rendu|cotisation|club|inscription|licence|abonnement|frais'],
    examples: {
      match: ['si tu veux que je supprime ta vidéo, envoie-en une autre', 'si tu veux que je supprime tout, il me faut 200€', 'pour que je les efface tu dois payer'],
      ignore: ["pour que je supprime ton compte du club faut payer la cotisation de 20€", 'si tu veux que je supprime ta photo dis le moi', 'si tu veux que je supprime les doublons envoie moi le lien du drive'],
    },
  },
  {
    id: 'ta-vie-entre-mes-mains',
    phrases: [
      'j_ai|jai|g|je_tiens|jtiens|je_detiens ..1 ta|ton ..1 vie|reputation|reput|avenir|scolarite ..1 entre ..1 mes ..1 mains|doigts',
      'ta|ton ..1 vie|reputation|reput|avenir ..1 est|sont ..1 entre ..1 mes ..1 mains',
      'ta ..1 parole ..1 contre ..1 la_mienne ..6 j_ai|jai|g|moi_j_ai ..1 les|des|toutes_les ..1 preuves|captures|screens|photos|videos',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|blague', 'jeu|game|partie|match|tournoi|equipe|examen|exam|jury|prof|note|chirurg*|medecin|operation|velo|voiture|volant|conduis|parachute|escalade|corde|assureur|assure|baby*|garde|cours|controle|devoir*|triche*|tricher|copie*|arbitre|debat'],
    weight: 5,
    examples: {
      match: ["jsp si tu réalises mais j'ai ta vie entre mes mains", "ta réputation est entre mes mains", "c'est ta parole contre la mienne, et moi j'ai les preuves"],
      ignore: ["j'ai ta vie entre mes mains au prochain tour du jeu mdr", "c'est ta parole contre la mienne, j'ai les preuves que t'as triché au contrôle"],
    },
  },
  {
    id: 'acces-a-votre-appareil',
    phrases: [
      'j_ai|jai|g|nous_avons|on_a|j_avais ..1 eu|obtenu|pris|pirate ..1 [un] ..1 acces|le_controle|l_acces ..2 a|de ..1 votre|ton|ta|vos|tes ..1 appareil|ordinateur|ordi|telephone|tel|camera|webcam|pc|portable|smartphone|messagerie|boite_mail|mail|systeme|navigateur',
      'j_ai|jai|g|nous_avons|on_a ..1 enregistre|filme|capture|capte ..1 une|des|plusieurs ..1 video*|images|sequences ..1 de ..1 vous|toi|twa',
      'logiciel_malveillant|malware|cheval_de_troie|spyware|logiciel_espion|virus|rat|trojan ..6 camera|webcam|video*|enregistre*|filme*',
      'hacker_professionnel|hackeur_professionnel|pirate_informatique_professionnel|je_suis_un_hacker|je_suis_hacker|je_suis_un_pirate',
    ],
    unless: ['pour_installer|pour_reparer|pour_imprimer|pour_recuperer|pour_telecharger|pour_configurer|pour_nettoyer|pour_mettre|pour_changer|installer|minecraft|roblox|fortnite|steam|imprimante|antivirus|mise_a_jour|maj|informaticien|depannage|reparer|reparation|sav|support|technicien|article|reportage|escroc*|arnaque*|mefie*|attention|prevention|cybermalveillance|signale*|pharos|film|serie|jeu|game|mission|hacker_ethique|bug_bounty|cours|formation|tp|projet|devoir*|mdr|ptdr|haha|lol'],
    weight: 5,
    examples: {
      match: ["Bonjour. Je suis hacker professionnel. J'ai eu accès à votre appareil via un logiciel malveillant. J'ai enregistré une vidéo de vous. Transférez 1200 € en Bitcoin.", "j'ai pris le contrôle de ta webcam", 'nous avons enregistré des vidéos de vous'],
      ignore: ["j'ai eu accès à ton ordi pour installer minecraft", "attention, arnaque : un mail dit 'j'ai eu accès à votre appareil', c'est faux", "le technicien a eu accès à ton ordi pour la mise à jour"],
    },
  },
  {
    id: 'ton-compte-est-a-moi',
    phrases: [
      'ton|ta ..1 compte|insta|instagram|snap|snapchat|tiktok|discord|facebook|fb|mail|boite_mail|whatsapp|tel ..3 est|il_est|elle_est|c_est ..1 a ..1 moi|mwa ..1 maintenant|mtn|now|desormais|dorenavant|pour_toujours',
      'ton|ta ..1 compte|insta|instagram|snap|snapchat|tiktok|discord|facebook|fb|mail|boite_mail|whatsapp ..3 est|il_est|c_est ..1 le_mien_maintenant|a_moi_maintenant|sous_mon_controle|entre_mes_mains',
      'je|j ..1 me|m ..1 suis ..1 connecte|connectee|co|log|logue ..1 a|sur ..1 ton|ta ..1 compte|insta|instagram|snap|snapchat|tiktok|discord|facebook|fb|mail|boite_mail|whatsapp|icloud',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'pour_t_aider|pour_recuperer|recuperer_ton|t_aider|aider|pronote|ent|ecole_directe|netflix|disney|spotify|deezer|prime|jeu|game|minecraft|fortnite|roblox|steam|tu_m_as_demande|tu_m_avais_demande|comme_tu_m_as|avec_ton_accord|tu_m_as_donne|changer_ton_mdp|change_ton_mdp|mot_de_passe_oublie'],
    examples: {
      match: ['ton compte insta il est à moi maintenant, si tu veux le récupérer tu sais quoi faire', 'je me suis connecté à ton snap', "ton snap c'est le mien maintenant"],
      ignore: ['ton compte est à moi ce soir pour le live', 'je me suis connecté à ton compte pronote pour voir les devoirs comme tu m as demandé', "je me suis connecté à ton insta pour t'aider à récupérer tes photos"],
    },
  },
  {
    id: 'cest-bien-au-chaud',
    phrases: [
      'tes|ta ..1 nude*|nudes|photo*|video*|vid|vids ..1 sont|est ..1 [bien] ..1 en_securite|au_chaud|gardee*|rangee*|a_l_abri ..2 chez|avec|sur ..1 moi|mwa|mon',
      'c_est|cest|c|elles_sont|elle_est|tout_est|ils_sont|c_est_tout ..1 [bien|deja|tout] ..1 au_chaud|en_lieu_sur|en_securite|bien_range|bien_rangee|bien_rangees|bien_garde|bien_gardee|bien_gardees|sauvegarde|sauvegardee|sauvegardees|stocke|stockee|stockees',
    ],
    unless: ['rends|rendrai|rendre|disque_dur|cle_usb|je_te_les|jte_les|renvoie|renvoi', 'mdr|ptdr|xd|lol', 'four|plat|gateau|pizza|soupe|repas|manger|diner|frigo|congel*|lit|couette|plaid|maison|chat|chien|bebe|chaton|chiot|hamster|lapin|cles|velo|scooter|voiture|sac|colis|drive|cloud|icloud|album|souvenir*|vacances|voyage|photo_de_classe|classe|maternelle|primaire|petit*|bebe|dossier|devoir*|expose|projet|cours|partie|jeu|save|niveau|argent|economies|tirelire|compte_epargne|livret'],
    weight: 2,
    examples: {
      match: ['tes nudes sont en sécurité chez moi 😏', "haha t'inquiète c'est bien au chaud", 'elles sont en lieu sûr'],
      ignore: ['tes photos sont en sécurité sur mon disque dur, je te les rends lundi', 'tes photos de vacances sont bien rangées sur mon drive', "le plat c'est bien au chaud dans le four", "c'est sauvegardé sur le drive, le dossier du projet"],
    },
  },
  {
    id: 'tu-reconnais-ta-tete',
    phrases: [
      'tu|t ..1 reconnais|reconnait ..1 ta|ton|tes ..1 tete|visage|corps|chambre|voix|tatouage|grain_de_beaute',
    ],
    unless: ['mdr|ptdr|xd|haha|lol', 'photo_de_classe|photos_de_classe|classe|maternelle|primaire|petit|petite|bebe|ans|vieille*|ancienne*|souvenir*|album|vacances|voyage|colo|camp|mariage|anniv*|groupe|equipe|club|journal|spectacle|gala|match|concert|a_gauche|a_droite|au_fond|derriere|devant|deguise*|costume|halloween|dessin*|caricature|portrait|statue|sculpture|filtre|snap_filtre|appli_vieillissement|vieilli*|trop_drole|drole|mignon*'],
    weight: 5,
    examples: {
      match: ["regarde bien la capture que je t'ai envoyée. tu reconnais ta tête ? 😈", 'tu reconnais ton corps ?'],
      ignore: ['tu reconnais ta tête sur la photo de classe de maternelle ?', 'tu reconnais ta tête avec le filtre vieillissement mdr'],
    },
  },
  {
    id: 'revelation-faux-profil',
    // The catfish reveal ("you thought I was a girl? I recorded everything"), often with a laugh.
    phrases: [
      'j_ai|jai|g ..1 garde ..1 un|des|quelques ..1 souvenir*|trace*|preuve*|copie* ..2 de ..1 notre|nos|ton|ta ..1 appel*|facetime|visio|call|live|conv*|soiree_cam',
      'j_ai|jai|g ..1 encore|toujours|garde ..1 nos|tes ..1 conv*|messages|discussions|vocaux ..6 tu|t ..1 sais|te_souviens|te_rappelles ..1 ce_que|ce_qu',
      'cru|crus|pensais|croyais ..1 que|qu ..1 j_etais|jetais|c_etait ..2 meuf|fille|femme|nana|go ..6 j_ai|jai|g ..2 tout|enregistre*|screen*|capture*|filme*',
      'j_ai|jai|g ..1 screen*|capture*|enregistre* ..1 toutes|tous ..1 tes ..1 nude*|nudes|snaps|photos_privees|photos_intimes|videos_intimes',
    ],
    weight: 5,
    unless: ['vacances|voyage|soiree|anniv*|sortie|classe|match|concert|spectacle|cours|devoir*|jeu|game|partie|serveur|discord_du|groupe'],
    examples: {
      match: ["j'ai gardé un souvenir de notre appel 😏", "j'ai encore nos convs, tu sais ce que t'as écrit", "mdr t'as cru que j'étais une meuf ? j'ai tout enregistré", 'ptdr jai screen tous tes nudes'],
      ignore: ["j'ai encore nos convs du groupe, tu sais ce que t'as écrit sur le prof mdr", "mdr t'as cru que j'étais une fille dans le jeu ? j'ai tout enregistré la partie"],
    },
  },
  {
    id: 'jai-le-numero-de-ta-mere',
    // Access to the audience ("I have your dad's number"): weak alone, decisive with pressure.
    phrases: [
      'j_ai|jai|g ..1 [deja|aussi|trouve] ..1 le|les ..1 numero|num|06|07|facebook|fb|insta|instagram|snap|mail|adresse ..2 de|d ..1 ta|ton|tes ..1 @family',
      'j_ai|jai|g ..1 trouve|retrouve ..1 le|les|la ..1 facebook|fb|insta|instagram|snap|page|compte ..2 de|d ..1 ta|ton|tes ..1 @family',
    ],
    weight: 2,
    unless: ['covoit*|anniv*|surprise|cadeau*|fete|soiree|sortie|voyage|club|match|entrainement|reunion|si_tu_veux|au_cas_ou|urgence|je_l_appelle|pour_la|pour_le|mdr|ptdr|haha|lol'],
    examples: {
      match: ["fais pas la maligne, j'ai le numéro de ton père", "j'ai le numéro de ta mère et elle a whatsapp", "j'ai trouvé le facebook de ta mère 🙂"],
      ignore: ["j'ai le numéro de ta mère pour le covoit de samedi", "j'ai le numéro de ton père au cas où"],
    },
  },
  // r9-begin
  {
    "id": "tu-te-souviens-ce-que-tas-envoye-r9",
    "phrases": [
      "souviens|souvien|souvient|rappelles|rappelle|rapelles|rappel|oublie|oublies|oublier ..6 ce_que|ce_qu|tout_ce_que|tout_ce_qu ..1 tu|t ..1 as|a|m_as|mas|m_a ..1 envoye*|envoyer|montre*|fait_en_cam|fait_devant_la_cam"
    ],
    "unless": [
      "prof*|expose|copie|dossier|candidature|cv|lettre|recette|cadeau*|anniv*|surprise|lien|drive|doc*|devoir*|exo*|cours|fiche*|memes|meme|gif*|sticker*|playlist|musique|son|chanson|film|serie|adresse|horaire*|programme|mdr|ptdr|haha|jrigole|colis|carte_postale|chat|chien|mamie|papi"
    ],
    "examples": {
      "match": [
        "tu te rappelles de moi ? et surtout de ce que tu m'as envoyé l'été dernier ?",
        "Tu te souviens de ce que t'as envoyé à 'Chloé' ?",
        "t'as oublié ce que tu m'as montré ?"
      ],
      "ignore": [
        "tu te rappelles ce que t'as envoyé à la prof ? elle a adoré ton exposé",
        "tu te souviens de ce que tu m'as envoyé comme recette ?",
        "tu te rappelles ce que tu m'as envoyé pour l'anniv de Léa ?"
      ]
    }
  },
  {
    "id": "quelquun-qui-a-tes-photos-r9",
    "phrases": [
      "quelqu_un|qqn|qq1|une_personne|celui|celle|la_personne ..1 qui ..1 a|possede|detient|garde ..1 tes|vos|toutes_tes|tous_tes ..1 photos|photo|nudes|nude*|videos|video|vids|pics|captures|screens|secrets"
    ],
    "unless": [
      "soiree|fete|bal|gala|concert|ceremonie|vacances|voyage|classe|sortie|mariage|anniv*|album|souvenir*|match|tournoi|spectacle|colo|camp|oublie*|perdu*|retrouve*|cle_usb|appareil|telephone_perdu|article|reportage"
    ],
    "examples": {
      "match": [
        "Quelqu'un qui a tes photos du mois dernier.",
        "c'est qqn qui a tes nudes"
      ],
      "ignore": [
        "c'est qqn qui a tes photos de la soirée ?",
        "c'est Léa qui a tes photos de vacances",
        "quelqu'un qui a tes photos de classe ? je les ai perdues"
      ]
    }
  },
  {
    "id": "captures-de-tes-convs-chaudes-r9",
    "phrases": [
      "j_ai|jai|g|j_ai_garde|jai_garde ..3 captures|capture|screens|screen|screenshots|screenshot|enregistrements|copies ..2 de|des ..1 tes|vos|ta|votre ..1 conv|convs|conversation*|messages|msg|discussions|dm|dms|echanges|vocaux|appels ..6 chaud*|coquin*|intime*|hot|sexy|compromett*|genant*|osee*|ose|sales",
      "@je|j_ai|jai|g ..4 capture*|screen*|copie|recupere|aspire ..3 tous_tes|toute_ta|de_tous_tes|de_toute_ta|ta|tes ..1 abonne*|followers|contacts|amis|liste_d_amis|liste_de_contacts|liste_d_abonnes",
      "dit|dis|dire|prevenu|previens ..2 que|qu ..1 j_avais|javais|j_ai|jai|g ..1 la|ta|tes|les|ces ..1 video|videos|vid|photos|nudes|captures|screens|enregistrement*",
      "@je|j_ai|jai ..1 connais|connait|ai ..1 ta|toute_ta ..1 liste ..1 d_amis|de_contacts|d_abonnes|de_followers|damis",
      "c_est|cest|voici|voila|regarde ..2 ta|toute_ta ..1 liste ..1 d_amis|de_contacts|d_abonnes|de_followers|damis"
    ],
    "unless": [
      "mdr|ptdr|haha|jrigole|match|concert|spectacle|film|serie|danse|but|groupe_de_classe|projet|expose|anniv*|surprise|invitation*|invite*|fete|soiree|tournoi|equipe|club|cours|devoir*|prof",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018"
    ],
    "examples": {
      "match": [
        "Je t'ai dit que j'avais la vidéo. Tu crois que je bluffe ?",
        "J'ai pas mal de captures de tes conversations avec Léa... assez chaudes 😬",
        "J'ai deja fait la capture de tous tes abonné",
        "je connais ta liste d'amis. payer par carte neosurf",
        "regarde bien cette capture, c'est ta liste d'amis"
      ],
      "ignore": [
        "je t'ai dit que j'avais la vidéo du match",
        "j'ai des captures de tes messages pour le projet, t'avais dit ok",
        "j'ai copié ta liste d'amis pour les invitations de l'anniv"
      ]
    }
  },
  {
    "id": "tout-capte-pendant-le-stream-r9",
    "phrases": [
      "@je|j_ai|jai|g ..2 tout|toute|ta|la|ton ..1 capte|filme|enregistre*|record*|screen*|capture*|garde ..3 pendant|durant|sur|de ..2 le|la|ton|notre|ta ..1 stream|live|appel|call|facetime|cam|visio|webcam|appel_video|video",
      "video*|vid|images|enregistrement* ..2 compromettant*|intime*|explicite*|a_caractere_sexuel ..3 vous|te|toi|tu ..1 concernant|montrant|representant",
      "enregistree|enregistre|filmee|filme|capturee|capture ..2 lors|pendant|durant ..2 de|votre|ta|ton|vos|notre ..2 derniere|dernier|recente ..1 session|appel|visite|conversation|discussion|connexion ..2 webcam|video|cam|visio"
    ],
    "unless": [
      "replay|rediff*|tuto*|cours|prof|mdr|ptdr|haha|je_t_envoie|jte_envoie|je_te_l_envoie|je_le_mets|souvenir*|concert|match|tournoi|anniv*|spectacle|gala|podcast|montage_video|highlights|clip",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|spam|mail_frauduleux|faux_mail|phishing|hameconnage"
    ],
    "examples": {
      "match": [
        "dommage parce que j'ai tout capté pendant le stream 📹",
        "au sujet d'une vidéo compromettante vous concernant",
        "une vidéo enregistrée lors de votre dernière session webcam"
      ],
      "ignore": [
        "j'ai tout enregistré pendant le live, je t'envoie le replay",
        "j'ai tout capté pendant le cours, merci prof",
        "attention au faux mail qui parle d'une vidéo compromettante vous concernant, c'est une arnaque"
      ]
    }
  },
  {
    "id": "paie-et-jefface-r9",
    "phrases": [
      "balles|boules|@currency|@payment|@money ..6 et|pis|puis ..2 @je|j ..1 efface|effacerai|supprime|supprimerai|delete|detruis|detruirai ..2 tout|toutes|tous|les|la|le|l|ca|sa|tes|ta"
    ],
    "unless": [
      "annonce|vinted|leboncoin|cantine|pizza|kebab|resto|cine|place|ta_part|sa_part|rembours*|dette|pret|ton_cadeau|le_cadeau|un_cadeau|surprise|anniv*|fete|soiree|gateau|mdr|ptdr|haha|jrigole|appli|abonnement|compte_netflix|ardoise|tableau|liste|facture|panier|commande"
    ],
    "examples": {
      "match": [
        "Envoye 200$ en cartes-cadeaux Amazon pis j'efface les photos.",
        "200 CHF par Twint et j'efface tout.",
        "vire 100 euros et je supprime la vidéo"
      ],
      "ignore": [
        "rembourse moi les 10 euros et j'efface ta dette mdr",
        "10 balles pour la pizza et j'efface la liste"
      ]
    }
  },
  {
    "id": "jai-plein-de-trucs-sur-toi-r9",
    "phrases": [
      "@je|j_ai|jai|g ..2 plein|beaucoup|pas_mal|assez|des_tonnes|tout_un_dossier ..2 de|d ..1 trucs|choses|dossiers|preuves|photos|videos|infos|screens|captures ..1 sur|contre ..1 toi|twa|vous",
      "recupere|recuperer|pirate|hacke|vole|telecharge|aspire ..3 tes|vos|toutes_tes|tous_tes ..1 photos|nudes|videos|fichiers|images ..2 sur|dans|de|depuis ..1 ton|ta|votre|vos ..1 icloud|cloud|drive|google_photos|telephone|tel|ordi|ordinateur|compte|snap|galerie|pellicule|my_eyes_only|memoires|souvenirs_snap",
      "ete|etes|as_ete|avez_ete|a_ete ..1 filme*|enregistre*|capture* ..2 via|par|avec|sur|depuis ..1 votre|ta|ton|vos ..1 webcam|camera|cam|appareil|ordinateur|telephone|ecran",
      "installe|installer|place|infecte ..3 un|une|mon ..1 logiciel|malware|virus|cheval_de_troie|spyware|programme|trojan|rat ..4 sur|dans ..1 votre|ton|ta|vos ..1 ordinateur|ordi|appareil|telephone|tel|pc|mac|navigateur"
    ],
    "unless": [
      "mdr|ptdr|haha|jrigole|xd|raconter|a_te_dire|souvenir*|album|anniv*|surprise|vacances|voyage|sortie|classe|cours",
      "surveillance|magasin|radar|match|spectacle|concert|tournoi|antivirus|mise_a_jour|jeu|mod|minecraft",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|spam|faux_mail|mail_frauduleux|phishing|hameconnage|cybermalveillance"
    ],
    "examples": {
      "match": [
        "j'ai plein de trucs sur toi",
        "j'ai récupéré tes photos sur ton icloud",
        "Vous avez été filmé via votre webcam",
        "J'ai installé un logiciel malveillant sur votre ordinateur"
      ],
      "ignore": [
        "j'ai plein de trucs sur toi à raconter mdr",
        "j'ai récupéré tes photos sur ton drive pour l'album de l'anniv",
        "attention au faux mail : 'vous avez été filmé via votre webcam', c'est une arnaque"
      ]
    }
  },
  {
    "id": "preuves-de-vos-activites-r9",
    "phrases": [
      "preuves|videos|video|captures|enregistrement*|images|traces ..3 de|des ..1 vos|tes|ta|votre ..1 activites|visites|navigation|historique|recherches ..3 sur|de ..3 sites|site|pages ..2 pour_adultes|porno*|porn|x|adultes|coquins",
      "j_ai|jai|g|on_a|j_ai_deja|jai_deja ..1 tout|toutes|tout_ce_qu_il_faut ..3 tes|ta|ton ..1 photos|nudes|videos|adresse|snaps ..4 tes|ta|ton ..1 adresse|ecole|college|lycee|contacts|amis|parents|numero|nom|abonnes"
    ],
    "unless": [
      "invitation*|anniv*|colis|cadeau*|inscription*|dossier|formulaire|voyage|sortie|assurance|mutuelle|pronote|ent|secretariat|carte_d_identite|passeport|mdr|ptdr",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|spam|faux_mail|mail_frauduleux|phishing|hameconnage|cybermalveillance"
    ],
    "examples": {
      "match": [
        "Nous avons des preuves de vos activités sur des sites pour adultes",
        "j'ai tout, tes photos, ton adresse, le nom de ton école"
      ],
      "ignore": [
        "j'ai tout, tes photos, ton adresse pour le dossier d'inscription",
        "arnaque : 'nous avons des preuves de vos activités sur des sites pour adultes', ne payez pas"
      ]
    }
  },
  {
    "id": "je-connais-votre-mot-de-passe-r9",
    "phrases": [
      "@je|j ..1 connais|ai|possede|detiens ..1 votre|ton|vos|tes ..1 mot_de_passe|mots_de_passe|mdp|password|identifiants|code_secret",
      "video|photo|capture|enregistrement|vid ..4 que|qu ..1 je|j ..2 envoye*|envoyee ..3 c_est_toi|cest_toi|c_toi|c_est_bien_toi"
    ],
    "unless": [
      "netflix|wifi|disney|spotify|deezer|prime|canal|mdr|ptdr|jrigole|console|ipad|tablette|ordi_du_salon|famille|maman|papa|pronote|ent|match|spectacle|danse|concert|but|anniv*|soiree|trop_drole|drole|bebe|petit|petite|chorale|kermesse|vacances"
    ],
    "examples": {
      "match": [
        "Ceci n'est pas une blague. Je connais votre mot de passe.",
        "regarde bien la video que je t'ai envoyé c'est toi"
      ],
      "ignore": [
        "je connais ton mdp netflix mdr",
        "regarde la vidéo que je t'ai envoyée, c'est toi au match !"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "jai-tout-filme-en-cam-r10",
    "phrases": [
      "cam|camera|webcam|appel|visio|facetime|live|call|ce_qu_on_a_fait|ce_que_tu_as_fait|ce_que_t_as_fait|ce_que_tu_faisais|ce_que_tu_m_as_montre ..6 j_ai|jai|g|j ..1 tout|tt|toute_la_scene|tout_l_appel ..1 filme*|enregistre*|record*|capture*|screen*|screenshot*",
      "j_ai|jai|g|j ..1 tout|tt|toute_la_scene|tout_l_appel ..1 filme*|enregistre*|record*|capture*|screen*|screenshot* ..6 cam|camera|webcam|appel|visio|facetime|live|call|ce_qu_on_a_fait|ce_que_tu_as_fait|ce_que_t_as_fait|ce_que_tu_m_as_montre"
    ],
    "unless": [/* r22 */ 'le_live_de|le_live_d|le_live_du|le_stream|le_concert|l_emission|le_match|le_replay|tu_l_as_rate|t_as_rate|tu_as_rate|que_t_as_rate|que_tu_as_rate', 
      "concert|match|spectacle|mariage|anniv*|fete|soiree|cours|prof|reunion|tableau|conference|reportage|mdr|ptdr|preuve*|police|signaler|plainte|harcel*"
    ],
    "examples": {
      "match": [
        "c'etait sympa ce qu'on a fait en cam 😏 j'ai tout filmé",
        "j'ai tout enregistré pendant l'appel",
        "jai tout screen pendant le facetime"
      ],
      "ignore": ["j'ai tout enregistré le live de hier, tu l'as raté", 
        "j'ai tout enregistré pendant l'appel de la prof",
        "j'ai tout filmé du concert en live",
        "j'ai tout enregistré de l'appel pour la police, comme preuve"
      ]
    }
  },
  {
    "id": "jai-fait-des-captures-de-tes-photos-r10",
    "phrases": [
      "j_ai|jai|g ..1 fait|pris|garde ..1 des|les ..1 captures|capture|screen*|screenshots|caps|copies ..3 de toutes_tes|tous_tes|tes|ta ..1 photos|nudes|nude*|videos|vids|liste_d_amis|liste_d_abonnes|liste_de_contacts|abonnes|followers|amis|contacts|messages|conv|conversation*|snaps"
    ],
    "unless": [
      "courses|preuve*|police|plainte|signal*|harcel*|pharos|3018|cours|exo*|devoir*|notes|pronote|prof|mdr|ptdr|haha|drole"
    ],
    "examples": {
      "match": [
        "j'ai fait des captures de toutes tes photos et de ta liste d'amis",
        "jai pris des screens de tes snaps",
        "j'ai fait des captures de ta liste d'abonnes"
      ],
      "ignore": [
        "j'ai fait des captures de ses messages pour la police",
        "j'ai fait des screens de tes notes pronote"
      ]
    }
  },
  {
    "id": "nous-possedons-des-videos-intimes-r10",
    "phrases": [
      "possedons|possede|detenons|detiens|disposons|dispose|gardons|garde ..3 des|de|plusieurs|une ..1 video*|photo*|images|enregistrements|captures ..3 intimes|compromettant*|privees|prives|de_vous|de_toi|explicites|sexuelles|a_caractere_sexuel",
      "rappelles|rappelle|souviens|souvient ..4 video*|photo*|nude*|nudes|vid ..6 toujours|encore ..2 sur|dans ..1 mon|ma ..1 tel|telephone|portable|ordi|pc|cloud|drive|galerie|pellicule"
    ],
    "unless": [
      "arnaque*|escroc*|article|reportage|victime*|prevention|pharos|3018|cybermalveillance|selon|police|spam|phishing",
      "vacances|voyage|anniv*|soiree|fete|mariage|bebe|sortie|classe|concert|match|mdr|ptdr|haha|drole"
    ],
    "examples": {
      "match": [
        "Nous possédons des vidéos intimes de vous.",
        "je detiens plusieurs photos compromettantes de toi",
        "tu te rappelles de la video ? elle est toujours sur mon tel"
      ],
      "ignore": [
        "tu te rappelles de la video du voyage ? elle est toujours sur mon tel",
        "un article sur les escrocs qui disent posseder des videos intimes"
      ]
    }
  },
  {
    "id": "enregistre-ta-voix-pendant-lappel-r10",
    "phrases": [
      "enregistre*|filme*|capture*|screen*|record* ..3 ta|ton|tes ..1 voix|tete|visage|corps|face|gueule ..6 pendant|durant|lors|dans ..2 l_appel|appel|la_visio|visio|facetime|le_live|live|cam|call"
    ],
    "unless": [
      "cours|prof|reunion|podcast|projet|expose|concert|chorale|mdr|ptdr|haha|preuve*|police|plainte"
    ],
    "examples": {
      "match": [
        "j'ai enregistré ta voix et ta tête pendant l'appel",
        "jai capturé ton visage durant la visio"
      ],
      "ignore": [
        "j'ai enregistré ta voix pendant l'appel pour le podcast du projet"
      ]
    }
  },
  // r10-end
  {
    id: 'jai-fait-des-captures-de-tes-abonnes-r11',
    phrases: [
      'j|je|jai|g ..2 fait|pris|screen*|capture*|sauvegarde*|enregistre*|copie* ..2 des|les|toute|tous|ta|tes ..1 captures|screens|screenshots|liste ..3 de|d|des ..1 tes|ta|ton ..1 abonne*|followers|follower|abos|contacts|amis|famille|proches|liste',
      'j|je|jai|g ..2 screen*|capture*|sauvegarde*|copie*|note* ..1 toute|tous|ta|tes ..1 abonne*|followers|abos|contacts|amis|liste_d_abonnes|liste_de_contacts|liste_d_amis|liste_de_tes_abonnes|liste_de_tes_contacts',
    ],
    unless: ['arnaqu*|escroc*|pharos|3018|reportage|un_mec_m_a|il_m_a|je_fais_quoi|que_faire|concours|giveaway|jeu_concours'],
    examples: {
      match: ["j'ai fait des captures de tes abonnés", "j'ai screen tous tes followers", "j'ai sauvegardé toute ta liste de contacts"],
      ignore: ["j'ai screen toute ta liste de lecture", "j'ai screen le jeu concours pour tes abonnés", "un mec m'a dit j'ai screen tes abonnés, je fais quoi"],
    },
  },
  {
    id: 'tu-mas-envoye-des-trucs-que-taurais-pas-du-r11',
    phrases: [
      'm|me ..1 as|a|mas ..1 envoye|montre|fait_voir ..3 que|qu ..2 aurais|aurai|aurait ..1 pas|jamais du',
      'pour|afin que|qu ..1 je|j ..1 les|la|l|tout|tes|ta|ca|sa|le ..1 supprime*|efface*|detruise* ..6 # @currency|balles|paie*|paye*|payer|vire*|argent|@payment',
      '# @currency|balles ..4 pour|afin que|qu ..1 je|j ..2 supprime*|efface*|detruise*|les_supprime|les_efface|oublie',
    ],
    unless: ['mdr|ptdr|lol|jrigole|arnaqu*|reportage|un_mec_m_a|il_m_a|je_fais_quoi|que_faire|compte_instagram|abonnement|appli|application|logiciel|antivirus|jeu|partie|sauvegarde|cotisation|club|inscription|licence|frais|abonnement|compte_du|compte_de'],
    examples: {
      match: ["tu m'as envoyé des trucs que t'aurais pas du", 'ca te coute 150€ pour que je supprime', "150 balles pour que j'efface tout"],
      ignore: ['pour que je supprime ton compte du club faut payer la cotisation de 20€', 'tu m as envoye un message que t aurais pas du envoyer au groupe mdr', "il faut payer 5€ pour que je supprime la pub de l'appli"],
    },
  },
  // r11-end
  {
    "id": "cette-video-c-est-toi-nu-r12",
    "phrases": [
      "@photo ..4 c_est|cest|c|ce_sont ..1 toi|twa ..2 nu|nue|a_poil|apoil|sans_rien|sans_vetement*|en_train_de_te|tout_nu|toute_nue"
    ],
    "unless": [
      "bebe|petit|petite|piscine|plage|bain|mamie|album|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "Regarde bien cette vidéo mon frère. c'est toi nu.",
        "la photo c'est toi a poil hein",
        "sur la video c'est bien toi en train de te toucher"
      ],
      "ignore": [
        "regarde cette photo c'est toi nu dans le bain quand t'étais bébé mdr"
      ]
    }
  },
  {
    "id": "tes-photos-sont-chez-moi-r12",
    "phrases": [
      "tes|ta|vos|votre|les ..1 @photo|nudes ..3 sont|est|soient|soit|restent|reste|dorment ..2 chez_moi|sur_mon_tel|sur_mon_telephone|dans_mon_tel|sur_mon_pc|dans_ma_galerie|dans_mon_pc|a_moi|entre_mes_mains|bien_au_chaud"
    ],
    "unless": [
      "cherch*|recup*|prendre|rendre|rends|vacances|voyage|soiree|anniv*|mariage|classe|appareil|cle_usb|album|imprim*|drive|recup*|tirage*|identite|passeport|dossier|cv|bapteme|match|cours|veux_que_je|je_te_les|je_te_l|je_te_la|tu_veux"
    ],
    "examples": {
      "match": [
        "mdr t'as cru c'était une meuf? jsuis pas laura. tes photos sont chez moi maintenant",
        "dommage que tes photos soient deja chez moi",
        "ta vidéo est sur mon pc",
        "tes nudes dorment bien au chaud dans ma galerie"
      ],
      "ignore": [
        "tes photos de vacances sont sur mon pc, je te les envoie",
        "ta photo d'identité est chez moi tu la récupères quand ?", "tes photos sont chez moi, passe les chercher"
      ]
    }
  },
  {
    "id": "j-ai-tout-ton-repertoire-r12",
    "phrases": [
      "j_ai|jai|g|j ..2 tout|toute|tous|toutes ..1 ton|ta|tes ..1 repertoire|liste_de_contacts|liste_d_amis|contacts|abonnes|followers|famille_en_contact|carnet_d_adresses",
      "toutes|tous ..1 tes|vos ..1 @photo|nudes ..4 meme|mm ..1 celles|ceux|celle ..4 supprime*|efface*"
    ],
    "unless": [
      "change*|numero|nouveau_tel|nouveau_telephone|transfer*|synchro*|anniv*|surprise|invitation*|faire_part|mariage|fete|soiree|pour_la_liste|liste_des_invites|pour_l_orga*|covoit*|association|club|whatsapp_du_groupe|groupe_de_classe"
    ],
    "examples": {
      "match": [
        "j'ai tout ton répertoire 📲 un clic et ta vidéo arrive chez tout le monde",
        "j'ai tous tes contacts insta",
        "jai toute ta liste d'amis",
        "j'ai toutes tes photos. même celles que t'as supprimées"
      ],
      "ignore": [
        "j'ai tous tes contacts pour les invitations de ton anniv",
        "j'ai toute ta liste d'amis pour la soirée surprise", "j'ai tous tes contacts dans mon tel depuis que t'as changé de numéro"
      ]
    }
  },
  {
    "id": "je-t-ai-vu-tout-nu-sur-la-cam-r12",
    "phrases": [
      "vu|vue ..1 tout_nu|toute_nue|a_poil|apoil|nu|nue ..3 sur|a|devant|en ..2 cam|camera|webcam|facetime|visio|live|appel",
      "l_ai|lai|les_ai ..1 ta|tes ..1 @photo|nudes ..4 tu|t ..2 veux|veut ..4 #|argent|prix|@currency|payer|paye"
    ],
    "unless": [
      "piscine|plage|bain|bebe|mdr|ptdr|douche_du_club|vestiaire|film|serie|spectacle|match|danse|classe"
    ],
    "examples": {
      "match": [
        "je t'ai vu tout nu sur la cam lol, c'est enregistré",
        "je t'ai vue à poil en facetime",
        "je l'ai ta vidéo, tu la veux ? 300€"
      ],
      "ignore": [
        "je t'ai vu tout nu sur la photo de bébé mdr",
        "je l'ai ta vidéo du spectacle, tu la veux ? je te l'envoie"
      ]
    }
  },
  {
    "id": "j-ai-encore-ce-que-tu-sais-r12",
    "phrases": [
      "j_ai|jai|g ..2 encore|toujours|garde ..1 ce_que_tu_sais|ce_qu_tu_sais|tu_sais_quoi|ce_que_tu_m_as_envoye|ce_que_tu_m_as_montre|ce_que_tu_m_as_envoyer"
    ],
    "unless": [
      "fete|surprise|anniv*|cadeau*|gateau|soiree|livre|bouquin|chargeur|manette|veste|sweat|pull|clefs|cles|argent_de|mdr|ptdr|je_te_le_rends|je_te_les_rends|te_le_rendre|te_les_rendre|recette"
    ],
    "examples": {
      "match": [
        "oublie pas que j'ai encore ce que tu sais",
        "j'ai toujours ce que tu m'as envoyé 😉"
      ],
      "ignore": [
        "j'ai encore ce que tu sais pour la surprise de samedi",
        "j'ai toujours ce que tu m'as envoyé, le livre, je te le rends lundi"
      ]
    }
  },
  // r13-start
  {
    "id": "toujours-dans-ma-galerie-r13",
    "phrases": [
      "j_ai|jai|g ..1 tout ..1 garde|sauvegarde|enregistre|screen*|capture*|conserve",
      "ta|tes ..1 liste_d_amis|liste_d_abonnes|liste_de_contacts|abonnes|followers|contacts ..4 je|j ..1 l_ai|les_ai|lai|lesai ..1 deja",
      "lu|vu|fouille|parcouru|recupere ..3 tes|tous_tes|toutes_tes ..1 messages_prives|mp|dm|dms|archives|photos_privees|dossier_cache|conversations_privees|conv_privees"
    ],
    "unless": [
      "si_tu_la_veux|si_tu_les_veux|tu_la_veux|tu_les_veux|je_te_l|je_te_la|je_te_les|jte_l|jte_la|jte_les|renvoie|renvoyer|retrouve|retrouvee|retrouver|partager_avec_toi",
      "mdr|ptdr|haha|xd|trop_mignon*|trop_belle|trop_beau|souvenir*|vacances|voyage|ski|plage|soiree|fete|anniv*|concert|mariage|bebe|chat|chien|ticket*|facture*|recu|recus|carton*|boite*|cours|notes|fiches|expose|recette*|devoir*",
      "le_doc|le_document|le_fichier|le_diapo|le_dossier|le_devoir|le_projet|google_doc|le_powerpoint|le_ppt|le_tableur|le_rapport"
    ],
    "examples": {
      "match": [
        "j'ai tout gardé. si t'es pas revenue samedi je l'envoie à ton père",
        "regarde ta liste d'amis insta, je l'ai déjà",
        "j'ai lu tous tes messages privés"
      ],
      "ignore": [
        "j'ai tout sauvegardé sur le drive, meme si tu supprimes le doc c'est bon",
        "j'ai tout gardé, les tickets de caisse et les factures",
        "t'inquiète j'ai tout gardé les cours de la semaine"
      ]
    }
  },
  {
    "id": "elle-est-toujours-dans-ma-galerie-r13",
    "phrases": [
      "tes|ta|vos|votre ..1 @photo|nudes ..3 toujours|encore|bien|precieusement|au_chaud ..3 dans|sur ..1 ma_galerie|mon_tel|mon_telephone|mon_portable|mon_pc|mon_ordi|ma_pellicule|mon_cloud|mon_drive|mes_fichiers|mes_dossiers|mon_disque|ma_cle",
      "elle|elles ..1 est|sont ..1 toujours|encore|bien|precieusement|au_chaud ..2 dans|sur ..1 ma_galerie|mon_tel|mon_telephone|mon_portable|mon_pc|mon_ordi|ma_pellicule|mon_cloud|mon_drive|mes_fichiers|mes_dossiers|mon_disque|ma_cle"
    ],
    "unless": [
      "si_tu_la_veux|si_tu_les_veux|tu_la_veux|tu_les_veux|je_te_l|je_te_la|je_te_les|jte_l|jte_la|jte_les|renvoie|renvoyer|retrouve|retrouvee|retrouver|partager_avec_toi",
      "mdr|ptdr|haha|xd|trop_mignon*|trop_belle|trop_beau|souvenir*|vacances|voyage|ski|plage|soiree|fete|anniv*|concert|mariage|bebe|chat|chien|ticket*|facture*|recu|recus|carton*|boite*|cours|notes|fiches|expose|recette*|devoir*",
      "ete|trop_belles|trop_beaux|trop_belle|belles|jolies|magnifique*|si_tu_veux"
    ],
    "weight": 2,
    "examples": {
      "match": [
        "elle est toujours dans ma galerie la photo d'hier soir... alors tu vas être gentille et répondre quand je t'écris ok ?",
        "tes photos sont bien au chaud dans mon cloud"
      ],
      "ignore": [
        "elle est toujours dans ma galerie la photo du ski mdr",
        "elles sont toujours dans mon tel tes photos de l'été, trop belles",
        "ta photo est encore dans ma galerie, je te la renvoie"
      ]
    }
  },
  {
    "id": "nous-detenons-une-video-r13",
    "phrases": [
      "detenons|detiens|detient|possedons|possede ..3 @photo|nudes|enregistrement*|images|sequences ..2 de_vous|de_toi|compromettant*|intime*|explicite*",
      "tout ..1 filme|enregistre|capture|screene|screen|record* ..2 pendant|durant ..2 ton|ta|notre|l|le ..1 live|appel|facetime|visio|cam|call|stream|snap ..6 #|balles|euros|euro|supprime|efface|paye|paie|payer|sinon|ou_je|ou_sinon",
      "je|j ..2 t|te ..1 ai|a ..1 pirate|hacke|hack ..2 ton|ta|tes|votre ..1 snap*|insta*|compte|tel|icloud|telephone|whatsapp|tiktok|discord|messenger|facebook",
      "acces ..1 a ..1 tes|ton|ta ..1 souvenirs|galerie|icloud|memories|pellicule|dm|mp|conversations|messages_prives"
    ],
    "unless": [
      "drole|trop_drole|trop_bien|trop_fort|trop_forte|bravo",
      "album_partage|drive_partage|partage_familial|famille|mdr|ptdr|haha|xd|concert|match|spectacle|gala|kermesse|fete|anniv*|mariage|replay"
    ],
    "examples": {
      "match": [
        "Chère victime, nous détenons une vidéo de vous. Versez 500€ sur le compte suivant",
        "mon pote a tout filmé pendant ton live, 50 balles et on supprime",
        "je t'ai piraté ton snap, j'ai accès à tes souvenirs"
      ],
      "ignore": [
        "j'ai tout filmé pendant le concert mdr",
        "mon pote a tout filmé pendant ton live, t'étais trop drôle",
        "j'ai accès à ta galerie grâce à l'album partagé de la famille"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "jai-aussi-la-video-entiere-r14",
    "phrases": [
      "j_ai|jai|g ..1 aussi|meme|deja|toujours|encore ..2 la|les|ta|tes ..1 video|videos|vid|vids|photos|enregistrement*|captures|screens|nudes ..1 entiere|complete|en_entier|entieres|completes|integrale|originale|originales|en_hd|non_floutee*"
    ],
    "unless": [
      "concert|match|film|episode|mariage|spectacle|anniv*|vacances|voyage|soiree|fete|clip|cours|conference|replay|tuto|serie|saison|gala|sortie",
      "si_tu_veux|si_tu_les_veux|tu_les_veux|tu_la_veux|je_te_les_envoie|je_te_l_envoie|je_te_la_passe|je_te_les_passe|jte_les_envoie"
    ],
    "examples": {
      "match": [
        "c'est toi non? j'ai aussi la vidéo entière",
        "g toujours la vidéo complète de toi",
        "j'ai encore les photos originales"
      ],
      "ignore": [
        "j'ai toujours la vidéo entière du concert",
        "j'ai encore les photos originales de la sortie si tu veux",
        "j'ai aussi la vidéo complète du match si tu veux"
      ]
    }
  },
  {
    "id": "je-lai-gardee-r14",
    "phrases": [
      "@photo|celle|celles|nude*|envoye|envoyee|envoyees|envoyes|montre|montree|montrees ..6 je_l_ai|jl_ai|jlai|j_l_ai|je_les_ai|jles_ai|j_les_ai|je_la_garde|je_les_garde ..1 [bien|toutes|tous|precieusement] ..1 garde*|enregistre*|sauvegarde*|screen*|capture*|conserve*|telecharge*|archive*"
    ],
    "unless": [
      "classe|souvenir*|album|cadre|encadre*|imprime*|mamie|papi|vacances|voyage|recette|ticket|facture|recu|contrat|lettre|billet*|plan|adresse|numero|exo*|cours|fiche*|chien|chat|paysage|coucher_de_soleil|mariage",
      "concert|match|clip|musique|chanson|film|lien|meme|memes|tuto|ski|plage|soiree"
    ],
    "examples": {
      "match": [
        "t'as déjà envoyé celle du miroir, je l'ai gardée",
        "les photos que tu m'as montrées je les ai toutes enregistrées",
        "ta vidéo de l'autre soir jl'ai sauvegardée"
      ],
      "ignore": [
        "la photo de classe, je l'ai gardée en souvenir",
        "tu m'as envoyé la vidéo du concert ? je l'ai enregistrée",
        "la photo de mamie je l'ai encadrée",
        "tu m'as envoyé la recette, je l'ai enregistrée"
      ]
    }
  },
  {
    "id": "cest-moi-qui-ai-ton-compte-r14",
    "phrases": [
      "c_est|cest|c ..1 moi ..1 qui ..1 ai|a|gere|controle|possede|detiens|tiens ..1 ton|ta|tes ..1 compte|comptes|@app|insta*|instagram|snap*|snapchat|tiktok|mdp|mot_de_passe|acces|identifiants|facebook|fb",
      "ton|ta ..1 compte|insta|instagram|snap|snapchat|tiktok|facebook ..2 est|et|e ..1 a_moi|a_nous ..1 maintenant|mtn|desormais|now",
      "ton|ta ..1 icloud|compte|insta|instagram|snap|snapchat|mdp|mot_de_passe|galerie|drive|google_photos ..1 c_est|cest|c ..1 moi ..1 qui ..1 l_ai|lai|le_gere|le_controle|gere|controle|l_a"
    ],
    "unless": [
      "netflix|disney|spotify|deezer|prime|canal|crunchyroll|ent|pronote|chargeur|cle|cles|carte"
    ],
    "examples": {
      "match": [
        "salut c'est moi qui ai ton compte insta maintenant 😂",
        "ton icloud c'est moi qui l'ai maintenant",
        "ton compte snap est à moi maintenant"
      ],
      "ignore": [
        "c'est moi qui ai ton chargeur",
        "c'est moi qui ai ton compte netflix en fait mdr"
      ]
    }
  },
  {
    "id": "adresse-ip-identifiee-r14",
    "phrases": [
      "adresse_ip|ip|ordinateur|appareil|connexion ..4 identifie*|repere*|signale*|detecte*|localise*|enregistre*|flague* ..6 contenu*|site*|fichier*|image*|video*|echange* ..2 illicite*|illegal*|illegaux|interdit*|pedopornograph*|pornograph*|mineur*|sexuel*",
      "vous|tu|t ..3 identifie*|repere*|signale*|flague* ..3 pour|lors ..3 consultation|telechargement|partage|detention|echange|visionnage ..3 contenu*|image*|video*|fichier*|site*"
    ],
    "unless": [
      "un_homme|une_femme|suspect|il_a|elle_a|interpelle*|arrete*|condamne*|article|reportage|journal|arnaque*|faux_mail|spam|phishing|hameconnage"
    ],
    "examples": {
      "match": [
        "Votre adresse IP a été identifiée lors de l'échange de contenus illicites impliquant des mineurs.",
        "Vous avez été identifié(e) pour consultation de contenus interdits.",
        "ton ordinateur a été repéré sur des sites pornographiques"
      ],
      "ignore": [
        "un homme a été identifié pour détention d'images illicites, il a été interpellé",
        "l'adresse ip du serveur a été signalée pour spam"
      ]
    }
  },
  {
    "id": "nous-detenons-vos-r14",
    "phrases": [
      "detiens|detenons|detient|possedons|possede|on_a|nous_avons ..2 vos|tes|toutes_vos|tous_vos|toutes_tes|tous_tes ..2 photo*|video*|conversation*|message*|fichiers|contenu*|discussions|echanges|enregistrement*|captures|nudes ..1 priv*|intime*|perso*|sensible*|compromettant*|de_mes_souvenirs|snap",
      "detiens|detenons ..2 vos|tes|toutes_vos|tous_vos|toutes_tes|tous_tes ..2 photo*|video*|conversation*|message*|fichiers|contenu*|discussions|nudes|enregistrement*"
    ],
    "unless": [
      "classe|photographe|commande*|album|rgpd|confidentialite|cnil|cookies|donnees|newsletter|identite|passeport"
    ],
    "examples": {
      "match": [
        "Nous détenons vos conversations privées et vos photos",
        "je détiens tes photos",
        "on a tes vidéos privées"
      ],
      "ignore": [
        "nous avons vos photos de classe, vous pouvez les commander",
        "conformément au RGPD nous détenons vos données personnelles"
      ]
    }
  },
  {
    "id": "vos-photos-intimes-circulent-r14",
    "phrases": [
      "vos|tes|ta|ton ..1 @photo ..2 intime*|privee*|privees|nues|nue|compromettante*|perso ..2 circulent|circule|ont_fuite|a_fuite|sont_en_ligne|est_en_ligne|sont_partout|tournent|tourne",
      "tu|t ..1 m_as|mas|m_a|m ..1 montre|envoye|envoyee|montree|fait_voir ..3 ton|ta|tes|des|une ..1 corps|@body|@photo|nudes ..4 maintenant|desormais ..2 t_es|tes|tu_es|tu_vas|tu_fais|tu_dois",
      "rappelle_toi|souviens_toi|oublie_pas|n_oublie_pas ..3 ce_qu|ce_que|qu ..3 dans ..1 ma|mon ..1 galerie|dossier|cloud|pellicule|photos|drive"
    ],
    "unless": [
      "arnaque*|escroc*|signale*|pharos|plainte|prevention|reportage|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "je suis de la cyberpolice, vos photos intimes circulent, payez pour qu'on les supprime",
        "tu m'as montré ton corps, maintenant t'es à moi",
        "rappelle toi ce qu'il y a dans ma galerie"
      ],
      "ignore": [
        "des photos intimes de la prof circulent, c'est horrible",
        "n'oublie pas ce qu'il y a dans le frigo"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'je-tai-enregistre-pendant-chat-r15',
    phrases: [
      'je|j ..1 t|te ..1 ai ..1 enregistre*|filme*|record*|capture*|screen* ..4 pendant|pdt|durant|sur|en ..2 ton|ta|le|la|notre ..1 chat|appel|cam|live|visio|stream|call|omegle|skip',
      'jtai|jt_ai ..1 enregistre*|filme*|record*|capture*|screen* ..4 pendant|pdt|durant|sur|en ..2 ton|ta|le|la|notre ..1 chat|appel|cam|live|visio|stream|call',
      'je|j ..1 t|te ..1 ai ..1 enregistre*|filme*|record* ..4 ton_visage|ta_tete|ta_face|avec_ta_tete|et_tout|sans_ton_haut',
    ],
    unless: ['mdr|ptdr|lol|concert|spectacle|danse|solo|anniv*|match|cours|chorale|piano|guitare|recital|mariage|trop_bien|trop_beau|trop_belle|drole|souvenir*'],
    examples: {
      match: ["stop skip pas. je t'ai enregistré pendant ton chat, ton visage et tout", "jt'ai filmé pendant la cam", "je t'ai enregistrée sur le live, sans ton haut"],
      ignore: ["je t'ai enregistré pendant ton solo de guitare, trop bien", "j'ai enregistré le live du concert"],
    },
  },
  {
    id: 'refer-back-ce-que-tu-as-envoye-r15',
    phrases: [
      'ta|tes ..1 @photo ..2 celle|celles|ceux|celui|que ..2 t|tu ..1 as|a ..1 envoye*|montre*|balance* ..1 a|au|aux',
      'c_est|c ..1 moi ..1 qui ..1 les|la|le ..1 ai|a ..2 maintenant|mtn|desormais',
      'tu sais ..3 ce_que|ce_qu ..2 j_ai|jai|g|j ..3 dans|sur ..1 mon|ma ..1 tel|telephone|portable|pc|ordi|galerie',
      'nous ..1 disposons|detenons|possedons ..3 enregistrements|videos|images|captures|photos ..4 webcam|camera|intime*|vous|votre',
      'des ..1 @photo ..1 intime*|privee*|nue*|nues|compromettant* ..2 de ..1 vous|toi ..2 circulent|circule|tournent|tourne',
      'j_ai|jai|g ..2 recup*|recupere ..2 toutes|tous|tes ..2 photo*|video*|memo* ..3 memo|memoire|snap|galerie|icloud|drive|convs',
      'rappelle_toi|souviens_toi|tu_te_souviens|tu_te_rappelles|t_te_souviens ..2 tout_ce_qu|tout_ce_que|ce_qu|ce_que ..1 on|tu ..3 envoye*|montre*',
    ],
    unless: ['mamie|papi|mdr|ptdr|xd|carte*|lettre*|recette*|devoir*|cours|lien*|musique|playlist|meme*|drole|vacances|cadeau*|colis|anniv*|classe|commande*|facture*|rgpd|merci|trop_belle|trop_beau|magnifique'],
    examples: {
      match: ["ta photo, celle que t'as envoyée a Enzo l'annee derniere 😬", "tsé les photos ? ben c'est moi qui les ai maintenant", "tu sais tres bien ce que j'ai dans mon tel", "nous disposons d'enregistrements vidéo réalisés via votre webcam", "des images intimes de vous circulent sur plusieurs sites", "j'ai recup toutes les photos de ton memo", "rappelle toi de tout ce qu'on s'est envoyé cet ete 🙂", "tu te souviens de ce que tu m'as envoyé en juin ?"],
      ignore: ["ta photo, celle que t'as envoyée a mamie, trop belle", "tu te souviens de ce qu'on s'est envoyé comme cartes postales mdr", "tu sais bien ce que j'ai dans mon tel, des memes"],
    },
  },
  {
    id: 'je-tai-retrouve-avec-ton-prenom-r15',
    phrases: [
      'je|j ..1 t|te ..1 ai ..1 trouve|trouvee|retrouve|retrouvee|localise|localisee ..4 avec|grace_a|via|par ..2 ton|ta|tes ..1 prenom|nom|bahut|ecole|lycee|college|pseudo|instagram|photo*|ip|adresse_ip|numero',
    ],
    unless: ['mdr|ptdr|lol|xd|linkedin|copains_d_avant|annuaire|retrouvailles|ancien*|ancienne*|trop_content|trop_contente|ca_fait_longtemps|ca_fait_plaisir'],
    examples: {
      match: ["je t'ai trouve avec ton prenom et ton bahut, c'etait facile", "je t'ai localisée grâce à ton IP"],
      ignore: ["je t'ai retrouvée avec ton prénom sur insta, ça fait longtemps !", "je t'ai trouvé avec ton pseudo mdr"],
    },
  },
  {
    id: 'je-garde-tes-photos-sous-le-coude-r15',
    phrases: [
      'je|j ..1 garde|gardes|conserve ..3 tes|ta|ton|les|nos ..1 @photo|nude*|conv*|screens|captures|messages ..3 sous_le_coude|au_chaud|de_cote|en_reserve|pour_plus_tard|precieusement|bien_au_chaud',
    ],
    unless: ['souvenir*|vacances|album|colo|mariage|anniv*|classe|groupe|mdr|ptdr|trop_belle*|trop_beau*|magnifique*|imprimer|cadre'],
    examples: {
      match: ["je garde tes photos au chaud pour l'instant 😏", "je garde nos convs sous le coude, on sait jamais"],
      ignore: ["je garde tes photos de vacances precieusement, trop belles", "je garde les photos de classe de cote pour les imprimer"],
    },
  },
  {
    "id": "nous-avons-acces-a-votre-compte-r16",
    "phrases": [
      "nous_avons|on_a|j_ai|jai|g ..2 acces ..1 a|au|aux ..1 votre|ton|ta|tes|vos ..1 compte*|messages|conv*|dm|mp|galerie|icloud|drive|photos|telephone|tel|snap*|insta*|cloud|discussions|camera|webcam",
      "j_ai|jai|g|nous_avons ..1 deja|maintenant|toujours|aussi ..1 ta|ton|tes|votre ..1 carte_d_identite|cni|passeport|piece_d_identite|papiers ..6 ton_nom|ton_adresse|tes_infos|ton_ecole|tu_crois|tu_peux|tu_vas|sinon|je_m_en_sers|je_vais_m_en",
      "contenus|contenu|images|videos|photos|enregistrement* ..1 intime*|compromettant*|explicite*|sexuel*|prive*|privees ..3 vous|te|t ..1 concernant|montrant",
      "en ..1 notre|ma ..1 possession ..4 diffus*|transmis*|publi*|envoy*|reglement|faute|sinon|payer|paiement|contacts|proches"
    ],
    "unless": [
      /* r25 */ "expose|projet|devoir*|cours|travail_de_groupe|pour_l_expose|pour_le_projet",
      "netflix|disney|spotify|prime|pronote|ent|mot_de_passe_oublie|colis|livraison|commande|inscription|dossier_d_inscription|mairie|prefecture|banque|a_la_maison|oublie*|laisse*|retrouve*|trouve*",
      "nous_avons_acces_a_votre_compte_client|espace_client",
      "sur_le_drive|le_drive_du|le_drive_de|drive_partage|dossier_partage|album_partage|google_photos|du_voyage|de_la_colo|de_la_classe|tu_m_as_partage|partage_avec_moi"
    ],
    "examples": {
      "match": [
        "Merci. Nous avons maintenant acces a votre compte et a vos messages prives.",
        "j'ai deja ta carte d'identite, ton nom, ton adresse. tu crois vraiment que tu peux dire non ?",
        "des contenus intimes vous concernant ont ete collectes",
        "ils sont desormais en notre possession et seront transmis a vos contacts"
      ],
      "ignore": [
        "j'ai acces a ton drive pour l'expose",
        "j'ai accès à ton compte netflix, tu veux que je change le profil ?",
        "j'ai deja ta carte d'identite, tu l'as oubliee chez moi",
        "les documents de l'inscription sont en notre possession, merci"
      ]
    }
  },
  {
    "id": "ton-ex-ma-tout-envoye-r16",
    "phrases": [
      "ton_ex|ta_ex|ton_ancien|ton_ancienne|ton_mec|ta_meuf|ton_copain|ta_copine|ton_pote|ta_pote|ta_meilleure_amie|ton_meilleur_ami|ta_bff|ton_gars ..1 m_a|m|ma|nous_a ..1 envoye*|montre*|transfere*|balance*|file*|donne*|vendu*|passe*|refile* ..1 tes|toutes_tes|tous_tes ..1 @photo|nudes|snaps",
      "ton_ex|ta_ex|ton_ancien|ton_ancienne|ton_mec|ta_meuf|ton_copain|ta_copine|ton_pote|ta_pote|ta_meilleure_amie|ton_meilleur_ami|ta_bff|ton_gars ..1 m_a|m|ma|nous_a ..1 tout|tes|toutes|tes_photos|tes_nudes|tes_videos ..1 envoye*|montre*|transfere*|balance*|file*|donne*|vendu*|passe*|refile*"
    ],
    "unless": [
      "expose|devoirs|devoir|cours|fiche*|notes|resume|lien|playlist|musique|adresse_de_la_fete|invitation|programme|billets|place*|recette|horaires|planning|photos_de_la_soiree|photos_du_voyage|photos_de_vacances|photos_de_classe"
    ],
    "examples": {
      "match": [
        "ton ex m'a tout envoye. t'imagines si ca tombe sur le groupe de la classe ?",
        "ta meilleure amie m'a vendu tes photos"
      ],
      "ignore": [
        "ta copine m'a tout envoye pour l'expose, merci",
        "ton pote m'a envoye les photos du voyage"
      ]
    }
  },
  {
    "id": "ce-que-tu-as-fait-sur-omegle-r16",
    "phrases": [
      "rappelle|rappeler|souviens|sais|vu|garde|enregistre|filme ..4 ce_que|ce_qu ..1 tu|t ..2 fait|faisais|montre|montrais ..2 sur|en|pendant|devant ..1 omegle|ome_tv|ometv|chatroulette|monkey|la_cam|l_appel|le_live|facetime|skype|webcam|ta_cam|la_visio"
    ],
    "unless": [
      "un_mec_m_a|quelqu_un_m_a|je_fais_quoi|que_faire|reportage"
    ],
    "examples": {
      "match": [
        "tu veux que je te rappelle ce que tu as fait sur omegle ?",
        "je sais ce que tu faisais devant la cam hier"
      ],
      "ignore": [
        "tu te souviens de ce qu'on a vu sur la chaine de la cam du zoo ?"
      ]
    }
  },
  {
    "id": "filme-en-train-de-via-webcam-r16",
    "phrases": [
      "filme*|enregistre*|capture*|film ..4 en_train_de|en_train_d ..2 masturb*|te_toucher|vous_toucher|vous_caresser|te_caresser|te_deshabiller|vous_deshabiller|vous_masturber|te_masturber",
      "filme*|enregistre*|capture* ..6 via|par ..2 votre|ta|ton ..1 webcam|camera|cam"
    ],
    "unless": [
      "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|message_type|messages_types|arnaqueur*|arnaqueuse*|pharos|reportage|article",
      "zoo|meteo|plage|ski|concert|match|spectacle|surveillance_du_magasin|camera_de_surveillance|radar"
    ],
    "examples": {
      "match": [
        "vous avez ete filme en train de vous masturber via votre webcam",
        "on t'a enregistre par ta webcam hier soir"
      ],
      "ignore": [
        "j'ai filme le concert avec ton telephone, il est trop bien",
        "la meteo est filmee par la webcam de la plage"
      ]
    }
  },
  {
    id: 'galerie-interessante-r17',
    phrases: [
      'photo*|video*|vid|vids|tof|tofs|truc*|choses ..3 interessant*|chaud*|croustillant*|compromettant*|privee*|intime* ..4 dans|sur ..1 ta|ton|tes galerie|tel|telephone|portable|pellicule|icloud|drive|album*|dossier*|snap|conv',
      'j|je|jai|j_ai ..2 capture|captur*|enregistr*|filme ..2 video|videos|vid|ecran|ta_cam ..3 de toi|twa',
      'trop_tard|tro_tard ..4 @je ..2 t|te|tai|ai ..2 enregistr*|film*|screen*|captur*|record*',
    ],
    unless: ['vacances|voyage|mariage|anniv*|soiree_de|concert|chat|chien|paysage*|reportage|documentaire'],
    examples: {
      match: ['y a des photos très intéressantes dans ta galerie 👀', 'j ai capture video de toi quand tu parle avec moi', 'trop tard mdr je t ai enregistrée', "trop tard j'ai tout screen"],
      ignore: ['y a des photos intéressantes dans ta galerie des vacances, envoie les moi', 'trop tard le film est fini'],
    },
  },
  // r18-start
  {
    id: 'jai-une-video-de-toi-nu-r18',
    phrases: [
      'j_ai|jai|g|j|moi_j_ai|moi_avoir ..2 video*|vid|vids|photo*|images|capture*|enregistrement* ..1 de|d ..1 toi|twa|vous ..3 nu|nue|nus|nues|tout_nu|toute_nue|a_poil|deshabille*|sans_vetement*|sans_rien|sans_haut|en_sous_vetement*|en_calecon|en_culotte|en_boxer',
      'toi|tu ..1 faire|fait|fais|as_fait ..1 video*|vid|photo*|cam|appel ..2 nu|nue|a_poil|tout_nu|toute_nue ..6 moi ..1 garder|garde|avoir|enregistrer|enregistre|tout',
    ],
    unless: ['bebe|petit|petite|enfant|bain_de_bebe|quand_t_etais_petit*|quand_tu_etais_petit*|maternelle|creche|un_mec_m_a|quelqu_un_m_a|on_m_a_ecrit|je_fais_quoi|que_faire|reportage|arnaqu*|statue|tableau|musee|peinture'],
    weight: 5,
    examples: {
      match: ["Bonjour ma cherie. Moi j'ai vidéo de toi tout nu quand tu as fais appel avec moi", "j'ai des photos de toi nue, tu le sais", 'g une vid de toi a poil', 'toi faire vidéo nu avec moi hier. moi garder tout'],
      ignore: ["j'ai une photo de toi tout nu quand t'étais petit dans le bain mdr", "un mec m'a écrit qu'il a une vidéo de moi nue, je fais quoi ?"],
    },
  },
  {
    id: 'tu-te-rappelles-les-photos-de-r18',
    phrases: [
      'tu_te_rappelles|tu_te_souviens|tu_te_rappelle|tu_te_souviens_des|t_te_souviens|tu_t_souviens|rappelle_toi|souviens_toi|tu_te_rappelles_des|oublie_pas|n_oublie_pas ..1 les|des|de_tes|tes|la|ta|de_la|de_ta|nos ..1 photo*|video*|nudes|vid|vids|snaps|tofs|pics ..2 de|d|du ..1 dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|hier|hier_soir|l_autre_soir|l_autre_jour|la_derniere_fois|cet_ete|la_semaine_derniere|l_autre_nuit|cette_nuit',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|plage|vacances|soiree|anniv*|mariage|match|concert|sortie|voyage|classe|colo|ski|trop_drole|trop_belle*|trop_beau*|souvenir*|imprim*|album|fete|repas|bapteme|noel|chat|chien'],
    weight: 3,
    examples: {
      match: ['tu te rappelles les photos de dimanche? 😇', "tu te souviens des vidéos de l'autre soir ?", "n'oublie pas les photos d'hier soir 🙂"],
      ignore: ['tu te rappelles les photos de samedi à la plage mdr', "tu te souviens des photos de l'anniv de Léa ?"],
    },
  },
  {
    id: 'pirate-ton-snap-toutes-tes-photos-r18',
    phrases: [
      'pirate*|hacke*|hack ..2 ton|ta|tes|votre ..1 snap*|insta*|compte*|tel|telephone|icloud|galerie|whatsapp|tiktok ..6 j_ai|jai|g ..1 toutes|tous|tout ..2 tes|ta|ton|vos ..1 photo*|video*|memo*|nudes|conv*|message*|galerie|snaps',
      'j_ai|jai|g ..1 toutes_tes|tous_tes ..1 photo*|video*|snaps|nudes ..3 memo|memoire|my_eyes_only|mes_yeux_seulement|section_privee|galerie|icloud|snap|privee*|cachee*|perso*',
      'si ..1 tu|t ..1 veux ..1 les|la|le ..1 revoir|recuperer|ravoir|recup ..3 fais|obeis|ecoute|envoie|paie|paye',
    ],
    unless: ['jte_rends|je_te_rends|te_le_rends|jte_le_rends|mdr|ptdr|xd|lol|clash|fortnite|roblox|minecraft|brawl*|jeu|game|nouveau_tel|sauvegarde_cloud|transfert|ancien_tel'],
    weight: 5,
    examples: {
      match: ["g piraté ton snap, j'ai toutes tes photos de la memo 😈 si tu veux les revoir un jour fais ce que jte dis", "j'ai toutes tes photos de ta section privée", 'si tu veux les récupérer fais ce que je dis'],
      ignore: ["j'ai toutes tes photos de ton ancien tel, je te fais le transfert", "mdr j'ai hacké ton compte clash, j'ai tous tes messages du clan"],
    },
  },
  {
    id: 'nous-avons-localise-les-images-r18',
    phrases: [
      'nous_avons|on_a|j_ai|jai|g ..2 localise*|identifie*|retrouve*|repere*|trouve* ..2 les|des|vos|tes ..1 images|photos|videos|contenus ..2 vous|te|t ..1 concernant|representant|montrant ..6 serveur*|site*|plateforme*|reseau*|groupe*|forum*|canal',
      'vos|tes|les ..1 photos|images|videos|contenus ..1 intime*|privee*|compromettant* ..1 circulent|circule|sont_en_ligne|sont_publiees|tournent|sont_diffusees ..2 sur ..1 #|plusieurs|des|de_nombreux',
    ],
    unless: ['vacances|voyage|mariage|concert|sortie|classe|club|reportage|article|prevention|conference|intervention'],
    weight: 3,
    examples: {
      match: ['Oui, service habilité. Nous avons localisé les images vous concernant sur 3 serveurs.', 'vos photos intimes circulent sur 14 sites'],
      ignore: ["on a retrouvé les photos te concernant sur le site du club, elles sont belles"],
    },
  },
  // r18-end
  {
    "id": "j-ai-enregistrer-tout-r19",
    "phrases": [
      "j_ai|jai|g|moi_j_ai|moi_jai|j_ai_deja|jai_deja ..1 enregistrer|filmer|capturer|screener|screen_record|screenrecord|record|enregistrai|enregistrez ..1 tout|toi|ta|ton|tes|la|le|les|l|notre|nos|video*",
      "c_est|cest|c|c_etait|cetait ..1 toi|twa ..3 sur|dans ..2 la|le|cette|ce ..1 video*|appel*|cam|facetime|visio ..4 nu|nue|a_poil|apoil|tout_nu|toute_nue|sans_rien|sans_vetements",
      "j_ai|jai|g ..1 screen_record|screenrecord|screen_recorde|record|enregistre|filme|capture ..1 tout ..2 notre|ton|ta|le|la ..1 facetime|appel*|visio|cam|live|snap|conv"
    ],
    "unless": [
      "match|but|concert|spectacle|cours|reunion|tuto|game|partie|stream|choree|mdr|ptdr|xd"
    ],
    "examples": {
      "match": [
        "regarde bien cette video c toi sur la video call hier nu. Moi j'ai enregistrer tout",
        "au fait j'ai screen record tout notre facetime d'hier 🙂",
        "moi jai filmer tout"
      ],
      "ignore": [
        "j'ai enregistrer tout le cours de maths si tu veux",
        "c'est toi sur la vidéo du match, trop fort"
      ]
    }
  },
  {
    "id": "j-ai-les-photos-nues-que-tu-as-envoye-r19",
    "phrases": [
      "j_ai|jai|g|j ..2 les|tes|ta|la|toutes_les|toutes_tes|ces ..1 @photo ..1 @nude ..4 que|qu|ke tu|t as|a|m_as|mas|avais ..1 envoye*|envoyer|montre*|fait*",
      "j_ai|jai|g|j ..4 @photo ..3 que|qu|ke tu|t as|a|avais ..1 envoye*|envoyer a mon|ma ami|amie|pote|gars|frere|cousin|cousine|copain|copine|collegue|reuf|poto|cousin"
    ],
    "unless": [
      "soiree|vacances|anniv*|mariage|voyage|classe|album|match|concert|plage|colo|kermesse|recette|devoir*|exo*|cours"
    ],
    "examples": {
      "match": [
        "Bsr. j'ai les photos nue que tu as envoyé à mon ami.",
        "j'ai toutes tes photos en sous-vêtements que tu m'as envoyées",
        "g les vidéos que t'as envoyé à mon pote"
      ],
      "ignore": [
        "j'ai les photos que tu as envoyées à mon pote pour l'album de la soirée"
      ]
    }
  },
  {
    "id": "pour-effacer-la-video-c-est-150-lc-r19",
    "phrases": [
      "pour ..1 effacer|supprimer|detruire|que_je_supprime|que_j_efface|que_je_detruise ..3 la|ta|les|tes|cette|ces ..1 @photo|nudes ..3 c_est|cest|ce_sera|ca_sera|ca_te_coutera|faut|il_faut ..2 #|@payment"
    ],
    "unless": [
      "appli|logiciel|photoshop|abonnement|icloud|stockage|reparation|telephone|ecran|forfait|technicien|cloud"
    ],
    "examples": {
      "match": [
        "pour effacer la vidéo c'est 150",
        "pour que je supprime tes photos ça te coûtera 200€"
      ],
      "ignore": [
        "pour supprimer les photos du cloud faut payer l'abonnement icloud, c'est 3€"
      ]
    }
  },
  {
    "id": "nous-disposons-de-vos-photos-r20",
    "phrases": [
      "nous|on|je|j ..1 disposons|dispose|possedons|possede|detenons|detiens ..1 de ..2 vos|tes|ton|ta|votre ..3 @photo|messages|conversations|conv|echanges|enregistrement*|captures|images|historique",
      "votre|ton ..1 compte ..3 a|est ..1 ete ..1 compromis|pirate|hacke ..2 par",
      "ya|y_a|il_y_a ..1 tes|vos|ta ..1 @photo|nudes ..2 sur|dans ..1 mon ..1 tel|telephone|portable|pc|ordi|galerie|disque|cloud ..4 jveux|je_veux|veux|paye|paie|envoie|sinon|ou"
    ],
    "unless": [
      "voyage|soiree|vacances|anniv*|mariage|sortie|match|fete|classe|bebe|enfance|mignon*|drole*|ptdr|cantine|album|diapo|souvenir*|jeux|jeu|sauvegarde|maj|mise_a_jour|mot_de_passe|support|assistance|connexion_suspecte|reinitialis*"
    ],
    "examples": {
      "match": [
        "Nous disposons de vos messages prives et photos intimes.",
        "Bonjour. Votre compte Instagram a ete compromis par notre equipe.",
        "ya tes photos sur mon tel. jveux 3 cartes google play de 50"
      ],
      "ignore": [
        "ya tes photos de la soirée sur mon tel si tu veux",
        "Votre compte a été compromis, réinitialisez votre mot de passe",
        "je dispose de tes notes du chap 3 si tu veux"
      ]
    }
  },
  {
    "id": "mes-potes-ont-deja-ta-video-r20",
    "phrases": [
      "mes|nos ..1 potes|gars|amis|freres|reufs|collegues ..1 ont ..1 deja|aussi|tous ..1 ta|tes|ton ..1 @photo|nudes|adresse|numero",
      "ils|elles ..1 attendent ..1 [juste|que] ..1 mon|mes ..1 signal|feu_vert|go|ordre*"
    ],
    "unless": [
      "soiree|anniv*|spectacle|match|voyage|vacances|diapo|album|mariage|danse|invitation*|faire_part|tournoi|colis|commande"
    ],
    "examples": {
      "match": [
        "mes potes ont deja ta video, ils attendent mon signal",
        "mes gars ont aussi ton adresse"
      ],
      "ignore": [
        "mes potes ont deja ta video de danse, trop bien",
        "mes potes ont deja ton adresse pour l'anniv"
      ]
    }
  },
  {
    "id": "tu-te-rappelles-moi-oui-r21",
    "phrases": [
      "tu_te_rappelles|tu_te_souviens|tu_te_rappelle|t_te_souviens|tu_t_souviens|rappelle_toi|souviens_toi|tu_te_rappelles_des|tu_te_souviens_des|tu_te_rappelles_de|tu_te_souviens_de ..3 photo*|video*|nudes|vid|vids|snaps|tofs|pics|ce_que_tu_m_as_envoye|ce_que_t_as_envoye|ce_que_tu_m_as_montre ..6 moi_oui|moi_je_m_en_souviens|moi_je_les_ai|je_les_ai_toujours|je_les_ai_encore|je_les_ai_gardees|je_les_ai_garde|j_ai_tout_garde|on_va_en_reparler|on_va_en_parler|on_en_reparle|elles_sont_toujours|toujours_la|je_les_ai_la|moi_j_ai_pas_oublie|moi_j_oublie_pas"
    ],
    "unless": [
      "plage|vacances|soiree|anniv*|mariage|match|concert|voyage|colo|ski|trop_drole|album|fete|noel|souvenir*|imprim*|classe|bapteme|on_etait|trop_bien|mamie|papi|grand_mere|grand_pere|bebe|quand_on_etait|nostalgi*|l_ete_dernier|en_vacances"
    ],
    "weight": 5,
    "examples": {
      "match": [
        "tu te rappelles des photos de la semaine derniere ? 😇 moi oui. on va en reparler, reponds vite",
        "tu te souviens des vidéos de l'autre soir ? je les ai toujours",
        "rappelle toi ce que tu m'as envoyé, moi j'ai pas oublié"
      ],
      "ignore": [
        "tu te rappelles les photos du voyage ? moi oui trop drole",
        "tu te rappelles des photos de l'été dernier ? moi oui, on était trop bien",
        "tu te souviens des photos de l'anniv ? je les ai toujours, je te les envoie"
      ]
    }
  },
  {
    "id": "maintenant-que-j-ai-ta-photo-r21",
    "phrases": [
      "maintenant|mtn|now ..1 que|qu ..1 j_ai|jai|g ..2 ta|tes|ton|ces|tes_deux ..1 @photo|nude*|video|vid",
      "ta|tes|ton ..1 @photo ..1 est|sont ..1 bien ..1 arrivee*|arrive*|recue*|recu* ..6 ecoute|maintenant|mtn|tu_vas|tu_m_envoies|tu_paies|tu_payes|sinon|merci"
    ],
    "unless": [
      "carte|badge|licence|dossier|inscription|trombi*|album|montage|dessin|portrait|fond_d_ecran|contact|passeport|cv|identite|colis|commande|imprim*|tirage*|journal|site|affiche"
    ],
    "weight": 5,
    "examples": {
      "match": [
        "ta photo est bien arrivée merci. maintenant ecoute bien. tu m'envoies 200€ par lydia sinon ta photo part a tous tes abonnés",
        "maintenant que j'ai tes nudes tu vas faire ce que je dis",
        "maintenant que jai ta vidéo, on va discuter"
      ],
      "ignore": [
        "maintenant que j'ai ta photo je peux faire ta carte de membre",
        "ta photo est bien arrivée merci, je l'imprime pour l'album"
      ]
    }
  },
  {
    "id": "je-t-ai-dans-ma-galerie-r21",
    "phrases": [
      "je|j ..1 t|te ..1 ai ..1 toujours|encore|deja|bien ..1 dans ..1 ma|mon|mes ..1 galerie|dossier|dossiers|cloud|disque_dur|pellicule|camera_roll|favoris",
      "je|j ..1 t|te ..1 ai ..1 dans ..1 ma|mon|mes ..1 galerie|dossier|dossiers|cloud|disque_dur|pellicule|camera_roll|favoris ..4 oublie|n_oublie|rappelle|souviens|ma_belle|mon_coeur|ma_cherie|hein"
    ],
    "unless": [
      "soiree|anniv*|vacances|voyage|trop_belle|trop_beau|photo_de_classe|photo_de_groupe|mariage|bapteme|colo|sortie|match|concert|souvenir*|fond_d_ecran",
      "mdr|ptdr|lol|jrigole"
    ],
    "weight": 5,
    "examples": {
      "match": [
        "je t'ai dans ma galerie ma belle, oublie pas ça",
        "je t'ai toujours dans mon dossier 😏"
      ],
      "ignore": [
        "je t'ai dans ma galerie, t'es trop belle sur celle de la soirée",
        "je t'ai toujours dans ma galerie depuis le voyage mdr"
      ]
    }
  },
  {
    "id": "on-a-pirate-ton-ecole-r22",
    "phrases": [
      "nous|on|j|je ..1 avons|a|ai ..1 pirate|pirater|hacke|hacker|infiltre ..3 l|le|la|les|ton|ta|tes|votre|vos ..1 ent|pronote|ecole_directe|serveur*|etablissement|college|lycee|ecole|telephone|tel|portable|pc|ordi|ordinateur|icloud|cloud|webcam|camera",
      "nous|on|j|je ..1 avons|a|ai ..1 acces|access ..1 a|au ..2 tes|ton|ta|toutes_tes|tous_tes ..1 messages|photos|souvenirs|conversations|convs|dm|mp|galerie|fichiers|donnees|pellicule|snaps|memories"
    ],
    "unless": [
      "hackathon|pour_de_faux|pour_de_rire|wifi|ctf|exercice|tp|drive|partage|partagee|album|google_photos|tu_m_as_donne|tu_m_as_file|ton_accord|reportage|article",
      "mdr|ptdr|xd|jrigole"
    ],
    "examples": {
      "match": [
        "Bonjour élève du collège Jean Moulin. Nous avons piraté l'ENT de ton établissement.",
        "j'ai hacké ton téléphone, je vois tout",
        "j'ai accès à tes souvenirs snap maintenant",
        "on a accès à toutes tes photos"
      ],
      "ignore": [
        "pour le hackathon on a hacké l'appli de la cantine pour de faux",
        "j'ai accès à tes photos sur le drive partagé de la classe",
        "on a piraté le wifi du lycée mdr"
      ]
    }
  },
  {
    "id": "tas-oublie-moi-non-r22",
    "phrases": [
      "envoye|envoyer|montre|montrer|fait|fais|filme ..6 oublie|oublies|oubliee ..3 moi_non|pas_moi|moi_jamais|moi_j_oublie_pas|moi_je_n_oublie_pas|moi_j_ai_tout_garde|moi_j_ai_garde",
      "tes|ta ..1 nude*|nudes|photo*|video*|vid|vids ..1 sont|est ..1 dans|sur ..1 mon|ma ..1 dossier|disque|cloud|drive|pc|ordi|galerie|tel|telephone|cle_usb ..3 publier|a_publier|poster|a_poster|envoyer|a_envoyer|prive|special|secret|perso"
    ],
    "unless": [
      "anniv*|cadeau|devoir*|dm|expose|projet|vacances|voyage|colo|soiree|classe|carte",
      "mdr|ptdr|xd"
    ],
    "examples": {
      "match": [
        "tu m'as envoyé des trucs chauds hier, t'as oublié ? moi non 😏",
        "tes nudes sont dans mon dossier \"à publier\""
      ],
      "ignore": [
        "tu m'as envoyé le dm hier, t'as oublié ? moi non",
        "tes photos de vacances sont dans mon dossier à envoyer à mamie"
      ]
    }
  },
  {
    "id": "ce-que-jai-dans-mon-tel-toi-nue-r22",
    "phrases": [
      "ce_que|ce_qu|ce_que_moi ..1 j_ai|jai|g|j ..2 dans|sur ..1 mon|ma ..1 tel|telephone|portable|pc|ordi|galerie|pellicule|cloud ..6 toi|twa ..2 a_poil|nue|nu|toute_nue|tout_nu|en_sous_vetements|en_culotte|en_calecon|sans_rien|sans_vetements"
    ],
    "unless": [
      "mdr|ptdr|xd|bebe|bain|petit|petite|quand_t_etais"
    ],
    "examples": {
      "match": [
        "t'as vu ce que j'ai dans mon tel? toi à poil. maintenant tu fais ce que je dis"
      ],
      "ignore": [
        "t'as vu ce que j'ai dans mon tel ? toi bébé tout nu dans le bain mdr"
      ]
    }
  },
  {
    id: 'tu-te-souviens-de-ce-que-tu-mas-envoye-r23',
    phrases: [
      'oublie|oublies|oublier|souviens|rappelles|rappelle_toi|souvient ..4 photo*|snap*|video*|nude*|vids|vid|tofs|ce_que|ce_qu ..3 tu_m_as|t_m_as|tu_m_avais|t_m_avais|tu_m_a|tm_as|tm_a ..1 envoye*|montre*|fait_voir|envoyee*|envoyes ..6 moi_non|moi_pas|moi_jamais|moi_j_oublie_pas|moi_j_ai_pas_oublie|moi_je_les_ai|moi_jles_ai|je_les_ai_encore|je_les_ai_toujours|jles_ai_toujours|jles_ai_encore|moi_je_m_en_souviens|moi_si',
    ],
    unless: ['expose|devoir*|cours|recette|vacances|colo|soiree|anniv*|classe|bebe|chat|chien|dessin|drive|mdr|ptdr|plage|voyage|mariage|noel|concert|match|trop_belle*|trop_beau*|trop_bien|souvenir*|magnifique*|moi_non_plus|non_plus|retrouve*|perdu*|supprime_par_erreur'],
    examples: {
      match: ["t'as oublié les snaps que tu m'as envoyés l'été dernier? moi non 🙂", "tu te souviens des photos que tu m'avais envoyées ? moi je les ai toujours", "rappelle toi ce que tu m'as montré en juin... moi j'ai pas oublié"],
      ignore: ["t'as oublié les photos que tu m'as envoyées pour l'exposé ? moi non", "t'as oublié les photos que tu m'as envoyées ? moi non plus jles retrouve plus", "tu te souviens des photos que tu m'as envoyées de la plage ? moi je les ai toujours, trop belles", "tu te souviens des photos de vacances que tu m'as envoyées ? moi non mdr"],
    },
  },
  {
    id: 'jai-vu-ton-album-masque-r23',
    phrases: [
      'j_ai|jai|g|on_a ..2 vu|ouvert|fouille|regarde|trouve|parcouru ..6 l_album_masque|l_album_cache|l_album_prive|album_masque|album_cache|dossier_cache|dossier_masque|photos_masquees|photos_cachees|album_prive|galerie_privee|mes_yeux_seulement|my_eyes_only|dossier_secret|fichiers_caches|app_coffre|coffre_fort',
      'video*|photo*|enregistrement*|capture* ..1 de ..1 ton|ta|notre ..1 appel*|facetime|visio|cam|call ..2 est|sont ..1 chez_moi|sur_mon_tel|sur_mon_pc|dans_mon_tel|sur_mon_ordi|entre_mes_mains',
      'ta|tes|votre|vos ..1 premiere|premier|photo*|selfie*|video* ..3 deja ..1 dans|sur ..1 nos|mes ..1 logs|serveurs|archives|bases|fichiers|dossiers|disques',
      'j_ai|jai|g|j ..2 fait ..1 une|des|un ..1 capture*|screen*|enregistrement*|video* ..2 pendant_que|quand|pdt_que|alors_que ..1 tu|t ..3 changeais|deshabillais|douchais|habillais|etais_nue|etais_nu|changer|deshabiller',
      'je|j|jt ..1 t|te ..1 ai|e ..1 filme*|enregistre*|capture*|screen* ..2 pendant_que|quand|pdt_que|alors_que ..1 tu|t ..3 changeais|deshabillais|douchais|habillais|etais_nue|etais_nu',
      'j_ai|jai|g ..1 toute|toutes|tout ..1 tes|ta|les ..1 photo*|video*|vids|nudes ..2 pis|et|ainsi_que|plus ..1 tes|ta|les ..1 video*|photo*|vids|nudes|messages|conv*',
    ],
    unless: ['vacances|voyage|colo|soiree|anniv*|classe|mariage|bebe|noel|spectacle|gala|match|tournoi|concert|album_de_famille|drive_de_la|cle_usb|je_te_les|jte_les|je_te_la|jte_la|je_te_l|jte_l|te_l_envoie|te_le_renvoie|te_la_renvoie|de_memes|memes|meme|renvoi*|mdr|ptdr|trop_bien|trop_drole|souvenir*|camp|plage|ski|sortie|danse|groupe_de_la_classe'],
    examples: {
      match: ["par contre j'ai vu ce qu'il y a dans l'album masqué 😏", "la vidéo de ton appel whatsapp est chez moi", "ta première photo est déjà dans nos logs avec ton pseudo", "j'ai fait une capture pendant que tu te changeais", "je t'ai filmée pendant que tu te changeais", "heille j'ai toute tes photos pis tes vidéos"],
      ignore: ["j'ai vu l'album de la colo c trop bien", "la vidéo de ton appel est chez moi sur mon pc, je te l'envoie", "j'ai toutes tes photos et tes vidéos de vacances, je te les renvoie", "la vidéo de ton live est trop drôle mdr"],
    },
  },
  {
    id: 'tu-sais-ce-que-jai-r23',
    phrases: [
      'ou|sinon|ou_sinon ..6 tu_sais|tu_sait|t_sais|tsais|tu_c ..1 ce_que|ce_qu|ske ..1 j_ai|jai|g|je_possede|je_detiens',
      'tu_sais|tu_sait|t_sais|tsais|oublie_pas|n_oublie_pas|noublie_pas ..1 ce_que|ce_qu|tout_ce_que ..1 j_ai|jai|g|je_garde|je_possede ..1 sur_toi|contre_toi|de_toi',
    ],
    unless: ['ordonnance|medecin|docteur|grippe|rhume|fievre|angine|covid|mdr|ptdr|cadeau|surprise|anniv*|devoir*|note|notes|controle|interro|bulletin'],
    examples: {
      match: ["dernier rappel. tu m'envoies la vidéo ce soir ou j'arrête d'être gentil. tu sais ce que j'ai 🙂", "n'oublie pas ce que j'ai sur toi", "tu sais ce que j'ai contre toi"],
      ignore: ["viens ou sinon tu sais ce que j'ai pour ton anniv ? une surprise", "tu sais ce que j'ai eu au contrôle ?"],
    },
  },
  {
    id: 'fausse-police-amende-r23',
    phrases: [
      'sans_prevenir|sans_informer|sans_avertir|sans_en_informer|sans_en_parler_a ..1 tes|vos|ton|ta ..1 parents|famille|proches|ecole|college|lycee ..4 regle*|reglez|paie|paye|payez|verse*|vire*|envoie*|achete* ..6 @payment|#|code*|coupon*|recharge*|@currency|google_play|carte*',
      'amende|contravention|frais_de_dossier|frais_de_procedure ..6 coupon*|code*|recharge*|carte_cadeau*|cartes_cadeau*|google_play|carte_google*|paysafe*|transcash|neosurf|pcs|steam|itunes|bitcoin*|crypto',
      'plainte|procedure|signalement|enquete ..3 contre_toi|contre_vous|a_ton_nom|a_votre_nom|te_concernant|vous_concernant ..6 photo*|image*|video*|contenu*|mineur*|intime*|pedo*',
    ],
    unless: ['arnaque*|faux_mail|faux_message|phishing|hameconnage|ne_payez|ne_paye|ne_paie|jamais_payer|signale*|3018|pharos_gouv|attention|vigilance|mefiez'],
    examples: {
      match: ["Pour classer l'affaire sans prévenir tes parents, règle 200€ en carte Google Play", "une amende forfaitaire à régler en coupons PCS", "Une plainte a été déposée contre toi pour partage de photos intimes"],
      ignore: ["attention arnaque : un faux mail de la police demande de payer une amende en coupons pcs, ne payez jamais", "tu pars pas sans prévenir tes parents"],
    },
  },
  // r24-start
  {
    id: 'jai-vu-ta-galerie-photos-privees-r24',
    phrases: [
      'j_ai|jai|g|j ..2 vu|regarde|fouille|parcouru|ouvert|tombe_sur|check ..1 ta|tes|ton ..1 galerie|pellicule|album*|dossier*|telephone|tel|portable|icloud ..6 privee*|intime*|tres_privees|chaud*|compromettant*|nue|nues|coquine*|osee*',
      'ta|tes|ton|votre|vos ..1 video*|vid|vids|nude*|nudes|strip|show|corps ..2 est|sont|a_ete|ont_ete ..1 [bien|deja|bien_deja|tout] enregistre*|enregistrer|sauvegarde*|stocke*|record*|capture*|filme*|screen*',
      'je|j ..1 connais|connait|connai|conais|conai ..1 tout|tous|toute ..1 tes|ta ..1 ami|amis|potes|famille|contact|contacts|abonne|abonnes|followers ..1 facebook|fb|instagram|snap|snapchat|tiktok|whatsapp',
    ],
    unless: ['vacances|voyage|mariage|anniv*|soiree_de|concert|drive|projet|expose|montage|devoir*|concours|candidature|casting|inscription|prof|cours|classe_de|mdr|ptdr|jrigole|chat|chien|paysage*|reportage|youtube|automatiquement|brouillon*'],
    examples: {
      match: ["par contre j'ai du tester l'appareil et j'ai vu ta galerie... des photos très privées", "j'ai fouillé ton tel, y a des trucs bien chauds", 'ok mon frere maintenant ecoute bien. ta video est enregistrer', 'ta vidéo est bien enregistrée 🙂', 'je connais tout tes ami facebook', 'tes nudes sont sauvegardés chez moi'],
      ignore: ["ta vidéo est enregistrée pour le concours, bonne chance", "j'ai vu ta galerie des vacances, trop beau", 'ta vidéo est enregistrée sur le drive du projet', 'je connais tous tes amis, ils sont sympas'],
    },
  },
  {
    id: 'notre-equipe-detient-un-enregistrement-r24',
    phrases: [
      'detient|detenons|detiens|possede|possedons|possedes|dispose|disposons|conserve|conservons ..3 un|une|des|de|d|l|les ..1 enregistrement*|video*|capture*|copie*|images|extrait* ..3 de|d|des ..2 votre|vos|ta|ton|tes ..2 session*|webcam|camera|cam|appel*|ecran|activite*|conversation*|visio*|echange*',
      'ta|ton ..1 tete|visage|voix|tronche ..4 tout|tt ..2 est|y_est ..1 dessus',
    ],
    unless: ['mdr|ptdr|xd|haha|mariage|anniv*|soiree|fete|concert|spectacle|match|drole|trop_bien|bravo|chorale|cours|prof|ecole|universite|formation|rgpd|donnees_personnelles|consentement|politique_de_confidentialite'],
    examples: {
      match: ["Bonjour, nous vous informons que notre équipe détient un enregistrement de votre session webcam ainsi que la liste de vos contacts.", 'ta tete ta voix ton insta tout est dessus', 'nous disposons de captures de votre écran'],
      ignore: ['ta tête, ta voix, tout est dessus, trop drôle la vidéo du mariage mdr', "l'école conserve les enregistrements de vos sessions de cours en visio"],
    },
  },
  // r24-end
  // r25-start
  {
    id: 'jai-vu-tes-snaps-sauvegardes-r25',
    phrases: [
      'j_ai|jai|g|j ..2 vu|lu|acces|recupere|fouille|parcouru|telecharge ..2 tous|toutes|tout ..1 tes|vos ..1 snaps|souvenirs|photos|messages|convs|conversations|dm|mp|nudes|videos ..3 sauvegarde*|enregistre*|prive*|privee*|masque*|my_eyes_only|cache*|secret*|intime*',
      'j_ai|jai|g|j ..1 son|ton|ta|leur ..1 compte|snap|snapchat|instagram|tel|telephone|icloud ..2 et|avec ..1 tous|toutes|tout ..1 tes|vos ..1 convs|conversations|messages|photos|snaps|dm|mp|nudes|videos',
      'je|j suis|sui|ss dans ton|ta compte|snap|snapchat|instagram|icloud|telephone|galerie',
      'jsuis|chui dans ton|ta compte|snap|snapchat|instagram|icloud|telephone|galerie',
      't_as|tas|tu_as|t_a ..1 pas|jamais ..1 change|changer|modifie ..1 ton|ta|tes ..1 mdp|mot_de_passe|code|password ..6 j_ai|jai|g|je|j ..2 vu|acces|tout|tes|toutes',
    ],
    unless: ['flammes|streak*|comme_tu_m_as_demande|tu_m_as_demande|tu_m_as_donne|pour_poster|pour_publier|concours|netflix|disney*|prime|spotify|deezer|canal|steam|minecraft|fortnite|roblox|valorant|brawl*|clash*|pokemon|niveau|niveaux|farm*|rank*|jeu|jeux|game|vacances|voyage|anniv*|soiree|mariage|pronote|ent|ecole|projet|expose|jrigole|tu_devrais|faut_changer|va_changer|change_le|change_vite|fais_gaffe|on_m_a|on_ma|on_t_a|on_ta|pirate_aussi|il_m_a|elle_m_a|drive_du|concert|trop_drole|trop_belle*|trop_beau*'],
    examples: {
      match: ["t'as pas change ton mdp snap lol. j'ai vu tous tes snaps sauvegardes dans mes souvenirs 👀 on va discuter toi et moi", "bon je vais etre honnete jsuis pas ines. j'ai son compte et toutes vos convs", "j'ai recupere toutes tes photos masquees", 'je suis dans ton compte snap maintenant'],
      ignore: ["j'ai vu toutes tes photos de vacances, trop belles", "j'ai lu tous tes messages, desole j'etais pas dispo", "t'as pas change ton mdp ? fais gaffe on m'a pirate aussi", 'je suis dans ton compte pronote pour voir les notes'],
    },
  },
  {
    id: 'je-lai-encore-la-video-r25',
    phrases: [
      'je|j l|la|les ai|as encore|toujours|tjrs|tjr|gardee|gardees|garde ..1 ta|tes|la|les ..1 video*|vid|vids|photo*|nude*|nudes|tof|tofs|captures|screens',
      'jl|jla|jles ai|as encore|toujours|tjrs|tjr|gardee|gardees|garde ..1 ta|tes|la|les ..1 video*|vid|vids|photo*|nude*|nudes|tof|tofs|captures|screens',
      'cru|croyais|pensais|crois ..5 effac*|supprim*|delete*|jete*|jeter ..2 tes|ta|les|la ..1 @photo',
    ],
    unless: ['renvoie|renvoyer|si_tu_les_veux|si_tu_la_veux|tu_les_veux|tu_la_veux|trop_belles|trop_belle|trop_beau|trop_beaux|magnifique*|souvenir*|concert|match|anniv*|soiree|vacances|voyage|mariage|classe|spectacle|mdr|ptdr|jrigole|trop_drole|skate|fete|colo|sortie|but|patinoire|chute|gateau|chat|chien|bebe|drive|ordi|cours|memes'],
    examples: {
      match: ["je l'ai encore la video, t'as cru quoi", 'jles ai toujours tes photos', "wsh t'as cru j'allais les effacer tes photos ?"],
      ignore: ["je l'ai encore la video du concert, tu la veux ?", 'je les ai toujours les photos de la colo mdr', "tu croyais que j'avais supprime tes photos de vacances ? non elles sont sur le drive"],
    },
  },
  {
    id: 'si-il-tombe-sur-ce-que-tu-mas-envoye-r25',
    phrases: [
      'tombe|tombait|tomberait|tombais|decouvre|decouvrait|decouvrirait|voyait|verrait|trouvait|trouverait|lisait|lirait ..4 ce ..1 que|qu ..1 tu|t ..1 m|me ..1 as|a|avais ..1 envoye*|montre*|file*|donne',
    ],
    unless: ['cadeau*|surprise|colis|anniv*|recette|devoir*|exo*|cours|dessin|lettre'],
    examples: {
      match: ["ce serait dommage que ton pere tombe par hasard sur ce que tu m'as envoye l'ete dernier", "si ta mere decouvrait ce que tu m'as montre..."],
      ignore: ["si ta mere tombe sur ce que tu m'as envoye pour son anniv la surprise est gachee"],
    },
  },
  {
    id: 'ton-icloud-jai-tout-telecharge-r25',
    phrases: [
      'icloud|cloud|drive|galerie|compte|snap|snapchat|instagram|google_photos ..6 j_ai|jai|g ..1 tout ..1 telecharge|recupere|copie|aspire|vu|sauvegarde',
      'ta|tes ..1 photo*|video*|nude*|nudes|vid|vids|screens|captures ..6 on_sait_jamais|ca_peut_servir|ca_pourrait_servir|au_cas_ou|pour_plus_tard|ca_servira|ca_me_servira',
    ],
    unless: ['reparateur|reparation|nouveau_tel|nouveau_telephone|transfert|disque|cle_usb|ordi|pc|expose|projet|vacances|bebe|classe|colo|identite|passeport|mariage|anniv*|voyage|cours|devoirs|mdr|ptdr'],
    examples: {
      match: ["ton icloud etait pas protege, j'ai tout telecharge", 'je garde tes photos, on sait jamais 😉', 'ta video je la garde, ca peut servir'],
      ignore: ["ton drive de l'expose, j'ai tout telecharge", 'je garde tes photos de vacances, on sait jamais'],
    },
  },
  {
    id: 'la-video-que-tu-mas-faite-toujours-dans-mon-tel-r25',
    phrases: [
      'video*|vid|vids|photo*|nude*|nudes|tof|tofs|snap|snaps ..2 que_tu_m|que_t_m|que_tu_me|qu_tu_m ..2 faite|faites|fait|envoye*|montre*|donne*|file* ..6 toujours|encore ..2 dans|sur ..2 tel|telephone|portable|galerie|ordi|pc|cloud|drive|disque|pellicule',
    ],
    unless: ['recette|devoir*|exo*|expose|projet|cours|concert|match|vacances|voyage|anniv*|soiree|mariage|dessin|meme|memes|mdr|ptdr|chat|chien|paysage*|colo'],
    examples: {
      match: ["rappelle toi de la video que tu m'as faite en janvier, elle est toujours dans mon tel", "les photos que tu m'as envoyees sont bien au chaud, encore dans ma galerie"],
      ignore: ["la video du concert que tu m'as envoyee est toujours sur mon tel", "la photo de la recette que tu m'as envoyee est encore dans ma galerie"],
    },
  },
  {
    id: 'dossier-avec-tes-photos-et-noms-de-tes-potes-r25',
    phrases: [
      'dossier|fichier|liste ..3 avec|de ..2 tes ..1 photo*|nudes|video*|adresse ..4 noms|contacts|abonnes|potes|amis|famille|parents',
    ],
    unless: ['album|anniv*|classe|trombi*|mariage|surprise|diapo*|voyage|colo|projet|expose'],
    examples: {
      match: ["j'ai un dossier avec tes photos et les noms de tous tes potes"],
      ignore: ["j'ai un dossier avec tes photos et les noms de tous tes potes pour l'album de classe"],
    },
  },
  // r25-end
  {
    id: 'jai-enregistre-la-session-r26',
    phrases: [
      'j_ai|jai|g|j ..1 [tout|deja] ..1 enregistre|record|capture|filme|screen|screene ..2 toute|tout|la|l|notre ..1 session|appel|visio|live|cam|facetime|conversation|call|stream ..4 ton_visage|ta_tete|ta_chambre|ta_voix|ton_corps|ton_prenom|toi|twa',
      'c_est|cest ..1 ta|ton ..1 video|vid|photo|appel ..2 de|du ..1 l_appel|la_visio|la_cam|notre_appel|notre_visio|l_appel_video|la_webcam|ta_cam|facetime',
      'souviens|rappelles ..2 @photo|nudes ..1 que|qu ..3 envoye*|montre*',
    ],
    unless: ['cours|replay|reunion|prof|pour_ceux|absents|podcast|concert|spectacle|anniv*|mariage|vacances|voyage|plage|colo|colonie|trop_drole|trop_belles|trop_beau'],
    examples: {
      match: ["au fait j'ai enregistré toute la session, avec ton visage et ta chambre", "c'est ta video de l'appel de samedi. Yanis c'est juste le debut", "tu te souviens des photos que tu m'as envoyées cet été ? moi oui 🙂"],
      ignore: ["j'ai enregistré toute la session pour ceux qui étaient absents", 'tu te souviens des photos que tu m as envoyées de la plage ? trop drole', "c'est ta video de danse de samedi ?"],
    },
  },
  // r27-start
  {
    id: 'la-video-de-toi-est-chez-moi-r27',
    phrases: [
      '@photo|nudes|enregistrement*|captures ..4 de ..1 toi|twa|vous ..4 est|sont|reste|restent|dort|dorment ..2 chez_moi|sur_mon_tel|sur_mon_telephone|sur_mon_pc|sur_mon_ordi|dans_mon_tel|dans_mon_telephone|dans_mon_pc|sur_mon_disque|dans_mes_fichiers|en_securite|bien_au_chaud|au_chaud|de_cote',
      'nous|on|j|je ..1 avons|a|ai|garde|gardons|conserve|conservons ..2 une|des ..1 copie|copies|sauvegarde*|backup ..3 des|de|du|de_vos|de_tes|de_ta|de_votre ..2 fichiers|photos|videos|images|contenus|enregistrement*|nudes|@photo',
    ],
    unless: ['je_te_l_envoie|je_te_les_envoie|jte_l_envoie|jte_les_envoie|je_te_l_envoi|je_te_la_mets|je_te_les_mets|je_t_envoie|je_te_passe|je_te_la_passe|je_te_les_passe|tu_la_veux|tu_les_veux|tu_veux_que_je|voyage|vacances|soiree|anniv*|classe|sortie|mariage|match|concert|spectacle|projet|album|souvenir*|facture*|contrat|devis|releve|ordonnance|dossier_medical|papiers|passeport|identite|carte|diplome|bulletin|mdr|ptdr|haha|lol|xd|bebe|chaton|chien|chat'],
    examples: {
      match: ['la vidéo de toi sur cam elle est toujours chez moi', 'nous avons une copie des fichiers vous concernant', "t'inquiète j'ai gardé une copie de tes photos"],
      ignore: ["la vidéo de toi au concert est sur mon pc, je te l'envoie", 'nous avons une copie de votre facture dans votre espace client', 'la photo de toi est sur mon tel, je te l\'envoie ce soir'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'j-ai-capture-ton-ecran-r27',
    phrases: [
      'je|j|jai|jt ..1 ai|t_ai|t ..1 [tout|bien|meme] ..1 capture|captures|screen|screene|screenshot|enregistre|enregistree|filme|filmee|record|recorde ..3 ton|ta|l|notre|nos|l_appel|la_visio|le_live ..1 ecran|appel|call|facetime|visio|live|stream|cam|webcam|camera|session',
    ],
    unless: ['cours|prof|reunion|teams|zoom|meet|expose|tuto|tutoriel|bug|erreur|score|record_du|partie|game|ranked|clip|highlight|moment_drole|mdr|ptdr|haha|lol|xd|mamie|papi|anniv*', /* r29 */ 'appel_de_groupe|absent*|pour_ceux|pour_celles|drive|de_la_classe|groupe_de_classe|le_groupe|partage*', /* r35 */ 'podcast*|emission|radio|interview*|montage|reportage|ca_te_derange|ca_te_gene|t_es_d_accord|tu_es_d_accord|t_es_ok|tu_es_ok|si_tu_es_d_accord|si_t_es_d_accord'],
    examples: {
      match: ["la meuf c'était un fake, moi j'ai capturé ton écran", "j'ai tout enregistré l'appel, tu peux rien faire"],
      ignore: ["j'ai capturé ton écran pendant la partie, regarde ton score mdr", "j'ai enregistré l'appel teams pour ceux qui étaient absents au cours", "j'ai enregistré notre appel de groupe, je le mets sur le drive", "j'ai enregistré l'appel pour l'émission radio du lycée, t'es d'accord ?", "j'ai enregistré notre visio pour le podcast, ça te gêne ?"],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'vos-images-circulent-r27',
    phrases: [
      'vos|tes|des ..1 images|photos|videos|nudes|contenus|photos_intimes|videos_intimes|contenus_intimes|images_intimes ..4 circulent|circule|tournent|sont_en_ligne|sont_partout|sont_publiees|sont_diffusees|ont_fuite|ont_leak',
      'images|photos|videos|contenus ..2 de_vous|de_toi|vous_concernant|te_concernant ..4 circulent|circule|tournent|sont_en_ligne|sont_partout|sont_publiees|sont_diffusees|ont_fuite',
    ],
    unless: ['famille|tonton|tata|mamie|papi|plage|adore*|trop_belle|trop_beau|connu*|buzz|likes|vues|bravo|felicitations|danse*|chante*|mignon*|drole|mdr|ptdr|haha|lol|xd|voyage|vacances|soiree|mariage|anniv*|match|concert|spectacle|kermesse|remise|classe|sortie|fais_attention|signale|signaler|pharos|cpe|police|porte_plainte|t_inquiete'],
    weight: 2,
    examples: {
      match: ['Vos images circulent, contactez-nous pour un devis.', 'des photos intimes te concernant sont en ligne, nous pouvons les retirer'],
      ignore: ['tes vidéos tournent sur tiktok, t es trop connu mdr', 'tes photos de la plage tournent sur le groupe de la famille', 'tes photos circulent, signale le compte sur pharos et va voir la cpe'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'qqn-a-ouvert-ton-my-eyes-only-r28',
    phrases: [
      'ouvert|ouvre|fouille|fouiller|parcouru|vu|regarde|visite|trouve|recupere|copie|telecharge|aspire|acces|acceder|entre|rentre ..3 ton|ta|tes|votre|vos ..2 my_eyes_only|mes_yeux_seulement|section_privee|dossier_prive|dossier_cache|album_prive|album_cache|galerie_privee|galerie_cachee|coffre_fort|photos_masquees|album_masque|dossier_securise|fichiers_caches',
      'j_ai|jai|g|on_a ..2 le|la|ton|ta|tout_le|toute_la|tout_ton ..1 my_eyes_only|dossier_cache|album_cache|album_masque|dossier_prive|album_prive|coffre_fort|dossier_securise|galerie_cachee|galerie_privee|section_privee ..3 de|du|sur ..1 ton|ta ..1 tel|telephone|portable|snap|compte|icloud|cloud|insta|instagram',
      'ton|ta|tes|votre ..1 my_eyes_only|dossier_cache|album_cache|album_masque|coffre_fort|dossier_securise ..4 est|etait|sont|etaient|c_est|cest ..2 pas|mal|super|bien|trop|vachement ..1 protege*|securise*|cache*|interessant*|interessante*|rempli*|chaud*|croustillant*',
      'ton|ta|tes|votre ..1 sauvegarde|backup|cloud|icloud|drive|google_photos ..3 est|etait|sont|a_ete ..1 pas|mal|super|bien|trop ..1 protege*|securise*|interessant*|interessante*|rempli*|croustillant*',
    ],
    weight: 3,
    unless: ['mets|mettre|met|range|ranger|cache_les|cache_tes|cacher_tes|cacher_les|planque_les|planque_tes|comment|tuto|tutoriel|parametres|reglage*|option|fonction|appli|mise_a_jour|tu_savais|astuce|conseil|je_sais_pas|jsais_pas|t_as_vu|tas_vu|as_tu_vu|oublie|perdu|mot_de_passe_oublie|reinitialis*', 'mdr|ptdr|xd|lol|haha', 'ma|mon|mes ..1 my_eyes_only|dossier_cache|album_cache|coffre_fort|sauvegarde|cloud|icloud|drive'],
    examples: {
      match: ["quelqu'un a fouillé ton my eyes only 👀", "devine qui a ouvert ta section privée", "on a récupéré ton dossier caché, il était pas très protégé", "ton coffre-fort était pas très sécurisé hein", "ton icloud était mal protégé", "j'ai le dossier caché de ton tel, t'es pas très maligne"],
      ignore: ["mets tes photos dans ton my eyes only si t'as peur que ta soeur les voie", "comment on ouvre ton dossier caché sur samsung ?", "t'as vu la nouvelle fonction coffre-fort de l'appli ?", "mon icloud était plein, j'ai tout perdu"],
    },
  },
  // r28-end
  // r28-start
  {
    id: 'ce-que-jai-trouve-dans-ton-cloud-r28',
    phrases: [
      'j_ai|jai|g|j|on_a ..2 trouve|vu|recupere|telecharge|fouille|decouvert ..3 dans|sur ..1 ton|ta|tes|votre ..1 sauvegarde|sauvegardes|icloud|cloud|drive|google_photos|galerie|pellicule|my_eyes_only|dossier_cache|album_masque|corbeille|photos_supprimees|backup',
    ],
    weight: 2,
    unless: ['mdr|ptdr|xd|lol|haha', 'bebe|petite|petit|vacances|voyage|colo|soiree|anniv*|classe|plage|ski|chat|chien|drole|marrant|trop_mignon*|souvenir*|tu_m_as_partage|partage*|tu_m_as_prete|tu_m_as_passe|ton_tel_que_tu_m_as|tu_m_as_donne|devoir*|cours|expose|document*|fichier*|pdf|dossier_de_classe|le_lien'],
    examples: {
      match: ["t'as vu ce que j'ai trouvé dans ta sauvegarde icloud ?", "devine ce qu'on a récupéré sur ton drive", "j'ai fouillé dans ta galerie, intéressant 😏"],
      ignore: ["regarde ce que j'ai trouvé dans ta galerie, ta photo de bébé mdr", "j'ai trouvé l'exposé dans ton drive, tu me l'as partagé hier", "j'ai vu dans ta galerie les photos de la colo, trop bien"],
    },
  },
  // r28-end
  // r29-start
  {
    id: 'jlai-enregistre-r29',
    phrases: [
      'jlai|jl|je_lai|j_lai|je_l|jle ..1 [ai] [tout|bien|meme] enregistre|enregistree|filme|filmee|screen|screene|screenshote|capture|capturee|record|recorde',
    ],
    unless: ['oui|ouais|ouep|ok|okay|yes|deja|numero|num|contact*|merci|sur_mon|sur_ton|dans_mon|dans_mes|favoris|drive|ordi|fichier*|document*|chanson|musique|morceau|podcast|emission|episode|match|film|serie|cours|jeu|partie|niveau|brouillon|pdf|word|skate|trick*|kickflip|but|concert|spectacle|mdr|ptdr|haha|lol|xd|anniv*|gateau|bebe|chat|chien|rdv|rendez_vous|agenda|calendrier|adresse|mot_de_passe|profil'],
    weight: 2,
    examples: {
      match: ['jlai enregistré 😏', "je l'ai tout filmé, tu savais pas ?"],
      ignore: ["oui je l'ai enregistré ton numéro", "je l'ai filmé ton kickflip, trop propre", "je l'ai enregistré sur mon ordi, le document"],
    },
  },
  {
    id: 'la-video-de-toi-je-lai-gardee-r29',
    phrases: [
      '@photo ..1 de_toi|de_vous ..4 je|j|jl|jles|jlai ..2 [bien|toujours|encore|tjrs|tjr] ..1 gardee|gardees|garde|conservee|conservees|conserve|sauvegardee|sauvegardees|sauvegarde',
    ],
    unless: ['renvoie|renvoyer|si_tu_les_veux|si_tu_la_veux|tu_les_veux|tu_la_veux|trop_belles|trop_belle|trop_beau|magnifique*|souvenir*|concert|match|anniv*|soiree|vacances|voyage|mariage|classe|spectacle|mdr|ptdr|jrigole|fete|colo|sortie|bebe|petit|petite|drive|album|cadre|fond_d_ecran'],
    weight: 3,
    examples: {
      match: ["la vidéo de toi t'inquiète je l'ai gardée", 'tes photos de toi, jles ai bien sauvegardées'],
      ignore: ["la photo de toi bébé je l'ai gardée dans un cadre", "la vidéo de toi au concert je l'ai gardée, trop belle"],
    },
  },
  {
    id: 'sinon-tu-sais-ce-que-j-ai-r29',
    phrases: [
      'sinon|ou_sinon|sinn|snn|noublie_pas|n_oublie_pas|oublie_pas|rappelle_toi|souviens_toi|tinquiete|t_inquiete ..2 tu|t ..1 sais|oublies|oublie|connais ..1 [bien|tres_bien|deja] ce_que|ce_qu|tout_ce_que ..1 j_ai|jai|j|jgarde|je_garde|je_detiens|je_possede',
      'tu|t ..1 sais|oublies|oublie ..1 [bien|tres_bien|deja] ce_que|ce_qu|tout_ce_que ..1 j_ai|jai|j|je_garde|je_detiens|je_possede ..2 de_toi|sur_toi|dans_mon_tel|dans_mon_telephone|dans_ma_galerie|en_stock|en_reserve|sous_la_main',
    ],
    unless: ['ce_que|ce_qu ..1 j_ai|jai|j ..1 [ai] fait|mange|eu|achete|vu|trouve|recu|regarde|dit|appris|envie|besoin|pense|compris|prevu|reve|ecoute|lu|entendu|perdu|gagne|oublie', 'cadeau|surprise|anniv*|note|notes|controle|bac|brevet|mdr|ptdr|haha|lol|xd|jrigole'],
    weight: 3,
    examples: {
      match: ["fais ce que je dis, sinon tu sais ce que j'ai", "t'inquiète tu sais très bien ce que jai", "tu sais ce que j'ai de toi dans mon tel"],
      ignore: ["sinon tu sais ce que j'ai eu au contrôle ?", "sinon tu sais ce que j'ai acheté pour son anniv ?", "tu sais ce que j'ai mangé ce midi mdr"],
    },
  },
  // r29-end
  // r30
  {
    id: 'jai-le-compte-de-ta-pote-r30',
    phrases: [
      'j_ai|jai|g ..1 [pirate|hacke|recupere|vole|pris] le|son|leur ..1 compte ..3 de ..1 ta|ton ..1 pote|copine|amie|meilleure_amie|meilleur_ami|meilleure_pote|meilleur_pote|soeur|frere|cousine|cousin|copain|mec|meuf|bff ..3 maintenant|mtn|mnt|desormais|now',
      'j_ai|jai|g|j ..1 pirate|hacke|piratee|hackee|pris_le_controle_de|pris_le_controle_du ..1 le|son|leur|ton ..1 compte ..3 de ..1 ta|ton ..1 pote|copine|amie|meilleure_amie|meilleur_ami|meilleure_pote|soeur|frere|cousine|copain|mec|meuf|bff',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|fortnite|netflix|disney|spotify|deezer|jeu|game|minecraft|roblox|valo|mot_de_passe_oublie|elle_m_a_donne|il_m_a_donne|elle_m_a_prete|il_m_a_prete|pour_l_aider|pour_la_recuperer|pour_le_recuperer|rendu|rendre'],
    weight: 2,
    examples: {
      match: ["j'ai piraté le compte de ta copine maintenant", 'g le compte de ta meilleure amie mtn', "j'ai hacké le compte de ton frère"],
      ignore: ["j'ai le compte de ta pote sur insta, elle poste trop bien", "j'ai hacké le compte fortnite de ton frère mdr", "j'ai récupéré le compte de ta soeur, elle m'avait donné son mot de passe oublié"],
    },
  },
  {
    id: 'jai-lu-tous-vos-dm-r30',
    phrases: [
      'j_ai|jai|g|j ..1 lu|vu|tout_lu|tout_vu|lis|fouille|parcouru|epluche ..2 tous|toutes|tout ..1 vos|ses|leurs ..1 dm|dms|mp|mps|messages|msg|msgs|conv|convs|conversations|discussions|echanges|snaps',
      'j_ai|jai|g|j ..1 lu|vu|tout_lu|tout_vu|fouille|parcouru|epluche ..2 tous|toutes|tout ..1 tes ..1 dm|dms|mp|mps|conv|convs|conversations|discussions|echanges ..2 avec|prives|privees|en_prive',
    ],
    unless: ['groupe|classe|reveil|reveille*|desole*|dsl|pardon|excuse|retard|vocal|vocaux|rien_compris|mdr|ptdr|haha|lol|xd|reponds|repondre|repondu|dormais|dormi|cours|prof|profs|devoirs'],
    weight: 2,
    examples: {
      match: ["j'ai lu tous vos dm, je sais tout", "jai vu toutes tes conversations avec lui", "j'ai fouillé toutes vos conv"],
      ignore: ["j'ai lu tous tes messages, désolée je dormais", "j'ai lu tous vos messages sur le groupe de classe", "j'ai vu tous tes messages mdr j'étais en cours"],
    },
  },
  {
    id: 'celles-que-tas-envoyees-en-prive-r30',
    phrases: [
      'j_ai|jai|g|j_garde|je_garde|jgarde ..3 les_autres|d_autres|celles|ceux|celle|tes_photos|tes_videos|tes_nudes|les_photos|les_videos ..3 que|qu ..1 tu|t ..2 envoyee*|envoye|envoyes|postee*|mise*|mis ..2 en_prive|en_pv|en_mp|en_dm|en_message_prive|a_ton_ex|a_ton_mec|a_ta_meuf|a_ton_copain|a_ta_copine|a_lui|a_elle|a_quelqu_un',
    ],
    unless: ['groupe|classe|album|drive|sortie|voyage|vacances|anniv*|mariage|concert|match|jolie*|trop_belle*|magnifique*'],
    weight: 3,
    examples: {
      match: ["dommage que j'ai aussi les autres, celles que t'as envoyées en privé", "jai tes photos que tu as envoyées à ton ex", "je garde celles que t'as envoyé en mp"],
      ignore: ["j'ai les photos que tu m'as envoyées de la plage", "j'ai reçu celles que t'as envoyées en privé pour l'album de classe", "j'ai vu ce que t'as envoyé sur le groupe"],
    },
  },
  {
    id: 'qqn-qui-a-ta-video-de-lappel-r30',
    phrases: [
      'j_ai|jai|g|qui_a|qui_as|on_a|il_a|ils_ont|je_possede|je_detiens|je_garde|jgarde|j_garde|j_ai_garde|jai_garde|j_ai_enregistre|jai_enregistre ..2 ta|tes|la|les|une ..1 video*|vid|vids|capture*|enregistrement*|record*|replay ..3 de_l_appel|du_call|du_facetime|du_fc|de_la_visio|de_la_cam|de_l_appel_video|de_notre_appel|de_notre_call|de_notre_facetime|de_notre_visio|de_la_webcam|de_ta_cam|de_ta_webcam',
      'video*|vid|vids|capture*|enregistrement* ..1 de_l_appel|du_call|du_facetime|du_fc|de_la_visio|de_la_cam|de_notre_appel|de_notre_call|de_notre_facetime|de_notre_visio ..2 d_hier|hier|hier_soir|de_l_autre_soir|de_cette_nuit|de_ce_soir|de_tout_a_l_heure ..6 pense|imagine|tes_parents|ta_mere|ta_maman|ton_pere|tes_potes|paie|paye|sinon|dommage|tombe|tombent|voient|voit',
    ],
    unless: ['cours|prof|profs|moodle|teams|zoom|reunion|classe|lien|replay_du_cours|expose|webinaire|conference|mdr|ptdr|haha|xd|anniv*|mamie|papi|grand_mere|grand_pere'],
    weight: 3,
    examples: {
      match: ["qqn qui a ta vidéo de l'appel de cette nuit", "j'ai la vidéo de notre facetime, tu t'en souviens ?", "la vidéo du call d'hier soir, imagine tes parents qui tombent dessus"],
      ignore: ["j'ai la vidéo de l'appel avec la prof, je t'envoie le lien", "t'as la vidéo du live de squeezie ?", "j'ai la capture de l'appel avec mamie pour son anniv"],
    },
  },
  {
    id: 'video-de-toi-dans-la-salle-de-bain-r30',
    phrases: [
      'j_ai|jai|g|je_garde|jgarde|j_garde ..2 @photo ..1 de_toi|de_vous|de_twa ..6 dans|sous|aux ..1 la_salle_de_bain|la_sdb|les_toilettes|les_wc|la_douche|les_douches|les_vestiaires|le_vestiaire|les_cabines|la_cabine|ton_lit|ta_baignoire|le_bain|ton_bain',
      'j_ai|jai|g|je_garde|jgarde|j_garde ..2 @photo ..6 ou|quand|pendant_que ..1 tu|t ..2 te_changes|te_changeais|etais_sous_la_douche|es_sous_la_douche|te_douchais|te_douches|te_deshabilles|te_deshabillais|prends_ta_douche|prenais_ta_douche',
    ],
    unless: ['chant*|danse*|dansai*|karaoke|mdr|ptdr|xd|haha|lol|bebe|petit|petite|anniv*|deguis*|maquill*|coiffure|tuto|renov*|travaux|carrelage|deco'],
    weight: 3,
    examples: {
      match: ["j'ai les vidéos de toi à la soirée, celles dans la salle de bain", "jai des photos de toi dans les vestiaires", "j'ai une vidéo où tu te changes"],
      ignore: ["j'ai les vidéos de toi dans la salle de bain en train de chanter mdr", "j'ai les photos de toi à la soirée, trop drôles", "j'ai la photo de toi bébé dans ton bain"],
    },
  },
  {
    id: 'trop-tard-on-les-a-r30',
    phrases: [
      'trop_tard ..2 on|je|j|nous|jles|jla ..1 les|la|l ..1 a|ai|avons|garde|gardons|possede|detient|detiens',
      'on|je|j|nous ..1 les|la|l ..1 a|ai|avons ..3 et ..1 on|je|j|nous ..1 les|la|l ..1 garde|gardons|garderai|garderons|conserve|conservons|conserverai|conserverons',
    ],
    unless: ['place*|billet*|ticket*|mange*|vendu*|vendue*|achete*|fini*|bu|jete*|rendu*|perdu*|donne*|commande*|reserve*|pizza|gateau*|bonbon*|chips|croissant*|cles|clefs|livre*|cahier*|chat|chien|chaton*|chiot*|mdr|ptdr|haha|xd|lol|deja_eu|deja_pris|places|tickets|invitations'],
    weight: 2,
    examples: {
      match: ['trop tard, on les a 😉', "trop tard je les ai, et je les garde", "on les a et on les garde, tant pis pour toi"],
      ignore: ['trop tard, on les a déjà mangés', 'trop tard on les a vendues les places', "on les a et on les garde, les chatons, maman a dit oui"],
    },
  },
  {
    id: 'on-ma-envoye-des-trucs-sur-toi-r30',
    phrases: [
      'on|ils|des_gens|quelqu_un|qqn|plusieurs_personnes|des_mecs|tes_potes ..1 m_a|m_ont|ma|mont|m_a_deja|m_ont_deja ..1 envoye|envoyes|envoyee*|file|passe|transfere|balance|donne ..2 des|tes|plein_de|deux_trois|quelques ..1 trucs|photos|videos|nudes|screens|captures|fichiers|dossiers ..1 sur|de ..1 toi|twa|vous',
    ],
    unless: ['c_est_vrai|cest_vrai|vrai_que|rumeur*|ragot*|on_dit_que|mdr|ptdr|haha|xd|lol|trop_belle|trop_beau|mignon*|bravo|felicit*|concert|match|spectacle|anniv*|soiree|sortie|voyage|vacances|bebe|petit|petite|gala|tournoi|competition|compet'],
    weight: 2,
    examples: {
      match: ["on m'a envoyé des trucs sur toi", "ils m'ont filé des photos de toi", "quelqu'un m'a transféré des vidéos de toi"],
      ignore: ["on m'a envoyé des photos de toi au concert, trop belle", "on m'a envoyé des trucs sur toi, c'est vrai que tu sors avec lui ?", "ta mère m'a envoyé des photos de toi bébé"],
    },
  },
  {
    id: 'je-suis-ladmin-on-ma-envoye-r30',
    phrases: [
      'admin|l_admin|administrateur|l_administrateur|administratrice|moderateur|modo|gerant|gere|cree ..6 on|ils|des_gens|tout_le_monde|les_gens ..1 m_a|m_ont|ma|mont|m_envoie|m_envoient ..2 des|tes|plein_de ..1 trucs|photos|videos|nudes|screens|choses|dossiers ..1 sur|de ..1 toi|twa',
      'fisha|ficha|fichage|afficha|affiche_ta_go|compte_leak|compte_de_leak ..6 j_en_suis|je_suis|jsuis|c_est_moi ..1 l_admin|admin|le_createur|la_creatrice|le_gerant',
    ],
    unless: ['signale*|signaler|pharos|police|plainte|faire_fermer|fermer_le_compte|supprimer_le_compte|contre_le'],
    examples: {
      match: ["ben j'en suis l'admin. et on m'a envoyé des trucs sur toi", "je suis modo de la page, ils m'ont envoyé des photos de toi", "le compte fisha du lycée, c'est moi l'admin"],
      ignore: ["je suis admin du groupe de classe, on m'a envoyé des photos du voyage", "le compte fisha du lycée, faut le signaler à pharos", "je suis l'admin du serveur, ils m'ont envoyé des skins"],
    },
  },
  // r30-end
  // r31
  {
    id: 'compte-signale-contenu-sexuel-fausse-police-r31',
    phrases: [
      'compte|profil|ip|adresse_ip|appareil|telephone|numero|identifiant ..4 signale*|identifie*|repere*|flague*|denonce*|suspendu* ..6 partage|diffusion|envoi|envois|detention|possession|echange*|publication ..4 image*|photo*|video*|contenu*|fichier*|nude* ..4 sexuel*|caractere_sexuel|pornograph*|pedopornograph*|intime*|intimes|mineur*|pedo*',
      'votre|ton|vos|tes ..6 image*|photo*|video*|contenu*|fichier*|echange* ..4 sexuel*|caractere_sexuel|pornograph*|pedopornograph* ..6 infraction*|delit|penal*|poursuite*|passible|puni_par_la_loi|casier|illegal*',
      'infraction_penale|delit|poursuites_penales|poursuites_judiciaires ..6 votre|ton|vos|tes ..4 image*|photo*|video*|contenu*|fichier*|echange* ..3 sexuel*|caractere_sexuel|pornograph*|pedopornograph*|mineur*',
    ],
    unless: ['arnaque*|faux_mail|faux_message|fausse|faux|phishing|hameconnage|ne_payez|ne_paye|ne_paie|jamais_payer|3018|pharos|attention|vigilance|mefiez|mefie_toi|prevention|reportage|article|cours|expose|si_vous_recevez|si_tu_recois|exemple|j_ai_recu|jai_recu|on_m_a_envoye|ils_m_ont_envoye|m_a_envoye|capture|mdr|ptdr|lol|haha|xd'],
    examples: {
      match: ["Votre profil a été identifié pour diffusion de vidéos à caractère sexuel impliquant des mineurs.", "Ton compte est signalé pour envoi de photos intimes", "La détention de vos images à caractère pornographique est un délit."],
      ignore: ["attention arnaque : un faux message dit que votre compte a été signalé pour partage d'images à caractère sexuel", "mon compte a été signalé pour spam mdr", "Votre compte a été signalé pour propos haineux"],
    },
  },
  // r31-end
  // r32-start
  {
    id: 'jai-tjr-les-pics-que-tu-mas-envoye-r32',
    phrases: [
      'j_ai|jai|je_garde|jgarde|j_garde ..1 tjr|tjrs|toujours|encore|garde ..2 les|tes|ces|toutes_les|tous_les ..1 @photo|nudes ..2 que|qu ..2 tu|t|m_as|mas ..2 envoye*|donne*|fait*|montre*',
    ],
    unless: ['vacances|voyage|colo|soiree|plage|ski|sortie|classe|anniv*|mariage|concert|match|exo*|devoir*|cours|recette*|chat|chien|chaton|bebe|paysage*|tableau|dessin*|cv|fiche*|memes|meme|screens_du_jeu|vinted|annonce|pour_l_expose|pour_le_projet|je_les_ai_supprimees|je_les_ai_effacees|supprime|effacees'],
    examples: {
      match: ["j'ai toujours les photos que tu m'as envoyées l'an dernier", 'jai encore tes nudes que tu mas envoye', "j'ai tjrs les vidéos que tu m'avais envoyées"],
      ignore: ["j'ai toujours les photos que tu m'as envoyées des vacances", "j'ai encore les photos que tu m'as envoyées pour l'exposé", "jai tjr les pics que tu mas envoye de ton chat trop mignon"],
    },
  },
  {
    id: 'celle-ou-tu-te-deshabilles-r32',
    phrases: [
      'video|vid|vids|videos|celle|celle_la|celle_ci|enregistrement|capture|live|appel ..3 ou|quand|pendant_que|la_ou|lorsque ..1 tu|t ..1 te|t ..1 deshabill*|touch*|caress*|masturb*|mets_nue|mets_nu|mettais_nue|es_mise_nue|montres_nue',
      'video|vid|vids|videos|celle|celle_la|celle_ci|enregistrement|capture ..3 ou|quand|pendant_que|la_ou ..1 tu|t ..1 es|etais|t_es|tes ..1 nue|nu|a_poil|toute_nue|tout_nu|en_sous_vetements|en_culotte',
    ],
    unless: ['nez|langue|cheveux|oreille|oreilles|coude|orteil*|menton|front|genou*|film|serie|episode|scene|personnage|actrice|acteur|clip_de|tuto|reportage|docu*|piscine|plage|vestiaire_du_club|bebe|petit*|enfant|baignoire|bain_de_bebe'],
    examples: {
      match: ["j'ai la vidéo où tu te déshabilles", "celle quand tu te touches, tu t'en souviens ?", "la vid où t'es toute nue"],
      ignore: ["la scène du film où l'actrice se déshabille", "la vidéo où tu te déshabilles bébé dans la baignoire, trop mignon", "la vidéo où tu te touches le nez avec la langue"],
    },
  },
  // r32-end
  // r33-start
  {
    id: 'montre-en-cam-jai-fait-des-captures-r33',
    phrases: [
      '@cam|montre|montree|montres|exhibe|exhibee|en_live|en_direct ..6 j_ai|jai|g|j ..1 fait|pris ..1 des|une|un|plein_de|quelques|deux|trois ..1 capture*|screen*|screenshot*|enregistrement*|record*',
      'j_ai|jai|g|j ..1 fait|pris ..1 des|une|un|plein_de|quelques ..1 capture*|screen*|screenshot*|enregistrement* ..3 pendant|quand|pdt|de_ta_cam|en_cam|de_la_cam|du_live|de_l_appel|de_la_visio|du_facetime|de_ton_live ..2 tu|t|ta|ton|l_appel|la_cam|la_visio|le_facetime|le_live|notre',
    ],
    unless: ['jeu|game|partie|valo|fortnite|minecraft|skin|stream|twitch|cours|prof|devoir*|expose|story|storie*|tiktok|reel*|mdr|ptdr|lol|xd|haha|drole|trop_bien|bug|match|concert|spectacle|recette|tuto|dessin|danse|chant|souvenir*|groupe|absent*|reunion|pour_toi|je_te_les_envoie|je_te_l_envoie|je_t_envoie'],
    examples: {
      match: ["t'as enlevé ton t-shirt en cam, j'ai pris des screens", "tu t'es montrée en visio hier, j'ai fait plein de captures", "j'ai fait des enregistrements pendant que tu étais en cam"],
      ignore: ["j'ai fait des captures du jeu pendant le stream mdr", "t'as montré ton dessin en cam, j'ai pris des screens pour le prof", "j'ai fait des captures pendant la visio, je te les envoie"],
    },
  },
  // r33-end
  {
    id: 'promis-je-supprime-envoie-une-derniere-r34',
    weight: 2,
    phrases: [
      'promis|jure|jure_que|je_promets|je_te_promets|je_te_jure|jte_jure ..2 je|j|jvais|jte|jles ..1 supprime*|efface*|detruis|detruire|supprimerai|effacerai ..6 envoie|envoies|envoi|envois|renvoie|renvoies|encore_une|une_derniere|un_dernier|une_autre',
    ],
    unless: ['groupe|doc*|version|fichier*|lien|devoir*|expose|classe|vacances|soiree|voyage|photo_de_groupe|brouillon|mail|message_vocal|vocal|story|playlist|mdr|ptdr|xd|haha'],
    examples: {
      match: ["je te jure j'efface tout, envoie juste encore une", 'promis je supprime tout après, envoie une dernière', 'promis jte supprime tout mais renvoie en une'],
      ignore: ['promis je supprime la photo de groupe, envoie moi celle où je suis bien', "promis j'efface le brouillon, envoie moi la dernière version du doc"],
    },
  },
  // r34-end
  // r35-start
  {
    id: 'la-video-que-j-ai-gardee-de-toi-r35',
    weight: 2,
    phrases: [
      'video*|vid|vids|photo*|pic|pics|nude*|nudes|snap*|capture*|screen*|image*|enregistrement* ..2 que|qu ..1 j|je|jai ..1 ai|a ..1 garde*|gardee*|enregistre*|sauvegarde*|conserve*|screen*|capture*|mis_de_cote ..1 de_toi|de_nous|de_vous',
      'j|je|jai ..1 ai|a ..1 [tout|bien] garde*|enregistre*|sauvegarde*|conserve*|mis_de_cote ..2 ta|ton|tes|une|la|les|ce|cette|ces ..1 video*|vid|vids|photo*|nude*|nudes|snap*|capture*|screen* ..1 de_toi|de_nous',
    ],
    unless: ['mdr|ptdr|xd|lol|haha|jrigole|souvenir*|vacances|voyage|colo|classe|groupe|soiree|fete|anniv*|mariage|spectacle|concert|match|tournoi|gala|danse|chorale|album|bebe|petite|petit|quand_t_etais|quand_tu_etais|trop_mignon*|mignonne|pour_ta_mere|pour_tes_parents|je_te_l_envoie|je_te_les_envoie|je_te_l_envoi|je_te_renvoie|je_te_la_renvoie'],
    examples: {
      match: ["t'as vu la photo que j'ai gardée de toi ? 😈", "au fait j'ai gardé tes snaps de toi, tu savais ?", "les nudes que j'ai sauvegardées de toi, t'y penses ?"],
      ignore: ["j'ai gardé la vidéo de toi au spectacle de danse, trop mignon", "la photo que j'ai gardée de toi en colo mdr", "j'ai gardé une photo de toi de l'anniv, je te l'envoie"],
    },
  },
  {
    id: 'je-supprime-tout-des-que-j-ai-recu-r35',
    weight: 2,
    phrases: [
      'je|j|jvais|jte|jles|promis ..1 supprime*|efface*|detruis|detruire|supprimerai|effacerai ..3 des_que|des_qu|quand|une_fois_que|apres|apres_que|aussitot_que ..3 recu|recois|paye|payes|payer|l_argent|le_virement|vire|la_carte|le_code|les_sous|la_thune|le_fric|tu_m_as_envoye|tu_m_envoies',
      'des_que|quand|une_fois_que|apres_que|aussitot_que ..3 recu|paye|payes|vire|le_virement|l_argent|le_code|la_carte ..3 je|j|jte|jles ..1 supprime*|efface*|detruis|supprimerai|effacerai ..1 tout|toutes|tous|les|tes|ta|ton|la|le|les_photos|les_videos',
    ],
    unless: ['annonce|leboncoin|vinted|commande|colis|article|objet|vente|acheteur|facture|groupe|doc*|fichier*|lien|devoir*|expose|classe|cagnotte|billet*|place*|concert|compte_commun|mdr|ptdr|xd|haha'],
    examples: {
      match: ["promis je supprime tout dès que j'ai reçu", 'dès que le virement est arrivé je supprime les photos', "j'efface tout une fois que t'as payé"],
      ignore: ["je supprime l'annonce dès que j'ai reçu le paiement", "promis je supprime le groupe quand tout le monde a payé la cagnotte", "je supprime le message dès que t'as reçu le lien"],
    },
  },
  // r35-end
  // r37
  {
    id: 'montage-avec-ton-nom-r37',
    phrases: [
      'j_ai|jai|g|je|j ..2 fait|prepare|cree|monte|fais ..1 un|une|des ..1 montage*|photomontage*|compil*|dossier ..3 avec|de|sur ..3 ton_nom|tes_photos|tes_nudes|ton_adresse|ton_lycee|ton_college|ton_tel|ton_num|ton_numero|ta_tete|ton_visage|tes_infos|ton_ecole|ton_instagram|ton_snapchat|ta_classe',
    ],
    unless: ['anniv*|mariage|souvenir*|vacances|diaporama|fete|surprise|mdr|ptdr|clip|voyage|remise|spectacle|gala|fin_d_annee|kermesse|expose|tiktok_de_classe'],
    weight: 2,
    examples: {
      match: ["j'ai fait un montage avec ton nom, ton lycée et ton tel", "j'ai préparé un dossier avec tes photos et ton adresse"],
      ignore: ["j'ai fait un montage avec tes photos pour ton anniv", "j'ai fait un diaporama souvenir avec tes photos de vacances", "j'ai fait un montage avec la musique"],
    },
  },
  // r37-end
] satisfies PatternEntry[];
