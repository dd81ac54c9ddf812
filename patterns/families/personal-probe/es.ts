import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'asks-age',
    phrases: [
      'tienes|tenes 10|11|12|13|14|15|16|17',
      'cuantos anos|ano|anios|anitos tienes|tenes|tenis|tnes|tns|tienez|cumples|cumpliste|tiene_usted',
      'cuantos tienes|tenes|tenis',
      'que|q|k edad tienes|tenes|tenis|tiene_usted',
      'cual|dime|decime ..1 tu edad',
      'eres|sos mayor|menor de edad',
      'de que|q ano|anio eres|sos',
      'en|a que|q curso|grado|ano estas|vas|andas',
      'que|q|k curso|grado vas|andas|cursas',
    ],
    unless: ['# minutos|minuto|min|mins|horas|hora|segundos|dias|euros|pavos|pesos|dolares|puntos|vidas|seguidores|likes|amigos|partidas|intentos|preguntas|ejercicios|paginas', 'server|servidor|inscripcion|inscribir*|ficha|federacion|licencia|seguro_escolar|formulario|registro|matricula|categoria|liga|torneo|tryout|tryouts|scrim|scrims|convocatoria', 'sub #', 'cumples_ya|ya_cumples|cumpliste_ya|ya_cumpliste|abuela|abuelo|abuelita|abuelito|yaya|nieta|nieto|mi_nina|mi_nino|sobrina|sobrino'],
    examples: {
      match: ['tienes 13?', 'cuantos años tienes?', 'y q edad tenes', 'cuantos tienes', 'eres menor de edad?', 'en que curso estas?', 'de que año eres', 'que curso vas?'],
      ignore: ['tienes 10 minutos para terminar el examen', 'cuantos años tiene tu perro', 'tengo 15 años', 'feliz cumple!', 'el server es de +13, cuantos años tienes?', 'para la ficha de la federacion, que edad tienes?', 'que curso tan dificil', 'guay. cuantos años tienes? la liga es sub-18 y necesitamos saberlo'],
    },
  },
  {
    id: 'asks-alone',
    phrases: [
      'te quedas|queda ..1 sola|solo|solita|solito',
      'vives|vivis con ..1 tus|tu padres|papas|madre|mama|papa|familia|abuel*',
      'estas|stas|tas|estai|esta_usted sola|solo|solita|solito|solos|solas',
      'hay alguien ..2 contigo|casa|tu_casa',
      'estan|llegan|vuelven|trabajan|salieron|se_fueron|se_van|salen|regresan|vienen ..1 tus|los|sus padres|papas|papis|viejos|mama|papa',
      'tus|sus padres|papas|papis|viejos ..2 estan|llegan|vuelven|trabajan|salieron|se_fueron|duermen|revisan|miran|ven',
      'duermes sola|solo|con_alguien',
      'tienes|tenes ..1 cuarto|habitacion|pieza propio|propia|para_ti',
      'a que|q hora ..1 se duermen|acuestan|van_a_dormir|van_a_la_cama|salen|vuelven|llegan|regresan ..2 [tus] padres|papas|papis|viejos|ellos',
      'a que|q hora ..1 se duermen|acuestan|van_a_dormir|van_a_la_cama',
    ],
    examples: {
      match: ['estas sola en casa?', 'hay alguien contigo?', 'y sus papis estan en la casa?', 'a que hora llegan tus papas', 'tus padres revisan tu movil?', 'tienes cuarto propio?', 'a que hora se duermen?', 'a q hora se acuestan tus papas'],
      ignore: ['estoy sola en casa', 'vienes solo o con alguien al cine?'],
    },
  },
  {
    id: 'asks-school-location',
    phrases: [
      'pasame|mandame|dame|enviame|comparteme|manda|pasa|comparte ..2 tu|la ..1 ubicacion|ubi ..2 en_tiempo_real|en_vivo|actual|exacta',
      'como se llama tu @school',
      'a|en|al que|q|k @school vas|estudias|estas|vais|andas|asistes',
      'en|a|al que|q|k cole|colegio|insti|instituto|escuela|liceo|prepa|secu',
      'de|en que|q|k|cual @school|colegio|instituto eres|sos|vienes|estas|estudias',
      'cual es el nombre de tu @school',
      'cual es tu @school|direccion|dire|calle|domicilio|barrio|colonia',
      'vives|vivis cerca|lejos',
      'donde|dnd|onde queda|esta ..1 tu ..1 @school|casa|depa|departamento|piso|barrio',
      'donde|dnd|onde vives|estudias|queda_tu_casa|esta_tu_casa|vivis|esta_tu_colegio|queda_tu_colegio',
      'en que|q ciudad|barrio|zona|colonia|parte|calle vives|estas|vivis',
      'de que|q ciudad|pais|barrio|zona|colonia|parte|pueblo|provincia|estado eres|sos|vienes',
      'de donde eres|sos|es_usted',
      'pasame|mandame|dame|envia*|comparte* ..1 tu ubicacion|direccion|dire|ubi',
      'dime|decime|escribeme ..1 tu ..1 direccion|dire|calle|portal|ubicacion|ubi',
      'vivo|estoy|trabajo|paso ..1 cerca|al_lado ..2 de ..1 tu ..1 @school|casa|barrio|calle|portal',
      'te ..1 he_visto|vi|veo|veia ..1 salir|entrar|llegar|pasar|esperar ..3 @school|casa|clase|portal|parada|entreno|entrenamiento',
    ],
    unless: ['se|conozco|ya_se|you_se donde vives|estudias', 'la ubicacion ..6 ..3 te ..1 paso|voy|vengo ..1 a ..1 buscar|recoger', 'para_el_envio|del_envio|el_envio|para_enviartelo|para_mandartelo|paquete|pedido|por_correos|correos'],
    examples: {
      match: ['mandame la ubicacion en tiempo real', 'te paso a buscar con el coche, dime tu direccion', 'a que insti vas?', 'donde vives?', 'de donde eres?', 'cual es tu colegio', 'pasame tu ubicacion', 'en que barrio vives', 'hola, de que cole eres?', 'y tu de q escuela eres', 'donde queda tu escuela', 'que curso vas? en que cole?', 'hola de que ciudad eres?', 'vivo cerca de tu insti, te he visto salir jaja', 'te vi salir de tu casa esta mañana'],
      ignore: ['mandame la ubicacion en tiempo real y a las 10 te paso a buscar', 'vivo en madrid', 'donde esta el colegio nuevo', 'me encanta mi barrio', 'que cole tan grande'],
    },
  },
  {
    id: 'asks-relationship',
    weight: 1,
    phrases: [
      'tienes|tenes|tiene_usted novio|novia|noviecito|noviecita|pareja|crush|rollo|ligue',
      'estas|stas|tas|estai ..1 soltera|soltero|sola_o|saliendo_con_alguien|con_alguien',
    ],
    unless: ['mi_hermano|mi_hermana|tu_hermano|tu_hermana|tu_prima|tu_primo|tu_madre|tu_padre|ella_tiene|el_tiene'],
    examples: {
      match: ['tienes novio?', 'y tu tienes novia', 'estas soltera?'],
      ignore: ['tu hermana tiene novio?', 'tu prima tiene novio?'],
    },
  },
  {
    id: 'asks-whereabouts',
    weight: 1,
    phrases: [
      'con quien ..1 vives|vivis|estas|estas_ahora',
      'a|a_que que|q ..1 hora ..1 sales|terminas|acabas|sale|llegas ..2 de|del ..1 clase|cole|colegio|insti|instituto|escuela|entreno|trabajo',
      'donde|dnd estas|andas ..1 ahora|ahorita|ahora_mismo|en_este_momento',
      'estas ..1 en ..1 tu ..1 cuarto|habitacion|cama|pieza',
      'tienes|tenes hermanos|hermanas|hermanitos|hermanitas',
    ],
    unless: ['te_recojo|te_paso_a_buscar|voy_a_por_ti|la_cena|la_comida|mama|papa|abuel*|profe|entrenador*|el_bus|autobus'],
    examples: {
      match: ['con quien vives?', 'a que hora sales de clase?', 'donde estas ahora?', 'estas en tu cuarto?', 'tienes hermanos?'],
      ignore: ['a que hora sales de clase? te recojo', 'donde estas ahora? la cena esta lista, mama'],
    },
  },
  {
    id: 'parents-check-phone',
    phrases: [
      '@parents|tus_padres|tu_mama|tu_papa|tus_papas|tus_viejos|tu_vieja|tu_viejo ..1 te ..1 revisa|revisan|mira|miran|checa|checan|chequea|chequean|controla|controlan ..1 el|tu|los|tus ..1 telefono|celular|cel|celu|movil|chats|mensajes|whatsapp|instagram',
    ],
    unless: ['jaja*|haha*|jsjs*|mi_mama|mi_papa|mis_papas|mis_padres|a_mi_tambien|la_mia|el_mio|los_mios'],
    examples: {
      match: ['tu mama te revisa el telefono?', 'tus papas te revisan los chats?'],
      ignore: ['mi mama me revisa el celu, a ti tu mama te revisa el celular tambien? jaja'],
    },
  },
  {
    id: 'when-are-they-back-r10',
    phrases: [
      'a ..1 que|q ..1 hora ..1 vuelven|vuelve|llegan|llega|regresan|regresa ..2 tus|tu ..1 @parents',
      'a ..1 que|q ..1 hora ..1 vuelven|regresan',
      'ya|alguna_vez|nunca ..1 has|haz|hai ..1 tenido ..1 novio|novia|pareja|novio_o_novia',
      'tengo # [anos|anitos|pirulos|tacos] y ..1 tu|vos|vo|usted',
    ],
    unless: ['viaje|excursion|campamento|playa|vacaciones|del_cine|del_partido|del_concierto|los_chicos|las_chicas|ustedes|vosotros|vosotras', 'cena|comida|para_la_cena|torneo|categoria|sub|liga|hermanos|hermanas|primos|perros|gatos|examenes|euros|pavos|dolares|pesos|lucas|horas|minutos|dias|seguidores|likes|mensajes|puntos|kills|victorias|copas|trofeos|vidas|robux|skins|materias|asignaturas|deberes|tareas'],
    examples: {
      match: ['a q hora vuelven', 'a que hora llega tu mama', 'oye y ya has tenido novio?', 'tengo 16 y tu? soy de monterrey'],
      ignore: ['a q hora vuelven tus papas? para la cena del sabado', 'tengo 15 y tu? en el torneo dicen que hay categoria sub 16', 'a q hora vuelven de la excursion?', 'tengo 2 hermanos y tu?', 'tengo 40 seguidores y tu?'],
    },
  },
  {
    id: 'which-class-r11',
    weight: 1,
    phrases: [
      'en|a ..1 que|q|k|cual ..1 division|seccion|salon|paralelo|grupo ..1 estas|vas|andas|sos|eres',
    ],
    examples: {
      match: ['en q division estas vos?', 'en que salon estas'],
      ignore: ['en que grupo de whatsapp me agregaste'],
    },
  },
  {
    id: 'you-look-younger-r11',
    weight: 1,
    phrases: [
      'cara|carita|pinta ..1 de ..2 chiquita|chiquito|menor|nena|nene|pequena|pequeno|peque ..2 para ..1 #',
      'dice|pone|dices|pones ..2 # ..3 pero ..1 pareces|se_te_ve|te_ves ..1 mas ..1 chica|chico|chiquita|chiquito|joven|pequena|pequeno|menor',
    ],
    unless: ['mi_hermano|mi_hermana|mi_primo|mi_prima|mi_papa|mi_mama|mi_tio|mi_tia|mi_novio|mi_novia|el_actor|la_actriz'],
    examples: {
      match: ['tenes cara de muy chiquita para 18 eh jaja', 'en el perfil dice 18 pero pareces mas chica'],
      ignore: ['tiene cara de nene para 30 mi hermano'],
    },
  },
  {
    id: 'pass-your-age-address-r12',
    phrases: [
      '@send|pases|dime|digame|necesitamos|necesito ..3 tu ..1 edad|direccion|domicilio|ubicacion ..1 y|e ..1 [tu] edad|direccion|domicilio|escuela|colegio|nombre_completo|ubicacion',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'pedido|envio|paquete|delivery|factura|amazon|mercado_libre|uber'],
    examples: {
      match: ['Para el contrato necesitamos que nos pases tu edad y direccion', 'dime tu edad y direccion'],
      ignore: ['pasame tu direccion para el pedido'],
    },
  },
  {
    id: 'anyone-home-go-out-alone-r13',
    weight: 1,
    phrases: [
      'hay|tienes|esta ..1 alguien ..2 en_casa|en_tu_casa|contigo ..2 ahora|ahorita|ahora_mismo|en_este_momento',
      'tus_viejos|tus_papas|tus_padres|tu_mama|tu_papa|tu_madre|tu_padre|tu_vieja|tus_papis ..1 te ..1 dejan|deja ..1 salir ..1 solo|sola|solito|solita|de_noche|hasta_tarde',
    ],
    unless: ['paquete|pedido|repartidor|llaves|abrir|timbre|cartero|mensajero'],
    examples: {
      match: ['tienes a alguien en casa ahora? pa jugar con micro sin q te regañen', 'tus viejos te dejan salir solo? podriamos quedar el sabado'],
      ignore: ['hay alguien en casa ahora? traigo el paquete y no abren'],
    },
  },
  {
    id: 'bare-data-checklist-r14',
    phrases: [
      'edad ..2 ciudad|pais|colegio|escuela|curso|barrio|donde_vives|direccion|zona',
      'datos ..4 edad ..3 colegio|escuela|barrio|direccion|donde_vives|peso|altura|ciudad|curso',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'formulario_de|matricula|inscripcion_en|rellene|rellena|rellenar|encuesta|censo|medico|doctor|hospital|consulta|seguro|registro|torneo|inscripcion|club|equipo|liga|concurso|formulario'],
    examples: {
      match: ['Edad? Ciudad?', 'Te armo un plan gratis, solo necesito tus datos: edad, peso y altura', 'Necesitamos confirmar unos datos: edad, colegio y barrio donde vive'],
      ignore: ['rellena el formulario de inscripcion en el club con tus datos: edad, colegio y direccion', 'para la consulta del medico necesito tus datos: edad, peso y altura', 'edad y ciudad para el registro del torneo'],
    },
  },
  {
    id: 'parents-asleep-yet-r14',
    phrases: [
      'tus|tu ..1 papas|padres|viejos|jefes|mama|papa|vieja|viejo ..1 ya ..1 se ..1 durmieron|durmio|fueron|fue|acostaron|acosto|dormieron',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'paso_por_ti|te_recojo|voy_por_ti|avisame_y|jaja*|para_ir|fiesta|estudiar|tarea|deberes|trabajo'],
    examples: {
      match: ['que haces despierta tan tarde? tus papas ya se durmieron?', 'tu mama ya se fue?'],
      ignore: ['tus papas ya se fueron? avisame y paso por ti para ir a la fiesta'],
    },
  },
  {
    id: 'height-weight-r15',
    phrases: [
      'cuanto ..1 mides|pesas ..3 cuanto ..1 pesas|mides|calzas|de_cintura|de_pecho|de_cadera',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'equipo|uniforme|talla_de|entrenador|medico|doctor|nutri*|bici|bicicleta|basquet|voley|club'],
    examples: {
      match: ['cuanto mides y cuanto pesas?'],
      ignore: ['cuanto mides y cuanto pesas? es para la ficha del club'],
    },
  },
  {
    id: 'are-you-from-that-school-r16',
    phrases: [
      'eres|sos|estudias|vas ..2 en|del|de_la|al|a_la ..1 colegio|cole|insti|instituto|liceo|escuela|prepa|secundaria ..3 me_suena|te_he_visto|te_vi|tu_cara',
    ],
    unless: ['profe|profesor*|tutor*|uniforme|matricula|inscripcion'],
    examples: {
      match: ['eres del colegio san jose? me suena tu cara'],
      ignore: ['eres del colegio? la profe te busca'],
    },
  },
  {
    id: 'district-parents-know-stats-r18',
    phrases: [
      'de|en ..1 que|cual ..1 distrito|colonia|barrio|comuna|alcaldia|delegacion|fraccionamiento|urbanizacion ..1 [eres|sos|vives|vivis|estas]',
      'tus ..1 viejos|padres|papas|jefes ..1 saben|sabe ..1 que|q ..3 usas|tienes|hablas|estas|chateas ..2 @app|con|aca|aqui|redes',
      'necesito|dime|pasame|decime|mandame|saber ..3 edad ..2 peso|altura|medidas|talla|estatura',
      'que|cual|en_que|a_que ..1 prepa|secu|secundaria|liceo|preparatoria|bachi|bachillerato|cbtis|conalep',
    ],
    unless: ['elegir|vas_a_elegir|te_gustaria|entrar|admision|examen_de|formulario|ficha_medica|inscripcion|pediatra|medico|doctor|consulta|enfermera|seguro|torneo_oficial|jaja*|jsjs*|encuesta|tarea|trabajo_practico|mi_hermana|mi_hermano|mi_prima|mi_primo|mi_hijo|mi_hija|tu_hermano|tu_hermana|el_evento|la_fiesta|el_cumple|la_pizza|el_pedido|el_envio|mudanza'],
    examples: {
      match: ['yo tambien!! de que distrito', 'Tus viejos saben que usas insta?', 'te hago un plan gratis, solo necesito saber edad, peso y altura', 'eres de monterrey no? yo tmb, que prepa?'],
      ignore: ['que prepa vas a elegir?', 'de que barrio es el pedido?', 'para la ficha medica necesito edad, peso y altura', 'en que prepa esta tu hermano?'],
    },
  },
  {
    id: 'which-year-are-you-r21',
    phrases: ['de|en que|q|k curso|grado ..1 eres|sos|vais|van'],
    unless: ['profe|profesor|profesora|tutor|tutora|matricula|libros|excursion|reunion|inscripcion'],
    examples: {
      match: ['alguien de tu insti. de que curso eres?', 'y tu de q grado eres'],
      ignore: ['de que curso eres? lo digo por los libros de la matricula'],
    },
  },
  {
    id: 'is-your-dad-home-late-r26',
    phrases: [
      '@parents ..1 llega|llegan|vuelve|vuelven|regresa|regresan|sale|salen ..1 tarde|tardisimo|de_noche|mas_tarde ..4 te_llamo|te_hago|llamada|videollamada|@cam|hablamos|te_escribo|conectate|entras',
    ],
    examples: {
      match: ['tu papa llega tarde hoy? te hago videollamada', 'tus padres vuelven tarde? asi hablamos por camara'],
      ignore: ['tu papa llega tarde hoy, cena tu sola', 'mama vuelve tarde del curro'],
    },
  },
  {
    id: 'where-from-abbrev-r27',
    phrases: ['de dnd|dnde|onde|dond eres|sos|vives|vivis|es_usted'],
    examples: {
      match: ['hola linda, de dnd eres?', 'y de onde sos?'],
      ignore: ['de dnd sacaste eso?', 'de dnd es el video?'],
    },
  },
  {
    // r28: giving an age and asking it back ("tengo 15, soy de valencia y tu?").
    id: 'my-age-and-yours-r28',
    phrases: [
      'tengo|yo_tengo|cumplo|acabo_de_cumplir # [anos|anitos|abriles] ..6 y_tu|y_vos|y_usted|tu_cuantos|y_tu_cuantos|cuantos_tienes|cuantos_tenes|vos_cuantos',
    ],
    unless: ['hermanos|hermanas|primos|perros|gatos|mascotas|euros|pesos|dolares|pavos|lucas|soles|puntos|vidas|copas|trofeos|medallas|seguidores|followers|likes|materias|asignaturas|examenes|suspensos|aprobados|horas|minutos|dias|semanas|meses|entradas|tickets|goles|kills|skins|nivel|rango|partidas|victorias|hijos|nietos|sobrinos'],
    examples: {
      match: ['tengo 15, soy de valencia y tu?', 'yo tengo 13 anos y vos?', 'cumplo 16 en mayo, tu cuantos tienes?'],
      ignore: ['tengo 2 hermanos y tu?', 'tengo 15 euros para la entrada y tu?', 'tengo 3 examenes esta semana y tu?'],
    },
  },
  {
    // r28: which school or grade, with the preposition dropped or without "eres".
    id: 'which-school-or-grade-r28',
    phrases: [
      'que|q|cual|a_que|a_cual ..1 escuela|colegio|cole|insti|liceo|prepa|secu|instituto ..1 vas|vais|estudias|asistes|vas_tu|vas_vos',
      'en|de ..1 que|q|k ..1 grado|curso ..1 vas|estas|andas|estudias|van',
    ],
    unless: ['profe|profesor|profesora|tutor|tutora|matricula|libros|excursion|reunion|inscripcion|mi_hijo|mi_hija|tu_hermano|tu_hermana|tu_primo|tu_prima|uniforme|horno|temperatura|grados_hace|hace_calor|hace_frio'],
    examples: {
      match: ['que escuela vas? en que grado?', 'y a que cole vas tu?', 'en q curso estas?'],
      ignore: ['a que cole va tu hermano?', 'en que grado esta el horno?', 'en que curso estas? lo digo por los libros de la matricula'],
    },
  },
  {
    // r37: when do the reader's parents come back / are they home yet ("y cuando vuelve?", "tu mama ya llego?").
    id: 'when-parents-back-r37',
    phrases: [
      'cuando|a_que_hora|hasta_cuando|hasta_que_hora ..1 vuelve|vuelven|regresa|regresan|llega|llegan|viene|vienen ..2 tu|tus ..1 mama|papa|padres|papas|madre|padre|vieja|viejo|viejos|jefa|jefes|ma|pa|mami|papi',
      'tu|tus ..1 mama|papa|padres|papas|madre|padre|vieja|viejo|viejos|jefa|jefes ..1 ya ..1 llego|llegaron|volvio|volvieron|regreso|regresaron|se_fue|se_fueron|salio|salieron',
      'y ..1 cuando|a_que_hora ..1 vuelve|vuelven|regresa|regresan',
    ],
    unless: ['profe|profesor|profesora|clase|colegio|cole|escuela|entrenador|entreno|partido|pedido|paquete|repartidor|autobus|bus|tren|vuelo|avion|serie|temporada|capitulo|youtuber|tienda|abuela|abuelo|mi_mama|mi_papa|cena|comida|recoger|recogerte|llevarte'],
    examples: {
      match: ['y a que hora vuelven tus papas?', 'tu mama ya se fue?', 'y cuando regresa?'],
      ignore: ['y cuando vuelve la serie? la temporada nueva', 'a que hora llega tu mama a recogerte? para la cena', 'y cuando vuelve el profe de mates?'],
    },
  },
] satisfies PatternEntry[];
