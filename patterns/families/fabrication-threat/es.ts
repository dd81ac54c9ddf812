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
      'aunque|da_igual_que|no_importa_que|no_importa_si ..1 sea|sean|es|son ..1 falso|falsa|falsas|falsos|fake|montaje|mentira|editad* ..6 creer|creeran|creera|van_a_creer|va_a_creer|pensar|pensaran|pensara|van_a_pensar|va_a_pensar ..3 tu|tuya|tuyas|tuyo|tuyos|de_ti|eres|que_eres|real|verdad',
    ],
    unless: ['meme|sticker|filtro_de|cumple|felicitacion|broma_del|dibujo|trabajo|para_clase|para_la_clase|en_clase|proyecto|reportaje|noticia*|delito|ley|detuvieron|detenido*|investigacion|bulo*|rumor*|bolso|zapatillas|billete*|dni|carnet|gafas|firma*|notas|entradas|monedas|unas|pestanas|pelo|flores|plantas|joyas|pendientes|perlas|bambas|camisetas'],
    examples: {
      match: ['nadie va a saber que son falsas', 'con IA puedo hacer q salgas desnuda en un video', 'puedo hacer que aparezcas desnuda en un porno', 'pongo tu cara en un video y nadie va a notar que es falso', 'da igual que sea un montaje, van a pensar que eres tu', 'con ia te desnudo', 'te desnudo con una app', 'voy a poner tu cara en fotos porno con photoshop y las subo', 'puedo crear fotos tuyas desnuda con ia', 'hago un montaje porno con tu cara', 'edito tus fotos y te dejo desnuda', 'voy a editar tus fotos para que parezca que estas en pelotas', 'hago un montaje para que parezcas desnuda', 'aunque no me mandes nada puedo hacer fotos falsas tuyas', 'voy a hacer fotos tuyas desnudo con una app y las mando a tu grupo de clase'],
      ignore: ['nadie va a saber que son falsas las entradas', 'vi el reportaje: con IA hacen que salgan desnudas chicas y es delito', 'nadie va a notar que es falso el bolso', 'aunque sea falso todos lo van a creer, es un bulo', 'te pongo la cara en el meme jaja', 'edito las fotos del viaje', 'hice un montaje para el trabajo de clase'],
    },
  },
] satisfies PatternEntry[];
