// What a TypeScript user of the service writes with the client openapi-generator makes from our
// document (generator "typescript-fetch"): create, read, list, confirm, cancel, then the month's summary.
import { AnalyticsApi, Configuration, OrdersApi } from './client';

declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(what);
  }
}

async function main(): Promise<string> {
  const config = new Configuration({ basePath: process.env.BASE_URL });
  const customer = process.env.CUSTOMER ?? 'generated-ts';
  const orders = new OrdersApi(config);
  const analytics = new AnalyticsApi(config);

  const created = await orders.createOrder({
    idempotencyKey: `${customer}-first-try`,
    createOrderRequest: {
      customerId: customer,
      customerEmail: 'ts-client@example.com',
      items: [{ productId: 'sku-1', productName: 'Widget', quantity: 2, unitPrice: 19.99 }],
      billingAddress: { street: '1 Main St', city: 'Seattle', state: 'WA', postalCode: '98101' },
      paymentInfo: { method: 'credit_card', lastFourDigits: '4242' },
      taxAmount: 3.2,
    },
  });
  check(Math.abs(created.totalAmount - 43.18) < 1e-9, `total ${created.totalAmount}`);
  check(created.notes == null && created.updatedAt == null, 'nulls read as absent');

  const read = await orders.getOrder({ orderId: created.id, customerId: customer });
  check(read.orderNumber === created.orderNumber, `read ${read.orderNumber}`);

  const page = await orders.listOrders({ customerId: customer, page: 1, pageSize: 20 });
  check(page.totalCount === 1 && page.orders[0].id === created.id, `list ${page.totalCount}`);

  const confirmed = await orders.updateOrder({
    orderId: created.id,
    customerId: customer,
    updateOrderRequest: { status: 'confirmed' },
  });
  check(confirmed.status === 'confirmed', `status ${confirmed.status}`);
  check(confirmed.items.length === 1, 'a status-only update keeps the items');

  const cancelled = await orders.cancelOrder({
    orderId: created.id,
    customerId: customer,
    cancelOrderRequest: { reason: 'Changed my mind' },
  });
  check(cancelled.order?.status === 'cancelled', `cancel ${cancelled.message}`);

  const summary = await analytics.getSummaryReport({ currency: 'USD' });
  check(summary.revenueMetrics.currency === 'USD', `summary ${summary.period.startDate}`);

  return `${created.orderNumber} ${cancelled.order?.status}`;
}

main().then(
  (result) => console.log(`SCENARIO OK ${result}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
