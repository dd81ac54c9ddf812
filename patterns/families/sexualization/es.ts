import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'sexual-questions',
    phrases: [
      'eres|sos|es|sigues ..1 virgen|virgencita',
      'has|ya_has|alguna_vez_has|habeis|hiciste ..2 tenido|hecho|follado|cogido ..2 sexo|relaciones|el_amor|algo_con|con_alguien|cosas',
      'te|ya_te has|haz|sueles|alguna_vez_te ..2 masturbado|masturbas|tocado|tocas|corrido|venido|hecho_una_paja|hecho_un_dedo',
      'te masturbas|tocas|tocaste|pajeas|corres|masturbaste',
      'que|q ..1 llevas|traes|tienes|vistes puesto|puesta|ahora|ahorita|de_ropa|debajo',
      'de|q|que color|talla ..2 bragas|calzones|calzoncillos|ropa_interior|tanga|sujetador|brasier|bra|boxer|boxers|pecho|copa',
      'como tienes|tenes ..2 tetas|pechos|culo|pene|polla|verga|pito|vagina|pelos',
      'cuanto te mide|mide_tu|te_mide',
      'te gusta|gustaria|gustan ..2 sexo|porno|follar|coger|chupar|tocarte|que_te_toquen|hacerlo|el_sexo',
      'has|haz visto ..1 porno|videos_porno',
      'estas|stas|tas ..2 cachonda|cachondo|caliente|excitada|excitado|mojada|mojadita|arrecha|arrecho|horny|hot|calentita|durisimo',
      'me pones ..2 cachondo|cachonda|caliente|duro|durisimo|a_mil|arrecho',
      'me_la|me_lo pones ..1 dura|duro|parada|parado',
      'quiero|kiero|me_gustaria|quisiera|deseo|voy_a ..2 follarte|cogerte|tocarte|chuparte|lamerte|desnudarte|acostarme_contigo|hacerte_el_amor|hacertelo|comerte_entera|comerte_toda|metertela|besarte_todo|besarte_toda',
      'tienes|tenes|que ..1 buen|tremendo|lindo|rico|buenisimo|bonito cuerpo|cuerpazo|culo|culito|culazo|tetas|pechos|lomo',
      'estas|stas|tas ..2 buenisima|buenisimo|rica|riquisima|sabrosa|buenota|potra|tremenda|apetecible|para_comerte',
      'eres|sos ..1 muy|re|tan|bien ..1 sexy|caliente|rica|provocativa|provocativo',
      'fotos|foto|@photo|@video ..3 ropa_interior|calzoncillos|bragas|tanga|calzones|boxer|lenceria|sujetador|desnud*|porno|hot|xxx|picantes|intimas',
      '@showme ..2 tu|tus|el|la|los|las cuerpo|cuerpito|tetas|pechos|culo|pene|polla|verga|pito|vagina|cosita',
    ],
    unless: ['virgen_de|virgen_del|virgen_maria|aceite|la_virgen|extra|horoscopo|signo|tierra|fiebre|calor|sol|clima|tiempo|agua|cafe|sopa|disfraz|fiesta_de|peli|serie'],
    examples: {
      match: ['eres virgen?', 'que llevas puesto ahora mismo?', 'has hecho algo con alguien?', 'te masturbas?', 'estas cachonda?', 'tienes buen cuerpo', 'necesito unas fotos en ropa interior para el book', 'de que color son tus bragas', 'estas buenisima', 'muestrame tu cuerpo'],
      ignore: ['la virgen de guadalupe', 'que llevas a la fiesta?', 'estas caliente, tienes fiebre?', 'tienes buen corazon', 'que tienes de deberes', 'la sopa esta caliente'],
    },
  },
  {
    id: 'kissing-bf',
    weight: 2,
    phrases: [
      'has|ya_has|alguna_vez_has|te_has ..1 besado|dado_un_beso|dado_tu_primer_beso|morreado|liado|enrollado',
      'quiero|kiero|me_gustaria|quisiera ..1 besarte|darte_un_beso|comerte_la_boca',
      'tienes|tenes ..1 novio|novia|noviecito|noviecita|pareja ..1 you|o_que|eh|ahora|actualmente',
    ],
    examples: {
      match: ['has besado a alguien?', 'me gustaria besarte', 'tienes novia ya?'],
      ignore: ['mi prima se ha besado con su novio', 'mi hermano tiene novia'],
    },
  },
] satisfies PatternEntry[];
