import type { PatternEntry } from '../../schema';

export default [
  {
    // Round 38: a bare exclamation about the body: "nossa q corpão hein", "que rabão", "mds que corpaço".
    id: 'what-a-body-exclaim-r38',
    phrases: [
      'que|nossa|mds|meu_deus|baita|q_delicia|que_delicia ..1 corpao|corpaco|corpanzil|rabao|rabo|bundao|bunda|bundinha|peitao|peitoes|peitos|peitinhos|coxas|coxao ..1 [hein|hem|ein|em|ai|gostoso|gostosa|delicia|vc_tem|tu_tens|o_teu|o_seu]',
    ],
    unless: ['amiga|miga|mana|manas|amigas|treino|academia|ginasio|shape|foco|dieta|fitness|personal|crossfit|musculacao|frango|peru|pernil|bolo|receita|cavalo|cao|cachorro|vinho|cerveja|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['nossa que corpao hein', 'mds que rabão vc tem', 'que corpaço, delicia'],
      ignore: ['que corpao amiga, o treino ta pago', 'nossa que peitos de frango enormes nessa receita', 'que corpao kkkk vai pro concurso'],
    },
  },
  {
    id: 'are-you-virgin',
    phrases: [
      '@you ..2 e|es|eh|ainda|ainda_es|ainda_e virgem|virjem|virgen|virjen|bv|bvl',
      'ja|alguma_vez ..1 tiveste|teve|tiveram|tivesse relacoes|relacao_sexual|relacoes_sexuais|sexo',
      'ainda|ja|continuas|continua|es|e|eh virgem|virjem|virjen',
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
      'o_que|oq|oque|que ..1 tens|tem|trazes|traz ..1 vestido|vestida|vestidos|vestidas ..1 [agora|ai|hoje|neste_momento]',
      'que|q|oq|oque ..1 [@you] ta|tas|esta|estas|tava|tavas|estava|estavas vestindo|a_vestir|usando|a_usar|vestida|vestido ..1 agora|ai|neste_momento|rn|right_now|pra_dormir|para_dormir|por_baixo|na_cama|no_quarto',
      'que|q|oq|oque ..3 usa|usas|veste|vestes|vestindo|usando ..1 por_baixo|pra_dormir|para_dormir',
      // Brazilian word order, question word last: "tá vestindo o quê agora?".
      'ta|tas|esta|estas|tava|tavas|estava|estavas vestindo|vestida|vestido|a_vestir ..1 o_q|o_que|oq|oque|que|q ..1 [agora|agr|ai|neste_momento|hj|hoje|pra_dormir|para_dormir|por_baixo]',
      'que|q|qual|quais roupa_interior|lingerie|cuecas|cueca|calcinha|calcinhas|sutia|soutien ..3 tens|tem|usas|usa|usando|a_usar|trazes|traz|levas|vestida|vestido|vestes|veste',
    ],
    unless: ['escola|aula|frio|calor|chuva|festa|jantar|treino|igreja|cerimonia|casamento|formatura|ir_pra|ir_para|pra_ir|para_ir|fantasia|uniforme|foto_da_turma|entrevista', 'loja|comprar|compras|promocao|varal|estendal|gaveta|mala|lavar|maquina|praia|piscina'],
    examples: {
      match: ['ja ta deitada? ta vestindo o q agr?', 'tas vestida com o que agora?', 'curiosidade. diz-me, que roupa interior tens vestida?', 'qual calcinha vc ta usando hj', 'o que tens vestido?', 'o q vc ta vestindo agora', 'o que usas por baixo?', 'que roupa vc ta usando agora?', 'que cor é a tua calcinha', 'tás de calcinha?', 'vc ta pelada?', 'entao vc ta sozinha... ta de pijama? 😏'],
      ignore: ['que calcinha tens de levar pra praia? a mae pergunta', 'ta vestida com o que pra festa?', 'que roupa vc vai usar na festa?', 'a calcinha ta no varal', 'o pijama ta na gaveta', 'o que vc ta vestindo pra festa?', 'o que vc ta vestindo agora pra ir pra escola? ta frio'],
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
      'quero|qro|kero|queria|vou|deixa ..1 te|ti ..1 comer|chupar|lamber|foder|pegar_de_jeito|mamar|tocar|apalpar|agarrar',
      'tamanho|tamanhos ..2 @your|do_teu|do_seu|dos_teus|dos_seus ..1 @body',
      'qual|que|quanto ..3 tamanho ..2 sutia|soutien|cueca|calcinha|@body',
      '@you ..1 tem|tens|ja_tem|ja_tens ..1 [ja] peitinho*|peitos|seios|mamas|pelinhos|pelos_pubianos ..1 [ja|grandes|pequenos]',
      '@you ..1 se|te ..1 depila|depilas|raspa|rapas|depilou|depilaste',
      'depila|depilas|raspa|rapas ..2 la_em_baixo|ai_em_baixo|la_embaixo|ai_embaixo|partes_intimas|virilha',
      'debaixo|por_baixo|embaixo ..1 da|do|dessa|desse|tua|teu|sua|seu ..1 blusa|camisa|camiseta|saia|short|shorts|calca|roupa|toalha|vestido|sutia|soutien|calcinha|cueca',
      'dorme|dormes|dormiu|dormiste ..1 de_que|com_que_roupa|com_que|pelada|pelado|nua|nu|sem_roupa|de_calcinha|de_cueca|so_de_calcinha|so_de_cueca',
      '@you ..1 tem|tens ..2 corpo|corpinho|corpao ..2 lindo|de_mulher|de_homem|perfeito|gostoso|bonito|de_modelo|de_adulta|maravilhoso|sexy',
      'tem|tens|ja_tem|ja_tens ..1 [um] corpo|corpinho|corpao ..1 de_mulher|de_mulherao|de_adulta|de_mulher_feita',
      'ja|alguma_vez ..1 viu|viste ..1 um|uma ..1 homem|rapaz|menino|mulher|menina|gajo|cara ..1 pelad*|nu|nua|sem_roupa',
      'tira|tirar|tiras|tire|tiras_a|tira_a ..2 a|o|essa|esse|tua|sua|teu|seu ..1 roupa|blusa|camisa|camiseta|sutia|soutien|calca|calcas|calcinha|cueca|cuecas|short|shorts|saia|t_shirt|top|vestido|roupas|blusinha|roupinha|shortinho|sainha|vestidinho|camisetinha|camisola|camisolinha|calcoes|sweat|hoodie',
      'pose|poses|posicao ..2 sexy|sensual|provocante|safada|ousada',
      '@you ..1 ja ..1 mandou|mandaste|enviaste|enviou ..3 nude*|nudes|pack|fotos_nua|fotos_pelada',
      'geme|gemer|gemendo|gemidinho|gemidos ..2 pra|para mim',
      '@send|grava|grave|faz ..2 audio|audios|audiozinho ..2 gemendo|gemidinho|gemidos|gemer',
      'pensas|pensa|pensou|penso ..2 em|no sexo|transar|sexo_comigo|mim_nua|ti_nua',
      'pensas|pensa|pensou|pensaste ..2 em|no ..1 fazer|ter sexo|amor|relacoes',
      'ja|alguma_vez mandou|mandaste|enviou|enviaste ..2 nude*|nudes|pack|fotos_nua|fotos_pelada|fotos_sem_roupa ..2 [pra|para|a] [alguem|algum|alguma|namorad*|menino|menina|rapaz|rapariga]',
      '@you ..2 gosta|gostas|curte|curtes ..2 de ..1 sexo|putaria|safadeza|porno|porn',
      'ja|alguma_vez viu|viste|vistes ..1 porno|porn|um_pau|uma_pica|um_pinto|pornografia',
      '@you ..1 ja ..1 viu|viste|vistes ..1 porno|porn|um_pau|uma_pica|um_pinto|pau|pica|pinto',
      'sem_roupa|pelada|nua ..2 [@you] ..1 deve|deves|deve_ser|deves_ser|fica|ficas|ficaria|ficarias ..1 linda|gostosa|perfeita|incrivel',
    ],
    unless: ['e|es|eh|ta|tas|esta [muito|mt|mto|tao|uma|bem|mo|bue|super] boa|bom ..1 escritora|escritor|jogadora|aluna|amiga|pessoa|professora|atriz|cantora|em|nisso|nesse|nessa|de_bola|colega|parceira|dupla|escrevendo|jogando|desenhando|cantando|dancando|a_escrever|a_jogar|a_desenhar', 'comida|pizza|bolo|torta|sobremesa|lasanha|receita|bebida|cerveja|fruta|manga|sopa|hamburguer|chocolate|acai|sorvete|gelado|feijoada|churrasco|pao|cafe', 'estendal|varal|corda|maquina|maquina_de_lavar|secadora|secar|chover|chuva|cesto|gaveta|mala|cama_do|armario|passar_a_ferro|lavandaria|molhada|molhado|suja|sujo|manchada|lama'],
    examples: {
      match: ['tira a camisola e mostra', 'ja pensou em fazer sexo?', 'ja mandou nudes pra alguem?', 'tens corpo de mulher', 'ja viu um homem pelado?', 'tira a blusinha pra mim vai', 'vc tem peitinho ja?', 'vc se depila?', 'me mostra o que tem debaixo da blusa', 'vc dorme de que?', 'vc é muito gostosa', 'que gostosa', 'tô com tesão em ti', 'vc me deixa excitado', 'qual o tamanho dos teus peitos', 'me manda um audio gemendo', 'queria te comer', 'já viste porno?'],
      ignore: ['tira a roupa do estendal que vai chover', 'o frango tem peito grande', 'a chave ta debaixo do tapete', 'a comida ta gostosa', 'ele ta excitado com a viagem', 'que delicia de bolo', 'queria te pegar na escola amanha'],
    },
  },
  {
    id: 'further-than-kissing',
    phrases: [
      'ja|alguma_vez ..1 fez|fizeste|foi|foste|passou|passaste|chegou|chegaste ..1 mais_que_isso|mais_do_que_isso|mais_que_beijar|mais_do_que_beijar|alem_disso|alem_de_beijar|ate_o_fim|ate_ao_fim|pra_cama|para_a_cama|a_primeira_vez|segunda_base|terceira_base',
      'ja|alguma_vez ..1 fez|fizeste|foi|foste|passou|passaste|chegou|chegaste ..2 mais_longe|alem ..2 beijo|beijos|beijar|beijinho|beijinhos',
      'ja|alguma_vez ..1 ficou|ficaste|esteve|estiveste ..1 pelad*|nua|nu|sem_roupa ..2 com|na_frente|a_frente_de|perto_de',
      'ja|alguma_vez ..1 fez|fizeste|rolou ..1 alguma_coisa|algo|coisas|coisa ..1 a_mais|mais_que_isso|mais_do_que_isso',
      'ja|alguma_vez ..1 fez|fizeste|tirou|tiraste ..1 nude|nudes|pack|packs',
      'ja|alguem_ja|alguma_vez ..1 te|ti ..1 tocaram|tocou|apalparam|apalpou|mexeram|comeram|despiram|viram_nua|viram_pelada|viram_nu',
      'beijou|beijaste|beijar|ficou|ficaste ..6 ja|alguma_vez ..1 fez|fizeste|rolou|experimentou|experimentaste ..1 outras|outra|mais|algo|alguma ..1 coisas|coisa|cenas|cena|mais',
      'ja|alguma_vez ..1 fez|fizeste|fizeram|rolou|experimentou|experimentaste ..1 mais|outra|outras|algo_mais|alguma ..1 [coisa|coisas|cena|cenas] [alem] ..1 [do|de] que|q|de|do|alem_de|sem_ser ..1 beijar|beijo|beijos|dar_beijos|dar_uns_beijos|beijinhos|uns_beijos|ficar',
      'ja|alguma_vez ..1 ficou|ficaste ..1 com ..1 alguem|algum|alguma|um|uma ..6 fez|fizeste|fizeram|rolou ..2 mais|a_mais|alem',
      'ja|alguma_vez ..1 fez|fizeste|pagou|pagaste|chupou|chupaste|levou|levaste ..1 oral|boquete|broche|punheta|siririca|um_boquete|um_broche|uma_punheta',
      // The veiled "já fizeste aquilo?" / "já fez isso com alguém?".
      '@you ..1 ja|alguma_vez ..1 fez|fizeste|experimentou|experimentaste ..1 aquilo|aquilo_com|a_coisa',
      'ja|alguma_vez ..1 fez|fizeste|experimentou|experimentaste ..1 aquilo|isso ..1 com ..1 alguem|algum|alguma|um_menino|uma_menina|um_rapaz|uma_rapariga|namorad*|um_garoto|uma_garota|o_teu|a_tua|o_seu|a_sua',
      'ja|alguma_vez ..1 fez|fizeste aquilo',
      // After asking about a boyfriend: "já tens namorado? já fizeste alguma coisa com ele?".
      'namorad*|ficante|crush|peguete ..6 ja|alguma_vez ..1 fez|fizeste|fizeram|rolou ..1 alguma_coisa|algo|coisas|coisinhas|cenas ..1 com ..1 ele|ela',
      'ja|alguma_vez ..1 fez|fizeste|fizeram|rolou ..1 alguma_coisa|algo|coisas|coisinhas|cenas ..1 com ..2 namorad*|ficante|crush|peguete',
    ],
    unless: ['aquilo que|q|do|da|dos|das|de|no|na|pro|pra|para|la|ali', 'trabalho|tpc|prova|teste|exercicio*|jogo|nivel|fase|missao|treino|corrida|km|quilometros|pontos|receita|serie|filme|livro|curso|viagem|fila|estrada|caminho', 'flexoes|abdominais|agachamentos|repeticoes|vezes|kg|quilos|metros|paginas|horas|minutos|golos|gols|level|rank|porto|lisboa|cidade|praia|ferias', 'projeto|projecto|relatorio|redacao|slide*|apresentacao|codigo|programa|site|app|desenho|receita|bolo|loja|servico|emprego|estagio|turno|dever|licao|exercicio|materia'],
    examples: {
      match: ['já tens namorado? já fizeste alguma coisa com ele?', 'vc tem namorado? ja rolou alguma coisa com ele?', 'ja fez algo com o teu crush?', 'vc ja fez nude alguma vez?', 'vc tem namorado? já te tocaram?', 'vc ja beijou? e ja fez outras coisas?', 'e ja fez mais coisa q beijar? pode falar, sou de confiança', 'ja fizeste outras coisas alem de beijar?', 'ja rolou algo mais do que beijo?', 'vc ja fez aquilo? 👀', 'ja fez aquilo?', 'tu já fizeste isso com alguém?', 'ja foste mais longe que um beijo?', 'e ja fez mais que isso?', 'já foste até ao fim com alguém?', 'vc ja ficou pelada com alguem?', 'ja fez alguma coisa a mais?', 'ja ficou com alguem? rolou algo a mais?'],
      ignore: ['o teu namorado ja fez alguma coisa com ele? o trabalho de grupo', 'vc ja fez aquilo que a prof pediu?', 'ja fizeste isso com alguem do grupo? o trabalho', 'ja fez aquilo do tpc?', 'ja fez mais que isso de flexoes? eu fiz 40', 'ja fez mais que isso no treino?', 'ja chegaste ao fim do jogo?', 'ja foste ate o fim da serie?', 'ja fez alguma coisa a mais no trabalho?', 'ja fez alguma coisa a mais no projeto?', 'ja ficou com alguem do grupo pra fazer o trabalho?'],
    },
  },
  {
    id: 'sexual-photo-request',
    phrases: [
      '@photo ..3 @undressed',
      '@send ..6 @undressed',
      'quero|qro|kero|queria|preciso|precisamos|precisava|precisaria ..2 @photo ..6 @undressed',
      'beijo|beijinho|beijar ..2 onde_quiseres|em_todo_o_teu_corpo|teu_corpo|seu_corpo|todinha|todinho',
      'a|aquela|uma|outra|umas|outras ..1 de|sem toalha|calcinha|cueca|cuecas|sutia|soutien|lingerie|roupa_interior',
      'a|aquela|uma|outra|umas|outras ..1 sem nada|roupa|roupas',
    ],
    unless: ['academia|ginasio|na_academia|no_ginasio|gym', 'vo|vovo|avo|avozinha|vozinha|mae|mamae|tia|madrinha ..1 pediu|quer|precisa|mandou ..6 vcs|voces|vos|se_serve|se_servem|se_cabe', 'biquini ..3 loja|promocao|compra|comprar|comprei|venda|preco', 'nu|nua|nuas|nus ..1 de|da|do cor|cores|prova', 'album|ferias ..4 mae|mamae|avo|vo|vovo|tia|pai|familia', 'mae|mamae|avo|vo|vovo|tia|pai|familia ..4 quer|pediu|precisa ..2 album|ferias', 'jornal|noticia|noticias|reportagem|prenderam|preso|presos|detido|detidos|chantageava|chantageavam|alerta|denunciem|denunciar|nao_paguem|nao_pagues|guardem_provas|psp|gnr|policia_federal|policia_judiciaria', 'e_crime|eh_crime|sao_crime|e_um_crime|e_ilegal|sao_ilegais|de_menores ..4 crime|ilegal|lei|aula|proxima_aula|turma|namorados'],
    examples: {
      match: ['preciso de fotos de rosto e de corpo em roupa de banho', 'a de toalha kkk', 'manda outra sem nada', 'manda uma foto sua de biquini', 'manda mais uma, mas desta vez sem roupa', 'fotos tuas em roupa interior', 'quero um video teu pelada'],
      ignore: ['vi no jornal que prenderam um cara que chantageava adolescentes com fotos intimas, que nojo', 'enviar fotos intimas de menores e crime, falamos disso na aula', 'partilhar nudes de menores é crime mesmo entre namorados', 'A PSP alerta: não paguem a quem vos ameaça divulgar imagens íntimas. Guardem provas e denunciem.', 'a foto ficou nua de cor e eu espalho o filtro', 'tens fotos de biquini das ferias? a mae quer pro album', 'a foto da praia ficou linda', 'fotos do biquini da loja em promocao', 'manda o video do jogo', 'a de morango', 'uma de nada, obrigado', 'vó pediu pra mandar foto de vcs de roupa de banho nova pra ela ver se serve'],
    },
  },
  {
    id: 'kiss-me-mild',
    phrases: [
      'queria|quero|gostava|gostaria ..2 te|ti ..1 dar ..1 beijo|beijinho|beijao|abraco|um_beijo|um_beijinho',
      'queria|quero|gostava|gostaria ..2 te|ti ..1 beijar|abracar|ter_nos_meus_bracos',
      // Round 37: "adorava beijar-te", "to louco pra beijar tua boca".
      'adorava|adoraria|amava|amaria|morro_de_vontade_de|to_doido_pra|to_louco_pra|estou_louco_para|estou_doido_para|tou_doido_pra ..1 beijar_te|te_beijar|dar_te_um_beijo|te_dar_um_beijo|beijar_essa_boca|beijar_a_tua_boca|beijar_tua_boca|beijar_sua_boca|beijar_essa_boquinha',
      'ja|alguma_vez beijou|beijaste|ficou|ficaste|pegou|pegaste ..1 alguem|ninguem|na_boca|algum_menino|alguma_menina|algum_rapaz|alguma_rapariga',
      '@you ja|alguma_vez beijou|beijaste|beijou_na_boca|beijaste_na_boca',
      'ja|alguma_vez ..1 estiveste|esteve|tiveste|teve|dormiste|dormiu|andaste|andou ..1 com ..1 um|uma|algum|alguma ..1 rapaz|rapariga|menino|menina|homem|mulher|gajo|gaja|miudo|miuda|garoto|garota',
      'imagina|imagino|imaginei ..2 nos|a_gente|tu_e_eu|vc_e_eu ..2 juntos|juntinhos|na_cama|sozinhos|abracados',
      // An adult's taste for younger girls: "tenho 25 mas curto menina mais nova".
      'curto|gosto_de|prefiro|adoro|curto_mais ..1 menina|meninas|novinha|novinhas|garota|garotas|mina|minas|gatinha|gatinhas ..1 [mais] nova|novas|novinha|novinhas|mais_nova|mais_novas|da_tua_idade|da_sua_idade|de_menor|menor|menores',
    ],
    weight: 1,
    examples: {
      match: ['adoraria beijar-te um dia', 'to louco pra beijar essa boca', 'tenho 25 mas curto menina mais nova', 'prefiro meninas mais novas', 'já alguma vez estiveste com um rapaz?', 'queria te dar um beijo agora', 'imagina nós dois juntinhos', 'quero te beijar', 'vc ja beijou?'],
      ignore: ['adorava beijar o meu cao', 'to louco pra ver o filme', 'a minha prima curte meninas novas na equipa de futebol', 'te dou um beijo na festa', 'beijo, mamãe'],
    },
  },
  {
    id: 'preferably-undressed',
    phrases: [
      '@undressed ..2 de_preferencia|se_possivel|se_der|melhor_ainda|ainda_melhor|pra_mim|para_mim|so_pra_mim',
      'pode_ser|podia_ser|de_preferencia|preferencialmente|se_possivel|se_der|melhor_ainda|ainda_melhor|e_melhor ..2 @undressed',
      'aposto|imagino|deves|deve ..3 fica|ficas|ficar|ficaria|ficarias|ficava|ficavas ..2 lind*|gostos*|perfeit*|sexy|gata|uma_delicia|boa ..2 @undressed',
      '@undressed ..2 fica|ficas|ficava|ficavas|ficaria|ficarias|ficam|ficariam|era|seria ..2 melhor|mais_bonita|mais_bonito|mais_linda|mais_gostosa|mais_gostoso|mais_sexy|perfeita|perfeito',
    ],
    unless: ['time|equipa|futebol|jogo|jogar|correr|treino|praia|piscina|sol|calor|fantasia|loja|promocao|comprar|comprei|presente|prenda|praia|verao|ginasio|academia|festa|jantar|casamento|cerimonia|reuniao|conversa|encontro_de_familia'],
    examples: {
      match: ['aposto que vc fica linda de biquini', 'sem roupa fica melhor kkk', 'sem camisa de preferencia kkk', 'pode ser de lingerie', 'de preferência sem roupa', 'de calcinha melhor ainda'],
      ignore: ['vamos jogar, vc fica no time sem camisa de preferencia', 'pode ser de biquini, vamos à praia', 'o presente pode ser lingerie da loja', 'sem camisa fica melhor pra jogar', 'uma festa intima seria melhor'],
    },
  },
  {
    id: 'touched-yourself',
    phrases: [
      '@you ..1 ja|alguma_vez te_tocaste|se_tocou|te_tocas|se_toca',
    ],
    unless: ['que|q|de_que|do_que|disso|nisso|da_hora|do_horario|da_prova|do_teste|do_trabalho|da_reuniao|do_jogo|como|quanto'],
    weight: 3,
    examples: {
      match: ['tu já te tocaste?', 'vc ja se tocou?'],
      ignore: ['vc ja se tocou que a prova é amanha?', 'ja te tocaste da hora? tamos atrasados'],
    },
  },
  {
    // Questions about puberty and the body: "já estás desenvolvida?", "já menstruou?".
    id: 'body-development',
    phrases: [
      '@you|ja ..2 ta|tas|estas|esta|e|es|ficou|ficaste ..1 desenvolvida|desenvolvido|formadinha|formada|mocinha|mulherzinha',
      '@you|ja ..1 ja|alguma_vez ..1 menstruou|menstruaste|ficou_mocinha|ficaste_mocinha|tem_periodo|tens_periodo|tem_menstruacao|tens_menstruacao',
      'ja menstruou|menstruaste|ficou_mocinha|ficaste_mocinha',
    ],
    unless: ['medic*|consulta|ginecolog*|pediatra|enfermeir*|dentista|farmacia|penso|pensos|absorvente*|filha|mae|avo|tia|biologia|ciencias|aula|teste|prova|livro|planta|plantas|cachorra|gata|cadela|empresa|projeto|projecto|pais|pais_em|economia'],
    weight: 3,
    examples: {
      match: ['já estás desenvolvida?', 'ja menstruou?', 'vc ja ficou mocinha?'],
      ignore: ['filha, já menstruaste? a médica pergunta', 'o pais ja esta desenvolvido', 'a planta ja ta desenvolvida'],
    },
  },
  {
    // Underwear and "things boys your age don't know": veiled sexual talk.
    id: 'underwear-and-lessons',
    phrases: [
      'qual|que|q ..1 [a|e_a] cor|tipo|modelo ..2 @your|da_tua|da_sua|de_tua|de_sua ..1 calcinha|cueca|cuecas|sutia|lingerie|roupa_interior|tanga|fio_dental|boxers',
      '@you ..1 usa|usas|ta_usando|esta_a_usar|tas_de ..2 calcinha|cueca|cuecas|sutia|lingerie|tanga|fio_dental ..2 [agora|hoje|de_que_cor|de_renda|qual_cor]',
      'ensinar|ensino|mostrar|mostro|te_ensinar|ensinar_te ..4 coisas|coisinhas|umas_coisas|uma_coisa|algo ..4 meninos|meninas|rapazes|garotos|garotas|miudos|miudas|ninguem|os_da_tua_idade|os_da_sua_idade ..3 da_tua_idade|da_sua_idade|nao_sabem|nao_te_ensinam|nao_ensinam',
      'coisas|coisinhas|brincadeiras|segredos ..1 de ..1 adulto|adultos|gente_grande|mulher|homem|casal ..4 @you|tu|te|contigo|com_vc|com_voce|ensinar|ensino|mostrar|fazer|aprender',
      'ensinar|ensino|ensinarei|vou_ensinar ..2 te|ti|a_ti|vc|voce ..1 a ..1 beijar|namorar|fazer_amor|tocar|tocar_te|dar_beijos|beijar_de_lingua',
      'te|ti|vc|voce ..1 ensinar|ensino|ensinarei|ensinava|ensinaria ..1 a ..1 beijar|namorar|fazer_amor|tocar|tocar_te|dar_beijos|beijar_de_lingua',
      'te|ti|contigo|com_vc|com_voce ..3 coisas|coisinhas|brincadeiras|segredos ..1 de ..1 adulto|adultos|gente_grande|mulher|homem|casal',
    ],
    unless: ['uniforme|educacao_fisica|ed_fisica|stor|stora|prof*|professor*|equipamento|treino|loja|comprar|compras|lavar|lavandaria|maquina|estendal|gaveta|mala|viagem|promocao|tamanho|presente_da|mae|avo|vo|tia|irma|prima', 'teatro|peca|cena|ensaio|papel|personagem|sapo|boneco|boneca|matematica|xadrez|guitarra|violao|piano|jogo|skate|programar|codigo|cozinhar|receita|desenho|truque|truques|futebol|bola|surf|nadar|conduzir|dirigir|escola|trabalho|prof*|professor*'],
    weight: 3,
    examples: {
      match: ['vou te ensinar a beijar, vem cá', 'qual a cor da tua calcinha hoje', 'vc ta usando calcinha de que cor?', 'quero te ensinar umas coisas que os meninos da tua idade nao sabem', 'vou te mostrar coisas de gente grande'],
      ignore: ['vou te ensinar a beijar o sapo no teatro, é a cena 3', 'qual a cor da tua cueca do uniforme de educação fisica? a stora pediu preta', 'qual a cor da tua calcinha nova? a mae quer comprar igual', 'quero te ensinar umas coisas no xadrez que os meninos da tua idade nao sabem', 'coisas de adulto tipo pagar contas, que seca'],
    },
  },
  {
    // "vc parece ser mt safado", "manda um video teu no banho".
    id: 'you-seem-naughty-bath-video-r9',
    phrases: [
      '@you ..2 parece|pareces|parece_ser|pareces_ser|deve_ser|deves_ser|tem_cara_de|tens_cara_de ..2 safad*|tarad*|pervertid*|putinh*|gostos*|fogos*|assanhad*',
      '@send|grava|grave|faz|faca|tira|tire ..3 @photo ..3 no_banho|tomando_banho|a_tomar_banho|no_chuveiro|na_banheira|saindo_do_banho|a_sair_do_banho|de_toalha',
    ],
    unless: ['cachorro|cao|gato|gatinho|bebe|dog|pet|passaro|peixe|tartaruga|coelho|hamster|kk*|haha*|rsrs*|cabelo|corte'],
    examples: {
      match: ['vc parece ser mt safado', 'manda um video teu no banho q te dou 1000 diamantes'],
      ignore: ['manda foto do cachorro no banho', 'vc parece ser mt safado kkk no jogo'],
    },
  },
  {
    // "quero ver como tás vestida agora", "tamanho do teu sutiã?".
    id: 'how-dressed-bra-size-r11',
    phrases: [
      'quero|queria|deixa_me|deixa ..1 [me] ver ..2 como|o_que|oq ..1 tas|estas|esta|ta|tens|anda|andas ..1 vestida|vestido|vestindo|a_vestir|vestid*',
      'tamanho|numero|qual ..2 @your|do_teu|do_seu|da_tua|da_sua ..1 sutia|soutien|calcinha|calcinhas|cueca|cuecas|peito|peitos|mamas|busto',
    ],
    unless: ['festa|casamento|formatura|fantasia|baile|jantar|carnaval|halloween|loja|comprar|compras|presente|prenda|uniforme|equipamento|farda|aniversario|batizado|natal|escola|sapato*|tenis|camisola_da_equipa|pe|calcado'],
    examples: {
      match: ['quero ver como tas vestida agora', 'tamanho do teu sutia?'],
      ignore: ['quero ver como estas vestida pra festa', 'qual o tamanho do teu pe? vou comprar os tenis'],
    },
  },
  {
    // Questions about a child's body developing: "já tens mamas?".
    id: 'body-developing-r11',
    phrases: [
      'ja|tu|vc ..1 tens|tem|tinhas ..1 mamas|peito|peitos|seios|pelos|pelinhos|mamas_grandes|corpo_de_mulher|corpo_de_homem',
    ],
    unless: ['biologia|ciencias|aula|medica|medico|pediatra|puberdade_no_livro|livro|frango|galinha|peru|churrasco|receita|bife|cao|gato|cadela|gata|lol'],
    examples: {
      match: ['ja tens mamas?', 'tu tens pelos ja?'],
      ignore: ['ja tens peito de frango pro jantar?', 'na aula de ciencias ja tens de saber os pelos e a pele'],
    },
  },
  {
    // "e ja fizeste alguma coisa com alguem? 😳", "ja te tocaste a pensar em alguem?".
    id: 'done-anything-with-someone-r13',
    phrases: [
      'ja ..1 fizeste|fez|fizeram|tinhas_feito|tinha_feito ..1 alguma_coisa|algo|aquilo|coisas|coisinhas|mais_que_isso|mais_do_que_isso ..2 com ..1 alguem|algum_rapaz|alguma_menina|algum_menino|alguma_rapariga|um_menino|uma_menina|um_rapaz|o_teu_namorado|a_tua_namorada|teu_namorado|tua_namorada|seu_namorado|sua_namorada|ele|ela',
      'ja ..1 te|se ..1 tocaste|tocou|tocas|toca ..3 pensar|pensando|a_pensar',
    ],
    unless: ['trabalho|projeto|projecto|grupo|apresentacao|tpc|dever|jogo|jogar|musica|desenho|video_para|bolo|receita|exercicio*|festa'],
    examples: {
      match: ['e já fizeste alguma coisa com alguém? 😳', 'tipo, já te tocaste a pensar em alguém?', 'ja fez algo com teu namorado?'],
      ignore: ['já fizeste alguma coisa com alguém para o trabalho de grupo?', 'ja fez algo com ela pro projeto?'],
    },
  },
  {
    // "o que tu ta vestindo?", "oq vc ta usando agora?".
    id: 'what-are-you-wearing-r13',
    phrases: [
      'o_que|oq|oque|que|q ..1 @you ..1 ta|tas|esta|estas ..1 vestindo|a_vestir|usando|a_usar|com_vestido ..1 [agora|ai|neste_momento|hoje|ja]',
    ],
    unless: ['frio|chuva|calor|festa|casamento|jantar|formatura|aniversario|niver|escola|amanha|prova|look|casaco|uniforme|fantasia|carnaval|jogo|treino|concerto|show|foto_da_turma|bagagem|mala'],
    examples: {
      match: ['o que tu tá vestindo?', 'oq vc ta usando agora?', 'que vc está vestindo agora hein'],
      ignore: ['o que tu tá vestindo pra festa?', 'oq vc ta usando? ta frio, leva casaco'],
    },
  },
  {
    // "curtia ver-te sem roupa", "queria te ver de lingerie".
    id: 'would-like-to-see-you-undressed-r13',
    phrases: [
      'curtia|gostava|gostaria|queria|adorava|adoraria|quero|louco_pra|louca_pra|doido_pra|doida_pra ..1 ver_te|te_ver|ver_vc|ver_voce|ver_tu|te_ver_so ..2 @undressed',
    ],
    unless: ['fantasia|carnaval|praia_com_a_turma|piscina_da_escola|desfile'],
    examples: {
      match: ['és mesmo gira, curtia ver-te sem roupa', 'queria te ver de lingerie'],
      ignore: ['queria te ver de fantasia no carnaval'],
    },
  },
  {
    // Puberty questions: "ja tens maminhas?", "ja te cresceram os peitos?".
    id: 'already-developed-r16',
    phrases: [
      'ja|jah|tu_ja|vc_ja ..1 tens|tem|te_cresceram|cresceram|te_nasceram|nasceram|te_nasceu|nasceu ..2 [os|as|uns|umas] @bodysex|pelos|pelinhos|pentelhos',
    ],
    unless: ['frango|peru|pato|churrasco|jantar|almoco|talho|acougue|mercado|receita|assado|bebe|bebezinho|cadela|gata|cachorra|vaca|medico|medica|pediatra|consulta'],
    examples: {
      match: ['ja tens maminhas?', 'ja te cresceram os peitos?', 'vc ja tem pelos?'],
      ignore: ['ja tem peito de frango pro jantar?', 'a medica perguntou se ja te cresceram os pelos, normal na consulta'],
    },
  },
  {
    // Puberty questions from a stranger ("estudante de enfermagem"): "já te começou a crescer o peito?", "usas soutien?".
    id: 'puberty-body-questions-r17',
    phrases: [
      'ja ..2 te|lhe|se ..1 comecou|comecaram ..2 crescer|nascer|aparecer ..2 peito|peitos|peitinho*|seios|pelos|pelinhos|mamas',
      'ja_usas|ja_usa|usas|vc_usa|tu_usa|voce_usa|ja_usaste ..1 sutia|soutien|sutian',
    ],
    unless: ['bebe|dente|dentes|cabelo|barba|planta|plantas|pediatra|medico|medica|consulta|loja|compra|comprar|tamanho_do|promocao'],
    examples: {
      match: ['já te começou a crescer o peito? usas soutien?', 'ja te comecaram a nascer pelos?', 'vc ja usa sutia?'],
      ignore: ['ja te comecou a crescer o dente do siso?', 'a mae perguntou se ja usas soutien pra comprar na loja'],
    },
  },
  {
    // Round 19: telling the teen what to wear when coming over ("vem de shortinho", "vem sem sutia").
    id: 'come-dressed-like-r19',
    phrases: [
      'vem|venha|vens|veste|vista|vestes|usa|usas|coloca|poe|bota ..2 de_shortinho|de_shortinhos|de_saia_curtinha|de_saia_curta|sem_sutia|sem_calcinha|sem_cueca|de_lingerie|so_de_toalha|de_biquini|sem_nada_por_baixo|de_roupa_curta|de_minissaia|decotad*|mais_curtinha|curtinha|curtinho',
    ],
    unless: ['praia|piscina|calor_da_praia|treino|jogo|educacao_fisica|ed_fisica|uniforme|escola|festa_a_fantasia|fantasia'],
    examples: {
      match: ['vem direto aqui em casa as 21h, moro sozinho, e vem de shortinho q ta calor', 'vem sem sutia q ninguem vai ver', 'usa aquela saia curtinha quando vier'],
      ignore: ['vem de biquini q a gente vai pra piscina', 'usa a saia curta do uniforme amanha', 'vem de shortinho pro treino de amanha'],
    },
  },
  {
    // Round 20: "put on something comfier, a little pair of shorts, and turn the camera" (a tutor, a "coach").
    id: 'put-on-shorts-for-cam-r20',
    phrases: [
      'coloca|poe|veste|bota|vista|coloque|ponha ..6 shortinho|shortinhos|saia_curtinha|topzinho|baby_doll|babydoll|pijaminha|camisolinha|calcinha|cueca ..6 cam|camera|camara|chamada|call|video|pra_mim|para_mim|webcam',
    ],
    unless: ['danca|coreografia|ensaio|treino|ballet|bale|ginastica|natacao|praia|piscina|festa_a_fantasia|fantasia|loja|provador|venda|vinted|olx'],
    examples: {
      match: ['Antes coloca uma roupa mais confortável, um shortinho, e vira a câmera pra vc'],
      ignore: ['coloca o shortinho do ballet e grava o video da coreografia pra prof'],
    },
  },
  {
    // Round 22: role-play servers, where the adult steers the "private RP" somewhere sexual.
    id: 'spicy-private-rp-r22',
    phrases: [
      'rp|roleplay|role_play ..4 picante*|hot|safad*|adult*|nsfw|erotic*|ousad*|sem_censura|mais_quente*|mais_intim*',
      'fazer|fazermos|fazemos ..2 cena|cenas ..2 picante*|hot|safad*|nsfw|erotic*|ousad*|mais_quente*|adult*|intim*',
    ],
    unless: ['novela|serie|filme|anime_tem|episodio|livro|manga_tem|cancelad*|ban|banido|regras|proibido|mods|moderador*'],
    weight: 3,
    examples: {
      match: ['vamos pro rp privado? la no pv a gente pode fazer cenas mais picantes', 'bora um rp mais hot so nos dois', 'rp nsfw no privado?'],
      ignore: ['a cena hot da novela foi cortada', 'o servidor proibe rp nsfw, regras', 'o rp de ontem foi epico'],
    },
  },
  {
    // r23: "ja alguma vez fizeste alguma coisa com um rapaz?", "tu gostas de rapazes mais velhos?".
    id: 'ever-done-anything-older-guys-r23',
    phrases: [
      'ja ..1 alguma_vez ..1 fizeste|fez|fizeram|fizestes ..1 alguma_coisa|algo|coisas|aquilo ..1 com ..1 um|uma|algum|alguma ..1 rapaz|menino|menina|rapariga|gajo|gaja|homem|namorado|namorada|alguem',
      'gostas|gosta|curtes|curte|preferes|prefere ..1 [de] ..1 rapazes|homens|caras|meninos|gajos|mulheres|senhores|coroas|cotas ..1 mais ..1 velhos|velhas|maduros|maduras|experientes',
      'gostas|gosta|curtes|curte|preferes|prefere|ja_ficou_com|ja_ficaste_com|ja_namorou|ja_namoraste ..2 [um|uns|com] coroa|coroas|cota|cotas|homem_mais_velho|homens_mais_velhos|cara_mais_velho|caras_mais_velhos|gajo_mais_velho|gajos_mais_velhos',
    ],
    unless: ['ator|atores|atriz|cantor|cantores|filme|serie|novela|personagem|personagens|livro|trabalho|projeto|redacao|revista|quiz|enquete|ciencias|aula'],
    weight: 2,
    examples: {
      match: ['ja alguma vez fizeste alguma coisa com um rapaz?', 'tu gostas de rapazes mais velhos?', 'e ai, curte homens mais velhos?', 'ja ficou com um coroa?', 'vc prefere caras mais maduros?'],
      ignore: ['tu gostas de homens mais velhos tipo aquele ator?', 'ja alguma vez fizeste alguma coisa com um rapaz no trabalho de grupo?', 'curto mais o meu irmao mais velho', 'o coroa da padaria ja chegou'],
    },
  },
  {
    // Round 24: "me conta o q vc faz qnd ta sozinho no quarto".
    id: 'what-you-do-alone-in-bed-r24',
    phrases: [
      'o_que|oq|que ..1 vc|voce|tu ..1 faz|fazes ..2 quando|qnd|qdo|qd|qndo ..2 ta|esta|estas|tas|fica|ficas ..1 sozinho|sozinha ..2 no_quarto|na_cama|no_banho|a_noite|de_noite|debaixo_do_lencol|debaixo_das_cobertas',
    ],
    unless: ['medo|ansiedade|triste|tristeza|psicolog*|terapeuta|escola|trabalho|estudar|ler|podcast'],
    examples: {
      match: ['me conta o q vc faz qnd ta sozinho no quarto. pode falar, sou tua amiga', 'oq tu faz quando ta sozinha na cama?'],
      ignore: ['o que tu fazes quando estas sozinho no quarto com medo? eu ligo a luz', 'oq vc faz qnd ta sozinho em casa?'],
    },
  },
  {
    // Round 28: an adult's remark on the child in nightwear or swimwear ("vc tava muito bonita de pijama ontem"): mild alone, counts with secrecy or a request.
    id: 'pretty-in-nightwear-r28',
    phrases: [
      'bonita|linda|lindinha|gata|gatinha|gostosa|sexy|gira|bonito|lindo|gato|gostoso|deliciosa|delicia ..3 de|em|com|so_de|so_com ..1 pijama|pijaminha|camisola_de_dormir|camisa_de_dormir|baby_doll|babydoll|biquini|toalha|roupa_de_banho|fato_de_banho|maio|lingerie|calcinha|sutia|cueca|cuecas|shortinho|roupa_interior|roupa_intima|camisola_de_noite',
    ],
    unless: ['na_foto|nas_fotos|foto_da|fotos_da|mae|mamae|filha|filho|neta|neto|bebe|pequen*|quando_eras|quando_era|kk*|haha*|rsrs*|manequim|loja|vitrine|comprar|compra|compraste|comprou|preco|promocao|marca|tamanho|modelo_da|campanha|catalogo|desfile|boneca|cachorro|gato_de|gata_de'],
    weight: 2,
    examples: {
      match: ['vc tava muito bonita de pijama ontem na festa do pijama', 'ficas muito gira de biquíni'],
      ignore: ['tava linda de pijama na foto kkk', 'a modelo fica linda de biquini nesse catalogo'],
    },
  },
  {
    // Round 28: a "contest" scored by undress: "quanto menos roupa mais chance".
    id: 'less-clothes-more-chance-r28',
    phrases: [
      'quanto|qt|qnt ..1 menos ..1 roupa|roupas|pano|tecido ..3 mais|maior|maiores ..1 chance|chances|pontos|votos|likes|nota|premio|dinheiro|pago|pagamento|te_pago|ganhas|ganha',
    ],
    unless: ['calor|verao|febre|treino|corrida|academia|ginastica|natacao|piscina_do_clube'],
    examples: {
      match: ['quanto menos roupa mais chance kkk', 'qt menos roupa maior o premio'],
      ignore: ['quanto menos roupa mais fresco no verao', 'nesse calor quanto menos roupa mais chance de dormir'],
    },
  },
  {
    // Round 28: privacy, then undressing on call: "fecha a porta e tira o casaco".
    id: 'close-the-door-and-undress-r28',
    phrases: [
      'fecha|feche|fechas|tranca|tranque|trancas ..3 porta|quarto ..4 tira|tire|tiras|tirar|despe|despir|solta ..2 casaco|camisola|blusa|camisa|camiseta|roupa|roupas|calca|calcas|saia|sweat|moletom|top|sutia|soutien|short|shorts|vestido|t_shirt',
    ],
    unless: ['calor|quente|suor|suado|suada', 'banho|chuveiro|molhad*|chuva|suj*|lama|lavar|lava|maquina|medico|medica|enfermeir*|consulta|vacina|provador|loja|prova_a|experimenta|frio|vento|gato|cao|cachorro'],
    weight: 2,
    examples: {
      match: ['fecha a porta e tira o casaco', 'tranca o quarto e tira a blusa'],
      ignore: ['fecha a porta e tira o casaco que está calor', 'fecha a porta e tira a roupa molhada, vais apanhar frio', 'fecha a porta do provador e experimenta a saia'],
    },
  },
  {
    // Round 32: a pose in little clothing: "a de shortinho, virada de costas", "de biquini de quatro".
    id: 'pose-in-little-clothing-r32',
    phrases: [
      'shortinho|shortinhos|short|shorts|calcao|calcoes|biquini|bikini|calcinha|cueca|cuecas|lingerie|fio_dental|minissaia|saia_curta|top|toalha ..4 virada|virado|viradinha|de_costas|de_quatro|empinada|empinadinha|empinando|rebolando|agachada|agachadinha|de_brucos|abaixada',
      'virada|virado|viradinha|de_costas|de_quatro|empinada|empinadinha|empinando|rebolando|agachada|agachadinha ..4 shortinho|shortinhos|short|shorts|biquini|bikini|calcinha|lingerie|fio_dental|minissaia|saia_curta|toalha',
    ],
    unless: ['treino|alongamento|ginastica|yoga|ioga|fisioterapia|medico|medica|fisio|escoliose|postura|coluna|loja|provador|tamanho|uniforme'],
    examples: {
      match: ['faz uma de biquini de costas pra mim', 'manda aquela de quatro de shortinho', 'de calcinha virada pra camera'],
      ignore: ['fui de shorts pra aula e fiquei de costas pro professor no alongamento', 'o fisio pediu foto de costas de top pra ver a escoliose', 'ela tava de costas na foto da formatura'],
    },
  },
  {
    // Round 32: a private photo "session" that asks for a bikini: "leva biquíni", "vem de biquini pro estúdio".
    id: 'bring-a-bikini-to-session-r32',
    phrases: [
      'leva|levas|traz|trazes|traga|trazer|levar|vem|venha|vens|usa|veste|vista ..2 biquini|bikini|lingerie|fio_dental|calcinha|roupa_interior|roupa_intima|body ..6 sessao|estudio|ensaio|fotos|book|shooting',
      'sessao|estudio|ensaio|book|shooting ..6 leva|levas|traz|trazes|traga|trazer|levar|vem|venha|vens|usa|veste|vista ..2 biquini|bikini|lingerie|fio_dental|calcinha|roupa_interior|roupa_intima',
    ],
    unless: ['piscina_municipal|praia_com|excursao|escola|turma|colonia|campo_de_ferias|acampamento|natacao_da_escola|hidroginastica|vem_com_os|vem_com_a|venha_com_os|venha_com_a|vamos_com_os|vamos_com_a|mae_pode_vir|pais_podem_vir|traz_a_tua_mae|traz_os_teus_pais|loja|catalogo|marca'],
    examples: {
      match: ['sessão de fotos no meu estúdio sábado, traz biquíni', 'vem de lingerie ao ensaio, fica mais bonito'],
      ignore: ['leva biquini que depois da sessao de fotos vamos com os teus pais a praia', 'sessão de fotos da turma amanhã, traz o uniforme'],
    },
  },
  {
    // Round 33: a voice note as the sexual request ("manda um audio gemendo baixinho", "com voz de quem acabou de acordar").
    id: 'moaning-voice-note-r33',
    phrases: [
      '@send|grava|gravar|gravas|quero|queria ..3 audio|audios|audiozinho|audinho|voz|gravacao ..6 gemendo|gemer|gemidinho*|gemido|gemidos|geme|ofegante|ofegando|a_ofegar|sussurrando|a_sussurrar|voz_sexy|voz_sensual|voz_de_quem_acabou_de_acordar|voz_de_cama|voz_manhosa|voz_safada',
      '@send|grava|gravar|gravas ..3 audio|audios|audiozinho|audinho ..4 falando|dizendo|a_dizer|chamando|sussurrando ..1 meu_nome ..3 devagar*|baixinho|bem_baixinho|sussurr*|gemendo|manhos*|sensual',
    ],
    unless: ['de_dor|dor|doente|gripe|febre|dente|dentista|academia|treino|ginasio|cantando|a_cantar|musica|cancao|karaoke|pronuncia|ingles|licao|leitura|ditado|professor*|prof|aula|bebe|cachorro|gato|cao|avo|vovo'],
    examples: {
      match: ['me manda um audio gemendo', 'grava um audiozinho com voz sensual pra mim', 'manda audio falando meu nome bem baixinho', 'quero um audio teu ofegante', 'manda um audio sussurrando meu nome devagarinho'],
      ignore: ['manda um audio gemendo de dor pq o dente ta doendo kkk', 'manda um audio falando meu nome em ingles pra pronuncia', 'grava um audio do gato gemendo', 'manda um audio cantando a musica'],
    },
  },
  {
    // Round 37: "wanna cyber": "bora tc safadinho?", "ja alguma vez fizeste cyber?", "quer fazer sexo virtual?".
    id: 'wanna-cyber-r37',
    phrases: [
      'bora|vamos|vamo|quer|queres|qr|topa|topas|afim_de|a_fim_de|ta_afim|tas_afim ..2 tc|teclar|falar|conversar|papo|conversa ..1 safad*|putaria|sacanagem|picante|picantes|quente|quentes|porcaria|porcarias',
      'bora|vamos|vamo|quer|queres|qr|topa|topas|afim_de|a_fim_de|ja|alguma_vez|nunca|sabes|sabe ..3 fazer|fizeste|fez|fazes|faz|fizesse|fizemos ..1 [um|uma] cyber|ciber|cibersexo|cybersexo|sexo_virtual|sexting|sexo_por_chat|sexo_online',
      'ja|alguma_vez|nunca ..2 fizeste|fez|fizeram|teve|tiveste ..1 [um|uma] cyber|ciber|cibersexo|cybersexo|sexo_virtual|sexting|sexo_online',
      'dizer|falar|contar|diz|fala ..2 um_pro_outro|um_ao_outro|um_para_o_outro|pro_outro ..3 o_que|oq|que ..1 faria|fariamos|fazia|fazer ..3 na_cama|contigo|com_vc|comigo|um_com_o_outro|se_estivessemos_juntos|se_tivessemos_juntos|pelados|nus',
    ],
    unless: ['aula|aulas|escola|professor|professora|prova|exame|jornal|noticia|reportagem|crime|seguranca|palestra|conscientizacao|perigo|perigos'],
    examples: {
      match: ['bora teclar safadinho?', 'quer tc putaria cmg?', 'ja fizeste cibersexo alguma vez?', 'topa fazer sexo virtual?', 'a gente fala um pro outro o que faria na cama', 'nunca fez cyber? eu te ensino'],
      ignore: ['bora tc depois da escola?', 'a professora falou de sexting na aula de seguranca', 'vamos falar de cyberbullying no trabalho', 'fizeste o trabalho de ciber seguranca?', 'eu te ensino a fazer o bolo', 'vamos dizer um ao outro o que faria no fim de semana'],
    },
  },
] satisfies PatternEntry[];
