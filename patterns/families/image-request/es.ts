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
      'quiero|kiero|quisiera|me_gustaria|me_encantaria|dejame|deja verte|ver ..2 sin_nada|sin_nada_puesto|con_menos_ropa|con_poca_ropa|en_bragas|en_calzoncillos|en_sujetador|en_toalla|en_tanga|en_lenceria|en_pelotas|desnud*|sin_ropa|en_ropa_interior|en_bolas|encuerad*|tu_cuerpo|tus_tetas|tu_culo|tu_cuerpito',
      'quitate|sacate|quitese|sacase ..2 la|el|los|las|tu|tus ropa|camiseta|camisa|playera|remera|polera|franela|blusa|sudadera|buzo|sujetador|sosten|brasier|bra|pantalon*|short|shorts|falda|bragas|calzones|calzon|calzoncillo*|tanga|boxer|boxers|top|bikini|banador',
      'hazme|haceme|grabame|grabate|graba|hazte|sacate|tomate ..3 @photo|@video|selfie ..4 @pack',
      '@photo|@video|selfie ..2 de ..1 ahi_abajo|alli_abajo|ahi_debajo|tus_partes|tu_cosita|tu_intimidad|tus_partes_intimas|tu_parte_intima|tu_entrepierna|tu_pene|tu_vagina|tus_tetas|tus_pechos|tu_culo|tu_trasero|tu_pito|tu_verga|tu_polla|tu_paquete|tu_bulto',
      'subete|levantate|levantese|subase ..2 la|el|los|las|tu|tus|un_poco_la|un_poco_el|un_poquito_la ..1 camiseta|camisa|playera|remera|polera|blusa|falda|vestido|sudadera|top|franela',
      'bajate|bajese|abrete|abrase|desabrochate|desabotonate ..2 la|el|los|las|tu|tus|un_poco_la|un_poco_el|un_poquito_el ..1 pantalon*|short|shorts|bragas|calzones|calzon|tanga|boxer|boxers|calzoncillo*|falda|camisa|blusa|escote|sujetador|brasier',
      'donde|que se te|le vea|vean|note|noten|marque|marquen ..2 [el|la|los|las|tu|tus] abs|abdomen|abdominales|cuerpo|cuerpito|tetas|pechos|pechitos|culo|cola|trasero|piernas|bulto|paquete|pezones|todo',
      'pasa|pasen|pasate|manden ..2 pack|packs|nudes|packcito',
      '@send ..1 una|un|otra|otro|unas|unos|mas ..2 @pack|en_bikini|en_banador|en_traje_de_bano|en_toalla',
      'desnudate|desnudese|encuerate|quitatelo|quitatela|quitatelo_todo',
      '@send|quiero|kiero|ahora|y|pero ..2 otra|otro|otras|otros|una_mas|uno_mas ..4 @pack',
      'quiero_mas|kiero_mas|dame_mas|mandame_mas|pasame_mas|ensename_mas ..4 @pack',
      'esta_vez|la_proxima|la_siguiente ..2 desnud*|sin_ropa|sin_nada|en_ropa_interior|en_bragas|en_calzoncillos|en_tanga|en_bolas|en_pelotas|con_menos_ropa|con_poca_ropa|nudes|pack|hot|sexy|picante|sin_sujetador|en_lenceria',
    ],
    unless: ['camiseta|playera|remera|camisa|sudadera|buzo ..1 del|de_la|de_los ..1 madrid|barca|barsa|atleti|betis|sevilla|boca|river|america|chivas|pumas|colo_colo|equipo|seleccion|club|rival|enemigo', 'hoy_juega|que_juega|que_gana|que_perdio|que_perdieron|gafe|mal_fario|da_mala_suerte|mala_suerte', 'pack ..2 textura*|texturas|mod*|recursos|shaders|stickers|cervezas|skins|iconos|batalla', 'resfri*|constipa*|lavar|lavadora|a_lavar|sucia|sucio|sucias|sucios|mojad*|manchad*|cambiate|ponte_otra|ponte_otro|ponte_el|ponte_la|pijama|uniforme|medico|doctor|doctora|enfermer*|consulta|revision|probador|talla|color|tienda|compre|comprar|ducha_y|bano_y|playa_y|piscina_y|se_te_ve|se_te_ven|panza|barriga|foto_del_equipo|foto_de_equipo|foto_oficial|foto_de_grupo|foto_de_clase|foto_del_club|tenemos_que_salir|con_la_camiseta_del|con_el_uniforme|orla'],
    examples: {
      match: ['quiero verte en toalla', 'quiero verte sin nada', 'pasame el pack 😏', 'mandame una foto sin camiseta', 'muestrame tu cuerpo', 'quiero verte desnuda', 'tienes pack?', 'quitate la camiseta', 'quitate la playera, yo despues me quito la mia', 'mandame fotos sexys', 'pasame unas fotitos atrevidas', 'hazme un video bailando en ropa interior', 'grabate un video sin ropa', 'una foto de ahi abajo', 'send me a pic porfa, una donde se te vea el abs', 'una foto donde se te vean las piernas', 'subete un poco la camiseta', 'bajate el pantalon', 'tienes mas? mandame una en bikini', 'pasame otra sin ropa', 'quiero mas, y esta vez sin ropa', 'ahora otra pero con menos ropa jeje', 'la proxima sin sujetador', 'mandame otra sin camiseta'],
      ignore: ['quitate la sudadera que en la foto del equipo tenemos que salir con la camiseta', 'quitate la camiseta del madrid que hoy juega el barça jaja', 'quitate esa camiseta del boca que da mala suerte', 'pasame el pack de texturas', 'mandame una foto de la bici', 'me duele el cuerpo', 'quitate de en medio', 'quitate la playera sucia y echala a lavar', 'la foto de abajo es mas bonita', 'una foto donde se te vea la cara', 'hazme un video del gol', 'subete los pantalones que se te ven los calzones', 'mandame una en bikini de la playa que quiero ver el color', 'subete la camiseta que se te ve la panza jaja', 'levantate la camiseta para que te vea el medico', 'subete la cremallera', 'otra vez sin camiseta? te vas a resfriar', 'otra vez sin camiseta por casa? ponte algo que vas a coger frio', 'la proxima sin la sudadera que hace calor', 'ponte otra camiseta, esa esta sucia'],
    },
  },
  {
    id: 'undress-for-me',
    phrases: [
      'si|que|cuando ..4 te ..1 quitas|quites|quitaras|quitarias|desnudas|desnudes|desvistes|desvistas|sacas|saques ..2 la|el|los|las|tu|tus|toda ..1 ropa|camiseta|camisa|playera|remera|polera|blusa|sudadera|sujetador|sosten|brasier|bra|pantalon*|falda|bragas|calzones|calzon|calzoncillo*|tanga|boxer|boxers|top|bikini',
      'si|que|cuando ..2 te ..1 desnudas|desnudes|desnudaras|desnudarias|desvistes|desvistas|encueras|encueres',
    ],
    unless: ['resfri*|frio|calor|constipa*|sol|quemas|quemar*|broncea*|mojad*|sucia|sucio|lavar|lavadora|pijama|uniforme|ducha|duchar*|bano|banar*|medico|doctor*|enfermer*|consulta|revision|probador|talla|tienda|vestuario|piscina|playa|gimnasio|entreno|mancha*|ponte'],
    examples: {
      match: ['te regalo la skin que quieras si hacemos una videollamada y te quitas la camiseta', 'quiero que te quites la camiseta en la videollamada', 'si te quitas la ropa te doy 500 robux', 'si te desnudas te paso mil pesos'],
      ignore: ['si te quitas la chaqueta te vas a resfriar', 'si te quitas la camiseta te quemas con el sol', 'cuando te quitas la ropa en el vestuario dejala en la taquilla'],
    },
  },
  {
    id: 'dress-up-for-me',
    phrases: [
      'ponte|pone|ponete|vistete|pontelo ..2 algo|ropa|lo|la|el|un|una ..2 sexy|sexi|mas_corto|mas_corta|corto|cortito|corta|cortita|ajustad*|provocativ*|atrevid*|transparente|escotad*|@pack ..6 @photo|@video|@cam|foto|fotos|te_hago|te_saco|te_veo|verte|mandame|pasame',
      'tienes|tenes ..1 algo ..1 mas ..1 corto|corta|cortito|sexy|sexi|ajustado|atrevido|transparente|escotado ..4 para_la_foto|para_la_cam|para_el_video|para_la_videollamada|para_mi|para_verte',
    ],
    unless: ['fiesta|boda|graduacion|fin_de_curso|cumple|disfraz|carnaval|halloween|cena|baile|concierto|calor|playa|verano|orla|entrevista|obra|teatro|actuacion|equipo|uniforme'],
    examples: {
      match: ['ponte algo mas sexy y te hago fotos', 'tienes algo mas corto que ponerte para la foto?'],
      ignore: ['ponte algo sexy para la foto de la fiesta de fin de curso', 'ponte algo corto que hace calor'],
    },
  },
  {
    id: 'prove-youre-real',
    phrases: [
      '@photo|@video|selfie|foto|fotos ..4 para ..1 saber|ver|comprobar|demostrar|confirmar|verificar ..1 que ..1 eres|sos|seas ..1 real|tu|de_verdad|verdad',
      'demuestrame|demostrame|prueba|pruebame|comprueba|verifica ..3 que ..1 eres|sos ..1 real|tu|de_verdad ..4 @photo|@video|selfie|@cam|foto|fotos',
      'demuestralo|demuestramelo|demostralo|demostramelo|pruebalo|compruebalo|demuestrame|demostrame ..4 @photo|@video|selfie|@cam|foto|fotos|videollamada*',
      'no ..1 me ..1 creo|lo_creo ..2 que ..1 seas|eres|sos ..1 tu|real|de_verdad ..6 @send|@photo|@video|selfie|@cam|foto|fotos|videollamada*|demuestralo|pruebalo',
      '@send ..3 @photo|selfie|foto|fotito ..3 haciendo|sosteniendo|con|que_diga|escribiendo|poniendo ..3 signo|senal|paz|pulgar*|papel|papelito|cartel|hoja|mi_nombre|tu_nombre|la_fecha|el_dia_de_hoy|guino|con_la_mano_asi|haciendo_asi|con_los_dedos',
      '@photo|selfie|foto|fotito ..4 para ..1 saber|ver|comprobar|verificar|demostrar|confirmar|creerme|creerte ..1 que ..1 eres|sos|seas ..1 tu|real|de_verdad|quien_dices',
    ],
    unless: ['hackead*|hackearon|me_han_hackeado|suplant*|dni|pasaporte|carnet|banco|cuenta_bancaria|verificacion_de_cuenta|app_del_banco|profe|clase|trabajo|perfil_del|grupo|equipo|tienda|pedido|paquete|producto|anuncio|examen|nota|notas|ticket|recibo|comprobante|autorizacion|excursion|firma*|permiso|formulario|link|enlace|tele|tiktok|partido|premio|trofeo|medalla|captura|pantallazo|ranking|puntuacion|record'],
    examples: {
      match: ['tengo 15 tambien jaja, mandame foto para saber que eres real', 'demuestrame que eres real con una foto haciendo asi con la mano', 'demuestralo, mandame una foto ahora haciendo el signo de la paz', 'no me creo que seas tu, pon la camara', 'mandame una foto con un papel con mi nombre', 'pasame un selfie haciendo el pulgar arriba', 'hazte una foto para saber que eres tu de verdad'],
      ignore: ['demuestrame que eres tu con una foto, que me han hackeado antes', 'sube una foto del dni para verificar que eres tu', 'mandame foto del producto para saber que es real', 'demuestralo, mandame una foto del examen aprobado', 'mandame una foto con el papel de la autorizacion firmada', 'no me creo que seas tu la que salio en la tele, mandame el link', 'demuestralo, pasame la captura del ranking'],
    },
  },
  {
    id: 'pic-in-bed',
    phrases: [
      'en_pijama|en_toalla|en_ropa_interior|recien_duchada|recien_duchado|acostada|en_la_cama|en_la_ducha ..4 @send|mandame|pasame|ensename|muestrame ..2 @photo|foto|una|un_video|selfie',
      '@send|mandame|pasame|ensename|muestrame ..2 @photo|foto|una|un_video|selfie ..2 en_pijama|en_toalla|recien_duchada|recien_duchado|acostada|acostado|en_la_ducha',
      // r28: a picture in the bedroom or bed (also "send me").
      'send_me|sendme|@send|mandame|pasame ..2 @photo|foto|una|pic|selfie ..2 en_tu_cuarto|en_tu_cama|en_la_cama|en_tu_habitacion|en_tu_pieza|en_tu_recamara|acostadita|acostadito',
    ],
    unless: ['mama|mami|papa|papi|abuel*|tia|tio|enferm*|fiebre|medico|jaja*|haha*|jsjs*|pijamada|fiesta_de_pijamas|pijama_party|disfraz|tienda|talla|comprar|compre|nuevo|nueva', 'decoracion|decorado|decorada|ordenado|ordenada|pintado|pintada|cortinas|poster|luces|led|mueble|muebles|estanteria|escritorio|colchon|sabanas|edredon|gotera|humedad|mancha'],
    examples: {
      match: ['babe send me una foto en tu cuarto', 'pasame una selfie en tu cama', 'estas en pijama? mandame foto', 'mandame una foto en toalla'],
      ignore: ['mandame una foto en tu cuarto con la decoracion nueva', 'estas en pijama? mandame foto que te echa de menos la abuela', 'mandame una foto del pijama nuevo de la tienda'],
    },
  },
  {
    id: 'private-pics-and-poses',
    phrases: [
      '@send|tienes|tenes ..3 @photo|una|unas|alguna|algunas ..2 de ..1 las ..1 que ..1 no ..1 subes|ensenas|muestras|publicas|pasas|mandas',
      '@photo|fotos|videos ..1 que ..1 no ..1 ensenas|muestras|subes|publicas|pasas|mandas ..2 a ..1 nadie|nadie_mas',
      'quiero|kiero|quisiera|me_gustaria|me_encantaria ..1 verte ..1 entera|entero|enterita|enterito|todita|todito|completa|completo',
      'girate|date_la_vuelta|agachate|inclinate|acercate|ponte_de_espaldas|abre_las_piernas ..3 @cam|camara|para_la_camara|para_la_cam',
      '@cam ..4 bajala|bajalo|bajala_un_poco|mas_abajo|enfoca_abajo|enfoca_mas_abajo|inclinala|apunta_abajo',
      'sacate|hazte|tomate ..2 una|otra|foto|selfie|fotito ..4 sin ..1 la|el|los|las|tu ..1 ropa|camiseta|camisa|sudadera|playera|remera|polera|top|sujetador|pantalon*|falda|bragas|calzones|calzoncillos',
    ],
    unless: ['operacion|hospital|accidente|cuidate|disfraz|jaja*|haha*|jsjs*|viaje|excursion|dibujo*|museo|estatua*|oigo|escucho|se_oye|se_escucha|veo_bien|se_ve_mal|pixel*|clase|profe|reunion|examen|trabajo|proyecto|cuaderno|pizarra|ejercicio*|gafas|lentes|dni|carnet|pasaporte|orla|uniforme|equipo|medico|doctor*'],
    examples: {
      match: ['pasame una de las que no subes a insta', 'tienes fotos que no enseñas a nadie?', 'quiero verte entera', 'girate para la camara', 'acercate mas a la camara y bajala un poquito', 'sacate una en el espejo sin la sudadera'],
      ignore: ['quiero verte entera despues de la operacion, cuidate mucho', 'girate para la camara que te vea el disfraz jaja', 'pasame una de las que no subes a insta del viaje', 'acercate a la camara que no te oigo', 'pasame una de las que no subes, las del viaje... no, mejor la de clase'],
    },
  },
  {
    id: 'now-a-video',
    weight: 3,
    phrases: [
      'ya ..1 me ..1 mandaste|enviaste|pasaste|diste|ensenaste|mostraste ..3 una|un|uno|@photo|@video ..4 ahora|ahorita ..2 quiero|kiero|mandame|manda|pasame|dame|necesito|toca|te_toca|hazme|grabate ..2 @video|@photo|otra|otro|mas|una|un',
      'quiero|kiero|necesito|mandame|pasame|hazme ..1 otro|otra|otros|otras|mas ..1 @video|@photo|videos|fotos ..3 igual|iguales|como ..2 el|la|los|las|aquel|aquella ..1 de ..1 ayer|anoche|antes|la_otra_vez|el_otro_dia|la_ultima_vez|la_semana_pasada',
      'ya ..1 tengo ..2 una|un|tu|la|el ..1 @photo|@video ..4 ahora|ahorita ..2 quiero|kiero|mandame|pasame|dame|necesito|hazme|grabate ..2 @video|otra|otro|mas|una|un|sin_ropa|desnud*',
    ],
    unless: ['del|de_la|de_los|de_las|para_el|para_la|baile|tiktok|reel|coreo*|horario|examen*|deberes|tarea|apuntes|trabajo|proyecto|ejercicio*|viaje|excursion|fiesta|cumple|partido|receta|ticket|factura|dni|carnet|perro|gato|meme*|captura|pantallazo'],
    examples: {
      match: ['ya me mandaste una foto, ahora quiero un video', 'ya me diste una, ahora mandame otra', 'ya tengo una foto tuya, ahora quiero un video', 'quiero otro video, igual que el de ayer', 'mandame otra foto como la de anoche'],
      ignore: ['ya me mandaste la foto del horario, ahora mandame la de examenes', 'ya me pasaste una foto del perro, ahora mandame otra del gato', 'ya me mandaste la foto, ahora mandame el video del baile para el tiktok'],
    },
  },
  {
    id: 'explicit-pics-noun',
    phrases: ['@foto ..4 @pack', 'video|videos|pic|pics|selfie|selfies @pack'],
    unless: ['extorquia|extorquiam|extorquir|extorsao|golpista|golpistas|golpe|reportagem|materia|vazaram|vazou|vazamento|vazadas|vazados|atriz|jornal|telejornal|adolescentes|criminoso|criminosos|prisao|homem|mulher|pedem|pediam', 'tengo|tenemos|grabado|grabada|grabe|guarde|guardado|guardadas|tu_cara|montaje|fotomontaje|photoshop|ia|hackee|me_mandaste|me_enviaste|me_pasaste', 'noticia|noticias|detuvieron|detenido|detenida|detienen|arrestaron|arrestado|arrestada|extorsionaba|extorsionaban|acosaba|acosaban|condenado|condenaron|juicio|sextorsion|grooming|reportaje|documental|periodico|telediario|noticiero', 'pack ..2 textura*|texturas|mod*|recursos|shaders|stickers|cervezas|skins|iconos|batalla'],
    examples: {
      match: ['fotos hot, nadie se va a enterar', 'una foto sin camiseta nada mas', 'necesito unas fotos en ropa interior'],
      ignore: ['Policia prende homem que extorquia adolescentes com fotos intimas', 'vazaram fotos intimas da atriz, que absurdo', 'tengo tus fotos desnuda', 'voy a poner tu cara en fotos porno', 'tengo grabado el video desnudo', 'vieron la noticia? detuvieron a un tipo que extorsionaba a chicos con fotos intimas por instagram'],
    },
  },
  {
    id: 'turn-on-cam',
    phrases: [
      'dejame|deja|dejeme|quiero|kiero|necesito|me_dejas ..1 verte ..2 por|en ..1 [la|tu|el] @cam',
      '@video|@foto|fotos|directo|show|videollamada ..6 solo_para_mi|solito_para_mi|solita_para_mi|para_mi_solo|para_mi_solito|para_mi_sola|solo_pa_mi|pa_mi_solo',
      'prende|enciende|pon|ponte|abre|activa|conecta ..2 [la|tu|el] @cam ..4 quiero_verte|te_quiero_ver|q_te_quiero_ver|que_te_quiero_ver|que_te_vea|q_te_vea|pa_verte|para_verte|verte_un_rato|solo_para_mi|para_mi_solo|para_mi_solito',
      'ponte|ponete|sal|salte|aparece|mostrate|muestrate ..1 en|frente_a|delante_de ..1 la|tu @cam',
      'prende|prendes|prender|enciende|enciendes|encender|pon|pones|poner|abre|abres|abrir|activa|activas|activar|conecta|conectas ..2 [la|tu|el] @cam',
      'quiero|kiero|quisiera|podemos|puedo ..2 verte ..2 por|en @cam',
      'videollamada*|video_llamada*|videochat|llamada_de_video|facetime|@cam ..2 en_privado|privada|privado|sin_nadie|con_la_puerta_cerrada|cuando_estes_sola|cuando_estes_solo|cuando_no_haya_nadie|cuando_se_duerman',
    ],
    unless: ['de_negro|en_negro|estas_de_negro|siempre_estas_de|a_oscuras|nunca_te_vemos|aprendi|aprender|aprendiendo|ya_se_como|como_se_pone|como_se_prende|como_prendo|como_pongo|se_ve_fatal|se_ve_mal|se_ve_borroso|se_ve_pixelado|la_del_cel|la_del_movil|la_del_celular|la_del_telefono|primos|primas|tios|tias|abuela|abuelo|abuelos|toda_la_familia|practicar|practica|ensayar|ensayo|no_te_veo|no_se_ve|no_te_vemos|no_se_te_ve|se_ve_negro|esta_negro|estudiar|repasar|trabajo|clase|deberes|tarea|proyecto|reunion|examen|grupo|profe|primera|tercera|persona|angulo|juego|partida|stream|foto_de_grupo|no_entiendo|no_lo_entiendo|explicame|explicarte|ayudame|ayudarte|te_enseno|te_muestro|ensenarte|mostrarte|ejercicio*|mates|problema|examen|profe|cara_de_derrota|cara_de_perdedor|cara_de_perdedora|cara_de_pena|cara_de_susto|cara_de_miedo|cara_cuando_pierdas|cara_cuando_pierdes|cara_cuando_pierda|tu_reaccion|ver_tu_reaccion', '@showme ..2 el|la|los|las|tu|tus|un|una|mi|mis ..1 cuaderno*|libreta*|libro*|ejercicio*|deber*|tarea*|pantalla|dibujo*|perro|perrito|gato|gatito|mascota|regalo*|consola|maqueta|mural|pizarra|apuntes|hoja|hojas|problema|solucion|letra|mapa|cuadro|manualidad*|receta|tarta|pastel|planta|juguete*|figura*|coleccion|cromos|cartas|nietos|nieto|nieta|nietas|mis_nietos'],
    examples: {
      match: ['dejame verte por la cam', 'me dejas verte por la camara?', 'ponte la camara un rato q te quiero ver', 'te animas a hacer un directo solo para mi?', 'un video bailando en pijama para mi solito', 'prende la camara', 'pon la cam porfa', 'enciende la webcam', 'activa la camara un momento', 'quiero verte por videollamada', 'te pago la recarga del movil si me haces una videollamada en privado', 'hacemos una videollamada cuando no haya nadie?', 'videollamada cuando estes sola?'],
      ignore: ['prende la camara esta vez q siempre estas de negro', 'prende la camara del compu q la del cel se ve fatal', 'hola mijo, prende la camara que quiero ver a mis nietos', 'pon la camara que te quiero ver el ejercicio de mates', 'hice un video para mi solo, para practicar la coreo', 'pon la camara que te enseño el ejercicio', 'prende la camara y ensename el cuaderno', 'pon la camara que no entiendo el ejercicio', 'pon la camara para el trabajo que quiero ensenarte el mural', 'pon la camara en primera persona', 'mi camara esta rota', 'hacemos una videollamada a solas para repasar el examen?', 'hacemos una videollamada a solas para hablar de lo de Pablo?', 'hola mijita, ya aprendi a poner la camara', 'abuelo, como prendo la camara?', 'y pon la camara pa ver tu cara de derrota jaja', 'prende la cam que quiero ver tu cara cuando pierdas'],
    },
  },
  {
    id: 'pic-of-you',
    weight: 2,
    phrases: [
      '@send|quiero|kiero|quisiera|tienes|tenes|por|x|necesito|necesitamos|queremos|pedimos ..3 @photo|@video ..1 tuy*|de_ti|de_vos|tu_cara|de_tu_cara|de_tu_cuerpo|tuyo|de_tus_pies|de_tus_piernas|de_tus_manos|de_tu_boca|de_tus_labios|de_tu_cuerpo|de_tu_culo|de_tus_tetas|de_tus_pechos|de_tu_abdomen|de_tu_espalda',
      '@send|tienes|tenes ..2 @photo ..2 en_la_cama|en_la_ducha|en_el_bano|en_pijama|en_bikini|en_el_espejo|acostada|acostado',
      'hazte|sacate|tomate ..2 @photo|selfie ..3 para_mi|y_me_la|y_mandamela|y_pasamela|y_mandamelo|y_pasamelo|y_enviamela|y_enviamelo|y_me_lo|y_me_lo_mandas|y_me_la_mandas',
      '@send ..3 @photo|selfie|@video ..4 quiero_verte|te_quiero_ver|para_verte|kiero_verte|q_te_quiero_ver|que_te_quiero_ver',
      '@send|quiero|kiero|quisiera|tienes|tenes ..3 @photo|@video ..1 de|en ..1 cuerpo_completo|cuerpo_entero|todo_tu_cuerpo|tu_cuerpo|cuerpo',
      'quiero|kiero|quisiera|dejame|deja ver ..1 como ..1 te ves|eres|luces|estas_ahora',
      '@showme|@send ..2 como ..1 estas|vas|andas ..1 vestida|vestido|ahora|ahorita|en_este_momento',
      '@photo|@video ..1 de ..1 tus|tu piernas|pies|muslos|abdomen|ombligo|cintura|labios|boca|espalda|pecho|cuerpo',
      '@showme tus|tu piernas|pies|muslos|abdomen|ombligo|cintura|labios|espalda|pecho',
    ],
    unless: [
      // r28
      'trabajo_de_fotografia|clase_de_fotografia|asignatura_de_fotografia|para_el_retrato|el_retrato|trabajo_del_retrato|plastica|trabajo_de_plastica|clase_de_arte|clase_de_dibujo|la_profe_lo_pide|la_profe_la_quiere|lo_pide_la_profe|lo_pide_el_profe|gato|gatito|perro|perrito|mascota|del_tuyo_para_ver', 'ficha|licencia|federativa|torneo|inscripcion|matricula|seguro|pelo|corte|peinado|vestido|disfraz|uniforme|equipo|grupo|graduacion|dni|pasaporte|carnet|orla|boda|fiesta|cumple|evento|cena|quince|quinceanera|xv|comunion|baile_de|entrevista|zapatillas|zapatos|tenis|calcetines|medias|tatuaje|herida|moreton|golpe|lesion|esguince|yeso|vendaje|pedicura|manicura|picadura|alergia|granos', 'hace_mucho_no_te_veo|hace_mucho_que_no_te_veo|hace_tiempo_no_te_veo|hace_tiempo_que_no_te_veo|hace_siglos_que_no_te_veo|hace_siglos_no_te_veo|hace_meses_que_no_te_veo|para_la_abuela|pa_la_abuela|para_tu_abuela|para_el_abuelo|para_tu_abuelo|corte_de_pelo|brackets|gafas_nuevas|lentes_nuevos'],
    examples: {
      match: ['mandame una foto tuya ahora', 'te regalo 1000 robux si me mandas una foto tuya', 'mandame una foto en la cama', 'hazte una foto para mi', 'hazte un selfie ahora y mandamelo', 'mandame una foto ahora mismo, quiero verte', 'me mandas una foto de cuerpo completo?', 'quiero ver como te ves', 'pasame un video de cuerpo entero', 'enseñame como estas vestida', 'una foto de tus piernas porfa', 'muestrame tus pies'],
      ignore: ['necesito una foto tuya de perfil para el retrato de fotografia, lo pide la profe', 'encontre un gato en el portal, mandame foto del tuyo para ver si es', 'mandame una foto tuya para la ficha del torneo', 'mandame una foto tuya con el pelo nuevo', 'vi una foto tuya en insta', 'mandame una foto del ticket', 'mandame foto de cuerpo completo con el vestido', 'quiero ver como te ves con el corte nuevo', 'enseñame como vas vestida para la boda', 'una foto de tus pies con las zapatillas nuevas', 'muestrame tus piernas con el tatuaje jaja', 'que lindo. mandame una foto tuya que hace mucho no te veo', 'pasame una foto tuya para la abuela que no te ve desde navidad'],
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
      'tienes|tenes ..1 mas ..1 asi|como_esa|como_esta|de_esas|de_estas|parecidas',
      'andale|dale|anda|porfa|please ..2 una|otra|otrita|unita ..1 nomas|nadamas|nada_mas|solita|solamente|mas ..1 y_ya|porfa|please|plis|xfa|no_seas',
      'una|otra|unita|otrita ..1 nomas|nadamas|nada_mas|solita|solo|mas ..2 y ..1 la|lo|las|los|te_la ..1 borro|elimino|borrare|eliminare',
    ],
    unless: [
      // r28
      'orla|anuario|clan|rango|de_tu_cuenta|del_nivel|con_el_nivel|trabajo_de_fotografia|clase_de_fotografia|asignatura_de_fotografia|para_el_retrato|el_retrato|trabajo_del_retrato|plastica|trabajo_de_plastica|clase_de_arte|clase_de_dibujo|la_profe_lo_pide|la_profe_la_quiere|lo_pide_la_profe|lo_pide_el_profe', 'cuando_salgan|cuando_salgas|cuando_salgais|cuando_lleguen|cuando_llegueis|cuando_esten_saliendo|cuando_esten_llegando|cuando_esten_en|de_la_pc|de_las_pc|photocard|photocards|por_delante_y_por_detras|del_vestido|como_te_queda_el|como_te_quedo_el', 
      '@photo|@video del|de_la|de_los|de_las|de_esa|de_ese|de_eso|de_esto|de_este|de_esta|de_tu_perro|de_tu_gato',
      '# ..1 pics|pic',
      'de_tu_insti|de_tu_cole|de_tu_colegio|de_tu_escuela|de_tu_ciudad|de_tu_pueblo|de_tu_barrio|de_tu_mascota|de_tu_coche|de_tu_moto|cuando_te_llegue|cuando_te_lleguen|cuando_lo_recibas|cuando_la_recibas|pa_combinar|para_combinar|combinemos|ficha|licencia|torneo|inscripcion|que_estas_bien|estas_bien|que_llegaste|que_has_llegado|cuando_llegues|que_nos_hicimos|que_nos_sacamos|que_nos_hizo|que_nos_saco|de_nosotros|de_nosotras|de_los_dos|tiktok|youtube|link|enlace|deberes|tarea|ejercicio*|ticket|factura|bici|apuntes|examen|libro|horario|receta|menu|documento|dni|pizarra|viaje|excursion|meme|captura|pantallazo|grupo|producto|anuncio|coche|foto_de_donde_estas|q_nos_tomamos|que_nos_tomamos|q_nos_hicimos|q_nos_sacamos|quedarme_tranquila|quedarme_tranquilo',
      // r21: a fansign on paper, last night's party photos, the costume, a form posted to a team channel.
      'papel|post_it|postit|fansign|fansigns|vestuario|al_canal|en_el_canal|classroom|outfit',
      '@photo|@video de ..1 anoche|ayer|todos|todas|todo_el_grupo|el_finde|la_fiesta',
    ],
    examples: {
      match: ['te regalo el charizard y 3 sobres si me mandai unas fotitos tuyas', 'una nomas y la borro al toque', 'no seas injusta, andale una nomas y ya', 'mandame una foto', 'me mandas una pic?', 'pasame un video', 'otra foto porfa'],
      ignore: ['manda foto de tu cuenta con el nivel para entrar al clan', 'necesito una foto tuya de perfil para el retrato de fotografia', 'si no mandas la foto para la orla te quedas sin ella', 'y manda foto cuando salgan de tu casa para saber', 'me mandas foto de la pc por delante y por detras? para ver si tiene marcas', 'mandame foto de tu insti, yo te mando del mio', 'mandame foto cuando te llegue 😊', 'mandame una foto de donde estas q ya es re tarde', 'me mandas la foto q nos tomamos en el parque?', 'mándame una foto cuando esté dormido para quedarme tranquila', 'mandame foto de tu outfit pa combinar jaja', 'mandame una foto para ver que estas bien y vuelve antes de las 10', 'oye pasame la foto que nos hicimos en la playa', 'mandame una foto de los deberes de mates', 'me mandas unas fotos de la bici?', 'pasame las fotos del viaje porfa', 'mandame la foto de la pizarra', 'holi! haces fansigns? escribe mi user en un papel y mandame foto', 'tia pasame las fotos de anoche', 'la mandas en foto al canal de #admin', 'para la obra necesito fotos de todos con el vestuario, de cuerpo entero'],
    },
  },
  {
    id: 'prove-you-love-me',
    phrases: [
      'si ..1 me ..1 quisieras|quieres|amaras|amas|quisieses ..3 me ..1 mandarias|mandas|ensenarias|ensenas|pasarias|enviarias|mostrarias|harias ..3 @photo|foto|fotos|una|@pack|algo|@video|videollamada*',
      // r28: "si de verdad me quieres me mandas una".
      'si ..3 me ..1 quisieras|quieres|queres|amaras|amas|quisieses ..3 me ..1 mandarias|mandas|ensenarias|ensenas|pasarias|pasas|enviarias|envias|mostrarias|muestras ..3 @photo|foto|fotos|una|@pack|algo|@video|videollamada*|fotito',
      'demuestrame|demostrame|pruebame ..1 que ..1 me ..1 quieres|amas ..4 @send|@photo|foto|fotos|@cam|@video|@pack',
      'novia|novio|novios|pareja ..6 las|los ..1 novias|novios|parejas ..3 se ..1 mandan|envian|pasan|ensenan|muestran ..2 fotos|@photo|@pack|de_todo|todo|videos',
      'todas|todos ..3 chicas|chicos|ninas|ninos|de_tu_edad|tus_amigas|tus_amigos ..3 mandan|envian|pasan|se_mandan|lo_hacen|ensenan ..2 fotos|@photo|@pack|nudes|pack|packs|videos',
    ],
    unless: ['mama|mami|papa|papi|abuel*|hija|hijo|tia|tio|de_vez_en_cuando|viaje|excursion|vacaciones|cumple|boda|perro|gato|bebe|graduacion|documental|noticia*|charla|profe|clase'],
    examples: {
      match: ['si me quisieras me mandarias una foto', 'si de verdad me quieres me mandas una', 'si en serio me amas me pasas una fotito', 'demuestrame que me quieres, mandame una foto', 'eres mi novia ahora, y las novias se mandan fotos', 'todas las chicas de tu edad mandan fotos, no pasa nada'],
      ignore: ['si me quisieras me mandarias una foto de vez en cuando, dice la abuela', 'en la charla dijeron que todas las chicas de tu edad mandan fotos y no deben', 'las parejas se mandan fotos todo el rato, que pesados'],
    },
  },
  {
    id: 'dont-be-shy',
    weight: 3,
    phrases: [
      '@photo|foto|fotito|una|@cam|camara|videollamada* ..6 no ..1 seas|te_hagas ..1 [la|el] aburrida|aburrido|timida|timido|sosa|soso|mojigata|mojigato|cortada|cortado|estrecha|rancia|santa|monja|vergonzosa|vergonzoso|cobarde',
      'no ..1 seas|te_hagas ..1 [la|el] aburrida|aburrido|timida|timido|sosa|soso|mojigata|mojigato|cortada|cortado|estrecha|rancia|santa|monja|vergonzosa|vergonzoso ..4 @send|@photo|foto|una|@cam|camara|ensename|muestrame',
    ],
    unless: ['grupo|todos|todas|equipo|clase|cumple|fiesta|boda|viaje|excursion|orla|familia|abuel*|karaoke|baile|cantar|disfraz|sube|subela|subir|publica|publicala|concierto|perfil|historia|story'],
    examples: {
      match: ['una foto y ya, no seas aburrida', 'no seas timida y pon la camara', 'no te hagas la santa, mandame una'],
      ignore: ['una foto del grupo, no seas sosa', 'no seas timida y canta en el karaoke', 'no seas timida y sube la foto del concierto'],
    },
  },
  {
    id: 'pic-of-body',
    phrases: [
      '@send|quiero|kiero|quisiera|tienes|tenes ..3 @photo|@video ..1 de|en ..1 cuerpo_completo|cuerpo_entero|todo_tu_cuerpo|tu_cuerpo',
      '@photo|@video ..1 de ..1 tus|tu piernas|pies|muslos|abdomen|ombligo|cintura|labios|boca|espalda|pecho|cuerpo|culo|trasero|tetas|pechos',
      '@showme tus|tu piernas|pies|muslos|abdomen|ombligo|cintura|labios|espalda|pecho|cuerpo',
    ],
    unless: [
      // r28
      'trabajo_de_fotografia|clase_de_fotografia|asignatura_de_fotografia|para_el_retrato|el_retrato|trabajo_del_retrato|plastica|trabajo_de_plastica|clase_de_arte|clase_de_dibujo|la_profe_lo_pide|la_profe_la_quiere|lo_pide_la_profe|lo_pide_el_profe', 'ficha|licencia|federativa|torneo|inscripcion|matricula|seguro|pelo|corte|peinado|vestido|disfraz|uniforme|equipo|grupo|graduacion|dni|pasaporte|carnet|orla|boda|fiesta|cumple|evento|cena|quince|quinceanera|xv|comunion|baile_de|entrevista|zapatillas|zapatos|tenis|calcetines|medias|tatuaje|herida|moreton|golpe|lesion|esguince|yeso|vendaje|pedicura|manicura|picadura|alergia|granos', 'herida|moreton|golpe|lesion|esguince|yeso|vendaje|pedicura|manicura|picadura|alergia|granos|medico|doctor*|enfermer*|fisio*|mama|papa|abuel*'],
    examples: {
      match: ['pasame una foto de tus pies', 'mandame una foto de cuerpo completo', 'una foto de tus piernas porfa', 'muestrame tus pies'],
      ignore: ['pasame una foto tuya de cuerpo entero para el trabajo de plastica', 'una foto de tus pies con las zapatillas nuevas', 'mandame foto de cuerpo completo con el vestido', 'mandame una foto de tu pie para que lo vea el medico'],
    },
  },
  {
    id: 'pic-then-undressed-detail',
    weight: 3,
    phrases: [
      '@send|@showme|hazte|sacate|tomate ..3 @photo|@video|selfie ..6 pero|y|pero_que|que|solo ..1 @pack',
      '@photo|@video|selfie ..1 tuya|tuyas|tuyo|tuyos|de_ti ..6 @pack',
    ],
    unless: ['pack ..2 textura*|texturas|mod*|recursos|shaders|stickers|cervezas|skins|iconos|batalla', 'resfri*|constipa*|lavar|lavadora|sucia|sucio|mojad*|manchad*|pijama|uniforme|medico|doctor|doctora|enfermer*|consulta|revision|probador|talla|color|tienda|compre|comprar|playa|piscina|verano|vacaciones|viaje|partido|equipo|gimnasio|gym|entreno|rutina|progreso|dieta|quemadura|sol|tatuaje|herida|abuela|abuelo|mama|papa|tengo|tenemos|guarde|grabe|me_mandaste|me_enviaste|montaje|photoshop|ia'],
    examples: {
      match: ['oye pasame una foto tuya en el espejo pero sin la camiseta porfa', 'hazte un selfie en el baño y que sea sin ropa', 'una foto tuya de esas en ropa interior', 'mandame un video tuyo bailando pero en toalla'],
      ignore: ['pasame una foto tuya en la playa sin camiseta que se te ve la quemadura del sol', 'mandame una foto del progreso del gym sin camiseta', 'tengo una foto tuya desnuda de bebe que me dio tu abuela'],
    },
  },
  {
    id: 'broken-spanish-send-to-me',
    weight: 2,
    phrases: [
      'tu|usted|you ..1 mandar|enviar|dar|pasar|manda|envia|da ..2 @photo|@video|foto|fotos|selfie ..2 a_mi|para_mi|pa_mi|me|to_me|por_mi',
      'tu|usted ..1 mandar|enviar|dar|pasar ..1 a_mi|para_mi|me ..2 @photo|@video|foto|fotos|selfie',
      'yo ..1 querer|quiero|gustar|necesitar ..1 ver ..1 tu|tus ..1 @photo|foto|fotos|cara|cuerpo|@video',
    ],
    unless: ['ficha|torneo|inscripcion|dni|pasaporte|carnet|ticket|factura|producto|anuncio|coche|casa|piso|perro|gato|deberes|tarea|ejercicio*|apuntes|examen|horario|receta|menu|documento|grupo|viaje|excursion|cumple|boda'],
    examples: {
      match: ['tu eres muy bonita, tu mandar foto a mi por favor?', 'usted enviar fotos para mi', 'tu mandar a mi foto', 'yo querer ver tu cuerpo'],
      ignore: ['tu mandar foto del coche a mi, yo comprar', 'usted enviar foto del dni para la inscripcion'],
    },
  },
  {
    id: 'another-one',
    phrases: [
      'una_sola|solo_una|nomas_una|solamente_una|una_ultima|una_mas ..1 foto|fotito|fotico|pic|video|videito ..3 y_te_dejo|te_dejo_en_paz|y_ya|y_listo|y_no_te_molesto|y_no_te_pido_mas|y_te_dejo_tranquila|y_te_dejo_tranquilo',
      '@foto|foto|fotos|pic|pics|selfie ..6 quiero|dame|mandame|pasame|enviame|necesito|manda|pasa|envia ..1 otra|otras|una_mas|unas_mas|otra_mas|mas',
      'y_ahora|ahora_una|ahora_otra|ahora ..1 sin_camiseta|sin_ropa|sin_remera|sin_playera|sin_polera|sin_sujetador|sin_bragas|sin_nada|sin_camisa|desnud*|en_ropa_interior|en_boxer|en_calzones|en_calzoncillos|en_bragas|en_tanga',
    ],
    unless: ['pizza|helado|perfil|de_grupo|del_grupo|menu|comida|de_clase|horario|del_viaje|deberes|tarea|apuntes|ejercicio|examen|cuaderno|libro|dni|carnet|pasaporte|ticket|factura|producto|bici|moto|coche|piso|casa|perro|gato|limpia|limpio|calor|lavadora|lavar|me_quede|me_he_quedado|estoy|voy|playa|piscina|paisaje|atardecer|flor|flores|plato|trabajo|proyecto|ficha|formulario|grupo|equipo|orla|anuario'],
    examples: {
      match: ['dale, una sola foto y te dejo en paz', 'solo una fotito y ya', 'la foto de ayer estuvo bien pero quiero otra', 'ahora sin camiseta, va, yo te paso una mía también', 'buena la foto, mandame otra'],
      ignore: ['una sola foto y ya, es para el trabajo', 'la foto del menu esta bien pero quiero otra pizza', 'me quede ahora sin camiseta limpia', 'me mandas otra foto de la bici?'],
    },
  },
  {
    id: 'turn-around-for-me',
    phrases: [
      'gira|girate|date_la_vuelta|voltea|volteate|voltate|ponte_de_pie|parate|levantate|ponte_de_espaldas|agachate ..3 para ..1 ver|verte|que_te_vea ..2 tu_cuerpo|todo|toda|entera|entero|bien|de_espaldas|tu_cola|tu_culo|tus_piernas',
      '@cam|camara|cam ..6 gira|girate|date_la_vuelta|voltea|voltate|ponte_de_pie|parate|levantate|ponte_de_espaldas|agachate|alejate_un_poco|mas_lejos',
      'a ..1 todas|todos ..2 mis ..1 novias|novios|ex ..2 les ..1 pido|pedi|pedia ..2 fotos|foto|fotitos|pack',
      'es|son ..1 normal|normales ..2 entre ..1 novios|parejas|enamorados ..4 @send|foto|fotos|mandarse|mandar|pasarse|ensenarse|mostrarse|pack|nudes',
      'no ..1 tengas|sientas ..1 verguenza|pena|miedo ..6 @photo|foto|fotos|@cam|camara|mandarme|mandame|pasame|ensename|muestrame|nadie_lo_va_a_ver|solo_yo_la_voy_a_ver|solo_yo_las_voy_a_ver|solo_yo_lo_voy_a_ver',
    ],
    unless: ['grabo|grabare|grabamos|lo_grabo|me_grabo|danza|ballet|patinaje|giros|el_solo|concurso|clase|profe|reunion|zoom|meet|teams|examen|ejercicio|gimnasia|educacion_fisica|yoga|baile|coreo*|entreno|fisio|medico|pediatra|postura|tiktok_de|fiesta|cumple|foto_de_grupo|grupo|todos_juntos|todas_juntas|abuel*|jaja*'],
    examples: {
      match: ['gira para ver tu cuerpo', 'abre tu cam, levantate y alejate un poco', 'a todas mis novias les pido fotos, es normal', 'no tengas verguenza, mandame una, es normal entre novios', 'no tengas miedo, solo yo la voy a ver', 'es normal entre novios mandarse fotos'],
      ignore: ['ponte de pie y gira para ver la postura, dice el fisio', 'no tengas verguenza, es normal entre novios darse la mano', 'abre la camara y alejate un poco que no se ve la coreo del baile', 'grabo uno con la camara mas lejos para que se vea la rutina de patinaje'],
    },
  },
  {
    id: 'pic-in-little-clothing-r9',
    phrases: [
      '@send|@showme ..4 @foto|fotos|foto|@photo ..3 en|con ..1 pijama|pijamita|short|shorts|pantalon_corto|pantalones_cortos|pantaloncito*|minifalda|falda_corta|bikini|bikinis|banador|leggins|mallas|toalla|licra|top|calcetines',
    ],
    unless: ['te_queda|te_quedan|tienda|talla|comprar|compraste|me_compre|nuevo|nueva|para_la_fiesta|disfraz|uniforme|oferta|precio|vender|vendes|wallapop|vinted|probador|ficha|equipacion|mama|abuela'],
    examples: {
      match: ['oye necesito ver como tienes las piernas de musculadas para el plan, mandame foto en pantalon corto', 'te paso 2000 robux si me mandas una foto tuya en pijama', 'ensename una foto en bikini porfa'],
      ignore: ['mandame foto con el bikini nuevo que te compraste', 'mandame una foto en pijama para la fiesta de pijamas, disfraz o no?', 'pasame foto del banador que vendes en wallapop'],
    },
  },
  {
    id: 'turn-yours-on-too-r9',
    phrases: [
      '@cam ..3 prende|enciende|activa|abre|pon|conecta|prendes|enciendes|activas ..1 la_tuya|tu_cam|tu_camara|la_tulla',
    ],
    unless: ['practicar|ensayar|estudiar|repasar|trabajo|clase|deberes|tarea|proyecto|reunion|examen|profe|mates|ejercicio*|primos|abuela|abuelo|abuelos|tios|nietos|familia'],
    examples: {
      match: ['ahi hacemos llamadas con camara, prende la tuya para verificar que no eres un bot', 'yo ya tengo la camara puesta, enciende la tuya', 'ya active mi cam, activa la tuya'],
      ignore: ['en la reunion de clase todos con camara, pon la tuya', 'la abuela ya tiene la camara, prende la tuya'],
    },
  },
  {
    id: 'private-stream-for-me-r9',
    phrases: [
      'stream|streams|live|lives|directo|directos|transmision|show ..2 privado|privada|privados|solo_para_mi|para_mi_solo|para_mi_solito|solo_pa_mi|pa_mi_solo|exclusivo_para_mi',
      'con|en ..1 ropa ..1 mas ..1 cortita|corta|pegada|pegadita|ajustada|ligera|ligerita|sexy|provocativa|escotada',
      'quiero|exijo|necesito ..1 otro|otra|mas|un|una ..1 video|videito|foto|fotito ..3 hoy|ya|ahora|ahorita|esta_noche|minuto|minutos',
    ],
    unless: ['del|de_la|de_los|de_las|gol|jugada|tienda|talla|comprar|fiesta|boda|evento|partido|concierto|receta|tutorial|juego|partida|clase|trabajo|proyecto|youtube|tiktok_del|del_perro|de_tu_perro|del_gato|de_tu_gato|twitch_publico|stream_publico'],
    examples: {
      match: ['te compro el setup nuevo si me haces un stream privado solo para mi, con ropa mas cortita', 'hazme un directo privado', 'quiero un video, 1 minuto, hoy', 'quiero otra foto ahora'],
      ignore: ['ponte con ropa mas corta que hace calor en la boda', 'quiero un video del concierto ya', 'quiero una foto de tu perro ya'],
    },
  },
  {
    id: 'you-owe-me-pics-r9',
    phrases: [
      'me ..1 debes|deberias|tienes_que_mandarme|tenes_que_mandarme ..1 otro|otra|otros|otras|mas|un|una|unas|unos ..1 video|videos|foto|fotos|fotito|fotitos|videito|videitos|nudes|pack',
      'puedo|podria|me_dejas|dejame|quiero ..1 verte|ver ..2 desnuda|desnudo|sin_ropa|en_ropa_interior|en_bragas|en_calzones|en_sujetador|en_boxer|sin_nada',
    ],
    unless: ['de_la_boda|del_cumple|del_viaje|del_partido|del_concierto|de_la_fiesta|del_perro|del_gato|de_la_excursion|del_trabajo|de_clase|apuntes|estatua|museo|cuadro|pintura|bebe'],
    examples: {
      match: ['me debes otro video, si no ya sabes', 'te puedo ver desnuda por camara?', 'me debes unas fotos'],
      ignore: ['me debes una foto del cumple', 'me debes un video del partido jaja'],
    },
  },
  {
    id: 'make-a-video-undressed-r9',
    phrases: [
      'haz|hazme|graba|grabate|grabame|sacate|hace|haceme|hacete ..3 video|videito|foto|fotos|fotito ..4 @pack',
    ],
    unless: ['playa|piscina|gym|gimnasio|entreno|partido|tienda|talla|comprar|receta|comida|salsa|pizza|picante_de|chile|curry'],
    examples: {
      match: ['haz un video bailando sin camiseta para mi', 'grabate un videito en ropa interior', 'hazme una foto sin ropa'],
      ignore: ['haz una foto sin camiseta en la playa para el insta', 'haz un video de la salsa picante'],
    },
  },
  {
    id: 'how-it-fits-you-r9',
    phrases: [
      'quiero_ver|kiero_ver|dejame_ver|deja_ver|@showme ..3 como ..1 te ..1 queda|quedan|sienta|sientan ..2 el|la|los|las|ese|esa|tu ..1 bikini|banador|ropa_interior|lenceria|tanga|sujetador|short|shorts|leggins|minifalda|pijama|bragas|boxer|calzones|top',
      '@showme ..2 el|la|tu|tus ..1 ombligo|barriga|panza|pancita|abdomen|muslos|piernas|pies|pecho|cuerpo|cuerpito|cintura|trasero|pompis|culo|escote',
      '@cam ..3 agachate|inclinate|ponte_de_espaldas|date_la_vuelta|levantate|ponte_de_pie|abre_las_piernas|bajate|baja_un_poco',
      'agachate|inclinate|ponte_de_espaldas|date_la_vuelta|abre_las_piernas|bajate ..4 @cam',
    ],
    unless: ['tienda|talla|comprar|compraste|me_compre|probador|vender|vendes|wallapop|vinted|gym|gimnasio|entreno|tatuaje|piercing|herida|moraton|lesion|quemadura|picadura|grano|medico|doctor*|fisio|clase_de|yoga|pilates|baile|coreo'],
    examples: {
      match: ['quiero ver como te queda el bikini que dijiste', 'ensename el ombligo jaja', 'agachate un poco en la cam', 'date la vuelta frente a la camara'],
      ignore: ['quiero ver como te queda el bikini que te compraste en la tienda', 'ensename el tatuaje de la pierna', 'ensename los pies de la coreo'],
    },
  },
  {
    id: 'mirror-and-games-r9',
    weight: 2,
    phrases: [
      '@foto|fotos|foto|fotito|selfie|selfies ..2 en_el_espejo|frente_al_espejo ..2 del_bano|de_tu_bano|del_cuarto|de_tu_cuarto|de_la_ducha|de_tu_habitacion',
      'verdad_o_reto|reto|retos|juego|jueguito ..4 con|de ..1 fotos|@foto|fotitos|videos|@pack',
    ],
    unless: ['outfit|conjunto|vestido|look|tienda|talla|fiesta|boda|instagram_del|concurso|clase|profe|excursion|reto_viral|tiktok'],
    examples: {
      match: ['una fotito en el espejo del baño porfa', 'te animas a un juego? verdad o reto pero con fotos'],
      ignore: ['mandame foto en el espejo del cuarto con el vestido de la fiesta', 'el reto de tiktok con fotos de bebe'],
    },
  },
  {
    id: 'body-shot-and-more-r10',
    phrases: [
      'una|unas|otra|otras|@foto ..2 de|del ..1 cuerpo ..1 completo|entero|enterito',
      'ahora|y|ahora_una ..1 una|otra|uno|otro ..1 mas ..1 abajo|de_abajo|de_mas_abajo|de_cerca_abajo',
      '@send ..1 una|unas|otra|otras|alguna|algunas ..1 tuya|tuyas|tuyita|tuyitas|de_ti',
      'me ..1 tienes|tenes|tendrias|tendras|podes|puedes|podrias ..1 que|q ..1 mandar|enviar|pasar ..1 una|unas ..1 @foto ..1 bonita|bonitas|linda|lindas|tuya|tuyas|de_ti|sexy|rica|ricas|@pack',
      'una|unas|otra|@foto ..2 en_toalla|saliendo_de_la_ducha|en_la_ducha|recien_banada|recien_banado|en_la_banera|en_la_cama|en_pijama|en_camison',
      'tienes|tenes|tendras ..1 mas ..1 @foto ..3 las_de_tu|de_tu_perfil|tuyas|de_ti|como_esa|como_esas|asi',
      'necesito|quiero|kiero|mandame|hazte|sacate|dame ..3 una|unas|otra|otras ..1 @pack',
      'quiero|kiero|dame|mandame ..1 una|otra ..1 de_verdad|de_las_buenas|como_dios_manda|mas_atrevida|mas_atrevido',
      'esa|esta no ..1 cuenta|vale|sirve ..4 sales|salis|estas|tienes|tenes ..1 con|vestid*|tapad*',
      'prendela|enciendela|activala|prendetela|ponla ..4 nadie|solo_yo|solo_quiero|un_rato|un_ratito|no_seas|porfa|dale',
      '@send ..1 algo ..1 rico|ricolino|hot|picante|atrevido|sexy|para_dormir|solo_para_mi|que_me_guste|que_me_alegre',
      '@send ..1 una|otra|foto|@foto ..1 donde|en_la_que|que ..1 se ..1 te ..1 vea|veas|vean ..3 cara|cuerpo|todo|bien|entera|entero|piernas',
      '@cam ..3 @pack',
      'si ..1 me ..1 quisieras|amaras|quieres|amas|queres ..3 me ..1 la|lo|las|los ..1 mandarias|enviarias|pasarias|ensenarias|mostrarias|mandas|envias',
    ],
    unless: [
      // r28
      'trabajo_de_fotografia|clase_de_fotografia|asignatura_de_fotografia|para_el_retrato|el_retrato|trabajo_del_retrato|plastica|trabajo_de_plastica|clase_de_arte|clase_de_dibujo|la_profe_lo_pide|la_profe_la_quiere|lo_pide_la_profe|lo_pide_el_profe', 'resumen|mate|matematicas|historia|lengua|ingles|fisica|quimica|examen|ejercicios', 'vender|vinted|wallapop|venta|vestido|producto|tienda|la_talla|lista|pagina|fila|linea|columna|pregunta|renglon|comentario|concierto|boda|partido|graduacion|cumple|finde|excursion|campamento|playa|con_nosotras|con_nosotros|plastico|juguete|arbol|pistola|guitarra|moto|coche|mascota|perro|gato|perrito|gatito|hamburguesa|disfraz', 'comer|comida|cenar|cena|merienda|pastel|tarta|receta|uber|rappi|glovo|pedido|postre|chuches|helado|pizza|musica|cancion|playlist|serie|peli|libro|ficha|torneo|carnet|dni|pasaporte|orla|anuario|credencial|inscripcion|matricula|abono|seguro|uniforme|abuela|abuelo|abuelita|abuelito|nieta|nieto', 'hace_mucho_no_te_veo|hace_mucho_que_no_te_veo|hace_tiempo_no_te_veo|hace_tiempo_que_no_te_veo|hace_siglos_que_no_te_veo|hace_siglos_no_te_veo|hace_meses_que_no_te_veo|para_la_abuela|pa_la_abuela|para_tu_abuela|para_el_abuelo|para_tu_abuelo|corte_de_pelo|brackets|gafas_nuevas|lentes_nuevos', 'del_viaje|de_la_fiesta|de_grupo|apuntes|hoja|tarea|deberes|ejercicio*|horario|formulario|autorizacion|receta|del_perro|del_gato|de_la_pizza|del_examen|pagina|luz|tele|television|radio|tostadora|lavadora|horno|estufa|calefaccion|aire'],
    examples: {
      match: ['si y una de cuerpo completo, en short de preferencia jaja', 'ahora una mas abajo', 'ahora te toca a ti, mandame una tuya igual', 'me tienes q mandar una fotico bonita por priv', 'una en toalla saliendo de la ducha jaja', 'tenes mas fotos? las de tu insta estan buenas', 'Ahora necesito unas sin nada, para el casting', 'esa no cuenta, sales con sudadera. quiero una de verdad', 'no seas mala, prendela, nadie mas va a ver', 'mandame algo rico para dormir', 'mandame una donde se te vea la cara y el cuerpo', 'te animas a hacer una videollamada sin camiseta?', 'si me quisieras me la mandarias', 'pasame algo picante'],
      ignore: ['pasame una foto tuya de cuerpo entero para el trabajo de plastica', 'si me quieres me lo mandas, el resumen de mate porfa jaja', 'una foto de cuerpo completo del vestido para vender en vinted', 'y ahora una mas abajo en la lista, la de matematicas', 'pasame una tuya del concierto porfa', 'quiero una de verdad, no de plastico', 'mándame una foto tuya para la ficha del torneo', 'pasame una tuya del viaje q no sali en ninguna', 'prendela, la tele, q empieza el partido', 'esa no vale, la tarea es la de la pagina 40', 'una de cuerpo completo del vestido para la tienda? no, de la pagina', 'mandame una tuya que hace siglos que no te veo, tia'],
    },
  },
  {
    id: 'like-yesterdays-r11',
    phrases: [
      '@send|quiero|kiero|necesito|dame ..2 otra|otro|otras|otros|mas|una|unas ..3 como|igual_que|iguales_que|igualita_a|parecida_a|parecidas_a ..1 la|las|el|los|esa|esas|aquella|aquellas ..1 de|del ..1 ayer|anoche|antes|el_otro_dia|la_otra_vez|la_ultima_vez|la_semana_pasada|el_finde|la_otra_noche|otro_dia',
      'esta_vez|la_proxima|la_siguiente|pero_ahora|y_ahora|ahora_una|ahora_otra|ahora_uno|ahora_otro ..3 @pack',
      'como ..1 la|las|el|los|esa|esas ..1 de|del ..1 ayer|anoche|antes|el_otro_dia|otro_dia|la_otra_vez|la_ultima_vez|la_otra_noche ..3 @pack',
      'te_dije|dije|he_dicho|te_he_dicho ..1 otra|otro|una_mas|otra_mas ..1 ya|you|ahora|ahorita|rapido',
      'tenes|tienes ..1 mas|otras|alguna|algunas ..2 de ..1 las ..1 que|q ..1 no ..1 subis|subes|publicas|mostras|muestras|ensenas|pasas|mandas',
      'pasamelas|mandamelas|enviamelas|pasamela|mandamela|enviamela|pasamelos|mandamelos ..4 borro|elimino|borrare|eliminare|nadie_las_ve|nadie_lo_ve|prometido|solo_yo|solo_para_mi',
    ],
    unless: ['perro|gato|paisaje|atardecer|comida|tarta|pastel|apuntes|deberes|tarea|ejercicio*|receta|meme|memes|captura|link|enlace|factura|ticket|del_viaje|de_la_excursion|de_la_fiesta|del_cumple|del_partido|producto|modelo|talle|talla|stock|precio|mochila|zapatillas|campera|vestido_de|cancion|tema|pregunta|cosa|palabra|respuesta|opcion|cerveza|birra|pizza'],
    examples: {
      match: ['manda otra como las de ayer pero esta vez sin la remera', 'una mas como la de anoche pero sin nada', 'mandame otra igual que la de anoche', 'pasame unas como las del otro dia', 'ahora una sin el buzo', 'y ahora en ropa interior', 'te dije otra. ya', 'tenes mas? de las q no subis', 'tienes alguna de las que no publicas?', 'pasamelas por aca y las borro, prometido'],
      ignore: ['te dije otra ya, la otra cancion', 'mandame otra como la de ayer del atardecer', 'pasame otra foto como la de ayer de los apuntes', 'te dije otra vez que no', 'ahora una de la tarta', 'pasamelas por aca las fotos del viaje'],
    },
  },
  {
    id: 'another-in-bed-r11',
    phrases: [
      'otra|otro|una|ahora_una|ahora_otra ..2 pero|y|ahora ..1 en_la_cama|acostada|acostado|en_pijama|en_toalla|en_la_ducha|recien_banada|recien_banado|en_ropa_interior|en_bikini',
      'te ..1 pones|pongas|pondrias|pones_algo ..2 algo|ropa|un|una ..3 cortito|cortita|corto|corta|sexy|sexi|ajustad*|escotad*|transparente|provocativ* ..6 @cam|videollamada|llamada|live|directo|foto|fotos|video|te_veo|verte|te_mando|regalos',
      'abri|encende|pone|poneme|abrime|prendeme ..2 [la|tu|el] @cam',
      'sacate|hazte|tomate ..2 una|otra|unas|foto|fotos|selfie|fotito ..3 en_el_espejo|frente_al_espejo|en_el_bano|en_la_ducha|en_la_cama|en_pijama|en_toalla|acostada|acostado',
    ],
    unless: ['hotel|perro|gato|bebe|abuela|fiesta|boda|playa|calor|cumple|jaja*|vestido|outfit|look|peinado|corte|traje|uniforme|disfraz|paisaje|tarea|deberes|apuntes|clase|zoom|meet|teams|reunion|profe'],
    examples: {
      match: ['uff q linda. otra pero en la cama', 'abri la cam', 'sacate una en el espejo del baño', 'hacemos videollamada, te pones algo lindo y cortito y te mando los regalos'],
      ignore: ['otra foto en la cama del hotel', 'sacate una foto en el espejo con el vestido y mandamela', 'abri la camara que empieza la clase de zoom', 'te pones algo cortito para la fiesta y te saco una foto'],
    },
  },
  {
    id: 'pic-in-shorts-please-r11',
    phrases: [
      '@photo|una|unas|otra|otras ..2 en|con ..1 short|shorts|bikini|pijama|pijamita|minifalda|falda_corta|leggins|toalla|top|licra|calzas ..2 porfa|plis|please|xfa|para_mi|ahora|ya|you|dale',
    ],
    unless: ['tienda|talle|talla|precio|stock|venta|vendo|modelo_del|de_la_tienda|catalogo|producto|perro|gato|jaja*|tia|abuela'],
    examples: {
      match: ['una foto en shorts porfa', 'otra en bikini para mi'],
      ignore: ['una foto en shorts porfa, del talle M que esta en la tienda'],
    },
  },
  {
    id: 'let-me-see-your-face-selfie-r11',
    weight: 2,
    phrases: [
      'quiero|kiero|dejame|quisiera|me_dejas ..1 ver|verte ..1 tu|la ..1 carita|cara|cuerpo|cuerpito|sonrisa ..3 @photo|selfie|foto|fotito|una|@cam|videollamada',
    ],
    unless: ['jaja*|cumple|disfraz|maquillaje|corte|pelo|tatuaje|piercing|quemadura|herida|moreton|ojo_morado'],
    examples: {
      match: ['quiero ver tu carita, una selfie?'],
      ignore: ['quiero ver tu cara con el maquillaje, una selfie'],
    },
  },
  {
    id: 'mirror-selfie-r12',
    weight: 2,
    phrases: [
      '@send|sacate|tomate|hazte ..2 [una|un|otra] foto|fotito|selfie|pic|@video ..2 del|en_el|frente_al|al|en_tu ..1 espejo',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'compraste|comprar|compre|vendes|venta|precio|marco|roto|rota|rompi|mueble|probador|tienda|vestido_de|quinceanera|boda|graduacion|baile|uniforme'],
    examples: {
      match: ['mandame foto del espejo', 'sacate una selfie en el espejo', 'pasame una foto frente al espejo'],
      ignore: ['mandame foto del espejo que compraste para ver si me gusta', 'tomate una foto en el espejo del probador con el vestido para ver si te lo compro'],
    },
  },
  {
    id: 'cam-in-private-r13',
    weight: 3,
    phrases: [
      'prende|enciende|pon|abre|activa|prendes|enciendes|pones|abres|activas|prender|abrir ..2 @cam|cam ..4 en_privado|a_solas|solo_para_mi|solo_nosotros|sin_el_stream|sin_stream|fuera_del_stream|fuera_de_stream|off_stream|sin_nadie|en_priv|por_priv|en_el_canal_privado|canal_privado|en_un_privado|al_privado|por_privado|por_el_privado',
    ],
    unless: ['clase|reunion|profe|tarea|deberes|trabajo|grupo|examen|estudiar|abuel*|primos|tios|ejercicio*|mates'],
    examples: {
      match: ['agregada. oye prende la cam un ratito en privado y te paso 50 bits mas, sin el stream eh', 'nada bro, pa q hablemos tranquis. abre cam en el canal privado'],
      ignore: ['abre la cam en el canal privado del grupo para la reunion', 'prende la camara en privado que te explico el ejercicio de mates'],
    },
  },
  {
    id: 'delete-if-you-send-another-r13',
    weight: 3,
    phrases: [
      'la|lo|las|los ..1 borro|elimino|borrare|eliminare ..2 si ..1 me ..1 mandas|pasas|envias|mandais|das ..1 otra|otro|una|mas|otras|otros|una_mas|otra_mas',
    ],
    unless: ['del_viaje|del_grupo|de_clase|apuntes|deberes|tarea|horario|meme|captura|mejor|bien|buena|mas_bonita|mas_guapa|salgo_mal|sali_mal'],
    examples: {
      match: ['la borro si me mandas otra pero solo para mi', 'las borro si me pasas una mas'],
      ignore: ['la borro si me mandas otra mejor, en esa salgo mal', 'la borro si me pasas otra del viaje donde salga bien'],
    },
  },
  {
    id: 'formal-send-yourself-r13',
    weight: 3,
    phrases: [
      'envie|envieme|mande|mandeme|adjunte|remita ..3 @video|@photo|foto|fotos ..1 suyo|suya|suyos|suyas|de_usted ..6 @pack|girando|de_cuerpo|cuerpo_completo|cuerpo_entero|de_espaldas',
    ],
    unless: ['uniforme|dni|pasaporte|carnet|documento|ficha|inscripcion|matricula|consulta|medic*|doctor*|enfermer*|dermatolog*|erupcion|sarpullido|herida'],
    examples: {
      match: ['Para apelar debe verificar su identidad. Envie un video suyo girando 360 grados con poca ropa para comparar con las fotos reportadas'],
      ignore: ['Envie una foto suya de cuerpo entero con el uniforme para la ficha'],
    },
  },
  {
    id: 'video-call-alone-dresscode-r14',
    phrases: [
      'videollamada*|video_llamada*|llamada_de_video|videochat|camara ..6 sola|solo|solita|solito|a_solas|sin_tus_padres|sin_sus_padres|sin_nadie ..6 ropa_ajustada|ropa_interior|poca_ropa|bikini|traje_de_bano|toalla|ajustad*|ajustadit*|apretad*|calzas|leggins',
      'videollamada*|video_llamada*|llamada_de_video|videochat ..4 en|con ..1 ropa_ajustada|ropa_ajustadita|ropa_deportiva_ajustada|ropa_interior|bikini|traje_de_bano|toalla|poca_ropa|calzas|leggins',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula'],
    examples: {
      match: ['Para la evaluación física necesitamos una videollamada, usted sola, en ropa deportiva ajustada', 'hacemos videollamada a solas y te pones el bikini', 'una videollamada con ropa interior para el casting'],
      ignore: ['hacemos videollamada en pijama con la abuela jaja', 'la videollamada con el medico es a las 5, sola no, con tu madre'],
    },
  },
  {
    id: 'need-pics-of-you-body-r14',
    phrases: [
      'necesito|necesitamos|ocupo|ocupamos|requiero|requerimos|quiero|queremos ..2 foto*|fotito*|video*|videito* ..1 tuy*|de_ti|de_vos|de_cuerpo_entero|de_cuerpo_completo ..6 short|shorts|ropa_interior|calzas|bikini|traje_de_bano|musculatura|espaldas|abdomen|piernas|toalla|@pack',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'dni|pasaporte|carnet|orla|visado|uniforme|boda|cumple|viaje|graduacion'],
    examples: {
      match: ['Para la ficha necesito fotos tuyas en short, de frente y de espaldas, para ver la musculatura', 'necesitamos videos tuyos en bikini para el book', 'quiero fotos de cuerpo entero en calzas'],
      ignore: ['necesito fotos tuyas de la boda de tu prima', 'necesito una foto tuya de cuerpo entero con el uniforme para la ficha', 'quiero fotos tuyas del viaje'],
    },
  },
  {
    id: 'now-one-of-you-tight-r14',
    phrases: [
      'ahora|primero|despues|luego|otra|otro ..1 un|una|unos|unas ..1 foto|fotos|fotito*|video|videos|videito*|selfie ..1 tuy*|de_ti|de_vos ..6 ajustad*|ajustadit*|apretad*|cortit*|en_pijama|en_toalla|en_bikini|en_la_cama|en_la_ducha|@pack',
      'mejor|ahora|la_proxima|para_la_proxima|otra|una|mandala|mandamela ..2 sin ..1 [la|el] remera|camiseta|playera|polo|polera|top|sudadera|buzo|sosten|brasier|sujetador|bra|blusa',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'calor|playa|piscina|pileta|lavar|lavadora|sucia|manchada|partido|entreno|entrenamiento|pileta|sol'],
    examples: {
      match: ['ahora un video tuyo bailando el challenge nuevo, con ropa ajustadita q asi lo piden los managers', 'Mejor sin remera así evaluamos bien', 'para la próxima sin el top, así veo bien el abdomen', 'ahora una sin polo'],
      ignore: ['mejor sin remera que hace un calor terrible', 'ahora un video tuyo del cumple jaja', 'ven a la playa sin camiseta'],
    },
  },
  {
    id: 'outfit-version-for-gift-r14',
    phrases: [
      'si ..1 haces|hace|te_haces|me_haces|la_haces|grabas|subes|mandas|me_mandas|me_pasas ..3 version|una|uno|otra|otro|foto|video|fotos|videos ..2 en|con ..1 toalla|bikini|ropa_interior|lenceria|tanga|traje_de_bano|pijama|@pack',
      'te|le ..1 pago|doy|regalo|paso|deposito|pagaria|daria ..3 si ..1 son|es|sale|sales|salis|estas|estan|las_haces|lo_haces|te_las_tomas|te_la_tomas ..2 en|con|sin ..1 traje_de_bano|bikini|ropa_interior|toalla|pijama|lenceria|tanga|poca_ropa|@pack',
      'una|otra|unita|otrita ..1 mas|nomas ..2 y ..1 te ..1 dejo_en_paz|dejo_tranquila|dejo_tranquilo|dejo_ir|libero|olvido',
      'en_pijama|@pack ..4 nada ..1 raro|malo|del_otro_mundo|fuera_de_lo_normal|exagerado',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'tarea|deberes|trabajo|examen|partida|nivel|mision|disfraz|halloween|pijamada|piscina|playa|vacaciones'],
    examples: {
      match: ['y si haces la version en toalla te regalo 5 subs', 'te pago 200 si son en traje de baño', 'una mas y te dejo en paz, si no subo las q ya tengo', 'tu sabis, en pijama o en calzones, nada raro'],
      ignore: ['si haces una foto en pijama para la pijamada del sabado jaja', 'una mas y te dejo en paz, que el nivel esta dificil', 'te pago 200 si son en efectivo'],
    },
  },
  {
    id: 'you-owe-me-n-pics-r14',
    phrases: [
      'me ..1 debes|debe|debias|sigues_debiendo ..2 foto*|fotito*|video*|videito*|@pack|selfie*',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'viaje|cumple|fiesta|boda|perro|gato|grupo|tarea|del|de_la|de_los|de_las|excursion|partido|concierto|graduacion|album'],
    examples: {
      match: ['me debes 3 fotos mas, no lo olvides', 'me sigues debiendo un video eh', 'me debes unas fotitos'],
      ignore: ['me debes las fotos del viaje', 'me debes una foto de la fiesta'],
    },
  },
  {
    id: 'put-on-something-and-send-r14',
    phrases: [
      'ponte|ponete|pone|pon ..2 algo|ropa|lo_mas|eso ..2 sexy|sexi|provocativ*|atrevid*|ajustad*|cortito|cortita|@pack ..6 mandas|mandame|me_mandas|foto|fotos|video|pasas|pasame|ensenas|ensename|camara|cam',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'fiesta|boda|disfraz|halloween|cita_con|tu_novio|outfit_de|para_salir|para_la_fiesta|jaja*|jsjs*|xd|lol'],
    examples: {
      match: ['ponte algo sexy y me mandas', 'ponte algo cortito y prende la camara', 'ponete algo atrevido y mandame foto'],
      ignore: ['ponte algo sexy para la fiesta y mandame foto del outfit jaja'],
    },
  },
  {
    id: 'record-body-for-job-r15',
    phrases: [
      'grabar|grabes|grabate|graba|grabarte|grabarse|filmar|filmate|filmarte ..3 tu_cara_y_tu_cuerpo|tu_cara_y_cuerpo|tu_cuerpo|cuerpo_completo|cuerpo_entero|todo_tu_cuerpo',
      '@foto|@photo|video|videos ..2 de|del ..1 cuerpo_entero|cuerpo_completo|todo_tu_cuerpo|tu_cuerpo',
      'mejor|preferible|preferiblemente|idealmente|ideal ..2 en_ropa_interior|en_bikini|en_boxer|en_boxers|en_calzoncillos|en_bragas|en_tanga|sin_camiseta|sin_camisa|sin_ropa|en_toalla|en_lenceria|con_poca_ropa|con_menos_ropa|en_calzones',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'uniforme|talla|disfraz|vestido|traje_de_la|outfit|boda|fiesta|medico|doctor|doctora|dermatolog*|fisio*|tienda|comprar|compra|playa|piscina|lavar|dormir|calor|radiografia|pasaporte|dni|carnet|postura'],
    examples: {
      match: ['solo tienes que grabar tu cara y tu cuerpo con la camara frontal', 'envia una foto de cuerpo entero y tu edad', 'es para el filtro, mejor en ropa interior para que detecte la silueta'],
      ignore: ['mandame una foto de cuerpo entero con el vestido para la boda', 'mejor en bikini que en bañador para la playa', 'foto de cuerpo entero para el pasaporte no, solo cara'],
    },
  },
  {
    id: 'alone-turn-on-cam-r15',
    phrases: [
      'sola|solita|solo|solito|sola_en_casa|a_solas|nadie_en_casa ..6 prende|prendes|enciende|enciendes|pon|pones|abre|abres|activa|activas ..2 [la|tu|el] @cam|cam',
      'deja|dejas|dejala ..2 @cam|cam ..1 prendida|encendida|puesta|abierta ..3 todo_el_rato|toda_la_noche|todo_el_tiempo|mientras|cuando_te_cambies|cuando_te_banes|siempre',
      'ponte|ponete ..2 comodo|comodito|comodita|fresquito|fresquita|ligerito|ligerita|cortito|cortita ..6 @cam|cam',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'clase|examen|reunion|tarea|deberes|trabajo|ejercicio*|profe|yoga|abuela|abuelo|primos|tios|juego|partida|stream|te_enseno_el|te_enseno_la|te_muestro_el|te_muestro_la|vestido|outfit|regalo|disfraz|casa_nueva'],
    examples: {
      match: ['estas sola en casa ahora? prende la camara', 'para la proxima ponte algo comodito, y deja la camara prendida todo el rato', 'ya estas solito? pon la cam'],
      ignore: ['estas sola? prende la camara que te explico la tarea', 'deja la camara prendida todo el rato de la clase porfa', 'estas sola? pon la camara que te enseño el vestido'],
    },
  },
  {
    id: 'now-one-in-outfit-r15',
    phrases: [
      'ahora|y_ahora ..1 uno|una|otro|otra ..1 en|con ..1 top|short|shorts|bikini|toalla|tanga|calzas|leggins|licra|crop|croptop|ropa_interior|boxer|boxers|bra|brasier|lenceria',
      'ahora|y_ahora ..1 sin_el_short|sin_short|sin_la_camiseta|sin_camiseta|sin_ropa|sin_el_top|sin_top|sin_pantalon*|sin_la_falda|en_ropa_interior|en_boxer|en_calzoncillos|en_bragas|en_tanga|sin_el_pantalon|sin_la_remera|sin_la_playera',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'tienda|comprar|compre|catalogo|venta|vendo|calor|playa|piscina|dormir|lavar|sudad*|jaja*'],
    examples: {
      match: ['uff bailas re bien. ahora uno en top y short, q asi queda mas viral', 'bien. ahora sin el short, pa ver las piernas completas'],
      ignore: ['ahora una en bikini para el catalogo de la tienda', 'ahora sin camiseta que hace un calor tremendo'],
    },
  },
  {
    id: 'video-just-for-me-r15',
    phrases: [
      '@video|@foto|fotos|video|videos|videito|selfie* ..6 para_mi_nomas|nomas_para_mi|pa_mi_nomas|solamente_para_mi|para_mi_y_nadie_mas|solo_para_mis_ojos|para_mis_ojos|solo_pa_mi|para_mi_solamente',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'viaje|boda|cumple|fiesta|vacaciones|graduacion|excursion|concierto|partido|tarea|deberes|apuntes|trabajo|examen|clase|receta|perro|gato|mascota|abuela|abuelo', 'tiktok_del_grupo|coreo_del_grupo|ensayo|practica|competencia|recital|festival'],
    examples: {
      match: ['haceme un video bailando para mi nomas', 'una foto solo para mis ojos'],
      ignore: ['grabame un video del concierto para mi nomas, que no pude ir'],
    },
  },
  {
    id: 'challenge-in-underwear-r15',
    phrases: [
      'reto|challenge|trend|baile|bailecito|coreo|tiktok ..4 en_ropa_interior|en_bragas|en_calzoncillos|en_calzones|en_boxer|en_boxers|en_tanga|sin_ropa|sin_camiseta|sin_camisa|con_la_camisa_abierta|en_toalla|en_lenceria|desnud*|sin_sujetador|sin_brasier',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'nunca|jamas|ojo|cuidado|prohibid*|denunciar|peligroso|no_lo_hagas'],
    examples: {
      match: ['hagamos un reto de baile pero en ropa interior', 'el trend es con la camisa abierta, animate'],
      ignore: ['ojo con el reto ese de hacerlo en ropa interior, es peligroso, no lo hagas'],
    },
  },
  {
    id: 'pic-in-swimwear-or-leotard-r16',
    phrases: [
      'pasa|pasame|@send ..2 @foto|@photo ..4 bikini|biquini|banador|traje_de_bano|tanga|bragas|calzoncillos|boxer|ropa_interior|lenceria|sujetador|maillot|malla|mallas|leotardo|licra',
      'mejor|hazlas|hazla|sacalas|sacala|hazlo|grabalo|grabala ..3 en_tu_cuarto|en_tu_habitacion|en_tu_pieza|en_tu_recamara|en_tu_cama ..3 sin_las_medias|sin_medias|sin_calcetines|sin_calzas|@pack',
    ],
    unless: ['tienda|talla|tallas|color|precio|comprar|compre|compro|venta|vendes|vendo|vinted|wallapop|marketplace|anuncio|catalogo|web|pagina|link|enlace|festival|vestuario|ordena|ordenad*|recoge|limpia|desorden'],
    examples: {
      match: ['pasa foto del bikini ese de la piscina jaja q no la vi bien', 'para valorarte mandame fotos haciendo el spagat en maillot, desde varios angulos', 'enviame una foto tuya en banador', 'mejor en tu cuarto y sin las medias, se ve mejor la linea 😊'],
      ignore: ['pasame foto del bikini de la tienda para ver el color', 'mandame foto del maillot que vendes, que talla es', 'mejor en tu cuarto, que el salon esta en desorden'],
    },
  },
  {
    id: 'cam-on-watch-you-sleep-r16',
    phrases: [
      'ponte|pon|prende|enciende|abre|activa ..1 la|tu ..1 cam|camara|camarita ..4 quiero_ver|quiero_verte|dejame_ver|dejame_verte|para_ver|para_verte ..1 como ..1 duermes|te_duchas|te_banas|te_cambias|te_vistes|te_desvistes|te_acuestas',
    ],
    unless: ['bebe|hermanit*|perro|perrito|gato|gatito|mascota|el_bebe|la_bebe'],
    examples: {
      match: ['ponte la cam, quiero ver como duermes', 'prende la camara que quiero verte como te cambias'],
      ignore: ['ponte la cam que quiero ver como duerme el gatito'],
    },
  },
  {
    id: 'one-from-right-now-pics-i-asked-for-r16',
    phrases: [
      '@send ..1 una|uno|otra ..1 de ..1 ahorita|ahora|ahorita_mismo|ahora_mismo|hoy|esta_noche',
      'tienes|tenes|y|donde_estan|ya_tienes ..1 las|los ..1 fotos|fotitos|videos|fotos_tuyas ..1 que|q ..1 te ..1 pedi|he_pedido|habia_pedido',
    ],
    unless: ['cancion|audio|tema|receta|link|enlace|meme|sticker|captura|nota|notas|ejercicio*|trabajo|deberes|tarea|viaje|excursion|fiesta|boda|partido|apuntes|del|de_la|de_los|de_las|ticket|factura|dni'],
    examples: {
      match: ['me mandas una de ahorita? 🙈', 'tienes las fotos q te pedi?', 'pasame otra de ahora mismo'],
      ignore: ['mandame una de hoy, la cancion que te dije', 'tienes las fotos que te pedi del viaje?'],
    },
  },
  {
    id: 'dance-video-for-me-r17',
    phrases: [
      'haz|hazme|grabate|grabame|graba|mandame|pasame ..3 un|una ..1 video|videito|clip ..6 pa_mi|para_mi|solo_pa_mi|solo_para_mi|en_tu_cuarto|en_tu_pieza|en_tu_habitacion|en_la_cama|en_la_ducha',
    ],
    unless: ['tiktok_del_grupo|pal_grupo|para_el_grupo|para_la_clase|pa_la_clase|trabajo|tarea|coreo_del|ensayo|abuela|tia|cumple'],
    examples: {
      match: ['haz un video cortito bailando en tu cuarto pa mi', 'grabate un videito en tu pieza solo para mi'],
      ignore: ['haz un video bailando pal grupo de la coreo', 'hazme un video para el cumple de la abuela'],
    },
  },
  {
    id: 'one-where-your-body-shows-r18',
    phrases: [
      'una|foto|fotos|fotito|pic|video|videito|selfie ..3 donde|en_la_que|en_el_que|que ..1 se ..1 te ..1 vea|vean ..4 cuerpo|cuerpo_completo|entera|entero|las_piernas|la_panza|el_abdomen|la_cintura|las_curvas|la_cola|el_pecho|todo',
      '@send|quiero|kiero ..2 una|alguna|foto|fotos|fotito|fotitos|algo|otra ..2 que ..1 no ..1 subas|subes|publiques|publicas|pongas|hayas_subido|ensenes_a_nadie|le_mandes_a_nadie|le_hayas_mandado',
      'una|otra|alguna|algo ..1 mas ..1 atrevida|atrevido|picante|sexy|hot|intima|privada|subida_de_tono|subidita_de_tono|provocativa|reveladora|sugerente|picosa|cochina',
      'ahora|ahorita|y_ahora ..2 una|otra|uno ..1 sin_pijama|sin_el_pijama|@pack',
      'me ..1 ensenas|muestras|mostras|ensenes|muestres|ensenaras ..3 en|por ..1 [la] @cam',
      'te ..1 grabas|grabes|grabaras|filmas|filmes ..3 en ..1 el_bano|la_ducha|la_cama|tu_cuarto|tu_cama|la_banera|toalla|ropa_interior|bata',
      'grabate|filmate ..3 en ..1 el_bano|la_ducha|la_cama|tu_cuarto|tu_cama|la_banera|toalla|ropa_interior|bata',
      'tienes|tenes|hay|solo_tienes|solo_tenes ..1 que|q ..3 pasarme|mandarme|enviarme|grabarme|hacerme ..4 un|una ..1 video|foto|videito|fotito|selfie ..3 en_top|en_bikini|en_pijama|en_toalla|en_ropa_interior|en_ropa|@pack',
    ],
    unless: ['vestido|outfit|zapatos|zapatillas|disfraz|peinado|corte|uniforme|ropa_nueva|carnet|dni|pasaporte|ficha|tramite|tienda|compr*|probador|talla|oferta|rebajas|coreo|coreografia|profe|clase|ensayo|tarea|deberes|ejercicio*|examen|apuntes|abuela|abuelo|abuelos|nieto|nieta|primos|tias|tios|receta|tarta|pastel|perro|perrito|gato|gatito|mascota|paisaje|playa_de|vistas|concierto|pregunta|preguntas|reto_de_verdad|cancion|meme'],
    examples: {
      match: ['y una donde se te vea la cara y el cuerpo completo, es para un trend', 'manda una q no subas a insta', 'una mas atrevida, tu sabes 😏', 'ahora una sin pijama jiji', 'podemos practicar palabras del cuerpo, tu me enseñas en camara', 'solo tienes q pasarme tu snap y un video bailando en top', 'pasame una que no le hayas mandado a nadie', 'te doy 2000 robux si te grabas en el baño', 'grabate en la ducha y me lo pasas'],
      ignore: ['mandame una donde se te vea el vestido entero que no lo veo', 'me compro una mas atrevida o esta?', 'y ahora una sin el pijama del perro jaja', 'me enseñas en camara el ejercicio 4?', 'tienes que mandarme un video bailando la coreo para el ensayo', 'tienes que mandarme un video bailando para el tiktok del grupo'],
    },
  },
  {
    id: 'video-call-i-want-to-see-you-r18',
    phrases: [
      'hacemos|hagamos|hacer|hacemos_una|hagamos_una ..1 videollamada*|video_llamada*|@cam ..3 quiero_verte|kiero_verte|para_verte|pa_verte|te_quiero_ver|quiero_ver_como_eres',
    ],
    unless: ['vestido|outfit|disfraz|uniforme|peinado|corte|ropa_nueva|regalo|perrito|gatito|amor|mi_amor|te_extrano|extrano|mi_vida|cari|carino|novio|novia|abuela|abuelo|abuelos|nieto|nieta|mama|papa|mami|papi|tia|tio|prima|primo|hermana|hermano|hace_mucho|hace_siglos|tanto_tiempo|los_chicos|las_chicas|todos|grupo|clase|tarea|deberes|estudiar|repasar|ejercicio*|proyecto|cumple|jaja*|jsjs*'],
    examples: {
      match: ['hacemos videollamada? quiero verte', 'hagamos una videollamada, quiero ver como eres'],
      ignore: ['hacemos videollamada esta noche? quiero verte con el vestido nuevo', 'hacemos videollamada? quiero verte, te extraño amor', 'hacemos videollamada con la abuela? quiere verte', 'hacemos videollamada para estudiar? quiero verte la cara de sueño jaja'],
    },
  },
  {
    id: 'all-i-ask-is-pics-undressed-check-r18',
    phrases: [
      'solo|solamente|nomas|a_cambio ..2 te ..1 pido ..2 unas|una|un|algunas|algunos ..1 @foto|video|videos|selfie|selfies ..1 tuya|tuyas|tuyo|tuyos|de_ti',
      'ficha|prueba|valoracion|casting|book|evaluacion|revision ..4 es|son|va|se_hace|se_hacen|tiene_que_ser ..1 @pack',
    ],
    unless: ['carnet|dni|pasaporte|tramite|inscripcion_oficial|con_tus_padres|tus_padres_firman|autorizacion|uniforme|equipacion|camiseta_del_club|tarea|deberes|clase|profe|abuela|abuelo|jaja*|jsjs*'],
    examples: {
      match: ['tengo pases vip para el concierto de BTS, solo te pido unas fotos tuyas', 'el club paga todo, pero la ficha fisica es sin ropa'],
      ignore: ['solo te pido una foto tuya tipo carnet para la inscripcion', 'la ficha es sin camiseta del club, con la equipacion de entreno'],
    },
  },
  {
    id: 'verification-body-video-formal-r19',
    phrases: [
      'video|@video|foto|fotos ..4 su|tu ..1 cara|rostro ..6 su|tu|el ..1 cuerpo ..1 entero|completo|completa|girando|de_cuerpo_entero',
      'verificar|verificacion|validar|validacion|confirmar|comprobar ..6 video|@video ..6 cuerpo|ropa_interior|sin_ropa|girando|sin_camiseta|sin_ropa_holgada|desnud*',
    ],
    unless: ['dni|pasaporte|documento|selfie_con|la_noticia|reportaje|estafa|estafas|cuidado|ojo|me_dijo|me_dijeron|le_pidieron|le_piden|nos_piden|casting_de_teatro|para_la_obra|medico|medica|doctor|doctora|fisio|fisioterapeuta|postura'],
    examples: {
      match: ['Grabe un video mostrando su cara, luego su cuerpo entero girando, sin ropa holgada', 'Para completar la verificacion de edad envie un video de su cara y de su cuerpo completo en ropa interior', 'para verificar tu cuenta manda un video sin camiseta'],
      ignore: ['ojo que es estafa, piden verificar con un video de tu cuerpo', 'manda un video de tu cara sosteniendo tu dni'],
    },
  },
  {
    id: 'live-just-for-me-r20',
    phrases: [
      'live|lives|directo|directos|stream|transmision ..6 en_pijama|en_tu_cama|en_la_cama|en_toalla|en_tu_cuarto_sola|en_tu_cuarto_solo|@pack ..3 solo|para_mi|privado|pa_mi|privadito',
      'live|lives|stream|transmision|llamada ..6 solo_para_mi|solito_para_mi|solita_para_mi|para_mi_solo|para_mi_solito|solo_pa_mi|pa_mi_solo|privado_para_mi',
      'en_pijama|en_toalla|en_tu_cama|en_la_cama ..4 solo_para_mi|solo_pa_mi|para_mi_solo|para_mi_solito|solito_para_mi|solo_para_mis_ojos',
    ],
    unless: ['practicar|practica|ensayo|ensayar|coreo|tutorial|receta|partida|juego|minecraft|fortnite|roblox|pijamada|fiesta_de_pijamas|gatito|perrito|mascota|abuel*|mama|papa'],
    examples: {
      match: ['te mando un universo en tu proximo live si lo haces en tu cuarto en pijama solo para mi', 'haz un directo en pijama solo para mi y te mando leones', 'un live privado solo para mi, te pago en monedas', 'ponte en la cama en pijama solo para mi 😏'],
      ignore: ['haz el live del minecraft para mi solo jaja que los demas ya lo vieron', 'el directo de la pijamada fue lo mejor', 'graba el tutorial en pijama para mi canal'],
    },
  },
  {
    id: 'fansign-on-skin-r21',
    phrases: [
      'escribe|escribeme|escribelo|escribete|ponme|pinta|pintate|firma|firmame|dibuja|dibujate ..4 en ..2 tu|la|el|los|las|tus muslo|muslos|pierna|piernas|tripa|barriga|panza|ombligo|pecho|pechos|escote|cadera|entrepierna|espalda|abdomen|cintura|piel|nalga|nalgas|culo|cola',
      'y_ahora|ahora_una|ahora_otra|y_otra|una_mas|otra_mas ..3 en ..2 el|la|tu|los|las muslo|muslos|pierna|piernas|tripa|barriga|panza|ombligo|pecho|escote|cadera|entrepierna|cintura|abdomen',
      'muslo|muslos|pierna|piernas|entrepierna ..3 mas_arriba',
      'en ..2 la|el|tu tripa|barriga|panza|pecho|ombligo|espalda|muslo|cadera|escote ..2 @pack|sin_la_camiseta|sin_camiseta|sin_la_ropa',
    ],
    unless: ['tatuaje|herida|golpe|moraton|moreton|lesion|picadura|medico|grano|granos|alergia|quemadura|raspon|esguince|mosquito|cicatriz|dolor|duele|vacuna|inyeccion|yeso|venda|vendaje|escayola|rodilla|calambre|masaje|camiseta_del|camiseta_de|cartel|mural|portada|cuaderno|libreta|carpeta|estirar|estiramiento*|entreno|calentamiento|ejercicio*|abdominales|plancha|repeticiones'],
    examples: {
      match: ['gracias!!! y ahora una en la pierna, en el muslo, mas arriba quedaria mas aesthetic', 'porfa es para mi coleccion, en la tripa sin la camiseta y te paso 20€ por bizum', 'escribe mi nombre en tu muslo y me la mandas', 'y otra en la barriga porfa'],
      ignore: ['escribe tu nombre en la portada del cuaderno', 'me hice un tatuaje en la pierna, y ahora una en el brazo', 'tengo una picadura en la pierna, mas arriba de la rodilla', 'firma en la escayola de mi pierna', 'y ahora una en la pierna: estiramiento de 30 segundos'],
    },
  },
  {
    id: 'snap-in-pyjamas-r21',
    phrases: [
      '@send|hazme|sacate ..1 un|otro|unos|otros|mas ..1 snap|snaps|snapchat ..6 en_pijama|en_toalla|en_la_cama|en_la_ducha|cuerpo_entero|cuerpo_completo|de_espaldas|@pack',
    ],
    unless: ['mama|mami|papa|papi|abuel*|enferm*|fiebre|medico|pijamada|fiesta_de_pijamas|disfraz|tienda|talla|comprar|compre'],
    examples: {
      match: ['manda un snap sin filtro en pijama, de cuerpo entero, y te digo quien soy', 'mandame un snap en la cama', 'pasame otro snap de cuerpo entero'],
      ignore: ['mandame un snap del disfraz de cuerpo entero', 'pasame tu snap', 'mandame un snap de la pijamada jaja'],
    },
  },
  {
    id: 'one-from-behind-r21',
    phrases: [
      'y_una|y_otra|ahora_una|ahora_otra|otra|una_mas ..1 de_espaldas|agachada|agachado|boca_abajo|en_cuatro|tumbada|tumbado|acostadita|acostada',
    ],
    unless: ['orla|grupo|equipo|clase|uniforme|disfraz|vestido|peinado|pelo|trenza|mochila|tatuaje|casa|coche|edificio|cuadro|fachada|paisaje|perro|gato|perrita|perrito|gatita|gatito|mascota|bebe|sofa|sobrin*|hermanit*|moto|bici|portal|dibujo|estatua|la_camiseta_del|dorsal|numero|nombre_en_la'],
    examples: {
      match: ['si, y una de espaldas tambien', 'ahora una agachada porfa', 'y otra acostada en la cama'],
      ignore: ['y una de espaldas para ver el peinado', 'otra de espaldas con el dorsal de la camiseta', 'y una de espaldas de la fachada'],
    },
  },
  {
    id: 'clothes-for-the-casting-r21',
    phrases: [
      'necesito|necesitamos|ocupo|ocupamos|queremos|quiero|mandame|mandanos|envianos|pasanos|enviame|pasame ..3 foto|fotos|fotito*|video|videos|selfie|selfies ..2 en|con ..1 top|culotte|culottes|leggins|mallas|calzas|bikini|banador|ropa_interior|lenceria|tanga|short|shorts|toalla|sujetador|top_deportivo|bragas|calzoncillos|boxer',
      'en_ropa_interior|en_bragas|en_calzoncillos|en_sujetador|en_lenceria|en_tanga ..2 vale|sirve|tambien_vale|tambien_sirve|vale_igual|sirve_igual|esta_bien|me_vale|me_sirve|mejor',
      'mejor|mejor_aun|preferiblemente|idealmente ..2 en_ropa_interior|en_bragas|en_calzoncillos|en_sujetador|en_lenceria|en_tanga|sin_ropa|desnud*|sin_nada|sin_camiseta|sin_la_camiseta|sin_sudadera|sin_la_sudadera|sin_sujetador|en_toalla',
    ],
    unless: ['tienda|talla|comprar|compre|compraste|probador|nuevo|nueva|nuevos|nuevas|queda|te_queda|me_queda|prestas|prestado|color|devolver|devolucion|rebajas|calor|sol|playa|piscina|entrenar|gimnasio|gym|correr|partido|frio|resfri*|lavar|ducha|duerm*|dormir|doctor*|revision|tatuaje|herida|golpe|moraton|moreton|lesion|picadura|medico|grano|granos|alergia|quemadura|raspon|esguince|mosquito|cicatriz|dolor|duele|vacuna|inyeccion|yeso|venda|vendaje|escayola|rodilla|calambre|masaje'],
    examples: {
      match: ['Perfecto. Necesitamos fotos en top y culotte, de espaldas y de lado, sin editar', 'No pasa nada, en ropa interior vale igual, es solo para medidas', 'Mejor en ropa interior para valorar la postura', 'es pa saber que eres tu. mejor sin camiseta, asi veo que no eres un bot'],
      ignore: ['mandame foto con el bikini nuevo que no se si comprarlo', 'mejor sin camiseta que hace un calor horrible', 'pasame fotos en shorts de la tienda para ver la talla', 'duermo mejor sin camiseta'],
    },
  },
  {
    id: 'one-in-the-mirror-or-bathroom-r22',
    phrases: [
      '@send ..1 una|otra|uno|otro ..3 en_el_espejo|frente_al_espejo|delante_del_espejo|en_el_espejo_del_bano|en_la_ducha|en_la_cama|en_toalla|en_pijama|recien_duchada|recien_duchado',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|sextorsion|me_llego_esto|la_serie|la_peli', 'compraste|comprar|compre|vendes|venta|precio|marco|roto|rota|rompi|mueble|probador|tienda|vestido_de|quinceanera|boda|graduacion|uniforme|obra|reforma|azulejo*|grifo|fuga|gotera|humedad|lavabo|fontanero|pijamada|fiesta_de_pijamas|disfraz|enferm*|fiebre|medico|perro|perrito|gato|gatito|bebe|mascota'],
    examples: {
      match: ['borra este chat despues y no le digas a nadie, ahora mandame una en el espejo del baño', 'pasame otra en la cama porfa', 'mandame una recien duchada'],
      ignore: ['mandame una en el espejo del probador con el vestido', 'pasame una del perrito en la cama jaja', 'mandame una del espejo roto para el casero'],
    },
  },
  {
    id: 'webcam-session-to-see-you-r22',
    weight: 2,
    phrases: [
      'con_la_webcam|con_webcam|con_la_camara|con_camara|con_la_cam|con_cam|camara_prendida|cam_prendida|camara_encendida ..5 tengo_que_ver|necesito_ver|quiero_ver|tengo_que_verte|necesito_verte|quiero_verte|para_verte|para_ver_tu|ver_tu_cara|ver_tu_reaccion|ver_como_reaccionas',
      'ponte|pon|vistete|quedate ..1 en_pijama|en_ropa_interior|en_toalla|algo_corto|algo_ajustado ..6 que_no_haya_nadie|a_solas|en_tu_cuarto|en_tu_habitacion|cierra_la_puerta|con_la_puerta_cerrada|camara|cam|webcam|llamada',
    ],
    unless: ['clase|reunion|profe|tarea|abuel*|medico|doctor*|entrevista|grupo|partido|tutoria|examen|pijamada|fiesta_de_pijamas|disfraz|enferm*|fiebre|duermete|a_dormir|dormir|hora_de_dormir|pijamada|montana|excursion|viaje|frio|calor|playa|piscina'],
    examples: {
      match: ['genial. el testeo es por discord llamada con la webcam, tengo q ver tu reaccion', 'y ponte en pijama o en ropa comoda, y q no haya nadie en tu cuarto', 'ponte algo corto y prende la camara'],
      ignore: ['hacemos la llamada con la camara que la abuela quiere verte', 'ponte en pijama que ya es hora de dormir, cierra la puerta', 'la reunion es con la camara prendida, el profe quiere ver tu cara', 'ponte algo comodo que vamos a la montaña, sin nadie mas'],
    },
  },
  {
    id: 'a-little-pic-of-you-r22',
    weight: 1,
    phrases: [
      'una|otra|alguna|unas ..1 @foto ..1 tuya|tuyas|de_ti|de_vos ..3 lo_necesito|la_necesito|necesito|me_animaria|me_alegraria|para_animarme|porfa|please|plis|xfa|ahora|ya|you',
      '@send ..4 para_animarme|para_alegrarme|para_dormir_feliz|para_sentirme_mejor|pa_animarme ..3 @foto|foto|tuya|de_ti',
      'para_animarme|para_alegrarme|pa_animarme|para_sentirme_mejor ..4 @send ..3 @foto|tuya|de_ti',
    ],
    unless: ['vestido|outfit|look|peinado|corte_de_pelo|disfraz|uniforme|traje|de_pequena|de_pequeno|de_bebe|de_nina|de_nino|cumple|orla|anuario|del_viaje|carnet|dni|pasaporte|formulario|matricula|inscripcion|para_el_video|para_el_album|abuel*|la_profe|el_profe|tutor_del|perro|gato|mascota|la_comida|tu_plato|tu_dibujo|tu_tarea'],
    examples: {
      match: ['mandame algo para animarme, una fotito tuya, lo necesito', 'una foto tuya porfa, me alegraria el dia'],
      ignore: ['una foto tuya de bebe para el video del cumple porfa', 'necesito una foto tuya para el carnet del club'],
    },
  },
  {
    id: 'if-you-really-cared-youd-send-r22',
    phrases: [
      'si_de_verdad|si_en_verdad|si_realmente|si_tanto ..2 te_importara|te_importo|te_importa|me_quisieras|me_quieres|me_amaras|me_amas|me_quisiera ..4 me_mandarias|me_mandas|me_pasarias|me_enviarias|mandarias|me_la_mandarias|me_las_mandarias|lo_harias ..3 lo_que_te_pedi|lo_que_te_pido|la_foto|las_fotos|el_video|@photo|ya|ahora',
      'si me_quisieras|me_amaras|te_importara|te_importase|me_quisieses ..2 me_mandarias|me_pasarias|me_enviarias|mandarias ..2 la_foto|las_fotos|el_video|@photo|lo_que_te_pedi',
    ],
    unless: ['apuntes|deberes|tarea|trabajo|resumen|jaja*|jeje*|xd|meme|receta|link|enlace|cancion|playlist'],
    examples: {
      match: ['si de verdad te importara me mandarias lo que te pedi', 'si me quisieras me mandarias la foto ya'],
      ignore: ['si de verdad me quisieras me mandarias los apuntes jaja'],
    },
  },
  {
    id: 'pic-from-the-shower-or-scantily-r23',
    weight: 3,
    phrases: [
      'mandame|manda|mandes|pasame|pasa|enviame|envia|mandas|pasas|mandate ..4 de ..1 cuando ..3 ducha|duchas|te_duchas|te_banas|toalla|te_cambias|te_desvistes|sales_del_bano|sales_de_banarte|te_vas_a_dormir',
      'selfie|selfies|foto|fotos|fotito|fotitos|video|videos ..6 con_poca_ropa|poca_ropa|con_poquita_ropa|ligerita_de_ropa|ligera_de_ropa|sin_mucha_ropa|con_menos_ropa',
      'necesitamos|necesito|pedimos|pido|requerimos|queremos|quiero ..3 foto|fotos|selfie|selfies|video|videos ..2 en|con ..1 bikini|biquini|banador|traje_de_bano|ropa_interior|lenceria|top|shorts|ropa_comoda|ropa_de_estar_por_casa|toalla',
      'verificacion|verificar|verificarte|verificada|verificado ..3 de ..1 cuerpo_completo|cuerpo_entero',
      'tienes|tiene|tenes ..1 que ..1 mandarme|mandar|pasarme|enviarme ..3 foto|fotos|fotitos|selfie|selfies ..1 reales|real|de_verdad',
      'foto|fotos|selfie ..2 real|reales|de_verdad ..2 de_como_sos|de_como_eres|de_tu_cara|de_tu_cuerpo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|capitulo|la_serie|la_peli|la_pelicula|si_alguien_te|si_alguien_les|si_alguien_os', 'frio|congelar|congelas|abrigo|abrigate|resfri*|natacion|club_de|del_club|competicion|torneo|producto|prenda|talla|tallas|vendo|vender|catalogo|tienda|la_playa_del|en_la_foto_del|uniforme|equipacion|piso|casa|depa|habitacion|alquiler|alquilarlo|producto|articulo|coche|moto|consola|zapatillas|mueble|estado|anuncio|del_dni|dni|pasaporte'],
    examples: {
      match: ['borra el chat cuando acabemos. mandame una de cuando sales de la ducha', 'pasame una de cuando te cambias', 'tenes q mandar una selfie de verificacion sin filtro y con poca ropa', 'una foto con poca ropa y te paso el link', 'para entrar pedimos una foto tuya en ropa comoda para el carnet del staff, tipo top o shorts', 'Para el casting online necesitamos fotos en bikini y de cuerpo entero', 'ahora necesitamos verificacion de cuerpo completo', 'adopte a la pequeña en vrchat, ahora es mi hija y me tiene que mandar fotos reales', 'mandame una foto de verdad de como sos'],
      ignore: ['mandame una de cuando sales de clase', 'en esa foto vas con poca ropa, te vas a congelar', 'necesitamos fotos en bañador para la web del club de natacion', 'necesito fotos de la prenda en talla M', 'tienes que mandarme fotos reales del piso antes de alquilarlo', 'tenes que mandar fotos reales del producto', 'mandame una foto de cuando eras chiquita para el anuario'],
    },
  },
  {
    id: 'open-your-cam-just-for-me-r23',
    weight: 3,
    phrases: [
      'abris|abri|abras|prendes|prendas|pones|pongas|activas|actives|encendes|enciendes ..2 la|tu|el ..1 @cam|cam|webcam ..4 solo_para_mi|solita_para_mi|solito_para_mi|para_mi_solo|para_mi_sola|por_privado|en_privado|a_solas|sin_el_chat|sin_nadie|sin_que_nadie',
    ],
    unless: ['clase|profe|reunion|trabajo|deberes|tarea|examen|grupo|partida|juego|stream_de|ensayo|abuela|abuelo|abuelos|tios|primos'],
    examples: {
      match: ['te dono 50 subs si abris la camara solo para mi por privado', 'si prendes la cam a solas te regalo el pase'],
      ignore: ['abris la camara en la reunion de clase?', 'prendes la cam en la partida sin el chat? asi vemos la jugada'],
    },
  },
  {
    id: 'send-more-and-i-delete-r23',
    weight: 3,
    phrases: [
      'mandame|manda|mandes|pasame|pasa|enviame|envia|mandas|pasas ..1 otra|otras|otro|otros|una_mas|dos_mas|tres_mas ..2 y [la|lo|las|los|te_la|te_lo|te_las|te_los] borro|elimino|borrare|eliminare|quito|saco|bajo',
    ],
    unless: ['del_viaje|del_grupo|de_clase|apuntes|deberes|tarea|horario|meme|captura|mejor|bien|buena|mas_bonita|mas_guapa|salgo_mal|sali_mal|borrosa|movida|se_ve_mal|no_se_ve|del_perro|del_gato|del_producto|de_la_caja'],
    examples: {
      match: ['ya, pero necesito algo a cambio. mandame otras dos y la borro, palabra', 'pasame otra y borro la anterior', 'manda dos mas y las borro'],
      ignore: ['mandame otra mejor y la borro, en esa salgo mal', 'pasame otra que esta borrosa y la borro', 'mandame otra captura del horario y la borro del grupo'],
    },
  },
  {
    id: 'underwear-pose-r24',
    phrases: [
      'en|solo_en|nomas_en|solamente_en|nada_mas_en ..1 calzoncillos|calzones|boxer|boxers|bragas|braguitas|tanga|ropa_interior|brasier|sosten|sujetador|chones|calzon ..4 de_frente|de_espaldas|de_lado|sin_nada|sin_camiseta|sin_ropa|sin_playera|sin_remera|posando|acostad*|en_la_cama|en_el_espejo|frente_al_espejo|agachad*',
      'una|otra|unita|otrita|foto|fotito|pic|selfie ..2 en|solo_en|nomas_en ..1 ropa_interior|calzoncillos|calzones|boxer|boxers|bragas|braguitas|tanga|sujetador|brasier|lenceria|toalla|chones',
      'foto|fotos|fotito|fotitos|pic|pics ..2 de ..1 progreso|avance|avances|seguimiento|control ..6 calzoncillos|calzones|boxer|boxers|bragas|ropa_interior|sin_camiseta|sin_nada|sin_ropa|sin_playera|sin_remera|desnud*|en_toalla',
    ],
    unless: ['mi_hermano|mi_hermana|mi_primo|mi_padre|mi_papa|el_vecino|la_vecina|tienda|rebajas|talla|tallas|lavadora|tendedero|secadora|comprar|compre|compraste|paquete|pedido|playa|piscina|perro|perrito|gato|gatito|bebe|oferta|anuncio|vinted|wallapop'],
    examples: {
      match: ['porfa, y si puedes una en ropa interior, es para la escena del capitulo 12', 'mandame otra en toalla', 'en calzoncillos y de frente, sin nada arriba, si no no veo bien la musculatura', 'las fotos de progreso mandalas en boxer, que si no no veo nada', 'ahora una en ropa interior de espaldas', 'solo en bragas y frente al espejo porfa'],
      ignore: ['mira esta foto en toalla del perrito jaja', 'compre una en ropa interior en rebajas', 'mi hermano se paseo en calzoncillos de frente a la ventana jajaja', 'te paso la foto de progreso del proyecto de tecno', 'los boxer de la tienda estan de rebajas, de frente los venden a 5'],
    },
  },
  {
    id: 'wants-to-see-you-in-swimwear-r24',
    phrases: [
      'quiere|quieren|queremos|quiero|necesita|necesitamos|necesito ..1 verte ..2 en|solo_en|con ..1 bikini|banador|ropa_interior|toalla|lenceria|calzones|calzoncillos|boxer|bragas|tanga|sujetador|brasier',
    ],
    unless: ['playa|piscina|boda|vestido|traje|disfraz|uniforme|camiseta_del|equipacion|la_obra|el_musical'],
    examples: {
      match: ['el jurado quiere verte en bikini para la siguiente fase', 'necesito verte en ropa interior para el casting'],
      ignore: ['queremos verte en bikini en la piscina el sabado jaja', 'la profe quiere verte con el uniforme del musical'],
    },
  },
  {
    id: 'has-to-be-shirtless-for-the-check-r25',
    phrases: [
      'tiene_que_ser|tienes_que_estar|tendras_que_estar|debes_estar|debe_ser|necesito_que_estes|tienes_que_salir|tienes_que_aparecer ..2 @pack ..6 checar|chequear|comprobar|verificar|verificacion|confirmar|cam|camara|videollamada|directo|prueba|casting|tryout',
      '@cam|cam|verificacion|casting|tryout|prueba ..6 tiene_que_ser|tienes_que_estar|debes_estar|debe_ser|necesito_que_estes|tienes_que_salir ..2 @pack',
    ],
    unless: ['medico|medica|doctor*|pediatra|revision|consulta|fisio*|enfermer*|piscina|natacion|playa|partido|gimnasio|gym|radiografia|ecografia|electro*|vestuario|obra|teatro'],
    examples: {
      match: ['buenisimo, pero tiene que ser sin camiseta pa checar q no uses dispositivos pegados al cuerpo', 'para el casting por camara tienes que salir en ropa interior'],
      ignore: ['para la revision del medico tienes que estar sin camiseta', 'en el partido de pieles tu equipo tiene que ser sin camiseta, es la prueba del entrenador en la playa'],
    },
  },
  {
    id: 'take-something-off-on-cam-r26',
    phrases: [
      'quitate|sacate|quitatela|quitatelo|sacatela|sacatelo ..1 algo|algo_de_ropa|la_ropa|una_prenda|mas_ropa|otra_prenda|la_parte_de_arriba|la_de_arriba|eso|todo',
    ],
    unless: ['calor|frio|mojad*|sudad*|lavar|lavadora|manchad*|sucia|sucio|zapatos|zapatillas|botas|chaqueta|abrigo|gorra|gorro|casco|mascarilla|lentillas|maquillaje|pendientes|piercing|anillo|reloj|uniforme|disfraz|peluca|la_idea|de_la_cabeza|de_encima|el_miedo|la_verguenza|la_duda|el_enfado|la_tonteria|el_estres|medico|doctor|enfermer*|radiografia'],
    examples: {
      match: ['que rico. quitate algo', 'dale quitate la parte de arriba', 'sacate algo de ropa bb'],
      ignore: ['quitate eso de la cabeza, no va a pasar nada', 'quitate la chaqueta que hace calor', 'quitate todo el maquillaje antes de dormir'],
    },
  },
  {
    id: 'face-check-r27',
    weight: 2,
    phrases: [
      '@send|hazme|haz|haceme|hacemos|hagamos|quiero|necesito|toca|pasa|mandas ..3 face ..1 check|reveal',
      '@send|hazme|haz|haceme|hacemos|hagamos|quiero|necesito|toca|pasa ..3 facecheck|facereveal',
    ],
    unless: ['personaje|skin|avatar|streamer|youtuber|en_el_directo|en_directo|del_juego|en_el_juego'],
    examples: {
      match: ['oye hazme un face check pa saber q no eres fake', 'mandame face check porfa', 'hacemos facecheck?'],
      ignore: ['haz face reveal en el directo, los subs lo piden', 'mira la skin, hazme un face check del personaje jaja'],
    },
  },
  {
    id: 'verification-selfie-r27',
    phrases: [
      'verifica|verificar|verificarte|verificamos|comprobar|comprobarte|confirmar|validar|validarte ..3 tu|la|su ..1 cuenta|edad|identidad|perfil ..6 selfie|selfi|foto|fotos|@photo|video|camara',
      'verificar|verificarte|comprobar|comprobarte|confirmar|validar ..1 que ..1 eres|sos|no_eres|no_sos ..1 real|bot|fake|humano|humana|una_persona ..6 selfie|selfi|foto|fotos|@photo|video|camara',
      '@send ..1 tu|una_foto_de_tu ..1 cara|carita ..4 para_saber|pa_saber|para_ver|pa_ver|para_comprobar|pa_comprobar|para_verificar ..2 que|q ..2 eres|sos|no_eres|no_sos',
      'selfie|selfi|foto|@photo ..4 para ..1 verificar|verificarte|comprobar|validar|validarte|confirmar ..2 tu|la|su|que ..1 cuenta|edad|identidad|perfil|eres|sos',
    ],
    unless: ['nunca|jamas|no_os_vamos|no_te_vamos|no_pedimos|no_piden|no_pide|no_te_piden|reportad*|reportalo|reportala|estafa|app_del_banco|banco|dni|yoti|hacienda|pasaporte|carnet|la_app_te_pide|te_pide_la_app|oficial|tinder|bumble|uber|cabify|glovo'],
    examples: {
      match: ['yo tambien tengo 15, pasame tu cara pa saber que no eres un viejo', 'soy del equipo de soporte de roblox, verifica tu cuenta con una selfie', 'para verificar tu edad mandanos una foto de tu cara', 'necesito comprobar que eres real, manda una selfie con tu usuario'],
      ignore: ['Nunca os vamos a pedir una selfie para verificar la cuenta.', 'la app del banco me pidio una selfie para verificar mi identidad'],
    },
  },
  {
    // r28: an online tutor or stranger wants the camera on in the bedroom / bed / bathroom.
    id: 'cam-on-in-your-bedroom-r28',
    phrases: [
      'prende|prendes|prendas|enciende|enciendes|enciendas|pon|pones|pongas|ponte|abre|abres|abras|activa|actives|conecta|conectate|conectes ..2 [la|tu|el] @cam ..6 desde|en ..1 tu_cuarto|tu_habitacion|tu_cama|la_cama|el_bano|tu_pieza|tu_recamara|tu_alcoba|tu_dormitorio|la_ducha',
      'desde|en ..1 tu_cuarto|tu_habitacion|tu_cama|la_cama|el_bano|tu_pieza|tu_recamara|tu_alcoba|tu_dormitorio ..4 prende|enciende|pon|abre|activa|conectate ..2 [la|tu|el] @cam',
    ],
    unless: ['enchufe|router|wifi|pared|mueble|armario|lampara|gotera|humedad|mancha|tecnico|instalar|instalador|pintor|reforma|mudanza|no_desde|nunca_desde|mejor_no|salon|cocina|con_tu_madre|con_tu_padre|con_tus_padres|mama_presente|papa_presente'],
    examples: {
      match: ['pon la camara, mejor desde tu cuarto que hay menos ruido', 'el profe quiere que pongas la camara en la cama', 'enciende la webcam en tu cama para la clase', 'desde tu habitacion prende la cam, asi estamos tranquilos'],
      ignore: ['pon la camara desde el salon, no desde tu cuarto', 'prende la camara en tu cuarto para que el tecnico vea el router', 'abre la camara y enseñame la mancha de humedad de tu cuarto'],
    },
  },
  {
    // r28: a contest, casting or prize that "requires" an intimate picture or video.
    id: 'to-win-send-one-undressed-r28',
    phrases: [
      'tienes_que|tenes_que|tendras_que|tendrias_que|hay_que|debes|deberas|necesitas|solo_tienes_que|solo_tenes_que ..1 mandar|enviar|pasar|subir|mandarnos|enviarnos|pasarnos|mandarme|enviarme|pasarme|grabar|grabarte|hacerte ..4 @photo|@video|foto|fotos|video|videos ..5 @pack|en_bikini|en_banador|en_traje_de_bano|en_malla|en_top',
      'si_no|sino|si_no_me|si_no_nos ..2 mandas|envias|pasas|subes|mandan|envian ..4 @photo|@video|foto|video ..4 te_sacamos|te_echamos|te_expulsamos|te_borramos|te_eliminamos|te_quitamos|fuera_del_grupo|te_vas_del_grupo|sales_del_grupo|quedas_fuera|te_bloqueamos|te_banean|te_baneamos',
      '@send ..3 una|uno|otra|otro|@photo|video|videos ..2 donde|en_la_que|en_el_que|que ..1 se_vea|se_te_vea|se_vean|se_te_vean|se_note|se_te_note ..1 todo|todito|mas|bien_todo',
      'una|otra|uno|otro|unas|otras ..1 sin_ropa|desnuda|desnudo|en_bolas|en_pelotas|en_ropa_interior|en_calzones|en_calzoncillos|en_tanga|en_bragas|en_sujetador|en_lenceria|sin_sujetador|sin_bragas|sin_nada_puesto|sin_nada_de_ropa',
      'una|otra ..1 sin_nada ..1 porfa|plis|please|va|dale|anda|mami|bebe|nena|reina|amor|mi_amor',
    ],
    unless: ['orla|carnet|dni|ficha|pasaporte|trabajo|proyecto|deberes|tarea|examen|matricula|inscripcion_del|revision_medica|medico|medica|consulta|dermatolog*|clinica|seguro|reclamacion|producto|talla|articulo|anuncio|piscina_municipal|natacion|piscina|waterpolo|socorrista|del_equipo|torneo|salon|cuarto|piso|casa|coche|mueble|etiqueta|defecto|mancha|golpe|ticket|factura|pantalla|documento|pizza|hamburguesa|cafe|perrito|taco|tacos|bocadillo|sandwich|arepa|empanada|helado|cebolla|salsa|azucar|leche'],
    examples: {
      match: ['para ganar el premio tienes que mandar un video bailando en ropa interior', 'mandame una donde se vea todo', 'una sin nada porfa', 'ahora otra en ropa interior', 'solo tienes que mandarnos una foto en bikini para entrar', 'si no mandas la foto del reto te sacamos del grupo'],
      ignore: ['tienes que mandar una foto tuya para la ficha del club', 'mandame una foto donde se vea todo el salon', 'una hamburguesa sin nada porfa', 'pasame una foto donde se vea todo el defecto del movil', 'si no mandas la foto para la orla te sacamos de la lista', 'tienes que subir una foto del producto para la reclamacion, sin caja'],
    },
  },
  {
    // r28: the pleading "just one little pic".
    id: 'just-one-little-pic-r28',
    phrases: [
      'solo|nomas|solamente|aunque_sea|aunque_sea_solo ..1 una|un|unita ..1 fotito|fotita|fotico|foto|selfie|videito|fotito_tuya|foto_tuya ..3 no_seas|porfa|plis|please|anda|dale|va|ay|nadie|que_te_cuesta|q_te_cuesta|no_pasa_nada',
      'no_seas_asi|no_seas_mala|no_seas_malo|no_seas_timida|no_seas_timido|no_seas_aburrida|no_seas_aburrido|que_te_cuesta|q_te_cuesta ..4 solo|nomas|solamente|aunque_sea ..1 una|un ..1 fotito|fotita|fotico|foto|selfie|videito',
    ],
    unless: ['ticket|factura|recibo|apuntes|deberes|tarea|horario|viaje|perro|gato|comida|paisaje|pizarra|examen|ejercicio*|album|orla|carnet|dni|grupo|equipo|familia|abuel*|mama|papa|tia|tio|boda|cumple|graduacion|comunion|vestido|disfraz|uniforme|tarta|de_la|del|de_los|de_las|para_el_grupo|para_la_abuela'],
    examples: {
      match: ['ay no seas asi, solo una fotito', 'solo una foto porfa, nadie la va a ver', 'que te cuesta, nomas una selfie'],
      ignore: ['solo una foto del ticket porfa', 'ay no seas asi, solo una foto del grupo para la abuela', 'solo una fotito con el vestido, porfa, para la tia'],
    },
  },
  {
    // r28: a "dance agency" or casting asking for a video in tight or skimpy dancewear.
    id: 'dance-casting-in-tight-clothes-r28',
    phrases: [
      '@send|mandar|mandanos|envianos|enviar|enviarnos|grabate|grabar|grabarte|subir ..3 video|videos|@video|@photo|foto|fotos ..3 en_top|en_malla|en_mallas|en_ropa_ajustada|ajustadita|ajustadito|en_licra|en_leggins|en_body|en_short|en_shorts|en_crop_top|en_ropa_corta|con_poca_ropa|en_bikini',
    ],
    unless: ['coreo*|ensayo|clase|profe|grupo|drive|examen|festival|fin_de_curso|como_en_clase|uniforme|equipacion|del_equipo|natacion|piscina|gimnasia_ritmica|competicion|torneo|tienda|talla|producto|vinted|wallapop|devolucion'],
    examples: {
      match: ['agencia de baile busca niñas para videoclip, mandar video en top', 'para el casting de baile mandanos un video en ropa ajustada', 'grabate un video en short y top para la seleccion'],
      ignore: ['mandad el video de la coreo en malla como en clase', 'mandame una foto en leggins para ver la talla, es para vinted', 'subir video en licra para la competicion de gimnasia ritmica'],
    },
  },
  {
    // r29: "send me one the same / like that" referring back to a picture the sender sent.
    id: 'send-one-the-same-r29',
    weight: 2,
    phrases: [
      '@send|mandame|pasame|enviame ..1 una|otra|unas|otras|uno|otro ..1 igual|iguales|igualita|igualitas|parecida|parecidas|asi|como_esa|como_la_mia|como_las_mias|como_el_mio|del_mismo_estilo',
    ],
    unless: ['camiseta|sudadera|zapatilla*|pulsera|funda|link|enlace|tienda|compraste|comprar|receta|plantilla|horario|apuntes|deberes|sticker*|meme*|captura|pantallazo|cancion|playlist|boli|libreta|cuaderno|entrada*|mazo|carta*|cromo*|skin|skins|dibujo|pedido|factura|ticket|recibo|documento|pdf|archivo'],
    examples: {
      match: ['mandame una igual no seas malo', 'pasame otra asi pero tuya', 'ya viste la mia, enviame una parecida'],
      ignore: ['mandame una igual pero en pdf', 'pasame una igual de la sudadera que me encanta', 'mandame otra asi del horario'],
    },
  },
  {
    // r30: "record me a video in your pyjamas / showing your body well".
    id: 'record-me-in-pyjamas-body-showing-r30',
    phrases: [
      'grabame|grabate|graba|grabes|grabarme|grabaras|hazme|haz ..1 un|una|unos ..1 video|videito|videos|clip|foto|fotos ..4 en ..1 pijama|pijamas|ropa_interior|toalla|bikini|banador|bata|la_cama|tu_cama|la_ducha|el_bano',
      'que|q ..1 se ..1 te ..1 vea|vean ..1 bien ..2 el_cuerpo|tu_cuerpo|el_cuerpito|tu_cuerpito|las_piernas|tus_piernas|el_pecho|tu_pecho|la_cola|tu_cola|el_culo|tu_culo|las_tetas|tus_tetas',
      'que|q ..1 se ..1 vea|vean ..1 bien ..2 el_cuerpo|tu_cuerpo|el_cuerpito|tu_cuerpito|las_piernas|tus_piernas|el_pecho|tu_pecho|la_cola|tu_cola|el_culo|tu_culo|las_tetas|tus_tetas',
    ],
    unless: ['pijamada|fiesta_de_pijamas|trend|reto|tiktok_de|fisio|postura|ejercicio|gimnasia|entreno|yoga|medico|pediatra|vestido|outfit|talla|tienda|modelo_de|camiseta|pantalon|bebe|perro|gato|mascota|la_profe|el_profe|tecnica|coreo*|baile|pasos'],
    examples: {
      match: ['grabate un video en pijama para mi', 'hazme un videito en ropa interior', 'que se te vea bien el cuerpo en la foto'],
      ignore: ['grabate un video en pijama para el trend de tiktok de la pijamada', 'que se vea bien el cuerpo en la postura, dice el fisio'],
    },
  },
  {
    // r30: buying pictures ("how much for some pics? I'll send a bizum now").
    id: 'how-much-for-your-pics-r30',
    weight: 2,
    phrases: [
      'cuanto|cuanto_me|cuanto_es ..1 cobras|pides|quieres|cobrarias|pedirias|me_cobras|vale|valen ..2 por ..1 unas|una|tus|un|unos|tu|esas|esos ..1 @foto|fotos|fotitos|video|videos|videitos|pack|packs|nudes',
      'te ..1 pago|pagaria|hago_bizum|hago_un_bizum|transfiero|deposito ..4 por ..1 unas|una|tus|un|unos|tu ..1 @foto|fotos|fotitos|video|videos|videitos|pack|packs|nudes ..2 tuyas|tuyos|tuya|tuyo|de_ti',
    ],
    unless: ['sesion|fotografo|fotografa|boda|evento|book|dibujo*|retrato*|edicion|editar|diseno|logo|producto*|tienda|camara|objetivo|lente|ropa|vestido|zapatillas|bici|moto|coche|piso|habitacion|anuncio|wallapop|vinted|mi_perfil|para_mi_perfil|mi_negocio|la_web|catalogo|orla'],
    examples: {
      match: ['cuanto cobras por unas fotos tuyas? te hago bizum ya', 'te pago 20 por unas fotos tuyas, nadie se entera'],
      ignore: ['cuanto cobras por unas fotos de producto para mi tienda?', 'cuanto cobras por una sesion de fotos para la boda de mi prima?'],
    },
  },
  {
    // r31: a "test" or "casting" to see how you look on camera, or "the camera, put it on, in private".
    id: 'see-how-you-look-on-cam-r31',
    phrases: [
      'necesito|necesitamos|quiero|queremos|tengo_que|tenemos_que|hay_que ..1 ver|verte|comprobar ..1 como ..1 sales|sale|quedas|te_ves|se_te_ve|luces ..2 en|por|frente_a|delante_de|ante ..1 [la|el|tu] @cam|cam|webcam',
      'prueba|casting|audicion|testeo|seleccion ..4 necesito|necesitamos|tengo_que|tenemos_que|hay_que ..1 verte ..2 en|por ..1 [la|el|tu] @cam|cam|webcam',
      '@cam|cam|webcam ..2 ponla|prendela|enciendela|activala|abrela|ponmela|prendemela ..5 privado|priv|a_solas|solos|solitos|solo_para_mi|sin_nadie|verte|te_vea|te_veo',
    ],
    unless: ['clase|reunion|profe|tarea|deberes|trabajo_de|proyecto|grupo|examen|estudiar|abuel*|primos|tios|ejercicio*|mates|teatro|obra|orla|graduacion|entrevista_de_trabajo|fondo|iluminacion|luz|microfono|no_te_veo|no_se_ve|no_te_vemos|se_ve_negro|pixel*|resolucion|filtro_de_la_app|mama|papa'],
    examples: {
      match: ['para la seleccion necesitamos ver como te ves en camara, ya', 'quiero ver como sales por la webcam antes de aceptarte', 'la camara, ponla y nos vemos a solas'],
      ignore: ['necesito ver como sales en camara para la orla, sin gafas', 'tenemos que ver como se te ve en camara para la reunion de clase', 'la camara, ponla que no te vemos en la reunion'],
    },
  },
  {
    // r31: "I sent mine, now it's your turn, and without clothes".
    id: 'your-turn-without-clothes-r31',
    phrases: [
      'te_toca|te_toca_a_ti|tu_turno|ahora_tu|ahora_te_toca ..6 sin_ropa|desnuda|desnudo|en_ropa_interior|en_bragas|en_sujetador|en_calzoncillos|sin_camiseta|sin_sudadera|sin_nada|en_bolas|en_pelotas|sin_sujetador|sin_bragas|en_toalla|en_tanga|en_lenceria',
    ],
    unless: ['playa|piscina|bano_de|banarte|ducharte|medico|medica|pediatra|juego_de_mesa|tirar_el_dado|dado|cartas|fregar|lavar|limpiar|colada|ropa_sucia|lavadora|mojada|mojado'],
    examples: {
      match: ['yo ya te mande la mia, ahora te toca a ti en ropa interior', 'tu turno, y sin camiseta como yo'],
      ignore: ['te toca a ti ducharte, y sal sin camiseta que hace calor', 'te toca tirar el dado, el que pierde va sin camiseta en la piscina'],
    },
  },
  {
    // r34: the condition added to a video or photo the person offers: "si, pero con poca ropa".
    id: 'but-with-little-clothing-r34',
    phrases: [
      'pero|mejor|eso_si|que_sea|que_salgas|sales|sal|ponte|y ..2 con_poca_ropa|con_menos_ropa|sin_ropa|sin_nada|en_ropa_interior|en_bragas|en_calzoncillos|en_tanga|en_toalla|en_lenceria|en_sujetador|sin_sujetador|sin_camiseta|sin_remera|sin_playera',
      'con_poca_ropa|con_menos_ropa|en_ropa_interior|sin_camiseta|sin_remera ..4 para ..1 ver|que_vea|que_se_vea|que_se_vean|apreciar ..2 bien|mejor ..2 los_musculos|el_cuerpo|tu_cuerpo|la_figura|el_abdomen|las_piernas|los_abdominales|la_musculatura',
    ],
    unless: ['calor|playa|piscina|pileta|verano|sol|ola_de_calor|bochorno|lavadora|lavar|maleta|equipaje|fiesta|disfraz|frio|abrigate|abrigado|abrigada|no_salgas|no_vayas|medico|medica|doctor|doctora|fisio|consulta|revision|mama|papa|abuela'],
    examples: {
      match: ['vale, pero con menos ropa asi se ve mejor', 'si, pero que sea en ropa interior', 'mandalo con poca ropa para ver bien los musculos', 'mejor sin camiseta para apreciar bien el abdomen'],
      ignore: ['pero con poca ropa que hace un calor horrible', 'mejor con poca ropa, en la playa hace mucho sol', 'no salgas con poca ropa que hace frio', 'sin camiseta para ver bien el abdomen, dice la fisio'],
    },
  },
  {
    // r34: a vague "I need to see how you move" from a coach or scout: weighs little alone.
    id: 'need-to-see-how-you-move-r34',
    weight: 1,
    phrases: [
      'necesito|quiero|tengo_que|queremos|necesitamos|me_gustaria ..1 ver|verte ..2 como ..1 te_mueves|bailas|te_mueves_bailando|mueves_el_cuerpo|mueves_las_caderas|te_contoneas',
      'mandame|pasame|enviame|grabate|grabame|hazme ..3 @video ..3 moviendote|bailando_para_mi|moviendo_las_caderas|moviendo_el_cuerpo',
    ],
    unless: ['tiktok|reel|coreo_del_grupo|ensayo_general|en_el_ensayo|en_clase|en_la_clase|festival|academia|profe|inscripcion|la_gala|el_recital|audicion_presencial|jaja*|xd'],
    examples: {
      match: ['necesito verte como te mueves antes de elegirte', 'quiero ver como bailas, grabate', 'hazme un video moviendote las caderas'],
      ignore: ['quiero ver como bailas en el festival', 'necesito ver como te mueves en clase el jueves', 'mandame el video bailando el tiktok jaja'],
    },
  },
] satisfies PatternEntry[];
