import type { PatternEntry } from '../../schema';

const PARTY = 'festa|surpresa|presente|aniversario|niver|prenda|spoiler*|final|fim_do_filme|resultado|crush|a_fim|afim|gostando|apaixonad*|gosto_do|gosto_da|gosto_dele|gosto_dela|curto_o|curto_a|curto_ele|curto_ela';

export default [
  {
    id: 'dont-tell-parents',
    phrases: [
      'nao|n|nem|nunca [pode|podes|deve|deves|vai|vais|precisa|precisas] conta|conte|contes|contar|fala|fale|fales|falar|diz|diga|digas|dizer|coment*|mostra|mostre|mostres|mostrar ..3 @your @family',
      'nao|n|nem|nunca conta|conte|contes|fala|fale|fales|diga|digas|comenta|mostra|mostre ..3 [de|sobre|da|do] mim|nos|a_gente|nossa|nossas|nosso|esta_conversa|essa_conversa|isto|isso ..4 @family|ninguem|ngm|niguem|ninguen',
      'nao|n|nem|nunca conta|conte|contes|fala|fale|fales|diga|digas|comenta|comentes ..3 ninguem|ngm|niguem|@family ..2 sobre|de|da|do ..1 mim|nos|a_gente|nossa|nosso|nossas|nossos|esta_conversa|essa_conversa|nos_dois',
      '@family ..3 nao|n|nem|nunca ..2 pode|podem|precisa|precisam|devem|tem_que|vao|iam ..1 saber|entender|descobrir|ver',
      '@family nao|n iam|iriam|vao|vai ..1 entender|aceitar|perceber',
      'eles|elas nao|n iam|iriam ..1 entender|aceitar|perceber',
      'nossa_amizade|nossa_relacao|o_que_temos|o_que_a_gente_tem|a_nossa_cena|o_nosso_lance|a_gente ..6 nao|n ..1 iam|iriam|vao|entenderiam|perceberiam|aceitariam ..1 [entender|perceber|aceitar|compreender]',
    ],
    unless: ['dei_mais|te_dei|mesada|presente|prenda|aniversario|niver', PARTY, 'querer ..1 ir|vir ..1 junto|tambem|com_a_gente', 'pudim|sobremesa|gelado|sorvete|bolacha*|biscoito*|senao_ele_come|senao_ela_come|senao_come'],
    examples: {
      match: ['a nossa amizade é especial, os outros não iam perceber', 'nao conta pra ninguem sobre a gente', 'não digas a ninguém de nós', 'mas nao conta pros seus pais ta?', 'não digas nada à tua mãe, ok?', 'e nao fala de mim pra ninguem', 'teus pais não podem saber', 'eles nao iam entender', 'não mostres isto aos teus pais'],
      ignore: ['Não conta pro seu primo que tem pudim, senão ele come tudo 😂', 'não conta pra Ana sobre a festa surpresa!!', 'nao conta pra mae que quebrei o vaso, é surpresa o presente', 'vou contar pra mae'],
    },
  },
  {
    id: 'dont-tell-mum',
    phrases: [
      'nao|n|nem|nunca [pode|podes|deve|deves|vai|vais|precisa|precisas] conta|conte|contes|contar|fala|fale|fales|falar|diz|diga|digas|dizer|coment*|mostra|mostre|mostres|mostrar ..3 @family',
    ],
    unless: [PARTY, 'pudim|sobremesa|gelado|sorvete|bolacha*|biscoito*|senao_ele_come|senao_ela_come|senao_come', 'querer ..1 ir|vir ..1 junto|tambem|com_a_gente', 'pegadinha|trollar|trolar|zoar|zoeira|pregar_uma_partida|pregar_lhe_uma_partida|susto|assustar|trote|vai_surtar|vai_passar_se|esconder_o|esconder_a|escondemos_o|escondemos_a'],
    weight: 1,
    examples: {
      match: ['não contes à mãe', 'nao fala pro pai'],
      ignore: ['nao conta pra mae da festa surpresa', 'Não conta pro seu primo que tem pudim, senão ele come tudo 😂'],
    },
  },
  {
    id: 'between-us',
    phrases: [
      'nem_pense|nem_penses|nem_pensar|nem_sonhes|nem_sonhe ..2 contar|falar|dizer|comentar|mostrar ..3 @family|ninguem|ngm|alguem|nada|isso|isto|nos|mim|a_gente',
      'fica|fique|ficar|isso_fica|isto_fica entre nos|a_gente|nos_dois|nos_duas',
      'nosso|nossa segredo|segredinho|segredo_nosso',
      'segredo|segredinho nosso|so_nosso|so_de_nos|entre_nos',
      'so|apenas|somente entre nos|a_gente|nos_dois|nos_duas',
      'entre ..1 mim|eu ..1 e ..1 ti|tu|vc|voce',
      'ninguem|ngm|niguem precisa|pode|tem_que|vai|deve ..1 saber|descobrir',
      'segredo ..2 so_nosso|so_nosso|entre_nos|de_nos_dois',
      'e|eh|vai_ser|fica segredo ..1 ta|ok|okay|combinado|entendeu|entendido|certo',
      'mas|mais e|eh segredo|segredinho|nosso_segredo',
      'nao|n|nunca deixa|deixes|deixe ..1 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus|ninguem ..1 [@family] ver|ler|mexer|pegar|olhar ..3 nossas|nossa|nosso|nossos|mensagens|conversa|conversas|chat|msgs|isto|isso',
      // "posso ser teu namorado secreto".
      'namorado|namorada|namoro|namorico|relacao|relacionamento|amizade|caso ..1 secreto|secreta|escondido|escondida|as_escondidas|so_nosso|so_nossa',
    ],
    unless: [PARTY],
    examples: {
      match: ['posso ser teu namorado secreto', 'vai ser o nosso namoro escondido', 'é um segredo nosso', 'isto é só entre mim e ti', 'vc é minha namoradinha agora, mas é segredo', 'não deixa tua mãe ver nossas mensagens', 'ninguém precisa saber, fica entre nós', 'é o nosso segredinho', 'isso fica entre a gente', 'é segredo ok?'],
      ignore: ['é segredo, a festa é surpresa', 'ninguem sabe a resposta', 'o segredo do bolo é a manteiga'],
    },
  },
  {
    id: 'dont-tell-anyone',
    phrases: [
      'nao|n|nem|nunca [pode|podes|deve|deves|vai|vais|precisa|precisas] conta|conte|contes|contar|fala|fale|fales|falar|diz|diga|digas|dizer|comenta|comentes|comentar ..2 [nada] pra|para|a|pa|p|pro|com ninguem|ngm|niguem|ninguen',
      'nao|n|nem|nunca conta|conte|contes|fala|fale|fales|diga|digas ..2 que [a_gente|nos] falamos|conversamos|fala|conversa|falou|conversou|se_fala',
      'nao|n|nem|nunca conta|conte|contes|fala|fale|fales|diga|digas|mostra|mostre|mostres ..3 @your ..1 amigos|amigas|colegas|amigo|amiga|professor*|prof|profe|namorad*',
    ],
    unless: ['reprovei|chumbei|chorei|vomitei|cai_da|cai_no|cai_na|levei_falta|tirei_negativa|tirei_zero|fiquei_de_recuperacao|tomei_bomba|me_borrei|me_mijei', PARTY],
    weight: 1,
    examples: {
      match: ['nao conta nada pros teus amigos', 'não contes a ninguém que falamos', 'nao fala pra ninguem', 'n conta pra ngm'],
      ignore: ['nao conta pra ninguem q eu gosto do lucas, promete?', 'nao conta pra ninguem mas eu to a fim do lucas', 'não conta pra ninguém da festa surpresa', 'ninguem me conta nada'],
    },
  },
  {
    id: 'delete-chat',
    phrases: [
      'apaga|apague|apagues|apagar|deleta|delete|deletar|elimina|elimine|limpa|limpe|limpar ..3 conversa|conversas|conversinha|chat|mensagens|mensagem|msg|msgs|mgs|historico|tudo_que_eu_mandei|as_minhas_fotos|minhas_fotos|as_fotos_que_te_mandei',
      'apaga|apague|apagues|deleta|delete|elimina ..2 tudo ..3 depois|quando|antes|senao|se_nao|pra|para',
      'apaga|apague|apagues|deleta|delete|elimina|apagar ..2 depois_de|depois_que|depois_q|assim_que|logo_que|mal|quando ..1 ver|veres|vires|ler|leres|abrir|abrires|ouvir|ouvires',
      'modo|mensagens temporario|temporarias|temporaria|secreto|secreta|anonimo',
    ],
    unless: [PARTY, 'a_prof|o_prof|a_stora|o_stor|a_professora|o_professor|a_diretora|o_diretor|a_coordenadora', 'grupo|turma|spam|trabalho|print|meme|errad*|sem_querer|engano'],
    examples: {
      match: ['apaga depois q ler', 'apaga depois de ver ok', 'apaga essa conversa depois tá', 'apaga as nossas mensagens', 'limpa o historico antes dos teus pais verem', 'deleta o chat'],
      ignore: ['apaga esse chat kkkk se a prof ver a gente ta morto', 'apaga essa foto que eu to horrivel', 'apaga as msg do grupo depois q ela pode ver a festa', 'apaguei a mensagem errada'],
    },
  },
  {
    id: 'its-discreet',
    phrases: [
      'e|eh|tudo|sera|fica|vai_ser|super|totalmente|100 ..1 [tudo|bem|super|totalmente|muito] discreto|discreta|sigiloso|sigilosa|confidencial|em_sigilo|anonimo|anonima',
    ],
    unless: [PARTY, 'lugar|restaurante|cor|roupa|look|vestido|estilo|pessoa|ele|ela|maquiagem|maquilhagem|tatuagem|piercing|carro|casa|decoracao|anel|relogio|som|voto|votacao|inquerito|questionario|formulario|pesquisa'],
    weight: 1,
    examples: {
      match: ['é pra um cliente meu, relaxa, é discreto', 'fica tudo em sigilo', 'é tudo anonimo, ninguem sabe'],
      ignore: ['ele é muito discreto', 'o questionario é anonimo', 'a tatuagem é discreta'],
    },
  },
  {
    id: 'if-they-ask',
    phrases: [
      'se|caso [@your] @family|alguem|eles ..2 pergunt*|perguntar*|descobr* ..4 inventa|inventas|mente|mentes|mentir|nega|negas|negar',
      'pergunt* ..4 diz|diga|digas|dizes|fala|fale ..2 que [eu] [sou|e|eh|es] [uma|um|tua|sua|teu|seu] amiga|amigo|colega|prima|primo|tio|tia',
      'diz|diga|digas|fala|fale ..3 @family ..4 que [eu] [e|eh|es|tas|ta|sou] [uma|um|tua|sua] amiga|amigo|colega|prima|primo|da_escola|do_colegio',
      'diz|diga|digas|fala|fale|dizes ..1 que ..1 [eu] sou|e|eh ..1 [uma|um|tua|teu|sua|seu] amiga|amigo|colega|prima|primo ..2 da_escola|do_colegio|da_turma|do_treino|da_catequese|da_igreja|da_net|do_jogo',
      // "se os teus pais perguntarem diz que sou da tua turma".
      'pergunt* ..4 diz|diga|digas|dizes|fala|fale ..1 que|q ..1 [eu] sou|e|eh|era ..2 da|do ..1 [tua|teu|sua|seu] turma|escola|sala|colegio|treino|equipa|time|catequese|igreja|bairro',
    ],
    unless: [PARTY],
    examples: {
      match: ['se os teus pais perguntarem diz que sou da tua turma', 'diz que sou tua amiga da escola', 'se tua mae perguntar diz que eu sou uma amiga da escola', 'se teus pais descobrirem, mente', 'diz aos teus pais que sou uma amiga'],
      ignore: ['se tua mae perguntar diz que eu liguei', 'diz a tua mae que a festa é às 8'],
    },
  },
  {
    id: 'without-them-knowing',
    phrases: [
      'sem ..1 @your|os_teus|os_seus|a_tua|a_sua ..1 @family ..2 saber|saberem|descobrir|descobrirem|verem|perceberem|darem_conta|sonharem',
      'sem_que ..3 @family|ninguem|ngm|eles|elas ..1 saiba|saibam|descubra|descubram|veja|vejam|perceba|percebam',
      'sem ninguem|ngm ..1 saber|ver|descobrir|perceber',
      'escondido|escondida|as_escondidas|escondidinho ..3 @your|dos|das|da|do ..1 @family',
      // "teus pais nem vão perceber", "a tua mãe nem precisa de saber".
      '@your|os_teus|os_seus|a_tua|a_sua|o_teu|o_seu ..1 @family ..1 nem|nao|n ..1 vao|vai|precisam|precisa|tem|teem|tem_de|tem_que|precisam_de|precisa_de|hao_de|vao_nem ..1 [de|que] perceber|saber|notar|desconfiar|sonhar|ficar_a_saber|ficar_sabendo|dar_conta|descobrir',
    ],
    unless: ['festa|surpresa|presente|aniversario|niver|prenda|spoiler*', 'resultado|resultados|prova|teste|exame|nota|notas|boletim|faltas|reuniao'],
    examples: {
      match: ['a gente se encontra sozinhos, sem teus pais saberem', 'sem que a tua mae saiba', 'vem sem ninguem saber', 'às escondidas dos teus pais', 'me passa teu endereço q eu vou te buscar hj a noite, teus pais nem vao perceber', 'a tua mãe nem precisa de saber', 'teus pais nao vao desconfiar de nada'],
      ignore: ['vamos fazer a festa surpresa sem os teus pais saberem', 'sem saber o que fazer', 'ninguem sabe a resposta', 'teus pais nem vao perceber a festa surpresa', 'os teus pais nao vao saber o resultado hoje? a prova'],
    },
  },
  {
    id: 'nobody-will-see',
    phrases: [
      'ninguem|ngm|niguem ..1 vai|vai_nem|nunca_vai|ira|vera|sabera ..1 [ver|saber|descobrir] ..2 prometo|juro|relaxa|confia|confie|fica_tranquila|fica_tranquilo|so_eu|so_pra_mim',
      'ninguem|ngm|niguem ..1 sabe|ve|descobre ..2 juro|prometo|relaxa|confia|so_eu',
      'prometo|juro ..2 que ..1 ninguem|ngm ..1 vai|vai_nem|ira ..1 ver|saber|descobrir',
      'so|apenas|somente eu ..1 vou|irei|que_vou ..1 ver|guardar|ter',
      'so|apenas|somente eu vejo|vi|guardo',
      'so|apenas ..1 pra|para mim ..2 prometo|juro|ninguem|ngm',
    ],
    unless: ['festa|surpresa|presente|aniversario|niver|prenda|spoiler*|resposta|teste|prova|exame|jogo|filme|nota|notas'],
    examples: {
      match: ['ninguém vai ver, prometo', 'ninguem sabe, juro', 'prometo que ninguém vai saber', 'só eu vou ver', 'é só pra mim, juro'],
      ignore: ['ninguém vai ver o filme, prometo', 'ninguem sabe a resposta', 'só eu vou ao cinema'],
    },
  },
  {
    // Leaving because the chat is watched: "bora pro telegram que aqui o chat é vigiado", "lá ninguém lê".
    id: 'away-from-watchers',
    phrases: [
      'aqui|chat|site|app|jogo|plataforma|insta|instagram|roblox ..3 e|eh|ta|esta|sao|fica|tem ..1 [muito|mt|tudo|todo|meio] vigiad*|monitorad*|moderad*|controlad*|gravad*|moderador*|moderacao ..6 @app|privado|outro|outra|la|melhor|bora|vamos|chama|passa',
      '@app|privado|la|ali ..4 ninguem|ngm|teus_pais|os_teus_pais|seus_pais|os_seus_pais|tua_mae|sua_mae|moderador*|moderacao ..1 [nos] ve|veem|le|leem|vigia|controla|mexe|apanha|descobre|consegue_ver|consegue_ler',
      '@app|privado ..4 aqui|ca|este_chat|esse_chat|este_site|esse_site ..3 e|eh|ta|esta|fica ..1 [muito|mt|tudo|todo|meio|super] vigiad*|monitorad*|moderad*|controlad*|gravad*',
      '@app|privado ..4 apaga|apagam|somem|desaparecem ..1 [as] mensagens|msgs|conversas|sozinhas|automaticamente|sozinho|depois',
      // Round 38: the messages first, then the verb: "bora pro telegram que la as msg somem".
      '@app|privado ..4 [as|os] mensagens|msgs|msg|mensagem|conversas|conversa|fotos|chats ..1 somem|sumem|desaparecem|se_apagam|apagam|se_autodestroem|autodestroem|sao_temporarias|nao_ficam_guardadas|nao_ficam_salvas',
    ],
    unless: ['galera|grupo|turma|pessoal|equipa|time|clan|cla|server|servidor|palavrao|palavroes|ban|banido|banir|spam|golpe|trabalho|projeto|projecto|aula|escola|prof*', 'galeria|backup|bug|erro|atualizacao|atualizei|sem_querer|telemovel_novo|celular_novo'],
    weight: 2,
    examples: {
      match: ['bora conversar no telegram, aqui é muito vigiado', 'bora pro telegram que aqui o chat é vigiado, la a gnt conversa melhor', 'no telegram ninguém lê', 'no snap as mensagens apagam sozinhas', 'o insta é muito monitorado, chama no whats', 'vamos pro signal, la as mensagens desaparecem', 'no telegram as conversas se apagam, fala comigo la'],
      ignore: ['o chat do roblox é moderado, bora pro discord com a galera', 'o chat do jogo é monitorado, não digas palavrões', 'no grupo ninguém lê as regras', 'no whats as fotos somem da galeria quando troco de celular', 'o telegram as mensagens sumiram depois da atualizacao'],
    },
  },
  {
    // "qnd teus pais dormirem", "os adultos nao entendem": contact timed or framed to stay hidden from parents.
    id: 'when-parents-sleep-r9',
    phrases: [
      'quando|qnd|qdo|qndo|depois_que|dps_que|assim_que|enquanto ..2 @your|os_teus|os_seus|teus|seus ..1 pais|mae|pai|coroas|velhos|responsaveis ..1 dormirem|dormir|tiverem_a_dormir|tiverem_dormindo|estiverem_a_dormir|estiverem_dormindo|nao_tiverem_a_ver|nao_estiverem_vendo',
      'os_adultos|os_mais_velhos ..2 nao|n|nunca ..1 entendem|percebem|iam_entender|vao_entender|iam_perceber|aceitariam',
      'os_teus_pais|os_seus_pais|teus_pais|seus_pais|os_pais|a_tua_mae|a_sua_mae|tua_mae|sua_mae ..2 nao|n|nunca ..1 entendem|entende|percebem|percebe|iam_entender|ia_entender|vao_entender|iam_perceber|ia_perceber|aceitariam|aceitaria ..3 a_nossa|nossa|nosso|a_gente|o_que_temos|o_nosso|o_que_a_gente_tem|a_nossa_relacao|a_nossa_amizade',
    ],
    unless: ['festa|surpresa|presente|prenda|aniversario|niver|jogar|jogo|partida|ranked|serie|filme|kk*|haha*|rsrs*|matematica|materia|escola|nota|notas|boletim|tpc'],
    examples: {
      match: ['vamo entrar em call so nos dois hj de madrugada? qnd teus pais dormirem', 'pq eu gosto de vc e os adultos nao entendem'],
      ignore: ['qnd teus pais dormirem a gente joga mais uma partida', 'os teus pais nao entendem a materia de matematica', 'os teus pais nao iam entender a piada'],
    },
  },
  {
    // "se contar pra alguem eu pego tua irma": silence bought with a threat.
    id: 'tell-anyone-and-else-r9',
    phrases: [
      'se|caso ..1 [@you] contar|contares|falar|falares|disser|disseres|abrir_a_boca ..2 [isso|isto|nada|alguma_coisa] ..1 [pra|para|a|ao|aos|as] alguem|ninguem|policia|@family ..4 eu|vou|vo|te|mato|pego|ja_era|acabou|vais_ver|vai_ver|sofre|sofres|paga|pagas',
    ],
    unless: ['kk*|haha*|rsrs*|segredo|meu_segredo|surpresa|festa|presente|prenda|spoiler*|final|crush|nota|notas|boletim|quebrou|quebraste|partiste|partiu|carregador|chocolate|vaso', 'gosto_dele|gosto_dela|gosto_de|morro|morro_de_vergonha|vergonha|namorad*|ficante'],
    examples: {
      match: ['sei onde tu mora. se contar pra alguem eu pego tua irmã na saida da escola', 'se contares isto aos teus pais vais ver'],
      ignore: ['se contar pra mae que eu quebrei o vaso eu te mato kkk', 'se contares a alguem da festa surpresa eu mato-te', 'se contares a alguem que eu gosto dele eu morro'],
    },
  },
  {
    // "nao fala pro thiago nem pros teus pais".
    id: 'not-him-nor-parents-r10',
    phrases: [
      'nao|n ..1 fala|fale|conta|conte|comenta|comente|diz|diga|digas|contes|fales ..5 nem ..1 [pro|pra|pros|pras|aos|ao|a|as|para|com] [os|as] [teus|tuas|seus|suas] @family',
    ],
    unless: [PARTY, 'kk*|haha*|rsrs*|nota|notas|boletim|bolo|vaso|partiu|parti|quebrei|quebrou|multa'],
    examples: {
      match: ['bora se ver sabado? eu te busco de carro, mas nao fala pro thiago nem pros teus pais q eles vao encher o saco', 'não contes à tua amiga nem aos teus pais'],
      ignore: ['nao conta pro joao nem pra tua mae, é surpresa', 'nao fala pra ana nem pra tua mae que quebrei o vaso'],
    },
  },
  {
    // "não precisam de saber destas conversas", "ninguem precisa saber da gente".
    id: 'nobody-needs-to-know-us-r10',
    phrases: [
      'nao|ninguem|ngm ..1 precisa|precisam|tem_que|tem_de|tens_de ..1 [de] saber ..2 destas|dessas|desta|dessa|das|da|nossas|nossa|de_nos|da_gente|disto|disso ..1 [nossas] conversas|conversa|mensagens|msgs|conversinhas|gente|nos',
      'promete|prometes|jura|juras ..2 nao|n ..1 mostra|mostras|mostrar|conta|contas|fala|falas|diz|dizes ..2 [pra|para|a] ninguem|ngm',
    ],
    unless: [PARTY, 'kk*|haha*|rsrs*|gosto|apaixonad*|fofoca|terminei|terminou|beijei|ficou_com|fiquei|nota|notas|reprovei|chumbei|vergonha|gaguejei'],
    examples: {
      match: ['Melhor assim, não precisam de saber destas conversas por agora', 'posso te mandar uma coisa? mas promete q nao mostra pra ninguem'],
      ignore: ['promete que nao conta pra ninguem? eu gosto do pedro', 'ninguem precisa saber da festa surpresa'],
    },
  },
  {
    // "apaga meu contato do teu celular", "se tua mae perguntar fala que é a professora", "nao fala de mim pra tua terapeuta".
    id: 'hide-me-r10',
    phrases: [
      'apaga|apague|deleta|delete|tira|elimina ..2 meu|o_meu ..1 contato|contacto|numero|perfil ..3 do|da ..1 teu|tua|seu|sua ..1 celular|telemovel|agenda|lista|telefone|historico',
      'se ..3 perguntar|perguntarem|pergunta|perguntam ..3 fala|fale|diz|diga|digas|dizes|responde|responda ..1 que|q ..2 e|eh|era|sou|foi ..1 [a|o|uma|um] professora|professor|amiga|amigo|colega|prima|primo|treinador|treinadora|ninguem|engano|uma_amiga|um_amigo',
      'nao|n ..1 fala|fales|fale|conta|contes|conte|diz|digas|diga ..2 de_mim|sobre_mim|sobre_nos|da_gente|de_nos|sobre_a_gente ..3 pra|para|a|ao|aos|com ..2 @your|ninguem|ngm|terapeuta|psicolog*|professor*|amigas|amigos',
    ],
    unless: [PARTY, 'kk*|haha*|rsrs*|numero_novo|mudei|troquei|antigo|velho|engano_meu|vergonha|fofoca|briga|brigamos'],
    examples: {
      match: ['apaga meu contato do teu celular', 'se tua mae perguntar fala que é a professora', 'nao fala de mim pra tua terapeuta'],
      ignore: ['apaga meu numero antigo do teu celular, troquei', 'se perguntarem fala que é surpresa'],
    },
  },
  {
    // "sem teus pais ficarem vendo", "sem os teus pais saberem".
    id: 'without-parents-watching-r11',
    phrases: [
      'sem ..1 @your|os_teus|os_seus|a_tua|a_sua|o_teu|o_seu ..1 @family ..2 ver|verem|vendo|saberem|saber|descobrirem|descobrir|perceberem|perceber|ouvirem|ouvir|lerem|ler|espiarem|mexerem|controlarem',
    ],
    unless: [PARTY],
    examples: {
      match: ['passa teu zap q la a gente conversa melhor, sem teus pais ficarem vendo', 'fala comigo aqui sem os teus pais saberem'],
      ignore: ['vamos organizar a festa surpresa sem os teus pais saberem', 'compra o presente sem a tua mae ver'],
    },
  },
  {
    // "não precisa avisar ninguém", "não precisas de contar à tua mãe", "não digas nada ao mister".
    id: 'no-need-to-tell-r11',
    phrases: [
      'nao|n ..1 precisa|precisas|precisam|tens|tem ..2 avisar|contar|falar|dizer ..2 ninguem|ngm|@family|a_tua_mae|a_sua_mae|com_sua_mae|com_tua_mae|aos_teus_pais|aos_seus_pais|pros_teus_pais|pros_seus_pais|teus_pais|seus_pais',
      'nao|n ..1 digas|diga|contes|conte|fales|fale ..1 nada ..2 ao|a|aos|pro|pra ..1 mister|treinador|treinadora|stor|professor*|prof|diretor|diretora|coordenador*|psicolog*',
    ],
    unless: [PARTY, 'cancelad*|cancelou|ja_sabem|ja_sabe|ja_avisei|ja_falei|ja_disse|ja_contei|ela_ja_sabe|ele_ja_sabe|reuniao|aula|teste|prova|falta|faltei|atraso|nota|notas|kk*|haha*|rsrs*|medico|consulta|doente'],
    examples: {
      match: ['bora se ver sabado? te pego na saida do colegio, nao precisa avisar ninguem nao', 'nao precisa falar com sua mae ainda', 'nao digas nada ao mister'],
      ignore: ['nao precisa avisar ninguem, a aula foi cancelada', 'nao precisas de contar a tua mae, ela ja sabe', 'nao digas nada ao stor que faltei kkk'],
    },
  },
  {
    // "depois apago, prometo", "cria outra conta só pra falar comigo".
    id: 'ill-delete-after-second-account-r11',
    phrases: [
      'depois|logo|ja|eu ..1 apago|deleto|excluo|elimino ..2 prometo|juro|palavra|confia|confias',
      'cria|crias|faz|fazes|abre|abres|criar|fazer|abrir ..2 outra|uma_nova|nova|segunda|outro|novo ..1 conta|perfil|instagram|email|numero|snap ..3 so|so_pra|pra|para ..2 falar|falares|falarmos|conversar|conversarmos ..1 comigo|contigo|nos|a_gente',
    ],
    unless: ['meme|memes|foto_feia|foto_de_grupo|print_do_grupo|jogo|trabalho|escola|turma|loja|negocio|empresa|kk*|haha*|rsrs*'],
    examples: {
      match: ['depois apago, prometo', 'cria outra conta so pra falar comigo'],
      ignore: ['posto o meme e depois apago, prometo kkk', 'cria outra conta pra loja'],
    },
  },
  {
    // "conta a alguém e vais ver", "fala pros teus pais e já era".
    id: 'tell-anyone-and-youll-see-r11',
    phrases: [
      'conta|contas|contes|contar|contares|fala|falas|fales|falar|falares|diz|dizes|digas ..2 alguem|ninguem|a_alguem|pra_alguem|aos_teus_pais|aos_seus_pais|pros_teus_pais|pros_seus_pais|a_tua_mae|pra_tua_mae|pra_sua_mae ..2 e|que ..1 vais_ver|vai_ver|ja_era|vais_te_arrepender|vai_se_arrepender|te_arrependes|acabou|ja_eras|estas_lixad*|tas_lixad*|ta_ferrad*|ta_fodid*',
    ],
    unless: ['festa|surpresa|presente|prenda|aniversario|niver|spoiler*|final|crush|kk*|haha*|rsrs*|segredo_da|jogo|serie|filme'],
    examples: {
      match: ['conta a alguem e vais ver', 'fala pros teus pais e ja era'],
      ignore: ['conta a alguem da festa surpresa e vais ver kkk', 'conta a alguem o final da serie e vais ver'],
    },
  },
  {
    // "nao digas aos teus pais ainda, é surpresa do contrato": the fake agency's secrecy.
    id: 'dont-tell-parents-about-the-deal-r12',
    phrases: [
      'nao|n ..1 digas|diga|contes|conte|fales|fale|mostres|mostre ..2 aos|a|ao|pros|pra|para|pro|nada ..1 @your|os_teus|a_tua|o_teu|os_seus|a_sua|o_seu ..1 pais|mae|pai|familia|responsaveis ..6 contrato|agencia|marca|campanha|cache|pagamento|dinheiro|ensaio|book|casting|robux|diamantes|presente_que_te_dei',
      'contrato|agencia|marca|campanha|cache|ensaio|book|casting ..6 nao|n ..1 digas|diga|contes|conte|fales|fale ..2 aos|a|ao|pros|pra|para|pro|nada ..1 @your|os_teus|a_tua|o_teu ..1 pais|mae|pai|familia|responsaveis',
    ],
    unless: ['festa|aniversario|niver|prenda|dia_das_maes|dia_dos_pais|dia_da_mae|dia_do_pai|natal'],
    weight: 3,
    examples: {
      match: ['e nao digas aos teus pais ainda, é surpresa do contrato', 'o ensaio é secreto, nao contes nada aos teus pais'],
      ignore: ['nao digas aos teus pais ainda, é surpresa do dia das maes, comprei o presente na marca que ela gosta'],
    },
  },
  {
    // "vamo pro telegram? la é mais privado", "ali ninguem ve".
    id: 'its-more-private-there-r12',
    phrases: [
      'la|ali|aqui|nele|nela|no_privado|no_pv ..2 [e|eh|fica] mais|bem ..1 privado|discreto|reservado|escondido|seguro_pra_nos|seguro_pra_gente',
      'la|ali|nele|nela ..2 ninguem ..1 ve|le|descobre|sabe|espia|controla|mexe',
    ],
    unless: ['trabalho|projeto|turma|grupo_da_turma|escola|organizado|rapido|estavel|lag|bug|bugado|audio|qualidade|servidor|server'],
    weight: 2,
    examples: {
      match: ['vamo pro telegram? la é mais privado', 'passa pro pv, la ninguem ve'],
      ignore: ['vamos pro discord, la é mais organizado pro trabalho', 'bora pro zap la é mais rapido'],
    },
  },
  {
    // "relaxa, ninguem fica sabendo", "a tua mae nao precisa saber", "aqui eles leem tudo".
    id: 'nobody-will-know-r13',
    phrases: [
      'ninguem|ngm|niguem fica|ficara|vai_ficar ..1 sabendo|a_saber',
      '@family|ela|ele|eles|elas ..1 nao|n ..1 precisa|precisam|tem_que|tem_de|tem_porque ..1 saber|ficar_sabendo|ficar_a_saber|descobrir',
      'aqui|esse|este|isto|isso|o_da_escola|o_do_colegio|o_instagram|o_chat ..3 e|eh|ta|esta|sao ..1 monitorad*|vigiad*|controlad*',
      'aqui|eles|os_pais|teus_pais|seus_pais|tua_mae|sua_mae ..2 leem|le|lem|veem|ve|vigiam|controlam ..1 tudo|td',
    ],
    unless: [PARTY, 'cuidado|regra*|normas|pela_diretora|pela_escola|pelos_professores|pela_direcao|pelo_colegio', 'bolo|pudim|chocolate|doce*|comi|comeste|quebrei|quebraste|nota|notas|teste|prova|k|kk*|haha*|rsrs*|festa|jantar|gato|cao|cachorro'],
    examples: {
      match: ['relaxa é so zoeira, ninguem fica sabendo', 'ela nao precisa saber né', 'teus pais nao precisam saber', 'bora pro whats, aqui eles leem tudo', 'o da escola é monitorado'],
      ignore: ['ela nao precisa saber que comi o bolo kkk', 'ninguem fica sabendo da festa ate sabado'],
    },
  },
  {
    // An adult's "don't mention it at school": "nao comenta com a coordenacao", "nao digas a diretora".
    id: 'dont-tell-the-school-r13',
    phrases: [
      'nao|n|nem|nunca comenta|comentes|comente|fala|fales|fale|conta|contes|conte|diz|digas|diga ..2 com|pra|para|a|ao|aos|as ..1 coordenacao|coordenadora|coordenador|direcao|diretora|diretor|diretores|professores|professoras|stor|stora|stores|psicologa|psicologo|orientadora|orientador',
    ],
    unless: [PARTY, 'colei|cola|copiei|copiaste|faltei|faltaste|atrasad*|cheguei|chegaste|fumei|fumar|briga|brigamos|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['e não comenta com a coordenação q eu tô te ajudando', 'não digas à diretora que falamos por aqui'],
      ignore: ['nao conta pra professora que eu colei kkk', 'nao fala com a diretora que cheguei atrasado'],
    },
  },
  {
    // Behind a closed door for a call: "liga a camera e tranca a porta do quarto".
    id: 'lock-your-room-r13',
    phrases: [
      'fecha|tranca|fechas|trancas|feche|tranque|fechar|trancar ..1 a ..1 porta ..1 do|de|da ..1 [teu|tua|seu|sua] quarto|casa_de_banho|banheiro ..6 camera|camara|cam|call|chamada|video|ninguem|sozinh*',
      'camera|camara|cam|call|chamada|video ..6 fecha|tranca|fechas|trancas|feche|tranque ..1 a ..1 porta ..1 do|de|da ..1 [teu|tua|seu|sua] quarto|casa_de_banho|banheiro',
      'sim|e|agora|antes ..1 fecha|tranca|fechas|trancas|feche|tranque ..1 a ..1 porta ..1 do|da ..1 [teu|tua|seu|sua] quarto',
    ],
    unless: [PARTY, 'gato|gata|cao|cachorro|barulho|frio|ladrao|ladroes|mae_mandou|pai_mandou|vento|luz'],
    examples: {
      match: ['liga a camera e tranca a porta do quarto', 'sim, e fecha a porta do quarto', 'fecha a porta do teu quarto antes da chamada, ninguem pode entrar'],
      ignore: ['fecha a porta do quarto que o gato entra', 'tranca a porta de casa, só chego as 21h'],
    },
  },
  {
    // A cover story: "diz que eu sou teu primo", "fala q eu sou uma amiga da escola".
    id: 'say-im-your-cousin-r13',
    phrases: [
      'diz|diga|digas|dizes|fala|fale|fales|conta ..1 que|q ..1 [eu] sou|era ..1 [o|a|um|uma] teu|tua|seu|sua|primo|prima|tio|tia|amigo|amiga|colega|professor|professora|treinador|treinadora ..3 [da|do|de] [escola|colegio|turma|treino|igreja|familia|primo|prima|amigo|amiga|colega]',
    ],
    unless: [PARTY, 'k|kk*|haha*|rsrs*|porteiro|seguranca|bar|discoteca|balada|entrada|lista|convidad*|brincadeira|pegadinha|teatro|peca'],
    examples: {
      match: ['diz que eu sou teu primo', 'se alguem perguntar fala q eu sou uma amiga da escola'],
      ignore: ['diz que eu sou teu primo pro porteiro deixar entrar kkk'],
    },
  },
  {
    // "videochamada particular, sem os responsáveis", "só vc e eu, sem mãe junto", "é segredo de contrato".
    id: 'without-guardians-contract-secret-r14',
    phrases: [
      'sem ..1 [os|as|o|a|teus|tuas|seus|suas] responsaveis|pais|mae|mamae|pai|papai|familia|acompanhante ..1 junto|juntos|presente|presentes|por_perto|acompanhando|acompanhar|saberem|saber|na_sala|a_ver|vendo',
      'particular|privada|privado|sozinha|sozinho|so_vc_e_eu|so_tu_e_eu|so_nos_dois|so_nos_duas|a_dois ..6 sem ..1 [os|as|o|a|teus|tuas|seus|suas] responsaveis|pais|mae|mamae|pai|papai|familia|acompanhante',
      'segredo|sigilo ..1 de|do|da contrato|staff|agencia|producao',
      'contrato|clausula ..3 sigilo|confidencialidade|segredo ..3 nao|ninguem|nada ..2 pode*|contar|conta|falar|postar|posta|dizer',
    ],
    unless: ['acampamento|acampar|praia|piscina|festa|surpresa|aniversario|niver|presente|prenda|trabalho|escola|aula|professor*|prof|excursao|passeio|viagem|cinema|shopping|estagio|emprego|empresa|patrao|chefe'],
    examples: {
      match: ['A avaliação é feita por videochamada particular, sem os responsáveis', 'só vc e eu no estúdio, sem mãe junto', 'e nao posta nada pq é segredo de contrato ok', 'tem clausula de sigilo, nao pode contar a ninguem'],
      ignore: ['vamos ao cinema sem os pais junto, fixe', 'a festa surpresa é segredo, sem a mãe saber', 'o segredo do clube é treinar todo dia', 'o contrato de estágio tem clausula de sigilo da empresa'],
    },
  },
  {
    // "não é preciso envolver os pais nesta fase", "nao precisa falar com teus pais agora", "fica entre nois".
    id: 'no-need-to-involve-parents-r15',
    phrases: [
      'nao|n ..1 precisa|precisas|preciso|necessario|necessidade|ha_necessidade|tem_necessidade ..1 [de] falar|contar|dizer|avisar|envolver|incomodar|informar|meter|consultar ..3 @family|responsaveis|encarregados',
      'fica|fique|ficar|isso_fica|isto_fica|so|segredo|segredinho entre ..1 nois|noiz|noix|nozes|nois_dois|nos2|nois2',
      'ninguem|ngm|niguem ..3 pode|podem|precisa|deve ..1 saber ..3 q|que|disso|disto ..2 eu ..1 te_dei|te_dou|te_passei|te_mandei|te_paguei|te_ofereci|te_transferi',
      'outros|outras|demais ..1 mods|membros|players|jogadores|alunos|alunas|meninas|meninos|modelos|admins|staff ..2 nao|n ..1 pode|podem|precisam|devem ..1 saber|descobrir|ver',
    ],
    unless: ['ja_falei|ja_avisei|ja_liguei|eu_aviso|eu_falo|eu_ligo|a_escola_avisa|ja_sabem|ja_autorizaram|festa|surpresa|aniversario|presente|prenda|spoiler|gabarito|resposta|respostas|prova|teste_de_amanha'],
    weight: 2,
    examples: {
      match: ['É normal no meio, todas fazem. Envia por aqui no Telegram, e não é preciso envolver os pais nesta fase.', 'e nao precisa falar com teus pais agora nao', 'nada de mais, vc escolhe. e fica entre nois ne', 'os outros mods nao podem saber desse bonus ta', 'ninguem do server pode saber q eu te dei os robux'],
      ignore: ['nao precisa avisar teus pais, eu ja falei com eles', 'os outros alunos nao podem saber as respostas da prova', 'fica entre nois a surpresa da festa'],
    },
  },
  {
    // Round 20: "ninguém de fora pode saber", "não mostra nossa conversa pra Bia", "não conta pros outros admins".
    id: 'nobody-outside-can-know-r20',
    phrases: [
      'ninguem|ngm|niguem ..1 de_fora|fora_daqui|de_fora_do_grupo ..2 pode|podem|deve|precisa ..1 saber|descobrir|ver',
      'nao|n|nunca ..1 mostra|mostre|mostres|printa|printes|manda|mandes ..3 nossa|nossas|a_nossa|as_nossas ..1 conversa|conversas|msgs|mensagens|chat|call|chamada',
      'nao|n|nunca ..1 conta|contes|fala|fales|diz|digas|comenta|comentes ..1 pros|pras|aos|as|com_os|com_as ..1 outros|outras ..1 admins|adms|mods|staffs|staff|moderadores|membros|criadores',
    ],
    unless: ['festa|surpresa|presente|prenda|aniversario|niver|spoiler*|final|resultado|crush|a_fim|afim|gosto_dele|gosto_dela|trabalho|prova|teste|gabarito|evento|sorteio|update|atualizacao|patch|lancamento|novo_mapa', 'senha|password|pin|vergonh*|cringe|mico|ridicul*|vou_sair|sair_do_servidor|sair_do_grupo|vou_parar|desistir'],
    weight: 2,
    examples: {
      match: ['são 30 dias. ninguém de fora pode saber, nem teus pais', 'e não mostra nossa conversa pra Bia', 'e nao conta pros outros admins, eles tem ciumes'],
      ignore: ['nao mostra nossa conversa pra ninguem kkk é vergonhosa demais', 'ninguem mais pode saber a senha do wifi', 'ninguém de fora pode saber da festa surpresa', 'nao conta pros outros admins do update novo ainda', 'nao mostra nossa conversa pra ela senao estraga a surpresa'],
    },
  },
  {
    // Round 20: a fake "agency" or "scout": "não é necessária autorização dos pais nesta fase".
    id: 'no-parental-consent-needed-r20',
    phrases: [
      'nao_e_necessaria|nao_e_necessario|nao_precisa|nao_precisas|nao_precisam|nao_e_preciso|dispensa|sem_precisar ..2 [de|da] autorizacao|permissao|consentimento|assinatura ..3 pais|responsaveis|encarregados|pai|mae',
    ],
    unless: ['medico|medica|consulta|vacina*|hospital|psicolog*|escola|visita_de_estudo|excursao|maior_de_idade|maiores_de_18|ja_tens_18|ja_tem_18|emancipad*'],
    weight: 2,
    examples: {
      match: ['Sigilo total, não é necessária autorização dos pais nesta fase.', 'nao precisa de autorizacao dos teus pais pro casting'],
      ignore: ['para a vacina da gripe não é necessária autorização dos pais a partir dos 16', 'como ja tens 18 nao precisa de autorizacao dos pais'],
    },
  },
  {
    // Round 22: "apaga tudo, ninguem pode ver nossas msgs".
    id: 'nobody-may-see-our-chats-r22',
    phrases: [
      'ninguem|nenhum ..1 pode|podem|deve|devem ..1 ver|saber|ler|descobrir ..1 [das|dos] nossas|nossos ..1 msgs|mensagens|conversas|conversa|chats|chat|fotos|papos|conversinhas',
    ],
    unless: [PARTY, 'grupo|turma|trabalho|projeto|escola|prova|xing*|professor*|prof|stora|stor|falar_mal|falando_mal|zoando|zoar|fofoca*'],
    weight: 2,
    examples: {
      match: ['apaga tudo, ninguem pode ver nossas msgs', 'ninguem pode saber das nossas conversas'],
      ignore: ['ninguem pode ver nossas msgs sobre a festa surpresa', 'ninguem pode ver nossas conversas do trabalho antes da entrega', 'ninguem pode ver nossas msgs, se a mae ver o quanto a gente xinga o professor'],
    },
  },
  {
    // r23: a lie to the parents ("diz pros teus pais que vai dormir na casa de uma amiga") and
    // "nao fala pra carol nem pra tua mae".
    id: 'tell-them-youre-at-a-friends-r23',
    phrases: [
      '@your @family ..2 que|q ..4 casa ..1 de|da ..1 uma|um|alguma|algum ..1 amiga|amigo|colega',
      'mente|minta|mentir|inventa|invente|inventar ..3 pra|pro|pros|pras|para|a|aos|as ..1 @your|tua|teu @family',
      'nao|n|nem conta|conte|contes|fala|fale|fales|diga|digas|diz ..6 nem ..2 @your @family',
    ],
    unless: [PARTY, 'nao_mente|nao_minta|nao_mintas|nunca_mente|nunca_mintas|nao_deves_mentir|nao_pode_mentir|querer_ir_junto|quer_ir_junto|vai_querer_ir|vao_querer_ir|querer_vir', 'pudim|sobremesa|gelado|sorvete|bolacha*|biscoito*|nota|notas|boletim|vaso|quebrei|multa'],
    examples: {
      match: ['diz pros teus pais que vai dormir na casa de uma amiga', 'inventa qualquer coisa pra tua mae', 'nao fala pra carol nem pra tua mae q a gente vai sair'],
      ignore: ['nao mente pra tua mae, fala a verdade', 'nao conta pra ana nem pra tua mae da festa surpresa', 'diz pra tua mae que vc vai dormir aqui em casa, a minha mae deixa'],
    },
  },
  {
    // r23: "o sigilo faz parte do processo", "e sem print desta conversa".
    id: 'secrecy-part-of-process-r23',
    phrases: [
      'sigilo ..2 faz_parte|e_obrigatorio|obrigatorio|absoluto|total',
      'sem ..1 print|prints|printar|screenshot|screenshots|captura|capturas ..2 desta|dessa|da|das|nossa|nossas ..1 conversa|conversas|chat',
    ],
    unless: [PARTY, 'medico|medica|psicolog*|terapeuta|advogad*|sigilo_medico|sigilo_profissional|lgpd|rgpd|protecao_de_dados|contrato|estagio|empresa|emprego|nda|clausula|kk*|haha*|rsrs*|fofoca|grupo'],
    weight: 1,
    examples: {
      match: ['Nao comente com ninguem, o sigilo faz parte do processo.', 'ate sexta. e sem print desta conversa'],
      ignore: ['o sigilo faz parte do contrato de estagio', 'o sigilo é absoluto, é regra da psicologa', 'sem print dessa conversa kkkk'],
    },
  },
  {
    // r23: "bloqueia-me depois para a tua mae nao ver".
    id: 'block-me-so-mum-doesnt-see-r23',
    phrases: [
      'bloqueia|bloqueia_me|bloqueiame|me_bloqueia|apaga|apaga_me|me_apaga|arquiva|silencia ..3 pra|para|pros|pras ..1 [a|o|os|as] @your|teu|tua @family ..1 nao|n ..1 ver|verem|saber|saberem|descobrir|descobrirem|ler|lerem',
    ],
    unless: [PARTY, 'nota|notas|boletim|vaso|quebrei|multa|fatura|conta_do_telemovel'],
    examples: {
      match: ['bloqueia-me depois para a tua mae nao ver', 'apaga isso pros teus pais nao verem'],
      ignore: ['apaga a foto do presente pra tua mae nao ver, é surpresa'],
    },
  },
  {
    // Round 24: "nao comenta com os outros meninos nem com teu pai".
    id: 'not-even-your-dad-r24',
    phrases: [
      'nao|n|nem|nunca ..1 comenta|comentes|comente|fala|fales|conta|contes|diz|digas ..5 nem ..1 com|pra|pro|para|a|ao ..1 @your|teu|tua|o_teu|a_tua|os_teus ..1 @family',
    ],
    unless: [PARTY, 'spoiler|spoilers|final|episodio|serie|filme|livro|segredo_da_festa|prenda|vaso|castigo|nota|notas|teste|prova'],
    examples: {
      match: ['e nao comenta com os outros meninos nem com teu pai, senao todo mundo vai querer'],
      ignore: ['nao conta o final do filme nem pra tua mae', 'nao conta da festa surpresa nem pra tua irma'],
    },
  },
  {
    // Round 25: "call so eu e vc, sem ngm do server", "o que falamos aqui é só nosso".
    id: 'just-us-nobody-else-r25',
    phrases: [
      'call|chamada|ligacao|videochamada|priv|pv|privado ..3 so ..1 eu_e_vc|eu_e_tu|eu_e_voce|nos_dois|a_gente ..4 sem|ninguem|ngm|nenhum',
      'o_que|oq|tudo_que|tudo_o_que ..1 falamos|conversamos|dizemos|falamos_aqui|conversamos_aqui|a_gente_fala|a_gente_conversa ..3 so ..1 nosso|nossa|entre_nos|entre_a_gente',
    ],
    unless: [PARTY, 'crush|fofoca|estudar|trabalho|prova|jogo|jogar|ranked|duo|treino|ensaio|musica|ela|ele|dela|dele|namorado|namorada|terapia|psicolog*'],
    examples: {
      match: ['chama no priv, call so eu e vc, sem ngm do server', 'o que falamos aqui é só nosso, ok?'],
      ignore: ['call so eu e vc pra jogar ranked sem ngm do server', 'o que falamos aqui é só nosso, nao conta do crush dela'],
    },
  },
  {
    // Round 27: "até coisas que não contas aos teus pais", "não precisa contar pra eles".
    id: 'things-you-dont-tell-parents-r27',
    phrases: [
      'coisas|tudo|o_que|oq|aquilo ..2 que|q ..1 nao|n ..1 contas|conta|contes|conte|dizes|diz|falas|fala|podes_contar|pode_contar ..2 [a|aos|pra|para|pros|ao] @your|teus|seus|os_teus|os_seus ..1 pais|mae|pai|familia|@family',
      'nao|n ..1 conta|contes|conte|fala|fales|digas|diga|comenta|comentes ..1 [nada] ..1 pras|pros|as|aos|para_as|para_os|a ..1 outras|outros|colegas|meninas|meninos|tuas_amigas|teus_amigos|resto_da_equipa|resto_do_time',
      'nao|n ..1 digas|diga|contes|conte|fales|fale|comentes|comente ..1 [nada] ..1 ao|a|aos|as|pro|pra|pros|pras ..1 padre|pastor|pastora|treinador|treinadora|mister|professor*|prof|stor|stora|catequista|lider|monitor|monitora|diretor*|chefe|explicador|explicadora',
      '@your|os_teus|os_seus ..1 @family ..1 nao|n ..1 precisam|precisa|tem_de|tem_que|tens_de [de] saber|descobrir',
      'fala|diz|diga|conta|diga_lhe|diz_lhe|diz_lhes ..1 que|q ..1 [@you] vai|vais|ta|tas|esta|estas|vai_estar|vais_estar|vai_dormir|vais_dormir ..3 casa_de_uma_amiga|casa_da_amiga|casa_de_um_amigo|casa_do_amigo|casa_de_uma_colega|casa_da_colega|casa_da_tua_amiga|casa_da_sua_amiga',
      'nao|n|nem ..1 precisa|precisas|precisamos|tem_que|tens_de|tens_que ..1 contar|falar|dizer|comentar ..1 [nada] ..1 pra|para|a|aos|ao|pros ..1 eles|elas|ninguem|@family',
    ],
    // Not PARTY's bare "surpresa": a groomer's "é surpresa pra nota" is still secrecy (surprise.ts handles real parties).
    unless: [PARTY.split('|').filter((w) => w !== 'surpresa').join('|'), 'festa_surpresa|surpresa_de_aniversario|surpresa_pra_ela|surpresa_pra_ele|surpresa_pro|surpresa_pra_mae|surpresa_pro_pai', 'psicolog*|terapeuta|terapia|sessao|conselheira|conselheiro|enfermeira|medica|medico|linha_de_apoio|sigilo_profissional|se_houver_risco|diretor|diretora|reuniao|eu_explico|explico_eu|eu_conto|eu_falo_com_eles|eu_aviso', 'surpresa_pra_professora|surpresa_pra_prof|surpresa_pra_stora|surpresa_para_a_professora|surpresa_para_a_stora|surpresa_pro_professor|surpresa_para_o_professor|surpresa_pra_treinadora|surpresa_pro_treinador'],
    examples: {
      match: ['podes sempre falar comigo sobre tudo, ate coisas que nao contas aos teus pais', 'a gente faz uma aula por video antes, nao precisa contar pra eles, e surpresa pra nota', 'nao precisas de dizer nada aos teus pais', 'vc e a minha favorita, mas nao conta pras outras', 'não digas nada ao padre', 'os teus pais nao precisam de saber ja, fazemos surpresa quando fores aprovada', 'fala que vai na casa de uma amiga, ela nem vai saber'],
      ignore: ['nao precisa contar pra eles, e surpresa do aniversario', 'na sessao podes falar de coisas que nao contas aos teus pais, mas se houver risco eu aviso', 'nao conta pras outras da festa surpresa da Lu', 'nao precisa contar pra eles, eu explico tudo na reuniao de pais', 'nao digas nada ao professor, a festa e surpresa', 'nao conta pras outras, e surpresa pra professora'],
    },
  },
  {
    // Round 28: hiding the contact itself from the friend or parent it came through: "não comenta com a Bia que te mandei mensagem".
    id: 'dont-say-i-messaged-you-r28',
    phrases: [
      'nao|n|nem ..1 comenta|comentes|comente|conta|contes|conte|fala|fales|fale|diz|digas|diga|mostra|mostres ..5 que|q ..2 [eu] te|ti|eu|lhe ..1 mandei|mandava|mando|escrevi|escrevo|chamei|chamo|adicionei|procurei|liguei|mandei_mensagem|mandei_msg|pedi_o_teu_numero|peguei_o_teu_numero|peguei_teu_numero',
      'nao|n|nem ..1 comenta|comentes|comente|conta|contes|conte|fala|fales|fale|diz|digas|diga ..5 que|q ..1 a_gente|nos ..1 conversa|conversamos|fala|falamos|se_fala|anda_a_falar|tamos_falando|estamos_falando|ta_falando|se_falam|tamos_a_falar|estamos_a_falar|conversando|a_conversar',
      'nao|n|nem ..1 comenta|comentes|comente|conta|contes|conte|fala|fales|fale|diz|digas|diga ..5 que|q ..1 peguei|tenho|arranjei|consegui ..2 [o] teu|seu ..1 numero|contato|contacto|instagram|whats|zap',
    ],
    unless: [PARTY, 'surpresa|presente|prenda|crush|fofoca|briga|brigamos|brigaram|chateada|chateado|chateei|desculpa|desculpas|perdao|trabalho|prova|teste|cola|resposta*|gabarito|spoiler|ajuda_com|ajudar|vergonha_de_mim|saudade|terapeuta|psicolog*|namorad*|ex', 'minha_mae|meu_pai|meus_pais|minha_irma|meu_irmao|minha_familia|tao_tarde|de_madrugada|a_esta_hora|essa_hora|esta_hora'],
    examples: {
      match: ['não comenta com a Bia que te mandei mensagem, ela fica com ciúmes', 'nao conta pra ninguem que a gente conversa', 'nao diz ao teu pai que peguei teu numero'],
      ignore: ['segredo ein, nao conta pra ninguem q eu te falei', 'não conta pra minha mãe que te mandei mensagem tão tarde', 'nao conta pra Ana que eu te mandei msg sobre a festa surpresa', 'nao fala pro Joao que te mandei as respostas da prova', 'não contes à Marta que a gente conversa, ela ainda está chateada comigo'],
    },
  },
  {
    // Round 28: the tutor moving the lesson to the bedroom: "vai pro teu quarto que a aula vai ser lá".
    id: 'lesson-in-your-bedroom-r28',
    phrases: [
      'vai|va|vais|ir ..1 pro|para_o|pra_o|ao ..1 [teu|seu] quarto ..5 aula|aulas|explicacao|chamada|cam|camera|camara|call|videochamada|falar|conversar|sozinha|sozinho|ninguem|a_porta|porta',
    ],
    unless: ['estudar|estuda|barulho|silencio|irmao|irma|irmaos|visitas|tv|televisao|arrumar|arruma|dormir|castigo|banho|quarto_do|quarto_da|kk*|haha*|rsrs*|mae|pai|familia|grupo|turma|todos'],
    examples: {
      match: ['vai pro teu quarto que a aula vai ser lá', 'vai para o quarto, fecha a porta e liga a cam'],
      ignore: ['vai pro teu quarto estudar que aqui ta muito barulho', 'vai pro quarto que a aula online é mais silencio la'],
    },
  },
  {
    id: 'nobody-knows-we-talk-r29',
    // Round 29: "o Caio nem sabe q a gente conversa... melhor ele nao saber": keeping the contact itself hidden.
    phrases: [
      'nem|nao ..1 sabe|sabem|desconfia|desconfiam|precisa_saber|precisam_saber ..1 que|q ..1 a_gente|nos|eu_e_tu|eu_e_vc|eu_e_voce ..1 conversa|conversamos|fala|falamos|se_fala|se_falamos|tecla|teclamos|anda_a_falar|andamos_a_falar|se_ve|se_vemos',
      'melhor|e_melhor|mais_vale|melhor_assim ..1 ninguem ..1 saber|souber|descobrir|ver|vir',
      'melhor|e_melhor|mais_vale|melhor_assim ..1 ele|ela|eles|elas|ninguem|teus_pais|seus_pais|os_teus_pais|a_tua_mae|o_teu_pai|a_sua_mae|o_seu_pai|o_teu_irmao|o_seu_irmao|teu_irmao|seu_irmao ..1 nao|n ..1 saber|saberem|sabe|souber|souberem|descobrir|descobrirem',
    ],
    unless: [PARTY, 'kk*|haha*|rsrs*|desde_pequen*|desde_o|vergonha_de_mim|ciumes|ciume'],
    examples: {
      match: ['o teu irmão nem sabe que a gente conversa', 'melhor eles nao saberem', 'melhor ninguem saber disso', 'a tua mae nem desconfia q a gente se fala'],
      ignore: ['melhor ela nao saber da festa surpresa', 'ela nem sabe que a gente conversa desde o 5o ano kkk', 'melhor ele nao saber o final do filme'],
    },
  },
  {
    // Round 30: silence in exchange for a picture: "me manda outra hj a noite e eu fico quieto", "envia e eu não conto a ninguém".
    id: 'send-and-i-stay-quiet-r30',
    phrases: [
      'manda|mande|mandas|envia|envie|envias|mostra|mostre|mandar|enviar ..6 e|que|q ..1 [eu] fico_quieto|fico_quieta|fico_calado|fico_calada|fico_na_minha|fico_de_boca_fechada|me_calo|calo_me|nao_falo_nada|nao_conto_nada|nao_conto_a_ninguem|nao_conto_pra_ninguem|ninguem_fica_sabendo|ninguem_sabe',
    ],
    unless: ['pix|mbway|dinheiro|lanche|pizza|presente|prenda|surpresa|festa|resposta|respostas|gabarito|cola|trabalho|tpc|dever|teste|prova|kk*|haha*|rsrs*|fofoca|segredo_da|segredo_do'],
    examples: {
      match: ['manda outra hoje e eu fico quieto', 'envia mais uma e eu nao conto a ninguem'],
      ignore: ['me manda as respostas do teste e eu fico quieto kkk', 'manda a foto do presente e eu fico calado, prometo nao estragar a surpresa'],
    },
  },
  {
    // Round 32: parents made unnecessary: "não é preciso vires com os pais", "nao precisa trazer sua mae".
    id: 'no-need-to-bring-parents-r32',
    phrases: [
      'nao|nem ..1 e_preciso|eh_preciso|precisa|precisas|precisam|tens_de|tem_que|tem_de|vale_a_pena|e_necessario ..2 vir|vires|trazer|trazeres|chamar|chamares|avisar|avisares|contar|contares|dizer|dizeres ..2 [com|os|a|o|aos|a_tua|a_sua|com_os|com_a|com_o] ..1 @your|os|teus|seus|tua|sua|pais|mae|pai|responsaveis|encarregado*',
      'sem ..1 precisar|precisares ..2 de ..1 vir|vires|trazer|trazeres|avisar|avisares ..2 os|a|o|aos ..1 teus|seus|tua|sua|pais|mae|pai|responsaveis',
    ],
    unless: ['ja|eles_ja|ela_ja|ele_ja ..2 sabem|sabe|assinaram|assinou|autorizaram|autorizou', 'reuniao|boletim|matricula|inscricao_online|prova|teste|consulta|vacina|secretaria|formulario|pode_vir_sozinho|maior_de_idade|bilhete_de_identidade'],
    examples: {
      match: ['não é preciso vires com os pais, eu trato de tudo', 'nao precisa trazer sua mae, so vc', 'nem precisas de avisar os teus pais'],
      ignore: ['não é preciso vires com os pais, eles já assinaram a autorização', 'nao precisa trazer os pais na reuniao de amanha'],
    },
  },
  {
    // Round 34: just the two of us, don't tell someone: "so nos duas, nao fala pra Bia", "nao conta pra tua irma, so nos dois".
    id: 'just-us-dont-tell-r34',
    phrases: [
      'so|somente|apenas nos|a_gente ..1 duas|dois|os_dois|as_duas ..6 nao|n|nem ..1 fala|fales|conta|contes|diz|digas|comenta|comentes',
      'nao|n|nem ..1 fala|fales|conta|contes|diz|digas|comenta|comentes ..6 so|somente|apenas nos|a_gente ..1 duas|dois|os_dois|as_duas',
    ],
    unless: ['surpresa|festa|aniversario|niver|presente|prenda|spoiler|final|resposta|respostas|prova|gabarito'],
    examples: {
      match: ['bora no cinema? so nos dois, nao conta pro teu irmao', 'nao fala pra ninguem, vai ser so nos duas'],
      ignore: ['so nos duas vamos organizar a festa surpresa, nao conta pra ela', 'nao conta o final do filme, so nos dois vimos'],
    },
  },
  {
    // Round 37: an adult's "I could get in trouble" ("se alguém descobre eu meto-me em sarilhos", "posso ser preso por falar contigo").
    id: 'i-could-get-in-trouble-r37',
    phrases: [
      'posso|podia|poderia|vou|ia|iria|eu ..2 ter|arranjar|arrumar|me_meter_em|meter_me_em|ser ..1 problemas|problema|sarilhos|encrenca|preso ..3 por|so_por ..1 falar|conversar|estar|andar|teclar ..1 contigo|com_vc|com_voce|com_tigo|com_uma_menina|com_menor|com_uma_menor',
      'se ..3 alguem|descobre|descobrem|descobrir|descobrirem|souber|souberem|sabe|sabem ..4 vou|ia|posso|podia|fico|ficava|to|tou|estou|eu ..2 preso|presa|cadeia|na_cadeia|sarilhos|em_sarilhos|encrenca|encrencado|em_problemas',
      'se ..3 alguem|descobre|descobrem|descobrir|descobrirem|souber|souberem ..4 eu ..1 meto_me|me_meto|me_metia|metia_me|me_lixo|me_ferro ..2 [em] sarilhos|encrenca|problemas',
    ],
    unless: ['chefe|patrao|multa|radar|transito|prova|teste|nota|notas|stor|stora|professor|professora|treinador|trabalho|empresa|gerente|cliente|escola|aula|jogo|partida|ban|banido'],
    weight: 1.5,
    examples: {
      match: ['posso ter problemas só por falar contigo', 'se alguem souber eu vou preso', 'se descobrirem eu meto-me em sarilhos', 'eu podia arranjar encrenca por conversar com vc'],
      ignore: ['se o chefe souber eu vou ter problemas', 'posso ter problemas com a nota se nao entregar', 'se alguem souber do presente estraga a surpresa', 'se descobrem que usei o carro eu fico sem mesada'],
    },
  },
  {
    // Round 39: hiding who the person is talking to: "mas n fala pra ninguem q sou eu",
    // "nao digas a ninguem que es tu que falas comigo".
    id: 'dont-say-its-me-r39',
    phrases: [
      'nao|n|nem|nunca [pode|podes|deve|deves|vai|vais] conta|conte|contes|contar|fala|fale|fales|falar|diz|diga|digas|dizer ..3 ninguem|ngm|niguem|ninguen|@family|@your ..2 que|q ..1 sou_eu|e_comigo|es_comigo|foi_comigo|e_eu|era_eu|fui_eu|ta_falando_comigo|tas_a_falar_comigo|estas_a_falar_comigo|fala_comigo|falas_comigo|vai_me_encontrar|vais_ter_comigo|vai_sair_comigo|vais_sair_comigo|vai_se_encontrar_comigo',
    ],
    unless: [PARTY, 'amigo_secreto|amigo_oculto|amiga_secreta|amiga_oculta|sorteio|brincadeira|jogo|personagem|fantasia|cosplay|mascara|autor|autora|anonimo|anonima|bilhete|carta'],
    examples: {
      match: ['n fala pra ninguem q e comigo q tu ta falando', 'nao digas aos teus pais que sou eu', 'nao conta a ninguem que vais ter comigo'],
      ignore: ['nao conta pra ninguem que sou eu o teu amigo secreto', 'nao fala pra ninguem que fui eu que fiz o bolo da festa', 'nao digas a ninguem que sou eu na fantasia de dinossauro'],
    },
  },
] satisfies PatternEntry[];
