import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'tienes|tenes|tiene hasta ..1 esta|las|la|manana|hoy|medianoche|el|#',
      'en # minutos|min|mins|horas|hora|hrs|segundos',
      'tienes|tenes|tiene|te_doy|le_doy|te_quedan|le_quedan|quedan|tenes_solo|tienes_solo ..2 # ..1 minutos|minuto|min|mins|horas|hora|hrs|hr|hs|h|dias|segundos|seg|m',
      'tienes|tenes|tiene|te_doy|le_doy|te_quedan|quedan 1h*|2h*|3h*|5h*|6h*|12h*|24h*|48h*|72h*|5min*|10min*|15min*|20min*|30min*|1dia|2dias|3dias',
      'apurate|apurale|apurese|date_prisa|rapidito|rapidin',
      'no tengo todo el dia',
      'tic tac|toc',
      'tictac|tiktak',
      'antes de|del ..1 las|la|que #',
      'antes de|que ..1 medianoche|acabe_el_dia|termine_el_dia|amanezca',
      'el tiempo ..1 corre|se_acaba|se_agota',
      'se te|le acaba|agota|termina|esta_acabando|esta_agotando ..1 el tiempo|plazo',
      'plazo|maximo ..2 # ..1 horas|hora|hrs|hr|h|dias|dia|minutos|min|mins',
    ],
    unless: ['examen|deberes|tarea|entrega|trabajo|clase|peli|pelicula|partido|tren|bus|autobus|vuelo|tienda|cierra|abre|pizza|horno'],
    examples: {
      match: ['tienes 2 horas', 'tic tac ⏰ tienes 30 min', 'te doy 24 horas', 'antes de las 10', 'el tiempo corre', 'se te acaba el tiempo', 'en un plazo de 48 horas', 'maximo 2 horas'],
      ignore: ['tienes 2 horas de examen', 'tengo 5 minutos', 'el bus sale antes de las 10'],
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
      'ya|you sabes ..1 lo que ..1 pasa|pasara|te_pasa|te_pasara|va_a_pasar ..1 si ..1 no',
      'me lo ..1 debes|prometiste',
      'mas te|le vale',
      'no ..1 te|se lo ..1 repito|vuelvo_a_repetir|voy_a_repetir|digo_mas|vuelvo_a_decir',
      'te|le doy ..1 hasta|de_plazo ..2 manana|hoy|el|las|la|medianoche|#|esta|noche|mediodia',
      'no me ignores|ignore|ignoreis|dejes_en_visto|dejes_en_leido|dejes_en_visto_otra_vez',
      'si no|sino ..2 ya|you ..1 sabes|sabe ..1 lo que ..1 pasa|pasara|va_a_pasar|te_pasa|te_pasara|te_espera|hay|toca',
      'tu|vos|usted sabras|sabra|veras|vera ..1 lo que haces|hace|hagas|haga',
    ],
    unless: ['jaja*|haha*|jsjs*|jeje*|jsjs|xd|lol|partida|peli|juego|examen|tarea|deberes|fiesta|cena'],
    examples: {
      match: ['ultima oportunidad', 'hazlo ya o te bloqueo', 'no estoy jugando', 'va en serio', 'haz lo que te digo', 'te vas a arrepentir', 'me lo debes', 'si no haces lo que te digo las publico', 'te doy hasta esta noche', 'no me ignores', 'ya sabes lo que pasa si no', 'pues si no, ya sabes lo que va a pasar', 'vos sabras lo que haces'],
      ignore: ['ultima oportunidad eh jaja', 'hablo en serio, la peli es buenisima', 'no es broma, el examen es mañana', 'si no te gusta ya sabes lo que hay jaja', 'tu sabras lo que haces con la peli'],
    },
  },
  {
    id: 'ruin-your-life',
    weight: 2,
    phrases: [
      'arruinar*|arruino|arruinare|destrozar*|destrozo|destruir*|destruyo|destruire|joder*|jodo|cagar* ..2 tu|la|su vida|reputacion|futuro',
      'te|le voy ..1 a ..1 arruinar|destrozar|destruir|joder|cagar ..1 la|tu vida|reputacion',
    ],
    examples: {
      match: ['voy a arruinar tu vida', 'te voy a arruinar la vida', 'destruyo tu reputacion'],
      ignore: ['te voy a destrozar en el clash', 'la vida es bella'],
    },
  },
] satisfies PatternEntry[];
