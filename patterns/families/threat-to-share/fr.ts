import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'jenvoie-a-ta-famille',
    phrases: [
      '@je ..3 @spread ..6 ta|ton|tes|tous_tes|toute_ta|tout_ton|a_ta|a_tes|a_ton ..1 @audience',
      '@je ..3 @spread ..6 tout_le_monde|tt_le_monde|tlm|partout|internet|sur_le_net|les_reseaux|reseaux_sociaux|des_sites|site_porno|sites_porno',
      'sinon|ou|si_tu_paies_pas|si_tu_payes_pas|sinn|snn ..6 @spread ..6 ta|ton|tes|tous_tes|toute_ta|tout_ton|tout_le_monde|partout|internet',
      'l|les|la|le|ca|tout ..1 envoyer|publier|poster|balancer|partager|diffuser|montrer|mettre|afficher|faire_tourner ..4 a|sur|dans|chez ..2 ta|ton|tes|tous|toute|tout|internet|les_reseaux|partout',
      '@je ..2 balance|balancerai*|publie|publierai*|poste|posterai*|leak|leake*|diffuse|diffuserai* ..1 tout|toutes|tes|ta|ton|les|la|ca|partout',
    ],
    unless: ['mdr|ptdr|xd|jrigole|je_rigole|jpp|blague|araign*|anniv*|drive|groupe_de_classe'],
    examples: {
      match: ["Tu m'envoies 300€ sinon j'envoie la vidéo à tous tes abonnés", 'si tu bloques je les publie partout', 'je vais les mettre sur internet', 'je publie la vidéo sur ton insta', "sinon j'envoie celle que j'ai à ta famille", "et l'envoyer à tout ton collège", 'sinon je balance tout'],
      ignore: ["je vais mettre la vidéo du but sur mon insta", 'si tu me rends pas mon chargeur je balance à tout le monde que tas peur des araignées mdr', 'je te les envoie sur le drive', 'envoie la photo à ta mère'],
    },
  },
  {
    id: 'tout-le-monde-va-voir',
    phrases: [
      'tout_le_monde|tt_le_monde|tlm|ta_famille|tes_parents|tes_potes|tes_amis|tes_abonnes|toute_ta|tout_ton|tous_tes|ta_mere|ton_pere|ton_ecole|ton_lycee|ton_college ..3 va|vont|verra|verront|saura|sauront|aura|auront|recevra|recevront|decouvrira|decouvriront ..2 ta|tes|ton|ca|les|la|qui|ce|tout|comment|voir|savoir|recevoir|te|t',
      'ta|tes|la|les|ton ..1 video*|photo*|nude*|nudes ..3 va|vont|seront|sera|finira|finiront ..3 partout|en_ligne|publie*|sur_internet|sur_le_net|viral*|sur_les_reseaux|chez_tes',
      'ta ..1 vie ..3 detrui*|fini*|ruine*|foutue|gachee',
      'tu|t ..1 vas|va ..2 etre ..1 la ..1 honte|afiche*|affiche*|expose*',
    ],
    unless: ['mdr|ptdr|xd|jrigole|match|film|concert|spectacle|but|resultat*|bulletin|notes'],
    examples: {
      match: ['tout le monde verra ta vidéo', 'ta famille va voir', 'si je reçois pas, tout le monde les aura', 'tes photos vont finir partout', 'Ta vie va être détruite', 'tu vas etre affichée'],
      ignore: ['tout le monde va voir le match', 'tout le monde va venir à la soirée', 'tout le monde aura ses notes demain'],
    },
  },
] satisfies PatternEntry[];
