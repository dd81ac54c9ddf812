import type { PatternEntry } from '../../schema';

const PIX = ['um|o|no|via|por|pelo|meu|teu|seu|esse|do pix|pics ..2 [de|no_valor_de] #', 'um|o|no|via|pelo|esse|do pix|pics ..4 @money|@currency|agora|hoje|pagar|pagamento|comprovante|comprovativo|chave'];
const SCHOOL = 'trabalho|trabalhos|tpc|dever|deveres|tarefa|exercicio*|licao|caderno|prova|teste|atestado|documento*|comprovante|comprovativo|boleto|recibo|fatura|factura|viagem|festa|passeio|excursao|jogo|bike|bicicleta|carro|moto|produto|anuncio|pneu|quadro|grupo|turma|prof*|professor*|drive|cachorro|cao|gato|bolo|comida|meme*|print*|boletim|nota|notas|horario|horarios|agenda|calendario|cardapio|menu|lista|receita|mapa|resumo|materia|apontamentos';

export default [
  {
    id: 'send-nudes',
    phrases: [
      '@send|quero|queria|tira|tire|grava|grave|faz|faca ..3 nude*|nudes|nud|nuds|pack|packs|nudez|peladinha*',
      '@send|quero|queria|tira|tire|tiras|grava|grave ..3 @photo ..3 @bodysex',
      '@send|quero|queria|tira|tire|grava|grave|faz|faca ..3 @photo ..3 @undressed',
      '@send ..2 mais|outra|outro ..5 @undressed',
      '@send ..4 [mas] dessa_vez|desta_vez|agora|so_que ..2 @undressed',
      '@send [me] [so|agora] uma|umas|um|uns|so_uma|so_um ..2 @undressed',
      'mostra|mostre|mostras|mostrar|ver|ve|deixa_ver|quero_ver|queria_ver ..3 [o|a|os|as|teu|tua|seu|sua|teus|tuas|seus|suas] @body',
      'mostra|mostre|mostras|mostrar [me|pra_mim|para_mim|pra_eu] ..2 @undressed',
      'quero|qro|kero|queria|deixa|deixa_me|gostava|gostaria|adorava|adoraria ..2 te|ti ver ..2 @undressed',
      'quero|qro|kero|queria|deixa|deixa_me|gostava|gostaria|adorava|adoraria ..1 [de] ver ..1 te|ti|vc|voce|tu ..2 @undressed',
      'quero|qro|kero|queria|deixa|deixa_me ver ..4 corpo_inteiro|de_corpo_inteiro|teu_corpo|seu_corpo|corpinho',
      'mostra|mostre|mostras|mostrar|mostrares ..4 corpo_inteiro|de_corpo_inteiro|corpo_todo|corpinho|teu_corpo|seu_corpo',
      'mostrar|mostra|mostras|mostres|mostrares|ver ..3 barriga|barriguinha|umbigo|pernas|pernocas|coxa ..3 cam|camera|camara|webcam|video|chamada|videochamada|foto|pra_mim|para_mim',
    ],
    unless: ['vo|vovo|avo|avozinha|vozinha|mae|mamae|tia|madrinha ..1 pediu|quer|precisa|mandou ..6 vcs|voces|vos|se_serve|se_servem|se_cabe', 'atleta|fitness|musculo*|academia|ginasio|treino|treinador|postura|alongamento*|fisioterap*|personal|shape|desenho|escultura|maquete', 'li_que|vi_que|noticia|noticias|jornal|reportagem|medo|perigoso|perigosa|falsos|falsas|qualquer_pessoa|se_alguem|caso_alguem|palestra|sextorsao'],
    examples: {
      match: ['gostava de te ver de lingerie', 'adorava ver-te sem roupa', 'manda aquela foto de ontem, mas dessa vez sem a camisa 😏', 'qro ver vc pelada', 'mostra os peitinhos', 'mostra como tu és de corpo inteiro', 'mas vc tem que me mostrar a barriga na cam', 'manda nudes', 'quero ver vc sem roupa', 'agora manda uma sem nada', 'manda-me uma de lingerie', 'manda umas fotos sem roupa', 'manda mais uma, mas desta vez sem roupa', 'mostra o teu corpo', 'quero ver teus peitos', 'tira uma foto de calcinha pra mim', 'envia-me um video pelada', 'manda uma foto sua de biquini', 'manda o pack'],
      ignore: ['mostra o teu corpo todo na chamada, o treinador quer ver a postura', 'li que a IA agora faz nudes falsos de qualquer pessoa, que medo', 'mostra o teu corpo de atleta no instagram, ta top', 'manda a foto da viagem', 'mostra o teu trabalho', 'a foto ficou nua de cor kk', 'mostra o caminho', 'vó pediu pra mandar foto de vcs de roupa de banho nova pra ela ver se serve'],
    },
  },
  {
    id: 'turn-camera-on',
    phrases: [
      'liga|ligue|ligas|abre|abra|abres|ativa|ative|acende|ligar|abrir [a|o|ai|la|tua|sua|essa] [tua|sua] cam|camera|camara|webcam|cam_ai|video',
      // "liga lá a câmara só um bocadinho", "abre aí a tua cam".
      'liga|ligue|ligas|abre|abra|abres|ativa|ative|acende la|ai|entao|so|logo ..1 [a|o|tua|sua|essa] [tua|sua] cam|camera|camara|webcam',
      'quero|qro|kero|queria|deixa|deixa_me|me_deixa ..1 te|ti ver ..2 cam|camera|camara|webcam|video|agora|ao_vivo|vivo|live',
      'mostra|mostre|mostras|mostrar ..1 te|se|ti ..3 cam|camera|camara|webcam|video|videochamada|chamada|pra_mim|para_mim',
      'aparece|aparecas|aparecer ..2 cam|camera|camara|webcam ..2 pra_mim|para_mim|so_pra_mim|rapidinho|agora',
      'me_mostra|mostra_me|mostra|mostre ..1 [pra_mim|para_mim] vc|voce|tu|o_teu_rosto|a_tua_cara|o_seu_rosto|a_sua_cara ..2 [agora|ao_vivo|na_cam|na_camera|na_camara|rapidinho]',
      // The camera as the condition of an offer: "dou-te um cartão se ligares a câmara".
      'se|caso ..2 ligares|ligar|abrires|abrir|ativares|ativar ..1 [a|o|tua|sua] cam|camera|camara|webcam ..3 [pra|para] [mim|eu_ver|te_ver]',
    ],
    // Round 27: a clinic's reminder ("clique no link 5 minutos antes e ligue a câmera") and a gamer's "câmera não precisa, só o mic".
    // Round 28: a parent checking on dinner ("liga a câmera rapidinho, quero ver se jantou").
    unless: ['se_jantou|se_jantaste|se_almocou|se_almocaste|se_comeu|se_comeste|se_lanchou|se_lanchaste|se_tomou_o_remedio|se_tomaste_o_remedio|se_escovou|se_escovaste|se_arrumou|se_arrumaste', 'minutos_antes|responsavel_presente|responsavel_esteja|responsavel_estar|acompanhante', 'so_o_mic|so_o_microfone|so_mic|so_microfone|so_audio|so_o_audio|so_a_voz|so_voz', 'pode ..1 liga|ligo|ligamos ..2 cam|camera|camara ou_nao', 'teleconsulta|consulta|videoconsulta|medico|medica|clinica|hospital|enfermeir*|utente|paciente|cartao_de_cidadao|cartao_do_sus', 'como|comu|nao_sei ..1 [se|que|q] liga|ligo|ligar|abre|abro|abrir|ativa|ativo|ativar ..2 cam|camera|camara|webcam', '@you liga|ligas|ligue|abre|abres|abra ..3 cam|camera|camara|webcam ..1 que|pq|porque|ja_que eu nao sei|consigo|percebo', 'cam|camera|camara|webcam ..3 a_gente|vamos|bora|pra_gente|pra_nos ..2 ensaiar|estudar|treinar|jogar|assistir|fazer_o_trabalho|fazer_o_tpc|rever_a_materia', 'cortaste_o_cabelo|corte_de_cabelo|cabelo_novo|oculos_novos|aparelho_novo|trabalho|grupo|turma|aula|escola|projeto|projecto|reuniao|prof*|professor*|apresenta*|chamada_da_escola|pessoal|galera|familia|todo_mundo|toda_a_gente|todos|jogo|stream*|live_do|estudar|estudo|a_prova|na_prova|da_prova|uma_prova|de_prova|prova_de|prova_online|teste|exame|caderno|cadernos|livro|manual|calculadora|quadro|folha|ficha|explicacao|explicacoes|explicador|explicadora|duvida|duvidas|questao|exercicio*|materia|tpc|licao', 'que|q ..3 ta|esta|estao|tao|chegou|chegaram aqui', 'mostrar_te|te_mostrar|pra_veres|pra_tu_veres|pra_vc_ver|para_veres', 'vo|vovo|avo|avos|bisavo|madrinha|padrinho|netinha|netinho', 'pra|para|pa ..1 [a|o|os|as|tua|teu|sua|seu] mae|pai|tia|tio|prima|primo|familia|mamae|papai ..2 ver|veres|te_ver|ver_te', 'derrota|setup|teclado|monitor|headset|placar|perdedor|noob|cara_de_derrota|cara_de_perdedor', 'cam|camera|camara|webcam ..2 e|pra|para|pa ..1 mostra|mostras|mostrar|mostre|mostrares|ver|veres ..1 o|a|os|as|aquele|aquela ..1 cao|cachorro|cadela|cachorrinho|caozinho|gato|gata|gatinho|gatinha|bebe|peixe|papagaio|coelho|hamster|pet|bicho|bichinho|quadro|desenho|bolo|jardim|casa_nova|presente|prenda|mano|mana|irma|irmao|sobrinho|sobrinha|neto|neta', 'cam|camera|camara|webcam ..1 e|pra|para|pa ..1 mostra|mostras|mostrar|mostre|mostrares ..1 o|a|os|as|aquele|aquela', 'tela|ecra|ecran|screen|screenshare|partilhar_o_ecra|partilha_o_ecra|partilha_de_ecra|compartilhar_tela|compartilha_a_tela|compartilhar_a_tela', 'no|na|pelo|pela|do|da|google ..1 meet|zoom|teams|classroom|moodle|sala_virtual|videoaula|aula_online'],
    // Round 33: a classmate in a school video call ("mano liga a câmera no meet").
    examples: {
      match: ['entao prova, liga a camera agora', 'prova que me amas e liga a câmara', 'dou-te um cartão de 50 euros da playstation se ligares a câmara', 'liga lá a câmara só um bocadinho, quero ver-te', 'abre ai a tua cam rapidinho', 'mostra-te na câmara', 'me mostra vc agora', 'aparece na cam pra mim', 'liga a cam, quero te ver', 'entao liga a camera agora', 'abre a camera', 'liga a tua webcam', 'quero te ver na cam'],
      ignore: ['liga a câmera rapidinho, quero ver se jantou direito', 'liga a camara, quero ver se comeste a sopa toda', 'na quinta liga a câmara e tem o caderno à mão', 'liga a camera amanha que temos prova de historia', 'pode. liga a camera ou nao?', 'vc liga a camera que eu nao sei', 'liga a camera que a gente vai ensaiar a coreografia', 'Olá, a sua teleconsulta é às 15h. No horário, ligue a câmara e tenha o cartão de cidadão consigo.', 'como liga a camera?', 'liga a camara e mostra o Bobi', 'abre a camera e mostra o gato pra vó', 'liga a camera pra eu ver tua cara de derrota depois', 'liga a cam no discord pra eu ver tua tela', 'abre a camara e partilha o ecra pra eu ver o erro', 'se ligares a camara na aula o prof da presenca', 'mano liga a cam no zoom', 'abre a camera pelo teams', 'liga a camera senão não acredito que cortaste o cabelo kkk', 'liga a camera que eu to com duvida na questao 3', 'liga a câmera na chamada do trabalho de grupo, o prof quer ver todo mundo', 'liga a camera que a aula vai começar', 'a camera do meu cel quebrou', 'liga a camera q ele ta aqui', 'liga a câmara que a avó está aqui', 'liga lá a câmara, o prof quer ver todos', 'abre a camera pra te mostrar o cachorro', 'liga a câmera pra vó te ver', 'liga a camera pra tua tia te ver', 'mostra o teu desenho na camera', 'Entre na sala virtual 10 minutos antes e ligue a câmera, com um responsável presente.', 'entrando, liga a camera nao precisa, so o mic', 'abre a cam nem precisa, so o audio ta bom'],
    },
  },
  {
    id: 'photo-of-you',
    phrases: [
      '@send ..3 [uma|umas|mais_uma|outra|a|uma_outra] @photo [tua|sua|tuas|suas|teu|seu] ..1 [de] [vc|voce|ti|tu|corpo_inteiro|do_teu_corpo|do_seu_corpo|de_corpo_inteiro] ..2 agora|hoje|sozinha|sozinho|deitada|deitado|no_quarto|na_cama|no_banho|no_espelho|de_pijama|so_pra_mim|pra_mim_so',
      '@photo tua|tuas|sua|suas|teu|seu|de_vc|de_voce|de_ti ..3 pra|para mim|eu ver',
      '@send ..2 @photo tua|tuas|sua|suas|de_vc|de_voce|de_ti',
      'umas|uma|por|pra|para @photo tua|tuas|sua|suas|teus|seus|de_vc|de_voce|de_ti',
      'quero|qro|kero|queria|preciso|precisamos|precisava|queremos ..3 @photo tua|tuas|sua|suas|teus|seus|de_vc|de_voce|de_ti|de_corpo_inteiro|do_teu_corpo|do_seu_corpo',
      '@send|quero|queria|tira|tire|tiras ..3 @photo ..1 do|da|de ..1 teu|seu|tua|sua ..1 corpo|corpinho|rosto|cara|carinha',
      'tira|tire|tiras|faz|faca ..2 selfie|foto|fotinha|video ..2 pra|para mim|so_pra_mim',
      '@send ..3 @photo ..3 de_agora|agora_mesmo|ao_vivo ..4 pra|para ..2 saber|ver|provar|confirmar ..2 que',
      'quero|qro|kero|queria|deixa_eu|deixa_me ver ..1 @your|essa|esse|a_tua|o_teu|a_sua|o_seu ..1 rosto|rostinho|cara|carinha|sorriso|corpinho ..1 [linda|lindo|lindinha|lindinho|ao_vivo|agora|de_perto]',
      'quero|qro|kero|queria|deixa_eu|deixa_me ver ..1 mais ..1 de ..1 vc|voce|ti|tu',
      'tira|tire|tiras ..2 selfie|foto|fotinha ..2 e ..1 manda|mande|envia|envie|mandas',
      'tira|tire|tiras uma|umas ..2 e ..1 [me] manda|mande|envia|envie|mandas|mandes',
      'faz|faca|fazes ..2 selfie|selfies|foto|fotinha ..2 e ..1 [me] manda|mande|envia|envie|mandas',
      'mostra|mostre|mostras ..1 me|pra_mim|para_mim ..1 como ..1 [@you] estas|tas|ta|esta|es|ficas|fica ..1 [agora|hoje|vestida|vestido|ai]',
      'mostra|mostre|mostras ..2 [a|o|tua|teu|sua|seu] cara|rosto|carinha|rostinho [agora|ai|toda|pra_mim]',
      'quero|qro|kero|queria|deixa_eu|deixa_me|preciso ver ..1 como ..1 @you|tu ..1 [e|es|eh|ta|tas|esta|estas|fica|ficas|de_verdade|pessoalmente|na_real]',
      'quero|qro|kero|queria|deixa_eu|deixa_me|preciso ver ..1 como ..1 es|e|eh ..1 de_verdade|pessoalmente|na_real|ao_vivo|fisicamente|de_corpo',
      '@send ..2 uma|umas|foto|fotos|fotinha|video ..1 de_corpo_inteiro|do_corpo_todo|de_corpo_todo|de_corpinho|do_corpinho|de_perto|de_agora',
    ],
    // Round 28: the school's own request ("uma foto tua para o jornal da escola e a autorização assinada pelos pais").
    unless: ['jornal_da_escola|jornal_escolar|jornal_do_colegio|site_da_escola|anuario|autorizacao_assinada|autorizacao_dos_pais|autorizacao_do_encarregado|assinada_pelos_pais|assinada_pelo_encarregado|assinada_pelos_encarregados|3x4|carteirinha|cartao_de_estudante|entrega_do_premio|entrega_dos_premios|cerimonia_de_entrega', 'pro|pra|para_o|para_a|ao ..1 teu|tua ..1 avo|avos|vo|vovo|tia|tio|madrinha|padrinho|bisavo ..1 ver', 'nao_manda|nao_mandes|nao_mande|nunca_manda|nunca_mandes|nunca_mande|nao_envies|nunca_envies', SCHOOL, ...PIX, 'figurino*|figurinista|traje|trajes|farda|costureira|bainha|barra_da|ajuste|ajustes|ensaio_geral', 'roupa_nova|look|outfit|vestido|cabelo|corte_de_cabelo|unhas|oculos|ficha|clube|inscri*|federacao|formulario|cartao_de_socio|carteirinha', 'com|de ..2 uniforme|camisola|camisa|medalha|trofeu|diploma|fantasia ..1 novo|nova|do_time|do_clube|da_equipa|da_escola', 'com_a_medalha|com_o_trofeu|com_o_diploma|com_o_uniforme|com_a_fantasia', 'estudando|a_estudar|cozinhando|a_cozinhar|treinando|a_treinar', 'cara|carinha ..1 de ..1 sono|derrota|choro|tedio|fome|cansad*', 'pra|para|pa ..1 [a|o] vo|vovo|avo|avos|bisavo|madrinha|padrinho ..2 ver|matar|mostrar|guardar'],
    weight: 2,
    examples: {
      match: ['faz uma selfie e manda-me', 'mostra-me como estás agora', 'mostra lá a cara', 'tira uma e me manda', 'quero ver essa carinha linda', 'quero ver como vc é', 'manda uma de corpo inteiro', 'manda uma foto de agora pra eu saber que é vc mesmo', 'quero ver teu rosto, tira uma selfie e manda', 'deixa eu ver mais de vc', 'manda uma foto sua', 'manda foto do teu corpo', 'manda uma foto da tua cara', 'quero mais videos teus', 'manda uma fotinha tua agora', 'envia-me uma selfie tua', 'quero uma foto tua', 'precisamos de fotos tuas de corpo inteiro', 'tira uma selfie pra mim'],
      ignore: ['Para a entrega do prémio precisamos de uma foto tua para o jornal da escola e da autorização assinada pelos pais.', 'manda foto tua com o figurino completo pra eu ver se a saia ficou no tamanho certo', 'mostra a cara do cão', 'mostra-me como estás a fazer o exercicio', 'quero ver como vc é no jogo', 'manda uma de corpo inteiro pra ficha do clube', 'manda foto no espelho da roupa nova', 'me manda uma foto sua com o uniforme novo', 'e manda uma foto sua de uniforme novo', 'manda uma foto tua com a medalha', 'manda uma foto da tua cara pro documento da escola', 'manda a foto do trabalho de casa', 'manda as fotos da viagem pra mim', 'manda mais fotos da bike', 'manda o print', 'sim quero ver tua cara de sono', 'liga a camera pra gente ver tua cara de derrota', 'Manda uma foto da praia aí um dia, quero ver como é'],
    },
  },
  {
    id: 'photo-in-private-setting',
    // Where and how: a mirror selfie, in bed, in the bath, "just for me".
    phrases: [
      '@send|tira|tire|tiras|quero|queria ..4 @photo ..4 no_espelho|ao_espelho|mirror|no_mirror|na_cama|deitada|deitado|no_banho|na_banheira|de_pijama|so_de_toalha|de_toalha|so_pra_mim|so_para_mim|pra_mim_so|acabada_de_acordar|acabado_de_acordar',
    ],
    unless: ['academia|ginasio|na_academia|no_ginasio|gym', SCHOOL, ...PIX, 'cara_de_sono|carinha_de_sono|cara_amassada|olheiras|pijamada|look|outfit|roupa|roupas|vestido|cabelo|corte|maquiagem|maquilhagem|make|unhas|oculos|tatuagem|piercing|quarto_novo|cao|gato|cachorro|gatinho|cachorrinho|bebe|irma|irmao|prima|primo|avo|vo|vovo|bisavo'],
    weight: 3,
    examples: {
      match: ['send me uma pic sua no mirror', 'manda uma foto tua ao espelho', 'tira uma selfie deitada pra mim', 'quero uma foto tua na cama'],
      ignore: ['manda foto no espelho do look de hoje', 'manda uma foto do gato na cama', 'tira uma foto do vestido no espelho'],
    },
  },
  {
    id: 'film-yourself-undressing',
    phrases: [
      '@send|grava|grave|gravas|faz|faca|tira|tire ..3 video|videos|videozinho|foto|fotos|fotinha|selfie ..3 tomando_banho|no_banho|a_tomar_banho|no_chuveiro|debaixo_do_chuveiro|se_trocando|te_trocando|a_trocar_de_roupa|trocando_de_roupa|a_despir_te|se_despindo|te_despindo|saindo_do_banho|a_sair_do_banho',
    ],
    // Round 27: a sibling's tease about a silly video ("vou mandar pra mãe aquele vídeo teu cantando no chuveiro").
    unless: ['cachorro|cao|gato|gatinho|cachorrinho|bebe|sobrinho|sobrinha|irmaozinho|irmazinha|passaro|papagaio|hamster|coelho|cavalo', 'cantando|a_cantar|cantar|cantoria|dancando|a_dancar|dancinha|karaoke', 'vou|vo|ja|eu ..1 mandar|mando|enviar|envio|mostrar|mostro ..2 pra|para|a|ao|pro ..1 [tua|sua|a] mae|pai|mamae|papai|mana|mano|vo|avo|vovo|tia|tio|familia'],
    examples: {
      match: ['manda um video tomando banho', 'grava um video se trocando pra mim'],
      ignore: ['manda um video do cachorro tomando banho', 'manda foto do bebe no banho', 'vou mandar pra tia o video de vc cantando no chuveiro kkk', 'grava um video teu a dancar no chuveiro, e pro tiktok', 'ja mando pra mamae a foto de vc saindo do banho de pijama novo'],
    },
  },
  {
    id: 'call-when-alone',
    phrases: [
      'videochamada|chamada_de_video|call|facetime|cam|camera|camara|webcam|ligar_te|te_ligar ..6 sozinha|sozinho|no_quarto|na_cama|no_banho|deitada|deitado|de_pijama|quando_os_teus_pais|quando_teus_pais|quando_seus_pais',
      'quando|se ..1 estiveres|estiver|ficares|ficar|tiver|tiveres ..2 sozinha|sozinho|no_quarto|na_cama|no_banho ..6 videochamada|chamada_de_video|call|facetime|cam|camera|camara|webcam|liga|ligar|ligo',
    ],
    unless: ['trabalho|grupo|turma|aula|escola|projeto|projecto|reuniao|prof*|professor*|familia|avo|vovo|tia|tio|mae|pai|estudar|estudo|prova|teste|exame|duvida|duvidas|questao|exercicio*|materia|tpc|licao|jogo|jogar|partida|filme|serie'],
    weight: 2,
    examples: {
      match: ['posso te ligar por videochamada quando estiveres sozinha no quarto?', 'quando ficares sozinha liga a cam'],
      ignore: ['faz videochamada com a avó, ela ta sozinha', 'liga a cam quando estiveres sozinha pra estudar pra prova'],
    },
  },
  {
    id: 'send-a-pic',
    phrases: [
      '@send [me|pra_mim|para_mim] [uma|umas|mais|mais_uma|outra|uma_outra|um|uns] foto|fotos|fotinha|fotinhas|fts|ft|fotu|selfie|selfies|pic|pics|video|videos|videozinho',
      '@send [me|pra_mim|para_mim] aquela|aquelas|aquele|aqueles foto|fotos|fotinha|fotinhas|selfie|selfies|pic|pics|video|videos|videozinho ..2 que|q ..1 [eu] te|lhe ..1 pedi',
      // Round 38: a picture already talked about: "amanha manda aquela foto", "vc me manda aquelas fotos".
      '@send [me|pra_mim|para_mim] aquela|aquelas|aquele|aqueles|essa|essas|aquelas_tuas|aquelas_suas foto|fotos|fotinha|fotinhas|fts|selfie|selfies|pic|pics|video|videos|videozinho',
      'mais uma|umas foto|fotos|fotinha|selfie|video|pic|pics',
      'quero|qro|kero|queria|deixa_me|preciso ver te|ti|vc|voce',
      'quero|qro|kero|queria|preciso te|ti ver',
      'preciso|precisava|queria|quero de ver te|ti',
      'mostra|mostras|mostre [me] mais',
      'cade|kd|cadee|onde_estao|onde_esta ..2 @photo',
      'outra foto|fotinha|selfie|pic|pic*',
      // "manda mais uma" (in context, a picture).
      '@send ..1 mais_uma|outra|mais_umas|umas_mais ..1 [vai|pf|pfv|por_favor|agora|ai|la|so|rapidinho|pra_mim]',
    ],
    unless: ['progresso|evolucao|comparar|antes_e_depois|academia|ginasio|shape', 'pro|pra|para_o|para_a|ao ..1 teu|tua ..1 avo|avos|vo|vovo|tia|tio|madrinha|padrinho|bisavo ..1 ver', 'de_onde|onde_tas|onde_ta|onde_estas|onde_esta|se_e_seguro', 'localizacao|ou_localizacao|ou_a_localizacao|pin|mapa|maps|fugiu|perdido|perdida|desaparecido|desaparecida', SCHOOL, ...PIX, 'papel|folha|erraste|errou|onde_erraste|onde_errou|resolucao|resolveste|resolveu|fansign|fansigns|pagina|paginas|livro|livros|cartao|cartoes|nif|iban|contrato|figurino*|bilhete|formulario|erro|erros|bug|bugs', 'da|do|das|dos festa|viagem|jogo|praia|passeio|aniversario|formatura', 'travao|travoes|pneu|pneus|roda|rodas|selim|ecra|tela|bateria|caixa|etiqueta|defeito|defeitos|risco|riscos|arranhao|arranhoes|detalhe|detalhes|medidas|artigo|peca|pecas|marca|fatura|garantia|cabelo|look|outfit|roupa_nova|vestido|uniforme|medalha|trofeu|diploma|fantasia|unhas|oculos|corte|maquilhagem|maquiagem|make|tatuagem|piercing|aparelho|sapatos|tenis|tenis|quarto_novo|cao|gato|cachorro|gatinho|cachorrinho|prenda|presente|bolo', 'dele|dela|deles|delas|sola|solas|etiqueta|embalagem|bebe|bebezinho|sobrinho|sobrinha|neto|neta', 'agachamento*|postura|tecnica|corrigir|correcao|treinador|coach|personal|fisio*|alongamento*|remate|chute|drible', 'mensagem|msg|mensagens|audio|audios|link|musica|meme|memes|pergunta|questao|pizza|cerveja|rodada|partida|fatia|vez|tentativa', 'laterais|lateral|traseira|verso|frente_e_verso', 'passaporte|rg|cpf|identidade|cartao_de_cidadao|cnh|carteirinha|certidao|visto|bilhete_de_identidade', 'de_voces|de_vcs|voces_juntos|vcs_juntos|todos_juntos|da_familia|em_familia|cenario|iluminacao|dos_dois|das_duas|de_ambos|de_ambas|dos_tres|das_tres|das_opcoes|das_duas_opcoes', 'mancha|manchas|ferida|ferimento|joelho|cotovelo|queimadura|picada|picadas|alergia|inchaco|inchado|inchada|hematoma|nodoa|borbulha*|espinha*|dra|doutor|doutora|medico|medica|consulta|pediatra|farmacia|dermatologista|enfermeir*|rascunho|slide|slides|cartaz|capcut|dueto|edicao|aprendendo|a_aprender|como_e_que|como_se_faz|clipe|entrada|estacionamento|portao|shopping|quando_chegar|quando_chegares|onde_vc_ta|onde_estas|onde_tu_ta'],
    weight: 1,
    examples: {
      match: ['manda mais uma', 'preciso de ver-te', 'manda uma foto', 'envia-me uma selfie', 'manda mais fotos', 'mais uma foto vai', 'manda pic', 'e manda aquela foto que te pedi', 'envia aquele video que eu te pedi', 'depois me manda aquelas fotinhas', 'envia-me essas fotos hoje a noite'],
      ignore: ['manda foto do que fizeste, quero ver onde erraste', 'mae manda foto do teu passaporte q eu preciso pro visto', 'manda foto dos dois', 'Pode me mandar uma foto de vocês juntos, qualquer uma, pra eu pensar a luz e o cenário?', 'escreve numa folha o nome da fanbase e manda foto', 'manda foto das paginas do livro q eu esqueci o meu', 'preciso do teu cartão de cidadão e do NIF, podes mandar foto aqui', 'Pode mandar fotos das laterais e da parte de trás?', 'manda mais uma mensagem no grupo', 'manda mais uma pizza', 'manda um video do teu agachamento pra eu corrigir a postura', 'me manda uma foto com o uniforme novo', 'manda as fotos da viagem pra mim', 'Mandem uma foto do trabalho de casa', 'manda no grupo', 'pode mandar mais fotos do travão?', 'manda uma foto dos riscos do ecrã', 'manda mais fotos do pneu', 'manda um pix de 20', 'me manda o pix agora', 'pode mandar mais fotos dele? da sola', 'manda foto do boletim', 'tia manda foto do bebe', 'manda aquela foto da festa no grupo', 'me manda aquelas fotos do trabalho de ciencias'],
    },
  },
  {
    id: 'record-for-me',
    phrases: [
      'grava|grave|gravas|faz|faca|manda ..2 um|uns video|videos|videozinho|audio|audios ..3 pra|para mim ..3 danca*|dancando|rebolando|tomando|no_banho|sem|de_calcinha|de_cueca|deitada|deitado|na_cama',
      'grava|grave|gravas|faz|faca|manda ..2 um|uns video|videos|videozinho ..2 teu|tua|seu|sua|de_vc|de_ti|so_pra_mim',
    ],
    unless: [SCHOOL, ...PIX, 'agachamento*|postura|tecnica|treino|treinador|coach|personal|fisio*|corrigir|correcao|avaliacao|remate|chute|saque|drible|salto|flexoes|abdominais|coreografia|ensaio|musica|instrumento|violao|guitarra|piano|apresentacao|audicao|casting_da_escola'],
    examples: {
      match: ['grava um video pra mim dançando', 'faz um videozinho só pra mim', 'manda um video teu'],
      ignore: ['grava um video do trabalho', 'faz um video pro grupo', 'manda o video da festa', 'manda um video do teu agachamento pra eu corrigir a postura antes do treino', 'grava um video teu a tocar a musica pro ensaio'],
    },
  },
  {
    // "prove you're real": a verification selfie or cam ("manda uma selfie com 3 dedos", "só assim acredito").
    id: 'prove-its-you',
    phrases: [
      '@send|tira|tire|tiras|faz|faca ..3 selfie|selfies|fotinha|video|videozinho|foto_tua|foto_sua|uma_foto ..4 dedo|dedos|joinha|papel|folha|meu_nome|o_meu_nome|teu_nome|a_data|data_de_hoje|lingua|piscar|piscando|acenar|acenando',
      '@send|tira|tire|tiras|liga|ligue|abre|abra ..3 selfie|foto|fotinha|video|cam|camera|camara|webcam ..6 so_assim|so_entao|ai_sim|pra|para|senao|se_nao ..2 acredito|acreditar|acreditares|acreditarem|provar|provares|confirmar|confirmares|saber_que|ver_que|ter_certeza',
      'prova|provar|provares|prove|comprova|comprovar ..2 que|q ..2 [e|es|eh|ta|tas|esta|estas|existe|existes] ..1 real|mesmo|mesma|de_verdade|tu_mesma|tu_mesmo|vc_mesma|vc_mesmo|voce_mesma|voce_mesmo|quem_dizes|quem_diz ..6 @send|selfie|foto|fotinha|video|cam|camera|camara|webcam|liga',
      'como|q|que ..2 sei|saber|sabe ..1 que|q ..2 es|e|eh ..1 [tu|vc|voce] ..1 mesmo|mesma|real|de_verdade ..6 @send|selfie|foto|fotinha|video|cam|camera|camara|webcam|liga',
    ],
    unless: ['exercicio*|questao|questoes|caderno|tpc|licao|equacao|corrijo|corrigir|resolucao', 'banco|conta_bancaria|app_do_banco|documento*|cartao_de_cidadao|rg|cpf|identidade|passaporte|nif|cadastro|verificacao_da_conta|inscri*|formulario|prof*|professor*|presenca|chamada_da_aula|trabalho|grupo|turma|dentista|medico', 'haha*|rsrs*|kk*'],
    weight: 3,
    examples: {
      match: ['então manda uma selfie agora com 3 dedos levantados, só assim acredito', 'tira uma selfie segurando um papel com o meu nome', 'liga a cam senão não acredito que és real', 'prova que és real, manda uma foto agora', 'como sei que és tu mesmo? manda uma selfie', 'manda um video a acenar pra eu saber que é vc', 'faz uma foto com o joinha pra provar'],
      ignore: ['manda uma selfie com o documento pra verificação da conta do banco', 'tira foto do papel com o meu nome que eu deixei na mesa', 'manda foto com 3 dedos kkk', 'prova que és real? sou eu, a tua prima'],
    },
  },
  {
    // A full-body photo or "more of you" from someone who is not a club, form or shop.
    id: 'full-body-more-of-you',
    phrases: [
      '@send|tira|tire|tiras|quero|queria ..3 foto|fotos|fotinha|fotinhas|selfie|video|pic|pics ..2 [de|do|da] corpo_todo|corpo_inteiro|corpinho|inteira|inteirinha|toda|todinha ..2 [por_favor|pra_mim|agora|hoje]',
      '@send ..3 print|prints|printscreen|screenshot ..2 do|da ..1 @your|teu|tua ..1 corpo|corpinho|rosto|cara|barriga',
      'quero|qro|kero|queria|quer ver ..1 mais ..1 [de] vc|voce|ti|tu ..3 @send|foto|fotos|fotinha|selfie|video|cam|camera|camara|corpo|por_favor',
    ],
    unless: ['corpo_de_baile|corpo_docente|corpo_de_bombeiros|corpo_do_texto|horario|ficha|clube|inscri*|federacao|formulario|cartao_de_socio|carteirinha|uniforme|fantasia|vestido|look|outfit|roupa|roupas|casting_oficial|escola|turma|prof*|professor*|treino|fisioterap*|medico|nutricionista|personal|academia|ginasio|postura|avaliacao', 'mae|pai|avo|vo|vovo|tia|tio|madrinha|padrinho|irma|irmao|prima|primo|saudade*'],
    weight: 3,
    examples: {
      match: ['manda um print do teu corpo no espelho', 'voce e muito bonita menina, eu quero ver mais voce, manda foto corpo todo por favor', 'manda uma foto de corpo todo pra mim', 'tira uma foto inteirinha pra mim agora', 'queria ver mais de ti, manda uma fotinha'],
      ignore: ['manda um print do teu corpo de baile no site, não, do horário', 'manda foto de corpo inteiro pra ficha do clube', 'manda uma foto de corpo todo com o vestido novo', 'a tua avo quer ver mais de ti, manda fotos, tem saudades', 'o personal quer foto de corpo inteiro pra avaliação'],
    },
  },
  {
    // "mostra-me o que tens debaixo da camisola", "quero ver o que está por baixo da toalha".
    id: 'under-the-clothes',
    phrases: [
      'mostra|mostre|mostras|mostrar|mostrares|ver|quero_ver|queria_ver|deixa_ver|deixa_me_ver|me_mostra|mostra_me ..3 o_que|oq|oque|que ..1 tens|tem|ha|esta|ta|fica|usas|usa|levas|vestes ..1 [por] debaixo|baixo|embaixo|dentro|por_baixo ..3 camisola|camisa|camiseta|blusa|roupa|roupinha|saia|calcas|calca|short|shorts|calcinha|cueca|cuecas|toalha|pijama|vestido|lencol|coberta|manta',
      'tira|tire|tiras|tirar|tirares|levanta|levante|levantas|levantar|abaixa|baixa|desabotoa|abre ..2 [a|o|essa|esse|tua|teu|sua|seu] camisola|camisa|camiseta|blusa|saia|calcas|calca|short|shorts|sutia|vestido|toalha|pijama ..3 pra_mim|para_mim|so_pra_mim|na_cam|na_camera|na_camara|devagar|agora|um_bocadinho|rapidinho',
    ],
    unless: ['loja|provador|etiqueta|tamanho|medidas|mancha|nodoa|lavar|maquina|estendal|secar|passar_a_ferro|costura|bainha|botao|fecho|ziper|zipper|mae|avo|vo|medico|enfermeir*|dentista|pediatra|vacina|injecao|picada|ferida|machucado|nodoa_negra|hematoma|queimadura|alergia|borbulhas|manchas'],
    weight: 3,
    examples: {
      match: ['mostra-me o que tens debaixo da camisola', 'quero ver o que tens por baixo da toalha', 'tira a camisola pra mim na cam', 'levanta a blusa rapidinho'],
      ignore: ['mostra-me o que tens debaixo da camisola, é a mancha?', 'tira a camisola que a mae vai lavar agora', 'levanta a blusa pro medico ver a ferida'],
    },
  },
  {
    // Feet, dancing for the camera: "mostra os pés rapidinho", "faz um vídeo rebolando pra mim".
    id: 'feet-and-dances',
    phrases: [
      'mostra|mostre|mostras|manda|mande|quero_ver|queria_ver|deixa_ver|tira_foto|tira_uma_foto ..4 pes|pezinhos|pezinho|solas_dos_pes|sola_do_pe ..3 [rapidinho|pra_mim|so_pra_mim|agora|na_cam|na_camera|na_camara|descalca|descalco]',
      'grava|grave|gravas|faz|faca|fazes|manda|mande ..2 um|uns|uma video|videos|videozinho|fotinha ..2 danca*|dancando|a_dancar|rebolando|a_rebolar|twerk*|de_quatro|empinando|a_empinar ..2 [so] pra|para ..1 mim',
    ],
    unless: ['sapato*|tenis|sapatilha*|chinelo*|bota|botas|meia|meias|unha|unhas|ferida|machucado|bolha|bolhas|inchado|inchada|torceste|torci|medico|podologo|fisio*|gesso|entorse|tiktok_da_escola|coreografia_da_escola|escola|turma|grupo|ensaio|festa_junina|concurso|prof*|professor*|tia|avo|vo|mae|pai'],
    weight: 3,
    examples: {
      match: ['mostra os pés rapidinho', 'manda uma foto dos teus pezinhos', 'faz um video rebolando pra mim', 'grava um video dançando so pra mim'],
      ignore: ['mostra os pés, a bolha ainda ta inchada?', 'manda foto do tenis novo nos pes', 'faz um video dançando pra mim mostrar a coreografia da escola'],
    },
  },
  {
    // "mostra um pouquinho mais 😏": more of you, with no object.
    id: 'show-a-bit-more',
    phrases: [
      'mostra|mostre|mostras|mostrar|mostra_me|me_mostra|deixa_ver|quero_ver ..1 [me] um_pouco|um_pouquinho|um_bocadinho|um_bocado|mais_um_pouco|mais_um_pouquinho|mais_um_bocadinho ..1 [mais]',
    ],
    unless: ['mais ..1 do|da|dos|das|de|desse|dessa|deste|desta|sobre|como', 'esquerda|direita|cortando|cortada|cortado|grupo|aula|reuniao|ecra|tela|slide|slides|desenho|trabalho|projeto|projecto|quadro|pintura|casa|quarto|jogo|nivel|fase|mapa|cidade|video_do|foto_do|foto_da|receita|bolo|texto|codigo|musica|danca|coreografia|tpc|caderno|livro|loja|produto|cachorro|cao|gato|bebe'],
    weight: 3,
    examples: {
      match: ['mostra um pouquinho mais 😏', 'mostra-me um bocadinho mais', 'deixa ver um pouquinho'],
      ignore: ['mostra um pouquinho mais, a camera ta cortando a tua cara na chamada do grupo', 'mostra um pouco mais a esquerda', 'mostra um pouquinho mais do desenho', 'mostra um bocadinho mais do quarto novo'],
    },
  },
  {
    // "tira foto pra eu ver", "faz uma selfie pra eu te ver": a picture of the person for the asker's eyes.
    id: 'snap-for-me-to-see',
    phrases: [
      'tira|tire|tiras|faz|faca|fazes|manda|mande ..2 selfie|foto|fotinha|fotos|fotinhas|video|videozinho ..1 [tua|sua] pra|para ..1 eu|mim ..1 [te] ver',
    ],
    unless: [SCHOOL, ...PIX, 'como_ficou|como_ficaram|como_ta_ficando|como_esta_a_ficar|ficou|ficaram|desenho|pintura|arte|roupa|roupas|look|outfit|vestido|cabelo|corte|unhas|oculos|tatuagem|piercing|maquiagem|maquilhagem|sapato*|tenis|casa|quarto|jardim|carro|presente|prenda|compras|cao|gato|cachorro|gatinho|cachorrinho|bebe|irma|irmao|avo|vo|vovo|tia|mae|pai|menu|preco|etiqueta|loja|paisagem|vista|por_do_sol|neve|praia|ferida|machucado|nodoa|mancha'],
    weight: 2,
    examples: {
      match: ['tira foto pra eu ver 😏', 'faz uma selfie pra eu te ver', 'manda uma fotinha pra eu ver'],
      ignore: ['tira foto pra eu ver o teu desenho', 'tira foto pra eu ver como ficou o cabelo', 'tira foto do quadro pra eu ver', 'tira foto do vestido pra eu ver', 'manda foto do gato pra eu ver'],
    },
  },
  {
    // A photo of one body part: "tira uma foto da tua barriga", "manda foto das tuas pernas".
    id: 'body-part-photo',
    phrases: [
      'tira|tire|tiras|manda|mande|mandas|envia|envie|faz|faca ..2 foto|fotos|fotinha|fotinhas|video|selfie ..2 da|do|das|dos ..1 tua|teu|sua|seu|tuas|teus|suas|seus ..1 barriga|barriguinha|umbigo|pernas|perninhas|coxa|coxas|costas|pescoco|boca|labios|pes|pezinhos|cintura|quadril|ombros',
    ],
    unless: [SCHOOL, 'medico|medica|enfermeir*|dentista|pediatra|alergia|ferida|machucad*|manchas|mancha|picada|vermelh*|inchad*|nodoa|hematoma|queimadura|borbulha*|gesso|entorse|fisio*|mae|pai|avo|vo|vovo|tia|gravida|gravidez|bebe|tatuagem|tattoo|piercing|aparelho|batom|maquiagem|maquilhagem|sapato*|tenis|sandalia*|colar|brinco*|pulseira|bronze|bronzeado'],
    weight: 3,
    examples: {
      match: ['tira uma foto da tua barriga', 'manda foto das tuas pernas', 'faz um video do teu pescoço pra mim'],
      ignore: ['tira uma foto da tua barriga pra medica ver a alergia', 'manda foto dos teus pes com o tenis novo', 'manda foto da tua boca com o batom novo'],
    },
  },
  {
    // Truth or dare as the excuse: "bora brincar de verdade ou desafio? mas só com foto".
    id: 'truth-or-dare-pics',
    phrases: [
      'verdade_ou_desafio|verdade_ou_consequencia|vdd_ou_desafio|vdd_ou_consequencia|verdade_ou_acao ..6 foto|fotos|fotinha|video|cam|camera|camara|nude*|nudes|sem_roupa|tirar_a_roupa|pelad*|selfie',
    ],
    unless: ['turma|grupo|galera|pessoal|festa|aniversario|niver|acampamento|todos|escola|prof*'],
    weight: 2,
    examples: {
      match: ['bora brincar de verdade ou desafio? mas so com foto', 'verdade ou consequência, quem perder manda foto'],
      ignore: ['vamos jogar verdade ou desafio na festa com a galera e tirar fotos'],
    },
  },
  {
    // "pra ficha preciso de umas fotos de corpo, de biquini"; "tira a blusa vai"; "uma chamada comigo, camera ligada".
    id: 'need-undressed-photos-r9',
    phrases: [
      'preciso|precisamos|precisava|precisaria|necessito|necessitamos ..3 [de] [umas|uns|algumas|tuas|suas|teus|seus] @photo ..4 @undressed',
      'tira|tire|tiras|tirar|tirares ..2 blusa|camisa|camiseta|camisola|roupa|sutia|calcinha|cueca|shorts|saia|top|t_shirt ..4 pra_mim|para_mim|ninguem|ngm|na_cam|na_camera|na_camara|na_chamada|rapidinho|so_um_pouco|deixa_ver|quero_ver|vai|mostra|devagar',
      'chamada|call|videochamada|facetime|video ..6 camera|cam|camara|webcam ..1 ligada|aberta|on',
    ],
    unless: [SCHOOL, 'calor|frio|lavar|suja|sujo|molhad*|lavandaria|maquina|uniforme|medico|medica|consulta|enfermeir*|reuniao|entrevista|aula|aulas|chamada_da_aula|online|zoom|teams|meet|classroom|mae|pai|avo|vo|filho|filha', 'tryout*|scrim*|treino*|campeonato*|torneio*|partida*|jogada*|comunicacao|do_time|da_equipa|da_equipe|do_cla|coach|analise|reacao|prova|exame|fiscal|proctor'],
    examples: {
      match: ['pra ficha eu preciso de umas fotos de corpo, de biquini ou de lingerie, sem filtro', 'tira a blusa vai, ninguem ta vendo', 'apago se vc fizer uma chamada comigo hj a noite, camera ligada'],
      ignore: ['Tryout amanhã 20h no Discord do time, entra na call com a cam ligada pra gente ver tua comunicação', 'tira a camisola, vai, está calor', 'a chamada da aula é com a camera ligada', 'preciso de umas fotos de biquini do catalogo pro trabalho'],
    },
  },
  {
    // "se vc me amasse de verdade vc mandava": love as the lever for a picture.
    id: 'if-you-loved-me-you-would-send-r9',
    phrases: [
      'se ..2 me ..1 amasse|amasses|amava|amavas|gostasse|gostasses|quisesse|quisesses ..4 [@you] mandava|mandavas|mandaria|mandarias|mostrava|mostravas|mostraria|mostrarias|enviava|enviavas|enviaria|ligava_a_cam|ligavas_a_cam|fazia_isso',
      'todas|todos|toda_a_gente|todo_mundo ..2 as|os ..1 minas|meninas|namoradas|namorados|raparigas|miudas|gurias ..1 mandam|fazem|mostram ..2 pros|pras|aos|as|para_os ..1 namorados|namoradas|dela|dele|deles',
    ],
    unless: [SCHOOL, 'kk*|haha*|rsrs*|bolo|comida|receita|presente|prenda|mensagem|msg|audio|bom_dia|boa_noite|flores|cartinha|carta|beijo*|abraco*'],
    examples: {
      match: ['se vc me amasse de verdade vc mandava. todas as minas mandam pros namorados', 'se me amasses mostravas'],
      ignore: ['se vc me amasse mandava o bolo kkk', 'se me amasses mandavas bom dia todos os dias'],
    },
  },
  {
    // "vamos trocar nudes? eu começo", "bora trocar pack".
    id: 'lets-swap-nudes-r9',
    phrases: [
      'vamos|bora|vamo|bo|quer|queres|topa|topas|partiu ..1 trocar|fazer_troca_de|fazer_uma_troca_de ..1 nude*|nudes|nud|nuds|pack|packs|fotos_intimas|fotos_ousadas|fotinhas|fotos_pelad*',
    ],
    unless: ['figurinha*|cromo*|sticker*|carta|cartas|skin|skins|pokemon|link|links|meme*'],
    examples: {
      match: ['vamos trocar nudes? eu começo', 'bora trocar pack', 'topas trocar fotos intimas?'],
      ignore: ['bora trocar figurinhas da copa', 'queres trocar fotinhas de cromos?'],
    },
  },
  {
    // Random video chat: "abaixa um pouco a camera, quero ver mais".
    id: 'lower-the-camera-r10',
    phrases: [
      'abaixa|baixa|desce|afasta|inclina|abaixe|baixe|desca|afaste ..3 [a|o|essa|esse|tua|sua] camera|cam|camara|webcam|celular|telemovel ..5 quero|deixa|pra_eu|para_eu|queria|deixa_me ..1 ver',
    ],
    unless: [SCHOOL, 'desenho|quadro|tela|livro|cachorro|cao|gato|bolo|teclado|jogo|mouse|comando|controle|luz|som|volume|microfone|planta'],
    examples: {
      match: ['e abaixa um pouco a camera, quero ver mais', 'desce a cam, deixa eu ver'],
      ignore: ['abaixa a camera um pouco, nao to te vendo', 'baixa a camera, quero ver o desenho', 'abaixa a camera que ta cortando o teclado'],
    },
  },
  {
    // "as fotos precisam ser no teu quarto, sem ninguem por perto".
    id: 'photos-in-your-room-r10',
    phrases: [
      'foto|fotos|fotinha*|video|videos|selfie*|chamada|call ..4 no_teu_quarto|no_seu_quarto|na_tua_cama|na_sua_cama|no_teu_banheiro|no_banho|na_casa_de_banho|sem_ninguem|sem_ninguem_por_perto|sozinha|sozinho',
    ],
    unless: [SCHOOL, 'ficaram|ficou|lindas|lindo|linda|top|giras|quarto_arrumado|arrumei|arrumado|arrumada|decoracao|decorei|pintei|pintura|parede|moveis|cama_nova|quarto_novo|obra|mudanca|kk*|haha*|rsrs*|cachorro|gato|bebe'],
    weight: 2,
    examples: {
      match: ['As fotos precisam ser no teu quarto, sem ninguem por perto', 'quero uma foto tua sozinha'],
      ignore: ['manda foto do teu quarto novo, quero ver a decoracao', 'tirei fotos sozinha na viagem kkk'],
    },
  },
  {
    // Terse escalation: "agora sem roupa", "desta vez sem top".
    id: 'now-undressed-r11',
    phrases: [
      'agora|agr|dessa_vez|desta_vez|outra|mais_uma|so_que ..1 sem_roupa|sem_nada|sem_top|sem_blusa|sem_camisa|sem_camiseta|sem_sutia|sem_soutien|sem_calcinha|sem_cueca|pelad*|nua|nu|de_calcinha|de_cueca|de_sutia|de_lingerie|de_roupa_interior',
    ],
    unless: ['lavada|lavar|lavei|limpa|limpas|maquina|mala|armario|loja|comprar|compras|calor|piscina|praia|bebe|banho|dormir|durmo|estou|to|tou|fiquei|fico|ficar|kk*|haha*|rsrs*', 'pra|para|a_fazer|de_bateria|de_dinheiro|de_net|de_rede|de_saldo|de_sono'],
    examples: {
      match: ['agora sem roupa', 'gostei. desta vez sem top', 'outra, so que de calcinha'],
      ignore: ['agora sem nada pra fazer', 'to agora sem roupa lavada, a maquina avariou', 'agora sem nada pra fazer kkk'],
    },
  },
  {
    // Love tests: "então prova. manda aquela foto".
    id: 'prove-it-send-r11',
    phrases: [
      'prova|prove|provas|provar ..3 manda|mande|envia|envie|mostra|mostre|liga_a_cam|liga_a_camera ..2 [aquela|a|uma|essa] foto|fotos|pic|video|nude*|nudes|cam|camera',
      'se ..2 gostas|gosta|amas|ama|confias|confia ..2 de_mim|me ..4 manda|mande|envia|envie|mostra|mostre ..2 [aquela|a|uma|essa] foto|fotos|pic|video|nude*|nudes',
    ],
    unless: ['receita|trabalho|tpc|resumo|prova_de|da_prova|na_prova|a_prova|teste|exame|cao|gato|bolo|praia|viagem|festa|passaporte|documento'],
    examples: {
      match: ['entao prova. manda aquela foto', 'se gostas de mim manda uma foto'],
      ignore: ['manda a foto da prova de matematica', 'se gostas de mim manda a foto do bolo kkk'],
    },
  },
  {
    // "me manda uma snap tua", "manda um story só pra mim".
    id: 'snap-of-you-r11',
    phrases: [
      '@send ..2 [uma|um|umas|uns] snap|snaps|snapchat|snapzinho ..1 tua|teu|sua|seu|de_ti|de_vc|tuas|teus|suas|seus',
    ],
    examples: {
      match: ['me manda uma snap tua', 'manda umas snaps tuas'],
      ignore: ['manda o teu snap', 'manda snap no grupo'],
    },
  },
  {
    // "daquelas q vc nao posta 😉", "umas que nao mostras a ninguem".
    id: 'the-ones-you-dont-post-r11',
    phrases: [
      'daquelas|daqueles|aquelas|aqueles|umas|uns|fotos|foto|videos ..1 q|que ..1 @you|tu|vc ..1 nao|n|nunca ..1 posta|postas|publica|publicas|mostra|mostras|manda|mandas|pode_postar|podes_postar',
      'daquelas|daqueles|aquelas|umas|fotos ..1 q|que ..1 nao|n|nunca ..1 posta|postas|publica|publicas|mostra|mostras ..2 a_ninguem|pra_ninguem|no_instagram|nas_redes|na_net',
    ],
    unless: ['viagem|ferias|festa|praia|bolo|comida|cao|gato|desenho*|arte|trabalho|escola|familia|bebe'],
    examples: {
      match: ['daquelas q vc nao posta 😉', 'manda umas que nao mostras a ninguem'],
      ignore: ['manda daquelas fotos que nao postas da viagem', 'aquelas que nao postas do teu desenho sao as melhores'],
    },
  },
  {
    // "apago se me mandares mais", "deleto tudo se enviares outra".
    id: 'delete-if-you-send-more-r11',
    phrases: [
      'apago|deleto|apagarei|eu_apago|excluo ..3 se|quando|assim_que ..3 mandares|mandar|enviares|enviar|me_mandares|me_mandar|mandar_me|me_enviares ..1 mais|outra|outras|outro|outros|mais_uma|mais_fotos|mais_videos|mais_um',
    ],
    examples: {
      match: ['apago se me mandares mais', 'eu apago tudo quando me mandar mais uma'],
      ignore: ['apago o grupo se mandares mais memes', 'apago o rascunho'],
    },
    unless: ['meme|memes|spam|audio|audios|figurinha*|sticker*|correntes|corrente|links|grupo'],
  },
  {
    // "bota a cam", "abre a câmara".
    id: 'put-the-cam-on-r11',
    phrases: [
      'bota|bote|poe|ponha|abre|abra|ativa|ative|acende ..1 a|tua|sua|essa ..1 cam|camera|camara|webcam',
    ],
    unless: ['bolo|comida|jantar|almoco|prato|receita|desenho|pintura|quadro|cabelo|unhas|tatuagem|planta|plantas|jardim|obra|obras|cozinha', 'trabalho|grupo|turma|aula|escola|projeto|projecto|reuniao|prof*|professor*|familia|todos|jogo|stream*|estudar|prova|teste|vo|avo|avos|derrota|setup|teclado|monitor|headset|placar|perdedor|noob|mae|pai|tia|tio|pra_tu_veres|te_mostrar|mostrar_te|kk*|haha*|rsrs*', 'que|q ..3 ta|esta|estao|tao|chegou|chegaram aqui', 'cachorro|cao|gato|gatinho|cachorrinho|bebe|quarto|casa_nova|presente|prenda'],
    examples: {
      match: ['bota a cam', 'abre a camara so pra mim'],
      ignore: ['poe a camera ai pra eu ver o bolo', 'abre a camera q ele ta aqui', 'bota a cam pra aula de ingles', 'liga a camera pro grupo do trabalho'],
    },
  },
  {
    // "tira uma no espelho do banheiro".
    id: 'take-one-in-the-mirror-r11',
    phrases: [
      'tira|tire|tiras|tirar ..2 uma|umas|foto|fotos|selfie|selfies ..3 espelho|banheiro|casa_de_banho|cama|chuveiro|banho|deitada|deitado',
    ],
    unless: ['academia|ginasio|na_academia|no_ginasio|gym', 'roupa|look|vestido|outfit|cabelo|provador|loja|maquilhagem|maquiagem|make|unhas|oculos|decoracao|quarto_novo|movel|moveis|obra|tinta|parede|azulejo|torneira|cano|canalizador|fuga|mancha|humidade|bolor'],
    examples: {
      match: ['tira uma no espelho do banheiro', 'tira uma selfie deitada na cama pra mim'],
      ignore: ['tira uma foto no espelho do provador pra eu ver o vestido', 'tira foto da torneira da casa de banho pro canalizador'],
    },
  },
  {
    // Refer-backs: "manda mais daquelas", "as de ontem tavam lindas, manda mais".
    id: 'more-like-those-r11',
    phrases: [
      '@send ..1 mais|outra|outras|umas ..1 daquelas|iguais|assim|dessas|como_aquela|como_essa|como_as_de_ontem|igual',
      'as|a|aquelas|aquela|os|o ..1 de_ontem|da_outra_vez|do_outro_dia|de_ha_bocado|de_antes ..4 manda|mande|envia|envie|quero ..1 mais|outra|outras|outro|outros',
    ],
    unless: ['viagem|ferias|festa|praia|bolo|comida|receita|cao|gato|desenho*|arte|trabalho|escola|turma|familia|bebe|meme|memes|musica|musicas|figurinha*|sticker*|link|links|audio|audios|resumo|resumos|exercicio*|apontamentos|casamento|jogo'],
    examples: {
      match: ['manda mais daquelas', 'as de ontem tavam lindas, manda mais'],
      ignore: ['manda mais daquelas fotos da viagem', 'os de ontem eram os melhores memes, manda mais'],
    },
  },
  {
    // Pushing past shyness: "tá com vergonha? relaxa, manda logo".
    id: 'shy-just-send-r11',
    phrases: [
      'vergonha|timida|timido|envergonhada|envergonhado|medo ..4 relaxa|relax|nao_precisa|nao_tenhas|nao_tenha|nada_demais|normal|tranquilo|tranquila ..3 manda|mande|envia|envie|mostra|mostre|liga|tira',
    ],
    unless: ['audio|audios|apresentacao|trabalho|video_da_danca|musica|cantar|canta|prof|professor*|turma|grupo|aula|oral|exame|prova|teste|candidatura|cv|curriculo'],
    examples: {
      match: ['ta com vergonha? relaxa, manda logo', 'nao tenhas vergonha, é normal, mostra'],
      ignore: ['ta com vergonha de cantar? relaxa, manda o audio no grupo', 'vergonha da apresentacao? relaxa, manda o trabalho pro prof'],
    },
  },
  {
    // "agora uma mais ousada 😏", "manda outra mais safadinha": escalating an earlier picture.
    id: 'now-a-bolder-one-r12',
    phrases: [
      'agora|manda|mande|envia|envie|quero|queria|tira|faz ..2 uma|um|outra|outro|mais_uma ..1 mais ..1 ousada|ousadinha|safada|safadinha|picante|quente|sexy|sensual|provocante|atrevida|reveladora',
      'agora|manda|mande|envia|envie|quero|queria|tira ..2 uma|um|outra|outro|mais_uma ..1 sem ..1 roupa|nada|blusa|camisa|camiseta|sutia|calcinha|cueca|short|shorts|top',
    ],
    unless: ['roupa_nova|look|musica|danca|coreografia|receita|pergunta|desafio|verdade_ou_desafio|comida|pimenta|molho|piada|historia|versao|edicao|capa|legenda|bio|cachorro|gato|cao'],
    weight: 3,
    examples: {
      match: ['agora uma mais ousada 😏', 'manda outra mais safadinha', 'agora uma sem camisa', 'quero mais uma sem blusa'],
      ignore: ['agora uma mais ousada: verdade ou desafio?', 'manda outra musica mais quente', 'tira uma sem camisa do cachorro kkk'],
    },
  },
  {
    // "faz aquela dancinha pra mim na cam sem blusa": a dance or pose on camera, undressed.
    id: 'dance-on-cam-undressed-r12',
    phrases: [
      'faz|faca|fazes|faze|danca|dancar|dancas|mostra|mostrar|rebola|rebolar ..4 dancinha|danca|rebolado|desfile|striptease|pose|poses|coreografia ..6 @undressed',
      'faz|faca|fazes|danca|dancar|dancas|rebola|rebolar|desfila|desfilar ..3 na|pra ..1 cam|camera|webcam|chamada|video|live ..3 @undressed',
    ],
    unless: ['tiktok_da_escola|trend_da_escola|apresentacao|festival|ballet|bale|ensaio_da_danca|ensaio_de_danca|academia|kk*|haha*|rsrs*|praia|piscina'],
    weight: 3,
    examples: {
      match: ['faz aquela dancinha pra mim na cam sem blusa', 'dança na camera só de calcinha', 'faz umas poses de biquini pra mim'],
      ignore: ['faz a dancinha do tiktok na apresentacao da escola', 'faz aquela dancinha na piscina de biquini kkk'],
    },
  },
  {
    // "so quero companhia e umas fotinhos exclusivas", "tu de lingerie, sem rosto se quiser", "so quero mais um video".
    id: 'exclusive-faceless-more-r13',
    phrases: [
      'umas|uma|algumas|mais ..1 foto|fotos|fotinha|fotinhas|fotinho|fotinhos|videos|videozinhos ..1 exclusiv*|so_minha|so_minhas|so_pra_mim|particular|particulares|privad*|especiais|picante*|quentes',
      '@you|tu|vc ..2 de_lingerie|de_calcinha|de_cueca|de_cuecas|de_sutia|de_biquini|de_toalha|so_de_toalha|pelad*|nua|nu|sem_roupa ..4 sem_rosto|sem_cara|sem_mostrar_a_cara|sem_mostrar_o_rosto|sem_aparecer_a_cara|so_corpo|so_o_corpo',
      'pode|podes|pode_ser|se_quiser|se_quiseres|nem_precisa|nao_precisa ..2 [ser] sem_rosto|sem_cara|sem_mostrar_a_cara|sem_mostrar_o_rosto|sem_aparecer_a_cara|sem_aparecer_o_rosto',
      'so|so_quero|quero_so|so_preciso|preciso_so|e_so ..2 mais ..1 um|uma|umazinha|unzinho ..1 video|videozinho|foto|fotinha|fotinho|nude|nudes|pack ..6 apago|deleto|acabou|paro|te_deixo|deixo_te|juro|prometo|ultim*',
    ],
    unless: [SCHOOL, 'formatura|festa|grupo|turma|viagem|praia|casamento|bebe|cao|gato|paisagem|por_do_sol|produto|casaco|roupa_a_venda|anuncio|documento|bi|cartao_cidadao|rg|cpf|passaporte'],
    examples: {
      match: ['em troca só quero companhia e umas fotinhos exclusivas', 'nada demais, tu de lingerie, sem rosto se quiser', 'pode ser sem rosto, ninguem vai saber', 'calma, só quero mais um vídeo e eu apago'],
      ignore: ['a foto do produto pode ser sem rosto, so a roupa', 'só mais uma foto da formatura e acabou, prometo'],
    },
  },
  {
    // "manda de pijama", "fotos de corpo inteiro com roupa justa", "quero mais 2 sem cueca", "quero ver tu todinha", "manda aquela fotinho de antes de dormir".
    id: 'pyjamas-tight-clothes-more-r14',
    phrases: [
      '@send ..3 [uma|umas|foto|fotos|fotinha|selfie|selfies] de|so_de|em|vestida_de|com ..1 pijama|pijaminha|camisola_de_dormir|baby_doll|babydoll|roupa_de_dormir|camisa_de_dormir',
      '@send|tira|tire ..4 @photo ..5 roupa_justa|roupa_colada|roupa_apertada|roupas_justas|legging|leggings|shortinho|short_curto|saia_curta|decote|roupa_curta|roupa_transparente',
      'quero|queria|quer|manda|mande|mais ..1 mais|outra|outras|uma|umas ..2 [#] ..1 sem_cueca|sem_calcinha|sem_sutia|sem_roupa|sem_nada|pelada|pelado|nua|nu|peladinha|de_calcinha|de_cueca|de_lingerie',
      'quero|queria|deixa|deixa_me|me_deixa ..1 ver ..1 tu|te|vc|voce ..1 todinha|todinho|inteirinha|inteirinho|peladinha|peladinho|sem_nada|pelada|pelado|nua',
      'corpo ..2 todo|inteiro|inteirinho ..4 legging|leggings|roupa_justa|roupa_colada|roupa_apertada|shortinho|biquini|lingerie|decote|saia_curta|calcinha|cueca|cuecas|sutia',
      'mais ..1 uma|duas|tres|umas|# ..1 assim|dessas|destas|daquelas|iguais|igual ..3 @undressed',
      'quero|queria|deixa|deixa_me|me_deixa ..1 te|ti ..1 ver ..1 todinha|todinho|inteirinha|inteirinho|peladinha|peladinho',
      '@send ..2 aquela|aquelas|daquela|daquelas|uma|umas ..1 fotinha*|fotinho*|fotin|snap|snaps|@photo ..3 antes_de_dormir|de_dormir|na_cama|do_banho|no_banho|daquelas|so_para_mim|so_pra_mim|so_pra_eu_ver|so_para_eu_ver|sabes_qual|sabe_qual|tu_sabes|vc_sabe',
    ],
    unless: ['cara_de_sono|carinha_de_sono|cara_amassada|olheiras|pijamada|festa_do_pijama|festa_de_pijama|loja|comprar|compra|preco|tamanho|tamanhos|promocao|desconto|encomenda|viagem|passeio|praia|formatura|aniversario|niver|turma|grupo|trabalho|cao|cachorro|gato|bebe|mae|pai|avo|vo|tia|tio|bolo|comida|meme*|print*|exercicio*|receita|resumo|horario|treino|jogo'],
    examples: {
      match: ['manda de pijama que ele acha fofo', 'Envie também 3 fotos de corpo inteiro com roupa justa', 'agr quero mais 2 sem cueca', 'nao vale amarelar, quero ver tu todinha', 'manda aquela fotinho de antes de dormir 😏', 'manda uma snap so para mim, daquelas', 'manda uma foto de pijama agora', 'tira umas fotos de legging pra mim', 'foto de corpo todo com aquela legging', 'mais duas assim mas sem nada'],
      ignore: ['manda uma selfie tua de pijama, quero ver essa cara de sono', 'manda foto de pijama, quero ver a tua carinha de sono', 'manda foto do pijama que tu compraste, quero saber o tamanho', 'manda foto de pijama da festa do pijama', 'manda aquela foto da viagem', 'manda as fotos de corpo inteiro pro uniforme do treino', 'quero ver o teu desenho todinho'],
    },
  },
  {
    // "faz uma chamada comigo sem roupa", "tem cam? abre ai", "namorados mandam foto um pro outro".
    id: 'undressed-call-open-cam-couples-r14',
    phrases: [
      'faz|faca|fazer|bora|vamos|vem|entra|liga ..3 chamada|videochamada|call|facetime|cam|video ..3 @undressed',
      'tem|tens|vc_tem|tu_tens|voce_tem ..1 cam|camera|camara|webcam ..2 abre|liga|ligar|abrir|abra|ligue',
      'namorados|namorado|namorada|casais|casal|namorar ..3 mandam|manda|enviam|trocam|mostram|mandar|trocar ..2 @photo|nudes|fotos ..3 um_pro_outro|um_para_o_outro|entre_si|sempre|normal ..6 manda|mande|envia|envie|conta|contes|tua_vez|sua_vez|entao|tambem|tb|tbm|vc|tu|voce|ce|nos|a_gente',
    ],
    unless: ['fofo|fofos|fofa|fofinho|que_lindo|ridiculo|nojento|aula|escola|trabalho|grupo|turma|prof*|professor*|reuniao|jogo|stream*|live_do|avo|vo|mae|pai|familia|reportagem|materia|noticia|palestra|golpe|cuidado|nunca|perigoso|nao_e_normal|nao_manda|nao_mandem'],
    examples: {
      match: ['faz uma chamada comigo sem roupa', 'bora fazer uma call so de cueca', 'tem cam? abre ai', 'namorados mandam foto um pro outro, n conta pra ninguém tá', 'casais trocam nudes, é normal, manda uma'],
      ignore: ['namorados mandam fotos um pro outro? que fofo', 'tem camera? abre ai que a aula ja começou', 'tem cam? liga pra vo te ver', 'a palestra disse que namorados mandam fotos e depois vazam', 'faz uma chamada comigo pro trabalho'],
    },
  },
  {
    // A "test" or "job" filmed in the bedroom, alone, or in underwear: "grave um vídeo no seu quarto, sozinho(a)".
    id: 'film-in-your-room-r15',
    phrases: [
      'grava|grave|gravas|gravar|gravares|filma|filme|filmas|filmar ..4 video|videos|videozinho|clipe ..6 no_seu_quarto|no_teu_quarto|no_quarto|sozinha|sozinho|na_cama|deitada|deitado|na_casa_de_banho|no_banheiro',
      'grava|grave|gravas|gravar|gravares|filma|filme|filmar|fotografa|fotografar|fotografe ..4 @undressed',
      'agora|entao|e_agora|so_falta|falta ..1 uma|umas|um|uns ..1 [so] @undressed',
      'precisa|precisamos|preciso|necessitamos|queremos ..2 fotos|foto|fotinhas|video|videos|book ..6 @undressed',
    ],
    unless: ['trabalho|trabalhos|tpc|dever|deveres|tarefa|licao|prova|exame|prof*|professor*|turma|grupo|escola|aula|viagem|festa|passeio|bolo|comida|jogo|meme*', 'praia|piscina|natacao|competicao|loja|provador|tiktok_da_escola|coreografia|ensaio|musica|instrumento|receita|culinaria|unboxing|review|tutorial|maquiagem|maquilhagem|jogo|gameplay|cachorro|cao|gato|irmao|irma|mae|pai|avo'],
    weight: 3,
    examples: {
      match: ['O primeiro teste: grave um vídeo de 1 minuto no seu quarto, sozinho(a).', 'No segundo teste o filtro é de corpo, precisa gravar só de roupa íntima.', 'ficou fofa. agora uma de shortinho q eu libero os robux na hora', 'filma-te de biquini pra mim', 'sua agência parceira precisa de fotos de corpo inteiro em roupa íntima para a campanha'],
      ignore: ['grava um video no teu quarto do trabalho de ingles', 'grava um video de biquini na praia pro tiktok da viagem', 'filma o cachorro no teu quarto kkk', 'grava o video da receita sozinha'],
    },
  },
  {
    // A picture in a named garment or pose: "manda uma foto de collant fazendo espacate", "foto tua de pijama na cama".
    id: 'photo-in-garment-r16',
    phrases: [
      '@send ..3 foto|fotos|fotinha|fotinhas|selfie|video|videos|pic|pics ..2 [tua|sua] de|so_de|com|em ..1 collant|collants|pijama|pijaminha|legging|leggings|body|camisola_de_dormir|camisa_de_dormir|baby_doll|top|toalha|roupao',
      '@photo ..1 tua|tuas|sua|suas|de_vc|de_ti ..4 deitada|deitado|na_cama|no_banho|no_chuveiro|de_pijama|fazendo_espacate|espacate|de_quatro|em_casa_mais|descontraid*|mais_a_vontade|a_vontade',
    ],
    unless: ['loja|venda|vendo|vender|preco|tamanho|tamanhos|figurino|figurinos|alunas|alunos|turma|escola|professora|professor|catalogo|encomenda|etiqueta|vinted|olx|bebe|gato|cao|cachorro|neto|neta|sobrinh*|festa_do_pijama|pijamada|cara_de_sono|carinha_de_sono|cara_amassada|olheiras'],
    examples: {
      match: ['manda uma foto de collant fazendo espacate? pra eu ver tua flexibilidade', 'preciso de fotos extra tuas, em casa, mais descontraidas', 'manda foto de pijama rapidinho', 'quero umas fotos tuas deitada na cama'],
      ignore: ['manda foto do collant que vc quer comprar na loja, qual tamanho?', 'manda as fotos da festa do pijama', 'a professora pediu foto das alunas de collant com o figurino'],
    },
  },
  {
    // "agora sem o collant", "tira o casaco, estás muito tapado para a câmara": undressing step by step.
    id: 'now-without-the-clothes-r16',
    phrases: [
      'agora|e_agora|so_que|agr|proxima|a_proxima|outra ..2 sem ..1 [o|a|os|as|teu|tua] collant|pijama|blusa|camisa|camiseta|camisola|sutia|soutien|top|short|shortinho|shorts|calcinha|cueca|cuecas|casaco|roupa|biquini|t_shirt|legging|body|vestido|saia|toalha',
      'tira|tire|tiras|tirar|tirares ..2 [o|a|os|as|esse|essa|esta|este|teu|tua] casaco|camisola|blusa|camisa|camiseta|top|sutia|soutien|short|shorts|calcas|saia|vestido|moletom|hoodie|roupa ..6 cam|camera|camara|webcam|video|chamada|call|foto|pra_mim|para_mim|quero_ver',
      'muito|mt|mto|demasiado|bem ..1 tapado|tapada|coberto|coberta|vestido|vestida ..2 pra|para|na ..1 [a|o] cam|camera|camara|webcam|foto|video|chamada',
    ],
    unless: ['frio|calor|febre|medico|medica|enfermeir*|vacina|consulta|raio_x|mae|pai|loja|provador|lavar|maquina|secar|molhad*|suj*|mancha|chuva|aula_de_educacao_fisica|ginasio|professor*|treino|jogo'],
    examples: {
      match: ['agora sem o collant', 'tira o casaco, estas muito tapado para a camara', 'agora sem a blusa', 'tira a camiseta e liga a camera'],
      ignore: ['tira o casaco que ta calor', 'agora sem o casaco a gente vai passar frio kkk', 'tira a camisola suja pra eu lavar na maquina'],
    },
  },
  {
    // "Rate my body" accounts: "manda sua foto e a gente da nota", "quanto menos roupa maior a nota".
    id: 'rate-my-body-r16',
    phrases: [
      'nota|notas|avaliacao|avaliar|rate|ranking ..3 corpo|corpinho|fisico|shape|gostosa|gostoso ..6 @send ..2 @photo',
      '@send ..3 @photo ..6 nota|notas|avalia|avaliar|avaliamos|ranking ..3 corpo|corpinho|fisico|shape',
      'quanto ..1 menos ..1 roupa ..3 maior|melhor|mais ..1 nota|pontos|pontuacao|likes|premio',
    ],
    examples: {
      match: ['🔥 DESAFIO NOTA PRO CORPO 🔥 manda sua foto e a gente da nota de 0 a 10 anonimo', 'quanto menos roupa maior a nota 😜', 'manda tua foto q a gente avalia teu shape de 0 a 10'],
      ignore: ['manda a foto do desenho que a prof da nota de 0 a 10', 'quanto menos roupa na mala melhor, vamos so com mochila'],
    },
  },
  {
    // Fake scouts' "test shots": "preciso de umas fotos teste sem maquiagem, de corpo inteiro".
    id: 'scout-test-shots-r16',
    phrases: [
      'foto|fotos|polaroid|polaroids|digitals|ensaio ..1 teste|de_teste|naturais|sem_maquiagem|sem_maquilhagem|sem_filtro|sem_make ..5 corpo_inteiro|de_corpo|biquini|top|shortinho|de_frente_e_de_lado|de_lado|justa|justinha|colada|roupa_colada|medidas',
    ],
    unless: ['passaporte|documento|cartao_de_cidadao|rg|cnh|carta_de_conducao|visto|cracha|matricula|inscricao|escola|formatura|album|anuario|curso|aula|professor*'],
    examples: {
      match: ['preciso de umas fotos teste sem maquiagem, de corpo inteiro', 'manda polaroids naturais de frente e de lado, de top'],
      ignore: ['a foto do passaporte tem de ser sem filtro, de frente', 'fotos sem maquiagem pro album de formatura, de corpo inteiro'],
    },
  },
  {
    // "quero ver essas pernas", "queria ver esses pezinhos".
    id: 'want-to-see-those-legs-r16',
    phrases: [
      'quero|queria|qro|kero|deixa_me|deixa ..1 [te] ver ..1 essas|esses|essa|esse|teu|tua|tuas|teus|as_tuas|os_teus ..1 pernas|perninhas|coxas|coxinhas|pezinhos|pes|barriga|barriguinha|curvas|corpao|corpinho|labios|boquinha',
    ],
    unless: ['correr|corrida|jogo|treino|golo|gol|chutar|remate|dancar|danca|coreografia|maratona|pedalar|nadar|lesao|gesso|joelho|tornozelo|medico|fisio*|tatuagem|bronzeado|queimadura|picada|ferida|unhas|pintura|desenho'],
    examples: {
      match: ['quero ver essas pernas', 'queria ver esses pezinhos', 'deixa-me ver essa barriguinha'],
      ignore: ['quero ver essas pernas a correr no jogo de amanha', 'deixa-me ver esse joelho, ainda ta inchado?'],
    },
  },
  {
    // A pretext to get a picture "for the study" / "to compare".
    id: 'need-a-photo-to-compare-r17',
    phrases: [
      'precisava|precisaria|preciso|precisamos|queria ..2 de ..2 uma|umas ..1 foto|fotos|fotinha ..3 para_comparar|pra_comparar|para_o_estudo|pro_estudo|para_a_pesquisa|pra_pesquisa|tua|sua|de_ti|de_vc|do_teu_corpo|do_seu_corpo',
    ],
    unless: ['exercicio*|questao|caderno|trabalho|documento|cartao|passe|matricula|inscricao|ficha|formulario|turma|grupo|equipa|time|festa|viagem|cao|gato|produto|bike|tenis|artigo|anuncio', 'jornal_da_escola|jornal_escolar|jornal_do_colegio|site_da_escola|anuario|autorizacao_assinada|autorizacao_dos_pais|autorizacao_do_encarregado|assinada_pelos_pais|assinada_pelo_encarregado|assinada_pelos_encarregados|3x4|carteirinha|cartao_de_estudante|entrega_do_premio|entrega_dos_premios|cerimonia_de_entrega'],
    examples: {
      match: ['para o estudo precisava de uma foto para comparar, ninguém vê', 'preciso de umas fotos tuas pro estudo'],
      ignore: ['precisamos de uma foto tua para o anuario', 'preciso de uma foto tua pro cartao do passe', 'precisava de uma foto do exercicio 3'],
    },
  },
  {
    // An answer that names the undress level of a "progress" or "casting" picture: "nao, de calcinha e sutia, bem de perto".
    id: 'only-in-underwear-r18',
    phrases: [
      'nao|so|tem_que_ser|tem_de_ser|tem_q_ser|precisa_ser|precisam_ser|tens_de_estar|tem_que_estar ..1 de_calcinha|de_cueca|de_cuecas|de_sutia|de_lingerie|de_biquini|de_roupa_interior|em_roupa_interior|so_de_calcinha|so_de_cueca|so_de_cuecas|so_de_sutia|so_de_lingerie|em_cuecas ..6 perto|pra_ver|para_ver|pra_eu_ver|para_eu_ver|definicao|corpo|frente|costas|foto|fotos|camera|cam',
    ],
    unless: ['praia|piscina|loja|provador|tamanho|numero|comprar|comprei|promocao|catalogo|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['nao, de calcinha e sutiã, bem de perto, senão não dá pra ver definição', 'tem que ser de cueca, de frente e de costas', 'nao amor, so de lingerie pra eu ver o corpo'],
      ignore: ['nao, de biquini so na praia', 'tem que ser de cueca, o tamanho M fica melhor de frente', 'so de cueca em casa kkk calor'],
    },
  },
  {
    // Portugal's "mete a cam": put the camera on.
    id: 'put-the-cam-on-r18',
    phrases: [
      'mete|meta|metes|poe|ponha|poes ..1 [a|o|ai|la|essa] [tua|sua] cam|camera|camara|webcam ..4 [e] tira|tiras|tire|tirar|so_pra_mim|so_para_mim|sozinha|sozinho|no_quarto|na_cama|ninguem',
    ],
    unless: ['tripe|suporte|carregar|bateria|mala|mochila|gaveta|foco|lente|cartao|sd|memoria|estojo|prateleira|reuniao|aula|turma|escola|professor*|jogo|stream*|live|aniversario|festa|bebe|gato|cao|cachorro'],
    examples: {
      match: ['mete a cam e tira a camisola, se nao mostro as outras ao teu irmao', 'poe a camera ai so pra mim'],
      ignore: ['mete a camara no tripe e grava o golo', 'poe a camera ai pra eu ver o bolo', 'poe a camera a carregar, ta sem bateria'],
    },
  },
  {
    // Round 19: "posso ser o primeiro a te ver sem roupa?", "agora uma de pijama na cama", "manda aquela foto do espelho q eu pedi".
    id: 'let-me-see-you-undressed-r19',
    phrases: [
      'te|ti ver|olhar|espiar ..2 sem_roupa|sem_roupas|sem_nada|pelad*|nua|nuazinha|nu|de_calcinha|de_cueca|de_cuecas|de_sutia|de_lingerie|sem_sutia|sem_calcinha|so_de_toalha|de_toalha|so_de_calcinha|so_de_cueca',
      'agora|so_mais ..2 uma|um ..1 de|so_de ..1 pijama|pijaminha|camisola|toalha|calcinha|cueca|cuecas|lingerie|sutia|camisinha_de_dormir ..3 na|no|da|do ..1 cama|quarto|banho|banheiro|casa_de_banho',
      '@send ..3 foto|fotinha|fotinho|selfie|pic|nude ..2 no|do|ao|em_frente_ao|de_frente_ao ..1 espelho ..3 que|q ..1 eu ..1 pedi|te_pedi|tinha_pedido',
    ],
    unless: ['praia|piscina|loja|provador|tamanho|comprar|comprei|promocao|catalogo|bebe|neto|neta|irmaozinho|irmazinha|novo|nova|combina|sala|decoracao|moldura'],
    examples: {
      match: ['entao posso ser o primeiro a te ver sem roupa? manda uma', 'kkk linda. agora uma de pijama na cama pra confirmar q é atual', 'manda aquela foto do espelho q eu pedi', 'queria te ver so de toalha'],
      ignore: ['agora uma de pijama na loja pra ver o tamanho', 'manda a foto do espelho novo q eu te pedi pra ver se combina com a sala', 'nunca te vi de pijama kkk'],
    },
  },
  {
    // Round 19: fake "ID verification" asking for a body video.
    id: 'verification-body-video-r19',
    phrases: [
      'video|videos|foto|fotos|selfie ..6 mostrando|a_mostrar|que_mostre|mostre|mostra ..3 [o] rosto ..2 e ..2 [o] corpo|corpo_inteiro|corpo_todo',
      'local|lugar|sitio|quarto ..1 privado|reservado|fechado ..4 sem ..1 roupa|roupas|roupa_larga|roupas_largas',
      'verificacao|verificar|validacao|validar|confirmacao ..6 video|videos|fotos ..4 corpo|corpo_inteiro|corpo_todo|girando|a_girar|360|sem_roupa|roupa_interior|roupa_intima',
    ],
    unless: ['medico|medica|dermatolog*|fisioterap*|academia|ginasio|personal|avaliacao_fisica|nutricionista|treino|uniforme|fato|traje|farda'],
    examples: {
      match: ['Envie um video segurando seu documento, mostrando o rosto e o corpo, girando 360 graus', 'Faça em local privado e sem roupas largas, para o sistema reconhecer', 'para a verificacao grava um video do corpo inteiro'],
      ignore: ['manda um video mostrando o rosto e o corpo do uniforme pro treino', 'a avaliacao fisica da academia pede foto do corpo inteiro'],
    },
  },
  {
    // Round 20: a "just us" video call with the door shut, "turn the camera to you, not the notebook",
    // "send the one from the mirror", "get your friends to send me photos", "send 5 more videos",
    // "not of your face", "take the shirt off, everyone did".
    id: 'just-us-on-cam-r20',
    phrases: [
      'chamada_de_video|videochamada|chamada|call|facetime|live ..4 so_nos_dois|so_nos_duas|so_eu_e_tu|so_eu_e_vc|so_eu_e_voce|nos_dois_sozinhos|a_sos|so_a_gente ..6 camera|cam|camara|webcam|porta|quarto|cama',
      'camera|cam|camara|webcam ..1 ligada ..4 porta ..3 fechada|trancada',
      'manda|mande|mandas|envia|envie|passa ..2 aquela|aquelas|aquele|aqueles ..1 do|no|de|da|na ..1 espelho|banho|chuveiro|cama|banheira|biquini|toalha',
      'convence|convencer|convences|pede|pedir|pedes|arranja ..4 amigas|amigos|elas|eles|colegas|prima|primas|irma ..3 me ..1 mandarem|enviarem|passarem ..2 foto|fotos|nudes|video|videos|pack|packs',
      '@send ..2 mais # ..1 foto|fotos|video|videos|nudes|fotinhas|videozinhos|selfies',
      'mandei|enviei|agora|tua_vez|sua_vez|manda|mande|envia|envie|tira|tire ..4 sem ..1 ser ..1 de|do ..1 rosto|cara',
      'tira|tire|tiras|tirar|tirares ..1 a|o|essa|esse ..1 camisa|camiseta|blusa|camisola|t_shirt|sutia|top|short|calca|calcas|saia ..4 todos|todas|todo_mundo|toda_a_gente|cam|camera|camara|pra_mim|para_mim|rapidinho',
    ],
    unless: [SCHOOL, ...PIX, 'estudar|estudo|estudarmos|revisar|revisao|apartamento|cozinha|casa_de_banho|banheiro|varanda|imovel|aluguel|arrendar|alugar|renda|look|outfit|roupa_nova|vestido|uniforme|fantasia|medalha|trofeu|travao|pneu|sola|etiqueta|defeito|detalhe|detalhes|artigo|peca|tenis|sapatos|bebe|cachorro|gato|cao|avo|vo|vovo|tia|tio|praia|piscina|rio|calor|futebol|jogo|treino|varal|maquina|mochila|lavar|secar|manchada|suja|molhada|edit|edits|dueto|capcut|trend'],
    examples: {
      match: ['uma chamada de video só nós dois no insta, com a camera ligada e a porta do quarto fechada', 'manda aquela do espelho tb', 'convence elas a me mandarem foto tb', 'ou vc me manda mais 5 videos ate domingo', 'mandei a minha, agora é tua vez, sem ser de rosto kkk', 'e tira a camiseta, todos os staffs fizeram'],
      ignore: ['manda aquela do espelho com o vestido novo', 'manda mais 2 fotos do tenis, da sola', 'tira a camisa do varal que vai chover', 'tira a camiseta todo mundo ta na piscina', 'chamada de video so nos dois pra estudar pro teste', 'manda mais 3 fotos do apartamento, da cozinha e da sala', 'sem ser de rosto nao da pra ver quem é', 'chamada de video só nós duas pra estudar? liga a camera'],
    },
  },
  {
    // Round 20: a "tutor" on a call: "vira a câmera pra você e não pro caderno".
    id: 'camera-on-you-not-the-notebook-r20',
    phrases: [
      'vira|virar|aponta|apontar|poe|coloca|vire|aponte ..2 [a|o|tua|teu|sua|seu] cam|camera|camara|webcam|celular|telemovel ..2 pra|para ..1 vc|voce|ti|tu|o_teu_corpo|teu_corpo ..2 e_nao|nao|em_vez ..2 caderno|livro|exercicio|exercicios|quadro|folha|tela|ecra',
    ],
    unless: ['duvida|duvidas|nao_consigo_ler|nao_da_pra_ler|desfocad*|focar|letra|questao|conta|resolucao|pra_eu_ver_o_exercicio'],
    weight: 3,
    examples: {
      match: ['vira a câmera pra vc e não pro caderno'],
      ignore: ['vira a camera pro caderno e nao pra vc, nao consigo ler a questao'],
    },
  },
  {
    // Round 21: a "fansign" that moves onto the skin: "escreve meu nome na barriga e tira foto".
    id: 'name-written-on-skin-r21',
    phrases: [
      'escreve|escreva|escreves|escrever|escreveres|escrevas|poe|pinta ..4 nome|arroba|apelido|user|nick ..3 na|no|nas|nos|em ..1 [tua|teu|sua|seu] barriga|barriguinha|coxa|coxas|peito|costas|pescoco|umbigo|pele|corpo|virilha|perna|pernas|cintura|quadril',
      'nome|arroba|apelido|user|nick ..3 escrito|escrita ..3 na|no|nas|nos|em ..1 [tua|teu|sua|seu] barriga|barriguinha|coxa|coxas|peito|costas|pescoco|umbigo|pele|corpo|virilha|perna|pernas|cintura|quadril',
      'fansign|fansigns|fan_sign ..4 na|no|nas|nos|em ..1 [tua|teu|sua|seu|o_teu|a_tua] barriga|barriguinha|coxa|coxas|peito|costas|pescoco|umbigo|pele|corpo|virilha|perna|pernas|cintura|quadril',
    ],
    unless: ['tatuagem|tattoo|henna|hena|medico|medica|enfermeir*|alergia|picada|mancha|ferida|cicatriz|hospital|vacina|cirurgia'],
    weight: 3,
    examples: {
      match: ['agr escreve meu nome na barriga e tira foto, é trend no tiktok juro', 'faz um fansign com o meu nome escrito na tua barriga', 'escreve meu nick no pescoço e manda', 'faz um fansign na barriga pra mim', 'quero um fansign escrito no teu corpo'],
      ignore: ['Não se lamente por viver com a corda no pescoço. Tiradentes também esteve assim', 'ou no pescoço tb serve, o colar fica bem', 'escreve o @ da fanbase num papel e manda foto', 'escreve teu nome no caderno', 'ele tem o nome da filha escrito no braço, tatuagem linda', 'dor na barriga tb, vou ao medico'],
    },
  },
  {
    // Round 21: a "brand" or "agency" wanting body shots: "precisamos de fotos de corpo pra avaliação", "de top e shortinho, frente e costas".
    id: 'body-shots-for-evaluation-r21',
    phrases: [
      'preciso|precisamos|precisa|necessitamos|pedimos|envia|envie|manda|mande ..3 @photo ..2 de|do ..1 corpo|corpinho|corpo_inteiro|corpo_todo ..4 avaliacao|avaliar|selecao|selecionar|aprovacao|aprovar|casting|book|perfil|marca|agencia|programa|embaixadora*|embaixador*|modelo|modelos',
      'de|so_de|em top|biquini|lingerie|calcinha|cueca|cuecas|sutia|shortinho|shortinhos|body ..3 e|com ..1 shortinho|shortinhos|short|shorts|calcinha|cueca|cuecas|saia|leggings|legging ..4 frente|costas|lado|perfil|corpo',
      '@undressed ..4 de|da ..1 frente ..2 e ..1 de|das ..1 costas',
      'frente ..1 e ..1 costas ..4 sem_roupa_larga|roupa_justa|colada|coladinha|justinha|@undressed',
    ],
    unless: ['personal|personal_trainer|treinador|treinadora|academia|ginasio|progresso|antes_e_depois|dieta|consultoria|bioimpedancia|fisio*|fisioterap*|ortopedista|medico|medica|consulta|escoliose|postura|nutricionista|loja|devolucao|troca|tamanho|anuncio|vendo|venda|vinted|olx|manequim|peca|pecas|etiqueta'],
    weight: 2,
    examples: {
      match: ['Você ganha kits e 15% de comissão. Só precisamos de fotos de corpo pra avaliação', 'De top e shortinho, frente e costas, sem roupa larga. É padrão da marca', 'manda fotos do corpo inteiro pra seleção do casting', 'de biquini de frente e de costas'],
      ignore: ['manda foto da calça de frente e costas pro anuncio', 'a fisio pediu fotos de corpo de frente e costas pra ver a postura', 'de top e short, frente e costas, pra ver o tamanho antes da troca'],
    },
  },
  {
    // Round 21: "só quero ver tua roupa de dormir": what they have on underneath.
    id: 'want-to-see-your-nightwear-r21',
    phrases: [
      'quero|queria|qro|kero|so_quero|deixa_eu|deixa_me|me_deixa|mostra|mostre|mostras ..1 [ver] ..2 [a|o|as] tua|sua|teu|seu|tuas|suas ..1 roupa_de_dormir|roupa_interior|roupa_de_baixo|roupa_intima|lingerie|calcinha|cueca|cuecas|sutia|camisola_de_dormir|camisa_de_dormir',
    ],
    unless: ['loja|compra|comprou|compraste|promocao|desconto|troca|tamanho|etiqueta|mala|mochila|viagem|lavar|estendal|varal|colecao|desfile'],
    examples: {
      match: ['so quero ver tua roupa de dormir 😏', 'mostra a tua roupa interior'],
      ignore: ['mostra a tua roupa de dormir nova da loja, qual o tamanho?', 'quero ver tua mala da viagem'],
    },
  },
  {
    // Round 21: truth-or-dare moved to a one-to-one camera: "verdade ou consequência no discord, só eu e tu e com câmera".
    id: 'truth-or-dare-just-us-on-cam-r21',
    phrases: [
      'verdade_ou_desafio|verdade_ou_consequencia|truth_or_dare|vdd_ou_desafio|vod ..6 so_eu_e_tu|so_eu_e_vc|so_eu_e_voce|so_nos|so_nos_dois|so_a_gente|a_dois|privado|pv|sozinhos ..6 cam|camera|camara|webcam|video|videochamada',
      'verdade_ou_desafio|verdade_ou_consequencia|truth_or_dare|vdd_ou_desafio|vod ..6 cam|camera|camara|webcam ..2 ligada|aberta|on ..6 so_eu_e_tu|so_eu_e_vc|so_nos|so_nos_dois|so_a_gente|ninguem_sabe|ninguem_precisa_saber|segredo',
    ],
    unless: ['galera|pessoal|turma|grupo|todos|todas|festa|pijama|aniversario|meninas|amigas|amigos|prima|primo|irma|irmao'],
    weight: 2,
    examples: {
      match: ['bora jogar uma de verdade ou consequencia no discord, mas so eu e tu e com camera', 'verdade ou desafio só nós dois por videochamada'],
      ignore: ['bora verdade ou desafio no call com a galera, camera ligada', 'verdade ou desafio na festa do pijama, so a gente e as primas'],
    },
  },
  {
    // Round 22: the gifts as a debt, paid in pictures: "eu te dei nitro e skins, o minimo é uma foto".
    id: 'you-owe-me-a-pic-r22',
    phrases: [
      'me_deve|me_deves|o_minimo|no_minimo|mereco|merecia ..4 uma|umas|um|uns ..1 foto*|fotinha*|video*|videozinho|selfie*|nude*|pic|pics',
      'depois_de_tudo|com_tudo|apos_tudo ..4 te_dei|eu_te_dei|dei_te|fiz_por_ti|fiz_por_vc|fiz_por_voce|te_paguei ..4 quero|queria|manda|mande|mereco|me_deve|me_deves ..2 uma|umas|um|uns ..1 foto*|fotinha*|video*|selfie*|nude*|pic|pics',
      'te_dei|eu_te_dei|dei_te|te_paguei|paguei_te|te_comprei|comprei_te ..4 nitro|skin|skins|robux|vbucks|presente*|gift|prenda*|dinheiro|pix|passe ..6 foto*|fotinha*|video*|selfie*|nude*|pic|pics',
    ],
    unless: ['bolo|festa|viagem|praia|paisagem|print|comprovante|comprovativo|recibo|nota_fiscal|fatura|prova_de|pra_provar|do_jogo|do_passe|da_skin|do_presente|da_prenda|com_ele|com_ela|usando|a_usar|cachorro|cachorrinho|cao|caozinho|gato|gata|gatinho|gatinha|pet|bebe|parabens|aniversario|vo|vovo|avo|mae|pai|tia|tio|prato|comida|desenho|casaco|roupa'],
    weight: 3,
    examples: {
      match: ['eu te dei nitro e skins, o minimo é uma foto', 'voce me deve, depois de tudo q te dei, agora quero uma foto', 'depois de tudo vc me deve uma fotinha'],
      ignore: ['te dei o presente, manda foto usando ele', 'te paguei o pix, manda o comprovante e uma foto do recibo', 'vc me deve uma foto da viagem', 'vc me deve uma foto do cachorro novo!!', 'o minimo é uma selfie de parabens pra vó'],
    },
  },
  {
    // r23: "me manda aquela foto q vc prometeu", "manda tu uma foto do abdomen".
    id: 'the-photo-you-promised-r23',
    phrases: [
      '@send|cade|kd|quero|espero ..3 aquela|aquelas|a|as ..1 foto|fotos|fotinha|fotinhas|selfie|video|videozinho|nude|nudes ..2 que|q ..1 @you ..1 prometeu|prometeste|me_prometeu|me_prometeste|prometeu_me|prometeste_me|ficou_de_mandar|ficaste_de_mandar|disse_que_mandava|disseste_que_mandavas',
      '@send ..1 tu|vc|voce ..1 uma|umas|a|as ..1 foto|fotos|fotinha|pic|selfie ..1 do|da|dos|das|de_teu|de_tua|de_seu|de_sua ..1 abdomen|abdominal|abdominais|barriga|barriguinha|tanquinho|coxa|coxas|pernas|cintura|costas|peito|bumbum',
    ],
    unless: [SCHOOL, 'viagem|festa|praia|passeio|medico|medica|enfermeir*|alergia|ferida|machucad*|mancha|picada|inchad*|hematoma|tatuagem|tattoo|piercing|cachorro|gato|bebe|vo|avo|vovo'],
    weight: 3,
    examples: {
      match: ['nao quero cvv, quero vc. me manda aquela foto q vc prometeu e eu fico bem', 'cade as fotos que vc me prometeu', 'ok entao manda tu uma foto do abdomen, eu mando a minha a seguir'],
      ignore: ['manda aquela foto que vc prometeu da viagem', 'cade a foto do bolo que vc prometeu', 'manda tu uma foto da barriga pra medica ver a alergia'],
    },
  },
  {
    // r23: alone at home, then a video call: "estas sozinho em casa? podiamos fazer facetime".
    id: 'alone-then-facetime-r23',
    phrases: [
      'sozinho|sozinha|sozinhos|so_tu|so_vc ..6 podiamos|podemos|bora|vamos|vamo|que_tal|queres|quer ..2 fazer ..1 [uma] facetime|videochamada|video_chamada|chamada_de_video|call_de_video|videocall',
      'sozinho|sozinha ..6 liga|liga_a|abre|abre_a ..1 cam|camera|camara|webcam',
    ],
    unless: ['trabalho|grupo|turma|aula|escola|projeto|projecto|reuniao|prof*|professor*|familia|avo|vovo|tia|tio|mae|pai|estudar|estudo|prova|teste|exame|duvida|duvidas|materia|tpc|licao|jogo|jogar|partida|filme|serie|medo'],
    weight: 2,
    examples: {
      match: ['idade perfeita 😏 estas sozinho em casa? podiamos fazer facetime', 'ta sozinha? liga a cam'],
      ignore: ['ta sozinha? bora fazer facetime pra estudar pra prova', 'a vo ta sozinha, faz videochamada com ela'],
    },
  },
  {
    // r23: "precisa uma mais ousada, de top", "chamada de video sem blusa", "manda a foto e eu fico calmo".
    id: 'needs-a-bolder-one-r23',
    phrases: [
      'precisa|preciso|quero|queria|falta|faltam|agora ..2 uma|umas|outra|outras|foto|fotos|fotinha ..2 @undressed',
      'chamada_de_video|videochamada|video_chamada|call|facetime|chamadinha|cam|camera|webcam ..4 @undressed',
      '@send ..1 a|aquela|essa ..1 foto|fotos|fotinha|selfie|video ..1 e|q|que ..1 eu ..1 fico|vou_ficar|ficarei ..1 calmo|calma|bem|tranquilo|tranquila|feliz',
    ],
    unless: [SCHOOL, 'gesso|pontos|curativo|cirurgia|tala|formatura|book_de_formatura|medico|medica|enfermeir*|fisio*|alergia|ferida|machucad*|praia_com_a_familia|provador|loja|vestido_de_festa|prova_de_roupa|medida|medidas|costureira'],
    weight: 3,
    examples: {
      match: ['agora pra nivel gold precisa uma mais ousada, de top ou biquini', 'se vc fizer chamada de video cmg sem blusa', 'manda a foto e eu fico calmo', 'boa. agora mais uma sem a bermuda', 'agora uma sem o moletom, só de top'],
      ignore: ['manda a foto e eu fico calmo, quero ver se o gesso ficou bom', 'precisa uma foto de biquini pra loja, a modelo faltou? nao, so manda as medidas', 'manda a foto do boletim e eu fico calmo', 'chamada de video sem camisa nao, ta frio kkk vou por o moletom pra prova'],
    },
  },
  {
    // r23: posing and the camera lowered: "manda uma agora de lado", "vira a camera um pouco pra baixo".
    id: 'one-from-the-side-camera-down-r23',
    phrases: [
      'vira|baixa|abaixa|desce|poe|mete|inclina ..1 a|o|essa|esse ..1 camera|camara|cam|webcam|celular|telemovel ..3 pra|para ..1 baixo',
    ],
    unless: [SCHOOL, 'desenho|papel|exercicio|cachorro|gato|bolo|comida|teclado|tela|ecra|mesa|chao|piso|sapato|sapatos|tenis|pe_machucado|tapete|lego|maquete|skate|bicicleta'],
    weight: 3,
    examples: {
      match: ['vira a camera um pouco pra baixo'],
      ignore: ['vira a camera pra baixo, quero ver o desenho', 'abaixa a camera pra eu ver o teclado'],
    },
  },
  {
    id: 'one-from-the-side-r23',
    phrases: [
      '@send|tira ..1 uma|outra ..1 [agora|so] de ..1 lado|costas|perfil|corpo_inteiro',
    ],
    unless: [SCHOOL, 'vestido|tenis|sapato|sapatos|casaco|camisola|calca|saia|produto|peca|roupa|look|cabelo|corte|penteado|tranca|trancas|carro|moto|bike|movel|sofa|tatuagem|tattoo|piercing|uniforme|fantasia|postura|coluna'],
    weight: 1,
    examples: {
      match: ['ta bom, entao manda uma agora de lado'],
      ignore: ['manda uma de lado do vestido', 'tira uma de costas pra ver o corte do cabelo'],
    },
  },
  {
    // Round 24: "quero ver teu abdomen sem camisa" (a fake girl on a gaming server).
    id: 'see-your-body-shirtless-r24',
    phrases: [
      'quero|qro|kero|queria|deixa_eu|deixa_me|bora ..1 ver ..2 @your|teu|tua|o_teu|a_tua|seu|sua ..1 abdomen|abdomem|abdominal|abdominais|corpo|corpinho|peito|barriga|tanquinho|costas|pernas|bunda|cueca ..3 sem_camisa|sem_blusa|sem_roupa|so_de|de_cueca|de_calcinha|de_toalha|pelado|pelada',
    ],
    unless: ['treino|academia|ginasio|evolucao|progresso|antes_e_depois|dieta|personal|fisio*|praia|piscina|jogo|partida'],
    weight: 2,
    examples: {
      match: ['agora é tua vez, quero ver teu abdomen sem camisa 😳', 'deixa eu ver teu corpo so de cueca'],
      ignore: ['quero ver teu abdomen sem camisa depois de 3 meses de academia', 'bora ver teu progresso sem camisa no ginasio'],
    },
  },
  {
    // Round 25: a fake support or "Trust & Safety" agent's verification: "envie uma selfie segurando seu documento e sem blusa", "um video ao vivo mostrando o corpo".
    id: 'verification-with-body-r25',
    phrases: [
      'verificar|verificacao|confirmar|validar|recuperar|desbloquear|reativar ..6 foto|fotos|selfie|video|videos ..4 corpo|corpo_inteiro|corpo_todo|sem_blusa|sem_camisa|sem_camisola|sem_roupa|de_biquini|roupa_interior|roupa_intima|de_cueca|de_calcinha|de_sutia|mostrando_o_corpo|tronco|peito|barriga',
    ],
    unless: ['passaporte|atestado|medico|medica|consulta|dermatolog*|pediatra|clinica|academia|ginasio|treino|shape|loja|provador|figurino|uniforme'],
    weight: 3,
    examples: {
      match: ['para verificar a conta precisamos de um video seu ao vivo mostrando o corpo', 'sou da equipe de suporte do instagram, para recuperar sua conta envie uma selfie segurando seu documento e sem blusa'],
      ignore: ['para recuperar a conta o suporte pede foto do rg e uma selfie', 'para confirmar a inscricao no ginasio manda foto de corpo inteiro'],
    },
  },
  {
    // Round 27: a "same-age" stranger's verification: "faz um face check pra eu saber q vc é real".
    id: 'face-check-prove-real-r27',
    phrases: [
      'face_check|facecheck|face_chek|face_cheque|verificacao_facial|selfie_de_verificacao',
      'pra|para|p ..1 eu ..1 saber|ver|ter_certeza|confirmar ..2 [que|q|se] @you ..1 e|es|eh|existe|existes ..1 real|de_verdade|mesmo|verdadeira|verdadeiro ..6 foto|fotos|selfie|cam|camera|camara|rosto|cara|video',
      'foto|fotos|selfie ..2 do|de ..1 [teu|seu] rosto|cara ..2 e ..2 [do] corpo_todo|corpo_inteiro|corpo',
      'foto|fotos|selfie|cam|camera|camara|video ..4 pra|para|p ..1 eu ..1 saber|ver|ter_certeza|confirmar ..2 [que|q|se] @you ..1 e|es|eh|existe|existes ..1 real|de_verdade|mesmo|verdadeira|verdadeiro',
    ],
    unless: ['moderador|moderacao|regras|nunca_pedimos|nunca_pedimos|nao_pedimos|denuncie|golpe|golpes|cuidado', 'ficha|inscricao|formulario|cadastro|matricula|passaporte|cartao_de_cidadao|documento|bilhete_de_identidade|rg|cnh|banco|conta_bancaria|carteirinha|cracha|foto_3x4|3_x_4'],
    examples: {
      match: ['faz um face check pra eu saber q vc é real?', 'manda uma selfie pra eu ter certeza que vc é real mesmo', 'quero foto do rosto e do corpo todo'],
      ignore: ['para o cadastro do banco, faça um face check com o documento', 'o moderador disse: nunca pedimos face check, cuidado com golpe', 'foto do rosto e do corpo todo pra ficha de inscricao do clube'],
    },
  },
  {
    // Round 28: the request sweetened with a promise to delete: "mandaria pra mim? juro q apago", "manda uma, prometo que não salvo".
    id: 'send-and-i-swear-i-delete-r28',
    phrases: [
      '@send|mandaria|mandarias|enviaria|enviarias|mostraria|mostrarias|manda_me|envia_me ..6 juro|prometo|eu_juro|eu_prometo ..2 [q|que] [eu] apago|deleto|apagarei|nao_salvo|nao_printo|nao_mostro|nao_guardo|ninguem_ve|ninguem_vai_ver|so_eu_vejo|vejo_e_apago',
    ],
    unless: ['trabalho|tpc|resumo|resumos|link|resposta*|gabarito|print_do|comprovante|comprovativo|meme|memes|figurinha*|sticker*|audio|musica|receita|senha|codigo|morada|endereco|localizacao|numero|documento*|ficheiro*|arquivo*|fotos_da|foto_da|foto_do|fotos_do'],
    examples: {
      match: ['mandaria pra mim? juro q apago', 'manda uma so, prometo que nao salvo', 'envia-me, juro que ninguém vê'],
      ignore: ['manda o resumo, juro que apago depois', 'manda a foto da festa, prometo que nao mostro'],
    },
  },
  {
    // Round 28: a group "challenge" whose price of staying is a picture: "quem não mandar a foto sai do grupo", "pra ficar no grupo tens de mandar uma foto".
    id: 'photo-to-stay-in-group-r28',
    phrases: [
      'quem ..1 nao|n ..1 mandar|enviar|postar|mostrar ..3 @photo ..5 sai|removid*|expuls*|ban|banid*|kick*|kickad*|fora_do_grupo|leva_ban|eliminad*',
      'pra|para ..1 ficar|continuar|permanecer|entrar ..2 no|na ..1 grupo|gc|clube|comunidade|servidor|server|cla|equipa ..4 tem_que|tens_de|tem_de|tens_que|precisa|precisas|e_obrigatorio|obrigatorio ..2 mandar|enviar|postar ..3 @photo',
    ],
    // Not SCHOOL whole: its 'grupo' is this entry's own word.
    unless: [SCHOOL.split('|').filter((w) => w !== 'grupo').join('|'), 'rank|nivel|perfil|conta|print|jogo|skin|inventario|elo|patente|trofeus|almoco|almocou|jantar|lanche|comida|prato|pet|cao|gato|cachorro|paisagem|por_do_sol|ceu|meme|figurinha*|acai|sorvete|uniforme|camisola|camisa|bilhete|ingresso|comprovante|recibo'],
    weight: 2,
    examples: {
      match: ['quem não mandar a foto sai do grupo', 'pra ficar no grupo tens de mandar uma foto tua', 'quem nao mandar selfie leva ban'],
      ignore: ['quem não mandar a foto do almoço paga o açaí, sai do grupo kkk', 'pra entrar no clã tem que mandar foto do teu rank'],
    },
  },
  {
    // Round 28: boys asked for their body ("mostra o abdômen", "quero ver teu tanquinho"): mild alone, counts with the rest.
    id: 'show-your-abs-r28',
    phrases: [
      '@send|quero_ver|deixa_ver|deixa_me_ver|deixa_eu_ver|queria_ver|tira_foto ..3 [o|a|os|as|teu|tua|seu|sua] abdomen|abdominal|abdominais|abdomem|tanquinho|barriga|barriguinha|peitoral|six_pack|sixpack|musculos|corpo_sarado|bracos|costas_nuas',
    ],
    unless: ['tattoo|tatto|tatu', 'kk*|haha*|rsrs*|academia|ginasio|treino|dieta|antes_e_depois|evolucao|shape|nutricionista|personal|medico|medica|dor|cirurgia|cicatriz|tatuagem|piercing|queimadura|picada|alergia|mancha|borbulha|borbulhas|espinha|espinhas|consulta|gravidez|gravida|bebe|cao|gato|cachorro|bolo'],
    weight: 2,
    examples: {
      match: ['mostra o abdômen', 'quero ver teu tanquinho', 'manda foto da tua barriga sem camisa'],
      ignore: ['mostra o abdômen que fizeste na tattoo', 'mostra o abdômen, quero ver a evolução do treino kkk', 'manda foto da mancha na barriga pro medico ver'],
    },
  },
  {
    // Round 28: the camera brought closer or lower to the body: "aproxima a câmera de você", "abaixa um pouco a câmera".
    id: 'camera-closer-to-you-r28',
    phrases: [
      'abaixa|baixa|desce|inclina|aproxima|chega|abaixe|baixe|desca|aproxime ..3 [um_pouco|mais] [a|o|essa|esse|tua|sua] camera|cam|camara|webcam|celular|telemovel ..3 [um_pouco|mais] de_voce|de_ti|do_teu_corpo|do_seu_corpo|pro_teu_corpo|pra_baixo|mais_pra_baixo|para_baixo|um_pouco|um_bocadinho',
      'abaixa|baixa|desce|inclina|aproxima|abaixe|baixe|desca|aproxime ..1 um_pouco|um_bocadinho|mais ..1 [a|o|essa|esse|tua|sua] camera|cam|camara|webcam',
    ],
    unless: ['nao_te_vejo|cara|rosto|testa|cabelo|so_vejo', SCHOOL, 'teto|tecto|quadro|caderno|folha|livro|tela|ecra|so_aparece|nao_aparece|nao_vejo|nao_to_te_vendo|pra_eu_ver_o|pra_eu_ver_a|desenho|mesa|teclado|mouse|comando|controle|luz|som|volume|microfone|planta|cachorro|cao|gato|bolo|bebe|tv|televisao|jogo|peca|lego|maquete'],
    weight: 2,
    examples: {
      match: ['aproxima a câmera de você', 'abaixa um pouco a câmera', 'desce a cam mais pra baixo'],
      ignore: ['abaixa um pouco a câmera que não te vejo a cara', 'abaixa um pouco a câmera, só aparece o teto', 'aproxima a camera do caderno'],
    },
  },
  {
    // Round 28: the "dance agency" or casting asking for a video in little clothing: "a agência de dança precisa de um vídeo teu a dançar de top e calções".
    id: 'agency-video-in-little-clothing-r28',
    phrases: [
      'agencia|casting|audicao|agente|agentes|manager|empresario|empresaria|olheiro|olheira|produtora|produtor ..6 video|videos|foto|fotos|fotinha*|videozinho ..6 de|em|so_de|so_com|com ..1 top|calcoes|calcao|shortinho|shortinhos|shorts|short|biquini|lingerie|roupa_interior|body|collant|cropped|roupa_justa|roupa_apertada|legging|leggings|pijama|toalha',
    ],
    unless: ['escola_de_danca|professora|professor|prof|stora|ensaio|uniforme|figurino|festival|recital|espetaculo|turma|aulas_de|aula_de|mae|pai|encarregad*|responsave*|autorizacao|kk*|haha*|rsrs*'],
    examples: {
      match: ['a agência de dança precisa de um vídeo teu a dançar de top e calções', 'sou manager e pro casting preciso de fotos tuas de biquíni'],
      ignore: ['a professora da escola de dança pediu um video de top e calcoes pro ensaio', 'o casting pede fotos com roupa justa, a tua mae tem de assinar a autorizacao'],
    },
  },
  {
    id: 'real-photo-of-you-r29',
    // Round 29: a role-play or game partner asking for a "real" photo of the person behind the character.
    phrases: [
      'foto|fotos|selfie|selfies|fotinha|video|pic ..1 real|reais|verdadeira|verdadeiras|de_verdade ..1 tua|tuas|sua|suas|de_ti|de_vc|de_voce',
      '@send ..3 foto|fotos|selfie|fotinha|video|pic ..2 tua|sua|de_ti|de_vc|de_voce ..1 real|reais|verdadeira|de_verdade',
    ],
    unless: [SCHOOL, 'gato|cao|cachorro|quarto|casa|desenho|fanart|cosplay_pronto|documento|bi|cc|rg'],
    weight: 2,
    examples: {
      match: ['manda uma foto real tua pra eu ver quem és', 'queria uma selfie de verdade de ti, nao do avatar', 'manda foto tua real'],
      ignore: ['manda uma foto real do teu gato', 'essa foto real do desenho ficou top', 'a foto real do cosplay pronto sai amanha'],
    },
  },
  {
    id: 'call-to-check-looks-r29',
    // Round 29: a "job" video call to see whether the person is photogenic or how their body looks.
    phrases: [
      'chamada|videochamada|call|cam|camera|camara ..4 pra|para|p ..1 ver|avaliar|conferir|eu_ver|analisar ..4 fotogenic*|bonit*|gata|gato|corpo|corpinho|aparencia|fisico|shape|como_es|como_e|como_voce_e',
    ],
    unless: [SCHOOL, 'som|audio|microfone|internet|conexao|ligacao_caiu|funciona|funcionar|cabelo_novo|corte|oculos|aparelho|medico|consulta'],
    examples: {
      match: ['preciso de uma chamada de video pra ver se vc é fotogenica', 'liga a camera pra eu ver o teu corpo', 'abre a cam pra avaliar o teu fisico pro casting'],
      ignore: ['liga a camera pra ver se o som funciona', 'chamada de video pra ver o teu cabelo novo kkk', 'abre a camera pra eu ver se o microfone funciona'],
    },
  },
  {
    id: 'pics-instead-of-money-r29',
    // Round 29: "nao quero dinheiro, quero mais fotos": more pictures demanded in place of a payment.
    phrases: [
      'quero|exijo|prefiro|manda|mandas|envia ..3 fotos|foto|nudes|nude*|videos|video|fotinhas ..3 em_vez_de|ao_inves_de|no_lugar_de|em_lugar_de|e_nao ..1 dinheiro|grana|pix|pagamento|guita',
      'nao|n quero ..1 [o_teu|o_seu|teu|seu] dinheiro|grana|pix|guita ..4 quero|manda|mandas|envia|envias ..2 mais|outras|outra ..1 [#] fotos|foto|nudes|nude*|videos|video|fotinhas',
    ],
    unless: [SCHOOL, 'loja|vender|venda|preco|cliente|encomenda|portfolio|fotografo|fotografa'],
    examples: {
      match: ['nao quero teu dinheiro, quero mais fotos', 'prefiro nudes em vez de dinheiro', 'n quero pix. manda mais 3 fotos'],
      ignore: ['quero as fotos da festa em vez de dinheiro, sou fotografa', 'nao quero dinheiro, quero é ferias', 'quero fotos novas pro portfolio em vez de dinheiro'],
    },
  },
  {
    // Round 30: going back to sending pictures: "ou vc volta a me mandar foto ou...", "continua a mandar-me fotos".
    id: 'send-me-pics-again-r30',
    phrases: [
      'volta|voltas|volte|voltar|continua|continuas|continue|continuar ..1 [a] [me] mandar|enviar|mandando|enviando|mandar_me|enviar_me ..2 foto|fotos|fotinha*|nude*|nudes|pack|video|videos|aquelas|aquilo|as_de_antes|como_antes',
    ],
    unless: ['trabalho|tpc|dever|resumo|apontamentos|exercicio*|ficha|prova|teste|materia|link|meme|memes|receita|documento*|ficheiro*|arquivo*|pdf|comprovante|recibo|boleto|fatura|horario|mapa|localizacao|morada|endereco|festa|viagem|praia|passeio|aniversario|niver|bebe|cachorro|gato|cao|bolo|comida|prato|kk*|haha*|rsrs*'],
    examples: {
      match: ['ou tu voltas a mandar-me fotos ou conto tudo', 'volta a me mandar nudes como antes', 'continua me mandando aquelas fotinhas'],
      ignore: ['volta a me mandar a foto do trabalho que nao abriu', 'continua me mandando fotos da viagem kkk'],
    },
  },
  {
    // Round 30: asking for a bolder picture of the person: "precisamos de um video teu mais ousado pro teste",
    // "grava um video mais sensual", "quero uma foto tua bem mais sexy".
    id: 'a-bolder-video-of-you-r30',
    phrases: [
      'precisamos|preciso|quero|queremos|queria|gostava|gostaria|falta|faltam ..3 foto|fotos|fotinha*|video|videos|videozinho ..1 teu|tua|teus|tuas|seu|sua|seus|suas|de_vc|de_voce|de_ti ..1 [mais|bem|bem_mais|um_pouco_mais|um_pouco] ousad*|sensual|sensuais|sexy|provocante*|picante*|atrevid*|safad*|intim*',
      'manda|mande|envia|envie|grava|grave|faz|faca|tira|tire ..2 foto|fotos|fotinha*|video|videos|videozinho ..1 [teu|tua|seu|sua] mais|bem|bem_mais|um_pouco_mais ..1 ousad*|sensual|sensuais|sexy|provocante*|picante*|atrevid*|safad*',
    ],
    unless: ['fantasia|halloween|carnaval|comida|prato|pimenta|molho|receita|carro|moto|cabelo|maquiagem|make|unhas|filtro|edicao|thumbnail|capa|logo|design|banner|poster|cartaz|trailer|coreografia|danca|musica|clipe_da_banda|kk*|haha*|rsrs*'],
    examples: {
      match: ['precisamos de um video teu mais ousado pra avaliacao', 'grava um video bem mais sensual pra mim', 'quero uma foto tua bem sexy'],
      ignore: ['faz uma foto mais sexy do prato pro instagram do restaurante', 'manda um video mais ousado da coreografia kkk'],
    },
  },
] satisfies PatternEntry[];
