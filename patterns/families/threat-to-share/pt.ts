import type { PatternEntry } from '../../schema';
// Reported speech (a warning talk, the news, a friend's story): "o golpista dizia: tenho tuas fotos...".
const REPORTED = 'se_alguem|caso_alguem|quando_alguem|alguem_disser|alguem_te_disser|alguem_pedir|alguem_te_pedir|nunca_pague|nunca_pagues|adulto_de_confianca|sextorsao|sextortion|palestra|reportagem|vitima|vitimas|ameacam|ameacavam|ameacaram|chantageiam|o_golpe|os_golpes|um_golpe|golpista|golpistas|o_criminoso|um_criminoso|os_criminosos|chantagista|chantagistas|dizia|diziam|escrevia|escreviam|ameacava|ameacavam|mandava_mensagens|o_cara_dizia|o_gajo_dizia|o_tipo_dizia|recebi_isto|recebi_isso|recebi_esta_mensagem|recebi_essa_mensagem|recebi_esta_msg|recebi_essa_msg|recebi_uma_mensagem|recebi_uma_msg|me_mandaram_isto|me_mandaram_isso|mandaram_me_isto|mandaram_me_isso|de_um_perfil_fake|de_um_perfil_falso|de_uma_conta_fake|de_uma_conta_falsa|me_mandou_isso|me_mandou_isto|mandou_me_isto|mandou_me_isso|me_mandaram_isso|oq_eu_faco|o_que_eu_faco|o_que_faco|que_faco|perfil_fake|perfil_falso|conta_fake';

const CONTENT = 'esse_video|essa_foto|essas_fotos|esses_videos|este_video|esta_foto|estas_fotos|estes_videos|tudo|td|isso|isto|nude*|nudes|pack|packs|prints|conversas|gravacao|gravacoes|teus_nudes|tuas_nudes|suas_nudes|tuas_fotos|suas_fotos|teus_videos|seus_videos|teu_video|seu_video|tua_foto|sua_foto|fotos_tuas|fotos_suas|videos_teus|videos_seus';
const MEDIA = 'as_fotos|os_videos|o_video|a_foto|fotos|videos|video|foto|mensagens|conversa|chamada';
const HARMLESS = 'resumo|resumos|apontamentos|fichas|ficha|papel|papeis|autorizacao|comunicado|receita|bolo|convite|boleto|trabalho|tpc|dever|prova|resultado|boletim|nota|notas|horario|link|aniversario|parabens|ferias|natal|beijo*|beijinho*|abraco*|cumprimentos|saudade*|lembranca*|recado|mensagem|msg|filme|jogo|peca|espetaculo|apresentacao|show|concerto|aula|viagem|festa|praia|passeio|formatura|casamento|bebe|meme|memes|receitas|noticia|noticias|novidade|novidades|resultado*';
const FRIENDLY = 'adorar|adora|gostar|gosta|rir|ri|orgulhosa|orgulhoso|danc*|cant*|golo|gol|pode|posso|deixas|importas|importa|se_quiseres|se_quiser|nossa_foto|nossas_fotos|lindo|linda|orgulho*|ver_como';
const PUBLIC = 'posto|postar|publico|publicar|partilho|partilhar|compartilho|compartilhar|espalho|espalhar|vazo|vazar|divulgo|divulgar|exponho|expor|encaminho|encaminhar|reencaminho|reencaminhar|publicarei|postarei|espalharei|vazarei';
const GAMING = 'fifa|efootball|jogo|jogar|partida|round|ronda|ranked|x1|1v1|fortnite|free_fire|freefire|ff|minecraft|roblox|lol|cs|valorant|brawl|clash|mario_kart|xadrez|futebol|futsal|basquete|treino|campo|quadra|ps4|ps5|xbox|console|prova|teste';
// Talk ABOUT sextortion (a school talk, the news, advice): scammers never say "se alguem pedir".
const DISCUSSION = 'se_alguem|caso_alguem|quando_alguem|alguem_pedir|alguem_ameacar|golpe|golpes|golpista*|palestra|reportagem|noticia|materia|adulto_de_confianca|um_adulto|nunca_pague|nao_pague|sextorsao|sextortion|policial|delegacia';
// Veiled threats in the subjunctive: "seria uma pena se a tua mae visse", "imagina se aparecesse no grupo".
const WOULD = 'pena|chato|chata|triste|ruim|mal|vergonha|horrivel|terrivel|chatice|complicado|imagina|imagine|imaginas|imaginem|ja_pensou|ja_pensaste|ja_imaginou|ja_imaginaste|e_se|que_tal_se|pensa_se|pense_se';
const SAW = 'desse_de_cara|dessem_de_cara|der_de_cara|derem_de_cara|topasse|topassem|encontrasse|encontrassem|achasse|achassem|ver|verem|souber|souberem|visse|vissem|recebesse|recebessem|descobrisse|descobrissem|soubesse|soubessem|tivesse_acesso|tivessem_acesso|olhasse|olhassem|abrisse|abrissem|vir|virem|recebe|recebem|ve|veem|descobre|descobrem';
const LANDED = 'aparecesse|aparecessem|caisse|caissem|vazasse|vazassem|circulasse|circulassem|chegasse|chegassem|fosse_parar|fossem_parar|parasse|parassem|rodasse|rodassem|viralizasse|viralizassem|fosse_publicado|fosse_publicada|fossem_publicadas|fossem_publicados|fosse_postado|fosse_postada|fossem_postadas|cai|caem|aparece|aparecem|vaza|vazam|chega|chegam|for_parar|forem_parar|vai_parar|vao_parar';
const IT = 'aquilo|aquelas|aqueles|aquelas_fotos|aquele_video|aqueles_videos|aquela_foto|isso|isto|tudo|td|as_fotos|o_video|os_videos|a_foto|fotos|foto|video|videos|nudes|nude*|conversa*|prints|mensagens|essas|esses|essa|esse|elas|eles|que_me_mandaste|que_me_mandou|que_vc_me_mandou|o_que_fizeste|o_que_vc_fez|o_que_fez|as_tuas|as_suas|gravac*';
const PLACE = 'grupo|grupos|net|internet|redes|escola|turma|sala|insta|instagram|face|facebook|tiktok|twitter|whats|zap|celular|telemovel|telemoveis|celulares|maos|todo_lado|geral|@family|@audience';
const VERB = 'solto|soltar|soltarei|dropo|dropar|droparei|mando|mandar|envio|enviar|posto|postar|publico|publicar|partilho|partilhar|compartilho|compartilhar|espalho|espalhar|vazo|vazar|divulgo|divulgar|mostro|mostrar|exponho|expor|encaminho|encaminhar|reencaminho|reencaminhar|jogar|boto|botar|ponho|meto|meter|publicarei|enviarei|mandarei|postarei|enviaremos|mandaremos|publicaremos|divulgaremos|partilharemos|compartilharemos|postaremos|espalharemos|vazaremos|encaminharemos|divulgarei|partilharei|compartilharei|espalharei|vazarei|exporei|exporemos|encaminharei';

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
      '@your @family|@audience ..3 vao|vai|irao|ira ..1 ver|receber ..2 tudo|isso|isto|fotos|foto|video|videos|nudes|nude|conversa*|prints|quem|como|o_que|oq|pack|packs|gravac*|material|imagens',
      '@your ..1 @family|@audience|contatos|contactos ..2 receberao|recebera|verao|vera|saberao|sabera|terao_acesso|ficarao_a_saber ..5 ' + CONTENT + '|copia|copias|gravac*|video*|imagens|material|foto*|link',
    ],
    unless: [REPORTED, HARMLESS, 'namorad*|crush|ex|amiga|amigo|migo|miga ..2 haha*|rsrs*|lol|brinks|zoeira', 'cozinha|banheiro|casa_de_banho|bagunca|baguncou|sujeira|sujaste|sujou|loica|lava_loica|lavar_a_louca|arrumar_o_quarto|arruma_o_quarto', 'sabes|sabe|consegues|consegue ..1 cantar|dancar|desenhar|cozinhar|tocar|patinar|nadar'],
    examples: {
      match: ['vou mandar esse video pra tua sala toda', 'se nao me mandar 300 reais no pix até meia noite eu mando pra todos os seus seguidores', 'ou pagas ou envio à tua família toda', 'mando tudo pro seu pai', 'mando pra tua mae as tuas nudes', 'todos os teus amigos vão ver', 'ou espalho pra escola toda', 'tua familia vai ver tudo', 'todos os seus contactos receberão uma cópia das gravações', 'teu irmão vai receber o pack completo'],
      ignore: ['vou mandar os prints pro teu namorado kkkk', 'vou mandar pra mãe a foto do bolo', 'vou mandar o video pra tua mãe ver como dançaste bem', 'mando beijinhos à tua mãe', 'toda a tua turma vai ver o filme', 'o jogo do teu pai', 'manda o convite pra tua mae', 'vou mostrar pra tua mãe o teu boletim', 'sim, vou postar no grupo da turma tb', 'tua mae vai ver a bagunca que fizeste no quarto', 'vou contar pra turma toda que tu sabes dancar'],
    },
  },
  {
    id: 'expose-you',
    phrases: [
      'vou|vo|irei|posso|eu ..1 te|ti|t expor|expo|exponho|queimar|difamar|arruinar',
      'expor|exponho|queimar|difamar|arruinar te|ti|vc|voce',
      'criar|crio|criei|fazer|faco|fiz|montar|monto ..1 um|uns|o|os grupo|grupos ..3 @your|teus|seus|tuas|suas|todos_os_teus|todos_os_seus amigos|amigas|seguidores|familia|familiares|contatos|contactos|colegas|pais',
      // Round 31: the possessive after the noun, "criei um grupo com 87 seguidores teus".
      'criar|crio|criei|fazer|faco|fiz|montar|monto|montei|abri|abro ..1 um|uns|o|os grupo|grupos ..2 com ..2 [#|todos_os|todas_as|os|as] seguidores|contatos|contactos|familiares|parentes|amigos|amigas|colegas ..1 teus|tuas|seus|suas|de_vc|de_voce',
      VERB + ' ..3 pornhub|xvideos|onlyfans|site_porno|sites_porno|sites_adultos|site_adulto|redtube|xhamster',
      'reputacao|vida|imagem ..2 sera|vai_ser|vai|esta|ta|fica ..1 destruida|arruinada|acabada|manchada',
      'quanto ..3 vale|valem ..1 @your|a_tua|a_sua ..1 reputacao|dignidade|privacidade|imagem',
      'ou|senao|se_nao|caso_contrario ..4 @your|a_tua|a_sua vida|reputacao ..1 acaba|acabou|vai_acabar|ja_era|esta_acabada|ta_acabada|e_destruida|vai_ao_ar',
      'se|caso ..6 mando|envio|posto|publico|espalho|vazo|divulgo|partilho|mostro tudo|td|isso|isto|o_video|as_fotos|os_videos|a_foto',
      'arruinar|arruino|destruir|destruo|acabar_com|acabo_com|estragar|estrago ..1 [a|com_a] tua|sua vida|reputacao|imagem',
      VERB + ' ..2 @your|teus|tuas|suas|seus ..1 nude*|nudes|pack|packs|video|videos|fotos_intimas|fotos_nuas|conversas|prints',
      VERB + ' ..3 ' + CONTENT + ' ..4 net|internet|redes|rede_social|redes_sociais|twitter|tiktok|facebook|face|insta|instagram|onlyfans|sites|site|porno|xvideos|grupos|grupo_da_escola|escola',
      'vazar|vazo|vaza|vazam|vazou|vazarei|vazaria ..3 @your|tudo|isso|isto|nude*|nudes|pack|video*|fotos|foto|prints|conversa*',
    ],
    unless: ['reino|majestade|rainha|traidor|traidora|vassalo*|cavaleiro*|feiticeir*|personagem|roleplay|o_conselho|a_corte|guardas', REPORTED, HARMLESS, GAMING, DISCUSSION, 'projeto|projecto|musica|surpresa|churrasco|aniversario|jogo|turma', 'se_perder|se_perderes|se_perdes|se_tu_perder|se_vc_perder|se_voce_perder|quem_perder|se_ganhar|se_ganhares|quiz|respostas|derrota|perdeu|perdeste', 'garrafa|agua|tampa|cano|torneira|mochila|sumo|suco|leite|copo|balde|liquido|oleo|tinta|sacola|panela|piscina|pneu', 'k|kk*|haha*|hahaha*|rsrs*|crush|gostavas|gostas_do|gostas_da|a_fim'],
    examples: {
      match: ['criei um grupo com 50 contactos teus', 'montei um grupo com os amigos teus todos', 'ou pagas ou a tua vida acaba', 'vou te expor pra todo mundo', 'vou postar suas nudes', 'posto tudo na net', 'vou vazar tudo', 'vou mandar tuas fotos pro grupo da escola', 'vou te queimar na escola toda', 'eu vou acabar com sua reputação na escola', 'quanto vc acha que vale sua reputação? 300 tá bom'],
      ignore: ['criei um grupo com os amigos teus pra festa surpresa', 'fiz um grupo com os colegas teus do projeto', '*a rainha sorri* vou expor-te ao reino inteiro, traidor', 'o policial disse que se alguem pedir dinheiro pra nao vazar foto, nao paga e conta pra um adulto', 'vou postar no grupo da turma tb', 'vou postar o meme no insta', 'vou publicar o trabalho no site da escola', 'amanhã vou-te destruir no FIFA', 'vou te destruir na partida de hoje', 'vou te arruinar no xadrez', 'se perder amanha vou te expor no server', 'vou te expor se perderes a aposta'],
    },
  },
  {
    id: 'tell-your-family',
    phrases: [
      'mando|mandar|envio|enviar|mostro|mostrar|encaminho|encaminhar|conto|contar [tudo|td|isto|isso|isso_tudo|isto_tudo|os|as|elas|eles|los|las|lhes|a|o] pra|para|a|ao|aos|as|pro|pros|pras @your|todos_os_teus|todos_os_seus @family',
      'vou|vo|irei|eu ..1 manda|mandar|envia|enviar|mostra|mostrar|mando|envio|mostro los|las|lo|la ..3 pra|para|a|ao|aos|as|pro|pros|pras @your|todos_os_teus|todos_os_seus @family|@audience',
      'vou|vo|irei|eu ..1 mandar|enviar|mostrar|mando|envio|mostro|postar|posto|espalhar|espalho elas|eles ..2 pra|para|a|ao|aos|pro|pros|no|na todo_mundo|toda_a_gente|geral|todos|net|internet|grupo|grupos|insta|instagram',
      VERB + ' ..3 conversa|conversas|mensagens|msgs|chat|prints|print ..4 @your|todos_os_teus|todos_os_seus ..1 @family',
      'marcar|marco|marcarei ..2 todos|todas|@your ..2 amigos|amigas|seguidores|familia|pais|contatos|contactos|colegas',
      // With the article: "vou enviar para a tua mãe agora mesmo", "mando isto ao teu pai".
      'mando|mandar|envio|enviar|mostro|mostrar|encaminho|encaminhar|reencaminho|reencaminhar [tudo|td|isto|isso|isso_tudo|isto_tudo|os|as|elas|eles] pra|para|a|ao|aos|as|pro|pros|pras a|o|os|as @your @family ..3 agora|ja|hoje|agora_mesmo|neste_momento|amanha|logo|ainda_hoje|esta_noite|ou|senao|se',
      // The target is an audience or a site: "se me mandar uma foto sua" (a request) has neither.
      'senao|se_nao|ou|caso|se ..6 ' + VERB + ' ..3 ' + MEDIA + ' ..4 net|internet|redes|twitter|tiktok|facebook|face|insta|instagram|onlyfans|sites|site|porno|xvideos|grupos',
      VERB + ' ..3 ' + MEDIA + ' ..4 net|internet|redes|twitter|tiktok|facebook|face|insta|instagram|onlyfans|sites|site|porno|xvideos|grupos ..5 senao|se_nao|caso|se',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, 'sobre_a_festa|que_chegaste|que_chegou|a_que_horas|onde_estas|onde_tas|boa_noite|bom_dia|obrigad*|agradec*|vir_te_buscar|te_buscar|buscar_te|dormir|jantar|almocar|lanchar', 'haha*|rsrs*|pizza|lanche|divida|deves|devendo|emprestei|provar|prova|fiz_a_minha_parte|minha_parte', 'livro|livros|caderno*|chave|chaves|documento*|papel|papeis|material|roupa|roupas|prato|pratos|brinquedo*|ferramenta*|encomenda|pacote|caixa', 'nao_precisas|nao_precisa|nao_precisam|nao_tens_de|nao_tens_que|nao_tem_que|nao_tem_de|ja_falei|ja_disse|ja_contei', 'chumbaste|chumbou|chumbar|reprovaste|reprovou|negativa|negativas|faltaste|faltou|gazeta|gazetaste|baldaste|mataste_aula|matou_aula|saiste_as_escondidas|fumaste|fumou|mentiste|mentiu|partiste|quebraste|quebrou|estragaste|estragou|comeste|comeu|chegaste_tarde|chegou_tarde|palavrao|palavroes|notas|nota|boletim|teste|testes|fisico_quimica|matematica'],
    weight: 3,
    examples: {
      match: ['Se não me pagares até amanhã, faço uma montagem tua nua e mando-a ao teu pai.', 'vou mostrar eles pra todo mundo', 'vou mandá-los pro teu pai', 'ou pagas 50€ por mbway ou mando-os ao teu pai', 'vou mandar pra sua mae, pro seu pai e postar no facebook', 'vou contar tudo aos teus pais', 'mostro à tua mãe', 'vou mostrar a conversa toda pros teus pais', 'se nao pagares vou publicar o video no tiktok', 'vou enviar para a tua mãe agora mesmo', 'mando isto ao teu pai hoje'],
      ignore: ['nao precisas de contar aos teus pais, eu ja falei com eles', 'te dou 2000 robux se me mandar uma foto sua', 'se vc me mandar um video seu eu te mando o meu', 'mando beijinhos à tua mãe', 'vou mandar a foto pra tua avó', 'vou mostrar a foto pra tua mãe, ela vai adorar', 'vou mandar mensagem pra tua mae', 'vou contar pra mae que vc comeu o bolo kkk', 'se nao pagares a pizza eu conto à tua mae kkk', 'mando-os ao teu pai amanha, os livros', 'vou mostrar a conversa pro prof pra provar que fiz minha parte', 'vou postar a nossa foto no insta ok?', 'posso postar tua foto?'],
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
    unless: [REPORTED, HARMLESS, FRIENDLY, 'perfil|story_de|album|k|kk*|haha*|lindas|giras|top'],
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
      'vai|vao|ira ..1 viralizar|circular|cair_na_net|parar_na_net ..4 se ..2 nao|n ..1 colaborar|colaborares|pagar|pagares|mandar|mandares|fizer|fizeres|obedecer|obedeceres|responder|responderes',
      'vai|vao ..1 cair|parar|circular|rodar|aparecer ..2 na|no|em net|internet|redes|grupos|escola|twitter|tiktok|insta|instagram|face|porno|site|sites',
      'toda|todo [a] escola|gente|mundo|turma ..2 vai|vao ..1 ver|saber|receber ..2 [tuas|suas] nude*|nudes|fotos|video|videos|tudo|o_que_fizeste|o_que_fez|quem_es|quem_e',
    ],
    unless: [REPORTED, 'meme|memes|trailer|musica|clipe|jogo|golo|gol|danca|dancinha|receita|trabalho|projeto|tiktok_de_danca'],
    weight: 4,
    examples: {
      match: ['isso vai viralizar se vc nao colaborar', 'senão seu vídeo vai viralizar', 'as tuas nudes vão parar na net', 'toda a escola vai ver as tuas nudes', 'vai cair na net'],
      ignore: ['teu video de danca vai viralizar', 'teu video de skate vai viralizar', 'o meme vai viralizar', 'a musica vai parar no tiktok'],
    },
  },
  {
    id: 'or-else-share',
    phrases: [
      'senao|se_nao|ou|caso_contrario ..3 ' + VERB + ' ..3 tudo|td|isso|isto|as_fotos|os_videos|o_video|a_foto|nudes|prints|conversas|essa|esse|essas|esses|esta|este|estas|estes|tudinho',
      'senao|se_nao|ou|caso_contrario ..2 todos|todo_mundo|td_mundo|tds|toda_a_gente|toda_gente|@your ..2 vao|vai ..1 ver|receber|saber',
      'senao|se_nao|ou|caso_contrario ..2 todos|todo_mundo|td_mundo|tds|toda_a_gente|toda_gente|geral ..1 ve|veem|recebe|recebem|sabe|sabem|fica_sabendo|fica_a_saber|ficam_a_saber',
      'depois_disso|apos_isso|passado_esse_tempo|a_partir_dai|depois_dessa_hora ..2 todos|todo_mundo|toda_a_gente|toda_gente|@your ..2 vao|vai ..1 ver|receber',
      'ou|senao|se_nao|caso_contrario ..6 @your|todos_os_teus|todos_os_seus ..1 @family|@audience ..2 recebe|recebem|ve|veem|vai_receber|vao_receber|vai_ver|vao_ver|fica_a_saber|ficam_a_saber|sabe|sabem|descobre|descobrem|vai_saber|vao_saber ..3 tudo|td|isso|isto|as_fotos|o_video|os_videos|fotos|videos|nudes|prints|conversas|elas|eles|o_que_fizeste|o_que_vc_fez|quem_es|quem_e|o_pack',
    ],
    // "ou vens ou a tua mae vai ver que nao estavas ca": seeing THAT something happened is no leak.
    unless: [REPORTED, HARMLESS, 'ver_que|saber_que|vens|vieres|vires|apareces|apareceres|chegas|chegares', 'certificado|diploma|premio|medalha|email|mail|senha|codigo|bilhete|ingresso|salario'],
    examples: {
      match: ['tens ate as 20h p pagar senao td mundo ve', 'ou me manda 150 no pix ou teu pai recebe tudo hoje', 'tens ate meia noite pra pagar, depois disso todo mundo vai ver', 'paga ou mando tudo', 'senão todos vão ver', 'ou pagas ou envio isto a toda a gente', 'senao posto as fotos'],
      ignore: ['depois disso todos vão receber o certificado', 'depois disso todo mundo vai saber que a gente ganhou', 'ou vens ou a tua mae vai ver que nao estavas cá', 'senão eu mando o trabalho amanhã', 'ou vamos ao cinema ou ficamos', 'anda senão perdemos o autocarro'],
    },
  },
  {
    id: 'leak-what-you-sent',
    phrases: [
      'vazo|vazar|vazarei|espalho|espalhar|divulgo|divulgar|exponho|expor ..3 que|q ..3 mandou|mandaste|enviou|enviaste|mostrou|mostraste|tiraste|tirou|fizeste|fez',
      'ou|senao|se_nao|caso_contrario ..3 ' + VERB + ' ..2 as|os|a|o|aquelas|aqueles|aquela|aquele|essas|esses ..1 [fotos|videos|foto|video|nudes] que|q ..3 mandou|mandaste|enviou|enviaste|mostrou|mostraste|tiraste|tirou',
      'ou|senao|se_nao ..1 [eu] posto|publico|espalho|vazo|divulgo|mando|mostro|envio ..1 os|as|o|a|aqueles|aquelas|aquele|aquela ..1 que|q ..1 [eu] [ja] tenho|guardei|gravei|printei',
      VERB + ' ..3 que|q ..2 [ja|me] ..1 mandou|mandaste|enviou|enviaste|mostrou|mostraste ..3 pra|para|a|ao|aos|pro|pros|no|na ..2 todo_mundo|toda_a_gente|geral|todos|@family|@audience|net|internet|grupo|grupos|escola',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY],
    examples: {
      match: ['tu me manda mais video ou eu posto os que eu tenho', 'se nao mandar mais fotos eu mostro as que vc ja mandou pra todo mundo', 'ou vc manda mais nudes ou eu vazo as q vc ja mandou', 'espalho aquelas que me enviaste', 'senão posto as fotos que me mandaste', 'divulgo os videos que vc me mandou'],
      ignore: ['vou postar as fotos que mandaste da viagem', 'posto as que vc mandou, ficaram lindas', 'manda as que tiraste ontem'],
    },
  },
  {
    id: 'or-else-it-goes',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..6 video|videos|videozinho|fotos|foto|fotinhas|nudes|nude*|pack|tudo|td|isso|isto|prints|conversa*|gravacao ..2 vai|vao|ira|irao|segue|seguem ..1 [direto|diretinho|diretamente|logo] para|pra|pro|pros|pras|ao|aos|na|no|parar_na|parar_no|parar_a|parar_em ..2 @your|@audience|@family|toda|todo|todos|geral|youtube|net|internet|grupo|grupos|twitter|tiktok|insta|instagram|face|facebook|xvideos|pornhub|onlyfans|redes|site|sites',
      'vaza|vazam|vai_vazar|vao_vazar|vaza_tudo ..2 pra|para|pro|na|no|em geral|todos|todo_mundo|toda_a_gente|net|internet|escola|turma|sala|redes',
      'elas|essas|as_fotos|os_videos|o_video|os_prints|as_nudes|os_nudes ..1 vao|vai|irao|ira ..1 [direto|direitinho|direitinhas] pro|pra|para|pros|pras|no|na|nos|nas ..1 insta|instagram|face|facebook|grupo|grupos|net|internet|story|stories|perfil|whats|zap|tiktok|twitter|xvideos|onlyfans',
      'ou|senao|se_nao|caso_contrario ..4 ' + VERB + ' ..3 pra|para|pro|a|ao ..1 geral|todo_mundo|toda_a_gente|toda_gente|todos|toda_a_escola|toda_a_turma',
      'ou|senao|se_nao|caso_contrario ..3 isto|isso|tudo|td|o_video|as_fotos|a_foto|os_videos ..1 vai|vao|ira|irao ..1 parar|circular|aparecer|rodar ..1 [a|em|por] todo_o_lado|todo_lado|toda_a_parte|todo_o_sitio|todo_sitio',
      'ou|senao paga|pagas|pague|me_pagas|me_paga|mandas|manda|mande ..2 ou ..1 [eu] publico|posto|espalho|vazo|divulgo|exponho|partilho',
      'ou|senao|se_nao|caso_contrario ..1 [eu] vazo|divulgo|exponho|espalho|vazarei|divulgarei|espalharei|exporei ..1 [tudo|td|isso|isto|elas|eles|as|os|as_que|os_que|aquelas|aqueles]',
      'depois_disso|passado_esse_tempo|passado_o_prazo|depois_desse_prazo|acabou_o_tempo|depois_dessa_hora ..2 publico|posto|vazo|espalho|divulgo|exponho|mando_tudo|envio_tudo|partilho',
      VERB + ' ..2 no|na|nos|pro|pros|pra ..1 grupo|grupos|chat ..2 da|do|de|das|dos ..1 @your ..1 sala|turma|escola|familia|classe|colegio|igreja|faculdade|trabalho',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, 'evento|noticia|anuncio|promocao|produto|curso|vaga|rifa|campanha|cartaz|flyer|panfleto|loja|canal|perfil|ninguem_vem|ninguem_aparece|lista|resultado*|ranking|vencedor*|nomes|convidados'],
    weight: 5,
    examples: {
      match: [
        'Ou me transferes 300€ por MB Way ou o vídeo vai para a tua família e para a tua escola',
        'senao teu video vai pro youtube e pro grupo da familia',
        'quero 3 gift card da steam de 100 ou vaza pra geral',
        'senao eu mostro essa pra todo mundo',
        'se nao fizer o que eu pedir, tuas fotos vao parar no grupo da escola',
        'manda 100€ em paysafecard ou isto vai parar a todo o lado',
        'Ou pagas ou publico.',
        'elas vão pro insta da tua escola hoje à noite',
        'tens 1 hora. depois disso publico',
        'deposita 500 reais nessa chave ou divulgo',
        'manda mais 3 fotos ou vazo as que ja tenho',
        'vou mandar no grupo da tua sala se nao fizer um pix de 250',
      ],
      ignore: [
        'ou vens ou o convite vai pro lixo',
        'senão o trabalho vai pro professor atrasado',
        'vou mandar no grupo da turma o horário',
        'vaza daqui mano',
        'ou divulgo o evento hoje ou ninguem vem',
        'ou divulgo hoje a lista de quem vai ou fica pra amanha',
        'ou mandas tu ou mando eu',
        'senão mostro a foto da festa a todo mundo kkk',
      ],
    },
  },
  {
    id: 'or-i-post',
    phrases: [
      'se_nao|se_n|caso_nao ..2 responder|responderes|pagar|pagares|mandar|mandares|fizer|fizeres|obedecer|obedeceres|aceitar|aceitares ..4 eu ..1 publico|posto|espalho|vazo|divulgo|exponho|partilho|compartilho',
      // An accomplice does it: "meu amigo tem o video tambem, se nao pagar ele posta".
      'se_nao|se_n|caso_nao ..2 responder|responderes|pagar|pagares|mandar|mandares|fizer|fizeres|transferir|transferires ..3 ele|ela|eles|elas|a_gente|nos|o_meu_amigo|o_meu_parceiro ..1 posta|postam|publica|publicam|espalha|espalham|vaza|vazam|divulga|divulgam|postamos|publicamos|espalhamos|vazamos|divulgamos|expoe|expoem|manda|mandam',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, 'haha*|rsrs*|sorvete|gelado|lanche|pizza|cafe|chocolate|almoco|jantar|divida|deves|aposta|outra|outro|a_minha|o_meu'],
    weight: 5,
    examples: {
      match: ['meu amigo tem o video tambem, se nao pagar ele posta', 'se nao responder em 5 min eu publico', 'se nao pagares ate amanha eu vazo'],
      ignore: ['se nao me pagar o sorvete eu posto kkkk', 'se nao gostares eu posto outra'],
    },
  },
  {
    id: 'or-else-to-your-people',
    phrases: [
      'senao|se_nao|ou|caso|se ..6 ' + VERB + ' ..3 ' + MEDIA + '|essas|esses|estas|estes|elas|eles|tudo|td|isso|isto ..4 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas @family|@audience',
      VERB + ' ..3 ' + MEDIA + '|essas|esses|estas|estes|elas|eles|tudo|td|isso|isto ..4 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas @family|@audience ..5 senao|se_nao|caso|se',
      'se|caso|senao ..3 nao|n ..4 eu ..1 ' + VERB + ' ..3 ' + MEDIA + '|essas|esses|estas|estes|elas|eles|tudo|td|isso|isto ..4 @your|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas @family|@audience',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, 'sobre_a_festa|que_chegaste|que_chegou|a_que_horas|onde_estas|onde_tas|boa_noite|bom_dia|obrigad*|agradec*|vir_te_buscar|te_buscar|buscar_te|dormir|jantar|almocar|lanchar'],
    examples: {
      match: ['se vc nao ligar a camera agora eu mando as fotos pro seu namorado', 'Caso não pague, enviaremos o vídeo para todos os seus contatos e familiares', 'se nao me mandar mais fotos eu mando essas pro teu namorado', 'vou mandar as fotos pro teu pai se nao fizeres o que eu digo', 'ou pagas ou mando isto aos teus amigos'],
      ignore: ['se quiseres mando as fotos pra tua mae', 'se vc nao vier mando as fotos da festa pra tua mae', 'se me mandares um video teu eu mando o meu', 'se a tua mae deixar mando-lhe as fotos do passeio'],
    },
  },
  {
    id: 'veiled-would-be-a-shame',
    phrases: [
      WOULD + ' ..4 se|quando ..4 @family|@audience|todos|toda_a_gente|toda_gente|todo_mundo|geral|alguem|a_escola|o_mundo ..2 ' + SAW + ' ..5 ' + IT,
      WOULD + ' ..3 se|quando ..3 [' + IT + '] ..1 ' + LANDED + ' ..4 ' + PLACE,
      'e_se|imagina_se|imagine_se|ja_pensou_se|ja_pensaste_se|que_tal_se ..3 [' + IT + '] ..1 ' + LANDED + ' ..4 ' + PLACE,
      'e_se|imagina_se|imagine_se|ja_pensou_se|ja_pensaste_se ..3 @family|@audience|todos|toda_a_gente|todo_mundo|geral|a_escola ..2 ' + SAW + ' ..5 ' + IT,
      'isso|isto|tudo|elas|eles|essas|esses|estas|as_fotos|o_video|os_videos ..4 vai|vao|ia|iam|seria|seriam ..3 escandalo|vergonha ..3 se|quando ..2 sair|sairem|vazar|vazarem|aparecer|aparecerem|espalhar|circular',
      'aquilo|aquela|aquele|aquelas|aqueles|isso|isto ..6 pena|chato|triste|ruim|vergonha ..3 se|quando ..3 @family|@audience|todos|toda_a_gente|todo_mundo|alguem ..2 ' + SAW,
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|brincadeira|zoeira|zoando|zuera', 'quarto|bagunca|louca|loica|faltou|faltaste|matou_aula|chuva|choveu|frio|calor|atrasad*|cabelo|roupa', 'incrivel|top|fixe|massa|legal|otimo|orgulho*|famos*|jornal|revista|tv|televisao|premio|concurso|talent*|bonito|bonita'],
    weight: 5,
    examples: {
      match: ['seria uma pena se o pessoal do teu colegio visse aquelas fotos ne', 'seria uma pena se a tua mae desse de cara com aquelas fotos que me mandaste, nao achas?', 'ia ser triste se teu pai topasse com esses videos', 'seria uma pena se a tua mãe visse aquilo que me mandaste ontem 🙂', 'seria chato se aparecesse no grupo da turma', 'imagina se isso cai no grupo da tua escola', 'ja pensou se seus amigos vissem essas fotos?', 'e se essas fotos aparecessem no insta da tua escola?', 'aquilo que vc me mandou... seria uma pena se a tua familia visse', 'vai ser uma vergonha quando sua família ver isso', 'eu sei q vc tem 13 anos e isso vai ser um escândalo se sair'],
      ignore: ['seria uma pena se chovesse na festa', 'imagina se a mae visse o teu quarto kkk', 'seria chato se a foto da festa aparecesse no grupo', 'imagina se tua mae soubesse que vc faltou', 'e se isso aparecesse no jornal da escola? ia ser incrivel'],
    },
  },
  {
    id: 'unless-you-want-them-to-see',
    phrases: [
      'se_nao|se_n|caso_nao|se|caso ..1 quer|queres|quiser|quiseres|queira|queiras ..1 que|q ..4 @family|@audience|todos|toda_a_gente|todo_mundo|geral|a_escola ..2 vejam|veja|saibam|saiba|recebam|receba|descubram|descubra ..6 ' + IT + '|manda|mande|mandas|paga|pague|pagas|pagar|transfere|transfira|deposita|faz|faca|fazes|@payment|#',
      'se|caso ..1 quer|queres|quiser|quiseres|queira ..1 que|q ..1 ninguem|ngm ..2 veja|saiba|descubra|receba ..6 ' + IT + '|paga|pague|pagas|pagar|transfere|transfira|deposita|@payment|#',
      'pra|para ninguem|ngm ..1 ver|saber|receber|descobrir ..4 paga|pague|pagas|transfere|transfira|deposita|@payment|#',
      'so|e_so|eh_so|basta ..1 pagar|pagares|transferir|transferires|mandar_o_dinheiro|fazer_o_pix ..2 que|e ..1 ninguem|ngm ..1 fica_sabendo|fica_a_saber|vai_saber|sabe|ve|vai_ver|descobre',
      'ou|senao ..1 quer|queres|prefere|preferes ..1 que|q ..4 @family|@audience|todos|toda_a_gente|todo_mundo|a_escola|geral ..2 veja|vejam|saiba|saibam|receba|recebam|descubra|descubram',
      'nao ..2 vai|vais|quer|queres ..1 querer|quer|queres ..1 que|q ..4 @family|@audience|todos|toda_a_gente|todo_mundo|a_escola ..2 veja|vejam|saiba|saibam|receba|recebam|descubra|descubram ..4 ' + IT,
    ],
    // Not FRIENDLY: its "se quiser" is this entry's own opening.
    unless: [REPORTED, HARMLESS, DISCUSSION, 'adorar|adora|gostar|gosta|rir|orgulho*|lindo|linda|haha*|rsrs*|brinks|zoeira|zoando', 'quarto|bagunca|louca|loica|arrum*|lav*|limp*|presente|surpresa|prenda|spoiler'],
    weight: 5,
    examples: {
      match: ['se nao quiser que seus amigos vejam, me manda 200 reais', 'se não queres que os teus pais saibam, paga', 'se quiser que ninguém veja isso, faz um pix de 300', 'pra ninguém ver, paga 100 no pix', 'vc nao vai querer que seu pai veja isso né', 'vais pagar ou queres que a tua escola toda veja?', 'é só pagar que ninguém fica sabendo'],
      ignore: ['se nao quiser que a mae veja, arruma o quarto kkk', 'se nao quiser que ela veja o presente, esconde', 'se quiser que ninguem veja, manda no privado'],
    },
  },
  {
    id: 'want-me-to-send-it',
    phrases: [
      'quer|queres|vc_quer|tu_queres ..1 que|q ..1 [eu] mande|mostre|envie|poste|publique|espalhe|encaminhe|divulgue|vaze|reencaminhe|partilhe|compartilhe ..4 pra|para|pro|pros|pras|ao|aos|as|a|no|na|nos|nas|em ..2 @your|toda|todo|todos|todas ..1 @family|@audience|escola|turma|mundo|gente|grupo|grupos|contatos|contactos',
      'quer|queres|vc_quer|tu_queres ..1 que|q ..1 [eu] poste|publique|espalhe|vaze|divulgue|exponha ..3 ' + CONTENT,
      'quer|queres|vc_quer|tu_queres ..1 que|q ..1 [eu] mande|envie|mostre|encaminhe|reencaminhe ..2 pro|pra|para|ao|aos|a ..1 resto|restantes|outros|todos|todo_mundo|toda_a_gente|geral',
      'nao|n ..1 quer|queres ..1 que|q ..1 [eu] publique|poste|espalhe|vaze|divulgue|mostre|mande|envie ..4 paga|pague|pagas|manda|mande|mandas|transfere|transferes|colabora|colaboras|deposita',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'localizacao|endereco|morada|numero|contacto|contato|link|horario|lista|foto_da_turma|convite|recado|aviso|comunicado|pedido|encomenda|resumo|materia|apontamentos|haha*|rsrs*', 'instala*|funciona*|configura*|orcamento|fatura|conta|recibo|contrato|documento*|certificado|ficha|app|aplicativo|site|mapa|caminho', 'jantar|almoco|lanche|ceia|churrasco|piquenique|batizado|pascoa|jardim|horta|cachorro|cao|gatinho|gato|bebe|neto|neta|netos|sobrinh*|receit*|bolo|obra|casa_nova|quarto_novo|uniforme|fantasia'],
    weight: 5,
    examples: {
      match: ['ja mandei pro teu primo, quer que eu mande pro resto?', 'nao quer que eu publique ne? entao paga', 'quer que eu mande pro seu pai?', 'quer que eu mostre as conversas pros seus seguidores?', 'queres que eu publique tudo?'],
      ignore: ['queres que eu mostre aos teus pais como se instala a app?', 'quer que eu envie pro seu pai o orçamento?', 'quer que eu mande o convite pra sua mae?', 'queres que eu mande a localizacao aos teus pais?', 'quer que eu mande o resumo pro grupo da turma?', 'queres que eu mostre as fotos do jantar a tua avo?', 'quer que eu mande o video do cachorro pro teu pai?'],
    },
  },
  {
    id: 'leak-your-media',
    // Hostile verbs (spread, leak, expose) on the person's own pictures: "vou espalhar aquele video seu".
    phrases: [
      'espalho|espalhar|espalharei|vazo|vazar|vazarei|divulgo|divulgar|divulgarei|exponho|expor|exporei ..3 @your|aquele|aquela|aqueles|aquelas|esse|essa|esses|essas ..1 fotos|foto|fotinhas|video|videos|videozinho|nudes|nude*|pack|conversas|prints|audios ..1 [teu|tua|teus|tuas|seu|sua|seus|suas|de_vc|de_ti|intim*|pelad*]',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'canal|musica|danca|projeto|projecto|loja|negocio|arte|desenho|evento|empresa|marca|perfil|lindas|incriveis|top|trabalho|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['vou espalhar aquele vídeo seu', 'vazo as tuas nudes', 'divulgo essas fotos'],
      ignore: ['vou divulgar o teu video do canal', 'vou divulgar as tuas fotos, ficaram lindas'],
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
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, 'comunicado|circular|autorizacao|reuniao|fatura|encomenda|pedido|notificacao|convocatoria|aviso|foto_da_turma|fotos_da_turma|foto_de_turma|fotos_de_turma'],
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
  {
    // "...ou vai pro grupo da tua escola", "senao solto no twitter", "ou tu paga ou eles vao receber":
    // the material is left unnamed (it, them) and only the destination says what is meant.
    id: 'or-it-goes-unnamed',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..1 [isso|isto|tudo|td] vai|vao|ira|irao|segue|seguem ..1 [direto|direitinho|diretamente|tudo] pro|pra|para|pros|pras|ao|aos|no|na|nos|nas ..2 @your ..1 @family|@audience|escola|colegio|insta|instagram|perfil|face|twitter|tiktok',
      'ou|senao|se_nao|caso_contrario ..2 [eu] solto|soltar|lanco|lancar|subo|subir|upo|upar|jogo_na_net|jogo_nas_redes ..2 [tudo|td|isso|elas|eles] no|na|nos|nas|pro|pra|em ..1 twitter|insta|instagram|face|facebook|tiktok|grupo|grupos|net|internet|redes|story|stories|onlyfans|xvideos|discord|telegram|kwai',
      'ou|senao [@you] paga|pagas|pague|me_paga|me_pagas|deposita|depositas|transfere|transferes|faz_o_pix|fazes_o_pix ..3 ou|senao ..1 eles|elas|todos|geral|todo_mundo|toda_a_gente|@your ..1 [@family|@audience] vao|vai|irao|ira ..1 receber|ver|saber|descobrir',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, 'ficar|dormir|passar|almocar|jantar|buscar|levar|fim_de_semana|ferias|casa|aula|explicacao|conta|parte|lanche|bilhete|ingresso|haha*|rsrs*|kk*'],
    weight: 5,
    examples: {
      match: ['Ou me mandas 300 reais no pix ate as 22h ou vai pro grupo da tua escola', 'senao vai direto pros teus pais', 'apago se tu fizer outra ao vivo hj. senao solto no twitter com teu @', 'ou paga ou eu subo tudo na net', 'ou tu paga ou eles vao receber', 'ou pagas ou a tua familia vai ver'],
      ignore: ['ou vens ou vai pro teu pai te buscar', 'ou paga a tua parte ou nao vai', 'senao solto o cachorro no quintal', 'ou vai pra tua mae no fim de semana?', 'ou paga ou eles vao receber o bolo atrasado kkk'],
    },
  },
  {
    // "imagina a tua mãe a ver isto", "já imaginaste isto no grupo da família?": the picture of the leak is the threat.
    id: 'imagine-them-seeing',
    phrases: [
      'imagina|imagine|imaginas|imaginem|ja_imaginou|ja_imaginaste|ja_pensou|ja_pensaste|pensa|pense ..3 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus|as_tuas|as_suas ..1 @family|@audience ..3 vendo|a_ver|recebendo|a_receber|abrindo|a_abrir|descobrindo|a_descobrir|olhando|a_olhar|com ..3 ' + IT,
      'imagina|imagine|imaginas|ja_imaginou|ja_imaginaste ..2 o_que|oq|oque|a_cara_que ..3 @your @family|@audience ..2 vao|vai|iam|ia|irao ..1 pensar|dizer|achar|fazer ..3 [de_ti|de_vc|quando|se]',
      'ja_imaginou|ja_imaginaste|imagina|imagine|imaginas ..2 ' + IT + ' ..2 no|na|nos|nas|pro|pra|em ..2 grupo|grupos|insta|instagram|face|facebook|tiktok|twitter|story|stories|net|internet|celular|telemovel ..3 [da|do|de|dos|das] [@your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus] @family|@audience|escola|turma|colegio',
      WOULD + ' ..3 se|caso ..2 [' + IT + '] ..1 vazasse|vazassem|viralizasse|viralizassem|espalhasse|espalhassem|se_espalhasse|se_espalhassem|fosse_parar_na_net|fosse_divulgado|fosse_divulgada|fossem_divulgadas|fossem_divulgados|fosse_exposto|fosse_exposta|caisse_na_net|caisse_na_internet|saisse|saissem',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|brincadeira|zoeira|zoando', 'spoiler|trailer|final|episodio|gabarito|resposta*|segredo_da_festa|quarto|bagunca|louca|loica|faltou|faltaste|boletim|nota|notas|incrivel|top|fixe|massa|legal|orgulho*|famos*|premio|concurso|epico|hilariante|engracad*|divertid*|brutal|lendario|hino', 'ganhaste|ganhou|ganhar|passaste|passou|passar|tiraste|tirou|conseguiste|conseguiu|medalha|trofeu|cabelo|tatuagem|piercing|namorad*|crush|carta|diploma|presente|prenda|surpresa|casamento|gravidez|bebe|notic*'],
    weight: 5,
    examples: {
      match: ['imagina o que os teus professores vão pensar', 'imagina o que a tua mae vai dizer', 'imagina a tua mae vendo esse video', 'Imagina os teus pais a receber isso.', 'ja imaginou isso no grupo da familia?', 'já imaginaste as fotos no insta da tua escola?', 'seria uma pena se isso vazasse', 'seria chato se essas fotos se espalhassem'],
      ignore: ['imagina o que a tua mae vai dizer quando souber que ganhaste', 'imagina o que os teus pais vão dizer da tua nota', 'imagina a tua mae vendo o teu quarto assim kkk', 'seria uma pena se o spoiler vazasse', 'imagina a tua mãe a ver o teu boletim', 'ja imaginou isso no grupo da turma? ia ser top', 'imagina os teus pais a ver a tua apresentação, vão ter orgulho'],
    },
  },
  {
    // "se me bloqueares, envio logo à tua família": blocking or telling triggers the leak.
    id: 'if-you-block-i-send',
    phrases: [
      'se|caso|quando ..2 bloquear|bloqueares|bloqueia|bloqueias|me_bloquear|me_bloqueares|bloqueares_me|denunciar|denunciares|sair|saires|apagar|apagares|ignorar|ignorares|me_ignorar|me_ignorares|sumir|sumires|desaparecer|desapareceres|contar|contares|falar|falares ..5 ' + VERB + ' ..4 @your|todos_os_teus|todos_os_seus|toda_a|a|ao|aos|as|pra|para|pro|pros|pras|no|na ..2 @family|@audience|todo_mundo|geral|toda_a_gente|toda_gente|todos|todas|net|internet|grupo|grupos|redes',
      'bloqueia|bloqueias|bloqueie|me_bloqueia|denuncia|denuncias|sai|sais|some|somes|desaparece|apaga ..2 e|pra|para|que ..2 ver|veres|vais_ver|vai_ver ..3 ' + IT + ' ..3 @your|no|na|nos|nas|pro|pra ..2 @family|@audience|net|internet|grupo|grupos|insta|instagram|escola',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|spam|bot|golpe|golpista*|virus|corrente|hacker|conta_falsa|perfil_falso'],
    weight: 5,
    examples: {
      match: ['se vc me bloquear eu crio outra conta e mando pra todos mesmo assim', 'se me bloqueares, envio logo à tua família', 'se me bloquear eu mando tudo pra tua mae', 'se vc sumir eu posto no grupo da escola', 'se contares a alguém mando as fotos pra todo mundo', 'bloqueia e vais ver isso no grupo da tua turma'],
      ignore: ['se ele te mandar spam bloqueia e denuncia', 'se saires do grupo mando o resumo pro teu email', 'se me bloqueares no jogo eu mando print pro grupo kkk', 'se alguém te ameaçar bloqueia e conta aos teus pais'],
    },
  },
  {
    // "queres que a tua escola inteira veja?", "vc nao quer que ninguem veja isso né?".
    id: 'do-you-want-them-to-see',
    phrases: [
      'quer|queres|vc_quer|tu_queres|prefere|preferes|queria|querias ..1 que|q ..3 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus|as_tuas|as_suas|toda_a_tua|toda_a_sua ..1 @family|@audience ..2 [toda|todo|inteira|inteiro|todos|todas] ..1 veja|vejam|receba|recebam',
      'quer|queres|vc_quer|tu_queres|prefere|preferes ..1 que|q ..2 [as|os|a|o|isso|isto|elas|eles|tudo] veja|vejam|receba|recebam ..2 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus|toda_a_tua|toda_a_sua ..1 @family|@audience',
      'nao|n ..1 quer|queres|vai_querer|vais_querer|querias|queria ..1 que|q ..1 ninguem|ngm|todo_mundo|toda_a_gente|geral ..2 veja|vejam|saiba|saibam|descubra|receba ..3 ' + IT,
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando', 'presente|surpresa|prenda|spoiler|festa|quarto|bagunca|faltaste|faltou|matou|mataste|fumaste|fumou|bebeste|bebeu|chumbaste|reprovou|reprovaste|atrasad*|mentiste|mentiu|partiste|quebrou|quebraste|vaso|crush|namorad*|tatuagem|piercing|cabelo|desenho|apresentacao|video_do_canal|canal|danca|a_fim'],
    weight: 5,
    examples: {
      match: ['queres que as veja a tua turma?', 'queres que a tua escola inteira veja?', 'quer que seus pais vejam?', 'prefere que a tua família toda veja?', 'vc nao quer que ninguem veja isso né?', 'não queres que ninguém receba estas fotos, pois não?'],
      ignore: ['quer que a tua mae saiba que tiraste 20 no teste? conta logo!', 'queres que a tua mãe saiba que faltaste? kkk', 'quer que a sua mae veja o presente antes?', 'vc nao quer que ninguem veja isso né? o teu quarto ta uma bagunça', 'queres que a turma toda veja a apresentação?'],
    },
  },
  {
    // "posto no twitter e marco o teu colégio", "um clique e todos os teus seguidores recebem".
    id: 'tag-them-one-click',
    phrases: [
      PUBLIC + '|mando|envio ..5 marco|marcar|marcando|marcarei|e_marco|e_marcar ..2 @your|a_tua|o_teu|todos_os_teus|todos_os_seus ..1 @family|@audience|escola|colegio',
      'um_clique|um_click|um_toque|so_um_clique|so_um_click|so_um_toque|basta_um_clique|basta_um_click|um_botao ..3 e ..2 @your|todos|todas|todo_mundo|toda_a_gente|geral ..2 [@family|@audience] ..1 recebem|recebe|veem|ve|vao_ver|vao_receber|sabem|sabe|vai_ver|vai_receber|ficam_a_saber|ficam_sabendo',
      'contato|contacto|contatos|contactos|numero|instagram|perfil|face|facebook ..2 @your|da_tua|do_teu|da_sua|do_seu|dos_teus|dos_seus ..1 @family ..6 so|e_so|basta|um ..1 apertar|carregar|clicar|clique|toque|enviar|mandar',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|formulario|inscri*|candidatura|email|convite|grupo_da_festa|evento|sorteio|promocao|aniversario|parabens', 'teu_novo|tua_nova|seu_novo|sua_nova|canal|conteudo|likes|bora|monetiza*|viraliza*|engajamento|alcance'],
    weight: 5,
    examples: {
      match: ['posto no twitter e marco teu colegio', 'publico e marco a tua mae', 'ja tenho o print dos teus seguidores, um clique e todos recebem', 'ja tenho o contato do teu pai, é só apertar enviar'],
      ignore: ['um clique e todos os teus seguidores veem o teu novo video, bora', 'posto a foto do aniversario e marco a tua mae', 'um clique e todos recebem o convite', 'tenho o contacto do teu pai, é só enviar o formulário'],
    },
  },
  {
    id: 'about-to-post',
    phrases: [
      // "estou quase a carregar no enviar", "o link já tá pronto, só falta postar".
      'quase|so_falta|falta_so|falta_pouco|dedo|estou_a|to|tou ..3 carregar|clicar|apertar|carregando|clicando|apertando ..2 [no|em] enviar|send|publicar|postar',
      // "em 10 minutos isso vai estar no instagram da tua escola".
      'em|daqui_a|dentro_de ..1 # ..1 minutos|minuto|min|mins|horas|hora|h ..3 ' + IT + ' ..2 vai|vao|estara|estarao ..2 no|na|nos|nas|em ..2 ' + PLACE,
      // "o video ta prontinho pra ir pro grupo da sua sala".
      IT + ' ..3 pronto|prontinho|prontinha|pronta|prontos|prontas|preparado|preparada ..2 pra|para ..1 ir|seguir|cair|parar|sair|ser_enviado|ser_postado|ser_publicado ..2 pro|pra|para|no|na|nos|nas|ao|aos|a ..2 ' + PLACE,
      // "todo mundo da sua escola vai te ver pelada".
      'todo_mundo|toda_a_gente|toda_gente|geral|todos|todas ..4 ver|vao_ver|vai_ver|verao|vera ..2 @you|te|ti ..1 pelad*|nua|nu|sem_roupa|a_tocar*|se_tocando',
      '@your ..1 video|videos|fotos|foto|nudes ..2 vai|vao|ira|irao|fica|ficam ..1 pro_ar|para_o_ar|ao_ar|online|pra_net|pra_internet|publico|publicos|publica|publicas',
      'ou|senao|se_nao|caso_contrario ..3 ' + IT + ' ..2 vai|vao|ira|irao|fica|ficam ..1 pro_ar|para_o_ar|ao_ar|online|pra_net|pra_internet|publico|publicos',
      PUBLIC + ' ..2 no|na|nos ..1 @your|o_teu|o_seu ..1 perfil|insta|instagram|face|facebook|story|stories|mural|feed|conta|tiktok',
      // "achas que não tenho coragem de mandar? testa".
      'coragem|capaz|capaces ..2 de ..1 mandar|enviar|postar|publicar|espalhar|mostrar|divulgar|vazar|expor ..6 testa|testa_me|duvida|duvidas|experimenta|paga_pra_ver|vais_ver|vai_ver|ve_so',
      'achas|acha|pensas|pensa ..1 que|q ..1 [eu] nao|n ..1 vou_mandar|mando|envio|posto|publico|vou_postar|vou_publicar|vou_enviar',
      // "eu avisei, agora vou mandar pro teu pai".
      'avisei|te_avisei|eu_avisei|avisado|avisada ..4 ' + VERB + ' ..3 pra|para|a|ao|aos|as|pro|pros|pras ..1 [a|o|os|as] @your @family|@audience',
      // "nao paga pra ver o que acontece", "sabes o que acontece se não pagares".
      'nao|n ..1 paga|pagas|pague|manda|mandas|responde|respondes|colabora ..1 [nao] pra|para ..1 ver|veres ..1 [o_que|oq|oque] ..1 acontece|vai_acontecer',
      'sabe|sabes|ja_sabe|ja_sabes ..1 o_que|oq|oque ..1 acontece|vai_acontecer|te_acontece ..2 se|caso ..2 nao|n ..1 pagar|pagares|pagas|mandar|mandares|responder|responderes|fizer|fizeres|obedecer|obedeceres|colaborar|colaborares',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando', 'top|ficou_top|ficou_lindo|ficou_otimo|fixe|brutal|incrivel|espetacular|formulario|inscri*|candidatura|email|tpc|dever|redacao|projeto|projecto|canal|youtube|episodio|podcast|musica|danca|desenho|arte|loja|produto|anuncio|evento|campanha|luz|agua|conta_de|multa|juros|banco|renda|aluguel|fatura|boleto|remedio|medico|quota|quotas|mensalidade|propina|propinas|equipa|equipe|time|clube|vaga|matricula'],
    weight: 5,
    examples: {
      match: ['eu avisei, agora vou mandar pro teu pai', 'estou quase a carregar no enviar', 'em 10 minutos isso vai estar no instagram da tua escola', 'vai todo mundo da sua escola ver vc pelada', 'o video ta prontinho pra ir pro grupo da sua sala', 'manda 300 ou seu video vai pro ar', 'vou publicar no teu perfil do facebook', 'vc acha que eu nao tenho coragem de mandar? testa', 'nao paga pra ver o que acontece', 'vc sabe o que acontece se nao pagar'],
      ignore: ['o trabalho ja ta pronto, so falta enviar', 'o meu video vai pro ar amanha no canal', 'vou publicar no teu mural os parabens', 'sabes o que acontece se nao pagares a conta de luz? cortam', 'em 10 minutos o video vai estar no canal', 'achas que nao sou capaz de saltar? testa'],
    },
  },
  {
    id: 'or-they-all-know',
    phrases: [
      // "paga logo se não quiser passar vergonha", "se nao quiser ser exposta, manda o dinheiro".
      'se|caso ..1 nao|n ..1 quiser|quiseres|queres|quer ..1 passar_vergonha|ser_exposta|ser_exposto|ser_humilhada|ser_humilhado|ficar_exposta|ficar_exposto|ficar_falada|ficar_mal_falada|que_isto_saia|que_isso_saia|que_isto_se_saiba|que_isso_se_saiba|que_isto_vaze|que_isso_vaze|ter_problemas|arranjar_problemas|ficar_queimada|ficar_queimado',
      // "vais pagar ou vais deixar toda a gente ver?", "é só pagar e fica tudo entre nós".
      'pagar|pagas|pagues|paga|transferir|transferes ..1 ou ..3 toda_a_gente|todo_mundo|todos|geral|@family|@audience ..2 ver|veja|vejam|saber|saiba|saibam|receber|receba|recebam',
      'so|e_so|eh_so|basta ..1 pagar|pagares|transferir|transferires|mandar_o_dinheiro|fazer_o_pix ..3 fica|ficam ..1 tudo|isto|isso ..1 entre_nos|entre_nos_dois|em_segredo|apagado|resolvido|esquecido',
      // "a escola inteira vai ver se não pagares".
      'toda|todo|inteira|inteiro|todos|todas|@family|@audience ..3 vai|vao|ira|irao ..1 ver|saber|receber|descobrir ..4 se|caso ..1 nao|n ..2 pagar|pagares|mandar|mandares|transferir|transferires|fizer|fizeres|responder|responderes|obedecer|obedeceres|colaborar|colaborares',
      // "ou me dás o que eu quero ou toda a tua escola fica a saber".
      'ou|senao|se_nao|caso_contrario ..6 @family|@audience|toda_a_gente|todo_mundo|geral ..2 fica|ficam|vai_ficar|vao_ficar|ficara|ficarao ..1 a_saber|sabendo|de_saber',
      // "o vídeo vai para os teus contactos todos se não transferires".
      IT + ' ..1 vai|vao|ira|irao|segue|seguem ..1 [direto|direitinho] para|pra|pro|pros|pras|ao|aos ..2 @your|todos_os_teus|todos_os_seus ..1 @family|@audience|contatos|contactos ..6 se|caso|senao|se_nao|ou',
      // "a tua vida vai acabar se isto sair".
      '@your|a_tua|a_sua vida|reputacao ..2 vai|vai_se|acaba|esta|fica ..1 acabar|acabada|arruinada|destruida|estragada ..4 se|quando ..2 isto|isso|isso_tudo|tudo|as_fotos|o_video|os_videos|elas|eles ..1 sair|sairem|vazar|vazarem|aparecer|aparecerem|espalhar|espalharem|circular',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando', 'vaquinha|rifa|quota|mensalidade|propina|inscri*|excursao|festa|jantar|lanche|pizza|divida|conta_da|conta_de|luz|agua|renda|aluguel|multa|prof*|professor*|nota|notas|chumb*|reprov*|faltas|falta|castigo|castigada|castigado|mae_vai_ficar_chateada|pais_vao_ficar|faltaste|faltou|matou_aula|mataste|atrasad*|chegaste_tarde|chegou_tarde|fumaste|fumou|bebeste|bebeu|saiste|saiu|mentiste|mentiu|partiste|quebraste|quebrou|vaso', 'partilha|automatic*|definic*|configura*|sincroniza*|backup|nuvem|icloud|google_fotos|aplicacao|aplicativo|desligares|desativares|ativares|exagerad*|drama|dramatica|dramatico|feia|feio|e_so_uma'],
    weight: 5,
    examples: {
      match: ['vais pagar ou vais deixar toda a gente ver?', 'é só pagar e fica tudo entre nós', 'paga logo se não quiser passar vergonha', 'se nao quiser ser exposta, manda o dinheiro', 'a escola inteira vai ver se não pagares', 'ou me dás o que eu quero ou toda a tua escola fica a saber', 'o vídeo vai para os teus contactos todos se não transferires o dinheiro', 'a tua vida vai acabar se isto sair'],
      ignore: ['se nao quiser passar vergonha na apresentação, estuda', 'a turma toda vai saber se não pagares a quota', 'ou vens ou a tua mae fica a saber que faltaste', 'se nao quiseres ter problemas com a prof faz o tpc'],
    },
  },
  {
    // Tagging the person's people in the material: "vou marcar teus amigos nas fotos", "marco a tua mãe no vídeo".
    id: 'tag-them-in-it',
    phrases: [
      'marcar|marco|marcarei|vou_marcar|marcando|taggar|tagar|tagear|mencionar|menciono ..4 @family|@audience|todo_mundo|toda_a_gente|todos|todas|escola ..4 nas|nos|na|no|em ..1 [tuas|teus|suas|seus] fotos|foto|video|videos|nudes|nude|pack|prints|print|post|posts',
      'marcar|marco|marcarei|vou_marcar|taggar|tagar ..3 @your|a_tua|o_teu|os_teus|as_tuas ..1 @family|@audience ..6 explicar|explicares|se_explicar|quero_ver|vais_ver|vai_ver|vergonha',
      'quero|qro|quero_so ver ..2 @you|tu|te ..2 explicar|explicares|se_explicar|te_explicar|justificar|justificares ..2 [isso|isto|tudo|pra|para|a|ao|aos|as|aos_teus|aos_seus] ..2 @family|@audience|eles|elas|todo_mundo|toda_a_gente',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando|kk*', 'sorteio|promocao|giveaway|passatempo|concurso|evento|aniversario|parabens|festa|viagem|praia|formatura|casamento|batizado|almoco|jantar|churrasco|nota|notas|boletim|faltas|chumb*|reprov*|quarto|bagunca'],
    weight: 5,
    examples: {
      match: ['vou marcar teus amigos tudo nas fotos, quero ver vc explicar pra eles', 'marco a tua mae no video', 'vou marcar a escola toda nos teus nudes', 'quero ver tu explicar isso pros teus pais'],
      ignore: ['vou marcar teus amigos nas fotos da festa', 'marca os teus amigos no post do sorteio', 'quero ver vc explicar a nota pros teus pais kkk', 'quero ver tu explicar o quarto à tua mãe'],
    },
  },
  {
    // Short threats with no object named: "paga ou vou publicar", "manda mais uma ou as outras vão pro teu pai",
    // "senão vai pro grupo da família", "um clique e a tua vida acaba", "paga antes que a tua mãe receba um presentinho".
    id: 'or-it-goes-short',
    phrases: [
      'paga|pagas|pague|pagar|transfere|transfira|deposita|manda|mandas|mande|responde|respondes ..3 ou|senao|se_nao|caso_contrario ..2 [eu] vou|vo|irei ..1 publicar|postar|espalhar|vazar|divulgar|expor|expor_te|te_expor|mandar_pra_todos|mandar_a_todos|enviar_a_todos|partilhar|compartilhar',
      'ou|senao|se_nao|caso_contrario ..2 as_outras|os_outros|as_restantes|o_resto|as_que_tenho|as_que_ja_tenho|as_que_me_mandaste|as_que_vc_mandou|' + IT + ' ..2 vai|vao|ira|irao|segue|seguem|cai|caem ..1 [direto|direitinho|todas|todos] pro|pra|para|pros|pras|ao|aos|no|na|nos|nas ..2 @your|a_tua|o_teu|os_teus|as_tuas|grupo|grupos ..2 @family|@audience|escola|turma|sala|instagram|tiktok',
      'senao|se_nao|caso_contrario ..2 vai|vao|segue|seguem|cai|caem ..1 [direto|direitinho] pro|pra|para|ao|no|na ..1 grupo|grupos|instagram|tiktok|story|stories ..2 [da|do|de] [tua|teu|sua|seu] @family|@audience|escola|colegio|turma|sala',
      'um|so_um|basta_um|e_so_um ..1 clique|click|clic|toque|botao ..3 e ..4 @your|a_tua|a_sua ..1 vida|reputacao ..2 acaba|acabou|vai_acabar|ja_era|esta_acabada|ta_acabada|vai_pro_lixo',
      'imagina|imagine|imaginas|ja_imaginaste|ja_imaginou ..2 no|na|nos ..1 grupo|grupos|instagram|tiktok|story|stories ..2 [da|do|de] [tua|teu|sua|seu] turma|escola|colegio|familia|sala|pais',
      '# ..4 [@money|@currency|@payment|cartao|cartoes|steam|gift|psn|xbox] ..3 e ..1 ninguem|ngm ..1 ve|vai_ver|sabe|fica_sabendo|fica_a_saber|descobre|vai_saber|recebe|vai_receber',
      '# ..3 [@money|@currency|@payment] ..2 ou|senao|se_nao ..1 [eu] posto|publico|espalho|vazo|exponho|divulgo|partilho|mando_tudo|envio_tudo',
      'conto|contar|digo|dizer|espalho|espalhar ..2 a|pra|para|pro ..1 todos|toda_a_gente|todo_mundo|geral|escola|turma|@your ..2 que|q ..1 [@you|tu] ..1 es|e|eh ..1 gay|lesbica|bi|bissexual|trans|virgem|puta|vadia|galinha|safada|safado',
      'jogar|jogo|postar|posto|publicar|publico|espalhar|espalho|soltar|solto|vazar|vazo ..2 @your|tuas|teus|suas|seus ..1 fotos|videos|foto|video|prints ..6 se|caso ..1 nao|n ..2 responder|responderes|pagar|pagares|mandar|mandares|fizer|fizeres|obedecer|obedeceres',
      'mandar|mando|postar|posto|publicar|publico|soltar|solto ..2 no|na|pro|pra ..1 grupo|grupos ..2 da|do|dos ..1 tua|teu|sua|seu|teus|tuas ..1 @family|@audience ..6 ja_tenho|ja_entrei|ja_to_no_grupo|se|senao|se_nao|ou|caso',
      'vou|vo|eu ..1 te|ti ..1 cancelar|cancelo ..6 prints|print|fotos|video|videos|nudes|conversas|audios|escola|turma|net|internet|twitter|tiktok|insta|instagram',
      'melhor|e_melhor ..3 antes_que|antes_de ..3 @your|os_teus|os_seus|a_tua|a_sua|o_teu|o_seu ..1 @family|@audience ..1 vejam|veja|saibam|saiba|descubram|descubra|recebam|receba|ver|saber|descobrir|receber',
      'nao|n ..1 me ..1 obrigues|obrigue|facas|faca|forces|force ..1 a ..1 usar|usa|usa_la|usa_lo|usa_las|usa_los|usar_isso|publicar|publica_la|postar|posta_la|mandar|manda_la|enviar|mostrar|espalhar|divulgar',
      '@your|o_teu|o_seu|os_teus|os_seus|as_tuas|as_suas ..1 video|videos|fotos|foto|nudes|nude*|prints|pack ..2 ja ..1 ta|tao|esta|estao|anda|andam ..1 a_circular|circulando|rodando|a_rodar|espalhad*|online|na_net|na_internet',
      'paga|pagas|pagava|pagaria|pague|manda|mandas|mandava|transfere|transferia|faz_o_pix|fazia_o_pix ..6 antes_que|antes_de ..3 @your|a_tua|o_teu|os_teus|as_tuas ..1 @family|@audience ..2 receba|recebam|veja|vejam|saiba|saibam|descubra|descubram|receber|ver|saber|descobrir',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando|kk*', 'conta_da|conta_de|luz|agua|renda|aluguel|multa|fatura|quota|mensalidade|propina|vaquinha|rifa|divida|devendo|emprestei|ingresso|bilhete|lanche|pizza|jantar|almoco|quarto|bagunca|louca|loica|nota|notas|boletim|faltas|trabalho|tpc|dever|redacao|projeto|projecto|inscri*|formulario|candidatura|foto_da_turma|fotos_da_turma|convite|sorteio|evento', 'prenda|presente|anuncio|anuncios|olx|vinted|marketplace|spoiler*|venda|vendo_por|reserva|stock|o_resto_da|resto_da'],
    weight: 5,
    examples: {
      match: ['vou postar tuas fotos no twitter se n me responder', 'vou mandar no grupo da tua familia, ja tenho tudo pronto', 'vou te cancelar na escola toda com esses prints', 'tás a ver este print? imagina no grupo da turma', '50 euros em cartao steam e ninguem vê nada', '1000 robux ou posto', 'ou me mandas o video ou conto a todos que és gay', 'é melhor veres antes que os teus pais vejam 🙂', 'olha que eu tenho a outra. não me obrigues a usá-la', 'sorry mas o teu video ja ta a circular', 'paga ou vou publicar, decide', 'manda mais uma ou as outras vão pro teu pai', 'quero 50 conto em gift card da apple, senao vai pro grupo da familia', 'não me testes. um clique e a tua vida acaba', 'se eu fosse vc pagava logo, antes que a tua mae receba um presentinho'],
      ignore: ['vou mandar no grupo da tua turma o trabalho se a prof deixar', 'vou te cancelar no jogo kkk', '20 euros e ninguem sabe, eu pago o resto da prenda', '100 reais ou posto o anuncio de novo na olx', 'e melhor veres antes que os teus amigos vejam o spoiler', 'tás a ver este print? imagina o golo que eu marquei', 'vou contar a todos que és virgem kkk', 'é melhor arrumares o quarto antes que a tua mae veja', 'o teu video da danca ta a circular no grupo da turma, ficou top', 'um clique e todos os teus seguidores veem o teu novo video, bora', 'paga a conta da luz antes que a tua mae veja', 'manda o trabalho ou vai pro grupo da turma sem o teu nome', 'um clique e a tua inscrição fica feita', 'paga ou vou publicar kkkk', 'responde ou vou postar o convite sem ti'],
    },
  },
  {
    // Slang and back-references: "dps eu solto tudo", "tudo que vc me mandou vai pro ar hj",
    // "tua prima já recebeu uma, quer q eu mande o resto?", "se tu não pagares, a tua vida acabou".
    id: 'release-it-all',
    phrases: [
      'solto|soltar|soltarei|vou_soltar|dropo|dropar|droparei|vou_dropar ..1 tudo|td|tudinho|geral|o_pack|os_packs|os_nudes|teus_nudes|tuas_fotos|teus_videos|os_prints|teus_prints',
      'tudo|td|o|os|as ..1 que|q ..2 me ..1 mandou|mandaste|enviou|enviaste|mostrou|mostraste|deu|deste ..3 vai|vao|ira|irao|fica|ficam ..1 pro_ar|para_o_ar|ao_ar|online|pra_net|pra_internet|publico|publicos|viral|pra_todo_mundo|pra_toda_a_gente',
      '@family|@audience ..2 ja ..1 recebeu|receberam|viu|viram|tem ..2 uma|umas|a_primeira|algumas|um|o_primeiro|uma_amostra|um_gostinho ..6 resto|o_resto|as_outras|os_outros|mais|todas|tudo|proxima|proximo',
      'se|caso ..2 nao|n ..1 pagares|pagar|mandares|mandar|transferires|transferir|fizeres|fizer|obedeceres|obedecer ..4 @your|a_tua|a_sua vida|reputacao ..1 acaba|acabou|vai_acabar|ja_era|esta_acabada|ta_acabada|e_destruida|vai_pro_lixo',
      'para|pra ..1 evitar|impedir ..3 publicacao|divulgacao|partilha|exposicao|difusao|distribuicao|que_seja_publicado|que_seja_divulgado|que_seja_enviado ..6 pagamento|pague|pagar|efetue|efetuar|transfira|transferir|deposite|depositar|@payment|@currency|#',
      'pagamento|pague|efetue|transfira|deposite ..6 evitar|impedir ..3 publicacao|divulgacao|partilha|exposicao|difusao|distribuicao',
      'espalhar|espalho|contar|conto|dizer|digo|inventar|invento ..1 que|q ..1 [@you|tu] ..1 manda|mandas|mandou|mandaste|envia|envias|vende|vendes ..1 nude*|nudes|fotos_nuas|pack|packs|fotos_peladas ..3 pra|para|a|ao ..1 todo_mundo|toda_a_gente|todos|geral|escola|turma',
      'faco_questao|garanto|vou_garantir|vou_fazer_questao ..2 que|q|de ..4 @family|@audience|toda_a_gente|todo_mundo ..2 [toda|inteira|todos|todas] ..1 veja|vejam|saiba|saibam|receba|recebam|descubra|descubram|ver|saber|receber ..3 aquilo|isso|isto|tudo|as_fotos|o_video|os_videos|nudes|nude*|prints|o_que_mandaste|o_que_me_mandaste|o_que_vc_mandou|o_que_vc_me_mandou|o_que_tu_mandaste|o_que_enviaste|as_tuas_fotos|as_suas_fotos|os_teus_videos|os_seus_videos',
      'vai|vao|ira|irao|mando|posto|jogo|boto|ponho ..1 pro|pra|para|no|na ..1 [o] xvideos|pornhub|onlyfans|site_porno|sites_porno|site_adulto|sites_adultos|redtube|xhamster',
      'se|pra|para ..1 ninguem|ngm ..1 souber|saber|descobrir|ver ..3 melhor|e_melhor ..5 colabora|colaborar|colaborares|obedece|obedecer|obedeceres|paga|pagar|pagares|manda|mandar|mandares|faz_o_que|fazer_o_que|fazeres_o_que',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando|kk*', 'surpresa|presente|prenda|festa|aniversario|convite|bolo|vaquinha|rifa|inscri*|formulario|conta_da|conta_de|luz|agua|renda|aluguel|fatura|multa|quota|mensalidade|propina|nota|notas|boletim|trabalho|tpc|musica|clipe|episodio|canal|podcast|album|single|trailer|spoiler|loja|produto|promocao|stock|playlist'],
    weight: 5,
    examples: {
      match: ['vou espalhar q vc manda nude pra todo mundo', 'faço questão que a tua escola toda veja o que mandaste', 'é só eu querer e vai pro xvideos', 'ce tem 1 hora, dps eu solto tudo', 'tudo que vc me mandou vai pro ar hj a noite', 'tua prima ja recebeu uma, quer q eu mande o resto?', 'se tu nao pagares, a tua vida acabou', 'Para evitar a publicação, efetue o pagamento em 24 horas.', 'se ngm souber, melhor pra vc né? então colabora'],
      ignore: ['faço questão que a tua mae saiba como te portaste bem', 'amanha libero tudo, ja acabei os exames', 'amanha solto tudo no canal, o album novo', 'tudo que vc me mandou vai pro ar no podcast', 'a tua prima ja recebeu o convite, queres que mande o resto?', 'se nao pagares a conta da luz a tua vida acaba kkk', 'para evitar o envio em duplicado efetue o pagamento so uma vez'],
    },
  },
  {
    // Ironic promises to the audience: "teus seguidores vão conhecer o teu lado safado",
    // "ela vai receber um vídeo bem interessante hoje", "senão a tua turma inteira vai ter uma surpresa amanhã".
    id: 'they-will-get-a-surprise',
    phrases: [
      '@your|os_teus|os_seus|a_tua|a_sua|o_teu|o_seu ..1 @family|@audience ..3 vai|vao|irao|ira ..1 conhecer|descobrir|ver|saber ..3 lado_safado|teu_lado_safado|seu_lado_safado|safad*|quem_tu_es_de_verdade|quem_vc_e_de_verdade|o_que_tu_fazes|o_que_vc_faz|o_que_fazes_a_noite',
      '@family|@audience|ela|ele|eles|elas ..3 vai|vao|ira|irao ..1 receber|ganhar|ver ..2 um|uma|uns|umas ..1 video|videozinho|videos|fotos|fotinhas|prints|presentinho|surpresinha ..2 bem|muito|mt|super ..1 interessante|interessantes|revelador|reveladores|esclarecedor|especial|especiais',
      'senao|se_nao|caso_contrario|ou ..4 @your|a_tua|a_sua|o_teu|o_seu|os_teus ..1 @family|@audience ..3 vai|vao|ira|irao ..1 ter|receber|ganhar|levar ..1 uma|um ..1 surpresa|surpresinha|presentinho|presente',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando', 'teste|prova|exame|aula|prof*|professor*|trabalho|visita|passeio|excursao|festa|aniversario|natal|bolo|jantar|concerto|apresentacao|peca|musica|canal|clube|equipa|time|golo|gol|treino|bom|boa|otimo|otima|parabens|orgulho*'],
    weight: 5,
    examples: {
      match: ['blz, entao teus seguidores vao conhecer o teu lado safado', 'conta. ela vai receber um video bem interessante hoje', 'se nao, a tua turma inteira vai ter uma surpresa amanha'],
      ignore: ['a tua turma vai ter uma surpresa amanha na aula', 'a tua mae vai receber um video bem especial do teu aniversario', 'ou vens ou a tua familia vai ter uma surpresa no jantar'],
    },
  },
  {
    // Pointing back at one picture and a place: "então vou partilhar a de ontem no grupo da escola".
    // Light alone (a friend shares yesterday's photos too); with pressure or leverage it is the threat.
    id: 'share-the-one-from-before',
    phrases: [
      VERB + ' ..2 a|as|o|os|aquela|aquelas|aquele|aqueles de_ontem|de_antes|da_chamada|da_call|da_cam|que_me_mandaste|que_me_enviaste|que_vc_me_mandou|que_voce_me_mandou|que_me_mandou|que_tu_me_mandaste|q_me_mandaste|q_vc_me_mandou|que_gravei|q_gravei ..5 grupo|grupos|escola|turma|sala|net|internet|insta|instagram|twitter|tiktok|face|facebook|todo_mundo|toda_a_gente|geral|@family|@audience',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, 'k|kk*|haha*|rsrs*|lol|lindas|lindos|ficaram|ficou|top|giras|giros|fixe|album|foto_da_turma|fotos_da_turma|visita|visita_de_estudo|jogo|treino'],
    weight: 2,
    examples: {
      match: ['então vou partilhar a de ontem no grupo da escola. tens 5 minutos', 'vou mandar aquela que me mandaste pro grupo da turma', 'posto a da chamada no insta'],
      ignore: ['vou partilhar as fotos de ontem no grupo da turma', 'vou mandar as de ontem no grupo da turma, ficaram lindas', 'vou mandar a de ontem pro grupo, a da festa', 'vou partilhar as de ontem do jogo no grupo kkk'],
    },
  },
  {
    // "ou eu jogo teus vídeos em todos os sites": throwing the person's media onto sites or groups.
    id: 'throw-your-media-online',
    phrases: [
      'jogo|jogar|jogarei|boto|botar|botarei|ponho|por|meto|meter|solto|soltar|subo|subir ..2 @your|tuas|teus|suas|seus|as_tuas|os_teus|as_suas|os_seus ..1 video|videos|videozinho*|foto|fotos|fotinhas|nude*|nudes|pack|packs|conversas|prints ..4 sites|site|net|internet|grupo|grupos|redes|rede|xvideos|pornhub|onlyfans|twitter|insta|instagram|tiktok|facebook|face|todo_lado|porno|telegram',
    ],
    // Not HARMLESS: its "jogo" is this entry's own verb ("eu jogo teus vídeos").
    unless: [REPORTED, FRIENDLY, DISCUSSION, 'k|kk*|haha*|rsrs*|lol|danca|dancas|coreografia|jogada|jogadas|golo|gol|golos|gols|skate|truque|truques|canal|youtube|editar|edicao|projeto|projecto|portfolio|trabalho|tpc|aula|festa|viagem|praia|passeio|aniversario|formatura|casamento|bebe|meme|memes|receita|apresentacao|show|concerto', 'vo|vovo|avo|avos|bisavo|neta|neto|netinha|netinho'],
    weight: 5,
    examples: {
      match: ['faz a transferencia de 400 pro meu nubank ou eu jogo teus videos em todos os sites', 'boto tuas fotos na net', 'solto os teus nudes no grupo'],
      ignore: ['jogo teus videos no grupo da familia, a vo vai amar', 'jogo teus videos de danca no grupo, ficaram top', 'subo teus videos no youtube do canal?', 'boto tuas fotos no grupo kkk'],
    },
  },
  {
    // The fake-authority script: "seus pais serão notificados", "a sua escola será informada".
    id: 'they-will-be-notified',
    phrases: [
      '@your|os_seus|os_teus|a_sua|a_tua|o_seu|o_teu ..1 @family|@audience|empregador|patrao|trabalho ..2 serao|sera|vao_ser|vai_ser|serao_todos|irao_ser|ira_ser ..1 notificad*|informad*|avisad*|comunicad*|contactad*|contatad*|intimad*',
    ],
    unless: [REPORTED, 'golpe|golpes|golpista*|nunca_pedem|nunca_pede|nao_pedem|nao_pede|cuidado|alerta|palestra|reportagem|noticia', 'faltas|falta|nota|notas|reuniao|reunioes|boletim|matricula|vacina*|excursao|passeio|visita|atraso|atrasos|comportamento|horario|resultado|resultados|inscri*|festa|evento|aula|aulas|ferias|greve|mensalidade|propina*|uniforme|consulta|medico|hospital|acidente'],
    weight: 2,
    examples: {
      match: ['Caso contrário, seus pais serão notificados e o mandado será expedido.', 'a tua escola vai ser informada de tudo'],
      ignore: ['seus pais serão notificados das faltas', 'os teus pais vão ser avisados da reunião de sexta'],
    },
  },
  {
    // Foreign scammers' grammar: "ou eu manda pra sua familia", "ou posta no facebook da sua mae".
    id: 'or-else-broken-grammar',
    phrases: [
      'ou|senao|se_nao|caso_contrario|caso_nao ..1 [eu] ..1 manda|envia|mostra|posta|publica|espalha|compartilha|partilha|mando|envio|posto|publico|mandar|enviar|postar|publicar|espalhar ..3 pra|para|a|ao|aos|pro|pros|no|na|nos|nas ..1 @your|tua|sua|teu|seu|todos_teus|todos_seus ..1 @family|@audience|facebook|face|insta|instagram|contatos|contactos',
      'ou|senao|se_nao|caso_contrario|caso_nao ..1 [eu] ..1 manda|envia|mostra|posta|publica|espalha|compartilha|partilha|mando|envio|posto|publico ..2 no|na|pro|pra|para_o|em ..1 facebook|face|insta|instagram|grupo|tiktok|twitter|whats|zap ..2 [da|do|de|dos|das] @your|tua|sua|teu|seu ..1 @family|@audience|escola|turma|sala',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'k|kk*|haha*|rsrs*|lol|convite|foto_da_festa|parabens|mensagem_de|recado|receita|bolo|pizza|lanche|resultado|gol|golo|jogo|danca'],
    weight: 5,
    examples: {
      match: ['eu tem seu video pelado. voce paga 500 real ou eu mandar para sua mae e amigos', 'paga 300 real pelo pix ou eu manda pra sua familia e amigos', 'manda 200 reais no pix agora ou posta no facebook da sua mae', 'paga ou envia pra todos teus amigos'],
      ignore: ['manda a foto ou eu mando pra tua mae pedir autorizacao kkk', 'decide logo ou eu mando pra tua mae o convite', 'responde ou eu posto no grupo da turma o resultado'],
    },
  },
  {
    // Veiled: "vai ser engraçado quando a tua mãe abrir o facebook amanhã", "é só tu colaborar que ninguém fica sabendo".
    id: 'fun-when-they-see',
    phrases: [
      'vai_ser|sera|vai_ficar|ia_ser|seria ..1 engracado|divertido|interessante|giro|bonito|lindo|curioso|hilariante ..3 quando|se ..4 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus ..1 @family|@audience ..3 abrir|abrirem|ver|verem|vir|virem|receber|receberem|descobrir|descobrirem|souber|souberem|entrar|entrarem',
      'e_so|basta|so_tens_de|so_tens_que|so_tem_que|so_precisas_de ..1 [@you] ..1 colaborar|colaborares|obedecer|obedeceres|pagar|pagares|mandar|mandares|fazer_o_que_eu|fazeres_o_que_eu|fazer_o_q_eu ..4 que|q|e ..1 ninguem|ngm ..1 fica_sabendo|fica_a_saber|vai_saber|sabe|ve|vai_ver|precisa_de_saber|precisa_saber',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, 'k|kk*|haha*|rsrs*|lol|surpresa|presente|prenda|festa|bolo|aniversario|niver|trabalho|grupo|turma|jogo|boletim|nota|notas'],
    weight: 3,
    examples: {
      match: ['vai ser engraçado quando a tua mãe abrir o facebook amanhã', 'é só tu colaborar que ninguém fica sabendo', 'basta pagares e ninguém vai saber'],
      ignore: ['vai ser engraçado quando a tua mae vir a surpresa', 'é só tu colaborar no trabalho que ninguém fica sabendo do atraso'],
    },
  },
  {
    // A fake made and then spread: "monto umas fotos tuas pelada com IA e espalho no insta".
    id: 'fake-then-spread',
    phrases: [
      'montar|monto|montagem|editar|edito|ia|deepfake|photoshop|pelada|pelado|nua|nudes ..6 e ..1 espalhar|espalho|mandar|mando|postar|posto|jogar|publicar|publico|enviar|envio|vazar|vazo ..3 insta|instagram|grupo|grupos|net|internet|escola|sala|turma|@family|geral|todo_mundo|toda_a_gente|todos|redes|tiktok|twitter',
      'pelada|pelado|nua|nudes|montagem|deepfake ..4 e ..1 espalho|espalhar|posto|postar|vazo|vazar|divulgo|divulgar',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'k|kk*|haha*|rsrs*|lol|shrek|meme|memes|aniversario|niver|parabens|praia|piscina|filtro|cor|cores|preset|pra_avisar|para_avisar'],
    weight: 5,
    examples: {
      match: ['se nao fizer o que eu mando vou montar umas fotos tuas pelada com IA e espalhar no insta', 'tenho umas fotos tuas do insta. com IA eu deixo tu pelada rapidinho e espalho', 'tenho teu rosto, é só jogar num corpo pelado com IA e mandar pro grupo da tua sala'],
      ignore: ['a foto ficou nua de cor e eu espalho o filtro', 'li uma noticia de que montam fotos nuas com IA e espalham na net', 'fiz uma montagem do shrek e mandei pro grupo kkk'],
    },
  },
  {
    // "se nao quiser que chegue na tua mae", "se não queres esse video no teu insta": the landing place as the threat.
    id: 'unless-you-want-it-there-r9',
    phrases: [
      'se_nao|se_n|caso_nao ..1 quer|queres|quiser|quiseres|queira|queiras ..1 que|q ..3 [' + IT + '] ..1 chegue|cheguem|va_parar|vao_parar|vaze|vazem|apareca|aparecam|caia|caiam|circule|circulem|va|vao ..4 ' + PLACE,
      'se_nao|se_n|caso_nao ..1 quer|queres|quiser|quiseres|queira|queiras ..2 ' + IT + ' ..3 no|na|nos|nas|pro|pra|pros|pras|em ..2 ' + PLACE,
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|kk*|brinks|zoeira|zoando', 'avisa|avisas|me_fala|me_diz|diz_me|eu_tiro|tiro|apago|nao_posto|pergunto|marca|marcar|arquivo|privado'],
    weight: 5,
    examples: {
      match: ['esse video teu ta comigo. se nao quiser que chegue na tua mae, me responde agora', 'se nao quiser esse video no teu insta me add no telegram agora', 'se não queres que isto vá parar ao grupo da turma, responde', 'se nao quiser essas fotos no grupo da escola, faz o que eu mandar'],
      ignore: ['se nao quiser essa foto no insta me avisa que eu apago', 'se nao quiser que chegue na tua mae o boletim, estuda kkk', 'se não quiseres o video da festa no grupo diz-me'],
    },
  },
  {
    // Brazilian "jogar/tacar/soltar no grupo" (to post), with an "ou"/"se não" condition.
    id: 'dump-it-in-the-group-r9',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..2 [eu] jogo|jogar|jogarei|taco|tacar|solto|soltar|boto|botar ..2 [' + IT + '] ..2 no|na|nos|nas|pro|pra|em ..2 [teu|tua|seu|sua|da|do] grupo|grupos|insta|instagram|face|facebook|net|internet|stories|story|status|twitter|tiktok|xvideos|redes',
    ],
    unless: [REPORTED, DISCUSSION, 'partida|ranked|x1|1v1|fortnite|free_fire|ff|minecraft|roblox|valorant|futebol|bola|time|convite|link|resumo|meme|memes|figurinha*|sticker*|haha*|rsrs*|kk*|festa|viagem|aniversario|niver|parabens', 'resultado|votacao|enquete|lista|horario|aviso|recado|placar|tabela|foto_da_turma|audio_da_prof|materia|pdf|arquivo|ficheiro'],
    weight: 5,
    examples: {
      match: ['ou tu me manda mais 2 fotos ate 23h ou eu jogo no grupo da escola', 'paga ou eu taco tudo no grupo da familia', 'senão eu solto as fotos no insta'],
      ignore: ['ou eu jogo no time da escola ou no clube', 'paga o lanche ou eu jogo o meme no grupo kkk', 'responde ou eu boto o link no grupo', 'ou eu jogo no grupo o resultado da votacao'],
    },
  },
  {
    // "vou mandar pro teu colegio inteiro", "mostro pra tua escola toda".
    id: 'to-the-whole-school-r9',
    phrases: [
      'mandar|enviar|mostrar|postar|espalhar|publicar|mando|envio|mostro|posto|espalho|publico ..3 pro|pra|para|ao|a|na|no ..1 [@your] colegio|escola|turma|sala|familia|bairro|cidade|igreja ..1 inteiro|inteira|todo|toda|todinho|todinha',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|kk*|lol|convite|convites|aviso|lista|link|bilhete|circular|comunicado|email_da|cartaz|panfleto|rifa|rifas|bolo|doces'],
    weight: 5,
    examples: {
      match: ['vou pegar tua cara e colocar num video adulto e mandar pro teu colegio inteiro', 'vou mostrar pra tua escola toda'],
      ignore: ['vou mandar o convite pro colegio inteiro', 'vou mandar pra turma toda o resumo', 'vou mostrar pra tua familia toda o teu desenho, ficou lindo'],
    },
  },
  {
    // Scam grammar: "se nao todo o video de vc pelado vai ser em seu facebook"; "publico as tuas DMs nos stories".
    id: 'it-will-be-on-your-page-r9',
    phrases: [
      'se_nao|senao|ou|caso_contrario ..6 ' + IT + ' ..4 vai|vao|ira|irao ..1 ser|estar|ficar|parar|aparecer|cair ..2 em|no|na|nos|pro|pra|para|por ..2 ' + PLACE,
      PUBLIC + '|mostro|mostrar|mando|mandar ..2 @your|as_tuas|as_suas|os_teus|os_seus|todas_as_tuas|todas_as_suas ..1 dms|dm|directs|direct|mensagens|msgs|conversas|audios|segredos ..3 no|na|nos|nas|em|pro|pra|para ..2 ' + PLACE + '|stories|story|status|feed',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|kk*|lol|parabens|aniversario|niver|elogio*|carinho|fofas|fofa|lindas|homenagem'],
    weight: 5,
    examples: {
      match: ['vc tem 1 hora pra pagar 1000 reais se nao todo o video de vc pelado vai ser em seu facebook e para sua família', 'se não, publico as tuas DMs nos stories', 'ou as fotos vao parar no grupo da tua turma'],
      ignore: ['vou publicar as tuas mensagens de parabens no story', 'se nao chover as fotos vao ser no insta da escola kkk', 'ou o video vai pro grupo do trabalho ou pro drive'],
    },
  },
  {
    // Veiled: "ja caiu na net o teu video? ainda nao... por enquanto", "passa o pix e ninguem fica sabendo de nada".
    id: 'not-yet-nobody-knows-r9',
    phrases: [
      '@your|o_teu|a_tua|os_teus|as_tuas ..1 @photo ..6 ainda_nao|ainda ..3 por_enquanto|por_agora|mas_vai|mas_pode',
      'pix|paga|pague|pagas|passa|passe|manda|mande|transfere|transfira|deposita|deposite ..4 e|que|q ..1 ninguem|ngm ..1 fica_sabendo|fica_a_saber|vai_saber|precisa_saber|descobre|vai_descobrir|fica_sabendo_de_nada',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'kk*|haha*|rsrs*|surpresa|presente|prenda|vaquinha|festa|niver|aniversario|rifa|ingresso|bilhete|lanche|pizza|conta|divida|emprestimo|emprestei|devolve*'],
    weight: 5,
    examples: {
      match: ['ja caiu na net o teu video? ainda nao... por enquanto', 'passa o pix e ninguem fica sabendo de nada', 'transfere que ninguem vai saber'],
      ignore: ['passa o pix da vaquinha e ninguem fica sabendo da surpresa', 'o teu video da apresentacao ja saiu? ainda nao, por enquanto so o da ana'],
    },
  },
  {
    // "o video ja ta pronto pra postar", "posto agora? decide", "tu vai virar meme na escola com esse video",
    // "vou colocar tuas fotos num site de acompanhantes", "crio um onlyfans com tuas fotos".
    id: 'ready-to-post-r9',
    phrases: [
      '@photo ..3 pronto|prontinho|preparado|preparadinho ..2 pra|para|pro ..1 postar|publicar|espalhar|vazar|subir|ir_pro_ar|cair_na_net',
      'posto|publico|mando|envio|espalho|solto ..1 agora|ja|ou_nao|ou_nao_posto ..3 decide|decides|decida|escolhe|escolhes|a_escolha|responde|respondes',
      '@your|as_tuas|as_suas|os_teus|os_seus ..1 fotos|nudes|videos|fotinhas ..4 site|sites|pagina ..2 acompanhantes|adulto|adultos|porno|xvideos|pornhub|encontros|prostituicao|garotas_de_programa',
      'crio|criar|abro|abrir|faco|fazer|monto|montar ..2 [um|uma] onlyfans|privacy|perfil_adulto|conta_adulta ..3 com ..1 @your|as_tuas|as_suas ..1 fotos|nudes|videos',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'kk*|haha*|rsrs*|canal|youtube|edicao|editei|editado|thumbnail|thumb|reels|danca|dancinha|caindo|trend|tiktok_da|post_da|legenda|filtro|figurinha*|sticker*|album|formatura'],
    weight: 5,
    examples: {
      match: ['o video ja ta pronto pra postar, so falta apertar o botao', 'posto agora? decide', 'vou pegar tuas fotos e colocar num site de acompanhantes', 'vou criar um onlyfans com tuas fotos'],
      ignore: ['o video do canal ja ta pronto pra postar', 'posto agora a foto da praia? decide', 'tudo pronto pra sair? to te esperando', 'o pack de figurinhas ta pronto pra enviar'],
    },
  },
  {
    // "tu vai virar meme na escola com esse video" (HARMLESS lists "meme", so this lives apart).
    id: 'you-will-be-the-joke-r9',
    phrases: [
      '@you|tu|vc ..1 vai|vais ..1 virar|ser|ficar ..1 meme|piada|chacota|o_assunto ..3 escola|colegio|turma|sala|internet|net|bairro|cidade ..4 video|foto|fotos|nudes|isso|isto|print|prints',
    ],
    unless: [REPORTED, FRIENDLY, DISCUSSION, 'kk*|haha*|rsrs*|danca|dancinha|caindo|caiu|tombo|trend|fantasia|cabelo|corte|karaoke|cantando|apresentacao|jogo|golo|gol|festa'],
    weight: 5,
    examples: {
      match: ['tu vai virar meme na escola com esse video', 'vc vai ser a piada da turma com essas fotos'],
      ignore: ['tu vai virar meme na escola com esse video kkk', 'vc vai virar meme na escola com esse video da dancinha'],
    },
  },
  {
    // Chat spelling drops the infinitive -r: "vo posta tuas foto no grupo", "eu vo manda tudo pros teus seguidor".
    id: 'dropped-r-infinitive-r9',
    phrases: [
      'vou|vo|eu_vo|eu_vou|vamo|vamos ..1 [te] posta|espalha|vaza|divulga|publica|solta|taca|joga|bota|manda|envia|mostra|expoe ..3 @your|tudo|td|isso|isto|elas|eles|aquelas|aqueles|essas|esses ..3 no|na|nos|nas|pro|pra|pros|pras|em|pelo|pela|por ..2 ' + PLACE + '|seguidor|contato|contatos|amigo|geral|todo_mundo|todos',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'kk*|haha*|rsrs*|convite|link|localizacao|endereco|numero|arquivo|pdf|resumo|lista|aviso|recado|trabalho|figurinha*|sticker*', 'top|ficou|ficaram|massa|show|incrivel|otimo|otima|perfeito|perfeita|bonito|bonita|legal|daora|da_hora|fixe|amei|adorei|parabens'],
    weight: 5,
    examples: {
      match: ['vo posta tuas foto no grupo da escola', 'vou espalha teus nude pra geral', 'eu vo manda tudo pros teus seguidor'],
      ignore: ['vo manda tuas foto da viagem pro grupo', 'vou manda o link pro grupo', 'vo posta tuas foto no grupo kkk ficou linda', 'vo mostra isso pro grupo da sala amanha, ficou top'],
    },
  },
  {
    // Veiled, with the content described at length: "seria uma pena se aquelas fotos q vc me mandou chegassem no celular da tua mae".
    id: 'veiled-landing-long-r10',
    phrases: [
      WOULD + ' ..3 se|caso ..2 [' + IT + '] ..5 ' + LANDED + ' ..5 ' + PLACE,
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'kk*|haha*|rsrs*|chuva|sol|cor|legenda|qualidade'],
    weight: 5,
    examples: {
      match: ['seria uma pena se aquelas fotos q vc me mandou chegassem no celular da tua mae né', 'ia ser chato se aquilo que me mostraste ontem aparecesse no grupo da turma'],
      ignore: ['seria uma pena se as fotos da festa chegassem no grupo sem legenda', 'seria chato se o video do trabalho nao chegasse na turma'],
    },
  },
  {
    // "vou mostrar essa q vc mandou pros meninos da tua sala": the person's own content, to an audience.
    id: 'what-you-sent-to-them-r10',
    phrases: [
      VERB + ' ..3 que|q ..2 [vc|tu|voce|me] ..1 [me] mandou|mandaste|enviou|enviaste|mostrou|mostraste ..4 pra|pro|pros|pras|para|ao|aos|as|a|no|na ..3 ' + PLACE + '|meninos|meninas|rapazes|galera|geral|todo_mundo|toda_a_gente|todos|caras|moleques',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'meme|memes|link|links|figurinha*|sticker*|receita|musica|audio|piada|kk*|haha*|rsrs*|localizacao|endereco|numero|pdf|arquivo|resumo'],
    weight: 5,
    examples: {
      match: ['ok entao vou mostrar essa q vc mandou pros meninos da tua sala, eles vao curtir', 'mando a que me enviaste ao grupo da turma'],
      ignore: ['vou mostrar o meme q vc mandou pros meninos kkk', 'vou mandar o link que vc mandou pro grupo'],
    },
  },
  {
    // "se nao, o grupo da escola vai adorar": the audience's pleasure as the threat.
    id: 'audience-will-enjoy-r10',
    phrases: [
      'se_nao|senao|se_n|ou|caso_contrario ..3 [o|a|os|as|teu|tua|teus|tuas|seu|sua] grupo|escola|turma|sala|galera|colegio|meninos|meninas|seguidores|amigos|@family ..4 vai|vao|ira|irao ..1 adorar|amar|curtir|gostar|se_divertir|delirar|babar',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'te_zoar|zoar|zoando|vem|vens|vier|vieres|kk*|haha*|rsrs*|cabelo|roupa|bolo|comida|pizza|surpresa|musica|danca|jogo|filme|serie'],
    weight: 5,
    examples: {
      match: ['apago se tu mandar mais uns. se nao, o grupo da escola vai adorar', 'senão a tua turma vai amar'],
      ignore: ['ou voce vem, ou a galera vai adorar te zoar', 'se nao der pra ir, a galera vai adorar o video da festa', 'ou faz o bolo, a familia vai adorar'],
    },
  },
  {
    // "eles vao receber os prints da nossa chamada".
    id: 'they-will-get-our-call-r10',
    phrases: [
      'vao|vai|irao|ira|vao_todos|vai_tudo ..1 receber|ver ..3 print|prints|foto|fotos|video|videos|gravac*|nudes|imagens ..2 da|das|do|dos ..1 nossa|nossas|nosso|nossos|tua|tuas|teu|teus|sua|suas ..1 chamada*|call|calls|videochamada*|cam|webcam|live|facetime|conversinha*',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'kk*|haha*|rsrs*|reuniao|aula|turma|grupo_de_estudo|trabalho'],
    weight: 5,
    examples: {
      match: ['e dai q eles vao receber os prints da nossa chamada, a nao ser q tu faça o q eu mando', 'teus pais vão ver o video da tua cam'],
      ignore: ['eles vao ver os prints da nossa chamada da aula', 'vao receber o video da reuniao'],
    },
  },
  {
    // "depois disso teu video ta no xvideos", "tuas fotos vão pro lixo e pro twitter".
    id: 'your-media-lands-there-r10',
    phrases: [
      'depois|dps|senao|se_nao|ou|caso_contrario ..6 @your ..1 @photo ..2 ta|tao|esta|estao|vai|vao|cai|caem|fica|ficam|vai_estar|vao_estar|vai_ta|vai_parar|vao_parar|vai_cair|vao_cair ..4 no|na|nos|nas|pro|pra|pros|pras|em ..2 ' + PLACE + '|xvideos|pornhub|onlyfans|twitter|sites|site|porno|x',
      '@your ..1 @photo ..4 xvideos|pornhub|onlyfans|redtube|xhamster|site_porno|sites_porno|site_adulto|sites_adultos',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'kk*|haha*|rsrs*|top|ficou|ficaram|bombando|curtidas|likes|views|lindo|linda|lindas|drive|nuvem|backup|galeria|album|formatura|perfil'],
    weight: 5,
    examples: {
      match: ['te dou 10 min pra mandar o pix, depois disso teu video ta no xvideos com teu nome', 'ou manda 50 em skin ou tua conta do steam e tuas fotos vão pro lixo e pro twitter', 'senao tuas fotos vao parar no grupo da escola'],
      ignore: ['depois disso teu video ta no insta, ficou top', 'ou tuas fotos vao pro drive ou pro pc'],
    },
  },
  {
    // Scam grammar: "voce paga 1000 reais ou eu envia todos amigos facebook".
    id: 'broken-send-to-all-r10',
    phrases: [
      'ou|senao|se_nao|se_n ..3 eu ..1 envia|manda|posta|mostra|publica|espalha|enviar|mandar|postar|envio|mando|posto ..3 todos|todo|tudo|para|pra|pro ..2 amigos|familia|seguidores|contatos|contactos|facebook|face|insta|instagram|escola',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'convite|convites|link|aviso|kk*|haha*|rsrs*|presente|foto_da_festa'],
    weight: 5,
    examples: {
      match: ['eu tem video seu nu. voce paga 1000 reais ou eu envia todos amigos facebook. rapido', 'paga ou eu manda para familia'],
      ignore: ['confirma ou eu envia o convite pra todos amigos', 'responde ou eu mando o link pro grupo'],
    },
  },
  {
    // Scripted e-mails: "para que o material não seja enviado aos seus contatos, transfira".
    id: 'so-it-is-not-sent-r10',
    phrases: [
      'para_que|pra_que|para|pra|a_fim_de_que|de_modo_a ..3 material|video|videos|gravac*|imagens|fotos|conteudo|registos|registros|isto|isso|tudo ..1 nao ..1 seja|sejam|chegue|cheguem|va|vao|ser|serem ..1 enviad*|divulgad*|publicad*|partilhad*|compartilhad*|encaminhad*|parar|a ..4 @your|aos|as|a|seus|teus|suas|tuas ..2 contatos|contactos|familia|amigos|seguidores|@family|@audience',
    ],
    unless: [REPORTED, DISCUSSION],
    weight: 5,
    examples: {
      match: ['Para que o material não seja enviado aos seus contatos, transfira o equivalente a R$ 2.000 em Bitcoin', 'para que os videos nao sejam divulgados aos teus amigos, paga'],
      ignore: ['para que o convite nao seja enviado aos teus amigos antes da hora'],
    },
  },
  {
    // pt-PT enclitic after a condition: "caso contrário publico-o no Instagram".
    id: 'or-i-post-it-there-r10',
    phrases: [
      'caso_contrario|senao|se_nao|ou|se_nao_pagares|se_nao_pagar ..3 publico|posto|envio|mando|partilho|divulgo|espalho|meto|ponho ..1 o|a|os|as|lo|la|los|las ..2 no|na|nos|nas|pra|para|ao|aos|pro|pros|em ..2 ' + PLACE,
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'kk*|haha*|rsrs*|convite|link|resumo|trabalho|bolo|festa|aviso'],
    weight: 5,
    examples: {
      match: ['Tens até amanhã para pagar 300€ por MB Way, caso contrário publico-o no Instagram e identifico a tua escola.', 'ou pagas ou envio-as aos teus amigos'],
      ignore: ['se nao gostares do bolo, envio-o pro grupo kkk', 'caso contrario publico-o no grupo, é o resumo do trabalho'],
    },
  },
  {
    // "tua mae ia adorar ver isso", "teu namorado vai gostar de ver isso".
    id: 'they-would-love-to-see-r10',
    phrases: [
      '@your ..1 @family|@audience|namorad*|diretor|diretora|chefe|treinador|treinadora ..4 ia|iria|vai|vao|ira|irao|iam ..1 adorar|amar|gostar|curtir|delirar ..2 [de] ver|receber|saber ..1 isso|isto|essa|esse|essas|esses|tudo|aquilo|o_video|as_fotos|os_videos|teus_nudes|tuas_nudes',
      'diretor|diretora|escola|colegio|pais|mae|pai|familia|namorad* ..2 tua|teu|sua|seu|teus|tuas ..2 vai|vao|ira|irao ..1 receber ..1 um|uma ..1 email|e_mail|mensagem|carta|video|pacote|link ..1 interessante|especial|surpresa|bem_interessante|muito_interessante',
      '@your ..1 pais|mae|pai|familia|namorad*|diretor|diretora ..2 vai|vao|ira|irao ..1 receber ..1 um|uma ..1 email|e_mail|mensagem|carta|video|pacote|link ..1 interessante|especial|surpresa|bem_interessante|muito_interessante',
      'tu|vc|voce|teu_video|tuas_fotos|teus_nudes|o_teu_video|as_tuas_fotos ..2 vai|vais|ira ..1 ser|virar ..1 o_assunto|a_fofoca|a_piada|o_meme ..2 da|do|na|no ..1 escola|turma|sala|colegio|bairro|cidade|semana',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'kk*|haha*|rsrs*|lindo|linda|fofo|fofa|orgulho*|bolo|desenho|manda_pra_ela|mostra_pra_ela|mostra_lhe|mostra_a_ela|presente|prenda|surpresa_boa|nota|notas|medalha|trofeu|premio|cabelo|danca'],
    weight: 5,
    examples: {
      match: ['tua mae ia adorar ver isso', 'teu namorado vai gostar de ver isso', 'o diretor da tua escola vai receber um email interessante', 'tu vais ser o assunto da escola amanha'],
      ignore: ['o diretor vai receber um email interessante sobre a excursao', 'isso vai ser o assunto da escola amanha, que briga', 'tua mae ia adorar ver isso, ficou lindo', 'teu pai vai gostar de ver isso, a medalha', 'isso vai ser o assunto da escola amanha kkk a festa foi top'],
    },
  },
  {
    // "se nao responder em 5 minutos eu envio", "quer que eu mostre pra alguem?".
    id: 'no-reply-i-send-r10',
    phrases: [
      'se_nao|se_n|senao|caso_nao ..1 responder|responderes|respondes|pagar|pagares|mandar|mandares|aparecer|apareceres ..4 eu ..1 envio|mando|posto|publico|espalho|mostro|vazo|solto|divulgo',
      'quer|queres ..1 que|q ..1 [eu] mostre|mande|envie|poste|publique|espalhe ..2 pra|para|a|ao|aos ..1 alguem|todos|geral|todo_mundo|toda_a_gente|mais_gente',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'pdf|arquivo|ficheiro|resumo|trabalho|foto_da_turma|de_novo|outra_vez|mensagem|msg|email|audio|outro|o_link|convite|localizacao|endereco|numero|figurinha*|sticker*|meme|memes|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['se nao responder em 5 minutos eu envio', 'ainda lembro do teu video kkk, quer que eu mostre pra alguem?'.replace('kkk, ', ''), 'queres que eu mostre a toda a gente?'],
      ignore: ['quer que eu mande pra alguem da turma o pdf?', 'se nao responder em 5 min eu mando mensagem de novo', 'quer que eu mande o link pra alguem?'],
    },
  },
  {
    // "tu nao ia querer que isso saisse né", "vc nao vai querer que essas fotos vazem".
    id: 'you-wouldnt-want-it-out-r10',
    phrases: [
      '@you|tu|vc ..1 nao|n ..1 ia|iria|vai|vais|quer|queres ..1 [querer|gostar] ..1 que|q|de ..2 ' + IT + ' ..2 saisse|saissem|saia|saiam|vazasse|vazassem|vaze|vazem|aparecesse|aparecessem|apareca|aparecam|circulasse|circule|chegasse|chegue|fosse_parar|va_parar|caisse|caia|espalhasse|espalhe',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'kk*|haha*|rsrs*|segredo_da_festa|surpresa|spoiler*|resultado|nota|notas|danca|dancinha|karaoke|cantando|a_cantar|caindo|tombo'],
    weight: 5,
    examples: {
      match: ['tu nao ia querer que isso saisse né', 'vc nao vai querer que essas fotos vazem', 'tu não queres que o video apareça'],
      ignore: ['vc nao vai querer que isso vaze antes da festa surpresa', 'tu nao ia querer que o spoiler saisse'],
    },
  },
  {
    // Veiled, without "se": "seria uma pena a tua mae ver isso".
    id: 'shame-if-they-saw-it-r11',
    phrases: [
      'seria|era|ia_ser|vai_ser|seria_mesmo ..2 pena|chato|chata|triste|vergonha|horrivel|terrivel ..2 @your|o_teu|a_tua|o_seu|a_sua|os_teus|as_tuas|os_seus|as_suas ..1 @family|@audience ..2 ' + SAW + '|receber|receberem ..3 ' + IT,
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'nao_ver|nao_verem|perder|perderem|perdesse|perdessem'],
    weight: 5,
    examples: {
      match: ['lembras o q me mandaste ontem a noite? seria uma pena a tua mae ver isso 🙂', 'era chato os teus amigos verem aquilo', 'seria uma pena o teu pai receber essas fotos'],
      ignore: ['seria uma pena a tua mae nao ver a festa', 'era chato a tua mae ver o boletim assim', 'seria uma pena os teus amigos perderem o jogo'],
    },
  },
  {
    // Scripted fake-authority demands: "para evitar a notificação da sua escola e encarregados, pague a coima".
    id: 'avoid-notifying-your-family-r11',
    phrases: [
      'evitar|evite|evita ..6 notificacao|exposicao|divulgacao|comunicacao|publicacao|notificar|expor|divulgar|informar ..4 @family|@audience|encarregados|responsaveis|contatos|contactos',
      'nao_pagamento|falta_de_pagamento|caso_nao_pague|se_nao_pagar|se_nao_pagares ..4 resultara|implicara|levara|resulta|implica|leva ..3 exposicao|divulgacao|notificacao|publicacao|comunicacao ..4 @family|@audience|encarregados|responsaveis|contatos|contactos',
    ],
    unless: [REPORTED, DISCUSSION, 'mensalidade|propina|propinas|quota|quotas|cantina|refeicoes|visita_de_estudo|excursao|material_escolar|direcao|secretaria|faltas|falta_de_comparencia'],
    weight: 5,
    examples: {
      match: ['Para evitar a abertura de processo e a notificação da sua escola e encarregados de educação, deve pagar uma coima de 250€.', 'O nao pagamento resultara em exposicao do processo aos seus responsaveis.'],
      ignore: ['para evitar a notificação dos encarregados de educação, paguem a quota da visita de estudo', 'a secretaria vai informar os encarregados sobre as faltas'],
    },
  },
  {
    // "se queres que devolva a conta e não publique nada, manda 50€".
    id: 'pay-so-i-dont-publish-r11',
    phrases: [
      'se_queres|se_quer|se_quiser|se_quiseres|para|pra|pro ..6 nao|n ..1 publique|publicar|poste|postar|espalhe|espalhar|divulgue|divulgar|vaze|vazar|mostre|mostrar|publico|posto|espalho|mande|envie ..6 manda|mande|paga|pague|pagar|transfere|transfira|envia|envie|faz|faca|@payment|@money',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, FRIENDLY],
    weight: 5,
    examples: {
      match: ['Se queres que devolva a conta e nao publique nada, manda 50€ por MB Way', 'pra eu nao postar nada paga 100 no pix'],
      ignore: ['se queres que nao publique a foto da festa, diz', 'pra nao postar o trabalho atrasado manda pro prof hoje'],
    },
  },
  {
    // Money, "or", then where it goes: "30 reais no pix ou eu faço e mando pro grupo do 8B", "paysafecard ou a foto vai pra todos".
    id: 'pay-or-it-goes-to-group-r11',
    phrases: [
      '@payment|@money ..3 ou|senao|se_nao|caso_contrario ..4 mando|envio|posto|espalho|publico|partilho|compartilho|meto|jogo ..2 pro|pra|para|no|na|nos|nas|aos|ao ..2 grupo|grupos|@family|@audience|instagram|story|stories|net|internet|face|facebook|tiktok',
      '@payment|@money ..3 ou|senao|se_nao|caso_contrario ..2 [a|as|o|os|tua|tuas|teu|teus|sua|suas] foto|fotos|video|videos|nudes|tudo|prints|conversa|conversas ..1 vai|vao|ira|irao ..2 pra|para|pros|para_os|pro ..2 todos|todo_mundo|geral|@family|@audience|net|internet|grupo',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'haha*|rsrs*|lol'],
    weight: 5,
    examples: {
      match: ['30 reais no pix ou eu faço e mando pro grupo do 8B', '100€ em cartao paysafecard ou a foto vai pra todos'],
      ignore: ['10 euros por mbway ou mando o print pro grupo da turma kkk', 'paga os 5 euros ou mando o print pro grupo do jogo', '20 reais no pix ou eu posto no grupo o resumo'],
    },
  },
  {
    // "vou partilhar no facebook e no grupo da tua igreja".
    id: 'share-in-your-groups-r11',
    phrases: [
      'partilhar|partilho|compartilhar|compartilho|postar|posto|publicar|publico|espalhar|espalho|vazar|vazo ..4 grupo|grupos ..1 da|do|de ..1 @your|tua|teu|sua|seu ..1 igreja|escola|turma|familia|sala|catequese|escuteiros|clube|equipa|time|bairro|mae|pai|colegio|trabalho',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, FRIENDLY, 'convite|horario|link|evento|rifa|bolo|receita|oracao|missa|aviso|anuncio|cartaz|panfleto'],
    weight: 5,
    examples: {
      match: ['entao vou partilhar no facebook e no grupo da tua igreja', 'vou espalhar no grupo da tua turma'],
      ignore: ['vou partilhar o cartaz no grupo da tua igreja', 'vou postar o link no grupo da tua turma'],
    },
  },
  {
    // Polite scripted e-mails: "se não quer que estes vídeos cheguem aos seus familiares e colegas".
    id: 'if-you-dont-want-it-to-reach-r11',
    phrases: [
      'se_nao_quer|se_nao_queres|caso_nao_queira|caso_nao_queiras|se_nao_quiser|se_nao_quiseres|se_quer_evitar|se_queres_evitar ..3 que|q ..4 cheguem|chegue|sejam_enviados|sejam_enviadas|seja_enviado|sejam_partilhados|sejam_divulgados|vao_parar|va_parar|apareca|aparecam|vejam|veja|recebam|receba ..3 @family|@audience|aos_seus|aos_teus|familiares|encarregados|responsaveis',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, FRIENDLY],
    weight: 5,
    examples: {
      match: ['Se não quer que estes vídeos cheguem aos seus familiares e colegas, transfira', 'se nao queres que as fotos vao parar aos teus amigos, paga'],
      ignore: ['se nao queres que o bolo chegue aos teus avos frio, leva-o agora', 'se nao queres que a tua mae veja a nota, estuda'],
    },
  },
  {
    // "paga 150 no pix ou a escola inteira vai ver".
    id: 'or-the-whole-school-sees-r11',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..2 [a|o|toda_a|todo_o|tua|teu|sua|seu] escola|turma|sala|cidade|bairro|internet|net|familia|colegio|igreja|equipa|time ..1 inteira|inteiro|toda|todo|todinha ..2 vai|vao|ira|vai_ficar_a ..1 ver|receber|saber',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING],
    weight: 5,
    examples: {
      match: ['paga 150 no pix ou a escola inteira vai ver', 'manda mais ou a turma toda vai receber'],
      ignore: ['estuda ou a turma inteira vai ver a tua nota', 'vem ao jogo ou a escola inteira vai saber que perdeste'],
    },
  },
  {
    // "se não mandares dinheiro os teus amigos vão ver".
    id: 'if-you-dont-pay-they-see-r11',
    phrases: [
      'se|caso [@you] nao|n ..2 mandares|mandar|pagares|pagar|pagarem|fizeres|fizer|transferires|transferir|depositares|depositar|enviares|enviar ..4 @your|os_teus|os_seus|as_tuas|as_suas|a_tua|a_sua|o_teu|o_seu|toda_a_tua|toda_a_sua @family|@audience ..2 vao|vai|irao|ira ..1 ver|saber|receber|descobrir',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'ficar_triste|ficar_tristes|ficar_chateada|ficar_chateado|ficar_preocupad*', 'carta|excursao|visita_de_estudo|quota|quotas|propina*|mensalidade|cantina|uniforme|bilhete*|ingresso*|livros'],
    weight: 5,
    examples: {
      match: ['eu nao quero fazer isto mas se nao mandares dinheiro os teus amigos vao ver', 'se nao pagar sua familia vai receber'],
      ignore: ['se nao mandares o dinheiro da excursao os teus pais vao receber uma carta da escola', 'se nao fizeres o tpc a tua mae vai saber', 'se nao mandares a foto do trabalho a tua turma vai saber'],
    },
  },
  {
    // Ready to post: "já tá tudo pronto pra postar, só falta apertar o botão".
    id: 'ready-to-post-r11',
    phrases: [
      'tudo|ja|ta|esta ..2 pronto|pronta|prontos|prontas|preparado|preparada|agendado|agendada ..2 pra|para|a ..1 postar|publicar|enviar|mandar|espalhar|divulgar|ser_enviado|ser_publicado',
      'so_falta|falta_so|basta|so_preciso_de ..2 apertar|clicar|carregar|dar ..1 [no|o|um|em] botao|enviar|publicar|clique|send',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'video_novo|canal|youtube|reels|tiktok_novo|edit|edicao|post_novo|projeto|projecto|candidatura|formulario|inscricao|cv|curriculo|email|encomenda|pedido|carrinho|compra|loja|site|app|jogo|musica|cover'],
    weight: 5,
    examples: {
      match: ['ja ta tudo pronto pra postar, so falta apertar o botao', 'esta tudo agendado para publicar as 20h'],
      ignore: ['o video novo do canal ta pronto pra postar', 'so falta clicar no botao de enviar da candidatura'],
    },
  },
  {
    // "aposto que o teu pai ia gostar de ver", "imagina a cara da tua mãe quando vir".
    id: 'bet-they-would-like-to-see-r11',
    phrases: [
      'aposto|acho|garanto ..3 @your ..1 @family|@audience ..2 ia|iam|iria|iriam|vai|vao ..1 gostar|adorar|amar|curtir ..1 de ..1 ver|saber|receber',
      'imagina|imagine|imaginas|ja_imaginaste|ja_imaginou ..1 a_cara|a_reacao|a_vergonha|a_cara_que ..3 @your|tua|teu|seus|suas|teus|tuas|sua|seu ..1 @family|@audience ..3 quando|se ..2 vir|virem|souber|souberem|receber|receberem|visse|vissem|souber|vir_isto|vir_isso',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'quarto|arrumad*|desenho|presente|prenda|surpresa|golo|gol|atuacao|danca|premio|medalha|diploma|orgulho*|carta|flores|ramo|jantar|almoco|bolo|conquista|vitoria|campeonato|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['aposto que o teu pai ia gostar de ver', 'imagina a cara da tua mae quando vir'],
      ignore: ['aposto que a tua mae ia adorar ver o teu quarto arrumado', 'imagina a cara da tua mae quando vir a surpresa'],
    },
  },
  {
    // "bloqueia-me e a tua foto vai parar ao grupo".
    id: 'your-pic-ends-up-in-r11',
    phrases: [
      '@your|a_tua|as_tuas|o_teu|os_teus|a_sua|as_suas ..1 foto|fotos|video|videos|nudes|nude*|pack|conversa|conversas|prints ..1 vai|vao|ira|irao ..1 parar|direto|direitinho|diretinho|aparecer|circular ..2 ao|no|na|aos|nos|nas|a|as|pro|pra|pros|em ..1 grupo|grupos|escola|turma|net|internet|insta|instagram|face|facebook|tiktok|@family|@audience',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'jornal|mural|premio|anuario|site_da_escola|revista|exposicao|concurso|album|quadro|feira|vencedor*|vencedora*'],
    weight: 5,
    examples: {
      match: ['bloqueia-me e a tua foto vai parar ao grupo', 'as tuas fotos vao direto pra escola'],
      ignore: ['a tua foto vai parar ao jornal da escola, parabens!', 'a tua foto vai aparecer no mural do concurso'],
    },
  },
  {
    // "ja mandei print pra tua prima, o proximo é teu pai": a leak already started, the next target named.
    id: 'already-sent-next-is-r12',
    phrases: [
      'o_proximo|a_proxima|os_proximos|as_proximas|proximo|proxima|depois_vem|depois_e ..2 [e|eh|sera|vai_ser|sao|vao_ser] @your|o_teu|a_tua|os_teus|as_tuas ..1 @family|@audience',
      'ja|acabei_de ..1 mandei|enviei|mostrei|encaminhei|mandar|enviar|mostrar|encaminhar ..2 print|prints|nudes|nude*|teu_video|seu_video|tuas_fotos|suas_fotos|teus_nudes|a_conversa|as_conversas|a_gravacao ..3 pra|para|a|ao|aos|pro|pros|pras @your|a_tua|o_teu|os_teus|as_tuas|a_sua|o_seu ..1 @family|@audience',
      'ja|acabei_de ..1 mandei|enviei|mostrei|encaminhei ..3 pra|para|a|ao|aos|pro|pros|pras @your|a_tua|o_teu|os_teus|as_tuas|a_sua|o_seu ..1 @family|@audience|amiga|amigo|melhor_amiga|melhor_amigo ..4 proximo|proxima|proximos|depois|agora_e|falta|faltam|so_falta',
    ],
    unless: [REPORTED, HARMLESS, GAMING, DISCUSSION, 'vez|a_jogar|jogar|fila|turno|consulta|a_falar|chegar|a_chegar|dancar|cantar|sorteio|convite*|aniversario|niver|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['ja mandei print pra tua prima, o proximo é teu pai', 'a proxima é a tua mae', 'ja enviei os prints pra tua irma, depois vem teu pai', 'acabei de mandar teus nudes pro teu primo', 'ja mostrei pra tua amiga, agora é a tua mae'],
      ignore: ['o proximo a jogar é o teu pai', 'ja mandei o convite pra tua prima, o proximo é teu pai', 'ja mandei as fotos da festa pra tua mae', 'a proxima vez é na casa da tua tia'],
    },
  },
  {
    // "tua familia ia adorar ver aquelas fotos", "teus amigos iam curtir ver esse video".
    id: 'they-would-love-to-see-r12',
    phrases: [
      '@your|a_tua|o_teu|os_teus|as_tuas ..1 @family|@audience ..2 ia|iam|iria|iriam|vai|vao|ira|irao ..1 adorar|gostar|amar|curtir|delirar ..2 ver|saber|receber ..3 aquelas|aqueles|aquela|aquele|aquilo|essas|esses|essa|esse|estas|estes|esta|este|isso|isto|tudo|as_fotos|o_video|os_videos|nudes|nude*|prints|conversa*|gravac*|tuas|suas|teus|seus',
      'quer|queres|quers|vai_querer|vais_querer|queria|querias ..1 que ..3 @your|a_tua|o_teu|os_teus|as_tuas ..1 @family|@audience ..2 vejam|veja|saibam|saiba|recebam|receba|descubram|descubra|vissem|visse|soubessem|soubesse',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'quarto|arrumad*|desenho|presente|prenda|surpresa|golo|gol|danca|premio|medalha|diploma|orgulho*|carta|flores|jantar|almoco|bolo|conquista|vitoria|boletim|kk*|haha*|rsrs*|casa_nova|cabelo|tatuagem|piercing|que_chegaste|que_chegou|onde_estas|onde_esta|dormir'],
    weight: 5,
    examples: {
      match: ['se eu fosse vc pagava logo. tua familia ia adorar ver aquelas fotos', 'teus amigos iam curtir ver esse video', 'a call toda. vai querer que teus pais vejam?', 'queres que a tua mae veja isto?', 'quer que os teus seguidores saibam?'],
      ignore: ['tua mae ia adorar ver as fotos da festa', 'queres que a tua mae veja o bolo?', 'vai querer que teus pais vejam teu boletim?', 'teus amigos iam adorar ver o golo'],
    },
  },
  {
    // "eu jogo essas num site adulto com teu nome": dumping material on an adult site.
    id: 'dump-on-adult-site-r12',
    phrases: [
      'jogo|jogar|boto|botar|ponho|por|coloco|colocar|posto|postar|subo|subir|meto|meter|publico|publicar|vendo|vender ..4 site_adulto|sites_adultos|site_adultos|site_porno|sites_porno|site_de_porno|site_18|xvideos|pornhub|onlyfans|privacy|site_de_acompanhantes|sites_de_acompanhantes|site_de_putaria|grupo_de_putaria|grupos_de_putaria|telegram_18|grupo_18|grupos_18',
      'site|sites|grupo|grupos ..1 adulto|adultos|porno|putaria|18 ..3 com ..1 @your|o_teu|a_tua ..1 nome|numero|instagram|escola|cara|foto|endereco',
    ],
    unless: [REPORTED, DISCUSSION, 'denunciar|denunciei|denuncia|bloquear|bloqueio|proibido|proibir|filtro|controle_parental|lei'],
    weight: 5,
    examples: {
      match: ['se nao me mandar fotos sem biquini eu jogo essas num site adulto com teu nome e escola', 'vou botar teu video no xvideos', 'posto tuas fotos num grupo de putaria com teu numero'],
      ignore: ['o site adulto foi bloqueado pelo controle parental', 'vou denunciar esse perfil que posta em site porno'],
    },
  },
  {
    // "ou teus pais recebem o link do video amanha de manha".
    id: 'or-they-get-the-link-r12',
    phrases: [
      'ou|senao|se_nao|caso_contrario|se_nao_pagar|se_nao_pagares ..6 @your|os_teus|a_tua|o_teu|as_tuas ..1 @family|@audience ..2 recebe|recebem|vai_receber|vao_receber|ve|veem|vai_ver|vao_ver ..3 link|links|video|videos|fotos|foto|gravacao|gravacoes|prints|nudes|nude*|conversa*',
      'link ..2 do|da|dos|das ..1 video|videos|fotos|gravacao|nudes|pack ..4 @your|pros_teus|pra_tua|pro_teu|aos_teus|a_tua|ao_teu ..1 @family|@audience',
    ],
    unless: [REPORTED, DISCUSSION, GAMING, FRIENDLY, 'festa|formatura|apresentacao|aniversario|casamento|viagem|batizado|reuniao|aula|escolar|recital|teatro|convite|ingresso'],
    weight: 5,
    examples: {
      match: ['500 reais em gift card da steam ou teus pais recebem o link do video amanha de manha', 'senao a tua mae recebe as fotos hoje', 'mando o link do video pros teus amigos'],
      ignore: ['ou vens ou teus pais recebem o link da apresentacao depois', 'mando o link do video da formatura pros teus pais'],
    },
  },
  {
    // "qualquer coisa mando pra cada um deles" (after naming the followers list).
    id: 'send-to-each-of-them-r12',
    phrases: [
      'mando|envio|mostro|posto|encaminho|mandar|enviar|mostrar|encaminhar ..3 pra|para|a|ao|aos|pros|pras cada_um|cada_uma|um_por_um|uma_por_uma ..1 [deles|delas|dos_teus|dos_seus|das_tuas|das_suas]',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, 'convite*|cartao|lembrancinha*|presente*|doce*|brigadeiro*|bolo|link_do_grupo|parabens|recado|formulario|horario|lista_de_presenca|trabalho|email|mail'],
    weight: 4,
    examples: {
      match: ['ja tenho teus seguidores salvos, qualquer coisa mando pra cada um deles', 'mando o video pra cada um dos teus amigos', 'envio a cada uma das tuas amigas'],
      ignore: ['mando o convite pra cada um deles', 'vou mandar o link do grupo pra cada um'],
    },
  },
  {
    // "pague ... ou publicamos as suas mensagens": the "we" of a scripted gang or fake support.
    id: 'or-we-publish-r12',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..2 [nos|a_gente] publicamos|postamos|divulgamos|espalhamos|vazamos|expomos|partilhamos|compartilhamos|encaminhamos|soltamos|enviamos|mandamos ..3 @your|as_suas|os_seus|as_tuas|os_teus|tudo|td|isso|isto|fotos|mensagens|conversas|videos|nudes|prints|gravacoes',
      'a_gente|nos ..1 vai|vamos ..1 publicar|postar|divulgar|espalhar|vazar|expor|partilhar|compartilhar ..3 @your|as_suas|os_seus|as_tuas|os_teus|tudo|td|nudes|prints|conversas|mensagens',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION, 'evento|anuncio|promocao|produto|curso|vaga|rifa|campanha|cartaz|loja|canal|resultado*|horario*|lista|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['Pague 300 reais via Pix ou publicamos as suas mensagens e fotos nos stories', 'ou enviamos tudo aos seus contatos', 'a gente vai vazar tuas conversas'],
      ignore: ['ou publicamos o horario hoje ou amanha', 'a gente vai publicar o trabalho no site'],
    },
  },
  {
    // "senao ja era tua reputação", "ou adeus tua reputacao".
    id: 'or-your-reputation-is-gone-r12',
    phrases: [
      'ou|senao|se_nao|caso_contrario|se ..6 ja_era|acabou|adeus|acabou_se|foi_se|foi|vai_pro_saco|vai_por_agua_abaixo ..1 [a] @your|a_tua|a_sua ..1 reputacao|imagem|vida_social|dignidade|moral|nome',
    ],
    unless: [REPORTED, DISCUSSION, GAMING, 'k|kk*|haha*|rsrs*|lol|brinks|zoeira|ranking|elo|rank|patente'],
    weight: 5,
    examples: {
      match: ['ultima chance. 10 min pra mandar os 300 no nubank senao ja era tua reputação', 'ou pagas ou adeus a tua reputacao', 'se nao mandar foi-se a tua imagem na escola'],
      ignore: ['se perderes a ranked ja era tua reputacao kkk', 'ou ganhas o x1 ou adeus tua moral'],
    },
  },
  {
    // "imagina teu pai abrindo o whats e vendo teu video": the scene of the leak, described.
    id: 'picture-them-opening-it-r12',
    phrases: [
      'imagina|imagine|imaginas|ja_pensou|ja_pensaste|pensa|pense ..2 @your|o_teu|a_tua|os_teus|as_tuas ..1 @family|@audience ..3 abrindo|a_abrir|vendo|a_ver|recebendo|a_receber|descobrindo|a_descobrir|lendo|a_ler|assistindo ..4 @your|teu|tua|teus|tuas|seu|sua|esse|essa|isso|isto|aquilo|o_video|as_fotos|nudes|nude*|video|fotos|conversa*|prints',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'quarto|arrumad*|desenho|presente|prenda|surpresa|danca|premio|medalha|diploma|orgulho*|carta|flores|bolo|boletim|kk*|haha*|rsrs*|cabelo|tatuagem|piercing|tiktok_de_danca'],
    weight: 5,
    examples: {
      match: ['imagina teu pai abrindo o whats e vendo teu video', 'ja pensaste a tua mae a receber estas fotos?'],
      ignore: ['imagina teu pai vendo teu video de danca no tiktok kkk', 'imagina a tua mae a abrir o presente'],
    },
  },
  {
    // "vai pra todos os grupos do colegio", "o video ta pronto pra ser postado, so depende de vc".
    id: 'ready-to-go-out-r12',
    phrases: [
      'vai|vao|ira|irao ..1 pra|para|pros|pras|nos|nas|a ..1 todos|todas ..1 [os|as] grupos|contatos|contactos|seguidores|amigos ..2 do|da|dos|das ..1 colegio|escola|turma|familia|bairro|igreja|cidade',
      'pronto|prontinho|pronta|prontas|prontos ..2 pra|para ..1 ser|serem ..1 postado|postada|postados|postadas|publicado|publicada|publicados|publicadas|enviado|enviada|enviados|enviadas|divulgado|divulgada|espalhado|espalhada ..6 depende|decide|decides|escolha|escolhe|escolhes|pagar|pagares|mandar|mandares|responder|responderes',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, GAMING, 'evento|anuncio|promocao|produto|curso|vaga|rifa|campanha|cartaz|flyer|loja|canal|resultado*|horario*|lista|edital|comunicado|circular|aviso|cardapio|post_da_loja|feira|bazar|k|kk*|haha*|rsrs*'],
    weight: 4,
    examples: {
      match: ['vai pra todos os grupos do colegio', 'o video ta pronto pra ser postado, so depende de vc', 'as fotos estao prontas pra ser enviadas, tu decides'],
      ignore: ['o aviso vai pra todos os grupos da escola', 'o video da feira ta pronto pra ser postado, so depende do prof aprovar o trabalho'],
    },
  },
  {
    // Broken grammar: "eu manda seu video para todos seus amigo", "pagar ou eu postar".
    id: 'broken-i-send-your-video-r12',
    phrases: [
      'eu ..1 manda|mandar|posta|postar|envia|enviar|mostra|mostrar|publica|publicar ..2 seu|sua|seus|suas|teu|tua ..1 video|videos|foto|fotos|nude|nudes|pack ..3 para|pra|pro|a ..4 amigo|amigos|amiga|familia|mae|pai|seguidor|seguidores|contato|contatos|escola|colega|colegas',
      'pagar|paga|pague|manda|mandar ..1 ou ..1 eu ..1 postar|publicar|mandar|enviar|mostrar|espalhar|vazar|posta|publica|espalha|vaza',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, DISCUSSION],
    weight: 5,
    examples: {
      match: ['eu manda seu video para todos seus amigo', 'pagar ou eu postar', 'eu posta tua foto pra todos teus seguidor'],
      ignore: ['eu manda seu video da festa para todos seus amigo'],
    },
  },
  {
    // Posting into their own channel: "vou espalhar no facebook da tua familia", "ponho a tua foto na app e meto no grupo".
    id: 'spread-on-their-channel-r13',
    phrases: [
      'espalho|espalhar|espalharei|posto|postar|postarei|publico|publicar|meto|meter|boto|botar|ponho|jogo|jogar|vazo|vazar|solto|soltar ..2 no|na|nos|nas|pro|pra|pelo|pela ..1 facebook|face|insta|instagram|grupo|grupos|whats|zap|stories|story|tiktok|twitter|close_friends ..3 da|do|dos|das ..1 @your',
      'ponho|meto|boto|posto|jogo|coloco|solto ..1 a|o|as|os ..1 @your ..1 foto|fotos|video|videos|nudes|nude|prints|print|montagem ..5 no|na|nos|nas|pro|pra ..1 grupo|grupos|net|internet|insta|instagram|face|facebook|tiktok|stories|story|close_friends',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, GAMING, 'bonita|bonito|giro|gira|perfil|parabens|k|kk*|haha*|rsrs*|meme|memes|edit|creditos'],
    weight: 5,
    examples: {
      match: ['hoje vou espalhar no facebook da tua família', 'ponho a tua foto na app e meto no grupo', 'vou postar no grupo da tua turma', 'boto as tuas nudes no grupo'],
      ignore: ['sim, vou postar no grupo da turma tb', 'vou postar no grupo da turma o horario', 'vou por a tua foto no grupo, ficaste tao gira', 'ponho a tua foto no insta com creditos'],
    },
  },
  {
    // The material "goes out" on its own: "vai tudo pro ar", "o video segue para o grupo da escola", "ja era, vai pra geral".
    id: 'it-goes-out-r13',
    phrases: [
      'o_video|os_videos|as_nudes|os_nudes|teus_nudes|tuas_nudes|suas_nudes|teu_video|seu_video|tua_foto|sua_foto|tuas_fotos|suas_fotos|os_prints|o_pack|a_gravacao ..1 vai|vao|segue|seguem|sai|saem|cai|caem ..1 [direto|direitinho|diretamente] pro|pra|para|no|na|nos ..1 ar|geral|net|internet|grupo|grupos|@your|a_tua|o_teu|os_teus|todos|todo_mundo',
      'vai|vao|segue|sai|cai ..1 tudo|td ..1 pro|pra|para|na ..1 ar|geral|net|internet|grupo|grupos|rua',
      'ja_era ..3 vai|vao|cai|sai|segue ..1 pra|pro|para|na ..1 geral|net|internet|ar|grupo|grupos',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, GAMING, 'programa|episodio|live|canal|lancamento|clipe|trailer|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['responde logo ou vai tudo pro ar', 'depois disso o vídeo segue para o grupo da escola e para a tua mãe', 'senão ja era, vai pra geral', 'as tuas fotos vão direto pro grupo'],
      ignore: ['o video do trabalho vai pro grupo amanha', 'o episodio novo vai pro ar sabado', 'o clipe vai pro ar sexta'],
    },
  },
  {
    // "ou todo mundo do teu curso vai ver", "senao a escola toda fica a saber".
    id: 'or-everyone-finds-out-r13',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..2 todo_mundo|toda_a_gente|geral|todos|todas|a_escola_toda|a_turma_toda|a_sala_toda|a_tua_familia|a_sua_familia ..4 vai|vao|ira|irao|fica|ficam ..1 ver|saber|receber|a_saber|sabendo|vendo',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, GAMING, 'spoiler|final|filme|serie|perdeste|perdeu|k|kk*|haha*|rsrs*|atrasad*|chegar|chega'],
    weight: 4,
    examples: {
      match: ['desbloqueia e volta a falar cmg ou todo mundo do teu curso vai ver', 'responde senao a escola toda fica a saber', 'paga ou todos os teus amigos vão receber'],
      ignore: ['vem logo ou todo mundo vai ver o final do filme sem ti', 'treina ou todos vão ver que perdeste kkk'],
    },
  },
  {
    // Telling and showing the class: "eu conto pra sala toda q tu manda foto e mostro o print", "queres que mostre à turma?".
    id: 'show-the-class-r13',
    phrases: [
      'conto|contarei|mostro|mostrarei|espalho ..3 sala|turma|escola|classe|colegio ..6 foto|fotos|nudes|nude|print|prints|video|videos|pack',
      'queres|quer|queria ..1 que ..1 [eu] mostre|mande|envie|poste|publique|espalhe|mostrasse|mandasse|enviasse|postasse ..1 [isto|isso|tudo] a|ao|aos|pra|para|pro|pros|na|no ..1 [@your] turma|escola|sala|colegio|@family|geral|todo_mundo|toda_a_gente',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'viagem|festa|passeio|trabalho|desenho|projeto|projecto|cartaz|resumo|ajud*|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['ou eu conto pra sala toda q tu manda foto pros menino e ainda mostro o print', 'já fiz a tua. queres que mostre à turma ou preferes ser simpática comigo?', 'quer que eu mande pra tua mae?'],
      ignore: ['vou mostrar pra turma as fotos da viagem', 'queres que mostre à turma o teu desenho? ficou top', 'quer que eu mande pro grupo?'],
    },
  },
  {
    // Every contact at once: "um clique e cada um recebe o teu video", "comeco a enviar".
    id: 'each-one-gets-it-r13',
    phrases: [
      'cada_um|cada_uma|todos|todas ..3 recebe|recebem|vai_receber|vao_receber|ve|veem ..2 teu|tua|teus|tuas|o_teu|a_tua|os_teus|as_tuas ..1 video|videos|foto|fotos|nudes|nude|pack|prints|conversa|conversas',
      'um_clique|so_um_clique|com_um_clique|um_botao|um_enter ..6 recebe|recebem|ve|veem|enviado|enviada|publicado|publicada|postado|postada|vai|vao',
      'ou|senao|se_nao|caso_contrario ..2 comeco|vou_comecar|comecarei ..1 a ..1 enviar|mandar|postar|publicar|espalhar|partilhar|divulgar|compartilhar',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, GAMING, 'convite|convites|presente|presentes|prenda|prendas|brinde|certificado|diploma|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['um clique e cada um recebe o teu vídeo. decide', 'MB Way 150€ para este número até às 23h ou começo a enviar', 'todos recebem a tua foto hoje'],
      ignore: ['cada um recebe o seu certificado no fim', 'com um clique o convite é enviado a todos'],
    },
  },
  {
    // Veiled: "quer ela de volta e as fotos quietas?", "se queres os videos guardados, paga".
    id: 'keep-them-quiet-r13',
    phrases: [
      'quer|queres|se_quer|se_queres ..5 fotos|videos|nudes|prints|video|foto|conversas ..1 quieta|quietas|quieto|quietos|guardad*|em_segredo|escondid*|so_comigo|seguras|seguros|no_sigilo|longe_da_net|fora_da_net',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'backup|nuvem|drive|pendrive|album|k|kk*|haha*|rsrs*'],
    weight: 4,
    examples: {
      match: ['quer ela de volta e as fotos quietas? 250 no pix', 'se queres os videos guardados so comigo, paga hoje'],
      ignore: ['queres as fotos guardadas no drive ou no pendrive?'],
    },
  },
  {
    // Veiled "picture them seeing it": "ja imaginou tua vo vendo isso", "bora ver se a tua mae gosta do teu video".
    id: 'imagine-them-seeing-r13',
    phrases: [
      'imagina|imagine|imaginas|ja_imaginou|ja_imaginaste|ja_pensou|ja_pensaste|bora_ver|vamos_ver|quero_ver ..3 @your|a_tua|o_teu|os_teus|as_tuas ..1 @family|@audience|vo|vozinha|diretor*|director*|treinador|treinadora ..3 vendo|a_ver|ver|recebendo|a_receber|receber|abrir|abrindo|gosta|gostar|gostaria|gostam ..2 isso|isto|tudo|teu_video|tuas_fotos|o_video|as_fotos|teus_nudes|esse_video|essas_fotos|do_teu_video|das_tuas_fotos|dos_teus_videos|dos_teus_nudes|dos_prints',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'meme|memes|tiktok|dancinha|desenho|danc*|cant*|orgulho*|lindo|linda|k|kk*|haha*|rsrs*'],
    weight: 4,
    examples: {
      match: ['ja imaginou tua vó vendo isso', 'bora ver se a tua mãe gosta do teu video', 'imagina o teu pai a receber as fotos'],
      ignore: ['imagina a tua mãe vendo isso kkkk', 'bora ver se a tua mae gosta do teu desenho'],
    },
  },
  {
    // "amanha de manha ta no insta da escola", "tudo isso no status do meu whats amanha", "vais virar meme na escola toda".
    id: 'tomorrow-its-up-r13',
    phrases: [
      'tudo|isso|isto|tudinho|teu_video|tuas_fotos|teus_nudes|teus_prints|o_video|as_fotos|os_prints ..3 no|na|nos|nas ..1 [meu|minha] status|story|stories|instagram|grupo|face|tiktok ..3 amanha|hoje|logo|esta_noite|ate_amanha|sexta|segunda',
      'amanha|hoje|logo|esta_noite ..3 ta|esta|vai_estar|aparece|cai ..1 no|na ..1 insta|instagram|status|story|grupo|face|facebook|tiktok ..2 da|do ..1 escola|turma|sala|colegio|@your',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, GAMING, 'foto_da_turma|foto_de_turma|pauta|evento|equipa|time|vitoria|campeonato|torneio|danca|musica|cover|k|kk*|haha*|rsrs*'],
    weight: 4,
    examples: {
      match: ['amanhã de manhã tá no insta da escola', 'tudo isso no status do meu whats amanhã'],
      ignore: ['amanha ta no insta da escola a foto da turma', 'o resultado do torneio hoje ta no insta da escola'],
    },
  },
  {
    // Drip-feeding the leak: "mando 1 foto por dia pra um amigo teu ate pagares", "cada hora mando pra mais alguem".
    id: 'one-a-day-until-r13',
    phrases: [
      'mando|envio|posto|solto|mostro ..3 # ..1 foto|fotos|video|videos|print|prints ..1 por ..1 dia|hora ..6 ate|enquanto ..1 [nao] pagar|pagares|pagues|pague|mandar|mandares|responder|responderes',
      'cada ..1 hora|dia|minuto ..3 mando|envio|posto|mostro ..2 pra|para|a ..1 mais ..1 alguem|um|uma|gente|pessoas|contato|contacto',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'bom_dia|motivac*|versiculo|frase|receita|meme|memes|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['mando 1 foto por dia pra um amigo teu ate pagares', 'cada hora q passa mando pra mais alguem'],
      ignore: ['mando 1 foto por dia do bebe pra vó ate ela voltar de viagem', 'cada dia mando pra mais alguem uma frase de motivacao'],
    },
  },
  {
    // "tua reputacao acabou se nao pagar".
    id: 'reputation-over-unless-r13',
    phrases: [
      '@your|a_tua|a_sua ..1 reputacao|vida|imagem ..1 acabou|acaba|ja_era|vai_acabar|ta_acabada|esta_acabada ..3 se|caso|senao|se_nao|ou',
    ],
    unless: [REPORTED, DISCUSSION, GAMING, 'k|kk*|haha*|rsrs*|stora|stor|professor*|prof|tpc|trabalho|nota|notas|teste|prova|descobrir|souber'],
    weight: 4,
    examples: {
      match: ['tua reputação acabou se nao pagar', 'a tua vida acaba se nao fizeres o que eu digo'],
      ignore: ['tua reputação no fifa acabou se perderes hoje kkk'],
    },
  },
  {
    // "vais virar meme na escola toda" (as a threat, without a laugh).
    id: 'you-will-be-a-meme-r13',
    phrases: [
      'vai|vais|vc_vai|tu_vais ..1 virar ..1 meme|piada|chacota|motivo_de_riso ..2 na|da|no|do ..1 escola|turma|sala|colegio|cidade|bairro|net|internet ..1 [toda|inteira]',
    ],
    unless: [REPORTED, DISCUSSION, GAMING, 'k|kk*|haha*|rsrs*|danca|dancinha|video_da_festa|fantasia|cabelo|corte'],
    weight: 4,
    examples: {
      match: ['vai virar meme na escola toda', 'paga ou vais virar piada na escola'],
      ignore: ['tu vais virar meme na escola toda kkkk', 'com esse corte de cabelo vais virar meme na escola'],
    },
  },
  {
    // "a malta do liceu vai ver as tuas fotos", "ou vai tudo ca para fora".
    id: 'the-crowd-will-see-yours-r13',
    phrases: [
      'malta|pessoal|galera|geral|gente|todos|todo_mundo|toda_a_gente ..2 escola|liceu|colegio|turma|sala|bairro|igreja|curso|facul|faculdade|treino ..2 vai|vao|ira|irao ..1 ver|receber ..2 @your|as_tuas|os_teus|as_suas|os_seus ..1 foto*|video*|nudes|nude*|pack|prints|conversas',
      'ou|senao|se_nao|caso_contrario ..1 vai|vao|sai|saem ..1 tudo|td|isto|isso ..1 [ca] para_fora|pra_fora|ca_fora|ca_para_fora|ca_pra_fora|ca_pa_fora',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, GAMING, 'k|kk*|haha*|rsrs*|desenho*|pintura*|exposicao|album'],
    weight: 5,
    examples: {
      match: ['epá, tás feito. a malta do liceu vai ver as tuas fotos', 'ou mandas o guito ou vai tudo cá para fora'],
      ignore: ['a malta da turma vai ver as tuas fotos da viagem', 'a galera da escola vai ver os teus desenhos na exposicao'],
    },
  },
  {
    // Formal and scripted: "as fotos ficam públicas no mural", "as imagens serão disponibilizadas em nosso catálogo", "para evitar divulgação do material, pague".
    id: 'will-be-made-public-r14',
    phrases: [
      'se|caso|senao|se_nao|ou ..6 @photo|imagens|material|gravacoes|conversas|prints ..3 ficam|ficarao|serao|vao_ficar|vao_ser|vao|fica|sera|vai_ficar|vai_ser ..1 publicas|publicos|publica|publico|disponibilizadas|disponibilizados|disponiveis|divulgadas|divulgados|expostas|expostos|visiveis|online',
      'pagamento|pago|paga|pagar|quitada|quitado|quitar|taxa|valor|transferencia ..6 @photo|imagens|material|gravacoes ..3 ficam|ficarao|serao|vao_ficar|vao_ser|sera ..1 publicas|publicos|disponibilizadas|disponibilizados|divulgadas|divulgados|expostas|expostos|publicadas|publicados',
      '@photo|imagens|material|videos|gravacoes|conteudo ..3 serao|sera|vao_ser|vai_ser ..1 publicadas|publicados|divulgadas|divulgados|enviadas|enviados|expostas|expostos|disponibilizadas|partilhadas|compartilhadas ..4 caso|se|senao|se_nao ..3 pagamento|paga|pagar|pague|pagues|transferencia|deposito|valor|taxa',
      'evitar|impedir|para_nao_haver ..2 divulgacao|exposicao|publicacao|vazamento|partilha|difusao ..2 do|das|dos|da|de material|fotos|imagens|videos|conteudo|gravac*|teu|tua|seu|sua|tuas|suas',
    ],
    unless: [REPORTED, DISCUSSION, 'resumo|apontamentos|boletim|bolo|receita|convite|formatura|evento|torneio|campeonato|excursao|casamento|batizado|album|anuario|site_da_escola|resultados|pauta|pautas|lista_de_aprovados|aprovados|classificacao|notas'],
    examples: {
      match: ['Se não pagar, as fotos da ficha ficam públicas no mural de candidatas reprovadas', 'Caso a taxa de book (R$ 890) não seja quitada até sexta, as imagens serão disponibilizadas em nosso catálogo público', 'Para liberar e evitar divulgação do material, pague a taxa de R$ 180', 'suas imagens serão publicadas caso o pagamento não seja feito'],
      ignore: ['as fotos do evento serão disponibilizadas no site amanhã', 'as fotos da formatura serao enviadas se o pagamento do album for feito', 'se chover, as fotos da formatura ficam disponiveis online na segunda', 'para evitar a divulgação de fotos, nunca mande nudes, diz a palestra'],
    },
  },
  {
    // Short conditional threats: "volta comigo ou a escola inteira vai ver tudinho", "senão vai pro tiktok", "ou o link vai pro discord", "ou eu publicar no facebook e mandar seu pais".
    id: 'or-it-goes-to-r14',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..4 @audience|escola|turma|todo_mundo|geral|toda_a_gente|a_malta|galera ..3 vao|vai|ira|irao ..1 ver|saber|receber ..1 tudinho|tudo|td|tudim|tuas_fotos|suas_fotos|teus_nudes|seus_nudes|teu_video|seu_video|o_video|as_fotos',
      'senao|se_nao|ou|caso_contrario ..4 vai|vao|cai|caem|vai_parar|vao_parar ..1 pro|pra|para|para_o|para_a|no|na|pros|ao ..2 tiktok|insta|instagram|face|facebook|twitter|net|internet|discord|onlyfans|kwai|telegram|xvideos',
      'ou|senao|se_nao ..1 eu ..1 publicar|postar|mandar|enviar|espalhar|vazar|envia|manda|publica|posta ..3 facebook|face|insta|instagram|tiktok|net|internet|@family|contactos|contatos|seguidores',
      'quer|queres|voce_quer|vc_quer|tu_queres ..1 nao|que_nao ..2 ir|va|vai|aparecer|apareca|vazar|vaze|cair ..1 pra|para|na|no|pro ..1 internet|net|redes|insta|instagram|face|tiktok|escola|grupo',
      'quer|queres|adivinha ..2 quem ..1 recebe|ve|vai_receber|vai_ver|recebera ..1 primeiro',
    ],
    unless: [REPORTED, DISCUSSION, GAMING, FRIENDLY, 'quarto|arrumas|arruma|arrumar|loica|louca|tpc|licao|dever|castigo|convite|festa|aniversario|niver|trabalho|resumo|apresentacao|peca|show|final|meme|memes|live|stream|musica|playlist|foto_da_turma|k|kk*|haha*|rsrs*|brinks|zoeira'],
    examples: {
      match: ['volta comigo ou o Lucas e a escola inteira vao ver tudinho', 'tenho o teu nudes guardado. 100 reais em cartao da steam e eu apago, senao vai pro tiktok', '5000 robux ate amanha ou o link vai pro discord do servidor', 'Pagar 150 euros western union hoje ou eu publicar no facebook e mandar seu pais', 'quer nao ir pra internet? manda 300 dolar em bitcoin', 'ja separei a lista dos teus seguidores, quer ver quem recebe primeiro?', 'ou pagas ou a tua turma toda vai ver tudo'],
      ignore: ['ou tu arrumas o quarto ou a mae vai ver tudo', 'vem a festa senao a escola inteira vai saber que es medroso kkk', 'ou acabas o resumo ou vai pro grupo incompleto', 'quer ver quem recebe primeiro o presente? kk', 'manda a musica senao vai pro insta sem som'],
    },
  },
  {
    // "senão ele posta", "quer q eu mande pro grupo? então faz...", "quer ver teu nome no insta com as fotos?".
    id: 'or-he-posts-want-me-to-send-r14',
    phrases: [
      'senao|se_nao|caso_contrario ..1 ele|ela|eles|elas|o_meu_amigo|meu_amigo|a_gente|nos|eu ..1 posta|postam|postamos|posto|publica|publicam|publico|espalha|espalham|espalho|vaza|vazam|vazo|divulga|divulgam|divulgo|solta|soltam|solto|manda_tudo|mando_tudo',
      'quer|queres ..1 que|q ..1 eu ..1 mande|mando|poste|posto|envie|envio|espalhe|publique|mostre ..4 grupo|escola|colegio|turma|insta|instagram|face|tiktok|net|internet|@family ..4 entao|senao|se_nao|ou ..2 faz|faca|fazes|obedece|obedeca|paga|pagas|pague|manda|mandas|responde',
      'mando|mandar|envio|enviar|mostro|mostrar|passo|passar|vou_mandar|vou_mostrar ..3 pro|para|ao|a|pra ..1 @your namorad*|crush|ex|@family ..2 o_que|oq|o_q|aquilo|tudo_o_que|tudo_que|as_fotos_que|o_video_que ..2 tu|vc|voce|ce me ..1 mandaste|mandou|enviaste|enviou|mostraste|mostrou|mandas|manda',
      'quer|queres ..1 ver ..1 @your ..1 nome|cara|rosto ..3 insta|instagram|net|internet|grupo|escola|face|tiktok|redes|twitter|stories ..4 fotos|foto|nudes|nude*|video|videos|prints|pack',
    ],
    // Round 27: a friend's tease with an unflattering photo ("apaga senão eu posto aquela sua dormindo de boca aberta").
    unless: [REPORTED, DISCUSSION, HARMLESS, GAMING, 'meme|memes|figurinha*|k|kk*|haha*|rsrs*|brinks|zoeira|aprovados|lista|resultado*', 'dormindo|a_dormir|boca_aberta|babando|a_babar|roncando|a_ressonar|careta|caretas|cara_de_sono|descabelada|descabelado|horrivel|feia|feio|sem_maquiagem|sem_maquilhagem|de_aparelho'],
    examples: {
      match: ['agora tu vai fazer o q eu mandar, senao ele posta', 'quer q eu mande pro grupo do colegio? entao faz oq eu pedir', 'tu vai pagar ou quer ver teu nome no insta com as fotos?', 'responde senao eu posto', 'vou mandar pro teu namorado o que tu me mandaste'],
      ignore: ['quer que eu mande pro grupo da turma? ja mando o resumo', 'manda a foto senao ela posta sem filtro kkk', 'quer ver teu nome na lista de aprovados?', 'apaga agora senao eu posto aquela tua babando no onibus', 'tira essa foto senão eu posto a tua careta da excursão'],
    },
  },
  {
    // Veiled, without naming the material: "vai ser uma pena se a tua escola souber", "seria chato se teu pai descobrisse".
    id: 'shame-if-they-found-out-r14',
    phrases: [
      'pena|chato|chata|triste|mal|horrivel|terrivel ..3 se ..2 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus ..1 @audience|escola|turma|colegio ..2 souber|soubesse|souberem|soubessem|descobrisse|descobrir|descobrissem|descobrirem|visse|vissem|recebesse|recebessem',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, FRIENDLY, 'k|kk*|haha*|rsrs*|festa|surpresa|presente|prenda|bolo|teste|chumbaste|faltaste|baldaste|gazeta|gazetaste|matar_aula|fumas|fumaste|bebeste|bebida|cerveja|namoras|namoro|crush|gostas'],
    examples: {
      match: ['vai ser uma pena se a tua escola souber', 'seria chato se os teus seguidores descobrissem', 'era triste se a tua turma visse, né?'],
      ignore: ['seria uma pena se a mae soubesse onde estiveste ontem', 'seria uma pena se a tua mae soubesse que comeste o bolo todo kkk', 'vai ser chato se o teu pai souber que baldaste', 'era pena se a tua mae descobrisse a festa surpresa'],
    },
  },
  {
    // Veiled: "imagina isso no grupo da sala", "ja sabe o que acontece com as tuas fotos".
    id: 'imagine-this-in-the-group-r15',
    phrases: [
      'imagina|imagine|imaginou|imaginaste|imagina_so|ja_pensou|ja_pensaste ..2 isso|isto|essa|esta|essas|estas|isso_aqui ..4 grupo|escola|colegio|turma|sala|familia|instagram|tiktok|internet|stories|story ..2 [da|do|de] [sala|turma|escola|colegio|familia]',
      'sabe|sabes|ja_sabe|ja_sabes ..1 oq|o_que|que|q ..1 acontece|vai_acontecer|acontecera ..3 @your|as_tuas|as_suas|com_as_tuas|com_as_suas ..1 fotos|foto|videos|video|nudes|fotinhas',
    ],
    unless: ['meme*|figurinha*|sticker*|bolo|festa|viagem|noticia|reportagem|golpe|cuidado|policia|trabalho|prova|teste|nota|boletim', 'se_alguem|caso_alguem|qualquer_pessoa', 'app|aplicativo|drive|nuvem|backup|icloud|apagar|apagares|apagas|formatar|formatares|trocar_de_celular'],
    weight: 5,
    examples: {
      match: ['parece vc ne? ta perfeito kkkk. imagina isso no grupo da sala', 'se nao mandar ate meia noite tu ja sabe oq acontece com as tuas fotos', 'imagina essas fotos no grupo da familia'],
      ignore: ['imagina isso no grupo da sala kkk o meme do prof', 'sabe o que acontece com as tuas fotos se apagares o app? somem do drive? nao, ficam'],
    },
  },
  {
    // "senao aquela primeira vai pro tiktok com teu @ marcado", "ou manda ou ela vai parar num grupo".
    id: 'or-it-ends-up-on-r16',
    phrases: [
      'senao|se_nao|caso_contrario|ou ..4 vai|vao|ira|irao ..1 [parar|direto|direitinho] pro|pra|para|no|na|num|numa|nos|nas ..1 [o|a] tiktok|insta|instagram|twitter|face|facebook|kwai|onlyfans|internet|net|grupo|grupos|site|sites|story|stories ..4 teu|tua|seu|sua|marcad*|nome|arroba|handle|escola|turma|colegio|@family|gostar|adorar',
      'ou ..4 ou ..4 vai|vao|ira|irao ..1 parar ..2 num|numa|no|na|em|nos|nas|pro|pra ..2 grupo|grupos|internet|net|site|sites|tiktok|insta|instagram|celular|telemovel|escola|turma|@audience|@family',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'fifa|partida|ranked|x1|1v1|fortnite|minecraft|roblox|treino|futebol|convite|trabalho|danca|coreografia|receita|video_da_festa|fotos_da_festa|resumo|slides'],
    weight: 5,
    examples: {
      match: ['senao aquela primeira vai pro tiktok com teu @ marcado kkk', 'tenho a outra salva. ou manda ou ela vai parar num grupo q eu sei q vai gostar', 'senao vai direto pro insta com teu nome'],
      ignore: ['se nao chover vamos pro tiktok house kkk', 'ou faz a coreografia ou o video vai pro tiktok sem vc kkk, danca logo', 'senao vai pro grupo do trabalho, manda os slides'],
    },
  },
  {
    // "se vc nao voltar cmg ate sexta, o grupo da turma todo vai receber. e tua mae tb".
    id: 'if-not-they-all-receive-r16',
    phrases: [
      'se|caso ..3 nao|n ..6 grupo|turma|escola|sala|colegio|seguidores|amigos|contatos|contactos|@family ..4 vai|vao|ira|irao|vai_tudo ..1 receber|recebe|ficar_sabendo|ficar_a_saber|saber_de_tudo',
      'senao|se_nao|caso_contrario ..4 grupo|turma|escola|sala|colegio|seguidores|amigos|contatos|contactos|@family ..4 vai|vao|ira|irao ..1 receber|ficar_sabendo|ficar_a_saber|saber_de_tudo',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'convite|convites|email|e_mail|circular|link|nota|notas|resultado|resultados|horario|cartao|encomenda|pacote|premio|medalha|bolo|certificado|diploma|autorizacao|ficha'],
    weight: 5,
    examples: {
      match: ['se vc nao voltar cmg ate sexta, o grupo da turma todo vai receber. e tua mae tb', 'senao teus seguidores vao ficar sabendo', 'se nao pagar a tua familia vai receber'],
      ignore: ['se nao chover a turma vai receber o premio no patio', 'se nao mandar a ficha a turma nao vai receber o certificado'],
    },
  },
  {
    // Broken-grammar scripts starting the leak: "ok entao eu comeca a enviar. primeiro sua mae".
    id: 'starting-with-your-mum-r16',
    phrases: [
      'comeca|comecar|comeco|comecando|comecarei|vou_comecar|vai_comecar ..1 a ..1 enviar|mandar|postar|publicar|espalhar|partilhar|divulgar|compartilhar ..4 primeiro|primeira|comecando_por|a_comecar_pela|a_comecar_pelo|pela|pelo ..2 @family|@audience',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'convite|convites|postal|postais|cartoes|lembrancinha*|fotos_da_festa|fotos_da_viagem|album'],
    weight: 5,
    examples: {
      match: ['ok entao eu comeca a enviar. primeiro sua mae', 'vou começar a mandar, primeiro pra tua mãe', 'comeco a postar pela tua turma'],
      ignore: ['vou começar a mandar os convites, primeiro pra tua mae', 'vou comecar a mandar as fotos da viagem pela familia toda'],
    },
  },
  {
    // Veiled outcomes: "pagas ou a tua reputação vai pelo cano", "vai ser mt feio pra ti quando a tua turma vir isto".
    id: 'your-reputation-goes-r16',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..3 @your|a_tua|a_sua|o_teu|o_seu ..1 reputacao|vida|imagem|nome|fama ..2 vai_pelo_cano|vai_pelo_ralo|vai_pro_lixo|vai_para_o_lixo|acaba|ja_era|fica_destruida|fica_arruinada|vai_por_agua_abaixo|esta_acabada|ta_acabada',
      'feio|mal|pior|vergonha|tramado|tramada|lixado|lixada|ferrado|ferrada ..4 quando|qnd|qd|se ..1 @your|a_tua|o_teu|os_teus|as_tuas|a_sua|o_seu ..1 @family|@audience ..1 vir|virem|ver|verem|souber|souberem|receber|receberem',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'nota|notas|boletim|teste|prova|exame|quarto|bagunca|desarrumado|sujeira|cabelo|corte|tatuagem|piercing|carro|mota|multa|conta|fatura'],
    weight: 5,
    examples: {
      match: ['pagas ou a tua reputaçao vai pelo cano', 'vai ser mt feio pra ti quando a tua turma vir isto', 'faz o que eu digo senao a tua vida acaba'],
      ignore: ['vai ser feio quando a tua mae vir o teu quarto', 'vai ser pior quando a tua mae vir a nota do teste'],
    },
  },
  {
    // "tenho umas coisas tuas que a tua mae ia adorar ver".
    id: 'things-your-mum-would-love-r16',
    phrases: [
      'tenho|guardei|temos ..3 coisas|coisa|coisinhas|material|cenas|umas_cenas ..1 tuas|teus|suas|seus|teu|tua|seu|sua|de_ti|de_vc|de_voce ..4 @family|@audience ..2 ia|iam|ira|irao|vai|vao|adoraria|adorariam|gostaria|gostariam ..1 [adorar|gostar|amar] [de] ver|saber|receber|conhecer',
    ],
    unless: [REPORTED, DISCUSSION, 'presente|prenda|desenho|desenhos|boletim|medalha|trofeu|bebe|crianca|pequeno|pequena|infancia|album|fotos_de_bebe|quando_eras|quando_era'],
    weight: 5,
    examples: {
      match: ['tenho umas coisas tuas que a tua mae ia adorar ver', 'tenho material teu que os teus amigos iam gostar de ver'],
      ignore: ['tenho umas coisas tuas de quando eras pequena que a tua mae ia adorar ver', 'tenho uns desenhos teus que a tua avo ia adorar ver'],
    },
  },
  {
    // "se nao mandar mais vou postar a primeira", "manda os kwanzas no multicaixa senao publico".
    id: 'or-i-post-the-first-one-r16',
    phrases: [
      'se ..2 nao|n ..4 vou|vo|eu|irei ..1 postar|publicar|espalhar|vazar|divulgar|partilhar|expor ..2 a_primeira|o_primeiro|as_outras|os_outros|a_outra|o_outro|aquela|aquele|essa|esse|a_foto|o_video|as_fotos|os_videos|tudo|td',
      '@send|paga|pagas|pague|transfere|deposita ..6 senao|se_nao|caso_contrario|ou_entao ..1 [eu] publico|posto|espalho|vazo|divulgo|exponho|partilho',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'trabalho|grupo_do_trabalho|slides|receita|meme|memes|jogo|sorteio|giveaway|rifa|resultado|anuncio|story_da_festa|fotos_da_festa|fotos_da_viagem|video_da_festa|tiktok_da_danca|coreografia|danca|vlog'],
    weight: 5,
    examples: {
      match: ['se nao mandar mais vou postar a primeira', 'manda os kwanzas no multicaixa express senao publico', 'se n pagar vou espalhar tudo'],
      ignore: ['se nao mandares a tua parte vou postar o trabalho sem ti', 'manda a foto da festa senao posto a minha kkk'],
    },
  },
  {
    // Veiled, conditional: "ia ser mt chato se o print das tuas msgs chegasse na tua vó", "quem sabe teus pais gostem de ver o q tu me mandou".
    id: 'veiled-would-be-a-shame-r17',
    phrases: [
      'ia_ser|seria|era|vai_ser|iria_ser ..2 chato|chata|pena|triste|ruim|vergonha|mal|feio ..1 se ..4 print|prints|msgs|mensagens|conversas|fotos|videos|nudes|audios|chats ..5 chegasse|chegassem|aparecesse|aparecessem|caisse|caissem|fosse_parar|fossem_parar|vazasse|vazassem|circulasse',
      'quem_sabe|sera_que|aposto_que|acho_que ..2 @your|teus|seus|tua|sua|teu|seu ..1 pais|mae|pai|familia|avo|vo|namorado|namorada|amigos|irmaos|professores ..2 gostem|goste|gostasse|gostassem|gostam|gostariam|gostaria|ia_gostar|iam_gostar|vai_gostar|vao_gostar|adoraria|adorariam|queiram ..1 de ..1 ver|saber ..4 mandou|mandaste|enviou|enviaste|fizeste|fez|mandou_pra_mim|me_mandou',
      'vai|vao|ira|irao todo|toda|todos|todas ..1 @your|teus|seus|tuas|suas ..1 facebook|insta|instagram|familia|escola|turma|contatos|contactos|seguidores|amigos ..2 ver|saber|receber ..3 se_nao|senao|caso_nao ..1 paga|pagar|pagares|mandar|mandares',
      'para|pra|a_fim_de ..1 nao|evitar ..2 ser|seja|sejam ..1 publicado|publicada|publicados|publicadas|divulgado|divulgada|divulgados|divulgadas|exposto|exposta|partilhado|compartilhado|enviado_aos|enviado_a_todos|vazado|vazada',
    ],
    unless: [REPORTED, DISCUSSION, 'aniversario|festa|viagem|ferias|formatura|surpresa|boletim|nota|notas|desenho|bolo|prenda|presente'],
    examples: {
      match: ['ia ser mt chato se o print das tuas msgs chegasse na tua vó né 😬', 'seria uma pena se as tuas fotos fossem parar no grupo da turma', 'quem sabe teus pais gostem de ver as coisas q tu me mandou', 'sera que a tua mae ia gostar de ver o que me mandaste', 'vai todo teu facebook ver se nao paga', 'Efetue pagamento via Pix em 24h para não ser publicado.'],
      ignore: ['ia ser chato se a foto da festa chegasse na tua vó antes do aniversario kkk', 'quem sabe teus pais gostem de ver o desenho que tu fez', 'a nota precisa ser revista para não ser publicada errada no boletim', 'vai todo teu grupo ver o jogo amanha?'],
    },
  },
  {
    // A countdown with the destination: "10 minutos. depois disso vai pro grupo da escola".
    id: 'countdown-then-the-group-r18',
    phrases: [
      '# ..1 minutos|min|mins|minutinhos|horas|h|hora|horinhas ..3 depois_disso|dps_disso|depois|dps|passado_esse_tempo|senao|se_nao ..2 vai|vao|segue|seguem|manda|mando ..2 [tudo|td|direto] pro|pra|para|pros|no|na|ao ..3 grupo|grupos|insta|instagram|face|facebook|stories|story|net|internet|@family|@audience',
      '# ..1 minutos|min|mins|minutinhos|horas|h|hora ..3 depois_disso|dps_disso|depois|dps|passado_esse_tempo ..2 todos|todo_mundo|toda_a_gente|geral|@your ..2 recebem|recebe|veem|ve|vao_ver|vao_receber|vai_ver|vai_receber|sabem|ficam_a_saber|fica_sabendo',
      'se_nao|senao|caso_contrario ..2 pagar|pagares|pagas|mandar|mandares|fizer|fizeres|transferir|transferires ..3 vai|vao|segue|seguem ..1 [direto|tudo|td] pra|para|pro|pros|ao|aos|na|no ..2 turma|escola|sala|familia|grupo|grupos|net|internet|insta|instagram|face|facebook|colegio|classe',
      'depois_disso|dps_disso|passado_esse_tempo|acabou_o_tempo ..2 vai|vao|segue|seguem ..1 tudo|td|isso|isto|elas|eles|as_fotos|os_videos|o_video ..2 pro|pra|para|pros|no|na|ao ..3 grupo|grupos|insta|instagram|face|facebook|stories|story|net|internet|@family|@audience',
    ],
    unless: [REPORTED, HARMLESS, GAMING, 'comunicado|aviso|lista|convite|pedido|encomenda|pizza|forno|massa|bolo|ovo|ovos|lavar|lavagem|agua|cozer|ferver|quota|cota|mensalidade|atrasados|inscricao|inscricoes|senha|senhas|codigo|codigos'],
    weight: 5,
    examples: {
      match: ['10 minutos. depois disso vai pro grupo da escola', '5 minutos. depois disso todos recebem', 'uma hora. se nao pagar vai pra turma toda', 'tens 30 min, depois disso vai tudo pro insta', 'depois disso vai tudo pra tua mae'],
      ignore: ['10 minutos no forno, depois disso vai pro prato', 'se nao pagares a quota vai pro grupo a lista dos atrasados', '20 minutos, depois disso todos recebem o convite', 'daqui a 2 horas o comunicado vai pro grupo da turma', 'depois disso vai tudo pro grupo, a lista dos convidados'],
    },
  },
  {
    // "seria uma pena se aquele video teu chegasse na tua vó": grandparents by their short names.
    id: 'shame-if-it-reached-grandma-r18',
    phrases: [
      WOULD + ' ..3 se|quando|caso ..4 ' + LANDED + ' ..3 @your ..1 vo|vovo|vozinha|vozinho|vos',
      WOULD + ' ..3 se|quando|caso ..2 @your ..1 vo|vovo|vozinha|vozinho|treinador|treinadora|coach|mister|chefe|patrao|diretor|diretora|diretor_de_turma|pastor|padre|catequista ..2 ' + SAW + ' ..5 ' + IT,
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, 'receita|bolo|flores|carta|postal|presente|encomenda'],
    weight: 5,
    examples: {
      match: ['seria uma pena se aquele video teu chegasse na tua vó né... pensa bem', 'ia ser chato se a tua vovo visse essas fotos', 'seria uma pena se o teu treinador visse isto'],
      ignore: ['seria uma pena se o bolo nao chegasse na tua vó a tempo', 'que pena se o postal nao chegar a tua vo'],
    },
  },
  {
    // After a payment: "se nao mandar o resto posto na mesma".
    id: 'post-anyway-r18',
    phrases: [
      'nao|n ..1 mandar|mandares|pagar|pagares|fizer|fizeres|transferir|transferires ..1 o_resto|mais|a_outra_parte|o_que_falta|o_restante ..4 posto|publico|vazo|espalho|mando|envio|divulgo|solto ..2 na_mesma|mesmo_assim|assim_mesmo|tudo|td',
      'se_nao|senao|caso_contrario ..2 pagar|pagares|mandar|mandares|transferir|transferires|depositar|depositares ..4 mostro|mando|posto|espalho|publico|divulgo|envio ..2 a|pra|para|pro|ao ..1 toda_gente|toda_a_gente|todo_mundo|geral|todos|net|internet',
      'posto|publico|vazo|espalho|divulgo|solto ..2 na_mesma|mesmo_assim|assim_mesmo ..4 pagaste|pagou|pagar|pagares|pagues|pague|mandaste|mandou|mandares|mandes',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, 'lanche|pizza|sorvete|gelado|almoco|jantar|cafe|aposta|divida|quota|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['se nao mandar o resto posto na mesma', 'kota, tua filha mandou-me fotos. se nao me pagares 50 mil kz mostro a toda gente', 'posto assim mesmo, nem que pagues'],
      ignore: ['se nao mandares o resto das fotos da viagem posto as que tenho', 'se nao pagares o resto do lanche posto na mesma no grupo kkk'],
    },
  },
  {
    // Holding it and offering to pass it on; "paga ou teus amigos veem"; "se nao, conto a tua mae que mandaste".
    id: 'holding-it-want-me-to-send-r18',
    phrases: [
      'com ..1 @your ..1 video|videos|fotos|nudes|foto|pack|prints ..4 quer|queres|quers ..1 que|q ..1 eu ..1 mande|envie|poste|mostre|publique|encaminhe',
      'quer|queres ..1 que|q ..1 eu ..1 mande|envie|poste|mostre|publique|encaminhe ..1 o_video|as_fotos|os_videos|as_nudes|os_nudes|o_pack|os_prints ..2 tb|tambem|pra_ele|pra_ela|a_ele|a_ela|pra_alguem|a_alguem|pra_eles|aos_teus|pros_teus',
      'ou|senao|se_nao ..2 @your|os_teus|as_tuas ..1 @family|@audience|seguidores|contatos|contactos ..1 veem|ve|recebem|recebe|descobrem|ficam_a_saber|ficam_sabendo',
      'se_nao|senao|ou ..4 conto|digo|conto_a|digo_a ..2 @your ..1 @family ..2 que|q ..2 mandaste|mandou|enviaste|enviou|tiraste|tirou',
      'se_nao|senao|ou ..2 mostro|mando|envio|posto|publico ..1 as_outras|os_outros|a_outra|o_outro|as_que_tenho|os_que_tenho|as_antigas|os_antigos ..3 @your|ao_teu|a_tua|aos_teus|as_tuas ..1 @family|@audience',
    ],
    unless: [REPORTED, FRIENDLY, 'festa|aniversario|niver|jogo|golo|gol|danca|dancar|treino|viagem|praia|formatura|receita|resumo|trabalho|tpc|quarto|louca|loica|arruma|arrumar|lava|lavar|chegar|chegas|cedo|horas|escondid*|saiste|saiu|fumar|fumas|flores|presente|convite|ela_pediu|ele_pediu|pediu|pediram', 'mandaste|mandou|enviaste|enviou|tu_mandaste|vc_mandou ..2 mensagem|msg|mensagens|carta|bilhete|recado|mail|email', 'apresentacao|prof|professor*|stor|stora|karaoke|giro|gira|fixe|top|lindo|linda|bonito|bonita|engracado|engracada|incrivel|ficou|lanche|aposta|pizza|sorvete|gelado|cafe|divida', 'veem|ve|ficam_a_saber|ficam_sabendo|descobrem|sabem|recebem que|q'],
    weight: 5,
    examples: {
      match: ['to com teu video aqui, quer que eu mande pra alguem? 😂', 'o teu pai trabalha na empresa X, ja mandei mensagem pra ele. queres que eu mande o video tb?', 'oi. sou a julia do video de ontem 😘 na verdade nao sou. paga ou teus amigos veem', 'se nao mandares mais fotos eu conto a tua mae que tu mandaste', 'mete a cam e tira a camisola, se nao mostro as outras ao teu irmao'],
      ignore: ['to com teu video da festa aqui, quer que eu mande pra tua mae?', 'arruma o quarto ou teus pais ficam sabendo', 'se nao me deres o chocolate conto a tua mae que tu mandaste mensagem ao rui', 'queres que eu mande o video tb? a tua mae pediu', 'to com teu video da apresentacao, queres que eu mande pro prof?', 'ou pagas o lanche ou os teus amigos ficam a saber que perdeste a aposta', 'queres que eu mande o video tb? ficou giro'],
    },
  },
  {
    // Into a group chat about someone in it: "olha o que tu me mandaste, quem quer ver?", "quem quiser é só pedir no pv".
    id: 'offered-to-the-group-r18',
    phrases: [
      'o_que|oq|aquilo_que|o_q ..1 [tu|vc|ela|ele] ..1 me_mandaste|me_mandou|mandaste|mandou|me_enviaste|me_enviou ..4 quem|alguem ..1 quer|quiser|querem ..1 ver|receber|uma_copia',
      'mandou|mandaram|me_mandou|enviou|me_enviou ..1 [umas|uns|os|as] nudes|nude*|pack|packs|fotos_intimas|fotos_pelad*|videos_intimos ..6 quem_quiser|quem_quer|e_so_pedir|so_pedir|pede_no_pv|pedam_no_pv|chama_no_pv|chamem_no_pv',
      'largar|largo|soltar|solto|postar|posto|jogar|jogo|mandar|mando|despejar ..2 aqui|no_grupo|neste_grupo|nesse_grupo ..4 video|videos|fotos|nudes|prints|pack|audios ..6 se ..2 nao|n ..2 responder|pagar|mandar|aparecer|desbloquear|atender',
      'largar|largo|soltar|solto|postar|posto|jogar|jogo|mandar|mando|despejar ..2 aqui|no_grupo|neste_grupo|nesse_grupo ..6 se ..2 nao|n ..2 responder|pagar|mandar|aparecer|desbloquear|atender',
    ],
    unless: [REPORTED, HARMLESS, GAMING, 'meme|memes|receita|cao|gato|cachorro|gatinho|bebe|sticker|figurinha|figurinhas|musica|playlist|link|localizacao|horario|resumo'],
    weight: 5,
    examples: {
      match: ['@ana olha o que tu me mandaste kkkk quem quer ver? 🔥', 'turma, a bia mandou nudes pra mim, quem quiser é só pedir no pv', 'vou largar aqui no grupo o video da marta daqui a 1h se ela nao me responder'],
      ignore: ['olha o que a ana me mandou, o gato dela, quem quer ver?', 'vou mandar aqui no grupo o resumo se ninguem responder', 'vou postar no grupo a playlist se nao responderem'],
    },
  },
  {
    // Telling or blocking triggers the release: "se tu contares a alguem o video sai na hora".
    id: 'tell-anyone-and-it-goes-r18',
    phrases: [
      'se|caso ..2 contares|contar|falares|falar|disseres|disser|bloqueares|bloquear|denunciares|denunciar|mostrares|mostrar ..6 video|videos|fotos|nudes|tudo|td|prints|pack ..1 sai|saem|vaza|vazam|cai|caem|vai_pro_ar|vai_pra_net|e_publicado|sao_publicadas|segue|seguem',
    ],
    unless: [REPORTED, HARMLESS, GAMING, 'surpresa|spoiler|final|episodio|temporada|estreia|canal|youtube|trailer|lancamento|resultado'],
    weight: 5,
    examples: {
      match: ['se tu contares a alguem o video sai na hora', 'se me bloqueares as fotos vazam logo'],
      ignore: ['se contares o final do episodio o video sai estragado kkk', 'se falares com o canal o video sai amanha'],
    },
  },
  {
    // Round 19: telling the teen's boss, coach, priest or pastor ("teu chefe vai adorar saber oq vc faz", "o padre recebe tuas conversas").
    id: 'boss-coach-church-will-know-r19',
    phrases: [
      '@your|o|a chefe|patrao|patroa|gerente|treinador|treinadora|pastor|pastora|padre|catequista|diretor|diretora|lider ..4 vai|vao|ia|iam|iria|iriam ..1 adorar|amar|curtir|gostar_de ..1 saber|ver|ler ..1 o_que|oq|que|q|das|dos|da|do ..2 @you ..1 faz|fazes|fez|fizeste|manda|mandas|mandou|mandaste|anda_a_fazer|anda_fazendo',
      'chefe|patrao|patroa|gerente|treinador|treinadora|pastor|pastora|padre|catequista|diretor|diretora ..4 recebe|recebem|vai_receber|vao_receber|receberao|vao_ler|vai_ler|vao_ver|vai_ver ..2 @your|as|os|essas|esses|aquelas|aqueles ..1 conversas|fotos|nudes|videos|prints|mensagens|msgs|audios',
    ],
    unless: [REPORTED, 'jogo|golo|gol|treino|nota|notas|prova|campeonato|ajudou|ajudaste|ganhou|ganhaste|voluntari*|missa|coro|trabalho_de_grupo|orgulho*|formatura|festa|viagem|excursao|album|anuario'],
    examples: {
      match: ['teu chefe da lanchonete vai adorar saber oq vc faz de noite. tenho os prints', 'se nao fizer oq eu mandei, amanha o padre e a catequista recebem tuas conversas comigo', 'o teu treinador ia adorar ver o que tu mandaste', 'o pastor vai ler todas as tuas mensagens'],
      ignore: ['teu treinador vai adorar saber o que vc fez no jogo', 'o padre vai adorar saber q vc ajudou na missa', 'a diretora recebe as fotos da formatura amanha'],
    },
  },
  {
    // Round 19: "se demorar posto", "as fotos vao parar ao instagram".
    id: 'if-you-stall-it-lands-r19',
    phrases: [
      'se|caso ..1 [tu|vc] demorar|demorares|demora|enrolar|enrolares|enrola|sumir|sumires|ignorar|ignorares ..3 posto|publico|espalho|vazo|divulgo|exponho|mando_pra_todos|mando_pra_geral|mando_tudo',
      'foto|fotos|video|videos|nudes|prints|conversas ..6 vai|vao ..1 parar|acabar ..1 ao|no|na|nos|nas|em ..2 instagram|facebook|face|internet|net|twitter|tiktok|grupo|escola|turma|story|stories',
    ],
    unless: [REPORTED, 'viagem|festa|praia|formatura|album|drive|backup|icloud|nuvem|pasta|pen|lixo|reciclagem|impressora|porta_retrato|quadro|mural'],
    examples: {
      match: ['quer as fotos apagadas? manda os codigos aqui. se demorar posto no servidor', 'tens 5 minutos senao as fotos que ja tenho vao parar ao instagram', 'se sumir de novo eu espalho', 'os teus videos vao parar na net'],
      ignore: ['as fotos da viagem vao parar no album da familia', 'se demorar eu posto so amanha o video da festa', 'as fotos vao parar ao drive da turma'],
    },
  },
  {
    // Round 19: an ex's "vou mandar pro teu novo namorado"; a veiled "ja pensou oq tua igreja ia falar se visse aquilo".
    id: 'new-partner-or-what-would-they-say-r19',
    phrases: [
      'foto|fotos|video|videos|nudes|prints|conversas|elas|eles|tudo ..6 vou|vo|irei ..1 mandar|mostrar|enviar|passar|mandalas|mandalos ..2 pro|pra|para|ao|a ..1 @your ..1 novo|nova|atual ..1 namorad*|ficante|boy|mina|crush|peguete',
      'ja_pensou|ja_pensaste|imagina|imagine ..4 @family|@audience ..2 ia|iam|iria|iriam|vai|vao ..1 falar|dizer|pensar|achar ..3 se|quando ..1 visse|vissem|soubesse|soubessem|lesse|lessem|vir|virem|souber|souberem ..2 aquilo|aquelas|aqueles|as_fotos|os_videos|as_conversas|tuas_fotos|teus_videos|as_tuas_fotos|os_prints|teus_nudes|tuas_nudes|nossas_conversas',
    ],
    unless: [REPORTED, HARMLESS, 'quarto|bagunca|boletim|cabelo|tatuagem|piercing|cozinha|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['depois q a gente terminou eu fiquei com tuas fotos, vou mandar pro teu novo namorado', 'ja pensou oq tua igreja ia falar se visse aquilo', 'imagina o que o teu treinador ia pensar se visse aquelas fotos'],
      ignore: ['tenho as fotos da praia, vou mandar pro teu novo namorado ver como ficaste linda', 'imagina o que tua mae ia dizer se visse aquele quarto', 'ja pensou oq tua mae ia falar se visse aquelas notas'],
    },
  },
  {
    // Round 20: slang dumping verbs aimed at the teen's school or family group ("eu jogo no grupo da tua escola",
    // "taco no insta da tua turma"), "vai tudo pro exposed do colégio", "vai parar no confissões da tua escola",
    // "senão vaza tudo", "ou eu solto os que já tenho".
    id: 'dump-it-in-the-group-r20',
    phrases: [
      'eu ..1 taco|boto|ponho|meto|solto|dropo|lanco ..2 [tudo|td|isso|isto|elas|eles|o_video|os_videos|as_fotos|a_foto] no|na|nos|nas|pro|pra|pros|pras|em grupo|grupos|exposed|confissoes|confissao|insta|instagram|face|facebook|tiktok|twitter|status|story|stories da|do|das|dos @your|a_tua|a_sua|o_teu|o_seu escola|colegio|turma|sala|familia|igreja|bairro|classe',
      'ai|entao|logo|ja|agora|senao|ou|hoje ..2 jogo|taco|boto|ponho|meto|solto|dropo|lanco ..2 [tudo|td|isso|isto|elas|eles|o_video|os_videos|as_fotos|a_foto] no|na|nos|nas|pro|pra|pros|pras|em grupo|grupos|exposed|confissoes|confissao|insta|instagram|face|facebook|tiktok|twitter|status|story|stories da|do|das|dos @your|a_tua|a_sua|o_teu|o_seu escola|colegio|turma|sala|familia|igreja|bairro|classe',
      'jogar|tacar|botar|meter|soltar|dropar|jogo|taco|boto|meto|solto ..1 tudo|td|isso|isto|elas|eles|o_video|os_videos|as_fotos|a_foto|teus_videos|tuas_fotos|teu_video|tua_foto ..1 no|na|nos|nas|pro|pra|pros|pras|em ..1 grupo|grupos|exposed|confissoes|confissao|insta|instagram|face|facebook|tiktok|twitter|status|story|stories|net|internet',
      'vai|vao|ia|iam ..1 tudo|td|isso|isto|elas|eles|essas|esses|as_fotos|os_videos|o_video|a_foto|teus_videos|tuas_fotos|teu_video|tua_foto|teus_nudes|tuas_nudes ..1 pro|pra|para_o|para_a|no|na|pros|pras ..1 exposed|confissoes|confissao|grupo|grupos|insta|instagram|face|facebook|tiktok|twitter|net|internet|status|story|stories|onlyfans|xvideos',
      'vai|vao|ira|irao ..1 parar|aparecer|rodar|circular ..1 no|na|nos|nas|em|pelo|pela ..1 exposed|confissoes|confissao|onlyfans|xvideos|net|internet|redes',
      'vai|vao|ira|irao ..1 parar|aparecer|rodar|circular ..4 grupo|grupos|insta|instagram|facebook|face|tiktok|twitter|exposed|confissoes|confissao|pagina|perfil da|do|dos|das @your|tua|teu|sua|seu escola|colegio|turma|sala|familia|igreja|bairro|mae|pai|pais',
      'senao|se_nao|ou|caso_contrario ..2 vaza|vazam|vazo|solto|espalho|divulgo ..1 tudo|td|isso|isto|elas|eles|geral',
      'solto|vazo|espalho|divulgo ..2 os|as|aqueles|aquelas ..1 que|q ..1 [eu] ja ..1 tenho|guardei|gravei|salvei',
      'senao|se_nao|ou|caso_contrario|se ..6 publico|meto|boto|ponho|jogo|taco|espalho|solto|vazo ..2 no|na|nos|nas|em insta|instagram|pagina|perfil|grupo|face|facebook|tiktok|twitter|status|exposed|confissoes da|do escola|colegio|turma|sala|bairro|igreja|familia',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS.split('|').filter((w) => w !== 'jogo').join('|'), 'garrafa|agua|tampa|cano|torneira|mochila|sumo|suco|leite|copo|balde|liquido|oleo|tinta|cola|sacola|pacote|panela|piscina|pneu|bateria|gas|memoria', 'cartaz|cartazes|poster|evento|campanha|rifa|sorteio|inscricoes|horario|partida|resultado|classificacao|placar|golo|gol|vaquinha|aviso|convite|fotos_da_turma|foto_da_turma', 'churrasco|jantar|almoco|piquenique|acampamento|batizado|natal|figurinha*|cromos|cartas|cards|pokemon*|adesivos|stickers|pipa|pipas|passaros|peixes', 'haha*|rsrs*|lol', 'fotos_dela|fotos_dele|foto_dela|foto_dele|videos_dela|videos_dele|video_dela|video_dele|nudes_dela|nudes_dele'],
    examples: {
      match: ['se tu nao me mandar cem conto no pix agora eu jogo no grupo da tua escola', 'vai tudo pro exposed do colégio', 'ou manda mais 3 ou vai parar no confissões da tua escola com teu @', 'quero 50 em skin, senão vaza tudo no servidor', 'ou eu solto os q já tenho', 'se não pagares até à meia noite publico no insta da escola', 'taco tudo no grupo da familia', 'os teus videos vão parar na net'],
      ignore: ['fecha bem a garrafa senão vaza tudo na mochila', 'eu jogo no time da tua escola sábado', 'eu jogo no grupo da tua escola? nao, jogo no clube', 'as fotos do churrasco vão parar no insta da tua mãe kkk', 'solto os que ja tenho e compro mais figurinhas', 'vou postar o cartaz no insta da escola', 'a foto da turma vai parar no insta da escola', 'boto no grupo da tua turma o horário novo', 'isso vai cair na prova', 'o resultado vai aparecer no site da escola', 'o namorado dela disse que ia por as fotos dela no grupo da turma', 'o ex da Ana ameaçou meter os videos dele no insta da escola'],
    },
  },
  {
    // Round 21: the veiled "it will be fun to watch your mum get that".
    id: 'fun-to-watch-family-receive-it-r21',
    phrases: [
      'vai|ia|vai_ser|ia_ser|seria ..1 [ser] giro|engracado|engracada|divertido|interessante|bonito|lindo|top|hilario ..1 ver ..3 @family|@audience ..3 a_receber|receber|recebendo|a_ver|vendo|abrir|abrindo|a_abrir ..2 aquilo|isso|isto|as_fotos|os_videos|o_video|as_tuas|os_teus|as_suas|os_seus|tudo',
    ],
    unless: ['presente|prenda|surpresa|festa|bolo|convite|flores|carta|cartinha|boletim|nota|notas|diploma|medalha|trofeu|resultado|resultados|aprovacao|viagem'],
    examples: {
      match: ['vai ser giro ver a tua mãe a receber aquilo', 'vai ser engraçado ver teus amigos abrindo isso', 'seria engraçado ver o teu treinador recebendo isso'],
      ignore: ['vai ser giro ver a tua mae a receber as flores', 'vai ser lindo ver teus pais abrindo o presente'],
    },
  },
  {
    // Round 21: "or I post the video": a conditional post threat with the material named.
    id: 'or-i-post-the-video-r21',
    phrases: [
      'desbloqueia|desbloqueie|desbloqueias|responde|responda|respondes|atende|atenda ..2 ou|senao|se_nao ..1 [eu] posto|publico|vazo|espalho|divulgo|exponho',
      'ou|senao|se_nao ..6 posto|publico|vazo|espalho|jogo_na_net|solto ..2 [o|a|os|as|teu|tua|teus|tuas|esse|essa|esses|essas|aquele|aquela] video|videos|foto|fotos|nudes|nude|pack|prints|gravacao|gravacoes',
    ],
    unless: [REPORTED, 'festa|viagem|jogo|aniversario|formatura|trabalho|aula|tiktok_da|receita|desenho|meme|memes|tutorial|gameplay|clipe|clip|highlight*|canal|youtube', 'bebe|bebezinho|de_crianca|de_pequeno|de_pequena|feia|feio|horrivel|kk*|haha*|rsrs*'],
    examples: {
      match: ['me passa teu insta ou eu acho sozinho e posto o video la', 'responde senao vazo as fotos', 'desbloqueia ou eu posto'],
      ignore: ['responde ou posto aquela foto tua de bebe', 'edita logo senao eu posto o video da festa sem edição', 'manda a musica ou posto o gameplay sem som'],
    },
  },
  {
    // Round 22: an anonymous-Q&A stalker or ex threatening to publish what the teen confided:
    // "vou postar no ngl aquelas coisa q vc me contou", "geral vai saber o que tu me disseste".
    id: 'post-what-you-told-me-r22',
    phrases: [
      'posto|postar|publico|publicar|espalho|espalhar|vazo|vazar|divulgo|divulgar|exponho|expor|printo|printar|postarei|espalharei ..5 o_que|oq|aquilo|aquelas|aqueles|as_coisas|coisas|coisa|tudo|td|segredos ..2 @you|tu_me|vc_me ..1 me_contou|me_contaste|me_disse|me_disseste|me_confessou|me_confessaste|me_falou|me_falaste|contou|contaste|disse|disseste|confessou|confessaste|falou|falaste',
      // On the Q&A app itself: "eu conto no tellonym tudo oq vc me falou".
      'conto|contar|conta ..1 no|na|em|pro|pra|pros|pras ..1 ngl|tellonym|grupo|story|stories|instagram|tiktok|twitter|escola|turma|sala|geral ..4 tudo|o_que|oq|aquilo|aquelas|as_coisas|coisas ..2 @you|tu_me|vc_me ..1 me_contou|me_contaste|me_disse|me_disseste|me_confessou|me_confessaste|me_falou|me_falaste|contou|contaste|disse|disseste|falou|falaste',
      'todo_mundo|geral|toda_a_gente|a_escola_toda|a_turma_toda|a_sala_toda ..1 vai|vao|ira|irao ..1 [ficar] saber|sabendo|descobrir ..1 dos|os|das|as ..1 teus|seus|tuas|suas ..1 segredos|podres|nudes|fotos_intimas|conversas',
      'geral|todo_mundo|toda_a_gente|a_escola_toda|a_turma_toda|a_sala_toda|teus_amigos|seus_amigos ..1 vai|vao|ira|irao ..1 ler|saber|ver ..2 o_que|oq|aquilo|tudo|td|aquelas|as_coisas ..2 @you|tu_me|vc_me ..1 me_contou|me_contaste|me_disse|me_disseste|me_confessou|me_confessaste|contou|contaste|disse|disseste|me_falou|falou|falaste',
      // The extorter has already written to the parents: "teus pais ja receberam o email, o proximo vai com o video inteiro".
      '@your @family ..6 proximo|proxima|resto ..3 video|videos|fotos|nudes|gravacao|inteiro|completo',
      'vou|vo|eu ..1 contar|falar|dizer|mostrar|mandar_mensagem|mandar_msg ..2 pra|para|a|ao|aos ..1 @your @family ..3 tudo_o_que|tudo_oq|o_que|oq|tudo_que ..1 fizemos|a_gente_fez|rolou_entre_nos|rolou_entre_a_gente|fizemos_juntos',
      '@your @family ..2 vai|vao|ira|irao ..1 saber|ler|ver ..2 tudo_o_que|tudo_oq|o_que|oq|tudo_que ..1 fizemos|a_gente_fez|rolou_entre_nos|rolou_entre_a_gente|fizemos_juntos',
      'aperto|aperta|apertar|clico|clicar|carrego ..1 [no|o] [botao] [de] enviar|send|publicar|postar ..2 pra|para|a|pros ..1 tds|geral|teus|tuas|seus|suas|todos_os_teus|todos_os_seus|todas_as_tuas|todas_as_suas|toda_a_tua|toda_a_sua',
    ],
    unless: [REPORTED, 'haha*|rsrs*|brinks|zoeira|piada|meme|fofoca|novela|serie|filme|livro|historia_do|receita|convite|festa|aniversario|boletim|natal|ferias|viagem|casamento|formatura|bolo|batizado|excursao|passeio|show|jogo|gol|golo|aula|prova|teste|treino|ansios*'],
    weight: 4,
    examples: {
      match: ['se nao mandar vou postar no ngl aquelas coisa q vc me contou, geral vai ler', 'vou espalhar o que vc me disse pra escola toda', 'geral vai saber o que tu me contaste', 'divulgo tudo que vc me confessou', 'se vc nao me responder eu conto no tellonym tudo oq vc me falou', 'todo mundo vai ficar sabendo dos teus segredos', 'teus pais ja receberam o email, o proximo vai com o video inteiro', 'aperta o botao de enviar e vai pra tds', 'vou mandar mensagem pra tua mae dizendo tudo o que fizemos', 'vou contar pra tua mae o que a gente fez', 'teu pai vai saber tudo o que rolou entre nos'],
      ignore: ['vou postar o que vc me disse sobre a serie kkk', 'vou contar pra mae o que vc me disse', 'o que vc me contou ontem foi engraçado', 'teus pais ja receberam o convite, o proximo vai com as fotos da festa', 'aperta enviar pra todos no email da turma', 'todo mundo vai ficar sabendo do teu aniversario', 'teu pai vai saber o que rolou no jogo, ele viu o video do gol', 'geral vai saber o que tu me contou sobre o show, ta todo mundo ansioso'],
    },
  },
  {
    // Round 22: "se nao mandar vou postar" (the "vou" future instead of "eu posto").
    id: 'or-i-will-post-r22',
    phrases: [
      // "paga ou publicamos": the gang's plural.
      'paga|pagas|pague|paguem|transfere|transfira ..2 ou|senao|se_nao ..1 [nos|a_gente] publicamos|postamos|divulgamos|vazamos|espalhamos|expomos|enviamos|mandamos|partilhamos|compartilhamos|publica|posta|vaza|espalha',
      'se_nao|se_n|senao|caso_nao ..2 responder|responderes|responda|respondas|pagar|pagares|pague|pagues|mandar|mandares|mande|mandes|fizer|fizeres|faca|facas|obedecer|obedeceres|voltar|voltares|voltes ..3 vou|vo|eu_vou ..1 postar|publicar|espalhar|vazar|divulgar|expor|soltar|jogar_na_net',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, GAMING, 'haha*|rsrs*|sorvete|gelado|lanche|pizza|cafe|chocolate|almoco|jantar|divida|deves|aposta|outra|outro|a_minha|o_meu|minha|meu|nossa|nosso|story|stories'],
    weight: 5,
    examples: {
      match: ['se nao mandar vou postar', 'se nao pagar ate amanha vou vazar', 'caso nao responda vou espalhar', 'ja invadimos o sistema da escola, temos teus dados e fotos. paga ou publicamos'],
      ignore: ['se nao mandar vou postar a minha foto mesmo', 'se nao responder vou postar no story a foto do bolo', 'se nao pagar o lanche vou postar kkkk'],
    },
  },
  {
    // r23: veiled threats: "qnd teu pai abrir o zap e ver aquele videozinho", "imagina isso chegando no teu pai",
    // "vc nao quer q isso seja postado ne", "antes de eu mandar o resto", "ja mandei a primeira pra 3 seguidores teus".
    id: 'when-they-see-it-r23',
    phrases: [
      'quando|qnd|qd|qdo ..1 @your @family|@audience ..4 ver|vir|receber|abrir|virem|receberem ..4 aquele|aquela|aqueles|aquelas ..1 video*|foto*|fotinha*|nude*|print*|conversa*|audio*',
      'imagina|imagine|imagina_so|ja_pensou|ja_pensaste ..4 isso|isto|elas|eles|tuas_fotos|suas_fotos|essas_fotos|esses_videos|esse_video|essa_foto|as_fotos|os_prints|o_video ..2 chegando|chegar|caindo|cair|parando|parar|vazando|vazar|aparecendo|aparecer ..4 @family|@audience',
      '@you ..1 nao|n ..1 quer|queres|ia_querer|vai_querer ..1 que|q ..2 isso|isto|essa|esta|esse|este|elas|eles|as_fotos|o_video|a_foto|os_videos|tuas_fotos|suas_fotos ..1 seja|sejam|fosse|fossem|va|vao|caia|caiam|vaze|vazem|chegue|cheguem|apareca ..1 postad*|publicad*|divulgad*|espalhad*|vazad*|parar|pra_internet|pro_grupo|pra_net|na_net|na_internet|@family|@audience',
      'antes ..1 de|que|q ..1 eu ..1 mandar|mande|postar|poste|enviar|envie|espalhar|espalhe|publicar|publique ..1 o_resto|as_outras|os_outros|as_restantes|os_restantes',
      'ja ..1 mandei|enviei|postei|passei ..3 primeira|primeiro|uma|umas|algumas ..3 pra|para|aos|pros|a|pras ..2 # ..1 seguidores|amigos|contatos|contactos|colegas',
      'grupo|turma|sala|escola|colegio ..3 inteiro|inteira|todo|toda ..1 recebe|recebem|vai_receber',
      // "se fosse vc eu pagava logo, antes que espalhe".
      'pagava|pagaria|mandava|mandaria|obedecia|fazia ..2 logo|ja|rapido|rapidinho ..3 antes ..1 que|q|de ..3 espalhe|espalhar|vaze|vazar|poste|postar|chegue|chegar|caia|cair|seja_tarde',
    ],
    unless: [REPORTED, 'festa|viagem|aniversario|niver|boletim|nota|notas|zero|formatura|praia|show|casamento|bebe|infancia|convite*|figurinha*|meme*|link|links|tombo|dancando|danca|coreografia|apresentacao|trabalho|resultado|premio|castigo|advertencia|ponto|pontos|falta|faltas|gol|golo|jogo|partida|campeonato|torneio|piada|engracado|engracada|pirar|orgulho|orgulhoso|orgulhosa|chorar_de_rir|presente|prenda|amar|adorar|surpresa|spoiler*|album|favorit*|escolhe|escolher'],
    examples: {
      match: ['ta rindo ne? quero ver rir qnd teu pai abrir o zap e ver aquele videozinho kkkk', 'to com print de tudo. imagina isso chegando no teu pai 🤭', 'uma do vestiario. vc nao quer q isso seja postado ne', 'tens 10 min pra pagar antes de eu mandar o resto pra todos', 'ja mandei a primeira pra 3 seguidores teus', 'se fosse vc eu pagava logo, antes que espalhe', 'se eu te ver com ele no shopping, o grupo do 9B inteiro recebe'],
      ignore: ['imagina isso chegando pra tua mae, ela vai amar o presente', 'antes de eu mandar o resto do album, escolhe as favoritas', 'quando teu pai ver aquele video do gol ele vai pirar', 'quando tua mae vir aquele video da festa ela vai rir muito', 'imagina isso chegando no teu pai, o boletim todo vermelho', 'se alguem faltar o grupo inteiro recebe zero', 'ja mandei uns convites pra 3 amigos', 'antes de eu mandar o resto do trabalho, revisa'],
    },
  },
  {
    // r23: "senao vai pra todos q te seguem", "teu colégio inteiro ja viu", "80 no pix e ninguem ve nada", "volta cmg q ninguem ve nada".
    id: 'goes-to-everyone-who-follows-you-r23',
    phrases: [
      'senao|se_nao|ou|caso_contrario ..2 vai|vao|cai|caem ..1 pra|para|pros|pras|pro|a ..1 todos|todo_mundo|toda_gente|geral ..2 que|q ..1 te_seguem|te_segue|seguem_te|te_conhecem|conhecem_te',
      '@your @audience ..1 inteiro|inteira|todo|toda ..2 ja|vai ..1 viu|ver|ter_visto|receber|recebeu|saber',
      'volta|voltas|paga|pagas|pagar|pix|transfere|transferes|faz_o_pix|pagando|voltando ..4 que|q|e ..1 ninguem|ngm ..1 ve|vai_ver|vera|fica_sabendo|vai_saber ..1 [nada]',
    ],
    unless: [REPORTED, 'festa|viagem|aniversario|niver|boletim|nota|notas|zero|formatura|praia|show|casamento|bebe|infancia|convite*|figurinha*|meme*|link|links|tombo|danca|dancando|coreografia|apresentacao|trabalho|resultado|premio|lanche|pizza|sorteio|promocao|kk*|haha*|rsrs*'],
    examples: {
      match: ['apago sim, por 250 no pix. senao vai pra todos q te seguem', 'até tirarem do ar teu colégio inteiro ja viu', 'quer a conta de volta? 80 no pix e ninguem ve nada', 'volta cmg q ninguem ve nada. simples'],
      ignore: ['senao vai pra todos q te seguem o convite?', 'tua turma inteira ja viu o resultado', 'paga o lanche q ninguem ve nada kkk'],
    },
  },
  {
    // r23: "todos vao saber o que vc fez", "Apos esse prazo o material sera divulgado".
    id: 'everyone-will-know-what-you-did-r23',
    phrases: [
      'todos|todo_mundo|toda_gente|geral|a_escola_toda|a_turma_toda|a_escola_inteira ..1 vao|vai|irao ..1 saber|descobrir|ver ..1 o_que|oq|doque|o_q ..1 @you ..1 fez|fizeste|fazes|faz|mandou|mandaste|me_mandou|me_mandaste',
    ],
    unless: [REPORTED, 'premio|conquista|parabens|orgulho|orgulhoso|orgulhosa|gol|golo|ganhou|ganhaste|apresentacao|kk*|haha*|rsrs*'],
    weight: 3,
    examples: {
      match: ['eu vou aparecer na tua escola e todos vao saber o que vc fez'],
      ignore: ['todo mundo vai saber o que vc fez, vc ganhou o premio!!'],
    },
  },
  {
    id: 'material-will-be-released-r23',
    phrases: [
      'apos|depois_desse|depois_deste|findo|esgotado|passado|caso_contrario|senao|se_nao ..4 material|conteudo|video|videos|fotos|imagens|arquivos|gravacao|gravacoes ..2 sera|serao|vai_ser|vao_ser ..1 divulgad*|publicad*|enviad*|compartilhad*|partilhad*|espalhad*|vazad*',
    ],
    unless: [REPORTED, 'jogo|clube|evento|festa|formatura|site|canal|escola|album|galeria_da_escola|torneio|campeonato|jornal|aprovacao|revisao|edicao|editad*|fotografo|fotografa|so_amanha|professor|professora|prof|avaliar|avaliacao|correcao|correio'],
    examples: {
      match: ['Voce tem 24 horas. Apos esse prazo o material sera divulgado.', 'caso contrario as tuas fotos serao enviadas'],
      ignore: ['depois do jogo as fotos serao publicadas no insta do clube', 'apos a revisao o video sera publicado'],
    },
  },
  {
    // Round 24: "a tua mae recebe o primeiro", "tua escola inteira acorda com elas", "senão vai pros teus seguidores".
    id: 'family-gets-the-first-r24',
    phrases: [
      '@your|a_tua|o_teu|os_teus|as_tuas ..1 @family|@audience ..2 recebe|recebem|vai_receber|vao_receber|ganha|ganham ..2 o_primeiro|a_primeira|o_primeiro_video|a_primeira_foto|uma_copia|as_fotos|o_video|os_videos|os_prints|as_nudes|tudo|td',
      '@your|a_tua|o_teu ..1 escola|turma|sala|familia|rua|bairro|colegio ..1 inteira|inteiro|toda|todo ..2 acorda|acordam|vai_acordar|recebe|vai_receber ..2 com_elas|com_eles|com_isso|com_tudo|com_as_fotos|com_o_video',
      'senao|se_nao|caso_contrario ..2 vai|vao|segue|seguem|cai|caem|aparece|aparecem ..1 [direto] pros|pras|aos|para_os|para_as ..1 @your|teus|tuas|seus|suas|todos_os_teus|todos_os_seus ..1 @audience|@family|seguidores|contatos|contactos',
      'senao|se_nao|caso_contrario ..2 ficam|fica|vao_ficar|vai_ficar|andam|vao_andar ..1 a_circular|circulando|a_rodar|rodando ..2 pela|na|no|pelo|por ..1 escola|turma|net|internet|grupos|bairro|cidade|colegio',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS],
    weight: 5,
    examples: {
      match: ['se nao mandares mais um video ate a meia noite, a tua mae recebe o primeiro. escolhe', 'me responde ou amanha cedo tua escola inteira acorda com elas', 'faz um pix de 500. senão vai pros teus seguidores um por um', 'senao ficam a circular pela escola', 'a tua familia recebe tudo amanha'],
      ignore: ['a tua mae recebe o convite amanha', 'senao vai pros teus amigos o convite da festa', 'a tua turma inteira recebe o resumo amanha'],
    },
  },
  {
    // Round 24: "o clip vai pro server da escola", "mando nossa conversa toda", "quer que eu mande pro grupo da sala?".
    id: 'clip-goes-to-server-r24',
    phrases: [
      'ou|senao|se_nao|caso_contrario ..6 clip|clipe|gravacao|audio|audios|video|prints|print|conversa ..1 vai|vao|segue|seguem|cai|caem ..1 [direto] pro|pra|pros|para|no|na|ao ..1 server|servidor|discord|grupo|grupos ..3 escola|turma|sala|colegio|@family|todos|todo_mundo',
      'mando|envio|mostro|posto|espalho|publico|vazo|printo ..1 nossa|nossas|a_nossa|as_nossas ..1 conversa|conversas|msgs|mensagens|chamada ..1 toda|inteira|todas|inteirinha',
      'quer|queres ..1 que ..1 eu ..1 mande|envie|poste|mostre|publique|espalhe|divulgue ..2 pro|pra|para|no|na|aos|nos ..1 grupo|grupos|@your|teus|tuas ..2 sala|turma|escola|colegio|@family|seguidores|contatos|contactos|amigos',
      'quer|queres ..1 que ..1 @your|teus|tuas|tua|teu|os_teus|as_tuas ..1 @family|@audience|amigos|amigas|colegas ..3 vejam|veja|saibam|saiba|recebam|receba|vejam_isso|vejam_tudo',
      // Round 30: "quer q eu mande no server do clã? todo mundo la te conhece".
      'quer|queres ..1 que|q ..1 eu ..1 mande|envie|poste|jogue|solte|mostre|publique ..2 no|na|pro|pra|para_o ..1 server|servidor|discord|cla ..6 todo_mundo|toda_a_gente|geral|todos|te_conhece|te_conhecem|conhece_te|conhecem_te',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, 'fotos_da_festa|fotos_da_viagem|fotos_do_jogo|da_festa|da_viagem|do_passeio|do_aniversario|do_jogo|da_partida|do_torneio|golo|gol|jogada|clutch|ace|convite|boletim|notas|lista|trabalho|resumo|apontamentos'],
    weight: 5,
    examples: {
      match: ['queres que eu poste no servidor? toda a gente la te conhece', 'ou tu manda 50 reais em gift card da steam hoje ou o clip vai pro server da escola e pro teu pai', 'ou manda as fotos q combinamos ou eu conto pra tua mae q tu me pediu robux e mando nossa conversa toda', 'coloquei num corpo pelado com IA, ficou igualzinho. quer que eu mande pro grupo da sala?', 'tenho tudo gravado. quer q teus amigos do futebol vejam?'],
      ignore: ['quer q eu mande no server o clip do teu ace? todo mundo vai pirar', 'tenho as fotos todas da festa de ontem, quer que eu mande no grupo da turma?', 'quer que eu mande o resumo pro grupo da sala?', 'quer que teus amigos vejam o clip do teu golo?', 'ou joga ou o clip da partida vai pro server'],
    },
  },
  {
    // Round 24: a scripted agency: "seremos obrigados a divulgar o portfolio aos seus encarregados de educação".
    id: 'obliged-to-disclose-r24',
    phrases: [
      'seremos|serei|ficaremos|vamos_ser|vou_ser ..1 obrigados|obrigado|obrigada|obrigadas|forcados|forcado|forcada ..1 a ..1 divulgar|publicar|partilhar|compartilhar|enviar|encaminhar|expor|tornar_publico|mostrar',
      'divulgar|divulgaremos|divulgarei|encaminharemos|enviaremos ..4 aos|ao|as|a|para_os|pros ..1 seus|teus|@your ..1 encarregados|encarregado|encarregada|@family|contactos|contatos|seguidores',
    ],
    unless: [REPORTED, DISCUSSION, 'resultados|resultado|notas|nota|pauta|pautas|horario|avaliacao|avaliacoes|faltas|regulamento|convocatoria|calendario|ementa|circular|reuniao|comunicado|informacao|informacoes|lista'],
    weight: 5,
    examples: {
      match: ['Caso nao regularize a taxa de 250€ via MB Way até sexta, seremos obrigados a divulgar o portfolio completo aos seus encarregados de educação.', 'serei obrigado a enviar o material aos teus pais'],
      ignore: ['seremos obrigados a divulgar as notas aos encarregados de educação na reuniao', 'vamos divulgar a lista aos seus encarregados de educação'],
    },
  },
  {
    // Round 25: the clip "leaks" or "goes to the group" as the consequence: "senao o teu video vaza hoje", "paga ate sexta ou o video vai pro grupo da familia", "300 no pix ou vai tudo pro teu insta".
    id: 'or-the-video-goes-to-the-group-r25',
    phrases: [
      '@your|o_teu|o_seu|os_teus|os_seus|as_tuas|as_suas ..1 video|videos|fotos|nudes|nude*|pack|prints|conversas ..2 vaza|vazam|vai_vazar|vao_vazar|cai_na_net|caem_na_net|vai_pra_net|vai_pra_internet',
      'ou|senao|se_nao|caso_contrario ..3 video|videos|fotos|foto|nudes|prints|tudo|td ..1 vai|vao|vai_direto|vao_direto|vai_parar|vao_parar ..1 pro|pra|para|ao|a|no|na|pros|pras|aos ..3 grupo|escola|turma|sala|familia|net|internet|instagram|facebook|face|tiktok|twitter|@family|@audience',
      'ou|senao|se_nao|caso_contrario vai|vao ..1 tudo|td|o_video|as_fotos|os_videos|os_prints ..1 pro|pra|para|ao|no|na|pros|aos ..2 grupo|escola|turma|familia|net|internet|instagram|facebook|tiktok|@family|@audience',
    ],
    unless: [REPORTED, DISCUSSION, 'resumo|trabalho|tpc|dever|prova|boletim|aniversario|parabens|ferias|natal|festa|viagem|praia|passeio|formatura|casamento|bebe|meme|memes|receita|bolo|convite|filme|jogo|apresentacao|aula|danca|coreografia|ensaio|edicao|montagem_do_video', 'k|kk*|haha*|rsrs*'],
    examples: {
      match: ['quero 3 cartao google play de 100 reais, manda os codigo aqui. senao o teu video vaza hoje', 'Pix recebido R$ 0,01 — Mensagem: paga 400 ate sexta ou o video vai pro grupo da familia', '300 no pix ou vai tudo pro teu insta', 'paga senão as fotos vão parar no grupo da turma', 'os teus nudes vazam amanha se nao pagares'],
      ignore: ['ou o video vai pro grupo da turma hoje ou a prof nao aceita o trabalho', 'ou as fotos da festa vao pro grupo hoje ou ninguem ve', 'o video da coreografia vai pro grupo da escola amanha'],
    },
  },
  {
    // Round 25: a veiled question about showing what the person sent: "quer que eu mostre pra eles o que tu me mandou?".
    id: 'want-me-to-show-what-you-sent-r25',
    phrases: [
      'quer|queres|vc_quer|tu_queres|tu_quer|voce_quer que|q eu ..1 mostre|mande|envie|poste|publique|passe|espalhe|partilhe|compartilhe|divulgue|encaminhe|reencaminhe|mostro|mando|partilho ..4 o_que|oq|aquilo|tudo|as_fotos|o_video|os_videos|tuas_fotos|suas_fotos ..2 [tu|vc|voce] me_mandou|me_mandaste|mandou|mandaste|me_enviou|me_enviaste',
      'e_se|imagina_se|ja_pensou_se|ja_pensaste_se ..2 eu ..1 mostrar|mandar|enviar|postar|publicar ..4 o_que|oq|aquilo|as_fotos|o_video ..2 [tu|vc|voce] me_mandou|me_mandaste|mandou|mandaste',
    ],
    unless: [REPORTED, DISCUSSION, 'prof*|professor*|trabalho|resumo|desenho|redacao|slide*|cartaz|receita|musica|meme*|audio|piada|poema|texto|carta|crush|adorar|amar|rir|fofo|fofa', 'k|kk*|haha*|rsrs*'],
    examples: {
      match: ['quer que eu mostre pra eles o que tu me mandou semana passada?', 'queres que eu envie aos teus pais o que me mandaste?', 'adicionei os teus amigos todos neste grupo, queres que eu partilhe o que me mandaste?', 'e se eu mostrar pra tua mae as fotos que vc me mandou?'],
      ignore: ['quer que eu mostre pra prof o que tu me mandou do trabalho?', 'quer que eu mostre pra ela o poema que tu me mandou? ela vai adorar'],
    },
  },
  {
    // Round 25: the deadline, then the send: "you have 24 hours. depois disso mando pra todo mundo".
    id: 'after-that-i-send-to-everyone-r25',
    phrases: [
      'depois|apos|passado|passando ..2 disso|isso|esse_prazo|o_prazo|esse_tempo|as_24|as_#|o_prazo ..3 mando|envio|posto|publico|espalho|divulgo|partilho|compartilho|vazo ..2 tudo|td|pra|para|a|ao|aos|na|no ..2 todo_mundo|toda_a_gente|todos|geral|@family|@audience|escola|turma|grupo|net|internet',
    ],
    unless: [REPORTED, DISCUSSION, 'convite|convites|lista|fotos_da_festa|fotos_da_viagem|link|resumo|trabalho|slides|slide|apresentacao|notas|horario|video_da_festa|bolo|festa|aniversario|jogo|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['you have 24 hours. depois disso mando pra todo mundo', 'passado o prazo publico tudo no grupo da turma'],
      ignore: ['depois disso mando pra todo mundo o convite da festa', 'depois disso envio pra turma os slides'],
    },
  },
  {
    // "manda ou vou printar tudo e mandar pra tua mae": a demand with the threat to pass it on to the family.
    id: 'send-or-i-pass-it-on-r26',
    phrases: [
      'printar|printo|printei ..6 mandar|mando|enviar|envio|mostrar|mostro|encaminhar|encaminho ..2 pra|para|a|ao|aos|pro|pros|pras ..1 @your|tua|teu|sua|seu|a_tua|o_teu ..1 @family|@audience',
      'manda|mande|envia|envie|mostra|liga|faz|faca ..2 ou|senao|se_nao ..4 printar|printo|mandar|mando|enviar|envio|mostrar|mostro|posto|postar|espalho|espalhar|encaminho|encaminhar ..6 pra|para|a|ao|aos|pro|pros|pras ..1 @your|tua|teu|sua|seu|a_tua|o_teu ..1 @family|@audience',
    ],
    unless: [REPORTED, HARMLESS, 'trabalho|slide*|licao|dever|tarefa|resumo|professor*|prof|stora|setor|nota|boletim|conta|luz|agua|aluguel|recado|convite|aniversario|niver|bolo|receita|lista|carregador|roupa|casaco'],
    weight: 5,
    examples: {
      match: ['manda ou vou printar tudo q tu falou aqui e mandar pra tua mae, tenho o insta dela', 'envia ja senao mando tudo pro teu pai', 'liga a camera ou eu mostro a conversa pros teus amigos'],
      ignore: ['manda o slide ou vou mostrar pra professora', 'manda o pix do bolo senao mando mensagem pra tua mae cobrar', 'manda a foto da autorizacao ou eu mostro ao teu pai amanha'],
    },
  },
  {
    // "ja mandei tua foto pra Julia, pergunta pra ela se nao acredita": one leak already done as proof.
    id: 'already-sent-as-proof-r26',
    phrases: [
      'ja|acabei_de ..1 mandei|enviei|mostrei|encaminhei|passei|mandar|enviar|mostrar|passar ..2 tua|tuas|teu|teus|sua|suas|seu|seus ..1 foto*|nude*|pack*|video*|print* ..6 nao_acredit*|acredita*|prova|provar|confirma|duvida*|te_avisei',
    ],
    unless: [REPORTED, DISCUSSION, 'resumo|trabalho|tpc|convite|receita|bolo|meme*|casamento|bebe|chegou|recebeste|recebeu', 'cosplay|festa|formatura|aniversario|niver|viagem|praia|album|concurso|linda|lindo|gata|gato|bonit*|ficou_otima|ficou_top|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['ja mandei tua foto pra Julia, pergunta pra ela se nao acredita', 'ja enviei teus nudes pro Lucas, pergunta se duvida', 'acabei de passar teu video pra tua amiga, prova que nao to blefando'],
      ignore: ['ja mandei tua foto pra Julia, ela disse que ficou linda', 'ja enviei tuas fotos da festa, confirma se chegou', 'ja mandei tua foto pro fotografo, confirma se recebeu', 'ja mandei teu video do concurso pro grupo, nao acredito que ganhaste'],
    },
  },
  {
    // "[mensagem de voz transcrita] ... eu posto teus nudes no twitter": intimate media named, no innocent reading.
    id: 'post-your-nudes-r26',
    phrases: [
      PUBLIC + '|mando|mandar|envio|enviar|mostro|mostrar ..2 @your|os_teus|as_tuas|os_seus|as_suas ..1 nudes|nude*|packs|pack|fotos_intimas|videos_intimos|video_intimo|fotos_pelad*|video_pelad*|fotos_sem_roupa',
    ],
    unless: [REPORTED, DISCUSSION, 'nunca_vou|jamais_vou|nunca_ia|jamais_ia|nunca_faria|jamais_faria|nunca_iria|jamais_iria'],
    weight: 5,
    examples: {
      match: ['[mensagem de voz transcrita] escuta aqui garota, se tu nao me responder hoje eu posto teus nudes no twitter e marco teu pai', 'espalho as tuas nudes no grupo', 'vazo teu pack pra geral', 'mando teus nudes pro teu irmao'],
      ignore: ['eu nunca vou postar teus nudes, confia em mim', 'se alguem ameacar postar teus nudes fala com um adulto de confianca'],
    },
  },
  {
    // Round 27: a threat split over short lines names the target only: "tua mae" / "o facebook dela" / "o face da tua mae"; and the veiled "vai ser engraçado quando a escola toda vir".
    id: 'your-mums-facebook-fragment-r27',
    phrases: [
      'facebook|face|insta|instagram|perfil|whats|zap ..1 da|do ..1 tua|teu|sua|seu ..1 mae|pai|avo|vo|vovo|familia|tia|tio|irma|irmao|madrasta|padrasto',
      '@your ..1 mae|pai|avo|vo|vovo|familia|tia|tio|irma|irmao|madrasta|padrasto ..1 no|na ..1 face|facebook|insta|instagram|whats|zap',
      'vai_ser|ia_ser|seria|vai_ficar ..1 [muito|mt|bem] engracado|divertido|giro|hilario|interessante ..2 quando|se ..3 @audience|@family ..2 [toda|todo|inteira|inteiro|todos|todas] vir|virem|ver|verem|receber|receberem|souber|souberem|abrir|abrirem',
    ],
    unless: [REPORTED, DISCUSSION, HARMLESS, FRIENDLY, 'postou|publicou|partilhou|compartilhou|comentou|curtiu|vi|viu|marcou|adicionou|adiciona|segue|seguir|pediu|beijo|beijos|parabens|aniversario|bolo|receita|foto_do|foto_da|fotos_da_viagem|senha|conta_dela|hackead*|hackearam|clonou|clonaram|clonado|invadiu|invadiram|cabelo|oculos|aparelho|fantasia|disfarce|apresentacao|peca|teatro|coreografia|video_do_gato|surpresa|festa|k|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['o facebook da tua mae', 'tua mae no face', 'vai ser engracado quando a escola toda vir'],
      ignore: ['vi a tua mae no face, ela postou as fotos da viagem', 'o insta da tua mae foi hackeado, avisa ela', 'gente alguem clonou o whats da minha mae', 'vai ser engracado quando a escola toda vir o teu cabelo novo kkk'],
    },
  },
  {
    // Round 27: the scam notice's passive voice and "vó" (not in @family: "vo" is also "vou"): "se não pagar hoje o link vai ser compartilhado nos grupos", "para evitar a divulgação do material aos seus responsáveis", "pensa na tua vó vendo aquilo".
    id: 'will-be-shared-unless-paid-r27',
    phrases: [
      'nao_pagar|nao_pagares|nao_paga|nao_pagas|nao_fizer|nao_fizeres|nao_mandar|nao_mandares|senao|se_nao|caso_contrario ..6 vai|vao|sera|serao|ira|irao ..2 compartilhad*|partilhad*|divulgad*|publicad*|postad*|enviad*|espalhad*|vazad*|expost*',
      'evitar|impedir ..3 divulgacao|publicacao|envio|exposicao|partilha|compartilhamento ..4 material|imagens|fotos|videos|conteudo|conversas ..5 @family|@audience|responsaveis|contatos|contactos|encarregados',
      'para_que|pra_que ..2 nao|n ..1 chegue|chegar|seja_divulgado|seja_enviado|seja_partilhado ..2 @your|a_sua|a_tua|ao_seu|ao_teu|aos_seus|aos_teus ..1 @family|@audience|escola ..6 acordo|pagamento|pagar|pague|valor|quantia|propomos|proposta|transfira|transferencia|pix|mbway|mb_way',
      'imagina|imagine|pensa|pense|ja_pensou|ja_pensaste|ja_imaginou|ja_imaginaste ..3 @your|a_tua|a_sua ..1 vo|vozinha ..3 vendo|a_ver|recebendo|a_receber|abrindo|a_abrir ..3 aquilo|isso|isto|o_video|os_videos|as_fotos|a_foto|tudo|tuas_fotos|teus_videos',
    ],
    // Not HARMLESS's "link": the scam's "o link vai ser compartilhado" names the leaked material by it.
    unless: [REPORTED, DISCUSSION, HARMLESS.split('|').filter((w) => w !== 'link').join('|'), 'site_da_escola|jornal|formatura|festa|convite|resultado|resultados|horario|pauta|pautas|notas|boletim|ementa|cardapio|fatura|factura|encomenda|pedido|inscricao|nota_fiscal|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['se não pagar hoje o link vai ser compartilhado nos grupos', 'Para evitar a divulgação do material aos seus responsáveis, pague a multa.', 'Para que o assunto não chegue à sua escola e à sua família, propomos um acordo de 600€.', 'Para evitar a divulgação destes vídeos a todos os seus contactos, transfira 800 EUR.', 'pensa na tua vó vendo aquilo'],
      ignore: ['se nao pagar a inscricao hoje o teu nome nao vai ser publicado na lista', 'as fotos da formatura vao ser publicadas no site da escola', 'senao a encomenda vai ser enviada de volta', 'pensa na tua vo vendo o video da formatura, vai chorar de orgulho kkk'],
    },
  },
  {
    // Round 27: "manda 300 no pix ou já era": the end of a payment demand, vague on its own.
    id: 'pay-or-its-over-r27',
    phrases: [
      '@payment|# ..6 ou|senao|se_nao ..1 ja_era|ja_eras|era_uma_vez|ja_foste|ja_foi|acabou_pra_ti|acabou_pra_vc|acabou_pra_voce|ja_sabes|ja_sabe|ja_sab*',
    ],
    unless: [REPORTED, DISCUSSION, 'vaga|lugar|bilhete|ingresso|desconto|promocao|reserva|pizza|lanche|inscricao|rifa|vaquinha|cota|quota|mensalidade|propina|jogo|partida|aposta|k|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['manda 300 no pix ou ja era', '200 no mb way senão já sabes'],
      ignore: ['manda 10 no pix ate amanha ou ja era a vaga', '20 no pix pra rifa ou ja era kkk'],
    },
  },
  {
    // Round 28: the conditional threat with its demand: "se nao quiser q eu poste nos stories me manda 300 no pix", "se não queres que eu mande isto à tua mãe, paga".
    id: 'if-you-dont-want-me-to-post-r28',
    phrases: [
      'se_nao|se_n|caso_nao ..1 quer|queres|quiser|quiseres|queira|queiras ..1 que|q ..1 [eu] ..1 poste|publique|mande|envie|espalhe|divulgue|mostre|marque|vaze|exponha|partilhe|compartilhe|solte|jogue|encaminhe ..6 manda|mande|mandas|paga|pague|pagas|transfere|transfira|faz_um|faca_um|@payment|#|fotos|nudes|obedece|obedeca',
      'se_nao|se_n|caso_nao ..1 quer|queres|quiser|quiseres|queira|queiras ..1 que|q ..1 [eu] ..1 poste|publique|mande|envie|espalhe|divulgue|mostre|vaze|exponha|partilhe|compartilhe|solte|encaminhe ..3 ' + IT + '|nos_stories|no_story|nos_teus_stories|nos_seus_stories|no_grupo|na_net|na_internet|pra_tua|pro_teu|pros_teus|pras_tuas|pra_sua|pro_seu|a_tua|ao_teu|aos_teus|@family|@audience',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'avisa|avise|me_avisa|me_diz|diz_me|me_fala|tudo_bem|td_bem|sem_problema|de_boa|tranquilo|relaxa|apago|tiro|nao_posto|e_so_falar|e_so_dizer|so_dizer|so_falar', 'quarto|bagunca|louca|loica|arrum*|limp*|lav*|presente|surpresa|prenda|spoiler|haha*|rsrs*|brinks|zoeira|zoando'],
    weight: 5,
    examples: {
      match: ['se não queres que eu mande isto à tua mãe, paga 100 euros', 'se nao quiser que eu poste me faz um pix de 200', 'se não quiseres que eu publique nos stories, manda mais fotos', 'se nao quiser q eu mande pros teus amigos fica quieto'],
      ignore: ['se nao quiser que eu poste a foto no grupo me avisa', 'se não quiseres que eu publique a foto da festa tudo bem', 'se nao quiser que eu mande isso pra tua mae arruma o quarto kkk'],
    },
  },
  {
    // Round 28: tagging the child's community on the post: "vou marcar o perfil da tua igreja", "marco o teu time todo".
    id: 'tag-your-community-r28',
    phrases: [
      'marcar|marco|marcarei|vou_marcar|marque|marcando|taggar|tagar|tagear|mencionar|menciono ..3 [o|a|os|as] perfil|pagina|conta|insta|instagram ..1 da|do|de ..1 [tua|teu|sua|seu] igreja|paroquia|escola|colegio|time|equipa|clube|academia|catequese|turma|grupo_de_jovens',
      'marcar|marco|marcarei|vou_marcar|marque|marcando|taggar|tagar|tagear ..2 [o|a] tua|teu|sua|seu|o_teu|a_tua|o_seu|a_sua ..1 colegio|escola|igreja|paroquia|catequese',
      'marcar|marco|marcarei|vou_marcar|marque|marcando|taggar|tagar|mencionar ..2 @your|o_teu|a_tua|o_seu|a_sua ..1 time|equipa|igreja|escola|turma|sala|clube|familia|catequese ..1 todo|toda|inteiro|inteira',
    ],
    unless: [REPORTED, HARMLESS, GAMING.split('|').filter((w) => !['time'].includes(w)).join('|'), DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando|kk*', 'sorteio|promocao|giveaway|passatempo|concurso|evento|parabens|vitoria|ganhamos|ganharam|campeonato|torneio|medalha|trofeu|feira|missa|culto|retiro|acampamento|orgulho*|foto_do_time|foto_da_equipa|foto_da_turma|post_do_time|post_da_turma'],
    weight: 2,
    examples: {
      match: ['vou taggar o teu colégio', 'vou marcar o perfil da tua igreja, todo mundo vai ver', 'e marco o teu time todo', 'vou marcar a pagina do teu colegio'],
      ignore: ['vou marcar o perfil da escola no post da feira de ciencias', 'marca o teu time todo na foto da vitoria', 'vou marcar a tua turma toda no post do sorteio'],
    },
  },
  {
    // Round 28: the veiled threat as a question, the material as a pronoun: "já pensou tua mãe recebendo ele no whats?".
    id: 'imagine-them-receiving-it-r28',
    phrases: [
      'ja_pensou|ja_pensaste|ja_imaginou|ja_imaginaste|imagina|imagine|imaginas|pensa|pense ..3 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus|as_tuas|as_suas ..1 @family|@audience ..2 vendo|a_ver|recebendo|a_receber|abrindo|a_abrir|assistindo|a_assistir ..1 ele|ela|eles|elas|o|a|os|as ..2 no|na|nos|nas|pelo|pela|em ..1 whats|zap|insta|instagram|face|facebook|email|grupo|celular|telemovel|tiktok|messenger|feed|stories',
      'ja_pensou|ja_pensaste|ja_imaginou|ja_imaginaste|imagina|imagine|imaginas ..3 @your|a_tua|a_sua|o_teu|o_seu|os_teus|os_seus|as_tuas|as_suas ..1 @family|@audience ..2 vendo|a_ver|recebendo|a_receber|abrindo|a_abrir|assistindo|a_assistir ..1 ele|ela|eles|elas ..1 [agora|hoje|amanha]',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|brincadeira|zoeira|zoando', 'spoiler|trailer|final|episodio|boletim|nota|notas|incrivel|top|fixe|massa|legal|orgulho*|famos*|premio|concurso|presente|prenda|surpresa|convite|carta|cartao|flores|bolo|postal|desenho|livro|encomenda|pacote|diploma', 'dia_das_maes|dia_dos_pais|dia_das_criancas|natal|pascoa|chorar|emocion*|amar|feliz|contente'],
    weight: 5,
    examples: {
      match: ['já pensou tua mãe recebendo ele no whats?', 'imagina o teu pai a abrir ele no email', 'ja imaginaste a tua turma a ver ele amanha'],
      ignore: ['já pensou tua mãe recebendo ele no dia das mães?', 'imagina a tua avó abrindo ele, vai chorar', 'ja pensou tua mae recebendo ele no whats? o convite ficou lindo', 'imagina a tua mãe a abrir ela no natal, a prenda vai ser top'],
    },
  },
  {
    // Round 28: the veiled "shame if" with the material left unsaid: "seria uma pena se a galera da tua igreja visse né".
    id: 'shame-if-your-people-saw-r28',
    phrases: [
      'pena|chato|chata|triste|ruim|vergonha|horrivel|terrivel|complicado|chatice ..3 se|quando ..4 @your|a_tua|o_teu|os_teus|as_tuas|a_sua|o_seu|os_seus|as_suas ..1 @family|@audience ..1 ' + SAW,
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|brincadeira|zoeira|zoando', 'quarto|bagunca|louca|loica|faltou|faltaste|falta|faltas|matou_aula|chuva|choveu|frio|calor|atrasad*|cabelo|roupa|nota|notas|boletim|teste|prova|chumb*|reprov*|fum*|bebe*|namor*|ficou_com|ficaste_com|beij*|tatuagem|piercing', 'incrivel|top|fixe|massa|legal|otimo|orgulho*|famos*|jornal|revista|tv|televisao|premio|concurso|talent*|bonito|bonita|jogo|golo|gol|apresentacao|peca|teatro|recital|espetaculo|danca'],
    weight: 2,
    examples: {
      match: ['seria uma pena se a galera da tua igreja visse né', 'ia ser chato se os teus pais descobrissem', 'seria triste se a tua turma recebesse'],
      ignore: ['seria uma pena se os teus pais nao vissem a tua apresentacao', 'ia ser chato se a tua mae descobrisse que faltaste', 'seria uma pena se a tua mae visse o teu quarto assim kkk'],
    },
  },
  {
    // Round 28: the child's community as the audience, the material left unsaid: "vou mandar pra galera da tua igreja", "o teu clube todo vai receber". Vague alone, a threat with leverage or sexual talk.
    id: 'send-to-your-community-r28',
    phrases: [
      VERB + ' ..4 pra|para|pro|pros|pras|a|ao|aos|as|na|no|nos|nas|pelo|pela|pelos|pelas ..3 @your|tua|teu|sua|seu ..1 igreja|paroquia|time|equipa|clube|treinador|treinadora|pastor|pastora|padre|catequista|catequese|grupo_de_jovens|lider_de_jovens|academia|ginasio|escoteiros|escuteiros|coro',
      '@your|o_teu|a_tua|o_seu|a_sua ..1 time|equipa|clube|igreja|paroquia|academia|coro|catequese ..1 todo|toda|inteiro|inteira ..1 vai|vao|ira|irao ..1 receber|ver|saber|descobrir',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|brincadeira|zoeira|zoando|kk*', 'atestado|ficha|inscri*|horario|escala|calendario|convocatoria|lista|quotas|mensalidade|uniforme|equipamento|camisola|camisa|fotos_do_jogo|video_do_jogo|golo|gol|vitoria|medalha|trofeu|ensaio|missa|culto|retiro|acampamento|oracao|oracoes|versiculo|hino|musica|parabens|convite|orgulho*|resultado|placar'],
    weight: 2,
    examples: {
      match: ['vou espalhar pelo teu time de futebol', 'vou mandar pra galera da tua igreja', 'mando pro teu treinador e pro time todo', 'o teu clube todo vai receber'],
      ignore: ['vou mandar pro teu treinador o atestado', 'mando pro teu time o video do golo kkk', 'o teu clube todo vai receber o uniforme novo'],
    },
  },
  {
    // Round 28: the veiled threat as a musing: "o que será que o teu pai vai achar disso".
    id: 'what-will-they-think-r28',
    phrases: [
      'o_que|oq|oque|que ..1 sera_que|sera ..3 @your|a_tua|o_teu|os_teus|as_tuas|a_sua|o_seu|os_seus|as_suas ..1 @family|@audience ..2 vao|vai|iam|ia|irao|ira ..1 achar|pensar|dizer|fazer ..2 disso|disto|daquilo|quando|se|ao_ver|ao_receber',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|zoeira|zoando|kk*', 'quarto|bagunca|louca|loica|nota|notas|boletim|cabelo|tatuagem|piercing|namorad*|roupa|prova|teste|falta|faltas|faltaste|chumb*|reprov*|cartao|carta|desenho|presente|prenda|surpresa|decisao|escolha|curso|mudanca|viagem|gato|cao|cachorro', 'amar|feliz|contente|acho_que|mudar|escola_nova|ideia|plano|proposta|emprego|trabalho'],
    weight: 2,
    examples: {
      match: ['o que será que o teu pai vai achar disso', 'oq sera que a tua turma vai dizer quando ver'],
      ignore: ['o que será que a tua mãe vai achar disso? acho que ela vai amar', 'o que será que o teu pai vai achar disso, tu vais mudar de escola?', 'o que será que o teu pai vai achar do teu cabelo novo', 'o que sera que a tua mae vai dizer da nota kkk'],
    },
  },
  {
    // Round 28: the deadline, then the bare verb: "tens uma hora, depois publico", "tens 10 minutos ou mando".
    id: 'deadline-then-i-post-r28',
    phrases: [
      'tens|tem|vc_tem|tu_tens|voce_tem ..3 hora|horas|horinha|minutos|minuto|min|mins|segundos|dia|ate ..4 depois|ai|entao|senao|se_nao|ou|caso_contrario ..1 [eu] publico|posto|mando|espalho|divulgo|vazo|envio|solto|exponho|partilho|compartilho|encaminho|publicarei|postarei|mandarei',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'post_da|o_post|o_album|album|a_lista|lista|o_horario|o_resultado|resultados|a_foto_da_turma|foto_do_grupo|foto_da_turma|inscri*|votacao|votar|enquete|sorteio|desenho|redacao|texto|artigo|video_do_canal|canal|youtube|stream|live|sem_ti|sem_vc|sem_voce|kk*|haha*|rsrs*|trabalho|tpc|resposta|respostas|gabarito|convite'],
    weight: 3,
    examples: {
      match: ['tens uma hora, depois publico', 'vc tem 10 minutos, senao posto', 'tens ate as 20h ou mando'],
      ignore: ['tens uma hora pra votar, depois publico o resultado', 'tens ate sexta pra mandar a redacao, depois publico no blog da turma'],
    },
  },
  {
    // Round 28: the child's pastor, coach or head as the one who "would love to see": "o pastor da tua igreja vai adorar ver".
    id: 'your-pastor-would-love-to-see-r28',
    phrases: [
      'pastor|pastora|padre|treinador|treinadora|catequista|lider|diretor|diretora|mister ..1 da|do|de ..1 tua|teu|sua|seu ..1 igreja|paroquia|time|equipa|clube|escola|colegio|catequese|grupo_de_jovens ..2 ia|iria|vai|vao|ira ..1 adorar|amar|gostar|curtir|delirar ..2 [de] ver|receber|saber',
    ],
    unless: ['ver|saber|receber que|q|como', REPORTED, HARMLESS, DISCUSSION, 'kk*|haha*|rsrs*|lindo|linda|fofo|fofa|orgulho*|solo|coro|cantar|canto|louvor|ensaio|batismo|batizado|crisma|comunhao|golo|gol|golos|gols|medalha|trofeu|premio|nota|notas|desenho|redacao|danca|evolucao|treino|jogada|defesa|vitoria|convite|voluntari*|ajuda|ajudaste|ajudou'],
    weight: 3,
    examples: {
      match: ['o pastor da tua igreja vai adorar ver', 'o treinador do teu time ia amar receber'],
      ignore: ['o treinador do teu time vai adorar ver que chegaste a horas', 'o pastor da tua igreja vai adorar ver o teu solo no coro', 'o treinador do teu time vai adorar ver esse golo kkk'],
    },
  },
  {
    // Round 28: telling the child's community, or being its talk: "vou contar a toda a gente da catequese", "vais ser o assunto do grupo de jovens".
    id: 'your-community-will-know-r28',
    phrases: [
      'contar|conto|contarei|espalhar|espalho|espalharei ..2 a|pra|para|pro|ao ..1 toda_a_gente|todo_mundo|toda_gente|todos|geral|galera|pessoal ..2 da|do|de ..1 [tua|teu|sua|seu] catequese|igreja|paroquia|equipa|time|clube|grupo_de_jovens|academia|coro|escuteiros|escoteiros',
      'vais|vai|ira ..1 ser|virar|ficar ..1 o_assunto|a_fofoca|a_piada|o_meme|a_vergonha|falad*|conhecid* ..2 da|do|na|no|em ..1 [tua|teu|sua|seu|toda_a|todo_o] igreja|catequese|grupo_de_jovens|equipa|time|clube|paroquia|academia|coro',
    ],
    unless: ['padrinho|madrinha|catequista|monitor|monitora|lider|escolhid*|selecionad*|convocad*', REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'haha*|rsrs*|brinks|brincadeira|zoeira|zoando|kk*', 'passaste|passou|ganhaste|ganhou|marcaste|marcou|golo|gol|vitoria|medalha|trofeu|premio|solo|cantaste|cantou|crisma|batismo|comunhao|noivo|noiva|namorad*|casamento|bebe|gravidez|nascimento|aniversario|niver|parabens|orgulho*|heroi|heroina|estrela|campeao|campea|melhor'],
    weight: 2,
    examples: {
      match: ['vou contar a toda a gente da catequese', 'vais ser o assunto do grupo de jovens'],
      ignore: ['vou contar a toda a gente da catequese que vais ser padrinho', 'vou contar a toda a gente da catequese que passaste no exame', 'vais ser o assunto do clube depois desse golo kkk'],
    },
  },
  {
    id: 'call-family-and-show-r29',
    // Round 29: "vou ligar pra tua mae e contar tudo, e mostrar as fotos": going to the family with the pictures.
    phrases: [
      'ligar|ligo|ligarei|falar|falo|contar|conto|ir|vou|bater ..4 @family ..6 mostrar|mostro|mostrarei|mando|mandar|envio|enviar|entregar|entrego ..2 as|os|essas|esses|aquelas|aqueles|tuas|teus|suas|seus ..1 fotos|foto|fotinhas|videos|video|nudes|nude*|prints|conversas|mensagens',
      'era|seria|ia_ser|iria_ser ..1 ' + WOULD + ' ..6 ' + SAW + ' ..2 tuas|teus|suas|seus|aquelas|aqueles|aquela|aquele|essas|esses ..1 fotos|foto|fotinhas|videos|video|nudes|nude*|prints|conversas',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'festa|viagem|formatura|aniversario|niver|casamento|ferias|passeio|bebe|batizado|natal|praia|jogo|treino|golo|gol|haha*|rsrs*|brincadeira|zoeira'],
    weight: 5,
    examples: {
      match: ['vou ligar pra tua mãe e mostrar essas fotos', 'vou bater na porta dos teus pais e entregar os prints', 'era chato a tua turma toda ver aquelas fotos, né', 'seria triste os teus pais verem esses videos'],
      ignore: ['vou ligar pra tua mae e mostrar as fotos da festa', 'vou ligar pra tua avo e mostrar as fotos do bebe', 'era chato o pessoal ver aquelas fotos da viagem kkk', 'vou ligar pro teu pai pra ele te buscar'],
    },
  },
  {
    id: 'go-to-parents-show-it-all-r29',
    // Round 29: "vou na tua casa falar com teus pais e mostrar tudo": the parents shown "everything" in person.
    phrases: [
      'ligar|ligo|ligarei|falar|falo|bater|vou ..4 @family ..6 mostrar|mostro|mostrarei|entregar|entrego|mandar|mando ..1 tudo|td|aquilo|o_que_eu_tenho|o_que_tenho|oq_tenho|o_que_me_mandaste|o_que_me_mandou',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'festa|viagem|formatura|aniversario|niver|casamento|ferias|passeio|bebe|batizado|natal|praia|jogo|treino|boletim|notas|trabalho|projeto|desenho|haha*|rsrs*|brincadeira|zoeira|kk*'],
    weight: 5,
    examples: {
      match: ['vou na tua casa falar com teus pais e mostrar tudo', 'ligo pra tua mae e mostro o que eu tenho', 'falo com o teu pai e entrego tudo'],
      ignore: ['vou falar com os teus pais e mostrar tudo o que preparamos pra festa', 'vou ligar pra tua avo e mostrar tudo do bebe', 'vou falar com a tua mae e mostrar o boletim'],
    },
  },
  {
    id: 'to-your-job-club-church-r29',
    // Round 29: the employer, sports club or church told or sent "everything", and the mocking "they'll love your nudes".
    phrases: [
      'vou|vo|irei|posso ..1 mandar|enviar|mostrar|contar|espalhar|levar ..3 pro|pra|para_o|para_a|ao|no|na ..1 [teu|seu|tua|sua] emprego|clube|patrao|patroa|chefe|escuteiros|catequese|paroquia|igreja|grupo_de_jovens|pastor|padre',
      'vou|vo|irei ..1 contar|mostrar|mandar ..3 [teu|seu|tua|sua] emprego|clube|patrao|patroa|chefe|escuteiros|catequese|paroquia|igreja|pastor|padre ..2 tudo|td|aquilo|o_que_fizeste|o_que_fez|o_que_me_mandaste|o_que_me_mandou',
      '@audience|@family ..3 vai|vao|ia|iam|iria|iriam ..1 adorar|amar|gostar|curtir ..1 ver|receber ..2 teus|tuas|seus|suas|as_tuas|os_teus ..1 nudes|nude*|pack|packs|fotos_intimas|fotos_nuas|videos_intimos',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'horario|jogo|treino|inscricao|quota|quotas|mensalidade|uniforme|equipamento|festa|convite|curriculo|cv|atestado|ferias|folga|pedido|carta|documento|fotos_do_evento|ganhaste|ganhou|medalha|premio|golo|gol|vitoria|parabens|haha*|rsrs*|brincadeira|zoeira'],
    weight: 5,
    examples: {
      match: ['vou mandar pro teu emprego', 'vou contar ao teu clube tudo o que fizeste', 'o grupo da igreja vai adorar ver teus nudes', 'posso enviar para o teu patrao, queres?'],
      ignore: ['vou mandar o horario pro teu clube', 'vou mandar o curriculo pro teu chefe', 'vou contar ao teu clube que ganhaste a medalha', 'a tua mae vai adorar ver as tuas fotos da formatura'],
    },
  },
  {
    // Round 30: a group that "would love to see" a picture already held: "vc acha que o pessoal da 9B ia
    // gostar de ver aquela foto?", "a galera da escola ia amar ver aquele video".
    id: 'the-crowd-would-love-that-pic-r30',
    phrases: [
      'pessoal|galera|malta|povo|geral|gente|grupo|turma|sala|escola|colegio|todo_mundo|toda_a_gente|todos|@audience|@family ..4 ia|iam|iria|iriam|vai|vao|ira|irao|havia_de|haviam_de ..1 adorar|gostar|amar|curtir|delirar|rir|ficar_chocad* ..2 [de] ver|saber|receber|conhecer ..1 aquela|aquele|aquelas|aqueles|aquilo|essa|esse|essas|esses|tua|tuas|teu|teus|sua|suas ..1 [tua|sua] foto|fotos|fotinha*|video|videos|nude*|nudes|prints|print|gravacao|clip|clipe|pack',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'quarto|desenho|presente|prenda|surpresa|golo|gol|danca|premio|medalha|diploma|orgulho*|carta|flores|bolo|conquista|vitoria|kk*|haha*|rsrs*|cabelo|tatuagem|piercing|bebe|crianca|pequen*|fantasia|fantasiad*|fofa|fofo|fofinh*|cachorro|gato|cao|pet|quer_que_eu_mande|posso_mandar|posso_postar|se_deixares|se_deixar|deixas'],
    weight: 5,
    examples: {
      match: ['sera que a galera da escola ia amar ver aquele video teu?', 'o pessoal da sala ia adorar ver aquelas fotos', 'teus colegas iam curtir ver essas nudes'],
      ignore: ['o pessoal da sala ia adorar ver aquela foto do teu cachorro', 'a turma ia adorar ver aquele video da festa kkk', 'a galera ia amar ver aquela foto tua de bebe, posso mandar?'],
    },
  },
  {
    // Round 30: the second half of a split ultimatum: "ou aquilo vai pra todo mundo", "senão isso cai na net".
    id: 'or-it-goes-to-everyone-r30',
    phrases: [
      'ou|senao|se_nao|caso_contrario|ou_entao ..2 aquilo|isso|isto|tudo|td|elas|eles|' + IT + '|' + MEDIA + ' ..1 vai|vao|cai|caem|sai|saem|chega|chegam|segue|seguem ..1 [direto|diretinho|todo|toda|todos|todas] pra|pro|para|pros|pras|na|no|nas|nos|ao|aos|a ..1 todo_mundo|toda_a_gente|geral|net|internet|rede|redes|web|grupo|grupos|escola|turma|sala|@family|@audience|tua_mae|teu_pai|teus_pais|tua_familia',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'lixo|lixeira|reciclagem|arquivo|drive|nuvem|backup|pasta|correio|email|pagina|site_da_escola|mural|jornal|votacao|sorteio|kk*|haha*|rsrs*|convite|convites|aviso|lista'],
    weight: 5,
    examples: {
      match: ['ou aquilo vai pra todo mundo', 'senão as fotos caem na net hoje', 'paga até amanhã, caso contrario tudo segue direto pra tua familia'],
      ignore: ['ou isso vai pro lixo', 'manda logo a foto da turma senao o convite vai pro grupo sem ela', 'decide ou o video vai pro drive mesmo kkk'],
    },
  },
  {
    // Round 30: the next post is the threat: "senão o próximo comentário vai ser com o vídeo", "ou a próxima story é a tua foto".
    id: 'next-post-is-your-video-r30',
    phrases: [
      'ou|senao|se_nao|caso_contrario|ou_entao ..3 proximo|proxima|proximos|proximas ..1 comentario|comentarios|post|posts|story|stories|publicacao|postagem|storie|status|estado|tweet|reels|reel|video ..4 com|e|sera|vai_ser|vai_ter ..2 ' + IT + '|' + MEDIA + '|tua_foto|teu_video|tuas_fotos|teus_videos|sua_foto|seu_video|tuas_nudes|teus_nudes|suas_nudes|nudes|prints|os_prints|o_print|aquilo',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'receita|tutorial|review|collab|parceria|sorteio|divulgacao|marca|patrocin*|unboxing|tiktok_da_danca|danca|coreografia|cover|musica'],
    weight: 5,
    examples: {
      match: ['responde entao, senao o proximo post vai ser com as tuas fotos', 'ou a proxima story e com aquele video'],
      ignore: ['responde logo senao o proximo post vai ser com a foto da receita', 'o proximo video vai ser com a foto do bolo'],
    },
  },
  {
    // Round 30: the threat as a choice offered: "pede pra sua mae entao. ou prefere q ela veja as fotos?",
    // "ou preferes que o teu pai receba o video?".
    id: 'or-would-you-rather-they-see-r30',
    phrases: [
      'ou|senao|se_nao|ou_entao ..1 [vc|voce|tu] prefere|preferes|quer|queres ..1 que|q ..3 ela|ele|elas|eles|@family|@audience|todo_mundo|toda_a_gente|geral ..1 veja|vejam|receba|recebam|fique_a_saber|fique_sabendo|descubra|descubram ..3 ' + IT + '|tuas_fotos|teu_video|teus_videos|suas_fotos|seu_video|tuas_nudes|teus_nudes|suas_nudes',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'quarto|desenho|presente|prenda|surpresa|danca|premio|medalha|diploma|carta|bolo|cabelo|tatuagem|piercing|bebe|crianca|pequen*|kk*|haha*|rsrs*|boletim|teste|exame|notas|nota'],
    weight: 5,
    examples: {
      match: ['ou prefere q ela veja as fotos?', 'paga entao. ou preferes que o teu pai receba aquele video?', 'ou quer que os teus amigos vejam tudo?'],
      ignore: ['ou prefere q ela veja as fotos da festa primeiro?', 'ou queres que a tua mae veja o teu boletim?', 'ou prefere que eles vejam o desenho amanha?'],
    },
  },
  {
    // Round 30: a formal threat with its condition: "vou enviar para a diretora do teu colégio e para a associação
    // de pais, a não ser que colabores", "mando tudo pro diretor, a menos que pagues".
    id: 'send-to-school-unless-r30',
    phrases: [
      'vou|vamos|iremos|irei|vai|vao ..1 enviar|mandar|mostrar|encaminhar|reencaminhar|partilhar|compartilhar|divulgar|entregar ..4 diretor|diretora|direcao|direcao_da_escola|associacao_de_pais|coordenador|coordenadora|coordenacao|reitor|@family|@audience ..6 a_nao_ser_que|a_menos_que|exceto_se|salvo_se|caso_nao|se_nao|senao|caso_contrario',
      // The condition after a longer list of recipients: "...a diretora do teu colégio e para a associação de pais, a não ser que colabores".
      'enviar|mandar|mostrar|encaminhar|reencaminhar|partilhar|compartilhar|divulgar|entregar ..4 diretor|diretora|direcao|associacao_de_pais|coordenador|coordenadora|coordenacao|@family|@audience ..6 e|para|pra|aos|ao ..6 a_nao_ser_que|a_menos_que|exceto_se|salvo_se ..2 colabor*|cooper*|pagu*|pague*|pagar*|obedec*|faca*|facas|fizer*|mand*|envi*',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, 'justificacao|justificativa|falta|faltas|atestado|autorizacao|inscricao|matricula|comunicado|ata|relatorio|queixa_da|queixa_do|reclamacao|abaixo_assinado|peticao|proposta|orcamento|fatura|recibo|convite|horario|ementa|cardapio|ja_tiveres|ja_tiver|ja_tenhas|ja_tenha|preferires|preferir'],
    weight: 5,
    examples: {
      match: ['Vamos enviar o material para a direção da escola e para a tua família, a menos que cooperes.', 'vamos mandar para o coordenador do teu curso e para os teus avós, exceto se pagares até sexta', 'vou mostrar pra diretora e pros teus pais, a nao ser que voce pague hoje'],
      ignore: ['vou enviar a justificação para a diretora, a não ser que já tenhas enviado', 'vou mandar o convite pros teus pais a nao ser que prefiras entregar tu'],
    },
  },
  {
    // Round 30: access to the audience as a veiled threat: "eu to no grupo da turma. é só encaminhar",
    // "estou no grupo da escola, basta um clique". Vague alone, so weighed as half a threat.
    id: 'im-in-the-group-one-forward-r30',
    phrases: [
      'to|tou|estou|estamos|tamos|fico ..1 no|na|nos ..1 grupo|grupos|server|servidor|chat ..4 e_so|basta|so_preciso|so_falta|so_tenho_que ..2 encaminhar|reencaminhar|mandar|postar|enviar|partilhar|compartilhar|repassar|clique|clicar|apertar|carregar',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'convite|convites|aviso|avisos|lista|listas|material|materiais|pdf|ficheiro*|arquivo*|documento*|horario|calendario|evento|votacao|enquete|sorteio|rifa|vaquinha|pix_da|kk*|haha*|rsrs*|pergunta|duvida|duvidas|professor*|prof|stor|stora|admin|adm'],
    weight: 2,
    examples: {
      match: ['eu to no grupo da turma. é só encaminhar', 'estou no grupo da tua escola, basta um clique'],
      ignore: ['to no grupo da turma, é só encaminhar o convite', 'estou no grupo da escola, basta mandar a duvida pro professor'],
    },
  },
  {
    // Round 31: the victim's people gathered in a group, however it is worded: "adicionei os teus seguidores todos num grupo",
    // "to montando um grupo com os teus amigos", "ja tem 40 amigos teus no grupo que eu criei".
    id: 'your-people-gathered-in-a-group-r31',
    phrases: [
      'adicionei|juntei|meti|coloquei|botei|pus|adicionando|juntando|a_adicionar|a_juntar ..3 @your|teus|tuas|seus|suas ..1 seguidores|contatos|contactos|amigos|amigas|colegas ..3 [todos|todas] ..1 num|no|em|a|ao|dentro_de ..1 [um|o] grupo|grupos|chat|gc',
      'montando|criando|fazendo|a_montar|a_criar|a_fazer|montei|abri ..1 um|o grupo|grupos|chat|gc ..2 com|so_com|apenas_com ..2 [os|as|todos_os|todas_as] @your|teus|tuas|seus|suas ..1 seguidores|contatos|contactos|amigos|amigas|colegas|familia|familiares|pais',
      '# ..1 [dos] seguidores|contatos|contactos|amigos|amigas|colegas ..1 [teus|tuas|seus|suas] ..3 no|num|dentro_do ..1 grupo|chat|gc ..3 criei|fiz|montei|fiz_pra_ti|fiz_pra_vc|eu_criei|eu_fiz',
    ],
    unless: [REPORTED, HARMLESS, GAMING, DISCUSSION, 'role|cinema|combinar|combinamos|sair|bora|vamos|surpresa|churrasco|aniversario|niver|projeto|projecto|estudo|estudar|explicac*|turma|igreja|catequese|escuteiros|clube|equipa|time|convite|convidar|convidei|jantar|almoco|lanche|sorteio|giveaway|divulgar_a|loja|evento|haha*|rsrs*|kk*'],
    examples: {
      match: ['adicionei os teus seguidores todos num grupo', 'to montando um grupo com os teus amigos', 'ja tem 40 amigos teus no grupo que eu criei', 'montei um grupo so com teus contatos'],
      ignore: ['adicionei os teus amigos todos no grupo da festa', 'to montando um grupo com os teus amigos pro role de sabado', 'ja tem 10 amigos teus no grupo que eu criei pro churrasco', 'criei um grupo com os teus colegas pro trabalho de historia'],
    },
  },
  {
    // Round 32: the images already going out to the victim's contacts: "os prints ja tao com metade da tua lista".
    id: 'already-with-your-contacts-r32',
    phrases: [
      'prints|fotos|nudes|videos|video|foto|pack|conversas|printscreens|screenshots ..3 ja ..1 tao|estao|esta|ta|foram|chegaram|circulam ..3 com|na|nas|no|nos|pra|para|a ..2 metade|parte|todos|todas|meia ..2 [da|de] @your|da_tua|da_sua|dos_teus|dos_seus ..1 lista|contatos|contactos|seguidores|amigos|turma|familia',
      'metade|parte|meia ..2 da|de @your|da_tua|da_sua|dos_teus|dos_seus ..1 lista|contatos|contactos|seguidores|amigos|turma|familia ..2 ja ..1 tem|recebeu|recebeu|viu|viram|receberam ..2 [os|as] prints|fotos|nudes|videos|pack|conversas',
    ],
    unless: ['convite|convites|aniversario|festa|churrasco|rifa|lista_de_presenca|evento|grupo_da_turma|formatura|viagem|ferias|bolo'],
    examples: {
      match: ['as fotos ja tao com metade dos teus seguidores', 'metade da tua lista ja recebeu os prints', 'os nudes ja chegaram a parte da tua familia'],
      ignore: ['as fotos da festa ja tao com metade da tua turma', 'os convites ja foram pra metade da tua lista'],
    },
  },
  {
    // Round 33: a formal "we" demand letter: "Caso não colabore, enviaremos as suas conversas e fotos para o local de trabalho do seu pai".
    id: 'we-will-send-your-files-r33',
    phrases: [
      'caso|se|senao nao|n ..3 enviaremos|mandaremos|divulgaremos|publicaremos|partilharemos|compartilharemos|encaminharemos|exporemos|postaremos|iremos_enviar|iremos_divulgar|iremos_publicar|iremos_partilhar|iremos_compartilhar|iremos_encaminhar ..4 conversas|fotos|fotografias|videos|imagens|prints|mensagens|nudes|conteudo|conteudos|gravacoes',
      'enviaremos|mandaremos|divulgaremos|publicaremos|partilharemos|compartilharemos|encaminharemos|exporemos|postaremos|iremos_enviar|iremos_divulgar|iremos_publicar ..2 @your ..1 conversas|fotos|fotografias|videos|imagens|prints|mensagens|nudes|conteudo|conteudos|gravacoes ..6 pais|pai|mae|familia|escola|trabalho|empresa|chefe|patrao|amigos|contatos|contactos|seguidores|colegas|sef|policia|imigracao|autoridades',
    ],
    unless: [REPORTED, 'por_email|por_e_mail|link|drive|album|evento|visita|formatura|festa|passeio|excursao|sorteio|encomenda|pedido|fatura|recibo|boleto|inscricao|matricula|newsletter|catalogo|orcamento|portfolio|sessao_fotografica|ensaio_fotografico|fotografo'],
    examples: {
      match: ['Caso não pague, enviaremos as suas fotos para a sua escola', 'se nao colaborar iremos divulgar as suas conversas', 'enviaremos suas fotos e conversas para o trabalho da sua mae', 'senao publicaremos os teus videos para todos os teus contactos'],
      ignore: ['Caso não receba, enviaremos as fotos do evento por email', 'enviaremos as fotos da visita de estudo aos pais pelo link', 'caso nao consiga vir, enviaremos as suas fotos da sessao fotografica amanha', 'se nao houver erro enviaremos a fatura'],
    },
  },
  {
    // Round 35: an "or else" with only a pronoun for the media: "faz mais um. senao ele viraliza hoje",
    // "ou paga ou isso vaza", "senão elas vão parar na net". Vaguer than a named nude, so weighed down.
    id: 'or-else-it-goes-viral-r35',
    phrases: [
      'senao|se_nao|caso_contrario|ou|ou_entao ..3 ele|ela|eles|elas|isso|isto|tudo|td|o_video|a_foto|os_videos|as_fotos ..1 viraliza|viralizam|vai_viralizar|vao_viralizar|vaza|vazam|vai_vazar|vao_vazar|cai_na_net|caem_na_net|vai_pra_net|vao_pra_net|vai_parar_na_net|vao_parar_na_net|vai_cair_na_net|vao_cair_na_net|circula|vai_circular|vai_pro_grupo|vao_pro_grupo',
    ],
    unless: [REPORTED, HARMLESS, GAMING, DISCUSSION, 'meme|memes|dancinha|danca|musica|trend|challenge|coreografia|receita|piada|fofoca|segredo_da|surpresa|spoiler|final_da_serie|haha*|rsrs*|kk*'],
    weight: 3,
    examples: {
      match: ['manda outra, senao ele viraliza hoje', 'ou pagas ou isso vaza', 'faz o que eu digo senão elas vão parar na net'],
      ignore: ['posta logo a dancinha senao ela nao viraliza', 'conta logo senao a surpresa vaza', 'ou posta hoje ou o meme nao viraliza kkk'],
    },
  },
  {
    // Round 39: a leak on every ignored message: "cada vez q vc me ignorar mando 1 foto tua pra alguem",
    // "sempre que nao responderes envio um video teu a um contacto teu".
    id: 'each-time-you-ignore-i-send-r39',
    phrases: [
      'cada_vez|toda_vez|sempre|a_cada_vez ..1 que ..3 ignorar|ignorares|ignora|ignoras|ignorou|bloquear|bloqueares|sumir|sumires|demorar|demorares|visualizar|visualizares|deixar_no_vacuo|me_deixar_no_vacuo|nao_responder|nao_responderes|n_responder|nao_me_responder|nao_me_responderes ..3 ' + VERB + ' ..3 foto|fotos|video|videos|print|prints|nude|nudes|conversa|conversas|audio|audios ..1 tua|tuas|teu|teus|sua|suas|seu|seus|de_ti|de_voce|de_vc',
      'cada_vez|toda_vez|sempre|a_cada_vez ..1 que ..3 ignorar|ignorares|ignora|ignoras|ignorou|bloquear|bloqueares|sumir|sumires|demorar|demorares|visualizar|visualizares|deixar_no_vacuo|me_deixar_no_vacuo|nao_responder|nao_responderes|n_responder|nao_me_responder|nao_me_responderes ..3 ' + VERB + ' ..3 @your ..1 foto|fotos|video|videos|print|prints|nude|nudes|conversa|conversas|audio|audios',
    ],
    unless: [REPORTED, HARMLESS, DISCUSSION, GAMING, 'haha*|rsrs*|meme|memes|figurinha*|sticker*|gif|gifs|emoji*'],
    weight: 5,
    examples: {
      match: ['toda vez que me ignorares envio uma foto tua a um amigo teu', 'sempre que vc nao me responder eu posto um video seu no grupo', 'cada vez que me bloqueares mando as tuas fotos a mais alguem'],
      ignore: ['cada vez que me ignorar mando um meme kkk', 'toda vez que vc some eu mando foto do meu gato', 'sempre que me ignoras mando figurinha tua haha'],
    },
  },
  {
    // Round 39: "salvei a live q tu fez pra mim. quer q eu mande pros moleque do futsal?": a saved
    // recording, then an offer to pass it on to any group, however it is named.
    id: 'saved-it-want-me-to-send-r39',
    phrases: [
      'salvei|gravei|printei|guardei|tirei_print|tirei_prints|fiz_print ..6 quer|queres|vc_quer|tu_queres ..1 que ..1 [eu] mande|mostre|envie|poste|espalhe|encaminhe|passe|reencaminhe|partilhe|compartilhe ..3 pra|para|pro|pros|pras|ao|aos|as',
      'salvei|gravei|printei|guardei ..2 live|chamada|videochamada|call|video|videos|foto|fotos|nude|nudes|conversa|conversas|audio|audios ..6 quer|queres|vc_quer|tu_queres ..1 que ..1 [eu] mande|mostre|envie|poste|espalhe|encaminhe|passe|reencaminhe|partilhe|compartilhe ..3 pra|para|pro|pros|pras|ao|aos|as',
    ],
    unless: [REPORTED, HARMLESS, FRIENDLY, DISCUSSION, 'final|torneio|lance|lances|golos|gols|fifa|minecraft|roblox|fortnite|free_fire|receita*|musica|show|concerto|palestra|aula|treino|jogo|gol|golo|golaco|partida|campeonato|filme|serie|episodio|jantar|almoco|festa|casamento|batizado|formatura|apresentacao|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['salvei o video q vc me mandou, quer q eu mostre pra galera da escola?', 'gravei a nossa chamada. queres que eu envie aos teus amigos?', 'printei tudo, quer que eu mande pros teus primos?', 'gravei a chamada q a gente fez ontem, queres q eu envie aos teus colegas?'],
      ignore: ['gravei o jogo todo, quer que eu mande pro teu pai?', 'salvei a receita, quer que eu mande pra tua mae?', 'printei o horario, quer que eu mande pro grupo?', 'gravei a final de futsal, quer q eu mande pros moleque?'],
    },
  },
] satisfies PatternEntry[];
