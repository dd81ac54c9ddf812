import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'explicit-pics',
    phrases: [
      '@send ..2 algo|algun|alguna|cosita|cositas ..1 @pack|caliente|atrevid*|subidito*|subidita*',
      '@cam|videollamada|llamada|videochat ..3 sin_ropa|desnud*|en_ropa_interior|en_bolas|sin_nada',
      '@showme ..4 debajo ..2 ropa|camiseta|falda|pantalon',
      '@send|@showme ..4 @photo|@video ..3 @pack',
      '@send|@showme ..2 [el|tu|un|unos|los|tus|algun|algo] pack|packs|packcito|nudes|nude|desnud*',
      'tienes|tenes|vendes|vende|hay|pasas|intercambias ..1 pack|packs|nudes',
      '@showme ..2 tu|tus|el|la|los|las cuerpo|cuerpito|tetas|pechos|pechitos|culo|cola|trasero|pene|polla|verga|pito|vagina|cosita|partes|intimidad|abdomen|abdominales|calzones|bragas|tanga|ropa_interior',
      'quiero|kiero|quisiera|me_gustaria|me_encantaria|dejame|deja verte|ver ..2 desnud*|sin_ropa|en_ropa_interior|en_bolas|encuerad*|tu_cuerpo|tus_tetas|tu_culo|tu_cuerpito',
      'quitate|sacate|quitese|sacase ..2 la|el|los|las|tu|tus ropa|camiseta|camisa|playera|remera|polera|franela|blusa|sudadera|buzo|sujetador|sosten|brasier|bra|pantalon*|short|shorts|falda|bragas|calzones|calzon|calzoncillo*|tanga|boxer|boxers|top|bikini|banador',
      'hazme|haceme|grabame|grabate|graba|hazte|sacate|tomate ..3 @photo|@video|selfie ..4 @pack',
      '@photo|@video|selfie ..2 de ..1 ahi_abajo|alli_abajo|ahi_debajo|tus_partes|tu_cosita|tu_intimidad|tus_partes_intimas|tu_parte_intima|tu_entrepierna|tu_pene|tu_vagina|tus_tetas|tus_pechos|tu_culo|tu_trasero|tu_pito|tu_verga|tu_polla|tu_paquete|tu_bulto',
      'subete|levantate|levantese|subase ..2 la|el|los|las|tu|tus|un_poco_la|un_poco_el|un_poquito_la ..1 camiseta|camisa|playera|remera|polera|blusa|falda|vestido|sudadera|top|franela',
      'bajate|bajese|abrete|abrase|desabrochate|desabotonate ..2 la|el|los|las|tu|tus|un_poco_la|un_poco_el|un_poquito_el ..1 pantalon*|short|shorts|bragas|calzones|calzon|tanga|boxer|boxers|calzoncillo*|falda|camisa|blusa|escote|sujetador|brasier',
      'donde|que se te|le vea|vean|note|noten|marque|marquen ..2 [el|la|los|las|tu|tus] abs|abdomen|abdominales|cuerpo|cuerpito|tetas|pechos|pechitos|culo|cola|trasero|piernas|bulto|paquete|pezones|todo',
      'pasa|pasen|pasate|manden ..2 pack|packs|nudes|packcito',
      '@send ..1 una|un|otra|otro|unas|unos|mas ..2 @pack|en_bikini|en_banador|en_traje_de_bano|en_toalla',
      'desnudate|desnudese|encuerate|quitatelo|quitatela|quitatelo_todo',
    ],
    unless: ['pack ..2 textura*|texturas|mod*|recursos|shaders|stickers|cervezas|skins|iconos|batalla', 'lavar|lavadora|a_lavar|sucia|sucio|sucias|sucios|mojad*|manchad*|cambiate|ponte_otra|ponte_otro|ponte_el|ponte_la|pijama|uniforme|medico|doctor|doctora|enfermer*|consulta|revision|probador|talla|color|tienda|compre|comprar|ducha_y|bano_y|playa_y|piscina_y|se_te_ve|se_te_ven|panza|barriga'],
    examples: {
      match: ['pasame el pack 😏', 'mandame una foto sin camiseta', 'muestrame tu cuerpo', 'quiero verte desnuda', 'tienes pack?', 'quitate la camiseta', 'quitate la playera, yo despues me quito la mia', 'mandame fotos sexys', 'pasame unas fotitos atrevidas', 'hazme un video bailando en ropa interior', 'grabate un video sin ropa', 'una foto de ahi abajo', 'send me a pic porfa, una donde se te vea el abs', 'una foto donde se te vean las piernas', 'subete un poco la camiseta', 'bajate el pantalon', 'tienes mas? mandame una en bikini', 'pasame otra sin ropa'],
      ignore: ['pasame el pack de texturas', 'mandame una foto de la bici', 'me duele el cuerpo', 'quitate de en medio', 'quitate la playera sucia y echala a lavar', 'la foto de abajo es mas bonita', 'una foto donde se te vea la cara', 'hazme un video del gol', 'subete los pantalones que se te ven los calzones', 'mandame una en bikini de la playa que quiero ver el color', 'subete la camiseta que se te ve la panza jaja', 'levantate la camiseta para que te vea el medico', 'subete la cremallera'],
    },
  },
  {
    id: 'explicit-pics-noun',
    phrases: ['@foto ..4 @pack', 'video|videos|pic|pics|selfie|selfies @pack'],
    unless: ['tengo|tenemos|grabado|grabada|grabe|guarde|guardado|guardadas|tu_cara|montaje|fotomontaje|photoshop|ia|hackee|me_mandaste|me_enviaste|me_pasaste', 'pack ..2 textura*|texturas|mod*|recursos|shaders|stickers|cervezas|skins|iconos|batalla'],
    examples: {
      match: ['fotos hot, nadie se va a enterar', 'una foto sin camiseta nada mas', 'necesito unas fotos en ropa interior'],
      ignore: ['tengo tus fotos desnuda', 'voy a poner tu cara en fotos porno', 'tengo grabado el video desnudo'],
    },
  },
  {
    id: 'turn-on-cam',
    phrases: [
      'ponte|ponete|sal|salte|aparece|mostrate|muestrate ..1 en|frente_a|delante_de ..1 la|tu @cam',
      'prende|prendes|prender|enciende|enciendes|encender|pon|pones|poner|abre|abres|abrir|activa|activas|activar|conecta|conectas ..2 [la|tu|el] @cam',
      'quiero|kiero|quisiera|podemos|puedo ..2 verte ..2 por|en @cam',
    ],
    unless: ['no_te_veo|no_se_ve|no_te_vemos|no_se_te_ve|se_ve_negro|esta_negro|estudiar|repasar|trabajo|clase|deberes|tarea|proyecto|reunion|examen|grupo|profe|primera|tercera|persona|angulo|juego|partida|stream|foto_de_grupo'],
    examples: {
      match: ['prende la camara', 'pon la cam porfa', 'enciende la webcam', 'activa la camara un momento', 'quiero verte por videollamada'],
      ignore: ['pon la camara para el trabajo que quiero ensenarte el mural', 'pon la camara en primera persona', 'mi camara esta rota'],
    },
  },
  {
    id: 'pic-of-you',
    weight: 2,
    phrases: [
      '@send|quiero|kiero|quisiera|tienes|tenes|por|x ..3 @photo|@video ..1 tuy*|de_ti|de_vos|tu_cara|de_tu_cara|de_tu_cuerpo|tuyo|de_tus_pies|de_tus_piernas|de_tus_manos|de_tu_boca|de_tus_labios|de_tu_cuerpo|de_tu_culo|de_tus_tetas|de_tus_pechos|de_tu_abdomen|de_tu_espalda',
      '@send|tienes|tenes ..2 @photo ..2 en_la_cama|en_la_ducha|en_el_bano|en_pijama|en_bikini|en_el_espejo|acostada|acostado',
      'hazte|sacate|tomate ..2 @photo|selfie ..3 para_mi|y_me_la|y_mandamela|y_pasamela',
      '@send|quiero|kiero|quisiera|tienes|tenes ..3 @photo|@video ..1 de|en ..1 cuerpo_completo|cuerpo_entero|todo_tu_cuerpo|tu_cuerpo|cuerpo',
      'quiero|kiero|quisiera|dejame|deja ver ..1 como ..1 te ves|eres|luces|estas_ahora',
      '@showme|@send ..2 como ..1 estas|vas|andas ..1 vestida|vestido|ahora|ahorita|en_este_momento',
      '@photo|@video ..1 de ..1 tus|tu piernas|pies|muslos|abdomen|ombligo|cintura|labios|boca|espalda|pecho|cuerpo',
      '@showme tus|tu piernas|pies|muslos|abdomen|ombligo|cintura|labios|espalda|pecho',
    ],
    unless: ['pelo|corte|peinado|vestido|disfraz|uniforme|equipo|grupo|graduacion|dni|pasaporte|carnet|orla|boda|fiesta|cumple|evento|cena|quince|quinceanera|xv|comunion|baile_de|entrevista|zapatillas|zapatos|tenis|calcetines|medias|tatuaje|herida|moreton|golpe|lesion|esguince|yeso|vendaje|pedicura|manicura|picadura|alergia|granos'],
    examples: {
      match: ['mandame una foto tuya ahora', 'te regalo 1000 robux si me mandas una foto tuya', 'mandame una foto en la cama', 'hazte una foto para mi', 'me mandas una foto de cuerpo completo?', 'quiero ver como te ves', 'pasame un video de cuerpo entero', 'enseñame como estas vestida', 'una foto de tus piernas porfa', 'muestrame tus pies'],
      ignore: ['mandame una foto tuya con el pelo nuevo', 'vi una foto tuya en insta', 'mandame una foto del ticket', 'mandame foto de cuerpo completo con el vestido', 'quiero ver como te ves con el corte nuevo', 'enseñame como vas vestida para la boda', 'una foto de tus pies con las zapatillas nuevas', 'muestrame tus piernas con el tatuaje jaja'],
    },
  },
  {
    id: 'send-a-pic',
    weight: 1,
    phrases: [
      '@send ..2 [una|un|unas|unos|otra|otro|otras|otros|mas|alguna|algun] @photo|@video|selfie',
      '@send otra|otro|otras|otros|mas',
      'necesito|quiero|kiero|queria ..2 [una|unas|un|unos|mas|otra|otras] @photo',
      'una|otra mas porfa|please|plis|xfa|porfis',
      'pasa|manda|envia|pasen|manden [unas|una|mas] fotos|foto|fotitos|pics|fotico|foticos',
      '@showme mas|algo_mas',
      'otra|otras|mas|otro|una_mas ..1 @photo|@video|selfie ..1 porfa|please|plis|xfa|ahora|ya|you|tuya|tuyas',
    ],
    unless: [
      '@photo|@video del|de_la|de_los|de_las|de_esa|de_ese|de_eso|de_esto|de_este|de_esta|de_tu_perro|de_tu_gato',
      '# ..1 pics|pic',
      'tiktok|youtube|link|enlace|deberes|tarea|ejercicio*|ticket|factura|bici|apuntes|examen|libro|horario|receta|menu|documento|dni|pizarra|viaje|excursion|meme|captura|pantallazo|grupo|producto|anuncio|coche',
    ],
    examples: {
      match: ['mandame una foto', 'me mandas una pic?', 'pasame un video', 'otra foto porfa'],
      ignore: ['mandame una foto de los deberes de mates', 'me mandas unas fotos de la bici?', 'pasame las fotos del viaje porfa', 'mandame la foto de la pizarra'],
    },
  },
] satisfies PatternEntry[];
