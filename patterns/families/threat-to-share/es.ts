import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'or-i-post',
    phrases: [
      'si no ..3 publico|publicare|subo|subire|filtro|filtrare|difundo|expongo|comparto ..1 todo|tus|las|los|el|la|esto',
      'si_no|sino|o ..4 subo|publico|mando|envio|paso|comparto|filtro|subire|publicare|difundo|ensenare|mandare|enviare tus|sus|todas_tus|todos_tus @foto|videos|video|nudes|fotitos|conversaciones|mensajes|capturas',
      'o|sino|si_no lo|la|los|las|les|se|te|todo ..2 @pubv',
      'si_no|sino ..3 lo|la|los|las|les|se|te ..2 @pubv',
      'o|sino|si_no voy_a|vamos_a|lo_voy_a|las_voy_a|los_voy_a|la_voy_a|te_voy_a ..1 @pubv',
      'o|sino|si_no publico|publicare|filtro|filtrare|difundo|difundire|expongo|expondre|escracho|funo|viralizo|subo|subire|comparto|compartire|posteo|cuelgo',
      'o|sino|si_no ..3 @sendv|@tellv ..4 todos|todas|@targ',
      'o|sino|si_no ..1 todos|todas|@targ ..3 lo|la|los|las ..1 ven|ve|veran|vera|reciben|recibe|recibiran|recibira|van_a_ver|va_a_ver|van_a_recibir|va_a_recibir',
      'si ..3 bloqueas|bloquea|bloqueais|ignoras|denuncias|denuncia|reportas|reporta|me_dejas ..4 lo|la|los|las|todo|se ..2 @pubv',
      'si ..3 bloqueas|bloquea|ignoras|denuncias|reportas ..4 se ..1 lo|la|los|las ..1 @sendv',
      'o|sino|si_no lo|la|los|las|se|te|todo ..2 @sendv|@pubv ..3 grupo_del_colegio|grupo_del_cole|grupo_del_insti|grupo_del_instituto|grupo_de_tu_clase|grupo_de_tu_colegio|grupo_de_tu_cole|grupo_de_tu_escuela|grupo_de_la_escuela|grupo_del_salon|grupo_de_tu_familia|grupo_familiar|grupo_de_la_familia',
      'o|sino|si_no ..2 @photo|@video|todo|tus_fotos|el_video ..2 va_a|van_a|lo|la|los|las|le|les ..2 llegar|llega|llegan|llegara|llegaran|ver|veran|vera|ven|circular|salir',
      'o|sino|si_no ..2 todos|todas|@targ ..3 van_a_ver|va_a_ver|veran|vera|lo_veran|lo_vera|se_enteraran|se_enterara|sabran|sabra|van_a_saber|se_van_a_enterar',
    ],
    unless: ['o_no|o_que|jaja_o|luego_lo|mas_tarde|despues_lo'],
    examples: {
      match: ['paga por bizum o lo publico', 'mandame otra o las publico', 'pasame 20 lucas o las mando al grupo del colegio', 'o lo paso al grupo de tu familia', 'o me pagas o todos tus amigos las ven', 'si me bloqueas las publico', 'si me denuncias se las mando', 'o lo mando a todos', 'manda 200 dolares por paypal o el video le llega a tu familia', 'sino lo subo a todas las redes', 'hazlo ya o le digo a todos lo que me contaste'],
      ignore: ['lo subo o no?', 'quieres ir al cine o subir a mi casa?', 'o compartir la pizza', 'o lo subes tu o lo subo yo mas tarde', 'si me bloqueas en el juego te reporto', 'si me dejas te paso a buscar', 'quieres que te lo mande por correo o por whatsapp?'],
    },
  },
  {
    id: 'send-to-your-people',
    phrases: [
      'etiquetar*|etiqueto|etiquetare ..3 @targ|todos|todas ..3 @photo|@video|fotos|videos|nudes',
      'hacer|hare|hago|voy_a_hacer publico|publicos|publica|publicas|viral|virales ..2 tu|tus|el|la|los|las|todo',
      'lo|la|los|las|te ..2 comparto|compartire|filtro|difundo|reenvio ..3 todos_lados|todas_partes|internet|redes|todas|todos',
      'crear|creo|creare|hacer|hago|hare|abrir|abro ..1 una|un cuenta|perfil|insta ..3 con ..1 tus|tu @foto|fotos|nombre|cara|videos',
      'lo|la|los|las|le|les|se|te|todo ..3 @pubv|@sendv ..4 @targ',
      '@pubv|@sendv ..3 @photo|@video|fotos|videos|todo|conversacion*|capturas|nudes|pack|packs|fotitos|videitos ..3 a|con|en|por ..1 @targ',
      '@pubv|poner|pongo|pondre|meto|metere|meter ..4 grupo|grupos|canal|canales|foro|foros ..2 de|en ..1 telegram|porno|adultos|pervertidos|xxx|nsfw|onlyfans',
      '@targ ..4 y ..1 le|les|se ..1 lo|la|los|las ..1 mando|envio|paso|enseno|muestro|mandare|enviare|ensenare|reenvio ..1 todo|todito|el_video|los_videos|tus_fotos|tus_videos|tus_nudes|tu_pack|las_capturas|los_chats|nuestros_chats',
      '@targ ..4 y ..1 le|les ..1 mando|envio|paso|enseno|muestro|mandare|enviare|ensenare|reenvio ..1 todo|todito|el_video|los_videos|tus_fotos|tus_videos|tus_nudes|tu_pack|las_capturas|los_chats|nuestros_chats',
      'voy a|lo_voy_a|la_voy_a|las_voy_a|los_voy_a|te_voy_a ..2 publicar*|subir*|filtrar*|difundir*|exponer*|escrachar*|funar*|viralizar*|compartir* ..4 todos|todas|@targ|internet|redes|@app|paginas|porno|xvideos|pornhub',
      'voy|vamos a publicar|subir|colgar|postear|compartir|difundir|filtrar|mandar|ensenar|mostrar|pasar ..1 tus|sus|todas_tus|todos_tus @foto|videos|video|nudes|pack|packs|fotitos|conversaciones|chats|mensajes|capturas',
      'lo|la|los|las|te ..2 subo|publico|cuelgo|posteo|subire|publicare|subir|publicar ..3 internet|redes|red|porno|pagina*|web|xvideos|pornhub|onlyfans|foro*|todas_partes',
      '@pubv|@sendv ..3 tu|tus|todas_tus|todos_tus|el|los|la|las ..1 @video|@photo|fotos|videos|nudes|pack|packs ..4 porno|porn|pornhub|xvideos|xhamster|onlyfans|paginas_para_adultos|paginas_de_adultos|sitios_para_adultos|foros_porno|todo_internet',
      'filtro|filtrare|difundo|difundire|expongo|expondre|viralizo|escracho|funo|filtrar*|difundir*|exponerte|escracharte|funarte|viralizar* ..4 @photo|@video|fotos|videos|nudes|pack|todo|internet|redes|@app|paginas|porno',
      'te|lo|la|los|las ..2 expongo|expondre|escracho|funo|quemo|filtro|difundo|viralizo|voy_a_exponer|voy_a_escrachar|voy_a_funar|voy_a_quemar|voy_a_filtrar',
    ],
    unless: ['le_va_a_encantar|queria_verlo|queria_verla|quiere_verlo|quiere_verla|queria_ver|quiere_ver|me_pidio|me_pidieron|le_gusta|le_va_a_gustar|le_encanta|le_encantara|orgullos*|fiesta|cumple|invitacion|link|enlace|regalo|sorpresa|recuerdo|apuntes|deberes|horario|ubicacion|grupo_de_clase|del_viaje|de_la_excursion|sonrisa|cafe|carne|pan|comida|del_club|del_equipo|de_la_empresa|de_la_tienda|del_negocio|del_torneo|preciosa|preciosas|precioso|preciosos|bonita|bonitas|bonito|bonitos|lindas|lindos|guapisima*|papeleo|papeles|documento*|documentacion|formulario*|autorizacion|informacion|info|detalles|partido|graduacion|boda|bautizo|comunion|navidad|vacaciones|playa|torneo|concierto|actuacion|festival|recital|bebe|perrito|gatito|le_gustaron|le_gusto|las_pidio|lo_pidio|me_las_pidio|me_lo_pidio|me_los_pidio'],
    examples: {
      match: ['si no me pagas 300 euros se las mando a todos tus seguidores', 'Si no realiza una transferencia de 500 dolares lo voy a compartir con todos sus contactos', 'voy a subir tus fotos a internet', 'te voy a exponer', 'filtro tus nudes', 'le mando el video a tu madre', 'subo tu video a todas las paginas porno si no me respondes', 'publicare tus fotos en paginas para adultos', 'comparto el video en pornhub', 'mando tus nudes a tu lista de amigos de face', 'ahorita mismo le escribo a tu papa y le mando todo', 'hablo con tu novio y le enseño los chats', 'las voy a poner en un grupo de telegram porno'],
      ignore: ['te mando la invitacion de la fiesta a ti y a tus amigos', 'lo subo a insta luego', 'te paso los apuntes por whatsapp', 'ahora se las mando a todos las fotos del viaje', 'subo tu video a tiktok?', 'subire las fotos a todas las redes del club', 'se las mando a tu mama para que las vea, estan preciosas', 'le mando a tu papa las fotos del partido', 'voy a poner las fotos en el grupo de clase', 'le escribo a tu mama y le mando el video del partido', 'le escribo a tu papa y le mando todo el papeleo del seguro'],
    },
  },
  {
    id: 'everyone-will-see',
    phrases: [
      '@photo|@video|fotos|videos|todo|nudes|pack ..2 sera|seran|va_a_ser|van_a_ser|seria|serian ..1 enviad*|publicad*|compartid*|difundid*|filtrad*|subid*|mandad*|reenviad* ..3 @targ|todos|todas|internet|redes',
      'todos|todas|@targ ..4 van_a_ver|va_a_ver|veran|vera|lo_veran|lo_vera|las_veran|los_veran|se_van_a_enterar|se_va_a_enterar|se_enteraran|se_enterara|van_a_saber|va_a_saber|sabran|sabra|van_a_recibir|va_a_recibir|recibiran|recibira|van_a_tener|va_a_tener|tendran ..2 tus|tu_video|el_video|las_fotos|los_videos|tu|todo|lo|las|los|quien_eres|lo_que|esto|eso|nuestra*|nuestro*|de_ti|de_esto|de_nosotros',
      '@photo|@video|fotos|videos|nudes|pack|capturas|conversacion* ..3 llegar|llega|llegan|llegara|llegaran|circular|circulan|circularan|estar_en|estaran_en|aparecer|apareceran ..3 @targ|todos|internet|redes|@app',
      'no quieres|querras|quieras|te_gustaria ..1 que|q lo|la|los|las|le|les vea|vean|sepa|sepan|vieran|viera|reciba|reciban ..2 @targ|todos|todo_el_mundo',
      'quieres|querras|quieras|te_gustaria ..1 que|q lo|la|los|las vea|vean|reciba|reciban ..2 @targ|todos|todo_el_mundo',
      'quieres|querras|quieras|te_gustaria ..1 que|q ..1 le|les|lo|la|los|las|te|se ..1 llegue|lleguen|llegara|llegaran a ..1 @targ|todos|todo_el_mundo',
      'quieres|querras|te_gustaria ..1 que|q ..1 @targ|todos|todo_el_mundo ..2 vea|vean|sepa|sepan|se_entere|se_enteren|reciba|reciban ..2 esto|eso|lo_que|tus|tu|de_esto|de_ti|lo_nuestro|las|los|la|lo',
      'hago|hare|voy_a_hacer|puedo_hacer ..1 que ..1 todos|todas|@targ|todo_el_mundo ..2 vea|vean|reciba|reciban|tenga|tengan|sepa|sepan|se_entere|se_enteren|vean_tus|vea_tus',
      'no quieres|querras|quieras|te_gustaria ..1 que|q ..1 @targ|todos|todo_el_mundo ..2 vea|vean|sepa|sepan|vieran|viera|reciba|reciban|se_entere|se_enteren',
      '@targ|todos|todas ..3 lo|la|los|las ..1 van_a_ver|va_a_ver|veran|vera|vean|vea',
      'todo el mundo ..2 va_a_ver|vera|sabra|se_enterara|se_va_a_enterar ..2 lo_que_hiciste|lo_que_haces|como_eres|quien_eres|tus|de_tus|de_tu|tu_video|tus_fotos|lo_que_me_mandaste|lo_nuestro|de_lo_nuestro|lo_que_me_ensenaste',
      'tu vida|reputacion ..2 se_acabo|se_acaba|esta_acabada|va_a_acabar|terminada',
    ],
    unless: ['obra|teatro|actuacion|funcion|escenario|peli|pelicula|partido|torneo|participantes|jugadores|inscritos|equipo|serie|concierto|final|capitulo|episodio|sorpresa|fiesta|preciosa|preciosas|precioso|preciosos|bonita|bonitas|bonito|bonitos|lindas|lindos|guapisima*|le_va_a_encantar|le_van_a_encantar|le_encantan|le_encanta|orgullos*|graduacion|boda|navidad|vacaciones|playa|viaje|excursion|paquete|pedido|carta|invitacion|encargo'],
    examples: {
      match: ['si no quieres que las vea tu madre paga 50 euros', 'no quieres que tus padres vean esto', 'todos en tu instituto van a ver tus fotos', 'si no, tus amigos van a ver todo', 'el video le va a llegar a tu familia', 'mira lo que tengo. quieres que le llegue a tu mamá?', 'quieres que tu papa se entere de esto?', 'hago que todo el insti vea las que ya me diste', 'tus fotos van a circular por todo internet', 'todo el mundo se va a enterar de lo que hiciste', 'tu reputacion se acabo'],
      ignore: ['que verguenza, todo el mundo se va a enterar de que suspendi', 'todos te van a ver en la obra de teatro', 'todos van a ver el partido', 'tus amigos van a ver la peli', 'todos van a saber la sorpresa', 'quieres que tu mama se entere de la sorpresa?', 'hago que todos vean la peli en el cole', 'quieres que le llegue el paquete a tu mama mañana?', 'el video sera enviado a todos los participantes del torneo', 'se las mando a tu mama para que las vea, estan preciosas'],
    },
  },
  {
    id: 'imagine-they-see',
    weight: 3,
    phrases: [
      'imagina|imaginate|imaginese|imagine|piensa|que_pasaria|que_diria|que_dirian|que_va_a_pensar|que_van_a_pensar|que_pensaria|que_pensarian ..3 @targ|todos|todas|todo_el_mundo ..3 ve|vea|viera|ven|vean|vieran|lee|lea|leyera|leen|lean|recibe|reciba|recibiera|recibieran|se_entera|se_entere|se_enterara|se_enteran|se_enteren|supiera|supieran ..2 esto|eso|esta|estas|este|estos|lo|la|las|los|tus|tu|de_esto|de_ti|lo_que',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|xd|risa|divertid*|gracios*|cuarto|habitacion|notas|nota|boletin|examen|suspenso|desorden|cocina|pelo|corte|tatuaje|piercing|peli|serie|meme|regalo|sorpresa|fiesta|cumple'],
    examples: {
      match: ['imagina que tu mama vea esto', 'que dirian tus papas si vieran tus fotos', 'imaginate si todo tu cole recibe este video'],
      ignore: ['imagina que tu mama vea tu cuarto asi jajaja', 'que diria tu madre si viera tus notas', 'imagina la cara de tu papa cuando vea el regalo', 'imagina que tu mama vea esto, se muere de risa'],
    },
  },
  {
    id: 'messaging-your-people-now',
    phrases: [
      'estoy|ya_estoy|voy_a_estar abriendo|buscando|escribiendo|escribiendole|escribiendoles|entrando|abriendole|redactando ..4 chat|chats|perfil|perfiles|cuenta|insta|face|facebook|whats|numero|mensaje|conversacion|@app ..3 @targ',
      'ya tengo ..1 abierto|abierta|listo|listos|preparado|preparados ..3 chat|chats|perfil|mensaje|mensajes|conversacion|grupo ..3 @targ',
      'ya tengo ..1 abierto|abierta|listo|listos|preparado|preparados ..3 @targ',
      'mira ..2 estoy ..1 escribiendo|escribiendole|escribiendoles ..2 @targ',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|cumple|sorpresa|regalo|fiesta|recoger|recogerte|cena|comida|permiso|excursion|reunion|tutoria|horario|deberes|tarea|felicitar'],
    examples: {
      match: ['ultima oportunidad. ya estoy abriendo el chat con tu mama', 'estoy buscando el perfil de tu padre', 'ya tengo abierto el chat con tus amigos', 'ya tengo listo el mensaje para toda tu familia'],
      ignore: ['estoy escribiendo el chat con tu mama para lo del cumple', 'estoy buscando el perfil de tu prima jaja', 'ya tengo lista la tarea'],
    },
  },
  {
    id: 'veiled-exposure',
    phrases: [
      '@targ|todos|todas|todo_el_mundo ..3 viera|vieran|vea|vean|supiera|supieran|se_enterara|se_enteraran|se_entere|se_enteren|recibiera|recibieran|leyera|leyeran ..3 lo_que_me_mandaste|lo_que_me_enviaste|lo_que_me_pasaste|lo_que_me_mostraste|lo_que_me_ensenaste|lo_que_me_diste|lo_que_hiciste_en_la_cam|lo_que_hiciste_en_camara|lo_que_hicimos|lo_que_tengo|tus_fotos|tus_videos|tus_nudes|tu_video|tus_fotitos|tu_pack|tus_packs|nuestros_chats|nuestra_conversacion|nuestras_conversaciones',
      'seria|va_a_ser|que ..1 una ..1 lastima|pena|verguenza ..2 que|si ..4 @photo|@video|nudes|pack|material|contenido|grabacion ..3 llegar*|llegue|lleguen|llegara|llegaran|circul*|saliera|salieran|acabara|acabaran|terminara|terminaran',
    ],
    unless: ['viaje|excursion|cumple|fiesta|playa|boda|graduacion|partido|vacaciones|concierto|navidad|sorpresa|regalo|preciosa|preciosas|precioso|preciosos|bonita|bonitas|bonito|bonitos|lindas|lindos|guapisima*|le_va_a_encantar|le_encanta|orgullos*|notas|nota|boletin|examen|dibujo*|cuarto|habitacion|desorden'],
    examples: {
      match: ['seria una lastima que tu vieja viera lo que me mandaste el otro dia', 'no creo que quieras que tus amigos vean lo que me enviaste', 'imagina que todo tu cole se enterara de lo que hicimos', 'seria una pena que tus fotos llegaran a tu grupo de clase'],
      ignore: ['seria una lastima que tu mama viera tus notas', 'ojala tu mama viera tus fotos del viaje, son preciosas', 'que pena que tus fotos de la boda salieran movidas', 'tus padres vieron lo que me mandaste? el regalo?'],
    },
  },
  {
    id: 'formal-will-be-sent',
    phrases: [
      'material|contenido|grabacion|grabaciones|archivo|archivos|imagenes|video|videos|fotos ..2 sera|seran|va_a_ser|van_a_ser|seria|serian ..1 enviad*|publicad*|compartid*|difundid*|filtrad*|subid*|mandad*|reenviad*|distribuid* ..3 @targ|internet|redes',
      'de_lo_contrario|en_caso_contrario|caso_contrario|en_caso_de_no ..4 enviare|enviaremos|publicare|publicaremos|difundire|difundiremos|compartire|compartiremos|mandare|mandaremos|sera_enviad*|sera_publicad*|seran_enviad*|seran_publicad*',
    ],
    unless: ['viaje|excursion|cumple|fiesta|boda|graduacion|partido|torneo|participantes|equipo|club|vacaciones|concierto|sorpresa|regalo|factura|pedido|paquete|boletin|notas|newsletter|informe|curso|clase|tarea|deberes|formulario|encuesta|inscripcion'],
    examples: {
      match: ['De lo contrario el material sera enviado a todos sus contactos y familiares.', 'el contenido sera publicado en internet', 'en caso contrario enviaremos el video a su familia'],
      ignore: ['las fotos del viaje seran enviadas a todos por correo', 'el informe sera enviado a tus padres el viernes', 'de lo contrario enviaremos la factura a su domicilio', 'el video sera enviado a todos los participantes'],
    },
  },
  {
    id: 'spread-slang',
    phrases: [
      'lo|la|los|las|te ..1 riego|regare|voy_a_regar|esparzo|esparcire|rulo|rulare ..3 grupo|grupos|@targ|internet|redes|@app|todas_partes',
    ],
    unless: ['plantas|planta|jardin|flores|maceta*|huerto|cesped|agua'],
    examples: {
      match: ['y las riego por el grupo del cole', 'los riego en todas las redes', 'te lo rulo por insta'],
      ignore: ['las riego todos los dias', 'las plantas las riego por la mañana en el jardin'],
    },
  },
] satisfies PatternEntry[];
