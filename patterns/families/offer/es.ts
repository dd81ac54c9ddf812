import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'pay-for-pics',
    weight: 3,
    phrases: [
      'si ..1 me ..1 pasas|mandas|envias|das|ensenas ..2 @foto|fotos|video|videos|@pack ..3 te ..1 recargo|regalo|doy|pago|compro|mando|paso ..4 diamantes|pavos|robux|gemas|monedas|skin*|pase|battle_pass|recarga|@money|@currency|#',
      'te|t|le pago|doy|regalo|paso|daria|pagaria|pagare|dare|regalaria|ofrezco|deposito|compro|pagamos|damos|ingreso|transfiero|recargo|meto|pongo ..5 por|si|a_cambio ..4 @photo|@video|@pack|mandas|ensenas|muestras|pasas|envias|videollamada*|cam|camara|verte|@cam',
      '@send|@showme ..4 @photo|@video|@pack ..4 y te|le ..1 pago|doy|regalo|paso|dare|deposito|mando',
      'te|t|le mando|hago|envio|paso ..2 [#] @money|@currency|dinero|pasta|pavos|robux|vbucks|diamantes|transferencia|bizum|recarga|saldo ..4 si|por|a_cambio ..4 @photo|@video|@pack|videollamada*|@cam|algo_tuyo|algo_bonito|algo_especial|algo_sexy',
      'cuanto ..2 cobras|quieres|pides ..3 por ..2 @photo|@video|@pack|verte|videollamada',
      'quieres|queres|querrias|te_gustaria|podrias|puedes ..1 ganar|ganarte|sacarte|sacar ..3 @money|@currency|robux|pavos|diamantes|dinero|plata|pasta|facil ..6 @photo|fotos|@video|videos|@pack|videollamada*|@cam',
      'por|x ..2 @photo|@video|@pack ..4 te|le ..1 pago|doy|regalo|paso|daria|pagaria|dare|compro|mando',
    ],
    unless: ['por_correos|correos|etiqueta|sigue_disponible|gastos_de_envio|el_envio|youtube|subiendo|tiktok|canal|twitch|stream*|dificil|monetiz*|vendiendo|vender|stock|fotografia|fotografo|concurso|orla|curso|negocio|bici|coche|el_movil|tu_movil|ese_movil|este_movil|un_movil|consola|la_ropa|tu_ropa|esa_ropa|esta_ropa|talla|anuncio|producto|casa|piso|wallapop|vinted|mueble|apuntes|deberes|mural|tarea|trabajo|ejercicio*|examen|me_debes|te_debo|devuelvo'],
    examples: {
      match: ['si me pasas fotos te recargo el free fire con diamantes', 'te pago 50 euros por unas fotos tuyas', 'te regalo 1000 robux si me mandas una foto tuya', 'mandame una foto en calzoncillos y te paso 2000 pavos', 'cuanto quieres por unas fotos?', 'por un video te doy 100', 'te pago la recarga del movil si me haces una videollamada en privado', 'te mando dinero si me mandas fotos', 't regalo 1000 robux si me mandas una foto', 'te compro ropa si me mandas fotos con ella puesta', 'quieres ganar 100 euros? solo tienes que mandarme unas fotos', 'quieres ganar plata facil? solo tienes que mandar fotos'],
      ignore: ['si me pasas fotos de la bici te doy 100 euros', 'te mando una foto mia si tu me mandas una tuya', 'te pago 80 euros por la bici si me mandas fotos', 'te pago lo del cine mañana', 'te pago 100 por el movil si me mandas fotos del movil', 'te mando los 20 euros que te debo si me mandas una foto del ticket', 'te mando dinero para el bus si me mandas la ubicacion', 'te compro la ropa si me mandas fotos de la talla', 'puedes ganar dinero vendiendo fotos de stock', 'ganar dinero subiendo videos a youtube es dificil'],
    },
  },
  {
    id: 'money-gifts',
    weight: 1,
    phrases: [
      'te|le pago|pagaria|pagare bien|mucho|lo_que_quieras|lo_que_pidas',
      'te|le puedo ..1 pagar|dar_dinero|mandar_dinero|pasar_dinero',
      'quieres|necesitas|kieres @money|robux|pavos|diamantes|vbucks|v_bucks|gemas',
      'te|t|le pago|doy|regalo|paso|daria|pagaria|regalaria|compro|compraria|mando|hago|recargo|ofrezco|pagamos|damos ..3 [#] @currency|robux|vbucks|v_bucks|pavos|diamantes|gemas|monedas|skins|skin|pase_de_batalla|@money|tarjeta*|recarga|regalito|lo_que_quieras|lo_que_pidas|ropa|maquillaje|un_movil|un_iphone|un_celular',
      'te recargo|pago|cargo ..1 el|la|tu movil|saldo|celular|datos|tarjeta|recarga',
      'te|t ..1 regalo|compro|compraria|regalaria|consigo ..2 unas|unos|un|una|el|la|las|los ..1 zapatillas|movil|iphone|ropa|maquillaje|bolso|cascos|auriculares|consola|play|ps5|tablet|portatil|skin|skins',
      'quieres|querrias ..2 movil|iphone|zapatillas|consola|ps5|tablet ..2 nuevo|nueva|nuevas|nuevos ..3 te ..1 lo|la|las|los ..1 compro|regalo|consigo',
      'quieres|querrias|te_gustaria ..1 que ..1 te ..1 compre|regale|pague|recargue ..2 algo|lo_que_quieras|ropa|un_movil|un_iphone|maquillaje',
      'quieres|kieres|querrias ..2 ganar|ganarte ..2 @money|robux|pavos|diamantes|facil|@currency',
      'podrias|puedes|podes|vas_a|pudieras ..1 ganar|ganarte|sacar|sacarte ..2 mucho|mucha|un_monton_de|buen|buena|bastante ..1 @money|@currency|robux|pavos|diamantes',
      '@money|robux|pavos|diamantes|vbucks ..1 gratis|facil|rapido',
      'te ..1 compro|regalo|doy|pago|recargo|consigo ..6 si ..1 eres|te_portas|sos ..1 buena|bueno|buenita|buenito|obediente|carinosa|carinoso ..1 conmigo',
      'te ..1 recargo|regalo|compro|doy|pago|paso|consigo|hago|mando|deposito ..4 si ..1 me ..1 mandas|pasas|envias|ensenas|muestras ..1 algo ..1 bonito|lindo|especial|rico|sexy|caliente|atrevido|bueno',
    ],
    unless: ['o_efectivo|en_efectivo|efectivo_o|contra_entrega|contraentrega|al_recoger|cuando_la_recoja|cuando_lo_recoja|me_debes|te_debo|devuelvo|devolver|prestas|presto|cine|entrada*|bizum_del|lo_del|la_mitad|la_parte|mi_parte|tu_parte|mision|partida|ayudas|me_pasas|me_vendes|me_cambias|me_das_la|me_das_el|me_das_tu|pasame_la|pasame_el|pasame_tu|vendeme|cambiame|por_tu_cuenta|por_la_skin|por_tu_skin|por_la_cuenta|por_el_objeto|tradeo|tradear|intercambio|o_prefieres|o_preferis|o_prefieres_en|en_mano|por_cuidar|por_cuidarlo|por_cuidarla|por_las_horas|canguro|ninera|te_parece|te_parece_bien|si_te_parece|te_lo_debo|te_los_debo|te_la_debo|te_las_debo|lo_que_te_debo|por_pasear|por_el_paseo|por_los_paseos|por_hora|la_hora'],
    examples: {
      match: ['te hago una transferencia si me mandas algo especial', 'te compro el iPhone que quieras si eres buena conmigo', 'te recargo saldo si me mandas algo bonito', 'te paso pavos gratis', 'te regalo una tarjeta de 20 euros', 'bro t paso 2000 pavos del fortnite', 'quieres ganar dinero facil?', 'tienes un perfil perfecto, podrias ganar mucho dinero', 'te compro lo que quieras', 'te pagamos 500€ por sesion', 'quieres que te compre algo? lo que quieras', 'te regalo unas zapatillas si quieres', 'quieres un movil nuevo? te lo compro'],
      ignore: ['Te pago 40 euros, te parece?', 'no no, te lo debo. te mando 15 mil por nequi', 'te pago 10 mil por hora por pasear a Rocky', 'te pago por nequi o efectivo?', 'te paso los 20 euros que te debo', 'si me ayudas a pasar la mision te regalo 500 pavos', 'te pago la entrada del cine', 'podrias ganar el partido si entrenas', 'puedes ganar mucho en la loteria', 'me pasas la skin si te doy 500 pavos?', 'pasame la cuenta y te doy 50 euros', 'Te pago los 40€ por bizum o prefieres en mano?'],
    },
  },
  {
    id: 'modelling-agency',
    weight: 2,
    phrases: [
      'agencia|agencias ..2 modelo*|modelaje|talento*|casting*',
      'soy|somos fotografo*|fotografa ..4 busco|buscamos|buscando ..1 modelos|chicas|chicos|jovenes|caras_nuevas',
      'agencia ..3 busco|buscamos|buscando ..1 chicas|chicos|modelos|jovenes|caras_nuevas',
      'te hago|haria|hare|puedo_hacer ..1 famosa|famoso|influencer|modelo|estrella',
      'potencial|pinta|cara|perfil|fisico|fisico_de ..3 ser|de modelo|modelos|influencer',
      'trabajo|trabajamos|soy|somos ..3 agencia|agencias ..3 modelo*|moda|talento*|casting|fotos|fotografia',
      'cazatalento*|caza_talento*|buscador_de_talentos|representante_de_modelos|manager_de_modelos',
      'soy|somos|trabajo_como|trabajo_de ..2 scout|scouts ..4 de|en|para|busco|buscamos|agencia|modelos|moda',
      'podrias|puedes|deberias|quieres|te_gustaria|querrias|te_animas_a|te_apetece ..1 ser|trabajar_de|trabajar_como|hacer_de modelo|modelar|influencer',
      'te|le pago|pagamos|pagaria|pagariamos|invito_a ..2 la|una|el|un ..1 sesion|book|shooting|sesion_de_fotos|casting',
      'casting ..3 modelo*|fotos|sesion|de_modelos|virtual',
      'casting online|virtual ..6 necesitamos|necesito|mandame|envia|envianos|mandanos|buscamos|seleccion*|seleccionad*|pagado|pagamos|te_pagamos|remuneracion|remunerado',
      'sesion|book ..2 de fotos ..4 pag*|cobr*|gratis|dinero|@currency',
      'marca|marcas|empresa|tienda|firma ..2 de ..1 ropa|moda|banadores|lenceria|bikinis|cosmeticos ..4 busco|buscamos|buscando|necesito|necesitamos ..2 caras_nuevas|modelos|chicas|chicos|jovenes|perfiles|embajadoras|embajadores',
      'busco|buscamos|buscando ..1 caras ..1 nuevas|frescas ..6 modelo*|fotos|sesion|casting|marca|agencia|campana|catalogo|pagamos|pago|@currency|influencer*',
    ],
    unless: ['obra|teatro|dibujo|pintura|escultura|arte|maqueta|de_clase|del_cole|proyecto|disfraz|carnaval'],
    examples: {
      match: ['soy scout de una agencia de modelos', 'para el casting online necesitamos fotos de cuerpo entero', 'Trabajo para una marca de ropa y buscamos caras nuevas, te pagamos 200 euros por sesion', 'tienes potencial para ser modelo', 'soy cazatalentos de una agencia de modelos en madrid', 'podrias ser modelo', 'hacemos un casting de modelos online', 'una sesion de fotos pagada', 'eres preciosa, te gustaria ser modelo? te pago la sesion'],
      ignore: ['talent scout qui! casting online per nuove modelle', 'scout di Milano: cerchiamo volti nuovi', 'casting online per modelle, mandami foto', 'mi prima es modelo', 'vi un desfile de modelos en la tele', 'te gustaria ser modelo de la obra de teatro?'],
    },
  },
  {
    id: 'drugs-vapes',
    weight: 2,
    phrases: [
      'quieres|queres|kieres ..1 vapear|fumar|un_vape|un_vaper|un_porro|mota|hierba|weed|pastillas|chupar|beber|tomar_algo|unas_birras|unas_chelas ..4 te_consigo|te_traigo|te_paso|yo_tengo|te_regalo|te_invito|tengo_en_casa|tengo_en_el_carro|tengo_en_el_coche',
      'vape*|vaper|pods|porro*|tusi|pastillas ..3 te|se ..1 los|las|lo|la ..1 llevo|traigo|consigo|paso|regalo|doy ..2 gratis|si_quieres|yo',
      'te|le ..1 consigo|paso|doy|regalo|invito|traigo|compro ..2 vape*|vaper|pod|porro*|hierba|maria|weed|alcohol|birras|cervezas|pastillas|tusi|droga*|cigarro*|tabaco',
    ],
    unless: ['cumple|fiesta_de|mis_padres|tus_padres'],
    examples: {
      match: ['quieres vapear? te consigo', 'quieres fumar? yo tengo en el carro', 'quieres vapes? te los llevo gratis', 'te consigo vapes gratis', 'te invito a unos porros', 'te paso alcohol si vienes'],
      ignore: ['mi tio fuma porros', 'el alcohol es malo'],
    },
  },
  {
    id: 'gift-for-pics-broken',
    weight: 3,
    phrases: [
      '@photo|@video|foto|fotos|selfie|videollamada*|@cam ..6 yo|te ..1 dar|doy|regalar|regalo|pagar|pago|comprar|compro|mandar_dinero ..2 regalo|regalos|regalito|dinero|@money|@currency|#|robux|pavos|diamantes|vbucks|skin|skins|tarjeta*|recarga',
      'yo ..1 dar|regalar|pagar|comprar ..2 regalo|regalos|dinero|@money|@currency|# ..6 tu|usted ..1 mandar|enviar|dar|pasar ..2 @photo|@video|foto|fotos',
    ],
    unless: ['ficha|torneo|inscripcion|dni|pasaporte|carnet|ticket|factura|producto|anuncio|coche|bici|moto|casa|piso|movil|consola|ropa|talla|wallapop|vinted|perro|gato|deberes|tarea|apuntes|examen|receta|grupo|viaje|excursion|cumple|boda|me_debes|te_debo|devuelvo|cine|entrada*|del|de_la|de_los|de_las|jaja*|haha*|jsjs*'],
    examples: {
      match: ['tu mandar foto a mi por favor? yo dar regalo', 'una videollamada y te doy 50 pavos', 'yo regalar dinero si tu mandar fotos'],
      ignore: ['mandame foto del ticket y te doy los 5 euros', 'foto de la bici y te pago 100', 'la foto del cumple y te doy el regalo jaja'],
    },
  },
  {
    id: 'looking-for-kids-your-age',
    weight: 3,
    phrases: [
      'busco|buscamos|buscando|necesito|necesitamos|selecciono|seleccionamos ..2 chicas|chicos|ninas|ninos|jovenes|adolescentes|modelos|caras ..2 de ..1 tu ..1 edad ..6 book|sesion|fotos|casting|pagad*|pago|pagamos|@currency|@money|modelo*|anuncio|campana|catalogo|videos|contenido',
      'book|sesion|sesion_de_fotos|casting|shooting ..6 pagad*|pago|pagamos|@currency|@money ..6 chicas|chicos|ninas|ninos|jovenes|adolescentes ..1 de ..1 tu ..1 edad',
    ],
    unless: ['equipo|voley|futbol|baloncesto|club|coro|orquesta|obra|teatro|campamento|monitor*|colegio|instituto|ayuntamiento|biblioteca|concurso_escolar|parroquia|scouts|jaja*|haha*'],
    examples: {
      match: ['soy fotografo profesional, busco chicas de tu edad para un book, pagado', 'buscamos jovenes de tu edad para una sesion de fotos pagada'],
      ignore: ['busco chicas de tu edad para el equipo de voley', 'buscamos chicos de tu edad para la obra de teatro del cole'],
    },
  },
  {
    id: 'gift-for-address',
    phrases: [
      'dime|dame|pasame|mandame|decime ..1 tu ..1 direccion|dire|domicilio|ubicacion ..4 te ..1 mando|envio|regalo|compro|llevo|mandare|enviare ..3 regalo|regalito|algo|sorpresa|sorpresita|un_detalle|un_detallito|flores|peluche',
      'te ..1 mando|envio|regalo|compro|mandare|enviare ..3 regalo|regalito|algo|sorpresa|sorpresita|un_detalle|un_detallito ..4 dime|dame|pasame|mandame|decime ..1 tu ..1 direccion|dire|domicilio',
    ],
    unless: ['cumple|cumpleanos|navidad|amigo_invisible|reyes|boda|invitacion|tia|tio|abuel*|mama|papa|prima|primo|profe|clase'],
    examples: {
      match: ['dime tu direccion y te mando un regalo, algo bonito para ti', 'te mando un regalito, pasame tu direccion'],
      ignore: ['pasame tu direccion y te mando el regalo del amigo invisible', 'dime tu direccion y te mando la invitacion de la boda'],
    },
  },
  {
    id: 'top-up-for-pics',
    phrases: [
      'te ..1 cargo|recargo|pongo|meto|pago|compro ..1 saldo|credito|datos|megas|recarga|minutos|el_plan|el_celular|el_celu|un_celular|un_celu|el_movil|un_movil ..4 si ..2 me ..1 mandas|pasas|envias|muestras|ensenas|haces_un_favor|haces_un_favorcito',
    ],
    unless: ['mama|papa|abuel*|tia|tio|apuntes|tarea|deberes|ayudas|me_ayudas|trabajo|sacas_la_basura|lavas|limpias|ordenas|cuidas|paseas'],
    examples: {
      match: ['te cargo saldo si me mandas un video', 'te pago el celular nuevo si me haces un favor'],
      ignore: ['te cargo saldo si me mandas los apuntes', 'te compro el celu si me ayudas con la tarea'],
    },
  },
  {
    id: 'gift-for-private-show-r9',
    phrases: [
      'te|t|le ..1 compro|regalo|pago|doy|paso|compraria|regalaria ..5 si|a_cambio|por ..4 stream|live|directo|show|videollamada|privado|privada|solo_para_mi|para_mi_solo|para_mi_solito|en_privado',
    ],
    unless: ['youtube|tiktok|canal|concurso|clase|trabajo|deberes|tarea|apuntes|me_debes|te_debo|cumple|fiesta|cine'],
    examples: {
      match: ['te compro el setup nuevo si me haces un stream privado solo para mi', 'te regalo skins si hacemos videollamada en privado', 'te pago la recarga por un show privado'],
      ignore: ['te regalo la entrada si vienes al concierto', 'te pago el cine si me ayudas con el trabajo en privado'],
    },
  },
  {
    id: 'game-perks-and-gifts-r10',
    weight: 2,
    phrases: [
      'te ..1 puedo|podria|voy_a|vas_a ..1 dar|regalar|conseguir|pasar|recargar|comprar ..2 rango|vip|admin|skin|skins|pase|pase_de_batalla|robux|vbucks|diamantes|minecoins|gemas|monedas|leones|rosas|mensualidad',
      'te ..1 puedo|podria ..1 dar ..1 clases ..3 gratis|gratuitas|privadas ..4 pero|solo_nosotros|secret*|por_videollamada|videollamada|nadie',
      'te ..1 recargo|recargare|cargo|regalo|compro|doy|paso|mando ..2 # ..1 diamantes|robux|vbucks|gemas|monedas|minecoins|leones|rosas',
      'te ..1 recargo|recargare|cargo|regalo ..1 diamantes|robux|vbucks|gemas|monedas|minecoins|skins|el_pase|de_una',
      'te ..1 mando|doy|regalo|envio ..3 leon|leones|rosa|rosas|universo|galaxia|regalos|monedas|coins ..6 si ..1 te_quitas|haces|bailas|ensenas|muestras|lo_haces',
      'ganas|ganaras|ganarias|puedes_ganar|podes_ganar ..2 # ..2 @currency|dolares|euros|dollar|euro ..3 semana|dia|mes|hora|semanal|diarios|al_mes',
      'modelo|modelos ..1 webcam|de_webcam|de_cam|de_onlyfans|onlyfans',
      'pagamos|pago|pagaria|te_pago|te_pagamos|te_pagaria ..2 # ..2 @currency|euro|dollar|dolares|euros ..2 por ..1 la|las|cada|una ..1 seleccion|sesion|foto|fotos|video|videos|casting',
      'puedo|podria ..1 meterte|ponerte|colocarte ..4 equipo|seleccion|titular|agencia|casting|campana|anuncio ..6 pero|si|a_cambio',
      'te ..1 puedo|podria|voy_a ..1 mandar|pasar|depositar|transferir|dar ..2 # ..3 de ..1 adelanto|anticipo',
      'buscando|buscamos ..1 caras_nuevas|modelos|talentos|chicas|chicos ..6 campana*|agencia|catalogo|marca*|sesion*',
      'te ..1 puede|puedo|podria|va_a ..1 hacer ..1 un|una ..1 book|sesion|portafolio|casting ..2 gratis|gratuito|gratuita',
      'paga|pagan|pago|pagaria ..1 bien|muy_bien|bastante|mucho ..2 por ..1 @foto|fotos|videos|fotitos|videitos',
    ],
    unless: ['me_debes|te_debo|devuelvo|devuelves|prestamo|sueldo_minimo|cobras|cobra|trabajo_de_verano|canguro|camarero|la_ropa_de_la_tienda', 'me_pasas|me_vendes|me_das|me_cambias|me_prestas|me_regalas|te_los_debo|intercambio|cambiamos', 'proyecto|escuela_de|de_clase|curso|boda|bodas|ayudante|trabajar_de|practicas|cumple|cumpleanos|navidad|reyes|santo|cuidando|cuidar|ninera|sobrinos|limpiando|paseando|perro|clases_de|tienda|bar|restaurante|verano|deberes|tarea|me_haces|si_me_haces'],
    examples: {
      match: ['soy admin del server, te puedo dar rango vip gratis', 'te doy 2000 minecoins ademas del vip, nadie se entera', 'si quieres te recargo diamantes, 1000 diamantes', 'te mando un leon en el live si te quitas la sudadera', 'te doy 50 leones si lo haces en privado en una videollamada', 'Oferta de trabajo desde casa, ganas 300 dolares por semana', 'es chat con clientes, tipo modelo webcam', 'Pagamos 200€ por la seleccion', 'Puedo meterte en el equipo de la liga pero tienes q hacer lo q te digo', 'hoy te puedo mandar 10 mil de adelanto', 'Somos de Elite Models, estamos buscando caras nuevas para campañas de ropa', 'Te puedo dar clases extra gratis por videollamada', 'conozco un fotografo que te puede hacer un book gratis', 'te paso el contacto de mi amigo, paga bien por fotos'],
      ignore: ['te puede hacer un book gratis la escuela de fotografia, es un proyecto de clase', 'mi tio paga bien por fotos de bodas, si te interesa trabajar de ayudante', 'te puedo dar clases de guitarra si quieres', 'te regalo robux por tu cumple', 'ganas 10 euros por hora cuidando a mis sobrinos', 'te doy 5 pavos si me haces los deberes jaja', 'me pasas la skin si te doy 500 pavos?', 'te paso los 20 pavos q te debo', 'en el bar ganas 50 euros al dia de camarero'],
    },
  },
  {
    id: 'scout-saw-your-profile-r11',
    phrases: [
      'vimos|vi|revisamos|encontramos|nos_gusto ..2 tu_perfil|tus_fotos|tu_cuenta|tu_instagram|tu_tiktok ..6 buena_imagen|muy_buena_imagen|perfil_ideal|lo_que_buscamos|campana|campanas|modelar|modelo|modelos|una_marca|potencial|casting',
      'te ..1 mando|doy|regalo|compro ..2 los|todos_los ..1 regalos ..2 que_quieras|que_pidas',
    ],
    unless: ['cumple|navidad|reyes|dia_del_nino|jaja*|concurso_escolar|colegio|equipo|club'],
    examples: {
      match: ['Te escribo de Glam Scouting BA, vimos tu perfil y tenes muy buena imagen para campañas de moda teen', 'te mando los regalos que quieras'],
      ignore: ['vimos tu perfil en la web del club, buena imagen para el equipo'],
    },
  },
  {
    id: 'work-as-model-r11',
    phrases: [
      'chambea|chambear|trabaja|trabajar|labura|laburar|trabajes|chambees ..2 de|como ..1 modelo|modelos|webcam|webcamer|camgirl|webmodel ..6 pagamos|pago|pagan|paga|ganas|ganar|bien_pagado|@currency|@money',
    ],
    unless: ['jaja*|agencia_seria|con_tu_mama|con_tus_papas|autorizacion|castings_oficiales|escuela_de_modelos|le_pagan|les_pagan|le_paga|mi_hermana|mi_prima|mi_amiga|mi_tia|mi_mama|mi_vieja|mi_hermano|mi_primo|mi_amigo|mi_novia|mi_novio'],
    examples: {
      match: ['chambea de modelo con nosotros, pagamos bien', 'trabaja como webcam desde tu casa y ganas 500 dolares'],
      ignore: ['mi hermana trabaja de modelo y le pagan bien', 'mi prima trabaja de modelo y gana bien jaja'],
    },
  },
  {
    id: 'chosen-as-ambassador-r12',
    phrases: [
      'te|la|lo ..1 elegimos|seleccionamos|escogimos|hemos_elegido|hemos_seleccionado|elegiste|elegida|elegido|seleccionada|seleccionado ..3 como|para|de ..1 embajador*|modelo|imagen|influencer|cara_de|representante',
      'recibiras|recibirias|te_mandamos|te_enviamos|te_regalamos ..2 productos|ropa|maquillaje|regalos ..2 gratis|sin_costo|y_comisiones',
      'invierte|invertir|inviertes ..4 gana|ganas|ganancias|ganar ..3 diario|diarios|diaria|semanal|garantizad*|cada_dia|al_dia',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'delegad*|curso|clase|profe|colegio|escuela|consejo|centro_de_estudiantes|equipo|capitan*'],
    examples: {
      match: ['Hola! somos una marca de cosmeticos y te elegimos como embajadora', 'Si! recibirás productos gratis y comisiones', 'invierte con nosotros y gana 20% diario'],
      ignore: ['te elegimos como delegada del curso', 'la profe me eligio como representante de la clase'],
    },
  },
  {
    id: 'stream-gifts-accounts-drinks-r13',
    weight: 2,
    phrases: [
      'te ..1 regalo|doy|paso|mando|dono|compro ..2 # ..1 subs|suscripciones|bits|donaciones|gift_subs|puntos|skins',
      'te ..1 regalo|doy|paso|mando|presto|dejo ..1 la|mi|una ..1 cuenta ..1 premium|vip|full|con_skins|con_pavos|de_fortnite|de_minecraft|de_netflix|de_spotify',
      'si ..1 vienes|venis|te_vienes|pasas ..6 tengo|te_doy|hay|te_invito ..2 vapes|vaper|pods|pisto|chelas|birras|cerveza*|alcohol|trago*|porro*|mota|hierba|weed|tusi|pastillas',
    ],
    unless: ['me_pasas|me_regalas|me_das|te_los_debo|me_debes|cumple|sorteo|ganaste|ganador|apuesta|mi_canal|mis_subs|fiesta_de|mis_padres|tus_padres|jaja_no|de_broma'],
    examples: {
      match: ['wow pues pareces mas. te regalo 10 subs si quieres jeje', 'oye prende la cam un ratito en privado y te paso 50 bits mas', 'podriamos quedar el sabado y te paso la cuenta premium', 'si vienes a mi casa el viernes tengo vapes y pisto'],
      ignore: ['te regalo 5 subs por el sorteo que ganaste', 'si vienes a la fiesta de Ana hay cervezas pero mis padres estan'],
    },
  },
  {
    id: 'contest-producer-deposit-r13',
    weight: 2,
    phrases: [
      'tu ..1 perfil|cuenta|foto|video|cover|voz ..1 ha_sido|fue|esta|quedo|ha_quedado ..1 preseleccionad*|seleccionad*|elegid*|escogid*',
      'premio ..1 de ..1 # ..6 sesion|book|casting|contrato|agencia|fotos_de_prueba|fotos',
      'grabarte|producirte|firmarte|lanzarte|representarte ..2 un|una|tu ..1 single|cancion|disco|album|ep|tema|videoclip|contrato',
      'te ..1 hago|mando|deposito|transfiero|paso ..1 el|un ..1 primer|primero ..1 deposito|pago|adelanto',
      'te ..1 recargo|cargo|pongo ..1 saldo|datos|megas|credito ..4 nadie|secret*|no_le_digas|si_me|si_mandas',
    ],
    unless: ['concurso_del_cole|del_colegio|del_instituto|del_insti|de_la_escuela|anuario|orla|revista_del|mama|papa|abuel*|cumple|me_debes|te_debo|sorteo_del|profe|clase|trabajo_de_clase|deberes|tarea|me_ayudas'],
    examples: {
      match: ["Hola! Soy Marcos, fotógrafo. Organizamos el concurso 'Caras Nuevas 2026' y tu perfil ha sido preseleccionado", 'Premio de 500€ y sesión profesional, solo necesito unas fotos de prueba', 'soy productor, me encantaria grabarte un single', 'pasame tu cuenta de Mercado Pago y te hago el primer deposito', 'mandame una foto de tus pies y te recargo saldo, nadie tiene q saber'],
      ignore: ['tu foto fue seleccionada para la orla del colegio', 'te paso el primer pago del alquiler mañana, mama', 'te recargo saldo mañana, mama'],
    },
  },
  {
    id: 'pay-if-in-swimsuit-r14',
    phrases: [
      'te|le ..1 pago|doy|regalo|paso|deposito|pagaria|daria ..3 si ..1 son|es|sale|sales|salis|estas|estan|las_haces|lo_haces|te_las_tomas|te_la_tomas ..2 en|con|sin ..1 traje_de_bano|bikini|ropa_interior|toalla|pijama|lenceria|tanga|poca_ropa|@pack',
      'estas|has_sido|fuiste|quedaste ..1 seleccionad*|elegid*|preseleccionad* ..3 para ..2 fansign|meet_and_greet|casting|sesion_de_fotos|backstage|concierto_privado|book|campana|videoclip',
      'te ..1 queremos|quiero|vamos_a|puedo ..1 hacer|dar|poner ..1 vip|mod|moderadora|moderador|admin|staff|rango ..4 si|y ..1 meterte|entrar|unirte|discord_privado|grupo_privado',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'efectivo|tarea|deberes|examen|equipo|torneo|partido|colegio|escuela|insti'],
    examples: {
      match: ['te pago 200 si son en traje de baño', 'estas seleccionada para un fansign privado con los chicos', 'te queremos hacer VIP y meterte en el discord privado de los mods'],
      ignore: ['te pago 200 si son en efectivo', 'fuiste seleccionada para el equipo del torneo'],
    },
  },
  {
    id: 'teen-job-or-prize-r15',
    phrases: [
      'buscamos|busco|se_buscan|necesitamos|contratamos ..4 entre|de ..1 # ..1 y|a ..1 # ..1 anos',
      'feat|featuring|colab|colaboracion ..2 pagado|pagada|remunerad*|con_pago',
      'seleccionad*|elegid*|ganador|ganadora ..4 ganar|recibir|premio ..3 robux|pavos|vbucks|v_bucks|diamantes|gemas|skins|gift_card*|tarjeta*',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'campamento|voluntari*|parroquia|club|torneo|equipo|beca|colegio|ayuntamiento|sorteo_oficial|concurso_del_cole'],
    examples: {
      match: ['buscamos testers de apps entre 13 y 17 años, 25 USD por hora', 'te quiero montar en un tema, feat pagado, 500 mil de una', 'has sido seleccionad@ para ganar 10.000 v-bucks'],
      ignore: ['buscamos voluntarios entre 14 y 17 años para el campamento'],
    },
  },
  {
    id: 'pics-for-money-r15',
    phrases: [
      'fotos|fotitos|videos|videitos|pack|packs|nudes ..2 por|a_cambio_de ..1 dinero|plata|pasta|lana|money|robux|pavos|diamantes|regalos|recargas|saldo|vbucks|v_bucks|gift_cards|tarjetas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'fotografo|fotografa|sesion_de_boda|book_de|evento|boda|quinceanera|quince|graduacion|bautizo|estudio_fotografico|stock|banco_de_imagenes|shutterstock|portafolio'],
    examples: {
      match: ['tengo una propuesta: fotos por dinero', 'pack por robux, te interesa?'],
      ignore: ['soy fotografo, hago fotos por dinero en bodas y quince'],
    },
  },
  {
    id: 'money-help-or-modelling-r15',
    weight: 3,
    phrases: [
      'te_ayudo|ayudarte|te_apoyo|apoyarte|te_ayudaria ..2 con ..1 dinero|plata|lana|pasta|la_renta|tus_gastos|tus_cosas|lo_que_necesites ..6 fotos|fotitos|videos|carino|pack|packs|carinito',
      'modelar|posar|modelo|modelaje|modelando|posando ..3 ropa_interior|lenceria|bikini|bikinis|banadores|trajes_de_bano|en_ropa_interior|en_lenceria|en_bikini',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'nunca|jamas|estafa|ojo|cuidado|mi_tia|mi_prima|mi_hermana|catalogo_de_la_tienda|mi_tienda|maniqui'],
    examples: {
      match: ['te ayudo con dinero si me das un poco de cariño por fotos', 'trabajo para adolescentes: te pagamos por modelar ropa interior desde casa'],
      ignore: ['mi prima trabaja de modelo de bikinis para la tienda de su madre'],
    },
  },
  {
    id: 'selected-partner-or-investment-group-r16',
    phrases: [
      'fuiste|has_sido|eres|estas|quedaste ..1 seleccionad*|elegid*|preseleccionad* ..4 partner|embajador*|embajadora*|creador*|verificacion|verificad*|casting|modelo|modelos|influencer*',
      'te_puedo_meter|te_meto|te_agrego|te_invito|unete|entra|metete ..3 grupo|club|canal|comunidad ..2 de ..1 inversion|inversiones|trading|cripto|criptomonedas|senales',
    ],
    unless: ['cole|colegio|insti|instituto|escuela|torneo|beca|universidad|concurso_del|sorteo_del|seleccion_de|estafa*|cuidado|ojo|no_entres|no_te_metas|timo|piramidal'],
    examples: {
      match: ['¡Felicidades! Fuiste seleccionado para Snapchat Partner ⭐', 'te puedo meter en mi grupo de inversion, pero necesito verificar tu identidad', 'unete a nuestro canal de trading'],
      ignore: ['fuiste seleccionada para el casting de la obra del cole', 'ojo con esos grupos de inversion, son estafa', 'no te metas en grupos de cripto que es timo'],
    },
  },
  {
    id: 'currency-for-kids-of-age-r18',
    phrases: [
      'pavos|robux|vbucks|v_bucks|diamantes|gemas|monedas|skins|regalo|regalos|premio*|dinero|plata ..6 a ..1 chicas|chicos|nenas|ninas|ninos|pibas|pibes|morras|morros|morritas|chamas|chamos|cabras|chavas|chavos ..1 de|entre # ..1 a|y #',
      'te ..1 puedo|podria|podemos ..1 conseguir|dar|gestionar|ofrecer ..2 una|un ..1 prueba|beca|contrato|lugar|cupo|pase ..4 club|equipo|sub|academia|seleccion|inferiores|cantera|profesional',
      'te ..1 puedo|podria|podemos ..1 conseguir ..2 un|una ..1 saludo|autografo|meet|videollamada|llamada|firma|encuentro|dedicatoria ..2 de|con',
      'te ..1 podria|puedo|podemos ..1 grabar|producir|hacer ..2 una|un ..1 maqueta|demo|cancion|tema|single|sesion|book ..2 gratis|sin_costo|sin_pagar|free|gratuit*',
      'te ..1 hago|armo|preparo|paso ..2 un|una ..1 plan|rutina|dieta ..3 gratis|gratuito|gratuita|sin_costo|free ..6 edad|peso|altura|medidas|fotos',
      'te ..1 cargo|recargo|regalo|doy|mando # ..2 diamantes|robux|vbucks|v_bucks|gemas|monedas|skins|pases|paveras|cristales',
      'pases|entradas|tickets|boletos ..1 vip ..6 te ..1 pido|a_cambio|solo_pido|solo_quiero',
      'te ..1 doy|regalo|paso # ..4 nadie_se_entera|nadie_se_va_a_enterar|si_me_mandas|si_me_pasas|borras_el_chat|a_cambio',
      'models|modelos|agencia|scouting|talent|casting ..6 vimos|vi|encontramos|nos_gusto ..1 tu ..1 perfil|cuenta|foto|fotos|instagram|tiktok',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafa|estafador*|es_falso|es_fake|cuidado|no_le_creas|no_entres|lei_que|alerta|sorteo_oficial|concurso_del_cole|torneo_del_cole|tus_padres|tu_madre|tu_padre|tus_papas|con_tus_padres|tu_mama|tu_papa|club_oficial|secretaria|inscripcion|mi_tio|mi_tia|mi_papa|mi_mama|mi_primo|mi_prima|mi_hermano|mi_hermana'],
    examples: {
      match: ['regalo 5000 pavos de fortnite a chicas de 13 a 16', 'te puedo conseguir una prueba en la sub-15 y hasta beca', 'trabajo con el staff de bighit, te puedo conseguir un saludo de Jungkook', 'soy productor, te podria grabar una maqueta gratis', 'te hago un plan gratis, solo necesito saber edad, peso y altura', 'sale te doy 20k, nadie se entera, borras el chat despues', 'Te escribo de Estrella Models, vimos tu perfil y tenes una cara re fotogenica', 'nena si me pasas un video en la ducha te cargo 500 diamantes en free fire', 'tengo pases vip para el concierto de BTS, solo te pido unas fotos tuyas'],
      ignore: ['te puedo conseguir un autografo de Messi, mi tio trabaja en el club', 'el de robux gratis, es estafa, no entres', 'te puedo conseguir una prueba en el club, hablo con tus padres', 'te hago una rutina gratis si quieres, la del gimnasio'],
    },
  },
  {
    id: 'content-agency-earnings-r19',
    phrases: [
      'chicas|chicos|pibas|pibes|morras|chavas|chavos|ninas|jovenes ..2 de ..1 tu ..1 edad ..6 sacan|ganan|cobran|generan|facturan|hacen ..4 # ..3 @currency|@money|al_mes|por_mes|a_la_semana|por_semana|k',
      'con ..1 tu|esa|esta ..1 carita|cara|cuerpo|cuerpazo|figura ..4 ganarias|sacarias|facturarias|cobrarias|harias|podrias_ganar|puedes_ganar|podes_ganar',
      'gestionamos|manejamos|administramos|llevamos|gestiono|manejo ..3 cuentas|perfiles|creadoras|modelos ..2 de ..1 of|onlyfans|only|fansly|contenido|contenido_exclusivo|contenido_adulto|contenido_para_adultos',
      'abrimos|abrir|abro|abrimos_la|creamos|crear ..3 cuenta|perfil ..3 a_nombre_de|con_el_nombre_de|con_los_datos_de ..1 otra|otro|tu_mama|un_adulto|una_adulta|alguien_mayor|una_amiga_mayor',
    ],
    unless: ['la_noticia|reportaje|documental|estafa|estafas|cuidado|ojo|denuncia*|sextorsion|me_dijo|me_dijeron|le_dijo|le_dijeron|de_cuentas_de_banco|banco|contabilidad'],
    examples: {
      match: ['trabajamos con chicas de tu edad que sacan entre 2 y 4 mil dolares al mes', 'Con tu carita ganarias unos 3k al mes sin esfuerzo', 'Somos Stellar Talent, gestionamos cuentas de OF', 'abrimos la cuenta a nombre de otra persona, no pasa nada'],
      ignore: ['cuidado con las agencias que dicen que gestionan cuentas de onlyfans, es estafa', 'gestionamos cuentas de banco para pymes'],
    },
  },
  {
    id: 'free-item-for-pics-r19',
    phrases: [
      'te_lo|te_la|te_los|te_las ..1 paso|doy|regalo|vendo|dejo|mando ..1 gratis|free|regalado|regalada|sin_pagar|sin_cobrarte ..4 si_me ..1 mandas|pasas|envias|ensenas|muestras ..3 @photo|@video|@pack|fotitos|videitos',
      'te ..1 tiro|suelto|pongo|mando|deposito|transfiero|yapeo|bizumeo|paso|doy ..2 # ..2 @currency|@money|lucas|varos|dolares ..2 por|x ..1 unas|tus|algunas|un_par_de|mas|una|un ..1 fotos|foto|@photo|@video|fotitos|videitos|@pack',
      'reclamar*|canjear*|recibir*|validar* ..4 necesitamos|necesito|tienes_que|debes|mandanos|envianos|manda|envia ..3 una|un|tu ..1 foto|fotos|@photo|video|@video|selfie ..2 tuya|tuyo|de_ti|de_tu_cuerpo|sin_ropa|@pack',
      '# ..1 diamantes|robux|pavos|vbucks|gemas|monedas|skins ..3 y ..1 nadie_se_entera|queda_entre_nosotros|nadie_lo_sabe|nadie_sabe',
    ],
    unless: ['recibo|comprobante|ticket|captura_del_pago|del_pago|transferencia_hecha|tarea|deberes|bici|moto|coche|carro|auto|celu|movil|telefono|producto|articulo|depa|piso|casa|boda|evento|cumple|de_la_camiseta|del_producto|dni|documento|la_noticia|estafa|me_dijo|me_dijeron'],
    examples: {
      match: ['el aimbot te lo paso gratis si me mandas unas fotitos sin camiseta por priv bro', 'te tiro 50 lucas por unas fotos tuyas en calzones', 'Ganaste 10.000 Robux. Para reclamarlos solo necesitamos una foto tuya sin ropa', 'ok 2000 diamantes y nadie se entera'],
      ignore: ['te lo paso gratis si me mandas foto del recibo', 'te tiro 50 lucas por unas fotos de la bici', 'para reclamar el premio necesitamos una foto de tu dni'],
    },
  },
  {
    id: 'teens-earn-on-subscription-sites-r19',
    phrases: [
      'chicas|chicos|pibas|pibes|morras|chavas|ninas|jovenes ..2 de ..1 tu ..1 edad ..4 ganan|sacan|cobran|facturan|generan ..3 un_monton|mucho|muchisimo|plata|dinero|lana|pasta|guita|billete|@currency|#',
      'abrimos|abrir|abro|creamos|crear|te_abrimos|te_abro|te_creamos|hacemos|te_hacemos|armamos|te_armamos ..3 cuenta|perfil ..2 de|en ..1 only|onlyfans|fansly',
    ],
    unless: ['la_noticia|reportaje|documental|estafa|estafas|cuidado|ojo|denuncia*|sextorsion|me_dijo|me_dijeron|le_dijo|le_dijeron|torneo|premio|beca|concurso'],
    examples: {
      match: ['las chicas de tu edad ganan un monton con nosotros en onlyfans', 'te abrimos la cuenta de only con los datos de tu prima mayor'],
      ignore: ['cuidado, dicen que te abren la cuenta de onlyfans y es estafa', 'los chicos de tu edad ganan mucho en el torneo'],
    },
  },
  {
    id: 'paid-faceless-pics-r20',
    weight: 3,
    phrases: [
      'ganas|ganar|ganarias|gana|ganan|pagamos|pagan|pago|te_pago|cobras|cobrar|cobrarias ..6 fotos|videos|@foto|@video|fotitos|contenido ..4 sin_mostrar_la_cara|sin_mostrar_cara|sin_ensenar_la_cara|sin_que_se_vea_tu_cara|sin_que_se_te_vea_la_cara|sin_cara|sin_rostro',
      'chicas|chicos|ninas|ninos|chavas|chavos|morras|chamas|peladas|pibas ..1 [de|entre] # [a|y|al] # ..6 ..6 fotos|videos|@foto|@video|fotitos|videitos',
    ],
    unless: ['youtube|canal|canales|monetiz*|afiliad*|voz_en_off|edicion|editar|editando|curso|cursos|ia|inteligencia_artificial|podcast|tiktok_faceless|faceless|dropshipping|unboxing|resenas|recetas|manos|manualidades|torneo|casting_oficial|excursion|campamento|autorizacion|colegio|escuela|de_los_ninos|de_los_invitados|boda|bautizo|comunion|evento|clientes|producto|productos|equipo|ficha|club|liga|federacion|entreno|entrenamiento|seleccion|carnet|dni'],
    examples: {
      match: ['🔥TRABAJO DESDE CASA PARA CHICAS 14-17🔥 ganas hasta 500€ a la semana solo con fotos y videos, sin mostrar la cara. Escribe al privado, discrecion total', 'te pago 50 dolares por fotos sin que se vea tu cara', 'buscamos chicas de 15 a 17 para fotos, buen pago'],
      ignore: ['gana dinero con videos en youtube sin mostrar la cara, curso gratis', 'campamento para chicos de 12 a 15, mandad fotos de la autorizacion', 'ganas seguidores con videos de recetas sin mostrar la cara', 'buscamos chicos de 12 a 16 para el equipo, mandad fotos de la ficha'],
    },
  },
  {
    id: 'allowance-or-currency-for-pics-r20',
    phrases: [
      'mesada|mensualidad|asignacion|sueldito|sueldo|dinero|plata|lana|robux|pavos|vbucks|skins|monedas|gemas|diamantes|regalos ..6 a_cambio_de|a_cambio ..3 fotos|fotitos|@foto|videos|videollamada*|videochat*|fotos_tuyas',
      'regalo|doy|te_doy|damos|pago|pagamos ..4 skins|pavos|robux|vbucks|monedas|gemas|diamantes|dinero|plata|lana ..3 a ..1 chicas|chicos|quien|quienes|las_que|los_que ..2 manden|mande|envien|pasen|me_manden|me_pasen ..2 fotos|fotitos|@foto|videos',
      'sugar ..1 daddy|dady|mommy|mami|papi|baby ..6 mesada|pago|te_pago|dinero|plata|regalos|ayuda|mantener|mantenerte|consentirte|busco',
      'soy ..1 tu|un|una ..1 sugar ..1 daddy|dady|mommy|mami|papi',
    ],
    unless: ['cuidado|ojo|estafa|estafas|scam|timo|noticia|noticias|reportaje|documental|serie|peli|meme|memes|jaja*|jeje*|xd|no_caigas|bloquealo|bloqueala|denuncia|denuncialo|me_escribio|me_escribieron|me_dijo|le_dijo'],
    examples: {
      match: ['hola guapo, soy una mujer de 38 y me gustaria darte una mesada a cambio de fotos y videollamadas privadas', 'regalo skins y pavos a chicas q manden fotos en bikini', 'soy un sugar daddy, solo busco compañia', 'te doy robux a cambio de unas fotos'],
      ignore: ['cuidado que hay un sugar daddy falso en insta, es estafa', 'mi mesada a cambio de lavar los platos, que injusto', 'soy tu sugar daddy jajaja te invito el cafe'],
    },
  },
  {
    id: 'its-yours-if-you-send-r21',
    phrases: [
      'te_la|te_lo|te_las|te_los ..1 paso|doy|regalo|mando|envio|cambio ..1 si ..2 me ..1 mandas|pasas|envias|ensenas|muestras ..3 @photo|foto|una|@video|@pack',
      'en_ropa_interior|@pack ..6 te_pago|te_doy|te_paso|pago ..2 # ..1 extra|mas|euros|euro|dolares|pesos',
    ],
    unless: ['tienda|talla|vinted|wallapop|compro|vendo|vendes|usada|usado|envio|apuntes|libro|deberes|tarea|ticket|la_foto_del|la_foto_de_la'],
    examples: {
      match: ['te la paso si me mandas una foto tuya en calzoncillos', 'no, de cuerpo entero. mejor en ropa interior pa la anatomia, te pago 100 extra'],
      ignore: ['te lo paso si me mandas la foto de los apuntes', 'conjunto de ropa interior sin estrenar, te lo dejo en 15 euros, envio aparte'],
    },
  },
  {
    id: 'gift-for-pics-in-underwear-r23',
    phrases: [
      'si ..1 me ..1 mandas|pasas|envias|haces ..4 foto|fotos|fotito|una|uno|video ..3 calzoncillos|boxer|ropa_interior|bikini|biquini|pijama|toalla|sin_ropa|sin_camiseta|sin_remera|sin_playera|sin_polera|en_bolas ..4 te ..1 regalo|recargo|compro|pago|doy|consigo|paso|dono',
      'foto|fotos|fotito|fotitos|video|videos ..6 y ..1 yo ..1 te ..1 recargo|regalo|cargo|compro|dono',
      'sueltita|sueltito|atrevida|atrevidas|atrevido|picante|picantes|hot|sexy ..6 #|@currency|@payment|@money ..3 cada_una|por_cada_una|por_foto|por_cada_foto|por_video|cada_foto',
      'soy|somos productor|productora|productores|manager|representante ..6 ayudarte|ayudar|grabar|firmar|contrato|lanzarte|lanzar_tu|tu_carrera|disquera|discografica',
    ],
    unless: ['ticket|recibo|factura|comprobante|codigo|captura|pantallazo|zapatillas|producto|articulo|consola|photocard|pc|mueble|clase|profe|taller|escuela_de_musica|conservatorio|tutorial'],
    examples: {
      match: ['tranqui que la borro, y si me mandas una en calzoncillos te regalo el avatar de pago', 'me mandas unas fotos tuyas en boxer y yo te recargo', 'mas sueltita, vos sabes. 50 dolares por paypal cada una', 'soy productor, laburo con artistas de sony. podria ayudarte a grabar un tema'],
      ignore: ['me mandas foto del ticket y yo te pago', 'son 500 pesos cada una las photocards', 'soy productor en la radio del cole, te ayudo con el taller'],
    },
  },
  {
    id: 'rank-for-a-pic-r24',
    phrases: [
      'para|pa|pra ..1 darte|subirte|ponerte|hacerte|tener|ser ..2 admin|mod|moderador|moderadora|rango|staff|vip|owner|coowner|helper ..6 manda*|pasa*|envia*|pasame|mandame ..3 foto|fotos|fotito|pic|video|selfie',
      'te ..1 doy|pongo|subo|hago ..2 admin|mod|moderador|moderadora|rango|staff|vip|helper ..6 si|a_cambio ..2 me ..1 mandas|pasas|envias|mostras|ensenas ..3 foto|fotos|fotito|pic|video|selfie|cara|cuerpo',
    ],
    unless: ['captura_del|captura_de_tu_perfil|tu_perfil|tu_nick|tu_usuario|tu_id|de_tu_build|de_tu_casa_en|de_tu_base|de_la_build|de_tu_mundo|del_mapa|de_la_partida|de_tu_skin'],
    examples: {
      match: ['para darte admin mandame una foto tuya en calzones, es pa verificar q no eres bot', 'te doy rango de mod si me mandas una foto tuya'],
      ignore: ['para darte admin mandame una foto de tu build en el server', 'te doy vip si me pasas captura de tu perfil de roblox'],
    },
  },
  {
    id: 'live-gifts-for-private-battles-r24',
    phrases: [
      'te ..1 pago|doy|mando|envio|regalo|mandare|pagare ..3 mas|muchos|mil|#|todos_los ..1 regalos|leones|rosas|universos|galaxias|monedas|coins|diamantes|dolares|euros ..6 privad*|a_solas|batalla*|si_prendes|si_haces|si_pierdes|en_telegram|en_whatsapp|por_telegram',
      'batallas|batalla|retos|reto ..1 privad*|secret* ..6 contigo|conmigo|telegram|whatsapp|@app|pago|regalos',
    ],
    unless: ['torneo_oficial|con_todos|en_el_live_de|todos_podeis|todos_pueden|publica|publicas'],
    examples: {
      match: ['en telegram, ahi te pago mas regalos, 50 dolares por batalla privada', 'eres mi streamer favorita, quiero hacer batallas privadas contigo', 'te mando mil monedas si haces un reto a solas'],
      ignore: ['hoy hacemos batalla en el live con todos, traed rosas', 'te mando rosas en el live de mañana'],
    },
  },
  {
    id: 'weekly-transfer-for-you-r25',
    phrases: [
      'te ..1 deposito|transfiero|ingreso|paso|mando|doy|pago|hago ..1 # ..3 cada_semana|semanal*|a_la_semana|por_semana|cada_mes|al_mes|mensual*|cada_quincena|quincenal*|todas_las_semanas|todos_los_meses',
      'te ..1 deposito|transfiero|ingreso|paso|mando|doy ..2 @money|dinero|una_paga|un_sueldo|una_mesada ..3 cada_semana|semanal*|a_la_semana|por_semana|cada_mes|al_mes|mensual*|todas_las_semanas',
    ],
    unless: ['de_paga|la_paga|tu_paga|mesada|semanada|propina|alquiler|cuota|clases|gimnasio|sueldo_del|nomina|trabajo|hora|horas|deuda|devuelvo|devolver|prestamo|prestaste|canguro|limpieza|mama|papa|abuel*|hijo|hija|carino|tarea|casa|comedor|bus|abono|gastos|piso|luz|agua|netflix|spotify|suscripcion'],
    examples: {
      match: ['te deposito 300 en transferencia cada semana', 'te paso dinero cada semana sin compromiso'],
      ignore: ['te paso 20 cada semana de paga si apruebas, hijo', 'te pago 10 la hora cada semana por cuidar a hugo', 'te hago 5 de bizum cada mes por netflix'],
    },
  },
  {
    id: 'vip-or-shoutout-for-a-bolder-pic-r25',
    phrases: [
      'si_me_mandas|si_me_pasas|si_me_envias|si_me_ensenas ..3 @pack ..4 te_pongo|te_hago|te_doy|te_subo|te_nombro ..1 vip|shoutout|shout_out|mencion|saludo|mod|moderador*|rango|destacad*',
      'te_pongo|te_hago|te_doy|te_subo|te_nombro ..1 vip|shoutout|shout_out|mencion|mod|moderador*|rango ..3 si_me_mandas|si_me_pasas|si_me_envias|si_me_ensenas ..3 @pack',
    ],
    examples: {
      match: ['es q es un directo de pijamada jeje, y si me mandas una mas atrevida te pongo de vip', 'te hago mod si me mandas una foto sin camiseta'],
      ignore: ['si me mandas tu dibujo te hago shoutout en el directo', 'te pongo de vip si ganas el sorteo'],
    },
  },
  {
    id: 'photographer-portfolio-r26',
    weight: 1,
    phrases: [
      'soy|somos ..1 fotografo|fotografa|fotografos|scout|scouts|cazatalentos ..6 book|books|portfolio|portafolio|portafolios|sesion_de_fotos|sesiones_de_fotos|casting|castings|modelo|modelos',
    ],
    unless: ['bodas|boda|pareja|parejas|comunion*|bautizo*|eventos|empresa|empresas|producto|productos|paisaje*|mascotas|familias|embarazo'],
    examples: {
      match: ['soy fotografo, hago books para portfolio, tengo estudio aqui en guadalajara', 'somos cazatalentos y buscamos modelos de tu edad', 'soy fotografa y hago sesiones de fotos para castings'],
      ignore: ['el fotografo del evento hace books gratis', 'soy fotografo aficionado, me gustan los paisajes', 'soy fotografo de bodas, hago books de pareja'],
    },
  },
  {
    id: 'feature-you-on-our-page-r27',
    weight: 1,
    phrases: [
      'queremos|podemos|vamos_a|te_vamos_a|te_queremos ..2 destacarte|promocionarte|hacerte_un_edit|hacerte_famosa|hacerte_famoso|publicarte|subirte ..6 cuenta|pagina|perfil|seguidores|followers|k',
      'te ..1 destacamos|promocionamos|hacemos_un_edit|hacemos_famosa|hacemos_famoso ..4 si|a_cambio|solo_tienes|solo_necesitamos|mandanos|envianos|pasanos',
    ],
    unless: ['dibujo|dibujos|arte|fanart|creditos|cancion|cover|receta|repostear|reposteo|concurso|premio|torneo|del_cole|del_colegio|del_insti|del_club|olimpiada*|ganar|ganaste'],
    examples: {
      match: ['queremos hacerte un edit y destacarte en la cuenta, tenemos 45k seguidores', 'te destacamos en la pagina si nos mandas unas fotos'],
      ignore: ['nos encanto tu dibujo, queremos destacarte en la cuenta con creditos', 'queremos destacarte en la pagina del cole por ganar el concurso'],
    },
  },
  {
    id: 'free-rank-r27',
    weight: 1,
    phrases: [
      'te ..1 doy|damos|puedo_dar|podemos_dar|regalo|regalamos|paso|pasamos ..2 rango|rangos|vip|mvp|admin|moderador|mod|staff|rol|op ..3 gratis|si|a_cambio|solo_si|free',
    ],
    unless: ['votar|votas|votos|voto|evento|sorteo|torneo|tienda|comprar|compra|codigo|promo|boost|nitro|invitas|invitar|invita|reglas|ayudas|ayudar|sugerencia'],
    examples: {
      match: ['te podemos dar rango MVP+ gratis', 'te doy admin en el server si me mandas una foto'],
      ignore: ['te damos rango vip gratis si votas el server', 'te doy admin en el server porque eres el que mas ayuda'],
    },
  },
  {
    // r28: "how much do you charge to show ... on cam".
    id: 'how-much-to-show-on-cam-r28',
    weight: 3,
    phrases: [
      'cuanto|cuanta_plata|cuanto_dinero ..2 cobras|cobrarias|cobrais|me_cobras|me_cobrarias|pides|pedirias|quieres|querrias ..3 por|x ..4 tetas|pechos|pechitos|culo|cola|trasero|cuerpo|cuerpito|desnud*|en_bolas|sin_ropa|en_ropa_interior|en_tanga|en_lenceria|por_cam|por_la_cam|por_camara|por_la_camara|por_webcam|en_cam|en_camara|en_videollamada|por_videollamada|en_directo_privado',
    ],
    unless: ['clases|clase|ingles|matematicas|mates|guitarra|piano|nadar|cocinar|maquillar|bailar|peinar|arreglar|reparar|cambiar_la|pantalla_del|la_camara_de|camara_de_fotos|objetivo|lente|trabajo_de|sesion_de_boda|boda|bodas|comunion|bautizo'],
    examples: {
      match: ['cuanto cobras por enseñar las tetas por cam', 'cuanto me cobras por verte en ropa interior?', 'cuanto pedirias por una videollamada x cam desnuda'],
      ignore: ['cuanto cobras por clases de guitarra por videollamada?', 'cuanto cobras por arreglar la pantalla del movil?', 'cuanto cobras por la camara de fotos?'],
    },
  },
  {
    // r28: "TikTok talent manager" / representation pitch.
    id: 'talent-manager-pitch-r28',
    weight: 2,
    phrases: [
      'soy|somos|trabajo_como|trabajo_de|trabajamos_como ..2 manager|managers|representante|representantes|agente|agentes|reclutador|reclutadora|reclutadores|cazatalentos ..3 talento*|creador*|creadora*|influencer*|tiktok*|tiktoker*|modelos|bailarin*|artistas|streamer*',
      'llevamos|representamos|manejamos|gestionamos|buscamos|fichamos ..2 creadoras|creadores|tiktokers|influencers|bailarinas|bailarines|talentos|streamers ..6 te_podemos|podemos|marcas|colaboraciones|contrato|campana*|ganar|pagamos|potencial|tu_perfil',
    ],
    unless: ['mi_tio|mi_tia|mi_primo|mi_prima|mi_padre|mi_madre|en_mi_empresa|de_mi_empresa|curriculum|cv|oferta_de_empleo|linkedin|entrevista_de_trabajo'],
    examples: {
      match: ['Hola! Soy manager de talento de TikTok', 'soy reclutador de tiktok, buscamos chicas de tu edad', 'somos agentes de creadoras de contenido', 'representamos tiktokers y te podemos conseguir marcas'],
      ignore: ['mi tio es manager de artistas en madrid', 'soy agente de seguros', 'buscamos creadores para la revista del cole, oferta de empleo en linkedin'],
    },
  },
  {
    // r29: a free photo shoot "for your book" from a stranger.
    id: 'free-photo-shoot-r29',
    phrases: [
      'te hago|hare|regalo|ofrezco|puedo_hacer ..2 sesion|sesion_de_fotos|book|fotos|reportaje|shooting ..3 gratis|gratuita|gratuito|sin_coste|sin_cobrarte|de_regalo|para_tu_book|para_tu_portafolio|para_tu_portfolio|para_una_agencia|para_agencias',
    ],
    unless: ['familia|familiar|boda|comunion|bautizo|graduacion|orla|carnet|dni|pasaporte|mascota|perro|gato|cumple|evento|producto|tienda|negocio|trabajo_de_clase|proyecto'],
    examples: {
      match: ['te hago una sesion gratis para tu book', 'te regalo un book de fotos para una agencia'],
      ignore: ['te hago una sesion gratis de fotos familiares por el cumple', 'te hago las fotos del carnet gratis'],
    },
  },
  {
    // r29: live-stream gifts sent to the person ("I just sent you a rose and 3 lions").
    id: 'sent-you-stream-gifts-r29',
    weight: 1,
    phrases: [
      'te ..2 mande|envie|regale|he_mandado|he_enviado|he_regalado|acabo_de_mandar|acabo_de_enviar|mando|envio|regalo ..3 rosa|rosas|leon|leones|monedas|diamantes|coins|gifts|estrellas|galaxia|universo|universos',
    ],
    unless: ['cumple|felicidades|felicitarte|enhorabuena|suerte|torneo|sorteo|jaja*|xd'],
    examples: {
      match: ['mi reina te acabo de mandar una rosa y 3 leones', 'te regale 500 monedas en tu live'],
      ignore: ['te mande 3 rosas por tu cumple en el live, felicidades!', 'te mando 100 monedas para el sorteo'],
    },
  },
  {
    // r30: talent scouts, labels and agencies reaching out of nowhere.
    id: 'scout-or-label-contacts-r30',
    phrases: [
      'soy|somos ..1 ojeador*|cazatalentos|caza_talentos|scout|representante|productor|productora|de_una_agencia|de_una_discografica|de_un_sello ..6 te_vi|te_vimos|te_escuche|te_escuchamos|vi_tu|vimos_tu|tu_perfil|tu_cover|tu_video|buscamos|busco|estamos_buscando',
      'tengo|tenemos ..1 contactos|enchufe|un_amigo|amigos|conocidos ..2 en ..1 discografica*|una_discografica|un_sello|sellos|la_tele|television|agencia*|una_agencia|modelaje|casting*|productora*|clubes|un_club|primera',
      'tienes|tenes ..1 el|ese ..1 look|perfil|fisico|estilo ..1 que ..1 buscamos|busco|estamos_buscando|necesitamos|necesito',
    ],
    unless: ['mi_hijo|mi_hija|su_hijo|su_hija|sus_padres|tus_padres_pueden|con_tus_padres|con_sus_padres|el_club_oficial|pagina_oficial|convocatoria_oficial|inscripcion|formulario|jaja*|xd|trabajo_en_la_tienda|curriculum|cv|entrevista_de_trabajo'],
    weight: 2,
    examples: {
      match: ['soy ojeador de un club de primera, te vi jugar el sabado', 'tengo contactos en una discografica, te puedo ayudar', 'tienes el look que buscamos para la campaña'],
      ignore: ['somos del club, vimos a su hija en el torneo y nos gustaria hablar con sus padres', 'tengo contactos en la tele jaja mi tio es camara'],
    },
  },
  {
    // r31: recruiting for a "creator team", streamer agency or clan, with pay.
    id: 'creator-team-with-pay-r31',
    weight: 2,
    phrases: [
      'buscando|buscamos|busco|reclutando|reclutamos|fichando|fichamos ..2 gente|chicas|chicos|creadores|creadoras|streamers|talentos|miembros|perfiles ..6 creadores|creadoras|streamers|contenido|canal|stream|twitch|tiktok|youtube|agencia|influencers ..6 sueldo|pagado|pagada|pagamos|te_pagamos|cobras|cobrarias|remunerad*|@currency|@money|hay_pasta|se_cobra|se_gana|ganarias|ganar_dinero',
      'equipo|team|agencia|red|grupo ..1 de ..1 creadores|creadoras|streamers|influencers|tiktokers|youtubers|modelos ..6 te_interesaria|te_gustaria|quieres|te_apuntas|te_animas ..4 sueldo|pagado|pagada|pagamos|te_pagamos|cobras|cobrarias|remunerad*|@currency|@money|hay_pasta|se_cobra|se_gana|ganarias|ganar_dinero',
    ],
    unless: ['mi_hijo|mi_hija|su_hijo|su_hija|tus_padres_pueden|con_tus_padres|con_sus_padres|inscripcion|formulario|curriculum|cv|jaja*|xd|del_insti|del_cole|del_colegio|de_clase|proyecto|voluntari*|sin_cobrar|no_se_cobra|no_hay_pasta|no_se_gana|gratis'],
    examples: {
      match: ['estamos reclutando chicas para nuestra agencia de streamers, se gana bien', 'soy de un equipo de creadores, te interesaria entrar? pagamos por video'],
      ignore: ['buscamos gente para el canal de youtube del insti, es voluntario', 'estoy en un equipo de creadores y te quieres apuntar? no se cobra nada jaja'],
    },
  },
  {
    // r33: a cold message from an "agency" recruiting models or content creators.
    id: 'agency-recruiting-creators-r33',
    weight: 1,
    phrases: [
      'trabajo|soy|somos|trabajamos ..2 para|de|en ..1 una ..1 agencia ..2 de ..1 modelos|modelaje|creadoras|creadores|talentos|influencers|contenido|webcam',
      'busco|buscamos|reclutamos|fichamos ..2 chicas|modelos|creadoras ..4 agencia ..2 modelos|creadoras|contenido|webcam',
    ],
    unless: ['mi_prima|mi_tia|mi_hermana|mi_madre|mi_amiga|estafa|cuidado|ojo|noticia|reportaje|denuncia*|curso|practicas|cv|curriculum'],
    examples: {
      match: ['hola, trabajo para una agencia de modelos y me gusto tu perfil', 'somos de una agencia de talentos, te interesa?'],
      ignore: ['mi prima trabaja para una agencia de modelos en madrid', 'ojo que hay gente diciendo que es de una agencia de modelos, es estafa'],
    },
  },
] satisfies PatternEntry[];
