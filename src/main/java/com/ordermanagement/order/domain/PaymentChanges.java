package com.ordermanagement.order.domain;

/** Payment fields a client may change; null leaves the stored value as it is. */
public record PaymentChanges(
        PaymentMethod method, PaymentStatus status, String lastFourDigits, String transactionId, String processor) {

    PaymentInfo applyTo(PaymentInfo current) {
        PaymentInfo base = current != null ? current : new PaymentInfo(null, PaymentStatus.PENDING, null, null, null);
        return new PaymentInfo(
                method != null ? method : base.method(),
                status != null ? status : base.status(),
                lastFourDigits != null ? lastFourDigits : base.lastFourDigits(),
                transactionId != null ? transactionId : base.transactionId(),
                processor != null ? processor : base.processor());
    }
}
