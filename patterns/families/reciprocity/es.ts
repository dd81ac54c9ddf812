import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-show-if-you-show',
    phrases: [
      'yo ..1 te ..1 paso|mando|envio|enseno|muestro|pasare|mandare ..1 una|un|unas|unos|la|las ..1 mia|mio|mias|mios ..1 tambien|primero|a_cambio|igual',
      'te|yo mando|envio|paso|enseno|muestro|mandaria|ensenaria|mostraria|mando_una|mandare|ensenare|mostrare ..4 si ..2 tu|vos|me ..2 @send|@showme|mandas|ensenas|muestras|pasas|envias',
      'si [tu|vos] me mandas|envias|pasas|ensenas|muestras ..4 te|yo [te] mando|envio|paso|enseno|muestro|mandare|ensenare|mostrare ..3 mia|mias|la_mia|las_mias|@photo|@video|algo|lo_mio',
      'si tu|vos me mandas|ensenas|muestras|pasas|envias ..3 yo ..1 te ..1 mando|enseno|muestro|paso|envio',
      'tu|vos me ensenas|muestras|mandas ..3 y yo [te] enseno|muestro|mando',
      'te mando|paso|envio|enseno|muestro ..3 mia|mias ..6 tuya|tuyas',
      'te mando|paso|envio|enseno|muestro ..3 mia|mias|mio|mios ..4 y ..1 tu|vos|usted ..4 tuya|tuyas|tuyo|tuyos',
      'foto|fotos|pic|pics|fotito mia|mias ..5 tuya|tuyas',
      'foto|fotos|pic|pics|fotito|fotitos|selfie|selfies|video|videos mio|mios|de_mi ..6 tuya|tuyas|tuyo|tuyos|de_ti',
      'yo ..1 manda|mando|mandar|envia|envio|enviar|pasa|paso|pasar ..2 foto|fotos|pic|video ..4 tu|vos|y_tu ..1 manda|mandas|mandar|envia|envias|enviar|pasa|pasas|pasar ..2 foto|fotos|pic|video|tuya|tuyo',
      'una|un @photo|@video ..1 por otra|otro|una|uno ..1 tuya|tuyo|@photo',
      'yo|te ..2 mando|paso|envio|enseno|muestro|mandare|pasare ..2 una|un|unas|unos ..1 mia|mias|mio|mios ..2 primero|primera|antes',
      '@photo|@video|@pack ..1 tuya|tuyo|tuyas|tuyos|de_ti ..6 te|yo ..1 mando|paso|envio|enseno|muestro|mandare|pasare|enviare ..2 una|un|unas|unos|la|las ..1 mia|mias|mio|mios',
      'si me mandas|pasas|envias|ensenas|muestras ..2 una|un|unas|unos ..2 te ..1 mando|paso|envio|enseno|muestro|mandare|ensenare ..1 #|dos|tres|cuatro|cinco|diez|mas|otra|otras|muchas',
    ],
    unless: ['perro|perrito|gato|gatito|mascota|del_tuyo|de_la_tuya|de_los_tuyos|del_mio|de_la_mia|planta|moto|cuarto|habitacion|orla|carnet|dni|perfil_del|grupo|equipo|clase|trabajo|proyecto|viaje|excursion|apuntes|deberes|tarea|ejercicios|respuestas|link|enlace|codigo|juego|skin|cromo*|cartas|examen|numero|ubicacion|receta*|cancion*|meme|memes|sticker*|pregunta*|respuesta|ejercicio|playlist|cupon*|familia|con_mi_familia|mis_papas|mi_mama|mi_papa|boda|cumple|fiesta|graduacion'],
    examples: {
      match: ['ahora sin camiseta, va, yo te paso una mía también', 'me mandas una foto tuya? yo te mando una mia', 'pasame una foto tuya y yo te paso una mia', 'te mando una foto mia si tu me mandas una tuya', 'si me ensenas te enseno la mia', 'tu me muestras y yo te muestro', 'una foto por otra tuya', 'yo te mando una mia primero', 'si me mandas una te mando 3', 'yo te mando una mia sin remera y vos me mandas una tuya dale', 'yo manda foto mio y tu manda foto tuyo, es justo no', 'yo mando foto y tu mandas foto tambien'],
      ignore: ['yo te paso una mia tambien, la de la playa con mi familia', 'me mandas una foto de tu perro? yo te mando una mia del mio', 'te paso los apuntes si me pasas los tuyos', 'si me mandas el link te paso el codigo', 'te mando la foto mañana', 'si me mandas una respuesta te mando dos ejercicios', 'si me mandas una receta te mando dos', 'yo mando foto del perro y tu mandas foto del tuyo'],
    },
  },
  {
    id: 'show-for-show',
    phrases: [
      'si [tu|vos|usted] me ensenas|muestras|mostras|ensena|muestra ..2 te|yo ..1 enseno|muestro|ensenare|mostrare|ensenaria|mostraria',
      'tu|vos me ensenas|muestras ..1 y ..1 yo ..1 te ..1 enseno|muestro',
      'quitate|sacate|desnudate ..5 yo|y_yo ..3 me quito|saco|quitare|sacare|desnudo|desnudare ..2 la_mia|el_mio|las_mias|los_mios|la_ropa|todo|tambien|igual',
      'yo ..1 tambien ..1 me ..1 quito|saco|desnudo ..3 si ..1 tu|vos',
    ],
    unless: ['ensenas_a|ensenarme_a|muestras_a|enseno_a|muestro_a|ensenas_como|ensenaras_a|como_se|dibujo*|nota|notas|boletin|tarea|deberes|apuntes|examen|receta|truco*|jugada|mascarilla|gorra|abrigo|chaqueta|zapato*|zapatilla*|casco|gafas|lentes|tatuaje|piercing|regalo|outfit|coleccion|cromos|cartas'],
    examples: {
      match: ['si me enseñas te enseño', 'si tu me muestras yo te muestro', 'quitate la playera, yo despues me quito la mia', 'yo tambien me desnudo si tu lo haces'],
      ignore: ['si me enseñas a jugar te enseño el truco', 'si me muestras tu dibujo te muestro el mio', 'quitate la chaqueta, yo tambien me la quito que hace calor'],
    },
  },
  {
    id: 'your-turn',
    phrases: [
      'te mande|envie|pase|ensene|mostre|mando|envio|paso ..3 mia|mias|la_mia|las_mias|@photo|pic|@video ..4 te_toca|tu_turno|toca_a_ti|ahora_tu|ahora_vos|ahora_te_toca|tu_tambien|vos_tambien|te_toca_a_ti|devuelvemela|me_debes_una',
      'ya|you te ..1 mande|envie|pase|ensene|mostre ..3 mia|mias|la_mia|las_mias',
      'te_toca|tu_turno|ahora_te_toca|ahora_tu ..3 mandar*|mandame|ensenar*|ensename|mostrar*|muestrame|enviar*|pasar* ..3 @photo|@video|la_tuya|una_tuya|algo|tuya|tuyas',
      'te mande|envie|pase|ensene|mostre ..2 te_toca|tu_turno|ahora_tu|ahora_te_toca|ahora_vos',
      'me debes|debes ..1 una|un @photo|@video|foto|la_tuya|una_tuya',
      'ya|yo ..2 mande|envie|pase|ensene|mostre|mando|envio|he_mandado|he_enviado|he_pasado|he_ensenado|he_mostrado ..3 mia|mias|mio|mios|la_mia|el_mio|las_mias|los_mios|una|@photo|foto|selfie ..4 te_toca|tu_turno|toca_a_ti|ahora_tu|ahora_vos|ahora_te_toca|te_toca_a_ti|tu_tambien|vos_tambien|ahora_la_tuya|ahora_una_tuya|y_la_tuya|devuelvemela|me_debes_una|es_justo|lo_justo|seria_justo',
      'es|seria|no_es ..1 lo ..1 justo ..4 tuya|tuyas|tuyo|una_tuya|la_tuya|tu_foto|mandes|mandarme|me_mandes|ensenes|ensenarme',
    ],
    unless: ['orla|carnet|dni|perfil_del|grupo|equipo|clase|trabajo|proyecto|viaje|excursion|apuntes|deberes|tarea|ejercicios|link|enlace|codigo|juego|partida|dado|dados|tirar|elegir|jugar|mover|turno_de|horario|examen|examenes|notas|captura|pantallazo|ticket|menu|pizarra|libro|pagina|ejercicio|perro|gato|mascota|meme|memes|sticker*|audio|mensaje|link|ubicacion|invitacion|receta'],
    examples: {
      match: ['yo ya te mande la mia, ahora te toca a ti 😏', 'te mande una foto, te toca', 'te toca mandarme una foto tuya', 'me debes una foto', 'ya mande mio, ahora tu turno', 'yo ya te ensene la mia, te toca', 'yo te mande la mia, es lo justo que me mandes una tuya', 'yo ya te he mandado una, ahora tu'],
      ignore: ['te toca tirar el dado', 'te mande los apuntes ayer', 'te toca a ti elegir peli', 'ya mande el mio, ahora tu turno de tirar', 'yo ya pase la mia, te toca la tarea', 'ya te he mandado una foto del perro, ahora tu', 'yo ya te he mandado una foto del horario, ahora tu'],
    },
  },
  {
    id: 'trade',
    phrases: [
      'una|un|la|el|tu tuya|tuyo|foto|video ..6 te ..1 mando|envio|paso|enseno|muestro|mandare|enviare|ensenare|doy ..1 una|un|la|el ..1 mia|mio',
      'intercambi*|cambiamos|cambiemos|intercambiamos ..2 @photo|@video|@pack|pics',
      'hacemos|hagamos|quieres ..1 [un] intercambio|trueque|cambio ..2 @photo|@video|@pack|de_fotos|de_pics',
      'hacemos|hagamos|quieres_hacer ..1 intercambio|trueque',
      'tu primero|primera ..2 y_luego|despues|luego yo',
    ],
    unless: ['viaje|excursion|fiesta|cumple|boda|grupo|orla|partido|vacaciones|playa|del|de_la|cromo*|cartas|skin*|juego|apuntes|ropa'],
    examples: {
      match: ['mandame una tuya ahora y te mando una mia', 'pasame tu foto y te paso la mia', 'intercambiamos fotos?', 'hacemos intercambio de fotos', 'tu primero y luego yo'],
      ignore: ['pasame tu foto del horario y te paso la mia', 'intercambiamos cromos', 'cambiamos la foto de perfil del grupo? jaja el juego'],
    },
  },
  {
    id: 'here-is-mine',
    phrases: [
      'mira|toma|ahi_va|ahi_te_va|aqui_tienes|ahi_tienes|te_va ..3 te|yo ..1 mando|paso|envio|enseno|muestro ..2 una|un|otra|otro|unas|esta|este ..1 mia|mias|mio|mios',
      'te ..1 mando|paso|envio|enseno|muestro|mandare|pasare|ensenare ..1 una|un|unas|otra|otro ..1 mia|mias|mio|mios ..4 y ..1 tu|vos|ahora|despues|luego',
      'ahi_va|ahi_te_va|aqui_tienes|ahi_tienes|aqui_va|aqui_te_va ..1 una|un|otra|otro|esta|este ..1 mia|mio|mias|mios',
      'te_toca|ahora_te_toca|te_toca_a_ti|ahora_tu|ahora_vos|tu_turno|toca_a_ti ..4 es_justo|lo_justo|seria_justo|es_lo_justo|no_es_justo|justo_no|me_la_debes|me_lo_debes|me_debes_una',
      'no ..1 es|seria ..1 justo ..3 que ..1 solo ..1 yo ..3 mande|mandara|ensene|ensenara|muestre|envie|pase',
    ],
    unless: ['perro|perrito|gato|gatito|mascota|del_tuyo|de_la_tuya|del_mio|de_la_mia|planta|moto|cuarto|habitacion|orla|carnet|dni|grupo|equipo|clase|trabajo|proyecto|viaje|excursion|apuntes|deberes|tarea|ejercicios|respuestas|link|enlace|codigo|juego|partida|skin|cromo*|cartas|examen|numero|ubicacion|receta*|cancion*|meme|memes|sticker*|pregunta*|respuesta|ejercicio|playlist|dado|dados|tirar|elegir|fregar|friegas|platos|basura|pagar|pagas|invitas|cena|ronda|conducir|pedir|limpiar|dibujo*|audio*|cuento|historia|chiste|disfraz|outfit'],
    examples: {
      match: ['mira te mando una mia', 'toma, ahi te va una mia', 'ahora te toca a ti, es justo no?', 'te mando una mia y tu me mandas otra', 'no es justo que solo yo mande fotos'],
      ignore: ['mira te mando una mia del viaje', 'ahora te toca a ti fregar, es justo', 'te mando una mia de cuando era pequeño y tu me mandas la receta', 'ahora te toca pagar a ti, es lo justo'],
    },
  },
  {
    id: 'sent-mine-your-turn-r9',
    phrases: [
      'ya ..1 te ..1 la|lo|las|los ..1 mande|envie|pase|di|ensene|mostre ..4 te_toca|ahora_tu|tu_turno|te_toca_a_ti|ahora_te_toca|ahora_vos|es_tu_turno',
    ],
    unless: ['resumen|presentacion|diapositivas|mi_parte|tu_parte|platos|basura|fregar|lavar|apuntes|deberes|tarea|ejercicio*|trabajo|proyecto|dinero|bizum|pasta|pavos|euros|pesos|link|enlace|pdf|archivo|partida|juego|turno_de_jugar|dados|carta|cartas|ficha|jugada'],
    examples: {
      match: ['no seas mamon, ya te la mande, te toca', 'ya te las envie, ahora tu', 'ya te lo pase, es tu turno'],
      ignore: ['ya te mande los apuntes, te toca hacer el resumen', 'ya te pase el link, ahora tu'],
    },
  },
  {
    id: 'you-send-something-too-r10',
    phrases: [
      'tu|vos|y_tu|y_vos ..1 me ..1 mandas|pasas|envias|ensenas|muestras|mandai ..1 algo|una|otra|alguna ..2 tambien|a_cambio|igual',
      'yo ..1 despues|luego|primero|tambien ..1 te ..1 mando|paso|envio|mandare|enseno|muestro ..1 una|otra|unas ..1 mia|mias',
      'yo ..1 te ..1 mando|paso|envio|enseno|muestro ..1 una|uno|la_mia|el_mio|las_mias ..3 tu|vos ..1 me ..2 mandas|pasas|envias|ensenas|muestras',
    ],
    unless: ['apuntes|tarea|deberes|receta|del_viaje|de_la_fiesta|cancion|playlist|link|enlace|meme|memes|sticker*', 'trabajo|historia|mate|examen|resumen|ejercicios|la_parte|tu_parte|mi_parte|campamento|concierto|cumple|playa|excursion|finde|graduacion|boda|partido|grupo|vacaciones|perro|gato|receta|horario'],
    examples: {
      match: ['pasamelo y te mando algo q te va a gustar, pero tu me mandas algo tambien', 'nada, para verte. yo despues te mando una mia', 'yo te mando una y tu me mandas otra'],
      ignore: ['tu me mandas algo tambien del trabajo de historia?', 'yo despues te mando una mia del campamento', 'tu me mandas los apuntes tambien?', 'yo luego te mando una mia del viaje'],
    },
  },
  {
    id: 'one-and-ill-send-mine-r11',
    phrases: [
      '@photo|una|una_sola|solo_una|unita|selfie|dale ..4 yo ..1 te ..1 mando|paso|envio|enseno|muestro|mandare|pasare ..1 la_mia|una_mia|las_mias|el_mio|unas_mias',
      'una|una_tuya|tuya ..1 por ..1 una_mia|la_mia',
    ],
    unless: ['apuntes|deberes|tarea|ejercicio*|trabajo|resumen|receta|link|enlace|ubicacion|direccion|entrada|entradas|del_viaje|de_la_excursion'],
    examples: {
      match: ['dale una sola, yo te mando la mia', 'una tuya por una mia, asi estamos a mano'],
      ignore: ['pasame una foto de los apuntes y yo te mando la mia de la tarea'],
    },
  },
  {
    id: 'i-send-mine-after-yours-r14',
    phrases: [
      'yo ..2 te ..1 mando|paso|envio|mandare|enviare|pasare|muestro ..1 una|otra|la_mia|las_mias|uno|el_mio ..2 despues|luego ..2 de_ti|de_vos|que_tu|que_vos|que_me_mandes|de_que_me_mandes',
      '@send|manda|mandala|mandalas|pasala ..6 yo ..1 te ..1 mando|paso|envio|mandare|enviare|muestro ..1 la_mia|las_mias|el_mio|los_mios|una_mia',
      'prendela|enciendela|prende|enciende|camara|cam|webcam ..6 yo ..1 ya ..1 la|lo|tengo ..2 prendida|encendida|activada|la_mia_prendida|la_mia_encendida',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'tarea|deberes|respuestas|ejercicio*|apuntes|resumen|direccion|ubicacion|receta|lista|playlist|contrasena|numero|entrada*|invitacion|luz|tele|television|horno|estufa|carnet|formulario|dni|ficha|pasaporte|perfil|del_viaje|de_la_fiesta|del_cumple'],
    examples: {
      match: ['yo te mando una despues de ti va', 'manda pe no seas roche, yo te mando la mia', 'prendela dale, yo ya la tengo prendida', 'mandame y yo te paso la mia'],
      ignore: ['manda la tarea y yo te paso la mia de mate', 'prende la luz, yo ya la tengo prendida en mi cuarto', 'yo te mando una despues de la cena', 'mandame la tuya y yo te mando la mia, la foto del carnet para el formulario'],
    },
  },
  {
    id: 'sent-mine-your-turn-r15',
    phrases: [
      'te_mande|ya_te_mande|te_pase|ya_te_pase|te_envie|ya_te_envie|te_mostre|ya_te_mostre|te_ensene|ya_te_ensene ..2 la_mia|el_mio|las_mias|los_mios|una_mia|uno_mio|una_foto_mia|mi_foto|mis_fotos ..6 te_toca|tu_turno|mandame|pasame|enviame|ahora_tu|una_tuya|la_tuya|las_tuyas|muestrame|ensename|te_toca_a_ti|y_tu|y_vos',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'viaje|boda|cumple|fiesta|vacaciones|graduacion|excursion|concierto|partido|tarea|deberes|apuntes|trabajo|examen|clase|receta|perro|gato|mascota|abuela|abuelo', 'meme|memes|cancion|playlist|link|enlace|codigo|respuesta*|ejercicio*|juego|skin|cromo*|dibujo*|outfit_para'],
    examples: {
      match: ['te mande la mia, mandame una tuya', 'ya te pase las mias, ahora tu', 'ya te envie una foto mia, te toca'],
      ignore: ['ya te mande la mia del viaje, mandame la tuya', 'te pase mis fotos de la tarea, pasame las tuyas'],
    },
  },
  {
    id: 'i-send-mine-first-then-you-r16',
    phrases: [
      'yo ..1 mando|envio|paso|te_mando|te_envio|te_paso ..1 mia|la_mia|una_mia|las_mias|primero ..3 despues|luego|ahora|y_luego|y_despues ..1 tu|vos|te_toca|la_tuya|una_tuya',
    ],
    unless: ['parte|tarea|deberes|trabajo|ubicacion|audio|cancion|apuntes|respuesta*|carta|jugada|turno|dado|dados|partida|link|enlace|lista|dibujo|redaccion|resumen'],
    examples: {
      match: ['yo mando mia primero, despues tu ok? algo mas... privado', 'yo te paso una mia y luego tu'],
      ignore: ['yo mando mi parte primero, despues tu', 'yo te paso la mia de la redaccion y luego tu la tuya'],
    },
  },
  {
    id: 'she-shows-you-too-r18',
    phrases: [
      'dale|anda|va|vamos|porfa|si_tu|si_vos|si_me_muestras|si_me_ensenas ..2 ella|el|yo ..1 te ..1 muestra|muestro|ensena|enseno|manda|mando ..1 tambien|tb|tmb|igual|lo_suyo|lo_mio|la_suya|la_mia',
    ],
    unless: ['como|a_hacer|a_jugar|a_bailar|a_cocinar|a_dibujar|a_tocar|paso|pasos|receta|tarea|deberes|ejercicio*|apuntes|examen|cuaderno|dibujo|clase|juego|partida|truco|mapa|camino|coreo|baile|cancion|video_del|tiktok|meme|jaja*|jsjs*|la_casa|el_cuarto|el_vestido|la_ropa|el_regalo|las_fotos_del|las_fotos_de_la'],
    examples: {
      match: ['dale q ella te muestra tambien', 'anda, yo te enseño tambien', 'si me enseñas yo te muestro la mia'],
      ignore: ['dale yo te enseño tambien como se hace', 'dale q ella te muestra tambien la receta', 'anda, yo te enseño tambien el truco del juego'],
    },
  },
  {
    id: 'send-spicy-and-i-send-r20',
    phrases: [
      '@send ..3 algo|una|foto|fotos|@foto ..2 @pack|rico|rica|picante|picantito|atrevido|atrevida ..4 y ..1 yo ..1 te ..1 mando|paso|envio|enseno|muestro|mandare|pasare|enviare|ensenare|mostrare',
      '@send ..3 algo|una|foto|@foto ..4 y_yo ..1 te ..1 mando|paso|envio|enseno|muestro ..1 algo ..1 mejor|mio|mia|igual|tambien|picante|rico',
    ],
    unless: ['apuntes|tarea|deberes|ejercicio*|resumen|link|enlace|musica|cancion|playlist|ubicacion|horario|receta|meme|memes|sticker*|comida|del_viaje|de_la_fiesta|del_cumple'],
    examples: {
      match: ['mandame algo picante y yo te mando algo 😏', 'pasame una foto rica y yo te enseño algo mejor', 'mandame algo y yo te mando algo mejor 😉'],
      ignore: ['mandame los apuntes y yo te mando el resumen', 'pasame algo picante de comer y yo te paso la receta', 'mandame el link y yo te mando algo de musica'],
    },
  },
  {
    id: 'i-paid-now-your-part-r22',
    phrases: [
      'ya_te_pague|ya_te_regale|ya_te_di|ya_te_compre|ya_te_recargue|ya_te_mande_el|ya_te_mande_los|ya_te_pase_el|ya_te_pase_los ..6 cumple_tu_parte|cumple|te_toca|me_debes|ahora_tu|ahora_te_toca ..6 @send|@photo|@video|foto|fotos',
    ],
    unless: ['ticket|entrada|entradas|comprobante|recibo|captura|factura|apuntes|deberes|tarea|trabajo|resumen|dinero|plata|pasta|@currency'],
    examples: {
      match: ['ya te pague las skins, ahora cumple tu parte y mandame la foto', 'ya te regale el nitro, te toca, mandame una foto'],
      ignore: ['ya te pague la entrada, ahora te toca mandarme la foto del ticket', 'ya te di los apuntes, ahora te toca a ti pasarme la foto del resumen'],
    },
  },
  {
    id: 'i-showed-you-its-fair-r25',
    phrases: [
      'yo_te_mostre|yo_te_ensene|yo_ya_te_mostre|yo_ya_te_ensene|ya_te_mostre|ya_te_ensene|yo_te_mande_la_mia|yo_te_mande_mi_foto|ya_te_mande_mi_foto|ya_te_mande_la_mia ..4 es_justo|te_toca|ahora_tu|tu_turno|no_seas|lo_justo|me_debes|mandame|ensename|muestrame',
      'es_justo|lo_justo|no_seas_asi|no_seas_injusta|no_seas_injusto ..4 yo_te_mostre|yo_te_ensene|yo_ya_te_mostre|yo_ya_te_ensene|yo_te_mande_la_mia|yo_te_mande_mi_foto|yo_ya_te_mande_la_mia',
    ],
    unless: ['parte|trabajo|tarea|apuntes|resumen|deberes|dinero|bizum|regalo|link|enlace|ubicacion|dibujo|cancion|receta|video_del|vestido|outfit|disfraz|camino|casa_nueva|mi_cuarto|movil_nuevo|coche|examen|notas|boletin|jugada|truco|partida'],
    examples: {
      match: ['no seas asi, es justo no? yo te mostre', 'yo ya te ensene, ahora tu', 'ya te mande mi foto, te toca, mandame'],
      ignore: ['yo te ensene mi dibujo, ahora tu el tuyo', 'ya te mande mi foto del vestido, te toca mandarme el tuyo', 'yo ya te mostre el camino, ahora tu solo'],
    },
  },
  {
    id: 'you-owe-me-for-the-robux-r26',
    weight: 2,
    phrases: [
      'me_debes|me_debe ..1 una|algo|un_favor ..2 por ..1 los|las|el|la|lo_de_los|lo_de_las ..1 robux|pavos|vbucks|v_bucks|gemas|diamantes|skin|skins|pase|recarga|tarjeta ..6 cumple|cumplir|cumplas|te_toca|ahora_tu|devuelvemelo|devuelve|paga|pagame|corresponde*',
    ],
    unless: ['apuesta|partida|ranked|la_proxima|manana_te|te_invito|cumpleanos|cumple_de|invitar|invitas|invitame|pizza|cine|helado|cena|birra|cerveza|cafe'],
    examples: {
      match: ['me debes una por los robux, ahora cumple', 'me debes algo por los pavos que te regale, te toca'],
      ignore: ['me debes una por los robux de la apuesta, la proxima pagas tu', 'me debes una por la skin, mañana te invito yo al cine y estamos', 'me debes una por la skin, ahora te toca invitar a ti'],
    },
  },
  {
    id: 'liked-mine-your-turn-r27',
    phrases: [
      'ya_te_mande|ya_te_pase|ya_te_envie|te_gustaron_mis|te_gusto_mi|viste_mis|ya_viste_mis|te_mande|yo_ya_te_mande|yo_te_mande ..2 la_mia|una_mia|las_mias|@photo|fotos|foto|fotito|fotitos|nudes|pack ..6 te_toca|es_tu_turno|tu_turno|ahora_tu|ahora_vos|una_tuya|una_igual',
      'ahi_tienes_la_mia|ahi_va_la_mia|ahi_tienes_las_mias ..6 te_toca|es_tu_turno|tu_turno|ahora_tu|ahora_vos|una_tuya|una_igual',
      '@send|hazme|haceme ..6 yo_ya_te_mando|yo_te_mando|ya_te_mando|y_yo_te_mando|yo_ya_te_paso|yo_te_paso|yo_ya_te_envio ..1 la_mia|una_mia|las_mias|otra_mia',
    ],
    unless: ['trabajo|mi_parte|la_parte|apuntes|deberes|tarea|ejercicios|examen|receta|meme|memes|link|enlace|ubicacion|direccion|horario|foto_del_grupo|de_grupo|del_viaje|de_la_excursion|del_cumple|dibujo|outfit|vestido|look|carta|cartas|cromo|cromos|pokemon|captura_del|resumen|lista|audio|cancion|playlist'],
    examples: {
      match: ['te gustaron mis fotos? ahora te toca a ti, mandame una igual', 'ya te mande la mia, es tu turno', 'hazme un face check, yo ya te mando la mia'],
      ignore: ['yo ya te mande mi parte del proyecto, te toca a ti', 'ya te mande la mia del outfit, te toca a ti', 'ya te pase mis apuntes, te toca pasarme los tuyos', 'mandame tu horario, yo te mando la mia del dibujo'],
    },
  },
  {
    // r28: "did you get my pic? now it's your turn" (Spanish, English or both).
    id: 'got-my-pic-your-turn-r28',
    phrases: [
      'te_llego|te_llegaron|viste|recibiste|ya_viste|did_you_get|you_get|you_see|did_you_see|got ..2 mi|mis|my ..1 @photo|pic|pics|fotos|foto|fotito|fotitos|nudes|video ..6 te_toca|tu_turno|ahora_tu|ahora_vos|your_turn|una_tuya|la_tuya|yours|ahora_te_toca',
      'te_paso|te_mando|te_envio|te_enseno|te_muestro ..2 foto|fotos|@photo|mia|mio|video|fotito ..5 tu_me|vos_me|y_me ..1 pasas|mandas|envias|ensenas|muestras|pases|mandes|envies|ensenes ..1 la_tuya|las_tuyas|una_tuya|el_tuyo|otra|otro',
    ],
    unless: ['trabajo|mi_parte|apuntes|deberes|tarea|ejercicios|examen|receta|meme|memes|link|enlace|ubicacion|direccion|horario|del_grupo|de_grupo|del_viaje|de_la_excursion|del_cumple|dibujo|outfit|vestido|look|perro|gato|cuarto|habitacion|ciudad|casa|jardin|paisaje|comida|elegir|tirar|jugar|dado|dog|cat|pick|choose|homework|trip|food|room|house|city'],
    examples: {
      match: ['hey babe did u get my pic? ahora te toca a ti', 'tengo 15 igual que tu, te paso mi foto y tu me pasas la tuya?', 'te llego mi foto? ahora te toca', 'viste mis fotitos? ahora una tuya'],
      ignore: ['te llego mi foto del perro? ahora tu turno de elegir', 'te paso mi foto del horario y tu me pasas la tuya', 'viste mi foto del viaje? ahora te toca a ti contar', 'did you get my pic of the dog? your turn to pick'],
    },
  },
  {
    // r28: game currency given first, now "you owe me" a picture or the camera.
    id: 'gave-you-currency-now-send-r28',
    weight: 2,
    phrases: [
      'te_di|te_regale|te_pase|te_compre|te_mande|te_recargue|te_regalo ..4 robux|pavos|vbucks|v_bucks|diamantes|gemas|skin|skins|pase|battle_pass|monedas|recarga|tarjeta|@currency ..6 me_mandes|mandame|me_ensenes|ensename|una_foto|@photo|pon_la_cam|pon_la_camara|prende_la_cam|prende_la_camara|algo_tuyo|me_debes_una_foto|me_debes_algo_tuyo',
    ],
    unless: ['apuesta|partida|ranked|la_proxima|te_invito|invitar|invitas|invitame|pizza|cine|helado|cena|cafe|captura|pantallazo|screenshot|codigo|ticket|comprobante|recibo|rango|nivel|inventario|perfil_del_juego|id_del_juego|tu_id|usuario'],
    examples: {
      match: ['te di 2000 robux, ahora me toca a mi que me mandes algo tuyo', 'te regale la skin del dragon, asi que pon la cam un rato', 'te compre el pase, ahora mandame una foto'],
      ignore: ['te pase las gemas ayer, me debes una, invitame a la partida', 'te regale la skin, mandame una captura del inventario', 'te di 500 pavos, mandame el codigo del ticket'],
    },
  },
  {
    // r29: "I sent you one of mine" on its own, the opening of a picture trade.
    id: 'sent-you-one-of-mine-r29',
    weight: 2,
    phrases: [
      'te|ya_te|yo_te mande|envie|pase|he_mandado|he_enviado|he_pasado|mando|envio|paso una|unas|un|unos ..1 mia|mias|mio|mios|mia_sin|mias_sin',
    ],
    unless: ['viaje|excursion|playa|boda|cumple|fiesta|apuntes|tarea|deberes|trabajo|receta|cancion|playlist|meme*|sticker*|captura*|horario|resumen|examen|partida|skin|dibujo|de_mi_perro|de_mi_gato|del_perro|del_gato|de_la_comida|link|enlace|contrasena|codigo|direccion|ubicacion|numero|cuenta|correo|pdf|archivo'],
    examples: {
      match: ['te mande una mia', 'ya te envie unas mias, te gustaron?', 'yo te paso una mia y ya veremos'],
      ignore: ['te mande una mia del viaje a la playa', 'te pase unos mios de apuntes', 'te mande una mia del perro jaja'],
    },
  },
] satisfies PatternEntry[];
