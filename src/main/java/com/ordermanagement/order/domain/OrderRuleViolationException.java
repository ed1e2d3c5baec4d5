package com.ordermanagement.order.domain;

import com.ordermanagement.common.problem.FieldProblem;
import java.util.List;

/** A request that parsed and passed field checks but breaks a business rule. */
public class OrderRuleViolationException extends RuntimeException {

    private final List<FieldProblem> problems;

    public OrderRuleViolationException(FieldProblem problem) {
        super(problem.message());
        this.problems = List.of(problem);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
