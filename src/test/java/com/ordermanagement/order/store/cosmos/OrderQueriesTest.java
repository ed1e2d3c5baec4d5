package com.ordermanagement.order.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.store.OrderListQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderQueriesTest {

    @Test
    void findingAnOrderWithoutItsCustomerIsOneParameterisedQuery() {
        SqlQuerySpec spec = OrderQueries.orderById("x' OR 1=1 --");

        assertThat(spec.getQueryText()).isEqualTo("SELECT * FROM c WHERE c.type = @type AND c.id = @id");
        assertThat(parameters(spec)).containsExactly(Map.entry("@type", "order"), Map.entry("@id", "x' OR 1=1 --"));
    }

    @Test
    void findingByNumberFallsBackToAParameterisedQuery() {
        SqlQuerySpec spec = OrderQueries.orderByNumber("ORD-20260101-AAAAAA");

        assertThat(spec.getQueryText()).isEqualTo("SELECT * FROM c WHERE c.type = @type AND c.order_number = @number");
        assertThat(parameters(spec)).containsEntry("@number", "ORD-20260101-AAAAAA");
    }

    @Test
    void anUnfilteredListingSortsNewestFirstWithOffsetAndLimitAsParameters() {
        SqlQuerySpec spec = OrderQueries.listing(new OrderListQuery(null, null, 40, 20, null), 40, 60);

        assertThat(spec.getQueryText())
                .isEqualTo(
                        "SELECT * FROM c WHERE c.type = @type ORDER BY c.created_at DESC OFFSET @offset LIMIT @limit");
        assertThat(parameters(spec))
                .containsExactly(Map.entry("@type", "order"), Map.entry("@offset", 40L), Map.entry("@limit", 60L));
    }

    @Test
    void customerAndStatusFiltersAreParametersInListingAndCount() {
        OrderListQuery query = new OrderListQuery("cust'; DROP", OrderStatus.SHIPPED, 0, 20, null);

        SqlQuerySpec listing = OrderQueries.listing(query, 0, 5);
        SqlQuerySpec count = OrderQueries.count(query);

        String where = "c.type = @type AND c.partitionKey = @customerId AND c.status = @status";
        assertThat(listing.getQueryText())
                .isEqualTo(
                        "SELECT * FROM c WHERE " + where + " ORDER BY c.created_at DESC OFFSET @offset LIMIT @limit");
        assertThat(count.getQueryText()).isEqualTo("SELECT VALUE COUNT(1) FROM c WHERE " + where);
        assertThat(parameters(count))
                .containsExactly(
                        Map.entry("@type", "order"),
                        Map.entry("@customerId", "cust'; DROP"),
                        Map.entry("@status", "shipped"));
        assertThat(listing.getQueryText()).doesNotContain("cust'");
    }

    static Map<String, Object> parameters(SqlQuerySpec spec) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (SqlParameter parameter : spec.getParameters()) {
            values.put(parameter.getName(), parameter.getValue(Object.class));
        }
        return values;
    }
}
