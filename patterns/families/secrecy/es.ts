import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dont-tell',
    phrases: [
      'no ..1 hace_falta|hay_que|hay_por_que|tienes_que|tienes_por_que|necesitas ..1 que ..1 digas|cuentes|comentes|menciones|expliques ..1 nada ..2 en_casa|a_nadie|a_tus|a_tu|@parents',
      'no ..1 digas|cuentes|comentes|menciones ..1 nada ..1 en_casa',
      'si ..2 pregunta|preguntan ..3 no ..1 me_conoces|nos_conocemos|sabes|hablamos|digas',
      'tu|tus @parents no ..3 saber|saberlo|sabe|enterarse|enterar|entenderian|entenderia|entienden|entenderan|entender|entenderlo',
      'no quiero que nadie ..2 sepa|se_entere|lo_sepa|nos_vea|sepa_de',
      'que no se entere|enteren ..2 tu|tus|nadie|@parents',
      'manten|mantenlo|mantenlo|guardalo|mantener|mantengamos ..2 en secreto',
      'no le|les|se|lo|la ..2 digas|cuentes|digan|cuenten|comentes|menciones|ensenes|muestres|dices|contes|digais|conteis|contar|decir|ensenar|mostrar|contarselo|decirselo ..3 nadie|@parents|amig*|profe*|novio|novia|policia|maestr*',
      'no ..1 digas|cuentes|comentes|menciones|dices nada ..2 nadie|@parents|amig*|profe*|de_mi|de_esto|de_nosotros|de_lo_nuestro',
      'no digas|cuentes|comentes|menciones nada',
      'no ..1 le|les|se_lo|se_la ..1 digas|cuentes|menciones|comentes ..2 de_mi|de_nosotros|lo_nuestro|que_hablamos|que_te_escribo|nada_de_mi',
      'no ..1 llames|llameis|avises|denuncies|vayas|acudas ..2 a ..1 la ..1 policia|poli|guardia_civil|pasma|carabineros|mossos|fiscalia',
      'ni una palabra ..2 nadie|@parents',
      'no digas|cuentes|menciones ..2 que hablamos|que_hablas|que_te_escribo|que_nos_conocemos|de_mi|de_nosotros|lo_nuestro|nuestra_conversacion',
      'que nadie se entere|sepa|lo_sepa',
      'sin que nadie|tus_padres|tus_papas|tu_mama|tu_papa|tu_familia ..2 sepa|sepan|se_entere|se_enteren|vea|vean|lo_sepa|nos_vea|nos_vean|las_vea|lo_vea|los_vea|las_vean|los_vean',
      'mejor|prefiero|preferiria ..2 que ..1 nadie ..2 sepa|se_entere|lo_sepa|nos_vea|sepa_que|se_entere_de',
      'nadie se va a enterar|saber',
      'esto|eso|lo_nuestro|esta_conversacion|este_chat ..1 no ..1 lo ..1 puede|debe|tiene_que ..1 saber|saberlo ..1 nadie',
      'nadie tiene_que|tiene_por_que|debe|puede ..1 saberlo|enterarse|saber_nada|saber_esto',
      'nadie se_entera|se_enterara|tiene_que_saber|debe_saber|tiene_que_enterarse|debe_enterarse|puede_saber|puede_enterarse|tiene_por_que_saber',
      'si [tus|tu|te] @parents|alguien|te pregunta|preguntan|pregunten ..3 di|dile|diles|dices|decis|deci ..1 que',
      'no ..1 hace_falta|hay_que|hay_por_que|tienes_que|tienes_por_que|necesitas|es_necesario ..1 que ..2 se_lo|se_la|le|les|lo|la ..1 digas|cuentes|comentes|menciones|ensenes|muestres ..2 nadie|@parents|tus_padres|tus_papas|tus_viejos|tu_madre|tu_padre|tu_mama|tu_papa|tu_familia|tus_amigas|tus_amigos',
      'no ..1 tienes_que|tienes_por_que|hace_falta|hay_que|necesitas ..1 contarselo|decirselo|contarle|decirle|contarles|decirles|contar|decir|ensenarselo|mostrarselo|ensenarle|mostrarle ..3 nadie|@parents|tus_padres|tu_madre|tu_padre|tu_mama|tu_papa|tu_familia|tus_papas|tus_viejos',
      'no ..1 hace_falta|hay_por_que|tienen_por_que|tiene_por_que|necesitan|necesita|es_necesario ..1 que ..1 @parents|tus_padres|tus_papas|tus_viejos|tu_madre|tu_padre|tu_mama|tu_papa|tu_familia|nadie ..2 sepa|sepan|lo_sepan|lo_sepa|se_entere|se_enteren|sepa_nada|sepan_nada|sepan_de_mi|sepa_de_mi',
      '@parents no ..2 entenderian|entenderia|entienden|entenderan|tienen_que_saber|deben_saber|pueden_saber|tiene_que_saber|debe_saber',
      '@parents ..2 no ..1 hace_falta|tienen_por_que|tiene_por_que|necesitan|necesita|deben|debe ..2 saber*|sepa|sepan|enterarse|se_entere|se_enteren|enterar',
      'llamame|hablame|escribeme|conectate|llamarme|escribirme|hablarme|marcame ..3 cuando ..3 se ..1 duerman|acuesten|vayan_a_dormir|hayan_dormido',
      'llamame|hablame|escribeme|conectate|llamarme|escribirme|hablarme|marcame ..3 cuando ..1 @parents|tus_padres|tus_papas|tus_viejos ..1 se ..1 vayan|hayan_ido|salgan|duerman|acuesten',
      'llamame|hablame|escribeme|conectate|marcame ..3 cuando ..2 no ..1 te ..1 vean|oigan|escuchen|este_nadie|haya_nadie|esten_tus|esten',
    ],
    unless: ['no_le_voy_a_contar|no_le_voy_a_decir|no_se_lo_voy_a_contar|no_se_lo_voy_a_decir|no_lo_voy_a_contar|no_voy_a_contar|no_voy_a_decir|no_le_conte|no_le_dije|no_se_lo_conte|no_se_lo_dije|yo_no_digo_nada|no_dire_nada|no_contare_nada|me_la_van_a_pedir|me_lo_van_a_pedir|me_las_van_a_pedir|me_los_van_a_pedir|me_la_piden|me_lo_piden|me_lo_van_a_copiar|me_la_van_a_copiar|amigo_invisible|amiga_invisible|quien_te_toco|a_quien_te_toco', 'sorpresa|fiesta|cumple|el_regalo|del_regalo|un_regalo|su_regalo|tu_regalo|mi_regalo|regalo_de|regalo_para|regalos|examen|spoiler|final|tonteria|ruido|vecino*|ambulancia|bomberos|ya_les_aviso|ya_le_aviso|ya_se_lo_digo|ya_lo_saben|ya_lo_sabe|yo_se_lo_digo|yo_les_aviso', 'llegar_tarde|llegas_tarde|llegaste_tarde|vas_a_llegar', 'que ..1 llegue|rompi|suspendi|perdi|gaste|fume|sali|hice|comi|bebi|use|cogi|tome|suspendo|he_roto|he_suspendido'],
    examples: {
      match: ['y si haces la version en toalla te regalo 5 subs pero que no se entere nadie eh', 'te recojo en coche, no hace falta que digas nada en casa', 'no digas nada en casa de que hablamos', 'tus papas te dejan tener novio? mejor no les digas de mi', 'no llames a la policia o sera peor', 'y alla me puedes mandar fotos sin que nadie las vea', 'es mejor que nadie sepa que hablamos', 'llamame cuando se duerman', 'escribeme cuando tus papas se vayan a dormir', 'hablame cuando no te vean', 'no le digas a nadie q hablamos vale?', 'no le digas a tus padres', 'no se lo cuentes a nadie', 'tus papas no lo entenderian', 'que nadie se entere', 'nadie se va a enterar', 'no digas nada de mi a nadie', 'tus padres no hace falta que lo sepan todavia', 'tu mama no tiene por que saber que hablamos', 'no hace falta que se lo digas a nadie', 'esto no lo puede saber nadie', 'no hace falta que tus padres lo sepan', 'no tienes por que contarselo a tu madre'],
      ignore: ['ultima cosa, no le digas a nadie lo de la pob que me la van a pedir todas jajaja', 'y no le voy a contar a nadie nuestras cosas, eso queda entre nosotros', 'no le digas a nadie lo del regalo de mama', 'no digas nada en casa de la fiesta sorpresa', 'avisame cuando se duerman los ninos', 'llamame cuando llegues', 'llamame cuando se vayan tus primos y jugamos', 'y no le digas a tu padre que llegue tarde jaja', 'no le digas nada a marta de la fiesta sorpresa', 'se lo dije a mi madre', 'no me digas que no vienes', 'tus padres no hace falta que vengan', 'tu mama no necesita saber lo de la fiesta sorpresa', 'no hace falta que se lo digas a tus padres, ya les aviso yo', 'no hace falta que se lo digas a nadie, lo del regalo'],
    },
  },
  {
    id: 'when-youre-alone',
    weight: 1,
    phrases: [
      'cuando ..1 estes|te_quedes|este ..1 sola|solo|solita|solito ..3 avisame|escribeme|llamame|hablame|dime|me_dices|conectate|me_escribes|me_avisas',
    ],
    unless: ['mama|mami|papa|papi|abuel*|tia|tio|deberes|tarea|cena|comida|microondas|perro|gato|llaves'],
    examples: {
      match: ['cuando estes sola en casa avisame'],
      ignore: ['cuando estes sola en casa avisame y te llamo, te quiere mama'],
    },
  },
  {
    id: 'our-secret',
    phrases: [
      'nuestro|es_nuestro secreto|secretito',
      'entre tu|vos|usted y yo',
      'esto|es|queda|todo|quede|que_quede ..2 entre nosotros|nosotras|los_dos|tu_y_yo|vos_y_yo',
      'es un secreto ..2 nuestro|entre|de_los_dos',
      'es|esto_es|todo_esto_es ..1 cosa ..1 nuestra|de_los_dos|de_nosotros',
      'prometes|prometas|promete|prometeme|jurame|juras ..2 no ..1 decir|contar|decirle|contarle|decirselo|contarselo|decirlo|contarlo ..1 nada|a_nadie|nunca',
      'hablar|hablamos|hablemos ..1 mas ..1 tranquilos|tranquilas|a_gusto|libres|libremente|sin_que_nadie',
      'que ..1 esto|eso|nada|lo_nuestro ..1 no ..1 salga ..1 de ..1 aqui|aca|este_chat|entre_nosotros',
      'mi|tu|nuestra|nuestro|somos ..1 novia|novio|relacion|amor|pareja ..1 secret*',
      'guarda|guardame|guardalo|guardemos ..1 el|este|nuestro secreto',
    ],
    unless: ['no_le_voy_a_contar|no_le_voy_a_decir|no_se_lo_voy_a_contar|no_se_lo_voy_a_decir|no_lo_voy_a_contar|no_voy_a_contar|no_voy_a_decir|no_le_conte|no_le_dije|no_se_lo_conte|no_se_lo_dije|yo_no_digo_nada|no_dire_nada|no_contare_nada|me_la_van_a_pedir|me_lo_van_a_pedir|me_las_van_a_pedir|me_los_van_a_pedir|me_la_piden|me_lo_piden|me_lo_van_a_copiar|me_la_van_a_copiar|amigo_invisible|amiga_invisible|quien_te_toco|a_quien_te_toco', 'sorpresa|fiesta|cumple|regalo|proyecto|trabajo|deberes|examen|exposicion|jarron|rompi|suspendi|castigo|castigad*'],
    examples: {
      match: ['te enseño algo si me prometes no decir nada', 'tienes telegram? alli podemos hablar mas tranquilos', 'te conviene que esto no salga de aqui', 'no le enseñes esto a nadie eh, es cosa nuestra', 'eres mi novia secreta', 'es nuestro secreto', 'esto es solo entre tu y yo', 'que quede entre nosotros', 'guardame el secreto'],
      ignore: ['no le voy a contar a nadie nuestras cosas, eso queda entre nosotros', 'es un secreto, es una fiesta sorpresa', 'no tengo secretos'],
    },
  },
  {
    id: 'private-only-me',
    phrases: [
      'nadie ..1 mas ..1 lo|la|los|las ..1 va_a_ver|vera|ve|va_a_saber|sabra|va_a_tener|tendra',
      'solo|solamente|nomas|unicamente ..1 yo ..1 lo|la|las|los ..1 voy_a_ver|vere|veo|tendre|guardo|guardare|voy_a_tener|voy_a_guardar',
      '@app|alli|alla|ahi ..3 es|esta|estamos|estaremos|hablamos|podemos_hablar ..1 mas ..1 privado|privados|discreto|discretos|a_salvo|en_privado|intimo',
      'aqui|aca|por_aqui ..3 mods|moderadores|admins|administradores|vigilan|espian|revisan|controlan|leen|pueden_leer|pueden_ver ..3 todo|los_mensajes|el_chat|mensajes|los_chats|lo_que',
      '@photo|@video|fotos|videos|tuya|tuyas ..4 solo|solamente|nomas|unicamente para ..1 mi|mis_ojos|mi_solito|mi_solita',
    ],
    unless: ['insultos|palabrotas|spam|links|link|reglas|normas|archivos|archivo|pesados|grandes|calidad|borrador|trabajo|deberes|tarea|examen|nota|notas|regalo|sorpresa|fiesta|cumple|diario|proyecto|profe|clase|grupo_de_clase|contrasena|wifi|spoiler|para_mi_madre|para_mi_mama|para_mi_abuela|album|orla'],
    examples: {
      match: ['solo un ratito, nadie mas lo va a ver', 'solo yo las voy a ver te lo prometo', 'mejor hablamos por telegram, ahi es mas privado', 'tienes whats? aqui los mods leen todo', 'pasame una foto tuya de cuerpo entero, solo para mi'],
      ignore: ['nadie mas lo va a ver, es un borrador del trabajo', 'el grupo de clase se pasa a telegram, alli es mas facil', 'aqui los admins leen todo, no pongas insultos', 'en telegram es mas privado para los archivos grandes', 'guardame una foto de la tarta solo para mi jaja que no llego al cumple'],
    },
  },
  {
    id: 'delete-traces',
    phrases: [
      'borra|borres|borrar|borrad|elimina|elimines|eliminar|borralo|borrala|borralos|borra_todo ..2 el|los|este|estos|nuestro|nuestra|nuestros|nuestras|la|las|esta|estas|todo|todos|mis|mi ..1 chat|chats|conversacion*|mensaje*|msj*|msjs|mensajitos|historial|todo',
      'borra|borralo|borra_todo|borres|elimina ..3 despues|cuando_leas|al_leer|antes_de_que|que_no_lo_vean|que_no_lo_vea',
      'borra|borralo|borrad|elimina|borrar todo [eh|ok|vale|porfa|ahora|ya|you|despues|luego|cuando]',
      'usa|activa|activar|pon|poner ..2 mensajes_temporales|modo_incognito|modo_secreto|chat_secreto|mensajes_que_desaparecen',
    ],
    unless: [
      // r28
      'por_error|por_equivocacion|me_equivoque|era_para_otra|era_para_otro|no_era_para_ti|sin_querer', 'sorpresa|fiesta|cumple|regalo|grupo|spam|virus|empieza|empezar|de_nuevo|otra_vez|archivo|documento|deberes|tarea|borrador|dibujo'],
    examples: {
      match: ['borra el chat despues eh', 'borra nuestra conversacion', 'borra todos los mensajes', 'borralo cuando leas', 'activa los mensajes temporales'],
      ignore: ['borra el mensaje que te mande por error, era para otra persona', 'borra esa foto que salgo fatal', 'borra el mensaje del grupo de la fiesta sorpresa', 'no borres la tarea'],
    },
  },
  {
    id: 'so-nobody-sees-us',
    phrases: [
      'para ..1 que|q ..1 no ..1 te|nos ..1 vean|vea|pillen|pille|reconozcan|oigan|escuchen|descubran ..3 [tus|tu] @parents|tus_padres|nadie|vecinos|juntos|juntas|conmigo',
      'recojo|espero|busco|veo ..6 para_que_no_te|para_que_no_nos|pa_que_no_te|pa_que_no_nos ..1 vean|vea|pillen|pille|reconozcan',
      'ni ..1 se ..1 te ..1 ocurra ..1 contarselo|decirselo|contarle|decirle|contarles|decirles|contar|decir|ensenarselo|mostrarselo|hablarle|hablar ..3 nadie|@parents|tus_padres|tu_madre|tu_padre|tus_papas|policia|profe|profes|orientador*|tutor*|terapeuta',
      '@parents|tus_padres|tu_madre|tu_padre|tus_papas|tus_viejos ..1 no ..1 te ..1 valoran|valora|entienden|entiende|merecen|merece|aprecian|aprecia|escuchan|escucha|quieren_como_yo|quiere_como_yo|conocen_como_yo|conoce_como_yo',
      'no ..1 tienes|tenes|necesitas ..2 pedir|pedirle|pedirles ..1 permiso ..3 nadie|@parents|tus_padres|tu_madre|tu_padre|tus_papas|tus_viejos',
    ],
    unless: ['escondite|juego|sorpresa|regalo|fiesta|cumple|tarta|jaja*|haha*|jsjs*|jeje*|xd|bano|vater|clase|profe|examen|recreo|comedor|trabajo|jefe|jefa|medico|receta|carnet|conducir|votar|uni|universidad|carrera|alquiler|matricula|beca|abuela|abuelo'],
    examples: {
      match: ['te invito a cenar y luego a mi piso, te recojo en la esquina para que no te vean', 'quedamos detras del polideportivo para que no nos vean tus padres', 'no tienes que pedir permiso a nadie', 'ni se te ocurra contarselo a nadie, que yo tengo mucho que perder', 'nadie te entiende como yo, tus padres no te valoran', 'no necesitas pedirle permiso a tu madre'],
      ignore: ['esconde el regalo para que no lo vean', 'escondete ahi para que no te vean, estamos jugando al escondite', 'no tienes que pedir permiso para ir al bano', 'no tienes que pedir permiso para ir al cine, ya lo sabe la abuela', 'ni se te ocurra contarselo a nadie, es sorpresa', 'ni se te ocurra decirle a nadie lo del examen jaja'],
    },
  },
  {
    id: 'cover-story',
    phrases: [
      'mas ..1 seguro|privado|discreto|segura|privada|discreta ..3 para ..1 lo_nuestro|nosotros_dos|nuestras_cosas|hablar_tranquilos|que_nadie',
      'dile|diles|les_dices|le_dices|decile|deciles|di|dices ..4 que ..1 vas|estas|te_quedas|duermes|te_vas|vas_a_estar|sales ..2 donde|con|en_casa_de|a_casa_de|a_lo_de|en_lo_de ..1 una|un|tu ..1 amiga|amigo|companera|companero|prima|primo',
      'nadie ..1 se ..1 entera|enterara',
      'si ..1 tu|tus ..1 @parents ..2 se_entera|se_enteran|ve_que|ven_que|sabe_que|saben_que|supiera_que|supieran_que ..3 hablas_conmigo|hablamos|que_hablamos|hablas_con_alguien|de_nosotros|de_lo_nuestro|hablas_con_alguien_de',
    ],
    unless: ['sorpresa|fiesta|cumple|el_regalo|un_regalo|del_regalo|tu_regalo|su_regalo|regalo_de|regalo_para|jaja*|haha*|jsjs*|examen|notas|boletin|tarea|deberes|de_verdad|en_serio|es_verdad|la_verdad'],
    examples: {
      match: ['descarga session, es mas seguro para lo nuestro', 'no le digas nada, dile que vas donde una amiga', 'te regalo 2000 robux si me pasas unas fotitos tuyas, nadie se entera', 'porque si tu madre ve que hablas con alguien de 22 se va a enfadar'],
      ignore: ['dile a tu mama que vas a estar con una amiga, que es verdad', 'dile que vas a casa de una amiga a preparar la fiesta sorpresa'],
    },
  },
  {
    id: 'close-the-door-r9',
    phrases: [
      'cierra|cerra|cierras|cerras|cerrar ..3 puerta|pestillo ..6 no_se_escuche|no_se_oiga|tus_padres|tus_papas|tus_viejos|tu_madre|tu_mama|tu_padre|tu_papa|nadie_entre|no_entre_nadie|nadie_se_entere|no_se_entere_nadie|no_nos_oigan|no_nos_escuchen|no_te_oigan|no_te_escuchen',
    ],
    unless: ['duerme|duermen|durmiendo|dormir|siesta|ruido|tele|television|frio|calor|gato|perro|bebe|sorpresa|regalo'],
    examples: {
      match: ['con el movil vale. y cierra la puerta de tu cuarto que no se escuche a tus padres', 'cierra con pestillo que no te oigan', 'cierra la puerta para que no entre nadie jeje'],
      ignore: ['cierra la puerta que tus padres estan durmiendo', 'cierra la puerta que se escapa el gato y tu mama se enfada'],
    },
  },
  {
    id: 'no-police-r9',
    phrases: [
      'no|nada_de|sin policia|policias|poli|denuncias|denuncia|denunciar|avisar_a_la_policia|llamar_a_la_policia',
      'no ..1 se|le|les ..1 lo ..1 comentes|menciones|chives|chismees|comentas|mencionas|cuentes|digas ..2 a ..1 tu|tus ..1 entrenador*|entrenadora*|profe*|tutor*|monitor*|orientador*|psicolog*|amig*|padres|papas|madre|padre|mama|papa',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'sorpresa|regalo|cumple|fiesta|crush|jaja*|haha*|examen|nota|notas|suspenso|la_policia_te|llama_a_la_policia|llamar_a_la_policia_ya|emergencia*|ladron*|robo|accidente'],
    examples: {
      match: ['Tu pagar ahora, no policia o yo publico en youtube', 'si, y mejor no se lo comentes a tu entrenadora que luego se pica', 'nada de denuncias o ya sabes', 'no se lo menciones a tu profe'],
      ignore: ['no se lo comentes a tu madre que es sorpresa lo del cumple', 'no hay policia en este pueblo jaja', 'si ves un robo llama a la policia'],
    },
  },
  {
    id: 'if-your-mum-knew-my-age-r9',
    weight: 3,
    phrases: [
      'tu|tus ..1 madre|mama|padres|papas|padre|papa|viejos|vieja|viejo|familia ..1 ve|ven|sabe|saben|se_entera|se_enteran|viera|vieran|supiera|supieran ..3 hablas|hablamos|hablabas|te_escribes|chateas|chateamos ..2 con_alguien|con_un_chico|con_un_hombre|con_un_adulto|con_un_senor|con_un_tipo|con_una_chica|con_una_mujer|con_un_chavo|con_un_wey|con_un_pibe ..1 de #',
      'tu|tus ..1 madre|mama|padres|papas|padre|papa|viejos|vieja|viejo|familia ..1 ve|ven|sabe|saben|se_entera|se_enteran|viera|vieran|supiera|supieran ..3 hablas|hablamos|hablabas|te_escribes|chateas|chateamos ..2 con_alguien|con_un_chico|con_un_hombre|con_un_adulto|con_un_senor|con_un_tipo|con_una_chica|con_una_mujer|con_un_chavo|con_un_wey|con_un_pibe ..1 mayor|mas_grande|mas_mayor|adulto|adulta|grande',

    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'jaja*|haha*|profe|tutor|entrenador|clase|deberes|psicolog*|medico|doctor'],
    examples: {
      match: ['porque si tu madre ve que hablas con alguien de 22 se va a enfadar, y yo quiero seguir hablando contigo', 'si tus papas supieran que chateamos con un hombre mayor se enojarian', 'si tu mama se entera que hablas con alguien mas grande te castiga'],
      ignore: ['si tu madre ve que hablas con alguien de 22 en clase de ingles jaja', 'si tus padres saben que hablas con el profe de 30 anos no pasa nada'],
    },
  },
  {
    id: 'delete-my-number-r9',
    phrases: [
      'elimina|borra|borrame|eliminame|quita|cambia ..3 mi ..1 numero|contacto|nombre|chat|conversacion|foto ..6 por_si|para_que|que_no|asi_no ..3 @parents|tu_papa|tu_mama|tus_papas|tus_padres|revisa|revisan|vea|vean|mira|miran',
    ],
    unless: ['cambie_de_numero|numero_nuevo|nuevo_numero|me_robaron|perdi_el_movil|spam|jaja*|haha*'],
    examples: {
      match: ['elimina mi numero de tus contactos por si tu papa revisa', 'cambia mi nombre en tus contactos para que tu mama no vea'],
      ignore: ['borra mi numero viejo por si tu papa me llama, tengo numero nuevo'],
    },
  },
  {
    id: 'dont-tell-them-we-talk-r10',
    phrases: [
      'no ..1 le|les ..1 digas|digai|cuentes|contes|comentes|menciones ..4 que|q ..1 te_escribo|te_hablo|hablamos|hablo_contigo|nos_hablamos|nos_escribimos|estamos_hablando|te_he_escrito|nos_conocemos|nos_vemos|vamos_a_vernos|te_la_da|te_lo_da|te_las_da|te_doy|te_regalo|te_regale|te_conozco|soy_yo|te_escribi|te_hable|te_he_hablado|te_escribia|te_hablaba|hablabamos|te_agregue|te_he_agregado|te_segui|te_pedi_el_numero|tengo_tu_numero',
      'no ..1 le|les ..1 digai|contei|contis ..2 a ..1 nadie|tu|tus|@parents',
      'no ..1 es_necesario|hace_falta|tienes_que|tenes_que|necesitas ..1 que|q ..1 le|les ..1 digas|cuentes|comentes|menciones|avises ..3 @parents',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo|regalito|su_regalo|spoiler|final|examen|nota|notas|suspend*|me_tarde|me_cai|jaja_es_broma'],
    examples: {
      match: ['no le digas a tu hermano q te escribo, se pone celoso', 'no le digas que te escribi, se pone celoso', 'no les digas a tus amigas que te agregue', 'no le digas a javi q hablamos eh', 'no le digas a tu mama q te la da un amigo', 'llevo unas chelas, no le digai a nadie', 'no es necesario q le digas a tus papas todavia'],
      ignore: ['no le digas a mama q hablamos de su regalo', 'no le digas a marta q le hacemos la fiesta sorpresa', 'no le digas a nadie q me tarde 3 horas jaja', 'no le digas a mi madre q suspendi'],
    },
  },
  {
    id: 'come-alone-r10',
    phrases: [
      'entra|conectate|unete|ven|vente|metete|sal|baja ..1 sola|solita|solito|sin_nadie|sin_tus_amigas|sin_tus_amigos|sin_tu_hermana|sin_tu_hermano',
      'tenes_que|tienes_que|debes|hay_que|solo_tenes_que|solo_tienes_que ..1 venir|ir|entrar|conectarte ..1 sola|solita|solito|sin_nadie',
    ],
    unless: ['examen|clase|consulta|aula|profe|profesora|profesor|medico|medica|dentista|entrevista|tranquila_que|no_pasa_nada|te_espero_en_la_puerta|te_espero_en_casa', 'las_demas|los_demas|las_chicas|los_chicos|ya_estan|ya_estamos|todas|todos|tu_hermana_ya|tu_hermano_ya'],
    examples: {
      match: ['te paso el link de la videollamada, entra sola', 'ven sola al parque, sin tus amigas', 'solo tenes que venir sola'],
      ignore: ['entra sola al examen, los padres esperan fuera', 'vente sola, las demas ya estan aqui'],
    },
  },
  {
    id: 'while-parents-asleep-r10',
    phrases: [
      'cuando|mientras ..1 tus|tu ..1 @parents ..1 esten|este|se_duerman|se_duerma|duerman|duerma|no_esten|no_este|no_miren|no_mire|salgan|salga ..1 dormidos|dormidas|dormido|dormida|durmiendo|fuera|afuera|trabajando',
      'cuando|mientras ..1 tus|tu ..1 @parents ..1 se_duerman|se_duerma|duerman|duerma|no_esten|no_este|no_miren|no_mire|no_te_vean|no_te_vea',
    ],
    unless: ['no_hagas_ruido|sorpresa|regalo|cumple|la_cena|recoge|ordena|limpia|saca_al_perro'],
    examples: {
      match: ['q tal si hacemos videollamada esta noche cuando tus papas esten dormidos?', 'escribeme cuando tu mama se duerma', 'conectate mientras tus padres no esten'],
      ignore: ['cuando tus padres esten dormidos no hagas ruido', 'cuando tu mama este trabajando recoge la cocina'],
    },
  },
  {
    id: 'secret-contact-r11',
    weight: 3,
    phrases: [
      'no ..2 digas|cuentes|comentes|menciones|contes|digais ..2 a ..1 nadie ..1 que|q ..1 hablamos|hablas_conmigo|nos_hablamos|chateamos|nos_conocemos|me_conoces|te_escribo|nos_escribimos|hablas_con_un',
      '@parents|tus_papas|tus_padres|tus_viejos ..1 no ..1 entenderian|entenderia|entienden|entenderan ..1 lo_nuestro|lo_que_tenemos|nuestra_relacion|lo_que_hay_entre_nosotros',
      'que_nadie|nadie ..1 sepa|se_entere|tiene_que_saber ..1 que|q ..1 hablamos|nos_hablamos|chateamos|nos_conocemos|me_conoces|te_escribo',
      'esto|lo_nuestro ..1 es ..1 solo ..1 nuestro|de_los_dos|entre_nosotros',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo|examen|de_esto|de_eso|de_ella|de_el|del_tema|de_lo_de|del_trabajo|del_proyecto|de_la_fiesta|de_tu_ex|de_mi_ex|spoiler|final|verguenza|me_gusta|crush|de_la_app|de_citas|jaja*|haha*|jsjs*|somos_muy_chicos|somos_chicos|somos_muy_jovenes|misma_edad'],
    examples: {
      match: ['esto queda entre nosotros eh, tus papas no entenderian lo nuestro', 'no le cuentes a nadie que hablamos ok?', 'esto es solo nuestro', 'que nadie sepa que hablamos'],
      ignore: ['tus papas no entenderian lo nuestro, somos muy chicos todavia', 'no le digas a nadie que hablamos, me da verguenza que sepan que me gusta', 'no le digas a nadie que hablamos de la fiesta sorpresa', 'no le cuentes a nadie que hablamos de ella', 'mis papas no entienden lo de la fiesta'],
    },
  },
  {
    id: 'parents-must-not-know-yet-r11',
    phrases: [
      'que ..1 tus|tu ..1 @parents ..1 no ..1 lo|se ..1 sepan|sepa|enteren|entere ..1 [todavia|aun|por_ahora|de_momento|nunca]',
      'no ..1 hace_falta|hay_que|tienes_que|tenes_que|necesitas ..1 que ..1 avises|avisar|pidas_permiso|les_digas|le_digas ..1 en_casa|en_tu_casa|a_tus_papas|a_tus_padres|a_tu_mama|a_tu_vieja|a_tus_viejos|a_nadie',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo|examen|notas|boletin|ya_le_dije|ya_les_dije|ya_le_avise|ya_les_avise|ya_lo_saben|ya_lo_sabe|yo_le_aviso|yo_les_aviso|yo_hablo_con|abuela|abuelo|tia|tio|rompimos|rompi|rompiste|rompio|jarron|perdi|perdimos|suspendi|llegue_tarde|llegamos_tarde|fumamos|fume|jaja*|haha*'],
    examples: {
      match: ['Es importante que tus padres no lo sepan todavia, a veces ellos son parte del problema', 'el viernes te paso a buscar con el auto, no hace falta que avises en tu casa'],
      ignore: ['que tus papas no se enteren que rompimos el jarron', 'no hace falta que avises en tu casa, ya le dije a tu vieja', 'que tu mama no se entere de la fiesta sorpresa'],
    },
  },
  {
    id: 'to-see-if-we-can-talk-freely-r11',
    weight: 1,
    phrases: [
      'saber|ver|checar|chequear ..1 si ..1 podemos|podriamos|podiamos|se_puede ..1 hablar|platicar|charlar|hablar_mas ..1 tranqui|tranquilos|tranquilas|a_gusto|sin_que_nadie|solos|solas|sin_nadie|libres',
    ],
    unless: ['trabajo|proyecto|examen|tarea|deberes|reunion|profe|tutor*|clase|cumple|fiesta|sorpresa|tu_papa|tu_mama|tu_hermano|tu_hermana|con_tu_papa|con_tu_mama|lo_de_tu|lo_del|lo_que_paso|jaja*'],
    examples: {
      match: ['nomas pa saber si podemos hablar tranqui. en que colonia vives?', 'era para ver si podiamos hablar a gusto'],
      ignore: ['te llamo para ver si podemos hablar tranquilos del trabajo', 'para saber si podemos hablar tranqui de lo que paso con tu papa'],
    },
  },
  {
    id: 'cover-story-r11',
    weight: 3,
    phrases: [
      'si ..1 alguien|te|tus_papas|tu_mama|tu_papa|tus_viejos|tu_vieja|tus_padres ..1 pregunta|preguntan|pregunte|pregunten ..2 soy|digo_que_soy|decis_que_soy|di_que_soy|dices_que_soy|deci_que_soy ..1 tu ..1 primo|prima|amigo|amiga|companero|companera|tio|tia|profe|entrenador|vecino|vecina',
    ],
    unless: ['jaja*|haha*|xd|fiesta|boliche|disco|entrar|lista|puerta|cumple|sorpresa|broma|obra|teatro|juego'],
    examples: {
      match: ['si alguien pregunta soy tu primo', 'si tu mama pregunta deci que soy tu amiga del cole'],
      ignore: ['si alguien pregunta en la puerta soy tu prima jaja asi entramos a la fiesta'],
    },
  },
  {
    id: 'between-us-short-r11',
    phrases: [
      'que_quede|queda|quede|esto_queda ..1 entre ..1 nos|nosotros_dos|nosotras_dos|los_dos|las_dos',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo|examen|chisme|chismecito|jaja*|haha*|spoiler|final'],
    examples: {
      match: ['que quede entre nos', 'esto queda entre los dos eh'],
      ignore: ['que quede entre nos el chisme jaja'],
    },
  },
  {
    id: 'dont-tell-confidential-r12',
    phrases: [
      'no ..1 les|le ..1 comentes|cuentes|digas|menciones|comentes_nada ..4 confidencial|hasta_que_firmes|hasta_que_firme|hasta_el_contrato|hasta_que_te_paguemos|es_un_secreto|secreto_profesional',
      'no|ni ..1 contacte|contactes|llames|llame|avises|avise|acudas|acuda ..3 policia|autoridades|denuncie|denuncies',
      'solo|queda|quedara|esto_queda ..1 entre ..1 nosotros|nosotras|tu_y_yo|los_dos|vos_y_yo ..3 secret|secreto|ok|vale|nadie|no_le_digas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'fiesta|sorpresa|cumple|regalo|examen|notas|profe'],
    examples: {
      match: ['Mejor no les comentes hasta que firmes contrato, es confidencial', 'No responda a este correo ni contacte a la policia', 'solo entre nosotros 🤫'],
      ignore: ['no le digas a mama lo de la fiesta sorpresa', 'si te pasa algo llama a la policia'],
    },
  },
  {
    id: 'parents-wont-even-know-r13',
    phrases: [
      'tus_papas|tus_padres|tus_viejos|tu_mama|tu_papa|tu_madre|tu_padre|tu_vieja|tu_viejo|tu_familia|tus_papis|tu_jefa|tus_jefes ..1 ni ..1 se_enteran|se_entera|se_van_a_enterar|se_enteraran|se_enterara|cuenta|se_dan_cuenta|se_da_cuenta|lo_notan|lo_nota|sospechan|sospecha|lo_sabran|lo_sabra',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo|examen|spoiler|tonteria|llegar_tarde|llegamos_tarde|llegas_tarde|notas|suspenso|jaja*|jeje*|xd'],
    examples: {
      match: ['si vienes a mi casa el viernes tengo vapes y pisto, tus papas ni se enteran, yo te recojo a 2 cuadras', 'tu mama ni se da cuenta si te escapas un rato'],
      ignore: ['tus papas ni se enteran de la fiesta sorpresa', 'tu mama ni cuenta se dio de que llegamos tarde jaja'],
    },
  },
  {
    id: 'its-our-thing-r13',
    phrases: [
      'es|esto_es|sera ..1 algo ..1 nuestro|nuestra|de_los_dos|solo_nuestro|solo_de_los_dos|entre_nosotros|entre_tu_y_yo',
      'no ..1 se_lo|se_la|le|les|lo|la ..1 cuentes|digas|ensenes|menciones|comentes|muestres ..2 a ..1 tus|tu ..1 mods|moderadores|moderador|admins|admin|viewers|seguidores|subs|comunidad|amigas|amigos|companeros|companeras|compas',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo|proyecto|trabajo|examen|sorteo|evento|anuncio|colab|spoiler|final|torneo|premio|ganador*|deberes|tarea'],
    examples: {
      match: ['pq es algo nuestro, no se lo cuentes a tus mods ok?', 'esto es algo de los dos, no le digas a tus amigas', 'no se lo cuentes a tus seguidores'],
      ignore: ['no se lo cuentes a tus mods, es sorpresa el sorteo', 'es algo nuestro, el proyecto, no lo copies'],
    },
  },
  {
    id: 'not-until-you-win-or-sign-r13',
    phrases: [
      'no ..1 lo|le|les|se_lo|se_la ..1 comentes|digas|cuentes|menciones ..3 hasta ..1 que|q|despues_de ..1 ganes|firmes|firmemos|firmar|te_elijan|te_seleccionen|cobres|sea_oficial|el_contrato|la_sesion|el_casting',
      'no ..1 lo|le|les|se_lo|se_la ..1 comentes|digas|cuentes|menciones ..4 hasta ..1 firmar|ganar|cobrar|el_contrato|la_sesion|el_casting',
    ],
    unless: ['profe|entrenador|entrenadora|del_cole|del_colegio|del_instituto|del_club|la_liga|el_torneo|mama|papa|abuel*|jaja*'],
    examples: {
      match: ['para nada, de hecho buscamos caras jovenes. mejor no lo comentes con tus padres hasta q ganes, asi es sorpresa', 'no le digas a nadie del proyecto hasta firmar', 'no se lo cuentes a tu madre hasta el casting'],
      ignore: ['no se lo digas a nadie hasta que ganes el torneo del cole jaja'],
    },
  },
  {
    id: 'if-you-tell-you-lose-r14',
    phrases: [
      'si ..1 le|les|se_lo|se_la|lo ..1 cuenta|cuentas|dice|dices|contas|decis|comenta|comentas ..3 a ..1 sus|tus|su|tu ..1 papas|padres|mama|papa|viejos|familia|profes|amigas|amigos ..4 pierde|pierdes|perdes|perderas|perdera|se_cancela|se_anula|quedas_fuera|queda_fuera|te_quedas_sin|se_queda_sin',
      'no ..1 hace_falta|es_necesario|necesitas|necesita ..1 que ..1 vengan|venga|sepan|sepa|se_enteren|se_entere|lo_sepan ..2 tus|tu|sus|su ..1 papas|padres|mama|papa|viejos|familia',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'sorpresa|regalo|cumple|fiesta|spoiler|final|apuesta|bus|autobus|micro|ya_lo_saben|ya_saben|firmada|autorizacion|reunion|tutoria|asamblea|junta|charla|excursion|salida|partido|torneo|recogida|entrega'],
    examples: {
      match: ['No, es un proceso confidencial. Si le cuenta a sus papás pierde el cupo', 'si les dices a tus padres pierdes la beca', 'no hace falta que vengan tus papás, es una prueba privada'],
      ignore: ['si le cuentas a tu mama se pierde la sorpresa', 'no hace falta que vengan tus papas, el bus los deja en el cole', 'no hace falta que vengan tus papas a la reunion', 'si le cuentas a tu mama pierdes la apuesta jaja'],
    },
  },
  {
    id: 'not-even-parents-r15',
    phrases: [
      'no ..2 digas|cuentes|comentes|digai|contis ..6 ni_a_tus|ni_a_tu @parents',
      'esto|eso ..1 no_lo_comentes|no_lo_cuentes|no_se_lo_digas|no_lo_digas|no_lo_comentis ..4 otros|otras|nadie|entrenadores|profes|padres|papas|mama|papa',
      'no ..1 le|les ..1 digai|contis|contai|cuentis ..2 a_los_otros|a_los_demas|a_nadie|a_los_del_server|a_los_del_grupo',
      'solos|solas|solo_tu_y_yo|tu_y_yo_solos ..3 sin_tus_amigas|sin_tus_amigos|sin_nadie_mas|sin_tus_papas|sin_tus_padres|sin_que_nadie_sepa',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'sorpresa|regalo|cumple|fiesta|examen|spoiler|final|serie|peli'],
    examples: {
      match: ['eso no importa. pero no se lo digas a la cami ni a tus padres q se rayan', 'esto no lo comentes, otros entrenadores cobran', 'pero no le digai a los otros o todos me van a pedir', 'nos vemos en el centro comercial, solos, sin tus amigas'],
      ignore: ['no se lo digas a nadie ni a tu mama, es la fiesta sorpresa', 'esto no lo comentes con nadie que es spoiler del final'],
    },
  },
  {
    id: 'if-you-tell-its-over-r15',
    phrases: [
      'si ..1 le|les ..1 dices|cuentas|contas|decis|comentas ..2 a_alguien|a_nadie|a_tus_papas|a_tus_padres|a_tu_mama|a_tu_papa|a_tus_viejos|a_tus_amigas|a_tus_amigos ..4 se_acabo|se_termina|se_acaba|terminamos|te_dejo|no_me_vuelves_a_ver|no_me_ves_mas|me_enojo|me_voy',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'sorpresa|regalo|cumple|fiesta|spoiler|final|serie|peli|examen|jaja*|jsjs*|xd|lol'],
    examples: {
      match: ['si le dices a alguien se acabo lo nuestro', 'si le cuentas a tus papas no me vuelves a ver'],
      ignore: ['si le dices a alguien lo de la fiesta sorpresa se acabo la sorpresa'],
    },
  },
  {
    id: 'without-parents-knowing-r15',
    phrases: [
      'sin_que ..1 se_entere|se_enteren|sepa|sepan|lo_sepa|lo_sepan|se_de_cuenta|se_den_cuenta|te_vea|te_vean|nos_vea|nos_vean ..2 tus|tu|nadie|@parents',
      'sin_que ..1 tu|tus|nadie ..2 se_entere|se_enteren|sepa|sepan|se_de|se_den|lo_sepa|lo_sepan|nos_vea|nos_vean|te_vea|te_vean',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'sorpresa|regalo|cumple|fiesta|despedida|aniversario|spoiler|examen|jaja*|jsjs*|xd|lol'],
    examples: {
      match: ['te quiero conocer en persona, sin que se enteren tus papas', 'ven a verme sin que tu mama se de cuenta', 'hablamos de noche sin que nadie sepa'],
      ignore: ['organizamos la fiesta sin que se entere tu hermana, es sorpresa'],
    },
  },
  {
    id: 'voseo-come-alone-r15',
    phrases: [
      'veni|venite|vengas|vayas|venite ..1 sola|solita|solito|sin_nadie|sin_tus_amigas|sin_tus_amigos|sin_tus_viejos',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'cole|clase|trabajo|grupo|ensayo|entrenamiento|practica|partido'],
    examples: {
      match: ['nos juntamos en la plaza, vení sola', 'que no vengas con nadie, veni solita'],
      ignore: ['veni sola al ensayo que las demas llegan tarde'],
    },
  },
  {
    id: 'dont-mention-it-on-the-forum-r16',
    phrases: [
      'esto|eso|lo_nuestro|lo_que_hablamos ..1 no ..1 lo ..1 comentes|digas|cuentes|publiques|menciones ..3 en_el_foro|en_el_server|en_el_servidor|en_el_discord|en_el_grupo|en_el_chat|a_tus_amigas|a_tus_amigos|a_los_demas|a_la_profe|al_profe',
    ],
    unless: ['sorpresa|fiesta|regalo|cumple|spoiler|final|capitulo|examen|respuestas|soluciones|notas|nota|chisme|cotilleo'],
    examples: {
      match: ['y esto no lo comentes en el foro, que hay mucha envidia', 'lo que hablamos no lo cuentes a tus amigas'],
      ignore: ['esto no lo comentes en el grupo que es spoiler del final', 'eso no lo digas en el grupo, que es sorpresa para ana'],
    },
  },
  {
    id: 'dont-tell-mods-officials-r17',
    phrases: [
      'no ..1 se_lo|le|les|lo ..1 cuentes|digas|comentes|menciones ..2 a ..1 los ..1 mods|moderadores|admins|administradores',
      'no ..1 comente|comentes|mencione|menciones|hable|hables ..2 esto|este_asunto|este_tema ..2 con ..1 nadie ..4 confidencial|reservado|secreto',
    ],
    unless: ['sorpresa|regalo|cumple|fiesta|spoiler|spoilers'],
    examples: {
      match: ['y no se lo cuentes a los mods eh, nos banean el rol', 'no comente esto con nadie, es un procedimiento confidencial'],
      ignore: ['no le digas a los mods lo de la fiesta sorpresa', 'no comentes esto con nadie, es el regalo de la profe, es secreto'],
    },
  },
  {
    id: 'dont-tell-parents-they-wont-get-it-r18',
    phrases: [
      'no ..1 digas|cuentes|comentes|menciones|digai ..1 a|nada_a ..1 tus|tu ..1 padres|papas|mama|madre|papa|padre|viejos|familia|jefes',
      'no ..1 se_lo|le|les ..1 digas|cuentes|comentes|menciones ..1 a ..1 tu|tus ..1 entrenador|entrenadora|profe|profesor|profesora|tutor|tutora|coach|club|monitor|monitora|orientador|orientadora',
      'confidencial|privado|secreto|secretito ..4 no ..1 lo|la|los|las ..1 compartas|ensenes|muestres|digas|cuentes ..2 con|a ..2 tu|tus|el|la|nadie ..1 entrenador|profe|padres|papas|mama|papa|club|familia|amigos|amigas|nadie',
      'pasate|vamos|hablemos|vente|ven ..2 al|por|a ..1 privado|priv|md|dm|dms ..3 que|q|porque|pq ..1 aca|aqui|aki ..1 nos|te ..1 ven|leen|pueden_ver|miran',
    ],
    unless: ['tarde|llegue|sali|me_escape|fumando|bebiendo|sorpresa|fiesta|regalo|cumple|cumpleanos|aniversario|quinceanera|los_quince|jaja*|jsjs*|jeje*|xd|spoiler|la_nota|las_notas|suspendi|suspendo|reprobe|el_examen|la_boleta|el_boletin|rompi|rompiste|perdi|perdiste|la_multa|castig*|cigarr*|vape*|novio|novia|tatuaje|piercing|la_fiesta|chisme|la_partida|el_juego|raid|spam|moderador*|mods|servidor'],
    examples: {
      match: ['es normal en intercambio, no digas a tus padres, ellos no entienden', 'es confidencial, no lo compartas con el entrenador de tu club', 'es broma, pasate al privado que aca nos ven todos', 'la ficha fisica es sin ropa, no se lo digas a tu entrenador'],
      ignore: ['no digas a tu mama que llegue tarde porfa', 'no digas a tus padres lo del regalo, es sorpresa', 'no digas a tu mama que suspendi mates porfa', 'pasate al privado que aca nos ven spamear los mods'],
    },
  },
  {
    id: 'no-need-for-them-to-know-r19',
    phrases: [
      'no ..1 hace_falta|hay_que|es_necesario|tiene_por_que|tienen_por_que|hay_por_que ..1 que|q ..2 lo|se|nos ..1 sepa|sepan|entere|enteren ..2 la|el|tu|tus|nadie ..1 directora|director|profe|profesora|profesor|profes|@parents|psicologa|psicologo|entrenador|entrenadora|coach|mods|academia|tutor|tutora|orientadora|orientador',
      'no ..1 hace_falta|hay_que|es_necesario|hay_por_que ..1 que_se_lo|q_se_lo ..1 cuentes|digas|menciones ..2 a ..1 la|el|tu|tus|nadie ..1 directora|director|profe|profesora|profesor|@parents|psicologa|psicologo|entrenador|entrenadora|tutor|tutora|orientadora|orientador',
    ],
    unless: ['sorpresa|regalo|cumple|fiesta|examen|nota|notas|ya_lo_sabe|ya_lo_saben|ya_le_dije|ya_les_dije|ya_sabe|ya_saben|por_ahora|es_una_tonteria|no_es_nada|no_es_grave|ya_esta_solucionado|ya_lo_arreglamos|la_noticia|reportaje'],
    examples: {
      match: ['No hace falta que lo sepa la directora, se pone rara con eso', 'no hay por que que se entere tu psicologa', 'no hace falta que se lo cuentes a tus papas'],
      ignore: ['no hace falta que lo sepa tu mama, es una sorpresa para su cumple', 'no hace falta que se lo cuentes a la profe, ya lo sabe'],
    },
  },
  {
    id: 'dont-tell-your-counsellor-about-us-r19',
    phrases: [
      'no ..1 le|les ..1 cuentes|digas|menciones|comentes|hables ..2 a|con ..1 tu|tus|la|el|nadie ..1 psicolog*|terapeuta|orientador*|profe|profes|profesora|profesor|entrenador*|tutor*|directora|director|pastor|cura|catequista|mods|admins|@parents ..3 de_lo_nuestro|lo_nuestro|de_nosotros|que_hablamos|lo_que_hablamos|de_mi|sobre_mi|nuestras_charlas|nuestros_chats|de_nuestros_chats|que_te_escribo|que_nos_escribimos',
    ],
    unless: ['sorpresa|regalo|cumple|fiesta|examen|la_noticia|reportaje|me_dijo|me_dijeron'],
    examples: {
      match: ['no le cuentes a tu psicologo de lo nuestro', 'no le digas a la orientadora que hablamos'],
      ignore: ['no le cuentes a tu mama de lo nuestro, que es la fiesta sorpresa'],
    },
  },
  {
    id: 'total-discretion-offer-r20',
    phrases: [
      'discrecion|discreccion|confidencialidad|privacidad ..1 total|absoluta|garantizada|asegurada|100',
    ],
    unless: ['envio|envios|paquete|paqueteria|embalaje|farmacia|tienda|pedido|clinica|consulta|abogad*|psicolog*|terapia|terapeuta|medic*|doctor*|hospital|banco|datos_personales|proteccion_de_datos|rgpd|politica_de_privacidad|ajustes|configuracion|cuenta_privada|perfil_privado|regalo|sorpresa|fiesta|cumple|profe'],
    examples: {
      match: ['trabajo desde casa para chicas, escribe al privado, discrecion total', 'te pago bien, confidencialidad absoluta'],
      ignore: ['envio con discrecion total en paquete neutro', 'la clinica garantiza confidencialidad absoluta', 'pon la privacidad total en ajustes de la cuenta'],
    },
  },
  {
    id: 'group-rule-or-parents-asleep-r20',
    phrases: [
      'no ..1 se ..1 le|les ..1 cuenta|dice|ensena|muestra ..1 a ..1 nadie|ningun|ninguna|los_padres|tus_padres|tus_papas',
      'confidencialidad|discrecion|secreto|reserva ..4 con ..1 sus|tus ..1 padres|papas|familia|profesores|profes',
      'cuando|mientras ..2 tus|sus ..1 @parents ..2 esten|estan|se ..1 dormidos|dormidas|durmiendo|duerman|hayan_dormido|fuera|afuera|trabajando|sin_mirar|vayan|hayan_ido|no_esten|no_miren|no_vean',
      'nadie ..1 nos ..1 ve|vera|esta_viendo|mira|esta_mirando|escucha|oye|pilla|va_a_ver',
    ],
    unless: ['sorpresa|fiesta|regalo|cumple|pijamada|peli|pelicula|serie|partido|baile|bailar|baila|bailemos|cantar|canta|cantemos|karaoke|tarta|pastel|broma|examen|spoiler|final_de|ensayar|ensayo|coreo|practicar|jaja*|jeje*|xd|lol|juego|partida|escondite|reglas_del_juego'],
    examples: {
      match: ['las reglas: cada dia un reto, y no se le cuenta a nadie de fuera', 'Le pedimos total confidencialidad con sus padres hasta firmar el contrato', 'mejor por meet cuando tus papas ya esten dormidos', 'sacate la remera q hace calor, nadie nos ve'],
      ignore: ['lo de la fiesta sorpresa no se le cuenta a nadie', 'vemos la peli cuando tus papas esten dormidos jaja', 'canta, que nadie nos ve'],
    },
  },
  {
    id: 'nobody-needs-to-know-r21',
    phrases: [
      'nadie ..1 se ..1 tiene|tendria|debe|va ..1 que|de|a ..1 enterar|entera',
      'nadie ..1 tiene|tendria ..1 que|por_que ..1 saberlo|saber_nada|saber',
      'es_confidencial|es_secreto|es_privado|es_todo_confidencial ..4 no ..1 lo|la|se_lo|se_la ..1 compartas|cuentes|digas|comentes|ensenes ..2 con|a ..1 nadie|tus_padres|nadie_mas|tu_familia',
      'nadie ..3 va_a_ver|vera|van_a_ver|la_va_a_ver|lo_va_a_ver|las_va_a_ver ..4 se_borra|se_borran|desaparece|desaparecen|la_borro|las_borro|lo_borro|se_elimina',
    ],
    unless: ['sorpresa|fiesta|regalo|cumple|spoiler|final|capitulo|examen|notas|nota|suspend*|aprobad*|boletin|quiniela|amigo_invisible|tarta|pedida|embarazo|embarazada|despedida'],
    examples: {
      match: ['paso por ti a la salida de la escuela en mi carro y te invito un helado, nadie se tiene que enterar', 'Es confidencial hasta firmar, no lo compartas con nadie', 'venga nadie la va a ver, se borra sola en snap', 'nadie tiene por que saberlo'],
      ignore: ['es la fiesta sorpresa de Ana, nadie se tiene que enterar', 'el regalo del amigo invisible es secreto, nadie tiene que saberlo', 'no lo compartas con nadie porfa, que me da verguenza'],
    },
  },
  {
    id: 'without-the-others-seeing-r23',
    phrases: [
      'sin ..1 que ..1 los_demas|los_otros|nadie_mas|el_resto|los_mods|los_admins ..4 vean|vea|sepan|sepa|se_enteren|lean|oigan|escuchen',
      'solo|es_solo|sera_solo|queda_solo|esto_es_solo entre ..1 papi|papito|papa|tio|tito|mami|mamita|profe|el_profe|tu_papi|tu_tio ..1 y ..1 tu|vos|usted',
      'sin ..1 tus|sus ..1 padres|papas|viejos|papis|mama|papa ..1 cerca|presentes|al_lado|delante|mirando|escuchando|enterarse|que_se_enteren|que_sepan|que_lo_sepan',
      'sin ..1 adultos|grandes|mayores|padres|papas|viejos ..2 que ..1 opinen|molesten|se_metan|interrumpan|vigilen|miren|sepan',
      'no ..1 comente|comentes|comenten|hable|hables|divulgue|divulgues|mencione|menciones ..2 este|esto|el|este_proceso|esta_situacion|el_caso|este_caso|este_asunto ..2 con ..1 nadie|terceros|sus_padres|tus_padres|familiares',
      'si ..1 informa|informas|comenta|comentas|avisa|avisas|cuenta|cuentas|dice|dices ..1 a ..1 terceros|alguien|nadie|sus_padres|tus_padres|la_policia ..4 pasa|pasara|sera|se_considerara|ira|iras|peor|fiscalia|detencion|denuncia|publica',
      'no ..1 le|les ..1 digas|cuentes ..2 nadie|@parents ..2 que ..1 nos ..1 vamos_a_ver|veremos|vemos|vamos_a_juntar|juntamos|hablamos|conocemos|escribimos',
    ],
    unless: ['sorpresa_para|fiesta|cumple|regalo|spoiler*|el_final|examen|respuestas|trampa|para_la_vale|los_demas_tambien|todos|grupo|clase|profe_de|la_profe|tutor|tutora|abuela|abuelo'],
    examples: {
      match: ['agregame al discord, ahi hablamos mejor sin que los demas de la familia vean', 'esto es solo entre papi y tu, eh?', 'solo vos y yo, sin adultos que opinen', 'quiero practicar español contigo por videollamada, pero sin tus padres cerca ok?', 'No comente este proceso con nadie o se considerara obstruccion.', 'si informa a terceros el caso pasa a la fiscalia', 'no le digas a nadie que nos vamos a ver, es sorpresa'],
      ignore: ['pasemos a discord sin que los demas vean los spoilers', 'no le digas a nadie que nos vemos, es la fiesta sorpresa de la vale', 'sin que los demas se enteren del regalo'],
    },
  },
  {
    id: 'dont-even-tell-your-mum-r24',
    phrases: [
      'a ..1 tu|tus ..1 @parents|amigas|amigos|hermana|hermano|hermanos|profe|entrenador ..1 ni ..1 le|les|se_lo|se_la ..1 cuentes|digas|comentes|menciones|chismees|contes',
      'ni ..1 le|les|se_lo|se_la ..1 cuentes|digas|comentes|menciones|contes ..2 a ..1 tu|tus ..1 @parents',
    ],
    unless: ['examen|examenes|boletin|bronca|enfad*|rina|jarron|rompi|roto|rota|suspendi|suspenso|nota|notas|sorpresa|fiesta|cumple|regalo|multa|castig*|llegue_tarde|perdi|abolla*|raye|tatuaje|piercing|regalito|aniversario'],
    examples: {
      match: ['vente al centro comercial el sabado, yo te recojo en mi carro, pero a tu mama ni le cuentes', 'a tus papas ni les digas que hablamos', 'ni se lo menciones a tu madre eh'],
      ignore: ['a tus papas ni les cuentes lo del examen que se enfadan', 'a mama ni le cuentes que rompi el jarron jaja', 'a tu madre ni le digas lo de la fiesta sorpresa', 'ni le digas a tu papa que suspendi mates'],
    },
  },
  {
    id: 'no-need-she-knows-our-thing-r26',
    phrases: [
      'no ..1 hace_falta|tiene_por_que|tiene_que|necesita|hay_por_que ..2 sepa|sepan|saber|se_entere|se_enteren|enterarse ..1 nada ..6 lo_nuestro|nuestro_secreto|entre_tu_y_yo|entre_nosotros|de_nosotros|de_los_dos',
      'lo_nuestro es|queda ..1 especial|secreto|solo_nuestro|de_los_dos ..6 no ..1 hace_falta|tiene_por_que|tiene_que|necesita ..2 sepa|sepan|saber|se_entere|se_enteren',
    ],
    examples: {
      match: ['no hace falta que sepa nada, lo nuestro es especial', 'tu madre no tiene por que saber nada, esto es entre tu y yo', 'lo nuestro es especial, no hace falta que se entere nadie'],
      ignore: ['no hace falta que sepa nada de la fiesta', 'lo nuestro es especial amor, te quiero', 'no hace falta que sepa nada, ya se lo explico yo'],
    },
  },
  {
    id: 'formal-dont-mention-to-parents-r26',
    phrases: [
      'no ..1 lo|le|se_lo|se_la ..1 comente|diga|cuente|mencione ..2 con|a ..1 su|sus ..1 padres|papas|familia|familiares ..6 contrato|firmar|casting|seleccion|proceso|confidencial',
      'confidencial ..6 no ..1 lo|le|se_lo|se_la ..1 comente|diga|cuente|mencione ..2 con|a ..1 su|sus ..1 padres|papas|familia|familiares',
    ],
    examples: {
      match: ['Totalmente, es confidencial. Mejor no lo comente con sus padres hasta firmar el contrato', 'no se lo cuente a sus padres hasta pasar el casting', 'es un proceso confidencial, no le diga nada a su familia'],
      ignore: ['no lo comente con sus compañeros hasta firmar el contrato', 'puede comentarlo con sus padres antes de firmar el contrato'],
    },
  },
  {
    id: 'does-mum-know-we-talk-better-not-r26',
    phrases: [
      'sabe|saben|sabia|sabian ..1 que ..1 hablas|hablamos|me_hablas|me_escribes|nos_escribimos ..2 conmigo|tu_y_yo|por_aqui|aqui ..4 mejor_que_no|mejor_no|mejor_asi|que_no_lo_sepa|que_no_lo_sepan|que_no_se_entere|que_no_se_enteren|no_se_lo_digas|no_les_digas|no_le_digas',
    ],
    unless: ['regalo|sorpresa|cumple|fiesta|la_fiesta|el_viaje|la_excursion'],
    examples: {
      match: ['tu mama sabe que hablas conmigo? mejor que no', 'tus padres saben que hablamos por aqui? mejor no les digas'],
      ignore: ['tu mama sabe que hablas conmigo? le tengo que pedir el permiso del viaje', 'sabe tu madre que hablamos? si, se lo conte', 'tu mama sabe que hablas conmigo? mejor que no se entere que te ayudo con el regalo'],
    },
  },
  {
    id: 'no-need-to-involve-parents-r27',
    phrases: [
      'no_es_necesario|no_hace_falta|no_hay_que|no_tienes_que|no_tenes_que|no_necesitas|mejor_no|todavia_no|aun_no ..2 involucrarlos|involucrarles|involucrar_a_tus|involucrar_a_tu|avisarles|decirles|contarles|decirselo|contarselo|que_firmen|que_se_enteren|que_lo_sepan|que_sepan|meterlos|preguntarles|consultarles',
    ],
    unless: ['ya_les|ya_le|ya_lo_saben|ya_saben|ya_lo_sabe|ya_firmaron|ya_hable|ya_avise|ya_estan_avisados|yo_les_aviso|yo_les_digo|yo_se_lo_digo|circular|autorizacion|sorpresa|regalo|cumple|fiesta|notas|examen|jaja*|jeje*|que_llegamos|que_llegue|que_llegaste'],
    examples: {
      match: ['por ahora no es necesario involucrarlos, lo vemos mas adelante', 'no hace falta que se enteren tus papas, luego les cuentas', 'todavia no hace falta contarselo a tu madre'],
      ignore: ['no hace falta avisarles, ya les mande la circular', 'no hace falta decirles nada, es sorpresa', 'no es necesario decirles que llegamos tarde jaja'],
    },
  },
  {
    id: 'dont-mention-it-or-ban-r27',
    phrases: [
      'no ..1 lo|la|los|las|le|les|nos|nada ..1 comentes|digas|menciones|cuentes|publiques|digais|comenteis|contes ..4 canal|general|grupo|server|servidor|foro|discord|mods|moderadores|admins|staff ..6 o|si_no|sino|porque ..2 baneamos|baneo|banea|expulsamos|echamos|bloqueamos|quitamos|pierdes|perderas',
    ],
    examples: {
      match: ['y no lo comentes en el canal general o te baneamos', 'no le digas nada a los mods o te expulsamos del server'],
      ignore: ['no lo comentes en el grupo que es sorpresa', 'no hagais spam en el canal general o os baneamos'],
    },
  },
  {
    id: 'dont-tell-the-others-r27',
    phrases: [
      'no ..1 se_lo|se_la|le|les ..1 digas|cuentes|comentes|menciones|digai|contes ..1 a ..1 las_demas|los_demas|tus_companeras|tus_companeros|el_resto|las_otras|los_otros|los_demas_monitores|las_demas_chicas|el_resto_del_equipo',
      'no ..1 tiene|tienen ..1 por_que|porque|pq|xq ..1 saber|enterarse|enterar ..2 que ..1 hablamos|nos_hablamos|te_escribo|chateamos|nos_escribimos|te_hablo|te_escribi',
    ],
    unless: ['sorpresa|regalo|cumple|fiesta|examen|chisme|jaja*|jeje*|jsjs*|me_gusta|crush|verguenza|vergonzoso|nota|notas|suspend*|alineacion|titular|convocatoria|quien_juega|quien_sale|de_momento|hasta_el_lunes|hasta_manana|hasta_que_lo_anuncie|lo_anuncio|lo_anunciamos|oficial'],
    examples: {
      match: ['tu hermano no tiene por que saber que hablamos', 'eres la mejor jugadora del equipo, no se lo digas a las demas', 'no le digas a tus compañeras que te escribo'],
      ignore: ['no se lo digas a los demas que es sorpresa para el profe', 'eres titular el sabado, no se lo digas a las demas hasta que lo anuncie'],
    },
  },
  {
    // r29: "and (you) delete the chat afterwards", with the pronoun first.
    id: 'you-delete-chat-after-r29',
    phrases: [
      'me|lo|tu|y ..1 borras|borres|eliminas|elimines|borrais|vacias|vacies ..1 el|este|nuestro|los|las|la|esta|todo_el|toda_la|nuestra ..1 chat|chats|mensajes|conversacion|conversaciones|historial',
      'borras|borres|eliminas|elimines ..1 el|este|nuestro|los|la|esta|todo_el ..1 chat|chats|mensajes|historial|conversacion ..2 despues|luego|al_acabar|cuando_acabes|cuando_termines|al_terminar|antes_de_que|para_que_nadie|que_nadie',
    ],
    unless: ['grupo|grupal|del_grupo|de_clase|del_equipo|memoria|espacio|almacenamiento|el_movil_va_lento|va_lento|se_llena|lleno|actualizar|actualizacion|spam|bot|estafa|ese_tio|ese_tipo|ese_pesado|bloquealo|bloqueala|denuncia*|reporta*'],
    examples: {
      match: ['mandame eso y me borras el chat despues', 'y borras los mensajes luego eh', 'tu eliminas la conversacion cuando acabes'],
      ignore: ['me borras el chat del grupo de clase? que no me deja', 'borras los mensajes de ese tio y lo bloqueas', 'me borras los chats que el movil va lento'],
    },
  },
  {
    // r30: "no need to bother your mum (with this) now".
    id: 'no-need-to-bother-your-parent-r30',
    phrases: [
      'no_hace_falta_que|no_hace_falta_q|no_hay_que|no_tienes_que|no_hay_necesidad_de|mejor_no|no_es_necesario ..2 la|lo|los|las|le|les ..1 molestes|molestar|preocupes|preocupar|metas|meter|involucres|involucrar ..2 ahora|ahorita|con_esto|con_eso|por_esto|por_eso|todavia|aun|en_esto|en_eso',
      'no_hace_falta|no_hay_que|no_tienes_que|no_hay_necesidad_de|mejor_no|no_es_necesario ..2 molestes|molestar|preocupes|preocupar|metas|meter|involucres|involucrar ..1 a ..1 tu|tus ..1 @parents',
    ],
    unless: ['durmiendo|dormida|dormido|duerme|trabajando|trabaja|cansada|cansado|ocupada|ocupado|enferma|enfermo|cocinando|reunion|te_llevo|te_recojo|yo_te_llevo|yo_lo_hago|ya_lo_hago|yo_me_encargo|ya_le_escribo|ya_le_aviso|ya_les_aviso|le_aviso_yo|les_aviso_yo|ya_hable_con|ya_lo_sabe|ya_lo_saben|jaja*|xd|pedido|paquete'],
    examples: {
      match: ['no hace falta que molestes a tu madre con esto, es entre tu y yo', 'mejor no la molestes ahora, hazlo tu sola', 'no tienes que preocupar a tus papas todavia', 'no hace falta meter a tu madre en esto'],
      ignore: ['no hace falta que molestes a tu madre, ya te llevo yo al partido', 'no la molestes ahora que esta durmiendo', 'no hace falta que la preocupes, ya le aviso yo'],
    },
  },
  {
    // r31: an offer to pick the reader up, with "but don't tell <someone>", and "don't tell her, she gets jealous".
    id: 'pick-up-dont-tell-or-she-gets-jealous-r31',
    phrases: [
      'te recojo|recogo|busco|llevo|paso_a_buscar|paso_a_recoger|paso_a_por_ti|paso_por_ti|voy_a_buscar|voy_a_recoger|vengo_a_buscar|vengo_a_recoger ..6 no ..1 se_lo|se_la|le|les|lo ..1 digas|cuentes|comentes|menciones|contes|digais',
      'te recojo|recogo|busco|llevo|paso_a_buscar|paso_a_recoger|paso_a_por_ti|paso_por_ti|voy_a_buscar|voy_a_recoger|vengo_a_buscar|vengo_a_recoger ..6 pero|y|aunque|eso_si|solo_que ..2 no ..1 se_lo|se_la|le|les|lo ..1 digas|cuentes|comentes|menciones|contes|digais',
      'no ..1 se_lo|se_la|le|les|lo ..1 digas|cuentes|comentes|menciones|contes ..6 te ..1 recojo|recogo|busco|llevo|paso_a_buscar|paso_a_recoger|paso_a_por_ti|paso_por_ti|voy_a_buscar|voy_a_recoger',
      'no ..1 se_lo|se_la|le|les ..1 digas|cuentes|comentes|menciones|contes ..1 nada ..3 @parents|nadie ..6 quedar|vernos|quedamos|quedemos|nos_vemos|nos_veamos|conocernos|te_recojo|te_paso_a_buscar',
      'no ..1 se_lo|se_la|le|les|lo ..1 digas|cuentes|comentes|menciones|contes ..4 que|q|porque|pq|ya_que ..2 es|esta|se_pone|se_va_a_poner|se_pondria ..3 celosa|celoso|celosita|celosito|celosas|celosos',
    ],
    unless: ['sorpresa|regalo*|fiesta|cumple*|tarta|pastel|aniversario|santo|despedida|mi_novio|mi_novia|mi_chico|mi_chica|mi_pareja|mi_ex|su_novio|su_novia|al_entreno|al_medico|al_dentista|que_llegue_tarde|que_llego_tarde|que_suspendi|abuel*|ropa|vestido|zapatillas|maquillaje|perro|gato|juguete*|consola|play'],
    examples: {
      match: ['el sabado te paso a buscar por la plaza, pero no se lo digas a tu hermana', 'te recojo con el coche a las 6. no se lo digas a nadie', 'no les digas nada a tus padres, no lo entenderian. podemos quedar el domingo', 'no le digas a marta que hablamos, que es muy celosa', 'no se lo cuentes a tu amiga q se pone celosa'],
      ignore: ['te recojo a las 8 pero no se lo digas a Lucia que es su fiesta sorpresa', 'no le digas a mi novio que fuimos al cine, es muy celoso jaja', 'no le digas a lucia que me puse su vestido que es muy celosa de su ropa'],
    },
  },
  {
    // r32: a phone or SIM given so the parents cannot read the chat; "sin tus padres, es mas natural".
    id: 'so-parents-cant-see-our-chat-r32',
    phrases: [
      'asi|para_que|pa_que ..1 tus|tu ..1 @parents ..1 no ..4 hablamos|hablemos|nos_decimos|te_digo|te_escribo|nos_escribimos|nos_mandamos|te_mando|chateamos|lo_nuestro|nuestros_mensajes|nuestro_chat',
      'te ..1 regalo|doy|compro|mando|consigo|paso ..2 un|una|otro|otra ..1 movil|celular|telefono|cel|sim|chip ..6 no_pueden|no_puedan|no_sepan|no_vean|no_lo_vean|no_se_enteren|secreto|escondid*|solo_para_hablar|para_hablar_conmigo|para_nosotros',
      'sin ..1 tus|tu ..1 padres|papas|papis|mama|madre|papa|padre|viejos ..3 es|sera|queda|sale|salen ..1 mas|mejor ..1 natural|comodo|comoda|tranquil*|facil|bonito|relajad*|intimo',
    ],
    unless: ['cumple|cumpleanos|navidad|reyes|hija|hijo|nieto|nieta|sobrin*|fiesta|viaje|excursion|campamento|concierto|peli|pelicula|los_chicos|las_chicas|todos|grupo|sorpresa'],
    examples: {
      match: ['te paso mi numero nuevo asi tus papas no ven lo que nos escribimos', 'te compro un cel para que tus padres no se enteren de lo nuestro', 'mejor ven sin tu madre, es mas tranquilo'],
      ignore: ['te regalo un movil por tu cumple, tus padres ya lo saben', 'asi tus padres no se preocupan, te aviso cuando llegue', 'sin tus padres la fiesta es mas tranquila jaja'],
    },
  },
  {
    // r33: "your mum would freak if she knew you talk to someone older".
    id: 'parents-would-freak-older-r33',
    phrases: [
      '@parents ..6 que ..1 hablas|hablamos|hablabas|estas_hablando|chateas|chateamos|sales|quedas|quedamos ..2 con ..1 alguien|un|una|un_chico|un_hombre|un_tio|un_senor ..1 mayor|mayores|adulto|mas_grande|mas_mayor',
      'flipara|fliparia|flipan|fliparian|le_daria_algo|te_mataria|te_matan|se_enfadaria|se_enfadarian ..4 hablas|hablamos|chateas ..2 con ..1 alguien|un_chico|un_hombre|un_tio|un_senor ..1 mayor|mayores|adulto|mas_grande',
    ],
    unless: ['cuidado|ten_cuidado|peligro|deberias_contarselo|cuentaselo|diselo|deberias_decirselo|no_me_gusta|me_preocupa|preocupa|ya_lo_saben|ya_lo_sabe'],
    examples: {
      match: ['si tus padres se enteran de que hablas con alguien mayor me matan', 'tu madre fliparia si supiera que chateas con un chico mayor'],
      ignore: ['si tus padres saben que hablas con tu tia, genial', 'mi madre flipara cuando vea las notas', 'tu madre sabe que quedas con un chico mayor? ten cuidado'],
    },
  },
  {
    // r35: "pero solo tu y yo, sin decirle a nadie": just the two of us, no one told.
    id: 'just-us-without-telling-r35',
    phrases: [
      'solo_tu_y_yo|tu_y_yo_solos|tu_y_yo_solitos|los_dos_solos|solo_nosotros|solo_los_dos ..4 sin ..1 decirle|decirselo|decirles|contarle|contarselo|contarles|decir|contar|avisar|avisarle|avisarles|que_nadie|que_lo_sepa ..2 nadie|@parents|tus_padres|tus_papas|tu_madre|tu_padre|tu_mama|tu_papa|tu_familia|sepa|se_entere',
      'nos ..1 vemos|veamos|conocemos|conozcamos|juntamos|juntemos|encontramos ..6 sin ..1 decirle|decirselo|contarle|contarselo|decirles|contarles ..2 nadie|@parents|tus_padres|tus_papas',
    ],
    unless: ['sorpresa|cumple|regalo|fiesta|tarta|pastel'],
    examples: {
      match: ['vamos al parque, solo tu y yo, sin contarle a nadie', 'nos vemos el sabado sin decirle nada a tus padres'],
      ignore: ['solo tu y yo organizamos la fiesta sorpresa, sin decirle a nadie', 'fui solo al medico sin decirle a nadie'],
    },
  },
  {
    // r37: "borra esto", "borra eso despues" with no noun: asking to destroy the conversation.
    id: 'delete-this-r37',
    phrases: [
      'borra|borres|borrad|elimina|elimines|borralo|borrala ..1 esto|eso|este|esta ..1 [eh|ok|vale|porfa|ya|ahora|despues|luego|mi_amor|amor|po|we|wey|pues|bebe|linda]',
    ],
    unless: ['documento|archivo|foto|dibujo|frase|parrafo|texto|trabajo|tarea|deberes|borrador|redaccion|pizarra|error|falta|grupo|spam|virus|sorpresa|fiesta|cumple|regalo|por_error|equivoque|salgo|feo|fea|fatal|horrible|audio|story|historia|estado'],
    examples: {
      match: ['bueno ya, borra esto eh', 'borra esto despues porfa'],
      ignore: ['borra esto del documento que esta mal', 'borra esta foto que salgo fatal', 'borra eso de la pizarra'],
    },
  },
  {
    // r37: "I could get in trouble if anyone finds out" ("me meto en un lio", "podria tener problemas").
    id: 'i-could-get-in-trouble-r37',
    phrases: [
      'me ..1 meto|meterian|meteria|meterias|metes|puedo_meter|puedes_meter|podria_meter|van_a_meter ..1 en ..1 [un|una|muchos|tremendo] lio|lios|problema|problemas|bronca|rollo|quilombo|carcel|cana',
      'podria|puedo|voy_a|iria|me_pueden|me_podrian ..1 tener|meterme_en|ir_a|ir_preso|meterme_preso|acabar_en ..1 problemas|lios|un_lio|la_carcel|carcel|preso|cana ..4 si ..3 alguien|nadie|tus|tu|se ..1 entera|enteran|sabe|saben|entero|enteraron|cuentas|dices|lo_sabe',
      'si ..2 alguien|tus_padres|tu_mama|tu_papa|tus_papas|se ..1 entera|enteran|sabe|saben ..4 me ..1 meto|meten|meterian|mato|matan|matarian|denuncian|meten_preso|llevan_preso',
    ],
    unless: ['examen|profe|profesor|profesora|jefe|jefa|trabajo|multa|tarea|deberes|notas|boletin|fiesta|sorpresa|cumple|regalo|partido|entreno|entrenador|falta|copiar|copie|castigo|castigado|castigada|llegue_tarde|hora'],
    examples: {
      match: ['nadie puede saberlo, si alguien se entera me meto en un lio', 'yo podria tener problemas si tus papas se enteran', 'no digas nada que me meto en problemas'],
      ignore: ['si el profe se entera de que copie me meto en un lio', 'si mi jefe se entera me meto en problemas por llegar tarde'],
    },
  },
] satisfies PatternEntry[];
