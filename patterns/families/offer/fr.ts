import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'je-te-donne-robux',
    phrases: [
      '@ite fais|fait|ferai ..2 une|un recharge*|virement*|cadeau*|carte* ..3 #|@currency|@payment|robux|vbucks',
      '@ite ..1 donne|donnerai*|paie|paye|payerai*|offre|offrirai*|file|filerai*|envoie|enverrai*|achete|acheterai*|recharge ..3 #|@currency|@payment|@money|robux|vbucks|v_bucks|skin*|cadeau*|iphone|airpods|forfait|pass_combat|battle_pass|gemmes|diamants|nitro|abonnement|ce_que_tu_veux|tout_ce_que_tu_veux',
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
    unless: ['cotisation|cagnotte|rembours*|tu_me_dois|je_te_dois|jte_dois|prete|preter|kebab|coca|mcdo|macdo|grec|pizza|glace|place_de_cine|cine|dissert*|devoir*|exo|exos|exercice*|expose|redaction|fiche*|resume*|correction*|dm'],
    examples: {
      match: ['je peux te payer ton forfait si tu me fais plaisir', 'tu veux 20€ ? envoie juste une photo de tes pieds', 'je peux te passer des skins fortnite contre une photo', 'tu gagnerais facile 300€ par semaine en faisant des photos', 'yo jte donne 2000 robux si tu menvoies une photo de toi', 'tu veux gagner de l argent facile ?', '50€ pour quelques photos de toi', 'je peux te payer ce que tu veux', 'je te donne 20 euros', "je t'offre un iphone"],
      ignore: ["je te paie le ciné si tu m'envoies ta dissert", 'je te paie un kebab si tu me fais l exo', 'je te rembourse les 20 euros demain', 'jte donne le lien'],
    },
  },
  {
    id: 'agence-mannequin',
    phrases: [
      'agence ..3 mannequin*|modele*|model*|casting|mode|talents|visages|nouveaux_visages|profils|egerie*',
      'recrut*|scout|chasseur|chasseuse|photographe|booker|coach|agent|manager ..4 mannequin*|modele*|model*|agence|shooting*|talents|influenceu*',
      'paye|payee|remunere* # [@currency] ..2 le|la|pour|par shooting|seance|casting|photo*',
      'devenir|deviens|etre ..1 mannequin*|modele*|model|influenceu*|egerie',
      'shooting|shoot|seance_photo|casting ..4 paye|payee|remunere*|bien_paye|gratuit|pour_toi|#',
      'tu|t ..2 as|a|aurais|pourrais|ferais ..2 un beau|gros|vrai potentiel|profil ..2 de|pour mannequin*|modele*|model',
    ],
    unless: ['stage|ecole_de|cours_de|le_defile_de|emission|serie|film'],
    examples: {
      match: ['je suis recruteur pour une agence de mannequins', 'je suis coach de mannequinat', 'tu pourrais devenir mannequin', 'le shooting est payé 500€', 'tu as un beau profil pour être mannequin'],
      ignore: ['jai regardé une emission sur une agence de mannequins', 'elle veut faire un stage dans une agence de mode'],
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
      '@currency|balles|robux|vbucks|v_bucks ..1 par|la|chaque ..1 photo*|video*|nude*|pic|tof|selfie*',
      'argent|thune|fric|gagner ..6 juste|que|seulement|simplement ..2 des|quelques|une ..1 photo*|video*|pic|tof|selfie*',
      '@ite ..1 paie|paye|offre|donne|file|achete|recharge ..3 si ..1 tu|t ..2 me|m ..1 montres|montre|envoies|envoie|fais_voir',
      '@ite ..1 paie|paye|payerai|offre|offrirai|donne|donnerai|file|filerai|achete|acheterai|recharge|rechargerai ..5 si ..1 tu|t ..1 me|m ..1 montres|montre|envoies|envoie|envoyes|fais_voir',
    ],
    weight: 3,
    unless: ['dissert*|devoir*|exo|exos|exercice*|expose|redaction|fiche*|resume*|correction*|dm|classe|photomaton|tirage*|impression|imprimer|developpe*|album|photographe|vinted|annonce|stock|banque_d_images|shutterstock|mariage|evenement|retouch*|montage|editer|edit|detour*|comment|le_chemin|ton_code|ta_copie|tes_notes'],
    examples: {
      match: ["je t'achète le pass de combat si tu m'envoies une photo de tes pieds", 'je te paie ton forfait si tu me montres', 'je te donne 20 euros par photo', "tu veux gagner de l'argent facile ? juste des photos"],
      ignore: ["je te paie le ciné si tu m'envoies ta dissert", "je te paie un kebab si tu me fais l'exo de maths", 'le tirage c est 15 centimes par photo', 'la photo de classe c est 10 euros'],
    },
  },
] satisfies PatternEntry[];
