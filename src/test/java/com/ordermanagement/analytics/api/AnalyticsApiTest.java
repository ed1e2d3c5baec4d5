package com.ordermanagement.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.MutableClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * The nine analytics endpoints over real HTTP, on a data set whose answers were worked out by hand.
 * "Today" is 2026-03-10 (UTC). In USD, March 1–10:
 *
 * <pre>
 * 03-01 23:59:59  A  10.00  pending      03-06 08:00  E  0.25  pending
 * 03-02 00:00:00  A  20.00  confirmed    03-06 09:00  E  0.00  pending
 * 03-02 10:00     B   0.10  pending      03-07 10:00  B 30.00  shipped
 * 03-02 11:00     B   0.15  pending      03-04 09:00  C  5.00  cancelled
 * 03-05 09:00     D 100.00  refunded     (and 02-20 A 40.00, 03-05 A 50.00 EUR)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rate-limit.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsApiTest extends HttpApiTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @BeforeAll
    void placeOrders() {
        // Runs before the per-test set-up of HttpApiTest: this class places its orders once.
        api = new Api(port);
        place("A", "2026-02-20T12:00:00Z", "40.00", "USD");
        place("A", "2026-03-01T23:59:59Z", "10.00", "USD");
        String confirmed = place("A", "2026-03-02T00:00:00Z", "20.00", "USD");
        place("B", "2026-03-02T10:00:00Z", "0.10", "USD");
        place("B", "2026-03-02T11:00:00Z", "0.15", "USD");
        String cancelled = place("C", "2026-03-04T09:00:00Z", "5.00", "USD");
        String refunded = place("D", "2026-03-05T09:00:00Z", "100.00", "USD");
        place("A", "2026-03-05T10:00:00Z", "50.00", "EUR");
        place("E", "2026-03-06T08:00:00Z", "0.25", "USD");
        place("E", "2026-03-06T09:00:00Z", "0.00", "USD");
        String shipped = place("B", "2026-03-07T10:00:00Z", "30.00", "USD");
        CLOCK.set(Instant.parse("2026-03-10T12:00:00Z"));
        move(confirmed, "A", "confirmed");
        api.post("/api/v1/orders/" + cancelled + "/cancel?customer_id=C", null);
        move(refunded, "D", "confirmed", "processing", "shipped", "delivered", "refunded");
        move(shipped, "B", "confirmed", "processing", "shipped");
    }

    @BeforeEach
    void today() {
        CLOCK.set(Instant.parse("2026-03-10T12:00:00Z"));
    }

    @Test
    void dailyFillsEveryDayAndRoundsAveragesHalfEven() {
        JsonNode report = api.get("/api/v1/analytics/daily?start_date=2026-03-01&end_date=2026-03-10")
                .json();

        assertThat(report.get("total_days").asInt()).isEqualTo(10);
        JsonNode days = report.get("metrics");
        assertThat(days).hasSize(10);
        assertDay(days.get(0), "2026-03-01", 1, "10.00", "10.00");
        assertDay(days.get(1), "2026-03-02", 3, "20.25", "6.75");
        assertDay(days.get(2), "2026-03-03", 0, "0.00", "0.00");
        assertDay(days.get(3), "2026-03-04", 0, "0.00", "0.00");
        assertDay(days.get(4), "2026-03-05", 0, "0.00", "0.00");
        assertDay(days.get(5), "2026-03-06", 2, "0.25", "0.12");
        assertDay(days.get(6), "2026-03-07", 1, "30.00", "30.00");
        assertThat(days.get(0).get("currency").asString()).isEqualTo("USD");
        JsonNode summary = report.get("period_summary");
        assertThat(summary.get("period_start").asString()).isEqualTo("2026-03-01");
        assertThat(summary.get("period_end").asString()).isEqualTo("2026-03-10");
        assertThat(summary.get("total_orders").asInt()).isEqualTo(7);
        assertThat(money(summary, "total_revenue")).isEqualByComparingTo("60.50");
        assertThat(money(summary, "average_order_value")).isEqualByComparingTo("8.64");
        assertThat(summary.get("currency").asString()).isEqualTo("USD");
    }

    @Test
    void theSumOfDailyRevenueIsThePeriodTotal() {
        JsonNode report = api.get("/api/v1/analytics/daily?start_date=2026-02-15&end_date=2026-03-10")
                .json();

        BigDecimal sum = BigDecimal.ZERO;
        long orders = 0;
        for (JsonNode day : report.get("metrics")) {
            sum = sum.add(money(day, "total_revenue"));
            orders += day.get("order_count").asLong();
        }
        assertThat(sum).isEqualByComparingTo(money(report.get("period_summary"), "total_revenue"));
        assertThat(orders)
                .isEqualTo(report.get("period_summary").get("total_orders").asLong());
        assertThat(sum).isEqualByComparingTo("100.50");
    }

    @Test
    void anotherCurrencyIsReportedSeparately() {
        JsonNode eur = api.get("/api/v1/analytics/daily?start_date=2026-03-05&end_date=2026-03-05&currency=EUR")
                .json();

        assertDay(eur.get("metrics").get(0), "2026-03-05", 1, "50.00", "50.00");
        assertThat(eur.get("metrics").get(0).get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void theStatusBreakdownCountsEveryOrderAndItsPercentagesAddUpToAHundred() {
        JsonNode report = api.get("/api/v1/analytics/orders/status?start_date=2026-03-01&end_date=2026-03-10")
                .json();

        JsonNode statuses = report.get("status_metrics");
        assertThat(statuses).hasSize(5);
        assertStatus(statuses.get(0), "pending", 5, "10.50", "55.56");
        assertStatus(statuses.get(1), "confirmed", 1, "20.00", "11.11");
        assertStatus(statuses.get(2), "shipped", 1, "30.00", "11.11");
        assertStatus(statuses.get(3), "cancelled", 1, "5.00", "11.11");
        assertStatus(statuses.get(4), "refunded", 1, "100.00", "11.11");
        assertThat(report.get("total_orders").asInt()).isEqualTo(9);
        assertThat(money(report, "total_revenue")).isEqualByComparingTo("60.50");
        assertThat(report.get("period").get("start_date").asString()).isEqualTo("2026-03-01");
        BigDecimal percent = BigDecimal.ZERO;
        for (JsonNode status : statuses) {
            percent = percent.add(money(status, "percentage"));
        }
        assertThat(percent).isEqualByComparingTo("100.00");
    }

    @Test
    void topCustomersAreRankedBySpendWithTheirEmailAndDates() {
        JsonNode report = api.get("/api/v1/analytics/customers/top?start_date=2026-03-01&end_date=2026-03-10&limit=2")
                .json();

        assertThat(report.get("limit").asInt()).isEqualTo(2);
        JsonNode customers = report.get("customers");
        assertThat(customers).hasSize(2);
        JsonNode first = customers.get(0);
        assertThat(first.get("customer_id").asString()).isEqualTo("B");
        assertThat(first.get("customer_email").asString()).isEqualTo("b@example.com");
        assertThat(first.get("total_orders").asInt()).isEqualTo(3);
        assertThat(money(first, "total_spent")).isEqualByComparingTo("30.25");
        assertThat(money(first, "average_order_value")).isEqualByComparingTo("10.08");
        assertThat(first.get("first_order_date").asString()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(first.get("last_order_date").asString()).isEqualTo("2026-03-07T10:00:00Z");
        assertThat(customers.get(1).get("customer_id").asString()).isEqualTo("A");
    }

    @Test
    void theSummaryAgreesWithDailyAndStatusAndComparesWithThePreviousPeriod() {
        JsonNode summary = api.get("/api/v1/analytics/summary?start_date=2026-03-01&end_date=2026-03-10")
                .json();
        JsonNode daily = api.get("/api/v1/analytics/daily?start_date=2026-03-01&end_date=2026-03-10")
                .json();
        JsonNode status = api.get("/api/v1/analytics/orders/status?start_date=2026-03-01&end_date=2026-03-10")
                .json();

        assertThat(summary.get("revenue_metrics")).isEqualTo(daily.get("period_summary"));
        assertThat(summary.get("daily_trend")).isEqualTo(daily.get("metrics"));
        assertThat(summary.get("status_breakdown")).isEqualTo(status.get("status_metrics"));
        assertThat(summary.get("top_customers")).hasSize(3);
        // Previous period 02-19..02-28 had 40.00: (60.50 - 40.00) / 40.00 = 51.25 %.
        assertThat(money(summary, "growth_rate")).isEqualByComparingTo("51.25");
        assertThat(summary.get("busiest_day").asString()).isEqualTo("2026-03-02");
        assertThat(summary.get("highest_revenue_day").asString()).isEqualTo("2026-03-07");
        assertThat(summary.get("period").get("end_date").asString()).isEqualTo("2026-03-10");
    }

    @Test
    void growthIsNullWhenThePreviousPeriodIsEmptyAndAnEmptyRangeIsAllZeros() {
        JsonNode summary = api.get("/api/v1/analytics/summary?start_date=2026-01-01&end_date=2026-01-31")
                .json();

        assertThat(summary.get("growth_rate").isNull()).isTrue();
        assertThat(summary.get("busiest_day").isNull()).isTrue();
        assertThat(summary.get("highest_revenue_day").isNull()).isTrue();
        assertThat(summary.get("status_breakdown")).isEmpty();
        assertThat(summary.get("top_customers")).isEmpty();
        assertThat(summary.get("daily_trend")).hasSize(31);
        assertThat(money(summary.get("revenue_metrics"), "average_order_value")).isEqualByComparingTo("0.00");
    }

    @Test
    void oneCustomerOverTheLastTwelveMonthsOrARangeAndZerosWithoutRevenueOrders() {
        JsonNode allTime = api.get("/api/v1/analytics/customers/A").json();
        JsonNode march = api.get("/api/v1/analytics/customers/A?start_date=2026-03-01&end_date=2026-03-10")
                .json();

        assertThat(allTime.get("total_orders").asInt()).isEqualTo(3);
        assertThat(money(allTime, "total_spent")).isEqualByComparingTo("70.00");
        assertThat(money(allTime, "average_order_value")).isEqualByComparingTo("23.33");
        assertThat(allTime.get("first_order_date").asString()).isEqualTo("2026-02-20T12:00:00Z");
        assertThat(march.get("total_orders").asInt()).isEqualTo(2);
        for (String customer : new String[] {"C", "nobody"}) {
            Api.Response zeros = api.get("/api/v1/analytics/customers/" + customer);
            assertThat(zeros.status()).as(customer).isEqualTo(200);
            assertThat(zeros.json().get("customer_id").asString()).isEqualTo(customer);
            assertThat(zeros.json().get("customer_email").asString()).isEmpty();
            assertThat(zeros.json().get("total_orders").asInt()).isZero();
            assertThat(money(zeros.json(), "total_spent")).isEqualByComparingTo("0.00");
            assertThat(zeros.json().get("first_order_date").isNull()).isTrue();
            assertThat(zeros.json().get("last_order_date").isNull()).isTrue();
        }
        assertThat(api.get("/api/v1/analytics/customers/A?end_date=2026-02-19")
                        .json()
                        .get("total_orders")
                        .asInt())
                .as("a year before 2026-02-19: before A's first order")
                .isZero();
    }

    @Test
    void defaultRangesAndQuickReports() {
        JsonNode daily = api.get("/api/v1/analytics/daily").json();
        JsonNode trend = api.get("/api/v1/analytics/revenue/trends?days=7").json();
        JsonNode today = api.get("/api/v1/analytics/quick/today").json();
        JsonNode week = api.get("/api/v1/analytics/quick/week").json();
        JsonNode month = api.get("/api/v1/analytics/quick/month").json();
        JsonNode summary = api.get("/api/v1/analytics/summary").json();
        JsonNode status = api.get("/api/v1/analytics/orders/status").json();
        JsonNode top = api.get("/api/v1/analytics/customers/top").json();

        assertThat(daily.get("total_days").asInt()).isEqualTo(30);
        assertThat(daily.get("metrics").get(0).get("date").asString()).isEqualTo("2026-02-09");
        assertThat(trend.get("metrics").get(0).get("date").asString()).isEqualTo("2026-03-04");
        assertThat(trend).isEqualTo(week);
        assertThat(today.get("total_days").asInt()).isEqualTo(1);
        assertThat(today.get("metrics").get(0).get("date").asString()).isEqualTo("2026-03-10");
        assertThat(month).isEqualTo(summary);
        assertThat(month.get("period").get("start_date").asString()).isEqualTo("2026-03-01");
        assertThat(status.get("period").get("start_date").asString()).isEqualTo("2026-02-09");
        assertThat(top.get("limit").asInt()).isEqualTo(10);
        assertThat(top.get("customers").get(0).get("customer_id").asString()).isEqualTo("A");
    }

    @Test
    void invalidDatesAre400AndOtherInvalidParameters422ProblemsNamingTheParameter() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"/api/v1/analytics/daily?start_date=2026-03-05&end_date=2026-03-01", "start_date", "400"
        });
        cases.add(new String[] {"/api/v1/analytics/daily?end_date=2026-03-11", "end_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/daily?start_date=2016-03-09&end_date=2026-03-10", "start_date", "400"
        });
        cases.add(new String[] {"/api/v1/analytics/daily?start_date=2026-02-30", "start_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/daily?start_date=yesterday", "start_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/daily?end_date=-999999999-01-01", "end_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/daily?start_date=-999999999-01-01", "start_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/summary?start_date=-999999999-01-01", "start_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/summary?start_date=+999999999-12-31", "start_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/customers/A?start_date=1999-12-31", "start_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/orders/status?end_date=2101-01-01", "end_date", "400"});
        cases.add(new String[] {"/api/v1/analytics/revenue/trends?days=0", "days", "422"});
        cases.add(new String[] {"/api/v1/analytics/revenue/trends?days=366", "days", "422"});
        cases.add(new String[] {"/api/v1/analytics/revenue/trends?days=many", "days", "422"});
        cases.add(new String[] {"/api/v1/analytics/customers/top?limit=0", "limit", "422"});
        cases.add(new String[] {"/api/v1/analytics/customers/top?limit=101", "limit", "422"});
        cases.add(new String[] {"/api/v1/analytics/summary?currency=ABC", "currency", "422"});
        cases.add(new String[] {"/api/v1/analytics/quick/week?currency=usd", "currency", "422"});
        for (String[] testCase : cases) {
            Api.Response response = api.get(testCase[0]);
            assertThat(response.status()).as(testCase[0]).isEqualTo(Integer.parseInt(testCase[2]));
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .as(testCase[0])
                    .isEqualTo(testCase[1]);
        }
        JsonNode tenYears = api.get("/api/v1/analytics/daily?start_date=2016-03-10&end_date=2026-03-10")
                .json();
        assertThat(tenYears.get("total_days").asInt())
                .as("ten years are answered")
                .isEqualTo(3653);
    }

    private String place(String customer, String at, String price, String currency) {
        CLOCK.set(Instant.parse(at));
        String body = """
                {"customer_id": "%s", "customer_email": "%s@example.com", "currency": "%s",
                 "items": [{"product_id": "sku", "product_name": "Thing", "quantity": 1, "unit_price": %s}],
                 "billing_address": {"street": "1 Main St", "city": "Seattle", "state": "WA", "postal_code": "98101"},
                 "payment_info": {"method": "paypal"}}
                """.formatted(customer, customer.toLowerCase(), currency, price);
        Api.Response created = api.post("/api/v1/orders", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void move(String id, String customer, String... statuses) {
        for (String status : statuses) {
            Api.Response moved =
                    api.put("/api/v1/orders/" + id + "?customer_id=" + customer, "{\"status\": \"" + status + "\"}");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
    }

    private static BigDecimal money(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }

    private static void assertDay(JsonNode day, String date, int orders, String revenue, String average) {
        assertThat(day.get("date").asString()).isEqualTo(date);
        assertThat(day.get("order_count").asInt()).as(date).isEqualTo(orders);
        assertThat(money(day, "total_revenue")).as(date).isEqualByComparingTo(revenue);
        assertThat(money(day, "average_order_value")).as(date).isEqualByComparingTo(average);
    }

    private static void assertStatus(JsonNode status, String name, int count, String value, String percentage) {
        assertThat(status.get("status").asString()).isEqualTo(name);
        assertThat(status.get("count").asInt()).as(name).isEqualTo(count);
        assertThat(money(status, "total_value")).as(name).isEqualByComparingTo(value);
        assertThat(money(status, "percentage")).as(name).isEqualByComparingTo(percentage);
    }
}
