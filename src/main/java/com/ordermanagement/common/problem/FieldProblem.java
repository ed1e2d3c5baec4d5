package com.ordermanagement.common.problem;

/** One rule a field of a request broke, named as the client spelled the field. */
public record FieldProblem(String field, String message) {}
