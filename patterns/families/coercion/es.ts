import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'tienes|tenes|tiene hasta ..1 esta|las|la|manana|hoy|medianoche|el|#',
      'en # minutos|min|mins|horas|hora|hrs|segundos',
      'tienes|tenes|tiene|te_doy|le_doy|te_quedan|le_quedan|quedan|tenes_solo|tienes_solo ..2 # ..1 minutos|minuto|min|mins|horas|hora|hrs|hr|hs|h|dias|segundos|seg|m',
      'tienes|tenes|tiene|te_doy|le_doy|te_quedan|quedan 1h*|2h*|3h*|5h*|6h*|12h*|24h*|48h*|72h*|5min*|10min*|15min*|20min*|30min*|1_dia|2_dias|3_dias',
      'apurate|apurale|apurese|date_prisa|rapidito|rapidin',
      'tienes|tenes|tiene|te_doy|le_doy|te_quedan|le_quedan|quedan ..1 una|un|media ..1 hora|horita|dia|minuto|semana|noche',
      'no tengo todo el dia',
      'tic tac|toc',
      'tictac|tiktak',
      'antes de|del ..1 las|la|que #',
      'antes de|que ..1 medianoche|acabe_el_dia|termine_el_dia|amanezca',
      'el tiempo ..1 corre|se_acaba|se_agota',
      'se te|le acaba|agota|termina|esta_acabando|esta_agotando ..1 el tiempo|plazo',
      'plazo|maximo ..2 # ..1 horas|hora|hrs|hr|h|dias|dia|minutos|min|mins',
      'cada dia|hora|minuto|semana que ..1 no ..2 mandes|mandas|pagues|pagas|contestes|contestas|respondas|respondes|me_mandes|me_pagues|me_contestes|me_respondas|me_ignores|deposites|transfieras',
    ],
    unless: [
      // r28
      'concierto|festival|el_libro|los_apuntes|la_sudadera|el_cargador|la_chaqueta', 'examen|deberes|tarea|entrega|trabajo|clase|peli|pelicula|partido|tren|bus|autobus|vuelo|tienda|cierra|abre|pizza|horno|comer|almorzar|cenar|desayunar|recreo|descanso|patio|libre|libres|para_ti|para_jugar|para_pensarlo|de_vacaciones|te_mataron|me_mataron|nos_mataron|lo_mataron|la_mataron|te_mate|me_mato|ganaste|gane|ganamos|perdimos|perdiste|ronda|lag',
      // r31: the sender's own arrival or call ("voy en 10 min", "en 15 min estoy abajo").
      'voy|llego|llegamos|salgo|salimos|bajo|bajamos|vuelvo|volvemos|te_llamo|te_escribo|te_aviso|te_veo|nos_vemos|estoy_ahi|estoy_alli|estoy_abajo|estoy_lista|estoy_listo ..1 en # ..1 minutos|min|mins|minutitos|horas|hora',
      'en # ..1 minutos|min|mins|minutitos ..1 estoy|estamos|llego|llegamos|salgo|bajo ..1 abajo|ahi|alli|en_tu_casa|en_la_puerta|listo|lista|saliendo|llegando|para_alla'],
    examples: {
      match: ['tienes una hora', 'tienes media hora para pagar', 'te doy un dia', 'tienes 2 horas', 'tic tac ⏰ tienes 30 min', 'te doy 24 horas', 'antes de las 10', 'el tiempo corre', 'se te acaba el tiempo', 'en un plazo de 48 horas', 'maximo 2 horas', 'cada dia que no mandes nada se lo paso a uno de tus amigos', 'cada hora que no pagues subo una', 'o pagas o en 10 minutos lo subo', 'en 10 min lo paso al grupo'],
      ignore: ['quedan 3 dias para el concierto!! tres, dos, uno', 'tienes hasta el domingo para devolverme el libro', 'wey te mataron en 2 segundos jajaja', 'tienes una hora para comer', 'tienes media hora de recreo', 'tienes 2 horas de examen', 'tengo 5 minutos', 'el bus sale antes de las 10', 'cada dia que no estudias es peor', 'cada dia que no me contestas es porque tienes deberes', 'vale te llamo en 5 min', 'en 15 min estoy abajo', 'voy en 10 min'],
    },
  },
  {
    id: 'last-chance',
    phrases: [
      'no juegues|jodas conmigo',
      'ahora o nunca',
      'ultima|unica oportunidad|advertencia|aviso|vez_que_te_lo_digo',
      'hazlo|hacelo|mandalo|mandala|mandamela|mandamelo|contesta|contestame|responde|respondeme ..1 you|ya|ahora|ahorita|inmediatamente|rapido|ya_mismo|de_una_vez|o_si_no|o_sino',
      'no ..1 estoy|es ..1 jugando|bromeando|broma|de_broma|en_broma',
      'va|voy|hablo ..1 en serio',
      'haz|hace|hagas|haces|haceis|hacen|hagan|hagais ..1 lo que ..1 te|yo ..1 digo|diga|pido|mando',
      'no me ..1 hagas|obligues ..1 esperar|repetirlo|hacerlo|a_hacerlo',
      'si no ..2 haces|haces_lo_que|obedeces|contestas|respondes|mandas|me_mandas|me_contestas ..3 te_vas_a_arrepentir|ya_sabes|you_sabes|vas_a_ver|atente|te_arrepentiras|lo_lamentaras',
      'te vas a ..1 arrepentir|enterar',
      'te arrepentiras|lo_lamentaras|lo_vas_a_lamentar|atente_a_las_consecuencias',
      'o si no|sino ..1 ya|you sabes',
      'ni ..1 se ..1 te ..1 ocurra ..2 bloquear*|denunciar*|contar*|decir*|ignorar*|borrar*|dejarme|reportar*|hablar|avisar*',
      'sabes ..1 perfectamente|muy_bien|de_sobra|bien ..1 lo ..1 que ..1 quiero|tienes_que_hacer|te_pido|tienes_que',
      'ya|you sabes ..1 lo que ..1 pasa|pasara|te_pasa|te_pasara|va_a_pasar ..1 si ..1 no',
      'me lo ..1 debes|prometiste',
      'mas te|le vale',
      'no ..1 te|se lo ..1 repito|vuelvo_a_repetir|voy_a_repetir|digo_mas|vuelvo_a_decir',
      'te|le doy ..1 hasta|de_plazo ..2 manana|hoy|el|las|la|medianoche|#|esta|noche|mediodia',
      'no me ignores|ignore|ignoreis|dejes_en_visto|dejes_en_leido|dejes_en_visto_otra_vez',
      'si no|sino ..2 ya|you ..1 sabes|sabe ..1 lo que ..1 pasa|pasara|va_a_pasar|te_pasa|te_pasara|te_espera|hay|toca',
      'tu|vos|usted sabras|sabra|veras|vera ..1 lo que haces|hace|hagas|haga',
      'ya ..1 valiste|valiste_madre|te_jodiste|te_fregaste|te_chingaste|te_cagaste',
      'o|sino|si_no ..1 sera ..1 peor|mucho_peor|tu_ruina|tu_fin',
      'ya|you sabes ..1 lo ..1 que|q ..1 tienes_que_hacer|tenes_que_hacer|tiene_que_hacer|hay_que_hacer|quiero|te_toca|toca',
      'ya|you sabes ..1 lo ..1 que|q ..1 pasa|pasara|va_a_pasar|viene|toca ..1 ahora|ahorita|despues|luego|ya',
      'como ..1 no ..1 me ..1 contestes|respondas|pagues|mandes|hagas_caso|obedezcas|lo_mandes|lo_hagas',
      'no ..1 hay ..1 vuelta ..1 atras',
      'se ..1 acabo|termino|agoto ..1 el ..1 tiempo|plazo',
      'te|se lo ..1 advierto|aviso|digo|pido|repito ..2 por ..1 ultima ..1 vez',
      'obligues ..3 algo ..5 arrepientas|arrepientes|arrepentiras|lamentes|lamentaras|arrepentir|lamentar',
      'o ..1 ya|you ..1 sabes|sabe ..1 [lo_que_pasa|lo_que_hay|lo_que_toca]',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|jsjs|xd|lol|partida|peli|juego|examen|tarea|deberes|fiesta|cena|verdura*|comete|come|comida|cuarto|habitacion|ducha|duchate|dormir|acuestate'],
    examples: {
      match: ['no llames a la policia o sera peor', 'ultima oportunidad', 'hazlo ya o te bloqueo', 'no estoy jugando', 'va en serio', 'haz lo que te digo', 'te vas a arrepentir', 'me lo debes', 'si no haces lo que te digo las publico', 'te doy hasta esta noche', 'no me ignores', 'ya sabes lo que pasa si no', 'pues si no, ya sabes lo que va a pasar', 'vos sabras lo que haces', 'ya sabes lo que tienes que hacer', 'ya sabes lo que pasa ahora', 'como no me contestes voy a ir a buscarte', 'despues no hay vuelta atras', 'se acabo el tiempo', 'te lo advierto por ultima vez', 'no me obligues a hacer algo de lo que te arrepientas', 'mandame mas o ya sabes', 'ni se te ocurra bloquearme', 'no te hagas la tonta, sabes perfectamente lo que quiero'],
      ignore: ['comete la verdura o sera peor', 'ultima oportunidad eh jaja', 'hablo en serio, la peli es buenisima', 'no es broma, el examen es mañana', 'si no te gusta ya sabes lo que hay jaja', 'tu sabras lo que haces con la peli', 'ya sabes lo que tienes que hacer, estudiar para el examen', 'como no me contestes te como el postre jaja', 'se acabo el tiempo del examen', 'ven a las 5 o ya sabes jaja'],
    },
  },
  {
    id: 'cooperate-or-else',
    phrases: [
      'si ..2 denuncias|me_denuncias|le_cuentas|me_bloqueas|bloqueas|avisas|vas_a_la_policia|llamas_a_la_policia ..4 sera_peor|va_a_ser_peor|te_arrepentiras|te_vas_a_arrepentir|lo_pagaras|lo_vas_a_pagar|peor_para_ti',
      'mejor|mas_te_vale|te_conviene|te_recomiendo ..1 que ..1 coopera|cooperes|cooperar|colabora|colabores|colaborar|obedece|obedezcas|obedecer|me_hagas_caso|hazme_caso|no_hagas_tonterias',
      'mejor|mas_te_vale|te_conviene ..1 coopera|cooperes|cooperar|colabora|colabores|colaborar|obedece|obedezcas|obedecer|hazme_caso|hacerme_caso|portate_bien|pagar|pagarme|pagues|hacerlo|que_lo_hagas|que_pagues',
      'sigue|segui|sigues|si_sigues ..1 ignorandome|sin_contestar|sin_contestarme|sin_responder|sin_responderme|pasando_de_mi|haciendote_la_loca|haciendote_el_loco|dejandome_en_visto ..3 veras|vas_a_ver|ya_veras|te_arrepentiras|te_vas_a_arrepentir|y_ya_sabes|y_lo_publico|y_lo_mando',
      'tu|vos|usted decides|decide|decidis|eliges|elige|elegis',
      'hacer|hare|voy_a_hacer ..1 que ..1 te ..1 arrepientas|arrepientes',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|xd|lol|grupo|trabajo|equipo|proyecto|clase|profe|partida|juego|peli|pelicula|serie|restaurante|cena|comida|pizza|sitio|donde|cuando|hora|color|cual|plan|musica|cancion|ropa'],
    examples: {
      match: ['si me denuncias sera peor para ti', 'puedo poner tu cara en fotos porno, asi que mejor coopera', 'mas te vale cooperar', 'sigue ignorandome y veras', 'tu decides', 'tu eliges: pagas o todos lo ven'],
      ignore: ['si le cuentas el final de la serie te vas a arrepentir jaja', 'tu decides la peli', 'mejor coopera con el grupo para el trabajo', 'sigue ignorandome y veras jajaja', 'tu eliges donde cenamos'],
    },
  },
  {
    id: 'ruin-your-life',
    weight: 2,
    phrases: [
      'arruinar*|arruino|arruinare|destrozar*|destrozo|destruir*|destruyo|destruire|joder*|jodo|cagar* ..2 tu|la|su vida|reputacion|futuro',
      'te|le voy ..1 a ..1 arruinar|destrozar|destruir|joder|cagar ..1 la|tu vida|reputacion',
      'hacer|hare|voy_a_hacer|hago ..1 de ..1 tu ..1 vida ..1 un ..1 infierno|asco|pesadilla',
      'o|sino|si_no ..1 te ..1 arruino|hundo|destrozo|destruyo|jodo|cago_la_vida',
    ],
    examples: {
      match: ['pagame o te arruino', 'si no cooperas voy a hacer de tu vida un infierno', 'voy a arruinar tu vida', 'te voy a arruinar la vida', 'destruyo tu reputacion'],
      ignore: ['te voy a destrozar en el clash', 'la vida es bella'],
    },
  },
  {
    id: 'veiled-warning',
    phrases: [
      'no ..1 te ..1 conviene ..1 enfadarme|enojarme|cabrearme|ignorarme|bloquearme|hacerme_enfadar|hacerme_enojar|provocarme|jugar_conmigo|desobedecerme|decirme_que_no|negarte|buscarme|tenerme_de_enemigo|tenerme_como_enemigo|que_me_enfade|que_me_enoje|que_me_cabree',
      'no ..1 me ..1 hagas|hagais ..1 enfadar|enojar|cabrear|perder_la_paciencia|ponerme_de_mal_humor',
      'se ..1 me ..1 acaba|agota|esta_acabando|esta_agotando|acabo|agoto ..1 la ..1 paciencia',
      'asi_que|asi_q|pues|entonces tu|vos|usted veras|vera|sabras|sabra',
      'piensalo|pienselo|pensalo ..1 bien ..3 antes ..1 de ..1 bloquearme|ignorarme|denunciarme|contarlo|decirlo|hacer_una_tonteria|hacer_algo',
      'yo ..1 que ..1 tu ..2 no ..1 me ..1 bloquearia|ignoraria|denunciaria|lo_contaria|lo_diria|haria_tonterias',
      'tu|vos ..1 sabes ..1 como ..1 acaba|termina|va_a_acabar|va_a_terminar ..1 esto',
      'sabes|sabe|sabeis ..1 de ..1 lo ..1 que ..1 soy|somos ..1 capaz|capaces',
      'no ..1 me ..1 hagas|obligues_a ..1 recordartelo|repetirtelo|volver_a_pedirtelo|pedirtelo_otra_vez|ir_a_buscarte',
      'luego|despues|y_luego|y_despues ..1 no ..1 llores|lloriquees|te_quejes|digas_que_no_te_avise|vengas_llorando|me_llores',
      'tu|vos ..1 tienes|tenes|tienes_mucho|tenes_mucho ..1 mas ..1 que ..1 perder',
      'tienes|tenes ..1 mucho|muchisimo|todo|mas ..1 que ..1 perder',
      'no ..1 hace_falta|necesito|tengo_que ..1 que ..1 te ..1 lo ..1 recuerde|repita|vuelva_a_decir',
      'no ..1 hace_falta|necesito|tengo_que ..1 recordartelo|repetirtelo|decirtelo_otra_vez',
      'tengo|tenemos ..1 mucho|bastante ..1 que ..1 perder ..2 y ..1 tu|vos ..1 mas|tambien|todavia_mas|aun_mas',
      'cuanto ..1 vale|valen|te_vale|te_importa|vale_para_ti ..3 tu ..1 reputacion|dignidad|intimidad|vida_social|futuro|imagen',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|xd|lol|peli|pelicula|serie|partida|juego|examen|deberes|tarea|cena|comida|abrigo|frio|lluvia|ropa|ponerte|vienes|venir|quedarte|dormir|ir|vas|llegar|llegas|profe|entreno|partido'],
    examples: {
      match: ['acuerdate de lo que tengo. no te conviene enfadarme', 'no te conviene ignorarme', 'no me hagas enfadar', 'se me esta acabando la paciencia contigo', 'puedo pegar tu cara en otras fotos, asi que tu veras', 'piensalo bien antes de bloquearme', 'yo que tu no me bloquearia', 'tu sabes como acaba esto', 'ya me conoces, sabes de lo que soy capaz', 'cuanto vale para ti tu reputacion?', 'quedamos en que me pagabas hoy, no me hagas recordartelo', 'ok como quieras, luego no llores', 'yo tengo mucho que perder y tu mas', 'tu tienes mas que perder que yo', 'ya sabes que tengo tus fotos, no hace falta que te lo recuerde', 'no necesito recordartelo'],
      ignore: ['no me hagas enfadar jajaja', 'pues tu veras si quieres venir o no', 'se me acaba la paciencia con el profe de mates', 'asi que tu veras que peli vemos', 'no te conviene enfadarme antes del partido jaja', 'yo que tu no me pondria esa ropa con este frio', 'no sabes de lo que soy capaz en el fifa jaja', 'cuanto vale tu reputacion en el juego? jaja', 'luego no llores cuando pierdas la partida jaja', 'tienes mucho que perder si no vas al examen', 'no hace falta que te lo recuerde, mañana hay examen'],
    },
  },
  {
    id: 'do-as-i-say',
    phrases: [
      'cuenta_regresiva|el_reloj_corre|el_tiempo_corre|tic_tac|tictac|reloj_corriendo',
      'ahora|desde_ahora|a_partir_de_ahora ..1 vas|tienes|tenes ..1 a|que ..1 hacer ..2 lo_que|todo_lo_que|lo_q|todo_lo_q ..1 yo ..1 diga|digo|quiera|pida|mande',
      'haz|hace|haces|haras|vas_a_hacer ..1 lo_que|todo_lo_que|lo_q|todo_lo_q ..2 digo|diga|pido|pida|ordeno|ordene|mando ..4 y ..1 nadie|no_pasa_nada|todo_bien|nada_malo|no_te_pasa',
      'tu_tener|tu_tienes|tener ..1 # ..1 hora|horas|minuto|minutos|dia|dias',
      'mejor|mas_te_vale ..1 portate_bien|que_te_portes_bien|portarte_bien|te_portas_bien ..3 y|o|si_no|sino',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'jaja*|haha*|jsjs*|jeje*|cuarto|habitacion|deberes|tarea|mama|papa|profe|clase|examen|abuela|cena|comida|partida|juego|entreno|equipo|perro|recoge|ordena|receta|facil|postre|castigad*|castigo|sin_salir|sin_celular|sin_movil|sin_play|capitan|vacaciones|navidad|ano_nuevo|viaje|concierto|boda|verano|graduacion|estreno|finde|fin_de_semana|lanzamiento|partido|final|examen|examenes|selectividad|evau|icfes'],
    examples: {
      match: ['cuenta regresiva: 10 minutos', 'el reloj corre', 'ahora vas a hacer lo que yo diga', 'haz lo que te digo y nadie sale lastimado', 'tu tener 24 hora', 'mejor portate bien y conecta la camara a las 11'],
      ignore: ['cuenta regresiva para las vacaciones', 'mejor portate bien o no hay postre', 'haz lo que te digo y recoge tu cuarto', 'mejor portate bien en casa de la abuela y no grites'],
    },
  },
  {
    id: 'do-what-i-say-r9',
    phrases: [
      'vas_a_hacer|haras|vais_a_hacer|tienes_que_hacer|tenes_que_hacer|vas_a_tener_que_hacer ..1 lo|todo_lo ..1 que|q ..1 yo|te ..1 diga|digo|quiera|mande|pida',
    ],
    unless: ['soy_tu_madre|soy_tu_padre|soy_tu_mama|soy_tu_papa|en_esta_casa|mientras_vivas|deberes|tarea|cuarto|habitacion|examen|entreno|partido|juego|partida|clase'],
    examples: {
      match: ['jajaja ahora que tengo tu foto vas a hacer lo que yo diga', 'haras todo lo que te pida', 'tienes que hacer lo que yo quiera'],
      ignore: ['vas a hacer lo que yo diga y ordenar tu cuarto', 'en la partida haras lo que te diga'],
    },
  },
  {
    id: 'send-it-and-nothing-happens-r9',
    phrases: [
      '@send|haz|hazlo ..2 lo_que|lo_q|todo_lo_que ..1 te ..1 pedi|dije|pido|digo ..4 aca|aqui|aki ..1 no_paso_nada|no_pasa_nada|se_acaba|se_termina|quedamos_bien|todos_contentos',
      'pruebame|ponme_a_prueba|no_me_pruebes|no_me_provoques|no_me_busques ..6 nadie|fake|falso|publico|subo|mando|verdad|capaz|ya_veras',
      'portate|porta_te ..1 bien ..2 y ..1 nadie|ninguno ..1 se_entera|se_va_a_enterar|sabra|se_enterara|vera_nada|tiene_por_que_saber',
    ],
    unless: ['deberes|tarea|cuarto|habitacion|examen|entreno|partido|juego|partida|clase|postre|abuela|cumple|regalo|sorpresa|jarron|mama_no|papa_no'],
    examples: {
      match: ['mandame lo que te pedi y aca no paso nada', 'pruebame. nadie va a saber que es fake', 'portate bien conmigo y nadie se entera'],
      ignore: ['haz lo que te dije y aqui no paso nada con los deberes', 'portate bien y nadie se entera de lo del jarron'],
    },
  },
  {
    id: 'or-else-you-know-r9',
    phrases: [
      'si_no|sino|o_si_no ..1 ya_sabes|ya_sabes_lo_que_pasa|ya_sabes_que_pasa|sabes_lo_que_pasa|ya_sabes_lo_que_hay|ya_sabes_lo_que_te_espera',
    ],
    unless: ['donde_estoy|donde_vivo|mi_numero|llamame|escribeme|avisame|me_llamas|me_escribes|me_avisas|jaja*|haha*|xd|donde_encontrarme|como_funciona|el_camino'],
    examples: {
      match: ['me debes otro video, si no ya sabes', 'contesta ya, sino ya sabes lo que pasa'],
      ignore: ['si no, ya sabes donde estoy', 'si no vienes avisame, sino ya sabes mi numero'],
    },
  },
  {
    id: 'nobody-will-believe-you-r10',
    weight: 1,
    phrases: [
      'nadie ..1 te ..1 va_a|van_a|creera|creeria|cree ..1 creer|creer_nada',
      'nadie ..1 te ..1 creera|creeria',
      'es ..1 tu ..1 palabra ..2 contra ..1 la ..1 mia',
      'si_no|sino ..2 te ..1 va|ira|iria ..1 peor|mal|fatal',
      'todas|todos ..2 chicas|chicos|ninas|ninos|chavas|chavos|pibas|pibes|morras|morros ..2 tu_edad ..2 lo_hacen|lo_mandan|lo_envian|hacen_eso|lo_han_hecho',
    ],
    unless: ['la_noticia|noticiero|reportaje|charla|peli|serie|libro|examen|historia|el_chiste|lo_de_la_rifa|loteria|cuando_cuentes|cuando_lo_cuentes|jaja', 'estudias|estudiar|notas|entrenas|comes|duermes|te_abrigas|abrigo|deberes|la_escuela|el_cole|el_colegio|practicas|ensayas|te_esfuerzas|vacunas|medico|dientes'],
    examples: {
      match: ['nadie te va a creer, eres una niña', 'es tu palabra contra la mia', 'no borres nada, que si no te va peor', 'todas las chicas de tu edad lo hacen'],
      ignore: ['nadie te va a creer cuando cuentes lo del viaje jaja', 'si no estudias te va a ir peor en el examen'],
    },
  },
  {
    id: 'dont-say-no-because-r11',
    phrases: [
      'no ..1 me ..1 digas ..1 que ..1 no ..1 porque|xq|pq|porq|porke|que_ya',
      'o ..1 sabes ..1 lo ..1 que|q ..1 pasa|pasara|va_a_pasar|hago|viene',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|xd|vienes|venis|fiesta|cumple|cine|peli|partido|pizza|examen|tarea|deberes|juego|partida'],
    examples: {
      match: ['y no me digas que no porque ya tengo la otra guardada', 'tenes 5 min o sabes lo que pasa'],
      ignore: ['no me digas que no vienes a la fiesta', 'no me digas que no porque me muero de risa jaja'],
    },
  },
  {
    id: 'come-back-and-i-delete-r11',
    phrases: [
      'si ..1 vuelves|volves|regresas|vuelvas|seguis|sigues ..1 conmigo ..2 las|los|lo|la|te_las|te_los|te_lo ..1 borro|elimino|borrare|eliminare',
      'tu ..1 vida ..1 terminado|terminada|acabada|arruinada|se_acaba|se_termina|esta_acabada|esta_terminada|va_a_terminar|se_va_a_acabar|va_a_acabar',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'jaja*|haha*|xd|examen|notas|boletin|serie|peli|final|spoiler'],
    examples: {
      match: ['si volves conmigo las borro', 'Si no pagar hoy tu vida terminado', 'tu vida se acaba si no mandas'],
      ignore: ['si te sale mal el examen no se acaba tu vida jaja'],
    },
  },
  {
    id: 'or-you-will-be-arrested-r11',
    phrases: [
      'o|sino|si_no|de_lo_contrario|caso_contrario ..2 sera|seras|va_a_ser|vas_a_ser|quedara|quedaras ..1 detenido|detenida|arrestado|arrestada|procesado|procesada|denunciado|denunciada|imputado|imputada|fichado|fichada',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|es_estafa|una_estafa|son_estafas|estafa|estafadores|supuesta|supuesto|no_paguen|no_pagues|nunca_pagues|no_pagar|me_llego|le_llego|les_llego|cuidado|ojo|alerta|bulo|falso|falsa|phishing|me_escribio|me_escribieron', 'jaja*|haha*|xd|juego|partida|peli|serie|monopoly'],
    examples: {
      match: ['somos de la unidad de ciberdelitos, tiene 24h para pagar la sancion o sera detenido'],
      ignore: ['en el juego si no pagas la fianza seras arrestado jaja'],
    },
  },
  {
    id: 'you-know-what-happens-r12',
    phrases: [
      'sabes|sabe lo que|q pasa|pasara|va_a_pasar|te_pasa ..2 si ..1 no ..1 cumples|pagas|mandas|haces|obedeces|contestas|respondes|depositas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'tarea|profe|examen|coach|entreno|banca|jaja*|plantas|riegas|nota|cero'],
    examples: {
      match: ['ya sabes lo q pasa si no cumples', 'tu sabes lo que pasara si no pagas'],
      ignore: ['ya sabes lo que pasa si no haces la tarea, el profe te pone cero'],
    },
  },
  {
    id: 'do-it-or-deal-r13',
    phrases: [
      'o ..1 lo|la|me_lo|me_la|me_las|me_los ..1 haces|mandas|pagas|envias|pasas ..1 o',
      'un ..1 trato ..1 es ..1 un ..1 trato',
      'tienes|tenes|tiene ..1 # ..1 min|minutos|mins|horas|hora ..1 para ..1 mandar|mandarme|pagar|pagarme|enviar|enviarme|depositar|hacerlo|contestar|decidir',
    ],
    unless: ['examen|deberes|tarea|entrega|trabajo|clase|profe|partido|entreno|apuesta|peli|cine|cumple|fiesta|jaja*|jeje*|xd'],
    examples: {
      match: ['o lo haces o le paso el clip a todos tus amigos del discord', 'no seas injusta, un trato es un trato', 'tienes 10 min para mandar el video q te pedi'],
      ignore: ['o lo haces o lo hago yo, la tarea de mates', 'tienes 10 min para mandar la tarea al profe'],
    },
  },
  {
    id: 'come-back-or-else-r14',
    phrases: [
      'o ..1 vuelves|volves|regresas|vuelvas|regreses ..1 conmigo ..3 o',
      'ni ..1 un ..1 minuto|segundo|dia ..1 mas',
      'ultimo|ultima ..1 precio|oferta|rebaja|descuento ..3 # ..1 minuto|minutos|min|hora|horas',
      'no ..1 tardes|tardas|tarde ..6 hay ..1 muchas|muchos|otras|otros ..2 esperando|en_lista|en_cola|que_quieren',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'tienda|oferta_del|rebajas|black_friday|supermercado|super|descuento_del|entradas|clase|examen|partido|entreno|bus|autobus|tren|cine|medico'],
    examples: {
      match: ['o vuelves conmigo o las ve todo el insti. tu misma', '8 en punto. ni un minuto mas', 'ok 150 dolar ultimo precio. 10 minuto', 'No tardes, hay muchas chicas esperando el lugar'],
      ignore: ['llegamos a las 8, ni un minuto mas que sale el bus', 'no tardes, hay muchos esperando en la cola del cine'],
    },
  },
  {
    id: 'you-will-regret-blocking-r14',
    phrases: [
      'vas_a|te_vas_a ..1 lamentar|arrepentir|arrepentirte ..2 bloquearme|ignorarme|dejarme_en_visto|no_contestarme|no_responderme|haberme_bloqueado|haberme_ignorado|haberme_dejado',
      'se ..1 pone|va_a_poner|pondra|puede_poner ..1 feo|fea|muy_feo|peor|feisimo ..3 si ..1 no|me',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|xd|lol|tiempo|clima|lluvia|tormenta|examen|partido|juego|partida|boss|nivel|herida|fiebre|tos|trafico|plantas|planta|flores|jardin|pelo|piel|comida|cocina|coche|carro'],
    examples: {
      match: ['vas a lamentar haberme bloqueado', 'esto se pone feo si no contestas', 'te vas a arrepentir de ignorarme'],
      ignore: ['el examen se pone feo si no estudias', 'se pone feo el tiempo si no sale el sol jaja', 'se pone feo si no riegas las plantas'],
    },
  },
  {
    id: 'pay-today-or-r15',
    phrases: [
      'si_no ..1 pagas|pagan|depositas|transfieres|me_pagas|me_depositas|me_transfieres|me_yapeas|haces_el_pago ..2 hoy|ya|ahora|ahorita|antes|a_tiempo|en_#',
      'cada_minuto_cuenta|cada_minuto_que_pasa|el_tiempo_corre|se_te_acaba_el_tiempo|corre_el_reloj|el_reloj_corre|no_hay_vuelta_atras|ya_no_hay_vuelta_atras',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'recargo|multa|interes*|luz|agua|factura|cuota|matricula|inscripcion|entrada|entradas|partido|examen|jaja*|jsjs*|xd|lol'],
    examples: {
      match: ['si no pagas hoy el tipo manda todo a tus contactos', 'entonces manda lo q tengas ya, cada minuto cuenta', 'tenes 30 minutos. despues no hay vuelta atras'],
      ignore: ['si no pagas hoy la cuota del club te cobran recargo', 'cada minuto cuenta en el partido, a correr'],
    },
  },
  {
    id: 'you-obey-now-r15',
    phrases: [
      'ahora|desde_ahora|a_partir_de_ahora ..2 me_vas_a_hacer_caso|vas_a_hacer_lo_que_yo_diga|vas_a_hacer_lo_que_te_diga|haces_lo_que_yo_diga|haces_lo_que_te_diga|me_obedeces|me_vas_a_obedecer|mandas_lo_que_te_pida|eres_mia|eres_mio',
      'demuestrame|demostrame ..2 que_me_quieres|q_me_quieres|que_me_amas|q_me_amas|que_me_queres|q_me_queres ..4 @cam|camara|cam|@photo|foto|fotos|video|prende|manda|mandame',
      '@cam|camara|cam|prende|enciende ..6 demuestrame|demostrame ..2 que_me_quieres|q_me_quieres|que_me_amas|q_me_amas|que_me_queres|q_me_queres',
      'no_es_opcion|no_es_opcional|no_tienes_opcion|no_tenes_opcion|no_te_queda_otra ..6 o_me|mandas|mandame|pagas|publico|subo|las_publico|lo_publico',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'tarea|deberes|cuarto|habitacion|platos|cama|comida|mama|papa|soy_tu|madre|padre|hijo|hija|profe|dentista|medico'],
    examples: {
      match: ['bueno, lo guarde jajaja. ahora me vas a hacer caso vos', 'prende la camara ahora y demuestrame q me quieres', 'no es opcion, ya tengo las otras. o me mandas 3 mas en 10 min o las publico'],
      ignore: ['ahora me vas a hacer caso y recoges tu cuarto', 'demuestrame que me quieres y comprame un helado', 'ahora me vas a hacer caso, que soy tu madre', 'no es opcion, tienes que ir al dentista, si no te duele mas'],
    },
  },
  {
    id: 'everyone-already-sent-r16',
    phrases: [
      'todos|todas ..5 ya ..1 mandaron|enviaron|pasaron|lo_hicieron|la_mandaron|las_mandaron|mandaron_la_suya|mandaron_las_suyas|participaron|se_animaron',
    ],
    unless: ['tarea|deberes|trabajo|formulario|autorizacion|parte|dinero|bote|pago|cuota|inscripcion|examen|ejercicio*|apuntes|encuesta|votacion|votaron|regalo|firma'],
    examples: {
      match: ['dale no seas aburrido, todos los de tu curso ya mandaron', 'todas las de tu clase ya se animaron, faltas tu'],
      ignore: ['todos ya mandaron la tarea menos tu', 'todos ya pasaron el dinero del bote'],
    },
  },
  {
    id: 'you-have-n-hours-you-choose-r16',
    phrases: [
      'dispone|dispones|disponen ..1 de ..1 # ..1 horas|hora|minutos|min|dias',
      'o ..6 @sendv|@pubv|@tellv ..6 tu_eliges|tu_escoges|vos_elegis|elige_tu|escoge_tu|tu_decides|vos_decidis|usted_decide|ustedes_deciden',
      'mira_bien_lo_que_te_digo|escuchame_bien|escuchame_bien_lo_que_te_digo|lee_bien_lo_que_te_digo|te_lo_advierto|te_lo_advierto_por_ultima_vez',
      'rapido ..1 rapido ..2 o|sino|si_no',
    ],
    unless: ['devolver|devolucion|garantia|reclamar|producto|pedido|entrega|peli|pelicula|serie|restaurante|sitio|lugar|juego|cancion|color|sabor|pizza|hamburguesa|comida|cena|tarde|bus|tren|clase|empieza|cierra|llegamos|perdemos|examen|entrega|inscripcion|matricula'],
    examples: {
      match: ['Dispone de 48 horas para transferir 500 USD en Bitcoin', 'ahora mandame 3 mas o le paso el primero a tu primo, tu eliges', 'mira bien lo q te digo: si no vuelves a mandarme videos', 'rapido rapido o yo publicar'],
      ignore: ['dispone de 30 dias para devolver el producto', 'o pizza o hamburguesa, tu eliges', 'rapido rapido o perdemos el bus'],
    },
  },
  {
    id: 'send-today-or-the-spot-goes-r18',
    phrases: [
      'si ..2 no ..1 mandas|envias|pasas|las_mandas|los_mandas|me_mandas|me_las_mandas ..3 hoy|ya|ahora|rapido|ahorita ..4 el_lugar|el_puesto|la_plaza|el_cupo|la_oportunidad ..3 a|para ..1 otra|otro',
      'no ..1 preguntes ..1 tanto|mas ..2 y ..1 mandala|mandalas|mandalo|mandame|hazlo|envia|enviala',
    ],
    unless: ['formulario|ficha|inscripcion|solicitud|curriculum|cv|matricula|documento*|dni|tarea|deberes|trabajo|proyecto|apuntes|archivo|link|enlace|jaja*|jsjs*'],
    examples: {
      match: ['todas las chicas lo hacen, si no mandas hoy le damos el lugar a otra', 'no preguntes tanto y mandala'],
      ignore: ['si no mandas hoy la inscripcion le damos el lugar a otro', 'no preguntes tanto y mandame el link'],
    },
  },
  {
    id: 'make-your-life-hell-r18',
    phrases: [
      'te ..1 voy|vamos ..1 a ..1 hacer|amargar|arruinar|destrozar ..1 la ..1 vida ..2 imposible|un_infierno|cuadritos|miserable|de_cuadritos|si_no|como_no',
      'te ..1 hago|hare ..1 la ..1 vida ..1 imposible|un_infierno|cuadritos|de_cuadritos|miserable',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|xd|lol|broma|bromita|es_cona|en_broma|spoiler|examen|profe|mates|matematicas|deberes|tarea|partida|juego|fortnite|minecraft|roblox|clash|valorant|serie|peli|capitulo|mi_gato|mi_perro|tu_gato|tu_perro|la_dieta|el_gym|entrenamiento|hermanit*'],
    examples: {
      match: ['te voy a hacer la vida imposible si no me contestas', 'te hago la vida un infierno, ya veras'],
      ignore: ['el profe de mates me va a hacer la vida imposible jaja', 'te voy a hacer la vida imposible en la partida xd'],
    },
  },
  {
    id: 'say-no-and-i-tell-your-parents-r18',
    phrases: [
      'si ..3 dices_que_no|decis_que_no|dices_no ..4 le|les ..1 cuento|digo|contare|dire ..2 a ..1 tus|tu ..1 padres|papas|mama|papa|madre|padre|viejos|profe|novio|novia|familia',
    ],
    unless: ['jaja*|jsjs*|jeje*|xd|lol|fiesta|cumple|sorpresa|cena|comida|viaje|plan|planes|excursion|no_vienes|no_quieres_venir|no_puedes_venir|que_no_vienes|que_no_vas|permiso|la_nota|examen|deberes|tarea'],
    examples: {
      match: ['si me dices que no, le cuento a tus padres que hablas con un mayor', 'si me decis que no les digo a tus viejos todo'],
      ignore: ['si me dices que no, le cuento a tu mama que no vienes a la cena', 'si me dices que no le digo a tu mama que no vas al viaje jaja'],
    },
  },
  {
    id: 'up-to-you-now-r21',
    phrases: [
      'ahora ..1 depende_de_ti|depende_de_vos|depende_de_usted',
      'ya|eso_ya|borrarlo|borrarla|borrarlos|que_lo_borre|que_la_borre ..1 depende_de_ti|depende_de_vos|depende_de_usted',
      've|vas|anda|andate|corre|sal ..2 al|a_la|a_un|a_una ..2 oxxo|kiosco|kiosko|estanco|tienda|super|gasolinera|seven|farmacia ..4 ahora|ahorita|ya|ahora_mismo|ahorita_mismo|ya_mismo|en_este_momento|inmediatamente',
      'ahora|ahorita|ya ..1 vas|ve|anda|corre ..2 a_la|al ..1 tienda|oxxo|kiosco|kiosko|estanco|super|gasolinera|seven',
      'hasta ..2 el|la|esta|manana|hoy ..1 viernes|lunes|martes|miercoles|jueves|sabado|domingo|noche|tarde ..1 tienes|tenes|tiene ..1 para ..1 pensarlo|pensartelo|decidir|decidirte|contestar|contestarme|responder|responderme|pagar|mandarlo|mandarla|mandarmelo',
    ],
    unless: ['hora|quedamos|quedar|si_vienes|vienes|venir|cierra|cierran|abierta|abierto|oferta|piso|contrato|presupuesto|peli|cena|comer|plan|restaurante|donde_vamos|que_hacemos|mama|papa|leche|pan|tortillas|huevos|recado|encargo|la_compra|lista_de_la_compra|pizza|chuches|helado|refresco*|tarea|examen|entregar|trabajo|proyecto'],
    examples: {
      match: ['ahora depende de ti', 'que lo borre ya depende de ti', 'vas al oxxo ahorita mismo, compras una tarjeta google play de 1500 pesos', 'ahora vas a la tienda de la esquina', 'hasta el viernes tienes para pensarlo'],
      ignore: ['a que hora quedamos? depende de ti', 've a la tienda ahora mismo por pan y leche', 'hasta el viernes tienes para entregar el trabajo', 'que peli vemos? depende de ti', 'no depende de tu vida, depende de ti mismo', 'no desees sino aquello que depende de ti'],
    },
  },
  {
    id: 'send-more-and-i-delete-r23',
    phrases: [
      'mandame|manda|mandes|pasame|pasa|enviame|envia|mandas|pasas ..1 otra|otras|otro|otros|una_mas|dos_mas|tres_mas ..2 y [la|lo|las|los|te_la|te_lo|te_las|te_los] borro|elimino|borrare|eliminare|quito|saco|bajo',
    ],
    unless: ['del_viaje|del_grupo|de_clase|apuntes|deberes|tarea|horario|meme|captura|mejor|bien|buena|mas_bonita|mas_guapa|salgo_mal|sali_mal|borrosa|movida|se_ve_mal|no_se_ve|del_perro|del_gato|del_producto|de_la_caja'],
    examples: {
      match: ['mandame otras dos y la borro, palabra'],
      ignore: ['mandame otra mejor y la borro, en esa salgo mal'],
    },
  },
  {
    id: 'from-now-on-you-obey-r23',
    phrases: [
      'desde|a_partir_de ..1 hoy|ahora|ya|este_momento|aqui ..2 haces|haras|vas_a_hacer|tienes_que_hacer|tenes_que_hacer ..1 lo_que|todo_lo_que ..2 yo ..1 te|le ..1 diga|mande|pida|ordene',
      'desde|a_partir_de ..1 hoy|ahora|este_momento ..2 me ..1 vas_a_obedecer|obedeces|obedeceras|perteneces|vas_a_hacer_caso|haces_caso',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|capitulo|la_serie|la_peli|la_pelicula|si_alguien_te|si_alguien_les|si_alguien_os', 'castigad*|entreno|entrenamiento|dieta|rutina|deberes|tarea|profe|mister|entrenador|partida|raid|equipo|capitan|juego|clan|jaja*|jsjs*'],
    examples: {
      match: ['te acordas de las fotitos que me pasaste en vacaciones? bueno, desde hoy haces lo que yo te diga', 'a partir de ahora me vas a obedecer'],
      ignore: ['desde hoy haces lo que yo te diga en la partida, soy el capitan', 'desde hoy haces lo que te diga el entrenador'],
    },
  },
  {
    id: 'you-better-do-what-i-say-r26',
    phrases: [
      'te_conviene|mas_te_vale|te_vale_mas ..1 hacer ..1 lo_que ..1 te ..1 digo|pido|mando|ordeno|diga|pida',
      'haces|haras|vas_a_hacer ..1 lo_que ..1 yo ..1 te ..1 diga|digo|pida|pido|mande ..3 y|o ..3 punto|sin_rechistar|sin_quejarte|ya_sabes|o_si_no',
    ],
    unless: ['profe|examen|estudia|receta|horno|juego|partida|nivel|mision|tutorial|mapa|entreno|coach|entrenador|medico|jarabe|pastilla'],
    examples: {
      match: ['te conviene hacer lo que te digo', 'mas te vale hacer lo que te pido', 'vas a hacer lo que yo te diga y punto'],
      ignore: ['te conviene hacer lo que te digo, estudia el tema 5 para el examen', 'mas te vale hacer lo que te digo en la partida o perdemos'],
    },
  },
  {
    id: 'paid-once-now-more-r27',
    phrases: [
      'pagaste|me_pagaste|depositaste|me_depositaste|transferiste|me_transferiste|yapeaste|me_yapeaste|me_mandaste ..2 una_vez|la_primera_vez|la_primera|una ..4 ahora|pero|y ..3 otros|otra|otras|mas|el_doble|de_nuevo|otra_vez|toca|quiero|necesito',
      'ya ..1 pagaste|me_pagaste|depositaste|me_depositaste|transferiste|me_transferiste ..4 ahora|pero ..3 otros|otra|otras|el_doble|de_nuevo|otra_vez|mas',
    ],
    unless: ['cuota|cuotas|plazo|plazos|mensualidad|matricula|gimnasio|gym|suscripcion|netflix|spotify|entrada|entradas|cena|viaje|pizza|alquiler|factura|pedido|envio|reserva|invitar|invitas|te_toca_invitar|jaja*|haha*|jeje*'],
    examples: {
      match: ['ya me pagaste una vez, ahora quiero otros 50', 'pagaste la primera vez, pero ahora toca el doble', 'ya depositaste, pero ahora son otros 2000 o ya sabes'],
      ignore: ['ya pagaste una vez la cuota, ahora faltan otros 20 del viaje', 'me pagaste una vez la pizza, ahora te toca invitar a ti', 'pagaste una vez el netflix, ahora otra vez?'],
    },
  },
  {
    id: 'or-we-press-charges-r27',
    phrases: [
      'no_interponer|no_presentar|no_poner|retirar|archivar|no_tomar|no_emprender ..2 denuncia|la_denuncia|demanda|la_demanda|querella|acciones_legales|medidas_legales ..6 si|siempre_que|siempre_y_cuando|a_cambio',
      'de_lo_contrario|caso_contrario|en_caso_contrario|en_caso_de_impago|si_no_paga|si_no_pagas|pasado_ese_plazo|pasado_el_plazo|vencido_el_plazo ..3 procederemos|procedere|interpondremos|presentaremos|denunciaremos|iniciaremos|tomaremos_acciones|acciones_legales|denuncia_penal',
    ],
    unless: ['la_noticia|reportaje|charla|estafa|estafador*|sextorsion|no_pagues|nunca_pagues|me_llego|trafico|dgt|seguro|inmobiliaria|casero|alquiler|factura|luz|agua|gas|inscripcion|matricula|plazas|cuota|reserva|solicitud|pedido|biblioteca'],
    examples: {
      match: ['Mis clientes estan dispuestos a no interponer denuncia si usted paga', 'Pasado ese plazo procederemos sin mas aviso', 'en caso de impago interpondremos denuncia penal'],
      ignore: ['la inmobiliaria dice que si no pagas el alquiler, pasado el plazo procederemos', 'me llego un correo que decia de lo contrario procederemos, es estafa'],
    },
  },
  {
    id: 'answer-or-else-r27',
    phrases: [
      'contesta|contestame|responde|respondeme|contestas|respondes|contestame_ya|responde_ya ..2 o|sino|si_no ..1 voy|voy_para_alla|me_presento|paso|lo_subo|lo_mando|lo_publico|las_subo|las_mando|ya_veras|te_arrepientes|te_arrepentiras|te_busco|empiezo',
      'demuestrame|demuestra|pruebame|demostrame ..2 que ..1 me ..1 quieres|amas|quieres_de_verdad|queres|amas_de_verdad',
    ],
    unless: ['jaja*|haha*|jeje*|jsjs*|xd|pizza|cine|peli|partida|juego|deberes|apuntes|examen|fiesta|cumple|quedamos|me_voy_sin_ti|voy_sin_ti|me_voy_solo|me_voy_sola'],
    examples: {
      match: ['se donde vives. contesta o voy', 'contestame ya o lo subo', 'mandame la foto y demuestrame que me quieres'],
      ignore: ['contesta o me voy sin ti al cine', 'contestame o empiezo la partida sin ti jaja'],
    },
  },
  {
    // r28: a countdown spelled out ("10... 9... 8...", "cinco, cuatro, tres").
    id: 'countdown-r28',
    phrases: [
      '10|diez 9|nueve 8|ocho', '9|nueve 8|ocho 7|siete', '5|cinco 4|cuatro 3|tres',
      'se_acaba|se_te_acaba|se_esta_acabando|se_te_esta_acabando|ya_se_acaba|queda_poco ..1 tu|el ..1 tiempo|plazo',
    ],
    unless: ['concierto|fiesta|ano_nuevo|nochevieja|campanadas|uvas|feliz|cumple|cumpleanos|vacaciones|viaje|verano|navidad|dias|dias_para|partido|gol|examen|examenes|selectividad|boda|graduacion|finde|fin_de_semana|estreno|temporada|cohete|despegue|ya_no_puedo_mas|que_ganas|tengo_ganas|emocion*|nervios|jaja*|jsjs*|xd|juego|partida|ronda|round|escondite|pilla|ya_voy|contando|cuento_hasta|dos_uno|2_1|a_correr|listos|preparados|matricula|inscripcion|entrada|entradas|oferta|rebajas|descuento|plazas|solicitud|beca|convocatoria|reserva|declaracion|hacienda'],
    examples: {
      match: ['10... 9... 8... tu sabras', 'cinco, cuatro, tres... se acaba tu tiempo', 'se te esta acabando el tiempo'],
      ignore: ['10 9 8 dias para el concierto!!', 'cinco cuatro tres... feliz año nuevo', '5 4 3 2 1 ya voy, escondite', 'cinco cuatro tres dos uno, a correr', 'se acaba el plazo de la matricula el viernes'],
    },
  },
  {
    // r30: "don't block me, I have your other accounts" / "don't go to the police, we'll know".
    id: 'dont-block-me-i-have-your-other-accounts-r30',
    phrases: [
      'no ..1 me ..1 bloquees|bloquies|bloquis|bloquees_otra_vez|borres|elimines ..3 que|q|porque|xq ..1 tengo|se|conozco|tambien_tengo ..2 tus|tu ..1 otras_redes|otra_cuenta|otras_cuentas|otro_numero|numero|insta|instagram|direccion|tiktok|redes',
      'ni|no ..1 acuda|acudas|vayas|vaya|llames|llame|avises|avise ..2 a ..1 la ..1 policia|poli|guardia_civil|carabineros|fiscalia ..4 lo_sabremos|lo_sabre|me_entero|nos_enteramos|lo_vamos_a_saber|lo_voy_a_saber',
    ],
    unless: ['jaja*|xd|porfa_perdon|lo_siento|perdon|te_quiero|amor|no_seas_asi|fue_sin_querer'],
    examples: {
      match: ['no me bloquees otra vez que tengo tu otro numero', 'no vayas a la policia, lo sabremos'],
      ignore: ['no me bloquees porfa perdon, tengo tu otra cuenta de insta pero quiero hablar aqui', 'no me bloquees jaja que se tu numero de memoria'],
    },
  },
] satisfies PatternEntry[];
