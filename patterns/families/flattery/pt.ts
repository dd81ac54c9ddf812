import type { PatternEntry } from '../../schema';

const PRAISE = 'linda|lindo|lindinha|lindinho|lindissima|lindissimo|gata|gato|gatinha|gatinho|perfeita|perfeito|maravilhosa|maravilhoso|fofa|fofo|fofinha|especial|incrivel|bonita|bonito|bonitinha|princesa|deusa|anjo|gira|giro|linda_demais|diferente|unica|unico|madura|maduro|inteligente|top|espetacular|apaixonante|encantadora|encantador|cute|pretty|gorgeous|beautiful';

export default [
  {
    id: 'mature-for-age',
    phrases: [
      'madura|maduro|madurinha|adulta|adulto|esperta|esperto|velha|velho|crescida|crescido ..4 pra|para|da [a] @your idade',
      'parece|pareces|aparenta|aparentas ..2 [bem|muito|mt|mais] [mais] velha|velho|madura|maduro|adulta|adulto|crescida|crescido',
      'nao|n|nem parece|pareces|aparenta|aparentas ..1 ter|que_tem|que_tens|q_tem|q_tens|que_so_tem|q_so_tem|que_so_tens|que_ainda_tem|q_ainda_tem # [anos]',
      'conversa|conversas|fala|falas|pensa|pensas|age|ages ..1 melhor_que|melhor_q|melhor_do_que|como|que_nem|q_nem|tipo ..2 mulher|mulheres|adulta|adultas|mulher_feita|mulherao|gente_grande|mulher_de_20|mina_de_20',
      'diferente das|dos|de [outras|outros] meninas|meninos|garotas|garotos|raparigas|rapazes|miudas|miudos|gurias|guris|pessoas',
      '@you ..2 diferente ..2 outras|outros|todas|todos',
      'nao|n e|eh|es como as|os outras|outros|demais',
      'madura|maduro|maturidade ..3 @your idade',
      'tens|tem uma|muita|tanta maturidade',
      'mais madura|maduro|crescida|crescido|adulta|adulto|esperta ..3 que|do_que ..3 outras|outros|meninas|raparigas|miudas|colegas|amigas|garotas|gurias|mulher|mulheres|mulher_adulta|mulheres_adultas|muita_mulher|muitas_mulheres|gente_grande|adultas',
      // Round 37: "os da tua idade nao sabem tratar uma menina como vc".
      'os|meninos|garotos|rapazes|miudos|guris|moleques|putos|gajos ..1 da|de ..1 @your idade ..2 nao|n ..1 sabem|sabe|conseguem|merecem|te_merecem|te_valorizam|dao_valor ..3 tratar|valorizar|dar_valor|cuidar_de|menina|mulher|garota|rapariga|guria|miuda',
      'nenhuma|nenhum ..1 menina|menino|garota|garoto|rapariga|rapaz|miuda|miudo|guria|guri ..2 da|de ..1 @your|tua|sua idade ..3 e|eh|sao|como',
      '@your @family ..3 nao|n ..1 te|ti ..1 valorizam|valoriza|merecem|merece|entendem|entende|compreendem|compreende|dao_valor|percebem ..2 como_eu|como_eu_te|como_eu_fa*|igual_a_mim',
    ],
    // Age-referencing praise is the grooming marker the reports name: heavier than "linda".
    weight: 2,
    // The age of a thing, not of the person: "nem parece que tem 2 anos esse carro".
    unless: ['carro|casa|predio|moto|mota|celular|telemovel|computador|pc|cao|cachorro|bicicleta|bike|tenis|casaco|sofa|relogio'],
    examples: {
      match: ['voce e mais madura que muita mulher de 30', 'os garotos da tua idade nao sabem tratar uma menina assim', 'os meninos da sua idade nao te merecem, menina como vc', 'és muito mais madura que as meninas da tua turma', 'tens uma maturidade incrível', 'nenhuma menina da tua idade é como tu', 'seus pais nao te valorizam como eu', 'vc parece bem mais madura pra sua idade', 'és muito madura para a tua idade', 'vc é diferente das meninas da sua idade', 'não és como as outras', 'nem parece que tens 13 anos', 'nem parece q tem 13', 'conversa melhor q mt mulher', 'fala como uma mulher feita'],
      ignore: ['os da tua idade nao sabem jogar xadrez', 'a manga ainda nao ta madura', 'vc parece cansada', 'a banana está madura', 'ele é diferente dos outros jogos', 'ela fala como a mae dela kkk', 'nem parece que tem 2 anos esse carro'],
    },
  },
  {
    id: 'youre-beautiful',
    phrases: [
      '@you ..1 e|eh|es|e|ta|tas|fica|ficas|eras ..3 ' + PRAISE.replace(/\|diferente/, ''),
      // Round 28: the past tense ("vc tava linda ontem").
      '@you ..1 tava|tavas|estava|estavas|ficava|ficavas ..2 ' + PRAISE.replace(/\|diferente|\|unica|\|unico|\|top|\|inteligente/g, ''),
      'que|q|como|mt|muito|tao ' + PRAISE.replace(/\|diferente|\|unica|\|unico|\|top|\|inteligente/g, '') + ' [que] @you',
      'es|eh mesmo|tao|muito|mt|super|demasiado|bue|bem|mm ' + PRAISE,
      'es|vc_e|tu_es|voce_e ' + PRAISE.replace(/\|diferente|\|unica|\|unico|\|top|\|inteligente/g, '') + ' demais|demasiado|de_mais|pra_caramba|sabias|sabia',
      '@you e|eh|es a|o mais ' + PRAISE,
      'que|q es|vc_e|voce_e|tu_es|vc_eh [muito|mt|tao|bue|mesmo|super] ' + PRAISE,
      'te|ti acho|achei|considero ..2 ' + PRAISE,
      '@you|tens|tem ..1 cara|corpo|jeito|rosto de modelo|atriz|princesa|anjo|boneca|deusa',
      'sua|tua|teu|seu ..1 foto|fotos|sorriso|olhos|boca|corpo|cabelo ..1 e|eh|sao|ficou ..2 linda|lindo|lindos|lindas|perfeita|perfeito|perfeitos|maravilhosa|maravilhoso|incrivel|incriveis',
      'achei|acho ..3 @your perfil ..3 lind*|bonit*|perfeit*|incrive*|interessante|gir*',
      'nunca vi|conheci ..3 alguem|ninguem|menina|garota|rapariga ..2 tao|mais ..1 lind*|especial|perfeit*|bonit*',
      'es|vc_e|voce_e|tu_es|vc_eh|tu_e ..3 mais lind*|bonit*|gira|giro|especial|perfeit* ..3 que ..2 vi|conheci|conheco',
      'oi|oii|oie|ola|ei|eae|e_ai|opa|hey|bom_dia|boa_noite|boa_tarde gata|gatinha|linda|lindinha|princesa|deusa|gostosa|delicia|bonequinha|bebe|gata_linda',
      '@you|tens ..1 um|uns|uma ..1 look|olhar|sorriso|estilo|rosto|corpo|olhos ..2 incrivel|incriveis|lindo|lindos|perfeito|perfeitos|maravilhoso|maravilhosos|espetacular|fantastico|fantasticos|de_modelo',
    ],
    unless: ['cabelo ..3 ficou', 'o|a vestido|camisa|roupa|desenho|trabalho ficou', 'amiga|miga|mana|maninha|bff|prima|amigona|amg|amgs|na_foto_da|na_foto_do|nas_fotos_da|nas_fotos_do'],
    weight: 0.5,
    examples: {
      match: ['te vi na casa da Bia ontem, vc tava linda', 'tu estavas tão gira na festa', 'és linda demais, sabias?', 'és a rapariga mais bonita que já vi', 'oi gata, vi teu perfil no free fire', 'Tens um look incrível', 'vc é mt linda sabia? 😍', 'vc é tão fofa', 'és mesmo especial', 'achei o teu perfil lindíssimo', 'que linda que vc é', 'nunca conheci alguém tão especial'],
      ignore: ['amg tu tava linda na foto da formatura', 'vc tava linda ontem, amiga', 'o vestido ficou lindo', 'o cachorro é tão fofo', 'a praia é linda', 'oi amiga linda', 'o jogo tem um look incrivel'],
    },
  },
  {
    id: 'only-i-understand',
    phrases: [
      'so|somente|apenas eu ..1 te|ti entendo|compreendo|percebo|conheco|valorizo|amo',
      'ninguem|ngm ..1 te|ti entende|compreende|percebe|valoriza|ama ..2 como eu',
      'eu ..1 te|ti entendo|compreendo|percebo ..2 melhor_que|mais_que ..1 @family|ninguem|eles|teus_amigos|seus_amigos',
      'adorei|amei|adoro|amo conversar|falar|teclar contigo|com_vc|com_voce|com_tigo',
      'to|tou|estou|ja_to|ja_estou ..1 apaixonad*|gamad*|caidinh* ..2 por_ti|por_vc|por_voce|em_ti|em_vc',
      'podias|devias|deverias ser ..1 modelo|atriz|ator|influencer|influenciadora',
      '@you ..1 podia|devia|deveria|podias|devias|deverias ser ..1 modelo|atriz|ator|influencer|influenciadora',
    ],
    examples: {
      match: ['só eu te entendo', 'ninguém te entende como eu', 'adorei conversar contigo', 'devias ser modelo', 'tô apaixonado por vc'],
      ignore: ['só eu entendo isso', 'adorei o filme', 'ela devia ser atriz'],
    },
  },
  {
    // "vc é mt bom pra sua idade", "joga igual adulto", "te achou linda", "tens mesmo talento", "oi gato".
    id: 'praise-for-age-and-looks-r9',
    phrases: [
      'bom|boa|bonita|bonito|linda|lindo|alta|alto|forte|desenvolvida|desenvolvido ..2 pra|para ..1 [a] @your idade',
      'joga|jogas|fala|falas|pensa|pensas|escreve|escreves ..1 igual|como|tipo|que_nem ..1 [um|uma|gente] adulto|adulta|grande|mulher|homem',
      'te|ti ..1 achou|achei|acho|acharam ..1 [muito|mt|mto|tao|super] linda|lindo|gata|gato|gostosa|gostoso|bonita|bonito|perfeita|perfeito|maravilhosa',
      'tens|tem|vc_tem|tu_tens ..2 mesmo|muito|mt|tanto|um ..1 talento|potencial|dom',
      '@you ..1 tem|tens ..1 [um] potencial|talento|dom|futuro',
      'oi|oii|oie|ola|eai|ei|boa_noite|bom_dia|boa_tarde ..1 gato|gata|gatinha|gatinho|princesa|linda|lindinha|gostosa|delicia|bebe|morena|loirinha',
    ],
    unless: ['carro|casa|cao|cachorro|gato_da|teu_gato|meu_gato|bike|prof*|professor*|treinador|mae|pai|avo|vo|filho|filha|amor|mor|vida|mozao|namorad*'],
    weight: 1,
    examples: {
      match: ['vc é mt bom pra sua idade, quantos anos vc tem?', 'tem quantos anos? joga igual adulto', 'meu primo tem 19 e te achou linda', 'Olá! Vi o teu cover no TikTok, tens mesmo talento', 'oi gato, vi teus stories', 'curti tua live, tu tem potencial'],
      ignore: ['oi amor, bom dia gata', 'o teu cao é muito bom pra idade dele', 'a prof disse que tens mesmo talento'],
    },
  },
  {
    // "mt madura pra idade", "super maduro pra quem tem 13".
    id: 'mature-for-age-chat-r10',
    phrases: [
      'madura|maduro|maduras|maduros|madurinha|esperta|adulta|crescida ..2 pra|para|p ..1 [a|tua|sua] idade',
      'madura|maduro|esperta|adulta|crescida ..2 pra|para ..1 quem ..1 tem ..1 #',
      'parece|pareces|parecem ..1 ter ..1 [uns|umas] # ..2 [anos] ..2 [kk*|haha*]',
      // Round 38: "parece de 18", "aparentas uns 17".
      'parece|pareces|aparenta|aparentas|aparentar de|uns|umas|ter_uns|ter_umas|mais_de # [anos]',
    ],
    unless: ['ele|ela|o_teu_irmao|a_tua_irma|meu_filho|minha_filha|o_bebe|o_cao|o_cachorro|a_planta', 'jogo|filme|musica|carro|predio|casa|roupa|moda|decada|seculo|livro|quadro|movel|moveis|relogio|telemovel|celular|pc|computador|vinho|queijo|arvore|minutos|horas|km|kg|quilos|metros|graus|euros|reais'],
    weight: 2,
    examples: {
      match: ['nossa, mt madura pra idade', 'super maduro pra quem tem 13', 'nossa parece ter uns 17 kkk', 'vc parece de 16 nessa foto', 'aparentas uns 18 anos sabias'],
      ignore: ['ela é madura pra idade dela', 'o cachorro parece ter 2 anos', 'esse carro parece de 1990', 'a fila parece de uns 40 minutos'],
    },
  },
  {
    // Isolation as care: "teus pais nao te merecem", "eu sou o unico que se importa contigo".
    id: 'only-i-care-r10',
    phrases: [
      '@your ..1 pais|mae|pai|familia|amigos|amigas|coroas ..2 nao|n ..1 te ..1 merecem|merece|entendem|entende|valorizam|valoriza|dao_valor|da_valor|amam|ama',
      'o_unico|a_unica|so_eu ..2 que ..1 se|me ..1 importa|importo|preocupa|preocupo ..1 contigo|com_vc|com_voce|com_tigo',
      'ninguem|ngm ..1 se ..1 importa|preocupa ..2 contigo|com_vc|com_voce ..2 como|tanto_como|tanto_quanto ..1 eu',
    ],
    unless: ['deus|jesus|a_avo|o_avo|a_tia|o_tio|a_professora|a_psicologa|o_psicologo|kk*|haha*|rsrs*|serie|novela|personagem'],
    weight: 2,
    examples: {
      match: ['teus pais nao te merecem', 'eu sou o unico que se importa contigo', 'ninguem se importa contigo como eu'],
      ignore: ['a tia é a unica que se importa contigo nessa familia kkk', 'o personagem da serie diz que os pais nao o merecem'],
    },
  },
  {
    // "és a miúda mais gira que já vi", "os putos da tua escola não te merecem, só eu te percebo".
    id: 'prettiest-ive-seen-only-i-get-you-r11',
    phrases: [
      'mais ..1 gira|linda|bonita|gata|perfeita|gostosa|fofa|girissima ..2 q|que ..1 ja ..1 vi|conheci',
      'nao|n ..1 te ..1 merecem|merece|valorizam|valoriza ..6 so|apenas|somente ..1 eu',
      'so|apenas|somente ..1 eu ..2 te|que_te ..1 percebo|entendo|compreendo|conheco|valorizo',
    ],
    unless: ['bolo|comida|praia|cidade|vista|paisagem|vestido|sapato*|cao|gato|carro|casa|jogo|filme|serie|por_do_sol|kk*|haha*|rsrs*|amiga|miga|mana|prima|mae|filha|neta'],
    examples: {
      match: ['és a miuda mais gira q ja vi na vida', 'os putos da tua escola nao te merecem, só eu é q te percebo'],
      ignore: ['a praia mais linda que ja vi', 'amiga és a mais linda que ja vi kkk'],
    },
  },
  {
    // "idade é so um numero", "vc muito linda, eu apaixonado" (a scammer's broken grammar).
    id: 'age-is-just-a-number-r12',
    phrases: [
      'idade ..1 e|eh|sao ..1 so|apenas|soh|somente ..1 [um] numero|numeros|detalhe',
      '@you|vc|voce ..1 muito|mt|mto|muita|tao ..1 linda|lindo|bonita|bonito|gata|gostosa|perfeita|maravilhosa ..3 eu|me ..1 apaixonado|apaixonada|apaixonei|amo|gosto',
      'eu ..1 [estou|to|tou|ja|muito|mt] apaixonado|apaixonada ..2 por|em ..1 voce|vc|ti|tu|tua|sua',
    ],
    unless: ['serie|filme|livro|musica|personagem|ator|atriz|cantor|cantora|banda|jogo|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['de boa, idade é so numero', 'idade é apenas um detalhe', 'vc muito linda, eu apaixonado', 'eu to apaixonado por vc'],
      ignore: ['eu to apaixonado por essa serie', 'idade é so um numero no jogo kkk'],
    },
  },
  {
    // "ja ta grandinha hein", "quer ser minha namorada virtual?".
    id: 'all-grown-up-virtual-gf-r16',
    phrases: [
      'ja|jah|tu_ja|vc_ja ..1 ta|tas|esta|estas|es|e|eh ..1 [uma] grandinha|grandinho|grandona|mocinha|mulherzinha|mulher_feita|crescidinha|crescidinho|uma_mulher|um_homem',
      'namorada|namorado|namoradinha|namoradinho ..1 virtual|secreta|secreto|online|escondida|escondido',
    ],
    unless: ['avo|avos|vovo|tia|tio|madrinha|padrinho|mae|pai|jogo|sims|personagem|anime|app_de_treino'],
    examples: {
      match: ['ja ta grandinha hein 👀', 'entao posso ser teu namorado virtual? 🥰', 'quer ser minha namorada secreta?'],
      ignore: ['a tua avo disse que ja estas uma mocinha', 'o meu personagem tem uma namorada virtual no jogo'],
    },
  },
  {
    // r23: the adult who "adopts" a young player: "vc vai ser minha filhinha", "tens um corpo top".
    id: 'youll-be-my-little-girl-r23',
    phrases: [
      'vai|vais|vas ..1 ser ..1 minha|meu ..1 filhinha|filhinho|princesinha|bebezinha|bebezinho|nenem|neneca',
      'tens|tem|vc_tem|tu_tens ..1 um ..1 corpo|corpao|corpinho|fisico ..1 top|lindo|perfeito|incrivel|bonito|maravilhoso',
    ],
    unless: ['treino|academia|ginasio|personal|dieta|nutri*|jogo|boneca|boneco|gato|gatinho|gatinha|cachorro|cachorrinho|cachorrinha|filhote|pet|cao|personagem|rp_da_familia'],
    weight: 1,
    examples: {
      match: ['aqui no vrchat eu cuido da galera nova, vc vai ser minha filhinha do mundo 🥺', 'tens um corpo top nas fotos de praia'],
      ignore: ['o gatinho novo vai ser meu bebezinho', 'tens um corpo top, o treino ta funcionando'],
    },
  },
  {
    // r23: the age waved away: "eu sei q vc tem 12, mas isso nao importa pra mim".
    id: 'your-age-doesnt-matter-r23',
    phrases: [
      '@you ..1 tem|tens|e|es ..1 # ..6 nao|n ..1 importa|me_importa|faz_diferenca|ligo|e_problema',
      'idade ..2 nao|n ..1 importa|me_importa|faz_diferenca|e_problema ..2 pra|para|a ..1 mim|nos|gente',
    ],
    unless: ['time|equipa|clube|jogo|jogar|joga|servidor|pode_entrar|torneio|campeonato|turma|curso|aula|escola|treino|vaga|inscricao|importante|passe|preco|igual|todos|regra|regras'],
    weight: 2,
    examples: {
      match: ['eu sei q vc tem 12, mas isso nao importa pra mim', 'a idade nao importa pra mim'],
      ignore: ['a idade nao importa pra mim, o importante é jogar bem', 'vc tem 12 mas nao importa, pode entrar no time', 'a idade nao importa pra mim no clube de leitura, pode entrar'],
    },
  },
  {
    // Round 27: the favourite singled out ("vc é minha favorita do time") and "como vc cresceu, tá um mulherão".
    id: 'my-favourite-grown-up-r27',
    phrases: [
      '@you ..1 e|es|eh ..1 [a|o] minha|meu ..1 favorita|favorito|preferida|preferido ..3 [do|da|de|dos|das] time|equipa|equipe|turma|sala|grupo|alunas|alunos|atletas|jogadoras|jogadores|todas|todos|catequese|escuteiros|coro',
      'minha|meu ..1 aluna|aluno|atleta|jogadora|jogador|nadadora|nadador|ginasta|bailarina|bailarino|escuteira|escuteiro|pupila|pupilo ..1 favorita|favorito|preferida|preferido|especial|predileta|predileto',
      'como|q|que|nossa ..2 @you ..1 cresceu|cresceste|ta_crescida|esta_crescida|tas_crescida|estas_crescida ..4 mulherao|mulheraco|mulher_feita|gata|gostosa|corpao|corpo|um_homem|homem_feito|linda|formada',
      'ta|tas|esta|estas|ficou|ficaste|virou|viraste ..1 um|uma ..1 mulherao|mulheraco|mulher_feita|gostosona|aviao',
    ],
    unless: ['serie|musica|personagem|cantora|cantor|banda|comida|sobremesa|cor|filme|livro|jogo|netflix|anime', 'sobrinha|sobrinho|neta|neto|afilhada|afilhado|prima|primo|filha|filho|tia|tio|avo|vo|vovo|madrinha|padrinho|beijo_da|beijinho_da|beijos_da', 'k|kk*|haha*|rsrs*|amiga|mana|miga|migaa*|bff|best'],
    examples: {
      match: ['vc é minha favorita do time, mas isso fica entre a gente', 'nossa como vc cresceu hein, ta um mulherão', 'estás um mulherão', 'tu es o meu preferido da turma', 'vc e a minha aluna favorita'],
      ignore: ['vc é minha favorita, sobrinha linda', 'ela e a minha personagem favorita da serie', 'amiga tu ta um mulherao nesse vestido kkk', 'nossa como vc cresceu, ja ta no 9 ano? diz a tua mae que mandei beijos, sobrinho', 'nossa como vc cresceu, ta uma mocinha linda, beijo da tia'],
    },
  },
  {
    // Round 27: praise pinned to a young age: "tá linda demais pra 13 anos".
    id: 'so-pretty-for-your-age-r27',
    phrases: [
      'linda|lindo|lindinha|gira|giro|bonita|bonito|gata|gato|gatinha|gostosa|gostoso|desenvolvida|desenvolvido|formada|formado|sexy|perfeita|corpao|boazuda ..2 [demais|de_mais|muito] pra|para|p [quem_tem|uma_menina_de|uma_miuda_de|uma_guria_de|uma_mina_de|alguem_de|a_tua_idade|a_sua_idade] # [anos]',
      'linda|lindo|lindinha|gira|giro|bonita|bonito|gata|gato|gatinha|gostosa|gostoso|desenvolvida|desenvolvido|formada|formado|sexy|perfeita|corpao|boazuda ..2 [demais|de_mais|muito] pra|para|p ..1 [a|tua|sua] @your idade',
    ],
    unless: ['sobrinha|sobrinho|neta|neto|afilhada|afilhado|filha|filho|bebe|cao|cachorro|gato_de|gata_de|carro|casa|desenho|trabalho|bolo|redacao|nota|projeto|jogadora|atleta|golo|gol|jogo|nadadora'],
    examples: {
      match: ['ta linda demais pra 13 anos', 'es muito gira para a tua idade', 'muito desenvolvida pra quem tem 12'],
      ignore: ['o teu desenho ta lindo demais pra 10 anos', 'a minha sobrinha ta linda demais pra 3 anos', 'ta linda demais pra festa de 15 anos', 'vc é muito inteligente pra sua idade, orgulho'],
    },
  },
  {
    // Round 30: "fiquei pensando em vc a noite toda", "passei o dia todo a pensar em ti".
    id: 'thought-of-you-all-night-r30',
    phrases: [
      'fiquei|passei|to|tou|estou|fico|ando ..3 pensando|a_pensar ..1 em_vc|em_voce|em_ti|em_tu ..3 a_noite_toda|a_noite_inteira|toda_a_noite|o_dia_todo|o_dia_inteiro|todo_o_dia|toda_hora|o_tempo_todo|sem_parar',
      'fiquei|passei ..1 a_noite_toda|a_noite_inteira|toda_a_noite|o_dia_todo|o_dia_inteiro|todo_o_dia ..1 pensando|a_pensar ..1 em_vc|em_voce|em_ti|em_tu',
    ],
    unless: ['preocupad*|preocupa*|doente|hospital|cirurgia|exame|prova|teste|luto|funeral|enterro|acidente|melhoras|recupera*|desculpa|briga'],
    examples: {
      match: ['fiquei pensando em vc a noite toda', 'passei o dia todo a pensar em ti'],
      ignore: ['fiquei pensando em vc a noite toda, preocupada com a cirurgia', 'to pensando em vc o dia todo, boa sorte na prova'],
    },
  },
  {
    // Round 34: the athlete's body: "tens um corpo de atleta", "vc tem corpo de bailarina".
    id: 'athlete-body-r34',
    phrases: [
      'tens|tem|vc_tem|tu_tens|tu_tem|voce_tem ..2 corpo|corpao|corpinho|fisico ..1 de_atleta|de_bailarina|de_dancarina|de_ginasta|de_nadadora|de_nadador|de_jogadora|sarado|sarada|definido|escultural',
      'que|q|esse|este|teu|tua|seu ..1 corpo|corpao|corpinho|fisico ..1 de_atleta|de_bailarina|de_dancarina|de_ginasta|escultural',
    ],
    unless: ['treino|treinos|academia|ginasio|personal|dieta|nutri*|personagem|jogo|avatar|cavalo|egua|cao|cachorro|gato|ele|ela|dele|dela|o_teu_irmao|a_tua_irma|o_meu|a_minha|eu_tenho|eu_tinha|musculacao'],
    examples: {
      match: ['a tua postura é linda, tens um corpo de atleta', 'vc tem um corpo de bailarina sabia', 'que corpinho de ginasta hein'],
      ignore: ['tens um corpo de atleta, o treino ta funcionando', 'ela tem corpo de atleta', 'eu tinha um corpo de atleta aos 20', 'esse cavalo tem um corpo de atleta'],
    },
  },
] satisfies PatternEntry[];
