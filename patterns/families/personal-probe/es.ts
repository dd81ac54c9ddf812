import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'asks-age',
    phrases: [
      'cuantos anos|ano|anios|anitos tienes|tenes|tenis|cumples|cumpliste|tiene_usted',
      'cuantos tienes|tenes|tenis',
      'que|q|k edad tienes|tenes|tenis|tiene_usted',
      'tu edad',
      'eres|sos mayor|menor de edad',
      'de que|q ano|anio eres|sos',
      'en|a que|q curso|grado|ano estas|vas|andas',
    ],
    examples: {
      match: ['cuantos años tienes?', 'y q edad tenes', 'cuantos tienes', 'eres menor de edad?', 'en que curso estas?', 'de que año eres'],
      ignore: ['cuantos años tiene tu perro', 'tengo 15 años', 'feliz cumple!'],
    },
  },
  {
    id: 'asks-alone',
    phrases: [
      'estas|stas|tas|estai|esta_usted sola|solo|solita|solito|solos|solas',
      'hay alguien ..2 contigo|casa|tu_casa',
      'estan|llegan|vuelven|trabajan|salieron|se_fueron tus padres|papas|papis|viejos|mama|papa',
      'tus padres|papas|papis|viejos ..2 estan|llegan|vuelven|trabajan|salieron|se_fueron|duermen|revisan|miran|ven',
      'duermes sola|solo|con_alguien',
      'tienes|tenes ..1 cuarto|habitacion|pieza propio|propia|para_ti',
    ],
    examples: {
      match: ['estas sola en casa?', 'hay alguien contigo?', 'a que hora llegan tus papas', 'tus padres revisan tu movil?', 'tienes cuarto propio?'],
      ignore: ['estoy sola en casa', 'vienes solo o con alguien al cine?'],
    },
  },
  {
    id: 'asks-school-location',
    phrases: [
      'a|en|al que|q|k @school vas|estudias|estas|vais|andas|asistes',
      'cual es tu @school|direccion|dire|calle|domicilio|barrio|colonia',
      'donde vives|estudias|queda_tu_casa|esta_tu_casa|vivis|esta_tu_colegio|queda_tu_colegio',
      'en que|q ciudad|barrio|zona|colonia|parte|calle vives|estas|vivis',
      'de donde eres|sos|es_usted',
      'pasame|mandame|dame|envia*|comparte* ..1 tu ubicacion|direccion|dire|ubi',
    ],
    examples: {
      match: ['a que insti vas?', 'donde vives?', 'de donde eres?', 'cual es tu colegio', 'pasame tu ubicacion', 'en que barrio vives'],
      ignore: ['vivo en madrid', 'donde esta el colegio nuevo', 'me encanta mi barrio'],
    },
  },
] satisfies PatternEntry[];
