import type { PatternEntry } from '../../schema';

/** Round 18: news, reports and fiction that quote a threat. */
const NEWS_R18 = 'la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista';

export default [
  {
    id: 'or-i-post',
    phrases: [
      'si no ..3 publico|publicare|subo|subire|filtro|filtrare|difundo|expongo|comparto ..1 todo|tus|las|los|el|la|esto',
      'si_no|sino|o ..4 subo|publico|mando|envio|paso|comparto|filtro|subire|publicare|difundo|ensenare|mandare|enviare tus|sus|todas_tus|todos_tus @foto|videos|video|nudes|fotitos|conversaciones|mensajes|capturas',
      'o|sino|si_no lo|la|los|las|les|se|te|todo ..2 @pubv',
      'si_no|sino ..3 lo|la|los|las|les|se|te ..2 @pubv',
      'o|sino|si_no voy_a|vamos_a|lo_voy_a|las_voy_a|los_voy_a|la_voy_a|te_voy_a ..1 @pubv',
      // A bare "o publico" is also Portuguese for "the public": the demand must come first.
      'paga*|pague*|pagame|manda*|envia*|pasa*|pasame|haz|hazlo|haces|pon|ponte|dame|quiero|obedece*|contesta*|responde* ..6 o|sino|si_no publico|publicare|filtro|filtrare|difundo|difundire|expongo|expondre|escracho|funo|viralizo|subo|subire|posteo|cuelgo|publicamos|subimos|filtramos|difundimos|exponemos|colgamos|publicaremos|subiremos|filtraremos|difundiremos',
      'o|sino|si_no ..3 @sendv ..4 todos|todas|@targ',
      'o|sino|si_no ..3 @tellv ..4 todos|todas|@targ ..4 todo|lo_que|lo_nuestro|de_nosotros|que_hablamos|que_hablas|que_me_mandaste|que_me_enviaste|lo_de|de_las|de_tus|de_lo|tus|tu_secreto|tus_secretos|quien_eres|como_eres',
      'o|sino|si_no ..3 @tellv ..1 todo|lo_que|lo_nuestro|de_nosotros|que_hablamos|que_me_mandaste|lo_de_las_fotos|de_tus_fotos ..4 todos|todas|@targ',
      'o|sino|si_no ..1 todos|todas|@targ ..3 lo|la|los|las ..1 ven|ve|veran|vera|reciben|recibe|recibiran|recibira|van_a_ver|va_a_ver|van_a_recibir|va_a_recibir',
      'si ..3 bloqueas|bloquea|bloqueais|ignoras|denuncias|denuncia|reportas|reporta|me_dejas ..4 lo|la|los|las|todo|se ..2 @pubv',
      '@photo|@video|otra|otro|una_mas|uno_mas ..3 o ..1 lo|la|los|las|te ..1 mando|publico|subo|paso|envio|filtro|difundo|mandare|publicare|subire|ensenare',
      'si ..3 bloqueas|bloquea|ignoras|denuncias|reportas ..4 se ..1 lo|la|los|las ..1 @sendv',
      'o|sino|si_no lo|la|los|las|se|te|todo ..2 @sendv|@pubv ..3 grupo_del_colegio|grupo_del_cole|grupo_del_insti|grupo_del_instituto|grupo_de_tu_clase|grupo_de_tu_colegio|grupo_de_tu_cole|grupo_de_tu_escuela|grupo_de_la_escuela|grupo_del_salon|grupo_de_tu_familia|grupo_familiar|grupo_de_la_familia',
      'o|sino|si_no ..2 @photo|@video|todo|tus_fotos|el_video ..2 va_a|van_a|lo|la|los|las|le|les ..2 llegar|llega|llegan|llegara|llegaran|ver|veran|vera|ven|circular|salir',
      'si_no|sino ..6 lo|la|los|las ..1 ve|vera|ven|veran|recibe|reciben ..1 @targ|todo_el_mundo',
      'no_me_hagas|no_me_obligues_a ..1 subirlo*|subirla*|publicarlo*|publicarla*|mandarlo*|mandarla*|ensenarlo*|ensenarla*|difundirlo*|difundirla*|filtrarlo*|filtrarla*|compartirlo*|compartirla*|pasarlo*|pasarla*|enviarlo*|enviarla*|mandarselo*|mandarsela*',
      'o|sino|si_no ..2 sera|seran|va_a_ser|van_a_ser ..1 enviad*|publicad*|compartid*|difundid*|filtrad*|subid*|mandad*|reenviad*|distribuid*|divulgad* ..3 @targ|internet|redes',
      'o|sino|si_no ..3 lo|la|los|las ..1 tienen|tendran|tiene|tendra|ve|vera|ven|veran|recibe|recibira|reciben|recibiran|van_a_tener|va_a_tener|van_a_ver|sabra|sabran|va_a_saber|van_a_saber|sabe|saben ..1 todos|todas|@targ|todo_el_mundo',
      'o|sino|si_no ..2 todos|todas|@targ ..3 van_a_ver|va_a_ver|veran|vera|lo_veran|lo_vera|se_enteraran|se_enterara|sabran|sabra|van_a_saber|se_van_a_enterar',
      'o|sino|si_no ..2 le|les|se_lo|se_la|se_los|se_las ..1 llega|llegan|llegara|llegaran|va_a_llegar|van_a_llegar ..4 @targ|todos|todas|todo_el_mundo',
      'o|sino|si_no|de_lo_contrario ..4 @photo|@video|fotos|videos|todo|esto|material|contenido ..2 se_hace_viral|se_hacen_virales|se_vuelve_viral|se_vuelven_virales|sera_viral|va_a_ser_viral|se_viraliza|se_viralizan|se_filtra|se_filtran|sale_a_la_luz|salen_a_la_luz|se_publica|se_publican',
      'o|sino|si_no|de_lo_contrario ..1 sera|seran|va_a_ser|van_a_ser ..1 publicad*|difundid*|filtrad*|divulgad*|expuest*|viralizad*',
      'si_no|sino ..5 lo|la|los|las|te ..1 @pubv ..3 a|en|por|al ..1 @app|internet|redes|grupo|grupos|@targ|todas_partes|porno',
      'si ..2 no ..6 @pubv|@sendv ..1 todo|todito|tus_fotos|el_video|los_videos|tus_videos|las_fotos|tu_video|tus_nudes|las_capturas',
    ],
    unless: ['el_publico|al_publico|del_publico|un_publico|su_publico|tu_publico|nuestro_publico|publico_en_general', 'amenazan|amenazaban|amenazaron|amenazaba|amenazando|la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'alguien_filtro|alguien_subio|alguien_publico|alguien_difundio|viste_lo|dicen_que|le_filtraron|les_decia|le_decia|les_decian|les_dijo|le_dijo|documental|reportaje|noticia|noticias|notas|nota|boletin|lista|resultados|examen|paquete|pedido|viaje|excursion|o_nadie|o_no|o_que|jaja_o|luego_lo|mas_tarde|despues_lo|lo_mando_asi|la_mando_asi|lo_subo_asi|tal_cual|como_esta|mando_yo|subo_yo|paso_yo|envio_yo|publico_yo|lo_hago_yo', 'sin_ti|reunion|fiesta|cumple|devuelves|devuelvas|devuelve|devolver|prestas|presto|otra_vez|de_nuevo|peli|pelicula|serie|participantes|postre|chuches|golosinas|caramelos|gominolas|chocolate*|galletas|helado|pipas|palomitas|merienda|bocadillo|fregar|friegas|los_platos|la_basura|mi_cama|mi_cuarto|tu_paga|derrota|apuesta|partida|fifa|karaoke'],
    examples: {
      match: ['si no me das 100 pavos las ve tu vieja', 'no me hagas subirlo, solo necesito 80 euros', 'Pague 500 euros en bitcoin o seran enviadas a sus contactos.', 'una foto mas o lo mando', 'paga por bizum o lo publico', 'mandame otra o las publico', 'pasame 20 lucas o las mando al grupo del colegio', 'o lo paso al grupo de tu familia', 'o me pagas o todos tus amigos las ven', 'si me bloqueas las publico', 'si me denuncias se las mando', 'o lo mando a todos', 'manda 200 dolares por paypal o el video le llega a tu familia', 'sino lo subo a todas las redes', 'hazlo ya o le digo a todos lo que me contaste', 'otro video hoy o mañana lo tienen todos', 'mandalo ya o esta noche lo vera toda tu familia', 'sino mañana lo tiene tu clase entera', 'o pagas o les llega a tus padres', 'Paga o lo sabra todo el mundo.', 'quiero 100 pavos en paysafecard o tu video se hace viral', 'Abone 300 euros en criptomonedas en 72 horas o sera publicado.', 'si no me mandas mas fotos las subo a twitter', 'si no pones la cam ahora mismo subo todo', 'pagame 50 o publico', 'contesta ya o subo', 'pagar o publicamos'],
      ignore: ['de tios q se hacen pasar por chicas y luego piden dinero o te amenazan con publicar las fotos', 'no me hagas subirlo otra vez a la nube', 'si no te gusta la peli la ven tus padres conmigo', 'si no vienes a la fiesta la ven todos sin ti', 'o me lo devuelves hoy o lo tiene tu hermano', 'o seran enviadas a todos los participantes del torneo', 'viste lo de la chica de 3º? alguien filtro sus fotos', 'si no me devuelves los 10 euros te mato. tienes hasta el viernes o se lo digo a tu madre', 'o te subo la foto de la derrota al grupo', 'otra foto o lo mando asi?', 'mandame la foto del horario o lo mando yo al grupo', 'pues pagame con tu postre o se la mando al grupo familiar', 'lo subo o no?', 'quieres ir al cine o subir a mi casa?', 'o compartir la pizza', 'o lo subes tu o lo subo yo mas tarde', 'si me bloqueas en el juego te reporto', 'si me dejas te paso a buscar', 'quieres que te lo mande por correo o por whatsapp?', 'el regalo o lo tienen todos o nadie', 'lo tienen todos o no?', 'en el documental el tipo les decia paga o lo publico', 'revisad las notas hoy o seran publicadas mañana', 'el secreto no es lo que haces, sino lo que el publico cree', 'o publico nao quer mais ouvir os filmes', 'pasame el boli o comparto el tuyo', 'o vienes o les llega el paquete a tus padres', 'si no vienes a la fiesta subo todo yo', 'si no me mandas las fotos del viaje las subo yo al grupo'],
    },
  },
  {
    id: 'send-to-your-people',
    phrases: [
      'etiquetar*|etiqueto|etiquetare ..3 @targ|todos|todas ..3 @photo|@video|fotos|videos|nudes',
      'hacer|hare|hago|voy_a_hacer publico|publicos|publica|publicas|viral|virales ..2 tu|tus|el|la|los|las|todo',
      'lo|la|los|las|te ..2 comparto|compartire|filtro|difundo|reenvio ..3 todos_lados|todas_partes|internet|redes|todas|todos',
      'crear|creo|creare|hacer|hago|hare|abrir|abro ..1 una|un cuenta|perfil|instagram ..3 con ..1 tus|tu @foto|fotos|nombre|cara|videos',
      'lo|la|los|las|le|les|se|te|todo ..3 @pubv|@sendv ..4 @targ',
      '@pubv|@sendv ..3 @photo|@video|fotos|videos|todo|conversacion*|capturas|nudes|pack|packs|fotitos|videitos ..3 a|con|en|por ..1 @targ',
      '@pubv|poner|pongo|pondre|meto|metere|meter ..4 grupo|grupos|canal|canales|foro|foros ..2 de|en ..1 telegram|porno|adultos|pervertidos|xxx|nsfw|onlyfans',
      'poner|pongo|pondre|meter|meto|@pubv ..3 tus|tu ..1 fotos|@photo|numero|nombre|video|videos ..4 pagina|paginas|web|webs|app|perfil|anuncio|anuncios ..2 de ..1 citas|contactos|escorts|adultos|sexo|encuentros|ligar',
      '@targ ..4 y ..1 le|les|se ..1 lo|la|los|las ..1 mando|envio|paso|enseno|muestro|mandare|enviare|ensenare|reenvio ..1 todo|todito|el_video|los_videos|tus_fotos|tus_videos|tus_nudes|tu_pack|las_capturas|los_chats|nuestros_chats',
      '@targ ..4 y ..1 le|les ..1 mando|envio|paso|enseno|muestro|mandare|enviare|ensenare|reenvio ..1 todo|todito|el_video|los_videos|tus_fotos|tus_videos|tus_nudes|tu_pack|las_capturas|los_chats|nuestros_chats',
      'voy a|lo_voy_a|la_voy_a|las_voy_a|los_voy_a|te_voy_a ..2 publicar*|subir*|filtrar*|difundir*|exponer*|escrachar*|funar*|viralizar*|compartir* ..4 todos|todas|@targ|internet|redes|@app|paginas|porno|xvideos|pornhub',
      'voy|vamos a publicar|subir|colgar|postear|compartir|difundir|filtrar|mandar|ensenar|mostrar|pasar ..1 tus|sus|todas_tus|todos_tus @foto|videos|video|nudes|pack|packs|fotitos|conversaciones|chats|mensajes|capturas',
      'lo|la|los|las|te ..2 subo|publico|cuelgo|posteo|subire|publicare|subir|publicar ..3 internet|redes|red|porno|pagina*|web|xvideos|pornhub|onlyfans|foro*|todas_partes',
      '@pubv|@sendv ..3 tu|tus|todas_tus|todos_tus|el|los|la|las ..1 @video|@photo|fotos|videos|nudes|pack|packs ..4 porno|porn|pornhub|xvideos|xhamster|onlyfans|paginas_para_adultos|paginas_de_adultos|sitios_para_adultos|foros_porno|todo_internet',
      'filtro|filtrare|difundo|difundire|expongo|expondre|viralizo|escracho|funo|filtrar*|difundir*|exponerte|escracharte|funarte|viralizar* ..4 @photo|@video|fotos|videos|nudes|pack|todo|internet|redes|@app|paginas|porno',
      'te|lo|la|los|las ..2 expongo|expondre|escracho|quemo|filtro|difundo|viralizo|voy_a_exponer|voy_a_escrachar|voy_a_quemar|voy_a_filtrar',
    ],
    unless: ['detenido|detenida|detenidos|arrestado|arrestada|arrestados|condenado|condenada|acusado_de|acusada_de|extorsionaba|extorsionaban|la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'receta|recetas|videoconsulta|centro_de_salud|consulta_medica|la_consulta|la_cita_medica|informe_medico|analitica|vacuna|vacunas|dermatitis|paquete|pedido|inscripcion|formulario|ficha_de|la_ficha|cuota|factura|papeles|documentacion|certificado|calendario|autorizacion|apuesta|apuestas|la_porra|porra|la_ronda|la_cena|del_paseo|del_campamento|de_la_salida|de_las_vacaciones|del_finde|de_la_graduacion|de_la_comunion|respuestas|quiz|trivia|kahoot|concurso_de_preguntas|noche_de_preguntas|alguien_filtro|alguien_subio|alguien_publico|alguien_difundio|viste_lo|dicen_que|le_filtraron|le_pidio|le_pidieron|diario|es_broma|le_va_a_encantar|queria_verlo|queria_verla|quiere_verlo|quiere_verla|queria_ver|quiere_ver|me_pidio|me_pidieron|le_gusta|le_va_a_gustar|le_encanta|le_encantara|orgullos*|fiesta|cumple|invitacion|link|enlace|regalo|sorpresa|recuerdo|apuntes|deberes|horario|ubicacion|grupo_de_clase|del_viaje|de_la_excursion|sonrisa|cafe|carne|pan|comida|del_club|del_equipo|de_la_empresa|de_la_tienda|del_negocio|del_torneo|preciosa|preciosas|precioso|preciosos|bonita|bonitas|bonito|bonitos|lindas|lindos|guapisima*|papeleo|papeles|documento*|documentacion|formulario*|autorizacion|informacion|info|detalles|partido|graduacion|boda|bautizo|comunion|navidad|vacaciones|playa|torneo|concierto|actuacion|festival|recital|bebe|perrito|gatito|le_gustaron|le_gusto|las_pidio|lo_pidio|me_las_pidio|me_lo_pidio|me_los_pidio|paso_a_buscar|pasar_a_buscar|a_buscarte|a_recogerte|paso_por_ti|te_recojo|te_paso_a_buscar', 'me_dijo_que|me_dijo_q|me_dijeron_que|me_dijeron_q|dijo_que_iba|dijo_q_iba|mis_fotos|mis_videos|mis_nudes|erasmus|de_intercambio|la_amenazaba|lo_amenazaba|los_amenazaba|las_amenazaba|les_amenazaba|la_amenazo|lo_amenazo|los_amenazo|las_amenazo|amenazaba_con|amenazaban_con|la_amenazaban|lo_amenazaban|los_amenazaban'],
    examples: {
      match: ['paga o se las mando a los del fut', 'le enseño tus nudes a los de tu equipo', 'no me pruebes, que le paso las capturas a tu coach', 'le voy a mostrar a tu pastor las fotos que me mandaste', 'si no me pagas 300 euros se las mando a todos tus seguidores', 'Si no realiza una transferencia de 500 dolares lo voy a compartir con todos sus contactos', 'voy a subir tus fotos a internet', 'te voy a exponer', 'filtro tus nudes', 'le mando el video a tu madre', 'subo tu video a todas las paginas porno si no me respondes', 'publicare tus fotos en paginas para adultos', 'comparto el video en pornhub', 'mando tus nudes a tu lista de amigos de face', 'ahorita mismo le escribo a tu papa y le mando todo', 'hablo con tu novio y le enseño los chats', 'las voy a poner en un grupo de telegram porno', 'voy a poner tus fotos en una pagina de citas con tu numero'],
      ignore: ['le paso las fotos del partido a los del fut', 'se lo paso a tu club para la inscripcion', 'te mando la autorizacion a tu parroquia', 'paga la apuesta o te expongo en el grupo jajaja', 'le mando las fotos del paseo a tu cucha pa que las vea', 'en el quiz de mañana voy a exponer todas tus respuestas malas delante de todos jaja preparate', 'q hdp el tipo ese, la amenazaba con pasar los videos a todo el colegio', 'un chico q conoci en insta me dijo ayer q iba a mandar mis fotos a todo el mundo', 'claro, y se lo mandamos a su novio q esta de erasmus', 'te paso a buscar cuando tu mama no este, ella me dijo', 'viste lo de la chica de 3? alguien filtro sus fotos', 'te mando la invitacion de la fiesta a ti y a tus amigos', 'lo subo a insta luego', 'te paso los apuntes por whatsapp', 'ahora se las mando a todos las fotos del viaje', 'subo tu video a tiktok?', 'subire las fotos a todas las redes del club', 'se las mando a tu mama para que las vea, estan preciosas', 'le mando a tu papa las fotos del partido', 'voy a poner las fotos en el grupo de clase', 'le escribo a tu mama y le mando el video del partido', 'le escribo a tu papa y le mando todo el papeleo del seguro', 'le envio las recetas a tu papa por correo, cada 8 horas'],
    },
  },
  {
    id: 'everyone-will-see',
    phrases: [
      '@photo|@video|fotos|videos|todo|nudes|pack ..2 sera|seran|va_a_ser|van_a_ser|seria|serian ..1 enviad*|publicad*|compartid*|difundid*|filtrad*|subid*|mandad*|reenviad* ..3 @targ|todos|todas|internet|redes',
      'todos|todas|@targ ..4 van_a_ver|va_a_ver|veran|vera|lo_veran|lo_vera|las_veran|los_veran|se_van_a_enterar|se_va_a_enterar|se_enteraran|se_enterara|van_a_saber|va_a_saber|sabran|sabra|van_a_recibir|va_a_recibir|recibiran|recibira|van_a_tener|va_a_tener|tendran ..2 tus|tu_video|el_video|las_fotos|los_videos|tu|todo|lo|las|los|quien_eres|lo_que|esto|eso|nuestra*|nuestro*|de_ti|de_esto|de_nosotros|que_clase_de|como_eres|lo_que_eres|la_clase_de',
      '@photo|@video|fotos|videos|nudes|pack|capturas|conversacion* ..6 llegar|llega|llegan|llegara|llegaran|circular|circulan|circularan|estar_en|estaran_en|aparecer|apareceran ..3 @targ|todos|internet|redes|@app',
      'no quieres|querras|quieras|te_gustaria ..1 que|q lo|la|los|las|le|les vea|vean|sepa|sepan|vieran|viera|reciba|reciban ..2 @targ|todos|todo_el_mundo',
      'quieres|queres|querras|quieras|te_gustaria ..1 que|q lo|la|los|las vea|vean|reciba|reciban ..2 @targ|todos|todo_el_mundo',
      'quieres|queres|querras|quieras|te_gustaria ..1 que|q ..1 le|les|lo|la|los|las|te|se ..1 llegue|lleguen|llegara|llegaran a ..1 @targ|todos|todo_el_mundo',
      'quieres|queres|querras|te_gustaria ..1 que|q ..1 @targ|todos|todo_el_mundo ..2 vea|vean|sepa|sepan|se_entere|se_enteren|reciba|reciban ..2 esto|eso|lo_que|tus|tu|de_esto|de_ti|lo_nuestro|las|los|la|lo',
      'hago|hare|voy_a_hacer|puedo_hacer ..1 que ..1 todos|todas|@targ|todo_el_mundo ..2 vea|vean|reciba|reciban|tenga|tengan|sepa|sepan|se_entere|se_enteren|vean_tus|vea_tus',
      'no quieres|querras|quieras|te_gustaria ..1 que|q ..1 @targ|todos|todo_el_mundo ..2 vea|vean|sepa|sepan|vieran|viera|reciba|reciban|se_entere|se_enteren',
      '@targ|todos|todas ..3 lo|la|los|las ..1 van_a_ver|va_a_ver|veran|vera|vean|vea',
      'todo el mundo ..2 va_a_ver|vera|sabra|se_enterara|se_va_a_enterar ..2 lo_que_hiciste|lo_que_haces|como_eres|quien_eres|tus|de_tus|de_tu|tu_video|tus_fotos|lo_que_me_mandaste|lo_nuestro|de_lo_nuestro|lo_que_me_ensenaste',
      'tu vida|reputacion ..2 se_acabo|se_acaba|esta_acabada|va_a_acabar|terminada',
    ],
    unless: ['del_paseo|del_campamento|de_la_salida|de_las_vacaciones|del_finde|de_la_graduacion|de_la_comunion|del_viaje|de_la_excursion|la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'notas|boletin|tutoria|reunion|orgullo|baile|coreo*|festival|obra|teatro|actuacion|funcion|escenario|peli|pelicula|partido|torneo|participantes|jugadores|inscritos|equipo|serie|concierto|final|capitulo|episodio|sorpresa|fiesta|preciosa|preciosas|precioso|preciosos|bonita|bonitas|bonito|bonitos|lindas|lindos|guapisima*|le_va_a_encantar|le_van_a_encantar|le_encantan|le_encanta|orgullos*|graduacion|boda|navidad|vacaciones|playa|viaje|excursion|paquete|pedido|carta|invitacion|encargo'],
    examples: {
      match: ['tengo el video de anoche, queres que lo vea tu novio?', 'las fotos que me mandaste le van a llegar a todos tus contactos', 'tu familia va a saber que clase de persona eres', 'si no quieres que las vea tu madre paga 50 euros', 'no quieres que tus padres vean esto', 'todos en tu instituto van a ver tus fotos', 'si no, tus amigos van a ver todo', 'el video le va a llegar a tu familia', 'mira lo que tengo. quieres que le llegue a tu mamá?', 'quieres que tu papa se entere de esto?', 'hago que todo el insti vea las que ya me diste', 'tus fotos van a circular por todo internet', 'todo el mundo se va a enterar de lo que hiciste', 'tu reputacion se acabo'],
      ignore: ['le mando las fotos del paseo a tu cucha pa que las vea', 'que verguenza, todo el mundo se va a enterar de que suspendi', 'todos te van a ver en la obra de teatro', 'todos van a ver el partido', 'el video sera enviado a tus padres por el colegio con las notas', 'tus amigos van a ver la peli', 'todos van a saber la sorpresa', 'quieres que tu mama se entere de la sorpresa?', 'hago que todos vean la peli en el cole', 'tu video del baile va a estar en todas las redes del cole, que orgullo', 'quieres que le llegue el paquete a tu mama mañana?', 'el video sera enviado a todos los participantes del torneo', 'se las mando a tu mama para que las vea, estan preciosas'],
    },
  },
  {
    id: 'imagine-they-see',
    weight: 3,
    phrases: [
      'imagina|imaginate|imaginese|imagine|piensa|te_imaginas ..1 si|que|cuando ..1 @targ ..1 lo|la|los|las|te ..1 ve|vea|viera|ven|vean|vieran|lee|lea|leyera|leen|lean|leyeran|recibe|reciba|recibiera|reciben|encuentra|encuentre|descubre',
      'imagina|imaginate|imaginese|imagine|piensa ..1 si|que ..3 llegan|llegaran|llega|llegara|circulan|circularan|salen|salieran ..2 tus|tu|las|los ..1 @photo|@video|fotos|videos|nudes',
      'imagina|imaginate|imaginese|imagine|piensa ..1 que|si ..2 lo|la|los|las|te ..1 ve|vea|viera|ven|vean|vieran|recibe|reciben|recibiera|recibieran ..2 @targ|todos|todo_el_mundo',
      'cuando ..1 lo|la|los|las|te ..1 vea|vean|reciba|reciban|lea|lean ..2 @targ',
      'imagina|imaginate|imaginese|imagine|piensa ..1 que|q|si ..2 acaban|acabaran|acabasen|terminan|terminaran|aparecen|aparecieran|aparecen|llegan|llegaran|circulan|circularan|salen|salieran ..2 en|a|por ..1 el|la|los|las|tu|tus|todo|toda|todas ..1 grupo*|clase|insti|instituto|cole|colegio|escuela|internet|redes|tiktok|instagram|twitter|facebook|moviles|chats',
      'cuando ..1 vea|vean|reciba|reciban|lea|lean|se_entere|se_enteren ..2 lo_que_me_mandaste|lo_q_me_mandaste|lo_que_me_enviaste|lo_que_me_pasaste|lo_que_me_ensenaste|lo_que_hiciste_en_la_cam|lo_que_hicimos|lo_q_hicimos|lo_que_tengo|lo_q_tengo|tus_fotos|tus_videos|tu_video|tus_nudes|nuestros_chats',
      'un|1 ..1 clic|click|boton ..3 y ..2 todos|@targ|todo_el_mundo ..2 lo|la|los|las|te ..1 ven|ve|veran|vera|reciben|recibe|tienen|tiene',
      'cuando @targ ..1 vea|vean|reciba|reciban|lea|lean ..2 el|los|las|tu|tus ..1 @video|@photo|fotos|videos|capturas|chats|nudes',
      'que ..2 pensara|pensaran|dira|diran|pensaria|pensarian|diria|dirian ..1 @targ ..1 de|si|cuando ..2 esto|eso|esta|estas|este|estos|lo_vea|lo_viera|las_vea|las_viera|tus_fotos|tu_video',
      '@targ ..4 morir|muera|muere|morira|morirse ..2 verguenza|asco|disgusto ..4 cuando|si ..1 lo|la|los|las|te ..1 vea|vean|ve|ven|reciba|reciban|vieran|viera|lea',
      'imagina|imaginate|imaginese|imagine|piensa|que_pasaria|que_diria|que_dirian|que_va_a_pensar|que_van_a_pensar|que_pensaria|que_pensarian ..3 @targ|todos|todas|todo_el_mundo ..3 ve|vea|viera|ven|vean|vieran|lee|lea|leyera|leen|lean|recibe|reciba|recibiera|recibieran|se_entera|se_entere|se_enterara|se_enteran|se_enteren|supiera|supieran ..2 esto|eso|esta|estas|este|estos|lo|la|las|los|tus|tu|de_esto|de_ti|lo_que',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'cuidado|ojo|piensa_antes|antes_de_subir|lo_que_subes|lo_que_publicas|viaje|excursion|tele|revista|famosa|famoso|periodico|concurso|encantaria|encanta|gustaria|gusta|orgullos*|contenta|contento|feliz|ilusion|jaja*|haha*|jsjs*|jeje*|xd|risa|divertid*|gracios*|cuarto|habitacion|notas|nota|boletin|examen|suspenso|desorden|cocina|pelo|corte|tatuaje|piercing|peli|serie|meme|regalo|sorpresa|fiesta|cumple|te_pone|un_10|un_diez|te_aprueba|te_felicita|sobresaliente|matricula_de_honor'],
    examples: {
      match: ['imaginate si tu profe lo lee', 'imaginate que tu papa lo viera', 'se q estudias en el San Jose, imaginate si llegan tus fotos alli', 'te vas a cagar cuando lo vean tus viejos', 'tu novio va a flipar cuando vea lo que me mandaste', 'un clic y todos lo ven', 'ya veras la que se lia cuando tu padre vea el video', 'que crees que pensara tu madre de esto?', 'tu padre se va a morir de la verguenza cuando lo vea', 'imagina que lo ven tus padres', 'imaginate que las ve toda tu clase', 'imagina que tu mama vea esto', 'que dirian tus papas si vieran tus fotos', 'imaginate si todo tu cole recibe este video', 'imaginate que acaban en el grupo de la clase', 'imagina si aparecen en todo internet', 'piensa que circulan por los moviles de tu insti'],
      ignore: ['imaginate si tu profe lo lee, te pone un 10', 'cuando lo vean tus padres van a flipar con el regalo', 'que dira tu madre de esto? tus notas son geniales', 'imagina que tu mama vea tu cuarto asi jajaja', 'que diria tu madre si viera tus notas', 'imagina la cara de tu papa cuando vea el regalo', 'imagina que tu mama vea esto, se muere de risa', 'imagina que lo ve tu abuela, le encantaria', 'imaginate si llegan tus fotos a la revista, serias famosa', 'imaginate que acaban en el grupo de la clase las fotos del viaje', 'imagina que salen en la tele jajaja', 'un clic y todos lo ven, cuidado con lo que subes a internet'],
    },
  },
  {
    id: 'messaging-your-people-now',
    phrases: [
      'estoy|ya_estoy|voy_a_estar abriendo|buscando|escribiendo|escribiendole|escribiendoles|entrando|abriendole|redactando ..4 chat|chats|perfil|perfiles|cuenta|insta|face|facebook|whats|numero|mensaje|conversacion|@app ..3 @targ',
      'cree|creado|hice|acabo_de_crear|arme|tengo|monte ..2 un|el ..1 grupo ..3 con|de ..1 @targ|todos_tus|todas_tus|tus ..6 falta|solo_falta|mandar|enviar|subir|pasar|publicar|video|fotos|nudes',
      'ya tengo ..1 abierto|abierta|listo|listos|preparado|preparados ..3 chat|chats|perfil|mensaje|mensajes|conversacion|grupo ..3 @targ',
      'ya tengo ..1 abierto|abierta|listo|listos|preparado|preparados ..3 @targ',
      'ya ..1 le|les ..1 escribi|he_escrito|hable|he_hablado ..2 a|con ..1 @targ ..6 falta|solo_falta|me_falta|enviar|en_linea|conectad*',
      'ya tengo ..1 el|los|un ..1 mensaje|mensajes|chat|correo|email|video|fotos ..1 listo|listos|preparado|preparados|escrito ..3 @targ',
      'mira ..2 estoy ..1 escribiendo|escribiendole|escribiendoles ..2 @targ',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|cumple|sorpresa|regalo|fiesta|recoger|recogerte|cena|comida|permiso|excursion|reunion|tutoria|horario|deberes|tarea|felicitar'],
    examples: {
      match: ['acabo de crear un grupo con tus amigos, solo falta mandar el video', 'ya le escribi a tu mama, esta en linea, solo falta darle a enviar', 'ya tengo el mensaje listo para tu mama',  'ultima oportunidad. ya estoy abriendo el chat con tu mama', 'estoy buscando el perfil de tu padre', 'ya tengo abierto el chat con tus amigos', 'ya tengo listo el mensaje para toda tu familia'],
      ignore: ['hice un grupo con tus amigos para el cumple, solo falta mandar la invitacion', 'estoy escribiendo el chat con tu mama para lo del cumple', 'estoy buscando el perfil de tu prima jaja', 'ya tengo lista la tarea'],
    },
  },
  {
    id: 'veiled-exposure',
    phrases: [
      '@targ|todos|todas|todo_el_mundo ..3 viera|vieran|vea|vean|vaya_a_ver|vayan_a_ver|llegue_a_ver|lleguen_a_ver|descubra|descubran|encuentre|encuentren|supiera|supieran|se_enterara|se_enteraran|se_entere|se_enteren|recibiera|recibieran|leyera|leyeran ..3 lo_q_me_mandaste|lo_q_me_enviaste|lo_q_me_pasaste|lo_q_me_mostraste|lo_q_me_ensenaste|lo_q_hicimos|lo_que_hiciste|lo_que_me_mandaste|lo_que_me_enviaste|lo_que_me_pasaste|lo_que_me_mostraste|lo_que_me_ensenaste|lo_que_me_diste|lo_que_hiciste_en_la_cam|lo_que_hiciste_en_camara|lo_que_hicimos|lo_que_tengo|tus_fotos|tus_videos|tus_nudes|tu_video|tus_fotitos|tu_pack|tus_packs|nuestros_chats|nuestra_conversacion|nuestras_conversaciones',
      'lastima|pena|verguenza ..3 que|q|si ..2 lo|la|los|las|te|esto|eso ..1 vieran|viera|vea|vean|supieran|supiera|recibieran|recibiera|leyeran|leyera ..3 @targ|todos|todas|todo_el_mundo',
      'lastima|pena|verguenza ..3 que|q|si ..1 @targ|todos|todas|todo_el_mundo ..5 lo|la|los|las|te ..1 vieran|viera|vea|vean|recibieran|recibiera|leyeran|leyera|vayan_a_ver|vaya_a_ver',
      'lastima|pena|verguenza ..3 que|q|si ..1 @targ ..1 recibiera|recibieran|viera|vieran|vea|vean|reciba|reciban|leyera|leyeran ..1 esto|eso|esta|estas|este|estos|algo_asi',
      'seria|va_a_ser|que ..1 una ..1 lastima|pena|verguenza ..2 que|si ..4 @photo|@video|nudes|pack|material|contenido|grabacion ..3 llegar*|llegue|lleguen|llegara|llegaran|circul*|saliera|salieran|acabara|acabaran|terminara|terminaran',
      'lastima|pena|verguenza ..3 que|q|si ..2 acabaran|acabara|acaben|acabe|terminaran|terminara|terminen|termine|aparecieran|apareciera|aparezcan|aparezca|llegaran|llegara|lleguen|llegue|salieran|saliera|circularan|circulara|circulen|circule|se_filtraran|se_filtrara|se_filtren|se_filtre|se_publicaran|se_publicara|se_publiquen ..1 en|a|al|por|entre ..2 @targ|grupo|grupos|internet|redes|todas_partes|@app|manos|moviles|movil|insti|instituto|cole|colegio|clase',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'no_lo_vieran|no_la_vieran|no_los_vieran|no_las_vieran|no_lo_viera|no_lo_vean|en_directo|jarron|rompi|roto|rota|gustaba|le_gustaba|asi_de|desorden*|recoge|recoger|limpia|limpiar|ordena|ordenar|sucio|sucia|guarro|guarra|pelo|corte|tatuaje|piercing|suspenso*|suspendido|sin_ti|sin_nosotros|perdieras|perdieran|perderte|te_lo_perdieras|ven|vente|vienes|viaje|excursion|cumple|fiesta|playa|boda|graduacion|partido|vacaciones|concierto|navidad|sorpresa|regalo|preciosa|preciosas|precioso|preciosos|bonita|bonitas|bonito|bonitos|lindas|lindos|guapisima*|le_va_a_encantar|le_encanta|orgullos*|notas|nota|boletin|examen|dibujo*|cuarto|habitacion|desorden|deberes|tarea|apuntes|equivocad*|trabajo|horario|mensaje|invitacion*'],
    examples: {
      match: ['q pena q tu novio vea esto no?', 'pues seria una pena que lo vieran tus compañeros de clase', 'que lastima seria que tu mama lo viera', 'seria una verguenza que tus amigos las vieran', 'seria una pena que tu familia recibiera esto', 'seria una lastima que tu vieja viera lo que me mandaste el otro dia', 'no creo que quieras que tus amigos vean lo que me enviaste', 'imagina que todo tu cole se enterara de lo que hicimos', 'seria una pena que tus fotos llegaran a tu grupo de clase', 'q pena q tu mama vaya a ver lo q me mandaste anoche', 'seria una pena q tu entrenador y tus compas del equipo las vieran', 'que lastima que tu hermana descubra lo q hicimos', 'seria una pena q acabaran en el grupo de clase', 'que pena seria que aparecieran en internet', 'seria una lastima que llegaran a manos de tu familia'],
      ignore: ['que pena que tu madre vea esto, con lo que le gustaba ese jarron', 'seria una pena que te lo perdieras, la peli es buenisima', 'seria una pena que lo vieran tus amigos sin ti', 'seria una pena que lo vieran tus padres asi de desordenado, recoge', 'seria una lastima que tu mama viera tus notas', 'ojala tu mama viera tus fotos del viaje, son preciosas', 'que pena que tus fotos de la boda salieran movidas', 'tus padres vieron lo que me mandaste? el regalo?', 'que pena que tu mama vaya a ver el desorden', 'que pena que tus amigos y tu novio no lo vieran en directo', 'que pena que llegaran tarde a la fiesta', 'que pena que terminara el grupo de teatro', 'seria una pena que acabaran en el grupo de clase las fotos del viaje', 'que pena que acabaran en el grupo equivocado los deberes'],
    },
  },
  {
    id: 'formal-will-be-sent',
    phrases: [
      'material|contenido|grabacion|grabaciones|archivo|archivos|imagenes|video|videos|fotos ..2 sera|seran|va_a_ser|van_a_ser|seria|serian ..1 enviad*|publicad*|compartid*|difundid*|filtrad*|subid*|mandad*|reenviad*|distribuid*|divulgad*|expuest* ..3 @targ|internet|redes',
      'de_lo_contrario|en_caso_contrario|caso_contrario|en_caso_de_no ..4 enviare|enviaremos|publicare|publicaremos|difundire|difundiremos|compartire|compartiremos|mandare|mandaremos|sera_divulgad*|seran_divulgad*|sera_difundid*|seran_difundid*|divulgare|divulgaremos|sera_enviad*|sera_publicad*|seran_enviad*|seran_publicad*',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'viaje|excursion|cumple|fiesta|boda|graduacion|partido|torneo|participantes|equipo|club|vacaciones|concierto|sorpresa|regalo|factura|pedido|paquete|boletin|notas|newsletter|informe|curso|clase|tarea|deberes|formulario|encuesta|inscripcion'],
    examples: {
      match: ['Usted tiene 24 horas. Caso contrario, el material sera divulgado a su lista de contactos.', 'De lo contrario el material sera enviado a todos sus contactos y familiares.', 'el contenido sera publicado en internet', 'en caso contrario enviaremos el video a su familia'],
      ignore: ['las fotos del viaje seran enviadas a todos por correo', 'el informe sera enviado a tus padres el viernes', 'de lo contrario enviaremos la factura a su domicilio', 'el video sera enviado a todos los participantes'],
    },
  },
  {
    id: 'spread-slang',
    phrases: [
      'lo|la|los|las|te ..1 riego|regare|voy_a_regar|esparzo|esparcire|rulo|rulare ..3 grupo|grupos|@targ|internet|redes|@app|todas_partes',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'plantas|planta|jardin|flores|maceta*|huerto|cesped|agua'],
    examples: {
      match: ['y las riego por el grupo del cole', 'los riego en todas las redes', 'te lo rulo por insta'],
      ignore: ['las riego todos los dias', 'las plantas las riego por la mañana en el jardin'],
    },
  },
  {
    id: 'or-they-get-a-surprise',
    phrases: [
      'si_no|sino ..1 veo|recibo|tengo|pagas|pagan|pagues|me_pagas|depositas|me_depositas|transfieres|me_transfieres|mandas|me_mandas|haces|obedeces|contestas|me_contestas|respondes|me_respondes|cooperas|me_das|me_llega|llega ..5 @targ ..2 va_a_recibir|van_a_recibir|recibira|recibiran|recibe|reciben|se_lleva|se_llevan|se_va_a_llevar|se_van_a_llevar|se_llevara|se_llevaran|va_a_tener|van_a_tener|tendra|tendran ..3 regalito|regalitos|sorpresa|sorpresita|sorpresas|mensajito|mensajitos|noticias|interesante|especial|video|videito|videos|fotos|fotitos|capturas',
      'si ..2 no ..1 veo|recibo|tengo|pagas|pagan|pagues|me_pagas|depositas|me_depositas|transfieres|me_transfieres|mandas|me_mandas|haces|obedeces|contestas|me_contestas|respondes|me_respondes|cooperas|me_das|me_llega|llega ..5 @targ ..2 va_a_recibir|van_a_recibir|recibira|recibiran|recibe|reciben|se_lleva|se_llevan|se_va_a_llevar|se_van_a_llevar|se_llevara|se_llevaran|va_a_tener|van_a_tener|tendra|tendran ..3 regalito|regalitos|sorpresa|sorpresita|sorpresas|mensajito|mensajitos|noticias|interesante|especial|video|videito|videos|fotos|fotitos|capturas',
      'o @targ ..2 va_a_recibir|van_a_recibir|recibira|recibiran|recibe|reciben|se_lleva|se_llevan|se_va_a_llevar|se_van_a_llevar|se_llevara|se_llevaran|va_a_tener|van_a_tener|tendra|tendran ..3 regalito|regalitos|sorpresa|sorpresita|sorpresas|mensajito|mensajitos|noticias|interesante|especial|video|videito|videos|fotos|fotitos|capturas',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|lol|disgusto|cumple*|navidad|santo|reyes|aniversario|dia_de_la_madre|dia_del_padre|flores|boda|graduacion|fiesta|invitacion|tarta|pastel|postre|chuches|paquete|pedido|correo|carta|boletin|notas|nota|suspenso|examen|profe|tutor*|castigo|castigad*'],
    examples: {
      match: ['tienes hasta las 10. si no veo el bizum tu madre va a recibir un regalito muy interesante', 'si no pagas, tu papa va a recibir algo muy interesante', 'sino veo el dinero hoy tus amigos reciben un regalito', 'si mañana no tengo la transferencia tu familia se va a llevar una sorpresa', 'si no recibo el deposito tus papas van a tener noticias mias', 'o tus seguidores se llevan una sorpresa esta noche', 'o tu mama recibe un videito'],
      ignore: ['tu madre va a recibir un regalito por su cumple', 'si no vienes tu mama se va a llevar una sorpresa en la fiesta', 'si no estudias tus padres van a recibir las notas del suspenso', 'o tu mama recibe el paquete o lo devuelven', 'si no vienes hoy tu madre se va a llevar un disgusto', 'si no llegas a las 9 tus amigos se llevan una sorpresa, ven ya'],
    },
  },
  {
    id: 'or-it-ends-up-there',
    phrases: [
      'si_no|sino ..4 lo|la|los|las|te ..1 @sendv|@pubv ..3 grupo|grupos|@targ',
      'lo|la|los|las|te ..1 @pubv ..3 y ..1 ya_veras|vas_a_ver|te_jodes|te_aguantas|te_arrepientes|ya_sabes',
      'mira|ojo|cuidado ..1 que|q ..1 lo|la|los|las|te ..1 @pubv ..1 eh|ehh|eeh|he',
      'si_no|sino|o ..4 @photo|@video|fotos|videos|nudes|pack|packs|capturas|chats|todo|esto|eso ..2 acaba|acaban|acabara|acabaran|termina|terminan|terminara|terminaran|aparece|aparecen|aparecera|apareceran|va|van|ira|iran|sale|salen|saldra|saldran|llega|llegan|aterriza|aterrizan ..4 @targ|grupo|grupos|internet|redes|todas_partes|todos_lados|porno|pornhub|xvideos|onlyfans',
      'si ..2 me ..1 bloqueas|ignoras|denuncias|reportas|dejas|borras|eliminas ..4 @photo|@video|fotos|videos|nudes|pack|packs|capturas|chats|todo ..2 acaba|acaban|acabara|acabaran|termina|terminan|terminara|terminaran|aparece|aparecen|aparecera|apareceran|va|van|ira|iran|sale|salen|saldra|saldran|llega|llegan ..4 @targ|grupo|grupos|internet|redes|todas_partes|todos_lados|porno',
      '@photo|@video|fotos|videos|nudes|pack|packs ..2 va|van|ira|iran|sale|salen|saldra|saldran|llega|llegan ..1 directo*|derech*|directit*|volando|de_una ..2 a|para|al|en ..2 @targ|grupo_de|grupo_del|grupo_familiar|internet|redes',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'profe|tutor*|jaja*|haha*|jsjs*|jeje*|no_te_gusta|sin_ti|sin_mi|sin_nosotros|llegas|llegues|vienes|vengas|tarde|viaje|excursion|cumple|fiesta|boda|graduacion|partido|torneo|equipo|club|vacaciones|playa|concierto|sorpresa|regalo|orla|apuntes|deberes|horario|tarea|trabajo|correo|email|mail|drive|nube|impresora|album|preciosa*|precioso*|bonita*|bonito*|lindas|lindos|postre|chuches|golosinas'],
    examples: {
      match: ['k si no me mandas otra las mando a tu grupo', 'ahorita lo publico y ya veras', 'xq no me contestas? mira q lo subo eh', 'o me haces una transferencia de 200 o esto acaba en manos de tu familia', 'si no lo haces la foto acaba en el grupo de tu clase', 'o ya sabes, las fotos van derechito a tus seguidores', 'sino el video termina en el grupo del insti', 'o tus fotos acaban en todas las redes', 'si me bloqueas tu video aparece en el grupo de tu familia', 'tus nudes van directo a tu madre'],
      ignore: ['ojo que lo mando ya al profe', 'si no te gusta lo mando al grupo igual jaja', 'las fotos van directo a tu correo', 'o las fotos del viaje acaban en el grupo de clase jaja', 'si no llegas las fotos van al grupo sin ti', 'si me dejas el video sale en el grupo del equipo'],
    },
  },
  {
    id: 'your-face-everywhere',
    phrases: [
      'tu|tus ..1 cara|carita|foto|fotos|fotitos|video|videos|nudes|pack|nombre ..2 va_a_estar|van_a_estar|estara|estaran|va_a_salir|van_a_salir|saldra|saldran|va_a_aparecer|van_a_aparecer|aparecera|apareceran|va_a_circular|van_a_circular|van_a_acabar|va_a_acabar|acabaran|acabara|van_a_terminar|va_a_terminar|terminaran|terminara|van_a_llegar|va_a_llegar|llegaran|llegara ..3 todos|todas|@targ|internet|redes|grupos|grupo|todas_partes|todos_lados|porno|paginas|moviles',
      'imprimo|imprimire|imprimir ..4 pego|pegare|pegar|reparto|repartire|repartir|cuelgo|colgare ..4 entrada|puerta|pasillo*|colegio|cole|insti|instituto|escuela|tablon|clase|barrio|calle|portal',
      'ya ..1 le|les|se|lo|la|las|los ..1 mande|envie|pase|ensene|mostre|reenvie|he_mandado|he_enviado|he_pasado|he_ensenado|he_mostrado|he_reenviado ..4 @targ ..6 quieres_que_siga|la_proxima_va|la_proxima_para|el_proximo_es|el_proximo_va|la_proxima_es|la_siguiente_va|la_siguiente_es|el_siguiente_es|ahora_va|luego_va|despues_va|y_sigo|ahora_le_toca|ahora_les_toca',
      'si ..3 dices|cuentas|le_dices|le_cuentas|se_lo_dices|se_lo_cuentas|bloqueas|me_bloqueas|denuncias|me_denuncias|reportas|me_reportas|avisas ..4 @pubv ..1 todo|tus|las|los|el|la|tu',
      'denunciame|denuncia|denuncies|bloqueame|bloquea|bloquees|reportame|reporta|reportes ..6 igual|de_todas_formas|de_todos_modos|aun_asi|antes ..3 lo|la|los|las|te ..1 @pubv|@sendv',
      'cada ..1 hora|dia|minuto|media_hora ..3 sin|no ..1 pagar|pagarme|pagues|pagas|contestar|contestes|responder|respondas|mandar|mandes|obedecer|obedezcas|depositar|deposites ..3 @pubv|@sendv ..2 una|un|otra|otro|@photo|@video|foto|fotos|algo',
      'empiezo|empezare|voy_a_empezar|comienzo|empezamos ..2 por ..1 @targ',
      'empiezo|empezare|voy_a_empezar|comienzo|empiezo_ya ..1 a ..1 mandarlo*|mandarla*|mandarlas|mandarlos|enviarlo*|enviarla*|publicarlo*|publicarla*|subirlo*|subirla*|pasarlo*|pasarla*|difundirlo*|difundirla*|compartirlo*|compartirla*|filtrarlo*|filtrarla*|repartirlo*|repartirla*',
      'porno|desnud*|montaje|photoshop|nudes|pack|deepfake ..6 y ..1 las|los|lo|la ..1 subo|publico|mando|envio|comparto|filtro|difundo|subire|publicare|mandare|enviare',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'invitacion*|repartir|reparto|revista|receta*|vez|pastel|tarta|horizontal|graba|classroom|moodle|teams|entrega|orgullo*|baile|coreo*|famos*|genial|felicidades|enhorabuena|que_guay|concurso|cartel*|poster*|orla|graduacion|anuario|revista|periodico|web_del|premio|ganador*|fiesta|cumple|cumpleanos|boda|viaje|excursion|partido|torneo|equipo|club|concierto|sorpresa|regalo|anuncio*|mascota|perro|gato|perdid*|sudadera|apuntes|deberes|horario|tarea|trabajo|proyecto|jaja*|haha*|jsjs*|jeje*|xd'],
    examples: {
      match: ['si sigues sin responder empiezo por tu prima', 'si no me das 500 tu cara va a estar en todos los grupos', 'tus fotos van a acabar en todos los moviles del insti', 'paga o las imprimo y las pego en la entrada del insti', 'mira, ya le mande una a tu primo, quieres que siga?', 'ya le mande una captura a tu mejor amiga, la proxima va a tu madre', 'ya le he mandado una foto a tu prima, la proxima va para tu madre', 'si le dices a alguien, publico todo', 'denunciame si quieres, igual lo subo antes', 'cada hora que pase sin pagar subo una foto', 'si no contestas en 10 minutos empiezo a mandarlo', 'voy a poner tu cara en fotos porno con photoshop y las subo'],
      ignore: ['ya le mande una a tu prima, la del pastel, quieres que siga mandando recetas?', 'ya le pase las fotos a tu hermano, la siguiente la mando al grupo de la familia', 'bloqueame si quieres, igual lo subo antes al classroom', 'cada dia sin estudiar subo una foto de mi progreso al insta', 'tu video del baile va a estar en todas las redes del cole, que orgullo', 'tu foto va a estar en todos los carteles del concurso', 'empiezo por tu prima a repartir las invitaciones', 'imprimo los carteles de la fiesta y los pego en el pasillo del insti', 'ya le mande las fotos del viaje a tu prima, quieres que siga con las de la playa?', 'si le dices a alguien publico todo el cotilleo jaja', 'hago un montaje con las fotos del viaje y las subo'],
    },
  },
  {
    id: 'sell-your-pics',
    phrases: [
      'vendo|vendere|voy_a_vender|vender|vendiendo|subasto|subastar* ..2 tus|sus|tu|su|todas_tus ..1 @photo|fotos|videos|video|nudes|pack|packs|fotitos|videitos',
      'o ..1 las|los|lo|la ..1 compras|compra|pagas ..3 o ..1 las|los|lo|la ..1 compra|compran|comprara|compraran|paga|pagan ..1 otro|otros|alguien|otra_persona',
      'ya ..1 estas|esta|estan|sales|salen|apareces|aparecen ..2 en ..1 un|una|el|la ..1 grupo|canal|pagina|web|foro ..2 de ..1 @app|porno|adultos|xxx|pervertidos',
      '@video|@photo|fotos|videos|todo ..3 listo|listos|listas|preparado|preparados ..2 para ..1 subir*|publicar*|enviar*|mandar*|difundir* ..6 tu_decides|que_tu_decidas|que_decidas|depende_de_ti|solo_depende|tu_eliges|si_no_pagas|si_no',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'orla|anuario|graduacion|boda|fotografo|fotografa|sesion_de_fotos|book|album|jaja*|haha*|jsjs*|jeje*|xd|youtube|vlog|canal_de_youtube|concurso|mercadillo|feria|cuadros|dibujos|arte|cromos|cartas|de_clase|del_cole|del_insti|del_colegio'],
    examples: {
      match: ['tus fotos por 100 dolares, o las compras tu o las compra otro', 'vendo tus fotos en telegram si no me pagas', 'ya estas en un grupo de telegram, si quieres que te saque paga', 'el video ya esta listo para subirse, solo falta que tu decidas'],
      ignore: ['vendo tus fotos de la orla a los abuelos jaja', 'el video ya esta listo para subir a youtube si no hay cambios que tu decidas', 'ya estas en el grupo de whatsapp de clase'],
    },
  },
  {
    id: 'formal-avoid-spread',
    phrases: [
      'evitar|impedir|evite|evites ..2 su|la|esta|dicha|una ..1 difusion|publicacion|distribucion|divulgacion|filtracion|exposicion|viralizacion ..6 @targ|contactos|familiares|amigos|seguidores|redes|internet|debera|debe|deberas|debes|pague|pagar|abonar|abone|transfiera|transferir|deposite|depositar|#',
      'evitar|impedir|evite|evites ..1 que ..1 el|la|los|las|su|sus|tu|tus|este|esta|estos|estas ..1 @photo|@video|material|contenido|grabacion|grabaciones|imagenes|fotos|videos ..2 se ..1 publique|publiquen|difunda|difundan|envie|envien|filtre|filtren|comparta|compartan|divulgue|divulguen|viralice|llegue|lleguen',
      'evitar|impedir|evite|evites ..1 que ..1 @targ ..1 se ..1 entere|enteren|vea|vean|reciba|reciban',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'bulo*|noticia*|rumor*|virus|contagio*|desinformacion|fake_news|enfermedad|gripe|covid|incendio*|fuego|spam|cadena*|estafa*|fraude|phishing|contrasena|datos_personales|ciberacoso|privacidad|configura*|ajustes|consejo*|recomend*|charla|tutoria|campana'],
    examples: {
      match: ['Para evitar su difusion entre sus contactos debera abonar 500 euros en Bitcoin', 'para evitar que el video se publique pague 300 dolares', 'si quieres evitar que tus amigos se enteren paga'],
      ignore: ['para evitar la difusion de bulos no reenvies nada', 'para evitar que se difunda el virus lavate las manos', 'en la charla dijeron como evitar que se publiquen tus datos', 'evitar que se publiquen tus datos es importante, dijo el profe', 'para evitar la difusion de esa foto, pide que la borren y reportalo'],
    },
  },
  {
    id: 'if-you-block-i-tell',
    phrases: [
      'si ..2 bloqueas|ignoras|denuncias|reportas|dejas_de_hablarme|dejas_de_contestar|desapareces|me_dejas_en_visto ..6 @tellv|cuento|digo|enseno|ensenare|muestro|mostrare|mando|mandare ..1 todo|todito|lo_nuestro|lo_que_hicimos|lo_que_me_mandaste|tus_fotos|las_fotos',
      'si ..2 bloqueas|ignoras|denuncias|reportas|dejas_de_hablarme|dejas_de_contestar|desapareces ..6 y ..2 @tellv|cuento|digo|enseno|ensenare|muestro|mostrare|mando|mandare ..1 todo|todito|lo_nuestro|lo_que_hicimos|lo_que_me_mandaste|tus_fotos|las_fotos',
      'como ..2 bloquees|ignores|denuncies|reportes|dejes_de_hablarme|dejes_de_contestar|cuentes|digas|cuentas|dices ..4 lo|la|los|las|te|todo|se_lo|se_las|se_los ..1 @pubv|@sendv',
      'cuento|digo|contare|dire|enseno|ensenare|muestro|mostrare|mando|mandare ..1 todo|todito ..2 a ..1 @targ ..4 con|y ..2 las|los|tus|el|la|mis|nuestros|nuestras ..1 fotos|fotitos|videos|video|capturas|chats|mensajes|pruebas|audios|conversaciones',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|lol|juego|partida|fortnite|minecraft|roblox|fifa|clash|sorpresa|cumple|fiesta|regalo|profe|examen|deberes|tarea|notas|jarron|suspenso|castigo|castigad*|fumando|fumar|vapeando|porro*|novillos|pellas|botellon'],
    examples: {
      match: ['si me bloqueas me presento en tu casa y se lo cuento todo a tu madre, con las fotos', 'si me bloqueas se lo cuento todo a tu padre', 'si me ignoras le enseño todo a tu novio', 'se lo cuento todo a tu madre y le enseño las capturas', 'como me bloquees lo subo todo', 'como se lo cuentes a alguien se las mando a tu padre'],
      ignore: ['si me bloqueas en el fortnite se lo cuento todo a tu madre jaja', 'si me ignoras le cuento todo a tu madre, lo del jarron', 'se lo cuento todo a tu madre, que estabas fumando'],
    },
  },
  {
    id: 'they-see-it-tomorrow',
    phrases: [
      'manana|hoy|esta_noche|esta_tarde|ahora|ahorita|entonces|pues|luego|en_una_hora|en_nada|en_5_minutos|en_10_minutos ..2 lo|la|los|las ..1 ve|ven|vera|veran|tiene|tienen|tendra|tendran|recibe|reciben|recibira|recibiran ..2 @targ|todo_el_mundo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'en_clase|en_el_recreo|en_la_expo*|en_el_cole|en_el_insti|en_el_colegio|en_el_patio|jaja*|haha*|jsjs*|jeje*|xd|notas|nota|boletin|tutoria|reunion|orgullo|baile|coreo*|festival|obra|teatro|actuacion|funcion|escenario|peli|pelicula|partido|torneo|participantes|jugadores|equipo|serie|concierto|final|capitulo|episodio|sorpresa|fiesta|cumple|regalo|tarta|pastel|bonita*|bonito*|preciosa*|precioso*|le_va_a_encantar|le_encanta|graduacion|boda|navidad|vacaciones|viaje|excursion|paquete|pedido|carta|invitacion|cine|classroom|moodle|teams|drive|correo|email|tele|television|directo|estreno|web_del|pagina_del|periodico|revista|museo|exposicion|expo|feria|mercadillo|tienda|parque|dibujo*|trabajo|proyecto|deberes|tarea|examen|apuntes|horario|medico|gato|perro'],
    examples: {
      match: ['entonces mañana lo ven tus compañeros de clase. tu eliges', 'esta noche lo ve tu madre', 'pues mañana lo tiene todo tu instituto', 'en una hora lo reciben todos tus contactos', 'mañana lo ve todo tu insti'],
      ignore: ['mañana lo ven tus padres en la reunion', 'esta noche la ve tu madre, la peli', 'hoy lo ven tus amigos en el partido', 'entonces lo ven tus amigos en el cine mañana', 'luego lo tiene toda tu clase en el classroom', 'mañana lo tiene tu madre, el paquete', 'entonces lo ven todos en clase mañana'],
    },
  },
  {
    id: 'messaging-your-parent',
    weight: 3,
    phrases: [
      'le|les ..1 escribo|hablo|mando_mensaje|mando_un_mensaje|mando_un_dm|mando_md|llamo ..2 ya_mismo|ahora_mismo|ahorita|ahora|ya|you|en_este_momento ..3 a ..1 @targ',
      'le|les ..1 escribo|hablo|mando_mensaje|mando_un_mensaje|mando_un_dm|mando_md|llamo ..2 a ..1 @targ ..3 ya_mismo|ahora_mismo|ahorita|ahora|ya|en_este_momento',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|cumple|sorpresa|regalo|fiesta|recoger|recogerte|recoge*|cena|comida|permiso|excursion|reunion|tutoria|horario|deberes|tarea|felicitar|preguntar*|pregunto|si_puedes|para_que|para_ver|avisar*|aviso|invitar*|dormir|quedarte|ayudar*|ayuda|llaves|medico|hospital|preocupad*|estas_bien|no_contestas|no_llegas|llegas|tarde'],
    examples: {
      match: ['le escribo ya mismo a tu mama por insta', 'le escribo a tu padre ahora mismo'],
      ignore: ['le escribo ahora a tu madre para preguntarle si puedes venir', 'le escribo ya a tu mama para lo del cumple', 'le llamo ahora a tu padre que no llegas'],
    },
  },
  {
    id: 'if-you-tell-i-post',
    phrases: [
      'si ..3 cuentas|dices|le_cuentas|le_dices|se_lo_cuentas|se_lo_dices|les_cuentas|les_dices|denuncias|avisas|vas_a_la_policia ..4 lo|la|los|las|te ..1 @pubv|@sendv',
      'publico|subo|mando|envio|filtro|difundo|publicare|subire|mandare|enviare|comparto|paso ..2 todo|todito|tus_fotos|el_video|los_videos|tus_videos|las_fotos|tus_nudes|las_capturas|los_chats|tu_video ..3 si ..1 no|me_bloqueas|me_ignoras|me_denuncias|se_lo_cuentas|le_cuentas|se_lo_dices|le_dices|no_pagas|no_me_pagas|no_me_contestas|no_me_mandas',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|lol|te_importa|le_importa|os_importa|hay_problema|molesta|llueve|llover|sorpresa|cumple|fiesta|regalo|viaje|excursion|partido|equipo|club|profe|clase|deberes|tarea|apuntes|trabajo|horario|drive|classroom|nube|correo|periodico|revista'],
    examples: {
      match: ['si se lo cuentas a alguien lo publico', 'publico todo si no me pagas', 'si le dices a tu madre te lo subo', 'mando el video si me bloqueas'],
      ignore: ['si se lo cuentas a alguien lo publico en el periodico del cole jaja', 'subo las fotos del viaje si no te importa', 'mando las fotos si no llueve'],
    },
  },
  {
    id: 'price-to-delete',
    phrases: [
      '@currency|@money|@payment ..4 por|para ..1 borrar|borrarlo*|borrarla*|eliminar|eliminarlo*|eliminarla*|quitar|bajar|no_publicar|no_publicarlo|no_subir|no_subirlo|no_mandar|no_mandarlo|no_ensenar|no_ensenarlo ..2 el|los|las|la|tus|tu|todo|lo ..1 @video|@photo|fotos|videos|capturas|nudes|todo|material|chats',
      'me ..1 debes|vas_a_deber|vas_a_pagar|vas_a_dar|tienes_que_pagar|pagaras ..3 # ..2 [@currency] ..2 por ..1 borrar|eliminar|no_publicar|no_subir|no_mandar|mi_silencio',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|te_pago|te_doy|te_invito|te_cobro_yo|reparar|arreglo|arreglar|movil_viejo|tecnico|tienda|servicio|borrado_de_datos|formatear|mancha*|tatuaje|laser'],
    examples: {
      match: ['me debes 300 euros por borrar el video', '100 dolares por borrar tus fotos', '50 en paysafecard para no publicar el video', 'me vas a pagar 200 por mi silencio'],
      ignore: ['te pago 10 euros por borrar el video de la caida jaja', '30 euros por borrar los datos del movil viejo en la tienda', '80 euros por borrar el tatuaje con laser'],
    },
  },
  {
    id: 'veiled-what-happens-to-pics',
    phrases: [
      'sabes|sabe|sabeis ..2 que|q ..1 pasa|pasara|va_a_pasar|hago|hare|voy_a_hacer|puedo_hacer|paso_a_hacer ..1 con ..2 tus|las|los|esas|esos|tu|el|la|lo ..1 @foto|fotos|videos|video|nudes|pack|capturas|fotitos|videitos|chats|conversaciones|mensajes|que_tengo|q_tengo|que_me_mandaste|q_me_mandaste|que_me_diste|que_me_pasaste|que_grabe',
      'sabes|sabe ..2 que|q ..1 hago|hare|voy_a_hacer ..1 con ..1 las|los|lo|la ..1 que|q ..1 tengo|me_mandaste|me_diste|me_pasaste|grabe|guarde',
      'sabes|sabe ..2 que|q ..1 pasa|pasara|va_a_pasar|hago|hare ..1 si ..2 no ..3 @foto|fotos|videos|video|nudes|capturas|que_tengo|q_tengo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'si_las_subes|si_los_subes|si_lo_subes|si_la_subes|cuidado|ojo|internet_es|nunca_se_borra|no_se_borra|jaja*|haha*|jsjs*|jeje*|xd|album|imprimir|imprimo|marco|viaje|excursion|cumple|fiesta|boda|partido|vacaciones|playa|instagram_las|movil_nuevo|nube|drive|backup|copia_de_seguridad|borrarlas|borrarlos'],
    examples: {
      match: ['o ya sabes que pasa con tus fotos', 'ya sabes lo que hago con las que tengo', 'ya sabes lo que pasara con los videos que me mandaste', 'bien sabes lo que puedo hacer con tus fotos', 'ya sabes lo que pasa si no me contestas, las fotos que tengo'],
      ignore: ['ya sabes lo que pasa con tus fotos si las subes a internet, nunca se borran', 'ya sabes lo que hago con las fotos del viaje, un album', 'ya sabes que hago con los videos jaja, los subo a la nube'],
    },
  },
  {
    id: 'it-would-be-a-shame',
    weight: 5,
    phrases: [
      'seria|que ..1 pena|lastima ..2 que|q|si ..4 acabara|acabaran|acabasen|acabase|llegara|llegaran|llegase|llegasen|terminara|terminaran|circulara|circularan|se_filtrara|se_filtraran|se_publicara|se_publicaran|salieran|saliera|aparecieran|apareciera|vieran|viera|vea|vean|supieran|supiera|se_enterara|se_enteraran ..5 @targ|grupo|grupos|clase|insti|instituto|cole|colegio|escuela|internet|redes|todos|todas|todo_el_mundo|@app',
      'seria|que ..1 pena|lastima ..2 que|q|si ..3 @targ|todos|todo_el_mundo ..3 vieran|viera|vean|vea|supieran|supiera|se_enterara|se_enteraran|recibieran|recibiera',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'fiesta|sorpresa|cumple|partido|concierto|peli|pelicula|serie|obra|teatro|actuacion|funcion|final|lluvia|llover|tarde|examen|notas|suspenso|jaja*|haha*|jsjs*|jeje*|xd|tarta|pastel|regalo|viaje|excursion|boda|graduacion|torneo|juego|tu_dibujo|dibujo|cuadro|talento|no_lo_vieran|no_la_vieran|no_lo_viera|no_la_viera|no_se_enteraran|no_se_enterara|no_lo_supieran'],
    examples: {
      match: ['seria una pena que tus viejos vieran lo que me mandaste anoche no crees?', 'seria una lastima que esas fotos acabaran en el grupo de tu clase', 'que pena si llegaran a tu madre', 'seria una pena que todo tu insti se enterara', 'seria una pena que tu colegio viera esto'],
      ignore: ['seria una pena que tus padres no vieran la obra', 'que pena que todos vieran la final sin nosotros', 'seria una pena que lloviera en la fiesta jaja', 'seria una pena que tu dibujo no lo vieran en clase, tienes talento'],
    },
  },
  {
    id: 'start-sending',
    phrases: [
      'empiezo|empezare|empiezo_ya|voy_a_empezar|comienzo|comenzare ..1 a ..1 @sendv|@pubv ..2 tus|todas_tus|todos_tus|las|los ..1 @foto|fotos|videos|video|nudes|conversaciones|chats|mensajes|capturas|audios|fotitos',
      'o|sino|si_no ..3 empiezo|empezare|voy_a_empezar|comienzo|comenzare ..1 a ..1 @sendv|@pubv|mandarselo*|mandarsela*|escribirle*|escribir',
      'y ..1 si ..2 le|les|las|los|lo|la|te|se_las|se_los|se_lo ..1 pasara|mandara|subiera|publicara|ensenara|enviara|pasase|mandase|subiese|publicase|ensenase|enviase|reenviara|mostrara ..3 @targ|clase|grupo|insti|instituto|cole|colegio|internet|redes|todos|todas|todo_el_mundo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'viaje|excursion|cumple|fiesta|boda|partido|vacaciones|playa|torneo|invitacion*|deberes|apuntes|tarea|trabajo|proyecto|examen|horario|jaja*|haha*|jsjs*|jeje*|xd|le_gustaria|les_gustaria|les_encantaria|le_encantaria|te_importa|te_parece|quieres|vale|bonita*|bonito*|guapa|guapo|preciosa*|precioso*|recuerdo*'],
    examples: {
      match: ['haz una transferencia de 80 euros o empiezo a mandar tus conversaciones', 'voy a empezar a subir tus fotos una a una', 'paga ya o empiezo a mandarselo a tus amigos', 'seria facil editarlas con ia, y si las pasara por tu clase?', 'y si le mandara esto a tu madre?'],
      ignore: ['empiezo a subir las fotos del viaje al drive', 'y si las pasara al grupo de clase? quedaron bonitas', 'y si le mandara la foto a tu madre? le encantaria', 'o empiezo a mandar invitaciones o no viene nadie'],
    },
  },
  {
    id: 'or-they-get-published',
    phrases: [
      'o|sino|si_no|de_lo_contrario ..4 sera|seran|va_a_ser|van_a_ser|seria|serian ..1 publicad*|difundid*|filtrad*|divulgad*|expuest*|viralizad*|compartid*',
      'tu|su ..1 @app|perfil|muro|cuenta|historia|historias|grupo|feed ..2 se ..1 llena|llenara|va_a_llenar|llenaria ..2 de ..1 tus|tu|sus|su ..1 @foto|fotos|videos|video|nudes|pack|fotitos|capturas',
      '@targ ..2 va_a_recibir|van_a_recibir|recibira|recibiran|reciba|reciban|recibe|reciben ..2 un|una|el|mi|algo|unos|unas ..1 mensajito|mensajitos|regalito|regalitos|sorpresita|sorpresitas|videito|videitos|fotito|fotitos|paquetito|regalo_especial|sorpresa_especial',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'notas|nota|boletin|resultados|examen|lista|admitidos|calendario|horario|fiesta|cumple|navidad|reyes|aniversario|san_valentin|dia_de_la_madre|dia_del_padre|le_va_a_encantar|le_encantara|les_va_a_encantar|le_va_a_gustar|les_va_a_gustar|jaja*|haha*|jsjs*|jeje*|xd|viaje|excursion|boda|vacaciones|playa|partido|torneo|amazon|correos|pedido|envio|tienda'],
    examples: {
      match: ['envia 100 dolares via Western Union o tus fotos seran publicadas', 'paga ya, de lo contrario tu video sera difundido', '200 en crypto o tu insta se llena de tus nudes', 'luego no llores cuando tu madre reciba un mensajito', 'si no pagas hoy tus amigos van a recibir unos videitos'],
      ignore: ['revisad la lista o los resultados seran publicados mañana', 'tu insta se llena de tus fotos del viaje jaja', 'tu madre va a recibir un regalito por su cumple, le va a encantar', 'tu perfil se llena de tus fotos del partido'],
    },
  },
  {
    id: 'already-out-there',
    phrases: [
      'tus|tu ..1 @foto|fotos|videos|video|nudes|pack|fotitos|videitos ..2 ya ..1 estan|esta|circulan|circula|andan|anda ..2 en|por ..2 grupo|grupos|internet|redes|@app|pagina|paginas|web|foro|foros',
      '@targ|tu_clase|tu_insti|tu_cole|todo_tu_insti|todo_tu_cole ..3 va_a_flipar|van_a_flipar|flipara|fliparan|va_a_alucinar|van_a_alucinar|alucinara|alucinaran|va_a_flipar_mucho ..2 con ..1 lo_que_tengo|lo_q_tengo|lo_que_me_mandaste|lo_q_me_mandaste|tus_fotos|tu_video|tus_videos|lo_que_hiciste|lo_que_vi|lo_que_grabe|tus_nudes',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'viaje|excursion|cumple|fiesta|boda|graduacion|partido|torneo|concierto|vacaciones|playa|club|equipo|orla|bonita*|bonito*|preciosa*|genial*|top|sales_guapa|sales_guapo|sales_genial|presentacion|trabajo|proyecto|dibujo|cuadro|tiktok_del|canal|album|drive|nube|regalo|sorpresa|tarta'],
    examples: {
      match: ['nmms q miedo jaja, no es cierto... o si? tus fotos ya estan en un grupo de telegram', 'tus videos ya circulan por internet', 'ok boomer, pero tu clase va a flipar con lo que tengo', 'tus amigos van a alucinar con lo que me mandaste'],
      ignore: ['tus fotos ya estan en el grupo de clase, las del viaje', 'tu clase va a flipar con la presentacion', 'tus fotos ya estan en el insta del club, sales genial'],
    },
  },
  {
    id: 'they-see-it-all',
    weight: 3,
    phrases: [
      '@targ ..1 lo|la|los|las ..1 ve|ven|vera|veran|va_a_ver|van_a_ver|recibe|reciben|recibira|recibiran|tiene|tienen|tendra|tendran ..1 todo|todito|todas|todos|hoy|manana|esta_noche|ya',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'cuidado|ojo|control_parental|historial|movil|tablet|ordenador|contrasena|ubicacion|jaja*|haha*|jsjs*|jeje*|xd|notas|boletin|examen|fiesta|cumple|sorpresa|regalo|partido|obra|teatro|concierto|actuacion|peli|serie|final|viaje|excursion|boda|graduacion|tele|directo|streaming|paquete|pedido|carta'],
    examples: {
      match: ['if you dont pay, tus padres lo ven todo', 'pay me or tu familia las ve hoy', 'tus amigos lo tienen todo esta noche'],
      ignore: ['cuidado con lo que buscas, tus padres lo ven todo en el historial', 'tus padres lo ven todo desde la grada en el partido', 'tu madre lo tiene todo preparado para la fiesta'],
    },
  },
  {
    id: 'or-would-you-rather',
    phrases: [
      'prefieres|preferis|preferirias ..1 que ..1 lo|la|los|las|se_lo|se_la|se_los|se_las ..1 vea|vean|ensene|muestre ..2 @targ|todos|todas|todo_el_mundo',
      'o|y|acaso|entonces ..1 prefieres|quieres|preferis|queres|preferirias|quisieras ..1 que ..1 lo|la|los|las ..1 vea|vean|lea|lean|reciba|reciban|tenga|tengan ..1 @targ|todos|todas|todo_el_mundo',
      'o|y|acaso|entonces ..1 prefieres|quieres|preferis|queres|preferirias|quisieras ..1 que ..3 le|les|se_lo|se_la|se_los|se_las ..1 ensene|mande|pase|envie|muestre|reenvie|publique|suba|filtre|comparta|cuelgue|difunda ..4 la_de|las_de|el_de|los_de|@foto|@video|fotos|videos|nudes|pack|lo_que|lo_q|eso|esto|todo|tus_fotos|tu_video|tus_videos|las_fotos|el_video|los_videos|capturas|chats|mensajes ..4 @targ|todos|todas|todo_el_mundo',
      'o|y|acaso|entonces ..1 prefieres|quieres|preferis|queres|preferirias|quisieras ..1 que ..3 le|les|se_lo|se_la|se_los|se_las ..1 ensene|muestre|publique|suba|filtre|difunda ..2 @targ|todos|todas|todo_el_mundo',
      'o|y|acaso|entonces ..1 prefieres|quieres|preferis|queres|preferirias|quisieras ..1 que ..2 lo|la|los|las|tus|tu ..2 publique|suba|filtre|difunda|cuelgue ..4 @targ|internet|redes|todo_internet|todas_las_redes|paginas|porno',
      'o|y|acaso|entonces ..1 prefieres|quieres|preferis|queres|preferirias|quisieras ..1 que ..1 @targ|todos|todas|todo_el_mundo ..2 vea|vean|lea|lean|reciba|reciban|se_entere|se_enteren ..3 @video|@foto|fotos|videos|nudes|pack|chats|capturas|mensajes|lo_que|lo_q|esto|eso|las_fotos|el_video|tus_fotos|tu_video',
      'o|y|acaso|entonces ..1 prefieres|quieres|preferis|queres|preferirias|quisieras ..1 que ..1 @targ|todos|todas|todo_el_mundo ..1 lo|la|los|las|te ..1 vea|vean|lea|lean|reciba|reciban',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'del_viaje|de_la_fiesta|del_cumple|de_la_excursion|de_la_boda|de_la_graduacion|del_partido|de_clase|notas|boletin|regalo|sorpresa|peli|serie|jaja*|haha*|jsjs*|jeje*|cine|cena|comida|tarta|dibujo|cuarto|habitacion|por_correo|por_mail|por_email|link|enlace|factura|horario|receta|direccion|invitacion|pdf|entregarlo|entregarla|entregar|antes_de|primero|boletin|permiso|autorizacion|firma|firmar'],
    examples: {
      match: ['prefieres que lo vea tu papa?', 'una mas y ya, o prefieres que le enseñe la de ayer a tus amigas?', 'o quieres que le enseñe el video a tu mama?', 'para que me mandes 50$, o quieres que tu novio vea el video que me enviaste?', 'o prefieres que lo suba a internet?', 'o quieres que lo vean tus papas?'],
      ignore: ['o prefieres que se lo mande a tu mama por correo?', 'prefieres que lo vea tu mama antes de entregarlo?', 'o prefieres que se lo mande a tu mama?', 'o prefieres que lo mande al grupo de clase?', 'o prefieres que le enseñe las fotos del viaje a tus amigas?', 'o quieres que tu mama vea la peli con nosotros?', 'o prefieres que te lo mande por correo?', 'o quieres que lo vean tus papas primero, el dibujo?'],
    },
  },
  {
    id: 'gift-on-its-way',
    phrases: [
      'a ..1 @targ ..1 le|les ..1 va|van ..1 a ..1 llegar|caer ..3 regalito|regalo|sorpresa|sorpresita|algo|video|videito|foto|fotos|mensaje|mensajito|paquete|paquetito',
      '@targ ..1 va_a_recibir|recibira|van_a_recibir|recibiran|recibe|reciben ..2 un_regalito|una_sorpresa|una_sorpresita|algo_interesante|algo_bonito|un_mensajito|tu_video|tus_fotos|el_video|las_fotos|tus_nudes|un_video|unas_fotos',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'dia_de_la_madre|dia_del_padre|dia_de_la_mujer|cumple|cumpleanos|navidad|reyes|amazon|pedido|correo|postal|aniversario|jaja*|haha*|jsjs*|flores|tarta|pastel|te_quiero|gracias|graduacion|regalo_de'],
    examples: {
      match: ['entonces a tu papa le va a llegar un regalito por whatsapp', 'tus amigos van a recibir un video muy interesante', 'a tu novio le va a llegar una sorpresita'],
      ignore: ['a tu mama le va a llegar un regalito por el dia de la madre', 'tu papa va a recibir un regalito de amazon mañana'],
    },
  },
  {
    id: 'tag-them-all',
    phrases: [
      'cree|hice|arme|abri|he_creado|he_hecho ..1 un|una ..1 grupo|chat|lista ..2 con ..2 todos_tus|todas_tus|tus|todos_sus|sus ..1 seguidores|contactos|amigos|amigas|familiares|companeros|followers',
      'no ..1 pagar|pagas|mandar|enviar|dar ..3 yo ..1 publicar|enviar|mandar|subir|mostrar|ensenar|compartir|difundir',
      'les|a_todos|a_todas|a_cada_uno|a_cada_una ..1 etiqueto|etiquetare|voy_a_etiquetar|taggeo ..2 tu|tus|en_tu|en_tus ..1 @foto|@video|fotos|videos|nudes|pack',
      'etiqueto|etiquetare|voy_a_etiquetar|taggeo ..4 tu|tus ..1 @foto|@video|fotos|videos|nudes|pack ..3 cada_uno|cada_una|todos|todas|@targ|tus_seguidores',
      'despues|luego|sino|si_no|o|entonces ..1 yo ..1 publicar|enviar|mandar|subir|mostrar|ensenar|compartir|difundir',
      'no ..1 sea|sean ..1 enviad*|publicad*|difundid*|compartid*|distribuid*|remitid*|reenviad*|mostrad*|filtrad* ..4 @targ|todos_sus|todos_tus|sus_contactos|internet|redes|sus_familiares',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'grupo_de_clase|cumple|fiesta|viaje|excursion|concurso|sorteo|jaja*|haha*|jsjs*|meme|memes|boda|graduacion|sorpresa|regalo|despedida|quedada|partido|torneo|entreno|equipo'],
    examples: {
      match: ['mira, ya cree un grupo con todos tus seguidores', 'hice un grupo con tus amigos y tu familia', 'si tu no pagar, yo publicar en facebook', 'en 15 minutos les etiqueto tu foto a cada uno si no haces lo que digo', 'etiqueto tus fotos a todos tus seguidores', 'tu tener 24 hora. despues yo publicar', 'Para que este material no sea enviado a todos sus contactos, deberá transferir 500 USD'],
      ignore: ['ya cree un grupo con todas tus amigas para tu cumple', 'les etiqueto tu foto del cumple jaja', 'te etiqueto en la foto del viaje', 'etiqueto tus fotos de la fiesta a todos'],
    },
  },
  {
    id: 'or-it-comes-out',
    phrases: [
      '@payment|@currency|@money|pagas|pagame|paga|pagues|deposita|depositame|yapeame|@photo|@video|fotos|videos|foto ..6 o|sino|si_no ..2 todos|todas|@targ|todo_el_mundo ..1 se_enteran|se_entera|lo_saben|lo_sabe|lo_ven|lo_ve|las_ven|los_ven|la_ve|la_ven',
      'hazme|haceme|mandame|pasame|dame|deposita|depositame|transfiere|transfiereme|transferime|yapeame|paga|pagame|recarga|recargame ..6 o|sino|si_no ..1 publico|subo|filtro|difundo|expongo|mando|envio|paso ..1 todo|todito|tus_fotos|tu_video|el_video|las_fotos|tus_videos|tus_nudes',
      'o|sino|si_no ..2 tu|tus|el|la|las|los ..1 @foto|@video|fotos|videos|nudes|pack ..1 sale|salen|saldra|saldran|aparece|aparecen|termina|terminan|acaba|acaban ..2 en ..1 @app|internet|redes|todas_partes|el_grupo|todos_lados|xvideos|pornhub',
      'o|sino|si_no ..6 la|lo|las|los ..1 ve|ven|vera|veran|recibe|reciben|recibira|recibiran ..1 @targ|todo_el_mundo|todos|todas',
      '@foto|captura|capturas|@video|fotos|videos|nudes ..6 ya ..1 esta|estan|circula|circulan ..2 en_el_grupo|en_los_grupos|en_el_chat ..1 de_tu|de_tus|del ..1 salon|clase|curso|colegio|cole|insti|familia|equipo|amigos|amigas|companeros',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues', 'jaja*|haha*|jsjs*|jeje*|xd|sorpresa|cumple|fiesta|regalo|horario|examen|examenes|notas|deberes|tarea|apuntes|trabajo|proyecto|peli|serie|partido|torneo|entreno|excursion|viaje|pelo|corte|ropa|disfraz|outfit|mochila|zapatos|zapatillas|ortografia|boletin|menu|receta|invitacion|orla'],
    examples: {
      match: ['mandame 100 soles por yape al 987654321 o todos se enteran', 'hazme un sinpe de 20 mil o publico todo', 'recarga 1000 robux en mi cuenta o tu video sale en tiktok', 'mandame un video o la foto que tengo la ve tu novio', 'mira la captura, ya esta en el grupo de tu salon'],
      ignore: ['pasame los apuntes o todos se enteran de que copiaste jaja', 'mandame el horario o lo mando yo al grupo', 'las fotos del viaje ya estan en el grupo de tu clase', 'pasame la peli o la ve tu mama sola'],
    },
  },
  {
    id: 'laughing-stock',
    weight: 2,
    phrases: [
      'vas ..1 a ..1 ser|quedar|quedar_como ..1 la|el ..1 burla|hazmerreir|chiste|meme ..2 de|del|en ..2 @school|colegio|cole|insti|clase|todo|toda|internet|redes|tu_salon|tu_clase',
      'seras|quedaras_como ..1 la|el ..1 burla|hazmerreir|chiste|meme ..2 de|del|en ..2 @school|colegio|cole|insti|clase|todo|toda|internet|redes|tu_salon|tu_clase',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues', 'jaja*|haha*|jsjs*|jeje*|xd|pelo|corte|ropa|disfraz|outfit|mochila|zapatos|zapatillas|baile|cancion|karaoke|si_vas_asi|si_te_pones|si_llevas'],
    examples: {
      match: ['vas a ser la burla del colegio', 'seras el hazmerreir de todo internet'],
      ignore: ['con ese corte vas a ser la burla del colegio', 'si te pones eso vas a ser el chiste de la clase'],
    },
  },
  {
    id: 'your-pics-go-to-r9',
    phrases: [
      'tus|tu|esas|esos ..1 @foto|fotos|videos|video|nudes|pack|packs|fotitos|videitos ..2 van|iran|va|ira|se_van|acaban|terminan|llegan|llegaran|acabaran|terminaran ..2 para|a|al|en|directo|directito|derechito ..3 @targ|grupo|grupos|redes|internet|todos_lados|todo_el_mundo|el_insti|el_cole|el_colegio|la_escuela|la_prepa',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|mural|revista|anuario|web_del_cole|concurso|exposicion|jaja*|haha*|jsjs*'],
    examples: {
      match: ['ok pues tus fotos van para tu grupo de clase, ya tengo a todos agregados', 'tus nudes van directito a tus papas', 'tu video va a acabar en todos los grupos', 'esas fotos llegan hoy a tu colegio'],
      ignore: ['tus fotos van para el album de la orla', 'tus fotos van al mural del cole, que bonitas', 'tu video va para el concurso del insti'],
    },
  },
  {
    id: 'or-i-post-what-i-have-r9',
    phrases: [
      'si_no|sino|o ..6 @pubv ..1 las|los|lo|la|todo ..2 que|q ..1 tengo|tengo_de_ti|guardo|tengo_guardad*|tengo_tuyas|tengo_tuyos',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|fotos_del|fotos_de_la|videos_del|jaja*|haha*'],
    examples: {
      match: ['si no me pasas mas fotos subo las q tengo a close friends de todo el insti y a tu novio', 'o me contestas o publico lo que tengo', 'si no pagas filtro todo lo que tengo de ti'],
      ignore: ['si no te gustan subo las que tengo del viaje', 'si no encuentras los apuntes subo los que tengo al drive', 'o me pasas las fotos del cumple o subo las que tengo'],
    },
  },
  {
    id: 'broken-or-i-publish-r9',
    phrases: [
      'o|sino|si_no ..2 yo ..1 publico|publicar|subo|subir|enviar|envio|mando|mandar|compartir|comparto|poner|pongo ..2 en|a ..1 youtube|facebook|face|feis|instagram|insta|tiktok|internet|redes|xvideos|pornhub|telegram|@targ',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'receta|tutorial|cover|cancion|baile|coreo|partida|gameplay|meme|memes|jaja*|haha*|apuntes|trabajo|tarea'],
    examples: {
      match: ['Cuanto tienes? Tu pagar ahora, no policia o yo publico en youtube', 'tu paga o yo enviar a tu familia', 'si no yo subo a internet'],
      ignore: ['si no te gusta el cover yo lo subo a youtube', 'o lo subes tu o yo subo la receta a instagram'],
    },
  },
  {
    id: 'imagine-how-it-would-look-r9',
    phrases: [
      'mira|imaginate|imagina|piensa|piensalo ..2 como|que|lo_que ..1 quedaria|quedarian|se_veria|se_verian|pensarian|dirian|diria|pensaria ..4 @foto|fotos|video|videos|nudes|pack|fotitos|videitos ..4 grupo|grupos|salon|clase|@targ',
      'mira|imaginate|imagina|piensa|piensalo ..2 como|que|lo_que ..1 pensarian|dirian|diria|pensaria|harian|haria ..1 @targ ..4 @foto|fotos|video|videos|nudes|pack|fotitos|videitos',
      'voy_a_contar|le_voy_a_contar|les_voy_a_contar|voy_a_decir|le_voy_a_decir|les_voy_a_decir|@tellv ..2 lo_nuestro|lo_que_hicimos|lo_que_me_mandaste|lo_que_me_ensenaste|lo_que_me_enviaste|lo_de_las_fotos|lo_del_video ..3 a ..1 @targ',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|jaja*|haha*|xd|mural|anuario|concurso|revista'],
    examples: {
      match: ['mira como quedaria tu foto en el grupo de tu salon', 'imaginate lo que pensarian tus papas si ven ese video', 'le voy a contar lo que hicimos a tu novio'],
      ignore: ['mira como quedaria tu foto en el album de la orla', 'imaginate que dirian tus papas de las fotos del viaje jaja'],
    },
  },
  {
    id: 'or-i-show-everyone-r9',
    phrases: [
      'si_no|sino|o ..6 le|les|se_lo|se_la|se_las|se_los ..1 muestro|enseno|paso|mando|reenvio|mostrare|ensenare|mandare ..1 a ..1 todos|todas|todo_el_mundo|medio_mundo|@targ',
      'o|si_no|sino ..1 esto|eso|todo|tu_video|tus_fotos ..2 ve|ven|vera|veran|lo_ve|lo_ven|lo_vera|lo_veran ..1 medio|media|todo|toda|todos|todas|@targ',
      'ya ..1 se|le|les ..1 lo|la|las|los ..1 mande|envie|pase|ensene|mostre|reenvie ..1 a ..1 @targ ..3 sigue|siguen|sigues|ahora_va|ahora_van|el_siguiente|la_siguiente|luego_va|despues_va|falta|faltan|ahora_tu',
      'solo_falta|nada_mas_falta|solo_me_falta|solo_queda|me_falta_solo ..1 darle|dar|pulsar|apretar|tocar|presionar ..1 enviar|a_enviar|send|publicar|a_publicar|subir|compartir',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|jaja*|haha*|xd|receta|tarta|pastel|regalo|sorpresa|invitacion|invitaciones|correo|email|formulario|solicitud|cv|curriculum|la_tarea|los_deberes|el_trabajo|autorizacion|firmen|firme|firma|permiso|circular|boletin|notas'],
    examples: {
      match: ['boluda si no me pasas las fotos le muestro a todos lo que me mandaste', 'mandame mas o esto lo ve media argentina', 'ya se lo mande a tu prima, sigue tu mama', 'tengo agregados a tus papas, solo falta darle enviar'],
      ignore: ['si no me pasas la receta se la mando a tu madre jaja', 'ya se lo mande a tu madre, sigue la tarta', 'solo falta darle enviar al formulario de la beca'],
    },
  },
  {
    id: 'shame-if-they-found-out-r9',
    phrases: [
      'que_pena|seria_una_pena|seria_una_lastima|que_lastima|seria_triste|que_triste|seria_una_verguenza|seria_horrible ..1 que ..4 se_entere|se_enteren|se_enterara|se_enteraran|se_hiciera_publico|se_hicieran_publicas|se_hiciera_publica|se_filtrara|se_filtraran|circulara|circularan|se_supiera|saliera_a_la_luz|llegara_a|llegaran_a',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'final|spoiler|spoilers|serie|peli|examen|notas|nota|sorpresa|regalo|fiesta|cumple|boda|embarazo|por_ti|de_ti|apruebas|aprobaste|aprobado|buena_noticia|felicidades|enhorabuena|jaja*|haha*|xd'],
    examples: {
      match: ['que pena que tu mama se entere de esto por mi', 'seria una lastima que esto se hiciera publico', 'seria una pena que tus fotos se filtraran'],
      ignore: ['seria una pena que se filtrara el final de la serie', 'que pena que tu mama se entere de la fiesta sorpresa'],
    },
  },
  {
    id: 'wait-till-they-see-r9',
    weight: 3,
    phrases: [
      'a_ver|veremos|vamos_a_ver ..1 que|q ..1 dice|dicen|piensa|piensan|opina|opinan ..1 @targ ..3 cuando|si ..1 vea|vean|se_entere|se_enteren|reciba|reciban|le_llegue|les_llegue',
      'imaginate|imagina|imaginense|imaginaos ..1 que|si ..2 llegue|llega|llegara|llegan|llegaran|lleguen|llegasen|lo_vea|lo_ven|lo_vieran|lo_viera|se_entere|se_enteren ..1 a ..1 @targ',
      'imaginate|imagina ..1 que|si ..1 @targ ..1 ve|ven|viera|vieran|recibe|reciben|recibiera|recibieran ..1 esto|eso|esta_foto|este_video|tus_fotos|tu_video',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'notas|nota|boletin|examen|suspenso|suspensos|cuarto|habitacion|desorden|factura|multa|jaja*|haha*|xd|sorpresa|regalo|tarta|pastel|dibujo|trofeo|medalla|premio|titulo|diploma|corte_de_pelo|pelo|tatuaje|piercing'],
    examples: {
      match: ['a ver que dice tu vieja cuando vea esto', 'imaginate que llegue a tus viejos', 'imaginate que tu novio ve esto', 'imaginate que le llegan a tu entrenador', 'imagina si les llegaran a tus compañeros'],
      ignore: ['a ver que dice tu madre cuando vea las notas', 'imaginate que tus papas ven el trofeo, van a flipar', 'a ver que dice tu madre cuando vea tu tatuaje jaja', 'imaginate que le llegan a tu madre las notas antes que a ti'],
    },
  },
  {
    id: 'or-it-comes-out-r9',
    phrases: [
      'o|si_no|sino ..2 @foto|fotos|video|videos|videito|videitos|nudes|pack|fotitos ..1 sale|salen|saldra|saldran|va_a_salir|van_a_salir ..2 hoy|manana|esta_noche|ahora|ya|en_internet|en_redes|en_el_grupo|en_todos|por_todos|a_la_luz|publicad*|para_todos|a_todos|en_tiktok|en_instagram|en_face|en_todas',
      'o|si_no|sino ..2 @foto|fotos|video|videos|videito|videitos|nudes|pack|fotitos ..1 se_publica|se_publican|se_sube|se_suben|se_filtra|se_filtran|se_hace_publico|se_difunde|se_difunden',
      'o|si_no|sino ..1 todos|todas|todo_el_mundo|@targ ..1 ve|ven|veran|vera|van_a_ver|va_a_ver ..2 tu|tus|el|la|los|las|esto|eso ..1 video|videos|fotos|@foto|nudes|pack|videito|fotitos',
      'cuanto|cuanta_plata|cuanto_dinero ..2 me ..1 das|pagas|pagarias|darias|ofreces|mandas ..3 para_que_no|pa_que_no|y_no ..1 lo|la|los|las ..1 suba|publique|mande|ensene|pase|difunda|filtre|muestre',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'viaje|excursion|cumple|cumpleanos|boda|playa|vacaciones|concierto|graduacion|orla|album|apuntes|tarea|deberes|trabajo|proyecto|link|enlace|cancion|meme|memes|receta|perro|gato|bebe|perfil|drive|pendrive|bonita*|bonito*|preciosa*|precioso*|genial*|lindas|lindos|que_bien|jaja*|haha*|xd|anuario|revista|concurso|festival|tiktok_del|youtube_del|estreno|trailer|presentacion|exposicion|apuntas|apuntate|borrosa*|borroso*|igual|sin_ti'],
    examples: {
      match: ['hazme un pago movil de 50 dolares o tu video sale hoy', 'quiero 5000 robux o todos ven tu video', 'cuanto me das para que no lo suba?'],
      ignore: ['date prisa o el video sale sin ti, el del concurso', 'o te das prisa o tus fotos salen borrosas', 'o te apuntas o todos ven tu video en la presentacion de clase', 'o vienes o todos ven el video del viaje sin ti'],
    },
  },
  {
    id: 'shame-if-they-read-ours-r10',
    phrases: [
      'seria|serie ..1 una ..1 pena|lastima ..3 que|q ..3 viera|vieran|leyera|leyeran|se_enterara|se_enteraran ..3 nuestras|nuestros|nuestra|tus|las|los|lo|lo_que',
      'o|sino|si_no ..2 lo|la|los|las|te ..1 pongo|pondre|meto|tiro|dejo|cuelgo ..3 grupo|grupos|@app|internet|redes|estado|estados|historia|historias|muro',
      'o|sino|si_no ..3 se_acaba|se_acabo|se_va_a_acabar|adios_a|despidete_de ..1 tu ..1 reputacion|vida_social|fama|imagen',
      'si_no|sino|o ..4 le|les ..1 escribo|hablo|aviso|escribire|hablare ..2 @targ ..4 cuento|digo|mando|enseno|muestro|paso|contare|dire|mandare ..1 todo|lo_nuestro|lo_que|las_fotos|el_video|los_videos|los_chats',
      'te ..1 voy_a|vamos_a ..1 hacer ..1 famosa|famoso|viral|conocida|conocido ..2 en ..1 internet|redes|todo_el_colegio|todo_el_insti|toda_la_escuela|@app|tu_escuela|tu_colegio|tu_insti',
      'cuanto ..1 vale|valdria|pagarias|darias|pagas ..3 que ..1 esto|eso|lo_nuestro|tus_fotos|el_video|tu_video|nada ..1 no ..1 salga|se_sepa|se_publique|llegue|lo_vean|se_filtre|vea_la_luz',
      'o|sino|si_no ..2 @targ|todos|todo_el_mundo ..1 se_entera|se_enteran|se_va_a_enterar|se_van_a_enterar|se_enterara|se_enteraran ..1 de ..1 todo|lo_nuestro|esto|tus|lo_que|quien',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'musica|cancion|playlist|peli|serie|partido|tarta|pizza|la_mesa|nevera|lavadora|fiesta|cumple|apuntes|horario|ubicacion|link|enlace|cantando|bailando|baile|canal|youtuber|influencer|manager|concurso|boletin|notas|suspens*|me_devuelves|devuelveme|el_cargador|la_sudadera|llegaste_tarde|llegas_tarde', 'borrala|borralo|borralas|borralos|borradla|borradlo|borradlas|borradlos|quitala|quitalo|quitalas|quitadla|bajala|bajalo ..2 o|sino|si_no'],
    examples: {
      match: ['tu vieja tiene facebook no? seria una pena que viera nuestras conversaciones', 'me haces un pago movil de 50$ o las pongo en el grupo del liceo', 'manda otra foto o se acaba tu reputacion', 'si no me pagas le escribo a tu papa y le cuento todo', 'te voy a hacer famosa en internet jaja', 'cuanto vale para ti que esto no salga?', 'transferime ya o tu vieja se entera de todo', 'seria una lastima que tus viejos leyeran lo que me escribiste'],
      ignore: ['seria una pena que no vieras la peli', 'pasame la cancion o la pongo yo en el grupo', 'si no me devuelves el cargador le escribo a tu mama y le cuento lo que llegaste tarde', 'te voy a hacer famosa en internet con tu canal de baile', 'quitala ya o te pongo en el grupo la tuya con cara de sueño'],
    },
  },
  {
    id: 'another-or-you-know-r11',
    phrases: [
      'otra|otro|una_mas|otra_mas|@photo|@video|foto|fotos|video|videos|cam|camara ..6 o|sino|si_no ..1 [ya|you] sabes|sabe ..1 lo_que_pasa|lo_que_hago|lo_que_viene|lo_que_te_espera|lo_que_va_a_pasar|que_pasa|lo_que_sigue',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'jaja*|haha*|jsjs*|jeje*|xd|perro|gato|deberes|tarea|apuntes|examen|cargador|partida|juego|pizza|peli|serie|del_viaje|de_la_fiesta|del_cumple'],
    examples: {
      match: ['te dije otra. ya. tenes 5 min o sabes lo que pasa', 'manda otro video o ya sabes lo que pasa', 'prende la cam o ya sabes lo que viene'],
      ignore: ['mandame otra foto del perro o ya sabes lo que pasa jaja', 'otra partida o que pasa'],
    },
  },
  {
    id: 'pics-go-to-group-r11',
    phrases: [
      'si|sino|si_no|o ..4 [los|las|tus|esos|esas|mis] @video|@photo|fotos|videos|fotitos|videitos|nudes|pack|packs|capturas|chats ..1 van|iran|van_a_ir|terminan|terminaran|acaban|acabaran|llegan|llegaran|salen|saldran|aparecen|apareceran|vuelan|circulan ..1 a|al|en|en_el|por|para ..2 grupo|grupos|curso|clase|salon|cole|colegio|escuela|insti|instituto|liceo|prepa|todos|todo_el_mundo|internet|redes|tus_seguidores|tu_familia|tus_padres|tus_papas|tus_viejos|tu_mama|tu_vieja',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'excursion|viaje|fiesta|cumple|graduacion|orla|anuario|trabajo|proyecto|tarea|profe|partido|torneo|acto|jaja*|haha*|jsjs*|xd|ganamos|ganan|gana'],
    examples: {
      match: ['si cortas conmigo los videos van al grupo del curso. vos sabras', 'si me bloqueas tus fotos terminan en el grupo de clase', 'o las fotos van a tus seguidores'],
      ignore: ['si quieren las fotos van al grupo del curso, las de la excursion', 'si ganamos las fotos van al grupo jaja'],
    },
  },
  {
    id: 'then-the-group-sees-them-r11',
    phrases: [
      'entonces|si_no|sino|o|asi_que|pues ..4 las|los|lo|la|tus_fotos|tus_videos|el_video ..1 ve|ven|vera|veran|va_a_ver|van_a_ver|recibe|reciben|recibira|recibiran ..1 todo|toda|todos|todas|tu|tus ..2 grupo|curso|clase|cole|colegio|escuela|salon|insti|familia|padres|papas|viejos|seguidores|amigos|amigas|companeros',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'excursion|viaje|fiesta|cumple|graduacion|orla|anuario|trabajo|proyecto|tarea|profe|partido|torneo|acto|jaja*|haha*|jsjs*|xd|regalo|sorpresa|boletin|notas|asado|comida|cena|almuerzo|reunion|navidad|domingo_en'],
    examples: {
      match: ['ok entonces el lunes las ve todo el grupo de 3ro B, vos elegiste', 'si no, los ve toda tu familia', 'asi que las reciben todos tus seguidores'],
      ignore: ['entonces los ve toda tu familia el domingo en el asado', 'entonces el lunes las ve todo el grupo, las fotos de la excursion', 'si no, lo ve toda tu familia en el cumple jaja'],
    },
  },
  {
    id: 'broken-i-publish-if-no-pay-r11',
    phrases: [
      'yo ..1 publicar|enviar|mandar|subir|mostrar|compartir|poner ..3 tu|tus|su|sus ..1 fotos|foto|video|videos|@photo|@video ..6 si|cuando ..3 no ..1 pagar|pagas|pagues|mandar|envias|dar|das',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|es_estafa|una_estafa|son_estafas|estafa|estafadores|supuesta|supuesto|no_paguen|no_pagues|nunca_pagues|me_llego|le_llego|les_llego|cuidado|ojo|alerta|bulo|falso|falsa|phishing|me_escribio|me_escribieron'],
    examples: {
      match: ['yo publicar tus fotos en facebook si tu no pagar'],
      ignore: ['me llego esto: yo publicar tus fotos si tu no pagar. es estafa?'],
    },
  },
  {
    id: 'shame-if-they-saw-r12',
    phrases: [
      'seria_una_pena|seria_una_lastima|que_pena_seria|seria_triste|seria_una_verguenza|no_querras|no_quieres|no_quisieras|imaginate ..2 que|q ..6 vieran|viera|vean|vea|recibieran|recibiera|se_enteraran|se_enterara|les_llegaran|le_llegara|les_llegara',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'partido|peli|pelicula|serie|concierto|show|final|torneo|juego|partida|cumple|fiesta|viaje|graduacion|examen|boda|puerta|sal_por|salir_por|escondete|esconderte|agachate|disimula|desorden|tu_cuarto|tu_habitacion|la_habitacion|las_notas|tus_notas|boletin|suspenso*|tu_pelo|corte_de_pelo|tatuaje|piercing|tu_baile|bailando|cantando|la_cocina|los_platos'],
    examples: {
      match: ['seria una pena q tus tias del grupo familiar las vieran no?', 'no querras que tu mama las vea', 'imaginate que tus compas del cole vieran eso'],
      ignore: ['imaginate que tu madre vea el desorden de tu cuarto jaja', 'no querras que tu papa vea tus notas de mates', 'si no quieres que te vean, sal por la puerta de atras', 'seria una pena que no vieran el partido', 'seria una lastima que no vea la peli contigo'],
    },
  },
  {
    id: 'or-they-receive-them-r12',
    phrases: [
      'o|sino|si_no ..2 tu|tus|todo|toda|todos|todas ..3 papas|padres|mama|papa|familia|amigos|amigas|colegio|escuela|insti|instituto|cole|clase|salon|seguidores|contactos|novio|novia ..2 las|los|lo|la ..1 reciben|recibe|recibiran|recibira|ven|vera|veran|van_a_ver|va_a_ver',
      'o|sino|si_no ..1 se ..1 entera|enteran|enterara|enteraran ..2 tu|tus|todo|toda|todos ..1 escuela|colegio|insti|cole|clase|familia|papas|padres|mama|papa|amigos|novio|novia|seguidores|mundo',
      'entonces|pues|ok|vale|bueno|bien que ..1 la|lo|las|los ..1 vea|vean ..1 todo_el_colegio|toda_la_escuela|todo_el_insti|todo_el_cole|toda_tu_clase|todo_tu_salon|toda_tu_familia|tus_papas|tus_padres|todos_tus_amigos|tus_seguidores',
      'o|sino|si_no @pubv|@sendv ..1 tus|nuestros|nuestras|las|los ..1 chats|conversaciones|mensajes|capturas|audios|screens|pantallazos',
      'una palabra|un_clic|un_click|un_mensaje mia|mio ..1 y ..3 se_acaba|acabo|arruino|destruyo|se_entera|se_enteran|te_hundo|te_quemo',
      'evitar ..1 su|tu|la ..1 difusion|publicacion|divulgacion|distribucion',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'feria|exposicion|obra|teatro|torneo|partido|festival|acto|proyecto|apuntes|estudias|notas|boletin|examen|no_estudias|sorpresa|fiesta_sorpresa|spoiler|spoilers'],
    examples: {
      match: ['haz lo que te digo o tus papas las reciben', 'depositale a esta cuenta o se entera tu escuela', 'entonces que la vea todo el colegio jaja', 'mandame 2 tarjetas de google play o publico tus chats', 'una palabra mia y se acaba tu reputacion', 'realice una transferencia para evitar su difusion'],
      ignore: ['no le digas a nadie lo de la fiesta sorpresa de lu, que si no se entera todo el mundo', 'pasame los apuntes o se entera tu mama de que no estudias jaja', 'entonces que lo vea todo el colegio en la feria de ciencias', 'o publico las capturas del torneo en el grupo'],
    },
  },
  {
    id: 'pay-or-they-see-all-r12',
    phrases: [
      'o pagas|depositas|me_pagas|me_depositas|yapeas|transfieres|me_transfieres|pagas_ya|sueltas_la_plata ..1 o ..2 tu|tus ..1 viejos|vieja|viejo|papas|padres|mama|papa|familia|amigos|amigas|novio|novia|colegio|escuela|cole|seguidores|contactos ..2 ven|veran|vera|ve|reciben|recibe|se_enteran|se_entera ..1 todo|todito|eso|lo_tuyo|tus_fotos|el_video',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|pizza|cena|apuntes|tarea|entrada*|cine|jarron|examen|notas'],
    examples: {
      match: ['o pagas o tus viejos ven todo', 'o depositas o tu novio ve todo'],
      ignore: ['o pagas la pizza o tu mama se entera jaja'],
    },
  },
  {
    id: 'no-pics-then-i-tell-everyone-r12',
    phrases: [
      'si no ..2 @send|pasas|mandas|envias ..3 @foto|@video|fotos|foto|pack|nudes ..4 le|les|a ..1 cuento|digo|dire|contare|escribo ..3 todos|todo_el_mundo|todas|tu_clase|tus_amigos|tus_amigas|tu_novio|tus_papas|tu_mama|tu_papa ..3 que|q',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|viaje|vacaciones|excursion|paseo|fiesta|cumple|boda|apuntes|tarea|del_grupo|de_la_clase|flojo|floja'],
    examples: {
      match: ['si no me pasas fotos le cuento a todos q eres una zorra', 'si no me mandas otra foto les digo a todos que me mandaste nudes'],
      ignore: ['si no me pasas las fotos del viaje le digo a todos que eres un flojo jaja'],
    },
  },
  {
    id: 'shame-if-grandma-saw-r13',
    weight: 5,
    phrases: [
      'pena|lastima|verguenza ..2 que|q|si ..4 @targ|todos|todas|todo_el_mundo ..2 viera|vieran|supiera|supieran|se_enterara|se_enteraran|recibiera|recibieran|leyera|leyeran|le_llegara|les_llegara|les_llegaran|le_llegaran',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'no_viera|no_vieran|no_pudiera|no_pudieran|no_supiera|no_supieran|no_lo_viera|no_la_viera|no_lo_vieran|no_la_vieran|no_se_enterara|no_se_enteraran|partido|peli|pelicula|serie|concierto|obra|teatro|final|torneo|juego|partida|cumple|fiesta|viaje|graduacion|examen|notas|boda|dibujo|talento|jaja*|jeje*|xd'],
    examples: {
      match: ['q pena seria q tu abuela viera lo de la otra noche no? 🙃 piensatelo', 'seria una pena q tus papas vieran esas fotos', 'q lastima seria que tu novio se enterara de lo nuestro', 'que verguenza si toda tu clase leyera estos mensajes'],
      ignore: ['q pena q tu abuela no viera la obra', 'q pena q tus padres vieran el partido desde la grada', 'que pena que tu novio se enterara de la fiesta antes de tiempo'],
    },
  },
  {
    id: 'if-you-dont-want-me-to-post-r13',
    weight: 5,
    phrases: [
      'si no quieres|queres|quiere ..1 que|q ..2 publique|publiquen|suba|suban|filtre|difunda|comparta|cuelgue|postee|mande|envie|ensene|muestre|reenvie|pase|vea|vean|sepa|sepan|reciba|reciban ..4 @targ|redes|internet|todos|todas|todo_el_mundo|grupo|historias|stories|instagram',
      'si no quieres|queres|quiere ..1 que|q ..1 las|los|lo|la|te|se_las|se_los|se_lo ..1 publique|suba|filtre|difunda|cuelgue|postee|mande|envie|ensene|muestre|reenvie ..6 manda|mandame|paga|pagame|pasame|deposita|depositame|transfiere|transfiereme|yapea|yapeame|haz|dame|consigue',
      'para|pa ..1 que|q no ..1 las|los|lo|la|te|se_las|se_los|se_lo ..1 publique|suba|filtre|difunda|cuelgue|postee|mande|envie|ensene|reenvie ..4 @targ|redes|internet|todos|todas|todo_el_mundo|grupo',
      'si_no|sino ..4 se ..1 publica|publican|filtra|filtran|difunde|difunden|hace_publico|hacen_publicas|viraliza|viralizan|sube_todo|manda_todo|envia_todo',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|la_serie|la_peli|la_pelicula', 'jaja*|jeje*|jsjs*|xd|helado|cafe|birra|pizza|fiesta|cumple|viaje|excursion|boda|partido|lista|notas|resultados|examen|horario|canal|episodio|capitulo|trailer|temporada|blog|post|newsletter|articulo|revista|boletin|convocatoria|no_la_subo|no_lo_subo|no_las_subo|no_los_subo|dime|avisame|me_dices|me_avisas'],
    examples: {
      match: ['si no quieres q las publique en tus historias, manda 150 mil por Nequi a este numero', 'si no quieres que lo vea tu familia, pagame hoy', 'pues lo q tengas, ya. si no a las 10 se publica', 'para q no las mande a tus contactos tienes q pagar'],
      ignore: ['si no quieres que la suba al grupo dime y la borro', 'si no quieres que suba la foto del viaje avisame', 'entrega hoy, si no mañana se publica la lista sin tu nota', 'si no quieres q la suba me invitas a un helado jaja'],
    },
  },
  {
    id: 'everyone-finds-out-yours-r14',
    phrases: [
      'todos|todo_el_mundo|tu_familia|tus_padres|tus_papas|tus_viejos|tu_mama|tu_papa|tus_amigos|tu_escuela|tu_colegio|tu_novio|tu_novia ..2 se ..1 enteran|enteraran|van_a_enterar|entera|enterara|va_a_enterar ..2 de ..1 lo_tuyo|lo_nuestro|lo_que_hiciste|lo_que_me_mandaste|lo_que_mandaste|tus_fotos|tus_videos|lo_que_hicimos|tu_secretito',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'lo_tuyo_con|jaja*|jsjs*|xd|lol|disimula|disimular|se_te_nota|se_nota|chisme*|crush|sorpresa|fiesta'],
    examples: {
      match: ['ya juntaste la plata? te quedan 2 horas, despues no hay vuelta atras y todos se enteran de lo tuyo', 'tu familia se va a enterar de lo que me mandaste', 'tus papas se enteran de lo nuestro hoy mismo'],
      ignore: ['si sigues mirandolo asi todos se enteran de lo tuyo con pablo jaja', 'todos se enteran de lo de la fiesta'],
    },
  },
  {
    id: 'if-you-dont-want-them-out-r14',
    phrases: [
      'si ..1 no ..1 quieres|queres|kieres|quiere ..1 que|q ..1 circulen|circule|se_vean|se_vea|se_difundan|se_difunda|se_filtren|se_publiquen|se_publique|las_vean|los_vean|lo_vean|la_vean|la_vea|las_vea|salgan_a_la_luz|se_hagan_virales|anden_por_ahi|esten_en_internet',
      'si|sino|si_no|o ..6 todo|todas_tus|tus_fotos|tus_archivos|los_archivos|las_fotos|tu_video|el_video|tus_videos ..1 sera|seran|va_a_ser|van_a_ser ..1 publicad*|difundid*|filtrad*|expuest*|enviad*',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'spoiler|final|serie|peli|capitulo|examen|notas|boletin|borra|borralas|borralo|privado|privada|configuracion|ajustes|cuenta_privada'],
    examples: {
      match: ['con tus fotos del insta ya me arme unas edits bien cochinas, si no quieres q circulen ya sabes q hacer', 'Si contacta a la policia todo sera publicado', 'si no pagas tus fotos seran difundidas'],
      ignore: ['si no quieres que se filtre el final no mires tiktok', 'si no quieres que las vean pon la cuenta privada'],
    },
  },
  {
    id: 'tell-parent-what-you-sent-r14',
    phrases: [
      '@tellv|hablo|hablare|voy_a_hablar|le_cuento|les_cuento|le_enseno|les_enseno|le_muestro ..3 @targ ..4 lo_que|lo_q|todo_lo_que|todo_lo_q|todo ..1 me_mandaste|me_enviaste|me_pasaste|me_mandas|me_mostraste|me_ensenaste|hicimos|hiciste_conmigo|hiciste_en_la_camara',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|xd|lol|examen|notas|boletin|suspenso|fiesta|regalo|sorpresa|receta|tarea|deberes|memes|meme|chiste|chistes'],
    examples: {
      match: ['sal mañana a las 5 a la esquina o voy yo y hablo con tu papa de todo lo que me mandaste', 'le enseño a tu mama lo que me mandaste', 'les cuento a tus amigas todo lo que hicimos'],
      ignore: ['le cuento a tu mama lo que me mandaste de la receta', 'le enseño a tu papa el meme que me mandaste jaja'],
    },
  },
  {
    id: 'the-ones-i-have-they-see-r14',
    phrases: [
      'las|los|lo ..1 que|q ..1 tengo|ya_tengo|guarde|tengo_guardadas|tengo_guardados ..3 las|los|lo ..1 ve|ven|vera|veran|recibe|reciben|va_a_ver|van_a_ver|tiene|tendra|tendran',
      'o|sino|si_no ..3 @targ|todos|todo_el_mundo ..1 ven|veran|van_a_ver|va_a_ver|vera|ve ..1 todo|tus_fotos|tus_videos|el_video|las_fotos|lo_que_me_mandaste|lo_que_hiciste',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'viaje|cumple|fiesta|boda|partido|torneo|album|nube|drive|notas|boletin|examen|cartas|cromos|jaja*|jsjs*|xd|lol'],
    examples: {
      match: ['si no me mandas mas fotos, las que tengo las ve todo el mundo', 'manda 200 por sinpe o tus papas ven todo', 'pagame o tu novio ve tus fotos'],
      ignore: ['las que tengo del viaje las ve toda la familia en el album', 'estudia o tus papas ven las notas jaja'],
    },
  },
  {
    id: 'unless-paid-it-gets-out-r15',
    phrases: [
      'si_no ..1 pagas|pagan|depositas|transfieres|me_pagas ..6 manda|mandara|publica|publicara|sube|subira|filtra|filtrara|difunde|difundira|envia|enviara|pasa|pasara ..3 @targ',
      'de_lo_contrario|caso_contrario|en_caso_contrario|si_no|sino ..6 seguira|sera|seran|va_a_ser|van_a_ser|seguiran ..2 difundid*|difundiendose|publicad*|enviad*|compartid*|circulando|filtrad* ..4 @targ|contactos|seguidores|internet|redes',
      'yo ..1 publica|sube|manda|envia|comparte|pone ..4 @targ|familia|escuela|facebook|instagram',
      'o|sino|si_no ..3 video|videos|fotos|foto|captura*|todo ..3 le_llega|les_llega|llega|llegara|les_llegara|le_llegara ..3 cada_uno|@targ|todos|todo_el_mundo',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'estafa|fake|bloquea*|denuncia*|policia|dice_que|dicen_que|que_hago|q_hago'],
    examples: {
      match: ['si no pagas hoy el tipo manda todo a tus contactos', 'de lo contrario el material seguira difundiendose entre sus contactos', 'tu manda 500 dolar o yo publica en facebook de tu familia', 'mandame 20 mil o el video le llega a cada uno'],
      ignore: ['si no pagas la cuota hoy te la mandan al correo', 'ojo, si no pagas dice que manda todo a tus contactos, es estafa'],
    },
  },
  {
    id: 'they-would-love-to-see-r15',
    weight: 3,
    phrases: [
      'a|que ..1 tus|tu @parents|novio|novia|amigos|amigas|profes|companeros ..1 les|le ..1 encantaria|gustaria|interesaria ..2 ver_esto|verlo|verte|ver_estas|ver_tus|ver_lo_que|ver_como',
      'tengo ..1 preparado|preparada|listo|lista|armado|armada ..2 un|el|una|la ..1 grupo|chat|mensaje|correo|lista|historia ..2 con|para ..1 @targ|todos_tus|todas_tus',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'sorpresa|regalo|cumple|fiesta|boda|graduacion|viaje|album|disfraz|premio|diploma|notas|dibujo|video_del_cumple'],
    examples: {
      match: ['a tus papas les encantaria ver esto', 'tengo preparado un grupo con todos tus amigos'],
      ignore: ['tengo preparado un grupo con todos tus amigos para la fiesta sorpresa', 'a tu mama le encantaria ver tu dibujo'],
    },
  },
  {
    id: 'veiled-would-be-ugly-if-r15',
    weight: 3,
    phrases: [
      'seria ..1 feo|triste|una_pena|una_lastima|terrible|horrible|vergonzoso|un_problema|un_escandalo ..3 que|q|si ..2 le|les|te ..1 llegara|llegaran|llegue|lleguen|viera|vieran|vea|vean ..3 @video|@foto|fotos|videos|esto|eso|todo|tus',
      'vas_a_salir|vas_a_aparecer|sales|apareces|saldras|aparecerias|saldrias ..3 en ..1 todas_las|todos_los|la|las|el|los|una|un ..2 paginas|pagina|cuentas|cuenta|grupos|perfiles|memes|confesiones|chismes ..3 de_chismes|del_cole|del_insti|de_confesiones|de_tu_cole|de_la_escuela|del_colegio|de_memes|de_funas|de_escrache',
      'grupo|canal|chat|gente|personas|pibes|chavos ..4 esperando|esperan|quieren_ver|piden ..2 tus ..1 fotos|videos|nudes|packs|fotitos',
      'ya_sabes|sabes|ya_sabe|sabes_bien ..1 lo_que_pasa|lo_que_va_a_pasar|que_pasa|lo_que_te_pasa ..2 si ..1 me_bloqueas|me_ignoras|no_pagas|no_me_contestas|no_me_mandas|me_denuncias|le_dices|le_cuentas|no_cumples|me_reportas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'ganar|ganaste|torneo|premio|graduacion|foto_de_grupo|orla|anuario|concurso|examen|notas|partido|jaja*|jsjs*|xd|lol'],
    examples: {
      match: ['ya vi tu perfil, tu mama se llama Carmen verdad? seria feo que le llegara un video tuyo', 'vas a salir en todas las paginas de chismes del cole', 'hay un grupo de 300 personas esperando tus fotos', 'ya sabes lo que pasa si me bloqueas'],
      ignore: ['vas a salir en la pagina del cole por ganar el torneo', 'seria una pena que tu mama viera las notas jaja'],
    },
  },
  {
    id: 'profile-on-adult-site-r15',
    phrases: [
      'perfil|cuenta|anuncio ..3 en ..2 pagina|paginas|sitio|web|app ..1 porno|xxx|de_adultos|onlyfans|de_contactos|de_escorts|de_citas ..4 con ..1 tu_nombre|tus_fotos|tu_cara|tu_numero|tu_foto|tus_datos',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'nunca|jamas|estafa|ojo|cuidado|denunciar|denuncie|reportar|reporte|alguien_creo|alguien_hizo|me_hicieron'],
    examples: {
      match: ['te voy a hacer un perfil en una pagina porno con tu nombre', 'subo un anuncio en una web de contactos con tu numero'],
      ignore: ['alguien creo un perfil en una web de citas con tus fotos, hay que reportar'],
    },
  },
  {
    id: 'they-will-see-them-r16',
    phrases: [
      'si|o|sino|si_no ..6 las|los ..1 ve|vea|vean|vera|veran|van_a_ver|va_a_ver ..1 @targ|todo_el_mundo|toda_la_clase|todo_el_barrio',
      'sera|seran|va_a_ser|van_a_ser ..1 remitid*|enviad*|difundid*|publicad*|compartid*|reenviad*|filtrad*|expuest*|distribuid* ..2 a|en ..1 @targ|todos_sus_contactos|todos_tus_contactos|sus_contactos|tus_contactos|redes|internet|todas_las_redes',
      'yo ..1 mandar|enviar|publicar|subir|ensenar|compartir|pasar|mostrar ..3 @targ|familia|amigos|facebook|instagram|contactos|tiktok|escuela|colegio',
      'o ..6 o ..1 lo|la|los|las ..1 @pubv ..1 todo|todos|todas|en_redes|en_internet',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|sextorsion|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_diciendo|la_serie|una_serie|la_peli|la_pelicula|capitulo|amenazan|amenazaban|amenazaron|amenazaba|amenazando|lo_denunciaron|lei_que', 'trabajo|plazo|tarea|deberes|proyecto|fiesta|partido|concierto|obra|actuacion|funcion|la_final|torneo|orla|anuario|graduacion|boletin|notas|factura|pedido|paquete|excursion|drive|nube|carpeta|classroom|moodle|teams|github|blog|del_colegio|del_cole|del_insti|de_la_escuela|del_club|del_equipo|la_web|la_pagina'],
    examples: {
      match: ['jajaj ni de coña. si sigues con ese pringao las ve todo el insti', 'Dispone de 48 horas para transferir 500 USD en Bitcoin. En caso contrario, el material será remitido a todos sus contactos.', 'no importa quien. yo mandar a tu familia y amigos facebook si no pagas 200 dolar', 'ya tengo tu DNI. o me mandas lo q te pido o lo publico todo y digo q el estafador eres tu'],
      ignore: ['o lo subo todo hoy o no llegamos al plazo del trabajo', 'si vienes a la final los ve todo el insti', 'las fotos de la excursion seran enviadas a tus padres', 'o lo subo todo a drive o se pierde', 'en el reportaje decian que amenazan con publicar las fotos o lo suben todo a internet'],
    },
  },
  {
    id: 'edit-it-and-post-it-r16',
    phrases: [
      'edito|editare|modifico|retoco|photoshopeo|fotoshopeo|hago_un_montaje|la_edito|lo_edito ..6 y ..1 la|lo|las|los|te ..1 @pubv|@sendv',
    ],
    unless: ['la_noticia|reportaje|sextorsion|documental|me_llego|cuidado|ojo|amenazan|amenazaban|amenazaron|trabajo|proyecto|presentacion|diapos|video_del_viaje|el_video_de_clase|drive|nube|canal_de_youtube|tiktok_del'],
    examples: {
      match: ['si no lo haces la edito con IA, te pongo encuerado y la subo al server', 'la edito un poco y la mando a tu grupo'],
      ignore: ['la edito un poco y la subo al drive para el trabajo'],
    },
  },
  {
    id: 'imagine-their-face-when-they-see-r16',
    phrases: [
      'imaginate|imagina|imaginese|imaginen ..2 la_cara|que_dira|lo_que_dira|que_pensara|lo_que_pensara|que_diria|como_se_pondra ..3 cuando|si ..1 vea|vean|se_entere|se_enteren|reciba|reciban ..2 el_video|los_videos|las_fotos|tus_fotos|tus_videos|tu_video|tus_fotitos|lo_que_me_mandaste|lo_que_me_enviaste|tus_nudes|tu_pack|esto',
      'que ..1 opina|opinara|dira|diria|pensara|pensaria ..1 @targ ..2 de|sobre ..1 tus_fotos|tus_fotitos|tus_videos|tu_video|el_video|estas_fotos|tus_nudes|tu_pack|lo_que_me_mandaste|lo_que_me_enviaste',
      'cada|por_cada ..1 hora|minuto|dia|media_hora|mensaje ..4 mando|envio|publico|subo|paso|mandare|enviare|publicare|subire ..3 foto|fotos|video|videos|captura|capturas ..3 a|al ..3 @targ',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|sextorsion|segun_la_policia|la_policia_dice|alerta|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_diciendo|la_serie|una_serie|la_peli|la_pelicula|capitulo|amenazan|amenazaban|amenazaron|amenazaba|amenazando|lo_denunciaron|lei_que', 'playa|viaje|boda|graduacion|concurso|exposicion|fotografia|perfil|book|orla|dibujo|cuadro|notas|boletin|examen'],
    examples: {
      match: ['imaginate la cara de tu mama cuando vea el video jaja', 'a ver que opina tu novio de tus fotos', 'cada hora que no pagues mando una foto a uno de tus amigos', 'imagina lo que dira tu padre cuando vea tus fotos'],
      ignore: ['imaginate la cara de tu mama cuando vea tus notas jaja', 'que opina tu mama de tus fotos de la playa?', 'cada dia subo una foto a mis historias'],
    },
  },
  {
    id: 'show-what-you-sent-r17',
    phrases: [
      'le|les|se ..1 enseno|muestro|ensenare|mostrare|paso|mando|reenvio ..6 lo_que ..1 me ..1 pasaste|mandaste|enviaste|mostraste|grabaste',
      '@video|@photo|fotos|nudes|pack|capturas ..2 va|van|se_va|se_van|ira|iran ..1 pa|pal|para|a ..1 @app|twitter|internet|redes|grupo|face',
      'cuando ..2 vean|lean|se_enteren ..2 lo_que ..1 me ..1 mandaste|pasaste|enviaste|hiciste_en_la_cam',
    ],
    unless: ['reportaje|noticia*|sextorsion|no_pagues|la_tarea|apuntes|trabajo|el_drive|classroom|cumple|receta'],
    examples: {
      match: ['mandame la foto q te pedi o le enseño a todo el cole lo que me pasaste ayer', 'cargame 10 mil en mercado pago o el video va pa twitter', 'tus papas te van a matar cuando vean lo que me mandaste', 'o les muestro a tus amigas lo que me enviaste anoche'],
      ignore: ['le enseno a la profe lo que me pasaste de la tarea', 'las fotos del cumple van pal grupo', 'cuando vean lo que me mandaste de la receta se mueren'],
    },
  },
  {
    id: 'already-started-sending-r17',
    phrases: [
      'ya ..1 empece|comence ..1 a ..1 escribirle|mandarle|enviarle|pasarle ..2 @targ|a_tu_hermana|a_tu_hermano|a_tu_mama|a_tu_papa|a_tu_novia|a_tu_novio|a_tus_amigos',
      'ya ..1 estoy ..1 escribiendole|mandandole|enviandole|pasandole ..2 @targ|a_tu_hermana|a_tu_hermano|a_tu_mama|a_tu_papa|a_tu_novia|a_tu_novio|a_tus_amigos',
    ],
    unless: ['cumple|sorpresa|invitacion|regalo|felicit*|tarea|trabajo'],
    examples: {
      match: ['ya empece a escribirle a tu hermana', 'ya estoy mandandole a tu mama'],
      ignore: ['ya empece a escribirle a tu hermana para la sorpresa del cumple'],
    },
  },
  {
    id: 'what-do-i-tell-them-you-sent-r18',
    phrases: [
      'le|les ..1 cuento|digo|enseno|muestro|paso|mando|reenvio|comparto ..6 lo ..1 que ..1 me ..1 mandaste|enviaste|pasaste|ensenaste|mostraste|mandabas|pasabas|hiciste_en_la_llamada|hiciste_en_camara',
      'quien|alguien|quieren|quereis|kieren ..1 ver ..2 lo|las|los ..1 que ..3 me ..1 manda|mando|envia|envio|mandaba|enviaba|pasa|paso ..3 por_las_noches|de_noche|en_privado|por_privado|a_escondidas|cuando_esta_sola|cuando_esta_solo|de_madrugada',
      'o|sino|si_no ..2 aca|aqui|aki|en_el_grupo|al_grupo|en_este_grupo ..1 lo|la|las|los|todo ..1 subo|publico|cuelgo|comparto|posteo|filtro|difundo|mando|pongo|suelto',
      'si ..3 cambias|cambiar|cambies|cambiaste ..1 la|tu ..1 contrasena|clave|password|pass|contra ..4 @pubv|borro|te_borro|elimino|publico|subo|todo_sale|lo_subo',
      'contenido|material|video|fotos|imagenes|grabacion ..6 ..6 se ..1 notificara|enviara|remitira|difundira|publicara|hara_publico|hara_llegar ..3 a|en ..1 su|sus|tu|tus',
      'van_a_ver|veran|vean|va_a_ver|vera ..2 tus|las|los ..1 fotos|videos|nudes|pack|capturas|fotitos|videitos ..4 si_no|sino|como_no|a_menos|si_me_bloqueas|si_me_ignoras',
      'ojala|espero_que ..1 nadie|tu_mama|tu_madre|tus_padres|tus_papas|tu_papa|tu_padre|tu_familia|tu_novio|tu_novia|tu_abuela ..4 vea|vean|se_entere|se_enteren|lea|lean ..2 lo ..1 que ..1 me ..1 mandaste|enviaste|pasaste|ensenaste|mostraste|hiciste|contaste',
      'si no ..6 ..2 le|les ..1 paso|mando|envio|reenvio ..1 la|las|el|los|tus|tu ..1 foto*|video*|captura* ..2 a_todos|a_todas|a_todo_el_mundo|a_tus|a_tu',
    ],
    unless: [NEWS_R18, 'buenisimo|buenisima|esta_bueno|gracioso|graciosisimo|divertido|chistoso|increible|genial|me_encanto|hermoso|hermosa|precioso|preciosa|lindo|linda|vestido|receta|meme|memes|link|enlace|tiktok|cancion|apuntes|tarea|deberes|chisme_del|reel|gatito|perrito|cumple|fiesta|viaje|del_viaje|de_la_fiesta|del_cumple|del_partido|del_concierto|examen|horario|resumen|ubicacion|direccion|invitacion|fotos_del_grupo|foto_del_grupo|vaca|la_vaca|bote|plan|jaja*|jsjs*'],
    examples: {
      match: ['@Dani_rmz saluda al grupo 👋 q les cuento a tus compas de lo q me mandaste el martes?', 'alguien quiere ver lo que la Fer me manda por las noches?', 'Fer tienes 1 hora pa mandarme la plata o aca lo subo', 'tengo acceso a tu cuenta de insta, si cambias la contraseña publico todo', 'De no realizar el pago el contenido permanecera publico y se notificara a su centro escolar', 'si no me depositas 3000 pesos en 30 min le paso la foto a todos', 'en el grupo del salon van a ver tus fotos si no me contestas ya', 'ojala nadie del cole vea lo que me mandaste 🙂'],
      ignore: ['les enseño lo que me mandaste del vestido? esta precioso', 'alguien quiere ver lo que me manda mi abuela? jajaja', 'contesta o aca lo subo el horario yo', 'si cambias la contraseña del wifi avisame', 'si no contestas les paso la foto del grupo a todos igual', 'van a ver tus fotos del viaje si no las borras', 'ojala nadie vea lo que me mandaste, que verguenza el meme jaja'],
    },
  },
  {
    id: 'what-you-sent-me-to-your-people-r19',
    phrases: [
      '@sendv|@pubv ..3 la|las|lo|los|el|@photo|@video|fotos|videos|nudes ..1 que|q ..2 me_pasaste|me_mandaste|me_enviaste|me_diste|me_mostraste|me_ensenaste ..4 @targ|grupo|grupos|todos|todas|internet|redes',
      '@photo|@video|fotos|videos|nudes|pack|las|los ..1 que|q ..2 me_pasaste|me_mandaste|me_enviaste|me_diste|me_mostraste|me_ensenaste ..2 se|le|les|te ..1 lo|la|los|las ..1 mando|paso|envio|enseno|muestro|mandare|pasare|enviare|ensenare|subo|publico ..3 @targ|todos|todas|grupo|grupos|internet|redes',
      'quieres|queres|quiere ..1 que|q ..2 le|les|se_lo|se_la|se_los|se_las ..1 llegue|lleguen ..2 el|los|la|las|tu|tus ..1 @video|@photo|fotos|videos|nudes|pack|capturas',
      'o|sino|si_no ..2 le|les ..1 llega|llegan|llegara|llegaran|va_a_llegar|van_a_llegar ..2 a ..1 los_dos|las_dos|ambos|ambas',
      'si_no|sino ..1 quieres|queres ..1 que|q ..2 lleguen|llegue|circulen|circule ..2 a|en|por|al ..1 @targ|grupo|grupos|internet|redes',
    ],
    unless: [NEWS_R18, 'receta|apuntes|tarea|deberes|link|enlace|meme|memes|horario|cancion|musica|fiesta|cumple|viaje|excursion|partido|torneo|sorpresa|regalo|paquete|pedido|invitacion|felicitacion|preciosa|preciosas|bonita|bonitas|lindas|lindo|le_va_a_encantar|le_encanta|orgullos*|me_dijo_que|me_dijo_q|me_dijeron_que|amenazaba|amenazaban|amenazo'],
    examples: {
      match: ['ah bue, entonces le mando la q ya me pasaste a tu vieja, la encontre en face', 'las fotos que me pasaste se las mando a tu entrenador y te vas del equipo, asi de facil', 'paso las que me mandaste al grupo del curso', 'tienes 400 seguidores. quieres que les llegue el video?', 'mandame 2 mil pesos por mercado pago o les llegan a los dos', 'si no quieres que lleguen a tu colegio, pagame 80 usdt'],
      ignore: ['le mando la receta que me pasaste a tu mama', 'las fotos que me pasaste del viaje se las mando a tu mama, estan preciosas', 'quieres que le llegue el video del cumple a tu abuela?', 'o les llegan a los dos el paquete mañana'],
    },
  },
  {
    id: 'they-already-have-them-r19',
    phrases: [
      'tus ..1 fotos|fotitos|@foto|videos|videitos|nudes|pack|packs ..3 ya ..1 las|los|lo ..1 tiene|tienen|vio|vieron ..2 medio|todo|toda|todos|la_mitad',
      'el_lunes|manana|hoy|esta_noche|el_finde|en_un_rato|ahorita ..3 todo|toda|todos|medio ..4 las|los|lo ..1 va_a_tener|van_a_tener|va_a_ver|van_a_ver|tendra|tendran ..3 grupo|grupos|celu|celulares|movil|moviles|telefono|telefonos',
      'ahora|pues_ahora|entonces|ya_veras|ya_vas_a_ver ..2 las|los ..1 va_a_ver|van_a_ver|vera|veran|va_a_tener|van_a_tener|recibe|reciben ..1 @targ',
    ],
    unless: [NEWS_R18, 'viaje|excursion|paseo|graduacion|cumple|fiesta|boda|partido|torneo|obra|acto|del_curso|de_la_clase|del_grupo_de_clase|anuario|orla|preciosa|preciosas|bonita|bonitas|lindas|le_va_a_encantar|le_encantan|orgullos*|notas|boletin|examen|examenes|peli|serie|entradas|apuntes|tarea|deberes|invitacion*|regalo|sorpresa|me_dijo|me_dijeron|amenazaba|amenazaban'],
    examples: {
      match: ['tus fotitos ya las tiene medio salon, y si no me haces caso el otro medio tambien', 'jajaja no. el lunes todo el 3ro B las va a tener en el grupo', 'te acuerdas de las fotos? pues ahora las va a ver tu profe de educacion fisica'],
      ignore: ['el lunes todo el curso las va a tener en el grupo, las fotos del viaje', 'tus fotos del cumple ya las vio medio salon, estan preciosas', 'ahora las va a ver tu mama, las notas del trimestre'],
    },
  },
  {
    id: 'or-it-goes-round-r19',
    phrases: [
      'o|sino|si_no ..3 tu|tus|el|los|las ..1 video|videos|fotos|@video|@photo|nudes|pack|packs|capturas ..1 rola|rolan|circula|circulan|corre|corren|vuela|vuelan|sale|salen|anda|andan ..2 por|en ..1 toda|todo|todos|todas|el|la|tu|tus',
      'si ..3 denuncias|bloqueas|ignoras|reportas|me_denuncias|me_bloqueas|me_ignoras|me_reportas ..4 le|les ..1 llega|llegan|va_a_llegar|van_a_llegar|llegara|llegaran ..2 a ..1 @targ',
    ],
    unless: [NEWS_R18, 'viaje|excursion|cumple|fiesta|boda|graduacion|partido|torneo|invitacion*|paquete|pedido|regalo|sorpresa|notas|boletin|tarea|deberes|apuntes|juego|partida|server|servidor|me_dijo|me_dijeron|amenazaba|amenazaban'],
    examples: {
      match: ['o me depositas hoy o tu video rola por toda la secu', 'si me denuncias, primero le llega a tu abuela'],
      ignore: ['o te apuras o el video del cumple sale en toda la tele jaja no', 'si me bloqueas en el server le llega la invitacion a tu primo igual'],
    },
  },
  {
    id: 'pay-and-it-stays-offline-r20',
    phrases: [
      '# ..2 @currency|euros|dolares|usd|usdt ..4 y ..1 no ..1 lo|la|los|las ..1 subo|publico|difundo|filtro|cuelgo|posteo|rolo|expongo|paso|mando|reenvio',
      'confesiones|exposed|expuestos|funas|funa|chismes|escrache|quemados ..6 falta|faltaria|faltan|faltaba ..2 @video|@foto|fotos ..1 tuyo|tuya|tuyos|tuyas|de_ti|tuyito|tuyita ..6 #|@currency|@money|@payment|tu_decides|tu_sabras|tu_sabes|o_pagas|si_no|sino|a_menos|salvo_que|no_crees|verdad',
    ],
    unless: [NEWS_R18, 'jaja*|jeje*|xd|cumple|fiesta|viaje|excursion|meme|memes|apuesta|wallapop|vinted|marketplace|anuncio|precio|rebaja|descuento|envio|pedido|tienda|receta|apuntes|tarea|entradas'],
    examples: {
      match: ['mira la cuenta de confesiones de tu cole, le falta un video tuyo no? 200 pesos y no lo subo', '300 soles por yape y no los publico', 'a la pagina de exposed le faltan fotos tuyas, tu decides'],
      ignore: ['20 euros y no lo subo al grupo, la foto del cumple jaja', 'en la pagina de confesiones falta la foto del viaje', 'en la pagina de confesiones falta una foto tuya del baile, subela', '15 euros y no lo publico en wallapop, te lo reservo'],
    },
  },
  {
    id: 'or-your-new-one-sees-it-r20',
    phrases: [
      'si_no|sino|o|si_no_vuelves|si_no_pagas ..2 lo|la|los|las ..1 vera|veran|va_a_ver|van_a_ver|veria|verian|ve|ven|recibe|reciben ..3 @targ|el_chavo|la_chava|el_chico|la_chica|el_wey|la_wey|tu_nuevo|tu_nueva|el_nuevo|la_nueva|con_el_que|con_la_que|el_tipo|la_tipa|el_pibe|la_piba|el_man',
      '@sendv|@pubv ..1 tu|tus ..2 a|en ..1 la|una ..1 cuenta|pagina|perfil ..1 de ..1 exposed|confesiones|funas|chismes|expuestos|quemados',
      'lo|la|los|las|te ..1 @sendv|@pubv|mando|subo ..1 a|en ..1 la|una ..1 cuenta|pagina|perfil ..1 de ..1 exposed|confesiones|funas|chismes|expuestos|quemados',
      'evitar|impedir ..1 que ..3 material|video|videos|grabacion|grabaciones|imagenes|fotos|contenido ..2 sea|sean ..1 enviad*|publicad*|difundid*|compartid*|distribuid*|filtrad*',
      'material|video|videos|grabacion|grabaciones|imagenes|contenido ..2 sera|seran ..1 enviad*|publicad*|difundid*|compartid*|distribuid*|filtrad* ..3 a|en|entre ..2 todos|todas|la_totalidad|sus|tus|toda',
    ],
    unless: [NEWS_R18, 'regalo|sorpresa|cumple|fiesta|viaje|excursion|boletin|notas|examen|tarea|deberes|apuntes|partido|torneo|receta|invitacion|entradas|horario|memes|meme|precios|catalogo|la_oferta|el_pedido|paquete|al_final|mas_tarde|manana_lo_ve|le_va_a_encantar|le_encanta|mi_tutorial|el_directo|reuniones|la_reunion|politica_de|terminos|condiciones|por_correo'],
    examples: {
      match: ['jaja si vuelves conmigo lo borro. si no, lo vera el chavo con el que andas ahora', 'o lo ven tus papas esta noche', 'tengo el video, si no me pasas 20 lucas lo mando a la cuenta de exposed de tu escuela', 'Para evitar que el material sea enviado a la totalidad de sus contactos, debera transferir 450 USD', 'las grabaciones seran enviadas a todos sus contactos'],
      ignore: ['si no, lo vera tu novio en la fiesta, el regalo', 'o lo ven tus papas en el boletin, estudia', 'subo el meme a la cuenta de confesiones jaja', 'subo las fotos a la cuenta de confesiones? jajaja', 'el material de la reunion sera enviado a todos los participantes por correo'],
    },
  },
  {
    id: 'or-i-post-everything-of-yours-r20',
    phrases: [
      'o|sino|si_no ..1 publico|subo|filtro|difundo|expongo|paso|mando|riego|rolo|cuelgo|posteo|ensenare|muestro|publicare|subire|filtrare ..1 todo|todito|lo_tuyo|lo_que_tengo|las_tuyas|los_tuyos|tus_cosas|tus_fotos|tus_videos|tus_nudes|tu_pack',
    ],
    unless: [NEWS_R18, 'album|playlist|tarea|apuntes|spotify|meme|memes|chisme|chismes|receta|fotos_del|video_del|videos_del|del_viaje|del_cumple|de_la_fiesta|historial|partida|ranking|puntuacion|notas|resultados|horario|cancion|canciones|boda|bautizo|comunion|graduacion|drive|entregar|entregarlo|entregarla|entrega|classroom|moodle|jaja*|jeje*|xd|lol'],
    examples: {
      match: ['paga 100 dolares en tarjeta de google play o publico todo', 'quiero que me pases el numero de tus amigas o subo lo tuyo', 'deposita hoy o filtro tus fotos'],
      ignore: ['pasame los apuntes o publico todo tu historial de spotify jaja', 'decide ya o subo todo el album del viaje', 'o subo todo ahora o no me da tiempo, las fotos del cumple', 'dime ya o subo todo el video de la boda al grupo'],
    },
  },
  {
    id: 'or-they-see-it-first-r21',
    phrases: [
      'o|sino|si_no ..1 lo|la|los|las ..1 ve|vera|ven|veran|recibe|reciben|recibira ..1 ella|ellos|ellas ..1 primero|antes|tambien|enseguida|hoy',
      'si_no|sino|o_si_no ..1 a|pa|para ..1 todos_tus_contactos|tus_contactos|tus_seguidores|todos_tus_seguidores|tus_followers|toda_tu_lista|tu_lista_de_contactos|tu_lista_de_amigos',
      'para_evitar ..2 que ..1 publiquemos|difundamos|subamos|compartamos|enviemos|filtremos|mandemos|publique|difunda|filtre|suba|comparta ..3 tus|tu|su|sus|el|la|los|las ..1 conversaciones|fotos|videos|video|mensajes|chats|material|imagenes|grabaciones|dms|capturas|fotitos',
      '@photo|@video|fotitos|videitos ..6 ya_sabes|sabes|ya_sabeis|ya_sabe ..1 donde|adonde|a_donde ..1 acaban|acabaran|terminan|terminaran|van_a_acabar|van_a_terminar|van_a_parar|iran|acabarian|terminarian|paran',
      'si_no|sino ..6 ya_sabes|sabes|ya_sabeis|ya_sabe ..1 donde|adonde|a_donde ..1 acaban|acabaran|terminan|terminaran|van_a_acabar|van_a_terminar|van_a_parar|iran|acabarian|terminarian|paran',
      'si ..2 cambias_la_contrasena|cambias_la_clave|cambias_tu_contrasena|cambias_la_contra|avisas|le_cuentas|le_dices|se_lo_cuentas|se_lo_dices|hablas_con|vas_a_la_policia|denuncias|llamas_a ..6 lo|la|los|las|todo ..1 publico|subo|filtro|difundo|expongo|publicare|subire|filtrare|difundire|cuelgo|riego',
      'les|se_lo|se_la|se_los|se_las ..1 mando|mandare|paso|pasare|envio|enviare|reenvio|reenviare|ensenare|enseno ..3 @video|@foto|fotos|todo|tus_fotos ..3 uno_por_uno|una_por_una|a_cada_uno|a_cada_una ..3 si_no|sino|como_no|hasta_que',
    ],
    unless: ['regalo|sorpresa|tarta|escond*|peli|serie|capitulo|spoiler|calcetin*|ropa_sucia|basura|cesto|lavadora|cajon|llaves|platos|juguetes|sobras|del_viaje|de_la_fiesta|del_cumple|de_la_excursion|de_la_boda|drive|correo|comprim*|boletin|notas|rifa|link|enlace|invitacion|encuesta|vot*|les_mandas|les_pasas|mandales|pasales|sorteo|los_que|las_que'],
    examples: {
      match: ['pues pidele a tu mama o lo ve ella primero. tienes 1 hora', '300 euros por bizum y lo borro. si no, a tus contactos de insta', 'Para evitar que publiquemos tus conversaciones, transfiere 150 USDT a esta wallet', 'pues si no me contestas en 5 min ya sabes donde acaban', 'les mando el video uno por uno si no me respondes', 'entre a tu icloud, tengo toda tu galeria. si cambias la contraseña o avisas a alguien, lo publico todo'],
      ignore: ['esconde el regalo o lo ve ella primero', 'los calcetines sucios ya sabes donde acaban', 'les paso las fotos del viaje una por una si no se suben al drive', 'pregunta a tu padre, si no a tu madre', 'o lo ve el primero o nada', 'si no, a tus contactos les mandas el link de la rifa', 'ya sabes donde acaban los que no estudian jaja', 'si no recoges los platos ya sabes donde acaban', 'si cambias de opinion lo subo a la web del club'],
    },
  },
  {
    id: 'wrote-to-your-parent-rest-next-r22',
    phrases: [
      'si_no|sino|o ..4 le|les mando|envio|paso|mandare|enviare|pasare|muestro|enseno ..2 el_resto|lo_demas|lo_que_tengo|todo_lo_que_tengo|el_video_entero|el_video_completo|las_demas|los_demas',
      '@targ ..4 le|les ..1 mando|envio|paso|mandare|enviare|pasare|muestro|enseno|ensenare|mostrare ..1 lo_que_tengo|todo_lo_que_tengo|el_resto|lo_demas|el_video|las_fotos|los_videos|tus_fotos|tus_videos',
      'el_siguiente|el_proximo|la_siguiente|la_proxima ..3 lleva|llevara|va_con|ira_con|tendra|incluye|incluira ..2 el_video|las_fotos|los_videos|la_foto|tus_fotos|tus_videos|el_video_entero|todo',
    ],
    unless: [NEWS_R18, 'dinero|plata|pasta|@currency|trabajo|apuntes|deberes|tarea|proyecto|diapositivas|viaje|excursion|cumple|boda|receta|presupuesto|factura|paquete|pedido|envio|capitulo|episodio|temporada|clase|profe|entrenador|orla|bebe|perrito|gatito'],
    examples: {
      match: ['tu papa ya recibio un correo mio, el siguiente lleva el video', 'le voy a escribir a tu jefa y le mando lo que tengo', 'ya le escribi a tu mama por face, mira la captura. si no pagas le mando el resto'],
      ignore: ['ya le escribi a tu mama, le paso el resto del dinero mañana', 'le mando el resto del trabajo al profe y listo', 'el siguiente capitulo lleva todo el drama'],
    },
  },
  {
    id: 'parents-get-a-mail-next-is-school-r22',
    phrases: [
      '@targ ..2 va|van ..1 a ..1 recibir ..3 un|una ..1 mail|correo|email|mensaje|link|enlace|sorpresa ..2 interesante|muy_interesante|especial|con_tus_fotos|con_tu_video|con_tus_videos|con_todo',
      'acabo_de|ya ..2 mandarle|le_mande|se_lo_mande|le_envie|enviarle|se_lo_envie|le_pase|pasarle|reenviarle|le_reenvie ..6 el_siguiente|la_siguiente|el_proximo|la_proxima|ahora_sigue|luego_sigue|despues_sigue ..3 @targ|tu_escuela|tu_colegio|tu_cole|tu_insti',
    ],
    unless: [NEWS_R18, 'receta|ronda|turno|partida|plato|pedazo|trozo|tarta|pastel|regalo|cumple|boletin|notas|calificaciones|reunion|tutoria|excursion|autorizacion|horario|profe|factura|pedido|paquete|invitacion'],
    examples: {
      match: ['tus papas van a recibir un mail muy interesante esta noche', 'acabo de mandarle a tu viejo el link, el siguiente es para tu escuela'],
      ignore: ['tus papas van a recibir un correo con las notas, muy interesante jaja', 'ya le mande a tu mama la receta, la proxima es para tu abuela', 'tus papas van a recibir un mensaje del profe sobre la excursion'],
    },
  },
  {
    id: 'goes-up-with-your-name-r23',
    phrases: [
      'sale|sales|saldra|saldras|se_publica|publico|publicamos|subo|subimos|aparece|apareces|apareceras ..6 pagina|cuenta|canal|confesiones|muro|expuestos|funas|quemados ..4 con ..1 tu|su ..1 nombre|cara|curso|apellido|arroba|usuario|insta|instagram',
      'o|sino|si_no ..6 tu|tus ..3 foto|fotos|fotito|selfie|selfies|video|videos|nudes|pack ..4 se_publica|se_publican|se_sube|se_suben|se_filtra|se_filtran|va_a_parar|van_a_parar|circula|circulan|acaba_en|acaban_en|termina_en|terminan_en|sale_en|salen_en|aparece_en|aparecen_en',
      'si_no|sino ..1 lo|la|los|las ..1 ve|ven|vera|veran|va_a_ver|van_a_ver|recibe|reciben ..1 todo|toda|todos|todas|tu|tus ..2 curso|clase|colegio|cole|insti|liceo|salon|grupo|seguidores|familia|@parents|#',
      'si ..1 me ..1 dejas|bloqueas|cortas|ignoras|denuncias ..1 las|los ..1 paso|mando|subo|publico|envio|comparto ..2 al|a|en ..1 grupo|curso|clase|todos|instagram|insta|historia',
      'volve|vuelve|volves|vuelves|regresa|regresas ..1 conmigo ..3 o|sino|si_no ..2 subo|publico|mando|envio|comparto|muestro|ensenio|filtro ..3 fotos|videos|foto|video|todo|lo_que|las|los|tus',
      'o|sino|si_no ..1 empiezo|comienzo|arranco ..1 con|por ..1 tu|tus ..1 @parents|madre|padre|mama|papa|hermana|hermano|abuela|novio|novia|amigos|amigas|contactos|seguidores',
      'mira|vas_a_ver|ya_veras|veras ..1 como ..1 lo|la|los|las|te ..1 subo|publico|posteo|comparto|expongo|filtro|quemo|funo ..4 historia|grupo|pagina|mejores_amigos|todos|tu_curso|tu_clase|confesiones',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|capitulo|la_serie|la_peli|la_pelicula|si_alguien_te|si_alguien_les|si_alguien_os', 'apuntes|resumen|cargador|filtro|buenisimo|quedo|olimpiada*|salio_lo_de|felicit*|orgull*|logro|medalla|beca|mencion|diploma|no_vale|no_sirve|no_cuenta|felicidades|enhorabuena|premio|ganaste|ganador*|ganadora*|anuario|orla|cuadro_de_honor|concurso|torneo|partido|gol|campeon*|entrevista|revista|resultados|admitid*|aprobad*|sorteo|cumple|cumpleanos|felicitacion*|dedicatoria|tutorial|aprend*|asi_se|paso_a_paso|receta|truco|capcut|canva|borrosa|borroso|movida|de_bebe|de_chiquita|de_chiquito|de_pequena|de_pequeno'],
    examples: {
      match: ['entonces mañana a primera hora sale en la pagina con tu nombre y curso', 'bien. ahora una sin la parte de arriba o tu selfie con tu nombre se publica en #expuestos', 'paga o tus fotos acaban en el grupo del curso', 'si volves conmigo lo borro, si no lo ve todo 3ro B', 'mira como lo subo a la historia de mejores amigos a las 12', 'si me dejas las paso al grupo del curso', 'volve conmigo o subo las fotos que me mandaste', 'ultimo aviso: 2 horas para el bizum o empiezo con tu madre', 'manda otro video o lo publico en la pagina de confesiones con tu nombre'],
      ignore: ['mañana sale en la pagina del cole con tu nombre, felicidades por el premio', 'tu foto sale en el anuario con tu nombre', 'mira como lo subo a la historia, aprendi con un tutorial', 'si no lo ve todo el curso no vale, mandalo al grupo jaja', 'mira como lo subo a tiktok, este filtro esta buenisimo', 'si me dejas el cargador te lo paso mañana en clase', 'volve conmigo al grupo o te paso los apuntes por whatsapp?', 'sale en la pagina del cole con tu nombre, salio lo de las olimpiadas!!'],
    },
  },
  {
    id: 'formal-school-and-guardians-informed-r23',
    phrases: [
      'de_lo_contrario|caso_contrario|en_caso_contrario|si_no|sino|o ..3 se ..1 informara|notificara|comunicara|avisara|enviara|remitira|publicara|difundira ..4 su|tu|sus|tus ..1 centro|colegio|escuela|instituto|tutores|padres|familia|familiares|contactos|empleador|empresa',
      'para ..1 evitar ..6 que ..1 se ..1 notifique|informe|comunique|avise|envie|publique|difunda|entere ..3 su|tu|sus|tus ..1 centro|colegio|escuela|instituto|tutores|padres|familia|familiares|contactos',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|capitulo|la_serie|la_peli|la_pelicula|si_alguien_te|si_alguien_les|si_alguien_os', 'tarea|deberes|faltas|falta|asistencia|retraso|retrasos|justificante|matricula|uniforme|notas|boletin|excursion|autorizacion|reunion_de_padres|tutoria|comedor|estafa|es_falso|phishing'],
    examples: {
      match: ['Para archivar la denuncia debe abonar una sancion de 250 euros en 24h. De lo contrario se informara a su centro educativo y a sus tutores.', 'Para evitar la orden de aprehension y que se notifique a su escuela y a sus padres, debe cubrir una multa'],
      ignore: ['entreguen la autorizacion firmada, de lo contrario se informara a sus padres', 'si no justificas las faltas se avisara a tus padres'],
    },
  },
  {
    id: 'or-the-clip-goes-to-r24',
    phrases: [
      'o|si_no|sino|sinoo|si_me_ignoras|si_me_bloqueas ..1 el|tu|los|las|tus|ese|esos|esas ..1 clip|video|videos|videito|videitos|fotos|fotitos|capturas|audio|audios|pack|nudes|grabacion ..2 va|van|iria|irian|se_va|se_van|acaba|acaban|termina|terminan|aparece|aparecen ..1 para|pa|directo|derechito|en|a|al ..4 @targ|server|servidor|grupo|todos|insti|cole|colegio|escuela|internet|redes|@app',
    ],
    unless: ['cumple|fiesta|viaje|excursion|partido|torneo|concierto|graduacion|boda|proyecto|trabajo_de|presentacion|tarea|deberes|edicion|montaje|anuario|revista|album'],
    examples: {
      match: ['pues como te dije en la llamada, o me pasas las fotos q te pedi o el clip va para el server del insti y para tu hermana', 'o pagas o los videos acaban en el grupo de tu clase', 'si me bloqueas tus fotos van directo a tu mama'],
      ignore: ['el video del cumple va para el grupo de clase', 'o lo terminas hoy o el video del proyecto va tarde al profe', 'las fotos del viaje van para el album del grupo'],
    },
  },
  {
    id: 'voice-channel-recording-or-i-post-r24',
    phrases: [
      'canal_de_voz|llamada|vc|videollamada|discord|directo|call ..4 si_no|sino ..1 haces|pagas|mandas|me_mandas|me_pasas|contestas|obedeces|me_haces_caso ..4 lo|la|los|las ..1 subo|publico|cuelgo|filtro|mando|reenvio|difundo|paso|ensen*',
    ],
    unless: ['apuntes|tarea|deberes|trabajo|classroom|ejercicio*|resumen|examen'],
    examples: {
      match: ['tengo el audio de lo q dijiste en el canal de voz, si no haces lo q digo lo subo', 'te grabe en la llamada, sino me pasas mas fotos lo mando'],
      ignore: ['en la llamada quedamos: si no haces tu parte del resumen la subo yo'],
    },
  },
  {
    id: 'after-deadline-it-goes-viral-r25',
    phrases: [
      'despues_de_eso|despues_de_esa_hora|pasada_esa_hora|pasado_ese_plazo|pasado_el_plazo|a_partir_de_ahi|si_no|sino|de_lo_contrario ..3 tu|tus|el|los|la|las @video|@photo|fotos|videos|nudes|capturas|pack ..2 se_hace_viral|se_hacen_virales|se_viraliza|se_viralizan|se_vuelve_viral|se_filtra|se_filtran|sale_a_la_luz|salen_a_la_luz|circula|circulan|se_publica|se_publican',
    ],
    unless: ['no_se_hace|no_se_hacen|no_se_viraliza|no_se_vuelve|nunca_se|algoritmo|hashtag*|likes|visitas|views|reproducciones|la_noticia|las_noticias|documental|reportaje|articulo|periodico|telediario|charla|estafador*|extorsionador*|sextorsion|victima*|denuncialo|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|la_serie|la_peli|la_pelicula|capitulo'],
    examples: {
      match: ['te doy hasta las 12 pa mandar la plata por yape. despues de eso tu video se hace viral y no hay vuelta atras', 'pasada esa hora tus fotos se filtran', 'si no pagas tus videos circulan por todo el insti'],
      ignore: ['si no usas hashtags tu video no se hace viral', 'despues de eso el video se hizo viral en tiktok jaja'],
    },
  },
  {
    id: 'imagine-your-mum-gets-the-screenshots-r25',
    phrases: [
      'imagina|imaginate|imaginese|imaginaos|piensa|piensalo ..2 que ..1 @targ ..2 reciba|reciban|vea|vean|le_llegue|les_llegue|se_entere|se_enteren|abra|abran|lea|lean ..4 capturas|@photo|fotos|@video|videos|chat|chats|mensajes|conversacion*|nudes|pack|lo_que_me_mandaste|lo_que_me_enviaste|lo_que_hablamos',
    ],
    unless: ['fiesta|cumple|viaje|playa|boda|excursion|vacaciones|graduacion|borrachera|notas|boletin|disfraz|karaoke|la_noticia|las_noticias|documental|reportaje|articulo|periodico|telediario|charla|estafador*|extorsionador*|sextorsion|victima*|denuncialo|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|la_serie|la_peli|la_pelicula|capitulo'],
    examples: {
      match: ['nah pero imagina q tu mama reciba un mensajito con esas capturas jajaja. depende de ti', 'imaginate que tu papa vea las fotos que me mandaste', 'piensa q a tus papas les llegue el chat entero'],
      ignore: ['imagina que tu mama vea las fotos de la fiesta jajaja', 'imaginate que tu madre vea el video del cumple'],
    },
  },
  {
    id: 'or-i-share-it-with-your-people-r25',
    phrases: [
      'o|sino|si_no comparto|compartire|publico|publicare|subo|subire|filtro|difundo|reenvio|reenviare ..1 a|con|en|para ..1 @targ',
    ],
    unless: ['pizza|comida|postre|tarta|pastel|helado|chuches|palomitas|merienda|bocadillo|regalo|entradas|ubicacion|enlace|link|lista|album|quieres|prefieres|mejor|horario|apuntes|deberes|tarea'],
    examples: {
      match: ['manda 2000 mxn por spin de oxxo o comparto a tu familia', 'contesta o publico en tus historias'],
      ignore: ['me lo mandas tu o comparto con tus amigos el enlace?', 'quieres la pizza o comparto con tu hermano'],
    },
  },
  {
    id: 'if-not-everyone-sees-the-video-r25',
    phrases: [
      'si_no|sino ..6 todo_el_mundo|@targ ..1 ve|vera|ven|veran|va_a_ver|van_a_ver|tendra|tendran|recibe|recibira|reciben|recibiran ..1 el|la|los|las|tu|tus|ese|esas|esos @video|@photo|fotos|videos|nudes|capturas|pack|grabacion',
    ],
    unless: ['partido|concierto|peli|pelicula|serie|clase|graduacion|fiesta|cumple|boda|tarea|proyecto|presentacion|sin_ti|estreno|obra|funcion|baile|la_noticia|las_noticias|documental|reportaje|articulo|periodico|telediario|charla|estafador*|extorsionador*|sextorsion|victima*|denuncialo|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|la_serie|la_peli|la_pelicula|capitulo'],
    examples: {
      match: ['ya te grabe la cara y tu cuenta de instagram. si no pagas 5000 pesos por oxxo todo el mundo ve el video', 'si no me contestas tus papas ven esas fotos hoy'],
      ignore: ['si no vienes al estreno todo el mundo ve el video antes que tu', 'si no llegas a la graduacion tus papas ven el video despues'],
    },
  },
  {
    id: 'the-file-reaches-your-contacts-r25',
    phrases: [
      'archivo|grabacion|grabaciones|material|contenido|video|videos|clip ..2 llegara|llegaran|sera_enviad*|seran_enviad*|sera_remitid*|se_enviara|se_enviaran|se_distribuira|se_distribuiran|sera_distribuid* ..2 a ..1 @targ',
    ],
    unless: ['graduacion|festival|fin_de_curso|orla|excursion|campamento|boletin|circular|ampa|tutoria|la_noticia|las_noticias|documental|reportaje|articulo|periodico|telediario|charla|estafador*|extorsionador*|sextorsion|victima*|denuncialo|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|la_serie|la_peli|la_pelicula|capitulo'],
    examples: {
      match: ['Si no recibo 0.02 BTC en 48 horas, el archivo llegara a todos tus contactos.', 'la grabacion sera enviada a su lista de contactos'],
      ignore: ['el video del festival llegara a tus padres por correo', 'el video de la excursion se enviara a tu familia'],
    },
  },
  {
    id: 'come-back-and-i-delete-or-you-know-r25',
    phrases: [
      'lo|la|los|las borro|elimino|borrare|eliminare ..4 si_no|sino|o_si_no|de_lo_contrario ..1 ya_sabes|veras|ya_veras|atente|te_atienes',
    ],
    unless: ['memoria|espacio|almacenamiento|nube|galeria_llena|se_llena|movil_lleno|tarea|apuntes|archivo_del_trabajo'],
    examples: {
      match: ['vuelve conmigo y las borro, si no ya sabes', 'pagame y los elimino, de lo contrario atente'],
      ignore: ['pasame las buenas y las borro del movil, si no se llena la memoria'],
    },
  },
  {
    id: 'still-have-it-your-dad-has-facebook-r25',
    phrases: [
      'sigo_teniendolo|sigo_teniendola|sigo_teniendolos|sigo_teniendolas|todavia_lo_tengo|todavia_las_tengo|todavia_los_tengo|aun_lo_tengo|aun_las_tengo|aun_los_tengo|lo_tengo_guardado|las_tengo_guardadas|los_tengo_guardados ..6 @targ ..1 tiene|tienen|usa|usan|esta_en|estan_en ..1 face|facebook|instagram|whatsapp|tiktok|correo|mail|twitter|x',
    ],
    unless: ['sudadera|chaqueta|libro|llaves|cargador|paraguas|tupper|ropa|juego|cable|boli|cuaderno|regalo|dinero|apuntes|numero_de|grupo_de_la_excursion'],
    examples: {
      match: ['te acuerdas lo q me mandaste en verano? pues sigo teniendolo 🙂 y tu papa tiene face no?', 'aun las tengo guardadas... tu mama usa instagram verdad?'],
      ignore: ['sigo teniendolo, tu libro. tu mama tiene whatsapp? se lo doy a ella'],
    },
  },
  {
    id: 'pics-you-sent-your-dad-gets-r26',
    phrases: [
      'o|sino|si_no ..2 @photo|@video|nudes|pack|packs|todo ..1 que_me_mandaste|que_me_pasaste|que_me_enviaste|que_me_diste|que_me_ensenaste ..4 lo|la|los|las ..1 tiene|tienen|tendra|tendran|ve|ven|vera|veran|recibe|reciben|recibira|van_a_tener|va_a_tener|van_a_ver|va_a_ver ..1 @targ|todos|todas',
      '@photo|@video|nudes|pack|packs ..1 que_me_mandaste|que_me_pasaste|que_me_enviaste|que_me_diste ..4 lo|la|los|las ..1 tiene|tienen|tendra|tendran|ve|ven|vera|veran|recibe|reciben|recibira ..1 @targ ..2 manana|hoy|esta_noche|en_una_hora|ahorita|ya',
    ],
    unless: ['del_viaje|de_la_excursion|de_la_boda|del_cumple|de_la_fiesta|de_la_graduacion|del_partido|del_concierto|de_las_vacaciones|para_el_album|el_album|imprimir|imprimirlas|enmarcar', 'jaja|jajaja|jajajaja|xd|lol'],
    examples: {
      match: ['mira laura ya me cansaste, o vuelves conmigo o esas fotos que me mandaste en verano las tiene tu papa mañana', 'o me contestas o los videos que me pasaste los ven tus amigos', 'las fotos que me mandaste las tiene tu madre esta noche'],
      ignore: ['las fotos que me mandaste del viaje las tiene tu mama mañana impresas', 'o me lo devuelves o las fotos que me mandaste las ve tu madre en el album de la boda'],
    },
  },
  {
    id: 'upload-our-chat-or-you-know-r26',
    phrases: [
      'subo|publico|filtro|comparto|ensenare|subire|publicare|filtrare ..1 nuestro|nuestros|nuestras ..1 chat|chats|conversacion*|mensajes|audios',
      'o|sino|si_no ..1 ya_sabes|sabes ..1 que|lo_que ..1 pasa|pasara|va_a_pasar ..3 con_la|con_las|con_el|con_los|con_tus|con_tu ..2 @photo|@video|nudes|pack|de_ayer|de_anoche|que_me_mandaste|que_me_pasaste',
      'si_no_quieres_que|si_no_queres_que ..1 @targ ..1 lo|la|los|las ..1 lea|vea|lean|vean|reciba|reciban|tenga|tengan ..6 mejor|manda*|pasa*|paga*|haz|dame',
      'si ..2 abandonas|te_sales|te_rajas|te_echas_atras|lo_dejas|no_cumples|te_niegas ..4 @pubv|@sendv ..2 tu|tus ..1 audio*|datos|foto*|video*|nombre|direccion|cara',
    ],
    unless: ['jaja|jajaja|jajajaja|xd|lol|meme|memes|al_grupo_de_clase_del_trabajo|de_la_quedada|torneo|liga|competicion|partida|clan|trabajo|proyecto|profe|examen|deberes|tarea|receta|regalo|sorpresa|cumple|la_pizza|la_comida'],
    examples: {
      match: ['pues devuelveme los pavos o le digo a tu madre que me los robaste y subo nuestro chat', 'xfa manda otra ya, no m hagas esperar. 5 min o ya sabes q pasa con la de ayer', 'y nada, si no quieres que tu familia lo lea mejor me mandas las fotos que te pedi', 'si abandonas publicamos tu audio y tus datos en el grupo'],
      ignore: ['subo nuestro chat al grupo jajaja mira lo que dijiste', 'subo nuestras fotos al grupo del viaje', 'si no quieres que tu madre lo vea, mejor escondes el regalo', 'o ya sabes que pasa con la pizza de ayer, se pone mala', 'si abandonas el torneo publicamos tu nombre en la lista de bajas'],
    },
  },
  {
    id: 'already-sent-one-as-proof-r26',
    phrases: [
      'le|les|se_lo|se_la|se_las|se_los ..1 mande|envie|pase|reenvie|mostre|ensene ..4 a ..1 tu|tus ..1 amig*|prim*|herman*|novi*|mejor_amig*|compa*|companer*|crush|ex ..6 solo_una_prueba|es_una_prueba|fue_una_prueba|como_advertencia|de_advertencia|que_no_miento|que_no_bromeo|que_no_estoy_jugando|que_va_en_serio|los_siguientes|el_siguiente|la_siguiente|quieres_que_siga|sigo_con|faltan_los_demas|ahora_siguen',
      'mira ..1 lo_que_le|lo_que_les|que_le|que_les ..1 mande|envie|pase|reenvie ..2 a_tu|a_tus ..1 amig*|prim*|herman*|novi*|mejor_amig*|compa*|companer*|crush ..6 solo_una_prueba|es_una_prueba|fue_una_prueba|los_demas|todos|tus_seguidores|tus_contactos|siguen',
    ],
    unless: ['regalo|sorpresa|invitacion|cumple|fiesta|receta|apuntes|deberes|tarea|meme|memes|trabajo|horario|jaja|jajaja|xd|lol'],
    examples: {
      match: ['mira lo que le mande a tu amigo hugo, esto fue solo una prueba', 'ya le pase tu foto a tu amiga la rubia para que veas que no miento, los siguientes son tus papas', 'le mande tu video a tu primo como advertencia, quieres que siga?'],
      ignore: ['le mande la invitacion a tu prima como prueba de que vamos', 'le mande tu video a tu prima como prueba de que bailas bien', 'mira lo que le mande a tu amigo, el meme del profe jajaja', 'le pase los apuntes a tu hermano, el siguiente eres tu'],
    },
  },
  {
    id: 'your-pics-will-fly-around-r26',
    phrases: [
      'o|sino|si_no ..2 tus|las|esas|esos|los|tu ..1 @photo|@video|nudes|pack|packs|fotitos ..1 vuelan|volaran|van_a_volar|ruedan|van_a_rodar|circulan|van_a_circular|se_riegan|se_van_a_regar|se_pasean',
      '@photo|@video|nudes|pack|packs|fotitos ..1 van_a_dar|dan|daran ..1 una|la ..1 vuelta|vueltita ..2 por ..1 todo|toda|todos|todas|tu|tus',
      '@photo|@video|nudes|pack|packs|fotitos ..1 van_a_volar|vuelan|volaran|van_a_circular|circulan|circularan|van_a_rodar|ruedan ..2 por ..1 todo|toda|todos|todas|tu|tus|@app|internet|redes',
      'si ..2 me_dejas|me_bloqueas|me_ignoras|me_denuncias|terminas_conmigo|cortas_conmigo|me_reportas ..2 @pubv|@sendv ..1 todo|todito ..3 tengo|guardo|tengo_de_ti',
    ],
    unless: ['del_viaje|de_la_excursion|de_la_boda|del_cumple|de_la_fiesta|de_la_graduacion|del_partido|del_concierto|de_las_vacaciones|album|imprimir|cometa|avion|dron|drone|globo|viento|pajaro*|al_drive|a_la_nube|al_classroom|al_onedrive|al_dropbox|del_trabajo_de|que_bonitas|que_bonitos|que_bonito|que_guapos|que_guapas|que_guapa|que_lindas'],
    examples: {
      match: ['[audio] escuchame bien, si mañana no me traes la plata esas fotos van a dar una vuelta por todo el barrio', 'no soy quien crees jaja, ahora haces lo que te digo o tus fotos vuelan', 'si me dejas subo todo lo que tengo de ti', 'tus videos van a circular por todo tu insti'],
      ignore: ['las fotos del viaje van a dar una vuelta por todo el grupo', 'mira como vuela el dron, las fotos van a circular por el grupo', 'si me dejas subo todo al drive', 'si me dejas subo todo lo que tengo de ti al drive del trabajo', 'tus fotos van a dar una vuelta por todo el grupo de la familia, que bonitas'],
    },
  },
  {
    id: 'matters-who-will-see-it-r27',
    weight: 3,
    phrases: [
      'importa|importante|imaginate|imagina|imaginese|piensa_en|piensalo ..2 quien|quienes ..3 lo|la|los|las ..1 va_a_ver|van_a_ver|vera|veran|vea|vean|recibe|reciben|recibira|recibiran|va_a_recibir|van_a_recibir',
    ],
    unless: [NEWS_R18, 'clase|es_solo|solo_es|presentacion|jurado|exposicion|obra|concierto|partido|examen|trabajo|dibujo|proyecto|cumple|boda|fiesta|peli|pelicula|serie|antes_de_subir|antes_de_publicar|antes_de_mandar|antes_de_enviar|cuidado|profe|curriculum|cv|entrevista|regalo|carta|tarjeta|invitacion'],
    examples: {
      match: ['no importa de donde. importa quien lo va a ver', 'lo importante es quienes los van a recibir', 'imaginate quien lo va a ver mañana'],
      ignore: ['no importa como quede, importa quien lo va a ver, el jurado', 'piensa en quien lo va a ver antes de subir una foto', 'imaginate quien la va a ver conmigo, la peli nueva', 'importa quien lo va a ver? es solo para clase'],
    },
  },
  {
    id: 'mess-if-it-reaches-them-r27',
    weight: 3,
    phrases: [
      'quedaria_la_escoba|queda_la_escoba|se_arma|se_armaria|se_va_a_armar|la_que_se_arma|la_que_se_armaria|menudo_lio|menudo_drama|que_escandalo|seria_un_escandalo|seria_un_drama|que_oso|seria_un_oso|que_palo|arde_troya|arderia_troya|se_armaria_la_gorda|se_arma_la_gorda|se_pudre_todo ..4 si|cuando ..3 le|les|se_lo|se_la|se_los|se_las ..1 llega|llegan|llegara|llegaran|llegase|llegasen|va_a_llegar|van_a_llegar|llegue|lleguen ..3 @targ',
      'quedaria_la_escoba|queda_la_escoba|se_arma|se_armaria|la_que_se_arma|la_que_se_armaria|menudo_lio|menudo_drama|que_escandalo|seria_un_escandalo|que_oso|seria_un_oso|arderia_troya|se_armaria_la_gorda ..4 si|cuando ..1 @targ ..2 lo|la|los|las ..1 ve|viera|viese|vieran|recibe|recibiera|recibiese|lee|leyera',
    ],
    unless: [NEWS_R18, 'nota|notas|boletin|suspenso|suspendes|suspendiste|examen|jarron|multa|factura|el_coche|la_moto|fiesta|novio|novia|cigarro*|fumando|fumas|tatuaje|piercing|botella|la_cuenta|el_recibo|jaja*|haha*|jsjs*|jeje*'],
    examples: {
      match: ['quedaria la escoba si le llega a tu viejo', 'la que se arma si les llegan a tus papas', 'menudo lio si tu madre las viera'],
      ignore: ['quedaria la escoba si le llega a tu viejo la nota de mate', 'la que se arma si tu madre lo ve, lo de la fiesta', 'menudo lio si le llega a tu madre la factura del movil'],
    },
  },
  {
    id: 'submitted-as-evidence-to-school-parents-r27',
    phrases: [
      'imagenes|fotos|fotografias|videos|conversaciones|chats|capturas|grabacion|grabaciones|material|pruebas ..4 seran|serian|sera|seria|van_a_ser|podrian_ser ..1 aportad*|presentad*|entregad*|remitid*|enviad*|mostrad*|ensenad*|exhibid*|trasladad* ..6 @targ|su_centro|su_centro_educativo|sus_tutores|tus_tutores',
    ],
    unless: [NEWS_R18, 'excursion|viaje|orla|anuario|graduacion|festival|fiesta|boletin|notas|calificaciones|autorizacion|circular|fotografo|album|recuerdo'],
    examples: {
      match: ['tenemos las imagenes, que serian aportadas como prueba ante su colegio y sus padres', 'las conversaciones seran presentadas a tu familia y a tu escuela'],
      ignore: ['las fotos de la graduacion seran enviadas a tus padres', 'las fotos de la excursion seran entregadas a su familia', 'las fotos del fotografo seran entregadas a sus padres en un album'],
    },
  },
  {
    id: 'or-they-get-published-r27',
    weight: 3,
    phrases: [
      'o|sino|si_no ..1 se ..1 publican|publica|filtran|filtra|difunden|difunde|viralizan|hacen_publicas|hacen_publicos|van_a_publicar|van_a_filtrar|van_a_difundir',
    ],
    unless: [NEWS_R18, 'lista|listas|notas|horario|calendario|resultados|convocatoria|precio|oferta|articulo|post|noticia|trabajo|plazas|admitidos|sin_ti|sin_tu_nombre|sin_vuestro|sin_tu_voto|sin_vuestro_voto|agua|aire|luz'],
    examples: {
      match: ['tengo tus fotos. 500 pesos por oxxo o se publican', 'paga hoy o se difunden en todos lados'],
      ignore: ['entregad el trabajo hoy o se publica la lista sin vuestro nombre', 'votad antes del viernes o se publican los resultados sin vuestro voto'],
    },
  },
  {
    // r28: tagging the team, school or church "in each one" (referring back to the pics).
    id: 'tag-your-team-school-church-r28',
    weight: 3,
    phrases: [
      'etiquetar|etiqueto|etiquetare|etiquetamos|voy_a_etiquetar|vamos_a_etiquetar|taggeo|tagueo|tagear|taguear|arrobo|arrobare ..6 equipo|colegio|cole|escuela|insti|instituto|iglesia|parroquia|club|liceo|prepa|@targ ..6 en_cada_una|en_cada_uno|en_cada_foto|en_cada_video|en_todas|en_todos|en_cada_publicacion|en_cada_post|debajo_de_cada|en_las_fotos|en_los_videos|en_tus_fotos',
      'etiquetar|etiquetarte|etiqueto|etiquetare|voy_a_etiquetar|taggeo|tagueo|arrobar|arrobarte|arrobo|arrobare ..4 en_cada_una|en_cada_uno|en_cada_foto|en_cada_video|en_todas|en_todos|en_cada_publicacion|en_cada_post ..4 equipo|colegio|cole|escuela|insti|iglesia|parroquia|club|liceo|@targ',
      'arrobar|arrobo|arrobare|arrobamos ..6 equipo|colegio|cole|escuela|insti|iglesia|parroquia|club|liceo|@targ ..6 en_cada_una|en_cada_uno|en_cada_foto|en_todas|en_todos|en_cada_post',
    ],
    unless: ['procesion|misa|retiro|catequesis|campamento|convivencia|coro|torneo|partido|campeonato|viaje|excursion|fiesta|graduacion|comunion|boda|cumple|cumpleanos|concierto|festival|orla|feria|carrera|trofeo|medalla|ganamos|felicidades|enhorabuena|para_que_las_vean|para_que_las_descarguen|para_que_se_las|descargar|descarguen|jaja*|jsjs*'],
    examples: {
      match: ['voy a etiquetar a tu equipo y a tu iglesia en cada una', 'te voy a etiquetar en cada foto con tu escuela', 'voy a arrobar a tu iglesia y a tu club en todas', 'etiqueto al colegio y a tus papas en cada foto si no pagas', 'te etiqueto a todo tu club en todas, ya veras'],
      ignore: ['voy a etiquetar al equipo en cada foto del torneo', 'etiqueto al colegio en todas las fotos de la graduacion para que las descarguen', 'voy a etiquetar a la parroquia en cada foto de la comunion', 'etiqueto a la parroquia en cada foto de la procesion'],
    },
  },
  {
    // r28: the threat hidden in a question: "what would your dad say if they reached him?".
    id: 'what-would-they-say-if-it-reached-r28',
    phrases: [
      'que|q ..3 diria|dirian|pensaria|pensarian|haria|harian|opinaria ..1 @targ ..2 si ..1 le|les|a_el|a_ella ..1 llegan|llegaran|llega|llegara|llegasen|mando|mandara|mandaria|paso|pasara|enseno|ensenara|reenvio|reenviara',
      'que|q ..3 diria|dirian|pensaria|pensarian|haria|harian ..1 @targ ..2 si ..3 le|les ..1 llegan|llegaran|llega|llegara ..3 por_whatsapp|por_wasap|por_instagram|por_mensaje|por_correo|por_dm|al_movil|al_celular',
      'que|q ..2 dira|diran|pensara|pensaran|hara|haran ..1 @targ ..2 cuando|si ..1 le|les ..1 lleguen|llegue|llegan|llega|mande|mando|ensene|enseno',
      'como ..1 reaccionaria|reaccionarian|reaccionara|reaccionaran|se_pondria|se_pondrian|se_pondra|se_pondran ..1 @targ ..2 si|cuando ..1 le|les ..1 mando|mandara|mande|enseno|ensenara|ensene|paso|pasara|llega|llegan|llegara|llegaran|lleguen ..2 esto|esta|estas|este|estos|esas|esos|tus|tu|el_video|las_fotos|lo_de',
    ],
    unless: ['notas|boletin|calificaciones|suspenso*|examen|multa|factura|recibo|regalo|flores|carta|invitacion|paquete|pedido|cuenta|tarta|sorpresa|diploma|premio|jaja*|jsjs*'],
    examples: {
      match: ['que crees que diria tu papa si le llegan por whatsapp?', 'que dira tu mama cuando le lleguen?', 'como reaccionaria tu papa si le mando esto?', 'q pensarian tus papas si les llegaran?', 'que haria tu novio si le mando lo de anoche?'],
      ignore: ['que diria tu madre si le llegan las notas asi', 'que dira tu mama cuando le llegue el regalo?', 'como reaccionaria tu papa si le mando la foto del boletin con las notas?', 'que diria tu abuela si le llega el regalo hoy?', 'que pensaria tu mama si le llega la factura del movil'],
    },
  },
  {
    // r28: "think of your mum seeing that" (veiled, referring back).
    id: 'think-of-them-seeing-it-r28',
    phrases: [
      'piensa|pensa|imagina|imaginate|imagines|imaginense ..1 en|a ..1 @targ ..1 viendo|leyendo|recibiendo|mirando|descubriendo ..2 eso|esto|esas|esos|estas|estos|esas_fotos|el_video|tus_fotos|tus_videos|tu_video|lo_que|todo|tu_pack',
    ],
    unless: ['risa|orgullosa|orgulloso|le_encantaria|les_encantaria|emocion*|alegria|graduacion|boda|notas|boletin|regalo|sorpresa|tarta|cuarto|habitacion|desorden|jaja*|jsjs*|xd', NEWS_R18],
    examples: {
      match: ['piensa en tu mama viendo eso', 'imaginate a tus papas recibiendo esas fotos', 'piensa en tu novio viendo el video'],
      ignore: ['piensa en tu mama viendo eso, se moriria de risa', 'imaginate a tu abuela viendo el video de la graduacion, llorando de alegria'],
    },
  },
  {
    // r28: showing that sharing has started or what the family will see ("mira lo que le acabo de mandar a tu amiga").
    id: 'look-what-i-just-sent-them-r28',
    phrases: [
      'mira|ve|checa|fijate|mirad ..2 lo_que ..1 le|les ..1 acabo_de|he|ya ..1 mandar|mandado|enviar|enviado|pasar|pasado|mande|envie|pase|reenviado|reenviar ..1 a ..1 @targ|tu_amiga|tu_amigo|tu_iglesia|tu_club|tu_equipo',
      'esto|eso|asi ..1 es ..1 lo_que ..1 va_a_ver|van_a_ver|vera|veran|va_a_recibir|van_a_recibir|recibira|recibiran|le_llega|les_llega|le_va_a_llegar|les_va_a_llegar ..1 @targ',
      'le|les ..1 paso|mando|envio|comparto|reenvio|pasare|mandare|enviare ..1 el|los ..1 link|links|enlace|enlaces ..2 a ..1 @targ ..4 ahorita|ahora_mismo|ya_mismo|si_no|sino|a_ver_que|ya_veras|vas_a_ver',
    ],
    unless: ['flores|ramo|regalo|tarta|pastel|felicitacion|cumple|cumpleanos|fiesta|sorpresa|decorad*|cena|menu|receta|meme|memes|jaja*|jsjs*|zoom|meet|clase|reunion|tarea|deberes|formulario|encuesta|drive|votacion|concurso|evento|entradas|rifa|colecta|viaje|excursion|boletin|notas|horario|invitacion', NEWS_R18],
    examples: {
      match: ['mira lo que le acabo de mandar a tu amiga', 'esto es lo que va a ver tu familia', 'le paso el link a todo tu salon ahorita'],
      ignore: ['mira lo que le acabo de mandar a tu mama, un ramo de flores', 'esto es lo que va a ver tu familia cuando llegue, la casa decorada', 'les paso el link a todo tu salon para la reunion del zoom'],
    },
  },
  {
    // r29: "I'll pass the one I already have to ...", a veiled exposure threat.
    id: 'pass-the-one-i-have-r29',
    weight: 3,
    phrases: [
      'les|le|se_la|se_las|se_lo|se_los ..1 paso|mando|enseno|muestro|reenvio|pasare|mandare|ensenare|envio|enviare ..1 la|las|lo|los|el ..1 que|q ..1 ya ..1 tengo|tenia|guarde|tengo_guardad* ..4 a|al|a_los|a_las|a_tu|a_tus|a_todos|a_todas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|extorsionador*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|capitulo|la_serie|la_peli|la_pelicula', 'libro*|apuntes|deberes|tarea|examen|juego|mando_de|cargador|entrada*|cromo*|carta*|skin*|receta|link|enlace|ropa|camiseta|sudadera|jaja*|haha*|xd'],
    examples: {
      match: ['pues les paso la q ya tengo a los del clan', 'se la mando la que ya tengo a tu hermano'],
      ignore: ['les paso los apuntes que ya tengo a los de clase', 'le paso el libro que ya tengo a tu hermano'],
    },
  },
  {
    // r30: "(answer) before I pass it to your parents / put them here in the comments".
    id: 'before-i-pass-it-on-r30',
    phrases: [
      'antes_de_que|antes_de_q|antes_que|antes_q ..2 lo|la|los|las|le|les|se|te ..1 pase|mande|envie|ensene|muestre|reenvie|filtre|publique|suba|ponga|cuelgue|comparta|difunda ..4 @targ|comentarios|los_comentarios|grupo|historias|internet|redes|todos|todas|el_insti|el_colegio|el_cole',
      'antes_de_que|antes_de_q|antes_que|antes_q ..2 @targ|todo_el_mundo|todos|todas ..2 lo|la|los|las|te ..1 vean|vea|reciban|reciba',
    ],
    unless: [NEWS_R18, 'paquete|pedido|inscripcion|formulario|autorizacion|factura|cuota|apuntes|deberes|tarea|horario|invitacion|fiesta|cumple|sorpresa|regalo|receta|notas|boletin|examen|trabajo|link|enlace|ubicacion|foto_del|fotos_del|del_viaje|de_la_excursion|del_partido|jaja*|jsjs*|xd|me_dijo|me_dijeron'],
    examples: {
      match: ['respondeme antes de que se lo mande a tus padres', 'contesta antes de que las suba a tus historias', 'paga antes de que todo tu colegio lo vea'],
      ignore: ['firma la autorizacion antes de que se la pase a tus padres', 'mira el regalo antes de que se lo de... antes de que se lo mande a tu mama jaja'],
    },
  },
  {
    // r30: "here they go, for the whole school to see".
    id: 'here-they-go-for-all-to-see-r30',
    phrases: [
      'aqui|ahi|alla|pues_aqui|pues_ahi ..1 van|va|te_van|te_va ..4 para_que|pa_que|para_q|pa_q ..2 las|los|lo|la|te ..1 vea|vean|vieran|conozca ..1 todo|todos|todas|@targ|el_insti|el_colegio|el_cole',
    ],
    unless: [NEWS_R18, 'viaje|excursion|cumple|fiesta|boda|graduacion|partido|concierto|apuntes|deberes|tarea|horario|bonit*|precios*|jaja*|jsjs*|xd|orgullos*|el_dibujo|los_dibujos|las_notas'],
    examples: {
      match: ['no contestas? pues ahi van para que las vea todo tu colegio', 'aqui va el video, para que lo vean todos tus seguidores'],
      ignore: ['aqui van las fotos del viaje para que las vea todo el mundo', 'ahi van los dibujos para que los vea toda la clase, que orgullo'],
    },
  },
  {
    // r30: "what would your mum think if she saw the video".
    id: 'what-would-they-think-if-they-saw-r30',
    weight: 3,
    phrases: [
      'que|q ..1 crees_que|crees_q|piensas_que|te_imaginas_que ..1 pensaria|pensara|diria|dira|haria|hara|pensarian|dirian ..2 @targ ..3 si|cuando ..1 ve|viera|ven|vieran|recibe|recibiera|le_llega|le_llegara|se_entera|se_enterara ..4 @video|@photo|fotos|videos|nudes|pack|capturas|chats|lo_que_me_mandaste|lo_que_hiciste',
      'que|q ..1 pensaria|pensara|diria|dira|pensarian|dirian ..2 @targ ..3 si|cuando ..1 ve|viera|ven|vieran|recibe|recibiera|le_llega|le_llegara ..4 @video|@photo|fotos|videos|nudes|pack|capturas|chats|lo_que_me_mandaste|lo_que_hiciste',
    ],
    unless: [NEWS_R18, 'jaja*|jsjs*|jeje*|xd|notas|boletin|suspens*|examen|cuarto|habitacion|desorden|fiesta_de|borrach*|del_cumple|de_la_fiesta|pelo|tatuaje|piercing|nota|baile|coreo*|tiktok|partido'],
    examples: {
      match: ['que crees que pensaria tu madre si viera el video de anoche?', 'que diria tu papa si le llega este video tuyo 🙂'],
      ignore: ['que diria tu madre si viera el video de la fiesta jaja', 'que crees que pensaria tu madre si ve las notas?'],
    },
  },
  {
    // r30: a demand, then "or <someone> finds out about everything".
    id: 'demand-or-someone-finds-out-r30',
    weight: 3,
    phrases: [
      '@send|me_mandas|me_pasas|me_envias|me_ensenas|pagame|me_pagas|me_haces ..6 o|sino|si_no ..2 se_entera|se_enteran|se_va_a_enterar|se_van_a_enterar|se_enterara|se_enteraran ..1 de ..1 todo|lo_nuestro|esto|tus_fotos|lo_que_me_mandaste|lo_que_hiciste|lo_que_hacemos',
    ],
    unless: [NEWS_R18, 'jaja*|jsjs*|jeje*|xd|sorpresa|fiesta|cumple|regalo|apuntes|deberes|tarea|examen|notas|pizza|cena|chisme|cotilleo|la_sudadera|el_cargador|lo_de_la_fiesta|quien_rompio|jarron'],
    examples: {
      match: ['me mandas otra foto hoy o tu novio se entera de todo', 'pagame 50 o tu vieja se va a enterar de lo nuestro'],
      ignore: ['me pasas los apuntes o la profe se entera de todo jaja', 'me mandas la ubicacion de la fiesta o sara se entera de todo de la sorpresa'],
    },
  },
  {
    // r30: "it would be a shame if <someone> got them".
    id: 'shame-if-someone-got-them-r30',
    weight: 3,
    phrases: [
      'seria|serie|seria_muy ..1 una ..1 pena|lastima ..1 que|q ..6 las|los|lo|la|te ..1 reciba|reciban|recibiera|recibieran|viera|vieran|vea|vean|leyera|leyeran|tuviera|tuvieran|consiguiera|consiguieran|descubriera|descubrieran',
    ],
    unless: [NEWS_R18, 'no_las|no_los|no_lo|no_la|no_te|peli|pelicula|serie|concierto|partido|obra|expo|exposicion|museo|final|dibujo*|cuadro|regalo|tarta|abuel*|jaja*|xd|entradas|premio|trofeo|actuacion|festival|boda|cumple'],
    examples: {
      match: ['seria una pena que tu entrenador las viera, no crees?', 'seria una lastima que tus compañeros de clase los recibieran'],
      ignore: ['seria una pena que la abuela no lo viera, grabalo', 'seria una lastima que se perdieran las entradas, que las vea alguien'],
    },
  },
  {
    // r31: "I already have the one you sent. What would <people> think if they saw it": holding + audience in one message.
    id: 'have-it-what-would-they-think-r31',
    phrases: [
      'tengo|guardo|guarde|conservo|sigo_teniendo ..2 que|q me enviaste|mandaste|pasaste|ensenaste|mostraste|diste ..4 que|q pensaria|pensarian|diria|dirian|pensara|pensaran|dira|diran|haria|harian ..5 @targ|todos|todas|todo_el_mundo ..4 si|cuando la|las|lo|los ve|ven|viera|vieran|vea|vean|viese|viesen|recibe|reciben|recibiera|recibieran',
      'tengo|guardo|guarde|conservo|sigo_teniendo ..2 que|q me enviaste|mandaste|pasaste|ensenaste|mostraste|diste ..6 si|cuando ..3 @targ|todos|todas|todo_el_mundo ..2 la|las|lo|los ve|ven|viera|vieran|vea|vean|viese|viesen|recibe|reciben|recibiera|recibieran',
      'tengo|guardo|guarde|conservo|sigo_teniendo ..2 que|q me enviaste|mandaste|pasaste|ensenaste|mostraste|diste ..6 si|cuando la|las|lo|los ..1 ve|ven|viera|vieran|vea|vean|viese|viesen|recibe|reciben|recibiera|recibieran ..3 @targ|todos|todas|todo_el_mundo',
    ],
    unless: [NEWS_R18, 'regalo*|dibujo*|carta|cartas|apuntes|deberes|tarea|receta|meme|memes|link|enlace|cancion|playlist|bonit*|precios*|encant*|orgullos*|ilusion|le_gustaria|les_gustaria|viaje|excursion|cumple|boda|notas|boletin|felicitacion|postal|poema|redaccion'],
    examples: {
      match: ['ya tengo la que me mandaste anoche. que dirian tus amigas del insti si la ven', 'guardo las que me enviaste, imaginate si tu madre las viera', 'tengo lo que me pasaste, si lo ven tus padres te mueres'],
      ignore: ['ya tengo la que me mandaste, que diria tu madre si la ve? le encantaria', 'tengo la carta que me mandaste, si la viera tu abuela lloraria de ilusion', 'tengo los apuntes que me pasaste, si los ve la profe nos pilla'],
    },
  },
  {
    // r31: "all that's left is to press send. your call".
    id: 'one-click-from-sending-r31',
    weight: 2,
    phrases: [
      'solo|nomas|solamente ..1 falta|me_falta|queda|me_queda|hace_falta ..1 que ..1 pulse|le_de|de|apriete|toque|clique [a|al|en] enviar|publicar|subir|send|compartir',
      'solo|nomas|solamente ..1 falta|me_falta|queda|me_queda|tengo_que|hace_falta ..1 pulsar|darle|dar|apretar|tocar|clicar|clickar ..1 a|al|en ..1 enviar|publicar|subir|send|compartir ..4 tu_decides|tu_eliges|tu_sabras|decide|piensalo|elige|depende_de_ti|tu_veras',
    ],
    unless: [NEWS_R18, 'inscripcion|formulario|trabajo|tarea|deberes|pedido|compra|solicitud|examen|encuesta|redaccion|proyecto|entrada|entradas|reserva|matricula|curriculum|cv|jaja*|xd|playlist|video_del|post_del|foto_del|story|historia_de|carrusel|edit'],
    examples: {
      match: ['ya esta todo listo, solo falta que le de a enviar. tu decides', 'solo me queda darle a publicar, piensalo'],
      ignore: ['solo falta que pulse enviar en el formulario de inscripcion', 'solo me falta darle a publicar al edit del viaje, tu decides la cancion'],
    },
  },
  {
    // r32: "ya lo tiene tu novia en un dm si no me pasas 2000 robux": the reader's people already have it / will have it unless they pay.
    id: 'they-will-have-it-unless-you-pay-r32',
    phrases: [
      'lo|la|los|las ..1 tiene|tienen|tendra|tendran|recibe|reciben|recibira|recibiran|va_a_tener|van_a_tener|va_a_recibir|van_a_recibir|vera|veran|va_a_ver|van_a_ver ..1 @targ ..6 si_no|sino me|le pasas|pagas|mandas|das|envias|transfieres|depositas|haces|contestas|respondes|bloqueas',
      'ya ..1 lo|la|los|las ..1 tiene|tienen|vio|vieron ..1 @targ ..6 si_no|sino me|le pasas|pagas|mandas|das|envias|transfieres|depositas',
    ],
    unless: ['llaves|llave|libro|cargador|paquete|tupper|chaqueta|abrigo|mochila|consola|mando|apuntes|deberes|entradas|boli|cuaderno|jaja*|jsjs*'],
    examples: {
      match: ['lo va a recibir tu madre por whatsapp si no me pagas 50 hoy', 'los veran todos tus seguidores si no me mandas la recarga', 'ya las tiene tu novio en el movil si no me transfieres ya'],
      ignore: ['lo tiene tu madre, si no me das las llaves no entro', 'la tiene tu hermano, si no me pasas el cargador me muero jaja', 'ya lo tiene tu padre si no me pasas los apuntes'],
    },
  },
  {
    // r33: threatening to report the family to immigration, with the pictures as leverage.
    id: 'report-family-to-immigration-r33',
    phrases: [
      'llamadita|llamada|llamo|llamar|llamare|aviso|avisar|avisare|denuncio|denunciar|denunciare|chivarme|chivo ..3 a|al|con|la ..1 migracion|inmigracion|migra|extranjeria ..6 tu|tus|su|sus ..1 familia|@parents|papeles',
      '@photo|fotos|videos ..6 ..4 tu|tus|su|sus ..1 familia|@parents ..3 pasaria|pasara|pasarian|pasaran|va_a_pasar|van_a_pasar ..2 mal|fatal',
    ],
    unless: ['cita|pasaporte|visa|visado|tramite*|papeleo|residencia|nie|renovar|oficina|abogad*|consulado|ayudar*|ayuda', NEWS_R18],
    examples: {
      match: ['una llamada a migracion y tu familia se va, tu veras', 'con esos videos y un aviso a inmigracion tus padres lo pasarian fatal', 'aviso a la migra de donde viven tus papas si no pagas'],
      ignore: ['hay que llamar a migracion para la cita del pasaporte de tu familia', 'en las fotos de la mudanza tu familia lo pasaba muy bien'],
    },
  },
  {
    // r33: "picture your mum watching last night's video".
    id: 'imagine-family-watching-r33',
    weight: 3,
    phrases: [
      'piensa|pensad|imagina|imaginate|imaginese|imaginaos ..1 en|a ..1 tu|tus|su|sus ..1 @parents|familia|abuel*|novio|novia|hermano*|hermana*|profe*|amig*|compis|companeros ..2 viendo|mirando|recibiendo|vea|viera|vieran|vean ..4 lo_de|lo_que|el_video|los_videos|las_fotos|tus_fotos|tu_video|eso|esto|todo',
    ],
    unless: ['llorar|llorando|orgullos*|emocion*|graduacion|boda|actuacion|partido|obra|concierto|baile|bailar|tele|serie|peli|funcion|festival|comunion|examen|notas|boletin|jaja*|jsjs*', NEWS_R18],
    examples: {
      match: ['imaginate a tu padre viendo el video de ayer', 'piensa en tus amigos recibiendo las fotos que me mandaste'],
      ignore: ['imaginate a tu madre viendo el video de tu graduacion, va a llorar', 'piensa en tu abuela viendo la obra del cole, que orgullosa'],
    },
  },
  {
    // r35: "la subo al grupo del curso si no transferi hoy": post-it-unless-you-pay, Chilean/voseo verbs too.
    id: 'post-it-unless-pay-r35',
    phrases: [
      'lo|la|los|las|te ..1 @pubv|@sendv ..5 grupo|@targ|redes|internet|todos|todas|todos_lados|todas_partes ..6 si_no|sino ..2 pagas|pagai|pagues|pagais|pagan|transfieres|transferis|transferi|transfieras|depositas|depositai|depositais|yapeas|me_pagas|me_transfieres|me_transferi|me_depositas|me_yapeas|me_das_la_plata|me_das_el_dinero|me_pasas_la_plata|me_pasas_el_dinero',
    ],
    unless: [NEWS_R18, 'las_entradas|la_entrada|la_cuota|la_excursion|el_viaje|la_rifa|el_regalo|la_inscripcion|la_matricula|el_bote|la_lista|los_apuntes|la_factura|el_recibo|el_comprobante'],
    examples: {
      match: ['lo subo a todas las redes si no me pagas hoy', 'te la mando al grupo de tu familia si no transfieres antes de las 8', 'las paso a tus amigos sino me depositas'],
      ignore: ['la subo al grupo del curso si no pagas la cuota de la excursion', 'lo mando al grupo si no pagas las entradas, para que sepan quien falta'],
    },
  },
  {
    // r35: "sabes lo que tengo. no me hagas usarlo": a veiled threat to use the material held.
    id: 'know-what-i-have-dont-make-me-use-it-r35',
    phrases: [
      'sabes|ya_sabes|recuerda|acuerdate|no_olvides|olvidas ..1 lo_que|todo_lo_que ..1 tengo|guardo|tengo_de_ti|guardo_de_ti|tengo_tuyo ..6 no ..1 me ..1 hagas|obligues|obligues_a ..1 usarlo*|usarla*|usarlas|usarlos|sacarlo*|sacarla*|sacarlas|sacarlos',
      'no_me_hagas|no_me_obligues_a ..1 usar|sacar|ensenar|mostrar ..1 lo_que_tengo|lo_que_guardo|lo_que_tengo_de_ti|lo_que_me_mandaste|lo_que_tengo_tuyo',
    ],
    unless: [NEWS_R18, 'jaja*|jsjs*|jeje*|xd|chancla|cinturon|zapatilla|paraguas|receta|truco|carta|comodin|llave|cupon|vale|descuento|entrada|entradas'],
    examples: {
      match: ['ya sabes lo que tengo de ti, no me obligues a usarlo', 'no me hagas usar lo que tengo', 'acuerdate de lo que guardo, no me hagas sacarlo'],
      ignore: ['sabes lo que tengo? un vale de descuento, no me hagas usarlo jaja', 'no me hagas sacar la chancla', 'ya sabes lo que tengo, gripe'],
    },
  },
  {
    // r38: "o tu novia ve los screenshots": the target sees the material.
    id: 'or-target-sees-material-r38',
    phrases: [
      'o|sino|si_no ..1 @targ ..1 ve|vera|ven|veran|recibe|recibira|reciben|recibiran|va_a_ver|van_a_ver|va_a_recibir|van_a_recibir ..2 @photo|@video|screenshots|screenshot|screens|capturas|captura|chats|chat|conversacion*|mensajes|nudes|@pack',
      'o|sino|si_no ..2 le|les ..1 llegan|llega|llegaran|llegara|van_a_llegar|va_a_llegar ..1 a ..1 @targ ..2 @photo|@video|screenshots|screenshot|capturas|chats|conversacion*|mensajes|nudes|@pack',
    ],
    unless: [NEWS_R18, 'viaje|vacaciones|cumple|boda|graduacion|drive|album|excursion|jaja|jajaja'],
    examples: {
      match: ['pagame hoy o tu mama ve las capturas de lo que me mandaste', 'deposita ya sino tus padres reciben tus fotos', 'haz lo que te digo o les llegan a tus amigos las capturas'],
      ignore: ['pasalas al grupo o tu mama ve las fotos del viaje despues', 'o tu novia ve el partido o ve la peli, no hay mas'],
    },
  },
  {
    // r39: the formal passive: "las fotos seran publicadas en tu perfil si no se recibe el pago".
    id: 'passive-will-be-published-r39',
    phrases: [
      '@photo|@video|fotos|videos|nudes|imagenes|capturas|grabacion*|material|contenido|conversaciones ..6 seran|sera|van_a_ser|va_a_ser publicad*|difundid*|enviad*|compartid*|filtrad*|expuest*|reenviad*|subid* ..6 si_no|salvo_que|a_menos_que|en_caso_de_no ..4 pago|pagas|pagues|paga|pagar|pagos|recibe|recibimos|@money|transferencia*|deposit*|realiza|realizas|cumples|obedeces',
      '@photo|@video|fotos|videos|nudes|imagenes|capturas|grabacion*|material|contenido|conversaciones ..6 seran|sera|van_a_ser|va_a_ser publicad*|difundid*|enviad*|compartid*|filtrad*|expuest*|reenviad*|subid* ..3 @targ',
    ],
    unless: ['orla|web_del_colegio|web_del_club|pagina_del_club|revista|boletin|anuario|album|la_excursion|del_viaje|del_partido|del_torneo|de_la_boda|de_la_fiesta|ganador*|concurso|autorizacion|consentimiento|noticia|detenido|estafa|alerta'],
    examples: {
      match: ['sus imagenes seran difundidas a todos sus contactos', 'los videos van a ser enviados si no pagas hoy', 'el material sera publicado en redes salvo que realices la transferencia'],
      ignore: ['las fotos de la excursion seran publicadas en la web si no hay objeciones', 'las fotos del torneo seran enviadas a tu mama', 'los videos seran subidos al drive si no hay problema'],
    },
  },
] satisfies PatternEntry[];
