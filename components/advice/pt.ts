/** O que o aviso diz, em português: calmo, acolhedor, curto, sem culpa. */
import type { Advice } from './types';

export const pt: Advice = {
  levels: {
    caution: {
      title: 'Um toque',
      body: 'Algumas coisas nesta conversa merecem um segundo olhar. Vá no seu tempo e só compartilhe o que parecer certo para você.',
    },
    warning: {
      title: 'Esta conversa tem alguns sinais de alerta',
      body: 'Quem pede fotos, segredos ou para mudar de app pode estar tentando te pressionar. Você não fez nada de errado e não deve resposta a ninguém.',
    },
    urgent: {
      title: 'Isto parece chantagem. Você não fez nada de errado.',
      body: 'Se alguém ameaça compartilhar imagens ou pede dinheiro, a culpa não é sua, e dá para parar isso. Muita gente passa por isso e recebe ajuda.',
    },
  },
  steps: {
    caution: ['Você não precisa mudar para outro app nem dizer onde está.', 'Converse com alguém de confiança se algo parecer estranho.'],
    warning: [
      'Não mande fotos nem ligue a câmera se tiver dúvidas.',
      'Você pode parar de responder quando quiser.',
      'Bloqueie e denuncie a conta se ela continuar insistindo.',
      'Conte para alguém de confiança: um amigo, sua família ou um professor.',
    ],
    urgent: [
      'Não pague e não mande mais nada: quase nunca para por aí.',
      'Pare de responder, mas guarde a conversa: tire prints com o nome e o link.',
      'Bloqueie e denuncie a conta neste site.',
      'Conte hoje para um adulto de confiança. Você também pode falar com uma das linhas de ajuda abaixo.',
    ],
  },
  reasons: {
    'platform-move': 'pediu para ir para outro app ou uma chamada de vídeo',
    'image-request': 'pediu fotos, vídeos ou a sua câmera',
    reciprocity: 'propôs trocar fotos',
    secrecy: 'pediu para você manter segredo',
    'personal-probe': 'fez perguntas pessoais (idade, escola, onde você está)',
    flattery: 'fez muitos elogios exagerados',
    sexualization: 'fez perguntas ou comentários sexuais',
    offer: 'ofereceu dinheiro, presentes ou um trabalho',
    'meet-request': 'pediu para se encontrar pessoalmente',
    'leverage-claim': 'diz ter fotos, gravações ou a sua conta',
    'threat-to-share': 'ameaçou compartilhar fotos ou conversas',
    'payment-demand': 'pediu dinheiro, cartões-presente ou cripto',
    coercion: 'pressionou ou deu prazos',
    'physical-threat': 'ameaçou você ou a sua família',
    'self-harm-leverage': 'disse que vai se machucar se você não fizer o que pede',
    'fabrication-threat': 'ameaçou fazer fotos falsas de você',
  },
  nudge: {
    title: 'Só um instante',
    body: 'Você acabou de compartilhar como te encontrar ou onde está, numa conversa com alguns sinais de alerta. Tudo bem: você pode parar por aqui.',
  },
  card: {
    close: 'Fechar este aviso',
    noticed: 'O que notamos: ',
    showSteps: 'O que eu posso fazer?',
    hideSteps: 'Esconder o que fazer',
    learn: 'Aprenda os sinais num chat de treino',
    private: 'Só você vê isto. O Heads Up lê esta conversa no seu aparelho e não envia nada para lugar nenhum.',
  },
  help: {
    title: 'Ajuda',
    titleIn: (country) => `Ajuda (${country})`,
    kinds: {
      talk: 'Converse com alguém',
      report: 'Denuncie',
      remove: 'Remover imagens',
      crisis: 'Se agora você não se sente em segurança',
      police: 'Polícia',
      info: 'Orientação',
    },
    text: (number, body) => (body ? `envie ${body} para ${number}` : `SMS para ${number}`),
  },
};
