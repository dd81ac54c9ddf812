import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'agregame|agregam|agregarme|anademe|anadirme|sigueme|seguirme|escribeme|escribime|hablame|buscame|llamame|agregueme|escribame [al|a|en|por|x|mi|el|tu] [mi] @app',
      'me agregas|agregarias|anades|sigues|escribes|hablas|buscas|agregues|escribis [al|a|en|por|x] [mi] @app',
      'tienes|tenes|tiene|tendras|tenis|usas|usa|tiene_usted [el|un|una|cuenta_de|cuenta_en] @app',
      'cual|cuales es|son tu|su @app',
      'tu @app cual|es|porfa|please|plis',
      'pasame|psame|pasa|pasas|pasarias|dame|das|darias|mandame|me_pasas|me_das [tu|su] @app|numero|num|numerito|cel|celular|movil|telefono|tlf|tel|usuario|user|arroba|handle',
      'te|t ..1 agrego|sigo|mando_solicitud|mando_md|mando_dm ..2 por|en|al|a ..1 privado|priv|md|dm|@app',
      'te|t ..1 escribo|hablo|mando_mensaje|mando_un_mensaje ..2 por|en|al ..1 privado|priv|md|dm',
      'descarga|descargate|bajate|instala|instalate|baja|descargas ..1 [el|la] @app',
      'cual es tu usuario|user|nombre|id ..2 @app',
      'cual es tu ..1 de|en @app',
      'hablemos|sigamos|hablamos|seguimos|charlemos ..2 por|en otro|otra ..1 lado|sitio|app|lugar|red|aplicacion',
      'como te encuentro|busco|agrego|sigo|escribo en|por|al @app',
    ],
    unless: [
      'grupo|clase|equipo|servidor|server|proyecto|trabajo|deberes|tarea|partida|clan|examen|profe|reunion|entrenamiento',
      // r20: a relative who now has the app ("el abuelo ya tiene whatsapp").
      'abuel*|abue|mama|papa|mami|papi|tio|tia|primo|prima|hermano|hermana|vecina|vecino ..2 ya|tambien|por_fin ..1 tiene|usa @app',
    ],
    examples: {
      match: ['agregame al snap mejor', 'tienes whatsapp? pasame tu numero', 'cual es tu insta?', 'me agregas en telegram', 'sigueme en ig', 'tenes wsp?', 'dame tu numero y hablamos', 'tu snap cual es'],
      ignore: ['me borre el snap', 'agregame al grupo de whatsapp de clase', 'el filtro de snap es buenisimo', 'pasame tu numero para el grupo del equipo', 'tengo 200 dias de racha en snap', 'abuelo ya tiene whatsapp, sean pacientes jaja'],
    },
  },
  {
    id: 'my-private-channel',
    phrases: [
      'mi ..1 @app|canal|grupo|servidor|server|chat|sala ..1 privado|privada|secreto|secreta|vip',
      'hablemos|hablamos|sigamos|seguimos|vamos|pasemos ..2 por|en|a|al ..1 un|el|una ..1 chat|grupo|canal|app|sala ..1 secreto|secreta|privado|privada|oculto|oculta',
      'canal|grupo|servidor|server|chat ..1 privado|privada|secreto|secreta|vip ..2 de|en ..1 @app',
    ],
    unless: ['clase|equipo|deberes|tarea|proyecto|trabajo|clan|familia|primos|amigos|chicas|chicos|examen|profe|cumple|fiesta'],
    examples: {
      match: ['hablemos por un chat secreto', 'pasate a mi discord privado', 'te mando el link de mi canal privado de telegram'],
      ignore: ['te meto en el grupo privado de clase', 'el canal privado del clan de fortnite'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'te_hago|hacemos|hagamos|te_llamo|nos_hacemos|hacemos_una|hagamos_una ..1 [una|un] videollamada*|video_llamada*|llamada_de_video|facetime|vc ..2 por|en ..1 @app',
      'tienes|tenes|usas otra|otras red|redes|app|aplicacion|cuenta',
      'conectate|metete|unete|unite ..1 a|al|en @app',
      'hablemos|sigamos|hablamos|seguimos|escribeme|hablame ..2 por|en|al|x ..1 mensaje_privado|mensajes_privados|chat_privado|privi',
      'hablemos|sigamos|pasemos|charlemos|vamos|pasate|pasamos|seguimos|hablamos|charlamos|mejor|mejor_hablamos|nos_pasamos ..2 por|en|al|a|x @app',
      'aqui|aca|esta|este ..3 no puedo|podemos|se_puede hablar|escribir|mandar',
      'aqui|aca|esta_app|este_chat|esta_pagina|este_juego ..3 nos ven|vigilan|revisan|leen|controlan|moderan|borran',
      'aqui|aca|esta_app|este_chat|esta_pagina|este_juego ..2 moderan|vigilan|revisan|controlan|leen|borran|banean|censuran ..1 todo|los_mensajes|los_chats|mucho|las_fotos',
      'mas privado|privada|tranquilo|tranquilos|seguro|segura por|en @app',
      'hablemos|hablamos|sigamos|seguimos|escribeme|hablame|charlemos|vamos ..2 por|en|al privado|priv|md|dm|ds|inbox|interno',
      'hacemos|hagamos|hacer|hacemos_una|hagamos_una|quieres_hacer|podemos_hacer [una|un] videollamada|videochat|facetime|llamada_de_video|video_llamada',
      'podemos|podriamos|puedo|quieres ..1 hablar|hablarte|escribirte|seguir ..2 por|en|al ..1 privado|priv|md|dm|inbox',
      'puedo|podemos|quieres|podriamos|te_puedo ..1 llamarte|llamar|hablar|vernos|hacer ..2 por|una|un ..1 videollamada*|videochat|facetime|llamada_de_video|video_llamada*',
      'apunta|apuntate|guarda|guardate|agenda|agendate ..1 mi ..1 numero|num|movil|telefono|cel|celular|whatsapp|@app',
      'pasa|pasate|vente|ven|vamos|nos_vamos|pasemos|sigamos ..1 al|a|por|x ..1 privado|priv|md|dm|mds|inbox|chat_privado',
      'me_haces|me_harias|hazme|haceme|me_hagas|me_haras ..1 una|un ..1 videollamada*|videochat|facetime|llamada_de_video|video_llamada*',
    ],
    unless: [
      'excursion|por_si|emergencia*|te_pierdes|perderte|grupo|clase|equipo|servidor|server|proyecto|trabajo|deberes|tarea|partida|clan|examen|profe|reunion|entrenamiento|todos|chicos|chicas|estudiar|repasar|links|link|spam|reglas|normas|insultos|palabrotas|nuestro_discord|nuestro_server|nuestro_servidor|nuestro_canal|liga|torneo|tryout|tryouts|scrim|scrims', 'me_vea_mama|me_vea_papa|me_vean_mama|nos_vea_mama|te_vea_mama|me_vea_la_abuela|me_vean_los_abuelos|te_vea_la_abuela|con_mama|con_papa|con_la_abuela|con_los_abuelos|saludar_a_mama|saludar_a_la_abuela|saluda_a_mama',
    ],
    examples: {
      match: ['te hago videollamada por whatsapp?', 'hagamos una videollamada por telegram', 'hablemos por telegram mejor, es mas privado', 'aqui no puedo hablar bien', 'mejor seguimos por wasap', 'escribeme al privado', 'hacemos videollamada?', 'aca nos vigilan, pasate a discord', 'pasemos a snap', 'hablemos en telegram, aqui moderan todo', 'si me haces una videollamada te pago la recarga', 'pasa al privado que te cuento', 'podemos hablar por privado?', 'apunta mi numero y escribeme', 'te puedo llamar por videollamada?'],
      ignore: ['hacemos videollamada esta noche? para q me vea mama tambien', 'aqui moderan todo, no pongas links', 'hacemos videollamada para el trabajo de historia?', 'hablamos por whatsapp con el grupo de clase', 'ayer hablamos por telefono', 'apunta mi numero por si te pierdes en la excursion', 'el chat del juego es aburrido', 'bien. pasate por nuestro discord que aqui en twitter no se puede hablar bien, la liga empieza el lunes'],
    },
  },
  {
    id: 'private-server-invite-r9',
    phrases: [
      'server|servidor|grupo|canal|discord|chat ..1 privado|secreto|vip|exclusivo|aparte ..6 link|enlace|invitacion|invito|unete|entra|agrego|meto|paso_el_link|te_paso',
    ],
    unless: ['para_el_equipo|del_equipo|del_clan|para_el_clan|de_clase|del_cole|del_insti|de_la_clase|del_grupo_de_clase|profe|tarea|trabajo'],
    examples: {
      match: ['tengo un server privado solo para los pros, te paso el link', 'hay un grupo secreto, te mando la invitacion', 'te agrego a un canal vip, unete'],
      ignore: ['el server se va a cerrar, os paso el link del nuevo', 'pasa el link del grupo de clase', 'tengo un server privado para el equipo, te paso el link'],
    },
  },
  {
    id: 'join-call-alone-r9',
    weight: 2,
    phrases: [
      'metete|entra|unete|conectate|vente|ven ..2 a|en|al ..1 llamada|videollamada|call|vc|canal_de_voz|privado ..2 conmigo ..1 solo|sola|solito|solita|a_solas',
    ],
    unless: ['clase|trabajo|deberes|tarea|proyecto|examen|profe|equipo|clan|partida|ranked|torneo|regalo|sorpresa|cumple|planear|organizar'],
    examples: {
      match: ['abre discord y metete a llamada conmigo solo', 'entra al privado conmigo a solas'],
      ignore: ['metete a llamada conmigo solo para la ranked', 'entra a la videollamada conmigo sola para repasar el examen'],
    },
  },
  {
    id: 'come-to-my-app-r10',
    phrases: [
      'pasate|pasemonos|cambiate|vente|movete|muevete ..2 a|al ..1 mi|al ..1 @app',
      'aqui|aca ..1 nos ..1 pueden ..1 leer|ver|espiar|pillar|revisar ..4 @app|mejor|pasate|vente',
    ],
    unless: ['grupo|clase|equipo|los_demas|todos|trabajo|proyecto|club|torneo|apuntes'],
    examples: {
      match: ['pasate a mi whatsapp bebe, aqui nos pueden leer', 'aca nos pueden leer, mejor vente a telegram'],
      ignore: ['pasate al whatsapp del grupo de clase'],
    },
  },
  {
    id: 'download-app-private-r11',
    weight: 1,
    phrases: [
      'bajate|descargate|instala|instalate|baja|descarga|bajate_el|bajate_la ..1 @app ..4 te_paso|te_mando|y_te_escribo|y_hablamos|y_seguimos|privado|privada|mi_usuario|mi_user|mi_server',
    ],
    unless: ['grupo_de_clase|del_cole|del_curso|profe|tarea|trabajo_en_grupo|equipo|club'],
    examples: {
      match: ['bajate discord y te paso el server privado', 'descargate telegram y te paso mi usuario'],
      ignore: ['bajate discord y te paso el server del curso, lo pidio la profe'],
    },
  },
  {
    id: 'ill-give-you-my-app-r12',
    phrases: [
      'te ..1 paso|doy|mando|dejo|agrego ..1 mi ..1 snap|snapchat|whatsapp|wsp|wasap|telegram|insta|instagram|kik|discord|numero|tele|cel ..4 si|cuando|pero|y_hablamos|y_seguimos|alla|ahi',
      'dime|di|contesta|responde ..4 y ..1 te ..1 paso|doy|mando ..1 mi ..1 snap|snapchat|whatsapp|wsp|telegram|insta|instagram|kik|numero|cel',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'grupo|clase|profe|tarea|trabajo|negocio|tienda|precios|pedido|equipo|torneo|entreno|mama|papa|primo|prima'],
    examples: {
      match: ['jaja solo curiosidad, dime la verdad y te paso mi snap', 'te paso mi whatsapp si me mandas una foto', 'te doy mi telegram y seguimos alla'],
      ignore: ['te paso mi numero para lo del grupo de clase', 'te mando mi insta del negocio, ahi estan los precios'],
    },
  },
  {
    id: 'i-video-call-you-private-r13',
    weight: 1,
    phrases: [
      'te ..1 hago|llamo_por|marco_por ..1 [una] videollamada|video_llamada|videochat|facetime|llamada_de_video',
      'todo|mejor|seguimos|hablamos ..1 privado|en_privado|por_privado|al_privado ..1 por|en|al ..1 @app',
    ],
    unless: ['mama|mami|papa|papi|abuel*|tia|tio|clase|profe|trabajo|reunion|deberes|tarea'],
    examples: {
      match: ['te hago videollamada? estoy sola en casa', 'para el book necesitamos fotos y un video, todo privado por whatsapp'],
      ignore: ['te hago videollamada luego, dice la abuela'],
    },
  },
  {
    id: 'continue-on-personal-app-r14',
    phrases: [
      'sigue|seguimos|continua|continuamos|hablamos|pasamos|sigamos|continuemos ..3 por|en|a|al ..1 mi ..1 @app|numero|celular|movil|correo ..1 personal|privado|privada|particular',
      'vernos|verte|vernos_un_rato ..2 por|en ..1 videollamada|video_llamada|videochat|camara|facetime|@app',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'abuela|abuelo|abuelos|mama|papa|tia|tio|primos|grupo|clase|equipo|profe|del_trabajo|de_la_oficina|de_la_empresa|oficina'],
    examples: {
      match: ['Perfecto. El proceso sigue por mi WhatsApp personal, no por el correo del colegio', 'tu quiere vernos por video llamada ahora ? yo sola en casa', 'seguimos por mi numero privado'],
      ignore: ['la abuela quiere verte por videollamada', 'seguimos por el grupo de la clase', 'seguimos por mi whatsapp personal que este es del trabajo'],
    },
  },
  {
    id: 'app-not-here-r15',
    phrases: [
      '@app|telegram ..3 que|q|porque|xq|pq ..1 por_aca|por_aqui|aca|aqui ..1 no|borran|se_borra|vigilan|revisan|leen|banean',
      '@app|telegram ..2 personal|privado ..4 no_por_la_plataforma|no_por_aca|no_por_aqui|fuera_de_la_plataforma|no_por_la_app',
      'escribenos|contactanos|escribinos|contactenos ..2 por|al|a|en ..1 [mi|nuestro] @app|telegram',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'grupo|clase|cole|colegio|trabajo|tarea|reunion|equipo|no_se_ve|no_carga|no_llega|no_llegan|pesa|pesan|calidad|se_ve_mal|se_ve_borroso'],
    examples: {
      match: ['mandamelas por telegram q por aca no', 'te doy clases extra por mi whatsapp personal, no por la plataforma', 'escribenos por telegram @apptestjobs'],
      ignore: ['pasalo por whatsapp al grupo que por aqui no llega', 'pasalo por whatsapp que por aqui no se ve'],
    },
  },
  {
    id: 'here-they-see-us-r15',
    phrases: [
      'hablemos|seguimos|sigamos|vamos|pasemos|pasate|escribeme|hablame ..3 dm|md|privado|priv|@app|telegram ..4 aqui|aca|por_aqui|por_aca ..1 nos_ven|nos_leen|nos_vigilan|nos_pueden_ver|lo_ven_todos|todos_ven|nos_ven_todos|lo_leen_todos|nos_leen_todos|hay_mucho_chismoso|hay_mucha_gente',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'grupo_de_clase|trabajo|tarea|proyecto|spoiler|spoilers|sorpresa|fiesta|cumple|regalo'],
    examples: {
      match: ['mejor hablemos por dm que aqui nos ven todos', 'pasate a telegram que por aca nos leen'],
      ignore: ['hablemos por privado que aqui nos ven todos el spoiler de la serie'],
    },
  },
  {
    id: 'easier-to-talk-on-app-private-server-r16',
    phrases: [
      'es_mas_facil|mas_facil|mas_comodo|mas_rapido|mas_seguro|mas_privado ..1 hablar|hablarnos|escribirnos|chatear|hablamos ..1 en|por|x ..1 @app',
      'pasate|unete|entra|metete|vente|ven ..2 al|a_mi|a_un|a_nuestro ..1 server|servidor|canal|grupo|chat ..3 privado|priv|privada|secreto',
    ],
    unless: ['grupo_de_clase|trabajo|proyecto|deberes|tarea|del_club|del_insti|del_cole|de_clase|de_la_clase|profe|todos|todas|la_familia|del_grupo'],
    examples: {
      match: ['oh nice. es mas facil hablar en telegram, la pagina es muy lenta', 'perfect. pasate al server privado del equipo', 'metete al canal de voz privado y prende cam'],
      ignore: ['es mas facil hablar por whatsapp para el trabajo de historia', 'unete al server privado del club, estamos todos'],
    },
  },
  {
    id: 'to-this-number-on-app-r18',
    phrases: [
      'a|al ..1 este|mi ..1 numero|num|cel|celular|telefono|nro ..2 de|del|en ..1 @app',
      'tienes|tenes|solo_tienes|solo_tenes ..1 que|q ..2 pasarme|darme|mandarme ..1 tu ..1 @app|numero|cel|celular|usuario|user',
      'por|al|a_mi|en_mi ..1 @app ..1 al|a|en ..1 #',
    ],
    unless: ['grupo|clase|profe|tarea|trabajo_en_grupo|proyecto|pedido|envio|compra|tienda|reserva|cita|turno|consulta|clinica|centro|soporte|atencion_al_cliente|banco|mi_mama|mi_papa|mis_padres|tus_padres|el_cole|colegio|escuela|equipo|club|entrenador'],
    examples: {
      match: ['sii esas, porfa porfa, mejor a este numero de wsp +52 33 1987 4410', 'solo tienes q pasarme tu snap', 'Envianos fotos por WhatsApp al +34 611 22 33 44'],
      ignore: ['para el pedido escribenos por whatsapp al 611 22 33 44', 'escribe a este numero de whatsapp para la cita'],
    },
  },
  {
    id: 'private-room-just-us-r19',
    phrases: [
      'vamonos|vamos|ven|vente|te_invito|unete ..2 a|al ..1 un|una|mi|el|la ..1 mundo|sala|room|instancia|servidor|server|canal ..1 privado|privada ..4 tu_y_yo|nomas_tu_y_yo|solo_tu_y_yo|solos|solitos|solitas|los_dos|nosotros_dos',
      'mods|moderadores|admins|administradores ..1 ven|leen|revisan|miran|vigilan|espian|banean ..1 todo|todos_los_mensajes|los_chats ..6 @app|dm|md|privado|priv|whats|numero|telegram',
      '@app|dm|md|privado|priv|whats|numero|telegram ..6 mods|moderadores|admins|administradores ..1 ven|leen|revisan|miran|vigilan|espian|banean ..1 todo|todos_los_mensajes|los_chats',
      'por|hacemos|hagamos|hacer ..1 videollamada*|llamada|videochat ..2 fuera_de ..1 la|el ..1 academia|clase|clases|escuela|colegio|club|plataforma|app|server|servidor|grupo|aula',
    ],
    unless: ['cuidado|ojo|no_pongas|no_compartas|no_escribas|reglas|normas|karaoke|tarea|deberes|trabajo_practico|examen|los_chicos|las_chicas|todos|todas|con_el_grupo|la_profe_dijo|el_profe_dijo|coordinacion|tus_papas_saben|tu_mama_sabe'],
    examples: {
      match: ['vamonos a un mundo privado, nomas tu y yo', 'vos sabes cuales. por dm de insta q aca los mods ven todo', 'pasame tu whats, aca los moderadores leen todo', 'Te paso mi numero personal para que practiquemos por videollamada fuera de la academia'],
      ignore: ['vamos al mundo privado de karaoke con todos', 'cuidado con lo que escribes, los mods leen todo', 'hacemos videollamada fuera de la academia para la tarea con todos los chicos'],
    },
  },
  {
    id: 'private-channel-just-us-r20',
    phrases: [
      'canal|sala|llamada|chat|grupo|server ..2 privado|privada|privadito|privadita ..3 solo_tu_y_yo|tu_y_yo|los_dos|las_dos|nosotros_dos|solo_nosotros|solitos',
      'por|en|al ..1 privado|priv|md|dm ..2 en|por ..1 @app',
      'escribeme|escribime|hablame|mandame_mensaje|mandame_un_mensaje ..1 por|al|en|x ..1 priv|privado|md|dm|inbox',
    ],
    unless: ['grupo_de_clase|del_equipo|proyecto|trabajo|tarea|deberes|examen|profe|entrenamiento|partida|clan|raid|torneo|spam*|sorpresa|planear|organizar'],
    examples: {
      match: ['conectate al canal de voz privado solo tu y yo y prende la cam', 'algo solo para mi, por privado en telegram', 'escribeme por priv 😉'],
      ignore: ['hagan un canal privado para el proyecto, los dos', 'mandame por privado en whatsapp lo del examen'],
    },
  },
  {
    id: 'to-my-personal-number-r21',
    phrases: [
      '@send|mandalas|mandalos|mandala|mandalo|enviamelas|enviamelos|escribeme|hablame|llamame|contactame ..4 a|al|por ..1 mi ..1 numero_personal|movil_personal|whatsapp_personal|telefono_personal|cel_personal|celular_personal|correo_personal|cuenta_personal|numero_privado|cuenta_privada|insta_privado|instagram_privado',
    ],
    unless: ['turno|trabajo|urgencia|emergencia|no_puedes_venir|reunion|clase|entreno|partido|pedido|envio|factura'],
    examples: {
      match: ['Mandalas aqui a mi numero personal', 'escribeme a mi whatsapp personal que aqui no contesto'],
      ignore: ['si no puedes venir al turno escribeme a mi numero personal', 'para el pedido escribeme al numero personal de la tienda'],
    },
  },
  {
    id: 'app-wont-let-me-add-me-r22',
    phrases: [
      'en_la_app|por_la_app|aqui|aca|por_aqui|por_aca ..3 no_me_dejan|no_dejan|no_se_puede|cobran|me_banean|me_echan|me_bloquean|me_cobran ..6 agregame|escribeme|hablame|pasame_tu|seguimos|sigamos|mejor ..2 @app|whatsapp|wasap|insta|instagram|telegram|snap|discord|numero|privado|dm',
    ],
    unless: ['grupo|todos|todas|la_clase_entera|profe_de|mama|papa|abuel*'],
    examples: {
      match: ['en la app no me dejan pasar numeros, agregame al insta y seguimos la clase ahi', 'aqui me cobran por minuto, mejor escribeme al whatsapp'],
      ignore: ['en la app no se puede, mejor por el grupo de whatsapp de todos'],
    },
  },
  {
    id: 'private-because-here-they-read-r26',
    phrases: [
      'hablar|hablamos|hablemos|seguimos|sigamos ..3 privado|por_privado|en_privado|al_privado|por_priv|al_priv ..6 aqui|aca ..3 se_lee|se_ve|lo_leen|lo_ven|nos_leen|nos_ven|lo_lee|lee_todo|ve_todo|mirones|chismosos',
    ],
    unless: ['regalo|sorpresa|cumple|fiesta|quedada|plan|planes|trabajo|proyecto'],
    examples: {
      match: ['vamos a hablar por discord privado mejor, aqui en el grupo se lee todo', 'seguimos por privado que aca nos leen todos', 'hablemos en privado, aqui lo ven los mods'],
      ignore: ['hablamos por privado del regalo de ana', 'aqui se lee todo muy pequeño', 'vamos a hablar en privado que aqui en el grupo se lee todo lo del regalo'],
    },
  },
  {
    id: 'my-other-account-answer-here-r27',
    phrases: [
      'esta|este ..1 es ..1 mi ..1 otra|otro|segunda|segundo ..1 cuenta|cuentita|perfil|numero|user|usuario ..6 contestame|respondeme|escribeme|hablame|hablemos|contesta|responde|aqui|aca|aki|por_aqui|por_aca',
      'te ..1 escribo|hablo ..2 desde ..1 mi ..1 otra|segunda ..1 cuenta|perfil|numero',
      'contestame|respondeme|escribeme|hablame|agregame|sigueme|anademe|agregate ..3 mi ..1 otra|segunda ..1 cuenta|perfil|numero',
      'contestame|respondeme|escribeme|hablame|agregame|sigueme|anademe|agregate ..3 mi ..1 cuenta ..1 secundaria|privada|spam|fake|finsta',
    ],
    unless: ['me_hackearon|me_la_hackearon|me_robaron|me_la_robaron|me_banearon|me_la_cerraron|me_la_bloquearon|perdi_la_contrasena|se_me_olvido|la_borre|cambie_de_movil|movil_nuevo|numero_nuevo|cambie_de_numero|soy_tu_prima|soy_tu_primo|soy_tu_tia|soy_tu_madre|soy_mama|soy_papa|del_trabajo|de_empresa|de_la_tienda|del_negocio'],
    examples: {
      match: ['contestame por mi otra cuenta que esta me la van a cerrar', 'agregame a mi cuenta secundaria', 'oye esta es mi otra cuenta, contestame aqui mejor', 'te escribo desde mi otra cuenta, respondeme por aca'],
      ignore: ['esta es mi otra cuenta, me hackearon la principal', 'te escribo desde mi otra cuenta, la del trabajo'],
    },
  },
  {
    // r28: "let's go to another app".
    id: 'lets-go-to-another-app-r28',
    phrases: [
      'vamonos|vamos|pasemos|pasemonos|cambiemos|movamonos|hablemos|sigamos ..2 a|por|en ..1 otra ..1 app|aplicacion|red|plataforma|red_social',
    ],
    unless: ['grupo|clase|trabajo|proyecto|equipo|clan|profe|la_familia|familiar|se_cae|no_funciona|va_fatal|va_lenta|se_traba|lag|no_carga|no_llegan|para_la_tarea'],
    examples: {
      match: ['vamonos a otra app, te paso mi snap', 'mejor hablemos por otra aplicacion, aqui nos leen', 'pasemonos a otra red'],
      ignore: ['vamos a otra app para el grupo del trabajo', 'pasemos a otra aplicacion que esta va fatal'],
    },
  },
  {
    // r29: "let's move over to <app> (private)".
    id: 'lets-move-to-app-r29',
    phrases: [
      'pasemonos|pasemos|pasamos|nos_pasamos|cambiemonos|cambiemos|movamonos|vamonos|nos_vamos|nos_movemos ..1 a|al|por ..1 @app|privado|priv|md|dm|discord|telegram|whatsapp|snapchat|signal|kik',
    ],
    unless: ['grupo|grupal|server_del_cole|clase|equipo|todos|todas|familia|los_demas|con_los_chicos|con_las_chicas'],
    examples: {
      match: ['pasemonos a discord privado', 'mejor nos pasamos al whatsapp', 'vamonos por privado que aqui no se puede'],
      ignore: ['pasemonos al grupo de discord de clase', 'nos pasamos todos a telegram, el grupo de whatsapp se lleno'],
    },
  },
  {
    // r34: the app named first, "mejor" after it: "y por snap mejor", "por whatsapp mejor".
    id: 'by-app-better-r34',
    phrases: [
      'por|en|al|x @app ..1 mejor|es_mejor|seria_mejor|mas_comodo|mas_tranqui|mas_privado|mas_tranquilo|que_es_mas_privado',
    ],
    unless: ['grupo|clase|equipo|servidor|server|proyecto|trabajo|deberes|tarea|partida|clan|examen|profe|reunion|entrenamiento|pdf|archivo|apuntes|documento|link|enlace|ubicacion|direccion|abuel*|abue|mama|papa|mami|papi|tio|tia|primo|prima|hermano|hermana'],
    examples: {
      match: ['si, y por snap mejor', 'hablamos en telegram mejor que es mas privado', 'pasamelo por whatsapp mejor'],
      ignore: ['mandame el pdf por whatsapp mejor', 'avisa por el grupo de whatsapp mejor', 'pasame la ubicacion por whatsapp mejor'],
    },
  },
] satisfies PatternEntry[];
