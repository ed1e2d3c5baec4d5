package com.ordermanagement.order.service;

/**
 * A page number so deep that the store would skip over more orders than the configured limit: with
 * Cosmos DB an OFFSET query costs in proportion to what it skips. The continuation token reaches
 * any depth at the cost of one page.
 */
public class PageTooDeepException extends RuntimeException {

    private final long maxOffset;

    public PageTooDeepException(long maxOffset) {
        super("Page numbers reach the first " + maxOffset + " orders of a listing; continue from there with"
                + " continuation_token (the next_continuation_token of the previous page)");
        this.maxOffset = maxOffset;
    }

    public long maxOffset() {
        return maxOffset;
    }
}
