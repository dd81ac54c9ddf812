import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'are-you-virgin',
    phrases: [
      '@you ..2 e|es|eh|ainda|ainda_es|ainda_e virgem|bv|bvl',
      'ja|alguma_vez ..1 tiveste|teve|tiveram|tivesse relacoes|relacao_sexual|relacoes_sexuais|sexo',
      'ainda|ja|continuas|continua|es|e|eh virgem',
      '@you ..1 ja|alguma_vez ..1 transou|transaste|transas|transa|fez_sexo|fizeste_sexo|fez_amor|fodeu|perdeu_a_virgindade|perdeste_a_virgindade|se_masturb*|te_masturb*|masturb*',
      'ja|alguma_vez transou|transaste|fez_sexo|fizeste_sexo|perdeu_a_virgindade|perdeste_a_virgindade|te_masturbaste|se_masturbou|bateu_uma|bateste_uma',
      '@you ..1 costuma|costumas|gosta|gostas ..1 de ..1 se_masturbar|te_masturbar|masturbar|transar|sexo|bater_uma|siririca',
      'ja|alguma_vez|costuma|costumas|ja_te|ja_se ..1 se_tocou|te_tocaste|se_toca|te_tocas|se_tocar|te_tocar|tocou|tocaste ..3 pensando|a_pensar|sozinha|sozinho|no_banho|na_cama|de_noite|a_noite|em_alguem|em_mim',
    ],
    examples: {
      match: ['e ja se tocou pensando em alguem', 'vc ja ficou com alguem? é virgem?', 'ainda és virgem?', 'vc ja transou?', 'já fizeste sexo?', 'tu ja te masturbaste?'],
      ignore: ['o azeite é extra virgem', 'ja fiz o trabalho', 'ja transferi o dinheiro', 'vc ja se tocou que a prova é amanha?'],
    },
  },
  {
    id: 'what-are-you-wearing',
    phrases: [
      'que|q|qual|oq|o_que|oque roupa|cor ..3 [@you] ..1 ta|tas|esta|estas|ta ..1 usando|vestida|vestido|a_usar|com_ela|vestindo',
      'que|q|qual roupa|cor ..3 calcinha|cueca|cuecas|sutia|lingerie',
      'ta|tas|esta|estas|usa|usas|usando ..1 calcinha|cueca|cuecas|sutia|lingerie|fio_dental|tanga',
      'ta|tas|esta|estas ..1 de ..1 calcinha|cueca|cuecas|sutia|lingerie|toalha|roupa_interior',
      '@you ..1 ta|tas|esta|estas ..1 pelada|pelado|nua|nu|sem_roupa|de_pijama|so_de_toalha',
      'ta|tas|esta|estas [de] pijama',
    ],
    examples: {
      match: ['que roupa vc ta usando agora?', 'que cor é a tua calcinha', 'tás de calcinha?', 'vc ta pelada?', 'entao vc ta sozinha... ta de pijama? 😏'],
      ignore: ['que roupa vc vai usar na festa?', 'a calcinha ta no varal', 'o pijama ta na gaveta'],
    },
  },
  {
    id: 'sexual-remarks',
    phrases: [
      '@you ..2 e|es|eh|ta|tas|esta|fica|ficas [muito|mt|mto|tao|uma|um|bem|mo|bue] gostosa|gostoso|gostosinha|safada|safado|safadinha|delicia|tesuda|tesudo|boazuda|boa|sexy|sensual|deliciosa',
      'es|eh [muito|mt|tao|bue|mesmo|super|demasiado|bem] sexy|gostosa|gostoso|safada|safadinha|tesuda|tesudo|boazuda|sensual',
      'que|q|mo|muito|mt gostosa|gostoso|gostosinha|tesuda|tesudo|boazuda|safada|safadinha',
      'tesao|tesuda|excitad*|molhad*|duro|dura ..3 por_ti|por_vc|por_voce|em_ti|em_vc|contigo|com_vc|com_voce|de_ti|pensando_em_ti|pensando_em_vc|pensando_em_voce',
      'to|tou|estou|fico|fiquei|ta|tas|deixa_me|deixas_me|me_deixa ..1 com|c|de|cheio_de|cheia_de tesao|pau_duro|molhadinha',
      'me|me_deixa|deixa_me|deixas_me|deixa ..1 excitad*|com_tesao|duro|molhad*|louco|doido',
      'quero|queria|vou|deixa ..1 te|ti ..1 comer|chupar|lamber|foder|pegar_de_jeito|mamar|tocar|apalpar|agarrar',
      'tamanho|tamanhos ..2 @your|do_teu|do_seu|dos_teus|dos_seus ..1 @body',
      'qual|que|quanto ..3 tamanho ..2 sutia|soutien|cueca|calcinha|@body',
      '@you ..1 tem|tens ..2 corpo|corpinho|corpao ..2 lindo|de_mulher|de_homem|perfeito|gostoso|bonito|de_modelo|de_adulta|maravilhoso|sexy',
      'tira|tirar|tiras|tire|tiras_a|tira_a ..2 a|o|essa|esse|tua|sua|teu|seu ..1 roupa|blusa|camisa|camiseta|sutia|soutien|calca|calcas|calcinha|cueca|cuecas|short|shorts|saia|t_shirt|top|vestido|roupas',
      'pose|poses|posicao ..2 sexy|sensual|provocante|safada|ousada',
      '@you ..1 ja ..1 mandou|mandaste|enviaste|enviou ..3 nude*|nudes|pack|fotos_nua|fotos_pelada',
      'geme|gemer|gemendo|gemidinho|gemidos ..2 pra|para mim',
      '@send|grava|grave|faz ..2 audio|audios|audiozinho ..2 gemendo|gemidinho|gemidos|gemer',
      'pensas|pensa|pensou|penso ..2 em|no sexo|transar|sexo_comigo|mim_nua|ti_nua',
      '@you ..2 gosta|gostas|curte|curtes ..2 de ..1 sexo|putaria|safadeza|porno|porn',
      'ja|alguma_vez viu|viste|vistes ..1 porno|porn|um_pau|uma_pica|um_pinto|pornografia',
      '@you ..1 ja ..1 viu|viste|vistes ..1 porno|porn|um_pau|uma_pica|um_pinto|pau|pica|pinto',
      'sem_roupa|pelada|nua ..2 [@you] ..1 deve|deves|deve_ser|deves_ser|fica|ficas|ficaria|ficarias ..1 linda|gostosa|perfeita|incrivel',
    ],
    unless: ['comida|pizza|bolo|torta|sobremesa|lasanha|receita|bebida|cerveja|fruta|manga|sopa|hamburguer|chocolate|acai|sorvete|gelado|feijoada|churrasco|pao|cafe'],
    examples: {
      match: ['vc é muito gostosa', 'que gostosa', 'tô com tesão em ti', 'vc me deixa excitado', 'qual o tamanho dos teus peitos', 'me manda um audio gemendo', 'queria te comer', 'já viste porno?'],
      ignore: ['a comida ta gostosa', 'ele ta excitado com a viagem', 'que delicia de bolo', 'queria te pegar na escola amanha'],
    },
  },
  {
    id: 'sexual-photo-request',
    phrases: [
      '@photo ..3 @undressed',
      '@send ..6 @undressed',
      'beijo|beijinho|beijar ..2 onde_quiseres|em_todo_o_teu_corpo|teu_corpo|seu_corpo|todinha|todinho',
    ],
    unless: ['biquini ..3 loja|promocao|compra|comprar|comprei|venda|preco', 'nu ..1 de|da|do cor|cores|prova'],
    examples: {
      match: ['manda uma foto sua de biquini', 'manda mais uma, mas desta vez sem roupa', 'fotos tuas em roupa interior', 'quero um video teu pelada'],
      ignore: ['a foto da praia ficou linda', 'fotos do biquini da loja em promocao', 'manda o video do jogo'],
    },
  },
  {
    id: 'kiss-me-mild',
    phrases: [
      'queria|quero|gostava|gostaria ..2 te|ti ..1 dar ..1 beijo|beijinho|beijao|abraco|um_beijo|um_beijinho',
      'queria|quero|gostava|gostaria ..2 te|ti ..1 beijar|abracar|ter_nos_meus_bracos',
      'ja|alguma_vez beijou|beijaste|ficou|ficaste|pegou|pegaste ..1 alguem|ninguem|na_boca|algum_menino|alguma_menina|algum_rapaz|alguma_rapariga',
      'imagina|imagino|imaginei ..2 nos|a_gente|tu_e_eu|vc_e_eu ..2 juntos|juntinhos|na_cama|sozinhos|abracados',
    ],
    weight: 1,
    examples: {
      match: ['queria te dar um beijo agora', 'imagina nós dois juntinhos', 'quero te beijar'],
      ignore: ['te dou um beijo na festa', 'beijo, mamãe'],
    },
  },
  {
    id: 'preferably-undressed',
    phrases: [
      '@undressed ..2 de_preferencia|se_possivel|se_der|melhor_ainda|ainda_melhor|pra_mim|para_mim|so_pra_mim',
      'pode_ser|podia_ser|de_preferencia|preferencialmente|se_possivel|se_der|melhor_ainda|ainda_melhor|e_melhor ..2 @undressed',
    ],
    unless: ['time|equipa|futebol|jogo|treino|praia|piscina|calor|fantasia|loja|promocao|comprar|comprei|presente|prenda|praia|verao|ginasio|academia'],
    examples: {
      match: ['sem camisa de preferencia kkk', 'pode ser de lingerie', 'de preferência sem roupa', 'de calcinha melhor ainda'],
      ignore: ['vamos jogar, vc fica no time sem camisa de preferencia', 'pode ser de biquini, vamos à praia', 'o presente pode ser lingerie da loja'],
    },
  },
] satisfies PatternEntry[];
