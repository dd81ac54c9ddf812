import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'si-tu-montres-je-montre',
    phrases: [
      'si tu|t me|m ..1 montre*|envoi*|envoy* ..5 @ite|je|j ..2 montre*|envoi*|envoie*',
      '@ite montre*|envoi*|envoie* ..4 si tu|t me|m|si_toi_aussi|si_tu_le_fais',
      '@ite montre*|envoi* ..2 la_mienne|le_mien|les_miennes|les_miens|mes_photos|mon_corps|mes_seins|ma_bite|mes_nudes',
      'montre*|envoi* ..3 et ..1 @ite montre*|envoi*',
      'montre*|envoi* ..2 [moi] ..2 d_abord|dabord|en_premier ..3 apres|puis|et @ite|je',
    ],
    unless: ['redac*|exo*|devoir*|copie|dessin|coupe|robe|chambre|voiture|carte*|skin*|version|reponse*|expose|lien|code|liste|recette|dissert*|dm|fiche*|cours|notes|correction|corrige*|plan|resume*|intro|conclusion|brouillon|playlist|tenue|menu'],
    examples: {
      match: ['si tu me montres je te montre', 'jte montre si tu me montres', 'je te montre la mienne', "montre et je t'envoie les miennes"],
      ignore: ["je t'envoie la mienne de dissert si tu m'envoies la tienne", 'si tu me montres le chemin je te paie un coca', 'je te montre le jeu demain', 'montre moi ton exo', 'je te montre la mienne demain, ma redac'],
    },
  },
  {
    id: 'a-ton-tour',
    phrases: [
      'a ton tour ..4 montre*|envoi*|envoy*|@photo|de_me|m_envoyer|maintenant|mtn',
      'j|je|jt|jte|moi ..2 t|te ai|e envoye*|montre*|envoyer ..6 a|c ton tour',
      'j|je|jt|jte|moi ..2 t|te ai|e envoye*|montre*|envoyer ..6 toi_aussi|toi_maintenant|ton_tour|tu_me_dois',
      'je t ai montre moi|mwa',
      'si je|j|jte|jt ..2 envoi*|montre* ..4 tu|t ..2 envoi*|montre*',
      'je|j|jte|jt ..2 envoi*|montre* ..4 d_abord|dabord|en_premier|moi_d_abord',
      'mienne|miennes|mien|miens ..6 tienne|tiennes|tien|tiens|ton_tour|a_toi|toi_maintenant',
      '@send|@show ..1 la|les tienne|tiennes',
      'moi aussi ..2 je|j|jte|jt ..2 envoi*|montre*',
      'jtai|jt_ai|jtai_envoye|tai montre*|envoye* ..4 a_ton_tour|toi_aussi|ton_tour',
      'a toi|twa de|maintenant|mtn ..2 montre*|envoi*|envoy*',
    ],
    unless: ['jouer|joue|lancer|lance|de_des|partie|game|carte*|pion|parler_a_la_classe|passer_au_tableau', 'reponse*|redac*|dissert*|controle|interro|tp|exo*|exercice*|devoir*|copie|corrige*|fiche*|notes|cours|lien*|code*|playlist|musique*|son|sons|recette|skin*|adresse*|numero*'],
    examples: {
      match: ["a ton tour maintenant 😏 je t'ai montré moi", "je t'ai envoyé la mienne, à ton tour", 'je tai envoyé une photo toi aussi', "a toi de m'envoyer"],
      ignore: ['je t envoie mes reponses si tu m envoies les tiennes', 'maintenant a toi de m envoyer la photo de ta dissert', 'à ton tour de jouer', "je t'ai envoyé le lien, à ton tour de lancer la partie", 'a ton tour de passer au tableau'],
    },
  },
  {
    id: 'echange-photos',
    phrases: [
      'echange*|echanger|echangeons|s_echange*|troc ..3 @photo|nudes',
      '@photo contre ..2 @photo',
      'donnant donnant',
      'une pour une|un_pour_un|une_contre_une',
    ],
    unless: ['cartes|pokemon|stickers|vetements|habits|jeux|vacances|voyage|soiree|anniv*|sortie|classe|colo|mariage|concert|match|plage|ski|groupe|album|drive|souvenir*'],
    examples: {
      match: ['on echange des photos ?', 'photo contre photo', 'donnant donnant 😏', 'on se fait un échange de nudes'],
      ignore: ['on échange nos photos de vacances ?', 'on echange des cartes pokemon', 'échange de vêtements samedi'],
    },
  },
  {
    id: 'jai-deja-envoye-a-ton-tour',
    phrases: [
      'j_ai|jai|g|j|moi ..2 deja|moi ..2 envoye*|montre*|balance* ..4 a|c|cest|c_est ton|toi|twa ..1 tour|maintenant|mtn',
      'moi ..1 j_ai|jai|g ..1 deja ..1 envoye*|montre*|fait ..4 toi|twa ..1 aussi|maintenant|mtn',
      'j_ai|jai|g ..1 [deja] envoye*|montre* ..3 t_attends|tattends|t_attend|tu_attends|t_as_peur|ta_peur|tu_as_peur|t_es_ou|toi_aussi|a_toi|atoi',
    ],
    unless: ['devoir*|exo*|dossier|projet|partie|jeu|game|carte*|formulaire|inscription|classe|groupe|lien|mail|cv|candidature|message_a|invitation*|des|manette|lancer'],
    examples: {
      match: ["moi j'ai envoyé, t'attends quoi", "bah une pic, j'ai déjà envoyé moi, a ton tour", "moi j'ai deja montre, toi maintenant"],
      ignore: ["j'ai déjà envoyé mon devoir, à ton tour", "j'ai deja envoye le lien du groupe, a ton tour"],
    },
  },
] satisfies PatternEntry[];
