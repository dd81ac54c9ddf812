import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'deadline',
    phrases: [
      'tens|tem|tem_ate|tens_ate|vc_tem|voce_tem|tu_tens ..2 # ..1 minuto|minutos|min|mins|hora|horas|h|segundos|seg|dias|dia',
      'tens|tem|vc_tem|tu_tens ate ..2 meia_noite|meianoite|amanha|hoje|logo|as|a|sexta|#',
      'ate|antes_de|antes_da ..1 meia_noite|meianoite|amanha_de_manha|o_fim_do_dia|final_do_dia ..4 ou|senao|se_nao|pra|para',
      'em|dentro_de # minutos|min|mins|horas|hora|h ..3 ou|senao|se_nao|caso_contrario',
      'ate|antes_das|antes_da as|a # [h|horas|hrs|hr|da_noite|da_manha|da_tarde] [de_hoje|hoje|amanha] ..1 ou|senao|se_nao|caso_contrario ..1 vai_pro|vao_pro|vai_parar|vao_parar|vaza|vazo|eu|mando|envio|posto|publico|ja_era|todos|todo_mundo|@your|ja_sabes|ja_sabe|vais|vai_ver',
      'o|teu|seu|tic tempo ..2 ta|esta|ta acabando|a_acabar|a_correr|correndo|contando',
      'tic_tac|tictac|tic_toc|relogio_ta_correndo',
      'contador|cronometro|temporizador|contagem|contagem_decrescente|relogio ..3 comecou|comeca|iniciou|esta_a_contar|ta_contando|ta_correndo|esta_a_correr|a_correr|correndo|ja_comecou',
      'a_cada|cada [#] minuto*|hora*|dia ..5 aumenta|dobra|sobe|mais|pior',
      'resposta|respostas|respondes|responde|responda|decide|decides|decida ..2 em|ate|dentro_de # ..1 minuto*|min|mins|hora*|h|segundos|seg',
      'prazo|no_prazo_de|num_prazo_de|nas_proximas|dentro_das_proximas ..3 # ..1 horas|hora|h|dias|minutos|min',
    ],
    unless: ['sair_do_banho|do_banho|jantar|pequeno_almoco|arrumar|o_quarto|o_pc|o_comando|a_tv|a_televisao|o_wifi|a_play|a_consola', 'convocatoria|convocado|convocada|confirmar_presenca|a_presenca|pode_comecar|podem_comecar|exame|fiscal|relatorio|juntar|slide|slides', 'embora|autocarro|onibus|comboio|trem|filme|aula|treino|jogo|prova|teste|trabalho|entrega|jantar|almoco|comida|pizza|festa|cinema|encontro_no', 'devolver|devolves|devolve|devolvas|devolveres|carregador|livro|caderno|emprestad*|emprestei|formulario|inscri*|candidatura', 'juros|cobro_juros|caixinha'],
    examples: {
      match: ['O contador começou quando abriu este email.', 'vc tem 10 minutos pra me pagar', 'tem 1 hora. manda o comprovante', 'tens até às 22h', 'o tempo ta acabando', 'a cada hora o preço dobra', 'cada minuto q passa o valor aumenta', 'Resposta em 30 min.', 'decide em 10 minutos', 'deverá transferir o valor no prazo de 48 horas', 'manda 300 no pix ate as 22h ou vai pro grupo da tua escola', 'até às 20h senão mando tudo'],
      ignore: ['tens até às 18h para confirmar presença ou ficas fora da convocatória', 'Obrigado. Pode começar, tem 60 minutos.', 'tens 5 minutos ou vamos embora sem ti', 'tens até amanhã pra entregar o trabalho', 'o filme tem 2 horas', 'vc tem ate amanha pra me devolver meu carregador', 'respondo em 5 min', 'o prazo de entrega do trabalho é de 3 dias', 'chego ate as 22h ou um pouco depois', 'ate as 8 ou vai sem mim'],
    },
  },
  {
    id: 'last-chance',
    phrases: [
      'ultima|ultimo chance|oportunidade|aviso|vez_que_peco|vez_que_te_peco',
      'nao|n to|tou|estou|estamos ..1 a_brincar|brincando|de_brincadeira',
      'acha|achas|pensa|pensas ..1 que|q ..1 [eu] to|tou|estou|esteja|teja ..1 brincando|a_brincar|de_brincadeira',
      'faz|faca|fazes|fizer|fizeres|fazer ..2 o_que|oq|oque|o_q|tudo_o_que|tudo_que|tudo_o_q|tudo_q ..1 eu ..1 mando|mandar|digo|disser|quero|pedir|peco',
      'vais|vai|vc_vai ..1 se_arrepender|te_arrepender|arrepender_te|arrepender_se|ver_so|pagar_caro',
      'nem_adianta|nao_adianta|nem_penses|nem_pense|nem_tentes|nem_tente ..2 bloquear|me_bloquear|bloquear_me|denunciar|fugir_de_mim|apagar|desligar|ignorar',
      'se ..2 bloquear|bloqueares|me_bloquear|bloqueares_me|denunciar|denunciares|ignorar|ignorares|contar|contares ..4 ja_era|acabou|vais_ver|vai_ver|pior|mando|envio|posto',
      'nao|n ..1 tente|tentes|tentem|pense|penses|penses_sequer ..1 [em] contactar|contatar|chamar|ligar|ir|contar|avisar ..2 policia|psp|gnr|pj|autoridades|ninguem',
      'nem_adianta|nao_adianta|nem_penses|nem_pense|nem_tentes ..2 chamar|ligar|ir_a|ir_na|ir_a_a|contar|falar ..2 policia|psp|gnr|pais|mae|pai|ninguem',
      'se ..2 chamar|chamares|ligar|ligares|contar|contares|falar|falares ..3 policia|psp|gnr ..4 mando|envio|posto|publico|espalho|ja_era|acabou',
      'responde|responda|atende ..1 agora|ja|ja_ja|ou|senao',
      'senao|se_nao|ou_entao|ou ..1 ja_sabes|ja_sabe|ja_era|vais_ver|vai_ver|ja_viu|ja_eras',
      // "última vez que eu peço", "tá com medo? devia estar".
      'ultima|ultimo ..1 vez ..2 [que|q] [eu] [te] peco|pedir|aviso|falo|digo|repito|mando',
      'ta|tas|estas|esta ..1 com_medo ..3 devia|devias|deverias|deveria ..1 estar|ter|tar',
    ],
    unless: ['quem_nao|quem_faltar|quem_chegar|trouxer|trouxerem|autorizacao|autorizacoes|visita_de_estudo|excursao|cota|quota|mensalidade', 'jogo|partida|mae|pai|professor|prof|aula|trabalho|teste|prova|filme|cinema|promocao|desconto|bilhete*|ingresso*|inscri*|loja|saldos|concerto|show|festa|comprar|grupo|churrasco|inscricao|entrar', 'time|campeonato|equipa|torneio|selecao|convocatoria|treino|atraso', 'evento|eventos|sorteio|battle_pass|passe_de_batalha|temporada|skin|skins|giveaway|drop|drops|bau|loja_do_jogo'],
    examples: {
      match: ['ultima vez q eu peço, faz o pix', 'tá com medo? devia estar', 'printei tudo q tu falou e a tua foto. agora tu faz o q eu mandar', 'Não tente contactar a polícia, eu vou saber.', 'última chance', 'amanha cedo ou ja era', 'não estou a brincar', 'se nao fizer o que eu mando vou ai te pegar', 'vais te arrepender', 'nem adianta me bloquear', 'responde agora', 'senão já sabes'],
      ignore: ['to brincando kkk', 'a ultima chance de ver o filme é hoje', 'responde no grupo do trabalho', 'e nao adianta fugir, eu sei onde tu senta', 'ultima chance de ganhar o evento hj', 'nao adianta fugir da limpeza do quarto'],
    },
  },
  {
    id: 'do-it-now',
    phrases: [
      'agora|ja|imediatamente|rapido|depressa ..2 ou|senao|se_nao',
      'quero|exijo ..1 agora|ja|imediatamente|ja_ja',
      'sem|nada_de ..1 desculpas|enrolacao|enrolar|demorar|perguntas',
      'estou|to|tou ..1 esperando|a_espera|a_esperar ..2 ainda|ate_quando|ja|o_pagamento|o_pix|o_pics|o_comprovante|a_foto|as_fotos|do_pagamento|do_pix|do_comprovante|da_foto|das_fotos|pelo_pagamento|pelo_pix|pelo_comprovante|pela_foto|pelas_fotos|da_transferencia|pela_transferencia',
    ],
    unless: ['embora|autocarro|onibus|jogo|aula|filme|jantar|comida|pizza|festa|cinema'],
    examples: {
      match: ['estou à espera do pagamento', 'faz agora ou mando', 'quero agora', 'sem desculpas', 'to esperando o comprovante'],
      ignore: ['agora ou nunca o jogo', 'quero agora uma pizza', 'to esperando o onibus'],
    },
  },
  {
    id: 'you-know-what-to-do',
    phrases: [
      'sabe|sabes|ja_sabe|ja_sabes ..1 o_que|oq|oque ..2 tem_que|tens_que|tem_de|tens_de|precisa|precisas|deve|deves',
      'ja_sabe|ja_sabes|bem_sabe|bem_sabes|sabe_muito_bem|sabes_muito_bem ..1 o_que|oq|oque ..2 acontece|vai_acontecer|te_espera|fazer',
    ],
    unless: ['trabalho|tpc|dever|prova|teste|exame|aula|escola|prof*|professor*|jogo|partida|fase|nivel|missao|receita|treino|projeto|projecto|formulario|inscri*|ajuda*|duvida*|perguntar|explica*'],
    weight: 0.5,
    examples: {
      match: ['vc sabe o que tem que fazer', 'ja sabes o que acontece', 'tu sabes bem o que tens de fazer'],
      ignore: ['vc sabe o que tem que fazer no trabalho?', 'sabes o que tens de estudar pra prova?'],
    },
  },
  {
    id: 'better-comply',
    phrases: [
      'e|eh|seria|sera melhor|bom ..2 fazer|fazeres|fazeres|colaborar|colaborares|cooperar|cooperares|pagar|pagares|obedecer|obedeceres ..3 o_que|oq|oque|tudo_o_que|tudo_que ..2 pedi|mandei|disse|quero|estou_a_pedir|to_pedindo',
      'ou|se|vai|vais|vc_vai|tu_vais ..1 colaborar|colaboras|colabora|cooperar|cooperas|coopera|obedecer|obedeces',
      // "melhor tu me responder", "acho melhor vc colaborar".
      'melhor|e_melhor|acho_melhor|era_melhor ..1 @you ..1 [me] responder|responderes|responde|colaborar|colaborares|obedecer|obedeceres|pagar|pagares|fazer_o_que_eu|fazeres_o_que_eu|ficar_quieta|ficar_quieto|ficar_calada|ficar_calado|calar_te|calar_se|nao_contar|nao_contares|nao_me_ignorar|nao_me_ignorares|nao_me_bloquear|nao_me_bloqueares',
    ],
    unless: ['trabalho|grupo|projeto|projecto|aula|escola|prof*|professor*|jogo|partida|equipa|time|festa|churrasco|mudanca|limpeza|evento'],
    examples: {
      match: ['sei onde tu estuda e que horas tu sai. melhor tu me responder', 'acho melhor vc colaborar', 'entao e melhor fazer o que eu pedi', 'quer q eu poste ou vai colaborar', 'é melhor pagares o que eu disse'],
      ignore: ['vais colaborar no trabalho de grupo?', 'e melhor fazer o que o professor pediu', 'vai colaborar com a festa?'],
    },
  },
  {
    // "ou tu paga ou...", "a menos que caia 200 na minha conta", "nao me faz esperar": ultimatums about paying.
    id: 'pay-or-else',
    phrases: [
      'ou [@you] paga|pagas|pague|me_paga|me_pagas|deposita|depositas|transfere|transferes ..3 ou|senao',
      'a_menos_que|a_menos_q|amenos_que|a_nao_ser_que|a_nao_ser_q ..6 pix|paga|pagues|pague|pagar|deposit*|transfir*|transfer*|caia|cair|mande|mandes|mandar|envie|envies',
      'nao|n me ..1 faz|faca|facas|faz_me|deixa|deixe|deixes ..1 esperar ..4 pix|pagamento|dinheiro|chave|conta|comprovante|comprovativo|transferencia|cartao|gift|codigo',
      'pix|pagamento|dinheiro|comprovante|comprovativo|transferencia|gift|codigo ..6 nao|n me ..1 faz|faca|facas|faz_me|deixa|deixe|deixes ..1 esperar',
    ],
    unless: ['jantar|almoco|lanche|pizza|cinema|bilhete*|ingresso*|parte|quota|vaquinha|rifa|mensalidade|conta_do_bar|conta_do_restaurante|aluguel|renda|festa|viagem|jogo|haha*|rsrs*|kk*', 'chuva|sol|calor|frio|filme|serie|fila', 'pago_eu|eu_pago|pagas_tu|paga_tu|paga_vc|pago_eu_da_proxima'],
    examples: {
      match: ['ou tu paga ou eles vao receber', 'a menos q caia 200 conto na minha conta ate meia noite', 'a nao ser que me pagues hoje', 'chave pix ta ai em cima, nao me faz esperar', 'ou pagas ou ja sabes'],
      ignore: ['ou paga o jantar ou lava a louca', 'a menos que chova, vamos a praia', 'nao me faz esperar, to na porta', 'a menos que pague a tua parte da pizza kkk', 'ou pagas tu ou pago eu'],
    },
  },
  {
    // A deadline on a demand: "quero 5000 robux até amanhã", "100€ até à meia-noite".
    id: 'pay-by-deadline',
    phrases: [
      '@money|@currency|@payment ..3 ate|antes_de|antes_da|antes_das ..1 amanha|hoje|meia_noite|meianoite|sexta|sabado|domingo|segunda|terca|quarta|quinta|a_noite|logo_a_noite|o_fim_do_dia|o_final_do_dia|as|a|hora',
      'ate|antes_de|antes_da|antes_das ..1 amanha|hoje|meia_noite|meianoite|sexta|sabado|domingo|a_noite|o_fim_do_dia|as|a ..4 # ..2 @money|@currency|@payment',
    ],
    unless: ['quem_quiser|quem_quer|se_quiser|se_quiseres|se_quiserem|impressa|impressas|impresso|impressos|encomenda|encomendas|tua_vez|sua_vez', 'sinal|reservar|reserva|agendamento|agendar|garantir_a_data|libero_o_horario|liberar_o_horario', 'processamento|salarial|contrato|nif|cartao_de_cidadao|turno|payroll', 'transporte|mensalidade|uniforme|kit|quem_nao_pagou|quem_ainda_nao_pagou|do_clube|da_escola|excursao|quota|quotas|cota|inscricao|do_time|da_equipa', 'devolv*|emprest*|deves|devendo|divida|vaquinha|rifa|mesada|passeio|excursao|viagem|inscri*|quota|mensalidade|camisola|camiseta|bilhete|ingresso|aluguel|renda|conta_da|conta_de|fatura|boleto|salario|ordenado|loja|promocao|desconto|compra|comprar|vendo_por|venda|preco|custa|trabalho|festa|jantar|almoco|lanche|pizza|cinema|churrasco|presente|prenda', 'haha*|rsrs*'],
    weight: 0.5,
    examples: {
      match: ['quero 5000 robux ate amanha', 'manda 100€ por mb way até à meia-noite', 'até amanhã quero 200 reais'],
      ignore: ['quem quiser a foto impressa me paga no pix ate sexta', 'para o processamento salarial preciso de uma foto do teu cartão de cidadão até amanhã', 'me devolve os 20 reais ate amanha', 'preciso de 50 euros até sexta pra viagem', 'a mesada cai ate sexta, 50 reais'],
    },
  },
  {
    id: 'or-it-gets-worse',
    phrases: [
      'se|caso ..6 vai_ser|vai|sera|fica|vais_ver_como_fica ..1 pior|muito_pior|bem_pior|pior_pra_ti|pior_para_ti|pior_pra_vc|pior_para_voce|pior_pra_voce',
      'nao|n ..1 me ..1 ignora|ignores|ignore|testa|testes|teste|provoca|provoques|desafia|desafies',
      'faz|faca|fazes ..2 o_que|oq|oque|tudo_o_que|tudo_que ..1 eu ..1 mandei|disse|pedi|te_disse|te_pedi|te_mandei',
      'nao|n ..1 tens|tem|ha ..1 [outra] escolha|alternativa|opcao|saida',
      'e|eh|seria|sera melhor ..1 colaborar|colaborares|cooperar|cooperares|obedecer|obedeceres|pagar|pagares|fazer_o_que_eu_digo',
    ],
    unless: ['jogo|partida|aula|trabalho|teste|prova|filme|dor|febre|gripe|tosse|transito|chuva|tempo|doenca|ferida|machucado|dente|haha*|rsrs*|mae|pai|prof*|professor*|receita|bolo|comida|massa|jantar|almoco|limp*|arrum*|quarto|louca|loica|tpc|dever'],
    weight: 0.5,
    examples: {
      match: ['não tens escolha', 'é melhor colaborares', 'se nao responder em 5 minutos vai ser pior', 'não me ignora', 'nao me testa', 'faz o que eu mandei'],
      ignore: ['se nao tomares o remedio a febre vai ser pior', 'faz o que a mae disse e arruma o quarto', 'se nao estudares a prova vai ser pior'],
    },
  },
  {
    // "não estou para brincadeiras", "depois não me culpes": pressure that weighs in with a demand or a threat.
    id: 'not-joking',
    phrases: [
      'vais|vai|tu_vais|vc_vai ..1 pagar|fazer|mandar ..4 a_bem_ou_a_mal|por_bem_ou_por_mal|de_uma_forma_ou_de_outra|de_um_jeito_ou_de_outro|queiras_ou_nao|queira_ou_nao',
      'nao|n ..1 to|tou|estou|ando ..1 pa|pra|para ..1 brincadeira|brincadeiras|brincar|palhacada*|joguinhos|jogos',
      'depois|dps|senao|se_nao|caso_contrario ..2 nao|n ..1 me ..1 culpes|culpe|venhas_chorar|venha_chorar|reclames|reclame|venhas_reclamar|venha_reclamar',
    ],
    unless: ['trabalho|tpc|dever|prova|teste|exame|nota|notas|aula|escola|prof*|professor*|jogo|partida|treino|jantar|almoco|comida|quarto|chuva|frio|casaco|autocarro|onibus|comboio|trem|voo|bilhete|ingresso|fila|haha*|rsrs*|kk*'],
    weight: 0.5,
    examples: {
      match: ['tu vais pagar, de uma forma ou de outra', 'bro paga logo os 50 em paysafecard q eu n tou pa brincadeiras', 'tens ate amanha pra decidir, depois nao me culpes'],
      ignore: ['tens de pagar, de uma forma ou de outra, a viagem de finalistas', 'tens até amanhã para entregar o trabalho, depois não me culpes pela nota', 'leva casaco, depois nao me culpes se tiveres frio'],
    },
  },
  {
    // "se não me deres o que pedi até amanhã", "quero mais 3 hoje, senao...".
    id: 'what-i-asked-by-deadline-r9',
    phrases: [
      'se_nao|se_n|caso_nao ..1 me ..1 deres|der|mandares|mandar|pagares|pagar|fizeres|fizer|enviares|enviar ..4 ate|antes_de|antes_das ..1 amanha|hoje|sexta|sabado|domingo|meia_noite|a_noite|logo|as|#',
      'o_que|oq|aquilo_que|tudo_o_que ..1 [eu] [te] pedi|mandei|exigi ..3 ate|antes_de|antes_das ..1 amanha|hoje|meia_noite|logo|as|# ..3 ou|senao|se_nao|caso_contrario',
    ],
    unless: ['trabalho|tpc|resumo|exercicio*|livro|caderno|carregador|emprestad*|emprestei|devolve*|prof*|professor*|aula|prova|teste|formulario|inscri*|convite|bolo|jantar|almoco|festa|kk*|haha*|rsrs*'],
    examples: {
      match: ['Se não me deres o que pedi até amanhã, apago a conta', 'o que eu te pedi ate as 22h, senao ja sabes'],
      ignore: ['se nao me deres o livro ate amanha a prof mata-me', 'se nao me mandares o resumo ate hoje nao faco o trabalho'],
    },
  },
  {
    // Deadlines without "as": "ate 23h ou eu jogo no grupo", "em ate 72 horas ou o video vai", "ainda hoje, caso contrario".
    id: 'short-deadline-or-else-r9',
    phrases: [
      'ate|antes_das|antes_de # ..1 [h|horas|hrs|hr] ..1 ou|senao|se_nao|caso_contrario ..2 eu|mando|envio|posto|jogo|espalho|vazo|publico|vai|vao|todos|todo_mundo|ja_era|@your',
      'em_ate|no_maximo|dentro_de|no_prazo_de|em_menos_de ..1 # ..1 horas|hora|h|dias|minutos|min ..3 ou|senao|se_nao|caso_contrario',
      'ainda_hoje|hoje_mesmo|ate_hoje|ate_amanha|ate_a_meia_noite ..3 caso_contrario|senao|se_nao|ou_entao ..4 @your|@family|@audience|todos|todo_mundo|mando|envio|posto|publico|vai|vao|sera|serao',
    ],
    unless: ['embora|autocarro|onibus|comboio|trem|filme|aula|treino|jogo_de|prova|teste|trabalho|entrega|jantar|almoco|comida|pizza|festa|cinema|devolver|devolve*|carregador|livro|caderno|formulario|inscri*|candidatura|juros|caixinha|conta_da_luz|boleto|fatura|factura|condominio|banco|kk*|haha*|rsrs*'],
    examples: {
      match: ['ou tu me manda mais 2 fotos ate 23h ou eu jogo no grupo da escola', 'Deposite 0,05 BTC em ate 72 horas ou o video vai para todos os seus contatos', 'pagar a taxa ainda hoje, caso contrario sua familia será notificada'],
      ignore: ['entrega o trabalho ate 23h ou a prof nao aceita', 'paga o boleto ainda hoje, caso contrario vai ter juros', 'chego ate as 22h ou um pouco depois'],
    },
  },
  {
    // "quero mais 3 hoje, senao todo mundo da tua escola vai ver".
    id: 'more-or-they-see-r9',
    phrases: [
      'quero|qro|manda|mande|mandas|envia|envie ..1 mais ..1 # ..2 senao|se_nao|ou|caso_contrario ..4 @family|@audience|todo_mundo|toda_a_gente|todos|geral ..2 ver|vai_ver|vao_ver|veem|recebe|recebem|sabe|sabem',
    ],
    unless: ['kk*|haha*|rsrs*|trabalho|tpc|resumo|exercicio*|pagina*|capitulo*|bolo|doces|pizza|convite*'],
    examples: {
      match: ['nao. quero mais 3 hoje, senao todo mundo da tua escola vai ver as de ontem'],
      ignore: ['manda mais 3 exercicios hoje senao a turma toda vai ver que nao fizemos'],
    },
  },
  {
    // "te dou 10 min pra mandar o pix".
    id: 'i-give-you-minutes-r10',
    phrases: [
      'te_dou|dou_te|tu_tens|vc_tem|voce_tem ..1 # ..1 min|mins|minuto|minutos|hora|horas|h|segundos ..2 pra|para ..1 mandar|pagar|fazer|transferir|depositar|responder|decidir|enviar',
    ],
    unless: ['descer|chegar|sair|acordar|arrumar|vestir|tomar_banho|jogo|partida|round|kk*|haha*|rsrs*|prova|teste|exercicio|trabalho'],
    examples: {
      match: ['te dou 10 min pra mandar o pix, depois disso teu video ta no xvideos', 'vc tem 2 horas pra pagar'],
      ignore: ['te dou 10 min pra descer', 'te dou 5 min pra mandar o trabalho kkk'],
    },
  },
  {
    // "o tempo tá passando ⏰", "não me faças perder a paciência".
    id: 'clock-is-ticking-r10',
    phrases: [
      'o_tempo|tempo|relogio|cronometro ..1 ta|esta|continua ..1 passando|a_passar|a_correr|correndo|contando|a_contar',
      'nao|n ..1 me ..1 faz|facas|faca|faz_me|obriga|obrigues ..1 perder ..1 a_paciencia|a_cabeca|a_calma|o_controle|o_controlo',
    ],
    unless: ['rapido|voa|voando|ferias|aula|aulas|prova|provas|exame*|teste|jogo|partida|round|sexta|fim_de_semana|natal|aniversario|kk*|haha*|rsrs*|irmao|irma|mae|pai|filho|filha|quarto|louca|loica|lavar'],
    examples: {
      match: ['o tempo ta passando ⏰', 'nao me faz perder a paciencia'],
      ignore: ['o tempo ta passando rapido, ja é sexta', 'nao me faz perder a paciencia, arruma o quarto'],
    },
  },
  {
    // "nao adianta contactar a policia, nao me podem rastrear".
    id: 'police-cant-help-r10',
    phrases: [
      'nao|n ..1 adianta|vale_a_pena|serve_de_nada|serve ..2 chamar|contactar|contatar|ir|ligar|denunciar|contar|falar ..2 policia|pj|psp|gnr|delegacia|policia_federal',
      'nao|n|ninguem ..1 me ..1 podem|pode|consegue|conseguem|vao|vai ..1 rastrear|encontrar|achar|apanhar|pegar|localizar',
    ],
    unless: ['kk*|haha*|rsrs*|esconde_esconde|jogo|partida|ladrao|celular_perdido|telemovel_perdido|perdi|roubaram|roubado|gato|cachorro|cao'],
    examples: {
      match: ['Não adianta contactar a polícia, não me podem rastrear.'],
      ignore: ['nao adianta chamar a policia por causa do celular perdido', 'ninguem me vai encontrar no esconde esconde kkk'],
    },
  },
  {
    // "se nao pagar 500 reais em 30 minutos", "responde quando eu chamar", "obedece e fica tudo bem", "nao me deixa esperando".
    id: 'obey-in-minutes-r10',
    phrases: [
      'pagar|pagares|pague|pagas|mandar|mandares|transferir|transferires|responder|responderes|fazer|fazeres ..4 em|dentro_de|nas_proximas|nos_proximos ..1 # ..1 min|mins|minutos|minuto|horas|hora|h|segundos',
      'responde|responda|respondes|atende|atenda ..2 quando|sempre_que|toda_vez_que ..1 eu ..1 chamar|mandar|ligar|mandar_mensagem',
      'obedece|obedeca|colabora|colabore|faz_o_que_eu_mando|faz_o_que_eu_digo ..3 e|que ..2 fica|ficas|vai_ficar ..1 tudo ..1 bem|certo|tranquilo',
      'colabora|colaboras|paga|pagas|obedece|obedeces ..1 ou ..1 arca|arcas|sofre|sofres|aguenta|aguentas|assume|assumes ..2 consequencias',
      'nao|n ..1 me ..1 deixa|deixes|faz|facas ..1 esperando|esperar|a_espera',
    ],
    unless: ['kk*|haha*|rsrs*|jogo|partida|round|prova|exame|teste|trabalho|aula|treino|onibus|autocarro|comboio|trem|uber|pizza|jantar|almoco|mae|pai|fila|loja|encomenda|boleto|fatura'],
    examples: {
      match: ['gravei tudo. se nao pagar 500 reais em 30 minutos mando pra todos teus seguidores', 'depende de vc. responde quando eu chamar', 'obedece e fica tudo bem', 'é simples: colabora ou arca com as consequencias', 'to esperando, nao me deixa esperando'],
      ignore: ['vou pagar a fatura em 2 horas', 'nao me deixa esperando na fila do cinema kkk'],
    },
  },
  {
    // Fake-authority deadlines: "ainda hoje. Caso contrário seguirá mandado de detenção", "em até 24h".
    id: 'or-arrest-warrant-r11',
    phrases: [
      'caso_contrario|senao|se_nao|ou ..3 seguira|sera_emitido|sera_expedido|emitiremos|expediremos|sera_aberto|abriremos ..3 mandado|detencao|prisao|processo|inquerito',
      'em_ate|ate|no_maximo|no_prazo_de|prazo_de|dentro_de ..1 # h|horas|hrs|minutos|min ..6 resultara|implicara|seguira|mandado|detencao|prisao|processo|inquerito|exposicao',
    ],
    unless: ['golpe|golpes|cuidado|alerta|reportagem|noticia|palestra|se_alguem|nao_paguem|nao_pague|filme|serie|novela'],
    examples: {
      match: ['Por MB Way ou referência Multibanco ainda hoje. Caso contrário seguirá mandado de detenção.', 'efetue o pagamento em ate 24h. O nao pagamento resultara em processo'],
      ignore: ['cuidado, é golpe: dizem que caso contrario seguira mandado de detencao', 'na serie ele fugiu e caso contrario seguira o processo'],
    },
  },
  {
    // Terse money deadlines: "paga pix agora. 30 minutos", "manda por m-pesa até às 18h".
    id: 'pay-now-minutes-r11',
    phrases: [
      'pix|mbway|mb_way|m_pesa|mpesa|emola|multicaixa|paysafecard|paga|pague|transfere|transfira ..3 agora|ja|imediatamente|rapido ..3 # minutos|min|mins|horas|h',
      'manda|mande|paga|pague|transfere|transfira|envia|envie ..4 @money|# ..4 m_pesa|mpesa|emola|multicaixa|pix|mbway|mb_way|paysafecard ..4 ate|antes ..1 as|das|a|da ..1 # h|horas',
    ],
    unless: ['kk*|haha*|rsrs*|pizza|jantar|almoco|lanche|bilhete*|ingresso*|excursao|viagem|prenda|presente|vaquinha|quota|quotas|renda|aluguel|conta_da_luz|fatura|loja|encomenda|artigo|produto|portes|envio|ctt|correios'],
    examples: {
      match: ['paga pix agora. 30 minutos', 'manda 3000 meticais por m-pesa neste numero ate as 18h'],
      ignore: ['manda 10€ por mbway ate as 18h pra pizza', 'paga a encomenda por mbway ate as 18h que envio hoje'],
    },
  },
  {
    // "faz o pix se não quiser problemas", "não queres sarilhos, pois não?".
    id: 'if-you-dont-want-trouble-r11',
    phrases: [
      'se [@you] nao|n ..1 quer|queres|quiser|quiseres ..1 [ter|arranjar] problemas|problema|confusao|chatices|sarilhos|encrenca',
      'nao|n ..1 quer|queres|vai_querer|vais_querer ..1 [ter|arranjar] problemas|confusao|sarilhos|encrenca ..2 ne|pois_nao|certo|ou_queres|ou_quer',
    ],
    unless: ['prof|professor*|stor|mae|pai|diretor*|escola|aula|trabalho|teste|prova|multa_de_transito|carro|policia_disse|kk*|haha*|rsrs*'],
    examples: {
      match: ['faz o pix se nao quiser problemas', 'nao queres sarilhos, pois nao?'],
      ignore: ['se nao quiseres problemas com a prof entrega o trabalho', 'se nao quer problemas com o carro leva a revisao'],
    },
  },
  {
    // Fake-authority pressure: "pague a coima para evitar a detenção", "foi instaurado processo contra si".
    id: 'avoid-arrest-r11',
    phrases: [
      'evitar|para_evitar|evite|evitara ..3 detencao|prisao|mandado|processo|inquerito|acusacao|queixa|julgamento|tribunal',
      'processo|inquerito|queixa|acusacao|mandado ..2 instaurad*|aberto|aberta|registad*|emitido|expedido ..1 contra ..1 si|voce|vc|ti|o_senhor|a_senhora',
      'instaurad*|aberto|aberta|registad*|emitido|expedido ..1 [um|uma|o|a] processo|inquerito|queixa|acusacao|mandado ..1 contra ..1 si|voce|vc|ti|o_senhor|a_senhora',
    ],
    unless: ['golpe|golpes|cuidado|alerta|reportagem|noticia|palestra|se_alguem|nao_paguem|nao_pague|filme|serie|novela|advogad*|livro|aula|direito'],
    examples: {
      match: ['pague a coima de 200€ para evitar a detencao', 'Ministerio Publico: foi instaurado processo contra si.'],
      ignore: ['cuidado, golpe: pague a coima para evitar a detencao', 'na serie abriram processo contra ele'],
    },
  },
  {
    // "prova que me ama, manda aquela foto", "se confias em mim manda".
    id: 'prove-you-love-me-r12',
    phrases: [
      'prova|prove|provas|mostra|mostre ..1 que|q ..2 me_ama|me_amas|gosta_de_mim|gostas_de_mim|confia_em_mim|confias_em_mim|me_quer|me_queres|es_minha|e_minha|es_meu|e_meu ..6 manda|mande|envia|envie|mostra|mostre|liga|faz|faca|tira',
      'se ..1 [vc|tu] me ..1 ama|amas|amasse|amasses|gostasse|gostasses|confiasse|confiasses ..4 mandava|mandavas|enviava|enviavas|mostrava|mostravas|fazia|fazias|ligava|ligavas',
    ],
    unless: ['kk*|haha*|rsrs*|lanche|pizza|bolo|chocolate|sorvete|gelado|cafe|jantar|almoco|trabalho|resumo|tarefa|mensagem_de_bom_dia|audio|musica|meme|memes'],
    weight: 1,
    examples: {
      match: ['entao prova que me ama, manda aquela foto que eu pedi', 'se vc me amasse mandava', 'mostra que confias em mim e liga a camera'],
      ignore: ['prova que me ama e traz um chocolate kkk', 'se me amasses mandavas o resumo'],
    },
  },
  {
    // "manda 200 ou sabe o que acontece", "senao ja sabes o que te acontece".
    id: 'or-you-know-what-happens-r12',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..2 [ja] sabe|sabes|sabem ..1 o_que|oq|o_q|que|o_que_vai|oq_vai ..1 acontece|acontecer|vai_acontecer|te_acontece|faco|eu_faco|rola|vai_rolar',
    ],
    unless: ['kk*|haha*|rsrs*|lol|brinks|zoeira|pizza|lanche|sorvete|gelado|chocolate|jogo|partida|treino|prova|teste|professor*|prof|trabalho'],
    weight: 1,
    examples: {
      match: ['manda 200 ou sabe o que acontece', 'senao ja sabes o que te acontece'],
      ignore: ['traz o chocolate ou ja sabes o que acontece kkk', 'entrega o trabalho senao sabe o que acontece com a nota'],
    },
  },
  {
    // Fake support's clock: "sua conta sera banida em 24 horas", "se nao enviar ate 18h", "se vira. 30 min".
    id: 'account-ban-clock-r13',
    phrases: [
      'conta|perfil|canal|instagram|tiktok|roblox ..3 sera|vai_ser|serao|vai|vao|ira ..1 [permanentemente|definitivamente] banid*|desativad*|suspens*|excluid*|apagad*|bloquead*|deletad*|eliminad* ..5 em|dentro_de|ate|hoje|amanha|#|se|caso|a_menos',
      'se|caso ..1 nao|n ..1 enviar|enviares|mandar|mandares|responder|responderes|pagar|pagares|verificar|confirmar ..2 ate|antes_das|em ..1 # ..6 conta|perfil|fotos|videos|apagad*|banid*|publicad*|enviad*|excluid*',
      'se_vira|te_vira|vira_te|desenrasca_te|te_desenrasca ..3 # ..1 min|mins|minutos|h|horas|hora',
    ],
    unless: ['a_gente|bora|saimos|vamos', 'mensalidade|ginasio|academia|biblioteca|banco_avisa|netflix|spotify|golpe|golpista*|e_golpe|cuidado|trabalho|tpc|nota|teste|prova|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['Detectamos atividade suspeita na sua conta. Ela será BANIDA em 24 horas.', 'É o protocolo. Se não enviar até 18h sua conta e fotos serão apagadas.', 'se vira. 30 min', 'Sua conta vai ser banida por violar os termos, se nao mandar hoje'],
      ignore: ['cuidado, é golpe: dizem que a conta vai ser banida em 24h', 'se não enviarem até 18h o trabalho fica sem nota'],
    },
  },
  {
    // "entao faz oq eu pedir", "agora tu vai fazer o q eu mandar", "se não cair em 30 min", "ou vc faz ... ou".
    id: 'do-what-i-say-or-payment-clock-r14',
    phrases: [
      'faz|faca|fazer|fazes|fara|vai_fazer|vais_fazer|vai_ter_que_fazer|vais_ter_de_fazer ..1 oq|o_que|o_q|tudo_o_que|tudo_que|td_q|td_que|tudo_q ..1 eu ..1 pedir|mandar|quiser|disser|mando|peco',
      'se|caso ..1 nao ..1 cair|cai|chegar|chega|entrar|entra|receber|recebo|pingar ..3 em|ate|dentro_de ..1 # ..1 min|mins|minutos|minuto|hora|horas|h',
      'taxa|pagamento|valor|deposito ..6 pix|mbway|mb_way|transferencia|bitcoin|btc ..2 ainda_hoje|hoje_ainda|ate_hoje|hoje_mesmo|ate_amanha|ate_meia_noite',
    ],
    unless: ['pizza|comida|lanche|estafeta|motoboy|uber|onibus|autocarro|comboio|trem|jogo|partida|ranked|fifa|x1|1v1|treino|campo|quadra|xadrez|missao|tarefa_do_jogo|professor*|prof|mae|pai|entrega|encomenda|pedido|loja|ifood|uber|boleto_da_escola|mensalidade|escola|excursao|visita|viagem|k|kk*|haha*|rsrs*|brinks|zoeira'],
    examples: {
      match: ['quer q eu mande pro grupo do colegio? entao faz oq eu pedir', 'ele gravou a tua ontem. agora tu vai fazer o q eu mandar, senao ele posta', 'Se não cair em 30 min eu mando as fotos', 'Falta a taxa de matrícula de R$ 250 via Pix ainda hoje'],
      ignore: ['no jogo tu faz o que eu mandar, eu sou o capitao', 'se nao chegar em 30 min a pizza é gratis', 'falta a mensalidade da excursao, paga ate hoje', 'faz o que tu quiseres kk'],
    },
  },
  {
    // "tu sabe o que acontece se tu me bloquear ne".
    id: 'you-know-what-happens-if-you-block-r15',
    phrases: [
      'sabe|sabes|ja_sabe|ja_sabes ..1 oq|o_que|que ..1 acontece|vai_acontecer|acontecera ..2 se ..2 me ..1 bloquear|bloqueares|bloqueia|bloqueias|ignorar|ignorares|denunciar|denunciares|deixar|deixares|sair|desapareceres|sumir|sumires',
    ],
    unless: ['app|aplicativo|jogo|server|servidor|conta|bot|sistema|instagram|whatsapp|snap|tiktok|discord|kk*|haha*|rsrs*'],
    weight: 3,
    examples: {
      match: ['tu sabe o que acontece se tu me bloquear ne', 'ja sabes o que acontece se me ignorares'],
      ignore: ['sabe o que acontece se me bloquear no whatsapp? somem as fotos de perfil', 'sabe o que acontece se me bloquear kkk nada'],
    },
  },
  {
    // Round 20: "paga pra ver", "até sexta vc decide", "faz o que eu disser", a "challenge" group pushing self-harm
    // ("tem que se cortar e mandar print"), "quem sai do grupo é castigada".
    id: 'obey-or-else-challenge-r20',
    phrases: [
      'paga|pague ..1 pra|para ..1 ver',
      'ate|antes_de ..2 segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|hoje|meia_noite|noite ..2 @you ..1 decide|decides|escolhe|escolhes|resolve|resolves',
      'faz|faca|fazes|fazer|vai_fazer|vais_fazer|vai_ter_que_fazer ..1 [tudo] o_que|oq|o_q|oque|tudo_que|tudo_o_que ..1 eu ..1 disser|mandar|quiser|pedir',
      'tem_que|tens_que|tens_de|tem_de|vai_ter_que|vais_ter_de|vai_ter_de|precisa|precisas ..2 se|te ..1 cortar|machucar|magoar|queimar|ferir|bater',
      'se|te ..1 cortar|cortares|machucar|machucares|magoar|queimar|queimares ..3 manda|mandar|mandares|envia|enviar|tira|tirar ..2 print|foto|fotos|prova|video',
      'quem ..1 sai|sair|desistir|desiste|nao_cumprir|nao_fizer|nao_fizer_o_desafio ..4 e|sera|vai_ser|fica ..1 castigad*|punid*|expost*|queimad*',
    ],
    unless: ['faca|tesoura|vidro|ponto|pontos|curativo|band_aid|penso|medico|hospital|cuidado_pra_nao|cuidado_para_nao|nao_te_cortes|nao_se_corte', 'jogo|partida|regras_do_jogo|campeonato|torneio|uno|monopoly|banco_imobiliario', 'aposto|aposta|apostar|viagem|passeio|festa|se_vai|se_vais|se_queres|se_quer|se_vem|se_vens'],
    examples: {
      match: ['paga pra ver. até sexta vc decide', 'agora vc vai fazer oq eu mandar', 'se nao cumprir o desafio de hoje vc tem q se cortar e mandar print', 'quem sai do grupo no meio é castigada'],
      ignore: ['até sexta vc decide se vai na viagem ou nao', 'cuidado pra nao se cortar com a faca', 'quem sai do jogo é eliminado', 'se te cortares manda foto que eu vejo se precisa de ponto'],
    },
  },
  {
    // Round 20: gifts turned into a debt: "já gastei mais de 500 reais contigo, o mínimo é vc retribuir".
    id: 'i-spent-on-you-now-repay-r20',
    phrases: [
      'gastei|dei|mandei|gastamos|investi ..4 contigo|com_vc|com_voce|em_ti|em_vc|pra_ti|pra_vc|para_ti ..6 minimo|retribuir|retribuis|retribua|retribuires|em_troca|me_deves|me_deve|devendo|deves_me',
    ],
    unless: ['aniversario|niver|natal|prenda|presente_de|amigo_secreto|amigo_oculto|pizza|lanche|jantar|almoco|cinema|uber|gasolina|emprestei|emprestimo|metade|dividir|racha|rachar|mesada'],
    examples: {
      match: ['eu já gastei mais de 500 reais contigo, o minimo é vc retribuir né'],
      ignore: ['gastei 30 contigo no cinema, me deves metade'],
    },
  },
  {
    // r23: "acho bom vc me responder", "2h pra decidir", "me bloqueia de novo pra vc ver".
    id: 'better-answer-me-r23',
    phrases: [
      'acho_bom|e_bom|melhor ..1 @you ..1 me ..1 responder|responderes|pagar|pagares|mandar|mandares|obedecer|desbloquear|desbloqueares',
      '# ..1 min|mins|minutos|hrs|horas|h ..1 pra|para ..1 decidir|decidires|pensar|pensares|resolver|resolveres|responder|responderes',
      'me ..1 bloqueia|bloqueias|bloqueie|ignora|ignoras|ignore ..2 [de_novo|outra_vez] ..1 pra|para ..1 @you ..1 ver',
    ],
    unless: ['pizza|sabor|filme|serie|roupa|jogo|prova|teste|trabalho|festa|lanche|restaurante|cardapio|menu|escolher|escolheres|votacao|voto|kk*|haha*|rsrs*'],
    weight: 0.5,
    examples: {
      match: ['acho bom vc me responder', 'denuncia. 2h pra decidir', 'me bloqueia de novo pra vc ver'],
      ignore: ['10 min pra decidir o sabor da pizza', 'acho bom vc me responder sobre a festa'],
    },
  },
  {
    // r23: "vc nao vai gostar do que vai acontecer se me ignorar".
    id: 'you-wont-like-what-happens-r23',
    phrases: [
      '@you ..1 nao|n ..1 vai|vais ..1 gostar ..1 do_que|doque|oq|do_q|nada_do_que ..1 vai|vai_te|te_vai|vou ..1 acontecer|fazer',
    ],
    unless: ['filme|serie|episodio|livro|final|temporada|novela|jogo|prova|teste|nota|notas|comida|jantar|almoco|sabor|kk*|haha*|rsrs*'],
    weight: 1,
    examples: {
      match: ['vc nao vai gostar do que vai acontecer se me ignorar'],
      ignore: ['vc nao vai gostar do que vai acontecer no final da serie'],
    },
  },
  {
    // Round 28: the older gamer's gift turned into a debt: "mandei os diamantes, agora tu me deves", "paguei teu passe, agora quero algo em troca".
    id: 'you-owe-me-for-the-gift-r28',
    phrases: [
      'te_dei|dei_te|te_mandei|mandei_te|mandei|te_paguei|paguei_te|paguei|te_comprei|comprei_te|comprei|te_enviei|enviei ..4 robux|vbucks|v_bucks|diamantes|skin|skins|passe|passe_de_batalha|gift|gifts|nitro|gemas|moedas|cristais|pontos|coins|gamepass|item|itens ..6 me_deve|me_deves|deve_me|deves_me|tu_me_deves|vc_me_deve|em_troca|retribuir|retribuis|retribua|tua_vez|sua_vez|algo_em_troca|quero_algo|agora_e_contigo|agora_e_com_vc',
      'me_deve|me_deves|deve_me|deves_me ..6 te_dei|dei_te|te_mandei|mandei_te|mandei|te_paguei|paguei|te_comprei|comprei ..3 robux|vbucks|v_bucks|diamantes|skin|skins|passe|passe_de_batalha|gift|gifts|nitro|gemas|moedas|cristais|coins|gamepass|item|itens',
    ],
    unless: ['partida|partidas|duo|squad|jogo|jogar|x1|1v1|ranked|carry|favor|carona|boleia|lanche|pizza|kk*|haha*|rsrs*|aniversario|niver|natal|parabens|troca_justa|trocamos|troca_de_itens|empresta|emprestei|devolve|devolvo|print|screenshot|codigo|rank|trocar_de|troca_de'],
    examples: {
      match: ['tu me deves agora, mandei os diamantes', 'paguei teu passe de batalha, agora quero algo em troca', 'te dei 800 robux, o minimo é retribuir'],
      ignore: ['mandei as skins, agora é tua vez de me mandar o print', 'te mandei a skin, agora me deve uma partida de duo kkk', 'paguei teu passe de aniversario, parabens'],
    },
  },
  {
    // Round 28: "vc tem uma hora pra mandar": the deadline in words.
    id: 'you-have-an-hour-r28',
    phrases: [
      '@you|tens|tem ..1 [so|apenas|ate] uma|meia ..1 hora|horinha ..2 [pra|para] mandar|pagar|fazer|responder|decidir|transferir|enviar|me_mandar|me_pagar|me_responder',
    ],
    unless: ['prova|teste|exame|trabalho|tpc|aula|jogo|treino|filme|viagem|voo|comboio|onibus|autocarro|intervalo|almoco|jantar|formulario|inscri*|candidatura|entrega_do|kk*|haha*|rsrs*'],
    examples: {
      match: ['vc tem uma hora pra mandar', 'tens meia hora para pagar'],
      ignore: ['tens uma hora pra fazer a prova', 'vc tem uma hora pra mandar o trabalho'],
    },
  },
  {
    // Round 30: a bare ultimatum to pay is pressure: "ou tu paga", "ou me pagas".
    id: 'either-you-pay-r30',
    phrases: [
      'ou|ou_entao @you|me|vc_me|tu_me|voce_me|ce_me paga|pagas|pague|pagues|transfere|transferes|deposita',
      'ou|ou_entao paga_me|pagas_me|transfere_me',
    ],
    unless: ['se_alguem|caso_alguem|golpe|golpista*|palestra|nunca_pague|nao_pague', 'ou_eu|eu_pago|pago_eu|pago_eu|a_gente|dividimos|dividir|divide|racha|rachar|metade|lanche|conta|pizza|almoco|jantar|ingresso|bilhete|uber|gasolina|cafe|cerveja|rodada|multa|quem_paga|quem|aposta|perdeu|perdeste|vale|cartao|credito|debito|fiado|pede|pedes|pedir|ele|ela|eles|elas|o_pai|a_mae|kk*|haha*|rsrs*|brincadeira|zoeira|loja|mercado|compra|entrada|bilheteira|mensalidade|propina|quota'],
    examples: {
      match: ['ou tu paga', 'ou vc me paga', 'ou entao pagas-me'],
      ignore: ['ou tu paga ou eu pago, tanto faz', 'quem paga o lanche? ou tu paga?', 'ou vc paga a conta ou a gente racha'],
    },
  },
  {
    // Round 31: a price that climbs with the hours: "o preço sobe 50€ a cada hora que passa", "amanhã já são 1300€".
    id: 'price-goes-up-r31',
    phrases: [
      'sobe|aumenta|dobra|duplica|triplica|cresce|sobem|aumentam ..3 a_cada|cada|por ..1 [#] minuto*|hora|horas|dia|dias|hr|h',
      'preco|valor|conta|taxa|quantia ..2 ja|agora ..1 e|sao|esta|ta|vai|fica|ficou|subiu|aumentou|dobrou ..1 [em|nos|para|pra] # ..1 @money|@currency',
      'amanha|daqui_a_pouco|daqui_a_uma_hora|logo|a_noite|depois|mais_tarde|se_demorares|se_demorar ..2 ja|vai|vao|sera|serao|passa_a ..1 sao|ser|custar|custa|ficar|fica|dobrar # ..1 @money|@currency',
      'preco|valor|quantia|conta ..2 ja|agora ..1 dobrou|duplicou|triplicou|subiu|aumentou',
      'amanha|daqui_a_pouco|daqui_a_uma_hora|logo|a_noite|mais_tarde|se_demorares|se_demorar ..2 e|sera|fica|vai_ser|passa_a_ser ..1 o_dobro|o_triplo|mais_caro|o_dobro_disso',
    ],
    unless: ['bilhete|bilhetes|ingresso|ingressos|promo*|desconto*|early_bird|pre_venda|lote|inscri*|gasolina|combustivel|luz|eletricidade|acoes|acao|bolsa|bitcoin|cripto*|renda|aluguel|estacionamento|parque|taxi|uber|hotel|voo|voos|passagem|passagens|loja|leilao|lance|licitacao|juros|divida|multa_de_atraso|emprestimo|mensalidade|propina|quota|kk*|haha*|rsrs*'],
    examples: {
      match: ['o preço sobe 20 euros a cada hora', 'aumenta 100 reais por dia, ja sabes', 'amanha ja sao 500 reais', 'o valor agora é 300€', 'se demorares vai custar 1000 euros', 'o valor ja dobrou', 'amanha é o dobro'],
      ignore: ['o preço dos bilhetes sobe 5 euros a cada dia, compra ja', 'amanha ja sao 30 euros o estacionamento', 'a gasolina sobe todos os dias', 'o preço do lote sobe cada hora do leilao', 'amanha ja sao 18 anos kkk', 'o preço da gasolina ja subiu', 'o valor do bilhete ja aumentou, amanha é o dobro'],
    },
  },
] satisfies PatternEntry[];
