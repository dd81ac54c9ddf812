import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'explicit-pics',
    phrases: [
      '@send|@showme ..4 @photo|@video ..3 @pack',
      '@send|@showme ..2 [el|tu|un|unos|los|tus|algun|algo] pack|packs|packcito|nudes|nude|desnud*',
      '@photo|@video|fotitos ..2 @pack',
      'tienes|tenes|vendes|vende|hay|pasas|intercambias ..1 pack|packs|nudes',
      '@showme ..2 tu|tus|el|la|los|las cuerpo|cuerpito|tetas|pechos|pechitos|culo|cola|trasero|pene|polla|verga|pito|vagina|cosita|partes|intimidad|abdomen|abdominales|calzones|bragas|tanga|ropa_interior',
      'quiero|kiero|quisiera|me_gustaria|me_encantaria|dejame|deja verte|ver ..2 desnud*|sin_ropa|en_ropa_interior|en_bolas|encuerad*|tu_cuerpo|tus_tetas|tu_culo|tu_cuerpito',
      'quitate|sacate ..2 la|el|los|las ropa|camiseta|camisa|sujetador|brasier|bra|pantalon*|bragas|calzones|tanga|boxer|top',
      'desnudate|desnudese|encuerate|quitatelo|quitatela|quitatelo_todo',
    ],
    unless: ['pack ..2 textura*|texturas|mod*|recursos|shaders|stickers|cervezas|skins|iconos|batalla'],
    examples: {
      match: ['pasame el pack 😏', 'mandame una foto sin camiseta', 'fotos hot nadie se va a enterar', 'muestrame tu cuerpo', 'quiero verte desnuda', 'necesito unas fotos en ropa interior', 'tienes pack?', 'quitate la camiseta'],
      ignore: ['pasame el pack de texturas', 'mandame una foto de la bici', 'me duele el cuerpo', 'quitate de en medio'],
    },
  },
  {
    id: 'turn-on-cam',
    phrases: [
      'prende|prendes|prender|enciende|enciendes|encender|pon|pones|poner|abre|abres|abrir|activa|activas|activar|conecta|conectas ..2 [la|tu|el] @cam',
      'quiero|kiero|quisiera|podemos|puedo ..2 verte ..2 por|en @cam',
    ],
    unless: ['trabajo|clase|deberes|tarea|proyecto|reunion|examen|grupo|profe|primera|tercera|persona|angulo|juego|partida|stream|foto_de_grupo'],
    examples: {
      match: ['prende la camara', 'pon la cam porfa', 'enciende la webcam', 'activa la camara un momento', 'quiero verte por videollamada'],
      ignore: ['pon la camara para el trabajo que quiero ensenarte el mural', 'pon la camara en primera persona', 'mi camara esta rota'],
    },
  },
  {
    id: 'pic-of-you',
    weight: 2,
    phrases: [
      '@send|quiero|kiero|quisiera|tienes|tenes ..3 @photo|@video ..1 tuy*|de_ti|de_vos|tu_cara|de_tu_cara|de_tu_cuerpo|tuyo',
      '@send ..2 @photo ..2 en_la_cama|en_la_ducha|en_el_bano|en_pijama|en_bikini|en_el_espejo|acostada|acostado',
      'hazte|sacate|tomate ..2 @photo|selfie ..3 para_mi|y_me_la|y_mandamela|y_pasamela',
    ],
    unless: ['pelo|corte|peinado|vestido|disfraz|uniforme|equipo|grupo|graduacion|dni|pasaporte|carnet|orla'],
    examples: {
      match: ['mandame una foto tuya ahora', 'te regalo 1000 robux si me mandas una foto tuya', 'mandame una foto en la cama', 'hazte una foto para mi'],
      ignore: ['mandame una foto tuya con el pelo nuevo', 'vi una foto tuya en insta', 'mandame una foto del ticket'],
    },
  },
  {
    id: 'send-a-pic',
    weight: 1,
    phrases: [
      '@send ..2 [una|un|unas|unos|otra|otro|otras|otros|mas|alguna|algun] @photo|@video|selfie',
      'otra|otras|mas|otro|una_mas ..1 @photo|@video|selfie ..1 porfa|please|plis|xfa|ahora|you|tuya|tuyas',
    ],
    unless: [
      '@photo|@video del|de_la|de_los|de_las|de_esa|de_ese|de_eso|de_esto|de_este|de_esta|de_tu_perro|de_tu_gato',
      'deberes|tarea|ejercicio*|ticket|factura|bici|apuntes|examen|libro|horario|receta|menu|documento|dni|pizarra|viaje|excursion|meme|captura|pantallazo|grupo|producto|anuncio|coche',
    ],
    examples: {
      match: ['mandame una foto', 'me mandas una pic?', 'pasame un video', 'otra foto porfa'],
      ignore: ['mandame una foto de los deberes de mates', 'me mandas unas fotos de la bici?', 'pasame las fotos del viaje porfa', 'mandame la foto de la pizarra'],
    },
  },
] satisfies PatternEntry[];
