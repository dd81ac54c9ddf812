import type { PatternEntry } from '../../schema';

/** Round 18: news, reports and fiction that quote a threat. */
const NEWS_R18 = 'la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista';

export default [
  {
    id: 'know-where-you-live',
    phrases: [
      'se|conozco|tengo|se_bien|se_perfectamente ..1 donde|dnd|en_que_calle ..1 vives|vivis|vive_tu_familia|viven_tus_padres|vive_tu_madre|viven_tus_papas|estudias|esta_tu_casa|queda_tu_casa|vas_a_clase|trabajan_tus|duermes',
      'conozco|tengo|encontre|encontrado|se_cual_es ..1 tu|su direccion|dire|domicilio|casa|ubicacion|colegio|escuela|insti',
      'se|conozco cual es tu|su casa|colegio|escuela|insti|direccion|calle|portal',
      'se|conozco [bien] a|en ..1 que|cual @school|colegio|instituto ..1 vas|estudias|asistes',
      'te voy|vamos a encontrar ..2 donde|aunque|y_te|estes|te_escondas',
      'se|sabemos|conozco|se_bien|ya_se ..1 donde|dnd|en_que_calle ..1 trabaja|trabajan|vive|viven|estudia|estudian ..1 tu|tus ..1 @parents|padre|madre|papa|mama|hermano*|hermana*|abuel*|novio|novia ..4 y|asi_que|cuidado|ojo|no_me|si_no|sino|como_no|te_conviene|mas_te_vale|piensalo',
      'conozco|tengo_localizad*|tengo_fichad*|se_quien_es ..1 a ..1 tu|toda_tu ..1 familia ..3 y ..1 se|sabemos|conozco ..2 donde|dnd|a_que_hora',
      'te ..1 estoy|estamos ..1 vigilando|siguiendo|observando|rastreando',
      'se [bien] donde|cuando|a_que_hora sales|entras|llegas|vuelves ..3 @school|casa|clase|entrenamiento',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|voy_en|voy_andando|voy_para|estoy_llegando|llego_en|te_recojo|paso_a|en_bici|en_coche|en_bus|andando|se_llama|como_se|llevo|te_llevo|paso_por|recojo|voy_a_pasar|apuntes|libro|regalo|paquete|invitacion|pedido|pizza|uber|taxi|fiesta|cumple|mudanza|jaja|jajaja|no_se_el|no_se_la|cual_es|que_piso|que_numero|que_portal|el_piso|el_portal|el_numero|que_timbre'],
    examples: {
      match: ['se a que colegio vas', 'te voy a encontrar donde estes', 'se donde vives. calle mayor 12 verdad?', 'ya se donde estudias', 'tengo tu direccion', 'te estoy vigilando', 'se a que hora sales del colegio', 'conozco a tu familia y se donde trabaja tu papa'],
      ignore: ['se donde vives pero no se el piso, cual es?', 'ya se donde vives, te llevo el libro manana', 'ya tengo tu direccion para mandarte el regalo', 'no se donde vives jaja', 'se donde esta la fiesta', 'ya se donde trabaja tu madre, en la farmacia jaja', 'se donde trabaja tu madre, en el hospital, no?'],
    },
  },
  {
    id: 'coming-to-you',
    phrases: [
      'voy|ire|vamos ..4 tu_casa|tu_colegio|tu_escuela|tu_insti|tu_instituto|tu_cole ..4 si_no|sino|como_no',
      'si no ..4 voy|ire|vamos|iremos|me_presento|aparezco ..3 tu_casa|su_casa|tu_puerta|tu_colegio|tu_escuela|tu_insti|tu_instituto|tu_cole|tu_trabajo',
      'o [me] voy|ire|presento|aparezco ..3 tu_casa|su_casa|tu_puerta|tu_colegio|tu_escuela|tu_insti|tu_instituto|tu_cole',
      'si ..2 bloqueas|ignoras|denuncias|reportas|dejas_de_contestar|dejas_de_hablarme|desapareces|no_contestas|no_me_contestas|no_respondes|no_me_respondes|no_pagas|no_me_pagas ..4 voy|ire|vamos|iremos|me_presento|me_planto|aparezco|me_paso|te_busco|te_encuentro ..3 tu_casa|su_casa|tu_puerta|tu_colegio|tu_escuela|tu_insti|tu_instituto|tu_cole|tu_trabajo|buscarte|por_ti|encontrarte',
      'me presento|planto ..2 en ..1 tu|su ..1 casa|puerta|portal|colegio|escuela|insti|instituto|cole ..4 y ..2 @tellv|cuento|digo|enseno|ensenare|muestro|mostrare|ya_veras|vas_a_ver|te_vas_a_enterar',
      'mis ..1 amigos|colegas|primos|hermanos|chicos|colegas ..2 van_a_ir|iran|van|vendran|van_a_venir ..2 a_por_ti|por_ti|a_buscarte|a_tu_casa|a_tu_insti|a_tu_colegio|a_tu_cole|a_buscarte',
      'voy|ire|vamos ..1 a ..1 buscarte|por_ti|encontrarte ..2 y|si|cuando|hasta',
      'te voy|vamos ..1 a ..1 encontrar|buscar ..2 donde_sea|y_te|hasta',
      'voy|ire ..3 tu_casa|tu_colegio|tu_escuela|tu_insti|tu_instituto|tu_cole y ..3 digo|cuento|ensen*|muestro|enseno',
      'se|ya_se|conozco|se_bien|se_perfectamente donde|dnd ..1 vives|vivis|estudias|esta_tu_casa|queda_tu_casa ..6 ..6 si_no|sino ..4 voy|ire|vamos|iremos|me_presento|aparezco|apareceremos|paso|caigo|llego',
      'vi|he_visto|conozco|encontre|ya_vi tu|su casa|calle|portal|edificio|ventana ..6 si_no|sino ..4 voy|ire|vamos|iremos|me_presento|aparezco|paso|caigo|llego',
      'voy|ire|vamos|me_presento|aparezco ..3 tu_casa|tu_colegio|tu_escuela|tu_insti|tu_instituto|tu_cole|tu_puerta ..2 y ..1 ya_veras|vas_a_ver|te_vas_a_enterar|te_arrepentiras|te_vas_a_arrepentir',
      'te voy|vamos|ire ..1 a ..1 buscar|encontrar|esperar ..6 y_vas_a_ver|y_ya_veras|y_te_vas_a_enterar|te_vas_a_arrepentir|te_arrepentiras|te_va_a_ir_mal|y_te_parto|y_te_reviento|y_te_mato',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|pizza|fiesta|cumple|peli|estudiar|deberes|regalo|llueve|llover|en_bici|en_coche|en_bus|en_moto|en_taxi|andando|a_pie|uber|ayudarte|te_ayudo|preocupad*|estas_bien|ver_si_estas|sorpresa|ya_veras_que|vas_a_ver_que|vas_a_ver_el|vas_a_ver_la|vas_a_ver_lo|vas_a_ver_los|vas_a_ver_las|vas_a_ver_como'],
    examples: {
      match: ['si no me contestas voy a ir a tu casa', 'o me presento en tu casa', 'voy a buscarte y vas a ver', 'te voy a encontrar donde sea', 'voy a ir a tu colegio y se lo cuento a todos', 'se donde vives, vi tu casa en tus historias. si no me respondes voy para alla', 'ya vi tu casa en google maps, si no contestas me presento', 'te voy a buscar a la salida del cole y vas a ver', 'si me bloqueas me presento en tu casa', 'mis amigos van a ir a por ti', 'si me ignoras me planto en tu insti', 'me presento en tu casa y se lo cuento a tus padres', 'si no haces lo que te digo voy a tu casa y ya veras'],
      ignore: ['voy a tu casa a las 5', 'si no llueve voy a tu casa a estudiar', 'voy por ti a las 8', 'si no me respondes voy para alla', 'ya se donde vives, si no llueve voy en bici', 'te voy a buscar a la salida del cole', 'te voy a esperar en la puerta y vas a ver la sorpresa', 'si no contestas me paso por tu casa a ver si estas bien', 'me presento en tu casa con pizza y ya veras que bien'],
    },
  },
  {
    id: 'hurt-you-or-family',
    phrases: [
      'te|le|les voy|vamos ..1 a ..1 hacer|hacerte ..1 dano|danio|algo|pagar|sufrir',
      'matar*|mato|mataria|matare|lastimar*|lastimo|pegar*|hacerle_dano|hacerles_dano|hacer_dano ..2 a ..1 tu|tus|su ..1 familia|madre|padre|mama|papa|hermano*|hermana*|padres|papas|perro|gato|novio|novia',
      'le|les ..3 pasar|pasara|pase algo [malo] [a] tu_familia|tu_madre|tu_padre|tu_mama|tu_papa|tu_hermano|tu_hermana|tus_padres|tus_papas|tus_hermanos|tu_hermanito|tu_hermanita|tu_hermano_pequeno|tu_hermana_pequena|tus_abuelos|tu_abuela|tu_abuelo|tu_novio|tu_novia',
      'como ..1 me ..1 bloquees|ignores|denuncies|reportes|dejes ..4 te ..1 busco|encuentro|buscare|encontrare|voy_a_buscar|voy_a_encontrar|pillo|pillare',
      'te ..1 busco|buscare ..1 y ..1 te ..1 encuentro|encontrare|pillo',

      'algo malo ..2 te|le|les ..2 pasar|pasara|pase',
      'vas a ..1 pagar|pagarlas|pagarla|sufrir|desear ..2 caro|no_haber|haber_nacido|muerto|muerta|las_consecuencias',
      'te voy a matar|reventar|partir_la_cara|romper_la_cara ..3 de_verdad|en_serio|si_no|cuando_te_vea|como_no',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|jsjs|xd|lol|partida|ronda|juego|clash|fortnite|minecraft|roblox|spoiler|final|peli|jarron|examen|mama_se_entera|suspendo|apuntes|cargador|sudadera|libro|deberes|boli|llaves|traigas|devuelves|devuelvas|llegas_tarde|llegues_tarde'],
    examples: {
      match: ['te voy a hacer dano', 'voy a matar a tu perro', 'le va a pasar algo a tu familia', 'algo malo te va a pasar', 'te voy a matar de verdad si no pagas', 'le va a pasar algo a tu hermanito si no colaboras', 'como bloquees te busco y te encuentro', 'vas a desear no haber nacido'],
      ignore: ['te voy a matar jajaja', 'como le cuentes a mama que rompi el jarron te mato', 'te voy a matar si me haces spoiler del final', 'vas a pagar tu la cena', 'te voy a matar como no me traigas los apuntes'],
    },
  },
  {
    id: 'something-could-happen-to-family',
    phrases: [
      'hermanit*|hermano*|hermana*|familia|madre|padre|mama|papa|padres|papas|abuel* ..4 le|les ..1 puede|podria|va_a|podria_llegar_a|pueda ..1 pasar algo ..3 si_no|sino|como_no|si_me|si_le_cuentas|si_dices|si_denuncias|si_hablas',
      'tambien le|les ..1 puede|podria|va_a|podria_llegar_a pasar algo',
      'seria_una_pena|seria_una_lastima ..2 que ..3 le|les pasara|pase algo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|cuidado|ojo|vigila|vigilalo|vigilala|preocup*|hospital|medico|enfermo|enferma|piscina|playa|mar|coche|moto|bici|carretera|calle|nieve|lluvia|tormenta|viaje|vuelo|avion|operacion|solo_en_casa|sola_en_casa|accidente|llama|llamale|llamala'],
    examples: {
      match: ['y a tu hermanito tambien le puede pasar algo', 'tu familia, a ellos les puede pasar algo si no pagas', 'seria una pena que le pasara algo a tu madre'],
      ignore: ['cuidado con tu hermano en la piscina, le puede pasar algo', 'tu abuela esta en el hospital? espero que no le pase nada', 'a tu hermanito le puede pasar algo si sigue subiendose al arbol', 'llama a tu mama, le puede pasar algo con la tormenta'],
    },
  },
  {
    id: 'we-know-where-you-are',
    phrases: [
      'sabemos|conocemos|tenemos ..1 donde|dnd|en_que_calle ..1 vives|vivis|estudias|vive_tu_familia|viven_tus_padres|esta_tu_casa|queda_tu_casa|duermes',
      'se|sabemos|conozco|conocemos ..1 quien ..1 eres ..1 y ..1 donde|dnd ..1 vives|estudias|vivis',
      'tengo|tenemos|conozco ..1 amigos|gente|colegas|contactos|alguien|primos|chavales|un_amigo|una_amiga ..2 que ..1 saben|sabe|conocen|conoce ..1 donde|dnd ..1 vives|estudias|vivis|esta_tu_casa|sales',
      'tengo|tenemos ..1 gente|amigos|colegas ..1 en|cerca_de ..1 tu ..1 @school|barrio|casa|calle|pueblo|zona',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|voy_en|voy_andando|voy_para|estoy_llegando|llego_en|te_recojo|recogemos|paso_a|pasamos_a|en_bici|en_coche|en_bus|andando|se_llama|como_se|llevo|llevamos|te_llevo|te_llevamos|paso_por|pasamos_por|recojo|apuntes|libro|regalo|paquete|invitacion|pedido|pizza|uber|taxi|fiesta|cumple|mudanza|cerca|vecinos|vecina|vecino|mismo_barrio|somos_vecinos|carta|correo|postal|guay|genial|que_bien|mola|conocerte|conocer'],
    examples: {
      match: ['sabemos quien eres y donde vives. pagar o publicamos', 'sabemos donde estudias', 'tengo amigos que saben donde estudias, cuidado', 'tengo gente en tu insti, no te conviene bloquearme', 'se quien eres y donde vives'],
      ignore: ['sabemos donde vives, te llevamos el regalo mañana', 'tengo amigos que saben donde vives, somos vecinos jaja', 'tengo amigos en tu insti, que guay'],
    },
  },
  {
    id: 'beat-you-up-after-school',
    phrases: [
      'voy_a|te_voy_a|vamos_a|te_vamos_a ..1 romperte|partirte|reventarte|destrozarte|romper|partir|reventar ..1 la ..1 cara|boca|jeta|crisma|nariz|piernas ..4 salida|a_la_salida|en_la_salida|cuando_salgas|cuando_te_vea|cuando_te_pille|manana|en_el_insti|en_el_cole|en_la_calle|en_tu_casa|en_el_parque',
      'a_la_salida|en_la_salida|cuando_salgas|cuando_te_pille|cuando_te_vea ..3 te ..1 rompo|parto|reviento|romperemos|partimos|reventamos ..1 la ..1 cara|boca|jeta|crisma|nariz',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|lol|fifa|partida|juego|fortnite|minecraft|valorant|cod|clash|brawl|ajedrez|tenis|padel|pingpong|ping_pong|partido|en_el_fifa|broma|bromeando|pelicula|peli|serie|meme|cancion|letra|tiktok|personaje|obra|teatro|ensayo'],
    examples: {
      match: ['voy a romperte la cara a la salida', 'a la salida te parto la cara', 'te voy a reventar la boca cuando te pille'],
      ignore: ['te voy a romper la cara en el fifa a la salida jaja', 'a la salida te reviento en el ping pong', 'voy a romperte la cara en la partida de mañana'],
    },
  },
  {
    id: 'nobody-gets-hurt',
    phrases: [
      'nadie|ninguno|ninguna|nadie_mas ..1 sale|saldra|resulta|resultara|va_a_salir|tiene_que_salir ..1 lastimad*|herid*|danad*|perjudicad*',
      'tengo|ya_tengo|se|consegui ..4 tu_direccion|tu_domicilio|donde_vives ..6 no_me_hagas_enojar|no_me_hagas_enfadar|no_me_hagas_ir|no_te_conviene|mas_te_vale|tu_veras|cuidadito',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'partida|juego|fortnite|minecraft|roblox|free_fire|valorant|peli|serie|capitulo|jaja*|haha*|jsjs*|examen|regalo|paquete|entreno|entrenamiento|partido|tranquila|tranquilo|simulacro|obra|ensayo'],
    examples: {
      match: ['acuerdate que tengo tus capturas. haz lo que te digo y nadie sale lastimado', 'ya tengo tu numero, tu direccion y el nombre de tu mama. no me hagas enojar'],
      ignore: ['en la partida si cubrimos bien nadie sale lastimado jaja', 'tranquila que en el entreno nadie sale herido'],
    },
  },
  {
    id: 'wait-for-you-outside-r9',
    weight: 3,
    phrases: [
      'te_espero|te_voy_a_esperar|te_busco|te_voy_a_buscar|te_esperamos|voy_por_ti|vamos_por_ti ..4 salida|afuera|en_la_puerta|fuera|a_la_vuelta|en_tu_casa|en_tu_cole|en_tu_escuela ..6 vemos_quien|ya_veras|vas_a_ver|te_vas_a_enterar|te_arrepientes|te_vas_a_arrepentir|a_ver_quien|quien_se_rie|no_sales|no_vas_a_salir',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|partida|juego|ronda|mapa|server|fortnite|minecraft|bermuda|free_fire|cumple|fiesta|sorpresa|regalo|pastel|tarta|helado|cine|entreno|partido'],
    examples: {
      match: ['mañana te espero a la salida del cole y vemos quien se rie', 'te voy a esperar afuera de tu casa y ya veras', 'te busco en la puerta del insti y te vas a arrepentir'],
      ignore: ['te espero a la salida del cole y vemos quien gana al fortnite jaja', 'te espero en la puerta del cine, ya veras que peli'],
    },
  },
  {
    id: 'smash-your-face-r9',
    weight: 3,
    phrases: [
      'te ..1 voy_a|vamos_a|van_a ..1 partir|romper|reventar|madrear|quebrar ..1 la_cara|la_boca|la_madre|el_hocico|los_dientes|la_crisma|las_piernas|el_alma|el_craneo',
    ],
    unless: ['partida|juego|ranked|1v1|x1|fortnite|minecraft|free_fire|valorant|lol|cod|fifa|clash|brawl|padel|tenis|ajedrez|torneo|jaja*|haha*|xd|jsjs*|jeje*|como_no|como_me|como_toques|como_te_comas|devuelv*|cargador|mis_cosas|mi_ropa|mis_cascos'],
    examples: {
      match: ['te voy a partir la cara', 'te vamos a reventar la boca a la salida'],
      ignore: ['te voy a partir la cara en el 1v1 jaja', 'te voy a romper la cara en el fifa'],
    },
  },
  {
    id: 'my-people-know-where-r9',
    weight: 3,
    phrases: [
      'mis_amigos|mis_panas|mis_compas|mi_gente|mis_chicos|mis_primos|unos_amigos|mis_parceros|mis_carnales ..1 saben|sabe|conocen|conoce ..1 donde|tu_casa|tu_direccion|tu_colegio|tu_cole|tu_escuela',
      'te_van_a_visitar|te_vamos_a_visitar|te_hacemos_una_visita|te_haran_una_visita|te_van_a_hacer_una_visita|te_vamos_a_hacer_una_visita|te_van_a_caer|te_caemos',
    ],
    unless: ['fiesta|cumple|sorpresa|regalo|pastel|tarta|buscarte_para|pasamos_a_buscarte|recogerte|jaja*|haha*|xd|navidad|abuel*|tios|tias|fin_de_semana|el_domingo_para|a_comer|a_cenar|cantarte|mananitas|serenata|felicitarte|celebrar|recogen|recogemos'],
    examples: {
      match: ['mis amigos saben donde vives y te van a visitar', 'mi gente conoce tu casa', 'si no pagas te vamos a hacer una visita'],
      ignore: ['mis amigos saben donde vives, pasamos a buscarte para la fiesta', 'los tios te van a visitar el domingo para comer'],
    },
  },
  {
    id: 'dont-make-me-come-r10',
    phrases: [
      'no ..1 me ..1 hagas|obligues ..2 ir|presentarme|aparecerme|aparecer|pasar|llegar ..2 tu_casa|tu_colegio|tu_escuela|tu_insti|tu_cole|tu_trabajo|tu_liceo|tu_prepa',
      'te ..1 voy_a|vamos_a ..1 encontrar|cazar',
      'te ..1 encontrare|encontraremos|cazare|encuentro_donde_sea',
    ],
    unless: ['escondite|juego|partida|mapa|fortnite|minecraft|roblox|la_foto|el_video|el_link|el_enlace|el_regalo|un_regalo|novio|novia|pareja|trabajo|el_archivo|en_la_fiesta|en_el_concierto|en_la_entrada|en_la_puerta|en_la_estacion', 'buscar_mi|a_por_mi|mi_sudadera|mi_chaqueta|mi_cargador|mis_cosas|jaja*|devuelve*|devolver*|devuelvas|devuelves'],
    examples: {
      match: ['no me hagas ir a tu casa', 'no me obligues a aparecer en tu colegio', 'voy a ir a tu casa y te voy a encontrar', 'escondete donde quieras, te encontrare'],
      ignore: ['no me hagas ir a tu casa a buscar mi sudadera jaja', 'no me hagas ir a buscarte a la fiesta otra vez', 'te voy a encontrar en la entrada del concierto', 'te voy a encontrar novio jaja'],
    },
  },
  {
    id: 'i-am-watching-you-r10',
    weight: 3,
    phrases: [
      'te ..1 estoy|estamos ..1 viendo|mirando|observando|siguiendo|vigilando ..4 llevas|traes|tienes_puesto|tienes_puesta|estas_en|vas_con|vas_por|acabas_de',
      'se|ya_se ..1 que ..1 llevas|traes|vas_con ..3 puesto|puesta|hoy|ahora',
    ],
    unless: ['jaja*|videollamada|llamada|directo|live|stream|tele|en_la_foto|por_la_camara|en_el_video|en_clase|desde_la_ventana_de_clase|en_el_bus_de_la_excursion|te_saludo|saludame'],
    examples: {
      match: ['te estoy viendo, llevas la sudadera gris', 'te estoy siguiendo, acabas de entrar al super'],
      ignore: ['te estoy viendo en el directo, llevas la sudadera gris', 'te estoy viendo jaja, llevas mi gorra'],
    },
  },
  {
    id: 'block-me-and-i-come-r11',
    phrases: [
      'bloqueame|ignorame|reportame|denunciame|dejame_en_visto|bloquea|bloqueas|me_bloqueas|me_ignoras|me_dejas_en_visto ..2 y|nomas|nada_mas|a_ver ..4 voy|ire|vamos|me_presento|me_planto|aparezco|caigo|me_paso|te_busco ..3 tu_casa|tu_puerta|tu_colegio|tu_escuela|tu_insti|tu_cole|tu_trabajo|tu_barrio|a_buscarte|por_ti',
      'te ..1 espero|esperare|voy_a_esperar|estare|voy_a_estar ..4 puerta|afuera|fuera|enfrente|abajo ..4 toda_la_noche|todo_el_dia|toda_la_tarde|hasta_que_me_abras|hasta_que_me_contestes|hasta_que_me_hables|hasta_que_bajes_a_hablar',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|me_dijo|me_dijeron', 'jaja*|haha*|jsjs*|xd|fiesta|cumple|concierto|entradas|cine|cola|sorpresa|regalo|partida|juego|mapa|perdon|disculpas|disculparme|recital|show|estadio|entrar'],
    examples: {
      match: ['bloqueame y voy a tu casa, te espero en la puerta toda la noche', 'dale bloqueame nomas y me presento en tu cole', 'te espero afuera de tu casa hasta que me abras'],
      ignore: ['te espero en la puerta toda la noche si hace falta para entrar al recital', 'te espero en la puerta del cine toda la tarde jaja', 'bloqueame si queres, me da igual'],
    },
  },
  {
    id: 'knows-school-and-times-r12',
    phrases: [
      'ya se|sabemos|conozco ..3 a_que|a_q|cual|que|q|donde|dnd ..1 colegio|cole|escuela|insti|instituto|liceo|prepa|vas ..6 y se|y_sabemos|tambien_se a que|q hora sales|entras|llegas|terminas',
      'se|sabemos|conozco ..1 a que|q hora ..1 sales|entras|llegas ..3 asi_que|cuidado|ojo|y_si|hazme_caso|no_me_bloquees|te_conviene|mas_te_vale',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|jeje*|pizza|fiesta|cumple|sorpresa|regalo|te_llevo|llevo|estudiar|deberes|apuntes|en_bici|en_coche|en_bus|uber'],
    examples: {
      match: ['bueno mira ya se q vas al de la 80 y se a q hora sales', 'ya se a que colegio vas y se a que hora sales', 'se a que hora sales asi que cuidado'],
      ignore: ['se a que hora sales, te llevo los apuntes', 'ya se a que colegio vas jaja y se a que hora sales, paso con pizza', 'no se a que hora sales'],
    },
  },
  {
    id: 'block-and-i-come-r12',
    phrases: [
      'si ..3 bloquearme|bloqueas|me_bloqueas|ignorarme|me_ignoras|reportarme|me_reportas|denunciarme|me_denuncias|me_dejas_en_visto ..4 voy|ire|vengo|me_presento|me_aparezco ..3 tu_casa|tu_cole|tu_colegio|tu_escuela|tu_insti|buscarte|esperarte|a_la_salida|por_ti',
      'voy|ire|vamos ..2 a ..1 esperarte|buscarte ..4 salida|puerta|afuera|casa|cole|colegio|escuela ..3 no te va|vas a gustar|gustar_nada',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|jeje*|pizza|fiesta|cumple|sorpresa|regalo|te_llevo|llevo|estudiar|deberes|apuntes|en_bici|en_coche|en_bus|uber'],
    examples: {
      match: ['si me bloqueas voy a esperarte a la salida y no te va a gustar', 'si vuelves a bloquearme voy a tu casa, ya se cual es', 'si me ignoras voy a buscarte a tu colegio', 'voy a esperarte afuera de tu casa y no te va a gustar nada'],
      ignore: ['voy a tu casa a las 5, ya se cual es', 'si me bloqueas en el juego me da igual', 'voy a esperarte a la salida para ir al cine'],
    },
  },
  {
    id: 'block-me-and-i-wait-r13',
    weight: 5,
    phrases: [
      'si ..2 bloqueas|bloquea|ignoras|me_ignoras|denuncias|me_denuncias|reportas|me_reportas ..3 te ..1 espero|esperare|busco|encuentro|voy_a_buscar|voy_a_esperar|caigo ..4 puerta|salida|casa|@school|parada|esquina|calle|portal|afuera|fuera',
      'se|conozco ..1 en|a ..1 que|q|cual ..1 @school|colegio ..1 estudias|vas ..4 hora ..1 sales|entras|terminas|sale|entra',
    ],
    unless: ['no_se|nose|ni_idea|dime|me_dices|recuerdame|cine|quedamos|partido|entreno|jaja*|jeje*|xd|juego|partida|server|servidor'],
    examples: {
      match: ['se en q colegio estudias y a q hora sales. si me bloqueas te espero en la puerta', 'si me ignoras te busco a la salida del cole', 'se a que escuela vas y a que hora sales'],
      ignore: ['no se en q colegio estudias ni a q hora sales, dime y te recojo', 'si me bloqueas en el juego te espero en el server jaja'],
    },
  },
  {
    id: 'i-will-find-you-anyway-r14',
    phrases: [
      'igual|de_todas_formas|de_todos_modos|tarde_o_temprano|donde_sea|donde_estes|aunque_te_escondas ..1 te ..1 encuentro|encontrare|voy_a_encontrar|encontrar|busco|buscare|voy_a_buscar',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'juego|partida|server|servidor|mapa|escondite|fortnite|minecraft|roblox|jaja*|jsjs*|xd|lol|amor_mio|te_quiero|te_amo'],
    examples: {
      match: ['llama a quien quieras, igual te encuentro', 'bloqueame si quieres, tarde o temprano te encuentro', 'aunque te escondas te voy a encontrar'],
      ignore: ['igual te encuentro en la partida de fortnite', 'donde sea te encuentro en el escondite jaja'],
    },
  },
  {
    id: 'i-know-where-your-family-is-r14',
    phrases: [
      'se|sabemos|ya_se|conozco ..1 donde|a_que_colegio|en_que_colegio|a_que_hora|que_escuela|que_colegio ..1 estudia|vive|trabaja|sale|va|juega|entrena ..1 tu ..1 hermanita|hermanito|hermana|hermano|mama|papa|madre|padre|familia|abuela|novio|novia',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'paquete|regalo|regalos|llevo|llevamos|llevarle|dejarle|visitar|paso_a|pasare_a|ayudar|invitacion|invitar|jaja*|jsjs*|xd|lol|saludos|saludale|saludala|recoger|recogerla|recogerlo|le_llevo|les_llevo|flores|visita|visitarla|visitarlo|comida'],
    examples: {
      match: ['se donde estudia tu hermanita', 'ya se donde trabaja tu papa, piensalo bien', 'sabemos a que hora sale tu mama'],
      ignore: ['mama ya se donde vive tu abuela, llevo los regalos', 'se donde vive tu abuela, paso a dejarle el paquete', 'se donde entrena tu hermano, voy a recogerlo jaja', 'se donde vive tu abuela, le llevo flores'],
    },
  },
  {
    id: 'your-family-will-have-problems-r16',
    phrases: [
      'si_no|sino|o ..6 tu|tus ..1 hermanit*|hermano|hermana|hermanos|madre|mama|papa|padre|familia|padres|papas|viejos|vieja|viejo|abuela|abuelo ..3 va|van ..1 a ..1 tener|pasar*|sufrir ..1 problemas|algo|las_consecuencias',
      'ya ..1 se|sabemos ..1 donde ..1 estudia|estudian|vive|viven|trabaja|trabajan ..2 tu|tus ..1 hermanit*|hermano|hermana|madre|mama|papa|padre|familia|padres|papas',
      'tu|tus ..1 hermanit*|hermano|hermana|hermanos|madre|mama|papa|padre|familia|padres|papas|viejos ..3 va|van ..1 a ..1 tener|pasar*|sufrir ..1 problemas|algo_malo|las_consecuencias ..2 si_no|sino|como_no',
      'no_me_obligues_a|no_me_hagas ..1 ir_a_buscarte|ir_por_ti|ir_a_tu_casa|ir_a_tu_cole|ir_a_tu_insti|ir_a_tu_escuela|aparecer_en_tu_casa|presentarme_en_tu_casa',
    ],
    unless: ['profe|profesor*|si_no_estudia|si_no_estudias|a_estudiar|entrena|estacion|aeropuerto|parada|la_salida|entreno|otra_vez|examen|notas|suspend*|castig*|bronca|enfad*|banco|hacienda|multa|seguro|factura|deuda|alquiler|paquete|llevo|llevar|recoger|recojo|visitar|visita|fiesta|cumple|regalo|cena|comida|invit*|ubicacion|maps', 'la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|sextorsion|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_diciendo|la_serie|una_serie|la_peli|la_pelicula|capitulo|amenazan|amenazaban|amenazaron|amenazaba|amenazando|lo_denunciaron|lei_que'],
    examples: {
      match: ['tu hermano va a tener problemas si no me respondes', 'mira bien lo q te digo: si no vuelves a mandarme videos tu hermanita tmb va a tener problemas. ya se donde estudia', 'ya se donde estudia tu hermana', 'no me obligues a ir a buscarte', 'o tu familia va a sufrir las consecuencias'],
      ignore: ['tu hermano va a tener problemas con el profe si no estudia', 'si no pagas la factura tu madre va a tener problemas con el banco', 'ya se donde vive tu abuela, le llevo el regalo el sabado', 'no me hagas ir a buscarte a la estacion otra vez jaja'],
    },
  },
  {
    id: 'i-know-your-street-r18',
    phrases: [
      'se|ya_se|conozco|sabemos|ya_sabemos ..1 que|en_que|en_cual ..1 vives|vivis|viven|vive ..6 la|el|tu ..1 casa|puerta|porton|reja|edificio|ventana|balcon|fachada ..2 blanca|verde|roja|azul|negra|gris|amarilla|cafe|marron|rosada|de_ladrillo|de_la_esquina|con',
      'se|ya_se|conozco|sabemos|ya_sabemos ..1 en|que ..1 que|cual|en ..2 calle|colonia|barrio|comuna|edificio|urbanizacion|fraccionamiento|conjunto|torre|bloque|depa|piso ..1 vives|vivis|vive|viven|estas|queda ..6 no_me_provoques|cuidado|ojo|asi_que|y_si|si_no|sino|te_conviene|mas_te_vale|piensalo|ya_sabes|no_juegues|no_me_bloquees|no_me_ignores|no_me_busques',
    ],
    unless: [NEWS_R18, 'jaja*|haha*|jsjs*|jeje*|te_llevo|llevo|paso_a|paso_por|recojo|te_recojo|voy_a_pasar|apuntes|libro|regalo|paquete|invitacion|pedido|pizza|uber|taxi|fiesta|cumple|mudanza|se_vende|vendo|alquil*|inmobiliaria|piso_en_venta|arriendo|la_casa_de_tu_abuela|cual_es|que_piso|que_numero|el_portal|el_timbre|que_timbre|pintar|pinte|pintamos|pintaron|pintura|google_maps_sale|nos_mudamos|me_mudo|te_mudaste|tu_nueva_casa|la_casa_nueva'],
    examples: {
      match: ['ya se q vives en la calle Olivos, la casa blanca con el porton verde', 'te rastree la IP, se en que colonia vives. No me provoques', 'ya se en que barrio vives, asi que cuidado'],
      ignore: ['ya se que vives en la calle Olivos, te llevo los apuntes', 'se en que barrio vives pero cual es el numero?', 'pintamos la casa blanca con el porton verde jaja', 'se en que colonia vives, la de los tacos buenos', 'ya se que vives en la calle Sol, no?'],
    },
  },
  {
    id: 'your-family-will-pay-r18',
    phrases: [
      'tu|tus ..1 hermanito|hermanita|hermano*|hermana*|madre|mama|padre|papa|familia|padres|papas|abuel*|perro|gato|novio|novia|primo*|prima* ..2 lo|la|las|los ..1 va|van ..1 a ..1 pagar|sufrir|lamentar|pasar_mal',
      'lo|la|las ..1 va|van|vas ..1 a ..1 pagar|sufrir|lamentar ..1 tu|tus ..1 hermanito|hermanita|hermano*|hermana*|madre|mama|padre|papa|familia|padres|papas|abuel*|novio|novia',
      'si ..4 bloquear|bloqueas|bloquees|ignoras|ignores|ignorar|denuncias|denuncies|reportas ..3 voy|vamos|ire|iremos|caigo|llego|me_presento ..1 para_alla|pa_alla|para_alli|alla|alli|a_buscarte|por_ti ..2 y',
    ],
    unless: [NEWS_R18, 'jaja*|haha*|jsjs*|jeje*|jsjs|xd|lol|partida|ronda|juego|clash|fortnite|minecraft|roblox|spoiler|final|peli|jarron|examen|suspendo|apuntes|cargador|sudadera|libro|deberes|boli|llaves|la_cuenta|la_cena|las_entradas|el_pato_lo|castigad*|castigo|multa|mama_se_entera|se_entera_mama|tele|consola|la_play'],
    examples: {
      match: ['si me vuelves a bloquear voy para alla y tu hermanito lo va a pagar', 'lo va a pagar tu familia, te lo juro', 'si me ignoras voy a buscarte y ya veras'],
      ignore: ['si rompes la consola tu hermano lo va a pagar jaja', 'si me bloqueas en la partida voy a buscarte en la siguiente ronda xd', 'tu papa lo va a pagar, la cena, no te preocupes'],
    },
  },
  {
    id: 'i-know-where-you-train-r18',
    phrases: [
      'se|ya_se|sabemos|conozco ..1 donde|en_que_club|en_que_gimnasio ..1 entrenas|juegas|bailas|practicas|nadas|vas_al_gym|vas_al_gimnasio|vas_a_danza|vas_a_catequesis|haces_deporte ..4 y|a_que_hora|cuando|con_quien',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|te_recojo|paso_a_buscarte|te_paso_a_buscar|te_llevo|voy_a_verte|a_verte_jugar|animarte|partido|torneo|entrada|entradas|me_apunto|apuntarme|tambien_entreno|yo_tambien|mi_hermano|mi_hermana|mi_primo|mi_prima|tu_mama_me_dijo|tu_madre_me_dijo|horario|inscripcion|cuota|te_veo_alla|nos_vemos'],
    examples: {
      match: ['se donde entrenas y a que hora sales', 'ya se donde bailas y con quien vuelves'],
      ignore: ['ya se donde entrenas, me apunto yo tambien y a que hora sales?', 'se donde juegas, voy a verte el sabado al partido'],
    },
  },
  {
    id: 'i-know-your-route-r19',
    weight: 5,
    phrases: [
      'se|ya_se|sabemos|conozco ..3 donde|a_que_hora|a_q_hora|por_donde|por_que_calle|por_q_calle|que_camino|que_ruta ..1 sales|salis|vuelves|volves|caminas|pasas|regresas ..6 y|asi_que ..6 bloquea*|vas_a_ver|ya_veras|no_te_va_a_gustar|cuidado|ojo|te_vas_a_arrepentir',
      'se|ya_se|sabemos|conozco ..3 por_que|por_q|por_cual|que ..1 calle|camino|ruta|esquina ..1 vuelves|volves|regresas|caminas|pasas',
      'se|ya_se|sabemos|conozco ..3 por_donde|por_que_calle|por_q_calle|que_camino|que_ruta ..1 caminas|vuelves|volves|pasas|regresas ..6 cuidado|ojo|ya_veras|vas_a_ver|no_te_va_a_gustar|te_vas_a_arrepentir|no_me_bloquees|no_me_ignores',
      'bloqueame|ignorame|reportame|denunciame|bloqueas|me_bloqueas|me_ignoras|me_reportas ..3 y ..1 vas_a_ver|ya_veras|vas_a_saber ..1 lo_que_te_pasa|lo_q_te_pasa|lo_que_te_va_a_pasar|lo_q_te_va_a_pasar|lo_que_te_hago|lo_q_te_hago',
      'ya_se|sabemos|conozco ..2 que|q|donde|a_que ..1 vas|estudias ..4 y ..1 a_que_hora|a_q_hora ..1 sales|salis|entras|terminas',
      'te ..1 voy_a_esperar|voy_a_buscar|voy_a_estar_esperando|estare_esperando|estoy_esperando|espero|busco|esperare|buscare ..4 salida|puerta|afuera|fuera|casa|@school ..4 no_te_va_a_gustar|no_te_vaya_a_gustar|te_vas_a_arrepentir|te_arrepientes',
    ],
    unless: [NEWS_R18, 'jaja*|haha*|jsjs*|jeje*|xd|te_llevo|llevo|te_recojo|recojo|paso_a_buscarte|te_paso_a_buscar|pizza|fiesta|cumple|sorpresa|regalo|apuntes|deberes|estudiar|en_bici|en_coche|en_bus|uber|juntos|juntas|acompano|acompanarte|te_acompano|partida|juego|server|cine|quedamos|vecin*|no_se|nose|dime|me_dices'],
    examples: {
      match: ['se donde salis a las 6 y por que calle volves. bloqueame y vas a ver lo que te pasa', 'ya se que vas al liceo 7 y a que hora sales. si sigues sin contestar te voy a esperar en la puerta y no te va a gustar', 'ya se por que calle vuelves del cole', 'me bloqueas y vas a ver lo que te pasa', 'se por donde caminas para ir a la parada, cuidado', 'te voy a estar esperando en la salida y te vas a arrepentir'],
      ignore: ['se por que calle vuelves, te acompano mañana', 'ya se que vas al liceo 7 y a que hora sales, te paso a buscar', 'te espero en la puerta con una sorpresa que no te va a gustar jaja', 'si no ordenas tu cuarto vas a ver lo que te pasa'],
    },
  },
  {
    id: 'we-know-your-address-r20',
    phrases: [
      'sabemos|ya_sabemos|conocemos|ya_conocemos|tenemos|ya_tenemos|averiguamos|averigue|encontramos ..1 tu|su direccion|dire|domicilio|ubicacion|calle|portal ..2 y ..1 tu|tus|su|sus|donde|a_que ..1 @school|colegio|familia|padres|papas|hermana|hermano|hermanita|hermanito|estudias|trabajan|vives|trabaja',
      'sabemos|ya_sabemos|conocemos|ya_conocemos|tenemos|ya_tenemos|averiguamos|encontramos ..1 tu|su direccion|dire|domicilio|ubicacion|calle|portal ..3 asi_que|cuidado|ojo|no_juegues|piensalo|ya_sabes|mas_te_vale|te_conviene|no_te_pases|no_me_hagas|no_nos_hagas',
      'si_no|sino|o|como_no|las_que_no|los_que_no ..6 sabemos|ya_sabemos|conocemos|ya_conocemos|tenemos|ya_tenemos ..1 tu|su|donde ..1 direccion|dire|domicilio|ubicacion|vives|vivis|estudias',
      'sabemos|ya_sabemos|conocemos|ya_conocemos ..1 donde|dnd ..1 vives|vivis|estudias ..2 y ..1 donde|a_que|tu|tus ..1 @school|estudias|trabaja|trabajan|vives|familia|padres|papas',
      'tu ..1 direccion|dire|domicilio|casa ..1 y ..1 tu ..1 @school|colegio|instituto ..4 ya|sabemos|tenemos|conocemos|se|tengo',
    ],
    unless: [NEWS_R18, 'jaja*|jeje*|jsjs*|regalo|paquete|pedido|envio|invitacion|invitaciones|fiesta|cumple|sorpresa|pizza|uber|taxi|te_llevamos|te_llevo|te_recogemos|te_recojo|pasamos_a|pasamos_por|llegamos|quedada|ruta|maps|google_maps|la_lista|el_formulario|la_ficha|matricula|inscripcion|secretaria|el_cole_nos|la_escuela_nos|ya_tenemos_tu_direccion_para'],
    examples: {
      match: ['las que no cumplen se van... y ya sabemos tu direccion y tu cole', 'conocemos tu direccion, no juegues con nosotros', 'sabemos donde vives y donde estudias', 'o pagas o... ya sabemos donde vives', 'tu direccion y tu colegio ya los tengo, asi que piensalo'],
      ignore: ['ya tenemos tu direccion para mandarte la invitacion', 'sabemos donde vives jaja, llegamos a las 8 con la pizza', 'ya sabemos tu direccion, te recogemos a las 7 para el cumple', 'ya sabemos tu direccion, el sabado vamos todos a tu casa', 'sabemos donde vives, te llevamos los apuntes'],
    },
  },
  {
    id: 'block-me-and-i-come-r20',
    phrases: [
      'si|como|cuando ..3 bloquear|bloquearme|bloqueas|bloquees|bloqueais|denunciar|denunciarme|denuncias|denuncies|reportar|reportarme|reportas|reportes|ignorar|ignorarme|ignoras|ignores ..4 voy|ire|vamos|iremos|me_presento|aparezco|caigo|llego|me_planto|me_aparezco ..2 para_alla|pa_alla|para_alli|pa_alli|alla|a_verte|a_buscarte|por_ti|a_por_ti|a_tu_casa|a_tu_cole|a_tu_colegio|a_tu_escuela',
      'si|como|cuando ..3 bloquear|bloquearme|bloqueas|bloquees|denunciar|denunciarme|denuncias|denuncies|ignorar|ignorarme|ignoras|ignores ..4 te ..1 busco|buscare|encuentro|encontrare|espero|esperare ..2 en|a ..1 la_salida|la_puerta|tu_casa|tu_cole|tu_colegio|tu_escuela|tu_insti|tu_prepa',
    ],
    unless: [NEWS_R18, 'jaja*|jeje*|jsjs*|xd|lol|juego|partida|server|servidor|fortnite|minecraft|roblox|clash|igual|juntos|juntas|para_ir|pa_ir|tranqui|de_todas_formas|la_puerta_del|el_camino|el_paso|la_calle|el_balon|la_pelota|tiro|porteria|defensa|el_pase'],
    examples: {
      match: ['se donde vives, vi tu casa en la foto de tu cumple. si me vuelves a bloquear voy para alla', 'como me bloquees me planto a tu casa', 'si me ignoras otra vez te espero a la salida del cole'],
      ignore: ['si me bloqueas en el juego voy para alla y te pego jaja', 'si bloqueas el pase voy para alla a defender', 'si me ignoras te busco en el recreo para darte tu boli, tranqui jeje'],
    },
  },
  {
    id: 'answer-or-i-show-up-r23',
    phrases: [
      'contestame|contesta|contestas|responde|respondeme|respondes|desbloqueame|atiende|atendeme|atiendeme ..2 o|sino|si_no ..3 paso|voy|ire|me_paso|aparezco|me_aparezco|caigo|me_presento|vamos ..2 por|a|en ..1 tu|su ..1 casa|colegio|cole|escuela|insti|liceo|puerta|depa|piso|barrio',
      'se|ya_se|se_bien ..1 donde|dnd ..1 vives|vivis|estudias|entrenas ..6 contestame|contesta|responde|respondeme|desbloqueame|mas_te_vale|te_conviene|no_me_ignores|no_me_bloquees|o_paso|o_voy|o_ire|o_aparezco',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|capitulo|la_serie|la_peli|la_pelicula|si_alguien_te|si_alguien_les|si_alguien_os', 'jaja*|jsjs*|jeje*|preocupad*|estas_bien|te_paso_algo|apuntes|llaves|cargador|dejaste|olvidaste|te_llevo|regalo|pizza|pedido|mama_dice|tu_mama_dice'],
    examples: {
      match: ['se donde vivis. hoy te vi salir del colegio con la campera verde. contestame o paso por tu casa', 'desbloqueame o voy a tu cole', 'ya se donde vives, mas te vale contestar'],
      ignore: ['contestame o paso por tu casa, estas bien? me tenes preocupada', 'contestame o paso por tu casa a buscar el cargador que dejaste'],
    },
  },
  {
    id: 'i-know-your-name-and-school-do-something-r25',
    phrases: [
      'ya_se|se|sabemos|ya_sabemos ..1 que|como ..1 te_llamas|te_apellidas ..6 vives|estudias|vas_al|vas_a_la|tu_insti|tu_cole|tu_colegio|tu_escuela|que_cole|que_colegio|que_insti|que_instituto|que_escuela ..6 borra*|bloquea*|denuncia*|reporta*|ignora*|dile|dices|cuentale*|cuentas|y_veras|ya_veras|y_vas_a_ver|atente|te_arrepentiras',
    ],
    unless: ['nuevo|nueva|bienvenid*|encantad*|presentate|profe|tutor|tutora|secretaria|matricula|lista|la_noticia|documental|reportaje|sextorsion|estafador*'],
    examples: {
      match: ['ya se que te llamas lucia, vives en valencia y vas al ies jorge juan. borra algo y veras', 'se como te llamas y a que cole vas, denunciame y veras'],
      ignore: ['ya se que te llamas lucia, que eres nueva y vas al ies jorge juan! bienvenida', 'ya se como te llamas, vas a mi clase y veras que majo es el profe'],
    },
  },
  {
    id: 'know-your-bus-r27',
    weight: 3,
    phrases: [
      'se|ya_se|sabemos|conozco|se_bien|tengo_visto|tengo_controlado ..2 que|cual|en_que|el|tu|a_que_hora ..1 bus|autobus|camion|micro|colectivo|bondi|guagua|combi|metro|tren|ruta|linea|transporte ..3 coges|tomas|agarras|pillas|usas|esperas|te_bajas|te_subes|subes|bajas|pasa|pasas|vas|vienes|vuelves|haces',
      'se|ya_se|sabemos|conozco ..2 en_que|cual|donde|que ..1 parada|estacion|esquina ..3 te_bajas|te_subes|esperas|te_deja|bajas|subes',
    ],
    unless: [NEWS_R18, 'no_se|nose|ni_idea|no_sabia|te_guardo|guardo_sitio|guardo_asiento|te_guardo_sitio|juntos|juntas|repasamos|yo_tambien|yo_tb|el_mismo|mismo_bus|mismo_autobus|nos_vemos|te_veo|coincidimos|cambiaron|horario|huelga|retraso|llega_tarde|avisame|te_aviso|jaja*|haha*|jsjs*|jeje*'],
    examples: {
      match: ['ya se que bus coges a las 7:40', 'se en que parada te bajas todos los dias', 'se cual camion tomas para ir a la prepa', 'se en que ruta vas al colegio'],
      ignore: ['ya se que bus coges, el 27 no? mañana te guardo sitio', 'ya se en que parada te bajas, yo tambien', 'se que metro coges, nos vemos en el anden', 'no se que bus tomas'],
    },
  },
  {
    id: 'waiting-for-you-if-no-reply-r27',
    weight: 2,
    phrases: [
      'te ..1 espero|esperare|esperamos|estare_esperando|voy_a_esperar|estoy_esperando ..4 si ..1 no ..2 contestas|respondes|me_contestas|me_respondes|pagas|me_pagas|me_mandas|mandas|obedeces',
      'si ..1 no ..3 contestas|respondes|me_contestas|me_respondes|pagas|me_pagas ..4 te ..1 espero|esperare|esperamos|voy_a_esperar ..3 en|ahi|alli|alla|a_la_salida|fuera|afuera|abajo',
    ],
    unless: [NEWS_R18, 'es_que|ya_te_fuiste|ya_te_has_ido|entiendo_que|supongo|me_voy|cine|como_siempre|en_clase|jaja*|haha*|jeje*|para_ir|para_entrar|vamos_juntos|vamos_juntas|la_peli|el_partido|entreno|quedamos|concierto|te_llamo|llamame|me_voy|entro_yo|me_adelanto'],
    examples: {
      match: ['mañana te espero ahi si no me contestas', 'si no me respondes te espero a la salida'],
      ignore: ['te espero en la salida, si no contestas es que ya te fuiste', 'te espero en el cine a las 8, si no contestas entro yo', 'si no me contestas te espero en la puerta como siempre jaja'],
    },
  },
  {
    // r28: "I'm outside your school right now" with a menacing ultimatum or "I can see you".
    id: 'outside-your-school-now-r28',
    phrases: [
      'estoy|estamos|ando|andamos|me_tienes ..1 afuera|fuera|enfrente|delante|en_la_puerta|en_la_salida|esperando ..2 de|en ..1 tu|la|el ..1 @school|casa|portal|edificio|trabajo ..6 sales_o_entro|o_sales_o_entro|sal_o_entro|sales_o_te_saco|o_te_saco|te_estoy_viendo|te_veo_desde|te_estoy_vigilando|no_te_escondas|no_me_ignores|vas_a_ver|ya_veras|te_vas_a_enterar|no_te_escapas|no_te_vas_a_escapar|hablamos_en_persona|cara_a_cara|sabes_lo_que_pasa|ya_sabes_lo_que',
      'sales_o_entro|o_sales_o_entro|sal_o_entro ..1 yo ..6 ya_sabes|vas_a_ver|ya_veras|no_me_ignores|tus_fotos|el_video|te_crees',
    ],
    unless: ['hay_trafico|mucho_trafico|con_el_coche|con_el_carro|en_el_coche|en_el_carro|aparcad*|estacionad*|en_doble_fila|te_recojo|a_recogerte|por_ti_para|mochila|abrigo|chaqueta|paraguas|llueve|lloviendo|llaves|se_te_olvido|te_dejaste|te_olvidaste|jaja*|jsjs*|sorpresa|cumple|regalo|tarta|helado|pizza|merienda'],
    examples: {
      match: ['estoy afuera de tu escuela ahora mismo, sales o entro yo', 'estoy enfrente de tu casa, te estoy viendo', 'ando afuera de tu colegio, no te escondas'],
      ignore: ['estoy afuera de tu escuela, sal ya que hay mucho trafico', 'estoy fuera de tu casa con el coche, baja', 'estoy en la puerta de tu cole, te dejaste la mochila'],
    },
  },
  {
    // r29: "or I ring your mum's doorbell".
    id: 'ring-your-doorbell-r29',
    phrases: [
      'toco|tocare|voy_a_tocar|te_toco|le_toco|llamo|llamare|le_llamo ..1 el_timbre|la_puerta|al_timbre|a_la_puerta|el_portero ..3 tu_casa|de_tu_casa|tu_vieja|tu_madre|tu_mama|tus_padres|tus_viejos|tu_papa|tu_padre|tus_papas|tu_familia',
      'le|les ..1 toco|tocare ..1 el_timbre|la_puerta ..2 a|de ..1 @targ',
    ],
    unless: ['pizza|paquete|repartidor|cuando_llegue|cuando_llegues|para_entrar|para_que_abras|para_que_me_abras|abre|abreme|estoy_abajo|estoy_en_la_puerta|ya_llegue|llego_en|cumple|sorpresa|regalo|recogerte|a_por_ti|las_llaves|sin_llaves'],
    examples: {
      match: ['contestame o le toco el timbre a tu vieja', 'si no pagas toco el timbre de tu casa esta noche'],
      ignore: ['toco el timbre de tu casa cuando llegue, vale?', 'le toco el timbre a tu madre para que me abra, estoy abajo'],
    },
  },
  {
    // r30: where you live, then "don't make me angry".
    id: 'where-you-live-dont-make-me-angry-r30',
    weight: 3,
    phrases: [
      'vives|vive|viven|casa|calle|pasaje|avenida|direccion|depa|departamento|piso|portal|edificio|barrio|colonia|poblacion ..6 no_me_hagas|no_me_hagai|no_me_hagan|no_me_hagais|no_me_obligues|no_me_obligui ..1 enojar|enfadar|cabrear|emputar|encabronar',
      '@send|contesta|contestame|responde|respondeme|paga|pagame ..3 @foto|fotos|videos|video|nudes|pack|fotitos ..5 o|sino|si_no ..1 voy|ire|paso|caigo|me_aparezco ..1 pa_alla|para_alla|pa_tu_casa|para_tu_casa|a_tu_casa|a_tu_colegio|a_tu_escuela|a_tu_insti',
    ],
    unless: [NEWS_R18, 'jaja*|jsjs*|jeje*|xd|pizza|cena|comida|fiesta|cumple|llaves|cargador|mudanza|visita|tarta|regalo|ubicacion|cuando_llegues|aviso|te_espero|donde_estas|con_quien|en_casa_de|recogerte|a_recogerte|a_buscarte'],
    examples: {
      match: ['se que vives en la calle del parque con tu madre. no me hagas enojar', 'mandame las fotos ya o voy para tu casa'],
      ignore: ['vives en la calle mayor? no me hagas ir andando jaja', 'mandame las fotos del cumple o voy a tu casa a por ellas jaja', 'mandame una foto de donde estas o voy para alla a recogerte'],
    },
  },
  {
    // r31: "I know where you live, the street and the door. I'll wait for you outside school if you don't do what I say".
    id: 'waiting-for-you-unless-you-obey-r31',
    phrases: [
      'te ..1 espero|esperare|esperamos|estare|estaremos|voy_a_esperar|vamos_a_esperar ..4 salida|puerta|portal|esquina|parada ..4 si ..1 no ..1 haces|pagas|mandas|contestas|obedeces|cumples|me_haces|me_pagas|me_mandas|me_contestas',
      'se|sabemos|conozco|conocemos ..1 donde|dnd ..1 vives|vivis|viven ..2 la_calle|el_portal|el_numero|el_piso|la_puerta|el_edificio ..2 y ..1 el_portal|el_numero|el_piso|la_puerta|la_calle|el_timbre|el_edificio',
    ],
    unless: [NEWS_R18, 'no_se|pero_no|cual_es|que_piso|que_timbre|que_numero|que_portal|te_llevo|llevo|regalo|paquete|pedido|invitacion|cumple|sorpresa|fiesta|deberes|tarea|apuntes|entreno|ensayo|jaja*|xd'],
    examples: {
      match: ['sabemos donde vives, la calle y el numero', 'te espero en la puerta del cole si no me pagas hoy'],
      ignore: ['se donde vives, la calle y el portal, pero no se que piso es', 'te espero en la puerta del cole si no haces los deberes te ayudo jaja'],
    },
  },
  {
    // r33: "I know more things... I know where you live too".
    id: 'i-know-more-and-where-you-live-r33',
    phrases: [
      'se|sabemos|conozco ..1 mas|muchas|mucho ..2 cosas|de_ti|de_lo_que_crees|de_lo_que_piensas|sobre_ti ..6 se|sabemos|conozco ..1 donde|dnd|en_que_calle ..1 vives|vivis|estudias|esta_tu_casa|queda_tu_casa|duermes|entrenas',
    ],
    unless: [NEWS_R18, 'no_se_mas|regalo|fiesta|cumple|sorpresa|pizza|te_llevo|apuntes|libro|vecin*|mudanza|paquete|pedido'],
    examples: {
      match: ['se muchas cosas de ti. se donde vives', 'se mas de lo que crees, y se donde estudias'],
      ignore: ['se muchas cosas de ti, somos vecinos y se donde vives', 'se mas cosas del cumple, se donde vives asi que te llevo el regalo'],
    },
  },
  {
    // r33: "send what I asked for or I come round".
    id: 'do-what-i-asked-or-i-come-r33',
    phrases: [
      'lo_que_te_pedi|lo_que_te_dije|lo_que_te_digo|lo_que_quiero|lo_que_te_toca ..4 o|sino|si_no ..1 me ..1 paso|planto|presento|aparezco ..2 por_ahi|por_alli|por_alla|por_tu_casa|en_tu_casa|en_tu_puerta|en_tu_portal|en_tu_insti|en_tu_cole',
    ],
    unless: [NEWS_R18, 'a_por_el|a_por_ella|a_por_ellos|a_por_ellas|a_buscarlo|a_buscarla|a_buscarlos|a_recogerlo|a_recogerla|recoger|libro|apuntes|llaves|cargador|tupper|regalo|pedido|paquete'],
    examples: {
      match: ['mejor haz lo que te dije o me planto en tu casa', 'mandame lo que te pedi o me presento por ahi'],
      ignore: ['traeme lo que te pedi o me paso por ahi a buscarlo', 'dame lo que te pedi, los apuntes, o me paso por tu casa'],
    },
  },
] satisfies PatternEntry[];
