import type { PatternEntry } from '../../schema';
// Reported speech (a warning talk, the news, a friend's story): "o golpista dizia: tenho tuas fotos...".
const REPORTED = 'se_alguem|caso_alguem|quando_alguem|alguem_disser|alguem_te_disser|alguem_pedir|alguem_te_pedir|nunca_pague|nunca_pagues|adulto_de_confianca|sextorsao|sextortion|palestra|reportagem|vitima|vitimas|ameacam|ameacavam|ameacaram|chantageiam|o_golpe|os_golpes|um_golpe|golpista|golpistas|o_criminoso|um_criminoso|os_criminosos|chantagista|chantagistas|dizia|diziam|escrevia|escreviam|ameacava|ameacavam|mandava_mensagens|o_cara_dizia|o_gajo_dizia|o_tipo_dizia|me_mandou_isso|me_mandou_isto|mandou_me_isto|mandou_me_isso|me_mandaram_isso|oq_eu_faco|o_que_eu_faco|o_que_faco|que_faco|perfil_fake|perfil_falso|conta_fake';

// Not faz/faca: "faz 150 no pix?" is a buyer haggling; a demand says manda/paga (or "faz um pix de", pix-transfer).
const PAY = 'paga|pague|pagas|pagues|pagar|pagares|paga_me|me_paga|me_pague|transfere|transfira|transferes|transferir|deposita|deposite|depositar|manda|mande|mandar|mandares|envia|envie|enviar|enviares|quero|exijo|preciso|passa|passe|arranja|arranjes';
// Talk about sextortion (a school talk, the news) or a scam warning.
const DISCUSSION = 'se_alguem|caso_alguem|quando_alguem|alguem_pedir|golpe|golpes|golpista*|palestra|reportagem|noticia|adulto_de_confianca|um_adulto|nunca_pague|nao_pague|sextorsao|policial|delegacia';
// Round 20: a seller's 'faço 80€' needs its number: 'manda 30 reais ou faço hj' is a threat.
const SELLING_OFFER = ['faco|fazes|faz ..2 #', 'faco|fazes|faz ..1 por|no|pelo|via|de|em @payment', 'pago_te|te_pago|pago_lhe|lhe_pago|eu_pago|eu_te_pago|pagarei|pago_quando|pago_assim_que'];
// Round 29: paying a shop, a photographer's booking or a repair: the order, the date, the pick-up.
const SERVICE = 'reservar|reserva|pra_reservar|para_reservar|de_sinal|o_sinal|agendamento|agendar|pedido_sera_cancelado|o_pedido|seu_pedido|teu_pedido|cancelado_automaticamente|vir_buscar|pode_buscar|pode_levantar|assistencia_tecnica|reparacao|conserto|orcamento|esta_pronto|ta_pronto|esta_pronta';
const SELLING = 'aceito|aceitas|aceita|negociavel|negocio|negociar|disponivel|portes|ctt|correios|motoboy|entrega|envio_gratis|usado|usada|estado';

export default [
  {
    id: 'pay-amount',
    phrases: [
      PAY + ' ..3 # ..1 @money|@currency|em_robux|em_bitcoin|no_pix|por_pix|no_pics|por_pics|por_mbway',
      PAY + ' ..3 @currency|@money #',
      'pagas|paga|pague|pagar|transfere|transfira|deposita|manda|envia ..3 # ..3 @payment|@money|@currency|agora|ja|hoje|ate',
      '# @money|@currency ..3 no|por|via|pelo|pela|em|num|de @payment',
      '# @money|@currency|contos|paus ..3 ou|senao|se_nao|caso_contrario|ate|dentro_de',
      '# @money|@currency|contos|paus ..3 em|dentro_de ..1 # ..1 h|hr|hrs|hora|horas|minutos|min|mins|dia|dias',
      'quanto ..2 pode|podes|consegue|consegues|tens|tem ..1 pagar|mandar|transferir|arranjar|juntar',
      'qual|que ..1 [o] valor|quantia ..3 consegue|consegues|podes|pode|tens|tem ..1 [pagar|mandar|arranjar|juntar]',
      'vai|vais|vc_vai|tu_vais ..1 ter_que|ter_de|ter_que_me|ter_de_me ..1 [me] pagar|transferir|depositar',
      'se|caso ..2 nao|n ..1 tiver|tens|tiveres|tem ..1 dinheiro|grana|guita ..4 pede|pedes|pega|arranja|arranjas|rouba|vende|vendes|da_um_jeito|da_te_jeito',
      'ou|se_nao|senao paga|pagas|pague|pagar|transferes|transfere ..2 ou|senao|se_nao|ate|agora|ja',
      'paga|pague|pagas|paga_me|me_paga ..1 ou|senao|se_nao|agora|ja|logo',
      'manda|mande|envia|envie|transfere|transfira|deposita|quero|arranja|mandar|mandares|enviar|enviares|transferir|transferires|depositar|pagar|pagares ..2 o|a|os|as|mais|esse|essa|meu|minha dinheiro|grana|guita|bufunfa|cash|money|graninha|massa|pasta|pagamento',
      'paga|pague|pagas|pagues|transfere|transfira|transferes|deposita ..3 que|q|e ..1 [eu] apago|deleto|elimino|esqueco|sumo|desapareco|paro|deixo_te_em_paz|te_deixo_em_paz',
      'me|tu|vc ..1 deve|deves|devia|devias ..2 # ..1 @money|@currency',
      'deves_me|me_deves|devesme ..2 # ..1 @money|@currency',
    ],
    // Round 28: a grandparent's birthday transfer ("a vó te mandou 100 reais no pix de aniversário") is a gift, not a demand.
    unless: [SERVICE, 'chantageado|chantageada|chantagearam|pediram|pediam|postavam|ameacaram|ameacavam', 'te_mandou|te_mandei|mandei_te|mandou_te|te_enviei|te_enviou|enviei_te|enviou_te|te_dei|te_transferi|te_depositei|de_aniversario|de_natal|de_presente|feliz_aniversario|parabens|prenda_de|presente_de', 'ifood|glovo|uber_eats|rappi|mcdonalds|cantina|acai|sorvete|gelado|cafe|bar|hamburguer|sushi|kebab', 'vendo ..3 #', 'sinal|reservar|reserva|agendamento|agendar|garantir_a_data|libero_o_horario|liberar_o_horario', 'kick|kickado|kickada|kickar|nitro|guilda', '# ..1 robux|vbucks|v_bucks|diamantes|gemas|moedas ..1 e|que|q ..1 [eu] te|ti ..1 dou|passo|mando|dou_te|passo_te ..1 a|o|uma|um|as|os ..1 skin|skins|item|itens|pet|conta|espada|carta', 'noob|nub|x1|1v1|passe|passe_de_batalha|battle_pass|skin_do|haha*|rsrs*', 'anuario|anuarios|camisola_de_finalistas|jantar_de_curso|viagem_de_finalistas|baile|propina|propinas|matricula|manuais|visita_de_estudo|juros|agiota|te_cobro|cobro_juros|nao_esquece|nao_te_esquecas|nao_esquecas|kill|kills|revanche|vinganca|flexoes|polichinelos|abdominais|castigo', ...SELLING_OFFER, 'transporte|mensalidade|uniforme|kit|quem_nao_pagou|quem_ainda_nao_pagou|do_clube|da_escola|excursao|quota|quotas|cota|inscricao|do_time|da_equipa', 'bizum|en_mano|prefieres', 'photocard|photocards|pcs|album|albuns|lightstick|frete|portes|dolares_por_paypal|paypal_amigos|paypal_ff', REPORTED, 'cada_um|cada_uma|bolo|rateio|rachar|racha|pro_presente|para_o_presente', 'aposta|apostas|apostou|apostamos|apostei|perdeu_a_aposta|perdeste_a_aposta|bike|bicicleta|anuncio|vendo_por|venda|vender|preco|custa|custou|vale|olx|vinted|marketplace|ingresso|bilhete|mesada|lanche|almoco|jantar|pizza|cinema|uber|gasolina|devolvo|te_devolvo|emprestei|emprestado|empresta|divide|dividir|metade|a_tua_parte|a_sua_parte|vaquinha|vaquinha*|churrasco|camisola|camiseta', 'pela|pelo ..6 bike|bicicleta|camisola|camiseta|tenis|sapatilhas|produto|artigo|roupa|vestido|jogo|consola|livro|livros|bilhete|ingresso|ajuda|boleia|carona|lanche|pizza|entrega|portes|frete|aula|aulas|explicac*|passe|cartao|despacho|despacha|envio|envia_se|primeiro|antes|depois|sinal|reserva', SELLING, ...SELLING_OFFER, DISCUSSION],
    examples: {
      match: ['qual o valor que vc consegue?', 'manda 200 reais pelo pix', 'manda 2000 kwanzas pelo multicaixa', 'vai ter que me pagar', 'se nao tiveres dinheiro arranja', 'paga 50 reais ou apago sua conta', 'ou pagas 200 euros por mbway', 'transfere 100€ em bitcoin', 'vc tem 10 minutos pra me pagar 500 reais', 'quero 300 reais', 'me manda R$ 200', 'ainda me deves 300 euros', 'vc tem 5 minutos pra me mandar o dinheiro', 'paga q eu apago', 'transfere e eu desapareço'],
      ignore: ['o telemóvel está pronto, pode vir buscar, são 45€ por mbway', 'manda o dinheiro pelo pix primeiro que eu despacho o tenis amanha', 'pago 80 pela bike, aceitas?', 'Oi meu neto, a vó te mandou 100 reais no pix de aniversário', 'te mandei 50 euros por mbway de prenda, feliz aniversario', 'ou paga ou kick kkkk', 'cada um da 20 reais pro bolo, manda no pix ate quinta', 'bro perdeu a aposta kkk paga os 10 reais', 'Te pago los 40€ por bizum o prefieres en mano?', 'la de Hyunjin pob o 8 dolares por paypal', 'o card do jimin sai 8 dolares por paypal', 'vais ter que me pagar o lanche', 'qual o valor que consegues fazer na bike?', 'a bike custa 300 reais', 'vendo por 80 euros', 'ganhei 50 reais de mesada', 'faço 80€ por MB Way', 'Faz 150 no pix?', 'aceitas 40 euros por mbway?', 'me passa 100 robux e te dou a skin', 'manda 300 robux que eu te passo a conta'],
    },
  },
  {
    id: 'pix-transfer',
    phrases: [
      'faz|faca|faze|fazes|manda|mande|mandas|envia|envie|quero|cai|caiu ..1 um|o|uma pix|pics|mbway|ted|doc|transferencia|deposito ..3 de|no_valor|#|agora|ja|pra|para|senao|ou|hoje',
      'passa|faz|faca|manda|cai|cade|kd|cadee ..1 o|esse|meu|a pix|pics|mbway|transferencia|deposito|dinheiro|pagamento',
      'depois_do|apos_o|assim_que|quando ..1 pagamento|pagares|pagar|pagas|transferires|transferir|o_pix|o_pics|cair_o_pix|cair_o_pics ..4 apago|deleto|elimino|apagarei|esqueco|desapareco',
      'chave|a_chave ..1 [do] pix|pics|mbway ..3 e|eh|ta|esta|aqui|segue|abaixo|manda|envia',
      'manda|mande|envia|envie|quero ..2 [o] comprovante|comprovativo|recibo ..2 [do] [pix|pics|mbway|transferencia|pagamento|deposito]',
      'paga|pague|pagas|transfere|transfira|deposita|deposite ..3 @payment|conta|iban|nib|chave',
      'pix|pics|mbway|paypal|transferencia ..1 de #',
    ],
    // Round 28: an offer to a group ("quem quiser a impressa me paga no pix") and friends taking turns ("semana que vem é tua vez de pagar").
    unless: [SERVICE, 'quem_quiser|quem_quer|quem_for_querer|se_quiser|se_quiseres|se_quiserem|tua_vez|sua_vez|minha_vez|vez_de_pagar|impressa|impressas|impresso|impressos', 'vendo ..3 #', REPORTED, 'como_faz|como_faco|como_e_o|como_fica|forma_de_pagamento|metodo_de_pagamento|envio|correios|ctt|encomenda|rastreio|portes', 'bike|bicicleta|anuncio|vendo_por|venda|vender|preco|olx|vinted|marketplace|pizza|jantar|almoco|lanche|ingresso|bilhete|conta_da_luz|condominio|aluguel|renda|devolvo|te_devolvo|emprestei|emprestado|empresta|divide|dividir|metade|vaquinha|churrasco|rifa|festa', SELLING, ...SELLING_OFFER, DISCUSSION, 'aceitar|aceitares|fechado|fechar|combinar|frete|produto|tenis|artigo'],
    examples: {
      match: ['faz um pix de 200 agora', 'a chave pix é esta', 'manda o comprovante', 'transfere pra essa conta', 'pix de 300'],
      ignore: ['me manda o pix de 50% pra reservar a data', 'pague o pix em 30 minutos senão o pedido será cancelado', 'quem quiser a foto impressa me paga no pix até sexta', 'me paga sexta no pix, semana que vem é tua vez', 'como faz o pagamento?', 'o pix é antes do envio, manda o comprovante', 'te faço um pix amanhã pela bike', 'pix da pizza ta feito', 'qual o preco da bike?', 'faço pix de 150 se vc aceitar', 'o policial disse que se alguem pedir pix, nao paga'],
    },
  },
  {
    id: 'gift-card-crypto',
    phrases: [
      'quero|manda|mande|envia|envie|compra|compre|comprar|compras|arranja|arranjes|passa|passe|preciso|precisas|exijo ..3 gift_card*|giftcard*|cartao|cartoes|vale|vales|codigo|codigos|card ..3 steam|google_play|play_store|psn|playstation|xbox|roblox|amazon|itunes|apple|paysafe*|netflix|razer|presente|oferta|de_#|#',
      'quero|manda|mande|envia|envie|compra|compre|comprar|arranja ..3 @payment ..2 de|com|no_valor ..1 #',
      'quero|manda|mande|envia|envie|compra|compre|comprar|arranja ..2 robux|vbucks|v_bucks|diamantes|bitcoin*|btc|cripto*|usdt|paysafecard|psc',
      'carteira|wallet|endereco ..2 de|do|da ..1 bitcoin|btc|cripto|usdt|ethereum|eth',
      'codigo|codigos|numero ..2 do|dos|da|das ..1 cartao|cartoes|gift|giftcard*|gift_card* ..3 aqui|agora|ja|manda|envia|foto',
      'cartao|cartoes|gift_card*|giftcard*|vale|vales ..3 steam|google_play|play_store|psn|playstation|xbox|roblox|amazon|itunes|apple|razer|netflix|paysafe* ..5 manda|mande|envia|envie|passa|passe|quero ..2 [o|os] codigo|codigos|cod|pin',
    ],
    unless: [SERVICE, REPORTED, 'aniversario|niver|natal|amigo_secreto|amigo_oculto|presente_pra|presente_para|promocao|desconto|loja'],
    examples: {
      match: ['preciso de 2 gift cards de 100', 'cartao google play de 200, manda o codigo', 'quero um gift card de 100 da steam', 'manda um cartão steam de 50', 'compra um paysafecard', 'manda bitcoin', 'manda o código do cartão agora'],
      ignore: ['o cartão google play que te dei no natal, manda o código se não funcionar', 'quero um gift card da steam de aniversário', 'comprei um cartão steam na promoção'],
    },
  },
  {
    // Naming the accepted method after a demand: "cartão da google play serve", "pode ser em paysafecard".
    id: 'card-will-do',
    phrases: [
      'cartao|cartoes|gift_card*|giftcard*|vale|vales|codigo|codigos ..3 steam|google_play|play_store|psn|playstation|xbox|roblox|amazon|itunes|apple|razer|paysafe*|netflix|fortnite|nintendo ..2 serve|servem|tambem_serve|pode_ser|aceito|tambem_aceito|ta_bom|ta_otimo|vale|funciona',
      'pode_ser|aceito|tambem_aceito|serve|tambem_serve ..2 [em|por|de|com] gift_card*|giftcard*|paysafe*|paysafecard|psc|bitcoin*|btc|cripto*|usdt|steam|google_play|robux|vbucks|v_bucks|cartao_steam|cartao_google_play|cartao_presente|cartao_de_presente',
      'pode|podes ..1 mandar|pagar|ser|enviar|transferir ..1 em|por|com ..1 robux|vbucks|gift_card*|giftcard*|paysafe*|paysafecard|bitcoin*|cripto*|steam|google_play|cartao_steam|cartao_presente|diamantes|usdt',
      'pede|pega|tira|rouba|usa|arranja|arranjes ..5 dinheiro|grana|guita|cartao|conta|pix ..4 @your|da_tua|do_teu|da_sua|do_seu|aos_teus|pros_teus|aos_seus|pros_seus|dos_teus|dos_seus ..1 @family ..6 e|depois ..1 me_manda|manda|mandas|me_mandas|transfere|transferes|deposita|me_passa|paga|pagas|me_pagas',
    ],
    unless: [REPORTED, 'aniversario|niver|natal|amigo_secreto|amigo_oculto|presente_pra|presente_para|prenda|promocao|desconto|loja|mesada|lanche|passeio|excursao|viagem|festa|vaquinha|rifa|escola|jogo_novo|comprar_o_jogo|devolvo|te_devolvo|emprest*'],
    examples: {
      match: ['pode mandar em robux também', 'cartão da google play serve', 'pode ser em paysafecard', 'aceito bitcoin tambem', 'pede dinheiro aos teus pais e me manda', 'pega o cartao da tua mae e me paga'],
      ignore: ['o cartão da steam serve de presente de aniversário?', 'pede dinheiro à tua mãe pro passeio e paga a tua parte', 'aceito pix ou cartão na loja'],
    },
  },
  {
    // A fee to make a (fake) case go away: "para arquivar o processo é necessário o pagamento de uma taxa via PIX".
    id: 'fee-to-close-case',
    phrases: [
      'arquivar|arquivamento|encerrar|encerramento|retirar|cancelar|suspender|anular ..3 processo|inquerito|denuncia|queixa|caso|mandado|investigacao|ocorrencia|boletim ..6 pagamento|pagar|paga|pague|taxa|multa|fianca|acordo|pix|transferencia|deposito|@payment',
      'taxa|multa|fianca|pagamento ..3 # ..4 pix|pics|@payment|via|para_arquivar|para_evitar|para_encerrar|para_retirar|em_ate|ate',
    ],
    unless: [REPORTED, 'golpe|golpes|golpista*|nunca_pedem|nunca_pede|nao_pedem|nao_pede|cuidado|alerta|palestra|reportagem|noticia', 'matricula|mensalidade|propina*|inscri*|escola|colegio|condominio|aluguel|renda|luz|agua|internet|imposto|irs|iptu|ipva|carro|multa_de_transito|estacionamento|biblioteca|livro|ginasio|academia|clube|excursao|passeio|visita'],
    weight: 2,
    examples: {
      match: ['Para arquivar o processo é necessário o pagamento de uma taxa de R$ 1.200 via PIX.', 'para encerrar a denuncia pague a multa de 500 reais', 'taxa de 800 via pix para arquivar'],
      ignore: ['a taxa de matricula de 200 é via pix', 'cuidado: é golpe quem pede taxa para arquivar processo por pix', 'paga a multa de 50 da biblioteca ate sexta'],
    },
  },
  {
    // Money as the price of silence or deletion: "apago quando cair o pix", "150 no pix e tudo some", "me dá 10 reais que eu fico quieto".
    id: 'pay-and-it-goes-away',
    phrases: [
      'apago|deleto|elimino|esqueco|sumo|desapareco|tudo_some|some_tudo ..3 quando|qnd|qd|assim_que|depois_que|logo_que ..1 cair|cai|caires|pagares|pagar|transferires|transferir|chegar ..2 [o|a] pix|pics|dinheiro|grana|pagamento|transferencia|mbway|valor|deposito',
      '# ..3 [no|por|via|de|em] [pix|pics|mbway|bitcoin|robux|euros|reais] ..2 e|que ..1 tudo|td|isso|isto|o_video|as_fotos ..1 some|sume|desaparece|acaba|fica_esquecido|e_apagado|vai_embora',
      'por # ..1 [@money|@currency] ..2 tudo|td|isso|isto|o_video|as_fotos ..1 some|sume|desaparece|acaba|e_apagado|fica_apagado|vai_embora',
      'me_da|me_de|da_me|me_paga|paga_me|me_manda|manda_me|passa ..2 # ..2 [@money|@currency] ..3 que|q|e ..1 [eu] fico_quieto|fico_quieta|fico_calado|fico_calada|nao_conto|nao_falo|nao_digo|nao_mostro|esqueco',
      'pix|pics|mbway|mb_way|paypal|nubank|picpay ..1 [de] # ..1 [@money|@currency] ..1 hoje|agora|ja|ate|amanha|rapido',
    ],
    unless: ['vendo ..3 #', 'aluguel|aluguer|renda|multa|condominio|cada_um|cada_uma|wifi|luz|agua|quota|quotas|inscricao', REPORTED, 'golpe|golpes|golpista*|nunca_pague|nao_pague|cuidado|alerta|palestra|reportagem|noticia', 'pizza|lanche|jantar|almoco|cinema|bilhete|ingresso|uber|gasolina|divida|emprest*|devolv*|metade|dividir|vaquinha|rifa|festa|prenda|presente|bike|bicicleta|olx|vinted|venda|vendo_por|dor|fome|sono|febre|sorvete|gelado|dieta|churrasco|role|bar|cerveja|conta|racha|rachar|acai|mercado|compras', 'faco|eu_faco|te_faco|ja_faco|pago|eu_pago|te_pago|ja_pago|transfiro|te_transfiro|ja_transfiro|te_mando_o|te_envio_o'],
    weight: 2,
    examples: {
      match: ['apago quando cair o dinheiro', 'apago qnd cair o pix. 200', 'lembra do q eu tenho né? 150 no pix e tudo some', 'claro, por 150 tudo desaparece', 'me da 10 reais que eu fico quieto', 'mbway 150 euros hoje'],
      ignore: ['pix de 20 hoje pro churrasco', 'mbway 10 euros hoje da pizza', 'por 5 euros a dor de cabeca desaparece com esse remedio', 'paguei 20 no pix e a fome sumiu kkk', 'fechado. faco pix de 150 agora', 'te pago por mbway 30 euros amanha'],
    },
  },
  {
    // "te dou 10 min pra mandar o pix", "tens 1 hora pra transferir o dinheiro".
    id: 'minutes-to-pay-r10',
    phrases: [
      'dou|tens|tem|tu_tens|vc_tem ..2 # ..1 min|mins|minuto|minutos|hora|horas|h|dias|dia ..3 mandar|fazer|pagar|transferir|depositar|enviar ..2 pix|dinheiro|grana|pagamento|transferencia|valor|deposito|gift*|cartao',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'lanche|pizza|vaquinha|rifa|festa|aluguel|renda|conta_da_luz|boleto_da|mensalidade|propina|divida|emprestimo|emprestei|devolver|devolve*|kk*|haha*|rsrs*'],
    examples: {
      match: ['te dou 10 min pra mandar o pix, depois disso teu video ta no xvideos', 'tens 1 hora para transferir o dinheiro'],
      ignore: ['tens 2 dias pra pagar a vaquinha', 'vc tem 1 dia pra fazer o pix da rifa'],
    },
  },
  {
    // "queres que isto acabe? entao transfere", "quanto vc tem no pix?", "para arquivar pague a taxa".
    id: 'make-it-stop-pay-r10',
    phrases: [
      'quer|queres ..1 que|q ..1 isso|isto|tudo ..1 acabe|pare|termine|desapareca|suma ..6 paga|pague|pagas|transfere|transfira|deposita|deposite|manda|mande|pix',
      'para|pra|a_fim_de ..1 arquivar|encerrar|retirar|cancelar ..3 [o|a] [processo|inquerito|denuncia|queixa|caso|investigacao] ..4 pague|paga|pagar|taxa|multa|transfira|deposite',
      'quanto ..1 @you|tu ..1 tem|tens|consegue|consegues|pode|podes ..2 [no|na|de|em] pix|mbway|nubank|picpay|conta_bancaria|saldo',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'lanche|pizza|vaquinha|rifa|festa|aluguel|renda|mensalidade|propina|emprestimo|emprestei|kk*|haha*|rsrs*|viagem|presente|prenda|bilhete|ingresso|cinema|jantar|uber|gasolina'],
    examples: {
      match: ['queres que isto acabe? entao transfere', 'Para arquivar pague a taxa de 500 reais', 'quanto vc tem no pix?'],
      ignore: ['quanto vc tem no pix? da pra rachar a pizza', 'queres que a festa acabe? entao paga o dj kkk'],
    },
  },
  {
    // Scam grammar: "voce paga quanto tem. agora."
    id: 'pay-what-you-have-r10',
    phrases: [
      '@you|tu ..1 paga|pagas|manda|mandas|transfere ..1 quanto|o_que|oq|tudo_o_que|tudo_que ..1 tem|tens|conseguir|conseguires',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'lanche|pizza|vaquinha|rifa|festa|conta_do|jantar|uber|gasolina|kk*|haha*|rsrs*|contribui*|doacao|doa|igreja|dizimo'],
    examples: {
      match: ['voce paga quanto tem. agora. eu nao brinca', 'tu manda o que tens'],
      ignore: ['vc paga quanto tem da pizza e eu completo'],
    },
  },
  {
    // Scripted e-mails: "transfira o equivalente a 400€ em Bitcoin para a carteira abaixo".
    id: 'transfer-to-wallet-r11',
    phrases: [
      'transfira|transfere|transferir|envie|envia|enviar|pague|paga|pagar|deposite|deposita ..4 @money|# ..3 bitcoin*|btc|cripto*|usdt|ethereum|eth|litecoin|ltc ..4 carteira|endereco|wallet|abaixo|seguinte',
      'carteira|wallet|endereco ..2 bitcoin*|btc|cripto*|usdt ..4 abaixo|seguinte|indicada|indicado ..6 # h|horas|dias|prazo',
    ],
    unless: [REPORTED, DISCUSSION, 'investimento|investir|lucro|rendimento|corretora|exchange|binance_app|aprendi|curso'],
    examples: {
      match: ['transfira o equivalente a 400€ em Bitcoin para a carteira abaixo', 'envie 300 dolares em btc para o endereco abaixo'],
      ignore: ['transfere 50€ em bitcoin para a carteira da corretora, é investimento', 'recebi um email golpe: transfira 400€ em bitcoin para a carteira abaixo'],
    },
  },
  {
    // "10 min pra mandar os 300 no nubank", "se eu fosse vc pagava logo".
    id: 'send-the-amount-to-bank-r12',
    phrases: [
      'mandar|mandares|manda|mande|transferir|depositar|pagar|enviar ..2 os|as|o|a|uns|umas # ..2 [reais|euros|conto|contos|pila|mango] no|na|pelo|pela|via|por nubank|picpay|inter|mercado_pago|pix|pics|mbway|mb_way|paypal|revolut|caixa|itau|bradesco|santander|banco',
      'se_eu_fosse_vc|se_eu_fosse_voce|se_eu_fosse_tu|se_eu_fosse_tua|no_teu_lugar|no_seu_lugar|eu_no_teu_lugar ..3 pagava|pagaria|transferia|depositava|fazia_o_pix|mandava_o_dinheiro|mandava_o_pix|pagava_logo',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'conta_da_luz|luz|agua|internet|boleto|multa|imposto|fatura|mensalidade|propina|aluguel|renda|pizza|lanche|almoco|jantar|divida|vaquinha|rifa|bilhete|ingresso|mesada|bike|bicicleta|ferias|viagem|passagem|seguro|ipva|iptu|academia|ginasio'],
    weight: 4,
    examples: {
      match: ['ultima chance. 10 min pra mandar os 300 no nubank', 'se eu fosse vc pagava logo', 'no teu lugar eu transferia ja'],
      ignore: ['se eu fosse vc pagava o boleto hoje', 'manda os 20 no pix da pizza', 'se eu fosse tu pagava a multa'],
    },
  },
  {
    // "manda 200 ou sabe o que acontece", "paga 100 senao vais ver"; a mobile top-up as payment.
    id: 'amount-or-else-r12',
    phrases: [
      'manda|mande|mandas|paga|pague|pagas|transfere|transfira|deposita|deposite ..2 # ..1 ou|senao|se_nao ..3 sabe|sabes|vai_ver|vais_ver|ja_era|te_arrependes|vai_se_arrepender|se_arrepende|posto|publico|mando|espalho|vazo',
      'faz|faca|faze|manda|paga|quero ..2 recarga|recargas|carregamento ..3 # ..3 celular|numero|telemovel|tlm|chip',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'mae|pai|mamae|papai|filho|filha|vo|avo|tia|tio|fotos_da|foto_da|exemplos|figurinhas|kk*|haha*|rsrs*|pizza|lanche|aposta'],
    weight: 3,
    examples: {
      match: ['manda 200 ou sabe o que acontece', 'paga 100 senao vais ver', 'faz uma recarga de 50 no meu celular'],
      ignore: ['mae faz uma recarga de 20 no meu celular pfv', 'manda 2 ou 3 fotos da festa', 'paga 10 ou perdes a aposta kkk'],
    },
  },
  {
    // "a nao ser que me pague", "so apago se fizeres um pix".
    id: 'unless-you-pay-r12',
    phrases: [
      'a_nao_ser_que|a_menos_que|so_se ..1 [vc|tu|voce] [me] pague|pagues|pagar|pagares|transfira|transfiras|deposite|deposites|faca_um_pix|facas_um_pix|fizer_um_pix|fizeres_um_pix|mande_dinheiro|mandes_dinheiro',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'pizza|lanche|almoco|jantar|entrada|ingresso|bilhete|cinema|festa|viagem|gasolina|uber|aposta|metade|a_tua_parte|a_sua_parte|kk*|haha*|rsrs*'],
    weight: 3,
    examples: {
      match: ['caiu na net ja era, a nao ser que me pague', 'a menos que me pagues hoje'],
      ignore: ['nao vou a festa a nao ser que me pagues o bilhete kkk'],
    },
  },
  {
    // A bare sum on a payment channel with pressure: "250 no pix, chave aleatoria abaixo", "150 por mbway ate as 23h".
    id: 'sum-on-channel-r13',
    phrases: [
      '# ..1 [@money|@currency] no|por|via|pelo|pela|em ..1 pix|pics|mbway|mb_way|multicaixa|multicaixa_express|picpay|paypal ..4 chave|chave_aleatoria|chave_pix|qr|qrcode|qr_code|iban|nib|referencia|abaixo|ate|agora|ja|hoje|ou|senao|se_nao|rapido|logo',
      'quer|queres|se_quer|se_queres ..3 de_volta|devolta ..6 # ..2 @payment|@money|@currency',
    ],
    unless: ['sinal|reservar|reserva|agendamento|agendar|garantir_a_data|libero_o_horario|liberar_o_horario', REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'uber|taxi|ifood|gasolina|mercado|farmacia|padaria|feira|onibus|passe|compras', 'devo|te_devo|devia|paguei|pagaste|recebi|recebeste|mandei|enviei|caiu|devolvo|devolves|divid*|racha*|cada|cada_um|metade|conta_da|almoco|jantar|lanche|pizza|bilhete|bilhetes|ingresso|ingressos|frete|portes|entrega|produto|anuncio|livro|tenis|camisola|camisa|obrigad*|valeu|vlw'],
    weight: 2,
    examples: {
      match: ['quer ela de volta e as fotos quietas? 250 no pix, chave aleatoria abaixo', '150 por mbway ate as 23h', '500 no pix agora'],
      ignore: ['te devo 20, mando no pix hoje', 'paguei 250 no pix ontem', 'faco por 250 no pix hoje, com frete'],
    },
  },
  {
    // "30 mil kwanzas e acabou", "uns cartao da google play resolve", "sem pagamento sem acordo".
    id: 'sum-and-its-over-r13',
    phrases: [
      '# ..1 [mil] @money|@currency|contos|paus ..1 e ..1 acabou|pronto|fica_resolvido|esquecemos|esqueco|apago|some|tudo_some|fim',
      'cartao|cartoes|gift_card|gift_cards|gift|vale|vales ..3 google_play|steam|playstation|psn|xbox|itunes|apple|roblox|amazon|paysafe|paysafecard ..2 resolve|resolvem|chega|chegam|serve|servem|e_acabou',
      'sem ..1 pagamento|pix|dinheiro|grana|transferencia ..1 sem|nao_ha|nao_tem ..1 acordo|conversa|perdao|misericordia|negocio',
    ],
    unless: [REPORTED, 'esqueco|esquecemos|esquecer|esqueceria ..1 que|q|o_que|oq|do_que ..1 [eu] vi|li|ouvi|vimos|lemos', DISCUSSION, SELLING, ...SELLING_OFFER, 'presente|prenda|pra_ele|pra_ela|dele|dela', 'devo|te_devo|paguei|recebi|mandei|presente_de_aniversario|aniversario|niver|natal|prenda|sorteio|loja|promocao'],
    weight: 2,
    examples: {
      match: ['30 mil kwanzas e acabou', 'uns cartão da google play resolve', 'sem pagamento sem acordo'],
      ignore: ['3 euros e esqueco o que vi', 'um cartao da google play resolve o presente de aniversario dele', 'paguei 30 reais e pronto'],
    },
  },
  {
    // A paid "removal": "apagamos tudo por 150€", "taxa de remoção das imagens".
    id: 'removal-for-a-fee-r18',
    phrases: [
      'apagamos|removemos|eliminamos|retiramos|tiramos|apago|removo|elimino|retiro ..4 tudo|td|isso|isto|os_videos|as_fotos|as_imagens|os_teus|as_tuas|os_seus|as_suas|o_conteudo|o_material|os_links ..4 por|a_troco_de|mediante|so_por ..2 # ..1 @money',
      'por|so_por # ..1 @money ..3 apagamos|removemos|tiramos|retiramos|eliminamos|apago|removo|tiro|elimino ..3 @your|tuas|suas|teus|seus|tudo|as_fotos|os_videos|as_imagens|o_conteudo',
      'multa|taxa|pagamento|coima ..4 arquivar|arquivamento|encerrar|encerramento|retirar_a_queixa|retirar_a_denuncia|evitar_a_prisao ..4 processo|inquerito|queixa|denuncia|caso|investigacao',
      'taxa|pagamento|valor ..3 remocao|retirada|exclusao|apagar|remover ..4 imagens|fotos|videos|conteudo|material|links ..6 # ..1 @money',
    ],
    unless: [REPORTED, 'virus|virus_do_pc|pc|computador|formatar|formatacao|tatuagem|laser|pelos|depilacao|manchas|mancha|sofa|tapete|graffiti|entulho|lixo|arvore|ninho|estudio|turma|passe|carta_de_conducao|transito|estacionamento|multa_de_transito|radar|carro|mota|drive|espaco|armazenamento|nuvem|cloud|icloud_cheio|memoria|limpeza|casa|quarto|garagem|cozinha'],
    examples: {
      match: ['os teus videos estao em 4 sites, apagamos tudo por 150€ pago em criptomoeda', 'somos uma empresa de remoção, por 500 reais tiramos suas fotos da internet', 'a policia federal exige pagamento de multa para arquivar o processo das suas imagens', 'removo os links so por 200 reais', 'a taxa de remoção das imagens é de 300 euros'],
      ignore: ['apagamos o virus do pc por 50 euros', 'removo a mancha do sofa por 40 reais', 'por 20 euros tiramos as fotos de turma no estudio'],
    },
  },
  {
    // Paid once, asked again: "valeu pelo pix, mas ainda nao acabou. quero mais 500".
    id: 'paid-once-pay-again-r18',
    phrases: [
      'ainda_nao_acabou|nao_acabou|nao_chega|nao_chegou|nao_deu|nao_e_suficiente|foi_pouco|so_a_primeira|primeira_parcela|primeira_prestacao|foi_so_o_comeco|foi_so_o_inicio ..6 quero|manda|mande|mandas|envia|envie|paga|pague|pagas|faz|faca|sao|agora ..2 mais|o_resto|outros|outra',
      'pagaste|pagou|pagaste_me|me_pagou|me_pagaste|ja_pagaste|ja_pagou ..2 uma_vez|uma ..4 vais|vai|vas|tens_de|tem_que|vai_ter_que|vais_ter_de ..1 pagar|pagar_sempre|pagar_de_novo|pagar_outra_vez|pagar_mais',
      'pagaste|pagou|me_pagou|me_pagaste|ja_pagaste|ja_pagou ..2 uma_vez|uma ..4 agora|entao|so_que ..2 sao|e|quero|manda|mande|paga|pagas|faz ..2 mais|outros|outra|o_dobro',
      'recebi|valeu_pelo|obrigado_pelo|obrigadinho_pelo|obrigada_pelo|ja_recebi ..2 pix|mbway|dinheiro|deposito|transferencia|#|os|as ..6 mais|outros|outra ..1 # ..1 @money',
    ],
    unless: [REPORTED, 'bolo|pizza|comida|sobremesa|salada|batata|arroz|agua|tempo|historia|serie|episodio|temporada|musica|jogo|jogar|partida|ferias|festa|aula|prova|treino|encomenda|produto|artigo|frete|portes|envio|vaquinha|rifa|bilhete*|ingresso*|emprestimo|devolvo|devolver|obrigad*_amig*'],
    examples: {
      match: ['valeu pelo pix, mas ainda nao acabou. quero mais 500', 'os 100 foram so a primeira parcela. agora manda o resto', 'pagaste uma vez, vais pagar sempre', 'ja me pagaste uma vez, agora sao mais 300', 'recebi os 200 mas nao deu. quero mais 500'],
      ignore: ['recebi o pix, obrigado! mando o artigo amanha', 'nao chega a pizza, manda mais uma', 'recebi os 50 da vaquinha, faltam mais 20 do joao'],
    },
  },
  {
    // Round 19: bare "150 no pix e fica entre nos"; gift-card codes demanded ("manda os codigos aqui").
    id: 'pix-and-it-stays-quiet-r19',
    phrases: [
      '# ..1 no|por|via|pelo|de @payment ..3 e|que|q ..3 fica_entre_nos|fica_tudo_entre_nos|ninguem_fica_sabendo|ninguem_sabe|eu_apago|apago|deleto|sumo|esqueco|te_deixo_em_paz',
      'gift|giftcard|giftcards|card|cards|cartao|cartoes ..6 manda|envia|passa|mande|envie ..2 o|os ..1 codigo|codigos|cod|pin|pins',
      'manda|envia|passa|mande|envie ..2 o|os ..1 codigo|codigos|pin|pins ..3 gift|giftcard|giftcards|card|cards|cartao|cartoes|steam|google_play|playstore|free_fire|robux|psn|xbox',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'ganhei|ganhaste|sorteio|promocao|aniversario|niver|presente_de|de_presente|resgatar|resgata|verificacao|confirmacao|whatsapp|sms|autenticacao|vaquinha|bolo'],
    examples: {
      match: ['150 no pix e fica entre nos', '5 gift card de 50 do free fire, manda os codigos aqui', 'manda o codigo do gift card da steam agora', '300 por mbway e eu apago'],
      ignore: ['ganhei um gift card no sorteio, manda o codigo pra eu ver se funciona', 'faco 150 no pix e entrego amanha', 'manda o codigo de verificacao do whatsapp'],
    },
  },
  {
    // Round 20: amounts in words and slang ("cem conto no pix", "duzentos paus por mbway", "me passa quinhentos agora"),
    // and the second round ("achou que ia ficar só naqueles 200?").
    id: 'amount-in-words-r20',
    phrases: [
      '@send|paga|pague|pagas|pagar|pagares|transfere|transferir|deposita|depositar|quero|passa|passar ..2 cem|duzentos|trezentos|quatrocentos|quinhentos|mil|cinquenta|vinte|trinta|quarenta|sessenta|setenta|oitenta|noventa|cento ..3 conto|contos|reais|euros|paus|pila|pilas|mangos|meticais|kwanzas|dolares|balas ..3 no|por|via|pelo|pela|em|agora|ja|hoje|ate|ou|senao|se_nao|rapido|logo',
      'achou|achaste|achavas|achava|pensou|pensaste|pensavas|pensava ..2 que|q ..2 ia|iria|ias|era|acabava ..3 so|apenas|acabar|acabou ..3 #|uma_vez|aqueles|naqueles|nesses|nessa|naquela|primeiro|primeira',
    ],
    unless: ['vendo ..3 #', REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'bonus|salario|aumento|premio|de_presente|fim_do_mes|por_mes|transporte|mensalidade|uniforme|kit|quem_nao_pagou|do_clube|da_escola|excursao|quota|quotas|inscricao|do_time|da_equipa|cada_um|cada_uma|bolo|rateio|rachar|racha|aposta|apostas|bike|bicicleta|anuncio|vendo_por|venda|vender|preco|custa|custou|olx|vinted|marketplace|ingresso|bilhete|mesada|lanche|almoco|jantar|pizza|cinema|uber|gasolina|devolvo|te_devolvo|emprestei|emprestado|empresta|divide|dividir|metade|vaquinha|churrasco|aluguel|aluguer|renda|juros|agiota|prova|teste|exame|trabalho|fila|bilheteira'],
    examples: {
      match: ['se tu nao me mandar cem conto no pix agora', 'paga quinhentos reais ate amanha', 'achou q ia ficar só naqueles 200 reais?', 'manda duzentos paus no pix senão já sabes'],
      ignore: ['me passa cinquenta reais no pix que eu te devolvo sexta', 'achou que ia ser só 10 reais o ingresso?', 'quero cem reais de mesada', 'quero cem reais de bonus no fim do mes', 'achei que ia ser só uma vez a prova'],
    },
  },
  {
    // Round 21: gift-card instructions: "vai na lotérica agora, compra cartão google play", "raspa o código e manda foto".
    id: 'gift-card-shop-scratch-send-r21',
    phrases: [
      'vai|vais|corre|passa|ir ..2 na|a|ao|numa|num|no ..1 loja|lojinha|loterica|papelaria|mercado|supermercado|bomba|posto|quiosque|tabacaria|banca|continente|pingo_doce|fnac|worten|americanas ..6 compra|compras|comprar|compre|compres|pega|pegas|arranja|arranjas ..3 cartao|cartoes|gift*|giftcard*|vale|vales|card|cards|paysafe*|recarga|codigo|codigos',
      'raspa|raspe|raspas|raspar|rasca|rasque|rascas|rascar ..4 codigo|codigos|verso|cartao|cartoes ..6 manda|mande|mandas|envia|envie|envias|fotografa|fotografia|foto|print',
      'raspa|raspe|raspas|rasca|rasque|rascas ..2 e ..2 manda|mande|mandas|envia|envie|envias ..3 foto|print|codigo|codigos',
      'manda|mande|envia|envie|tira ..2 foto|fotos|print|prints ..2 do|dos ..1 codigo|codigos|verso ..2 do|dos|de ..1 cartao|cartoes|gift*|vale|vales|card|cards',
    ],
    unless: [REPORTED, 'memoria|sd|microsd|micro_sd|chip|postal|parabens|aniversario|niver|natal|amigo_secreto|amigo_oculto|presente_pra|presente_para|sorteio|golpe|cuidado|nunca|jamais|se_alguem|caso_alguem|policia|palestra'],
    examples: {
      match: ['vai na lotérica agora, compra 2 cartões da Steam de 100', 'voce vai agora na loja, compra cartao google play 200 reais', 'raspa o codigo e manda foto do cartao aqui. rapido', 'manda foto do codigo do cartao', 'vai no posto, pega um cartão da play store de 50, raspa e me manda a foto do código'],
      ignore: ['vai na loja e compra um cartao de aniversario pra vó', 'cuidado: se alguem pedir pra raspar o codigo e mandar foto do cartao é golpe', 'raspa a tinta do quadro', 'vai na loja e compra um cartão de memoria de 64'],
    },
  },
  {
    // r23: a deadline to pay: "tens 10 min pra pagar", "vc tem 2h pra fazer o pix".
    id: 'minutes-to-pay-r23',
    phrases: [
      'tens|tem|vc_tem|tu_tens|voce_tem ..1 # ..1 min|mins|minutos|hora|horas|h|hrs|dias ..1 pra|para ..2 pagar|me_pagar|pagares|transferir|transferires|fazer_o_pix|mandar_o_dinheiro|mandar_o_pix|mandar_a_grana',
    ],
    unless: [REPORTED, 'inscricao|mensalidade|quota|propina|excursao|viagem|passeio|uniforme|lanche|conta|restaurante|pizza|boleto|fatura|aluguel|renda|loja|compra|carrinho|promocao|desconto|ingresso|bilhete|estacionamento|sinal|reserva|multa_da_biblioteca|taxa|uber|taxi|ifood|corrida|pedido|carrinho|frete'],
    examples: {
      match: ['tens 10 min pra pagar antes de eu mandar o resto', 'vc tem 2 horas pra fazer o pix'],
      ignore: ['vcs tem 2 dias pra pagar a inscricao', 'tens 10 min pra pagar o carrinho senao cancela'],
    },
  },
  {
    // Round 24: "100 paus em cartao google play ate 18h".
    id: 'sum-in-gift-card-r24',
    phrases: [
      '# ..1 paus|contos|pila|pilas|mangos|conto|reais|euros|@money|@currency ..2 em|no|num|de ..1 cartao|cartoes|gift|giftcard|gift_card|vale|codigo|codigos ..3 google_play|steam|psn|playstation|xbox|apple|itunes|amazon|razer|roblox|netflix|spotify ..4 ate|agora|ja|hoje|ou|senao|dentro_de',
    ],
    unless: [REPORTED, DISCUSSION, 'comprei|compro|comprar|ganhei|gastei|recebi|custou|custa|promocao|desconto|loja|sorteio|aniversario|natal|prenda|presente|mesada'],
    weight: 2,
    examples: {
      match: ['ultimo aviso: 100 paus em cartao google play ate 18h', '50 reais em gift card da steam agora'],
      ignore: ['ganhei 50 reais em cartao google play no sorteio, valido ate dezembro', 'comprei 20 euros em cartao da psn ontem ate porque tava em promocao'],
    },
  },
  {
    // Round 25: a sum on an app, then the consequence: "300 no pix ou vai tudo pro teu insta", "150 no mbway senao posto".
    id: 'sum-on-app-or-else-r25',
    phrases: [
      '# ..1 no|por|via|pelo|pela|em|de @payment ..1 ou|senao|se_nao|caso_contrario ..3 posto|mando|envio|espalho|divulgo|vazo|publico|tudo|td|ja_sabe|ja_sabes|sabe_o_que|sabes_o_que',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, 'haha*|rsrs*|bolo|presente|rateio|vaquinha|lanche|pizza|almoco|jantar|cinema|uber|devolvo|te_devolvo|emprestei|empresta|metade|dividir'],
    examples: {
      match: ['300 no pix ou vai tudo pro teu insta', '150 por mbway senão posto hoje', '200 no pix ou ja sabe'],
      ignore: ['20 no pix ou vai em dinheiro?', 'manda 15 no pix ou vai direto pra Carol pro bolo'],
    },
  },
  {
    // Round 27: paying again, said flatly: "paga de novo ou o grupo vai ver", "mudei de ideia, quero mais 500 pra apagar".
    id: 'pay-again-or-else-r27',
    phrases: [
      'paga|pague|pagas|pagues|paguem|transfere|transfira|deposita|deposite ..1 de_novo|outra_vez|novamente|mais_uma_vez|denovo ..4 ou|senao|se_nao|se_nao_quiser|caso_contrario|ou_entao',
      'mudei_de_ideia|mudei_de_ideias|pensei_melhor|pensando_bem ..4 quero|exijo|manda|mande|mandas|paga|pague|pagas|agora_sao|agora_e ..2 mais|outros|o_dobro ..1 #',
      '# ..2 pra|para|p ..1 [eu] apagar|apago|deletar|deleto|excluir|sumir_com|nao_postar|nao_mandar',
    ],
    unless: [REPORTED, 'pedido|ifood|uber|compra|encomenda|cartao_recusado|recusado|falhou|deu_erro|nao_caiu|nao_entrou|boleto_venceu|venceu|multa_da_biblioteca|biblioteca|tatuagem|historico|virus|antivirus|conta_da_net|pizza*|vaquinha|rifa|cota|mensalidade|propina|taxa_de_inscricao|inscricao|app|aplicativo|jogo|assinatura|netflix|spotify|quadro|lousa|desenho|rascunho|borracha'],
    weight: 3,
    examples: {
      match: ['paga de novo ou o grupo da tua sala vai adorar ver', 'mudei de ideia, agora quero mais 500', 'manda 200 pra eu apagar tudo', 'paga outra vez senao ja sabes'],
      ignore: ['o pix nao caiu, paga de novo ou o pedido cancela', 'paga de novo ou a inscricao nao vale, deu erro no site', 'custa 300 pra apagar a tatuagem', 'mudei de ideia, quero mais 2 pizzas', 'quero mais 20 pra apagar o quadro da sala? nao'],
    },
  },
  {
    // Round 27: a fake "recovery service" and the Bitcoin ATM: "removemos as tuas fotos íntimas da net por 300 euros", "vai no caixa de bitcoin e deposita 500".
    id: 'removal-service-and-crypto-atm-r27',
    phrases: [
      'remove|removem|removemos|apaga|apagam|apagamos|elimina|eliminam|retira|retiram|tira|tiram ..4 @your|as_tuas|as_suas|os_teus|os_seus|suas|tuas ..1 fotos|videos|imagens|nudes|conteudo ..4 por|so_por|a_troco_de|mediante|taxa|custa ..2 # ..1 @money',
      'fotos|videos|imagens|nudes ..1 intimas|intimos|vazad*|expostas|expostos ..6 remover|apagar|tirar|retirar|removemos|apagamos|tiramos|retiramos ..6 taxa|custa|por|pix|pagamento|valor ..2 #',
      'caixa|caixas|atm|maquina|multibanco ..2 [de|do] bitcoin|btc|cripto|criptomoeda* ..6 deposita|deposite|depositar|poe|coloca|coloque|mete|insere|insira|compra|compre|manda',
    ],
    unless: [REPORTED, DISCUSSION, 'virus|pc|computador|formatar|tatuagem|laser|pelos|depilacao|manchas|mancha|sofa|tapete|estudio|turma|drive|nuvem|cloud|memoria|limpeza|garagem|cozinha|cuidado|achei_estranho|existe'],
    examples: {
      match: ['a nossa empresa remove as tuas fotos intimas da net por 300 euros', 'vimos tuas fotos vazadas, conseguimos remover tudo, a taxa e 450', 'vai no caixa de bitcoin e deposita 500'],
      ignore: ['meu pai comprou bitcoin num caixa eletronico, achei estranho', 'o estudio tira as tuas fotos da turma por 20 euros', 'cuidado se alguem pedir pra depositar num caixa de bitcoin, e golpe'],
    },
  },
  {
    // Round 28: a bare sum on a named bank or wallet app: "quero 300 no nubank", "manda 150 pelo picpay".
    id: 'sum-on-bank-app-r28',
    phrases: [
      'quero|exijo|preciso|manda|mande|envia|envie|transfere|transfira|deposita|deposite ..2 # ..1 [reais|euros|euro|contos|conto|paus|mil|k|kz|meticais|kwanzas] ..1 no|na|pelo|pela|por|via|em ..1 nubank|picpay|mercado_pago|mercadopago|inter|c6|revolut|paypal|mbway|mb_way|multibanco|multicaixa|multicaixa_express|mpesa|m_pesa|emola|e_mola|unitel_money|boleto|ted',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'vendo ..3 #', 'te_mande|te_mandei|te_mandou|te_envie|te_enviei|te_enviou|avisame|avisa_me|te_llego|de_presente|de_prenda', 'bike|bicicleta|anuncio|venda|vender|preco|custa|olx|vinted|marketplace|ingresso|bilhete|mesada|lanche|almoco|jantar|pizza|cinema|uber|gasolina|devolvo|te_devolvo|emprestei|emprestado|empresta|divide|dividir|metade|a_tua_parte|a_sua_parte|vaquinha|rifa|churrasco|camisola|camiseta|tenis|produto|artigo|frete|portes|aluguel|renda|conta_da|propina|mensalidade|quota|cota|inscricao|salario|ordenado|cashback|rendimento|investi*|poupanca|cofrinho'],
    examples: {
      match: ['quero 300 no nubank', 'manda 150 pelo picpay', 'transfere 80 euros no revolut'],
      ignore: ['quero 300 no nubank pela bike, aceitas?', 'manda 20 no picpay pra vaquinha', 'quero 500 na poupança do nubank ate dezembro'],
    },
  },
  {
    // Round 28: the transfer with its own clock: "em 1 hora quero o pix", "quero o pix em 30 minutos".
    id: 'deadline-for-the-pix-r28',
    phrases: [
      'em|dentro_de|daqui_a ..1 # ..1 hora|horas|h|minutos|min|mins ..2 quero|exijo|cai|caia|tem_que_cair|tem_de_cair|tens_de_mandar|tens_que_mandar ..2 [o|a|meu|minha] pix|pics|dinheiro|transferencia|pagamento|mbway|grana|guita',
      'quero|exijo ..1 [o|a|meu|minha] pix|pics|dinheiro|transferencia|pagamento|mbway|grana ..2 em|dentro_de|daqui_a|ate ..1 # ..1 hora|horas|h|minutos|min|mins',
    ],
    unless: ['bolo|da_pizza|do_lanche|da_conta|do_presente|da_prenda', REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, 'bike|bicicleta|anuncio|venda|vender|preco|olx|vinted|marketplace|ingresso|bilhete|lanche|almoco|jantar|pizza|devolvo|te_devolvo|emprestei|emprestado|empresta|divide|dividir|metade|vaquinha|rifa|churrasco|produto|artigo|frete|portes|aluguel|renda|reserva|sinal|encomenda'],
    examples: {
      match: ['em 1 hora quero o pix', 'quero o dinheiro em 30 minutos'],
      ignore: ['em 1 hora quero o pix do bolo', 'em 1 hora quero o pix da rifa', 'quero o pix em 2 horas senao vendo a bike pra outro'],
    },
  },
  {
    // Round 28: the gift-card code asked for, and the shop to buy it in: "dá-me o código do cartão", "compra um cartão na lotérica e me manda foto".
    id: 'give-me-the-card-code-r28',
    phrases: [
      'da_me|me_da|me_de|de_me|passa|passa_me|me_passa|manda|manda_me|me_manda|envia|envia_me|quero ..2 [o|os] codigo|codigos|pin ..2 do|dos|da|das ..1 cartao|cartoes|gift|giftcard*|gift_card*|vale|vales',
      'compra|compre|comprar|compras ..2 [um|uns|dois|tres|#] cartao|cartoes|vale|vales|gift|giftcard*|gift_card* ..3 loterica|banca|tabacaria|quiosque|supermercado|papelaria|posto|mercado|continente|pingo_doce|americanas ..4 manda|mande|envia|envie|tira ..2 foto|codigo|codigos|print',
    ],
    unless: ['amigo_secreto|amigo_oculto|troca_de_presentes', REPORTED, DISCUSSION, 'estudante|cidadao|sus|saude|wifi|desconto|promocional|cupom|cupao|cupao|ativar|ativacao|te_dei|dei_te|escola|biblioteca|refeitorio|cantina|recarga|carregamento|filho|filha|passe|transporte|metro|autocarro|onibus|credito|debito|multibanco_do|senha_do|presente_da|prenda_da|aniversario|niver'],
    examples: {
      match: ['dá-me o código do cartão', 'compra um cartão na lotérica e me manda foto', 'me passa os codigos dos gift cards'],
      ignore: ['compra um cartão presente na papelaria e me manda foto, é pro amigo secreto', 'me passa o codigo do cartao de estudante', 'filho compra um cartao de recarga na loterica e me manda foto do codigo'],
    },
  },
  {
    // Round 30: a bare ultimatum to pay, the threat in the next message: "escuta aqui" - "ou tu paga" - "ou aquilo vai pra todo mundo".
    id: 'either-you-pay-r30',
    phrases: [
      'ou|ou_entao @you|me|vc_me|tu_me|voce_me|ce_me paga|pagas|pague|pagues|transfere|transferes|deposita',
      'ou|ou_entao paga_me|pagas_me|transfere_me',
    ],
    unless: [REPORTED, DISCUSSION, 'ou_eu|eu_pago|pago_eu|pago_eu|a_gente|dividimos|dividir|divide|racha|rachar|metade|lanche|conta|pizza|almoco|jantar|ingresso|bilhete|uber|gasolina|cafe|cerveja|rodada|multa|quem_paga|quem|aposta|perdeu|perdeste|vale|cartao|credito|debito|fiado|pede|pedes|pedir|ele|ela|eles|elas|o_pai|a_mae|kk*|haha*|rsrs*|brincadeira|zoeira|loja|mercado|compra|entrada|bilheteira|mensalidade|propina|quota'],
    weight: 2,
    examples: {
      match: ['ou tu paga', 'ou vc me paga', 'ou entao pagas-me'],
      ignore: ['ou tu paga ou eu pago, tanto faz', 'quem paga o lanche? ou tu paga?', 'ou vc paga a conta ou a gente racha'],
    },
  },
  {
    // Round 30: the price of making it vanish: "800 no pix e some tudo", "200 por mbway e desaparece".
    id: 'sum-and-it-vanishes-r30',
    phrases: [
      '# ..2 [mil] @money|@currency|@payment|contos|paus ..3 e|que|q ..1 [eu] some|somem|sumo|desaparece|desaparecem|desapareco|apago|apagamos|deleto|elimino|sai|saem ..1 [tudo|td|isso|isto|elas|eles|as_fotos|o_video|daqui|da_net|da_internet]',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, SERVICE, 'esqueco|esquecemos|esquecer ..1 que|q|o_que|oq ..1 [eu] vi|li|ouvi', 'divida|emprest*|devolve*|lanche|almoco|jantar|pizza|ingresso|bilhete|rifa|vaquinha|conta_da|conta_de|aluguel|renda|multa|passagem|uber|boleto|fatura|loja|compra|encomenda|pedido|reembolso|troco|anuncio|anuncios|post|publicacao|olx|vinted|stock|estoque|promocao|kk*|haha*|rsrs*|mancha|manchas|nodoa|nodoas|tinta|lavagem|limpeza|arranhao|risco|riscos|bug|virus|erro|divida'],
    weight: 2,
    examples: {
      match: ['apago sim. 500 no pix e some tudo', '200 euros por mbway e desaparece tudo', '1000 reais e eu sumo da tua vida'],
      ignore: ['500 no pix e sai o pedido hoje', '30 euros na lavagem e a mancha sai toda', '5 reais e eu esqueco que vi'],
    },
  },
  {
    // Round 30: a terse demand with its deadline: "pix 200 agr", "mbway 50 ja", "200 no pix agora".
    id: 'pix-amount-now-r30',
    phrases: [
      '@payment ..1 # ..1 [@money|@currency] agr|agora|ja|jah|hoje|hj|rapido|logo|urgente|imediatamente|ate_meia_noite|em_10_min|em_10_minutos',
      '# ..1 [@money|@currency] no|na|por|via @payment ..1 agr|agora|ja|jah|rapido|imediatamente|urgente',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, SERVICE, 'devo|te_devo|devolvo|devolve*|divida|emprest*|paguei|recebi|mandei|caiu|cai|caiu_ai|lanche|almoco|jantar|pizza|ingresso|bilhete|rifa|vaquinha|aluguel|renda|uber|gasolina|mae|pai|mana|mano|filho|filha|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['pix 200 agr', 'mbway 50 euros ja', '300 no pix agora'],
      ignore: ['pix 20 agr do lanche', 'te devo, mando o pix 50 hoje', 'paguei, pix 30 caiu agora'],
    },
  },
  {
    // Round 30: an account's login as the price: "ou entao me passa o login da tua conta do free fire com as skins".
    id: 'or-hand-over-your-login-r30',
    phrases: [
      'ou|ou_entao|senao|se_nao|caso_contrario ..3 passa|passe|passas|manda|mande|da|de|entrega|entregue|quero ..3 login|senha|password|dados_de_acesso|acesso|conta ..6 free_fire|ff|roblox|fortnite|minecraft|instagram|tiktok|steam|skins|diamantes|robux|vbucks|v_bucks|contas|valorant|lol',
    ],
    unless: [REPORTED, DISCUSSION, 'wifi|wi_fi|netflix|spotify|disney|hbo|prime|escola|moodle|classroom|teams|portal|emprestar|empresta|joga_comigo|jogar_junto|pra_eu_jogar|pra_jogar|kk*|haha*|rsrs*'],
    weight: 2,
    examples: {
      match: ['ou entao me passa o login da tua conta do roblox com os robux', 'senão passa a senha da conta com as skins'],
      ignore: ['me passa o login da conta do ff pra eu jogar com as tuas skins kkk', 'ou entao passa a senha do wifi'],
    },
  },
  {
    // Round 31: where to pay, with the number: "MB Way para este numero 912...", "pix pra essa chave", "mbway pro 93...".
    id: 'pay-to-this-number-r31',
    phrases: [
      '@payment ..1 para|pra|pro|no|ao ..1 [o|meu] numero|tlm|telemovel|celular|#',
      '@payment ..1 para|pra|pro|na|no|a ..1 este|esse|essa|esta|minha|meu|seguinte ..1 numero|tlm|telemovel|celular|contacto|contato|iban|nib|chave|conta',
      '@payment ..1 neste|nesse|nesta|nessa ..1 numero|tlm|telemovel|celular|contacto|contato|iban|nib|chave|conta',
      'manda|mande|envia|envie|transfere|transfira|faz|faca|paga|pague ..2 para|pra|pro|neste|nesse|no|ao ..1 [este|esse|o|meu|seguinte] numero|tlm|telemovel|celular|iban|nib ..2 # ..3 @payment',
    ],
    unless: [REPORTED, DISCUSSION, SELLING, ...SELLING_OFFER, SERVICE, 'devo|te_devo|devolvo|devolve*|divida|emprest*|paguei|recebi|mandei|caiu|lanche|almoco|jantar|pizza|ingresso|bilhete|rifa|vaquinha|aluguel|renda|uber|gasolina|mae|pai|mana|mano|filho|filha|tio|tia|avo|vo|kk*|haha*|rsrs*|obrigad*|valeu|turma|escola|ministerio|mural|associacao|clube|igreja|quem_vender|quem_quiser|quem_comprar|quota|cota|mensalidade|propina|explica*|aula|aulas|presente|prenda|bolo|festa|jantar_de|viagem|bike|bicicleta|sapatilhas|tenis|livro|livros|camisola|roupa'],
    examples: {
      match: ['MB Way para este numero 912 345 678', 'pix pra essa chave 119876', 'manda pro meu numero 93 500 por mbway'],
      ignore: ['são 15€ da quota, mbway para este numero 912 345 678', 'mbway para este numero que eu ja te devolvo', 'pix pra essa chave que o bolo da festa ta pago', 'mbway para o numero da mae', 'quem vender pelo pix manda pra chave da turma'],
    },
  },
  {
    // Round 32: the price of stopping: "quer q eu pare? 50 de steam".
    id: 'want-me-to-stop-pay-r32',
    phrases: [
      'quer|queres|queria|queres_mesmo ..1 [q|que] eu ..1 pare|paro|apague|apago|delete|deleto|tire|tiro ..6 # ..2 @money|@currency|@payment|de_steam|steam|em_gift|gift_card*|no_pix|no_pics|mbway',
      'pra|para eu ..1 parar|apagar|deletar|tirar|sumir ..6 # ..2 @money|@currency|@payment|de_steam|steam|em_gift|gift_card*|no_pix|no_pics|mbway',
    ],
    unless: ['partida|ranked|skin|skins|conta_do_jogo|vendo|compro|venda|preco|loja|boleto|fatura|assinatura|mensalidade'],
    examples: {
      match: ['quer que eu apague? 100 reais no pix', 'queres que eu pare? 30 euros em gift card', 'pra eu parar sao 200 no pix'],
      ignore: ['quer que eu pare de vender? a skin tá 50 reais', 'quer que eu apague a assinatura de 20 reais?'],
    },
  },
  {
    // Round 39: paid removal of what is already up: "ja tao num grupo do telegram, so tiro se pagar",
    // "so apago se me pagares", "so sai do ar se cair o pix".
    id: 'only-remove-if-you-pay-r39',
    phrases: [
      'so|somente|apenas ..1 apago|removo|deleto|excluo|retiro|elimino|tiro_do_ar|tiro_do_grupo|tiro_do_canal|tiro_de_la|tiro_dali|sai_do_ar|saem_do_ar|some|somem ..2 se|quando|depois_que|assim_que ..2 pagar|pagares|pagas|pagarem|me_pagar|me_pagares|pagar_me|fizer_o_pix|fizeres_o_pix|mandar_o_pix|mandares_o_pix|cair_o_pix|depositar|depositares|transferir|transferires',
      'grupo|canal|site|net|internet|telegram|twitter|onlyfans|perfil|pagina ..6 so|somente|apenas ..1 tiro|tiramos|removo|apago|retiro ..2 se|quando|depois_que|assim_que ..2 pagar|pagares|pagas|pagarem|me_pagar|me_pagares|pagar_me|fizer_o_pix|fizeres_o_pix|mandar_o_pix|cair_o_pix|depositar|transferir|transferires',
    ],
    unless: [REPORTED, DISCUSSION, 'anuncio|anuncios|multa|divida|boleto|mensalidade|assinatura|inscricao|reserva|encomenda|pedido|vaga|carro|mesa|foto_da_turma|fotografo|sessao|album|convite'],
    weight: 3,
    examples: {
      match: ['ja postei no canal. so apago se me pagares 300', 'ta tudo no grupo, so tiro se pagar', 'so sai do ar quando cair o pix'],
      ignore: ['so tiro o carro da vaga se pagares o estacionamento', 'so apago o anuncio quando pagar a multa', 'o grupo do telegram e pago, so entras se pagares a mensalidade'],
    },
  },
] satisfies PatternEntry[];
