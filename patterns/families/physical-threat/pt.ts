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
      'te|ti ..1 espero|esperamos|apanho|pego ..2 saida|porta|rua|escola ..3 e_vais_ver|vais_ver|vai_ver|pra_te_bater|e_te_bato|e_te_parto',
      'ninguem ..1 vai ..1 te|ti ..1 proteger|salvar|ajudar',
      'sei|conheco ..2 quem [e|eh|sao] @your ..1 @family ..3 e onde',
    ],
    unless: ['jogo|partida|fifa|efootball|x1|1v1|ranked|round|ronda|xadrez|futebol|futsal|basquete|treino|fortnite|free_fire|freefire|minecraft|roblox|lol|cs|valorant|k|kk*|haha*|rsrs*|spoiler'],
    examples: {
      match: ['vou-te partir a cara se não fizeres o que eu digo', 'vou te quebrar a cara', 'parto-te os dentes', 'se nao fizer o que eu mando vou ai te pegar', 'vou fazer mal à tua família', 'vou machucar sua mãe', 'vais levar porrada', 'ninguém vai te proteger'],
      ignore: ['vou-te partir a cara no fifa hoje', 'vou te quebrar a cara kkkk', 'vou te matar nessa partida kkkk', 'vou aí te buscar às 8', 'vou lá no jogo te pegar kk'],
    },
  },
  {
    id: 'or-ill-come-over',
    phrases: [
      'senao|se_nao|ou|caso_contrario ..6 vou|vamos|irei|vo|apareco|aparecemos|bato ..3 @your|ai_na_tua|ai_na_sua|ai_em ..1 casa|porta|escola|colegio|rua|trabalho',
    ],
    unless: ['buscar|levar|te_buscar|jantar|festa|almoco|lanche|visita|visitar|devolver|entregar|ajudar|estudar|dormir|jogar|pizza|bolo|filme|haha*|rsrs*|kk*|trabalho_de_grupo|presente|prenda'],
    examples: {
      match: ['se nao mandar mais video vou ai na sua casa', 'ou pagas ou apareço na tua escola', 'senão vou à tua casa'],
      ignore: ['se nao vier vou ai na sua casa te buscar', 'se nao me devolver o livro vou ai na tua casa kkk'],
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
] satisfies PatternEntry[];
