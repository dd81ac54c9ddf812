import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'do-not-tell',
    phrases: [
      'do_not|never|dnt tell|show|mention|say ..2 anyone|anybody|ur|your|ya|no_one|nobody|noone|a_soul|people|others|mom|mum|dad|parents|friends|family|teacher*|brother|sister ..3 about|bout|abt|this|us|me|our|that|what|it|ok|okay|or|they|k|alright',
      'do_not|never|dnt tell ..2 your|ur|ya parents|mom|mum|dad|mother|father|family|friends|teacher|teachers|counselor|sister|brother|bf|gf|boyfriend|girlfriend',
      'do_not|never|dnt tell anyone|anybody|nobody|no_one|a_soul',
      'no one|nobody|noone|no_body needs|has|have|should|must|can ..2 know|find_out|see',
      'no_one|nobody|noone will [ever] know|find_out',
      'this|it|that stays|is|should_stay|has_to_stay|must_stay|will_stay ..2 between us|between_you_and_me|between_u_and_me|our_secret|a_secret',
      'keep|keeping ..3 this|it|us|that|our_chat|our_convo|our_conversation|what_we ..2 between us|to_yourself|to_urself|secret|a_secret|private|quiet|on_the_down_low|on_the_dl|lowkey|hidden|secret_from',
      'our ..2 little secret|secret|thing|lil_secret',
      'just|only between you|u and|n me',
      'your|ur parents|mom|mum|dad|family|friends ..3 would|will|wouldnt|would_not|will_not|do|dont|wont|do_not ..2 not|never understand|get_it|approve|let_you|allow',
      'they|people|others|adults ..3 would|will|wouldnt|wont|would_not|will_not|do_not|dont ..2 never|not understand|get_it|understand_us|understand_what_we_have',
    ],
    unless: ['surprise|party|birthday|bday|present|gift|spoiler|spoilers|ending|episode|season|finale|plan|plans|proposal|crush|grade|grades|score|test|exam|quiz|answers|recipe|password|pin|code|wifi'],
    examples: {
      match: [
        'dont tell ur parents tho',
        "don't tell anyone ok",
        'keep it between us',
        'lets keep this our little secret ok?',
        'nobody needs to know',
        'ur parents wouldnt understand',
        'this stays between you and me',
        'no one will ever know',
      ],
      ignore: ['dont tell mia about the party its a surprise!!', "don't tell anyone the ending of the show", 'keep the password secret', 'they would never understand the math homework lol'],
    },
  },
  {
    id: 'delete-traces',
    phrases: [
      'delete|clear|erase|wipe|remove|unsend ..3 our|this|these|the|my|all|every ..2 chat|chats|messages|message|msgs|msg|convo|convos|conversation|conversations|dms|texts|history|pics|photos|snaps|everything',
      'delete|clear|erase|wipe|unsend everything|it_all|all_of_it ..3 after|when|before|once|so|every_time|each_time|or|right',
      'delete|clear|erase ..3 after|when|once|as_soon_as you|u ..2 read|see|seen|saw|done|finished|sent',
      'use|turn_on|switch_on|put_on ..3 disappearing|vanish|vanishing|incognito|private|secret ..2 mode|messages|chat|chats',
      'hide|hidden ..3 app|chat|chats|messages|convo|conversation|phone|me|this|us|our ..3 from|so ..3 your|ur|ya|parents|mom|mum|dad|family|nobody|no_one',
      'make|making sure ..3 no one|nobody|noone|your_parents|ur_parents|your_mom|ur_mom|your_dad|ur_dad ..2 see|sees|finds|find|reads|read|checks|knows',
      'do_not|never save|screenshot|ss|screen_record ..3 chat|chats|messages|this|convo|conversation|pics|photos|it',
      'change|save ..2 my|me ..3 contact|number|name ..2 as|to a_girl|girl|a_fake|fake|different|something_else|someone_else|a_girls',
    ],
    unless: ['group|gc|class|team|project|embarrassing|ugly|typo|wrong|mistake|spam|old|storage|space|memory|lag|bug|cache|app_is|homework|draft|notes|meme|memes|the_server|channel'],
    examples: {
      match: [
        'delete our chats after',
        'delete this convo when ur done',
        'clear the chat history',
        'delete everything after you read it',
        'use disappearing messages',
        'hide this app from ur parents',
        'make sure your parents dont see',
        'save my number as a girl name',
      ],
      ignore: ['delete that photo it is ugly', 'clear the cache to fix the lag', 'delete the messages in the group chat pls', 'i deleted my old messages for storage'],
    },
  },
] satisfies PatternEntry[];
