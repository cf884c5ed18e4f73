// What makes the demo shop look like a shop of its country: the workspace's zone and locale, the
// customers' names, the catalogue and its prices, and the shopping peaks of the calendar.

export const demoCurrencies = ['VND', 'USD', 'THB', 'JPY'] as const;
export type DemoCurrency = (typeof demoCurrencies)[number];

/** A name as written, and its romanisation for email addresses (same when already Latin). */
type Name = readonly [written: string, roman: string];

interface Product {
  name: string;
  /** Price in major units, as the shop writes it (189000 ₫, 14.99 $, 2480 ¥). */
  price: number;
}

interface Category {
  name: string;
  products: Product[];
  /** Gift boxes and the like: bought far more in the run-up to a peak. */
  giftable?: boolean;
}

/** A shopping peak: a bell around a day of the year (or one date per year), `lift` × the usual rate at its top. */
export interface Peak {
  name: string;
  /** Month (1–12) and day, or the peak's date for each year when it moves (Tết follows the lunar calendar). */
  at: { month: number; day: number } | Record<number, string>;
  /** Days before the date the peak is centred (shopping before Tết, not during it). */
  leadDays: number;
  widthDays: number;
  lift: number;
}

export interface ShopProfile {
  currency: DemoCurrency;
  shopName: string;
  timezone: string;
  locale: string;
  /** Family name first (Vietnamese, Japanese) or given name first. */
  familyFirst: boolean;
  familyNames: readonly Name[];
  /** Relative frequencies of familyNames (Nguyễn is about 38% of Vietnamese). */
  familyWeights?: readonly number[];
  middleNames?: readonly Name[];
  givenNames: readonly Name[];
  /** Where customers heard of the shop (a free trait, handy for segments). */
  channels: readonly string[];
  catalogue: readonly Category[];
  shippingMajor: number;
  freeShippingFromMajor: number;
  peaks: readonly Peak[];
}

const n = (written: string, roman = written): Name => [written, roman];

/** Names already in Latin letters, in order, separated by white space; each is its own romanisation. */
const latin = (names: string): Name[] =>
  names
    .trim()
    .split(/\s+/)
    .map((name) => n(name));

// Tết Nguyên Đán (first day of the lunar year).
const tet: Record<number, string> = {
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
};

const doubleDays: Peak[] = [
  { name: '11.11', at: { month: 11, day: 11 }, leadDays: 0, widthDays: 2, lift: 1.6 },
  { name: '12.12', at: { month: 12, day: 12 }, leadDays: 0, widthDays: 2, lift: 1.0 },
];

const vietnam: ShopProfile = {
  currency: 'VND',
  shopName: 'Sen Lifestyle',
  timezone: 'Asia/Ho_Chi_Minh',
  locale: 'vi-VN',
  familyFirst: true,
  familyNames: latin('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý'),
  familyWeights: [38, 11, 9.5, 7, 4, 3, 4.5, 2.5, 2, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5],
  middleNames: latin('Thị Văn Ngọc Minh Thanh Hoàng Đức Thu Quốc Bảo Gia Hữu'),
  givenNames: latin(`An Anh Bảo Châu Chi Dũng Duy Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Khoa Lan Linh
    Long Mai Minh My Nam Ngân Ngọc Nhung Phúc Phương Quân Quang Sơn Tâm Thảo Thủy Trang
    Trung Tuấn Vy Yến`),
  channels: ['facebook', 'zalo', 'tiktok', 'google', 'shopee', 'organic', 'referral'],
  catalogue: [
    {
      name: 'Cà phê & Trà',
      products: [
        { name: 'Cà phê Arabica Cầu Đất 250g', price: 189000 },
        { name: 'Cà phê Robusta Buôn Ma Thuột 500g', price: 159000 },
        { name: 'Trà Shan Tuyết cổ thụ 100g', price: 245000 },
        { name: 'Trà ô long Lâm Đồng 200g', price: 179000 },
        { name: 'Phin nhôm pha cà phê', price: 65000 },
      ],
    },
    {
      name: 'Thời trang',
      products: [
        { name: 'Áo thun cotton basic', price: 189000 },
        { name: 'Áo sơ mi linen', price: 459000 },
        { name: 'Quần jean ống suông', price: 549000 },
        { name: 'Váy hoa nhí', price: 629000 },
        { name: 'Áo khoác gió', price: 690000 },
      ],
    },
    {
      name: 'Mỹ phẩm',
      products: [
        { name: 'Sữa rửa mặt trà xanh', price: 145000 },
        { name: 'Kem chống nắng SPF50', price: 289000 },
        { name: 'Serum vitamin C', price: 420000 },
        { name: 'Son kem lì', price: 199000 },
        { name: 'Mặt nạ nghệ (hộp 10 miếng)', price: 150000 },
      ],
    },
    {
      name: 'Nhà cửa',
      products: [
        { name: 'Nến thơm sả chanh', price: 159000 },
        { name: 'Bình gốm Bát Tràng', price: 350000 },
        { name: 'Khăn tắm cotton', price: 129000 },
        { name: 'Gối tựa thổ cẩm', price: 279000 },
      ],
    },
    {
      name: 'Quà Tết',
      giftable: true,
      products: [
        { name: 'Hộp quà Tết Sum Vầy', price: 1290000 },
        { name: 'Giỏ quà Phú Quý', price: 2490000 },
        { name: 'Mứt Tết truyền thống 500g', price: 320000 },
      ],
    },
  ],
  shippingMajor: 30000,
  freeShippingFromMajor: 500000,
  peaks: [{ name: 'Tết', at: tet, leadDays: 12, widthDays: 8, lift: 2.2 }, ...doubleDays],
};

const unitedStates: ShopProfile = {
  currency: 'USD',
  shopName: 'Juniper & Co.',
  timezone: 'America/New_York',
  locale: 'en-US',
  familyFirst: false,
  familyNames: latin(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Wilson
    Anderson Taylor Thomas Moore Jackson Lee Harris Clark Lewis`),
  givenNames: latin(`James Mary Michael Patricia Robert Jennifer John Linda David Elizabeth William Sarah
    Emma Olivia Noah Liam Ava Sophia Ethan Mia Daniel Grace Chloe Lucas`),
  channels: ['google', 'instagram', 'facebook', 'email', 'tiktok', 'organic', 'referral'],
  catalogue: [
    {
      name: 'Coffee & Tea',
      products: [
        { name: 'Single-origin coffee beans, 12 oz', price: 16.99 },
        { name: 'Espresso blend, 2 lb', price: 34.0 },
        { name: 'Earl Grey loose leaf, 4 oz', price: 12.5 },
        { name: 'Pour-over dripper', price: 24.0 },
      ],
    },
    {
      name: 'Apparel',
      products: [
        { name: 'Organic cotton tee', price: 29.0 },
        { name: 'Linen shirt', price: 68.0 },
        { name: 'Relaxed-fit jeans', price: 89.0 },
        { name: 'Merino crew sweater', price: 118.0 },
      ],
    },
    {
      name: 'Beauty',
      products: [
        { name: 'Gentle foaming cleanser', price: 18.0 },
        { name: 'Mineral sunscreen SPF 50', price: 32.0 },
        { name: 'Vitamin C serum', price: 38.0 },
        { name: 'Tinted lip balm', price: 14.0 },
      ],
    },
    {
      name: 'Home',
      products: [
        { name: 'Soy candle, cedar & sage', price: 26.0 },
        { name: 'Stoneware mug set', price: 42.0 },
        { name: 'Waffle bath towel', price: 36.0 },
      ],
    },
    {
      name: 'Gift Sets',
      giftable: true,
      products: [
        { name: 'Holiday coffee gift box', price: 79.0 },
        { name: 'Self-care gift set', price: 95.0 },
      ],
    },
  ],
  shippingMajor: 6.95,
  freeShippingFromMajor: 75,
  peaks: [
    { name: 'Black Friday', at: { month: 11, day: 27 }, leadDays: 0, widthDays: 3, lift: 2.4 },
    { name: 'Christmas', at: { month: 12, day: 24 }, leadDays: 10, widthDays: 7, lift: 1.2 },
    { name: "Mother's Day", at: { month: 5, day: 10 }, leadDays: 5, widthDays: 3, lift: 0.5 },
  ],
};

const thailand: ShopProfile = {
  currency: 'THB',
  shopName: 'Baan Dee',
  timezone: 'Asia/Bangkok',
  locale: 'th-TH',
  familyFirst: false,
  familyNames: [
    n('ศรีสุข', 'Srisuk'),
    n('วงศ์ใหญ่', 'Wongyai'),
    n('สุวรรณรัตน์', 'Suwannarat'),
    n('แสงทอง', 'Saengthong'),
    n('บุญมา', 'Boonma'),
    n('ทองดี', 'Thongdee'),
    n('จันทร์เพ็ญ', 'Chanpen'),
    n('รัตนพันธ์', 'Rattanaphan'),
    n('สมบูรณ์', 'Somboon'),
    n('พึ่งบุญ', 'Phungboon'),
    n('ใจดี', 'Jaidee'),
    n('ศักดิ์สิทธิ์', 'Saksit'),
  ],
  givenNames: [
    n('สมชาย', 'Somchai'),
    n('สมศักดิ์', 'Somsak'),
    n('มาลี', 'Malee'),
    n('ศิริพร', 'Siriporn'),
    n('กัญญา', 'Kanya'),
    n('ณัฐพงศ์', 'Nattapong'),
    n('พิมพ์ชนก', 'Pimchanok'),
    n('วนิดา', 'Wanida'),
    n('อนันต์', 'Anan'),
    n('ประเสริฐ', 'Prasert'),
    n('สุดา', 'Suda'),
    n('รัตนา', 'Rattana'),
    n('ชัยวัฒน์', 'Chaiwat'),
    n('กิตติศักดิ์', 'Kittisak'),
    n('ธนวัฒน์', 'Thanawat'),
    n('อภิญญา', 'Apinya'),
    n('จิราพร', 'Jiraporn'),
    n('พรทิพย์', 'Pornthip'),
  ],
  channels: ['line', 'facebook', 'tiktok', 'google', 'lazada', 'organic', 'referral'],
  catalogue: [
    {
      name: 'กาแฟและชา',
      products: [
        { name: 'กาแฟดอยช้าง คั่วกลาง 250 ก.', price: 290 },
        { name: 'ชาไทยพรีเมียม 200 ก.', price: 190 },
        { name: 'ชาอู่หลงดอยแม่สลอง', price: 390 },
      ],
    },
    {
      name: 'เสื้อผ้า',
      products: [
        { name: 'เสื้อยืดคอตตอน', price: 390 },
        { name: 'เสื้อเชิ้ตลินิน', price: 890 },
        { name: 'กางเกงผ้าฝ้ายทอมือ', price: 590 },
        { name: 'ผ้าขาวม้าลายสก๊อต', price: 250 },
      ],
    },
    {
      name: 'ความงาม',
      products: [
        { name: 'โฟมล้างหน้าขมิ้น', price: 159 },
        { name: 'กันแดด SPF50 PA++++', price: 459 },
        { name: 'เซรั่มวิตามินซี', price: 890 },
        { name: 'ลิปบาล์มน้ำผึ้ง', price: 129 },
      ],
    },
    {
      name: 'ของใช้ในบ้าน',
      products: [
        { name: 'เทียนหอมตะไคร้', price: 299 },
        { name: 'แจกันเซรามิกเบญจรงค์', price: 1290 },
        { name: 'ผ้าขนหนูคอตตอน', price: 199 },
      ],
    },
    {
      name: 'ชุดของขวัญ',
      giftable: true,
      products: [
        { name: 'กระเช้าของขวัญปีใหม่', price: 1590 },
        { name: 'ชุดของขวัญสปา', price: 990 },
      ],
    },
  ],
  shippingMajor: 50,
  freeShippingFromMajor: 699,
  peaks: [
    { name: 'Songkran', at: { month: 4, day: 13 }, leadDays: 5, widthDays: 4, lift: 0.8 },
    { name: 'New Year', at: { month: 12, day: 31 }, leadDays: 10, widthDays: 6, lift: 1.0 },
    ...doubleDays,
  ],
};

const japan: ShopProfile = {
  currency: 'JPY',
  shopName: '暮らしの道具 こもれび',
  timezone: 'Asia/Tokyo',
  locale: 'ja-JP',
  familyFirst: true,
  familyNames: [
    n('佐藤', 'sato'),
    n('鈴木', 'suzuki'),
    n('高橋', 'takahashi'),
    n('田中', 'tanaka'),
    n('伊藤', 'ito'),
    n('渡辺', 'watanabe'),
    n('山本', 'yamamoto'),
    n('中村', 'nakamura'),
    n('小林', 'kobayashi'),
    n('加藤', 'kato'),
    n('吉田', 'yoshida'),
    n('山田', 'yamada'),
    n('佐々木', 'sasaki'),
    n('山口', 'yamaguchi'),
    n('松本', 'matsumoto'),
  ],
  givenNames: [
    n('翔太', 'shota'),
    n('大翔', 'hiroto'),
    n('蓮', 'ren'),
    n('陽菜', 'hina'),
    n('結衣', 'yui'),
    n('美咲', 'misaki'),
    n('健太', 'kenta'),
    n('拓也', 'takuya'),
    n('由美', 'yumi'),
    n('直美', 'naomi'),
    n('花子', 'hanako'),
    n('太郎', 'taro'),
    n('優斗', 'yuto'),
    n('さくら', 'sakura'),
    n('葵', 'aoi'),
    n('大輔', 'daisuke'),
    n('恵', 'megumi'),
    n('誠', 'makoto'),
  ],
  channels: ['line', 'instagram', 'google', 'x', 'rakuten', 'organic', 'referral'],
  catalogue: [
    {
      name: 'コーヒー・お茶',
      products: [
        { name: 'スペシャルティコーヒー豆 200g', price: 1480 },
        { name: '静岡煎茶 100g', price: 1080 },
        { name: 'ほうじ茶ティーバッグ 30包', price: 980 },
        { name: '有田焼ドリッパー', price: 2480 },
      ],
    },
    {
      name: 'アパレル',
      products: [
        { name: 'オーガニックコットンTシャツ', price: 3980 },
        { name: 'リネンシャツ', price: 8900 },
        { name: '今治タオルハンカチ', price: 1320 },
        { name: 'ウールカーディガン', price: 12800 },
      ],
    },
    {
      name: 'コスメ',
      products: [
        { name: '米ぬか洗顔フォーム', price: 1650 },
        { name: '日焼け止め SPF50+', price: 2200 },
        { name: '椿オイル 30ml', price: 3850 },
      ],
    },
    {
      name: '暮らし',
      products: [
        { name: '波佐見焼マグカップ', price: 2750 },
        { name: '曲げわっぱ弁当箱', price: 6600 },
        { name: 'ひのきアロマスプレー', price: 1980 },
      ],
    },
    {
      name: 'ギフト',
      giftable: true,
      products: [
        { name: 'お歳暮ギフトセット', price: 5500 },
        { name: '新春福袋', price: 10800 },
      ],
    },
  ],
  shippingMajor: 550,
  freeShippingFromMajor: 5500,
  peaks: [
    { name: '初売り', at: { month: 1, day: 2 }, leadDays: 0, widthDays: 2, lift: 1.8 },
    { name: 'お中元', at: { month: 7, day: 10 }, leadDays: 7, widthDays: 7, lift: 0.6 },
    { name: 'お歳暮', at: { month: 12, day: 15 }, leadDays: 5, widthDays: 9, lift: 1.2 },
  ],
};

export const shopProfiles: Record<DemoCurrency, ShopProfile> = {
  VND: vietnam,
  USD: unitedStates,
  THB: thailand,
  JPY: japan,
};
