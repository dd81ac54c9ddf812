import type { PatternEntry } from '../../schema';
// Reported speech (a warning talk, the news, a friend's story): "o golpista dizia: tenho tuas fotos...".
const REPORTED = 'se_alguem|caso_alguem|quando_alguem|alguem_disser|alguem_te_disser|alguem_pedir|alguem_te_pedir|nunca_pague|nunca_pagues|adulto_de_confianca|sextorsao|sextortion|palestra|reportagem|vitima|vitimas|ameacam|ameacavam|ameacaram|chantageiam|o_golpe|os_golpes|um_golpe|golpista|golpistas|o_criminoso|um_criminoso|os_criminosos|chantagista|chantagistas|dizia|diziam|escrevia|escreviam|ameacava|ameacavam|mandava_mensagens|o_cara_dizia|o_gajo_dizia|o_tipo_dizia|recebi_isto|recebi_isso|recebi_esta_mensagem|recebi_essa_mensagem|recebi_esta_msg|recebi_essa_msg|recebi_uma_mensagem|recebi_uma_msg|me_mandaram_isto|me_mandaram_isso|mandaram_me_isto|mandaram_me_isso|de_um_perfil_fake|de_um_perfil_falso|de_uma_conta_fake|de_uma_conta_falsa|me_mandou_isso|me_mandou_isto|mandou_me_isto|mandou_me_isso|me_mandaram_isso|oq_eu_faco|o_que_eu_faco|o_que_faco|que_faco|perfil_fake|perfil_falso|conta_fake';

const BENIGN_PHOTO = 'viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|excursao|visita_de_estudo|jogo|treino|apresentacao|trabalho|ensaio_da|show|concerto|te_mando|mando_te|te_passo|passo_te|no_drive|pen|bebe|crianca|pequena|pequeno|engracad*|k|kk*|haha*';
// Round 30: a clip of a play or a stream is what gamers keep and share.
const GAME_CLIP = 'jogada|jogadas|clutch|ace|kill|kills|headshot|partida|round|ronda|gol|golo|golaco|highlight*|live|stream|twitch|youtube|tiktok|edit|montagem|jogo|game|valorant|fortnite|minecraft|roblox|free_fire|ff|cs|lol|fifa|rocket|vitoria|derrota|bug|glitch|meme|engracad*|kk*|haha*|rsrs*|musica|show|concerto|danca|coreografia|torneio|campeonato|rank*';

export default [
  {
    id: 'i-recorded-you',
    phrases: [
      'gravei|gravamos|filmei|printei|capturei|salvei|guardei|tenho_gravad*|tenho_salv*|tenho_guardad* ..3 nossa|nossas|nosso|nossos|a_nossa|tua|tuas|sua|suas|teu|teus|seu|seus ..2 chamada*|call|videochamada*|facetime|conversa*|chat|nude*|nudes|pack|video*|cam|live|momento|show',
      'gravei|gravamos|filmei|printei|capturei|salvei|guardei ..2 tudo|td ..3 [o_que|que|oq] [@you] ..3 fez|fizeste|fizemos|mostrou|mostraste|mandou|mandaste|disse|disseste',
      // Round 20: not a bare "printei tudo": a friend saving evidence ("bloqueia e denuncia" - "ja printei tudo") says it too.
      'gravei|filmei|gravamos|filmamos ..1 tudo|td',
      'printei|capturei ..1 tudo|td ..4 @your|a_tua|a_sua|o_teu|o_seu ..1 foto|fotos|video|videos|nude*|nudes|conversa|conversas|mensagens|msgs|call|chamada',
      'printei|capturei|gravei|salvei|guardei ..1 tudo|td [o] que|q|oq [@you] falou|falaste|escreveu|escreveste|contou|contaste|mandou|mandaste|disse|disseste|fez|fizeste',
      'gravou|filmou|printou|capturou|salvou ..1 tudo|td ..1 [o] que|q|oq [@you] ..1 fez|fizeste|mostrou|mostraste|fazia ..3 cam|webcam|camera|camara|call|chamada|videochamada|live|omegle|chat',
      'te|ti gravei|filmei|printei|gravamos|filmamos',
      'gravei|printei|filmei|salvei ..2 a|o|essa|esse|aquela|aquele ..1 videochamada|chamada|call|facetime',
      'gravei|filmei|gravamos|filmamos te|ti|vc|voce ..3 pelad*|nua|nu|sem_roupa|a_mostrar|mostrando|fazendo|a_fazer|na_cam|na_camera|na_chamada|cam|webcam|camera|camara|videochamada|call',
      'tenho|tnh|temos ..2 gravacao|gravacoes|video|videos|print|prints ..2 da|das|do|dos nossa|nossas|nosso|nossos|tua|tuas|sua|suas chamada|chamadas|conversa|conversas|videochamada|call|calls',
      'tenho|tnh|temos ..2 gravad*|filmad* ..2 tudo|td|vc|voce|ti|@your',
      'tudo|td ..1 gravad*|filmad*|printad*|salvo|guardado',
      'tenho|tnh|temos|guardei|salvei ..2 gravacao|gravacoes|video|videos|print|prints ..3 do_que|de_tudo_o_que|o_que|oq|de_tudo_que ..2 [@you] ..1 fez|fizeste|mostrou|mostraste|disse|disseste|fizemos',
      'ficou|ficaram|esta|estao|ta|tao ..1 tudo|td ..1 gravad*|salvo|guardado|printado',
    ],
    // Not bare grupo|turma: a threat names the class group it will post to ("vai pro grupo da tua escola").
    unless: [REPORTED, 'cantando|a_cantar|dancando|a_dancar|dormindo|a_dormir|roncando|ressonando|a_ressonar|babando|a_babar|peidando|arrotando|jogando|apresentacao|trabalho|aula|musica|ensaio|golo|gol|show|concerto|jogo|partida|jogada|treino|professor*|prof|stor|stora|explica*|reuniao|grupo_de_estudo|grupo_de_estudos|trabalho_de_grupo|trabalho_em_grupo|palestra|podcast', 'aulas|guitarra|piano|violino|curso|explicacoes|drive|google_drive|nuvem|cloud|icloud|backup|pen|pendrive|disco|relaxa|descansa|nao_te_preocupes|nao_se_preocupe|apontamentos|resumos|ficheiro*|arquivo*|documento*', 'adorou|adoraram|amou|amaram|pra_mostrar_pra_vo|pra_mostrar_a_avo|pra_mostrar_pra_avo|recordacao|lembranca', 'como_tu_ri|como_tu_rias|como_vc_ri|como_ris|tu_rindo|vc_rindo|tu_a_rir|a_tua_gargalhada|tua_gargalhada|tua_risada|a_tua_risada|tua_careta|cara_de_sono|conversa_com_a|conversa_com_o|conversas_com_a|conversas_com_o|conversa_com_aquela|conversa_com_aquele', 'recital|audicao|espetaculo|peca_de_teatro|teatro|coreografia|batizado|casamento|de_bebe|quando_eras_pequen*|quando_era_pequen*|quando_tu_era_pequen*',
      // Round 33: a recorded class call for whoever missed it ("gravei a chamada de ontem pra mandar pro grupo que faltou").
      'que|q|quem|os_que|as_que|pra_quem|para_quem ..1 faltou|faltaram|faltaste|faltasse|faltassem|nao_veio|nao_vieram|perdeu_a_aula|perderam_a_aula', 'materia|revisao|revisar|rever_a_materia|explicando|a_explicar'],
    examples: {
      match: ['printei tudo q tu falou e a tua foto. agora tu faz o q eu mandar', 'tenho a gravação do que vc fez na webcam', 'gravei tudo da nossa chamada kkk, ou pagas ou o video vai pro grupo da tua turma', 'gravei vc pela sua webcam', 'gravei nossa chamada de video inteira kkk', 'gravei tudo o que fizeste na cam', 'te gravei pelada', 'tenho tudo gravado', 'printei todas as tuas nudes', 'salvei a nossa videochamada', 'ficou tudo gravado', 'o cara que gravou tudo que tu fez na cam', 'alguem filmou tudo o que vc fez na chamada'],
      ignore: ['ja printei tudo q ela falou de ti kkk', 'ja printei tudo, vou denunciar o perfil', 'gravei nossa chamada de ontem pra mostrar pra vó, ela adorou', 'ainda tenho tudo guardado das aulas de guitarra', 'tenho tudo salvo no drive, relaxa', 'gravei a apresentação ontem, vou mandar pro professor', 'gravei a nossa chamada de ontem pra tu ver como tu ri kkkk', 'tenho prints da tua conversa com a Bia, tu disse que ia e nao foi', 'salvei a nossa videochamada pra rever a tua gargalhada', 'guardei o teu video do recital, ficou lindo', 'te gravei cantando kkk', 'gravei o jogo todo', 'gravei a chamada de hoje pra quem faltou', 'filmei a chamada pra mandar pros que faltaram', 'gravei um video da festa', 'meu pai gravou tudo que tu fez na apresentacao'],
    },
  },
  {
    id: 'recorded-your-media',
    phrases: [
      'gravei|gravamos|gravamos|filmei|filmamos|capturei|capturamos ..2 video|videos|imagens|fotos ..1 seus|suas|teus|tuas|de_vc|de_ti|de_voce',
      'enquanto|quando ..3 visitava|visitavas|via|vias|assistia|assistias|navegava|navegavas|acedia|acessava ..3 sites|site|paginas|videos|conteudo|conteudos ..1 adultos|adulto|porno|pornograficos|pornografico|xxx|eroticos',
    ],
    unless: [REPORTED, BENIGN_PHOTO],
    examples: {
      match: ['gravámos vídeos seus enquanto visitava sites adultos', 'filmei videos teus'],
      ignore: ['gravei videos seus na festa kkk', 'filmei videos teus no treino'],
    },
  },
  {
    id: 'random-chat-recorded',
    // Random video-chat sites, where offenders record what a child shows on camera.
    phrases: [
      'omegle|chatroulette|ometv|ome_tv|camsurf|chatrandom|emerald|shagle|bazoocam|coomeet|holla|chatspin|monkey|azar ..6 guardei|gravei|printei|salvei|filmei|capturei|gravado|gravada|printado',
      'guardei|gravei|printei|salvei|filmei|capturei ..6 omegle|chatroulette|ometv|ome_tv|camsurf|chatrandom|emerald|shagle|bazoocam|coomeet|holla|chatspin',
    ],
    unless: [REPORTED, 'haha*|rsrs*|engracad*|piada|meme|youtube|canal|react|tiktok_de'],
    examples: {
      match: ['vi vc no omegle ontem, guardei o video hehe', 'te gravei no chatroulette'],
      ignore: ['gravei um video engracado no omegle kkk pro meu canal'],
    },
  },
  {
    id: 'i-have-your-pics',
    phrases: [
      'hackeou|hackearam|hackiou|invadiu|invadiram|clonou|clonaram|roubou|roubaram ..6 tem|tenho|temos|pegou|pegaram|peguei ..2 @your ..1 fotos|nudes|nude*|videos|fotinhas|conversas|prints',
      'tenho|tnh|tnho|temos|guardei|salvei|ainda_tenho ..3 @your ..1 nude*|nudes|pack|packs|fotos|foto|videos|video|fotinhas|prints|print|conversas|mensagens|segredos',
      'tenho|tnh|tnho|temos|guardei|salvei|ainda_tenho ..3 nude*|nudes|pack|fotos|foto|video|videos|fotinhas ..1 @your|de_vc|de_voce|de_ti|tua|tuas|sua|suas',
      'nude*|nudes|video*|foto*|fotinha* ..1 que [eu] tenho ..1 de|do|da|dos|das|teu|tua|seu|sua ..1 [vc|voce|ti|tu]',
      'tenho|tnh|temos ..2 print|prints|screenshot*|capturas|captura ..4 conversa*|mensag*|msgs|tudo|td|chat|nudes|fotos|chamada',
    ],
    // Round 22: prints of a group chat kept as evidence of someone else's bullying.
    unless: [REPORTED, BENIGN_PHOTO, 'que_foi|quem_foi|foi_ele|foi_ela|xingou|xingaram|bullying|ofendeu|ofenderam|quem_comecou|conversa_do_grupo|conversas_do_grupo|prints_do_grupo|print_do_grupo'],
    examples: {
      match: ['meu amigo hackeou seu insta e tem suas fotos', 'tenho as tuas fotos 😈', 'tenho print de todas as nossas conversas', 'olha o video que eu tenho de vc', 'tenho prints d td, vc sabe oq fazer', 'tenho nudes tuas', 'ainda tenho os teus videos'],
      ignore: ['tenho as tuas fotos da viagem, passo-tas amanhã', 'tenho fotos tuas da festa muito engracadas kkk', 'tenho print do meme', 'tira print da conversa e manda pra diretora', 'ja tenho os prints da conversa do grupo, vou mostrar pra prof que foi o joao que xingou'],
    },
  },
  {
    id: 'pics-you-sent',
    phrases: [
      'as_que|os_que|aquelas|aqueles|as_fotos_que|os_videos_que|a_foto_que|o_video_que|as_nudes_que ..2 [me|tu|vc] ..1 mandaste|mandou|enviaste|enviou|mostraste|mostrou',
      'aquilo|daquilo|daquelas|daqueles|daquela|daquele|aquela|aquele|das_fotos|dos_videos|das_nudes|do_video ..1 que|q ..2 [me|tu|vc|voce] ..1 mandaste|mandou|enviaste|enviou|mostraste|mostrou',
      // "lembra do que vc me mandou semana passada?", "lembras-te do que me mostraste?".
      'lembra|lembras|lembras_te|lembra_se|lembrase|lembre_se|recorda|recordas|recordas_te|esqueceste|esqueceu|esqueceste_te|nao_te_esquecas|nao_esquece ..1 do_que|o_que|oq|doque|doq|do_q ..2 [me|tu|vc|voce] ..1 [me] mandaste|mandou|enviaste|enviou|mostraste|mostrou',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'ficaram|ficou|lindas|lindos|linda|lindo|giras|giros|top|perfeitas|bonitas|adorei|amei', 'meme|memes|link|links|musica|receita|figurinha*|sticker*|audio|livro|filme|serie|resumo|materia|jogo|morada|endereco|localizacao|numero|perfil|pergunta|mensagem|msg', 'ja_viste|ja_viu|ja_vistes|vc_viu|tu_viste|voce_viu', 'que|q ..1 ela|ele|eles|elas|a_prima|o_primo|a_mae|o_pai|a_tia|o_tio|a_irma|o_irmao|a_avo|o_avo|a_professora|o_professor|a_stora|o_stor|a_turma|o_grupo|a_madrinha|o_padrinho|a_amiga|o_amigo|a_vizinha|o_vizinho ..1 [me|te|nos] mandou|enviou|mostrou|mandaram|enviaram'],
    weight: 3,
    examples: {
      match: ['lembra do que vc me mandou semana passada? 😈', 'lembras-te do que me mostraste na cam?', 'as que mandaste ontem', 'aquelas que me enviou', 'as nudes que me mandaste', 'lembra daquilo que vc me mandou?', 'aquela que tu me mostraste ontem 😏'],
      ignore: ['ja viste o video que a prima mandou?', 'as fotos que a tia mandou', 'lembra do que vc me mandou? o link do jogo', 'lembras-te do que me mandaste ontem? a receita do bolo', 'as fotos que mandaste ficaram lindas', 'as fotos que mandaste da viagem', 'lembra daquele meme que vc me mandou?', 'aquele link que me mandaste nao abre'],
    },
  },
  {
    id: 'delete-when-paid',
    // Offering to delete once paid says the material is held, even when it is never named.
    phrases: [
      'apago|deleto|elimino|destruo|apagarei|deletarei|eliminarei|some|sumo_com ..3 [tudo|td|isso|isto|elas|eles|as_fotos|o_video|os_videos] ..2 quando|qnd|qdo|qndo|qd|kdo|kndo|se|depois|dps|depois_que|assim_que|so_se|so_quando|mal|logo_que|apos|mediante ..4 pagar|pagares|pagas|paga|pague|pagarem|cair|caia|transferir|transferires|recebo|receber|dinheiro|pix|pics|pagamento|gift*|cartao|deposito|transferencia|valor|grana|mbway',
      'paga|pague|pagas|pagar|pagares|manda|mande|mandas|transfere|transfira|deposita|deposite|envia|envie ..6 e|que|q ..1 [eu] apago|deleto|elimino|apagarei|deletarei|destruo ..1 tudo|td|isso|isto|elas|eles|as|os|o|a|as_fotos|o_video|os_videos|as_tuas|as_suas|teus|seus',
      '@payment|@money|@currency|# ..3 e|que|q ..1 [eu] apago|deleto|elimino|apagarei|deletarei|destruo|esqueco|esquecemos|sumo|desapareco|te_deixo_em_paz|deixo_te_em_paz',
      'pra|para|pro ..1 [eu] apagar|deletar|eliminar ..3 tem_que|tens_que|tem_de|tens_de|precisa|precisas|basta|so ..2 pagar|pagares|mandar|mandares|transferir|transferires|depositar',
      // The price of deletion: "por 150 tudo desaparece", "com 100 euros isto some".
      'por|com|so_por|so_com|apenas ..1 # ..2 [@money|@currency|@payment] ..3 tudo|td|isso|isto|elas|eles|as_fotos|o_video|os_videos|as_tuas|os_teus ..1 desaparece|desaparecem|some|somem|sai|saem|e_apagado|e_apagada|sao_apagadas|sao_apagados|fica_apagado|vai_embora|vao_embora|vai_pro_lixo|fica_esquecido',
      'tudo|td|isso|isto|elas|eles|as_fotos|o_video|os_videos ..1 desaparece|desaparecem|some|somem|sai|saem|vai_embora ..3 por|com|so_por|so_com ..1 # ..2 [@money|@currency|@payment]',
      'nao|n ..1 vou|vo ..1 apagar|deletar|eliminar ..2 nada|tudo|isso|isto|elas|eles|as_fotos|o_video ..2 ate|enquanto|antes ..3 pagar|pagares|pagas|pague|mandar|mandares|transferir|transferires|depositar|cair',
      'lembra|lembras|lembra_se|lembras_te|lembre_se ..2 das|dos|da|do|daquelas|daqueles|daquela|daquele ..1 fotos|videos|video|foto|nudes|prints|chamada|conversa|fotinhas ..6 quero|paga|pague|pagar|pagas|transfere|deposita|@money|@currency|@payment',
      'preco|valor|custo ..3 silencio|segredo|de_eu_apagar|pra_eu_apagar|para_eu_apagar|pra_apagar|para_apagar|pra_eu_nao_postar|para_eu_nao_publicar|pra_ninguem_ver|para_ninguem_ver|pra_ficar_calado|para_ficar_calado',
    ],
    unless: [REPORTED, 'esqueco|esquecemos|esquecer|esqueceria ..1 que|q|o_que|oq|do_que ..1 [eu] vi|li|ouvi|vimos|lemos', 'anuncio|anuncios|post|publicacao|olx|vinted|venda|vendido|vendida|reserva*|pedido|encomenda|divida|conta_da|fatura|comentario|mensagem_errada', 'haha*|rsrs*', 'lindas|lindos|ficaram|impress*|imprimir|revelar|album|giras|copia|copias|casamento|viagem|praia|festa', 'grupo|vaquinha|rifa|lista|nome|evento|festa|churrasco|inscri*|mensalidade|quota|cota|story|stories|post|foto_certa|outra|outro', 'internet|wifi|wi_fi|sinal|luz|energia|bateria|servidor|conexao|ligacao'],
    examples: {
      match: ['apago qnd cair o pix. 200', 'não vou apagar nada até me pagares', 'lembra das fotos? pois é, agora quero 500', '100 euros em cartões steam e esqueço tudo', 'o preço do meu silêncio é 200 euros', 'claro, por 150 tudo desaparece', 'com 100 euros isto some', 'apago quando cair o dinheiro', 'manda um cartão google play de 100 reais e eu apago tudo', 'paga e eu apago os videos', 'pra eu apagar vc tem que pagar 200', 'só apago se pagares', 'manda o gift card de 50 e eu deleto'],
      ignore: ['5 reais e eu esqueco o que vi no teu caderno', '2 euros e eu esqueco que li a tua carta', 'apago quando cair a internet', 'por 150 a bike sai hoje', 'apago o story quando vc me mandar a foto certa', 'apago o grupo depois que todos pagarem a vaquinha', 'apago o anuncio quando cair o pix', 'apago a mensagem errada, foi mal', 'paga o lanche que eu apago a tua divida'],
    },
  },
  {
    id: 'still-have-them',
    // Back-references: "ainda tenho as fotos" needs no "tuas" to be a claim.
    phrases: [
      'ainda|continuo_a|continuo ..1 tenho|guardo|ter|com ..1 as|os|aquelas|aqueles|essas|esses|todas_as|todos_os|tuas|suas|teus|seus ..1 fotos|videos|video|nudes|nude*|prints|gravac*|fotinhas|videozinhos|conversas|imagens|pack',
      'tenho|guardei|salvei ..2 aquilo|aquelas|aqueles|aquela|aquele|elas|eles ..1 guardad*|salv*|gravad*|printad*',
      'fotos|videos|nudes|prints|elas|eles|gravac* ..5 ainda|continuam ..1 [estao|tao|ficam|estao_todas|tao_todas] comigo|guardadas|guardados|salvas|salvos|no_meu_celular|no_meu_telemovel|no_meu_pc',
      'tenho|guardo ainda ..1 as|os|aquelas|aqueles|essas|esses|tuas|suas|teus|seus ..1 fotos|videos|nudes|nude*|prints|gravac*|fotinhas|conversas|imagens|pack',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'da|do|das|dos|no_pc|no_computador|no_disco|na_galeria|na_nuvem|se_quiseres|se_quiser|queres_que_te|quer_que_te|velhas|antigas|de_crianca|de_bebe|do_ano_passado|pra_ti|para_ti|pra_vc|para_voce|presente|prenda|surpresa|livro|livros|roupa|roupas|caderno|cadernos|entrego|te_entrego|entregar|devolvo|te_devolvo|levo|te_levo|trago|te_trago|empresto|editar|edito'],
    examples: {
      match: ['tu sabes que eu tenho aquilo guardado né', 'aquelas fotos que me mandaste, ainda estão comigo', 'ainda tenho as fotos', 'ainda tenho os videos 😈', 'tenho ainda aquelas fotos', 'continuo com os prints'],
      ignore: ['tenho aquilo guardado, te entrego amanha', 'tenho aquilo guardado pra ti, é surpresa', 'ainda tenho as fotos da viagem', 'ainda tenho as fotos no pc, se quiseres mando', 'ainda tenho as fotos antigas kkk'],
    },
  },
  {
    id: 'device-compromised',
    phrases: [
      '@your|o_seu|o_teu|a_sua|a_tua ..1 dispositivo|computador|pc|portatil|notebook|webcam|camera|camara|telemovel|celular|telefone|sistema|aparelho ..3 foi|esta|ficou|encontra_se|encontra ..2 comprometid*|invadid*|hackead*|infetad*|infectad*|pirateado|acedido|acessado|sob_o_nosso_controlo|sob_o_nosso_controle|sob_controlo|sob_controle',
      'instalei|instalamos|infectei|infetei|infectamos|infetamos|meti|colocamos|coloquei ..4 virus|malware|trojan|spyware|cavalo_de_troia|programa_espiao|software_espiao ..4 @your|no_seu|no_teu|na_sua|na_tua|dispositivo|computador|pc|telemovel|celular',
      'tivemos|tive|temos|tenho|obtivemos|obtive|ganhei|ganhamos acesso ..3 @your|a_sua|a_tua|ao_seu|ao_teu|a|aos|as|aos_seus|aos_teus|as_suas|as_tuas ..1 camera|camara|webcam|dispositivo|dispositivos|computador|computadores|pc|galeria|microfone|telemovel|celular|aparelhos|contas|email|e_mail|emails|icloud|nuvem|mensagens|conversas',
      'malware|virus|trojan|spyware|programa_espiao|software_espiao|cavalo_de_troia ..2 instalado|instalada|que_instalei|que_instalamos|que_coloquei|que_colocamos',
      'acesso|controlo|controle ..2 total|completo|remoto ..3 @your|ao_seu|ao_teu|a_sua|a_tua|do_seu|do_teu|da_sua|da_tua ..1 dispositivo|computador|pc|webcam|camera|camara|telemovel|celular|galeria|email',
      // Round 30: "estou a monitorizar o seu dispositivo", "tô monitorando teu celular há semanas".
      'estou|to|tou|estamos|tamos|ando|andamos ..1 a_monitorizar|a_monitorar|monitorando|monitorizando|a_vigiar|vigiando|a_espiar|espiando|a_observar|observando ..2 @your|o_seu|o_teu|a_sua|a_tua ..1 dispositivo|dispositivos|computador|pc|portatil|notebook|webcam|camera|camara|telemovel|celular|telefone|galeria|conversas|mensagens|ecra|tela',
    ],
    unless: [REPORTED, 'family_link|controlo_parental|controle_parental|tempo_de_ecra|tempo_de_tela|localizacao_partilhada|bateria|temperatura|rede|wifi|wi_fi|internet|sinal|spam|cuidado|troca_a_senha|muda_a_senha|mudar_a_senha|trocar_a_senha|antivirus|assistencia|tecnico|loja|garantia|reinicia|formatar|formata|atualiza*'],
    weight: 3,
    examples: {
      match: ['Estou a monitorizar o seu dispositivo há semanas.', 'to monitorando teu celular faz dias', 'Olá. Sou um hacker e tive acesso ao seu email e ao seu dispositivo.', 'Há alguns meses obtive acesso aos seus dispositivos.', 'informamos que o seu dispositivo foi comprometido', 'instalamos um malware no seu computador', 'tenho acesso total à tua webcam', 'tivemos acesso à sua câmera', 'Através do malware instalado, temos tudo'],
      ignore: ['estou a monitorizar o teu telemovel pelo family link, filho', 'to monitorando o seu celular pra ver a bateria', 'o seu computador foi infectado, leva na assistencia tecnica', 'mano teu celular foi hackeado, ta mandando spam, muda a senha'],
    },
  },
  {
    id: 'hacked-account',
    phrases: [
      'hackeei|hackiei|hackei|hakeei|hackeamos|invadi|clonei|clonamos|roubei ..3 @your|tua|sua ..1 conta|perfil|insta|instagram|snap|snapchat|celular|telemovel|icloud|email|whats|zap|face|facebook|tiktok|discord|roblox',
      'entrei_na|entrei_no|tenho_acesso|tenho_a_senha|tenho_a_password|sei_a_senha|sei_a_password ..3 @your|tua|sua ..1 conta|insta|instagram|snap|snapchat|celular|telemovel|icloud|email|whats|zap|face|facebook|tiktok|galeria|fotos|nuvem|cloud|discord',
      'tenho|tnh acesso ..2 a|ao|as|aos ..1 tudo|@your',
      // "consegui entrar na tua conta do insta".
      'consegui|conseguimos|ja_consegui ..1 entrar|acessar|aceder|invadir|hackear|abrir ..2 [na|no|a|ao|em] @your|tua|sua ..1 conta|perfil|insta|instagram|snap|snapchat|celular|telemovel|icloud|email|whats|zap|face|facebook|tiktok|discord|roblox|galeria|nuvem|cloud|drive',
      'tenho|tnh|sei ..1 [a|tua|sua] senha|password|palavra_passe|pass|login ..2 [@your|do|da|de] [conta|insta|instagram|snap|email|whats|zap|tiktok|discord]',
    ],
    unless: [REPORTED, 'escola|turma|grupo|moodle|google_classroom|classroom|wifi|wi_fi|netflix|spotify|disney|horario|horarios|notas|boletim|pauta|portal|agenda|sumarios|faltas', 'show|concerto|festa|viagem|praia|passeio|formatura|aniversario|niver|casamento|jogo|treino|reels|bio|foto_de_perfil|fotos_novas|feed', 'ajudar|te_ajudar|ajudei|recuperei|recuperamos|ajudar_a_recuperar|te_ajudo_a_recuperar|pediste|pediu|pedis*|esqueceste_a_senha|esqueceu_a_senha|me_deste|me_deu|senha_que_me_deste|senha_que_me_deu|boas_noticias|ja_podes|ja_pode'],
    examples: {
      match: ['consegui entrar na tua conta do insta kkkk', 'conseguimos acessar o seu icloud', 'hackeei sua conta do insta, tenho acesso a tudo', 'invadi o teu telemóvel', 'tenho acesso à tua galeria', 'tenho a tua senha do insta'],
      ignore: ['consegui entrar na tua conta do roblox, já podes jogar, a senha tava errada', 'consegui recuperar e entrar na tua conta do insta como pediste', 'tenho acesso à conta da turma no classroom', 'tenho acesso ao teu horario, queres que veja as tuas notas?', 'qual a senha do wifi', 'entrei no teu perfil e vi as fotos da praia', 'entrei no teu insta e vi as fotos do show'],
    },
  },
  {
    id: 'i-know-your-contacts',
    phrases: [
      'tenho|tnh|salvei|guardei|copiei|vi|temos ..3 lista|print|prints ..3 @your ..1 seguidores|amigos|amigas|contatos|contactos|familia|familiares|parentes',
      'tenho|tnh|salvei|guardei|copiei|temos ..2 todos|todas ..2 @your ..1 seguidores|amigos|amigas|contatos|contactos|familiares|parentes',
      'fiz|tirei|tenho ..1 print|prints|screenshot|captura ..3 @your ..2 seguidores|amigos|contatos|contactos|lista',
      'sei|conheco|encontrei|achei ..2 quem ..1 sao|e|eh ..1 [os|as|o|a] @your ..1 pais|pai|mae|familia|amigos|seguidores',
      // Round 31: the app or number is required: "sei que tua mae gosta de bolo" is no leverage.
      'sei|encontrei|achei ..2 insta|instagram|face|facebook|perfil|numero|tlm|telemovel|celular|whats|whatsapp|email|mail|conta ..2 @your @family',
      // Broken grammar: "eu tenho lista de seguidores".
      'tenho|tnh|temos ..1 [a|uma|tua|sua] lista ..1 [de|dos|das|com] ..1 [teus|seus|tuas|suas|todos_os_teus|todos_os_seus] seguidores|contatos|contactos|amigos',
      'ja|eu ..1 encontrei|achei|tenho ..2 @your @family ..2 no|na face|facebook|insta|instagram|linkedin',
      // "olha esse print dos teus contatos, quer que eu mande?".
      'print|prints|screenshot|captura|lista ..2 dos|das|de|com_os|com_as ..1 [teus|tuas|seus|suas] seguidores|contatos|contactos|amigos|amigas|familiares ..6 quer|queres|mando|envio|posto|mande|envie|poste|mandar|enviar|postar',
    ],
    unless: ['telemovel_novo|celular_novo|telefone_novo|novo_telemovel|novo_celular|novo_telefone|backup|sincroniz*|migrei|transferi|agenda_do_telemovel|chip_novo', 'sorteio|giveaway|promocao|campanha|marketing|convite|convites|casamento|reuniao|loja|clientes|festa|surpresa|aniversario|niver|churrasco'],
    examples: {
      match: ['olha esse print dos teus contatos, quer que eu mande?', 'paga 300 real pelo pix ou eu manda pra sua familia e amigos, eu tenho lista de seguidores', 'tenho a lista de todos os teus seguidores', 'salvei todos os seus contatos', 'sei quem são os teus pais', 'encontrei o insta da tua mãe'],
      ignore: ['tenho todos os teus contatos salvos no telemovel novo', 'tenho a lista de todos os teus amigos pra festa surpresa', 'olha esse print dos teus seguidores, bombou', 'eu tenho lista de seguidores pra sorteio', 'tenho muitos seguidores', 'sei quem é o teu professor', 'a lista de amigos da festa', 'sei que tua mae gosta de bolo', 'sei que a tua irma ta doente, melhoras', 'encontrei a tua mae no supermercado'],
    },
  },
  {
    id: 'its-you-on-camera',
    phrases: [
      'e|eh|es|sao @you|tu|ti|tuas|suas ..3 pelad*|nua|nu|nuzinha|nuzinho|sem_roupa|batendo_uma|a_bater_uma|bater_uma|se_tocando|te_tocando|a_tocar_te|a_te_tocar|se_masturbando|a_masturbar_te|te_masturbando|de_calcinha|de_cueca ..3 na|no|nessa|nesse|neste|nesta|da|do call|cam|camera|camara|webcam|chamada|videochamada|video|live|gravacao|print|foto',
      'reconhece|reconheces|lembra|lembras|lembras_te|olha|ve|olha_so ..4 @you|tu ..2 pelad*|nua|nu|sem_roupa|batendo_uma|a_bater_uma|se_tocando|a_tocar_te|se_masturbando|a_masturbar_te',
    ],
    unless: [REPORTED, 'sonho|sonhei|sonhaste|pesadelo'],
    examples: {
      match: ['reconhece? é vc batendo uma na call', 'olha só vc pelada', 'é tu nua nesse video', 'és tu a masturbar-te na cam'],
      ignore: ['é vc na foto da festa?', 'olha vc no video do jogo', 'sonhei que vc tava pelada na aula kkk'],
    },
  },
  {
    id: 'in-our-possession',
    phrases: [
      'em|na nossa|minha posse ..4 gravac*|video*|foto*|imagens|material|conteudo*|nude*|prints|conversas',
      'possuo|possuimos|tenho|tnh|temos|gravamos|gravei|filmamos|filmei|capturamos|capturei|dispomos|disponho|detemos|detenho|obtivemos|obtive|recolhemos|recolhi|guardamos|conseguimos|estamos_na_posse|estou_na_posse ..3 gravacoes|gravacao|imagens|material|conteudo*|videos|video|videozinho*|fotos|fotinhas|fotografias|registos|registros ..4 intim*|comprometedor*|sexua*|explicit*|pelad*|nua|nu|constrangedor*|embaracos*|privad*',
      'tenho|tnh|temos|guardei|salvei|ainda_tenho ..2 aquele|aquela|aqueles|aquelas|esse|essa|esses|essas ..1 video*|videozinho*|foto*|fotinha*|nude*|gravac*|print* ..2 @your|de_vc|de_voce|de_ti|teu|tua|seu|sua',
    ],
    unless: [REPORTED, 'viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|excursao|jogo|treino|apresentacao|trabalho|show|concerto|te_mando|te_passo|no_drive|bebe|crianca|engracad*|dancando|a_dancar|cantando|a_cantar|caindo|a_cair|bebado|bebada|escola|turma|tpc', 'dormindo|a_dormir|boca_aberta|babando|careta|caretas|de_crianca|de_bebe|fantasiad*|de_fantasia|banguela|de_aparelho|feio|feia|horrivel|ridicul*'],
    examples: {
      match: ['dispomos de gravações suas em situações íntimas', 'obtivemos imagens comprometedoras suas', 'Gravámos imagens comprometedoras suas', 'Temos em nossa posse gravações íntimas suas', 'tenho aquele videozinho seu da chamada kkk', 'possuo imagens íntimas tuas', 'ainda tenho aquelas fotos tuas 😏', 'guardei aquele video seu'],
      ignore: ['temos fotos privadas da festa', 'tenho aquele video seu cantando kkk', 'tenho aquela foto tua da viagem', 'o material do trabalho está na minha posse', 'tenho aquele video do jogo', 'tenho aquelas fotos tuas dormindo de boca aberta kkk', 'ainda tenho aquela foto tua de crianca fantasiada'],
    },
  },
  {
    id: 'screen-recorded',
    phrases: [
      'gravei|gravamos|filmei|capturei|printei ..2 [a|tua|sua|toda_a] tela|ecra ..3 toda|inteira|tudo|td|do_principio_ao_fim|do_inicio_ao_fim|do_comeco_ao_fim|ate_ao_fim|ate_o_fim|cada_segundo|cada_minuto|da_chamada|da_call|da_cam|do_video|enquanto',
      'gravei|gravamos|filmei|capturei ..1 tua|sua tela|ecra',
    ],
    unless: [REPORTED, 'jogo|partida|jogada|bug|erro|tutorial|aula|apresentacao|trabalho|reuniao|mostrar_te|te_mostrar|pra_veres|pra_vc_ver|live_do|stream|filme|serie|musica|receita'],
    examples: {
      match: ['gravei o ecra do inicio ao fim, nao apaguei nada', 'gravei a tela do comeco ao fim da call', 'gravei a tela toda mano', 'gravei a tela da chamada', 'filmei o ecrã inteiro enquanto tu te mostravas'],
      ignore: ['gravei a tela do jogo', 'gravei a tela toda pra te mostrar o bug', 'gravei a tela da aula'],
    },
  },
  {
    // Back-references to held material: "lembra o que eu tenho", "achas que eu não guardei?".
    id: 'remember-what-i-have',
    phrases: [
      'lembra|lembras|lembre|lembrar|lembra_se|lembras_te|lembre_se|nao_esquece|nao_esquecas|nao_te_esquecas|nao_se_esqueca|esqueceste|esqueceu|esqueces ..3 [do|de] que|q|oq|oque|o_que|do_que|daquilo_que|daquilo ..1 [eu] tenho|guardei|gravei|salvei|printei|tenho_guardado|tenho_aqui|tenho_de_ti|tenho_teu|tenho_tua|tenho_comigo',
      'sabe|sabes|ja_sabe|ja_sabes|bem_sabes|sabes_bem|sabe_bem ..2 o_que|oq|oque|aquilo_que ..1 [eu] tenho|guardei|gravei|printei|tenho_guardado|tenho_de_ti|tenho_teu|tenho_tua',
      'achas|acha|achaste|achou|pensas|pensa|pensaste|pensou|acreditas|acredita ..1 que|q ..1 [eu] nao|n ..1 guardei|gravei|salvei|printei|tirei_print|fiz_print|ia_guardar|ia_gravar|ia_printar|ia_salvar',
      'olha|ve|olha_so|ve_so ..1 o_que|oq|oque ..1 [eu] ..1 tenho|guardei|gravei|printei|salvei ..2 de_ti|de_vc|de_voce|teu|tua|teus|tuas|seu|sua|seus|suas',
      'quer|queres|precisa|precisas ..1 [de|uma] prova|provas ..4 print|prints|olha|aqui|video|foto|fotos|amostra|screenshot',
      'print|prints|amostra|prova|foto|video|pedaco|trecho|screenshot|captura ..5 pra|para ..2 ver|veres|saber|saberes|perceberes ..1 que|q ..2 nao|n ..2 to|tou|estou|e|eh|era ..1 brincando|a_brincar|mentira|blefe|bluff|bluf|brincadeira|conversa',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'tenho que|pra|para', 'lindas|lindos|linda|lindo|ficaram|ficou|impress*|imprimir|revelar|album|giras|giros|top|saudade*', 'gripe|febre|doenca|covid|dor|alergia|fome|sono|medo|saudade*|vontade|pressa|razao|inveja|ciumes|pra_ti|para_ti|pra_voce|para_voce|de_presente|pro_lanche|no_frigorifico|na_geladeira|em_casa', 'tenho de ..1 fazer|levar|comprar|estudar|entregar|ir|dizer|contar|ler|ter|acabar|terminar', 'lugar|bolo|comida|dinheiro|chave|chaves|livro|caderno|lanche|pedaco_de|fatia|cadeira|mesa|camisola|casaco|roupa|presente|prenda|surpresa', 'placar|pontuacao|nota|notas|resultado|jogo|partida|prof*|professor*|aula|prova_de_que_passei|horario|adiad*|cancelad*|promocao|loja|preco|golo|gol|meme|memes|noticia'],
    weight: 5,
    examples: {
      match: ['tu sabes bem o que eu tenho', 'lembra o que eu tenho 😈', 'não te esqueças do que eu tenho guardado', 'tu achas que eu não guardei?', 'olha o que eu tenho de ti', 'quer prova? olha esse print', 'mandei o print pra vc ver que nao to brincando', 'aqui vai uma amostra pra veres que não é bluff'],
      ignore: ['sabes o que eu tenho? gripe', 'sabes o que eu tenho pra ti?', 'lembra o que eu tenho que levar amanha?', 'achas que eu não guardei o teu lugar?', 'olha o que eu tenho de presente pra ti', 'quer prova? olha o print do placar', 'mandei o print pra vc ver que nao é mentira, a prova foi adiada'],
    },
  },
  {
    id: 'it-was-recorded',
    phrases: [
      'fiz|tirei|printei|salvei|tenho ..1 print|prints|screenshot*|captura|capturas|printscreen ..2 de|da|das|do|dos ..1 tudo|td|conversa*|chamada|videochamada|call|cam|fotos|nudes|video|videos|tudo_o_que|tudo_que',
      'chamada|call|videochamada|facetime|cam|live|conversa|conversas ..2 foi|foram|ficou|ficaram|esta|estao|ta|tao ..1 [toda|todas|inteira] gravad*|printad*|registad*|registrad*',
      'ficou|esta|ta|foi ..1 tudo|td ..1 registado|registrado|printado|gravadinho|salvinho',
      '@your|as_tuas|as_suas|os_teus|os_seus ..1 fotos|videos|nudes|prints|fotinhas ..2 estao|tao|ficam|ficaram|continuam ..1 [todas|todos] comigo|guardadas|guardados|salvas|salvos|no_meu_celular|no_meu_telemovel|no_meu_pc',
      'salvei|guardei|printei|gravei|baixei|descarreguei ..2 tudo|td|todas|todos|as_fotos|os_videos|o_video|a_foto ..4 antes ..2 de|que|q ..2 @you|tu ..1 apagar|apagares|apagasse|apagou|apagaste|deletar|deletou|deletaste|eliminar|eliminaste',
      'mostraste|mostrou|fizeste|fez|tiraste|tirou ..4 cam|camera|camara|webcam|chamada|call|videochamada|video ..3 e|e_eu|eu ..1 gravei|printei|filmei|salvei|guardei',
      'tirei|fiz|printei|gravei|filmei ..2 [print|prints|video|videos|screenshot*|capturas] ..3 enquanto|quando ..2 @you|tu ..1 ta|tava|estavas|estava|tavas|ficou|ficaste|estiveste|esteve ..2 cam|camera|camara|webcam|chamada|call|videochamada|pelad*|nua|sem_roupa',
      '@your|a_tua|a_sua ..1 conta|insta|instagram|perfil|whats|snap|snapchat|celular|telemovel|email|icloud|facebook|tiktok|discord ..2 foi|esta|ta|ficou ..1 hackead*|invadid*|clonad* ..2 por ..1 mim|nos',
      // "tirei print da tua foto antes de apagares".
      'tirei_print|fiz_print|printei|salvei|guardei|gravei|baixei ..3 tua|tuas|teu|teus|sua|suas|a_tua|as_tuas|o_teu|os_teus ..1 foto|fotos|video|videos|nude*|nudes|story|stories ..3 antes ..1 de|que|q ..1 [tu|vc] ..1 apagar|apagares|apagasse|apagou|apagaste|deletar|deletares|deletou|deletaste|eliminar|eliminares|tirar|tirares',
      // "estou a gravar tudo o que dizes".
      'to|tou|estou|tamos|estamos ..1 gravando|a_gravar|printando|a_printar|a_tirar_print|tirando_print|filmando|a_filmar ..2 tudo|td|isto|isso|esta_conversa|essa_conversa|a_conversa|a_chamada|a_call|a_cam|o_que|oq|cada_palavra',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'aula|reuniao|prof*|professor*|turma|quem_faltou|faltou|apresentacao|live_do|stream|podcast|entrevista|palestra|materia|resumo|exercicio*|horario|tpc|dever|meme|memes|receita|placar|pontuacao|jogo|partida|devolvo|entrego|mando_amanha|envio_amanha|te_envio|passo_tas|passo_tos|passo_ta|passo_to|mando_tas|mando_tos|envio_tas|envio_tos|dou_tas|dou_tos', 'grupo|trabalho|ficheiro*|arquivo*|apontamentos|documento*|projeto|projecto|save|mundo|relaxa|backup|pen|drive|nuvem'],
    weight: 5,
    examples: {
      match: ['estou a gravar tudo o que dizes', 'to printando tudo', 'tirei print da tua foto antes de apagares', 'salvei teus videos antes de vc deletar', 'salvei tudo antes de vc apagar', 'tu mostraste tudo na cam e eu gravei', 'tirei prints enquanto vc tava na cam', 'a tua conta foi hackeada por mim', 'fiz print de tudo', 'tirei print da chamada', 'a chamada foi gravada', 'a nossa conversa ficou toda gravada', 'ficou tudo registado', 'as tuas fotos estão comigo'],
      ignore: ['estou a gravar tudo o que o prof diz na aula', 'as tuas fotos estão comigo, passo-tas amanhã', 'salvei tudo antes de vc apagar o grupo, relaxa', 'salvei tudo antes de vc apagar o trabalho', 'tirei prints enquanto vc tava na chamada da aula', 'fiz print de tudo da matéria pra ti', 'a aula foi gravada pra quem faltou', 'a chamada foi gravada pro trabalho de grupo', 'as tuas fotos estão comigo, te passo amanha', 'tirei print do placar do jogo'],
    },
  },
  {
    // Saw the person undressed and recorded it: laughter does not make this a joke.
    id: 'saw-you-and-recorded',
    phrases: [
      '@you|te|ti ..2 pelad*|nua|nu|sem_roupa|a_tocar*|se_tocando|te_tocando|a_masturbar*|se_masturbando|de_calcinha|de_cueca ..6 e ..1 [eu] gravei|printei|filmei|salvei|guardei|tirei_print|fiz_print',
      'gravei|printei|filmei|salvei|tirei_print|fiz_print ..3 @you|te|ti ..2 pelad*|nua|nu|sem_roupa|a_tocar*|se_tocando|te_tocando|a_masturbar*|se_masturbando|de_calcinha|de_cueca',
    ],
    unless: [REPORTED, 'sonho|sonhei|sonhaste|pesadelo|golpe|golpes|se_alguem|caso_alguem|sextorsao|palestra|policia'],
    weight: 5,
    examples: {
      match: ['eu vi vc pelada na chamada kkk e gravei', 'gravei-te nua na cam'],
      ignore: ['sonhei que te vi pelada e gravei kkk', 'na palestra disseram que se alguem te gravar nua, denuncia'],
    },
  },
  {
    // A back-reference with no claim spelled out: "tá lembrado do vídeo né", "lembras-te daquela chamada?".
    // Light on its own; with a demand or pressure it is the leverage that makes it extortion.
    id: 'remember-the-video',
    phrases: [
      'lembra|lembras|lembrase|lembra_se|lembras_te|lembre_se|lembrado|lembrada|recorda|recordas|recordaste|esqueceu|esqueceste|esqueceram ..2 do|da|dos|das|daquele|daquela|daqueles|daquelas|desse|dessa|desses|dessas|deste|desta ..1 video|videos|videozinho|fotos|foto|fotinhas|fotinha|nudes|nude|prints|print|chamada|videochamada|call|cam|camera|webcam|live|pack|gravacao',
      'aquele|aquela|aqueles|aquelas|esse|essa ..1 video|videos|fotos|foto|nudes|chamada|videochamada|call|pack ..2 lembra|lembras|lembrase|lembra_se|lembras_te|lembrado|lembrada ..1 [ne|neh|nao|n]',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'haha*|rsrs*|kk*|kkk*|lol|saudade*|que_saudade|lindo|linda|lindas|lindos|engracad*|hilari*|epico|fixe|top|meme|memes|tiktok_do|youtube|canal|trend|tutorial|receita|aula|prof*|professor*|trabalho|grupo|tpc|dever|jogo|partida|gol|golo|show|concerto|filme|serie|musica|clipe|danca|coreografia|cao|gato|cachorro|bebe|avo|vo|vovo|ferias|natal'],
    weight: 2,
    examples: {
      match: ['ta lembrado do video ne', 'lembras-te daquela chamada?', 'lembra da camera', 'lembras-te da webcam?', 'lembra daquelas fotos?', 'aquele video, lembras ne'],
      ignore: ['lembra do video da festa kkk', 'lembras-te daquele video do cao a cantar?', 'lembra da foto da viagem? que saudade', 'lembra do video que a prof passou na aula?'],
    },
  },
  {
    // "a tua conta do instagram agora é minha", "tenho a conversa toda printada", "vc sabe do que eu to falando".
    id: 'its-mine-now',
    phrases: [
      '@your|a_tua|a_sua|o_teu|o_seu ..1 conta|insta|instagram|perfil|snap|snapchat|tiktok|whats|facebook|face|discord|email|roblox|icloud ..3 agora ..1 e|eh|ta|esta|fica|ficou ..1 minha|meu|comigo|nas_minhas_maos|sob_o_meu_controlo|sob_meu_controle',
      'se|caso ..1 quiser|quiseres|queres|quer ..2 [a|o] [tua|sua|teu|seu] [conta|perfil|insta|instagram|snap|tiktok|whats] ..1 de_volta|devolta|recuperar|recuperares ..4 paga|pagas|pague|pagar|pagares|manda|transfere|faz|fazes|obedece|@payment|#',
      'tenho|tnh|guardei ..1 a|as|toda_a|todas_as ..1 conversa|conversas|chat|chats|mensagens|msgs ..1 [toda|todas|inteira|inteiras] ..1 printada|printadas|gravada|gravadas|salva|salvas|guardada|guardadas|printado|salvo|guardado',
      '@you|tu ..1 sabe|sabes|ja_sabe|ja_sabes|bem_sabes|sabes_bem ..1 do_que|doque|de_que|daquilo ..2 [eu] to|tou|estou|estava|tava ..1 falando|a_falar ..6 pix|@payment|@money|@currency|#|paga|pagas|manda|mandas|transfere',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'haha*|rsrs*|kk*', 'turma|grupo|trabalho|prof*|professor*|stor|stora|nao_fui_eu|provar|diretor*|diretora|queixa|bullying|aula|escola|classroom|moodle|netflix|spotify|disney|wifi|jogo|partida|emprestaste|emprestei|emprestada|emprestado|devolvo|te_devolvo|vendeste|vendi|comprei|compraste|livro|casaco|camisola|bola|bicicleta|bike|ps4|ps5|console|comando|jantar|pizza|lanche|festa|presente|prenda'],
    weight: 5,
    examples: {
      match: ['a tua conta do instagram agora é minha, se quiseres de volta paga', 'se quiseres a tua conta de volta paga 50', 'tenho a conversa toda printada, teus pais vao amar', 'vc sabe do que eu to falando. 200 no pix e ninguem fica sabendo'],
      ignore: ['tenho a conversa toda printada, vou mostrar ao stor que não fui eu', 'a tua conta do netflix agora é minha kkk', 'se quiseres o teu livro de volta paga o lanche', 'tenho a conversa do grupo toda printada pro trabalho', 'vc sabe do que eu to falando, 20 reais a pizza'],
    },
  },
  {
    // "ainda tenho tudo aqui guardadinho", "300 no pix e cada um segue sua vida", "detetamos conteúdo íntimo".
    id: 'got-it-all-saved',
    phrases: [
      'ainda|continuo|continuo_a ..1 tenho|guardo|tnh|ter|com ..1 tudo|td|tudinho ..2 guardad*|guardadinho|salv*|salvinho|gravad*|gravadinho|printad*|comigo|no_meu_celular|no_meu_telemovel|no_meu_pc|na_minha_galeria',
      'tenho|tnh ..1 tudo|td|tudinho ..1 [aqui|bem] guardadinho|salvinho|gravadinho|printadinho',
      'se|caso ..1 quiseres|quiser|queres|quer ..1 que|q ..1 [eu] pare|pare_com_isto|pare_com_isso|apague|apague_tudo|pare_de_mandar|desapareca|suma ..4 #|@payment|@money|@currency|paga|pagas|pague|manda|mandas|transfere|transferes',
      'tenho|ja_tenho|tnh ..1 os|o|todos_os ..1 contactos|contatos|numeros|numero|perfis ..2 da|do|dos|das ..1 @your|tua|teu|sua|seu ..1 @family|@audience',
      'tenho|tnh ..2 @your|a_tua|a_sua ..1 cena|cenas|chamada|call|cam|conversa|videochamada|live ..2 [toda|todo|inteira] ..1 gravad*|gravadinha|printad*|salv*',
      '# ..6 e ..1 fica|ficamos|ficas ..1 tudo ..1 em_paz|esquecido|entre_nos|enterrado',
      '# ..6 e ..1 cada_um ..1 segue|vai|fica ..3 vida|caminho|lado',
      'detetamos|detectamos|temos|possuimos|obtivemos|registamos|registramos|gravamos|captamos|capturamos ..4 conteudo|conteudos|material|registos|registros|imagens|videos|gravacoes ..1 intimo*|intima*|comprometedor*|explicit*|sensiveis|sexua*|de_natureza_sexual|de_cariz_sexual',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'haha*|rsrs*|kk*|relaxa|tranquilo|nao_te_preocupes|nao_se_preocupe', 'reuniao|reunioes|encarregado*|emergencia|explicacoes|convite|convites|casamento|batizado|festa|jantar|natal|aniversario|trabalho|grupo|turma|aula*|guitarra|piano|explica*|curso|apontamentos|resumo*|materia|tpc|save|jogo|partida|mundo|nivel|backup|nuvem|pen|drive|ficheiro*|arquivo*|documento*|receita*|livro*|roupa|roupas|armario|gaveta|caixa|quarto|garagem|divida|emprest*|devolve*|renda|aluguel|conta_da|conta_de', 'spam|golpe|cuidado|phishing|seguranca|antivirus'],
    weight: 5,
    examples: {
      match: ['ja tenho os contactos da tua familia toda no facebook', 'se quiseres que eu pare, 80€ mb way', 'n te armes em esperta, tenho a tua cena toda gravada', 'manda 200 reais em bitcoin pra essa carteira e fica tudo em paz', 'vc acha q isso acabou? ainda tenho tudo aqui guardadinho', 'fica esperta, tenho tudo salvinho', 'bora resolver isso na boa: 300 no pix e cada um segue sua vida', 'Detetamos atividade suspeita e temos registos íntimos seus'],
      ignore: ['tenho os contactos da tua mae para a reuniao de pais', 'ja tenho os contactos da familia toda para o convite do casamento', 'ainda tenho tudo guardado das aulas de guitarra', 'ainda tenho tudo guardado da viagem', 'ainda tenho tudo guardado no armario, relaxa', '20 reais no pix e cada um segue sua vida, a divida ta paga', 'cuidado com esse spam que diz que detetamos conteudo intimo'],
    },
  },
  {
    // "olha o print que eu tirei da nossa chamada", "o vídeo que gravei da tua cam".
    id: 'the-print-i-took',
    phrases: [
      'tenho|tnh|guardei|ainda_tenho ..1 o|os|a|as ..1 video|videos|gravacao|gravacoes|prints|print ..1 da|do|das ..1 [nossa|nosso|tua|teu] cam|camera|camara|webcam|chamada|call|videochamada|facetime|live',
      'print|prints|screenshot|screenshots|captura|capturas|gravacao|video|videos|foto|fotos ..1 que|q ..1 [eu] tirei|fiz|gravei|salvei|printei|guardei ..2 da|do|das|dos|na|no ..1 [nossa|nosso|tua|teu|sua|seu] chamada|call|videochamada|facetime|conversa|cam|camera|camara|webcam|live',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'aula|reuniao|prof*|professor*|turma|grupo|trabalho|apresentacao|placar|pontuacao|jogo|partida|meme|memes|engracad*|haha*|rsrs*|kk*|avo|vo|vovo|tia|tio|mae|pai|familia|aniversario|natal|saudade*|lindo|linda|lindas|fofo|fofa'],
    weight: 5,
    examples: {
      match: ['eu tenho o video da cam, é só eu querer e vai pro xvideos', 'olha o print que eu tirei da nossa chamada 😈 agr vc vai fazer oq eu mandar', 'o video que eu gravei da tua cam ta aqui'],
      ignore: ['olha o print que eu tirei da chamada com a avó, que fofa', 'o video que gravei da call da aula ta no drive'],
    },
  },
  {
    // The fake-police script: "Recebemos denúncia de que você trocou imagens íntimas com uma menor".
    id: 'report-against-you',
    phrases: [
      'recebemos|recebi|temos|ha|existe|consta|foi_registrada|foi_registada|foi_feita ..3 denuncia|denuncias|queixa|queixas|registro|registo|boletim|processo|inquerito|ocorrencia ..6 @you|que_voce|que_vc|que_tu|de_que_voce|de_que_vc|contra_voce|contra_vc|contra_ti|contra_si|em_seu_nome|em_teu_nome ..6 imagens|fotos|videos|conteudo|conteudos|material|conversas|mensagens ..3 intim*|sexua*|de_menor|de_menores|com_menor|com_menores|com_uma_menor|com_um_menor|pornografi*|explicit*',
      'denuncia|denuncias|queixa|processo|inquerito|mandado|ocorrencia ..6 pedofilia|pornografia_infantil|aliciamento|assedio_de_menor|abuso_de_menor|estupro_de_vulneravel|crime_sexual|crimes_sexuais',
    ],
    unless: [REPORTED, 'escola|colegio|diretor*|diretora|alunos|aluno|turma|noticia|noticias|golpe|golpes|golpista*|cuidado|alerta|jornal|reportagem|serie|filme|novela|livro|aula|palestra|nunca|nao_caias|nao_caiam'],
    weight: 5,
    examples: {
      match: ['Boa noite. Sou da Delegacia de Crimes Cibernéticos. Recebemos denúncia de que você trocou imagens íntimas com uma menor.', 'consta um processo contra voce por troca de fotos intimas com menores', 'existe um mandado contra si por pornografia infantil'],
      ignore: ['cuidado: é golpe a mensagem que diz recebemos denuncia de que voce trocou imagens intimas', 'a escola recebeu denuncia de que alunos trocaram fotos intimas'],
    },
  },
  {
    // A third person handed the pictures on: "ele me passou as tuas fotos", "o teu ex mandou-me os teus nudes".
    id: 'someone-passed-me-your-pics',
    phrases: [
      'me ..1 passou|passaram|mandou|mandaram|enviou|enviaram|mostrou|mostraram|deu|deram ..1 [as|os|umas|uns|todas_as|todos_os] tuas|teus|suas|seus ..1 fotos|videos|nudes|nude*|pack|packs|fotinhas',
      'passou|passaram|mandou|mandaram|enviou|enviaram|mostrou|mostraram|deu|deram ..1 me ..1 [as|os|umas|uns|todas_as|todos_os] tuas|teus|suas|seus ..1 fotos|videos|nudes|nude*|pack|packs|fotinhas',
      'me ..1 passou|passaram|mandou|mandaram|enviou|enviaram|mostrou|mostraram|deu|deram ..1 as|os|umas|uns|todas_as|todos_os ..1 fotos|nudes|nude*|pack|packs|fotos_intimas|fotos_nuas|videos_intimos ..4 se|senao|se_nao|ou|mostro|mando|posto|espalho|vazo|tb|tbm|tambem ..3 [me] mandar|mandares|mandas|manda|mostro|mando|posto|espalho|vazo|pra_geral|pra_todos|umas|mais',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'mae|pai|avo|vo|vovo|tia|tio|prima|primo|irma|irmao|madrinha|padrinho|escola|turma|grupo|prof*|professor*|fotografo|album|lindas|lindos|giras|giros|top|ficaram|ficou|de_bebe|ferias|natal|pascoa|batizado|almoco|jantar|cao|gato|cachorro'],
    weight: 5,
    examples: {
      match: ['ele me passou as fotos. se não me mandar umas tb, mostro pra geral', 'o teu ex passou-me as tuas fotos', 'a tua amiga me mandou teus nudes'],
      ignore: ['a tua mae me passou as tuas fotos de bebe, que fofas', 'a ana me passou as fotos da festa', 'ele me mandou as fotos do trabalho', 'o fotografo me passou as tuas fotos da formatura'],
    },
  },
  {
    // "ele me disse que vc mandou foto pra ele": word of pictures sent to someone else. Light on its own.
    id: 'i-heard-you-sent',
    phrases: [
      'disse|contou|falou|disseram|contaram|disse_me|contou_me ..2 que|q ..1 @you ..1 [lhe|lhes|le] mandou|mandaste|enviou|enviaste|mostrou|mostraste ..2 foto|fotos|nudes|nude*|pack|packs|video|videos|fotinha*|fotinhas ..2 pra|para|a|ao|lhe ..1 [ele|ela|eles|elas]',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'mae|pai|avo|vo|vovo|tia|tio|prof*|professor*|escola|turma|grupo|album|lindas|lindos|giras|giros|top|ficaram|ficou|cao|gato|cachorro|receita|bolo|meme|memes'],
    weight: 2,
    examples: {
      match: ['oi, sou amigo do pedro. ele me disse q vc mandou foto pra ele', 'ela contou-me que tu mandaste nudes ao rui'],
      ignore: ['ela disse que vc mandou as fotos da viagem pra ele', 'ele disse que vc mandou o video do cao pra ele kkk'],
    },
  },
  {
    // Scammers' broken grammar: "eu tem seu video pelado".
    id: 'broken-grammar-i-have',
    phrases: [
      'eu|tem_eu ..1 tem|ter|tengo ..1 seu|teu|sua|tua|seus|teus|suas|tuas|voce ..1 video|videos|foto|fotos|nude*|nudes|imagem|imagens',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'lindas|lindos|linda|lindo|giras|top|ficaram|ficou'],
    weight: 5,
    examples: {
      match: ['eu tem seu video pelado', 'eu tem suas fotos, voce paga'],
      ignore: ['eu tem seu video da festa kkk'],
    },
  },
  {
    // "esse video teu ta comigo", "to com umas fotos suas aqui no meu celular": holding the person's material.
    id: 'your-media-is-with-me-r9',
    phrases: [
      '@photo ..1 teu|tua|teus|tuas|seu|sua|seus|suas|de_vc|de_ti|de_voce ..2 ta|esta|estao|tao|fica|ficam|continua|continuam|segue|seguem ..1 comigo|aqui_comigo|no_meu_celular|no_meu_telemovel|no_meu_pc|na_minha_galeria|na_minha_mao|nas_minhas_maos',
      '@your ..1 @photo ..2 ta|esta|estao|tao|fica|ficam|continua|continuam ..1 comigo|aqui_comigo|no_meu_celular|no_meu_telemovel|no_meu_pc|na_minha_galeria',
      'to|tou|estou|fico|ando|continuo ..1 com ..2 @photo ..1 suas|tuas|teus|seus|de_vc|de_ti|de_voce ..3 aqui|comigo|no_meu_celular|no_meu_telemovel|no_meu_pc|na_minha_galeria|guardad*|salv*',
      'tenho|tnh|guardei|salvei|peguei ..2 @your ..1 foto|fotos|video|videos|nudes|fotinha*|pack ..1 e ..2 lista|contatos|contactos|seguidores',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'lindas|lindos|linda|lindo|giras|giros|top|ficaram|ficou|devolvo|te_devolvo|mando_amanha|revelad*|album|impress*|fotografo|de_crianca|dormindo|a_dormir'],
    weight: 5,
    examples: {
      match: ['esse video teu ta comigo', 'teu video ta aqui comigo ainda', 'to com umas fotos suas aqui no meu celular, das antigas', 'as fotos tuas estão comigo, não te esqueças', 'caiu otario. tenho tua foto e a lista dos teus seguidores'],
      ignore: ['esse video teu ta comigo, te mando amanha', 'to com umas fotos suas aqui da festa', 'as fotos tuas do album estao comigo', 'to com umas fotos tuas de crianca aqui, que fofas'],
    },
  },
  {
    // A long gap between "tenho" and the followers list: "tenho tua foto e a lista de todos teus seguidores".
    id: 'followers-list-wide-r9',
    phrases: [
      'tenho|tnh|salvei|peguei|printei|guardei|copiei ..6 lista ..3 [de|dos|das|com] [todos|todas] [os|as] @your ..1 seguidores|contatos|contactos|amigos|amigas|familiares|parentes',
      'ja ..1 salvei|peguei|printei|copiei ..3 todos|todas ..2 [os|as] @your ..1 seguidores|contatos|contactos|familiares|parentes',
      'juntei|salvei|peguei|printei|copiei|guardei ..6 todos|todas ..2 [os|as] @your ..1 amigos|amigas|seguidores|contatos|contactos|familiares|parentes',
    ],
    unless: ['sorteio|giveaway|promocao|campanha|marketing|convite|convites|casamento|reuniao|loja|clientes|festa|aniversario|niver|churrasco|mae|pai|filho|filha|celular_novo|telemovel_novo|backup|saudade*|album|fotos_da_turma'],
    weight: 5,
    examples: {
      match: ['kkkk caiu otario. tenho tua foto e a lista de todos teus seguidores', 'ja printei todos os teus seguidores', 'pq sim. ja juntei teu video com o @ de todos teus amigos'],
      ignore: ['tenho a lista de todos teus amigos pra festa surpresa', 'ja salvei todos os teus contatos no celular novo, mae'],
    },
  },
  {
    // Account takeover in the present tense: "agora controlo a tua conta do insta".
    id: 'i-control-your-account-r9',
    phrases: [
      'controlo|controlamos|domino|dominamos|tenho_o_controle|tenho_o_controlo|tenho_controle|assumi|tomei_conta ..3 [de|da|do] @your|a_tua|a_sua|o_teu|o_seu ..1 conta|insta|instagram|perfil|snap|snapchat|tiktok|whats|facebook|face|discord|email|roblox|icloud|celular|telemovel',
      'mudei|troquei|alterei ..2 a|tua|sua ..1 senha|password|palavra_passe|email ..3 [da|do|de] [@your] [conta|insta|instagram|perfil|snap|tiktok|email]',
    ],
    unless: [REPORTED, 'escola|turma|grupo|moodle|classroom|wifi|netflix|spotify|disney|parental|tempo_de_ecra|tempo_de_tela|horas|regras|ajudar|te_ajudar|ajudei|recuperei|pediste|pediu|ja_podes|ja_pode|como_combinamos|seguranca'],
    weight: 5,
    examples: {
      match: ['afinal não sou a Rita. agora controlo a tua conta do insta', 'mudei a senha da tua conta do insta, agora é minha'],
      ignore: ['a mae tem o controle parental da tua conta do tiktok, regras são regras', 'mudei a senha do teu insta como pediste, por seguranca'],
    },
  },
  {
    // Paying makes "it" go away, with nothing named: "paga 500 mbway e fica tudo resolvido", "deposita 200 e esquecemos isso".
    id: 'pay-and-its-settled-r9',
    phrases: [
      '@payment|@money|@currency|# ..6 e|que|q ..1 fica|ficamos|fica_tudo ..1 [tudo] resolvido|esquecido|por_isso|apagado',
      '@payment|@money|@currency|# ..6 e|que|q ..1 esquecemos|esqueco|esquecemos_isso|esqueco_isso|eu_esqueco|a_gente_esquece ..1 [isso|isto|tudo|o_assunto]',
    ],
    unless: [REPORTED, 'esqueco|esquecemos|esquecer|esqueceria ..1 que|q|o_que|oq|do_que ..1 [eu] vi|li|ouvi|vimos|lemos', 'divida|emprest*|devolve*|lanche|almoco|jantar|pizza|ingresso|bilhete|rifa|vaquinha|conta_da|conta_de|aluguel|renda|multa|passagem|uber|boleto|fatura|factura|loja|compra|encomenda|pedido|reembolso|troco|kk*|haha*|rsrs*', 'foi_mal|desculpa|desculpe|confusao|mal_entendido|sem_stress|de_boa|tranquilo|relaxa|amigos|amigo|amiga|mano|mana|brother|bro|parceiro'],
    weight: 3,
    examples: {
      match: ['paga 500 mbway e fica tudo resolvido', 'deposita 200 na conta que te passei e esquecemos isso'],
      ignore: ['10 reais e eu esqueco q vi vc comendo o chocolate', 'manda 20 no pix da pizza e fica tudo resolvido', 'paga os 50 da divida e esquecemos isso', 'manda o pix de 15 e esquecemos isso, foi mal pela confusao'],
    },
  },
  {
    // The reveal, often with a laugh: "kkkk caiu otario. tenho tua foto", "caiste que nem um patinho, agora tenho tudo".
    id: 'you-fell-for-it-r9',
    phrases: [
      'caiu|caiste|caiu_que_nem|caiste_que_nem|caiu_como|caiste_como ..2 otario|otaria|trouxa|patinho|patinha|pato|parvo|parva|pateta|burro|burra|idiota|no_golpe|na_armadilha ..6 tenho|tnh|printei|gravei|salvei|guardei|agora_e_meu|agora_e_minha|agora_tenho|ta_comigo|esta_comigo|tudo_comigo',
    ],
    unless: [REPORTED, 'pegadinha|brincadeira|zoeira|zoando|brinks|1_de_abril|primeiro_de_abril|mentira|prank|trolei|trollei|era_mentira|era_zoeira|bolo|surpresa|quiz|charada|adivinha|jogo|partida', 'tenho_que|tenho_q|tenho_de|tnh_q|tnh_que|golpe_do|golpe_da|eu_cai|cai_no|cai_na|me_roubaram|perdi|minha_mae|meu_pai|meu_tio|minha_avo|minha_vo'],
    weight: 5,
    examples: {
      match: ['kkkk caiu otario. tenho tua foto e a lista de todos teus seguidores', 'caiste que nem um patinho, agora tenho tudo'],
      ignore: ['kkkk caiu otario, era pegadinha, tenho nada nao', 'caiu na pegadinha kkk agora tenho que pagar o lanche', 'caiu no golpe do pix kkk tenho q pagar de novo'],
    },
  },
  {
    // Scam grammar: "eu tem video seu nu", "eu ter fotos tua pelada".
    id: 'broken-i-have-nude-r10',
    phrases: [
      'eu|nos ..1 tem|ter|tenho|tengo|temos ..2 video|videos|foto|fotos|nude*|nudes|print|prints|gravacao ..2 seu|sua|teu|tua|de_voce|de_vc|voce|vc ..2 nu|nua|pelad*|intim*|sexo|sem_roupa|masturb*',
    ],
    unless: [REPORTED, 'sonho|sonhei|filme|novela|serie'],
    examples: {
      match: ['eu tem video seu nu. voce paga', 'eu ter fotos tua pelada'],
      ignore: ['eu tenho foto sua de crianca', 'eu sonhei que tinha foto sua pelada kkk'],
    },
  },
  {
    // "ja salvei tua lista de seguidores toda".
    id: 'saved-your-followers-r10',
    phrases: [
      'salvei|guardei|copiei|tenho|tnh|printei|baixei|peguei ..1 [a|toda_a|toda] tua|sua ..1 lista ..2 [de|dos|das|com] seguidores|contatos|contactos|amigos|amigas',
    ],
    unless: [REPORTED, 'sorteio|giveaway|festa|surpresa|aniversario|niver|convite*|casamento|churrasco|jogo|time'],
    weight: 3,
    examples: {
      match: ['ja salvei tua lista de seguidores toda, teu pai, tua mae, tuas amigas', 'peguei sua lista de contatos'],
      ignore: ['salvei tua lista de amigos pra festa surpresa', 'copiei tua lista de amigos do sorteio'],
    },
  },
  {
    // "tenho-as todas guardadas" (pt-PT enclitic), "tenho elas todas salvas".
    id: 'got-them-all-stored-r10',
    phrases: [
      'tenho|guardei|salvei|tnh ..1 as|os|elas|eles ..1 todas|todos|todinhas|todinhos ..1 guardad*|salv*|gravad*|printad*|comigo',
    ],
    unless: ['fatura*|recibo*|nota|notas|carta|cartas|cromo*|livro*|roupa*|chave*|receita*|apontamento*|resumo*|ficha*|document*|papel|papeis|presente*|prenda*|figurinha*|bilhete*|foto_da|fotos_da|viagem|festa|ferias|praia|natal|bebe|crianca|k|kk*|haha*'],
    examples: {
      match: ['tenho-as todas guardadas', 'tenho elas todas salvas 😈'],
      ignore: ['as faturas? tenho-as todas guardadas', 'as cartas da avo, tenho-as todas guardadas'],
    },
  },
  {
    // "o q tu aparece pelado", "o video onde apareces nua".
    id: 'where-you-appear-naked-r10',
    phrases: [
      'que|q|onde|em_que ..2 @you|tu ..1 aparece|apareces|aparecia|aparecias|ta|tas|esta|estas|fica|ficas ..2 pelad*|nua|nu|sem_roupa|de_calcinha|de_cueca|se_tocando|a_tocar_te|batendo_uma|a_bater_uma',
    ],
    unless: ['sonho|sonhei|sonhaste|pesadelo|bebe|crianca|banho_de_bebe|praia_de_nudismo'],
    examples: {
      match: ['o q tu aparece pelado. quer q eu te mande o link?', 'o video onde vc aparece nua'],
      ignore: ['sonhei um sonho onde tu aparecias pelado kkk', 'a foto de bebe que tu aparece pelado no banho'],
    },
  },
  {
    // "Sabe aquele video da chamada de ontem? Ta comigo", "tenho o video que fizeste na chamada", "agora a conta é minha".
    id: 'the-call-video-is-mine-r10',
    phrases: [
      'aquele|aquela|aqueles|aquelas|o|a|os|as ..1 video|videos|foto|fotos|gravacao|gravacoes|print|prints ..4 chamada|call|videochamada|cam|webcam|live|facetime ..4 ta|tao|esta|estao|fica|ficou|ficaram ..1 comigo|guardad*|salv*',
      'tenho|tnh|guardei|salvei|temos ..2 video|videos|foto|fotos|gravacao|gravacoes|print|prints ..1 que|q ..2 fizeste|fez|mostraste|mostrou|mandaste|mandou|tiraste|tirou ..3 chamada|call|cam|camera|camara|webcam|videochamada|live|facetime',
      'agora ..2 @your|a|o ..1 conta|perfil|insta|instagram|snap|whats|zap|face|tiktok ..1 e|eh|ta|esta|fica ..1 minha|meu|minha_kk*',
    ],
    unless: [REPORTED, 'reuniao|aula|turma|grupo_de_estudo|trabalho|professor*|stor|stora|apresentacao|jogo|partida|aniversario|festa|natal|avo|avos|tio|tia|bebe', 'comprei|comprou|vendeste|vendeu|me_deste|me_deu|emprestaste|herdei|passaste_me'],
    weight: 3,
    examples: {
      match: ['Sabe aquele video da chamada de ontem? Ta comigo', 'Mano tenho o video que fizeste na chamada', 'agora a conta é minha kkk. vi tuas fotos no direct'],
      ignore: ['aquele video da chamada com a avo ta comigo, te mando', 'agora a conta é minha, comprei do teu irmao', 'tenho o video que fizeste na chamada da aula'],
    },
  },
  {
    // "to com teus nudes aqui no meu celular", "guardei os prints de tudo".
    id: 'im-holding-them-r10',
    phrases: [
      'to|tou|estou|fiquei|fico|ando ..1 com ..1 @your|as_tuas|os_teus|as_suas|os_seus ..1 nudes|nude*|fotos|fotinhas|videos|video|prints|pack|packs|gravac*',
      'guardei|salvei|tenho|tirei|printei ..1 [os|as|uns] prints|print|screenshots|screenshot|capturas ..2 de ..1 tudo|td|todas|todos',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'professora|professor|prof|diretora|diretor|coordenador*|stora|stor|denunciar|denuncia|policia|provas|prova|delegacia|safernet|escola_toda_sabe|diretora|bloqueia|bloquear|conta_pra', 'fones|livro*|caderno*|casaco|chave*|carregador|meme|memes|figurinha*|jogo|trabalho|notas|boletim|recibo*|comprovativo*|comprovante*|pagamento|pix|transferencia'],
    weight: 3,
    examples: {
      match: ['to com teus nudes aqui no meu celular', 'guardei os prints de tudo'],
      ignore: ['to com tuas fotos da viagem, te mando amanha', 'guardei os prints de tudo pra denunciar na policia', 'tenho print de tudo do pagamento'],
    },
  },
  {
    // "acha mesmo que eu apaguei?", "reconhece essa foto? 😈", "lembra daquela noite na call?".
    id: 'didnt-delete-recognise-r10',
    phrases: [
      'acha|achas|achou|achaste|pensou|pensaste|pensavas ..1 mesmo|que|q ..2 [eu] apaguei|deletei|eliminei|ia_apagar|iria_apagar|tinha_apagado',
      'reconhece|reconheces|lembras_te|lembra ..2 essa|esta|este|esse|aquela|aquele ..1 foto|fotinha|video|print|nude|imagem',
      'lembra|lembras|lembras_te|lembra_se|recorda|recordas ..1 daquela|daquele|da|do|dessa|desse ..1 noite|dia|call|chamada|videochamada|cam|live ..3 call|chamada|videochamada|cam|webcam|skype|facetime|video|camera|camara ..4 eu ..1 lembro|tenho|guardei|gravei|salvei|nao_esqueci|nunca_esqueci|printei',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'somos|eramos|serie|classe|ficheiro|arquivo|pdf|documento|trabalho|save|mundo|server|jogo|grupo|mensagem_errada|audio|contato|contacto|numero|app|aplicativo|turma|antiga|velha|infancia|quando_eras|quando_eramos|reuniao|aula|avo|avos|tia|tio|risada|rimos|rir|engracad*|zoeira'],
    weight: 3,
    examples: {
      match: ['acha mesmo que eu apaguei?', 'olha o que eu achei 😈 reconhece essa foto?', 'lembra daquela noite na call? eu lembro muito bem'],
      ignore: ['lembra daquele dia na call que o joao caiu da cadeira', 'reconhece essa foto? somos nos no 5 ano', 'achas que eu apaguei o ficheiro sem querer?', 'reconhece essa foto da turma antiga?', 'lembra daquela call com a avo kkk'],
    },
  },
  {
    // "vou denunciar vc pra policia se nao pagar".
    id: 'ill-report-you-unless-r10',
    phrases: [
      'denunciar|denuncio|denunciarei|entregar|entrego|queixa|queixar|queixo ..4 policia|delegacia|pj|psp|gnr|conselho_tutelar|juiz|tribunal ..4 se_nao|se_n|caso_nao|senao|ou|a_nao_ser ..2 pagar|pagares|pague|pagas|transferir|mandar|mandares|fizer|fizeres',
    ],
    unless: [REPORTED, 'golpe|golpes|palestra|reportagem|noticia|sextorsao|nunca_pague|nao_pague', 'divida|aluguel|renda|conta|fatura|boleto|obra|vizinho|cachorro|cao|barulho|carro|batida|seguro'],
    weight: 3,
    examples: {
      match: ['sei que vc tem 13 anos, vou denunciar vc pra policia se nao pagar'],
      ignore: ['vou denunciar o vizinho na policia se nao pagar o muro'],
    },
  },
  {
    // "tá comigo o teu pack", "se mandar mais um video eu deleto tudo", "bloqueia, eu tenho teu numero".
    id: 'with-me-more-then-delete-r10',
    phrases: [
      'ta|esta|tao|estao|fica|ficam ..1 comigo|guardado|guardada|guardados|guardadas ..2 @your|o_teu|a_tua|os_teus|as_tuas|o_seu|a_sua ..1 @photo|gravacao|gravacoes|conversa*',
      'se|so_se|quando ..3 mandar|mandares|enviar|enviares|fizer|fizeres ..3 mais ..4 eu ..1 apago|deleto|elimino|apagarei|deletarei ..1 tudo|td|as|os|elas|eles|essas|esses',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'ficheiro|arquivo|pdf|trabalho|resumo|livro|chave*|caderno|casaco|fones|carregador|mensagem|msg|audio|exercicio*|tpc'],
    weight: 3,
    examples: {
      match: ['tá comigo o teu pack, quer negociar?', 'se mandar mais um video eu deleto tudo, prometo'],
      ignore: ['ta comigo o teu caderno, te devolvo amanha', 'se mandar mais um exercicio eu apago tudo e começo de novo'],
    },
  },
  {
    // "kkk bloqueia, eu tenho teu numero": blocking will not help.
    id: 'block-i-still-have-you-r10',
    phrases: [
      'bloqueia|bloquear|bloqueias|bloqueie|bloqueies|bloqueares ..4 eu ..1 tenho|sei|achei|descobri ..1 @your ..1 numero|endereco|morada|insta|instagram|face|facebook|email|casa',
    ],
    unless: [REPORTED, 'jogo|partida|server|servidor|fortnite|roblox|minecraft|free_fire|lol|valorant|golpe|cuidado|bloqueia_ele|bloqueia_ela|bloqueia_o|bloqueia_a|nao_bloqueia|pode_bloquear_ele'],
    weight: 3,
    examples: {
      match: ['kkk bloqueia, eu tenho teu numero', 'pode bloquear, eu sei tua morada'],
      ignore: ['bloqueia ele, eu tenho o numero dele', 'se bloquear eu tenho o meu numero novo'],
    },
  },
  {
    // pt-PT scripted e-mails: "instalei um programa que grava o ecrã e a webcam", "vídeo em ecrã dividido".
    id: 'screen-and-webcam-script-r10',
    phrases: [
      'instalei|instalamos|coloquei|colocamos|meti ..3 programa|software|app|aplicacao|virus|malware|trojan|codigo ..3 que|q ..1 grava|gravava|regista|registava|filma|captura|acede|acedia ..4 ecra|ecran|tela|webcam|camera|camara|teclado',
      'ecra_dividido|ecran_dividido|tela_dividida|split_screen|ecra_partido',
      'de_um_lado ..4 estavas_a_ver|estava_vendo|estavas_vendo|assistias|assistia|vias|via|visitavas|visitava ..4 do_outro|e_do_outro',
      '@your|o_seu|a_sua|o_teu|a_tua ..5 palavra_passe|password|senha|email|e_mail ..3 foram|foi|esta|estao ..1 comprometid*|hackead*|pirateada*|pirateado*|invadid*|roubad*',
      'recuperei|restaurei|baixei|copiei|puxei ..3 fotos|videos|nudes|conversas|mensagens ..2 [apagadas|apagados|deletadas|privadas] ..2 do|da ..1 teu|tua|seu|sua ..1 celular|telemovel|icloud|nuvem|drive|galeria|conta|pc|computador',
    ],
    unless: [REPORTED, 'drive|ta_no|tao_no|estao_no|esta_no|troca|muda|trocar|mudar|cuidado|avisar|aviso|pediste|pediu|como_pediste|backup|ajudei|pra_ti|para_ti|te_mando|mando_te|tecnico|assistencia|loja|jogo|filme|video_do_youtube|tutorial'],
    weight: 3,
    examples: {
      match: ['Instalei um programa que grava o ecrã e a webcam.', 'Tenho um vídeo em ecrã dividido: de um lado o que estavas a ver, do outro tu.', 'Caro utilizador, o seu endereço de e-mail e palavra-passe foram comprometidos', 'recuperei as fotos apagadas do teu celular'],
      ignore: ['de um lado o campo, do outro tu a correr', 'recuperei as fotos apagadas do teu celular, ta no drive', 'recuperei as fotos apagadas do teu celular como pediste, te mando amanha', 'a tua senha foi hackeada, troca ja'],
    },
  },
  {
    // The fake profile unmasked: "vc caiu no golpe, a menina era eu", "a julia nao existe".
    id: 'it-was-me-all-along-r10',
    phrases: [
      'caiu|caiste|cais ..2 no|num|na ..1 golpe|conto|armadilha|isca ..6 era|sou|fui ..1 eu',
      'menina|menino|garota|garoto|mina|miuda|miudo|perfil|rapariga|rapaz ..3 nao|n ..1 existe|existia|e_real|era_real',
      'nao|n ..1 existe|existia|e_real|era_real ..3 sou|era|fui ..1 eu',
    ],
    unless: [REPORTED, 'kk*|haha*|rsrs*|filme|serie|novela|livro|jogo|personagem|prank|pegadinha|partida|surpresa|sonho', 'era_golpe|e_golpe|eh_golpe|anuncio|era_fake|e_fake|cuidado|mais|apagou|apagaram|excluiu|excluido|excluida|desativou|desativado|desativada|banido|banida|deletou|deletado|deletada|saiu_do_ar|fora_do_ar'],
    weight: 3,
    examples: {
      match: ['vc caiu no golpe, a menina era eu', 'a julia nao existe, sou eu o tempo todo. agora paga'],
      ignore: ['no filme a menina nao existe, era tudo sonho', 'a menina do anuncio nao existe, era golpe', 'esse perfil nao existe mais'],
    },
  },
  {
    // Others hold it too: "meu amigo também tem tuas fotos", "mostrei pra um amigo e ele quer mais".
    id: 'my-friend-has-them-too-r10',
    phrases: [
      'amigo|amiga|amigos|parceiro|mano|primo|outro|outros|ele|eles ..2 tambem|tb|ja ..1 tem|tem_as|tem_os|viu|viram ..1 @your|as_tuas|os_teus|as_suas|os_seus ..1 fotos|videos|nudes|nude*|pack|prints',
      'mostrei|passei|mandei|enviei ..2 pra|para|a|ao ..1 um|uns|o|meu|meus ..1 amigo|amigos|parceiro|mano|primo|grupo ..4 quer|querem|gostou|gostaram|pediu|pediram ..1 mais',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'brigadeiro*|bolo|doce*|receita|musica|meme|memes|desenho|video_do_jogo|jogo|figurinha*|sticker*|lanche|comida|pizza|coxinha*|salgado*'],
    weight: 3,
    examples: {
      match: ['mostrei pra um amigo e ele quer mais', 'meu amigo também tem tuas fotos, nao adianta'],
      ignore: ['mostrei pro meu primo e ele quer mais brigadeiro', 'meu amigo tambem tem tuas fotos da festa'],
    },
  },
  {
    // Fake-authority scripts: "identificamos que o seu IP acessou...", "temos os registos das suas conversas".
    id: 'we-traced-your-device-r11',
    phrases: [
      'identificamos|detetamos|detectamos|rastreamos|registamos|registramos|localizamos ..3 @your|o_seu|o_teu ip|dispositivo|numero|computador|telemovel|celular|conta ..4 acess*|partilh*|compartilh*|conteudo*|material|associad*',
      '@your|o_seu|o_teu ip|dispositivo|numero|computador ..2 foi|esta ..1 identificado|detetado|detectado|rastreado|associado|registado|registrado ..5 conteudo*|material|menores|ilegal|ilegais|improprio*|partilha',
      'temos|tenho|possuimos ..2 registos|registros|logs|provas|historico|copia|copias ..3 das|de|dos @your|suas|tuas|teus|seus ..1 conversas|mensagens|chamadas|acessos|atividades|pesquisas',
    ],
    unless: [REPORTED, 'golpe|golpes|cuidado|alerta|avisa|aviso|banco|operadora|fatura|seguranca_da_conta|codigo_de_verificacao|palestra|reportagem'],
    weight: 5,
    examples: {
      match: ['Identificamos que o seu IP acessou material ilegal envolvendo menores.', 'O seu numero esta associado a partilha de conteudos impróprios de menores. Temos os registos das suas conversas.', 'temos copias das tuas mensagens'],
      ignore: ['cuidado com o golpe: identificamos que o seu ip acessou material ilegal, dizem eles', 'temos registos das suas chamadas na fatura do mes'],
    },
  },
  {
    // Refer-back: "lembras o que me mandaste ontem?", "lembras das fotos q me mandaste?".
    id: 'remember-what-you-sent-me-r11',
    phrases: [
      'lembras|lembra|lembras_te|te_lembras|se_lembra|lembraste|recordas ..2 o_que|oq|o_q|do_que|daquilo|daquelas|daquele|das_fotos|dos_videos|da_foto|do_video|das|dos ..3 me_mandaste|mandaste|me_mandou|me_enviaste|me_enviou|me_mostraste|me_mostrou|mandaste_me|enviaste_me|mostraste_me',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'link|meme|memes|musica|receita|morada|gato|cao|cachorro|trabalho|resumo|apontamentos|bolo|comida|jantar|ferias|filme|serie|livro|mapa|horario|presente|prenda|desenho|lista|piada|audio|tiktok|post|k|kk*|haha*|rsrs*', 'sobre|acerca|teste|prova|exame|tpc|exercicio*|aula|noticia|artigo|livro|concerto|casamento|batizado'],
    weight: 5,
    examples: {
      match: ['lembras o q me mandaste ontem a noite?', 'lembras das fotos q me mandaste qd namoravamos?', 'te lembras do video que me mostraste na chamada?'],
      ignore: ['lembras do que me mandaste sobre o teste?', 'lembras o meme que me mandaste ontem? morri kkk', 'lembras da receita que me mandaste? fiz o bolo', 'lembras das fotos que me mandaste da viagem?'],
    },
  },
  {
    // Someone else's account taken over: "entrei na conta da tua irmã", "hackeei a conta dele".
    id: 'took-over-their-account-r11',
    phrases: [
      'entrei_na|entrei_no|hackeei|hackei|hackiei|invadi|clonei|roubei|tenho_acesso_a|tenho_acesso_ao ..2 conta|perfil|insta|instagram|whats|whatsapp|snap|snapchat|face|facebook|tiktok|celular|telemovel ..1 da|do ..1 @your|tua|teu|sua|seu ..1 @family|namorad*|amiga|amigo|melhor_amiga|melhor_amigo',
      'hackeei|hackei|hackiei|invadi|clonei|roubei ..1 a|o ..1 conta|perfil|instagram|whats|snap|celular|telemovel ..1 dele|dela',
    ],
    unless: [REPORTED, 'ajudar|ajudei|recuperar|recuperei|pediu|pediste|a_pedido|senha_que|esqueceu|esqueceste|ja_pode|ja_podes|roblox|minecraft|fortnite|jogo|netflix|spotify|wifi|classroom|escola|turma', 'fifa|fortnite|free_fire|ff|valorant|lol|brawl|clash|steam|psn|ps4|ps5|xbox|efootball|clash_royale|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['Entrei na conta da tua irma 😈 tenho as fotos e as conversas todas dela.', 'na verdade hackeei a conta dele. tenho os prints de tudo', 'invadi o insta do teu irmao'],
      ignore: ['hackeei a conta dele no fifa', 'entrei na conta da tua irma pra recuperar a senha como ela pediu', 'hackeei a conta dele no roblox kkk ele deixou a senha no papel'],
    },
  },
  {
    // "quanto vale pra ti eu apagar isso?".
    id: 'how-much-to-delete-r11',
    phrases: [
      'quanto|qto|qnt|qnto ..3 vale|valem|pagas|pagarias|pagavas|pagaria|das|da|ofereces ..3 eu|pra_eu|para_eu|pra_mim|para_mim ..1 apagar|deletar|excluir|nao_postar|nao_publicar|esquecer|sumir_com|apagar_tudo ..2 isso|isto|tudo|as_fotos|o_video|os_videos|a_foto|elas|eles|as_tuas|os_teus',
    ],
    unless: [REPORTED, 'jogo|save|conta_do_jogo|mensagem_errada|meme|kk*|haha*|rsrs*|musica|playlist'],
    weight: 5,
    examples: {
      match: ['quanto vale pra ti eu apagar isso?', 'quanto pagas pra eu nao postar as fotos?'],
      ignore: ['quanto pagas pra eu apagar o meme kkk', 'quanto vale eu apagar o save do jogo'],
    },
  },
  {
    // "tenho o insta da tua mãe guardado".
    id: 'saved-your-mums-profile-r11',
    phrases: [
      'tenho|guardei|salvei|anotei ..2 insta|instagram|face|facebook|perfil|snap|tiktok|whats|contacto|contato|numero ..2 da|do|de @your|tua|teu|sua|seu ..1 @family ..2 guardado|guardada|salvo|salva|anotado|printado|aqui|tambem|tb',
    ],
    unless: [REPORTED, 'festa|surpresa|aniversario|niver|boleia|carona|emergencia|escola_pediu|lista_da_turma|encomenda|kk*|haha*|rsrs*|liga_lhe|ligar_lhe|vou_ligar|combinar'],
    weight: 5,
    examples: {
      match: ['tenho o insta da tua mae guardado', 'guardei o numero do teu pai aqui'],
      ignore: ['tenho o numero da tua mae guardado pra combinar a boleia', 'guardei o contacto da tua mae para emergencia'],
    },
  },
  {
    // "Agora temos acesso à sua conta e a todas as suas conversas privadas": the plural of a fake support or gang.
    id: 'we-have-access-r12',
    phrases: [
      'temos|tivemos|ganhamos|conseguimos|obtivemos ..1 [o] acesso ..3 @your|a_sua|a_tua|ao_seu|ao_teu|as_suas|as_tuas|aos_seus|aos_teus|todas_as_suas|todas_as_tuas ..1 conta|contas|conversas|mensagens|celular|telemovel|telefone|icloud|galeria|dispositivo|aparelho|insta|instagram|whats|zap|email|fotos|camera|webcam|arquivos',
      'agora|ja ..1 controlamos|temos|tenho ..2 @your|a_sua|a_tua|o_seu|o_teu ..1 conta|perfil|celular|telemovel|icloud|galeria|insta|instagram|whats|zap|email ..3 e|com|incluindo ..3 conversas|mensagens|fotos|videos|privad*',
    ],
    unless: [REPORTED, 'escola|turma|grupo|moodle|classroom|wifi|netflix|spotify|disney|familia_partilhada|plano_familia|ajudar|recuperar|recuperamos|suporte_oficial|ja_podes|ja_pode'],
    weight: 5,
    examples: {
      match: ['Agora temos acesso à sua conta e a todas as suas conversas privadas', 'tivemos acesso ao seu dispositivo', 'conseguimos acesso ao teu icloud', 'ja temos tua conta do insta e as conversas privadas'],
      ignore: ['temos acesso à conta da turma no classroom', 'conseguimos recuperar o acesso a sua conta, ja pode entrar'],
    },
  },
  {
    // "ja tenho teus seguidores salvos", "tenho a tua lista de amigos printada".
    id: 'followers-saved-r12',
    phrases: [
      'tenho|tnh|ja_tenho|to_com|estou_com ..2 @your|os_teus|os_seus|todos_os_teus|todos_os_seus|a_tua|a_sua ..1 seguidores|contatos|contactos|amigos|amigas|lista_de_amigos|lista_de_seguidores|lista_de_contatos ..2 salvos|salvas|salva|guardados|guardadas|guardada|printados|printadas|printada|anotados|copiados|todos|todinhos',
    ],
    unless: [REPORTED, 'sorteio|giveaway|festa|surpresa|aniversario|niver|convite*|casamento|churrasco|celular_novo|telemovel_novo|backup|mae|pai|agenda'],
    weight: 5,
    examples: {
      match: ['ja tenho teus seguidores salvos, qualquer coisa mando pra cada um deles', 'tenho a tua lista de amigos printada', 'to com teus contatos todos salvos'],
      ignore: ['tenho teus contatos salvos no celular novo, mae', 'ja tenho teus amigos todos anotados pra festa surpresa'],
    },
  },
  {
    // Refer-back in broken grammar: "voce mandou aquelas foto pra mim", "lembra q vc me mandou aquele video".
    id: 'you-sent-those-to-me-r12',
    phrases: [
      '@you ..1 [ja] mandou|mandaste|enviou|enviaste|mostrou|mostraste ..1 aquelas|aqueles|aquela|aquele|as|os|essas|esses ..1 foto|fotos|video|videos|nude|nudes|fotinha|fotinhas ..1 pra|para|pro|a ..1 mim',
      'volta|voltar|voltas|fica|ficas ..1 comigo ..2 que|q|e ..1 [eu] apago|deleto|elimino|esqueco_as_fotos|apago_tudo',
      'apago|deleto|elimino ..2 se ..1 [tu|vc] fizer|fizeres|mandar|mandares|ligar|ligares|pagar|pagares|vier|vieres|fizer_uma_call|fizeres_uma_call ..4 call|chamada|camera|cam|video|foto|fotos|pix|outra|mais|de_novo',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'lindas|lindos|linda|lindo|giras|ficaram|ficou|album|gato|cachorro|cao|bebe|comida|paisagem|por_engano|errado|repetida*|duplicada*|versao|turma|certa|certo|correta|correto|editada|editado'],
    weight: 5,
    examples: {
      match: ['voce mandou aquelas foto pra mim. agora voce compra 100 real de gift card', 'volta comigo que eu apago', 'apago se tu fizer uma call de novo hj a noite, com a camera'],
      ignore: ['vc mandou aquelas fotos pra mim da viagem, ficaram lindas', 'apago se tu mandares a versao certa da foto da turma'],
    },
  },
  {
    // "quanto vc acha que vale teu silencio?": pricing what the other person is keeping.
    id: 'what-is-your-silence-worth-r12',
    phrases: [
      'quanto ..3 vale|valem|custa|custam|pagas|pagarias|pagaria ..2 @your|o_teu|o_seu|a_tua|a_sua|pelo_teu|pelo_seu|pela_tua|pela_sua ..1 silencio|segredo|segredinho|sossego|paz|privacidade|intimidade',
      'quanto ..3 pagas|pagarias|pagaria|pagava|darias|daria ..3 pra|para ..1 eu ..1 nao|n ..1 postar|publicar|mostrar|mandar|contar|divulgar|espalhar|vazar',
    ],
    unless: [REPORTED, 'golpe|golpes|golpista*|palestra|reportagem|noticia|policia', 'livro|filme|serie|musica|jogo|amizade|kk*|haha*|rsrs*|spoiler*|final'],
    weight: 5,
    examples: {
      match: ['quanto vc acha que vale teu silencio?', 'quanto pagarias pra eu nao mostrar ao teu pai?'],
      ignore: ['quanto vale teu silencio sobre o final da serie kkk'],
    },
  },
  {
    // Broken grammar of foreign scammers: "voce paga eu deleta", "nois tem seu video pelada".
    id: 'broken-pay-i-delete-r12',
    phrases: [
      'voce|vc|tu ..1 paga|pagar|pague|manda|mandar ..2 eu ..1 deleta|deletar|delete|apaga|apagar|apago|deleto|remover|remove',
      'nois|nos|a_gente|nois_tem ..1 tem|temos|ter|tenho ..1 seu|sua|teu|tua|voce ..1 video|videos|foto|fotos|nude|nudes|pack',
      'paga|pagas|pague|deposita|deposite|transfere|transfira|manda|mande ..6 e|que|q ..1 tudo|td|isso|isto|o_video|as_fotos|os_videos ..1 some|desaparece|sai_do_ar|e_apagado|e_apagada|fica_apagado',
      '@money|@currency ..2 e|que|q ..1 tudo|td|isso|isto|o_video|as_fotos|os_videos ..1 some|desaparece|sai_do_ar|e_apagado|e_apagada|fica_apagado',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'golpe|golpes|palestra|reportagem|noticia|policia_avisa|pizza|lanche|conta_da_luz|multa|divida|kk*|haha*|rsrs*|jogo|app|aplicativo|assinatura|anuncio|anuncios|propaganda'],
    weight: 5,
    examples: {
      match: ['voce paga eu deleta', 'nois tem seu video pelada', 'deposita na conta do meu primo, 300 reais, e tudo some'],
      ignore: ['voce paga a assinatura e eu apago os anuncios do app', 'nos temos o teu video da festa kkk'],
    },
  },
  {
    // "nao adianta sair do grupo, ja tenho tudo", "nem adianta bloquear, ja printei tudo".
    id: 'no-use-blocking-i-have-it-r12',
    phrases: [
      'nao|n|nem ..1 adianta|vale_a_pena|serve_de_nada ..3 bloquear|bloqueares|sair|saires|apagar|apagares|deletar|fugir|excluir|mudar|trocar|desativar ..6 ja ..1 tenho|salvei|printei|gravei|guardei|baixei ..1 tudo|td|tudinho|os_prints|as_fotos|o_video|os_videos|as_conversas|teus_nudes|tuas_fotos|suas_fotos',
    ],
    unless: [REPORTED, 'trabalho|resumo|apontamentos|materia|licao|tpc|prova|jogo|save|progresso|nivel|level|fase|receita|playlist|musicas'],
    weight: 5,
    examples: {
      match: ['nao adianta sair do grupo, ja tenho tudo', 'nem adianta bloquear, ja printei tudo'],
      ignore: ['nao adianta apagar o jogo, ja salvei tudo o progresso', 'nao adianta sair do grupo, ja tenho tudo do trabalho'],
    },
  },
  {
    // Fake authority: "a policia vai saber que tu mandaste nudes", "tenho provas de que tu enviaste conteudo".
    id: 'police-will-know-you-sent-r12',
    phrases: [
      'policia|delegacia|delegado|juiz|tribunal|conselho_tutelar|ministerio_publico|autoridades ..6 mandaste|mandou|enviaste|enviou|trocaste|trocou|partilhaste|partilhou ..2 nudes|nude*|fotos_intimas|imagens_intimas|videos_intimos|conteudo|conteudo_intimo|material',
      'tenho|temos|tnh ..1 provas ..3 que ..1 @you ..1 enviaste|enviou|mandaste|mandou|trocaste|trocou|partilhaste|partilhou|compartilhou ..4 vou|vamos|irei ..1 denunciar|denunciar_te|te_denunciar|entregar|levar|mandar',
    ],
    unless: [REPORTED, 'se_alguem|caso_alguem|palestra|golpe|golpes|golpista*|reportagem|noticia|cuidado|se_receberes|se_receber|nunca|alerta|avisa|avisou'],
    weight: 5,
    examples: {
      match: ['a policia vai saber que tu mandaste nudes, és menor e vais presa', 'tenho provas de que tu enviaste conteudo, vou denunciar-te'],
      ignore: ['a policia avisou: se alguem disser que tu mandaste nudes e pedir dinheiro, é golpe'],
    },
  },
  {
    // "gravei tudinho", "tenho a chamada de ontem gravada", "ta aqui o print da tua cara".
    id: 'the-call-is-recorded-r13',
    phrases: [
      'gravei|filmei|printei|capturei|gravamos|filmamos|salvei ..1 tudinho|tudinha|tudim|cada_segundo|cada_minuto|do_inicio_ao_fim',
      'tenho|tnh|temos|to_com|tou_com|estou_com|fiquei_com ..1 a|o|essa|esse|aquela|aquele|nossa|nosso ..1 chamada|call|videochamada|facetime|live ..3 gravad*|salv*|printad*|filmad*|guardad*',
      'aqui|ai|olha ..2 o|os ..1 print|prints|video|gravacao ..2 da|de ..1 tua|sua ..1 cara|cara_toda|carinha',
    ],
    unless: [REPORTED, 'reuniao|aula|aulas|trabalho|projeto|projecto|se_quiseres|se_quiser|queres_ver|quer_ver|link|show|concerto|jogo|partida|ensaio|palestra|apresentacao|podcast|vo|avo|vovo'],
    weight: 5,
    examples: {
      match: ['kkkkk agora se ferrou. gravei tudinho, ta aqui o print da tua cara', 'tens a certeza? tenho a chamada de ontem gravada', 'filmei cada segundo'],
      ignore: ['tenho a call de ontem gravada se quiseres ver, a reuniao foi longa', 'gravei tudinho do show', 'tenho a aula de ontem gravada'],
    },
  },
  {
    // "printei teus seguidores", "tenho teu @ e de todos os teus amigos".
    id: 'i-have-your-followers-r13',
    phrases: [
      'printei|salvei|guardei|copiei|baixei|tenho|tnh ..1 [os|as|todos_os|todas_as] teus|tuas|seus|suas ..1 seguidores|contatos|contactos|amigos|amigas|following|lista',
      'tenho|tnh|sei ..1 [o] teu|seu|o_teu|o_seu ..1 handle|arroba|user|username|instagram|perfil ..3 todos_os_teus|todos_os_seus|de_todos_os_teus|de_todos_os_seus|dos_teus|dos_seus ..1 amigos|seguidores|contatos|contactos|familiares|pais',
    ],
    unless: ['telemovel_novo|celular_novo|telefone_novo|novo_telemovel|novo_celular|novo_telefone|backup|sincroniz*|migrei|transferi|agenda_do_telemovel|chip_novo', REPORTED, 'k|kk*|haha*|rsrs*|aniversario|niver|festa|surpresa|convite*|sorteio|giveaway|presente'],
    weight: 5,
    examples: {
      match: ['printei teus seguidores', 'tenho teu @ e de todos os teus amigos', 'ja salvei todos os teus contatos'],
      ignore: ['tenho todos os teus contatos salvos no telemovel novo', 'tenho os teus contactos da festa surpresa, relaxa'],
    },
  },
  {
    // "printei teus seguidores", "guardei tudo", "identificamos material íntimo no seu dispositivo", "a agência possui suas fotos", "grava as calls sem aparecer", "já fiz o deepfake contigo".
    id: 'saved-detected-possess-recorded-r14',
    phrases: [
      'printei|printou|salvei|guardei|tirei_print|copiei|baixei ..2 @your|os_teus|os_seus|as_tuas|as_suas|a_tua|a_sua|lista_dos_teus|lista_dos_seus|lista_de ..1 seguidores|contatos|contactos|amigos|lista_de_amigos|familia',
      'guardei|salvei|printei|gravei|baixei tudo|td|tudinho ..1 [agora|ja|entao|e|kk*|haha*] ..1 ou|agora|senao|se|e_agora|quero',
      'identificamos|detectamos|detetamos|encontramos|localizamos|rastreamos|foi_detetado|foi_detectado|foi_identificado|foi_encontrado|foi_localizado ..3 material|conteudo|conteudos|imagens|videos|arquivos|ficheiros|fotos ..3 intimo|intimos|intima|intimas|ilegal|ilegais|pornografic*|sexual|sexuais|de_menor|de_menores|improprio*|explicit*',
      'possui|possuimos|detem|detemos|mantem|mantemos|guarda|guardamos|arquivou|arquivamos ..2 @your|as_suas|as_tuas|os_seus|os_teus ..1 @photo|imagens|gravacoes|material|fotos|videos',
      'tenho|salvei|guardei|printei|copiei ..2 lista|print|prints|screenshot ..2 de|dos|da ..1 quem ..1 te_segue|te_seguem|segue|seguem|te_conhece|tu_conheces|vc_conhece',
      'grava|gravou|gravar|gravo|gravava|filma|filmou ..2 calls|call|chamadas|chamada|lives|live|cam|cams|videochamadas ..3 sem_aparecer|sem_tu_saberes|sem_tu_saber|sem_vc_saber|sem_voce_saber|escondido|as_escondidas|escondida',
      'gravou|gravei|filmou|filmei|printou|printei ..1 a_tua|a_sua|tua|sua|te|ti|voce|vc ..1 ontem|hoje|toda|todinha|todinho|inteira|inteirinha|tudinho',
      'fiz|criei|montei|gerei|ja_fiz|tenho ..2 deepfake|deep_fake|deepnude|montagem|montagens|fake_nude|nude_falsa ..2 contigo|com_tu|tua|sua|de_ti|de_vc|de_voce|com_tua_cara|com_a_tua_cara|com_teu_rosto|com_seu_rosto|com_a_sua_cara',
    ],
    unless: ['com_a_cara_do|com_a_cara_da|com_cara_de|com_a_cara_de|shrek|batata|palhaco|bigode|orelhas_de', REPORTED, 'formatura|anuario|album|evento|festa|casamento|aniversario|niver|aula|apresentacao|treino|jogo|partida|ranked|trabalho|escola_possui|cadastro_escolar|matricula|golpe|golpes|policia_avisa|cuidado', 'meme|memes|figurinha|figurinhas|sticker*|filtro|gato|cachorro|cao|fake|fakes|bots|quem_e_fake|quem_me_segue', 'de_volta|unfollow*|deixou_de_te_seguir|deixaram_de_te_seguir|nao_te_segue|nao_te_seguem|sorteio|giveaway|app|aplicativo|estatisticas|metricas'],
    examples: {
      match: ['kkkkkk otario. printei teus seguidores', 'guardei tudo. agora ou mandas mais 5 ou publico', 'Identificamos material íntimo de menor no seu dispositivo', 'foi detetado conteúdo ilegal enviado pela sua conta', 'a Agência Starlight Models possui suas fotos de teste', 'eu tenho um amigo q grava as calls sem aparecer', 'ele gravou a tua ontem', 'já fiz o deepfake contigo, ficou perfeito', 'tenho a lista de quem te segue', 'ja fiz uma montagem sua'],
      ignore: ['tenho a lista de quem te segue e nao te segue de volta kkk', 'printei teus seguidores pra ver quem é fake kkk', 'guardei tudo na mochila, ok', 'a escola possui suas fotos da formatura', 'ele gravou a tua apresentação, ficou top', 'fiz uma montagem sua com o gato kkkk', 'encontramos material escolar perdido na sala'],
    },
  },
  {
    // "vi tua call toda gravadinha aqui", "tua chamada toda gravada".
    id: 'your-call-all-recorded-r14',
    phrases: [
      'tua|sua|teu|seu|nossa|nosso ..1 call|chamada|videochamada|live|cam|video|facetime ..2 toda|todinha|inteira|inteirinha|todinho|inteiro ..1 gravad*|salva|salvo|printada|filmada|guardada',
      'call|chamada|videochamada|cam|facetime ..2 gravadinha|gravadinho|gravadinhas|gravadinhos|salvinha|salvinho ..2 aqui|comigo|no_meu|no_pc|no_celular|guardada',
    ],
    unless: [REPORTED, 'turma|grupo|drive|nuvem|aula|aulas|reuniao|professor*|prof|escola|trabalho|jogo|partida|stream|podcast|musica|audio|ensaio_da_banda|apresentacao|pode_ser_gravada|sera_gravada|para_fins|qualidade|atendimento'],
    examples: {
      match: ['vi tua call toda gravadinha aqui', 'a nossa chamada toda gravada ta no meu pc', 'tua cam inteirinha salva aqui hein'],
      ignore: ['a nossa chamada toda gravada foi pro drive da turma', 'esta chamada pode ser gravada para fins de qualidade', 'a aula de ontem ta gravadinha aqui', 'a tua live toda gravada ficou top no youtube do jogo'],
    },
  },
  {
    // Scripted breach claims: "temos seus arquivos e fotos", "tenho teus dados e conversas".
    id: 'we-have-your-files-r14',
    phrases: [
      'temos|tenho|possuimos|detemos|copiamos|copiei|baixamos|baixei ..2 seus|teus|suas|tuas|os_seus|os_teus|as_suas|as_tuas ..1 arquivos|ficheiros|dados|backups|backup ..3 fotos|videos|conversas|imagens|contatos|contactos|mensagens|galeria',
    ],
    unless: [REPORTED, 'escola|secretaria|matricula|cadastro|formulario|ficha|inscricao|loja|pedido|encomenda|backup_da_turma|trabalho|drive|nuvem|seguranca|protegidos|protegidas|lgpd|rgpd|privacidade'],
    examples: {
      match: ['seu acesso foi bloqueado, temos seus arquivos e fotos. pague 0.01 btc', 'tenho teus dados e conversas todas'],
      ignore: ['temos seus dados e fotos da matricula na secretaria', 'os seus dados e fotos estao protegidos segundo a lgpd'],
    },
  },
  {
    // A fake profile unmasked after the images came: "lembra o que mandaste pro insta fake da Leticia? era eu".
    id: 'fake-profile-was-me-r15',
    phrases: [
      'lembra|lembras|lembrou|lembraste|recordas ..6 fake|falso|falsa|falsos ..4 era|fui|sou|sempre_fui ..1 eu',
      'mandou|mandaste|enviou|enviaste|mostrou|mostraste|me_mandou|me_mandaste ..6 fake|falso|falsa|falsos ..4 era|fui|sou|sempre_fui ..1 eu',
      'fake|falso|falsa ..4 era_eu|fui_eu|sempre_fui_eu|sou_eu ..6 fotos|foto|fotinhas|nudes|videos|video|mandou|mandaste|enviou|enviaste|mostrou|mostraste',
      'nao|nunca existiu|existe|existia ..3 era|fui|sempre_fui eu ..6 fotos|foto|nudes|videos|video|mandou|mandaste|enviou|enviaste',
    ],
    unless: ['golpe|cuidado|denuncia*|reportagem|noticia|policia|safernet'],
    weight: 5,
    examples: {
      match: ['lembra oq vc me mandou semana passada pelo insta fake da "Leticia"? era eu kkk', 'aquele perfil fake era eu, e as fotos que mandaste estao todas aqui', 'a Bia nunca existiu, era eu, e tenho os videos que mandaste'],
      ignore: ['lembra daquele perfil fake que te seguiu? era golpe, cuidado', 'o perfil fake era eu kkk, so pra zoar o grupo'],
    },
  },
  {
    // More of the same, kept on a phone: "tem mais 3 dessas no meu celular", "guardei mais umas iguais".
    id: 'more-of-these-on-my-phone-r15',
    phrases: [
      'tenho|tem|ha|guardei|salvei ..2 mais ..2 dessas|destas|desses|destes|iguais|parecidas|assim ..3 celular|cel|telemovel|telefone|galeria|pc|computador|drive|guardad*|salv*',
      'localiz*|encontr*|achamos|acharam|detetamos|detectamos|identificamos ..3 # ..1 arquivos|ficheiros|fotos|videos|imagens ..6 @your|site|sites|adult*|porno*|internet',
    ],
    unless: ['receita*|meme*|figurinha*|sticker*|cartas|cromos|pokemon|bolo|camisola|camisa|tenis|roupa|peca|pecas|fotos_da_viagem|da_viagem|da_festa|praia|gato|cao|cachorro'],
    weight: 5,
    examples: {
      match: ['relaxa Bia, é so o comeco. tem mais 3 dessas no meu celular', 'Nossos analistas localizaram 14 arquivos com seu rosto em sites adultos.', 'guardei mais umas dessas na galeria 😈', 'tenho mais umas 5 assim guardadas no pc'],
      ignore: ['tenho mais 3 dessas figurinhas no celular', 'guardei mais umas dessas fotos da viagem no drive', 'encontrei 3 fotos da festa no pc'],
    },
  },
  {
    // The rest still kept: "ainda tenho as outras salvas aqui na galeria", "o resto ta guardado no pc".
    id: 'still-have-the-others-r15',
    phrases: [
      'ainda|continuo_a|continuo ..1 tenho|tem|guardo|ter|tendo|guardando ..2 as_outras|os_outros|o_resto|as_restantes|os_restantes|as_demais|os_demais ..3 salvas|salvos|guardadas|guardados|galeria|celular|telemovel|pc|computador|drive|nuvem',
      'o_resto|as_outras|os_outros ..2 ta|esta|tao|estao|fica|ficam ..1 salvo|salva|salvas|salvos|guardado|guardada|guardadas|guardados ..3 aqui|comigo|no_meu|na_minha|celular|pc|galeria',
    ],
    unless: ['viagem|festa|praia|ferias|casamento|aniversario|formatura|passeio|jogo|trabalho|escola|turma|meme*|figurinha*|sticker*|musica*|receita*|documento*|arquivo_do_trabalho|slides|print_do_jogo|bebe|cachorro|gato|cao'],
    weight: 3,
    examples: {
      match: ['ainda tenho as outras salvas aqui na galeria', 'o resto ta guardado aqui comigo, pensa bem'],
      ignore: ['ainda tenho as outras fotos da viagem salvas na galeria', 'o resto ta salvo no drive do trabalho'],
    },
  },
  {
    // Fake "support" after a takeover: "temos acesso às suas DMs e fotos privadas", "tenho acesso aos teus directs".
    id: 'access-to-your-dms-r16',
    phrases: [
      'temos|tenho|tivemos|ganhamos|ja_temos|ja_tenho ..1 acesso ..2 a|as|aos|ao|todas|todos ..2 @your|tuas|suas|teus|seus ..1 dms|dm|directs|direct|fotos|videos|arquivados|arquivo|chats|mensagens_privadas|fotos_privadas|fotos_intimas',
    ],
    unless: [REPORTED, 'classroom|turma|escola|grupo_da|projeto|drive_da|drive_do|album_da|album_do|fotos_da_festa|fotos_da_viagem|pediste|pediu|me_deste|me_deu|partilhaste|compartilhaste|suporte_oficial_nunca'],
    weight: 5,
    examples: {
      match: ['Obrigado. Agora a conta é nossa. Temos acesso as suas DMs e fotos privadas', 'tenho acesso aos teus directs', 'ja temos acesso a todas as suas fotos'],
      ignore: ['tenho acesso as tuas fotos da festa que partilhaste no drive', 'tenho acesso aos teus directs porque me deste a senha pra postar o sorteio'],
    },
  },
  {
    // "fiz backup de tudo q vc me mandou", "guardei tudo na nuvem, as fotos e os videos".
    id: 'backed-up-what-you-sent-r16',
    phrases: [
      'guardei|salvei|fiz_backup|copiei|arquivei|tenho_guardado|tenho_guardadas|tenho_salvo|tenho_salvas|printei ..4 tudo|todas|todos|fotos|videos|nudes|prints|conversas|pack ..3 que|q ..1 [vc|tu|voce] me ..1 mandou|mandaste|enviou|enviaste|mostrou|mostraste|passou|passaste',
      'guardei|salvei|fiz_backup|copiei|tenho_tudo_guardado|tenho_tudo_salvo ..2 tudo|todas|todos ..2 na|no|num|numa ..1 nuvem|drive|icloud|pen|pendrive|hd|outro_celular|outro_telemovel|outro_pc ..4 [as|os|tuas|teus|suas|seus] fotos|videos|nudes|prints|conversas',
    ],
    unless: [REPORTED, 'viagem|festa|ferias|familia|casamento|aniversario|trabalho|escola|turma|formatura|album|receita|receitas|memes|meme|musica|musicas|link|links|jogo|apontamentos|resumo|slides|mae|pai|backup_do_telemovel|backup_do_celular'],
    weight: 5,
    examples: {
      match: ['fiz backup de tudo q vc me mandou', 'guardei tudo na nuvem, as fotos e os videos', 'salvei todas que tu me mandaste'],
      ignore: ['salvei as fotos que vc me mandou da viagem', 'guardei tudo no drive, as fotos da festa', 'salvei os memes que vc me mandou kkk'],
    },
  },
  {
    // "teu pack ta na minha mao", "seus nudes tao cmg", "os teus videos estão guardadinhos comigo".
    id: 'your-pack-is-with-me-r16',
    phrases: [
      '@your|o_teu|a_tua|os_teus|as_tuas|o_seu|a_sua|os_seus|as_suas ..1 pack|packs|nude|nudes|fotos|videos|video|prints|fotinhas ..2 ta|tao|esta|estao|fica|ficam|continua|continuam ..1 [aqui] na_minha_mao|nas_minhas_maos|comigo|cmg|no_meu_celular|no_meu_telemovel|no_meu_pc|guardado|guardados|guardadas|guardadinho*|salvo|salvos|salvas',
    ],
    unless: [REPORTED, 'devolvo|devolver|devolve|esqueceste|esqueceu|esqueceu_se|pen|pendrive|album|festa|viagem|ferias|formatura|casamento|camara_nova|maquina|backup_do|pra_editar|para_editar|editar|edicao|trabalho'],
    weight: 5,
    examples: {
      match: ['mano, teu pack ta na minha mao. 100 conto ou vaza', 'seus nudes tao cmg kkk', 'os teus videos estao guardados'],
      ignore: ['teus videos da viagem tao comigo, depois devolvo o pen', 'as tuas fotos da formatura estao comigo pra editar'],
    },
  },
  {
    // "tu sabe oq fez na camera", "temos material seu": a claim to hold something from a call, said plainly.
    id: 'you-know-what-you-did-on-cam-r17',
    phrases: [
      'tu_sabe|vc_sabe|sabes|voce_sabe|tu_sabes|sabe ..2 oq|o_que|o_q|aquilo_que ..1 fez|fizeste|fizesse|mostrou|mostraste ..2 camera|cam|camara|call|chamada|videochamada|webcam',
      'temos|tenho|possuimos|detemos ..1 material|materiais|conteudo|conteudos ..1 seu|sua|teu|tua|de_vc|de_voce|de_ti|seus|teus|intimo|intimos|comprometedor|comprometedores',
    ],
    unless: [REPORTED, 'escolar|secretaria|perdido|perdidos|achados|biblioteca|trabalho|aula|apresentacao|curso|loja|encomenda|pedido|entrega|stock|estoque'],
    examples: {
      match: ['tu sabe oq fez na camera. eu tenho gravacao', 'sabes o que fizeste na videochamada', 'Boa tarde. Temos material seu.', 'tenho conteudo teu comprometedor'],
      ignore: ['temos material seu na secretaria, passa lá', 'sabes o que fizeste no jogo ontem? epico', 'tenho material teu da aula de ontem'],
    },
  },
  {
    // Access to someone's account and this person's chats: "tenho acesso a conta dela e aos teus prints com o rafa".
    id: 'access-to-your-chats-r18',
    phrases: [
      'tenho|temos|consegui|ganhei|tive ..1 acesso ..6 @your ..1 prints|conversas|conversa|mensagens|msgs|fotos|nudes|videos|galeria|icloud|directs|dms|chats|audios',
    ],
    unless: [REPORTED, 'viagem|festa|turma|trabalho|projeto|projecto|grupo_da_escola|aula|notas|resultado*|horario|boletim|exame'],
    examples: {
      match: ['nao sou a duda kkk. tenho acesso a conta dela e aos teus prints com o rafa', 'consegui acesso ao celular dele e as tuas fotos todas', 'temos acesso total a suas mensagens'],
      ignore: ['consegui acesso ao drive, vou ver tuas fotos da viagem', 'tenho acesso ao portal, queres que veja as tuas notas?'],
    },
  },
  {
    // A "removal service" or a blackmailer: "os teus videos estao em 4 sites".
    id: 'your-media-is-on-sites-r18',
    phrases: [
      '@your|os_teus|as_tuas|os_seus|as_suas ..1 nudes|nude*|videos|video|fotos_intimas|imagens_intimas|videos_intimos|fotos|imagens ..3 estao|tao|foram_parar|apareceram|circulam|estao_a_circular|estao_circulando|foram_publicad* ..2 em|no|na|nos|nas|num|numa ..2 sites|site|paginas|pagina|canais|canal|foruns|forum|porno|adultos',
      '@your|os_teus|as_tuas|os_seus|as_suas ..1 nudes|nude*|fotos_intimas|videos_intimos|imagens_intimas|pack|packs ..3 estao|tao|circulam|rodam|rodando|circulando|estao_a_circular|apareceram|foram_parar ..3 grupo|grupos|telegram|canal|canais|net|internet|discord|twitter|x',
      'vi|achei|encontrei|encontramos|identificamos|localizamos ..2 @your|suas|tuas|teus|seus ..1 nudes|nude*|fotos_intimas|videos_intimos|imagens_intimas|videos|fotos|imagens ..4 porno|adulto|adultos|xxx|pornografia|onlyfans|xvideos|pornhub',
      'tiramos|removemos|apagamos|retiramos|eliminamos|tiro|removo|apago ..2 @your|suas|tuas|seus|teus ..1 fotos|videos|nudes|imagens|fotos_intimas|videos_intimos ..2 da|de|dos|das ..1 internet|net|sites|redes|grupos',
      'para|pra remover|apagar|retirar|tirar|eliminar ..2 o_conteudo|os_videos|as_fotos|as_imagens|os_nudes|as_nudes|o_material|os_links ..4 precisa|precisas|tem_que|tens_de|tens_que|deve|deves|tera_de|tera_que ..1 pagar|transferir|depositar',
      'conteudo_vazado|conteudos_vazados|videos_vazados|fotos_vazadas|nudes_vazad*|material_vazado ..6 @your|teus|tuas|seus|suas ..1 videos|fotos|nudes|imagens',
    ],
    unless: [REPORTED, 'viagem|festa|formatura|escola|jogo|clube|turma|evento|album|loja|portfolio|portefolio|concurso|campeonato'],
    examples: {
      match: ['ola, trabalhamos com remocao de conteudo vazado. os teus videos estao em 4 sites, apagamos tudo por 150€', 'teus nudes tão num grupo do telegram com 3 mil pessoas', 'vi teus videos num forum adulto, quer que eu tire?', 'somos uma empresa de remoção, por 500 reais tiramos suas fotos da internet', 'para remover o conteudo voce precisa pagar a taxa de 200 reais hoje', 'as tuas fotos estão num site porno', 'seus videos foram parar em 3 sites adultos'],
      ignore: ['as tuas fotos da viagem estao no site da escola', 'os teus videos de skate estao no canal do clube', 'vi teus videos no canal, adorei'],
    },
  },
  {
    // "ja tenho os prints" said to the person: the material is in hand.
    id: 'already-got-the-prints-r18',
    phrases: [
      'ja|eu|agora ..1 tenho|tenhu|guardei|salvei ..1 os|as|teus|tuas|seus|suas|todos_os|todas_as ..1 prints|nudes|gravac*|screens|screenshots',
    ],
    unless: [REPORTED, 'da|do|dela|dele|deles|delas|kk*|haha*|rsrs*|lol|grupo|trabalho|aula|professor*|resumo|tarefa|comprovante|pagamento|pix|bilhete*|ingresso*|encomenda|recibo|jogo|partida|ranking'],
    examples: {
      match: ['ja tenho os prints', 'eu guardei os teus prints todos', 'agora tenho as gravacoes'],
      ignore: ['ja tenho os prints do comprovante do pix', 'ja tenho os prints da conversa dela kkk', 'ja tenho os prints do trabalho'],
    },
  },
  {
    // A fake police or "cyber unit" case about the person's images: "arquivar o processo das suas imagens".
    id: 'case-about-your-images-r18',
    phrases: [
      'processo|inquerito|investigacao|denuncia|queixa|mandado|ocorrencia ..4 @your|suas|tuas|seus|teus ..1 imagens|fotos|videos|nudes|conversas|mensagens|fotografias',
      'imagens|fotos|videos|fotografias|conteudo ..1 intimas|intimos|intimo|sexuais|explicitas|explicitos ..3 @your|suas|tuas|seus|teus|de_sua_autoria|envolvendo_voce|envolvendo_te ..4 processo|inquerito|investigacao|denuncia|mandado|arquivamento|multa',
    ],
    unless: [REPORTED, 'escola|trabalho|projeto|projecto|formatura|viagem|festa|album|concurso|exposicao|inscricao|matricula|passe|tipo_passe|candidatura|documentos|cartao'],
    examples: {
      match: ['a policia federal exige pagamento de multa para arquivar o processo das suas imagens', 'existe uma denuncia sobre as tuas fotos, contacte a unidade de cibercrime'],
      ignore: ['o processo de inscricao pede tuas fotos tipo passe', 'abri uma denuncia sobre as fotos da festa que roubaram'],
    },
  },
  {
    // Back for more after a payment: "pagaste uma vez, vais pagar sempre" (the material is still held).
    id: 'paid-once-still-mine-r18',
    phrases: [
      'pagaste|pagou|me_pagou|me_pagaste|ja_pagaste|ja_pagou ..2 uma_vez ..4 vais|vai|vas|tens_de|tem_que|vai_ter_que|vais_ter_de ..1 pagar_sempre|pagar_de_novo|pagar_outra_vez|pagar_mais|pagar_para_sempre|pagar_pra_sempre',
      'pagaste|pagou|me_pagou|me_pagaste|ja_pagaste|ja_pagou ..2 uma_vez ..4 agora|entao|so_que ..2 sao|e|quero ..2 mais|outros|outra|o_dobro',
    ],
    unless: [REPORTED, 'emprestimo|emprestado|emprestei|divida|aposta|vaquinha|rifa|lanche|pizza|jantar|almoco|bilhete*|ingresso*|encomenda|artigo|produto'],
    examples: {
      match: ['pagaste uma vez, vais pagar sempre', 'ja me pagaste uma vez, agora sao mais 300'],
      ignore: ['pagaste uma vez o lanche, agora e a minha vez', 'ja gastei o dinheiro q mandaste no mercado, quero mais 10 pra farmacia'],
    },
  },
  {
    // Brazilian "gravei tu/voce ...", a kept follower list, and "achou que eu ia apagar?".
    id: 'recorded-you-kept-list-r18',
    phrases: [
      'gravei|filmei|printei|gravamos|filmamos tu|vc|voce|ce ..4 na_call|na_cam|na_camera|na_chamada|call|cam|webcam|videochamada|batendo|se_tocando|pelad*|nu|nua|sem_roupa',
      '@your|todos_os_teus|todos_teus|todos_os_seus|todos_seus ..1 seguidores|contatos|contactos|followers ..2 salvos|guardados|printados|anotados|na_mao|na_minha_mao|copiados',
      'achou|achaste|achavas|pensou|pensaste|pensavas|acreditaste|acreditou ..1 [mesmo] que|q ..1 eu ..1 ia|iria|vou|tinha ..1 apagar|apagado|deletar|deletado|excluir|excluido|parar|desistir',
    ],
    unless: [REPORTED, 'jogo|partida|ranked|treino|golo|gol|aula|trabalho|projeto|projecto|festa|aniversario|niver|serie|filme|receita|lista_de_compras|tpc|meme|memes|telemovel_novo|celular_novo|telefone_novo|novo_telemovel|novo_celular|novo_telefone|agenda|backup|sincroniz*|migrei|transferi|karaoke'],
    examples: {
      match: ['mano tu caiu num golpe kkk eu gravei tu batendo uma na call. me faz um pix de 200 e fica tudo certo', 'nao adianta bloquear, eu tenho outra conta e todos teus seguidores salvos', 'kkk achou que eu ia apagar? agora quero 1000'],
      ignore: ['gravei tu marcando o gol no treino', 'achaste que eu ia apagar o meme? nunca', 'achou que eu ia desistir do trabalho?', 'tenho todos os teus contatos salvos no telemovel novo'],
    },
  },
  {
    // Backups as leverage ("o video ta salvo em 3 lugares"), and a payment "you know why".
    id: 'saved-in-many-places-r18',
    phrases: [
      'video|videos|fotos|nudes|prints|tudo|td|gravacao|gravacoes|pack ..2 ta|esta|estao|tao|fica|ficou|ficaram ..1 salvo|salvos|guardado|guardados|salva|salvas|guardada|guardadas|copiado|copiados ..3 # ..1 lugares|sitios|pens|drives|nuvens|backups|contas|celulares|telemoveis|pcs|computadores',
      'deposita|deposite|paga|pague|pagas|transfere|transfira|manda|mande|envia|envie ..4 conta|pix|mbway|chave|numero|iban|carteira ..6 sabes|sabe|tu_sabes|vc_sabe|voce_sabe|sabes_bem|sabe_bem ..1 porque|pq|o_porque|o_motivo|porque_e|pq_e|bem_porque',
    ],
    unless: [REPORTED, 'netflix|spotify|luz|agua|renda|aluguel|aluguer|condominio|escola|propina|propinas|mensalidade|viagem|festa|trabalho|projeto|projecto|jogo|treino|casamento|formatura|aniversario|niver'],
    examples: {
      match: ['ja era pra ti mano, o video ta salvo em 3 lugares', 'deposita 300 na conta abaixo ate as 20h. sabes porque'],
      ignore: ['as fotos da viagem tao salvas em 2 drives', 'paga a renda na conta do senhorio, sabes porque? eu nao tenho cartao'],
    },
  },
  {
    // Round 19: a screenshot or recording of the call "before you hung up"; "as fotos que ja tenho".
    id: 'screenshot-of-the-call-r19',
    phrases: [
      'tirei|tirou|fiz|gravei|printei ..2 print|prints|screenshot*|gravacao|captura|capturas ..3 chamada|videochamada|call|facetime|cam|webcam|live ..4 antes ..1 de|que|q|d ..1 [vc|tu|voce] desligar|desligares|desligasse|desligasses|sair|saires|saisse|bloquear',
      'fotos|videos|nudes|prints ..1 que|q ..1 ja ..1 tenho|temos|guardei|salvei',
      'quer|queres|queria|querias ..1 @your|as|os|essas|esses|aquelas|aqueles ..1 fotos|videos|nudes|prints|conversas ..1 apagad*|deletad*|de_volta',
    ],
    unless: [REPORTED, 'viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|excursao|jogo|treino|apresentacao|trabalho|show|concerto|no_drive|bebe', 'avo|vovo|reuniao|aula|professor*|prof|stor|meet|zoom|teams|album|impressora|imprimir|revelar|ja_tenho_as_fotos_da'],
    examples: {
      match: ['tirei print da chamada de video inteira antes de vc desligar kkkk', 'tens 5 minutos senao as fotos que ja tenho vao parar ao instagram', 'quer as fotos apagadas? 5 gift card de 50', 'queres os teus videos de volta?'],
      ignore: ['tirei print da chamada com a avo antes de ela desligar', 'as fotos que ja tenho da viagem mando amanha', 'quer as fotos da festa apagadas do drive?'],
    },
  },
  {
    // Round 19: "invadi tua camera pelo link", "hackeei tua webcam/galeria".
    id: 'got-into-your-camera-r19',
    phrases: [
      'invadi|hackeei|hackiei|hakeei|acessei|clonei ..2 @your|a_tua|a_sua|o_teu|o_seu ..1 camera|camara|webcam|cam|galeria|icloud|drive|celular|telemovel|pc|computador|notebook|portatil',
      'tenho_acesso|tenho_acesso_total|ganhei_acesso ..3 @your|a_tua|a_sua|o_teu|o_seu ..1 camera|camara|webcam|galeria|icloud|celular|telemovel|pc|computador',
    ],
    unless: [REPORTED, 'base|mundo|servidor|minecraft|clash|vila|jogo|partida|emprestaste|emprestou|me_emprestou|senha_que_me_deste|consertar|arrumar|formatar|tecnico'],
    examples: {
      match: ['invadi tua camera pelo link q vc clicou', 'hackeei a tua webcam faz 3 meses', 'tenho acesso a tua galeria toda'],
      ignore: ['invadi tua base no minecraft kkk', 'acessei o teu pc pra formatar, ja ta pronto'],
    },
  },
  {
    // Round 20: "to com teu video gravado", "tô com as tuas fotos", broken "eu tem video seu",
    // "peguei tua conta do discord e vi tuas conversas", "é o teu nude com o teu nome", "o print tem teu rosto".
    id: 'im-holding-your-video-r20',
    phrases: [
      'to|tou|estou|tamo|estamos|fiquei|fico ..1 com ..1 @your|os_teus|as_tuas|os_seus|as_suas ..1 video|videos|fotos|nudes|nude*|pack|packs|prints|conversas|gravacao|gravacoes|videozinho*|fotinhas',
      'eu|nos ..1 tem|ter|teve ..1 video|videos|foto|fotos|nude|nudes ..1 seu|sua|seus|suas|teu|tua|de_voce|de_vc|de_ti',
      'peguei|entrei|invadi|hackeei|hackiei|acessei|roubei ..2 @your|a_tua|a_sua ..1 conta ..4 vi|li|peguei|salvei|printei|baixei ..2 @your|as_tuas|as_suas|todas ..1 conversas|mensagens|msgs|fotos|videos|dms|directs|nudes',
      '@your|o_teu|o_seu|a_tua|a_sua ..1 nude|nudes|pack|packs ..4 com ..1 @your|o_teu|o_seu|a_tua|a_sua ..1 nome|arroba|insta|instagram|escola|morada|endereco|numero|cara|rosto',
      'print|prints|video|gravacao ..3 tem|aparece|mostra ..1 @your|a_tua|a_sua|o_teu|o_seu ..1 rosto|cara|carinha ..3 agora|entao|faz|fazes|manda|segue|paga|ou',
    ],
    unless: [REPORTED, BENIGN_PHOTO.split('|').filter((w) => w !== 'jogo').join('|'), 'mando|envio|passo ..1 amanha|logo|depois|dps|ja|hoje|mais_tarde', 'ensaio|ensaios|casaco|formatura|album|drive|ficha|documento*|passe|cartao|cracha|bilhete|lembrancinha|partida|skin|servidor|minecraft|roblox|fortnite|senha_que_me_deste|me_emprestaste|emprestou'],
    examples: {
      match: ['mano escuta aqui eu to com teu video gravado da chamada de ontem', 'tô com as tuas fotos aqui', 'eu tem video seu fazendo coisa na camera', 'peguei tua conta do discord e vi tuas conversas com a tua namorada', 'é o teu nude com o teu nome e a tua escola escritos por cima', 'olha o print, tem teu rosto. agora me segue no insta'],
      ignore: ['to com teu video da festa, te mando dps', 'eu tenho fotos tuas da formatura', 'to com teu video do jogo de ontem kkk', 'tô com teus videos do ensaio, mando amanhã', 'entrei na tua conta do roblox e vi as mensagens do servidor', 'o print tem tua cara kkk'],
    },
  },
  {
    // Round 21: account takeover used as leverage: "vi tuas dms com a tua namorada, tem umas fotos bem interessantes".
    id: 'read-your-dms-saw-photos-r21',
    phrases: [
      'vi|li|olhei|abri|tenho|tenho_acesso_as|entrei_nas|vasculhei ..2 tuas|suas|teus|seus|as_tuas|as_suas|os_teus|os_seus ..1 dms|dm|mensagens|msgs|conversas|directs|direct|chats|galeria|arquivos|nuvem|icloud|drive ..6 nudes|nude|pack|packs|interessante*|comprometedor*|picante*|intimas|intimos|@undressed',
      'vi|li|olhei|abri|tenho|tenho_acesso_as|entrei_nas|vasculhei ..2 tuas|suas|teus|seus|as_tuas|as_suas|os_teus|os_seus ..1 dms|dm|mensagens|msgs|conversas|directs|direct|chats|galeria|arquivos|nuvem|icloud|drive ..6 fotos|fotinhas|videos|fotos_tuas|fotos_suas ..2 [bem|muito|mt|mto|super] interessante*|comprometedor*|picante*|intimas|intimos|quentes|ousadas|@undressed',
    ],
    unless: ['festa|viagem|formatura|trabalho|grupo|turma|praia|jogo|memes|meme|print_da_aula|bebe|cao|gato|cachorro'],
    examples: {
      match: ['e eu vi tuas dms com a tua namorada, tem umas fotos bem interessantes ai', 'entrei nas tuas mensagens e achei uns videos intimos'],
      ignore: ['vi tuas mensagens, as fotos do churrasco ficaram otimas', 'vi tuas mensagens, as fotos da viagem ficaram lindas', 'vi tuas dms agora, desculpa a demora'],
    },
  },
  {
    // Round 21: "só mais um e eu apago tudo": one more picture for the promise to delete.
    id: 'one-more-and-i-delete-all-r21',
    phrases: [
      'ultima|ultimo ..1 [foto|video|fotinha|videozinho|vez] ..3 e|que|q ..1 [eu] apago|deleto|elimino|apagarei|sumo|desapareco ..1 tudo|todas|todos|as_fotos|os_videos',
      'so|mais ..1 mais|um|uma ..2 [video|foto|videozinho|fotinha] ..4 e|que|q ..1 [eu] apago|deleto|elimino|apagarei|te_devolvo|sumo|desapareco ..1 tudo|todas|todos|as_fotos|os_videos|isso|elas|eles',
    ],
    unless: ['jogo|partida|round|ronda|episodio|capitulo|musica|cancao|fase|nivel|tentativa|post|story|mensagem|msg|audio|desenho|pc|computador|quadro|lousa|historico|rascunho|rascunhos|save|saves|cache|mexo|mexer'],
    examples: {
      match: ['mais um video. só mais um e eu apago tudo, prometo', 'so mais uma foto e eu apago todas', 'ultima foto e eu deleto tudo, juro'],
      ignore: ['só mais uma e eu apago tudo do quadro', 'ultima vez e eu apago tudo, prometo que nao mexo mais no teu pc', 'so mais um episodio e eu apago a luz', 'só mais uma partida e eu apago tudo do pc'],
    },
  },
  {
    // Round 22: a "hacker" who claims the school's systems: "ja invadimos o sistema da escola, temos teus dados e fotos".
    id: 'hacked-school-systems-r22',
    phrases: [
      'invadimos|hackeamos|hackeei|invadi|acessamos|acessei|entramos_no|entrei_no|entramos_na|entrei_na ..3 sistema|servidor|rede|drive|nuvem|icloud|computador|pc|portal|base_de_dados|arquivos|email|e_mail ..6 temos|tenho|pegamos|peguei|copiamos|copiei|baixamos|baixei',
    ],
    unless: [REPORTED, 'minecraft|roblox|jogo|diamantes|hackathon|ctf|capture_the_flag|desafio|exercicio|aula_de|curso|professor_pediu|brincadeira'],
    weight: 5,
    examples: {
      match: ['ja invadimos o sistema da escola, temos teus dados e fotos', 'hackeei o drive da tua escola e peguei tudo'],
      ignore: ['no hackathon a gente invadiu o servidor de teste e pegamos a flag', 'invadimos o servidor do minecraft e pegamos diamantes kkk'],
    },
  },
  {
    // r23: refer-back and found-phone leverage: "ainda tenho aquelas fotos", "tenho nosso videozinho gravado",
    // "to com print de tudo q vc falou", "foto anexada bem comprometedora", "vc tem umas fotos bem privadas ai".
    id: 'still-have-those-r23',
    phrases: [
      'ainda|inda ..1 tenho|guardo|guardei|to_com|tou_com|estou_com ..2 aquelas|aqueles|aquela|aquele|as_tuas|as_suas|os_teus|os_seus|tuas|suas|teus|seus ..1 @photo|print|prints|conversas|msgs|mensagens|audios',
      'tenho|guardei|salvei|ta|esta ..2 nosso|nossa|nossos|nossas ..1 video*|chamada|call|chamadinha|conversa|conversas|fotos ..3 gravad*|guardad*|salv*|printad*',
      'to|tou|estou|fiquei|tenho ..1 com ..1 print|prints|screenshot*|captura* ..4 tudo ..2 que|q @you ..2 falou|disse|mandou|me_mandou|escreveu|falaste|disseste|mandaste',
      '@photo|print|prints ..4 bem|muito|mt|super|bastante ..1 comprometedor*',
      '@you ..1 tem|tens ..2 umas|uns|cada ..1 @photo ..2 bem|muito|mt ..2 privad*|intim*|comprometedor*|picante*',
      'olhei|vi|fucei|vasculhei|dei_uma_olhada|mexi ..3 galeria|rolo|fotos ..6 privad*|intim*|comprometedor*|picante*',
      '@your perfil|ip|conta|dispositivo|computador|celular|numero ..2 foi|foram ..1 identificad*|rastread*|flagrad*|detectad* ..6 imagens|fotos|conteudo|material|videos|menores|pornografia',
    ],
    unless: [REPORTED, 'viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|excursao|jogo|treino|show|concerto|te_mando|te_passo|bebe|crianca|infancia|album|do_drive|no_drive|do_grupo|da_turma|dele|dela|deles|delas|dormindo|caindo|bebado|bebada', 'apresentacao|trabalho|aula|projeto|teatro|peca|coreografia|gol|golo|campeonato|torneio|no_grupo|na_turma|no_servidor|no_gc|nao_adianta_negar|assume|assumir'],
    examples: {
      match: ['só lembra q eu ainda tenho aquelas fotos do mes passado no meu rolo 🙂', 'tenho nosso videozinho todo gravado aqui', 'to com print de tudo q vc falou cmg', 'chegou uma confissão sobre vc com foto anexada. bem comprometedora hein', 'dei uma olhada na galeria. vc tem umas fotos bem privadas ai ne', 'Seu perfil foi identificado trocando imagens de menores', 'ainda guardo os teus audios'],
      ignore: ['tenho nosso video da apresentacao gravado, ficou top', 'to com print de tudo q vc falou no grupo, nao adianta negar', 'ainda tenho aquelas fotos da viagem, te mando', 'a foto do joao dormindo ficou bem comprometedora dele', 'tenho nossa chamada do trabalho gravada no drive', 'o perfil do golpista foi identificado pela policia'],
    },
  },
  {
    // r23: a recording the person shows up in, and fake "investigations": "gravei a tela. tua cara aparece bem",
    // "vc esta sendo investigado por compartilhar imagens".
    id: 'your-face-shows-investigated-r23',
    phrases: [
      'gravei|gravado|gravada|printei|salvei ..6 tua|sua|teu|seu cara|rosto|carinha|corpo ..1 aparece|aparecem|aparecendo|da_pra_ver|ta_la|esta_la',
      '@you ..1 esta|estas|ta|tas|foi|foste ..1 sendo|a_ser ..1 investigad*|indiciad*|denunciad*|processad* ..6 imagens|fotos|nudes|conteudo|pornografia|menores|pedofilia|intimas',
    ],
    unless: [REPORTED, 'tiktok|danca|dancando|coreografia|apresentacao|jogo|gol|treino|festa|aniversario|casamento|formatura|trabalho|aula|prof*|live|stream|engracad*|kk*|haha*|rsrs*|dele|dela'],
    examples: {
      match: ['gravei a tela. tua cara aparece bem', 'Você está sendo investigado por compartilhar imagens de menores', 'salvei a call, teu rosto aparece em tudo'],
      ignore: ['gravei a tela do jogo, tua cara aparece no canto kkk', 'gravei tua apresentação, teu rosto aparece bem, ficou otimo', 'ele foi investigado por compartilhar imagens'],
    },
  },
  {
    // r23: implied hold: "eu nunca apago nada, lembra-te", "ha coisas tuas que ninguem devia ver, mas eu vi".
    id: 'i-never-delete-anything-r23',
    phrases: [
      'nunca|nao|n ..1 apago|deleto|elimino|apaguei|deletei ..1 nada ..3 lembra|lembra_te|lembrate|lembre|lembre_se|nao_te_esquecas|nao_esqueca|nao_esquece|fica_a_saber|ficas_a_saber|sabes_disso|sabe_disso',
      'coisas|fotos|videos ..1 tuas|teus|suas|seus ..3 ninguem|ngm ..1 devia|deveria|pode|podia ..1 ver ..3 eu ..1 vi|tenho|guardei',
    ],
    unless: [REPORTED, 'historico|pesquisa*|memes|kk*|haha*|rsrs*'],
    examples: {
      match: ['eu nunca apago nada, lembra-te', 'ha coisas tuas que ninguem devia ver, mas eu vi'],
      ignore: ['eu nunca apago nada, o meu telemovel ta cheio de memes'],
    },
  },
  {
    // Round 24: "fiz copia de seguranca para mim tambem", "tenho backup das tuas nudes", "possui o material que nos enviou".
    id: 'kept-a-backup-r24',
    phrases: [
      'fiz|guardei|salvei|tirei|fizemos|guardamos ..1 [uma] copia|copias|backup|copia_de_seguranca ..3 para_mim|pra_mim|so_pra_mim|pra_eu|tambem_para_mim|tambem_pra_mim',
      'tenho|temos|guardei|salvei ..1 [um] backup|copia|copias ..2 das_tuas|dos_teus|das_suas|dos_seus|de_tuas|de_teus|tuas|teus ..1 nudes|nude*|fotos|videos|conversas|prints',
      'possui|possuimos|possuo|temos|tenho|guardamos ..2 o_material|os_materiais|todo_o_material|as_imagens|o_conteudo ..3 que|q ..2 nos|me|vc_nos|vc_me ..1 enviou|enviaste|mandou|mandaste|enviada|enviado',
      'printei|printamos|gravei|salvei ..1 td|tudo|tudinho ..4 @your|teus|tuas ..1 seguidores|contatos|contactos|@family|amigos',
    ],
    unless: [REPORTED, 'galeria_antiga|telemovel_novo|celular_novo|icloud|google_fotos|google_drive|drive|pen|pendrive|disco|trabalho|projeto|projecto|tpc|escola|festa|viagem|ferias|casamento|aniversario|orcamento|encomenda|fatura|faturas|contrato|processo'],
    weight: 5,
    examples: {
      match: ['vi umas fotos tuas muito interessantes. fiz copia de seguranca para mim tambem', 'tenho backup das tuas nudes em 3 lugares', 'A nossa agencia de modelos possui o material que nos enviou durante o casting.', 'PRINTEI TD. ja to vendo teus seguidores: tua mae, tua irma'],
      ignore: ['fiz backup da galeria no google drive pra ti', 'tenho copia das tuas fotos da viagem', 'temos o material que nos enviou para o orcamento'],
    },
  },
  {
    // Round 24: a phone-repair man: "quando arranjei o teu telemovel vi a tua galeria toda".
    id: 'repair-saw-your-gallery-r24',
    phrases: [
      'quando|enquanto ..1 arranjei|arranjava|reparei|reparava|concertei|consertei|consertava|formatei|tive|tinha|mexi|mexia ..3 teu|tua|o_teu|a_tua|seu|o_seu ..1 telemovel|celular|cel|tlm|telefone|portatil|pc|computador|tablet ..4 vi|copiei|guardei|salvei|encontrei|achei|passei ..2 tua|tuas|a_tua|as_tuas|teus|os_teus|sua|suas ..1 galeria|fotos|videos|conversas|nudes|fotinhas',
      'copiei|guardei|salvei|passei|transferi ..2 as_tuas|tuas|teus|os_teus|a_tua|tua|as_suas|suas ..1 fotos|videos|galeria|conversas|nudes ..4 quando|enquanto ..4 telemovel|celular|cel|tlm|telefone|pc|computador ..3 loja|assistencia|reparacao|conserto|arranjo|comigo|aqui',
    ],
    unless: ['novo|nova|pro_novo|para_o_novo|pra_ti|para_ti|pen|pendrive|drive|icloud|como_pediste|como_pediu|como_pedido|backup_pedido|cartao_sd|sd'],
    weight: 5,
    examples: {
      match: ['quando arranjei o teu telemovel vi a tua galeria toda', 'copiei as tuas fotos quando o celular tava na loja', 'enquanto consertava o teu celular encontrei as tuas fotos'],
      ignore: ['quando arranjei o teu telemovel passei as tuas fotos pro novo', 'copiei as tuas fotos pra pen quando o pc tava aqui, como pediste'],
    },
  },
  {
    // Round 25: "eu sei o que tu fez na chamada, tenho a gravacao".
    id: 'i-know-what-you-did-on-cam-r25',
    phrases: [
      'sei|vi o_que|oq ..2 fez|fizeste|fizeram|fazias|fazia ..2 na|naquela|nessa|em chamada|call|videochamada|cam|camera|camara|webcam ..4 tenho|gravei|gravado|gravada|gravacao|prints|print|video|guardei',
    ],
    unless: ['jogo|partida|ranked|kill|clutch|mira|skin|aula|reuniao|prof*|professor*|trabalho|apresentacao|haha*|rsrs*'],
    examples: {
      match: ['eu sei o que tu fez na chamada, tenho a gravacao', 'vi o que fizeste na cam ontem. gravei tudo'],
      ignore: ['sei o que tu fez na call, vi o clutch, tenho o video kkk'],
    },
  },
  {
    // Round 25: proof of reach: "olha o print da lista dos teus seguidores 😈".
    id: 'screenshot-of-your-followers-r25',
    phrases: [
      'print|prints|screenshot|screenshots|captura|capturas|printei|tirei_print ..3 lista|listas ..3 @your|teus|seus|tuas|suas seguidores|amigos|amigas|contatos|contactos|familiares',
    ],
    unless: ['sorteio|giveaway|parabens|sucesso|bombando|crescendo|marca|divulgacao|haha*|rsrs*'],
    examples: {
      match: ['olha o print da lista dos teus seguidores 😈', 'ja tirei print da lista de todos os seus amigos'],
      ignore: ['olha o print da lista dos teus seguidores, parabens pelo sucesso'],
    },
  },
  {
    // Round 27: the claim without naming the material: "ainda as tenho todas guardadas", "ainda tenho tudo aqui", "vc ja viu o que eu tenho de vc".
    id: 'still-have-them-all-r27',
    phrases: [
      'ainda|continuo_a|continuo ..1 [as|os] tenho|tnh|guardo|ter|tendo|guardando ..2 todas|todos|tudo|td|guardad*|salvas|salvos|aqui|comigo',
      'as|os|elas|eles ..1 continuam|continua|estao|tao|ficam|ficaram ..1 aqui|comigo|guardad*|salvas|salvos ..1 [comigo|aqui]',
      'continuo|fico|ainda ..2 com ..1 elas|eles|tudo|td ..3 no|na ..1 [meu|minha] pc|computador|celular|cel|telemovel|telefone|galeria|disco|pen|pendrive',
      'o_que|oq|o_q|aquilo_que|aquilo_q ..1 eu ..1 tenho|tnh|guardei|guardo ..1 de|do|da ..1 vc|voce|ti|tu',
      'aquele|aquela|o_cara|a_pessoa|quem ..1 que|q ..1 tem ..2 @your ..1 fotos|foto|fotinhas|videos|video|nudes|nude*|prints',
    ],
    unless: ['backup|no_backup|nuvem|icloud|google_fotos|assistencia|reparacao|esta_pronto|ta_pronto', REPORTED, BENIGN_PHOTO, 'saudade*|carinho|amor|respeito|orgulho|ciume*|raiva|medo|vontade|duvida*|pena|roupa|roupas|livro|livros|casaco|moletom|camisola|chaves|dinheiro|apontamentos|cadernos|caderno|cartas|bilhetes|presentes|prendas|desenhos|figurinhas|cromos|brinquedos|coisas_tuas|tuas_coisas|tuas_coisinhas|teus_jogos|jogos|lembranca*|recordac*|ticket|bilhete|receita|trabalho|resumos|exercicios|materia|livro_de|obrigad*', 'quando_quiseres|quando_quiser|vem_buscar|vens_buscar|passa_ca|passa_aqui|em_casa|te_mande|te_envie|te_passe|queres_que|quer_que'],
    weight: 3,
    examples: {
      match: ['lembras-te de mim? ainda as tenho todas guardadas', 'ainda tenho tudo aqui, nao te esquecas', 'continuo com elas todas aqui no meu pc', 'as fotos continuam aqui comigo', 'vc sabe o que eu tenho de vc, ne', 'sou aquele que tem as tuas fotos'],
      ignore: ['o seu telemóvel está pronto, as fotos ficaram salvas no backup', 'ainda tenho tudo aqui das aulas, queres os resumos?', 'ainda as tenho todas guardadas, as cartas que me escreveste quando eramos pequenos', 'sabes o que eu tenho de ti? saudades', 'ainda tenho o teu casaco aqui comigo', 'ainda tenho tudo aqui em casa, passa quando quiseres', 'as fotos continuam aqui no meu pc, queres que te mande?', 'aquele que tem as tuas fotos da viagem é o Joao, pede-lhe'],
    },
  },
  {
    // Round 27: a "lawyer's" formal claim: "o meu cliente tem em sua posse capturas de ecrã das conversas".
    id: 'in-possession-of-screenshots-r27',
    phrases: [
      'posse ..4 capturas|captura|capturas_de_ecra|capturas_de_tela|prints|print|screenshots|screenshot|imagens|fotos|fotografias|videos|video|gravac*|conversas|mensagens|material',
      'capturas|prints|screenshots|imagens|fotografias|fotos|videos|conversas|material ..4 em|na ..1 minha|nossa ..1 posse',
      'detem|detenho|detemos|dispomos_de|dispoe_de|disponho_de|possuo|possui|possuimos ..4 prints|capturas|screenshots|imagens|fotografias|fotos|videos|gravacoes|conversas ..3 suas|seus|vossas|vossos|tuas|teus|intimas|intimos|conversas|mensagens|chamadas|videochamada',
    ],
    unless: [REPORTED, 'tomada_de_posse|tomou_posse|tomar_posse|posse_de_bola|posse_da_bola|posse_do_cargo|herdei|heranca|museu|arquivo_historico|biblioteca|testemunhas|advogado_da_escola'],
    examples: {
      match: ['O meu cliente tem em sua posse capturas de ecrã de todas as conversas.', 'Estão em nossa posse imagens e conversas suas.', 'tenho na minha posse prints de tudo', 'o meu cliente detém prints das vossas conversas', 'dispomos de capturas de ecra das conversas'],
      ignore: ['A tomada de posse do novo diretor tem fotografias no site.', 'a posse de bola foi 60 por cento, vi as imagens', 'a biblioteca dispoe de fotografias antigas da cidade'],
    },
  },
  {
    // Round 27: a call turned into screenshots: "lembra da call de ontem? dei print em tudo".
    id: 'screenshotted-the-call-r27',
    phrases: [
      'call|chamada|videochamada|facetime|live|cam|webcam ..6 dei|tirei|fiz ..1 print|prints|screen|screenshot*|captura* ..1 [em|de] ..1 tudo|td',
      'dei|tirei|fiz ..1 print|prints|screen|screenshot*|captura* ..1 [em|de] ..1 tudo|td ..6 call|chamada|videochamada|facetime|live|cam|webcam|camisa|blusa|roupa',
    ],
    unless: [REPORTED, 'denuncia*|denunciar|denunciei|bloqueia|bloquear|bloqueei|policia|provas|prova|diretora|diretor|professor*|prof|pra_mostrar_a|pra_tua_mae_ver|trabalho|aula|reuniao|jogo|partida|ranked|placar|score|erro|bug|tela|ecra'],
    examples: {
      match: ['lembra da call de ontem? dei print em tudo', 'tirei print de tudo na videochamada, vc sabe oq aparece'],
      ignore: ['dei print em tudo da call, vou denunciar ele', 'tirei print de tudo na call do trabalho pra mostrar pro prof', 'dei print em tudo da live do jogo, o placar tava insano'],
    },
  },
  {
    // Round 27: a price for deleting implies the material: "agora quero mais 500 pra apagar".
    id: 'amount-to-delete-r27',
    phrases: [
      'quero|qro|exijo|manda|mande|mandas|paga|pague|pagas|sao|mais ..3 # ..2 pra|para|p ..1 [eu|nos] apagar|apago|apagarmos|deletar|deleto|excluir|sumir_com|nao_postar|nao_mandar|remover|removermos|eliminar|eliminarmos|retirar|retirarmos ..3 [tudo|td|isso|isto|elas|eles|as|os|suas|tuas|teus|seus] [fotos|videos|imagens|nudes|prints|material|conteudo]',
    ],
    unless: [REPORTED, 'pedido|ifood|uber|compra|encomenda|biblioteca|tatuagem|historico|virus|antivirus|conta_da_net|pizza|vaquinha|rifa|mensalidade|propina|inscricao|app|aplicativo|jogo|assinatura|netflix|spotify|fundo|fundo_da_foto|marca_de_agua|marca_d_agua|editor|edicao|tecnico|formatar|formatacao|mancha|grafite|grafitti|pichacao|quadro|lousa|desenho|rascunho|borracha'],
    weight: 3,
    examples: {
      match: ['mudei de ideia, agora quero mais 500 pra apagar', 'manda 200 pra eu apagar', 'pague a multa de 1500 reais para apagarmos as imagens'],
      ignore: ['o tecnico quer 50 pra apagar o virus', 'paga 10 pra apagar a marca de agua no app', 'quero mais 2 pra apagar o quadro kkk'],
    },
  },
  {
    // Round 27: the pre-recorded "girl" on a call, then "eu gravei tu" / "agora tenho tua gravação".
    id: 'recorded-you-on-the-fake-call-r27',
    phrases: [
      'gravei|filmei|gravamos|filmamos|printei tu|vc|voce|ce|voces',
      'tenho|tnh|temos|guardei|salvei ..2 @your|a_tua|a_sua ..1 gravacao|gravacoes|chamada|videochamada|call|live',
      'pre_gravado|pregravado|pre_gravada|gravado_antes|era_gravado|era_um_video|era_so_um_video|era_fake|era_falsa|era_falso ..6 gravei|tenho|temos|gravacao|gravado|gravada|printei',
    ],
    unless: [REPORTED, 'cantando|a_cantar|dancando|a_dancar|dormindo|a_dormir|roncando|babando|jogando|apresentacao|trabalho|aula|musica|ensaio|golo|gol|show|concerto|jogo|partida|treino|professor*|prof|reuniao|palestra|podcast|recital|teatro|coreografia|tiktok|trend|pra_vo|pra_avo|recordacao|lembranca|ficou_lindo|ficou_linda|ficou_top|k|kk*|haha*|rsrs*'],
    weight: 5,
    examples: {
      match: ['a menina da chamada era um video gravado e eu gravei tu', 'vc caiu, aquela mina era video pre gravado, agora eu tenho tua gravacao', 'gravei vc todinho na call'],
      ignore: ['gravei vc cantando no karaoke kkk', 'gravei tu na apresentacao, ficou top', 'tenho a tua gravacao da aula de ontem, queres?'],
    },
  },
  {
    // Round 27: access to the family, claimed: "tenho o link do perfil da tua mãe", "já achei o face do teu pai".
    id: 'found-your-mums-profile-r27',
    phrases: [
      'tenho|tnh|achei|encontrei|descobri|ja_tenho|ja_achei|ja_sei ..3 perfil|face|facebook|insta|instagram|numero|contato|contacto|link|email|whats ..2 da|do|de ..1 [tua|teu|sua|seu] mae|pai|avo|vo|vovo|familia|tia|tio|irma|irmao|madrasta|padrasto|pais',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'pediu|pediram|mandou|mandaram|deu|deram|passou|passaram|para_a_reuniao|reuniao|escola|prof*|diretor*|treinador|grupo_dos_pais|grupo_de_pais|autorizacao|ficha|emergencia|beijo|beijos|bolo|receita|encomenda|entrega|vendo|venda|trabalho|cliente|consulta|marcacao|hackead*|hackearam|seguiu|segue|gira|simpatica|linda'],
    weight: 3,
    examples: {
      match: ['tenho o link do perfil da tua mae', 'ja achei o face do teu pai', 'encontrei o insta da tua irma'],
      ignore: ['tenho o numero da tua mae, ela pediu pra eu ligar', 'achei o perfil da tua mae, ela e muito simpatica', 'tenho o contato do teu pai pra reuniao da escola'],
    },
  },
  {
    // Round 27: "já achei teu insta e a lista de seguidores": the audience, claimed.
    id: 'i-have-your-followers-list-r27',
    phrases: [
      'achei|encontrei|tenho|ja_tenho|ja_achei|salvei|printei|guardei ..4 lista|print|prints|todos|todas ..3 [de|dos|das|os|as] [teus|tuas|seus|suas] seguidores|contatos|contactos|amigos|followers',
    ],
    unless: [REPORTED, 'turma|trabalho|festa|convite|convites|casamento|aniversario|niver|convidados|evento|sorteio|giveaway|grupo_de_estudo|jantar|churrasco|viagem|excursao|lista_de_presenca|chamada|vaquinha|k|kk*|haha*|rsrs*'],
    weight: 3,
    examples: {
      match: ['já achei teu insta e a lista de seguidores', 'tenho print de todos os teus seguidores', 'salvei a lista dos teus contatos'],
      ignore: ['tenho a lista de contatos da turma pro trabalho', 'achei a lista de convidados da festa'],
    },
  },
  {
    // Round 28: a taken-over account's private album ("My Eyes Only", a hidden folder, a cloud backup): "entrei nele e achei sua pasta do Meus Olhos Apenas".
    id: 'hidden-album-found-r28',
    phrases: [
      'entrei|invadi|hackeei|hackei|acessei|abri|consegui_entrar ..6 achei|vi|encontrei|peguei|baixei|copiei|salvei|vasculhei ..4 pasta|album|galeria|arquivo|arquivos|fotos|videos|backup ..3 oculta|ocultas|oculto|ocultos|escondida|escondidas|escondido|privada|privadas|privado|secreta|secretas|secreto|trancada|trancado|bloqueada|meus_olhos_apenas|apenas_meus_olhos|apenas_para_os_meus_olhos|apenas_para_meus_olhos|so_para_os_meus_olhos|so_para_meus_olhos|so_pros_meus_olhos|my_eyes_only',
      'achei|vi|encontrei|peguei|baixei|copiei|salvei|vasculhei ..3 @your|a_tua|a_sua|o_teu|o_seu|todas_as_tuas|todas_as_suas|todos_os_teus|todos_os_seus ..1 pasta|album|galeria|arquivo|arquivos|backup|fotos|videos|nudes|conversas ..3 oculta|ocultas|oculto|escondida|escondidas|escondido|privada|privadas|privado|secreta|secretas|secreto|trancada|trancado|meus_olhos_apenas|apenas_meus_olhos|apenas_para_os_meus_olhos|apenas_para_meus_olhos|so_para_os_meus_olhos|so_para_meus_olhos|so_pros_meus_olhos|my_eyes_only|icloud|nuvem|google_fotos|google_photos',
      'vi|abri|acessei|tenho|peguei|vasculhei|entrei_no|entrei_na ..2 @your|o_teu|a_tua|o_seu|a_sua ..1 my_eyes_only|meus_olhos_apenas|so_para_os_meus_olhos|apenas_para_os_meus_olhos|so_pros_meus_olhos|pasta_oculta|pasta_escondida|pasta_secreta|album_oculto|album_escondido|album_secreto|pasta_privada|album_privado',
      'entrei|invadi|hackeei|acessei ..3 @your|a_tua|a_sua|o_teu|o_seu|no_teu|no_seu|na_tua|na_sua ..1 icloud|nuvem|google_fotos|google_photos|drive|backup ..6 fotos|videos|nudes|pasta|album|galeria',
    ],
    unless: [REPORTED, 'restaurar|restaurei|recuperar|recuperei|ajudar|ajudei|te_ajudo|celular_novo|telemovel_novo|pc_novo|computador_novo|pen|pendrive|disco|configur*|cheio|cheia|espaco|armazenamento|apaga|apagar|apagas|pediste|pediu|como_pediste|como_pediu|senha_que_me_deste|viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|excursao|bebe|pequena|pequeno|crianca|receita|trabalho|projeto|projecto|memes|desenho*|musica*|playlist|lindos|lindas|top|fixe'],
    examples: {
      match: ['baixei todas as tuas fotos do icloud', 'peguei tuas fotos da pasta oculta', 'eu vi o teu my eyes only', 'entrei no teu snap e achei a pasta my eyes only', 'consegui entrar na tua conta e vi as fotos escondidas', 'achei a tua pasta oculta, bem interessante', 'invadi teu icloud e baixei as fotos todas'],
      ignore: ['achei a tua pasta oculta, apaga umas fotos que o icloud ta cheio', 'entrei no teu drive como pediste e achei a pasta do trabalho', 'achei o teu backup do icloud, vou restaurar no celular novo', 'entrei no teu perfil e vi as fotos da praia', 'vi o teu album privado de desenhos, tão lindos'],
    },
  },
  {
    // Round 28: what the child sent, kept by the sender: "aquelas fotos que vc me mandou ficaram salvas aqui", "os teus vídeos continuam guardados comigo".
    id: 'saved-what-you-sent-r28',
    phrases: [
      'fotos|foto|fotinhas|videos|video|nudes|nude|pack|aquelas|aqueles|essas|esses ..6 ficaram|ficou|estao|esta|tao|ta|continuam|continua|seguem|segue ..2 salvas|salvos|salva|salvo|guardadas|guardados|guardada|guardado|arquivadas|arquivados ..2 aqui|comigo|no_meu_celular|no_meu_telemovel|no_meu_pc|no_meu_computador|na_minha_galeria|no_meu_telefone',
      'mandou|mandaste|enviou|enviaste|mostrou|mostraste ..4 ficaram|ficou|estao|esta|tao|ta|continuam|continua ..2 salvas|salvos|salva|salvo|guardadas|guardados|guardada|guardado',
    ],
    unless: [REPORTED, 'viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|batizado|excursao|trabalho|tpc|apresentacao|show|concerto|receita|resumo|resumos|apontamentos|documento*|ficheiro*|drive|nuvem|pen|pendrive|relaxa|nao_te_preocupes|nao_se_preocupe|fica_tranquil*|link|meme|memes|lindas|lindos|perfeitas|otimas|bebe|cachorro|gato|cao|te_passo|passo_te|te_mando|mando_te|mando_depois|depois_mando|pro_grupo|pra_turma|imprim*|revelar|editar|editei|edito|filtro|album_da', 'apaguei|apagadas|apagados|ja_apaguei|deletei|eliminei'],
    weight: 2,
    examples: {
      match: ['as fotos que vc me mandou ficaram todas salvas aqui', 'os teus videos continuam guardados comigo 😏', 'aquilo que mandaste ta guardado', 'aquelas que me enviaste estão salvas no meu telemóvel'],
      ignore: ['as fotos que vc mandou ficaram salvas aqui, depois te passo', 'aquelas que me mandaste ficaram guardadas, quer que eu imprima?', 'as fotos da viagem ficaram salvas aqui', 'o resumo que mandaste ta guardado no drive', 'os videos do trabalho estao guardados comigo, relaxa', 'as fotos que vc me mandou? ja apaguei todas'],
    },
  },
  {
    // Round 28: sent to the sender and kept by them ("aquelas fotos que vc me mandou ficaram salvas aqui"): a leverage claim in full, where the bare "saved here" stays vague.
    id: 'saved-what-you-sent-me-r28',
    phrases: [
      'me_mandou|me_mandaste|mandaste_me|me_enviou|me_enviaste|enviaste_me|me_mostrou|me_mostraste|mostraste_me ..4 ficaram|ficou|estao|esta|tao|ta|continuam|continua|seguem|segue ..2 salvas|salvos|salva|salvo|guardadas|guardados|guardada|guardado|arquivadas|arquivados ..2 aqui|comigo|no_meu_celular|no_meu_telemovel|no_meu_pc|no_meu_computador|na_minha_galeria|no_meu_telefone',
    ],
    unless: [REPORTED, 'viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|batizado|excursao|trabalho|tpc|apresentacao|show|concerto|receita|resumo|resumos|apontamentos|documento*|ficheiro*|drive|nuvem|pen|pendrive|relaxa|nao_te_preocupes|nao_se_preocupe|fica_tranquil*|link|meme|memes|lindas|lindos|perfeitas|otimas|bebe|cachorro|gato|cao|te_passo|passo_te|te_mando|mando_te|mando_depois|depois_mando|pro_grupo|pra_turma|imprim*|revelar|editar|editei|edito|filtro|album_da', 'apaguei|apagadas|apagados|ja_apaguei|deletei|eliminei'],
    weight: 3,
    examples: {
      match: ['as fotos que vc me mandou ficaram todas salvas aqui', 'aquelas que me enviaste estão salvas no meu telemóvel', 'o video que me mandaste ta guardado comigo'],
      ignore: ['aquelas que me mandaste ficaram guardadas, quer que eu imprima?', 'as fotos da viagem que me mandaste estao salvas aqui', 'o resumo que me mandaste ta guardado aqui'],
    },
  },
  {
    // Round 28: what happened on the call, recalled as leverage: "lembras-te do que fizeste na cam?", "sei o que vc fez na chamada".
    id: 'remember-what-you-did-on-call-r28',
    phrases: [
      'lembra|lembras|lembras_te|lembra_se|lembre_se|recorda|recordas|recordas_te|sei|sabemos|vi|ja_sei ..1 do_que|o_que|oq|oque|doque|doq|do_q ..2 [@you] ..1 fez|fizeste|mostrou|mostraste|fazias|fazia|mostravas|mostrava ..2 na|no|em|pela|pelo ..1 [nossa|nosso|tua|teu|sua|seu|aquela|aquele] chamada|cam|camera|camara|webcam|call|videochamada|live|facetime|omegle|chamada_de_video',
    ],
    unless: [REPORTED, 'microfone|micro|mic|mute|audio|som|kk*|haha*|rsrs*|aula|reuniao|apresenta*|trabalho|prof*|professor*|jogo|partida|ranked|gameplay|stream|tela|ecra|bug|erro|tutorial|exercicio*|prova|teste|top|fixe|massa|incrivel|lindo|linda|arrasou|arrasaste|parabens|ficou_otimo|ficou_otima|engracad*'],
    weight: 3,
    examples: {
      match: ['lembras-te do que fizeste na cam?', 'sei o que vc fez na chamada', 'lembra do que vc mostrou na videochamada? 😏'],
      ignore: ['sei o que vc fez na live, ficou top', 'lembras-te do que fizeste na call? esqueceste o micro ligado kkk', 'sei o que vc fez na chamada da aula, o prof viu'],
    },
  },
  {
    // Round 28: "já tenho tudo o que preciso, agora paga": the material is in hand, the demand follows.
    id: 'got-what-i-need-now-pay-r28',
    phrases: [
      'ja_tenho|tenho|ja_temos|temos ..2 tudo|td ..3 preciso|precisava|quero|queria|precisamos ..4 agora|entao|so_falta|e_so ..2 paga|pague|pagas|pagar|pagares|transfere|transfira|deposita|manda_o_dinheiro|manda_o_pix|faz_o_pix|faca_o_pix|@payment',
    ],
    unless: ['bolo|a_tua_parte|a_sua_parte|tua_parte|sua_parte|cada_um|metade', REPORTED, 'festa|lista|compras|mala|viagem|material|ingredientes|trabalho|documentos|inscri*|bilhete|ingresso|rifa|vaquinha|churrasco|presente|prenda|encomenda|loja|pedido|carrinho|frete|portes|kk*|haha*|rsrs*'],
    weight: 3,
    examples: {
      match: ['já tenho tudo o que preciso, agora paga', 'tenho td q quero, agora é só fazer o pix'],
      ignore: ['já tenho tudo o que preciso pro bolo, agora paga a tua parte', 'ja tenho tudo o que preciso pra festa, agora paga a tua parte da vaquinha', 'tenho tudo o que preciso da lista, agora pagar no caixa'],
    },
  },
  {
    // Round 28: "não adianta apagar, já salvei", "salvei antes de apagares": deleting on the child's side changes nothing.
    id: 'saved-before-you-deleted-r28',
    phrases: [
      'salvei|guardei|printei|gravei|baixei|copiei|tirei_print ..3 antes ..1 de|que ..1 [tu|vc] apagares|apagasses|apagar|apagasse|deletares|deletar|deletasse|eliminares|eliminar|sumir|sumires',
      'nao_adianta|nem_adianta|de_nada_adianta|nao_vale_a_pena|nao_serve_de_nada ..2 apagar|apagares|deletar|bloquear|bloqueares|eliminar|excluir ..4 ja|eu_ja ..1 salvei|guardei|printei|gravei|baixei|tenho|copiei|tirei_print',
    ],
    unless: [REPORTED, 'kk*|haha*|rsrs*|meme|memes|figurinha*|sticker*|receita|resumo|resumos|trabalho|tpc|apontamentos|link|musica|playlist|morada|endereco|numero|senha|codigo|horario|lista|foto_da_turma|fotos_da_viagem|fotos_da_festa|nao_te_preocupes|relaxa|fica_tranquil*|te_mando|te_passo'],
    weight: 3,
    examples: {
      match: ['não adianta apagar, já salvei', 'salvei antes de apagares', 'nem adianta bloquear, eu ja tenho tudo'],
      ignore: ['salvei o resumo antes de apagares, relaxa', 'nao adianta apagar o grupo, ja salvei os memes kkk'],
    },
  },
  {
    // Round 28: copies kept out of reach: "fiz backup das tuas fotos", "guardei tudo numa pasta escondida". Vague alone.
    id: 'backup-of-your-media-r28',
    phrases: [
      'fiz|tenho|guardei|fizemos ..1 [um|uma] backup|copia|copias|copia_de_seguranca ..2 das|dos|de ..1 @your|tudo|td|fotos|videos|nudes|conversas|prints',
      'guardei|salvei|tenho|coloquei|pus|meti ..4 numa|na|em_uma ..1 pasta|album ..2 escondida|oculta|secreta|privada|so_minha|so_para_mim|trancada',
    ],
    unless: [REPORTED, 'formatar|format*|reset|restaur*|recuper*|celular_novo|telemovel_novo|pc|computador|drive|nuvem|icloud_cheio|ajudar|ajudei|pediste|pediu|viagem|festa|passeio|praia|formatura|aniversario|niver|casamento|bebe|desenho*|receita*|memes|meme|trabalho|tpc|documento*|ficheiro*|musica*|surpresa|presente|prenda|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['fiz backup das tuas fotos', 'guardei tudo numa pasta escondida', 'tenho as fotos guardadas numa pasta só para mim'],
      ignore: ['fiz backup das tuas fotos antes de formatar o celular', 'guardei os teus desenhos numa pasta secreta pra surpresa'],
    },
  },
  {
    id: 'video-of-the-call-r29',
    // Round 29: "tenho aquele video da chamada de sexta", "to com o video da tua chamada": the recording named by the call it came from.
    phrases: [
      'tenho|tnh|temos|to_com|tou_com|estou_com|ainda_tenho|guardei|salvei|ficou_comigo ..2 aquele|aquela|o|a|esse|essa|teu|tua|seu|sua ..1 video|videos|gravacao|gravacoes|print|prints ..1 da|de|do|das ..2 chamada|chamadas|call|videochamada|facetime|cam|webcam|live|camera',
      'o|a|aquele|aquela|esse|essa ..1 video|gravacao ..1 da|do ..1 [tua|sua|nossa] chamada|call|videochamada|facetime|cam|webcam ..3 ta|esta|continua|fica|ficou ..1 comigo|aqui|guardad*|salv*',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'reuniao|aula|aulas|turma|trabalho|professor*|prof|stor|apresentacao|webinar|palestra|grupo_de_estudo|explicacao|explicacoes|entrevista|avo|vo|vovo|tia|tio|familia|natal|rir|ri|kk*|haha*|rsrs*'],
    examples: {
      match: ['ainda tenho aquele video da chamada de ontem', 'to com a gravação da tua videochamada', 'tenho o video da nossa call 😈', 'aquele video da chamada ta guardado aqui'],
      ignore: ['tenho o video da chamada da reuniao, te mando', 'tenho a gravacao da aula de ontem', 'tenho o video da chamada com a vo kkk', 'o video da chamada ficou salvo no drive da turma'],
    },
  },
  {
    // Round 30: a back-reference to private pictures sent earlier, set against a public one:
    // "linda essa foto, mas prefiro as q vc me mandou no pv", "gosto mais das que me enviaste no privado".
    id: 'the-ones-you-sent-privately-r30',
    phrases: [
      'prefiro|prefere|gosto_mais|curto_mais|melhores_sao|mais_gostosas_sao ..3 as|os|aquelas|aqueles|das|dos|daquelas|daqueles ..1 que|q ..2 [vc|voce|tu] me ..1 mandou|mandaste|enviou|enviaste|mandava|mandavas|enviava|enviavas|mostrou|mostraste',
      'as|os|aquelas|aqueles|das|dos|daquelas|daqueles|fotos|videos|nudes|coisas ..1 que|q ..2 [vc|voce|tu] me ..1 mandou|mandaste|enviou|enviaste|mandava|mandavas|enviava|enviavas|mostrou|mostraste ..2 no_privado|no_pv|no_pvd|na_dm|no_direct|no_direto|no_inbox|escondid*|so_pra_mim|so_para_mim|de_madrugada|a_noite|de_noite',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'meme|memes|link|links|musica|receita|figurinha*|sticker*|audio|audios|livro|filme|serie|resumo|materia|jogo|morada|endereco|localizacao|numero|perfil|pergunta|print_do|prints_do|arquivo*|ficheiro*|pdf|documento*|trabalho|exercicio*|tpc|dever|codigo|senha|convite'],
    weight: 3,
    examples: {
      match: ['bonita a foto nova, mas gosto mais das que me enviaste no privado 😏', 'prefiro aquelas q tu me mandava de madrugada', 'ainda penso nas fotos que vc me mandou no pv'],
      ignore: ['prefiro as fotos que vc me mandou da praia', 'o link que vc me mandou no privado nao abre', 'prefiro os memes que tu me mandava', 'as figurinhas que vc me mandou no pv sao otimas'],
    },
  },
  {
    // Round 30: asking whether a third person knows what was sent: "ele sabe das coisas q vc me mandava?",
    // "teu namorado viu as fotos que me enviaste?", "tua mae sabe o que tu me mostraste?". Full weight: the
    // model has too few such lines to keep a lighter hit (it vetoed one at weight 3).
    id: 'does-he-know-what-you-sent-r30',
    phrases: [
      'sabe|sabem|sabia|sabiam|viu|viram|conhece|conhecem|desconfia ..3 [das|dos|o|a|as|os|sobre|de|daquilo|daquelas|daqueles] coisas|coisinhas|fotos|fotinhas|videos|nudes|foto|video|conversas|aquilo|aquelas|aqueles|o_que|oq ..1 que|q ..2 [vc|voce|tu] me ..1 mandava|mandavas|mandou|mandaste|enviava|enviavas|enviou|enviaste|mostrava|mostravas|mostrou|mostraste',
      'sabe|sabem|sabia|viu|viram ..1 do_que|o_que|oq|doq ..2 [vc|voce|tu] me ..1 mandava|mandavas|mandou|mandaste|enviava|enviou|enviaste|mostrava|mostrou|mostraste',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'meme|memes|link|links|musica|receita|figurinha*|sticker*|livro|filme|serie|resumo|materia|jogo|presente|prenda|surpresa|carta|desenho|bolo|convite|trabalho|tpc|dever'],
    weight: 5,
    examples: {
      match: ['teu namorado sabe das fotos que vc me mandava?', 'a tua mae viu o que tu me mostraste na cam?', 'ele sabe das coisas q tu me enviou ano passado?'],
      ignore: ['ele sabe o que vc me fez? ainda to magoada', 'a tua mae sabe do presente que vc me mandou?', 'ele viu os memes que vc me mandava', 'ela sabe das fotos que tu me mandaste da viagem?'],
    },
  },
  {
    // Round 30: a bare claim to hold a clip after a back-reference: "eu tenho o clip", "guardei o clipe daquilo".
    // Vague (gamers keep clips of plays), so weighed as a leverage claim one step lighter.
    id: 'i-have-the-clip-r30',
    phrases: [
      'tenho|tnh|temos|guardei|salvei|gravei|ainda_tenho|to_com|tou_com|estou_com ..1 o|os|um|esse|aquele|aqueles|esses ..1 clip|clipe|clips|clipes|cliparam',
    ],
    unless: [REPORTED, BENIGN_PHOTO, GAME_CLIP],
    weight: 2,
    examples: {
      match: ['eu tenho o clip', 'guardei aquele clipe, lembras?', 'to com o clip da tua cam aberta'],
      ignore: ['eu tenho o clip da jogada kkk', 'tenho o clip do clutch no valorant', 'salvei o clip da live, vou postar no tiktok o teu ace'],
    },
  },
  {
    // Round 31: the followers counted, with the possessive after the noun: "criei um grupo com 87 seguidores teus", "tenho 200 contactos teus".
    id: 'counted-followers-of-yours-r31',
    phrases: [
      'tenho|tnh|temos|salvei|guardei|copiei|peguei|juntei|adicionei|meti|coloquei|criei|fiz|montei ..4 # ..1 [dos|das|de] seguidores|contatos|contactos|familiares|parentes ..1 teus|tuas|seus|suas|de_vc|de_voce',
      'tenho|tnh|temos|salvei|guardei|copiei|peguei|juntei|adicionei ..2 todos_os|todas_as ..1 seguidores|contatos|contactos|familiares|parentes ..1 teus|tuas|seus|suas|de_vc|de_voce',
    ],
    unless: ['telemovel_novo|celular_novo|telefone_novo|novo_telemovel|novo_celular|backup|sincroniz*|migrei|chip_novo', 'sorteio|giveaway|promocao|campanha|marketing|convite|convites|casamento|reuniao|loja|clientes|festa|surpresa|aniversario|niver|churrasco|bolo|presente|prenda|role|passeio|viagem|jantar|trabalho|turma|escola|jogo|torneio', 'parabens|boa|top|bombou|crescer|cresceu|ganhaste|ganhou|segue|seguir|seguiram|seguiu|novos|nova|mutual|mutuals|em_comum', REPORTED],
    examples: {
      match: ['criei um grupo com 87 seguidores teus', 'tenho 240 contactos teus aqui', 'ja salvei todos os seguidores teus'],
      ignore: ['tenho 87 seguidores teus em comum comigo', 'criei um grupo com 20 contactos teus pra festa surpresa', 'adicionei 5 seguidores teus ao sorteio'],
    },
  },
  {
    // Round 33: a blurred preview as proof ("[imagem desfocada] reconhece? é vc", "a versão sem blur").
    id: 'blurred-preview-r33',
    phrases: [
      'imagem|imagens|foto|fotos|video|videos|print|pic ..1 desfocad*|borrad*|censurad*|pixelizad*|pixelad*|com_blur|tarjad* ..6 reconhece|reconheces|reconhecem|e_vc|e_voce|es_tu|e_tu|adivinha_quem|sabe_quem_e|sabes_quem_e',
      'versao|foto|fotos|video|videos|imagem|original ..1 sem ..1 blur|desfoque|censura|tarja|pixel|pixels ..6 @family|@audience|grupo|todos|toda_a_gente|todo_mundo|internet|net',
      '@family|@audience|grupo|todos|toda_a_gente|todo_mundo ..6 versao|foto|fotos|video|videos|imagem|original ..1 sem ..1 blur|desfoque|censura|tarja|pixel|pixels',
    ],
    weight: 2,
    unless: [REPORTED, 'bebe|pequen*|crianca|infancia|antiga|antigo|antigamente|primaria|creche|jardim_de_infancia|aniversario|niver|formatura|filme|serie|anime|manga|episodio|trailer|meme|k|kk*|haha*|rsrs*'],
    examples: {
      match: ['foto desfocada: reconhece? é tu', '[video borrado] adivinha quem é', 'imagina teu pai vendo a versão sem blur', 'a versao sem censura vai pro grupo da escola'],
      ignore: ['foto desfocada da creche, reconhece? é vc bebe', 'imagem borrada do filme, reconhece o ator?', 'viste o episodio sem censura? todo mundo falou'],
    },
  },
  {
    // Round 35: the media named bare, then where it sits: "o video ta aqui comigo", "as fotos continuam salvas".
    // Vague (no "teu"), so weighed down; "o video da festa ta comigo" has a word between and does not match.
    id: 'the-media-is-with-me-r35',
    phrases: [
      'o|a|os|as video|videos|foto|fotos|nudes|nude|prints|print|gravacao|gravacoes|pack|fotinhas ..1 ta|tao|esta|estao|continua|continuam|segue|seguem|fica|ficam|ficou|ficaram ..1 [aqui|bem|todo|todos|todas|tudo] comigo|guardad*|salv*|no_meu_celular|no_meu_telemovel|no_meu_pc|na_minha_galeria|na_minha_mao|nas_minhas_maos',
      'o|a|os|as video|videos|foto|fotos|nudes|nude|prints|gravacao|gravacoes|pack ..1 [eu] ainda ..1 tenho|tnh|guardo|guardei|salvei ..1 [aqui|comigo|bem]',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'te_mando|mando_te|te_passo|passo_te|mando_amanha|mando_depois|mando_logo|envio|devolvo|pen|drive|nuvem|backup|aula|trabalho|escola|turma|album|casamento|bebe|avo|vovo|crianca|lindas|lindo|linda|fofo|fofa|fofas|haha*|rsrs*|kk*'],
    weight: 2,
    examples: {
      match: ['o video ta aqui comigo', 'as fotos continuam guardadas', 'os nudes tao salvos no meu celular', 'o video eu ainda tenho'],
      ignore: ['o video ta aqui comigo, te mando amanha', 'o video da festa ta comigo', 'as fotos tao salvas no drive da turma', 'o video ta comigo kkkk'],
    },
  },
  {
    // Round 35: screenshots of a sexual chat kept: "guardei os prints de toda a nossa conversa safada".
    id: 'saved-the-dirty-chat-r35',
    phrases: [
      'guardei|salvei|printei|tenho|tnh|ainda_tenho|copiei|gravei ..3 print|prints|screenshot|screenshots|captura|capturas|tudo|td|todas|todos ..5 conversa|conversas|mensagens|msgs|chat|chats|papo|papos ..2 safada|safadas|safadinha|safadinhas|intima|intimas|quente|quentes|picante|picantes|de_sexo|sexual|sexuais|pesada|pesadas|proibida|proibidas',
      'print|prints|screenshot|screenshots|captura|capturas ..4 conversa|conversas|mensagens|msgs|chat|papo ..2 safada|safadas|intima|intimas|quente|quentes|picante|picantes|de_sexo|sexual|sexuais ..4 guardad*|salv*|comigo|no_meu_celular|no_meu_telemovel|aqui',
    ],
    unless: [REPORTED, 'haha*|rsrs*|kk*|apaguei|ja_apaguei|apagar'],
    weight: 5,
    examples: {
      match: ['salvei prints de todas as nossas conversas quentes', 'tenho print da nossa conversa intima toda', 'os prints das mensagens safadas tao guardados comigo'],
      ignore: ['guardei os prints da nossa conversa, foi tao fofa', 'os prints da conversa quente do grupo kkkk', 'ja apaguei os prints da conversa picante'],
    },
  },
  {
    // Round 35: showing the victim their own followers as leverage: "olha esse print dos seus seguidores".
    id: 'look-at-your-followers-r35',
    phrases: [
      'olha|olhe|ve|veja|repara|confere|confira|viste|viu ..3 print|prints|screenshot|screenshots|captura|capturas|lista ..2 dos|das|de ..1 @your|teus|seus|tuas|suas|todos_os_teus|todos_os_seus ..1 seguidores|contatos|contactos|amigos|amigas|familiares|parentes|colegas',
      'print|prints|screenshot|screenshots|captura|capturas ..2 dos|das|de ..1 @your|teus|seus|tuas|suas|todos_os_teus|todos_os_seus ..1 seguidores|contatos|contactos|familiares|parentes',
    ],
    unless: [REPORTED, 'sorteio|giveaway|promocao|campanha|marketing|convite*|festa|surpresa|aniversario|niver|churrasco|casamento|engajamento|alcance|metricas|estatisticas|cresceu|crescer|bombando|parabens|haha*|rsrs*|kk*'],
    weight: 3,
    examples: {
      match: ['agora olha isso: print dos teus seguidores', 've so essa lista dos seus contatos', 'tirei print dos seus seguidores todos'],
      ignore: ['olha o print dos teus seguidores, cresceu muito parabens', 'print dos seus seguidores pro sorteio', 'olha a lista dos teus amigos pra festa surpresa'],
    },
  },
  {
    // Round 36: a bare "salvei o video" after a call: vague (friends save memes too), light on its own,
    // the leverage a following threat or demand is built on.
    id: 'i-saved-the-video-r36',
    phrases: [
      'salvei|gravei|guardei|printei|baixei|capturei ..1 o|os|a|as|teu|teus|seu|seus|tua|tuas|sua|suas|aquele|aquela|esse|essa|nosso|nossa ..1 video|videos|videozinho|chamada|videochamada|call|cam|camera|live|nudes|nude|pack',
      'o|a|os|as|teu|seu|tua|sua|nosso|nossa ..1 video|videos|chamada|videochamada|call|cam|nudes|pack ..1 ta|esta|ficou|ficaram|estao|tao ..1 salvo|salva|salvos|salvas|gravado|gravada|gravados|gravadas|guardado|guardada|guardados|guardadas',
    ],
    unless: [REPORTED, BENIGN_PHOTO, 'haha*|rsrs*|kk*|lol|meme|memes|tiktok|reels|youtube|yt|insta|instagram|trend|tutorial|receita|aula|prof*|professor*|trabalho|grupo|tpc|dever|jogo|partida|gol|golo|show|concerto|filme|serie|musica|clipe|danca|coreografia|cao|gato|cachorro|bebe|avo|vo|vovo|ferias|natal|festa|aniversario|niver|casamento|formatura|apresentacao|reuniao|da_turma|da_escola|pra_ti|pra_vc|pra_voce|te_mando|te_passo|mando_te|passo_te|no_drive|na_nuvem|legendas|legenda'],
    weight: 1,
    examples: {
      match: ['salvei o video', 'gravei a nossa chamada', 'o teu video ta salvo'],
      ignore: ['salvei o video do tiktok kkk', 'gravei a chamada da reuniao pro trabalho', 'salvei o video da festa, te mando depois'],
    },
  },
] satisfies PatternEntry[];
