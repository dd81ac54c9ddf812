import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'paye-x-euros',
    phrases: [
      'me|m ..1 faire|fais|fait|faites ..1 un|une ..1 virement|transfert|paiement|twint|lydia|wero|paylib|interac|payconiq ..3 #|@currency',
      'fais|fait|faites|envoie|envoies|envoi ..2 un|une|le|la ..1 twint|lydia|wero|paylib|interac|payconiq|virement_interac|paypal|revolut ..4 #|@currency|sinon|ou|de|sur',
      'paye|payes|paie|paies|payez|verse|verses|vire|vires|virez|transfere|transferes|depose|deposes|depose_moi ..4 #|@currency|@payment|moi|ou|sinon|vite|maintenant|avant',
      '@send ..4 # @currency|@payment|balles',
      '@send ..3 #|l_argent|largent|le_fric|la_thune|les_sous|l_oseille|le_code|les_codes|la_carte|une_carte|des_cartes ..2 @payment|@currency|cadeau*|sinon|ou|avant|vite',
      '@send|donne ..1 l_argent|largent|la_thune|le_fric|les_sous|l_oseille|la_somme ..1 maintenant|mtn|tout_de_suite|direct|vite|sinon|ou',
      'tu|t dois|devras|vas me|m verser|payer|virer|envoyer|donner|filer ..2 #|@currency|@money|@payment',
      'vous ..1 devez|devrez|allez ..1 payer|verser|envoyer|virer|me_payer',
      '@send ..3 des|les|un|une|deux|# ..1 @payment|coupon*|carte*|code*|recharge*|ticket*',
      '# heure*|h|jours|minutes|min ..2 pour ..1 payer|me_payer|virer|me_virer|regler|raquer',
      '# heure*|h|jours|minutes|min ..2 pour ..1 envoyer|m_envoyer|me_donner|donner ..3 #|l_argent|largent|la_somme|le_fric|la_thune|les_sous|le_code|les_codes|la_carte|@payment|@currency',
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
    unless: [/* r28: someone else's threat described */ 'quelqu_un|qqn|qq1|un_mec|une_meuf|un_gars|une_fille|des_gens|des_mecs|la_personne|le_mec|la_meuf|ils|elles|il|elle|escroc*|arnaqueur*|arnaqueuse*|brouteur*|sextorqueur*|maitre_chanteur ..6 menace|menacent|menacait|menacaient|menacer ..1 de|d', 'arnaque|arnaques|escroquerie*|sextorsion|chantage ..1 ou|qui|dans_lesquelles|dans_laquelle|quand|comme', /* r25 */ 'que_je_t_ai_offert*|je_t_ai_offert*|noob|dette_de_jeu|pari|parie', /* r25 */ 'liquide|especes', /* r24 */ 'rends_moi|rend_moi|rends_mes|rendre_mes|tournee|ta_tournee|vire_du_groupe|du_groupe_mdr|spam|chelou|gateaux|ingredients|commissariat|paroisse|par_cheque|faut_pas_payer|pas_payer|payez_pas', "@send ..2 # ..1 autres|nouvelles|nouveaux|photos|pics|nudes|videos|selfies|snaps", "# ou|a # ..1 @photo|selfie*|photos|pics|snaps|videos", "on|nous|je ..1 te|vous|les ..1 paye|paie|payons|payerai|paierai|remunere*", "on|nous ..1 paye|paie|payons|remunere*|verse|versons ..2 les|nos|ses ..1 joueurs|membres|mannequins|danseurs|danseuses|participants|gagnants|eleves|benevoles", 'plus ..2 tu|t ..1 es|seras ..1 paye*|payee*|remunere*', 'remuneration|tu_recois|tu_recevras|allocation|salaire', 'i_will|ill|i_ll|i ..1 send|sent|give|pay', /* r15 */ 'ils|elles|ils_te|ils_vous|ils_leur disent|ecrivent|menacent|racontent', 'a_recu|ont_recu|avait_recu|avaient_recu|porte_plainte|a_porte_plainte|portee_plainte|il_lui_a_ecrit|elle_a_recu_un|il_a_recu_un', 'cinema|le_cadeau|anniv*|courses|essence|covoit*|concert|place_de|ta_place|cotis*|billet_de_train|billet_d_avion|billet_de_concert|billets_de_concert|billet_pour|billets_pour|billet_du_concert|ticket_de_cine|ticket_de_bus|ticket_de_metro|ticket_de_caisse', 'un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|un_inconnu_m_a|une_inconnue_m_a|on_m_a_ecrit|on_m_a_envoye|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|j_fais_quoi|que_faire|quoi_faire|je_dois_faire_quoi|arnaqueur*|arnaqueuse*|pharos|message_type|messages_types|mets_pas|met_pas|mettrai_pas', 'rembours*|vinted|leboncoin|velo|livraison|colis|article|annonce|cotisation|licence|cantine|sortie|billet|place*|cine|resto|kebab|pizza|loyer|ta_part|ma_part|sa_part|la_part|votre_part|leur_part|une_part|cadeau_commun|cagnotte|tu_me_dois|c_est_paye|cest_paye|est_paye|sera_paye|bien_paye|shooting|casting', 'jamais_payer|jamais_paye*|jamais_paie*|payez_pas|payez_jamais|payer_jamais|ne_pas_payer|surtout_pas_payer|payez_rien|rien_payer', 'je_te|jte|jt|je_t|on_te|on_vous|je_vous ..1 fais|fait|file|donne|paie|paye|verse|vire|offre|envoie|payer|donner', 'je|j ..1 paie|paye|payerai|peux_payer|pourrai_payer|regle|reglerai|peux_regler|verse|verserai|vire|virerai', 'especes|main_propre|en_main_propre|remise_en_main', 'wifi|facture*|electricite|elec|charges|coloc*|mot_de_passe|qui_avance|j_avance|si_tu_perds|si_je_gagne|le_pari|un_pari|on_parie|j_expedie|expedie|expedition|reception', /* r19 */ 'de_l_heure|de_lheure|par_heure|baby_sitting|babysitting|babysit*|baby_sit*|garde_d_enfant*', /* r21 */ 'hebergeur|hebergement|l_hebergeur|serveur_minecraft|serv_minecraft|le_serveur_discord', /* r20 */ 'pokemon|yugioh|panini|booster*|gateau|par_personne|par_tete|chacun_paye|chacun_paie|chacun_met|que_tout_le_monde|te_faire_pardonner|me_faire_pardonner|pour_te_faire_pardonner|un_verre|une_biere|un_cafe|une_glace|un_coca|un_mcdo|un_grec|un_tacos|un_kebab|une_pizza|les_courses'],
    examples: {
      match: ["t'as 24h pour me faire un virement de 300€", 'fais un twint de 150 francs sur ce numéro sinon tes photos seront sur le compte insta de ton gymnase', 'envoi moi 3 carte steam de 100 ou ta video elle part sur pornhub ce soir', "Effectuez le paiement en Bitcoin à l'adresse suivante", 'tu as 2 heures pour m envoyer les codes', 'soit tu payes soit c est fini pour toi', 'paie et je supprime', 'Tu payes 200 euros par PayPal', 'tu as 30 minutes pour envoyer 500€ en bitcoin', 'envoie 100€ en carte google play', 'tu vas payer', 'je veux 300 euros', 'si tu paies pas'],
      ignore: ["la prof a parlé des arnaques où quelqu'un menace de les envoyer à ta famille si tu paies pas", "paye ta dette noob 500 vbucks", "paye par lydia ou en liquide samedi", "rends moi mes 20 balles ou je viens les chercher chez toi 😂", "paie ta tournée ou t'es viré du groupe mdr", "On paie 10€ de l'heure, ça vous va ?", 'paye moi un skin pour te faire pardonner 😂', 'faut que tout le monde paye 5€ pour le gateau', "envoie 3 autres ou je balance", "envoie moi 3 ou 4 selfies pour l'album", "on paye les joueurs 200€/mois + le setup", 'ok ok ill send u the 1000 vbucks code tonight', "Plus la tenue est légère plus tu es payé, jusqu'à 100€ la session", 'tu peux me faire un lydia de 10€ pour la pizza ?', 'fais un twint de 15 francs pour le cadeau de la prof', 'envoie un lydia de 10 euros pour le cinéma', "un mec m'a écrit 'envoie 200€ ou je publie tes photos', je fais quoi ?", 'fais un twint de 12 francs pour ta part de pizza', 'je paie en espèces ou paypal comme tu veux, tu peux m envoyer une photo de la console allumée ?', 'jte fais un virement de 50 balles pour quelques photos', 'je te file 5000 vbucks si tu m envoies une photo', 'oui jte rembourse sur lydia ce soir', 'je peux payer par virement ou paypal pour le vélo', 'paye ta part pour la cagnotte', 'faut jamais payer et en parler à un adulte', 'envoie moi les 3 photos', "fais le maintenant, t'as 5 minutes pour m'envoyer la vidéo", 'tu payes tes 1000 vbucks si tu perds', 'et vous payez le wifi avant vendredi sinon je change le mot de passe', 'Je verse 300€ par semaine sur ton compte'],
    },
  },
  {
    id: 'carte-paysafe',
    phrases: [
      'donne|donnes|file|files|passe ..2 moi|m ..2 le|les|tes ..1 code|codes ..3 carte*|recharge*|coupon*|ticket*|@payment',
      'tu|t ..1 peux|pourrais ..2 envoyer|payer|verser|virer|donner|mettre ..1 combien',
      '@send ..4 photo|code|codes|numero ..3 du|de_la|des|de_ta|le|la ..1 ticket|coupon|recharge|carte ..2 pcs|transcash|neosurf|paysafe*|toneo|steam|google_play|itunes|psn|amazon|cadeau|apple',
      'gratte|grattes|gratter ..2 le|la|les ..1 code*|carte|ticket|case|coupon ..3 envoi*|envoy*|photo*|donne*|file*|et_tu|et_tu_m',
      '# ..1 @currency|balles ..6 ta ..1 tranquillite|reputation|vie|avenir|liberte|paix',
      'combien ..2 tu|t ..1 as|a|avez ..2 sur ..1 ton|ta|votre ..1 compte|carte|livret|paypal|lydia',
      'achete|achetes|acheter|prends|prend|trouve|va_chercher ..3 @payment|carte*|code*|ticket*|coupon*',
      '@send ..3 moi|m ..2 le|les|des|ton ..1 code*|photo_de_la_carte',
      '@send ..3 moi|m ..2 le|les|des ..1 numero*',
      'recharge*|carte*|ticket*|coupon* ..2 pcs|transcash|neosurf|paysafe*|toneo|steam|google_play|itunes|psn|amazon ..6 @send|donne|files|file ..3 le|les|ton|ses ..1 code*|numero*',
      '# @currency ..3 en|par|sur|de|via|avec @payment|crypto*|carte*|virement|paiement',
      '# ..1 en|par|sur|de|via @payment',
      '@send ..3 en|par|sur|via @payment',
      '@currency ..3 avant|d_ici|dici|sous|dans ..1 #|ce_soir|minuit|demain|la_fin|une_heure|1_h|24_h|48_h',
      '# ..2 @payment|@currency|balles ..2 avant|d_ici|dici|sous|dans ..1 #|ce_soir|minuit|demain|la_fin|une_heure|1_h|24_h|48_h',
    ],
    unless: [/* r26 */ 't_as_recu|tu_as_recu|t_as_bien_recu|tu_as_bien_recu|as_tu_recu|bien_recu|recu_mes|recu_mon|recu_le_virement', /* r25 */ 'que_je_t_ai_offert*|je_t_ai_offert*|noob|dette_de_jeu|pari|parie', "gagne|gagnent|gagnera|gagneront|remporte|remportent|a_gagner|le_gagnant|la_gagnante|les_gagnants", 'remuneration|remunere*|remuneree*|payee|payees|tu_recois|tu_recevras|allocation|salaire|bonus|tu_gagnes|tu_gagneras|tu_touches|tu_toucheras|je_te_verse|je_te_file', /* r15 */ 'rembours*|vinted|leboncoin|velo|livraison|colis|article|annonce|cotisation|licence|cantine|sortie|billet|place*|cine|resto|kebab|pizza|loyer|tu_me_dois|cagnotte|cadeau_commun|anniv*|facture*|penalite*', 'cotise*|cotisez|pour_le_cadeau|chacun|chacune|wifi|coloc*', /* r21: the sender pays, or a sale with shipping */ 'je|j t|te|vous ai|envoie|envoi|vire|paie|paye [paye|vire|envoye|regle|verse] ..3 via|par|sur|en @payment', 'j_expedie|expedie|expedition|des_reception|a_reception|frais_de_port|colissimo|mondial_relay|envoi_suivi|commission*|dessin*', /* r24: Dutch look-alikes */ 'tikkie|betalen|betaal|betaald|overmaken|overmaakt|ophalen|bieden|gestuurd'],
    examples: {
      match: ['donne moi les codes des cartes cadeaux', "tu peux m'envoyer combien là tout de suite ?", 'envoie moi une photo du ticket pcs', 'gratte le code et envoie le moi', "50 euros c'est pas grand chose pour ta tranquillité", 'envoie en carte paysafecard', "recharge PCS de 100 et tu m'envoies le code", 'achete une carte google play', 'envoie moi le code', '150€ sur lydia avant ce soir', '400€ en crypto avant minuit', '300€ en paysafecard'],
      ignore: ["t'as reçu mes 20€ sur lydia ?", "envoie le code de la carte steam que je t'ai offerte, je verifie qu'elle marche", "le top 3 gagne 50€ de carte cadeau", "Nous recrutons, rémunération 30€/heure payée sur PayPal", "Tu recois une allocation chaque semaine, 200€ sur Lydia", 'vous cotisez 5 balles chacun pour le cadeau, envoyez sur lydia avant jeudi', 'gratte le ticket de loto de mamie', "envoie moi ton numéro, je t'ajoute au groupe de la classe", 'tu me dois toujours 20 balles', 'je te fais un virement pour la cotisation', 'c est 15€ sur vinted', 'tu m envoies 1 video de plus avant minuit', "Merci de régler la facture de 45€ sous 15 jours, faute de quoi des pénalités s'appliqueront."],
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
    unless: ["concert|festival|on_va_pas|on_ira_pas|on_part_pas|on_pourra_pas", 'rembours*|vinted|leboncoin|cotisation|cagnotte|tu_me_dois|loyer'],
    examples: {
      match: ["l'argent ou je publie", 'Si je reçois pas 150€ sur lydia', 'je veux mon argent', 'la thune avant ce soir'],
      ignore: ["t'as 2 jours pour trouver l'argent sinon on va pas au concert", "j'ai pas d'argent", 'de l argent de poche'],
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
  {
    id: 'pour-150-tout-disparait',
    phrases: [
      'montant|somme|paiement|rancon|virement ..3 n_est|n ..1 pas ..1 verse*|paye*|regle*|recu|effectue*',
      'depend|depend_de|tient|tient_qu ..3 toi|twa|vous ..6 # ..1 @currency|balles|@payment',
      'pour|contre|avec|moyennant ..1 # ..2 [@currency|balles|euros] ..3 tout|je|j|jvais|ca|sa|elles|ils|la_video|les_photos|tes_photos|ta_video ..2 disparai*|supprime*|efface*|oublie*|arrete*|detruis|detruit|detruire|te_laisse*|te_lache*',
      '# ..1 @currency|balles|@payment ..3 et|puis ..2 je|j|jvais|tout|ca|sa|on ..2 supprime*|efface*|disparai*|oublie*|arrete*|detruis|te_laisse*|te_lache*|n_en_parle_plus|en_parle_plus|passe_a_autre_chose|est_quittes|sera_quittes',
      'donne*|file*|envoie*|envoi|menvoie*|verse*|vire*|paie*|paye* ..4 # ..4 et|puis ..2 je|j|jvais|tout|ca|sa|on ..2 supprime*|efface*|disparai*|oublie*|arrete*|detruis|te_laisse*|te_lache*|n_en_parle_plus|en_parle_plus',
      'mets|met|verse|depose|charge ..3 # ..3 sur ..1 ma|mon|ce|cette|le ..1 @payment|compte|carte|rib|iban|wallet|cagnotte_lydia|adresse',
      '@payment ou|ou_bien|sinon @payment ..3 tu|t|vous ..1 choisis|choisi|choisissez|preferes|decides',
      'manque|attends|attend|j_attends|jattends ..2 juste|plus_que|que|toujours|encore ..1 ton|ta|le|la|ton_petit ..1 virement|paiement|argent|code|codes|recharge|transfert|versement',
      'combien ..3 tu|t|vous ..1 peux|peut|pouvez ..1 envoyer|payer|donner|verser|virer|mettre ..2 maintenant|mtn|tout_de_suite|aujourd_hui|ce_soir|direct|vite',
      '@payment ..3 # ..3 et|puis ..2 je|j|jvais|tout|ca|sa|on ..2 supprime*|efface*|disparai*|oublie*|arrete*|detruis|te_laisse*|te_lache*|n_en_parle_plus|en_parle_plus|est_quittes',
      'paies|payes|paye|paie|vires|verses|envoies ..1 et ..1 c_est|cest|c|tout|ca ..1 fini|termine|regle|oublie|efface|supprime',
    ],
    unless: ['dette*|liste|ardoise|tableau|mdr|ptdr|xd|haha|lol|rembours*|tu_me_dois|je_te_dois|jte_dois|vinted|leboncoin|annonce|cotisation|cagnotte|cadeau_commun|part|pizza|kebab|resto|cine|billet*|place*|course*|livraison|colis|loyer|facture*|abonnement|frais_de_port|sortie|voyage|anniv*|velo|console|ps5|switch|manette|jeu'],
    examples: {
      match: ["si le montant n'est pas versé", 'ta réputation dépend de toi maintenant. 150 euros.', 'ok pour 150 tout disparaît. transcash ou paysafecard tu choisis', 'tu me donnes 80 euros et je supprime', '300 balles et j efface tout', 'mets 100 balles sur ma lydia', 'contre 200€ je te laisse tranquille', "tu m'envoies 200€ et on n'en parle plus", 'pcs ou transcash, tu choisis', 'une recharge transcash de 100 et on n en parle plus', 'tu payes et c est fini', 'il me manque juste ton virement', 'combien tu peux envoyer maintenant ?'],
      ignore: ['pour 150 tout le monde peut venir', 'mets 10 balles sur ma lydia pour la cagnotte', '20 euros et je supprime la photo moche mdr', 'tu me rembourses 15 euros et on est quittes', 'paypal ou lydia tu choisis pour la pizza'],
    },
  },
  {
    id: 'prends-la-carte-de-ta-mere',
    phrases: [
      'carte*|cb ..6 prends|prend|pique|piques|vole|voles|utilise|emprunte ..1 celle|celles ..2 de ..1 ta|ton|tes ..1 @family',
      'donne|donnes|envoie|envoies|file|files|passe ..2 moi|m ..2 ta|ton|tes|les ..1 carte_bancaire|carte_bleue|cb|code_de_carte|codes_de_carte|numero_de_carte|numero_de_ta_carte|cryptogramme|code_de_securite|coordonnees_bancaires',
      'prends|prend|vole|voles|pique|piques|emprunte|empruntes|pique_la|vole_la ..2 la|ta|le|les ..1 carte_bleue|carte_bancaire|cb|carte|portefeuille|argent|thune|sous ..2 de ..1 ta|ton|tes ..1 @family',
      'demande|demander|demandes|pique|piquer|vole|voler|prends|prendre|emprunte|emprunter ..3 l_argent|largent|de_l_argent|la_thune|le_fric|des_sous|la_cb|la_carte|la_carte_bleue ..3 a|de ..1 tes|ta|ton ..1 @family',
      'demande|demander|demandes|pique|piquer|vole|voler|prends|prendre|emprunte|emprunter ..2 a|de ..1 tes|ta|ton ..1 @family ..3 l_argent|largent|de_l_argent|la_thune|le_fric|des_sous|la_cb|la_carte|la_carte_bleue',
      'donne|donnes|file|files|envoie|envoies|passe ..2 moi|m ..2 ton|tes ..1 compte|identifiants|skins|vbucks|robux|mot_de_passe|mdp ..2 fortnite|roblox|psn|steam|epic|valorant|minecraft|brawl|xbox|playstation|lol|clash',
      '@send|donne|file|passe ..2 ton|ta ..1 rib|iban|carte ..2 et ..1 tes|ton|ta ..1 codes|code|mot_de_passe|mdp|identifiants|cryptogramme',
      'trouve|trouves|debrouille|debrouilles|demerde|demerdes ..4 l_argent|largent|la_thune|le_fric|les_sous|la_somme|le_fric|les_codes|la_carte',
    ],
    unless: ['bus|metro|tram|train|transport|navigo|bibli*|abonnement|carte_de_bus|carte_vitale|carte_d_identite|carte_de_cantine|carte_etudiant|carte_de_fidelite', 'rembours*|sortie|cine*|cantine|cotisation|licence|anniv*|cadeau*|courses|pain|baguette|resto|pizza|kebab|voyage|vacances|inscription|permis|forfait|loyer|facture*|impot*|mdr|ptdr|haha|lol|perdu*|retrouve|retrouver|retrouves|sac|poche|portefeuille_perdu|tombe|tombee'],
    examples: {
      match: ['tu as une carte bancaire ? prends celle de ta mère', 'donne moi ton compte fortnite avec tous tes skins', 'envoie moi ton RIB et tes codes', 'donne moi ta carte bancaire', 'prends la carte bleue de ta mère', "t'as qu'à demander à tes parents l'argent", "trouve l'argent, je m'en fous comment", "vole l'argent de ta mère"],
      ignore: ["t'as pas ta carte de bus ? prends celle de ta soeur", 't as pas de carte pour le bus ? prends celle de ta mère, elle l a perdue', "demande de l'argent à ta mère pour la sortie", "prends la carte bleue de ta mère pour les courses", "t'as retrouvé l'argent ? il était dans ton sac", "demande à ton père l'argent pour le cinéma"],
    },
  },
  {
    id: 'maintenant-tu-paies',
    phrases: [
      'maintenant|mtn|now|alors|bon|bref|donc ..2 tu|t ..1 paies|payes|paye|paie|raques|raque|craches|crache|vas_payer|vas_raquer|vas_cracher|vas_casquer|casques|vires',
      'tu|t ..1 vas|va ..1 raquer|cracher|casquer|lacher_la_thune|lacher_l_oseille ..3 [maintenant|mtn|now|ma_belle|mon_gars|frero|gros|bro]',
      '@tas ..1 cru|crus|pense|pensais|croyais ..2 que|qu ..1 j_etais|jetais|c_etait|cetait|j_etait ..1 une|un ..1 meuf|fille|nana|gamine|ado|fille_de_ton_age|mec_de_ton_age|gars_de_ton_age|vraie_fille|vraie_meuf',
    ],
    unless: ['mdr_non|rembours*|dette|dois|doit|pizza|cine*|resto|kebab|courses|cagnotte|loyer|facture*|addition|part|ta_part|place*|billet*|ticket*|tournee|verre|cafe|bar|anniv*|cadeau*|pari|gage|perdu_le_pari', 'mon_frere|ma_soeur|mon_cousin|ma_cousine|sur_mon_compte|deguise*|costume|halloween|film|serie|theatre|spectacle|role|personnage|voix|blague|jrigole|poisson_d_avril|avril'],
    examples: {
      match: ["ta cru j'étais une meuf 😂 bon maintenant tu paies", 'bref tu vas raquer maintenant', "t'as vraiment cru que c'était une fille de ton âge ?"],
      ignore: ['bon maintenant tu paies ta part de la pizza', "t'as cru que j'étais une fille avec ma perruque d'halloween mdr", 'maintenant tu paies la tournée, t as perdu le pari'],
    },
  },
  // r9-begin
  {
    "id": "methode-ou-methode-r9",
    "phrases": [
      "bitcoin|btc|crypto|usdt|pcs|carte_pcs|transcash|neosurf|paysafe*|carte_paysafe*|cashlib|toneo|flexepin|carte_steam|cartes_steam|carte_google*|cartes_google*|google_play|carte_cadeau*|cartes_cadeau*|cartes_cadeaux|western|moneygram ..1 ou|sinon|et|or ..1 carte_pcs|pcs|transcash|neosurf|paysafe*|carte_paysafe*|cashlib|toneo|flexepin|bitcoin|btc|crypto|usdt|carte_steam|carte_google*|google_play|carte_cadeau*|cartes_cadeau*|western|moneygram ..3 pas_autre_chose|rien_d_autre|uniquement|seulement|que_ca|et_vite|maintenant|direct|tout_de_suite|mtn"
    ],
    "unless": [
      "accept*|acceptons|boutique|magasin|tabac|buraliste|caisse|arnaqu*|escroc*|victime*|jamais|ne_paye*|prevention|article|reportage|gendarmerie|police"
    ],
    "examples": {
      "match": [
        "Bitcoin ou carte PCS, pas autre chose",
        "transcash ou neosurf, maintenant"
      ],
      "ignore": [
        "le tabac accepte transcash ou neosurf uniquement",
        "les arnaqueurs demandent bitcoin ou carte pcs, jamais payer"
      ]
    }
  },
  {
    "id": "je-te-conseille-de-payer-r9",
    "phrases": [
      "@ite|je_te|je_vous|jvous ..1 conseille|recommande|suggere ..2 de|d ..1 payer|regler|envoyer_l_argent|virer|cooperer|obeir ..2 vite|rapidement|maintenant|tout_de_suite|vite_vite|avant|sans_tarder|au_plus_vite"
    ],
    "unless": [
      "abonnement|forfait|netflix|spotify|deezer|resto|addition|facture*|loyer|impots|amende|cantine|cotisation|inscription*|billet*|place*|concert|commande|panier|soldes|promo*|prix|reduc*|avant_la_fin|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "mon frere je te conseille de payer vite vite",
        "je vous conseille de payer rapidement"
      ],
      "ignore": [
        "je te conseille de payer vite ta place de concert, il en reste peu"
      ]
    }
  },
  {
    "id": "combien-sur-ton-compte-r9",
    "phrases": [
      "combien ..2 sur|dans ..1 ton|ta|votre|tes ..1 compte|livret|carte|cagnotte|tirelire|paypal|lydia|revolut|compte_en_banque",
      "toi ..1 envoyer|payer|envoi|paye|donner ..2 argent|l_argent|largent|money|euro|euros|balles",
      "tu ..1 envoyer|envoi ..1 argent|l_argent|largent|money",
      "@tes|t_es|tes ..1 mieux|mieu ..1 de|d ..3 payer|envoyer_l_argent|m_envoyer_l_argent|me_payer|virer|m_envoyer|me_faire_un_virement"
    ],
    "unless": [
      "cantine|inscription*|cotisation|licence|quete|voyage|sortie|billet*|place*|concert|cadeau*|cagnotte_pour|ta_part|loyer|resto|courses|rembours*|pizza|kebab|cine|cinema|console|jeu|vinted|leboncoin|commande|epargne|economies|permis|mdr|ptdr|maman|papa|mamie|papi|argent_de_poche"
    ],
    "examples": {
      "match": [
        "tu as combien sur ton compte ?",
        "toi envoyer argent vite",
        "t'es mieux de m'envoyer l'argent à soir"
      ],
      "ignore": [
        "t'as combien sur ton compte pour le voyage ?",
        "t'es mieux de payer ta place de concert vite"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "tant-deuros-et-je-lefface-r10",
    "phrases": [
      "# ..1 @currency ..3 et|sinon|pour_que ..2 je|j|jle|jla|jles|jte ..2 l|la|le|les|te_l|te_les|tout ..1 efface*|supprime*|delete*|retire*|detrui*",
      "# ..1 @currency ..3 et ..2 je|j ..1 supprime*|efface*|delete*|detrui* ..1 tout|toutes|tes|ta|la|les|ca|sa",
      "# ..1 @currency ..3 et|pour_que ..1 tout ..1 disparait|disparaisse|disparaitra|est_supprime|soit_supprime|soit_efface"
    ],
    "unless": [
      "dette*|liste|ardoise|tableau|annonce|compte|abonnement|appli|jeu|logiciel|antivirus|forfait|cours|reparation|frais"
    ],
    "examples": {
      "match": [
        "50€ et je l'efface",
        "100 balles et je supprime tout",
        "200 euros et tout disparait"
      ],
      "ignore": [
        "50€ et je supprime mon compte premium",
        "ca coute 10 euros et je supprime l'appli apres"
      ]
    }
  },
  // r10-end
  {
    id: 'reglez-lamende-en-coupons-r11',
    phrases: [
      'amende|contravention|penalite|caution ..6 @payment|coupon*|recharge*|transcash|neosurf|paysafe*|carte_cadeau*|cartes_cadeau*|ticket*',
      '@payment|coupon*|recharge*|transcash|neosurf|paysafe* ..6 amende|contravention|penalite|classer|clore',
      'classer|clore|cloturer|annuler ..2 dossier|affaire|plainte|procedure|poursuites ..6 payer|payez|reglez|regler|verser|versez|amende|#',
      'reglez|payez|acquittez|versez ..2 l|une|votre|cette ..1 amende|contravention|penalite ..4 # @currency ..6 sous|avant|dans|d_ici',
      'reglez|payez|acquittez|versez ..2 l|une|votre|cette ..1 amende|contravention|penalite ..6 classer|clore|eviter|sinon|sous|avant|dans|d_ici',
      'amende|contravention|penalite ..4 # @currency ..6 @payment|coupon*|recharge*|transcash|neosurf|paysafe*|carte_cadeau*|cartes_cadeau*|ticket*',
    ],
    unless: ['arnaqu*|escroc*|faux|fausse|fake|mefie*|attention|signale*|pharos|3018|reportage|article|recu_un|j_ai_recu|a_recu|ont_recu|je_fais_quoi|que_faire|mon_pere|ma_mere|papa|maman|stationnement|exces_de_vitesse|radar|ticket_de_bus|controleur*|sncf|ratp|tram|metro|bus'],
    examples: {
      match: ["vous etes convoqué par la brigade des mineurs, reglez l'amende de 200€ pour classer l'affaire", 'Cyberpolice: votre adresse IP a été repérée, réglez une amende de 290€ sous 48h', "l'amende de 300 euros est a payer en coupons PCS"],
      ignore: ["mon pere a eu une amende de 135€ pour exces de vitesse", "attention y a des faux mails de la police qui demandent une amende en coupons PCS, c une arnaque", "paye ton amende de bus avant qu'elle augmente"],
    },
  },
  // r11-end
  {
    "id": "tu-veux-qu-ils-voient-ou-tu-payes-r12",
    "phrases": [
      "voi*|sache|saches|sachent|recoive*|tombe* ..4 ou|soit ..1 tu|t ..1 payes|paies|paye|paie|raques|craches|vires|casques"
    ],
    "unless": [
      "resto|kebab|pizza|cine|cinema|concert|billet*|place|part|addition|courses|essence|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "Slt. J'ai tes nudes. Tu veux que ta daronne les voit ou tu payes ?",
        "tu préfères que tes potes sachent ou tu raques ?"
      ],
      "ignore": [
        "tu veux qu'on voie le film ou tu payes le resto ?"
      ]
    }
  },
  {
    "id": "toi-payer-maintenant-sinon-r12",
    "phrases": [
      "toi|vous ..1 payer|envoyer|donner|paye|envoye ..3 argent|@currency|#|maintenant|vite|rapidement|cash ..4 sinon|ou|si_non"
    ],
    "unless": [
      "resto|kebab|pizza|cine|cinema|concert|billet*|place|part|addition|courses|essence|loyer|facture*|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "toi payer maintenant sinon grand problème pour toi",
        "toi envoyer argent vite sinon video partout"
      ],
      "ignore": [
        "toi payer la pizza maintenant sinon on mange rien mdr"
      ]
    }
  },
  // r13-start
  {
    "id": "versez-500-sur-le-compte-r13",
    "phrases": [
      "versez|verser|virez|transferez|reglez|payez|deposez ..3 # ..1 @currency|fcfa|cfa ..4 sur|en|par|via|a ..2 compte|adresse|wallet|portefeuille|@payment|iban|rib"
    ],
    "unless": [
      "cooperative|coop|foyer|fse|ape|cantine|cotisation|licence|loyer|facture*|inscription*|voyage|sortie|adhesion|club|association|asso|frais_de_scolarite|rembours*|charges|kermesse|tombola"
    ],
    "examples": {
      "match": [
        "Chère victime, nous détenons une vidéo de vous. Versez 500€ sur le compte suivant pour qu'elle soit supprimée.",
        "Réglez 250 euros en bitcoin à cette adresse"
      ],
      "ignore": [
        "versez 30€ sur le compte de l'association pour la licence"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "amende-en-coupons-r14",
    "phrases": [
      "amende|penalite|contravention|frais_de_dossier|amende_forfaitaire ..6 regle*|paye*|payer|verse*|verser|acquitte*|acquitter ..6 neosurf|pcs|transcash|toneo|paysafe*|cashlib|flexepin|coupon*|recharge*|ticket_premium|carte_cadeau*|cartes_cadeau*|carte_google*|carte_steam|carte_itunes|carte_amazon|bitcoin*|crypto|btc|usdt",
      "amende|penalite|contravention|frais_de_dossier ..3 de ..1 # ..4 neosurf|pcs|transcash|toneo|paysafe*|cashlib|flexepin|coupon*|recharge*|ticket_premium|carte_cadeau*|cartes_cadeau*|carte_google*|carte_steam|carte_itunes|carte_amazon|bitcoin*|crypto|btc|usdt",
      "reglez|payez|versez|regler|payer|verser ..6 neosurf|pcs|transcash|toneo|paysafe*|cashlib|flexepin|coupon*|recharge*|ticket_premium|carte_cadeau*|cartes_cadeau*|carte_google*|carte_steam|carte_itunes|carte_amazon|bitcoin*|crypto|btc|usdt ..6 classer|dossier|poursuites|plainte|casier|procedure"
    ],
    "unless": [
      "arnaque*|escroc*|faux|fausse*|fausses|attention|mefiez|signal*|reportage|phishing"
    ],
    "examples": {
      "match": [
        "une amende transactionnelle de 290€ doit être réglée aujourd'hui en cartes Neosurf",
        "réglez l'amende de 350€ par coupon PCS sous 72h",
        "payez 200€ en recharges transcash pour classer le dossier"
      ],
      "ignore": [
        "j'ai eu une amende de 35€ pour le bus, je l'ai payée en ligne",
        "attention les fausses amendes à payer en coupons pcs c'est une arnaque"
      ]
    }
  },
  {
    "id": "payez-pour-quon-les-supprime-r14",
    "phrases": [
      "payez|paie|paye|payer|versez|verse|vire|virez ..3 pour ..1 qu_on|que_je|que_nous|qu_ils|que_j ..1 les|la|le|l ..1 supprime*|efface*|retire*|enleve*|detruise*"
    ],
    "unless": [
      "voiture|fourriere|amende|abonnement|pub|pubs|publicite|premium|version|appli|application"
    ],
    "examples": {
      "match": [
        "vos photos intimes circulent, payez pour qu'on les supprime",
        "paie pour que je les efface"
      ],
      "ignore": [
        "payez pour qu'on retire la voiture de la fourrière"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'enleve-si-tu-paies-r15',
    phrases: [
      'enleve|enlevera|supprime|supprimera|retire|retirera|efface|effacera ..4 si ..2 tu|t ..3 fais|fait|envoie*|paie*|paye*|vire* ..2 # ..1 @currency|@payment',
      'si ..1 tu|t veux ..1 qu|que ..3 supprime|supprimes|enleve|retire|efface ..4 envoie|paie|paye|vire|fais ..3 #|@payment|@money',
    ],
    unless: ['commande*|annonce*|vinted|leboncoin|abonnement|compte_premium|pub'],
    examples: {
      match: ["il dit qu'il l'enleve si tu lui fais 40 balles sur lydia", "si tu veux qu'on la supprime envoie 50€ sur lydia"],
      ignore: ["si tu veux que je supprime l'annonce vinted envoie moi un message"],
    },
  },
  {
    "id": "transferez-crypto-r16",
    "phrases": [
      "transfere*|vire*|verse*|depose*|envoie*|envoyez|payez|reglez ..2 # ..1 btc|bitcoin*|eth|usdt|ltc|monero|xmr|crypto*",
      "c_est|c|ca_fait|ce_sera ..1 # ..1 [@currency|balles] de_plus|en_plus ..4 sinon|ou|sans_quoi",
      "le|votre|ton reglement ..3 de # ..2 @currency|balles ..4 @payment|par|via"
    ],
    "unless": ["wallet|j_ai|jai|on_a|il_a|elle_a|hier|ce_matin|mon_compte|mon_portefeuille"],
    "examples": {
      "match": [
        "Transferez 0,02 BTC a l'adresse ci-dessous",
        "et la c'est 200 de plus, sinon la video part direct",
        "Le reglement de 250 CHF s'effectue par Twint"
      ],
      "ignore": [
        "j'ai transfere 0,02 btc sur mon wallet hier",
        "c'est 5 euros de plus pour la livraison",
        "le reglement de 250 CHF c'etait pour le camp de ski"
      ]
    }
  },
  {
    "id": "tas-trois-jours-pour-trouver-largent-r16",
    "phrases": [
      "@tas|vous_avez|tu_as ..1 #|un|une|deux|trois|quatre|cinq|dix|vingt ..1 jours|jour|heures|heure|h|min|minutes ..2 pour ..1 trouver|rassembler|reunir|envoyer|payer|m_envoyer|me_payer ..2 l_argent|largent|la_somme|le_fric|la_thune|les_sous|le_reste|le_pognon|#",
      "un|le|ce ..1 versement|paiement|reglement|virement ..1 de ..1 # ..2 @currency|balles ..2 est|sera ..1 requis|exige|necessaire|attendu|obligatoire"
    ],
    "weight": 2,
    "unless": [
      "voyage|sortie|cantine|cotisation|loyer|cadeau|anniv*|billet*|place|places|inscription|licence|club|assurance|facture|impot*|banque|caution|location|vinted|commande|colis|livraison|concert|festival|ski|resto|pizza|kebab|vacances|week_end|weekend|projet|asso|association"
    ],
    "examples": {
      "match": [
        "t'as trois jours pour trouver l'argent",
        "vous avez 48 heures pour envoyer la somme",
        "un versement de 500 euros est requis"
      ],
      "ignore": [
        "t'as trois jours pour trouver l'argent du voyage scolaire",
        "vous avez 10 jours pour payer la cotisation du club"
      ]
    }
  },
  // r18-start
  {
    id: 'encore-300-sinon-r18',
    phrases: [
      'encore|de_nouveau|a_nouveau|en_plus|re ..1 # ..1 [@currency] ..6 sinon|ou_je|ou_j|ou_ca|ou_tout|ou_ta|ou_tes|ou_la|ou_les',
      'il_me_faut|il_m_en_faut|jveux|je_veux|j_veux|jai_besoin|j_ai_besoin|file_moi|envoie_moi|donne_moi ..1 encore|de_nouveau|en_plus ..1 # ..6 @payment|sinon|avant|d_ici|ou_je|ou_ta|ou_tes|ou_la',
      'pas_assez|c_est_pas_assez|pas_suffisant|ca_suffit_pas|c_est_pas_fini|t_as_cru_c_etait_fini ..6 encore|il_me_faut|il_m_en_faut|je_veux|jveux ..2 #',
    ],
    unless: ['cagnotte|cadeau*|concert|place*|billet*|resto|kebab|pizza|courses|loyer|facture|essence|voyage|colo|sortie|anniv*|cotisation|licence|inscription|mdr|ptdr|xd|lol'],
    weight: 3,
    examples: {
      match: ["merci pour les 80€ mais c'est pas assez, jveux encore 300 sinon je balance tout comme prévu", 'il me faut encore 250 avant vendredi par Lydia sinon ta classe la reçoit', 'encore 200 balles ou je poste tout'],
      ignore: ['il me faut encore 20 balles avant vendredi pour la cagnotte', 'il me faut encore 15€ pour le billet du concert sinon je peux pas venir'],
    },
  },
  {
    id: 'besoin-de-200-tu-vois-ou-je-veux-en-venir-r18',
    phrases: [
      'besoin|veux|faut|il_me_faut ..3 # ..2 [@currency] ..6 tu_vois_ou_je_veux_en_venir|tu_vois_ce_que_je_veux_dire|tu_sais_pourquoi|tu_connais_la_suite|tu_sais_ce_qui_va_se_passer|tu_sais_ce_qui_t_attend|sinon_tu_sais|tu_sais_ce_que_j_ai',
      'tu_vois_ou_je_veux_en_venir|tu_vois_ce_que_je_veux_dire|tu_connais_la_suite|tu_sais_ce_qui_t_attend ..6 # ..1 @currency|@payment',
    ],
    unless: ['cagnotte|cadeau*|concert|billet*|resto|courses|loyer|facture|essence|voyage|cotisation|mdr|ptdr|xd|lol'],
    weight: 3,
    examples: {
      match: ["j'ai besoin de 200 balles. tu vois où je veux en venir", 'il me faut 150€ pour demain, tu sais ce qui t attend sinon'],
      ignore: ["j'ai besoin de 20 balles pour la cagnotte, tu vois ce que je veux dire"],
    },
  },
  {
    id: 'suppression-payante-en-coupons-r18',
    phrases: [
      'reglable*|payable*|a_regler|a_payer|payer|regler|paiement ..3 en|par|via ..1 coupon*|ticket*|carte*|recharge* ..1 transcash|neosurf|pcs|paysafe*|toneo|cashlib|flexepin|google_play|steam|amazon|itunes|apple',
      'suppression|retrait|effacement|desindexation ..6 coute|coutera|couter|frais|tarif|facture*|pour ..2 # ..1 @currency',
      'les|la|vos|tes|ces ..2 supprimer|retirer|effacer|desindexer|faire_disparaitre ..3 pour|contre|moyennant ..2 # ..1 @currency',
      'sans|a_defaut_de|faute_de ..1 paiement|reglement|versement ..6 images|photos|videos|contenus|dossier ..6 public*|publiques|en_ligne|diffus*|transmis*|partag*',
    ],
    unless: ['vinted|leboncoin|annonce|colis|frais_de_port|livraison|commande|abonnement|photographe|impression|tirage|album|photo_de_classe|photos_de_classe'],
    weight: 3,
    examples: {
      match: ['La suppression définitive coute 180 € de frais de procédure, réglables en coupons Transcash.', 'Nous pouvons les supprimer définitivement pour 299€.', 'Sans paiement sous 24h, les images resteront publiques'],
      ignore: ['la suppression du compte coûte rien, tu vas dans les paramètres', 'les frais de port sont payables par paypal'],
    },
  },
  // r18-end
  // r18-start
  {
    id: 'societe-de-suppression-de-contenus-intimes-r18',
    phrases: [
      'suppression|retrait|effacement|desindexation ..3 de|des|d ..1 contenus|photos|videos|images ..1 intime*|privee*|prive*|compromettant*|sexuel* ..6 tarif*|prix|coute|frais|#',
      'nous ..1 pouvons|pourrons ..2 supprimer|retirer|effacer|faire_disparaitre ..3 vos|tes|les|ces ..1 photos|videos|images|contenus ..6 #|frais|tarif|moyennant|contre',
    ],
    unless: ['gratuit*|gratuitement|pharos|3018|e_enfance|cnil|police|gendarmerie|plateforme_officielle|signalement|association'],
    weight: 2,
    examples: {
      match: ['Nous sommes une société spécialisée dans la suppression de contenus intimes. Nos tarifs commencent à 150€.', 'nous pouvons supprimer vos vidéos moyennant 90 euros'],
      ignore: ['le 3018 aide à la suppression de contenus intimes gratuitement'],
    },
  },
  // r18-end
  {
    "id": "tu-trouver-argent-vite-r19",
    "phrases": [
      "tu|toi|vous|t ..2 trouve|trouver|trouves|trouvez|debrouille|debrouilles|debrouiller|demerde|demerdes ..3 argent|l_argent|largent|le_fric|la_thune|les_sous|l_oseille|la_somme|le_cash ..3 vite|rapidement|maintenant|aujourd_hui|ce_soir|avant|sinon|demain|@payment"
    ],
    "unless": [
      "cadeau*|anniv*|voyage|sortie|vacances|permis|scooter|console|cotis*|concert|billet*|loyer|boulot|job|taf|stage|economise*|economies|petit_boulot|argent_de_poche"
    ],
    "examples": {
      "match": [
        "tu trouver argent vite. Transcash ou PCS ok.",
        "tu te débrouilles pour trouver l'argent avant ce soir",
        "toi trouver la somme vite sinon publier"
      ],
      "ignore": [
        "tu trouves l'argent pour le cadeau de maman avant samedi ?",
        "tu vas trouver de l'argent vite avec un petit boulot"
      ]
    }
  },
  {
    "id": "pour-effacer-la-video-c-est-150-r19",
    "phrases": [
      "pour ..1 effacer|supprimer|detruire|que_je_supprime|que_j_efface|que_je_detruise|que_je_l_efface|que_je_les_efface ..3 la|ta|les|tes|cette|ces|tout ..1 @photo|nudes|conv|tout ..3 c_est|cest|ce_sera|ca_sera|ca_te_coutera|faut|il_faut|tu_paies|tu_payes|tu_envoies ..2 #|@payment",
      "pour ..1 effacer|supprimer|detruire ..2 la|ta|les|tes|cette|ces ..1 @photo|nudes ..3 c_est|cest|ce_sera|ca_sera ..1 #"
    ],
    "unless": [
      "appli|logiciel|photoshop|abonnement|icloud|stockage|reparation|telephone|ecran|forfait|technicien"
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
    "id": "jveux-3-cartes-r20",
    "phrases": [
      "jveux|jexige|jdemande|je_veux|je_exige ..2 # ..1 carte*|code*|recharge*|coupon*|@payment ..6 ou|sinon|avant|d_ici|dici|ce_soir"
    ],
    "unless": [
      "noel|anniv*|cadeau_pour|liste_de_noel|pour_mon_anniv|maman|papa|mamie|papi|pokemon|yugioh|yu_gi_oh|magic|panini|tcg|booster*|boude|bouder"
    ],
    "examples": {
      "match": [
        "jveux 3 cartes google play de 50 ou ta copine elle les recoit",
        "je veux 2 recharges pcs de 100 avant ce soir"
      ],
      "ignore": [
        "jveux 2 cartes pokemon pour mon anniv",
        "je veux 3 cartes cadeaux pour noel",
        "jveux 2 cartes pokemon avant vendredi sinon je boude"
      ]
    }
  },
  {
    "id": "dernier-paiement-jen-veux-encore-r20",
    "phrases": [
      "dernier|derniere ..1 paiement|virement|versement|recharge ..6 j|je ..1 en ..1 veux|voudrais|demande|exige ..1 encore|plus|un_autre|une_autre|d_autres",
      "file*|donne*|envoie*|envoi|@send ..1 moi le|les|son|leur ..1 snap|snaps|instagram|num|numero|numeros|contact*|compte ..1 de_ta|de_tes|de_ton|d_une ..1 pote*|copine*|soeur*|amie*|amis ..4 quittes|quitte|je_te_laisse|j_efface|je_supprime|jefface|jsupprime"
    ],
    "examples": {
      "match": [
        "t'avais dit que c'etait le dernier paiement ? bah non, j'en veux encore",
        "file moi le snap de ta pote et on est quittes"
      ],
      "ignore": [
        "c'etait la derniere fois qu'on mangeait la, j'en veux encore de leurs frites",
        "file moi le snap de ta pote, elle est dans mon groupe de TP"
      ]
    }
  },
  {
    "id": "pour-suppression-x-btc-r21",
    "phrases": [
      "pour|afin ..1 suppression|supprimer|effacer|la_suppression|l_effacement|que_je_supprime|que_j_efface|qu_on_supprime|tout_effacer|tout_supprimer ..4 # ..2 btc|bitcoin*|@currency|@payment|usdt|eth|ltc|xmr|monero"
    ],
    "unless": [
      "abonnement|compte_premium|stockage|icloud|forfait|frais_de_dossier"
    ],
    "examples": {
      "match": [
        "Pour suppression: 0.01 BTC vers bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "pour tout effacer c'est 300 euros",
        "afin de supprimer les fichiers, 500 € en bitcoin"
      ],
      "ignore": [
        "pour supprimer la pub c'est 3 euros par mois d'abonnement",
        "pour effacer les photos de l'icloud il faut payer 2 euros de stockage"
      ]
    }
  },
  {
    "id": "encore-x-et-cest-fini-r22",
    "phrases": [
      "encore|re ..1 # ..1 euro|euros|balles|e|eur ..6 derniere_fois|c_est_fini|c_est_la_derniere|j_efface|je_supprime|j_arrete|promis|on_est_quitte*"
    ],
    "unless": [
      "cantine|resto|cine|courses|loyer|cotisation|billet*|ticket*|pizza|kebab|essence"
    ],
    "examples": {
      "match": [
        "encore 100€ et c'est la dernière fois, promis",
        "encore 50 balles et j'efface tout"
      ],
      "ignore": [
        "encore 5€ pour la pizza et c'est la dernière fois promis"
      ]
    }
  },
  // r24-start
  {
    id: 'tu-me-fais-un-virement-ou-r24',
    phrases: [
      'tu|t ..1 me ..1 fais|fait|envoies|envoie|vires|verses|files|donnes|balances ..2 virement|lydia|paylib|wero|western_union|moneygram|wave|orange_money|@currency ..3 ou|sinon|ou_sinon|snn ..4 tourne|tournent|part|partent|circule|publie|poste|balance|envoie|montre|leak|fuite|tout_le_monde|tes_parents|ta_famille|ta_mere',
      'western_union|moneygram|worldremit|ria_money ..3 # ..1 euro|euros|balles|dollar|dollars|fcfa|cfa|mad|dirhams|e ..6 je|j ..1 t|te ..1 envoie|donne|file|passe ..2 le_nom|les_infos|les_coordonnees|le_code|les_details',
    ],
    unless: ['loyer|facture*|pharmacie|medicament*|courses|hopital|ecole|scolarite|frais_de_scolarite|remboursement|rembours*|cadeau|anniv*|mamie|papi|tonton|tata|maman|papa|dette|pret|prete'],
    examples: {
      match: ["je te l'ai dit en voc, je le redis par écrit: tu me fais un virement ou le clip tourne dans tous les serveurs", 'Western Union 250 euros. Je t\'envoie le nom.', 'tu me vires 100 euros sinon ta mère voit tout'],
      ignore: ['Western Union 250 euros pour le loyer, je t\'envoie le nom de la propriétaire', 'tu me fais un virement ou tu passes en liquide pour le ticket ?'],
    },
  },
  // r24-end
  // r25-start
  {
    id: 'twint-moi-200-balles-r25',
    phrases: [
      'twint|lydia|wero|paylib|interac|payconiq|revolut|paypal ..1 moi|moa|mwa ..3 #|balles|euros|euro|chf|francs|dollars',
      'ramene|ramenes|aboule|aboules|allonge|allonges|lache|laches ..1 la|les|le|ta ..1 moula|thune|tune|maille|oseille|fric|biff|money|sous|billets ..3 ou|sinon|avant|vite|ce_soir',
    ],
    unless: ['cagnotte|cotis*|chacun|chacune|pizza|kebab|resto|cine|place|billet|pari|rembours*|part|courses|mdr|ptdr|jrigole|concert|anniv*|cadeau*|vinted|leboncoin|commande|colis|loyer|cantine|sortie'],
    examples: {
      match: ['twint moi 200 balles ce soir sinon tes nudes partent a tous tes contacts', "ramene la moula ou j'les balance en story", 'lydia moi 150 euros avant minuit'],
      ignore: ['lydia moi 10 balles pour la pizza', "aboule la thune pour le cadeau de manon sinon on l'achete pas mdr"],
    },
  },
  // r25-end
  // r27-start
  {
    id: 'distributeur-bitcoin-qr-r27',
    phrases: [
      'tu|t|vous ..1 mets|met|mettez|deposes|deposez|inseres|inserez|verses|versez ..2 # ..1 @currency ..6 scanne*|scan|qr|qr_code|adresse|wallet|portefeuille|bitcoin*|btc|crypto*|usdt',
      'distributeur|atm|borne|guichet|automate ..2 bitcoin*|btc|crypto*|bitcoins ..6 mets|met|depose|deposes|insere|inseres|verse|verses|envoie|envoies|scanne*|#',
      'bitcoin*|btc|crypto*|usdt|ethereum|eth|wallet|portefeuille ..6 scanne|scannes|scannez|scan ..2 ce|le|mon|cette|mon ..1 qr|qr_code|code_qr|code',
    ],
    unless: ['il|elle|mon_frere|ma_soeur|mon_pere|mon_oncle|ils ..2 a|ont|avait ..1 mis|perdu|investi|achete', 'arnaque*|escroquerie|attention|reportage|documentaire|police|prevention|jamais'],
    examples: {
      match: ['au distributeur bitcoin de la gare tu mets 150 euros', 'tu déposes 200 euros et tu scannes mon QR', 'envoie en btc, scanne ce code'],
      ignore: ['mon frère il a mis 50€ en bitcoin, il a tout perdu', "attention, les arnaqueurs demandent de passer par un distributeur bitcoin, ne le fais jamais"],
    },
  },
  {
    id: 'moyennant-une-indemnite-r27',
    phrases: [
      'moyennant|contre|en_echange_d|en_echange_de ..2 une|un|le|la ..1 indemnite|somme|paiement|versement|compensation|dedommagement|contrepartie|reglement ..3 de|d ..1 #',
      'sans ..1 paiement|versement|virement|reglement ..6 rien_garantir|garantir|pas_supprimer|ne_pouvons_rien|ne_peux_rien|impossible_de_supprimer|impossible_d_effacer|pas_effacer',
    ],
    unless: ['garantie|reparation|prise_en_charge|facture|abonnement|commande|livraison|colis|loyer|location|garantie_constructeur|assurance|mutuelle|remboursement|contrat_de_travail|salaire|stage|heures_sup'],
    examples: {
      match: ['il renoncera à la diffusion moyennant une indemnité de 800 euros', 'sans paiement nous ne pouvons rien garantir'],
      ignore: ['la réparation est prise en charge moyennant une somme de 50 euros par la garantie', 'contre une somme de 20 euros par mois, votre abonnement inclut la livraison'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'code-de-la-carte-en-photo-r27',
    phrases: [
      'code|codes ..4 carte*|recharge*|coupon*|@payment ..6 prends|prend|envoie|envoies|menvoie|balance ..3 en_photo|photo|capture|screen|pic',
      'prends|prend|envoie|envoies|menvoie ..3 en_photo|photo|capture|screen|pic ..3 du|le|les|des ..1 code|codes ..3 carte*|recharge*|coupon*|pcs|neosurf|transcash|paysafe*|steam|google|amazon|itunes|apple|cadeau',
    ],
    unless: ['wifi|bleue|cb|vitale|identite|acces|parking|cantine|self|bibliotheque|transport|navigo|etudiant|fidelite|reduction|promo|activation_de_ta|cadenas|casier|portail|digicode|interphone|mamie|papi|tonton|tata|anniv*|joyeux'],
    examples: {
      match: ["j'attends le code de la carte, prends la en photo", 'envoie une photo du code de la recharge neosurf'],
      ignore: ['prends en photo le code wifi de la box stp', 'envoie moi une photo du code de la carte de cantine'],
    },
  },
  {
    id: 't-as-paye-une-fois-repaye-r27',
    phrases: [
      '@tas|tu|vous ..2 paye|payer|payes|regle ..2 une_fois|1_fois ..6 repayer|repaye|repayes|deux_fois|2_fois|a_nouveau|de_nouveau|encore|recommencer|une_deuxieme|une_2_e|une_seconde',
      'tu|t|vous ..1 vas|va|dois|doit|devez|allez|peux|peut ..1 repayer|re_payer|payer_encore|payer_a_nouveau|payer_deux_fois|encore_payer|repasser_a_la_caisse',
    ],
    unless: ['pas_besoin|pas_la_peine|entree|inutile|c_est_bon|dois_pas|doit_pas|plus_besoin|cantine|inscription|licence|cotisation|abonnement|forfait|commande|colis|billet|place|ticket|facture|bug|erreur|double_paiement|rembours*|annul*|resto|kebab|pizza|cine*|courses|loyer|mdr|ptdr|haha|lol'],
    examples: {
      match: ['tu as déjà payé une fois, tu vas repayer', "t'as payé une fois tu peux payer deux fois, sinon ça sort"],
      ignore: ["t'as payé une fois la cantine, tu dois pas repayer", 'le paiement a bugué, tu vas repayer ou on attend le remboursement ?', "t'as payé une fois l'entrée, pas besoin de repayer"],
    },
  },
  {
    id: 'regler-une-amende-pour-supprimer-r27',
    phrases: [
      'regler|reglez|payer|payez|acquitter|acquittez|verser|versez|regle|reglee ..2 une|l|cette|votre|ton ..1 amende|contravention|penalite ..6 images|photos|videos|fichiers|contenus|poursuites|supprim*|effac*|clotur*|classer|classe',
      'amende|contravention|penalite ..4 # ..1 @currency ..6 supprim*|effac*|clotur*|classer|poursuites|images|photos|videos|fichiers|contenus',
    ],
    unless: ['sncf|ratp|train|controleur|stationnement|majoration|antai|exces_de_vitesse|radar|pv|transport|fraude|titre_de_transport|bibliotheque|livre|retard_de|parking|impots|tresor_public|arnaque*|escroquerie|faux_policiers|faux_gendarmes|jamais|pharos|signaler'],
    examples: {
      match: ['vous devez régler une amende pour que les images soient supprimées', 'une amende de 300 euros doit être réglée pour clôturer le dossier et supprimer les fichiers'],
      ignore: ["vous devez régler l'amende SNCF sous 45 jours pour éviter la majoration", 'il y a des arnaques où de faux policiers demandent une amende pour supprimer des photos, faut jamais payer'],
    },
  },
  // r27-end
  // r30
  {
    id: 'une-carte-paysafe-de-100-et-ca-part-pas-r30',
    phrases: [
      'une|un|1|ta|la|ton|le ..1 carte|ticket|code|recharge|coupon ..2 paysafe*|pcs|transcash|neosurf|toneo|steam|google_play|itunes|psn|amazon|apple ..2 # ..2 et ..4 jamais|personne|disparait|disparaitra|supprime|supprimerai|efface|effacerai|oublie|oublierai|tranquille|part_pas|sortira_pas|reste_entre_nous',
    ],
    unless: ['anniv*|noel|cadeau|offert|gagne|concours|tirage|recue|recu|arnaque*|livre|livree|utilise*|mdr|ptdr|haha|xd|lol'],
    examples: {
      match: ['une carte paysafe de 100€ et elle part jamais nulle part', 'un code steam de 50 et personne saura', 'une recharge pcs de 150 euros et je supprime tout'],
      ignore: ["j'ai eu une carte steam de 50€ pour mon anniv et jamais utilisée", 'une carte amazon de 20 et jamais reçue, arnaque ?', 'une carte psn de 10 et tranquille pour noel, cadeau parfait'],
    },
  },
  // r30-end
] satisfies PatternEntry[];
