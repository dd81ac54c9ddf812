import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'dont-tell',
    phrases: [
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
      'nadie tiene_que|tiene_por_que|debe|puede ..1 saberlo|enterarse|saber_nada|saber_esto',
      'nadie se_entera|se_enterara|tiene_que_saber|debe_saber|tiene_que_enterarse|debe_enterarse|puede_saber|puede_enterarse|tiene_por_que_saber',
      'si [tus|tu|te] @parents|alguien|te pregunta|preguntan|pregunten ..3 di|dile|diles|dices|decis|deci ..1 que',
      '@parents no ..2 entenderian|entenderia|entienden|entenderan|tienen_que_saber|deben_saber|pueden_saber|tiene_que_saber|debe_saber',
      '@parents ..2 no ..1 hace_falta|tienen_por_que|tiene_por_que|necesitan|necesita|deben|debe ..2 saber*|sepa|sepan|enterarse|se_entere|se_enteren|enterar',
      'llamame|hablame|escribeme|conectate|llamarme|escribirme|hablarme|marcame ..3 cuando ..3 se ..1 duerman|acuesten|vayan_a_dormir|hayan_dormido',
      'llamame|hablame|escribeme|conectate|llamarme|escribirme|hablarme|marcame ..3 cuando ..1 @parents|tus_padres|tus_papas|tus_viejos ..1 se ..1 vayan|hayan_ido|salgan|duerman|acuesten',
      'llamame|hablame|escribeme|conectate|marcame ..3 cuando ..2 no ..1 te ..1 vean|oigan|escuchen|este_nadie|haya_nadie|esten_tus|esten',
    ],
    unless: ['sorpresa|fiesta|cumple|regalo|examen|spoiler|final|tonteria|ruido|vecino*|ambulancia|bomberos', 'llegar_tarde|llegas_tarde|llegaste_tarde|vas_a_llegar', 'que ..1 llegue|rompi|suspendi|perdi|gaste|fume|sali|hice|comi|bebi|use|cogi|tome|suspendo|he_roto|he_suspendido'],
    examples: {
      match: ['tus papas te dejan tener novio? mejor no les digas de mi', 'no llames a la policia o sera peor', 'y alla me puedes mandar fotos sin que nadie las vea', 'es mejor que nadie sepa que hablamos', 'llamame cuando se duerman', 'escribeme cuando tus papas se vayan a dormir', 'hablame cuando no te vean', 'no le digas a nadie q hablamos vale?', 'no le digas a tus padres', 'no se lo cuentes a nadie', 'tus papas no lo entenderian', 'que nadie se entere', 'nadie se va a enterar', 'no digas nada de mi a nadie', 'tus padres no hace falta que lo sepan todavia', 'tu mama no tiene por que saber que hablamos'],
      ignore: ['avisame cuando se duerman los ninos', 'llamame cuando llegues', 'llamame cuando se vayan tus primos y jugamos', 'y no le digas a tu padre que llegue tarde jaja', 'no le digas nada a marta de la fiesta sorpresa', 'se lo dije a mi madre', 'no me digas que no vienes', 'tus padres no hace falta que vengan', 'tu mama no necesita saber lo de la fiesta sorpresa'],
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
    unless: ['sorpresa|fiesta|cumple|regalo|proyecto|trabajo|deberes|examen|exposicion|jarron|rompi|suspendi|castigo|castigad*'],
    examples: {
      match: ['te enseño algo si me prometes no decir nada', 'tienes telegram? alli podemos hablar mas tranquilos', 'te conviene que esto no salga de aqui', 'no le enseñes esto a nadie eh, es cosa nuestra', 'eres mi novia secreta', 'es nuestro secreto', 'esto es solo entre tu y yo', 'que quede entre nosotros', 'guardame el secreto'],
      ignore: ['es un secreto, es una fiesta sorpresa', 'no tengo secretos'],
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
    unless: ['sorpresa|fiesta|cumple|regalo|grupo|spam|virus|empieza|empezar|de_nuevo|otra_vez|archivo|documento|deberes|tarea|borrador|dibujo'],
    examples: {
      match: ['borra el chat despues eh', 'borra nuestra conversacion', 'borra todos los mensajes', 'borralo cuando leas', 'activa los mensajes temporales'],
      ignore: ['borra esa foto que salgo fatal', 'borra el mensaje del grupo de la fiesta sorpresa', 'no borres la tarea'],
    },
  },
] satisfies PatternEntry[];
