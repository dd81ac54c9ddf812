import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'jai-enregistre-appel',
    phrases: [
      'j_ai|jai|g|j|nous_avons|on_a ..2 enregistre*|filme*|record*|capture*|screen*|screenshot*|sauvegarde*|garde|copie* ..3 notre|nos|ton|ta|tes|votre|vos|toute*|tous|tout|ce_que_tu ..1 appel*|facetime|video*|visio*|cam|webcam|camera|live|call|conv*|convo*|message*|discussion*|photo*|nude*|echange*|fait|as_fait|montre|montre*',
      'j_ai|jai|g|j ..2 tout ..1 enregistre*|filme*|record*|capture*|screen*|sauvegarde*|garde',
      'j_ai|jai|g ..2 garde*|conserve*|sauvegarde*|enregistre*|screen*|capture* ..2 tout_ce_que|tout_ce_qu|toutes_celles_que|tous_ceux_que ..4 envoye*|montre*',
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
    ],
    unless: ['story|storie*|tiktok|reel*|mdr|ptdr|xd|lol|drole|match|concert|spectacle|cours|devoir*|serie|emission|replay|groupe|absent*|reunion|lettre*|carte*|cadeau*|souvenir*|doudou|peluche'],
    examples: {
      match: ["j'ai gardé tout ce que tu m'as envoyé hier soir", "on s'est bien amusés sur facetime hein, dommage pour toi j'ai enregistré", 'Je vous ai filmé', "J'ai enregistré une vidéo de vous via votre webcam", "J'ai enregistré notre appel vidéo", "J'ai fait des captures d'écran de ta vidéo", 'jai tout filmé', "je t'ai filmée", 'tu as été filmé', "jai screen toutes tes photos"],
      ignore: ["j'ai enregistré notre appel de groupe pour ceux qui étaient absents", "j'ai enregistré ta story mdr t'es trop drôle", "j'ai filmé le concert", "j'ai enregistré le cours de maths"],
    },
  },
  {
    id: 'jai-tes-photos',
    phrases: [
      'j_ai|jai|g|j ..2 tes|vos|toutes|tous ..2 photo*|nude*|video*|conv*|message*|conversations ..2 @nude|sauvegarde*|enregistre*|intime*|nues|nude*|compromettante*|de_toi_nue',
      'j_ai|jai|g|j ..2 tes|vos|toutes_tes|tous_tes ..1 nude*|nudes|photos_nues|videos_intimes|photos_intimes',
      'j_ai|jai|g|j ..1 toujours|encore ..1 tes|ta|les ..1 photo*|video*|nude*',
      'j_ai|jai|g|j ..2 des|les photo*|video* ..2 de_toi ..2 @nude',
      'j_ai|jai|g ..2 garde*|conserve*|sauvegarde* ..2 tes|ta|les|toutes_tes ..1 photo*|video*|nude*',
    ],
    unless: ['voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert'],
    examples: {
      match: ['salut. jai tes photos nues 😈', "J'ai toutes tes conversations sauvegardées et tes nudes", 'jai tes nudes', "j'ai encore tes photos", "j'ai gardé toutes tes photos"],
      ignore: ['jai tes photos du voyage', "j'ai les photos de la soirée", 'jai vu tes photos elles sont belles'],
    },
  },
  {
    id: 'jai-pirate-compte',
    phrases: [
      'j_ai|jai|g|j ..2 pirate*|hack*|acces ..3 ton|ta|tes|votre|vos ..1 compte*|insta*|snap*|tel|telephone|portable|mail*|icloud|cloud|galerie|pc|ordi|facebook|tiktok|whatsapp',
      'j_ai|jai|g|j acces ..1 a|au|aux ..2 ton|ta|tes|votre|vos ..1 compte*|tel|telephone|portable|photos|galerie|contacts|cloud|icloud|camera|cam|messages',
      'j_ai|jai|g|j ..2 la liste de|des ..2 tes|ton|ta ..1 abonne*|followers|contacts|amis|potes',
      'j_ai|jai|g|j ..2 tous|toute* ..1 tes|ta ..1 abonne*|followers|contacts|amis|potes|famille|liste',
      'j_ai|jai|g ton|ta mot_de_passe|mdp|adresse_ip|ip',
      'je|j connais|sais ..1 tous|toute ..1 tes|ta ..1 amis|potes|famille|contacts|abonnes|followers',
    ],
    unless: ['jeu|game|serveur|minecraft|fortnite|roblox'],
    examples: {
      match: ["j'ai piraté ton compte insta", "j'ai accès à ton téléphone", "j'ai la liste de tes abonnés", 'jai tous tes followers', 'jai ton mot de passe'],
      ignore: ['jai piraté le wifi du lycée', "j'ai accès au drive de la classe", "j'ai tous les jeux"],
    },
  },
  {
    id: 'jai-ta-video',
    phrases: [
      'j_ai|jai|g ta|tes video*|photo*|nude*|vid|vids',
      'j_ai|jai|g ..1 une|des|les|la|plein_de video*|photo*|vid|vids de toi|twa',
    ],
    unless: ['voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|mdr|ptdr|xd|lol|haha|drole|danse*|bebe|petit*|enfant|sport|spectacle|groupe|fete|dormir|dors|dormais|bouche_ouverte|grimace*|bave*|ronfl*'],
    weight: 2,
    examples: {
      match: ["j'ai ta vidéo", 'jai une video de toi', 'jai tes photos', "j'ai la vidéo de toi"],
      ignore: ['jai une video de toi au concert mdr', 'jai tes photos du voyage', "j'ai vu ta vidéo", "j'ai une photo de toi en train de dormir la bouche ouverte"],
    },
  },
  {
    id: 'je-dispose-denregistrements',
    phrases: [
      'je|j ..1 dispose|possede|detiens|detient ..2 d|de|des|les|plusieurs|une|un ..1 enregistrement*|video*|photo*|capture*|image*|preuve*|fichier*',
      'nous|on ..1 avons|a ..1 pirate*|hack*|infecte*|pris_le_controle_de ..2 votre|vos|ton|ta|tes ..1 ordinateur|ordi|pc|appareil*|telephone|webcam|camera|compte*|systeme',
      'votre ..1 appareil|ordinateur|webcam|camera|systeme|telephone|ordi|pc ..2 a|est ..1 ete ..1 pirate*|infecte*|hack*|compromis*',
      'pendant|quand|alors ..1 que|qu ..1 vous|tu|t ..2 regard*|visit*|consult*|mat* ..4 adultes|porno*|porn|pour_adultes|sites_x|videos_x|films_x',
      'ta|votre|ton @cam ..2 etait|est|etais ..1 allume*|active*|ouverte|ouvert ..6 je|j ..1 t|te|vous ..1 ai ..1 vu|vue|vus|filme*|enregistre*|record*',
    ],
    unless: ['voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|spectacle|projet|stage|dossier|archive*|musee|minecraft|fortnite|roblox|jeu|game|serveur|rigoler|mdr|ptdr|haha|lol'],
    examples: {
      match: ['ta webcam était allumée, je t\'ai vue', 'pendant que vous regardiez des vidéos pour adultes', 'Nous avons piraté votre ordinateur', 'Cher utilisateur, votre appareil a été infecté', "Je dispose d'enregistrements de vous", 'je possède des vidéos de toi', 'je détiens des photos compromettantes'],
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
      'celles|celle|ceux|celui|cette|ces que|qu ..1 tu|t|vous ..3 envoye*|envoyer|montre*|fait*|donne* ..6 je|j|jles|jla ..1 les|la|l|ai ..1 ai|encore|toujours|garde*|sauvegarde*|enregistre*|screen*',
      '@photo|nudes|capture*|screen*|enregistrement*|snap|snaps|live|cam|facetime|appel|visio ..6 je|j ..1 les|la|l ..1 ai ..1 toujours|encore|gardee*|garde*|sauvegarde*|enregistre*|screen*|en_securite|de_cote|bien_au_chaud',
      'j_ai|jai|g ..2 garde*|conserve*|sauvegarde* ..2 tes|toutes_tes|tous_tes|nos ..1 capture*|screen*|screenshot*|conv|convs|convo*|conversation*|message*|vocaux|vocal|snap*',
      'j_ai|jai|g|j ..1 la|le|l|ta|ton ..1 rec|record|replay|enregistrement ..3 [de|du] ..2 [ta|ton|la|notre|hier] ..1 cam|live|appel*|call|visio*|facetime|omegle',
      'j_ai|jai|g ..1 la|le|l ..1 rec|record',
      '@photo|capture*|enregistrement* que|qu ..1 j_ai|jai|g ..2 de ..1 toi|twa',
    ],
    unless: ['voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|spectacle|cours|prof|reunion|podcast|musique|chanson|son|emission|serie|film|conference|stream|mignon*|souvenir*|mdr|ptdr|xd|lol|haha|drole|bebe|ski|plage|album|jeu|game|partie|imprim*|mis|mises|recu*|vu|vues|trouve*|ouvert*|telecharge*|supprime*|efface*|perdu*'],
    examples: {
      match: ['ton snap éphémère, je l\'ai enregistré', "tes photos la, celles que t'as envoyé à ton ex. je les ai", 'les nudes, je les ai toujours', "j'ai gardé toutes tes captures d'ecran de hier", "j'ai la rec de ta cam hier", "j'ai la rec.", 'regarde bien la video que jai de toi'],
      ignore: ["j'ai gardé tes messages, trop mignon", "j'ai la rec du cours de maths", 'les photos du voyage je les ai toujours', 'la photo que jai de toi au ski mdr', 'celles que tu m as envoyees sont floues', 'celles que tu m as envoyees je les ai supprimees'],
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
    unless: ['voyage|vacances|soiree|anniv*|drive|classe|sortie|mariage|match|concert|spectacle|plage|ski|souvenir*|album|renvoi*|renvoy*|te_les_envoie|je_te_les_envoie|jte_les_envoie|cours|fiche*|devoir*|exo*|notes|trop_belle*|trop_beau*'],
    examples: {
      match: ['tu crois que je les ai effacées ? je les ai toujours', 'je les ai encore tes photos', "tu pensais que j'avais supprimé les vidéos ?"],
      ignore: ['tu crois que je les ai effacées les photos du voyage ? non je te les renvoie', 'je les ai encore tes fiches de révision', 'je les ai toujours, mes clés'],
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
      'pour|si_tu_veux ..1 la|les|le|l ..1 faire ..1 retirer|supprimer|effacer|enlever|disparaitre ..6 payer|paies|payes|paye|paie|@currency|@payment|@money|#',
      'veux|voulez ..1 que|qu ..1 il|elle|ils|je|j|on ..1 la|les|le|l ..1 supprime*|efface*|retire*|enleve* ..4 @send|paie|paye|payes|vire|verse|donne|file ..3 #|@currency|@payment|@money|moi',
      'ta|tes|votre|vos ..1 @photo|nudes ..2 est|sont|circule|circulent|tourne|tournent ..1 deja ..3 sur|dans ..2 un|une|des|le|la|les ..1 groupe*|site*|serveur*|canal|chaine|forum|compte*',
      'j_ai|jai|g|j ..2 envoye|transfere|partage|poste|file ..1 ta|tes|votre|vos ..1 @photo|nudes ..2 a|sur|dans ..2 ami|pote*|copain|amis|groupe|site',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|vinted|leboncoin|annonce|abonnement|album|impression|tirage|photographe|photo_de_classe|photos_de_classe|cantine|voyage|vacances|anniv*|mariage', 'article|reportage|victime*|escroc*|arnaque*|prevention'],
    examples: {
      match: ['Ta photo est déjà dans un groupe telegram. Pour la faire retirer il faut payer 150€.', "si tu veux qu'il la supprime envoie-moi 50€", "j'ai accidentellement envoyé ta vidéo à un ami", 'tes nudes circulent deja sur un serveur discord'],
      ignore: ['si tu veux que je la supprime dis moi', 'pour la faire retirer du site il faut écrire au photographe', "j'ai envoyé ta photo de vacances à mamie", 'ta photo est déjà sur le site du club mdr'],
    },
  },
] satisfies PatternEntry[];
