import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-know-where-you-live',
    phrases: [
      'sei|sabemos|descobri|descobrimos|ja_sei ..2 onde ..1 moras|vives|estudas|andas|trabalhas|fica_tua_casa|fica_sua_casa|e_a_tua_casa|e_a_sua_casa',
      'sei|sabemos|descobri|descobrimos|ja_sei ..2 onde @you ..1 mora|vive|estuda|anda|trabalha|fica',
      'sei|sabemos|descobri|conheco|ja_sei ..2 @your ..1 casa|rua|endereco|morada|escola|colegio|bairro',
      'vi|conheco ..2 @your ..1 casa|rua|endereco|morada ..3 story|stories|foto|fotos|maps|google|instagram',
    ],
    unless: ['haha', 'festa|convite|entrega|encomenda|presente|uber|taxi|bolo|fui_ai|fui_la|buscar|levar|entregar|devolver|livro|visita|jantar|boleia|carona|juntos|juntas|irmos|vamos_juntos|passo_ai|passo_la|passo_por_ai', 'disseste_oi|disse_oi|dizer_oi|dizeres_oi|falaste_comigo|falou_comigo|me_cumprimentaste|cumprimentaste|vieste_falar|veio_falar|acenei|acenaste|te_acenei|somos_vizinh*|sou_tua_vizinha|sou_teu_vizinho|mesma_rua|mesmo_predio', 'nao|n|nem sei|sabemos', 'campando|campar|campa|camperando|camper|spawn|spawnando|respawn|no_mapa|do_mapa|servidor|server|minecraft|fortnite|free_fire|freefire|roblox|gta|lobby|no_jogo|do_jogo|na_partida', 'bilhete|assisti|assistimos|assististe|terror|slasher|vilao|vila|episodio|serie|novela|filme|personagem|capitulo|temporada|trailer|ator|atriz|livro|anime|manga|jogo_de_terror|assassino_do_filme'],
    examples: {
      match: ['eu sei onde vc mora', 'rua das flores né? vi sua casa no story', 'sei a tua morada', 'descobri onde estudas'],
      ignore: ['e nem tenta fugir q eu sei onde vc mora kkkk', "o episodio de ontem da serie: o vilao disse 'sei onde tu mora' e eu gritei kkkk", 'sei onde moras, passo aí às 8 pra irmos juntos pra escola', 'sei onde fica a festa', 'sei onde vc mora mano, ta no mapa, vc ta campando na base', 'sei onde tu moras no servidor de minecraft', 'sei onde tu estudas, vi-te na saida ontem! porque nao disseste oi?', 'nao sei onde estuda o joao', 'vi a tua casa nova, é linda! fui lá na festa'],
    },
  },
  {
    id: 'ill-come-hurt-you',
    phrases: [
      'vou|vamos|vo|irei ..1 ai|ate_ai|la|ate_tua_casa|ate_sua_casa|a_tua_casa|na_tua_casa|na_sua_casa|a_tua_escola|na_tua_escola|na_sua_escola ..2 te|ti|e_te ..1 pegar|bater|matar|partir|quebrar|apanhar|dar_porrada|dar_uma_surra|machucar|magoar|arrebentar|encher',
      'fazer|faco|faz ..1 mal ..3 @your ..1 @family|te|ti|a_ti|voce',
      'machucar|magoar|ferir|bater|matar|espancar|sequestrar|raptar ..2 @your ..1 @family',
      'vais|vai|vc_vai|tu_vais ..1 levar|apanhar|tomar ..1 porrada|uma_surra|surra|tiro|tiros|um_tiro|facada|pancada',
      'vou|vamos|vo|eu te|ti ..1 partir|quebrar|arrebentar|rebentar|encher ..1 [a|essa|tua|sua] cara|boca|fuca|cabeca|dentes|focinho|de_porrada|de_pancada',
      'parto|quebro|arrebento|rebento|encho te|ti ..1 a_cara|a_boca|os_dentes|a_cabeca|de_porrada|de_pancada|toda|todo',
      'partir|quebrar|arrebentar|rebentar|encher|bater ..1 te|ti ..1 todo|toda|a_cara|os_dentes|de_porrada|de_pancada',
      'mandar|mando|chamar|chamo|levo|trago ..2 uns|alguns|uns_amigos|uns_caras|uns_gajos|pessoal|gente|os_meus_amigos|os_meus_manos|a_minha_gente ..3 te|ti ..1 pegar|bater|apanhar|dar_uma_licao|dar_porrada|partir|ensinar',
      '@your|a_tua|o_teu|os_teus|as_tuas ..1 @family ..3 vai|vao|ira|irao ..1 [tambem|tb] ..1 sofrer|pagar_caro|pagar_por_isto|pagar_por_isso|se_arrepender|levar_porrada|ter_problemas|correr_perigo|estar_em_perigo',
      'aparecer|apareco|bater ..2 na|a|em ..1 @your|tua|sua ..1 porta|casa|escola ..3 qualquer_momento|qualquer_hora|quando_menos|a_qualquer|sem_avisar|quando_menos_esperares|quando_menos_esperar',
      'te|ti ..1 espero|esperamos|apanho|pego ..2 saida|porta|rua|escola ..3 e_vais_ver|vais_ver|vai_ver|pra_te_bater|e_te_bato|e_te_parto',
      'ninguem ..1 vai ..1 te|ti ..1 proteger|salvar|ajudar',
      'sei|conheco ..2 quem [e|eh|sao] @your ..1 @family ..3 e onde',
      // Finding the person, then the harm: "eu vou te achar e te matar", "vou na tua casa e vou bater em vc".
      'vou|vamos|irei|eu_vou ..1 te|ti ..1 achar|encontrar|pegar|apanhar|cacar ..3 e ..1 [te|vou_te|te_vou] ..1 matar|bater|partir|espancar|esfaquear|furar|dar_um_tiro|arrebentar|quebrar|machucar|magoar',
      'vou|vamos|vo|irei ..1 ai|la|na_tua_casa|na_sua_casa|a_tua_casa|ate_ai|ate_tua_casa|ate_sua_casa|na_tua_escola|na_sua_escola|a_tua_escola ..4 bater|espancar|socar|matar|machucar|magoar|partir|quebrar|arrebentar ..1 em_vc|em_voce|em_ti|em_tu|na_tua_cara|na_sua_cara|a_tua_cara|a_sua_cara|te|ti',
      'vou|vamos|vo|irei ..1 ai|la|na_tua_casa|na_sua_casa|a_tua_casa|ate_ai|ate_tua_casa|ate_sua_casa|na_tua_escola|na_sua_escola|a_tua_escola ..4 te|ti ..1 bater|espancar|socar|matar|machucar|magoar|partir|quebrar|arrebentar|esfaquear',
    ],
    unless: ['jogo|partida|fifa|efootball|x1|1v1|ranked|round|ronda|xadrez|futebol|futsal|basquete|treino|fortnite|free_fire|freefire|minecraft|roblox|lol|cs|valorant|k|kk*|haha*|rsrs*|spoiler', 'colega*|amigo_do|amiga_da|trabalhamos|somos|igreja|vizinho*|teste|prova|exame|aula|tpc|trabalho_de_casa|dever|deveres|licao|estudar|estudo|frio|calor|vacina|dentista|medico|pra_levar|para_levar|levar_o|levar_a|levar_te|te_levar|buscar|entregar|devolver|bolo|presente|prenda|encomenda|visita|jantar|almoco|lanche|festa|surpresa', 'de_saudade|de_saudades|de_abraco|de_abracos|de_beijo|de_beijos|de_rir|de_cocegas|de_vergonha|de_inveja|de_mimos'],
    examples: {
      match: ['eu vou te achar e te matar', 'vou na tua casa e vou bater em vc', 'vou até tua casa e vou te espancar', 'vou partir-te todo', 'vou mandar uns caras ai te pegar', 'a tua irmã também vai sofrer', 'posso aparecer na tua porta a qualquer momento', 'vou-te partir a cara se não fizeres o que eu digo', 'vou te quebrar a cara', 'parto-te os dentes', 'se nao fizer o que eu mando vou ai te pegar', 'vou fazer mal à tua família', 'vou machucar sua mãe', 'vais levar porrada', 'ninguém vai te proteger'],
      ignore: ['eu vou te achar no shopping e te matar de saudade', 'vou na tua casa e vou bater o bolo contigo', 'vou te achar na festa e te matar de abraços kkk', 'o teu irmao vai ter problemas se nao fizeres o tpc com ele', 'o teu irmão vai sofrer no teste de matemática', 'posso aparecer na tua porta a qualquer momento pra levar o bolo?', 'vou partir-te todo no fifa', 'o teu pai vai pagar o jantar', 'mando uns amigos te buscar', 'vou-te partir a cara no fifa hoje', 'vou te quebrar a cara kkkk', 'vou te matar nessa partida kkkk', 'vou aí te buscar às 8', 'vou lá no jogo te pegar kk'],
    },
  },
  {
    id: 'or-ill-come-over',
    phrases: [
      'senao|se_nao|ou|caso_contrario ..6 vou|vamos|irei|vo|apareco|aparecemos|bato ..3 @your|ai_na_tua|ai_na_sua|ai_em ..1 casa|porta|escola|colegio|rua|trabalho',
      'vou|vamos|vo|apareco|aparecemos ..1 ai|la|a_tua_casa|na_tua_casa|na_sua_casa|a_tua_escola|na_tua_escola ..3 se|caso ..1 nao|n ..2 fizer|fizeres|pagar|pagares|mandar|mandares|responder|responderes|obedecer|obedeceres|colaborar|colaborares',
    ],
    unless: ['buscar|levar|te_buscar|jantar|festa|almoco|lanche|visita|visitar|devolver|entregar|ajudar|ajudo|ajudo_te|te_ajudo|estudar|dormir|jogar|pizza|bolo|filme|haha*|rsrs*|kk*|trabalho_de_grupo|presente|prenda|preocupad*|saudade*|trabalho|tpc|dever'],
    examples: {
      match: ['vou ai hoje se nao fizer o que eu quero', 'se nao mandar mais video vou ai na sua casa', 'ou pagas ou apareço na tua escola', 'senão vou à tua casa'],
      ignore: ['vou ai se nao responderes, tou preocupada', 'vou la se nao fizeres o trabalho, ajudo-te', 'se nao vier vou ai na sua casa te buscar', 'se nao me devolver o livro vou ai na tua casa kkk'],
    },
  },
  {
    // "ja sei onde tu mora... se nao aparecer amanha eu vou ai": knowing the address plus a condition.
    id: 'know-where-you-live-if-not',
    phrases: [
      'sei|ja_sei|descobri|sabemos|descobrimos ..2 onde ..1 [@you] mora|moras|vive|vives|estuda|estudas ..6 se_nao|se_n|senao|caso_nao|caso_contrario|ou_entao',
      'se_nao|se_n|senao|caso_nao|caso_contrario ..6 sei|ja_sei|descobri|sabemos ..2 onde ..1 [@you] mora|moras|vive|vives|estuda|estudas',
    ],
    unless: ['vizinho*|porteiro|portaria|entrega|encomenda|presente|prenda|festa|carona|boleia|te_buscar|buscar_te|te_levar|levar_te|uber|taxi|gps|maps|morada_certa|endereco_certo|haha*|rsrs*|kk*', 'nao|n|nem sei|sabemos onde'],
    weight: 5,
    examples: {
      match: ['ja sei onde tu mora mano, rua das acacias ne. se nao aparecer amanha eu vou ai buscar', 'se nao pagares, lembra que eu sei onde vives', 'descobri onde estudas. senao fizeres o que eu digo vais ver'],
      ignore: ['sei onde tu mora, se nao tiver ninguem deixo com o vizinho', 'nao sei onde ela mora, se nao achar volto', 'ja sei onde vc mora, se nao der pra ir de carona te busco kkk'],
    },
  },
  {
    id: 'ill-find-you',
    phrases: [
      'vou|vamos|eu_vou|irei ..1 te|ti ..1 encontrar|achar|cacar|apanhar|descobrir ..4 onde_quer_que|nem_que|custe_o_que_custar|vais_ver|vai_ver|vais_pagar|vai_pagar|te_arrepender|arrepender|vais_te_arrepender|vai_se_arrepender',
      'vou|vamos|eu_vou ..1 te|ti ..1 esperar|pegar|apanhar ..3 saida|porta|rua|escola|colegio|paragem|parada ..3 e_vais_ver|vais_ver|vai_ver|pra_te_bater|e_te_bato|e_te_parto|e_vais_levar|vais_levar',
      'gente|pessoal|amigos|caras|gajos|manos|uns_caras|uns_gajos ..2 que|q ..1 sabe|sabem|conhece|conhecem ..2 onde ..1 [@you] moras|mora|vives|vive|estudas|estuda',
      'vou|eu ..1 te|ti ..1 matar|machucar|bater|partir|quebrar|arrebentar ..4 se ..2 contares|contar|falares|falar|disseres|disser|abrires_a_boca|abrir_a_boca|denunciares|denunciar|fores_a_policia|for_a_policia|chamares_a_policia',
      'vai|vais|vc_vai|tu_vais ..1 ver ..1 o_que|oq|do_que ..1 eu ..1 faco|sou_capaz|fizer|vou_fazer ..2 [contigo|com_vc|com_voce|a_ti]',
      'mato_te|te_mato|parto_te|te_parto ..4 se ..2 contares|contar|falares|falar|disseres|disser|abrires_a_boca|abrir_a_boca|denunciares|denunciar|fores_a_policia|for_a_policia|chamares_a_policia',
    ],
    unless: ['quarto|arrum*|louca|loica|tpc|dever|estudar|banho|cama|comer|jantar|almoco|mae|pai|castigo|telemovel_fica|fica_sem', 'jogo|partida|fifa|efootball|x1|1v1|ranked|round|ronda|xadrez|futebol|treino|fortnite|free_fire|freefire|minecraft|roblox|lol|valorant|k|kk*|haha*|rsrs*|spoiler|final|filme|serie|episodio|livro|surpresa|festa|presente|prenda|segredo_da|chorei|chorou|crush|a_fim', 'presente|surpresa|bolo|encontrar_te_no|encontrar_te_na|te_encontrar_no|te_encontrar_na'],
    examples: {
      match: ['se vc nao me der o que eu quero vc vai ver o que eu faço', 'vou te encontrar, onde quer que estejas', 'vou te esperar na saida da escola e vais ver', 'conheço gente que sabe onde moras', 'vou te matar se contares a alguém', 'mato-te se abrires a boca'],
      ignore: ['se nao arrumares o quarto vais ver o que eu faço', 'vais ver o que eu faço no jogo de amanha', 'vais ver o que eu faço com o bolo, vai ficar lindo', 'se tu contares a alguém que eu chorei no filme mato-te 😂', 'vou te encontrar na festa e vais ver o presente', 'vou te matar se contares o final da serie', 'vou te esperar na saida da escola pra irmos juntos'],
    },
  },
  {
    // Blocking or going quiet triggers a visit: "se me bloquear eu vou na tua casa", "some e vais ver quem aparece aí".
    id: 'if-you-block-i-come',
    phrases: [
      'se|caso|quando ..2 bloquear|bloqueares|bloqueia|bloqueias|me_bloquear|me_bloqueares|bloqueares_me|denunciar|denunciares|sumir|sumires|desaparecer|desapareceres|ignorar|ignorares|me_ignorar|me_ignorares|parar_de_responder|parares_de_responder|nao_responder|nao_responderes|contar|contares ..6 vou|vo|irei|apareco|aparecer|bato|passo ..2 ai|la|na|no|a|ate|em ..2 @your|tua|sua|teu|seu ..1 casa|porta|escola|colegio|rua|predio|trabalho',
      'se|caso|quando ..2 contar|contares|falar|falares|disser|disseres|denunciar|denunciares|mostrar|mostrares ..1 [isto|isso|algo|alguma_coisa|nada] ..1 [a|com|pra|para|ao|aos] ..2 alguem|ninguem|policia|teus_pais|os_teus_pais|seus_pais|tua_mae|sua_mae|teu_pai|seu_pai|prof|professora|professor ..4 [eu] apareco|aparecerei|vou_ai|vou_la|venho_ai|vou_te_buscar|vou_atras_de_ti|vou_atras_de_vc|te_encontro|te_acho|vou_te_achar',
      'se|caso|quando ..2 bloquear|bloqueares|me_bloquear|me_bloqueares|sumir|sumires|ignorar|ignorares|me_ignorar|me_ignorares|contar|contares ..6 @your|a_tua|a_sua ..1 @family ..2 vai|vao|ira|irao ..1 pagar|sofrer|se_arrepender|ver',
      '@your|a_tua|a_sua ..1 @family ..2 vai|vao|ira|irao ..1 pagar|sofrer ..3 se|caso ..2 bloquear|bloqueares|me_bloquear|me_bloqueares|sumir|sumires|ignorar|ignorares|me_ignorar|me_ignorares|contar|contares|nao_responder|nao_responderes',
    ],
    unless: ['jogo|partida|fifa|efootball|x1|1v1|ranked|free_fire|freefire|minecraft|roblox|k|kk*|haha*|rsrs*|spoiler', 'preocupad*|saudade*|buscar|levar|devolver|entregar|livro|bolo|presente|prenda|festa|jantar|almoco|visita|ajudar|te_ajudo|ajudo_te|carregador|chave|chaves|conta_da|conta_de|pizza|lanche|cinema|jantar'],
    weight: 5,
    examples: {
      match: ['se falares com alguém sobre isto, eu apareço aí', 'se contares aos teus pais eu vou atrás de ti', 'se me bloquear eu vou na tua casa e tua familia vai pagar', 'se me bloqueares apareço na tua escola', 'se parares de responder vou aí à tua casa', 'a tua familia vai pagar se me bloqueares'],
      ignore: ['se nao responderes vou ai a tua casa, tou preocupada', 'se me bloqueares no fifa vou ai a tua casa kkk', 'se contares o spoiler vou a tua casa', 'o teu pai vai pagar o jantar se contares a novidade'],
    },
  },
  {
    // Stalking as a threat: "sei qual é o teu colégio e a que horas sais".
    id: 'i-know-your-routine',
    phrases: [
      'sei|ja_sei|sabemos|descobri|conheco ..3 @your|o_teu|o_seu|a_tua|a_sua ..1 escola|colegio|liceu|rua|casa|predio|bairro|morada|endereco ..4 a_que_horas|que_horas|quando|o_horario|o_teu_horario|o_seu_horario|o_caminho|por_onde ..1 [@you] sais|sai|saem|chegas|chega|passas|passa|andas|anda|vais|vai',
      'sei|ja_sei|sabemos|descobri ..2 a_que_horas|que_horas|o_horario|por_onde|o_caminho ..2 [@you] sais|sai|chegas|chega|passas|passa ..3 [da|de|do] escola|colegio|casa|treino|aula|aulas ..6 cuidado|sozinha|sozinho|espera|vais_ver|vai_ver|se|ou|senao|qualquer_dia|um_dia_destes|um_dia_desses',
    ],
    unless: ['buscar|te_buscar|buscar_te|levar|te_levar|boleia|carona|esperar_te|espero_te_no_portao|mae|pai|avo|vo|tia|tio|irma|irmao|prof*|professor*|treinador|explicador|horario_novo|grupo|turma|festa|surpresa|aniversario|presente|prenda|kk*|haha*|rsrs*', 'nao|n|nem sei'],
    weight: 5,
    examples: {
      match: ['eu sei qual é o teu colegio e a que horas sais', 'sei a tua escola e o horario que tu sais', 'ja sei a que horas sais da escola, cuidado'],
      ignore: ['sei qual é o teu colegio e a que horas sais, vou-te buscar', 'nao sei a que horas sais da escola', 'sei a que horas sais do treino, a tua mae disse'],
    },
  },
  {
    // "depois disso não respondo por mim": a veiled threat that weighs in with a deadline.
    id: 'not-answerable-for-myself',
    phrases: [
      'nao|n ..1 respondo ..1 por ..1 mim|meus_atos|mim_mesmo|mim_mesma',
      'nao|n ..1 sabes|sabe ..1 do_que|doque ..1 [eu] sou|to|tou|estou ..1 capaz',
      'vais|vai|vc_vai|tu_vais ..1 ver|conhecer ..1 quem|do_que ..1 eu_sou|sou|sou_capaz',
    ],
    unless: ['kk*|haha*|rsrs*|lol|fome|sono|acordar|acordares|acordas|cedo|spoiler|jogo|partida|fifa|prova|teste|exame|chocolate|pizza|bolo|cafe|dieta|calor|frio|segunda|segunda_feira|transito|chefe|trabalho|aula'],
    weight: 2,
    examples: {
      match: ['vc tem ate as 22h. depois disso n respondo por mim', 'nao sabes do que sou capaz', 'vais ver quem eu sou'],
      ignore: ['se me acordares cedo nao respondo por mim kkk', 'sem cafe nao respondo por mim', 'se der spoiler nao respondo por mim'],
    },
  },
  {
    // "eu tenho teu endereço, tua escola e o número da tua mãe. pensa bem".
    id: 'i-have-your-address',
    phrases: [
      'tenho|sei|ja_tenho|ja_sei|descobri ..2 @your|o_teu|a_tua|o_seu|a_sua ..1 endereco|morada|casa|escola|colegio|rua|localizacao ..6 pensa_bem|pense_bem|cuidado|toma_cuidado|se_fosse_tu|se_eu_fosse_tu|se_eu_fosse_vc|se_eu_fosse_voce|nao_brinca|nao_brinques|nao_brinque|vais_ver|vai_ver|ve_la|ve_la_o_que|fica_esperta|fica_esperto|melhor_colaborares|melhor_colaborar',
    ],
    unless: ['festa|convite|entrega|encomenda|presente|prenda|uber|taxi|bolo|buscar|levar|entregar|devolver|livro|visita|jantar|boleia|carona|gps|maps|formulario|inscri*|cadastro|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['eu tenho teu endereço, tua escola e o numero da tua mae. pensa bem', 'ja sei a tua morada, cuidado', 'sei a tua escola, se eu fosse tu colaborava'],
      ignore: ['tenho a tua morada pra entrega do presente, pensa bem no que queres', 'ja sei a tua morada, vou buscar-te as 8'],
    },
  },
  {
    // "não me faças ir aí": a veiled visit threat.
    id: 'dont-make-me-come',
    phrases: [
      'nao|n ..1 me ..1 facas|faca|faz|obrigues|obrigue|forces|force ..1 ir|ir_ai|ir_la|ir_ate_ai|aparecer|aparecer_ai|ir_ate_tua_casa|ir_a_tua_casa|ir_a_tua_escola|ir_ate_tua_escola|ir_buscar_te|ir_te_buscar',
    ],
    unless: ['buscar|te_buscar|buscar_te|levar|boleia|carona|arruma|arrumar|quarto|jantar|almoco|comida|cama|acordar|mae|pai|avo|vo|tia|tio|prof*|professor*|treinador|explicador|atrasad*|atraso|chuva|frio|kk*|haha*|rsrs*|vou_ai_buscar|saudade*'],
    weight: 5,
    examples: {
      match: ['não me faças ir aí', 'nao me obrigues a aparecer ai'],
      ignore: ['sei que estudas na secundaria e sais as 13h, queres almoçar?', 'não me faças ir aí buscar-te, arruma-te', 'nao me facas ir ai outra vez, a chuva é muita kkk'],
    },
  },
  {
    // "vou te achar, pode ter certeza", "ou vens ter comigo ou eu vou ter com a tua mãe".
    id: 'ill-find-you-be-sure',
    phrases: [
      'vou|vamos|vo|irei ..1 te|ti ..1 achar|encontrar|cacar|apanhar ..3 pode_ter_certeza|podes_ter_certeza|onde_quer_que|nem_que|custe_o_que_custar|vais_ver|vai_ver|mais_cedo_ou_mais_tarde|cedo_ou_tarde|nao_te_escondes|nao_adianta|nao_te_vais_esconder|nao_vai_se_esconder',
      'ou|senao|se_nao|caso_contrario ..6 [eu] vou|vo|irei ..1 ter_com|falar_com|bater_a_porta_de|bater_a_porta_da|bater_a_porta_do|aparecer_a|procurar ..2 @your|a_tua|o_teu|a_sua|o_seu ..1 @family',
    ],
    unless: ['recreio|intervalo|cantina|biblioteca|patio|refeitorio|jogo|partida|fifa|efootball|esconde_esconde|escondidas|apanhada|pique|haha*|rsrs*|kk*|festa|surpresa|presente|prenda|concerto|show|shopping|centro_comercial|mercado|feira|aula|quarto|arrumar|arrumas|arruma|trabalho|tpc|notas|nota|estudar|estudas|jantar|almoco|buscar|levar|saudade*|mae_pediu|pai_pediu'],
    weight: 5,
    examples: {
      match: ['vou te achar, pode ter certeza', 'ou vens ter comigo ou eu vou ter com a tua mãe', 'vou-te encontrar, não te escondes'],
      ignore: ['vou te achar no recreio, pode ter certeza', 'vou te achar no shopping, pode ter certeza', 'ou arrumas o quarto ou vou falar com a tua mae', 'vou te achar no esconde esconde kkk'],
    },
  },
  {
    // "vou fazer da tua vida um inferno": a threat against the person's whole life.
    id: 'make-your-life-hell',
    phrases: [
      'fazer|faco|farei|vou_fazer|tornar|torno|vou_tornar|transformar|transformo ..1 da|a ..1 @your|tua|sua ..1 vida ..1 um|num ..1 inferno',
      'vou|vo|irei ..1 destruir|arruinar|acabar_com|infernizar ..1 [a] @your|tua|sua ..1 vida',
      '@your|o_teu|a_tua|o_seu|a_sua ..1 @family ..3 acidente|azar ..3 se|caso ..2 nao|n ..1 fizeres|fizer|pagares|pagar|mandares|mandar|obedeceres|obedecer|colaborares|colaborar',
    ],
    unless: ['jogo|partida|fifa|efootball|x1|1v1|ranked|round|ronda|xadrez|futebol|treino|fortnite|free_fire|freefire|minecraft|roblox|lol|cs|valorant|brawl|clash|uno|monopoly|cartas|haha*|rsrs*|kk*|lol|spoiler|tpc|trabalho|dever|licao|estudar|mota|moto|bicicleta|bike|carro|conduzir|serie|filme|livro|ensaio|aula|teste|prova|exame|matematica|treinador|prof*|professor*'],
    weight: 5,
    examples: {
      match: ['o teu irmao vai ter um acidente se nao fizeres o que eu digo', 'vou fazer da tua vida um inferno, começando pela tua escola', 'vou infernizar a tua vida'],
      ignore: ['vou fazer da tua vida um inferno no fifa hoje', 'o prof vai fazer da tua vida um inferno no teste'],
    },
  },
  {
    // "sei que vc estuda no colegio X, sai as 12h20": knowing where and when.
    id: 'i-know-when-you-leave-r9',
    phrases: [
      'sei|ja_sei|sabemos|descobri ..2 [que|q|onde] [@you] estuda|estudas|mora|moras|vive|vives|treina|treinas ..6 sai|sais|chega|chegas|passa|passas|sozinha|sozinho ..2 as|a|por_volta|cedo|tarde|todo_dia|todos_os_dias|#',
    ],
    unless: ['buscar|te_buscar|buscar_te|levar|te_levar|boleia|carona|mae|pai|avo|vo|tia|tio|irma|irmao|prof*|professor*|treinador|grupo|turma|festa|surpresa|aniversario|presente|prenda|kk*|haha*|rsrs*|juntos|juntas|irmos|bora', 'nao|n|nem sei', 'almocar|almoco|lanchar|lanche|cafe|cinema|sorvete|gelado|vamos|combinar|combinamos|estudar_juntos|comigo_e'],
    weight: 5,
    examples: {
      match: ['sei que vc estuda no colegio estadual da rua 7, sai as 12h20', 'ja sei onde moras e que sais sozinha todo dia'],
      ignore: ['sei que vc estuda no colegio da rua 7, sai as 12h20 ne? bora juntos', 'nao sei onde vc estuda nem a que horas sai', 'sei que vc estuda de manha e sai as 12h, quer almoçar comigo e com a Ana?'],
    },
  },
  {
    // "tenho o teu endereço, vou ai hoje", "a tua vida acaba amanhã se não pagares".
    id: 'address-and-coming-r9',
    phrases: [
      'tenho|sei|ja_tenho|ja_sei|descobri|achei ..2 @your|o_teu|a_tua|o_seu|a_sua ..1 endereco|morada|casa|rua|localizacao ..4 vou_ai|vou_la|vou_te_visitar|apareco|apareco_ai|to_indo|estou_a_caminho|to_a_caminho|vou_bater|bato_na|vou_aparecer',
      '@your|a_tua|a_sua ..1 vida ..1 acaba|acabou|termina|vai_acabar|ta_acabada|esta_acabada|ja_era ..4 se|caso|ou|senao|se_nao',
    ],
    unless: ['festa|convite|entrega|entregar|encomenda|presente|prenda|uber|taxi|bolo|buscar|levar|devolver|livro|visita|jantar|almoco|boleia|carona|gps|maps|formulario|kk*|haha*|rsrs*|exame|prova|teste|nota|notas|vestibular|enem|serie|filme|jogo|partida|temporada|episodio|mae|pai|avo|vo|tia|tio', 'churrasco|estudar|pizza|reuniao|aula|jogar|faculdade|aproveita|trabalho|curso|ferias|stora|stor|professor*|professora|tpc|tpcs|descobrir|descobre|souber'],
    weight: 5,
    examples: {
      match: ['tenho o teu endereço, vou ai hoje', 'a tua vida acaba amanhã se não pagares'],
      ignore: ['tua vida acabou se a stora descobrir que nao fizeste o tpc', 'tenho o teu endereço, vou ai hoje entregar o livro', 'a tua vida acaba se nao passares no exame kkk', 'a tua vida acaba quando começar a faculdade, aproveita', 'tenho o teu endereço, vou ai hoje a noite pro churrasco'],
    },
  },
  {
    // "eu vou ai e tu vai ver o q acontece com teu irmaozinho".
    id: 'youll-see-what-happens-r10',
    phrases: [
      'vou|vo|eu_vou|irei ..1 ai|ate_ai|ate_tua_casa|na_tua_casa|ate_a_tua_casa|ate_voce|ate_ti ..6 vai|vais|vcs ..1 ver ..2 o_que|oq|o_q|q|que ..1 acontece|vai_acontecer|te_acontece',
      'ver|vais_ver|vai_ver ..1 o_que|oq|o_q|q|que ..1 acontece|vai_acontecer ..2 com ..1 @your|tigo|contigo|voce|vc|a_tua|o_teu|teu|tua|tua_familia|teu_irmao|tua_irma|tua_mae|teu_pai',
    ],
    unless: ['festa|surpresa|presente|bolo|decoracao|bagunca|kk*|haha*|rsrs*|planta*|carro|bolo|celular|telemovel|comida|chocolate|nota|notas|boletim|time|equipa|fifa|jogo|partida|personagem|serie|novela|capitulo|episodio|temporada|tamagotchi|cabelo|unha*'],
    weight: 5,
    examples: {
      match: ['se tu nao me encontrar amanha eu vou ai e tu vai ver o q acontece com teu irmaozinho', 'vai ver o que acontece com tua familia'],
      ignore: ['vai ver o que acontece com teu personagem no proximo episodio', 'tu vai ver o q acontece com teu cabelo se usar isso kkk'],
    },
  },
  {
    // "sei em que escola andas, vou esperar-te à porta".
    id: 'know-your-school-ill-wait-r10',
    phrases: [
      'sei|descobri|ja_sei ..4 escola|casa|colegio|moras|mora|andas|anda|estudas|estuda|vives ..6 vou|vo|eu_vou ..1 esperar_te|te_esperar|te_buscar|buscar_te|te_pegar|pegar_te|apanhar_te|te_apanhar|atras_de_ti|atras_de_vc|ai|la',
    ],
    unless: ['juntos|juntas|irmos|ir_contigo|cinema|surpresa|presente|prenda|festa|carona|boleia|mae|pai|tia|tio|avo|kk*|haha*|rsrs*|combinado|saudade*'],
    weight: 5,
    examples: {
      match: ['sei em que escola andas, vou esperar-te à porta', 'descobri onde tu mora, vou te pegar'],
      ignore: ['sei em que escola andas, vou te buscar pra festa surpresa', 'ja sei onde moras, vou ai com a tua mae'],
    },
  },
  {
    // "amanhã espero-te à porta da escola e vais ver o que acontece a quem me bloqueia".
    id: 'see-what-happens-to-who-blocks-r11',
    phrases: [
      'vais|vai|vc_vai|tu_vais ..1 ver ..1 o_que|oq|o_q|que ..1 acontece|acontecera|vai_acontecer ..2 a_quem|com_quem|quem ..2 me|bloqueia|bloqueiam|ignora|ignoram|denuncia|denunciam|desobedece|conta|fala',
      'espero|espero_te|vou_esperar|te_espero|esperar_te|te_esperar|apanho_te|te_apanho|te_pego ..4 porta|saida|entrada|portao ..2 escola|colegio|casa|treino ..6 vais|vai|vc_vai ..1 ver|aprender|pagar|arrepender',
    ],
    unless: ['festa|surpresa|presente|prenda|bolo|kk*|haha*|rsrs*|jogo|partida|filme|serie|episodio|professor*|stor|prof|diretor|regulamento|falta|faltas|boleia|carona'],
    weight: 5,
    examples: {
      match: ['amanha espero-te a porta da escola, e aí vais ver o q acontece a quem me bloqueia', 'vais ver o que acontece a quem me ignora'],
      ignore: ['vais ver o que acontece a quem falta ao treino: o prof manda correr kkk', 'espero-te a porta da escola e vais ver a surpresa'],
    },
  },
  {
    // Stalking the school run: "sei q tu estuda na estadual perto da praça, te vejo todo dia", "ou eu vou lá na saída".
    id: 'i-see-you-at-school-r11',
    phrases: [
      'sei ..2 q|que|onde @you|tu ..1 estuda|estudas|andas|anda|moras|mora ..6 te_vejo|vejo_te|te_observo|te_sigo ..2 todo_dia|todos_os_dias|sempre|diariamente|toda_manha|toda_tarde',
      'ou|senao|se_nao ..3 eu ..1 vou|vo ..1 la|ai|ate_ai ..2 na|no|a ..1 saida|porta|portao|escola|colegio|tua_casa|sua_casa',
    ],
    unless: ['festa|surpresa|presente|prenda|kk*|haha*|rsrs*|boleia|carona|buscar|levar|mae|pai|tia|tio|avo|jogo|treino|aula|combinado|lanche|almoco|cafe'],
    weight: 5,
    examples: {
      match: ['mano eu sei q tu estuda na estadual perto da praça, te vejo todo dia', 'manda a foto ou eu vou la na saida e conto pra todo mundo'],
      ignore: ['responde ou eu vou la na saida te buscar com a tua mae', 'sei que estudas ai perto, te vejo todo dia no cafe kkk'],
    },
  },
  {
    // "tenho gente perto da tua casa".
    id: 'i-have-people-near-you-r11',
    phrases: [
      'tenho|conheco|mando ..1 gente|pessoal|amigos|uns_amigos|uns_caras|uns_gajos|manos|parceiros|uns_parceiros ..3 perto|ao_pe|na_porta|a_porta|na_rua|vigiar|vigiando|a_vigiar ..2 da|de|a @your|tua|sua|teu|seu ..1 casa|escola|rua|colegio|familia',
    ],
    unless: ['juntos|juntas|boleia|carona|festa|surpresa|kk*|haha*|rsrs*|ajudar|ajuda|mudanca|buscar|jantar|almoco|vizinh*|obra|entregas|entrega'],
    weight: 5,
    examples: {
      match: ['tenho gente perto da tua casa', 'mando uns caras vigiar a tua escola'],
      ignore: ['tenho amigos perto da tua casa, podemos ir juntos', 'conheco gente perto da tua casa que te pode dar boleia'],
    },
  },
  {
    // "eu sei em q escola vc estuda e a hora q vc sai. nao me testa": knowledge of routine plus a warning.
    id: 'i-know-your-school-dont-test-me-r12',
    phrases: [
      'sei|conheco|descobri ..3 escola|rua|casa|hora|horario|predio|bairro|onde ..6 sai|sais|saem|chega|chegas|moras|mora|estuda|estudas|treina|treinas ..6 nao_me_testa|nao_me_testes|nao_brinca_comigo|nao_brinques_comigo|toma_cuidado|se_cuida|cuida_te|fica_esperto|fica_esperta|fica_ligado|fica_ligada|nao_me_provoca|nao_me_provoques|pensa_bem|ve_la_o_que_fazes',
    ],
    unless: ['mae|pai|filho|filha|filhota|amor|te_buscar|buscar_te|carona|boleia|uber|surpresa|festa|aniversario|niver|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['eu sei em q escola vc estuda e a hora q vc sai. nao me testa', 'descobri a rua onde tu moras, toma cuidado', 'sei o horario que vc sai do treino, fica esperta'],
      ignore: ['filho eu sei a hora que vc sai, nao se atrasa e toma cuidado', 'sei onde vc mora, passo ai pra te buscar, se cuida'],
    },
  },
  {
    // "se chamar a policia tua familia paga": harm to the family for telling anyone.
    id: 'if-you-call-police-family-pays-r12',
    phrases: [
      'se|caso ..2 chamar|chamares|ligar|ligares|contar|contares|falar|falares|avisar|avisares ..3 policia|pm|190|112|psp|gnr|ninguem|alguem|pais|mae|pai ..5 @your|tua|sua|teus|seus ..1 @family ..2 paga|pagam|sofre|sofrem|morre|morrem|vai_pagar|vao_pagar|vai_sofrer|vao_sofrer|leva|levam|se_fode|se_lixa|vai_ver',
      'meu_parceiro|meus_parceiros|meu_mano|meus_manos|meus_caras|o_meu_parceiro|os_meus_parceiros|meu_pessoal|minha_gente ..3 ta|esta|estao|tao ..3 porta|frente|esquina|portao ..3 @your|tua|sua|da_tua|da_sua ..1 casa|escola|predio|rua',
    ],
    unless: ['festa|surpresa|aniversario|niver|entrega|encomenda|pizza|uber|ifood|mudanca|kk*|haha*|rsrs*|jogo|treino'],
    weight: 5,
    examples: {
      match: ['meu parceiro ta na porta da tua casa. se chamar a policia tua familia paga', 'se contares a alguem a tua mae sofre', 'se ligar pra policia teus pais vao pagar'],
      ignore: ['meu parceiro ta na porta da tua casa com a pizza kkk', 'se contares a alguem da surpresa a tua mae fica triste'],
    },
  },
  {
    // "se nao me responder vou ai hoje": showing up as the answer to silence.
    id: 'answer-or-i-come-over-r12',
    phrases: [
      'se ..1 [vc|tu] nao|n ..2 responder|responderes|atender|atenderes|pagar|pagares|mandar|mandares|desbloquear|desbloqueares ..3 vou|vo|eu_vou|irei ..1 ai|la|ate_ai|ate_tua_casa|na_tua_casa|na_sua_casa|a_tua_casa|te_procurar|te_buscar_na_escola|na_tua_escola|na_sua_escola',
    ],
    unless: ['buscar_o|buscar_a|buscar_os|buscar_as|pegar_o|pegar_a|devolver|livro|caderno|carregador|chave|chaves|mae|pai|filho|filha|amor|mano|mana|amiga|amigo|kk*|haha*|rsrs*|buscar_te_de_carro|boleia|carona|jantar|almocar|lanchar|estudar|trabalho|festa|jogar|preocupad*|tudo_bem|ta_tudo_bem'],
    weight: 4,
    examples: {
      match: ['se nao me responder vou ai hoje', 'se tu nao desbloqueares vou na tua escola'],
      ignore: ['se nao responderes vou a tua casa buscar o livro', 'filho se nao me atender vou ai te buscar', 'se nao responderes vou ai, to preocupada, ta tudo bem?'],
    },
  },
  {
    // "olha bem o que te vai acontecer se não pagares", "bloqueia-me e vais ver".
    id: 'see-what-happens-if-not-r12',
    phrases: [
      'o_que|oq|o_q ..1 [te|vai|te_vai] ..1 acontecer|acontece|te_acontece ..3 se ..1 nao|n ..1 pagar|pagares|mandar|mandares|fizer|fizeres|obedecer|obedeceres|responder|responderes',
      'bloqueia|bloqueia_me|me_bloqueia|bloqueie|bloqueias|bloqueares|bloquear|me_bloquear ..2 e|que ..1 vais_ver|vai_ver|vais_se_arrepender|vai_se_arrepender|te_arrependes|vais_te_arrepender',
    ],
    unless: ['kk*|haha*|rsrs*|lol|nota|notas|prova|teste|professor*|prof|jogo|partida|ranked|treino|mae|pai|chocolate|pizza|lanche|bolo'],
    weight: 4,
    examples: {
      match: ['olha bem o que te vai acontecer se não pagares', 'bloqueia-me e vais ver'],
      ignore: ['vê o que acontece à tua nota se não fizeres o trabalho', 'bloqueia-me e vais ver kkk'],
    },
  },
  {
    // "teu irmão vai se ver comigo", "vais-te ver comigo".
    id: 'youll-answer-to-me-r14',
    phrases: [
      'vai|vao|vais|ira ..1 se_ver|ver_se|te_ver|ver_te|se_entender|entender_se ..1 comigo',
      'vais_te|vai_te ..1 ver ..1 comigo',
    ],
    unless: ['jogo|partida|ranked|fifa|x1|1v1|treino|campo|quadra|xadrez|ringue|no_lol|no_ff|prova|teste|corrida|k|kk*|haha*|rsrs*|brinks|zoeira|nao_me_ganhas|na_proxima'],
    examples: {
      match: ['responde ou passo ai hoje de noite e teu irmao vai se ver comigo', 'se abrires a boca vais-te ver comigo'],
      ignore: ['no fifa vais-te ver comigo kkk', 'no x1 de amanha tu vai se ver comigo'],
    },
  },
  {
    // "tenho teu IP e teu endereço", "rastreei teu IP, sei a tua rua".
    id: 'i-have-your-ip-and-address-r15',
    phrases: [
      'tenho|sei|descobri|peguei|rastreei|puxei|achei ..2 @your|o_teu|o_seu ..1 ip ..4 endereco|morada|casa|rua|bairro|localizacao',
    ],
    unless: ['kk*|haha*|rsrs*|brinc*|zoeira|meme'],
    weight: 5,
    examples: {
      match: ['e nem pensa em sair do server que eu tenho teu IP e teu endereço', 'rastreei o teu ip, sei a tua morada'],
      ignore: ['tenho teu ip e teu endereço kkkk zoeira', 'o site pega o teu ip'],
    },
  },
  {
    // "vou aparecer na porta da tua casa hoje a noite".
    id: 'at-your-door-tonight-r15',
    phrases: [
      'vou|vo|eu_vou|ja_vou ..1 aparecer|bater|estar|ficar ..2 porta|portao|janela ..2 da|de ..1 tua|sua ..1 casa',
    ],
    unless: ['kk*|haha*|rsrs*|bolo|presente|prenda|surpresa|aniversario|pizza|buscar|carona|boleia|encomenda|entrega|livro|carregador|chave|chaves|cantar|parabens|mae_pediu|tua_mae|tua_avo|com_os_outros|a_galera|o_pessoal'],
    examples: {
      match: ['vou aparecer na porta da tua casa hoje a noite', 'vou bater na porta da sua casa se nao me responder'],
      ignore: ['vou aparecer na porta da tua casa com o bolo kkk', 'vou estar na porta da tua casa pra te buscar as 8'],
    },
  },
  {
    // "se nao mandar ate amanha eu te espero na saida", "senão apanho-te à porta da escola".
    id: 'or-ill-wait-for-you-r16',
    phrases: [
      'se ..2 nao|n ..6 te|vou_te|eu_te ..1 espero|esperar|esperando|pego|pegar|apanho|apanhar|encontro|acho ..2 na|a|no|ao|em ..1 saida|porta|portao|esquina|escola|colegio|rua|paragem|ponto',
      'senao|se_nao|caso_contrario|ou ..3 te|vou_te|eu_te ..1 espero|esperar|pego|pegar|apanho|apanhar ..2 na|a|no|ao ..1 saida|porta|portao|esquina|paragem|ponto ..2 [da|do] [escola|colegio|casa]',
    ],
    unless: ['carona|boleia|buscar|levar|lanche|sorvete|gelado|pizza|cinema|festa|aniversario|combinado|juntos|juntas|fila|chuva|chover|onibus|autocarro|metro|atrasar|atraso|mae|pai|cedo|jogo|treino'],
    examples: {
      match: ['se nao mandar ate amanha eu te espero na saida', 'senao te pego na saida da escola', 'se n responder hoje te espero no portao'],
      ignore: ['se nao chover te espero na saida pra irmos ao cinema', 'se nao der carona te espero no portao', 'se nao atrasar te pego na saida as 5'],
    },
  },
  {
    // "sei onde tua vó mora", "sei onde o teu pai trabalha": the family's address as a threat.
    id: 'i-know-where-your-family-lives-r16',
    phrases: [
      'sei|sabemos|descobri|ja_sei ..1 onde ..1 @your|o_teu|a_tua|o_seu|a_sua ..1 @family|vo|namorad*|irmazinha|irmaozinho ..1 mora|moram|vive|vivem|trabalha|trabalham|estuda|estudam|fica',
    ],
    unless: ['nao_sei|n_sei|se_sabes|sabes_onde|voce_sabe|vc_sabe|buscar|levar|carona|boleia|presente|prenda|encomenda|visita|almoco|jantar|festa'],
    examples: {
      match: ['se nao mandar ate amanha eu te espero na saida. e sei onde tua vo mora tb', 'sei onde o teu pai trabalha', 'ja sei onde a tua irma estuda'],
      ignore: ['sei onde tua vo mora, levo a encomenda amanha', 'sei onde teu pai trabalha, passo la pra buscar a chave'],
    },
  },
  {
    // "acerto contas contigo pessoalmente", "a gente resolve isso cara a cara".
    id: 'settle-it-in-person-r16',
    phrases: [
      'acerto|acerta|acertar|acertamos ..2 contas ..3 pessoalmente|cara_a_cara|na_porrada|no_soco|la_fora|na_saida|na_rua|ao_vivo',
    ],
    unless: ['dinheiro|pix|mbway|divida|reais|euros|pizza|conta_do|jantar|almoco|bar|mesada|emprestimo|devo|deves'],
    examples: {
      match: ['vou na tua casa e conto tudo pro teu pai, e depois acerto contas cntg pessoalmente', 'a gente acerta as contas cara a cara'],
      ignore: ['acerto contas contigo pessoalmente, te devo 20 reais da pizza', 'a gente acerta as contas amanha'],
    },
  },
  {
    // "sei que moras no predio azul", "ja sei que vives na rua das flores".
    id: 'i-know-your-building-r16',
    phrases: [
      'sei|ja_sei|descobri|sabemos ..1 que ..1 [tu|vc|voce] moras|mora|vives|vive ..2 no|na|num|numa ..3 predio|casa|rua|bairro|condominio|apartamento|andar|bloco|vivenda|travessa|avenida',
    ],
    unless: ['buscar|carona|boleia|festa|presente|prenda|encomenda|entregar|entrega|passo_ai|passo_la|vou_ai_pra|juntos|juntas|vizinh*|tambem_moro|eu_tambem|eu_tb|perto_de_mim|mae_disse|tua_mae'],
    examples: {
      match: ['sei que moras no predio azul', 'ja sei que vc mora na rua das flores'],
      ignore: ['sei que moras no predio azul, passo ai pra te buscar', 'sei que vc mora na rua 7, eu tb moro perto'],
    },
  },
  {
    // "sei em que escola estudas e a que horas sais, cuidado": knowing the routine, said as a warning.
    id: 'know-your-routine-r17',
    phrases: [
      'sei|eu_sei|ja_sei|sabemos ..3 escola|colegio|rua|morada|endereco|casa|predio ..6 horas|hora|horario|sais|saes ..6 cuidado|se_cuida|te_cuida|ve_la|veja_la|olha_la|melhor_nao|pensa_bem',
    ],
    unless: ['professor*|prof|diretor*|mae|pai|tia|tio|avo|vo|carrinha|transporte|boleia|carona|te_buscar|buscar_te|busco'],
    examples: {
      match: ['sei em que escola estudas e a que horas sais, cuidado com o que fazes', 'eu sei a tua rua e o horario q tu sai, ve la o q tu faz'],
      ignore: ['sei a escola e a hora que sais, a mae pediu pra te buscar, cuidado na rua', 'sei em que escola estudas, a que horas sais? vou te buscar'],
    },
  },
  {
    // Blocking as the trigger of a visit: "se me bloquear vou te esperar no portão".
    id: 'block-me-and-i-wait-for-you-r18',
    phrases: [
      'se|caso [@you] [me] ..1 bloquear|bloqueares|bloqueia|bloqueias|ignorar|ignorares|denunciar|denunciares|me_bloquear|me_ignorar ..4 [eu] vou|vo|eu_vou|irei ..1 te|ti|t ..1 esperar|pegar|apanhar|encontrar|achar|visitar|buscar ..4 saida|portao|escola|colegio|casa|porta|rua|paragem|ponto|esquina|aula',
      'bloqueia|bloqueias|bloqueie|bloqueares|me_bloquear|denuncia|denuncias|denunciares|ignora|ignoras ..6 to|tou|estou|vou_estar|apareco|vou_aparecer|vou_ai|vou_la|vou_bater ..3 porta|portao|saida|frente|casa|escola|colegio|predio',
      'bloqueia|bloqueias|bloqueie|ignora ..3 [e] [eu] vou|vo|eu_vou|irei ..1 te|ti|t ..1 esperar|pegar|apanhar|encontrar|achar|visitar ..4 saida|portao|escola|colegio|casa|porta|rua|paragem|ponto|esquina',
    ],
    unless: ['jogo|partida|ranked|fortnite|roblox|minecraft|free_fire|ff|servidor|server|lobby|k|kk*|haha*|rsrs*|lol|devolver|devolvo|entregar|entrego|casaco|boleia|carona|juntas|juntos|irmos'],
    weight: 5,
    examples: {
      match: ['sei em q escola vc estuda e a hora q sai. se me bloquear vou te esperar no portão', 'se me bloqueares vou-te apanhar à saida', 'bloqueia e vou te esperar na porta de casa', 'me bloqueia pra tu ver, amanha to na porta do teu colegio'],
      ignore: ['se me bloqueares no fortnite vou te pegar no proximo jogo', 'se me bloqueares vou te esperar na saida pra devolver o casaco', 'se me ignorares vou-te buscar a escola kkk'],
    },
  },
  {
    // A "visit" as the price of not paying: "vou fazer uma visita a tua familia se nao pagares".
    id: 'a-visit-unless-you-pay-r18',
    phrases: [
      'visita|visitinha|visitas ..3 @your|tua|teus|tuas ..1 familia|casa|mae|pais|escola|colegio|pai ..4 se|caso ..2 nao|n ..1 pagar|pagares|pagas|mandar|mandares|fizer|fizeres|responder|responderes|obedecer|obedeceres|colaborar|colaborares',
      'se|caso ..2 nao|n ..1 pagar|pagares|mandar|mandares|fizer|fizeres|colaborar|colaborares ..4 vou|vamos|vo ..2 visitar|fazer_uma_visita|fazer_uma_visitinha ..2 @your|tua|teus ..1 familia|casa|mae|pais|escola',
    ],
    unless: ['natal|aniversario|niver|almoco|jantar|ferias|pascoa|domingo|bolo|saudade*|quota|quotas|cota|divida|deves|cobrar|cobranca|emprestimo|lanche|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['vou fazer uma visita a tua familia se nao pagares', 'se nao colaborares vamos visitar a tua escola'],
      ignore: ['vou fazer uma visita a tua familia no natal se nao chover', 'se nao fizeres o bolo vou visitar a tua mae no domingo', 'se nao pagares a quota vou visitar a tua mae pra cobrar kkk'],
    },
  },
  {
    // Round 20: "a gente tem teu endereço" (a group holding the address), "tenho tua morada, lembra".
    id: 'we-have-your-address-r20',
    phrases: [
      'a_gente|nos|ja ..1 tem|temos ..1 @your|a_tua|a_sua|o_teu|o_seu ..1 endereco|morada|localizacao|cep|rua|casa',
      'tenho|ja_tenho|eu_tenho|sei ..1 @your|a_tua|a_sua|o_teu|o_seu ..1 endereco|morada|localizacao ..4 lembra|lembra_te|cuidado|posso|vou|vamos|apareco|aparecemos|se|senao|ou|entao|agora',
    ],
    unless: ['convite|convites|presente|prenda|entrega|encomenda|encomendas|correios|ctt|carta|postal|cadastro|sistema|ficha|pedido|compra|fatura|factura|loja|buscar|busco|te_buscar|boleia|carona|festa|aniversario|niver|jantar|uber|gps|maps|waze|mapa|mandar_o|enviar_o|recibo|seguro|escola_nova|matricula'],
    weight: 5,
    examples: {
      match: ['quem sai do grupo no meio é castigada. a gente tem teu endereço, lembra que vc mandou no formulario', 'tenho a tua morada, lembra-te disso', 'já temos o teu endereço'],
      ignore: ['já temos o teu endereço pra entrega da encomenda', 'tenho teu endereço, vou mandar o convite do niver', 'tenho a tua morada, passo aí pra te buscar às 8'],
    },
  },
  {
    // Round 21: "send them or I show up at your school's door tomorrow".
    id: 'or-i-show-up-at-your-school-r21',
    phrases: [
      'ou|senao|se_nao ..3 [eu] apareco|vou|passo|espero_te|te_espero|estou|vou_estar|fico ..3 porta|frente|saida|portao ..2 [da|do|de] [tua|teu|sua|seu] escola|colegio|casa|predio|trabalho|treino',
    ],
    unless: ['buscar|pegar|trazer|levar|caderno|livro|carregador|devolver|festa|surpresa|kk*|haha*|rsrs*|boleia|carona|sem_ti|sem_vc|sem_voce|sem_tu|embora'],
    examples: {
      match: ['manda as fotos que te pedi ou apareço à porta da escola amanhã', 'responde senao te espero na saida do colegio'],
      ignore: ['responde ou passo na porta da tua casa pra buscar o carregador', 'despacha-te senão vou sem ti pra frente da escola'],
    },
  },
  {
    // Round 22: a relative as the hostage: "se tu nao fizer o que eu digo tua irmazinha paga o pato".
    id: 'your-family-pays-r22',
    phrases: [
      '@your ..1 @family|irmazinha|irmaozinho|maezinha|cacula ..1 paga_o_pato|vai_pagar_o_pato|vai_pagar_por_isso|paga_por_isso|vai_sofrer|sofre|vai_se_machucar|se_machuca|vai_ver_so',
    ],
    unless: ['haha*|rsrs*|multa|conta|pizza|jantar|lanche|ingresso|ingressos|bilhete|viagem|boleto'],
    weight: 4,
    examples: {
      match: ['se tu nao fizer o que eu digo tua irmazinha paga o pato', 'sua mae vai sofrer se vc me bloquear'],
      ignore: ['tua mae vai pagar a pizza', 'teu irmao leva a bola'],
    },
  },
  {
    // r23: fake police at the door: "uma viatura sera enviada a sua residencia".
    id: 'squad-car-to-your-home-r23',
    phrases: [
      'viatura|viaturas|policia|policiais|agentes|oficial_de_justica ..3 sera|serao|vai|vao|ira|irao ..1 enviad*|ate|a|na|bater ..3 @your residencia|casa|morada|porta|escola',
      // "a policia federal vai te prender se nao pagar a multa".
      'policia|policial|delegado|delegada|agente|juiz|juiza|justica ..4 vai|vao|ira|irao ..1 te|ti ..1 prender|buscar|levar|deter ..4 se|caso ..2 nao|n ..1 pagar|pagares|pagas|transferir|fizer|fizeres',
    ],
    unless: ['se_alguem|caso_alguem|golpe|golpista|golpistas|reportagem|noticia|liga_190|chama_a_policia|chamar_a_policia|ladrao|assalto|roubo|vizinho|vizinhos|barulho|festa|audiencia|depoimento|testemunha|ajudar|proteger'],
    examples: {
      match: ['a policia federal vai te prender se nao pagar a multa', 'Caso nao seja efetuado ate as 20h, uma viatura sera enviada a sua residencia', 'os agentes vao ate sua casa hoje'],
      ignore: ['se alguem te ameaçar, a policia vai ate a sua casa ajudar', 'o vizinho chamou, a policia vai ate a tua casa por causa do barulho da festa'],
    },
  },
  {
    // Round 24: "acha q eu nao sei onde tu mora?", "teu irmao paga por ti na saida da escola".
    id: 'think-i-dont-know-where-r24',
    phrases: [
      'acha|achas|pensa|pensas|pensou|pensaste|achou|achaste ..1 que|q ..1 eu ..1 nao|n ..1 sei|descubro|vou_descobrir|acho ..1 onde ..2 mora|moras|vive|vives|estuda|estudas|trabalha|andas|anda',
      '@your|o_teu|a_tua ..1 irmao|irma|mae|pai|familia|irmaozinho|irmazinha ..2 paga|pagam|vai_pagar|vao_pagar|sofre|sofrem|vai_sofrer|leva|levam|apanha|apanham ..2 por_ti|por_voce|por_vc|no_teu_lugar|no_seu_lugar|na_saida|na_porta|a_saida|na_rua',
    ],
    unless: ['golpe|golpes|palestra|noticia|reportagem|jogo|partida|ranked|multa|conta|juros|entrega|encomenda|pizza|uber|juntos|juntas|colega|colegas|vizinho|vizinha|vizinhos|primo|prima'],
    weight: 5,
    examples: {
      match: ['acha q eu nao sei onde tu mora? rua das flores, casa amarela.', 'paga o q deve ou teu irmao paga por ti na saida da escola', 'pensas que eu nao sei onde estudas?'],
      ignore: ['achas que eu nao sei onde moras? vou levar a pizza', 'o teu pai paga por ti a conta do jantar', 'pensas que eu nao sei onde estudas? fomos juntos no 5 ano'],
    },
  },
  {
    // Round 25: "se contar pra alguem eu te pego na saida": harm as the price of telling.
    id: 'if-you-tell-anyone-i-get-you-r25',
    phrases: [
      'se|caso ..1 [tu|vc|voce] contar|contares|falar|falares|disser|disseres ..2 pra|para|a|ao|aos|pro|pros|pras ..1 alguem|ninguem|policia|teus_pais|seus_pais|tua_mae|sua_mae|teu_pai|seu_pai|diretor|diretora ..6 te_pego|te_apanho|te_encontro|vou_ai|te_acho|te_quebro|te_arrebento|acabo_contigo|te_mato|vou_atras|vou_a_tua_casa|vou_a_sua_casa|vou_na_tua_casa|vou_na_sua_casa|vou_a_tua_escola|apareco_ai|apareco_na_tua|apareco_na_sua',
    ],
    unless: ['k|kk*|haha*|rsrs*|surpresa|festa|presente|spoiler|final|filme|serie|episodio|livro|crush|segredo_da_festa|jogo'],
    examples: {
      match: ['se contar pra alguem eu te pego na saida, sei teu horario e teu caminho', 'se tu contares à policia eu vou ai e acabo contigo', 'se falar pros teus pais te arrebento', 'se falares a alguem vou a tua casa'],
      ignore: ['se contar pra alguem do final do filme eu te mato kkk', 'se contares a alguem da festa surpresa eu mato-te'],
    },
  },
  {
    // Round 27: stalking the daily route: "sei q vc pega o 475 todo dia as 7 e 10 na frente da padaria".
    id: 'i-know-your-bus-r27',
    phrases: [
      'sei|ja_sei|sabemos|descobri|conheco ..3 @you ..1 pega|pegas|apanha|apanhas|sai|sais|passa|passas|chega|chegas|espera|esperas ..6 todo_dia|todos_os_dias|toda_manha|todas_as_manhas|toda_tarde|todas_as_tardes|sempre|sozinha|sozinho|a_mesma_hora|no_mesmo_horario',
      'sei|ja_sei|sabemos|descobri ..2 a_que_horas|que_horas|o_horario ..3 @your|o_teu|o_seu ..1 onibus|autocarro|busao|comboio|trem|metro|van|carrinha ..1 passa|sai|chega|para',
      'sei|ja_sei|sabemos|descobri|conheco ..3 o|a|qual ..1 onibus|autocarro|busao|metro|comboio|trem|van|carrinha|linha ..3 [@you] pega|pegas|apanha|apanhas|usa|usas ..6 cuidado|sozinha|sozinho|todo_dia|todos_os_dias|sempre|seria|um_dia|qualquer_dia',
    ],
    unless: ['vou_junto|vou_contigo|vamos_juntos|vamos_juntas|me_espera|espera_me|te_espero|bora_junto|bora_juntos|carona|boleia|eu_tambem|tb_pego|tambem_pego|tambem_apanho|mae|pai|avo|vo|tia|tio|irma|irmao|prof*|professor*|motorista|pontual|atrasad*|greve|horario_novo|mudou_o_horario|mudou|mudaram|vai_mudar|cancelad*', 'k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['sei q vc pega o 475 todo dia as 7 e 10 na frente da padaria', 'ja sei qual autocarro apanhas, sempre sozinha', 'descobri que tu sais sozinha todos os dias as 6', 'sei a que horas o teu onibus passa'],
      ignore: ['sei q vc pega o 475, me espera no ponto q eu vou junto', 'sei que tu apanhas o autocarro todos os dias as 8, o horario mudou', 'sei que a tua mae te busca sempre as 5'],
    },
  },
  {
    // Round 27: the veiled "seria uma pena se alguém te esperasse lá amanhã".
    id: 'shame-if-someone-waited-for-you-r27',
    phrases: [
      'pena|chato|triste|mau|horrivel|perigoso ..3 se ..2 alguem|alguns|uns|eu|os_meus_amigos|uns_amigos|uns_caras|uns_gajos ..2 te|ti ..1 esperasse|esperassem|encontrasse|encontrassem|pegasse|pegassem|seguisse|seguissem|visitasse|visitassem|aparecesse|apanhasse|apanhassem|fizesse_algo|acontecesse',
      'pena|chato|triste ..3 se ..2 te|ti|contigo|a_ti|com_vc ..1 acontecesse ..1 alguma_coisa|algo|qualquer_coisa',
      'pena|chato|triste ..3 se ..1 acontecesse ..1 alguma_coisa|algo|qualquer_coisa ..1 contigo|a_ti|com_vc|com_voce|com_tu|com_a_tua_mae|com_a_tua_familia|com_tua_mae|com_tua_familia|com_teu_irmao|com_o_teu_irmao|com_a_tua_irma|com_tua_irma',
    ],
    unless: ['surpresa|festa|aniversario|niver|presente|prenda|esconde|escondido|esconderijo|jogo|partida|esconde_esconde|perdeste|perdesses|cheques|chegasses|atrasad*|chuva|nao_fosses|faltasses|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['seria uma pena se alguém te esperasse lá amanhã né', 'era chato se uns amigos meus te encontrassem na saida', 'seria uma pena se te acontecesse alguma coisa', 'seria uma pena se acontecesse alguma coisa contigo no caminho pra casa'],
      ignore: ['seria uma pena se alguem te encontrasse antes da festa surpresa', 'que pena se ninguem te esperasse na estacao, eu vou la'],
    },
  },
  {
    // Round 28: "to aqui na frente da tua escola agora": the stalker announcing where they are, without a friend's errand.
    id: 'im-outside-your-school-now-r28',
    phrases: [
      'to|tou|estou|eu_to|eu_estou|ja_to|ja_estou|tamo|estamos|tamos|fico|vou_ficar ..1 [aqui|ai|mesmo] ..1 na_frente|em_frente|a_porta|na_porta|no_portao|do_lado_de_fora|la_fora|fora|perto|pertinho|na_saida|a_saida|na_esquina ..2 [da|do|de] tua|teu|sua|seu escola|colegio|casa|predio|treino|igreja|curso|explicacao|explicacoes ..2 agora|neste_momento|agorinha|te_esperando|a_tua_espera|a_sua_espera|te_vendo|a_ver_te|te_observando|a_observar_te|esperando_vc|esperando_voce|a_esperar_te|vi_vc_entrando|vi_te_a_entrar|te_vi_entrar|vi_vc_saindo|vi_te_a_sair|te_vi_sair',
    ],
    unless: ['desce|desca|descer|abre|abra|abrir|portao|campainha|interfone|buzin*|atrasad*|atrasar|atrasando|cinema|bora|vamos|vamo|buscar|carona|boleia|cheguei|trouxe|trazer|entregar|devolver|mae|pai|tia|tio|avo|uber|taxi|onde_vc_ta|onde_tas|onde_estas|cade|kd|sai_logo|despacha|anda_logo|vem_logo|pizza|encomenda|entrega|kk*|haha*|rsrs*|surpresa|presente|prenda|festa|combinado|combinamos|ensaio|jogo|aula|estudar|lanche|almoco|cafe|sorvete|gelado|acai'],
    examples: {
      match: ['to na frente do teu colégio, vi vc entrando', 'to aqui na frente da tua escola agora', 'estou à porta do teu prédio neste momento', 'to na saida do teu colegio te esperando'],
      ignore: ['to na saida da escola te esperando pra gente ir pro shopping', 'tô na frente da tua escola agora, desce logo', 'to aqui na frente da tua casa agora, abre o portao', 'estou à porta da tua casa agora com a pizza kkk'],
    },
  },
  {
    // Round 28: the showing-up threat as a question after an address or a refusal: "quer q eu apareça ai?".
    id: 'want-me-to-show-up-r28',
    phrases: [
      'quer|queres|qr|queria|queres_mesmo ..1 que|q ..1 [eu] apareca|apareco|va_ai|va_la|passe_ai|bata ..2 ai|la|na_tua|na_sua|a_tua|a_sua|a_porta|na_porta|na_escola|em_casa|hoje|amanha|pessoalmente',
    ],
    unless: ['mais_tarde|depois|logo_mais|a_noite|fim_de_semana|sabado|domingo|ajudar|ajudo|buscar|levar|festa|estudar|jogar|trazer|pizza|filme|kk*|haha*|rsrs*|bora|com_o|com_a|aniversario|niver|surpresa|cafe|lanche|almoco|jantar|ensaio|treino|conversar_com_a_tua_mae|cuidar|doente|remedio|sopa|tpc|trabalho|devolver|emprestar|carregador|livro|caderno|chave|chaves'],
    weight: 2,
    examples: {
      match: ['quer q eu apareça ai?', 'queres que eu apareça na tua escola amanha?'],
      ignore: ['quer que eu apareça aí mais tarde?', 'quer q eu apareça ai pra ajudar com o trabalho?', 'queres que eu apareça aí com a pizza?'],
    },
  },
  {
    // Round 28: the stalker's detail: when the child leaves and what they wear ("vc sai as 12:30 né? casaco azul").
    id: 'when-you-leave-what-you-wear-r28',
    phrases: [
      '@you|tu ..1 sai|sais|saes|saiu|saiste ..1 [as|a|da|do|de] ..2 # ..6 casaco|casaquinho|camisola|moletom|mochila|blusa|jaqueta|camiseta|sweat|capuz|bone|saia|uniforme|vestido|tenis|casaco_azul',
    ],
    unless: ['leva|leve|levar|levas|chover|chuva|frio|esquece*|buscar|pego|passo|carona|boleia|kk*|haha*|rsrs*|onde_compraste|onde_comprou|gostei|combina|shopping|loja|empresta|emprestas|devolve|mae|pai|avo'],
    weight: 2,
    examples: {
      match: ['vc sai as 12:30 ne? casaco azul', 'tu sais às 17h, mochila preta e capuz'],
      ignore: ['vc sai as 12:30? leva o casaco que vai chover', 'tu sais as 18h? passo ai e te levo o casaco'],
    },
  },
  {
    // Round 28: "to te vendo agora", "estou a ver-te da janela do carro": watching the child, without a stream or a laugh.
    id: 'i-am-watching-you-now-r28',
    phrases: [
      'to_te_vendo|te_to_vendo|tou_te_vendo|estou_te_vendo|estou_a_ver_te|tou_a_ver_te|to_a_ver_te|to_vendo_vc|to_vendo_voce|te_observando|a_observar_te|to_de_olho_em_vc|estou_de_olho_em_ti|to_de_olho_em_ti ..4 agora|daqui|da_janela|do_carro|da_rua|de_longe|la_fora|na_rua|na_escola|no_recreio|na_saida|casaco|mochila|camisola|blusa|colegio|escola|casa|predio',
    ],
    unless: ['kk*|haha*|rsrs*|live|stream|transmissao|video|jogo|partida|tela|ecra|camera|cam|chamada|aula|palco|apresenta*|show|danca|mae|pai|avo|boleia|carona|buscar|espera_ai|ja_chego|to_chegando|acena|acenei|oi|ola|buzina'],
    weight: 2,
    examples: {
      match: ['estou a ver-te da janela do carro', 'to te vendo agora, casaco azul', 'estou de olho em ti da rua'],
      ignore: ['te vi saindo da escola hoje, tava com pressa?', 'to te vendo na live kkk', 'estou a ver-te daqui, acena', 'te vi saindo da escola, espera ai que ja chego'],
    },
  },
  {
    // Round 28: the stalker's knowledge of class and timetable: "sei qual é a tua turma e a que horas sais".
    id: 'i-know-your-class-and-times-r28',
    phrases: [
      'sei|sabemos|ja_sei|descobri ..3 a_que_horas|que_horas|quando|o_horario_que ..2 [@you|tu] ..1 sais|sai|saes|chegas|chega|entras|entra|acabas|acaba',
      'sei|sabemos|ja_sei|descobri ..1 qual_e|qual|qual_eh ..1 a|o ..1 tua|teu|sua|seu ..1 turma|sala|escola|colegio|casa|rua|horario|predio|autocarro|onibus',
    ],
    unless: ['lista|pauta|vi_na|no_site|no_portal|no_grupo', 'passo|buscar|boleia|carona|levar|te_levo|espero_te_pra|vamos|bora|mae|pai|avo|tia|tio|lanche|almoco|jantar|kk*|haha*|rsrs*|festa|surpresa|presente|prenda|aniversario|niver|a_prof|o_prof|professor*|diretor*|secretaria|reuniao|matricula|inscri*|horario_novo|horarios_novos|mudou|mudaram|jogo|treino'],
    weight: 2,
    examples: {
      match: ['sei qual é a tua turma e a que horas sais', 'ja sei a que horas vc sai da escola'],
      ignore: ['sei qual é a tua turma, vi na lista', 'sei a que horas sais, passo ai e te levo', 'sei qual é a tua turma, a prof disse na reuniao'],
    },
  },
  {
    id: 'coming-over-i-know-where-r29',
    // Round 29: "passo ai na tua casa amanha, sei q fica perto da escola": turning up, with the address already known.
    phrases: [
      'passo|vou|apareco|aparecer|bato|bater|vou_bater ..2 ai|la|na_porta ..3 tua|sua|teu|seu casa|porta|predio|rua ..6 sei|ja_sei|descobri ..1 que|q|onde ..1 fica|ficas|mora|moras|mores|vives|e|estudas|estuda',
      'sei|ja_sei|descobri ..1 que|q|onde ..1 fica|mora|moras|vives ..6 passo|vou|apareco|bato ..2 ai|la|na_tua_casa|na_sua_casa|a_tua_porta|na_tua_porta|a_sua_porta',
    ],
    unless: ['buscar|te_buscar|boleia|carona|juntos|juntas|festa|trabalho_de_grupo|estudar|levar_te|te_levar|devolver|entregar_o|entregar_a|presente|bolo|kk*|haha*|rsrs*'],
    examples: {
      match: ['passo ai na tua casa amanha, ja sei q fica perto do mercado', 'ja sei onde moras, passo ai hoje de noite', 'apareco ai na tua casa hoje, descobri onde fica'],
      ignore: ['passo ai na tua casa amanha pra te buscar, sei q fica perto da escola', 'sei onde moras, passo ai com o bolo', 'passo ai na tua casa pra estudar, sei onde fica'],
    },
  },
  {
    // Round 31: the stalker recites a relative's routine: "a tua irmã sai da escola às 17h", "teu irmaozinho sai da creche ao meio dia sozinho".
    id: 'your-family-routine-r31',
    phrases: [
      '@your ..1 @family|irmazinha|irmaozinho|maezinha|cacula|namorad* ..2 sai|sais|chega|entra|acaba|passa|vai|volta ..3 escola|colegio|creche|liceu|trabalho|treino|natacao|catequese|ballet|aula|aulas|explicacoes|curso|ginasio|academia ..3 #|meio_dia|sozinha|sozinho|sozinhos|sozinhas|todo_dia|todos_os_dias|sempre',
      '@your ..1 @family|irmazinha|irmaozinho|maezinha|cacula|namorad* ..2 sai|chega|entra|acaba|volta ..2 # ..3 escola|colegio|creche|liceu|trabalho|treino|natacao|catequese|ballet|aula|aulas|explicacoes|curso|ginasio|academia',
      '@your ..1 @family|irmazinha|irmaozinho|maezinha|cacula|namorad* ..2 sai|chega|volta|vai ..1 sozinha|sozinho|sozinhos|sozinhas ..3 escola|colegio|creche|trabalho|treino|casa',
    ],
    unless: ['buscar|ir_buscar|vai_buscar|vais_buscar|buscala|busca_la|buscalo|busca_lo|levar|levas|leva|pegar|pega|boleia|carona|lembra|lembrete|nao_te_esquecas|nao_esquece|nao_esquecas|avisa|avisar|avisou|disse|disse_me|me_disse|espera_por_ela|espera_por_ele|esperas_por|esperem|espera_a|espera_o|abre|abrir|abres|porta_aberta|chave|chaves', 'janta|jantar|lanche|almoco|almoca|come|comer|aquece|microondas|fica_em_casa|fica_com|cuida|cuidar|toma_conta|tomas_conta|liga|liga_lhe|ligar|hoje|hj|amanha|logo|mais_cedo|mais_tarde|esta_noite|depois|antes|so|entao|por_isso|horario_novo|mudou|mudaram|atrasad*|greve|feriado|ferias|reuniao|festa|aniversario|surpresa|presente|prenda|kk*|haha*|rsrs*'],
    weight: 3,
    examples: {
      match: ['a tua irmã sai da escola às 17h', 'teu irmaozinho sai da creche ao meio dia', 'sua mae chega do trabalho as 19, eu sei', 'a tua irmã volta sozinha da escola', 'sei que tua irma sai as 5 da escola'],
      ignore: ['a tua irmã sai da escola às 17h, podes ir buscá-la?', 'o teu irmão sai do treino às 19, espera por ele', 'a tua mae chega do trabalho as 19, janta sozinho', 'teu irmao sai da escola as 12 hoje por causa da greve', 'o teu pai chega as 7 do trabalho hoje', 'a tua mae so chega do trabalho as 20'],
    },
  },
  {
    // Round 31: the address recited back, street and building: "moras na rua do Bonfim, prédio amarelo". Vague alone.
    id: 'your-address-recited-r31',
    phrases: [
      '@you|tu|vc ..1 moras|mora|vives|vive ..1 na|no|em|numa|num ..1 rua|avenida|av|travessa|largo|praceta|praca|estrada|alameda|bairro|condominio ..4 predio|casa|vivenda|andar|bloco|porta|apartamento|apto|portao|numero|#',
      'moras|mora|vives|vive ..1 na|no|em|numa|num ..1 rua|avenida|av|travessa|largo|praceta|praca|estrada|alameda|bairro|condominio ..4 predio|casa|vivenda|andar|bloco|porta|apartamento|apto|portao|numero|#',
    ],
    unless: ['tambem|tb|eu_moro|moro|morava|morei|avo|vo|vovo|tia|tio|prima|primo|vizinh*|perto_de_mim|ao_pe|do_lado|ao_lado|buscar|levar|boleia|carona|festa|presente|prenda|encomenda|entrega|uber|taxi|gps|maps|kk*|haha*|rsrs*|confirma|confirmas|qual|quais|nao|n|mudaste|mudou|mudar|nova|novo|lindo|linda|gira|giro|bonit*|fixe|top|sorte|perto_da|perto_do|longe|visita|visitar|jantar|almoco|lanche|estudar|trabalho|postal|carta|morada_para|endereco_para|formulario|inscri*|ficha'],
    weight: 2,
    examples: {
      match: ['moras na rua do Bonfim, prédio amarelo', 'vc mora na avenida central, casa 45', 'vives na travessa das flores, 3º andar'],
      ignore: ['moras na rua do Bonfim? a minha avó também mora lá', 'vc mora na avenida central, casa 45? passo ai pra te buscar', 'moras na rua nova, casa 12, certo? é pra encomenda'],
    },
  },
  {
    // Round 39: "vou na porta da tua escola amanha e vc vai se arrepender de ter nascido": going to
    // the person's school or door, then a promise of harm.
    id: 'at-your-school-you-will-regret-r39',
    phrases: [
      'vou|vamos|eu_vou|to_indo|tou_indo|estou_indo|vou_estar|vou_ficar|apareco|vou_aparecer ..2 porta|portao|saida|entrada|frente ..2 tua|tuas|teu|sua|seu|da_tua|da_sua|do_teu|do_seu ..1 escola|colegio|casa|predio|treino|curso ..6 arrepender|arrependeres|arrependes|vais_ver|vai_ver|vais_pagar|vai_pagar|vais_sofrer|vai_sofrer|apanhar|levar_porrada|vai_apanhar|vais_apanhar|de_ter_nascido|te_arrebento|te_quebro|te_mato',
      'vai|vais|voce_vai|vc_vai|tu_vais ..2 arrepender|arrependeres ..1 de_ter_nascido',
    ],
    unless: ['haha*|rsrs*|kk*|kkk*|zoeira|zoando|brincadeira|trote|spoiler|serie|filme|episodio|jogo|treino|prova|exame|professor|prof|professora|dieta|comer|comeste|comeu|pimenta|musica'],
    weight: 5,
    examples: {
      match: ['amanha vou na porta da sua escola e vc vai apanhar', 'to indo pra frente da tua casa, vais ver', 'tu vais te arrepender de ter nascido'],
      ignore: ['vou na porta da tua escola amanha te buscar pro dentista', 'vc vai se arrepender de ter nascido se nao vir essa serie kkk', 'vou estar na saida da tua escola com o lanche'],
    },
  },
] satisfies PatternEntry[];
