import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'how-old',
    phrases: [
      'quantos|qtos|qts|quantas anos|aninhos [@you] [tem|tens|tas|ta|fazes|faz]',
      'tem|tens|tas|faz|fazes ..2 quantos|qtos|qts anos|aninhos',
      'qual|ql|que [e|eh|e] [a] [tua|sua] idade',
      'idade [tua|sua] ..1 [@you] tem|tens',
      '@you e|eh|es de_menor|d_menor|menor|maior|maior_de_idade|menor_de_idade|de_maior|d_maior',
      'que|qual ano [de_escola|da_escola|escolar] [@you] faz|fazes|esta|estas|ta|tas|anda|andas|estuda|estudas|cursa|cursas',
      'que|qual serie|ano ..1 [@you] faz|fazes|esta|estas|ta|tas|anda|andas|estuda|estudas',
      'em|no que ano|serie [@you] ta|tas|esta|estas|anda|andas',
      // Guessing the age: "vc tem 13 ou 14?", "tu tens quê, 13?", "tens uns 15?".
      '@you tem|tens # ou|anos #',
      '@you tem|tens # anos|aninhos ne|certo|neh|ou',
      'tem|tens que|o_que|oq|uns|tipo|mais_ou_menos #',
      'ja|quando @you fez|fizeste|fazes|faz|fazer|fizer #',
      'ja|quando fez|fizeste|fazes #',
      'qual|ql|que ..1 [o] @your ano|serie ..2 na|da|de|no escola|colegio|ensino|liceu',
    ],
    unless: ['# @money|@currency|@payment|minuto|minutos|min|mins|hora|horas|h|dias|dia|vezes|pontos|seguidores|likes|robux|vbucks|diamantes|moedas|euros|reais|paginas|exercicios|anos_de_casa|flexoes|abdominais|agachamentos|km|golos|gols|kills|vitorias|wins|pontos|level|nivel|metros|kg|quilos', 'quantos|qtos|qts anos ..2 tem|tens|faz ..1 o|a|os|as|teu|tua|seu|sua|ele|ela|isso|isto', 'inscricao|inscrever|matricula|ficha|formulario|cadastro|cadastrar|campeonato|federacao|torneio|seguro|carteirinha|plano_de_estudo|plano_de_estudos|documento|bilhete_de_identidade|cartao_de_cidadao', 'neto|neta|netinho|netinha|meu_filho|minha_filha|filhote|afilhado|afilhada|sobrinho|sobrinha'],
    examples: {
      match: ['ja fez 15?', 'vc tem 13 ou 14?', 'tu tens quê, 13?', 'tens uns 15?', 'qual teu ano na escola?', 'quantos anos vc tem?', 'tens quantos anos?', 'qual a tua idade', 'vc é de menor?', 'que ano vc ta?', 'em que ano andas?', 'qts anos?'],
      ignore: ['ja fez 15 flexoes?', 'ja fez 20 kills?', 'vc tem 13 reais ai?', 'tens 2 minutos?', 'quantos anos tem o teu cão', 'faz 2 anos que eu moro aqui', 'tenho 14 anos', 'qual sua idade e série? preciso pra montar o plano de estudo', 'qual a tua idade? é para a ficha de inscrição do torneio', 'que lindo meu neto. ta com quantos anos ja?'],
    },
  },
  {
    id: 'home-alone',
    phrases: [
      '@you ..1 ta|tas|esta|estas|estas|fica|ficas|ficou|fica_muito ..2 sozinha|sozinho|so|sozinhx',
      'ta|tas|esta|estas|fica|ficas|ficaste|estiveres|estiver|ficares ..2 sozinha|sozinho [em|na|no] [casa|quarto|ai]',
      '@your @family ..2 ta|tao|estao|esta|estao ..1 em_casa|ai|em|na|no|a_que_horas|hoje|agora|fora|viajando|trabalhando|a_trabalhar|dormindo|a_dormir|perto|contigo|com_vc',
      '@your @family ..2 sairam|saiu|saem|viajaram|viajam|foram|chegam|chega|voltam|volta|trabalham|dormem|dorme',
      'tem|tens|ha|alguem|ta|tem_alguem ..1 alguem|ninguem ..2 [em|na|ai|contigo|com_vc] casa|ai|contigo|com_vc|perto|por_perto|no_quarto',
      '@family ..1 @your ..1 ta|tao|estao|esta|sairam|saiu|chegam|voltam|trabalham',
      'horas|hora ..2 chegam|chega|voltam|volta|saem|sai ..2 @your @family',
      'mora|moras|vive|vives|fica|ficas com quem',
      '@you ..1 mora|moras|vive|vives com ..1 @your|os_teus|os_seus|a_tua|a_sua|o_teu|o_seu ..1 @family',
      'quando|que_horas ..3 @your @family ..1 saem|sai|chegam|chega|voltam|volta|viajam|trabalham|dormem',
      'de onde es|vc_e|voce_e|tu_es|e_vc|e_voce|tu_e|vc_eh|eh_vc',
      'com quem [@you] mora|moras|vive|vives|fica|ficas|ta|tas|esta|estas',
      '@your @family ..2 deixam|deixa|controlam|controla|veem|vem|mexem|mexe|checam|olham|leem ..3 celular|telemovel|telefone|mensagens|conversas|msgs|chats',
      // After naming the parents: "teus pais são chatos? eles olham teu celular?".
      'eles|elas ..1 olham|olha|mexem|mexe|veem|checam|checa|leem|le|vigiam|controlam|controla|verificam|espiam ..1 [o] @your|o_teu|o_seu ..1 celular|telemovel|telefone|mensagens|conversas|msgs|chats|whats|zap|insta|instagram',
      'quem ..1 ta|esta|mora|vive ..1 contigo|com_vc|com_voce|ai_contigo|em_tua_casa|na_tua_casa|na_sua_casa',
      'dormes|dorme|dorm* ..1 sozinha|sozinho|no_teu_quarto|no_seu_quarto|em_que_quarto',
      'vais|vai|vens|vem|ires|vires|fores|for ..1 sozinha|sozinho|so_tu|so_vc|sem_ninguem ..2 [certo|ne|ou|ou_com_alguem|ou_acompanhada|nao]',
    ],
    // A parent's logistics ("seu pai chega as 7, tranca a porta"), not a probe.
    unless: ['deixei|comida|jantar|janta|almoco|lanche|marmita|geladeira|frigorifico|tranca_a_porta|fecha_a_porta|tranca_tudo|leva_a_chave|dever_de_casa|faz_o_dever|faz_os_tpc', 'jantou|jantaste|ja_comeu|ja_comeste|almocou|almocaste|pra_estudar|para_estudar|estudar_junto|estudar_juntos|estudar_juntas|estudarmos|fazer_o_trabalho|trabalho_de_grupo|a_mae_pediu|o_pai_pediu', 'sozinho|sozinha|so ..1 ou ..4 jogar|joga|jogam|jogando|partida|squad|duo|trio|time|equipa'],
    examples: {
      match: ['teus pais sao chatos? eles olham teu celular?', 'vais sozinha, certo?', 'vc vem sozinha?', 'vc mora com seus pais?', 'vc tá sozinho em casa agora?', 'teus pais tao em casa?', 'tua mae ta em casa?', 'a que horas chegam os teus pais?', 'tem alguém aí contigo?', 'então vc tá sozinha...'],
      ignore: ['meu pai chega às 6', 'eu to sozinho aqui na fila kk', 'o jogo tá em casa', 'seu pai chega as 7, tranca a porta', 'tu ta sozinha em casa hj? bora fazer chamada pra estudar', 'vc ta sozinha em casa? a mae pediu pra eu ver se tu ja jantou', 'vai jogar sozinho ou teu primo vai jogar junto?', 'ta sozinha ou em squad na partida?'],
    },
  },
  {
    id: 'where-school-address',
    phrases: [
      'em|qual|que|onde ..1 escola|colegio|secundaria|liceu|faculdade [@you] estuda|estudas|andas|anda|vai|vais|frequentas',
      'qual|ql|que [e|eh] [o|a] @your escola|colegio|secundaria|liceu|escolinha',
      '@you estuda|estudas|andas|anda em|onde|qual|que|no|na',
      'onde [e|eh|que|q] [@you] estuda|estudas|mora|moras|vive|vives|fica_tua_casa|fica_sua_casa',
      'qual|ql|me_passa|passa|manda|me_manda|diz|me_diz [o|a|e|eh] [teu|tua|seu|sua] endereco|morada|rua|bairro|cep|codigo_postal|localizacao|localizacao_atual',
      '@send [me|a|o] [tua|sua|a] localizacao|endereco|morada|location|loc|pin',
      'de|em que cidade|bairro|zona|estado|distrito ..1 [@you] mora|moras|vive|vives|es|e|eh',
      // Without the preposition, as chat writes it: "q bairro vc mora?".
      'que|q|qual|ql cidade|bairro|zona|freguesia|concelho|distrito|rua ..1 [@you] mora|moras|vive|vives',
      'onde @you ..1 ta|tas|esta|estas|fica|ficas ..1 [agora|neste_momento|exatamente|exactamente]',
      'mora|moras|vive|vives perto|longe de|da|do',
      // "tu mora onde?", "vc mora aonde?".
      '@you ..1 mora|moras|vive|vives|fica|ficas ..1 onde|aonde|em_que_cidade|em_que_bairro|em_qual_cidade|em_qual_bairro|em_que_zona',
      'onde e_que|eh_que|e_q|que ..1 [@you] moras|mora|vives|vive|estudas|estuda',
      'andas|anda|estas|esta|estudas|estuda|tas|ta ..1 no|na|em|na_escola ..1 secundario|secundaria|preparatorio|basico|ciclo|liceu|fundamental|ensino_medio|ensino_fundamental|primaria|faculdade|universidade',
      // "és de que escola?", "estudas em qual colégio?", "andas em que escola?".
      '@you|es|vc_e|tu_es|voce_e ..1 de|da|do ..1 que|qual|ql|q escola|colegio|secundaria|liceu|cidade|bairro|turma|zona|estado',
      'estuda|estudas|andas|anda|vai|vais|frequenta|frequentas ..1 em|no|na|pra|para|a ..1 que|qual|ql|q escola|colegio|secundaria|liceu',
      'es|vc_e|tu_es|voce_e|vc_eh de onde',
      'que|qual|ql escola|colegio|secundaria|liceu ..1 e|eh|es ..1 [a] @your',
      'que_horas|a_que_horas|quando|q_horas ..2 [@you] ..1 sai|sais|sair|saires|acaba|acabam ..2 da|do|as|a ..1 escola|colegio|aula|aulas|treino|explicacao',
      'qual|ql|como|diz|me_diz ..2 nome ..1 da_tua|da_sua|do_teu|do_seu|de_tua|de_sua ..1 escola|colegio|secundaria|liceu|rua|bairro',
      'es|vc_e|tu_es|voce_e|andas|anda|estas|esta|estudas|estuda ..1 no|do|em|na|da ..1 # ..1 [o|a] ano|serie|classe',
    ],
    unless: ['cep ..3 nome_completo', 'nome_completo ..3 cep', 'frete|correio|correios|sedex|envio|entrega|encomenda|rastreio|carta_registrada|etiqueta_de_envio|pra_enviar|pra_mandar_o_pc|pra_te_mandar_o', 'sei|sabemos|descobri onde', 'dela|dele|delas|deles|da_festa|do_evento|do_restaurante|da_loja|do_cinema', 'foto_de_onde|foto_do_sitio|foto_do_lugar|quero_ver_se|em_tempo_real|tempo_real'],
    examples: {
      match: ['top. tu mora onde? sp?', 'vc mora aonde?', 'q bairro vc mora?', 'qual cidade tu mora', 'a que horas sais da escola?', 'que horas tu sai da escola?', 'onde é que moras?', 'andas no secundário?', 'qual o nome da tua escola?', 'és do 8º ano?', 'és de que escola?', 'estuda em qual colégio?', 'andas em que escola?', 'és de onde?', 'que escola é a tua?', 'em que escola tu andas?', 'qual escola vc estuda', 'onde vc mora?', 'me passa teu endereço', 'manda sua localização', 'qual é o teu colegio?', 'em que cidade vives?', 'vc estuda onde?'],
      ignore: ['me passa teu cep e nome completo no privado do twitter? aqui é grupo', 'me manda teu endereço pro frete', 'manda uma foto de onde vc tá agora, quero ver se é na casa da Bia mesmo', 'me manda localização em tempo real', 'me manda o endereço e o telefone da mae dela', 'o professor é de que escola?', 'ele é de onde?', 'onde fica a escola nova?', 'eu estudo no liceu', 'moro em lisboa'],
    },
  },
  {
    id: 'relationship-probe',
    phrases: [
      '@you ..1 tem|tens|ja_teve|ja_tiveste namorad*|ficante|crush',
      'tem|tens namorad*|ficante',
      'o_que|oq|oque|q|que [@you] ..1 ta|tas|esta|estas fazendo|a_fazer ..1 [agora|sozinha|sozinho|no_quarto|na_cama|deitada|deitado]',
      'ta|tas|esta|estas ..1 no_quarto|na_cama|deitada|deitado|no_banho',
    ],
    weight: 1,
    examples: {
      match: ['tens namorado?', 'vc tem namorada?', 'ta deitada?', 'tas no quarto?'],
      ignore: ['o meu namorado é chato', 'deitei cedo ontem'],
    },
  },
  {
    // "ela olha teu celular?", "teus pais mexem no teu telemovel?": checking whether anyone watches the chat.
    id: 'who-checks-your-phone-r9',
    phrases: [
      'ela|ele|eles|elas|@family|os_teus_pais|os_seus_pais|a_tua_mae|a_sua_mae ..2 olha|olham|mexe|mexem|ve|veem|vigia|vigiam|controla|controlam|ve_sempre|checa|checam ..1 @your|o_teu|o_seu ..1 celular|telemovel|telefone|cel|mensagens|conversas|msgs|whats|instagram|historico',
    ],
    unless: ['carregador|bateria|tela|ecra|partido|partida|quebrad*|conserto|arranjar|loja|capa|capinha|kk*|haha*|rsrs*'],
    examples: {
      match: ['ela olha teu celular?', 'os teus pais mexem no teu telemóvel?'],
      ignore: ['a tua mae olha o teu telemovel partido amanha na loja', 'ele mexe no teu celular kkk'],
    },
  },
  {
    // "vc tem q idade", "tens que idade?".
    id: 'what-age-variants-r9',
    phrases: [
      '@you|tu ..1 tem|tens ..1 q|que|qual ..1 idade',
    ],
    unless: ['carro|casa|cao|cachorro|gato|predio|moto|bike|celular|telemovel|pc|computador|arvore|filme|serie|jogo|irmao|irma|mae|pai|avo|vo|filho|filha|inscricao|ficha|formulario|seguro|bilhete|passe'],
    examples: {
      match: ['vc tem q idade', 'tu tens que idade?'],
      ignore: ['o teu cao tem que idade?', 'a tua mae tem que idade?'],
    },
  },
  {
    // Chat spelling: "q escola vc estuda?", "ql colegio tu anda".
    id: 'which-school-chat-r10',
    phrases: [
      'q|ql|qual|que ..1 escola|colegio|escolinha|liceu|secundaria ..2 @you ..1 estuda|estudas|anda|andas|vai|vais|frequenta|frequentas',
    ],
    unless: ['sei|sabemos|descobri|o_professor|a_professora|o_teu_irmao|a_tua_irma|teu_irmao|tua_irma'],
    examples: {
      match: ['sério?? eu tbm kkkk q escola vc estuda?', 'ql colegio tu anda'],
      ignore: ['q escola o teu irmao estuda?'],
    },
  },
  {
    // "seus pais ficam em casa na hora da aula?", "tua mae ta em casa agora?".
    id: 'parents-home-when-r10',
    phrases: [
      '@your ..1 pais|mae|pai|mamae|papai|familia|coroas|velhos ..1 ficam|fica|estao|esta|tao|ta|chegam|chega|voltam|volta ..2 em_casa|ai|ate_tarde|tarde|a_noite|de_noite|so_de_noite|trabalhando|a_trabalhar|fora',
    ],
    unless: ['natal|ferias|fim_de_semana|pascoa|aniversario|niver|jantar|almoco|almocar|jantar|festa|visita|buscar|te_buscar|boleia|carona|reuniao_de_pais|reuniao'],
    weight: 1,
    examples: {
      match: ['Seus pais ficam em casa na hora da aula?', 'tua mae ta em casa agora?', 'teus pais chegam tarde?'],
      ignore: ['teus pais ficam em casa pro jantar?', 'tua mae ta em casa pra te buscar?'],
    },
  },
  {
    // "os teus pais sabem que falas comigo?".
    id: 'do-parents-know-about-us-r11',
    phrases: [
      '@your|os_teus|os_seus|a_tua|a_sua|o_teu|o_seu ..1 @family ..2 sabem|sabe|desconfiam|desconfia|fazem_ideia ..1 que|q|de ..2 falas|fala|falamos|conversas|conversa|conversamos|teclamos|teclas|tecla ..1 comigo',
    ],
    examples: {
      match: ['os teus pais sabem que falas comigo?', 'sua mae sabe q vc conversa comigo?'],
      ignore: ['os teus pais sabem que vais a festa?', 'a tua mae sabe que chegas tarde?'],
    },
  },
  {
    // Abbreviated age and school-year questions: "qnts anos vc tem?", "ja tens 15?", "tu ta em que ano".
    id: 'abbreviated-age-year-r12',
    phrases: [
      'qnts|qts|qnt|qtos|qntos|qto|qnto|qntas ..1 anos|aninhos ..2 @you|tens|tem|fazes|faz|fez|fizeste',
      '@you ..1 ta|tas|esta|estas|anda|andas|ja_ta|ja_tas ..1 em|no|na ..1 que|qual|q ..1 ano|serie|classe',
      'em|no|na ..1 que|qual|q ..1 ano|serie ..1 @you ..1 ta|tas|esta|estas|anda|andas|estuda|estudas',
      'ja ..1 tens|tem|fez|fizeste|completou|completaste|fazes # ..1 [anos|aninhos]',
    ],
    unless: ['euros|euro|reais|conto|pontos|nivel|level|xp|robux|diamantes|vidas|kills|ano_que_vem|ano_passado|do_jogo|no_jogo|filho|filha|neto|neta|cachorro|cao|gato|carro|mota|casa', 'teu|tua|seu|sua|dele|dela|deles|irmao|irma|primo|prima|pai|mae|avo|namorado|namorada|professor*|prof'],
    weight: 1,
    examples: {
      match: ['qnts anos vc tem?', 'qts anos tens', 'ja tens 15?', 'tu ta em que ano', 'em que ano vc estuda?'],
      ignore: ['ja tens 15 pontos?', 'qnts anos teu irmão faz?', 'qnts anos tem o teu cao?', 'em que ano vc ta no jogo'],
    },
  },
  {
    // "onde e que andas na escola? em que ano?", "em que serie vc ta?".
    id: 'what-year-are-you-in-r13',
    phrases: [
      'em|de que|qual|q ano|serie|classe @you|andas|anda|estas|esta|tas|ta|estudas|estuda',
      'onde_e_que|onde andas|anda|estudas|estuda ..1 na_escola|no_liceu|no_colegio|a_estudar',
    ],
    unless: ['nasceu|nasceste|nasci|aconteceu|foi|casou|casaram|morreu|filme|livro|carro|album|musica|lancou|saiu'],
    weight: 1,
    examples: {
      match: ['onde é que andas na escola? em que ano?', 'em que serie vc ta?', 'em que ano estás?'],
      ignore: ['em que ano foi isso?', 'em que ano saiu o filme?'],
    },
  },
  {
    // "mora onde?", "vc ja ta de 18?", "seus pais leem teu cel?".
    id: 'live-where-of-age-parents-read-r14',
    phrases: [
      'mora|moras|vive|vives|tu_mora|vc_mora ..1 onde|aonde|em_que_cidade|em_que_bairro|perto_de_onde',
      'ja ..1 e|es|ta|tas|tem|tens|fez|fizeste ..1 de|os ..1 18|dezoito|maior|maioridade',
      '@your ..1 pais|mae|pai|velhos|coroas ..2 leem|le|mexem|mexe|olham|olha|vigiam|vigia|veem|ve|checam|checa|controlam|controla|vasculham|vasculha ..1 @your ..1 celular|cel|telemovel|tlm|telefone|conversas|mensagens|msgs|zap|whats|instagram|chat|conversa',
    ],
    unless: ['ele|ela|dele|dela|o_teu_primo|a_tua_prima|ja_e_de_maior|pra_tirar_carta|carta_de_conducao|habilitacao|carteira|votar|vota|titulo'],
    examples: {
      match: ['mora onde?', 'vc mora onde?', 'vc ja ta de 18 ou ainda nao?', 'seus pais sao chatos? leem teu cel?', 'tua mae mexe no teu celular?'],
      ignore: ['ele mora onde?', 'ja tens 18 pra tirar a carta?', 'a mae dela le as conversas dela'],
    },
  },
  {
    // Bare "quantos anos?" / "qtos anos tu tem" in a stranger's chat.
    id: 'bare-how-many-years-r14',
    phrases: [
      'quantos|qtos|qts|quanto|qnts ..1 anos|aninhos ..1 [tu|vc|voce|ce|tens|tem|vc_tem|tu_tem]',
    ],
    unless: ['# @money|@currency|@payment|minuto|minutos|hora|horas|dias|dia|vezes|pontos', 'cao|gato|gata|cadela|cachorro|carro|casa|predio|escola|empresa|pai|mae|avo|vo|irmao|irma|tio|tia|primo|prima|namorado|namorada|ele|ela|dele|dela|teu_pai|tua_mae|teu_irmao|tua_irma|teu_avo|tua_avo|o_carro|a_casa|o_cao|o_gato|o_cachorro|a_escola|o_predio|a_empresa|casados|casamento|namoro|de_namoro|de_casa|de_servico|de_carreira|de_experiencia|faz_que|fez_que|ha|atras|depois|antes|daqui|demorou|demora|leva|levou|durou|dura|passaram|passou|falta|faltam', 'neto|neta|netinho|netinha|filho|filha|filhote|afilhado|afilhada|sobrinho|sobrinha|bebe|o_menino|a_menina|miudo|miuda|crianca|criancas|filhos'],
    examples: {
      match: ['quantos anos?', 'qts anos tu tem', 'qnts anos vc tem msm?'],
      ignore: ['quantos anos de casados eles fazem?', 'quantos anos tem o teu cao?', 'quantos anos faz que tu moras ai?', 'quantos anos tem a tua sobrinha?', 'ha quantos anos?'],
    },
  },
  {
    // When the parent is away: "ela trabalha ate que horas?", "teus pais chegam que horas?".
    id: 'when-is-parent-away-r15',
    phrases: [
      'ela|ele|eles|@family ..1 trabalha|trabalham|chega|chegam|volta|voltam|sai|saem|fica_fora|ficam_fora ..1 ate|a ..1 que ..1 horas|hora',
      'ela|ele|eles|@family ..1 trabalha|trabalham|chega|chegam|volta|voltam|sai|saem ..1 que_horas|quando',
    ],
    unless: ['festa|aniversario|surpresa|jantar|almoco|buscar|carona|boleia|levar|loja|banco|consulta|medico'],
    weight: 1,
    examples: {
      match: ['tu mora sozinha com tua mae? ela trabalha ate que horas?', 'teus pais chegam que horas?'],
      ignore: ['tua mae chega que horas? pra gente fazer a surpresa', 'teu pai sai a que horas pra te buscar?'],
    },
  },
  {
    // Round 20: "qnd vc tiver sozinha me avisa" (waiting for the teen to be alone).
    id: 'tell-me-when-youre-alone-r20',
    phrases: [
      'quando|qnd|qd|qdo|assim_que|logo_que ..1 [@you] tiver|estiver|tiveres|estiveres|ficar|ficares ..1 sozinha|sozinho|so|sozinhas ..3 avisa|avisas|avise|me_avisa|avisa_me|chama|chamas|me_chama|chama_me|manda_msg|me_manda_msg|liga|ligo|te_ligo',
    ],
    unless: ['mae|pai|mamae|papai|avo|vo|vovo|tia|tio|madrinha|padrinho|filha|filho|trabalho|estudar|prova|teste|jogo|jogar|partida|tranca|trancar|porta|fogao|forno|cachorro|cao|gato|remedio'],
    weight: 1,
    examples: {
      match: ['qnd vc tiver sozinha me avisa q eu te ligo por video'],
      ignore: ['filha, quando estiveres sozinha em casa tranca a porta e avisa-me'],
    },
  },
  {
    // Round 30: "me fala o nome da escola", "diz-me o nome do teu colégio".
    id: 'tell-me-your-school-name-r30',
    phrases: [
      'fala|diz|diga|conta|passa|manda|fale|conte|qual ..2 [o] nome ..1 da|do|de ..1 [tua|sua|teu|seu] escola|colegio|liceu|escolinha',
    ],
    unless: ['inscricao|ficha|formulario|matricula|bolsa|concurso|olimpiada|torneio|campeonato|diploma|certificado|professor*|prof|stor|stora|sala|diretor*|secretaria'],
    weight: 1,
    examples: {
      match: ['me fala o nome da escola', 'diz-me o nome do teu colégio'],
      ignore: ['me fala o nome da escola pra ficha de inscricao do torneio', 'qual o nome da escola da professora'],
    },
  },
  {
    // Round 34: the bare probe in a chat: "q escola?", "qual colégio?", "tu é de SP?", "vc é do rio?".
    id: 'bare-which-school-where-from-r34',
    phrases: [
      'que|qual|ql escola|colegio|liceu|escolinha',
      '@you ..1 e|es|eh de|do|da ..1 sp|rj|bh|mg|rs|pr|sc|ba|pe|ce|df|sampa|sao_paulo|rio|minas|lisboa|porto|braga|coimbra|faro|setubal|que_cidade|qual_cidade|que_bairro|qual_bairro|que_zona|qual_zona|perto|longe',
    ],
    unless: ['chata|chato|boa|bom|linda|lindo|grande|horrivel|incrivel|nova|novo|top|legal|fixe|ruim|pessima|otima|sorte|azar', 'sei|sabemos|descobri|o_professor|a_professora|irmao|irma|primo|prima|filho|filha|neto|neta|ele|ela|dele|dela|o_menino|a_menina', 'inscricao|matricula|ficha|formulario|cadastro|campeonato|torneio|excursao|onibus|autocarro|uniforme|farda|transferencia|vaga|vagas|olimpiada|interescolar|jogos_escolares'],
    examples: {
      match: ['q escola?', 'qual colegio tu?', 'tu é de SP?', 'vc é do rio?', 'tu és de lisboa?'],
      ignore: ['que escola chata', 'qual escola o teu irmão estuda?', 'ele é de sp', 'eu sou de sp', 'qual escola vai no campeonato?', 'que escola linda'],
    },
  },
  {
    // Round 36: the time the person gets out, asked in chat word order ("sai que horas", "sais a que horas da escola").
    id: 'you-get-out-what-time-r36',
    phrases: [
      'sai|sais|saes|saem|sair|sairas ..1 que_horas|a_que_horas|q_horas|qnts_horas|quantas_horas ..3 [da|do|das] [escola|colegio|aula|aulas|treino|explicacao|curso]',
      'vc|voce|tu ..1 sai|sais ..1 que_horas|a_que_horas|q_horas',
    ],
    unless: ['filme|serie|episodio|ep|temporada|album|musica|clipe|video|jogo|update|atualizacao|patch|resultado|resultados|nota|notas|pauta|lista|o_onibus|o_autocarro|o_comboio|o_trem|o_metro|o_voo|o_aviao|o_barco|a_mae|o_pai|a_tua_mae|o_teu_pai|a_sua_mae|o_seu_pai|ele|ela|eles|elas|a_live|o_post|jantar|festa|show|concerto|trabalho|expediente|turno|kk*|haha*|rsrs*', 'saimos|sairmos|vamos|bora|te_espero|espero_te|a_gente|nos_encontramos'],
    examples: {
      match: ['sai que horas', 'sais a que horas da escola?', 'vc sai que horas?'],
      ignore: ['o filme sai que horas?', 'o onibus sai que horas', 'sai que horas? te espero pra gente ir junto'],
    },
  },
] satisfies PatternEntry[];
