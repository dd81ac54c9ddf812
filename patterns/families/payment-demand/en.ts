import type { PatternEntry } from '../../schema';

export default [
  {
    id: 'pay-amount',
    phrases: [
      'i want|need|demand # @currency|usd',
      'i want|need|demand @currency #',
      'send|pay|transfer ..3 via|through|thru|with|using|on|by @payment',
      'cashapp|venmo|zelle|paypal|cash_app|pay_pal|revolut me|it #',
      'i want|need|demand # robux|vbucks|v_bucks|diamonds|gems|nitro|minecoins|uc|coins|bitcoin|btc|eth|usdt',
      'send|give|gift me # robux|vbucks|v_bucks|diamonds|gems|minecoins|uc|coins',
      'pay|send|transfer|wire|deposit|give|get|cashapp|venmo|zelle|paypal [me] [just] [the] [a] [another] ..2 @currency|usd #',
      'pay|send|transfer|wire|deposit|give|get [me] [just] [another] [the] # ..2 @currency|usd|bitcoin|btc|eth|usdt|in|on|via|through|thru',
      'cashapp|venmo|zelle|paypal|cash_app|revolut|chime [me] # ..3 or_else|or_your|or_ur|or_i|or_everyone|or_it|or_they|or_the|otherwise|unless',
      'need|want|demand|expect # ..2 @currency|usd|bitcoin|btc|in|on|via|through ..2 from you|@payment',
      '# @currency|usd ..3 or_else|or_i|or_your|or_everyone|else|otherwise|before|within|in_the_next|tonight|right_now',
      '@currency # ..3 or_else|or_i|or_your|or_everyone|else|otherwise|before|within|in_the_next|tonight|right_now',
      '# @currency|usd in|on|via|through|with|using|of @payment',
      '@currency # in|on|via|through|with|using|of @payment',
    ],
    unless: ["nan|nana|grandma|grandpa|gran|for_her|for_his|phone_bill", "ship|ships|tracking|courier", "hr|hour|hourly|an_hour|babysit|babysitting|we_pay|wage|shift", 
      'back|owe|owed|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|share|change|refund|deposit_for|shipping|postage|first_class|second_class|royal_mail|tracked|parcel|dispatch|post_it|post_the|hoodie|enter|tournament|join|sign_up|register|registration|fund|field_trip|trip|bike|phone_case|shoes|jacket|sale|selling|sell|price|cost|costs|costing|worth|paid|pay_you|pay_u|you_back|each|per|entry|fee|fees|order|tip|tips|allowance|chores|kit|subs|club_account|membership|treasurer|kit_money',
      'i can|will|could|would pay|send|give|transfer|venmo|zelle',
      'ill|lets pay|send|give|venmo',
      // round 17 (en-n17): money the sender already gave ("sent u $30 on cash app", birthday money)
      'i_sent|just_sent|sent|gave|put you|your_account|your_bank @currency|#',
      'birthday|bday|happy_birthday|happy_bday',
    ],
    examples: {
      match: [ "send $500 now", "pay me 200 dollars", "I want $1000 in bitcoin", "Send 100 euros via paypal",
        'pay $300 or I send it',
        'send 500 dollars on cash app',
        'send me $200 now',
        '$150 in robux or apple gift cards',
        '200$ in steam gift cards',
        'i want 500 euros from you',
        '300 dollars by tonight',
        'venmo 150 or ur dad gets a link',
        'unless u wire 300 thru western union today',
      ],
      ignore: ["i send my nan $20 every month for her phone", "send the money on paypal first and ill ship it monday", "Could your daughter babysit Saturday 7-11? We pay $15/hr", "kit money is £25, pay by bank transfer to the club account", 
        'can u pay me back the 20 bucks from lunch',
        'sent u $30 on cash app',
        'the bike is $80',
        'venmo 20 or cash, whatever works',
        'send me 5 dollars for the pizza',
        'ill send you 20 bucks tonight',
        'tickets are 15 dollars each',
      ],
    },
  },
  {
    id: 'gift-cards-and-crypto',
    phrases: [
      'send|buy|get|give|pay|transfer|deposit [me] [a|an|some|the|more|another|those|#] ..2 @payment ..2 code|codes|card|cards|now|or|today|tonight|right_now|asap|immediately|and_send|of|worth|pictures|pics|photo|photos|picture',
      'send|give|text|dm [me] the|those|all_the|your code|codes ..3 @payment|card|cards|gift_card*|giftcard*|steam|itunes|amazon|google_play|apple|xbox|psn|playstation|roblox|razer',
      'scratch ..3 card|cards|code|codes ..3 send|picture|pic|photo',
      '# ..2 to|on|via|into my|this @payment',
      'pics|nudes|video|videos|photos|pictures ..1 or the|your|some money|cash|payment|@payment',
      'money|cash|payment|@payment ..1 or the|your|more|some pics|nudes|video|videos|photos|pictures',
      'sure|ok|okay|fine|deal ..1 for|only_for|just_for # [@currency]',
      'buy|get me ..4 @payment ..4 and_ill|and_i_will|and_i|or',
      'send|transfer|pay ..5 to|into this|my @payment|wallet|address|account|btc_address|bitcoin_address',
      'pay|send|transfer ..4 via|through|thru|on|with|using @payment ..3 now|or|today|tonight|within|before|asap|immediately|to|tag|handle|my|username',
      'i [only] accept|take @payment|gift_card*|giftcard*|crypto|bitcoin',
      'only|accept|accepting|take ..2 @payment|gift_card*|giftcard*|crypto|bitcoin ..2 only|payment|payments',
      'my|this cashapp|cash_app|venmo|paypal|zelle|wallet|btc|bitcoin ..2 is|tag|address|handle|username',
      '@payment ..6 send|text|dm|give|type [me] the|those|all_the|your|ur|da code|codes|pins|numbers ..2 here|now|to_me|asap|right_now|in_the_chat|or',
      'buy|get ..3 gift_card*|giftcard*|steam_card*|itunes_card*|apple_card*|google_play_card*|amazon_card*|xbox_card*|psn_card*|roblox_card*|razer_gold ..4 send|text|photo|pic|picture|code|codes',
    ],
    unless: ['so_fine|lowkey_fine|lowkey_so|really_fine|hella_fine|fine_af|fine_asf|looking_fine|lookin_fine|for_your_age|for_ur_age', 'i can|will|could|would pay|send|give|transfer|venmo|zelle you|u|it|via|through|with', 'i can|will|could|would pay|send|transfer ..2 @currency|#', 'ill|lets|let_me|lemme pay|send|give|venmo', 'ship|shipping|shipped|item|listing|f_f|friends_and_family|g_s|goods_and_services|postage|tracked|parcel|photocard*|depop|vinted|ebay|marketplace|buyer|seller', 'its_a_scam|it_is_a_scam|is_a_scam|scam_right|was_a_scam|one_of_those|those_emails|phishing|spam_email*', 'birthday|bday|christmas|xmas|for_your_mom|for_mom|for_dad|for_your_dad|wishlist|wish_list|present|thank|thanks|thx|ty|balance|order|shipped|receipt|2_fa|verification|login|log_in|teacher|class|homework|wifi|wi_fi|password|recipe|discount|promo|coupon|back|owe|lunch|pizza|split|rent|check_it_works|check_if_it_works|to_check|give_it_to|to_mum|to_my_mum|to_my_mom|to_mom'],
    examples: {
      match: [ "buy me a $200 steam card", "send the gift card codes", "buy 3 apple cards of $100 each and send pictures", "i accept paypal, venmo, gift cards",
        'send the codes of the steam cards now',
        'send me 0.01 btc to this wallet',
        'buy a $100 steam gift card and send me a photo of the code',
        'pay me through paypal right now',
        'my cashapp is $jake123',
        '300 to my cashapp or ur whole school has them',
        'im not asking again. the pics or the money',
        'sure, for 150',
        "buy me a $100 xbox card and I'll forget this ever happened",
        'i only accept crypto payments',
        '3 apple gift cards 100 each. send the codes here',
      ],
      ignore: ['ur lowkey so fine for 14', 
        'i got a steam card for my birthday',
        'your gift card balance is 25 dollars',
        'send me the wifi password',
        'i can pay with paypal for the tickets',
        "I'll pay $50 via PayPal, can you ship today?",
        'i can send u 50 on cashapp rn',
        'great, i can pay $80 on paypal today',
        'i got an apple gift card for my bday, send me the code for the wifi',
      ],
    },
  },
  {
    id: 'pay-up',
    phrases: [
      'send|pay|give|transfer [me] [the|da|tha|that|my] money|cash|payment|dollar|dollars|bucks ..2 or|else|otherwise|before|within|now',
      'make this|it|everything go_away|disappear ..3 for|if|when|@currency|#|pay',
      'want me to delete ..6 pay|send_money|send_the_money|@currency|#',
      'send|pay|transfer ..4 and|then|n i|ill|@iwill ..2 delete|remove|erase|stop|leave_you_alone',
      '@iwill delete|remove|erase ..3 if|when|once|after you|u pay|send',
      'give|send|tell me ..3 credit_card|card_number|card_details|bank_details|bank_info|credit_card_number|debit_card|cvv|card_info',
      'how much money|cash ..2 do|can|could you|u have|get|send|pay|make',
      'i need|want ..2 the|that|my money|cash|payment ..2 by|before|today|tonight|tomorrow|now|asap',
      'delete ..4 you|u have_to|need_to|must|gotta|got_to|will_have_to pay|send',
      'you|u have_to|need_to|must|gotta|got_to|will_have_to pay|send ..4 if_you_want|delete|or|else|disappear|go_away',
      'pay|send ..4 and|then ..2 it|this|everything|they|all_this|the_video|the_pics ..2 go_away|goes_away|disappear|disappears|gets_deleted|will_be_deleted|is_deleted|gone',
      'pay up|now|me|already|or|immediately|asap|right_now|today|tonight',
      'time to pay|payup',
      'are|r you [ready] [willing] [going] to pay',
      'are|r you ready to pay|send',
      'if you [do] not|never pay',
      'unless you pay',
      'you [better] [will] [have_to] pay ..2 or|me|now|today|tonight|asap|before|within|if_you',
      'you better pay|send',
      'delete ..4 if|once|when|after you pay|send ..2 money|the_money|@currency|#',
      'how much ..3 can|will|could you pay|send|afford|get',
      'payment ..3 or|now|today|tonight|before|within|deadline|due|immediately',
      'i want|need|demand ..2 money|cash|payment|@payment ..3 or|from_you|now|today|tonight|before|within|and_i',
      'send|give|get|bring me [the] [some] money|cash ..3 or|else|otherwise|now|today|tonight|before|within|asap|immediately|right_now|and_i|and_everything|and_it',
    ],
    unless: ['they_threaten|they_threatened|threaten_to|threatens_to|threatened_to|then_they_threaten|they_threaten_to', 'what_do_i_do|what_should_i_do|should_i_pay|is_this_real|is_this_a_scam|never_even_sent|heads_up|pretending_to_be|going_round|going_around|pretend_to_be|then_say|then_they_say|they_say|say_they|news|article|fake_account|its_a_bot|it_is_a_bot|just_block|block_it|people_saying|messaging_people|dm_saying|dms_saying|ill_pay_now|i_will_pay_now|i_can_pay_now|let_me_pay|lemme_pay|ill_pay_you|i_will_pay_you|paying_now|ill_pay_it_now', 'tell_an_adult|trusted_adult|someone_ever|somebody_ever|anyone_ever|if_someone_says|if_somebody_says|if_anyone_says|they_said|they_told_us|scammer|scammers|when_someone|when_somebody|someone_says|somebody_says|like_when|sextortion', 'kills|0_kills|zero_kills|noob|bet|lost_the_bet|wager|back|owe|lunch|dinner|pizza|ticket|tickets|rent|bill|split|fee|chores|allowance|lol|lmao|haha|attention|class|teacher|bus|uber|taxi|mom|dad|trip|parking|entry|enter|tournament|join|sign_up|register|registration|shopping|groceries|bike|sell|selling|sale|price|for_it|for_the|shipping|cost|costs|buy_them|can_not_buy|to_buy_them|tracked|postage|dispatch|gonna_say|going_to_say|is_what_you|is_what_your'],
    examples: {
      match: [ "how much money do you have", "you need to pay me", "i need the money by tomorrow", "if you want me to delete it you have to pay",
        'pay up',
        'are you ready to pay',
        'r u going to pay or not',
        'if you dont pay everyone sees it',
        'i will delete everything if you send the money',
        'send me the money now',
        'how much can you pay',
        'you better pay',
      ],
      ignore: ["then they threaten to send them to ur family unless u pay", "legit ty, ill pay now",  'like when someone says pay me or ill send ur pics to everyone','they said if someone ever says pay or ill post ur pics u should tell an adult', 'pay up loser u lost the bet', 'pay me back tomorrow lol', 'ill pay for the pizza', 'how much did the tickets cost', 'you better pay attention in class'],
    },
  },
  {
    id: 'pay-to-delete',
    phrases: [
      '# @currency|usd|dollar ..3 and|then|n ..2 it|its|it_is|everything|they|the_video|the_pics|them|this ..2 deleted|gone|removed|goes_away|disappears|erased|go_away|disappear',
      '@currency|dollar # ..3 and|then|n ..2 it|its|it_is|everything|they|the_video|the_pics|them|this ..2 deleted|gone|removed|goes_away|disappears|erased|go_away|disappear',
      '# ..3 @payment ..3 and|then|n ..2 it|its|it_is|everything|they|the_video|the_pics|them|this ..2 deleted|gone|removed|goes_away|disappears|erased|go_away|disappear',
      'video|videos|pics|photos|pictures|recording|recordings|files|everything|it|they|them|content|material ..3 deleted|removed|erased|destroyed|gone ..3 after|once|when|upon|as_soon_as ..2 payment|you_pay|u_pay|i_get_paid|i_receive|i_get_the|received|paid|the_transfer|the_money',
      'want|get|need ..2 it|them|everything|your_account|ur_account|your_instagram|ur_instagram|your_snapchat|ur_snapchat|your_pics|ur_pics|your_stuff|ur_stuff back ..4 pay|send|#|@currency|@payment',
    ],
    unless: ['subscription|cancel*|trial|plan|storage|renew*|membership|first_come|serve|serious_buyers|buyers|available|sold|sale|selling|sell|price|obo|shipping|pickup|pick_up|ticket|tickets|lol|lmao|haha|jk|hoodie|jacket|charger|book|phone_case|game|controller|owe|lent|borrowed|deposit|refund|store|return'],
    examples: {
      match: ['500 on cashapp and it disappears', 'The video gets deleted after payment.', 'all files will be erased once i receive the money', 'ok 300$ and its deleted', 'i can see all ur dms and pics. want it back? 50 bucks on paypal', 'want your account back? send 100 in gift cards', '$200 and it all goes away'],
      ignore: ['you will get the files deleted after payment for the subscription', 'the old pics get deleted after the backup', 'want it back? 5 bucks lol', 'want your hoodie back? pay me 5 bucks', '$20 and its yours, pickup only', '200 dollars and its gone, first come first serve'],
    },
  },
  {
    id: 'fake-police-fine',
    phrases: [
      'pay|send ..4 fine|bail|fee|settlement ..4 or ..2 face|be|get charged|charges|arrested|arrest|jail|prison|police|prosecuted|reported',
      'pay|send ..4 or|else i|ill|@iwill|we ..2 call|contact|report|go_to ..2 police|cops|fbi|authorities|you_to_the_police',
    ],
    unless: ['parking|ticket|tickets|library|overdue|book|school|late_fee|speeding|lol|lmao|haha|jk'],
    examples: {
      match: ['you sent explicit images to a minor, pay the fine or face charges', 'send 500 or i call the police on you'],
      ignore: ['pay the library fine or they wont let you graduate lol', 'pay the parking ticket or you get a late fee'],
    },
  },
  {
    id: 'payment-is-received',
    phrases: [
      'unless|until|if|once ..6 # ..2 @currency|@payment|btc|bitcoin|usd|eth|usdt ..3 is|are|has_been|have_been|gets|get received|paid|transferred|deposited|sent|credited|confirmed',
      'unless|until|if|once ..6 @currency # ..3 is|are|has_been|have_been|gets|get received|paid|transferred|deposited|sent|credited|confirmed',
      'unless|until|if|once payment|the_payment|a_payment|the_money|the_transfer|full_payment ..1 is|has_been|gets|get made|received|sent|done|completed|confirmed',
      'unless|until|if_i_do_not|if_i_dont|if_we_do_not ..4 receive|get|see ..2 # ..2 @currency|@payment|btc|bitcoin|usd|eth|usdt',
    ],
    unless: ['shipping|ship|shipped|order|item|items|delivery|tickets|ticket|refund|invoice|receipt|subscription|rent|deposit_for|booking|reservation|tuition|fee|fees|salary|paycheck|allowance|chores|lol|haha|jk|owe|back|lunch|pizza|split|sale|sell|selling|price|listing|buyer|buyers|seller'],
    examples: {
      match: ['Unless 0.05 BTC is received at the wallet below within 48 hours, the recording goes out', 'until $500 is transferred i keep posting', 'unless i receive 300 dollars by tonight', 'It will go live in 24 hours unless payment is made.'],
      ignore: ['once $20 is received we ship your order', 'unless i receive 50 dollars for the tickets i cant book', 'if 10 dollars is sent for the pizza we are even'],
    },
  },
  {
    id: 'send-amount-or-else',
    phrases: [
      'send|pay|transfer|wire|venmo|cashapp|zelle|give [me] [the] # or_else|or_i|or_im|or_ill|or_everyone|or_your|or_ur|or_it|or_they|or_the|else|otherwise|before_i|or_else_i',
      '# [@currency] and|n ..1 we_are|were|we|its|it_is|everything|this|all_this|it|they|you_are|youre ..1 cool|good|square|done|over|settled|forgotten|deleted|gone|quiet|safe|free',
      '@payment ..3 code|codes|pin|pins|numbers ..3 in_the_chat|in_chat|here|to_me|asap|now|tonight|today|right_now|or|before',
    ],
    unless: ['cake|cookies|candy|fries|snacks|chocolate|ice_cream|dessert|pic|pics|photo|photos|video|videos|vids|nudes|more|message|messages|texts|back|owe|owed|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|bet|even|selling|sell|sale|price|obo|shipping|pickup|pick_up|yours|first_come|each|per|lol|lmao|haha|jk|birthday|bday|christmas|xmas|balance|wifi|wi_fi|password|2_fa|verification|login|log_in|promo|discount|coupon|thank|thanks|thx|ty|wishlist|present|allowance|chores|fee|fees|trip|field_trip|tournament|registration|dues', 'ill_send|i_will_send|im_sending|i_am_sending|send_you|sending_you|give_you|owe_you'],
    examples: {
      match: ['u got 30 mins to send 500 or im dropping it', 'unless we work something out. 100 and we are cool', "$100 apple card, code in the chat. Clock's ticking"],
      ignore: [ "send 10 or i'll tell mom you ate the cake",'send 3 more pics or im bored', '20 and we are even, thanks for lunch', 'i got an apple card for my bday, the code is here', 'ok ok ill send u the 1000 vbucks code tonight'],
    },
  },
  {
    id: 'money-not-in-my-account',
    phrases: [
      'if|unless|when the|my|that robux|money|cash|payment|transfer|vbucks|cards|card|codes|code|btc|bitcoin|crypto|@payment ..1 is_not|isnt|not|aint|are_not|arent|has_not|hasnt ..3 in|on|into my account|wallet|cashapp|venmo|paypal|inbox|dms ..3 by|before|tonight|today|in|within|soon|#',
    ],
    unless: ['lol|lmao|haha|jk|kidding|back|owe|owed|lunch|dinner|pizza|rent|bill|split|refund|order|shipping|salary|paycheck|allowance|birthday|bday|christmas|xmas|grandma|grandpa|mom|dad|bank|pending|glitch|bug|support|customer_service|tickets|sale|selling|sold|buyer|seller'],
    examples: {
      match: ['if the robux isnt in my account by 8 ur done', 'if the money is not in my wallet by tonight you know what happens'],
      ignore: ['if the money isnt in my account by friday ill ask my boss about my paycheck', 'if the refund is not in my paypal by monday ill call support'],
    },
  },
  {
    id: 'leave-you-alone-once-paid',
    phrases: [
      '@iwill leave you|u alone|be_gone|disappear|go_away|stop|delete_everything|delete_it ..3 once|when|after|if|as_soon_as i get|receive|see|have #',
      '@iwill leave you|u alone|be_gone|disappear|go_away|stop|delete_everything|delete_it ..3 once|when|after|if|as_soon_as i get|receive|see|have the_money|the_cash|paid|payment|my_money|the_cards|the_codes',
      'let me know|tell_me|text_me|message_me when|once you|u have|got|get|send the|my money|cash|payment|cards|codes|@payment',
      'you|u pay ..2 i delete|i_will_delete|ill_delete|it_disappears|it_goes_away|everything_goes_away',
    ],
    unless: ['lol|lmao|haha|jk|kidding|back|owe|owed|lunch|dinner|pizza|tickets|ticket|rent|bill|split|half|trip|field_trip|concert|sale|selling|sell|buy|buying|price|car|bike|phone|shoes|order|shipping|deposit|fee|fees|tuition|uber|ride|gas|gift|present|birthday|bday|christmas|xmas|fundraiser|dues|team|club|class|chores|allowance|groceries|shopping|mall|movies|bet'],
    examples: {
      match: ["i'll leave you alone once i get 200", 'let me know when u have the money. u know what happens if not', 'u pay, i delete'],
      ignore: ['let me know when u have the money for the concert tickets', "i'll leave you alone once i get my money back lol"],
    },
  },
  // ---- round 6 (en-ut): payment demands said in other words ----
  {
    id: 'i-need-gift-cards',
    phrases: [
      'i [just] [really] [still] want|need|demand|require|expect ..4 @payment|gift_card*|giftcard*|gift_cards ..2 card|cards|code|codes|#|@currency|each|worth|now|today|tonight|asap|right_now|from_you',
      'i [just] [really] [still] want|need|demand|require|expect # ..1 @payment|gift_card*|giftcard*|steam_cards|apple_cards|google_play_cards|amazon_cards',
    ],
    unless: ['birthday|bday|christmas|xmas|wishlist|wish_list|present|gift_for|for_my|for_mom|for_dad|for_my_brother|for_my_sister|raffle|prize|prizes|giveaway|to_buy|buy_the|buy_a|game|games|app|subscription|dlc|skin|skins|battle_pass|thank|thanks|thx|ty|balance|receipt|order|shipped|refund|teacher|class|homework|wifi|password|back|owe|lunch|pizza|split|rent|allowance|chores|save_up|saving|fundraiser|i_can|can_i|could_i|may_i|please_mom|please_dad|mom|dad|grandma|grandpa|lol|haha'],
    examples: {
      match: ['but i need 3 google play cards, $50 each', 'i want 2 steam cards now', 'i need $200 in apple cards today', 'i demand 500 in bitcoin'],
      ignore: ['i need 2 steam cards for my brothers bday', 'i want a steam gift card for christmas', 'i need a google play card to buy the battle pass'],
    },
  },
  {
    id: 'amount-then-app',
    phrases: [
      '@currency # [on|in|via|to|through|thru] cashapp|cash_app|venmo|zelle|paypal|revolut|chime|btc|bitcoin|crypto|apple_pay|google_pay|gift_card*|giftcard*|steam_card*|apple_card*|western_union|moneygram',
      '# @currency [on|in|via|to|through|thru] cashapp|cash_app|venmo|zelle|paypal|revolut|chime|btc|bitcoin|crypto|apple_pay|google_pay|gift_card*|giftcard*|steam_card*|apple_card*|western_union|moneygram',
      'wire|send|transfer|pay [me] [the] money|cash|payment|funds ..3 through|via|thru|with|using|on|by|to_my @payment',
    ],
    unless: ["ship|ships|tracking|courier|i_will_post|i_will_send_it", 
      'back|owe|owed|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|share|change|refund|deposit_for|shipping|postage|first_class|second_class|royal_mail|tracked|parcel|dispatch|post_it|post_the|hoodie|enter|tournament|join|sign_up|register|registration|fund|field_trip|trip|bike|phone_case|shoes|jacket|sale|selling|sell|sold|price|cost|costs|costing|worth|paid|pay_you|pay_u|you_back|each|per|entry|fee|fees|order|tip|tips|allowance|chores|obo|pickup|pick_up|shipped|available|still_available|interested|deal|thanks|thank|thx|ty|received|got_it|birthday|bday|christmas|xmas|grandma|grandpa|gift_for|present|wedding|babysitting|tutoring|lawn|mowing|groceries|uber|gas|concert|console|controller|ps5|switch|xbox|iphone|laptop|game|games|cards_for_sale|listing|marketplace|ebay|depop|vinted',
      'i can|will|could|would pay|send|give|transfer|venmo|zelle',
      'ill|lets pay|send|give|venmo',
      // round 17 (en-n17): money the sender already gave
      'sent|gave|just_sent|i_sent you|ya [a] @currency|#',
    ],
    examples: {
      match: ["$40 cash app $jaxx442 and I'll stop", '300 dollars bitcoin. now', 'wire the money through western union', '50 bucks venmo or else'],
      ignore: ["send the money on paypal first and ill ship it monday", 'send the money by paypal first then ill post the hoodie tmrw, first class', '$40 venmo, pickup only', 'selling my ps5 300 cash or venmo', 'thanks for the $20 paypal', 'sent u $30 on cash app', 'just sent ya 25 dollars venmo for the tickets'],
    },
  },
  {
    id: 'pay-and-i-stop',
    phrases: [
      '@currency # ..4 and|n|then i|ill|@iwill ..1 stop|leave_you_alone|go_away|disappear|delete_it|delete_everything|back_off|be_gone|never_message|never_text|block_you|let_you_go|forget_you',
      '# @currency|@payment ..4 and|n|then i|ill|@iwill ..1 stop|leave_you_alone|go_away|disappear|delete_it|delete_everything|back_off|be_gone|never_message|never_text|block_you|let_you_go|forget_you',
      'pay|send|transfer|cashapp|venmo|zelle ..6 and|n|then i|ill|@iwill ..1 leave_you_alone|go_away|disappear|back_off|be_gone|never_message_you|never_text_you|let_you_go|stop_messaging|stop_texting|stop_bothering|never_bother',
    ],
    unless: ['back|owe|owed|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|refund|shipping|bet|game|games|round|level|tournament|pickup|pick_up|sale|selling|sell|price|obo|lol|lmao|haha|jk|kidding|promise_ill_stop|stop_asking|stop_complaining|stop_whining|stop_nagging|snacks|candy|coffee|boba|chores|allowance|gas|uber|ride|charity|donate|donation|fundraiser|subscription|trial|ads|premium|spam|unsubscribe'],
    examples: {
      match: ["$40 cash app $jaxx442 and I'll stop", '200 bucks and ill leave you alone', 'send it on venmo and ill go away forever', '100 dollars and i will delete it'],
      ignore: ['5 bucks and ill stop asking lol', 'pay me back the 20 and ill stop bugging you', 'donate 10 and ill stop posting about the fundraiser', 'im ready in 5 min and ill leave'],
    },
  },
  {
    id: 'money-is-not-here',
    phrases: [
      'if|unless|when the|my|that money|cash|payment|transfer|cards|codes|card|code|robux|vbucks|btc|bitcoin|crypto|gift_card*|giftcard* is_not|isnt|not|aint|has_not|hasnt|are_not|arent|does_not|doesnt ..3 here|in|there|sent|received|arrived|paid|show_up|come_through ..4 in|within|by|before|tonight|today|#|soon|the_next',
      'let_me_know|tell_me|text_me|lmk|message_me when|once|if you|u|your|youre|you_are [are] ready|able|willing to pay|send_the_money|send_it|transfer|venmo|cashapp',
      'how much ..2 do|can|could you|u have|got|get|send|afford ..2 right_now|now|today|on_you|in_your_account|in_ur_account|saved|in_the_bank',
      'send|give|transfer [me] whatever|everything|all you|u have|got|can ..2 now|right_now|today|tonight|asap|immediately',
    ],
    unless: ['lol|lmao|haha|jk|kidding|back|owe|owed|lunch|dinner|pizza|rent|bill|split|refund|order|shipping|salary|paycheck|allowance|birthday|bday|christmas|xmas|grandma|grandpa|bank|pending|glitch|bug|support|customer_service|tickets|ticket|sale|selling|sold|buyer|seller|trip|field_trip|concert|fundraiser|charity|donate|donation|gift_for|present|uber|gas|groceries|shopping|mall|car|phone|bike|school|class|team|club|dues|fee|fees|tuition|camp|deposit|savings_account|budget|piggy_bank|chores|homework|notes|pics_from|photos_from|the_slides|the_file|files|doc|docs'],
    examples: {
      match: ["if the money isn't here in an hour you'll regret it", 'lemme know when ur ready to pay', 'how much do you have right now', 'send whatever you have. now'],
      ignore: ['let me know when you are ready to pay for the concert tickets', 'how much do you have saved for the trip', 'send me whatever you have for the project now', 'if the refund is not here by friday call support'],
    },
  },
  {
    id: 'scratch-and-text-the-codes',
    phrases: [
      'scratch|scratched|scratching ..4 text|send|dm|message|give|type|sent|snap|take_a_pic|take_a_picture|take_a_photo [me] [the|those|all_the|a] code|codes|numbers|pins|pin|back|pic|picture|photo',
      'ask|borrow|steal|take|get ..1 your|ur @audience|mom|dad|parents|moms|dads ..3 for ..1 the|some money|cash|card|credit_card|bank_card|debit_card ..3 idc|i_do_not_care|do_not_care|figure|now|tonight|today|or|else',
      'i want|need|demand|expect # [@currency] ..1 by|before|till|until tomorrow|tonight|today|midnight|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|#',
      'pay|send|paying [it|me|this|that] ..1 in parts|installments|instalments|chunks|pieces|two_parts|2_parts',
    ],
    unless: ['lottery|lotto|scratch_card|scratch_cards|scratchers|ticket|tickets|won|win|winner|prize|followers|likes|views|words|pages|page|km|miles|steps|subs|subscribers|points|pts|reps|push_ups|pushups|laps|calories|percent|slides|sources|rent|phone|laptop|klarna|afterpay|plan|car|tuition|fees|trip|field_trip|lunch|pizza|pay_back|pay_me_back|you_back|me_back|owe|owed|split|bill|bills|allowance|chores|groceries|uber|gas|school|class|team|club|dues|fee|birthday|bday|christmas|xmas|gift_for|present|lol|haha|jk'],
    examples: {
      match: ['Buy Apple gift cards at Walmart, scratch the back and text me the codes', 'ask ur parents for the money idc', 'sell something, figure it out, i want 100 by tomorrow', 'you can pay in parts. first 50 today'],
      ignore: ['scratch the lottery ticket and text me if we won', 'i want 100 followers by tomorrow', 'ask your mom for money for the field trip', 'you can pay the laptop in parts with klarna'],
    },
  },
  {
    id: 'send-me-the-robux',
    phrases: [
      'send|buy|get [me] [the|a|an|those|that|them] gift_card*|giftcard*|steam_card*|apple_card*|google_play_card*|amazon_card*|itunes_card*|xbox_card*|psn_card*|roblox_card*|card_codes',
      'send|give|gift|get|buy me [the|my|some|those|more|your] robux|vbucks|v_bucks|nitro|gems|diamonds|minecoins|uc|steam_card*|apple_card*|gift_card*|giftcard*|google_play_card*|amazon_card*|xbox_card*|psn_card*|roblox_card*|codes ..3 or|else|otherwise|now|right_now|tonight|today|asap|immediately|if_you|unless|before',
      'if|unless you|u do_not|dont|never|wont|will_not ..1 send|give|gift|get|buy [me] [the|my|some|those|more|your] robux|vbucks|v_bucks|nitro|gems|diamonds|minecoins|uc|steam_card*|apple_card*|gift_card*|giftcard*|google_play_card*|amazon_card*|xbox_card*|psn_card*|roblox_card*|codes|money|cash',
      'payment|money|transfer|the_money|the_payment not|has_not_been|hasnt_been|was_not|wasnt|still_not|never received|arrived|made|sent|confirmed ..6 video|pics|photos|published|posted|leaked|deadline|last_warning|final_warning|consequences',
    ],
    unless: ['birthday|bday|christmas|xmas|wishlist|wish_list|present|gift_for|for_my|for_mom|for_dad|please_mom|please_dad|mom|dad|grandma|grandpa|thank|thanks|thx|ty|lol|haha|jk|kidding|owe|back|lunch|pizza|split|rent|allowance|chores|invoice|order|shipping|refund|customer|support|bank|pending|store|shop|subscription|trial'],
    examples: {
      match: ['stop crying and send the gift card', 'if u dont send me the robux im sending the screenshot', 'give me the vbucks now', 'Payment not received. Your video will be published at 18:00 today.'],
      ignore: ['send me the gift card for grandma, thanks', 'mom can you buy me robux for my birthday', 'send me the robux now, i owe my brother lol'],
    },
  },
  {
    id: 'amount-on-app',
    phrases: [
      'easy_way|the_easy_way|simple|simple_way|only_way ..3 is|its|it_is ..1 # [@currency] ..2 on|via|through|thru|in|using|to|by @payment',
      'is|its|it_is|just|only # [@currency] on|via|through|thru|in|using|to|by @payment ..3 or|else|otherwise|and|then|now|tonight|today|before',
    ],
    unless: ['back|owe|owed|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|share|refund|shipping|tournament|registration|fund|field_trip|trip|bike|shoes|jacket|sale|selling|sell|sold|price|cost|costs|worth|paid|each|per|entry|fee|fees|order|tip|tips|allowance|chores|obo|pickup|pick_up|shipped|available|interested|deal|thanks|thank|thx|ty|received|got_it|birthday|bday|christmas|xmas|gift_for|present|wedding|babysitting|tutoring|groceries|uber|gas|concert|console|controller|game|games|listing|marketplace|lol|haha|jk'],
    examples: {
      match: ['we doing this the easy way or the hard way? easy way is 150 on cashapp', 'its 200 on venmo or else'],
      ignore: ['its 20 on venmo for the concert tickets', 'easy way is 15 on paypal for the pizza'],
    },
  },
  {
    id: 'go-to-the-store-and-buy-cards',
    phrases: [
      'go|run|walk|head ..1 to [the|a|any] store|shop|walmart|target|cvs|walgreens|gas_station|7_eleven|supermarket|tesco|asda|kroger|dollar_general ..3 buy|get|grab ..3 gift_card*|giftcard*|steam|apple|google_play|itunes|@payment|card|cards',
    ],
    unless: ['birthday|bday|christmas|xmas|gift_for|present|for_grandma|for_mom|for_dad|for_your_mom|for_your_dad|for_teacher|teacher|coach|thank|thanks|milk|bread|eggs|groceries|snacks|list|mom_said|dad_said|lol|haha|jk|birthday_card|greeting_card|card_for'],
    examples: {
      match: ['Go to the store and buy a gift card', 'go to walmart and get 2 steam cards'],
      ignore: ['go to the store and buy a gift card for grandmas birthday', 'run to the store and get milk and a birthday card'],
    },
  },
  {
    id: 'money-now-you-know-why',
    phrases: [
      'money|cash|payment|the_money|my_money ..1 now|right_now|asap|immediately|today|tonight ..3 you|u know|no_excuses|or|before|dont|do_not',
      'now|so we|lets|let_s|time_to [can] talk|do|discuss business|terms|a_deal|numbers|payment',
    ],
    unless: ['lol|lmao|haha|jk|kidding|back|owe|owed|lunch|dinner|pizza|rent|bill|split|trip|ticket|tickets|sale|selling|sell|buy|buying|price|console|game|shoes|car|bike|phone|laptop|uber|gas|groceries|allowance|chores|birthday|bday|gift|present|christmas|business_plan|class|project|homework|startup|lemonade|meeting|interview|job|internship|contract|client|clients'],
    examples: {
      match: ['money. now. you know why.', 'he gave me ur pics. so now we talk business'],
      ignore: ['money now for the pizza, you know why lol', 'lets talk business, how much for the console?'],
    },
  },
  {
    id: 'price-goes-up',
    phrases: [
      'longer you|u wait|take|ignore|stall|delay ..3 more it|the_price costs|cost|expensive|higher|i_want|i_charge|goes_up',
      'price|it|the_price|fee|amount went|goes|just_went|is_going up|doubled|tripled ..3 now|its|it_is #',
      '# is|s fine|ok|okay|enough for now',
      'do_not|dont|never have|got money|cash|the_money ..3 ask|borrow|steal|take|sell|get_a_job|figure|find',
      'i want|need my money ..3 now|today|tonight|tick_tock|asap|or|before',
    ],
    unless: ['tickets|ticket|book|booking|flight|flights|hotel|concert|sale|sneakers|shoes|console|game|games|stock|stocks|crypto_price|market|gas|gas_prices|rent|landlord|inflation|store|shop|menu|restaurant|uber|lyft|back|owe|owed|lunch|pizza|bet|chores|allowance|job|boss|paycheck|salary|refund|returned|return|lol|haha|jk|kidding|homework|notes|dishes|room|trip|field_trip|school|class|fee_for|tuition|doctor|dentist|bill|bills|phone_bill|subscription'],
    examples: {
      match: ['the longer u wait the more it costs', 'price went up. now its 500', "ok 100 is fine for now. send it and i'll give u time for the rest", 'if you dont have money ask your friends or sell your phone', 'i want my money. tick tock'],
      ignore: ['the longer you wait the more it costs, book the flight now', 'price went up on the sneakers, now its 200', 'i want my money back for the tickets'],
    },
  },
  {
    id: 'settle-the-amount',
    phrases: [
      'settle|pay|clear ..2 the|this|your amount|sum|balance|debt|fee ..3 of|#|@currency|or|within|before',
      'for|the removal|deletion|takedown ..4 fee|fees|pay|payment|#|@currency|required|cost',
    ],
    unless: ['invoice|bill|bills|rent|tuition|school_fee|library|fine_for|parking|utility|utilities|phone_bill|subscription|order|customer|account_number|bank|loan|credit_card_bill|mortgage|doctor|dentist|hospital|insurance|lol|haha|jk|kidding|tattoo|hair|laser|wart|mole|tree|stump|snow|trash|junk|furniture|appliance|gutter|scam|scammer|scammers|tell_an_adult|trusted_adult'],
    examples: {
      match: ['Settle the amount of $700 or further action will be taken', 'For removal, a fee of $300 is required.'],
      ignore: ['please settle the balance of the phone bill', 'tree removal fee is 300 dollars'],
    },
  },
  {
    id: 'help-me-out-with-cash',
    phrases: [
      'help|helping me out ..1 with ..1 some|a_little|a_bit_of|the cash|money|payment|funds|gift_cards|cards',
      'unless|or you|u wanna|want_to|would_like_to make|cut|do a deal|an_arrangement|a_trade',
    ],
    unless: ['rent|bills|bill|groceries|lunch|pizza|trip|tickets|gas|uber|back|owe|pay_you_back|pay_u_back|loan|borrow|lend|fundraiser|charity|donate|donation|chores|allowance|job|shift|homework|project|sale|selling|price|trade_you|swap|cards_for|pokemon|trading_cards|game|skins'],
    examples: {
      match: ['i kinda saved everything from our call and i need u to help me out with some cash', 'unless u wanna make a deal'],
      ignore: ['can you help me out with some cash for the trip, ill pay you back', 'unless you wanna make a trade for my pokemon cards'],
    },
  },
  {
    id: 'pics-or-money',
    phrases: [
      'either|its_either|its # more pics|nudes|videos|vids|photos|pictures ..2 or # [@currency]',
      '# [@currency] ..2 or # more pics|nudes|videos|vids|photos|pictures',
    ],
    unless: ['lol|lmao|haha|jk|kidding|frame|frames|print|prints|album|photographer|photoshoot|package|session|order|shop|store|price|prices|sale'],
    examples: {
      match: ['its either 3 more pics or 100 dollars. ur choice'],
      ignore: ['its 20 dollars or 3 more pics in the print package at the photographer'],
    },
  },
  // ---- round 7 (en-tt): payment asks in slang, gift-card scripts and references back ----
  {
    id: 'amount-and-we-are-cool',
    phrases: [
      '# ..3 and|n|then ..1 we_are|were|we|its|it_is|everything|this|all_this|it|they|you_are|youre|your|u_are ..1 cool|good|square|done|over|settled|forgotten|deleted|gone|quiet|safe|free|chill|straight|solid',
    ],
    unless: ['back|owe|owed|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|bet|lost_the_bet|selling|sell|sale|price|obo|shipping|pickup|pick_up|yours|each|fries|snacks|candy|cake|gas|uber|ride|lol|lmao|haha|jk|bro_thanks|thanks|thx|ty|gift|birthday|bday|christmas|allowance|chores|babysitting|mowing', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['2k vbucks and we cool', '300 and we are square', '150 dollars on cashapp and its deleted'],
      ignore: ['20 bucks and we are good for the pizza', '5 dollars and its yours, pickup only', '10 and we are even thanks for lunch'],
    },
  },
  {
    id: 'code-on-the-back',
    phrases: [
      'code|codes|numbers|pin|pins|digits|number ..4 on|from|at|behind the|your back|back_of|behind|reverse ..3 card|cards|gift_card|giftcard|gift_cards|giftcards',
      'send|text|dm|give|snap me ..1 a|the|those pic|pics|photo|photos|picture|pictures|screenshot|screenshots of|showing ..2 the|those|your code|codes|card|cards|receipt|receipts|pin|pins',
      'owe|owes me ..3 for the|those|these|your|ur|my pics|nudes|video|photos|content|silence|secret|keeping_quiet|not_posting|not_sharing|deleting',
    ],
    unless: ['expired|my_card|new_card|replacement|bank|debit|credit_card|security_code|activate|redeem_it_yourself|redeem_it|birthday|bday|gift_for_you|for_you|balance|check_balance|grandma|grandpa|christmas|xmas|present|wifi|library|student|bus|transit|metro|oyster|id_card|report|support|customer_service|scam|scammer|scammers|careful|never|took|party|photographer|shoot|prints|print|editing|edited|trip|wedding|graduation|prom|headshots|shipping|order|refund|return|returns|warranty|lol|lmao|haha|jk', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['send the code on the back of the card', 'scratch it and send me a pic of the code', 'u owe me 200 for the pics no joke'],
      ignore: ['enter the code on the back of the card to activate it, happy birthday', 'you owe me for the pics i took at your party', 'send me a pic of the receipt for the refund', 'send me the code on the back, my card expired'],
    },
  },
  {
    id: 'handle-amount-or',
    phrases: [
      '@payment ..2 # ..3 or_else|or_they|or_it|or_everyone|or_your|or_ur|or_i|or_im|or_ill|or_the|or_these|or_those|else|otherwise|or_u_know|or_you_know',
      'to|on my @payment ..2 # ..3 or_else|or_they|or_it|or_everyone|or_your|or_ur|or_i|or_im|or_ill|or_the|else|otherwise|by|before|within|tonight|today|now|asap',
    ],
    unless: ['back|owe|owed|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|bet|selling|sell|sale|price|obo|shipping|pickup|pick_up|each|gas|uber|ride|lol|lmao|haha|jk|the_deal_is_off|deal_off|i_sell|someone_else|sell_it|to_someone', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['Venmo @jxx 250 or they go to the principal', 'cashapp $ghost 300 or else', 'to my paypal 150 by tonight'],
      ignore: ['venmo me 20 for the pizza or cash is fine', 'paypal 150 or i sell it to someone else'],
    },
  },
  {
    id: 'amount-and-we-never-speak',
    phrases: [
      '# ..3 and|n|then we|you|u|ill|i_will|i ..1 never|wont|will_not ..1 speak|talk|hear_from_me|hear_from_each_other|see_me|bother_you|contact_you|text_you|message_you ..1 again|ever_again',
      'store|shop|walmart|walgreens|cvs|target|7_eleven|seven_eleven|gas_station|supermarket|pharmacy|tesco|kroger|dollar_general ..4 sells|sell|selling|has|have|with gift_card*|giftcard*|steam_card*|apple_card*|google_play|itunes|amazon_card*|@payment',
      'how fast|quickly|soon ..4 get|go to ..2 store|shop|walmart|walgreens|cvs|target|gas_station|atm|bank',
    ],
    unless: ['back|owe|owed|lunch|pizza|bet|chores|homework|game|match|ticket|tickets|birthday|bday|christmas|xmas|present|gift_for|for_grandma|for_mom|for_dad|for_your|teacher_gift|teacher|teachers|secret_santa|lol|lmao|haha|jk|sale|selling|price|obo|shipping|pickup|pick_up|milk|bread|eggs|groceries|snacks|medicine|prescription|open|closes|closed|hours|late', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ["i'm a reasonable person. 200 and we never speak again", 'how fast can you get to a store that sells gift cards'],
      ignore: ['does the store sell gift cards? i need one for grandma', 'how fast can you get to the store, we need milk'],
    },
  },
  {
    id: 'settlement-fee-required',
    phrases: [
      'settlement|fine|fee|penalty|compensation ..3 of # ..4 is|are|will_be required|due|needed|payable|mandatory|expected',
      'settlement|fine|fee|penalty|compensation ..3 of @currency # ..4 is|are|will_be required|due|needed|payable|mandatory|expected',
    ],
    unless: ['library|parking|speeding|late_fee|tuition|registration|club|team|membership|entry|entrance|field_trip|trip|school|class|course|exam|application|visa|passport|court_date|lawyer|attorney|insurance|landlord|lease|rent|deposit|hoa|ticket|tickets|lol|haha|jk', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['To avoid legal action, a settlement fee of $400 is required.'],
      ignore: ['a late fee of $5 is required for overdue library books'],
    },
  },
  {
    id: 'send-the-bread',
    phrases: [
      'send|pay|give|drop|run|cough_up|hand_over ..2 bread|bag|racks|rack|bands|band|guap|stacks|dough|cheddar|moolah|bag_up|money_up|monee|mony|mone|paisa|paise|pese ..2 or|else|otherwise|now|asap|tonight|today|before|rn|right_now|fast|quick',
      'paise|paisa|pese|paisay ..2 bhej|bhejo|bhejna|de|do|dedo|chahiye|transfer',
      '# on|via|thru|through|in|to [my] @payment ..2 or|else|otherwise|or_else|before|within|tonight|now|asap|rn|right_now|today',
    ],
    unless: ['i can|will|could|would|ll pay|send|give|transfer|venmo|zelle', 'collect|is_that_ok|shipping|ship|thanks|thx|ty|thank_you|movie|ke_liye|kharcha|recharge|khana|pen|pencil|paper_towel|printer|notebook|write|writing|draw|drawing|origami|plane|airplane|scissors|glue|tape|door|porch|desk|car|table|floor|room|bus|locker|gym|recipe|bakery|sandwich|toast|butter|loaf|store|grocery|groceries|bake|baking|flour|paper_towel|paper_towels|homework|essay|printer|print|newspaper|back|owe|owed|lunch|pizza|split|half|rent|bill|ticket|tickets|sale|selling|price|obo|shipping|pickup|pick_up|bet|lol|lmao|haha|jk|gas|uber|ride|each', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['yo send da bread or ur nudez go public', 'plz send mony now or i post', 'bhai paise bhej warna video viral kar dunga', "say less, 100 on cash app or i'm posting"],
      ignore: ['send the bread recipe now', 'send 20 on venmo for the pizza tonight', 'great, i can pay \$80 on paypal today'],
    },
  },
  {
    id: 'pics-or-money-pick-one',
    phrases: [
      'pics|nudes|video|videos|photos|pictures|more_pics|vids|content ..1 or money|cash|payment|@payment|pay|paying|bucks|@currency ..3 pick|choose|your_choice|ur_choice|decide|one|which',
      'money|cash|payment|@payment|pay|paying ..1 or pics|nudes|video|videos|photos|pictures|more_pics|vids|content ..3 pick|choose|your_choice|ur_choice|decide|one|which',
    ],
    unless: ['photographer|shoot|photoshoot|headshots|prints|print|album|frame|framed|camera|lens|sell|selling|sale|commission|art|drawing|painting|portfolio|yearbook|gift|present|birthday|bday|wedding|party|trip|lol|haha|jk', 'scam|scams|scammer|scammers|spam|phishing|one_of_those|its_a_scam|is_it_a_scam|tell_an_adult|trusted_adult|news|article|sextortion|psa|if_someone|if_somebody|if_anyone|someone_ever|somebody_ever'],
    examples: {
      match: ['pics or money, pick one', 'money or more pics, ur choice'],
      ignore: ['prints or digital pics for the wedding album? pick one', 'gift card or cash for her birthday, pick one'],
    },
  },
  // round 8 (en-et): "buy 3x $50 google play cards and send the codes", "e-transfer 400 to this email"
  {
    id: 'buy-cards-and-send-codes',
    phrases: [
      'send|give|text|dm [me] the|those|your|ur card|cards|gift_card|gift_cards ..1 code|codes|number|numbers|pin|pins',
      'deleting|deletion|delete|removing|removal|to_delete|to_remove [it|them|that|this|everything] costs|cost|is|will_cost|going_to_cost|price ..2 #|@currency',
      '# on|via|thru|through|to|in [my|this] cashapp|cash_app|venmo|zelle|paypal|revolut|monzo|chime|apple_pay|interac|payid|gcash|btc|bitcoin|crypto ..4 and|n|or|otherwise|else|then',
      'buy|get|grab ..5 @payment|cards|card ..4 and|then|n send|text|dm|give|snap [me] the|those|all_the|your|ur code|codes|pins|pin|numbers',
      'buy|get|gift|send me # robux|vbucks|v_bucks|nitro|gems|diamonds|minecoins|uc|@payment ..2 and|n|then ..1 it|its|it_is|they|everything|them|the_video|the_vid ..1 gone|deleted|disappears|goes_away|is_gone|are_gone',
      'e_transfer|etransfer|interac|payid|osko|zelle|venmo|cashapp|cash_app|paypal|revolut|monzo|chime|gcash|upi|paytm [me] # ..3 to|by|before|within|tonight|now|asap|or|rn|right_now',
    ],
    unless: ['wishlist|from_my|cart|sold_out|out_of_stock|list', 'lunch|dinner|pizza|ticket|tickets|rent|bill|split|uber|taxi|gas|petrol|cinema|movie|concert|shoes|jacket|ps5|console|shipping|order|mum|mom|dad|birthday|bday|christmas|present|gift_for|for_the'],
    examples: {
      match: ["I don't care. Send the card code fast fast", 'deleting costs 50 quid. paypal friends and family', 'would be easy to turn ur pfp into an ai nude ngl. 20 on cashapp and i wont be the one who does it', 'buy 3x $50 google play cards and send the codes', 'nah lol. buy me 5k vbucks and its gone', 'e-transfer 400 to this email by midnight', 'get two steam cards and text me the codes'],
      ignore: ['venmo me 20 by friday for the tickets', 'buy a google play card for your brother and send him the code for his birthday'],
    },
  },
  {
    id: 'the-cards-now',
    phrases: [
      'the|those|my gift_cards|giftcards|cards|codes|card_codes|money|cash ..1 now|rn|asap|right_now|today|tonight|immediately',
    ],
    unless: ['uno|game|pokemon|deck|play|playing|birthday|christmas|greeting|thank_you|valentine|lunch|dinner|pizza|tickets|rent|bill|split|uber|taxi|shop|shopping|mum|mom|dad|owe_you|i_owe|pay_you_back|lol|lmao|haha|jk'],
    examples: {
      match: ['i wont ask again. the cards. now.', 'the codes asap'],
      ignore: ['bring the cards now we are playing uno'],
    },
  },
  {
    id: 'how-much-in-your-account',
    phrases: [
      'how much ..2 you|u ..1 got|have ..3 in your|ur account|bank|wallet|savings|cashapp|paypal|venmo|card',
      '@payment ..3 send|transfer|pay it|the_money|money|them there|to_it|through_it|on_it|that_way',
      '# now|today|tonight and|n # tomorrow|later|next_week|friday|monday|on_friday',
      '# is|s [too] much ..3 then|ok|fine|alright #',
      'your|ur @audience|parents|mum|mom|dad|moms|mums ..1 can|could|will|should pay|send|cover ..3 if|for you|u',
      'do_not|dont care where|how it|the_money|the_cash comes_from|you_get_it|u_get_it',
      'take|use|borrow|steal|grab your|ur @kin|mums|moms|dads|parents ..1 card|credit_card|debit_card|bank_card|money|cash|purse|wallet',
    ],
    unless: ['lunch|dinner|pizza|ticket|tickets|rent|bill|split|uber|taxi|gas|petrol|cinema|movie|concert|shoes|jacket|ps5|console|shipping|order|birthday|bday|christmas|present|gift|trip|holiday|school_trip|uniform|shop|shopping|groceries|books|fees|tuition|budget|savings_goal|allowance|pocket_money|lol|lmao|haha|jk|sale|selling|price|deal|deposit_for|car|phone_bill|payment_plan|instalments'],
    examples: {
      match: ['how much u got in ur account rn?', 'u got apple pay? send it there', 'ok 300 is too much? then 150 now and 150 tomorrow', 'ur parents can pay if u cant, i dont care where it comes from', 'take ur mums card then'],
      ignore: ['how much u got in ur account for the trip?', 'u got apple pay? send it there for the pizza'],
    },
  },
  // round 9 (en-n9t): store-run gift-card scripts ("go to walgreens and get 2 apple gift cards, scratch em"),
  // scripted scam "admin fee" and "if you don't pay"
  {
    id: 'go-to-the-store-get-cards-r9',
    phrases: [
      'go|head|walk|run|get ..1 to|down_to the|a|your ..1 walgreens|cvs|target|walmart|7_eleven|seven_eleven|711|tesco|asda|sainsburys|boots|shoppers|dollar_general|dollar_tree|store|shop|gas_station|corner_shop|gamestop|kroger|safeway|woolworths|coles|loblaws|best_buy|bestbuy ..6 get|buy|grab|pick_up ..4 card|cards|gift_card*|giftcard*|steam|itunes|google_play|apple|amazon|vbucks|v_bucks|robux|xbox|psn|razer',
      'scratch|scrape|peel ..3 em|them|it|off|the_back|the_code|the_codes ..6 send|text|snap|take|dm ..4 pic|pics|photo|photos|code|codes|back',
    ],
    unless: ['birthday|bday|get_well|sympathy|thank_you|greeting|anniversary|mothers_day|fathers_day|valentine*|christmas|xmas|graduation|wedding|teacher_gift|present|for_grandma|for_your_sister|for_your_brother|for_mum|for_mom|lottery|scratchcard|scratch_card|scratchie|lotto|milk|bread|eggs|groceries|snacks|medicine|prescription|charger|batteries|phone_credit|topup|top_up|bus_pass'],
    examples: {
      match: ['lol i lied. go to walgreens and get 2 apple gift cards, 100 each. scratch em and send pics of the back', 'go to the gas station and buy a steam card', 'scratch the back and text me the codes'],
      ignore: ['go to walgreens and get a birthday card for grandma', 'go to tesco and get milk and a phone top up card', 'scratch the lottery card and send me a pic if u win lol'],
    },
  },
  {
    id: 'i-need-a-store-card-r9',
    phrases: [
      'need|want|get_me|buy_me|gimme|give_me ..3 amazon|steam|apple|itunes|google_play|psn|playstation|xbox|roblox|nintendo|vanilla|visa|razer|ebay|target|walmart ..1 card|cards|gift_card|gift_cards|code|codes|voucher|vouchers',
      'give|give_me|send|text ..1 me ..2 your|ur @audience|mums|moms|dads|parents ..1 [s] card|bank|credit_card|debit_card|card_details|card_number|bank_details|login|pin',
    ],
    unless: ['christmas|xmas|birthday|bday|present|gift_for|for_my|santa|wishlist|wish_list|for_you|for_u|sale|deal|discount|coupon|lol|haha|jk|split|back|owe|pay_you_back|pay_u_back'],
    examples: {
      match: ['i need a 100 dollar amazon card. u know what happens if u dont', 'get me a psn card and this goes away', 'gimme ur mums card details'],
      ignore: ['get me a psn card for my birthday pls mum', 'i want a steam card for christmas'],
    },
  },
  {
    id: 'card-amount-now-money-not-excuses-r9',
    phrases: [
      'paysafe|paysafecard|steam|itunes|amazon|google_play|psn|xbox|razer|vanilla|neosurf ..1 card|code|voucher|cards|codes|vouchers ..2 # ..1 @currency',
      'how much ..3 you|u ..1 think|reckon ..2 yours|urs|your_pics|ur_pics|your_nudes|ur_nudes|your_reputation|ur_reputation|your_video|ur_video ..1 are|is|r worth',
      'want|need|give_me|gimme money|cash|payment|the_money|my_money|the_cash ..2 not|no excuses|stories|games|talk|sob_stories|drama',
    ],
    unless: ['please_mum|please_mom|pls_mum|pls_mom|for_the_game|for_my_game', 'christmas|xmas|birthday|bday|present|wishlist|wish_list|sale|deal|discount|coupon|lol|haha|jk|job|boss|landlord|rent|work|shift|paycheck|salary|wage|wages|raise|customer|client|invoice|refund'],
    examples: {
      match: ['paysafe card 100 euro now', 'i want money not excuses', 'how much u think urs r worth?'],
      ignore: ['how much do u think ur bike is worth', 'paysafe card 20 euro for the game pls mum', 'steam card 20 dollars is on sale rn', 'my boss wants money not excuses lol, the rent is due'],
    },
  },
  {
    id: 'admin-fee-if-you-do-not-pay-r9',
    phrases: [
      'admin|administration|administrative|processing|release|removal|deletion|verification|clearance|settlement|penalty|security ..1 fee|fees|charge|cost|payment ..4 #',
      'fee|fine|charge|penalty ..2 of # ..1 @currency ..6 if you|u do_not|dont|fail|refuse',
      'if you|u do_not|dont|fail_to|refuse_to|refuse pay ..6 pictures|pics|photos|video|videos|nudes|images|recording|content|material ..3 will|gonna|going_to|are_going_to|get|gets ..2 forwarded|sent|posted|shared|leaked|published|released|go|goes',
    ],
    unless: ['ticket|tickets|order|shipping|delivery|concert|booking|trip|school_trip|for_school|club|team|gym|membership|library|late_fee|parking|course|camp|entry|registration|uni|tuition|rent|landlord|bank_fee|bank_charges|card_fee|atm|overdraft|refund|visa|passport|license|licence|exam|test|application'],
    examples: {
      match: ["thank you. Now there is admin fee of 150 pounds. if you dont pay the pictures will be forwarded to your school", 'release fee is $300', 'if you do not pay the video will be sent to your family'],
      ignore: ['the booking has a processing fee of $5', 'the school trip has a fee of 150 pounds, pay by friday', 'if you dont pay the parking fee the car gets towed'],
    },
  },
  {
    id: 'gift-card-codes-deadline-r10',
    phrases: [
      '# steam|itunes|apple|google_play|amazon|razer|xbox|psn|playstation|roblox|gift|vanilla|visa ..1 cards|card|codes ..3 # each|apiece|worth|value',
      'pic|pics|photo|photos|screenshot|screenshots|picture ..1 of the|those|ur|your|the_back_of_the codes|code|card_codes|cards|receipt ..3 in|within|by|now|asap|right_now|before ..2 #|@timeunit|tonight|today',
      'clear|keep|protect|save your|ur name|reputation|record|future ..4 by|with paying|sending|transferring|a_payment|payment',
      'pay|send|transfer ..4 and|then ..2 the|your|ur|all|every|my video|videos|pics|photos|recording|recordings|files|evidence|everything|copies ..2 will|gets|get|is|are ..1 deleted|erased|removed|destroyed|gone|wiped',
      'paying|pay|send|sending|transfer [exactly] # [#] @payment|@currency|usdt|btc ..3 to this|the|my address|wallet|number|account',
    ],
    unless: ['heads_up|scam|scam_alert|going_round|going_around|what_do_i_do|what_should_i_do|is_this_real|they_say|saying|for_your_birthday|for_ur_birthday|birthday|bday|christmas|xmas|present|gift_for|rent|bills|invoice|shop|store|refund|order|tickets|ticket', 'school|system|subscription|storage|cloud|membership|library|fine|fines|parking|photographer|photo_package|yearbook|gallery|print|prints'],
    examples: {
      match: ['pay the fee and the video will be deleted permanently', '3 steam cards 50 each. pics of the codes in 20 min', 'clear your name by paying 150 USDT to this address', 'send 0.005 btc to this wallet'],
      ignore: ['pay the fee and the photos will be deleted from the school system', 'got u 2 amazon gift cards for ur birthday, 25 each', 'heads up theres a scam saying clear your name by paying'],
    },
  },
  {
    id: 'pay-the-fine-r11',
    phrases: [
      'pay|paying|settle ..3 fine|penalty|bail|release_fee|settlement ..4 of|@currency|#|in|via|with|to_avoid|or|within|gift_card|gift_cards',
      'close|drop|settle|clear|end ..3 case|charges|investigation|matter|complaint ..4 pay|paying|payment|fine|penalty',
      'to avoid ..3 arrest|prosecution|charges|jail|prison|criminal_record|court ..6 pay|payment|fine|penalty|gift_card|gift_cards|@payment',
    ],
    unless: ['parking|library|speeding|ticket|late_fee|overdue|council|tv_licence|tv_license|bus|train|metro|tube|toll|taxes|tax|hmrc|irs|school|teacher|detention|scam|scams|heads_up|news|article|what_do_i_do|what_should_i_do|is_this_real|fake|claiming|saying|beware'],
    examples: {
      match: ['You can close this case by paying a fine of £750. We accept Google Play cards.', 'To avoid arrest and a criminal record you must pay a penalty of £500 in Apple gift cards', 'pay the fine of 300 dollars within 2 hours'],
      ignore: ['i had to pay a fine for the library books', 'beware of scams saying pay a fine to avoid arrest', 'dad had to pay a parking fine of £60'],
    },
  },
  // ---- round 12 (en-n12): Nigerian pidgin demands ----
  {
    id: 'you-dey-pay-r12',
    phrases: [
      'you|u dey|go|must|go_dey pay|send|transfer|drop|bring ..2 # ..3 now|sharp|today|quick|or|else|before',
      'pay|send|transfer|drop ..2 # ..1 naira|k|@currency ..3 or_i|or_else|else_i|before_i|otherwise|now_now|sharp_sharp',
    ],
    unless: ['ticket|tickets|food|jollof|fare|transport|rent|school_fees|fees|dues|contribution|ajo|esusu|shop|market|order|delivery|price|cost|costs|sale|buy|selling|owambe|aso_ebi|asoebi|bill|data|airtime|lol|haha'],
    examples: {
      match: ['u dey pay 50k naira now or i go share ur video', 'you go send 20k sharp sharp or else', 'send 30k naira now now or i go post am'],
      ignore: ['you go pay 5k for the aso ebi before friday', 'u dey pay 2k for transport now?'],
    },
  },
  // ---- round 13 (en-n13): amounts in words on local apps, "how much do you have", casting/verification fees ----
  {
    id: 'fifty-bucks-on-payid-r13',
    phrases: [
      'ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a_hundred|one_hundred|two_hundred|three_hundred|five_hundred|a_grand|a_ton|# bucks|quid|dollars|pounds|euros|dollar|pound|usd|gbp|aud|cad ..2 on|via|through|thru|to|by|in @payment ..3 by|before|or|within|tonight|tomorrow|now|right_now|asap|today',
      'how_much [money] [do|can|could] you|u [have|got|afford|send|pay|get] ..4 send|pay|transfer|venmo|cashapp|zelle ..2 now|right_now|it|me|via|through|on|by|today|tonight',
      'i [want|need] want|need # ..1 usd|dollars|dollar|pounds|pound|euro|euros|bucks|quid ..4 fee|casting_fee|registration_fee|verification_fee|deposit ..4 send|pay|transfer by|via|through|on|with',
    ],
    unless: ['pizza|rent|bills|bill|split|gift|present|tickets|lunch|dinner|uber|taxi|food|petrol|gas|fundraiser|donate|charity|sponsor|owe|owed|back|borrowed|lent|half|your_share|ur_share|takeaway|shopping|groceries|jacket|trainers|shoes|console|ps5|item|parcel|postage|deposit_back|jk|kidding|lol|haha'],
    examples: {
      match: ['fifty bucks on payid by tmrw or its going in the year 10 gc', 'how much u have. send now via cash app. 15 minutes', 'Also I want 200 USD to casting fee. Send by Remitly or Western Union', 'a hundred quid on monzo tonight'],
      ignore: ['fifty bucks on payid by tmrw for the concert tickets', 'how much do u have? send me ur half of the pizza money', 'twenty quid on monzo by friday for the rent pls'],
    },
  },
  {
    id: 'removal-fee-crypto-giftcard-r15',
    phrases: [
      'removal|remove|deletion|delete|takedown|take_down|processing|recovery|cleanup|clean_up|unlock|release ..3 fee|fees|charge|charges|cost|payment ..6 #|usd|dollar|dollars|btc|bitcoin|crypto|zelle|@payment|gift_card*|gift_cards|giftcards',
      'payment|sum|amount|transfer of # ..2 btc|bitcoin|eth|ethereum|usdt|monero|xmr|crypto ..3 is|are required|needed|due|expected|must',
      'fee|payment|amount|sum ..4 must|has_to|needs_to|is_to be sent|paid|transferred|wired ..4 via|by|through|within|using|on|to @payment|zelle|bitcoin|btc|crypto|gift_card*',
    ],
    unless: ['school|trip|club|subs|membership|tuition|deposit|booking|rent|landlord|invoice|receipt|refund|order|delivery|shipping|ticket|tickets|uniform|registration|enrol*|camp|lesson|lessons|scam|heads_up|what_do_i_do|what_should_i_do|is_this_real|is_this_a_scam|they_said|he_said|she_said|news'],
    examples: {
      match: ['Dont worry we can remove all. Our fee is 280 USD via Bitcoin ATM or Apple gift cards.', 'To begin removal, the $350 processing fee must be sent via Zelle within 24 hrs.', 'A total payment of 0.04 BTC is required within 48 hours'],
      ignore: ['the club fee must be paid via zelle by friday', 'got a dm saying the removal fee is 300 usd in bitcoin, is this a scam?'],
    },
  },
  {
    id: 'gift-card-works-too-deadline-r15',
    phrases: [
      'gift_card|gift_cards|giftcard|steam_card|apple_card|amazon_card|google_play|robux|vbucks ..2 works|work|is_fine|fine|ok|okay|accepted|also|too ..4 # @timeunit|hour|hours',
    ],
    unless: ['party|birthday|bday|present|gift_for|christmas|xmas|lol|haha|jk|raffle|prize|shop|store|order|refund|scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said'],
    examples: {
      match: ['gift card works too. 1 hour', 'steam card is fine, 20 mins'],
      ignore: ['a gift card works too for her bday, party in 2 hours', 'gift cards are accepted too, shop closes in 1 hour'],
    },
  },
  {
    id: 'pay-us-and-we-remove-them-r15',
    phrases: [
      'pay|send|transfer|venmo|zelle me|us [the] [fee|money] and|n|then we|i|ill|well|we_will|i_will remove|delete|take_down|wipe|erase them|it|everything|the_pics|the_photos|the_videos|the_files|all_of_it|all',
      'get|have ..3 @photo|images|them|it|content|videos|files removed|taken_down|deleted|wiped ..6 fee|costs|cost|pay|#|dollar|@currency|@payment',
      'delete|remove|take_down|wipe ..3 the|your|ur|those|these images|pics|photos|videos|content|files|nudes ..3 once|when|after|as_soon_as the|your|ur fee|payment|money ..2 is|has_been|clears|arrives|paid|received|sent|cleared',
    ],
    unless: ['scam|heads_up|what_do_i_do|what_should_i_do|is_this_real|is_this_a_scam|news|they_said|he_said|she_said|police|helpline|take_it_down_tool|ncmec|free|for_free|no_cost|school|yearbook|photographer|studio|prints|printing|order|refund|listing|website_fee|hosting|domain|subscription'],
    examples: {
      match: ['your nudes are being shared in a telegram group, pay us and we remove them', 'i know a guy who can get ur pics removed but it costs 200', 'our recovery team can delete the images once the fee is paid'],
      ignore: ['the photographer can get the photos removed from the website for free', 'take it down is free, nobody legit makes you pay to get pics removed, its a scam'],
    },
  },
  // round 18 (en-n18): an extortioner already paid once — "another 300 by sunday, same cashapp", "thats not enough, another 300"
  {
    id: 'another-payment-r18',
    phrases: [
      'another|nother|extra|more # ..4 same|via|on|in|thru|through|to|by @payment|cashapp|cash_app|paypal|venmo|zelle|steam|gift_card*|giftcard*|btc|bitcoin|crypto|usdt',
      'not_enough|isnt_enough|is_not_enough|wasnt_enough|was_not_enough|too_little ..6 another|more|extra|nother # [more] ..3 by|or|before|tonight|tomorrow|today|asap|now|friday|saturday|sunday|monday|tuesday|wednesday|thursday',
      'you|u paid|sent|did_it|did_that once|before|last_time|already|the_first_time ..4 you|u can|could|will|going_to pay|send|do_it ..1 again|more|twice',
      'first|last payment|transfer|installment|cashapp|paypal|deposit ..3 was|is just|only the|a start|beginning|first_one|deposit|down_payment',
      'thanks|thx|ty|got|received ..2 [for] the|your|ur # ..6 not_enough|but_now|now_send|now_i_want|i_want_more|need_more|want_more|another|double',
    ],
    unless: ['words|essay|pages|page|reps|sets|laps|points|xp|kills|subs|followers|likes|views|steps|calories|miles|km|followers|pieces|cards|photocards|stickers|tickets|cookies|cupcakes|sandwiches|orders|sold|raised|donation|donations|fundraiser|charity|tip|tips|rent|split|owe|back|lol|haha', 'sent_you|i_sent|just_sent|ive_sent|i_have_sent|sending_you|i_will_send|ill_send|i_paid|just_paid|paid_you|here_is|heres'],
    examples: {
      match: ['u paid once u can pay again', 'the first payment was just the start', 'another 300 by sunday. same cashapp', 'thx for the 100. thats not enough tho. another 300 by friday or i finish what i started', 'got ur 150. now send another 200', 'another 50 on paypal or else'],
      ignore: ['the first one was just the start of the season', 'sent u another 20 on paypal, we are even now', 'another 300 words by friday for the essay', 'thanks for the 20, that was not enough for the rent split tho', 'another 5 tickets via paypal please'],
    },
  },
  // round 18 (en-n18): fake "recovery service" / "cyber unit" charging to delete leaked images
  {
    id: 'removal-fee-r18',
    phrases: [
      'leaked|intimate|explicit|compromising|@nude ..6 removes|remove|removal|removed|delete|deletion|deleted|erase|erased|take_down|takedown|taken_down|wipe|wiped ..6 fee|charge|payment|cost|price|pay|costs|#',
      'removes|remove|removal|delete|deletion|erase|take_down|takedown|wipe ..3 leaked|intimate|explicit|compromising|@nude ..6 fee|charge|payment|cost|price|pay|costs|#',
    ],
    unless: ['free|for_free|free_of_charge|take_it_down|ncmec|stopncii|no_cost|never_pay|do_not_pay|dont_pay|scam|scammers|police_said|report_it|report_remove|childline|helpline|what_do_i_do|what_should_i_do|is_this_real|is_this_a_scam|news|article'],
    examples: {
      match: ['our team removes leaked nudes from all sites, fee is 200 in gift cards', 'To permanently erase the explicit files we require a one time removal fee of $180', 'we can take down ur leaked pics for 150'],
      ignore: ['the private beach removal of seaweed costs 5 quid', 'take it down removes leaked nudes for free, never pay anyone', 'is this a scam? they want a fee to delete the explicit pics'],
    },
  },

  // round 19 (en-n19): "drop 0.01 btc to ...", "venmo @x 250 and i delete everything"
  {
    id: 'drop-btc-and-i-delete-r19',
    phrases: [
      'drop|send|transfer|pay|deposit # ..2 btc|bitcoin|eth|ethereum|usdt|ltc|xmr|monero|sol|crypto',
      '@payment|venmo|cashapp|zelle|paypal ..4 # ..4 and|then i|ill|@iwill delete|erase|remove|wipe|deleting everything|it|them|all|the_pics|the_vids|the_video|the_videos|the_files',
    ],
    unless: ['refund|invoice|receipt|order|shipping|tracking|rent|bill|split|dinner|pizza|tickets|concert|lol|haha|scam|sextortion|they_said|what_do_i_do|what_should_i_do'],
    examples: {
      match: ['drop 0.01 btc to bc1qx7f3k9 within 48 hrs or the clips go to every contact', 'venmo @tray-x 250 and i delete everything'],
      ignore: ['venmo me 25 and i delete the old invoice from the sheet', 'send 0.01 btc to test the wallet first, its for the coinbase tutorial? lol'],
    },
  },
  // round 20 (en-n20): the second payment ("that was part 1", "another 300 and im done", "200 more on zelle")
  {
    id: 'that-was-part-one-r20',
    phrases: [
      'that|this was [only|just] part_1|part_one|the_first_part|round_1|round_one|the_first_payment|the_deposit|the_first_one ..6 #|more|another|again|pay|send',
      'another|one_more|extra # [@currency] ..2 and|then i|im|i_am|i_will|ill done|delete|stop|gone|leave|disappear',
      'another|one_more|extra # [@currency] ..2 and|then you|u|your|ur|we|it|everything ..2 free|done|deleted|gone|over|finished|never_hear',
      'one_more|final|last|second|2_nd payment|transfer|card|round ..4 and|then ..2 delete|deleted|free|leave_you_alone|never_hear|gone_forever',
      'that_is|thats|that_s|this_is [only|just] part_1|part_one|round_1|round_one|the_first_payment|the_deposit ..6 #|more|another|again|pay|send',
      '# [@currency] more ..3 on|via|through|by|in @payment ..6 same|deal|last_time|or|else|know_what|you_know',
      'thought|think we|you were|are|was done ..6 #|more|another|again|pay|part_2|round_2',
    ],
    unless: ['uber|taxi|gas_money|petrol|fuel|groceries|drinks|coffee|snacks|concert|present|words|pages|page|reps|rep|sets|laps|meters|metres|miles|km|steps|calories|points|xp|exp|levels|questions|lines|slides|mins|minutes|hours|episodes|chapters|essay|homework|project|assignment|rent|bill|bills|pizza|tickets|split|dinner|lunch|invoice|subscription|installment|instalment|phone_plan|netflix|spotify|electric|gas|wifi|deposit_for|game|match'],
    examples: {
      match: ['thought we were done? lol nah that was part 1. 200 more on zelle by sunday, same deal as last time', 'another 300 and im done for real this time', 'another 50 quid and ur free', 'one more payment and ill delete everything', 'thats part one. now send another 100', 'that was just the first payment, send 150 more'],
      ignore: ['another 300 words and im done with this essay', 'thought we were done with the project? we still need the slides', '20 more on venmo for the pizza, same as last time'],
    },
  },
  // round 22 (en-n22): "venmo me 80 and it disappears" (app first, then the amount)
  {
    id: 'app-me-amount-and-it-disappears-r22',
    phrases: [
      '@payment|pay|send|transfer me ..1 # ..3 and|then|n ..2 it|its|it_is|everything|they|the_video|the_clip|the_pics|them|this|the_folder ..2 disappears|disappear|goes_away|go_away|gets_deleted|is_deleted|vanishes|gone|deleted|erased',
    ],
    unless: ['subscription|cancel*|trial|plan|storage|renew*|membership|sold|sale|selling|sell|price|obo|shipping|pickup|pick_up|ticket|tickets|hoodie|jacket|charger|book|game|controller|owe|owed|debt|lent|borrowed|lunch|deposit|refund|store|return|fine|late_fee|tab|bill|rent'],
    examples: {
      match: ['the guy from omegle lol. i got the clip. venmo me 80 and it disappears', 'cashapp me 150 then the clip is gone', 'send me 200 and everything gets deleted'],
      ignore: ['venmo me 5 and the debt disappears lol', 'pay me 10 and the hoodie is gone, sold to you'],
    },
  },
  // round 23 (en-n23): phone top-up vouchers and fake-fine scripts: "Reply with the voucher codes only", "Go to shop now buy vouchers", "pay 40 now and the rest by friday"
  {
    id: 'top-up-voucher-codes-r23',
    phrases: [
      'reply|send|text|dm|message ..2 with|me the|your|those voucher|vouchers|top_up|topup|paysafe|scratch|recharge ..1 code|codes|pin|pins|numbers|number',
      'buy|get ..4 paysafecard*|paysafe|psc|neosurf|voucher|vouchers|top_up_voucher*|topup_voucher*|top_up_card*|recharge_card*|scratch_card*|airtime|phone_credit ..6 send|code|codes|pin|pins|reply|photo|pic|now|right_now|fast|quick|hour|min|mins',
      'lebara|lyca|lycamobile|vodafone|giffgaff|paysafe|paysafecard ..2 voucher|vouchers|top_up|topup|credit|card|cards ..4 now|send|code|from|waiting|or|fast',
      'photo|pic|picture|image of [the|your|ur|da] [scratch] code|codes|pin|back_side|backside|back_of_the_card|card|voucher|vouchers|gift_card ..3 when|after|once you|u buy|get|pay',
      'pay|send # now|today ..1 and|then the rest ..2 by|tomorrow|friday|monday|later|next|tonight',
      'will|going_to increase|double|raise|go_up the fine|penalty|amount|price|payment',
    ],
    unless: ['wifi|wi_fi|router|password|qr|discount|promo|parking|door|lock|locker|bike|cinema|restaurant|referral|bday|birthday|lunch|trip|fundraiser|bake_sale|raffle|charity|class|teacher|school_trip|uniform|my_phone_ran_out|ran_out_of_credit|im_out_of_credit|out_of_data|mum|mom|dad|gran|nan|library|overdue|late_return|parking_ticket|the_council|council|rent|bill|landlord|tickets|ticket|concert|deposit_for|gym|membership|receipt|expenses|reimburse*|refund|sign|signing|everyone_signs|get_well|thank_you_card|teachers_card'],
    examples: {
      match: ['Denying the offence will increase the fine. Reply with the voucher codes only.', 'Then pay 40 now and the rest by friday.', '10 not enough. Go to shop now buy vouchers. 1 hour', 'Then Vodafone or EE voucher from petrol station. I waiting.', 'Send photo of code when you buy', 'go buy a £50 paysafecard and reply with the pin', 'photo of the card back when u buy it'],
      ignore: ['can u send me a photo of the wifi code when u get home', 'pay 10 now and the rest by friday for the school trip', 'mum can u buy me a top up voucher, my phone ran out of credit', 'the library will increase the fine if u dont return it'],
    },
  },
  // round 27 (en-n27): recovery scam "removal of all your images from every server. Our fee is $250", "cash app $150 now"
  {
    id: 'removal-of-your-images-fee-r27',
    phrases: [
      'removal|deletion|erasure|take_down|takedown|takedowns of ..2 your|ur|the|those|these @photo|files|content|material|media ..6 fee|fees|charge|cost|costs|price|pay|payment|#',
      'remove|delete|erase|wipe|take_down your|ur|all_your|all_ur ..1 @photo|files|content|material|media ..4 from every|from_all|from_the|off_every|off_the|everywhere ..6 fee|fees|charge|cost|costs|price|pay|payment|#',
    ],
    unless: ['free|for_free|free_of_charge|take_it_down|ncmec|stopncii|no_cost|never_pay|do_not_pay|dont_pay|scam|scammers|police_said|report_it|report_remove|childline|helpline|what_do_i_do|what_should_i_do|is_this_real|is_this_a_scam|news|article|school|yearbook|photographer|studio|prints|printing|order|refund|listing|website_fee|hosting|domain|subscription|storage|icloud|google_photos|cloud_storage|plan|upgrade|gb|tb|phone_repair|repair|data_recovery|hard_drive|laptop'],
    examples: {
      match: ['we guarantee the removal of your pictures from every site, our fee is 300 in gift cards', 'we can delete all your videos from every server, the fee is $200 upfront'],
      ignore: ['removal of the photos from the school website is free, just ask the office', 'upgrade your icloud plan, removal of your photos from storage costs nothing'],
    },
  },
  {
    id: 'app-amount-now-r27',
    phrases: [
      'cash_app|cashapp|venmo|zelle|paypal|@payment [me] [dollar|@currency|quid|bucks] # [dollar|@currency|quid|bucks] now|rn|right_now|asap|immediately|tonight|today|or_else|fast|quick|hurry',
    ],
    unless: ['back|owe|owed|owes|lunch|dinner|pizza|ticket|tickets|rent|bill|split|half|share|refund|shipping|tournament|registration|fund|trip|bike|shoes|jacket|sale|selling|sell|sold|price|cost|costs|worth|paid|each|per|entry|fee|fees|order|tip|tips|allowance|chores|obo|pickup|pick_up|shipped|available|interested|deal|thanks|thank|thx|ty|received|got_it|birthday|bday|christmas|xmas|gift_for|present|wedding|babysitting|tutoring|groceries|uber|gas|concert|console|controller|game|games|listing|marketplace|lol|haha|jk|sent_you|sending|i_sent|i_will_send|ill_send|i_paid|i_can|can_i|should_i|do_you_want|want_me|for_the|for_my|for_your|food|taxi|cab|train|bus|mom|mum|dad'],
    examples: {
      match: ['u know who. cashapp $150 now', 'paypal 80 quid right now or else'],
      ignore: ['cashapp me $15 now for the pizza', 'ill venmo u 20 now for the tickets', 'paypal 40 now is fine thanks'],
    },
  },
  // round 27 (en-n27): gift cards whose code is photographed and sent; the bitcoin ATM; a "cyber crime unit" fine
  {
    id: 'photo-of-the-card-codes-r27',
    phrases: [
      'buy|get|grab ..3 card|cards|gift_card|gift_cards|giftcard|giftcards|voucher|vouchers ..6 send|text|snap ..2 photo|pic|picture|pics|photos|screenshot ..2 back|code|codes|numbers',
      'pic|photo|picture|pics|photos|screenshot of the|those|both|all_the|all|each ..1 codes|card_codes|gift_card|gift_cards|giftcards|cards|back_of_the_card|back_of_the_cards|receipts_and_codes ..4 send|text|snap',
    ],
    unless: ['birthday|bday|christmas|xmas|present|gift_for|for_my|for_your_brother|for_your_sister|for_nan|for_grandma|teacher|thank_you|wifi|wi_fi|password|pokemon|trading|yugioh|magic|mtg|flashcards|flash_cards|revision|scam|is_this_a_scam|heads_up|what_do_i_do|they_said|he_said|she_said|report|bank|fraud'],
    examples: {
      match: ['buy a 100 steam card and send me a photo of the back', 'take a pic of the codes and send them to me', 'get 2 apple cards then snap me a photo of the code'],
      ignore: ['take a pic of the wifi code and send it', 'buy a steam card for your brothers bday and send me a pic of the receipt'],
    },
  },
  {
    id: 'bitcoin-atm-r27',
    phrases: [
      'use|go_to|find|go_down_to|head_to|walk_to ..3 bitcoin_atm|crypto_atm|btc_atm|bitcoin_machine|crypto_machine|coin_atm|bitcoin_kiosk|btc_machine',
      'bitcoin_atm|crypto_atm|btc_atm|bitcoin_machine|btc_machine ..6 send|deposit|put|insert|scan ..3 wallet|address|qr|code|this',
    ],
    unless: ['news|article|scam|scams|scammers|is_this_a_scam|heads_up|warning|my_dad|my_mum|my_mom|grandad|lost|lost_it|invest|investment|investing|documentary|youtube|video_about|what_do_i_do|they_said|he_said|she_said|police_say|police_said|school_talk'],
    examples: {
      match: ['use the bitcoin atm at the shop', 'go to the crypto atm and send it to this wallet'],
      ignore: ['theres a bitcoin atm at the shop now, my dad lost money on it lol', 'police said the bitcoin atm thing is a scam'],
    },
  },
  {
    id: 'cyber-crime-unit-fine-r27',
    phrases: [
      'cyber_crime|cybercrime|cyber_unit|cyber_crimes|cyber_police|online_crimes|cyber_division|internet_crimes ..6 pay|fine|penalty|settle|settlement|fee',
      'officer|detective|agent|sergeant|constable|inspector ..6 you|u must|have_to|need_to|will_have_to|are_required_to pay|settle ..2 fine|penalty|fee|settlement',
    ],
    unless: ['said|says|told|post_office|court|council|licence|license|news|article|scam|scams|scammers|is_this_a_scam|heads_up|warning|assembly|talk|school_talk|workshop|lesson|class|what_do_i_do|what_should_i_do|they_said|he_said|she_said|film|movie|show|series|episode|parking|speeding|ticket|library|game|roleplay|rp|lol|haha'],
    examples: {
      match: ['this is officer james from the cyber crime unit, you must pay a fine', 'National Cyber Unit: a penalty of 400 must be paid today'],
      ignore: ['the cyber crime unit gave a talk at school about fines for scammers', 'the officer said you have to pay the fine for parking there'],
    },
  },
  // round 27 (en-n27): "you paid once" — "so u paid, cool, now i want 300 more", "you already paid once so you know how this works"
  {
    id: 'paid-once-now-more-r27',
    phrases: [
      'paid|sent|received|got_it|got_the_money|got_your_money ..6 now|next|this_time|so_now i want|need # [@currency|quid|bucks|dollar|dollars|pounds] more',
      'now|next|this_time i want|need # @currency|quid|bucks|dollar|dollars|pounds more',
      'now|next|this_time i want|need # more ..2 or|by|tonight|today|asap|before',
      'you|u [already] paid|sent ..2 once|before|already|last_time ..4 know_how_this_works|know_the_drill|know_how_it_works|can_do_it_again|can_pay_again|will_pay_again|can_send_more|can_send_again',
    ],
    unless: ['words|essay|pages|page|reps|sets|laps|points|xp|kills|subs|followers|likes|views|steps|calories|miles|km|pieces|cards|photocards|stickers|tickets|cookies|cupcakes|sandwiches|orders|sold|raised|donation|donations|fundraiser|charity|tip|tips|rent|split|owe|back|deposit|subscription|membership|subs|club|gym|school|trip|tour|game|skins|battle_pass|season_pass|lol|haha|lmao'],
    examples: {
      match: ['so u paid, cool, now i want 300 more', 'you already paid once so you know how this works', 'this time i want 500 more by tonight'],
      ignore: ['now i want 2 more slices', 'now i want 300 more words for the essay', 'u already paid once for the club trip so u know how it works lol'],
    },
  },
  {
    id: 'code-in-a-pic-r27',
    phrases: [
      'photograph|snap|scan|pic|screenshot the|both|all|each back|backs ..2 [of] [the] [card|cards|it|them|codes]',
      'gift_card|gift_cards|giftcard|giftcards|card|cards|steam|apple|itunes|google_play|amazon|razer|vanilla codes|code ..2 now|asap|rn|right_now|today|tonight|fast|quick',
      'send|text|drop ..1 the|those|ur|your|both code|codes in|as a|the pic|photo|picture|screenshot|snap',
    ],
    unless: ['birthday|bday|christmas|xmas|present|gift_for|for_my|for_your_brother|for_your_sister|for_nan|for_grandma|teacher|thank_you|wifi|wi_fi|password|pokemon|trading|yugioh|magic|mtg|flashcards|flash_cards|revision|scam|is_this_a_scam|heads_up|what_do_i_do|they_said|he_said|she_said|report|bank|fraud|discount|promo|promo_code|voucher_code|coupon|qr|referral|invite|invite_code|class_code|join_code|kahoot|quizlet|google_classroom|zoom|meeting|homework|worksheet|answers|lol|haha|verification_code|2_fa|login'],
    examples: {
      match: ['gift card codes now, photograph the back', 'send the codes in a pic', 'scratch it and snap the back of the card'],
      ignore: ['send the class code in a pic for google classroom', 'snap the back of the card for ur bday lol'],
    },
  },
  // round 27 (en-n27): "you must pay to avoid charges", "for 100 we will get them removed from all sites"
  {
    id: 'pay-to-avoid-charges-r27',
    phrases: [
      'pay|payment|settle|send ..4 to_avoid|avoid|or_face|or_you_face|before_we_press charges|prosecution|arrest|being_arrested|jail|prison|court|criminal_record|a_criminal_record|police_action|legal_action',
      'for|pay # [@currency|quid|bucks|dollar|dollars|pounds] ..3 we|i|@iwill will|can|could get|have them|it|your_pics|ur_pics|the_pics|everything|the_images|your_images|the_videos ..1 removed|deleted|taken_down|wiped',
    ],
    unless: ['parking|speeding|ticket|tickets|library|council|tax|bill|bills|late_fee|licence|license|tv_licence|rent|landlord|fare|fare_evasion|train|bus|bank|loan|debt|credit_card|news|article|scam|scams|scammers|is_this_a_scam|heads_up|what_do_i_do|what_should_i_do|they_said|he_said|she_said|free|for_free|photographer|school|website|yearbook'],
    examples: {
      match: ['you must pay to avoid charges', 'for 100 we will get them removed from all sites', 'send the money today or face prosecution'],
      ignore: ['pay the parking fine to avoid court', 'is this a scam? it says pay to avoid arrest'],
    },
  },
  // round 28 (en-n28): a second round of payment — "that was part 1. 200 more on zelle, same deal as last time"
  {
    id: 'part-two-same-deal-r28',
    weight: 3,
    phrases: [
      'that_was|this_was|that_s|thats|that_is part_1|part_one|round_1|round_one|just_the_start|only_the_start|just_the_beginning|only_the_beginning ..6 # more|another ..3 @payment|@currency|dollar|pound|euro|quid|bucks',
      '# more|another ..3 on|via|through|by|in @payment|@currency|dollar|pound|euro ..6 same_deal|same_as_last_time|like_last_time|as_last_time|same_as_before|like_before|or_else|or_you_know',
    ],
    unless: ['gas|petrol|rent|bill|bills|ticket|tickets|order|item|items|shipping|postage|tip|dinner|lunch|pizza|split|halves|your_share|ur_share|for_the|each|per|bag|bags|season|episode|series|movie|film|book|game|course|class|lesson|lessons|subscription|membership|fees|deposit|invoice|refund|fundraiser|donation|charity'],
    examples: {
      match: ['lol nah that was part 1. 150 more on cashapp by friday', '300 more on zelle, same deal as last time'],
      ignore: ['that was part 1 of the series, 2 more episodes', '20 more on venmo for the gas, same as last time', 'that was part 1 of the quiz, 3 more on the sheet'],
    },
  },
  // round 31 (en-n31): "how much is it worth to you that nobody does?": a price for silence
  {
    id: 'how-much-is-silence-worth-r31',
    phrases: [
      'how_much|whats|what_is|what_s ..2 it|this|that|silence|my_silence ..1 worth ..2 to you|u|ya ..4 nobody|no_one|noone|nobody_else|never|stays|stay|private|quiet|secret|between_us|not|do_not|does_not|delete|deleted|disappear|disappears|go_away|goes_away|sees|see|finds_out|find_out|knows',
    ],
    unless: ['lol|lmao|haha|jk|kidding|crush|candy|chocolate|sweets|fries|snacks|homework|answers|spoiler|spoilers|ending|game|card|cards|pokemon|trade|trading|sell|selling|buy|buying|price|auction|offer_for|ebay|vinted|depop|car|bike|phone|console'],
    examples: {
      match: ['how much is it worth to u that nobody sees it', 'whats it worth to you that it stays private', 'how much is my silence worth to you, so nobody finds out'],
      ignore: ['whats it worth to you? i wont tell anyone who ur crush is lol', 'how much is it worth to you, the card? i might sell', 'how much is it worth to you that nobody spoils the ending'],
    },
  },
  // round 32 (en-n32): "50 usdt or they're in every gc"
  {
    id: 'amount-in-crypto-or-else-r32',
    phrases: [
      '# [in|of|worth_of] usdt|btc|eth|bitcoin|crypto|tether|ltc|litecoin|xmr|monero|sol ..2 or|else|otherwise|by|before|within|now|right_now|tonight|today|asap|to_this|to_my|to_the_wallet|wallet',
    ],
    unless: ['price|prices|chart|charts|market|dropped|crashed|pumped|mooned|invest|invested|investing|profit|portfolio|trading|trade|stake|staking|fees|fee|gas|exchange|worth_now|is_worth|up_today|down_today|lol|haha'],
    examples: {
      match: ['50 usdt or everyone sees', '200 in btc to this wallet by tonight', '0.01 bitcoin now or i post'],
      ignore: ['btc dropped 5% today, 50 btc is a lot', 'i invested 100 usdt in staking today', 'gas fees were 20 eth lol'],
    },
  },
] satisfies PatternEntry[];
