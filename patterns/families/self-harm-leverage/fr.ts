import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'si-tu-me-laisses-je-me-tue',
    phrases: [
      'si tu|t ..5 je|j|jvais|jme ..3 me|m ..1 tue|tuer|suicide*|suicider|pendre|flinguer|foutre_en_l_air|fous_en_l_air|fou_en_l_air|foutrai_en_l_air|coupe_les_veines|taillade*|ouvrir_les_veines|jeter|scarifie*|fais_du_mal|faire_du_mal|mutile*|tue_moi',
      'si ..1 tu|t ..5 jme|jm ..1 tue|suicide*|pends|flingue|fous_en_l_air',
      'je|j|jvais|jme ..3 me|m tue|tuer|suicide*|suicider|pendre|flinguer|foutre_en_l_air|ouvrir_les_veines|fais_du_mal|faire_du_mal|jeter ..4 si|sans ..1 tu|t|toi|twa',
      'je|j|jvais|jme ..3 me|m ..1 tranche*|coupe*|taillade*|ouvre|ouvrir|charcute* ..1 les|mes ..1 veines|poignets|bras ..4 si|sans|pour ..1 tu|t|toi|twa',
      'je|j|jvais|jv ..2 en_finir|en_finis|mettre_fin_a_mes_jours|mettre_fin_a_ma_vie|finir_ma_vie ..4 si|sans ..1 tu|t|toi|twa',
      'je|j|jvais|jme ..3 me|m tue|tuer|suicide*|suicider|pendre|flinguer|foutre_en_l_air|fais_du_mal|faire_du_mal ..6 ta ..1 faute|conscience',
      'ce sera|serait|sera_de ta|de_ta faute ..2 si ..1 je|j ..3 me|m|meurs|mort',
      'tu|t veux|voudrais ..2 que je|j ..1 me|meure|creve ..1 [tue|suicide|suicider]',
      'suicid*|tuer|tue ..2 a_cause_de|par_ta_faute|pour toi|twa',
      'sans toi|twa ..2 je|j ..2 me|m tue|tuer|suicide*',
      'ma mort ..2 sera|serait ..2 sur ta ..1 conscience',
      'je|j peux|pourrais pas ..1 vivre ..1 sans ..1 toi|twa',
      'si ..1 tu|t ..2 envoi*|envoy*|renvoi*|renvoy*|montre*|reponds|repond|fais|fait|viens|parle*|laisse*|quitte*|bloque* ..1 pas|plus ..6 je|j|jvais|jme ..2 me|m ..1 tue|tuer|suicide*|pends|pendre|flingue*|fous_en_l_air|foutre_en_l_air|fais_du_mal|faire_du_mal|blesse*|blesser|scarifie*|coupe|couper|ouvre_les_veines',
      'sinon|ou_sinon|sinn|snn|ou_je|ou_j ..2 je|j|jvais|jme ..2 me|m ..1 tue|tuer|suicide*|suicider|pends|pendre|flingue*|fous_en_l_air|foutre_en_l_air|fais_du_mal|ouvre_les_veines',
    ],
    unless: ['maths|cours|controle|interro|exam*|bac|brevet|prof|devoirs|lundi|mdr|ptdr|jpp|lol|xd|haha|boulot|taf|travail|tache|rire|de_rire|anniv*|soiree|fete|concert|cine|match'],
    examples: {
      match: ["si tu me quittes je me fous en l'air", 'si tu m envoies pas une photo ce soir je me tue', 'envoie la sinon je me suicide', 'si tu me laisses je me tue', 'je te jure je vais me suicider et ce sera ta faute', 'je me tue si tu me parles plus', 'tu veux que je meure ?', 'je peux pas vivre sans toi', 'je me tranche les veines si tu me quittes', "j'en finis si tu me réponds pas", 'si tu me renvoies pas une photo ce soir je me fais du mal'],
      ignore: ["si tu viens pas je me tue 😭 c'est mon anniv", 'sinon je me tue a la tache', 'jvais me pendre si on a encore maths demain 😭', 'je me tue à la tâche au boulot', 'je vais me tuer de rire', 'je me coupe les cheveux si tu viens', 'je vais en finir avec ce jeu si tu m aides pas mdr'],
    },
  },
] satisfies PatternEntry[];
