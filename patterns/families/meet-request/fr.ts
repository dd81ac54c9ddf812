import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'on-se-voit',
    phrases: [
      'on|tu_veux_qu_on|on_pourrait|on_peut ..1 se|s ..1 voit|voir|voie|capte|rejoint|rejoins|retrouve|rencontre|rencontrer|donne_rdv',
      'se|s ..1 voir|rencontrer|retrouver ..1 en_vrai|irl|pour_de_vrai|un_jour|seul*|tous_les_deux|tout_les_deux|juste_nous',
      'rencontre*|voir|vois|voie ..2 en ..1 vrai|irl|personne',
      'tu|t ..1 veux|voudrais ..2 qu|que ..1 on ..1 se ..1 voit|voie|voir|rencontre',
      'rdv|rendez_vous|rendez ..2 a|au|devant|derriere|chez|ce|samedi|dimanche|demain|mercredi',
    ],
    unless: ['au|a|en ..1 lycee|college|cours|ecole|bahut|entrainement|entrainemnt|club|training', 'avec ..2 les|tout|tous|le|la ..1 autres|groupe|classe|equipe|potes|bande|monde', 'dentiste|medecin|docteur|coiffeur|orthodontiste'],
    examples: {
      match: ['on se voit samedi ?', 'on pourrait se rencontrer en vrai', 'on se voit juste tous les deux', 'tu veux qu on se voie ?', 'rdv devant la gare'],
      ignore: ['on se capte demain au lycée', 'on se voit au cours de maths', 'on se retrouve avec les autres au ciné', 'rdv chez le dentiste demain'],
    },
  },
  {
    id: 'je-viens-te-chercher',
    phrases: [
      'je|jpeux|j|jpourrais ..2 peux|pe|pourrais|pourrai|propose ..2 venir|passer ..1 te|t ..1 chercher|prendre|recuperer|voir',
      'monte|montes|viens ..2 dans ..1 ma ..1 voiture|caisse|bagnole',
      'viens|vient|venez ..1 chez ..1 moi|mwa',
      'je|jpeux|j ..2 t|te ..1 emmene*|amene*|invite* ..2 chez|a ..1 moi|mwa|l_hotel|hotel|mon_appart',
      'je|jpeux|jvais|j ..2 viens|venir|passe|passer ..1 chez|devant_chez ..1 toi|twa ..2 ce|quand|si|ce_soir|demain|cette',
      'dis|donne ..2 moi|m ..1 ou|l_heure|quand ..2 tu|t ..1 sors|finis|es|seras',
    ],
    unless: ['maman|papa|ta_mere|ton_pere|pour_le_repas|pour_manger|pour_reviser|pour_les_devoirs|pour_l_expose|avec_les_autres|le_groupe'],
    examples: {
      match: ['je peux venir te chercher en voiture', 'monte dans ma voiture', 'viens chez moi', "je t'emmène chez moi", 'je peux passer chez toi ce soir'],
      ignore: ['je viens te chercher à 19h', 'viens chez moi pour réviser', 'tu viens chez moi avec les autres pour le groupe ?'],
    },
  },
] satisfies PatternEntry[];
