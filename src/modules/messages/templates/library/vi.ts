import type { LanguageWords } from './layout.js';

const name = '{{ customer.first_name | default: "bạn" }}';

const discount =
  '{% case coupon.kind %}{% when "amount_off" %}giảm {{ coupon.amount | money }}{% when "percent_off" %}giảm {{ coupon.percent_off }}%{% when "free_shipping" %}miễn phí vận chuyển{% else %}một sản phẩm miễn phí{% endcase %}';

export const vi: LanguageWords = {
  language: 'vi',
  footer: {
    because: 'Bạn nhận được email này vì bạn là khách hàng của {{ shop.name }}.',
    unsubscribe: 'Hủy đăng ký',
    preferences: 'Tùy chọn nhận email',
  },
  messages: {
    welcome: {
      name: 'Chào mừng',
      subject: 'Chào mừng bạn đến với {{ shop.name }}',
      preheader: 'Cảm ơn bạn đã tham gia cùng chúng tôi.',
      heading: `Xin chào ${name}!`,
      paragraphs: [
        'Cảm ơn bạn đã tham gia cùng {{ shop.name }}. Chúng tôi rất vui khi được đồng hành cùng bạn.',
        'Mỗi đơn hàng đều giúp bạn tích điểm để dùng cho lần mua sau, và thành viên luôn là người đầu tiên biết về sản phẩm mới. Nếu có bất kỳ câu hỏi nào, bạn chỉ cần trả lời email này, thư sẽ đến thẳng với tôi.',
      ],
      button: { label: 'Ghé cửa hàng', url: '{{ shop_url }}' },
      closing: 'Hẹn sớm gặp lại bạn,',
      short: `{{ shop.name }}: Chào ${name}, cảm ơn bạn đã tham gia! Mỗi đơn hàng đều được tích điểm cho lần mua sau: {{ shop_url }} – {{ sender.name }}`,
    },
    thank_you: {
      name: 'Cảm ơn bạn đã đặt hàng',
      subject: 'Cảm ơn bạn đã đặt hàng #{{ order.number }}',
      preheader: 'Chúng tôi đang chuẩn bị đơn hàng của bạn.',
      heading: `Cảm ơn ${name}!`,
      paragraphs: [
        'Đơn hàng #{{ order.number }} trị giá {{ order.total | money }} đã được xác nhận, và chúng tôi đang chuẩn bị thật chu đáo.',
        'Bạn hiện có {{ loyalty.points | points }} điểm. Chúng tôi sẽ báo cho bạn ngay khi đơn hàng được gửi đi.',
      ],
      button: { label: 'Xem đơn hàng', url: '{{ order.url }}' },
      closing: 'Trân trọng,',
      short: `{{ shop.name }}: Cảm ơn ${name} đã đặt hàng #{{ order.number }} ({{ order.total | money }})! Chúng tôi sẽ báo khi đơn được gửi đi. Chi tiết: {{ order.url }} – {{ sender.name }}`,
    },
    review_request: {
      name: 'Mời đánh giá',
      subject: 'Bạn thấy đơn hàng #{{ order.number }} thế nào?',
      preheader: 'Chỉ mất một phút, và giúp ích rất nhiều cho những khách hàng khác.',
      heading: 'Mọi thứ có ổn không bạn?',
      paragraphs: [
        `Chào ${name}, chắc hẳn đơn hàng #{{ order.number }} đã đến tay bạn. Hy vọng bạn hài lòng với sản phẩm.`,
        'Bạn có thể dành một phút để chia sẻ cảm nhận không? Những đánh giá chân thật giúp khách hàng khác dễ lựa chọn hơn, và giúp chúng tôi ngày càng tốt hơn.',
      ],
      button: { label: 'Viết đánh giá', url: '{{ review_url }}' },
      closing: 'Cảm ơn bạn,',
      short: `{{ shop.name }}: Chào ${name}, bạn thấy đơn hàng #{{ order.number }} thế nào? Đánh giá của bạn giúp chúng tôi rất nhiều: {{ review_url }} – {{ sender.name }}`,
    },
    at_risk: {
      name: 'Nhớ bạn',
      subject: '{{ shop.name }} nhớ bạn lắm!',
      preheader: 'Cửa hàng có nhiều sản phẩm mới từ lần cuối bạn ghé thăm.',
      heading: `Lâu rồi không gặp, ${name}`,
      paragraphs: [
        'Đã lâu bạn chưa ghé {{ shop.name }}, nên chúng tôi muốn gửi lời hỏi thăm.',
        'Từ lần cuối bạn ghé, cửa hàng đã có thêm nhiều sản phẩm mới, và {{ loyalty.points | points }} điểm của bạn vẫn đang chờ bạn sử dụng.',
      ],
      button: { label: 'Xem hàng mới', url: '{{ shop_url }}' },
      closing: 'Mong sớm gặp lại bạn,',
      short: `{{ shop.name }}: Chào ${name}, lâu rồi không gặp! {{ loyalty.points | points }} điểm của bạn vẫn đang chờ: {{ shop_url }} – {{ sender.name }}`,
    },
    win_back: {
      name: 'Ưu đãi mời quay lại',
      subject: 'Món quà chào mừng bạn quay lại {{ shop.name }}',
      preheader: 'Mã {{ coupon.code }} có hiệu lực đến {{ coupon.expires_at | date }}.',
      heading: 'Chúng tôi rất mong gặp lại bạn',
      paragraphs: [
        `Chào ${name}, đã lâu rồi bạn chưa đặt hàng, nên chúng tôi gửi bạn một món quà nhỏ cho lần mua tiếp theo.`,
        'Hãy nhập mã này khi thanh toán. Mã có hiệu lực đến {{ coupon.expires_at | date }}.',
      ],
      highlight: '{{ coupon.code }}',
      button: { label: 'Mua sắm ngay', url: '{{ shop_url }}' },
      closing: 'Thân mến,',
      short: `{{ shop.name }}: Chào ${name}, tặng bạn mã {{ coupon.code }} cho đơn hàng tiếp theo, hiệu lực đến {{ coupon.expires_at | date }}. {{ shop_url }} – {{ sender.name }}`,
    },
    birthday: {
      name: 'Chúc mừng sinh nhật',
      subject: 'Chúc mừng sinh nhật từ {{ shop.name }}!',
      preheader: 'Chúc bạn một ngày thật tuyệt vời.',
      heading: 'Chúc mừng sinh nhật!',
      paragraphs: [
        `Chào ${name}, cả đội ngũ {{ shop.name }} chúc bạn sinh nhật thật vui vẻ và một năm mới tràn đầy niềm vui.`,
        'Cảm ơn bạn đã luôn đồng hành cùng chúng tôi. Mong sớm được cùng bạn ăn mừng.',
      ],
      button: { label: 'Ghé cửa hàng', url: '{{ shop_url }}' },
      closing: 'Thân mến,',
      short: `{{ shop.name }}: Chúc mừng sinh nhật ${name}! Chúc bạn một ngày thật vui và tràn đầy niềm vui. – {{ sender.name }}`,
    },
    points_expiring: {
      name: 'Điểm sắp hết hạn',
      subject:
        '{{ points_expiring.amount | points }} điểm của bạn sẽ hết hạn vào {{ points_expiring.at | date }}',
      preheader: 'Hãy dùng điểm trước khi hết hạn nhé.',
      heading: 'Điểm của bạn sắp hết hạn',
      paragraphs: [
        `Chào ${name}, {{ points_expiring.amount | points }} trong tổng số {{ loyalty.points | points }} điểm của bạn sẽ hết hạn vào {{ points_expiring.at | date }}.`,
        'Hãy dùng điểm cho đơn hàng tiếp theo trước ngày đó để không bị lãng phí nhé.',
      ],
      button: { label: 'Dùng điểm ngay', url: '{{ shop_url }}' },
      closing: 'Hẹn sớm gặp lại bạn,',
      short: `{{ shop.name }}: Chào ${name}, {{ points_expiring.amount | points }} điểm của bạn sẽ hết hạn vào {{ points_expiring.at | date }}. Dùng ngay: {{ shop_url }}`,
    },
    tier_up: {
      name: 'Lên hạng thành viên',
      subject: 'Chúc mừng bạn đã lên hạng {{ loyalty.tier.name }}!',
      preheader: 'Hạng thành viên mới mang đến cho bạn nhiều ưu đãi hơn.',
      heading: 'Xin chúc mừng!',
      paragraphs: [
        `Chào ${name}, cảm ơn bạn đã luôn ủng hộ chúng tôi. Bạn vừa được nâng lên hạng {{ loyalty.tier.name }}.`,
        'Hạng mới mang đến thêm nhiều ưu đãi cho mỗi đơn hàng, và hiện bạn có {{ loyalty.points | points }} điểm để sử dụng.',
      ],
      button: { label: 'Xem ưu đãi của tôi', url: '{{ shop_url }}' },
      closing: 'Thân mến,',
      short: `{{ shop.name }}: Chúc mừng ${name} đã lên hạng {{ loyalty.tier.name }}! Xem ưu đãi mới tại: {{ shop_url }} – {{ sender.name }}`,
    },
    nps_ask: {
      name: 'Bạn có giới thiệu chúng tôi không?',
      subject: '{{ shop.name }} muốn hỏi bạn một câu',
      preheader: 'Chỉ một câu hỏi, chưa đến một phút.',
      heading: 'Bạn có muốn giới thiệu chúng tôi không?',
      paragraphs: [
        `Chào ${name}, trên thang điểm từ 0 đến 10, bạn sẵn lòng giới thiệu {{ shop.name }} cho bạn bè đến mức nào?`,
        'Chỉ mất chưa đến một phút, và tôi đọc từng câu trả lời.',
      ],
      button: { label: 'Trả lời ngay', url: '{{ nps_url }}' },
      closing: 'Cảm ơn bạn,',
      short: `{{ shop.name }}: Chào ${name}, bạn sẵn lòng giới thiệu chúng tôi cho bạn bè đến mức nào (0–10)? Trả lời tại: {{ nps_url }} – {{ sender.name }}`,
    },
  },
  confirmation: {
    name: 'Xác nhận đăng ký',
    subject: 'Vui lòng xác nhận đăng ký nhận tin từ {{ shop.name }}',
    preheader: 'Chỉ một cú nhấp là xong.',
    heading: `Chào ${name}, chỉ còn một bước nữa`,
    paragraphs: [
      'Bạn đã đăng ký nhận email từ {{ shop.name }}. Vui lòng nhấn nút bên dưới để xác nhận địa chỉ email này là của bạn.',
      'Nếu bạn không yêu cầu việc này, hãy bỏ qua email này: chúng tôi sẽ không gửi thư cho bạn nếu bạn chưa xác nhận.',
    ],
    button: { label: 'Xác nhận đăng ký', url: '{{ links.confirm }}' },
    closing: 'Trân trọng,',
  },
  couponCode: {
    name: 'Mã giảm giá của bạn',
    subject: 'Mã giảm giá của bạn tại {{ shop.name }}',
    preheader: `Mã {{ coupon.code }}: ${discount}.`,
    heading: `Chào ${name}, đây là mã của bạn`,
    paragraphs: [
      `Như bạn yêu cầu, chúng tôi gửi lại mã giảm giá của bạn tại {{ shop.name }}. Nhập mã khi thanh toán để được ${discount}.`,
      '{% if coupon.expires_at %}Mã có hiệu lực đến {{ coupon.expires_at | date }}.{% else %}Mã không có hạn sử dụng.{% endif %}',
    ],
    highlight: '{{ coupon.code }}',
    closing: 'Chúc bạn mua sắm vui vẻ,',
  },
};
