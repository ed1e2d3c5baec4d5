package com.ordermanagement.order.store.embedded;

import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.OrderStoreContract;

class EmbeddedOrderStoreContractTest extends OrderStoreContract {

    private final EmbeddedOrderStore store = new EmbeddedOrderStore();

    @Override
    protected OrderStore store() {
        return store;
    }
}
