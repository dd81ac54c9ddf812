import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'montage-porno',
    phrases: [
      'montage*|photoshop*|deepfake*|deep_fake*|fake|fakes|truqu*|retouch*|modifi* ..6 ta|ton|tes|toi|twa ..6 porn*|nue*|nude*|sexe|sexuel*|cul|xxx|a_poil|sexy|ose*',
      'mettre|mets|met|mettrai|coller|colle|collerai|photoshoper ..3 ta|ton tete|visage|face|photo ..4 sur ..3 porn*|nue*|nude*|corps|sexe|video*|film*',
      'mettre|mets|met|mettrai|coller|colle|collerai|collera*|photoshoper|foutre|fous|foutrai|incruster|incruste*|greffer|plaquer ..3 ta|ton|tes tete|visage|face|gueule|tronche|photo*|pp ..4 sur|dans ..4 @nude|porn*|sextape*|film_x|films_x|video_x|videos_x|meuf_a_poil|cul|nue*',
      'faire|fais|ferai|creer|cree|generer|genere|fabriquer ..3 des|une|un|de|tes|fausse*|faux ..2 nude*|nudes|photos_nues|videos_porno|porno|photos_de_toi_nue ..4 toi|twa|avec|ia|ai|l_ia',
      'ia|l_ia|lia|intelligence_artificielle|appli|application ..6 te|t ..1 deshabill*|mettre_nue|mettre_nu',
      'je|jpeux|j ..2 peux|vais|pourrais ..2 te|t deshabiller ..3 avec|sur|grace',
      'deepfake*|deep_fake* ..4 de ..1 toi|twa',
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
    unless: ['mdr|ptdr|xd|drole|chat|chien|memes|dinosaure', 'article|reportage|victime*|escroc*|arnaque*|prevention|selon|etude|loi|interdit*|illegal*'],
    examples: {
      match: ['avec ta photo de profil je peux faire des nudes', "je peux faire croire à tout le monde que c'est toi nue", "j'ai une appli qui déshabille les gens, je l'ai fait avec ta photo", 'jpeux te faire un montage a poil avec tes photos insta', "avec l'ia je te mets à poil en 2 secondes", "je vais truquer tes photos pour que t'aies l'air nue", 'je vais faire un montage de ta tête sur des photos porno', 'je vais mettre ta tête sur des photos de nues', 'je vais coller ta tête sur des photos de cul et les balancer', 'jvais incruster ta tronche dans une sextape', 'je fous ta gueule sur des photos de meufs à poil', "je peux faire des nudes de toi avec l'IA", "avec l'IA je peux te déshabiller", 'un deepfake de toi', 'je cree un faux compte a ton nom avec tes photos', "même si c'est faux tout le monde va y croire"],
      ignore: ['jai fait un montage de ta tête sur un chat mdr', 'le montage vidéo du projet est fini', "un article sur les montages porno faits avec l'IA, les victimes sont souvent des ados", 'je retouche tes photos de vacances ce soir', 'je vais coller ta photo sur la carte d anniversaire', 'je mets ta tête sur le corps d un chat mdr'],
    },
  },
] satisfies PatternEntry[];
