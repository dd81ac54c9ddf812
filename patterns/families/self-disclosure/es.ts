import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'my-handle',
    phrases: [
      'mi @app|usuario|user|arroba|numero|num|cel|celular|movil|telefono|tlf|tel ..1 es|seria|aqui',
      'agregame|sigueme|escribeme|buscame|hablame ..2 @app ..2 soy|como',
      'me ..1 encuentras|buscas|agregas ..2 como|en @app',
    ],
    examples: {
      match: ['ok mi snap es lucia_22', 'mi insta es pablo.2010', 'mi numero es el 612345678', 'agregame en insta soy lauritaa_'],
      ignore: ['mi snap se cayo', 'mi movil esta roto', 'mi telefono esta sin bateria'],
    },
  },
  {
    id: 'my-address-school',
    phrases: [
      'vivo ..1 en|por ..1 la|el calle|c|avenida|av|avda|plaza|barrio|colonia|urbanizacion|urb|pasaje|numero|piso|portal|bloque|edificio|residencial',
      'vivo en ..2 calle|avenida|av|avda|plaza|colonia|urbanizacion|urb|pasaje|#',
      'mi|nuestra direccion|dire|casa|domicilio|ubicacion ..1 es|esta|queda',
      'voy|estudio|estoy|ando|vamos ..1 al|a_la|en_el|en_la|en ..1 @school|ies|ceip|colegio|instituto',
      'al|el|del ies|ceip|colegio|instituto|liceo',
      'mi @school|instituto|colegio|insti|cole ..1 es|se_llama|esta',
    ],
    unless: ['mi casa es tu casa'],
    examples: {
      match: ['vivo en la calle mayor 12', 'al ies cervantes', 'voy al colegio san jose', 'mi direccion es avenida sol 3', 'mi insti se llama jorge juan'],
      ignore: ['vivo en madrid', 'me encanta vivir aqui', 'mi casa es tu casa'],
    },
  },
  {
    id: 'my-age-alone',
    phrases: [
      'tengo # ..1 anos|ano|anitos|y_tu|y_vos|recien|cumplidos',
      'tengo #',
      '# y ..1 tu|vos|usted|tu_cuantos',
      'soy ..1 del|de_el # ',
      'cumplo|cumpli # [anos]',
      'estoy|toy|stoy ..1 sola|solo|solita|solito ..2 casa|en_casa|toda_la_noche|todo_el_dia|hasta',
      'mis ..1 padres|papas|viejos ..2 no_estan|trabajan|se_fueron|llegan_tarde|estan_de_viaje|no_vuelven|salieron',
    ],
    examples: {
      match: ['14 y tu', 'tengo 13 años', 'soy del 2011', 'estoy sola en casa', 'mis padres no estan', 'cumplo 14 en mayo'],
      ignore: ['estoy en casa', 'mis padres son muy pesados'],
    },
  },
] satisfies PatternEntry[];
