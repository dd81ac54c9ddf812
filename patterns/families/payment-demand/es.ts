import type { PatternEntry } from '../../schema';

/** Round 18: news, reports and fiction that quote a threat. */
const NEWS_R18 = 'la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista';

export default [
  {
    id: 'pay-amount',
    phrases: [
      'recarga|recargame|recargas|recargues|carga|cargame|cargas|cargues ..3 # ..2 robux|vbucks|v_bucks|diamantes|pavos|gemas|saldo|@payment|@currency ..4 mi|en_mi|a_mi|a_esta|a_este|mi_cuenta|mi_id',
      'deposita|depositame|depositas|depositar|consigna|consigname|transfiere|transfiereme|transferi|manda|envia|paga|haz ..3 al|a_la|en_el|en_la ..1 numero_de_cuenta|cuenta|cbu|cvu|clabe|alias|wallet|billetera|iban|numero',
      'transferi|transferinos ..4 # ..1 @currency|@money|@payment|en|por|via|de|al_alias|al_cbu|al_cvu',
      'transferi|transferinos ..4 al|a_la|a_mi|a_este|a_esta ..1 alias|cbu|cvu|cuenta|numero',
      'realizar|realice|realiza|hacer|haga|hagas|haces|me_haces|efectuar|efectue ..2 el|un|una ..1 pago|deposito|transferencia|ingreso|bizum',
      'quiero|necesito|exijo el|mi|la @money|pago|transferencia|bizum ..2 hoy|ya|you|ahora|manana|antes',
      'quiero|exijo|necesito ..2 @payment|tarjeta_de_regalo|tarjetas_de_regalo',
      'pagame|paga|pagas|pagues|deposita|depositas|me_pagas ..3 borro|elimino|borrare|eliminare|desaparece|no_pasa_nada|te_dejo',
      'des|das|pagas|mandas|pasas ..2 # ..2 y ..1 no_pasa_nada|borro|elimino|todo_olvidado|te_dejo_en_paz|te_dejo_tranquila|te_dejo_tranquilo',
      'cuanto puedes|podes|vas_a pagar|pagarme|darme|mandarme',
      'transferime|transferile|depositale|pagale|paga|pagame|pagas|pague|pagues|paguen|pagar|pagarme|deposita|depositame|depositas|deposites|depositar|transfiere|transfiereme|transfieres|transfieras|transferir|manda|mandame|mandas|mandes|envia|enviame|envias|envies|pasame|dame|des|darme|me_das|me_des|hazme|haz|realiza|realice|haga ..4 # ..1 @currency|@money|@payment|en|por|via|de',
      'paga|pagame|pagas|pague|pagues|pagar|pagarme|deposita|depositame|depositas|deposites|depositar|transfiere|transfiereme|transfieras|transferir|manda|mandame|mandas|mandes|envia|enviame|envias|envies|pasame|dame|des|darme|hazme|haz|realiza|realice|haga ..4 @currency|@money|@payment',
      'quiero|exijo|necesito|pido|son|cuesta ..2 # ..1 @currency|@money|@payment|en',
      'me vas|va ..1 a ..1 pagar|dar|depositar|transferir|mandar ..3 @currency|@money|@payment|#',
      'compra|compras|comprame|comprar|compre ..3 tarjeta*|gift*|@payment|codigo*|recarga*',
      'mandame|pasame|dame|enviame|manda|pasa|envia|dime ..2 el|los|un|una ..1 codigo*|numero*|pin ..3 tarjeta*|gift*|regalo|steam|google|amazon|itunes|apple|psn|xbox|paysafe*|de_la_tarjeta',
      'deposita|depositame|depositas|consigna|consigname|consignale|transfiere|transfiereme|transfieres|manda|envia|paga|haz ..3 esta|este|mi ..1 cuenta|numero_de_cuenta|cbu|clabe|alias|wallet|billetera|iban|direccion',
      'paga|pagame|pagas|pague|pagues|deposita|depositame|transfiere|transfiereme|yapeame|yapea|plineame|bizumeame #',
      'yapeame|yapea|yapeas|plineame|bizumeame|transferime|consigname|consignale|hazme_un_bizum|mandame_un_bizum|haceme_una_transferencia|hazme_una_transferencia|haceme_un_deposito|hazme_un_deposito|hazme_un_pago',
      'cuanto tienes ..2 @money|ahorrado|en_la_cuenta|en_el_banco',
      'cuanto|cuanta ..1 @money|@currency|saldo ..1 tienes|tenes|puedes|podes',
      'transferencia*|deposito*|bizum|pago ..2 de ..1 #',
      'a_menos_que|a_menos_q|a_no_ser_que|a_no_ser_q|salvo_que|salvo_q|excepto_que|excepto_q ..2 me|nos ..1 pases|pasen|des|den|mandes|manden|envies|envien|pagues|paguen|deposites|transfieras|hagas|compres|yapees ..4 #|@currency|@money|@payment',
      'me|nos ..1 pases|pasas|mandes|mandas|envies|envias|des|das|deposites|depositas|transfieras|transfieres ..2 # ..2 en|por ..2 @payment|tarjeta*|@money',
      '@payment|tarjeta*|recarga*|paysafe* ..6 me ..1 mandas|pasas|envias|das|dices|escribes|mandes|pases|envies|des|digas ..2 el|los|un|tu|su ..1 codigo*|pin|pines|numero*|numeros',
      'mandame|pasame|enviame|manda|envia|dame ..2 foto|captura|pantallazo|fotos ..2 del|de_la|de_los|de_las ..1 codigo*|pin|pines|@payment',
      'ingresa|ingresame|ingresas|ingreses|ingresar|ingresarme ..4 #|@currency|@money|esta_cuenta|mi_cuenta|este_iban|esta_tarjeta',
      'quiero|exijo|necesito ..1 el|mi|tu|ese ..1 @money|pago|ingreso ..2 en|por|via ..1 @payment',
    ],
    unless: [
      // r28
      'se_paga|se_pagan|se_puede_pagar|se_abona|se_abonan', 'billete_de_tren|billete_del_tren|billetes_de_tren|billetes_del_tren|billete_de_avion|billete_del_avion|billete_de_bus|billete_del_bus|billete_de_autobus|billete_del_autobus|billete_de_metro|billete_del_ave|billete_de_ida|billete_de_vuelta|foto_del_billete|foto_de_los_billetes|billete_del_concierto|billete_de_loteria|billete_de_la_loteria', 'venta_de_pasteles|venta_de_tortas|venta_de_reposteria|pasteles|tortas|bizcochos|mercadillo|recaudar|recaudamos|recaudacion|cierro_cuentas|cerrar_cuentas|la_caja|cuenta_del_viaje|viaje_de_egresados|viaje_de_estudios|egresados|fin_de_curso|benefica|benefico|solidaria|solidario|amigo_invisible|intercambio_de_regalos', 'la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'apuesta|apuestas|apostamos|aposte|apostaste|revancha|porra|moroso|morosa|mas_envio|mas_gastos|envio_incluido|con_envio|por_correos|vinted|wallapop|te_la_reservo|te_lo_reservo|te_la_envio|te_lo_envio|te_los_envio|te_las_envio|te_la_dejo|te_lo_dejo|te_los_dejo|te_las_dejo|gastos_de_envio|para_el_regalo|para_un_regalo|del_regalo|me_debes|te_debo|te_lo_devuelvo|te_los_devuelvo|te_las_devuelvo|se_lo_devuelvo|te_devuelvo_el|te_devuelvo_los|te_devuelvo_la|devuelvo_manana|devuelvo_luego|devuelvo_el_lunes|devolver|prestas|presto|cine|entrada*|lo_del|la_mitad|la_parte|mi_parte|tu_parte|cena|comida|regalo_de_cumple|regalo_para|bote|cumple|excursion|camiseta*|uniforme|bus|pizza|te_hago_transferencia|te_hago_la_transferencia|te_hago_un_bizum|te_hago_el_bizum|te_hago_bizum|te_transfiero|te_deposito|te_pago|te_lo_pago|yo_te_pago|te_ingreso|envios|stock|talles|catalogo|hacemos_envios|te_llega_en|tiempo_real|en_tiempo_real|cooperadora|cuota|colecta|vaquita|la_vaca|rifa|expensas|skin|skins|durisimo|esta_caro|esta_cara|que_caro|que_cara|re_caro|carisimo|carisima|precio|en_la_tienda|en_oferta|rebaja*|las_zapas|las_zapatillas|por_correo|el_paquete|cada_familia|cada_uno_paga|su_parte|la_senal|el_dueno|el_casero|la_casa_rural|asi_trabajo|asi_trabajo_siempre'],
    examples: {
      match: ['recarga 1000 robux en mi cuenta o tu video sale en tiktok', 'deposita al numero de cuenta que te voy a pasar y no le digas a nadie', 'Transferí 20 lucas al alias que te pasé y quedamos a mano', 'si no me pagas 300 euros', 'paga por bizum', 'manda 200 dolares por paypal', 'a menos que me des 100 euros en tarjetas de google play', 'deposita 2000 pesos en oxxo', 'compra una tarjeta steam de 100 y mandame el codigo', 'si no realiza una transferencia de 500 dolares', 'quiero 500 euros', 'a menos q me pases 50 en una tarjeta de google play', 'a no ser que me mandes 100 dolares por paypal', 'salvo que me des el dinero hoy', 'solo si me pasas 30 por paysafecard', 'en paysafecard, me mandas el codigo', 'compra una tarjeta de google play y mandame foto del codigo', 'ingresame 200 euros en esta cuenta', 'quiero el dinero en bitcoin', 'Envíame 0.005 BTC o una tarjeta regalo de Amazon de 100€ y te la devuelvo.'],
      ignore: ['mandadme cuantas copias quereis, se paga por bizum a la catequista', 'mandame una foto del billete del tren que no me fio', 'faltan 3 que paguen los 5€ de la venta de pasteles, hacedme bizum hoy porfa que mañana cierro cuentas', 'la plata la juntamos en la caja y despues se transfiere a la cuenta del viaje', 'primero me mandas el dinero por mercado pago y despues te envio las zapas por correo, asi trabajo siempre', 'cada familia paga su parte por bizum antes del 15, q el dueño pide la señal', 'son 15€ mas envio', 'son 12 euros mas envio, te la reservo hasta las 8', 'esta durisimo el skin, cuesta 1800 pavos', 'Transferí 20 lucas al alias de la cooperadora', 'mandame la ubicacion en tiempo real', 'te hago transferencia de 80 y paso a buscarla mañana', 'Envíos a todo el país, pagás por Mercado Pago y te llega en 48 hs', 'oye me debes 20 euros del cine', 'pasame los 5 euros del bote', 'me das 2 euros para el bus?', 'te paso el dinero de la pizza', 'a menos que me pases los apuntes no apruebo', 'no voy a menos que me des permiso', 'cuando me pases los 5 euros del cine avisa', 'pasame 10 euros y te los devuelvo mañana', 'mandame foto del ticket del cine', 'te ingreso 20 euros mañana', 'pasame 5 euros por bizum para el regalo de la profe', 'eres un manco, pagame los 5 euros de la apuesta'],
    },
  },
  {
    id: 'pay-or-else',
    phrases: [
      'paga|pagame|pagas|pagues|pague|deposita|depositame|transfiere|transfiereme ..2 you|ya|ahora|ahorita|hoy|rapido|inmediatamente|o|sino|si_no|antes',
      'si no ..2 pagas|pagan|pagues|depositas|depositan|transfieres|me_pagas|me_mandas_el_dinero',
      'el precio ..2 es|son|de_mi_silencio ..1 #',
      'si no ..2 me ..1 pasas|mandas|envias|depositas|transfieres|yapeas|das|haces ..4 #|@money|@payment|@currency',
      'si ..2 no ..3 veo|recibo|tengo|llega|me_llega|aparece|entra ..2 el|la|los|las|mi|mis|tu|ese|esa ..1 @payment|@money|pago|ingreso|codigo|codigos',
      'debera|deberas|debe|debes|tendra_que|tendras_que|tienes_que|tiene_que ..1 abonar|pagar|depositar|transferir|ingresar|enviar|mandar ..3 #|@currency|@money|@payment',
    ],
    unless: ['si_paga|si_pagano|segreteria|bonifico|bonifici|contanti|iscrizione|iscrizioni|rata|rate|tassa|tasse|retta|gita|no_entran|no_entra|no_entras|no_viajan|no_viaja|no_viajas|no_juegan|no_juega|no_juegas|se_pierde_el_lugar|pierden_el_lugar|pierdes_el_lugar|quedan_fuera|quedas_fuera|quedan_afuera|quedas_afuera|torta|tarta|vaquita|colecta|fiesta_sorpresa', 'la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|la_policia_alerta|la_guardia_civil|los_mossos|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'apuesta|apuestas|apostamos|aposte|apostaste|revancha|porra|moroso|morosa|les_decia|le_decia|les_decian|les_dijo|le_dijo|documental|reportaje|noticia|noticias|tu_parte|mi_parte|la_parte|la_cuenta|la_mitad|me_debes|te_debo|cine|entrada*|multa|factura|luz|alquiler|la_cena|la_comida|cena|comida|matricula|cuota|inscripcion|excursion|libro*|uniforme|bote|regalo|cumple|pizza|pedido|envio|wallapop|vinted|compra|tienda'],
    examples: {
      match: ['pagas ya o lo ve todo tu curso', 'si no me pasas 2000 pesos por oxxo lo subo', 'si no veo el bizum tu madre va a recibir un regalito', 'si mañana no tengo la transferencia ya sabes', 'debera abonar 500 euros en bitcoin', 'paga ya', 'pagame hoy o ya sabes', 'si no pagas, ya sabes lo que pasa', 'el precio de mi silencio son 200'],
      ignore: ['si paga in segreteria o con bonifico', 'la gita si paga in contanti o con bonifico', 'ya les dije que si no pagan antes del viernes no entran jaja', 'paga tu la cena hoy', 'si no pagas la factura de la luz te la cortan', 'si no veo el bizum de la cena te lo recuerdo', 'debes pagar 20 euros de la excursion', 'el tipo les decia paga o lo publico y muchos pagaban', 'revancha mis cojones, paga o te reporto por moroso 😂'],
    },
  },
  {
    id: 'price-to-make-it-disappear',
    phrases: [
      'por|con|son|x # ..3 [@currency|@money|@payment|tarjeta*|cards|euros|dolares|pavos] ..3 todo|lo|las|los|esto|eso|tus_fotos|el_video ..1 desaparece|desaparecen|se_borra|se_borran|se_elimina|se_eliminan|se_olvida|queda_olvidado|queda_entre_nosotros|se_acaba|se_termina',
      '# ..3 @currency|@money|@payment|tarjeta*|cards|euros|dolares|pavos|bitcoin|btc ..3 y ..1 todo|lo|las|los|esto ..1 desaparece|desaparecen|se_borra|se_borran|borro|elimino|se_olvida|queda_olvidado|se_acaba|termina',
      'pide|pidele|pideles|pedirle|pedirles|coge|cogele|saca|sacale|quitale|roba|robale|usa|usale ..4 @parents|tus_padres|tu_madre|tu_padre|tus_papas|tus_viejos|tu_mama|tu_papa ..4 @payment|tarjeta*|#',
      'pide|pidele|pideles|coge|cogele|saca|sacale|usa ..1 la ..1 tarjeta ..2 de ..1 tu|tus ..1 @parents|madre|padre|mama|papa|padres|papas',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|me_mandaron_este|me_han_escrito_esto|me_ha_escrito_esto|me_escribieron_diciendo|me_escribio_diciendo|capitulo|la_serie|una_serie|esa_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|la_protagonista|el_protagonista', 'minutos|horas|segundos|mancha|lejia|jabon|goma|tipex|agua|excursion|viaje|cumple|regalo_de|comida|cena|pizza|cine|entrada*|libro*|material|uniforme|matricula|comedor|bus|autobus|metro|taxi|gasolina|super|compra|farmacia|medicina*|jaja*|haha*|jsjs*|jeje*|xd'],
    examples: {
      match: ['150 en tarjetas paysafecard y todo desaparece', 'sure, por 200 en itunes cards todo se borra', 'por 100 euros esto queda entre nosotros', 'pues pide a tus padres una tarjeta de google play de 50', 'coge la tarjeta de tu madre y paga', '300 en bitcoin y lo borro todo'],
      ignore: ['con 5 minutos de lejia la mancha se borra', 'pide a tus padres 20 euros para la excursion', 'por 2 euros la goma y lo borras todo', 'coge la tarjeta de tu madre para la compra del super'],
    },
  },
  {
    id: 'pay-and-i-forget-r9',
    phrases: [
      'si ..1 me ..1 transferis|transfieres|pasas|mandas|depositas|das|yapeas|bizumeas|haces|pagas|envias ..4 # ..4 me_olvido|las_borro|lo_borro|los_borro|borro|se_borra|se_borran|nadie_se_entera|nadie_se_va_a_enterar|no_paso_nada|todo_olvidado|desaparecen|desaparece|quedamos_a_mano',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'me_debes|te_debo|me_prestaste|te_preste|la_deuda|deuda|apuntes|multa|cine|entrada*|pizza|cena|excursion|regalo'],
    examples: {
      match: ['si me transferis 30 lucas me olvido de que existen jaja', 'si me pasas 200 por nequi las borro', 'si me depositas 1000 pesos nadie se entera'],
      ignore: ['si me pasas los 20 que me debes me olvido de la deuda', 'si me pagas 5 de la pizza quedamos a mano'],
    },
  },
  {
    id: 'broken-you-pay-now-r9',
    phrases: [
      'tu|usted|vos ..1 pagar|paga|pagas|enviar|mandar|depositar|transferir ..3 ahora|ya|hoy|rapido|#|@currency|@money|@payment',
      '# ..1 y ..1 lo|las|los|todo|te_lo|te_las ..1 borro|elimino|borrare|eliminare|desaparece|desaparecen|olvido',
    ],
    unless: ['la_noticia|las_noticias|una_noticia|esta_noticia|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denuncio|lo_denunciaron|denuncialo|denunciarlo|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_llego_un_correo|me_escribieron_esto|me_escribio_esto|me_mandaron_esto|me_mando_esto|capitulo|la_serie|una_serie|la_peli|la_pelicula|una_peli|el_malo|la_mala|el_protagonista|la_protagonista', 'me_debes|te_debo|la_cuenta|la_cena|pizza|cine|entrada*|excursion|regalo|cumple|factura|multa|tienda|envio|jaja*|haha*|minutos|segundos|mensajes|fotos_del|apuntes|archivo*|pdf|mb|gb|megas|gigas|canciones'],
    examples: {
      match: ['Tu pagar ahora, no policia o yo publico en youtube', 'ya sabes lo que hay. 150 y lo borro, ultima oferta', 'usted pagar 500 dolares'],
      ignore: ['tu pagas la pizza hoy jaja', 'tengo 300 fotos del viaje, elijo 20 y las demas las borro', 'me quedan 5 minutos y lo borro'],
    },
  },
  {
    id: 'gift-card-codes-here-r11',
    phrases: [
      '# ..1 tarjetas|tarjeta|cards|gift_cards|giftcards ..2 google*|steam|amazon|itunes|apple|psn|xbox|paysafe*|razer|roblox|netflix|spotify ..4 codigo*|pin|pines|por_aqui|por_aca|aqui|aca|hoy|ya|you|ahora',
      'los|el ..1 codigo*|pin|pines ..1 por_aqui|por_aca|por_aca|por_este_chat|por_dm|por_privado|aqui|aca ..2 hoy|ya|you|ahora|rapido',
    ],
    unless: ['regalo_para|para_el_cumple|para_su_cumple|para_mi_hermano|para_mi_primo|compre|me_regalaron|te_regalo|sorteo|canjear|canjea|canjeaste|promo|oferta|descuento|canje*'],
    examples: {
      match: ['3 tarjetas de google play de 50. los codigos por aqui. hoy.', '2 tarjetas steam de 20, los codigos ya'],
      ignore: ['2 tarjetas de steam de 20, los codigos ya los canjee', 'compre 2 tarjetas de steam de 20 para el cumple de juan', 'me regalaron 1 tarjeta de amazon, como la canjeo'],
    },
  },
  {
    id: 'broken-how-much-you-have-r11',
    phrases: [
      'cuanto ..1 tu|usted|vos ..1 tener|tienes|tenes|poder|puedes|podes|pagar ..1 [pagar|dinero|plata|dar]',
      'si ..1 no|tu_no|usted_no ..1 pagar|mandar|enviar|depositar|transferir ..3 hoy|ya|ahora|rapido|#|@money|@currency|@payment',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|sextorsion|no_pagues|me_llego_esto|me_dijo|me_dijeron', 'cumple|regalo|cine|pizza|cena|entrada*|examen|clase|cuota|tarea'],
    examples: {
      match: ['Cuanto tu tener? 200 ok', 'Si no pagar hoy tu vida terminado'],
      ignore: ['cuanto tenes para la pizza'],
    },
  },
  {
    id: 'pay-the-fine-r11',
    phrases: [
      'pague|pagar|abone|abonar|debe_abonar|debera_abonar|debe_pagar|debera_pagar|tiene_que_pagar|tienes_que_pagar ..3 multa|sancion|fianza|tasa|penalizacion ..6 cerrar|archivar|evitar|retirar|anular|cancelar|detener|no_ser ..3 expediente|denuncia|causa|proceso|procedimiento|detencion|arresto|detenido|arrestado|investigacion',
    ],
    unless: ['la_noticia|noticiero|reportaje|documental|charla|es_estafa|una_estafa|son_estafas|estafa|estafadores|supuesta|supuesto|no_paguen|no_pagues|nunca_pagues|no_pagar|me_llego|le_llego|les_llego|cuidado|ojo|alerta|bulo|falso|falsa|phishing|me_escribio|me_escribieron', 'trafico|transito|aparcamiento|estacionamiento|parking|coche|auto|moto|radar|velocidad|biblioteca|hacienda|impuesto*|ayuntamiento|multa_de_la_biblioteca'],
    examples: {
      match: ['Pague la multa de 500 pesos en OXXO para cerrar el expediente', 'tiene 24h para pagar la sancion o sera detenido y no podra evitar la detencion'],
      ignore: ['mi viejo tiene que pagar la multa de transito para cerrar el expediente', 'me llego un mail que decia pague la multa para archivar la denuncia, es estafa'],
    },
  },
  {
    id: 'if-we-dont-receive-crypto-r12',
    phrases: [
      'si no ..1 recibimos|recibo|recibe|llega|me_llega|nos_llega|veo ..3 # ..1 btc|bitcoin|bitcoins|usdt|eth|ethereum|@currency|@money|dolares|euros',
      'si no ..1 recibimos|recibo|me_llega|nos_llega ..2 el ..1 pago|deposito|dinero|transferencia|bitcoin ..4 hoy|antes|en_las|en_#|manana|ya',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lo_denunciaron|segun_la_policia|alerta|no_pagues|nunca_pagues|no_paguemos|me_llego_esto|me_llego_este|me_llego_un_mensaje|me_escribieron_diciendo|me_escribio_diciendo|si_alguien|la_serie|la_peli|la_pelicula', 'pedido|reembolso|paquete|beca|sueldo|nomina|aguinaldo|mesada|paga|mama|papa|banco|tienda|envio'],
    examples: {
      match: ['Si no recibimos 0.02 BTC en la direccion indicada, el material sera enviado', 'si no me llega el deposito antes de las 8 ya sabes'],
      ignore: ['si no recibo el pedido hoy pido reembolso', 'si no me llega el dinero de la beca antes del lunes no voy'],
    },
  },
  {
    id: 'amount-or-i-send-r13',
    phrases: [
      '# ..2 @currency|mil|lucas|pesos|soles|euros|dolares ..4 y ..1 no ..1 lo|la|los|las ..1 subo|publico|mando|paso|enseno|difundo|filtro',
      '# ..2 @currency|mil|lucas|pesos|soles|euros|dolares ..1 o ..2 se_los|se_las|se_lo|se_la|lo|la|los|las ..1 mando|paso|envio|subo|publico|reenvio|enseno',
    ],
    unless: ['jaja*|jeje*|xd|apuesta|entradas|cena|pizza|regalo|cumple|alquiler|luz|wifi|factura'],
    examples: {
      match: ['50 lucas por mercado pago y no los subo', 'listo, ya entre a tu whatsapp. 100 mil pesos o se los mando a tu papa'],
      ignore: ['20 euros y no lo subo al grupo, la foto del cumple jaja'],
    },
  },
  {
    id: 'pay-fine-official-r14',
    phrases: [
      'abone|abonar|abona|abonen|ingrese|ingresar|satisfaga|pague|pagar ..2 una|la|el|su ..1 multa|sancion|fianza|penalizacion|tasa_de|importe_de ..6 @payment|tarjetas|tarjeta|cupones|cupon|codigos',
      'multa|sancion|fianza|penalizacion ..6 en|con|mediante ..1 tarjetas|tarjeta|cupones|codigos|vales ..1 paysafe*|paysafecard|psc|neosurf|google_play|steam|itunes|amazon|regalo|prepago',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'trafico|aparcar|aparcamiento|parking|radar|velocidad|dgt|zona_azul|biblioteca|hacienda|ayuntamiento|ya_la_pague|pague_la|pagamos_la|nos_pusieron|me_pusieron|le_pusieron|estafa|timo|la_policia_nunca|la_policia_no|nunca_pide'],
    examples: {
      match: ['Para archivar el expediente abone una sanción de 300€ en tarjetas Paysafecard en las próximas 24 horas', 'debe pagar una multa de 500 euros en bitcoin', 'la multa se paga con tarjetas google play'],
      ignore: ['me pusieron una multa de 200 euros por aparcar mal', 'la policia nunca pide pagar una multa con tarjetas google play, es estafa'],
    },
  },
  {
    id: 'got-the-money-or-else-r14',
    phrases: [
      'juntaste|conseguiste|tienes|tenes|reuniste|juntas|consigues ..2 la|el|mi|los ..1 plata|lana|pasta|dinero|feria|guita|pago|varo|billete|money ..6 no_hay_vuelta_atras|o_si_no|si_no|sino|se_enteran|todos_se_enteran|ya_sabes|o_ya_sabes|te_quedan',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'viaje|excursion|entradas|regalo|cumple|concierto|cine|pizza|cena|bote|colecta|jaja*|jsjs*|xd|lol|te_presto|presto|prestar|prestamo|te_lo_presto'],
    examples: {
      match: ['ya juntaste la plata? te quedan 2 horas, despues no hay vuelta atras', 'tienes el dinero? si no ya sabes', 'conseguiste la lana o ya sabes'],
      ignore: ['ya juntaste la plata del viaje? te quedan 2 dias', 'tienes el dinero para las entradas? si no te presto', 'ya juntaste la plata? si no te presto yo'],
    },
  },
  {
    id: 'top-up-or-you-know-r14',
    phrases: [
      'recarga|recargame|recargues|yapeame|yapea|plineame|nequiame ..4 # ..2 soles|@currency|@money|@payment ..6 o ..1 ya_sabes|si_no|sino|o_si_no|te_arrepientes',
      'me ..1 hagas|mandes|pases|deposites|transfieras ..1 una|un ..1 recarga|deposito|transferencia|yape|bizum|plin ..6 o|si_no|sino ..1 ya_sabes|te_arrepientes|publico|subo|mando',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|xd|lol|te_la_devuelvo|te_lo_devuelvo|te_devuelvo|prestame|prestas|me_prestas|fiado|mama|papa'],
    examples: {
      match: ['necesito que me hagas una recarga de 50 soles por yape o ya sabes lo que pasa', 'yapeame 100 soles o si no ya sabes'],
      ignore: ['me prestas? necesito que me hagas una recarga de 10 soles, te la devuelvo mañana'],
    },
  },
  {
    id: 'pay-and-i-delete-r15',
    phrases: [
      '@payment|@currency|dolares|usd|euros|tarjeta*|gift_card* ..4 y ..1 la_borro|lo_borro|las_borro|los_borro|queda_borrado|queda_borrada|quedan_borradas|borro_todo|se_borra|se_borran|lo_elimino|la_elimino|las_elimino',
      'o|sino|si_no ..1 me_depositas|depositame|me_transfieres|me_yapeas|yapeame|me_haces_un_bizum|me_pagas',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'jaja*|jsjs*|xd|lol|de_la_lista|lista_de|carrito|pedido|tienda|compra|carro|entrada|entradas|concierto|cine|cena|pizza|ronda|birras|cervezas|vendo|alquiler|cuota|mitad|tu_parte'],
    examples: {
      match: ['100 dolares en binance y la borro', 'consigueme 2 tarjetas google play de 500 y queda borrado', 'ahorita le mando tus packs a tu jefa, o me depositas'],
      ignore: ['dame 5 pavos y la borro jaja', '100 dolares en la tienda y la borro de la lista de deseos', 'o me depositas o no voy al cine contigo jaja', 'o me pagas la entrada del concierto o vendo tu entrada', 'o me pagas tu parte de la cena o no te invito mas'],
    },
  },
  {
    id: 'pay-the-fine-r15',
    phrases: [
      'abone|abonar|pague|pagar|transfiera|deposite|cancele|cancelar ..3 la|una|el ..1 multa|sancion|fianza|penalizacion ..4 #|@currency|euros|dolares|pesos',
      'para_evitar ..2 la_denuncia|denuncia|el_proceso|la_detencion|su_detencion|la_difusion|su_difusion|que_se_publique|la_publicacion|el_arresto|su_arresto ..6 abone|pague|transfiera|deposite|pagar|abonar|transferir|depositar',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'nunca|jamas|falso|falsa|estafa|ojo|cuidado|trafico|dgt|multa_de_trafico|aparcar|biblioteca|libro|libros|hacienda|ayuntamiento'],
    examples: {
      match: ['Para evitar la denuncia abone la multa de 500 euros', 'debe pagar una sancion de 300 dolares en 24 horas'],
      ignore: ['la policia nunca te pide pagar una multa para evitar la denuncia, es estafa', 'tienes que pagar la multa de la biblioteca, 2 euros'],
    },
  },
  {
    id: 'pay-us-to-remove-r15',
    phrases: [
      'borrar|eliminar|quitar|bajar|recuperar|borramos|eliminamos|quitamos ..3 tus|el|la|los|las|su|sus ..1 fotos|videos|video|contenido|material|imagenes ..6 por|cuesta|pago|cobro|cobramos|tarifa|honorarios ..2 #|@currency|dolares|euros|usd|@payment',
      'pago_inicial|anticipo|adelanto|pago_por_adelantado ..3 de ..1 #|@currency|dolares|euros|usd ..6 borrar|eliminar|quitar|recuperar|rastrear|hackear',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|estafador*|delincuente*|extorsionador*|sextorsion|victima*|lei_que|lei_en|segun_la_policia|alerta|no_pagues|nunca_pagues|me_llego_esto|me_llego_un_mensaje|me_llego_un_correo|me_llego_un_mail|me_escribieron_diciendo|la_serie|la_peli|la_pelicula', 'nunca|jamas|falso|falsa|ojo|cuidado|gratis|gratuito|gratuita|no_cobran|no_cobra|policia_te_ayuda|linea_de_ayuda|take_it_down'],
    examples: {
      match: ['somos una agencia de recuperacion, podemos borrar tus fotos de internet por 200 dolares', 'te ayudamos a eliminar el video, solo necesitamos un pago inicial de 100 dolares para rastrear'],
      ignore: ['ojo, los que dicen que borran tus fotos por 200 dolares son estafa, la linea de ayuda es gratis'],
    },
  },
  {
    id: 'formal-deposit-crypto-r16',
    phrases: [
      'deposite|transfiera|abone|ingrese|envie ..3 # ..2 usd|dolares|euros|eur|bitcoin|btc|usdt|@currency ..3 en|por|a|via ..1 @payment|bitcoin|btc|usdt|binance|la_cuenta|la_direccion|la_billetera|la_wallet',
      'tarjeta*_google*|tarjeta*_steam|tarjeta*_de_steam|tarjeta*_amazon|@payment ..2 # ..1 dolar|dolares|usd|euros|@currency ..2 ahora|ya|rapido|hoy',
    ],
    unless: ['club|cuota|matricula|inscripcion|colegio|cole|excursion|asociacion|comunidad|alquiler|factura|recibo|la_noticia|reportaje|sextorsion|estafa|estafador*|me_llego|cuidado|ojo|no_pagues|nunca|timo|tienda|oferta|catalogo|precio|regalo_de_cumple|cumple'],
    examples: {
      match: ['Deposite 80 USD en Binance o las publicamos en tus historias', 'entonces tarjeta google play 50 dolar ahora. rapido rapido o yo publicar', 'transfiera 500 dolares en bitcoin a la direccion indicada'],
      ignore: ['deposite 20 euros en la cuenta del club para la cuota', 'me llego un correo que decia deposite 80 USD en Binance, es estafa no?', 'la tarjeta de steam de 20 euros esta en oferta hoy'],
    },
  },
  {
    id: 'fee-to-delete-your-pics-r18',
    phrases: [
      'borr*|elimin*|quit*|retir*|desaparec*|baj* ..4 tus|sus ..1 fotos|videos|imagenes|material|contenido|archivos ..6 ..6 anticipo|adelanto|tasa|pago|abono|honorarios|deposito|cuota|comision',
      'eliminar|borrar|quitar|retirar|bajar|desaparecer ..2 tus|sus ..1 fotos|videos|imagenes|material|contenido|archivos ..6 ..6 costo|precio|servicio|honorarios|tarifa|por_adelantado|adelantado|anticipo ..4 #|@currency|@payment',
      'borrarlo*|borrarla*|eliminarlo*|eliminarla*|retirarlo*|retirarla*|quitarlo*|quitarla*|bajarlo*|bajarla* ..4 definitiv*|para_siempre|de_internet|de_la_red|de_todos|de_los_servidores|de_forma ..6 previo|anticipo|adelanto|tasa|pago|abono|honorarios|cuota|comision ..4 #|@currency|@payment',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|articulo|periodico|telediario|charla|lei_que|lei_en|segun_la_policia|la_policia_dice|alerta|no_pagues|nunca_pagues|me_llego_esto|me_escribieron_esto|me_mandaron_esto|la_serie|la_peli|la_pelicula', 'la_mancha|el_tatuaje|los_pelos|el_vello|depilacion|laser|la_multa|del_pedido|el_pedido|la_suscripcion|el_anuncio|anuncio|la_cuenta_de_netflix|el_perfil_de_wallapop'],
    examples: {
      match: ['borramos tus fotos de los servidores del extorsionador en 48h. Solo pedimos anticipo de 80 dolares por Binance', 'Podemos eliminarlo de forma definitiva previo pago de una tasa administrativa de 150 USD en tarjetas Google Play', 'retiramos tus videos de todas las webs, la comision es de 100 euros por adelantado', 'te ayudamos a eliminar tus videos filtrados, costo del servicio 100 dolares por adelantado'],
      ignore: ['borramos las fotos del viaje que salian borrosas, el pago del hotel ya esta', 'para quitarla de forma definitiva la mancha hay que pagar 20 euros en la tintoreria', 'podemos eliminarlo del pedido y te devolvemos el pago'],
    },
  },
  {
    id: 'next-installment-or-r18',
    phrases: [
      'paga|pagas|pagues|pagame|me_pagas|me_pagues|manda|mandes|mandame|me_mandas|pasame|pases|me_pasas|deposita|depositame|depositas|yapea|yapeame|transferime|transfiere ..2 la|el|lo ..1 segunda|otra|siguiente|resto|ultima|que_falta ..1 parte|cuota|mitad|entrega|pago|transferencia',
      'solo|solamente|nomas ..1 fue|era ..1 la|el ..1 primera|primer ..1 cuota|parte|pago|entrega|deposito|transferencia',
      'fue|era ..1 solo|solamente|nomas ..1 la|el ..1 primera|primer ..1 cuota|parte|pago|entrega|deposito|transferencia',
      'paga|pagas|pagues|pagame|me_pagas|me_pagues|manda|mandes|mandame|me_mandas|pasame|pases|me_pasas|deposita|depositame|depositas|yapea|yapeame|transferime|transfiere ..1 el|lo ..1 resto|que_falta ..3 o|si_no|sino|ya_sabes',
      'lo|la|los|las|te_lo|te_la|te_los|te_las ..1 voy_a_borrar|borro|borrare|elimino|eliminare|voy_a_eliminar ..4 cuando|si|en_cuanto|apenas ..2 me ..1 mandes|pases|des|deposites|transfieras|pagues|yapees ..3 #|@money|@currency|@payment',
      'mandarme|pasarme|darme|depositarme|transferirme|yapearme|mandes|pases|des|deposites|transfieras|yapees ..3 la|el|los|las ..1 @money|plata|@currency|pago|transferencia|bizum ..4 o|sino|si_no ..3 aca|aqui|aki|en_el_grupo|al_grupo|lo|la|las|los ..2 subo|publico|cuelgo|comparto|posteo|filtro|difundo|mando|paso|envio',
      '# ..2 @currency|dolares|euros|pesos|soles|lucas ..3 en|por ..2 tarjeta*|@payment ..3 o|si_no|sino ..2 tus|tu|las|los ..1 fotos|foto|videos|video|capturas|chats|nudes|pack',
    ],
    unless: [NEWS_R18, 'me_debes|te_debo|me_prestaste|te_preste|la_deuda|deuda|cuota_del|cuota_de_la|matricula|gimnasio|gym|club|el_alquiler|alquiler|la_luz|la_factura|factura|el_prestamo|prestamo|la_moto|el_coche|el_celu_en_cuotas|en_cuotas|el_viaje|viaje|excursion|entradas|entrada|concierto|regalo|cumple|pizza|cena|fiesta|la_vaca|vaquita|colecta|rifa|pedido|envio|sudadera|camiseta|zapatillas|photocard*|pcs|album'],
    examples: {
      match: ['me pagas la segunda parte o la primera no sirvio de nada, el video sigue en mi cel', 'gracias por los 50, pero eso fue solo la primera cuota', 'y lo voy a borrar, cuando me mandes 100 mas', 'Fer tienes 1 hora pa mandarme la plata o aca lo subo', 'ya sabes el trato: 30 dolares en tarjeta de steam o tus fotos terminan en el insta de tu escuela', 'yapeame el resto o ya sabes'],
      ignore: ['me pagas la segunda cuota del gimnasio?', 'solo fue el primer pago del viaje, falta el resto', 'pasame la plata de las entradas o las vendo', 'lo borro cuando me mandes el archivo bueno', '30 dolares en tarjeta de steam o en paypal, como prefieras para el cumple'],
    },
  },
  {
    id: 'lets-talk-business-r18',
    phrases: [
      'ahora|bueno|entonces|asi_que ..4 vamos_a_hablar|hablemos|hablamos|negociemos|vamos_a_negociar ..1 de ..1 negocios|dinero|plata|precio|numeros|lo_que_me_vas_a_pagar|cuanto_vale',
    ],
    unless: [NEWS_R18, 'feria|plan|venta|ventas|vender|rifa|puesto|kermes|emprend*|empresa|proyecto|startup|trabajo|curro|jefe|cliente*|socio*|inversion|emprendimiento|negocio_familiar|tienda|clase|reunion|examen|viaje|fiesta|cumple|jaja*|jsjs*'],
    examples: {
      match: ['hice capturas de toda la videollamada, ahi se te ve todo. Ahora vamos a hablar de negocios', 'bueno, ya las tengo. hablemos de dinero'],
      ignore: ['ahora vamos a hablar de negocios, el plan de la feria', 'ahora vamos a hablar de negocios con el cliente nuevo', 'bueno hablemos de dinero para el viaje de fin de curso'],
    },
  },
  {
    id: 'fake-case-pay-to-close-double-r18',
    phrases: [
      'pague|pagues|paga|abone|cancele|pagar|abonar|liquide ..2 la|una|su ..1 multa|sancion|fianza|tasa|infraccion ..4 archivar*|cerrar|retirar|anular|borrar|eliminar|no_proceder|sobreseer|cerrar_el_caso|quitar_la_denuncia',
      'denuncia|causa|expediente|caso|investigacion ..4 difusion|distribucion|pornografia|material_intimo|contenido_sexual|contenido_intimo|imagenes_intimas ..6 pague|pagar|abone|abonar|multa|sancion|fianza',
      'quiero|necesito|exijo|dame|mandame|pasame|me_das|me_mandas|ahora ..2 el ..1 doble|triple ..3 para|antes|hasta ..2 el|del|de ..1 lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|finde|fin_de_semana|la_noche',
      'no ..1 creas|pienses ..3 con_eso|con_esto ..2 se_acabo|se_acaba|se_termino|se_termina|termino|acabo ..4 quiero|necesito|mas|otro|otros|otra|el_doble',
    ],
    unless: [NEWS_R18, 'recargo|trafico|transito|estacionamiento|dgt|radar|velocidad|parking|hacienda|sat|afip|impuesto*|biblioteca|libro*|la_luz|el_agua|factura|hojas|fotocopias|papas|patatas|pizza|hamburguesa|helado|racion|porcion|entreno|ejercicio*|repeticiones|series|deberes|tarea|puntos|pavos_del|jaja*|jsjs*|serie|capitulo|temporada'],
    examples: {
      match: ['somos la unidad de delitos informaticos, su caso tiene denuncia por difusion, pague la multa para archivarlo', 'no creas que con eso se acabo, quiero el doble para el lunes', 'debe abonar la sancion para cerrar el caso de difusion de contenido intimo'],
      ignore: ['pague la multa de trafico para evitar el recargo', 'quiero el doble de papas para el sabado jaja', 'no creas que con eso se acabo, quiero ver la segunda temporada'],
    },
  },
  {
    id: 'deposit-what-i-told-you-r20',
    phrases: [
      'depositas|depositar|deposites|depositame|deposita|transfieres|transfieras|transferir|pagas|pagues|mandas|mandes ..2 lo_que_te_dije|lo_que_te_pedi|lo_acordado|lo_que_quedamos|lo_que_falta|el_resto|la_otra_mitad|lo_de_siempre',
      'otros|otra|otras|mas ..1 # ..2 por|x|en|via ..1 @payment',
      '# ..1 lukas|lukitas|luquitas|barras|lukas ..2 por|x|en|via ..1 @payment',
    ],
    unless: [NEWS_R18, 'alquiler|luz|agua|wifi|internet|gas|factura|super|compra|entradas|cena|pizza|regalo|cumple|viaje|excursion|torneo|inscripcion|equipo|camiseta|la_vaca|vaca|bote|apuesta|jaja*|jeje*|xd'],
    examples: {
      match: ['si para el lunes no me depositas lo que te dije las subo', 'otros 200 por bizum o el video sale hoy', '50 lukas x nequi o lo ve toda tu family'],
      ignore: ['depositame lo que te dije del alquiler', 'otros 20 por bizum para la cena', 'pasen 10 lukas x nequi para el regalo de la profe'],
    },
  },
  {
    id: 'usted-pay-and-scratch-the-code-r21',
    phrases: [
      'mandeme|envieme|paseme|consigneme|pagueme|transfierame|depositeme|yapeeme|deme ..4 # ..1 @currency|@money|@payment|en|por|via|de',
      'mandeme|envieme|paseme|consigneme|pagueme|transfierame|depositeme|yapeeme|deme ..4 @money|@payment',
      'raspa|raspas|rasca|rascas|raspe|rasque|raspar|rascar|descubre|destapa ..3 el|los ..1 codigo*|pin|numero* ..6 @send|foto|fotos|mandame|pasame|enviame|mandeme|envieme',
    ],
    unless: ['loteria|rasca_y_gana|rascaygana|premio|sorteo|tocado|boleto|cupon|descuento|la_cuenta|mi_parte|su_parte|la_mitad|me_debe|le_debo|factura|recibo|cuota|matricula|pedido|envio|la_luz|alquiler'],
    examples: {
      match: ['mandeme 200 mil por nequi parcero o le paso el video', 'raspas el codigo de atras y me mandas la foto clarita', 'compra una tarjeta steam de 50, raspas el codigo y me mandas foto'],
      ignore: ['rasca el codigo del rasca y gana y mandame foto a ver si nos ha tocado premio', 'mandeme la factura de los 200 euros por correo', 'paseme 20 mil de su parte de la cuenta'],
    },
  },
  {
    id: 'youre-forcing-me-amount-r22',
    phrases: [
      'me_estas_obligando|me_obligas|me_obligaste|no_me_dejas_otra|no_me_dejas_opcion|no_me_dejas_eleccion|no_me_dejas_alternativa ..6 # ..1 @currency|@money|@payment',
      'no_quiero_hacerte_dano|no_quiero_hacerte_esto|no_quiero_llegar_a_eso ..6 # ..1 @currency|@money|@payment',
    ],
    unless: [NEWS_R18, 'jaja*|jeje*|apuesta|revancha|me_debes|te_debo|cine|pizza|entrada*|cumple|regalo|te_cobro|te_cobrare|te_voy_a_cobrar|cobrarte|cargador|multa'],
    examples: {
      match: ['no quiero hacerte daño pero me estas obligando, 50 euros hoy', 'no me dejas otra, 200 pesos por oxxo y se acaba'],
      ignore: ['me estas obligando a pagar 10 euros de la pizza jaja', 'mi madre me obliga a ahorrar 20 euros al mes', 'no me dejas otra opcion, te cobro 5 euros por el cargador'],
    },
  },
  {
    id: 'amount-method-deadline-r23',
    phrases: [
      '# ..2 ahorita|ahora|ya|hoy ..2 en|por|al ..1 @payment ..6 tienes|tenes|tiene ..1 # ..1 minutos|min|horas|hrs|h',
      'lo_que_tengas|lo_que_puedas|lo_que_tenga|lo_que_pueda ..4 @payment|@money|@currency',
      'cargame|recargame|carga|recarga|mandame|pasame|regalame ..4 saldo|credito|recarga|tiempo_aire|megas ..4 entel|movistar|claro|wom|bitel|tigo|telcel|digitel|movilnet|al_numero|a_este_numero|a_mi_numero',
      'paga|pague|pagues|abone|abona|cubra|cubre|cancele ..2 la|una|dicha|esa ..1 multa|sancion|fianza ..4 con|en|por|mediante|via ..2 @payment|tarjeta|tarjetas|recarga|recargas|cupon|cupones|bitcoin|cripto*',
      '# ..1 horas|hrs|minutos|min ..2 para ..1 el|la|tu ..1 bizum|deposito|pago|yape|transferencia|recarga|plin|nequi ..3 o|sino|si_no',
      'cubrir|abonar|pagar|liquidar|saldar ..2 una|la|dicha ..1 multa|sancion|fianza|infraccion ..4 #|@currency|@payment',
    ],
    unless: ['la_noticia|las_noticias|noticiero|reportaje|documental|estafa|es_falso|phishing|no_pagues|nunca_pagues|biblioteca|libro|libros|retraso|devolver|trafico|transito|parking|estacionamiento|radar|velocidad|dgt|hacienda|ayuntamiento|mama|papa|abuela|abuelo|porfa_mama|me_quede_sin|te_lo_devuelvo|te_la_devuelvo|te_devuelvo|pizza|cine|entrada|cuota|colecta|fiesta|viaje|excursion|torta|regalo|cumple|no_entras|te_quedas_fuera|te_quedas_afuera'],
    examples: {
      match: ['lo que tengas, 500 ahorita en oxxo. tienes 20 minutos', 'cargame 20 lucas de saldo entel al numero que te pase', 'debe cubrir una multa de $3,500 MXN', 'paga la multa con tarjetas de recarga o vamos a tu casa', 'ultimo aviso: 2 horas para el bizum o empiezo con tu madre'],
      ignore: ['debes pagar una multa de 2 euros en la biblioteca por el libro', 'cargame saldo al numero porfa mama, me quede sin megas', 'paga la multa con tarjeta en la web de la dgt', 'tenes 48 horas para el bizum o no entras a la fiesta', 'lo que tengas de apuntes pasamelos porfa, 5 paginas minimo'],
    },
  },
  {
    id: 'amount-by-local-app-or-else-r26',
    phrases: [
      '# [@currency] por|en|al|a ..1 @payment ..6 o|sino|si_no ..3 @pubv|@sendv|@targ|todos|todas|se_lo|se_la|se_los|se_las|lo_ven|las_ven|se_enteran',
      '# [@currency] por|en|al|a ..1 @payment ..6 y_nadie|y_lo_borro|y_los_borro|y_las_borro|y_borro|y_no_pasa_nada|y_aqui_no_paso_nada|y_no_lo_subo|y_no_las_subo|y_no_publico',
    ],
    unless: ['entrada|entradas|cena|regalo|cumple|bote|excursion|alquiler|la_bici|el_movil|la_consola|envio|camiseta|sudadera|zapatillas|el_libro|los_libros|como_quieras|como_prefieras|lo_que_prefieras|efectivo'],
    examples: {
      match: ['parce ya tengo tu video, 400 mil por nequi o se lo mando a tu mama', 'ya sabes como es esto, 150 soles por yape al 987 654 321 y nadie ve tus fotos', '200 por bizum y lo borro'],
      ignore: ['Te pago los 40€ por bizum o prefieres en mano?', 'Para apartar la fecha se consigna el 50% por Nequi o Daviplata', 'son 15 euros por bizum o en efectivo, como quieras', '20 por bizum o en mano para la cena del viernes', '50 pavos por bizum o paypal lo que prefieras'],
    },
  },
  {
    id: 'compensation-to-drop-charges-r27',
    phrases: [
      'cubre|cubra|cubrir|paga|pague|pagar|abona|abone|abonar|deposita|deposite|consigna|consigne|transfiere|transfiera ..2 una|la|el ..1 indemnizacion|compensacion|reparacion|suma|cantidad ..3 de ..1 #|@currency',
      'quiere|quieren|queremos|proponemos|propone|ofrecemos|llegar_a ..2 un ..1 arreglo|acuerdo ..1 economico|monetario|extrajudicial',
    ],
    unless: [NEWS_R18, 'seguro|aseguradora|vuelo|retraso|aerolinea|empresa|despido|accidente|la_empresa|el_banco|hacienda|tienda|pedido|garantia|reembolso|compra'],
    examples: {
      match: ['mi clienta quiere un arreglo economico', 'no habra denuncia si usted cubre una indemnizacion de 2.000.000 de pesos', 'pague una compensacion de 500 euros a la familia'],
      ignore: ['el seguro cubre una indemnizacion de 3000 euros por el accidente', 'la aerolinea paga una compensacion de 250 euros por el retraso'],
    },
  },
  {
    id: 'pay-to-delete-them-amount-r27',
    phrases: [
      'borrarlas|borrarlos|borrarla|borrarlo|eliminarlas|eliminarlos|eliminarla|eliminarlo|quitarlas|quitarlos|retirarlas|retirarlos|las_borramos|los_borramos|las_eliminamos|los_eliminamos|las_retiramos|los_retiramos ..6 ..3 por|a_cambio_de|pagando|solo ..2 # ..1 @currency|usd|usdt|dolares|euros|pesos|soles',
    ],
    unless: [NEWS_R18, 'descuento|lista|oferta|tienda|pedido|carrito|suscripcion|cuenta_premium|jaja*|jeje*|plan|app|aplicacion|memoria|espacio|cache|virus'],
    examples: {
      match: ['podemos borrarlas de todos los foros por 100 dolares', 'los borramos para siempre a cambio de 50 euros en tarjeta regalo'],
      ignore: ['puedo borrarlas del movil por 5 minutos y luego las recupero', 'las borramos de la lista por 2 euros de descuento'],
    },
  },
  {
    id: 'formal-pay-via-app-before-r27',
    phrases: [
      'consigne|deposite|transfiera|abone|ingrese|pague|envie|yapee|consigna|deposita|transfiere ..2 por|en|a|al|via|mediante ..1 @payment ..4 antes|hoy|en_las_proximas|en_un_plazo|al_numero_indicado|a_la_cuenta_indicada|al_numero_que|a_la_cuenta_que',
    ],
    unless: [NEWS_R18, 'matricula|pension|cuota|pedido|factura|compra|envio|reserva|inscripcion|mensualidad|tienda|producto|excursion|viaje|uniforme|seguro|alquiler|club|colegio|escuela|libros|entradas|cena|regalo'],
    examples: {
      match: ['Consigne por Nequi al numero indicado antes de las 6 pm', 'deposite en OXXO hoy mismo al numero indicado'],
      ignore: ['Consigne por Nequi el valor de la matricula antes del viernes', 'pague por bizum antes del sabado la cuota del club'],
    },
  },
  {
    id: 'app-amount-and-nothing-happened-r27',
    phrases: [
      '@payment|bizum # ..6 y ..1 aqui_no_ha_pasado_nada|aqui_no_paso_nada|aca_no_paso_nada|no_ha_pasado_nada|no_paso_nada|todo_olvidado|lo_borro|los_borro|las_borro|te_dejo_en_paz|nadie_se_entera|nadie_lo_ve|nadie_las_ve|nadie_los_ve',
    ],
    unless: [NEWS_R18, 'cena|pizza|cine|entrada*|regalo|cumple|viaje|excursion|me_debes|te_debo|apuesta|jaja*|jeje*|xd'],
    examples: {
      match: ['bizum 150 a este numero y aqui no ha pasado nada', 'yape 200 al 987654321 y nadie se entera'],
      ignore: ['bizum 15 de la cena y aqui no ha pasado nada', 'bizum 5 de la apuesta y todo olvidado jaja'],
    },
  },
  {
    id: 'bitcoin-atm-deposit-r27',
    phrases: [
      'mete|metes|deposita|depositas|ingresa|ingresas|inserta|insertas|pon|pones|carga|cargas ..4 cajero|atm ..2 bitcoin|btc|cripto|criptomonedas|de_bitcoin|de_cripto',
      'escanea|escaneas|usa|usas ..2 el|este|mi ..1 qr|codigo_qr ..4 cajero|wallet|billetera|bitcoin|btc|usdt',
      'metes|mete|deposita|depositas|ingresas|ingresa ..4 y ..1 los|lo|las ..1 mandas|envias|pasas ..2 a ..1 esta|este|mi ..1 wallet|billetera|direccion',
    ],
    unless: [NEWS_R18, 'binance_academy|curso|inversion|invertir|ahorro|ahorros|mi_tio|mi_padre|mi_madre|mi_hermano|tu_tio|precio|subido|bajado|grafica|noticia'],
    examples: {
      match: ['mete 200 en el cajero de bitcoin y mandame el recibo', 'metes 300 euros y los mandas a esta wallet', 'escanea este qr en el cajero bitcoin'],
      ignore: ['en el centro comercial han puesto un cajero de bitcoin, lo vi ayer', 'mi tio mete dinero en el cajero de bitcoin como inversion'],
    },
  },
  {
    id: 'more-again-you-know-how-r27',
    phrases: [
      'pagas|pagues|depositas|mandas|me_pagas|me_das ..1 otra_vez|de_nuevo|una_vez_mas|otro_poco ..4 borro|lo_borro|la_borro|las_borro|los_borro|elimino|te_dejo_en_paz|se_acaba|se_termina',
      'necesito|quiero|exijo|son|dame|mandame|pasame|depositame ..1 otros|otras|otro ..1 # ..6 ya_sabes|o_ya_sabes|como_la_otra_vez|como_siempre|igual_que_la_otra|o_si_no|si_no|sino|ya_sabes_como_va|ya_sabes_como_funciona',
    ],
    unless: [NEWS_R18, 'entrada*|cine|cena|pizza|viaje|excursion|regalo|cumple|me_debes|te_debo|prestas|presto|prestame|te_los_devuelvo|te_lo_devuelvo|jaja*|jeje*|xd|minutos|segundos|paginas|ejercicios|abdominales|vueltas|flexiones|metros|km'],
    examples: {
      match: ['si pagas otra vez te juro que lo borro', 'otra vez tu? si, necesito otros 100, ya sabes como va', 'quiero otros 500 como la otra vez'],
      ignore: ['si me das otra vez el cargador lo borro de la lista de deudas jaja', 'necesito otros 10 para la entrada, ya sabes como va', 'dame otros 5 minutos y salgo, si no ve tirando'],
    },
  },
  {
    id: 'scratch-the-card-photo-r27',
    phrases: [
      'raspa|raspas|rasca|rascas|raspe|rasque|raspar|rascar ..3 la|las|esa|esas ..1 tarjeta|tarjetas|gift_card|gift_cards ..6 foto|fotos|codigo|codigos|mandas|mandame|pasame|envias|enviame|mandeme',
    ],
    unless: [NEWS_R18, 'rasca_y_gana|premio|loteria|nos_ha_tocado|nos_toco|cupon|sorteo|regalo_de|abuela|abuelo|tu_tia|tu_tio|feliz_cumple|cumpleanos|navidad|reyes'],
    examples: {
      match: ['rasca la tarjeta y me mandas foto del codigo, rapido', 'raspa las tarjetas y pasame los codigos'],
      ignore: ['rasca la tarjeta del rasca y gana y mandame foto a ver si hay premio', 'rasca la tarjeta que te regalo la abuela y mandame foto del codigo, feliz cumple'],
    },
  },
  {
    id: 'recovery-service-fee-r27',
    phrases: [
      'borramos|eliminamos|quitamos|retiramos|rastreamos|recuperamos ..6 ..2 por|a_cambio_de|pagando|cobramos|cuesta|tarifa ..2 #|@currency|dolares|euros|usd',
      'nos_dedicamos_a|nos_especializamos_en|somos_expertos_en|ayudamos_a|podemos_ayudarte_a ..1 eliminar|borrar|quitar|retirar|recuperar ..3 fotos|videos|contenido|imagenes ..1 filtrad*|intim*|privad*|sexual*|tuyas|tuyos ..6 presupuesto|tarifa|precio|cobramos|cuesta|honorarios|pago|contactanos|escribenos|#',
    ],
    unless: ['la_noticia|reportaje|documental|charla|cuidado|ojo|es_estafa|son_estafa|estafa|estafadores|no_pagues|nunca_pagues|linea_de_ayuda|take_it_down|gratis|gratuito|me_llego|descuento|lista|pedido|carrito|suscripcion'],
    examples: {
      match: ['somos un servicio de recuperacion, rastreamos al extorsionador y borramos todo por 200', 'nos dedicamos a eliminar fotos filtradas, contactanos y te damos presupuesto'],
      ignore: ['ojo, los que dicen que borran todo por 200 dolares son estafa', 'take it down ayuda a eliminar fotos intimas gratis, escribeles'],
    },
  },
  {
    // r31: "80€ to a friend's account and that's it, I'll send the IBAN"; "when you make the transfer to this account"; "every hour you don't pay it's 100 more".
    id: 'amount-to-account-and-done-r31',
    phrases: [
      '# ..1 @currency|euro|euros|eur|dolares|pavos ..3 a|al|en ..1 la|esta|mi|una ..1 cuenta|iban ..6 te_paso_el_iban|te_paso_la_cuenta|te_mando_el_iban|te_doy_el_iban|te_paso_el_numero|y_ya_esta|y_me_olvido|y_listo|y_se_acabo|y_lo_borro|y_las_borro|y_los_borro|y_la_borro|y_todo_arreglado',
      'hagas|haces|haz|hacer|hagais|hacerme ..1 la|el|un|una ..1 transferencia|bizum|ingreso|deposito ..2 a|en|al ..1 esta|este|mi|la_cuenta|el_numero ..1 cuenta|numero|iban|wallet|telefono|revolut|paypal',
      'cada ..1 hora|dia|minuto|media_hora|rato ..5 sin_que_pagues|sin_pagar|que_no_pagues|sin_que_me_pagues|que_tardes|sin_que_pague|sin_que_me_pague|que_no_pague ..4 # ..1 mas|extra',
    ],
    unless: ['viaje|excursion|cuota|club|alquiler|factura|compra|pedido|wallapop|vinted|entradas|regalo|bote|cumple|loteria|biblioteca|libro|multa|parking|recargo|cena|comida|gasolina|jaja*|xd|me_debes|te_debo|devuelvo|devuelves|tienda|matricula|inscripcion'],
    examples: {
      match: ['100 euros a esta cuenta y me olvido de ti, te paso el iban', 'cuando hagas el bizum a este numero te las borro', 'cada hora sin que pagues son 50 mas'],
      ignore: ['pon 20 euros a la cuenta del viaje y listo, te paso el iban', 'haz la transferencia a esta cuenta para la cuota del club', 'cada dia que tardes en devolver el libro son 20 mas de multa'],
    },
  },
] satisfies PatternEntry[];
