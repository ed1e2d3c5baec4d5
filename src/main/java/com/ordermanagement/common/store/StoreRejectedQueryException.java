package com.ordermanagement.common.store;

/**
 * The store refused a query as malformed. Every value travels as a parameter, so this comes from a
 * value the database cannot take (or a continuation it cannot read), never from the query's shape;
 * the client gets a 400, not a 500.
 */
public class StoreRejectedQueryException extends RuntimeException {

    public StoreRejectedQueryException(Throwable cause) {
        super("the store refused the query", cause);
    }
}
