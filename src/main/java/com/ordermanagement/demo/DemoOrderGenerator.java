package com.ordermanagement.demo;

import com.ordermanagement.order.domain.Address;
import com.ordermanagement.order.domain.Charges;
import com.ordermanagement.order.domain.Money;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.PaymentInfo;
import com.ordermanagement.order.domain.PaymentMethod;
import com.ordermanagement.order.domain.PaymentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic, repeatable demo orders: a few big customers and many small ones, 1–5 lines from a
 * catalogue, every status, three currencies, spread over the 180 days before {@code now}. The same
 * seed always yields the same orders, and every order passes the API's validation rules.
 */
public final class DemoOrderGenerator {

    static final int DAYS = 180;
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP"};
    private static final String[] CITIES = {"Seattle", "Austin", "Boston", "Denver", "Chicago", "Portland", "Atlanta"};
    private static final String[] STATES = {"WA", "TX", "MA", "CO", "IL", "OR", "GA"};
    private static final String[] STREETS = {"Main St", "Oak Ave", "Pine Rd", "Maple Dr", "Cedar Ln", "Elm St"};
    private static final String[] PRODUCTS = {
        "Widget", "Gadget", "Sprocket", "Gizmo", "Doohickey", "Thingamajig", "Whatsit", "Contraption"
    };
    private static final String[] QUALITIES = {"Basic", "Standard", "Premium", "Deluxe", "Pro"};
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final long NUMBER_SPACE = 1L << 32; // 16^8, the eight hex digits of an order number
    /** Odd, so multiplying by it permutes the number space. */
    private static final long NUMBER_STRIDE = 1_000_003L;

    private final SplittableRandom random;
    private final Instant now;
    private final List<Customer> customers;
    private final List<Product> catalogue;
    private long sequence;

    public DemoOrderGenerator(long seed, int orders, Instant now) {
        this.random = new SplittableRandom(seed);
        this.now = now.truncatedTo(ChronoUnit.MICROS);
        this.catalogue = catalogue();
        int customerCount = Math.max(10, orders / 20);
        this.customers = new ArrayList<>(customerCount);
        for (int i = 0; i < customerCount; i++) {
            customers.add(customer(i));
        }
    }

    public int customerCount() {
        return customers.size();
    }

    public Order next() {
        long index = sequence++;
        // Cubing a uniform draw piles orders onto the first customers: a few big, many small.
        double u = random.nextDouble();
        Customer customer = customers.get((int) (u * u * u * customers.size()));
        Instant createdAt = now.minus(random.nextLong(DAYS * 86_400_000_000L), ChronoUnit.MICROS);
        List<OrderItem> items = new ArrayList<>(5);
        for (int i = 0, lines = 1 + random.nextInt(5); i < lines; i++) {
            Product product = catalogue.get(random.nextInt(catalogue.size()));
            int quantity = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(4);
            items.add(OrderItem.of(product.id(), product.name(), quantity, product.price()));
        }
        BigDecimal subtotal = items.stream().map(OrderItem::totalPrice).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal tax = subtotal.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal shipping = subtotal.compareTo(new BigDecimal("50.00")) >= 0
                ? Money.ZERO
                : new BigDecimal(random.nextBoolean() ? "4.99" : "9.99");
        BigDecimal discount = random.nextInt(10) == 0 && subtotal.compareTo(new BigDecimal("20.00")) > 0
                ? new BigDecimal("5.00")
                : Money.ZERO;
        OrderStatus status = status(createdAt);
        PaymentInfo payment = new PaymentInfo(
                customer.method(),
                paymentStatus(status),
                customer.method() == PaymentMethod.CREDIT_CARD || customer.method() == PaymentMethod.DEBIT_CARD
                        ? customer.lastFour()
                        : null,
                status == OrderStatus.PENDING ? null : "txn_" + Long.toString(index, 36),
                "demo-processor");
        Order order = new OrderDraft(
                        customer.id(),
                        customer.email(),
                        items,
                        new Charges(tax, shipping, discount),
                        customer.currency(),
                        customer.address(),
                        customer.address(),
                        payment,
                        null,
                        "demo")
                .toOrder(uuid(), number(index, createdAt), createdAt);
        if (status == OrderStatus.PENDING) {
            return order;
        }
        Instant updatedAt = createdAt.plus(1 + random.nextInt(72), ChronoUnit.HOURS);
        return order.withStatus(
                status,
                status == OrderStatus.CANCELLED ? "Customer request" : null,
                updatedAt.isAfter(now) ? now : updatedAt);
    }

    /** Older orders have travelled further along the flow; a few are cancelled or refunded. */
    private OrderStatus status(Instant createdAt) {
        long ageDays = ChronoUnit.DAYS.between(createdAt, now);
        int roll = random.nextInt(100);
        if (roll < 5) {
            return ageDays < 2 ? OrderStatus.PENDING : OrderStatus.CANCELLED;
        }
        if (roll < 7 && ageDays > 14) {
            return OrderStatus.REFUNDED;
        }
        if (ageDays < 1) {
            return roll < 60 ? OrderStatus.PENDING : OrderStatus.CONFIRMED;
        }
        if (ageDays < 3) {
            return roll < 50 ? OrderStatus.PROCESSING : OrderStatus.SHIPPED;
        }
        if (ageDays < 7) {
            return roll < 40 ? OrderStatus.SHIPPED : OrderStatus.DELIVERED;
        }
        return OrderStatus.DELIVERED;
    }

    private static PaymentStatus paymentStatus(OrderStatus status) {
        return switch (status) {
            case PENDING -> PaymentStatus.PENDING;
            case CONFIRMED, PROCESSING -> PaymentStatus.AUTHORIZED;
            case SHIPPED, DELIVERED -> PaymentStatus.CAPTURED;
            case CANCELLED -> PaymentStatus.FAILED;
            case REFUNDED -> PaymentStatus.REFUNDED;
        };
    }

    /** Unique per sequence number: a stride permutes the eight-hex-digit space. */
    static String number(long index, Instant createdAt) {
        long value = Math.floorMod(index * NUMBER_STRIDE + 7_777_777L, NUMBER_SPACE);
        return "ORD-" + DAY.format(createdAt) + "-" + String.format(java.util.Locale.ROOT, "%08X", value);
    }

    private String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private Customer customer(int index) {
        int roll = random.nextInt(100);
        String currency = roll < 80 ? CURRENCIES[0] : roll < 95 ? CURRENCIES[1] : CURRENCIES[2];
        int place = random.nextInt(CITIES.length);
        Address address = new Address(
                (1 + random.nextInt(9999)) + " " + STREETS[random.nextInt(STREETS.length)],
                CITIES[place],
                STATES[place],
                String.format("%05d", 10000 + random.nextInt(89999)),
                currency.equals("USD") ? "US" : currency.equals("EUR") ? "DE" : "GB");
        PaymentMethod method = PaymentMethod.values()[random.nextInt(PaymentMethod.values().length)];
        return new Customer(
                String.format("cust_%06d", index),
                String.format("customer%06d@example.com", index),
                currency,
                address,
                method,
                String.format("%04d", random.nextInt(10_000)));
    }

    private List<Product> catalogue() {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = QUALITIES[i % QUALITIES.length] + " " + PRODUCTS[(i / QUALITIES.length) % PRODUCTS.length];
            long cents = 99 + random.nextLong(49_900);
            products.add(new Product(String.format("prod_%03d", i), name, BigDecimal.valueOf(cents, 2)));
        }
        return products;
    }

    private record Customer(
            String id, String email, String currency, Address address, PaymentMethod method, String lastFour) {}

    private record Product(String id, String name, BigDecimal price) {}
}
