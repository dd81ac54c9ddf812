/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Italian spellings of the apps, added to the common list. */
  app: ['wapp', 'whatsup', 'wup', 'whats', 'snep', 'tik_tok', 'telegramm*', 'disc', 'skaip', 'ometv', 'ome_tv', 'chatroulette', 'emerald', 'chatrandom', 'camsurf', 'holla', 'bazoocam'],
  /** Video calls and cameras, added to the common list. */
  cam: ['videochiamat*', 'video_chiamat*', 'videocall', 'telecamera', 'fotocamera', 'diretta', 'videocam*'],
  /** Imperatives and questions that ask someone to send something. */
  send: [
    'mandami', 'mandarmi', 'mandamela', 'mandamele', 'mandameli', 'mandamelo', 'mandamene', 'mandane', 'manda', 'mandi',
    'mandatemi', 'mandate', 'mandaci', 'inviami', 'inviarmi', 'inviamela', 'inviamele', 'invia', 'invii', 'passami', 'passamela',
    'girami', 'giramela', 'spediscimi', 'inviaci', 'inviateci', 'mandateci', 'mandala', 'mandale', 'mandalo', 'mandali', 'mannami', 'manni', 'mmanni', 'mandm', 'rimandami', 'rimandamela', 'rimandamele', 'rimandala',
  ],
  /** Photos and pictures. */
  photo: ['foto', 'fotine', 'fotina', 'fotografi*', 'pic', 'pics', 'picture*', 'selfie*', 'selfi', 'immagin*', 'scatt*', 'selca', 'selcas', 'polaroid'],
  /** Videos and clips. */
  video: ['video*', 'videin*', 'filmat*', 'clip', 'vocale_video'],
  /** Naked, underwear, intimate. */
  naked: [
    'nud*', 'nudes', 'svestit*', 'spogliat*', 'senza_vestiti', 'senza_niente', 'senza_niente_addosso', 'senza_mutande', 'senza_reggiseno',
    'intimo', 'in_intimo', 'biancheria', 'mutand*', 'reggiseno', 'reggipetto', 'perizoma', 'lingerie', 'tanga', 'topless', 'intime',
    'hot', 'piccant*', 'osee', 'ose', 'sexy', 'nsfw', 'porno', 'xxx', 'tette', 'seno', 'culo', 'sedere', 'pisello', 'pene', 'parti_intime',
    'senza_maglietta', 'senza_maglia', 'a_torso_nudo', 'torso_nudo', 'a_petto_nudo', 'senza_niente_sopra', 'senza_niente_sotto', 'senza_sopra', 'ti_spogli', 'ti_togli', 'ti_tocchi', 'ti_cambi', 'fai_la_doccia', 'sei_nuda', 'sotto_la_doccia', 'spogli', 'in_accappatoio', 'in_asciugamano', 'appena_uscita_dalla_doccia',
  ],
  /** Who a threat says will see the material. */
  audience: [
    'follower*', 'followers', 'contatti', 'amici', 'amiche', 'amic*', 'genitori', 'madre', 'mamma', 'mami', 'padre', 'papa', 'babbo',
    'famiglia', 'parenti', 'familiari', 'compagni', 'compagne', 'scuola', 'classe', 'prof', 'professor*', 'insegnant*', 'preside',
    'fidanzat*', 'ragazzo', 'ragazza', 'nonni', 'nonna', 'nonno', 'fratello', 'fratelli', 'sorella', 'sorelle', 'zii', 'cugini',
    'chat_di_classe', 'gruppo_della_classe', 'gc', 'gruppo_classe',
    'squadra', 'compagni_di_squadra', 'allenatore', 'allenatrice', 'mister', 'coach', 'cugina', 'cugino', 'cugine', 'zia', 'zio', 'vicini', 'colleghi', 'datore', 'server', 'team', 'clan', 'gilda', 'morosa', 'moroso', 'morosi', 'morosetta', 'crush',
    'mammeta', 'mammata', 'patete', 'pateto', 'soreta', 'frateto', 'cumpagne', 'cumpagni', 'compagne_di_squadra', 'compagni_di_classe', 'parrocchia', 'catechista', 'oratorio',
  ],
  /** Family members (for secrecy and probing). */
  family: [
    'genitori', 'madre', 'mamma', 'mami', 'padre', 'papa', 'babbo', 'famiglia', 'tuoi', 'sorella', 'fratello', 'nonni', 'nonna', 'nonno',
    'zia', 'zio', 'prof', 'professor*', 'insegnant*', 'maestr*', 'amici', 'amiche', 'amica', 'amico', 'nessuno', 'nessun', 'nex', 'nessuna', 'polizia', 'carabinieri',
  ],
  /** Verbs of sharing, in the present or future: "I'll send it, post it, show it". */
  sharev: [
    'mando', 'mandero', 'invio', 'inviero', 'giro', 'girero', 'mostro', 'mostrero', 'faccio_vedere', 'faro_vedere', 'faccio_vede', 'facc_vede', 'faro_vede', 'pubblico', 'pubblichero',
    'posto', 'postero', 'diffondo', 'diffondero', 'spargo', 'spargero', 'sharo', 'sharero', 'inoltro', 'inoltrero',
    'condivido', 'condividero', 'spammo', 'spammero', 'spedisco', 'spediro', 'faccio_girare', 'faro_girare',
    'mandiamo', 'pubblichiamo', 'facciamo_vedere', 'leakko', 'leako', 'leako',
    'mann', 'manno', 'mannero', 'mannarraggio', 'mannamm', 'carico', 'carichero', 'ripubblico', 'ripubblichero', 'riposto', 'ripostero', 'rimetto_online', 'rimettero_online', 'ricarico_online', 'faccio_arrivare', 'faro_arrivare', 'droppo', 'droppero', 'sgancio',
    'inviamo', 'invieremo', 'manderemo', 'pubblicheremo', 'diffondiamo', 'diffonderemo', 'inoltriamo', 'inoltreremo', 'condividiamo', 'condivideremo', 'faremo_vedere', 'facciamo_girare', 'faremo_girare',
  ],
  /** Threats to hurt oneself. */
  selfharm: [
    'mi_ammazzo', 'mi_uccido', 'mi_suicido', 'mi_taglio', 'mi_tolgo_la_vita', 'la_faccio_finita', 'mi_butto', 'mi_sparo', 'mi_impicco',
    'mi_faccio_del_male', 'mi_ammazzero', 'mi_uccidero', 'mi_suicidero', 'mi_tagliero', 'mi_buttero', 'faccio_una_cazzata', 'mi_ammazzo_davvero',
    'mi_lancio', 'mi_faccio_male', 'mi_ferisco', 'ammazzarmi', 'uccidermi', 'suicidarmi', 'tagliarmi',
    'prendo_tutte_le_pillole', 'mi_prendo_tutte_le_pillole', 'ingoio_tutte_le_pillole', 'prendo_le_pillole', 'farla_finita', 'smetto_di_vivere',
    'faccio_una_pazzia', 'faro_una_pazzia', 'faccio_una_sciocchezza', 'faro_una_sciocchezza', 'faccio_un_gesto_estremo', 'faro_un_gesto_estremo', 'faro_una_cazzata',
  ],
  /** Game currency and in-game items. */
  gamecur: ['robux', 'vbucks', 'v_bucks', 'vbuck', 'v_buck', 'gemme', 'skin', 'skins', 'battle_pass', 'pass', 'crediti', 'diamanti', 'monete', 'uc', 'minecoins'],
  /** Italian payment methods, added to the common list. */
  payment: [
    'postepay', 'poste_pay', 'ricarica_postepay', 'ricarica_poste', 'satispay', 'hype', 'bonifico*', 'paysafe*', 'paysafecard',
    'buono_amazon', 'buoni_amazon', 'buono_regalo', 'buoni_regalo', 'carta_regalo', 'carte_regalo', 'ricarica', 'ricariche',
    'giftcard', 'carta_prepagata', 'prepagata', 'western', 'moneygram', 'bitcoin', 'bit_coin', 'crypto', 'cripto*', 'usdt',
    'paypal_amici_e_parenti', 'amici_e_parenti', 'ricarica_tim', 'ricarica_vodafone', 'ricarica_wind', 'ricarica_iliad', 'iban', 'revolut', 'nexi',
  ],
  /** Money words. */
  money: ['soldi', 'euro*', 'eur', 'denaro', 'contanti', 'cash', 'grana', 'dollari', 'picciuli', 'piccioli', 'sordi', 'schei', 'sghei'],
} satisfies Lexicon;
