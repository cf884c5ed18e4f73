import { RetainError } from '../../core/errors.js';

// Header names are matched case-insensitively and ignoring spaces, underscores, hyphens and dots,
// so `Order ID`, `order_id`, `orderId` and `ORDER-ID` are one name. Each field lists its aliases;
// the README's tables mirror these lists.

export type ImportType = 'customers' | 'orders';

export const orderFields = {
  orderId: ['orderid', 'order', 'ordernumber', 'orderno', 'id', 'transactionid', 'invoiceid'],
  customerId: ['customerid', 'customer', 'userid', 'user', 'externalid', 'clientid', 'buyerid'],
  email: ['email', 'customeremail', 'emailaddress'],
  date: [
    'date',
    'createdat',
    'orderdate',
    'orderedat',
    'placedat',
    'processedat',
    'purchasedate',
    'purchasedat',
    'timestamp',
    'datetime',
  ],
  total: [
    'total',
    'amount',
    'revenue',
    'ordertotal',
    'totalprice',
    'grandtotal',
    'value',
    'dollarvalue',
    'sales',
  ],
  currency: ['currency', 'currencycode'],
  subtotal: ['subtotal'],
  discount: ['discount', 'discountamount', 'discounttotal'],
  shipping: ['shipping', 'shippingamount', 'shippingcost'],
  tax: ['tax', 'taxes', 'taxamount', 'taxtotal'],
  coupon: ['coupon', 'couponcode', 'discountcode'],
  productId: ['productid', 'product', 'itemid'],
  sku: ['sku', 'variantsku', 'itemsku'],
  productName: ['productname', 'name', 'itemname', 'title', 'producttitle', 'lineitemname'],
  category: ['category', 'productcategory', 'producttype'],
  price: ['price', 'unitprice', 'itemprice', 'lineitemprice'],
  quantity: ['quantity', 'qty', 'units', 'lineitemquantity'],
} as const;

export const customerFields = {
  customerId: ['customerid', 'userid', 'externalid', 'id', 'customer', 'user'],
  email: ['email', 'emailaddress'],
  firstName: ['firstname', 'givenname', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  name: ['name', 'fullname'],
  phone: ['phone', 'phonenumber', 'mobile', 'telephone', 'tel'],
  birthday: ['birthday', 'birthdate', 'dateofbirth', 'dob'],
  createdAt: [
    'createdat',
    'signupdate',
    'signedupat',
    'joinedat',
    'registeredat',
    'created',
    'customersince',
  ],
  timezone: ['timezone', 'tz'],
  locale: ['locale', 'language', 'lang'],
} as const;

export type OrderField = keyof typeof orderFields;
export type CustomerField = keyof typeof customerFields;

/** Product columns: any of them makes the file one row per order line. */
export const lineFields: OrderField[] = ['productId', 'sku', 'productName', 'category', 'price', 'quantity'];

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[\s_\-.]/g, '');

export interface ColumnMap<Field extends string> {
  /** Field → index of its column. */
  index: Partial<Record<Field, number>>;
  /** Columns that name no field, by index and header as written. */
  others: { index: number; header: string }[];
}

/** Maps a header row to fields; the first column matching a field wins, later ones are others. */
export function mapColumns<Field extends string>(
  headers: string[],
  fields: Record<Field, readonly string[]>,
): ColumnMap<Field> {
  const byAlias = new Map<string, Field>();
  for (const [field, aliases] of Object.entries(fields) as [Field, readonly string[]][]) {
    for (const alias of aliases) byAlias.set(alias, field);
  }
  const index: Partial<Record<Field, number>> = {};
  const others: { index: number; header: string }[] = [];
  headers.forEach((header, column) => {
    const field = byAlias.get(normaliseHeader(header));
    if (field !== undefined && index[field] === undefined) index[field] = column;
    else if (header.trim()) others.push({ index: column, header: header.trim() });
  });
  return { index, others };
}

export function requireColumns<Field extends string>(
  map: ColumnMap<Field>,
  required: Field[],
  fields: Record<Field, readonly string[]>,
  type: ImportType,
): void {
  const missing = required.filter((field) => map.index[field] === undefined);
  if (missing.length === 0) return;
  const wanted = missing.map((field) => `${field} (${fields[field].slice(0, 4).join(', ')}…)`).join('; ');
  throw new RetainError('import_columns_missing', `The ${type} file has no column for: ${wanted}.`, {
    param: missing[0],
  });
}
