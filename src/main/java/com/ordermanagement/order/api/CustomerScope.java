package com.ordermanagement.order.api;

import com.ordermanagement.common.security.Caller;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.service.OrderNotFoundException;
import java.util.Optional;

/**
 * What a token bound to one customer (its {@code customer_id} claim) may see and do: that customer's
 * orders only. Asking for another customer's list or creating an order for someone else is refused
 * (403); another customer's order simply does not exist for it (404, whatever the method), so its
 * existence is not revealed. Unbound callers are not restricted here.
 */
final class CustomerScope {

    private CustomerScope() {}

    /** The customer a listing covers: the bound one, which a request may name but not change. */
    static String listing(String requestedCustomer) {
        Optional<String> bound = Caller.boundCustomer();
        if (bound.isEmpty()) {
            return requestedCustomer;
        }
        if (requestedCustomer != null && !requestedCustomer.equals(bound.get())) {
            throw new OtherCustomerException();
        }
        return bound.get();
    }

    /** The customer whose partition an order is looked up in: for a bound token, always its own. */
    static String order(String requestedCustomer) {
        Optional<String> bound = Caller.boundCustomer();
        if (bound.isEmpty()) {
            return requestedCustomer;
        }
        if (requestedCustomer != null && !requestedCustomer.equals(bound.get())) {
            throw new OrderNotFoundException("this id");
        }
        return bound.get();
    }

    /** A new order's customer must be the bound one. */
    static void creating(String customer) {
        Caller.boundCustomer().filter(bound -> !bound.equals(customer)).ifPresent(bound -> {
            throw new OtherCustomerException();
        });
    }

    /**
     * An Idempotency-Key belongs to whoever sent it: with a token, keys are scoped to its subject (and,
     * in the store, to the customer), so one client's key tells another nothing and cannot replay its
     * order.
     */
    static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        return Caller.subject().map(subject -> subject + '\u0000' + key).orElse(key);
    }

    /** An order found some other way (by number) is shown only to its own customer. */
    static StoredOrder visible(StoredOrder order) {
        Caller.boundCustomer()
                .filter(bound -> !bound.equals(order.order().customerId()))
                .ifPresent(bound -> {
                    throw new OrderNotFoundException("this order number");
                });
        return order;
    }

    /** A customer-bound token asked to act for another customer. */
    static final class OtherCustomerException extends RuntimeException {
        OtherCustomerException() {
            super("This access token acts for one customer only, and this request names another");
        }
    }
}
