import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'jai-enregistre-appel',
    phrases: [
      'j_ai|jai|g|j ..2 enregistre*|filme*|record*|capture*|screen*|screenshot*|sauvegarde*|garde|copie* ..3 notre|nos|ton|ta|tes|toute*|tous|tout|ce_que_tu ..1 appel*|facetime|video*|visio*|cam|live|call|conv*|convo*|message*|discussion*|photo*|nude*|echange*|fait|as_fait|montre|montre*',
      'j_ai|jai|g|j ..2 tout ..1 enregistre*|filme*|record*|capture*|screen*|sauvegarde*|garde',
      'je|j|jt ..1 t|te ..1 ai|e ..1 filme*|enregistre*|record*|screen*|capture*',
      'jtai|jt_ai|jt ..1 filme*|enregistre*|record*|screen*|capture*',
      'tu|t ..1 as|a|es ..1 ete ..1 filme*|enregistre*|record*',
      'j_ai|jai|g|j ..2 fait ..2 des|un|une ..1 capture*|screen*|enregistrement*|video*|record* ..4 ta|tes|ton|toi|notre|nos|de_ta|de_toi',
      'tout|l_appel|la_video|notre_appel ..1 a ..1 ete ..1 enregistre*|filme*|capture*',
    ],
    unless: ['story|storie*|tiktok|reel*|mdr|ptdr|xd|lol|drole|match|concert|spectacle|cours|devoir*|serie|emission|replay'],
    examples: {
      match: ["J'ai enregistré notre appel vidéo", "J'ai fait des captures d'écran de ta vidéo", 'jai tout filmé', "je t'ai filmée", 'tu as été filmé', "jai screen toutes tes photos"],
      ignore: ["j'ai enregistré ta story mdr t'es trop drôle", "j'ai filmé le concert", "j'ai enregistré le cours de maths"],
    },
  },
  {
    id: 'jai-tes-photos',
    phrases: [
      'j_ai|jai|g|j ..2 tes|vos|toutes|tous ..2 photo*|nude*|video*|conv*|message*|conversations ..2 @nude|sauvegarde*|enregistre*|intime*|nues|nude*|compromettante*|de_toi_nue',
      'j_ai|jai|g|j ..2 tes|vos|toutes_tes|tous_tes ..1 nude*|nudes|photos_nues|videos_intimes|photos_intimes',
      'j_ai|jai|g|j ..1 toujours|encore ..1 tes|ta|les ..1 photo*|video*|nude*',
      'j_ai|jai|g|j ..2 des|les ..1 photo*|video* ..2 de_toi ..2 @nude',
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
      'j_ai|jai|g|j ..2 pirate*|hack*|acces ..3 ton|ta|tes ..1 compte*|insta*|snap*|tel|telephone|portable|mail*|icloud|cloud|galerie|pc|ordi|facebook|tiktok|whatsapp',
      'j_ai|jai|g|j ..1 acces ..1 a|au|aux ..2 ton|ta|tes ..1 compte*|tel|telephone|portable|photos|galerie|contacts|cloud|icloud|camera|cam|messages',
      'j_ai|jai|g|j ..2 la ..1 liste ..1 de|des ..2 tes|ton|ta ..1 abonne*|followers|contacts|amis|potes',
      'j_ai|jai|g|j ..2 tous|toute* ..1 tes|ta ..1 abonne*|followers|contacts|amis|potes|famille|liste',
      'j_ai|jai|g|j ..2 ton|ta ..1 mot_de_passe|mdp|adresse|adresse_ip|ip|numero ..2 [et]',
    ],
    unless: ['jeu|game|serveur|minecraft|fortnite|roblox'],
    examples: {
      match: ["j'ai piraté ton compte insta", "j'ai accès à ton téléphone", "j'ai la liste de tes abonnés", 'jai tous tes followers', 'jai ton mot de passe'],
      ignore: ['jai piraté le wifi du lycée', "j'ai accès au drive de la classe", "j'ai tous les jeux"],
    },
  },
] satisfies PatternEntry[];
