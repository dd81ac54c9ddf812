import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'lets-meet',
    phrases: [
      'te quiero|quisiera|gustaria|encantaria conocer|ver ..1 en_persona|en_vivo|cara_a_cara|pronto|a_solas',
      'ir|paso|voy|vengo|pasar|pasarme ..2 tu_casa ..4 no_esten|no_estan|no_hay_nadie|estes_sola|estes_solo|estas_sola|estas_solo|se_vayan|salgan',
      'quedamos|kedamos|quedemos|quedar|quedariamos ..2 tu_y_yo|solos|a_solas|en_persona|en_mi_casa|en_tu_casa|conmigo|un_dia|algun_dia|este_finde|el_finde',
      'quieres|kieres|podemos|podriamos|te_apetece|te_gustaria ..1 conocernos',
      'ven|vente|venite|veni|vienes sola|solo|solita|solito|sin_nadie|sin_avisar|sin_decir_nada',
      'conocernos|vernos|verte|conocerte ..1 en persona|en_vivo|cara_a_cara',
      'quiero|kiero|me_gustaria|quisiera|necesito ..2 conocerte|verte|vernos ..2 en_persona|ya|you|pronto|a_solas|solos',
      'ven|vente|venite|venis|vienes|vendrias ..2 a|por mi casa|piso|depa|departamento|hotel|coche|carro|cuarto|habitacion|estudio',
      'te|nos ..1 invito|espero|vemos ..2 a|en mi casa|mi_piso|mi_coche|mi_carro|a_solas',
      'te recojo|recogo|busco|paso_a_buscar|paso_a_por_ti|voy_a_buscar|voy_a_recoger ..4 tu_casa|tu_colegio|tu_escuela|tu_insti|tu_cole|la_salida|tu_instituto|tu_liceo',
      'nos vemos ..4 a_solas|en_secreto|sin_que|en_persona',
      'te ..1 puedo|podria|paso_a|voy_a|vengo_a|quiero ..1 recoger|buscar|ir_a_buscar|pasar_a_buscar ..4 salida|puerta|esquina ..3 @school|clase|tu_casa',
      'paso|pasare|voy|ire ..1 por ..1 ti ..4 salida|puerta|esquina ..3 @school|clase',
      'te espero|esperare|estare ..4 salida|puerta|esquina ..3 @school ..6 no_le_digas|no_se_lo_digas|sin_que|que_nadie|solita|solito|sola|solo|a_solas',
      'vamos|vamonos|nos_vamos|damos_una_vuelta|dar_una_vuelta|iremos|vayamos|nos_escapamos|escaparnos ..4 los_dos_solos|a_solas|solitos|sin_nadie|sin_que_nadie|donde_nadie_nos_vea',
      'sube|subete|te_subes|subirte ..2 a ..1 mi ..1 coche|carro|auto|moto|furgo*|camioneta',
      'ir|voy|vengo|viajo|viajar|pasar|puedo_ir ..1 a ..1 verte ..2 a|en ..1 tu ..1 ciudad|pueblo|barrio|casa|cole|escuela|insti',
      'cuando|donde nos conocemos|conoceremos',
      'vernos|quedar|quedamos|quedemos|nos_vemos|nos_veamos|conocernos|verte|vente|ven ..4 sin que ..2 nadie|@parents|sepa|sepan|se_entere|se_enteren|nos_vean|nos_vea|te_vean',
      'vernos|quedar|quedamos|quedemos|conocernos|recojo|paso_a_buscar|te_espero|nos_vemos ..6 no_hace_falta_que|no_se_lo_digas|no_le_digas|no_les_digas|no_digas_nada|que_nadie|en_secreto|sin_decir_nada|sin_avisar|no_avises|no_tienen_por_que|no_tiene_por_que',
      'te llevo|acerco en [mi] coche|carro|auto|moto|furgo*',
      'quieres|puedo|podria|dejame ..1 que ..1 vaya|ir ..1 a ..1 verte|buscarte|conocerte',
      'puedo|podria|voy_a|quiero|pienso ..1 ir|viajar|pasar ..1 a|por ..1 tu ..1 ciudad|pueblo|barrio|zona',
      'y ..1 nos ..1 conocemos|conocemos_en_persona|vemos_en_persona',
    ],
    unless: [
      // r28
      'nada_de_vernos|nada_de_conocernos|sin_vernos|sin_conocernos|sin_tener_que_vernos|no_hace_falta_vernos|no_hace_falta_conocernos|nada_de_quedar|sin_quedar', 'apuntes|deberes|llaves|libro|medicina*|enferm*|sopa|hospital|clinica|operacion|funeral|tanatorio', 'con|y todos|todas|los_chicos|las_chicas|el_grupo|la_clase|el_equipo|los_demas|mi_hermano|mi_hermana|mis_hermanos|mi_primo|mi_prima|mis_amigos', 'con_mi_hermano|con_mi_hermana|con_mis|cumple|fiesta|torneo|partido|evento|quedada|sorpresa|regalo', 'para verla|verlo|probarla|probarlo|la_bici|el_coche|el_movil|la_consola|entrenar|estudiar|el_trabajo|la_tarea|el_partido|el_proyecto', 'al_entreno|al_insti|al_cole|al_colegio|a_clase|al_medico|al_dentista|a_la_estacion|al_aeropuerto|a_casa_de|al_partido'],
    examples: {
      match: ['puedo ir a verte a tu ciudad, nadie tiene que enterarse', 'el viernes te puedo recoger a la salida del cole y vamos por ahi tu y yo', 'paso por ti a la salida de la escuela', 'damos una vuelta los dos solos', 'sube a mi coche y te llevo', 'quieres quedar conmigo?', 'podemos vernos en el parque sin que nadie sepa', 'vente sin que tus papas se enteren', 'quiero conocerte en persona', 'vente a mi casa', 'te recojo en tu escuela a la salida', 'nos vemos a solas', 'podriamos vernos el sabado, te recojo cerca del parque y no hace falta que se lo digas a nadie', 'te llevo en mi coche', 'quieres que vaya a verte?', 'puedo ir a tu ciudad este finde', 'te invito a un helado y nos conocemos', 'ven a mi depa, te invito unas cervezas', 'quedamos mañana a la salida? te invito a algo y te llevo en coche'],
      ignore: ['nada de vernos en persona, todo online', 'te llevo en coche al entreno', 'te recojo en tu casa a las 8, no le digas a nadie que es una sorpresa para Lucia', 'quieres ir al cine el sabado con todos?', 'quedamos mañana para verla?', 'nos vemos en clase', 'quedamos para estudiar'],
    },
  },
  {
    id: 'lets-meet-generic',
    weight: 1,
    phrases: [
      'te vengo|voy|paso ..1 a buscar|recoger|buscarte|recogerte',
      'quedamos|kedamos|quedemos',
      'vamos a vernos|conocernos|juntarnos|quedar',
      'quieres|kieres|podemos|podriamos|te_apetece|te_gustaria ..2 quedar|vernos|juntarnos|que_quedemos|que_nos_veamos',
    ],
    unless: ['con_mi_hermano|con_mi_hermana|con_mi_mama|con_mi_papa|con_mi_madre|con_mi_padre|con_mis_padres|con_mis_papas|con_mis_viejos|con_mi_vieja|con_mi_viejo|nos_lleva|nos_llevan|nos_trae|nos_traen|a_la_fiesta|al_baile|a_la_previa|salida_del_metro|con_la_consola|la_switch', 'cine|peli|pelicula|parque|centro|helado|merendar|tomar_algo|biblioteca|estudiar|jugar|partido|concierto|todos|los_demas|grupo|clase|equipo|entrenar|bici|verla|verlo|probar|a_mano|en_paz|en_que|quedamos_asi|quedamos_en_eso', 'su_portal|su_casa|su_piso|nos_abre|nos_abrira', 'no_sales|no_vas_a_salir|castigad*|sin_salir|sin_celular|sin_movil|sin_consola|sin_play'],
    examples: {
      match: ['quedamos?', 'quieres quedar?', 'podemos vernos un dia'],
      ignore: ['te paso a buscar a las 9 con mi hermano que nos lleva', 'quedamos a las 6 en su portal, su madre nos abre', 'transferime lo del cine y quedamos a mano', 'quedamos en que me avisabas', 'quieres que quedemos el sabado para ir al cine?', 'quedamos con los demas en el parque', 'a las 10 te paso a buscar, estate lista o no sales el finde'],
    },
  },
  {
    id: 'come-alone',
    weight: 2,
    phrases: [
      'ven|vente|venite|veni sola|solita|solito|sin_nadie|sin_avisar|sin_decir_nada|sin_que_nadie_sepa',
      'y ..1 vienes|vengas|vendras ..1 sola|solita|sin_nadie|sin_avisar',
      'no ..1 traigas|traigais|vengas_con ..2 a ..1 nadie|nadie|tus_amigas|tus_amigos|tu_amiga|tu_amigo',
    ],
    unless: ['mama|mami|papa|papi|abuel*|tia|tio|profe|entrenador*|clase|excursion|autobus|bus|metro|taxi|llaves|recoger|recogerte|no_puedo|no_podemos|fiesta|cumple|sorpresa|regalo|comida|bebida|nada_de_comer|comer|bocadillo|chuches|tupper|mascarilla|jaja*|haha*|jsjs*'],
    examples: {
      match: ['quedamos en el parque a las 7 y vienes sola', 'ven sola, no traigas a nadie', 'vente solita al parque'],
      ignore: ['ven sola a casa en el bus que no puedo recogerte, mama', 'no traigas nada, hay comida de sobra', 'no traigas a nadie a la fiesta sorpresa'],
    },
  },
  {
    id: 'come-to-my-place',
    phrases: [
      'te ..1 invito|llevo|vienes|vendrias|subes|subirias ..4 a ..1 mi ..1 casa|piso|habitacion|cuarto|hotel|apartamento|depa|departamento|coche ..4 luego|despues|a_solas|solos|tu_y_yo|nadie|no_hay_nadie|no_estan|no_esta|sola|solita|esta_noche|de_noche|dormir|a_dormir|quedarte',
      'luego|despues|y_luego|y_despues ..2 a ..1 mi ..1 casa|piso|habitacion|cuarto|hotel|apartamento|depa ..3 te ..1 recojo|llevo|busco',
      'te ..1 invito|llevo ..4 luego|despues|y_luego|y_despues ..1 a ..1 mi ..1 casa|piso|habitacion|cuarto|hotel|apartamento|depa',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|cumple|fiesta|pijamada|cumpleanos|tus_padres_ya|ya_lo_sabe|ya_lo_saben|tu_madre_me_dijo|tu_madre_dijo|tu_padre_dijo|tu_mama_dijo|tu_papa_dijo|estudiar|deberes|trabajo_de|proyecto|apuntes|tia|tio|abuel*|primos|prima|primo|hermano|hermana|mama|papa|familia|mis_padres|mis_papas|mi_madre|mi_padre'],
    examples: {
      match: ['te invito a cenar y luego a mi piso', 'te vienes a mi casa esta noche? no hay nadie', 'te llevo a mi apartamento despues, tu y yo'],
      ignore: ['te vienes a mi casa despues a estudiar?', 'te invito a mi cumple, luego a mi casa a dormir, ya lo saben tus padres', 'te vienes a mi casa esta noche? mi madre hace pizza'],
    },
  },
  {
    id: 'ill-send-a-ride',
    phrases: [
      'te ..1 pago|mando|pido|envio ..1 el|un ..1 uber|taxi|cabify|didi|indriver|remis|bolt|pasaje|boleto|bus ..3 para_que_vengas|para_verte|para_que_nos_veamos|para_que_vengas_a_verme|y_vienes|y_te_vienes|para_que_te_vengas',
      'te ..1 mando|pido|pago|envio|mandare|pedire ..1 un|el ..1 uber|taxi|cabify|didi|indriver|remis|bolt ..6 nos_vemos|y_vienes|y_venis|te_espero|nos_encontramos|conocernos|a_mi_casa|a_mi_depa|a_mi_piso|al_hotel|a_verme|para_vernos|a_donde_estoy|y_nos',
    ],
    unless: ['mama|papa|abuel*|tia|tio|casa_de_la|casa_del|clase|entreno|partido|colegio|cole|insti|hospital|medico|aeropuerto|estacion|llueve|lluvia|tarde|noche_y_no_hay'],
    examples: {
      match: ['te pago el uber para que vengas', 'te mando el pasaje para que vengas a verme', 'te mando un uber y nos vemos en la plaza, yo invito todo'],
      ignore: ['te pido un uber y nos vemos en casa de la abuela', 'te mando un uber porque llueve y nos vemos en clase'],
    },
  },
  {
    id: 'when-parents-away',
    phrases: [
      'buscar|buscarte|recogerte|ir|verte|pasar|pasarme|visitarte|llegar ..4 cuando ..2 tus_papas|tus_padres|tu_mama|tu_papa|tus_viejos|tu_vieja|tu_viejo|nadie|tu_familia ..1 no ..1 esten|este|haya|estan|esta',
      'buscar|buscarte|recogerte|ir|verte|pasar|pasarme|visitarte ..4 cuando ..1 estes ..1 sola|solita|solo|solito',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues', 'jaja*|haha*|jsjs*|cumple|sorpresa|regalo|fiesta|abuel*|tia|tio|perro|gato|planta|plantas|paquete|llaves'],
    examples: {
      match: ['te puedo ir a buscar a tu casa cuando tus papas no esten', 'paso a verte cuando estes sola'],
      ignore: ['paso a recoger el paquete cuando tus papas no esten, para la sorpresa', 'voy a regar las plantas cuando tu familia no este'],
    },
  },
  {
    id: 'come-when-parents-out-r9',
    weight: 3,
    phrases: [
      'ir_a_buscarte|pasar_a_buscarte|recogerte|pasar_por_ti|ir_por_ti|verte|ir_a_verte|ir_a_tu_casa|voy_a_tu_casa|paso_por_tu_casa|vengo_a_tu_casa|vienes_a_mi_casa|vengas_a_mi_casa ..4 cuando|mientras ..2 no_esten|no_estan|no_haya_nadie|se_vayan|esten_fuera|salgan|trabajen|duerman|no_este_tu|no_esta_tu',
    ],
    unless: ['mama|papa|abuel*|tio|tia|vecina|vecino|entrenador|profe|regar_las_plantas|plantas|perro|gato|llaves|paquete|sorpresa|cumple'],
    examples: {
      match: ['puedo ir a buscarte a tu casa cuando no esten tus papas', 'vienes a mi casa cuando se vayan mis papas?'],
      ignore: ['paso por tu casa cuando no esten para regar las plantas', 'la abuela puede recogerte cuando salgan tus papas'],
    },
  },
  {
    id: 'my-car-or-near-you-r9',
    weight: 2,
    phrases: [
      'quedamos|vemos|vernos|nos_vemos|subete|sube|te_espero ..3 en ..1 mi ..1 coche|carro|auto|carro|depa|departamento|piso|cuarto|hotel|furgo|camioneta',
      'vivo|estoy|trabajo ..1 cerca ..6 pasar|ir|verte|buscarte|vernos|quedar|recogerte',
    ],
    unless: ['trabajo_de|hacer_el_trabajo|estudiar|deberes|tarea|proyecto|grupo|equipo|mama|papa|abuel*|tio|tia|profe|entreno|partido|cumple|fiesta|cena|peli|todos|todas|los_demas'],
    examples: {
      match: ['quedamos en mi coche despues de clase?', 'vivo cerca, te puedo pasar a ver hoy'],
      ignore: ['quedamos en mi piso para hacer el trabajo de historia', 'vivo cerca, paso a recogerte con tu mama'],
    },
  },
  {
    id: 'address-and-im-coming-r10',
    phrases: [
      'direccion|ubicacion ..4 voy|paso|caigo|llego ..2 pa_alla|para_alla|pa_ya|para_alli|a_tu_casa|pa_tu_casa',
      'si_queres|si_quieres ..1 nos ..1 vemos|juntamos ..4 y ..1 te ..1 doy|paso|regalo|compro',
      'te ..1 invito|llevo|espero ..3 hotel|motel|telo|hostal|mi_depa|mi_departamento|mi_piso|mi_apartamento',
      'vamos|vayamos|nos_vamos ..1 a ..1 un ..1 hotel|motel|telo',
    ],
    unless: ['repartidor|pedido|paquete|uber|taxi|grupo|todos|los_demas|cumple|fiesta|trabajo_en_grupo|los_apuntes', 'pizza|comida|la_cena|regalo|tus_cosas|tu_chaqueta|tu_sudadera|tus_llaves|tu_movil|las_llaves|la_mochila|las_chicas|los_chicos|con_todos|con_todas|partido'],
    examples: {
      match: ['pasame tu direccion y voy pa alla, llevo unas chelas', 'si queres nos vemos en la plaza y te doy la tarjeta', 'te invito a un hotel el finde, yo pago todo', 'te espero en mi depa, ven sola'],
      ignore: ['pasame la direccion del cumple y voy pa alla con todos', 'pasame tu direccion y voy pa alla con la pizza', 'te invito a mi casa el sabado a ver el partido con todos'],
    },
  },
  {
    id: 'drop-by-my-place-r11',
    weight: 2,
    phrases: [
      'caele|caete|caeme|vente|venite ..2 a ..1 mi_casa|mi_depa|mi_cuarto|mi_piso|mi_canton|mi_chante|mi_apartamento|mi_apto ..6 mis_jefes|mis_papas|mis_viejos|mis_padres|mis_roomies|nadie|solos|solas|solita|solito ..2 no_estan|no_hay|se_fueron|esta|estamos|vamos_a_estar|se_va_a_enterar',
      'caele|caete|caeme|vente|venite ..2 a ..1 mi_casa|mi_depa|mi_cuarto|mi_piso|mi_canton|mi_chante|mi_apartamento|mi_apto ..6 vamos_a_estar|estaremos|estamos|vamos_a_quedar ..1 solos|solas|solitos|solitas',
    ],
    unless: ['jaja*|a_jugar|a_estudiar|tarea|trabajo|proyecto|cumple|fiesta|pijamada|peli|pelis|todas|todos|con_las_chicas|con_los_chicos|tu_mama|tu_papa|tus_papas'],
    examples: {
      match: ['caele a mi casa, mis jefes no estan', 'vente a mi depa esta noche, vamos a estar solos'],
      ignore: ['caele a mi casa a jugar play, mis jefes no estan jaja', 'vente a mi casa, estamos todas para la pijamada'],
    },
  },
  {
    id: 'meet-then-pickup-r12',
    phrases: [
      'y_si|q_tal_si|que_tal_si|porque_no|por_que_no nos ..1 vemos|juntamos|encontramos|conocemos ..6 pero|no_le_digas|no_digas|sin_que|solos|solitos|a_solas|te_recojo|te_busco|te_paso_a_buscar|en_mi_carro|en_mi_coche|en_mi_auto',
      'nos ..1 vemos|juntamos|encontramos ..6 yo te ..1 recojo|busco|paso_a_buscar|llevo ..2 en mi ..1 carro|coche|auto|moto|camioneta',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'mi_mama|mi_papa|tu_mama|tu_papa|tus_papas|mis_papas|todos|todas|los_del|las_del|grupo|equipo|entreno|partido|clase|la_profe|el_profe'],
    examples: {
      match: ['y si nos vemos el viernes en el centro comercial? yo te recojo en mi carro', 'q tal si nos vemos en el parque? pero no le digas a nadie', 'porque no nos juntamos solos un dia'],
      ignore: ['nos vemos a las 5 y mi mama nos recoge', 'y si nos vemos en el cine con todos los del salon?'],
    },
  },
  {
    id: 'how-about-we-meet-weak-r12',
    weight: 1,
    phrases: [
      'y_si|q_tal_si|que_tal_si|porque_no|por_que_no|k_tal_si nos ..1 vemos|juntamos|encontramos|conocemos ..4 manana|hoy|el_finde|el_sabado|el_domingo|el_viernes|despues|en_el_parque|en_el_centro|en_la_plaza|en_el_mall|a_la_salida',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'fiesta|sorpresa|cumple|regalo|planear|todos|todas|grupo|equipo|trabajo|proyecto|tarea|estudiar|ensayo|entreno|partido|mama|papa|primos|primas|los_del|las_del|con_ana|con_los|con_las'],
    examples: {
      match: ['q tal si nos vemos en el parque mañana despues de clases?', 'y si nos juntamos el sabado en el centro?'],
      ignore: ['q tal si nos vemos el sabado todos en casa de ana para planear la fiesta', 'y si nos vemos mañana con el grupo para el trabajo?'],
    },
  },
  {
    id: 'pick-you-up-ride-r12',
    phrases: [
      'paso|voy|pasare|ire ..1 por|a_buscarte|a_recogerte ..1 ti ..5 cole|colegio|escuela|casa|salida|insti ..4 damos|dar|vamos ..2 vuelta|paseo ..3 carro|coche|auto|moto|camioneta',
      'paso|voy|pasare|ire ..1 por|a_buscarte|a_recogerte ..1 ti ..5 cole|colegio|escuela|casa|salida|insti ..3 carro|coche|auto|moto|camioneta ..4 sin_que|no_le_digas|solos|a_solas|nadie',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'mama|papa|hija|hijo|mija|mijo|tu_tia|tu_tio|abuela|abuelo|me_pidio|entreno|partido|dentista|medico'],
    examples: {
      match: ['paso por ti a tu cole y damos una vuelta en mi carro', 'paso por ti a la salida en mi carro, no le digas a nadie'],
      ignore: ['paso por ti a tu cole, tu mama me pidio', 'hija paso por ti a la salida en mi carro'],
    },
  },
  {
    id: 'pickup-to-my-place-r13',
    weight: 3,
    phrases: [
      'te ..1 paso_a_buscar|recojo|busco|levanto|voy_a_buscar|paso_a_recoger|recogo ..6 te ..1 llevo|llevare|voy_a_llevar ..2 a ..1 mi ..1 depa|departamento|apartamento|apto|piso|casa|cuarto|hotel|motel|cabana|finca|quinta|carro|auto|coche',
      'te ..1 llevo|llevare|voy_a_llevar ..1 a ..1 mi ..1 depa|departamento|apartamento|apto|hotel|motel|cabana',
    ],
    unless: ['mama|mami|papa|papi|mi_madre|mi_padre|mis_padres|mis_papas|mi_hermana|mi_hermano|trabajo|deberes|tarea|pizza|cumple|fiesta|pijamada|los_chicos|las_chicas|todos|peli|entreno|partido|ensayo|abuel*|tu_hermana|tu_hermano|tus_padres|tus_papas|tu_mama|tu_papa'],
    examples: {
      match: ['te paso a buscar a la salida del cole con el auto, no le digas a nadie q es sorpresa, te llevo a mi depa', 'te recojo en la esquina y te llevo a mi casa un rato'],
      ignore: ['te recojo a las 5 y te llevo a mi casa, mi mama hace pizza', 'te paso a buscar y te llevo a mi casa con los chicos a ver la peli'],
    },
  },
  {
    id: 'we-could-meet-saturday-r13',
    phrases: [
      'podriamos|podemos|y_si|deberiamos|hay_que ..1 quedar|vernos|juntarnos|encontrarnos|nos_vemos|quedamos|nos_juntamos ..4 sabado|domingo|viernes|finde|parque|centro|plaza|mall|centro_comercial|en_persona|un_dia|a_solas|solos',
    ],
    unless: ['con_los_chicos|con_las_chicas|todos|todas|grupo|clase|trabajo|proyecto|deberes|tarea|entreno|partido|ensayo|cumple|fiesta|cine_con|con_tu_hermana|con_tu_hermano|con_mi_hermana|con_mi_hermano|prima|primo'],
    examples: {
      match: ['tus viejos te dejan salir solo? podriamos quedar el sabado en el parque y te paso la cuenta premium', 'y si nos vemos en persona un dia?'],
      ignore: ['podriamos quedar el sabado todos en el parque para el trabajo', 'podemos quedar el domingo con los chicos'],
    },
  },
  {
    id: 'when-im-in-your-city-r13',
    phrases: [
      'cuando ..1 vaya|venga|llegue|pase|este ..3 nos_vemos|quedamos|te_veo|nos_juntamos|te_paso_a_buscar|te_recojo|te_busco|nos_conocemos|te_invito',
    ],
    unless: ['primo|prima|primos|tio|tia|tios|abuel*|familia|todos|todas|con_los|con_las|navidad|vacaciones_de|cumple|boda|mama|papa|clase|entreno|partido'],
    examples: {
      match: ['tranqui yo te puedo enseñar jaja. cuando vaya a bogota nos vemos? yo te invito a donde quieras', 'cuando pase por tu ciudad quedamos'],
      ignore: ['cuando vaya a madrid nos vemos con los primos'],
    },
  },
  {
    id: 'meet-alone-somewhere-r14',
    phrases: [
      'nos ..1 vemos|juntamos|encontramos|veamos|juntemos ..4 solitos|solitas|solos|solas|a_solas|tu_y_yo|vos_y_yo|los_dos_solos|sin_nadie_mas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'grupo|clase|equipo|entreno|entrenamiento|trabajo|proyecto|deberes|tarea|examen|todos|chicas|chicos|amigas|amigos|primos'],
    examples: {
      match: ['nos vemos en el shopping? solitos', 'nos juntamos en el parque tu y yo', 'nos vemos a solas el sabado'],
      ignore: ['nos vemos en la biblio con los del grupo', 'nos vemos todos a las 5'],
    },
  },
  {
    id: 'come-over-parents-out-r16',
    phrases: [
      'pasate|ven|vente|venite|cayete|caete|sube|subite ..3 mi_casa|mi_depa|mi_piso|mi_cuarto|mi_apartamento|mi_apto|mi_carro|mi_coche ..6 mis_papas|mis_padres|mis_viejos|mi_mujer|mi_esposa|nadie ..1 no_estan|no_esta|no_hay|se_fueron|estan_fuera|salieron|se_van|no_vuelven',
    ],
    unless: ['play|fiesta|jugamos|jugar|pelis_con|las_chicas|los_chicos|todos|todas|el_grupo|deberes|estudiar|pizza|pijamada|maraton|trabajo|proyecto'],
    examples: {
      match: ['pasate por mi casa esta noche, mis papas no estan', 'vente a mi depa, mi mujer no esta'],
      ignore: ['vente a mi casa que mis padres no estan y jugamos a la play', 'ven a mi casa el sabado, mis padres no estan, viene todo el grupo'],
    },
  },
  {
    id: 'pick-up-to-my-place-r17',
    phrases: [
      'te_recojo|te_busco|paso_por_ti|te_paso_a_buscar|te_voy_a_buscar ..6 vamos|nos_vamos|te_llevo ..2 a ..1 mi ..1 depa|casa|departamento|cuarto|hotel|auto|carro',
      'nos_vemos|quedamos|te_espero|juntemonos ..6 solo_tu|sola|solita|solito|solo ..3 sin ..1 tus ..1 papas|padres|viejos|amigos|amigas',
      'te_invito ..4 paso_por_ti|te_recojo|te_busco ..4 sin_que|no_le_digas|no_se_lo_digas',
    ],
    unless: ['tu_mama_sabe|ya_le_dije_a_tu_mama|tu_papa_sabe|con_permiso'],
    examples: {
      match: ['quedamos el sabado en el centro comercial? te recojo y vamos a mi depa', 'nos vemos el sabado en el parque, solo tu, sin tus papas eh', 'te invito un helado, paso por ti en el carro, sin que le digas a Nacho'],
      ignore: ['te recojo a las 12, tu mama sabe, vamos a casa de la abuela', 'nos vemos en el parque todos'],
    },
  },
  {
    id: 'to-my-flat-alone-r18',
    phrases: [
      'te_vienes|vienes|venis|venite|vente ..3 al|a_mi ..1 estudio|depa|apartamento|apto|cuarto|hotel ..6 solo|sola|solito|solita|nadie|no_hay_nadie',
      'mejor|ven|vente|veni|venite ..1 sola|solo|solita|solito ..6 otro_dia|otra_vez|la_proxima|no_hace_falta|no_traigas|no_la_traigas|no_lo_traigas|sin_nadie|nadie_mas|sin_ella|sin_el',
      'te ..1 recojo|paso_a_buscar|busco|levanto ..6 y ..1 vamos|nos_vamos|te_llevo ..2 a ..1 mi|un ..1 apartamento|apto|depa|casa|cuarto|hotel|estudio|carro|auto',
    ],
    unless: ['mi_mama|mi_papa|mis_padres|mis_papas|tu_mama|tu_papa|tus_padres|tus_papas|con_tu_madre|estudiar|deberes|tarea|apuntes|repasar|entrenamiento|clase|ensayo|grupo_de_estudio|trabajo_en_grupo|los_demas|todos|todas|el_equipo|fiesta|cumple|pijamada|jaja*|jsjs*|mudanza|mudamos|pintar|limpiar|la_abuela|el_abuelo|tu_abuela'],
    examples: {
      match: ['el sabado te recojo en el parque y vamos a mi apartamento a ver videos de tactica', 'te vienes el sabado al estudio? estoy solo, asi no nos molesta nadie', 'mejor sola, tu amiga puede ir otro dia', 'ven solita, no la traigas a ella'],
      ignore: ['vamos a mi depa a ver la peli?', 'mejor solo, sin tu hermano que siempre rompe todo', 'vamos a mi cuarto a jugar play con todos', 'mejor sola la pizza, sin tu amiga la pina jaja', 'te recojo y vamos a mi casa con mis papas a cenar', 'te vienes al estudio de danza? estoy sola en el ensayo'],
    },
  },
  {
    id: 'come-when-nobody-is-home-r19',
    phrases: [
      'ven|vente|vienes|veni|pasa|pasate|pasas ..6 cuando ..1 no ..1 este|esten|haya ..1 mi_senora|mi_mujer|mi_esposa|mi_novia|nadie|mis_papas|mis_padres|mi_familia|tus_papas|tus_padres|tu_mama|tu_papa|tus_viejos',
      'que|q ..1 vengas|vayas ..1 a ..1 verme|mi_casa|mi_depa|mi_piso|mi_estudio|mi_carro|mi_auto|mi_coche|mi_cuarto ..6 sola|solita|solo|solito|sin_nadie|sin_tus_papas|sin_tu_mama|sin_tus_padres|sin_tus_viejos',
      'salimos|quedamos|nos_vemos|vamos ..4 tomar_algo|un_cafe|a_pasear|a_dar_una_vuelta|una_vuelta ..4 tengo_auto|tengo_carro|tengo_coche|tengo_moto|con_mi_auto|en_mi_carro|en_mi_coche|en_mi_auto',
    ],
    unless: ['tu_mama_sabe|tu_mama_me_dijo|tu_madre_me_dijo|le_pregunto_a_tu|con_tu_mama|con_tus_papas|con_tus_padres|con_tu_papa|cumple|fiesta|reunion|ensayo|tarea|trabajo_practico|grupo|todos|todas|los_chicos|las_chicas|los_demas|el_perro_te_espera|jaja_no|me_dijo|me_dijeron|la_noticia|reportaje'],
    examples: {
      match: ['ven el martes a las 7 cuando no este mi señora, te espero adentro', 'que vengas a verme el sabado detras del templo, sola', 'salimos un dia a tomar algo? tengo auto te busco', 'pasate por mi casa cuando no esten tus papas'],
      ignore: ['ven el martes cuando no este tu mama y le preparamos la sorpresa del cumple', 'salimos a tomar algo con los chicos? tengo auto', 'quiero que vengas a mi casa con tu mama a cenar'],
    },
  },
  {
    id: 'come-alone-without-mum-r19',
    phrases: [
      'pasate|ven|vente|veni|vienes|vengas|venis ..4 sola|solita|solo|solito ..3 sin ..1 tu|tus ..1 mama|papa|madre|padre|papas|padres|viejos|vieja|viejo|familia|amigas|amigos|hermana|hermano',
    ],
    unless: ['fiesta|cumple|pijamada|sorpresa|entrenamiento|entreno|ensayo|clase|examen|reunion|cita_medica|medico|dentista|tu_mama_sabe|tu_mama_me_dijo|ya_hable_con_tu|me_dijo|me_dijeron|la_noticia|reportaje'],
    examples: {
      match: ['pasate por el estudio sola, sin tu mama, asi te concentras', 'ven solita sin tus amigas, que quiero hablar contigo'],
      ignore: ['ven sola sin tus amigas a la fiesta sorpresa de ana'],
    },
  },
  {
    id: 'waiting-in-a-strange-car-r20',
    weight: 3,
    phrases: [
      'te ..1 espero|estare_esperando|estoy_esperando|recojo|busco|paso_a_buscar|voy_a_buscar|paso_a_recoger ..6 en ..1 un|una ..1 carro|coche|auto|camioneta|moto|van|furgoneta|carrito ..1 gris|negro|negra|blanco|blanca|rojo|roja|azul|plateado|plateada|verde|oscuro|oscura|polarizado',
    ],
    unless: ['tu_tia|tu_tio|tu_abuel*|tu_primo|tu_prima|tu_hermano|tu_hermana|uber|taxi|cabify|didi|remis|mama|papa|mami|papi|tu_padre|tu_madre|tu_papa|tu_mama|del_vecino|de_la_vecina|del_trabajo|profe|entrenador*|excursion|autobus|bus|combi|transporte|el_de_siempre|dentista|medico|doctor|cita'],
    examples: {
      match: ['ya me dijiste que sales a las 2, te espero afuera de la secundaria en un carro gris', 'te recojo a la salida en una camioneta negra, sube rapido'],
      ignore: ['te espero afuera del cole en un taxi blanco, soy mama', 'te recojo en un coche gris, el de tu tia, que el nuestro esta en el taller', 'me dijiste que sales a las 3? te espero en la puerta para ir al dentista'],
    },
  },
  {
    id: 'ill-pick-you-up-in-my-car-r24',
    phrases: [
      'te|yo_te recojo|recogo|busco|paso_a_buscar|paso_a_recoger ..2 en ..1 mi ..1 coche|carro|auto|moto|camioneta|furgo*|nave|carrito ..6 ni_le_cuentes|ni_le_digas|ni_les_cuentes|ni_les_digas|no_le_digas|no_les_digas|no_se_lo_digas|sin_que|a_solas|solita|solito|nadie|damos_una_vuelta|dar_una_vuelta|tu_y_yo|los_dos_solos|en_secreto',
    ],
    unless: ['tu_tia|tu_tio|tu_abuel*|tu_primo|tu_prima|tu_hermano|tu_hermana|con_tu_mama|con_tu_madre|con_mama|uber|taxi|cabify|didi|entreno|entrenamiento|partido|torneo|cumple|fiesta|boda|cole|colegio|insti|clase|examen|trabajo|aeropuerto|estacion|medico|dentista|hospital|con_los_chicos|con_las_chicas|con_todos|los_demas|el_grupo|y_a_ana|y_a_tu', 'amor|bebe|cari|carino|mi_vida|gordi|novio|novia'],
    examples: {
      match: ['vente al centro comercial el sabado, yo te recojo en mi carro, pero a tu mama ni le cuentes', 'te busco en mi auto y damos una vuelta', 'te recojo en mi coche y nos vamos tu y yo'],
      ignore: ['te recojo en mi coche a las 7 y vamos al cine', 'yo te recojo en mi carro, dile a tu mama que llegamos a las 10', 'te recojo en mi coche a las 8 y vamos al cumple de Lucia', 'amor te recojo en mi coche despues del curro', 'te recojo en mi coche para ir al entreno'],
    },
  },
  {
    id: 'pick-you-up-at-school-for-a-ride-r26',
    phrases: [
      'paso|voy|vengo|pasare|ire|puedo_pasar|puedo_ir ..1 a ..1 buscarte|recogerte ..6 salida|cole|colegio|escuela|insti|instituto|liceo|secu|secundaria|prepa ..6 damos|dar|darte|doy|vamos|nos_damos ..2 vuelta|vueltita|paseo|paseito|rulo|garbeo',
      'te ..1 busco|recojo|recogo|paso_a_buscar|paso_a_recoger ..6 salida|cole|colegio|escuela|insti|instituto|liceo|secu|secundaria|prepa ..6 damos|dar|darte|doy|vamos|nos_damos ..2 vuelta|vueltita|paseo|paseito|rulo|garbeo',
    ],
    unless: ['mama|mami|papa|papi|tu_madre|tu_padre|tus_padres|tu_tia|tu_tio|tu_abuel*|tu_hermano|tu_hermana|abuel*|hija|hijo|mija|mijo|cari|carino|amor|bebe|novio|novia|entreno|partido|dentista|medico|con_los_chicos|con_las_chicas|con_todos|el_grupo', 'carnet|coche_nuevo|carro_nuevo|auto_nuevo|moto_nueva|licencia|tronca|tronco|amiga|amigo|bro'],
    examples: {
      match: ['princesa, paso a buscarte a la salida del insti mañana y damos una vuelta en mi coche', 'voy a recogerte al cole y te doy una vuelta en la moto', 'te busco a la salida de la escuela y damos un paseo en mi carro'],
      ignore: ['hija paso a buscarte a la salida del cole y damos una vuelta por el centro', 'paso a buscarte a la salida del insti y vamos al entreno', 'te recojo a la salida del cole con los chicos y damos una vuelta'],
    },
  },
  {
    id: 'pick-you-up-at-school-car-ride-r26',
    weight: 3,
    phrases: [
      'paso|voy|vengo|pasare|ire|puedo_pasar|puedo_ir ..1 a ..1 buscarte|recogerte ..6 salida|cole|colegio|escuela|insti|instituto|liceo|secu|secundaria|prepa ..6 damos|dar|darte|doy|vamos|nos_damos ..2 vuelta|vueltita|paseo|paseito|rulo|garbeo ..4 coche|carro|auto|moto|camioneta|nave|furgo*',
      'te ..1 busco|recojo|recogo|paso_a_buscar|paso_a_recoger ..6 salida|cole|colegio|escuela|insti|instituto|liceo|secu|secundaria|prepa ..6 damos|dar|darte|doy|vamos|nos_damos ..2 vuelta|vueltita|paseo|paseito|rulo|garbeo ..4 coche|carro|auto|moto|camioneta|nave|furgo*',
    ],
    unless: ['mama|mami|papa|papi|tu_madre|tu_padre|tus_padres|tu_tia|tu_tio|tu_abuel*|tu_hermano|tu_hermana|abuel*|hija|hijo|mija|mijo|cari|carino|amor|bebe|novio|novia|entreno|partido|dentista|medico|con_los_chicos|con_las_chicas|con_todos|el_grupo', 'carnet|coche_nuevo|carro_nuevo|auto_nuevo|moto_nueva|licencia|tronca|tronco|amiga|amigo|bro'],
    examples: {
      match: ['princesa, paso a buscarte a la salida del insti mañana y damos una vuelta en mi coche', 'voy a recogerte al cole y te doy una vuelta en la moto', 'te recojo a la salida del colegio y damos un rulo en el coche', 'te busco a la salida de la escuela y damos un paseo en mi carro'],
      ignore: ['hija paso a buscarte a la salida del cole y damos una vuelta por el centro', 'paso a buscarte a la salida del insti y vamos al entreno en coche', 'te recojo a la salida del cole con los chicos y damos una vuelta en el coche', 'paso a buscarte a la salida del insti y damos una vuelta en coche, tu madre ya lo sabe', 'me saque el carnet! te recojo a la salida del cole y damos una vuelta en el coche', 'tronca paso a buscarte a la salida del insti y damos una vuelta en mi coche nuevo!!'],
    },
  },
  {
    id: 'ride-home-so-we-talk-r27',
    phrases: [
      'te ..2 llevo|acerco ..3 casa|tu_casa ..6 asi_hablamos|y_hablamos|y_charlamos|asi_charlamos|asi_platicamos|y_platicamos|a_solas|tu_y_yo|los_dos_solos|solos|solitos|sin_tus_padres|sin_que_nadie|de_tu_futuro',
      'te ..2 llevo|acerco ..3 casa|tu_casa|coche|carro|auto ..6 no_hace_falta|no_le_digas|no_les_digas|no_se_lo_digas|sin_decirle|sin_decirles|sin_avisar|nadie_se_entera|no_se_enteran',
    ],
    unless: ['todos|todas|con_tu_hermano|con_tu_hermana|con_tu_madre|con_tu_padre|con_tus_padres|con_los_demas|avisa|avisale|avisales|ya_lo_sabe|ya_lo_saben|ya_hable_con|sorpresa|regalo|cumple'],
    examples: {
      match: ['el sabado te llevo yo a casa despues del partido, asi hablamos de tu futuro', 'te acerco a casa en el coche y no se lo digas a tu madre'],
      ignore: ['te llevo a casa despues del entreno, avisa a tu madre', 'te acerco a casa con tu hermano, asi hablamos del torneo todos'],
    },
  },
  {
    id: 'lesson-at-home-alone-r27',
    phrases: [
      'hacemos|hagamos|damos|demos|haremos|podemos_hacer ..2 la_clase|clase|la_tutoria|tutoria|la_sesion|el_repaso|repaso ..2 en ..1 tu_casa|mi_casa|mi_piso|mi_depa|mi_departamento|tu_cuarto|mi_cuarto ..4 mas_tranquilos|tranquilos|a_solas|solos|tu_y_yo|sin_nadie|sin_tus_papas|sin_tus_padres|cuando_no_esten|mientras_no_esten',
    ],
    unless: ['con_tu_hermano|con_tu_hermana|con_tu_madre|con_tus_padres|tu_madre_esta|tus_padres_estan|mi_mujer|mi_marido|todos|todas|el_grupo|los_demas|merienda'],
    examples: {
      match: ['entonces el jueves hacemos la clase en tu casa, mas tranquilos', 'damos la tutoria en mi piso, a solas'],
      ignore: ['el jueves hacemos la clase en tu casa con tu hermano, mas tranquilos', 'hacemos la clase en mi casa, tranquilos que mi mujer os prepara la merienda'],
    },
  },
  {
    id: 'stay-after-to-talk-alone-r27',
    weight: 1,
    phrases: [
      'quedate|te_quedas|quedese|te_puedes_quedar ..2 despues|al_final ..3 entreno|entrenamiento|clase|ensayo|partido|catequesis|reunion|grupo|campamento ..6 a_solas|solos|solas|tu_y_yo|sin_los_demas|sin_las_demas|sin_nadie',
      'quiero|quisiera|necesito|tenemos_que ..1 hablar|verte|estar ..1 contigo ..1 a_solas|solos|sin_nadie|sin_los_demas|tu_y_yo',
    ],
    unless: ['convocatoria|alineacion|titular|capitan*|lesion|rodilla|tobillo|notas|examen|comportamiento|conducta|tu_madre|tu_padre|tus_padres|tus_papas|la_directora|el_director|tutoria|orientador*|bronca|lo_que_paso|lo_del_otro_dia|pelea|castigo|falta|faltas|retraso|dejarlo|cortar|terminar|nuestra_relacion|lo_nuestro_no'],
    examples: {
      match: ['quedate despues del entreno, quiero hablar contigo a solas', 'quedate despues del ensayo, tu y yo solos'],
      ignore: ['quedate despues del entreno que quiero hablar contigo a solas de la convocatoria', 'quedate despues de clase, quiero hablar contigo a solas de tus notas', 'necesito hablar contigo a solas, lo del otro dia con tu hermana'],
    },
  },
  {
    // r31: an offer to pick the reader up, with "but don't tell <someone>".
    id: 'pick-you-up-dont-tell-r31',
    phrases: [
      'te recojo|recogo|busco|llevo|paso_a_buscar|paso_a_recoger|paso_a_por_ti|paso_por_ti|voy_a_buscar|voy_a_recoger|vengo_a_buscar|vengo_a_recoger ..6 no ..1 se_lo|se_la|le|les|lo ..1 digas|cuentes|comentes|menciones|contes|digais',
      'te recojo|recogo|busco|llevo|paso_a_buscar|paso_a_recoger|paso_a_por_ti|paso_por_ti|voy_a_buscar|voy_a_recoger|vengo_a_buscar|vengo_a_recoger ..6 pero|y|aunque|eso_si|solo_que ..2 no ..1 se_lo|se_la|le|les|lo ..1 digas|cuentes|comentes|menciones|contes|digais',
      'no ..1 se_lo|se_la|le|les|lo ..1 digas|cuentes|comentes|menciones|contes ..6 te ..1 recojo|recogo|busco|llevo|paso_a_buscar|paso_a_recoger|paso_a_por_ti|paso_por_ti|voy_a_buscar|voy_a_recoger',
      'no ..1 se_lo|se_la|le|les ..1 digas|cuentes|comentes|menciones|contes ..1 nada ..3 @parents|nadie ..6 quedar|vernos|quedamos|quedemos|nos_vemos|nos_veamos|conocernos|te_recojo|te_paso_a_buscar',
    ],
    unless: ['sorpresa|regalo*|fiesta|cumple*|tarta|pastel|aniversario|santo|despedida|con_mi_hermano|con_mi_hermana|con_mis_padres|con_mi_madre|con_mi_padre|con_mi_mama|con_mi_papa|nos_lleva|nos_llevan|al_entreno|al_medico|al_dentista|que_llegue_tarde|que_llego_tarde|que_suspendi|abuel*'],
    examples: {
      match: ['el sabado te paso a buscar por la plaza, pero no se lo digas a tu hermana', 'te recojo con el coche a las 6. no se lo digas a nadie', 'no les digas nada a tus padres, no lo entenderian. podemos quedar el domingo', 'no le cuentes a nadie, mañana te recojo a la salida'],
      ignore: ['te recojo a las 8 pero no se lo digas a Lucia que es su fiesta sorpresa', 'te llevo al entreno pero no le digas a mama que llegue tarde'],
    },
  },
  {
    // r32: a "private session" alone with him; a pick-up in his car after school.
    id: 'private-session-or-car-after-school-r32',
    phrases: [
      'sesion|sesioncita ..2 privada|privadita|a_solas|intima|particular ..3 conmigo|tu_y_yo|los_dos|solos|solitos|sin_tus_padres|sin_tus_papas|sin_tu_mama|sin_tu_madre|sin_nadie',
      'sesion|sesioncita ..1 de_fotos ..3 a_solas|solos|solitos|sin_tus_padres|sin_tus_papas|sin_tu_mama|sin_tu_madre|sin_nadie|en_mi_casa|en_mi_piso|en_mi_depa',
      'nos|te ..1 vemos|veo|espero ..6 despues|salida|saliendo ..2 colegio|cole|clase|insti|escuela|liceo|instituto ..6 recojo|recogo|busco|llevo ..3 carro|coche|auto|moto|camioneta',
    ],
    unless: ['fisio|terapia|terapeuta|psicolog*|entrenador_personal|gimnasio|tutoria|dentista|medic*|iniciar_sesion|cerrar_sesion|inicio_de_sesion|sesion_iniciada|mama|mami|papa|papi|hija|hijo|cari|carino|amor|tu_hermano|tu_hermana|abuel*|entreno|partido|con_los_chicos|con_las_chicas|con_todos|el_grupo'],
    examples: {
      match: ['te apetece una sesion privada conmigo? te pago bien', 'hacemos una sesion de fotos a solas en mi piso', 'nos vemos el jueves a la salida del cole? yo te recojo en el coche'],
      ignore: ['la sesion privada con el fisio es a las 5', 'hija nos vemos a la salida del cole, te recojo en el coche', 'la sesion de fotos de la orla es con todos en el gimnasio'],
    },
  },
  {
    // r33: "I'll treat you to something at the mall", a light invitation that adds up with secrecy.
    id: 'treat-you-somewhere-r33',
    weight: 1,
    phrases: [
      'te invito|invitaria|invitare ..1 a ..1 algo|un_cafe|un_helado|una_coca|un_refresco|una_hamburguesa|un_batido|comer|merendar|cenar|un_frappe ..6 en|al|a_la ..2 centro_comercial|carrefour|mcdonalds|burger|starbucks|cine|parque|plaza',
      'te invito|invitaria|invitare ..1 a ..1 algo|un_cafe|un_helado|una_coca|un_refresco|una_hamburguesa|un_batido|comer|merendar|cenar ..6 no_se_lo_digas|no_le_digas|sola|solita|tu_sola|sin_tus|sin_que',
    ],
    unless: ['cumple|clase|grupo|todos|todas|chicas|chicos|equipo|tu_hermana|tu_hermano|tu_madre|tu_padre|tus_padres|con_tu|y_a_tu|invito_yo_a_todos'],
    examples: {
      match: ['te invito a un helado en el centro comercial', 'te invito a merendar pero ven sola'],
      ignore: ['te invito a un helado en el centro comercial con todas las chicas del equipo', 'te invito a comer a ti y a tu hermana'],
    },
  },
  {
    // r35: "te gustaria que nos conozcamos en persona?": the subjunctive forms.
    id: 'would-you-like-us-to-meet-subj-r35',
    phrases: [
      'quieres|kieres|queres|te_gustaria|te_apetece|te_parece|te_late|te_copa|que_te_parece|y_si|ojala ..2 que ..1 nos ..1 conozcamos|veamos|juntemos|encontremos ..3 en_persona|en_vivo|cara_a_cara|a_solas|solos|solitos|tu_y_yo|los_dos',
      'cuando|ya|ojala|ojala_que|a_ver_si|a_ver_cuando ..1 nos ..1 conozcamos|veamos|juntemos ..2 en_persona|a_solas|solos|tu_y_yo|los_dos_solos|cara_a_cara',
    ],
    unless: ['grupo|clase|equipo|todos|todas|entrevista|reunion|proyecto|trabajo|cliente*|clientes|tutoria|consulta|cita_medica|padres_de|tus_padres_y|con_tu_madre|con_tu_padre|con_tus'],
    examples: {
      match: ['quieres que nos veamos en persona algun dia?', 'te apetece que nos juntemos a solas?', 'cuando nos conozcamos en persona te doy un abrazo', 'ojala nos conozcamos pronto en persona'],
      ignore: ['te parece que nos veamos en persona para el proyecto con todo el grupo?', 'quieres que nos veamos en persona con tus padres y los mios?'],
    },
  },
  {
    // r37: a meeting with the parents kept out ("nos vemos en el parque, no le digas a tus papas").
    id: 'meet-and-keep-it-secret-r37',
    phrases: [
      'nos_vemos|quedamos|te_veo|te_espero|vienes|ven|vente|paso_a_verte|paso_por_ti|te_recojo ..6 no ..2 digas|cuentes|avises|comentes ..3 papas|padres|mama|papa|madre|padre|nadie|jefes|viejos',
      'nos_vemos|quedamos|te_veo|te_espero|vienes|ven|vente ..6 parque|plaza|esquina|salida|centro_comercial|estacion|mi_casa|mi_coche|mi_carro ..6 no ..2 digas|cuentes|avises ..3 papas|padres|mama|papa|madre|padre|nadie',
      'nos_vemos|quedamos|te_veo|te_espero|vienes|ven|vente|paso_a_verte|te_recojo ..6 nuestro_secreto|entre_nosotros|que_nadie_sepa|sin_que_nadie_sepa|sin_que_se_enteren|sin_decirle_a',
      'solo|sola|solito|solita|solo_tu|sola_tu ..4 no ..1 traigas|lleves|vengas_con|invites ..3 padres|papas|mama|papa|amigos|amigas|nadie|hermano|hermana',
      'no ..1 traigas|lleves|vengas_con ..3 padres|papas|mama|papa|amigos|amigas|nadie ..4 solo|sola|solito|solita|solo_tu|tu_sola|tu_solo',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo_para|tu_mama_cumple|tu_papa_cumple|aniversario|profe|entrenador|clase|examen|recuperacion'],
    examples: {
      match: ['te espero en la plaza despues de clases, no le cuentes a tus papas', 'quedamos el sabado y que nadie sepa', 'ven tu solita, no traigas a tus amigas'],
      ignore: ['nos vemos en el parque para preparar la fiesta sorpresa, no le digas a tu mama', 'no traigas a tus amigos a casa hoy'],
    },
  },
  {
    // r38: "paso a buscarte a la salida del cole" (parents write it too: weighed down).
    id: 'pick-you-up-enclitic-r38',
    weight: 1,
    phrases: [
      'paso|pasare|voy|ire|vengo|puedo_pasar|puedo_ir|te_paso [a] buscarte|recogerte|levantarte|por_ti ..5 @school|clase|academia|entreno',
      'vamos|vamonos|nos_vamos|te_llevo|llevarte|te_vienes|vente|ven|venite ..1 a|para ..1 mi ..1 depa|depto|departamento|piso|apartamento|apto|cuarto|habitacion|hotel|casa',
    ],
    unless: ['trabajo|tarea|tareas|deberes|proyecto|cumple|fiesta|con_los_demas|con_todos|con_las_chicas|con_los_chicos|mi_madre|mi_mama|mis_padres|mis_papas|a_cenar|a_comer|a_merendar|tu_hermano|tu_hermana|dentista|medico|doctor|entrenamiento_de'],
    examples: {
      match: ['paso a recogerte a la puerta del insti', 'voy por ti a la salida de la escuela', 'luego nos vamos a mi depa un rato'],
      ignore: ['paso a buscarte a la salida del cole y vamos al dentista', 'cuando salgas mandame un mensaje y voy a buscarte a la puerta', 'vamos a mi casa a hacer el trabajo de historia'],
    },
  },
  {
    // r38: "estoy solo en casa todo el finde, vente" (friends write it too: weighed down).
    id: 'home-alone-come-over-r38',
    weight: 1,
    phrases: [
      'estoy|estare|me_quedo|me_quede|quedo|voy_a_estar ..1 solo|sola|solito|solita ..4 casa|depa|piso|depto|departamento ..6 ven|vente|venite|veni|vienes|te_vienes|pasate|quieres_venir|te_apetece_venir|puedes_venir',
      'ven|vente|venite|veni|pasate|te_vienes|quieres_venir|te_apetece_venir ..6 estoy|estare|voy_a_estar ..1 solo|sola|solito|solita',
    ],
    unless: ['con_las_chicas|con_los_chicos|con_todos|con_tu_hermana|con_tu_hermano|con_tus_amigas|con_tus_amigos|trae_a|traete_a|tus_padres_saben|avisa_a_tu|pregunta_a_tu|la_tarea|el_trabajo|los_deberes'],
    examples: {
      match: ['este finde me quedo solita en casa, vente a dormir', 'vente esta noche que estoy solo jeje'],
      ignore: ['estoy sola en casa todo el finde, vente con las chicas a ver una peli', 'estoy solo en casa con fiebre, que aburrimiento'],
    },
  },
] satisfies PatternEntry[];
