import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'my-age',
    phrases: [
      'tenho|tnh|fiz|faco|fizeste|completei|completo 9|10|11|12|13|14|15|16|17',
      'tenho|tnh|fiz|faco|completei|completo|vou_fazer # anos|aninhos',
      'sou de|do|da # ',
      'ando|estou|to|tou|sou no|na|do|da 5_o|6_o|7_o|8_o|9_o|10_o|11_o|12_o|5|6|7|8|9|10|11|12 ano|serie|anos',
      'eu ..1 ando|estou|to|tou|to ..1 no|na ..1 5_o|6_o|7_o|8_o|9_o|10_o|11_o|12_o|5|6|7|8|9|10|11|12 ano|serie',
    ],
    examples: {
      match: ['tenho 13', 'tenho 14 anos', 'fiz 15 anos semana passada', 'sou de 2011'],
      ignore: ['tenho 3 provas amanhã', 'tenho 2 irmãos', 'o jogo tem 14 níveis'],
    },
  },
  {
    id: 'my-place-school',
    phrases: [
      'moro|vivo|moramos|vivemos ..1 em|no|na|perto|ao_lado|numa|num|nesta|na_rua|no_bairro',
      'minha|a_minha casa ..1 fica|e|eh ..1 na|no|em|perto|ao_lado',
      'meu|o_meu|minha|a_minha endereco|morada|rua|bairro|cep|codigo_postal ..1 e|eh|fica',
      'estudo|ando|estou|to|tou ..1 no|na|em ..2 escola|colegio|secundaria|liceu|agrupamento|eb|ebi|instituto|faculdade',
      'minha|a_minha escola ..1 e|eh|fica|chama_se|se_chama',
      'to|tou|estou|fico|fiquei ..1 sozinha|sozinho ..1 em|na|no|hoje|agora|casa|ate',
    ],
    examples: {
      match: ['ando na secundária camões, moro em lisboa', 'moro no bairro alto', 'estudo no colégio santa maria', 'minha casa fica na rua x', 'to sozinha em casa'],
      ignore: ['vivo jogando', 'moro longe kkk', 'a escola fecha cedo'],
    },
  },
  {
    id: 'my-app-number',
    phrases: [
      'meu|o_meu|minha|a_minha @app|numero|telemovel|tlm|celular|cel|telefone|tel|contato|contacto|whats|zap|arroba|user|nick ..1 e|eh|fica|ta_aqui|aqui',
      'me_add|adiciona_me|add_me|me_adiciona|me_segue|segue_me ..2 [no|na] @app ..1 e|eh|sou',
      'liga|liga_me|me_liga|manda_mensagem|manda_msg ..2 pro|para_o|pra ..1 # ',
    ],
    examples: {
      match: ['meu snap é joaozinho', 'o meu número é 912', 'meu insta é @ana'],
      ignore: ['meu snap bugou', 'o meu número da sorte'],
    },
  },
] satisfies PatternEntry[];
