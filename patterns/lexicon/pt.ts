/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {
  /** Apps and private channels as Portuguese-speaking teens name them (added to common.ts). */
  app: ['whats', 'zapp', 'zapzap', 'wpp', 'wts', 'wats', 'telegrama', 'pv', 'privado', 'private', 'direct', 'dm', 'inbox', 'face', 'kwai', 'tt', 'tlgr', 'tlg'],
  /** "you" as subject: voce, vc, ce, tu (Brazil and Portugal). */
  you: ['vc', 'voce', 'vce', 'ce', 'oce', 'tu', 'vcs', 'voces'],
  /** "your": teu/tua (tu), seu/sua (voce), de vc. */
  your: ['teu', 'tua', 'teus', 'tuas', 'seu', 'sua', 'seus', 'suas'],
  /** Photos and videos. */
  photo: ['foto*', 'fotinha*', 'fotinho*', 'fotin', 'fotinhu', 'fotenha*', 'fts', 'ft', 'fotu', 'fto', 'ftos', 'fotus', 'fotis', 'nud', 'nuds', 'selfie*', 'imagem', 'imagens', 'pic', 'pics', 'video', 'videos', 'videozinho*', 'nude*', 'nudes', 'pack', 'packs'],
  /** Explicit or undressed states (photos "sem roupa", "de calcinha"). */
  undressed: [
    'sem_roupa', 'sem_roupas', 'sem_nada', 'sem_a_camisa', 'sem_a_camisola', 'sem_a_blusa', 'sem_a_roupa', 'sem_o_sutia', 'sem_a_t_shirt', 'sem_a_camiseta', 'sem_nd', 'sem_camisa', 'sem_camiseta', 'sem_t_shirt', 'sem_camisola', 'sem_tshirt', 'sem_sweat', 'sem_sutia', 'sem_calcinha', 'sem_cueca', 'sem_blusa', 'sem_top', 'sem_short', 'sem_shorts', 'sem_calca', 'sem_calcas', 'sem_soutien', 'pelad*', 'nua', 'nuas', 'nuzinha', 'nuzinho',
    'de_calcinha', 'de_cueca', 'de_sutia', 'de_lingerie', 'de_biquini', 'de_toalha', 'em_roupa_interior', 'de_roupa_interior', 'em_cuecas', 'de_cuecas',
    'lingerie', 'biquini', 'topless', 'intima', 'intimas', 'intimo', 'intimos', 'safad*', 'sensua*', 'sexy',
    'roupa_de_banho', 'fato_de_banho', 'de_maio', 'sunga',
    'ousada', 'ousadas', 'ousadinha', 'ousadinhas', 'provocante', 'provocantes',
    'so_de_top', 'so_de_calcinha', 'so_de_cueca', 'so_de_cuecas', 'so_de_sutia', 'so_de_toalha', 'so_de_lingerie', 'so_de_biquini', 'so_de_shortinho', 'de_shortinho', 'pouca_roupa', 'menos_roupa', 'poucas_roupas', 'de_shortinhos', 'de_saia_curtinha', 'de_roupa_intima', 'sem_o_moletom', 'sem_moletom', 'sem_a_bermuda', 'sem_bermuda', 'sem_o_short', 'sem_o_shorts', 'sem_a_saia', 'sem_o_vestido', 'so_de_roupa_interior', 'sem_nada_por_baixo', 'mais_ousada', 'mais_safada', 'mais_picante', 'mais_quente', 'book_nu', 'ensaio_nu', 'ensaio_sensual',
  ],
  /** Body parts in sexual requests. */
  body: ['corpo', 'corpinho', 'peito*', 'peitinho*', 'seio*', 'mamas', 'maminha*', 'tetas', 'tetinhas', 'bunda', 'bundinha', 'raba', 'rabo', 'rabinho', 'cu', 'pau', 'pinto', 'pica', 'rola', 'buceta', 'ppk', 'xota', 'xoxota', 'coxas', 'virilha', 'partes_intimas'],
  /** Sexual body parts (no "corpo": a full-body photo for a team form is ordinary). */
  bodysex: ['peito*', 'peitinho*', 'seio*', 'mamas', 'maminha*', 'tetas', 'tetinhas', 'bunda', 'bundinha', 'raba', 'rabo', 'rabinho', 'cu', 'pau', 'pinto', 'pica', 'rola', 'buceta', 'ppk', 'xota', 'xoxota', 'virilha', 'partes_intimas', 'mamilo*'],
  /** Verbs for sending something over (imperative and infinitive, tu and voce). */
  send: ['send', 'mnd', 'mand', 'manda', 'mande', 'mandas', 'mandar', 'mandares', 'envia', 'envie', 'envias', 'enviar', 'enviares', 'passa', 'passe', 'mostra', 'mostre', 'mostras', 'mostrar'],
  /** Parents and family, the usual targets of threats and secrecy. */
  family: [
    'pais', 'mae', 'mae*', 'mamae', 'pai', 'papai', 'familia', 'familiares', 'parentes', 'irma', 'irmas', 'irmao', 'irmaos', 'avo', 'avos', 'avo*',
    'vovo', 'vovos', 'vozinha', 'avozinha', 'tio', 'tia', 'tios', 'tias', 'prima', 'primo', 'primas', 'primos', 'padrasto', 'madrasta', 'responsaveis', 'coroa', 'coroas', 'velhos', 'cota', 'cotas', 'kota', 'kotas',
  ],
  /** Audiences for leaked material. */
  audience: [
    'seguidores', 'amigos', 'amigas', 'contatos', 'contactos', 'colegas', 'escola', 'colegio', 'liceu', 'faculdade', 'pessoal_do_colegio', 'pessoal_da_escola', 'pessoal_da_turma', 'turma', 'sala', 'classe', 'professor*', 'stories', 'story', 'namorad*', 'crush', 'ex',
    // Round 19: the boss, coach, priest or pastor a teen is threatened with.
    'chefe', 'patrao', 'patroa', 'treinador', 'treinadora', 'pastor', 'pastora', 'padre', 'catequista', 'catequistas', 'igreja', 'paroquia', 'catequese', 'grupo_de_jovens', 'grupo_da_igreja', 'lider_de_jovens',
  ],
  /** Money words beyond the common currencies: Brazilian slang for reais, Portuguese euro slang. */
  money: ['reais', 'real', 'conto', 'contos', 'pila', 'pilas', 'mango', 'mangos', 'paus', 'pau', 'euro*', 'eur', 'dollar*', 'dolar*', 'mil', 'k', 'robux', 'vbucks', 'v_bucks', 'diamantes', 'skins', 'rs', 'meticais', 'metical', 'kwanza', 'kwanzas', 'kz', 'guito', 'kumbu'],
  /** Payment channels used in Brazil and Portugal. */
  payment: ['pics', 'pix', 'mbway', 'mb_way', 'multibanco', 'ted', 'doc', 'boleto', 'picpay', 'nubank', 'mercado_pago', 'transferencia*', 'deposito', 'cartao_presente', 'cartao_de_presente', 'cartao_oferta', 'vale_presente', 'codigo_steam', 'cartao_steam', 'cartao_da_steam', 'gift', 'gifts', 'paysafecard', 'bitcoin*', 'cripto*', 'mpesa', 'm_pesa', 'emola', 'e_mola', 'multicaixa', 'multicaixa_express', 'unitel_money'],
} satisfies Lexicon;
