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
      'tout_le_monde|tt_le_monde|tlm|toute_ta_famille|tous_tes_potes|tout_le_college|tout_le_lycee|toute_l_ecole|toute_la_classe|tout_ton_college|tout_ton_lycee|toute_ta_classe|tout_le_bahut|tout_le_quartier|toute_la_ville|tous_tes_amis|tous_tes_abonnes|tous_tes_contacts saura|sauront|verra|verront',
      'saura|sauront|verra|verront|decouvrira|decouvriront|apprendra|apprendront ..2 ce_que|ce_qu|tout_ce_que ..1 tu|t ..1 as|a|m_as|m_a|mas ..1 fait|envoye*|montre*|fais',
      'sinon|ou_sinon|sinn|snn|sans_quoi ..3 ta|tes|la|les ..1 @photo|nudes ..1 tourne|tournent|tournera|tourneront|circule|circulent|circulera|fuite|fuitera|sort|sortira|leak|leake',
      'soit|ou|sinon|ou_sinon ..3 tout_le_monde|tlm|tt_le_monde|toute_ta_famille|tous_tes_potes|tes_parents|ta_mere|ton_pere ..1 voit|voient|verra|verront|saura|sauront|recoit|recoivent|recevra|va_voir|vont_voir|decouvre|decouvrira|apprend ..1 ca|sa|tout|ta|tes|la|les|ce|cette|ces',
      'ou|sinon|soit|ou_sinon ..2 tout|toute|tous ..1 [ton|ta|tes] ..1 @audience ..2 la|le|les|l|te|t ..1 voit|voient|verra|verront|recoit|recoivent|aura|auront|regarde|regardent',
      '@je ..2 dis|dire|dirai|raconte*|previen* ..2 a ..1 tout_le_monde|tes|ta|ton|tous|toute ..6 nude*|nudes|photo*|video*|envoye|montre|fait',
      'tes|ta|les|vos nude*|photo*|video*|vid|vids ..1 vont|va|vas ..1 tourner|circuler|fuiter|leak*|sortir|etre_partout',
      '@je ..2 balance|balancerai*|publie|publierai*|poste|posterai*|leak|leake*|diffuse|diffuserai* ..1 tout|toutes|tes|partout',
    ],
    unless: [/* r28: someone else's threat described */ 'quelqu_un|qqn|qq1|un_mec|une_meuf|un_gars|une_fille|des_gens|des_mecs|la_personne|le_mec|la_meuf|ils|elles|il|elle|escroc*|arnaqueur*|arnaqueuse*|brouteur*|sextorqueur*|maitre_chanteur ..6 menace|menacent|menacait|menacaient|menacer ..1 de|d', 'arnaque|arnaques|escroquerie*|sextorsion|chantage ..1 ou|qui|dans_lesquelles|dans_laquelle|quand|comme', /* r25 */ 'resultats_du_concours|cles|clefs|bulletin*|invitation*', /* r24 */ 'quiz|quizz|blind_test|kahoot|trivial_pursuit|tes_reponses|tes_mauvaises_reponses|culture_g', /* r18 */ 'trade|trades|photocard*|quand_je_recois|a_la_reception|bien_recu|wishlist', 'je|j|jte ..1 t|te ..1 envoie|envoye|vire|verse ..2 # ..1 euro|euros|balles|chf|fcfa|dollar', 'ils|elles|ils_te|ils_vous|ils_leur disent|ecrivent|menacent|racontent', 'qui|elle|il ..1 l|me_l|m_l|me|m ..1 a|avait|l_a ..1 demande*', 'cache|caches|cacher|planque*|affaires|chaussures|cles|clefs|paillasson|tache|canape|traine*|bonbons|chocolat*|cadeaux|manteau|veste|linge', 'cantine|argent_de_poche|t_ai_envoye|t_ai_vire|tai_envoye', 'a_recu|ont_recu|avait_recu|avaient_recu|porte_plainte|a_porte_plainte|portee_plainte|il_lui_a_ecrit|elle_a_recu_un|il_a_recu_un', 'site_du_club|site_de_l_ecole|site_du_lycee|site_du_college|photo_de_profil', 'billet_de_train|billet_d_avion|billet_de_concert|billets_de_concert|billet_pour|billets_pour|billet_du_concert|ticket_de_cine|ticket_de_bus|ticket_de_metro|ticket_de_caisse', 'un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|un_inconnu_m_a|une_inconnue_m_a|on_m_a_ecrit|on_m_a_envoye|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|j_fais_quoi|que_faire|quoi_faire|je_dois_faire_quoi|arnaqueur*|arnaqueuse*|pharos|message_type|messages_types|mets_pas|met_pas|mettrai_pas', 'soiree|fete|vacances|voyage|sortie|colo|match|concert|mariage|ski|plage|album|tournoi|kermesse|bapteme|noel|remise_des_diplomes', 'killcam|kill_cam|replay|highlight*|fail|fails|clip|clips|mdr|ptdr|xd|haha|jrigole|je_rigole|jpp|blague|araign*|anniv*|drive|groupe_de_classe|drole|trop_bien|stylee|magnifique|si_tu_veux|si_t_es_d_accord|d_accord|adorer|adore|fiere|fier|contente|ravie|spectacle|gala|souvenir*|bebe', 'vaisselle|menage|ta_chambre|range|ranges|poubelle*|linge|aspirateur|corvee*|vase|a_maman|a_papa|maman|papa|tonton|mamie|papi|tata|copier|copies|triche*|tricher|bavard*|tu_continues', /* r32 */ 'playlist|playlists|musique|chansons|chanson|chant|karaoke|ta_voix|une_voix|chorale|trop_belle|trop_beau|talent|talentueuse|talentueux', 'recette|facture*|la_demande|une_demande|ta_demande|sa_demande|demande_d_ami*|demande_d_amitie|demande_de|demande_d|lien|document*|fichier*|invitation*|bulletin|devis|ordonnance|formulaire|autorisation'],
    examples: {
      match: ["fais ce que je demande ou j'envoie tout a ta mere", "ok alors j'envoie la photo d'hier a tout ton repertoire", "je l'envoie à tout ton répertoire", "j'envoie ça à ta blonde tantôt si tu réponds pas", 'je vais envoyer ça à ta meilleure amie', "sinon tout le collège saura ce que t'as fait", 'donne moi ton compte fortnite sinon ta vidéo tourne', '300€ ou tout Facebook la voit', 'soit tu paies, soit tout le monde voit ça', "Tu m'envoies 300€ sinon j'envoie la vidéo à tous tes abonnés", 'paie sinon je balance tout', 'si tu bloques je les publie partout', 'je vais les mettre sur internet', 'je publie la vidéo sur ton insta', "sinon j'envoie celle que j'ai à ta famille", "et l'envoyer à tout ton collège", 'sinon je balance tout', 'sinon je dis a tout le monde que tu m as envoye des nudes'],
      ignore: ["la prof a parlé des arnaques où quelqu'un menace de les envoyer à ta famille si tu paies pas", "ou tes parents les recoivent demain, les resultats du concours", "apres ils disent paie ou j'envoie a tes potes", "je vais l'envoyer a ta mere, c'est elle qui l'a demandée", "je vais poster ta kill cam la plus nulle sur tiktok", "sinon ta mère la verra, la tache sur le canapé", "je t'ai envoyé 20€ sur ton compte pour la cantine, ne les dépense pas en robux 😤", "ma cousine a reçu 'paie ou je publie tes nudes', elle a porté plainte", 'tu choisis ou je poste ta photo de profil sur le site du club ?', "20 euros ou je te l'envoie sur ton insta, le billet pour le concert", "un mec m'a écrit 'envoie 200€ ou je publie tes photos', j'ai jamais envoyé de photos, je fais quoi ?", "t'as jusqu'à ce soir pour me rendre ta partie de l'exposé sinon je mets pas ton nom dessus", "je l'envoie à ta mère, elle m'a demandé la recette", "je vais l'envoyer à tes parents, c'est la facture du voyage", "je vais mettre la vidéo du but sur mon insta", 'si tu me rends pas mon chargeur je balance à tout le monde que tas peur des araignées mdr', 'je vais envoyer les photos de la soirée à tout le monde', 'ok mais tu fais la vaisselle pendant une semaine sinon je balance tout 😈', 'je vais tout balancer à la prof si tu continues à copier sur moi', 'range ta chambre sinon je balance tout à maman', 'je te les envoie sur le drive', 'envoie la photo à ta mère', 'ce soir au quiz je vais exposer toutes tes réponses nulles devant tout le monde 😈'],
    },
  },
  {
    id: 'tout-le-monde-va-voir',
    phrases: [
      '@audience ..1 recoit|recoivent|recevra|recevront ..1 tout|toutes|tous|la_video|les_photos|tes_photos|ta_video|tes_nudes ..2 a|ce_soir|demain|dans|avant|des ..2 #|minuit|midi|h|heure*',
      'ils|elles ..1 vont|va|vont_bien ..1 tous|toutes ..1 la|le|les|l ..1 recevoir|voir|avoir',
      'si_tu|si_t ..1 payes|paies|paye|paie|vires|envoies|envoie ..1 pas|rien ..3 ta|ton|tes ..1 @audience ..2 va|vont ..1 tout_voir|tout_savoir|tout_recevoir|tout_decouvrir',
      'tout_le_monde|tt_le_monde|tlm|ta_famille|tes_parents|tes_potes|tes_amis|tes_abonnes|toute_ta|tout_ton|tous_tes|ta_mere|ton_pere|ton_ecole|ton_lycee|ton_college ..3 va|vont|verra|verront|saura|sauront|recevra|recevront|decouvrira|decouvriront ..1 voir|savoir|recevoir|decouvrir|ta|tes|ton|ca|tout',
      'tout_le_monde|tt_le_monde|tlm|ta_famille|tes_parents|tes_potes|tes_amis|tes_abonnes|tout_le_lycee|tout_le_college|toute_l_ecole|toute_ta_classe|tout_ton_lycee|tout_ton_college|toute_ton_ecole|tout_le_bahut|toute_la_classe|tous_tes_abonnes|tous_tes_contacts ..2 les|la|le|l|te|t ..1 verra|verront|aura|auront|recevra|recevront|connaitra',
      'un|1|un_seul|une_seule ..1 clic|click|message|seconde ..2 et ..2 c_est|cest|c|ca_part|tout_part|elle_est|elles_sont|ca_tourne|ca_circule ..1 partout|en_ligne|chez_tous|sur_tous|sur_internet|sur_instagram|sur_snap',
      'tout_le_monde|tt_le_monde|tlm|@audience ..2 te|t ..1 voit|verra|voient|verront|verrait|verraient ..2 a_poil|apoil|nue|nu|toute_nue|tout_nu|en_sous_vet*|en_culotte|en_string|sans_rien|sans_vetements',
      'tu|t ..1 vas|va|risques ..1 finir|atterrir|te_retrouver|etre ..2 sur|dans ..1 un|des|les ..1 site*|sites ..1 porno*|porn|x|pour_adultes',
      'tu|t ..1 vas|va|risques ..1 finir|atterrir|te_retrouver|etre ..2 sur|dans ..1 pornhub|xvideos|xhamster|onlyfans',
      'ta|tes|la|les|ton ..1 video*|photo*|nude*|nudes ..3 va|vont|seront|sera|finira|finiront ..3 partout|en_ligne|publie*|sur_internet|sur_le_net|viral*|sur_les_reseaux|chez_tes',
      'tu|t vas|va ..1 etre ..2 affiche*|afiche*|expose*|humilie*|la_honte',
    ],
    unless: [/* r25 */ 'va|vont ..1 trouver|adorer|aimer|kiffer|comprendre|apprecier ..1 ca ..1 injuste|bizarre|chelou|nul|drole|cool|bien|super|genial|mignon|trop|grave|normal|louche|etrange|dommage', /* r22 */ 'dessin|tableau|peinture|expo|exposition|spectacle|gala|concert|prestation|chorale|theatre|t_es_prete|t_es_pret|stresse|stressee|trac|bravo|fier|fiere|felicitations', 'cache|caches|cacher|planque*|range|ranges|ranger|affaires|chaussures|cles|clefs|paillasson|tache|canape|traine*|bonbons|chocolat*|cadeaux|manteau|veste|linge|vaisselle|attendre|patienter', 'courses|livraison|commande|repas|invites|invite*|facture*|courrier|bulletin', 'voyage|reunion|inscription*', 'invitation*|carte_d_invitation|cartes_d_invitation|carte_postale|carte_d_anniv*|colis|newsletter|lettre|cadeau*|resultat*|faire_part|programme|planning|horaire*', 'ta_place|la_place|cotisation|cantine|billet_de_train|billet_d_avion|billet_de_concert|billets_de_concert|billet_pour|billets_pour|billet_du_concert|ticket_de_cine|ticket_de_bus|ticket_de_metro|ticket_de_caisse', 'chargeur|kebab|pizza|rembours*|ta_part|sa_part', 'note|mauvaise_note|zero|colle|retenue|absence*|retard*|convocation|conseil_de_classe', 'mdr|ptdr|xd|haha|jrigole|match|film|concert|spectacle|but|resultat*|bulletin|notes|bebe|tete_de_bebe|cadeau*|surprise|anniv*|gateau|decoration|deco|fete|skate|trick|chorale|talent|danse', 'piscine|plage|maillot|costume|deguise*|tenue|robe|coiffure|photographe|photos_de_classe|photo_de_classe|de_classe|code_d_acces|carnet|site_de_l_ecole|ent|pronote', /* r19 */ 'soiree|kermesse|mariage|colo|elle_les_veut|elle_les_attend|il_les_veut'],
    examples: {
      match: ['tic tac, ta mère reçoit tout à 20h', 'je connais tous tes potes, ils vont tous la recevoir', 'si tu payes pas, ta daronne va tout voir', "un clic et c'est partout", 'tes photos, tout le lycée les aura demain', 'un clic et tout le monde te voit à poil', 'tu vas finir sur un site porno', 'tout le monde verra ta vidéo', 'ta famille va voir', 'si je reçois pas, tout le monde les aura', 'tes photos vont finir partout', 'tu vas etre affichée'],
      ignore: ["par contre en dis rien aux autres ni a tes parents, ils vont trouver ca injuste", "tes parents vont trouver ca trop mignon", "tout le monde va voir ton dessin à l'expo, t'es prête ?", "ta mère va voir tes photos de la soirée demain, elle les veut", "range tes affaires sinon ta mère va les voir traîner", 'ta mère reçoit tout à 20h, les invités arrivent à 21h', 'tes parents vont recevoir un mail intéressant du lycée pour le voyage', "j'ai fait l'invitation, ils vont tous la recevoir demain", 'si tu payes pas ta place, ta mère va tout savoir', 'si tu paies pas ta part de pizza ta mère va tout savoir', "le photographe a dit que les photos de classe seront en ligne lundi, code d'accès dans le carnet", 'tes potes vont adorer ta vidéo de skate', 'tout le monde te verra en maillot à la piscine demain', 't\'imagines la tête de ta mère quand elle va voir le cadeau', 'tout le monde va voir le match', 'tout le monde va venir à la soirée', 'tout le monde aura ses notes demain'],
    },
  },
  {
    id: 'sinon-ca-part-sur',
    phrases: [
      '@audience ..3 recevra|recevront|recoit|recoivent|aura|auront ..3 lien ..2 ta|tes|la|les|ces ..1 @photo|nudes',
      'sinon|ou_sinon|ou_je|ou_j|sinn|snn|sans_quoi ..4 @spread ..3 sur|dans|en ..1 insta*|snap*|tiktok|youtube|twitter|facebook|fb|reddit|internet|reseaux|les_reseaux|pornhub|xvideos|porn*|story|storie*|ligne|le_net',
      'sinon|ou|sinn|snn|sans_quoi|soit ..3 tes|ta|la|les|vos|votre|ce|cette|ces ..1 @photo|nudes|enregistrement*|conv ..3 part|partent|partira|partiront|tourne|tournent|tournera|circule*|finit|finira|finiront|ira|iront|atterri* ..3 sur|chez|a|dans|partout|en_ligne',
      'sinon|ou_sinon|sinn|snn|sans_quoi|ou ..1 celles|celle|ceux|celui|ce ..1 que|qu ..1 j_ai|jai|g|j ..3 part|partent|partira|partiront|tourne|tournent|circule*|finit|finira|finiront|ira|iront|atterri*|seront|sera|vont|va',
      'sinon|ou_sinon|sinn|snn ..2 [ta|tes|la|les] ..1 @photo|nudes ..3 partout|sur_internet|internet|en_ligne|sur_facebook|sur_instagram|famille|ta_famille|tes_parents|tes_amis|reseaux|les_reseaux',
      'sera|seront|va_etre|vont_etre ..1 publie*|diffuse*|envoye*|poste*|mise*_en_ligne|partage*|balance* ..4 si|sauf_si|a_moins_que|a_moins_qu ..4 pas|rien|aucune|aucun|plus',
      'si ..3 @audience ..2 voient|voit|verront|verra|savent|sait|decouvrent|decouvre|tombent_sur|tombe_sur|apprennent|apprend ..3 ce_que|ce_qu|tout_ce_que ..1 tu|t ..3 envoye*|montre*|fait',
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
    unless: [/* r25 */ 'pour_le_cadeau|pour_la_surprise|savoir_pour_le_cadeau', 'billet_de_train|billet_d_avion|billet_de_concert|billets_de_concert|billet_pour|billets_pour|billet_du_concert|ticket_de_cine|ticket_de_bus|ticket_de_metro|ticket_de_caisse', 'porte_plainte|plainte|a_recu|avait_recu|ont_recu|a_recu_un_message|arnaque*|escroc*|victime*|signale*|pharos|3018|gendarmerie|commissariat', 'mdr|ptdr|xd|haha|jrigole|je_rigole|blague|drive|groupe_de_classe|match|concert|spectacle|vacances|voyage|soiree|anniv*|recette|colis|commande|article|annonce|impression|imprim*|tirage*|labo|developpe*|film|serie|episode|photo_de_classe|photos_de_classe|de_classe', 'que_maman|que_papa|a_maman|a_papa|chambre|bazar|bordel|vaisselle|bulletin|dessin|chaine|youtube|danse|cover|clip|stylee|trop_bien'],
    examples: {
      match: ['tu veux que ton chum voie ça ?', 'ce soir, tout ton entourage recevra le lien de ta vidéo', 'tu vas m envoyer d autres photos, sinon celles que j ai partent sur le groupe de ta classe', 'toi payer 150 euro sinon video partout sur internet et famille', "elle sera publiée ce soir si je n'ai pas de nouvelles", "tu sais que si tes parents voient ce que tu m'as envoyé t'es morte ?", 'si tu me bloques, ta famille reçoit tout dans la minute', "j'ai des photos de toi que tu voudrais pas voir circuler", 'tu veux que tes parents la voient ?', 'tu veux que ta mère voie ça ?', 'je mets ta vidéo en ligne ce soir', 'sinn je balance sur tiktok', 'envoie 200 balles ou la video tourne sur insta', 'sinon tes photos partent chez tes parents ce soir', 'soit tu paies soit ils recoivent tous tes nudes', 'ou je publie celle que j ai deja', 'sinon c est sur pornhub demain', 'je fais un montage et le mettre partout', "tu veux pas que ta famille la voie hein", 'si je recois pas l argent dans 1h, ta mere recoit la video', 'si t envoies pas 100 balles ce soir ta video est sur insta'],
      ignore: ["si ta mere tombe sur ce que tu m'as envoye, elle va savoir pour le cadeau", "20 euros ou je te l'envoie sur ton insta, le billet pour le concert", "mon cousin a reçu un message 'paie ou ta vidéo part chez tes parents', il a porté plainte", "ta photo sera publiée sur le site du club si tu n'as rien contre", 'sinon les photos partout sur le frigo mdr', 'tu veux que maman voie ça ? range ta chambre', 'je mets ta vidéo de danse en ligne sur la chaine', 'ou je la poste sur insta demain haha', 'sinon les photos du voyage partent sur le drive', 'la video du match tourne sur insta', 'je poste sur tiktok ce soir', 'tes photos partent a l impression demain', 'ta mere verra la video du spectacle', 'tu veux que tes potes voient le film ?', 'tu veux pas que tes potes voient le film ?', 'tu veux pas que ta mere sache que t as eu 8?', 'ta mere recevra les photos de classe la semaine pro'],
    },
  },
  {
    id: 'ruiner-ta-vie',
    phrases: [
      'ta ..1 vie|reput|reputation ..2 finie|foutue|terminee|detruite|ruinee ..3 si|quand|le_jour_ou ..1 ca|sa|elles|elle|tout|ta_video|tes_photos ..1 sort|sortent|fuite|fuitent|tourne|tournent|circule|circulent|leak',
      'te|t ..1 ruiner|ruine|pourrir|pourris|gacher|gache|detruire|detruis|briser|brise ..1 la|ta ..1 vie|reputation',
      '@je|je_vais|jvais ..2 te|t ..1 griller|afficher|faire_une_reputation|faire_une_sale_reputation|faire_une_de_ces_reputations|salir ..3 aupres|devant|a|au|dans|sur ..3 @audience|tout_le_monde|tout_ton|toute_ta|lycee|college|ecole|bahut',
      '@je|je_vais|jvais ..2 te|t ..1 faire ..1 une ..1 [sale|belle|jolie] reputation|reput|rep|reputation_de_ouf|reput_de_ouf',
      '@je|je_vais|jvais ..2 te|t ..1 leak*|leaker',
      '@je|je_vais|jvais|jpeux ..3 ruiner|ruine|detruire|detruis|pourrir|salir|gacher ..1 ta|ton ..1 vie|reputation|avenir',
      'cree*|creer|ouvre|ouvrir|ferai|faire ..2 un|des|une ..1 compte*|profil*|page* ..3 avec ..1 tes|ta|ton|vos ..1 @photo|nudes',
      'ou|sinon|sinn ..2 je|j|jvais ..2 te|t ..1 detruis|detruire|ruine|ruiner|grille|griller|afficher|affiche',
    ],
    weight: 3,
    unless: ['mdr|ptdr|xd|haha|jrigole|game|partie|round|match|fortnite|fifa|valo|lol|1v1|surprise|film|serie|fin|voyage|vacances|blog|recette*|cuisine'],
    examples: {
      match: ['ta vie est finie si ça sort', 'je vais te ruiner la vie', 'paie ou je te detruis', 'sinon je t affiche', 'je vais te griller auprès de tout ton entourage', 'je vais te leak', 'je peux ruiner ta réputation en un message', 'je vais créer un compte avec tes nudes', 'je vais te faire une réputation au lycée'],
      ignore: ["je vais t'exposer mes arguments demain", 'je vais te détruire au prochain round', 'tu vas me gacher la surprise'],
    },
  },
  {
    id: 'quelque-chose-de-genant-sur-toi',
    phrases: [
      '@audience ..2 va|vont|risque|risquent ..1 recevoir|avoir|decouvrir ..2 un|une|des ..1 mail*|message*|lien|liens|video|colis|courrier|enveloppe ..1 interessant*|croustillant*|special|speciale|surprenant*|genant*|tres_interessant*|tres_special*',
      'recevoir|recevra|recevront|recoit|recoivent|voir|verra|verront|decouvrir|decouvrira|decouvriront|tomber ..3 quelque_chose|qqch|qqc|un_truc|des_trucs|des_choses|des_photos|une_video|des_videos ..3 genant*|compromettant*|honteu*|intime*|chaud*|pas_joli*|sale* ..3 sur|de ..1 toi|twa|vous',
      'tout_le_monde|tt_le_monde|tlm|tes_parents|ta_famille|tes_potes|tes_amis|tes_abonnes|ta_mere|ton_pere ..1 croira|croiront|va_croire|vont_croire|pensera|penseront ..2 que|qu ..1 c_est|c|cest|ce_sont|c_etait ..1 vrai|vraie|toi|twa',
      'ou|sinon|sinn|snn|soit ..2 ca|tout|elle|elles|ils ..1 part|partent|partira|partiront|va_partir|vont_partir|tourne|tournera|circule|circulera|atterrit ..2 sur|chez|a|dans|aupres_de ..2 tes|ta|ton|vos|votre ..1 @audience',
    ],
    unless: [/* r25 */ 'deguisement|deguise*|costume|halloween|maquillage|zombie', 'voyage|sortie|reunion|inscription*|bulletin|resultat*|facture*', 'mdr|ptdr|xd|haha|jrigole|je_rigole|blague|farce|poisson|avril|cadeau|surprise|anniv*|drive|poubelle|recette|colis|commande|vente|vendre|prix|film|serie|spectacle|vacances|mamie|papi|grand_mere|grand_pere|noel'],
    examples: {
      match: ['ton employeur va recevoir un mail intéressant', 'tes parents vont recevoir un message très spécial ce soir', 'il va recevoir quelque chose de très gênant sur toi ce soir', 'tes parents vont voir des photos compromettantes de toi', "et tout le monde croira que c'est vrai", 'ou ça part sur tous tes contacts insta', 'sinon tout part chez tes parents'],
      ignore: ["tes parents vont croire que c'est vrai ton deguisement de zombie", 'tes parents vont recevoir un mail intéressant du lycée pour le voyage', 'tes parents vont recevoir un colis surprise pour noel', 'tu vas recevoir un truc trop bien pour ton anniv', "tout le monde croira que c'est vrai mdr le poisson d'avril", 'sinon ça part à la poubelle', 'sinon ca part chez le voisin, il veut le velo au meme prix'],
    },
  },
  {
    id: 'ce-serait-dommage-que',
    phrases: [
      'regrettable|moche|dramatique|ennuyeux|malheureux ..3 que|qu|si ..4 @audience ..4 voie|voient|voit|voyait|voyaient|verrait|recoive|recoivent|recevait|recevaient|decouvre|decouvrent|decouvrait|tombe|tombent|tombait|tombaient ..3 @photo|nudes|ca|sa|ces|cette|certaines|certains|tes|ta|ton|tout|sur',
      'dommage|bete|triste|malheureux|embetant|facheux|con ..3 que|qu|si ..4 @audience ..4 tombe|tombent|tombait|tombaient|tomberait ..1 sur ..3 @photo|nudes|ca|sa|ces|cette|certaines|certains|tes|ta|ton|tout|quelque_chose|qqch',
      'dommage|bete|triste|malheureux|embetant|facheux|con ..3 que|qu|si ..4 @audience ..4 voie|voient|voit|voyait|voyaient|verrait|recoive|recoivent|recevait|recevaient|decouvre|decouvrent|decouvrait ..3 @photo|nudes|ca|sa|ces|cette|certaines|certains|tes|ta|ton|tout',
      'dommage|bete|triste|malheureux|embetant|facheux ..3 que|qu|si ..4 @photo|nudes|ca|sa|elles|elle|tout ..3 circule*|tourne|tournent|fuite*|sorte|sortent|retrouve|retrouvent|atterrisse*|finisse|finissent ..3 @audience|en_ligne|partout|sur_internet',
      'imagine|imagines|t_imagines|timagines|imaginez|imagine_toi ..3 si|quand ..4 @audience ..4 tombait|tombaient|voyait|voyaient|recevait|recevaient|decouvrait|decouvraient|tombe|tombent|voit|voient|recoit|recoivent ..3 @photo|nudes|ca|sa|ces|cette|certaines|tes|ta|ton|tout',
      'imagine|imagines|t_imagines|timagines|imaginez ..1 si|quand ..4 @audience ..2 le|la|les|l ..1 voit|voient|recoit|recoivent|verrait|verraient|recevait|recevaient|decouvre|decouvrent|tombait|tombaient',
      'la_tete|la_reaction|la_tronche|la_gueule ..3 de ..1 tes|ta|ton @audience ..6 voi*|verr*|recoi*|recev*|decouvr*|tomb* ..3 @photo|nudes|ca|sa|ces|cette|tes|ta|ton|tout',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|blague|bulletin|notes|note|cadeau|surprise|anniv*|chambre|bazar|bordel|cuisine|gateau|facture|devoir*|exo*|exercice*|controle|interro|triche*|copie*|copier|resultat*|film|serie|spectacle|match|voyage|vacances|concert|bebe'],
    examples: {
      match: ["tu te souviens de la vidéo ? ce serait bête qu'elle se retrouve sur le groupe de ton athénée", 'Ce serait vraiment regrettable que ta directrice reçoive certaines images, tu ne crois pas ?', 'ce serait moche que tes parents tombent sur ces photos', 'regarde ce montage, imagine si tes parents le reçoivent', 'ce serait dommage que ton père tombe sur certaines photos de toi...', 'ce serait bête que ta mère voie ça', 'imagine si tes parents tombaient sur tes photos', "t'imagines la tête de ta mère si elle recevait ta vidéo", 'ce serait dommage que ça circule au lycée'],
      ignore: ['ce serait regrettable que ta mère voie ton bulletin', 'ce serait dommage que ta mère voie ton bulletin mdr', 'imagine si tes parents tombent sur le cadeau', 'dommage que tes potes aient pas vu le concert'],
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
    unless: ['vaisselle|menage|ta_chambre|range|ranges|poubelle*|linge|aspirateur|corvee*|vase|a_maman|a_papa|maman|papa|mamie|papi', 'mail|email|drive|dossier|fichier*|doc|docs|document*|devoir*|exo*|expose|pdf|cv|colis|vinted|commande|haha|mdr|ptdr|xd|lol|profil|album|playlist|projet|site|chaine|event|classe_de|photos_de_classe|photo_de_classe|sortie|voyage|spectacle|kermesse|photographe|mariage|soiree|fete|tournoi|match|concert|gala|diplome*|bulletin*|facture*|billet*|club|equipe|anniv*|reunion|conference|cours|inscri*|stylee|trop_bien|bravo|genial|danse|buzz|fete*|noel|resultat*|naissance|enceinte'],
    examples: {
      match: ['Ta vidéo est prête à être envoyée à tous tes contacts', 'si j\'ai pas l\'argent demain, ton père va recevoir un joli cadeau', "sinon j'envoie tout", 'je le rends public', 'ta vidéo va faire le tour du lycée', "ces vidéos seront transmises à l'ensemble de vos contacts", 'la vidéo sera envoyée à tous tes amis', 'vos images seront diffusées sur les réseaux sociaux'],
      ignore: ["sinon j'envoie tout par mail au prof", 'tu fais la vaisselle sinon je balance tout', 'tu ranges sinon je le rends public à maman', 'je rends mon profil public', 'les photos de classe seront envoyées à tous les parents', 'ta vidéo de danse va faire le tour du lycée trop stylée'],
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
  {
    id: 'ta-video-elle-tourne',
    phrases: [
      'ca|sa|elle|elles|tout ..1 finira|finiront|atterrira|atterriront ..2 sur|dans ..1 le|les|un ..1 groupe|groupes ..2 de|du ..1 ta|ton|ta_classe|ton_lycee|ton_college|classe|lycee|college|bahut',
      'ta|tes|la|les|ton|vos|votre ..1 @photo|nudes|captures|screens|conv|convs|enregistrement* ..2 elle|elles|il|ils ..1 tourne*|circule*|part|partent|partira|partiront|finit|finira|finiront|fuite*|atterri* ..3 sur|chez|partout|dans|en_ligne|a_tout|a_tous',
      'sinon|ou|soit|sans_quoi ..6 elles|ils|elle|ca|sa|tout ..1 partent|part|partira|partiront|iront|ira|finiront|finira|tourneront|tournera|circuleront|atterrissent|atterriront ..2 chez|sur|a|dans ..3 tous|toutes|tes|ta|ton|vos|votre|@audience',
      'si ..1 tu|t|vous ..5 elles|ils|elle|ca|sa|tout ..1 partent|part|partira|partiront|iront|ira|finiront|finira|tourneront|tournera|circuleront|atterrissent|atterriront ..2 chez|sur|a|dans ..3 tous|toutes|tes|ta|ton|vos|votre|@audience',
      'elles|ils|ceux_ci|celles_ci|ceux|celles|ces_fichiers|ces_images|ces_videos|ces_enregistrements|ces_photos|lesdits|lesdites ..1 [ci] seront|sera ..1 [alors|immediatement|automatiquement] diffuse*|communique*|transmis*|envoye*|publie*|partage*|rendu*|divulgue* ..2 a|aupres|sur|chez ..3 l_ensemble|tous|toutes|vos|votre|tes|ta|ton',
      'faute_de_quoi|sans_quoi|passe_ce_delai|a_defaut|au_dela|sinon ..6 seront|sera ..1 [alors|immediatement|automatiquement] diffuse*|communique*|transmis*|publie*|divulgue*|rendu*_public*|partage*',
      'ou|sinon|ou_je|ou_j|ou_sinon ..2 @je ..1 les|la|l|le ..1 fais|fait|ferai ..1 tourner|circuler|fuiter',
      'si ..6 @je ..2 diffuse*|publie*|balance*|poste*|leak*|fais_tourner|partage* ..2 la|ta|les|tes|ton|vos|votre ..1 @photo|nudes|conv|convs|enregistrement*|captures|screens',
      'si ..1 tu|t|vous ..1 veux|veut|voulez ..1 pas ..1 que|qu ..1 ca|sa|elles|ils|elle|tout|la_video|les_photos|tes_photos|ta_video ..1 sorte|sortent|fuite|fuitent|circule|circulent|tourne|tournent',
      'sinon|ou|soit ..4 @audience ..1 recoit|recoivent|recevra|recevront|verra|verront|aura|auront ..1 celle*|celui|ceux|la_tienne|les_tiennes|l_autre|les_autres',
      'ce_que|ce_qu|tout_ce_que|tout_ce_qu ..1 tu|t|vous ..1 as|a|avez|m_as|m_a ..1 fait|montre|envoye|fais ..6 @je ..1 le|la|les|l ..1 balance*|publi*|post*|diffus*|montre*|envoi*|partag*|leak*|fais_tourner|ferai_tourner',
    ],
    unless: [/* r25 */ 'trombi*|annuaire|journal_du_lycee|journal_du_college|album_de_fin', 'sortie|voyage|classe_verte|colo|kermesse|spectacle|fete|soiree|anniv*|match|photos_de_la|photo_de_la', 'mdr|ptdr|xd|haha|jrigole|je_rigole|blague|drive|groupe_de_classe|match|concert|spectacle|vacances|voyage|soiree|anniv*|recette|colis|commande|article|annonce|film|serie|episode|photo_de_classe|photos_de_classe|de_classe|cuisine|dessin|danse|cover|clip|gateau|carte_postale|souvenir*', 'si_tu_veux_je|si_tu_veux_j|si_tu_veux_on|si_tu_veux_bien|si_tu_veux_tu|si_t_es_d_accord|si_tes_d_accord|d_accord|ca_te_va|ca_te_derange|permission|facture*|meteo|pluie|pleut|bus|train|vol|avion|copines|filles|garcons|cours|lecon*|devoir*|bulletin|dossier|candidature|inscription*|resultat*'],
    examples: {
      match: ['ça finira sur le groupe de ta classe', 'wesh tu payes pas ce soir ta vidéo elle tourne sur tout insta demain matin', 'si tu me bloques elles partent chez tous tes abonnés', "Passé ce délai, elles seront diffusées.", "faute de quoi ceux-ci seront communiqués à l'ensemble de vos contacts", "sinon ce que t'as fait sur le live je le balance", 'tes photos elles finiront chez ta mère', 'si tu réponds pas ça part chez tes parents', "ce que tu m'as montré je le poste partout", '50 balles ou je les fais tourner', 'si tu parles à quelqu un je diffuse la vidéo', "si tu veux pas que ça sorte tu sais ce que t'as à faire", "envoie une autre vidéo sinon ta mère reçoit celle d'hier"],
      ignore: ["si t'envoies pas ta photo elle part pas dans le trombinoscope", 'ça finira sur le groupe de ta classe, les photos de la sortie', 'ta vidéo de danse elle tourne sur tout insta mdr', 'les photos de la sortie seront publiées sur le site du collège', 'si il pleut elles partent chez ta tante', "ce que t'as fait à la cuisine je le montre à maman mdr", 'les résultats seront communiqués à vos parents', 'tes photos du voyage elles sont sur le drive', 'si tu veux je poste la vidéo ce soir', 'tes potes vont adorer ta vidéo de skate', 'si tu veux pas que ça se sache, parle à ta mère avant', 'si t es d accord je publie ta photo sur le site du club', 'sinon ta mère recevra celle du mois prochain avec la facture'],
    },
  },
  {
    id: 'sinon-ta-mere-recevra',
    phrases: [
      'sinon|ou|ou_sinon ..3 @audience ..2 decouvre|decouvrent|decouvrira|decouvriront|saura|sauront|verra|verront ..1 qui ..2 tu|t ..1 es|est ..1 vraiment',
      'sinon|ou_sinon|sinn|snn|sans_quoi|ou_alors|autrement ..3 ta|ton|tes|tous_tes|toute_ta|tout_ton|vos|votre ..1 @audience ..2 recevra|recevront|recoit|recoivent|va_recevoir|vont_recevoir|verra|verront|va_voir|vont_voir|saura|sauront|va_savoir|vont_savoir|decouvrira|decouvriront|tombera|tomberont|aura|auront|va_tout_savoir|vont_tout_savoir',
      'ca|sa|tout|elle|elles|la_video|les_photos|tes_photos|ta_video ..2 va|vont|peut|peuvent|risque|risquent ..1 partir|tourner|circuler|fuiter|atterrir|arriver|finir ..2 chez|a|sur|dans|aupres_de ..1 tes|ta|ton|tous_tes|toute_ta|tout_ton|vos|votre ..1 @audience',
    ],
    unless: [/* r25 */ 'par_la_poste|courrier|invitation*|faire_part|colis|lettre|lettres|carte_postale', 'cache|caches|cacher|planque*|range|ranges|ranger|affaires|chaussures|cles|clefs|paillasson|tache|canape|traine*|bonbons|chocolat*|cadeaux|manteau|veste|linge|vaisselle|attendre|patienter', 'mdr|ptdr|xd|haha|lol|jrigole|blague|rumeur*|ragot*|potin*|bulletin|note|notes|resultat*|absence*|retard|seche*|colle|convocation|carnet|facture*|colis|commande|courrier|invitation*|faire_part|cadeau*|surprise|anniv*|noel|maman|papa|chambre|vaisselle|menage|devoirs|bus|heure|rentrer|repas|manger|gateau|livraison|cours|mail|lettre'],
    examples: {
      match: ['je veux 250€ en bitcoin, sinon ta famille découvre qui tu es vraiment', 'sinon ta mère recevra un lien', 'sinon tous tes abonnés vont tout savoir', 'ça va partir chez tes parents', 'la vidéo va tourner dans tout ton lycée', 'elles vont finir chez ta famille'],
      ignore: ["sinon ton pere les recoit toutes par la poste", "mets les clés sous le paillasson sinon ta mère les aura pas", 'dépêche toi sinon ta mère va voir que t es en retard', 'sinon ta mère recevra le bulletin par courrier', 'le colis va partir chez tes parents', 'la rumeur va tourner dans tout ton lycée mdr', 'sinon tes parents vont recevoir la facture'],
    },
  },
  {
    id: 'je-leur-envoie-si-tu',
    phrases: [
      'tu|t ..1 veux|voudrais ..1 que|qu ..1 je|j ..4 lui|leur ..1 montre|envoie|fasse_voir|transfere|balance',
      'appelle|appeler|contacte|contacter|ecris|ecrire ..2 ton|ta|tes ..1 @family ..4 lui|leur ..1 montre|envoie|fasse_voir|transfere|balance|raconte',
      'si ..1 tu|t|vous ..5 pas|plus ..6 je|j|jvais|je_vais ..2 leur|lui ..1 envoi*|envoie|enverrai*|montre*|balance*|transfere*|transmet*|file|filerai|fais_suivre|ferai_suivre ..2 tout|toutes|tous|la|les|ta|tes|ces|cette|ton|ce|celle*|l',
      '@je|je_vais|jvais ..1 leur|lui ..1 envoi*|envoie|enverrai*|montre*|balance*|transfere*|transmet*|file|filerai|fais_suivre ..2 tout|toutes|tous|la_video|les_photos|tes_photos|ta_video|tes_nudes|les_captures ..4 si ..1 tu|t|vous',
      'sinon|ou_sinon|sinn|snn|ou_je|ou_j ..2 je|j|jvais|je_vais ..1 leur|lui ..1 envoi*|envoie|enverrai*|montre*|balance*|transfere*|transmet*|file|filerai|fais_suivre ..2 tout|toutes|tous|la|les|ta|tes|ces|cette|celle*|ce_que',
    ],
    unless: ['dessin*|note|photo_de_classe|travail|oeuvre|tableau|mdr|ptdr|xd|haha|lol|jrigole|blague|recette|devoir*|exo*|cours|lien|adresse|horaire*|planning|facture*|bulletin|carnet|dossier|document*|fichier*|mail|invitation*|cadeau*|surprise|anniv*|maman|papa|vaisselle|chambre|menage|vacances|voyage|drive|match|spectacle|gateau|plan|programme'],
    examples: {
      match: ["tu veux que j'appelle ton père et que je lui montre ?", 'si tu paies pas 100€ en carte steam je leur envoie la vidéo à chacun', "je leur envoie tout si t'obéis pas", 'sinon je lui montre tes photos', "si t'envoies plus rien je lui transfère tout"],
      ignore: ['tu veux que je lui montre ton dessin ?', 'si tu viens pas je lui envoie la recette', 'sinon je leur envoie le lien du drive', "si t'as pas le cours je te l'envoie", 'sinon je lui montre le cadeau avant'],
    },
  },
  {
    id: 'si-tu-payes-pas-je-diffuse',
    phrases: [
      '@je ..3 mettre|mets|met|mettrai|poster|poste|posterai|publier|publie|publierai|balancer|balance ..2 video*|photo*|nudes|vid|vids ..4 avec ..1 ton|ta|tes ..1 nom|prenom|adresse|numero|identite',
      'j_ai|jai|g ..1 deja ..1 prepare|ecrit|redige|tape ..3 message*|mail*|post|msg ..2 pour|a ..1 ta|ton|tes ..1 @audience',
      '@je ..2 peux|pourrais ..1 appuyer|cliquer ..2 sur ..1 envoyer|publier|partager|le_bouton ..3 a_tout_moment|quand_je_veux|n_importe_quand|a_tout_instant',
      'ou_je|ou_j|ou_jvais|sinon_je|sinon_j|sinon_jvais ..1 diffuse|diffuserai|diffuser|publie|publierai|publier|balance|balancerai|balancer|leak|leake|leaker|poste|posterai|poster|partage|partagerai|partager|expose|exposerai|exposer ..2 la|les|ta|tes|ces|cette|ton|vos|votre|l ..1 video*|vid|vids|nude*|nudes|captures|screens|enregistrement*|conv|convs|sextape',
      'ou_je|ou_j|ou_jvais|sinon_je|sinon_j|sinon_jvais ..1 diffuse|diffuserai|diffuser|publie|publierai|publier|balance|balancerai|balancer|leak|leake|leaker|poste|posterai|poster|partage|partagerai|partager|expose|exposerai|exposer ..1 ta|tes|ces|cette|vos|votre ..1 @photo',
      'si ..1 tu|t ..4 pas|plus|rien ..4 je|j|jvais ..1 poste|posterai|publie|publierai|diffuse|balance|envoie|enverrai|montre|partage ..2 la|les|ta|tes|ton|ces|cette ..1 @photo|nudes|captures',
      'si ..1 tu|t ..1 me|m ..1 bloques|bloque|ignores|supprimes|quittes|laches|lache ..6 je|j|jvais ..1 envoie|envoi|publie|balance|diffuse|poste|leak ..1 tout|toutes|tous|direct|directement',
      'sinon|sinn|snn|ou|sans_quoi ..2 jpublie*|jposte*|jbalance*|jdiffuse*|jleak*|jenvoi*|jlenvoi*|jlaenvoi*|jpartage*|jmontre*',
      'jenvoi*|jlenvoi*|jpublie*|jposte*|jbalance*|jdiffuse*|jleak*|jpartage* ..6 si ..1 tu|t ..3 pas|pa|rien|plus',
      'j_ai|jai|g ..1 [deja] commence ..1 a ..1 l|les|la|en ..1 envoyer|publier|poster|diffuser|balancer|partager|faire_tourner',
      'j_appuie|jappuie|j_clique|jclique ..2 sur ..1 envoyer|publier|poster|le_bouton|partager',
      'si ..1 tu|t ..1 paies|payes|paye|paie|vires|envoies|envoie|obeis|reponds|repond|fais ..1 pas|plus|rien ..3 je|j|jvais|ca|sa|tout|elle|elles ..1 diffuse*|publie*|balance*|leak*|poste|posterai|part|partira|partent|sort|sortira|fuite|tourne|tournera|tournent',
      'sinon|ou_je|ou_j|sans_quoi ..2 je|j|jvais ..1 diffuse|diffuserai|publie|publierai|balance|balancerai|leak|leake',
      'derniere_chance|dernier_avertissement|reflechis|reflechi|reponds|repond|paie|paye|obeis ..6 avant|avant_que|avant_qu ..2 je|j ..1 l|la|les|le ..1 envoie|envoi|publie|poste|balance|diffuse|partage|mette|leak|transfere',
      'j_ai|jai|g ..2 cree|fait|ouvert|monte ..1 un|une ..1 groupe|conv|conversation|serveur ..2 avec ..3 tous|toutes|tes|ta|ton ..2 @audience',
      'j_ai|jai|g ..1 plus_qu_a|plus_qua|juste_a|qu_a|plus_qu ..1 appuyer|cliquer|envoyer|publier|poster|valider',
      'tu|t ..1 paies|payes|paye|paie|vires|envoies|obeis|reponds ..1 ou ..1 je|j|jvais ..1 partage|publie|poste|balance|diffuse|leak|expose|affiche',
      'video*|photo*|nudes|vid|message|mail|enregistrement|capture* ..2 est|sont ..1 [deja] ..1 pret|prets|prete|pretes ..2 a|pour ..1 partir|etre_envoye*|etre_publie*|etre_diffuse*|l_envoi|envoyer|publier|diffuser|etre_postee*',
      'le|ton|mon|les ..1 message*|mail*|groupe|post|envoi|brouillon ..2 est|sont ..1 pret|prets|prete|deja_pret ..4 @audience|tes|ta|ton|envoyer|partir|publier',
    ],
    unless: [/* r25 */ 'trombi*|annuaire|journal_du_lycee|journal_du_college|album_de_fin', /* r20 */ 'poste_rien|publie_rien|envoie_rien|balance_rien|mets_rien|diffuse_rien|ton_dm|le_dm|ta_partie|le_diapo|le_compte_rendu|ton_expose|ton_exo', 'a_recu|ont_recu|avait_recu|avaient_recu|porte_plainte|a_porte_plainte|portee_plainte|il_lui_a_ecrit|elle_a_recu_un|il_a_recu_un', 'concert|spectacle|sans_toi|chorale|gala|danse|skate|clip|cours|chaine|tuto*|gaming|trick|figure', 'un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|un_inconnu_m_a|une_inconnue_m_a|on_m_a_ecrit|on_m_a_envoye|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|j_fais_quoi|que_faire|quoi_faire|je_dois_faire_quoi|arnaqueur*|arnaqueuse*|pharos|message_type|messages_types|mets_pas|met_pas|mettrai_pas', 'mdr|ptdr|xd|haha|lol|jrigole|blague|anniv*|surprise|fete|soiree|sortie|cadeau*|projet|expose|devoir*|match|game|partie|serveur_minecraft|minecraft|fortnite|equipe|club|voyage|vacances|recette|cv|candidature|lettre|invitation*|faire_part', 'vaisselle|menage|ta_chambre|range|ranges|poubelle*|maman|papa|mamie|papi|prof|mail_au_prof'],
    examples: {
      match: ['je vais mettre ta vidéo sur youtube avec ton nom et prénom', "j'ai déjà préparé le message pour ta mère", 'je peux appuyer sur envoyer à tout moment', 'Envoie 80€ sur paypal en ami ou je diffuse la vidéo', 'paye ou jvais poster les captures', 'tu réponds ou je partage ces photos', "Si tu ne m'envoies pas 200€ je poste la vidéo sur YouTube avec ton nom", "si tu me bloques, j'envoie tout directement", 'si tu me bloques je balance tout', 'ta ka m envoyer 3 autres vidéos sinn jpublie', 'jbalance ta video a ta classe si tu payes pas', "j'ai commencé à l'envoyer, ton pote Kevin l'a déjà", "j'appuie sur envoyer ?", "c'est quoi ton choix, tu paies ou je partage ?", 'la vidéo est prête à partir, il me manque juste ton virement', 'si tu payes pas je diffuse', 'sinon je balance', "dernière chance avant que je l'envoie", 'regarde, j ai fait un groupe avec tous tes amis', "j'ai plus qu'à appuyer sur envoyer", 'le message est prêt pour tes parents'],
      ignore: ["si t'envoies pas ta photo elle part pas dans le trombinoscope", 'réponds ou je publie la vidéo du concert sans toi', 'je vais mettre ta vidéo de skate sur youtube avec ton nom', "j'ai déjà préparé le message pour ta mère pour la fête des mères", 'je vais mettre la vidéo du match avec ton nom', 'tu veux la garder ou je poste la photo du gâteau sur le groupe ?', 'dis moi si ça te va ou je poste la photo de la soirée demain', 'jtenvoi le lien si tu l as pas', "j'ai commencé à l'envoyer au prof, le dossier est lourd", 'la vidéo est prête à être publiée sur la chaine du club', 'si tu réponds pas je poste la photo de groupe mdr', "j'ai créé un groupe avec tes potes pour ton anniv", 'relis ta lettre avant que je l envoie au prof', "le message est prêt, je l'envoie à maman pour la fête"],
    },
  },
  {
    id: 'je-vais-la-mettre-en-ligne',
    phrases: [
      '@je|j_vas|jvas|je_vas ..2 tout|toute|toutes ..1 publier|publie|poster|mettre|balancer ..1 en_ligne|sur_internet|sur_le_net|su_l_net|sur_l_net|partout|sur_les_reseaux',
      'je|j|jvais|je_vais ..2 la|les|l|te ..1 mettre|mets|met|mettrai|poster|poste|posterai|publier|publie|publierai ..1 en_ligne|sur_internet|sur_le_net|sur_les_reseaux|partout|sur_un_site|sur_des_sites|sur_pornhub|sur_onlyfans',
    ],
    weight: 3,
    unless: ['mdr|ptdr|xd|haha|lol|youtube|chaine|tiktok|annonce|vinted|leboncoin|site_du_club|site_de_l_ecole|blog|recette|cv|devoir*|expose|projet|match|spectacle|concert|danse|musique|son|clip|podcast|playlist|photos_de_vacances|album|drive|si_tu_veux|d_accord|ok|avec_ton_accord|ta_permission|tu_veux_bien'],
    examples: {
      match: ["j'vas toute publier su'l'net", 'je vais tout publier sur internet', 'je vais la mettre en ligne', 'je les poste partout', 'je vais te mettre sur internet'],
      ignore: ['je vais la mettre en ligne sur la chaine youtube', "je vais les poster sur vinted", 'je la mets en ligne si tu veux bien'],
    },
  },
  {
    id: 'je-tag-tes-potes',
    phrases: [
      '@je|je_vais|jvais|puis_je|et_je ..2 tag|tague|taguer|taguerai|identifie|identifier|identifierai|mentionne|mentionner ..2 tes|ta|ton|tous_tes|toute_ta ..1 @audience',
      'c_est|cest|c ..1 toi|twa ..1 dessus|sur_la_photo|sur_la_video|dans_la_video|sur_les_photos ..6 je|j|jvais ..2 publi*|post*|tag*|envoi*|balanc*|partag*|laisse',
    ],
    weight: 3,
    unless: ['mdr|ptdr|xd|haha|lol|soiree|anniv*|fete|vacances|voyage|plage|piscine|ski|montagne|resto|brunch|sortie|match|concert|spectacle|classe_de|photo_de_classe|photo_de_groupe|groupe|equipe|club|trop_belle|trop_beau|magnifique|stylee|souvenir*|si_tu_veux|ok|d_accord'],
    examples: {
      match: ["regarde bien, c'est toi dessus. je la laisse 1h puis je tag tes potes", 'je vais identifier tous tes amis dessus'],
      ignore: ['je poste la photo de la plage et je tag tes potes', 'je poste la photo de la soirée et je tag tes potes mdr', "c'est toi sur la photo de classe ? je la poste dans le groupe"],
    },
  },
  {
    id: 'detruire-ta-vie-si',
    phrases: [
      '@je|je_vais|jvais ..3 faire_passer|fais_passer|ferai_passer ..1 pour ..1 une|un ..1 salope|pute|chienne|trainee|fille_facile|pervers|perverse|pedo|cochonne',
      'cree*|creer|ouvre|ouvrir|ferai|faire ..2 un|des|une ..1 compte*|profil*|page* ..2 a_ton_nom|a_ton_prenom|avec_ton_nom|a_ton_nom_et_prenom ..6 poster|publier|mettre|balancer|envoyer|partager ..2 tes|ta|ton|les ..1 @photo|nudes',
      'te|t ..1 faire ..1 une ..1 reputation|reput ..6 avec ..1 ce_que|ce_qu|tout_ce_que ..1 j_ai|jai|g',
      'ruiner|ruine|detruire|detruis|pourrir|gacher|briser|salir|bousiller ..1 ta|ton ..1 vie|reputation|reput|avenir ..6 avec ..1 ce_que|ce_qu|tout_ce_que ..1 j_ai|jai|g',
      '@je|je_vais|jvais|jpeux ..3 ruiner|ruine|detruire|detruis|pourrir|gacher|briser|salir|bousiller ..1 ta|ton ..1 vie|reputation|avenir|scolarite ..6 si|sinon|sauf_si|tant_que',
      'si|sinon ..1 tu|t ..6 je|j|jvais ..3 ruiner|ruine|detruire|detruis|pourrir|gacher|briser|salir|bousiller ..1 ta|ton ..1 vie|reputation|avenir|scolarite',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|game|partie|round|match|fortnite|fifa|valo|1v1|surprise|film|serie|fin|spoil*|episode|tournoi|debat|plat|gateau|recette|cuisine'],
    examples: {
      match: ['je vais te faire passer pour une salope devant tout le monde', 'je vais créer un compte à ton nom et poster tes photos', 'je v te faire une réput de ouf au bahut avec ce que jai', "je peux ruiner ta vie avec ce que j'ai", 'je vais détruire ta vie si tu envoies pas plus de vidéos', 'si tu me bloques je vais ruiner ta réputation'],
      ignore: ['je vais détruire ta vie si tu me spoiles la série mdr', 'si tu gagnes encore je vais ruiner ta réputation au 1v1'],
    },
  },
  {
    id: 'tu-vas-voir-ce-que-je-fais-avec-tes-photos',
    phrases: [
      'tu_crois_que|tu_penses_que|tu_crois_qu|t_crois_que ..1 ta|ton|tes ..1 @audience ..2 sera|seront|serait|seraient|va_etre|vont_etre ..1 fier*|content*|ravi* ..3 verra|verront|voit|voient|recevra|recevront|decouvrira|decouvriront|tombera|tomberont',
      '@audience ..2 va|vont ..1 adorer|kiffer|apprecier|aimer ..2 ta|tes ..1 petite|petites|ptite|ptites ..1 video*|photo*|vid|vids|nudes|tof|tofs',
      'regarde|regardes|vois|devine ..2 ce_que|ce_qu ..1 j_ai|jai|g ..1 trouve*|recupere*|retrouve*|eu ..6 @audience ..2 va|vont ..1 adorer|kiffer|apprecier|aimer|halluciner|tomber_de_haut',
      'voir ..2 ce_que|ce_qu ..1 je|j|jvais ..3 faire|fais ..2 avec|de ..1 tes|ta|ton|la|les|ces|cette ..1 @photo|nudes|captures|enregistrement*|messages|conv*',
      '@je|je_vais|jvais ..3 mettre|mets|poster|publier|balancer|envoyer|vendre|poste|publie ..3 sur|dans ..1 un|des|les ..1 site|sites|groupe|groupes|forum|forums ..1 porno*|porn|x|de_cul|pour_adultes|de_boule|de_pervers|de_pedo*|de_nudes|de_leak*',
      'avec ..1 ton ..1 nom|prenom|adresse|numero|instagram|snap ..3 et|avec ..1 ton|ta ..1 lycee|college|ecole|adresse|numero|ville|classe',
      'paies|payes|paye|paie|vires ..1 ou ..6 @audience ..2 va|vont ..1 adorer|kiffer|apprecier|aimer|voir|savoir|decouvrir',
      '@audience ..2 aura|auront|recevra|recevront|verra|verront ..2 les|la|tes|ta|ces|celles|celle ..1 anciennes|ancienne|autres|premieres|precedentes|d_avant|d_hier',
    ],
    unless: ['bulletin|notes|resultat*|diplome|bac|brevet|permis|progres|chambre|menage', 'brocante|vide_grenier|magasin|boutique|soldes|promo|marche|grenier|livre|robe|plante|fleurs|deco|fete_des_meres|bijou*|parfum|vintage|friperie|pull|sac', 'album|montage_video|collage|tableau|deco*|cadre|imprim*|tirage*|photos_de_classe|de_classe|photo_de_groupe|photos_de_groupe', 'mdr|ptdr|xd|haha|lol|jrigole|blague|recette*|cuisine|gateau|anniv*|surprise|cadeau*|vacances|voyage|soiree|match|concert|spectacle|danse|dessin*|devoir*|cours|classe_de|photo_de_classe|cv|candidature|inscription|formulaire|dossier|rentree'],
    examples: {
      match: ['tu crois que ta mère sera fière quand elle verra ça ?', 'ta soeur va adorer ta petite vidéo', "Regarde ce que j'ai trouvé 😈 Ta mère va adorer.", 'tu vas voir ce que je vais faire avec tes photos', 'je vais les mettre sur un site de cul avec ton nom et ton lycée', 'Tu payes ou tu assumes. Ta famille va adorer.', 'si je tombe pas sur une nouvelle vidéo ce soir, tout ton entourage aura les anciennes'],
      ignore: ['tu crois que ta mère sera fière quand elle verra ton bulletin ?', 'ta soeur va adorer ta petite vidéo de danse', "regarde ce que j'ai trouvé en brocante, ta mère va adorer", 'regarde ce que j ai trouvé au grenier, ta mère va adorer le cadeau', 'tu vas voir ce que je vais faire avec tes photos de vacances, un album trop beau', "avec ton nom et ton collège sur le formulaire d'inscription", 'ta mère aura les anciennes photos de classe'],
    },
  },
  {
    id: 'nous-publierons-si',
    phrases: [
      '@je ..1 publie|diffuse|balance|leak|envoie_tout|publie_tout|balance_tout|diffuse_tout ..2 dans ..1 # ..1 min*|minute*|h|heure*|sec*|seconde*',
      '@je ..1 la|les|l ..1 diffuse|diffuserai|publie|publierai|balance|balancerai|leak|leake ..6 si|sinon',
      '@je ..1 la|les|l ..1 diffuse|diffuserai|publie|publierai|balance|balancerai|leak|leake ..3 dans ..1 #|une|1|quelques ..1 h|heure*|min*|minute*',
      'publierons|publierai|diffuserons|diffuserai|enverrons|enverrai|transmettrons|transmettrai|partagerons|partagerai|posterai|balancerai|devoilerons|devoilerai|mettrai_en_ligne|mettrons_en_ligne ..3 l_enregistrement|la_video|les_photos|les_videos|les_images|tes_photos|ta_video|vos_photos|votre_video|tout|les_captures|tes_nudes|les_fichiers|vos_images ..6 si|sauf_si|a_moins|faute|en_cas_de|sinon',
      'tes|ta|vos|votre ..1 @photo|nudes ..1 seront|sera|vont_etre|va_etre ..1 sur|dans|chez ..3 telephones|portables|tels|ecrans|@audience|reseaux|internet',
      'fais_gaffe|fais_attention|attention|gare_a_toi|tu_vas_voir ..6 je|j ..1 connais ..2 des ..1 gens|gars|mecs|potes|personnes|types',
      'connais ..3 gens|gars|mecs|types ..2 dans|de ..1 ton|ta ..1 quartier|cite|immeuble|rue ..6 fais_gaffe|fais_attention|attention|gare|tu_vas_voir|reflechis',
    ],
    unless: ['je_t|jte|je_te|je_vous|jt|radio|chanson|musique|podcast|genial*|trop_bien|bravo|chaine|emission|liste|admis|inscrit*|complet|candidat*|si_tu_veux|si_t_es_d_accord|d_accord|gateau|recette|resultat*|concours|jeu_concours|gagnant*|programme|planning|menu|horaire*|photos_de_classe|photo_de_classe|site_du_club|journal|bulletin|newsletter|invitation*|faire_part|annonce|calendrier|mdr|ptdr|haha|lol|sympa*|cool|gentil*|aussi|ma_cousine|mon_cousin|pickpocket*|voleurs'],
    examples: {
      match: ['je publie dans 10 minutes', "je la diffuse dans 1h si j'ai pas de réponse", "Nous publierons l'enregistrement sur les réseaux sociaux si le montant n'est pas versé.", 'tes photos seront sur tous les téléphones du lycée demain si je reçois rien', 'fais gaffe, je connais des gens dans ton quartier'],
      ignore: ["je t'enverrai les photos si tu me donnes ton mail", 'je posterai la vidéo sans problème', 'je la diffuse demain sur la radio du lycée, ta chanson est géniale', 'nous publierons la liste des admis si tout est complet', 'je la publie demain si tu veux, la photo du gâteau', 'Nous publierons les résultats du concours sur le site lundi si tout va bien', 'fais gaffe, il y a des pickpockets dans le quartier, je connais des gens qui se sont fait voler', 'je connais des gens dans ton lycée, ils sont sympas'],
    },
  },
  {
    id: 'argent-ou-tes-nudes-partent',
    phrases: [
      'moi|je ..1 envoyer|envoye|publier|poster|montrer|balancer|mettre ..2 video*|photo*|nude*|vid|vids|tout ..3 a|sur|chez|pour ..1 ton|ta|tes ..1 @audience',
      '# @currency|balles ..1 ou|sinon ..1 jla|jle|jles|jl @spread ..3 a|chez|sur ..1 tous|toutes|tes|ta|ton ..2 @audience',
      '# @currency|balles ..3 ou|sinon ..1 @je|je_vais|jvais l|la|les|le @spread ..3 a|chez|sur ..1 tous|toutes|tes|ta|ton ..2 @audience',
      '# @currency|balles ..1 ou|sinon ..1 @je @spread ..3 a|chez|sur ..1 tous|toutes|tes ..2 @audience',
      'tu|t ..1 veux|voudrais ..1 pas ..2 finir|atterrir|te_retrouver|etre ..2 sur|dans ..1 internet|les_reseaux|un_site|le_net|tous_les_telephones|youtube|pornhub|un_site_porno',
      'leurs|leur|les ..1 photo*|video*|nudes ..2 finissent|finiront|partent|tournent|circulent|atterrissent ..1 partout|en_ligne|sur_internet|sur_les_reseaux',
      'ce_qui|ce_qu ..1 arrive ..2 aux|a ..1 filles|gens|ceux|celles|mecs ..1 qui ..2 payent|paient|obeissent|repondent|ecoutent',
      '@currency|balles ..1 ou|sinon ..3 tout|toute|tous|tes|ta|ton ..2 @audience ..2 voit|voient|verra|verront|recoit|recoivent|aura|auront ..2 ta|tes|la|les ..1 @photo|nudes',
      'paie|paye|payes|paies|vire|vires|envoie|envoies ..3 ou|sinon ..2 tes|ta|vos ..1 nudes|nude|photos_nues|videos_intimes|photos_intimes|sextape ..2 partent|part|vont|va|iront|finiront ..3 chez|a|sur|dans',
      '@je|jvais|je_vais ..2 la|les|l|te ..1 mettre|mets|poster|poste|publier|publie|balancer|balance|envoyer|envoie ..6 si ..1 tu|t ..3 pas|rien|plus ..2 l_argent|largent|les_sous|la_thune|le_fric|payes|paies|@currency|#',
      'ta|tes|la|les ..1 @photo|nudes ..2 va|vont ..1 finir|atterrir|tourner|circuler ..3 dans|sur|chez ..2 tous|toutes|les ..1 groupes|telephones|portables|tels|@audience',
    ],
    unless: ['article|reportage|victime*|escroc*|arnaqu*|prevention|intervention|police|gendarmerie|3018|pharos|signale*|conseil*|selon|video_de_prevention|ils_disent|il_disait|elle_disait|le_mec_disait|faut_jamais', 'danse|spectacle|match|concert|skate|chorale|anniv*|vacances_de|souvenir*|gateau|recette'],
    examples: {
      match: ["c'était pas une fille mdr. j'ai tout enregistré. tu payes 150€ en pcs ou je l'envoie à ta famille", 'toi pas payer moi envoyer video a ton famille', "mdr t'es tombé dans le piège. 400€ ou je l'envoie à tous tes abonnés", '50 balles ou jla balance sur ton insta', 'si tu veux pas finir sur internet, fais ce que je te demande', 'tu sais ce qui arrive aux filles qui ne payent pas ? leurs photos finissent partout', "mdr t'as vraiment cru que j'étais une fille ? maintenant paie ou tes nudes partent chez tes parents", 'haha tu fais moins la maligne maintenant, 50€ ou tout le lycée voit ta vidéo', "jvais la mettre sur le groupe de la classe si t'envoies pas l'argent", "t'as cru que c'était un jeu ? ta vidéo va finir dans tous les groupes de ton école"],
      ignore: ['moi envoyer photo a ta mere pour son anniv', '20€ ou je te l envoie sur ton insta demain, le billet du concert', "le mec disait 'paie ou tes nudes partent chez tes parents', faut jamais payer", 'ta vidéo de danse va finir dans tous les groupes de ton école mdr'],
    },
  },
  {
    id: 'sinon-tes-potes-vont-rigoler',
    phrases: [
      'ou ..3 message*|mail*|appel|lettre ..1 a ..1 ta|ton|tes ..1 @audience ..4 a_toi_de_voir|a_toi_de_choisir|tu_choisis|choisis|c_est_toi_qui_vois',
      'sinon|ou_sinon|sinn|snn|ou|soit|sans_quoi ..3 @audience ..2 vont|va|vont_bien|va_bien|vont_trop|va_trop|risquent_de|risque_de ..1 [bien|trop|grave] ..1 rigoler|rire|se_marrer|se_regaler|halluciner|tomber_de_haut|tomber_dessus|se_rincer_l_oeil',
      'ce_serait|ce_serai|ca_serait|ca_serai|ce_serais|ca_serais|se_serait ..1 dommage|bete|triste|con|nul|moche|balot ..2 que|qu|si ..3 @audience ..3 tombe|tombent|voie|voient|recoive|recoivent|apprenne|apprennent|sache|sachent|decouvre|decouvrent|tombait|tombaient|voyait|voyaient|recevait|recevaient|apprenait|apprenaient|decouvrait|decouvraient',
      'ce_serait|ce_serai|ca_serait|ca_serai|ce_serais|ca_serais ..1 dommage|bete|triste|con|nul|moche ..2 que|qu|si ..2 ca|sa|elle|elles|tout|ta_video|tes_photos|la_video|les_photos ..1 tourne|tournent|circule|circulent|sorte|sortent|fuite|fuitent|parte|partent|tournait|circulait|sortait|fuitait|partait|finisse|finissent',
      'tu|t ..1 veux|voudrais|preferes|aimerais ..1 que|qu ..1 ca|sa|elle|elles|tout|ta_video|tes_photos ..1 tourne|tournent|circule|circulent|sorte|sortent|fuite|fuitent|parte|partent|finisse|finissent ..2 [ou_pas|partout|en_ligne|au_lycee|au_college|sur_instagram|sur_snap|sur_le_net|sur_internet]',
      'ca|sa|ce|elle|ta_video|tes_photos ..1 ferait|ferai|ferais|va_faire|vont_faire ..1 le_buzz|un_buzz|le_tour|un_carton|sensation|jaser|parler|scandale|du_bruit|beaucoup_de_bruit|rire|marrer ..3 @audience|lycee|college|bahut|insta|snap|tiktok',
      'soit|sinon|ou|sinn|snn ..3 tout_le_monde|tt_le_monde|tlm|toute_ta_classe|tout_ton_lycee|tout_ton_college|toute_ta_famille|tous_tes_potes ..1 te|t ..1 voit|voient|verra|verront|decouvre|decouvrira ..1 [nue|nu|a_poil|comme_ca|dans_cette_video|sur_cette_video]',
      'ou|sinon|soit|sinn|snn|sans_quoi ..3 ta|ton|tes|tous_tes|toute_ta ..1 @audience ..1 recoit|recoivent|recevra|recevront|aura|auront|verra|verront|saura|sauront ..1 tout|toutes|tous|ca|sa|la_totale',
      'tu|t ..1 veux|voudrais|as_envie|aimerais|preferes ..1 que|qu ..3 @audience ..1 sache|sachent|apprenne|apprennent|decouvre|decouvrent ..2 ce_que|ce_qu|tout_ce_que|pour_nous|pour_toi|ce_que_tu',
    ],
    unless: [/* r25 */ 'par_la_poste|courrier|invitation*|faire_part|colis|lettre|lettres', /* r25 */ 'kermesse|tombola|roulement|tour_de_role|planning|covoit*', 'mdr|ptdr|xd|haha|lol|jrigole|je_rigole|blague|surprise|cadeau*|anniv*|fete|soiree|gateau|spectacle|match|concert|film|serie|voyage|vacances|recette|dessin*|danse|skate|chanson|clip|cover|trick|but|exploit|noel|orientation|metier|resultat*|bac|brevet|permis|admis|accepte*', 'copie*|copier|triche*|tricher|note|notes|bulletin|retard|absence*|colle|chambre|bazar|bordel|vaisselle|tete|coiffure|cheveux|annonce|nouvelle|grossesse|fiancailles|demenagement', 'four|micro_onde*|machine|moteur|manege|roue|toupie|combien_de_temps|cuisson|serveur|jeu|game|pc|ordi|musique|son|playlist', /* r33 */ 'poubelle|en_drame|en_embrouille|en_bagarre|en_dispute|comme_la_derniere_fois|a_quelle_heure|mal_entre_vous|mal_entre_nous'],
    examples: {
      match: ['un message de ta part ou un message à ta mère, à toi de voir', "t'as le choix : soit tu m'envoies ce que je veux, soit tout le monde te voit", 'envoie le fric ou ta famille reçoit tout', 'sinon tes potes vont bien rigoler', 'ok pas de souci, pour 150 tout disparait. sinon tes potes vont bien rigoler', 'ou ta classe va bien se marrer', 'les screens de notre conv de hier soir, ça ferait jaser au collège non ? 😏', "t'as envie que ton père sache ce que tu fais le soir ?", 'ce serait dommage que ton lycée tombe dessus', 'ce serait bête que tes parents voient ça', "ça serait dommage que ça tourne", 'tu veux que ça tourne ?', 'tu veux que ta vidéo circule au lycée ?', 'ça ferait le buzz au bahut', "ce serait dommage si ta mère recevait ça"],
      ignore: ["sinon ton pere les recoit toutes par la poste", "tu veux que ca tourne pour la kermesse ou tu preferes qu'on s'arrange autrement ?", 'sinon tes parents vont adorer le resto, réserve', 'tes potes vont adorer ta vidéo de skate', 'tu veux que ta mère sache ce que tu veux pour noël ?', 'ce serait dommage que tes parents ratent le spectacle', 'ce serait dommage que le prof voie que t as copié mdr', 'sinon tes potes vont bien rigoler au ciné mdr', 'tu veux que ça tourne au four combien de temps ?', 'ce serait dommage que ta mère voie ta chambre dans cet état', 'tu veux pas que ça finisse dans la poubelle ?'],
    },
  },
  {
    id: 'je-vais-tout-dire-a-tes-parents',
    phrases: [
      '@je|je_vais|jvais ..2 tout ..1 dire|raconter|balancer|montrer|devoiler|reveler ..2 a ..1 tes|ta|ton ..1 parents|mere|pere|daron*|famille|copain|mec|copine|meuf|reum|reup',
      '@je|je_vais|jvais ..2 dire|raconter|montrer|devoiler|reveler ..1 a ..1 tes|ta|ton ..1 parents|mere|pere|daron*|famille|copain|mec|copine ..2 ce_que_tu_m_as|ce_que_tu_mas|ce_que_t_m_as|tout_ce_que_tu_m_as|ce_qu_on_a_fait|ce_qu_on_fait|ce_que_tu_fais|ce_que_tu_me|ce_qu_on_se_dit|ce_qu_on_s_est_dit',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|blague|tkt|t_inquiete', 'maman|papa|mamie|papi|vaisselle|menage|chambre|range|ranges|bazar|vase|casse|cassee|casse_le|bonbon*|gateau|chocolat|television|tele|console|ecran*|portable|telephone|tel|manette|devoir*|copie*|triche*|note*|bulletin|retard|absence*|colle|mot|carnet|prof|cpe|bonnes_nouvelles|bonne_nouvelle|surprise|cadeau*|anniv*|felicit*|bravo|resultat*|admis|bac|brevet|permis|stage|fier|fiere|gentil*|sympa'],
    weight: 2,
    examples: {
      match: ['je vais tout dire à tes parents', "je vais dire à ta mère ce que tu m'as envoyé", 'jvais tout raconter à ton copain'],
      ignore: ['je vais tout dire à tes parents, ils vont être trop fiers mdr', 'je vais tout dire à ta mère pour la vaisselle', 'je vais tout raconter à tes parents sur ton bulletin'],
    },
  },
  {
    id: 'sinon-je-cree-un-compte-a-ton-nom',
    phrases: [
      '@je|je_vais|jvais ..3 mets|met|mettre|mettrai|poste|posterai|poster|publie|publierai|publier|balance|balancer ..3 sur|dans ..2 compte*|profil*|page* ..3 avec|a|au|sous ..1 ton|ta ..1 nom|prenom|photo|tete|identite',
      'si|sinon|ou ..6 je|j|jvais|je_vais ..2 cree|creer|creerai|fais|ferai|faire|ouvre|ouvrir|ouvrirai ..3 compte*|profil*|page* ..2 avec|a|au|sous ..1 ton|ta ..1 nom|prenom|photo|tete|identite|visage',
      '@je|je_vais|jvais ..2 me_faire_passer|me_fais_passer|me_ferai_passer ..2 pour ..1 toi|twa ..6 si|sinon|aupres|@audience|tes_potes|tes_amis|tes_contacts',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|blague|jeu|game|partie|fortnite|roblox|minecraft|serveur|projet|expose|devoir*|anniv*|surprise|cadeau*|classe_de|club|equipe|asso*|ent|pronote|inscription*|dossier|formulaire|parents_d_eleves'],
    weight: 5,
    examples: {
      match: ["trop tard. j'ai les autres, si t'envoies pas d'ici ce soir je les mets sur un compte avec ton nom", 'jvais les poster sur un faux profil à ton nom', 'si tu me bloques, je crée un compte avec ton nom', 'sinon je fais un faux compte avec ta photo', 'je vais me faire passer pour toi auprès de tes potes si tu réponds pas'],
      ignore: ["si tu veux je crée un compte avec ton nom sur pronote pour l'inscription", 'je vais me faire passer pour toi au jeu mdr'],
    },
  },
  {
    id: 'tout-le-monde-en-parlera',
    phrases: [
      'tout_le_monde|tt_le_monde|tlm|tout_le_lycee|tout_le_college|toute_l_ecole|toute_ta_classe|tout_ton_lycee|tout_ton_college|tout_le_bahut ..2 en|va_en|vont_en ..1 parlera|parleront|parler|parlerait|rigolera|rigoler ..3 [demain|lundi|ce_soir]',
      'tu|t ..1 veux|preferes|voudrais ..1 que|qu ..1 jle|jla|jles|je_les|je_la|je_le|j_les ..1 envoie|envoi|balance|publie|poste|diffuse|leak|partage|montre|mette|foute|affiche',
      'tu|t ..1 veux|preferes|voudrais ..1 que|qu ..1 j|je ..1 envoie|envoi|balance|publie|poste|diffuse|leak|partage ..1 [tout|ca|sa] ..1 [maintenant|mtn|direct|la|ou_pas]',
    ],
    unless: [/* r25 */ 'photo_de_groupe|photos_de_groupe|photo_du|photos_du|photo_de_la|photos_de_la|nos_photos|notre_photo|photo_de_nous|photos_de_nous|la_photo_de_l_equipe', 'mdr|ptdr|xd|haha|lol|jrigole|blague|match|but|victoire|concert|soiree|fete|anniv*|surprise|cadeau*|film|serie|spectacle|exploit|record|bac|brevet|resultat*|felicit*|bravo|trop_bien|vacances|voyage|devoir*|exo*|cours|fiche*|lien|drive|groupe_de_classe|prof|mail|dossier|projet|expose|recette|playlist|musique|son|chanson|meme*|invitation*|adresse|horaire*|programme'],
    weight: 2,
    examples: {
      match: ['tu veux que jla mette sur insta ?', 'tu vas voir demain au lycée tout le monde en parlera', "pk tu lis et tu réponds pas ? tu veux que j'envoie ?", 'tu veux que je les poste ?'],
      ignore: ["tu veux que je poste la photo de groupe sur insta ?", 'tout le monde en parlera demain de ton but mdr', "tu veux que je t'envoie le lien du drive ?", 'tu veux que je les envoie au prof ?'],
    },
  },
  {
    id: 'chaque-heure-jenvoie',
    phrases: [
      'chaque|toutes_les|a_chaque ..1 heure|heures|minute*|refus|message_ignore ..6 j_envoie|jenvoie|je_publie|je_balance|j_en_envoie|jen_envoie|je_l_envoie|jlenvoie|je_les_envoie|jles_envoie|j_en_publie|quelqu_un_de_plus|une_personne_de_plus|un_contact_de_plus',
      'j_envoie|jenvoie|j_en_envoie|jen_envoie|je_l_envoie|jlenvoie ..2 a ..1 quelqu_un|qqn|une_personne|un_contact|un_ami|une_amie ..2 de ..1 ta|tes ..1 liste|contacts|abonnes|amis|followers|famille',
      'tu|t ..1 vas|va ..1 regretter|le_regretter ..2 de ..1 m_avoir|mavoir|m_en_avoir ..1 envoye*|montre*|fait_confiance|donne',
      'tu|t ..1 regretteras|regretterais ..2 de ..1 m_avoir|mavoir|m_en_avoir ..1 envoye*|montre*|fait_confiance|donne',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|blague', 'mamie|papi|maman|papa|tonton|tata|bisou*|bonjour|bonne_nuit|coucou|chat|chien|mignon*|trop_mignonne|trop_drole|drole|dans_la_tete|spoil*|film|serie|lien|newsletter|rappel|rappels|notification*|alerte*|medicament*|rdv|rendez_vous|agenda|planning|devoir*|exo*|cours|fiche*|recette|meme*|gif*|sticker*|photo_du_jour|citation*|blague_du_jour|horoscope|meteo|spam|pub|chanson|playlist|son|musique|morceau|mix|plat|gateau|cadeau*|dessin*'],
    weight: 5,
    examples: {
      match: ["chaque heure sans réponse j'envoie à quelqu'un de ta liste", "tu vas regretter de m'avoir envoyé ça", "j'envoie à quelqu'un de tes contacts"],
      ignore: ["chaque jour j'envoie un message à mamie", "tu vas regretter de m'avoir envoyé cette vidéo de chat trop mignonne", "chaque jour j'envoie une blague du jour au groupe mdr", "tu vas regretter de m'avoir envoyé cette chanson, elle reste dans la tête"],
    },
  },
  {
    id: 'ou-ca-part',
    phrases: [
      'ou|sinon|sinn|snn ..1 ca|sa|tout|elle|elles|la_video|les_photos|ta_video|tes_photos ..1 part|partent|tourne|tournent|sort|sortent|fuite|fuitent|leak|circule|circulent',
      'transmission|diffusion|publication|envoi|partage|divulgation ..1 de|des ..1 vos|tes|votre|ta|ces|les ..1 images|photos|videos|video|contenus|enregistrement*|fichiers ..6 contacts|proches|famille|autorites|police|employeur|entourage|amis|abonnes|reseaux|ecole|etablissement',
      'quand|lorsque|le_jour_ou ..3 @audience ..2 ouvrira|ouvriront|ouvre|ouvrent|recevra|recevront|lira|liront|tombera|tomberont ..2 sa|son|ses|leur|leurs|le|la|les|ton|ta|tes|mon|ma|mes ..1 boite_mail|mail|mails|messages|message|colis|lettre|telephone|tel|snap|insta|instagram|courrier|surprise',
      '@je|on ..1 verra|verrai ..2 si ..1 tu|t ..1 fais|feras ..1 toujours|encore|autant ..1 la_maligne|le_malin|la_fiere|le_fier|la_maline',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|blague', 'sans_toi|bus|train|car|avion|navette|metro|tram|on_part|depart|en_vrille|en_couille|en_cacahuete|en_live|tout_seul|toute_seule|fusee|feu_d_artifice|petard*|course|match|film|serie|colis|commande|livraison|parcel|surprise|anniv*|noel|faire_part|invitation*|bulletin|resultat*|notes|bac|brevet|prevention|article|reportage|escroc*|arnaque*|victime*|rgpd|confidentialite|politique|cookies|consentement|donnees_personnelles|autorisation|droit_a_l_image'],
    weight: 5,
    examples: {
      match: ['300€ en carte paysafe ou ça part', "Pour éviter la transmission de vos images aux autorités et à vos contacts, réglez les frais de 250€", 'on verra si tu fais toujours la maligne quand ton père ouvrira sa boîte mail ce soir', 'paie sinon ça tourne'],
      ignore: ["dépêche toi ou ça part sans toi", 'fais gaffe ou ça part en vrille mdr', "quand ta mère ouvrira son colis elle va être contente, c'est une surprise", "l'autorisation de diffusion des photos de classe pour la famille, droit à l'image"],
    },
  },
  {
    id: 'enregistrements-seront-envoyes-a-vos-contacts',
    phrases: [
      'les|ces|vos|ta|tes|la|votre ..1 enregistrement*|video*|images|photos|captures|sequences|fichiers ..2 seront|sera|vont_etre|va_etre ..1 envoye*|transmis*|transmise*|diffuse*|partage*|publie*|communique* ..3 a|aux ..2 l_ensemble|tous|toutes|tes|vos|votre|ta ..2 contacts|proches|famille|amis|collegues|abonnes|entourage',
    ],
    weight: 5,
    unless: ['classe|photo_de_classe|photos_de_classe|sortie|voyage|club|mariage|ceremonie|spectacle|kermesse|tournoi|gala|photographe|album|si_vous_le_souhaitez|avec_votre_accord|consentement|droit_a_l_image|autorisation|souvenir*|concours|vacances|colo|camp|anniv*|arnaqu*|escroc*|pharos|victime*|article|reportage'],
    examples: {
      match: ["Passé ce délai, les enregistrements seront envoyés à l'ensemble de vos contacts.", 'tes vidéos seront transmises à tous tes amis'],
      ignore: ["les photos de la sortie seront envoyées à l'ensemble des familles", 'les vidéos du spectacle seront partagées à tous les parents'],
    },
  },
  {
    id: 'te-mettre-en-fisha',
    phrases: [
      'te|t|tu|toi|twa ..3 fisha|ficha|fischa|fishas|fichas|fisha*',
      'finir|finis|finiras|finira|retrouver|retrouveras|atterrir|atterriras ..4 fisha|ficha|fischa|fishas|fichas',
      '@je|je_vais|jvais ..3 mettre|mets|met|balancer|balance|poster|envoyer ..3 sur|dans|a|en ..2 [un|une|des|les] ..1 compte*|page*|groupe* ..1 fisha|ficha|fischa',
    ],
    weight: 5,
    unless: ['vu|article|reportage|victime*|signale*|signaler|pharos|horrible|police|plainte|a_ete_ferme|ont_ete_fermes|est_ferme|choque*|degueulasse|dingue|honte_a|interdit*|prevention|3018|cousine|copine_a_moi|une_fille_de|elle_s_est|il_s_est|se_sont'],
    examples: {
      match: ['tu vas finir sur un compte fisha', 'je vais te mettre en ficha sur insta', 'je vais te fisha si tu payes pas', 'jvais les balancer sur un compte fisha'],
      ignore: ["t'as vu le compte fisha qui a été fermé ?", 'une fille de ma classe s est fait fisha, c est horrible', 'faut signaler les comptes fisha sur pharos'],
    },
  },
  {
    id: 'extorsion-meme-en-riant',
    // Extortion written with a laugh ("mdr", "😂"): scammers mock the victim, so laughter
    // must not cancel these (narrow) wordings, unlike the friendly-banter entries above.
    phrases: [
      'paie|paye|payes|paies|vire|vires ..2 ou_j|ou_je|ou_jvais|sinon_j|sinon_je|sinon_jvais ..1 envoie|envoi|balance|publie|poste|diffuse ..1 tout|toutes|tous ..2 a|chez|sur ..1 tes|ta|ton|tous_tes|toute_ta ..1 @audience',
      '# @currency|balles ..3 ou|sinon ..3 @audience ..1 voient|voit|verront|verra|recoivent|recoit|recevront|recevra ..1 tout|ca|sa|tes_nudes|ta_video|tes_photos|la_video',
      'sinon|ou|sinn|snn ..2 @je ..2 balance*|publie*|poste*|envoie*|diffuse*|leak*|montre* ..2 tes|ta ..1 nudes|nude*|photos_nues|videos_intimes|sextape|photos_intimes',
      'tu_vas_voir|tu_verras|tu_vas_rire ..2 quand|lorsque ..1 ta|ton|tes ..1 @audience ..2 va|vont|verra|verront|recevra|recevront ..1 recevoir|voir|decouvrir|la_video|tes_photos|tes_nudes|ta_video',
    ],
    weight: 5,
    unless: ['ta_part|rembours*|pizza|kebab|resto|cine|place|dette|pret|maman|papa|cadeau*|surprise|anniv*|bulletin|notes|chambre|spectacle|concert|match|danse|skate|gateau|recette|vacances|voyage|soiree|fete', 'article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|a_recu|ont_recu|plainte|le_mec_disait|il_disait|elle_disait|m_a_ecrit|je_fais_quoi|que_faire'],
    examples: {
      match: ["haha paie ou j'envoie tout à tes abonnés", "ptdr t'es tombé dans le piège, 200€ ou tes potes voient tout", 'mdr sinon je balance tes nudes sur le groupe de ta classe', '😂 tu vas voir quand ta mère va recevoir la vidéo'],
      ignore: ["mdr paie ta part de pizza ou j'envoie tout à tes parents", "tu vas voir quand ta mère va voir le cadeau 😂", "il disait 'sinon je balance tes nudes', j'ai signalé sur pharos"],
    },
  },
  // r9-begin
  {
    "id": "sinon-ton-entourage-va-adorer-r9",
    "phrases": [
      "sinon|ou|sinn|snn|sans_quoi ..2 ton|ta|tes|toute_ta|tout_ton|tous_tes ..1 @audience|ex ..1 va|vont|risque|risquent ..1 adorer|kiffer|apprecier|se_regaler|halluciner|tomber_de_haut|etre_ravi*"
    ],
    "unless": [
      "cache|caches|cacher|planque*|range|ranges|ranger|affaires|chaussures|cles|clefs|paillasson|tache|canape|traine*|bonbons|chocolat*|cadeaux|manteau|veste|linge|vaisselle|attendre|patienter|poireauter|retard",
      "resto|restaurant|ton_cadeau|le_cadeau|un_cadeau|son_cadeau|surprise|anniv*|gateau|film|serie|spectacle|concert|match|voyage|vacances|soiree|fete|invitation*|faire_part|bulletin|notes|resultat*|recette|dessin*|carte_postale|colis|place|billet*|programme|planning|mdr|ptdr|haha|jrigole"
    ],
    "examples": {
      "match": [
        "Débrouille toi. Sinon ton lycée va adorer",
        "paie sinon tes parents vont adorer"
      ],
      "ignore": [
        "sinon tes parents vont adorer le resto",
        "dépêche toi sinon ta classe va adorer attendre",
        "réserve vite sinon tes potes vont adorer le spectacle sans toi"
      ]
    }
  },
  {
    "id": "sinon-ton-ex-les-verra-r9",
    "phrases": [
      "sinon|ou|sinn|snn|sans_quoi ..2 ton|ta|tes|toute_ta|tout_ton|tous_tes ..1 @audience|ex ..1 les|la|le|l ..1 verra|verront|aura|auront|recevra|recevront",
      "sinon|ou|sinn|snn|sans_quoi ..2 ton|ta|tes|toute_ta|tout_ton|tous_tes ..1 @audience|ex ..1 va|vont|risque|risquent ..1 les|la|le|l|tout ..1 recevoir|voir|avoir|decouvrir"
    ],
    "weight": 2,
    "unless": [
      "cache|caches|cacher|planque*|range|ranges|ranger|affaires|chaussures|cles|clefs|paillasson|tache|canape|traine*|bonbons|chocolat*|cadeaux|manteau|veste|linge|vaisselle|attendre|patienter|retard|lire|lira",
      "resto|restaurant|ton_cadeau|le_cadeau|un_cadeau|son_cadeau|surprise|anniv*|gateau|film|serie|spectacle|concert|match|voyage|vacances|soiree|fete|invitation*|faire_part|bulletin|notes|resultat*|recette|dessin*|carte_postale|colis|place|billet*|programme|planning|mdr|ptdr|haha|jrigole"
    ],
    "examples": {
      "match": [
        "j'en veux des nouvelles, sinon ton ex les verra",
        "Sinon ta blonde va les recevoir ce soir.",
        "ou ta classe va tout voir"
      ],
      "ignore": [
        "cache les cadeaux sinon ta soeur va les voir",
        "planque tes bonbons sinon ton frère va les voir",
        "sinon ta mère va recevoir l'invitation trop tard"
      ]
    }
  },
  {
    "id": "paie-et-personne-verra-r9",
    "phrases": [
      "balles|boules|@currency|@payment|@money ..6 et|pis|puis ..2 personne ..2 verra|verrait|saura|saurait|recevra|sera_au_courant ..1 rien|jamais|ca|sa",
      "paie|paye|payes|paies|vire|vires|envoie|envoies ..6 et|pis|puis ..2 personne ..2 verra|verrait|saura|saurait|recevra|sera_au_courant ..1 rien|jamais|ca|sa"
    ],
    "unless": [
      "cantine|pizza|kebab|resto|cine|cinema|ticket*|billet*|entree|concert|place|ta_part|sa_part|rembours*|cadeau*|surprise|anniv*|fete|soiree|gateau|mdr|ptdr|haha|jrigole"
    ],
    "examples": {
      "match": [
        "150 balles en carte Paysafecard et personne ne verra rien",
        "vire 200 euros et personne saura jamais",
        "tu paies et personne ne verra ça"
      ],
      "ignore": [
        "paie ta part du cadeau et personne saura rien pour la surprise",
        "100 balles pour la soirée et personne verra rien mdr"
      ]
    }
  },
  {
    "id": "tu-veux-que-je-publie-tes-dm-r9",
    "phrases": [
      "tu_veux_que|tu_veux_qu|t_veux_que|tu_voudrais_que|tu_preferes_que|tu_aimerais_que ..1 je|j|jte ..1 publie|poste|balance|leak|diffuse|mette|envoie|partage|affiche ..1 tes|ta|ton|vos ..1 dm|dms|messages|msg|conv|convs|conversation*|nudes|nude|screens|captures|vocaux|photos_intimes|videos_intimes ..3 sur|dans|a|en|chez"
    ],
    "unless": [
      "match|but|concert|spectacle|vacances|voyage|soiree|fete|anniv*|cadeau*|dessin*|danse|chorale|recette|projet|expose|devoir*|drive|groupe_de_classe|pronote|ent|album|souvenir*"
    ],
    "examples": {
      "match": [
        "tu veux que je publie tes dm sur ta story ? 😂",
        "tu veux que je poste tes nudes sur insta ?",
        "tu veux que j'envoie tes messages à ta mère ?"
      ],
      "ignore": [
        "tu veux que je poste tes photos sur insta ?",
        "tu veux que je publie tes photos de la rando sur le site du club ?",
        "tu veux que je poste tes photos du match sur le groupe ?",
        "tu veux que je mette tes photos de vacances sur l'album ?"
      ]
    }
  },
  {
    "id": "tes-nudes-finissent-sur-r9",
    "phrases": [
      "sinon|ou|sinn|snn|sans_quoi|apres ..2 tes|ta|vos|votre|la|les ..1 nudes|nude*|photos|photo|video|videos|vid|vids|pics|pic|screens|captures ..1 finissent|finit|termine*|atterrissent|atterrit|debarquent|debarque|arrivent|arrive ..2 sur|dans|chez|partout|en_ligne|a",
      "apres|sinon|ensuite|sinn ..2 c_est_parti|c_est_partie|ca_part|tout_part|ca_partira|tout_partira ..3 ton|ta|tes|toute_ta|tout_ton|tous_tes ..1 @audience ..2 et|puis|pis ..3 ton|ta|tes|toute_ta|tout_ton|tous_tes ..1 @audience"
    ],
    "unless": [
      "match|but|concert|spectacle|vacances|voyage|soiree|fete|anniv*|cadeau*|repas|diner|dejeuner|resto|surprise|mdr|ptdr|jrigole|album|souvenir*|classe_de|photo_de_classe|photos_de_classe"
    ],
    "examples": {
      "match": [
        "wsh envoie 50 balles en carte steam sinon tes nudes finissent sur le groupe de la classe",
        "t'as 1h. apres c'est parti sur ton insta et chez tes parents",
        "sinon tes photos atterrissent chez tes parents"
      ],
      "ignore": [
        "après c'est parti sur ton insta, la vidéo de danse ?",
        "après c'est parti chez tes parents pour le repas",
        "sinon les photos du voyage finissent sur l'album"
      ]
    }
  },
  {
    "id": "jenvoie-le-lien-a-ta-classe-r9",
    "phrases": [
      "@je ..2 envoie|envoi|enverrai|balance|balancerai|partage|partagerai|poste|posterai|file ..1 le_lien|les_liens|le_link|le_lien_de_la_video ..2 a|sur|dans|au|aux ..1 toute_ta|tout_ton|tous_tes|ta|ton|tes ..1 @audience",
      "jenvoie|jenvoi|jbalance|jpartage|jposte|jfile ..1 le_lien|les_liens|le_link ..2 a|sur|dans|au|aux ..1 toute_ta|tout_ton|tous_tes|ta|ton|tes ..1 @audience"
    ],
    "unless": [
      "sortie|voyage|classe_verte|album|photos_de|drive|doc|docs|document*|devoir*|expose|projet|cours|exo*|pronote|ent|zoom|teams|meet|visio|reunion|anniv*|fete|soiree|surprise|cagnotte|playlist|musique|jeu|serveur|partie|tournoi|formulaire|inscription*|sondage|billetterie"
    ],
    "examples": {
      "match": [
        "Plus que 10 minutes. Après j'envoie le lien à toute ta classe, au prof principal et à ton père",
        "je balance le lien sur ton insta",
        "jenvoie le lien a tous tes abonnés"
      ],
      "ignore": [
        "j'envoie le lien à toute ta classe pour la sortie",
        "j'envoie le lien du drive à toute ta classe pour l'exposé",
        "je partage le lien de la cagnotte à tes potes pour l'anniv"
      ]
    }
  },
  {
    "id": "eviter-la-diffusion-aupres-de-vos-contacts-r9",
    "phrases": [
      "eviter|empecher|stopper|bloquer ..3 sa|leur|la|votre|ta|cette ..1 diffusion|publication|transmission|divulgation|propagation|mise_en_ligne ..3 aupres|a|aux|sur|chez ..2 vos|tes|votre|ta|l_ensemble_de_vos|tous_vos ..1 contacts|proches|famille|amis|abonnes|entourage|collegues|reseaux",
      "n_aurai|n_aurais|naurai|naurais|aurai ..2 autre_choix|d_autre_choix|dautre_choix ..2 que|qu ..2 la|le|les|l ..1 transmettre|diffuser|publier|envoyer|partager"
    ],
    "unless": [
      "article|reportage|victime*|escroc*|arnaqu*|prevention|gendarmerie|police|pharos|3018|spam|hameconnage|phishing|newsletter|rgpd|consentement|autorisation|droit_a_l_image"
    ],
    "examples": {
      "match": [
        "Afin d'éviter sa diffusion auprès de vos contacts, je vous demande un versement de 300 € en bitcoin",
        "Passé ce délai, je n'aurai d'autre choix que de la transmettre."
      ],
      "ignore": [
        "La gendarmerie rappelle que pour éviter la diffusion auprès de vos contacts il ne faut jamais payer les escrocs",
        "pour éviter la diffusion de ta photo aux familles sans autorisation, signe le droit à l'image"
      ]
    }
  },
  {
    "id": "menace-en-riant-r9",
    "phrases": [
      "ou|sinon|sinn|snn ..2 ta|tes|la|les ..1 pic|pics|photo|photos|nude|nudes|video|videos|vid|vids ..1 tourne|tournent|circule|circulent|part|partent ..2 dans|sur|a|chez ..1 tout|toute|tous|ton|ta|tes ..1 @audience|le_bahut|le_lycee|le_college|l_ecole|la_classe"
    ],
    "weight": 5,
    "unless": [
      "ta_part|rembours*|pizza|kebab|resto|cine|maman|papa|cadeau*|surprise|anniv*|spectacle|concert|match|danse|skate|vacances|voyage|soiree|fete|chorale|photo_de_classe|photos_de_classe|album",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|a_recu|ont_recu|plainte|m_a_ecrit|je_fais_quoi|que_faire"
    ],
    "examples": {
      "match": [
        "mdrrr t'es tombé dans le panneau. j'ai screen. 300€ sur Lydia ou ta pic tourne dans tout le bahut ce soir",
        "ptdr sinon tes photos tournent dans tout ton lycée"
      ],
      "ignore": [
        "mdr sinon la vidéo de la chorale tourne dans tout le lycée",
        "ptdr tes photos de vacances tournent dans tout le groupe"
      ]
    }
  },
  {
    "id": "si-ca-tombe-entre-les-mains-r9",
    "phrases": [
      "ca|sa|ces_photos|tes_photos|ta_video|la_video|les_photos|tout_ca|ces_videos|tes_nudes|nos_messages|notre_conv ..1 tombe|tombait|tomberait|tombent|tombaient|tomberaient|arrivait|arriverait|atterrissait|atterrirait ..2 entre|dans ..1 les_mains|les_mains_de ..2 ta|ton|tes|toute_ta|tous_tes ..1 @audience",
      "t_imagines|timagines|imagine|imagines|tu_imagines ..2 la_tete|la_reaction|la_gueule|la_tronche|la_face ..2 de|d ..1 ta|ton|tes ..1 @audience ..6 si|s|quand ..2 voyait|voyaient|recevait|recevaient|tombait|tombaient|decouvrait|decouvraient|verrait|verraient",
      "@audience ..3 serait|seraient ..1 tres|super|vraiment|bien|sans_doute|surement ..1 interesse*|curieu*|choque*|surpris*|degoute*|decu* ..2 par|de|d ..1 nos|tes|ces|notre|vos ..1 echanges|conv|convs|conversation*|messages|photos|nudes|videos|discussions|dm|dms",
      /* r29: without an intensifier, and "de voir" ("ton coach serait choqué de voir tes photos") */ "@audience ..3 serait|seraient ..1 interesse*|curieu*|choque*|surpris*|surprise|surprises|degoute*|decu* ..3 par|de|d ..1 nos|tes|ces|notre|vos ..1 echanges|conv|convs|conversation*|messages|photos|nudes|videos|discussions|dm|dms",
      "@je|jme|je_me ..2 demande ..2 ce_que|ce_qu|comment ..3 @audience ..1 penseraient|penserait|diraient|dirait|feraient|ferait|reagiraient|reagirait ..2 tes|ces|cette|ta ..1 photos|photo|video|videos|nudes|messages|conv*",
      /* r29: the audience named just before ("ton manager... je me demande ce qu'il penserait de ta vidéo") */ "@je|jme|je_me ..2 demande|demandais ..2 ce_que|ce_qu|comment il|elle|ils|elles|en ..1 penseraient|penserait|diraient|dirait|reagiraient|reagirait ..2 de|d ..1 tes|ces|cette|ta ..1 photos|photo|video|videos|vid|vids|nudes|messages|conv*"
    ],
    "unless": [
      "cadeau*|surprise|anniv*|bulletin|notes|note|carnet|journal|lettre|chambre|bazar|coiffure|cheveux|tatouage|piercing|copie|controle|dessin*|danse|spectacle|match|but|recette|gateau|vacances|voyage|mdr|ptdr|haha|jrigole|article|reportage|film|serie|episode"
    ],
    "examples": {
      "match": [
        "imagine si ça tombe entre les mains de ta mère",
        "t'imagines la tête de ton père s'il voyait ça",
        "je pense que ta mère serait très intéressée par nos échanges",
        "j'me demande ce que tes potes penseraient de tes photos",
        "ton coach... je me demande ce qu'il dirait de tes vidéos",
        "ton coach serait choqué de voir tes photos",
        "jme demande ce qu'elle penserait de ces photos, ta copine"
      ],
      "ignore": [
        "imagine si ça tombe entre les mains de ta mère, ton journal intime mdr",
        "t'imagines la tête de ta mère si elle voyait ta chambre",
        "je me demande ce que tes potes penseraient de tes photos de vacances",
        "je me demande ce qu'il penserait de ta vidéo de danse, elle est top",
        "je me demande ce qu'elle dirait de ta coiffure",
        "ta mère serait surprise de voir tes photos de vacances"
      ]
    }
  },
  {
    "id": "je-fais-fuiter-tes-photos-r9",
    "phrases": [
      "@je|je_vais|jvais|je_peux|jpeux ..2 fais|ferai|faire|vais ..1 fuiter|fuite|leak|leaker ..2 tes|ta|vos|votre|les|la|tout ..1 photos|photo|nudes|nude|video|videos|vids|vid|messages|conv|convs|screens|captures|dm|dms",
      "un_seul|une_seule|un_petit|1_seul ..1 message|msg|clic|click|mot|coup_de_fil ..4 ta|ton ..1 vie|reputation|avenir ..1 est|sera|serait ..1 finie|fini|foutue|ruinee|detruite|terminee|gachee",
      "dommage|triste|bete|ce_serait|ca_serait|ca_serait_bete ..3 ta|ton ..1 reputation|vie|avenir ..2 soit|serait|est|sera ..1 ruine*|detruit*|foutu*|fini*|gache*",
      "mon ..1 silence ..2 a|coute|vaut|aura ..1 un|son ..1 prix|cout",
      "ca|sa|tout ..1 peut|pourrait ..1 rester ..1 entre_nous|secret ..3 ou_pas|ou_non|ou_bien ..4 a_toi|toi_de|depend_de_toi|c_est_toi|choisis|choisir"
    ],
    "unless": [
      "mdr|ptdr|haha|jrigole|xd|kebab|bonbon*|chocolat|glace|pizza|croissant*|devoir*|exo*|film|serie|spoil*|fin_du_film|episode|surprise|cadeau*|anniv*",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|plainte|a_recu|ont_recu"
    ],
    "weight": 5,
    "examples": {
      "match": [
        "un mot de plus et je fais fuiter tes photos",
        "un seul message de moi et ta vie est finie",
        "ce serait triste que ta réputation soit ruinée pour si peu",
        "mon silence a un prix",
        "ça peut rester entre nous… ou pas. à toi de choisir"
      ],
      "ignore": [
        "mon silence a un prix : un kebab mdr",
        "je vais faire fuiter la fin de la série, attention spoil",
        "ça peut rester entre nous ou pas, pour la surprise à toi de choisir"
      ]
    }
  },
  {
    "id": "si-tu-paies-pas-jenvoie-a-ta-famille-r9",
    "phrases": [
      "si_tu|si_t|si_vous ..1 paye|paies|payes|paie|payez|vires|vire|envoies|envoie|reponds|repond ..1 pas|rien|plus ..5 @je|je_vais|jvais ..2 @spread ..3 ta|ton|tes|tous_tes|toute_ta|vos|votre ..1 @audience"
    ],
    "weight": 5,
    "unless": [
      "cantine|place|ta_part|sa_part|pizza|kebab|resto|cine|cinema|rembours*|dette|cotisation|facture*|loyer|abonnement|cadeau*|anniv*|surprise|invitation*|bulletin|note*|colle|retard|absence*|devoir*|expose|projet|prof|mdr|ptdr|jrigole",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|a_recu|ont_recu|plainte|m_a_ecrit|je_fais_quoi|que_faire"
    ],
    "examples": {
      "match": [
        "ok maintenant regarde bien. j'ai enregistre toute la video de toi. si tu paye pas 500 euro je envoi a ta famille et amis facebook",
        "si tu réponds pas je balance à tous tes abonnés"
      ],
      "ignore": [
        "si tu paies pas ta part de la pizza je l'envoie à ta mère mdr",
        "si tu réponds pas j'envoie l'invitation à ta mère directement"
      ]
    }
  },
  {
    "id": "ton-ami-facebook-va-recevoir-ta-video-r9",
    "phrases": [
      "ton|ta|tes|tous_tes|toute_ta ..1 @audience ..2 va|vont|vas ..1 recevoir|voir|avoir ..1 ta|tes|la|les|cette|ces ..1 video|videos|vids|vid|nudes|nude|photos_nues|captures|screens|sextape"
    ],
    "weight": 5,
    "unless": [
      "skate|danse|chorale|concert|match|but|spectacle|anniv*|surprise|cadeau*|vacances|voyage|soiree|fete|mariage|remise|bac|brevet|resultat*|mdr|ptdr|jrigole|tuto*|cover|clip|chanson|dessin*|tiktok_de|chaine|youtube",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|a_recu|ont_recu|plainte"
    ],
    "examples": {
      "match": [
        "ton ami facebook va recevoir ta video",
        "tes contacts vont recevoir les captures ce soir"
      ],
      "ignore": [
        "tes potes vont voir ta vidéo de skate",
        "ta mère va recevoir la vidéo du spectacle"
      ]
    }
  },
  {
    "id": "si-tu-me-bloques-tu-sais-r9",
    "phrases": [
      "si_tu|si_t|si_vous ..1 me|m ..1 bloques|bloque|bloquez|supprimes|supprime|signales|signale|ignores|ignore|ghost*|denonces|denonce|lache|laches|quittes ..4 tu|t|vous ..1 sais|connais|savez|connaissez ..1 ce_qui|ce_qu|la_suite|ce_que|ce_qu_il"
    ],
    "weight": 5,
    "unless": [
      "reparle*|reparlerai|parlerai_plus|plus_jamais|plus_amis|plus_amies|plus_copines|plus_potes|mdr|ptdr|jrigole|haha|xd|pleurer|pleure|bouder|boude|triste|deprime|tristesse|vexe*|vengeance_mdr|jeu|game|partie|serveur"
    ],
    "examples": {
      "match": [
        "si tu me bloques, tu sais ce qui va se passer",
        "si tu me signales tu connais la suite"
      ],
      "ignore": [
        "si tu me bloques tu sais ce qui va se passer, je vais pleurer mdr",
        "si tu me bloques tu sais ce qui va se passer, je te reparle plus jamais"
      ]
    }
  },
  {
    "id": "moi-publier-video-facebook-r9",
    "phrases": [
      "ou|sinon|sinn ..2 moi|je|j ..1 publier|publie|envoyer|envoi|montrer|poster|partager|diffuser|mettre ..2 video|videos|photo|photos|tout|vid ..2 sur|a|chez|dans ..1 facebook|fb|insta|instagram|youtube|internet|famille|amis|tiktok|snap|whatsapp|twitter|reseaux"
    ],
    "weight": 5,
    "unless": [
      "mdr|ptdr|jrigole|haha|anniv*|soiree|fete|vacances|voyage|match|concert|spectacle|danse|mariage|bapteme|recette|chat|chien|bebe",
      "article|reportage|victime*|escroc*|arnaqu*|prevention|pharos|3018|a_recu|ont_recu|plainte"
    ],
    "examples": {
      "match": [
        "toi envoyer argent vite ou moi publier video sur facebook"
      ],
      "ignore": [
        "choisis la photo ou je publie tout sur facebook pour l'anniv"
      ]
    }
  },
  // r9-end
  // r10-begin
  {
    "id": "ou-les-screens-vont-a-ton-pere-r10",
    "phrases": [
      "les|tes|nos|ces ..1 captures|screen*|screenshots|conv|convs|conversation*|messages|nudes|nude*|enregistrement*|@photo ..3 iront|partiront|finiront|atterriront|arriveront ..2 a|chez|sur|dans ..2 @audience",
      "ou|sinon|sinn|snn|sans_quoi ..3 les|tes|nos|la|ta|mes|ces|ses ..1 screen*|captures|capture|conv|convs|conversation*|messages|@photo|nudes|enregistrement* ..4 vont|va|iront|partent|partira|partiront|arrivent|arriveront|atterrissent|atterriront ..1 a|chez|sur|dans ..2 @audience"
    ],
    "unless": [
      "arnaque*|escroc*|porte_plainte|plainte|pharos|3018|signale*|police|gendarmerie",
      "sortie|mail|par_mail|courrier|impression|imprim*|drive|album|voyage|soiree|classe_de_neige|photo_de_classe|photos_de_classe|spectacle|anniv*|mdr|ptdr|haha"
    ],
    "examples": {
      "match": [
        "donne moi les codes de ta carte cadeau psn ou les screens de nos messages vont a ton pere",
        "paie sinon tes photos iront chez tes parents",
        "sinon les captures partent sur ton insta",
        "les captures de nos convs iront direct a ta mere"
      ],
      "ignore": [
        "sinon les photos du voyage vont sur le drive de la classe",
        "mon cousin a reçu sinon tes photos vont a ta mere, il a porté plainte"
      ]
    }
  },
  {
    "id": "imagine-si-ca-tourne-r10",
    "phrases": [
      "imagine|imagines|imaginez|t_imagines|timagine|t_imagine ..3 @audience ..2 qui|quand|si ..1 tombe*|voit|voient|decouvre*|recoit|recoivent|lit|lisent ..2 sur|dans ..1 tes|ta|ces|nos|cette ..1 @photo|nudes|messages|conv*|captures|snaps",
      "ce_serait|ca_serait|se_serait|ce_serai|ca_serai|serait ..1 bete|con|triste|nul|moche|dommage|grave|terrible ..1 que|qu|si ..3 @audience ..2 voie|voient|voit|voyait|voyaient|tombe*|recoive*|recevait|apprenne*|sache*|decouvre*|decouvrait",
      "imagine|imagines|imaginez|t_imagines|timagine|t_imagine ..2 si|que|qu|quand ..3 ca|sa|elle|elles|ta|tes|la|les|cette|ces|ce|ton ..3 tourne*|circule*|fuite*|fuitai*|sort|sortait|sortirait|arrive*|tombe*|tomber ..3 @audience|ton|ta|tes|toute|tout|chez|dans"
    ],
    "unless": [
      "arnaque*|escroc*|article|reportage|victime*|prevention",
      "note|notes|bulletin|resultat*|colle|retenue|mdr|ptdr|drole|match|film|serie|spoil*|recette|gateau|cadeau|surprise|blague|bebe|vacances|ecole_maternelle|chanson|star|celebre|clip|musique|morceau|spectacle|concert|voie_pas|voient_pas|voit_pas|rate|rater|louper|puisse_pas|puissent_pas|vienne|viennent"
    ],
    "examples": {
      "match": [
        "imagine si ça tourne dans ton lycée",
        "imagine si elles circulent chez tes parents",
        "t'imagines si ta video tombe chez ta mere",
        "imagine ta mere qui tombe sur tes photos",
        "ce serait bête que ta famille voie ça"
      ],
      "ignore": [
        "imagine si ça tourne mal au match",
        "imagine si ton bulletin arrive chez ta mere mdr",
        "imagine ta mere qui tombe sur tes photos de bebe",
        "ce serait bete que tes potes voient pas le match"
      ]
    }
  },
  {
    "id": "evitera-leur-publication-r10",
    "phrases": [
      "evitera|eviter|empechera|empecher|stoppera|bloquera|annulera ..2 leur|la|sa|toute|votre ..1 publication|diffusion|divulgation|mise_en_ligne|envoi|transmission|propagation",
      "@je|jvais|je_vais ..2 te|t ..1 detruire|ruiner|afficher|humilier|exposer|cramer|griller|salir ..2 sur|dans|devant ..1 les_reseaux|internet|insta*|snap*|tiktok|le_net|twitter|tout_le_monde|tout_le_lycee|tout_le_college",
      "tu|t ..1 vas|va|seras|sera ..1 devenir|etre ..1 la_honte|la_risee|la_blague|la_cible ..2 du|de|de_ton|de_ta|de_tout|de_toute ..1 lycee|college|ecole|bahut|classe|quartier|internet|reseaux|ville",
      "@je ..3 story|storie*|post|publication|compte ..3 avec ..1 tes|ta|ton ..1 @photo|nudes ..6 tag*|identifi*|mentionn*|tes_potes|ta_classe|ton_lycee"
    ],
    "unless": [
      "mdr|ptdr|haha|jrigole|coupe|tenue|look|chanson|vacances|anniv*|soiree|fete|voyage|sortie|match|gala|spectacle",
      "arnaque*|escroc*|article|reportage|victime*|prevention|pharos|3018|cybermalveillance|selon|police"
    ],
    "examples": {
      "match": [
        "Nous possédons des vidéos intimes de vous. Un paiement de 300 euros évitera leur publication.",
        "j'vais te détruire sur les réseaux",
        "tu vas devenir la honte du lycée",
        "je vais faire une story avec tes photos et te tag"
      ],
      "ignore": [
        "tu vas devenir la risée du lycée avec cette coupe mdr",
        "je fais une story avec tes photos de vacances et je te tag",
        "le reportage explique comment éviter la diffusion des photos"
      ]
    }
  },
  {
    "id": "ou-moi-publier-r10",
    "phrases": [
      "ou|sinon|sinn moi publier|pubier|poster|envoyer|envoye|diffuser|balancer|partager|mettre|montrer"
    ],
    "unless": [
      "mdr|ptdr|haha|jrigole|recette|annonce|article|arnaque*|escroc*|pharos|3018"
    ],
    "examples": {
      "match": [
        "toi envoyer photo nue maintenant ou moi publier",
        "tu paye sinon moi envoyer video a famille"
      ],
      "ignore": [
        "tu postes ou moi je poste ?",
        "ou moi je poste l'annonce demain ? dis moi"
      ]
    }
  },
  // r10-end
  {
    id: 'si-tu-reviens-pas-elles-sont-dans-le-groupe-r11',
    phrases: [
      'si tu|t ..4 pas|plus ..3 elles|ils|tes_photos|tes_nudes|tes_videos|la_video|les_photos|tout ..1 sont|seront|finissent|finiront|partent|atterrissent|atterriront ..2 dans|sur|chez ..3 @audience',
      'sinon|ou|ou_sinon|sinn ..2 elles|ils|tes_photos|tes_nudes|tes_videos|la_video|les_photos ..1 sont|seront|finissent|finiront|partent|atterrissent|atterriront ..2 dans|sur|chez ..3 @audience',
    ],
    unless: ['cherche*|trouve*|retrouve*|perdu*|besoin|voyage|vacances|sortie|drive|album|anniv*|soiree|mdr|ptdr|jrigole'],
    examples: {
      match: ['si tu reviens pas vendredi elles sont dans le groupe de la 3eB. a toi de voir', 'sinon tes photos finissent sur le snap de ta classe', "si tu m'envoies plus rien elles seront sur insta demain"],
      ignore: ['si tu les trouves pas elles sont dans le groupe', 'les photos du voyage sont dans le groupe de classe', 'si tu veux pas elles sont sur le drive'],
    },
  },
  {
    id: 'vous-ne-souhaitez-pas-que-ce-soit-transmis-r11',
    phrases: [
      'souhaitez|voulez|veux|souhaites|veut ..1 pas ..1 que|qu ..4 soient|soit|soi ..1 transmis*|envoye*|diffuse*|publie*|partage*|montre*|balance*|devoile*|rendu*_public* ..4 @audience|vos_proches|tes_proches|public*',
      'tu|vous|t ..1 veux|voulez|souhaitez ..1 pas ..1 que|qu ..2 @audience ..2 voient|voie|recoivent|recoive|decouvrent|decouvre ..2 ces|ca|sa|la|les|tes|vos|cette',
    ],
    unless: ['arnaqu*|escroc*|pharos|3018|reportage|article|mail_type|je_fais_quoi|que_faire|recu_un_mail|ai_recu|a_recu'],
    examples: {
      match: ["Si vous ne souhaitez pas que ces enregistrements soient transmis à tous vos contacts, effectuez un virement", "si tu veux pas que tes photos soient envoyées à tes abonnés, paie", 'tu veux pas que ta mere voie ca hein'],
      ignore: ["j'ai recu un mail: si vous ne souhaitez pas que vos videos soient transmises a vos contacts... c une arnaque?", 'vous ne souhaitez pas que les photos de la sortie soient envoyees? ok'],
    },
  },
  {
    id: 'si-tu-menvoies-pas-je-les-poste-sur-le-serveur-r11',
    phrases: [
      'si tu|t ..4 pas|plus ..4 je|j|jvais|jles|jla|jle ..2 [les|la|le|l|tout] ..1 poste*|publie*|balance*|diffuse*|mets|met|mettre|mettrai*|partage*|affiche*|envoie*|envoy*|leak* ..3 sur|dans|a|au|aux ..2 @audience|serveur|discord|net|reseaux',
      'ou|sinon|ou_sinon|sinn je|j|jvais ..2 l|la|le|les|te ..1 envoie*|balance*|montre*|poste*|publie*|transfere*|partage* ..1 a|au|aux|sur|dans ..6 toute_ta_famille|tes_parents|ta_mere|ton_pere|tes_potes|tes_abonnes|tes_amis|ta_classe|ton_lycee|ton_college|ta_famille|tes_contacts',
    ],
    unless: ['vendre|vends|vend|donne*|annonce|gratuit*|mdr|ptdr|lol|jrigole|recette|devoir*|exo*|voyage|vacances|sortie|anniv*|cadeau*|surprise|mamie|papi|jeu|game|clip|highlight*', 'veux|veut|voulez|preferes|aimes ..2 pas', /* r20 */ 'poste_rien|publie_rien|envoie_rien|balance_rien|mets_rien|diffuse_rien|ton_dm|le_dm|ta_partie|le_diapo|le_compte_rendu|ton_expose|ton_exo', /* r39: a friend's borrowed thing and a silly habit told to all, not pictures */ 'rends|rend|rendre|ramenes|ramene|rapportes|rapporte ..1 pas|plus ..1 mon|ma|mes ..1 sweat|pull|hoodie|veste|livre|bouquin|cahier|classeur|chargeur|manette|jeu|console|casque|trousse|sac|maillot|ballon|velo|bd|manga*|jupe|robe|tshirt|t_shirt', 'a_tout_le_monde|partout|a_toute_la_classe|a_tout_le_groupe ..1 que|qu ..1 tu|t ..1 ronfles|ronfle|baves|bave|pleures|pleure|pues|pue|chantes|chante|dors_avec|suces_ton_pouce|fais_pipi|as_peur_du_noir|parles_en_dormant|es_fan_de|kiffes|aimes|crush|as_un_crush'],
    examples: {
      match: ["si tu rends pas le fric demain je balance tes photos à tout le monde", "si tu m'envoies pas de photo ce soir je les poste sur le serveur avec ton vrai nom", 'maintenant t envoies 150€ en recharge PCS ou je l envoie a lucas, ines et toute ta famille', 'si tu reponds pas jles balance sur le groupe', "si tu n'envoies pas l'argent je vais la mettre sur youtube"],
      ignore: ["si tu me rends pas mon pull vendredi je balance à toute la classe que tu parles en dormant", 'si t ramenes pas ma manette je dis a tout le groupe que tu chantes sous la douche', 'si tu les veux pas je les poste sur le groupe', 'tu me dis oui ou je l envoie a ta mere la recette ?', "si t'as pas le temps je les mets sur le drive du groupe"],
    },
  },
  {
    id: 'imagine-ta-mere-qui-recoit-ca-r11',
    phrases: [
      'imagine|imagines|imaginez|imagine_toi ..3 @audience ..3 recoit|recoivent|voit|voient|tombe|tombent|decouvre*|lit|lisent|recevoir|voir|tomber_sur|decouvrir ..3 ca|sa|ces|tes|ta|la|les|tout|cette|nos',
      'connais ..3 gens|monde|personnes|mecs|meufs ..4 @audience ..3 adoreraient|aimeraient|kifferaient|seraient_ravis|seraient_contents|paieraient ..1 voir|recevoir|avoir ..1 ca|sa|tes|ces|ta|la|les',
      'un|1 clic|click|message|bouton|seul_clic ..3 et ..3 @audience ..2 voit|voient|recoit|recoivent|sait|savent|verra|verront|saura|sauront',
      'tes|ta ..1 nude*|photos|video*|vid|vids|tofs ..4 dans|sur ..3 @audience ..4 ca_te_dirait|ca_te_dit|t_en_penses_quoi|ca_te_tente|tu_en_dis_quoi|t_en_dis_quoi',
    ],
    unless: ['bulletin|notes|chambre|bazar|menage|vaisselle|coupe|cheveux|tenue|deguisement|mdr|ptdr|lol|jpp|haha|xd|jrigole|surprise|anniv*|cadeau*|voyage|vacances|sortie|concours|match|spectacle|gala|arnaqu*|reportage|film|serie|clip*|nouveau|nouvelle|trop_bien|fiere|fier|contente|content|ravie|ravi|heureuse|heureux|emue|joie'],
    examples: {
      match: ['imagine ta mere qui recoit ca demain matin', 'je connais des gens dans ton lycee qui adoreraient voir ca', 'un clic et tout ton lycee voit tes photos', 'tes nudes dans le groupe de la classe ca te dirait?'],
      ignore: ['imagine ta mere qui voit ca, elle serait trop fiere', 'imagine ta mere qui voit ta chambre dans cet etat mdr', 'un clic et tes abonnes voient ton nouveau clip, trop bien', 'je connais des gens au club qui adoreraient voir ton spectacle'],
    },
  },
  {
    id: 'regarde-ton-cousin-a-recu-r11',
    phrases: [
      'regarde|regardes|verifie|verifies|demande|demandes ..3 @audience ..2 a|ont|vient|viennent ..1 recu|de_recevoir|vu|deja_recu ..3 ta|tes ..1 @photo|capture*|screen*|nude*|video*',
    ],
    unless: ['classe|mariage|voyage|vacances|sortie|anniv*|noel|fete|bapteme|plage|match|concert|invitation*|faire_part|carte|jeu|tour|partie|manche|a_passer|au_tableau|bac|exam*|oral|mdr|ptdr|lol'],
    examples: {
      match: ['regarde ton cousin a recu ta photo', 'demande a ta soeur, elle a deja recu tes photos'],
      ignore: ['regarde ton cousin a recu la photo du mariage', 'regarde ta soeur a recu la photo que je lui ai envoyee', "le prochain c'est ton pere qui conduit"],
    },
  },
  {
    id: 'tu-preferes-payer-ou-que-ta-mere-voie-r11',
    phrases: [
      'preferes|prefere|preferez|aimes_mieux ..2 payer|paye*|paie*|envoyer|m_envoyer|obeir|ceder ..1 ou ..2 que|qu ..3 @audience ..2 voie|voient|recoive|recoivent|decouvre*|sache|sachent|tombe|tombent',
      'preferes|prefere|preferez ..3 que|qu ..3 @audience ..2 voie|voient|recoive|recoivent|decouvre*|sache|sachent ..3 ou ..2 payer|paye*|paie*|m_envoyer|envoyer',
    ],
    unless: ['mdr|ptdr|lol|jrigole|bulletin|notes|chambre|menage|vaisselle|cadeau*|surprise|anniv*|arnaqu*|reportage'],
    examples: {
      match: ['tu preferes payer ou que ta mere voie la video?', 'tu preferes que tes potes voient tout ou tu paies?'],
      ignore: ['tu preferes payer le cadeau ou que ta mere voie la surprise avant?'],
    },
  },
  // r11-end
  {
    "id": "liste-d-amis-broken-r12",
    "phrases": [
      "@je ..2 envoie|envoi|envoyer|enverrai|publie|poste|mets|balance|partage ..3 a|sur|chez ..1 tout|toute|tous ..1 ton|ta|tes ..1 liste|amis|contacts|famille|ecole|abonnes",
      "tu ..1 paye|payes|paie|paies|envoie|envoies ..1 pas ..4 @je ..2 envoie|envoi|envoyer|publie|poste|mets|balance ..3 a|sur|chez ..2 @audience|liste"
    ],
    "unless": [
      "invitation*|faire_part|programme|planning|horaire*|recette|lien|document*|fichier*|cagnotte|photos_de_classe|photo_de_classe|soiree|voyage|vacances|anniv*|mdr|ptdr",
      "a_recu|ont_recu|porte_plainte|arnaque*|je_fais_quoi|que_faire"
    ],
    "examples": {
      "match": [
        "si tu paye pas 500 euros je envoie a tout ton liste d'amis facebook et ta école",
        "si tu paies pas j'envoie a ta mere",
        "je poste a toute ta famille"
      ],
      "ignore": [
        "je envoie l'invitation a toute ta famille",
        "si tu paies pas ta part j'envoie le lien de la cagnotte a tes potes"
      ]
    }
  },
  {
    "id": "sinon-video-partir-sur-r12",
    "phrases": [
      "sinon|sinn|snn|ou ..2 @photo|nudes ..2 partir|aller|va_partir|vont_partir|va_aller|vont_aller|etre|publier|poster ..2 sur|partout|chez|internet|en_ligne ..2 youtube|insta*|snap*|tiktok|facebook|fb|internet|reseaux|@audience|tout_le_monde|partout"
    ],
    "unless": [
      "sous_titres|sans_son|rendu|export*|upload*|qualite|hd|drive|cloud|album|imprim*|labo|cle_usb|disque|mdr|ptdr|haha|voyage|vacances|soiree|match|concert|spectacle|anniv*|danse|cover|clip|tuto|chaine|frigo|mamie"
    ],
    "examples": {
      "match": [
        "envoi moi 100€ en recharge neosurf mon frere sinon video partir sur youtube",
        "paye sinon photo aller sur facebook de ta famille",
        "sinon tes nudes vont partir chez tes parents"
      ],
      "ignore": [
        "depeche toi sinon la video partir sur youtube sans toi mdr",
        "sinon les photos du voyage vont partir sur le drive"
      ]
    }
  },
  {
    "id": "tu-fais-ce-que-je-dis-et-personne-ne-verra-r12",
    "phrases": [
      "tu|t ..1 fais|obeis|ecoutes|paies|payes|envoies|vires ..4 et ..1 personne|nul ..2 les|la|l|te ..1 verra|verront|recevra|saura",
      "personne|nul ..2 les|la|l ..1 verra|recevra ..1 tant_que|si|a_condition_que ..2 tu"
    ],
    "unless": [
      "surprise|gateau|cadeau*|anniv*|mdr|ptdr|haha|bulletin|note|notes|tache|trou|rature*|vaisselle|chambre"
    ],
    "examples": {
      "match": [
        "tu fais ce que je dis et personne ne les verra",
        "tu paies et personne les verra",
        "personne ne les verra tant que tu obéis"
      ],
      "ignore": [
        "tu fais le gateau et personne ne le verra avant la surprise",
        "tu mets un pull et personne verra la tache"
      ]
    }
  },
  {
    "id": "ta-video-arrive-chez-tout-le-monde-r12",
    "phrases": [
      "ta|tes|la|les|votre|vos ..1 @photo|nudes ..1 arrive|arrivent|arrivera|arriveront|tombe|tombent|tombera|tomberont|atterrit|atterrissent|atterrira ..2 chez|sur|dans ..2 tout_le_monde|tous|toute|tout|@audience",
      "@audience|tout_le_monde ..3 tombe|tombent|tomberont|tombera|tomberaient ..1 sur ..2 ta|tes ..1 @photo|nudes|petite_video|petites_photos"
    ],
    "unless": [
      "mdr|ptdr|haha|xd|voyage|vacances|soiree|match|concert|spectacle|anniv*|mariage|classe|drive|imprim*|album|tirage*|colis|courrier|demain_matin_par_la_poste|invitation*|cadeau*|bulletin|resultat*|danse|cover|clip|bebe",
      "a_recu|ont_recu|porte_plainte|arnaque*|je_fais_quoi|que_faire|reportage|article"
    ],
    "examples": {
      "match": [
        "un clic et ta vidéo arrive chez tout le monde",
        "tes nudes arrivent chez tes parents ce soir",
        "ce serait dommage que tes potes tombent sur ta petite vidéo"
      ],
      "ignore": [
        "les photos du voyage arrivent chez tout le monde demain",
        "ta vidéo de danse arrive sur tiktok ce soir mdr"
      ]
    }
  },
  {
    "id": "tout-le-lycee-aura-tes-photos-r12",
    "phrases": [
      "@audience|tout_le_monde|tlm ..1 aura|auront|recevra|recevront|verra|verront|va_avoir|vont_avoir|va_recevoir|vont_recevoir|va_voir|vont_voir ..1 tes|ta|vos|votre ..1 @photo|nudes"
    ],
    "unless": [
      "classe|photographe|vacances|voyage|imprim*|album|identite|passeport|scolaire|drive|mariage|soiree|anniv*|spectacle|gala|match|concert|danse|tournoi|bulletin|notes|resultat*|mdr|ptdr|haha|adorer|trop_belle|trop_beau|magnifique|cadeau*|souvenir*|diplome*"
    ],
    "examples": {
      "match": [
        "si jte vois avec lui ce soir tout le lycée aura tes photos",
        "ta mère va voir tes nudes",
        "tes potes recevront ta vidéo"
      ],
      "ignore": [
        "ta mère aura tes photos de classe demain",
        "tout le monde va voir tes photos du voyage, elles sont trop belles"
      ]
    }
  },
  {
    "id": "apres-ca-je-publie-r12",
    "phrases": [
      "passe ..1 ce_delai|ce_temps|minuit|cette_heure|l_heure ..2 @je ..2 publi*|post*|balanc*|diffus*|leak*|envoie|envoi*", "apres|passe ..2 ca|cela|ce_delai|ce_temps|minuit|l_heure|ce_soir ..2 @je ..2 publi*|post*|balanc*|diffus*|leak*|envoie|envoi* ..1 tout|toutes|tes|ta|vos|votre"
    ],
    "unless": [
      "mdr|ptdr|haha|voyage|vacances|soiree|match|concert|spectacle|anniv*|recette|article|annonce|story|tuto|video_du|photos_du|photos_de_la|video_de_la|blog|chaine|cover|clip|resultat*|classement|planning|programme"
    ],
    "examples": {
      "match": [
        "Tu as 10 minutes pour m'envoyer 150€ par virement. Après ça je publie tout.",
        "passé ce délai je diffuse",
        "après minuit je balance tout"
      ],
      "ignore": [
        "après ça je publie la vidéo du voyage",
        "je finis le montage, après ça je poste sur ma chaine",
        "après ça je poste la vidéo"
      ]
    }
  },
  {
    "id": "tu-veux-que-ta-mere-tombe-dessus-r12",
    "phrases": [
      "tu|t ..1 veux|voudrais|aimerais|preferes ..2 que|qu ..3 @audience|tout_le_monde ..1 tombe|tombent|tombera ..1 dessus|la_dessus"
    ],
    "unless": [
      "mdr|ptdr|xd|haha|jrigole|blague|anniv*|surprise|cadeau*|voyage|vacances|soiree|match|concert|spectacle|danse|classe|drive|album|cadeau|gateau|bazar|bordel|chambre|bonbons|chocolat*|cachette|cache"
    ],
    "examples": {
      "match": [
        "tu veux vraiment que ta mère tombe dessus ?",
        "tu préfères que tes potes tombent dessus ?"
      ],
      "ignore": [
        "tu veux que ta mère tombe dessus ? cache le cadeau mieux que ça mdr"
      ]
    }
  },
  {
    "id": "si-tu-me-bloques-ca-part-r12",
    "phrases": [
      "si ..1 tu|t ..2 bloques|bloque|signales|supprimes|ignores|reponds_pas|repond_pas|me_lache* ..3 ca|tout|elle|elles|la_video|les_photos|ta_video|tes_photos ..1 part|partent|sort|sortent|fuite|fuitent|tombe|tombent|tourne|tournent"
    ],
    "unless": [
      "mdr|ptdr|xd|haha|jrigole|blague|anniv*|surprise|cadeau*|voyage|vacances|soiree|match|concert|spectacle|danse|classe|drive|album|jeu|game|serveur|bot|parti|partie|manche|round"
    ],
    "examples": {
      "match": [
        "si tu me bloques ça part direct",
        "si tu signales tout sort",
        "si tu réponds pas les photos partent"
      ],
      "ignore": [
        "si tu bloques le bot du serveur tout part en vrille mdr"
      ]
    }
  },
  {
    "id": "ta-photo-sur-un-site-de-rencontres-r12",
    "phrases": [
      "@je ..3 mettre|mets|met|poster|publier|inscrire|inscris|balancer ..4 site*|appli*|annonce*|compte* ..2 de ..1 rencontre*|escort*|adulte*|cul|plan_cul|plans_cul|sexe|porno",
      "@je ..3 mettre|mets|met|poster|publier|inscrire|inscris|balancer ..4 site*|appli*|annonce* ..1 pour_adultes|x|porno|d_escort*|coquin*|de_cul"
    ],
    "unless": [
      "article|reportage|arnaque*|victime*|prevention|mdr|ptdr|blague|jrigole|selon|etude|podcast",
      "voiture|velo|console|meuble*|canape|vetements|leboncoin|vinted|vente"
    ],
    "examples": {
      "match": [
        "je vais mettre ta photo sur un site de rencontres pour adultes",
        "je t'inscris sur un site de cul avec ton numéro",
        "jvais poster ton num sur des sites pour adultes"
      ],
      "ignore": [
        "je vais mettre ta photo sur le site de l'asso",
        "je mets mon vélo sur leboncoin"
      ]
    }
  },
  // r13-start
  {
    "id": "tes-photos-passent-dans-les-groupes-r13",
    "phrases": [
      "sinon|ou|soit|sinn|snn|sans_quoi ..4 tes|ta|la|les|vos|votre|ces|cette|nos ..1 @photo|nudes|conv|convs|conversation*|discussion*|messages|screens|captures ..3 passe|passent|passera|passeront|circule*|tourne*|part|partent|partira|partiront|finissent|finiront ..3 sur|dans|chez|a|au|aux|partout ..2 tous|toutes|tout|toute|@audience",
      "soit|sinon|ou|sinn|snn ..3 elle|elles|ca|sa ..1 circule*|tourne*|passe|passent|part|partent ..2 dans|sur|chez|a ..1 toute_la|tout_le|tous_les|toutes_les|tous_tes|toute_ta|tout_ton|toute_ton",
      "ca|sa|tout|elles|elle ..1 part|partent|partira|partiront ..1 direct|directement|cash|illico|aussitot ..2 chez|a|sur|dans ..2 @audience|tous|toute|tout",
      "deepfake*|a_poil|apoil|fausse*|faux|truquee*|trafiquee* ..6 balancer|publier|poster|diffuser|faire_tourner ..2 sur|dans|a ..3 @audience",
      "fausse|fausses|deepfake*|truquee*|trafiquee* ..4 @je ..2 fais_tourner|fait_tourner|ferai_tourner|balance|balancerai|publie|publierai|poste|posterai|diffuse|diffuserai",
      "@photo|nudes|sextape|sex_tape ..4 va|vont|fera|feront|faire|fait ..1 le_tour ..2 du|de|des|de_ton|de_ta|de_tes|d ..2 @audience|bahut|lycee|college|ecole|classe|quartier|ville|insta*|snap*",
      "on|ils ..1 va|vont ..6 balancer|publier|poster|diffuser|faire_tourner ..2 sur|dans ..2 discord|serveur|groupe*|insta*|snap*|tiktok|story ..3 bahut|lycee|college|ecole|classe|quartier"
    ],
    "unless": [
      "ils|elles|ils_te|ils_vous disent|ecrivent|menacent|racontent",
      "a_recu|ont_recu|porte_plainte|un_mec_m_a|une_meuf_m_a|quelqu_un_m_a|on_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|arnaqueur*|pharos",
      "mdr|ptdr|xd|haha|jrigole|blague|vacances|voyage|soiree|fete|anniv*|match|concert|spectacle|drive|album|photo_de_classe|photos_de_classe|impression|tirage*|ski|plage|mariage|grippe|rhume|rumeur",
      "rumeur|grippe|gastro|virus|poux|ta_note|tes_notes|bulletin",
      "danse|chant|skate|but|trop_forte|trop_fort|trop_drole|stylee|bravo|talent|prof|la_prof|le_prof|professeur|delegue*"
    ],
    "examples": {
      "match": [
        "Envoie 20 000 FCFA par Orange Money sinon tes photos passent sur tous les groupes WhatsApp de ton quartier",
        "sinon tes screens circulent dans tous les groupes du lycée",
        "paye ou la vidéo tourne chez tous tes potes",
        "soit tu me fais le DM soit elle circule dans toute la 3eB lundi",
        "j'ai screen toute notre conv. tu me bloques, ça part direct chez tes abonnés",
        "on va te faire un deepfake et le balancer sur le discord du bahut",
        "on va te faire un deepfake à poil et le balancer sur le discord du bahut, tu vas voir la honte",
        "soit tu m'envoies des vraies, soit je fabrique les fausses et je les fais tourner",
        "ta sextape va faire le tour du bahut"
      ],
      "ignore": [
        "sinon les photos du voyage passent sur le drive",
        "soit tu te laves les mains soit ça circule dans toute la classe, la gastro",
        "on va la mettre sur le groupe de la classe, la photo de classe",
        "tes photos partent direct à l'impression demain",
        "la vidéo de ton saut va faire le tour du club mdr",
        "ta vidéo de danse va faire le tour du lycée, trop forte",
        "sinon les photos passent dans le groupe de la classe, c'est le prof qui l'a dit",
        "j'ai fait un faux compte pour le jeu et je poste des memes"
      ]
    }
  },
  {
    "id": "apres-ca-je-publie-ce-que-jai-r13",
    "phrases": [
      "apres|sinon|ou|sinn|snn|passe_ce_delai|au_dela ..3 @je ..1 publie*|poste*|balance*|diffuse*|leak*|partage* ..1 ce_que|ce_qu|tout_ce_que ..1 j_ai|jai|g|j"
    ],
    "unless": [
      "ils|elles|ils_te|ils_vous disent|ecrivent|menacent|racontent",
      "a_recu|ont_recu|porte_plainte|un_mec_m_a|une_meuf_m_a|quelqu_un_m_a|on_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|arnaqueur*|pharos",
      "mdr|ptdr|xd|haha|jrigole|blague|vacances|voyage|soiree|fete|anniv*|match|concert|spectacle|drive|album|photo_de_classe|photos_de_classe|impression|tirage*|ski|plage|mariage|grippe|rhume|rumeur",
      "fait|fais|mange|cuisine|dessine|achete|trouve|prepare|redige|code|monte|ecrit|lu|vu|appris|photographie|dessin*|recette*|blog|article|site_de"
    ],
    "examples": {
      "match": [
        "recharge PCS 250€ maintenant. t'as 1h. après ça je publie ce que j'ai",
        "sinon je balance ce que j'ai",
        "passé ce délai je diffuse tout ce que j'ai"
      ],
      "ignore": [
        "après je poste ce que j'ai fait aujourd'hui",
        "sinon je partage ce que j'ai trouvé pour l'exposé"
      ]
    }
  },
  {
    "id": "dossier-transmis-sauf-regularisation-r13",
    "phrases": [
      "transmis*|envoye*|communique*|remis|adresse*|signale* ..6 @audience|gendarmerie|police ..4 sauf|a_moins_de|a_moins_que|faute_de|sans ..2 regularisation|paiement|reglement|payer|versement|amende",
      "sauf|a_moins_de|a_moins_que|faute_de ..2 regularisation|paiement|reglement|versement ..6 transmis*|envoye*|communique*|publie*|diffuse* ..4 @audience"
    ],
    "unless": [
      "bourse|cantine|inscription*|scolarite|dossier_scolaire|bulletin|absences|retards|assurance|mutuelle|impots|caf|secu|securite_sociale|medecin|pronote|ent"
    ],
    "examples": {
      "match": [
        "Conformément à la loi, votre dossier sera transmis à la gendarmerie et à vos parents sous 24h, sauf régularisation.",
        "Votre vidéo sera envoyée à vos contacts sans paiement de l’amende",
        "Sauf règlement immédiat, les preuves seront transmises à votre famille"
      ],
      "ignore": [
        "Votre dossier sera transmis à vos parents sauf paiement de la cantine avant vendredi",
        "le bulletin sera envoyé à vos parents, sauf si vous êtes majeur"
      ]
    }
  },
  {
    "id": "je-previens-ta-mere-de-ce-que-tu-fais-r13",
    "phrases": [
      "@je ..1 previens|previen|dis|raconte|montre|balance ..2 @family ..6 ce_que|ce_qu ..2 tu|t ..2 fais|fait|as_fait|m_as_envoye|m_envoies|envoies ..2 sur_internet|en_ligne|sur_snap|avec_moi|sur_instagram|a_la_cam|devant_la_cam|en_cam|en_ligne|la_nuit"
    ],
    "unless": [
      "ils|elles|ils_te|ils_vous disent|ecrivent|menacent|racontent",
      "a_recu|ont_recu|porte_plainte|un_mec_m_a|une_meuf_m_a|quelqu_un_m_a|on_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|arnaqueur*|pharos",
      "mdr|ptdr|xd|haha|jrigole|blague|vacances|voyage|soiree|fete|anniv*|match|concert|spectacle|drive|album|photo_de_classe|photos_de_classe|impression|tirage*|ski|plage|mariage|grippe|rhume|rumeur"
    ],
    "examples": {
      "match": [
        "réponds ou je préviens ta mère de ce que tu fais sur internet",
        "sinon je dis à ton père ce que tu fais en cam"
      ],
      "ignore": [
        "range ta chambre ou je dis à maman ce que t'as fait"
      ]
    }
  },
  {
    "id": "je-dis-a-tout-le-monde-que-tes-r13",
    "phrases": [
      "@je ..2 dire|dis|raconter|raconte|dirai ..2 a ..1 tout_le_monde|tes_potes|toute_ta_classe|ton_lycee|ton_college|tout_le_lycee|tout_le_college|tes_parents ..2 que ..1 t|tu|t_es|tes ..3 salope|pute|chaudasse|facile|une_fille_facile|une_traine*",
      "@je|je_vais|jvais ..2 balance*|leak*|publie*|poste*|diffuse*|donne|donner ..2 ton|ta ..1 adresse|adresse_ip|ip|localisation|nom_complet ..4 sur|a|dans|si|sinon|partout"
    ],
    "unless": [
      "ils|elles|ils_te|ils_vous disent|ecrivent|menacent|racontent",
      "a_recu|ont_recu|porte_plainte|un_mec_m_a|une_meuf_m_a|quelqu_un_m_a|on_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|arnaqueur*|pharos",
      "mdr|ptdr|xd|haha|jrigole|blague|vacances|voyage|soiree|fete|anniv*|match|concert|spectacle|drive|album|photo_de_classe|photos_de_classe|impression|tirage*|ski|plage|mariage|grippe|rhume|rumeur",
      "livreur|livraison|facteur|colis|invitation|faire_part|carte"
    ],
    "examples": {
      "match": [
        "je vais dire à tout le monde que t'es une salope si tu m'envoies pas ce que je veux",
        "je balance ton adresse sur le serveur si tu continues"
      ],
      "ignore": [
        "je donne ton adresse au livreur si tu veux"
      ]
    }
  },
  {
    "id": "fais-ce-que-je-dis-ou-je-publie-r13",
    "phrases": [
      "fais|fait|fera|feras|faire ..1 ce_que|ce_qu ..2 je|j ..1 dis|dit|demande|veux ..3 ou|sinon ..2 je|j ..1 publie|poste|balance|diffuse|leak|envoie|partage"
    ],
    "unless": [
      "ils|elles|ils_te|ils_vous disent|ecrivent|menacent|racontent",
      "a_recu|ont_recu|porte_plainte|un_mec_m_a|une_meuf_m_a|quelqu_un_m_a|on_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|arnaqueur*|pharos",
      "mdr|ptdr|xd|haha|jrigole|blague|vacances|voyage|soiree|fete|anniv*|match|concert|spectacle|drive|album|photo_de_classe|photos_de_classe|impression|tirage*|ski|plage|mariage|grippe|rhume|rumeur"
    ],
    "examples": {
      "match": [
        "à partir de maintenant tu fais ce que je dis ou je publie",
        "tu fais ce que je te demande sinon je balance"
      ],
      "ignore": [
        "tu fais ce que je dis ou je poste la story sans toi mdr"
      ]
    }
  },
  {
    "id": "ce-que-ton-pere-penserait-de-nos-conv-r13",
    "phrases": [
      "ce_que|ce_qu ..1 ton|ta|tes ..1 @family ..1 penserait|penseraient|dirait|diraient ..2 de|d ..1 nos|notre|ces ..1 conv*|conversations|discussions|messages|photos|echanges|appels|videos"
    ],
    "unless": [
      "ils|elles|ils_te|ils_vous disent|ecrivent|menacent|racontent",
      "a_recu|ont_recu|porte_plainte|un_mec_m_a|une_meuf_m_a|quelqu_un_m_a|on_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|arnaqueur*|pharos",
      "mdr|ptdr|xd|haha|jrigole|blague|vacances|voyage|soiree|fete|anniv*|match|concert|spectacle|drive|album|photo_de_classe|photos_de_classe|impression|tirage*|ski|plage|mariage|grippe|rhume|rumeur"
    ],
    "examples": {
      "match": [
        "je me demande ce que ton père penserait de nos conversations"
      ],
      "ignore": [
        "je me demande ce que ta mère penserait de tes notes"
      ]
    }
  },
  {
    "id": "ta-reputation-tient-a-un-fil-r13",
    "phrases": [
      "ta ..1 reputation|vie|avenir ..1 ne|n ..1 tient|tiens ..2 qu_a|qua|qu ..2 un_fil"
    ],
    "unless": [
      "mdr|ptdr|haha|xd|bac|brevet|controle|exam*|note|notes|moyenne|bulletin|match|equipe"
    ],
    "weight": 3,
    "examples": {
      "match": [
        "ta réputation ne tient qu'à un fil"
      ],
      "ignore": [
        "ta moyenne ne tient qu'à un fil avec ce contrôle"
      ]
    }
  },
  // r13-end
  // r14-start
  {
    "id": "celle-la-part-sur-ton-serveur-r14",
    "phrases": [
      "sinon|ou|sans_quoi|a_moins ..2 celle_la|celles_la|la_photo|la_video|les_photos|les_videos|tes_photos|tes_videos|ta_photo|ta_video|tes_nudes|la_vid|tout_ca ..2 part|partent|partira|partiront|tourne|tournent|tournera|tourneront|circule|circulent|circulera|circuleront|atterrit|atterrissent|atterrira|atterriront|finit|finira|finiront ..4 ton|ta|tes|toute_ta|tout_ton|tous_tes|toutes_tes ..2 @audience",
      "celle_la|celles_la|tes_photos|tes_videos|ta_photo|ta_video|tes_nudes ..2 partira|partiront|tournera|tourneront|circulera|circuleront|atterrira|atterriront|finira|finiront ..4 ton|ta|tes|toute_ta|tout_ton|tous_tes|toutes_tes ..2 @audience",
      "sinon|ou ..1 elle|elles ..1 part|partent|partira|partiront|tourne|tournent|tournera|tourneront|circule|circulent|circulera|atterrit|atterrira|finit|finira ..4 ton|ta|tes|toute_ta|tout_ton|tous_tes|toutes_tes ..2 @audience",
      "ou|sinon|sans_quoi ..4 ta|ton|tes|toute_ta|tout_ton ..2 @audience ..2 la|les|le ..1 recoit|recoivent|recevra|recevront|verra|verront|aura|auront"
    ],
    "unless": [
      /* r25 */ "cles|clefs|resultats_du_concours|resultats",
      /* r25 */ "par_la_poste|courrier|invitation*|faire_part|colis|lettre|lettres",
      "qui_tourne|qui_circule|rumeur*|virale|viral|tendance|trend|meme|mdr|ptdr|colis|lettre|courrier|paquet|bus|train|car|avion"
    ],
    "examples": {
      "match": [
        "sinon celle-là part sur ton serveur discord avec ton vrai nom",
        "une de plus ou elles partent chez tes potes",
        "sinon celle-là tourne dans les groupes de ton école",
        "200 € sur ce RIB ou ta soeur la reçoit en premier",
        "t'obéis ou toute ta classe les aura ce soir"
      ],
      "ignore": [
        "sinon ta soeur les recoit demain, les cles",
        "sinon ton pere les recoit toutes par la poste",
        "t'as vu la vidéo qui tourne sur ton insta ? trop drôle",
        "les photos tournent dans ta classe depuis hier, c'est qui qui les a postées ?",
        "elle part chez tes cousins samedi ?",
        "ta mère la recevra demain la lettre",
        "elle finit à quelle heure ta soeur ?"
      ]
    }
  },
  {
    "id": "je-poste-les-montages-r14",
    "phrases": [
      "@je ..2 @spread ..2 les|tes|ces|des|mes ..1 montage*|photomontage*|fake*|deepfake* ..4 @audience"
    ],
    "unless": [
      "projet|expose|clip|tournage|court_metrage|film|capcut|davinci|premiere_pro|edit|edits|fan*|anim*|amv"
    ],
    "examples": {
      "match": [
        "je poste les montages sur le groupe de la 3eB",
        "jvais balancer tes montages à toute ta classe",
        "je partage les deepfakes sur ton insta"
      ],
      "ignore": [
        "je poste les montages vidéo sur le groupe pour le projet",
        "je mets les montages du clip sur youtube ce soir"
      ]
    }
  },
  {
    "id": "fichiers-seront-rendus-publics-r14",
    "phrases": [
      "vos|tes|votre|ta|ton ..2 fichiers|photos|videos|images|captures|conversations|messages|enregistrements|contenus|nudes|discussions ..3 seront|sera|vont_etre|va_etre|seraient ..2 rendu*|publie*|diffuse*|transmis*|envoye*|divulgue*|partage*|leak*|expose* ..3 publi*|@audience|contacts|proches|public|publics|publique|publiques|en_ligne",
      "sans_reponse|sans_paiement|faute_de|a_defaut|sinon|passe_ce_delai|au_dela|apres_ce_delai ..6 les ..1 fichiers|photos|videos|images|captures|conversations|enregistrements|contenus ..3 seront|sera|vont_etre ..2 rendu*|publie*|diffuse*|transmis*|envoye*|divulgue*|partage*|leak*"
    ],
    "unless": [
      "classe|photographe|album|commande*|resultats|bulletin|ent|notes|disponible*|mariage|voyage|sortie|spectacle|gala|club|journal|inscription*|rgpd|supprime*|efface*"
    ],
    "examples": {
      "match": [
        "Sans réponse sous 24h, les fichiers seront rendus publics.",
        "vos photos seront envoyées à tous vos contacts",
        "tes vidéos vont être publiées sur internet si tu paies pas"
      ],
      "ignore": [
        "les photos de classe seront envoyées aux parents la semaine prochaine",
        "vos photos seront disponibles sur l'album en ligne",
        "passé ce délai les photos ne seront plus disponibles"
      ]
    }
  },
  {
    "id": "ton-daron-va-adorer-la-video-r14",
    "phrases": [
      "ton|ta|tes|toute_ta|tout_ton|tous_tes ..1 @audience ..1 va|vont|vas ..1 kiffer|adorer|aimer|apprecier|halluciner|rigoler|bien_rigoler|se_regaler|se_marrer ..2 la|ta|tes|les|cette|ces ..1 video*|photo*|nudes|vid|vids|images ..4 paie|paye|payes|paies|payer|sinon|a_moins|sauf_si|sauf",
      "paie|paye|payes|paies|vire|sinon ..6 ton|ta|tes|toute_ta|tout_ton|tous_tes ..1 @audience ..1 va|vont ..1 kiffer|adorer|aimer|apprecier|halluciner|rigoler|bien_rigoler|se_regaler|se_marrer ..2 la|ta|tes|les|cette|ces ..1 video*|photo*|nudes|vid|vids|images",
      "un_faux_pas|un_seul_faux_pas|un_mot|un_seul_mot|une_erreur|un_seul_blocage|tu_me_bloques ..4 et|pis ..1 ca|tout|elles|elle|les_photos|la_video|tes_photos|ta_video ..1 sort|sortent|part|partent|fuite|fuitent|sortira|partira|leak|tombe_sur"
    ],
    "unless": [
      "communion|mariage|anniv*|bapteme|classe|vacances|voyage|plage|gateau|cadeau|souvenir|diplome|spectacle|match|but|buts|chien|chat|jenga|tour|equilibre|escalier|verglas|danse|chore*|ski",
      "envoie_la_lui|envoie_lui|montre_lui|montre_la_lui|envoie_les_lui|tu_lui_montres|tu_lui_envoies"
    ],
    "examples": {
      "match": [
        "ton daron va kiffer la vidéo 😂 paie",
        "paie sinon tes potes vont adorer ces photos",
        "je garde tout au chaud, un faux pas et ça sort",
        "un mot à tes parents et tout part"
      ],
      "ignore": [
        "ta mère va adorer la photo de la communion",
        "ton père va adorer la vidéo, envoie la lui sinon je le fais",
        "ton père va adorer la vidéo du but, tu lui montres ?",
        "un faux pas et ça tombe mdr (jenga)"
      ]
    }
  },
  {
    "id": "tu-veux-que-tes-parents-voient-r14",
    "phrases": [
      "tu|t ..1 veux|voudrais|aimerais|prefere*|preferes ..1 que|qu ..1 tes|ta|ton|toute_ta|tout_ton|tous_tes ..1 @audience ..2 voient|voie|voit|tombent|tombe|recoivent|recoive|decouvrent|decouvre ..3 ce_que|ca|tes|ta|ces|cette|nos|tout"
    ],
    "unless": [
      "bulletin|notes|carnet|mdr|ptdr|haha|lol|chambre|bordel|devoirs|dessin|gateau|spectacle|cadeau|surprise|film|match"
    ],
    "examples": {
      "match": [
        "tu veux que tes parents voient ce que tu fais en ligne ?",
        "tu préfères que toute ta classe découvre tes photos ?"
      ],
      "ignore": [
        "tu veux que tes parents voient ton bulletin ? mdr range ta chambre"
      ]
    }
  },
  // r14-end
  // r15-start
  {
    id: 'ca-part-chez-tes-potes-r15',
    phrases: [
      'ca|sa|tout|elle|la_video|la_photo|les_photos ..1 part|partira|va_partir|partent ..2 chez|a|aux|sur ..3 @audience',
      'si ..1 tu|t ..1 bloques|bloque|me_bloques|me_bloque|reponds_pas|previens|le_dis|parles ..4 je|j ..1 les|la|le|l ..1 publie*|poste*|balance*|diffuse*|leak*|envoie|envoi|envoye',
      'serait|ce_serait|dommage|con|bete ..4 ca|sa|elle|ta_photo|ta_video ..1 fasse|fassent ..1 le_tour',
      'sinon|ou_sinon|snn ..3 ca|sa|elle|ta_photo|ta_video ..1 fait|fera|va_faire ..1 le_tour',
      'sinon|ou_sinon|snn ..2 il|elle|on|ils ..1 la|le|les|l ..1 met|mettra|mettent|poste|postera|balance|balancera|envoie|enverra ..2 dans|sur ..3 groupe*|insta*|story|snap*|tiktok|@audience',
      'sinon|ou_sinon|snn|ou ..2 tout_le_lycee|tout_le_college|tout_le_bahut|toute_l_ecole|toute_la_classe|tout_le_monde|tlm ..1 l|la|les ..1 a|aura|auront|verra|voit|va_voir',
    ],
    unless: ['rumeur|nouvelle|info|histoire|potin*|blague|colis|courrier|invitation*|gateau|pizza|ptdr|xd|arnaque*|signale*|pharos'],
    examples: {
      match: ["300 sur wero ou ca part chez tous tes potes", "t'as 24h, pis si tu bloques j'les publie direct", "ce serait con que ca fasse le tour du bahut", "sinon il la met dans le groupe des secondes aussi et sur son insta", "ben debrouille toi, t'as jusqu'a demain midi sinon tout le lycee l'a"],
      ignore: ["la rumeur ca fait le tour du bahut", "le colis part chez tes parents demain", "sinon on met les photos de la soirée dans le groupe ? ptdr"],
    },
  },
  {
    id: 'ta-grand-mere-recevra-tout-r15',
    phrases: [
      '@family|@audience ..1 recevra|recevront|va_recevoir|vont_recevoir|recoivent|recoit ..2 tout|ta_video|tes_photos|la_video|les_photos|tes_nudes|tes_videos|les_screens|les_captures|nos_convs',
    ],
    unless: ['courrier|mail_de_l_ecole|bulletin*|facture*|colis|convocation|pronote|ent|dossier|commande|faire_part|invitation*|cadeau*|album|photos_de_classe|photos_du_mariage|lien_du_drive|drive|carte_postale|bisous|mdr|ptdr'],
    examples: {
      match: ["si t'as pas 200 balles demain, ta grand mere recevra tout par messenger", "tes potes vont recevoir tes photos ce soir"],
      ignore: ["tes parents recevront tout par courrier la semaine prochaine", "ta grand mere recevra les photos du mariage sur le drive"],
    },
  },
  {
    "id": "les-screens-partent-chez-r16",
    "phrases": [
      "tes|vos ..1 photos|videos|vids|messages ..3 partent|part|partiront|iront|finissent|atterrissent|filent ..2 chez|sur|a|dans ..2 ta|ton|tes|toute|tout|tous|votre|vos", "les|tes|ta|la|tous_les|toutes_les|vos|votre ..1 screens|screen|captures|capture|nudes|nude|enregistrement*|conv|convs|dm ..3 partent|part|partiront|iront|finissent|atterrissent|vont_chez|filent ..2 chez|sur|a|dans ..2 ta|ton|tes|toute|tout|tous|votre|vos",
      "@audience|ils|elles ..2 vont|va ..1 tous|toutes|tout ..1 recevoir|voir|avoir ..1 ta|tes|ton|tes_nudes|la|les ..1 @photo|nudes|video*|vid ..3 sauf_si|si_tu|sinon|a_moins|ou_alors|tant_que",
      "et|puis|apres|ensuite ..1 envoyer|publier|poster|balancer|diffuser|envoye|publie ..1 a|sur|chez ..1 tous_tes|toute_ta|tout_ton|tes ..1 @audience"
    ],
    "unless": [ "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|message_type|messages_types|arnaqueur*|arnaqueuse*|pharos",
      "poste|tirage*|imprim*|album_photo|courrier|colis|anniv*|mariage|vacances|invitation*|faire_part|lien|programme|planning|photos_de_la_soiree|photo_de_classe|photos_de_classe|bulletin|resultats"
    ],
    "examples": {
      "match": [
        "dernier avertissement. 1h. apres ca les screens partent chez ta grand mere et sur ton insta",
        "t'as 200 abonnes, ils vont tous recevoir ta photo sauf si tu fais ce que je dis",
        "et envoyer a tous tes abonnes",
        "tes nudes partent sur ton insta ce soir"
      ],
      "ignore": [ "les photos partent chez ta tante demain",
        "les photos partent chez ta mere demain par la poste",
        "et envoyer a tous tes amis l'invitation pour samedi",
        "ils vont tous voir ta video de danse au gala"
      ]
    }
  },
  {
    "id": "tes-photos-finissent-dans-le-groupe-r16",
    "phrases": [
      "si_tu|si_t ..1 me|m ..1 bloques|bloque|ignores|ignore|reponds_pas|supprimes|signales|quittes ..4 tes|ta|la|les ..1 @photo|nudes|conv|screens|captures ..2 finissent|finiront|atterrissent|atterriront|vont|va|iront|partent|partiront ..2 dans|sur|chez|a",
      "ou|sinon|snn|sinn ..2 je|j|jvais|je_vais ..1 fais|fait|ferai|vais_faire ..1 tourner|circuler",
      "ou|sinon|snn|sinn ..1 je|j|jvais|je_vais|jte ..1 balance|balancerai|balancer|publie|publierai|poste|posterai|leak|diffuse|diffuserai ..1 [tout|tt|toutes|tout_ca]",
      "la_prochaine|le_prochain|la_suivante|la_prochaine_etape ..2 c_est|cest|ce_sera|ca_sera|sera ..1 sur|dans|chez|a ..1 ton|ta|tes ..1 @audience",
      "@audience ..3 serait|seraient|sera|seront ..2 ravi*|content*|heureux|heureuse*|interesse*|surpris*|choque*|fier*|curieu* ..4 ce_que|ce_qu ..1 tu|t ..1 m_as|m|mas|m_a ..2 envoye*|montre*|fait_voir|file*",
      "capture*|screen*|montage ..4 ta|tes|de_ta|de_tes ..1 @photo|nudes ..4 liste|abonnes|contacts|followers|amis"
    ],
    "unless": [ "photo_de_groupe|photos_de_groupe|de_groupe|du_groupe|de_classe|de_la_soiree|du_match|du_but|souvenir*|recap*|skins|skin|fortnite", "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|message_type|messages_types|arnaqueur*|arnaqueuse*|pharos",
      /* r27 */ "haha|mdr|ptdr|xd|lol|coup_de_soleil|grimace*|bouche_pleine|bouche_ouverte|moche|ridicule|cheveux_en_bataille|mal_reveille*", "chargeur|vaisselle|menage|ta_chambre|range|maman|papa|a_maman|a_papa|a_la_prof|au_prof|ton_crush|ton_secret|kebab|bonbons|prof_de|que_t_as|que_tu_as|balance_que|balancer_que|fois|soiree|fete|partie|round|manche|tournee|lien|invitation*|match|playlist|musique|son|sons|memes|meme|mdr_non"
    ],
    "examples": {
      "match": [
        "si tu me bloques, tes photos finissent dans le groupe de ta classe",
        "reponds ou je fais tourner",
        "envoie 3 autres ou je balance",
        "t'as vu, je plaisante pas. la prochaine c'est sur ton mur facebook",
        "ton petit copain serait ravi de voir ce que tu m'as envoye",
        "je t'ai envoye une capture de ta photo avec la liste de tes abonnes"
      ],
      "ignore": [ "sinon je poste la photo de groupe ce soir",
        "rends moi mon chargeur ou je balance a maman",
        "la prochaine fois c'est chez ta mere la soiree",
        "ta mere serait fiere de voir ce que t'as fait au bac",
        "rends moi mes bonbons ou je balance que t'as un crush",
        "efface ta story sinon je poste celle où t'as la bouche pleine 😂",
        "supprime cette photo sinon je poste ta grimace de 6e",
        "ou je fais tourner le lien de la playlist"
      ]
    }
  },
  {
    "id": "imagine-la-tete-de-ton-pere-r16",
    "weight": 2,
    "phrases": [
      "imagine|imagines|t_imagines|imaginez ..1 la|sa ..1 tete|reaction|tronche|gueule ..4 @audience ..3 en_voyant|quand|s_il|si|lorsqu ..3 ca|ca_tombe|tombe|voit|verra|recoit|recevra|decouvre",
      "quand|lorsque ..2 @audience|ils|elles ..1 verront|verra|decouvriront|decouvrira|recevront|recevra|tomberont|tombera ..2 ca|ta|tes|tout|ce_que|dessus ..4 ta_fete|fini|finie|la_honte|plus_jamais|ta_vie|foutu|foutue|cuit|cuite|mort|morte"
    ],
    "unless": [ "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|message_type|messages_types|arnaqueur*|arnaqueuse*|pharos",
      "cadeau*|surprise|anniv*|gateau|bulletin|notes|note|bac|brevet|diplome|coupe|cheveux|tatouage|piercing|deco|voiture|permis|chambre|bazar|facture"
    ],
    "examples": {
      "match": [
        "imagine la tete de ton pere en voyant ca",
        "ca va etre ta fete lundi quand ils verront ca, t'es finie"
      ],
      "ignore": [
        "imagine la tete de ta mere quand elle verra le cadeau",
        "quand ils verront ton bulletin ca va etre ta fete"
      ]
    }
  },
  {
    "id": "pour-que-ca-reste-confidentiel-r16",
    "phrases": [
      "pour_que|pour_qu|afin_que|afin_qu ..2 cela|ca|tout|tout_ca|ces_images|ces_videos|la_video|les_photos ..1 reste|restent|demeure|demeurent ..1 confidentiel*|secret*|entre_nous|prive*|discret* ..6 versement|paiement|reglement|virement|#|@payment|payer|verser|regler",
      "contre|moyennant ..1 un|une ..1 versement|paiement|reglement|virement|somme ..4 je|nous ..1 supprime*|efface*|detruir*|garder*|ne_diffuser*"
    ],
    "unless": [
      "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|message_type|messages_types|arnaqueur*|arnaqueuse*|pharos",
      "notaire|avocat|medecin|dossier_medical|banque|rgpd|donnees_personnelles|contrat|facture|devis|assurance"
    ],
    "examples": {
      "match": [
        "Pour que cela reste confidentiel, un versement de 500 euros est requis.",
        "moyennant un versement de 300 euros, nous supprimerons les fichiers"
      ],
      "ignore": [
        "pour que ca reste confidentiel, le notaire demande un virement",
        "contre un paiement de 20€, je te garde le velo jusqu'a samedi"
      ]
    }
  },
  {
    "id": "ta-sextape-va-tourner-r16",
    "phrases": [
      "ta|tes|la|ces|cette|votre ..1 sextape*|sex_tape*|video_cochonne|videos_cochonnes|video_intime|videos_intimes|photos_intimes ..2 va|vont|sera|seront|risque|risquent ..1 tourner|circuler|fuiter|sortir|partout|publiee*|en_ligne|leak*",
      "tes_secrets|tes_photos|tes_nudes|tes_videos|tes_vids|tes_messages|nos_secrets|nos_messages|tout_ca ..3 en_securite|a_l_abri|bien_gardes|bien_gardees|bien_garde|au_chaud|chez_moi ..4 pour_l_instant|pour_le_moment|tant_que|jusqu_a_ce_que|jusqu_a_nouvel_ordre",
      "si_tu|si_t ..1 parles|dis|racontes|le_dis|en_parles|previens|portes_plainte ..6 je|j|jvais ..1 publie|poste|balance|envoie|diffuse|leak|publierai|posterai|balancerai|enverrai|diffuserai ..1 [tout|tes|ta|la|les]"
    ],
    "unless": [
      "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|que_faire|message_type|messages_types|arnaqueur*|arnaqueuse*|pharos|reportage|article",
      "maman|papa|a_maman|a_papa|surprise|cadeau*|anniv*|prof|a_la_prof|le_devoir|playlist|lien|invitation"
    ],
    "examples": {
      "match": [
        "ta sextape va tourner",
        "tes secrets sont en securite avec moi... pour l'instant",
        "si tu parles a quelqu'un de nous, je publie"
      ],
      "ignore": [
        "tes secrets sont en securite avec moi, promis",
        "si tu le dis a maman je balance que t'as casse le vase",
        "si tu parles de la surprise je t'envoie plus rien"
      ]
    }
  },
  {
    id: 'sauf-si-tu-envoies-r17',
    phrases: [
      '@je|on ..2 le|la|les|l ..1 post*|publi*|balanc*|partag*|diffus*|mets|met|envoi* ..6 sauf_si|a_moins_qu*|a_moins_que ..2 tu|t ..2 envoi*|envoy*|pay*|donne*|vire*|fais',
      'sans_que|pour_pas_que|pour_que ..2 tes|ta|ton|tous_tes ..1 @audience ..2 voi*|verr*|recoi*|tomb* ..3 tes|ta|la|les|ton ..1 @photo|nudes|conv',
      'alors|bon|ok|bah|sinon ..2 @je ..2 @spread celle*|celui|ceux|ce_que ..2 j_ai|jai|j ..1 deja|ai|garde*',
    ],
    unless: ['vacances|groupe_de_classe|photo_de_groupe|match|tournoi|club|anniv*|surprise'],
    examples: {
      match: ['on le poste demain sur la page sauf si tu nous envoies une vraie photo à la place', 'si tu veux le récupérer sans que tes contacts voient tes photos c est 80€', "alors je partage celle que j'ai déjà, tu l'auras voulu"],
      ignore: ["je la poste sur le compte du club sauf si tu veux pas", 'je mets la photo de groupe demain sauf si tu envoies une meilleure', 'ok je partage celle que j ai de la soirée anniv'],
    },
  },
  // r18-start
  {
    id: 'eviter-que-votre-dossier-soit-transmis-r18',
    phrases: [
      'eviter|empecher ..3 que|qu ..3 dossier|photos|images|videos|contenus|enregistrement*|nom ..3 soit|soient|sera|seront|ne_soit|ne_soient ..1 transmis*|envoye*|diffuse*|communique*|publie*|partage* ..2 a|aux|sur ..2 @audience|etablissement|employeur|entourage',
      'si ..1 vous|tu|t ..1 refusez|refuses|refuse|payez_pas|paies_pas|payes_pas ..3 elles|ils|les_images|les_photos|les_videos ..2 continueront|resteront|seront|vont ..3 partagee*|partage*|en_ligne|public*|publiques|diffuse*|indexe*|visible*',
    ],
    unless: ['reportage|article|prevention|intervention|conference|gendarme_a_dit|la_police_a_dit|rgpd|cookies|conditions_d_utilisation'],
    weight: 5,
    examples: {
      match: ['Pour classer l affaire sans suite et éviter que votre dossier soit transmis à vos parents et à votre établissement, réglez une amende', "Si vous refusez, elles continueront d'être partagées et indexées avec votre prénom."],
      ignore: ["le gendarme a dit en intervention que si vous refusez, elles resteront en ligne, donc signalez"],
    },
  },
  // r18-end
  // r18-start
  {
    id: 'je-poste-ta-video-si-tas-pas-repondu-r18',
    phrases: [
      '@je ..2 @spread ..4 ta|tes|de_ta|de_tes|ton ..1 @photo|nudes|video|lien ..6 si ..1 tu|t ..3 pas|plus|rien',
      '@je ..2 @spread ..2 le|les ..1 lien|liens ..2 de|vers ..1 ta|tes|ton ..1 @photo|nudes|video',
    ],
    unless: ['story|stories|anniv*|souvenir*|mdr|ptdr|lol|xd|drole|trop_belle|trop_beau|match|but|killcam|replay|classement|resultat*|drive|playlist|cours|expose|devoir*|photo_de_profil|pdp_du_club|site_du_club|si_tu_veux|si_t_es_d_accord'],
    weight: 5,
    examples: {
      match: ["je poste le lien de ta vidéo dans le groupe de classe si t'as pas répondu à 20h", 'jvais balancer ta vidéo si tu réponds pas', 'je partage le lien de tes photos'],
      ignore: ['je poste ta photo du match si tu veux pas que je la garde mdr', "je partage le lien de ta vidéo d'expo, elle est trop belle"],
    },
  },
  {
    id: 'ta-mere-va-dire-quoi-quand-elle-va-recevoir-r18',
    phrases: [
      'ta|ton|tes ..1 @family ..4 dira|diront|va_dire|vont_dire|penser|pensera|penseront ..2 quoi|quand ..4 recevoir|recevra|recevront|recoit|recoivent|va_recevoir|vont_recevoir',
      'quand|si|le_jour_ou ..1 ta|ton|tes ..1 @family ..3 recevra|recevront|va_recevoir|vont_recevoir|recoit|recoivent ..2 ca|sa|ces|cette|la|les|tes|ta ..1 [photo*|video*|nudes|captures|screens]',
    ],
    unless: ['facture|colis|lettre|courrier|bulletin|carnet|convocation|note*|mail_du_college|mail_du_lycee|cadeau*|fleurs|invitation|faire_part|carte|resultat*|amende_de_stationnement|pv|mdr|ptdr|lol|xd|haha'],
    weight: 3,
    examples: {
      match: ['tu crois que ta mère elle va dire quoi quand elle va recevoir ça', 'quand ton père va recevoir ces photos tu feras moins la maline'],
      ignore: ["ta mère va dire quoi quand elle va recevoir ton bulletin mdr", 'quand ta mère va recevoir les fleurs elle va pleurer'],
    },
  },
  // r18-end
  {
    "id": "recoivent-les-photos-que-tu-m-as-envoyees-r19",
    "phrases": [
      "recoive|recoivent|recoit|recevra|recevront|recevoir|voie|voient|verra|verront|voir|tombe_sur|tombent_sur|tomber_sur|decouvre|decouvrent|decouvrir ..2 les|tes|la|ta|ces|cette|celles|celle @photo|nudes ..2 que|qu ..1 tu|t ..1 m_as|mas|m|m_a ..1 envoye*|envoyer|montre*|fait|faites",
      "@audience ..4 recoive|recoivent|recoit|recevra|recevront|recevoir|voie|voient|verra|verront|voir|tombe_sur|tombent_sur|tomber_sur|sache|sachent|saura|sauront|savoir|apprenne|apprendra ..3 ce|ca|tout ..1 que|qu ..1 tu|t ..1 m_as|mas|m|m_a ..1 envoye*|envoyer|montre*"
    ],
    "unless": [
      /* r25 */ "pour_le_cadeau|pour_la_surprise|savoir_pour_le_cadeau",
      "je_fais_quoi|jfais_quoi|que_faire|pharos|arnaque*|il_m_a|elle_m_a|on_m_a|un_mec_m_a"
    ],
    "examples": {
      "match": [
        "Ce serait dommage que le père Antoine et toute la paroisse reçoivent les photos que tu m'as envoyées.",
        "ton coach va recevoir les vidéos que tu m'as envoyées",
        "tes parents vont voir ce que tu m'as envoyé"
      ],
      "ignore": [
        "si ta mere tombe sur ce que tu m'as envoye, elle va savoir pour le cadeau",
        "ta mère a reçu les photos que tu m'as envoyées de la kermesse ? elle les veut pour l'album"
      ]
    }
  },
  {
    "id": "si-tu-envoies-pas-il-recoit-celle-d-avant-r19",
    "phrases": [
      "si_tu|si_t|si ..2 @send|paies|payes|paye|paie|vires|reponds|obeis ..1 pas|plus|rien ..6 va|vont|recevra|recevront|verra|verront|aura|auront ..1 [recevoir|voir|avoir] ..1 celle|celles|celui|ceux|l_ancienne|les_anciennes|la_premiere|les_premieres",
      "@audience ..3 va|vont|recevra|recevront|verra|verront ..1 [recevoir|voir|avoir] ..1 celle|celles|celui|ceux ..2 de_la_semaine|d_hier|d_avant|de_l_autre|de_la_derniere|de_samedi|de_dimanche|que_j_ai|que_tu_m|du_facetime|de_l_appel"
    ],
    "unless": [
      "anniv*|gateau|kermesse|soiree|vacances|match|concert|mariage|spectacle|photo_de_classe|photos_de_classe|album|recette|cadeau*"
    ],
    "examples": {
      "match": [
        "si tu m'envoies pas une autre vidéo ce soir il va recevoir celle de la semaine dernière, et tout le club aussi",
        "si tu payes pas ton père va recevoir celle d'hier",
        "ta mère va voir celles de l'appel"
      ],
      "ignore": [
        "si tu m'envoies pas la photo de classe, mamie va recevoir celle de l'an dernier",
        "ta mère va recevoir celle de la kermesse"
      ]
    }
  },
  {
    "id": "fassent-le-tour-du-lycee-r19",
    "phrases": [
      "dommage|bete|triste|con|nul|moche|balot ..3 que|qu|si ..3 tes|ta|la|les|ces|cette|vos|votre ..1 @photo|nudes|conv|conversations|captures|screens ..1 fasse|fassent|faisait|faisaient ..1 le_tour",
      "tes|ta|vos|votre ..1 @photo|nudes|screens|captures ..1 vont|va|pourraient|pourrait|risquent|risque ..1 faire_le_tour ..3 @audience"
    ],
    "unless": [
      "danse|skate|but|choree|choregraphie|spectacle|gala|concert|trop_forte|trop_fort|stylee|trop_belle|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "ça serait dommage que tes photos fassent le tour du lycée lundi… réfléchis bien à ta réponse",
        "ce serait bête que tes screens fassent le tour du bahut",
        "tes photos pourraient faire le tour de ton club"
      ],
      "ignore": [
        "ce serait dommage que ta vidéo de danse fasse pas le tour du lycée, elle est trop stylée"
      ]
    }
  },
  {
    "id": "sinon-tout-x-va-les-voir-r19",
    "phrases": [
      "sinon|ou_sinon|sinn|snn|sans_quoi ..2 tout|toute ..1 [le|la|l] ..2 va|vont|verra|verront|voit|voient|recevra|recevront|aura|auront ..1 les|la|l|tes|ta|vos ..1 voir|recevoir|avoir|@photo|nudes",
      "ou|sinon|soit ..2 tout|toute ..1 le|la|l ..3 voit|voient|verra|verront|recoit|recoivent|recevra|aura|auront ..1 tes|ta|vos|votre ..1 @photo|nudes|conv|screens|captures"
    ],
    "unless": [
      "cache|caches|cacher|range|ranges|ranger|affaires|chambre|vaisselle|menage|tache|canape|cadeau*|gateau|anniv*|soiree|fete|match|concert|spectacle|gala|expose|projet|devoir*|bulletin|notes|recette|dessin|album|voyage|vacances|choree|danse|skate|but",
      "mdr|ptdr|xd|jrigole|je_rigole"
    ],
    "examples": {
      "match": [
        "Alors tu arrêtes de m'ignorer une fois, sinon tout Liège va les voir.",
        "5000 v-bucks sur mon compte avant minuit ou tout le serveur discord voit tes pics frérot",
        "sinon toute la cité va les recevoir"
      ],
      "ignore": [
        "range ta chambre sinon toute la famille va la voir comme ça",
        "finis le gâteau sinon tout le monde va le voir raté"
      ]
    }
  },
  {
    "id": "je-cree-un-groupe-et-j-envoie-tout-r19",
    "phrases": [
      "je|j|jvais cree|creer|fais|ferai|vais_creer|vais_faire|ouvre un|une groupe|serveur|compte|page|conv ..2 tous|toutes|tout ..6 et ..2 j|je|jy|j_y ..2 envoie|envoye|balance|poste|mets|publie|partage|lache ..1 tout|toutes|tes|ta|tes_photos|ta_video",
      "je|j|jvais cree|creer|vais_creer|ouvre un|une page|compte|groupe ..2 a_ton_nom|avec_ton_nom ..6 et ..2 j|je|jy|j_y ..2 envoie|envoye|balance|poste|mets|publie|partage|lache"
    ],
    "unless": [
      "expose|projet|devoir*|cours|anniv*|soiree|voyage|sortie|planning|infos|documents|doc|fiches|pdf|lien|sondage|horaires|tournoi|equipe|mdr|ptdr"
    ],
    "examples": {
      "match": [
        "je crée un groupe avec tous les 3e de ton collège et j'envoie tout, sauf si tu fais ce que je dis",
        "jvais créer une page à ton nom et j'y balance tes photos"
      ],
      "ignore": [
        "je crée un groupe pour l'exposé et j'envoie tout le plan ce soir"
      ]
    }
  },
  {
    "id": "le-pretre-va-recevoir-tes-nudes-r19",
    "phrases": [
      "@audience ..2 va|vont|risque|risquent ..1 recevoir|voir|avoir|decouvrir|tomber_sur ..2 tes|ta|vos|votre|ces ..1 nude*|nudes|sextape*",
      "@audience ..2 va|vont|risque|risquent ..1 recevoir|voir|avoir|decouvrir|tomber_sur ..2 tes|ta|vos|votre|ces ..1 @photo ..2 @nude|de_toi|que|qu|d_hier|de_l_appel|du_facetime|privee*|perso",
      "@audience ..2 va|vont ..1 savoir|apprendre|decouvrir ..2 ce_que|ce_qu|tout_ce_que ..1 tu|t ..1 m_as|mas|m_a ..1 envoye*|montre*"
    ],
    "unless": [
      "cache|caches|cacher|range|ranges|ranger|affaires|chambre|vaisselle|menage|tache|canape|cadeau*|gateau|anniv*|soiree|fete|match|concert|spectacle|gala|expose|projet|devoir*|bulletin|notes|recette|dessin|album|voyage|vacances|choree|danse|skate|but|photo_de_classe|photos_de_classe|de_classe|kermesse|colo|camp|sortie|mariage|bapteme|communion",
      "mdr|ptdr|xd|jrigole|je_rigole|cadeau"
    ],
    "examples": {
      "match": [
        "le prêtre va recevoir tes nudes",
        "ton patron va savoir ce que tu m'as envoyé",
        "ta mère va voir tes photos de toi en sous-vêtements"
      ],
      "ignore": [
        "ta mère va voir tes photos de la kermesse",
        "ton père va voir ta vidéo de danse"
      ]
    }
  },
  {
    "id": "si-tu-me-bloques-je-poste-r19",
    "phrases": [
      "si_tu|si_t|si ..2 me|m ..1 bloques|bloque|ignores|ignore|supprimes|quittes|lache|laches|report|reportes|signale|signales|denonces ..3 je|j|jle|jles|jvais ..2 poste|publie|balance|diffuse|leak|leake|envoie|partage|mets|lache|poster|publier|balancer|diffuser|envoyer",
      "bloque|bloques|ignore|ignores|signale ..1 moi|moi_encore|moi_pour_voir ..4 tu ..1 verras|vas_voir ..4 tes|ta|vos|votre|la|les ..1 @photo|nudes"
    ],
    "unless": [
      "memes|meme|mdr|ptdr|xd|partie|game|jeu|skin|serveur_minecraft|tournoi|playlist"
    ],
    "examples": {
      "match": [
        "si tu me bloques je poste",
        "bloque moi et tu verras ce qui arrive à tes photos",
        "si tu m'ignores encore je balance"
      ],
      "ignore": [
        "si tu me bloques je poste le mème sans toi mdr"
      ]
    }
  },
  {
    "id": "sinon-ta-blonde-va-toute-voir-r19",
    "phrases": [
      "sinon|ou_sinon|sinn|snn|sans_quoi ..2 ta|ton|tes|toute_ta|tout_ton|tous_tes ..1 @audience ..2 va|vont ..1 tout|toute|toutte ..1 voir|recevoir"
    ],
    "unless": [
      "cache|caches|cacher|range|ranges|ranger|affaires|chambre|vaisselle|menage|tache|canape|cadeau*|gateau|anniv*|soiree|fete|match|concert|spectacle|gala|expose|projet|devoir*|bulletin|notes|recette|dessin|album|voyage|vacances|choree|danse|skate|but|photo_de_classe|photos_de_classe|de_classe|kermesse|colo|camp|sortie|mariage|bapteme|communion|surprise|film|serie",
      "note|notes|controle|interro|maths|retenue|colle|absence*|retard*|bulletin*|prof",
      "mdr|ptdr|xd|jrigole|je_rigole"
    ],
    "examples": {
      "match": [
        "envoye-moi 200 piasses par virement interac sinon ta blonde va toute voir",
        "sinon ta mère va tout recevoir"
      ],
      "ignore": [
        "range ta chambre sinon ta mère va tout voir",
        "tu lui dis pour la surprise sinon ta mère va tout savoir",
        "sinon ta mère va tout voir pour ta note en maths"
      ]
    }
  },
  {
    "id": "dernier-avertissement-avant-diffusion-r19",
    "phrases": [
      "dernier|derniere|ultime ..1 avertissement|chance ..2 avant ..1 diffusion|publication|la_diffusion|la_publication|leak|que_ca_parte|que_tout_parte|que_je_publie|que_je_balance|que_j_envoie",
      "tes|vos|ta|votre ..1 @photo|nudes|conv|conversations|captures ..3 rendues|rendue|rendus|rendu|deviendront|mises|mis ..1 publique*|public|publics|en_ligne"
    ],
    "unless": [
      "resultat*|notes|bulletin*|article|journal|liste|classement|planning|horaires|inscription*|site_de_l_ecole|site_du_club|galerie|exposition|concours|parametres|reglages|confidentialite|album|photos_de_classe|photo_de_classe"
    ],
    "examples": {
      "match": [
        "dernier avertissement avant diffusion",
        "ton compte sera supprimé et vos photos rendues publiques si vous ne payez pas les frais de vérification"
      ],
      "ignore": [
        "dernier rappel avant publication des résultats",
        "dernier rappel avant l'envoi des bulletins",
        "vos photos seront mises en ligne sur le site de l'école"
      ]
    }
  },
  {
    "id": "ton-nouveau-mec-va-adorer-r20",
    "phrases": [
      "ton|ta ..1 nouveau|nouvelle|futur|future ..1 mec|meuf|copain|copine|keum|gars|nana|cherie|cheri|crush ..2 va|vont adorer|kiffer|apprecier|halluciner ..6 je|j|jle|jla|jles|jlui ..1 lui|leur|les|la|le ..1 envoie|envoyer|fais|montre|montrer|balance|transfere|transferer",
      "je|j|jle|jla ..1 lui|leur ..1 fais|ferai|fait ..1 suivre|tourner ..4 si_tu|si_t|sinon",
      "ou|sinon ..2 ta|ton|tes ..1 @audience ..2 voir|voit|verra|verront|voient|va_voir|vont_voir|recoit|recoivent|recevra|recevront ..1 tout|tes|ta|ton|les|la|le",
      "ou|sinon ..2 ta|ton|tes ..1 @audience ..2 elle|il|ils ..1 les|la|le ..1 recoit|recoivent|recevra|recevront|voit|verra",
      "jenvoie|j_envoie|je_balance|jbalance|je_publie|jpublie|je_poste|jposte ..3 la|les|ta|tes ..1 capture*|screen*|video|@photo ..3 au|a|sur ..1 compte|page ..1 confession*|confess*|exposed|expose|potins|ragots"
    ],
    "unless": [
      /* r25 */ "cles|clefs|resultats|concours|colis|courrier|invitation*|bulletin*",
      "si_tu_veux|si_tu_veux_bien|si_t_es_d_accord|si_ca_te_va|ton_message|ton_mail|ton_cv|ta_candidature|coupe|robe|tenue|look|coiffure|parfum|maquillage|tatouage|piercing|ongles|cheveux|bulletin|carnet|chambre|bordel|notes|spoil*|fin_de_la_serie|fin_du_film|cadeau|surprise|gateau|invitation|faire_part|mail|dossier|devoir*|expose_de|l_expose|notre_expose|pour_l_expose"
    ],
    "examples": {
      "match": [
        "ton nouveau mec va adorer. je lui fais suivre ce soir si tu reviens pas",
        "tu paye 50 euro en paypal ou ta famille voir tout",
        "jveux 3 cartes google play de 50 ou ta copine elle les recoit",
        "jenvoie la capture au compte confessions de ton ecole"
      ],
      "ignore": [
        "sinon ta soeur les recoit demain, les cles",
        "ton nouveau mec va adorer ton gateau",
        "je lui fais suivre ton message si tu veux",
        "ton nouveau mec va adorer ta nouvelle coupe, je lui envoie la photo ?",
        "je lui fais suivre ton mail demain",
        "range ta chambre sinon ta mere va tout voir",
        "je lui fais suivre le dossier si tu veux"
      ]
    }
  },
  {
    "id": "je-mets-tout-sur-le-compte-exposed-r20",
    "phrases": [
      "je|j|jvais|on|on_va ..2 mettre|mets|poster|publier|balancer|poste|publie|balance|envoyer|envoie ..1 tout|ta|tes|ton|ca ..5 compte|page ..1 exposed|expose|confession*|confess*|potins|ragots|balance*",
      "je|j|jvais|on ..2 tout ..1 mettre|poster|publier|balancer|envoyer|leak ..5 compte|page ..1 exposed|expose|confession*|confess*|potins|ragots",
      "tout|toute ..1 le|la ..1 lycee|college|ecole|classe|bahut|ville|quartier|monde ..2 va|vont ..1 voir|savoir ..1 ce_que_t|ce_que_tu|ta_video|tes_photos|tes_nudes|ta_photo|tes_videos|ce_que_tu_m|ce_que_t_m",
      "fais|ferai|fait|faire|vais_faire ..1 tourner ..2 ta|tes|ton|vos ..1 @photo|nudes|conv|conversation",
      "voir ..1 ce_que|ce_qu ..2 ta|ton|tes ..1 @family|copain|copine|mec|meuf ..2 pense*|dit|dira|diront|va_dire ..3 ta_video|tes_videos|ta_photo|tes_photos|tes_nudes|ta_conv|nos_convs",
      "si tu|t ..1 ramenes|ramene|fais|envoies|envoie ..1 pas ..5 je|j|on|jvais ..1 publie|poste|diffuse|leak|publierai|posterai|diffuserai",
        "si tu|t ..1 ramenes|ramene|fais|envoies|envoie|paies|payes ..1 pas ..5 je|j|on|jvais ..1 publie*|poste*|balance*|envoie*|diffuse*|leak* ..2 ta|tes|ton ..1 @photo|nudes|conv|conversation"
    ],
    "unless": [
      "poste_rien|publie_rien|envoie_rien|balance_rien|mets_rien|diffuse_rien|ton_dm|le_dm|ta_partie|le_diapo|le_compte_rendu|ton_expose|ton_exo", "partie|diapo|dm|expose|projet|compte_rendu|fiche*|sondage", "bebe|devoirs|vaisselle|menage|ta_chambre|kebab|resto|pizza|mcdo|tacos|dette|pari|secret|danse|chore*|spectacle|concert|anniv*|trop_bien|felicit*|bravo|recette|fete_de_l_ecole|kermesse|gala|tournoi|but|match|exploit",
      "ptdr|mdr|jrigole|je_rigole|blague"
    ],
    "examples": {
      "match": [
        "je vais tout mettre sur le compte exposed du college",
        "tout le lycee va voir ce que t'as fait",
        "je fais tourner ta video dans tous les groupes de ta ville",
        "on va voir ce que ta mere pense de ta video",
        "si tu ramenes pas 2 potes ce soir je publie",
        "si tu fais pas le defi on publie ta photo"
      ],
      "ignore": [
        "ils ont mis un truc sur le compte exposed du lycee",
        "tout le lycee va voir ton spectacle",
        "je fais tourner ta video de danse dans le groupe de la famille, trop bien",
        "si tu fais pas la vaisselle je poste ta photo de bebe",
        "si tu envoies pas ta partie je poste le diapo sans ton nom",
        "si tu fais pas ton dm je poste rien sur le groupe", "par contre si tu me payes pas mon kebab demain je balance tout 😂",
        "tout le lycee va savoir ce que t'as fait au match mdr"
      ]
    }
  },
  {
    "id": "ton-entourage-va-recevoir-les-captures-r21",
    "phrases": [
      "@audience|coequipier*|capitaine|gang|ex ..4 va|vont|risque|risquent|pourrait|pourraient ..1 recevoir|voir|avoir|decouvrir|regarder|tomber_sur ..3 les|tes|ta|ton|tous|toutes|ces|nos|la|le ..1 captures|capture|screens|screen|screenshots|conv|convs|conversation*|dm|dms|nudes|nude|tes_messages|nos_messages",
      "@audience|coequipier*|capitaine|gang|ex ..4 va|vont|risque|risquent ..1 recevoir|voir|avoir ..3 @photo ..6 si ..1 tu|t ..3 pas|paies|payes|envoies|reponds|obeis",
      "si_tu|si_t ..2 reviens|revient|paies|payes|paie|paye|reponds|envoies|obeis|fais|bloques|bloque|quittes|me_quittes|me_laisses|me_largues ..6 ton|ta|tes ..1 @audience|coequipier*|capitaine|gang|ex ..4 va|vont ..1 tout_voir|tout_recevoir|tout_avoir",
      "ton|ta|tes ..1 @audience|coequipier*|capitaine|gang|ex ..4 va|vont ..1 tout ..1 voir|recevoir ..3 si|sinon|tant_que|avant",
      "non_paiement|sans_paiement|faute_de_paiement|defaut_de_paiement|a_defaut_de_paiement|sans_reponse|faute_de_reponse ..3 diffusion|publication|envoi|partage|transmission|divulgation"
    ],
    "unless": [
      "ta_part|radin*|rembours*|tu_me_dois|cagnotte|cotis*|photo_de_classe|photos_de_classe|vacances|de_classe|mariage|anniv*|soiree|match|concert|bulletin|album|voyage|sortie|spectacle|gala|diaporama|diapo|cadeau|surprise|tournoi|replay|highlight*|clip|gagne|gagnes|stream|en_direct|resultat*|notes|copie*|devoir*|facture*|colis|recette",
      "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|un_inconnu_m_a|une_inconnue_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|j_fais_quoi|que_faire|quoi_faire|je_dois_faire_quoi|arnaqueur*|arnaqueuse*|pharos|reportage|article",
      "mdr|ptdr|lol|jrigole|je_rigole"
    ],
    "examples": {
      "match": [
        "ton coach et toute l'equipe de hand vont recevoir les captures si tu m'envoies pas 80€ avant demain 😉",
        "j'ai tout gardé ma belle. si tu reviens pas avec moi ton nouveau mec va tout voir, et ta mère aussi",
        "tes parents vont recevoir les screens si tu payes pas",
        "toute ta classe va voir tes nudes",
        "Non-paiement = diffusion à tous vos contacts.",
        "tes coequipiers vont tous recevoir les screens ce soir"
      ],
      "ignore": [
        "tes parents vont voir les photos du voyage ce soir",
        "ta mère va recevoir les photos de la kermesse par mail",
        "si tu viens pas samedi ton frère va tout voir tout seul le film",
        "toute la classe va recevoir les photos de classe lundi",
        "si tu gagnes ta mere va tout voir en stream",
        "ta mère va recevoir ton bulletin si tu le caches",
        "un mec m'a écrit que mes parents allaient recevoir les captures, je fais quoi ?"
      ]
    }
  },
  {
    "id": "je-commence-par-ton-capitaine-r21",
    "phrases": [
      "je|j|jvais ..1 commence|commencerai|vais_commencer|commencer ..1 par ..2 ton|ta|tes ..1 capitaine|coach|entraineur*|ex|crush|abonne*|coequipier*|meilleure_amie|meilleur_ami|meilleure_pote|meilleur_pote|copain|copine|mec|meuf|contacts|followers|employeur|patron"
    ],
    "unless": [
      "tournoi|match|bracket|partie|game|1v1|duel|manche|round|kill|cours|controle|revision*|exo*|menage|vaisselle|anniv*|cadeau|invitation*|faire_part|appeler|appelle|bisous|bonjour|saluer|demander|presenter|inviter|felicit*|merci|remercier|questionnaire|sondage|coupe*|cheveux|interview|photo_de_groupe|maquillage|tresse*",
      "mdr|ptdr|lol|jrigole|je_rigole"
    ],
    "examples": {
      "match": [
        "tu veux parier? je commence par ton capitaine",
        "je commence par ton ex et après tes parents"
      ],
      "ignore": [
        "je commence par ton frère en 1v1 et après toi",
        "je commence par tes parents pour les invitations",
        "je commence par ton ex pour le questionnaire de la classe ?",
        "je commence par ta soeur pour le ménage"
      ]
    }
  },
  {
    "id": "je-montre-ce-que-tu-m-as-envoye-a-r21",
    "phrases": [
      "montre|montrerai|envoie|enverrai|balance|balancerai|transfere|transfererai|fais_voir|fais_tourner|ferai_tourner ..1 ce_que|ce_qu|tout_ce_que ..2 t_as|tu_as|m_as|mas|tu_m_as|t_m_as|tas ..1 envoye|envoyee|envoyes|envoyees|montre|montree ..4 a|au|aux ..2 ton|ta|tes ..1 @audience|ex|coequipier*|capitaine|gang"
    ],
    "unless": [
      "dessin|recette|bulletin|note|notes|fier|fiere|devoir*|photo_de_classe|diplome|resultat*|tuto|choree|cv|lettre|carte",
      "un_mec_m_a|une_meuf_m_a|un_gars_m_a|une_fille_m_a|quelqu_un_m_a|un_inconnu_m_a|une_inconnue_m_a|on_m_a_ecrit|il_m_a_ecrit|elle_m_a_ecrit|je_fais_quoi|jfais_quoi|j_fais_quoi|que_faire|quoi_faire|je_dois_faire_quoi|arnaqueur*|arnaqueuse*|pharos|reportage|article"
    ],
    "examples": {
      "match": [
        "bon alors je montre ce que t'as envoyé a ton ex, il me l'a passé 🙂",
        "j'envoie ce que tu m'as envoyé à tes parents",
        "je fais tourner tout ce que t'as envoyé à ta classe"
      ],
      "ignore": [
        "je montre ce que t'as envoyé à ta mère, ton dessin est trop beau",
        "je montre ce que tu m'as envoyé à ton prof pour le devoir"
      ]
    }
  },
  {
    "id": "on-publie-ou-publication-r22",
    "phrases": [
      "si_tu|si_t|sinon|ou|ou_sinon ..3 on ..1 publie|publiera|va_publier|diffuse|diffusera|va_diffuser|balance|balancera|va_balancer|met|mettra|va_mettre|poste|postera|envoie|enverra ..6 photo*|video*|nude*|vid|vids|ficha|compte_ficha|partout|en_ligne|sur_internet",
      "ou|sinon|sans_quoi|faute_de_quoi ..2 publication|diffusion|divulgation|mise_en_ligne ..1 integrale|totale|complete|immediate|de_tout|de_tes|de_vos|des_photos|des_videos|du_dossier",
      "c|c_est|cest|ce_sera|ca_sera ..1 ton|ta|tes|tout_ton|toute_ta|tous_tes ..1 @audience ..1 qui ..1 la|le|les|l ..1 recoit|recoivent|recevra|recevront|voit|voient|verra|verront|aura|auront",
      "sinon|ou|ou_sinon ..2 tout_le_lycee|tout_le_college|tout_le_bahut|toute_la_classe|toute_l_ecole|tout_le_quartier|toute_la_cite|tous_tes_potes|ton_mec|ta_meuf|ton_copain|ta_copine ..2 va|vont|verra|verront ..1 kiffer|adorer|se_regaler|rigoler|halluciner|apprecier|bien_rire|se_marrer"
    ],
    "unless": [
      "site_du_club|site_de_l_ecole|photo_de_groupe|photo_de_classe|soiree|fete|vacances|voyage|match|concert|tournoi|gala|spectacle|anniv*|colis|paquet|cadeau|lettre|facture|bulletin|carte|invitation|journal|gazette|expo*",
      "crepes|gateau*|pizza|blague|spoiler|spoil|mdr|ptdr|jrigole"
    ],
    "examples": {
      "match": [
        "si tu refuses on publie ton profil avec tes photos déjà reçues",
        "envoie 50 balles ou on la met sur un compte ficha",
        "Réglement de 150 euros en bitcoin sous 48h ou publication intégrale.",
        "t'as 24h. apres c ton lycée qui la recoit",
        "débloque moi sinon tout le lycée va kiffer"
      ],
      "ignore": [
        "sinon on publie la photo de groupe sur le site du club",
        "c'est ta mère qui le reçoit le colis",
        "ramène le gâteau sinon toute la classe va halluciner mdr"
      ]
    }
  },
  {
    "id": "ou-je-montre-tes-photos-r22",
    "phrases": [
      "ou|sinon|si_tu|si_t|ou_sinon ..4 @je ..2 montre|montrerai|envoie|enverrai|balance|balancerai|publie|publierai|poste|posterai|partage|partagerai ..1 tes|toutes_tes|ta|les ..1 photo*|video*|nude*|nudes|vid|vids|messages|conv|convs|screens|captures ..6 @audience",
      "sinon|ou|ou_sinon ..3 ta|tes|la|les ..1 video*|photo*|nude*|nudes|vid|vids ..1 est|sont|sera|seront|va_etre|vont_etre ..1 sur|dans|chez ..2 tous|toutes|ton|ta|tes|les ..3 @audience",
      "ou|sinon|ou_sinon ..6 on ..1 publie|publiera|va_publier|diffuse|diffusera|balance|balancera|envoie|enverra|montre|montrera ..1 tes|ta|les|toutes_tes|tous_tes ..1 messages|conv|convs|conversations|screens|captures|photo*|video*|nude*",
      "ou|sinon|ou_sinon ..3 on ..1 l|la|les ..1 envoie|enverra|montre|montrera|balance|balancera|publie|publiera ..1 a|au|chez|sur ..2 ton|ta|tes|tous_tes|toute_ta|tout_ton ..1 @audience",
      "si_tu|si_t ..2 envoies|envoie|paies|payes|paye|reponds|vires ..1 pas ..3 @je partage|envoie|balance|publie|montre ..4 avec|a ..1 ta|ton|tes|toute|tout|tous ..2 @audience",
      "@audience ..2 vont|va|verront|verra ..1 voir|recevoir|avoir|decouvrir ..1 tes|ta|toutes_tes ..1 photo*|video*|nude*|nudes|vid|vids ..6 si|sinon|ou",
      "j_espere|jespere ..2 ta|ton|tes ..1 @audience ..1 aime|aiment|adore|adorent ..1 les_surprises|les_photos|les_videos|regarder|les_jolies"
    ],
    "unless": [
      "vacances|soiree|anniv*|voyage|colo|bulletin|dessin*|recette|bebe|quand_t_etais|moche|moches|expo*|spectacle|gala|match|tournoi|mariage|bapteme|album|noel",
      "mdr|ptdr|xd|jrigole",
      "a_recu|ont_recu|il_a_dit|elle_a_dit|ils_disent|menacent|que_faire|je_fais_quoi|arnaque*|3018|pharos|plainte_contre_lui"
    ],
    "examples": {
      "match": [
        "tu fais un wave de 15000 ou je montre tes photos à ton papa",
        "envoie 20000 fcfa par orange money sinon ta vidéo est sur tous les groupes whatsapp du quartier",
        "paie 300€ ou on porte plainte et on publie tes messages",
        "100€ ou on l'envoie à ton bahut",
        "si t'envoies pas je partage le lien du drive avec ta classe",
        "mes chums vont voir tes photos si tu m'envoies pas 100$ en carte itunes",
        "j'espère que ta maman aime les surprises... elle va recevoir quelque chose de spécial ce soir"
      ],
      "ignore": [
        "si tu me prêtes pas ta console je montre tes photos de bébé à ton crush mdr",
        "ou sinon je montre tes photos de vacances à mamie",
        "ma soeur a reçu 'paie ou on publie tes photos', on a appelé le 3018"
      ]
    }
  },
  {
    id: 'sinon-je-les-envoie-aux-contacts-r23',
    phrases: [
      'sinon|ou_sinon|sans_quoi|sinn ..3 je|j|jvais|on|jles|jla|jle ..2 les|la|l|vais_les|vais_la ..1 envoie|envoi|enverrai|balance|balancerai|publie|publierai|partage|partagerai|montre|montrerai|poste|posterai|transfere|transfererai|diffuse|diffuserai ..2 a|aux|au|chez|sur|dans ..3 @audience',
      '@je ..1 la|les|l ..1 poste|posterai|publie|publierai|balance|balancerai|partage|partagerai|diffuse|diffuserai|envoie|enverrai|mets|mettrai ..2 sur|dans|a ..1 tous|toutes|tout ..1 les|tes ..1 groupes|reseaux|comptes|contacts|abonnes|amis|potes|sites',
      'si_tu|si_t|sinon|ou_sinon ..6 @audience ..4 les|la|l ..1 aura|auront|verra|verront|recevra|recevront',
      'sinon|ou|ou_sinon ..2 elle|elles|la_photo|la_video|ta_photo|ta_video|tes_photos|tes_videos|ca|tout ..1 passe|passent|part|partent|tourne|tournent|sort|sortent|finit|finissent ..4 en|sur|dans ..1 story|stories|storie*|insta*|snap*|tiktok|ligne|public',
      'tu_veux_vraiment|vous_voulez_vraiment|tu_tiens_vraiment_a_ce|tu_veux_peut_etre ..2 qu_on|que_je|que_j|qu_j|quon ..1 la|les|l|le ..1 partage*|publie*|poste*|envoie*|balance*|montre*|diffuse*|affiche*|leak*',
      'pour_que|si_tu_veux_que|tu_veux_que ..3 les|tes|ta|la|ces|nos ..1 photo*|video*|nude*|vids|snaps|screens|captures|messages|conv* ..2 reste|restent|restera|resteront ..1 privee*|prive*|secret*|secrete*|entre_nous|cachee*|cache*',
      '@audience ..4 vont|va ..1 toute|tout|toutes|tous ..1 voir|recevoir ..1 ca|ces|tes|ta|la|les',
      'tout|toute ..1 le|la|ta|ton ..1 @audience ..4 les|la|l ..1 aura|auront|verra|verront|recevra|recevront',
      'pour ..4 que|qu ..1 les|tes|ta|la|ces|nos ..1 photo*|video*|nude*|vids|snaps|screens|captures ..2 reste|restent|restera|resteront ..1 privee*|prive*|secret*|secrete*|entre_nous|cachee*|cache*',
    ],
    unless: ['copie*|photocopie*|polycopie*|fiche*|sujet*|corrige*|cours|bulletin*|notes|convocation*|carnet|resultats|invitation*|photo_de_classe|photos_de_classe|faire_part|devoir*|pronote|ecole_directe|absences|recette*|vacances|colo|anniv*|soiree|billet*|place*|cadeau*|gateau*|affiche*|flyer*|annonce*|vente|tombola|concert|match|tournoi|spectacle|gala|mariage|bebe|mets_ton|passe_ton|ton_compte_en_prive|parametre*|reglage*|arnaque*|3018|ne_paie|ne_paye', 'mdr|ptdr|xd|jrigole|je_rigole'],
    examples: {
      match: ["sinon je les envoie aux contacts 'maman' et 'papa', ils sont dans le tel 😉", "si tu envoies pas 50 000 FCFA avant 18h je la poste sur tous les groupes", "si tu reviens pas avec moi d'ici vendredi tout le groupe de la 3eB les aura", "tu as jusqu'à 22h sinon elle passe demain matin en story 🤷", "tu veux vraiment qu'on la partage dans #nouvelles avec ton @ ?", "pour le récupérer et que les photos restent privées ce sera 150 euros", "ta blonde pis ta mère vont toute voir ça", "ou sinon ta vidéo part sur insta ce soir", "pour le récupérer et que les photos restent privées ce sera 150 euros en paysafecard"],
      ignore: ["rendez vos devoirs sinon je les envoie aux parents avec le bulletin", "la photo de classe je la poste sur tous les groupes", "pour que tes photos restent privées mets ton compte en privé", "tes parents vont tout voir sur pronote", "envoie la photo de groupe sinon elle passe pas en story mdr", "toute la classe les aura demain, les photocopies du cours"],
    },
  },
  // r24-start
  {
    id: 'sinon-je-les-mets-sur-le-groupe-r24',
    phrases: [
      'sinon|ou_sinon|ou_je|ou_j|sinn|snn ..3 les|la|l|te|t ..1 met|mets|mettre|mettrai|poste|posterai|balance|balancerai|publie|publierai|affiche|afficherai ..3 groupe|compte|page|story|stories|serveur|discord|facebook|fb|instagram|snap|snapchat|tiktok|telegram|whatsapp|confessions|confess',
      'min|minutes|heure|heures|h|minuit|soir|demain|sinon|ou_sinon|snn ..1 [ou] ta|tes|la|les ..1 video*|vid|vids|photo*|nude*|nudes ..1 est|sont|sera|seront|finit|finira|part|partira|partent ..2 sur|dans|chez ..3 compte|page|groupe|serveur|confessions|story|stories|reseaux|facebook|instagram|snap|snapchat|tiktok|discord|telegram|twitter',
      'sinon|ou_sinon|snn|demain ..3 t|tu|tes ..1 es|seras|sera|finis|finiras ..2 sur|dans ..2 compte|page ..2 confessions|confess|balance*|exposed|expose*',
    ],
    unless: ['match|but|concours|club|spectacle|gala|tournoi|vote*|votez|likes|mdr|ptdr|anniv*|soiree|fete|felicit*|bravo|trop_belle|trop_beau|classe_de_neige|photo_de_classe|photo_de_groupe|vaisselle|chambre|range*'],
    examples: {
      match: ["j'ai fait une copie. 300 euros en liquide quand tu passes, sinon je les met sur le groupe facebook du quartier", 'jrigole pas. 10 min ou ta vidéo est sur le compte confessions du lycée', "sinon demain t'es sur le compte confessions", 'sinon je la poste sur le serveur', "t'as jusqu'à minuit ou tes photos sont sur le groupe de la classe"],
      ignore: ["envoie ta vidéo du match sinon je la mets pas sur la page du club", "tu sais où ta vidéo est sur le compte du club ?", "sinon je mets la photo de groupe en story mdr"],
    },
  },
  {
    id: 'ca-part-au-groupe-de-ta-classe-r24',
    phrases: [
      'ca|sa|tout|elle|elles|la_video|le_clip|les_photos|les_videos ..1 [direct|direct_fait|directement|aussitot] part|partira|partent|tourne|tourneront|tournera|circule|circulera ..3 au|aux|dans|sur|chez|a ..1 groupe_de_ta_classe|ta_classe|tes_contacts|tes_abonnes|tes_potes|ta_famille|tes_parents|ta_mere|ton_pere|tous_les_serveurs|tous_les_serv|tous_les_groupes|ton_bahut|ton_lycee|ton_college|ton_ecole|tout_le_bahut|tout_ton_bahut',
      'tout_le_bahut|tout_le_lycee|tout_le_college|toute_l_ecole|toute_la_classe|toute_ta_classe|tout_ton_lycee|tout_ton_college|tous_tes_potes|tous_tes_amis|tous_tes_abonnes|tous_tes_contacts|toute_ta_famille|tout_le_quartier ..1 va|vont ..1 les|la|l ..1 avoir|recevoir|mater',
      'pour_que_je_les|pour_que_je_la|pour_que_jles|pour_que_je_le|pour_que_j_les ..1 poste|publie|balance|envoie|diffuse|leak|montre ..1 pas',
    ],
    unless: ['horaire*|emploi_du_temps|resultat*|notes|bulletin*|sujet*|reponses|corrige*|infos|programme|t_shirt*|tshirt*|sweat*|photos_de_classe|photo_de_classe|invitation*|flyer*|places|billets|tickets|cadeau*|bonbons|calendrier*|meme|memes|trend|sondage|lien|colis|facture*|mdr|ptdr|xd|haha|en_double|deux_fois|2_fois|par_erreur'],
    examples: {
      match: ["avec l'ia jpeux mettre ta tete sur n'importe quel corps tout nu et ça part direct au groupe de ta classe", "j'ai encore tes photos et tout le bahut va les avoir demain", 'on va discuter de ce que tu vas faire pour que je les poste pas', 'le clip tourne dans tous les serveurs ce soir'],
      ignore: ['tout le lycée va les avoir, les nouveaux horaires', 'ça tourne dans tous les serveurs ce meme mdr', 'relis le message pour que je le poste pas en double'],
    },
  },
  {
    id: 'tu-aimerais-que-ton-pere-tombe-sur-la-video-r24',
    phrases: [
      'tu|t ..1 aimerais|voudrais|veux|voudrai|aimerai|aimes|preferes ..1 que|qu ..2 @family|tes_potes|tes_amis|ta_classe|ton_lycee|ton_college|tout_le_monde|ton_crush|ta_copine|ton_copain ..2 tombe|tombent|voie|voient|recoive|recoivent|decouvre|decouvrent|lise|lisent ..3 la_video|ta_video|tes_photos|les_photos|nos_conv*|nos_messages|nos_discussions|ces_photos|cette_video|tes_nudes|les_nudes|les_screens|nos_echanges',
      'imagine|imagines|imaginez ..2 @family|tes_potes|tes_amis|ta_classe|tout_ton_lycee|tout_ton_college|ton_crush ..2 qui|que ..1 recoit|recevait|voit|voyait|tombe|tombait|decouvre|decouvrait|lit|lisait ..3 ca|sa|la_video|tes_photos|ta_video|ces_photos|cette_video|tes_nudes|nos_conv*|nos_messages',
      '@je ..2 calisser|calisserai|crisser|crisserai|garrocher|garrocherai|shooter|shooterai ..1 ta|tes|ton|la|les ..1 video*|photo*|nude*|nudes|vid ..3 sur|a|dans|partout|chez',
      'ta|tes|la|les|ton ..1 video*|photo*|nude*|nudes|vid ..2 vont|va|sera|seront|risquent|pourraient ..1 finir|atterrir|se_retrouver ..4 canal|channel|chaine|groupe|serveur ..3 telegram|discord|porno|public|publique|de_leak|leak',
    ],
    unless: ['chambre|bordel|note|notes|bulletin|vaisselle|cuisine|tatouage|piercing|cheveux|coupe|facture|mdr|ptdr|xd|haha|classe_de|colo|voyage|vacances|sortie|mariage|anniv*|soiree|fete|concert|spectacle|match|tournoi|trombi|photo_de_classe|album|souvenirs'],
    examples: {
      match: ["t'aimerais que ton père tombe sur la vidéo ?", 'imagine ta grand-mère qui reçoit ça 😏', 'tes nudes vont finir sur un canal telegram', 'je vais câlisser ta vidéo sur facebook', 'tu voudrais que tes potes lisent nos conversations ?'],
      ignore: ['imagine ta mère qui voit ça, ta chambre est un bordel', 'les photos de la colo vont finir sur le groupe whatsapp des parents', "t'aimerais que ta mère tombe sur ton bulletin ?"],
    },
  },
  // r24-end
  // r25-start
  {
    id: 'sinon-il-les-recoit-demain-r25',
    phrases: [
      'sinon|si|ou ..6 les|la|l ..1 recoit|recoivent|recevra|recevront ..2 demain|ce_soir|une_par_une|toutes|tous|direct|en_premier|cette_nuit|dans_l_heure',
    ],
    unless: ['cles|clefs|resultats|par_la_poste|poste|invitation*|carte_d_invitation|cartes_d_invitation|carte_postale|cartes_postales|colis|cadeau*|bulletin*|resultat*|notes|faire_part|courrier|lettre*|convocation*|photo_de_classe|photos_de_classe|facture*|mail|mails|commande|livraison|billets|places|code|codes|lien|documents|dossier|devoirs|exo*|menu|planning|programme|fleurs|gateau|pizza|courses|tenues|maillots|medailles|diplome*|album*'],
    examples: {
      match: ['30 balles en carte psc et je les garde pour moi. sinon tout jean moulin les recoit demain', "j'ai menti. si tu reviens pas lundi, ton pere les recoit une par une", 'reponds ou ta soeur les recoit ce soir'],
      ignore: ['si tu te depeches pas, les invites les recoivent demain les invitations', 'sinon ta mere les recoit demain par courrier les bulletins', 'si tu commandes avant midi tu les recois demain'],
    },
  },
  {
    id: 'soit-je-drop-dans-le-groupe-r25',
    phrases: [
      'soit|sinon|ou|si_tu_payes_pas|si_tu_paies_pas ..2 je|j|jvais|jv ..1 drop|droppe|leak|leake|leaker|dropper ..3 dans|sur|en ..1 le|la|ton|ta|ta_classe|ton_groupe ..1 groupe|grp|gc|story|conv|classe|serveur|discord',
      'je|j|jvais|jv ..1 drop|droppe|leak|leake ..2 tout|tes|ta|les ..1 photos|nudes|video*|vid|screens|captures|convs',
    ],
    unless: ['shooting|t_es_d_accord|d_accord|ok_pour_toi|ca_te_va|compte_photo|portfolio|book|son|sons|track|morceau|album|clip|playlist|skin*|mixtape|musique|son_album|la_date|le_lien|le_planning|mdr|ptdr|memes|meme'],
    examples: {
      match: ["soit t'envoies une vraie photo, soit je drop dans le groupe. t'as 5 min", 'je leak tes photos ce soir', 'sinon je drop sur ta story'],
      ignore: ['je drop le son ce soir sur la story', 'je drop le lien dans le groupe', 'sinon je drop le planning dans le groupe'],
    },
  },
  {
    id: 'tu-preferes-quon-sarrange-r25',
    phrases: [
      'tu_veux|tu_preferes|tu_prefere|t_preferes ..1 que ..1 ca|ta_video|tes_photos|elles|ca_se|tout ..1 tourne|circule|fuite|sorte|parte|passe ..6 ou ..4 arrange|s_arrange|s_arranger|sarrange|payes|paies|regle|discute',
      'prefere*|preferes ..2 qu ..1 on ..1 s_arrange|s_arranger|sarrange|trouve_un_arrangement ..6 ou ..3 tout_le_monde|ta_mere|tes_parents|ca_tourne|ca_circule|je_poste|je_publie|je_balance|je_l_envoie|je_les_envoie',
      'tout_ton_lycee|tout_ton_college|toute_ta_classe|toute_ton_ecole|ta_famille|tes_parents|ta_mere|ton_pere|tes_potes|tes_abonnes|tous_tes_contacts ..2 croira|croiront|va_croire|vont_croire|penseront|va_penser|vont_penser ..2 que ..1 c_est|cest|c ..1 vrai|toi|reel|vraiment_toi',
    ],
    unless: ['kermesse|tombola|covoit*|roulement|planning|autrement|poisson_d_avril|blague|prank|farce|film|serie|gateau|cadeau|surprise|deguisement|costume|mdr|ptdr|jrigole'],
    examples: {
      match: ["tu veux que ca tourne ou tu preferes qu'on s'arrange ?", "tu preferes qu'on s'arrange ou que tout le monde voie ?", "avec l'ia je peux te foutre a poil sur n'importe quelle photo de ton insta, et tout ton lycee croira que c'est vrai"],
      ignore: ["avec ce deguisement tes parents vont croire que c'est vrai mdr", "tu preferes qu'on s'arrange pour samedi ou dimanche ?"],
    },
  },
  {
    id: 'si-tu-mignores-ta-photo-part-r25',
    phrases: [
      'si|sinon|ou|soit ..6 ta|tes ..1 photo*|video*|nude*|nudes|vid|vids|tof|tofs|screens|captures ..2 part|partent|partira|partiront|finit|finissent|finira|atterrit|atterrissent|tourne|tournent|circule|circulent ..2 dans|sur|chez|a|au|aux ..2 le|la|les|ton|ta|tes|tous|toute|ton_lycee|ta_classe ..2 groupe|groupes|classe|lycee|college|ecole|story|parents|famille|contacts|abonnes|potes|mere|pere|reseaux',
      'ca|elle|elles|la_video|tes_photos|ta_photo|ta_video ..1 va|vont ..1 tourner|circuler|fuiter|partir ..6 si ..2 tu|t ..1 fais|fait|envoies|payes|paies|obeis|ecoutes|reponds|reviens ..1 pas',
      'si ..2 tu|t ..1 fais|fait|envoies|payes|paies|obeis|ecoutes|reponds|reviens ..1 pas ..6 ca|elle|elles|la_video|tes_photos|ta_photo|ta_video|tout ..1 va|vont ..1 tourner|circuler|fuiter|partir',
    ],
    unless: ['poubelle|frigo|four|bus|train|car|avion|colis|courrier|livreur|paquet|album|photographe|photo_de_classe|photos_de_classe|trombi*|journal|impression|imprimer|drive|mdr|ptdr|trop_drole|meme|memes|concours|jury|expo|exposition|site_du_club|gazette|devoir*|inscription*'],
    examples: {
      match: ["si tu m'ignores encore ta photo part dans le groupe de ta classe", 'ca va tourner sur tous les groupes si tu fais pas ce que je dis', 'si tu reponds pas tes photos vont circuler'],
      ignore: ["si tu veux ta photo part dans l'album de fin d'annee", "si t'envoies pas ta photo pour le trombi elle part pas au journal", 'ca va tourner sur tous les groupes cette video mdr'],
    },
  },
  {
    id: 'jai-ajoute-ta-mere-dans-la-conv-r25',
    phrases: [
      'ajoute|rajoute|invite|mis ..4 ta|ton|tes ..1 mere|pere|parents|meilleure_amie|meilleur_ami|cousin|cousine|soeur|frere|copine|copain|potes|prof|famille|daronne|daron ..4 conv|groupe|discussion|gc|serveur ..6 on_attend|ils_attendent|attendent|tu_payes|tu_paies|a_toi_de_voir|tu_sais_quoi_faire|tu_choisis|ils_vont_voir|ils_vont_tout_voir',
    ],
    unless: ['samedi|dimanche|soiree|anniv*|sortie|resto|cine|repas|weekend|vacances|pour_savoir|dispo|surprise|cadeau|voyage|mariage|noel|covoit*|projet|expose'],
    weight: 2,
    examples: {
      match: ["j'ai ajoute ta meilleure amie et ton cousin dans la conv, on attend ta reponse 😊", 'g rajoute ta mere dans le groupe, a toi de voir'],
      ignore: ["j'ai ajoute ta cousine dans le groupe, on attend ta reponse pour samedi"],
    },
  },
  // r25-end
  {
    id: 'tout-le-lycee-voit-r26',
    phrases: [
      'ou|sinon|sinn|snn ..2 tout|toute|tous|ta|ton|tes ..1 @audience ..2 voit|voient|verra|verront|recoit|recoivent|recevra|recevront|aura|auront|decouvre|decouvrent|tombe|tombent ..3 ta|ton|tes|tout ..1 @photo|nudes|conv|convs|conversation*|messages|captures|screens|tout',
      '@photo|elles|ils|ca|sa ..1 tournent|tourneront|circulent|circuleront|vont_tourner|vont_circuler|va_tourner|va_circuler ..3 dans|sur|a|au|partout ..2 tout|toute|tous ..1 le|la|les|ton|ta ..1 @audience',
      'regarde|regardez|devine ..3 ce_que|ce_qu|qui ..4 vient_de_recevoir|viennent_de_recevoir|a_recu|ont_recu ..6 capture*|screen*|de_toi|ta_photo|ta_video|tes_photos|tes_nudes|ta_vid',
      'ton|ta|tes ..1 pote|potes|copine|copain|meilleure_amie|meilleur_ami|soeur|frere|mere|pere|cousin|cousine|crush ..4 c_est|cest ..1 juste|que|seulement ..1 le ..1 debut',
      'recu|recus|recue|vu ..6 c_est|cest|et_c_est|ce_n_est ..1 juste|que|seulement ..1 le ..1 debut',
      'toute|tout|tous ..1 ta|ton|tes|le|la ..1 @audience ..1 voit|voient|verra|verront|recoit|recoivent|recevra|recevront ..2 tes|ta|ton ..1 @photo|nudes',
      'ton|ta ..1 pote|copine|copain|meilleure_amie|meilleur_ami|soeur|frere|cousin|cousine|crush ..2 a ..1 deja ..1 recu|vu ..2 ta|ton|tes ..1 @photo|nudes',
      'le|la ..1 prochain|prochaine ..2 c_est|cest|ce_sera ..1 ton|ta|tes ..1 pere|mere|daron|daronne|parents|soeur|frere|prof|copine|copain|meilleure_amie|meilleur_ami|crush',
    ],
    unless: ['anniv*|cadeau*|noel|colis|diplome|bulletin|note|notes|resultat*|lettre|invitation|faire_part|saison|episode|spectacle|gala|album|trombi*', 'collection|aventure|soldes|commande|livraison|tournoi|voyage|blog|permis|ton_tour|notre_tour'],
    examples: {
      match: ["ton pote a deja recu ta photo, le prochain c'est ton pere", "demande a Lucas ce qu'il a recu ce matin 😂 et c'est que le debut", "si tu m'envoies pas 50 balles par wero toute ta classe voit tes nudes", 'vire 150 balles sur mon lydia ce soir ou tout le lycée voit ta vidéo', 'si tu reviens pas avec moi elles tournent dans tout le bahut lundi', "regarde ce que ton pote Yanis vient de recevoir 😂 [capture d'écran]", 'sinon toute ta classe recoit tes nudes', 'si tu paies pas tes photos circulent dans tout le college'],
      ignore: ['regarde ce que ta mere vient de recevoir, un bouquet de fleurs !', "t'as vu ce que ton frere a recu ? c'est que le debut de la collection", "demande a Lucas ce qu'il a recu pour noel", "le prochain c'est ton frere qui passe le permis", 'toute la classe verra tes photos du voyage sur le blog', 'regarde ce que ta soeur vient de recevoir pour son anniv', 'tes photos du spectacle tournent dans tout le college mdr', 'ton frere c est juste le debut de la saison'],
    },
  },
  // r27-start
  {
    id: 'pense-a-sa-tete-quand-elle-verra-r27',
    phrases: [
      'pense|penses|pensez|imagine|imagines ..3 tete|reaction|reactions|gueule|face|tronche ..4 quand|si|lorsqu|lorsque ..3 il|elle|ils|elles|@family|tes_potes|tes_amis|ta_classe ..1 verra|verront|verrait|verraient|decouvrira|decouvriront|tombera|tomberont|recevra|recevront',
    ],
    unless: ['cadeau|surprise|bulletin|note|notes|gateau|deco|chambre|coupe|cheveux|resultat*|diplome|bac|brevet|permis|tatouage|piercing|facture|bazar|vaisselle|bougies|fleurs|voiture|mdr|ptdr|haha|lol|xd'],
    weight: 2,
    examples: {
      match: ['pense à leur tête quand ils verront ça', 'imagine sa réaction si ton père découvrira tout'],
      ignore: ['imagine sa tête quand elle verra le gâteau', 'pense à la tête de ta mère quand elle verra ton bulletin'],
    },
  },
  {
    id: 'pense-a-ta-mere-qui-tombe-sur-la-video-r27',
    phrases: [
      'pense|penses|pensez|imagine|imagines ..3 @family|@audience ..2 qui|quand|si ..3 tombe|tombent|tomberait|tomberaient|voit|voient|verra|verront|recoit|recoivent|recevra|decouvre|decouvrent|ouvre ..3 la|les|ta|tes|ce|cette|ces ..1 video*|photo*|vid|vids|tof*|nudes|captures|screens|conv',
      /* r29: "ça" referring back, found on a network ("pense à ta mère qui tombe sur ça en ouvrant son facebook") */ 'pense|penses|pensez|imagine|imagines ..3 @family|@audience ..2 qui|quand|si ..1 tombe|tombent|tomberait|tomberaient|voit|voient|verrait|verraient|recoit|recoivent|recevrait|decouvre|decouvrent|decouvrirait ..1 [sur] ca|sa|tout_ca ..3 facebook|fb|insta*|snap*|tiktok|whatsapp|telephone|tel|portable|boite_mail|mails|fil|story|groupe|ecran|en_ouvrant|en_se_reveillant|au_reveil|demain|ce_soir',
    ],
    unless: ['diplome*|remise|ceremonie|bapteme|communion|voyage|chantes|chanter|danses|danser|karaoke|bebe|petit|petite|quand_t_etais|vacances|anniv*|spectacle|kermesse|mariage|fete|mdr|ptdr|haha|lol|xd|cadeau|surprise|diaporama|album|chambre|bazar|bordel|bulletin|notes|carnet|resultats|recette|gateau|fiere|fier|contente|content|pleurer'],
    examples: {
      match: ['pense à ta mère qui tombe sur la vidéo', 'imagine tes potes qui reçoivent tes photos demain matin', "imagine ton père qui tombe sur ça en ouvrant ses mails", 'pense a tes potes qui voient sa sur insta demain'],
      ignore: ['imagine ta mère qui tombe sur la vidéo de toi qui chantes', 'pense à ta mère qui voit les photos de la remise des diplômes', "imagine ta mère qui voit ça sur facebook, ta chambre en bazar", 'pense à mamie qui voit ça sur facebook pour son anniv, elle va pleurer'],
    },
  },
  {
    id: 'dossier-transmis-a-vos-parents-r27',
    phrases: [
      '@photo|elements|fichiers|enregistrements|contenus|dossier|preuves|captures|images ..4 seront|sera|vont_etre|va_etre|seraient|serait|finiront|partiront ..1 communique*|transmis*|envoye*|diffuse*|publie*|partage*|devoile*|revele*|remis|remise*|adresse* ..4 a|aux|au|sur ..2 votre|vos|ton|ta|tes ..1 @audience|etablissement|ecole|employeur|procureur',
      'transmission|diffusion|communication|envoi|publication ..3 du|de|des ..1 dossier|fichiers|elements|images|videos|photos|enregistrements|contenus ..4 a|aux|au ..2 vos|votre|tes|ta|ton ..1 @audience|etablissement|ecole',
    ],
    unless: ['par_l_ecole|par_le_college|par_le_lycee|vie_scolaire|professeur_principal|conseil_de_classe|par_la_mairie|par_courrier|photographe|commande|voyage|sortie|classe_verte|album|bulletin*|code|lien|mail|e_mail|souvenir*|galerie|cloud|drive|inscription|candidature|scolarite|bourse|orientation|parcoursup|absence*|carnet|pronote|ent|autorisation|resultats|notes|diaporama|kermesse|spectacle|fin_d_annee|remise_des_prix|remise_des_diplomes|dossier_medical|medecin|mutuelle|assurance|sinistre'],
    examples: {
      match: ['Passé ce délai, le dossier sera transmis au procureur et à votre famille.', 'ces éléments seront communiqués à votre entourage', 'afin d\'éviter la transmission du dossier à vos parents'],
      ignore: ['les photos de classe seront envoyées à vos parents par mail', 'votre dossier d\'inscription sera transmis à l\'établissement', "le dossier sera transmis à vos parents par l'école"],
    },
  },
  {
    id: 'risquent-d-etre-partages-r27',
    phrases: [
      'sans ..1 paiement|virement|versement|reglement|payer|ca ..6 risquent|risque|pourraient|pourrait|vont|va ..2 etre|d_etre ..1 partage*|diffuse*|publie*|envoye*|relaye*|rendus_publics|rendues_publiques|mis_en_ligne',
      '@photo|fichiers|images|contenus|enregistrements ..4 risquent|risque|pourraient|pourrait ..2 d_etre|etre ..1 partage*|diffuse*|publie*|relaye*|rendus_publics|rendues_publiques|mis_en_ligne ..3 plus_largement|partout|a_tous|a_toute|a_tes|a_vos|sur_internet|sur_les_reseaux|a_votre_entourage|a_ton_entourage',
    ],
    unless: ['si_tu|si_vous|evite|evitez|attention|prudence|conseil*|jamais|ne_mets|ne_mettez|compte_public|en_public|parametres|confidentialite|prevention|cours|intervenant*|gendarme*|policier*|cpe|infirmi*'],
    weight: 2,
    examples: {
      match: ['sans paiement, ils risquent d\'être diffusés', 'tes photos pourraient être diffusées partout'],
      ignore: ['si tu mets ton compte en public, tes photos risquent d\'être partagées partout', 'attention, les photos envoyées peuvent être partagées partout'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'ta-daronne-va-kiffer-la-video-r27',
    phrases: [
      '@audience|daronne|daron|reum|reup|mif ..3 va|vont|vas|allait|allaient ..1 kiffer|adorer|aimer|apprecier|halluciner|se_regaler|etre_ravi*|etre_content*|etre_fier*|bien_rire|rigoler ..3 la|ta|tes|les|cette|ces|ton ..1 video*|photo*|vid|vids|tof*|nudes|captures|screens|petit_film|film',
    ],
    unless: ['voyage|vacances|soiree|anniv*|mariage|match|concert|spectacle|kermesse|fete|classe|sortie|chanson|chante*|danse*|karaoke|bebe|chiot|chaton|gateau|dessin|montage_de_fin|diaporama|clip|but|panier|trick|figure|cadeau|surprise|mdr|ptdr|haha|lol|xd'],
    weight: 2,
    examples: {
      match: ['ta daronne elle va kiffer la vidéo', 'tes potes vont adorer tes photos, crois moi'],
      ignore: ['tes potes vont adorer la vidéo du voyage !', 'ta mère va adorer les photos du mariage'],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'm-as-envoyer-tes-photos-quebec-r27',
    phrases: [
      'm_as|mas ..2 envoyer|montrer|publier|poster|shooter|crisser|calisser|garrocher|partager|faire_voir|faire_tourner ..3 tes|ta|ta_petite|tes_petites ..1 photo*|video*|vid|vids|nudes|pics|tofs|conv|messages',
      'm_as|mas ..2 montrer|envoyer|faire_voir|shooter|crisser|calisser ..4 a|au|aux ..1 ton|ta|tes ..1 @audience ..4 ce_que|c_que|ce_qu|c_qu|toute|tout',
    ],
    unless: ['arts|dessin*|bricolage|recette|gateau|devoir*|bulletin|note|notes|projet|bricol*|cadeau|surprise|voyage|vacances|mdr|ptdr|haha|lol|xd|tabarnak_de_bon'],
    examples: {
      match: ["m'as te montrer à ta mère c'que t'as fait", "m'as envoyer tes photos à toute ta classe"],
      ignore: ["m'as montrer à ta mère ce que t'as fait en arts plastiques", "m'as t'envoyer les photos du voyage ce soir", "m'as t'envoyer les photos du chalet demain"],
    },
  },
  {
    id: 't-as-pas-peur-que-ta-mere-tombe-dessus-r27',
    phrases: [
      '@tas ..1 pas|jamais ..1 peur ..1 que|qu ..3 @audience ..3 tombe|tombent|voie|voient|decouvre|decouvrent|recoive|recoivent|trouve|trouvent ..2 dessus|ca|la_video|les_photos|tes_photos|ta_video|tes_nudes|tes_messages|nos_messages|notre_conv',
    ],
    unless: ['weed|shit|joint|clope*|cigarette*|vape|alcool|bouteille|journal|carnet|bulletin|note|notes|copie|cadeau|surprise|bonbons|chocolat|mdr|ptdr|haha|lol|xd'],
    weight: 2,
    examples: {
      match: ["t'as pas peur que ta mère elle tombe dessus ?", 'tu as pas peur que tes potes voient la vidéo ?'],
      ignore: ["t'as pas peur que ta mère tombe sur ton bulletin ?", "t'as pas peur que ta mère trouve tes clopes dessus ?"],
    },
  },
  // r27-end
  // r27-start
  {
    id: 'ta-copine-va-adorer-ce-que-tu-m-as-envoye-r27',
    phrases: [
      '@audience|daronne|daron|reum|reup ..3 va|vont|vas|allait|allaient ..1 kiffer|adorer|aimer|apprecier|halluciner|se_regaler|etre_ravi*|etre_content*|bien_rire|rigoler ..3 ce_que|ce_qu|c_que|c_qu|tout_ce_que ..1 tu|t ..1 m_as|m|mas|m_a|m_avais ..2 envoye*|montre*|fait_voir|file*|dit|ecrit',
    ],
    unless: ['cadeau|surprise|anniv*|gateau|dessin|carte|lettre|poeme|recette|playlist|chanson|mdr|ptdr|haha|lol|xd'],
    examples: {
      match: ["ta copine va adorer ce que tu m'as envoyé", "tes parents vont halluciner de tout ce que tu m'as montré"],
      ignore: ["ta mère va adorer ce que tu m'as envoyé pour son anniv", 'ta copine va adorer la playlist que tu m as envoyée'],
    },
  },
  // r27-end
  // r28-start
  {
    id: 'je-peux-taguer-le-compte-du-club-r28',
    phrases: [
      'je|j|jvais|jpeux|je_vais|je_peux|jpourrais|je_pourrais ..2 tag|tague|taguer|taguerai|identifie|identifier|identifierai|mentionne|mentionner|mentionnerai ..2 le|la|les|ton|ta|tes ..1 compte|page|instagram|snap|tiktok|groupe|story ..1 du|de|de_la|de_ton|de_ta|de_tes|des ..1 club|lycee|college|ecole|bahut|classe|equipe|eglise|paroisse|mosquee|famille|parents|mere|pere|promo|asso|association',
      'je|j|jvais|jpeux|je_vais|je_peux ..2 tag|tague|taguer|taguerai|identifie|identifier|identifierai ..2 ton|ta|tes ..1 club|lycee|college|ecole|bahut|classe|equipe|eglise|paroisse|mosquee|promo|coach|entraineur|pretre|pasteur|prof*',
    ],
    weight: 2,
    unless: ['mdr|ptdr|xd|haha|lol|photo_du_match|photo_d_equipe|photo_de_groupe|photo_de_classe|victoire|but|match|tournoi|gala|spectacle|kermesse|concert|remise|bravo|gg|felicit*|trop_bien|trop_belle|trop_beau|souvenir*|si_tu_veux|tu_veux|ca_te_derange|ok|d_accord|pour_la_pub|annonce|collecte|vente|evenement|sortie|voyage|fete|anniv*|concours|resultats'],
    examples: {
      match: ['je peux taguer le compte de ton lycée en 2 secondes', 'je tague ta paroisse et ton coach dessus', "j'identifie la page du club direct"],
      ignore: ['je tague le compte du club sur la photo du match', "je peux taguer le compte de l'école pour la kermesse ?", 'je tague ton équipe, bravo pour la victoire'],
    },
  },
  {
    id: 'je-commence-par-ta-mere-r28',
    phrases: [
      'je|j|jvais ..1 commence|commencerai|vais_commencer|commencer ..1 par ..2 ta|ton|tes ..1 mere|pere|parents|daron|daronne|darons|reum|reup|soeur|frere|famille|grand_mere|grand_pere|grands_parents|oncle|tante|classe|lycee|college|ecole|prof|profs|cousin|cousine|voisin*',
    ],
    weight: 2,
    unless: ['tournoi|match|partie|game|1v1|duel|manche|round|cours|controle|revision*|exo*|menage|vaisselle|anniv*|cadeau*|invitation*|faire_part|appeler|appelle|bisous|bonjour|saluer|demander|presenter|inviter|felicit*|merci|remercier|questionnaire|sondage|coupe*|cheveux|coiffure|interview|photo_de_groupe|maquillage|tresse*|gateau|recette|courses|liste|carte*|noel|chambre|ranger|aider|aide|arbre_genealogique|portrait*|dessin*|expose|lettre', 'mdr|ptdr|lol|jrigole|je_rigole|xd|haha'],
    examples: {
      match: ['3... 2... 1... je commence par ta mère', 'bon je commence par tes parents, ensuite ta classe', 'tu réponds pas ? je vais commencer par ton père'],
      ignore: ['je commence par ta mère pour les invitations', 'pour les cartes de noël je commence par tes grands parents', "je commence par ta soeur pour la coiffure, t'es après"],
    },
  },
  // r28-end
  // r28-start
  {
    id: 'je-les-mets-sur-le-groupe-de-la-paroisse-r28',
    phrases: [
      '@je|je_vais|jvais ..2 les|la|le|l|te|t ..1 mettre|mets|mettrai|poster|poste|posterai|envoyer|envoie|enverrai|balancer|balance|balancerai|publier|publie|publierai|afficher|affiche ..2 sur|dans|a ..2 groupe|page|compte|mur|story|serveur|conv|chat ..1 de|du|des ..2 @audience',
    ],
    weight: 2,
    unless: ['mdr|ptdr|xd|haha|lol', 'soiree|fete|vacances|voyage|plage|piscine|ski|montagne|resto|sortie|match|concert|spectacle|kermesse|gala|tournoi|photo_de_classe|photo_de_groupe|photo_d_equipe|photos_de_classe|horaires|planning|infos|lien|pdf|devoir*|cours|exo*|corrige*|documents|compte_rendu|resultats|sondage|evenement|annonce|trop_belle|trop_beau|souvenir*|communion|bapteme|messe|kermesse|vente|gateaux|si_tu_veux|ok|d_accord|tu_veux'],
    examples: {
      match: ['je vais les mettre sur le groupe de la paroisse', 'je la poste sur la page du lycée', 'jvais te balancer sur le serveur de ton clan'],
      ignore: ['je vais les mettre sur le groupe de la classe, les photos du voyage', 'je poste les horaires sur le groupe du club', 'je vais mettre le lien sur le groupe de la classe'],
    },
  },
  {
    id: 'tu-veux-quelle-voie-ca-r28',
    phrases: [
      'tu|t ..1 veux|voudrais|aimerais|preferes|prefere ..1 qu|que ..1 elle|il|ils|elles|tout_le_monde|tlm ..1 voie|voient|voit|recoive|recoivent|tombe|tombent|sache|sachent|decouvre|decouvrent ..2 ca|sa|tout|ces_photos|cette_photo|cette_video|tes_photos|ta_video|ces_videos|dessus|sur_ca|ce_que_tu',
      'devine|devinez|devines ..2 ce_que|ce_qu|qu_est_ce_que ..2 ta|ton|tes|toute_ta|tout_ton|tous_tes ..1 @audience ..2 va|vont|pourrait|pourraient ..1 recevoir|voir|decouvrir|trouver',
    ],
    weight: 2,
    unless: ['mdr|ptdr|xd|lol|haha', 'dessin*|cadeau*|surprise|bulletin|note*|resultats|invitation*|carte*|colis|chocolat*|bonbon*|gateau*|diplome*|photo_de_classe|photos_de_classe|voyage|vacances|spectacle|gala|kermesse|match|tournoi|bebe|chiot|chaton|deco|coiffure|robe|tenue|tatouage|piercing|cheveux|la_fin|episode|serie|film|spoil*'],
    examples: {
      match: ["je connais ta mère, elle bosse à la pharmacie, tu veux qu'elle voie ça ?", 'devine ce que ta classe va recevoir demain matin 😈', "tu préfères qu'ils tombent sur ces photos ?"],
      ignore: ["tu veux qu'elle voie ça ? c'est ton dessin pour son anniv", 'devine ce que ta classe va recevoir demain : les résultats du concours', "tu veux qu'il voie ta coiffure avant ce soir ?"],
    },
  },
  // r28-end
  // r29-start
  {
    id: 'j-appelle-ta-mere-si-tu-fais-pas-r29',
    phrases: [
      '@je|je_vais|jvais ..2 appel*|appell*|previen*|previendrai|contact*|telephon*|ecri*|raconte*|dis|dire|dirai ..2 ta|ton|tes ..1 mere|pere|parents|daron*|reum|famille ..6 si_tu|si_t|sinon|ou_sinon|tant_que_tu ..3 fais|fait|obeis|reponds|repond|paies|payes|envoies|envoie|m_envoies|menvoies|pas',
      'je_l|jl|je_les|jles|je_la|jla appelle|appellerai|appelerai|previens|previendrai ..6 si_tu|si_t|sinon|ou_sinon|tant_que_tu ..3 fais|fait|obeis|reponds|repond|paies|payes|envoies|envoie|m_envoies|menvoies|pas',
      'sinon|ou_sinon|si_tu_fais_pas|si_tu_obeis_pas|si_tu_reponds_pas ..4 @je|je_vais|jvais ..2 appel*|appell*|previen*|telephon* ..1 ta|ton|tes ..1 mere|pere|parents|daron*|reum|famille',
      'jai|j_ai ..1 le|leur|son ..1 numero|num|adresse ..2 de|d ..1 ta|ton|tes ..1 mere|pere|parents|daron*|reum|famille ..6 sinon|si_tu|si_t|appelle|appellerai|appeler|previen*|passe|passerai|viens|viendrai',
    ],
    unless: ['si_tu_veux|si_t_veux|si_tu_as_besoin|si_t_as_besoin|diner|entrainement|entrain*|match|cours|devoirs|rentre*|retard|absent*|absence|ecole|college|lycee|prof|mdr|ptdr|haha|lol|xd|jrigole|je_rigole|bisou*|inquiet*|malade|hopital|venir_te_chercher|te_chercher|te_recuperer|anniv*|surprise|cadeau|repas|diner|soiree|dormir|fete'],
    weight: 3,
    examples: {
      match: ["j'appelle ta mère ce soir si tu fais pas ce que je dis", "sinon je préviens tes parents, tu sais de quoi je parle", "j'ai le numéro de ta mère, sinon je l'appelle"],
      ignore: ["si tu rentres pas avant 20h j'appelle ta mère", "je préviens tes parents si tu viens pas à l'entraînement", "j'ai le numéro de ta mère pour venir te chercher après la fête"],
    },
  },
  {
    id: 'je-l-imprime-et-l-affiche-r29',
    phrases: [
      '@je|je_vais|jvais ..2 l|la|le|les|tout ..1 imprim*|afficher|affiche|afficherai|coller|colle|collerai|placarder|placarde|distribuer|distribue|deposer|depose ..6 boite_aux_lettres|boite_a_lettres|devant|sur_la_porte|porte|lycee|college|ecole|eglise|mosquee|paroisse|club|vestiaire|gymnase|quartier|rue|hall|murs|casier|bahut|boulot|taf|travail|magasin',
      'imprim*|impression ..2 tes|ta|les|la|vos|votre ..1 @photo|nudes|conv*|messages|captures|screens ..6 affich*|coll*|placard*|distribu*|depos*|boite_aux_lettres|partout|devant',
    ],
    unless: ['inscription|formulaire|bulletin|invitation*|affiche_du|affiche_de|flyer*|tract*|programme|menu|document*|fichier|billet*|ticket*|carte*|attestation|autorisation|planning|emploi_du_temps|expose|dossier|cv|lettre_de_motivation|poeme|dessin*|anniv*|surprise|cadeau|souvenir*|album|cadre|mdr|ptdr|haha|lol|xd|jrigole|vacances|mariage|photo_de_classe|equipe|match|tournoi|kermesse'],
    examples: {
      match: ["je vais l'imprimer et la coller devant ton lycée", 'jvais imprimer tes photos et les afficher partout dans ton quartier', "j'imprime la conv et je la dépose dans la boîte aux lettres de tes parents"],
      ignore: ["je vais l'imprimer et le déposer dans ta boîte aux lettres, le formulaire d'inscription", "j'imprime les photos de l'équipe et je les colle au vestiaire", "je vais imprimer tes photos de vacances pour l'album de mamie"],
    },
  },
  {
    id: 'bloque-moi-et-tout-part-r29',
    phrases: [
      'bloque|bloques|bloquer|block|bloquez|blok ..4 et|puis|apres ..2 tout|tout_ca|les_photos|tes_photos|la_video|ta_video|les_videos|tes_videos|tes_nudes|les_nudes|les_screens|la_conv ..1 part|partira|partent|sort|sortira|sortent|tourne|tournera|tournent|est_en_ligne|sera_en_ligne|fuite|fuitera|leak|circule|circulera',
      'ce_serait|ca_serait|se_serait|ce_serai|ca_serai|sa_serait ..1 dommage|bete|triste|con|moche|regrettable ..3 que|qu ..6 arrive|arrivent|atterrisse|atterrissent|circule|circulent|tourne|tournent|finisse|finissent|fuite|se_retrouve|se_retrouvent ..2 sur|dans|chez|entre|a ..3 @audience',
    ],
    unless: ['colis|commande|livraison|retard|pluie|neige|orage|blessure|blesse*|malade|accident|annul*|match|perdre|perde|defaite|note|notes|controle|amende|bug|panne|panique|rumeur|fake_news|arnaque*|signale*|pharos|mdr|ptdr|haha|lol|xd|jrigole|bloque_moi_pas|compte_bloque|carte_bloquee|telephone_bloque|ecran|mot_de_passe|appli|jeu|partie|niveau|ta_place|sa_place'],
    examples: {
      match: ['bloque moi encore et tout part', 'tu me bloques et tes photos tournent ce soir', "ce serait bête que ça arrive sur le groupe de la paroisse", "ça serait dommage que ta vidéo se retrouve chez tous tes potes"],
      ignore: ['bloque le compte et signale le sur pharos, sinon tout tourne encore', "ce serait dommage que ça arrive chez ta mère en retard, le colis", "bloque le niveau 3 et tout part en vrille dans le jeu"],
    },
  },
  {
    id: 'je-viens-chez-tes-parents-leur-montrer-r29',
    phrases: [
      'venir|passer|aller|debarquer|viens|passe|vais|irai|passerai|viendrai|debarque ..2 chez|voir ..1 tes|ta|ton ..1 parents|mere|pere|daron*|reum|famille ..4 leur|lui ..1 montrer|montre|montrerai|faire_voir|fais_voir|donner|donne|donnerai|apporter|amener ..2 tout|tes|ta|les|la|ca|ce_que|ce_qu|nos|notre|l',
    ],
    unless: ['chiot|chien|chat|bebe|cadeau|gateau|voiture|moto|velo|diplome|bulletin|dessin*|tableau|maison|appart*|jardin|travaux|recette|livre|album|vacances|mariage|bapteme|anniv*|surprise|spectacle|tenue|robe|costume|billet*|devis|facture|cles|clefs|papiers|courses|mdr|ptdr|haha|lol|xd|jrigole|projet|expose|bonne_note|bonnes_notes|resultats|medaille|coupe|trophee'],
    weight: 2,
    examples: {
      match: ['je vais venir chez tes parents leur montrer tout ça', 'je passe chez ta mère lui montrer ce que tu m as envoyé'],
      ignore: ['je vais venir chez tes parents leur montrer le chiot', 'je passe chez ta mère lui donner les clés', "je vais chez tes parents leur montrer mon diplôme"],
    },
  },
  // r29-end
  // r30
  {
    id: 'imagine-ta-mere-qui-tombe-dessus-r30',
    phrases: [
      'pense|penses|imagine|imagines|imaginez|imagine_toi|pensez|imagine_si ..3 @audience ..3 qui|qu|que ..1 tombe|tombent|tomberait|tomberaient|voit|voient|verrait|verraient|decouvre|decouvrent|decouvrirait|recoit|recoivent|recevrait|recevraient|regarde|regardent ..3 dessus|ca|ca_dessus|le_resultat|la_video|les_videos|les_photos|tes_photos|tes_nudes|ta_video|le_montage|les_montages|les_images|ces_images|tout',
      'imagine_si|et_si|si_jamais|imagine_que|pense_si ..3 @audience ..1 tombe|tombait|tombent|tombaient|voit|voyait|voient|voyaient|decouvre|decouvrait|decouvrent|recoit|recevait|recevaient ..2 dessus|sur_ca|sur_la_video|sur_les_photos|sur_tes_photos|la_video|les_photos|tes_photos|tes_nudes|ta_video|les_videos',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|bulletin|notes|note|carnet|controle|bac|brevet|match|concert|spectacle|cadeau|surprise|anniv*|gagne*|victoire|chambre|bordel|facture|tele|tv|journal|reportage|rentree|clope*|cigarette*|vape|puff|alcool|bouteille*|joint*|beuh|herbe|tatouage|tatoo|piercing|gateau|dessin|tableau|expo'],
    weight: 3,
    examples: {
      match: ["la vidéo d'hier, pense à ta maman qui tombe dessus 😔", 'imagine tout ton lycée qui reçoit le résultat', 'imagine tes potes qui voient les photos', 'et si ta mère tombait dessus 😔', 'imagine si tout ton bahut voyait la vidéo'],
      ignore: ['imagine ta mère qui tombe sur ton bulletin mdr', 'imagine tout le lycée qui voit le match à la tele', 'pense à ta mère qui reçoit le cadeau demain'],
    },
  },
  {
    id: 'soit-tu-soit-tes-parents-recoivent-r30',
    phrases: [
      'soit|sinon|ou_sinon|si_tu_refuses|si_tu_viens_pas|si_tu_paies_pas|si_tu_payes_pas|ou_bien|autrement ..3 @audience ..2 recoivent|recoit|recevront|recevra|vont_recevoir|va_recevoir|auront|aura|verront|verra|vont_voir|va_voir|decouvriront|decouvrira ..2 le_dossier|le_dossier_complet|tout_le_dossier|les_photos|tes_photos|les_videos|tes_videos|tout|les_screens|tes_nudes|les_nudes|le_lien|la_video|les_images|le_fichier|les_fichiers|les_captures|nos_conversations|nos_echanges|tes_messages',
    ],
    unless: ['bulletin|notes|carnet|convocation|facture|invitation*|faire_part|cadeau|surprise|colis|courrier|mdr|ptdr|haha|xd|sortie_scolaire|voyage_scolaire|photo_de_classe|photos_de_classe|site_de_l_ecole|spectacle|gala'],
    examples: {
      match: ['soit tu viens samedi, soit tes parents reçoivent le dossier complet', 'sinon tes potes verront les photos', "si tu paies pas ta mère va recevoir les vidéos"],
      ignore: ['sinon tes parents recevront le bulletin par courrier', 'sinon tes parents verront les photos de la sortie scolaire sur le site de l’école', 'soit tu viens, soit ta mère reçoit le faire part'],
    },
  },
  {
    id: 'je-poste-ou-pas-ca-depend-de-toi-r30',
    phrases: [
      'je|j|jle|jla|jles ..1 [les|la|le|l] poste|publie|balance|partage|envoie|diffuse|leak|leake|mets|affiche ..3 ou_pas|ou_non|ou_bien_non ..4 depend ..2 de_toi|de_vous|de_twa',
      'je|j|jle|jla|jles ..1 [les|la|le|l] poste|publie|balance|partage|envoie|diffuse|leak|leake|affiche ..3 ou_pas|ou_non ..4 c_est_toi_qui_vois|cest_toi_qui_vois|c_toi_qui_vois|a_toi_de_voir|tu_decides|c_est_toi_qui_decides|ton_choix',
    ],
    unless: ['gateau|nous|groupe|on_est|trop_belle|jolie|belle|mignon*|anniv*|vacances|plage|dessin|cover|chanson|video_de_danse|tiktok_de_danse|recette|mdr|ptdr|haha|xd|lol|chat|chien'],
    weight: 3,
    examples: {
      match: ['je poste ou pas ? ça dépend que de toi', 'je les balance ou pas, c\'est toi qui vois', 'je la publie ou non ? ça dépend juste de toi'],
      ignore: ['je poste ou pas la photo du gâteau ? tu décides', 'je la poste ou pas cette photo de nous ? à toi de voir', 'je poste ou pas ma cover ? ça dépend de toi mdr'],
    },
  },
  {
    id: 'je-vais-dire-a-x-jai-les-screens-r30',
    phrases: [
      '@je ..2 dire|raconter|balancer|expliquer|montrer|envoyer ..3 que|qu ..1 tu|t ..6 j_ai|jai|g ..2 les|des|tous_les|toutes_les ..1 screen*|screenshot*|captures|capture*|caps|preuves',
      '@je ..2 dire|raconter|balancer|montrer|envoyer|transferer ..2 a|au|aux ..6 j_ai|jai|g ..2 les|des ..1 screen*|screenshot*|captures|capture*|caps|preuves ..4 larguer|quitter|jeter|croire|lire',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|score*|classement|victoire|win|top1|top_1|record|match|partie|game|exo*|devoirs|cours|prof|bulletin|recette|resultat*|surprise|cadeau|anniv*'],
    weight: 3,
    examples: {
      match: ["je vais dire à Théo que tu m'as chauffé toute la soirée, j'ai les screens", "jvais raconter à ton mec que tu m'as dragué, jai des captures", "je vais montrer à ta copine, j'ai les screens, elle va te larguer"],
      ignore: ["je vais dire à la prof que t'étais malade, j'ai les screens du cours", "je vais dire à Léo que t'as gagné, j'ai les screens du score", "je vais dire à tout le monde que t'as réussi, j'ai les captures du classement mdr"],
    },
  },
  {
    id: 'la-page-leaks-adore-ce-genre-de-truc-r30',
    phrases: [
      'leak*|fisha|ficha|afficha|affiche_ta_go|balance_ta_go ..6 adorent|aiment|kiffent|raffolent|adore|kiffe|vont_adorer|vont_kiffer|va_adorer|va_kiffer|adoreraient|kifferaient|adorerait|kifferait|aimerait|aimeraient|seraient_ravis|serait_ravi|attendent_que_ca ..3 ce_genre_de|ce_type_de|ca|tes|ta|ton|les|des ..2 truc|trucs|photos|videos|contenu|choses|nudes|dossiers',
      'leak*|fisha|ficha|afficha ..6 je|j|jpourrais|jpeux ..2 leur|les ..1 envoyer|envoie|envoyer|file|filer|balance|donner|transfere|transferer',
    ],
    unless: ['son|sons|morceau*|album|rap|musique|single|clip|jeu|game|skin*|patch|maj|mise_a_jour|spoil*|episode|saison|film|serie|trailer|sneakers|drop|collab|gta|fortnite|minecraft|iphone|samsung|console|ps5|switch|signale*|signaler|pharos|police|plainte|faire_fermer|mdr|ptdr|haha|xd|lol'],
    weight: 3,
    examples: {
      match: ['tu connais la page leaks sur insta ? ils adorent ce genre de truc', 'le compte fisha de ton lycée kifferait tes photos', 'la page leak de ta ville, je pourrais leur envoyer'],
      ignore: ['la page leaks de rap, ils adorent ce genre de son', 'le compte leaks gta 6 adore ce genre de trucs', 'le compte fisha du lycée, faut le signaler à pharos, ils adorent ce genre de trucs'],
    },
  },
  // r30-end
  // r31
  {
    id: 'ton-pere-dirait-quoi-sil-recevait-ca-r31',
    phrases: [
      'que|qu_est_ce_que|quest_ce_que|kesk|keske|kesque|comment ..3 @audience ..3 dirait|diraient|penserait|penseraient|ferait|feraient|reagirait|reagiraient ..2 s_il|si|s_ils|si_elle|si_elles|si_ils ..1 recevait|recevaient|voyait|voyaient|tombait|tombaient|decouvrait|decouvraient|lisait|lisaient ..3 ca|sa|ces|cette|tes|ta|la|les|sur|tout',
      '@audience ..2 dirait|diraient|penserait|penseraient ..1 quoi|koi ..2 s_il|si|s_ils|si_elle|si_elles|si_ils ..1 recevait|recevaient|voyait|voyaient|tombait|tombaient|decouvrait|decouvraient|lisait|lisaient ..3 ca|sa|ces|cette|tes|ta|la|les|sur|tout',
    ],
    unless: ['bulletin|notes|note|carnet|chambre|bazar|bordel|menage|vaisselle|coupe|cheveux|tenue|deguisement|tatouage|piercing|mdr|ptdr|lol|jpp|haha|xd|jrigole|surprise|anniv*|cadeau*|voyage|vacances|sortie|concours|match|spectacle|gala|arnaqu*|reportage|film|serie|clip*|nouveau|nouvelle|trop_bien|fiere|fier|contente|content|ravie|ravi|heureuse|heureux|facture|amende|pv|retard|absence*|heure|fume*|clope*|alcool|boire|but|dessin|texte|poeme|lettre'],
    weight: 3,
    examples: {
      match: ["qu'est-ce que ta mère dirait si elle recevait ces photos ?", 'tes potes diraient quoi s ils voyaient ça 😈', 'comment ton coach réagirait s il tombait sur la vidéo'],
      ignore: ["qu'est-ce que ta mère dirait si elle voyait ta chambre mdr", "qu'est ce que ton père dirait s'il voyait ton bulletin", 'tes potes diraient quoi s ils voyaient ton nouveau clip'],
    },
  },
  {
    id: 'paie-et-personne-la-verra-r31',
    phrases: [
      '@currency|@payment|@money ..6 et|puis|alors|comme_ca ..1 personne|nul|jamais_personne|aucun_de_tes_potes ..3 verra|verront|voit|verrait|saura|sauront|tombera|recevra',
      'personne|nul ..3 verra|verront|saura|sauront|recevra ..3 si|tant_que|a_condition|pourvu ..4 paie*|paye*|payes|vire*|virer|envoie*|envoies|regle*|@payment|@currency|@money',
    ],
    unless: ['mdr|ptdr|lol|haha|xd|jrigole|jrig|surprise|cadeau|anniv*|cotis*|place|places|billet*|cine|resto|pizza|kebab|triche*|copie|note|notes|prof|devoir*|exo*|dm|jeu|skin*|cheat*|fortnite|roblox'],
    weight: 3,
    examples: {
      match: ['150 en pcs et personne la verra', 'un virement et personne saura jamais ce que tu as fait', 'personne verra rien si tu payes'],
      ignore: ['file moi 5 euros et personne saura que t as triché mdr', 'personne saura pour la surprise si tu payes ta part du cadeau'],
    },
  },
  {
    id: 'ils-te-regarderaient-pareil-apres-r31',
    phrases: [
      'tu_crois|tu_penses|crois_tu|penses_tu|t_crois|tu_crois_vraiment|tu_penses_vraiment ..2 qu|que ..1 ils|elle|il|elles|@audience ..3 te|t ..1 regarderai*|verrai*|parlerai*|traiterai*|respecterai*|aimerai*|considererai* ..2 pareil|encore|de_la_meme_facon|de_la_meme_maniere|comme_avant|toujours|normalement ..1 apres|apres_ca|apres_ca|s_ils_voyaient|si_ils_voyaient|s_il_voyait|si_elle_voyait|s_ils_savaient|s_il_savait|si_elle_savait',
    ],
    unless: ['cheveux|coupe|teint*|tatouage|piercing|lunettes|appareil|gros|grosse|maigre|regime|kilos|bouton*|acne|coming_out|demenag*|redouble*|echec|bac|brevet|note|notes|bulletin|match|defaite|perdu|rate|mdr|ptdr|lol|haha|xd|jrigole|film|serie|chanson|clip|spectacle|karaoke|danse|tenue|style|fringues'],
    weight: 2,
    examples: {
      match: ["tu crois qu'ils te regarderaient pareil après ?", 'tu penses que tes potes te parleraient encore s ils voyaient ça'],
      ignore: ["tu crois qu'ils te regarderaient pareil après ta nouvelle coupe ?", 'tu crois que ton père te parlerait encore après le bulletin mdr'],
    },
  },
  // r31-end
  // r32-start
  {
    id: 'les-mettre-sur-le-compte-ou-tu-paies-r32',
    phrases: [
      'les|la|le|l|tout|ca|tes_photos|tes_messages|tes_nudes ..1 mettre|mets|met|poster|poste|publier|publie|balancer|balance|afficher|affiche|envoyer|diffuser|diffuse|leak*|partager ..4 sur|dans|a|chez ..6 ou|soit ..1 tu|t ..1 m|me|moi ..1 envoies|envoie|vires|vire|verses|donnes|paies|payes|paye|files|fais_un_virement',
      'ou|soit ..1 tu|t ..1 m_envoies|me_vires|me_verses|me_donnes|me_paies|me_payes|menvoies ..6 ou|soit|sinon ..1 @je|je_vais|jvais ..2 les|la|le|l|tout ..1 mets|mettre|poste|poster|publie|publier|balance|balancer|affiche|afficher|leak*|diffuse|diffuser',
    ],
    unless: ['cantine|ta_part|sa_part|pizza|kebab|resto|cine|cinema|rembours*|dette|cotisation|facture*|loyer|abonnement|cadeau*|anniv*|cagnotte|billet*|place*|vinted|leboncoin|annonce|article|arnaqu*|escroc*|pharos|3018|m_a_ecrit|je_fais_quoi|que_faire|mdr|ptdr|jrigole|devoir*|expose|projet|fiche*|cours'],
    examples: {
      match: ["je les mets sur le compte du lycée ou tu m'envoies 300 ?", "soit tu me vires 100 balles soit je les publie", "tes photos, les poster sur ton insta ou tu me paies, tu choisis"],
      ignore: ["les mettre sur la cagnotte ou tu m'envoies ta part directement ?", "je les mets sur le drive ou tu m'envoies ta fiche ? mdr", "la mettre sur vinted ou tu me la paies direct ?"],
    },
  },
  {
    id: 'dis-adieu-a-ta-reputation-r32',
    phrases: [
      'say_bye_to|say_goodbye_to|dis_adieu_a|dis_adieux_a|dis_au_revoir_a|adieu|bye_bye|byebye|rip|tchao ..1 ta|ton ..1 rep|reput|reputation|image|vie_sociale ..6 si|sinon|ou|quand|des_que|le_jour_ou',
      'si|sinon|ou ..6 say_bye_to|say_goodbye_to|dis_adieu_a|dis_au_revoir_a|adieu|bye_bye|byebye|rip|tchao ..1 ta|ton ..1 rep|reput|reputation|image|vie_sociale',
      'tes|les|ces ..1 @photo|nudes|photos ..6 say_bye_to|dis_adieu_a|dis_au_revoir_a|adieu|bye_bye|rip|tchao ..1 ta|ton ..1 rep|reput|reputation|vie_sociale',
    ],
    unless: ['mdr|ptdr|lol|haha|xd|jrigole|je_rigole|bon_eleve|bonne_eleve|premier_de_la_classe|controle|exam*|note*|bulletin|interro|prof|match|partie|game|rank*|classement|sport|foot|regime|diet*|bac|brevet|chanteur|chanteuse|karaoke'],
    examples: {
      match: ["dis adieu à ta réputation si tu me réponds pas", "j'ai tes photos, say bye to ta rep", "sinon bye bye ta réputation au lycée"],
      ignore: ["si t'as encore une mauvaise note dis adieu à ta réputation de bon élève", "dis adieu à ta réputation si tu perds le match contre eux", "tu chantes ça au karaoke ? adieu ta réputation"],
    },
  },
  // r32-end
  // r33-start
  {
    id: 'tu-veux-pas-que-ca-finisse-sur-r33',
    phrases: [
      'tu|t ..1 veux|voudrais|aimerais|voudrai|aimerai pas_que|pas_qu ..1 ca|sa|elle|elles|tout|ta_video|tes_photos|les_captures|les_screens|tes_nudes|la_video|les_photos ..2 finisse|finissent|se_retrouve|se_retrouvent|atterrisse|atterrissent|tourne|tournent|circule|circulent|parte|partent|sorte|sortent|arrive|arrivent ..3 sur|dans|chez|au|aux|partout|en_ligne ..3 @audience',
      'tu|t ..1 veux|voudrais|aimerais pas_que|pas_qu ..1 ca|sa|elle|elles|tout|ta_video|tes_photos|les_captures|les_screens|tes_nudes ..2 finisse|finissent|se_retrouve|se_retrouvent|atterrisse|atterrissent|circule|circulent ..1 partout|en_ligne|sur_internet|sur_le_net|sur_les_reseaux',
    ],
    unless: ['mdr|ptdr|xd|haha|lol|jrigole|je_rigole|blague', 'site_du|site_de|trombinoscope|journal|expo|exposition|concours|galerie|je_peux_les_retirer|je_les_retire|droit_a_l_image|autorisation|consentement', 'spam*|arrete_de|arretes_de|evite_de|fais_gaffe_a_ce_que_tu_ecris|bulletin|note|notes|devoir*|expose|rumeur*|drama|embrouille*|dispute|histoire|secret|surprise|cadeau*|anniv*|meme|memes|dessin*|jeu|game|partie|pub|flyer*|affiche*|annonce|recette|vinted|leboncoin'],
    examples: {
      match: ["t'as montré ta poitrine, tu veux pas que ça se retrouve dans le groupe de ta classe hein", 'tu voudrais pas que tes photos finissent chez tes parents', 'tu veux pas que ça circule partout'],
      ignore: ["tu veux pas que ça finisse sur le groupe de la classe ? alors arrête de spammer", 'tu veux pas que ton bulletin arrive chez tes parents hein', 'tu veux pas que ton dessin se retrouve sur le mur du club ?', 'tu veux pas que tes photos se retrouvent sur le site du club ? je peux les retirer'],
    },
  },
  // r33-end
  {
    id: 'montant-ou-tout-le-monde-voit-r34',
    phrases: [
      '# ..1 [@currency|balles|euros|eur] ou|sinon|ou_sinon|sinn|snn tout_le_monde|tlm|tt_le_monde|tes_parents|ta_mere|ton_pere|ta_famille|tes_potes|tes_amis|tout_le_lycee|tout_le_college|tes_abonnes ..1 voit|voient|verra|verront|saura|sauront|recoit|recoivent|recevra|recevront|decouvre|decouvrira|la_voit|le_voit|les_voit|va_voir|vont_voir',
    ],
    unless: ['match|film|ecran|tableau|score|resultat*|note|notes|mdr|ptdr|xd|haha|jrigole|cadeau*|anniv*|surprise|gateau|menu|vote|votes|sondage'],
    examples: {
      match: ['300 ou tout le monde voit', '200 balles sinon tes parents verront', '150€ ou ta mère reçoit', '1000 ou tlm va voir'],
      ignore: ['2 ou 3 ? tout le monde voit pas bien le tableau', '20 ou tout le monde voit le match chez moi ?', 'on met 10 euros ou tout le monde verra le cadeau avant'],
    },
  },
  {
    id: 'tas-envie-que-ton-pere-la-recoive-r34',
    weight: 2,
    phrases: [
      'tu|t ..1 veux|voudrais|as_envie|aimerais|preferes ..1 que|qu ..3 @audience ..1 la|le|les|l ..1 recoive|recoivent|voie|voient|voit|regarde|regardent|recoit ..2 [ou_pas|non|hein|ou_quoi]',
    ],
    unless: ['robe|tenue|maison|appart|voiture|chambre|cadeau*|anniv*|surprise|fete|dessin*|bulletin|carte_postale|lettre|colis|invitation*|faire_part|spectacle|match|film|serie|recette|gateau|mdr|ptdr|xd|haha|jrigole|avant_de|pour_valider|signer|signe'],
    examples: {
      match: ["t'as envie que ton père la reçoive ?", 'tu veux que tes potes la voient ou pas', "tu voudrais que ta mère les regarde ?"],
      ignore: ['tu veux que ta mère la voie avant de commander la robe ?', "t'as envie que ton père le voie, ton dessin ?", 'tu veux que tes parents la reçoivent pour ton anniv ?'],
    },
  },
  {
    id: 'si-tu-veux-pas-quil-les-voie-faudra-obeir-r34',
    phrases: [
      'si ..2 veux|voudrais|veut pas que|qu ..2 les|la|le|l|te voie|voient|voit|recoive|recoivent|sache|sachent|decouvre ..6 faudra|faut|faudrait|va_falloir|tu_vas_devoir|tu_devras|tu_dois|t_as_interet|tas_interet ..3 gentille|gentil|sage|obeissante|obeissant|obeir|m_obeir|cooperer|ce_que_je_dis|ce_que_je_veux|ce_que_je_demande|mon_jeu|me_faire_plaisir',
    ],
    unless: ['menage|chambre|range*|vaisselle|devoir*|mamie|papi|prof|cache_cache|surprise|cadeau*|anniv*|mdr|ptdr|xd|haha|jrigole'],
    examples: {
      match: ["si tu veux pas qu'il les voie, faudra être gentille avec moi", "si tu veux pas que ta mère les voie, t'as intérêt à faire ce que je dis", "si tu veux pas qu'ils le sachent va falloir m'obéir"],
      ignore: ["si tu veux pas que ta mère le voie faut ranger ta chambre et être sage", "si tu veux pas qu'il te voie pour la surprise faut être discrète et gentille"],
    },
  },
  // r34-end
  // r39-start
  {
    id: 'ta-mamie-est-sur-facebook-elle-va-kiffer-r39',
    phrases: [
      '@audience|mamie|mami|meme|grand_mere|grands_parents|papi|papy|pepe|grand_pere|tante|tata|tonton|oncle|marraine|parrain ..4 est|sont|a|ont|aussi ..2 facebook|fb|instagram|snapchat|tiktok|whatsapp|messenger ..6 va|vont|pourrait|pourraient|allait ..1 kiffer|adorer|aimer|voir|recevoir|decouvrir|apprecier|halluciner|tomber_sur ..3 tes|ta|ton|ces|cette ..1 photo*|video*|vid|vids|tof*|nudes|screens|captures',
    ],
    unless: ['voyage|vacances|soiree|anniv*|mariage|match|concert|spectacle|kermesse|fete|sortie|chanson|danse*|karaoke|bebe|chiot|chaton|gateau|dessin|diaporama|clip|cadeau|surprise|bapteme|communion|noel|remise|diplome|gala|tournoi|plage|recette|jardin|peinture|album|mets_les|poste_les|publie_les|partage_les|montre_lui|montre_leur|envoie_lui|envoie_leur'],
    weight: 3,
    examples: {
      match: ['ta grand-mère elle est sur fb hein ? elle va adorer tes vidéos', 'ton père il a instagram ? il va kiffer tes tofs'],
      ignore: ['ta mamie elle est sur facebook ? elle va adorer tes photos du voyage', 'ta tante a instagram, montre-lui, elle va adorer tes dessins'],
    },
  },
  {
    id: 'tes-parents-savent-ce-que-tu-fais-devant-ta-webcam-r39',
    phrases: [
      '@audience|mamie|tes_grands_parents ..2 savent|sait|savaient|savait|connaissent|connait ..2 ce_que|ce_qu|c_que|c_qu|que|ce_que_tu ..3 fais|faisais|fait|montres|montrais|envoies|envoyais ..3 devant|sur|avec|a ..1 ta|la|ton|une ..1 @cam|camera|cam',
    ],
    unless: ['surprise|anniv*|cadeau*|resultats|notes|bulletin|bac|brevet|admis|admise|enceinte|bebe|mariage|fiancailles|demenag*|promo*|diplome|naissance|annonce*|selection*|selectionne*|reussi|gagne|concours|permis|stage|heureux|heureuse|fier|fiere|contente|content|ravi|ravie|cours_en_ligne|cours_en_visio|visio_du_prof|classe_virtuelle|devoirs|expose'],
    examples: {
      match: ['ta mère elle sait ce que tu montres sur ta cam ? ils vont bientôt le savoir', 'tes potes savent ce que tu faisais devant la webcam hier soir ?'],
      ignore: ['tes parents savent ce que tu fais sur ta cam pour les cours en visio ?', 'ta mere sait ce que tu fais sur ta tablette ?'],
    },
  },
  {
    id: 'ils-vont-bientot-le-savoir-r39',
    phrases: [
      '@audience|ils|elles|elle|il ..3 vont|va|allaient|devraient|vont_tous|vont_toutes ..1 bientot|vite|tres_vite|tres_bientot|sous_peu|tous|toutes|aujourd_hui|demain|ce_soir ..1 le|l ..1 savoir|apprendre|decouvrir',
    ],
    unless: ['surprise|anniv*|cadeau*|resultats|notes|note|bulletin|bac|brevet|admis|admise|enceinte|bebe|mariage|fiancailles|demenag*|promo*|diplome|naissance|annonce*|selection*|selectionne*|reussi|gagne|concours|permis|stage|heureux|heureuse|fier|fiere|contente|content|ravi|ravie|devoirs|expose|vitre|vase|casse|retard|absence|absent*|colle|heure|mdr|ptdr|lol|haha|xd|jrigole|film|serie|saison|episode|fin'],
    weight: 2,
    examples: {
      match: ['tes parents vont vite le découvrir', 'toute ta classe va bientôt le savoir, crois moi'],
      ignore: ['tes parents vont bientôt le savoir que t as eu ton bac, ils seront trop fiers', 'ils vont bientot le savoir pour la surprise', 'ta mère va vite le savoir pour la vitre cassée'],
    },
  },
  // r39-end
] satisfies PatternEntry[];
