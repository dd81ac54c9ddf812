import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'lets-meet',
    phrases: [
      'lass|lasst|wollen|sollen|konnen|koennen|konnten|koennten|wollt|sollten ..2 uns|wir ..3 treffen|sehen|verabreden|kennenlernen',
      'treffen|sehen wir uns ..3 mal|morgen|heute|real|persoenlich|personlich|allein|alleine|irgendwann|bald',
      'wann ..2 treffen|sehen wir uns',
      'in echt|real|reallife|irl|persoenlich|personlich ..2 treffen|sehen|kennenlernen',
      'wollen|sollen wir ..4 kino|essen|eis|spazieren|date|ausgehen|park',
      'date mit mir|uns|dir',
    ],
    examples: {
      match: ['lass uns mal treffen', 'können wir uns morgen treffen', 'wann sehen wir uns', 'wir sollten uns mal in echt sehen', 'wollen wir am samstag zusammen ins kino?'],
      ignore: ['wir haben uns gestern getroffen', 'das treffen ist um 5'],
    },
  },
  {
    id: 'pick-you-up',
    phrases: [
      'ich ..2 hol|hole|holen dich ..4 ab',
      'ich ..2 kann|konnte|koennte|konnt dich ..5 abholen',
      'ich ..2 komm|komme ..2 zu dir ..2 wenn|nach|heute|morgen|hause|nachhause',
      'komm|kommst|komme ..2 zu mir ..3 nach_hause|heim|ruber|rueber|heute|morgen|wohnung',
      'besuch|besuche ich dich ..2 mal|morgen|heute',
      'ich kauf|kaufe|bezahl* dir ..2 das|ein ..2 ticket|zugticket|busticket|bahnticket',
    ],
    examples: {
      match: ['lass uns mal treffen, ich hol dich ab', 'ich kann dich nach der schule mit dem auto abholen', 'komm doch zu mir nach hause', 'ich kauf dir das zugticket'],
      ignore: ['mama holt dich ab', 'ich komme zu spät'],
    },
  },
] satisfies PatternEntry[];
