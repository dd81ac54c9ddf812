import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'paye-x-euros',
    phrases: [
      'paye|payes|paie|paies|payez|verse|verses|vire|vires|virez|transfere|transferes|depose|deposes|depose_moi ..4 #|@currency|@payment|moi|ou|sinon|vite|maintenant|avant',
      '@send ..4 # @currency|@payment|balles',
      '@send ..3 #|l_argent|largent|le_fric|la_thune|les_sous|l_oseille|le_code|les_codes|la_carte|une_carte|des_cartes ..2 @payment|@currency|cadeau*|sinon|ou|avant|vite',
      '@send|donne ..1 l_argent|largent|la_thune|le_fric|les_sous|l_oseille|la_somme ..1 maintenant|mtn|tout_de_suite|direct|vite|sinon|ou',
      'tu|t dois|devras|vas me|m verser|payer|virer|envoyer|donner|filer ..2 #|@currency|@money|@payment',
      'vous ..1 devez|devrez|allez ..1 payer|verser|envoyer|virer|me_payer',
      '@send ..3 des|les|un|une|deux|# ..1 @payment|coupon*|carte*|code*|recharge*|ticket*',
      '# heure*|h|jours|minutes|min ..2 pour ..1 payer|me_payer|envoyer|virer|m_envoyer',
      'donne*|envoie*|files|verse* ..2 de_l_argent|de_largent|l_argent|largent|ta_thune|des_sous|du_fric|de_la_thune',
      'combien ..5 payer|donner|verser|mettre|envoyer',
      'transfere*|vire|vires|verse|verses|depose ..1 l_argent|largent|la_thune|le_fric|les_sous|la_somme',
      'donne|donnes|donnez|file|files|filez moi|m ..1 # @currency|balles|@payment',
      'tu|t ..2 dois|devras|vas ..1 payer|raquer|cracher|me_payer|m_envoyer_de_l_argent',
      'fais|fait|faites ..2 virement*|transfert*|paiement* ..3 #|@currency|@payment',
      'interet a|d ..1 payer|raquer|envoyer|me_payer|me_verser|m_envoyer',
      '# @currency ou_tout|ou_je|ou_j|sinon|ou_sinon',
      'faut|faudra|il_faut ..1 payer|que_tu_payes|que_tu_paies|raquer',
      'je|jveux|j ..2 veux|exige|demande ..3 # @currency|balles|@money|@payment|carte*|code*',
      'il|i ..1 me ..1 faut # @currency',
      'si|tant ..1 tu|t ..1 paies|payes|paye|paie|vires ..1 pas',
      'paie|paye|payes|paies|payez|vire|vires|virez ..2 et ..1 je|j|jvais ..2 supprime*|efface*|arrete*|te_laisse|laisse_tranquille',
      'effectuez|effectue|faites|fais ..2 le|un|votre ..1 paiement|virement|transfert ..3 en|par|sur|a ..1 @payment|adresse|compte',
      'soit ..1 tu|t|vous ..1 payes|paies|paye|paie|payez|raques',
    ],
    unless: ['rembours*|vinted|leboncoin|velo|livraison|colis|article|annonce|cotisation|licence|cantine|sortie|billet|place*|cine|resto|kebab|pizza|loyer|part|cadeau_commun|cagnotte|tu_me_dois|c_est_paye|cest_paye|est_paye|sera_paye|bien_paye|shooting|casting', 'jamais_payer|jamais_paye*|jamais_paie*|payez_pas|payez_jamais|payer_jamais|ne_pas_payer|surtout_pas_payer|payez_rien|rien_payer', 'je_te|jte|jt|je_t|on_te|on_vous|je_vous ..1 fais|fait|file|donne|paie|paye|verse|vire|offre|envoie|payer|donner'],
    examples: {
      match: ["Effectuez le paiement en Bitcoin à l'adresse suivante", 'soit tu payes soit c est fini pour toi', 'paie et je supprime', 'Tu payes 200 euros par PayPal', 'tu as 30 minutes pour envoyer 500€ en bitcoin', 'envoie 100€ en carte google play', 'tu vas payer', 'je veux 300 euros', 'si tu paies pas'],
      ignore: ['jte fais un virement de 50 balles pour quelques photos', 'je te file 5000 vbucks si tu m envoies une photo', 'oui jte rembourse sur lydia ce soir', 'je peux payer par virement ou paypal pour le vélo', 'paye ta part pour la cagnotte', 'faut jamais payer et en parler à un adulte', 'envoie moi les 3 photos'],
    },
  },
  {
    id: 'carte-paysafe',
    phrases: [
      'achete|achetes|acheter|prends|prend|trouve|va_chercher ..3 @payment|carte*|code*|ticket*|coupon*',
      '@send ..3 moi|m ..2 le|les|des|ton ..1 code*|numero*|photo_de_la_carte',
      'recharge*|carte*|ticket*|coupon* ..2 pcs|transcash|neosurf|paysafe*|toneo|steam|google_play|itunes|psn|amazon ..6 @send|donne|files|file ..3 le|les|ton|ses ..1 code*|numero*',
      '# @currency ..3 en|par|sur|de|via|avec @payment|crypto*|carte*|virement|paiement',
      '# ..1 en|par|sur|de|via @payment',
      '@send ..3 en|par|sur|via @payment',
      '@currency ..3 avant|d_ici|dici|sous|dans ..1 #|ce_soir|minuit|demain|la_fin|une_heure|1h|24h|48h',
      '# ..2 @payment|@currency|balles ..2 avant|d_ici|dici|sous|dans ..1 #|ce_soir|minuit|demain|la_fin|une_heure|1h|24h|48h',
    ],
    unless: ['rembours*|vinted|leboncoin|velo|livraison|colis|article|annonce|cotisation|licence|cantine|sortie|billet|place*|cine|resto|kebab|pizza|loyer|tu_me_dois|cagnotte|cadeau_commun|anniv*|facture*|penalite*'],
    examples: {
      match: ['envoie en carte paysafecard', "recharge PCS de 100 et tu m'envoies le code", 'achete une carte google play', 'envoie moi le code', '150€ sur lydia avant ce soir', '400€ en crypto avant minuit', '300€ en paysafecard'],
      ignore: ['tu me dois toujours 20 balles', 'je te fais un virement pour la cotisation', 'c est 15€ sur vinted', 'tu m envoies 1 video de plus avant minuit', "Merci de régler la facture de 45€ sous 15 jours, faute de quoi des pénalités s'appliqueront."],
    },
  },
  {
    id: 'argent-ou-sinon',
    phrases: [
      '@money ..3 sinon|ou_sinon|ou_je|ou_j|ou_tout|avant_ce_soir|avant_minuit|avant_demain',
      'je|j ..2 veux|exige|attends ..2 mon|mes|de_l|l ..1 argent|thune|fric|oseille|sous|paiement|virement',
      'si_je_recois|si_j_ai|si_je_vois|si_j ..2 pas|rien ..3 #|@currency|@money|@payment',
      'si je ..1 recois|vois|touche|recoit ..1 pas|rien ..3 #|@currency|@money|@payment',
    ],
    unless: ['rembours*|vinted|leboncoin|cotisation|cagnotte|tu_me_dois|loyer'],
    examples: {
      match: ["l'argent ou je publie", 'Si je reçois pas 150€ sur lydia', 'je veux mon argent', 'la thune avant ce soir'],
      ignore: ["j'ai pas d'argent", 'de l argent de poche'],
    },
  },
  {
    id: 'regler-la-somme',
    phrases: [
      'regle|regles|regler|reglez|acquitte*|acquitter ..3 #|@currency|@payment|la_somme|le_montant|la_rancon|les_frais',
      'tu|t ..1 payes|paies|paye|paie|raques|vires|craches ..1 pas ..6 ta|tes|la|les|ton|tout|sinon|je|j|jvais|tu_vas|elle|elles',
    ],
    unless: ['rembours*|vinted|leboncoin|velo|livraison|colis|article|annonce|cotisation|licence|cantine|sortie|billet|place*|cine|resto|kebab|pizza|loyer|part|cagnotte|cadeau_commun|anniv*|invite*|offre|gratuit|facture|impot*|abonnement|forfait|classe|inscription|adhesion|voyage|voyages|photo_de_classe|amende|parking|pv', 'mdr|ptdr|xd|haha|lol|je_te|jte|jt|je_t|on_te ..1 fais|fait|file|donne|paie|paye|invite|offre'],
    examples: {
      match: ["Vous disposez de 24h pour régler 0,05 BTC à l'adresse ci-dessous.", 'wesh tu payes pas ce soir ta vidéo elle tourne sur tout insta', 'tu paies pas et je balance tout', 'réglez la somme demandée'],
      ignore: ['merci de régler 12€ pour la photo de classe', "tu payes pas ta place, c'est moi qui t'invite", 'tu paies pas le resto ce soir', 'tu peux régler 5€ pour la sortie ?'],
    },
  },
] satisfies PatternEntry[];
