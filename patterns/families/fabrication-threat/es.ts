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
    ],
    unless: ['meme|sticker|filtro_de|cumple|felicitacion|broma_del|dibujo|trabajo|para_clase|para_la_clase|en_clase|proyecto'],
    examples: {
      match: ['con ia te desnudo', 'te desnudo con una app', 'voy a poner tu cara en fotos porno con photoshop y las subo', 'puedo crear fotos tuyas desnuda con ia', 'hago un montaje porno con tu cara', 'edito tus fotos y te dejo desnuda', 'voy a editar tus fotos para que parezca que estas en pelotas', 'hago un montaje para que parezcas desnuda', 'aunque no me mandes nada puedo hacer fotos falsas tuyas', 'voy a hacer fotos tuyas desnudo con una app y las mando a tu grupo de clase'],
      ignore: ['te pongo la cara en el meme jaja', 'edito las fotos del viaje', 'hice un montaje para el trabajo de clase'],
    },
  },
] satisfies PatternEntry[];
