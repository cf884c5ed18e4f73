import type { LanguageWords } from './layout.js';

// Wording that needs neither ค่ะ nor ครับ, so the sender's gender does not matter.
const name = 'คุณ{{ customer.first_name | default: "ลูกค้า" }}';

const discount =
  '{% case coupon.kind %}{% when "amount_off" %}ส่วนลด {{ coupon.amount | money }}{% when "percent_off" %}ส่วนลด {{ coupon.percent_off }}%{% when "free_shipping" %}สิทธิ์ส่งฟรี{% else %}สินค้าฟรีหนึ่งชิ้น{% endcase %}';

export const th: LanguageWords = {
  language: 'th',
  footer: {
    because: 'ได้รับอีเมลฉบับนี้เนื่องจากเป็นลูกค้าของ {{ shop.name }}',
    unsubscribe: 'ยกเลิกการรับอีเมล',
    preferences: 'ตั้งค่าการรับอีเมล',
  },
  messages: {
    welcome: {
      name: 'ยินดีต้อนรับ',
      subject: 'ยินดีต้อนรับสู่ {{ shop.name }}',
      preheader: 'ขอบคุณที่เข้าร่วมเป็นสมาชิกกับเรา',
      heading: `สวัสดี ${name} ยินดีต้อนรับ`,
      paragraphs: [
        'ขอบคุณที่เข้าร่วมเป็นส่วนหนึ่งของ {{ shop.name }} เรายินดีมากที่ได้รู้จัก',
        'ทุกคำสั่งซื้อจะได้รับคะแนนสะสมไว้ใช้ในการซื้อครั้งถัดไป และสมาชิกจะได้รู้จักสินค้าใหม่ก่อนใคร หากมีคำถามใด ๆ ตอบกลับอีเมลฉบับนี้ได้เลย ข้อความจะส่งตรงถึงเรา',
      ],
      button: { label: 'ไปที่ร้านค้า', url: '{{ shop_url }}' },
      closing: 'แล้วพบกันเร็ว ๆ นี้',
      short: `{{ shop.name }}: ยินดีต้อนรับ ${name} ขอบคุณที่เข้าร่วมกับเรา ทุกคำสั่งซื้อได้รับคะแนนสะสมไว้ใช้ครั้งถัดไป {{ shop_url }} – {{ sender.name }}`,
    },
    thank_you: {
      name: 'ขอบคุณสำหรับคำสั่งซื้อ',
      subject: 'ขอบคุณสำหรับคำสั่งซื้อ #{{ order.number }}',
      preheader: 'เรากำลังเตรียมสินค้าให้ รายละเอียดอยู่ด้านล่าง',
      heading: `ขอบคุณ ${name}`,
      paragraphs: [
        'คำสั่งซื้อ #{{ order.number }} ยอดรวม {{ order.total | money }} ได้รับการยืนยันแล้ว และเรากำลังเตรียมสินค้าอย่างตั้งใจ',
        'ขณะนี้มีคะแนนสะสม {{ loyalty.points | points }} คะแนน เราจะแจ้งให้ทราบทันทีเมื่อจัดส่งสินค้าแล้ว',
      ],
      button: { label: 'ดูคำสั่งซื้อ', url: '{{ order.url }}' },
      closing: 'ด้วยความขอบคุณ',
      short: `{{ shop.name }}: ขอบคุณ ${name} สำหรับคำสั่งซื้อ #{{ order.number }} ({{ order.total | money }}) เราจะแจ้งให้ทราบเมื่อจัดส่งแล้ว ดูรายละเอียด: {{ order.url }} – {{ sender.name }}`,
    },
    review_request: {
      name: 'ขอรีวิวสินค้า',
      subject: 'คำสั่งซื้อ #{{ order.number }} เป็นอย่างไรบ้าง',
      preheader: 'ใช้เวลาเพียงหนึ่งนาที และช่วยให้ลูกค้าท่านอื่นตัดสินใจได้ง่ายขึ้น',
      heading: 'ทุกอย่างเรียบร้อยดีไหม',
      paragraphs: [
        `สวัสดี ${name} คำสั่งซื้อ #{{ order.number }} น่าจะถึงมือแล้ว หวังว่าจะถูกใจ`,
        'ช่วยสละเวลาสักหนึ่งนาทีเพื่อรีวิวสินค้าได้ไหม รีวิวที่จริงใจช่วยให้ลูกค้าท่านอื่นเลือกได้ง่ายขึ้น และช่วยให้เราพัฒนาให้ดียิ่งขึ้น',
      ],
      button: { label: 'เขียนรีวิว', url: '{{ review_url }}' },
      closing: 'ขอบคุณมาก',
      short: `{{ shop.name }}: สวัสดี ${name} คำสั่งซื้อ #{{ order.number }} เป็นอย่างไรบ้าง ช่วยรีวิวให้เราหน่อย: {{ review_url }} – {{ sender.name }}`,
    },
    at_risk: {
      name: 'คิดถึงคุณ',
      subject: '{{ shop.name }} คิดถึงคุณ',
      preheader: 'มีสินค้าใหม่มากมายตั้งแต่ครั้งล่าสุดที่แวะมา',
      heading: `ไม่ได้พบกันนานเลย ${name}`,
      paragraphs: [
        'ไม่ได้เห็นกันมาสักพักแล้ว เราจึงอยากแวะมาทักทาย',
        'ตั้งแต่ครั้งล่าสุดที่แวะมา มีสินค้าใหม่เข้ามาหลายรายการ และคะแนนสะสม {{ loyalty.points | points }} คะแนนยังรออยู่',
      ],
      button: { label: 'ดูสินค้าใหม่', url: '{{ shop_url }}' },
      closing: 'หวังว่าจะได้พบกันอีกเร็ว ๆ นี้',
      short: `{{ shop.name }}: สวัสดี ${name} เราคิดถึงคุณ คะแนนสะสม {{ loyalty.points | points }} คะแนนยังรออยู่: {{ shop_url }} – {{ sender.name }}`,
    },
    win_back: {
      name: 'ข้อเสนอต้อนรับกลับ',
      subject: 'ของขวัญต้อนรับการกลับมาที่ {{ shop.name }}',
      preheader: 'โค้ด {{ coupon.code }} ใช้ได้ถึง {{ coupon.expires_at | date }}',
      heading: 'เราอยากพบคุณอีกครั้ง',
      paragraphs: [
        `สวัสดี ${name} ไม่ได้สั่งซื้อกันมาสักพักแล้ว เราจึงมีของขวัญเล็ก ๆ สำหรับคำสั่งซื้อครั้งถัดไป`,
        'ใช้โค้ดนี้ตอนชำระเงิน ใช้ได้ถึงวันที่ {{ coupon.expires_at | date }}',
      ],
      highlight: '{{ coupon.code }}',
      button: { label: 'ช้อปเลย', url: '{{ shop_url }}' },
      closing: 'ด้วยความปรารถนาดี',
      short: `{{ shop.name }}: สวัสดี ${name} รับโค้ด {{ coupon.code }} สำหรับคำสั่งซื้อครั้งถัดไป ใช้ได้ถึง {{ coupon.expires_at | date }} {{ shop_url }} – {{ sender.name }}`,
    },
    birthday: {
      name: 'สุขสันต์วันเกิด',
      subject: 'สุขสันต์วันเกิดจาก {{ shop.name }}',
      preheader: 'ขอให้เป็นวันที่แสนพิเศษ',
      heading: 'สุขสันต์วันเกิด',
      paragraphs: [
        `สวัสดี ${name} ทุกคนที่ {{ shop.name }} ขออวยพรให้มีความสุขในวันเกิด และตลอดปีที่จะมาถึง`,
        'ขอบคุณที่อยู่กับเรามาตลอด หวังว่าจะได้ร่วมฉลองด้วยกันเร็ว ๆ นี้',
      ],
      button: { label: 'ไปที่ร้านค้า', url: '{{ shop_url }}' },
      closing: 'ด้วยความปรารถนาดี',
      short: `{{ shop.name }}: สุขสันต์วันเกิด ${name} ขอให้มีความสุขมาก ๆ ในวันพิเศษนี้ – {{ sender.name }}`,
    },
    points_expiring: {
      name: 'คะแนนใกล้หมดอายุ',
      subject: 'คะแนน {{ points_expiring.amount | points }} คะแนนจะหมดอายุวันที่ {{ points_expiring.at | date }}',
      preheader: 'ใช้คะแนนก่อนหมดอายุ',
      heading: 'คะแนนสะสมใกล้หมดอายุแล้ว',
      paragraphs: [
        `สวัสดี ${name} คะแนน {{ points_expiring.amount | points }} คะแนน จากทั้งหมด {{ loyalty.points | points }} คะแนน จะหมดอายุในวันที่ {{ points_expiring.at | date }}`,
        'ใช้คะแนนกับคำสั่งซื้อครั้งถัดไปก่อนวันดังกล่าว เพื่อไม่ให้เสียสิทธิ์',
      ],
      button: { label: 'ใช้คะแนนเลย', url: '{{ shop_url }}' },
      closing: 'แล้วพบกันเร็ว ๆ นี้',
      short: `{{ shop.name }}: สวัสดี ${name} คะแนน {{ points_expiring.amount | points }} คะแนนจะหมดอายุวันที่ {{ points_expiring.at | date }} ใช้ก่อนหมดอายุได้ที่ {{ shop_url }}`,
    },
    tier_up: {
      name: 'เลื่อนระดับสมาชิก',
      subject: 'ยินดีด้วย เลื่อนระดับเป็น {{ loyalty.tier.name }} แล้ว',
      preheader: 'ระดับใหม่มาพร้อมสิทธิประโยชน์ที่มากขึ้น',
      heading: 'ขอแสดงความยินดี',
      paragraphs: [
        `สวัสดี ${name} ขอบคุณที่สนับสนุนเราเสมอ ขณะนี้ได้เลื่อนระดับเป็น {{ loyalty.tier.name }} แล้ว`,
        'ระดับใหม่มาพร้อมสิทธิประโยชน์เพิ่มเติมในทุกคำสั่งซื้อ และขณะนี้มีคะแนนสะสม {{ loyalty.points | points }} คะแนนพร้อมใช้',
      ],
      button: { label: 'ดูสิทธิประโยชน์', url: '{{ shop_url }}' },
      closing: 'ด้วยความขอบคุณ',
      short: `{{ shop.name }}: ยินดีด้วย ${name} ได้เลื่อนระดับเป็น {{ loyalty.tier.name }} แล้ว ดูสิทธิประโยชน์ใหม่ได้ที่ {{ shop_url }} – {{ sender.name }}`,
    },
    nps_ask: {
      name: 'จะแนะนำเราไหม',
      subject: '{{ shop.name }} ขอถามคำถามสั้น ๆ หนึ่งข้อ',
      preheader: 'คำถามเดียว ใช้เวลาไม่ถึงหนึ่งนาที',
      heading: 'จะแนะนำเราให้เพื่อนไหม',
      paragraphs: [
        `สวัสดี ${name} หากให้คะแนน 0 ถึง 10 มีโอกาสมากน้อยเพียงใดที่จะแนะนำ {{ shop.name }} ให้เพื่อนหรือคนรู้จัก`,
        'ใช้เวลาไม่ถึงหนึ่งนาที และเราอ่านทุกคำตอบ',
      ],
      button: { label: 'ตอบคำถาม', url: '{{ nps_url }}' },
      closing: 'ขอบคุณมาก',
      short: `{{ shop.name }}: สวัสดี ${name} จะแนะนำเราให้เพื่อนมากน้อยแค่ไหน (0–10) ตอบได้ที่ {{ nps_url }} – {{ sender.name }}`,
    },
  },
  confirmation: {
    name: 'ยืนยันการสมัครรับข่าวสาร',
    subject: 'โปรดยืนยันการสมัครรับข่าวสารจาก {{ shop.name }}',
    preheader: 'คลิกเพียงครั้งเดียวก็เรียบร้อย',
    heading: `สวัสดี ${name} อีกเพียงขั้นตอนเดียว`,
    paragraphs: [
      'มีการขอรับอีเมลจาก {{ shop.name }} ด้วยอีเมลนี้ โปรดกดปุ่มด้านล่างเพื่อยืนยันว่าเป็นอีเมลของคุณ',
      'หากไม่ได้ขอรับข่าวสาร ไม่ต้องทำอะไร เราจะไม่ส่งอีเมลถึงคุณจนกว่าจะได้รับการยืนยัน',
    ],
    button: { label: 'ยืนยันการสมัคร', url: '{{ links.confirm }}' },
    closing: 'ขอบคุณ',
  },
  couponCode: {
    name: 'โค้ดส่วนลดของคุณ',
    subject: 'โค้ดส่วนลดจาก {{ shop.name }}',
    preheader: `โค้ด {{ coupon.code }}: ${discount}`,
    heading: `สวัสดี ${name} นี่คือโค้ดของคุณ`,
    paragraphs: [
      `ตามที่แจ้งไว้ เราส่งโค้ดส่วนลดของ {{ shop.name }} มาให้อีกครั้ง กรอกโค้ดนี้ตอนชำระเงินเพื่อรับ${discount}`,
      '{% if coupon.expires_at %}ใช้ได้ถึงวันที่ {{ coupon.expires_at | date }}{% else %}โค้ดนี้ไม่มีวันหมดอายุ{% endif %}',
    ],
    highlight: '{{ coupon.code }}',
    closing: 'ขอให้สนุกกับการช้อปปิ้ง',
  },
};
