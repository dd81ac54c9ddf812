import type { PatternEntry } from '../../schema';

const HARM = 'faco_uma_asneira|fazer_uma_asneira|faco_asneiras|faco_merda|faco_uma_merda|fazer_merda|me_mato|mato_me|me_matar|matar_me|me_suicido|suicido_me|me_suicidar|suicidar_me|suicidar|suicido|me_corto|corto_me|me_cortar|cortar_me|me_jogo|me_atiro|atiro_me|acabo_com_a_minha_vida|acabo_com_minha_vida|acabar_com_a_minha_vida|acabar_com_minha_vida|tiro_a_minha_vida|tiro_minha_vida|tirar_a_minha_vida|tirar_minha_vida|faco_uma_besteira|faco_uma_loucura|faco_asneira|fazer_uma_besteira|fazer_besteira|fazer_uma_loucura|me_machuco|machuco_me|me_machucar|machucar_me|me_magoo|magoo_me|me_magoar|magoar_me|tomo_os_comprimidos|tomar_os_comprimidos|tomo_comprimidos|corto_os_pulsos|corto_meus_pulsos|corto_os_meus_pulsos|corto_o_pulso|cortar_os_pulsos|cortar_meus_pulsos|cortar_os_meus_pulsos|corto_me_toda|corto_me_todo|me_enforco|enforco_me|me_enforcar|tomo_veneno|tomar_veneno|pulo_da_ponte|pulo_do_predio|pulo_da_janela|me_atiro_da|me_jogo_da|me_jogo_do|me_jogo_na_frente|acabo_comigo|acabar_comigo|dou_fim_a_minha_vida|dou_um_fim_em_mim|sumo_desse_mundo|sumo_deste_mundo';

export default [
  {
    id: 'if-you-dont-i-hurt-myself',
    phrases: [
      'se [@you] [me|nao|n] ..3 bloquear|bloqueares|deixar|deixares|largar|largares|ignorar|ignorares|responder|responderes|sair|saires|terminar|terminares|voltar|voltares|namorar|namorares|mandar|mandares|fizer|fizeres|vier|vieres|ligar|ligares|aceitar|aceitares|falar|falares ..6 ' + HARM,
      HARM + ' ..3 se [@you] [me|nao|n]',
      'vou|eu ..1 ' + HARM.replace(/me_|_me/g, '').replace(/\|+/g, '|') + ' ..4 culpa ..2 tua|sua|teu|seu|de_vc|de_ti',
      'vou|vo|eu_vou ..1 acabar_com_tudo|acabar_com_a_vida|acabar_com_isto_tudo|acabar_com_isso_tudo ..4 culpa ..2 tua|sua|teu|seu|de_vc|de_ti|de_voce',
      'vou|eu|vou_me|vou_te ..1 ' + HARM + ' ..4 por_tua_causa|por_sua_causa|por_causa_de_vc|por_causa_de_ti|culpa',
      'a|e|vai_ser culpa ..2 tua|sua|de_vc|tb ..4 se ..2 ' + HARM,
      HARM + ' ..6 viver_com_isso|conviver_com_isso|carregar_isso|na_tua_consciencia|na_sua_consciencia|nas_tuas_costas|a_culpa_e_tua|a_culpa_e_sua|por_tua_causa|por_sua_causa',
      'nao|n|ja_nao ..1 vou|consigo ..1 viver|aguentar|continuar ..2 sem ti|sem_ti|sem_vc|sem_voce|se_me_deixares|se_me_deixar',
      'se [@you] nao|n ..3 mandar|mandares|responder|responderes|fizer|fizeres|vier|vieres|ligar|ligares|aparecer|apareceres ..4 eu ..1 vou|vo ..1 acabar_com_tudo|desaparecer_para_sempre|sumir_para_sempre|sumir_de_vez',
      // Leaving or blocking as the trigger: "se me bloqueares eu não aguento, vou desaparecer de vez".
      'se [@you] [me] ..1 bloquear|bloqueares|deixar|deixares|largar|largares|ignorar|ignorares|abandonar|abandonares|trocar|trocares ..6 vou|vo|eu_vou ..1 desaparecer_de_vez|sumir_de_vez|desaparecer_para_sempre|sumir_para_sempre|acabar_com_tudo|acabar_com_a_minha_vida|acabar_com_minha_vida|deixar_de_existir|morrer',
      'se [@you] [me] ..1 bloquear|bloqueares|deixar|deixares|largar|largares|ignorar|ignorares|abandonar|abandonares ..6 nunca_mais ..1 me_ves|me_vais_ver|me_vai_ver|vais_ouvir_falar_de_mim|vai_ouvir_falar_de_mim ..3 culpa|morto|morta|viv*',
    ],
    // Not bare "jogo": "eu me jogo da ponte" is the threat itself.
    unless: ['prova|teste|exame|nota|notas|tpc|trabalho|o_jogo|no_jogo|do_jogo|um_jogo|esse_jogo|este_jogo|nesse_jogo|neste_jogo|jogo_de|ao_jogo|partida|spoiler|calor|fome|rir|de_rir|k|kk*|haha*|hahaha*|rsrs*|festa', 'ela|ele|eles|elas|mae|pai|professora|professor|chefe|treinador ..1 vai|vao|ia|iam|vai_me|vao_me ..1 me_matar|matar|matar_me', 'me_matar|me_mata|me_matam|matar_me|mata_me ..2 se ..1 souber|souberem|descobrir|descobrirem|vir|virem|ver|verem'],
    examples: {
      match: ['se tu nao me mandar uma foto hj eu vou me cortar de novo', 'se nao me ligares hoje a noite juro que eu me corto', 'se me deixares juro que faço uma asneira', 'eu me mato e vc vai ter que viver com isso', 'se vc nao voltar comigo eu me jogo da ponte', 'vou acabar com tudo e a culpa vai ser sua', 'se nao mandar eu vou acabar com tudo hj', 'se me deixares vou fazer uma besteira', 'se vc me bloquear eu me mato', 'se me deixares eu mato-me', 'eu me mato se vc nao responder', 'vou me matar e a culpa é tua', 'não consigo viver sem ti', 'se voce sair do chat eu corto meus pulsos', 'se me bloqueares acabo comigo', 'se vc me deixar eu me enforco', 'se tu me bloqueares eu não aguento mais, vou desaparecer de vez', 'se me deixares vou acabar com a minha vida'],
      ignore: ['ela vai me matar se souber q te mandei', 'minha mae me mata se descobrir', 'se perdermos o jogo eu me mato de vergonha', 'vou acabar com tudo na partida e a culpa vai ser tua kk', 'se nao mandares o trabalho eu vou acabar com tudo no grupo', 'se eu tirar nota baixa eu me mato', 'vou morrer de rir kkk', 'me mato de estudar pra prova', 'se eu perder a prova acabo comigo kkk', 'se vc sair do grupo eu corto o cabelo', 'se me deixares sozinha na festa vou desaparecer de vez kkk', 'se me bloqueares no jogo vou morrer de rir'],
    },
  },
  {
    // "vou me matar e vou deixar uma carta dizendo que foi culpa sua".
    id: 'letter-blaming-you',
    phrases: [
      HARM + ' ..6 carta|bilhete|recado|mensagem|video ..4 culpa|por_tua_causa|por_sua_causa|por_causa_de_ti|por_causa_de_vc|teu_nome|seu_nome',
    ],
    unless: ['de_rir|a_rir|de_estudar|a_estudar|de_trabalhar|a_trabalhar|de_fome|de_tanto|de_vergonha|haha*|rsrs*|kk*|lol|jogo|partida|fifa|filme|serie|livro|musica|personagem'],
    examples: {
      match: ['eu vou me matar e vou deixar uma carta dizendo q foi culpa sua'],
      ignore: ['vou me matar de rir, deixaste uma carta a dizer que a culpa foi tua kkk', 'no filme ele mata-se e deixa uma carta, culpa da mulher'],
    },
  },
  {
    // Pills and a blame: "vou tomar todos os remedios da minha mae e a culpa vai ser sua".
    id: 'pills-and-blame-r9',
    phrases: [
      'tomar|engolir|tomo|engulo ..2 todos|todas|tudo|caixa|cartela|frasco|vidro|monte|um_monte ..3 remedios|remedio|comprimidos|pilulas|calmantes ..6 culpa|por_tua_causa|por_sua_causa|por_causa_de_ti|por_causa_de_vc',
      'se [@you] nao|n|me ..4 mandar|mandares|responder|responderes|vier|vieres|ligar|ligares|bloquear|bloqueares|deixar|deixares ..6 tomo|tomar|engulo|engolir ..3 remedios|comprimidos|pilulas|caixa|cartela',
      'se [@you] [nao|n|me] ..1 deixar|deixares|largar|largares|bloquear|bloqueares|terminar|terminares|vier|vieres|responder|responderes|mandar|mandares ..4 [eu] faco|vou_fazer|fazer ..1 [uma] besteira|bobagem|asneira|loucura|merda',
      'se [@you] [me|nao|n] ..1 sumir|sumires|desaparecer|desapareceres|for_embora|fores_embora|parar_de_falar|parares_de_falar|trocar|trocares ..4 [eu] ' + HARM,
      'se [@you] [nao|n|me] ..2 responder|responderes|vier|vieres|ligar|ligares|bloquear|bloqueares|deixar|deixares ..4 [eu] tomo|engulo ..1 a_caixa|a_cartela|os_remedios|os_comprimidos|os_comprimidos_todos|os_remedios_todos',
      'faca|lamina|gilete|corda|navalha ..6 se [@you] [nao|n|me] ..1 deixar|deixares|largar|largares|bloquear|bloqueares|terminar|terminares|vier|vieres|responder|responderes|mandar|mandares',
    ],
    unless: ['dor_de_cabeca|gripe|febre|receita|medico|medica|farmacia|alergia|vitamina*|antibiotico|dipirona|paracetamol|ibuprofeno|dor|colica|kk*|haha*|rsrs*|aula|sono|dormir|dormindo|enjoo|ressaca|cozinha|cozinhar|bolo|festa|jantar|compras|prova|teste|trabalho|jogo|partida|queijo|pao|carne|legumes|rir|de_rir|a_rir|de_vergonha|de_tedio|de_saudade|de_fome|de_estudar|de_trabalhar|cerveja|bebida|sorvete|gelado|cafe|sumo|suco|refri|coca|cha|agua|vinho'],
    examples: {
      match: ['vou tomar todos os remedios da minha mae e a culpa vai ser sua', 'se vc me bloquear eu tomo a cartela toda', 'to com uma faca aqui, se vc me deixar eu faço besteira', 'se tu nao vieres eu faco uma loucura', 'se vc sumir eu me mato, juro', 'se tu nao me responder eu tomo os remedios todos hoje'],
      ignore: ['vou tomar o remedio da gripe, a culpa é tua que me passaste kkk', 'se nao melhorar tomo os comprimidos que o medico deu', 'vou tomar o remedio e a culpa é tua se eu dormir na aula', 'se nao vieres ao jantar faco uma loucura com o bolo kkk', 'passa a faca do pao, se nao vieres eu corto sozinha', 'se nao vieres eu tomo tudo sozinho, a pizza ta ai', 'se vc sumir da call eu me mato de rir'],
    },
  },
  {
    // "eu tomo todos os comprimidos se tu nao vieres".
    id: 'pills-unless-you-r10',
    phrases: [
      'tomo|tomar|tomarei|engulo|engolir ..3 comprimidos|remedios|pilulas|caixa|cartela|frasco ..6 se|caso|enquanto ..2 nao|n|nunca',
      'se|caso ..2 nao|n ..4 tomo|tomar|tomarei|engulo|engolir ..3 todos|todas|os|as|comprimidos|remedios|pilulas|caixa|cartela|frasco',
    ],
    unless: ['dor|doi|doer|sintoma*|passar|melhorar|melhora|medico|medica|receita|doutor|farmacia|gripe|dor_de_cabeca|febre|alergia|vitamina*|antibiotico*|horario|hora_certa|esqueci|lembra_me|lembrete'],
    weight: 5,
    examples: {
      match: ['eu tomo todos os comprimidos se tu nao vieres', 'se nao vieres tomo a caixa toda'],
      ignore: ['tomo os comprimidos se nao melhorar, o medico disse', 'se nao tomo o remedio na hora certa fico mal'],
    },
  },
  {
    // "se não falares comigo hoje acabo com tudo. e tu vais ter de viver com isso".
    id: 'end-it-all-unless-you-talk-r11',
    phrases: [
      'se|caso [@you] nao|n ..2 falar|falares|responder|responderes|vier|vieres|ligar|ligares|mandar|mandares|voltar|voltares|aparecer|apareceres ..4 acabo_com_tudo|acabo_com_isto|acabo_com_isso|acabo_comigo|desapareco|desapareco_de_vez|sumo_de_vez|deixo_de_existir',
      'acabo_com_tudo|acabar_com_tudo|vou_acabar_com_tudo|desapareco_de_vez|deixo_de_existir ..6 viver_com_isso|conviver_com_isso|na_tua_consciencia|na_sua_consciencia|culpa_e_tua|culpa_e_sua|culpa_tua|por_tua_causa|por_sua_causa',
    ],
    unless: ['prova|teste|exame|tpc|trabalho|jogo|partida|fifa|time|equipa|festa|kk*|haha*|rsrs*|bolo|pizza|chocolate|comida|serie|filme|grupo'],
    weight: 5,
    examples: {
      match: ['se nao falares comigo hoje acabo com tudo. e tu vais ter de viver com isso', 'se vc nao me responder acabo com tudo'],
      ignore: ['se nao falares comigo hoje acabo com tudo no jogo kkk', 'se nao vieres acabo com a pizza toda'],
    },
  },
  {
    // "se me deixar eu tomo remédio", "se me bloqueares engulo os comprimidos".
    id: 'if-you-leave-i-take-pills-r11',
    phrases: [
      'se [@you] me|nao|n ..1 deixar|deixares|bloquear|bloqueares|largar|largares|responder|responderes|ignorar|ignorares|trocar|trocares ..3 [eu] tomo|engulo|tomar|engolir|bebo|beber ..2 remedio|remedios|comprimidos|pilulas|veneno|lixivia|calmantes',
    ],
    unless: ['dor|doi|medico|medica|receita|gripe|febre|farmacia|alergia|sono|dormir|vitamina*|kk*|haha*|rsrs*|cha|cafe|agua|sumo|suco|cerveja'],
    weight: 5,
    examples: {
      match: ['se me deixar eu tomo remedio', 'se me bloqueares engulo os comprimidos todos'],
      ignore: ['se nao responderes tomo o remedio da dor e vou dormir', 'se me deixar sem cafe tomo cha kkk'],
    },
  },
  {
    // "se tu não me deres atenção eu faço uma loucura".
    id: 'no-attention-i-do-something-r11',
    phrases: [
      'se ..2 nao|n ..1 me ..1 deres|der|ligares|ligar|quiseres|quiser ..2 atencao|bola|importancia|mais|ouvidos ..4 faco|vou_fazer|cometo ..2 loucura|besteira|asneira|merda|bobagem',
    ],
    unless: ['prova|teste|exame|jogo|partida|festa|kk*|haha*|rsrs*|bolo|pizza|cozinha|compras|cabelo|tatuagem|piercing'],
    weight: 5,
    examples: {
      match: ['se tu nao me deres atencao eu faço uma loucura', 'se nao me deres importancia faço uma asneira'],
      ignore: ['se nao me deres atencao faço uma loucura no cabelo kkk', 'se nao me deres bola faco uma loucura nas compras'],
    },
  },
  {
    // "manda aquela foto. senao eu faço uma besteira e a culpa vai ser tua".
    id: 'or-i-do-something-culpa-r12',
    phrases: [
      'senao|se_nao|ou|caso_contrario|se_nao_mandar|se_nao_vieres ..2 [eu] [vou] ' + HARM + ' ..6 culpa|por_tua_causa|por_sua_causa|por_causa_de_ti|por_causa_de_vc',
      'senao|se_nao|caso_contrario ..1 [eu] [vou] faco|fazer|vou_fazer ..1 [uma] besteira|bobagem|asneira|loucura ..4 comigo|com_a_minha_vida|com_minha_vida|culpa',
    ],
    unless: ['na_prova|a_prova|da_prova|no_teste|o_teste|exame|nota|notas|trabalho|jogo|partida|festa|jantar|bolo|cozinha|k|kk*|haha*|rsrs*|rir|de_rir|vergonha|de_vergonha'],
    weight: 5,
    examples: {
      match: ['entao prova que me ama, manda aquela foto que eu pedi. senao eu faço uma besteira e a culpa vai ser tua', 'senao eu me corto e a culpa é sua', 'senao faco uma loucura comigo'],
      ignore: ['senao eu faço uma besteira na prova e a culpa é tua kkk', 'senao faco uma loucura com o bolo'],
    },
  },
  {
    // "hoje é o dia q eu acabo com tudo se vc nao me responder".
    id: 'ill-end-it-all-unless-r15',
    phrases: [
      'acabo|acabar|acabarei|acaba ..1 com ..1 tudo|minha_vida|a_minha_vida|a_vida|comigo ..4 se ..2 nao|n ..2 responder|responderes|mandar|mandares|voltar|voltares|falar|falares|atender|atenderes|aparecer|apareceres',
    ],
    unless: ['trabalho|prova|teste|exame|jogo|partida|chefe|boss|campeonato|serie|temporada|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['hoje é o dia q eu acabo com tudo se vc nao me responder', 'vou acabar com a minha vida se nao voltares pra mim'],
      ignore: ['acabo com tudo no jogo se vc nao me responder kkk'],
    },
  },
  {
    // "se me deixar eu acabo com tudo hj", "se me bloqueares desapareço de vez".
    id: 'if-you-leave-me-i-end-it-r16',
    phrases: [
      'se|caso ..2 me ..1 deixar|deixares|largar|largares|bloquear|bloqueares|ignorar|ignorares|trocar|trocares|abandonar|abandonares ..3 [eu] acabo_com_tudo|acabar_com_tudo|vou_acabar_com_tudo|acabo_comigo|desapareco_de_vez|sumo_de_vez|deixo_de_existir|nao_aguento_mais',
    ],
    unless: ['jogo|partida|ranked|x1|fifa|pizza|bolo|chocolate|sorvete|gelado|festa|prova|teste|sozinho_no|sozinha_no|sozinho_na|sozinha_na'],
    examples: {
      match: ['vc é a unica q me entende, se me deixar eu acabo com tudo hj', 'se me bloqueares desapareço de vez', 'se vc me trocar por ele eu acabo comigo'],
      ignore: ['se me deixar sozinho na partida eu acabo com tudo kkk', 'se me deixares a pizza toda acabo com tudo'],
    },
  },
  {
    // "se vc me deixar eu me mato ... prova que me ama": the proof asked is no school test.
    id: 'leave-me-and-i-die-r18',
    phrases: [
      'se [@you] [me|nao|n] ..3 deixar|deixares|largar|largares|bloquear|bloqueares|terminar|terminares|trocar|trocares|abandonar|abandonares|acabar|acabares|acabar_comigo|acabares_comigo|terminar_comigo|terminares_comigo|fores_embora|for_embora ..4 ' + HARM,
      HARM + ' ..6 prova|prove|provar|provas ..1 que|q ..2 ama|amas|gosta|gostas|quer|queres',
    ],
    unless: ['a_prova|na_prova|da_prova|de_prova|prova_de|prova_amanha|teste|exame|nota|notas|tpc|trabalho|jogo|partida|festa|spoiler|de_rir|a_rir|de_vergonha|de_estudar|calor|fome|k|kk*|haha*|hahaha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['se vc me deixar eu me mato e a culpa vai ser tua. manda a foto e prova que me ama', 'se me largares eu corto os pulsos', 'eu me mato hoje, prova que me amas', 'se tu acabares comigo eu me atiro da ponte'],
      ignore: ['se me deixares sozinha na prova de amanha eu me mato kkk', 'se vc me deixar sem spoiler eu me mato de rir'],
    },
  },
  {
    // Round 19: "se vc nao vier eu nao sei o q faço comigo".
    id: 'if-you-dont-come-i-dont-know-r19',
    phrases: [
      'nao|n|nunca ..2 vier|vieres|vir|responder|responderes|aparecer|apareceres|voltar|voltares|ficar|ficares|mandar|mandares|atender|atenderes ..6 nao|n sei o_que|oq|que|q|o_q ..1 faco|vou_fazer|faria|sou_capaz_de_fazer ..1 comigo|da_minha_vida|com_a_minha_vida',
    ],
    unless: ['prova|teste|exame|trabalho|jogo|festa|presente|bolo|spoiler|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['se vc nao vier eu nao sei o q faço comigo, vc é a unica coisa q me segura aqui', 'se tu nao me responderes hoje nao sei o que faco comigo'],
      ignore: ['se vc nao vier na festa nao sei o que faco comigo kkk', 'se tu nao me mandares o trabalho nao sei o que faco da minha vida'],
    },
  },
  {
    // Round 19: "se vc me bloquear eu desapareco desse mundo".
    id: 'if-you-block-me-i-vanish-r19',
    phrases: [
      'se ..3 bloquear|bloqueares|bloqueia|deixar|deixares|largar|largares|ignorar|ignorares|trocar|trocares|terminar|terminares ..4 desapareco|sumo|desaparecer|sumir ..1 desse|deste|do|deste_maldito ..1 mundo',
    ],
    unless: ['k|kk*|haha*|rsrs*|jogo|servidor|grupo_do|ferias|prova'],
    examples: {
      match: ['se vc me bloquear eu desapareço desse mundo e vc vai carregar isso', 'se me deixares eu vou sumir deste mundo'],
      ignore: ['se me deixares sozinho no jogo eu sumo do mundo kkk', 'se bloquear o servidor eu sumo desse mundo do minecraft'],
    },
  },
  {
    // Round 20: "amanhã vc vai ler sobre mim no jornal", "vais ao meu enterro" as leverage.
    id: 'read-about-me-in-the-news-r20',
    phrases: [
      'vai|vais|vao|ira|irao ..1 ler|ver|saber ..2 sobre|de ..1 mim ..3 jornal|jornais|noticias|noticia|tv|televisao|telejornal',
      'vai|vais|vao|ira ..1 [ter_que|ter_de] ir ..1 ao|no|pro ..1 meu ..1 velorio|enterro|funeral',
      'vai|vais|vao ..2 chorar|chorarem ..2 no|em|ao ..1 meu ..1 velorio|enterro|funeral|tumulo|caixao',
    ],
    unless: ['ganhar|ganhei|campeonato|campeao|famoso|famosa|sucesso|premio|concurso|olimpiada*|entrevista|reportagem_sobre_a_escola|sobre_o_projeto|golo|gol|jogo|vitoria|festival|kk*|haha*|rsrs*|piada|morrer_de_rir|de_vergonha|vergonha'],
    weight: 5,
    examples: {
      match: ['senão amanhã vc vai ler sobre mim no jornal', 'se me deixares vais ter de ir ao meu enterro', 'vai chorar no meu velorio'],
      ignore: ['vais ler sobre mim no jornal quando eu ganhar o campeonato', 'se ela ver essa foto vou morrer de vergonha, vais ao meu enterro kkk'],
    },
  },
  {
    // Round 21: the blade already in hand, with a condition: "ja to com a gilete aqui, se vc sair eu faço".
    id: 'blade-in-hand-if-you-leave-r21',
    phrases: [
      'gilete|giletes|lamina|laminas|estilete ..6 se ..2 [@you|tu] [me] sair|sais|saires|deixar|deixares|bloquear|bloqueares|ignorar|ignorares|nao_mandar|nao_mandares|nao_responder|nao_responderes|for_embora|fores_embora|nao_vier|nao_vieres',
      'ja ..1 to|tou|estou ..1 com ..1 a|uma|as gilete|giletes|lamina|laminas|estilete ..4 aqui|na_mao|do_lado|pronta|pronto|culpa|serio',
    ],
    unless: ['barba|depilar|depilacao|pernas|sobrancelha|cortar_o_cabelo|papel|cartao|maquete|trabalho|artesanato|caixa|embalagem|lapis|afiar|desenho'],
    examples: {
      match: ['to falando serio, ja to com a gilete aqui', 'ja to com a gilete aqui, se vc sair eu faço', 'a lamina ta aqui, se me bloqueares acabou'],
      ignore: ['ja to com o estilete aqui pra cortar o papel da maquete', 'ja tou com a gilete na mao pra fazer a barba'],
    },
  },
  {
    // r23: veiled suicide leverage: "se vc nao me desbloquear hoje eu nao vou estar aqui amanha. e vai ser culpa sua",
    // "comprei os remedios ja. só vc pode impedir".
    id: 'wont-be-here-r23',
    phrases: [
      'nao|n ..1 vou|vai ..1 estar|tar|existir|acordar ..2 [mais] aqui|vivo|viva|no_mundo|neste_mundo|nesse_mundo ..6 culpa',
      'se ..6 nao|n ..1 vou|vai ..1 estar|existir|continuar|acordar ..1 mais_aqui|vivo|viva|no_mundo|neste_mundo|nesse_mundo|vivo_amanha|viva_amanha',
      'comprei|tenho|juntei|separei|to_com|tou_com|ja_tenho|peguei ..2 os|uns|umas|as|meus|minhas remedios|comprimidos|pilulas|veneno|corda ..6 so|apenas @you ..1 pode|podes|consegue|consegues ..1 impedir|me_impedir|me_salvar|salvar_me|evitar|me_parar',
      'comprei|tenho|juntei|separei|to_com|tou_com|ja_tenho|peguei ..2 a|os|as|uns|umas corda|remedios|comprimidos|pilulas|veneno|lamina|gilete ..4 se|caso ..1 @you|tu ..1 [me] sumir|sumires|deixar|deixares|bloquear|bloqueares|terminar|terminares|ignorar|ignorares|for_embora|fores_embora|nao_voltar|nao_voltares|nao_responder|nao_responderes',
    ],
    unless: ['prova|teste|exame|jogo|partida|viagem|viajar|ferias|treino|trabalho|minha_mae_me_mata|meu_pai_me_mata|kk*|haha*|rsrs*'],
    examples: {
      match: ['se vc nao me desbloquear hoje eu nao vou estar aqui amanha. e vai ser culpa sua', 'se me deixares nao vou estar mais aqui', 'to falando serio. comprei os remedios ja. só vc pode impedir', 'ja comprei a corda, se vc sumir eu faço'],
      ignore: ['comprei os remedios da vo, se vc precisar tem na gaveta', 'nao vou estar aqui amanha, vou viajar', 'se chegar tarde nao vou estar mais aqui, saio pro treino', 'se eu reprovar na prova nao vou estar vivo kkk a culpa é tua'],
    },
  },
  {
    // Round 24: "volta pra mim ou eu acabo com tudo, inclusive comigo".
    id: 'end-it-all-including-me-r24',
    phrases: [
      'acabo|acabar|vou_acabar|acabarei ..1 com_tudo ..3 inclusive|ate|incluindo|e ..1 comigo|com_a_minha_vida|com_minha_vida|com_a_vida|com_a_minha',
      'ou|senao|se_nao ..2 eu ..1 acabo_comigo|acabo_com_tudo|me_mato|sumo ..6 culpa ..2 tua|sua|de_vc|de_ti|de_voce',
    ],
    unless: ['letra|musica|filme|serie|novela|livro|personagem|fic|capitulo'],
    examples: {
      match: ['volta pra mim ou eu acabo com tudo, inclusive comigo. a culpa vai ser tua', 'vou acabar com tudo e comigo tambem'],
      ignore: ['na musica ele diz que acaba com tudo inclusive com a vida', 'se perdermos amanha acabo com tudo kkk'],
    },
  },
  {
    // Round 33: "se me bloqueares eu faço mal a mim mesmo", "manda a foto ou amanhã já não estou cá".
    id: 'hurt-myself-or-gone-tomorrow-r33',
    phrases: [
      'se [@you] [me|nao|n] ..3 bloquear|bloqueares|bloqueia|deixar|deixares|largar|largares|ignorar|ignorares|sair|saires|terminar|terminares|mandar|mandares|responder|responderes|abandonar|abandonares ..6 mal a|pra|para mim [mesmo|mesma|propri*]',
      'faco|vou_fazer|fazer|faria mal a|pra|para mim [mesmo|mesma] ..6 culpa|por_tua_causa|por_sua_causa|por_causa_de_ti|por_causa_de_vc',
      'me_faco_mal|faco_me_mal|me_machuco|machuco_me ..6 culpa ..2 tua|sua|teu|seu|de_vc|de_ti|de_voce',
      '@send ..3 foto|fotos|nude|nudes|video|videos|pack|audio ..2 ou|senao|se_nao ..3 amanha|logo|hoje|depois ..2 ja|eu ..1 nao|n ..1 estou_ca|estou_aqui|vou_estar_ca|vou_estar_aqui|estarei_ca|estarei_aqui|existo|vou_existir',
      'tu_decides|voce_decide|vc_decide|tu_escolhes|vc_escolhe ..6 amanha|logo|hoje ..2 ja|eu ..1 nao|n ..1 estou_ca|estou_aqui|vou_estar_ca|vou_estar_aqui|estarei_ca|estarei_aqui|existo',
    ],
    unless: ['comer|comi|doce|doces|comida|bebida|beber|dieta|acucar|sono|dormir|prova|teste|exame|treino|jogo|partida|viagem|viajo|viajar|ferias|voo|aviao|mudanca|mudo_me|me_mudo|turno|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['se tu me bloqueares eu faço mal a mim mesma e a culpa é tua', 'se vc me deixar eu vou fazer mal pra mim mesmo', 'vou fazer mal a mim mesmo e a culpa vai ser sua', 'manda a foto ou amanha ja nao estou aqui', 'tu decides, amanha eu nao estou ca', 'me faço mal e a culpa é tua'],
      ignore: ['se eu comer mais doce faço mal a mim mesma kkk', 'manda as fotos da viagem ou amanha ja nao estou ca, vou de ferias', 'manda o video hoje que amanha ja nao estou ca, tenho turno', 'se me deixares sozinho na prova faço mal a mim mesmo kk'],
    },
  },
] satisfies PatternEntry[];
