/** Lo que dice el aviso, en español: tranquilo, cercano, breve, sin culpas. */
import type { Advice } from './types';

export const es: Advice = {
  levels: {
    caution: {
      title: 'Ojo',
      body: 'Hay un par de cosas en este chat que vale la pena pensar dos veces. Tómate tu tiempo y comparte solo lo que te parezca bien.',
    },
    warning: {
      title: 'Este chat tiene algunas señales de alerta',
      body: 'Alguien que pide fotos, secretos o cambiar de app puede estar intentando presionarte. No estás en problemas y no le debes una respuesta a nadie.',
    },
    urgent: {
      title: 'Esto parece un chantaje. No estás en problemas.',
      body: 'Si alguien amenaza con compartir imágenes o te pide dinero, no es tu culpa y se puede parar. Le pasa a mucha gente, y hay ayuda.',
    },
  },
  steps: {
    caution: ['No tienes que cambiarte a otra app ni decir dónde estás.', 'Háblalo con alguien de confianza si algo no te cuadra.'],
    warning: [
      'No mandes fotos ni enciendas la cámara si tienes dudas.',
      'Puedes dejar de responder cuando quieras.',
      'Bloquea y denuncia la cuenta si sigue insistiendo.',
      'Cuéntaselo a alguien de confianza: un amigo, tu familia o un profe.',
    ],
    urgent: [
      'No pagues ni mandes nada más: casi nunca se acaba ahí.',
      'Deja de responder, pero guarda el chat: haz capturas con el nombre y el enlace.',
      'Bloquea y denuncia la cuenta en este sitio.',
      'Cuéntaselo hoy a un adulto de confianza. También puedes hablar con una de las líneas de ayuda de abajo.',
    ],
  },
  reasons: {
    'platform-move': 'pidió pasar a otra app o a una videollamada',
    'image-request': 'pidió fotos, vídeos o tu cámara',
    reciprocity: 'propuso intercambiar fotos',
    secrecy: 'te pidió que lo guardes en secreto',
    'personal-probe': 'hizo preguntas personales (edad, colegio, dónde estás)',
    flattery: 'te hizo muchos cumplidos exagerados',
    sexualization: 'hizo preguntas o comentarios sexuales',
    offer: 'ofreció dinero, regalos o un trabajo',
    'meet-request': 'pidió quedar en persona',
    'leverage-claim': 'dice tener fotos, grabaciones o tu cuenta',
    'threat-to-share': 'amenazó con compartir fotos o chats',
    'payment-demand': 'pidió dinero, tarjetas regalo o cripto',
    coercion: 'presionó o puso plazos',
    'physical-threat': 'te amenazó a ti o a tu familia',
    'self-harm-leverage': 'dijo que se hará daño si no haces lo que pide',
    'fabrication-threat': 'amenazó con hacer fotos falsas de ti',
  },
  nudge: {
    title: 'Un momento',
    body: 'Acabas de compartir cómo contactarte o dónde estás, en un chat con algunas señales de alerta. No pasa nada: puedes parar aquí.',
  },
  card: {
    close: 'Cerrar este aviso',
    noticed: 'Lo que hemos notado: ',
    showSteps: '¿Qué puedo hacer?',
    hideSteps: 'Ocultar qué hacer',
    learn: 'Aprende las señales en un chat de práctica',
    private: 'Solo tú ves esto. Heads Up lee este chat en tu dispositivo y no envía nada a ningún sitio.',
  },
  help: {
    title: 'Ayuda',
    titleIn: (country) => `Ayuda en ${country}`,
    kinds: {
      talk: 'Habla con alguien',
      report: 'Denúncialo',
      remove: 'Retirar imágenes',
      crisis: 'Si ahora mismo no te sientes a salvo',
      police: 'Policía',
      info: 'Consejos',
    },
    text: (number, body) => (body ? `envía ${body} al ${number}` : `SMS al ${number}`),
  },
};
