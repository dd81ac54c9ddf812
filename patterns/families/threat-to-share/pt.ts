import type { PatternEntry } from '../../schema';

const CONTENT = 'esse_video|essa_foto|essas_fotos|esses_videos|este_video|esta_foto|estas_fotos|estes_videos|tudo|td|isso|isto|nude*|nudes|pack|packs|prints|conversas|gravacao|gravacoes|teus_nudes|tuas_nudes|suas_nudes|tuas_fotos|suas_fotos|teus_videos|seus_videos|teu_video|seu_video|tua_foto|sua_foto|fotos_tuas|fotos_suas|videos_teus|videos_seus';
const MEDIA = 'as_fotos|os_videos|o_video|a_foto|fotos|videos|video|foto|mensagens|conversa|chamada';
const HARMLESS = 'receita|bolo|convite|boleto|trabalho|tpc|dever|prova|resultado|boletim|nota|notas|horario|link|aniversario|parabens|ferias|natal|beijo*|beijinho*|abraco*|cumprimentos|saudade*|lembranca*|recado|mensagem|msg|filme|jogo|peca|espetaculo|apresentacao|show|concerto|aula|viagem|festa|praia|passeio|formatura|casamento|bebe|meme|memes|receitas|noticia|noticias|novidade|novidades|resultado*';
const FRIENDLY = 'adorar|adora|gostar|gosta|rir|ri|orgulhosa|orgulhoso|danc*|cant*|golo|gol|pode|posso|deixas|importas|importa|se_quiseres|se_quiser|nossa_foto|nossas_fotos|lindo|linda|orgulho*|ver_como';
const PUBLIC = 'posto|postar|publico|publicar|partilho|partilhar|compartilho|compartilhar|espalho|espalhar|vazo|vazar|divulgo|divulgar|exponho|expor|encaminho|encaminhar|reencaminho|reencaminhar|publicarei|postarei|espalharei|vazarei';
const GAMING = 'fifa|efootball|jogo|jogar|partida|round|ronda|ranked|x1|1v1|fortnite|free_fire|freefire|ff|minecraft|roblox|lol|cs|valorant|brawl|clash|mario_kart|xadrez|futebol|futsal|basquete|treino|campo|quadra|ps4|ps5|xbox|console|prova|teste';
const VERB = 'mando|mandar|envio|enviar|posto|postar|publico|publicar|partilho|partilhar|compartilho|compartilhar|espalho|espalhar|vazo|vazar|divulgo|divulgar|mostro|mostrar|exponho|expor|encaminho|encaminhar|reencaminho|reencaminhar|jogar|boto|botar|ponho|meto|meter|publicarei|enviarei|mandarei|postarei';

export default [
  {
    id: 'send-to-your-people',
    phrases: [
      VERB + ' ..3 ' + CONTENT + ' ..4 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas @family|@audience|contatos|contactos|seguidores|amigos|lista',
      VERB + ' ..4 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas @family|@audience ..3 ' + CONTENT,
      VERB + ' ..5 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas ..1 seguidores|contatos|contactos|amigos|amigas|colegas|turma|escola|lista|familia_toda|familia_inteira',
      VERB + ' ..4 pra|para|a|ao|aos|as|pro|pros|na|no toda|todo ..1 @your|a ..1 escola|turma|sala|classe|familia|gente|mundo|net|internet|cidade|bairro',
      VERB + ' ..3 pra|para|a|na|no|pela|pelo|nas|nos ..1 escola|turma|sala|classe|cidade|net|internet|familia|bairro|rede|redes toda|todas|inteira|inteiro',
      '@your @family|@audience vao|vai|irao todos|todas|toda|todo ..1 ver|receber|saber',
      'todos|todas|toda|todo ..2 @your @family|@audience ..3 vao|vai|irao|ira ver|receber|ver_tudo',
      '@your ..1 @family|@audience ..2 todo|toda|todos|todas ..1 vao|vai|irao|ira ver|receber|ver_tudo',
      '@your @family|@audience ..3 vao|vai|irao|ira ..1 ver|receber ..2 tudo|isso|isto|fotos|foto|video|videos|nudes|nude|conversa*|prints|quem|como|o_que|oq',
    ],
    unless: [HARMLESS],
    examples: {
      match: ['vou mandar esse video pra tua sala toda', 'se nao me mandar 300 reais no pix até meia noite eu mando pra todos os seus seguidores', 'ou pagas ou envio à tua família toda', 'mando tudo pro seu pai', 'mando pra tua mae as tuas nudes', 'todos os teus amigos vão ver', 'ou espalho pra escola toda', 'tua familia vai ver tudo'],
      ignore: ['vou mandar pra mãe a foto do bolo', 'vou mandar o video pra tua mãe ver como dançaste bem', 'mando beijinhos à tua mãe', 'toda a tua turma vai ver o filme', 'o jogo do teu pai', 'manda o convite pra tua mae', 'vou mostrar pra tua mãe o teu boletim', 'sim, vou postar no grupo da turma tb'],
    },
  },
  {
    id: 'expose-you',
    phrases: [
      'vou|vo|irei|posso|eu ..1 te|ti|t expor|expo|exponho|queimar|difamar|arruinar',
      'expor|exponho|queimar|difamar|arruinar te|ti|vc|voce',
      'criar|crio|criei|fazer|faco|fiz|montar|monto ..1 um|uns grupo|grupos ..3 @your|teus|seus|tuas|suas|todos_os_teus|todos_os_seus amigos|amigas|seguidores|familia|familiares|contatos|contactos|colegas|pais',
      VERB + ' ..3 pornhub|xvideos|onlyfans|site_porno|sites_porno|sites_adultos|site_adulto|redtube|xhamster',
      'reputacao|vida|imagem ..2 sera|vai_ser|vai|esta|ta|fica ..1 destruida|arruinada|acabada|manchada',
      'ou|senao|se_nao|caso_contrario ..4 @your|a_tua|a_sua vida|reputacao ..1 acaba|acabou|vai_acabar|ja_era|esta_acabada|ta_acabada|e_destruida|vai_ao_ar',
      'se|caso ..6 mando|envio|posto|publico|espalho|vazo|divulgo|partilho|mostro tudo|td|isso|isto|o_video|as_fotos|os_videos|a_foto',
      'arruinar|arruino|destruir|destruo|acabar_com|acabo_com|estragar|estrago ..1 a|com_a ..1 tua|sua vida|reputacao|imagem',
      VERB + ' ..2 @your|teus|tuas|suas|seus ..1 nude*|nudes|pack|packs|video|videos|fotos_intimas|fotos_nuas|conversas|prints',
      VERB + ' ..3 ' + CONTENT + ' ..4 net|internet|redes|rede_social|redes_sociais|twitter|tiktok|facebook|face|insta|instagram|onlyfans|sites|site|porno|xvideos|grupos|grupo_da_escola|escola',
      'vazar|vazo|vaza|vazam|vazou|vazarei|vazaria ..3 @your|tudo|isso|isto|nude*|nudes|pack|video*|fotos|foto|prints|conversa*',
    ],
    unless: [HARMLESS, GAMING, 'projeto|projecto|musica|surpresa|churrasco|aniversario|jogo|turma', 'k|kk*|haha*|hahaha*|rsrs*|crush|gostavas|gostas_do|gostas_da|a_fim'],
    examples: {
      match: ['ou pagas ou a tua vida acaba', 'vou te expor pra todo mundo', 'vou postar suas nudes', 'posto tudo na net', 'vou vazar tudo', 'vou mandar tuas fotos pro grupo da escola', 'vou te queimar na escola toda'],
      ignore: ['vou postar no grupo da turma tb', 'vou postar o meme no insta', 'vou publicar o trabalho no site da escola', 'amanhã vou-te destruir no FIFA', 'vou te destruir na partida de hoje', 'vou te arruinar no xadrez'],
    },
  },
  {
    id: 'tell-your-family',
    phrases: [
      'mando|mandar|envio|enviar|mostro|mostrar|encaminho|encaminhar|conto|contar [tudo|td|isto|isso|isso_tudo|isto_tudo] pra|para|a|ao|aos|as|pro|pros|pras @your|todos_os_teus|todos_os_seus @family',
      'marcar|marco|marcarei ..2 todos|todas|@your ..2 amigos|amigas|seguidores|familia|pais|contatos|contactos|colegas',
      // The target is an audience or a site: "se me mandar uma foto sua" (a request) has neither.
      'senao|se_nao|ou|caso|se ..6 ' + VERB + ' ..3 ' + MEDIA + ' ..4 net|internet|redes|twitter|tiktok|facebook|face|insta|instagram|onlyfans|sites|site|porno|xvideos|grupos',
      VERB + ' ..3 ' + MEDIA + ' ..4 net|internet|redes|twitter|tiktok|facebook|face|insta|instagram|onlyfans|sites|site|porno|xvideos|grupos ..5 senao|se_nao|caso|se',
    ],
    unless: [HARMLESS, FRIENDLY, 'sobre_a_festa|que_chegaste|que_chegou|a_que_horas|onde_estas|onde_tas|boa_noite|bom_dia|obrigad*|agradec*|vir_te_buscar|te_buscar|buscar_te|dormir|jantar|almocar|lanchar'],
    weight: 3,
    examples: {
      match: ['vou mandar pra sua mae, pro seu pai e postar no facebook', 'vou contar tudo aos teus pais', 'mostro à tua mãe', 'se nao pagares vou publicar o video no tiktok'],
      ignore: ['te dou 2000 robux se me mandar uma foto sua', 'se vc me mandar um video seu eu te mando o meu', 'mando beijinhos à tua mãe', 'vou mandar a foto pra tua avó', 'vou mostrar a foto pra tua mãe, ela vai adorar', 'vou mandar mensagem pra tua mae', 'vou contar pra mae que vc comeu o bolo kkk', 'vou postar a nossa foto no insta ok?', 'posso postar tua foto?'],
    },
  },
  {
    id: 'post-your-photos',
    phrases: [
      PUBLIC + ' ..2 @your ..1 fotos|foto|fotinhas|videos|video|selfies|audios|mensagens|segredos',
      'vou|vo|irei|eu ..1 mandar|enviar|mostrar|mando|envio|mostro ..2 @your ..1 fotos|foto|fotinhas|videos|video|selfies|audios|mensagens|segredos',
      VERB + ' ..3 ' + MEDIA + ' ..3 todos|todas ..2 grupos|contatos|contactos|seguidores|amigos',
      PUBLIC + ' ..2 fotos|foto|videos|video tuas|tua|suas|sua|teus|teu|seus|seu|de_vc|de_ti|de_voce',
      'vou|vo|irei|eu ..1 mandar|enviar|mostrar|mando|envio|mostro ..2 fotos|foto|videos|video tuas|tua|suas|sua|teus|teu|seus|seu|de_vc|de_ti|de_voce',
    ],
    unless: [HARMLESS, FRIENDLY, 'perfil|story_de|album|k|kk*|haha*|lindas|giras|top'],
    weight: 3,
    examples: {
      match: ['paga 50 reais ou apago sua conta e posto suas fotos', 'vou mostrar tuas fotos a toda a gente', 'vou postar fotos tuas', 'espalho as tuas fotos', 'vou mandar as tuas fotos'],
      ignore: ['vou postar suas fotos do aniversario', 'posso postar tuas fotos da praia?', 'vou postar as fotos da viagem', 'vou mandar a foto pra tua avó', 'te dou 2000 robux se me mandar uma foto sua', 'podes me mandar as tuas fotos?', 'me manda um video teu'],
    },
  },
  {
    id: 'goes-viral',
    phrases: [
      'senao|se_nao|ou|caso|se ..5 @your|o_teu|o_seu|a_tua|a_sua|teus|tuas|seus|suas ..1 nude*|nudes|video*|foto*|pack|conversa* ..2 vai|vao|ira|irao viralizar|circular|rodar|parar|cair|aparecer|estar|ser_publicad*|pra_net|na_net',
      '@your|teus|tuas|seus|suas nude*|nudes|pack|fotos_intimas|videos_intimos ..2 vai|vao|ira|irao ..1 viralizar|circular|rodar|parar|cair|aparecer',
      'vai|vao ..1 cair|parar|circular|rodar|aparecer ..2 na|no|em net|internet|redes|grupos|escola|twitter|tiktok|insta|instagram|face|porno|site|sites',
      'toda|todo [a] escola|gente|mundo|turma ..2 vai|vao ..1 ver|saber|receber ..2 [tuas|suas] nude*|nudes|fotos|video|videos|tudo|o_que_fizeste|o_que_fez|quem_es|quem_e',
    ],
    unless: ['meme|memes|trailer|musica|clipe|jogo|golo|gol|danca|dancinha|receita|trabalho|projeto|tiktok_de_danca'],
    weight: 4,
    examples: {
      match: ['senão seu vídeo vai viralizar', 'as tuas nudes vão parar na net', 'toda a escola vai ver as tuas nudes', 'vai cair na net'],
      ignore: ['teu video de danca vai viralizar', 'teu video de skate vai viralizar', 'o meme vai viralizar', 'a musica vai parar no tiktok'],
    },
  },
  {
    id: 'or-else-share',
    phrases: [
      'senao|se_nao|ou|caso_contrario ..3 ' + VERB + ' ..3 tudo|td|isso|isto|as_fotos|os_videos|o_video|a_foto|nudes|prints|conversas|essa|esse|essas|esses|esta|este|estas|estes|tudinho',
      'senao|se_nao|ou|caso_contrario ..2 todos|todo_mundo|toda_a_gente|toda_gente|@your ..2 vao|vai ..1 ver|receber|saber',
    ],
    examples: {
      match: ['paga ou mando tudo', 'senão todos vão ver', 'ou pagas ou envio isto a toda a gente', 'senao posto as fotos'],
      ignore: ['senão eu mando o trabalho amanhã', 'ou vamos ao cinema ou ficamos', 'anda senão perdemos o autocarro'],
    },
  },
  {
    id: 'leak-what-you-sent',
    phrases: [
      'vazo|vazar|vazarei|espalho|espalhar|divulgo|divulgar|exponho|expor ..3 que|q ..3 mandou|mandaste|enviou|enviaste|mostrou|mostraste|tiraste|tirou|fizeste|fez',
      'ou|senao|se_nao|caso_contrario ..3 ' + VERB + ' ..2 as|os|a|o|aquelas|aqueles|aquela|aquele|essas|esses ..1 [fotos|videos|foto|video|nudes] que|q ..3 mandou|mandaste|enviou|enviaste|mostrou|mostraste|tiraste|tirou',
    ],
    unless: [HARMLESS, FRIENDLY],
    examples: {
      match: ['ou vc manda mais nudes ou eu vazo as q vc ja mandou', 'espalho aquelas que me enviaste', 'senão posto as fotos que me mandaste', 'divulgo os videos que vc me mandou'],
      ignore: ['vou postar as fotos que mandaste da viagem', 'posto as que vc mandou, ficaram lindas', 'manda as que tiraste ontem'],
    },
  },
  {
    id: 'or-else-it-goes',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..4 video|videos|videozinho|fotos|foto|fotinhas|nudes|nude*|pack|tudo|td|isso|isto|prints|conversa*|gravacao ..2 vai|vao|ira|irao|segue|seguem ..1 [direto|diretinho|diretamente|logo] para|pra|pro|pros|pras|ao|aos|na|no|parar_na|parar_no|parar_a|parar_em ..2 @your|@audience|@family|toda|todo|todos|geral|youtube|net|internet|grupo|grupos|twitter|tiktok|insta|instagram|face|facebook|xvideos|pornhub|onlyfans|redes|site|sites',
      'vaza|vazam|vai_vazar|vao_vazar|vaza_tudo ..2 pra|para|pro|na|no|em geral|todos|todo_mundo|toda_a_gente|net|internet|escola|turma|sala|redes',
      'ou|senao|se_nao|caso_contrario ..4 ' + VERB + ' ..3 pra|para|pro|a|ao ..1 geral|todo_mundo|toda_a_gente|toda_gente|todos|toda_a_escola|toda_a_turma',
      'ou|senao|se_nao|caso_contrario ..3 isto|isso|tudo|td|o_video|as_fotos|a_foto|os_videos ..1 vai|vao|ira|irao ..1 parar|circular|aparecer|rodar ..1 [a|em|por] todo_o_lado|todo_lado|toda_a_parte|todo_o_sitio|todo_sitio',
      'ou|senao paga|pagas|pague|me_pagas|me_paga|mandas|manda|mande ..2 ou ..1 [eu] publico|posto|espalho|vazo|divulgo|exponho|partilho',
      'depois_disso|passado_esse_tempo|passado_o_prazo|depois_desse_prazo|acabou_o_tempo|depois_dessa_hora ..2 publico|posto|vazo|espalho|divulgo|exponho|mando_tudo|envio_tudo|partilho',
      VERB + ' ..2 no|na|nos|pro|pros|pra ..1 grupo|grupos|chat ..2 da|do|de|das|dos ..1 @your ..1 sala|turma|escola|familia|classe|colegio|igreja|faculdade|trabalho',
    ],
    unless: [HARMLESS, FRIENDLY, GAMING],
    weight: 5,
    examples: {
      match: [
        'Ou me transferes 300€ por MB Way ou o vídeo vai para a tua família e para a tua escola',
        'senao teu video vai pro youtube e pro grupo da familia',
        'quero 3 gift card da steam de 100 ou vaza pra geral',
        'senao eu mostro essa pra todo mundo',
        'manda 100€ em paysafecard ou isto vai parar a todo o lado',
        'Ou pagas ou publico.',
        'tens 1 hora. depois disso publico',
        'vou mandar no grupo da tua sala se nao fizer um pix de 250',
      ],
      ignore: [
        'ou vens ou o convite vai pro lixo',
        'senão o trabalho vai pro professor atrasado',
        'vou mandar no grupo da turma o horário',
        'vaza daqui mano',
        'ou mandas tu ou mando eu',
        'senão mostro a foto da festa a todo mundo kkk',
      ],
    },
  },
  {
    id: 'or-else-to-your-people',
    phrases: [
      'senao|se_nao|ou|caso|se ..6 ' + VERB + ' ..3 ' + MEDIA + '|essas|esses|estas|estes|elas|eles|tudo|td|isso|isto ..4 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas @family|@audience',
      VERB + ' ..3 ' + MEDIA + '|essas|esses|estas|estes|elas|eles|tudo|td|isso|isto ..4 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas @family|@audience ..5 senao|se_nao|caso|se',
    ],
    unless: [HARMLESS, FRIENDLY, 'sobre_a_festa|que_chegaste|que_chegou|a_que_horas|onde_estas|onde_tas|boa_noite|bom_dia|obrigad*|agradec*|vir_te_buscar|te_buscar|buscar_te|dormir|jantar|almocar|lanchar'],
    examples: {
      match: ['se nao me mandar mais fotos eu mando essas pro teu namorado', 'vou mandar as fotos pro teu pai se nao fizeres o que eu digo', 'ou pagas ou mando isto aos teus amigos'],
      ignore: ['se quiseres mando as fotos pra tua mae', 'se vc nao vier mando as fotos da festa pra tua mae', 'se me mandares um video teu eu mando o meu', 'se a tua mae deixar mando-lhe as fotos do passeio'],
    },
  },
  {
    id: 'ends-up-with-your-people',
    phrases: [
      'aparec*|parar|pare|param|parem|cair|caia|caiam|chegar|chegue|cheguem|circul*|rodar|rode|rodem ..4 grupo|grupos|whatsapp|zap|wpp|celular|celulares|telemovel|telemoveis|telefone|inbox|story|stories|feed|timeline|dm|dms|mao|maos ..3 @your ..1 @family|@audience',
      'sera|serao|vai_ser|vao_ser|vai_ficar ..1 encaminhad*|enviad*|mandad*|divulgad*|publicad*|postad*|compartilhad*|partilhad*|vazad*|espalhad*|expost* ..4 @your|todos_os_seus|todos_os_teus|todas_as_suas|todas_as_tuas ..1 @family|@audience|contatos|contactos',
      'sera|serao|vai_ser|vao_ser ..1 encaminhad*|enviad*|divulgad*|publicad*|postad*|compartilhad*|partilhad*|vazad*|espalhad*|expost* ..3 net|internet|redes|redes_sociais|sites|site|geral',
      'poste|postar|publique|publicar|mande|mandar|espalhe|espalhar|vaze|vazar|divulgue|divulgar|exponha|mostre|envie ..5 ou ..3 colabora*|coopera*|obedece*|pagar|paga|pagas|pague',
    ],
    unless: [HARMLESS, FRIENDLY, GAMING, 'comunicado|circular|autorizacao|reuniao|fatura|encomenda|pedido|notificacao|convocatoria|aviso|foto_da_turma|fotos_da_turma|foto_de_turma|fotos_de_turma'],
    examples: {
      match: [
        'se nao quiser que ele apareca no grupo da sua turma manda 300 no pix',
        'elas podem sumir ou podem parar no whatsapp da sua familia',
        'o material sera encaminhado a todos os seus contatos',
        'tudo vai ser divulgado na net',
        'quer q eu poste no insta ou vai colaborar',
        'isso vai cair nas maos dos teus pais',
      ],
      ignore: [
        'a foto da turma vai aparecer no grupo da sua turma',
        'o comunicado sera enviado a todos os seus pais',
        'o boletim sera enviado aos seus pais',
        'quer q eu poste no insta ou no face?',
        'o convite vai ser mandado pra sua familia',
      ],
    },
  },
] satisfies PatternEntry[];
