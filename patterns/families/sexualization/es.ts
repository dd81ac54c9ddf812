import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'sexual-questions',
    phrases: [
      'has|habias|alguna_vez ..3 visto|mirado|vistes|mirao ..2 porno|porn|videos_porno|pelis_porno|videos_xxx|paginas_porno',
      'te imagino|imagine|imagino_que ..2 desnud*|sin_ropa|en_ropa_interior|en_la_cama|en_la_ducha|en_tanga|en_bragas',
      'si estuviera|estuviese|estuvieras|estuvieses ..3 cama|ducha|contigo_en',
      'me excitas|calientas|pones_caliente|pones_cachondo|pones_a_mil',
      'tienes|tenes ..1 cuerpo|cuerpazo|cuerpito ..2 sexy|rico|perfecto|precioso|hermoso|increible|tremendo|bonito|lindo|de_modelo|de_mujer',
      'eres|sos|es|sigues ..1 virgen|virgencita',
      'has|ya_has|alguna_vez_has|habeis|hiciste ..2 tenido|hecho|follado|cogido ..2 sexo|relaciones|el_amor|algo_con|cosas_con|cositas',
      'te|ya_te has|haz|sueles|alguna_vez_te ..2 masturbado|masturbas|tocado_ahi|tocado_sola|tocado_solo|tocado_pensando|corrido|venido|hecho_una_paja|hecho_un_dedo',
      'te masturbas|pajeas|masturbaste|corres_pensando',
      'alguna vez te has|ha tocado|masturbado',
      'cuantas|cuanto veces|seguido ..1 te tocas|masturbas|tocaste|pajeas',
      'te has tocado ..1 alguna|ya|you|nunca|antes|pensando',
      'te tocas|tocaste ..1 pensando|sola|solo|ahi|por_la_noche|en_la_cama|en_la_ducha',
      'que|q ..1 llevas|traes|tienes|vistes puesto|puesta|ahora|ahorita|de_ropa|debajo',
      'de|q|que color|talla ..2 bragas|calzones|calzoncillos|ropa_interior|tanga|sujetador|brasier|bra|boxer|boxers|pecho|copa',
      'como tienes|tenes ..2 tetas|pechos|culo|pene|polla|verga|pito|vagina|pelos',
      'como es|son tu|tus cuerpo|cuerpito|tetas|pechos|culo|pene|polla|verga',
      'describe|describeme|describime ..1 tu cuerpo|cuerpito',
      'tienes|tenes [las|los|el|la|unas|unos] tetas|pechos|culo|pene|polla|verga|pito ..1 grande*|pequen*|chic*|bonit*|lind*|dur*|ric*',
      'hacer|hacerte|hariamos|harias|haria|haremos ..3 conmigo|contigo ..3 cama|ducha|desnud*',
      'tuviste|has_tenido|hiciste|has_hecho ..1 tu primera_vez',
      'me ..1 encantan|gustan|ponen|vuelven_loco ..1 las|los ..1 jovencitas|jovencitos|chiquitas|chiquitos|menores|nenas|nenitas|colegialas|colegiales|chicas_de_tu_edad|ninas',
      'ensenarte|mostrarte|explicarte|ensenar|mostrar|explicar ..3 cosas ..4 chicos|chicas|ninos|ninas|gente|los_de|las_de ..2 tu ..1 edad',
      'desarrollad*|formad*|cuerpo ..3 para ..1 tu|su ..1 edad',
      'ya ..1 lo has_hecho|hiciste|hicistes ..2 con|alguna_vez',
      'perdiste|has_perdido|perder|pierdas|perdido ..2 virginidad',
      'cuanto te mide|mide_tu|te_mide',
      'te gusta|gustaria|gustan ..2 sexo|porno|follar|coger|chupar|tocarte|que_te_toquen|hacerlo|el_sexo',
      'has|haz visto ..1 porno|videos_porno',
      'estas|stas|tas ..2 cachonda|cachondo|caliente|excitada|excitado|mojada|mojadita|arrecha|arrecho|horny|hot|calentita|durisimo',
      'me pones ..2 cachondo|cachonda|caliente|duro|durisimo|a_mil|arrecho',
      'me_la|me_lo pones ..1 dura|duro|parada|parado',
      'que|q|k ..1 ropa_interior|bragas|tanga|calzoncillos|sujetador|brasier|lenceria ..1 llevas|traes|usas|tienes_puesta|tienes_puesto|te_pones',
      'quiero|kiero|me_gustaria|quisiera|deseo|voy_a ..2 follarte|cogerte|tocarte|chuparte|lamerte|desnudarte|acostarme_contigo|hacerte_el_amor|hacertelo|comerte_entera|comerte_toda|metertela|besarte_todo|besarte_toda',
      'tienes|tenes|que ..1 buen|tremendo|lindo|rico|buenisimo|bonito cuerpo|cuerpazo|culo|culito|culazo|tetas|pechos|lomo',
      'estas|stas|tas ..2 buenisima|buenisimo|rica|riquisima|sabrosa|buenota|potra|tremenda|apetecible|para_comerte',
      'eres|sos ..1 muy|re|tan|bien ..1 sexy|caliente|rica|provocativa|provocativo',
      '@showme ..2 tu|tus|el|la|los|las cuerpo|cuerpito|tetas|pechos|culo|pene|polla|verga|pito|vagina|cosita',
      'duermes|dormis|te_duchas|estas|andas|sueles_estar|sueles_dormir ..1 sin_ropa|desnud*|en_ropa_interior|sin_bragas|sin_calzones|sin_sujetador|sin_brasier|en_bolas|en_pelotas|en_tanga|en_bragas|en_calzones|en_calzoncillos',
    ],
    unless: ['compresas|tampones|farmacia|dolor|ibuprofeno|mama|mami|ginecolog*|pediatra|para_el|para_la|deporte|baloncesto|futbol|voley|natacion|gimnasia|atletismo|entrenar|fiesta|boda|cena|cumple|evento|graduacion|concierto|disfraz|loteria|premio|gordo|cupon|rasca|virgen_de|virgen_del|virgen_maria|aceite|la_virgen|extra|horoscopo|signo|tierra|fiebre|calor|sol|clima|tiempo|agua|cafe|sopa|disfraz|fiesta_de|peli|serie|vistete|vestite|abuela|abuelo|visita|resfri*|conjuntad*|ir_iguales|vamos_iguales|a_juego|combinar|combinamos|uniforme'],
    examples: {
      match: ['has visto alguna vez porno?', 'alguna vez has visto videos porno?', 'tienes 16? uff me encantan las jovencitas', 'me gustaria enseñarte cosas que los chicos de tu edad no saben', 'estas muy desarrollada para tu edad', 'ya lo has hecho con alguien?', 'ya perdiste la virginidad?', 'alguna vez te has tocado?', 'cuantas veces te tocas', 'eres virgen?', 'que llevas puesto ahora mismo?', 'has hecho algo con alguien?', 'te masturbas?', 'estas cachonda?', 'tienes buen cuerpo', 'de que color son tus bragas', 'estas buenisima', 'muestrame tu cuerpo', 'duermes sin ropa?', 'estas desnuda ahora?', 'que ropa interior llevas?'],
      ignore: ['has visto el documental sobre el porno en la adolescencia?', 'ya vi lo que hiciste con el carro de papa', 'has estado con alguien en el recreo?', 'ya lo hiciste? el trabajo de mates', 'la virgen de guadalupe', 'que llevas puesto para la fiesta?', 'te has tocado la loteria', 'estas en ropa interior? vistete que llega la abuela', 'te has tocado el codo? te duele?', 'estas caliente, tienes fiebre?', 'tienes buen corazon', 'que tienes de deberes', 'la sopa esta caliente'],
    },
  },
  {
    id: 'been-with-someone',
    phrases: [
      'ya_has|alguna_vez_has|nunca_has|has_estado_alguna_vez ..1 estado ..1 con ..1 alguien|un_chico|una_chica|un_hombre|una_mujer|nadie|algun_chico|alguna_chica|un_chavo|una_chava|un_pibe|una_piba',
      'harias|hariamos|haria|te_haria|pasaria|podriamos_hacer|haremos ..4 si ..1 estuvieramos|estuviesemos|estuvieras|estuviera|estuviese ..1 solos|solitos|a_solas|juntos_en_la_cama|desnudos|en_tu_cama|en_mi_cama',
    ],
    unless: ['del|de_la|de_los|de_clase|grupo|equipo|hoy|ayer|en_el|recreo|clase|examen|trabajo|proyecto|mates|ingles|hablando|hablado|jugando|estudiando|estudiar|biblioteca|tranquil*|silencio|concentr*|peli|serie|partida|juego'],
    examples: {
      match: ['oye y tu ya has estado con alguien?', 'te imaginas lo que hariamos si estuvieramos solos?'],
      ignore: ['ya has estado con alguien del grupo de mates?', 'que hariamos si estuvieramos solos en clase, estudiar mas tranquilos'],
    },
  },
  {
    id: 'body-and-age-talk',
    phrases: [
      'te ..2 bajado|viene|vino|llego|ha_venido ..1 la ..1 regla|menstruacion|periodo',
      'te ..1 depilas|afeitas|rasuras ..2 ahi|abajo|ahi_abajo|todo|entera|entero|las_partes|el_pubis|la_entrepierna|el_cono|la_vagina|los_huevos',
      'has|alguna_vez_has|has_visto ..1 visto ..3 desnud*|pene|polla|verga|pito|tetas|en_pelotas',
      'que|q|k ..1 rica|rico|sabrosa|sabroso|buenota|buenote|cachonda|cachondo ..1 te_ves|sales|estas|sale|se_te_ve',
      'la ..1 edad ..1 es|no ..1 solo ..1 un ..1 numero',
      'la ..1 edad ..1 no ..1 importa|es_un_problema|es_problema',
      'ser ..1 tu ..1 novio|novia|pareja ..3 aunque ..2 mayor|mas_grande|mas_mayor|te_saque|te_lleve',
    ],
    unless: ['compresas|tampones|farmacia|dolor|ibuprofeno|mama|mami|ginecolog*|pediatra|medico|jaja*|haha*|jsjs*|pastel|tarta|comida|helado|pizza|museo|estatua*|arte|cuadro|peli|serie|documental|clase|biologia|abuel*|maraton*|correr|deporte|jubilad*|vino|queso|coche|edificio'],
    examples: {
      match: ['ya te ha bajado la regla?', 'te depilas ahi abajo?', 'has visto a un hombre desnudo?', 'que rico te ves en esa foto', 'la edad es solo un numero', 'me encantaria ser tu novio aunque sea mayor'],
      ignore: ['ya te ha bajado la regla? te compro compresas en la farmacia', 'la edad es solo un numero, mi abuela corre maratones', 'que rico te ves con ese pastel jajaja', 'has visto a un hombre desnudo en el museo? las estatuas griegas'],
    },
  },
  {
    id: 'sexual-pics',
    phrases: ['video|videos|pic|pics hot|porno|xxx|desnud*|intimas|intimos|picantes', '@photo|@video ..4 en_la_ducha|duchandote|banandote|en_la_banera|en_toalla', 'audio|audios|nota_de_voz|notas_de_voz|@video ..2 gimiendo|gemidos|jadeando|gimes|gemir', 'gime|gimes|gemir ..2 para_mi|por_mi|en_un_audio|en_el_audio', '@foto ..5 ropa_interior|calzoncillos|bragas|tanga|calzones|boxer|lenceria|sujetador|desnud*|porno|hot|xxx|picantes|intimas'],
    unless: ['extorquia|extorquiam|extorquir|extorsao|golpista|golpistas|golpe|reportagem|materia|vazaram|vazou|vazamento|vazadas|vazados|atriz|jornal|telejornal|adolescentes|criminoso|criminosos|prisao|homem|mulher|pedem|pediam', 'tengo|tenemos|grabado|grabada|grabe|guarde|guardado|guardadas|tu_cara|montaje|fotomontaje|photoshop|ia|hackee|me_mandaste|me_enviaste|me_pasaste', 'noticia|noticias|detuvieron|detenido|detenida|detienen|arrestaron|arrestado|arrestada|extorsionaba|extorsionaban|acosaba|acosaban|condenado|condenaron|juicio|sextorsion|grooming|reportaje|documental|periodico|telediario|noticiero',
      // r28: a parent's joke about a baby photo in the bath.
      'cuando_eras_bebe|cuando_eras_peque*|cuando_eras_chiquit*|cuando_eras_nin*|cuando_eras_chica|cuando_eras_chico|de_bebe|de_recien_nacid*|con_dos_anos|con_tres_anos|con_un_ano|de_pequen*|de_chiquit*',
      // r33: showing off one's own shopping.
      'los_conjuntos|unos_conjuntos|el_negro_y|el_rosa_y|y_el_rosa|y_el_negro|y_el_blanco|el_blanco_y|cual_me_pillo|cual_me_compro|talla|tallas|2x1|me_he_comprado|me_compre|me_he_pillado|me_pille|he_comprado|primark|shein|zara|oysho|intimissimi|tezenis|calzedonia|lefties|stradivarius|bershka|women_secret|womens_secret|rebajas|probador'],
    examples: {
      match: ['necesito unas fotos en ropa interior para el book', 'fotos hot', 'pasame un video tuyo en la ducha', 'mandame un audio gimiendo', 'mandame un video en la banera, bebe'],
      ignore: ['[foto] el conjunto de ropa interior que me he comprado en las rebajas', 'mira la foto del sujetador de oysho, 2x1', '[foto] unos conjuntos de ropa interior, el blanco y el rosa', 'a reportagem falava de golpistas que pedem fotos intimas a adolescentes', 'tengo tus fotos desnuda', 'Tengo grabado el video de usted desnudo de la videollamada', 'lei que condenaron a un entrenador por pedir fotos intimas a sus alumnas', 'voy a subir la foto de cuando eras bebe en la bañera', 'el video de bebe en la banera de tu hermano es lo mas'],
    },
  },
  {
    id: 'you-look-hot',
    weight: 2,
    phrases: ['estas|stas|tas [muy|re|bien|tan|super] buena|bueno|rica|rico|buenona|buenon'],
    unless: ['comida|pizza|sopa|tarta|pastel|bocadillo|cafe|peli|serie|cancion|juego|bien'],
    examples: { match: ['estas buena', 'estas muy rica'], ignore: ['estas bien?', 'esta pizza esta rica'] },
  },
  {
    id: 'kissing-bf',
    weight: 2,
    phrases: [
      'has|ya_has|alguna_vez_has|te_has ..1 besado|dado_un_beso|dado_tu_primer_beso|morreado|liado|enrollado',
      'alguna_vez|ya|nunca te ..1 han|ha ..1 besado|dado_un_beso|dado_tu_primer_beso|morreado|comido_la_boca',
      'quiero|kiero|me_gustaria|quisiera ..1 besarte|darte_un_beso|comerte_la_boca',
      'tienes|tenes ..1 novio|novia|noviecito|noviecita|pareja ..1 ya|you|o_que|eh|ahora|actualmente',
      'te gustan|gustaria|gusta|atraen ..1 los|las|un|una|salir_con ..1 chicos|chicas|hombres|mujeres|tipos|senores|chavos|pibes ..1 mayores|grandes|maduros|maduras|experimentados|mas_grandes|mas_mayores',
    ],
    examples: {
      match: ['has besado a alguien?', 'alguna vez te han besado?', 'y a ti ya te ha besado algun chico', 'me gustaria besarte', 'tienes novia ya?', 'te gustan los chicos mayores?', 'te gustaria salir con hombres mas grandes'],
      ignore: ['mi prima se ha besado con su novio', 'a mi nunca me han besado', 'te han dado un premio?', 'mi hermano tiene novia', 'te gustan los chicos de la clase?'],
    },
  },
  {
    id: 'curious-at-your-age',
    phrases: [
      'a ..1 tu ..1 edad ..4 curiosidad|curiosa|curioso|experimentar|explorar|descubrir_tu_cuerpo|hormonas|tocarse|tocarte|excitarse|excitarte',
      'es ..1 normal ..4 curiosidad|experimentar|explorar|tocarse|tocarte|excitarse|excitarte|sentir_cosas ..4 tu_edad|te_ensene|te_enseno|te_puedo|conmigo|entre_nosotros|nadie',
      'curiosidad|curiosa|curioso ..4 a ..1 tu ..1 edad',
    ],
    unless: ['hija|hijo|mama|papa|medico|medica|pediatra|enfermer*|clase|biologia|tutor*|profe|orientador*|libro|charla|taller|psicolog*|historia|ciencia*|museo|leer|lectura|idiomas|viajar|musica'],
    examples: {
      match: ['es normal a tu edad tener curiosidad, te puedo enseñar cosas', 'a tu edad es normal querer experimentar', 'es normal tener curiosidad, conmigo puedes preguntar', 'tienes curiosidad? es normal a tu edad'],
      ignore: ['hija, a tu edad es normal tener curiosidad, preguntame lo que quieras', 'a tu edad yo tenia curiosidad por la historia', 'en la charla de biologia dijeron que a tu edad es normal tener curiosidad'],
    },
  },
  {
    id: 'teach-you-things',
    weight: 2,
    phrases: [
      'ensenar|ensenarte|mostrar|mostrarte|explicar|explicarte ..1 cosas|cositas|muchas_cosas|algunas_cosas ..4 curiosidad|a_tu_edad|de_mayores|de_adultos|de_grandes|que_no_sabes|que_nadie|no_te_ensenan|nadie_te_ha|te_van_a_gustar|te_gustaran|te_va_a_gustar|secretas|prohibidas|ricas|de_chicas|de_chicos|de_sexo|del_sexo|intimas|que_hacen_los_novios|de_novios|que_hacen_las_parejas|de_tu_edad|no_saben|no_sabes',
    ],
    unless: ['juego|partida|minecraft|fortnite|roblox|mates|examen|clase|guitarra|piano|cocina*|receta*|programar|dibujar|maquillaje|skate|futbol|baloncesto|trucos|truco'],
    examples: {
      match: ['te puedo enseñar cosas que te van a gustar', 'quiero enseñarte cosas de mayores', 'te puedo mostrar cosas que nadie te ha enseñado', 'te puedo enseñar cosas que los chicos de tu edad no saben'],
      ignore: ['te puedo enseñar cosas del minecraft que no sabes', 'te enseño cosas de guitarra que te van a gustar'],
    },
  },
  {
    id: 'turns-me-on',
    phrases: [
      'me pones|ponias|pondrias muchisimo|un_monton|a_cien|a_tope|burro|bruto|malisimo|como_una_moto|como_un_toro',
      'me ..1 excitas|excitaria|excitaste|calientas|calentaste|prendes|prendiste',
    ],
    unless: ['nervios|histeric*|triste|contenta|contento|feliz|humor|enferm*|malo|mala|loco|loca|cabeza|mate|mates|musica|cancion|volumen|plato|comida|cena|cafe|agua|horno|microondas', 'me ..1 prendes|prendiste ..2 la|el ..1 camara|cam|tele|luz|fuego|compu|ordenador|estufa|calefaccion|aire|radio|play|consola'],
    examples: {
      match: ['me pones muchisimo 😏', 'uf me pones a cien', 'me excitas mucho'],
      ignore: ['holi mi amor soy la abuela, me prendes la camara q te quiero ver?', 'me pones muchisimo de los nervios', 'me calientas la cena?', 'me pones a cien la musica'],
    },
  },
  {
    id: 'with-you-in-bed',
    phrases: [
      'estar|acostarme|dormir|meterme|tenerte|tumbarme ..1 contigo|conmigo ..2 en ..1 la|tu|mi ..1 cama|ducha|banera|jacuzzi',
    ],
    unless: ['peli*|serie*|viendo|netflix|manta|sofa|enferm*|resfri*|gripe|fiebre|pijamada|tormenta|miedo|pesadilla*|hermanit*|mama|papa|abuel*|cuento'],
    examples: {
      match: ['me encantaria estar contigo en la cama', 'quiero meterme contigo en la ducha'],
      ignore: ['me encantaria estar contigo en la cama viendo pelis, te echo de menos amor', 'si tienes miedo de la tormenta duerme conmigo en mi cama, dice mama'],
    },
  },
  {
    id: 'what-are-you-wearing-voseo',
    phrases: [
      'que|q|k ..1 tenes|usas|llevas|tenes_puesto ..1 puesto|puesta|puestito|puestita|de_ropa|debajo|abajo',
      'alguna_vez|ya|nunca ..1 estuviste|estuvistes|estuvo ..1 con ..1 un_chico|una_chica|un_hombre|una_mujer|alguien|algun_chico|alguna_chica|algun_hombre|algun_pibe|alguna_piba|algun_chavo|alguna_chava|un_pibe|una_piba|un_chavo|una_chava|un_varon|un_wey|una_morra',
      'ponte|pone|ponete|te_pones|pontelo ..2 algo|la|el|una|un ..2 mas ..1 cortito|corto|corta|cortita|sexy|ajustad*|escotad*|transparente|atrevid*|provocativ*|pegadit*|chiquit*',
      '@cam|camara|cam ..6 quitate|sacate|quitarte|sacarte|te_quitas|te_sacas ..2 la|el|los|las|tu ..1 sudadera|camiseta|camisa|remera|playera|polera|blusa|top|pantalon*|falda|short*|sujetador|brasier|bra|ropa|pijama',
    ],
    unless: ['fiesta|boda|cena|cumple|evento|graduacion|concierto|disfraz|frio|calor|lluvia|nieve|uniforme|entreno|partido|colegio|cole|insti|clase|examen|mama|papa|abuela|abuelo|tienda|probador|talla|medico|pediatra|fila|equipo|pijamada|recreo|clase|mates|conjuntad*|ir_iguales|vamos_iguales|a_juego|combinar|combinamos'],
    examples: {
      match: ['y q tenes puesto ahora? 😈', 'uff. alguna vez estuviste con un chico?', 'ya estuviste con algun chico?', 'nooo pon la cam porfa, solo un rato, y ponte algo mas cortito', 'prende la camara y quitate la sudadera, quiero verte bien'],
      ignore: ['que llevas puesto? es para ir conjuntadas', 'que tenes puesto para la fiesta?', 'ya estuviste con alguien del grupo de mates?', 'ponte algo mas corto que hace calor', 'prende la camara y quitate la sudadera del uniforme que empieza la clase'],
    },
  },
  {
    id: 'innuendo-and-body',
    phrases: [
      'que|q ..1 harias|hariamos|me_harias|te_haria|pasaria ..3 si ..1 estuviera|estuviese|estuvieras|estuviesemos|estuvieramos|yo_estuviera ..2 ahi|aqui|alla|contigo|conmigo|juntos|solos|en_tu_cuarto|en_tu_cama',
      'te ..1 gusta|gustaria ..1 que ..1 te ..2 digan|diga|susurren|susurre ..2 cosas|cositas ..2 al_oido|sucias|cochinas|ricas|sexys|atrevidas',
      'duermes|dormis|te_duchas|sueles_dormir ..4 sin_nada|sin_ropa|desnud*|en_ropa_interior|en_bolas|en_calzones|en_tanga|en_bragas|sin_bragas',
      'tienes|tenes|te_salieron|te_han_salido ..1 pelitos|pelos|vello ..2 ya|ahi|abajo|alli',
      'ya ..1 te ..1 crecieron|salieron|estan_creciendo|han_crecido ..1 [las|los] tetas|pechos|bubis|pelitos|pelos|senos',
      'audio|audios|nota_de_voz|notita_de_voz|notas_de_voz ..5 sexy|sexi|sensual|cachond*|calient*|provocativ*|gimiendo|gemidos',
      'falda|faldita|uniforme|jumper ..2 del_colegio|del_cole|escolar|de_colegiala|del_insti ..6 foto|fotos|mandame|pasame|video|cam|camara|@send',
      'en ..1 tanga|bikini|ropa_interior|lenceria|bragas|calzones|boxer|toalla ..3 te_verias|se_te_veria|se_te_ve|te_ves|estarias|te_veias|quedarias ..1 increible|hermosa|preciosa|rica|sexy|buenisima|divina|perfecta|riquisima|brutal',
    ],
    unless: ['peli|serie|libro|cuento|clase|examen|trabajo|proyecto|mama|papa|abuel*|pediatra|medico|dermatolog*|pelo_de_la_cabeza|pelos_del_perro|perro|gato|planta*|unas|flequillo|barba|bigote|uniforme_nuevo|foto_del_curso|foto_de_clase|orla|anuario|tienda|talla|probador|playa_con_la_familia|jaja*|haha*|jsjs*|jeje*|xd|cojin|almohada|mudanza|ayudaria'],
    examples: {
      match: ['que harias si estuviera ahi contigo ahora?', 'te gusta que te digan cosas al oido?', 'duermes con pijama o sin nada?', 'tienes pelitos ya?', 'ya te crecieron las tetas?', 'mandame un audio diciendo mi nombre bien sexy', 'ponte la falda del colegio y mandame foto', 'en tanga se te veria increible'],
      ignore: ['que harias si estuviera ahi? jaja te tiraria un cojin', 'que harias si estuviera ahi? te ayudaria con la mudanza, pero estoy en clase', 'mandame foto del uniforme del colegio para la tienda, que talla es', 'ya te crecieron las plantas?', 'tienes pelos del perro en la ropa'],
    },
  },
  {
    id: 'done-more-than-kiss-r9',
    phrases: [
      'alguna_vez|ya ..2 hiciste|has_hecho|hicieron|hicistes ..1 algo_mas|mas_cosas|cosas_con|algo_con_un|algo_con_una|mas_que_besar|mas_que_besos|mas_que_un_beso',
    ],
    unless: ['trabajo|tarea|deberes|ejercicio*|proyecto|juego|partida|nivel|mision|examen|receta|cocina|deporte|gimnasio|gym'],
    examples: {
      match: ['y alguna vez hiciste algo mas? contame no pasa nada somos chicas', 'ya has hecho mas cosas con tu novio?', 'alguna vez hiciste mas que besar?'],
      ignore: ['ya hiciste algo mas del trabajo?', 'alguna vez hiciste algo mas en ese juego?'],
    },
  },
  {
    id: 'ever-sent-pics-to-someone-r9',
    weight: 2,
    phrases: [
      'alguna_vez|ya|nunca ..2 mandaste|enviaste|pasaste|has_mandado|has_enviado|has_pasado|le_mandaste|le_enviaste|le_pasaste ..2 fotos|foto|@pack|videos|fotitos ..3 a_un|a_una|a_alguien|a_tu_novio|a_tu_novia|a_un_chico|a_una_chica|a_una_piba|a_un_pibe|a_un_chavo|a_una_chava|a_un_wey|a_tu_crush|a_un_hombre|a_una_mujer',
    ],
    unless: ['concurso|revista|periodico|agencia_de_viajes|casting_del_cole|clase|profe|tarea|trabajo|grupo_de_clase'],
    examples: {
      match: ['jaja y alguna vez le mandaste fotos a una piba?', 'ya le has mandado fotos a tu novio?', 'nunca le mandaste nudes a un chico?'],
      ignore: ['alguna vez mandaste fotos a un concurso de la revista?', 'ya le mandaste las fotos a la profe?'],
    },
  },
  {
    id: 'teach-you-adult-things-r9',
    phrases: [
      'te ..1 enseno|ensene|ensenare|ensenaria|muestro|muestre|mostrare|explico|explique ..2 cosas|algo|juegos|cositas ..1 de ..1 adultos|grandes|mayores|pareja|novios',
    ],
    unless: ['renta|declaracion|tramites|papeles|impuestos|facturas|banco|cocinar|conducir|manejar|trabajo|hipoteca|alquiler|papeleo|lavadora|finanzas|dinero'],
    examples: {
      match: ['te gustaria que te enseñe cosas de adultos?', 'te muestro juegos de grandes?'],
      ignore: ['te enseno cosas de adultos como pagar facturas', 'te explico cosas de mayores: el banco y los impuestos'],
    },
  },
  {
    id: 'body-development-r9',
    phrases: [
      'estas|eres|ya_estas|estas_ya ..1 desarrollada|desarrollado|formada|formadita|desarrolladita|desarrolladito|bien_formada|bien_desarrollada',
      'como|que_tal ..1 tienes|tenes|esta|llevas|anda ..1 el|tu ..1 cuerpo|cuerpito',
    ],
    unless: ['entreno|entrenamiento|gym|gimnasio|dieta|medico|doctor*|lesion|rodilla|espalda|tobillo|fiebre|gripe|resfriado|dolor|duele|duelen|partido|carrera|maraton|fisio'],
    examples: {
      match: ['como tienes el cuerpo? estas desarrollada?', 'ya estas formadita?'],
      ignore: ['como tienes el cuerpo despues del partido? te duele?', 'que tal tu cuerpo con la gripe?'],
    },
  },
  {
    id: 'touched-developed-r10',
    phrases: [
      'nunca|ya|alguien|algun_chico|algun_chavo ..2 te ..1 han|ha ..1 tocado|manoseado|desvirgado',
      'ya ..1 te ..1 empezaste|empezo|comenzaste|comenzo ..1 a ..1 desarrollar|crecer',
      'ya ..1 te ..1 desarrollaste|crecieron|salieron|vino_la_regla|bajo_la_regla',
      '@cam ..6 ponte ..3 pijama|camison|bata|toalla|lenceria|short|shorts|algo_comodo|algo_sexy|algo_corto',
      'ponte ..1 algo ..1 comodo|cortito|ligero|sexy|transparente ..3 como|tipo|un|una ..1 pijama|camison|bata|toalla|lenceria',
      'con|en ..1 poca_ropa|menos_ropa|ropa_interior|lenceria|toalla ..3 ya_sabes|tu_sabes|me_entiendes|si_me_entiendes',
      'saliendo|recien ..1 de ..1 la ..1 ducha|banera',
      'modelo|modelos ..1 webcam|de_webcam|de_cam',
      'te ..1 quitas|quites|quitarias|sacas|saques ..1 una|la|cada ..1 prenda|prendita',
      'quitate|sacate ..1 una|otra ..1 prenda|prendita',
      'aprender|ensenarte|te_enseno|probar|hacer ..1 cosas ..1 de ..1 grandes|adultos|mayores',
      'que|q|cual ..1 talla|numero|copa ..2 de ..1 sosten|sujetador|brasier|bra|calzon*|bragas|tanga|ropa_interior|lenceria ..1 usas|tienes|tenes|llevas|eres',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|clase_de_biologia|biologia|el_medico|la_medica|pediatra|ginecolog*|tu_primo|el_bebe|la_planta|las_plantas|el_perro|la_perra|el_gato|la_gata|la_loteria|loteria|premio', 'impuestos|facturas|banco|cocinar|conducir|trabajo|te_compro|comprarte|tienda|rebajas|zara|primark|para_comprar|regalo'],
    examples: {
      match: ['osea q nunca te han tocado?', 'ya te empezaste a desarrollar? puedes contarme', 'Para la proxima conectate con la camara, y ponte algo comodo, como pijama', 'lindas, con poca ropa, ya sabes', 'una en toalla saliendo de la ducha jaja', 'tipo modelo webcam pero sin mostrar cara', 'vamos a jugar a un juego, te quitas una prenda por cada pregunta', 'perdiste, quitate una prenda', 'te gustaria aprender cosas de grandes conmigo?', 'que talla de sosten usas?'],
      ignore: ['ya te salieron los dientes de leche? dice el pediatra', 'ponte el pijama q ya es tarde'],
    },
  },
  {
    id: 'ever-touched-yourself-r11',
    phrases: [
      'alguna_vez|ya|nunca ..1 te ..1 tocaste|has_tocado|masturbaste|has_masturbado|pajeaste|hiciste_una_paja',
      'te ..1 tocas|masturbas|pajeas ..1 [seguido|mucho|todos_los_dias]',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sexual_en_clase|educacion_sexual|jaja*|la_cara|el_pelo|la_nariz|los_granos|la_guitarra|el_piano|el_bajo|la_bateria|instrumento|cancion|codo|nariz|rodilla|oreja|pie|pies|dedos|lengua|punta|frente|ombligo_con'],
    examples: {
      match: ['alguna vez te tocaste?', 'te tocas seguido?'],
      ignore: ['alguna vez te tocaste el codo con la lengua?', 'alguna vez te tocaste la guitarra electrica?', 'te tocas la cara mucho, por eso los granos'],
    },
  },
  {
    id: 'done-more-with-someone-r12',
    phrases: [
      'has_hecho|ya_hiciste|hiciste|alguna_vez_has_hecho|ya_has_hecho ..1 algo_mas|algo|cosas|cositas|eso ..1 mas|rico|intimo ..2 con alguien|un_chico|una_chica|tu_novio|tu_novia|un_hombre|una_mujer|un_mayor',
      'has_hecho|ya_hiciste|hiciste|ya_has_hecho algo_mas|mas_cosas|cositas ..2 con alguien|un_chico|una_chica|tu_novio|tu_novia',
      'quitate|quitese|sacate|sacatela|sacatelo ..2 la|el|los|las|tu ..1 blusa|camisa|camiseta|playera|remera|polera|top|sujetador|brasier|bra|ropa|pantalon|pantalones|falda|short|bragas|calzones|boxer ..4 nadie|solo_yo|para_mi|cam|camara|no_pasa_nada|un_ratito|porfa|dale|despacio',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'trabajo|proyecto|tarea|grupo_del|equipo|lavo|lavar|lavadora|sucia|sucio|mojada|mojado|ponte|cambiate|frio|ducha|banarte|pijama|medico|doctor|enfermera|vacuna'],
    examples: {
      match: ['y has hecho algo mas con alguien?', 'ya hiciste cositas con tu novio?', 'quitate la blusa, nadie va a ver', 'sacate la remera un ratito dale'],
      ignore: ['has hecho algo mas con alguien del grupo del trabajo?', 'quitate la camiseta sucia que la lavo, no pasa nada', 'ya hiciste algo con alguien para el proyecto?'],
    },
  },
  {
    id: 'first-kiss-or-more-r14',
    phrases: [
      'primer ..1 beso ..3 o ..1 mas|algo_mas|mas_cosas|otras_cosas|mas_que_eso',
      'besado|besaste|has_besado|diste_un_beso ..4 o ..1 algo_mas|mas_cosas|mas_que_eso|hasta_donde|hasta_donde_llegaste|ya_lo_hiciste',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'pelicula|peli|serie|libro|cancion|capitulo|personaje|mas_bien|o_mas_bien'],
    examples: {
      match: ['ya diste tu primer beso? o mas? 😏', 'ya has besado a alguien o algo mas?', 'tu primer beso o mas cosas?'],
      ignore: ['mi primer beso fue en el campamento jaja', 'el primer beso de la peli o mas bien el final?', 'mi primer beso o mas bien el peor jaja'],
    },
  },
  {
    id: 'camera-lower-r14',
    phrases: [
      'camara|cam|webcam ..3 mas ..1 abajo|abajito|para_abajo',
      'baja|bajala|bajame|bajes|bajas ..2 la|tu ..1 camara|cam|webcam ..3 mas|un_poco|un_poquito|abajo|abajito',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'frente|pelo|cabeza|no_se_ve_nada|no_te_veo|tarea|cuaderno|hoja|pizarra|mesa|teclado|perro|gato|dibujo|libro|ejercicio*|mando|raton|juego|partida|zapatos|tenis|bambas|plato|comida'],
    examples: {
      match: ['dale q te quiero ver, con la camara mas abajo', 'baja la cam un poquito mas', 'bajala la camara mas abajito bb'],
      ignore: ['baja la camara un poco que no se ve el cuaderno', 'pon la camara mas abajo que quiero ver el dibujo'],
    },
  },
  {
    id: 'what-did-you-put-on-r14',
    phrases: [
      'que|q|ke ..1 te ..1 pusiste|has_puesto|vas_a_poner|pondras|pones ..1 hoy|ahorita|ahora_mismo|para_dormir|para_mi|esta_noche|debajo|abajo',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'fiesta|boda|cumple|disfraz|colegio|cole|clase|examen|entrevista|pelo|maquillaje|unas|perfume|para_ir|para_salir|cena|graduacion|partido|uniforme|frio|calor|lluvia|abrigo|chaqueta|zapatos|tenis|jaja*|jsjs*|xd|lol|te_queda_genial|te_queda_bien|queda_genial|outfit'],
    examples: {
      match: ['q te pusiste hoy? 😏', 'que te vas a poner para dormir?', 'que te pusiste debajo?'],
      ignore: ['que te pusiste hoy para la fiesta? jaja', 'q te pusiste hoy en el pelo?', 'que te pusiste hoy? te queda genial'],
    },
  },
  {
    id: 'you-look-hot-body-for-age-r14',
    phrases: [
      'te ..1 ves|veias|verias|vez ..2 rica|rico|ricura|sabrosa|sabroso|buenota|buenote|buenisima|riquisima|mamacita|mamasita|mamita',
      'cuerpazo|curvas|cuerpito|tetas|pechos|trasero|culo ..4 para ..1 tu|tus ..1 edad|anos',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'comida|sopa|pizza|tarta|pastel|postre|plato|helado|receta|cafe|bebe|bebita|bebito|perrit*|gatit*|boda|graduacion|comunion|bautizo'],
    examples: {
      match: ['te ves bien rica en esa foto', 'que cuerpazo tienes para tu edad', 'te ves buenisima mamacita'],
      ignore: ['te ves rica comiendo esa pizza jaja', 'mira el bebe, se ve rico', 'te ves rica con ese vestido, vas a la boda?'],
    },
  },
  {
    id: 'body-of-a-woman-r15',
    phrases: [
      'tu_cuerpo|tienes_cuerpo|ya_tienes_cuerpo|ya_tenes_cuerpo|tenes_cuerpo|tienes_un_cuerpo|tenes_un_cuerpo ..3 de_mujer|de_una_mujer|de_hombre|de_un_hombre|de_adulta|de_mayor|de_modelo|desarrollad*',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'bascula|balanza|edad_metabolica|nutricion*|nutriologo|medico|doctor|biologia|ciencias|clase|examen|pubertad_en_clase'],
    examples: {
      match: ['tu cuerpo es de una mujer', 'ya tienes cuerpo de mujer, no de nena'],
      ignore: ['segun la bascula tu cuerpo es de un hombre de 30'],
    },
  },
  {
    id: 'do-things-in-private-room-r15',
    phrases: [
      'hacer_cosas|hacemos_cosas|hagamos_cosas|hacer_cositas|hacemos_cositas|hagamos_cositas ..4 en_privado|en_una_sala_privada|sala_privada|a_solas|solos|solitos|sin_nadie|de_adultos|de_grandes|de_novios|en_la_cama',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'tarea|deberes|proyecto|trabajo|examen|clase|estudiar|pintar|cocinar|misiones|mision|build|construir|farmear'],
    examples: {
      match: ['mi avatar y el tuyo podrian hacer cosas juntos en una sala privada', 'hagamos cositas de novios'],
      ignore: ['podemos hacer cosas juntos en privado para el proyecto de clase'],
    },
  },
  {
    id: 'tight-clothes-show-figure-r16',
    phrases: [
      'ajustad*|en_top|sin_las_medias|sin_medias|en_maillot|en_mallas|en_licra|@pack ..6 se_ve|se_nota|se_marca|se_aprecia ..1 mejor|mas ..2 silueta|figura|linea|cuerpo|cuerpito|curvas',
      'de_cuerpo_completo|de_cuerpo_entero|cuerpo_completo|cuerpo_entero ..4 en_top|en_bikini|en_banador|en_maillot|en_short|en_shorts|en_calzoncillos|en_boxer|@pack',
      'ponte|ponete|quedate|quedese ..3 algo_comodo|comodo|comoda|mejor ..6 en_short_nomas|en_short_nada_mas|sin_remera|sin_camiseta|sin_playera|sin_polera|sin_camisa|sin_sujetador|sin_brasier|en_calzones|en_boxer|en_ropa_interior|en_calzoncillos',
    ],
    unless: ['vestido|boda|fiesta|graduacion|tienda|talla|probador|comprar|compre|medico|fisio|calor|sol|playa|piscina|gimnasio|entreno|partido|crema|quemar*|uniforme|equipo'],
    examples: {
      match: ['es para el collage 😊 con ropa ajustada o en top se ve mejor la silueta', 'de cuerpo completo, en top o sin camisa, si subes la nota 💯', 'y ponete algo comodo, si queres en short nomas, sin remera 😏', 'en licra se ve mejor tu figura'],
      ignore: ['ese vestido ajustado te queda genial para la boda, se ve mejor la figura', 'foto de cuerpo entero con el uniforme del equipo', 'quedate sin camiseta que hace calor jeje'],
    },
  },
  {
    id: 'so-hot-show-me-more-r16',
    phrases: [
      'que|q|uff|uf|mmm|mm ..1 rico|rica|ricota|sabrosa|sabroso|caliente|buena|bueno|hot ..3 @showme|mandame|pasame|ensename ..1 mas|otra|otro|todo',
    ],
    unless: ['tarta|comida|receta|pastel|pizza|postre|torta|galleta*|cocin*|plato|helado|cafe|pan|chocolate|asado|tacos|paella|menu|dibujo|cuadro|paisaje|perro|gato|perrito|gatito|cancion|tema'],
    examples: {
      match: ['uff q rico, muestrame mas 🔥', 'que rica, ensename mas', 'mmm que buena, mandame otra'],
      ignore: ['que rica la tarta, mandame otra foto', 'uff que bueno el dibujo, ensename mas'],
    },
  },
  {
    id: 'less-clothes-r17',
    phrases: [
      'con|en ..1 menos ..1 ropa|ropita ..4 pa_mi|para_mi|tu_puedes|porfa|va|dale|mas_rico|mas_sexy',
      'pero|ahora|y ..1 con|en ..1 menos ..1 ropa|ropita',
    ],
    unless: ['calor|playa|piscina|pileta|gym|gimnasio|maleta|valija|mochila|lavar|lavadora'],
    examples: {
      match: ['pero con menos ropa 🔥 tu puedes', 'ahora con menos ropita pa mi'],
      ignore: ['ve con menos ropa que hace calor', 'y con menos ropa en la maleta'],
    },
  },
  {
    id: 'the-less-clothes-the-better-r18',
    phrases: [
      'cuanta|cuanto|mientras|entre ..1 menos ..1 ropa ..3 mejor|mas|se_ve|te_ves',
      'bajate|quitate|sacate ..2 el|la|los|las|tu ..1 pantalon|pantalones|short|shorts|falda|calzon*|boxer*|bragas|tanga|sosten|brasier|sujetador|bombacha|chones|calzoncillo*',
    ],
    unless: ['mancha|lavar|lavadora|tender|planchar|talla|probador|te_queda_grande|te_queda_chico|medico|doctor|enfermera|consulta|vacuna|pediatra|calor|sudar|piscina|ducha|banarte|mojad*|barro|manchad*|jaja*|jsjs*'],
    examples: {
      match: ['cuanta menos ropa mejor se ve el abdomen 😏', 'bajate el pantalon, ella quiere verte mejor'],
      ignore: ['cuanta menos ropa lleves a la mudanza mejor', 'quitate el pantalon mojado que te vas a enfermar'],
    },
  },
  {
    id: 'loser-takes-clothes-off-r22',
    phrases: [
      'el_que|la_que|quien|si ..1 pierde|pierdes|pierda|perdes ..3 se_quita|te_quitas|quitarse|se_saca|te_sacas|quitate|sacate ..2 una_prenda|algo|la_ropa|ropa|la_camiseta|la_remera|la_playera|prenda|una_cosa',
      'strip_poker|strip_game|juego_de_prendas|prenda_por_prenda',
    ],
    unless: ['calcetin*|zapat*|gorra|chaqueta|abrigo|bufanda|guantes|tenis|chanclas|reloj|pulsera'],
    examples: {
      match: ['pero el q pierde se quita una prenda 😜 es juego', 'si pierdes la ronda te quitas algo, esas son las reglas', 'juguemos prenda por prenda'],
      ignore: ['el que pierde se quita los calcetines jaja', 'el que pierde paga la pizza'],
    },
  },
  {
    id: 'private-rp-spicy-r22',
    phrases: [
      'rol|rp|roleplay|roleo ..3 mas ..1 subidito|subidita|subiditos|subiditas|picante|picantes|hot|adulto|adulta|18|nsfw|lemon|erotico|erotica|sexual|atrevido|atrevida',
      'rol|rp|roleplay|roleo ..2 nsfw|erotico|erotica|picante|hot|18|sexual|lemon|subido_de_tono|subidito_de_tono',
      'rol_privado|rp_privado|por_dm|por_privado|en_privado|alla|ahi ..5 cosas|algo ..1 mas ..1 subiditas|subidas|picantes|hot|atrevidas|de_adultos|para_adultos',
    ],
    unless: ['no_esta_permitido|no_se_permite|prohibido|prohibida|reglas|norma*|mods|moderador*|ban|baneo|banean|reporta|reportalo|denuncia'],
    examples: {
      match: ['para hacer un rol mas +18 😳 y q me mandes una foto', 'vamos a rol privado, alla podemos hacer cosas mas subiditas', 'hacemos un rp nsfw tu y yo?'],
      ignore: ['el rol nsfw no esta permitido en este server, leed las reglas', 'el rol de la ronda 18 fue epico'],
    },
  },
  {
    id: 'wear-something-short-for-cam-r24',
    phrases: [
      'ponte|pontelo|ponerte|pon ..2 algo|ropa|un|una ..1 cortito|cortita|corto|corta|sexy|sexi|ajustad*|escotad*|transparente|provocativ*|atrevid*|pegadit* ..6 cam|camara|videollamada|llamada|foto|fotos|jurado|juez|verte|te_vea|te_veamos|evalua|cuerpo|cuerpito',
      'evalua|evaluamos|evaluan|evaluara|califica|calificamos|calificara|vemos|mira|miramos ..2 tambien|mucho|sobre_todo ..2 el_cuerpo|tu_cuerpo|tu_cuerpito|tu_figura|tus_curvas|las_curvas|tu_silueta',
    ],
    unless: ['fiesta|boda|cumple|graduacion|disfraz|halloween|carnaval|calor|frio|lluvia|gimnasia|ballet|uniforme|dentista|medico|revision|rayos|resonancia|fisio'],
    examples: {
      match: ['mejor asi no te pones nerviosa. ponte algo cortito, el jurado evalua tambien el cuerpo y la imagen 😉', 'para la videollamada ponte algo ajustadito que te vea bien', 'ponte algo sexy y prende la camara', 'en la prueba el juez mira sobre todo tu figura'],
      ignore: ['ponte algo cortito que mañana hace un calor horrible', 'ponte algo sexy para la fiesta del sabado jaja', 'el jurado evalua la voz y la afinacion'],
    },
  },
  {
    // r28: questions about body hair / puberty.
    id: 'puberty-questions-r28',
    phrases: [
      'ya ..1 tienes|tenes|te_salieron|te_salen|te_crecieron|te_crecen ..1 pelitos|pelos_ahi|pelo_ahi|vello|pelitos_ahi|pelitos_abajo|pelos_abajo',
      'te_bajo|te_vino|te_llego|ya_te_baja|ya_te_vino|ya_te_llego|ya_te_bajo ..1 la_regla|el_periodo|la_menstruacion ..3 ya_eres|eres_toda|ya_estas|mujercita|lista|desarrollad*',
    ],
    unless: ['bigote|barba|piernas|axilas|sobaco|cejas|en_la_cara|perro|gato|cachorro|peluqueria|barberia|afeitar|depilar|medico|pediatra|doctora|doctor|clase_de_biologia|biologia|ciencias|libro'],
    examples: {
      match: ['ya tienes pelitos? jaja', 'ya te salieron pelitos ahi abajo?', 'ya te vino la regla? ya eres toda una mujercita'],
      ignore: ['ya tienes pelitos en el bigote jaja', 'ya te salen pelos en las piernas, pasate la cuchilla'],
    },
  },
  {
    // r29: "have you done anything yet with anyone?" with the adverb in between.
    id: 'done-anything-yet-with-r29',
    phrases: [
      'has_hecho|ya_hiciste|hiciste|ya_has_hecho|hicistes algo|cosas|cositas|eso ..1 ya|todavia|alguna_vez|antes ..1 con alguno|alguna|alguien|algun_chico|alguna_chica|un_chico|una_chica|un_chaval|tu_novio|tu_novia|algun_novio|algun_chaval|un_pibe|una_piba',
      'ya ..1 has_hecho|hiciste|hicistes algo|cosas|cositas ..1 con alguno|algun_chico|alguna_chica|un_chico|una_chica|algun_novio|un_pibe|un_chaval',
    ],
    unless: ['proyecto|trabajo|tarea|deberes|grupo|clase|equipo|examen|exposicion|presentacion|partida|juego|mision|nivel|dibujo|cancion|video_para'],
    examples: {
      match: ['has hecho algo ya con alguno?', 'y ya hiciste cosas alguna vez con un chico?', 'ya has hecho cositas con algun chico?'],
      ignore: ['has hecho algo ya con alguien para el proyecto?', 'ya hiciste algo con alguno del equipo para la exposicion?'],
    },
  },
  {
    // r31: role-play narration of touching or undressing the reader ("*te acaricia la pierna*", "describe como te desnudas").
    id: 'rp-touch-or-undress-you-r31',
    phrases: [
      'te|le ..1 acaricia|acaricio|soba|sobo|manosea|manoseo|roza|rozo|toca|toco|recorre|recorro|aprieta|aprieto ..2 la|el|los|las|tu|tus|su|sus ..1 muslo|muslos|entrepierna|pecho|pechos|tetas|culo|trasero|nalgas|pierna|piernas|pezon|pezones',
      'habitacion|cuarto|cama|pieza|recamara ..4 te|le ..1 quito|quita|quitare|arranco|arranca|desabrocho|desabrocha|desvisto|desviste|desnudo|desnuda ..2 la|el|los|las|tu|tus|su|sus ..1 ropa|capa|camiseta|camisa|blusa|falda|vestido|pantalon|pantalones|sujetador|bragas|tanga|calzones|corse|corset|tunica|bata',
      'te|le ..1 quito|quita|quitare|arranco|arranca|desabrocho|desabrocha ..2 la|el|los|las|tu|tus|su|sus ..1 sujetador|bragas|tanga|calzones|ropa_interior|braguitas',
      'describe|describeme|describime|describelo|narra|narrame|cuentame|dime ..1 como ..1 te ..1 desnudas|desvistes|quitas_la_ropa|quitas_el_sujetador|quitas_las_bragas|quitas_la_camiseta|masturbas|tocas',
    ],
    unless: ['perro|perrito|gato|gatito|mosquito|medico|medica|fisio*|masajista|doctor*|enfermer*|pediatra|balon|pelota|calambre|lesion|herida|vacuna|escayola|bebe|muneca|nino|nina|lavar|lavadora|mojada|mojado|sucia|sucio|tender|secadora|pelo|guitarra|piano|bateria|violin'],
    examples: {
      match: ['*le acaricia el muslo despacio* te gusta?', '*te lleva a la habitacion y te desabrocha la camisa*', 'ooc venga, describeme como te quitas la ropa', '*te quita el sujetador*'],
      ignore: ['*el perro te lame y te toca la pierna con la pata* jaja', 'el fisio te toca la pierna para ver la lesion', 'vamos a la habitacion, te quito la camiseta mojada y la meto en la lavadora', 'dime como te tocas el pelo asi de bonito'],
    },
  },
  {
    // r32: "ya te has dado algun beso?", "te enseño a besar": asking about a child's kissing experience.
    id: 'ever-kissed-teach-you-r32',
    weight: 2,
    phrases: [
      'te_has|has|ya_has|ya_te_has|alguna_vez_te_has|alguna_vez_has ..1 dado ..1 algun|un|tu|el|ya ..1 [primer] beso|besito|piquito|morreo|pico',
      'diste|ya_diste|te_diste|has_dado ..1 tu|el ..1 primer ..1 beso|besito|piquito',
      'te ..1 enseno|ensenare|ensene|muestro|explico ..1 a ..1 besar|dar_besos|morrear',
      'te ..1 enseno|ensenare|ensene|muestro|explico ..1 como ..1 se ..1 besa|dan_besos|da_un_beso',
    ],
    unless: ['abuel*|mama|papa|bebe|perro|perrita|gato|gatito|peli|pelicula|serie|libro|cancion|personaje|hermanit*|tia|tio|mejilla|cachete|frente'],
    examples: {
      match: ['ya te has dado un beso con alguien?', 'ya diste tu primer beso?', 'si quieres te enseño a besar 😏'],
      ignore: ['le has dado un beso a la abuela?', 'ya diste tu primer beso en la peli? jaja la escena', 'te enseño como se besa en la mejilla en francia'],
    },
  },
  {
    // r32: asking for the reader in shorter or tighter clothes ("con la camiseta mas cortita").
    id: 'in-shorter-tighter-clothes-r32',
    weight: 2,
    phrases: [
      'con|en ..1 la|una|tu|el|un ..1 camiseta|falda|top|short|shorts|pantalon|pantaloncito|pijama|vestido|blusa|remera|playera ..1 mas|super|bien ..1 cortit*|corta|corto|pegad*|ajustad*|escotad*|transparente|chiquit*|pequen*',
    ],
    unless: ['tienda|talla|comprar|compre|compra|rebajas|uniforme|calor|playa|boda|cena|me_queda|te_queda|le_queda|lavadora|encogio|encogido|mi_hermana|mi_madre|mi_mama|mi_prima|mi_amiga|la_profe|el_profe|colegio|cole|insti|reglamento|normas'],
    examples: {
      match: ['hazme un baile con la falda mas cortita', 'sal en el directo con el top bien ajustado'],
      ignore: ['me compre una falda mas corta en las rebajas', 'con la camiseta mas corta no te dejan entrar al insti', 'la camiseta esta super pequena, se encogio en la lavadora'],
    },
  },
  {
    // r33: "live streams in your underwear" offered as a job.
    id: 'streams-in-underwear-r33',
    phrases: [
      'directos|directo|streams|stream|lives|live|videos|webcam|cam|shows|show ..2 en ..1 ropa_interior|lenceria|bikini|tanga|bragas|sujetador|toalla|desnud*|topless|pelotas|bolas',
      'hacer|haces|harias|hagas|hace ..1 directos|streams|shows|webcam ..4 ropa_interior|lenceria|tanga|bragas|sujetador|desnud*|topless',
    ],
    unless: ['playa|piscina|natacion|surf|tienda|marca|resena|haul|noticia|noticias|reportaje|documental|denuncia*|detuvieron|condenado'],
    examples: {
      match: ['solo tienes que hacer directos en lenceria', 'ganas mucho haciendo shows en tanga por la webcam'],
      ignore: ['hice un directo en bikini desde la playa', 'el haul de ropa interior de la tienda en directo'],
    },
  },
  {
    // r37: adult asking for "cibersexo"/"ciber"/sexting, any spelling.
    id: 'cybersex-r37',
    phrases: [
      'hacer|hacemos|haces|hagamos|hacerlo|hariamos|harias|hicimos|hiciste ..2 ciber|cibersexo|cybersexo|cyber|cibersex|cybersex|sexting|sexo_virtual|sexo_por_chat|sexo_por_telefono|sexo_telefonico|sexo_por_cam',
      'quieres|queri|quiere|queres|te_gustaria|te_animas|has_hecho|sabes_que_es ..2 ciber|cibersexo|cybersexo|cyber|cibersex|cybersex|sexting|sexo_virtual|sexo_por_chat',
      'cibersexo|cybersexo|cibersex|cybersex|sexo_virtual|sexo_por_chat ..3 conmigo|contigo|tu_y_yo|nosotros|ahora|esta_noche|hoy',
    ],
    unless: ['charla|taller|peligro|peligros|policia|delito|noticia|noticias|denuncia*|campana|prevencion|ciberacoso|seguridad|ciberseguridad|profe|clase|cafe|ataque|ataques|semana|lunes|monday|punk|documental'],
    examples: {
      match: ['quieres hacer ciber conmigo?', 'te animas a hacer cibersexo esta noche', 'hagamos sexting un rato'],
      ignore: ['mañana hay una charla sobre sexting en clase', 'el ciber monday tiene ofertas', 'la policia avisa de los peligros del cibersexo'],
    },
  },
  {
    // r37: the adult describing his own arousal or asking about hers ("me estoy poniendo duro", "te mojas cuando hablamos").
    id: 'arousal-talk-r37',
    phrases: [
      'me ..1 estoy|estas|esta ..1 poniendo ..1 duro|durisimo|cachondo|caliente|arrecho|bellaco|hot|horny',
      'se_me ..1 pone|esta_poniendo|puso ..1 dura|duro|parada|parado',
      'te ..1 mojas|mojaste|pones_mojada|pones_mojadita|humedeces ..3 cuando|pensando|hablamos|hablando|conmigo|leyendo|asi|por_mi|al_leer',
      'me ..1 dan|da|entran|entraron ..1 ganas ..1 de ..1 besarte|tocarte|comerte|chuparte|desnudarte|follarte|cogerte|tenerte_en_la_cama',
    ],
    unless: ['lluvia|llueve|piscina|agua|paraguas|playa|chubasquero|pan|cemento|masa|gel|pelo|helado|mantequilla|fiebre|gripe|calefaccion|sol'],
    examples: {
      match: ['uff me estoy poniendo cachondo pensando en ti', 'te mojas cuando te escribo asi?', 'me dan ganas de tocarte toda'],
      ignore: ['te mojas si llueve sin paraguas', 'me estoy poniendo caliente con esta fiebre', 'el pan se me puso duro'],
    },
  },
  {
    // r37: wanting to kiss the reader, asking whether she ever kissed anyone ("me encantaria darte un beso", "alguna vez besaste a alguien").
    id: 'kiss-wish-and-kissing-history-r37',
    weight: 2,
    phrases: [
      'me_encantaria|me_muero_por|muero_por|tengo_ganas_de|me_gustaria_mucho|ojala_pudiera|sueno_con|quiero|quisiera ..1 darte ..1 un|mil|muchos ..1 beso|besito|besos|besitos',
      'me_encantaria|me_muero_por|muero_por|tengo_ganas_de|ojala_pudiera|sueno_con|suenio_con ..1 besarte|comerte_a_besos|comerte_la_boca',
      'alguna_vez|ya|nunca ..1 besaste|besastes|has_besado|te_besaron|te_han_besado ..2 alguien|nadie|un_chico|una_chica|un_nene|una_nena|un_pibe|una_piba',
      'seria|sere|quiero_ser|quisiera_ser ..2 tu ..1 primer|primero|primera ..1 [beso|vez]',
    ],
    unless: ['abuela|abuelo|abuelita|perrito|perro|gato|gatito|bebe|sobrin*|peli|serie|libro|personaje|novela|escena|actor|actriz|cancion|mama|papa|mami|papi|tia|tio'],
    examples: {
      match: ['me encantaria darte un besito', 'alguna vez besaste a un chico?', 'tengo ganas de besarte'],
      ignore: ['me encantaria darte un beso abuelita, te extraño', 'en la peli ella besaste a alguien? no, era la escena', 'quiero darte un beso de cumple mama'],
    },
  },
  {
    // r37: sizing up the reader's body ("y de pecho?", "como estas de grande de lo demas").
    id: 'body-size-questions-r37',
    phrases: [
      'y de|de_lo_demas|que_tal_de|como_vas_de|como_estas_de pecho|pechos|tetas|culo|trasero|lo_demas|abajo|ahi_abajo',
      'de_lo_demas|ahi_abajo|de_abajo|de_pecho|de_tetas ..3 como|cuanto|que_tal ..2 grande|mides|estas|vas|tienes',
      'como|que_tal estas|vas ..1 de ..1 grande|desarrollad* ..3 de|por ..1 lo_demas|abajo|ahi|pecho|delante|detras',
    ],
    unless: ['dolor|duele|tos|natacion|nado|estilo|brazada|medico|doctor|gimnasio|ejercicio|pollo|pavo|receta|carniceria|kilo|filete|pecho_de_pollo|radiografia|resfriado|operacion|cama|maleta|mesa|cajon|armario|escalera|piso|calle|vecino|vecina'],
    examples: {
      match: ['jaja y de pecho que tal estas?', 'como estas de grande de lo demas jaja', 'y de abajo? dime'],
      ignore: ['me duele y de pecho tambien, tengo tos', 'compra pechuga y de pecho de pollo un kilo', 'y de abajo de la cama saca la maleta'],
    },
  },
  {
    // r37: asking the reader about shaving her body ("te depilas?"), vaguer: a friend asks about legs.
    id: 'shaving-question-r37',
    weight: 1,
    phrases: [
      'te ..1 depilas|depilaste|rasuras|rasuraste|afeitas ..2 [ahi|abajo|todo|toda|entera|partes|la_concha|el_cono|el_pubis|las_partes]',
    ],
    unless: ['cera|cuchilla|laser|crema|maquina|cejas|ceja|bigote|barba|salon|centro|esteticista|piernas|axilas|brazos|verano|playa|piscina|dolor|duele|irrita|granitos'],
    examples: {
      match: ['te depilas todo?', 'oye y te depilas ahi abajo'],
      ignore: ['te depilas con cera o con cuchilla?', 'te depilas las cejas tu sola?', 'te afeitas la barba mañana?'],
    },
  },
  {
    // r37: proposing "cosas de mayores/adultos" to the reader.
    id: 'grown-up-things-r37',
    weight: 2,
    phrases: [
      'hacer|hacemos|hagamos|harias|hariamos|probar|probamos|ensenarte|ensenar ..3 cosas|cositas ..1 de ..1 mayores|adultos|grandes|novios|pareja',
      'cosas|cositas ..2 por ..1 videollamada|camara|cam|webcam|video',
    ],
    unless: ['impuestos|facturas|banco|trabajo|papeleo|tramites|hacienda|seguro|hipoteca|compras|limpiar|cocinar|casa|deberes|tarea|clase|profe|reunion|colegio|juego|jugar|abuela|abuelo|mama|papa'],
    examples: {
      match: ['te gustaria hacer cosas de mayores conmigo?', 'podemos hacer cositas por videollamada'],
      ignore: ['hoy toca hacer cosas de mayores: impuestos y facturas jaja', 'te cuento las cosas por videollamada con la abuela'],
    },
  },
  {
    // r38: "tienes un cuerpazo para tener 13": a body remark tied to the child's age.
    id: 'body-for-your-age-r38',
    phrases: [
      'tienes|tenes|con_ese|con_esas|vaya|menudo|que ..2 cuerpazo|cuerpote|curvas|tetas|tetitas|pechos|culo|culito|culazo|piernotas|delantera ..3 para ..1 tener|tus|tu|ser_de ..1 #|anos|edad',
      'estas|te_ves|eres|andas ..1 muy|re|bien|tan|super ..1 buena|buenota|buenisima|rica|riquisima|sabrosa|tremenda|apetecible ..2 para ..1 tener|tus|tu|ser_de ..1 #|anos|edad',
    ],
    unless: ['mi_madre|mi_mama|tu_madre|tu_mama|mi_abuela|tu_abuela|mi_tia|tu_tia|entrenador|gimnasio|gym|dieta|atleta|jugadora|jugador'],
    examples: {
      match: ['con ese culito para tener 14 vas a volver locos a todos', 'estas muy buena para tus 13 anos', 'tienes unas curvas para tu edad que uf'],
      ignore: ['mi madre tiene un cuerpazo para tener 50', 'estas muy alta para tu edad', 'la comida esta muy buena para ser de hospital'],
    },
  },
  {
    // r39: "te puedo enseñar cosas que en el cole no enseñan": sexual teaching offered as what school leaves out.
    id: 'teach-what-school-doesnt-r39',
    phrases: [
      'te ..1 puedo|podria|voy_a|quiero|gustaria ..1 ensenar|mostrar|explicar ..1 cosas|cositas|algo|muchas_cosas|otras_cosas ..3 en_el_cole|en_el_colegio|en_la_escuela|en_el_insti|en_el_instituto|en_clase|en_la_prepa|en_la_secu|tus_padres|tus_profes|los_profes ..2 no ..2 ensenan|explican|ensenaran|van_a_ensenar',
      'ensenarte|mostrarte|explicarte ..1 cosas|cositas|algo|muchas_cosas|otras_cosas ..1 que ..1 en_el_cole|en_el_colegio|en_la_escuela|en_el_insti|en_el_instituto|en_clase|en_la_prepa|en_la_secu|tus_padres|tus_profes|los_profes ..2 no ..2 ensenan|explican|ensenaran|van_a_ensenar',
    ],
    unless: ['mates|matematicas|historia|fisica|quimica|programar|programacion|codigo|finanzas|impuestos|invertir|ahorrar|cocinar|cocina|ingles|examen|guitarra|piano|trucos|juego|minecraft|fortnite|dibujo|dibujar|coche|conducir|primeros_auxilios|la_vida_real'],
    examples: {
      match: ['yo te puedo enseñar cosas que en el colegio no te enseñan', 'quiero mostrarte cosas que tus padres no te van a enseñar', 'te podria explicar muchas cosas q en clase no explican 😏'],
      ignore: ['te puedo enseñar cosas de mates que en el cole no explican bien', 'te enseño trucos que en clase no enseñan', 'en el cole no enseñan a cocinar, te puedo enseñar yo'],
    },
  },
  {
    // r39: "has tocado alguna vez a alguien?": sexual-experience probe.
    id: 'ever-touched-someone-r39',
    weight: 2,
    phrases: [
      'has|habeis|alguna_vez_has|ya_has tocado ..2 a ..1 alguien|algun_chico|alguna_chica|un_chico|una_chica|tu_novio|tu_novia|otra_persona',
      'alguna_vez|ya|nunca ..1 has|te_has ..1 tocado|dejado_tocar ..2 a ..1 alguien|algun_chico|alguna_chica|un_chico|una_chica|otra_persona',
    ],
    unless: ['famoso|famosa|concierto|guitarra|piano|bateria|banda|pilla|pillapilla|juego|escondite|tenis|baloncesto|futbol|balon|pelota|cancion|escenario'],
    examples: {
      match: ['has tocado a alguien alguna vez?', 'alguna vez has tocado a un chico?', 'ya has tocado a tu novio o que'],
      ignore: ['has tocado alguna vez a alguien famoso en un concierto?', 'has tocado la guitarra con alguien?', 'en el pilla pilla has tocado a alguien?'],
    },
  },
  {
    // r39: "tienes tetas ya o todavia no?": asking a child about breast development.
    id: 'have-breasts-yet-r39',
    phrases: [
      'tienes|tenes|te_salieron|te_han_salido ..1 tetas|tetitas|pechos|bubis|senos|pelitos|pelos_ahi ..2 ya|todavia|aun|o_no|o_que',
      'ya|todavia_no|aun_no ..1 tienes|tenes|te_salieron|te_han_salido|te_crecen ..1 tetas|tetitas|pechos|bubis|senos|pelitos',
    ],
    unless: ['pollo|pavo|pechuga*|carniceria|receta|super|mercado|comprar|compro|plato|cena|comida|horno'],
    examples: {
      match: ['ya tienes tetitas?', 'tienes pechos ya o todavia no', 'te salieron bubis o que'],
      ignore: ['tienes pechos de pollo ya o los compro?', 'ya tienes las pechugas en el horno?', 'ya tienes los deberes?'],
    },
  },
] satisfies PatternEntry[];
