import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'on-se-voit',
    phrases: [
      'on|tu_veux_qu_on|on_pourrait|on_peut ..1 se|s ..1 rencontre|rencontrer|donne_rdv',
      'se|s ..1 voir|voit|voie|capte|rencontrer|rencontre|retrouver|retrouve ..2 en_vrai|irl|pour_de_vrai|un_jour|seul*|tous_les_deux|tout_les_deux|juste_nous',
      'rencontre*|voir|vois|voie ..2 en ..1 vrai|irl|personne',
      'tu|t veux|voudrais ..2 qu|que on ..1 se ..1 voit|voie|voir|rencontre',
      'rdv|rendez_vous|rendez ..2 a|au|devant|derriere|chez|ce|samedi|dimanche|demain|mercredi',
    ],
    unless: ['au|a|en ..1 lycee|college|cours|ecole|bahut|entrainement|entrainemnt|club|training|foot|basket|hand|match|piscine|danse|judo|tennis|solfege|conservatoire|cantine|permanence|perm|cdi', 'avec ..2 les|tout|tous|le|la ..1 autres|groupe|classe|equipe|potes|bande|monde', 'dentiste|medecin|docteur|coiffeur|orthodontiste'],
    examples: {
      match: ['on pourrait se rencontrer en vrai', 'on se voit juste tous les deux', 'tu veux qu on se voie ?', 'rdv devant la gare'],
      ignore: ['on se capte demain au lycée', 'on se voit au cours de maths', 'on se retrouve avec les autres au ciné', 'rdv chez le dentiste demain'],
    },
  },
  {
    id: 'on-se-voit-simple',
    phrases: ['on|tu_veux_qu_on|on_pourrait|on_peut ..1 se|s ..1 voit|voir|voie|capte|rejoint|rejoins|retrouve|rejoigne'],
    unless: ['au|a|en ..1 lycee|college|cours|ecole|bahut|entrainement|club|training|foot|basket|match|piscine|danse', 'avec ..2 les|tout|tous|le|la ..1 autres|groupe|classe|equipe|potes|bande|monde'],
    weight: 0.5,
    examples: {
      match: ['on se voit samedi ?', 'on se capte ce soir', 'tu veux qu on se retrouve quelque part ?'],
      ignore: ['on se capte demain au lycée', 'on se voit avec les autres'],
    },
  },
  {
    id: 'je-viens-te-chercher',
    phrases: [
      'je|jpeux|j|jpourrais ..2 peux|pe|pourrais|pourrai|propose ..2 venir|passer te|t ..1 chercher|prendre|recuperer|voir',
      'je|j|jpasse|jviens ..1 passe|viens|viendrai|passerai te|t chercher|prendre|recuperer ..3 a_la_sortie|apres|devant|au_college|au_lycee|a_l_ecole|en_voiture|en_scooter',
      'tu|t veux ..3 se|s rejoi*|retrouve*|voir|voie|rencontre*',
      'rejoin*|retrouve* moi|m ..2 a|au|devant|derriere|chez|dans|apres',
      'je|j viens|passe|passerai|viendrai te|t voir',
      't attendre|t_attends|t_attendrai ..2 devant|a_la_sortie|dans|apres ..2 ton|ta|ma|mon|les|le|l',
      'monte|montes|viens ..2 dans ..1 ma ..1 voiture|caisse|bagnole',
      'je|jpeux|j ..2 t|te emmene*|amene*|invite* ..2 chez|a ..1 moi|mwa|l_hotel|hotel|mon_appart',
      'je|jpeux|jvais|j ..2 viens|venir|passe|passer chez|devant_chez ..1 toi|twa ..2 ce|quand|si|ce_soir|demain|cette',
      'dis|donne ..2 moi|m ou|l_heure|quand ..2 tu|t ..1 sors|finis|es|seras',
    ],
    unless: ['maman|papa|ta_mere|ton_pere|pour_le_repas|pour_manger|pour_reviser|pour_les_devoirs|pour_l_expose|avec_les_autres|le_groupe'],
    examples: {
      match: ['je peux venir te chercher en voiture', 'monte dans ma voiture', "je t'emmène chez moi", 'je peux passer chez toi ce soir'],
      ignore: ['je viens te chercher à 19h', 'viens chez moi pour réviser', 'tu viens chez moi avec les autres pour le groupe ?'],
    },
  },
  {
    id: 'viens-chez-moi',
    phrases: ['viens|vient|venez ..1 chez ..1 moi|mwa', 'venir|passer chez moi|mwa', 'dormir chez moi|mwa'],
    unless: ['maman|papa|ta_mere|ton_pere|pour_le_repas|pour_manger|pour_reviser|pour_les_devoirs|pour_l_expose|avec_les_autres|le_groupe|jouer|game|partie|film|gouter|anniv*|soiree|on_sera'],
    weight: 1,
    examples: {
      match: ['viens chez moi', 'tu veux venir chez moi ?', 'tu peux dormir chez moi'],
      ignore: ['viens chez moi pour réviser', 'viens chez moi on fait une partie'],
    },
  },
] satisfies PatternEntry[];
