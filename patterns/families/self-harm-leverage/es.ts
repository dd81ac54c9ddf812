import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'if-you-leave-i-hurt-myself',
    phrases: [
      'me mato|suicido|quito_la_vida|corto|voy_a_matar|voy_a_suicidar|voy_a_cortar ..6 tu_culpa|por_tu_culpa|culpa_tuya|vas_a_cargar|cargaras|cargar_con|en_tu_conciencia|tu_conciencia|te_vas_a_arrepentir|te_arrepentiras',
      'me voy ..1 a ..1 hacer_dano|lastimar|hacer_algo|cortar ..3 si|sino|si_no',
      'si ..3 vuelves|vuelvas|vienes|aceptas|perdonas|dejas|cuentas|dices|contestas|respondes|hablas|bloqueas|ignoras|mandas|quieres|vas|haces|cortas|abandonas|olvidas|dejes ..5 me_mato|me_suicido|me_corto|me_quito_la_vida|me_hago_dano|me_tiro|acabo_con_mi_vida|me_voy_a_matar|me_voy_a_suicidar|me_voy_a_cortar|me_mataria|me_suicidaria',
      'me mato|suicido|corto|mataria|suicidaria|voy_a_matar|voy_a_suicidar|voy_a_cortar|quito_la_vida|hago_dano ..3 si|sino|si_no ..3 dejas|me_dejas|no_me|le_cuentas|cuentas|dices|bloqueas|ignoras|me_ignoras|me_bloqueas|te_vas|no',
      'me voy a matar|suicidar|cortar ..2 por_tu_culpa|por_ti|y_sera_tu_culpa',
      'por tu culpa ..2 me mato|suicido|corto|voy_a_matar|voy_a_suicidar|voy_a_cortar',
      'o|sino|si_no ..1 me mato|suicido|corto|voy_a_matar|voy_a_suicidar|voy_a_cortar|quito_la_vida|hago_dano|ahorco|enveneno|pego_un_tiro|tomo_todas_las_pastillas',
      'o|sino|si_no ..1 me tiro|lanzo|tirare|voy_a_tirar ..2 del|de_un|de_una|por_la|por_el|al|a_las ..1 puente|balcon|ventana|edificio|tren|metro|terraza|azotea|vias|precipicio',
      'me ahorco|enveneno|pego_un_tiro|tomo_todas_las_pastillas|tiro_del_puente|tiro_por_la_ventana|tiro_del_balcon|tiro_a_las_vias|corto_las_venas ..4 si|sino|si_no',
      'acabo|acabare|voy_a_acabar ..1 con ..1 mi vida ..3 si|por_tu_culpa|y_sera',
      'sera|es tu|por_tu culpa ..3 si me ..2 mato|muero|suicido|pasa_algo|hago_algo|hago_dano',
      'si me pasa|hago algo ..3 tu|tuya culpa',
      'no puedo|quiero vivir sin ti|vos|usted ..3 si|me_mato|me_suicido|me_muero',
      'si ..5 no tengo|tendre|tendria|hay|habra|tiene ..1 razon|razones|motivo|motivos|sentido|ganas ..1 para|de vivir|seguir_viviendo|seguir_vivo|seguir_viva|seguir_aqui',
      'si ..5 me quito|quitare|quitaria ..1 la vida',
      'si ..6 me ..1 voy ..1 a ..1 hacer_dano|lastimar|hacer_algo_malo|cortar_las_venas|cortar_otra_vez|hacer_una_locura',
      'si ..6 me_hago_dano|me_lastimo|me_hare_dano|hago_una_locura|hare_una_locura|me_hago_algo|me_corto_las_venas',
      'no quiero|puedo ..1 vivir|seguir_viviendo|seguir_vivo|seguir_viva|seguir_aqui ..4 si|sino|si_no',
      'si ..5 me tiro|tirare|tiraria|lanzo ..2 del|de_un|por_la|por_el|al ..1 puente|balcon|ventana|edificio|tren|metro|terraza|azotea',
      'si ..2 no ..1 me ..1 mandas|envias|pasas|contestas|respondes|hablas|quieres|ensenas|haces_caso ..6 me_quiero_morir|quiero_morirme|me_quiero_matar|me_voy_a_morir|no_quiero_vivir|prefiero_morirme|prefiero_estar_muerto|prefiero_estar_muerta|me_quito_de_en_medio|me_voy_a_quitar_de_en_medio',
      'si ..2 no ..1 me ..1 mandas|envias|pasas|contestas|respondes|hablas|quieres|ensenas ..4 no_se_que_voy_a_hacer|no_se_que_hare|no_se_lo_que_voy_a_hacer|no_se_lo_que_hare|no_respondo_de_mi ..3 me_quiero_morir|quiero_morirme|me_quiero_matar|me_mato|me_hago_dano|no_quiero_vivir|me_corto',
      'si ..3 dejas|me_dejas|bloqueas|me_bloqueas|ignoras|me_ignoras|te_vas|me_abandonas|me_olvidas|cortas_conmigo ..5 me_quiero_morir|quiero_morirme|me_quiero_matar|no_quiero_vivir|prefiero_morirme|prefiero_estar_muerto|prefiero_estar_muerta|me_quito_de_en_medio|me_voy_a_quitar_de_en_medio',
      'me_quiero_morir|quiero_morirme|me_quiero_matar|me_voy_a_matar|me_quito_de_en_medio ..4 si ..2 no ..1 me ..1 mandas|contestas|respondes|hablas|quieres|ensenas',
      'me_quiero_morir|quiero_morirme|me_quiero_matar|no_quiero_vivir ..4 y ..1 sera|va_a_ser|es ..1 tu_culpa|culpa_tuya|por_tu_culpa',
    ],
    unless: ['postre|chuches|helado|pizza|comida|movil|consola|wifi|tripa|barriga|estomago|rodilla|tobillo|espalda|entreno|gimnasio|pesas|correr|bici|patin*|skate|pelo|flequillo|barba|unas|suspendo|examen|suspender|suspenda|cine|peli|deberes|tarea|risa|verguenza|calor|hambre|sueno|jaja*|haha*|jsjs*|jeje*|xd'],
    examples: {
      match: ['si me dejas me mato te lo juro', 'porfa, si no me la mandas ya no tengo razones para vivir', 'si me bloqueas no hay motivos para seguir viviendo', 'si me dejas me tiro del puente', 'entonces esta noche me mato y vas a cargar con eso toda tu vida', 'mandame la foto o me corto, tu decides', 'si le cuentas a alguien de nosotros me suicido', 'me mato si no me contestas', 'si me pasa algo sera tu culpa', 'me corto otra vez y va a ser tu culpa', 'no puedo vivir sin ti, si me dejas me muero', 'si me dejas de hablar me voy a hacer daño', 'ya no quiero vivir si no me mandas lo que te pedi', 'mandame lo q te pedi o me tiro del puente esta noche', 'me corto las venas si no me mandas una foto', 'me tomo todas las pastillas si me bloqueas', 'contestame o me ahorco', 'si no me mandas la foto no se que voy a hacer, me quiero morir', 'si me dejas me quiero morir', 'me quiero morir si no me contestas', 'si me bloqueas me quito de en medio'],
      ignore: ['si suspendo me mato', 'si no apruebo no tengo ganas de vivir jaja', 'si llueve me tiro al agua igual', 'me muero de risa', 'me corto el pelo mañana', 'o me corto el pelo o me lo tiño', 'no quiero vivir si suspendo otra vez jaja', 'si sigo comiendo asi me voy a hacer daño en la tripa', 'o me tiro a la piscina o me quedo en la toalla', 'me tomo las pastillas si me duele la cabeza', 'si no me mandas los apuntes me quiero morir jaja', 'si me dejas sin postre me quiero morir', 'si no me contestas el examen me quiero morir'],
    },
  },
  {
    id: 'you-decide-if-i-live-r9',
    phrases: [
      'tu|usted|vos ..1 decides|decide|eliges|decidis ..2 si ..1 sigo|me_quedo|vivo|muero|me_mato|sigo_vivo|sigo_aqui ..2 vivo|con_vida|aqui|o_no|o_me_mato|o_muero',
      'si ..3 me ..1 dejas|bloqueas|ignoras|olvidas ..3 me ..1 mato|muero|corto|tiro|suicido|hago_dano|lastimo',
    ],
    unless: ['juego|partida|ronda|personaje|nivel|serie|peli|pelicula|capitulo|jaja*|haha*|jsjs*|xd|de_risa|de_hambre|de_sueno|de_verguenza|de_aburrimiento|de_la_risa|de_calor|de_frio'],
    examples: {
      match: ['ya no aguanto. tu decides si sigo vivo o no', 'si me dejas me mato', 'si me bloqueas me corto'],
      ignore: ['tu decides si sigo vivo en la partida', 'si me dejas sin pizza me muero de hambre jaja'],
    },
  },
  {
    id: 'hurt-myself-your-fault-r9',
    phrases: [
      'me ..1 voy_a|voy_a_hacerme|puedo ..1 hacer_dano|hacerme_dano|lastimar|cortar|matar|hacer_algo|hacer_una_locura ..4 tu_culpa|por_tu_culpa|culpa_tuya|por_ti|cargo_de_conciencia|en_tu_conciencia',
      'voy_a|puedo|podria ..1 hacer_una_locura|hacer_algo_malo|matarme|suicidarme|cortarme|lastimarme|hacerme_algo ..4 tu_culpa|por_tu_culpa|culpa_tuya|en_tu_conciencia|cargo_de_conciencia',
    ],
    unless: ['bici|bicicleta|patines|patinete|skate|monopatin|escalera|cocina|cuchillo_del|partido|entreno|jaja*|haha*|xd|jsjs*|de_risa|de_la_risa|pelo|flequillo|tinte|tatuaje|piercing|compras|comprar'],
    examples: {
      match: ['me voy a hacer daño y es por tu culpa', 'voy a hacer una locura y sera culpa tuya'],
      ignore: ['me voy a hacer daño con la bici por tu culpa jaja'],
    },
  },
  {
    id: 'i-cut-myself-you-fault-r10',
    phrases: [
      'hoy|ahora|ya|esta_noche ..1 me ..1 corto|mato|suicido|lastimo',
      'me ..1 corto|cortare|mato|suicido|lastimo ..2 te_juro|te_lo_juro|lo_juro|de_verdad|en_serio',
      'si ..1 me ..1 pasa ..1 algo ..2 es|sera|va_a_ser ..1 tu|por_tu ..1 culpa',
    ],
    unless: ['pelo|flequillo|unas|barba|cabello|puntas|coleta|dedo|papel|risa|de_risa|hambre|sueno|estudiando|trabajando|a_estudiar|entrenando|gym|gimnasio|jugando|examen|deberes|calor|frio|trafico|viaje|moto|bici|coche|carretera|conduciendo|conducir|ruta|montana'],
    examples: {
      match: ['si no me mandas la foto q te pedi hoy me corto, te juro', 'tu sabras. si me pasa algo es tu culpa'],
      ignore: ['hoy me corto el pelo por fin', 'ahora me mato estudiando para el examen', 'si me pasa algo en el viaje es tu culpa jaja'],
    },
  },
  {
    id: 'take-my-life-your-fault-r11',
    phrases: [
      'me ..1 voy_a|vas_a_hacer_que_me|podria ..1 quitar_la_vida|suicidar|matar|tirar|colgar|ahorcar|cortar_las_venas ..4 por_tu_culpa|tu_culpa|culpa_tuya|por_ti|si_no|sino|si_me_dejas|si_me_bloqueas|cargaras|en_tu_conciencia',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|jaja*|haha*|xd|de_risa|examen|calor|aburrimiento|hambre|serie|peli|partida|juego'],
    examples: {
      match: ['me voy a quitar la vida por tu culpa', 'me voy a suicidar si me dejas'],
      ignore: ['me voy a matar de risa jaja', 'me voy a matar estudiando para el examen si no apruebo'],
    },
  },
  {
    id: 'swallow-all-pills-r14',
    phrases: [
      'me ..1 tomo|trago|tomare|tragare|voy_a_tomar|voy_a_tragar|bebo ..1 todas|toda|el_bote_de|la_caja_de ..2 pastillas|pildoras|pastis|caja|pastillero|bote',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'medico|doctor|doctora|receta|tratamiento|antibiotico*|dosis|vitaminas|tranqui*|ya_me_las|ya_me_tome|farmacia'],
    examples: {
      match: ['si no me mandas una foto ahorita me tomo todas las pastillas, y va a ser tu culpa', 'contestame o me trago toda la caja de pastillas'],
      ignore: ['me tomo todas las pastillas del tratamiento, tranqui mama', 'me tomo todas las vitaminas en el desayuno'],
    },
  },
  {
    id: 'if-you-block-me-i-r15',
    phrases: [
      'como|si|cuando ..1 me ..1 bloquees|bloqueas|bloqueis|dejes|dejas|ignoras|ignores|dejas_de_hablar|dejes_de_hablar|dejas_en_visto ..4 me_quito_la_vida|me_mato|me_suicido|me_corto|me_hago_dano|me_tiro|me_muero|me_lastimo|hago_una_locura|hago_algo_malo',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|xd|lol|de_risa|de_la_risa|de_hambre|de_aburrimiento|de_verguenza|de_envidia|de_celos|en_el_juego|en_la_partida'],
    examples: {
      match: ['como me bloquees me quito la vida', 'si me dejas en visto me corto', 'si me ignoras hago una locura'],
      ignore: ['si me dejas en visto me muero de verguenza jaja', 'como me bloquees en el juego me muero jaja'],
    },
  },
  {
    id: 'ill-kill-myself-your-fault-r20',
    phrases: [
      'me ..1 matare|mataria|suicidare|suicidaria|cortare|cortaria|quitare_la_vida|tirare|tiraria ..4 si|y|cuando|como',
      'me ..1 mato|matare|mataria|suicido|suicidare|corto|cortare|hago_dano|hare_dano|muero|morire ..6 tu_culpa|culpa_tuya|por_tu_culpa|por_culpa_tuya|cargo_de_conciencia|en_tu_conciencia',
    ],
    unless: ['risa|de_la_risa|hambre|calor|frio|sueno|aburrimiento|verguenza|asco|estudi*|suspend*|examen|examenes|trabajo|deberes|tarea|gimnasio|gym|correr|entreno|entrenamiento|pelo|flequillo|serie|peli|spoiler|juego|partida|noticia|reportaje|me_dijo|le_dijo|dijo_que|jaja*|jeje*|xd|lol'],
    examples: {
      match: ['me matare si me dejas, y sera tu culpa', 'si no me contestas me mato y todo sera por tu culpa', 'me cortare si te vas del grupo'],
      ignore: ['me muero de la risa, es tu culpa', 'si suspendo me mato, y es culpa tuya por distraerme', 'me cortare el flequillo si me dejas la tijera'],
    },
  },
  {
    id: 'pills-ready-r21',
    weight: 2.5,
    phrases: ['ya ..1 tengo ..1 las|la|unas|una ..1 pastillas|cuchilla|soga ..2 aqui|preparad*|lista|listas|en_la_mano|conmigo|delante'],
    unless: ['gracias|farmacia|receta|alergia|dolor|cabeza|regla|medico|doctor*|antibiotico*|ibuprofeno|paracetamol|gripe|fiebre|vitaminas|anticonceptiv*|tomar|tomatelas|mareo|garganta|estomago|tos|resfriado|catarro|abuela|abuelo|afeitar*|depilar*|piernas|barba|maquinilla|tendedero|mudanza'],
    examples: {
      match: ['ya tengo las pastillas aqui', 'ya tengo la cuchilla en la mano'],
      ignore: ['ya tengo las pastillas de la alergia aqui, gracias', 'ya tengo la cuchilla aqui para afeitarme'],
    },
  },
  {
    id: 'if-you-leave-i-dont-know-what-i-do-r27',
    weight: 2,
    phrases: [
      'si ..1 me ..1 dejas|dejai|dejaras|bloqueas|ignoras|cortas|abandonas|olvidas ..3 no ..1 se ..1 lo_que|lo_q|que|de_lo_que ..1 hago|hare|haria|soy_capaz|seria_capaz|voy_a_hacer',
      'si ..1 me ..1 dejas|dejai|dejaras|bloqueas|cortas|abandonas ..3 no ..1 respondo ..1 de ..1 mi',
    ],
    unless: ['jaja*|haha*|jeje*|jsjs*|xd|examen|clase|fiesta|solo_en|sola_en|colgado|colgada|tirado|tirada|con_los_deberes|con_el_trabajo|con_la_tarea|con_esto|cocina|receta|cena|en_el_super|en_el_centro|perdida|perdido'],
    examples: {
      match: ['siempre estas con ellas. si me dejas yo no se lo que hago', 'si me bloqueas no respondo de mi', 'si me dejas no se de lo que soy capaz'],
      ignore: ['si me dejas sola con los deberes no se que hago jaja', 'si me dejas en el centro no se lo que hago, me pierdo'],
    },
  },
  {
    // r28: "me hago cortes otra vez", "voy a hacer algo malo conmigo" tied to the person's reply or blocking.
    id: 'cutting-or-something-bad-to-myself-r28',
    phrases: [
      'me_hago|me_hare|me_voy_a_hacer|vuelvo_a_hacerme|me_vuelvo_a_hacer|me_volvere_a_hacer ..1 cortes|heridas|dano|mucho_dano ..6 si|culpa|por_ti|sin_ti|si_me|si_no',
      'si ..1 me ..1 bloqueas|dejas|ignoras|dejas_de_hablar|respondes|contestas|hablas ..4 me_hago|me_vuelvo_a_hacer|vuelvo_a_hacerme ..1 cortes|heridas|dano',
      'voy_a_hacer|hare|hago|haria ..1 algo ..1 malo|muy_malo|terrible|feo|una_locura ..1 conmigo|a_mi_mismo|a_mi_misma ..4 si|por_tu_culpa|culpa|sin_ti',
    ],
    unless: ['examen|suspendo|apruebo|dieta|gimnasio|entreno|pelo|flequillo|tatuaje|piercing|jaja*|jsjs*|xd|serie|peli|partido'],
    examples: {
      match: ['si me bloqueas me hago cortes otra vez y es por tu culpa', 'voy a hacer algo muy malo conmigo si no me hablas', 'me vuelvo a hacer dano si me dejas'],
      ignore: ['si suspendo el examen me hago algo en el pelo jaja', 'voy a hacer algo muy malo conmigo: comerme toda la pizza jaja'],
    },
  },
] satisfies PatternEntry[];
