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
    ],
    unless: ['grupo|turma|galera|pessoal|treino|aula|ensaio|jogo|todos|escola_amanha|biblioteca'],
    weight: 1,
    examples: {
      match: ['vamos nos encontrar?', 'vamos encontrar-nos?', 'queria te conhecer pessoalmente', 'quando a gente se encontra?'],
      ignore: ['vamos nos encontrar com a galera no shopping', 'vamos ver o filme', 'a gente se vê no treino'],
    },
  },
  {
    id: 'pick-you-up',
    phrases: [
      'te|ti ..2 busco|buscar|pego|pegar|apanho|apanhar ..3 escola|colegio|saida|casa|paragem|parada|esquina|estacao',
      'buscar|busco|apanhar|apanho|ir_buscar te|ti ..3 escola|colegio|saida|casa|paragem|parada|esquina|estacao',
      'vou|posso ..2 ate|ai|ir_a|ir_ao ..2 @your ..1 casa|escola|cidade|bairro',
      'posso|vou|deixa|deixa_me ..2 te|ti ..1 buscar|pegar|apanhar|levar ..2 de_carro|de_mota|em_casa|a_casa|ai|na_tua|na_sua|onde',
      'vou|posso|vamos|podia|podemos ..1 ter_contigo|ir_ter_contigo|encontrar_te|encontrar_me_contigo ..3 saida|escola|colegio|casa|paragem|estacao|esquina|parque',
      'vem|vens|venha|aparece|aparecas ..2 sozinha|sozinho|sem_ninguem|sem_contar',
      'me_encontra|encontra_me|me_encontre|encontre_me|ve_me|me_ve|me_espera|espera_me ..4 sozinha|sozinho|sem_ninguem|sem_contar|sem_dizer',
      'vem|vens|venha|aparece ..3 minha_casa|meu_apartamento|meu_ape|meu_carro|meu_hotel|aqui_em_casa|ca_a_casa',
    ],
    unless: ['mae|pai|pais|avo|tia|tio|treino|aula|explicacao|grupo|turma|galera'],
    examples: {
      match: ['vou ter contigo à saída da escola', 'me encontra no shopping sozinha', 'posso ir buscar-te à saída da escola', 'te pego na saída do colégio', 'vem sozinha', 'vem aqui em casa'],
      ignore: ['a tua mae vai te buscar na escola?', 'te pego no treino amanhã com o teu pai'],
    },
  },
  {
    id: 'meet-alone',
    phrases: [
      'a_gente|nos|gente ..1 [se|nos] encontra|encontrar|encontramos|encontrarmos|ve|ver|vemos|vermos ..3 sozinhos|sozinhas|a_sos|so_nos_dois|so_nos_duas|escondido|escondidos|as_escondidas|sem_ninguem|sem_teus|sem_seus|sem_os_teus|sem_os_seus|sem_tua|sem_sua',
      'quero|queria|gostava|gostaria|preciso|bora|vamos ..2 te_ver|ver_te|te_encontrar|encontrar_te|estar_contigo|ficar_contigo ..2 sozinha|sozinho|a_sos|as_escondidas|escondido|sem_ninguem|sem_os_teus|sem_teus|sem_seus',
      'vem|vens|venha|aparece|passa ..4 casa|apartamento|ape ..5 meus|minha|meu ..1 pais|mae|pai|coroas|velhos ..1 viajaram|viajou|sairam|saiu|nao_estao|nao_esta|nao_tao|nao_ta|tao_fora|estao_fora|trabalham|foram',
      'quer|queres|topa|topas|podes|pode ..1 me_encontrar|encontrar_me|me_ver|ver_me|me_conhecer|conhecer_me|ir_ter_comigo|vir_ter_comigo ..4 sozinha|sozinho|a_sos|as_escondidas|escondido|escondida|sem_ninguem|sem_contar|sem_dizer',
    ],
    unless: ['grupo|turma|galera|pessoal|treino|aula|ensaio|jogo|trabalho|projeto|projecto|festa'],
    examples: {
      match: ['vem aqui em casa, meus pais viajaram', 'quer me encontrar no parque sozinha?', 'mas a gente se encontra sozinhos, sem teus pais saberem', 'queria ver-te a sós', 'quero te encontrar sozinha', 'nos vemos as escondidas'],
      ignore: ['a gente se encontra no treino com o pessoal', 'te ver sozinha na festa foi triste', 'vemo-nos amanhã'],
    },
  },
] satisfies PatternEntry[];
