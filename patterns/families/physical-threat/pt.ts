import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'i-know-where-you-live',
    phrases: [
      'sei|sabemos|descobri|descobrimos|ja_sei ..2 onde ..1 moras|vives|estudas|andas|trabalhas|fica_tua_casa|fica_sua_casa|e_a_tua_casa|e_a_sua_casa',
      'sei|sabemos|descobri|descobrimos|ja_sei ..2 onde @you ..1 mora|vive|estuda|anda|trabalha|fica',
      'sei|sabemos|descobri|conheco|ja_sei ..2 @your ..1 casa|rua|endereco|morada|escola|colegio|bairro',
      'vi|conheco ..2 @your ..1 casa|rua|endereco|morada ..3 story|stories|foto|fotos|maps|google|insta',
    ],
    unless: ['festa|convite|entrega|encomenda|presente|uber|taxi|bolo|fui_ai|fui_la|buscar|levar|entregar|devolver|livro|visita|jantar|boleia|carona', 'nao|n|nem sei|sabemos'],
    examples: {
      match: ['eu sei onde vc mora', 'rua das flores né? vi sua casa no story', 'sei a tua morada', 'descobri onde estudas'],
      ignore: ['sei onde fica a festa', 'nao sei onde estuda o joao', 'vi a tua casa nova, é linda! fui lá na festa'],
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
    ],
    unless: ['jogo|partida|fifa|efootball|x1|1v1|ranked|round|ronda|xadrez|futebol|futsal|basquete|treino|fortnite|free_fire|freefire|minecraft|roblox|lol|cs|valorant|k|kk*|haha*|rsrs*|spoiler', 'colega*|amigo_do|amiga_da|trabalhamos|somos|igreja|vizinho*|teste|prova|exame|aula|frio|calor|vacina|dentista|medico|pra_levar|para_levar|levar_o|levar_a|levar_te|te_levar|buscar|entregar|devolver|bolo|presente|prenda|encomenda|visita|jantar|almoco|lanche|festa|surpresa'],
    examples: {
      match: ['vou partir-te todo', 'vou mandar uns caras ai te pegar', 'a tua irmã também vai sofrer', 'posso aparecer na tua porta a qualquer momento', 'vou-te partir a cara se não fizeres o que eu digo', 'vou te quebrar a cara', 'parto-te os dentes', 'se nao fizer o que eu mando vou ai te pegar', 'vou fazer mal à tua família', 'vou machucar sua mãe', 'vais levar porrada', 'ninguém vai te proteger'],
      ignore: ['o teu irmão vai sofrer no teste de matemática', 'posso aparecer na tua porta a qualquer momento pra levar o bolo?', 'vou partir-te todo no fifa', 'o teu pai vai pagar o jantar', 'mando uns amigos te buscar', 'vou-te partir a cara no fifa hoje', 'vou te quebrar a cara kkkk', 'vou te matar nessa partida kkkk', 'vou aí te buscar às 8', 'vou lá no jogo te pegar kk'],
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
] satisfies PatternEntry[];
