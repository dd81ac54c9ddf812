import type { PatternEntry } from '../../schema';

/** Round 18: news, reports and fiction that quote a threat. */
const NEWS_R18 = 'la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista';

export default [
  {
    id: 'has-your-pics',
    phrases: [
      'te|la|lo tengo grabado|grabada|en_video|capturado|capturada|grabadita',
      'guarde|tengo_guardado|grabe|tengo_grabado|capture ..1 todo ..3 mandaste|enviaste|ensenaste|mostraste|dijiste|hiciste|escribiste|pasaste',
      'lo|la|te grabe|capture todo|entero|entera|completo',
      'tengo|tenemos|guarde|guardado|guardada|guardados|guardadas|grabe|poseo|conserve|descargue|descargado|descargadas|descargados|me_quede_con|copia_de|copias_de [todas|todos] [tus|tu|el|la|los|las|un|una|unos|unas|esas|esos|esa|ese] @photo|@video|nudes|pack|packs|capturas ..4 desnud*|en_bolas|sin_ropa|intima|intimas|intimo|intimos|hot|xxx|masturband*|tocandote|que_me_mandaste|que_me_enviaste|que_me_pasaste|que_me_diste|que_me_mostraste|q_me_mandaste|q_me_enviaste|q_me_pasaste|q_me_diste|q_me_mostraste|de_la_videollamada|de_la_llamada|de_la_cam|de_la_camara|en_ropa_interior|en_lenceria|porno',
      'tengo|guarde|conserve [todos|todas] tus|tu|sus|su nudes|pack|packs|desnudos|fotos_intimas|fotos_hot|videos_intimos|fotos_desnuda|fotos_desnudo',
      'tengo grabado|grabada|guardado|guardada|guardadas|guardados ..3 @photo|@video|todo|la_llamada|la_videollamada|lo_que ..4 desnud*|en_bolas|sin_ropa|masturband*|tocandote|videollamada|llamada|cam|camara|que_me|que_hiciste|hiciste|dijiste',
      'lo tengo ..1 todo ..1 grabado|guardado|capturado',
      'tengo todo grabado|guardado|capturado',
      'todo ..1 esta|quedo|queda ..1 grabado|guardado|capturado',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'viaje|excursion|cumple|playa|boda|graduacion|partido|vacaciones|concierto|clase|orla|partida|bonita*|bonito*|preciosa*|precioso*|lindas|lindos|linda|lindo|guapa|guapo|gracias|encantan|encanta|geniales|genial|chulas|chulos|que_bien'],
    examples: {
      match: ['tengo tus fotos desnuda', 'ya descargue tus fotos intimas', 'me quede con los videos que me mandaste', 'tengo el video que me mandaste', 'tengo tus nudes', 'Tengo grabado el video de usted desnudo de la videollamada', 'lo tengo todo grabado', 'guarde las fotos que me enviaste', 'tengo las fotos q me mandaste'],
      ignore: ['tengo tus fotos del viaje', 'tengo las fotos que me mandaste, que bonitas', 'tengo el video del concierto', 'tengo ganas de verte', 'mandame fotos desnuda'],
    },
  },
  {
    id: 'has-your-pics-bare',
    weight: 3,
    phrases: [
      'tengo|guarde|guardo @foto|fotos|videos|fotitos|nudes|videitos tuyas|tuyos',
      'tengo|guarde ..1 tus|nuestros|todos_tus mensajes|chats|conversaciones|audios ..1 guardados|guardadas|capturados|todavia','tengo|guarde|guardo todas|todos tus|sus @foto|videos|video|fotitos', 'tengo tus|sus fotos|fotitos|videos|nudes|videitos|pics|pic|fotis|fotillos', 'guarde|guardo|he_guardado|capture tus|sus|las|todas_las|todas_tus @foto|videos|nudes|fotitos|capturas|pantallazos|conversaciones|mensajes', 'tengo|guarde|guardo tus|sus fotos|videos|fotitos|nudes ..1 todavia|aun|guardad*|you|ya',
      'tengo|guarde|guardo|tenemos tu|su video|videito|foto|fotito|nude',
      'me quede|quedo con ..1 tus|sus|todas_tus|todos_tus fotos|videos|nudes|pack|packs|fotitos|videitos',
      'descargue|descargado|he_descargado|baje|capture|guarde ..1 tus|sus|todas_tus|todos_tus fotos|videos|nudes|pack|packs|fotitos|videitos',
      'tengo|guarde|hice|saque ..1 una|unas ..1 copia|copias|respaldo|backup ..1 de ..1 tus|sus|todas_tus|todos_tus ..1 fotos|videos|nudes|pack|fotitos|mensajes|conversaciones|chats',
      'tengo|tenemos|guardo|guarde ..1 un|una|unos|unas ..1 @foto|video|videos|fotos|grabacion ..1 tuyo|tuya|tuyos|tuyas|de_ti ..2 comprometedor*|intimo*|intima*|desnud*|hot|picante*|privad*|interesante*',
      '@pack ..1 estan|esta|siguen|sigue ..1 en ..1 mi ..1 movil|celular|cel|telefono|galeria|ordenador|pc|compu|poder|nube|drive|carpeta',
      'tengo|guarde ..1 pruebas|evidencia|evidencias ..2 de ..1 todo|lo_que ..3 hiciste|mandaste|escribiste|ensenaste|hicimos|me_mandaste|me_ensenaste'],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'no_paguemos|no_paguen|si_alguien_te_dice|si_alguien_nos_dice|si_alguien_les_dice|si_alguien_te_escribe|nos_dijo_que|nos_dijeron_que|pequena|pequeno|peque|bebe|nina|nino|jaja*|haha*|jsjs*|jeje*|fiesta|evento|sesion|drive|nube|ordenador|carpeta|viaje|excursion|cumple|playa|boda|graduacion|partido|vacaciones|concierto|clase|orla|partida|pendrive|usb|movil_viejo|te_las_paso|te_las_mando|te_los_paso|te_los_mando|te_lo_paso|te_la_paso|te_lo_mando|te_la_mando|album|perfil|carnet|dni|cartera|fondo|pared|marco|escritorio|tiktok|reel|historia|story|baile|coreo*',
      '@photo|@video|fotos|videos|fotitos|nudes|videitos|mensajes|chats|conversaciones|audios ..2 del|de_la|de_cuando|de_los|de_las|de_el|de_ese|de_esa|de_aquel|de_aquella'],
    examples: {
      match: ['tengo tus pics, tu decides', 'ojo que tengo sus pics', 'oye tengo un video tuyo bastante comprometedor', 'tus nudes estan en mi movil, tu decides', 'tengo todas tus fotos', 'tengo tus fotos todavia', 'guarde todos tus videos', 'tengo tus fotos, pasame 20 lucas o las mando al grupo del colegio', 'tengo tu video', 'ya tengo tu videito guardado', 'tengo tus videos, deposita en oxxo o se lo mando a tu mama', 'me quede con tus fotos', 'tengo una copia de tus fotos', 'tengo pruebas de todo lo que me mandaste'],
      ignore: ['la profe nos dijo que si alguien nos dice tengo tus fotos no paguemos', 'tengo las fotos que me mandaste del viaje', 'tengo las fotos que me mandaste, que bonitas', 'tengo un video tuyo bailando jaja', 'tus fotos estan en mi movil, te las paso', 'tengo todas tus fotos del viaje, te las paso', 'tengo tus fotos en el pendrive', 'tengo tus fotos de la fiesta', 'tengo tu video de la coreo jaja', 'tengo tu foto de perfil guardada', 'tengo tu foto en mi cartera', 'me quede con tus apuntes', 'descargue tus fotos del drive', 'tengo pruebas de todo lo que dijiste de mi'],
    },
  },
  {
    id: 'recorded-call',
    phrases: [
      'grabe|grabado|grabada|grabamos|hemos_grabado|capture|capturado|capturamos ..4 nuestra|la|tu|toda|todo|su ..1 videollamada*|llamada|videochat|@cam|pantalla',
      'te grabe ..3 desnud*|tocandote|masturband*|en_bolas|sin_ropa|por_la_cam|por_camara|en_la_videollamada|en_la_llamada',
      'hice|tengo|saque|guarde ..2 captura*|capturas|pantallazo*|screenshot*|screen*|prints ..4 todo|todos|nuestra|nuestras|conversacion|chat|lo_que|mensajes|tus_mensajes|tus_fotos|tu_video|tus_videos|tu_cuerpo|tus_nudes|llamada|videollamada',
      'grabado|grabe|guardado ..2 todo ..3 hiciste|hicimos|dijiste|la_llamada|la_videollamada|mandaste|ensenaste',
      'grabacion|grabaciones ..3 de ..1 la|nuestra|tu ..1 videollamada|llamada|cam',
      'te|lo|la|los|las|todo grabe|capture|grabamos|grabado|grabada|capturamos|he_grabado|hemos_grabado ..3 omegle|ometv|ome_tv|chatroulette|chatrandom|camsurf|emerald|emeraldchat|monkey|azar|chatspin|skype|facetime|webcam|videochat|videollamada*|video_llamada*',
      'grabe|grabado|grabamos|capture|capturado|tengo_grabado ..3 @video|grabacion ..4 mientras|cuando ..2 veias|mirabas|te_tocabas|te_masturbabas|estabas_desnud*|visitabas|te_desnudabas|te_quitabas',
    ],
    unless: ['clutch|jugada|jugadon|jugadaza|highlight*|gameplay|kill|kills|ace|speedrun|del_clan|al_clan|el_clan|del_juego|el_nivel|la_build|el_mapa|del_torneo|mi_pantalla|tutorial', 'la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'dijiste_de|dijiste_sobre|contaste_de|contaste_sobre|de_tu_crush|del_crush|sobre_tu_crush', 'concierto|partido|obra|actuacion|festival|boda|recital|funcion|te_lo_paso|te_la_paso|viaje|excursion|vacaciones|te_las_paso|te_los_paso|tranquila|tranquilo|no_se_lo_enseno|no_lo_enseno|no_se_lo_voy_a_ensenar|no_se_lo_digo|no_se_lo_cuento|no_se_lo_mando|un_tiktok|el_tiktok|mi_tiktok|tu_tiktok|para_tiktok|en_tiktok|reel|story|historia|youtube|abuela|abuelo|abuelos|tio|tia|primo|prima|reunion|cumple|meme|grupo|clase|profe|partida|juego|stream|directo_de'],
    examples: {
      match: ['tengo capturas de todo, paga o se las envio a tus seguidores de tiktok', 'grabe nuestra videollamada jajaja', 'Tengo capturas de todo lo que me dijiste', 'te grabe desnuda por la cam', 'hice capturas de la conversacion', 'tengo la grabacion de la videollamada', 'jajaja te grabe en el omegle', 'te grabamos por skype', 'lo grabe todo en la videollamada', 'grabe un video mientras veias cosas para adultos', 'tengo grabado un video de cuando te tocabas'],
      ignore: ['te grabe la pantalla del clutch, lo subo al discord del clan', 'grabe la pantalla de tu jugadon en la final', 'grabe todo el concierto en la camara, te lo paso', 'te grabe para un tiktok', 'le hice captura al meme de juan', 'grabe la partida de ayer', 'tengo capturas del grupo de clase', 'te grabe en el zoom de clase', 'grabe un video cuando veiamos el partido', 'te grabe en el directo de tiktok', 'tengo capturas de todo lo que me dijiste de Pablo, no se lo enseño a nadie tranquila', 'tengo capturas de lo que contaste de tu crush en el grupo'],
    },
  },
  {
    id: 'saw-what-you-did-on-cam',
    phrases: [
      'vi|he_visto|tengo|grabe|guarde|capture ..1 lo_que ..1 hiciste|hacias|haces|hicimos|mostraste|ensenaste ..1 en_la|en_el|por_la|por_el|delante_de_la|en @cam|omegle|ometv|videochat ..6 lo|la|los|las|te ..1 tengo|guarde|grabe|capture|grabado|guardado',
      'vi|he_visto|tengo|grabe|guarde|capture ..1 lo_que ..1 hiciste|hacias|haces|mostraste|ensenaste ..1 en_la|en_el|por_la|por_el|delante_de_la|en @cam|omegle|ometv|videochat ..1 desnud*|sin_ropa|tocandote|jaja_te|en_bolas',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'risa|gato|perro|gracios*|divertid*|jaja*|haha*|jsjs*|jeje*|clase|profe|reunion|zoom_de|trabajo|examen|exposicion|presentacion|partida|juego|cumple|abuel*|baile|bailando|cantando'],
    examples: {
      match: ['ya vi lo que hiciste en la cam, y lo tengo guardadito', 'vi lo que hiciste en omegle desnuda'],
      ignore: ['vi lo que hiciste en la videollamada de clase jaja', 'el regalo lo tengo guardadito', 'vi lo que hiciste en la videollamada de ayer, que risa con el gato', 'te tengo guardadito el sitio en el bus'],
    },
  },
  {
    id: 'recording-you',
    phrases: ['te estuve|estaba|estado|he_estado grabando|capturando'],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|bailando|cantando|baile|tiktok|dormido|dormida|roncando|partido|actuacion|obra'],
    examples: { match: ['te estuve grabando'], ignore: ['te estaba grabando bailando jaja'] },
  },
  {
    id: 'hacked-access',
    phrases: [
      'he_entrado|hemos_entrado|me_meti|me_he_metido|accedi|he_accedido|hemos_accedido|logre_entrar|consegui_entrar|pude_entrar ..1 a|en ..1 tu|su|tus|sus ..1 cuenta*|movil|celular|telefono|correo|icloud|galeria|perfil|nube|@app|dms|mensajes|chats|fotos|ordenador|pc|compu|portatil',
      'tenemos|conseguimos|obtuvimos|tuvimos|obtuve|obtenido|conseguido|hemos_obtenido|he_obtenido|hemos_conseguido|he_conseguido ..1 acceso ..2 su|sus|tu|tus',
      'grabado|grabe|grabamos|tengo|tenemos|poseo|poseemos|obtenido|guardado ..3 contenido|material|videos|video|imagenes|fotos|grabaciones ..1 comprometedor*|intimo*|intima*|sexual*|explicit*|privad*',
      'instalado|instale|instalamos|hemos_instalado|metido|meti ..3 virus|malware|troyano|spyware|programa_espia',
      'hackee|hackie|jakee|hakee|jackee|hackeado|hackeao ..3 tu|tus|su|sus ..1 cuenta*|@app|movil|celular|cel|telefono|correo|camara|ordenador|compu|computadora|pc|icloud|perfil|nube|galeria',
      'tengo|consegui ..1 acceso ..2 tu|tus|su|sus ..1 cuenta*|@app|movil|celular|cel|telefono|correo|camara|webcam|cam|microfono|dispositivo*|ordenador|compu|computadora|pc|laptop|portatil|icloud|perfil|nube|galeria|fotos|videos|mensajes|chats|conversaciones|contactos|archivos|datos|contrasena|clave|dms|dm|md|mds|privados|directos|nudes|pack|whatsapp|snap',
      'tengo|se ..1 tu|su contrasena|clave|password|pass',
      'te|le ..1 robe|hackee|hackie|jakee|hakee|jackee|quite ..1 la|el|tu ..1 cuenta|insta|perfil|movil|celular|@app',
      'si ..1 quieres|quiere|queres ..1 recuperar*|que_te_la_devuelva|que_te_lo_devuelva|que_se_la_devuelva|tu_cuenta_de_vuelta|volver_a_entrar ..4 @send|paga|pagame|pagues|deposita|depositame|transfiere|transfiereme|#|@money|@payment|@photo|fotos|@video',
      'dispongo|disponemos|poseo|poseemos|tenemos|obra_en_nuestro_poder|tenemos_en_nuestro_poder ..2 grabaciones|grabacion|videos|video|imagenes|fotos|fotografias|material|contenido ..4 intim*|sexual*|comprometedor*|explicit*|desnud*',
      'entre ..1 a|en tu|su cuenta|movil|celular|telefono|icloud|galeria|@app',
      'hemos|he ..1 detectado|encontrado|localizado|obtenido|recopilado|recuperado ..3 contenido|material|imagenes|videos|fotos|fotografias|grabaciones ..3 intim*|sexual*|comprometedor*|explicit*|desnud*|privad*',
      'cambie|he_cambiado|cambiamos ..2 tu|su contrasena|clave|password|correo|mail',
      'tu|su cuenta|insta|perfil|@app ..1 ahora|ya ..1 es ..1 mia|nuestra|me_pertenece',
      'tu|su cuenta|perfil ..3 me_pertenece|nos_pertenece|ahora_es_mia|ya_es_mia|es_mia_ahora|ahora_es_nuestra|ya_es_nuestra|esta_en_mis_manos|la_controlo_yo|la_tengo_yo',
      'robe|robado|controlo|tengo_el_control_de|me_aduene_de ..2 tu|su cuenta|perfil|insta|@app',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'wifi|netflix|spotify|disney|hbo|prime|del_cole|de_clase|classroom|moodle|profe|jaja*|haha*|jsjs*|jeje*|apuntad*|te_han|han_hackeado|hackearon|me_hackearon|me_han|cuidado|ojo'],
    examples: {
      match: ['he entrado en tu cuenta de instagram', 'me meti en tu galeria', 'consegui entrar a tu icloud', 'hey bro tu cuenta de insta me pertenece ahora', 'tengo acceso a tus dms y a tus fotos', 'tu perfil de tiktok ya es mia', 'hackee tu cuenta de instagram y tengo todas tus conversaciones', 'he hackeado tu movil', 'tengo acceso a tu camara', 'tengo tu contrasena', 'entre a tu icloud', 'Tengo acceso a tu webcam', 'tengo acceso a todos tus mensajes y tus fotos privadas', 'consegui acceso a tu dispositivo', 'cambie tu contraseña, tu cuenta ahora es mia', 'robe tu cuenta de insta', 'hemos obtenido acceso a su dispositivo y grabado contenido comprometedor', 'te robe la cuenta, si quieres que te la devuelva paga 30 euros', 'tengo tu cuenta de instagram, si quieres recuperarla mandame fotos', 'Le informamos que disponemos de grabaciones suyas de caracter intimo', 'Estimado/a: hemos detectado contenido intimo suyo.'],
      ignore: ['he entrado en tu cuenta de netflix jaja me la pasaste tu', 'cuidado, han hackeado y han entrado en tu cuenta?', 'tu cuenta de insta ya es mia jaja me la pasaste para el sorteo', 'tengo acceso a tus apuntes del drive', 'si quieres recuperar la cuenta de insta pide un codigo nuevo', 'te robe la cuenta de netflix jaja', 'te han hackeado la cuenta?', 'me hackearon el insta', 'cuidado que hackearon tu cuenta', 'ya tengo tu insta, te segui', 'cambie mi contraseña'],
    },
  },
  {
    id: 'has-your-contacts',
    phrases: [
      'tengo|hice|guarde|saque|consegui ..3 lista|listado|captura*|nombres ..3 de|con ..2 seguidores|followers|amigos|contactos|familiares|familia|companeros',
      'tengo|consegui|guarde|se_quienes_son ..1 todos|todas [tus|sus] seguidores|followers|contactos|amigos|familiares',
      'tengo|consegui|guarde ..1 tus|sus seguidores|followers|contactos|familiares',
      'se|conozco|tengo quien|quienes|el_nombre_de|los_nombres_de son|es|de tus|tu padres|familia|familiares|amigos|seguidores|hermana|hermano',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista'],
    examples: {
      match: ['tengo una lista de todos tus seguidores y amigos', 'tengo todos tus contactos', 'se quienes son tus padres', 'tengo capturas de tus seguidores'],
      ignore: ['tengo muchos seguidores', 'mis amigos son los mejores'],
    },
  },
  {
    id: 'found-your-family',
    weight: 2,
    phrases: [
      'encontre|localice|ubique|tengo_localizad*|ya_encontre|busque ..1 a ..1 tu|tus ..1 @parents ..3 en ..1 @app|internet|redes|face|google',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|lol|fotos_de_bebe|que_fotos|te_etiqueto|me_siguio|me_sigue|nos_sigue|comentario|llaves|movil|cartera|mochila|libro|perro|gato'],
    examples: {
      match: ['encontre a tus padres en facebook', 'ya localice a tu madre en insta'],
      ignore: ['encontre a tu madre en facebook jaja que fotos', 'ya lo encontre en internet, el libro'],
    },
  },
  {
    id: 'pay-and-i-delete',
    phrases: [
      '@currency|@payment|@money|pagas|pagame|paga|pagues|deposita|depositas|depositame|consigna|consignale|consigname|transfieres|transfiere|transfiereme|yapeame|bizumeame ..5 y ..1 lo|la|los|las|te|todo ..1 borro|elimino|borrare|eliminare|desaparece|desaparecen|destruyo|borramos',
      'si ..1 quieres|quiere|queres|no_quieres|no_quiere|no_queres ..1 que ..3 desaparezcan|desaparezca|borre|borres|baje|quite|saque|te_saque|elimine|no_salgan|no_salga|salgan|se_publiquen|se_publique|publique|publiquen|las_vea|lo_vea|los_vea|las_vean|lo_vean|se_entere|se_enteren|quede_entre_nosotros|queden_entre_nosotros ..6 #|@money|@payment|@currency|paga|pagame|pagues|deposita|depositame|transfiere|transfiereme|yapeame|bizumeame',
      '@currency|@payment|@money|pagas|pagame|paga|pagues|deposita|depositame|consigna|consignale|consigname|transfiere|transfiereme|yapeame|bizumeame ..5 y ..1 borro|elimino|borrare|eliminare|desaparezco ..1 todo|todas|todos|las_fotos|los_videos|el_video|tus_fotos',
      'no ..2 borrar*|borro|borrare|eliminar*|elimino|eliminare ..3 hasta_que|mientras_no|si_no ..2 pagues|pagas|me_pagues|me_pagas|deposites|transfieras|me_mandes|me_des|me_depositas|me_transfieras',
      'por|con ..1 # ..2 [@currency|@payment|@money] ..2 todo|todito|esto|eso|el_video|los_videos|las_fotos|tus_fotos|el_material|lo_tuyo|tu_problema|tu_video|tus_videos|las_capturas ..1 desaparece|desaparecen|se_borra|se_borran|se_elimina|se_eliminan|se_olvida|queda_borrado|queda_olvidado|se_acaba|se_termina',
      '@currency|@payment|@money ..5 y ..2 el_video|los_videos|las_fotos|tus_fotos|el_material|tu_video|tus_videos|las_capturas|los_chats|tu_problema|todo_esto ..1 desaparece|desaparecen|se_borra|se_borran|se_elimina|se_eliminan|se_acaba|se_termina|queda_borrado|quedan_borradas|quedan_borrados',
      '@currency|@payment|@money|pagas|pagame|paga|pagues|deposita|depositas|depositame|transfieres|transfiere|transfiereme|transferime|yapeame|bizumeame ..5 y ..2 no_pasa_nada|aqui_no_pasa_nada|quedamos_en_paz|estamos_en_paz|aqui_paz_y_despues_gloria|me_olvido|nos_olvidamos|aqui_no_paso_nada|queda_entre_nosotros|nadie_se_entera|nadie_se_enterara|nadie_ve_nada|nadie_vera_nada|desaparezco|no_sabes_mas_de_mi|no_vuelves_a_saber_de_mi|olvidamos_el_tema|nos_olvidamos_del_tema|olvidamos_todo|tema_cerrado|asunto_cerrado|asunto_arreglado|aqui_no_ha_pasado_nada|no_ha_pasado_nada',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'mancha*|arreglo|reparacion|reparar|arreglar|tintoreria|quitamanchas|granos|acne|crema|tratamiento|limpieza|deuda|cuenta_de|lista|apunte*|factura|pedido|carrito|suscripcion|anuncio|publicacion|wallapop|vinted|marketplace|venta|reserva|jaja*|haha*|me_debes|te_debo|prestamo|presto|prestaste|cine|entrada*|cena|comida|pizza|bote|cumple|regalo|excursion|alquiler|piso'],
    examples: {
      match: ['manda 2 tarjetas de google play de 500 y no pasa nada', 'una recarga de 50 en la play y olvidamos el tema', '100 por bizum y aqui no ha pasado nada', 'consignale a esta cuenta 300 mil y borro todo', 'ya estas en un grupo de telegram, si quieres que te saque paga', 'tu video ya tiene 200 vistas, si quieres que lo baje paga', 'si quieres que desaparezcan mandame 50 euros en paysafecard', 'si quieres que todo quede entre nosotros deposita 500 pesos', 'si no quieres que se publiquen yapeame 100 soles', 'las tengo todas. 200 en tarjetas steam y las borro', 'pagas 100 dolares y lo borro todo', 'deposita en oxxo y te borro', '100 por bizum y me olvido de todo', 'transferime 20 lucas por mercado pago y esto queda entre nosotros', 'pagame 50 euros y no vuelves a saber de mi', 'no pienso borrar nada hasta que me pagues', 'claro, por 150 todo desaparece. en paysafecard, me mandas el codigo', '3 tarjetas de steam de 50 y el video desaparece', 'con 200 euros por bizum las fotos se borran', '100 en paysafecard y tus videos desaparecen', 'hazme el bizum y aqui paz y despues gloria'],
      ignore: ['si quieres que borre la foto del grupo dime', 'si no quieres que tu mama se entere de lo del cine pagame los 5 euros que me debes', 'me pagas y lo borro de la lista', 'me pagas la reserva y la borro del anuncio', 'pagame y borro la deuda', 'pasame los 10 euros del cine y me olvido de todo', 'pagame lo que me debes y aqui no paso nada', 'por 5 euros la pizza y todo se acaba', 'por 30 euros el arreglo y la mancha desaparece', 'con 20 euros tu problema se acaba, me debes la entrada del cine'],
    },
  },
  {
    id: 'recorded-you-formal',
    phrases: [
      'disponemos|dispongo|tenemos|tengo|poseemos|poseo ..1 de ..1 grabaciones|grabacion|videos|imagenes ..2 de ..1 su|tu ..1 camara|webcam|pantalla|camara_web',
      'tenemos|tengo|poseemos|poseo|guardamos ..1 grabaciones|grabacion|videos|imagenes|capturas ..2 de ..1 su|tu ..1 camara|webcam|pantalla|camara_web|dispositivo|ordenador|movil|celular',
      'sabemos|se|se_bien|sabemos_bien ..1 lo ..1 que ..1 haces|hiciste|haces_por|miras|ves|buscas|visitas|mirabas|veias ..2 en|por ..1 internet|la_red|la_web|tu_ordenador|tu_movil|la_cam|las_noches|de_noche|paginas|el_ordenador|el_movil',
      'grabado|grabamos|grabe|capturado|capturamos|registrado|registramos|obtenido|obtuvimos ..2 imagenes|video|videos|fotos|grabaciones|contenido ..1 suyas|suyos|suya|suyo|tuyas|tuyos|tuya|tuyo|de_usted|de_ti|de_vos ..6 @cam|webcam|camara_web|desnud*|intim*|sexual*|comprometedor*|masturband*|tocandote|sin_ropa|dispositivo|pantalla',
      'hemos_registrado|registramos|hemos_grabado|hemos_monitoreado|monitoreamos|hemos_vigilado|vigilamos ..2 su|tu|toda_su|toda_tu ..1 actividad|historial|navegacion|pantalla|camara',
      'su|tu dispositivo|equipo|ordenador|computadora|movil|celular|telefono|pc|portatil|cuenta|correo|email ..2 ha_sido|fue|esta ..1 infectado|comprometido|intervenido|hackeado|pirateado',
      'su|tu ..1 camara|webcam|camara_web|microfono ..2 fue|ha_sido|esta|estaba ..1 activada|activado|hackeada|hackeado|intervenida|comprometida|encendida ..4 mientras|cuando|y',
      'mientras|cuando ..2 visitaba|visitabas|veia|veias|miraba|mirabas ..3 sitios|paginas|videos|web|webs ..2 para_adultos|porno|de_adultos|xxx|pornograficos|pornograficas|para_mayores',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'plataforma|curso|inicio_de_sesion|sesion|seguridad|verifica*|codigo|jaja*|haha*|jsjs*|jeje*|creo|quizas|igual|puede|parece|seguro_que|cuidado|ojo|antivirus|reinicia|formatea|actualiza|soporte|tecnico|bailando|cantando|baile|partido|cumple|fiesta|tiktok|concierto|obra|viaje|graduacion|boda|contrasena|cambia|cambiala|cambiar|avisa|aviso|denuncia|reporta|me_han|nos_han|nueva|nuevo|calidad|resolucion|que_bien|genial|chulo|chula'],
    examples: {
      match: ['Disponemos de grabaciones de su camara.', 'Hemos registrado su actividad. Realice el pago de 300 USD', 'Atencion: su camara web fue activada mientras usted visitaba sitios para adultos', 'Estimado usuario, su dispositivo ha sido infectado y hemos grabado imagenes suyas a traves de la camara web.', 'hemos grabado videos suyos por la webcam', 'tu movil esta hackeado, tengo el control', 'Su cuenta ha sido comprometida. Tenemos grabaciones de su camara.', 'Sabemos lo que haces en internet. Tenemos pruebas.'],
      ignore: ['tengo videos de tu camara nueva, que calidad', 'hemos registrado tu actividad en la plataforma del curso', 'creo que tu movil esta infectado, pasale un antivirus', 'grabe un video tuyo cantando en el cumple', 'te grabe un video tuyo con la camara nueva jaja', 'tu cuenta ha sido hackeada, cambia la contraseña ya', 'se lo que haces en internet jaja, ver memes todo el dia'],
    },
  },
  {
    id: 'you-know-what-i-have',
    weight: 2,
    phrases: [
      'ya|you|tu|vos|usted ..1 sabes|sabe|sabeis ..1 lo que ..1 tengo|guardo|tengo_guardado|tengo_de_ti|tengo_tuyo|me_mandaste|me_enviaste|me_pasaste|hiciste_en_la_cam',
      'mira|mire|fijate ..1 lo que ..1 tengo|guarde|tengo_guardado|tengo_de_ti|tengo_tuyo|encontre_tuyo|encontre_de_ti',
      'tengo|tenemos ..1 algo ..1 tuyo|tuya|de_ti|tuyo_que|de_ti_que ..4 interesar|interesa|interesara|gustar|gustara|va_a_gustar|no_quieres|querras|ver',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'tengo_que|tengo_en|tengo_ganas|tengo_para|tengo_de_deberes|hambre|sueno|frio|examen|examenes|deberes|tarea|trabajo|cumple|fiesta|regalo|sorpresa|jaja*|haha*|jsjs*|mala|malo|enfermo|enferma|gripe|covid|fiebre|dolor|mal|alergia|resfriado|tos|casa|hermano|hermana|perro|gato|cuarto|libro|apuntes|juego|consola'],
    examples: {
      match: ['tengo algo tuyo que te va a interesar', 'mira lo que tengo', 'ya sabes lo que tengo', 'tu sabes bien lo que tengo guardado', 'ya sabes lo que me mandaste'],
      ignore: ['ya sabes lo que tengo que hacer', 'ya sabes lo que tengo, gripe otra vez', 'ya sabes lo que tengo en casa, la consola nueva'],
    },
  },
  {
    id: 'your-pics-kept-fronted',
    weight: 2,
    phrases: [
      '@foto|videos|video|nudes|pack|packs|fotitos|videitos que ..1 me mandaste|pasaste|enviaste|diste|mostraste|ensenaste ..2 las|los|lo|la ..1 tengo|guardo|conservo|guarde|tengo_guardad*',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|viaje|excursion|cumple|fiesta|playa|boda|graduacion|partido|vacaciones|concierto|clase|perfil|genial|geniales|bonita|bonitas|bonito|bonitos|preciosa|preciosas|lindas|lindos|chulas|chulos|ordenador|pendrive|usb|drive|nube|album|imprimir|imprimo|marco|meme|memes|apuntes|deberes|tarea|receta'],
    examples: {
      match: ['las fotos que me pasaste las tengo todas guardadas eh', 'los videos que me mandaste los tengo guardados'],
      ignore: ['las fotos que me pasaste las tengo en el movil, estan geniales', 'las fotos que me pasaste del viaje las tengo en el ordenador'],
    },
  },
  {
    id: 'recorded-it-all',
    phrases: [
      'te|lo|la|los|las he_grabado|hemos_grabado|he_capturado|hemos_capturado|he_guardado|tengo_grabado ..1 todo|todito|entera|entero|enterita|enterito|completo|completa|desnud*|sin_ropa|en_bolas|tocandote',
      'te ..1 acabo|acabamos ..1 de ..1 grabar|capturar|sacar_captura',
      'acabo|acabamos de ..1 grabarte|capturarte|grabarlo_todo|grabar_todo',
      'todo|todito ..1 lo ..1 que ..1 hiciste|hicimos|me_ensenaste|me_mostraste|mostraste|ensenaste ..3 lo|la ..1 tengo|tenemos|guarde|grabe ..1 grabado|guardado|capturado|aqui|en_video',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'bailando|cantando|baile|tiktok|reel|story|historia|dormido|dormida|roncando|partido|actuacion|obra|concierto|cumple|fiesta|coreo*|gol|jugada|clase|reunion|profe|partida|directo|stream|ensayo|ensayar|karaoke|boda|graduacion|viaje|excursion|abuel*|mascota|perro|gato|receta|tutorial'],
    examples: {
      match: ['jajaja te he grabado todo. mira', 'te he grabado desnuda en la videollamada', 'acabo de grabarte, mira esto', 'te acabo de grabar jaja', 'lo hemos grabado todo', 'todo lo que hiciste en la cam lo tengo grabado'],
      ignore: ['te he grabado todo el baile jaja', 'te he grabado entera la actuacion, que bien', 'acabo de grabarte cantando en el karaoke', 'lo he grabado todo para el tiktok'],
    },
  },
  {
    id: 'screenshots-of-everything',
    phrases: [
      'tengo|tenemos|guarde|guardo|hice|saque|tengo_guardadas|tengo_guardados ..1 captura*|pantallazo*|screenshot*|screens|prints|copia|copias ..2 de ..1 todo|todos|todas ..2 lo_que_me|lo_q_me|que_me|q_me|lo_que_hicimos|lo_q_hicimos|lo_que_dijiste|lo_q_dijiste|lo_que_hiciste|lo_q_hiciste|lo_que_escribiste|lo_q_escribiste|lo_que_hablamos|lo_q_hablamos|lo_que_mandaste|lo_q_mandaste|nuestros|nuestras|tus|los_mensajes_que_me|las_fotos_que_me',
      'tengo|tenemos|guarde|guardo|hice|saque|tengo_guardadas|tengo_guardados ..1 captura*|pantallazo*|screenshot*|screens|prints ..2 de ..1 tus|nuestras|nuestros|tu|nuestra|esas|esos|la|las|los|el ..1 fotos|fotitos|mensajes|chats|conversacion*|audios|videos|video|videollamada*|llamada|nudes|pack|packs',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'profe|examen|apuntes|deberes|tarea|horario|notas|meme*|viaje|excursion|cumple|fiesta|partido|juego|partida|ranking|puntuacion|record|receta|ticket|pedido|compra|factura|reserva|entrada*|bonita*|bonito*|preciosa*|precioso*|geniales|gracios*|divertid*|para_denunciar|para_la_policia|denunciarlo|denunciarle|acoso|me_insulto|me_insultaste|insultos|del_grupo|trabajo|proyecto|falsa|falso|mentirosa|mentiroso|tranquila|tranquilo|no_se_lo_enseno|no_lo_enseno|no_se_lo_voy_a_ensenar|no_se_lo_digo|no_se_lo_cuento|no_se_lo_mando'],
    examples: {
      match: ['oye q sepas q tengo capturas de todo lo q me dijiste jaja, seria una pena q acabaran en el grupo de clase', 'tengo capturas de todo lo que hicimos', 'guarde pantallazos de tus fotos', 'tengo screenshots de nuestros chats', 'hice capturas de la videollamada'],
      ignore: ['tengo capturas de todo lo que dijo el profe', 'guarde pantallazos de tus fotos del viaje, que bonitas', 'tengo capturas de todos sus insultos para denunciarlo', 'hice captura de todo el ranking de la partida', 'tengo capturas de todo lo que dijo en el grupo, es una falsa', 'tengo capturas de la conversacion del grupo para el trabajo'],
    },
  },
  {
    id: 'remember-what-i-have',
    weight: 2,
    phrases: [
      'te_acuerdas|acordas|te_acordas|recordas ..1 de ..1 lo ..1 que|q ..1 me ..1 mandaste|enviaste|pasaste|ensenaste|mostraste|diste',
      'recuerda|recuerdas|recordas|acuerdate|acordate|no_olvides|no_te_olvides|olvidaste|olvidas ..1 [de] lo ..1 que|q ..1 tengo|guardo|tengo_guardado|tengo_de_ti|tengo_tuyo|me_mandaste|me_enviaste|me_pasaste|me_ensenaste|hiciste|hicimos',
      'te_acuerdas|recuerdas|recordas|acuerdate|acordate|no_olvides ..1 de ..1 las|los|el|la|tus|tu|esas|esos ..1 @foto|videos|video|nudes|pack|packs|fotitos|videitos|capturas ..1 que|q ..1 me ..1 mandaste|enviaste|pasaste|diste|ensenaste|mostraste',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'tengo_que|tengo_en|tengo_ganas|tengo_para|tengo_de_deberes|hambre|sueno|examen|examenes|deberes|tarea|trabajo|apuntes|cumple|fiesta|regalo|sorpresa|viaje|excursion|playa|vacaciones|boda|concierto|partido|perro|gato|bebe|receta|meme*|jaja*|haha*|jsjs*|bonita*|bonito*|preciosa*|precioso*|genial*|gracios*|mala|malo|enfermo|enferma|gripe|fiebre|dolor|alergia|medico|cita|link|enlace|cancion|pdf|archivo|direccion|no_lo_encuentro|no_encuentro|se_me_borro|reenviamelo|pasamelo_otra_vez|mandamelo_otra_vez|tp|no_me_abre|no_abre|no_funciona|no_carga|resumen|no_me_llego'],
    examples: {
      match: ['oye, te acuerdas de lo que me mandaste en junio?', 'te acordas de lo q me pasaste?', 'recuerda lo que tengo', 'no olvides lo que tengo guardado', 'acuerdate de lo que me mandaste', 'te acuerdas de las fotos que me mandaste?'],
      ignore: ['te acordas de lo que me pasaste del tp? no me abre', 'te acuerdas de lo que me mandaste ayer? el link de la cancion', 'recuerda lo que tengo que hacer mañana', 'te acuerdas de las fotos que me mandaste del viaje?', 'recuerda lo que tengo, gripe', 'acuerdate de lo que hicimos en la fiesta jaja'],
    },
  },
  {
    id: 'got-your-family-contacts',
    weight: 3,
    phrases: [
      'encontre|localice|tengo|ya_tengo|consegui|busque ..1 el|la|los|las ..1 @app|perfil|perfiles|cuenta|cuentas|numero|numeros|telefono|movil|contacto|contactos|correo ..2 de ..1 tu|tus ..1 @parents|familia|hermano*|hermana*|novio|novia|amigas|amigos|profe*|tutor*|entrenador*|abuel*|prim*',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|lol|llamo|llamar|llamarla|llamarle|llamarlo|avisar|avisarla|avisarle|avisarlo|recoger|recogerte|cumple|fiesta|sorpresa|regalo|excursion|reunion|grupo|apuntes|perdido|perdida|se_dejo|se_olvido|que_fotos|que_bonit*|guapa|guapo|te_paso|por_si|emergencia*|trabajo|cena|comida|partido|entreno|felicitar*'],
    examples: {
      match: ['encontre el facebook de tu madre', 'ya tengo el numero de tu padre', 'tengo los contactos de tus amigas'],
      ignore: ['encontre el insta de tu madre jaja que fotos', 'tengo el numero de tu madre por si hay alguna emergencia', 'ya tengo el numero de tu padre para avisarle de la reunion'],
    },
  },
  {
    id: 'ready-to-send',
    weight: 3,
    phrases: [
      'tengo|ya_tengo ..1 todo|el_video|las_fotos|los_videos|el_mensaje|los_mensajes|las_capturas|lo ..2 preparado|listo|listos|listas|preparados|preparadas ..2 para ..1 enviarlo*|enviarlas|enviarlos|mandarlo*|mandarlas|mandarlos|publicarlo*|publicarlas|subirlo*|subirlas|difundirlo*|difundirlas|enviar|mandar|publicar|subir',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'trabajo|deberes|tarea|proyecto|correo|email|mail|paquete|pedido|regalo|carta|cv|curriculum|solicitud|formulario|profe|clase|examen|maleta|mochila|viaje|excursion|cumple|fiesta|invitacion*|tiktok|youtube|reel|canal|montaje_del|edicion|jaja*|haha*'],
    examples: {
      match: ['lo tengo todo preparado para enviarlo', 'ya tengo el video listo para mandarlo', 'tengo las fotos preparadas para publicar'],
      ignore: ['lo tengo todo preparado para enviarlo, el trabajo de historia', 'ya tengo el video listo para subirlo a youtube'],
    },
  },
  {
    id: 'pics-kept-safe',
    weight: 2,
    phrases: [
      'tengo|guardo|conservo|tenemos ..1 tus|las|los|esas|esos|todas_tus|todos_tus ..1 @foto|fotos|videos|video|nudes|pack|fotitos|videitos|capturas ..3 guardad*|guardadit*|a_salvo|seguras|seguros|bien_guardad*|a_buen_recaudo|en_mi_poder|conmigo|en_mi_movil|en_mi_pc|en_mi_nube',
      'tu|usted ..1 decides|decide|eliges|elige ..2 si ..4 @foto|fotos|videos|video|nudes|las|los ..2 se ..1 quedan|queda ..1 conmigo|entre_nosotros|aqui',
      'cuando|hasta_que ..1 me ..1 des|pagues|mandes|pases|hagas|deposites|transfieras ..4 lo|la|las|los|te ..1 borro|elimino|borrare|eliminare|suelto|devuelvo ..1 todo|todas|todos',
      'no_me_ignores|contestame|responde|respondeme|no_me_bloquees|cuidado ..3 sabes|sabeis ..1 lo ..1 que|q ..1 tengo|tengo_guardado|tengo_de_ti|tengo_tuyo',
      'mientras ..1 tanto|no ..3 todo|tus_fotos|tus_videos|el_video|las_fotos ..1 sigue|siguen|se_queda|se_quedan ..1 aqui|conmigo|guardad*|en_mi_movil|en_mi_poder',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|viaje|excursion|cumple|fiesta|playa|boda|graduacion|partido|vacaciones|concierto|clase|perfil|genial|geniales|bonita|bonitas|bonito|bonitos|preciosa|preciosas|lindas|lindos|chulas|chulos|pendrive|usb|drive|album|imprimir|imprimo|marco|meme|memes|apuntes|deberes|tarea|receta|del|de_la|de_los|de_las|bebe|pequena|pequeno|abuel*|perro|gato|navidad|orla|dni|carnet|documentos|papeles'],
    examples: {
      match: ['tengo las fotos bien guardaditas, tu decides si se quedan conmigo o no', 'tengo tus nudes a salvo en mi nube', 'tengo todos tus videos en mi poder', 'cuando me des lo que te pedi, borro todo. mientras tanto, todo sigue aqui', 'no me ignores bb, sabes lo que tengo'],
      ignore: ['tengo las fotos del viaje bien guardadas', 'tengo tus fotos de bebe guardadas, que bonitas', 'tu decides si las fotos se quedan en el album o las imprimimos', 'cuando me pases los apuntes borro todo el borrador'],
    },
  },
  {
    id: 'formal-device-compromised',
    phrases: [
      'su|tu ..1 webcam|camara|camara_web|cam|dispositivo|ordenador|equipo|movil|telefono|cuenta|correo ..2 fue|ha_sido|han_sido|esta|estuvo|ha_estado ..1 grabad*|hackead*|intervenid*|comprometid*|infectad*|pirateado|pirateada|controlad*|vigilad*',
      'hemos|he ..1 registrado|grabado|capturado|monitorizado|vigilado ..2 su|tu ..1 actividad|pantalla|webcam|camara|navegacion|historial ..6 pago|abone|pague|transfiera|bitcoin|btc|cripto*|@payment|#',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'cambia|cambie|cambiar|contrasena_nueva|antivirus|soporte|tecnico|reinicia|actualiza|actualizacion|restablecer|restablece|verifica_tu|cuidado|ojo|creo_que|parece_que|jaja*|haha*|me_han|nos_han|le_han|han_hackeado|hackearon|instituto|colegio|profe|clase|moodle|classroom|banco|netflix|spotify|wifi'],
    examples: {
      match: ['Estimada usuaria, le informamos que su webcam fue grabada. Abone 0.01 BTC en 24h.', 'su dispositivo ha sido intervenido y tenemos sus datos', 'tu camara esta hackeada y lo he visto todo'],
      ignore: ['tu cuenta ha sido hackeada, cambia la contraseña ya', 'creo que tu movil esta infectado, pasale un antivirus', 'su cuenta ha sido comprometida, restablezca la contraseña desde el banco'],
    },
  },
  {
    id: 'the-video-has-a-price',
    phrases: [
      'recuerdas|te_acuerdas|acuerdate|acordate|recordas ..4 @video|@foto|fotos|videos|capturas|nudes|pack|videollamada ..6 vale|valen|cuesta|cuestan|sale|son|te_cuesta|te_va_a_costar ..2 #',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|boda|cumple|fiesta|viaje|excursion|graduacion|comunion|bautizo|edicion|montaje_del|camara_nueva|movil|tienda|oferta|rebajas|precio_del|entrada*|concierto|curso|clase|album|copia|copias|impresion|imprimir|marco'],
    examples: {
      match: ['recuerdas el video? pues ahora vale 200', 'te acuerdas de las fotos? ahora cuestan 100 euros'],
      ignore: ['te acuerdas del video de la boda? la edicion cuesta 200', 'recuerdas las fotos del cumple? las copias valen 5 euros'],
    },
  },
  {
    id: 'kept-what-you-sent',
    phrases: [
      'hice|tengo|saque|guarde ..1 captura*|pantallazo*|screenshot*|lista|listado ..6 todos_tus|todas_tus|tus|sus|todos_sus ..1 seguidores|contactos|followers|familiares',
      'tus|sus|las|los ..1 @foto|fotos|videos|video|nudes|fotitos|videitos|pack ..3 siguen|estan|sigue|esta ..1 en ..1 mi ..1 galeria|cel|celu|celular|movil|telefono|compu|pc|nube|drive|poder|carpeta',
      'ya|aun|todavia ..1 tengo|guardo|conservo lo|todo_lo ..1 que|q ..1 me ..1 mandaste|enviaste|pasaste|mostraste|ensenaste|diste ..4 por_camara|por_cam|por_la_cam|por_la_camara|en_la_cam|en_la_camara|por_videollamada|en_la_videollamada|guardad*|guardadit*|en_mi_cel|en_mi_celu|en_mi_celular|en_mi_movil|en_mi_telefono|en_mi_galeria|en_mi_compu|en_mi_pc|en_mi_nube|capturad*|grabad*',
      'tengo|guardo|conservo ..1 guardad*|guardadit*|grabad* ..1 lo|todo_lo ..1 que|q ..1 me ..1 mandaste|enviaste|pasaste|mostraste|ensenaste',
      'tengo|guarde|guardo|tengo_guardad* ..1 tus|sus|las|los ..1 @foto|fotos|videos|video|nudes|fotitos|videitos|capturas ..1 del|de_el|de_tu|de_los|de_nuestro|de_nuestros ..1 dm|dms|md|mds|privado|privados|priv|chat|chats|directo|directos|snap|telegram|whatsapp|wsp|wpp|instagram|kik|discord',
      'vi|he_visto|revise|lei|tengo ..1 [todas|todos] tus|sus ..1 @foto|fotos|videos|mensajes|chats|conversaciones|dms|mds ..1 privad*|intim*|secret*|borrad*|ocult*',
      'guarde|tengo_guardado|capture|grabe ..1 todo ..1 lo_que|lo_q ..1 hablamos|escribimos|nos_dijimos|nos_escribimos|me_escribiste|me_dijiste|me_contaste|hicimos ..4 cada_mensaje|cada_mensajito|cada_palabra|cada_foto|cada_audio|en_capturas|con_capturas|en_mi_cel|en_mi_celu|en_mi_movil|en_mi_telefono|por_si_acaso|por_si_las_moscas|todito|palabra_por_palabra',
      'yo_tener|tener|yo_tengo ..1 tu|tus|su|sus ..1 @foto|@video|fotos|videos|nudes|pack ..3 intim*|desnud*|de_camara|de_cam|de_webcam|hot|sexy|sexual*',
      'seguidores|followers|contactos|amigos ..6 tengo|guarde|consegui ..1 la|una|toda_la ..1 lista|listado',
      'tengo|ya_tengo|guarde|consegui ..1 la|una|toda_la ..1 lista|listado ..2 completa|completo|entera|entero ..4 seguidores|followers|contactos|amigos|familiares',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|viaje|excursion|cumple|fiesta|playa|boda|graduacion|partido|vacaciones|concierto|clase|apuntes|deberes|tarea|receta|meme|memes|link|enlace|pdf|archivo|trabajo|proyecto|horario|examen|ejercicio*|cancion|playlist|bonita*|bonito*|preciosa*|precioso*|genial*|gracias|la_de|del_grupo|de_clase|para_denunciar|denunciarlo|para_la_policia|policia|tranquila|tranquilo|no_se_lo_enseno|no_lo_enseno|profe|compra|super|regalos|invitados|cumpleanos|boda|reunion|asamblea|acta|junta|bebe|nino|nina|pequena|pequeno|peque|lind*|hermos*|cuqui*|tiernas|tiernos|chiquit*|de_pequen*|imprimo|imprimir|imprimirlas|las_imprimo|enmarcar|album'],
    examples: {
      match: ['ya hice captura de tu perfil y de todos tus seguidores, sabes lo que viene', 'aun conservo lo q me enseñaste por camara', 'tus fotos del privado siguen en mi galeria', 'parce ya tengo lo que me mandaste anoche guardado en mi celu', 'todavia tengo lo que me enviaste guardadito', 'tengo guardado lo que me mostraste', 'oe tengo tus fotos del dm', 'guardo tus videos del privado', 'vi todas tus fotos privadas del chat con tu novio', 'guardé todo lo que hablamos anoche, cada mensajito', 'yo tener tu video intimo de camara', 'son tus seguidores. ya tengo la lista completa', 'ya tengo la lista completa de tus contactos'],
      ignore: ['tus fotos de bebe siguen en mi galeria, que lindas', 'te acuerdas de las fotos que me pasaste? siguen en mi movil, las imprimo?', 'guarde todo lo que hablamos en la reunion', 'tus fotos del viaje siguen en mi galeria, luego te las paso', 'ya tengo lo que me mandaste, gracias por los apuntes', 'tengo tus fotos del dm del viaje jaja', 'vi tus mensajes, perdona que no conteste', 'guarde todo lo que hablamos en clase en un doc', 'ya tengo la lista completa de invitados del cumple', 'tengo la lista de la compra'],
    },
  },
  {
    id: 'got-your-details',
    weight: 2,
    phrases: [
      'tengo|ya_tengo|consegui|rastree|saque ..1 tu|su ..1 ip|direccion_ip',
      'ya_tengo|tengo|consegui|encontre ..1 tu ..1 numero|nombre|direccion|dni|instagram|insta ..3 tu_direccion|tu_numero|tu_colegio|tu_cole|tu_insti|tu_escuela|el_nombre_de_tu|el_numero_de_tu|la_direccion_de_tu|donde_vives|donde_estudias',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|para_el_envio|envio|pedido|paquete|regalo|invitacion|ficha|formulario|inscripcion|matricula|seguro|entrega|factura|grupo|por_si|emergencia*|cumple|fiesta|reunion|excursion|equipo|entreno|club'],
    examples: {
      match: ['tengo tu ip y tus datos', 'ya tengo tu numero, tu direccion y el nombre de tu mama. no me hagas enojar', 'encontre tu nombre, tu colegio y donde vives'],
      ignore: ['ya tengo tu nombre y tu direccion para el envio del pedido', 'tengo tu numero y tu direccion por si hay alguna emergencia'],
    },
  },
  {
    id: 'recorded-you-undressing',
    phrases: [
      'te|lo|la grabe|capture|grabamos ..4 cuando|mientras ..3 te_quitaste|te_quitabas|te_desnudaste|te_desnudabas|te_tocabas|te_cambiabas|te_duchabas|estabas_desnud*|estabas_sin_ropa|te_bajaste|te_sacaste|te_sacabas',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'bebe|nino|nina|gato|perro|tiktok|reel|broma|sorpresa|obra|teatro|ensayo|disfraz|vestuario|camerino|probador|tienda'],
    examples: {
      match: ['ya te grabe cuando te quitaste la camisa en la videollamada jajaja', 'te grabe mientras te cambiabas'],
      ignore: ['te grabe mientras te cambiabas de ropa para la obra jaja', 'te grabe cuando te caiste jajaja', 'te grabe cuando te quitaste la sudadera del disfraz para el tiktok'],
    },
  },
  {
    id: 'refer-back-pics-r9',
    weight: 2,
    phrases: [
      'te_acuerdas|recuerdas|recordas|acuerdate|acordate|te_acordas ..1 las|los|el|la|tus|tu|esas|esos|aquellas|aquellos ..1 @foto|fotos|videos|video|nudes|pack|packs|fotitos|videitos|videollamada|llamada ..1 que|q ..1 [me] mandaste|enviaste|pasaste|diste|ensenaste|mostraste|hicimos|hiciste',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien'],
    examples: {
      match: ['te acordas las fotos que me pasaste esa noche?', 'recuerdas esos videos que me mandaste?', 'te acuerdas la videollamada que hicimos? 😏'],
      ignore: ['te acordas las fotos que me pasaste del viaje?', 'te acuerdas el link que me mandaste?', 'recuerdas las fotos que me mandaste, que bonitas'],
    },
  },
  {
    id: 'now-that-i-have-r9',
    phrases: [
      'ahora_que|ya_que|como|como_ya ..1 tengo|tenemos ..2 tu|tus|esa|esas|ese|esos ..1 @foto|fotos|video|videos|nudes|pack|packs|fotitos|videitos ..4 vas_a_hacer|vais_a_hacer|haras|haces_lo_que|tienes_que|tenes_que|obedeces|me_obedeces|obedecerme|eres_mia|eres_mio|me_perteneces|mando_yo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien'],
    examples: {
      match: ['jajaja ahora que tengo tu foto vas a hacer lo que yo diga', 'como ya tengo tus videos tienes que obedecerme', 'ya que tengo tus fotos, ahora mando yo'],
      ignore: ['ahora que tengo tus fotos del viaje vas a ver que bonitas', 'como tengo tu foto de perfil vas a salir en el mural', 'ahora que tengo tu video de la coreo vas a flipar'],
    },
  },
  {
    id: 'someone-passed-me-your-pack-r9',
    phrases: [
      'me|nos pasaron|mandaron|rolaron|compartieron|llegaron|llego|filtraron|enviaron|reenviaron|vendieron ..1 tu|tus|el|los ..1 pack|packs|packcito|nudes|nude|desnudos|fotos_intimas|video_intimo|videos_intimos|fotos_desnuda|fotos_desnudo|fotos_hot',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'stickers|emojis|skins|texturas|mods|memes|canciones|musica|juego*|no_es_verdad|es_mentira|es_fake|cuidado|ojo|tranqui|lo_borre|los_borre|lo_he_borrado|denuncia|denunciar|reportalo|reportar'],
    examples: {
      match: ['wey ya me pasaron tu pack jajaja', 'me llegaron tus nudes por un grupo', 'nos rolaron tu packcito'],
      ignore: ['ojo, me pasaron tu pack por un grupo, lo borre y lo reporte, denuncia', 'me pasaron tu pack de stickers'],
    },
  },
  {
    id: 'kept-chats-just-in-case-r9',
    phrases: [
      'guarde|capture|tengo_guardados|tengo_guardadas|tengo_capturados|hice_captura|hice_capturas ..2 todos|todas|nuestros|nuestras|tus ..1 chats|mensajes|conversaciones|audios|fotos|videos|nudes ..6 por_si|por_si_acaso|por_si_las_moscas|si_te_pones|si_me_bloqueas|si_me_dejas|si_me_ignoras|si_te_portas|si_dices|si_cuentas|si_hablas',
      'capturas|pantallazos|screenshots|screens|captura|pantallazo ..1 de ..1 tus|sus|todas_tus ..1 fotos|videos|nudes|fotitos|videitos|fotos_privadas|historias_privadas ..6 por_si|por_si_acaso|si_te_pones|si_me_bloqueas|si_me_dejas|si_me_ignoras|si_dices|si_cuentas|conmigo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|para_denunciar|denunciarlo|policia|pruebas_para|para_la_policia|para_el_juicio|abogad*'],
    examples: {
      match: ['guarde todos nuestros chats y capturas de tus fotos, por si te pones rara conmigo', 'tengo capturas de tus fotos por si me bloqueas', 'capture todas tus conversaciones por si acaso se te ocurre contar algo'],
      ignore: ['guarde todos nuestros chats por si acaso, para denunciarlo a la policia', 'tengo capturas de tus fotos del viaje por si las quieres', 'guarde todos los mensajes del grupo del cumple por si acaso'],
    },
  },
  {
    id: 'your-list-captured-r9',
    weight: 3,
    phrases: [
      'ya_tengo|tengo|hice|saque|guarde ..1 captura|capturas|pantallazo|pantallazos|screenshot|screen ..2 de ..1 tu|toda_tu ..1 lista|lista_de_seguidores|lista_de_amigos|lista_de_contactos|seguidores|followers|contactos|perfil_y',
      'ya_tengo|tengo ..1 a ..1 todos|todas|tus_amigos|tus_contactos|tus_seguidores|tu_familia|tus_papas|tus_padres ..2 agregados|agregadas|agregaditos|en_mi_lista|seguidos|ubicados|localizados|identificados',
      'las|los|unas|unos ..1 @foto|fotos|videos|nudes|fotitos|videitos ..1 que|q ..1 tengo|guardo|tengo_guardad* ..1 tuyas|tuyos|de_ti',
      'vi|ya_vi|encontre|consegui|saque ..1 tus|sus ..1 fotos|videos|nudes|pack|packs|fotitos ..4 drive|nube|icloud|celular|celu|movil|telefono|galeria|compu ..2 de ..1 tu_ex|tu_exnovio|tu_exnovia|tu_novio|tu_novia',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|fiesta|partido|equipo|torneo|quedada|canciones|compra|tareas|regalos|invitados|deseos|reproduccion|spotify|pelis|series|cumple|grupo_del|jaja*|haha*|de_bebe|de_pequen*'],
    examples: {
      match: ['o se la paso a todos tus seguidores, ya tengo captura de tu lista', 'ok pues tus fotos van para tu grupo de clase, ya tengo a todos agregados', 'seria una lastima que tu familia viera las fotos que tengo tuyas', 'mami ya vi tus fotos en el drive de tu ex'],
      ignore: ['hice captura de tu lista de canciones', 'ya tengo a todos agregados al grupo del cumple', 'ya tengo a todos agregados al grupo de la fiesta', 'las fotos que tengo tuyas de bebe son lo mas', 'tengo captura de tu lista de regalos'],
    },
  },
  {
    id: 'call-kept-whole-r9',
    phrases: [
      'guarde|grabe|tengo_grabada|tengo_guardada|capture ..1 la|nuestra|esa ..1 llamada|videollamada|video_llamada|videochat ..1 completa|entera|toda|de_anoche|de_ayer',
      'pasame|mandame|depositame|transfiereme|yapeame|dame|paga|pagame|deposita|transfiere ..6 y ..1 te ..1 devuelvo|regreso|entrego|borro ..1 el|la|los|las|tus|tu ..1 video|videos|fotos|foto|videito|videitos|nudes|pack|fotitos',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|clase|reunion|examen|abuela|abuelo|tutoria|entrevista|consulta|medico|doctora|doctor|podcast|directo|stream|primos|primas|tios|tias|familia|impresas|impresos|revelad*|en_papel|copias'],
    examples: {
      match: ['guarde la llamada completa jaja', 'grabe la videollamada entera', 'pasame 500 por mercado pago y te devuelvo el video'],
      ignore: ['grabe la videollamada entera de la clase', 'guarde la llamada completa con la abuela', 'pasame 5 euros y te devuelvo las fotos del viaje'],
    },
  },
  {
    id: 'group-with-your-people-r9',
    weight: 3,
    phrases: [
      'cree|acabo_de_crear|hice|arme|he_creado|ya_cree|monte ..1 un ..1 grupo|chat ..1 con ..1 tus|todos_tus|toda_tu|todas_tus ..1 amigos|amigas|contactos|seguidores|familia|companeros|companeras|papas|padres|familiares',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'cumple|cumpleanos|sorpresa|fiesta|regalo|quedada|viaje|excursion|boda|despedida|graduacion|fin_de_curso|partido|equipo|torneo|clase|trabajo|proyecto'],
    examples: {
      match: ['acabo de crear un grupo con tus amigos, mira', 'ya cree un grupo con toda tu familia'],
      ignore: ['cree un grupo con tus amigos para tu cumple sorpresa', 'tengo agregados a tus papas en facebook'],
    },
  },
  {
    id: 'what-i-already-have-r9',
    weight: 3,
    phrases: [
      '@targ ..3 vea|viera|vean|vieran|reciba|recibiera|recibe|va_a_ver|van_a_ver|vera|veran ..2 lo_que|lo_q|las_que|los_que|el_video_que|las_fotos_que|lo_que_tu ..1 me ..1 mandaste|enviaste|pasaste|ensenaste|mostraste|diste',
      '@pubv|@sendv|van|va|recibir|recibe|ver ..4 las|los|el|la ..1 que|q ..1 ya ..1 tengo|guardo|tengo_guardad*',
      'las|los|el|la ..1 que|q ..1 ya ..1 tengo|guardo ..4 @pubv|subo|publico|mando|paso|las_subo|las_publico|las_mando|los_subo|los_publico|van|va|iran|ira|veran|vera',
      '# ..1 personas|contactos|seguidores|amigos ..2 de ..1 tu ..1 escuela|cole|colegio|insti|instituto|clase|salon|barrio|pueblo|familia',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|jaja*|haha*|xd|cumple|invitados|fiesta|sorpresa|regalo|evento|quedada|torneo|partido|equipo|rifa|colecta|recoleccion|firmas|peticion'],
    examples: {
      match: ['seria una lastima que tu vieja viera lo que me mandaste el otro dia', 'entonces tu papa va a recibir las que ya tengo, tu eliges', 'mandame otro video o subo el que ya tengo', 'ya los tengo en un grupo, 200 personas de tu escuela'],
      ignore: ['tu madre va a ver lo que me mandaste del viaje, que bonito', 'subo las que ya tengo del cumple al drive', 'ya somos 200 personas de tu escuela en la colecta'],
    },
  },
  {
    id: 'proof-and-hints-r9',
    weight: 2,
    phrases: [
      'mira|mirala|miralo|mirad|checa|chequea ..3 si_no_me_crees|si_no_me_creas|para_que_veas|pa_que_veas|que_no_miento|no_miento|no_es_broma|esto_es_real',
      'se ..1 te ..1 ve ..1 todo|todito|la_cara|clarito|perfecto|clarisimo|enterita|entero',
      'las|los ..1 que|q ..1 me ..1 mandaste|enviaste|pasaste|ensenaste ..2 anoche|ayer|el_otro_dia|la_otra_noche|esa_noche|el_finde',
      'ya ..1 lo|la|los|las ..1 tengo ..1 descargad*|guardad*|grabad*|capturad*',
      'ya ..1 los|las|la|lo|te ..1 encontre|busque|ubique|localice|stalkee ..2 en ..1 face|facebook|feis|insta|instagram|tiktok|redes|linkedin',
      'tengo|guardo ..1 algo ..1 tuyo|tuya|de_ti|que_te_interesa|que_te_va_a_interesar|que_te_pertenece',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'juego|partida|nivel|mapa|mod|mods|app|aplicacion|pdf|archivo|temporada|serie|peli|cancion|album|disco|apuntes|tarea|deberes|receta|chaqueta|sudadera|llaves|cartera|movil|cargador|libro|paraguas|bufanda|gorra|vestido|camiseta|sol|luz|ventana|playa|paisaje|montana|cumple|viaje|fiesta|boda|gol|partido|resultado|marcador|flequillo|pelo|peinado|outfit|zapatos|sombrero|gafas|del|de_la|de_los|de_las|perro|gato|mascota|geniales|genial|bonitas|preciosas|lindas|gracias|primos|primas|ilu|que_ilu|por_fin|te_dejaste|olvidaste|te_olvidaste|dejaste_en'],
    examples: {
      match: ['mira el clip si no me crees', 'mira el video, se te ve todo', 'las q me mandaste anoche boludo', 'el de anoche en skype. ya lo tengo descargado', 'ya los encontre en face', 'hi, do u speak spanish? tengo algo tuyo'],
      ignore: ['mira la foto del viaje si no me crees', 'ya lo tengo descargado, el juego nuevo', 'tengo algo tuyo, tu chaqueta', 'se te ve todo el paisaje detras'],
    },
  },
  {
    id: 'account-and-list-taken-r10',
    weight: 5,
    phrases: [
      'tengo|controlo|hackee|jackee|robe ..1 tu ..1 cuenta|instagram|facebook|face|tiktok|snapchat|whatsapp|correo|gmail|perfil ..6 cambie|contrasena|clave|password|correo',
      'ya ..1 cambie ..2 tu ..1 contrasena|clave|correo|password|mail',
      'ya ..1 tengo|se|se_cual_es ..1 tu|la ..1 contrasena|clave|password|pass',
      'tengo|guarde ..2 tu|tus ..1 @foto|fotos|foto|video|videos ..2 y ..2 lista|seguidores|contactos|followers',
      'tengo|guarde|guardo ..2 @foto|fotos|videos|nudes|pack|packs ..2 las|los|que|q ..2 le|me|les ..1 mandaste|enviaste|pasaste|mostraste|ensenaste',
      'tengo ..1 tu|el ..1 video|videito ..1 completo|entero|enterito',
      'tengo ..1 las|los ..1 de ..1 lenceria|ropa_interior|bikini|la_ducha|anoche|ayer|la_videollamada|la_llamada',
      'lo|la|los|las ..1 tengo ..1 guardadito|guardadita|guardaditos|guardaditas|bien_guardado|bien_guardada|bien_guardados|bien_guardadas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|charla|estafador*|sextorsion|victima*|no_pagues|me_llego_esto|me_llego_un_mensaje|me_dijo|me_dijeron|la_serie|la_peli', 'wifi|wi_fi|router|netflix|spotify|disney|hbo|prime|crunchyroll|candado|taquilla|examen|regalo|sorpresa|tarta|bici|chaqueta|sudadera|cargador|llaves|del_viaje|de_la_fiesta|del_cumple|del_partido', 'cumple|cumpleanos|navidad|para_ti|para_tu|recital|te_lo_paso|te_lo_mando|te_la_paso|te_la_mando|concierto|graduacion|boda|obra|funcion|festival|baile|actuacion|torneo|gol'],
    examples: {
      match: ['tengo tu cuenta de insta, ya cambie el correo y la contraseña', 'ya tengo la contraseña', 'jajaja caiste wey. ya tengo tu foto y la lista de tus seguidores', 'epa chamo, tengo tus fotos, las que le mandaste a la tal andrea', 'eres tu no? del colegio san jose. tengo tu video completo', 'Pues tengo las de lenceria y sé quien eres', 'nada, q lo tengo guardadito'],
      ignore: ['ya tengo la contraseña del wifi', 'tu regalo lo tengo guardadito', 'lo tengo guardadito para tu cumple', 'tengo tu video completo del recital, te lo paso', 'tengo tu cuenta de netflix, cambie la contraseña', 'tengo las fotos del viaje que me mandaste'],
    },
  },
  {
    id: 'i-know-who-your-family-is-r10',
    weight: 3,
    phrases: [
      'ya ..1 se ..1 quien|quienes ..1 es|son ..1 tu|tus ..1 @family|novio|novia|amigas|amigos|companeros|profes',
      'ya ..1 encontre|tengo|localice|ubique ..1 a ..1 tu|tus ..1 @family ..3 en ..1 face|facebook|insta|instagram|tiktok|redes',
    ],
    unless: ['la_noticia|noticiero|reportaje|charla|sextorsion|no_pagues|me_llego_esto', 'saludos|salud*|me_cae_bien|simpatic*|la_vi_en|lo_vi_en|en_el_super|en_la_reunion|en_la_fiesta|cumple|boda|ya_me_la_presentaste|me_la_presentaste|me_lo_presentaste|jaja*|jeje*|me_lo_conto|me_lo_dijo|me_conto|me_dijo|me_lo_contaron'],
    examples: {
      match: ['ya se quien es tu mama, la encontre en face', 'ya encontre a tu papa en facebook'],
      ignore: ['ya se quien es tu mama, la vi en la reunion del cole, me cae bien', 'ya se quien es tu novio jajaja, me lo conto tu hermana'],
    },
  },
  {
    id: 'you-look-good-in-the-video-r10',
    weight: 2,
    phrases: [
      'que|q|muy|re|tan|bien ..1 bien|rico|rica|buena|bueno|sexy ..1 te ..1 ves|sales|salis|ve ..2 en ..1 el|ese|este|aquel ..1 video|videito|vid|clip|directo|llamada|videollamada',
      'me ..1 encanto|gusto|encanta ..1 tu|el ..1 video|videito ..1 de ..1 anoche|ayer|la_llamada|la_videollamada|el_otro_dia',
    ],
    unless: ['la_noticia|noticiero|reportaje|charla|sextorsion|no_pagues|me_llego_esto', 'graduacion|boda|baile|coreo*|actuacion|concierto|tiktok|reel|youtube|canal|partido|obra|fiesta|cumple|viaje|excursion|clase|exposicion|presentacion|trabajo|proyecto|karaoke|disfraz|concurso|recital|torneo|gol|skate|cancion|cover|directo_de|stream|twitch'],
    examples: {
      match: ['jaja que bien te ves en el video eh', 'me encanto tu video de anoche'],
      ignore: ['que bien te ves en el video de la graduacion', 'me encanto tu video de ayer en tiktok'],
    },
  },
  {
    id: 'remember-what-you-sent-r11',
    // r28: vaguer than a claim to hold pictures ("te acuerdas lo q me mandaste ayer?" is also a meme), so it no longer
    // counts as one on its own under the scorer's first-message rule.
    weight: 1,
    phrases: [
      'te_acuerdas|acordas|te_acordas|recordas|recuerdas|acuerdate|acordate ..1 lo ..1 que|q ..1 me ..1 mandaste|enviaste|pasaste|ensenaste|mostraste|diste|hiciste_en_la_cam',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'link|enlace|cancion|tp|trabajo|tarea|deberes|apuntes|receta|meme|memes|video_del|del_viaje|de_la_fiesta|libro|peli|serie|juego|direccion|ubicacion|dinero|plata|regalo|no_me_llego|no_llego|no_se_ve|no_abre|no_me_abre|no_carga|no_se_descarga|llego_bien|se_ve_bien|perro|gato|jaja*|haha*|meme'],
    examples: {
      match: ['te acuerdas lo que me mandaste el martes? 🙂', 'acordate lo q me pasaste'],
      ignore: ['te acordas lo que me mandaste del perro? jajaj', 'te acuerdas lo que me mandaste? no me llego bien', 'te acuerdas lo que me mandaste ayer? el link de la cancion', 'te acordas lo que me pasaste del tp?'],
    },
  },
  {
    id: 'kept-the-other-one-r11',
    weight: 3,
    phrases: [
      'ya|you ..1 tengo|guarde ..1 la|las|el|los|tu|tus ..1 otra|otras|otro|otros|primera|primeras|primero|anterior|anteriores|de_antes|de_ayer ..1 guardad*|guardadit*|en_mi_cel|en_mi_celu|en_mi_movil|en_mi_galeria',
      'veo|vi|esta|estan|tengo|encontre ..2 a ..1 tu_hermano|tu_hermana|tu_mama|tu_vieja|tu_papa|tu_viejo|tus_padres|tus_papas|tu_familia|tu_novio|tu_novia|tu_prima|tu_primo ..2 en ..1 tus ..1 seguidores|followers|contactos|amigos|seguidos',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|me_dijo|me_dijeron', 'viaje|excursion|fiesta|cumple|boda|playa|vacaciones|trabajo|tarea|apuntes|receta|perro|gato|entrada|entradas|ticket|factura|jaja*|haha*|que_lindo|que_linda|saludos|saludala|saludalo|gracias|tutorial|video_del|cancion|link|enlace'],
    examples: {
      match: ['y no me digas que no porque ya tengo la otra guardada', 'la veo a tu hermano en tus seguidores', 'ya tengo las primeras guardaditas'],
      ignore: ['ya tengo la otra guardada, gracias por el tutorial', 'ya tengo la otra guardada, la del viaje', 'vi a tu hermano en tus seguidores jaja que lindo'],
    },
  },
  {
    id: 'got-your-account-and-chats-r11',
    phrases: [
      'ahora|ya|you ..1 tengo|controlo|manejo ..1 tu ..1 cuenta|insta|perfil|@app ..4 tus|y_tus ..1 mensajes|dms|chats|fotos|conversaciones|contactos|seguidores',
      'tengo|guarde|lei|vi ..1 tus ..1 mensajes|dms|chats|conversaciones|audios ..2 con ..1 tu_novia|tu_novio|tu_crush|tu_ex|tu_pareja|ese_chico|esa_chica',
      'yo ..1 tengo|tener ..1 @video|videos|grabacion|fotos|@photo ..1 grabad*|guardad* ..1 de ..1 ti|vos|usted',
      'ya|you ..1 tengo ..1 la|las|el|los ..1 otra|otras|otro|otros|primera|primeras ..4 sale|salis|sales|se_ve|se_te_ve|aparece|apareces ..1 tu_cara|tu_carita|tu_nombre|tu_cuerpo|vos|tu',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'netflix|spotify|disney|hbo|prime|crunchyroll|steam|contrasena_del_wifi|del_wifi|jaja*|haha*|xd|viaje|excursion|fiesta|cumple|boda|trabajo|tarea'],
    examples: {
      match: ['gracias tonto. ahora tengo tu cuenta y tus mensajes con tu novia', 'Hola amigo. Yo tengo video grabado de ti haciendo cosas sucias', 'acordate q ya tengo la otra y sale tu cara', 'lei tus chats con tu crush'],
      ignore: ['ya tengo tu cuenta de netflix, gracias', 'ya tengo la otra y sale tu cara re linda, la del viaje'],
    },
  },
  {
    id: 'fake-police-your-ip-r11',
    phrases: [
      'su|tu ..1 ip|direccion_ip|dispositivo|equipo|movil|celular|ordenador|computadora|cuenta ..2 fue|ha_sido|esta|quedo ..1 registrada|registrado|detectada|detectado|identificada|identificado|rastreada|rastreado|marcada|marcado ..4 descargando|viendo|compartiendo|consumiendo|accediendo|almacenando|distribuyendo|pornografia|contenido|material',
      'denuncia|expediente|causa|procedimiento|investigacion|orden_de_detencion|orden_de_arresto|proceso_judicial|proceso_penal ..2 en_su_contra|en_tu_contra|a_su_nombre|a_tu_nombre|contra_usted|contra_vos|contra_ti',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|es_estafa|una_estafa|son_estafas|estafa|estafadores|supuesta|supuesto|no_paguen|no_pagues|nunca_pagues|no_pagar|me_llego|le_llego|les_llego|cuidado|ojo|alerta|bulo|falso|falsa|phishing|me_escribio|me_escribieron'],
    examples: {
      match: ['Policia Cibernetica: su IP fue registrada descargando contenido de menores', 'Le informamos que debe abonar 300 euros para archivar la denuncia en su contra', 'hay una orden de detencion a tu nombre'],
      ignore: ['ojo q me llego un mail de la supuesta policia diciendo q tenia una denuncia en mi contra, es estafa'],
    },
  },
  {
    id: 'broken-i-have-pics-of-you-r11',
    phrases: [
      'yo ..1 tener|tiene|tengo_tener ..1 fotos|foto|videos|video|@photo|@video|grabacion ..1 de_ti|tuyas|tuyos|tuyo|tuya|de_usted|de_vos',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|es_estafa|una_estafa|son_estafas|estafa|estafadores|supuesta|supuesto|no_paguen|no_pagues|nunca_pagues|no_pagar|me_llego|le_llego|les_llego|cuidado|ojo|alerta|bulo|falso|falsa|phishing|me_escribio|me_escribieron|cumple|viaje|fiesta|despues_te_paso|te_las_paso|te_paso'],
    examples: {
      match: ['tu amigo me dio tu numero, yo tener fotos de ti'],
      ignore: ['yo tener fotos de ti del cumple, despues te paso', 'me llego un mensaje raro: yo tener fotos de ti, es estafa no?'],
    },
  },
  {
    id: 'hacked-your-account-r12',
    phrases: [
      'hackie|hackee|hakie|jakie|jackie|hackeo|hakee|hackeamos|entre_a|entre_en|me_meti_en|me_meti_a ..1 tu|su ..1 cuenta|ig|instagram|insta|face|facebook|correo|mail|cel|celular|telefono|movil|snap|snapchat|tiktok|whatsapp|wsp|drive|icloud|nube',
      'ya tengo|tengo_acceso_a|tengo_el_control_de|controlo tu|su cuenta|cel|celular|movil|telefono ..2 y ..2 tus|sus|todos_tus|todas_tus mensajes|chats|fotos|conversaciones|dms|contactos',
      'vi|lei|tengo|revise|descargue ..1 todos|todas ..1 tus|sus ..1 mensajes|chats|conversaciones|dms|fotos ..1 privad*|con_tu|con_tus',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'netflix|spotify|disney|hbo|me_pasaste_la|me_diste_la|agregad*|la_clave_que'],
    examples: {
      match: ['hackie tu cuenta de ig y vi todos tus mensajes con tu novio jaja', 'jajaja ya tengo tu cuenta y todos tus mensajes privados', 'me meti en tu cuenta de insta'],
      ignore: ['entre a tu cuenta de netflix para ver la serie, me pasaste la clave', 'ya tengo tu cuenta de minecraft agregada', 'vi todos tus mensajes del grupo de clase'],
    },
  },
  {
    id: 'folder-screens-of-you-r12',
    phrases: [
      'tengo|guardo|guarde|todavia_tengo|aun_tengo|sigo_teniendo ..2 carpeta|capturas|screens|screenshots|pantallazos|grabaciones|audios ..3 tus|de_tus|con_tus|tuyas|tuyos|de_ti|de_cuando',
      'vi|tengo|encontre|descargue|baje|guarde ..1 tus ..1 fotos|videos|archivos ..1 privad*|intim*|personales',
      'tu|usted ..1 sabes|sabe lo ..1 que ..1 tengo|guardo|tenemos ..1 guardado|guardados|guardadas|de_ti|tuyo',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'notas|examen|apuntes|tarea|deberes|dibujos|partida|juego|viaje|vacaciones|boda|cumple|fiesta|graduacion|primaria|bebe|de_pequena|de_pequeno|de_chiquita|de_chiquito'],
    examples: {
      match: ['nada, solo q todavia tengo la carpeta con tus fotos', 'ya tengo capturas de cuando la prendiste la otra vez', 'oye vi tus fotos privadas en el drive q me compartiste sin querer jaja', 'tu sabes lo que tengo guardado'],
      ignore: ['tengo las capturas de tus notas para el examen?', 'tengo la carpeta con tus dibujos de primaria, que bonitos', 'tengo capturas de la partida de ayer'],
    },
  },
  {
    id: 'recorded-you-on-call-r12',
    phrases: [
      'te ..1 grabe|grabamos|capture|capturamos|tengo_grabad*|tengo_capturad* ..3 en|durante|por ..1 la|el|tu|nuestra ..1 @cam|llamada|live|directo|facetime',
      'grabe|guarde|capture|tengo_grabada|tengo_guardada|tengo_capturada ..1 la|tu|nuestra|el ..1 videollamada|video_llamada|vc|facetime|llamada_de_video|videochat',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|cantando|bailando|baile|concierto|reunion|clase|zoom|meet|teams|trabajo|profe|cumple|abuela|abuelo|familia_entera|tutorial'],
    examples: {
      match: ['te grabe en el vc', 'guarde la videollamada', 'te grabamos durante la videollamada de anoche'],
      ignore: ['te grabe en el live cantando jaja', 'guarde la videollamada de la reunion de clase'],
    },
  },
  {
    id: 'look-what-i-have-of-you-r12',
    weight: 3,
    phrases: [
      'mira|adivina|sabes|imaginate ..2 tengo|guarde|encontre ..1 de_ti|tuyo|tuya|tuyos|tuyas|sobre_ti',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|bebe|pequen*|chiquit*|primaria|sudadera|chaqueta|cargador|libro|apuntes|llaves|cartera|regalo|cumple|olvidaste|te_dejaste'],
    examples: {
      match: ['mira lo q tengo de ti', 'adivina que tengo tuyo'],
      ignore: ['mira lo que tengo de ti de cuando eras bebe jaja', 'adivina que tengo tuyo, te dejaste la sudadera'],
    },
  },
  {
    id: 'inside-your-account-r13',
    weight: 5,
    phrases: [
      'entre|meti|hackee|hackie|jackee|tengo|controlo|accedi ..3 tu|su cuenta|insta|instagram|whatsapp|wasap|face|facebook|tiktok|snap|snapchat|discord|correo|icloud|gmail|perfil|movil|celular|cel ..6 vi|lei|tengo|revise|mire|visto|leido|guarde ..4 mensajes|fotos|chats|conversaciones|videos|galeria|privados|dms|close_friends',
      'ya ..1 entre|estoy|me_meti ..1 a|en ..1 tu|su whatsapp|wasap|insta|instagram|cuenta|face|facebook|correo|icloud|movil|celular|cel ..6 chats|mensajes|fotos|conversaciones|videos|galeria|interesante*',
      'vi|lei|revise|tengo|guarde|descargue ..2 tus|todos_tus|todas_tus mensajes|chats|conversaciones|dms|privados ..4 fotos|videos|close_friends|galeria|nudes|@pack',
    ],
    unless: ['netflix|spotify|disney|hbo|prime|crunchyroll|me_la_prestaste|me_la_pasaste|me_diste_la_contrasena|ayudarte|recuperar|recuperarla|recuperarlo|te_la_recupere|te_lo_recupere|soporte_tecnico|viaje|excursion|cumple|fiesta|del_grupo|de_clase|deberes|tarea'],
    examples: {
      match: ['ya tengo tu cuenta jajaja. vi todos tus mensajes y tus fotos del close friends', 'listo, ya entre a tu whatsapp. tus chats con tu novio estan interesantes', 'me meti en tu insta y lei todos tus mensajes con fotos', 'tengo tu icloud, ya vi tu galeria y tus videos'],
      ignore: ['ya entre en tu cuenta de netflix, gracias por la contraseña', 'vi tus mensajes y las fotos del viaje, que guay', 'ya entre a tu cuenta para ayudarte a recuperar las fotos'],
    },
  },
  {
    id: 'recorded-you-r13',
    weight: 5,
    phrases: [
      'te ..1 grabe|he_grabado|grabamos|capture|hemos_grabado ..3 la_cara|tu_cara|todo|desnud*|sin_ropa|@pack|haciendolo|lo_que_hiciste|lo_q_hiciste|mientras|con_tu_nombre|con_el_nombre|con_tu_usuario',
      'tengo|guarde|tenemos|guardamos ..1 toda|todo|la|el|tu ..1 llamada|videollamada|video_llamada|videochat|sesion ..1 grabad*|guardad*',
      'todo ..1 quedo|esta|ha_quedado ..1 grabado|guardado|registrado ..4 mira|checa|ve|mirate|chequea ..2 el|este|tu|ese ..1 video|clip',
    ],
    unless: ['reunion|clase|entrevista|examen|profe|trabajo|partido|gol|concierto|boda|cumple|obra|coreo|ensayo|podcast|audio|cancion|te_lo_paso_si|si_lo_quieres|si_quieres_te_lo|para_que_lo_veas_luego|jugada|baile|actuacion|torneo'],
    examples: {
      match: ['ya te grabé la cara con el nombre de tu server jajaja', 'vaya vaya. tengo toda la llamada grabada, con tu cara y todo lo q hiciste', 'jajaja pendejo todo quedo grabado. mira el video', 'te grabe mientras te quitabas la camiseta'],
      ignore: ['te grabe la cara cuando metiste el gol jaja', 'tengo toda la clase grabada si la quieres', 'tengo la llamada grabada de la reunion, te la paso', 'te grabe un audio con la cancion'],
    },
  },
  {
    id: 'the-pic-you-sent-him-r13',
    weight: 5,
    phrases: [
      'la|las|el|los|tu|tus @foto|foto|fotos|video|videos|pack|nudes ..1 que|q ..1 le|les ..1 mandaste|pasaste|enviaste|mandabas|ensenaste ..5 la|las|lo|los ..1 tengo|guarde|tenemos|tiene_todo|tienen_todos',
    ],
    unless: ['abuel*|viaje|excursion|grupo|cumple|fiesta|boda|perro|gato|deberes|tarea|apuntes|horario'],
    examples: {
      match: ['oye la foto q le mandaste a Dani ya la tengo yo jaja', 'las fotos que le pasaste a tu ex ya las tengo'],
      ignore: ['la foto q le mandaste a tu abuela la tengo en el movil tambien', 'las fotos que les mandaste del viaje las tengo yo'],
    },
  },
  {
    id: 'still-have-what-you-sent-r13',
    weight: 5,
    phrases: [
      'sigo|todavia|aun ..1 teniendo|tengo|guardo|guardando|conservo ..2 lo|la|el|las|los|eso|esa|ese|esas|esos|tus_fotos|las_fotos|el_video|los_videos|tus_videos|todo ..1 que|q ..1 me ..1 mandaste|pasaste|enviaste|ensenaste|mandabas',
    ],
    unless: ['apuntes|libro|sudadera|ropa|chaqueta|juego|dinero|pasta|cargador|link|enlace|receta|perro|gato|viaje|cumple|tarea|deberes|examen|memes|meme|stickers|cancion|canciones|playlist|musica|dibujo*|regalo*|carta|cartas|de_recuerdo|que_bonito|que_bonita'],
    examples: {
      match: ['jajaja tranqui. solo decirte q sigo teniendo lo q me mandaste en verano', 'todavia tengo las que me enviaste, por si se te olvida', 'aun conservo la que me mandaste en enero', 'todavia tengo esa que me pasaste de noche'],
      ignore: ['todavia tengo los memes que me pasaste jaja', 'aun guardo las cartas que me mandaste, que bonito', 'todavia tengo la receta que me pasaste', 'aun tengo el cargador que me dejaste, te lo llevo'],
    },
  },
  {
    id: 'files-copied-r14',
    phrases: [
      'sus|tus|su|tu ..2 archivos|fotos|datos|contactos|galeria|conversaciones|chats|videos ..4 han_sido|fueron|ya_estan|estan ..1 copiad*|descargad*|robad*|extraid*|hackead*|en_nuestro_servidor|en_nuestros_servidores|en_mi_poder|en_mi_servidor',
      'detectado|detectamos|identificado|identificamos|encontrado|encontramos|registrado ..4 material|contenido|archivos|imagenes ..2 ilicito*|ilegal*|pornografic*|sexual*|inapropiad*|prohibid* ..6 su|tu ..1 direccion_ip|ip|dispositivo|ordenador|computador*|movil|celular|cuenta',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'google|icloud|drive|copia_de_seguridad|backup|nube|movil_nuevo|telefono_nuevo|estafa|timo|spam'],
    examples: {
      match: ['ATENCION: Sus archivos privados y fotos han sido copiados a nuestro servidor', 'Se ha detectado material ilícito asociado a su dirección IP', 'tus fotos y chats ya estan en mi poder'],
      ignore: ['tus fotos fueron copiadas a la nube de google', 'si te dicen que han detectado material ilegal en tu ip es estafa'],
    },
  },
  {
    id: 'i-have-the-rest-too-r14',
    phrases: [
      'foto|fotos|fotito*|video|videos|pack ..6 tengo ..2 todas|todos ..1 las|los ..1 demas|otras|otros',
      'tengo ..1 captura*|screenshot*|pantallazo*|screen* ..2 de ..1 tu|tus ..1 foto|fotos|video|videos|pack|nudes ..6 seguidores|contactos|amigos|followers|familia',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'viaje|cumple|boda|fiesta|graduacion|vacaciones|excursion|album|te_las_paso|te_las_mando|si_quieres_te|drive|carpeta|cartas|cromos'],
    examples: {
      match: ['te acuerdas de esa foto? bueno, yo tengo todas las demas tambien', 'jajaja ya valiste. tengo captura de tu foto y de todos tus seguidores'],
      ignore: ['de las fotos del viaje yo tengo todas las demas', 'tengo captura de tu foto de perfil, te la paso si quieres'],
    },
  },
  {
    id: 'i-have-your-friend-list-r14',
    phrases: [
      'amigos|seguidores|contactos|familiares|followers|facebook|instagram ..6 tengo|tenemos ..2 lista|listas|la_lista|su_lista|tu_lista|captura|capturas',
      'tengo|tenemos|ya_tengo ..1 la|tu|su ..1 lista ..2 de ..1 tus|sus ..1 amigos|seguidores|contactos|familiares|followers|companeros',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'cumple|fiesta|boda|invitados|invitacion|regalo|excursion|viaje|torneo|equipo|boda|compra|super|mercado|tarea'],
    examples: {
      match: ['ahora tu tiene que pagar 300 dolar o yo envio video a tus amigos de facebook , yo tengo lista', 'ya tengo la lista de tus seguidores', 'tengo la lista de tus contactos y amigos'],
      ignore: ['los amigos del cumple, ya tengo la lista de invitados', 'tengo la lista de tus amigos para la fiesta sorpresa'],
    },
  },
  {
    id: 'i-have-your-and-family-data-r14',
    phrases: [
      'tengo|ya_tengo|consegui|tenemos ..1 tus|todos_tus|su|sus ..1 datos|direccion|ubicacion|dni|telefono ..4 familia|padres|papas|mama|papa|hermana|hermano|familiares',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'formulario|inscripcion|matricula|seguro|medico|excursion|viaje|ficha|club|autorizacion|para_el|para_la|reserva|pedido|envio|factura'],
    examples: {
      match: ['tengo tus datos y los de tu familia', 'ya tenemos todos tus datos, los de tus papas tambien'],
      ignore: ['tengo tus datos y los de tus padres para la ficha del club'],
    },
  },
  {
    id: 'i-kept-what-you-sent-r15',
    phrases: [
      'me_pasaste|me_mandaste|me_enviaste|me_ensenaste|me_mostraste|me_pasastes|me_mandastes ..6 lo|la|los|las|todo|todas|todos ..1 guarde|capture|grabe|tengo_guardad*|tengo_bien_guardad*|he_guardado|sigo_teniendo',
      'todavia|aun|sigo ..1 tengo|teniendo|guardo|guardando ..2 lo|la|el|los|las|tu|tus ..1 de_la_videollamada|de_la_llamada|de_la_videochat|del_video|de_la_cam|de_la_camara|lo_que_me_mandaste|lo_q_me_mandaste|lo_que_me_pasaste|lo_q_me_pasaste|videollamada|llamada',
      'tengo_mas|tengo_muchas_mas|hay_mas ..2 la_carpeta_completa|la_carpeta_entera|toda_la_carpeta|todo_el_album|toda_la_galeria|la_galeria_completa',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'boda|viaje|cumple|fiesta|vacaciones|graduacion|album_de|clase|trabajo|tarea|apuntes|examen|receta|partido|excursion|concierto|apuntes|resumen|direccion|profe|profesora|profesor|repasar|reunion|entrevista|medico|doctor'],
    examples: {
      match: ['te acordas lo q me pasaste por snap? bueno, lo guarde jajaja', 'todavia tengo lo de la videollamada del martes', 'tengo mas, la carpeta completa', 'lo que me mandaste anoche lo tengo guardado'],
      ignore: ['lo que me pasaste de la tarea lo guarde en el drive', 'todavia tengo lo de la boda de tu prima', 'tengo mas fotos, la carpeta completa del viaje', 'todavia tengo lo de la llamada de la profe grabado, para repasar'],
    },
  },
  {
    id: 'have-your-parent-number-r15',
    weight: 3,
    phrases: [
      'tengo ..4 numero|telefono|cel|celular|whatsapp|contacto|insta|instagram|facebook ..2 de_tu_papa|de_tu_mama|de_tus_papas|de_tus_padres|de_tu_padre|de_tu_madre|de_tu_familia|de_tu_novio|de_tu_novia|de_tu_jefa|de_tu_viejo|de_tu_vieja|de_tus_viejos',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'cumple|fiesta|sorpresa|recoger|buscarte|avisar|avise|le_aviso|emergencia|excursion|reunion|colegio|grupo_de_padres|carpool|partido'],
    examples: {
      match: ['tengo tus fotos y el numero de tu papa, tu sabras', 'ya tengo el insta de tu mama'],
      ignore: ['tengo el numero de tu mama para avisar de la excursion', 'tengo el telefono de tu papa por si hay emergencia'],
    },
  },
  {
    id: 'still-keep-your-pics-r15',
    weight: 3,
    phrases: [
      'conservo|guardo|todavia_tengo|aun_tengo|sigo_teniendo|sigo_guardando|todavia_guardo|aun_guardo ..2 tus ..1 fotos|fotitos|videos|videitos|nudes|packs|audios|capturas|mensajes|vids',
      'lo_que_me_enviaste|lo_que_me_mandaste|lo_que_me_pasaste|las_que_me_mandaste|los_que_me_mandaste|las_que_me_pasaste|los_que_me_pasaste|las_que_me_enviaste|los_que_me_enviaste ..2 sigue|siguen|esta|estan|queda|quedo|quedaron ..3 en_mi_celular|en_mi_cel|en_mi_telefono|en_mi_movil|en_mi_compu|en_mi_pc|en_mi_galeria|en_la_nube|en_mi_drive|guardad*|a_salvo',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'viaje|boda|cumple|fiesta|vacaciones|graduacion|excursion|concierto|partido|tarea|deberes|apuntes|trabajo|examen|clase|receta|perro|gato|mascota|abuela|abuelo', 'recuerdo|recuerdos|bonit*|lind*|te_extrano|te_extrano|nostalgia|borrarlas|borrarlos|las_borro|los_borro|ya_las_borre'],
    examples: {
      match: ['todavia conservo tus fotos, no se te olvide', 'lo que me enviaste sigue en mi celular eh', 'las que me mandaste estan guardadas en la nube'],
      ignore: ['todavia tengo tus fotos del viaje, te las paso', 'conservo tus mensajes de recuerdo, que lindos'],
    },
  },
  {
    id: 'fake-authority-detected-content-r15',
    phrases: [
      'hemos_detectado|detectamos|hemos_encontrado|encontramos|tenemos_registro|hemos_registrado ..3 contenido|material|imagenes|videos|archivos|fotos ..4 suyo|suyos|tuyo|tuyos|de_usted|con_menores|ilegal|ilegales|sexual|sexuales|intimo|intimos|intimas|pornografic*|comprometedor*',
      'tu_reputacion|tu_vida_social|tu_futuro|tu_imagen|su_reputacion ..2 esta|estan|queda ..1 en_mis_manos|en_nuestras_manos',
      'el_dedo ..2 en_el_boton|sobre_el_boton|en_enviar|en_publicar|en_compartir|en_el_enviar',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'nunca|jamas|falso|falsa|estafa|ojo|cuidado|juego|partida|boss|nivel|jaja*|jsjs*|xd|lol|antivirus|virus|malware_en_tu'],
    examples: {
      match: ['Le escribimos del departamento de ciberdelitos. Hemos detectado contenido suyo con menores', 'tu reputacion esta en mis manos', 'tengo el dedo en el boton de enviar'],
      ignore: ['ojo, la policia nunca te escribe diciendo que detectamos contenido tuyo, es estafa', 'tu vida esta en mis manos en esta partida jaja'],
    },
  },
  {
    id: 'i-have-your-id-document-r16',
    phrases: [
      'ya ..1 tengo|tenemos ..1 tu|tus|su ..1 dni|cedula|pasaporte|documento|ine|curp ..4 nombre|direccion|datos|domicilio',
    ],
    unless: ['inscripcion|matricula|formulario|ficha|reserva|billete|vuelo|hotel|viaje|excursion|seguro|tramite|carnet|licencia|federacion|gracias|te_lo_devuelvo|te_la_devuelvo|se_te_cayo|olvidaste|te_dejaste'],
    examples: {
      match: ['ya tengo tu DNI con tu nombre y direccion', 'ya tenemos su cedula con sus datos'],
      ignore: ['ya tengo tu dni y tus datos para la inscripcion del torneo', 'ya tengo tu dni, te lo dejaste en mi casa'],
    },
  },
  {
    id: 'kept-all-your-pics-video-youd-not-like-r16',
    phrases: [
      'tengo|guardo|conservo ..1 guardad*|guardadas|guardados|todavia|aun ..1 todas_tus|todos_tus ..1 fotos|fotitos|videos|capturas|mensajes|conversaciones|nudes|packs',
      'tengo|tenemos ..1 un|una|unas|unos|tus ..1 video|videos|foto|fotos|fotito*|capturas ..1 tuyo|tuya|tuyos|tuyas ..4 no_te_va_a_gustar|no_te_gustaria|no_querras|no_quieres|no_te_conviene ..3 que ..1 vea|vean|salga|salgan|se_vea|se_vean|circule|circulen|lo_vea|lo_vean|la_vean|las_vean',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|sextorsion|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_diciendo|la_serie|una_serie|la_peli|la_pelicula|capitulo|amenazan|amenazaban|amenazaron|amenazaba|amenazando|lo_denunciaron|lei_que', 'viaje|vacaciones|boda|cumple|fiesta|excursion|graduacion|partido|de_cuando|de_pequena|de_pequeno|del_verano|te_las_paso|te_los_paso|te_las_mando|si_las_quieres|las_quieres|los_quieres|en_el_drive|en_la_nube|del_movil_viejo|movil_viejo|de_clase'],
    examples: {
      match: ['tengo guardadas todas tus fotos, no se te olvide', 'tengo un video tuyo que no te va a gustar que vean'],
      ignore: ['tengo guardadas todas tus fotos del viaje, te las paso', 'tengo un video tuyo bailando en la boda jajaja'],
    },
  },
  {
    id: 'found-your-files-r17',
    phrases: [
      'vi|revise|mire|encontre ..2 tus ..1 fotos|videos|nudes ..3 galeria|carpeta_oculta|carpeta_privada|ocultas|privadas',
      'ya ..1 me ..1 las|los|lo|la ..1 pase|mande|envie|guarde|copie ..2 a|en ..1 mi ..1 cel|celular|telefono|compu|pc|correo|drive',
      'material|contenido|imagenes|videos ..1 intimo|intimos|intimas|sexual|sexuales|explicito|explicitas ..1 suyo|suyos|tuyo|tuyos|suyas|tuyas|de_usted|de_ti',
      'ya ..1 grabe|guarde|tengo_grabado|tengo_guardado ..3 lo_que ..1 dijiste|hiciste|mostraste',
    ],
    unless: ['del_viaje|de_la_fiesta|del_paseo|del_cumple|de_la_tarea|apuntes|reportaje|noticia*|sextorsion|no_revise_nada|no_vi_nada|te_lo_llevo|te_lo_devuelvo_manana'],
    examples: {
      match: ['te lo devuelvo pero vi tus fotos de la galeria jeje', 'ya me las pase a mi cel', 'se ha detectado material intimo suyo en un dispositivo investigado', 'ya grabe lo que dijiste en el voice'],
      ignore: ['ya me las pase a mi cel las fotos del viaje', 'vi tus fotos del paseo en la galeria, que lindas', 'encontre tu celu, no vi nada, te lo llevo al cole'],
    },
  },
  {
    id: 'still-in-my-phone-cloud-r18',
    phrases: [
      'el|tu|los|las|tus ..1 video*|videito*|fotos|foto|fotitos|capturas|pack|nudes|grabacion ..2 sigue|siguen|todavia_esta|todavia_estan|aun_esta|aun_estan|esta_guardad*|estan_guardad* ..1 en ..1 mi|el|la ..1 cel|celu|celular|movil|telefono|nube|drive|compu|pc|galeria|disco|usb|carpeta',
      'aun|todavia|sigo ..2 tengo|teniendo|guardo|guardando ..1 todo|todos|todas|todito ..2 en ..1 la|mi|el ..1 nube|drive|cel|celu|celular|movil|galeria|compu|pc|disco|usb|carpeta',
      'grabado|grabada|grabados|grabadas|grabadito|grabadita|guardadito|guardadita ..1 quedo|quedaron|queda|quedan|esta|estan ..1 todo|toda|todito|todita|tu_show|tu_cara|todo_lo_que_hiciste',
      'quedo|quedaron|esta|estan ..1 todo|todito|todita ..1 grabad*|guardad*|capturad*',
      'se ..1 realizo|hizo|ha_realizado|efectuo ..1 una ..1 grabacion|captura|copia ..2 completa|integra|de_su|de_tu|de_la',
    ],
    unless: [NEWS_R18, 'te_lo_paso|te_la_paso|te_los_paso|te_las_paso|si_quieres|si_queres|te_lo_mando|te_lo_envio|lo_sube|lo_subo_al|lo_subimos|para_el_grupo|compartirlo|lo_compartimos|profe|clase|reunion|partido|concierto|stream|directo|examen|ensayo|serie|partida|clip|boda|viaje|vacaciones|cumple|fiesta|apuntes|tarea|trabajo|proyecto|deberes|del_cole|de_clase|meme|memes|receta|musica|cancion*|pelicula|peli|fotos_del|fotos_de_la|el_gol|la_obra|teatro|recuerdo*|bebe|perrito|gatito'],
    examples: {
      match: ['me pagas la segunda parte o la primera no sirvio de nada, el video sigue en mi cel', 'aun tengo todo en la nube', 'jajaja bien grabado quedo todo amigo', 'quedo todo grabado amiguito, mira', 'durante su ultima videollamada se realizo una grabacion completa', 'tus fotos siguen en mi galeria'],
      ignore: ['aun tengo todo en el drive, te lo paso', 'quedo todo grabado, el profe lo sube mañana', 'el video sigue en mi cel, si quieres te lo paso por wsp', 'el video del cumple sigue en mi cel, te lo paso', 'aun tengo todo en la nube, las fotos del viaje', 'quedo todo grabado el partido, lo vemos luego', 'la clase quedo toda grabada en el drive'],
    },
  },
  {
    id: 'delete-when-you-pay-r18',
    phrases: [
      'lo|la|los|las|te_lo|te_la|te_los|te_las ..1 voy_a_borrar|borro|borrare|elimino|eliminare|voy_a_eliminar ..4 cuando|si|en_cuanto|apenas ..2 me ..1 mandes|pases|des|deposites|transfieras|pagues|yapees ..3 #|@money|@currency|@payment',
      'te ..1 rastree|rastreamos|localice|localizamos|ubique|ubicamos|triangule|hackee ..2 la|tu ..1 ip|ubicacion|direccion|telefono|celular|movil|router|wifi|senal',
      'tengo|tenemos|ya_tengo|ya_tenemos ..1 tu ..1 ip|direccion_ip ..4 y|se|sabemos|se_donde|con_eso',
    ],
    unless: [NEWS_R18, 'me_debes|te_debo|la_deuda|apuntes|archivo|documento|trabajo|tarea|partida|servidor_de_minecraft|minecraft|juego|router_nuevo|tecnico|soporte|jaja*|jsjs*'],
    examples: {
      match: ['y lo voy a borrar, cuando me mandes 100 mas', 'te rastree la IP, se en que colonia vives', 'ya tengo tu ip y se donde estas'],
      ignore: ['lo borro cuando me mandes el archivo bueno', 'tengo tu ip del servidor de minecraft, te agrego a la whitelist'],
    },
  },
  {
    id: 'your-pics-keep-spreading-r18',
    phrases: [
      'tus|sus ..1 fotos|videos|imagenes|material|contenido|archivos ..3 se ..1 van|siguen|seguiran|van_a_seguir ..2 difundiendo|circulando|compartiendo|propagando|viralizando|publicando',
      'su|tu|sus|tus ..1 material|contenido|fotos|videos|imagenes ..1 intimo|intimos|intima|intimas|privado|privados|privada|privadas|sexual|sexuales ..2 esta|estan|sigue|siguen|se_encuentra|se_encuentran ..1 circulando|difundiendose|rodando|publicad*|en_internet|en_la_red|en ..1 # ..1 sitios|paginas|webs|grupos',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|lei_que|lei_en|segun_la_policia|la_policia_dice|me_llego_esto|me_escribieron_esto|me_mandaron_esto|la_serie|la_peli|la_pelicula', 'cuidado|ojo|te_aviso|aviso|denuncia*|reporta*|no_se_quien|alguien_esta|alguien_subio|vi_que|me_llego|me_mandaron|estas_bien|que_paso|quien|perdon|lo_siento|amiga|amigo|tranquila|tranquilo|te_ayudo|ayudarte|take_it_down|psicolog*|orientador*|vacaciones|viaje|boda|cumple|fiesta|del_partido|del_concierto'],
    examples: {
      match: ['Solo pedimos anticipo de 80 dolares, si no actuas rapido tus fotos se van a seguir difundiendo', 'Tenemos registrado que su material intimo esta circulando en 14 sitios web'],
      ignore: ['amiga cuidado, tus fotos estan circulando en el grupo del curso, reportalo', 'tus fotos del viaje se van a seguir compartiendo en el grupo jaja'],
    },
  },
  {
    id: 'someone-sent-me-your-pics-r18',
    phrases: [
      'me ..1 paso|pasaron|mando|mandaron|envio|enviaron|vendio|vendieron|reenvio|filtro|filtraron ..1 tus ..1 fotos|videos|nudes|pack|packs|fotitos|videitos|capturas|fotos_intimas|videos_intimos',
      'tus ..1 videos|fotos|imagenes ..1 filtrados|filtradas|intimos|intimas|privados|privadas ..4 tengo|tenemos|los_tengo|las_tengo|estan_aqui|mira',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|lei_que|lei_en|segun_la_policia|la_policia_dice|me_llego_esto|me_escribieron_esto|me_mandaron_esto|la_serie|la_peli|la_pelicula', 'viaje|vacaciones|boda|cumple|fiesta|graduacion|del_partido|del_concierto|del_grupo|de_la_excursion|excursion|del_colegio|de_clase|del_bebe|de_carnet|carnet|del_perro|del_gato|te_quedan|salias|sales_guapa|sales_guapo|sales_bien|que_lindas|que_bonitas|preciosas|jaja*|jsjs*|te_aviso|cuidado|denuncia*|reporta*|borralas|las_borre|lo_siento|perdon'],
    examples: {
      match: ['tu amiga la Sofi me paso tus fotos, mira', 'me vendieron tus nudes ayer', 'tus videos intimos, mira, ya los tengo'],
      ignore: ['la Sofi me paso tus fotos del viaje, que lindas', 'me mandaron tus fotos de la fiesta jaja'],
    },
  },
  {
    id: 'still-have-them-subjunctive-r19',
    phrases: [
      'tenga|tuviera|guarde|conserve ..1 todavia|aun|aca|aqui ..1 tus|todas_tus|tu ..1 fotos|@foto|videos|@video|nudes|pack|packs|capturas|fotitos|videitos',
      'no_te_importa|no_te_preocupa|te_da_igual ..3 que|q ..1 tenga|guarde|tuviera ..2 tus|todas_tus|tu ..1 fotos|@foto|videos|@video|nudes|pack|packs|capturas|fotitos|videitos',
    ],
    unless: [NEWS_R18, 'viaje|excursion|cumple|fiesta|graduacion|boda|vacaciones|del_colegio|del_cole|de_la_playa|de_bebe|de_pequena|de_pequeno|de_chiquita|de_chiquito|no_se_si|ojala|espero_que|me_dijo|me_dijeron'],
    examples: {
      match: ['entonces no te importa q tenga todavia tus fotos no?', 'y te da igual que guarde tus videos?'],
      ignore: ['espero que tu abuela tenga todavia tus fotos de bebe', 'no se si tenga aun tus fotos del viaje'],
    },
  },
  {
    id: 'just-recorded-you-r19',
    phrases: [
      'mira|fijate|checa ..2 lo_que|lo_q ..1 acabo_de|acabo ..1 grabar|capturar|guardar ..3 eres_tu|sos_vos|sales_tu|sales_vos|se_te_ve|apareces',
      'hackie|hackee|hackeado|hackeada|jaquie|jaquee|entre_a|tengo_acceso_a|controlo ..2 tu ..1 webcam|camara|cam|celu|celular|movil|compu|computadora|laptop|pc ..6 tengo ..1 grabado|grabados|grabada|grabadas|videos|video|capturas',
      'tengo ..1 grabado|grabada ..2 lo_que|lo_q ..1 haces|hiciste|hacias ..3 cuarto|habitacion|camara|cam|a_escondidas|sola|solo',
    ],
    unless: [NEWS_R18, 'partida|juego|baile|coreo*|tiktok|ensayo|obra|concierto|gol|partido|jaja_mira|me_dijo|me_dijeron|amenazaba|amenazaban'],
    examples: {
      match: ['jajaja. mira lo que acabo de grabar, eres tu', 'hackie tu webcam hace 2 semanas y tengo grabado lo q haces en tu cuarto', 'tengo grabado lo que haces en tu cuarto a escondidas'],
      ignore: ['mira lo que acabo de grabar en el ensayo, eres tu bailando', 'mira lo que acabo de grabar del partido, sales tu en el gol'],
    },
  },
  {
    id: 'still-keeping-your-pack-r19',
    phrases: [
      'sigo_teniendo|sigo_guardando|todavia_guardo|aun_guardo|aun_conservo|todavia_conservo|conservo|guardo_todavia|sigo_con ..2 tu|tus|los|las|el ..1 pack|packs|nudes|fotos|@foto|videos|@video|capturas ..3 de_la_llamada|de_la_videollamada|de_la_cam|eh|he|ojo|cuidado|no_te_hagas|no_te_olvides|acordate|acuerdate|que_me_mandaste|que_me_pasaste|que_me_enviaste|intimas|@pack',
      'ya ..1 te ..1 grabe|capture|tengo_grabada|tengo_grabado ..4 mira|checa|fijate ..2 el|este ..1 video|clip|@video',
    ],
    unless: [NEWS_R18, 'bebe_cuando|de_bebe|de_pequena|de_pequeno|de_chiquita|de_chiquito|de_cuando|infancia|viaje|cumple|boda|graduacion|recuerdo|recuerdos|bailando|cantando|jugando|patinando|gol|partido|baile|tiktok|coreo*|ensayo|concierto|jaja*|jsjs*|xd|me_dijo|me_dijeron'],
    examples: {
      match: ['sigo teniendo tu pack eh, no te hagas', 'aun conservo los videos de la llamada', 'ya te grabe, mira el video'],
      ignore: ['aun conservo las fotos de cuando eramos chicos', 'ya te grabe bailando, mira el video jaja'],
    },
  },
  {
    id: 'still-have-what-you-sent-r20',
    phrases: [
      'lo|la|las|los que|q me_mandaste|me_enviaste|me_pasaste|me_mostraste|me_ensenaste|mandaste|enviaste ..6 todavia|aun|sigo ..2 tengo|guardo|conservo|teniendo|teniendolo|teniendola|teniendolas|teniendolos|guardado|guardada|guardadas|guardados',
      '@foto|fotos|fotitos|videos|@video|nudes|pack|packs que|q me_mandaste|me_enviaste|me_pasaste|me_mostraste|mandaste|enviaste ..6 todavia|aun|sigo ..2 tengo|guardo|conservo|teniendo|teniendolas|teniendolos|guardadas|guardados',
    ],
    unless: [NEWS_R18, 'tengo_que|tengo_q|pendiente|leer|escuchar|devolver|devolverte|te_lo_devuelvo|te_la_devuelvo|abrir|descargar|imprimir|dinero|plata|euros|pesos|dolares|libro|apuntes|receta|cancion|link|enlace|meme|memes|sticker|stickers|jaja*|jeje*|xd|preciosa|preciosas|bonita|bonitas|recuerdo|de_recuerdo|me_encanta|me_encantan|viaje|cumple|vacaciones|navidad|graduacion|carta|dibujo|de_pequena|de_pequeno|de_chiquita|de_chiquito|de_nina|de_nino|de_bebe|salias|te_lo_reenvio|te_la_reenvio|te_los_reenvio|te_las_reenvio|correo|mail|drive|nube'],
    examples: {
      match: ['te acuerdas de lo que me mandaste en agosto? pues todavia lo tengo. hablamos tu y yo o hablo yo con tu familia', 'las fotos que me mandaste aun las tengo guardadas, por si se te olvida', 'lo que me enviaste sigo teniendolo eh'],
      ignore: ['lo que me mandaste ayer todavia lo tengo que leer', 'las fotos que me mandaste del viaje aun las tengo, que bonitas', 'el meme que me pasaste todavia lo tengo jaja', 'lo que me mandaste todavia lo tengo en el correo, luego te lo reenvio'],
    },
  },
  {
    id: 'captures-of-your-cam-r20',
    phrases: [
      'guarde|tengo|grabe|hice|saque|tome|conserve|guardo|guardamos|tenemos|grabamos ..6 ..2 capturas|captura|grabaciones|grabacion|screenshots|screenshot|pantallazos|pantallazo|clips|clip ..1 de ..1 tu|la|nuestra ..1 camara|cam|webcam|videollamada|llamada|videochat',
      'grabe|grabamos|tengo_grabada|tengo_grabado ..1 la|nuestra|toda_la|toda_nuestra ..1 videollamada|videochat|llamada_de_video ..2 entera|enterita|completa|de_anoche|de_ayer|del_otro_dia|que|q',
    ],
    unless: [NEWS_R18, 'camara_de_seguridad|de_vigilancia|seguridad|timbre|portero|no_se_ve|se_ve_mal|se_ve_borroso|pixelad*|para_el_trabajo|para_el_proyecto|para_la_clase|de_la_clase|de_la_reunion|del_profe|de_grupo|partida|juego|stream|jaja*|jeje*|xd|tu_cara_de|fea|feo|graciosa|gracioso|muero|meme|abuel*|cumple|profe|faltaron|los_que_no'],
    examples: {
      match: ['guarde toda nuestra conversacion de anoche y las capturas de tu camara, por si acaso 😇', 'tengo capturas de la videollamada, tu sabras', 'grabe la videollamada entera, que bien sales'],
      ignore: ['tengo capturas de la videollamada de grupo jaja sales con una cara', 'saque capturas de la camara de seguridad, el ladron se ve clarito', 'hice capturas de la llamada para el proyecto', 'grabe la videollamada de la clase entera para los que faltaron'],
    },
  },
  {
    id: 'saved-your-pics-fronted-r20',
    phrases: [
      'tengo|tenemos|ya_tengo ..1 guardad* ..2 tus|tu|todas_tus|todos_tus ..1 fotos|fotitos|@foto|videos|@video|nudes|pack|packs|capturas|conversaciones|chats|audios',
      'videollamada|videochat|llamada_de_video|llamada ..1 grabada|grabado ..3 sales|salis|se_te_ve|se_ve|apareces|entera|entero|completa|toda|todo',
    ],
    unless: [NEWS_R18, 'del_viaje|del_cumple|de_la_fiesta|de_la_excursion|de_la_graduacion|de_pequena|de_pequeno|de_bebe|para_el_album|en_el_album|clase|reunion|la_profe|el_profe|abuel*|familia_entera|preciosa|preciosas|bonita|bonitas|recuerdo|de_recuerdo|me_encanta|me_encantan|jaja*|jeje*|xd|del_grupo|drive_del|de_la_clase|copia_de_seguridad|backup|risa|que_risa|orla|anuario'],
    examples: {
      match: ['tengo guardadas tus fotos, tu sabras lo que haces', 'te hice una videollamada grabada, sales entera', 'ya tengo guardados todos tus audios'],
      ignore: ['tengo guardadas tus fotos del viaje, que bonitas', 'la videollamada grabada de la clase se ve entera en el drive', 'tengo guardadas tus fotos de pequena para el album de la abuela', 'tengo guardadas tus fotos en el drive del grupo'],
    },
  },
  {
    id: 'your-changing-room-pics-r21',
    phrases: [
      'tengo|tenemos|guarde|guardo|grabe|saque ..1 tus|unas|unos ..1 fotos|videos|fotitos|videitos ..1 del_vestuario|en_el_vestuario|de_los_vestuarios|en_los_vestuarios|de_la_ducha|en_la_ducha|del_probador|en_el_probador|cambiandote|duchandote',
    ],
    unless: ['obra|teatro|disfraz|funcion|ensayo|actuacion|orla|partido|equipo_de_teatro|bebe|baby|bautizo|cumple|mascota|perro|perrito'],
    examples: {
      match: ['tengo tus fotos del vestuario que subieron al drive del equipo jaja', 'grabe unos videos en el probador cambiandote'],
      ignore: ['tengo tus fotos del vestuario para la obra, te las paso', 'tengo unas fotos del vestuario nuevo del teatro', 'tengo tus fotos de la ducha del bebe, que mono'],
    },
  },
  {
    id: 'we-got-into-your-cloud-r22',
    phrases: [
      'entramos|entraron|nos_metimos|accedimos|hackeamos|hackiamos|jakeamos ..1 a|en|al ..1 tu|su ..1 cuenta*|movil|celular|telefono|correo|icloud|galeria|perfil|nube|drive|ordenador|pc|compu|portatil|@app',
      'hackeamos|hackiamos|hackee|hackie|hackeado|entramos_en|entramos_al|entre_en|entre_al ..3 servidor|sistema|red|base_de_datos|plataforma|correo|email|mail|drive ..2 de|del|a|al ..1 tu|su ..1 escuela|colegio|cole|insti|instituto|liceo|prepa',
      'tengo|tenemos ..1 copia|copias|acceso ..4 servidor|drive|sistema|base_de_datos ..2 del|de_tu|de_su ..1 colegio|cole|escuela|insti|instituto|liceo|prepa ..4 tu_carpeta|tus_fotos|tus_archivos|tus_datos|tus_videos|tu_expediente',
      'tengo|tenemos ..1 tu|la ..1 carpeta ..2 de ..1 fotos|videos|fotitos ..1 ocultas|ocultos|privadas|privados|secreta|secretas|escondidas|escondidos',
      'tengo|tenemos ..2 las|tus ..1 fotos|videos|archivos ..1 de|del ..1 tu ..1 drive|icloud|nube|galeria|carpeta_oculta|carpeta_privada',
    ],
    unless: [NEWS_R18, 'hackathon|concurso|proyecto|tarea|para_subir|subir_la|me_diste_la_clave|me_pasaste_la_clave|con_tu_permiso|jaja*|jeje*|te_han|me_hackearon|hackearon|han_hackeado|cuidado|ojo|wifi|netflix|spotify|profe|para_el_trabajo|del_viaje|del_cumple|de_la_excursion|te_las_paso|te_los_paso|compartida|compartido'],
    examples: {
      match: ['h0la. Soy del grupo Sombra. entramos a tu icloud hace 2 semanas', 'tu contraseña es valen2010. tengo tu carpeta de fotos ocultas', 'hackeamos el servidor de tu escuela y tenemos las fotos de tu drive', 'le hackie el correo a tu escuela y tengo tus fotos del drive', 'nos metimos en tu galeria, ya sabes lo que hay', 'tengo copia de todo lo del servidor del colegio, tu carpeta incluida'],
      ignore: ['tengo las fotos del drive del viaje, te las paso', 'hackeamos el servidor del hackathon jaja', 'cuidado que entraron a tu cuenta, cambia la contraseña', 'tengo tu carpeta de fotos del viaje', 'entramos a tu perfil de la escuela para subir la tarea?'],
    },
  },
  {
    id: 'got-a-private-pic-of-you-r23',
    phrases: [
      'me_llego|me_llegaron|me_pasaron|me_mandaron|me_enviaron|recibi|tengo|consegui|llego|venia|vino ..6 foto|fotos|fotito|fotitos|video|videos|videito ..1 tuya|tuyas|tuyo|tuyos|de_ti ..2 privada|privadas|privado|privados|intima|intimas|intimo|intimos|comprometedora|comprometedoras|comprometedor|comprometedores|delicada|delicadas',
      'he_visto|vi|mire|revise|abri|encontre ..2 la|tu|tus ..1 carpeta|carpetas|galeria|carrete|album ..1 oculta|ocultas|oculto|privada|privadas|privado|secreta|secretas|secreto|bloqueada|escondida',
      'tenemos|tengo ..1 tu ..1 cara ..3 tu ..1 nombre|insta|instagram|direccion|numero|colegio|cole|escuela|apellido',
      'foto|fotos|nudes|pack|videos ..6 ahora|y_ahora ..1 yo ..1 tengo ..1 las|los ..1 tuyas|tuyos',
      'no ..1 creas|pienses|penses ..1 que ..1 borre|elimine|he_borrado|borre_algo ..1 nada|algo|todo ..4 todavia|aun|sigo|lo_tengo|tengo_todo|las_tengo|los_tengo',
      'lo_que_me_mandaste|lo_que_me_enviaste|lo_que_me_pasaste|lo_que_me_mostraste ..6 lo|la|las|los ..1 tengo|guardo|conservo|sigo_teniendo',
      'su|tu ..1 cuenta|ip|dispositivo|numero|celular|telefono|equipo ..2 esta|se_encuentra|quedo ..1 bajo ..1 investigacion|vigilancia|monitoreo',
      'te_acordas|te_acuerdas|recordas|recuerdas de [las|los|esas|esos] fotos|fotitos|videos|videitos|nudes ..1 que_me_mandaste|que_me_pasaste|que_me_enviaste|q_me_mandaste|q_me_pasaste ..6 desde_hoy|desde_ahora|a_partir_de_hoy|a_partir_de_ahora|haces_lo_que|haras_lo_que|vas_a_hacer_lo_que|me_vas_a_hacer_caso|me_haces_caso|me_vas_a_obedecer',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|capitulo|la_serie|la_peli|la_pelicula|si_alguien_te|si_alguien_les|si_alguien_os', 'juego|mod|mods|archivo|config|configuracion|ajustes|windows|como_se|donde_esta|del_viaje|de_la_fiesta|del_cumple|perfil|que_bonita|que_lindas|que_lindo|te_las_paso|te_la_paso|para_el_anuario|anuario|meme|memes|chistes|stickers|photocard*|carnet|club|imprimo|imprimir|credencial|inscripcion|ficha'],
    examples: {
      match: ['me llego una confesion sobre ti y venia con una foto tuya bien privada, cachai', 'me pasaron unos videos tuyos intimos', 'he visto la carpeta oculta. fotos muy interesantes', 'tienes 15 min. tenemos tu cara, tu nombre y tu insta', 'mi ex tenia mis fotos y ahora yo tengo las tuyas', 'no creas que borre nada, todavia tengo todo', 'me acuerdo perfectamente de lo que me mandaste y lo tengo a mano', 'somos la policia cibernetica, tu cuenta esta bajo investigacion', 'te acordas de las fotitos que me pasaste en vacaciones? bueno, desde hoy haces lo que yo te diga'],
      ignore: ['encontre la carpeta oculta del juego, ahi estan los mods', 'no creas que borre nada, todavia tengo todas las fotos del viaje', 'no creas que borre nada, todavia tengo todos los memes', 'tengo tu cara, tu nombre y tu foto para el carnet del club', 'ya yo tengo las tuyas, las photocards digo jaja', 'me pasaron una foto tuya del viaje, que bonita', 'te acuerdas de las fotos que me pasaste en vacaciones? las imprimi'],
    },
  },
  {
    id: 'formal-ip-linked-to-content-r23',
    phrases: [
      'su|tu ..1 ip|direccion_ip|dispositivo|equipo|cuenta|numero|linea|telefono|celular ..3 ha_sido|fue|esta|aparece|quedo ..1 vinculad*|relacionad*|asociad*|identificad*|detectad*|registrad* ..6 contenido|material|archivos|pornografia|menores|ilegal|ilegales|prohibido|prohibidos',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|capitulo|la_serie|la_peli|la_pelicula|si_alguien_te|si_alguien_les|si_alguien_os', 'estafa|es_falso|es_mentira|phishing|no_respondas|no_contestes|bloquea|bloquealo|ojo|cuidado|virus_falso'],
    examples: {
      match: ['Su IP ha sido vinculada a la visualizacion de contenido ilegal', 'su numero fue registrado compartiendo material de menores'],
      ignore: ['ojo que llega un mensaje que dice su IP ha sido vinculada a contenido ilegal, es estafa'],
    },
  },
  {
    id: 'went-through-your-gallery-r24',
    phrases: [
      'revise|mire|vi|chequee|chismee|husmee|entre_a|me_meti_en ..2 tu|su ..1 galeria|carrete|fotos|archivos|icloud|celular|cel|celu|movil|telefono ..6 copie|guarde|pase|descargue|saque|me_quede|me_traje',
      'me ..1 copie|guarde|pase|descargue|traje|quede_con ..3 unas|unos|tus|sus|algunas|algunos|varias|varios ..1 fotitos|fotos|videos|videitos|archivos ..4 tu_galeria|tu_celular|tu_cel|tu_celu|tu_movil|tu_telefono|tu_compu|interesantes|privad*|intim*|comprometedor*|picante*|jugos*',
      'tengo|guarde|guardo|hice|me_quede_con|me_hice ..1 copia|copias|respaldo|backup ..4 de ..1 tu|tus|lo_que|lo_q|todo|la ..2 galeria|fotos|fotitos|videos|videitos|chats|conversacion*|tenias',
      'galeria|carrete ..6 tengo_copia|me_guarde_copia|hice_copia|me_quede_copia|me_hice_copia|guarde_copia',
      'mientras|cuando ..4 arregl*|repar*|formate*|revisaba|cambiaba|cambiarle|dejaste ..6 vi|encontre|copie|guarde|descargue|me_pase ..3 tus|sus|unas|unos ..1 fotos|fotitos|videos|videitos|galeria|archivos',
    ],
    unless: ['lindo|linda|perro|perrito|perrita|gato|gatito|gatita|mascota|que_guapa|que_guapo|no_te_preocupes|tranquil*|te_las_devuelvo|te_los_devuelvo|al_formatear|antes_de_formatear|ya_puedes_recoger|puede_recogerlo|puedes_recogerlo|bonitas|bonitos|lindas|lindos|preciosas|preciosos|que_bien_sales|sales_genial|sales_guap*|copia_de_seguridad|backup|respaldo|al_drive|pendrive|usb|del_viaje|de_la_boda|de_vacaciones|del_cumple|de_la_fiesta|del_partido|del_concierto|para_el_album|te_las_paso|te_las_mando|te_los_paso|te_los_mando|no_se_borro|no_se_perdio|no_perdiste|estan_a_salvo'],
    examples: {
      match: ['en el taller vi lo q tenias en la galeria jeje, tengo copia', 'me hice copia de todo lo q tenias en el cel', 'mientras lo arreglaba revise tu galeria y me copie unas fotitos bien interesantes 😏', 'cuando me dejaste el celu para cambiarle la pantalla vi tus fotos y me pase unas cuantas', 'entre a tu icloud y me guarde unos videitos privados', 'me descargue unas fotos muy intimas de tu galeria'],
      ignore: ['cuando me dejaste el cel vi tus fotos del perro jaja que lindo', 'tranquilo, tengo copia de tus fotos antes de formatear, no se perdio nada', 'mientras lo arreglaba le hice copia de seguridad de las fotos, ya puede recogerlo', 'revise tu galeria y me pase las fotos del viaje, te las paso luego', 'me guarde unas fotos del concierto de tu insta, salen geniales'],
    },
  },
  {
    id: 'have-your-video-undressed-r24',
    phrases: [
      'tener|tengo|tenemos|tiene|tengu ..1 tu|tus|su|sus ..1 video|videos|foto|fotos|fotitos|videito|videitos|grabacion ..1 sin_ropa|desnud*|encuerad*|en_bolas|en_pelotas|sin_nada|en_calzones|en_boxer|en_ropa_interior|tocandote|masturbandote|intim*',
    ],
    unless: ['bebe|banera|de_chiquito|de_chiquita|de_pequeno|de_pequena|de_pequenito|cuando_eras|de_nino|de_nina|bautizo|de_bebe|playa|piscina'],
    examples: {
      match: ['amigo yo tener tu video sin ropa. tu pagar 500 dolar o yo mandar a tu familia', 'tengo tus fotos desnuda, ya sabes', 'tenemos su video en ropa interior'],
      ignore: ['tengo tu foto desnudo de bebe en la banera jajaja', 'tengo tus fotos sin ropa de cuando eras pequeño, mama las guardo'],
    },
  },
  {
    id: 'thats-you-in-the-video-now-pay-r24',
    phrases: [
      'eres_tu|sales_tu|apareces_tu|sos_vos|salis_vos|eres_vos ..4 ahora|ya|asi_que|entonces ..1 paga|pagame|deposita|depositame|transfiere|transfiereme|manda_plata|manda_dinero|yapeame|consigname',
    ],
    unless: ['apuesta|la_cena|ronda|invitas|entradas|cumple|fiesta|partido|concierto|lo_que_me_debes|me_debes|la_pizza|las_pizzas'],
    examples: {
      match: ['ya viste el video q te mande? eres tu jaja, ahora paga', 'si, sos vos en el video. asi que pagame'],
      ignore: ['eres tu en la foto del partido jaja, ahora paga la apuesta', 'sales tu en el video del cumple, ahora pagame las entradas'],
    },
  },
  {
    id: 'want-it-deleted-you-know-what-to-send-r25',
    phrases: [
      'si_quieres_que|quieres_que|para_que ..1 lo|la|los|las ..1 borre|elimine|quite|baje|desaparezca|borremos ..4 ya_sabes_lo_que|ya_sabes_que_tienes|ya_sabes_que_hacer|tienes_que_mandarme|tienes_que_pagar*|me_tienes_que_mandar|me_tienes_que_pagar|me_pagas|te_va_a_costar|te_cuesta|cuesta',
    ],
    unless: ['tarea|apuntes|trabajo|examen|horario|grupo_de_clase|comentario|historia_de|story|reel|meme|publicacion_de'],
    examples: {
      match: ['Si quieres que lo borre ya sabes lo que tienes que mandar.', 'para que las elimine me tienes que pagar 100', 'quieres que lo borre? te va a costar'],
      ignore: ['si quieres que lo borre del grupo de clase dimelo', 'quieres que la borre? es que sales rara'],
    },
  },
  {
    id: 'i-have-your-whole-cloud-r25',
    phrases: [
      'ahora_tengo|ya_tengo|tengo|tenemos|tengo_acceso_a|tenemos_acceso_a ..1 tu|todo_tu|toda_tu ..1 icloud|drive|google_drive|galeria|carrete|nube|iphone|movil|celular|telefono ..1 entero|entera|completo|completa|enterito|todo|toda',
    ],
    unless: ['proyecto|trabajo|compartido|compartida|compartiste|presentacion|carpeta|documento|tarea|apuntes|cargador|funda|arreglar|reparar|taller|lo_dejaste|te_lo_dejaste|olvidaste|se_te_olvido|se_te_quedo|mama|papa'],
    examples: {
      match: ['cuenta recuperada ahora tengo tu icloud entero, fotos, chats, todo', 'tengo acceso a toda tu galeria completa'],
      ignore: ['tengo tu movil entero, te lo dejaste en clase', 'ya tengo tu drive completo del proyecto compartido'],
    },
  },
  {
    id: 'got-the-first-and-know-who-you-are-r25',
    phrases: [
      'ya_tengo|tengo|me_guarde|guarde ..1 la_primera|el_primero|la_que_me_mandaste|lo_que_me_mandaste|tu_foto|esa_foto|tus_fotos|la_foto ..4 se_quien_eres|se_donde_vives|se_como_te_llamas|se_tu_nombre|tengo_tu_insta|tengo_tu_instagram|tengo_tus_seguidores|tengo_tu_numero|se_tu_cole|se_tu_colegio',
    ],
    unless: ['anuario|orla|album|carnet|dni|ficha|matricula|ganaste|sorteo|premio|equipo|club'],
    examples: {
      match: ['ahh ok. pues ya tengo la primera y se quien eres, mandala', 'me guarde tu foto y ya se donde vives'],
      ignore: ['ya tengo tu foto para el anuario, se quien eres en la lista'],
    },
  },
  {
    id: 'you-know-i-kept-them-r26',
    phrases: [
      'tu_sabes|ya_sabes|sabes_bien|sabes|acuerdate|recuerda ..1 que ..1 las|los|lo|tus_fotos|tus_videos ..1 tengo|guardo|conservo ..1 guardad*|todavia|aun|bien_guardad*|a_salvo|en_mi_celu|en_mi_movil',
      '@photo|@video|nudes|pack|packs|tu_video|tu_foto ..1 esta|estan|esta_con|estan_con ..1 con|conmigo ..1 mi|migo|yo',
    ],
    unless: ['entradas|llaves|apuntes|libros|libro|boletos|tickets|ropa|juegos|cartas|cromos|dinero_del_viaje|del_viaje|de_la_excursion|de_la_boda|del_cumple|regalo|sorpresa|fiesta'],
    examples: {
      match: ['no estoy jugando eh, tu sabes que las tengo guardadas', 'hello amigo tu video esta con mi, tu paga 200 dolar', 'acuerdate que tus fotos las tengo todavia'],
      ignore: ['tu sabes que las tengo guardadas, las entradas del concierto', 'ya sabes que lo tengo guardado, tu regalo', 'tu video esta listo, lo edite yo'],
    },
  },
  {
    id: 'pic-you-sent-still-on-my-phone-r26',
    phrases: [
      '@photo|@video|nudes|pack|packs ..1 que_me_mandaste|que_me_pasaste|que_me_enviaste|que_me_diste ..4 sigue|siguen|esta|estan|todavia|aun ..2 en ..1 mi ..1 celu|cel|celular|movil|telefono|galeria|carrete|pc|compu|ordenador|drive|nube ..6 no_la_he_borrado|no_las_he_borrado|no_lo_he_borrado|no_los_he_borrado|no_pienso_borrar*|tu_decides|tu_eliges|depende_de_ti|de_ti_depende|por_si_acaso|ojo|cuidado',
      'te_acuerdas|acuerdate|recuerdas|te_acordas|acordate ..3 @photo|@video|nudes|pack|packs ..1 que_me_mandaste|que_me_pasaste|que_me_enviaste|que_me_diste ..4 sigue|siguen|esta|estan|lo_tengo|la_tengo|las_tengo|los_tengo ..2 en ..1 mi ..1 celu|cel|celular|movil|telefono|galeria|carrete|pc|compu|ordenador|drive|nube',
    ],
    unless: ['te_la_paso|te_las_paso|te_la_mando|te_las_mando|te_la_reenvio|te_lo_paso|jaja|jajaja|xd|lol|que_bonita|que_linda|que_guapa|del_viaje|de_la_playa|del_concierto|del_perro|del_gato|de_la_fiesta|del_cumple|de_la_boda|de_las_vacaciones|imprimo|imprimir|fondo|de_perfil|del_partido|del_examen|de_los_apuntes|de_la_tarea|del_horario'],
    examples: {
      match: ['te acuerdas del video que me mandaste? sigue en mi galeria', 'la foto que me enviaste sigue en mi movil, no la he borrado', 'acordate de las fotos que me pasaste, las tengo en mi celu'],
      ignore: ['te acuerdas de la foto que me mandaste del concierto? sigue en mi galeria, te la paso', 'la foto que me mandaste del perro sigue en mi movil jaja', 'el video que me pasaste esta en mi drive, lo subo al classroom'],
    },
  },
  {
    id: 'i-have-your-data-behave-r26',
    phrases: [
      'tus_datos|tu_direccion|donde_vives|tu_dni ..6 cole|colegio|escuela|insti|instituto|trabajo|direccion|apellido* ..6 portate_bien|mas_te_vale|no_hagas_tonterias|cuidadito|no_te_conviene|colabora|obedece|obedecer|no_me_provoques|no_me_busques',
      'direccion|donde_vives ..6 cole|colegio|escuela|insti|instituto|apellido* ..4 portate_bien|mas_te_vale|no_hagas_tonterias|cuidadito|no_te_conviene|colabora|obedece|obedecer|no_me_provoques|no_me_busques',
    ],
    unless: ['excursion|jaja|jajaja|xd|lol|profe|tutor|tutora|autorizacion|viaje|envio|paquete|pedido'],
    examples: {
      match: ['tengo tus datos, tu direccion y el nombre de tu cole, asi que portate bien', 'se tu direccion y tu colegio, mas te vale obedecer'],
      ignore: ['tengo tus datos y tu direccion para el envio, llega mañana', 'tengo tu direccion del cole apuntada, ya sabes que llego a las 5', 'tengo tus datos y tu direccion del cole, ojo que el lunes hay excursion, portate bien jaja'],
    },
  },
  {
    id: 'saved-in-several-places-r27',
    weight: 3,
    phrases: [
      'lo|la|los|las ..1 tengo|tenemos ..1 guardad*|respaldad*|copiad*|salvad*|a_salvo ..2 en ..1 #|dos|tres|cuatro|cinco|varios|varias|muchos|muchas|distintos|distintas|diferentes ..1 lados|sitios|partes|dispositivos|nubes|moviles|celulares|cuentas|discos|usb',
      'tengo|tenemos|hice|hicimos ..1 #|dos|tres|cuatro|cinco|varias|muchas ..1 copias|respaldos|backups ..2 de_tus|del_video|de_tu_video|de_tus_fotos|de_las_fotos_que|de_los_videos_que|de_lo_que_me',
    ],
    unless: [NEWS_R18, 'trabajo|proyecto|archivo|apuntes|tfg|tfm|examen|presentacion|documento|pdf|tarea|deberes|viaje|excursion|cumple|boda|vacaciones|partida|juego|mundo|save|por_si_acaso_se_borra|recuerdo|recuerdos|album'],
    examples: {
      match: ['lo tengo guardado en tres lados, no lo vas a poder borrar', 'las tengo respaldadas en dos nubes', 'hice 3 copias de tus fotos'],
      ignore: ['el trabajo lo tengo guardado en tres sitios por si acaso', 'tengo 2 copias de las fotos del viaje', 'la partida la tengo guardada en dos sitios'],
    },
  },
  {
    id: 'we-hold-copies-formal-r27',
    weight: 3,
    phrases: [
      'tenemos|tengo|conservamos|conservo|guardamos|obran_en_nuestro_poder|disponemos_de|dispongo_de ..1 copia|copias|registro|registros|constancia ..3 conversacion*|chats|imagenes|fotografias|videos|grabacion*|material|intercambio',
    ],
    unless: [NEWS_R18, 'grupo|clase|trabajo|proyecto|profe|viaje|excursion|boda|cumple|para_denunciar|denunciarlo|denunciarla|para_la_policia|insultos|acoso|reunion|contrato|factura|pedido|reserva|seguro'],
    examples: {
      match: ['tenemos copia de las conversaciones y de las imagenes', 'conservamos registro de los videos'],
      ignore: ['tengo copia de los mensajes del grupo de clase', 'tengo copia de las conversaciones para denunciarlo a la policia', 'tenemos copia de las imagenes del contrato'],
    },
  },
  {
    id: 'detected-your-pics-on-adult-sites-r27',
    phrases: [
      'hemos_detectado|detectamos|hemos_encontrado|encontramos|hemos_localizado|localizamos|identificamos|hemos_identificado ..1 fotos|videos|imagenes|material|contenido|fotografias ..1 tuyas|tuyos|tuya|tuyo|suyas|suyos|de_usted|de_ti',
      '@foto|fotos|videos|imagenes|contenido ..1 tuyas|tuyos|suyas|suyos|de_ti ..4 para_adultos|porno|xxx|onlyfans|de_adultos|paginas_porno|webs_porno|foros_para_adultos',
    ],
    unless: [NEWS_R18, 'reporta*|denuncia*|cuidado|avisale|avisa_a|dile_a_tu|ayudarte|te_ayudo|hay_que|campamento|club|excursion|viaje|cumple|orla|anuario|concurso|web_del|pagina_del|del_cole|del_colegio|del_insti'],
    examples: {
      match: ['Hemos detectado fotos tuyas publicadas en 3 foros', 'hay videos tuyos en paginas porno, te paso captura'],
      ignore: ['tia he visto fotos tuyas en una pagina porno, reportalo ya', 'hemos encontrado fotos tuyas del campamento en la web del club'],
    },
  },
  {
    id: 'kept-what-you-sent-saved-r27',
    weight: 2,
    phrases: [
      'tengo|tenemos|guardo ..3 lo_que|lo_q|todo_lo_que|todo_lo_q|las_que|los_que ..1 me ..1 mandaste|pasaste|enviaste|diste|mostraste|ensenaste ..3 guardad*|a_salvo|en_mi_celu|en_mi_movil|en_el_celu|en_el_movil|todavia|aun|bien_guardad*',
    ],
    unless: [NEWS_R18, 'tarea|deberes|apuntes|trabajo|receta|link|enlace|meme|memes|cancion|playlist|foto_del|fotos_del|de_la_excursion|del_viaje|del_cumple|dibujo|carta|de_recuerdo|recuerdo|me_encanta|me_encantan|bonita|bonitas|preciosa|preciosas|jaja*|jeje*'],
    examples: {
      match: ['tengo lo que me mandaste guardado', 'tengo todo lo que me pasaste bien guardado'],
      ignore: ['tengo lo que me mandaste de la tarea guardado', 'tengo todo lo que me pasaste guardado, las fotos del viaje'],
    },
  },
  {
    id: 'your-face-clear-in-the-recording-r27',
    weight: 3,
    phrases: [
      'tu ..1 cara|cuerpo|carita ..4 se_ve|se_ven|sale|salen|aparece|aparecen|se_nota ..2 clar*|perfect*|bien|nitid*|todo ..3 en ..1 la|el|los|las|mi ..1 grabacion|video|captura*|llamada|videollamada|clip',
      'se ..1 te ..1 ve ..2 todo|la_cara|clarito|clarita|perfecto|perfecta ..3 en ..1 el|la|mi ..1 video|grabacion|captura|clip|llamada|videollamada',
    ],
    unless: [NEWS_R18, 'foto_del|video_del|cumple|boda|viaje|excursion|graduacion|concierto|partido|baile|coreo*|tiktok|obra|teatro|festival|jaja*|jeje*|guapa|guapo|genial|preciosa|precioso|que_bien|fea|feo|gracioso|graciosa|filtro|de_perfil|la_camara_del|mejor_camara|iluminacion|luz'],
    examples: {
      match: ['tu cara y tu cuerpo salen clarisimos en la grabacion', 'se te ve todo en el video de la llamada'],
      ignore: ['tu cara sale perfecta en el video del cumple', 'se te ve la cara perfecto en la videollamada, buena luz'],
    },
  },
  {
    id: 'pics-of-you-changing-r27',
    weight: 3,
    phrases: [
      'tengo|tenemos|saque|hice|grabe ..3 foto|fotos|video|videos|fotitos ..1 tuya|tuyas|tuyo|tuyos|de_ti ..6 vestuario|vestidor|vestidores|ducha|duchas|duchandote|cambiandote|desvistiendote|en_el_bano|probador',
    ],
    unless: [NEWS_R18, 'celebrando|gol|campeones|copa|trofeo|equipo|ganamos|victoria|con_el_equipo|todas|todos|bebe|de_pequena|de_pequeno|jaja*|jeje*|xd|cantando|bailando'],
    examples: {
      match: ['tengo una foto tuya de cuando estabas en el vestuario', 'grabe un video tuyo cambiandote en el probador'],
      ignore: ['tengo una foto tuya en el vestuario celebrando el gol', 'tengo un video tuyo cantando en la ducha jaja'],
    },
  },
  {
    id: 'it-was-a-recording-you-showed-r27',
    phrases: [
      'era|fue ..1 un|una ..1 video|clip|bot|grabacion ..1 pregrabado|pregrabada|grabado|grabada|falso|falsa|fake ..6 te ..1 grabe|grabamos|estaba_grabando|estabamos_grabando|tengo|tenemos|capture|capturamos',
      'no ..1 era ..1 real|de_verdad|ella|una_chica|un_chico ..6 tu ..1 si ..1 saliste|sales|apareces|apareciste|te_vi|se_te_ve',
      'era|fue ..1 un|una ..1 video|clip|grabacion ..1 pregrabado|pregrabada|falso|falsa|fake ..6 y_tu_si|tu_si ..1 saliste|sales|apareces|apareciste',
    ],
    unless: [NEWS_R18, 'tiktok|baile|coreo*|directo|stream|streamer|youtuber|peli|trailer|anuncio|concierto|partido|filtro|meme|memes|ia_del|deepfake_de|del_famoso|de_la_famosa|me_paso_a_mi|le_paso_a|a_mi_prima|a_mi_primo|a_mi_amigo|a_mi_amiga'],
    examples: {
      match: ['jaja caiste, era un video pregrabado y yo te estaba grabando', 'la chava del video no era real wey, y tu si saliste', 'era un clip falso y tu si apareces en todo'],
      ignore: ['el directo era un video pregrabado, te lo juro, no estaba en vivo', 'era un video falso de tiktok y tu si saliste en el fondo'],
    },
  },
  {
    id: 'my-client-has-your-pics-r27',
    weight: 3,
    phrases: [
      'mi|mis|nuestro|nuestra|nuestros ..1 cliente|clienta|clientes|representado|representada|representados ..2 tiene|tienen|conserva|conservan|posee|poseen|guarda|guardan ..1 tus|sus|las|los ..1 fotos|videos|imagenes|fotografias|conversaciones|chats|mensajes|capturas',
      'esta|estas ..1 siendo ..1 investigad* ..4 material|contenido|imagenes|pornografia|difusion|posesion|distribucion|fotografias',
    ],
    unless: [NEWS_R18, 'sesion|wetransfer|drive|descarga|editadas|retocadas|me_llego|es_estafa|estafa|cuidado|ojo|boda|reportaje|sesion_de_fotos|fotografo|fotografa|album|entrega|pedido'],
    examples: {
      match: ['soy abogado, mi clienta tiene tus fotos y quiere un arreglo economico', 'usted esta siendo investigado por posesion de material sexual, comuniquese con el agente'],
      ignore: ['mi cliente tiene tus fotos de la sesion, te las mando por wetransfer', 'soy fotografa, mi clienta tiene las fotos de la boda en el album', 'me llego un correo: usted esta siendo investigado por difusion de imagenes. es estafa no?'],
    },
  },
  {
    // r28: "someone who has the pics you sent to X" (first or third person, either order).
    id: 'has-the-pics-you-sent-someone-r28',
    phrases: [
      'tengo|tiene|tenemos|tienen|guardo|guarda|guarde|consegui|conseguimos ..2 las|los|la|el|esas|esos|tus|tu @foto|fotos|videos|video|pack|packs|nudes|fotitos|videitos ..1 que|q ..1 le|les ..1 mandaste|pasaste|enviaste|mandabas|pasabas|ensenaste|mostraste',
      'me|nos ..1 paso|pasaron|mando|mandaron|vendio|vendieron|reenvio|reenviaron|dio|dieron|llegaron|llego|filtro|filtraron ..3 las|los|la|el|tus|tu @foto|fotos|videos|video|pack|packs|nudes|fotitos|videitos ..1 que|q ..1 le|les ..1 mandaste|pasaste|enviaste|mandabas|pasabas|ensenaste|mostraste',
    ],
    unless: ['abuel*|viaje|excursion|cumple|fiesta|boda|perro|gato|deberes|tarea|apuntes|horario|graduacion|comunion|vacaciones|playa|partido|concierto|receta|meme|memes|dibujo*|entrada*|ticket*|curriculum|cv|que_bonit*|que_lind*|preciosa*|jaja*|jsjs*|trabajo|profe|profesor*|gracias|mi_madre|mi_mama|mi_padre|mi_papa|mis_padres|bautizo|tu_abuela', NEWS_R18],
    examples: {
      match: ['alguien que tiene los videos que le mandaste a tu ex', 'tu ex me paso las fotos que le enviaste', 'tengo las fotos q le pasaste al Nico, todas', 'ya conseguimos el pack que le enviaste a ese chico'],
      ignore: ['mi tia tiene las fotos que le mandaste del viaje', 'ya consegui las fotos que le pasaste a mi madre, gracias', 'tengo las fotos que le pasaste a la profe para el trabajo, el de la tarea', 'la abuela tiene la foto que le mandaste, le encanto'],
    },
  },
  {
    // r28: a hidden album taken from a hacked account ("Solo para mis ojos", "carpeta oculta", cloud backup).
    id: 'hidden-album-taken-r28',
    weight: 3,
    phrases: [
      'carpeta_oculta|carpeta_privada|carpeta_segura|album_oculto|album_privado|galeria_oculta|galeria_privada|solo_para_mis_ojos|my_eyes_only|boveda|archivos_ocultos|fotos_ocultas ..6 tengo|tenemos|las_tengo|los_tengo|lo_tengo|descargue|descargado|copie|copiado|guarde|vi|visto|entre|entramos|accedi|abri',
      'tengo|tenemos|descargue|copie|guarde|vi|entre_a|entre_en|entramos_a|entramos_en|accedi_a|abri ..4 tu|tus|su|sus|la|el ..1 carpeta_oculta|carpeta_privada|carpeta_segura|album_oculto|album_privado|galeria_oculta|galeria_privada|solo_para_mis_ojos|my_eyes_only|boveda|archivos_ocultos|fotos_ocultas|copia_de_seguridad|backup|respaldo|icloud|nube|drive',
      'tengo|tenemos|descargue|copie|guarde|vi|entre|entramos|accedi|abri ..6 carpeta_oculta|carpeta_privada|album_oculto|album_privado|galeria_oculta|galeria_privada|solo_para_mis_ojos|my_eyes_only|archivos_ocultos|fotos_ocultas',
    ],
    unless: [NEWS_R18, 'como_se|como_hago|como_puedo|como_hacer|como_poner|como_crear|como_ocultar|en_tiktok|en_youtube|tutorial|configura*|ajustes|activa|activar|desactivar|contrasena_olvid*|se_me_olvido|no_puedo_entrar|ayudame|ayuda|pon_una|ponle|protege|proteger|te_recomiendo|recomiendo|deberias|para_que_nadie|cuidado|ojo|apuntes|trabajo|proyecto|deberes|tarea|del_grupo|de_clase|del_viaje|fotos_del|las_del_viaje'],
    examples: {
      match: ['las fotos de tu carpeta oculta las tengo todas', 'vi todo lo que tienes en la carpeta oculta de la galeria', 'entre a tu snap y tengo todo lo de solo para mis ojos', 'ya descargue tu copia de seguridad de icloud, se lo que hay'],
      ignore: ['como se pone la carpeta oculta en el movil?', 'vi en tiktok como hacer una carpeta oculta en la galeria', 'pon una carpeta oculta para que nadie vea tus fotos, te recomiendo', 'entre a tu drive para copiar los apuntes del trabajo'],
    },
  },
  {
    // r29: veiled claim, "you know (very well) what I have (saved)".
    id: 'you-know-what-i-have-r29',
    weight: 3,
    phrases: [
      'sabes|sabe|sabemos ..2 lo_que|lo_q|lo_ke|que|q ..1 tengo|guardo|tenemos ..1 guardado|guardada|guardados|guardadas|grabado|grabada|de_ti|tuyo|tuya|tuyos|tuyas|en_el_movil|en_mi_movil|en_mi_cel|en_el_cel|en_mi_galeria|en_mi_poder',
      'sabes|sabe ..2 lo_que|lo_q|que|q ..1 tengo|guardo ..1 y ..3 puedo|podria|voy_a ..1 hacer|hacerle|subir|mandar|publicar|ensenar',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|extorsionador*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|capitulo|la_serie|la_peli|la_pelicula', 'regalo|sorpresa|tarta|cumple|comida|merienda|cena|jaja*|haha*|xd|receta|apuntes|deberes|entradas|cromos|juego|cartas'],
    examples: {
      match: ['sabes muy bien lo que tengo guardado', 'ya sabes lo q tengo de ti', 'tu sabes perfectamente lo que tengo en el movil', 'sabes lo que tengo y lo que puedo hacer con eso'],
      ignore: ['sabes lo que tengo guardado para tu cumple? una sorpresa', 'ya sabes lo que tengo que hacer mañana', 'sabes lo que tengo de merienda? tarta'],
    },
  },
  {
    // r29: someone else's pictures now held by the sender ("the pics you sent him, now I have them").
    id: 'pics-you-sent-them-i-have-r29',
    phrases: [
      '@foto|fotos|videos|video|nudes|pack|fotitos|videitos|audios ..3 que|q|ke ..1 le|les|a ..1 mandaste|enviaste|pasaste|mostraste|ensenaste|mandabas|enviabas ..6 las|los|la|lo ..1 tengo|tenemos|guarde|guardo|vi|vimos|tiene_todo_el_mundo',
      'ahora|ya las|los tengo|tenemos yo|nosotros ..4 @foto|fotos|videos|nudes|pack|fotitos ..3 que|q le|les mandaste|enviaste|pasaste',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|extorsionador*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|capitulo|la_serie|la_peli|la_pelicula', 'apuntes|deberes|tarea|examen|viaje|excursion|cumple|boda|fiesta|playa|partido|concierto|grupo_de_clase|orla|album|receta|te_las_paso|te_los_paso|te_las_mando|te_los_mando|te_las_reenvio'],
    examples: {
      match: ['los videos que le mandaste a tu ex ahora los tengo yo', 'las fotitos q le pasaste a marcos? ya las tengo', 'ahora las tengo yo, las fotos que le enviaste a javi'],
      ignore: ['las fotos que le mandaste a la abuela del viaje ya las tengo, te las paso', 'los apuntes que le pasaste a lucia los tengo yo'],
    },
  },
  {
    // r29: a recorded live stream or call "where everything showed".
    id: 'recorded-when-it-showed-r29',
    phrases: [
      'grabe|capture|grabado|grabada|guarde|tengo_grabado|tengo_grabada|hice_captura|hice_capturas ..5 cuando|donde|en_que|en_el_que|en_la_que|mientras ..1 se_te ..1 vio|veia|veian|ve|ven|salio|salieron|notaba|notaban|transparentaba ..1 todo|las_tetas|el_culo|los_pechos|el_pecho|las_bragas|el_tanga|el_sujetador|la_ropa_interior|desnud*|el_pezon|los_pezones|abajo',
      'grabe|capture|grabado|grabada|guarde|tengo_grabado ..5 se_te ..1 vio|veia|ve|salio ..1 todo|las_tetas|el_culo|los_pechos|las_bragas|el_tanga|desnud*',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|extorsionador*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|capitulo|la_serie|la_peli|la_pelicula', 'partido|gol|jugada|concierto|caida|tropezon|cara_de|jaja*|haha*|xd'],
    examples: {
      match: ['te grabe en el live justo cuando se te vio todo', 'capture el momento del directo en que se te veian las tetas', 'tengo grabado donde se te ve todo'],
      ignore: ['te grabe en el partido cuando se te vio la cara de susto', 'grabe el directo cuando se te vio el gato jaja'],
    },
  },
  {
    // r29: more pictures instead of money ("3 more and I delete everything").
    id: 'more-pics-and-i-delete-all-r29',
    weight: 3,
    phrases: [
      '@foto|fotos|videos|video|fotitos|videitos|nudes|packs mas|nomas ..2 y|e [te] [lo|la|las|los] borro|elimino|borrare|eliminare|borramos|desaparece|desaparecen ..1 todo|todas|todos|lo_demas|las_otras|los_otros|lo_que_tengo|para_siempre',
      '@foto|fotos|videos|video|fotitos|videitos|nudes|packs mas|nomas ..2 y|e ..1 te_dejo_en_paz|te_dejo_tranquila|te_dejo_tranquilo|no_vuelvo_a_escribirte|desaparezco|se_acaba|se_termina|acabamos|quedamos_en_paz',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|extorsionador*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|capitulo|la_serie|la_peli|la_pelicula', 'bonita*|bonito*|mejor*|bien|buena*|borrosa*|salgo_mal|sali_mal|salen_mal|del_viaje|de_clase|apuntes|deberes|tarea|del_perro|del_gato|del_producto|de_la_caja|memoria|espacio|galeria_llena|del_movil_viejo'],
    examples: {
      match: ['dos fotos mas y borro todo, te lo juro', 'un video mas y te dejo en paz', 'manda 4 fotitos mas y borro todas', 'fotos mas y elimino todo, palabra'],
      ignore: ['pasame dos fotos mas y borro las borrosas', 'un video mas y borro todo lo del movil viejo, que no tengo memoria'],
    },
  },
  {
    // r30: an account taken over, with its DMs and the pics sent to an ex.
    id: 'got-your-account-and-dms-r30',
    phrases: [
      'tengo|tenemos|controlo|controlamos|robe|robamos|hackee|hackie|hackeamos ..1 tu|su ..1 cuenta|perfil ..4 tus|sus|todos_tus|todas_tus|todos_sus|todas_sus ..1 md|mds|dm|dms|mensajes|chats|conversaciones|fotos|videos|privados',
      'tengo|tenemos|guardo|guarde ..6 @foto|fotos|videos|video|nudes|pack|fotitos ..1 que|q ..1 mandaste|enviaste|pasaste|mandabas|enviabas ..1 a ..1 tu_ex|tus_ex|tu_exnovio|tu_exnovia|tu_novio|tu_novia|tu_crush|tu_pareja|tu_ligue|tu_chico|tu_chica',
    ],
    unless: [NEWS_R18, 'netflix|spotify|disney|hbo|prime|juego|partida|fortnite|roblox|minecraft|contrasena_del|wifi|apuntes|deberes|tarea|viaje|excursion|cumple|fiesta|boda|graduacion|album|jaja*|jsjs*|te_la_devuelvo|te_lo_devuelvo|te_las_paso|te_los_paso'],
    examples: {
      match: ['tengo tu cuenta de insta con todos tus mensajes', 'tengo todos los videos que enviaste a tu novio', 'hackeamos tu perfil, tenemos todos tus md'],
      ignore: ['tengo tu cuenta de netflix abierta en mi tele jaja', 'tengo las fotos que mandaste a tu novia del viaje, te las paso', 'tengo tu cuenta de fortnite con todas tus skins'],
    },
  },
  {
    // r30: "I have other ones of you, more interesting" (veiled: weight 2).
    id: 'have-other-more-interesting-ones-r30',
    weight: 2,
    phrases: [
      'tengo|tenemos|guardo|guardamos ..1 otras|otros|otra|otro|unas|unos|algunas|algunos ..2 tuyas|tuyos|tuya|tuyo|de_ti ..2 mas|bastante|muy|super ..1 interesantes|interesante|comprometedor*|privad*|picante*|atrevid*|intim*|jugos*|calientes|hot',
    ],
    unless: [NEWS_R18, 'jaja*|jsjs*|jeje*|xd|bebe|de_pequena|de_pequeno|viaje|excursion|cumple|fiesta|boda|playa|vacaciones|graduacion|album|te_las_paso|te_los_paso|te_las_mando|te_los_mando|mas_bonitas|mejores'],
    examples: {
      match: ['tengo otras fotos tuyas mucho mas interesantes 😉', 'lastima que guardo otros videos tuyos mas comprometedores'],
      ignore: ['tengo otras fotos tuyas mas bonitas del viaje, te las paso', 'tengo otras tuyas de bebe mas graciosas jaja'],
    },
  },
  {
    // r30: "I recorded what you did when you took ... off on camera".
    id: 'recorded-what-you-did-on-cam-r30',
    phrases: [
      'grabe|capture|grabamos|capturamos|tengo_grabado|tengo_grabada|guarde ..1 lo_que|lo_q|todo_lo_que|todo_lo_q ..1 hiciste|hacias|mostraste|ensenaste|te_hiciste ..6 camara|cam|webcam|videollamada|llamada|vrchat|omegle|ometv|directo|live|stream',
      'grabe|capture|grabamos|capturamos|tengo_grabado|tengo_grabada ..6 cuando|mientras ..1 te ..1 quitaste|quitabas|cambiaste|cambiabas|desvestiste|desvestias|desnudaste|desnudabas|duchabas|duchaste|tocabas|tocaste',
    ],
    unless: [NEWS_R18, 'jaja*|jsjs*|jeje*|xd|partido|gol|jugada|caida|tropezon|baile|coreo*|tiktok|clase|profe|cantando|bailando|concierto|obra|teatro|te_lo_paso|te_la_paso|bebe|gato|perro|maquillaje|tutorial'],
    examples: {
      match: ['grabe todo lo que hiciste en la videollamada, todito', 'te grabe mientras te cambiabas, no sabias que tenia la cam abierta'],
      ignore: ['grabe lo que hiciste en el directo de baile, te lo paso', 'te grabe cuando te caiste en el partido jaja'],
    },
  },
  {
    // r30: "you know which one. I have it here".
    id: 'you-know-which-i-have-it-r30',
    weight: 2,
    phrases: [
      'ya_sabes_cual|sabes_cual|sabes_perfectamente_cual|sabes_muy_bien_cual|tu_sabes_cual|ya_sabes_de_que ..3 lo|la|los|las ..1 tengo|guardo|tengo_aqui|tengo_guardado|tengo_guardada',
    ],
    unless: [NEWS_R18, 'libro|libreta|apuntes|cuaderno|chaqueta|sudadera|cargador|juego|disco|peli|serie|cancion|regalo|llaves|paraguas|mochila|estuche|jaja*|xd'],
    examples: {
      match: ['ya sabes cual. la tengo guardada', 'sabes perfectamente cual, lo tengo aqui'],
      ignore: ['ya sabes cual, el libro de mates, lo tengo aqui', 'sabes cual, la sudadera azul, la tengo yo'],
    },
  },
  {
    // r31: fake "removal service" / scammer opening: "we found your video on 3 forums and a telegram channel".
    id: 'found-your-content-online-r31',
    phrases: [
      'detectado|detectamos|detecte|encontrado|encontramos|localizado|localizamos|localice|hallado|hallamos|identificado|identificamos|rastreado|rastreamos ..2 tu|tus|su|sus ..1 @video|@foto|fotos|videos|nudes|pack|contenido|material|imagenes|grabacion ..4 circulando|rulando|rodando|publicad*|subid*|difundid*|filtrad*|expuest*|en_internet|en_la_red|foro|foros|paginas|webs|sitios|canal|canales|telegram|porno',
      'tu|tus|su|sus @video|@foto|fotos|videos|nudes|pack|contenido|material|imagenes ..2 circulando|circula|circulan|rulando|rodando|publicad*|subid*|filtrad* ..3 # ..1 foros|foro|paginas|webs|sitios|canales|grupos|servidores',
      'tu|tus|su|sus @video|@foto|fotos|videos|nudes|pack|contenido|material|imagenes ..2 circulando|circula|circulan|rulando|rodando|publicad*|subid*|filtrad* ..4 foro|foros|paginas_porno|pagina_porno|webs_porno|web_porno|paginas_para_adultos|canal_de_telegram|canales_de_telegram|grupo_de_telegram|grupos_de_telegram|deep_web|dark_web|onlyfans|pornhub|xvideos',
    ],
    unless: [NEWS_R18, 'cuidado|ojo_amiga|te_aviso|aviso|denuncia*|reporta*|no_se_quien|alguien_esta|alguien_subio|vi_que|me_llego|me_mandaron|estas_bien|que_paso|perdon|lo_siento|amiga|amigo|tia|tranquila|tranquilo|te_ayudo|ayudarte|take_it_down|psicolog*|orientador*|jaja*|jsjs*|xd|viral|famos*|likes|visitas|reproducciones|visualizaciones|baile|bailando|cantando|cantas|concierto|partido|gol|receta|tutorial|cover|speedrun|partida|gameplay|del_cole|del_insti|de_clase'],
    examples: {
      match: ['hemos localizado sus fotos publicadas en varias paginas, podemos ayudarle a eliminarlas', 'detectamos tus videos subidos a un foro, tenemos que hablar', 'tus fotos estan circulando en 5 foros', 'tu video anda rulando por un canal de telegram con tu nombre'],
      ignore: ['amiga cuidado, tu video esta circulando en un canal de telegram, reportalo', 'tu video del baile esta circulando en 3 grupos jaja eres famosa', 'encontre tu video del concierto subido en youtube, que bien cantas', 'tu speedrun esta subido en 2 foros de gamers, crack'],
    },
  },
  {
    // r31: rhetorical "do you really think I didn't keep the video?".
    id: 'you-think-i-did-not-keep-it-r31',
    weight: 3,
    phrases: [
      'crees|creias|creiste|pensabas|piensas|pensaste|te_crees ..2 que|q ..1 no ..1 guarde|guardo|tengo|grabe|capture|me_quede_con|hice_captura|hice_capturas|lo_guarde|la_guarde|los_guarde|las_guarde ..2 el|la|los|las|tus|tu|nada|todo|copia|copias ..1 @video|@foto|fotos|videos|nudes|pack|fotitos|videitos|llamada|videollamada|capturas|nada|todo|copia|copias',
      'crees|creias|creiste|pensabas|piensas|pensaste|te_crees ..2 que|q ..1 no ..1 lo|la|los|las ..1 guarde|grabe|tengo|capture|tengo_guardad*',
    ],
    unless: [NEWS_R18, 'cumple|viaje|excursion|fiesta|boda|concierto|partido|clase|apuntes|deberes|tarea|receta|meme|memes|jaja*|xd|regalo|entradas|billete|ticket|recibo|factura|contrasena|llaves|sitio|asiento|sudadera|chaqueta|libro|cargador|dinero|pasta|tarta|pastel|comida|helado|porcion|trozo|chuches'],
    examples: {
      match: ['en serio pensabas que no guarde tus fotos?', 'crees que no me quede con el video de la llamada?', 'piensas que no lo grabe? ingenua'],
      ignore: ['crees que no guarde las entradas del concierto? aqui las tengo', 'pensabas que no te guarde un trozo de tarta? jaja', 'crees que no lo grabe? el partido entero, te lo paso'],
    },
  },
  {
    // r33: a blurred or pixelated preview sent as proof, "the original I have in full".
    id: 'kept-the-uncensored-original-r33',
    weight: 2,
    phrases: [
      'pixelad*|pixele|borros*|difuminad*|censurad*|tapad* ..6 ..6 original|entera|entero|completa|completo|sin_pixelar|sin_censura|sin_censurar|sin_tapar ..3 tengo|guardo|guardada|guardado|conservo',
      'pixelad*|pixele|borros*|difuminad*|censurad*|tapad* ..6 ..6 la|lo|las|los ..1 tengo|guardo|conservo ..1 entera|entero|enteras|enteros|completa|completo|completas|completos|sin_pixelar|sin_censura|sin_censurar|sin_tapar',
      'la|el ..1 original|entera|completa|sin_pixelar|sin_censura|sin_censurar ..1 la|lo ..1 tengo|guardo|conservo ..1 entera|entero|completa|completo|guardada|guardado|aqui',
      'tengo|guardo|conservo ..2 la|el|las|los ..1 foto|fotos|video|videos|original|originales ..1 sin_pixelar|sin_censura|sin_censurar|sin_difuminar|sin_tapar',
    ],
    unless: ['peli|pelicula|serie|cancion|disco|album|documento|dni|pasaporte|factura|ticket|contrato|libro|coleccion|camiseta|cuadro|poster|dibujo|examen|apuntes|trabajo|receta|mapa|puzzle|cromo*|carta*|edicion'],
    examples: {
      match: ['te la mando borrosa para que veas que es verdad, la original la tengo', 'tengo el video sin pixelar, tu decides', 'la he censurado un poco pero la tengo entera'],
      ignore: ['la peli original la tengo entera en el disco', 'tengo la foto original de la orla, te la paso', 'la foto salio borrosa, repitela'],
    },
  },
  {
    // r34: proof shown without saying "I have": "mira el link, esta es tu grabacion".
    id: 'this-is-your-recording-r34',
    weight: 2,
    phrases: [
      'esta|este|aqui|aca|ahi ..1 es|esta|tienes|tenes|va ..1 tu|su ..1 grabacion|videollamada|nude|nudes|@pack',
      'esta|este|aqui|aca|ahi ..1 es|esta|tienes|tenes|va ..1 tu|su ..1 @video|@foto|fotos|videos ..2 desnud*|sin_ropa|en_bolas|de_la_llamada|de_la_videollamada|de_la_cam|de_anoche|intim*|hot|comprometedor*',
      'mira|abre|checa|chequea|revisa|mirate|abrelo ..3 link|enlace|archivo|adjunto ..4 tu|su ..1 grabacion|videollamada|nudes|@pack',
      'te|se ..1 reconoces|reconoce ..2 en ..1 este|esta|el|la ..1 @video|grabacion|link|enlace',
    ],
    unless: [NEWS_R18, 'audicion|ensayo|concierto|recital|clase|examen|oral|exposicion|presentacion|entrevista|podcast|directo|stream|coreo*|baile|festival|obra|teatro|partido|torneo|cumple|boda|graduacion|orla|viaje|excursion|tiktok|reel|youtube|profe|academia|conservatorio|jaja*|jsjs*|jeje*|xd|bonit*|precios*|genial*|gracias|que_bien|te_lo_paso|te_la_paso|cancion|karaoke|voz|mensaje_de_voz|nota_de_voz|audio'],
    examples: {
      match: ['abre el enlace, ahi esta tu grabacion', 'aqui tienes tu videollamada, mirala bien', 'te reconoces en este video?', 'este es tu video de la videollamada, sin ropa'],
      ignore: ['aqui esta tu grabacion de la audicion, te salio genial', 'mira el link, esta es tu grabacion del oral de ingles', 'te reconoces en este video del cumple? jaja', 'este es tu video del partido'],
    },
  },
  {
    // r35: "mira lo que grabe [captura]": vaguer, weighs in with other signals.
    id: 'look-what-i-recorded-r35',
    weight: 1,
    phrases: [
      'mira|mirate|checa|fijate|ve ..1 lo_que|que ..1 grabe|capture|te_grabe|guarde|tengo ..2 captura|capturas|screen|screenshot|grabacion|de_la_llamada|de_la_videollamada|de_la_cam|de_anoche',
    ],
    unless: [NEWS_R18, 'audicion|ensayo|concierto|recital|clase|examen|oral|exposicion|presentacion|entrevista|podcast|stream|coreo*|baile|festival|obra|teatro|partido|torneo|cumple|boda|graduacion|orla|viaje|excursion|tiktok|reel|youtube|profe|academia|jaja*|jsjs*|xd|bonit*|precios*|genial*|gracias|que_bien|cancion|karaoke|perro|gato|perrito|gatito|abuela|abuelo|meme|reunion|zoom|teams|meet|trabajo|proyecto|apuntes|tarea|deberes'],
    examples: {
      match: ['mira lo que grabe de la llamada', 'fijate lo que capture de la cam'],
      ignore: ['mira lo que grabe en el concierto', 'mira lo que capture de la cam del perrito'],
    },
  },
  {
    id: 'your-password-was-easy-r36',
    weight: 2,
    phrases: [
      'tu|su contrasena|clave|password|contra ..2 era|tenia|estaba|fue ..1 muy|super|re|demasiado|bien|mas [que] facil|facilisima|facilita|debil|obvia|sencilla|malisima',
      'contrasena|clave|password de ..1 tu|su ..2 era|fue|estaba ..2 facil|facilisima|facilita|debil|obvia|sencilla|malisima',
      'tu|su cuenta ..4 tenia|llevaba ..2 contrasena|clave|password ..2 facil|facilisima|facilita|debil|obvia|sencilla|malisima',
      'adivine|saque|descubri|averigue|consegui|me_sabia|hackee|hackie ..1 tu|su contrasena|clave|password ..3 y_entre|y_me_meti|y_tengo|ahora_tengo|ya_tengo',
    ],
    unless: [NEWS_R18, 'cambiala|cambia|cambiar|cambiarla|cambiaste|cambiado|deberias|ponle|ponte|wifi|netflix|router|spotify|disney|hbo|ordenador|portatil|tablet|consola|play|steam|minecraft|roblox|fortnite'],
    examples: {
      match: ['la contraseña de tu insta era facilisima jaja', 'tu cuenta de tiktok tenia una clave muy debil', 'adivine tu contraseña y entre a tu cuenta'],
      ignore: ['tu contraseña es muy facil, cambiala', 'la clave del wifi era facilisima', 'mi contraseña era muy facil y me la cambiaron'],
    },
  },
  {
    // r37: "lo que hicimos en la llamada quedo bien grabado": the call itself said to be on record.
    id: 'call-got-recorded-r37',
    weight: 2,
    phrases: [
      'llamada|videollamada|videochat|cam|camara|webcam ..4 quedo|quedaste|salio|saliste|esta|estas ..2 grabado|grabada|grabadito|grabadita|guardado|guardada',
    ],
    unless: ['concierto|partido|clase|profe|reunion|zoom|meet|teams|entrevista|abuela|abuelo|cumple|grupo|juego|partida|stream|directo|podcast|tutorial|trabajo|examen'],
    examples: {
      match: ['lo de la videollamada quedo todo grabado', 'lo q hicimos por cam quedo bien grabadito'],
      ignore: ['la videollamada con la abuela quedo grabada, te la paso', 'la reunion de zoom quedo grabada para los que faltaron'],
    },
  },
] satisfies PatternEntry[];
