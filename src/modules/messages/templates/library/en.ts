import type { LanguageWords } from './layout.js';

const name = '{{ customer.first_name | default: "there" }}';

// What a coupon takes off, in words: `coupon.amount` is in minor units, used by amount_off only.
const discount =
  '{% case coupon.kind %}{% when "amount_off" %}{{ coupon.amount | money }} off{% when "percent_off" %}{{ coupon.percent_off }}% off{% when "free_shipping" %}free shipping{% else %}a free product{% endcase %}';

export const en: LanguageWords = {
  language: 'en',
  footer: {
    because: 'You are receiving this email as a customer of {{ shop.name }}',
    unsubscribe: 'Unsubscribe',
    preferences: 'Email preferences',
  },
  messages: {
    welcome: {
      name: 'Welcome',
      subject: 'Welcome to {{ shop.name }}',
      preheader: 'Thank you for joining us. Here is what to expect.',
      heading: `Hi ${name}, welcome!`,
      paragraphs: [
        'Thank you for joining {{ shop.name }}. I am so glad you found us.',
        'Every order earns you points to spend on your next one, and members hear about new arrivals first. If you ever have a question, just reply to this email: it comes straight to me.',
      ],
      button: { label: 'Visit the shop', url: '{{ shop_url }}' },
      closing: 'See you soon,',
      short: `{{ shop.name }}: Welcome, ${name}! Thanks for joining us. Every order earns points toward your next one: {{ shop_url }} – {{ sender.name }}`,
    },
    thank_you: {
      name: 'Thank you for your order',
      subject: 'Thank you for your order #{{ order.number }}',
      preheader: 'We are getting it ready. Here are the details.',
      heading: `Thank you, ${name}!`,
      paragraphs: [
        'Your order #{{ order.number }} of {{ order.total | money }} is confirmed, and we are getting it ready with care.',
        'You now have {{ loyalty.points | points }} points. We will let you know as soon as your order is on its way.',
      ],
      button: { label: 'View your order', url: '{{ order.url }}' },
      closing: 'With thanks,',
      short: `{{ shop.name }}: Thank you for your order #{{ order.number }} ({{ order.total | money }}), ${name}! We will let you know when it ships. Details: {{ order.url }} – {{ sender.name }}`,
    },
    review_request: {
      name: 'Review request',
      subject: 'How was your order #{{ order.number }}?',
      preheader: 'A review takes a minute and helps other customers choose.',
      heading: 'How was everything?',
      paragraphs: [
        `Hi ${name}, your order #{{ order.number }} should have arrived by now. I hope you love it.`,
        'Would you take a minute to tell us what you think? Honest reviews help other customers choose, and they help us get better.',
      ],
      button: { label: 'Write a review', url: '{{ review_url }}' },
      closing: 'Thank you,',
      short: `{{ shop.name }}: Hi ${name}, how was your order #{{ order.number }}? A quick review would mean a lot: {{ review_url }} – {{ sender.name }}`,
    },
    at_risk: {
      name: 'We miss you',
      subject: 'We have missed you at {{ shop.name }}',
      preheader: 'A few new things have arrived since your last visit.',
      heading: `It has been a while, ${name}`,
      paragraphs: [
        'We noticed you have not stopped by in a while, and we wanted to say hello.',
        'A few new things have arrived since your last visit, and your {{ loyalty.points | points }} points are still waiting for you.',
      ],
      button: { label: 'See what is new', url: '{{ shop_url }}' },
      closing: 'Hope to see you soon,',
      short: `{{ shop.name }}: Hi ${name}, we have missed you! Your {{ loyalty.points | points }} points are still waiting: {{ shop_url }} – {{ sender.name }}`,
    },
    win_back: {
      name: 'Win-back offer',
      subject: 'A gift to welcome you back to {{ shop.name }}',
      preheader: 'Your code {{ coupon.code }} is valid until {{ coupon.expires_at | date }}.',
      heading: 'We would love to see you again',
      paragraphs: [
        `Hi ${name}, it has been a while since your last order, so here is a little gift for your next one.`,
        'Use this code at checkout. It is valid until {{ coupon.expires_at | date }}.',
      ],
      highlight: '{{ coupon.code }}',
      button: { label: 'Shop now', url: '{{ shop_url }}' },
      closing: 'Warm wishes,',
      short: `{{ shop.name }}: Hi ${name}, here is a gift for your next order: code {{ coupon.code }}, valid until {{ coupon.expires_at | date }}. {{ shop_url }} – {{ sender.name }}`,
    },
    birthday: {
      name: 'Birthday',
      subject: 'Happy birthday from {{ shop.name }}!',
      preheader: 'Wishing you a wonderful day.',
      heading: 'Happy birthday!',
      paragraphs: [
        `Hi ${name}, everyone at {{ shop.name }} wishes you a wonderful birthday and a great year ahead.`,
        'Thank you for being part of our story. We hope to celebrate with you soon.',
      ],
      button: { label: 'Visit the shop', url: '{{ shop_url }}' },
      closing: 'Warmly,',
      short: `{{ shop.name }}: Hi ${name}, happy birthday! Everyone here wishes you a wonderful day. – {{ sender.name }}`,
    },
    points_expiring: {
      name: 'Points expiring',
      subject: 'Your {{ points_expiring.amount | points }} points expire on {{ points_expiring.at | date }}',
      preheader: 'Use them before they are gone.',
      heading: 'Your points are about to expire',
      paragraphs: [
        `Hi ${name}, {{ points_expiring.amount | points }} of your {{ loyalty.points | points }} points expire on {{ points_expiring.at | date }}.`,
        'Use them on your next order before then, so they do not go to waste.',
      ],
      button: { label: 'Use my points', url: '{{ shop_url }}' },
      closing: 'See you soon,',
      short: `{{ shop.name }}: Hi ${name}, {{ points_expiring.amount | points }} of your points expire on {{ points_expiring.at | date }}. Use them before then: {{ shop_url }}`,
    },
    tier_up: {
      name: 'New tier',
      subject: 'Congratulations, you have reached {{ loyalty.tier.name }}!',
      preheader: 'Here is what your new level brings.',
      heading: 'Congratulations!',
      paragraphs: [
        `Hi ${name}, thanks to your loyalty you have moved up to {{ loyalty.tier.name }}.`,
        'Your new level comes with extra benefits on every order, and you have {{ loyalty.points | points }} points to spend right now.',
      ],
      button: { label: 'See my benefits', url: '{{ shop_url }}' },
      closing: 'With thanks,',
      short: `{{ shop.name }}: Congratulations ${name}, you have reached {{ loyalty.tier.name }}! Enjoy your new benefits: {{ shop_url }} – {{ sender.name }}`,
    },
    nps_ask: {
      name: 'Would you recommend us?',
      subject: 'A quick question from {{ shop.name }}',
      preheader: 'One question, one minute.',
      heading: 'Would you recommend us?',
      paragraphs: [
        `Hi ${name}, on a scale from 0 to 10, how likely are you to recommend {{ shop.name }} to a friend?`,
        'It takes less than a minute, and I read every answer.',
      ],
      button: { label: 'Answer the question', url: '{{ nps_url }}' },
      closing: 'Thank you,',
      short: `{{ shop.name }}: Hi ${name}, how likely are you to recommend us to a friend, from 0 to 10? One tap: {{ nps_url }} – {{ sender.name }}`,
    },
  },
  confirmation: {
    name: 'Confirm your subscription',
    subject: 'Please confirm your subscription to {{ shop.name }}',
    preheader: 'One click and you are on the list.',
    heading: `Hi ${name}, one last step`,
    paragraphs: [
      'You asked to receive emails from {{ shop.name }}. Please press the button below to confirm that this address is yours.',
      'If you did not ask for this, simply ignore this email: we will not write to you unless you confirm.',
    ],
    button: { label: 'Confirm my subscription', url: '{{ links.confirm }}' },
    closing: 'Thank you,',
  },
  couponCode: {
    name: 'Your coupon code',
    subject: 'Your coupon code for {{ shop.name }}',
    preheader: `Code {{ coupon.code }}: ${discount}.`,
    heading: `Hi ${name}, here is your code`,
    paragraphs: [
      `As you asked, here is your coupon code for {{ shop.name }} again. It gives you ${discount} when you type it at checkout.`,
      '{% if coupon.expires_at %}It is valid until {{ coupon.expires_at | date }}.{% else %}It does not expire.{% endif %}',
    ],
    highlight: '{{ coupon.code }}',
    closing: 'Happy shopping,',
  },
};
