import type { LanguageWords } from './layout.js';

// Japanese shops address a customer by family name with 様.
const name = '{{ customer.last_name | default: "お客" }}様';

const discount =
  '{% case coupon.kind %}{% when "amount_off" %}{{ coupon.amount | money }}引き{% when "percent_off" %}{{ coupon.percent_off }}%オフ{% when "free_shipping" %}送料無料{% else %}対象商品1点無料{% endcase %}';

export const ja: LanguageWords = {
  language: 'ja',
  footer: {
    because: '{{ shop.name }}をご利用のお客様にお送りしています。',
    unsubscribe: '配信停止',
    preferences: '配信設定',
  },
  messages: {
    welcome: {
      name: 'ご登録のお礼',
      subject: '{{ shop.name }}へようこそ',
      preheader: 'ご登録いただきありがとうございます。',
      heading: `${name}、ようこそ！`,
      paragraphs: [
        'このたびは{{ shop.name }}にご登録いただき、誠にありがとうございます。',
        'ご注文ごとにポイントが貯まり、次回のお買い物にご利用いただけます。新商品のお知らせも会員の皆さまにいち早くお届けします。ご不明な点があれば、このメールにそのままご返信ください。私が直接拝見します。',
      ],
      button: { label: 'ショップを見る', url: '{{ shop_url }}' },
      closing: 'またのお越しをお待ちしております。',
      short: `【{{ shop.name }}】${name}、ご登録ありがとうございます。ご注文ごとにポイントが貯まります。{{ shop_url }} {{ sender.name }}`,
    },
    thank_you: {
      name: 'ご注文のお礼',
      subject: 'ご注文ありがとうございます（注文番号 {{ order.number }}）',
      preheader: 'ただいま商品の準備を進めております。',
      heading: `${name}、ありがとうございます`,
      paragraphs: [
        'ご注文（注文番号 {{ order.number }}、合計 {{ order.total | money }}）を承りました。心を込めて準備いたします。',
        '現在のポイント残高は {{ loyalty.points | points }} ポイントです。発送が完了しましたら、改めてご連絡いたします。',
      ],
      button: { label: '注文内容を確認する', url: '{{ order.url }}' },
      closing: '今後ともよろしくお願いいたします。',
      short: `【{{ shop.name }}】${name}、ご注文（{{ order.number }}、{{ order.total | money }}）ありがとうございます。発送時に改めてご連絡します。詳細：{{ order.url }} {{ sender.name }}`,
    },
    review_request: {
      name: 'レビューのお願い',
      subject: 'ご購入の商品はいかがですか？（注文番号 {{ order.number }}）',
      preheader: '1分ほどのレビューが、ほかのお客様の参考になります。',
      heading: '商品はいかがでしたか？',
      paragraphs: [
        `${name}、ご注文（注文番号 {{ order.number }}）の商品はお手元に届きましたでしょうか。気に入っていただけていれば幸いです。`,
        'よろしければ、1分ほどでご感想をお聞かせください。率直なレビューはほかのお客様の商品選びに役立ち、私たちのサービス向上にもつながります。',
      ],
      button: { label: 'レビューを書く', url: '{{ review_url }}' },
      closing: 'よろしくお願いいたします。',
      short: `【{{ shop.name }}】${name}、ご購入の商品（注文番号 {{ order.number }}）はいかがですか？ぜひレビューをお寄せください：{{ review_url }}`,
    },
    at_risk: {
      name: 'お久しぶりのご挨拶',
      subject: 'お久しぶりです。{{ shop.name }}です',
      preheader: '前回のご来店以来、新しい商品が入荷しています。',
      heading: `${name}、お元気ですか？`,
      paragraphs: [
        'しばらくお見かけしていなかったので、ご挨拶をお送りしました。',
        '前回のご来店以来、新しい商品がいくつも入荷しています。{{ loyalty.points | points }} ポイントもそのままお使いいただけます。',
      ],
      button: { label: '新着商品を見る', url: '{{ shop_url }}' },
      closing: 'またお会いできるのを楽しみにしております。',
      short: `【{{ shop.name }}】${name}、お久しぶりです。{{ loyalty.points | points }} ポイントがご利用いただけます：{{ shop_url }}`,
    },
    win_back: {
      name: 'おかえりなさいクーポン',
      subject: '{{ shop.name }}から、おかえりなさいの贈り物',
      preheader: 'クーポンコード {{ coupon.code }} は{{ coupon.expires_at | date }}まで有効です。',
      heading: 'またお会いできるのを楽しみにしています',
      paragraphs: [
        `${name}、前回のご注文からしばらく経ちましたので、次回のお買い物でお使いいただけるささやかな贈り物をご用意しました。`,
        'ご購入手続きの際に、こちらのクーポンコードをご入力ください。{{ coupon.expires_at | date }}まで有効です。',
      ],
      highlight: '{{ coupon.code }}',
      button: { label: '今すぐショッピング', url: '{{ shop_url }}' },
      closing: '心よりお待ちしております。',
      short: `【{{ shop.name }}】${name}、次回のお買い物に使えるクーポン {{ coupon.code }} をお贈りします（{{ coupon.expires_at | date }}まで）。{{ shop_url }}`,
    },
    birthday: {
      name: 'お誕生日のお祝い',
      subject: '{{ shop.name }}より、お誕生日おめでとうございます',
      preheader: '素敵な一日になりますように。',
      heading: 'お誕生日おめでとうございます！',
      paragraphs: [
        `${name}、{{ shop.name }}のスタッフ一同、心よりお誕生日をお祝い申し上げます。`,
        'いつもご愛顧いただき、ありがとうございます。素敵な一年になりますように。',
      ],
      button: { label: 'ショップを見る', url: '{{ shop_url }}' },
      closing: '心を込めて',
      short: `【{{ shop.name }}】${name}、お誕生日おめでとうございます！素敵な一日をお過ごしください。{{ sender.name }}`,
    },
    points_expiring: {
      name: 'ポイント失効のお知らせ',
      subject: '{{ points_expiring.amount | points }} ポイントが{{ points_expiring.at | date }}に失効します',
      preheader: '失効前にぜひご利用ください。',
      heading: 'ポイントの有効期限が近づいています',
      paragraphs: [
        `${name}、保有ポイント {{ loyalty.points | points }} ポイントのうち、{{ points_expiring.amount | points }} ポイントが{{ points_expiring.at | date }}に失効します。`,
        'それまでに、次回のお買い物でぜひご利用ください。',
      ],
      button: { label: 'ポイントを使う', url: '{{ shop_url }}' },
      closing: 'またのご利用をお待ちしております。',
      short: `【{{ shop.name }}】${name}、{{ points_expiring.amount | points }} ポイントが{{ points_expiring.at | date }}に失効します。お早めにご利用ください：{{ shop_url }}`,
    },
    tier_up: {
      name: 'ランクアップのお知らせ',
      subject: '{{ loyalty.tier.name }}ランクへの昇格おめでとうございます',
      preheader: '新しいランクの特典をご案内します。',
      heading: 'おめでとうございます！',
      paragraphs: [
        `${name}、いつもご愛顧いただきありがとうございます。このたび{{ loyalty.tier.name }}ランクに昇格されました。`,
        '新しいランクでは、ご注文ごとにさらにお得な特典をご利用いただけます。現在 {{ loyalty.points | points }} ポイントをお使いいただけます。',
      ],
      button: { label: '特典を見る', url: '{{ shop_url }}' },
      closing: '今後ともよろしくお願いいたします。',
      short: `【{{ shop.name }}】${name}、{{ loyalty.tier.name }}ランクへの昇格おめでとうございます！新しい特典はこちら：{{ shop_url }} {{ sender.name }}`,
    },
    nps_ask: {
      name: 'おすすめ度アンケート',
      subject: '{{ shop.name }}から1つだけ質問させてください',
      preheader: '質問は1つだけ、1分もかかりません。',
      heading: 'ご友人におすすめいただけますか？',
      paragraphs: [
        `${name}、{{ shop.name }}をご友人やお知り合いにおすすめする可能性は、0〜10でどのくらいですか？`,
        '1分もかからずにお答えいただけます。いただいた回答はすべて拝見しています。',
      ],
      button: { label: '回答する', url: '{{ nps_url }}' },
      closing: 'ご協力ありがとうございます。',
      short: `【{{ shop.name }}】${name}、当店をご友人におすすめいただける可能性は0〜10でどのくらいですか？ご回答はこちら：{{ nps_url }}`,
    },
  },
  confirmation: {
    name: '購読の確認',
    subject: '{{ shop.name }}のメール配信登録のご確認',
    preheader: 'ボタンを押すだけで登録が完了します。',
    heading: `${name}、あと1ステップです`,
    paragraphs: [
      '{{ shop.name }}のメール配信にお申し込みいただきありがとうございます。下のボタンを押して、このメールアドレスがご本人のものであることをご確認ください。',
      'お心当たりがない場合は、このメールを破棄してください。ご確認いただくまで、メールをお送りすることはありません。',
    ],
    button: { label: '登録を確認する', url: '{{ links.confirm }}' },
    closing: 'よろしくお願いいたします。',
  },
  couponCode: {
    name: 'クーポンコードのご案内',
    subject: '{{ shop.name }}のクーポンコードをお送りします',
    preheader: `クーポンコード {{ coupon.code }}：${discount}`,
    heading: `${name}、クーポンコードをお送りします`,
    paragraphs: [
      `ご依頼いただいた{{ shop.name }}のクーポンコードを再送いたします。ご購入手続きの際にご入力いただくと、${discount}となります。`,
      '{% if coupon.expires_at %}{{ coupon.expires_at | date }}まで有効です。{% else %}有効期限はありません。{% endif %}',
    ],
    highlight: '{{ coupon.code }}',
    closing: 'お買い物をお楽しみください。',
  },
};
