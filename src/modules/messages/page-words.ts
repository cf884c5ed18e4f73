// The words of the public pages a customer reaches from a message (unsubscribe, preferences,
// double opt-in confirmation), in the four languages retain's shops write to their customers in.
import type { ChannelKind } from './channels/index.js';
import type { ConsentState, MessageTopic } from './consent.js';

import type { PageLanguage } from './page-language.js';

export { pageLanguage, type PageLanguage } from './page-language.js';

export interface PageWords {
  unsubscribeTitle: string;
  unsubscribeQuestion: string;
  unsubscribeButton: string;
  unsubscribed: string;
  managePreferences: string;
  preferencesTitle: string;
  preferencesIntro: string;
  receiveOnChannel: string;
  topicsHeading: string;
  save: string;
  saved: string;
  unsubscribeAll: string;
  states: Record<ConsentState, string>;
  confirmTitle: string;
  confirmed: string;
  nothingToConfirm: string;
  linkInvalid: string;
  channels: Record<ChannelKind, string>;
  topics: Record<MessageTopic, string>;
}

const brandChannels = { sms: 'SMS', line: 'LINE', zalo: 'Zalo', whatsapp: 'WhatsApp', webhook: 'Webhook' };

const en: PageWords = {
  unsubscribeTitle: 'Unsubscribe',
  unsubscribeQuestion: 'Stop receiving these messages?',
  unsubscribeButton: 'Unsubscribe',
  unsubscribed: 'You are unsubscribed. You will not receive these messages any more.',
  managePreferences: 'Manage all your preferences',
  preferencesTitle: 'Your message preferences',
  preferencesIntro: 'Choose how we may write to you and about what.',
  receiveOnChannel: 'Receive messages on this channel',
  topicsHeading: 'Topics',
  save: 'Save',
  saved: 'Your preferences are saved.',
  unsubscribeAll: 'Unsubscribe from everything',
  states: {
    subscribed: 'Subscribed',
    unsubscribed: 'Unsubscribed',
    pending: 'Waiting for your confirmation',
    never_asked: 'Not subscribed',
  },
  confirmTitle: 'Confirm your subscription',
  confirmed: 'Your subscription is confirmed. Thank you!',
  nothingToConfirm: 'No subscription is waiting for a confirmation.',
  linkInvalid: 'This link is not valid.',
  channels: { ...brandChannels, email: 'Email', push: 'Browser notifications', in_app: 'Inbox on our site' },
  topics: {
    newsletter: 'Newsletter',
    offers: 'Offers and promotions',
    loyalty_updates: 'Points and membership updates',
    surveys: 'Surveys',
  },
};

const vi: PageWords = {
  unsubscribeTitle: 'Hủy đăng ký',
  unsubscribeQuestion: 'Bạn muốn ngừng nhận những tin nhắn này?',
  unsubscribeButton: 'Hủy đăng ký',
  unsubscribed: 'Bạn đã hủy đăng ký. Bạn sẽ không nhận những tin nhắn này nữa.',
  managePreferences: 'Quản lý tất cả tùy chọn nhận tin',
  preferencesTitle: 'Tùy chọn nhận tin của bạn',
  preferencesIntro: 'Chọn cách chúng tôi liên hệ với bạn và nội dung bạn muốn nhận.',
  receiveOnChannel: 'Nhận tin qua kênh này',
  topicsHeading: 'Chủ đề',
  save: 'Lưu',
  saved: 'Đã lưu tùy chọn của bạn.',
  unsubscribeAll: 'Hủy đăng ký tất cả',
  states: {
    subscribed: 'Đã đăng ký',
    unsubscribed: 'Đã hủy đăng ký',
    pending: 'Đang chờ bạn xác nhận',
    never_asked: 'Chưa đăng ký',
  },
  confirmTitle: 'Xác nhận đăng ký',
  confirmed: 'Đăng ký của bạn đã được xác nhận. Cảm ơn bạn!',
  nothingToConfirm: 'Không có đăng ký nào đang chờ xác nhận.',
  linkInvalid: 'Liên kết này không hợp lệ.',
  channels: {
    ...brandChannels,
    email: 'Email',
    push: 'Thông báo trên trình duyệt',
    in_app: 'Hộp thư trên trang của chúng tôi',
  },
  topics: {
    newsletter: 'Bản tin',
    offers: 'Ưu đãi và khuyến mãi',
    loyalty_updates: 'Cập nhật điểm thưởng và hạng thành viên',
    surveys: 'Khảo sát',
  },
};

const th: PageWords = {
  unsubscribeTitle: 'ยกเลิกการรับข่าวสาร',
  unsubscribeQuestion: 'ต้องการหยุดรับข้อความเหล่านี้ใช่หรือไม่',
  unsubscribeButton: 'ยกเลิกการรับข่าวสาร',
  unsubscribed: 'คุณได้ยกเลิกการรับข่าวสารแล้ว คุณจะไม่ได้รับข้อความเหล่านี้อีก',
  managePreferences: 'จัดการการตั้งค่าการรับข่าวสารทั้งหมด',
  preferencesTitle: 'การตั้งค่าการรับข่าวสารของคุณ',
  preferencesIntro: 'เลือกช่องทางและเรื่องที่คุณต้องการให้เราติดต่อ',
  receiveOnChannel: 'รับข้อความทางช่องทางนี้',
  topicsHeading: 'หัวข้อ',
  save: 'บันทึก',
  saved: 'บันทึกการตั้งค่าของคุณแล้ว',
  unsubscribeAll: 'ยกเลิกการรับข่าวสารทั้งหมด',
  states: {
    subscribed: 'รับข่าวสารอยู่',
    unsubscribed: 'ยกเลิกแล้ว',
    pending: 'รอการยืนยันจากคุณ',
    never_asked: 'ยังไม่ได้สมัคร',
  },
  confirmTitle: 'ยืนยันการสมัครรับข่าวสาร',
  confirmed: 'ยืนยันการสมัครรับข่าวสารของคุณแล้ว ขอบคุณ',
  nothingToConfirm: 'ไม่มีการสมัครที่รอการยืนยัน',
  linkInvalid: 'ลิงก์นี้ไม่ถูกต้อง',
  channels: {
    ...brandChannels,
    email: 'อีเมล',
    push: 'การแจ้งเตือนบนเบราว์เซอร์',
    in_app: 'กล่องข้อความบนเว็บไซต์ของเรา',
  },
  topics: {
    newsletter: 'จดหมายข่าว',
    offers: 'ข้อเสนอและโปรโมชัน',
    loyalty_updates: 'ข่าวสารคะแนนสะสมและระดับสมาชิก',
    surveys: 'แบบสอบถาม',
  },
};

const ja: PageWords = {
  unsubscribeTitle: '配信停止',
  unsubscribeQuestion: 'これらのメッセージの配信を停止しますか？',
  unsubscribeButton: '配信を停止する',
  unsubscribed: '配信を停止しました。今後これらのメッセージは届きません。',
  managePreferences: 'すべての配信設定を管理する',
  preferencesTitle: 'メッセージの配信設定',
  preferencesIntro: '受け取る方法と内容をお選びください。',
  receiveOnChannel: 'このチャネルで受け取る',
  topicsHeading: 'トピック',
  save: '保存',
  saved: '配信設定を保存しました。',
  unsubscribeAll: 'すべての配信を停止する',
  states: {
    subscribed: '購読中',
    unsubscribed: '配信停止中',
    pending: '確認待ち',
    never_asked: '未購読',
  },
  confirmTitle: '購読の確認',
  confirmed: '購読の登録が完了しました。ありがとうございます。',
  nothingToConfirm: '確認待ちの登録はありません。',
  linkInvalid: 'このリンクは無効です。',
  channels: { ...brandChannels, email: 'メール', push: 'ブラウザ通知', in_app: 'サイト内メッセージ' },
  topics: {
    newsletter: 'ニュースレター',
    offers: 'お得な情報・キャンペーン',
    loyalty_updates: 'ポイント・会員ランクのお知らせ',
    surveys: 'アンケート',
  },
};

export const pageWords: Record<PageLanguage, PageWords> = { en, vi, th, ja };
