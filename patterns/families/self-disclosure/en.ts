import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'my-age',
    phrases: [
      'i_am|im|iam # years|yrs|yo|y_o',
      'i_am|im|iam only|just|almost|nearly|turning # ',
      'i_am|im|iam #',
      'i_am|im|iam in ..2 grade|year ..2 #',
      'i_am|im|iam in 6_th|7_th|8_th|9_th|10_th|11_th|12_th|sixth|seventh|eighth|ninth|tenth ..2 grade',
      'i_am|im|iam in middle_school|high_school|junior_high|elementary|year_7|year_8|year_9|year_10',
      'i [just] turned #',
      'my age is',
      'i was born in|on',
    ],
    unless: ['minutes|minute|mins|min|hours|hour|hrs|hr|km|miles|mi|blocks|away|late|percent|dollars|bucks|points|pts|level|lvl|feet|ft|cm|kg|lbs|pounds|days|weeks|months|out_of|in_line|th|st|nd|rd|times|x|k|m|sure|percent|pct|done|ready|for', '# am|pm|oclock'],
    examples: {
      match: [ "im 14", "i'm 13", "im 15 years old", "I'm 14", 'im 13 years old', 'i am only 12', 'i just turned 15', 'im in middle school'],
      ignore: ['i am at home', 'im 5 minutes away', 'i am 2 hours late'],
    },
  },
  {
    id: 'my-grade',
    phrases: [
      'i_am|im|iam in # th|st|nd|rd grade',
      'i_am|im|iam in 6_th|7_th|8_th|9_th|10_th|11_th|12_th|sixth|seventh|eighth|ninth|tenth|first|second|third ..2 grade',
    ],
    examples: {
      match: ["i'm in 7th grade", 'im in 8th grade', 'i am in ninth grade'],
      ignore: ['im in 5th place', 'my brother is in 8th grade'],
    },
  },
  {
    id: 'my-address-school',
    phrases: [
      'i_am|im [home] alone|home_alone|by_myself',
      'i live ..3 on|at|in|near|by|off|next_to|close_to',
      'my address|addy|house|home|adress is',
      'my address|addy|adress',
      'i go to ..3 school|high|middle|elementary|academy|prep|junior_high|hs|ms',
      'my school is|s',
      'i_am|im at ..2 school|high|middle|elementary|academy ..2 called|named',
      'i_am|im home alone|alone_at_home|alone|by_myself ..2 right_now|now|rn|tonight|today|all|until|till|til',
      'my_parents|my_mom|my_dad|my_mum|my_folks|parents|mom|mum|dad|folks ..2 are|is|r ..2 not_home|at_work|away|out|gone|asleep|sleeping|working|on_a_trip|out_of_town',
      'no_one|nobody|noone is|s home',
    ],
    unless: ['5_minutes|minutes|mins|hours|late|busy|on_my_way|omw'],
    examples: {
      match: [ "i live on maple street", "i go to westview high", "my address is 12 baker st", "im home alone",'i live at 22 oak street', 'my address is 5 main st', 'i go to lincoln middle school', 'im home alone rn', 'yeah parents r at work', 'my mom is at work'],
      ignore: ['i live for pizza lol', 'im at school rn'],
    },
  },
  {
    id: 'my-handle-number',
    phrases: [
      'my @app is|s|name|username|user|handle|tag',
      'add me on|at @app ..2 it_is|its|im|i_am|s',
      'my number|phone_number|phone|cell|digits|mobile|whatsapp_number is|s',
      'my number|digits|cell is|s|#',
      'text|call|whatsapp me at|on #',
      'here is|s my number|snap|insta|instagram|kik|discord|telegram|whatsapp|address|digits|location|live_location',
      'heres my number|snap|insta|instagram|kik|discord|telegram|whatsapp|address|digits|location|live_location',
      'my real|full|last name is|s',
    ],
    examples: {
      match: [ "my snap is jake123", "my insta is @lily", "my number is 5551234567",'my snap is emmaxo', 'my number is 555 1234', 'heres my snap', 'my insta is lily.x', 'add me on snap its jess22', 'my real name is emma'],
      ignore: ['my snap streak is 200 days lol', 'my phone died'],
    },
  },
] satisfies PatternEntry[];
