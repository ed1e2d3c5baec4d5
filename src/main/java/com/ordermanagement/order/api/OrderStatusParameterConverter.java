package com.ordermanagement.order.api;

import com.ordermanagement.order.domain.OrderStatus;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets query parameters use the same lower-case status names as the JSON bodies. */
@Component
public class OrderStatusParameterConverter implements Converter<String, OrderStatus> {

    @Override
    public OrderStatus convert(String source) {
        return OrderStatus.fromWireName(source);
    }
}
