import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'fake-nudes',
    phrases: [
      'hare|hago|hacer|crear|creare|creo|fabrico|fabricar ..3 @photo|@video|fotos|videos|nudes|montaje ..2 falso*|falsa*|fake|trucad*|editad* ..2 tuy*|de_ti|contigo|con_tu_cara',
      'con tus|tu @foto|fotos|cara ..4 hago|hare|creo|creare|genero|hacer|crear ..2 nudes|desnud*|porno|pack|fotos_desnud*',
      'poner|pongo|pondre|pegar|pego|pegare|meter|meto|montar|monto ..3 tu ..1 cara|carita|foto|cabeza ..4 porno|desnud*|@pack|xxx|cuerpo|cuerpos|otra|otro|fotos|videos|video',
      'montaje*|fotomontaje*|deepfake*|deep_fake|photoshop*|fotoshop|trucad* ..5 desnud*|porno|xxx|@pack|tuy*|de_ti|tu_cara|contigo',
      'desnud*|porno|xxx|nudes ..4 con ..1 photoshop*|fotoshop|ia|inteligencia_artificial|montaje|deepfake|edicion|editor|app',
      'crear|creo|creare|hacer|hago|hare|generar|genero|generare|fabricar|fabrico|editar|edito|editare|montar ..3 @photo|@video|montaje*|nudes|pack ..3 tuy*|de_ti|con_tu_cara|con_tu_foto|con_tus_fotos|falsa*|falsos ..4 desnud*|porno|xxx|@pack|ia|inteligencia_artificial|photoshop*',
      'editar*|edito|editare|modificar*|modifico|retocar*|retoco ..2 tus|tu|su|sus ..1 @photo|@video|fotos|cara ..6 desnud*|porno|xxx|@pack|sin_ropa|en_pelotas|en_bolas',
      '@photo|@video|fotos|montaje|edicion ..4 para ..1 que ..1 parezca|parezcas|se_vea|se_vean|salgas|aparezcas ..3 desnud*|en_pelotas|en_bolas|sin_ropa|en_ropa_interior|porno|haciendo_cosas',
      'ia|inteligencia_artificial|photoshop|fotoshop|app|montaje ..3 te|tus ..2 desnudo|desnudare|desnudar*|desvisto|desvisto|quito_la_ropa',
      'te|tus ..2 desnudo|desnudare|desnudar*|desvisto ..3 ia|inteligencia_artificial|photoshop|fotoshop|app|montaje|deepfake',
      'app|ia|programa|bot|pagina|web que ..1 desnuda|desnudan|quita_la_ropa|quitan_la_ropa|desviste',
      'aunque no ..3 mandes|mandas|envies|pases ..4 puedo|voy_a|igual ..2 crear|hacer|generar|fabricar|editar|inventar',
      'hacer|hago|hare|puedo_hacer|voy_a_hacer|podria_hacer ..1 que|q ..1 salgas|aparezcas|parezcas|se_te_vea|te_vean|se_vea ..3 desnud*|en_pelotas|en_bolas|sin_ropa|en_ropa_interior|porno|en_un_porno|haciendo_cosas',
      'cara|foto|fotos|video|videos|porno|desnud*|montaje|ia ..6 nadie ..3 notar|notara|va_a_notar|sabra|va_a_saber|se_dara_cuenta|darse_cuenta|distinguir ..2 que ..1 es|son|sea|sean ..1 falso|falsa|falsos|falsas|fake|montaje|editad*',
      'nadie ..3 saber|sabra|va_a_saber|notar|notara|va_a_notar|darse_cuenta|se_dara_cuenta|creer|creera|va_a_creer ..2 que ..1 son|sean ..1 falsas|editadas|montajes|fake|de_ia|hechas_con_ia',
      'edit*|retoc*|modific*|montaj*|photoshop*|fotoshop|ia|inteligencia_artificial|programa|app|aplicacion|deepfake* ..6 pareces|parezcas|parezca|parece|salgas|sales|saldras|quedas|quedes|apareces|aparezcas|se_te_vea|se_vea|te_vean|te_ves|estas|estaras ..1 desnud*|en_bolas|en_pelotas|sin_ropa|en_ropa_interior|en_porno|en_un_porno|haciendo_porno|en_pelota|encuerad*',
      'hacerte|te_hago|te_hare|crearte|te_creo|te_monto|hacer ..2 un|una|unos|unas ..1 deepfake*|deep_fake|deepfakes',
      'deepfake*|deep_fake|montaje*|fotomontaje*|photoshop*|fotoshop|ia|inteligencia_artificial ..6 nadie ..2 sabra|va_a_saber|notara|va_a_notar|creera|va_a_creer|se_dara_cuenta ..2 que ..1 no ..1 eres|seas|es ..1 tu|real',
      'quien|nadie ..2 va_a_creer|creera|creeria|cree|creeran|van_a_creer|se_va_a_creer|va_a_pensar|pensara ..2 que ..1 son|es|sean|sea ..1 montaje*|falso*|falsa*|fake|editad*|de_ia|mentira|trucad*|hechas_con_ia|hecho_con_ia|photoshop*',
      'te ..1 pongo|pondre|dejo|dejare|pinto ..2 desnud*|sin_ropa|en_bolas|en_pelotas|en_ropa_interior ..4 ia|inteligencia_artificial|photoshop|fotoshop|app|programa|montaje|editando|edicion',
      'ia|inteligencia_artificial|photoshop|fotoshop|app|programa|montaje ..4 te ..1 pongo|pondre|dejo|dejare ..2 desnud*|sin_ropa|en_bolas|en_pelotas|en_ropa_interior',
      'aunque|da_igual_que|no_importa_que|no_importa_si ..1 sea|sean|es|son ..1 falso|falsa|falsas|falsos|fake|montaje|mentira|editad* ..6 creer|creeran|creera|van_a_creer|va_a_creer|pensar|pensaran|pensara|van_a_pensar|va_a_pensar ..3 tu|tuya|tuyas|tuyo|tuyos|de_ti|eres|que_eres|real|verdad',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'meme|sticker|filtro_de|cumple|felicitacion|broma_del|dibujo|trabajo|para_clase|para_la_clase|en_clase|proyecto|reportaje|noticia*|delito|ley|detuvieron|detenido*|investigacion|bulo*|rumor*|bolso|zapatillas|billete*|dni|carnet|gafas|firma*|notas|entradas|monedas|unas|pestanas|pelo|flores|plantas|joyas|pendientes|perlas|bambas|camisetas'],
    examples: {
      match: ['nadie va a saber que son falsas', 'con IA puedo hacer q salgas desnuda en un video', 'puedo hacer que aparezcas desnuda en un porno', 'pongo tu cara en un video y nadie va a notar que es falso', 'da igual que sea un montaje, van a pensar que eres tu', 'con ia te desnudo', 'te desnudo con una app', 'voy a poner tu cara en fotos porno con photoshop y las subo', 'puedo crear fotos tuyas desnuda con ia', 'hago un montaje porno con tu cara', 'edito tus fotos y te dejo desnuda', 'voy a editar tus fotos para que parezca que estas en pelotas', 'hago un montaje para que parezcas desnuda', 'aunque no me mandes nada puedo hacer fotos falsas tuyas', 'voy a hacer fotos tuyas desnudo con una app y las mando a tu grupo de clase', 'tengo fotos de tu insta. con un programa las edito y pareces desnuda', 'y quien va a creer que son montajes', 'con la ia te pongo sin ropa y nadie lo va a notar', 'te dejo en ropa interior con photoshop', 'las paso por una app y sales desnuda', 'puedo hacerte un deepfake, nadie sabra que no eres tu'],
      ignore: ['nadie va a saber que son falsas las entradas', 'vi el reportaje: con IA hacen que salgan desnudas chicas y es delito', 'nadie va a notar que es falso el bolso', 'aunque sea falso todos lo van a creer, es un bulo', 'te pongo la cara en el meme jaja', 'edito las fotos del viaje', 'hice un montaje para el trabajo de clase', 'con este filtro de la app pareces un gato', 'quien va a creer que son falsas las zapatillas', 'la app esa de ia que desnuda es delito, salio en la noticia', 'con la peluca nadie sabra que no eres tu'],
    },
  },
  {
    id: 'your-face-plus-editing',
    phrases: [
      'tu ..1 cara|carita|foto|fotos|selfie|selfies ..4 photoshop*|fotoshop|ia|inteligencia_artificial|montaje|deepfake*|edicion|editor|app ..6 arruina|arruinar*|destroza|destrozar*|hunde|hundir*|acaba_con|acabar_con|porno|xxx|desnud*|sin_ropa|en_bolas|en_pelotas',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|xd|lol|meme|memes|filtro|filtros|sticker*|avatar|caricatura|dibujo|anime|pelo|maquillaje|corte|orla|dni|carnet|perfil_del|cumple|fiesta|tarjeta|felicitacion'],
    examples: {
      match: ['con tu cara y un poco de photoshop hago un video que arruina tu vida', 'tu foto mas la ia y sales desnuda, facilisimo'],
      ignore: ['tu cara con el filtro de la ia parece anime jaja', 'tu foto con photoshop para la orla queda genial'],
    },
  },
  {
    id: 'make-it-look-like-you',
    phrases: [
      'hacer|hago|hare|puedo_hacer|puedo ..1 que ..1 parezca|parezcan|pareciera ..1 que ..1 eres|seas|sos|sales|salgas|estas|estes ..1 [tu|vos] ..6 desnud*|porno|@pack|subido_de_tono|subida_de_tono|subidos_de_tono|subidas_de_tono|en_la_cama|teniendo_sexo|haciendo_cosas|sin_ropa|en_ropa_interior',
      'te ..1 pongo|meto|pego|monto|pondre|metere|hago_aparecer|hare_aparecer ..3 en ..1 un|una|unos|unas ..1 @video|@foto|fotos|videos ..2 porno|desnud*|subido*_de_tono|subida*_de_tono|xxx|hot|@pack',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'disfraz|meme|memes|pelicula|peli|serie|tiktok_de|filtro_de|jaja*|haha*|jsjs*|cumple|viaje|album|orla|montaje_del|trabajo|proyecto|clase'],
    examples: {
      match: ['puedo hacer que parezca que eres tu en un video subido de tono, la IA hace maravillas', 'hago que parezca que sales tu desnuda en las fotos', 'puedo hacer que parezca que estas desnuda en una foto', 'te pongo en un video porno con la ia'],
      ignore: ['puedo hacer que parezca que eres tu en el video del cumple jaja', 'puedo hacer que parezca que eres tu en el video del cole', 'te pongo en un video del viaje'],
    },
  },
  {
    id: 'ai-edit-of-you-r9',
    phrases: [
      'te|tu ..1 hice|hare|voy_a_hacer|estoy_haciendo|hago|hicimos ..1 un|una ..1 edit|edicion|montaje|deepfake|fake|foto_falsa|video_falso ..4 cochin*|guarr*|desnud*|porno|hot|xxx|sexual*|sin_ropa|subid*|sucio|sucia|picante*',
      'con ..1 ia|inteligencia_artificial|photoshop|una_app|un_programa ..4 te ..1 desnudo|desnudare|desnudaria|quito_la_ropa|quitare_la_ropa|dejo_sin_ropa|pongo_sin_ropa|dejo_desnuda|dejo_desnudo',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'meme|memes|cumple|felicitacion|sticker*|gracioso|graciosa|broma|chiste|disfraz|dibujo|anime|avatar|sombrero|bigote'],
    examples: {
      match: ['te hice un edit con IA bien cochino y lo voy a subir', 'con IA te desnudo en dos minutos', 'te voy a hacer un montaje porno'],
      ignore: ['te hice un edit con IA para tu cumple, es un meme', 'te hice un montaje con bigote jaja para el sticker'],
    },
  },
  {
    id: 'ai-undress-r10',
    phrases: [
      'tu ..1 cara|carita ..6 lo|la|las|los|todo ..3 hizo|hice|genero|genere|edito|edite|creo|cree ..2 la ..1 ia|inteligencia_artificial|app|aplicacion',
      'el_cuerpo|lo_demas|desnuda|desnudo|sin_ropa ..3 lo|la ..1 hizo|hice|genero|genere|edito|edite ..2 la ..1 ia|inteligencia_artificial|app|aplicacion',
      'ia|inteligencia_artificial|app|aplicacion|bot|pagina ..2 de|para|que ..1 desnudar|desnuda|desnudo|quitar_la_ropa|quitarte_la_ropa|quitar_ropa',
      'con ..3 ia|inteligencia_artificial ..4 desnud*|sin_ropa|te_las_dejo|te_dejo|@pack',
      '@pubv|@sendv|pongo|pondre ..2 las|los ..1 falsas|falsos|editadas|editados|fake|fakes|trucadas|trucados|montajes',
      'hacer|hare|hago|voy_a_hacer ..1 que ..1 parezca|parezcan ..1 que ..1 eres|seas|sos|estas ..1 tu|vos',
    ],
    unless: ['sesion|link_privado|enlace_privado|wetransfer|retocad*|alta_resolucion|en_alta|de_la_boda|del_evento|cliente|clientes|album_digital|en_10_dias|dias_habiles', 'la_noticia|las_noticias|noticiero|reportaje|documental|charla|sextorsion|victima*|no_pagues|me_llego_esto|dicen_que|lei_que|en_clase|la_profe|el_profe|ilegal|delito|denunciar|filtro|filtros|meme|memes|anime|avatar|trabajo|deberes|tarea|redaccion|ensayo|dibujo|logo|cancion|musica'],
    examples: {
      match: ['tu cara es, lo demas lo hizo la ia jaja. se ve bien real no?', 'con las de tu perfil ya alcanza para la ia de desnudar', 'o me mandas las de verdad o subo las falsas al grupo del curso', 'con una app de IA te las dejo sin ropa', 'voy a hacer que parezca que eres tu en esas fotos'],
      ignore: ['Despues de la sesion les envio las fotos editadas por un link privado en 10 dias', 'lo hizo la ia, el trabajo de lengua jaja', 'viste la noticia de la app de desnudar con ia? es un delito', 'el dibujo lo hizo la ia, mira q avatar'],
    },
  },
  {
    id: 'edit-as-if-naked-r11',
    phrases: [
      'edit*|retoc*|modific*|photoshop*|fotoshop|ia|inteligencia_artificial|app|aplicacion|programa ..6 quedas|quedes|quedarias|sales|salgas|saldrias|pareces|parezcas|parecerias|dejo|dejare|pongo|pondre ..2 como|como_si ..2 estuvieras|estuvieses|fueras|anduvieras ..1 desnud*|sin_ropa|en_bolas|en_pelotas|en_ropa_interior|sin_nada|encuerad*',
      'te_la|te_las|te_lo|te_los ..1 edito|editare|retoco|modifico|arreglo|desnudo|paso_por ..6 desnud*|sin_ropa|en_bolas|en_pelotas|en_ropa_interior|sin_nada|encuerad*',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|delito|ley|me_dijo|me_dijeron', 'meme|sticker|filtro_de|cumple|dibujo|trabajo|proyecto|bolso|zapatillas|muneca|muneco|avatar|personaje|skin'],
    examples: {
      match: ['tengo tu foto de perfil. con una app te la edito y quedas como si estuvieras sin ropa, queres que lo haga?', 'con ia sales como si estuvieras desnuda', 'con una app te dejo como si estuvieras desnuda', 'te las edito y te dejo sin ropa'],
      ignore: ['con la app te la edito y quedas como si estuvieras en la playa', 'vi en la noticia que con ia sales como si estuvieras desnuda, es delito'],
    },
  },
  {
    id: 'edit-one-with-your-face-r12',
    phrases: [
      'edito|editare|editar|hago|hare|hacer|monto|montare|armo|armare|creo|creare|genero|generare ..3 una|unas|uno|unos|foto|fotos|video|videos|nudes|pack ..4 con ..1 tu cara|tu_carita|tu_rostro|tu_foto|tus_fotos',
      'app|aplicacion|ia|ai|inteligencia_artificial|bot ..2 que|q ..1 desnuda|desviste|quita_la_ropa ..6 tu|tus|la_tuya|las_tuyas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'cumple|meme|memes|sticker*|filtro|regalo|jaja*|jsjs*|album|postal|tarjeta_de|collage|invitacion'],
    examples: {
      match: ['si no me mandas le digo a todos q me mandaste una y edito una con tu cara', 'hago unas fotos con tu cara y las paso', 'tengo una app de ia que desnuda fotos, la tuya queda muy real'],
      ignore: ['edito una foto con tu cara para tu cumple jaja', 'hago un meme con tu cara', 'vi en las noticias una app de ia que desnuda fotos, que miedo'],
    },
  },
  {
    id: 'ai-undress-q-forms-r13',
    weight: 5,
    phrases: [
      'app|aplicacion|programa|bot|ia|pagina|web ..2 que|q|k ..1 desviste|desnuda|desnudan|desvisten|quita_la_ropa|quitan_la_ropa ..6 tu|tus ..1 foto|fotos|cara|selfie|perfil|instagram|video',
      'hice|tengo|cree|genere|arme|hicimos ..2 montajes|montaje|fotomontaje*|deepfake*|fakes|edits ..2 tuy*|de_ti|con_tu_cara ..4 desnud*|@pack|porno|sin_ropa|inteligencia_artificial|ia|reales|real',
      'te ..1 pongo|pego|meto|monto|pondre|pegare ..1 la|tu ..1 cara|carita|cabeza ..2 en ..1 un|una|unos|unas|videos|fotos|el|la ..1 porno|desnud*|xxx|@pack|video_porno|peli_porno',
      'con ..1 una|la|esta ..1 app|aplicacion|ia|inteligencia_artificial ..4 te ..1 desnudo|desvisto|pongo_desnud*|dejo_desnud*|quito_la_ropa',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|sextorsion|victima*|segun_la_policia|alerta|no_pagues|me_llego_esto|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|la_serie|la_peli|la_pelicula', 'meme|sticker|cumple|felicitacion|dibujo|para_clase|en_clase|proyecto|delito|ley|prohibid*|ilegal|detuvieron|detenido*|investigacion|bulo*|denunciar|denuncia|cuidado|ojo_con'],
    examples: {
      match: ['tengo una app de IA q desviste a la gente, probe con tu foto del insta y quedo filete jaja', 'ya hice unos montajes tuyos desnuda con inteligencia artificial, quedan re reales', 'con una app de IA te pongo la cara en un porno y lo mando a tu escuela', 'hay una web q desnuda cualquier foto, ya subi tu selfie'],
      ignore: ['ojo con esa app de IA q desnuda fotos, es ilegal', 'te pongo la cara en un meme del cumple jaja', 'en la charla dijeron q hay apps q desnudan tus fotos, cuidado'],
    },
  },
  {
    id: 'made-dirty-edits-from-yours-r14',
    phrases: [
      'con ..1 tus|tu ..1 fotos|foto|cara|selfies|videos ..6 arme|hice|cree|genere|prepare|monte|edite ..2 unas|unos|un|una ..1 edit|edits|edicion|ediciones|montaje|montajes|fake|fakes|deepfake*|fotos|videos ..3 cochin*|guarr*|desnud*|porno|hot|xxx|sucias|sucios|picantes|@pack',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'meme|memes|cumple|felicitacion|sticker*|broma|chiste|disfraz|dibujo|anime|avatar'],
    examples: {
      match: ['con tus fotos del insta ya me arme unas edits bien cochinas, si no quieres q circulen ya sabes q hacer', 'con tu cara hice unos videos porno con ia'],
      ignore: ['con tus fotos del insta me arme unos edits re lindos para tu cumple', 'con tu cara hice unos stickers picantes jaja meme'],
    },
  },
  {
    id: 'montage-and-upload-r14',
    phrases: [
      'te ..1 voy_a_hacer|hago|hare|hice|voy_a_montar|monto ..1 un|una|unos|unas ..1 fotomontaje*|montaje*|deepfake*|edit|edits|fake|fakes ..6 lo|la|los|las ..1 subo|publico|mando|paso|difundo|@pubv|@sendv',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'meme|memes|cumple|felicitacion|sticker*|broma|chiste|disfraz|dibujo|anime|avatar|graduacion|orla|tiktok_de|boda|viaje|jaja*|jsjs*|xd|lol|regalo|aniversario'],
    examples: {
      match: ['te voy a hacer un fotomontaje y lo subo', 'te hago un montaje y lo paso a tu clase', 'te hice unos fakes y los publico si no pagas'],
      ignore: ['te hago un montaje para tu cumple y lo subo a tiktok', 'te hice un edit y lo subo, es regalo de aniversario'],
    },
  },
  {
    id: 'make-some-with-editor-r15',
    phrases: [
      'te_hago|te_hare|hago|hare|te_creo|creo ..3 unas|unos|una|uno|fotos|videos ..2 con ..1 photoshop*|fotoshop|ia|la_ia|inteligencia_artificial|una_app|la_app|deepfake ..6 @pubv|@sendv|desnud*|@pack',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'logo|portada|poster|cartel|meme|memes|invitacion*|tarjeta*|cumple|boda|album|trabajo|tarea|proyecto|perfil_profesional'],
    examples: {
      match: ['si no me mandas fotos de verdad te hago unas con photoshop y las subo con tu nombre'],
      ignore: ['te hago unas fotos con photoshop para la invitacion del cumple', 'te hago unas fotos con la ia para tu perfil de linkedin', 'nadie va a saber que es falso el billete del juego'],
    },
  },
  {
    id: 'ai-made-imagine-if-they-see-r15',
    phrases: [
      'ia|inteligencia_artificial|photoshop*|fotoshop|deepfake*|montaje*|editad*|trucad* ..6 imaginate|imagina|imaginese|imaginatelo|piensa ..2 si|que_pasaria_si|lo_que_pasaria_si ..3 llega|llegara|llegan|llegaran|ve|viera|vieran|ven|vea|vean|sale|saliera|circula ..3 @targ',
      'nadie_va_a_saber|nadie_sabra|nadie_notara|nadie_se_va_a_dar_cuenta|ni_se_nota|se_ven_reales|parecen_reales|se_ve_real|parece_real ..4 que|q ..1 son|es ..1 fake|montaje*|editad*|de_ia|hecha_con_ia|hechas_con_ia|hechos_con_ia',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|xd|lol|tio|tia|abuela|abuelo|boda|cumple|meme|memes|pelicula|peli|serie|trabajo|tarea|clase|proyecto|billete*|dinero|juego|moneda*|documento*|cartel|poster|logo'],
    examples: {
      match: ['la app de IA hace magia. imaginate si le llega a tu mama o al grupo del colegio', 'con photoshop quedo perfecta, imaginate si la ven tus amigos', 'las subo con tu nombre, total nadie va a saber q son fake'],
      ignore: ['con la ia hicimos un video del tio bailando, imaginate si le llega a la abuela', 'el meme quedo tan bien que nadie va a saber que es fake jaja'],
    },
  },
  {
    id: 'put-you-in-adult-video-r16',
    phrases: [
      'meter|poner|pegar|meto|pongo|pego|meterte|ponerte|pegarte ..3 en|a ..1 un|una|unos|unas ..1 video|foto|videos|fotos|peli ..1 porno|xxx|de_adultos|para_adultos|guarro|guarra|guarros|hot|xxx ..3 con_tu_cara|tu_cara|a_ti',
      'tu_cara ..3 en|a ..1 un|una ..1 video|foto|peli ..1 porno|xxx|de_adultos|para_adultos',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|sextorsion|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_diciendo|la_serie|una_serie|la_peli|la_pelicula|capitulo|amenazan|amenazaban|amenazaron|amenazaba|amenazando|lo_denunciaron|lei_que', 'meme|memes|sticker|stickers|gif|filtro|disfraz|cumple|broma_de'],
    examples: {
      match: ['te voy a meter en un video porno con tu cara', 'voy a poner tu cara en un video para adultos'],
      ignore: ['te voy a poner la cara en un meme jaja'],
    },
  },
  {
    id: 'edit-you-naked-r17',
    phrases: [
      'editar*|edito|editare|retocar*|retoco|pasar*|paso ..4 en|a ..1 desnud*|encuerad*|en_bolas|en_pelotas|sin_ropa',
      'puse|pusimos|meti|pegue|monte ..2 tu|la ..1 cara|carita|cabeza ..4 video|videos|fotos|porno|xxx|desnud*',
    ],
    unless: ['meme|sticker|gato|orejas|bigote|perrito|reportaje|noticia*|sextorsion'],
    examples: {
      match: ['voy a agarrar tu foto del insta y la voy a editar en desnudo', 'te puse la cara en un video xxx, queda igualito', 'la edito a desnuda con una app'],
      ignore: ['te puse la cara en un meme de gato jaja', 'edita la foto en blanco y negro'],
    },
  },
  {
    id: 'ai-takes-your-clothes-off-r18',
    phrases: [
      'ia|inteligencia_artificial|app|aplicacion|bot|programa|editor ..6 te ..1 puedo|puedes|voy_a|vamos_a|podemos ..1 quitar|sacar|borrar ..1 la ..1 ropa',
      'te ..1 quito|saco|borro|quitare|sacare ..1 la ..1 ropa ..4 con ..1 la|una ..1 ia|app|aplicacion|inteligencia_artificial|editor|photoshop',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|lei_que|lei_en|segun_la_policia|la_policia_dice|me_llego_esto|me_escribieron_esto|me_mandaron_esto|la_serie|la_peli|la_pelicula|es_ilegal|es_delito|denuncia*|cuidado|ojo_con|no_uses|prohibid*', 'mancha|lavar|lavadora|fondo|arrugas|pelusa|juego|avatar|personaje|skin|sims|muneco|muneca|barbie|maniqui'],
    examples: {
      match: ['con la ia te puedo quitar la ropa de la foto que subiste', 'te quito la ropa con una app y lo ves'],
      ignore: ['con la app te puedo quitar la ropa del avatar del juego', 'ojo con esa app que te quita la ropa, es delito'],
    },
  },
  {
    id: 'fake-profile-with-your-pics-r21',
    phrases: [
      'me_hago|hago|creo|me_creo|abro|hare|creare|abrire|voy_a_hacer|voy_a_crear|voy_a_abrir ..1 una|un|otra|otro ..1 cuenta|perfil|instagram|tiktok|fake|perfil_falso|cuenta_falsa ..3 con ..1 tus ..1 fotos|videos|fotitos|cara|nombre|datos',
      'me_hago_pasar_por_ti|hacerme_pasar_por_ti|me_hare_pasar_por_ti|me_hago_pasar_por_vos|hacerme_pasar_por_vos ..6 @pack|fotos|escribo|escribire|hablo|hablare|mando|mandare|pido|pedire',
    ],
    unless: ['fan|fanpage|fanaccount|fans|memes|dibujos|arte|cumple|sorpresa|homenaje|recuerdo|boda|album|aniversario'],
    examples: {
      match: ['si me bloqueas me hago una cuenta con tus fotos y le escribo a todas tus compañeras', 'voy a crear un perfil falso con tus fotos', 'me hago pasar por ti y le mando fotos a tus amigos'],
      ignore: ['me hago una cuenta fan con tus fotos de los conciertos', 'hago un album con tus fotos para tu cumple, sorpresa', 'me hago una cuenta nueva con mi nombre'],
    },
  },
  {
    id: 'ran-your-pic-through-the-bot-r22',
    phrases: [
      'la|lo|las|los|tu_foto|tus_fotos|tu_cara ..1 pasamos|pase|pasare|pasaremos|meti|metimos|meto ..1 por ..1 el_bot|la_ia|una_ia|la_app|una_app|inteligencia_artificial ..6 desnud*|sin_ropa|en_bolas|real|nadie|todos|todas|@targ',
      'pase|pasamos|pasare|meti|metimos ..1 tu_foto|tus_fotos|tu_cara|tu_selfie ..1 por ..1 el_bot|la_ia|una_ia|la_app|una_app|inteligencia_artificial ..6 desnud*|sin_ropa|en_bolas|real|nadie|todos|todas|@targ',
    ],
    unless: ['anime|ghibli|caricatura|dibujo|pixar|disney|meme|sticker|avatar|jaja*|jeje*|tarea|traductor|traducir|la_noticia|reportaje|sextorsion|cuidado|ojo'],
    examples: {
      match: ['la pasamos por el bot. queda super real. nadie va a saber q es IA', 'pase tu foto por una app y te deja sin ropa'],
      ignore: ['pase tu foto por la ia y quedaste de anime', 'la pasamos por el traductor, nadie entiende nada'],
    },
  },
  {
    id: 'ill-edit-you-with-ai-r24',
    phrases: [
      'te ..1 voy_a|vamos_a|puedo ..1 editar|editarte|photoshopear|desnudar|deepfakear|montar ..3 con|en|por ..1 ia|photoshop|una_app|app|inteligencia_artificial ..6 pasar|mandar|subir|publicar|ensenar|todo|todos|@targ|fotos|desnud*|sin_ropa',
    ],
    unless: ['meme|memes|cumple|video_del|edit_de|trend|filtro|anuario|orla|para_el_trabajo|proyecto|presentacion|jaja_es_broma'],
    examples: {
      match: ['te voy a editar con ia y pasar esas fotos a todo el colegio', 'te puedo desnudar con una app y mandarlo a tus amigos'],
      ignore: ['te voy a editar con ia para el meme del grupo jaja', 'te voy a editar en photoshop para la orla, mandame la foto'],
    },
  },
  {
    id: 'already-made-a-fake-profile-r25',
    phrases: [
      'hice|ya_hice|he_hecho|cree|ya_cree|he_creado|abri|ya_abri|he_abierto|tengo ..1 una|un|otra|otro ..1 cuenta|perfil|instagram|tiktok|facebook ..2 falso|falsa|fake|trucho|trucha ..3 con ..1 tu|tus ..1 fotos|videos|fotitos|cara|nombre|datos',
      'perfil_falso|cuenta_falsa|perfil_fake|cuenta_fake ..3 con ..1 tu|tus ..1 fotos|cara|nombre ..6 mandar|mando|mandare|voy_a_mandar|escribir|escribo|agregar|agrego|solicitud|solicitudes ..2 a ..1 @targ|todos|todas',
    ],
    unless: ['fan|fanpage|fanaccount|fans|memes|dibujos|arte|cumple|sorpresa|homenaje|recuerdo|boda|album|aniversario|denuncia|denunciar|denuncie|reporta|reportad|reportalo|cuidado|ojo|alguien|me_hackearon|le_hicieron|te_hicieron'],
    examples: {
      match: ['Ya hice un perfil falso con tu nombre y tus fotos y voy a mandar solicitud a todos tus amigos.', 'he creado una cuenta fake con tus fotos', 'tengo un perfil falso con tu cara y le escribo a todos tus contactos'],
      ignore: ['ojo alguien hizo un perfil falso con mi nombre, reportadlo', 'te hicieron una cuenta falsa con tus fotos? denunciala', 'hice una cuenta fan con tus fotos del concierto'],
    },
  },
  {
    // r33: a fake profile made with the victim's pictures, saying she sells content.
    id: 'fake-profile-selling-content-r33',
    phrases: [
      'voy_a|vamos_a|puedo|podria|podemos|pienso ..1 hacer|hacerme|crear|crearme|abrir|abrirme|montar|montarme ..2 un|una|otro|otra ..1 perfil|cuenta|insta|instagram|tiktok|onlyfans ..4 con ..1 tus|tu ..1 fotos|foto|cara|nombre|videos|datos',
      'poner|pongo|pondre|decir|digo|dire|diciendo|publicar|publico|publicare|contar|contare ..3 que ..1 vendes|ofreces|subes|haces ..1 contenido|packs|pack|nudes|desnudos|onlyfans|fotos_hot|fotos_intimas|contenido_para_adultos|contenido_privado',
    ],
    unless: ['fan|fans|orla|cumple|homenaje|sorpresa|meme|club|equipo|proyecto|clase|album|recuerdo|gaming|juegos|maquillaje|recetas|viajes|ropa|cursos|youtube|tienda|negocio|emprendimiento'],
    examples: {
      match: ['me voy a crear una cuenta con tus fotos, a ver que piensan', 'voy a poner por todos lados que vendes packs', 'le dire a tu cole que vendes contenido'],
      ignore: ['vamos a hacer una cuenta con tus fotos del cumple para la sorpresa', 'voy a poner en la bio que vendes ropa de segunda mano'],
    },
  },
  {
    // r35: "la hice yo con tu cara, quedo real eh": a made-up picture from the victim's face, shown as real.
    id: 'made-it-with-your-face-looks-real-r35',
    phrases: [
      'hice|hize|arme|monte|cree|edite|genere|fabrique|hicimos ..4 con ..1 tu|su ..1 cara|carita|foto|fotos|selfie|selfies|cuerpo ..6 real|reales|de_verdad|parece_tuya|parecen_tuyas|pareces_tu|eres_tu|nadie|se_nota|no_se_nota|creible|creibles|original',
      'con ..1 tu|su ..1 cara|carita ..4 quedo|queda|quedaron|se_ve|se_ven|parece|parecen ..1 real|reales|de_verdad|tuya|tuyas|verdadera*',
    ],
    unless: ['sticker*|meme*|filtro|dibujo|caricatura|tarjeta|cumple|pastel|tarta|camiseta|taza|avatar|emoji|cartel|collage|album|regalo|jaja*|jsjs*|jeje*|xd'],
    examples: {
      match: ['la edite con tu cara y parece de verdad', 'con tu cara quedo super real, todos van a pensar que eres tu', 'hice esta foto con tu cara, nadie va a saber que no eres tu'],
      ignore: ['hice un sticker con tu cara, quedo real jaja', 'con tu cara en la taza quedo real, te va a encantar el regalo'],
    },
  },
  {
    // r38: "voy a editar tus fotos para que parezca que sales sin nada".
    id: 'edit-to-look-naked-r38',
    phrases: [
      'edit*|retoc*|modific*|photoshop*|fotoshop|montaj*|trucar|truco|trucare ..4 @photo|@video|fotos|foto|video*|cara ..6 parezca|parezcas|parece|salgas|sales|saldras|aparezcas|apareces|se_te_vea|te_vean|quedes ..2 sin_nada|sin_nada_puesto|en_cueros|encuerad*|en_pelota|en_pelotas|en_bolas|desnud*|sin_ropa|en_ropa_interior|en_calzones|en_bragas',
      'te ..1 voy_a|vamos_a ..1 dejar|poner|sacar ..1 sin_nada|sin_nada_puesto|en_cueros|en_pelotas|en_bolas ..4 ia|photoshop|fotoshop|app|montaje|edit*|@photo|fotos',
    ],
    unless: ['de_fondo|en_el_fondo|fondo|detras|alrededor|de_gente|borroso|filtro_de|meme|sticker|broma_del|dibujo|para_clase|proyecto|noticia*|reportaje'],
    examples: {
      match: ['voy a retocar tu foto del insta para que parezca que sales en pelotas', 'edito tus videos y va a parecer que sales sin nada puesto', 'te voy a dejar sin nada puesto con photoshop'],
      ignore: ['edite la foto de la playa para que salgas sin nada de gente de fondo', 'voy a editar tus fotos para que parezca que sales mas alta'],
    },
  },
] satisfies PatternEntry[];
