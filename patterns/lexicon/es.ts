/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Photos (foto, fotito, fotico, selfie, pic). */
  photo: ['foto*', 'fotito*', 'fotico*', 'pic', 'pics', 'selfie*', 'imagen*', 'img', 'imgs'],
  /** Spanish-only picture nouns (no English 'pic' to collide with). */
  foto: ['foto', 'fotos', 'fotito*', 'fotico*', 'fotografia*', 'imagen*', 'videito*'],
  /** Videos and video calls. */
  video: ['video*', 'videito*', 'vid', 'vids', 'clip', 'clips'],
  /** Sexual picture slang and states of undress ("el pack", "desnuda", "sin ropa"). */
  pack: [
    'pack', 'packs', 'packcito', 'nudes', 'nude', 'desnud*', 'encuerad*', 'sin_ropa', 'sin_nada', 'sin_nada_de_ropa', 'sin_nada_puesto', 'como_dios_te_trajo', 'en_bolas', 'en_pelotas',
    'en_ropa_interior', 'en_bragas', 'en_tanga', 'en_calzones', 'en_calzoncillos', 'en_boxer', 'en_boxers', 'en_sujetador',
    'en_brasier', 'en_lenceria', 'sin_camiseta', 'sin_camisa', 'sin_sujetador', 'sin_bragas', 'hot', 'xxx', 'intima', 'intimas',
    'intimo', 'intimos', 'sexy*', 'picante', 'picantes', 'subidas_de_tono', 'subiditas_de_tono', 'porno', 'sensual*', 'provocativ*',
    'atrevida', 'atrevidas', 'atrevido', 'atrevidos', 'picosa', 'picosas', 'picositas', 'cochinas', 'cochinotas', 'guarras', 'guarrillas',
    'sin_calzones', 'en_toalla', 'sin_playera', 'sin_remera', 'sin_polera', 'sin_la_remera', 'sin_la_playera', 'sin_la_polera',
    'con_menos_ropa', 'menos_ropa', 'con_poca_ropa', 'poca_ropa', 'ligera_de_ropa', 'ligerita_de_ropa', 'sin_pantalones', 'sin_pantalon',
    'sin_la_ropa', 'sin_la_camiseta', 'sin_la_camisa', 'sin_la_sudadera', 'sin_sudadera', 'sin_el_sujetador', 'sin_la_parte_de_arriba', 'sin_nada_encima',
    'sin_el_buzo', 'sin_buzo', 'sin_el_top', 'sin_top', 'sin_la_blusa', 'sin_blusa', 'sin_el_short', 'sin_short', 'sin_la_falda', 'sin_falda', 'sin_el_brasier', 'sin_brasier', 'sin_el_bra',
  ],
  /** "Send me / pass me / give me" in the forms addressed to you. */
  send: [
    'manda', 'mandame', 'mandamela', 'mandamelas', 'mandamelo', 'mandas', 'mandes', 'mandarme', 'mandaras', 'mandarias',
    'envia', 'enviame', 'enviamela', 'envias', 'envies', 'enviarme', 'enviaras', 'enviarias',
    'pasame', 'pasamela', 'pasamelas', 'pasamelo', 'pasas', 'pases', 'pasarme', 'pasaras', 'pasarias',
    'dame', 'regalame', 'sacate', 'hazte', 'tomate', 'saca', 'sacas', 'mandai', 'enviai', 'pasai',
    // r33: usted forms.
    'mandeme', 'mandemela', 'mandemelo', 'envieme', 'enviemela', 'paseme', 'pasemela', 'regaleme',
  ],
  /** "Show me" in the forms addressed to you. */
  showme: [
    'ensename', 'ensenas', 'ensenes', 'ensenarme', 'ensenaras', 'muestrame', 'muestras', 'muestres', 'mostrame', 'mostras',
    'mostrarme', 'dejame_ver', 'deja_ver', 'dejame_verte', 'quiero_ver', 'kiero_ver', 'quiero_verte', 'kiero_verte',
  ],
  /** Publishing verbs used in exposure threats (first person and infinitive). */
  pubv: [
    'publico', 'publicare', 'publicar', 'publicarlo*', 'publicarla*', 'subo', 'subire', 'subir', 'subirlo*', 'subirla*',
    'filtro', 'filtrare', 'filtrar*', 'difundo', 'difundire', 'difundir*', 'expongo', 'expondre', 'exponer*', 'escracho',
    'escrachar*', 'funar*', 'quemo', 'quemare', 'viralizo', 'viralizar*', 'comparto', 'compartire', 'compartir*',
    'posteo', 'postear*', 'cuelgo', 'colgare', 'rolo', 'rolare', 'rolarlo*', 'rolarla*', 'monto', 'montare', 'riego', 'regare', 'regarlas', 'regarlos', 'regarla', 'regarlo', 'publicaremos', 'subiremos', 'compartiremos', 'filtraremos', 'difundiremos', 'expondremos', 'publicamos', 'subimos', 'difundimos', 'filtramos', 'compartimos', 'colgamos', 'exponemos',
  ],
  /** Sending verbs (first person and infinitive) used in "I'll send it to your family". */
  sendv: [
    'mando', 'mandare', 'mandar', 'mandarlo*', 'mandarla*', 'envio', 'enviare', 'enviar', 'enviarlo*', 'enviarla*', 'paso',
    'pasare', 'pasar', 'pasarlo*', 'pasarla*', 'reenvio', 'reenviare', 'reenviar*', 'enseno', 'ensenare', 'ensenar*',
    'muestro', 'mostrare', 'mostrar*', 'enviaremos', 'mandaremos', 'pasaremos', 'ensenaremos', 'mostraremos', 'reenviaremos', 'mandamos', 'enviamos', 'reenviamos', 'mostramos', 'ensenamos', 'mandarle*', 'enviarle*', 'pasarle*', 'ensenarle*', 'mostrarle*', 'mandarselo*', 'mandarsela*', 'enviarselo*', 'enviarsela*', 'ensenarselo*', 'ensenarsela*',
  ],
  /** Telling verbs, used only after 'o / si no' ("or I tell everyone"). */
  tellv: ['digo', 'dire', 'decir*', 'cuento', 'contare', 'contar*'],
  /** The people and places an exposure threat names. */
  targ: [
    'todos_tus_seguidores', 'todos_tus_contactos', 'todos_tus_amigos', 'todas_tus_amigas', 'todos_tus_followers', 'todos_tus_companeros', 'todos_tus_familiares', 'todos_tus_conocidos', 'todos_sus_contactos', 'todos_sus_seguidores', 'todos_sus_amigos', 'todos_sus_familiares', 'tu_familia', 'tus_familiares', 'tus_padres', 'tus_papas', 'tus_viejos',
    'tu_madre', 'tu_padre', 'tu_mama', 'tu_papa', 'tu_vieja', 'tu_viejo', 'tu_jefa', 'tu_jefita', 'tus_jefes', 'tu_ma', 'tu_apa', 'tu_mami', 'tu_papi', 'tus_papis', 'tus_amigos', 'tus_amigas', 'tus_seguidores',
    'tus_followers', 'tus_contactos', 'tu_colegio', 'tu_escuela', 'tu_insti', 'tu_instituto', 'tu_cole', 'tu_liceo', 'tu_prepa',
    'tus_companeros', 'tus_companeras', 'tu_clase', 'tu_novio', 'tu_novia', 'tus_profes', 'tus_profesores', 'tu_hermano',
    'tu_hermana', 'su_familia', 'sus_contactos', 'sus_seguidores', 'sus_amigos', 'sus_padres', 'todo_el_mundo',
    'todo_internet', 'todas_las_redes', 'tu_lista_de_amigos', 'tu_lista_de_contactos', 'toda_tu_lista', 'tu_grupo_de_clase', 'grupo_de_tu_clase', 'tu_grupo_de_amigos', 'tu_grupo_de_amigas', 'tus_historias', 'tus_stories', 'tu_muro', 'toda_la_escuela', 'todo_el_colegio', 'todo_el_insti', 'todo_el_instituto',
    'todo_tu', 'toda_tu', 'todas_partes', 'todos_lados', 'todo_internet', 'tu_ex', 'tus_ex', 'su_lista_de_contactos', 'su_lista_de_amigos', 'sus_familiares', 'su_mama', 'su_papa', 'su_madre', 'su_padre', 'sus_papas', 'su_novio', 'su_novia', 'su_colegio', 'su_escuela', 'sus_companeros', 'sus_amigas', 'su_hermano', 'su_hermana', 'tus_compas', 'tus_panas', 'tus_cuates', 'tus_patas', 'tus_parceros', 'tus_parceras', 'tus_amigues', 'tus_colegas', 'tu_primo', 'tu_prima', 'tus_primos', 'tu_tio', 'tu_tia', 'tu_mejor_amiga', 'tu_mejor_amigo', 'tus_mejores_amigos', 'tu_exnovio', 'tu_exnovia', 'tu_crush', 'tu_pareja', 'tus_abuelos', 'tu_abuela', 'tu_abuelo', 'tu_tutor', 'tu_tutora', 'tu_profe', 'tu_entrenador', 'tu_jefe', 'tu_grupo', 'tus_grupos', 'todos_tus_grupos', 'tu_salon', 'todo_el_salon', 'todos_los_del_salon', 'los_del_salon', 'todos_los_de_tu_clase', 'los_de_tu_clase', 'todos_los_del_cole', 'todos_los_del_insti', 'todos_los_de_la_escuela', 'toda_tu_clase', 'todo_tu_salon', 'rector', 'rectora', 'tu_director', 'tu_directora', 'tu_orientador', 'tu_orientadora',
    // r19: coaches, church and work people named in exposure threats.
    'tu_coach', 'tu_entrenadora', 'tu_pastor', 'tu_pastora', 'tu_catequista', 'tu_lider_de_jovenes', 'tu_profesor', 'tu_profesora', 'tu_maestra', 'tu_maestro', 'tu_monitor', 'tu_monitora', 'tu_supervisor', 'tu_supervisora', 'tu_encargado', 'tu_encargada', 'tu_patron', 'tu_patrona',
    // r20: English loan words and exposure pages.
    'tu_family', 'toda_tu_family', 'tu_fam', 'toda_tu_fam', 'tu_crush', 'tu_nuevo_novio', 'tu_nueva_novia',
    // r24: Colombian / Chilean / Mexican slang for parents.
    'tu_cucha', 'tu_cucho', 'tus_cuchos', 'tu_mai', 'tu_pai', 'tu_jefecita',
    // r26: whole school / class / neighbourhood.
    // r29: clubs, church groups and workplaces named in exposure threats.
    'tu_club', 'todo_tu_club', 'tu_club_de_futbol', 'tu_club_de_baloncesto', 'tu_parroquia', 'tu_iglesia', 'tu_grupo_de_la_parroquia', 'tu_grupo_de_la_iglesia', 'tu_grupo_de_catequesis', 'tu_catequesis', 'tu_grupo_de_jovenes', 'tus_companeros_de_trabajo', 'tus_companeros_del_club', 'tus_companeras_del_club', 'tu_congregacion',
    'los_del_fut', 'los_del_futbol', 'los_del_futbito', 'los_de_tu_equipo', 'tus_companeros_de_equipo', 'toda_la_secu', 'toda_la_secundaria', 'toda_la_prepa', 'todo_el_cole', 'toda_la_clase', 'todo_el_salon', 'todo_el_barrio', 'toda_la_uni', 'todo_el_liceo', 'todo_tu_barrio', 'toda_tu_secu', 'toda_tu_prepa',
  ],
  /** Money words and local currencies (added to common). */
  currency: [
    'peso*', 'soles', 'bolivares', 'quetzales', 'colones', 'lempiras', 'guaranies', 'mxn', 'cop', 'clp', 'ars', 'lucas',
    'varos', 'pavos', 'pelas', 'mil', 'palos', 'dolares', 'dolar', 'euritos', 'pesitos',
    // r20: Colombian/Chilean spellings.
    'lukas', 'lukitas', 'luquitas',
  ],
  /** Money in general. */
  money: ['dinero', 'plata', 'pasta', 'lana', 'guita', 'feria', 'billete*', 'efectivo', 'cash', 'money'],
  /** Payment methods used in Spain and Latin America (added to common). */
  payment: [
    'oxxo', 'mercado_pago', 'mercadopago', 'nequi', 'sinpe', 'sinpe_movil', 'binance', 'airtm', 'zinli', 'uala', 'brubank', 'transfiya', 'tpaga', 'tigo_money', 'codi', 'dimo', 'tunki', 'bim', 'daviplata', 'yape', 'plin', 'spei', 'clabe', 'cbu', 'cvu', 'pago_movil',
    'tarjeta*_regalo', 'tarjeta*_de_regalo', 'tarjeta*_steam', 'tarjeta*_de_steam', 'tarjeta*_google*', 'tarjeta*_de_google*',
    'tarjeta*_amazon', 'tarjeta*_de_amazon', 'tarjeta*_itunes', 'tarjeta*_apple', 'tarjeta*_de_itunes', 'tarjeta*_psn',
    'tarjeta*_xbox', 'tarjeta*_de_xbox', 'tarjeta*_de_psn', 'tarjeta*_prepago', 'tarjeta*_paysafe*', 'recarga*', 'saldo',
    'transferencia*', 'deposito*', 'western', 'ria', 'remitly', 'pavos', 'diamantes', 'gemas', 'cripto*', 'criptomoneda*',
  ],
  /** Apps spelled the Spanish way (added to common). */
  app: ['session', 'wasap', 'guasap', 'whats', 'wasa', 'wats', 'watsap', 'whatsaap', 'instagram', 'tele', 'disc', 'snapchat', 'telegrama'],
  /** Cameras and video calls, Spanish words (added to common). */
  cam: ['camara', 'camarita', 'videollamada*', 'video_llamada*', 'videochat', 'llamada_de_video', 'vc', 'directo'],
  /** Parents and family. */
  family: [
    'padres', 'papas', 'papis', 'madre', 'padre', 'mama', 'mami', 'papa', 'papi', 'viejos', 'vieja', 'viejo', 'familia',
    'familiares', 'hermano*', 'hermana*', 'tio', 'tia', 'abuel*',
  ],
  /** Parents only (secrecy targets). */
  parents: ['padres', 'papas', 'papis', 'madre', 'padre', 'mama', 'mami', 'papa', 'papi', 'viejos', 'vieja', 'viejo', 'familia', 'familiares', 'jefa', 'jefe', 'jefes'],
  /** School words. */
  school: ['cole', 'colegio', 'insti', 'instituto', 'escuela', 'liceo', 'secundaria', 'prepa', 'preparatoria', 'secu', 'ies', 'uni'],
} satisfies Lexicon;
