import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'add-me-on-app',
    phrases: [
      'agregame|agregam|agregarme|anademe|anadirme|sigueme|seguirme|escribeme|escribime|hablame|buscame|llamame|agregueme|escribame [al|a|en|por|x|mi|el|tu] [mi] @app',
      'me agregas|agregarias|anades|sigues|escribes|hablas|buscas|agregues|escribis [al|a|en|por|x] [mi] @app',
      'tienes|tenes|tiene|tendras|tenis|usas|usa|tiene_usted [el|un|una|cuenta_de|cuenta_en] @app',
      'cual|cuales es|son tu|su @app',
      'tu @app cual|es|porfa|please|plis',
      'pasame|pasas|pasarias|dame|das|darias|mandame|me_pasas|me_das [tu|su] @app|numero|num|numerito|cel|celular|movil|telefono|tlf|tel|usuario|user|arroba',
      'como te encuentro|busco|agrego|sigo|escribo en|por|al @app',
    ],
    unless: [
      'grupo|clase|equipo|servidor|server|proyecto|trabajo|deberes|tarea|partida|clan|examen|profe|reunion|entrenamiento',
    ],
    examples: {
      match: ['agregame al snap mejor', 'tienes whatsapp? pasame tu numero', 'cual es tu insta?', 'me agregas en telegram', 'sigueme en ig', 'tenes wsp?', 'dame tu numero y hablamos', 'tu snap cual es'],
      ignore: ['me borre el snap', 'agregame al grupo de whatsapp de clase', 'el filtro de snap es buenisimo', 'pasame tu numero para el grupo del equipo', 'tengo 200 dias de racha en snap'],
    },
  },
  {
    id: 'move-chat-elsewhere',
    phrases: [
      'hablemos|sigamos|pasemos|charlemos|vamos|pasate|pasamos|seguimos|hablamos|charlamos|mejor|mejor_hablamos|nos_pasamos ..2 por|en|al|a|x @app',
      'aqui|aca|esta|este ..3 no puedo|podemos|se_puede hablar|escribir|mandar',
      'aqui|aca|esta_app|este_chat|esta_pagina|este_juego ..3 nos ven|vigilan|revisan|leen|controlan|moderan|borran',
      'mas privado|privada|tranquilo|tranquilos|seguro|segura por|en @app',
      'hablemos|hablamos|sigamos|seguimos|escribeme|hablame|charlemos|vamos ..2 por|en|al privado|priv|md|dm|ds|inbox|interno',
      'hacemos|hagamos|hacer|hacemos_una|hagamos_una|quieres_hacer|podemos_hacer [una|un] videollamada|videochat|facetime|llamada_de_video|video_llamada',
    ],
    unless: [
      'grupo|clase|equipo|servidor|server|proyecto|trabajo|deberes|tarea|partida|clan|examen|profe|reunion|entrenamiento|todos|chicos|chicas',
    ],
    examples: {
      match: ['hablemos por telegram mejor, es mas privado', 'aqui no puedo hablar bien', 'mejor seguimos por wasap', 'escribeme al privado', 'hacemos videollamada?', 'aca nos vigilan, pasate a discord', 'pasemos a snap'],
      ignore: ['hacemos videollamada para el trabajo de historia?', 'hablamos por whatsapp con el grupo de clase', 'ayer hablamos por telefono', 'el chat del juego es aburrido'],
    },
  },
] satisfies PatternEntry[];
