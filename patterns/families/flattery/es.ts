import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'beautiful',
    phrases: [
      'eres|sos|estas|te_ves|ere|tas ..3 guap*|lind*|hermos*|precios*|bonit*|bell*|divin*|sexy|bombon|mamacita|mamasita|preciosura|cuqui|monisima|monisimo|cuerazo|perfecta|perfecto',
      'que guapa|guapo|linda|lindo|hermosa|hermoso|preciosa|precioso|bonita|bella|sexy eres|sos|estas|te_ves',
      'tienes|tenes ..2 sonrisa|ojos|cara|carita|labios|perfil ..1 precios*|hermos*|lind*|perfect*|bonit*|increible*',
      'tienes|tenes un perfil ..1 perfecto|increible|precioso',
      'hola|hey|ola|holi|holis|buenas|hi guapa|guapisima|preciosa|hermosa|linda|lindura|princesa|bonita|reina|bombon|mamacita|bebe|muneca|guapeton|guapo',
      'tu|usted muy|tan|mas|ser|estar|eres_muy|ser_muy bonita|bonito|guapa|guapo|linda|lindo|hermosa|hermoso|preciosa|precioso|bella|sexy',
      'me ..1 encanta|encantado|encantan|gusta|gustado|flipa|flipado|fascina|fascinado ..1 tu|tus ..1 perfil|cuerpo|ojos|sonrisa|labios|forma_de_ser|carita|cara',
    ],
    unless: ['cuando_te_enojas|cuando_te_enfadas|cuando_te_pones_celosa|cuando_te_pones_celoso|cuando_te_picas|te_amo_boba|te_amo_bobo|te_amo_tonta|te_amo_tonto|te_quiero_boba|te_quiero_bobo', 'hija|hijo|sobrina|sobrino|nieta|nieto|mi_nina|mi_nino|graduacion|boda|orla|comunion|bautizo|abuel*|tia|tio|uma|pra|tua|teu|voce|tao|crescida|crescido|boletim|avo|obrigad*|nao'],
    examples: {
      match: ['Hola guapa, soy de una agencia', 'eres la mas linda de todo insta', 'eres muy guapa sabes', 'que bonita eres', 'estas preciosa en esa foto', 'tienes unos ojos preciosos', 'tienes un perfil perfecto', 'hola amiga tu muy bonita', 'me ha encantado tu perfil', 'me encanta tu sonrisa'],
      ignore: ['sos re linda cuando te enojas jaja te amo boba', 'estás tão crescida, que linda', 'que bonita eres en la foto de la graduacion', 'que bonito dia hace', 'eres muy buena en mates', 'la foto es preciosa'],
    },
  },
  {
    id: 'mature-special',
    phrases: [
      'eres|sos mi princesa|reina|amor|vida|cielo|nena|bebe|diosa|todo|angel',
      'nadie me entiende|comprende como tu|vos',
      'eres|sos ..1 increible|maravillosa|maravilloso',
      'que sexy|guapa|guapisima|preciosa|hermosa|linda|bella|rica sales|sale|te_ves',
      'sales|sale ..2 sexy|guapisima|preciosa|hermosa|bellisima|buenisima|divina',
      'madur* ..2 para tu|su edad',
      'mas ..1 madura|maduro|madurita|madurito ..2 que_conozco|que_he_conocido|de_tu_edad|de_tu_clase|que_las_de|que_los_de|que_las_chicas|que_los_chicos|que_tus_amigas|que_tus_amigos',
      'madur* ..2 para ..1 tener ..1 #',
      'pareces|aparentas ..2 mayor|mas_grande|mas_madura|mas_maduro|de_mas',
      'no pareces|aparentas ..2 de|tener tu|tus edad|anos',
      'eres|sos ..2 especial|diferente|unica|unico ..2 que|de_todas|de_todos',
      'eres|sos la|el unica|unico que me entiende|entiendes|comprende',
      'nadie te entiende|comprende|quiere|valora como yo',
      'yo si ..1 te ..1 valoro|entiendo|aprecio|comprendo|quiero_de_verdad|cuido|respeto',
      'nadie ..1 te ..3 querer|querra|quiere|entender|entendera|cuidar|cuidara|valorar|valorara|tratar|tratara ..1 como ..1 yo',
      'no eres|sos como ..2 las|los demas|otras|otros',
      'no ..1 como ..1 las|los ..1 demas|otras|otros ..1 chicas|chicos|ninas|ninos|de_tu_edad',
      'eres|sos ..2 especial para mi',
      'eres|sos un|una reina|princesa|diosa|bombon|muneca',
      'me gustas ..2 mucho|muchisimo|demasiado|un_monton|tanto|ya|you|de_verdad',
      'no pareces|aparentas ..1 de|tener #',
      'me encantas|estoy_enamorado_de_ti|estoy_enamorada_de_ti',
      'eres|sos ..2 madura|maduro|madurita|maduro_para',
      'eres|sos lo ..1 mas ..1 importante|bonito|lindo|hermoso|especial|valioso ..3 para_mi|de_mi_vida|que_tengo|que_me_ha_pasado|que_me_paso',
      'eres|sos lo mejor ..2 de_mi_vida|que_me_ha_pasado|que_me_paso|que_tengo',
    ],
    unless: ['hija|hijo|mi_nina|mi_nino|sobrina|sobrino|nieta|nieto|mi_cielo_de_mama|abuela|abuelo'],
    examples: {
      match: ['q maduro eres para tu edad', 'eres la chica mas madura que conozco', 'eres muy madura para tener 13', 'eres muy madura para tu edad', 'sos re madura para tu edad', 'pareces mas mayor', 'eres la unica que me entiende', 'nadie te entiende como yo', 'me encantas', 'te quiero mucho, eres lo mas importante para mi', 'sos lo mejor que me paso', 'nadie te va a querer como yo', 'eres muy especial, no como las demas chicas'],
      ignore: ['la fruta esta madura', 'el es especial para mi abuela', 'lo mas importante para mi es aprobar', 'eres lo mas importante para mi hija'],
    },
  },
  {
    id: 'talks-older',
    phrases: [
      'hablas|piensas|escribes|te_expresas|razonas ..1 como ..2 alguien|persona|chica|chico|una|un|mujer|hombre ..1 mayor|mayores|mas_grande|mas_mayor|adulta|adulto|madura|maduro|de_mi_edad',
      'hablas|piensas|escribes|te_expresas|razonas ..1 como ..2 alguien|persona|chica|chico|una|un ..1 de ..1 #',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|xd|lol|abuel*|viej*|senor*|profe|mi_madre|mi_padre|mi_mama|mi_papa|30|40|50|60|70|80|90'],
    examples: {
      match: ['q maduro eres, hablas como alguien de 17', 'hablas como una mujer mayor', 'piensas como alguien mas grande'],
      ignore: ['hablas como alguien de 40 jaja', 'hablas como mi abuela'],
    },
  },
  {
    id: 'praise-talent',
    phrases: [
      'bailas|juegas|cantas|dibujas|escribes|patinas ..2 super|muy|re|tan|increible|genial|demasiado ..1 bien',
      'eres|sos muy|re|tan|super|mega|demasiado bueno|buena ..1 jugando',
      'vi tus videos|fotos|publicaciones|reels ..3 encant*|preciosa*|geniales|increible*|brutal*',
    ],
    examples: {
      match: ['bailas super bien', 'bro juegas muy bien al fortnite', 'vi tus videos y me encantaron'],
      ignore: ['no juegas bien', 'bailas fatal jaja'],
    },
  },
  {
    id: 'nobody-like-you',
    phrases: [
      'ninguna|ningun|nadie|ni_una ..5 tan ..1 guapa|guapo|linda|lindo|bonita|bonito|hermosa|hermoso|preciosa|precioso|madura|maduro|especial|sexy|perfecta|perfecto ..1 como ..1 tu|vos|usted',
      'eres|sos ..1 la|el ..1 mas ..1 guapa|guapo|linda|lindo|bonita|bonito|hermosa|hermoso|preciosa|precioso|madura|maduro|especial|sexy|perfecta|perfecto ..2 de ..1 tu|toda_tu|todo_tu ..1 clase|insti|instituto|cole|colegio|escuela|curso|edad|pueblo|ciudad',
      'no ..1 eres|sos ..1 como ..1 las|los ..1 demas|otras|otros ..1 chicas|chicos|ninas|ninos|de_tu_edad',
      'ya ..1 eres|sos ..1 mayorcita|mayorcito|grandecita|grandecito|toda_una_mujer|todo_un_hombre ..3 para ..1 decidir|elegir|hacer_lo_que_quieras|pedir_permiso|que_te_controlen|que_te_digan',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|xd|lol|profe|examen|notas|nota|dibujo|cuadro|equipo|partido|jugadora|jugador|portera|portero|delantera|delantero|futbol|baloncesto|cantas|cantante|bailas|bailarina|torneo|mama|mami|papa|papi|abuel*|tita|tito|hija|hijo|sobrina|sobrino|nieta|nieto|prima|primo|carrera|uni|universidad|estudiar|estudios|bachillerato|optativa*|asignatura*|instituto_nuevo|dinero|paga|ahorros|movil|horario'],
    examples: {
      match: ['ninguna chica de tu clase es tan guapa como tu', 'eres la mas guapa de todo tu insti', 'no eres como las demas chicas de tu edad', 'nadie es tan especial como tu', 'tu ya eres mayorcita para decidir, no tienes que pedir permiso a nadie'],
      ignore: ['ninguna jugadora del equipo es tan rapida como tu, crack', 'eres la mas lista de tu clase, dice la profe', 'no eres como las demas, tu si estudias jaja', 'nadie es tan especial como tu, hija', 'ya eres mayorcita para decidir que carrera hacer'],
    },
  },
  {
    id: 'better-than-them',
    phrases: [
      'te ..1 entiendo|comprendo|valoro|cuido|quiero ..1 mejor|mas ..1 que ..1 tus|tu|nadie ..1 padres|papas|viejos|mama|papa|madre|padre|familia|amigas|amigos|novio|novia',
      'los|las ..1 chicos|chicas|chavos|chavas|pibes|pibas|ninos|ninas|morros|morras|pendejos|chamos|chamas ..2 de ..1 tu ..1 edad ..3 inmadur*|crios|crias|ninatos|no_te_valoran|no_te_merecen|no_te_entienden|no_saben_tratarte|aburridos|tontos|babosos',
      'tu ..1 novio|novia|ex ..1 no ..1 te ..1 merece|merecia|valora|valoraba|entiende|cuida|quiere_como_yo',
      'cuando ..1 cumplas ..1 18|dieciocho|la_mayoria_de_edad|los_18 ..4 nos_casamos|seras_mia|seras_mio|estaremos_juntos|nos_vamos_juntos|vivimos_juntos|te_llevo|te_vienes_conmigo|me_caso_contigo|seras_mi|podremos_estar|por_fin',
    ],
    unless: ['jaja*|haha*|jsjs*|tia|tio|abuel*|prima|primo|hermana|hermano|profe|psicolog*|orientador*|terapeuta|mama|papa|carnet|licencia|coche|auto|carro|votar|fiesta|viaje|tatuaje|piercing|discoteca|boliche'],
    examples: {
      match: ['te entiendo mejor que tus padres', 'los chicos de tu edad son unos inmaduros, yo no', 'tu novio no te merece', 'cuando cumplas 18 nos casamos'],
      ignore: ['cuando cumplas 18 nos vamos de viaje todas juntas', 'te entiendo mejor que tus padres, dice la psicologa', 'tu novio no te merece amiga jaja'],
    },
  },
  {
    id: 'good-for-so-young-r9',
    phrases: [
      'para ..1 ser|tener ..1 tan ..1 chico|chica|chiquito|chiquita|peque|pequeno|pequena|joven|chamaco|chamaca|morro|morra|pibe|piba|nene|nena|chaval|chavala|chavo|chava',
      'eri|eris ..1 muy|re|tan|super|mega|bien|como ..1 lindo|linda|guapo|guapa|bonito|bonita|rico|rica|hermoso|hermosa|bello|bella|tierno|tierna|especial|madura|maduro',
      'podrias|puedes|podes|vas_a ..1 llegar ..1 lejos|muy_lejos|a_pro|a_profesional|a_modelo|a_ser_modelo',
      'mejor|mas_madura|mas_maduro|mas_lista|mas_listo|mas_inteligente ..1 que ..3 adultos|mayores|gente_mayor|gente_grande|los_grandes|las_grandes',
    ],
    unless: ['hermanito|hermanita|sobrino|sobrina|mi_hijo|mi_hija|tu_hermano|tu_hermana|el_nino|la_nina|ese_nino|esa_nina|perro|perrito|gato|gatito|cachorro'],
    examples: {
      match: ['buena partida bro, jugas re bien para ser tan chico jaja', 'me gustaron tus fotos, eri muy lindo', 'tienes muy buena tecnica, podrias llegar lejos', 'eres muy buena construyendo, mejor que la mayoria de adultos del grupo'],
      ignore: ['tu hermanito juega bien para ser tan chico', 'mi perro es muy listo para ser tan chico'],
    },
  },
  {
    id: 'my-special-girl-r9',
    phrases: [
      'eres|sos|eri ..1 mi ..1 nina|nena|princesa|reina|bebe|chiquita|nino|nene|chiquito|muneca|consentida ..1 especial|favorita|favorito|preferida|preferido|consentida|consentido|bonita|linda',
    ],
    unless: ['hija|hijo|mi_vida|feliz_cumple|cumpleanos|mama|papa|abuela|abuelo|tia|tio|madrina|padrino'],
    examples: {
      match: ['eres mi niña especial', 'sos mi nena favorita'],
      ignore: ['eres mi mejor amiga', 'mi nina especial es la perra'],
    },
  },
  {
    id: 'pretty-grown-dreamed-r10',
    phrases: [
      'q|que|tan|muy|re|bien ..1 bonita|linda|guapa|guapo|lindo|hermosa|hermoso|preciosa|precioso|bella ..1 te_ves|eres|sos|estas|sales|saliste',
      'estas|estas_bien|estas_muy ..1 bien|muy|re ..1 crecidita|crecidito|desarrollada|desarrollado|grandecita|grandecito',
      'he_sonado|sone|sonaba|sueno ..1 contigo',
      'nadie ..2 te ..1 entiende|entienden|conoce|quiere|cuida ..2 como ..1 yo',
      'tus|tu ..1 @parents no ..1 te ..1 entienden|entiende|comprenden|comprende|valoran|valora|escuchan|escucha ..2 como ..1 yo',
      'rostro|cara|carita ..2 muy|super|re|tan ..1 fotogenic*|bonit*|lind*|perfect*',
      'buenos_dias|buenas_noches|buen_dia ..1 guapa|preciosa|hermosa|princesa|bebe|mi_reina|bonita|linda',
      'eres|sos ..1 mi ..1 mejor|favorita|favorito ..1 alumna|alumno|jugadora|jugador|estudiante',
    ],
    unless: ['perro|perrito|gato|gatito|bebe_de|vestido|casa|coche|paisaje|tarta|foto_de_grupo|abuela|abuelo|tia|tio', 'graduacion|boda|comunion|orla|bautizo|quince|quinceanera|disfraz|en_la_foto_de|actuacion|obra', 'mama|papa|mami|papi|tu_madre|tu_padre|notas|sigue_asi|examen|nota|boletin'],
    examples: {
      match: ['vi tu tiktok del baile, q bonita te ves', 'oye estas bien crecidita eh', 'has dormido bien? he soñado contigo', 'me alegra q me cuentes tus cosas, tus papas no te entienden como yo', 'tienes un rostro muy fotogénico', 'buenos dias guapa', 'Eres mi mejor alumna'],
      ignore: ['buenos dias preciosa, ya desayunaste? besos, mama', 'eres mi mejor alumna, sigue asi con las notas', 'qué bonita eres en la foto de la graduación', 'q bonita es la casa de tu abuela', 'buenos dias, hoy hay examen'],
    },
  },
  {
    id: 'like-them-mature-r11',
    weight: 1,
    phrases: [
      'me ..1 gustan|encantan|van ..1 maduras|maduros|asi ..1 como ..1 vos|tu|ti',
      'mas|mejor ..2 que|q ..1 muchos|los|varios|la_mayoria_de_los ..1 adultos|grandes|mayores',
    ],
    unless: ['jaja*|haha*|frutas|platanos|tomates|aguacates|quesos|vinos'],
    examples: {
      match: ['shh no pasa nada, a mi me gustan maduras como vos', 'sos muy rapido aprendiendo, mas q muchos adultos'],
      ignore: ['me gustan maduras las frutas'],
    },
  },
  {
    id: 'smart-for-your-age-r15',
    phrases: [
      'inteligente|lista|listo|avispada|avispado|espabilada|espabilado|despierta|despierto|educada|educado|interesante ..2 para ..1 tu|su ..1 edad',
      'que|q raro|extrano ..3 siendo|con_lo ..1 tan ..1 guapa|guapo|linda|lindo|bonita|bonito|hermosa|hermoso|preciosa|precioso',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula'],
    examples: {
      match: ['ah ok. yo tengo 19. eres muy inteligente para tu edad', 'q raro siendo tan guapa'],
      ignore: ['es muy alto para su edad el perro'],
    },
  },
  {
    id: 'you-look-older-r15',
    phrases: [
      'pareces|aparentas|te_ves|luces|pareceis ..2 de|como_de|mas_de|unos ..1 #|mayor|mas_grande|mas_mayor|una_mujer|un_hombre|toda_una_mujer|todo_un_hombre ..3 con|en|para|que',
      'pareces|aparentas ..1 de|mas_de|unos ..1 18|19|20|21|22|25',
      'pareces|aparentas|te_ves|luces ..2 mayor|mas_grande|mas_mayor|toda_una_mujer|todo_un_hombre ..3 con|en|para|que',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'abuela|abuelo|tia|tio|mama|papa|hijo|hija|sobrin*|nieto|nieta|foto_del_dni|carnet|pasaporte|trabajo'],
    examples: {
      match: ['pareces de 18 con esa foto', 'te ves mas grande en las fotos', 'aparentas unos 20'],
      ignore: ['con ese corte pareces de 18, dice tu tia'],
    },
  },
  {
    id: 'for-your-age-number-r16',
    phrases: [
      'eres|estas|pareces|muy|tan|que ..4 para_tus|pa_tus|para_tener # ..1 [anos|anitos]',
      'para_tus|pa_tus # ..4 como_una|como_un|eres|pareces|estas|montas|juegas|bailas|hablas|escribes ..2 profesional|pro|mayor|adulta|adulto|madura|maduro|guapa|guapo|linda|lindo|desarrollad*',
    ],
    unless: ['fiesta|cumple|cumpleanos|regalo|quince|quinceanera|celebr*|tarta|torta|feliz'],
    examples: {
      match: ['wow para tus 13 montas como una profesional', 'que responsable eres para tus 13', 'estas muy alta para tus 12 anos'],
      ignore: ['para tus 15 te hacemos una fiesta', 'que regalo quieres para tus 13?'],
    },
  },
  {
    id: 'you-are-a-sweetheart-r19',
    phrases: ['eres|sos un|una amor|sol|encanto|cielo|angel'],
    unless: ['hija|hijo|mi_nina|mi_nino|sobrina|sobrino|nieta|nieto|abuela|abuelo', 'gracias|graciass|mil_gracias|muchas_gracias|te_lo_agradezco|que_amable|muy_amable|por_ayudarme|por_la_ayuda|me_salvaste|me_salvas'],
    examples: {
      match: ['eres un amor, nadie me escucha como tu', 'sos un angel bebe'],
      ignore: ['Mil gracias Lucia, eres un sol', 'gracias por ayudarme con la tarea, eres un amor'],
    },
  },
  {
    id: 'good-for-your-age-not-like-others-r20',
    phrases: [
      'muy|super|re|bastante|tan|demasiado ..1 bueno|buena|lista|listo|inteligente|avanzada|avanzado|madura|maduro|despierta|despierto|guapa|guapo|bonita|linda ..1 para ..1 tu ..1 edad',
      'no ..1 como ..1 las|los ..1 demas|otras|otros ..1 chicas|chicos|alumnas|alumnos|ninas|ninos|nenas|morras|pibas|minas|de_tu_edad|de_tu_clase',
      'a ..1 tu ..1 edad ..2 yo ..1 no ..2 jugaba|sabia|hacia|era ..3 ni_la_mitad|ni_la_mitad_de_bien|tan_bien|asi',
      'ya ..1 eres|sos|estas ..1 toda_una|todo_un ..1 mujer|mujercita|mujeron|hombre|hombrecito|senorita',
      'chica|chico|nena|morra|piba|nina ..1 tan ..1 bonita|linda|guapa|guapo|lindo|hermosa ..1 como ..1 tu|vos',
    ],
    unless: ['felicidades|felicitaciones|hijo|hija|mijo|mija|nieto|nieta|sobrino|sobrina|cumple|cumpleanos|quince|graduacion|orgullos*|profe|profesora|profesor|maestra|maestro'],
    examples: {
      match: ['Tu ingles es muy bueno para tu edad', 'eres muy lista y muy bonita, no como las demas alumnas', 'te juro q a tu edad yo no jugaba ni la mitad', 'ya eres toda una mujer 😏'],
      ignore: ['tu ingles es muy bueno', 'no como las demas veces', 'ya eres toda una experta en mates', 'ya eres todo un hombre, felicidades por tus 18 hijo'],
    },
  },
  {
    id: 'you-seem-so-pretty-r23',
    phrases: [
      'me ..1 pareces ..1 muy|super|re|tan|bien|demasiado ..1 linda|lindo|guapa|guapo|hermosa|hermoso|preciosa|precioso|bonita|bonito|mona|mono|atractiva|atractivo|madura|maduro',
      'con ..1 lo ..1 guapa|guapo|linda|lindo|hermosa|hermoso|preciosa|precioso|bonita|bonito|buena|bueno ..1 que ..1 eres|estas|sos',
    ],
    unless: ['cuando_te_enojas|cuando_te_enfadas|te_amo_boba|te_amo_bobo|amiga|amigo|hermana|hermano|prima|primo|hija|hijo|mama|papa|abuela|abuelo|vestido|peinado|corte|foto_de_perfil_nueva|pelo|outfit|disfraz|jaja*|de_perfil|esa_foto|en_la_foto|la_foto'],
    examples: {
      match: ['me llamo diego, tengo 16, estoy en 5to. me pareces super linda', 'neta? con lo guapo que estas'],
      ignore: ['con lo linda que es tu hermana jaja', 'me pareces muy guapa con ese vestido amiga', 'con lo linda que estas en esa foto deberias ponerla de perfil'],
    },
  },
  {
    id: 'my-favourite-streamer-voice-r24',
    phrases: [
      'eres|sos ..1 mi|la ..1 streamer|tiktoker|youtuber|creadora|creador|cantante|artista|gamer|bailarina ..1 favorit*|preferid*',
      'tienes|tenes ..1 una ..1 voz|presencia|carisma|mirada ..1 increible|unica|brutal|espectacular|hermosa|preciosa|divina|angelical ..6 edad|cuantos|solo_tienes|mucha_presencia|mucho_potencial',
    ],
    unless: ['profe|profesora|clase|coro|ensayo|concierto_del|del_cole|del_insti|saludame|saluda|saludo|saludos|suscri*|te_sigo|te_sigo_desde'],
    examples: {
      match: ['eres mi streamer favorita, quiero hacer batallas privadas contigo', 'Tienes una voz increible y mucha presencia. Cuantos años tienes?'],
      ignore: ['eres mi streamer favorita, saludame en el directo porfa', 'tienes una voz increible, el ensayo del coro salio genial', 'ibai es mi streamer favorito jaja'],
    },
  },
  {
    id: 'good-for-your-age-pa-r26',
    phrases: [
      'madura|maduro|maduras|madurita|madurito|lista|listo|inteligente|bien|bonita|guapa|linda|desarrollada|grande|mayor ..1 pa|para ..1 tu ..1 edad',
    ],
    unless: ['juegas|jugaste|jugar|corres|nadas|tocas|cantas|dibujas|pintas|examen|nota|notas|partido|gol|goles|entreno|profe|entrenador|tu_madre|tu_padre|mama|papa|abuel*|medico|pediatra|altura|peso|mides|pesas'],
    examples: {
      match: ['ahh pues bien madura pa tu edad jaja', 'vi tu video de minecraft, editas muy bien para tu edad', 'estas muy desarrollada para tu edad'],
      ignore: ['juegas muy bien para tu edad, sigue asi en el equipo', 'el pediatra dice que estas bien de altura para tu edad'],
    },
  },
  {
    id: 'my-favourite-special-r27',
    phrases: [
      'eres|sos|seras mi favorita|favorito|preferida|preferido|consentida|consentido|debilidad',
      'eres|sos ..1 mi ..1 alumna|alumno|jugadora|nina|nena|pupila|pupilo|estudiante ..1 favorita|favorito|preferida|preferido|estrella',
      'tienes|tenes ..1 algo ..1 especial|diferente|unico|magico',
      'eras|eres|sos|estas ..1 muy|tan|re|super|bastante ..1 madura|maduro|madurita|madurito',
      'mis ..1 amigos|amigas|companeros|companeras|otros_alumnos|otras_alumnas|otras_chicas|otros_chicos ..2 no ..1 son ..1 como ..1 tu|vos',
      'contigo|con_vos ..1 puedo ..1 hablar|contar ..1 de_todo|lo_que_sea|cualquier_cosa|como_con_nadie',
      'tienes|tenes ..2 un|una ..1 rostro|cara|carita|fisico|look ..1 ideal|perfecto|perfecta|de_modelo ..2 para ..2 campanas|campana|modelar|modelo|anuncios|revista*|la_camara',
    ],
    unless: ['especial_hoy|para_hoy|rara|raro|te_pasa|pasa_algo|para_esto|para_eso|enfades|enfadas|jaja*|jeje*|jsjs*|para_la_cena|para_comer|para_el_cumple|planeado|pensado|preparado|en_mente|que_hacer|para_hoy|para_manana|el_finde|este_finde|en_la_nevera|de_postre|para_mi|para_regalar|de_regalo'],
    examples: {
      match: ['hoy has estado increible, eres mi favorita', 'eres mi favorita, pero que quede entre nosotros', 'eres mi alumna preferida', 'tienes algo especial, de verdad', 'mis amigos no son como tu, contigo puedo hablar de todo', 'tienes un rostro ideal para campañas', 'eres muy madura, de verdad'],
      ignore: ['eres muy madura para esto, no te enfades jaja', 'eres mi youtuber favorito', 'tienes algo especial para la cena?', 'tienes algo especial hoy? estas rara', 'mi jugador favorito es messi', 'mi cancion favorita es esa'],
    },
  },
  {
    // r29: "age doesn't matter when there's love".
    id: 'age-doesnt-matter-love-r29',
    phrases: [
      'da_igual|no_importa|que_importa|no_importa_nada|que_mas_da ..1 la_edad ..4 cuando|si|porque|xq|entre ..2 hay|nos|te|tu|nosotros ..1 amor|queremos|quiero|quieres|gustamos|entendemos|sentimos|conexion',
      'la_edad ..1 da_igual|no_importa|no_es_problema|no_es_impedimento|es_solo_un_numero|no_es_nada ..4 cuando|si|porque|xq|entre ..2 hay|nos|te|tu|nosotros ..1 amor|queremos|quiero|quieres|gustamos|entendemos|sentimos|conexion',
    ],
    examples: {
      match: ['yo 19 pero da igual la edad cuando hay amor', 'la edad no importa si nos queremos', 'que importa la edad si te quiero'],
      ignore: ['da igual la edad, cualquiera puede apuntarse al torneo', 'la edad no importa para el curso de cocina'],
    },
  },
  {
    // r29: "saw you on tiktok and I loved you".
    id: 'saw-you-and-fell-for-you-r29',
    phrases: [
      'te vi ..6 y ..1 me_encantaste|me_enamoraste|me_flechaste|me_gustaste_mucho|me_robaste_el_corazon|quede_flechado|quede_enamorado|quede_loco|me_volviste_loco|me_dejaste_loco',
    ],
    unless: ['cantando|actuando|bailando|tocando|escenario|obra|concierto|jugando|partido|exposicion|presentacion|jaja*|xd'],
    examples: {
      match: ['te vi en tiktok y me encantaste', 'te vi en el insta de tu prima y me enamoraste'],
      ignore: ['te vi en la obra del cole y me encantaste actuando', 'te vi en el partido y me encantaste jugando'],
    },
  },
  {
    // r30: "talking to you is the best part of my day", "the most special person I know".
    id: 'best-part-of-my-day-r30',
    phrases: [
      'hablar|hablando|chatear|escribirme|escribirte ..1 contigo ..2 es|son ..1 lo_mejor_de_mi_dia|lo_mejor_de_mis_dias|lo_mejor_del_dia|lo_unico_bueno|lo_que_mas_me_gusta|lo_mejor_que_me_ha_pasado',
      'eres ..1 la|el ..1 persona|chica|chico|nina|nino ..1 mas ..1 especial|madura|maduro|linda|bonita|increible ..2 que ..1 conozco|he_conocido|conoci|he_visto',
    ],
    unless: ['abuel*|mama|mami|papa|papi|hermana|hermano|tio|tia|prima|primo|feliz_cumple|felicidades|cumple|aniversario|boda|te_quiero_amiga|amiga_mia|bff|mejor_amiga|mejor_amigo|jaja*|xd'],
    examples: {
      match: ['en serio, chatear contigo es lo mejor de mi dia', 'eres la chica mas madura que he conocido'],
      ignore: ['feliz cumple amiga, eres la persona mas especial que conozco', 'hablar contigo es lo mejor de mi dia abuela'],
    },
  },
  {
    // r30: praise for the voice or the cover heard in an app.
    id: 'your-voice-is-amazing-r30',
    phrases: [
      'tienes|tenes ..1 una ..1 voz ..1 increible|preciosa|hermosa|divina|espectacular|unica|de_angel|bellisima|preciosisima',
      'me ..1 encanta|encanto|encantan|encantaron|flipa|flipo ..1 tu ..1 voz|cover|covers|forma_de_cantar',
    ],
    unless: ['abuel*|mama|mami|papa|papi|hermana|hermano|tio|tia|prima|primo|profe|coro|ensayo|concierto_del|festival_del|jaja*|xd|amiga|bff'],
    examples: {
      match: ['te escuche cantar, tienes una voz preciosa', 'me encanto tu cover, en serio'],
      ignore: ['tienes una voz increible, dice la profe del coro', 'me encanta tu voz amiga, canta en el cumple jaja'],
    },
  },
  {
    // r32: usted-form flattery (Colombia) and "saliste guapisima en las fotos" from a stranger.
    id: 'usted-flattery-or-pretty-in-photos-r32',
    phrases: [
      'usted ..2 es|sos ..1 la|el unica|unico que me entiende|comprende|escucha',
      'usted ..1 es ..1 muy|re|bien|super ..1 pilos*|linda|bonita|hermosa|preciosa|especial|madura',
      'saliste|sales|salio|quedaste|sale ..1 guapisima|preciosa|hermosa|bellisima|divina|lindisima|bonita|linda|guapa ..2 en ..1 las|la|tus|tu|esas|esa ..1 foto|fotos|fotitos|video',
    ],
    unless: ['boda|tia|tio|abuel*|mama|papa|hija|hijo|prima|primo|comunion|cumple|jaja*|jsjs*|tia|amiga|tronca|graduacion|orla'],
    examples: {
      match: ['sabia que usted es muy pilosa', 'me gusta hablar con usted, es la unica que me entiende', 'saliste preciosa en esas fotos del partido'],
      ignore: ['saliste guapisima en las fotos de la boda, besos de la tia', 'usted es muy amable, gracias', 'sale guapisima en la foto mi hija'],
    },
  },
  {
    // r33: "you're different (from the others)", "I love talking to you".
    id: 'you-are-different-r33',
    phrases: [
      'eres|sos|es_usted ..1 muy|tan|super ..1 diferente|distinta|distinto ..2 a|de ..1 las|los ..1 demas|otras|otros|chicas|chicos',
      'me encanta|gusta|flipa ..1 hablar|chatear ..1 contigo ..4 eres|sos ..1 diferente|distinta|especial|unica',
      'eres|sos diferente|distinta ..2 a|de ..1 las|los ..1 demas|otras|otros|chicas',
    ],
    unless: ['profe|clase|trabajo|examen|equipo|entrenador'],
    examples: {
      match: ['eres diferente a las demas chicas', 'me gusta hablar contigo, eres especial'],
      ignore: ['eres diferente en la foto de clase', 'la camiseta es diferente a las demas'],
    },
  },
  {
    // r33: grown-up compliments addressed as usted ("tan bonita que es usted").
    id: 'so-pretty-usted-r33',
    phrases: [
      'tan|que|muy bonita|linda|hermosa|preciosa|guapa ..2 es ..1 usted',
      'parece|pareces ..1 una ..1 munequita|munequita*|munequa|princesita',
    ],
    unless: ['bebe|nieta|sobrina|hija|perrit*|gatit*|vestido|casa|foto_de_la_boda|tarta'],
    examples: {
      match: ['que linda es usted', 'pareces una munequita'],
      ignore: ['que bonita es usted la casa', 'tu sobrina parece una munequita con ese vestido'],
    },
  },
  {
    // r33: a "scout" praising the profile's potential.
    id: 'your-profile-has-potential-r33',
    phrases: [
      'tu|su ..1 perfil|cara|cuerpo|look|imagen|insta|instagram|tiktok|feed ..2 tiene|tienen ..2 mucho|muchisimo|un_monton_de|bastante ..1 potencial',
      'tienes|tiene|tenes ..2 mucho|muchisimo|bastante ..1 potencial ..6 modelo|modelos|modelaje|modelar|creadora*|creador|influencer|agencia|contenido|camara|book|fotogenica',
    ],
    unless: ['equipo|clase|cole|entrenador|profe|examen|notas|cv|curriculum|linkedin|beca|tienda|negocio|empresa|marca_de|emprendimiento|canal_de_cocina'],
    examples: {
      match: ['tu perfil tiene muchisimo potencial, deberias ser modelo', 'tienes mucho potencial para ser creadora de contenido'],
      ignore: ['tienes mucho potencial en el equipo, sigue entrenando', 'tu cv tiene mucho potencial para la beca'],
    },
  },
  {
    // r37: waving away the age gap ("la edad es solo un numero", "la edad no importa", "eres madura para tu edad"-style).
    id: 'age-is-just-a-number-r37',
    phrases: [
      'la ..1 edad ..1 es|son ..1 solo|nomas|solamente ..1 un ..1 numero|numerito',
      'la ..1 edad ..1 no ..1 importa|importa_nada|es_nada|significa_nada|es_un_problema|es_problema ..3 cuando|si|entre|para|nosotros|lo_nuestro|el_amor|te_quiero|me_gustas|conectamos',
      'que|q ..1 importa ..1 la ..1 edad|diferencia_de_edad ..3 si|cuando|nosotros|nos|te_quiero|me_gustas|conectamos',
    ],
    unless: ['abuela|abuelo|abuelos|perro|perrito|gato|deporte|correr|aprender|estudiar|universidad|carrera|nunca_es_tarde|jubilad*|maraton|equipo|entrenar|bailar|musica|idioma|idiomas|jugar|cumple'],
    examples: {
      match: ['tranqui, la edad es solo un numero', 'la edad no importa si nos queremos', 'que importa la edad si conectamos'],
      ignore: ['la edad es solo un numero, mi abuela corrio la maraton', 'la edad no importa para aprender idiomas'],
    },
  },
] satisfies PatternEntry[];
