import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'lets-meet',
    phrases: [
      'vamos|bora|vamo|podemos|podiamos|quer|queres|topa|topas|bo ..2 nos|se ..1 encontrar|encontrarmos|ver|conhecer',
      'vamos|bora|podemos|podiamos|quer|queres ..1 encontrar ..1 nos',
      'quero|queria|gostava|gostaria ..2 te|ti ..1 conhecer|ver|encontrar ..1 pessoalmente|ao_vivo|de_perto|em_pessoa',
      'conhecer|encontrar|ver ..2 te|ti|nos|a_gente ..2 pessoalmente|ao_vivo|de_perto|em_pessoa',
      'encontramo|encontramos|vemo|vemos nos',
      'so nos|a_gente ..1 dois|duas|os_dois|as_duas|sozinhos|sozinhas',
      'marcar|marcamos|bora_marcar ..2 encontro|um_encontro|date|um_date',
      'vem|vens|anda|podes_vir|queres_vir ter comigo',
      'quando|onde ..2 a_gente|nos|podemos|vamos ..1 se|nos ..1 encontr*|ver|vemos|conhecer|conhecemos',
      'posso|podia|queres_que|quer_que ..1 [eu] ir|ir_ter|vir|vir_ter ter|ter_contigo|contigo|te_ver|ver_te',
      'podia|podiamos|podemos|vamos|bora|a_gente_podia ..2 se|nos ..1 ver|encontrar ..3 depois_da_escola|depois_das_aulas|a_saida|na_saida|depois_do_treino',
      'me_encontra|encontra_me|me_encontre|encontre_me|ve_me|me_ve ..2 no|na|em|ao|a ..1 parque|praca|shopping|centro_comercial|cinema|estacao|paragem|esquina|saida|rua|jardim|bosque|mato',
      'vamos|bora|queres|quer|topas|topa ..1 tomar|beber|comer ..1 um|uma|algo|alguma ..1 [cafe|sorvete|gelado|lanche|coisa|acai] ..2 [comigo|juntos|so_nos|a_dois]',
    ],
    // Not bare "aula": "bora tomar um sorvete amanhã depois da aula?" is how the invitation is put.
    unless: ['duo|dupla|ranked|missao|estudar|trabalho_de_grupo|projeto|projecto', 'grupo|turma|galera|pessoal|treino|na_aula|pra_aula|para_a_aula|a_aula|aula_de|aulas_de|ensaio|jogo|todos|escola_amanha|biblioteca', 'pra_eu_buscar|para_eu_buscar|pra_eu_retirar|para_eu_retirar|pra_retirar|para_retirar|retirada|pra_entregar|para_entregar|a_encomenda|o_produto|a_bike|a_bicicleta', 'leva_nos|levam_nos|nos_leva|nos_levam|vem_nos_buscar|nos_vem_buscar|vai_nos_buscar|nos_vai_buscar'],
    weight: 1,
    examples: {
      match: ['bora tomar um sorvete amanha depois da aula?', 'me encontra no parque amanhã', 'posso ir ter contigo?', 'vamos tomar um café?', 'vamos nos encontrar?', 'vamos encontrar-nos?', 'queria te conhecer pessoalmente', 'quando a gente se encontra?'],
      ignore: ['posso ir te ver no final? a minha mae leva-nos ao shopping depois', 'onde a gente se encontra pra eu buscar?', 'vamos nos encontrar com a galera no shopping', 'vamos ver o filme', 'a gente se vê no treino'],
    },
  },
  {
    id: 'pick-you-up',
    phrases: [
      'te|ti ..2 busco|buscar|pego|pegar|apanho|apanhar ..3 escola|colegio|saida|paragem|parada|esquina|estacao',
      'buscar|busco|apanhar|apanho|ir_buscar te|ti ..3 escola|colegio|saida|paragem|parada|esquina|estacao',
      'vou|posso|vamos|podia|podemos ..1 ter_contigo|ir_ter_contigo|encontrar_te|encontrar_me_contigo ..3 saida|escola|colegio|paragem|estacao|esquina|parque',
      'vem|vens|venha|venhas|vires|aparece|aparecas|apareces ..2 sozinha|sozinho|sem_ninguem|sem_contar',
      'me_encontra|encontra_me|me_encontre|encontre_me|ve_me|me_ve|me_espera|espera_me ..4 sozinha|sozinho|sem_ninguem|sem_contar|sem_dizer',
    ],
    unless: ['mae|pai|pais|avo|vo|tia|tio|irma|irmao|prima|primo|madrinha|padrinho|treino|aula|explicacao|grupo|turma|galera|pessoal|todos|festa|jogo|ensaio|catequese|escuteiros|dentista|medico|consulta|kk*|haha*|rsrs*', 'onde_tas|onde_estas|onde_ta_vc|onde_vc_ta|onde_voce_esta|manda_a_localizacao|manda_localizacao|manda_me_a_localizacao|ja_sairam|ja_saiste|ja_saiu|a_que_horas_sais|que_horas_sais|que_horas_voce_sai|que_horas_vc_sai|tou_a_sair_do_trabalho|to_saindo_do_trabalho|saio_do_trabalho'],
    weight: 3,
    examples: {
      match: ['só preciso que venhas sozinha ao estúdio', 'vou ter contigo à saída da escola', 'me encontra no shopping sozinha', 'posso ir buscar-te à saída da escola', 'te pego na saída do colégio', 'vem sozinha'],
      ignore: ['onde tás? manda a localização que vou-te buscar à escola', 'a que horas sais? vou-te buscar à escola', 'a tua mae vai te buscar na escola?', 'te pego no treino amanhã com o teu pai', 'te busco na saida da escola, a mae pediu', 'te pego na saida kkk'],
    },
  },
  {
    id: 'meet-alone',
    phrases: [
      'a_gente|nos|gente ..1 [se|nos] encontra|encontrar|encontramos|encontrarmos|ve|ver|vemos|vermos ..3 sozinhos|sozinhas|a_sos|so_nos_dois|so_nos_duas|escondido|escondidos|as_escondidas|sem_ninguem|sem_teus|sem_seus|sem_os_teus|sem_os_seus|sem_tua|sem_sua',
      'quero|queria|gostava|gostaria|preciso|bora|vamos ..2 te_ver|ver_te|te_encontrar|encontrar_te|estar_contigo|ficar_contigo ..2 sozinha|sozinho|a_sos|as_escondidas|escondido|sem_ninguem|sem_os_teus|sem_teus|sem_seus',
      'vem|vens|venha|aparece|passa ..4 casa|apartamento|ape ..5 meus|minha|meu ..1 pais|mae|pai|coroas|velhos ..1 viajaram|viajou|sairam|saiu|nao_estao|nao_esta|nao_tao|nao_ta|tao_fora|estao_fora|trabalham|foram',
      'vem|vens|venha|aparece|aparecas|passa ..3 casa|apartamento|ape ..3 quando|enquanto ..2 @your @family ..1 sairem|saem|saiam|nao_estiverem|viajarem|estiverem_fora|forem_trabalhar|dormirem|trabalharem|estiverem_a_trabalhar',
      'vir|vires|venha|vem|vens|ir|ires ..2 buscar|pegar|receber|levantar ..3 sozinha|sozinho|sem_ninguem|sem_contar|sem_dizer',
      'quer|queres|topa|topas|podes|pode ..1 me_encontrar|encontrar_me|me_ver|ver_me|me_conhecer|conhecer_me|ir_ter_comigo|vir_ter_comigo ..4 sozinha|sozinho|a_sos|as_escondidas|escondido|escondida|sem_ninguem|sem_contar|sem_dizer',
    ],
    unless: ['grupo|turma|galera|pessoal|treino|aula|ensaio|jogo|trabalho|projeto|projecto|festa'],
    weight: 3,
    examples: {
      match: ['vem cá a casa quando os teus pais saírem', 'tenho um presente pra ti, mas tens de vir buscar sozinha', 'vem aqui em casa, meus pais viajaram', 'quer me encontrar no parque sozinha?', 'mas a gente se encontra sozinhos, sem teus pais saberem', 'queria ver-te a sós', 'quero te encontrar sozinha', 'nos vemos as escondidas'],
      ignore: ['a gente se encontra no treino com o pessoal', 'te ver sozinha na festa foi triste', 'vemo-nos amanhã'],
    },
  },
  {
    // Paying the trip to meet: "eu te pago o uber pra vir aqui", "pago-te o bilhete de comboio".
    id: 'pay-your-ride',
    phrases: [
      'pago|pagar|te_pago|pago_te|dou|te_dou|dou_te|compro|te_compro|compro_te|mando|te_mando ..3 uber|taxi|bilhete|passagem|autocarro|onibus|comboio|trem|viagem|gasolina|bolt ..4 pra|para|pro|e ..1 vir|vires|vc_vir|tu_vires|ca|aqui|me_ver|ver_me|te_encontrar|encontrar_me|nos_encontrarmos|a_gente_se_ver|minha_casa|a_minha_casa|vires_ca|vires_ter_comigo',
    ],
    unless: ['mae|pai|pais|avo|tia|tio|familia|escola|turma|grupo|treino|jogo|concerto|show|festa|aniversario|casamento|galera|pessoal|equipa|time|todos|reembols*|devolve*|emprest*'],
    weight: 3,
    examples: {
      match: ['eu te pago o uber pra vir aqui', 'pago-te o bilhete de comboio para vires cá', 'te mando o dinheiro da passagem pra vc vir me ver'],
      ignore: ['a tua mae paga o uber pra vir aqui?', 'pago o uber pra vir pra festa, divide comigo'],
    },
  },
  {
    // Rides and waiting spots: weaker alone (a parent or an older cousin says them too).
    id: 'ride-or-wait',
    phrases: [
      'te|ti ..2 busco|buscar|pego|pegar|apanho|apanhar ..3 casa',
      'vou|posso ..2 ate|ai|ir_a|ir_ao ..2 @your ..1 casa|escola|cidade|bairro',
      'posso|vou|deixa|deixa_me ..2 te|ti ..1 buscar|pegar|apanhar|levar ..2 de_carro|de_mota|em_casa|a_casa|ai|na_tua|na_sua|onde',
      'vem|vens|venha|aparece ..3 minha_casa|meu_apartamento|meu_ape|meu_carro|meu_hotel',
      'te|ti ..1 pego|busco|apanho|levo|buscar|pegar|levar ..2 de_carro|de_mota|de_moto|de_uber|de_taxi|de_boleia|de_carona|no_meu_carro',
      'apanhas|pegas|apanha|pega|vens|vem ..4 autocarro|onibus|comboio|trem|metro|uber ..4 espero_te|te_espero|espero',
      'espero_te|te_espero|espero ..2 [te] ..2 na|no|a|ao ..1 paragem|parada|estacao|esquina|saida_da_escola|saida_do_colegio|porta_da_escola|portao_da_escola|parque ..4 sozinha|sozinho|sem_ninguem|sem_contar|e_vamos|e_depois|vem|vens|apanhas|pegas|autocarro|onibus',
      // "queres que eu te vá buscar?".
      'queres_que_eu|quer_que_eu|queres_que|quer_que ..1 te|ti ..1 va|vou|ir ..1 buscar|pegar|apanhar',
    ],
    unless: ['carregador|casaco|livro|livros|chave|chaves|encomenda|devolver|devolves|entregar|emprestar|emprestado|emprestada|sopa|comida|consola|ps5|ps4|xbox|comando', 'mae|pai|pais|avo|vo|tia|tio|irma|irmao|prima|primo|madrinha|padrinho|treino|aula|explicacao|grupo|turma|galera|pessoal|todos|festa|jogo|ensaio|catequese|escuteiros|dentista|medico|consulta|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['queres que eu te vá buscar?', 'te pego de carro', 'apanhas o autocarro e eu espero-te na paragem', 'espero-te na paragem sozinha', 'vou até à tua cidade', 'posso te buscar de carro'],
      ignore: ['queres que eu te vá buscar ao treino? a tua mae pediu', 'vem cá a casa sábado, a minha mãe faz pizza', 'te pego de carro amanha, a tua mae deixou', 'apanhas o autocarro e eu espero-te na paragem, depois vamos ao treino'],
    },
  },
  {
    // A ride offered by someone who is not family: "passo aí e vou-te buscar, damos uma volta de carro".
    id: 'ride-in-my-car',
    phrases: [
      'damos|dar|vamos_dar|bora_dar|dou|dar_mos|demos|vamos ..2 uma|um ..1 volta|voltinha|role|rolezinho|passeio|passeiozinho ..3 de_carro|de_mota|de_moto|no_meu_carro|na_minha_mota|na_minha_moto|de_uber|so_nos|so_nos_dois|a_dois|juntos|juntinhos',
      'passo|passo_ai|passo_la|apareco|vou_ai|vou_la ..4 [e] ..1 te|ti ..1 busco|buscar|pego|pegar|apanho|apanhar|levo|levar',
      'passo|passo_ai|passo_la|apareco|vou_ai|vou_la ..4 [e] ..1 busco|buscar|pego|pegar|apanho|apanhar|levo|levar ..1 te|ti',
    ],
    unless: ['mae|pai|pais|avo|vo|vovo|tia|tio|irma|irmao|prima|primo|madrinha|padrinho|treino|aula|explicacao|grupo|turma|galera|pessoal|todos|festa|jogo|ensaio|catequese|escuteiros|dentista|medico|consulta|kk*|haha*|rsrs*|onde_tas|onde_estas|onde_ta|onde_esta|localizacao|que_horas|a_que_horas|ja_sairam|ja_saiste|ja_saiu|saida_da_escola', 'pizza|compras|mercado|supermercado|farmacia|encomenda|pacote|livro|chave|chaves'],
    weight: 2,
    examples: {
      match: ['então passo aí e vou-te buscar, damos uma volta de carro', 'bora dar um rolê de carro só nós dois', 'passo ai e te pego, ninguem precisa saber', 'vamos dar uma volta no meu carro'],
      ignore: ['passo ai e te pego pro treino', 'a tua mae pediu, passo ai e te levo', 'passo la e pego a pizza', 'damos uma volta de carro com a tua mae no domingo'],
    },
  },
  {
    // "to sozinho em casa, vem pra cá": an invitation to an empty home.
    id: 'empty-home-come-over',
    phrases: [
      'to|tou|estou|fico|ficou|vou_estar|vou_ficar ..1 sozinho|sozinha|so ..2 [em] casa|no_ape|no_apartamento ..4 vem|vens|venha|aparece|aparecas|passa|passas|queres_vir|quer_vir|podes_vir|pode_vir|vc_vir|voce_vir|tu_vires|vir_aqui|vir_ca|vires_ca|vir_pra_ca|que_tal|bora_vir|podias_vir|podia_vir',
      'casa|ape|apartamento ..1 [ta|esta|fica|vai_estar|vai_ficar] ..1 vazia|vazio|livre|so_pra_nos|so_para_nos ..4 vem|vens|venha|aparece|passa|queres_vir|quer_vir|podes_vir|pode_vir',
    ],
    unless: ['galera|grupo|turma|pessoal|todos|jogar|jogo|estudar|trabalho|projeto|projecto|filme|festa|pizza|ajudar|ajuda|mae|pai|avo|vo|tia|tio|prima|primo|irma|irmao|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['to sozinho em casa, vem pra ca, n conta pra ngm', 'a casa ta vazia hoje, vem', 'vou estar sozinha em casa sabado, queres vir?', 'tou sozinha em casa hoje, que tal passares por ca?', 'amanha vou estar sozinho em casa, podias vir aqui'],
      ignore: ['to sozinho em casa, vem jogar fifa', 'a casa ta livre, vem a galera toda', 'to sozinha em casa, vem estudar pro teste', 'to sozinha em casa, que tal vir aqui fazer o trabalho?', 'hoje fico sozinho em casa, que tal uma pizza?'],
    },
  },
  {
    // Dropping by: "posso passar aí rapidinho?", "dou um pulo aí hoje à noite".
    id: 'drop-by',
    phrases: [
      'posso|podia|vou|queres_que_eu|quer_que_eu|deixa_eu|deixa_me ..1 passar|dar_um_pulo|dar_um_saltinho|aparecer|ir|va ..1 ai|la|na_tua_casa|na_sua_casa|a_tua_casa|a_sua_casa|ai_em_casa|ai_na_tua|ai_na_sua ..2 [rapidinho|hoje|hj|agora|mais_tarde|de_noite|a_noite|logo]',
    ],
    unless: ['mae|pai|pais|avo|vo|vovo|tia|tio|irma|irmao|prima|primo|madrinha|padrinho|treino|aula|explicacao|grupo|turma|galera|pessoal|todos|festa|jogo|jogar|ensaio|estudar|trabalho|tpc|dever|pegar|buscar|devolver|entregar|levar|caderno|livro|carregador|chave|chaves|encomenda|pacote|comida|bolo|sopa|prato|kk*|haha*|rsrs*|doente|febre|melhoras'],
    weight: 2,
    examples: {
      match: ['hmm posso passar ai rapidinho? levo um açai pra gente', 'posso dar um pulo aí hoje à noite?', 'queres que eu vá aí agora?'],
      ignore: ['posso passar ai rapidinho pra pegar o caderno?', 'posso passar ai hoje? a mae mandou sopa', 'posso ir ai jogar?'],
    },
  },
  {
    // "ele te busca sabado depois da aula", "e se eu te fosse buscar na sexta?": a pick-up on a named day.
    id: 'pick-you-up-on-a-day-r9',
    phrases: [
      'te|ti ..1 busco|busca|buscar|pego|pega|pegar|apanho|apanha|apanhar|fosse_buscar|for_buscar|vou_buscar|vai_buscar ..3 sabado|domingo|segunda|terca|quarta|quinta|sexta|amanha|hoje_a_noite|a_noite|de_noite|de_madrugada|depois_da_aula|depois_das_aulas|de_carro|a_saida|na_saida',
      'vou|vo|eu_vou ..2 na|no|a|ao|ate_a|ate_o ..1 [tua|teu|sua|seu] escola|colegio|casa|curso|treino|rua ..4 te_esperar|esperar_te|te_ver|ver_te|te_encontrar|encontrar_te',
      'buscar|apanhar|ir_buscar|fosse_buscar ..1 te|ti ..3 sabado|domingo|segunda|terca|quarta|quinta|sexta|amanha|a_noite|de_noite|depois_da_aula|depois_das_aulas|de_carro',
    ],
    unless: ['mae|mamae|pai|papai|pais|avo|vo|vovo|tia|tio|irma|irmao|madrinha|padrinho|treino|explicacao|catequese|escuteiros|dentista|medico|consulta|grupo|turma|galera|pessoal|todos|festa|jogo|partida|x1|ranked|ensaio|kk*|haha*|rsrs*|aeroporto|rodoviaria|estacao_de_comboio|ferias|carona_da_escola', 'onde_tas|onde_estas|onde_ta_vc|onde_vc_ta|manda_a_localizacao|manda_localizacao|ja_saiste|ja_saiu|que_horas_sais|a_que_horas_sais|combinado_com|como_sempre', 'pra_escola|para_a_escola|pra_aula|para_a_aula|curso|ingles|natacao|futebol|futsal|ballet|danca|musica|piano|igreja|missa|culto|as_#|mae_deixou|com_a_tua_mae|com_o_teu_pai'],
    weight: 2,
    examples: {
      match: ['ele te busca sabado depois da aula, da pra ir no shopping', 'e se eu te fosse buscar na sexta? levo-te a comer', 'te pego amanha de carro', 'vou na tua escola amanha te esperar na saida'],
      ignore: ['a tua mae te busca sabado depois da aula', 'te pego amanha no x1 kkk', 'te busco sabado pro treino, como sempre', 'te pego amanha as 7 pra escola', 'amanha te busco na saida do curso de ingles'],
    },
  },
  {
    // "espera-me no parque atrás do pavilhão", "eu levo-te a casa".
    id: 'wait-for-me-behind-r11',
    phrases: [
      'espera|espere|esperas ..1 me|por_mim ..3 no|na|atras|perto|ao_pe|junto ..2 parque|esquina|paragem|ponto|pavilhao|saida|portao|traseiras|bosque|mata|estacionamento|carro',
      'eu ..1 levo|levo_te|te_levo ..1 [te] a_casa|em_casa|pra_casa|para_casa|a_tua_casa|a_sua_casa ..6 espera|espere|esperas|nao_digas|nao_contes|ninguem|sozinho|sozinha',
    ],
    unless: ['mae|pai|avo|tia|tio|irma|irmao|treino_acabou|aula|ginasio|turma|grupo|todos|toda_a_gente|kk*|haha*|rsrs*|mister_disse|professor*|prof', 'bola|jogo|futebol|treino|skate|bicicleta|bike|trotinete|patins'],
    examples: {
      match: ['eu levo-te a casa entao, espera-me no parque atras do pavilhao, nao digas nada ao mister', 'espera por mim atras do pavilhao'],
      ignore: ['espera-me no parque que eu levo a bola', 'espera-me na paragem que a tua mae vem buscar-nos', 'espera-me no portao, vamos todos juntos'],
    },
  },
  {
    // A gift for a visit: "vou te dar um iphone se vc vier me ver".
    id: 'gift-if-you-come-r11',
    phrases: [
      'dou|te_dou|dou_te|vou_te_dar|vou_dar_te|pago|te_pago|compro|te_compro ..6 se [@you] vier|vieres|for|fores ..1 me_ver|ver_me|ter_comigo|comigo|me_encontrar|encontrar_me|ca|aqui|a_minha_casa|na_minha_casa|la_em_casa',
    ],
    unless: ['mae|pai|avo|avos|tia|tio|madrinha|padrinho|prima|primo|festa|aniversario|niver|jantar|almoco|trabalho|turma|grupo|boleia|carona|gasolina|bilhete|ingresso'],
    examples: {
      match: ['vou te dar um iphone se vc vier me ver', 'pago o uber se vieres ter comigo'],
      ignore: ['a avo da-te um presente se vieres ao almoco', 'pago a gasolina se vieres comigo a festa'],
    },
  },
  {
    // "vou te esperar na paragem do autocarro".
    id: 'ill-wait-at-the-stop-r11',
    phrases: [
      'te_esperar|esperar_te|espero_te|te_espero|te_apanhar|apanhar_te|te_pegar|pegar_te ..3 paragem|ponto_de_onibus|ponto_do_onibus|ponto|esquina|saida|portao|estacao|parque|praca|atras',
    ],
    unless: ['mae|pai|avo|avos|tia|tio|irma|irmao|turma|grupo|todos|toda_a_gente|galera|pessoal|treino|aula|explicacao|festa|cinema|jogo|kk*|haha*|rsrs*|combinado_com|a_tua_mae|boleia|carona'],
    examples: {
      match: ['vou te esperar na paragem do autocarro, nao digas a ninguem', 'te espero na esquina da escola'],
      ignore: ['te espero na paragem com a tua mae', 'vou te esperar no portao pra irmos ao treino'],
    },
  },
  {
    // Coming over when the child is alone: "eu passo ai na tua casa, ja q tu fica sozinha".
    id: 'come-over-when-alone-r13',
    phrases: [
      'passo|vou|apareco|chego|vou_ai|passar|ir ..3 tua|sua|tu|vc|na ..1 casa ..6 [fica|ficas|esta|estas|ta|tas|estiver|estiveres|ficar|ficares] sozinh*|ninguem_em_casa|sem_ninguem|pais_nao_estao|pais_sairem|mae_sair|pais_trabalham',
      'sozinh*|ninguem_em_casa|sem_ninguem|pais_viajaram|pais_sairem ..6 passo|vou|apareco|chego|vou_ai ..3 ai|ali|la|tua_casa|sua_casa',
    ],
    examples: {
      match: ['quinta eu passo aí na tua casa pra aula presencial, já q tu fica sozinha', 'ja que tu ta sozinha eu passo ai'],
      ignore: ['passo ai na tua casa buscar o carregador'],
    },
  },
  {
    // Travel paid to a studio or a flat: "sabado tu vem pro estudio, eu pago tua passagem".
    id: 'come-i-pay-the-trip-r13',
    phrases: [
      'vem|vens|venha|vir|vires|vc_vir|tu_vires ..3 estudio|hotel|apartamento|ap|apto|minha_casa|meu_escritorio|escritorio|casa_de_praia ..6 pago|banco|passagem|uber|bilhete|viagem|busco|buscar',
      'pago|banco|pago_te|te_pago ..2 passagem|uber|bilhete|viagem|comboio|onibus|autocarro ..4 pra|para ..2 vires|vir|vc_vir|tu_vires|te_ver|nos_vermos|a_gente_se_ver|me_ver|conhecer',
      'podiamos|podemos|bora|vamos ..1 ir|sair ..2 ao|no|pro|ao_cinema|a|ate ..1 cinema|shopping|parque|lanchar|jantar|praia ..6 eu_pago|pago_eu|por_minha_conta|te_pago|eu_te_pago|eu_pago_tudo|onde_moras|onde_mora',
    ],
    unless: ['turma|grupo|malta|pessoal|galera|todos|todas|familia|mae|pai|aniversario|niver'],
    examples: {
      match: ['sábado tu vem pro estúdio, eu pago tua passagem', 'podiamos ir ao cinema um dia, eu pago', 'eu pago a passagem pra tu vires me ver'],
      ignore: ['bora ao cinema com a turma, eu pago as pipocas', 'vem pro estudio com a tua mae, a gente grava la'],
    },
  },
  {
    // "vem aqui em casa qnd teus pais sairem".
    id: 'come-when-parents-out-r14',
    phrases: [
      'vem|venha|vens|aparece|aparecer|passa|passar|vir ..3 casa|ap|apartamento|apto|quarto|la ..6 qnd|quando|enquanto|assim_que ..2 @your ..1 pais|mae|pai|velhos|coroas|responsaveis ..2 sairem|saem|sair|sai|viajarem|viajar|viajam|viaja|trabalham|trabalha|estiverem_fora|nao_estiverem|esta_fora|ta_fora|nao_esta|dormirem|dormir|dorme',
      'qnd|quando|enquanto|assim_que ..2 @your ..1 pais|mae|pai|velhos|coroas ..2 sairem|saem|sair|viajarem|viajar|estiverem_fora|nao_estiverem|dormirem ..4 vem|venha|vens|aparece|passo|vou|te_busco|busco ..2 aqui|ca|ai|la|em_casa|ai_em_casa|na_tua_casa|te_buscar',
    ],
    unless: ['jogar|joga|jogamos|jogo|fifa|play|ps4|ps5|xbox|switch|filme|filmes|serie|pizza|lanche|bolo|trabalho|grupo|turma|estudar|prova|teste|tpc|licao|festa|aniversario|niver|jantar_de_familia|tia|tio|avo|vo|prima|primo|irma|irmao'],
    examples: {
      match: ['vem aqui em casa qnd teus pais sairem', 'quando teus pais viajarem eu passo ai', 'vem pro meu ap enquanto tua mae trabalha'],
      ignore: ['vem aqui em casa quando teus pais sairem, a gente joga fifa', 'vem aqui em casa quando teus pais sairem pra gente estudar pra prova', 'quando teus pais sairem me avisa pra eu ir ai fazer o trabalho de grupo'],
    },
  },
  {
    // A pick-up kept from the parents, or to a quiet place: "eu te busco no metrô, só não fala pros teus pais".
    id: 'pick-up-dont-tell-r15',
    phrases: [
      'te|ti ..2 busco|buscar|pego|pegar|apanho|apanhar|levo|levar ..6 nao|n|nem ..2 conta|contes|conte|fala|fales|fale|diz|digas|diga|falar|contar|dizer ..3 @family|ninguem|ngm|niguem',
      'te|ti ..2 busco|buscar|pego|pegar|apanho|apanhar|levo|levar ..6 lugar|sitio|canto|cantinho ..1 tranquilo|sossegado|reservado|isolado|discreto|so_nosso|calmo',
      'a_gente|nos|eu_te|te ..1 vai|vamos|vamo|levo|leva ..2 num|para_um|pra_um|a_um|pro|pra ..1 lugar|sitio|canto|cantinho ..1 tranquilo|sossegado|reservado|isolado|discreto|so_nosso',
      'vem|venha|vens|aparece|passa|anda ..2 meu|minha ..1 ap|apartamento|casa|quarto|cafofo|apto ..4 vazio|vazia|sozinho|sozinha|ninguem|so_eu|livre|sem_ninguem',
      'presencial|pessoalmente|ao_vivo ..4 la_em_casa|na_minha_casa|em_minha_casa|no_meu_ap|no_meu_apartamento|no_meu_quarto|la_no_meu_ap|no_meu_estudio|la_no_estudio',
    ],
    unless: ['festa|surpresa|aniversario|presente|prenda|trabalho|grupo|turma|escola_manda|prova|estudar|galera|pessoal|todos|kk*|haha*|rsrs*', 'tua_mae_pediu|teu_pai_pediu|a_mae_pediu|o_pai_pediu|combinei_com|ja_falei_com'],
    weight: 3,
    examples: {
      match: ['vem sabado, eu te busco no metrô. so nao fala pros teus pais que eles vão achar estranho', 'sabado 15h, te pego na frente da escola de carro, a gente vai num lugar tranquilo', 'perto de mim. melhor treinar presencial, la em casa tenho o setup', 'vem no meu ap, ta vazio hj'],
      ignore: ['te pego na escola, nao conta pra Ana que é festa surpresa', 'melhor fazer o trabalho presencial, la em casa', 'te busco no metro, tua mae pediu'],
    },
  },
  {
    // A "coach" wanting the child alone: "se vieres treinar sozinho comigo".
    id: 'train-alone-with-me-r18',
    phrases: [
      'vieres|vier|vens|vem|venha|venhas|vir ..1 treinar|jogar|ensaiar|fotografar|gravar ..1 sozinho|sozinha|a_sos|so_tu ..1 comigo',
      'treino|treinos|sessao|sessoes|ensaio ..1 particular|privado|privada|a_sos ..2 so_nos_dois|so_tu_e_eu|sem_os_teus_pais|sem_os_pais|sem_ninguem|sem_contar',
    ],
    unless: ['com|autorizacao|autorizacao_dos|avisa|avisar|pergunta|perguntar|fala_com|falar_com ..3 pais|mae|pai|encarregado*|responsavel|responsaveis', 'clube_informa|secretaria|inscricao'],
    examples: {
      match: ['sou treinador de um clube da liga, passo-te para a equipa principal se vieres treinar sozinho comigo', 'treino particular so nos dois, sem os teus pais'],
      ignore: ['se vieres treinar sozinho comigo avisa a tua mae primeiro', 'o treino particular e com autorizacao dos pais'],
    },
  },
  {
    // Round 19: "e se eu passasse ai?", "eu saio antes dela chegar".
    id: 'what-if-i-came-over-r19',
    phrases: [
      'e_se|se ..1 eu ..1 passasse|aparecesse|fosse|desse_um_pulo ..1 ai|la|na_tua_casa|na_sua_casa|em_tua_casa|em_sua_casa|ai_na_tua|ai_na_sua',
      'saio|vou_embora|sumo|desapareco|saimos ..2 antes ..1 dela|dele|deles|delas|da_tua_mae|da_sua_mae|do_teu_pai|do_seu_pai|dos_teus_pais|dos_seus_pais ..1 chegar|chegarem|voltar|voltarem',
    ],
    unless: ['festa|surpresa|presente|bolo|aniversario|niver|trabalho|grupo|estudar|prova'],
    examples: {
      match: ['e se eu passasse ai? levo um açai pra gente', 'ela nem vai saber, eu saio antes dela chegar', 'e se eu fosse ai hoje a tarde?'],
      ignore: ['e se eu passasse ai pra gente estudar pra prova?', 'a gente arruma tudo e sai antes dela chegar, a festa surpresa vai ser top'],
    },
  },
  {
    // Round 20: "passo aí de carro e a gente dá uma volta" when the parents are out, kept quiet.
    id: 'pick-you-up-for-a-ride-r20',
    phrases: [
      'passo|passo_ai|passo_la|vou|posso ..2 ai|la|te_buscar|buscar_te|te_pegar|pegar_te ..2 de|com_o ..1 carro|moto|mota ..6 volta|voltinha|role|passeio|rodar|dar_uma_volta',
      'passo|vou|posso|bora ..3 te_buscar|buscar_te|te_pegar|pegar_te ..6 ninguem|ngm|nao_comenta|nao_conta|nao_fala|nao_digas|segredo|escondido|escondida|as_escondidas',
    ],
    unless: ['@family ..2 pediu|pedi|mandou|deixou|autorizou|sabe|vem|vai_junto|vai_tambem|tambem_vai', 'com ..1 [a|o|tua|teu|minha|meu|sua|seu] @family', 'escola|treino|aula|explicacao|ensaio|catequese|festa|aniversario|niver|jogo|formatura|turma|galera|pessoal|a_malta'],
    examples: {
      match: ['amanha tua mãe trabalha né? passo ai de carro e a gente dá uma volta, mas não comenta com ngm', 'vou te buscar e ninguém precisa saber'],
      ignore: ['passo ai de carro e a gente dá uma volta com a galera', 'vou te buscar no treino, a tua mae pediu'],
    },
  },
  {
    // Round 21: an adult "passing by" the school to take the child out: "passo na frente da tua escola e te levo pra tomar um açaí".
    id: 'pass-by-school-take-you-out-r21',
    phrases: [
      'passo|passar|vou_passar|vou|apareco|espero|te_espero ..4 frente|porta|saida|portao ..2 [da|do] tua|teu|sua|seu ..1 escola|colegio|curso ..6 te_levo|levo_te|te_pego|te_busco|te_pagar|te_pago|vamos|vamo|bora|a_gente',
      'te_levo|levo_te|te_pago|pago_te ..2 pra|para|a ..1 tomar|comer|lanchar|beber ..2 acai|sorvete|gelado|lanche|cafe|milkshake|hamburguer|uma_coisa|algo|um_copo ..6 nao|n|sem ..2 comenta|comentes|conta|contes|fala|fales|diz|digas|ninguem|ngm|@family|saber',
    ],
    unless: ['tua_mae|teu_pai|sua_mae|seu_pai|a_mae|o_pai|tua_avo|a_avo|a_vo|combinei_com|ja_falei_com|pediu|consulta|dentista|medico|treino|natacao|ingles|explicacao|aula|surpresa|aniversario|festa|galera|turma'],
    weight: 3,
    examples: {
      match: ['amanhã saio do trampo às 17h, passo na frente da tua escola e te levo pra tomar um açaí, só não comenta com ngm 🤫', 'espero na saida do teu colegio e a gente vai dar uma volta'],
      ignore: ['passo na frente da tua escola e te levo pro dentista, tua mae pediu', 'te levo pra tomar sorvete depois do treino, nao conta pra Bia que é surpresa'],
    },
  },
  {
    // Round 22: waiting for the teen somewhere, alone: "amanha te espero atras do ginasio, so nos dois".
    id: 'wait-for-you-alone-r22',
    phrases: [
      'te_espero|espero_te|espero_por_ti|te_encontro|encontro_te|te_pego|pego_te|te_busco|busco_te|te_vejo|vejo_te ..6 so|somente|apenas nos|a_gente|eu_e_tu|eu_e_vc ..1 dois|duas|os_dois|as_duas|sozinhos|sozinhas',
      'te_espero|espero_te|espero_por_ti|te_encontro|encontro_te|te_pego|pego_te|te_busco|busco_te ..6 vem|venha|vens|aparece|vir ..1 sozinha|sozinho|sem_ninguem|sem_amigas|sem_amigos|escondida|escondido',
    ],
    unless: ['treino|ensaio|grupo|turma|trabalho_de_grupo|reuniao|prof*|treinador*|mae|pai|tia|tio|avo|vo|vovo|galera|o_resto|os_outros|as_outras|foi_embora|foram_embora|faltou|faltaram'],
    weight: 3,
    examples: {
      match: ['amanha te espero atras do ginasio depois da aula, so nos dois', 'te espero na praça, vem sozinha', 'te busco na saida, so a gente dois'],
      ignore: ['te espero no treino, vem sozinha que a ana faltou', 'te espero na saida com a mae, somos nos dois e a tia', 'te espero na saida so nos dois, o resto da galera foi embora'],
    },
  },
  {
    // r23: a lift from a stranger: "eu te pego de carro na pracinha perto da tua casa".
    id: 'ill-pick-you-up-by-car-r23',
    phrases: [
      'te|ti pego|busco|apanho|levo ..1 de_carro|de_moto|no_meu_carro|na_minha_moto|no_carro_do_meu',
    ],
    unless: ['mae|pai|tia|tio|vo|avo|vovo|madrinha|padrinho|aeroporto|rodoviaria|estacao|hospital|clinica|consulta|dentista|treino|jogo|escola_amanha|trabalho|festa|galera|pessoal|todos|todas|grupo'],
    weight: 2,
    examples: {
      match: ['a gente podia se ver, eu te pego de carro na pracinha perto da tua casa', 'te busco de moto depois da aula'],
      ignore: ['te pego de carro no aeroporto as 9', 'a mae te pega de carro na escola', 'te levo de carro pro treino com a galera'],
    },
  },
  {
    // Round 24: "vem aqui em casa hj?" is what friends and couples say every day: on its own it counts less.
    id: 'come-over-r24',
    phrases: [
      'vem|vens|venha|aparece|aparecer ..3 aqui_em_casa|ca_a_casa|ca_em_casa|aqui_pra_casa',
    ],
    unless: ['mae|pai|pais|avo|vo|tia|tio|irma|irmao|prima|primo|madrinha|padrinho|treino|aula|explicacao|grupo|turma|galera|pessoal|todos|festa|jogo|ensaio|catequese|escuteiros|dentista|medico|consulta|kk*|haha*|rsrs*|estudar|jogar|jantar|almocar|lanchar|filme|series|pizza|trabalho|tpc|churrasco|pijama'],
    weight: 1,
    examples: {
      match: ['vem aqui em casa', 'vem aqui em casa hj?'],
      ignore: ['vem aqui em casa estudar pra prova', 'galera sexta é a festa do pijama aqui em casa'],
    },
  },
  {
    id: 'time-to-see-each-other-r29',
    // Round 29: "acho q ta na hora de se ver pessoalmente": after weeks of chat, meeting in person.
    phrases: [
      'hora|altura|momento ..4 se|nos|a_gente ..1 ver|vermos|conhecer|conhecermos|encontrar|encontrarmos ..1 pessoalmente|ao_vivo|em_pessoa|cara_a_cara|de_perto',
      'se|nos|a_gente ..1 ver|ve|vemos|vermos|conhecer|conhecermos|encontrar|encontrarmos ..1 pessoalmente|ao_vivo|em_pessoa|cara_a_cara',
    ],
    unless: ['reuniao|entrevista|consulta|formatura|casamento|natal|ferias|escola|aula|turma|treino|jogo|prof*|familia|avo|tia|tio|primo|prima'],
    examples: {
      match: ['ja faz tempo q a gente se fala, ta na hora de a gente se ver pessoalmente', 'acho que está na altura de nos conhecermos ao vivo', 'quando é que a gente se vê cara a cara?'],
      ignore: ['a gente se vê pessoalmente na reunião de pais', 'nos vemos ao vivo no treino amanha', 'a gente se conhece pessoalmente da escola'],
    },
  },
  {
    // Round 30: longing to meet in person: "to doido pra te conhecer pessoalmente", "morrendo de vontade de te ver ao vivo".
    id: 'dying-to-meet-you-r30',
    phrases: [
      'doido|doida|louco|louca|morrendo|morrer|ansioso|ansiosa|desesperado|desesperada|vontade|mortinho|mortinha ..3 [pra|para|por|de] te|ti ..1 conhecer|ver|encontrar ..1 pessoalmente|ao_vivo|de_perto|cara_a_cara|em_pessoa|fora_daqui|fora_do_jogo|na_vida_real|de_verdade',
    ],
    unless: ['show|concerto|festa|jogo|casamento|aniversario|niver|familia|mae|pai|vo|avo|tia|tio|prima|primo|bebe|formatura|ferias'],
    examples: {
      match: ['to doido pra te conhecer pessoalmente', 'estou mortinho por te ver ao vivo', 'morrendo de vontade de te encontrar na vida real'],
      ignore: ['to doida pra te ver pessoalmente no casamento da prima', 'ansiosa pra te ver ao vivo no show'],
    },
  },
  {
    // Round 32: a private photo session alone at his studio: "queres fazer uma sessão privada no meu estúdio?".
    id: 'private-session-at-my-studio-r32',
    phrases: [
      'sessao|sessoes|ensaio|book|shooting ..1 [de_fotos|fotografica] ..1 privada|privado|particular|so_nos_dois|a_sos|exclusiva|exclusivo ..4 estudio|casa|minha_casa|meu_ap|meu_apartamento|hotel|quarto',
      'vem|vens|venha|vir|vires|queres|quer ..3 fazer ..1 uma|umas ..1 fotos|sessao|ensaio ..3 sozinha|sozinho|so_nos_dois|a_sos|sem_os_pais|sem_os_teus_pais|sem_os_seus_pais',
    ],
    unless: ['vem_com|venha_com|venham_com|traz|traga|tragam|acompanhad*|junto_com|autorizacao|autorizacao_dos|avisa|avisar|pergunta|perguntar|fala_com|falar_com ..3 pais|mae|pai|encarregado*|responsavel|responsaveis', 'escola|turma|formatura|casamento|batizado|orcamento|preco|tabela|fatura|agenda_da_loja|familia|familiar'],
    examples: {
      match: ['faço uma sessão privada no meu estúdio, só nós dois', 'queres vir fazer umas fotos sozinha no estudio?', 'book particular la em casa, sem stress'],
      ignore: ['a sessão privada no estúdio é com autorização dos pais', 'sessão privada no estúdio, vem com a tua mãe', 'sessão particular de fotos de família no estúdio, veja a tabela de preços'],
    },
  },
  {
    // Round 35: an adult proposing time alone: "podiamos treinar os dois a sós", "bora sair só nós os dois".
    id: 'the-two-of-us-alone-r35',
    phrases: [
      'podiamos|podemos|podia|vamos|bora|queres|quer|topas|topa|que_tal|deviamos ..2 treinar|ensaiar|sair|ficar|estar|passear|encontrar|ver|conversar|ir ..2 os_dois|as_duas|nos_dois|nos_duas|so_nos|so_os_dois|so_as_duas|eu_e_tu|eu_e_vc ..2 a_sos|sozinhos|sozinhas|sem_ninguem',
      'podiamos|podemos|podia|vamos|bora|queres|quer|topas|topa|que_tal|deviamos ..2 treinar|ensaiar|sair|ficar|estar|passear|encontrar_nos|nos_encontrar|ver_nos|nos_ver|conversar ..3 a_sos',
    ],
    unless: ['grupo|turma|galera|pessoal|todos|equipa|time|colegas|com_a_tua_mae|com_o_teu_pai|com_os_teus_pais|com_os_pais|a_tua_mae_deixou|autorizacao|tua_mae_sabe', 'estudar|teste|prova|exame|tpc|trabalho|projeto|projecto|biblioteca|duo|dupla|ranked|fifa|jogo'],
    examples: {
      match: ['podemos treinar os dois a sos no sabado', 'bora sair so nos dois, sozinhos', 'queres ficar comigo a sós depois do treino?'],
      ignore: ['podemos treinar os dois a sos? a tua mae deixou', 'podiamos ficar os dois a sos pra estudar pro teste', 'bora jogar os dois no duo'],
    },
  },
  {
    // Round 35: wanting to meet someone known only online, "in person": "queria te conhecer pessoalmente",
    // "quero conhecer-te ao vivo", "ja ta na hora da gente se conhecer pessoalmente". Stronger than a bare
    // "vamos nos ver" between friends (lets-meet, weight 1): the two have never met.
    id: 'meet-in-person-first-time-r35',
    phrases: [
      'quero|queria|gostava|gostaria|quer|queres|preciso|bora|vamos|podiamos|podemos|hora|ta_na_hora|esta_na_hora ..3 te|ti|nos|a_gente|gente ..1 [se] conhecer|conhecermos|conhecer_te|conhece_lo|conhece_la ..2 pessoalmente|ao_vivo|de_perto|em_pessoa|fora_daqui|fora_da_net|na_vida_real|cara_a_cara',
      'quero|queria|gostava|gostaria|quer|queres|preciso|bora|vamos|podiamos|podemos|ta_na_hora|esta_na_hora ..3 conhecer|ver ..1 te|ti|nos ..2 pessoalmente|ao_vivo|de_perto|em_pessoa|fora_daqui|fora_da_net|na_vida_real|cara_a_cara',
      'conhecer|conhecer_te|conhecermos|conhecermo_nos|conhecemos ..3 pessoalmente|ao_vivo|em_pessoa|na_vida_real|cara_a_cara|fora_da_net ..4 quero|queria|gostava|gostaria|ta_na_hora|esta_na_hora|bora|vamos|quando|finalmente',
    ],
    unless: ['duo|dupla|ranked|missao|estudar|trabalho_de_grupo|projeto|projecto', 'grupo|turma|galera|pessoal|treino|ensaio|jogo|todos|evento|convencao|encontro_de_fas|show|concerto|autografo|meet_and_greet', 'mae|pai|pais|avo|vovo|tia|tio|prima|primo|namorad*|sogr*|cunhad*|professor*|entrevista|vaga|emprego|cliente|clientes|reuniao'],
    examples: {
      match: ['quero muito te conhecer ao vivo', 'queria tanto conhecer-te em pessoa', 'ja ta na hora da gente se conhecer pessoalmente', 'gostava de te conhecer em pessoa'],
      ignore: ['queria te conhecer pessoalmente no evento com a galera', 'a minha mae quer te conhecer pessoalmente', 'queria te conhecer pessoalmente pra entrevista da vaga'],
    },
  },
  {
    // Round 36: a pick-up after an activity offered by someone who is not family ("podia ir buscar-te depois do treino",
    // "posso te buscar no ponto de onibus"); pick-up-you at weight 3 excuses every "treino", this one is milder.
    id: 'pick-up-after-activity-r36',
    phrases: [
      'podia|posso|podemos|queres_que_eu|quer_que_eu|deixa_me|deixa ..2 [ir] buscar|pegar|apanhar ..1 te|ti ..3 depois_do|depois_da|depois_das|a_saida_do|na_saida_do|no_fim_do|no_ponto|ao_ponto|na_paragem|no_final_do',
      'podia|posso|podemos|queres_que_eu|quer_que_eu|deixa_me|deixa ..1 te|ti ..2 [ir] buscar|pegar|apanhar ..3 depois_do|depois_da|depois_das|a_saida_do|na_saida_do|no_fim_do|no_ponto|ao_ponto|na_paragem|no_final_do',
    ],
    unless: ['mae|mamae|mami|pai|papai|pais|avo|vo|vovo|tia|tio|irma|irmao|prima|primo|madrinha|padrinho|treinador|treinadora|mister|professor*|prof|stora|stor|carpool|boleia_com|carona_com|todos|galera|pessoal|equipa|time|kk*|haha*|rsrs*', 'o_teu_irmao|a_tua_irma|o_seu_irmao|a_sua_irma|pediu|pediram|combinado_com|combinei_com|ja_falei_com'],
    examples: {
      match: ['podia ir buscar-te depois do treino', 'posso te pegar no ponto de onibus', 'queres que eu te vá buscar depois das aulas?'],
      ignore: ['posso te buscar depois do treino, a tua mae pediu', 'o mister disse que podia ir buscar-te depois do treino', 'posso te pegar no ponto, a galera vai toda'],
    },
  },
  {
    // Round 36: taking the person out ("levava-te a comer qualquer coisa ao colombo", "te levo pra passear no shopping").
    id: 'take-you-out-r36',
    phrases: [
      'levo|levava|levaria|levar|posso_levar|vou_levar|queria_levar|quero_levar ..1 te|ti ..3 comer|jantar|lanchar|almocar|passear|dar_uma_volta|ao_shopping|no_shopping|pro_shopping|ao_cinema|pro_cinema|a_praia|pra_praia|ao_mc|ao_mcdonalds|a_um_sitio|num_sitio|a_um_lugar|num_lugar|pra_minha_casa|a_minha_casa|ao_meu_apartamento',
      'te|ti ..1 levo|levava|levaria|levar ..3 comer|jantar|lanchar|almocar|passear|dar_uma_volta|ao_shopping|no_shopping|pro_shopping|ao_cinema|pro_cinema|a_praia|pra_praia|ao_mc|ao_mcdonalds|a_um_sitio|num_sitio|a_um_lugar|num_lugar|pra_minha_casa|a_minha_casa|ao_meu_apartamento',
    ],
    unless: ['mae|mamae|mami|pai|papai|pais|avo|vo|vovo|tia|tio|irma|irmao|prima|primo|madrinha|padrinho|filho|filha|filhota|filhote|neto|neta|amor|namorad*|meu_bem|mozao|turma|todos|galera|pessoal|equipa|time|aniversario|niver|kk*|haha*|rsrs*', 'cao|cachorro|dog|gato|carro|bike|bicicleta|encomenda|roupa|livro|livros|mochila'],
    examples: {
      match: ['levava-te a comer qualquer coisa ao colombo', 'te levo pra passear no shopping', 'posso levar-te ao cinema sábado'],
      ignore: ['filha, te levo ao shopping amanha', 'levo o cao a passear e ja volto', 'te levo ao cinema no teu niver com a galera'],
    },
  },
  {
    // Round 37: an adult tutor or stranger setting a place near her school: "podemos estudar na praça perto da tua escola".
    id: 'meet-near-your-school-r37',
    phrases: [
      'podemos|vamos|bora|vamo|que_tal|da_pra|queres|quer|podiamos|vem ..3 estudar|encontrar|encontrar_nos|ver_nos|nos_ver|conversar|lanchar|passear|estar|ficar|sentar ..4 praca|parque|jardim|banco|cafe|lanchonete|shopping ..3 perto|ao_pe|ao_lado|atras|em_frente ..2 da|de|do ..1 tua|sua|teu|seu escola|colegio|casa|predio',
      'podemos|vamos|bora|vamo|que_tal|da_pra|queres|quer|podiamos ..3 encontrar|encontrar_nos|ver_nos|nos_ver|estudar|conversar ..4 depois_da_aula|depois_das_aulas|saida_da_escola|a_saida_da_escola|na_saida_da_escola|saida_do_colegio',
    ],
    unless: ['turma|grupo|galera|pessoal|todos|trabalho_de_grupo|a_mae|o_pai|minha_mae|meu_pai|tua_mae|teu_pai|sua_mae|seu_pai|colegas|amigas|amigos|a_gente_todo', 'kk*|haha*|rsrs*'],
    examples: {
      match: ['que tal a gente se encontrar no parque perto da tua casa?', 'podemos ver-nos no cafe em frente da tua escola', 'vamos conversar depois da aula, a saida da escola', 'bora lanchar na lanchonete ao lado do teu colegio'],
      ignore: ['podemos estudar na praca perto da tua escola com a turma toda', 'bora no parque perto da tua casa com a galera', 'a praca perto da tua escola ta em obras', 'vamos estudar depois da aula com os colegas'],
    },
  },
  {
    // Round 39: an offer to collect the person: "posso te buscar depois da aula", "vou-te apanhar a saida
    // da escola". Parents and carers write it too: weighed as a mild signal.
    id: 'i-can-pick-you-up-r39',
    phrases: [
      'posso|podia|vou|eu_posso|eu_vou|deixa_me|deixa|quer_que_eu|queres_que_eu ..1 te|ti|vou_te|posso_te ..1 buscar|pegar|apanhar|ir_buscar|levar ..4 escola|aula|aulas|colegio|treino|curso|saida|casa|esquina|parque',
      'buscar_te|ir_buscar_te|apanhar_te|pegar_te|levar_te ..4 escola|aula|aulas|colegio|treino|curso|saida|esquina',
    ],
    unless: ['localizacao|atrasado|atrasada|chuva|chover|a_chover|mae|pai|avo|tia|tio|mana|mano|irma|irmao|dentista|medico|consulta|hospital|carona_da|transporte|van|onibus|autocarro|comboio|metro|mochila|uniforme|lanche'],
    weight: 1,
    examples: {
      match: ['posso te pegar na saida da escola amanha', 'vou-te buscar depois das aulas, espera na esquina', 'buscar-te a escola amanha?'],
      ignore: ['a mae nao pode, posso te buscar depois da aula', 'vou te levar a escola de autocarro', 'posso te buscar na escola pro dentista', 'manda a localizacao que vou te buscar a escola'],
    },
  },
] satisfies PatternEntry[];
